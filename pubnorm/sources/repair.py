"""Repairs of the labeller's reading from what the page's structure says, made before an entry is assembled.

The labeller reads tokens one entry at a time and can be misled where a page is written otherwise than the pages
it was trained on. Each repair here is a decision the page's own structure makes clearer than the model can: a
table's column names, one link's text, a title's full stop before an italic journal, words that say where a
paper appeared. `block` runs the repairs of a labelled block; the others are asked by sources/assemble.py
about one entry.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..lazyre import lazy_compile
from .features import LATEST_YEAR, THESIS_WORDS, YEAR, Token, join_tokens
from .labeller import venue_marks
from .vocab import LINK_WORD, NAME_PARTICLES, PAPER_PAGE


def block(toks: Sequence[Token]) -> None:
    """The repairs of a labelled block, in order."""
    _run_to_line_end(toks)
    _title_line_tail(toks)
    _italic_venue_line(toks)
    _bold_name(toks)
    _leading_names(toks)
    _last_author(toks)
    _author_gaps(toks)
    _last_author_in_title(toks)
    _names_open_title(toks)
    _first_surname(toks)
    _author_notes(toks)
    _venue_leads(toks)
    _title_gaps(toks)
    _columns(toks)
    _keyed_fields(toks)
    _thesis_words(toks)
    _thesis_author(toks)
    _edited_volume(toks)


_OPENING = {"“": "”", '"': '"', "«": "»", "„": "“"}  # not ‘’: the closing one is also an apostrophe


def _run_end(toks: Sequence[Token], i: int) -> int:
    """Where the run of tokens of toks[i]'s field that starts at i ends."""
    field, j = toks[i].field, i + 1
    while j < len(toks) and toks[j].field == field:
        j += 1
    return j


def _at(toks: Sequence[Token], tok: Token) -> int:
    """Where a token is in its entry (by identity: tokens of equal text and markup are equal)."""
    return next(i for i, t in enumerate(toks) if t is tok)


def quoted_title(toks: Sequence[Token], run: list[Token]) -> list[Token]:
    """'“INFORM: Bringing Sociology to the Public Space” in Chercheurs de dieux ..., (ed).': a title opened by a quote
    mark ends at its closing mark; what the labeller read on after it is where it appeared (when the entry names
    no venue) or other."""
    i = _at(toks, run[0])
    close = _OPENING.get(toks[i - 1].text) if i else None
    if close is None:
        return run
    end = next((k for k, t in enumerate(run) if t.text == close), None)
    j = _at(toks, run[-1]) + 1
    nested = close == '"' and (sum(t.text == '"' for t in run) > 1 or (j < len(toks) and toks[j].text == '"'))
    if end is None or end >= len(run) - 1 or end < 2 or nested or run[end + 1].text == "(":
        return run  # a quote inside the title; "(with A and B)" after it is read with the title (its co-authors)
    rest = run[end:]
    # "” in Book ..." or "”, Journal 6(1)" goes on as a citation; "” is accepted to X" or "” wins a prize at Y" is news
    cited = not any(t.field == "venue" for t in toks) and (rest[1].text.lower() in ("in", ",", ".", ":")
                                                           or rest[1].text[:1].isupper())
    for t in rest:
        t.label = "venue" if cited and t.text[:1].isalnum() and t.text.lower() != "in" else "other"
    return run[:end]


def to_italic_venue(toks: Sequence[Token], run: list[Token]) -> list[Token]:
    """APA and its kin: "(2024). Title: subtitle, and more. *Journal*, 74(2)". A title the labeller cut short ("in
    China: Challenges ..." read as a venue, a wrapped line's last word as other) runs on, in plain text on its line
    or a wrapped one, to the full stop before the italic venue."""
    j = _at(toks, run[-1]) + 1
    k = j
    while k < len(toks) and k - j <= 30 and not (toks[k].italic and toks[k].field == "venue"):
        t = toks[k]
        if t.italic or t.href or t.field in ("author", "year", "link", "status", "award", "title") \
                or (t.line != toks[k - 1].line and not t.soft) or edited_volume_at(toks, k) is not None:
            return run  # ... nor over "In A. Editor (eds.)" before the book's title
        k += 1
    if k == j or k >= len(toks) or k - j > 30 or toks[k - 1].text != "." or run[0].italic or run[0].bold:
        return run
    if not any(t.text[:1].isalpha() for t in toks[j:k - 1]):
        return run
    for t in toks[j:k - 1]:
        t.label = "title"
    return [*run, *toks[j:k - 1]]


def second_title_a_venue(titles: list[list[Token]], run: list[Token], db) -> None:  # type: ignore[no-untyped-def]
    """An entry has one title: another "title" after it that the database knows as a venue by that very name is
    where the paper appeared ("(**Artificial Intelligence in Geosciences** | JCR Q1)", a bold venue read as a
    title)."""
    later = False
    for other in titles:
        if other is run:
            later = True
            continue
        if later and len(other) <= 12 and not any(t.href for t in other):
            vm = db.match(join_tokens(other))
            if vm.venue is not None and vm.method in ("exact", "alias"):
                for t in other:
                    field = "year" if YEAR.fullmatch(t.text) else "venue"
                    t.label = ("B-" if t.label.startswith("B-") else "") + field


def italic_in_title(toks: Sequence[Token], run: list[Token]) -> list[Token]:
    """"Title. *Medical Imaging with Deep Learning, Short Paper Track*.": a plain title read on past its full stop
    into the italic words after it; they are where the paper appeared (APA and its kin set the venue in italic), or,
    when authors follow, the start of the author list."""
    if run[0].italic or not run[-1].italic:
        return run
    k = len(run) - 1
    while k > 0 and run[k].italic:
        k -= 1
    if run[k].text != "." or k < 3 or any(t.italic for t in run[:k]):
        return run
    j = _at(toks, run[-1]) + 1
    if j < len(toks) and toks[j].field == "author":
        for t in run[k + 1:]:  # "Title. *Tyler A. Cochran, Bernhard Jobst*": the italic words open the author list
            t.label = "author"
        return run[:k + 1]
    for t in run[k + 1:]:
        t.label = "year" if YEAR.fullmatch(t.text) else "venue"
    while j < len(toks) and toks[j].italic and toks[j].field in ("other", "venue", "title"):
        toks[j].label = "year" if YEAR.fullmatch(toks[j].text) else "venue"  # the rest of the italic words
        j += 1
    return run[:k + 1]


def italic_after_title(toks: Sequence[Token], run: list[Token]) -> None:
    """"Title. *Phytopathology*. 113:1159": in an entry with no venue, the italic words right after the title's full
    stop are where it appeared (a one-word journal the database does not know by itself was left as other)."""
    if any(t.field == "venue" for t in toks) or run[0].italic:
        return
    j = _at(toks, run[-1]) + 1
    if j < len(toks) and toks[j].text == "." and toks[j].field == "other":
        j += 1
    elif run[-1].text != ".":
        return
    k = j
    while k < len(toks) and toks[k].italic and toks[k].field == "other" and not toks[k].href and k - j < 15:
        k += 1
    words = [t for t in toks[j:k] if t.text[:1].isalpha()]
    if not words or not words[0].text[:1].isupper() or (k < len(toks) and toks[k].italic) \
            or LINK_WORD.match(join_tokens(toks[j:k])):
        return
    for t in toks[j:k]:
        if t.text[:1].isalnum():
            t.label = "venue"


def words_after_linked_title(toks: Sequence[Token], run: list[Token]) -> None:
    """"Nilakantan AS, Bridge DJ (2018) [Title.](/pdfs/x.pdf) Neuropsychologia, 119: 101-106.": in an entry with no
    venue whose authors come before its linked title, the plain words right after the link, up to a number or the
    line's end, are where it appeared (read as more authors, or as other)."""
    if not run[-1].href or any(t.field == "venue" for t in toks):
        return
    start, j = _at(toks, run[0]), _at(toks, run[-1]) + 1
    if not any(t.field == "author" for t in toks[:start]):
        return
    while j < len(toks) and toks[j].href == run[-1].href:
        j += 1  # the rest of the link's text
    k = j
    while k < len(toks) and toks[k].line == run[-1].line and not toks[k].href and not toks[k].text[:1].isdigit() \
            and toks[k].text not in (",", ";", "(", "[") and toks[k].field not in ("year", "link") and k - j < 12:
        k += 1
    words = [t for t in toks[j:k] if t.text[:1].isalpha()]
    if not words or not words[0].text[:1].isupper() or LINK_WORD.match(join_tokens(toks[j:k])):
        return
    for t in toks[j:k]:
        if t.text[:1].isalnum():
            t.label = "venue"


_CUT_BEFORE_NUMBER = frozenset({"of", "and", "the", "or", "to"})
_NUMBER = lazy_compile(r"\d{1,3}|[IVX]{1,4}")


def number_after_title(toks: Sequence[Token], run: list[Token]) -> list[Token]:
    """"Agent-Based Models in Archaeology: Part 2 of 3. Adv. Archaeol. Pract. 7(2)": a title that would end with
    "of", "and", "the", "or" or "to" goes on with the number the labeller read as a volume ("Part 2 of 3",
    "Volume I and II")."""
    end = _at(toks, run[-1]) + 1
    if run[-1].text.lower() in _CUT_BEFORE_NUMBER and end < len(toks) and toks[end].line == run[-1].line \
            and _NUMBER.fullmatch(toks[end].text) and toks[end].field != "title":
        toks[end].label = "title"
        return [*run, toks[end]]
    return run


_GAP_MAX = 8  # tokens between two parts of a title: "Cu ( 111 ) at 925 K :"


def numbers_in_title(toks: Sequence[Token]) -> None:
    """"Reactive scattering of H2 on Cu(111) at 925 K: Effective Hartree potential", "“Breaking π-π Interactions in
    Monolayers on Rutile TiO2 (110) Leads to Unexpected Long-Range Ordering,”": a number in a title (a crystal
    face, a temperature, "(C1–C18)") read as a volume cuts the title in two on its line. A short gap of other and
    volume tokens holding a number, between two title runs on one line of one entry, is the title's; so is a bracket
    glued to a word of the title ("Si(100)") and all of a title opened by a quote mark up to its closing mark."""
    n, i = len(toks), 0
    while i < n:
        if toks[i].field != "title":
            i += 1
            continue
        j = i
        while j < n and toks[j].field == "title":
            j += 1
        k = j
        while k < n and k - j <= _GAP_MAX and toks[k].field in ("other", "volume") \
                and not toks[k].label.startswith("B-"):
            k += 1
        if i and (close := _OPENING.get(toks[i - 1].text)) and close != '"':
            # the title opened by a quote mark runs to its closing mark on its line, whatever the labeller read
            # inside ("“Frustrated etching during H/Si(111) methoxylation ...”": "during H/Si" read as authors)
            c = next((m for m in range(j, min(n, j + 40)) if toks[m].text in (close, toks[i - 1].text)
                      or toks[m].line != toks[i].line or toks[m].label.startswith("B-")), None)
            if c is not None and c > j and toks[c].text == close and toks[c].line == toks[i].line:
                for t in toks[j:c]:
                    t.label = "title"
                i = c + 1
                continue
        gap = toks[j:k]
        if not gap or not any(t.text[:1].isdigit() for t in gap) or any(t.href and not toks[i].href for t in gap) \
                or any(t.text in (".", ";") for t in gap):  # "Title. Pp. 221-250 in Book": the title ended
            i = j
            continue
        if k < n and toks[k].field == "title" and not toks[k].label.startswith("B-") and toks[i].line == toks[k].line:
            upto = k  # title, gap, title
        elif gap[0].text == "(" and not gap[0].space_before \
                and (c := next((m for m, t in enumerate(gap) if t.text == ")"), None)) is not None:
            upto = j + c + 1  # "Si(100)": a bracket glued to a word of the title is the word's
        else:
            i = j
            continue
        for t in toks[j:upto]:
            t.label = "title"
        i = j if upto > j else upto + 1  # the joined run may go on past the next gap


_NAME_JOINERS = frozenset({",", ".", "&", "and"}) | NAME_PARTICLES
_WITH_AFTER = frozenset({".", ",", "(", ")", "\"", "”", "’", "'", ":"})


def with_coauthors(toks: Sequence[Token]) -> None:
    """An entry that names no author but its co-authors after "with" ("[Title](arxiv) <br> With Uwe Nagel. (arXiv
    preprint)", "“Title” with Marina Girju and Erin Steffes, Journal ...", "<a><i>Title</i></a> with A. Lee (2002)"):
    the names after a "with" that starts a line or follows the title's end are its authors (the page's owner is
    not named; "(with A and B)" right after the title too). Names run to a full stop after a word (not an
    initial), a bracket, a lowercase word, a number, a change of style or a link to a paper's page."""
    if any(t.field == "author" for t in toks):
        return
    n = len(toks)
    for i, t in enumerate(toks):
        if t.text.lower() != "with" or t.href or i + 2 >= n:
            continue
        prev = toks[i - 1] if i else None
        if not (prev is None or prev.line != t.line or prev.text in _WITH_AFTER
                or ((prev.href or prev.italic or prev.bold) and not (t.italic or t.bold))):
            continue
        line_before = [x.text for x in toks[:i] if x.line == t.line]
        if line_before.count("(") > line_before.count(")") and prev is not None and prev.text != "(":
            continue  # "Title (commentary, with A and B)": the assembly reads a bracketed tail as a whole
        j, names = i + 1, []
        # co-authors' names often link to their own pages ("with <a href=site>Min Hee Go</a>"), not to a paper's
        while j < n and toks[j].line == t.line and not ((h := toks[j].href) and PAPER_PAGE.search(h)) \
                and (toks[j].italic, toks[j].bold) == (t.italic, t.bold):
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
        t.label = "other"
        for k in range(i + 1, j):
            toks[k].label = "author" if toks[k].text[:1].isalpha() or toks[k].text in (".", "&") else "other"
        while j > i + 1 and toks[j - 1].text in (",", "&", "and") and toks[j - 1].label == "author":
            j -= 1
            toks[j].label = "other"
        return


def cited_title(toks: Sequence[Token], runs: list[list[Token]]) -> list[Token] | None:
    """The first title run, not a heading's, that follows an author list on its line (punctuation between, or
    APA's year: "Vicovaro, M., ... & Spoto, A. (2025). A new Bayesian method ..."): a citation's title."""
    for run in runs:
        if any(t.tag == "heading" for t in run) or len(run) < 2:
            continue
        i = _at(toks, run[0]) - 1
        while i >= 0 and ((toks[i].field == "other" and not toks[i].text[:1].isalnum()) or toks[i].field == "year"):
            i -= 1
        if i >= 0 and toks[i].field == "author" and toks[i].line == run[0].line:
            return run
    return None


def venue_links(toks: Sequence[Token], db) -> None:  # type: ignore[no-untyped-def]
    """A link whose text opens with a venue the database knows by that name, then at most its volume, pages and
    year ("<a href=doi>Phys. Rev. E <b>99</b>, 022605 (2019)</a>", "[MNRAS](...) (2021)"), in an entry whose title
    is elsewhere and that names no other venue: the venue is the link's text, however the labeller read it (as a
    link word, or authors). A link word that is also a venue's name ("[SSRN]") stays a link word."""
    first_title = next((k for k, t in enumerate(toks) if t.field == "title"), None)
    if first_title is None:
        return
    venues = sum(t.field == "venue" for t in toks)
    n = len(toks)
    i = 0
    while i < n:
        href = toks[i].href
        j = i + 1
        while j < n and href and toks[j].href == href and toks[j].line == toks[i].line:
            j += 1
        if not href:
            i = j
            continue
        run = toks[i:j]
        titled_before = first_title < i  # the title is before the link, not in it
        venue_elsewhere = venues > sum(t.field == "venue" for t in run)
        if (titled_before or not any(t.field == "title" for t in run)) \
                and not LINK_WORD.match(join_tokens(run)) and not venue_elsewhere:
            marks = venue_marks(run, db)
            k = 0
            while k < len(run) and marks[k] in ("gB", "gI") and (k == 0 or marks[k] == "gI"):
                k += 1
            if not k and PAPER_PAGE.search(href) and any(t.text[:1].isdigit() for t in run) \
                    and run[0].text[:1].isupper() and run[0].text.isalpha():
                # a name the database does not know, then its volume and pages, as the text of the paper's DOI link
                # ("[Epidemics 15: 10-19.](doi)", "[Preventative Veterinary Medicine, 150: 52-59.](doi)")
                while k < len(run) and k < 12 and (run[k].text.isalpha() or run[k].text in (".", "&", "-")):
                    k += 1
                while k and not run[k - 1].text[:1].isalpha():
                    k -= 1
            rest = run[k:]
            if k and all(not t.text[:1].isalpha() or t.text.lower() in ("vol", "no", "pp", "p") for t in rest):
                venues += k - sum(t.field == "venue" for t in run)  # the count later links are asked against
                for t in run[:k]:
                    t.label = "venue"
                for t in rest:
                    if YEAR.fullmatch(t.text):
                        t.label = "year"
                    elif t.text[:1].isdigit() or t.text.lower() in ("vol", "no", "pp", "p"):
                        t.label = "volume"
                    else:
                        t.label = "other"
        i = j


def closing_year(toks: Sequence[Token], run: list[Token]) -> list[int]:
    """With no token read as a year: a year that closes the citation after its title ("..., pages 250-261. IEEE,
    2018."), read as a volume or as other; the year, not pages, when nothing but a stop or links follow it."""
    start = _at(toks, run[-1]) + 1
    for i in range(len(toks) - 1, start - 1, -1):
        t = toks[i]
        if t.field in ("link",) or t.text in (".", ")", "]", ",", ";"):
            continue
        if YEAR.fullmatch(t.text) and t.field in ("volume", "other", "publisher") \
                and not (i and toks[i - 1].text in ("-", "–", ":")) and 1900 <= int(t.text) <= LATEST_YEAR:
            return [int(t.text)]
        return []
    return []


def _title_gaps(toks: Sequence[Token]) -> None:
    """A title, a few words read as a year or venue, then more title, all the text of one link or one bold or italic
    run ("[Racial Disparities in Coronavirus Disease 2019 (COVID-19) Mortality ...](url)"): one title."""
    n = len(toks)
    i = 0
    while i < n:
        if toks[i].field != "title":
            i += 1
            continue
        j = _run_end(toks, i)
        k = j
        while k < n and k - j < 3 and not toks[k].label.startswith("B-") and (
                toks[k].field in ("year", "venue", "other")
                or (toks[k].field == "link" and not toks[k].text[:1].isalnum())):
            k += 1
        if j < k < n and toks[k].field == "title" and not toks[k].label.startswith("B-") \
                and any(t.field in ("year", "venue") for t in toks[j:k]) \
                and all(_same_run(toks[j - 1], t) for t in toks[j:k + 1]):
            for t in toks[j:k]:
                t.label = "title"
            continue  # the run goes on from i
        i = j


def _same_run(a: Token, b: Token) -> bool:
    """Two tokens of one link's text, or of one bold or italic run, on one line."""
    return a.line == b.line and ((a.href is not None and a.href == b.href)
                                 or (not a.href and not b.href and ((a.bold and b.bold) or (a.italic and b.italic))))


_COLUMN_FIELD = {"column-title": "title", "column-venue": "venue", "column-authors": "author"}


def _columns(toks: Sequence[Token]) -> None:
    """A table whose column names say what its cells hold ("| Title | Journal |") is read as they say."""
    for t in toks:
        field = _COLUMN_FIELD.get(t.tag)
        if field is None or t.link_word:
            continue
        if field == "venue" and YEAR.fullmatch(t.text):
            field = "year"
        t.label = ("B-" if t.label.startswith("B-") else "") + field


# words that open where a paper appeared, never its title ("**Presented at the 24th CILC**, 2009", "Accepted into
# the TYPES 2022 post-proceedings", "Proceedings of the 6th Workshop on ...", "To appear in ...")
_VENUE_LEAD = lazy_compile(r"(?:presented|accepted|published|appeared|to appear|appearing|forthcoming|submitted)"
                           r" (?:at|in|into|to|by|with)\b|(?:in )?proc(?:eedings|\.)? of\b|in proc(?:eedings|\.)?\b",
                           re.I)


def _venue_leads(toks: Sequence[Token]) -> None:
    """A "title" that opens with words saying where a paper appeared is that place, a venue: the labeller read a
    bold venue line as a title (and as a new entry) under an italic title."""
    n = len(toks)
    i = 0
    while i < n:
        if toks[i].field != "title" or (i and toks[i - 1].field == "title" and not toks[i].label.startswith("B-")):
            i += 1
            continue
        j = i + 1
        while j < n and toks[j].field == "title" and not toks[j].label.startswith("B-"):
            j += 1
        head = " ".join(t.text for t in toks[i:i + 4])
        if _VENUE_LEAD.match(head) and j - i >= 3:
            for t in toks[i:j]:
                t.label = "year" if YEAR.fullmatch(t.text) else "venue"
        i = j


_NAME_TOKEN = lazy_compile(r"^(?:[A-Z\u00c0-\u00de][\w'’\-]*|[a-z]{1,3}|\.|-)$")


def _last_author(toks: Sequence[Token]) -> None:
    """The name after an author list's last separator is its last author ("..., S. Misra, and A. Mtibaa.",
    "..., Tao Wei, Wenyuan Xu. In ..."), up to the punctuation that ends the list."""
    n = len(toks)
    i = 0
    while i < n:
        if toks[i].field != "author":
            i += 1
            continue
        j = _run_end(toks, i)
        k = j
        if k < n and toks[k].label == "other" and toks[k].text in (",", "&", "and", ";"):
            k += 1
            if k < n and toks[k].label == "other" and toks[k].text.lower() in ("and", "&"):
                k += 1
            m = k
            while m < n and m - k < 6 and toks[m].label == "other" and toks[m].line == toks[j].line \
                    and _NAME_TOKEN.match(toks[m].text) and not toks[m].href:
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
        i = max(j, i + 1)


_OPEN_ENDS = frozenset({"of", "the", "a", "an", "and", "or", "for", "in", "on", "with", "to", "via", "from", "by"})


def _run_to_line_end(toks: Sequence[Token]) -> None:
    """A title or author list runs to the end of its line: words left unlabelled after it there ("... knowledge
    [distillation]", "..., Min Zhang, [Dacheng Tao]") are its last words, not text of their own."""
    i, n = 0, len(toks)
    while i < n:
        field = toks[i].field
        j = i + 1
        if field in ("title", "author"):
            while j < n and toks[j].line == toks[i].line and toks[j].field == field:
                j += 1
            k = j
            while k < n and toks[k].line == toks[i].line and toks[k].label == "other" and not toks[k].href:
                k += 1
            tail = toks[j:k]
            if tail and (k == n or toks[k].line != toks[i].line) and len(tail) <= 4 \
                    and any(t.text[:1].isalpha() for t in tail) \
                    and all(t.text[:1].isalnum() or t.text in ",.-'’" for t in tail):
                for t in tail:
                    t.label = field
            elif field == "title" and toks[j - 1].text.lower() in _OPEN_ENDS and j < n and toks[j].line == toks[i].line:
                # a title cut after "on a" by a name-like last word ("... on a [Budget]" read as an author):
                # the title runs to the end of its line
                e = j
                while e < n and toks[e].line == toks[i].line and e - j < 3 and toks[e].field in ("author", "other"):
                    e += 1
                if e == n or toks[e].line != toks[i].line:
                    for t in toks[j:e]:
                        t.label = "title"
                    k = e
            j = max(j, k)
        i = j


def _line_span(toks: Sequence[Token], i: int) -> tuple[int, int]:
    """Where the line of toks[i] starts and ends in the block."""
    a, b = i, i
    while a and toks[a - 1].line == toks[i].line:
        a -= 1
    while b < len(toks) and toks[b].line == toks[i].line:
        b += 1
    return a, b


def _title_line_tail(toks: Sequence[Token]) -> None:
    """A line that opens with a title, then a few words read as the start of an author list that goes on over a
    line break ("- Calibrating Table QA with Abstention <br> **E. Vasquez**, H. Sato"): the author list starts on
    its own line and the words left on the title's line end the title. Not where the title's line wraps on (a
    soft break) or punctuation parts the title from the names."""
    n = len(toks)
    for i in range(1, n):
        t = toks[i]
        if t.field != "author" or toks[i - 1].field == "author" or toks[i - 1].line != t.line:
            continue
        a, b = _line_span(toks, i)
        if b >= n or toks[b].field != "author" or toks[b].soft or toks[a].field != "title" \
                or not all(x.field == "author" for x in toks[i:b]) or b - i > 3:
            continue
        k = a
        while k < i and toks[k].field == "title":
            k += 1
        if all(x.field == "other" and x.text[:1].isalpha() and not x.href for x in toks[k:i]) \
                and all(x.text[:1].isalnum() for x in toks[i:b]):
            for x in toks[k:b]:
                x.label = "title"


def _italic_venue_line(toks: Sequence[Token]) -> None:
    """A line set wholly in italics that holds a year or a venue, under an author list written in roman, is where
    the paper appeared ("*NeuIPS 2023*" under "**E. Vasquez**, H. Sato"): its opening words read as the last of
    the authors are the venue's."""
    n = len(toks)
    i = 0
    while i < n:
        a, b = _line_span(toks, i)
        i = b
        line = toks[a:b]
        if not a or not all(t.italic for t in line) or toks[a].field != "author" \
                or not any(t.field in ("venue", "year") for t in line):
            continue
        if not any(t.field == "author" and not t.italic and t.line != line[0].line for t in toks[:a]):
            continue
        k = a
        while k < b and toks[k].field == "author":
            toks[k].label = "venue"
            k += 1


def _bold_name(toks: Sequence[Token]) -> None:
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


def _leading_names(toks: Sequence[Token]) -> None:
    """An author-year citation whose names were left unlabelled ("Jan Moreau. 2019. Title. In ..."): where a block
    reads no authors, the name-shaped words that open it, up to a full stop or bracket before its year, are them."""
    if any(t.field == "author" for t in toks):
        return
    n = len(toks)
    j = 0
    while j < n and j < 30 and toks[j].field == "other" and toks[j].line == toks[0].line \
            and (_NAME_TOKEN.match(toks[j].text) or toks[j].text in (",", "&", "and")):
        j += 1
    k = j
    while k > 0 and toks[k - 1].text in (".", ",") and not (k >= 2 and re.fullmatch(r"[A-Z]", toks[k - 2].text)):
        k -= 1
    words = [t for t in toks[:k] if t.text[:1].isalpha() and t.text != "and"]
    if len(words) < 2 or not words[0].text[:1].isupper() or any(t.href for t in toks[:k]):
        return
    m = j
    if m < n and toks[m].text == "(":
        m += 1
    if not (m < n and toks[m].field == "year" and (j > k or toks[j - 1].text == "." or toks[m - 1].text == "(")):
        return
    if not any(t.field == "title" for t in toks[m:]):
        return
    for i, t in enumerate(toks[:k]):
        t.label = ("B-" if i == 0 and toks[0].label.startswith("B-") else "") + "author"


def _author_gaps(toks: Sequence[Token]) -> None:
    """A separator left unlabelled between two pieces of one author list on one line ("Bridge DJ, VanHaerents SA[,]
    Voss JL (2018)"): the list's own comma, so its names stay apart."""
    for i in range(1, len(toks) - 1):
        t = toks[i]
        if t.label == "other" and t.text in (",", ";", "&", "and") and toks[i - 1].field == "author" \
                and toks[i + 1].label == "author" and toks[i - 1].line == t.line == toks[i + 1].line:
            t.label = "author"


def _thesis_author(toks: Sequence[Token]) -> None:
    """"Adam L. Baskerville **PhD Thesis**, 2018" read as one venue in an entry with no authors: the names before the
    words naming the thesis (set apart from them) are its author."""
    if any(t.field == "author" for t in toks):
        return
    n = len(toks)
    for m, t in enumerate(toks):
        low = t.text.lower()
        if t.field != "venue" or low not in _THESIS_KIND or not m or toks[m - 1].field != "venue":
            continue
        beside = {toks[k].text.lower() for k in (m - 1, m + 1) if 0 <= k < n}
        if not (low in ("thesis", "dissertation") or beside & {"thesis", "dissertation"}):
            continue
        i = m
        while i and toks[i - 1].field == "venue":
            i -= 1
        names = toks[i:m]
        words = [x for x in names if x.text[:1].isalpha()]
        if len(words) < 2 or not all(_NAME_TOKEN.match(x.text) for x in names) \
                or not words[0].text[:1].isupper() or names[-1].span == t.span:
            return
        for x in names:
            x.label = "author"
        k = m
        while k < n and toks[k].field == "venue" and toks[k].span == t.span:
            toks[k].label = "other"
            k += 1
        return


# "Authors: A, B", "**Venue:** Journal of X", "- Year: 2024": a line that names its field, as a table's header names
# its columns (pages written as one heading per paper and a list of its fields)
_FIELD_KEYS = {"author": "author", "authors": "author", "co-authors": "author", "coauthors": "author", "by": "author",
               "title": "title", "venue": "venue", "journal": "venue", "conference": "venue", "proceedings": "venue",
               "booktitle": "venue", "published in": "venue", "publication": "venue",
               "year": "year", "date": "year", "status": "status",
               # the same keys in the other languages pages are written in (Portuguese, Spanish, French, German,
               # Italian)
               "título": "title", "titulo": "title", "titre": "title", "titel": "title", "titolo": "title",
               "autores": "author", "autor": "author", "auteurs": "author", "auteur": "author", "autoren": "author",
               "autori": "author", "autore": "author",
               "revista": "venue", "periódico": "venue", "evento": "venue", "congresso": "venue", "congreso": "venue",
               "anais": "venue", "actas": "venue", "zeitschrift": "venue", "rivista": "venue", "événement": "venue",
               "ano": "year", "año": "year", "année": "year", "jahr": "year", "anno": "year", "data": "year",
               "fecha": "year", "datum": "year"}
AUTHOR_KEYS = frozenset(k for k, field in _FIELD_KEYS.items() if field == "author")


def _keyed_fields(toks: Sequence[Token]) -> None:
    """A line that opens with a field's name and a colon ("Authors:", "Journal:", "Year:") holds that field. Where
    a block has such lines, its other named lines ("Theme:", "Official link:") hold no title and no authors."""
    n = len(toks)
    lines: list[tuple[int, int, int, str | None]] = []  # start, colon, end, field
    i = 0
    while i < n:
        j = i
        while j < n and toks[j].line == toks[i].line:
            j += 1
        colon = next((k for k in range(i, min(j, i + 5)) if toks[k].text in (":", "：")), None)
        if colon is not None and colon > i and colon + 1 < j and toks[i].text[:1].isalpha():
            key = " ".join(t.text for t in toks[i:colon] if t.text[:1].isalnum() or t.text == "-").lower()
            lines.append((i, colon, j, _FIELD_KEYS.get(key.replace(" - ", "-"))))
        i = j
    if not any(field for *_, field in lines):
        return
    for start, colon, end, field in lines:
        for t in toks[start:colon + 1]:
            t.label = ("B-" if t.label.startswith("B-") else "") + "other"
        for t in toks[colon + 1:end]:
            if field is None:
                if t.field in ("title", "author"):
                    t.label = "other"
                continue
            if t.link_word or t.field == "link":
                continue
            f = field
            if field == "year":
                f = "year" if YEAR.fullmatch(t.text) else "other"
            elif field == "venue" and YEAR.fullmatch(t.text):
                f = "year"
            elif not t.text[:1].isalnum() and field != "author":
                f = "other" if t.text not in ("(", ")", "&", "-", "–", ":", "'", "’") else field
            t.label = f


def _thesis_words(toks: Sequence[Token]) -> None:
    """"Adam L. Baskerville **PhD Thesis**, 2018": the words naming a thesis, read with the author list, say what
    the paper is; they are no author's name ("PhD", "MA", "MSc" only beside "Thesis" or "Dissertation")."""
    n = len(toks)
    for i, t in enumerate(toks):
        low = t.text.lower()
        if t.field != "author" or low not in _THESIS_KIND:
            continue
        beside = {toks[k].text.lower() for k in (i - 1, i + 1) if 0 <= k < n}
        if low in ("thesis", "dissertation") or beside & {"thesis", "dissertation"}:
            t.label = ("B-" if t.label.startswith("B-") else "") + "other"


_THESIS_KIND = THESIS_WORDS | {"ph.d", "ma", "masters", "bachelor's", "senior", "honours", "honors"}


def _last_author_in_title(toks: Sequence[Token]) -> None:
    """"Weiping Hu, **Fei Shen**, Qingchun Meng. Title ...": a title that opens, right after an author list and its
    comma, with a name and a full stop begins with the list's last author (the name was read into the title)."""
    n = len(toks)
    for i in range(2, n):
        t = toks[i]
        if t.field != "title" or toks[i - 1].field == "title" or toks[i - 1].text not in (",", "and", "&") \
                or toks[i - 2].field != "author" or toks[i - 2].line != t.line:
            continue
        j = i
        while j < n and j - i < 5 and toks[j].field == "title" and toks[j].line == t.line \
                and _NAME_TOKEN.match(toks[j].text) and toks[j].text != ".":
            j += 1
        words = [x for x in toks[i:j] if x.text[:1].isalpha()]
        if 1 <= len(words) <= 4 and all(w.text[:1].isupper() for w in words) and j + 1 < n and toks[j].text == "." \
                and toks[j].field == "title" and toks[j + 1].field == "title" and toks[j + 1].text[:1].isupper():
            for x in toks[i:j]:
                x.label = "author"
            toks[j].label = "other"


def _names_open_title(toks: Sequence[Token]) -> None:
    """"Lena Okafor, Jan Moreau. Tidal mixing ..." read as one title in a block with no authors: names parted by
    commas (or "and", "&"), each of two to four capitalised words or initials, then a full stop and a capitalised
    word, open the title; they are the author list and the full stop ends it."""
    if any(t.field == "author" for t in toks):
        return
    n = len(toks)
    for i, t in enumerate(toks):
        if t.field != "title" or (i and toks[i - 1].field == "title" and toks[i - 1].line == t.line):
            continue
        j, names, size = i, 0, 0
        while j < n and toks[j].field == "title" and toks[j].line == t.line:
            w = toks[j].text
            if w in (",", "&", "and"):
                if not 2 <= size <= 4:
                    break
                names, size = names + 1, 0
            elif w == "." and not (j > i and re.fullmatch(r"[A-Z]", toks[j - 1].text)):
                break  # the full stop after a word: the list ends
            elif w != "." and not (w[:1].isupper() and _NAME_TOKEN.match(w)):
                size = -99  # not a name
                break
            elif w != ".":
                size += 1
            j += 1
        if not (2 <= size <= 4 and names >= 1 and j + 1 < n and toks[j].text == "." and toks[j].field == "title"
                and toks[j + 1].field == "title" and toks[j + 1].text[:1].isupper()):
            return
        for x in toks[i:j]:
            x.label = ("B-" if x.label.startswith("B-") else "") + "author"
        toks[j].label = "other"
        toks[j + 1].label = "title"
        return


def _first_surname(toks: Sequence[Token]) -> None:
    """"| Giorgi, E. E.; Solivella, G. R.; ...": an author list that opens with initials or a given name right after
    "Surname," (surname first, as the rest of the list) starts with that surname (it was read as other)."""
    for i in range(2, len(toks)):
        t = toks[i]
        if t.field != "author" or toks[i - 1].field == "author" or toks[i - 1].text != ",":
            continue
        s = toks[i - 2]
        before = toks[i - 3] if i >= 3 else None
        if s.field == "other" and s.line == t.line and s.text[:1].isupper() and s.text.isalpha() and len(s.text) > 1 \
                and (before is None or before.line != s.line or not before.text[:1].isalnum()) \
                and any(x.text == ";" or (x.text == "," and x.field == "author") for x in toks[i:i + 12]):
            s.label = ("B-" if s.label.startswith("B-") else "") + "author"
            toks[i - 1].label = "author"


# a note on the authors' order or roles, in brackets between the fields ("(alphabetical order)", "(*equal
# contribution)", "(† corresponding author)")
_AUTHOR_NOTE = lazy_compile(r"\W*(?:(?:authors?\s+(?:listed\s+)?in\s+)?alphabetical(?:\s+order)?|"
                            r"(?:in\s+)?random\s+order|equal(?:ly)?\s+contribut\w*|co-?first\s+authors?|"
                            r"joint\s+first\s+authors?|"
                            r"corresponding\s+authors?)\W*", re.I)


def _author_notes(toks: Sequence[Token]) -> None:
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
                x.label = ("B-" if x.label.startswith("B-") else "") + "other"


_EDITOR_WORDS = frozenset({"ed", "eds", "editor", "editors", "hrsg", "hg", "coord", "coords", "org", "orgs", "dir",
                           "dirs", "éd", "éds"})
_NAME_MARKS = frozenset({",", "&", "and", ".", "-", "'", "’"})
_EDITORS_SPAN = 40  # tokens from "In" to the editors' bracket: a few names with their initials


def edited_volume_at(toks: Sequence[Token], i: int) -> tuple[int, int, int] | None:
    """Whether toks[i] opens "In A. Editor & B. Editor (eds.)": where the editors' names start, the index of the
    bracket that opens "(eds.)" and of the one that closes it."""
    if toks[i].text not in ("In", "in") or (toks[i].text == "in" and i and toks[i - 1].text not in (".", ",")):
        return None
    start = i + 1 + (i + 1 < len(toks) and toks[i + 1].text == ":")
    for k in range(start, min(len(toks) - 2, start + _EDITORS_SPAN)):
        t = toks[k]
        if t.text == "(":
            word = toks[k + 1].text.lower().rstrip(".")
            close = k + 2 + (toks[k + 2].text == ".")
            if word in _EDITOR_WORDS and k > start and close < len(toks) and toks[close].text == ")":
                return start, k, close
            return None
        if not (t.text[:1].isupper() or t.text in _NAME_MARKS or t.text.lower() in NAME_PARTICLES):
            return None  # a word that is no part of a name: "In this paper ...", "In press"
    return None


def editors_by_at(toks: Sequence[Token], i: int) -> tuple[int, int] | None:
    """Whether toks[i] opens "ed. by A. Editor and B. Editor", "edited by ...", "eds. ..." (after the book's title):
    where the names start and where they end (exclusive)."""
    word = toks[i].text.lower()
    if word not in ("ed", "eds", "edited") or not i or toks[i - 1].text not in (",", ".", "("):
        return None
    j = i + 1
    if word != "edited":
        if j >= len(toks) or toks[j].text not in (".", "by"):
            return None  # "Ed H. Chi" is a name; "ed." or "ed by" says what follows
        j += toks[j].text == "."
    if j < len(toks) and toks[j].text == "by":
        j += 1
    elif word == "edited" or (j < len(toks) and not toks[j].text[:1].isupper()):
        return None  # "Corradetti and Rotondi, eds., *Book*": the editors were before
    start = end = j
    while end < len(toks) and end - start < _EDITORS_SPAN and (
            toks[end].text[:1].isupper() or toks[end].text in _NAME_MARKS or toks[end].text in ("et", "al")
            or toks[end].text.lower() in NAME_PARTICLES):
        end += 1
    while end > start and toks[end - 1].text in (",", ".", "-", "&", "and"):
        end -= 1
    if sum(1 for t in toks[start:end] if t.text[:1].isupper()) < 2:
        return None
    return start, end


def _edited_volume(toks: Sequence[Token]) -> None:
    """"Title. In A. Editor & B. Editor (eds.), *The Book*, pp. 91-103": a chapter of an edited book, as APA, Chicago
    and the humanities write it. "In", the editors and "(eds.)" are neither the paper's title nor its authors, nor
    the start of another entry (the labeller read the editors as the next entry's authors); the book's title after
    them is where the paper appeared, its venue. Editors named after the book ("*Book*, ed. by A. Editor") are
    neither either."""
    i, n = 0, len(toks)
    while i < n:
        if (names := editors_by_at(toks, i)) is not None:
            for t in toks[i:names[1]]:  # "*Proceedings of ...*, ed. by A. Editor and B. Editor. 522-535"
                t.label = "other"
            i = names[1]
            continue
        span = edited_volume_at(toks, i)
        if span is None:
            i += 1
            continue
        close = span[2]
        for t in toks[i:close + 1]:
            t.label = "B-other" if t is toks[i] and t.label.startswith("B-") and t.field != "author" else "other"
        j = close + 1
        while j < n and toks[j].text in (",", ":", "."):
            j += 1
        end = j
        if j < n and toks[j].italic:
            while end < n and toks[end].italic and toks[end].line == toks[j].line:
                end += 1  # the book's title in italic
        else:
            while end < n and toks[end].text not in ("(", ".", ";") and toks[end].line == toks[j].line:
                end += 1
        for t in toks[j:end]:
            if t.field in ("title", "author", "other", "venue", "publisher"):
                t.label = "venue"
        i = max(end, i + 1)
