"""Repairs of the other fields: venues (an italic venue line, a venue written as a link's text, words that say where
a paper appeared), fields named by a key or a table's column, thesis kinds, chapters of edited books."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

from ...lazyre import lazy_compile
from ...text import CJK_CHAR, CJK_DATE, CJK_NAME, YEAR_MONTH
from ...venues import COINED_NAME, parse_venue
from ..features import (
    MONTHS,
    PUB_WORDS,
    STATUS_WORDS,
    THESIS_WORDS,
    VOL_WORDS,
    YEAR,
    YEAR_ISSUE,
    Token,
    as_read,
    join_tokens,
)
from ..labeller import venue_marks
from ..segment import list_number
from ..vocab import FIELD_NAMES, LINK_WORD, NAME_PARTICLES, PAPER_PAGE, QUOTE_CLOSES
from .spans import (
    THESIS_KIND,
    entry_runs,
    entry_span,
    entry_spans,
    index_of,
    line_span,
    lines,
    runs,
    status_only,
    whole_link,
)


def to_italic_venue(toks: Sequence[Token], run: list[Token]) -> list[Token]:
    """APA and its kin: "(2024). Title: subtitle, and more. *Journal*, 74(2)". A title the labeller cut short ("in
    China: Challenges ..." read as a venue, a wrapped line's last word as other) runs on, in plain text on its line
    or a wrapped one, to the full stop before the italic venue."""
    j = index_of(toks, run[-1]) + 1
    i = index_of(toks, run[0])
    if i and j < len(toks) and toks[j].text == QUOTE_CLOSES.get(toks[i - 1].text):
        return run  # '"Título" [Title]. *Book*': a quoted title ends at its closing mark
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


def second_title_a_venue(toks: Sequence[Token], titles: list[list[Token]], run: list[Token], db) -> None:  # type: ignore[no-untyped-def]
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
            # ... or that a journal's numbers follow, as a citation writes them ('"Title," Public Management Review,
            # vol. 24, no. 1'): the database need not know it, unless a quote mark in it shows a title's end
            end = index_of(toks, other[-1]) + 1
            if (vm.venue is not None and vm.method in ("exact", "alias")) \
                    or (other[0].text[:1].isupper() and end < len(toks) and toks[end].text == ","
                        and not any(t.text in _QUOTE_MARKS for t in other)
                        and not any(t.field == "venue" for t in toks) and cited_numbers(toks, end)):
                for t in other:
                    field = "year" if YEAR.fullmatch(t.text) else "venue"
                    t.relabel(field)


BOOK_NUMBER_WORDS = frozenset({"ISBN", "ISSN", "isbn", "issn", "ISBN-13", "ISBN-10", "e-ISBN", "eISBN"})
_NUMBER_PART = lazy_compile(r"[\dXx\-–]+")


def book_numbers(toks: Sequence[Token]) -> None:
    """"Title, ISBN 978-88-32158-49-6", "(ISBN: 978-989-35215-1-9)": a book's number is no part of a title, a venue or
    a publisher's name (the assembly reads it from the entry's text into the record's isbn); the labeller ran it
    into whatever field was before it, or read it as a second title."""
    n = len(toks)
    for i, t in enumerate(toks):
        if t.text not in BOOK_NUMBER_WORDS:
            continue
        j = i + 1
        if j < n and toks[j].text == ":" and toks[j].line == t.line:
            j += 1
        k = j
        while k < n and toks[k].line == t.line and _NUMBER_PART.fullmatch(toks[k].text) \
                and (k == j or not toks[k].space_before or toks[k - 1].text in "-–"):
            k += 1
        if not any(x.text[:1].isdigit() for x in toks[j:k]):
            continue
        for x in toks[i:k]:
            x.relabel("other")


# a venue's acronym the database may not know, then its year: "TCST 2026", "L4DC'24" (not a word in capitals: "NEW")
_ACRONYM_YEAR = lazy_compile(r"(?!(?:NEW|HOT|TOP|PDF|CODE|ORAL|POSTER|DEMO|BEST)\b)[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9\-]*"
                             r"\s*['’]?\s*(?:19|20)?\d\d")


def _names_a_known_venue(toks: Sequence[Token], i: int, db) -> bool:  # type: ignore[no-untyped-def]
    """Whether the entry from toks[i] on has a run read as the venue that the database knows."""
    rest = toks[i:entry_span(toks, i, i + 1)[1]]
    return any(db.match(join_tokens(rest[a:b])).venue is not None for a, b in runs(rest, "venue"))


def leading_tag(toks: Sequence[Token], db) -> None:  # type: ignore[no-untyped-def]
    """"- **[VLDB 24] Oasis: An Optimal Disjoint ...**", "- [SenSys'26] Liu, B., ... **mTrack: ...**": a square
    bracket that opens a line, holding a venue the database knows by that name and at most a year and a word or two
    after it ("[MobiSys'25 Demo]"), or an acronym and a year ("[TCST 2026]"), is the paper's venue tag, and the
    paper starts at it: the labeller read the tag as an entry of its own, or ran it into the title or the authors
    after it. A bracket that holds a link word ("[[Paper]]") or anything else ("[1]", "[Oral]") is left as read."""
    n = len(toks)
    for i, t in enumerate(toks):
        if t.href and not (i and toks[i - 1].line == t.line):
            _linked_tag_line(toks, i, db)
            continue
        if t.text != "[" or t.href or (i and toks[i - 1].line == t.line):
            continue
        c = next((k for k in range(i + 1, min(n, i + 7)) if toks[k].text == "]"), None)
        if c is None or c == i + 1 or c + 1 >= n or toks[c].line != t.line:
            continue
        inner = toks[i + 1:c]
        if any(x.link_word for x in inner) or not inner[0].text[:1].isalpha():
            continue
        tag = join_tokens(inner)
        m = db.match(tag)
        known = m.venue is not None and m.method in ("exact", "alias")
        # an acronym the database does not know, and its year: the venue only when the entry names no other
        # ("[COMNET'14] Authors. Title. <i>Computer Networks</i>, 2014" names it in full)
        if not known and (not _ACRONYM_YEAR.fullmatch(tag) or _names_a_known_venue(toks, c + 1, db)):
            continue
        started = any(x.label.startswith("B-") for x in toks[i:c + 2])
        toks[i].label = ("B-" if started or i == 0 else "") + "other"
        for x in inner:
            x.label = "venue" if not (x.text.isdigit() and len(x.text) == 2) else "volume"
        toks[c].label = "other"
        toks[c + 1].label = toks[c + 1].field  # the paper started at the bracket: no second start after it


def _linked_tag_line(toks: Sequence[Token], i: int, db) -> None:  # type: ignore[no-untyped-def]
    """"[IEEE EuroS&P'24](eprint) <br> **Title** <br> with ...", "[PKC'23](pdf)" over the title's line: a link
    that is a line of its own above the rest of the entry, whose text is a venue the database knows by that name and
    its year (or an acronym and a year, when the entry names no other venue), is the paper's venue tag: the labeller
    ran it into the title below it."""
    n = len(toks)
    j = i + 1
    while j < n and toks[j].href == toks[i].href and toks[j].line == toks[i].line:
        j += 1
    if j >= n or toks[j].line == toks[i].line or j - i > 6 or any(x.link_word for x in toks[i:j]) \
            or not any(x.field == "title" for x in toks[i:j]) or toks[j].field != "title":
        return  # only a short link the labeller ran into the title on the next line (asked before any lookup)
    tag = join_tokens(toks[i:j])
    m = db.match(tag)
    if not (m.venue is not None and m.method == "alias" and m.parse.year is not None) \
            and not (_ACRONYM_YEAR.fullmatch(tag) and not _names_a_known_venue(toks, j, db)):
        return
    started = any(x.label.startswith("B-") for x in toks[i:j + 1])
    for x in toks[i:j]:
        x.label = "venue"
    if started or i == 0:
        toks[i].label = "B-venue"
    toks[j].label = toks[j].field


def code_tag(toks: Sequence[Token], db) -> None:  # type: ignore[no-untyped-def]
    """"- ``IEEE Transactions on Multimedia`` [Title](url), **A. Lee**, B. Kim", "``Work in Progress`` [Title](url)",
    "``ACL 2024 (Findings)`` ``Model Architecture`` [Title](url)": the code spans that open a line before its other
    words are tags (AcadHomepage's badges), none of the title or authors the labeller ran them into: a venue the
    database knows or an acronym and its year (the paper's venue), a status, or a note (a topic). The paper starts at
    the first; a link right after them, of two words or more, is its title when nothing else of the entry is."""
    n = len(toks)
    i = 0
    while i < n:
        t = toks[i]
        if t.tag != "code" or (i and toks[i - 1].line == t.line):
            i += 1
            continue
        tags: list[tuple[int, int]] = []  # each code span's tokens, one after another
        j = i
        while j < n and toks[j].tag == "code" and toks[j].line == t.line:
            k = j + 1
            while k < n and toks[k].tag == "code" and toks[k].span == toks[j].span:
                k += 1
            tags.append((j, k))
            j = k
        if j >= n or toks[j].line != t.line or (not toks[j].text[:1].isalnum() and toks[j].text not in "[(“\"'"):
            i = j
            continue
        started = any(x.label.startswith("B-") for x in toks[i:j + 1])
        for a, b in tags:
            _read_tag(toks[a:b], db)
        toks[i].label = ("B-" if started or i == 0 else "") + toks[i].field
        toks[j].label = toks[j].field  # the paper started at its first tag: no second start after it
        href = toks[j].href
        k = j
        while k < n and toks[k].href == href and toks[k].line == t.line:
            k += 1
        words = [x for x in toks[j:k] if x.text[:1].isalnum()]
        if href and len(words) >= 2 and not any(x.link_word for x in toks[j:k]) \
                and not any(x.field == "title" for x in toks[k:entry_span(toks, j, k)[1]]):
            for x in toks[j:k]:
                x.relabel("title")
        _joins_next(toks, j)
        i = j


def _joins_next(toks: Sequence[Token], j: int) -> None:
    """"- `ACM CCS'26` **Title** [PDF]" over its authors and venue on lines of their own: an entry the labeller
    started on the next line, with no title and no tag of its own, is this paper's rest (the tag read as a venue
    left the title's line a whole paper, the lines under it another with no title)."""
    _, end = entry_span(toks, j, j + 1)
    if end >= len(toks) or toks[end].line == toks[end - 1].line or toks[end].tag == "code":
        return
    _, after = entry_span(toks, end, end + 1)
    if any(t.field == "title" for t in toks[end:after]) or not any(t.field == "title" for t in toks[j:end]):
        return
    toks[end].label = toks[end].field


def _read_tag(tag: Sequence[Token], db) -> None:  # type: ignore[no-untyped-def]
    """The tokens of one badge labelled as what it says (see code_tag)."""
    text = join_tokens(tag)
    if _STATUS_BRACKET.fullmatch(text) or text.lower() == "work in progress":
        field = "status"
    elif db.match(text).venue is not None or _ACRONYM_YEAR.search(text) \
            or (YEAR.search(text) and any(x.text[:1].isupper() for x in tag)):  # "ICLR 2026 & Technical Report"
        field = "venue"  # (a name and a year: "IEEE Cyber 2024")
    else:
        field = "other"
    for x in tag:
        x.relabel("year" if YEAR.fullmatch(x.text) and field in ("venue", "other") else field)  # "`2022` **[Title]**"


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
            if not k and not any(t.field == "title" for t in run) \
                    and whole_venue(join_tokens(run), db, field=titled_before and bool(PAPER_PAGE.search(href))):
                # "[Oecologia](https://link.springer.com/...)": the link's whole text names a venue; after the title,
                # as the text of the paper's own DOI or publisher link, a journal named by a common word too
                # ("(2022), [Viruses](https://doi.org/...)", "[Gut](...)")
                k = len(run)
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


def award_line(toks: Sequence[Token]) -> None:
    """A title run on lines of its own that is an award and nothing else ("**[2017 Winner of the Most Influential PLDI
    Paper Award](...)**" under a paper): an award, no title and no entry's start. So is a line of venue and award
    words ("**2024 Runner-Up for Best Paper Award**" over an APA citation: the citation's own venue is the paper's),
    which may still open the entry."""
    n = len(toks)
    for s, e in lines(toks):
        line = toks[s:e]
        if any(t.field == "venue" for t in line) and any(t.field == "award" for t in line) \
                and all(t.field in ("venue", "award", "year", "other") for t in line):
            parsed = parse_venue(join_tokens(line))
            if parsed.awards and parsed.text.strip(" .,:;").lower() in _AWARD_LEFT:
                for t in line:
                    if t.field == "venue":
                        t.relabel("award")
    for i, j in list(runs(toks, "title")):
        last = next((t.text.lower() for t in reversed(toks[i:j]) if t.text[:1].isalnum()), "")
        if last not in AWARD_WORDS and last not in _AWARD_LEFT:
            continue  # an award's name ends with "Award" or "Prize" (or "Winner": "2024 Vanguard Award Winner")
        a = i
        while a > 0 and toks[a - 1].line == toks[i].line and not toks[a - 1].text[:1].isalnum():
            a -= 1
        b = j
        while b < n and toks[b].line == toks[j - 1].line and not toks[b].text[:1].isalnum():
            b += 1
        if (a and toks[a - 1].line == toks[i].line) or (b < n and toks[b].line == toks[j - 1].line):
            continue  # words of another field on its lines
        parsed = parse_venue(join_tokens(toks[i:j]))
        if parsed.awards and parsed.text.strip(" .,:;").lower() in _AWARD_LEFT:
            for t in toks[i:j]:
                t.label = "award"


def award_note(toks: Sequence[Token]) -> None:
    """"... In *Proceedings of CogSci*, Sapporo, Japan. (**Student Travel Award (Top 3%)**, with 21 awards out of 798
    contributions, presented by P. Plummer)": words in brackets after the entry's title that name an award, read as
    a second title, are a note on the award (two titles made the entry none)."""
    for s, e in entry_spans(toks):
        first = next((k for k in range(s, e) if toks[k].field == "title"), None)
        if first is None:
            continue
        k = first + 1  # (a bracket after the first title's first word: the title is before it)
        while k < e:
            if toks[k].text != "(" or toks[k].field == "title":
                k += 1
                continue
            depth, c = 0, k
            while c < e and c - k <= 60:
                depth += (toks[c].text == "(") - (toks[c].text == ")")
                if depth == 0:
                    break
                c += 1
            inside = toks[k + 1:c]
            if c < e and depth == 0 and any(t.field == "title" for t in inside) \
                    and any(t.text.lower() in AWARD_WORDS for t in inside):
                for t in inside:
                    if t.field == "title":
                        t.relabel("award")
            k = c + 1


AWARD_WORDS = frozenset({"award", "awards", "prize"})
_AWARD_LEFT = frozenset({"", "winner", "recipient", "received", "won", "nominee", "finalist"})  # parse_venue leaves


def title_read_as_venue(toks: Sequence[Token], db) -> None:  # type: ignore[no-untyped-def]
    """"<a href=...>Worlds are Pluralities</a> (2024). <em>Australasian Journal of Philosophy</em> 102: 221-231.",
    'M. Zhang, Y. Li, and C. Zhong, "Joint Compression for Federated Learning," IEEE Trans. Mob. Comput., vol. 23':
    an entry with no title, whose first venue is set apart as a whole (a link's whole text, or a quotation's), names
    no venue the database knows and comes before a second venue: it is the title (the labeller read it as the venue
    it usually follows: on a page of one author's papers, which names no authors, or after an IEEE-style list). So is
    a plain first venue after the authors or the year before an italic second one ('Lee, A. (2020). Title ... 2011.
    _Journal_, 46(138).'), with the words read as nothing between it and the stops around it."""
    if any(t.field == "title" for t in toks):
        return
    venues = list(islice(runs(toks, "venue"), 2))
    if len(venues) < 2:
        return
    i, j = venues[0]
    first, second = toks[i:j], toks[slice(*venues[1])]
    # ... or a plain run after the authors (a name of two words at least: "Energiebündel." is none) or the year of an
    # author-year style, before an italic one: the styles set the journal in italics, never the article's title
    # ('Cantillan, R. (2020). Centralidad de actores ... el año 2011. _Revista EURE_, 46(138).', read as two venues)
    plain = len(first) >= _PLAIN_TITLE_WORDS and not any(t.italic or t.bold or t.href for t in first) \
        and (all(t.italic for t in second) or _known_venue(join_tokens(second), db)) \
        and _after_citation_head(toks, i, ("year", "status"))
    if len(first) < 2 or (any(t.field not in ("author", "other") for t in toks[:i]) and not plain) \
            or any(t.line != first[0].line for t in first) \
            or not (whole_link(toks, i, j) or _quoted(toks, i, j) or plain) or whole_venue(join_tokens(first), db):
        return
    if plain:  # the title runs on to the stop before the journal ("... el año 2011. _Revista EURE_": its last word)
        end = venues[1][0]
        while end > j and toks[end - 1].text in (".", ",", ":", ";"):
            end -= 1
        if all(t.field in ("year", "other") and t.line == first[0].line for t in toks[j:end]):
            first = toks[i:end]
        # and opens after the stop that ends the year or the authors ("(2017). Conference Report: European R Users
        # Meeting 2016. *The R Journal*": its first words read as nothing)
        start = i
        while start > 0 and toks[start - 1].field == "other" and toks[start - 1].line == toks[i].line \
                and toks[start - 1].text not in (".", ")", "]", ",") and not toks[start - 1].href:
            start -= 1
        if start < i and toks[start].text[:1].isupper():
            first = [*toks[start:i], *first]
    for k, t in enumerate(first):
        t.label = "B-title" if k == 0 else "title"


_PLAIN_TITLE_WORDS = 4  # a plain run read as a venue is a title when it has this many tokens at least


def italic_title_before_comma(toks: Sequence[Token], db) -> None:  # type: ignore[no-untyped-def]
    """The AMS styles (amsplain, amsalpha: mathematics' own): "A. Lee and B. Kim, *Widget groups*, J. Algebra **20**
    (2023), 1–24.", "*Widget rings*, Journal of Pure Widgets **2** (2021), 3–14.", "*Profinite widgets*, preprint,
    arXiv:2301.01234": the title in italics and closed by a comma, the journal plain after it. In an entry with no
    title, a wholly italic venue run of two words or more at its opening or right after its authors, closed by a
    comma and naming no venue the database knows, is the title when a plain venue follows it (another venue run not
    in italics, or plain capitalised words after the comma, read as nothing, up to the volume or year: then they are
    the venue) or a preprint's word does ("preprint", "arXiv", "submitted")."""
    if any(t.field == "title" for t in toks):
        return  # (a title read anywhere in the entry: the italics are its venue)
    for a, e in entry_spans(toks):
        i = next((k for k in range(a, e) if toks[k].field == "venue"), e)
        if i == e or any(t.field != "author" and t.text[:1].isalnum() and t.tag != "heading" for t in toks[a:i]):
            continue
        j = i
        while j < e and toks[j].field == "venue" and toks[j].line == toks[i].line:
            j += 1
        if j >= e or toks[j].text != "," or not all(t.italic for t in toks[i:j]) \
                or sum(t.text[:1].isalpha() for t in toks[i:j]) < 2 or whole_venue(join_tokens(toks[i:j]), db):
            continue
        if j + 1 < e and toks[j + 1].text[:1].isdigit():
            continue  # "*Revista Latina*, 83, 1–40": a journal's volume after its comma (APA), no title's journal
        k = j + 1
        plain = []
        while k < e and toks[k].field in ("other", "venue") and not toks[k].italic and toks[k].text not in (",", "(") \
                and toks[k].line == toks[j].line:
            plain.append(toks[k])
            k += 1
        later_venue = any(t.field == "venue" and not t.italic and t.line == toks[j].line for t in toks[j:e])
        preprint = bool(plain) and plain[0].text.lower() in _AMS_PREPRINT
        named = bool(plain) and plain[0].text[:1].isupper() and all(t.field == "other" for t in plain) \
            and k < e and (toks[k].field in ("volume", "year") or toks[k].text == "(")
        if not (later_venue or preprint or named):
            continue
        toks[i].label = "B-title" if toks[i].label.startswith("B-") else "title"
        for t in toks[i + 1:j]:
            t.label = "title"
        if named and not later_venue and not preprint:
            for t in plain:
                t.label = "venue"


_AMS_PREPRINT = frozenset({"preprint", "arxiv", "submitted", "e-print", "eprint"})


def _after_citation_head(toks: Sequence[Token], i: int, dated: tuple[str, ...]) -> bool:
    """Whether toks[i] comes right after a citation's head: authors (two names' words at least) or a field of
    `dated` (the year, a status), and nothing but those and unlabelled words before it."""
    head = toks[:i]
    return all(t.field in ("author", "other", "year", "status") for t in head) \
        and (any(t.field in dated for t in head)
             or sum(t.field == "author" and t.text[:1].isalpha() for t in head) >= 2)


def title_before_venue_in_run(toks: Sequence[Token], db) -> None:  # type: ignore[no-untyped-def]
    """'Weinreich, D. M., ... and Petak, C. (2025). The Population Genetics of Biological Noise. bioRxiv, 2025-01.':
    an entry with no title whose first venue run, after its authors or year, holds a sentence and then, after its
    full stop or on the next line, the whole name of a venue the database knows: the sentence is the title (the
    labeller read a title that reads like a journal's name, "The ... of ...", into the venue after it)."""
    if any(t.field == "title" for t in toks):
        return
    i, j = next(runs(toks, "venue"), (0, 0))
    if j - i < _PLAIN_TITLE_WORDS + 2 or not _after_citation_head(toks, i, ("year",)):
        return
    for m in range(i + _PLAIN_TITLE_WORDS, j - 1):
        # the sentence ends at its full stop, or at the end of its line, the venue on the next
        stop = toks[m].text == "." and len(toks[m - 1].text) >= 3 and toks[m].line == toks[i].line
        if not stop and (toks[m].line == toks[m - 1].line or toks[m - 1].line != toks[i].line):
            continue
        if whole_venue(join_tokens(toks[m + stop:j]), db):
            if not whole_venue(join_tokens(toks[i:m]), db):
                for t in toks[i:m]:
                    t.relabel("title")
                if stop:
                    toks[m].relabel("other")
            return


def _quoted(toks: Sequence[Token], i: int, j: int) -> bool:
    """Whether toks[i:j] is a quotation's whole text (its closing mark right after it, or after its comma or full
    stop: '"Title," IEEE ...')."""
    close = QUOTE_CLOSES.get(toks[i - 1].text) if i else None
    if close is None:
        return False
    if j < len(toks) and toks[j].text in (",", "."):
        j += 1
    return j < len(toks) and toks[j].text == close


def book_title_read_as_venue(toks: Sequence[Token], db) -> None:  # type: ignore[no-untyped-def]
    """"Okafor, A. (2015). *Widget Economics* (2nd ed.). Cambridge, MA: MIT Press.": a book, its title in italics
    and its publisher after it (APA, Chicago, MLA, Harvard), read with no title: the labeller read the italic title
    as the venue it usually is; so with a thesis ("*Title*. Master's thesis, ETH Zürich, 2015."). An entry with no
    title whose one venue is set in italics (but for a bracketed note after it), names no venue the database knows,
    and is followed by the publisher or a thesis's word: that venue is the work's title."""
    if any(t.field == "title" for t in toks):
        return
    venues = list(islice(runs(toks, "venue"), 2))
    if len(venues) != 1:
        return
    i, j = venues[0]
    # the italic words, then at most a bracketed note on the edition or volume read with them ("(2nd ed.)")
    k = next((m for m in range(i, j) if toks[m].text[:1].isalnum() and not toks[m].italic), j)
    if k < j and (toks[k - 1].text != "(" or toks[j - 1].text != ")"):
        return
    end = k - 1 if k < j else j
    if not any(t.text[:1].isalnum() for t in toks[i:end]) \
            or not any(t.field == "publisher" or t.text.lower() in THESIS_WORDS for t in toks[j:]) \
            or _known_venue(join_tokens(toks[i:end]), db):
        return
    for t in toks[i:end]:
        t.relabel("title")
    for t in toks[end:j]:
        t.relabel("other")


def _known_venue(text: str, db) -> bool:  # type: ignore[no-untyped-def]
    """Whether the database knows the venue this text names by one of its names (a year, an edition, a volume and
    pages may be written with it)."""
    m = db.match(text)
    return m.venue is not None and m.method == "alias"


def whole_venue(text: str, db, field: bool = False) -> bool:  # type: ignore[no-untyped-def]
    """Whether the database knows this whole text as a venue's name (no year, volume or word left over); `field`: the
    text stands in a venue's place, so a journal named by a common word counts (see VenueDB.match)."""
    m = db.match(text, field=field)
    return m.venue is not None and m.method == "alias" \
        and m.parse.text.strip(" .,").lower() == text.strip(" .,").lower()


_QUOTE_CLOSING = frozenset(QUOTE_CLOSES.values())  # the marks that close a quotation
_CLOSING_QUOTES = _QUOTE_CLOSING | {'"', "'"}
_AFTER_IN = frozenset({".", ","}) | _CLOSING_QUOTES  # what a lower-case "in" before a book's editors follows
_QUOTE_MARKS = _CLOSING_QUOTES | frozenset(QUOTE_CLOSES)


def status_before_venue(toks: Sequence[Token]) -> None:
    """"Title. Planned submission: *Psychological Review*", "Title. In preparation for Nature Methods": the words
    that say how far the paper got, right before where it is or will be sent on the venue's line, read as no field
    (the paper was written as the journal's). They are its status when they say one and nothing else."""
    for i, _ in runs(toks, "venue"):
        j = i
        while j and i - j < _STATUS_BEFORE and toks[j - 1].field == "other" and toks[j - 1].line == toks[i].line \
                and toks[j - 1].text not in (".", ",", ";", "(", ")"):
            j -= 1
        if status_only(lead := toks[j:i]):
            for t in lead:
                t.relabel("status")


_STATUS_BEFORE = 5  # tokens of a status before its venue, at most ("Revision submitted to :")


def year_read_as_author(toks: Sequence[Token]) -> None:
    """'2019d: Title. In: ...' (the year a list item opens with, a letter after it): a year read as an author run
    of its own, no name beside it, is the year (a year is never a name)."""
    for i, j in entry_runs(toks, "author"):
        words = [t for t in toks[i:j] if t.text[:1].isalnum()]
        if len(words) == 1 and YEAR.fullmatch(words[0].text):
            for t in toks[i:j]:
                t.relabel("year" if t is words[0] else "other")


def name_read_as_year(toks: Sequence[Token]) -> None:
    """"Hell/author ,/author Horvat/year :" (the heading's year read before the entry): a capitalised word with no
    digit read as the year right after the author list's comma or "and" goes on with the list (a year has digits;
    "n.d." and "forthcoming" are not capitalised names after a comma)."""
    for k in range(2, len(toks)):
        t = toks[k]
        if t.field == "year" and not t.label.startswith("B-") and t.text[:1].isupper() and t.text.isalpha() \
                and toks[k - 1].text in (",", "and", "&") and toks[k - 1].field == "author" \
                and toks[k - 2].field == "author" and toks[k - 1].line == t.line:
            t.label = "author"


_TWO_DIGITS = frozenset(f"{n:02d}" for n in range(100))


def apostrophe_year(toks: Sequence[Token]) -> None:
    """"FOCS '23", "CHI ’24 · Best Paper": a venue's year written as an apostrophe and two digits after a space is the
    venue's (the venue string gives the year: "FOCS '23" is FOCS 2023), not an unlabelled mark and a number."""
    for i in range(1, len(toks) - 1):
        t, nxt = toks[i], toks[i + 1]
        if t.text in ("'", "’") and nxt.text in _TWO_DIGITS and not nxt.space_before and t.space_before \
                and toks[i - 1].field == "venue" and toks[i - 1].line == t.line == nxt.line \
                and not nxt.label.startswith("B-") and not t.label.startswith("B-") \
                and (i + 2 == len(toks) or toks[i + 2].space_before or not toks[i + 2].text[:1].isalnum()):
            t.label = nxt.label = "venue"


# a venue's acronym and its year's last two digits in one word ("ICML'26", "NeurIPS’25", "KDD'24")
_YEAR_IN_ACRONYM = lazy_compile(r"([^\W\d_][\w&-]*)['’](\d\d)")


def acronym_year(toks: Sequence[Token], db) -> None:  # type: ignore[no-untyped-def]
    """"<b>ICML'26:</b> Title", "[NeurIPS’25] Title": a word that opens its line, a venue's acronym the database knows
    and its year's two digits, read as a title's first word (the labeller knows the acronym alone, not with the year
    in the word), is the venue, and the colon after it no part of the title."""
    for i, t in enumerate(toks):
        bracket = i and toks[i - 1].text in ("[", "(", "【")
        before = i - 1 if bracket else i  # where the word's line starts, if it opens it: after a bracket or not
        if t.field != "title" or not (before == 0 or toks[before - 1].line != t.line):
            continue  # a word that opens its line: "... workshop at KDD'26" is a sentence's
        m = _YEAR_IN_ACRONYM.fullmatch(t.text)
        if m is None:
            continue
        vm = db.match(m.group(1))
        if vm.venue is None or vm.method not in ("exact", "alias"):
            continue
        t.relabel("venue")
        if i + 1 < len(toks) and toks[i + 1].text in (":", "：", "]", ")") and toks[i + 1].field == "title":
            toks[i + 1].relabel("other")


def styled_venue(toks: Sequence[Token], db) -> None:  # type: ignore[no-untyped-def]
    """'... Title of the paper. **Science** 371: 210–214.': in an entry with no venue, a bold or italic piece read as
    other between the title's end (or the author list under it) and the volume, pages or year (or a link, or the
    entry's end: "[Authors (2019). Title. *Journal*](paper.pdf)"), which the database knows by that very name, is the
    venue (one-word journals the labeller does not know: Science, Ecography, Oncotarget). So is an italic piece read as
    a name after a title whose authors came before it, and, before a volume, one the database knows by a close match
    only ('M. Vyas, S. Kwon (2025) [Title](url), *J. Cat.*, 452, 116414': an informal abbreviation)."""
    if any(t.field == "venue" for t in toks) or not any(t.field == "title" for t in toks):
        return
    n, i = len(toks), 0
    first_title = next(k for k, t in enumerate(toks) if t.field == "title")
    # an italic piece read as a name after the title, when the authors came before it ("M. Vyas, S. Kwon (2025) [Title
    # ](url), *J. Cat.*, 452, 116414"): the entry's names are all before its title
    named_before = any(t.field == "author" for t in toks[:first_title])
    while i < n:
        t = toks[i]
        # a quoted title's closing quote sets the venue after it apart as styling does ('"Title" NeuroImage (2019)'),
        # and so does the stop after a title in a span of its own ('*Title*. Polyhedron (**2011**)')
        set_apart = i >= 2 and toks[i - 2].field == "title" and (
            toks[i - 1].text in _CLOSING_QUOTES
            or (toks[i - 1].text == "." and (toks[i - 2].italic or toks[i - 2].bold) and not (t.italic or t.bold)
                and toks[i - 1].span != toks[i - 2].span))
        as_name = t.field == "author" and t.italic and named_before and i > first_title
        if (t.field != "other" and not as_name) or not (t.bold or t.italic or set_apart) or not t.text[:1].isupper():
            i += 1
            continue
        j = i
        if set_apart and not (t.bold or t.italic):
            while j < n and toks[j].field == "other" and (toks[j].text[:1].isalpha() or toks[j].text in (".", "&")):
                j += 1
            while j > i + 1 and toks[j - 1].text == ".":
                j -= 1  # "Neurosci." keeps its dot; a full stop after the name is no part of it
        else:
            while j < n and toks[j].span == t.span and toks[j].field == t.field:
                j += 1
        # ('"Title". *Heliyon* 6(8)': the title's closing quote and full stop are between them; 'Title (2022).
        # *Synthese* 200: 1-17', 'Title (forthcoming). *Mind*.': so is the year or status in brackets after it)
        before = toks[i - 2] if set_apart else next((x for x in reversed(toks[:i]) if x.text not in (".", ",")
                                                  and not (x.text in _CLOSING_QUOTES and x.field == "other")
                                                  and not (x.text in ("(", ")") and x.field == "other")
                                                  and x.field not in ("year", "status")), None)
        after = next((x for x in toks[j:] if x.text not in (".", ",", ":", "(")), None)
        # after the title, or after the author list under it ("[Title](pubmed) <p>Authors. <em>Journal.</em> 2023")
        if before is not None and (before.field == "title" or (before.field == "author" and any(
                x.field == "title" for x in toks[:index_of(toks, before)]))) \
                and ((after is not None and (after.field in ("volume", "year")
                                             # a volume read as other ("*Heliyon* 6(8): e04808", the issue as volume)
                                             or (after.text.isdigit() and after.line == t.line)))
                     # the entry's end or a link after it: only on the title's own line ("**Computer Science**:" on
                     # a line of its own, under a page's sentence, names a group of papers)
                     or ((after is None or after.field == "link" or (after.href and not t.href))
                         and t.line == before.line)) \
                and (set_apart or j == n or toks[j].span != t.span):
            # a volume or year after it puts it in a venue's place: a journal named by a common word ("*Injury*
            # 35(12)", "*Behaviour*") is looked up too, as sentence_venue does
            numbered = after is not None and (after.field in ("volume", "year") or after.text.isdigit())
            m = db.match(join_tokens(toks[i:j]).strip(" .,"), field=numbered)
            # italics and a volume after the title say journal: a close match of an informal abbreviation will do
            if m.venue is not None and (m.method == "alias" or (numbered and t.italic and m.method == "fuzzy")):
                for x in toks[i:j]:
                    x.label = "venue"
                if after is not None and after.field == "other" and after.text.isdigit():
                    after.label = "volume"  # "*Heliyon* 6(8)": its volume, no part of its name
                return
        i = j


_WORK_KINDS = frozenset({"thesis", "dissertation", "preprint", "report", "chapter", "book", "manuscript", "draft",
                         "abstract", "poster", "talk", "patent", "habilitation", "memoir", "tese", "tesis", "these",
                         "doktorarbeit"})


def sentence_venue(toks: Sequence[Token], db) -> None:  # type: ignore[no-untyped-def]
    """"Ricks KD & Koide RT (2019). Biotic filtering of ... in Bromus tectorum. Oecologia. [doi](...)", "... chiral
    molecules. Polymer, 2020, 188: 122135.", "... for degradation. Elife 10, e63505 (2021).": in an entry with no venue,
    plain words read as other right after the title's full stop, ended by a full stop or a comma before the entry's
    end, a link, a volume or a year, or by the volume itself, which the database knows by that very name, are the
    venue (styled_venue for the unstyled: one-word journals the labeller does not know); before a volume, one the
    database knows by a close match will do, and a stop inside an abbreviated name is no end ("Nat. Comm., 12(1)")."""
    if any(t.field == "venue" for t in toks) or not any(t.field == "title" for t in toks):
        return
    n = len(toks)
    for i in range(2, n):
        if toks[i].field != "other" or not (toks[i].text[:1].isupper() or COINED_NAME.match(toks[i].text)
                                             or CJK_CHAR.match(toks[i].text)) \
                or toks[i].href or not _title_ends_before(toks, i):
            continue  # a name opens with a capital, is coined with a letter before it ("mSphere", "iScience"), or is
            # written in a script without capitals ("电网技术, 44(3), 123–130.")
        j = i
        while j < n and j - i < 8 and toks[j].field == "other" and not toks[j].href and toks[j].line == toks[i].line \
                and (toks[j].text[:1].isalpha() or toks[j].text in ("&", ":") or _abbreviation_stop(toks, i, j)):
            j += 1
        if j == i or j >= n:
            continue
        numbered = toks[j].text[:1].isdigit() and toks[j].field in ("volume", "year")  # "Elife 10, e63505 (2021)"
        if toks[j].text in (".", ","):
            after = next((x for x in toks[j + 1:] if x.text not in (",", ":", "(", "[")), None)
            # (a DOI after it puts it in a journal's place as a volume does: "... Title. Pathogens, doi: 10.3390/...")
            numbered = after is not None and (after.field in ("volume", "year")
                                              or after.text.lower() in ("doi", "doi:"))
            if after is not None and not numbered and after.field != "link" and not after.href:
                continue
        elif not numbered:
            continue
        if any(x.text.lower() in _WORK_KINDS for x in toks[i:j]):
            continue  # "Doctoral thesis 2025.": what kind of work it is, not where it appeared
        # a volume or year after the words puts them in a venue's place: a journal named by a common word ("Polymer",
        # "Water") is looked up too; a sentence before a link alone may be a note ("Commentary.", "Data.")
        m = db.match(join_tokens(toks[i:j]), field=numbered)
        # a journal's name that several journals share ("Sustainability") is still where the paper appeared, and
        # before a volume a close match will do, as for a styled one ("Nat. Comm., 12(1)"); before a volume with its
        # issue or its pages ("Psicodebate, 24(1), 47–63."), the words are a journal's name the database need not know
        if (m.venue is not None and (m.method == "alias" or (numbered and m.method == "fuzzy"))) \
                or (numbered and m.method == "ambiguous") \
                or (numbered and cited_numbers(toks, j) and not _NUMBER_WORDS.issuperset(
                    x.text.lower() for x in toks[i:j] if x.text.isalpha())):
            for x in toks[i:j]:
                x.label = "venue"
        return


_PIECE_ENDS = frozenset({".", ",", ";", ":", "(", ")", "[", "]", "|", "·", "/"})


def collaboration_read_as_venue(toks: Sequence[Token]) -> None:
    """"CMS Collaboration, *JHEP 04 (2015) 124*", "M. Lind et al. (IPTA collaboration, including **H. Hu**)": a
    collaboration that authors a paper (physics and astronomy write it where other fields write the names), read as
    the venue: it is the author when no names are written (a note on the names when they are), and the venue is the
    next one."""
    named = any(t.field == "author" for t in toks)
    for i, j in runs(toks, "venue"):
        if _COLLABORATION.fullmatch(join_tokens(toks[i:j]).strip(" ,.;:()")):
            for t in toks[i:j]:
                t.relabel("other" if named else "author")


# a collaboration's name: an acronym or a few capitalised words, then the word ("the ATLAS Collaboration", "Dark Energy
# Survey Collaboration"); never a venue's name
_COLLABORATION = lazy_compile(r"(?:[Tt]he\s+)?(?:[A-Z0-9][\w'’\-]*\s+){1,4}[Cc]ollaborations?")


def leftover_venue(toks: Sequence[Token], db) -> None:  # type: ignore[no-untyped-def]
    """"Young BH, Kokhan O. (2016) Title. Proteins. Oct;84(10):1422-30.", "Title. Cakmak P, Imkeller K. Immunity
    2025. doi: ...": in an entry still without a venue after styled_venue and sentence_venue, a piece after the title
    set apart by marks (or by the year or volume after it), read as other, or as a name when the entry's names came
    before its title, which the database knows by that whole name, is the venue, when no other piece is. The piece
    opens what follows a field (the title, the names, the year), not words read as other; a journal named by a common
    word ("Proteins", "Immunity") counts only before the journal's numbers, a month or a year."""
    if any(t.field == "venue" for t in toks):
        return
    title = [k for k, t in enumerate(toks) if t.field == "title"]
    if not title:
        return
    named_before = any(t.field == "author" for t in toks[: title[0]])
    n, i = len(toks), title[-1] + 1
    found: list[tuple[int, int]] = []
    while i < n:
        t = toks[i]
        prev = toks[i - 1]
        if not (t.field == "other" or (t.field == "author" and named_before)) or t.href \
                or not (t.text[:1].isupper() or COINED_NAME.match(t.text)) \
                or not (prev.text in _PIECE_ENDS or prev.field != t.field or prev.line != t.line):
            i += 1
            continue
        j = i
        while j < n and j - i < 10 and toks[j].field == t.field and not toks[j].href and toks[j].line == t.line \
                and (toks[j].text[:1].isalpha() or toks[j].text in ("&", "-") or _abbreviation_stop(toks, i, j)):
            j += 1
        if j < n and toks[j].field == t.field and toks[j].line == t.line and toks[j].text not in _PIECE_ENDS:
            i = max(j, i + 1)
            continue  # the piece runs on into numbers or marks of its own ("Nature 2019a"): not a name alone
        before = next((x for x in reversed(toks[:i]) if x.text not in _PIECE_ENDS), None)
        if (before is not None and (before.field == "other" or (before.field == "author" and named_before))) \
                or any(x.text.lower() in _WORK_KINDS for x in toks[i:j]):
            i = j
            continue  # after other words ("Proc. WCSP, Shenzhen, China", "revisions requested, *Journal*"), or after a
            # "name" when the names came before the title ("Proc. X, Xian, China"), a known name is a place or where
            # the paper is under review; "Doctoral thesis" is what kind of work it is
        after = next((x for x in toks[j:] if x.text not in _PIECE_ENDS), None)
        numbered = after is not None and (after.field in ("volume", "year") or after.text[:1].isdigit()
                                          or after.text.lower().rstrip(".") in MONTHS)
        piece = join_tokens(toks[i:j]).strip(" .,")
        if whole_venue(piece, db, numbered) or (numbered and db.match(piece, field=True).method == "ambiguous"):
            found.append((i, j))
        i = j
    if len(found) == 1:
        for x in toks[found[0][0]:found[0][1]]:
            x.label = "venue"


# words that name a part of a citation's numbers, not a journal ("Vol. 3(2), 12-20")
_NUMBER_WORDS = frozenset({"vol", "volume", "no", "nr", "issue", "pp", "p", "pages", "art", "article", "band", "heft",
                           "jg", "bd"})
_PAGE_RANGE = lazy_compile(r"[eE]?\d+\s*[-–—]\s*[eE]?\d+")


def cited_numbers(toks: Sequence[Token], j: int) -> bool:
    """Whether the tokens from toks[j] on (after a comma, a full stop or a semicolon, and a year) are a journal's
    numbers as a citation writes them: "vol. 24" (IEEE), a volume with its issue ("24(1)", "2020;24(1):47-63") or a
    volume with its pages ("12, 45-67", "12: 45–67")."""
    n = len(toks)
    k = j
    while k < n and k - j < 4 and (toks[k].text in (",", ".", ";", ":") or (YEAR.fullmatch(toks[k].text)
                                                                              and toks[k].field == "year")):
        k += 1
    if k + 1 < n and toks[k].text.lower() in ("vol", "volume"):
        return toks[k + 1].text.isdigit() or (toks[k + 1].text == "." and k + 2 < n and toks[k + 2].text.isdigit())
    if k >= n or not toks[k].text.isdigit() or toks[k].field not in ("volume", "year", "title", "other"):
        return False  # (a volume read on with the title, or as other: its issue or pages after it still tell)
    if k + 3 < n and toks[k + 1].text == "(" and toks[k + 2].text.isdigit() and toks[k + 3].text == ")":
        return True
    if k + 4 < n and toks[k + 1].text == "," and toks[k + 2].text.isdigit() and toks[k + 3].text == ":" \
            and _PAGE_RANGE.fullmatch(toks[k + 4].text):
        return True  # the volume, its issue after a comma, the pages after a colon ("11, 2: 29-41")
    return k + 2 < n and toks[k + 1].text in (",", ":") and bool(_PAGE_RANGE.fullmatch(toks[k + 2].text))


def _numbers_at(toks: Sequence[Token], e: int) -> bool:
    """Whether a journal's numbers start at toks[e]: after a comma or a full stop, or right after its name
    (Nature's "Venue 24, 47–63 (2020)")."""
    return (toks[e].text in (",", ".") or toks[e].text.isdigit()) and cited_numbers(toks, e)


def venue_fills_slot(toks: Sequence[Token]) -> None:
    """A journal's place in a citation runs from the title's full stop to the journal's numbers ("Title. The B.E.
    Journal of Macroeconomics, 24(1), 47–63.", "Title. Journal of Industry, Competition and Trade, 24(1)", "Title.
    Int. J. Numer. Meth. Engng., 24(1)", Nature's "Title. Topics in Linguistics 24, 47–63 (2020)."): a venue the
    labeller read in part of that place is all of it, when the rest holds only words and marks (no author, year,
    link or status). Otherwise the part read is a venue the database may know under that shorter name, another
    journal ("Journal of Macroeconomics", "Linguistics")."""
    n = len(toks)
    venue = [k for k, t in enumerate(toks) if t.field == "venue"]
    if not venue or venue[-1] - venue[0] + 1 != len(venue):
        return  # one venue run, or none to grow
    s = venue[0]
    while s > 0 and s > venue[0] - _VENUE_WORDS and toks[s - 1].field in _SLOT_FIELDS \
            and not _title_ends_before(toks, s) and toks[s - 1].text not in _BRACKET_MARKS:
        s -= 1
    if s == 0 or not _title_ends_before(toks, s):
        return
    e = venue[-1] + 1
    while e < n and e - venue[-1] <= _VENUE_WORDS and toks[e].field in _SLOT_FIELDS \
            and not _numbers_at(toks, e) and toks[e].text not in _BRACKET_MARKS:
        e += 1
    if e >= n or not _numbers_at(toks, e):
        return
    slot = toks[s:e]
    if not all(t.text[:1].isalpha() or t.text in (".", ",", ":", "&", "-", "–") for t in slot) \
            or any(t.href or YEAR.fullmatch(t.text) for t in slot) or not slot[0].text[:1].isupper():
        return
    for t in slot:
        t.label = "venue"


_VENUE_WORDS = 10  # a journal's name read on with the title has this many tokens at most
# what the labeller read a journal's words as, inside its place: other words, the title run on, a publisher ("J.
# Atmos. Sci."), an award ("Impact of Social Sciences")
_SLOT_FIELDS = frozenset({"other", "title", "publisher", "award"})


def _journal_named(text: str, db) -> bool:  # type: ignore[no-untyped-def]
    """Whether `text` is a journal's name or abbreviation, whole, as the database has it (not a fuzzy guess, not a
    conference, no year: "Vaccine", "Biochemistry", "Health Psychology", "MBio")."""
    m = db.match(text, field=True)
    return m.method == "alias" and m.venue is not None and m.venue.type == "journal" and not m.parse.year


def _venue_after(toks: Sequence[Token], end: int) -> bool:
    """Whether a venue is read after toks[end], outside brackets (a note in brackets after a citation, "[Open
    Access]", read as a venue, is no journal's place)."""
    depth = 0
    for t in toks[end:]:
        if t.text in ("(", "["):
            depth += 1
        elif t.text in (")", "]"):
            depth = max(0, depth - 1)
        elif t.field == "venue" and not depth:
            return True
    return False


def venue_ending_title(toks: Sequence[Token], run: list[Token], db=None) -> list[Token]:  # type: ignore[no-untyped-def]
    """APA and Vancouver: "(2020). Title. Loomis Chaffee World Bulletin, 24(1), 47–63.": in an entry with no venue,
    a title that runs on past its full stop into capitalised words that a journal's numbers follow ended the title
    there, and the words are the journal (the labeller read an unknown journal's name on with the title; with its
    volume and issue too: "Title. Widget Review from Cambridge 36(1):51-74", the numbers ending the run). The title
    keeps three tokens or more before its full stop; a stop after a short capitalised word is an abbreviation's ("the
    U.S. Army"), no end. With no numbers after it ("Title. Vaccine, doi: ...", "Title. Biochemistry."), the words
    after the stop end the title only when they are a journal's whole name or abbreviation in `db`."""
    end = index_of(toks, run[-1]) + 1
    if any(t.field == "venue" for t in toks[:end]) or _venue_after(toks, end):
        return run
    known = False
    numbers = len(run)  # the journal's numbers read on with the title ("... Cambridge 36(1):51-74"): where they start
    while numbers > 0 and (run[numbers - 1].text.isdigit() or run[numbers - 1].text in ("(", ")")):
        numbers -= 1
    if numbers < len(run) and run[numbers].text.isdigit() and cited_numbers(toks, index_of(toks, run[numbers])):
        words = run[:numbers]
    elif end < len(toks) and toks[end].text in (",", ".") and cited_numbers(toks, end):
        words = run
    elif db is not None and (end == len(toks) or toks[end].text in (",", ".") or toks[end].line != run[-1].line):
        words, known = run, True  # no numbers: the words after the stop must name a journal the database knows
    else:
        return run
    for s in range(len(words) - 2, 2, -1):
        if words[s].text == "." and len(words) - s - 1 <= _VENUE_WORDS:
            i = index_of(toks, words[s])
            if toks[i + 1].text[:1].isupper() \
                    and not (len(words[s - 1].text) <= 3 and words[s - 1].text[:1].isupper()) \
                    and words[s - 1].line == words[s + 1].line:
                if known and not _journal_named(join_tokens(words[s + 1:]), db):
                    return run
                words[s].label = "other"
                for t in words[s + 1:]:
                    t.label = "venue"
                for t in run[len(words):]:
                    t.label = "volume" if t.text.isdigit() else "other"
                return words[:s]
    return run


def _slot_stop(toks: Sequence[Token], e: int) -> bool:
    """Whether a meeting's (or book's) place stops at toks[e]: a word of its numbers, in the pages' languages as the
    labeller reads them ("pp.", "vol.", "Bd.", "Heft", German "S. 45")."""
    w = toks[e].text
    if w in ("S", "s"):
        return e + 2 < len(toks) and toks[e + 1].text == "." and toks[e + 2].text[:1].isdigit()
    return as_read(w).lower() in VOL_WORDS - {"ed", "eds", "edn", "edition", "ch", "chap", "chapter", "art", "article"}


_SLOT_MARKS = frozenset({",", ".", ":", "&", "-", "–", "/", "(", ")", "'", "’"})
_MEETING_WORDS = 30  # a meeting's name, with its sponsors, series and acronym, has this many tokens at most


def meeting_slot(toks: Sequence[Token], run: list[Token]) -> None:
    """IEEE's '"Title," in Venue, 2020, pp. 47–63.', ACM's "Title. In Venue. 47–63." and APA's "Title. In *Venue*
    (pp. 47–63).": the place after the title's end and "in", up to the year, the pages or the entry's end, is the
    meeting's (or book's) name, whatever the labeller read in it (part of it as other, as a title run on, as names:
    "in IEEE/ION Position, Location, and Navigation Symposium (PLANS), 2020"). Not when it is an edited book's
    editors ("In A. Editor (Ed.), ..."), a status ("In press"), or when a venue was read elsewhere."""
    n = len(toks)
    end = index_of(toks, run[-1]) + 1
    k = end
    while k < n and k - end < 3 and (toks[k].text in (",", ".") or toks[k].text in _QUOTE_CLOSING):
        k += 1
    if k == end or k >= n - 1 or toks[k].text not in IN_WORDS or toks[k].text[:1] == "e" \
            or edited_volume_at(toks, k) is not None:
        return  # (lower-case Spanish "en" is a title's word as often)
    s = k + 1 + (toks[k + 1].text == ":")
    e = s
    while e < n and e - s < _MEETING_WORDS and not toks[e].href and not YEAR.fullmatch(toks[e].text) \
            and not toks[e].text[:1].isdigit() and not _slot_stop(toks, e) \
            and toks[e].field not in ("year", "link", "status", "award") and toks[e].text not in _QUOTE_CLOSING \
            and toks[e].text not in QUOTE_CLOSES:
        e += 1
    stopped = e == n or YEAR.fullmatch(toks[e].text) or toks[e].text[:1].isdigit() or _slot_stop(toks, e)
    while e > s and toks[e - 1].text in (",", ".", ";", ":", "("):
        e -= 1
    slot = toks[s:e]
    if not stopped or not slot or not (slot[0].text[:1].isupper() or CJK_CHAR.match(slot[0].text)) \
            or slot[0].text.lower() in STATUS_WORDS \
            or not all(t.text[:1].isalpha() or t.text in _SLOT_MARKS for t in slot) \
            or sum(t.text == "(" for t in slot) != sum(t.text == ")" for t in slot) \
            or any(t.label.startswith("B-") for t in slot) \
            or any(t.field == "venue" for j, t in enumerate(toks) if not s <= j < e) \
            or (any(t.field == "author" for t in slot) and not _names_open_slot(slot, toks[:end])):
        return
    for t in toks[end:s]:
        if t.field == "title":
            t.label = "other"
    for t in slot:
        t.label = "venue"


def _names_open_slot(slot: Sequence[Token], before: Sequence[Token]) -> bool:
    """Whether the words of a meeting's place read as names are the start of its name ("in IEEE/ION Position,
    Location, and Navigation Symposium"), the author list standing before the title: names after the part read as
    the venue are where and who else ("..., Summer School, Pittsburgh, PA, June 1986")."""
    venue_at = next((k for k, t in enumerate(slot) if t.field == "venue"), len(slot))
    return any(t.field == "author" for t in before) and all(t.field != "author" for t in slot[venue_at:])


def _abbreviation_stop(toks: Sequence[Token], i: int, j: int) -> bool:
    """Whether toks[j] is the stop of an abbreviated word inside a journal's name ("Nat. Comm.", "J. Geophys. Res."):
    after a short capitalised word, before another on the same line, no space before it."""
    return toks[j].text == "." and j > i and not toks[j].space_before and j + 1 < len(toks) \
        and len(toks[j - 1].text) <= _ABBREVIATED and toks[j - 1].text[:1].isupper() \
        and toks[j + 1].text[:1].isupper() and toks[j + 1].line == toks[j].line and toks[j + 1].field == "other"


_ABBREVIATED = 7  # an abbreviated word of a journal's name is this long at most ("Geophys", "Comm")


def _title_ends_before(toks: Sequence[Token], i: int) -> bool:
    """Whether the title ends right before toks[i]: at its full stop (Latin, full-width or ideographic), or its
    closing quote's ("“Title.” Genetics, 227:3.", "“Title,” Evolution 75: 1-9", "「題名」．雑誌, 29(1)"); at a
    comma after its link, whose end sets it apart as a closing quote does ("[Title](...), Mathematics 2025,
    13(11)"); or at its own question mark ("... or independent responses? Plants 2:712-725")."""
    if toks[i - 1].field == "title" and toks[i - 1].text in ("?", "!"):
        return True
    k = i - 1
    while k > i - 3 and toks[k].text in _QUOTE_CLOSING and toks[k].field in ("other", "title"):
        k -= 1
    if k == i - 1 and k >= 2 and toks[k].text in _STOPS and toks[k - 1].text in _TITLE_CLOSES \
            and toks[k - 1].field in ("other", "title") and toks[k - 2].field == "title":
        return True  # the stop after the closing quote: "「Title」．Journal, 29(1)", '"Title". Journal'
    if k < 1 or toks[k - 1].field != "title":
        return False
    return toks[k].text in _STOPS or (toks[k].text == "," and (k < i - 1 or bool(toks[k - 1].href)))


_TITLE_CLOSES = _QUOTE_CLOSING | {"」", "』", "〉"}  # and the corner and angle brackets around a CJK title


def venue_after_question(toks: Sequence[Token], db) -> None:  # type: ignore[no-untyped-def]
    """"... tradeoffs, cross-tolerance, or independent responses? Plants 2:712-725.": a title that ends with its own
    question mark, read on into the journal and its volume after it (no full stop parts them), ends there when the
    words after the mark, up to a number, are a journal's name the database knows in a venue's place."""
    if any(t.field == "venue" for t in toks):
        return
    for a, b in runs(toks, "title"):
        q = next((k for k in range(a + 1, b - 1) if toks[k].text == "?"), None)
        if q is None:
            continue
        e = q + 1
        while e < b and toks[e].text[:1].isalpha():
            e += 1
        if e == q + 1 or not toks[q + 1].text[:1].isupper() or not (e < len(toks) and toks[e].text[:1].isdigit()):
            continue
        m = db.match(join_tokens(toks[q + 1:e]), field=True)
        if m.venue is not None and m.method == "alias":
            for t in toks[q + 1:e]:
                t.label = "venue"
            for t in toks[e:b]:
                t.label = "volume" if t.text[:1].isdigit() else "other"
        return


def title_tail_read_as_venue(toks: Sequence[Token], db) -> None:  # type: ignore[no-untyped-def]
    """"Title of Common Tasks in Translational Psychiatry. Current Behavioral Neuroscience Reports. 2021.", "cooccur:
    Species Co-occurrence Analysis in R. J. Stat. Soft.": a title's last words after its own "in" (lower case, no
    mark between it and the title) read as the venue, on through the full stop into the paper's real venue. When
    the words after that full stop are a venue the database knows, or a venue of three words or more follows (also
    as a run of its own: "Cable Simulation in VR, In Proceedings of the 5th Workshop ..."), the words up to it are
    the title's ("in North America", "in R", "in VR"): four words at most."""
    for _, b in runs(toks, "title"):
        k = b
        if k + 2 >= len(toks) or toks[k].text != "in" or toks[k].line != toks[b - 1].line \
                or toks[k + 1].field != "venue":
            continue
        e = k + 1
        while e < len(toks) and toks[e].field == "venue":
            e += 1
        stop = next((j for j in range(k + 2, e) if toks[j].text == "." and j + 1 < e
                     and toks[j + 1].text[:1].isupper()), None)
        if stop is not None:
            rest = toks[stop + 1:e]
            if db.match(join_tokens(toks[k + 1:e]).strip(" .,;:"), field=True).venue is not None:
                continue  # the run is one venue, cut words and all ("in J. Chem. Phys.")
        else:
            # ... or the run ends, and the paper's venue follows it as a run of its own ("Cable Simulation in VR, In
            # Proceedings of the 5th Workshop ...")
            stop = f = e
            while f < len(toks) and toks[f].field != "venue" and toks[f].text in (",", ".", ";", ":", "In", "in"):
                f += 1
            g = f
            while g < len(toks) and toks[g].field == "venue":
                g += 1
            rest = toks[f:g]
        if not rest or stop - (k + 1) > _TAIL_WORDS:
            continue
        venue = join_tokens(rest).strip(" .,;:")
        if db.match(venue, field=True).venue is None and sum(t.text[:1].isalpha() for t in rest) < _OWN_VENUE_WORDS:
            continue
        for t in toks[k:stop]:
            t.relabel("title")
        if stop < e:
            toks[stop].relabel("other")
        return


_TAIL_WORDS = 4  # the words of a title's tail after "in", at most ("in North America", "in R", "in Deep Space")
_OWN_VENUE_WORDS = 3  # the words of a venue the database does not know that make it one ("Proceedings of the ...")


def journal_read_as_publisher(toks: Sequence[Token], db) -> None:  # type: ignore[no-untyped-def]
    """'... (2018), Title, Journal of Geophysical Research: Atmospheres, doi: ...': in an entry with a title and no
    venue, a run read as the publisher that the database knows by that very name as a journal or a conference is
    the venue (a publisher's name, "Wiley-Blackwell", "Springer", names none)."""
    if any(t.field == "venue" for t in toks) or not any(t.field == "title" for t in toks):
        return
    for i, j in runs(toks, "publisher"):
        m = db.match(join_tokens(toks[i:j]).strip(" .,;:"))
        if m.venue is not None and m.method == "alias" and m.venue.type in ("journal", "conference"):
            for x in toks[i:j]:
                x.label = "venue"
            return


def name_read_as_status(toks: Sequence[Token]) -> None:
    """"Title, Nordicom Review, vol.40", "Title. Cambridge: Polity Press.", "Cambridge University Press 2016": a run
    read as the status ("review", "press" are status words) that says no status is a name. One that ends in a
    publisher's word or goes on from a run read as the publisher is the publisher; another, in an entry with a title
    and no venue, is the venue."""
    if not any(t.field == "title" for t in toks):
        return
    has_venue = any(t.field == "venue" for t in toks)
    for i, j in runs(toks, "status"):
        words = [t.text for t in toks[i:j] if t.text[:1].isalpha()]
        if not words or not all(w[:1].isupper() for w in words) or parse_venue(join_tokens(toks[i:j])).status:
            continue
        named = any(w.lower() not in STATUS_WORDS for w in words)
        if (i and toks[i - 1].field == "publisher") or (named and words[-1].lower() in PUB_WORDS):
            field = "publisher"
        elif named and not has_venue:
            field = "venue"
        else:
            continue
        for t in toks[i:j]:
            t.relabel(field)


_COLUMN_FIELD = {"column-title": "title", "column-venue": "venue", "column-authors": "author", "column-year": "year",
                 "column-status": "status", "column-other": "other"}


def columns(toks: Sequence[Token]) -> None:
    """A table whose column names say what its cells hold ("| Title | Journal | Year |") is read as they say: in a
    column of years or dates only the year is a field, and a year in a "Status" column is the year. Such a table
    has a row per paper: no entry starts inside a row."""
    if not any(t.tag in _COLUMN_FIELD for t in toks):
        return
    for k, t in enumerate(toks):
        if k and t.label.startswith("B-"):
            t.label = t.label[2:]
    for t in toks:
        field = _COLUMN_FIELD.get(t.tag)
        if field is None or t.link_word:
            continue
        if YEAR.fullmatch(t.text) and field in ("venue", "year", "status"):
            field = "year"
        elif field == "year" or (field == "status" and not t.text[:1].isalpha()):
            field = "other"
        t.relabel(field)


# how far a paper got, in brackets where APA writes the year ("(In press).", "(under review)", "[submitted]")
_STATUS_BRACKET = lazy_compile(r"(?:in press|under review|in review|under revision|in revision|submitted|forthcoming|"
                               r"(?:conditionally )?accepted|in preparation|to appear|revise (?:and|&) resubmit|"
                               r"r ?& ?r|under submission|in submission|preprint)", re.I)
_BRACKETS = {"(": ")", "[": "]"}
_BRACKET_MARKS = frozenset(_BRACKETS) | frozenset(_BRACKETS.values())
# the words of which each status _STATUS_BRACKET reads holds one (the labeller's status words, "submission" and the
# "R" of "R & R"), as written: a block without one has no status to find
STATUS_MARKS = frozenset(w for v in STATUS_WORDS | {"submission", "r"} for w in (v, v.capitalize(), v.upper()))


_STATUS_AFTER_WORDS = 4  # "In press", "accepted for publication": a status's words at most


def status_after_venue(toks: Sequence[Token]) -> None:
    """"*Pediatrics*. In press.", "*Journal of Public Economics*, forthcoming.": how far the paper got, written after
    its venue at the entry's end (Vancouver, AMA, CVs), which the labeller read as nothing, so the paper was a
    published one. Words read as nothing right after a venue, after its comma or full stop, that say only a status
    (the words _STATUS_BRACKET reads) and end the entry or its line, are its status."""
    n = len(toks)
    for j in range(1, n):
        if toks[j - 1].field != "venue" or toks[j].field == "venue":
            continue
        k = j
        while k < n and toks[k].text in (",", ".", ";") and toks[k].field == "other":
            k += 1
        m = k
        while m < n and m - k < _STATUS_AFTER_WORDS and toks[m].field == "other" and toks[m].text[:1].isalpha() \
                and not toks[m].label.startswith("B-") and toks[m].line == toks[j - 1].line:
            m += 1
        if m == k or (m < n and toks[m].text not in (".", ";", ")") and not toks[m].label.startswith("B-")
                      and toks[m].line == toks[m - 1].line):
            continue
        if _STATUS_BRACKET.fullmatch(" ".join(t.text for t in toks[k:m])):
            for t in toks[k:m]:
                t.relabel("status")


def bracketed_status(toks: Sequence[Token]) -> None:
    """"Li, J.; Ma, X. (under review) Proton-Coupled ...", "Janis, R.A., & Svien, H. (In press). Group Therapy ...":
    a bracket that holds only words saying how far the paper got is its status, wherever it stands; the labeller
    read such words as unlabelled, or as the start of the title after them."""
    n = len(toks)
    for i, t in enumerate(toks):
        close = _BRACKETS.get(t.text)
        if close is None:
            continue
        k = next((m for m in range(i + 1, min(n, i + 6)) if toks[m].text == close), None)
        if k is None or k == i + 1 or any(x.line != t.line for x in toks[i + 1:k + 1]):
            continue
        if not _STATUS_BRACKET.fullmatch(" ".join(x.text for x in toks[i + 1:k])):
            continue
        for m in range(i, k + 1):
            b = "B-" if toks[m].label.startswith("B-") else ""
            toks[m].label = b + ("other" if m in (i, k) else "status")


def author_elements(toks: Sequence[Token]) -> None:
    """`<div class="author">Shuhuai Ren (Core Contributor), et al</div>`: words of an element whose class names the
    authors, read as a venue, a title or a publisher, are the authors (a note or a link word in it stays as read); a
    line with no name read on it, right under one with names in such an element, is not ('<span class="authors">A.
    Lee, B. Kim<br>COLM, 2025</span>': the venue line the page wrote inside it)."""
    named = {t.line for t in toks if t.tag == "authors" and t.field == "author"}
    for t in toks:
        if t.tag == "authors" and t.field in ("venue", "title", "publisher") and not t.link_word \
                and (t.line in named or t.line - 1 not in named):
            t.relabel("author")


def venue_elements(toks: Sequence[Token], db) -> None:  # type: ignore[no-untyped-def]
    """'<div class="paper-title">Title <span class="status-badge">R&amp;R · Journal of Corporate Finance</span></div>':
    in an entry with no venue, the words of an element whose class names a venue or a badge (markup tag "venue"),
    read as no field or on into the title, are the venue when the venue parser reads in them a venue the database
    knows by one of its names and a status or a year ("R&R · Journal of ...", "Under Review · Management Science",
    "ICML 2024"); a topic's label ("Environment") is not, whatever journal shares its name. Words of such an element
    read as names, in an entry whose authors' element the page names apart, are the venue."""
    if any(t.field == "venue" for t in toks):
        return
    n, i = len(toks), 0
    while i < n:
        if toks[i].tag != "venue":
            i += 1
            continue
        j = i
        while j < n and toks[j].tag == "venue" and toks[j].line == toks[i].line:
            j += 1
        run = toks[i:j]
        if all(t.field == "author" for t in run) and any(t.tag == "authors" and t.field == "author" for t in toks):
            # '<p class="paper__venue">Scientific Data</p><p class="paper__authors">D. M. Theobald, ...</p>': the
            # page names its authors' element apart, so the venue's words read as names are the venue
            for t in run:
                t.relabel("venue")
            return
        if all(t.field in ("other", "title") and not t.link_word for t in run) \
                and not all(t.field == "title" for t in run):
            m = db.match(join_tokens(run), field=True)
            # with a status or a year beside it: a badge or label that only names a topic ("Environment", "Data
            # science") may be a journal's name too
            if m.venue is not None and m.method == "alias" and (m.parse.status or m.parse.year):
                for t in run:
                    t.relabel("venue")
                return
        i = j


def status_runs(toks: Sequence[Token]) -> None:
    """"... An Interpretation. In Review.": a run read as the publisher or the venue whose words only say how far the
    paper got is its status."""
    for i, j in runs(toks, "publisher", "venue"):
        if j - i <= 4 and _STATUS_BRACKET.fullmatch(" ".join(t.text for t in toks[i:j])):
            for t in toks[i:j]:
                t.relabel("status")


# words that open where a paper appeared, never its title ("**Presented at the 24th CILC**, 2009", "Accepted into
# the TYPES 2022 post-proceedings", "Proceedings of the 6th Workshop on ...", "To appear in ...")
_VENUE_LEAD = lazy_compile(r"(?:presented|accepted|published|appeared|to appear|appearing|forthcoming|submitted)"
                           r" (?:at|in|into|to|by|with)\b|(?:in )?proc(?:eedings|\.)? of\b|in proc(?:eedings|\.)?\b",
                           re.I)


_RETRIEVED = lazy_compile(r"(?:retrieved|available|accessed|downloaded) (?:from|at|on|via)\b", re.I)


def venue_leads(toks: Sequence[Token]) -> None:
    """A "title" that opens with words saying where a paper appeared is that place, a venue: the labeller read a
    bold venue line as a title (and as a new entry) under an italic title. So is the part of a title run after the
    end of a link that opens it, when those words open it ("`Title <doi>`_ Presented at the `ISAV 2018 Workshop
    <url>`_, held in conjunction with SC 18": the title is the link's text). A "title" after the entry's start that
    opens with "Retrieved from" (APA: where a copy is) is no field."""
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
        if j - i >= 3 and i and _RETRIEVED.match(head):
            # APA's "Retrieved from ProQuest Dissertations and Theses" after a title: where a copy is, no title
            for t in toks[i:j]:
                t.relabel("other")
            i = j
            continue
        start = i if _VENUE_LEAD.match(head) and j - i >= 3 else None
        if start is None and toks[i].href and (i == 0 or toks[i - 1].href != toks[i].href):
            k = next((k for k in range(i + 1, j) if toks[k].href != toks[i].href), j)
            if i + 2 <= k < j and _VENUE_LEAD.match(" ".join(t.text for t in toks[k:k + 4])):
                start = k
        if start is not None:
            for t in toks[start:j]:
                t.relabel("year" if YEAR.fullmatch(t.text) else "venue")
            # ... and on over the little words the labeller left between them and the venue it read ("at the")
            m = j
            while m < n and m - j < 3 and toks[m].field == "other" and toks[m].text.islower() \
                    and toks[m].line == toks[j - 1].line:
                m += 1
            if m < n and m > j and toks[m].field == "venue" and not toks[m].label.startswith("B-"):
                for t in toks[j:m]:
                    t.label = "venue"
        i = j


# the word that opens where a paper appeared, as the pages' languages write it ("In", Spanish "En", Portuguese "Em",
# French "Dans")
IN_WORDS = frozenset({"In", "in", "In:", "En", "en", "Em", "em", "Dans", "dans"})


def in_before_venue(toks: Sequence[Token]) -> None:
    """"... influence software maintenance?\nIn *ICST*, pages 250-261": the "In" that opens where a paper appeared,
    read as the title's last word or the author list's ("Quian, A., López-García, X. En *Comunicación e ...*"), is
    no part of either (a title never ends on "In" before its venue, and "In" is no name)."""
    for i in range(1, len(toks) - 1):
        t = toks[i]
        if t.field in ("title", "author") and t.text in IN_WORDS and toks[i + 1].field == "venue" \
                and toks[i - 1].field == t.field and not toks[i + 1].label.startswith("B-"):
            t.label = "other"


_BOOK_TOKENS = 60  # a book's or proceedings' name after "in" is read this far at most (a page of one long line)


def work_before_in(toks: Sequence[Token]) -> None:
    """"Nolte, J., & Reyna, V. F., *Decision Making*, in The Psychology of Human Thought (R. J. Sternberg & J. Funke,
    eds., 2019)" (legal citation, a chapter): the words in italics before ", in" are the work and the run after "in"
    is the book or proceedings it is in, when the labeller read the italics as the venue or as names and the run
    after "in" as the title or the venue, and the entry has no other title (no citation style names a paper after "in"
    and its container before it)."""
    for s, e in entry_spans(toks):
        for k in range(s + 2, e - 1):
            if toks[k].text not in IN_WORDS or toks[k].field != "other" or toks[k - 1].text != ",":
                continue
            b = k - 1  # the italic span ends before the comma
            a = b
            while a > s and toks[a - 1].italic and toks[a - 1].span == toks[b - 1].span:
                a -= 1
            work = toks[a:b]
            after = toks[k + 1].field
            c = k + 1
            while c < e and c - k <= _BOOK_TOKENS and toks[c].field == after and not toks[c].label.startswith("B-"):
                c += 1
            if not work or not toks[b - 1].italic or (a > s and toks[a - 1].italic) \
                    or sum(t.text[:1].isalpha() for t in work) < 2 or all(t.field == "title" for t in work) \
                    or after not in ("title", "venue") or toks[k + 1].italic \
                    or any(t.field == "title" for t in [*toks[s:a], *toks[c:e]]):
                continue
            for t in work:
                t.relabel("title")
            for t in toks[k + 1:c]:
                t.relabel("venue")
            break


_ADDRESS_TEXT = lazy_compile(r"(?:https?\s*:\s*/\s*/|www\s*\.|doi\s*:\s*10\s*\.|10\s*\.\s*\d{4,}\s*/)", re.I)


def address_text(toks: Sequence[Token]) -> None:
    """A link whose text is an address ("https://doi.org/10.1007/978-3-658-37503-4_15", "www.x.org/p.pdf") is a
    link, whatever the labeller read its pieces as (the digits of a DOI as a title or a volume)."""
    n, i = len(toks), 0
    while i < n:
        href = toks[i].href
        j = i + 1
        while j < n and href and toks[j].href == href and toks[j].line == toks[i].line:
            j += 1
        if href and _ADDRESS_TEXT.match(join_tokens(toks[i:j])):
            for t in toks[i:j]:
                t.relabel("link")
        i = j


def title_before_italic_venue(toks: Sequence[Token]) -> None:
    """"Ida Berg. Reading the shoreline. *Coasts and People*, 2019.": a venue run of plain words, a full stop, then
    the italic venue, in an entry with no title: the plain words are the title (the venue is what the italic holds)."""
    for i, j in runs(toks, "venue"):
        stop = next((k for k in range(j - 1, i, -1) if toks[k].text == "." and not toks[k].italic), None)
        if stop is None or stop - i < 2 or toks[j - 1].line != toks[i].line \
                or not any(t.italic for t in toks[stop + 1:j]) \
                or not all(t.italic for t in toks[stop + 1:j] if t.text[:1].isalnum()) \
                or any(t.italic for t in toks[i:stop]):
            continue
        a, b = entry_span(toks, i, j)
        if not any(t.field == "title" for t in toks[a:b]):
            for t in toks[i:stop]:
                t.relabel("title")
            toks[stop].label = "other"


def italic_title_before_venue(toks: Sequence[Token]) -> None:
    """"Ida Berg, Tom Lee. *Reading the shoreline after the storm.* Coastal Research Letters. DOI: ...": an italic
    sentence closed by its own full stop, then plain words to the next full stop, all read as one title or one
    venue: the italic sentence is the title and the plain words after it the venue (the mirror of
    title_before_italic_venue), when the entry has no other title. Six words or more in italics: a journal's name set
    in italics is shorter."""
    n = len(toks)
    for i, j in runs(toks, "title", "venue"):
        # the italic part: from the run's start to its italic full stop; the rest of the run plain
        stop = next((k for k in range(i, j) if not toks[k].italic), j) - 1
        if stop <= i or stop >= j - 1 or toks[stop].text != "." or not all(t.italic for t in toks[i:stop + 1]) \
                or sum(t.text[:1].isalpha() for t in toks[i:stop]) < _ITALIC_TITLE_WORDS:
            continue
        rest = toks[stop + 1:j]
        if any(t.italic or t.href for t in rest) or not any(t.text[:1].isupper() for t in rest) \
                or ({t.field for t in toks[i:j]} == {"title"}
                    and not (j < n and toks[j].text == "." and _plain_words(rest))):
            continue  # a title read on into plain words: only into a name closed by a full stop
        a, e = entry_span(toks, i, j)
        if any(t.field == "title" for t in (*toks[a:i], *toks[j:e])):
            continue  # '"Title." *Proceedings of X.* Publisher': the entry has its title; the italics are its venue
        b = "B-" if toks[i].label.startswith("B-") else ""
        for t in toks[i:stop]:
            t.label = "title"
        toks[i].label = b + "title"
        toks[stop].label = "other"
        for t in rest:
            t.label = "venue"


_ITALIC_TITLE_WORDS = 6


def _plain_words(rest: Sequence[Token]) -> bool:
    """Words of a name after an italic title: capitalised words (and little ones between), no full stop inside."""
    return all(t.text[:1].isupper() or t.text in _NAME_JOINERS for t in rest) and rest[0].text[:1].isupper()


_NAME_JOINERS = frozenset({"of", "and", "the", "on", "for", "in", "&", ":", "-", "–", "de", "des", "du", "la", "et"})


def italic_venue_line(toks: Sequence[Token]) -> None:
    """A line set wholly in italics that holds a year or a venue, under an author list written in roman, is where
    the paper appeared ("*NeuIPS 2023*" under "**E. Vasquez**, H. Sato"): its opening words read as the last of
    the authors are the venue's."""
    n = len(toks)
    i = 0
    while i < n:
        a, b = line_span(toks, i)
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


AUTHOR_KEYS = frozenset(k for k, field in FIELD_NAMES.items() if field == "author")
FIELD_KEYS = frozenset(FIELD_NAMES)  # "Título:", "Autores:": the names of fields, in every language read


_CITATION_KEYS = frozenset({"citation", "cite", "cite as", "reference", "how to cite", "cited as"})
_KEY_WORDS = lazy_compile(r"[^\W\d_]+(?: [^\W\d_]+){0,3}")  # a field's name: up to four words of letters


def keyed_fields(toks: Sequence[Token]) -> None:
    """A line that opens with a field's name and a colon ("Authors:", "Journal:", "Year:") holds that field; a key
    alone on its line (a description list's "<dt>Authors:</dt>" over its "<dd>") names the lines up to the next key.
    Where a block has such lines, its other named lines ("Theme:", "Summary:", "Citation:") hold no title, authors,
    award or status (nor a venue or year when a line names one; a venue only as a link's text or in a citation), and
    it holds one paper per run of fields: a field named again starts the next paper (at the named line, or at an
    unnamed title line before it), and no other line does."""
    n = len(toks)
    units: list[tuple[int, int, int, str | None]] = []  # key start, colon, value end, field
    for start, end in lines(toks):
        colon = next((k for k in range(start, min(end, start + 5)) if toks[k].text in (":", "：")), None)
        if colon is None or colon == start or not toks[start].text[:1].isalpha():
            continue
        key = " ".join(t.text for t in toks[start:colon] if t.text[:1].isalnum() or t.text == "-").lower()
        field = FIELD_NAMES.get(key.replace(" - ", "-"))
        if field is None and (toks[start].tag in ("heading", "title") or not _KEY_WORDS.fullmatch(key)):
            continue  # "### CDI-DTI: A Framework for ...": a system's name before its title, not a field's
        if colon + 1 < end:
            units.append((start, colon, end, field))
        elif field is not None or units:
            units.append((start, colon, end, field))  # a key alone: its value is on the lines below
    if not any(field for *_, field in units):
        return
    # a key alone takes the lines below it, up to the next key
    whole = [(s, c, _value_end(toks, e, units[k + 1][0] if k + 1 < len(units) else n) if c + 1 == e else e, f)
             for k, (s, c, e, f) in enumerate(units)]
    named = {f for *_, f in whole}
    for start, colon, end, field in whole:
        for t in toks[start:colon + 1]:  # the key (an entry the labeller saw start at it still starts there)
            t.label = ("B-" if t is toks[start] and t.label.startswith("B-") else "") + "other"
        # under a name that is no field's, a venue is read only as a link's text ("Official link: [Journal](url)") or
        # in a whole citation ("Citation: ..."), and only when no line names the venue
        cited = " ".join(t.text for t in toks[start:colon]).lower() in _CITATION_KEYS
        for k in range(colon + 1, end):
            t = toks[k]
            if field is None:
                if t.field in ("title", "author", "award", "status") or (t.field == "year" and "year" in named) \
                        or (t.field == "venue" and ("venue" in named or not (t.href or cited))):
                    t.label = "other"
                continue
            if t.link_word or t.field == "link":
                continue
            f = field
            if field == "year":
                f = "year" if YEAR.fullmatch(t.text) else "other"
            elif field == "venue" and YEAR.fullmatch(t.text):
                f = "year"
            elif not t.text[:1].isalnum() and field != "author" and (field != "title" or k + 1 == end):
                f = "other" if t.text not in ("(", ")", "&", "-", "–", ":", "'", "’") else field
            t.label = f  # a title's commas and question marks are the title's, its closing stop is not
    _keyed_papers(toks, whole, "title" in named)


def _value_end(toks: Sequence[Token], end: int, limit: int) -> int:
    """Where the value of a key alone on its line ends: at the next key (`limit`), or before that at the next paragraph
    (a page's own metadata, "Summary:" over the first paper), or at the next start of an entry the labeller marked
    after the value's first line."""
    first = toks[end].line if end < limit else -1
    return next((k for k in range(end, limit) if toks[k - 1].line != toks[k].line
                 and (toks[k].para or (toks[k].line != first and toks[k].label.startswith("B-")))), limit)


def _keyed_papers(toks: Sequence[Token], units: list[tuple[int, int, int, str | None]], keyed_title: bool) -> None:
    """Entry marks for a block of named fields: a paper starts where a field is named a second time, or at an
    unnamed line with a title before it; lines without a name hold no title when titles are named."""
    first = units[0][0]
    cuts: list[int] = []
    seen: set[str] = set()
    prev_end = first
    for start, _colon, end, field in units:
        if field is not None and field in seen:
            cut = start
            if not keyed_title:  # "**Title B**" over "Authors: ...": the paper starts at its title
                cut = next((k for k in range(prev_end, start) if toks[k].field == "title"
                            and (k == 0 or toks[k - 1].line != toks[k].line)), start)
            cuts.append(cut)
            seen = set()
        if field is not None:
            seen.add(field)
        prev_end = end
    valued = {k for s, _c, e, _f in units for k in range(s, e)}
    # the named fields' lines and what follows them up to the next paper the labeller marked ("[PDF]" after the
    # last field); after that, the page goes on as the labeller read it
    stop = next((k for k in range(units[-1][2], len(toks)) if toks[k].label.startswith("B-")), len(toks))
    for k in range(first, stop):
        t = toks[k]
        if keyed_title and k not in valued and t.field == "title":
            t.label = "other"
        if k > first:  # the labeller's cut before the first name (a paper that starts with it) stays
            t.label = t.field
    for k in cuts:
        toks[k].label = "B-" + toks[k].field


def thesis_words(toks: Sequence[Token]) -> None:
    """"Adam L. Baskerville **PhD Thesis**, 2018": the words naming a thesis, read with the author list, say what
    the paper is; they are no author's name ("PhD", "MA", "MSc" only beside "Thesis" or "Dissertation")."""
    n = len(toks)
    for i, t in enumerate(toks):
        low = t.text.lower()
        if t.field != "author" or low not in THESIS_KIND:
            continue
        beside = {toks[k].text.lower() for k in (i - 1, i + 1) if 0 <= k < n}
        if low in ("thesis", "dissertation") or beside & {"thesis", "dissertation"}:
            t.relabel("other")


# the words that say a thesis is one, in the pages' languages ("Doctoral dissertation", "Diplomarbeit", "Tese")
_THESIS_SAID = THESIS_KIND | {"diploma", "habilitation", "doktorarbeit", "masterarbeit", "bachelorarbeit",
                              "diplomarbeit", "tesis", "tese", "thèse", "tesi", "proefschrift", "dissertação"}
# the words that name a school: where a thesis appeared
_SCHOOL_WORDS = frozenset({"university", "universität", "universitat", "université", "universidad", "universidade",
                           "università", "universiteit", "uniwersytet", "institute", "institut", "instituto",
                           "istituto", "college", "school", "polytechnic", "politecnico", "polytechnique",
                           "hochschule", "eth", "epfl", "kth", "academy", "akademie"})
# the small words inside a school's name ("University of Münster", "Universidad de Chile", "University at Buffalo")
_SCHOOL_JOINERS = frozenset({"of", "de", "di", "du", "der", "des", "del", "für", "at", "and", "&", "-"})


def thesis_school(toks: Sequence[Token]) -> None:
    """A thesis with no venue names its school ("Dissertation at the University of Münster.", "PhD thesis,
    **Heriot-Watt University**, 2011", "[Ph.D. thesis]. The Hong Kong Polytechnic University."): the school, read as
    other or as a title of its own, is where it appeared (assembly reads it as the publisher it is)."""
    if any(t.field in ("venue", "publisher") for t in toks) \
            or not any(t.text.lower().rstrip(".") in _THESIS_SAID for t in toks):
        return
    n = len(toks)
    for i, t in enumerate(toks):
        if t.text.lower() not in _SCHOOL_WORDS or not t.text[:1].isupper():
            continue
        a = i
        while a > 0 and toks[a - 1].line == t.line and toks[a - 1].field in ("other", "title") \
                and (toks[a - 1].text[:1].isupper() or toks[a - 1].text in _SCHOOL_JOINERS - {"at", "-"}) \
                and toks[a - 1].text.lower() not in _THESIS_SAID:
            a -= 1
        while a < i and not toks[a].text[:1].isupper():
            a += 1  # a name starts with a capital ("the University of ...": "the" is no part of it)
        b = i + 1
        while b < n and toks[b].line == t.line and toks[b].field in ("other", "title") \
                and (toks[b].text[:1].isupper() or (toks[b].text in _SCHOOL_JOINERS and b + 1 < n
                                                   and toks[b + 1].text[:1].isupper())):
            b += 1
        school = toks[a:b]
        if any(x.field not in ("other", "title") for x in school):
            return
        if any(x.field == "title" for x in school) and (
                (a > 0 and toks[a - 1].field == "title") or (b < n and toks[b].field == "title")
                or not any(toks[k].field == "title" for k in range(n) if not a <= k < b)):
            # the title's own words ("... at the Institute"), or the only title: a thesis is named by its title
            return
        for x in school:
            x.relabel("publisher")
        return


_EDITOR_WORDS = frozenset({"ed", "eds", "editor", "editors", "hrsg", "hg", "coord", "coords", "org", "orgs", "dir",
                           "dirs", "éd", "éds"})


_NAME_MARKS = frozenset({",", "&", "and", ".", "-", "'", "’"})
# before an edited book's "(Hrsg.)", a slash joins names too ("in: Okafor, Jan/Moreau, Li (Hrsg.):", German, French);
# not where nothing closes the names ("Ed. A. Lee. Taylor & Francis / Routledge. Lee, B.": a publisher's slash)
_EDITOR_MARKS = _NAME_MARKS | {"/"}
# "and" between editors' names in the other languages of the dev set's pages (Spanish, Portuguese and Italian,
# German, French): "en J. Espiga y A. Elizaincín (orgs.)"
_AND_WORDS = frozenset({"y", "e", "und", "et"})


_EDITORS_SPAN = 40  # tokens from "In" to the editors' bracket: a few names with their initials


def edited_volume_at(toks: Sequence[Token], i: int) -> tuple[int, int, int] | None:
    """Whether toks[i] opens "In A. Editor & B. Editor (eds.)": where the editors' names start, the index of the
    bracket that opens "(eds.)" and of the one that closes it."""
    word = toks[i].text
    # "In" as the labeller reads it in the pages' languages ("en", "em", "dans", features.as_read)
    if as_read(word).lower() != "in" or (word.islower() and i and toks[i - 1].text not in _AFTER_IN):
        return None  # (lower case only after a stop, a comma or a quoted title: '“Title” en A. Editor (coord.)')
    start = i + 1 + (i + 1 < len(toks) and toks[i + 1].text == ":")
    for k in range(start, min(len(toks) - 2, start + _EDITORS_SPAN)):
        t = toks[k]
        if t.text == "(":
            word = toks[k + 1].text.lower().rstrip(".")
            close = k + 2 + (toks[k + 2].text == ".")
            if word in _EDITOR_WORDS and k > start and close < len(toks) and toks[close].text == ")":
                return start, k, close
            return None
        if not (t.text[:1].isupper() or t.text in _EDITOR_MARKS or t.text.lower() in NAME_PARTICLES
                or t.text in _AND_WORDS):
            return None  # a word that is no part of a name: "In this paper ...", "In press"
    return None


def editors_by_at(toks: Sequence[Token], i: int) -> tuple[int, int] | None:
    """Whether toks[i] opens "ed. by A. Editor and B. Editor", "edited by ...", "eds. ...", "Hg. von ..." (after the
    book's title):
    where the names start and where they end (exclusive)."""
    word = toks[i].text.lower()
    if word not in ("ed", "eds", "edited", "hg", "hrsg") or not i \
            or (toks[i - 1].text not in (",", ".", "(") and toks[i - 1].line == toks[i].line):
        return None  # (after a stop, a comma, a bracket, or on a line of its own)
    j = i + 1
    if word != "edited":
        if j >= len(toks) or toks[j].text not in (".", "by", "von"):
            return None  # "Ed H. Chi" is a name; "ed." or "ed by" says what follows
        j += toks[j].text == "."
    if j < len(toks) and toks[j].text in ("by", "von"):  # (German: "Hg. von", "hrsg. von")
        j += 1
    elif word in ("hg", "hrsg"):
        return None
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


_PAGE_WORDS = frozenset({"S", "pp", "p", "pages", "Seiten", "págs", "pág", "pgs"})


def _place_and_year(toks: Sequence[Token], k: int) -> bool:
    """Whether toks[k:] open a book's imprint or pages after its title: a place and a year ("Berlin 2019") or a page
    word ("S. 45", "pp. 1-10") before the next comma or stop (a year alone may end the title: "..., 1729–1830")."""
    for m, t in enumerate(islice(toks, k, k + 6)):
        if t.text in (",", ";", ".") or t.line != toks[k - 1].line:
            return False
        if t.text in _PAGE_WORDS or (YEAR.fullmatch(t.text) and m and toks[k].text[:1].isupper()):
            return True
    return False


def edited_volume(toks: Sequence[Token]) -> None:
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
            while end < n and toks[end].text not in ("(", ".", ";") and toks[end].line == toks[j].line \
                    and not (toks[end].text == "," and _place_and_year(toks, end + 1)):
                end += 1  # (to a comma before the place and year or the pages: "*Book*, Berlin 2019, S. 45–60")
        for t in toks[j:end]:
            if t.field in ("title", "author", "other", "venue", "publisher"):
                t.label = "venue"
        i = max(end, i + 1)


# GB/T 7714, China's national citation standard (also written in English): "Authors. Title[J]. Journal, 2021,
# 51(03): 85-92." The bracketed code after the title says what the work is: J journal article, C proceedings paper
# ("[C]//Proceedings of ..."), D thesis, M book, R report, P patent, N newspaper, S standard, A part of a
# collection, Z other, EB/OL or J/OL online
_STOPS = frozenset({".", "。", "．"})
_GBT_CODES = frozenset({"J", "C", "D", "M", "R", "N", "P", "S", "A", "Z", "G", "CP", "DB", "EB", "OL"})
# the code read into a title's end ("Title[J]", "[EB/OL]"): no part of it (sources/assemble.py's title cleaning)
GBT_CODE_AFTER = re.compile(r"\s*\[(?:" + "|".join(sorted(_GBT_CODES - {"OL"}, key=lambda c: (-len(c), c)))
                            + r")(?:/OL)?\]\s*[.,]?$")


def _entry_start(toks: Sequence[Token]) -> int:
    """Where an entry's own words start: after the heading read with it and its list number ("[27]", "12.")."""
    first = next((k for k, t in enumerate(toks) if t.tag != "heading"), 0)
    return first + list_number(toks[first:])


# the Bluebook's citation of an article (law reviews, and law faculty's pages): "Title, 113 Calif. L. Rev. 1021
# (2025)", "Author, *Title*, 99 Ind. L.J. 501, 510 (2024)", "..., 113 Calif. L. Rev. __ (forthcoming 2025)": the
# volume before the journal's name, the first page (and a pin cite) after it, the year in brackets
_BLUEBOOK_JOURNAL_WORD = lazy_compile(r"[A-Z][A-Za-z'’&-]*|&|of|on|and|the|in|for|[.]")
_BLUEBOOK_PAGE = lazy_compile(r"\d{1,5}|_+")
_BLUEBOOK_VOLUME = lazy_compile(r"\d{1,4}")
_BLUEBOOK_IN_BRACKETS = frozenset({"forthcoming", "draft", "on", "file", "with", "author"})  # "(forthcoming 2025)"
_BLUEBOOK_JOURNAL_TOKENS = 12


def _bluebook_title_start(head: list[Token]) -> tuple[int, int]:
    """Where the title starts in the words before a Bluebook citation's volume, and where the authors before it end:
    a title set apart (in italics, or linked: "*Title*", "[Title](ssrn)") is the run of such words that ends them,
    the words before it names only when they are pieces of one to four capitalised words between commas ("Jane Doe
    & John Roe, "), else other words of the page ("Associate Professor of Law[Title](url)"); a plain title starts
    after such names."""
    def apart(t: Token) -> bool:
        return t.italic or (t.href is not None and not t.link_word)

    names, k = 0, 0
    while True:  # the names: pieces of one to four capitalised words between commas, "&" or "and"
        c = next((j for j in range(k, len(head)) if head[j].text == ","), None)
        words = [t for t in head[k:c] if t.text[:1].isalnum()]
        if c is None or not 1 <= len(words) <= 4 or any(apart(w) for w in words) \
                or not all(w.text[:1].isupper() or w.text == "and" for w in words):
            break
        names = k = c + 1
    last = max((k for k, t in enumerate(head) if t.text[:1].isalnum()), default=-1)
    if last < 0 or not apart(head[last]):
        return names, names
    start = last
    while start > 0 and (apart(head[start - 1]) or (not head[start - 1].text[:1].isalnum() and start > 1
                                                     and apart(head[start - 2]))):
        start -= 1
    while start < last and not head[start].text[:1].isalnum():
        start += 1
    return start, names if names <= start else 0


def bluebook_citation(toks: Sequence[Token]) -> None:
    """An article cited in the Bluebook's form ("Title, 113 Calif. L. Rev. 1021 (2025)"), read by its grammar: the
    labeller, which no citation style of its training writes this way, read the title as the venue (set in
    italics, as venues are elsewhere) or as names, and the journal's abbreviated name as nothing. The words before
    the comma before the volume end with the title, and the names before it (see _bluebook_title_start)."""
    n = len(toks)
    first = _entry_start(toks)
    for y in range(first + 4, n - 1):
        if not YEAR.fullmatch(toks[y].text) or toks[y + 1].text != ")":
            continue
        o = y - 1
        while o > first and toks[o].text.lower() in _BLUEBOOK_IN_BRACKETS:
            o -= 1
        p = o - 1
        if toks[o].text != "(" or p <= first or any(t.line != toks[y].line for t in toks[p:y]):
            continue
        if p - 2 > first and toks[p].text.isdigit() and toks[p - 1].text == "," and toks[p - 2].text.isdigit():
            p -= 2  # the pin cite after the first page: "501, 510 (2024)"
        while p - 1 > first and toks[p].text.startswith("_") and toks[p - 1].text.startswith("_"):
            p -= 1  # the page not known yet, "__" read as marks one by one
        if not _BLUEBOOK_PAGE.fullmatch(toks[p].text):
            continue
        v = p - 1
        while v > first and p - v <= _BLUEBOOK_JOURNAL_TOKENS and _BLUEBOOK_JOURNAL_WORD.fullmatch(toks[v].text):
            v -= 1
        journal = toks[v + 1:p]
        if v - 1 <= first or not _BLUEBOOK_VOLUME.fullmatch(toks[v].text) or toks[v - 1].text != "," \
                or not any(t.text[:1].isupper() for t in journal) or toks[v].line != toks[y].line:
            continue
        head = list(toks[first:v - 1])
        if not any(t.text[:1].isalnum() for t in head):
            continue
        start, named = _bluebook_title_start(head)
        if start >= len(head):
            continue
        for k, t in enumerate(head):
            # the title; the names before it, less the comma that ends them; other words of the page before it
            t.relabel("title" if k >= start else "author" if k < named - 1 or (k == named - 1 and t.text != ",")
                      else "other")
        toks[v].relabel("volume")
        toks[v - 1].relabel("other")
        for t in journal:
            t.relabel("venue")
        for t in toks[p:o]:
            t.relabel("volume" if t.text[:1].isdigit() else "other")
        for t in toks[o + 1:y]:
            t.relabel("status" if t.text.lower() == "forthcoming" else "other")
        toks[o].relabel("other")
        toks[y + 1].relabel("other")
        toks[y].relabel("year")
        return


# a name written surname first with its initials after it: "OKAFOR, A.", "PARK, J. B.", "Окафор А. А." (ABNT, the
# Brazilian standard; GOST, the Russian one), the surname capitalised or in capitals
_SURNAME = lazy_compile(r"[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*")
_INITIAL = lazy_compile(r"[^\W\d_]{1,2}")
_NAMES_BEFORE_TITLE = 12  # names at most


def _surname_first(toks: Sequence[Token], i: int) -> int | None:
    """The end (exclusive) of a name at i written surname first, initials after ("OKAFOR , A . B .", "Парк Д ."),
    the initials' last full stop included; None when there is no such name there."""
    n = len(toks)
    if i >= n or not _SURNAME.fullmatch(toks[i].text) or not toks[i].text[:1].isupper():
        return None
    k = i + 1
    while k < n and toks[k].text[:1].isupper() and _SURNAME.fullmatch(toks[k].text) and len(toks[k].text) > 2:
        k += 1  # "DA SILVA", "Van Dyke"
    if k < n and toks[k].text == ",":
        k += 1
    m = k
    while m + 1 < n and _INITIAL.fullmatch(toks[m].text) and toks[m].text[:1].isupper() and toks[m + 1].text == ".":
        m += 2
    return m if m > k else None


def title_after_initials(toks: Sequence[Token]) -> None:
    """"OKAFOR, A.; PARK, J. Máquinas e trabalho. **Revista ...**, v. 35, 2020." (ABNT), "Окафор А. А., Парк Д.
    Виджеты и рынки // Вопросы экономики. 2020." (GOST): names written surname first with their initials after
    them, the last initial's full stop ending the list, read on into the title by the labeller, so that the entry
    had none. With no title read, the words from there to the full stop before the venue ("//", or the venue the
    labeller read, or the next full stop) are the title; after "//", the words to the next full stop are the venue
    when none was read."""
    if any(t.field == "title" for t in toks):
        return
    n = len(toks)
    first = _entry_start(toks)
    k, names = first, 0
    while names < _NAMES_BEFORE_TITLE and (end := _surname_first(toks, k)) is not None:
        names += 1
        k = end
        if k < n and toks[k].text in (";", ","):
            k += 1
            continue
        break
    if not names or k >= n or toks[k - 1].text != "." or not toks[k].text[:1].isupper() \
            or toks[k].line != toks[k - 1].line:
        return
    start = k
    stop = next((j for j in range(start, n) if _double_slash(toks, j) or toks[j].field in ("venue", "year")
                 or (toks[j].text in _STOPS and j > start)), n)
    words = [t for t in toks[start:stop] if t.text[:1].isalnum()]
    if len(words) < 2 or stop >= n:
        return
    for t in toks[first:start]:
        t.relabel("other" if t.text == ";" else "author")
    for t in toks[start:stop]:
        t.relabel("title")
    if _double_slash(toks, stop):
        slash = stop + (1 if toks[stop].text == "/" else 0)
        for t in toks[stop:slash + 1]:
            t.relabel("other")
        if not any(t.field == "venue" for t in toks[slash + 1:]):
            v = slash + 1
            while v < n and toks[v].text not in _STOPS and toks[v].field != "year":
                toks[v].relabel("venue")
                v += 1


def _double_slash(toks: Sequence[Token], j: int) -> bool:
    """GOST's "//" between a paper's title and its venue, one token or two."""
    return toks[j].text == "//" or (toks[j].text == "/" and j + 1 < len(toks) and toks[j + 1].text == "/"
                                    and not toks[j + 1].space_before)


def gbt_citation(toks: Sequence[Token]) -> None:
    """A GB/T 7714 citation read by its grammar where the labeller missed a part: the title ends right before the
    code ("Title[J]", the code in capitals right after the title's last word); the words from the entry's start
    (after its list number) to the full stop before the title are the authors when they are pieces of at most four
    words between commas; after the code and its "." or "//", the words up to the first comma are the venue when the
    labeller read none."""
    n = len(toks)
    # right after the title's last word: not after a venue, a year or a number ("ICSE 2024 [A]" is a rank tag)
    m = next((k for k in range(1, n - 2) if toks[k].text == "[" and toks[k - 1].text[:1].isalpha()
              and toks[k - 1].field not in ("venue", "year", "volume", "award")
              and toks[k - 1].line == toks[k].line and _gbt_code_end(toks, k) is not None), None)
    if m is None:
        return
    close = _gbt_code_end(toks, m)
    assert close is not None
    first = _entry_start(toks)
    start = m - 1
    if toks[start].field == "title":
        while start > first and toks[start - 1].field == "title":
            start -= 1
    else:  # the title the labeller missed: the words from the full stop after the authors up to the code
        while start > first and toks[start - 1].text not in _STOPS and toks[start - 1].line == toks[m].line:
            start -= 1
        if start == first or toks[start - 1].text not in _STOPS:
            return
        for t in toks[start:m]:
            t.label = "title"
    if first < start - 1 and toks[start - 1].text == ".":
        names = toks[first:start - 1]
        pieces = " ".join(t.text for t in names).split(",")
        if all(0 < len(p.split()) <= 4 for p in pieces) and not any(t.field in ("venue", "year") for t in names):
            for t in names:
                t.label = "author"
    for t in toks[m:close + 1]:
        t.label = "other"
    j = close + 1
    while j < n and toks[j].text in (".", "/", "//"):
        j += 1
    # a venue read before the citation's year (not one of a translation after it: "... 2023, 60(4): 763-771. (CHAI
    # Ruo-nan, ... Efficient ...[J]. Journal of ..., 2023 ...)")
    year = next((y for y in range(close + 1, n) if toks[y].field == "year"), n)
    if any(t.field == "venue" for t in toks[close + 1:year]):
        return
    k = j
    while k < n and toks[k].text not in (",", "，") and toks[k].field != "year" and toks[k].line == toks[j].line:
        k += 1
    if j < k < n and toks[k].text in (",", "，"):
        for t in toks[j:k]:
            t.label = "venue"


_YEAR_AFTER_VENUE = 8  # tokens: a journal's edition in brackets, its comma, then its year and issue
_CJK_NAME_SEPS = frozenset({",", "，", "、", ";", "；"})
_CJK_NAME_MARKS = frozenset({"*", "†", "‡", "#", "✉", "(", ")", "（", "）"})
_CJK_ROLE_MARKS = _CJK_NAME_MARKS - {"(", ")", "（", "）"}  # the marks after a name (no bracket)


def cjk_citation(toks: Sequence[Token]) -> None:
    """A citation in Chinese or Japanese read by its shape where the labeller lost its parts: "李春果, 王宏伟†, 温瑞智,
    **强生银**. 2021. 题名. 地震地质, 43(05): 1085-1100." The names (one to four CJK characters each, or a surname and
    a given name, between commas or ideographic commas, marks apart) up to the full stop; the year and its stop; the
    title up to the next stop; the venue up to its comma or volume, and the year after that comma when none came
    before. Only when the entry opens with two names or more so written (or one in bold, the owner's), and its title
    and venue are found."""
    n = len(toks)
    first = _entry_start(toks)
    k, names, piece = first, 0, 0
    while k < n and toks[k].line == toks[first].line and toks[k].text not in _STOPS:
        w = toks[k].text
        if w in ("(", "（") and k + 2 < n and YEAR.fullmatch(toks[k + 1].text) and toks[k + 2].text in (")", "）"):
            break  # the names, then the year in brackets: "王成军 (2016) 题名. 期刊" (read below)
        if w in _CJK_NAME_SEPS:
            if not piece:
                return
            names, piece = names + 1, 0
        elif CJK_NAME.fullmatch(w) and piece < 2:
            piece += 1
        elif w not in _CJK_NAME_MARKS and not w.isdigit():
            return
        k += 1
    names += 1 if piece else 0
    # (one name, the page owner's in bold: "**汪斌**.题名. 期刊, 2025第2期"; or any one name, when the venue's comma and
    # the year after it say the rest is a citation: "蒋和超.题名.期刊(社会科学版),2018,18(02):85-97.")
    alone = names == 1 and not toks[first].bold
    if not names or k >= n or k == first:
        return
    end_names = k
    if toks[k].text in _STOPS:
        k += 1
    year = None
    if k < n and YEAR.fullmatch(toks[k].text):
        year, k = k, k + 1
        while k < n and toks[k].text in (".", ")", "。", "．"):
            k += 1
    elif k + 2 < n and toks[k].text in ("(", "（") and YEAR.fullmatch(toks[k + 1].text):
        year, k = k + 1, k + 3
        while k < n and toks[k].text in (".", "。", "．"):
            k += 1
    t0 = k
    while k < n and toks[k].text not in _STOPS and toks[k].line == toks[t0].line and toks[k].text != "[":
        k += 1
    if k == t0 or k >= n or toks[k].text == "[":
        return  # no title, or a GB/T 7714 code after it (gbt_citation reads those)
    t1 = k
    k += 1
    v0 = k
    while k < n and toks[k].text not in (",", "，", "(") and not toks[k].text[:1].isdigit() \
            and toks[k].line == toks[v0].line and toks[k].text not in _STOPS:
        k += 1
        if k + 2 < n and k > v0 and toks[k].text in ("(", "（") and CJK_CHAR.search(toks[k + 1].text) \
                and toks[k + 2].text in (")", "）"):
            k += 3  # the journal's edition, part of its name: "南京农业大学学报(社会科学版)"
    if k == v0 or not any(CJK_CHAR.search(t.text) or t.text[:1].isalpha() for t in toks[v0:k]) \
            or not any(CJK_CHAR.search(t.text) for t in toks[first:end_names]):
        return
    if alone and year is None and not (k + 1 < n and toks[k].text in (",", "，") and YEAR.fullmatch(toks[k + 1].text)):
        return
    for t in toks[first:end_names]:
        t.label = "author" if t.text not in _CJK_NAME_MARKS else "other"
    if year is not None:
        toks[year].label = "year"
    for t in toks[t0:t1]:
        t.label = "title"
    for t in toks[v0:k]:
        t.label = "venue"
    if k + 2 < n and toks[k].text in (",", "，") and toks[k + 1].text.isdigit() and toks[k + 2].text in (":", "："):
        toks[k + 1].label = "volume"  # "编辑学刊,3:59-64": the volume, then the pages
    if year is None:  # "期刊, 2024第5期", "期刊(哲学社会科学版), 2025第2期": the year, then the issue
        j = next((j for j in range(k, min(n, k + _YEAR_AFTER_VENUE)) if toks[j].line == toks[v0].line
                  and YEAR_ISSUE.fullmatch(toks[j].text)), None)
        if j is not None:
            toks[j].label = "year"
    toks[first].label = "B-" + toks[first].field


def cjk_title_first(toks: Sequence[Token]) -> None:
    """A Japanese citation written title first, as researchmap lists them: "応答発話の収集, 村田 匡輝, 大野 誠寛,
    電気学会論文誌, Vol. 138-C, No. 5, pp. 637 -- 638, 2018年5月". The names (a surname and a given
    name of one to four kana or kanji each, a space between: Japanese writes no space inside a title) between commas
    after the title, the venue up to its comma or number after them; the labeller read the names into the title, or
    the title as no field and the venue as the title. Not when the first words are themselves such a name or were
    read as authors (a citation written authors first)."""
    n = len(toks)
    first = _entry_start(toks)
    k = first
    while k < n and toks[k].text not in _CJK_NAME_SEPS and toks[k].line == toks[first].line:
        k += 1
    if k == first or k >= n or not any(CJK_CHAR.search(t.text) for t in toks[first:k]) or _cjk_name(toks, first) == k \
            or any(t.field == "author" for t in toks[first:k]):
        return
    t1, names = k, list[Token]()
    while k < n and toks[k].text in _CJK_NAME_SEPS and (end := _cjk_name(toks, k + 1)) is not None:
        names.extend(toks[k if names else k + 1:end])  # the commas between them with them
        k = end
    if not names or k >= n or toks[k].text not in _CJK_NAME_SEPS:
        return
    v0 = k = k + 1
    while k < n and toks[k].text not in _CJK_NAME_SEPS and toks[k].line == toks[v0].line \
            and not toks[k].text[:1].isdigit() and toks[k].text.lower() not in ("vol", "pp", "no"):
        k += 1
    if k == v0 or not any(CJK_CHAR.search(t.text) or t.text[:1].isalpha() for t in toks[v0:k]):
        return
    for t in toks[first:t1]:
        t.relabel("title")
    for t in names:
        t.relabel("author")
    for t in toks[v0:k]:
        t.relabel("venue")
    toks[first].label = "B-" + toks[first].field


def _cjk_name(toks: Sequence[Token], k: int) -> int | None:
    """Where a Japanese name written "surname given" (two words of one to four kana or kanji, a space between, marks
    after it allowed) that starts at toks[k] ends, when one does."""
    if k + 1 >= len(toks) or not (CJK_NAME.fullmatch(toks[k].text) and CJK_NAME.fullmatch(toks[k + 1].text)
                                  and toks[k + 1].space_before):
        return None
    k += 2
    while k < len(toks) and toks[k].text in _CJK_ROLE_MARKS:
        k += 1
    return k


def corner_brackets(toks: Sequence[Token]) -> None:
    """A Japanese citation's own marks: an article's title in single corner brackets and the journal or book it is
    in in double ones, "Names (2019) 「Title」, 『Journal』, 第220巻, 第4号, 37-49." (the standard Japanese style).
    When the labeller read no venue, the words in 『』 after 「」 are the venue; when it read no authors, the names
    (one to four kana or kanji each, between commas or "・") from the entry's start to the year or the 「 are the
    authors. (A book's own title is in 『』 with no 「」 before it: left as read.)"""
    n = len(toks)
    close = next((k for k, t in enumerate(toks) if t.text == "」"), None)
    if close is None or any(t.field == "venue" for t in toks) or not any(YEAR.fullmatch(t.text) for t in toks):
        return  # (a citation gives its year: not a show's 「name」 and 『programme』 in a list of quiz shows)
    o = next((k for k in range(close + 1, min(n, close + 4)) if toks[k].text == "『"), None)
    if o is None:
        return
    c = next((k for k in range(o + 1, min(n, o + _BOOK_WORDS)) if toks[k].text == "』"), None)
    if c is None or c == o + 1:
        return
    for t in toks[o + 1:c]:
        t.relabel("venue")
    first = _entry_start(toks)
    k, names = first, []
    while k < close and toks[k].text not in ("(", "（", "「") and toks[k].line == toks[first].line:
        if CJK_NAME.fullmatch(toks[k].text):
            names.append(toks[k])
        elif toks[k].text not in _CJK_NAME_SEPS and toks[k].text not in _CJK_NAME_MARKS and toks[k].text != "・":
            return
        k += 1
    if names and not any(t.field == "author" for t in toks):
        for t in names:
            t.relabel("author")


_BOOK_WORDS = 30  # tokens: a journal's or a book's name in 『』 is shorter


def _gbt_code_end(toks: Sequence[Token], k: int) -> int | None:
    """Where "[J]", "[C]", "[EB/OL]" that opens at k closes, or None when k opens no GB/T 7714 code."""
    j = k + 1
    while j < len(toks) and j <= k + 4 and (toks[j].text in _GBT_CODES or toks[j].text == "/"):
        j += 1
    return j if j > k + 1 and j < len(toks) and toks[j].text == "]" else None


def revise_and_resubmit(toks: Sequence[Token]) -> None:
    """"R&R at *American Economic Review*", "Title, R&R, *Journal*": an economist's status, revise and resubmit,
    written as "R&R" (three tokens, no space between them), which the labeller read as two initials and the names
    of authors. The three are the status, and an "at" right after them no name either."""
    for i in range(len(toks) - 2):
        if toks[i].text in ("R", "r") and toks[i + 1].text == "&" and toks[i + 2].text in ("R", "r") \
                and not toks[i + 1].space_before and not toks[i + 2].space_before:
            for t in toks[i:i + 3]:
                t.relabel("status")
            if i + 3 < len(toks) and toks[i + 3].text.lower() == "at" and toks[i + 3].field == "author":
                toks[i + 3].relabel("other")


def written_urls(toks: Sequence[Token]) -> None:
    """"... Journal of Statistics. [https://doi.org/10.1080/00949655.2021.1955884]", "doi: 10.1101/2022.06.15.496321",
    "liuxuebo@hit.edu.cn": an address, a DOI or an e-mail address written out as text is cut into tokens at its stops
    and slashes, and the labeller may read a number of it as the year, a volume or pages (or a host's last part,
    "cn", as a venue); every token of it is a link's (its numbers say nothing of the paper: an address's ids are
    read from the text apart)."""
    n = len(toks)
    i = 0
    while i < n:
        t = toks[i]
        low = t.text.lower()
        if low in ("http", "https") and i + 3 < n and toks[i + 1].text == ":" and toks[i + 2].text == "/" \
                and not any(x.space_before for x in toks[i + 1:i + 4]):
            j = i + 4
        elif low == "www" and i + 1 < n and toks[i + 1].text == "." and not toks[i + 1].space_before:
            j = i + 2
        elif low == "doi" and i + 3 < n and toks[i + 1].text == ":" and toks[i + 2].text == "10" \
                and toks[i + 3].text == "." and not toks[i + 3].space_before and toks[i + 2].line == t.line:
            i += 2  # the word "doi" itself stays as read ("DOI" as a link word, or other)
            j = i + 2
        elif low == "@" and 0 < i < n - 2 and not t.space_before and not toks[i + 1].space_before \
                and toks[i - 1].text[:1].isalnum() and toks[i + 1].text[:1].isalnum() and toks[i + 2].text == "." \
                and not toks[i + 2].space_before and toks[i + 2].line == t.line:
            # an e-mail address ("liuxuebo@hit.edu.cn": its "cn" is no venue; not "Workshop@NeurIPS", whose host has
            # no dot), from the start of its name
            j = i + 2
            while i > 0 and not toks[i].space_before and toks[i - 1].line == t.line \
                    and toks[i - 1].text not in _URL_ENDS:
                i -= 1
        else:
            i += 1
            continue
        while j < n and not toks[j].space_before and toks[j].line == toks[j - 1].line and toks[j].text not in _URL_ENDS:
            j += 1  # (to a mark no address holds: AsciiDoc's "link:https://x.org/a.pdf[Title]" writes its text after)
        while j > i + 1 and toks[j - 1].text in _URL_CLOSES:
            j -= 1  # "(https://x.org/a)." or "[url]": the bracket and the stop after it are the sentence's
        for x in toks[i:j]:
            if x.field in ("year", "volume", "title", "venue", "author"):
                x.relabel("link")
        i = j


_URL_CLOSES = frozenset({")", "]", ".", ",", ";", ">"})
_URL_ENDS = frozenset({"[", "]", "<", ">", '"', "“", "”", "«", "»", "|", "{", "}"})


def arxiv_ids(toks: Sequence[Token]) -> None:
    """"arXiv:2011.09669 (2020)": an arXiv identifier's first part is its month's number, not a year (the tokens split
    it at its stop), where the labeller read it as one; the year is the one written apart."""
    for i in range(len(toks) - 2):
        t = toks[i]
        if t.text.lower() != "arxiv":
            continue
        k = i + 2 if toks[i + 1].text == ":" else i + 1
        if k + 2 < len(toks) and len(toks[k].text) == 4 and toks[k].text.isdigit() and toks[k + 1].text == "." \
                and toks[k + 2].text.isdigit() and len(toks[k + 2].text) in (4, 5) \
                and toks[k].line == toks[k + 2].line == t.line and toks[k].field == "year":
            for x in toks[k:k + 3]:  # of the field of the words before it ("arXiv preprint arXiv:" as the venue)
                x.relabel(toks[k - 1].field)


def venue_before_venue(toks: Sequence[Token]) -> None:
    """"*Grading standards revisited*. Status: Submitted to *Quality & Quantity*.", "Lee, A. (2023). Simulating
    inference in context. [PsyArXiv](url)": an entry with no title whose first venue run (at its opening, or after
    its authors and year only) is closed by a full stop, while its venue is named later (another venue run, or a
    status that names it): the first run is the title. Three words at least; not a run that says where a paper
    appeared ("In", "Proceedings of")."""
    prev: tuple[int, int] | None = None
    for a, e in entry_spans(toks):
        before, prev = prev, (a, e)
        if any(t.field == "title" for t in toks[a:e]):
            continue
        if before is not None and any(t.field == "title" for t in toks[before[0]:before[1]]) \
                and not any(t.field == "venue" for t in toks[before[0]:before[1]]):
            continue  # the entry before is a title alone: this one goes on from it (its venue is that title's)
        i = next((k for k in range(a, e) if toks[k].field == "venue"), e)
        if i == e or any(t.field not in ("other", "volume", "author", "year") and t.text[:1].isalnum()
                         for t in toks[a:i]):
            continue
        j = i
        while j < e and toks[j].field == "venue" and toks[j].line == toks[i].line:
            j += 1
        words = sum(t.text[:1].isalpha() for t in toks[i:j])
        if words < 3 or j >= e or toks[j].text != "." or _VENUE_LEAD.match(" ".join(t.text for t in toks[i:i + 4])) \
                or toks[i].text in ("In", "in"):
            continue
        later = [t for t in toks[j:e] if t.field in ("venue", "status")]
        if not any(t.field == "venue" for t in later) and sum(t.text[:1].isupper() for t in later) < 2:
            continue
        b = "B-" if toks[i].label.startswith("B-") else ""
        for t in toks[i:j]:
            t.label = "title"
        toks[i].label = b + "title"


# a Chinese, Japanese or Korean citation's marks: 《》 around a journal's or book's name (书名号), 〈〉, 「」 or “”
# around a paper's title (〈〉 inside 《》 in Taiwan's usage), and the words before a list of co-authors ("合作者")
_CJK_VENUE_OPEN, _CJK_VENUE_CLOSE = "《", "》"
_CJK_TITLE_MARKS = {"〈": "〉", "「": "」", "“": "”", "『": "』"}
_CO_AUTHORS = frozenset({"合作者", "合著者", "共同作者", "共著者", "with", "With"})


def cjk_bracketed_citation(toks: Sequence[Token]) -> None:
    """A citation as Chinese (and Taiwanese) pages write one, that the labeller did not read:
    '〈慢死與快活：鄭俊清的工傷身體〉，《中正台灣文學與文化研究》第2期。',
    '经济政策不确定性、投资信心与企业估值水平。（合作者：王霄，朱宇昕），《投资研究》，2023；'.
    The name in 《》 after the title is the journal (or book) it appeared in; the title is the text before it, less
    the marks around all of it (〈〉, 「」, “”) and a date or number before it; a bracketed list after "合作者："
    ("co-authors:") is its authors, and so are names the labeller read before the title; a year is the year. Only
    in a block that holds CJK text, one 《》 name, text before it, and the name in 《》 not read as the venue:
    "《Hotel California》- Eagles" (a song's name and its singer) has no text before it."""
    opens = [k for k, t in enumerate(toks) if t.text == _CJK_VENUE_OPEN]
    if len(opens) != 1 or not any(CJK_CHAR.search(t.text) for t in toks):
        return
    a = opens[0]
    b = next((k for k in range(a + 1, min(len(toks), a + _BOOK_WORDS + 2)) if toks[k].text == _CJK_VENUE_CLOSE), None)
    if b is None or b == a + 1 or any(toks[k].field == "venue" for k in range(a + 1, b)):
        return  # (the labeller read the name in 《》 as the venue: it read the entry)
    head = list(range(_entry_start(toks), a))
    authors: list[int] = []
    for k in range(a):  # "（合作者：王霄，朱宇昕）", "(with: Ma H, Mi Q)": the co-authors, no part of the title
        if toks[k].text in ("(", "（") and k + 2 < a and toks[k + 1].text in _CO_AUTHORS \
                and toks[k + 2].text in (":", "："):
            end = next((m for m in range(k + 3, a) if toks[m].text in (")", "）")), None)
            if end is None:
                return
            authors = list(range(k + 3, end))
            head = [m for m in head if not k <= m <= end]
            break
    # the title: the text before 《》 less a leading date or number and the punctuation around it, and less the marks
    # around all of it, if it has them ("〈其它性身體：東方白〈尾巴〉的身體改造〉", whose marks nest; not the quotes of
    # '从“居者有其屋”到“住有所居”——...', which open a phrase in it)
    title = [k for k in head if not (YEAR.fullmatch(toks[k].text) or _DATE_LEAD.fullmatch(toks[k].text))]
    while title and not (toks[title[0]].text[:1].isalnum() or toks[title[0]].text in _CJK_TITLE_MARKS):
        title.pop(0)
    while title and not toks[title[-1]].text[-1:].isalnum() and toks[title[-1]].text not in _CJK_TITLE_MARKS.values():
        title.pop()
    if title and any(title[i + 1] != title[i] + 1 for i in range(len(title) - 1)):
        return  # the text before 《》 is not one run
    if len(title) > 2 and (close := _CJK_TITLE_MARKS.get(toks[title[0]].text)) is not None:
        depth = 0
        for n, k in enumerate(title):
            depth += (toks[k].text == toks[title[0]].text) - (toks[k].text == close)
            if depth == 0:
                if n == len(title) - 1:
                    title = title[1:-1]
                break
    if sum(len(CJK_CHAR.findall(toks[k].text)) for k in title) < 4:
        return
    for t in toks:
        if t.field != "author":  # (names the labeller read before the title stay names)
            t.label = "other"
    for k in title:
        toks[k].label = "title"
    for k in range(a + 1, b):
        toks[k].label = "venue"
    for k in authors:
        toks[k].label = "author"
    for k in range(b + 1, len(toks)):
        if YEAR.fullmatch(toks[k].text):
            toks[k].label = "year"
    if not any(t.field == "year" for t in toks[b + 1:]):
        for k in range(a):  # a year or a date before the title ("**2025-06** 〈Title〉，《Journal》第46期"): its year
            if k not in title and (YEAR.fullmatch(toks[k].text) or YEAR_MONTH.fullmatch(toks[k].text)):
                toks[k].label = "year"
                break
    toks[0].label = "B-" + toks[0].label


_DATE_LEAD = lazy_compile(r"(?:19|20)\d\d[-./]\d{1,2}(?:[-./]\d{1,2})?|\d{1,3}[.)]?")


def cjk_date_year(toks: Sequence[Token]) -> None:
    """'..., 日本公衆衛生看護学会誌, 12(3), 162-170, 2023年12月': a date written in the Chinese or Japanese way, in
    an entry that has no year, is its year (the labeller, which knows a year as four digits alone, read it as no
    field)."""
    for s, e in entry_spans(toks):
        if any(toks[k].field == "year" for k in range(s, e)):
            continue
        k = next((k for k in range(s, e) if toks[k].field in ("other", "volume") and CJK_DATE.fullmatch(toks[k].text)),
                 None)
        if k is not None:
            toks[k].relabel("year")
