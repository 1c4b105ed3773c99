"""Repairs of author lists: bold owner names, names before a title, the last author read as a title's first word,
"with <co-authors>" lines, notes on the authors' order, thesis authors."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import pairwise

from ...lazyre import lazy_compile
from ...text import looks_like_name, split_name_list
from ..features import PROC_WORDS, PUB_WORDS, STATUS_WORDS, THESIS_WORDS, YEAR, Token, join_tokens
from ..markup import CHAIN
from ..segment import body_start, list_number
from ..vocab import GROUP_NAME, NAME_PARTICLES, PAPER_PAGE, QUOTE_CLOSES, TITLE_QUOTES, ends_no_title, name_shaped
from .spans import (
    INITIALS,
    NAME_TOKEN,
    THESIS_KIND,
    by_line,
    entry_runs,
    entry_span,
    entry_spans,
    full_names,
    lines,
    run_end,
    runs,
)

_NAME_JOINERS = frozenset({",", ".", "&", "and"}) | NAME_PARTICLES


_WITH_AFTER = frozenset({".", ",", "(", ")", "\"", "”", "’", "'", ":", "-", "–", "—"})


def title_before_with(toks: Sequence[Token]) -> None:
    """"Optimal Taxes and R&D Policies (with Ann Lee and Bo Kim), *Journal*, 2022": a line that opens with words and
    then "(with" names, in brackets, the paper's co-authors; the words before them are its title, however the labeller
    read them (a title of capitalised words joined by "and" reads like two names), and the line starts an entry."""
    for start, end in lines(toks):
        line = toks[start:end]
        if toks[start].soft or len(line) < 6:
            continue
        k = next((k for k in range(2, len(line) - 2) if line[k].text == "(" and line[k + 1].text.lower() == "with"),
                 None)
        if k is None or any(t.text in ("(", ")") or (t.text in QUOTE_CLOSES and t.text != "'") for t in line[:k]) \
                or len({(t.italic, t.bold) for t in line[:k]}) > 1:
            continue  # a quoted title, or a title and an italic journal before the brackets: the labeller's to read
        close = next((c for c in range(k + 2, len(line)) if line[c].text == ")"), None)
        if close is None:
            continue
        names = line[k + 2:close]
        words = [t for t in line[:k] if t.text[:1].isalnum()]
        people = split_name_list(join_tokens(names))[0]  # persons' names ("(with Applications to X)" is a subtitle)
        if len(words) < 2 or not people or not all(name_shaped(a) for a in people) \
                or not all(t.field in ("author", "title", "other") for t in words) \
                or any(t.field == "title" for t in line[close + 1:]):
            continue
        for t in line[:k]:
            t.label = "title"
        line[0].label = "B-title"
        line[k].label = line[k + 1].label = "other"
        for t in names:
            t.label = "author"
        line[close].label = "other"


_PDF = lazy_compile(r"\.pdf(?:$|[?#])", re.I)  # a link to a PDF is a paper's, never a co-author's page
_WITH_FOREIGN = frozenset({"avec", "mit", "con", "com"})  # French, German, Spanish and Italian, Portuguese
# the words before "with" that say the names after it are co-authors ("(joint with A)", "(Co-authored with A)",
# "joint work with A"): read as "with" alone is
_JOINT_WORDS = frozenset({"joint", "jointly", "co-authored", "coauthored", "co-written", "work"})


def with_coauthors(toks: Sequence[Token]) -> None:
    """An entry that names no author but its co-authors after "with" ("[Title](arxiv) <br> With Uwe Nagel. (arXiv
    preprint)", "“Title” with Marina Girju and Erin Steffes, Journal ...", "<a><i>Title</i></a> with A. Lee (2002)"):
    the names after a "with" that starts a line or follows the title's end are its authors (the page's owner is
    not named; "(with A and B)" right after the title too; "joint with", "(Co-authored with A)", "joint work with"
    as "with"). Names run to a full stop after a word (not an
    initial), a bracket, a lowercase word, a number, a change of style or a link to a paper's page."""
    if any(t.field == "author" for t in toks):
        return
    n = len(toks)
    for i, t in enumerate(toks):
        w = t.text.lower()
        if (w != "with" and w not in _WITH_FOREIGN) or t.href or i + 2 >= n:
            continue
        lead = i
        while w == "with" and lead > 0 and toks[lead - 1].line == t.line and not toks[lead - 1].href \
                and toks[lead - 1].text.lower() in _JOINT_WORDS and i - lead < 2:
            lead -= 1
        prev = toks[lead - 1] if lead else None
        if w != "with":  # "avec Éric Pité, [Titre](pdf)": the pages' words for "with", opening a line only
            if not (prev is None or prev.line != t.line) or not toks[i + 1].text[:1].isupper():
                continue
        elif not (prev is None or prev.line != t.line or prev.text in _WITH_AFTER
                  or ((prev.href or prev.italic or prev.bold) and not (t.italic or t.bold))):
            continue
        line_before = [x.text for x in toks[:lead] if x.line == t.line]
        if line_before.count("(") > line_before.count(")") and prev is not None and prev.text != "(":
            continue  # "Title (commentary, with A and B)": the assembly reads a bracketed tail as a whole
        j, names = i + 1, []
        # co-authors' names often link to their own pages ("with <a href=site>Min Hee Go</a>"), not to a paper's
        while j < n and toks[j].line == t.line \
                and not ((h := toks[j].href) and (PAPER_PAGE.search(h) or _PDF.search(h))) \
                and ((toks[j].italic, toks[j].bold) == (t.italic, t.bold) or h):  # a linked name in its own style
            x = toks[j].text
            if x == "." and j > i + 1 and len(toks[j - 1].text) > 1 and toks[j - 1].text[:1].isalpha():
                break  # a full stop after a word: the sentence of names ends
            if x.lower() in _NAME_JOINERS:
                pass
            elif x[:1].isupper() and x.replace("-", "").replace("'", "").replace("’", "").isalpha():
                names.append(toks[j])
            else:
                break
            j += 1
        if len(names) < 2:
            continue
        for word in toks[lead:i + 1]:
            word.label = "other"
        if prev is not None and prev.text in ("-", "–", "—") and prev.line == t.line:
            prev.label = "other"  # "Title - with A and B": the dash ends the title
        for k in range(i + 1, j):
            toks[k].label = "author" if toks[k].text[:1].isalpha() or toks[k].text in (".", "&", ",", ";") else "other"
        while j > i + 1 and toks[j - 1].text in (",", "&", "and") and toks[j - 1].label == "author":
            j -= 1
            toks[j].label = "other"
        return


def last_author(toks: Sequence[Token]) -> None:
    """The name after an author list's last separator is its last author ("..., S. Misra, and A. Mtibaa.",
    "..., Tao Wei, Wenyuan Xu. In ..."), up to the punctuation that ends the list."""
    n = len(toks)
    for i, j in runs(toks, "author"):
        k = j
        # names written initials first ("T. Nakamaru, ..., M. Oku: Title"; not "Anderson, M. W. CrystalClear: ...")
        if j >= 2 and j + 1 < n and re.fullmatch(r"[A-Z]", toks[i].text) and i + 1 < j and toks[i + 1].text == "." \
                and toks[j - 1].text == "." and re.fullmatch(r"[A-Z]", toks[j - 2].text) \
                and toks[j].field == "title" and toks[j].text[:1].isupper() and NAME_TOKEN.match(toks[j].text) \
                and toks[j + 1].text in (":", "：") and toks[j].line == toks[j - 1].line:
            # "..., M. Oku, A. Fujii: Title": the surname after the last initial, before the colon that opens the title
            toks[j].label = "author"
            toks[j + 1].label = "other"
            continue
        if _surname_before_colon(toks, i, j):
            # "..., Xin Zhao, Xiaoyong Du: Title", "..., Anthony K. H. Tung: Title" (DBLP): the last name's surname
            toks[j].label = "author"
            toks[j + 1].label = "other"
            continue
        if k < n and toks[k].label == "other" and toks[k].text in (",", "&", "and", ";"):
            k += 1
            if k < n and toks[k].label == "other" and toks[k].text.lower() in ("and", "&"):
                k += 1
            m = k
            while m < n and m - k < 6 and toks[m].label == "other" and toks[m].line == toks[j].line \
                    and NAME_TOKEN.match(toks[m].text) and not toks[m].href:
                m += 1
            words = [t for t in toks[k:m] if t.text[:1].isalpha()]
            ends = m == n or toks[m].line != toks[j].line or toks[m].text in (".", "(", '"', "“", ":", ",") \
                or toks[m].field != "other"
            if 1 <= len(words) <= 4 and words[0].text[:1].isupper() and ends:
                while m > k and toks[m - 1].text == "." \
                        and not (m - 2 >= k and re.fullmatch(r"[A-Z]", toks[m - 2].text)):
                    m -= 1  # the list's full stop, not an initial's dot
                for t in toks[j:m]:
                    t.label = "author"
        elif k < n and _surname_left_out(toks, j):
            toks[j].label = "author"


def last_author_before_styled_venue(toks: Sequence[Token]) -> None:
    """"Sanaz Sheikhi, **Edward Kim**, P. S. Duggirala, Stanley Bak **13th ACM/IEEE International Conference on
    Cyber-Physical Systems (ICCPS 2022)**" on one wrapped line: the name after the list's last comma, in plain text,
    read as the start of the venue set in bold or italics right after it, is the last author."""
    n = len(toks)
    for _, j in list(runs(toks, "author")):
        if j >= n or toks[j].text not in (",", "and", "&") or toks[j].field != "other":
            continue
        k = m = j + 1
        while m < n and m - k < 4 and toks[m].field == "venue" and toks[m].line == toks[j].line \
                and NAME_TOKEN.match(toks[m].text) and not (toks[m].bold or toks[m].italic or toks[m].href):
            m += 1
        words = [t for t in toks[k:m] if t.text[:1].isalpha()]
        if 2 <= len(words) <= 3 and all(t.text[:1].isupper() for t in words) and m < n \
                and toks[m].field == "venue" and (toks[m].bold or toks[m].italic) \
                and not toks[m].label.startswith("B-"):
            for t in toks[j:m]:
                t.label = "author"


def linked_last_author(toks: Sequence[Token]) -> None:
    """"**A. Yang**, [B. Zhong](...), ..., [Alan Zhao](...), [Anyi Rao](...)  <br> *Venue*": in a list whose co-authors
    are links, each to its person's page, the last link on the line, a name after the list's separator or the list's
    own last name cut in two, is an author (the labeller read it, at the line's break, as a link word or the venue's
    first words)."""
    n = len(toks)
    for i, j in runs(toks, "author"):
        linked = {t.href for t in toks[i:j] if t.href}
        a, _ = entry_span(toks, i, j)
        if len(linked) < 2 or any(t.field == "author" for t in toks[a:i]):
            continue  # a second run of names in one entry: links that are no authors ("Press: CBC News, ...")
        k = j
        if toks[j - 1].href and k < n and toks[k].href == toks[j - 1].href and toks[k].span == toks[j - 1].span:
            k = j - 1  # "[Anyi Rao]": the link's first word read as the author's, the rest not
            while k > i and toks[k - 1].span == toks[j - 1].span:
                k -= 1
        elif k + 1 < n and toks[k].text in (",", "and", "&") and toks[k].field == "other" and toks[k + 1].href:
            k += 1
        else:
            continue
        m = k
        while m < n and toks[m].span == toks[k].span and toks[m].line == toks[k].line:
            m += 1
        words = [t for t in toks[k:m] if t.text[:1].isalpha()]
        if not 1 <= len(words) <= 4 or not all(NAME_TOKEN.match(t.text) for t in toks[k:m] if t.text != ".") \
                or not words[0].text[:1].isupper() or (toks[k].href in linked and k >= j) \
                or not (m == n or toks[m].line != toks[k].line or toks[m].text in (",", ".")):
            continue
        for t in toks[j:m]:
            t.label = "author"


def _surname_left_out(toks: Sequence[Token], j: int) -> bool:
    """"..., Masakazu Jimbo, and Ying | Miao: <br> Title", "..., and Laura E. | Ratcliff.": the list's last name is a
    given name alone (or with initials) after its last separator, and the one capitalised word after it, before the
    punctuation that ends the list or the line's end, is its surname (the labeller read it as the title's or other)."""
    t, n = toks[j], len(toks)
    if t.field not in ("other", "title") or t.line != toks[j - 1].line or t.href or not t.text[:1].isupper() \
            or not NAME_TOKEN.match(t.text) or t.label.startswith("B-"):
        return False
    after = toks[j + 1] if j + 1 < n else None
    if not (after is None or after.line != t.line or (after.text in (":", ".", ",") and after.field != "title")):
        return False
    k = j
    while k > 0 and toks[k - 1].field == "author" and toks[k - 1].text not in (",", "&", "and", ";"):
        k -= 1
    piece = [x for x in toks[k:j] if x.text[:1].isalpha()]
    sep = toks[k - 1].text if k > 0 and toks[k - 1].field == "author" else ""
    # ... not where names are written surname first with their initials after ("Chua KF, Chen D."): there the piece
    # is a whole name
    start = k
    while start > 0 and toks[start - 1].field == "author":
        start -= 1
    pieces: list[list[str]] = []
    cur: list[str] = []
    for x in toks[start:k]:
        if x.text in (",", "&", "and", ";"):
            if cur:
                pieces.append(cur)
            cur = []
        elif x.text[:1].isalpha():
            cur.append(x.text)
    if cur:
        pieces.append(cur)
    if sum(1 for p in pieces if len(p) > 1 and re.fullmatch(r"[A-Z]{1,3}\.?", p[-1])) * 2 >= len(pieces) > 0:
        return False
    # one given name, perhaps with initials ("Laura E."), after the list's last separator: no surname yet
    return sep in (",", "&", "and") and len(piece) >= 1 and piece[0].text[:1].isupper() and len(piece[0].text) > 1 \
        and all(len(x.text) == 1 for x in piece[1:]) and len(piece) <= 2


def bold_name(toks: Sequence[Token]) -> None:
    """A line of its own that opens with a short name, bold, linked or right before a bracket, and then says where
    and when it appeared, with no title and no authors read ("**TabCritic** [KDD 2024]", "APT [ACL 25, CCF A]"): the
    name is what the entry is called (the assembly keeps a short name as the entry's label)."""
    if not toks or any(t.field in ("title", "author") for t in toks) or not any(t.field == "venue" for t in toks):
        return
    if len({t.line for t in toks}) != 1:
        return
    first = toks[0]
    if first.link_word or first.field != "other":
        return
    j = 1
    if first.bold or first.href:
        while j < len(toks) and toks[j].span == first.span:
            j += 1
    else:
        while j < len(toks) and toks[j].text not in ("[", "(") and j < 4:
            j += 1
        if j == len(toks) or toks[j].text not in ("[", "("):
            return
    words = toks[:j]
    if len(words) > 3 or not all(t.text[:1].isalnum() for t in words) or not any(t.text[:1].isupper() for t in words) \
            or not all(t.label == "other" for t in words):
        return
    for k, t in enumerate(toks):
        if k < j:
            t.label = "B-title" if k == 0 else "title"
        else:
            t.label = t.field  # one entry: the bracket opens none of its own


def leading_names(toks: Sequence[Token]) -> None:
    """An author-year citation whose names were left unlabelled ("Jan Moreau. 2019. Title. In ..."): where a block
    reads no authors, the name-shaped words that open it (after the heading read with it), up to a full stop or
    bracket before its year, are them; so are names closed by a full stop right before the title ("H. Mühle.
    *Title*. In *Journal*, 2022."), when each is a name of two to four words."""
    if any(t.field == "author" for t in toks):
        return
    n = len(toks)
    h = body_start(toks)
    j = h
    while j < n and j < h + 30 and toks[j].field == "other" and toks[j].line == toks[h].line \
            and (NAME_TOKEN.match(toks[j].text) or toks[j].text in (",", "&", "and")):
        j += 1
    k = j
    while k > h and toks[k - 1].text in (".", ",") and not (k >= 2 and re.fullmatch(r"[A-Z]", toks[k - 2].text)):
        k -= 1
    words = [t for t in toks[h:k] if t.text[:1].isalpha() and t.text != "and"]
    if len(words) < 2 or not words[0].text[:1].isupper() or any(t.href for t in toks[h:k]):
        return
    m = j
    if m < n and toks[m].text == "(":
        m += 1
    year_after = m < n and toks[m].field == "year" and (j > k or toks[j - 1].text == "." or toks[m - 1].text == "(")
    # "H. Mühle. <em>Title</em>. In <em>Journal</em>, 2022.": the names, their full stop, then the title
    if not year_after and not (j < n and toks[j].field == "title" and toks[j - 1].text == "." and j > k
                               and (names := split_name_list(join_tokens(toks[h:k]))[0])
                               and all(name_shaped(x) and 2 <= len(x.split()) <= 4 for x in names)):
        return
    if not any(t.field == "title" for t in toks[m:]):
        return
    for i, t in enumerate(toks[h:k]):
        t.label = ("B-" if i == 0 and toks[h].label.startswith("B-") else "") + "author"


def author_gaps(toks: Sequence[Token]) -> None:
    """Separators and initials left unlabelled between two pieces of one author list on one line ("Bridge DJ,
    VanHaerents SA[,] Voss JL (2018)"; "Navickas, T.; <u>MacDonell[, R.J.;]</u> Valahu, C.H.", the owner's initials
    set apart by their markup): the list's own, so its names stay whole and apart."""
    i, n = 1, len(toks)
    while i < n - 1:
        if toks[i].label != "other" or toks[i - 1].field != "author":
            i += 1
            continue
        j = i
        while j < n and toks[j].label == "other" and toks[j].line == toks[i].line \
                and (toks[j].text in (",", ";", "&", "and", ".", "-") or _INITIAL.fullmatch(toks[j].text)):
            j += 1
        # the next name on the same line, or on the next when the gap ends the line with the list's separator
        wrapped = j < n and toks[j].line == toks[i].line + 1 and toks[j - 1].text in (",", ";")
        if j < n and toks[j].label == "author" and toks[i - 1].line == toks[i].line \
                and (toks[j].line == toks[i].line or wrapped) \
                and (j - i == 1 or any(t.text in (",", ";") for t in toks[i:j])):
            for t in toks[i:j]:
                t.label = "author"
        i = j + 1


_INITIAL = lazy_compile(r"[A-Z\u00c0-\u00de]{1,2}")


def names_line_read_as_venue(toks: Sequence[Token]) -> None:
    """"**Title**  \\n *Malek Okafor and Rahat Lind*  \\n *The 41st Symposium On Applied Computing 2026*": a line
    of two names or more (each of two to four words), read as the venue in an entry with no authors and with its
    venue on another line, is the author list."""
    for s, e in entry_spans(toks):
        entry = toks[s:e]
        if any(t.field == "author" for t in entry):
            continue
        own_lines = by_line(entry)
        venue_lines = {line for line, own in own_lines.items() if any(t.field == "venue" for t in own)}
        for _, own in sorted(own_lines.items()):
            if len(venue_lines) < 2 or not all(t.field == "venue" for t in own):
                continue
            if len(full_names(own)) < 2:
                continue
            for t in own:
                t.relabel("author")
            break


def names_before_year_bracket(toks: Sequence[Token]) -> None:
    """"Anthony Kevins and Barbara Vis. (2023) [“Title”](url), _Journal_", "<ins>Luca Negrini</ins> (2023).": names
    opening a line, read as a venue, right before a year in brackets that the title follows, are the author list
    (APA's order: authors, (year), title); read as a venue, the entry did not start there and ran into the one before
    it, whose second title was lost."""
    n = len(toks)
    s = 0
    while s < n:
        if toks[s].field != "venue" or (s and toks[s - 1].line == toks[s].line):
            s += 1
            continue
        e = s
        while e < n and toks[e].field == "venue" and toks[e].line == toks[s].line:
            e += 1
        k = e + (e < n and toks[e].text == ".")
        if k + 2 < n and toks[k].text == "(" and YEAR.fullmatch(toks[k + 1].text) and toks[k + 2].text == ")" \
                and any(t.field == "title" for t in toks[k + 3:k + 3 + _TITLE_AFTER_YEAR]) and full_names(toks[s:e]):
            for j, t in enumerate(toks[s:e]):
                t.label = "B-author" if j == 0 else "author"
        s = e


_TITLE_AFTER_YEAR = 4  # tokens after the year's bracket in which the title starts ('. "', a link's opening quote)


def names_after_by(toks: Sequence[Token]) -> None:
    """"[Title](pdf) by Michael Gauthier, Adrien Guille.": the words between a title's "by" and the author list the
    labeller read (one to three capitalised words, read as no field) are the list's first name; it was cut off and
    the rest read as one name written surname first ("Gauthier, Adrien Guille")."""
    n = len(toks)
    for i in range(1, n - 2):
        if toks[i].text.lower() != "by" or toks[i].field != "other" or toks[i - 1].field != "title":
            continue
        j = i + 1
        while j < n and j - i <= _BY_WORDS and toks[j].field == "other" and toks[j].line == toks[i].line \
                and toks[j].text[:1].isupper() and NAME_TOKEN.match(toks[j].text):
            j += 1
        if i + 1 < j < n and toks[j].field == "author" and toks[j].line == toks[i].line:
            for t in toks[i + 1:j]:
                t.relabel("author")


_BY_WORDS = 3  # a first name's words before its surname, at most ("Mary Ann", "Jean-Pierre", "J.")


def names_before_author_run(toks: Sequence[Token]) -> None:
    """"<b>H. Mehnatkesh</b>, D. Gordon, and C. R. Koch<br>" read as no field up to "R. Koch": a line that is a list
    of names, the last of them read as the authors, is the author list from its start."""
    n = len(toks)
    for i in range(1, n):
        t = toks[i]
        if t.field != "author" or toks[i - 1].field != "other" or toks[i - 1].line != t.line:
            continue
        a = i
        while a and toks[a - 1].line == t.line and toks[a - 1].field == "other":
            a -= 1
        if a and toks[a - 1].line == t.line:
            continue  # another field before them on the line
        b = i
        while b < n and toks[b].line == t.line and toks[b].field == "author":
            b += 1
        if (b < n and toks[b].line == t.line) or any(x.href for x in toks[a:i]):
            continue  # the names end the line
        names = split_name_list(join_tokens(toks[a:b]))[0]
        if len(names) < 2 or not all(name_shaped(x) and 2 <= len(x.split()) <= 5 for x in names):
            continue
        start = any(x.label.startswith("B-") for x in toks[a:i + 1])
        for x in toks[a:i + 1]:
            x.label = "author"
        if start:
            toks[a].label = "B-author"


def names_before_list(toks: Sequence[Token]) -> None:
    """"[32] Whitt, D., Cherian, D., *Holmes, R.M.*, Bachman, S., Lien,\n R-C. and Large, W. (2022): ..." read as
    no field up to the owner's name in italics, "**Janis, R.A.**, Burlingame, G.M., ... (In press)." read as no field
    up to the second name: the names that open the entry's line (after its number, however that was read), joined
    to the author list by a comma, are the list's start: each of two to five words ("Bright, *Ana Lee*" is no such
    list: one word, a title's)."""
    for i, _ in list(runs(toks, "author")):
        if i < 2 or toks[i - 1].text != "," or toks[i - 1].field != "other" or toks[i - 1].line != toks[i].line:
            continue
        a = i - 1
        while a and toks[a - 1].line == toks[i].line:
            a -= 1  # the line's start
        first = a
        a += list_number(toks[a:i])  # the item's number: "[32]", "32.", "32)"
        if a >= i - 1 or any(x.field != "other" or x.href for x in toks[a:i]):
            continue
        names = split_name_list(join_tokens(toks[a:i - 1]))[0]
        if not names or not all(name_shaped(x) and 2 <= len(x.split()) <= 5 for x in names):
            continue  # (not one word: "Bright, *Ana Lee*", a title's)
        start = any(x.label.startswith("B-") for x in toks[a:i + 1])
        for x in toks[a:i + 1]:
            x.label = "author"
        if start and not any(x.label.startswith("B-") for x in toks[first:a]):
            toks[first].label = "B-" + toks[first].field  # the entry starts with its line (its number)


def thesis_author(toks: Sequence[Token]) -> None:
    """"Adam L. Baskerville **PhD Thesis**, 2018" read as one venue in an entry with no authors: the names before the
    words naming the thesis (set apart from them) are its author."""
    if any(t.field == "author" for t in toks):
        return
    n = len(toks)
    for m, t in enumerate(toks):
        low = t.text.lower()
        if t.field != "venue" or low not in THESIS_KIND or not m or toks[m - 1].field != "venue":
            continue
        beside = {toks[k].text.lower() for k in (m - 1, m + 1) if 0 <= k < n}
        if not (low in ("thesis", "dissertation") or beside & {"thesis", "dissertation"}):
            continue
        i = m
        while i and toks[i - 1].field == "venue":
            i -= 1
        names = toks[i:m]
        words = [x for x in names if x.text[:1].isalpha()]
        if len(words) < 2 or not all(NAME_TOKEN.match(x.text) for x in names) \
                or not words[0].text[:1].isupper() or names[-1].span == t.span:
            return
        for x in names:
            x.label = "author"
        k = m
        while k < n and toks[k].field == "venue" and toks[k].span == t.span:
            toks[k].label = "other"
            k += 1
        return


def last_author_in_title(toks: Sequence[Token]) -> None:
    """"Weiping Hu, **Fei Shen**, Qingchun Meng. Title ...": a title that opens, right after an author list and its
    comma, with a name and a full stop begins with the list's last author (the name was read into the title); so
    does one that opens right after the list's last initials with a surname's particle ("... and M. R. van den
    Broeke. Regional acceleration ..."). The name may have initials ("..., C. Williams and J. Bamber. Subglacial
    ..."), and the list's last names may be several ("Yi Yan, Radwa Adel, and Ercan Engin Kuruoglu. Graph ...": each
    of two words or more, or with an initial, so that a title's list of words is none)."""
    n = len(toks)
    for i in range(2, n):
        t = toks[i]
        if t.field != "title" or toks[i - 1].field == "title":
            continue
        sep = toks[i - 1].text in (",", "and", "&") and toks[i - 2].field == "author" and toks[i - 2].line == t.line
        particle = t.text in NAME_PARTICLES and toks[i - 1].field == "author" and toks[i - 1].line == t.line
        # the list's last initials and their stop, the surname after them read into the title ("... and J. Bamber.")
        initials = toks[i - 1].text == "." and toks[i - 1].field == "author" and toks[i - 2].field == "author" \
            and _INITIAL.fullmatch(toks[i - 2].text) is not None and toks[i - 2].line == t.line
        if not (sep or particle or initials):
            continue
        # the names end at a full stop, not an initial's when the name goes on after it ("J. Bamber. Subglacial
        # ...", "Laura E. Ratcliff."), and the title after it ("Varga TV. AI chatbots ...")
        j = i
        while j < n and j - i < 24 and toks[j].field == "title" and toks[j].line == t.line \
                and (NAME_TOKEN.match(toks[j].text) or (toks[j].text in (",", "&") and j > i)):
            if toks[j].text != ".":
                j += 1
                continue
            if j > i and _INITIAL.fullmatch(toks[j - 1].text) and _name_goes_on(toks, j + 1):
                j += 1
                continue
            # the title after the stop, or a quoted title ('Murray CJL. “Inequalities in ...”')
            q = j + 1 + (j + 2 < n and toks[j + 1].text in TITLE_QUOTES)
            if j > i and q < n and toks[q].field == "title" and toks[q].text[:1].isupper() \
                    and _last_names(toks[i:j]):
                for x in toks[i - 1 if sep else i:j]:
                    x.label = "author"  # (with the comma or "and" that joins them to the list)
                for x in toks[j:q]:
                    x.label = "other"  # the stop, and the quote that opens the title (quoted_title reads it)
            break


def _name_goes_on(toks: Sequence[Token], k: int) -> bool:
    """Whether one to three capitalised words from k on, on one line, end with a full stop, a comma, "et al." or "and":
    a name goes on after an initial ("Laura E. Ratcliff.", "William P. Huhn et al."), where a title would go on in
    lower case ("Varga TV. AI chatbots")."""
    m = k
    while m < len(toks) and m - k < 3 and toks[m].text[:1].isupper() and toks[m].line == toks[k].line:
        m += 1
    return k < m < len(toks) and toks[m].text in (".", ",", "et", "and", "&")


def _last_names(toks: Sequence[Token]) -> bool:
    """Whether these words read into a title may be an author list's last names: one name of one to four capitalised
    words, or several names of two words or more (or with an initial) each."""
    names, _ = split_name_list(join_tokens(toks))
    words = [x for x in toks if x.text[:1].isalpha() and x.text not in ("and", "&")]
    if not words or not all(w.text[:1].isupper() or w.text in NAME_PARTICLES for w in words) \
            or not words[-1].text[:1].isupper():
        return False
    if len(names) == 1:
        return 1 <= len(words) <= 4
    return len(names) > 1 and all(name_shaped(a) and (len(a.split()) >= 2 or "." in a) for a in names)


def coined_name_opens_title(toks: Sequence[Token]) -> None:
    """"..., Tor-Morten Grønli, IoTvulCode: AI-enabled vulnerability detection ...", "..., S.E. Salcudean,
    Semantic-ICP: Iterative Closest Point ...", "... Jiahuan Pei. StoryMI: Steerable Multi-Agent ...": the coined name
    of a system that opens a title before its colon was read as the author list's last name. A word set apart after
    the list's comma or full stop, with a capital inside it after a small letter that no name's prefix explains
    ("McDonald", "DeYoung", "LeCun") or an acronym after a hyphen, then a colon and the title, is the title's."""
    n = len(toks)
    for i in range(1, n - 2):
        t, colon, nxt = toks[i], toks[i + 1], toks[i + 2]
        if colon.text in (":", "：") and t.field in ("author", "other") and not t.label.startswith("B-") \
                and colon.line == t.line and nxt.field == "title" and toks[i - 1].text in (",", ".", "&", "and") \
                and _COINED.match(t.text):
            t.label = colon.label = "title"


# a system's coined name, no person's: a capital after a small letter not explained by a name's prefix ("IoTvulCode",
# "StoryMI"; not "McDonald", "MacArthur", "DeYoung", "LeCun", "DiCaprio", "VanderWeele", "JoAnn"), or an acronym after a
# hyphen ("Semantic-ICP"; not "Jean-Pierre")
_COINED = lazy_compile(r"(?!(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Vander|Von|Jo|Mary|Lee|Ann)[A-Z])[A-Z]?[a-z]+[A-Z][\w-]*$"
                       r"|[A-Z][a-z]+-[A-Z]{2,}[\w-]*$")


def surname_over_styled_title(toks: Sequence[Token]) -> None:
    """"N. Yapa, S. König, and **K. Fossez** <br> _Toward scalable bound-to-resonance ..._": a title run that opens
    with a name's last word or two at the end of the author line, right after the authors, and goes on over the line
    break into the title, set in another style (italic under plain or bold), opens with the last author's surname."""
    for a, b in runs(toks, "title"):
        if a == 0 or toks[a - 1].line != toks[a].line:
            continue
        # after the authors, or after an initial read as other ("**K. Okafor**" alone on its line)
        initial = a >= 2 and toks[a - 1].text == "." and len(toks[a - 2].text) == 1 and toks[a - 2].text.isupper() \
            and toks[a - 2].line == toks[a].line and toks[a - 1].field == toks[a - 2].field == "other"
        if toks[a - 1].field != "author" and not initial:
            continue
        k = next((m for m in range(a, b) if toks[m].line != toks[a].line), None)
        if k is None or k - a > 3 or k == b:
            continue
        head, rest = toks[a:k], [t for t in toks[k:b] if t.text[:1].isalnum()]
        if not all(NAME_TOKEN.match(t.text) and (t.text[:1].isupper() or t.text in NAME_PARTICLES) for t in head) \
                or not rest or not all(t.italic for t in rest) or any(t.italic for t in head):
            continue
        for t in (toks[a - 2:k] if initial else head):
            t.label = "author"
        if not toks[k].label.startswith("B-") and toks[a].label.startswith("B-"):
            toks[k].label = "B-title"


def names_read_as_title(toks: Sequence[Token]) -> None:
    """"Carsen Stringer, Lin Zhong, Fengtong Du, Maria Kesa, and Marius Pachitariu. (2024) “Rastermap: ...”": a title
    run that goes on from an author list after its comma, holds only names (their words, commas, "and") and ends
    with the list, while another title run follows in the entry, is the list's end, read as a title."""
    for a, b in runs(toks, "title"):
        if a < 2 or toks[a - 1].text not in (",", "and", "&") or toks[a - 2].field != "author" \
                or toks[a - 2].line != toks[a].line or not any(toks[k].field == "title" for k in range(b, len(toks))):
            continue
        piece = toks[a:b]
        if len(full_names(piece)) >= 2:
            for t in piece:
                t.label = "author"


def names_open_line(toks: Sequence[Token]) -> None:
    """"Nicholas Nethercote and Julian Seward. [**Valgrind: A Program Supervision Framework.**](...)": a title run (or a
    venue run) that opens its line, holds two names or more and nothing else (their words, commas, "and") and ends at
    a full stop, with the entry's own title after it (before the next entry's start), is the author list."""
    n = len(toks)
    # where the last word (not a mark) before each token on its line is: none, -1
    word_before, last = [-1] * n, -1
    for k, t in enumerate(toks):
        if k and t.line != toks[k - 1].line:
            last = -1
        word_before[k] = last
        if t.text[:1].isalnum():
            last = k
    for a, b in [*runs(toks, "title"), *runs(toks, "venue")]:
        if (a and toks[a - 1].line == toks[a].line and word_before[a] >= 0) \
                or b >= n or toks[b].text != ".":
            continue
        k = b + 1
        while k < n and toks[k].field != "title" and not toks[k].label.startswith("B-"):
            k += 1
        if k >= n or toks[k].field != "title" or toks[k].label.startswith("B-"):
            continue
        if len(full_names(toks[a:b])) >= 2:
            for t in toks[a:b]:
                t.relabel("author")


def names_after_title(toks: Sequence[Token]) -> None:
    """"Title <br> Aug 2, 2023. Robert Jackson, Carlisle Rainey. Working Paper.": an entry with no author, whose later
    title run is a sentence of two names or more (their words, commas, "and", "&"; no word of a month, a venue or a
    status, no acronym), after its title: that run is the authors."""
    for s, e in entry_spans(toks):
        ent = toks[s:e]
        if any(t.field == "author" for t in ent):
            continue
        title_runs = list(runs(ent, "title"))
        for a, b in title_runs[1:]:
            piece = ent[a:b]
            if (a == 0 or (ent[a - 1].text not in (".", ",", ";") and ent[a - 1].field != "year")
                    or (b < len(ent) and ent[b].text not in (".", ";")) or title_runs[0][1] - title_runs[0][0] < 4):
                continue
            words = [t.text for t in piece if t.text[:1].isalpha()]
            if any(w.isupper() and len(w) > 2 for w in words) \
                    or any(w.lower().rstrip(".") in _NOT_NAME_WORDS for w in words):
                continue
            if len(full_names(piece)) >= 2:
                for t in piece:
                    t.label = "author"


# a name's token in Chinese, Japanese or Korean: ideographs, kana (a foreign name in katakana, "ジェプカ") or hangul
_CJK_NAME_TOKEN = lazy_compile(r"^[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u30fc・]{1,8}$")
_KANA = lazy_compile(r"^[\u30a0-\u30ff\u30fc・]+$")  # a foreign name in katakana ("ジェプカ ラファウ") runs long
_CJK_SEPARATORS = frozenset({",", "，"})  # not "、", which parts the words of a sentence
_CJK_ENDS = frozenset({".", "．", ":", "：", ",", "，"})
_CJK_CUTS = frozenset({",", "，", ".", "．"})
_CJK_QUOTES = {'"': '"', "“": "”", "「": "」", "『": "』"}


def cjk_names(toks: Sequence[Token]) -> None:
    """"奥 牧人, 合原 一幸: 題名, 生産研究, 68(3) (2016)", "山田育矢, 鈴木正敏. 題名. 技術評論社",
    "藤澤 隆介, 梅本 和希, "題名", 論文集, Vol. 73", a line "吉川 和, 金子 貴美." under a bold title:
    names in Chinese, Japanese or Korean (one token of two to eight characters, or a Japanese surname and
    given name as two, a mark such as "*" after it), parted by commas, ending with a full stop, a colon, a comma
    or the line, two at least (one before a colon), on a line whose other words hold no author: they are the
    authors (the labeller knows names by their capitals, which these scripts lack). A title read on past them
    ("題名, 生産研究, 68(3)") ends at its first comma or full stop, the rest being its venue; a quoted title ends at
    its closing mark."""
    for a, b in lines(toks):
        i = a
        while i < b and toks[i].field == "other" and not _CJK_NAME_TOKEN.match(toks[i].text):
            i += 1  # a number or a mark before the list
        names, k, end = 0, i, i
        while k < b:
            seg = k
            while seg < b and _CJK_NAME_TOKEN.match(toks[seg].text) and toks[seg].field in ("other", "title", "author"):
                seg += 1
            parts = toks[k:seg]
            # a name: two to five characters written as one ("鈴木正敏", "佐久間一郎"), or a surname and a given
            # name of one to four each ("奥 牧人"); in katakana up to eight each
            if not (1 <= len(parts) <= 2
                    and all(len(t.text) <= (8 if _KANA.match(t.text) else 5 if len(parts) == 1 else 4) for t in parts)
                    and sum(len(t.text) for t in parts) >= 2):
                break
            while seg < b and toks[seg].text in _NAME_MARKS:
                seg += 1  # "안홍렬*", "李春果†": the corresponding author's or an equal contributor's mark
            names, end = names + 1, seg
            if seg + 1 < b and toks[seg].text in _CJK_SEPARATORS and _CJK_NAME_TOKEN.match(toks[seg + 1].text):
                k = seg + 1
                continue
            break
        if names == 0:
            continue
        stop = toks[end].text if end < b else ""
        if end < b and stop not in _CJK_ENDS and stop not in _CJK_QUOTES:
            continue
        if names < 2 and not (stop in (":", "：") and end - i == 2):
            continue  # one name only before a colon, written surname and given name ("奥 牧人: 題名"; not "摘要：")
        if any(t.field == "author" and t.text[:1].isalpha() for t in (*toks[a:i], *toks[end:b])):
            continue  # the line has an author list the labeller read: these are no other one
        for t in toks[i:end]:
            t.relabel("author")
        if end >= b:
            continue
        if stop in _CJK_ENDS:
            toks[end].label = "other"
            end += 1
        _cjk_title_after(toks, end, b)


def _cjk_title_after(toks: Sequence[Token], k: int, b: int) -> None:
    """The title after a CJK author list, read on past its end: a quoted title ends at its closing mark, another at
    its first comma or full stop; what the title run held after it is the venue."""
    if k >= b:
        return
    if (close := _CJK_QUOTES.get(toks[k].text)) is not None:
        c = next((m for m in range(k + 1, b) if toks[m].text == close), None)
        if c is None:
            return
        toks[k].label = "other"
        for t in toks[k + 1:c]:
            t.label = "title"
        toks[c].label = "other"
        cut = c + 1
    else:
        if toks[k].field != "title":
            return
        cut = next((m for m in range(k + 1, b) if toks[m].field != "title" or toks[m].text in _CJK_CUTS), b)
        if cut >= b or toks[cut].field != "title":
            return
    if cut < b and toks[cut].text in _CJK_CUTS:
        toks[cut].label = "other"
        cut += 1
    for t in toks[cut:b]:
        if t.field != "title":
            break
        t.label = "venue"


_ET_AL_NAME = 4  # the words of the one name shown before "et al."


def name_et_al(toks: Sequence[Token]) -> None:
    """"K. McGuinness et al.", "**Yangbo Wei**, et al.": one name and "et al." is an author list, where the labeller
    read the name as no field (it knows a list by its commas and "and"s): the name and the "et al." are the authors.
    The name is the line's first words, or follows a separator or the title's comma; words the labeller gave a field
    to stay it."""
    n = len(toks)
    for k in range(1, n - 1):
        if toks[k].text.lower() != "et" or toks[k + 1].text.lower().rstrip(".") != "al" \
                or toks[k].line != toks[k + 1].line:
            continue
        j = k
        while j > 0 and k - j < 2 * _ET_AL_NAME and toks[j - 1].line == toks[k].line \
                and toks[j - 1].field in ("other", "author") \
                and (NAME_TOKEN.match(toks[j - 1].text) or toks[j - 1].text == ","):
            j -= 1
        while j < k and toks[j].text in (",", ".", "-"):
            j += 1
        name = [t for t in toks[j:k] if t.text not in (",", ".")]
        if not name or len(name) > _ET_AL_NAME or not all(t.text[:1].isupper() for t in name) \
                or all(t.field == "author" for t in toks[j:k]) \
                or (j > 0 and toks[j - 1].line == toks[k].line and toks[j - 1].text not in _NAME_OPENS
                    and not (toks[j - 1].text == "," and j >= 2 and toks[j - 2].field == "title")
                    and not _after_list_number(toks, j)):
            continue  # (after a title and its comma: "Title, W. Mittig et al., NIM A 784")
        for t in toks[j:k + 2]:
            t.label = "B-author" if t.label.startswith("B-") else "author"
        if k + 2 < n and toks[k + 2].text == "." and toks[k + 2].field == "other":
            toks[k + 2].label = "author"  # "al." as one abbreviation


def _after_list_number(toks: Sequence[Token], j: int) -> bool:
    """Whether toks[j] follows its line's list number and nothing else ("[1] R. Parracho et al.", "12) A. Lee")."""
    i = j
    while i > 0 and toks[i - 1].line == toks[j].line:
        i -= 1
    lead = "".join(t.text for t in toks[i:j])
    return bool(_LIST_NUMBER.fullmatch(lead))


_LIST_NUMBER = lazy_compile(r"[\[(]?\d{1,3}[\]).:]")
_NAME_OPENS = frozenset({"-", "–", "—", "|", ":", ";", "(", "[", "•", "·", "*"})  # what may come before a line's names


_BEFORE_QUOTE = frozenset({"-", "–", "—", ".", ":"})  # what may stand between an author list and its quoted title


def name_before_quote(toks: Sequence[Token]) -> None:
    """"S. Samtani, H. Zhu, and H. Chen “Labeling hacker exploits ...”": a title that opens, right after an author list
    on the same line, with a word or two of a name ("Haseloff, Jim", "Murray CJL") and then an opening quote mark, or
    a dash, a full stop or a comma and the quote mark ("..., Paolo Villoresi - *"Title"*", '... and J. P. S. Catalão,
    "Title," in ...', IEEE's style, its closing mark after the title's comma): the name is the list's last author, and
    the title is what the quote marks hold."""
    n = len(toks)
    for i in range(1, n):
        t = toks[i]
        comma = i >= 2 and toks[i - 1].text == "," and toks[i - 2].field == "author"  # "Lund, Cai M. “Title”"
        if t.field != "title" or (toks[i - 1].field != "author" and not comma) or toks[i - 1].line != t.line:
            continue
        q = next((k for k in range(i + 1, min(n, i + 7)) if toks[k].text in QUOTE_CLOSES and toks[k].text != "'"), None)
        if q is None or toks[q].line != t.line or q + 1 >= n or toks[q + 1].field != "title" \
                or not all(x.field == "title" for x in toks[i:q]):
            continue
        # "Paolo Villoresi - “Title”", "Murray CJL. “Title”", 'J. P. S. Catalão, "Title," in ...' (IEEE's style)
        sep = q - 1 if toks[q - 1].text in _BEFORE_QUOTE or toks[q - 1].text == "," else q
        words = [x for x in toks[i:sep] if x.text not in (",", ".")]
        if not words or len(words) > 4 or toks[sep - 1].text == "," \
                or not all(NAME_TOKEN.match(x.text) and x.text[:1].isupper() for x in words):
            continue
        end = run_end(toks, q + 1)
        if end < n and toks[end].text in (",", "."):
            end += 1  # 'Catalão, "Title," in': the mark after the title's comma
        if not any(x.text == QUOTE_CLOSES[toks[q].text] for x in toks[q + 1:end + 1]):
            continue  # no closing mark: a quote inside a title
        closing = _quoted_to_the_end(toks, q)
        for x in toks[closing or n:run_end(toks, q + 1)]:
            x.label = "other"  # the closing mark, and a translation after it ("“Título” [Title]")
        for x in toks[i - comma:sep]:
            x.label = "author"
        for x in toks[sep:q + 1]:
            x.label = "other"


# a capitalised word of a name ("Xin", "Jean-Luc"), not an acronym ("ICML")
_GIVEN_WORD = lazy_compile(r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+(?:-[A-Za-z][a-z]+)?")
_NOT_A_NAME = frozenset({"In", "At", "On", "The", "Proc", "Proceedings", "Journal", "Conference", "Workshop", "Annual"})


def name_opens_list(toks: Sequence[Token]) -> None:
    """"12. <u>***Xin Sun***</u>, Jan de Wit, Zhuying Li. Title ...", "15. Xin Sun, Di Wu, ...": the first name of an
    entry's author list, set apart in bold or italic (the page's owner) or cut from the list by the labeller, read as a
    venue or as nothing: a name of two to four capitalised words opening the entry's line, right before the list (a
    comma between), is its first author; so are the capitalised words right before the list's first word with no
    comma between when they and that word make a name ("Xin" of "15. Xin Sun, Di Wu")."""
    for i, _ in list(runs(toks, "author")):
        line = toks[i].line
        k = i - 1 if i and toks[i - 1].text == "," else i
        s = k
        while s > 0 and k - s < 4 and toks[s - 1].line == line \
                and toks[s - 1].field in ("venue", "other", "publisher") \
                and _GIVEN_WORD.fullmatch(toks[s - 1].text) and toks[s - 1].text not in _NOT_A_NAME:
            s -= 1
        if s == k:
            continue
        opens = s == 0 or toks[s - 1].line != line or (
            toks[s - 1].text in (".", ")", "]") and (s < 2 or toks[s - 2].text.isdigit() or toks[s - 2].line != line))
        name = toks[s:k] if k != i else toks[s:i + 1]  # with no comma, the list's first word ends the name
        if not opens or len(name) < 2 or not name_shaped(join_tokens(name)):
            continue
        for t in toks[s:i]:
            t.relabel("author")


def styled_name_start(toks: Sequence[Token]) -> None:
    """"[Title](https://arxiv.org/abs/...), **Xuechen Liu**, Md Sahidullah, and ...": a name the page sets apart in
    bold or italics (its owner's) is one name, and the labeller read its first word as no field and the author list
    as starting inside it (the list then read "Liu, Md Sahidullah" as one name written surname first). The words of
    the span before the list's first word, on its line, open the list, when the whole span is a name and the list
    goes on after it."""
    for i, _ in list(runs(toks, "author")):
        t = toks[i]
        if not i or not (t.bold or t.italic) or t.href:
            continue
        s = i
        while s and i - s < _GIVEN_WORDS and toks[s - 1].span == t.span and toks[s - 1].line == t.line \
                and toks[s - 1].field in ("other", "venue", "title") and toks[s - 1].text[:1].isupper():
            s -= 1
        if s == i or (s and toks[s - 1].span == t.span and toks[s - 1].line == t.line):
            continue  # (not the span's start)
        e = i
        while e < len(toks) and toks[e].span == t.span and toks[e].line == t.line:
            e += 1
        if not name_shaped(join_tokens(toks[s:e])) or any(x.field != "author" for x in toks[i:e]) \
                or e == len(toks) or toks[e].field != "author" or toks[e].line != t.line \
                or toks[e].text not in (",", ";", "&", "and"):
            continue  # (the list goes on after the name, on its line: not "In: *Macht Wissen Wahrheit*<br>Hg. von")
        start = t.label.startswith("B-")
        for x in toks[s:i]:
            x.relabel("author")
        if start and not toks[s].label.startswith("B-"):
            t.label, toks[s].label = "author", "B-author"  # the entry starts where the name does


_GIVEN_WORDS = 3  # words of a name before its surname, at most ("Md Abu Sahidullah")


_ET_AL_WORDS = frozenset({"他", "等", "等人"})


def names_before_quoted_title(toks: Sequence[Token]) -> None:
    """"Yudai Ichikawa 他, “Title”, *PTEP*", "S.H. Kim, Y. Ichikawa et al., “Title”": the words that open an entry's
    line before its quoted title, left unread in whole or in part, are its author list when they are names, their
    commas, "and" and a word for "et al." ("他", "等") only (the labeller has seen few lists closed by such a word)."""
    n = len(toks)
    for q in range(1, n - 1):
        if toks[q].text not in QUOTE_CLOSES or toks[q].text == "'" or toks[q + 1].field != "title":
            continue
        e = q - 1 if toks[q - 1].text == "," else q
        s = e
        while s > 0 and toks[s - 1].line == toks[q].line and toks[s - 1].field in ("other", "author") \
                and not toks[s].label.startswith("B-"):
            s -= 1
        if s > 0 and toks[s - 1].line == toks[q].line and not toks[s].label.startswith("B-"):
            continue  # the line goes on before them: they do not open the entry
        words = toks[s:e]
        if not any(t.field == "other" and t.text[:1].isalnum() for t in words) \
                or not any(t.text[:1].isupper() for t in words) or words[-1].text in ("-", ".") \
                or not all(NAME_TOKEN.match(t.text) or t.text in _ET_AL_WORDS or t.text in (",", "and", "&", "et", "al")
                           for t in words):
            continue
        for t in words:
            t.relabel("author")


def names_in_title_before_quote(toks: Sequence[Token]) -> None:
    """'Dawson, William, Louis Beal, Laura E. Ratcliff, ..., and Luigi Genovese. "Title." Journal 6 (2024)' (Chicago's
    bibliography style): the author list read on into the title, up to the title's opening quote mark. Names right
    after the author run (two capitalised words or more, parted by commas or "and"), then the quote: they are the
    list's last names, and the title starts after the quote."""
    for i, j in entry_runs(toks, "title"):
        q = next((k for k in range(i + 1, j) if toks[k].text in QUOTE_CLOSES and toks[k].text != "'"), None)
        p = i - 1
        while p >= 0 and toks[p].text in (".", "…"):
            p -= 1  # the author run's last word, before its full stop
        if q is not None and p >= 0 and toks[p].field == "author" and toks[p].line == toks[i].line \
                and any(t.text[:1].isalnum() for t in toks[q + 1:j]):
            words = toks[i:q]
            caps = sum(1 for t in words if t.text[:1].isupper() and t.text[:1].isalpha())
            names, _ = split_name_list(join_tokens(words))
            if caps >= 2 and any(t.text in (",", "and", "&") for t in words) \
                    and all(NAME_TOKEN.match(t.text) or t.text in (",", "and", "&") for t in words) \
                    and names and all(name_shaped(x) for x in names):
                for t in words:
                    t.label = "author"
                toks[q].label = "other"
                toks[q + 1].label = "title"  # the title's first word opens its run


def title_word_after_names(toks: Sequence[Token]) -> None:
    """"... and Tomas Quince.\n Tidal heating of icy moons.": the author list ends with a surname and a full stop at
    the end of a line; the capitalised word that opens the next line, followed there by the title, is the title's
    first word (the labeller read it on as a name)."""
    n = len(toks)
    for i in [k + 1 for k in range(1, n - 2) if toks[k].text == "." and toks[k].field == "author"]:
        t, stop, name, after = toks[i], toks[i - 1], toks[i - 2], toks[i + 1]
        if t.field == "author" and name.field == "author" \
                and len(name.text) > 1 and name.text[:1].isupper() and stop.line == name.line and t.line != stop.line \
                and after.line == t.line and after.field == "title" and not after.label.startswith("B-") \
                and t.text[:1].isupper() and len(t.text) > 1:
            stop.label = "other"
            t.label = "title"


def semicolon_list_end(toks: Sequence[Token]) -> None:
    """"Dravid, V. P.; Aydin, K.; Cao, T., Polarization Reflector/Color Filter at ..." (the ACS style, with a comma
    after the last name): names parted by semicolons, each a surname, a comma and initials; after the last name's
    initials a comma ends the list, and the capitalised words after it that the labeller read on as a name open the
    title."""
    n = len(toks)
    for a, b in list(runs(toks, "author")):
        # the title: right after the names, or after a few words read as no field or a note ("Au @ MoS2 @ WS2 Core–")
        t = next((k for k in range(b, min(b + 8, n)) if toks[k].field not in ("other", "award", "author")), n)
        if t >= n or toks[t].field != "title" or toks[t].line != toks[b - 1].line:
            continue
        semis = [k for k in range(a, b) if toks[k].text == ";"]
        if len(semis) < 2:
            continue
        j = next((k for k in range(semis[-1] + 1, b) if toks[k].text in (",", ";")), b)
        if j == semis[-1] + 1 or j >= b or toks[j].text != ",":
            continue  # the last name: a surname, then its comma
        m = j + 1
        while m + 1 < b and _INITIAL.fullmatch(toks[m].text) and toks[m + 1].text == ".":
            m += 2
        if m == j + 1 or m + 1 >= b or toks[m].text != "," or not toks[m + 1].text[:1].isupper():
            continue
        toks[m].label = "other"
        for x in toks[m + 1:t]:
            x.label = "title"


def semicolon_names_in_title(toks: Sequence[Token]) -> None:
    """"BELMINO, LUCAS M. ; SOUTO SOARES, FELLIPE ; SAMPAIO, RAIMUNDO ; ... ; ROBERTO BEZERRA, JOSE . Title. In: ..."
    (Lattes and ABNT lists, which run long), "Okafor, A.; Lind, J.; ...; Moreau, K. Title" (ACS): the labeller cut a
    list of names parted by semicolons and read its rest as the title. Right after an author run (its last comma
    perhaps read as no field), the title's words up to a full stop that follows a word (not an initial) are names
    when they hold a semicolon, the list holds two (one, when the title opens with it: no title does), and each piece
    between semicolons is one to six capitalised words with at most one comma (the first piece may be the rest of the
    name the run ended in): they are the list's end, and the title starts after the full stop."""
    for i, j in list(entry_runs(toks, "title")):
        p = i - 1
        while p >= 0 and toks[p].field == "other" and toks[p].text in (",", ";"):
            p -= 1
        if p < 0 or i - p > 2 or toks[p].field != "author" or toks[p].line != toks[i].line:
            continue
        a = p
        while a > 0 and toks[a - 1].field == "author" and not toks[a].label.startswith("B-"):
            a -= 1
        stop = next((k for k in range(i, j) if toks[k].text == "." and k > i and len(toks[k - 1].text) > 1), None)
        if stop is None or stop + 3 >= j or not toks[stop + 1].text[:1].isupper() \
                or sum(t.text == ";" for t in toks[a:stop]) < (1 if toks[i].text == ";" else 2) \
                or not any(t.text == ";" for t in toks[i:stop]):
            continue
        pieces: list[list[Token]] = []
        piece: list[Token] = []
        for t in toks[i:stop]:
            if t.text == ";":
                pieces.append(piece)
                piece = []
            else:
                piece.append(t)
        pieces.append(piece)
        if not pieces[0] and toks[i].text == ";":
            pieces.pop(0)  # the run opens with the list's semicolon ("PEREIRA, T. H. S. | ; GOMES-JR, LUIZ . Title")
        if not all(_semicolon_piece(x) for x in pieces):
            continue
        for t in toks[p + 1:stop]:
            t.label = "author"
        toks[stop].label = "other"
        toks[stop + 1].label = "title"


def _semicolon_piece(piece: Sequence[Token]) -> bool:
    """One name of a list parted by semicolons: one to six capitalised words or initials, at most one comma."""
    words = [t for t in piece if t.text not in (",", ".")]
    return 1 <= len(words) <= 6 and sum(t.text == "," for t in piece) <= 1 \
        and all(NAME_TOKEN.match(t.text) and t.text[:1].isupper() for t in words)


def names_open_title(toks: Sequence[Token]) -> None:
    """"Lena Okafor, Jan Moreau. Tidal mixing ..." read as one title in a block with no authors: names parted by
    commas (or "and", "&"), each of two to four capitalised words or initials, then a full stop and a capitalised
    word, or a comma that ends their line ("Lena Okafor and Jan Moreau,\nTidal mixing ..."), open the (first) title;
    they are the author list and the full stop or comma ends it. So are names before an opening
    quote mark whose closing mark ends a title ("Lena Okafor* and Jan Moreau “Tidal mixing”", one name too: "Lena
    Okafor “Tidal mixing” [Translated title]"); the marks and a translation after the title are no part of it. So are
    names, the first perhaps written surname first and the list perhaps ending "et al.", then a full stop and a quoted
    title (Chicago, as Google Scholar writes it: 'Chan, Bun, Lena Okafor, and Jan Moreau. "Title." Journal (2024)')."""
    n, first = len(toks), True
    # the labels stay as they are until a list is found (then it returns): where entries start and which lines hold
    # names are known once, not looked for at every title (a page of thousands of one-line entries)
    starts = [k for k, x in enumerate(toks) if x.label.startswith("B-")]
    author_lines = {x.line for x in toks if x.field == "author"}
    paras = [k for k in range(1, n) if toks[k].para and toks[k].line != toks[k - 1].line]
    authors_before = [0]  # authors_before[k]: how many of toks[:k] are names
    for x in toks:
        authors_before.append(authors_before[-1] + (x.field == "author"))
    for i, t in enumerate(toks):
        if t.field != "title" or (i and toks[i - 1].field == "title" and toks[i - 1].line == t.line):
            continue
        # this entry's own names (to the next start the labeller marked, or the next paragraph of a run): another
        # entry's in the block say nothing of it
        k = bisect_right(starts, i)
        s, e = (starts[k - 1] if k else 0), (starts[k] if k < len(starts) else n)
        k = bisect_right(paras, i)
        e = min(e, paras[k]) if k < len(paras) else e
        named = authors_before[e] > authors_before[s]
        # the rest of an author list read as the title: only the line-ending comma below tells ("A. Lee, Yu-Ting
        # Wu, and Daisuke Mori,\nTitle ...")
        after_names = i > 1 and _list_goes_on(toks, i)
        # names elsewhere in the block (other entries' authors) leave only a Chicago citation to look for on this line
        chicago_only = named and not after_names
        if chicago_only and t.line in author_lines:
            continue
        j, names, size, inverted = i, 0, 0, False
        while j < n and toks[j].field == "title" and toks[j].line == t.line:
            w = toks[j].text
            if w in (",", "&", "and"):
                if w != "," and size == 0 and ((j > i and toks[j - 1].text == ",") or (j == i and after_names)):
                    pass  # ", and": the list's last comma before its last name (or the last name read on as a title)
                elif w == "," and names == 0 and size == 1 and not inverted and not after_names:
                    inverted = True  # "Chan, Bun, William Dawson, and ...": the first name written surname first
                elif names == 0 and size == 1 and after_names:
                    names, size = 1, 0  # "[Dawson,] William, and ...": the given name ends the first name
                elif not 2 <= size <= 4:
                    break
                else:
                    names, size = names + 1, 0
            elif w in _NAME_MARKS and j > i:
                pass  # "Okafor*", "Moreau†": the marks of a name
            elif w in QUOTE_CLOSES:
                break  # an opening quote mark: the list ends
            elif w.lower() == "et" and j + 1 < n and toks[j + 1].text.lower() == "al" and 2 <= size <= 4:
                names, size = names + 1, 0  # "..., Lori A. Burns et al.": the list ends with its last name shown
                j += 2
                continue
            elif w == "." and not (j > i and re.fullmatch(r"[A-Z]", toks[j - 1].text)):
                break  # the full stop after a word: the list ends
            elif w != "." and not (w[:1].isupper() and NAME_TOKEN.match(w)):
                size = -99  # not a name
                break
            elif w != ".":
                size += 1
            j += 1
        quoted = _quoted_to_the_end(toks, j) if 2 <= size <= 4 and not named else None
        if chicago_only and not (j + 1 < n and toks[j].text == "." and toks[j + 1].text in QUOTE_CLOSES):
            first = False
            continue
        if quoted is not None:
            for x in toks[quoted:run_end(toks, j + 1)]:
                x.label = "other"
        elif after_names and 2 <= size <= 4 and j < n and toks[j].line != t.line and toks[j].field == "title" \
                and not toks[j].soft:
            # "Yujuan Ding, Yunshan Ma*, Wai Keung Wong and Tat-Seng Chua<br>Leveraging Two Types ...": names to the
            # end of a line that opened with the authors, and the title on the line after the break, are the list
            _names_are_the_list(toks, i, j, after_names)
            return
        elif (first or named) and size == 0 and names >= 1 and i < j - 1 < n - 1 and toks[j - 1].text == "," \
                and toks[j].line != t.line and toks[j].field == "title" and toks[j].text[:1].isupper():
            j -= 1  # "Kenta Ozawa and Mina Takeda,\nEstimating anaesthetic depth ...": the list ends with its line
            i = _names_before(toks, i)
        elif not (
                (first or chicago_only) and (2 <= size <= 4 or (size == 0 and toks[j - 1].text == "al")) and names >= 1
                and j + 1 < n and toks[j].text == "." and toks[j].field == "title" and toks[j + 1].field == "title"
                and (toks[j + 1].text[:1].isupper()
                     or ((quoted := _quoted_to_the_end(toks, j + 1) or _chicago_close(toks, j + 1)) is not None
                         and quoted > j + 2))):
            first = False
            continue
        _names_are_the_list(toks, i, j, after_names)
        toks[j].label = "other"
        if toks[j + 1].text in QUOTE_CLOSES:  # 'Names. "Title." Journal' (Chicago): the marks are no part of it
            toks[j + 1].label = "other"
            close = _quoted_to_the_end(toks, j + 1)
            if close is None and (close := _chicago_close(toks, j + 1)) is not None:
                # the journal after the closing mark, read on as the title: where the paper appeared
                for x in toks[close + 1:run_end(toks, close)]:
                    x.label = "venue" if x.text[:1].isalpha() and x.text not in ("In", "in") else \
                        "volume" if x.text[:1].isdigit() else "other"
            for x in toks[close or n:run_end(toks, j + 2)]:
                x.label = "other"
            return
        toks[j + 1].label = "title"
        return


def _names_are_the_list(toks: Sequence[Token], i: int, j: int, after_names: bool) -> None:
    """toks[i:j], read as the title, are names of the author list (their marks none of them). After the names before
    them (`after_names`) the list goes on from there: no entry starts at the comma before them or after it (a name
    before their "and" keeps the entry's start: "Lee and Kim,\nTitle" opens with it)."""
    for x in toks[i:j]:
        x.relabel("other" if x.text in _NAME_MARKS else "author")
    if after_names:
        for x in toks[i - 1:j]:
            keep = x is toks[i - 1] and x.text != "," and x.label.startswith("B-")
            x.label = ("B-" if keep else "") + ("author" if x is toks[i - 1] else x.field)


def _list_goes_on(toks: Sequence[Token], i: int) -> bool:
    """Whether toks[i] goes on with the author list read before it on its line: after a comma, or as its "and", after a
    name (and the marks after the name: "Ma*,")."""
    k = i - 1 if toks[i].text in ("and", "&") else i - 2
    if k == i - 2 and toks[i - 1].text != ",":
        return False
    while k > 0 and toks[k].text in _NAME_MARKS and toks[k].line == toks[i].line:
        k -= 1
    return k >= 0 and toks[k].field == "author" and toks[k].line == toks[i].line


def _names_before(toks: Sequence[Token], i: int) -> int:
    """Where the author list that toks[i] goes on starts: back over names read as other on its line, to the line's
    start ("Kenta Ozawa, T. Ray Lin, | Yu-Ting Wu, ..."); i when they do not reach it."""
    k = i
    while k > 0 and toks[k - 1].line == toks[i].line and toks[k - 1].field in ("other", "author") \
            and ((w := toks[k - 1].text) in _NAME_JOINERS or (w[:1].isupper() and NAME_TOKEN.match(w))):
        k -= 1
    if k == i or (k > 0 and toks[k - 1].line == toks[i].line):
        return i
    return k


def _chicago_close(toks: Sequence[Token], j: int) -> int | None:
    """Where the quotation that toks[j] opens closes, within the title run and after two words at least, with a full
    stop or comma before the mark ('"Title." Journal', read on as one title): None when it does not."""
    if toks[j].text not in QUOTE_CLOSES or toks[j].text == "'" or j + 1 >= len(toks):
        return None
    close, end = QUOTE_CLOSES[toks[j].text], run_end(toks, j + 1)
    k = next((k for k in range(j + 3, end) if toks[k].text == close), None)
    return k if k is not None and toks[k - 1].text in (".", ",") and k + 1 < end else None


def _quoted_to_the_end(toks: Sequence[Token], j: int) -> int | None:
    """Where the title's closing quote mark is, when toks[j] opens a quotation (within the title) that runs to the
    title's end, or to a translation in brackets at its end (len(toks) past it when the mark closes it just after):
    None when it does not."""
    n = len(toks)
    if j + 1 >= n or toks[j].text not in QUOTE_CLOSES or toks[j].text == "'" or toks[j].field != "title" \
            or toks[j + 1].field != "title":
        return None
    end, close = run_end(toks, j + 1), QUOTE_CLOSES[toks[j].text]
    k = next((k for k in range(j + 2, end) if toks[k].text == close), None)
    if k is None:  # the mark right after the title, or after its full stop or comma ('"Title." Journal', Chicago)
        after = end + 1 if end + 1 < n and toks[end].text in (".", ",") else end
        return n if after < n and toks[after].text == close and toks[after].line == toks[j].line else None
    last = end - 1
    while last > k and toks[last].text in (".", ",", ";", ":"):
        last -= 1  # "“Título” [Title]." with its full stop
    if last > k and not (toks[k + 1].text in ("[", "(") and (toks[last].text in ("]", ")")
                                                             or (end < n and toks[end].text in ("]", ")")))):
        return None  # (the closing bracket may be read apart from the title)
    return k


_NAME_MARKS = frozenset({"*", "†", "‡", "#"})


_SURNAME = lazy_compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")  # one word, or hyphenated ("Olaya-Agudelo", "O'Brien")


def first_surname(toks: Sequence[Token]) -> None:
    """"| Giorgi, E. E.; Solivella, G. R.; ...": an author list that opens with initials or a given name right after
    "Surname," (surname first, as the rest of the list) starts with that surname (it was read as other)."""
    for i in range(2, len(toks)):
        t = toks[i]
        if t.field != "author" or toks[i - 1].field == "author" or toks[i - 1].text != ",":
            continue
        s = toks[i - 2]
        before = toks[i - 3] if i >= 3 else None
        if s.field == "other" and s.line == t.line and s.text[:1].isupper() and _SURNAME.fullmatch(s.text) \
                and len(s.text) > 1 \
                and (before is None or before.line != s.line or not before.text[:1].isalnum()) \
                and any(x.text == ";" or (x.text == "," and x.field == "author") for x in toks[i:i + 12]):
            s.relabel("author")
            toks[i - 1].label = "author"


def hyphened_initials(toks: Sequence[Token]) -> None:
    """"H.-C. Wang, Y.-M. Tien, and M. Pomplun (2012) ...": an initial and its hyphen that open an author's name ("H.
    -" of "H.-C.", as Chinese and Korean given names are written) read as other before it are the name's (the author
    was "C. Wang")."""
    for i in range(len(toks) - 4):
        a, stop, dash, b = toks[i:i + 4]
        if a.field == "other" and len(a.text) == 1 and a.text.isupper() and stop.text == "." \
                and dash.text in ("-", "‐") and stop.field == dash.field == "other" and b.field == "author" \
                and _INITIAL_TOKEN.fullmatch(b.text) and a.line == b.line and not b.label.startswith("B-") \
                and (a.label.startswith("B-") or not i or toks[i - 1].line != a.line
                     or not toks[i - 1].text[:1].isalnum()):
            for t in (a, stop, dash):
                t.relabel("author")


_INITIAL_TOKEN = lazy_compile(r"[A-Z]")


# a note on the authors' order or roles, in brackets between the fields ("(alphabetical order)", "(*equal
# contribution)", "(† corresponding author)")
_AUTHOR_NOTE = lazy_compile(r"\W*(?:(?:authors?\s+(?:listed\s+)?in\s+)?alphabetical(?:\s+order)?|"
                            r"(?:in\s+)?random\s+order|equal(?:ly)?\s+contribut\w*|co-?first\s+authors?|"
                            r"joint\s+first\s+authors?|"
                            r"corresponding\s+authors?)\W*", re.I)


def author_notes(toks: Sequence[Token]) -> None:
    """A note in brackets on the authors' order or roles is no part of the title or venue around it."""
    n = len(toks)
    for i, t in enumerate(toks):
        if t.text != "(":
            continue
        j = i + 1
        while j < n and j - i <= 8 and toks[j].text != ")" and toks[j].line == t.line:
            j += 1
        if j < n and toks[j].text == ")" and _AUTHOR_NOTE.fullmatch(join_tokens(toks[i + 1:j])):
            for x in toks[i:j + 1]:
                x.relabel("other")


_LIST_GOES_ON = frozenset({",", ";", "&", "and", "-", "\u2013"})  # what ends a line whose list goes on below


def name_across_break(toks: Sequence[Token]) -> None:
    """An author list that runs over a break the page writes (a `<br>`, two trailing spaces, a table cell's edge) after
    a name, with no separator at the break, ends there: "... Rory Sullivan and Dongmiao Zhang <br> Transition Pathway
    Initiative, 2020", "| K.C. Abbott and C.M. Moore | Theoretical Ecology |", "..., Katherine Driggs-Campbell. <br>
    In IEEE ...". A list that goes on to the next line ends its line with a separator ("A. Smith, <br> B. Jones"), and
    a wrapped source line is no break. What follows the break is read as the field after it on its line (the title
    that goes on), else as the entry's venue when it names none (the line is the venue line), else as other; a name
    after the break (an initial or a list of its own) is left alone, and so are a new paragraph (a new entry may
    start there) and a name in an element the page names as the authors ('<div class="authors"><div>Robin
    Hale</div><div>Jan Moreau</div></div>': one name an element, with no separator; a note there, "* Equal
    contributions", is no name). The break is the list's last line break: the lines before it may be one source
    line wrapped ("Christopher\nPotts<br>arXiv:2605.14217, 2026")."""
    for i, j in runs(toks, "author"):
        k = next((k for k in range(j - 1, i, -1) if toks[k].line != toks[k - 1].line), j)
        if k == j:
            continue
        a, b = toks[k - 1], toks[k]
        if b.soft or b.para or b.label.startswith("B-") or a.text.lower() in _LIST_GOES_ON \
                or not (a.text[:1].isalpha() or a.text == "."):
            continue
        rest = toks[k:j]
        if any(t.text.lower() in _LIST_GOES_ON or INITIALS.fullmatch(t.text) for t in rest) \
                or any(t.line != b.line for t in rest) or (b.tag == "authors" and name_shaped(join_tokens(rest))):
            continue
        after = toks[j] if j < len(toks) and toks[j].line == b.line else None
        if after is not None and after.field in ("title", "venue"):
            field = after.field
        else:  # the entry around the list: from the start the labeller marked before it to the next one
            s, e = entry_span(toks, i, j)
            field = "other" if any(t.field == "venue" for t in toks[s:e]) else "venue"
        for t in rest:
            t.label = field


def group_author_line(toks: Sequence[Token]) -> None:
    """A line that opens with a group's name ending in a word for a group of authors, then a full stop ("GBD 2013
    Mortality and Causes of Death Collaborators." under the title, over "Lancet. 2015;385:117-71.") or the year in
    brackets (APA: "The International Widget Genome Sequencing Consortium (2004). Title. Nature 432, 695–716."): the
    group is the author, not words of the title or the venue; its number is no year."""
    for a, b in lines(toks):
        stop = next((k for k in range(a, min(b, a + 12)) if toks[k].text in (".", ";")
                     or (toks[k].text == "(" and k + 1 < b and toks[k + 1].field == "year")), None)
        if stop is None or stop - a < 2 or (a and toks[a - 1].line == toks[a].line) or not toks[a].text[:1].isupper() \
                or toks[a].href or not GROUP_NAME.fullmatch(join_tokens(toks[a:stop])):
            continue
        for t in toks[a:stop]:
            t.relabel("author")


def group_after_names(toks: Sequence[Token]) -> None:
    """A group named at the end of an author list ("..., Labbe, A., for the Alzheimer's Disease Neuroimaging
    Initiative.", "..., Jay J. Van Bavel, and the Global Social Media Team"), which the labeller read as a title or
    a venue, with or without the "and" before it ("..., A. White, and the Alcator C-Mod Team. [Title](...)",
    "Thompson LR et al. and The Earth Microbiome Project Consortium. (2017) Title."): it is one of the authors."""
    for i, j in runs(toks, "title", "venue"):
        k = i - 1
        while k >= 0 and toks[k].line == toks[i].line and (
                toks[k].text in (",", "and", "&", ";") or (toks[k].text == "." and k and toks[k - 1].text == "al")):
            k -= 1  # ("et al." ends a list too)
        g = i
        while g < j and toks[g].text in ("and", "&"):
            g += 1  # the run opens with the list's last "and"
        if k < 0 or (k == i - 1 and g == i) or toks[k].field != "author" or g == j \
                or not GROUP_NAME.fullmatch(join_tokens(toks[g:j])):
            continue
        for t in toks[k + 1:j]:
            t.label = "author"


def group_list_title(toks: Sequence[Token]) -> None:
    """An entry that opens with groups for its authors ("The LIGO Scientific Collaboration, the Virgo Collaboration,
    the KAGRA Collaboration (inc. **N. Sarin**), [*Title*](...)", "The ATLAS Collaboration, *Title*"), which the
    labeller read as the title: when each name of the list is a group's (a word for a group of authors ends it) and
    a title run follows on the entry's line, the list is the authors. (A person's name in brackets after the list,
    "inc. N. Sarin", says who of the groups is the page's owner.)"""
    titles = list(runs(toks, "title"))
    if len(titles) < 2:
        return
    i, j = titles[0]
    if toks[titles[1][0]].line != toks[i].line:
        return
    e = next((k for k in range(i, j) if toks[k].text in ("(", "[")), j)
    names = [n.strip() for n in re.split(r",|\band\b|&", join_tokens(toks[i:e])) if n.strip()]
    if not names or not all(GROUP_NAME.fullmatch(n) for n in names):
        return
    for k in range(i, j):
        toks[k].relabel("author" if k < e else "other")


# words of a place and date, a venue or a status, never of a person's name (months that are no given names: "Jan",
# "May", "June", "April" are)
_NOT_NAME_WORDS = frozenset({"january", "february", "july", "september", "october", "november", "december"}) \
    | PROC_WORDS | PUB_WORDS | STATUS_WORDS | THESIS_WORDS


def _style(t: Token) -> tuple[bool, bool, str | None, str]:
    return t.bold, t.italic, t.href, t.tag


def names_under_title(toks: Sequence[Token]) -> None:
    """A title run that goes on over a break the page writes into a line of names set otherwise ("**Mixed-Integer
    Formulations for Optimal Control** <br> Tobia Marcucci and Russ Tedrake. <br> HSCC 2019", "### **Title** /
    **Shuijing Liu**. / Senior Thesis, 2018", "<paper>Title</paper><br><b>Yash Chandak</b>"): the title is the
    first line, the names are its authors. The title's line is written in one markup (bold, italic, a link, an
    element, or none) and ends where a title can end (not "of", not a colon); the next line is set otherwise, holds
    the rest of the run and only names (two or more, or one that is also read as an author elsewhere in the block
    or is set in bold), with no word of a place, a date or a venue. A wrapped source line, a new paragraph and a
    title's second line in the same markup stay as read."""
    authors: set[str] | None = None  # the words read as names elsewhere in the block (asked for one name only)
    for i, j in list(runs(toks, "title")):
        k = next((k for k in range(i + 1, j) if toks[k].line != toks[k - 1].line), None)
        if k is None or k - i < 2 or toks[k].soft or toks[k].para or any(t.line != toks[k].line for t in toks[k:j]):
            continue
        head, rest = toks[i:k], toks[k:j]
        if not (_set_apart(head, rest) or _own_headings(head, rest)) or ends_no_title(head[-1].text) \
                or head[-1].text in (":", "-", "–", "—", ","):
            continue
        if j < len(toks) and toks[j].line == toks[k].line and toks[j].text[:1].isalnum():
            continue  # the line goes on past the run: no line of names alone
        words = [t.text for t in rest if t.text[:1].isalpha()]
        acronym = any(w.isupper() and len(w) > 2 for w in words) and not all(w.isupper() for w in words)
        if acronym or any(w.lower().rstrip(".") in _NOT_NAME_WORDS for w in words):
            continue  # a place and a month, a venue's words or acronym ("ESMO Real World Data and Digital Oncology")
        names = full_names(rest)
        if not names:
            continue
        if len(names) == 1 and not rest[0].bold:
            if authors is None:
                authors = {t.text for t in toks if t.field == "author" and t.text[:1].isupper() and len(t.text) > 2}
            if not any(w in authors for w in names[0].split()):
                continue
        for t in rest:
            t.label = "author"


def _own_headings(head: Sequence[Token], rest: Sequence[Token]) -> bool:
    """Whether `head` and `rest` are two headings of the page ("### Title", "###### Authors"): two elements, each
    set apart by being one, though both are set in the same bold."""
    return all(t.tag in _HEADING_TAGS for t in head) and all(t.tag in _HEADING_TAGS for t in rest)


_HEADING_TAGS = ("heading", CHAIN)


def _set_apart(head: Sequence[Token], rest: Sequence[Token]) -> bool:
    """Whether the tokens of `head` share one markup and those of `rest` are all set otherwise."""
    style = _style(head[0])
    return all(_style(t) == style for t in head) and all(_style(t) != style for t in rest)


def _surname_before_colon(toks: Sequence[Token], i: int, j: int) -> bool:
    """Whether the title read after the author run toks[i:j] opens with the last name's surname, cut from its given
    name: one capitalised word right after the run on its line, then the colon that opens the title (DBLP's style),
    where the run is a list (a comma or "and" in it) whose last name is a given name alone or with initials
    ("Xiaoyong", "Anthony K. H."), and the word is set as that name is (and the name as the one before it, or
    plainly). Not after initials alone: "Anderson, M. W. CrystalClear: ..." is a name written surname first, then
    the title."""
    if not (j + 1 < len(toks) and toks[j].field == "title" and toks[j + 1].text in (":", "：")
            and toks[j].text[:1].isupper() and NAME_TOKEN.match(toks[j].text) and toks[j].line == toks[j - 1].line
            and toks[j + 1].line == toks[j].line):
        return False
    a, b = toks[j - 1], toks[j]
    if (a.bold, a.italic, a.href) != (b.bold, b.italic, b.href):
        return False  # a surname is set as its given name is ("... Track [BLINK-Twice: ...](url)": a link's title)
    sep = max((k for k in range(max(i - 1, 1), j) if toks[k].text in (",", ";", "&", "and")), default=-1)
    if sep < 0 or (sep < i and toks[sep - 1].field != "author"):
        return False
    c, d = toks[sep - 1], toks[sep + 1]
    if (d.bold or d.italic or d.href) and (c.bold, c.italic, c.href) != (d.bold, d.italic, d.href):
        return False  # "..., Konstantin Läufer,\n*Metrics Dashboard: A Hosted ...*": set apart from the names, a title
    piece = [t.text for t in toks[sep + 1:j]]
    if not piece or not (len(piece[0]) >= 2 and piece[0][:1].isupper() and NAME_TOKEN.match(piece[0])):
        return False
    rest = piece[1:]
    return all(re.fullmatch(r"[A-Z]|\.|-", w) for w in rest) and (not rest or rest[-1] == ".")


_COLON_NAMES = 40  # tokens: an author list before a colon, as DBLP writes one
_COLON_LIST = 3  # names at least: two capitalised pairs are a title's as often ("Big Fish, Small Pond: The Effect ...")


def names_before_colon(toks: Sequence[Token]) -> None:
    """"Shang-Hua Gao, Zhong-Yu Li, Qi Han, Ming-Ming Cheng: RF-Next: Efficient Receptive Field Search ..." (DBLP's
    style, the names ended by a colon): a title that opens its line with three names or more, each of two words or
    more, between commas (DBLP writes no "and"), up to a colon and a title after it, begins with its authors. Not
    "Deep Learning, Computer Vision, Robotics: A Survey" (words of titles are no names), "Big Fish, Small Pond: The
    Effect ...", nor "Linking Time-on-task, Spatial Bias and Hemispheric Activation Asymmetry: ...". After an author
    list of full names and its comma, one such name of two words or more go on with it ("Yuxuan Cai, Xiangyu Zhang:
    Title"; not "..., Loyer, Tokamesh: A software ...", one word, nor "..., A. C. Bissember, Photochemical
    Povarov-type Reactions: ...", after initials)."""
    n = len(toks)
    for i, t in enumerate(toks):
        if t.field != "title" or (i and toks[i - 1].field == "title" and toks[i - 1].line == t.line):
            continue
        c = next((k for k in range(i, min(n, i + _COLON_NAMES)) if toks[k].text == ":" or toks[k].line != t.line
                  or toks[k].field != "title"), n)
        # ("A. Lee, and B. Kim: “Title,”": names, then the title in quotes, on that line or the next)
        quoted = c < n - 2 and toks[c].text == ":" and toks[c + 1].text in ("“", '"') and toks[c + 2].field == "title"
        if not quoted and (c >= n - 1 or toks[c].text != ":" or toks[c + 1].field != "title"
                           or toks[c + 1].line != t.line or (t.href and t.href == toks[c + 1].href)):
            continue  # (one link over both: "[Importance Tempering: Group Robustness ...](...)" is a title)
        names, _ = split_name_list(join_tokens(toks[i:c]))
        # (the rest of an author list read as authors up to its comma: "Yuxuan Cai, Xiangyu Zhang: Title")
        goes_on = i >= 2 and toks[i - 1].text == "," and toks[i - 2].field == "author" \
            and toks[i - 2].line == t.line and all(len(x.split()) == 2 for x in names) \
            and not any(_INITIAL.fullmatch(x.text) for x in toks[max(0, i - 8):i])  # (full names, as those before)
        if len(names) < (1 if goes_on or quoted else _COLON_LIST) \
                or (not quoted and any(x.text.lower() in ("and", "&") for x in toks[i:c])) \
                or not all(len(x.split()) >= 2 and name_shaped(x) and looks_like_name(x) for x in names):
            continue
        begin = t.label.startswith("B-")
        for x in toks[i - 1 if goes_on else i:c]:
            x.label = "author"
        toks[c].label = "other"
        if quoted:
            toks[c + 1].label = "other"
        if begin:
            t.label = "B-author"


_ONE_INITIAL = lazy_compile(r"[A-Z](?:h|j)?")  # "S", "Ch", "Yj": one initial, its full stop a token after it


def title_after_initials(toks: Sequence[Token]) -> None:
    """"Majumdar, S., Chatterjee, S.\\n On Weighted Multivariate Sign Functions. *Preprint*, 2019", "Majumdar, S.
    Fairness, Explainability, Privacy, and Robustness for ... Making. In Big Data ...": an entry that opens with names
    written surname first, each "Surname, I." (initials with full stops), read on as names past them: the words after
    the last initial's full stop are no name of that form, so they are the title, up to its full stop or to the
    title the labeller read after them."""
    for s, e in entry_spans(toks):
        i = s
        while i < e and not toks[i].text[:1].isalnum():
            i += 1
        end = _initials_list_end(toks, i, e)
        if end is None or end >= e or toks[end].field != "author":
            continue
        k = end
        while k < e and toks[k].field == "author":
            k += 1
        words = [t for t in toks[end:k] if t.text[:1].isalpha()]
        if len(words) < 2 or not toks[end].text[:1].isupper() or len(toks[end].text) < 2 \
                or _initials_list_end(toks, end, k) is not None or _more_names(toks[end:k]):
            continue
        titled = k < e and toks[k].field == "title" and not toks[k].label.startswith("B-")
        if not titled and (any(t.field == "title" for t in toks[s:e])
                           or (toks[k - 1].text != "." and k < e and toks[k].text != ".")):
            continue
        for t in toks[end:k]:
            t.relabel("title")
        if not titled and toks[k - 1].text == ".":
            toks[k - 1].relabel("other")


def title_after_vancouver_names(toks: Sequence[Token]) -> None:
    """"Monroe JD, Pope LE, Berndsen CE, Storm AR. Quaternary Structure, Salt Sensitivity, and Allosteric Regulation
    of ...": an entry that opens with names written as Vancouver writes them ("Surname II", initials without full
    stops, parted by commas, the last name's full stop ending the list), read on as names past that full stop: the
    words after it have no initials, so they are no name of that form but the title's first words (a title that
    opens with a list of things, "X Y, Z W, and ...", reads like names). Not a status ("Lowe CG. In Review. Title")."""
    for s, e in entry_spans(toks):
        i = next((k for k in range(s, e) if toks[k].field == "author"), e)
        stop = _vancouver_list_end(toks, i, e)
        if stop is None or stop + 1 >= e or toks[stop + 1].field != "author":
            continue
        k = stop + 1
        while k < e and toks[k].field == "author":
            k += 1
        run = toks[stop + 1:k]
        words = [t for t in run if t.text[:1].isalpha()]
        if not words or not words[0].text[:1].isupper() or any(INITIALS.fullmatch(t.text) for t in words) \
                or GROUP_NAME.search(join_tokens(run)):
            continue
        # the title the labeller read after them, a few words of joining on ("," "and") between
        m = k
        while m < e and m - k < 3 and toks[m].field == "other" and toks[m].text in (",", "and", "&", ":", "-"):
            m += 1
        if m >= e or toks[m].field != "title" or (len(words) < 2 and m > k) \
                or any(t.text.lower() in STATUS_WORDS for t in (*words, toks[m])):
            continue
        toks[stop].relabel("other")
        end = next((q for q in range(stop + 2, k) if toks[q].text == "."), None)
        if end is not None:  # "Storm AR. Protozoal and Rickettsial Vaccines. In book: ...": the title ends at its stop
            for t in toks[stop + 1:end]:
                t.relabel("title")
            for t in toks[end:k]:
                t.relabel("other")
        else:
            for t in toks[stop + 1:m]:
                t.relabel("title")
            toks[m].label = "title"  # (no entry of its own: the names before it are its authors)


def title_after_initials_first(toks: Sequence[Token]) -> None:
    """"C. L. Goueguel, J. C. Jain, H. M. Edenborn, Enhanced Laser-Induced Breakdown Spectroscopy by Second-Pulse
    Excitation, AIP Conference Proceedings 1047, 2008" (and "..., H. M. Edenborn, In situ measurements of ...", the
    title's first word alone read as a name): an entry that opens with two names or more written "I. I. Surname"
    between commas, read on as names past them. What follows the list's last comma is no name of that form: it is
    the title, to the title the labeller read after it or, when it read none, to the end of that run (three words
    at least, not names written another way)."""
    for s, e in entry_spans(toks):
        i = next((k for k in range(s, e) if toks[k].field == "author"), e)
        end = _initials_first_list_end(toks, i, e)
        if end is None or end >= e or toks[end].field != "author" or not toks[end].text[:1].isupper():
            continue
        k = end
        while k < e and toks[k].field == "author":
            k += 1
        run = toks[end:k]
        words = [t for t in run if t.text[:1].isalpha()]
        titled = k < e and toks[k].field == "title" and not toks[k].label.startswith("B-")
        if titled and (len(words) > 2 or (len(words) == 2 and name_shaped(join_tokens(run)))):
            continue  # (a name and the title: names_going_on_into_title's case)
        initials = sum(_ONE_INITIAL.fullmatch(a.text) is not None and b.text == "." for a, b in pairwise(run))
        if not titled and (len(words) < 3 or any(t.field == "title" for t in toks[s:e]) or _more_names(run)
                           or initials >= 2):
            continue
        for t in run:
            t.relabel("title")


def _initials_first_list_end(toks: Sequence[Token], i: int, e: int) -> int | None:
    """Where a list of two names or more written "I. I. Surname" between commas (and "and") from toks[i] ends: the
    token after the last name's comma; or None."""
    names, end = 0, None
    while i < e:
        k = i
        while k + 1 < e and _ONE_INITIAL.fullmatch(toks[k].text) and toks[k + 1].text in (".", "-", ".-"):
            k += 2
        if k == i:
            break  # no initials: the words after the list's comma
        j = _surname_end(toks, k, e)
        if j == k or j >= e or any(t.field != "author" for t in toks[i:j]):
            return None
        names += 1
        if toks[j].text.lower() in ("and", "&") \
                or (toks[j].text == "," and j + 1 < e and toks[j + 1].text.lower() in ("and", "&")):
            i = j + (2 if toks[j].text == "," else 1)
            continue
        if toks[j].text != ",":
            return None  # the list ends otherwise ("H. Schichl. Title"): not after a comma
        end, i = j + 1, j + 1
    return end if names >= 2 and i == end else None


def _vancouver_list_end(toks: Sequence[Token], i: int, e: int) -> int | None:
    """The full stop that ends a list of two names or more written "Surname II, Surname II." from toks[i] (the
    surname a word or a few, its initials one token of capitals), or None."""
    names = 0
    while i < e:
        j = _surname_end(toks, i, e, initials=False)
        if j == i or j + 1 >= e or toks[j].field != "author" or not INITIALS.fullmatch(toks[j].text):
            return None
        names += 1
        if toks[j + 1].text == ".":
            return j + 1 if names >= 2 else None
        if toks[j + 1].text != "," or toks[j + 1].field != "author":
            return None
        i = j + 2
    return None


def _more_names(run: Sequence[Token]) -> bool:
    """Whether words read on after a list of "Surname, I." names are more names written otherwise: an initial after
    a comma ("Le, E.V.T, Gonzales, R. A."), or pieces parted by commas that are each a name of two words or more
    ("Acosta, A., Mark P. Martirez, Norleakvisoth Lim, and Jane P. Chang"; one name of three words at most), not
    single words ("Fairness, Explainability, Privacy, and Robustness for ...")."""
    if any(a.text == "," and _ONE_INITIAL.fullmatch(b.text) and c.text in (".", ",")
           for a, b, c in zip(run, run[1:], run[2:], strict=False)):
        return True
    stop = next((k for k, t in enumerate(run) if t.text == "." and k and len(run[k - 1].text) > 1), len(run))
    pieces = [p for p in split_name_list(join_tokens(run[:stop]))[0] if p]
    return bool(pieces) and all(name_shaped(p) and len(p.split()) >= 2 for p in pieces) \
        and (len(pieces) >= 2 or len(pieces[0].split()) <= 3)


def _surname_end(toks: Sequence[Token], i: int, e: int, initials: bool = True) -> int:
    """Where a surname read as an author from toks[i] ends: its capitalised words, particles and hyphens, four tokens
    at most (not over a token of initials, "LD", when `initials` is False)."""
    j = i
    while j < e and j - i < 4 and toks[j].field == "author" and (initials or not INITIALS.fullmatch(toks[j].text)) \
            and ((toks[j].text[:1].isupper() and len(toks[j].text) > 1) or toks[j].text in NAME_PARTICLES
                 or toks[j].text == "-"):
        j += 1
    return j


def _initials_list_end(toks: Sequence[Token], i: int, e: int) -> int | None:
    """Where a list of names written "Surname, I. I." from toks[i] ends (after the last initial's full stop, and the
    comma, "&" or "and" after it when another name follows), or None when no such name opens it."""
    end = None
    while i < e:
        j = _surname_end(toks, i, e)
        if j == i or j + 2 >= e or toks[j].text != "," \
                or sum(t.text[:1].isupper() and t.text.lower() not in NAME_PARTICLES for t in toks[i:j]) != 1:
            return end  # one surname (with its particles, or hyphened), not "Adam Smith, M. S. Kim" (given names first)
        k = j + 1
        while k + 1 < e and _ONE_INITIAL.fullmatch(toks[k].text) and toks[k + 1].text in (".", "-"):
            k += 2
        if k == j + 1 or any(t.field != "author" for t in toks[i:k]):
            return end
        end = k
        if k < e and toks[k].text in (",", "&", "and", ";"):
            k += 1
        i = k
    return end


def list_over_wrapped_line(toks: Sequence[Token]) -> None:
    """"-   Bengsen, A. J., Hampton, J. O., Comte, S., Freney, S. and\\n    Forsyth, D. M. (2021). Title ...": an author
    list whose line ends with its "and", "&" or comma goes on over the wrapped source line (a soft break, as Pandoc and
    editors wrap a long item); the labeller started a new entry at the next name, leaving one of names alone and the
    paper with its last author only. No entry ends so: the next line's names are the same entry's."""
    for k in range(1, len(toks)):
        t, prev = toks[k], toks[k - 1]
        if t.label == "B-author" and t.soft and t.line != prev.line and prev.field == "author" \
                and prev.text.lower() in ("and", "&", ","):
            t.label = "author"
