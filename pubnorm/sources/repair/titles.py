"""Repairs of titles: where a title run starts and ends (quoted titles, italic and linked titles, numbers inside a
title, a title's last words on its own line), and the year that closes a title's run."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise, takewhile

from ...lazyre import lazy_compile
from ...model import LATEST_YEAR
from ...text import CJK_CHAR, looks_like_name, split_name_list
from ...venues import parse_venue
from ..features import AWARD_WORDS, MONTHS, PUB_WORDS, STATUS_WORDS, THESIS_WORDS, YEAR, Token, join_tokens, title_style
from ..vocab import CO_AUTHORS_BY, LEAD_WORDS, LINK_WORD, QUOTE_CLOSES, TITLE_QUOTES, ends_no_title, name_shaped
from .spans import (
    INITIALS,
    THESIS_KIND,
    by_line,
    entry_spans,
    full_names,
    index_of,
    line_span,
    run_end,
    runs,
    status_only,
    whole_link,
)


def quoted_title(toks: Sequence[Token], run: list[Token]) -> list[Token]:
    """'“INFORM: Bringing Sociology to the Public Space” in Chercheurs de dieux ..., (ed).': a title opened by a quote
    mark ends at its closing mark; what the labeller read on after it is where it appeared (when the entry names
    no venue) or other."""
    i = index_of(toks, run[0])
    close = TITLE_QUOTES.get(toks[i - 1].text) if i else None
    if close is None:
        return _single_quoted_title(toks, run, i)
    if (whole := _outer_quoted(toks, i)) is not None:
        return whole
    end = _closing_at(run, toks[i - 1].text, close)
    j = index_of(toks, run[-1]) + 1
    if end is None and (more := _to_closing_mark(toks, j, close)):
        k = j + len(more)
        if toks[k].field != "title":
            return [*run, *more]
        # '"The decline of war since 1950: New evidence", in *Book*': the labeller cut the title at a year inside
        # it and read on past the closing mark; the quoted words are the title, what follows as below
        end, run = len(run) + len(more), [*run, *more, *toks[k:run_end(toks, k)]]
        j = index_of(toks, run[-1]) + 1
    nested = close == '"' and (sum(t.text == '"' for t in run) > 1 or (j < len(toks) and toks[j].text == '"'))
    if end is None or end == 0 or end >= len(run) - 1 or nested or run[end + 1].text == "(":
        return run  # a quote inside the title; "(with A and B)" after it is read with the title (its co-authors)
    if end < 2 or _subtitle_after(toks, run[end + 1:]):
        return [toks[i - 1], *run]  # '“HIV Stigma Exists”—Exploring ...': the quoted phrase opens the title
    rest = run[end:]
    if j < len(toks) and toks[j].field == "author" and toks[j].line == rest[-1].line \
            and all(t.text[:1].isupper() and t.text.isalpha() and t.text != "In" for t in rest[1:]) and len(rest) <= 4:
        # '“Title.” Stephanie A. Coronel, Josué Melguizo, ...': the first author's given name, read on with the title
        rest[0].label = "other"
        for t in rest[1:]:
            t.label = "author"
        return run[:end]
    # "” in Book ..." or "”, Journal 6(1)" goes on as a citation; "” is accepted to X" or "” wins a prize at Y" is news
    cited = not any(t.field == "venue" for t in toks) and (rest[1].text.lower() in ("in", ",", ".", ":")
                                                           or rest[1].text[:1].isupper())
    for t in rest:
        t.label = "venue" if cited and t.text[:1].isalnum() and t.text.lower() != "in" else "other"
    return run[:end]


def _single_quoted_title(toks: Sequence[Token], run: list[Token], i: int) -> list[Token]:
    """"'The chronology of John of Salisbury's studies in Paris', Studi Medievali, 3 ser. 28 (1987)": a title opened by
    a single quote at its entry's line start ends at the single quote that a comma, full stop or semicolon follows
    (an apostrophe inside a word, "Salisbury's", is followed by letters); the words after it are where it appeared
    (when the entry names no venue) or other."""
    if not i or toks[i - 1].text not in ("'", "‘") or (i > 1 and toks[i - 2].line == toks[i - 1].line
                                                          and toks[i - 2].text[:1].isalnum()):
        return run
    end = next((k for k in range(1, len(run) - 1) if run[k].text in ("'", "’")
                and run[k + 1].text in (",", ".", ";") and run[k - 1].text[:1].isalnum()), None)
    if end is None or end < 2 or _subtitle_after(toks, run[end + 1:]):
        return run  # ("‘Fear Thy Neighbor’: Paranoia and ...": a quoted phrase opens the title)
    rest = run[end:]
    cited = not any(t.field == "venue" for t in toks)
    for t in rest:
        t.label = "venue" if cited and t.text[:1].isalnum() else "other"
    return run[:end]


def last_name_read_as_title(toks: Sequence[Token], titles: list[list[Token]]) -> list[list[Token]]:
    """'YW Lee*, R Mout*, ..., VM Rotello. "In Vivo Editing of ..." Adv. Funct. Mater., 2019': the labeller read the
    last name after an elided part of the author list as the title, and the quoted title after it as a second one. A
    first title run of a few capitalised words right after the author list, a full stop or comma after it and then a
    title run set wholly in quotes, is the list's last name; the quoted run is the title (unquoted too, see below)."""
    if len(titles) < 2:
        return titles
    first, second = titles[0], titles[1]
    words = [t for t in first if t.text[:1].isalnum()]
    i, j = index_of(toks, first[0]), index_of(toks, second[0])
    if not words or len(words) > 3 or len(first) > 4 or not all(w.text[:1].isupper() for w in words) \
            or not any(t.field == "author" for t in toks[:i]) or i == 0 or toks[i - 1].field not in ("author", "other"):
        return titles
    between = toks[index_of(toks, first[-1]) + 1: j]
    close = TITLE_QUOTES.get(between[-1].text) if between else None
    k = index_of(toks, second[-1]) + 1
    second_words = sum(t.text[:1].isalnum() for t in second)
    quoted = close is not None and not any(t.text[:1].isalnum() for t in between) and k < len(toks) \
        and toks[k].text == close and second_words >= 3 and not any(t.text == close for t in second)
    # ... or, unquoted, the last of a list of names ended by a full stop ("Bizhao Pang, Wei Dai, Thu Ra, Kin Huat Low.
    # A concept of airspace configuration ... *IEEE/AIAA DASC 2020*": three papers of an engineer's list titled by a
    # co-author's name): a whole name after the list's comma, then a title of four words or more
    listed = close is None and [t.text for t in between] == ["."] and toks[i - 1].text == "," and len(words) >= 2 \
        and name_shaped(join_tokens(first)) and second_words >= 4 and first[-1].line == second[0].line
    if not (quoted or listed):
        return titles
    for t in first:
        t.label = "author"
    return titles[1:]


def by_line_in_title(toks: Sequence[Token], run: list[Token]) -> list[Token]:
    """INSPIRE's citation, each field on a line of its own: "* Complete Set of Dimension-9 Operators ...\nBy Hao-Lin Li,
    Zhe Ren, ...\narXiv:2007.07899 [hep-ph].": the labeller read the title on into "By" and the first name of the line
    under it. A title run that goes on, at the start of the next line (or span), into "By" and capitalised words up to
    the author list ends before "By"; the words are the list's first name."""
    for k in range(2, len(run) - 1):
        t = run[k]
        if t.text != "By" or (t.line == run[k - 1].line and t.span == run[k - 1].span):
            continue
        rest = run[k + 1:]
        j = index_of(toks, run[-1]) + 1
        if not rest or len(rest) > 4 or not all(w.text[:1].isupper() or w.text in ("-", ".") for w in rest) \
                or j >= len(toks) or toks[j].field != "author":
            return run
        t.label = "other"
        for w in rest:
            w.label = "author"
        return run[:k]
    return run


def title_after_names_span(toks: Sequence[Token], run: list[Token]) -> list[Token]:
    """"**A. Lind, B. Okafor, Hartmut Schmitt:** Title. In: ...", "**S. Wang, T. Xie, and B. Hoex,** ["Title,"](url)":
    an author list set in a span of its own (bold, italic) whose last name the labeller read as the title's start: the
    title begins where the span ends, and the name and its marks inside the span are the author list's end (a field
    seldom runs across the end of a span the page set it in). Only a few capitalised words after the span's names."""
    first = run[0]
    if not (first.bold or first.italic):
        return run
    i = index_of(toks, first)
    b = i - 1
    while b >= 0 and toks[b].span == first.span and not toks[b].text[:1].isalnum() and toks[b].field == "other":
        b -= 1  # the list's comma before the name: "Simone Salemi, Hartmut Schmitt:"
    if b < 0 or toks[b].span != first.span or toks[b].field != "author" or toks[b].line != first.line:
        return run
    end = next((k for k, t in enumerate(run) if t.span != first.span), None)
    if end is None or end > _SPAN_NAME_TOKENS:
        return run
    lead, rest = run[:end], run[end:]
    words = [t for t in lead if t.text[:1].isalnum()]
    if not words or not all(w.text[:1].isupper() or w.text.lower() in _NAME_JOINERS for w in words) \
            or any(t.text not in (",", ":", ".", "-", ";", "&") for t in lead if not t.text[:1].isalnum()):
        return run
    s = next((k for k, t in enumerate(rest) if t.text[:1].isalnum()), len(rest))
    if sum(t.text[:1].isalnum() for t in rest[s:]) < 2:
        return run  # no title after the span: the labeller's reading stays
    for t in lead:
        t.label = "author" if t.text[:1].isalnum() else "other"
    for t in rest[:s]:
        t.label = "other"  # the title's opening quote: quoted_title reads the title to its closing mark
    return rest[s:]


_SPAN_NAME_TOKENS = 6  # a name's tokens and marks at the end of an author list's span: "Hartmut Schmitt :", "Hoex ,"


def author_list_before_colon(toks: Sequence[Token], run: list[Token]) -> list[Token]:
    """"Kazuya Okafor, Yurie Lind and Norihide Moreau:<br>Title,<br>Proc. of ...", "**Rodrigo Lind, Arghavan Okafor:**
    Title. In: ...": an author list that ends in a colon, set apart from the title by a line break or by markup of its
    own, read as the title's start. Two names or more, each written out in two words or more (or any names, surnames
    alone too, in italics or bold of their own before a title in other markup: "_Quill, Brandt:_ [**_Title_**](doi)"):
    the title begins after the colon. (A title's own colon runs on in its line and markup: "Environmental, Social,
    and Governance Criteria: Why ..." stays. authors.names_before_colon reads DBLP's three names or more before a
    title on their line.)"""
    k = _colon_after_names(run)
    if k is None:
        return run
    for t in run[:k]:
        t.relabel("author")
    run[k].relabel("other")
    return run[k + 1:]


def title_after_author_colon(toks: Sequence[Token]) -> None:
    """The same author list and colon set apart from the title, with the title read on as names: in an entry with no
    title, the words after the colon to the author run's end are the title, when they are no list of names."""
    if any(t.field == "title" for t in toks):
        return
    i = next((m for m, t in enumerate(toks) if t.field == "author"), None)
    if i is None:
        return
    j = i
    while j < len(toks) and toks[j].field == "author":
        j += 1
    k = _colon_after_names(toks[i:j])
    if k is None:
        return
    names, _ = split_name_list(join_tokens(toks[i + k + 1:j]))
    if names and all(name_shaped(n) for n in names):
        return  # names after names: the labeller's reading stays
    toks[i + k].relabel("other")
    for t in toks[i + k + 1:j]:
        t.relabel("title")


def _colon_after_names(run: Sequence[Token]) -> int | None:
    """Where the colon that ends an author list at the run's start is (see author_list_before_colon), or None."""
    k = next((m for m, t in enumerate(run[:_NAMES_BEFORE_COLON]) if t.text in (":", "：")), None)
    if k is None or k < 1 or k + 2 >= len(run):
        return None
    colon, after = run[k], run[k + 1]
    if after.line == colon.line and after.span == colon.span:
        return None
    names, _ = split_name_list(join_tokens(run[:k]))
    # names in italics or bold of their own, closed by the colon (in the names' markup or after it), before a title
    # in other markup ("_Quill, Brandt:_ [**_Title_**](doi)", "_Quill_: ..."): surnames alone, one name alone, are
    # the authors too
    styled = (run[0].italic or run[0].bold) and all(t.span == run[0].span for t in run[:k]) \
        and (after.href or after.bold or after.italic) and after.href != run[0].href
    if not names or (len(names) < 2 and not styled) or (k < 3 and not styled) \
            or not all(name_shaped(n) and (len(n.split()) >= 2 or (styled and looks_like_name(n))) for n in names) \
            or sum(t.text[:1].isalnum() for t in run[k + 1:]) < 2:
        return None
    return k


_NAMES_BEFORE_COLON = 60  # tokens of an author list before its colon, at most


def names_going_on_into_title(toks: Sequence[Token], run: list[Token]) -> list[Token]:
    """"**_Di Jin_**, Mark Heimann, Ryan Rossi and Danai Koutra. node2bits: ...", "..., Jenny Díaz-Ramírez<sup>+</sup>,
    “Modelling mode choice ...”", "Wen Y, ..., Yiu-Wing Mai, In-situ shear exfoliation ...": an author list whose comma
    the labeller read on into the title run with the names after it. A list's comma is never followed by a title, so
    the whole names after it (two to four capitalised words each, written out: a name with initials is cut at their
    stops and left as read; joined by commas and "and"), up to the full stop or comma before the title's own words,
    are the list's end."""
    i = index_of(toks, run[0])
    if i < 2 or toks[i - 1].text not in (",", "&", "and") or toks[i - 2].field != "author" \
            or toks[i - 1].line != run[0].line:
        return run
    def opens_title(k: int) -> bool:
        # after a comma, a title opens with a capital or a quote ("Introducing Chiron, a Full-Stack ...")
        return sum(t.text[:1].isalnum() for t in run[k:]) >= 3 and run[k - 1].text in (",", ".") \
            and (run[k - 1].text == "." or run[k].text[:1].isupper() or run[k].text in TITLE_QUOTES)

    k, names = 0, 0
    cut = 0  # where the last name that a title can follow ends
    while k < len(run):
        e = k
        while e < len(run) and e - k < 8 and run[e].text not in _LIST_MARKS:
            e += 1
        piece = run[k:e]
        words = [t.text for t in piece if t.text[:1].isalnum()]
        if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words) or not name_shaped(join_tokens(piece)) \
                or any(w.lower() in LEAD_WORDS for w in words) or e >= len(run):
            break
        names, k = names + 1, e + 1
        if opens_title(k):
            cut = k
        if run[e].text == ".":
            break  # the names' full stop: the title begins after it
        if e + 1 < len(run) and run[e].text == "," and run[e + 1].text in ("and", "&"):
            k += 1  # "..., Ryan Rossi, and Danai Koutra."
    if names and not opens_title(k):
        # "Yu Song, and Deli Yan, Square-Root Cubature Kalman Filter and Its Application to ...": a title's first
        # words read as one more name; the list ends at the last name a title can follow
        k = cut
    if not k:
        return run
    for t in run[:k - 1]:
        t.label = "author"  # (the list's commas and "and" too, as the labeller reads a list)
    run[k - 1].label = "other"
    return run[k:]


def first_name_ending_title(toks: Sequence[Token], run: list[Token]) -> list[Token]:
    """"Construction of Linefeed Insertion Rules for Lecture Transcripts, Masaki Murata, Tomohiro Ohno, Shigeki
    Matsubara, International Journal of ...": title first, then the authors between commas; the labeller read the
    first name on as the title's last words. The title's last piece after its comma is the first author when it
    is a name written out (_written_out) and the author list follows right after the title's run and a comma,
    starting with a name written the same way."""
    j = index_of(toks, run[-1]) + 1
    if j + 2 >= len(toks) or toks[j].text != "," or toks[j + 1].field != "author" or toks[j].line != run[-1].line:
        return run
    c = next((k for k in range(len(run) - 1, 0, -1) if run[k].text == ","), None)
    if c is None or c < 3:
        return run
    piece = run[c + 1:]
    nxt = list(takewhile(lambda t: t.field == "author" and t.text not in _LIST_MARKS, toks[j + 1:j + 6]))
    if not (_written_out(piece) and _written_out(nxt)):
        return run
    for t in run[c:]:
        t.label = "author"
    return run[:c]


def _written_out(name: Sequence[Token]) -> bool:
    """A person's name written out: two to four words in lower case after a capital, none an initial, a numeral
    ("II"), a word that opens a title or a publisher's ("Oxford University")."""
    words = [t.text for t in name]
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words) \
        and not any(w.lower() in LEAD_WORDS or w.lower() in PUB_WORDS for w in words) and name_shaped(" ".join(words))


_LIST_MARKS = frozenset({",", ".", ";", ":", "and", "&"})  # what ends a name in a list of names


def _outer_quoted(toks: Sequence[Token], i: int) -> list[Token] | None:
    """'‘“Eene zeer Aanzienlijke verzameling Boeken”. Literaire relaties in ...’', '“‘Il s’est vendu ...’: The
    Republic of Letters ...”': a title that opens with a quotation sets it in the other marks inside its own; where
    the title at toks[i] opens with two marks of two kinds, the outer one's closing mark on its line ends it (not the
    inner one's), and the inner quotation is the title's. The title's tokens, labelled so, or None."""
    if i < 2 or toks[i - 2].line != toks[i].line or toks[i - 2].text == toks[i - 1].text:
        return None
    outer = QUOTE_CLOSES.get(toks[i - 2].text)
    if outer is None or (i > 2 and toks[i - 3].line == toks[i].line and toks[i - 3].text[:1].isalnum()
                         and not toks[i - 2].space_before):
        return None  # (a mark that follows a word with no space is an apostrophe or a closing mark)
    end = next((k for k in range(i + 1, min(len(toks), i + _QUOTED_REST * 2)) if toks[k].text == outer
                and (k + 1 >= len(toks) or not toks[k + 1].text[:1].isalnum() or toks[k + 1].space_before)
                and toks[k].line == toks[i].line), None)
    inner = QUOTE_CLOSES[toks[i - 1].text]
    if end is None or not any(t.text == inner for t in toks[i:end]) \
            or any(t.field == "author" or (t.field == "link" and t.href != toks[i].href) for t in toks[i:end]):
        return None  # (the words of the title's own link are the title's: "[‘“Quoted”. Title’](url)")
    for k in range(i - 1, end):
        toks[k].label = "title"
    return list(toks[i - 1:end])


def _closing_at(run: Sequence[Token], opening: str, close: str) -> int | None:
    """Where in the title the mark that closes its opening quote is: a quote opened inside it closes first
    ('“An Unmanned Aircraft “See and Avoid” Algorithm ...”', '“Observation of the “K-pp”-like structure ...”': a
    page that does not switch to single marks inside a quoted title)."""
    depth = curly = 0
    for k, t in enumerate(run):
        if t.text == opening and opening != close:
            depth += 1
        elif t.text == close:
            if not depth:
                return k
            depth -= 1
        elif opening == '"' and t.text in "“”":
            # '"Title.”' closes on a curly mark (a page that mixes its marks), unless one opened inside the title
            # ('"Promises of Next-Generation “Beyond Li-ion” Batteries"')
            if t.text == "“":
                curly += 1
            elif curly:
                curly -= 1
            elif not depth:
                return k
    return None


def _to_closing_mark(toks: Sequence[Token], j: int, close: str) -> list[Token]:
    """The words from `j` up to the title's closing mark, when the labeller ended the title at a quote inside it
    ('"Mechanics of packed filaments—The “bird nest” as meta-material."': the straight quote closes it, not the curly
    one), at a year inside it ('"The decline of war since 1950: New evidence"') or at a full stop inside it ('"La
    strategia WE.CA.RE. della Regione ..."', '"Efficienza energetica ... imprese. Rapporto di valutazione 2019."') or
    at numbers that end it ('"... reading in Tristia 1.1.21–22."'), on its line, read as no field, a year, a venue, a
    volume or the title: they are the title's (the closing mark is not). Never over an author or a link, but for
    a name's initials (and a small word before them) the labeller read as an author's inside the title ('"...
    Sacrifice in D.H. Lawrence's The Plumed Serpent"', a literary scholar's: the paper was lost)."""
    close_at = next((k for k in range(j, min(j + _QUOTED_REST, len(toks)))
                     if toks[k].text == close or toks[k].line != toks[j].line
                     or (toks[k].field not in ("other", "year", "title", "venue", "volume")
                         and not (toks[k].field == "author" and _INITIAL_IN_TITLE.fullmatch(toks[k].text)))), None)
    if close_at is None or close_at == j or toks[close_at].text != close or toks[close_at].line != toks[j].line \
            or not any(t.text[:1].isalnum() for t in toks[j:close_at]):
        return []  # (numbers alone too: "... reading in _Tristia_ 1.1.21–22.", the passage a title is about)
    for t in toks[j:close_at]:
        t.label = "title"
    return list(toks[j:close_at])

# an initial of a name in a title, its full stop ("D.H. Lawrence"), or a small word before it ("in D.H. Lawrence")
_INITIAL_IN_TITLE = re.compile(r"[A-Z]|\.|[a-z]{1,4}")
_TOPIC_WORDS = 12  # the words of a topic heading read on into the linked title under it
_QUOTED_REST = 30  # a title's words after a quote, stop or year inside it, up to its closing mark
_SUBTITLE_MARKS = frozenset({":", "—", "–"})


def _subtitle_after(toks: Sequence[Token], after: Sequence[Token]) -> bool:
    """What follows a quoted phrase is its title's subtitle: a colon or a dash, then title words ('“Going through
    growing pains”: A qualitative study of ...'), where the entry names its venue elsewhere (a colon alone may
    also lead to where an entry appeared) or with a dash."""
    if len(after) < 3 or after[0].text not in _SUBTITLE_MARKS or after[0].line != after[1].line:
        return False
    words = sum(1 for t in after[1:] if t.field == "title" and t.text[:1].isalpha())
    return words >= 2 and (after[0].text != ":" or any(t.field == "venue" for t in toks))


def quoted_phrase(toks: Sequence[Token]) -> None:
    """'‘Like me?’: Ventromedial prefrontal cortex is ...': a title that opens with a quoted phrase and goes on after a
    colon or a dash, which the labeller read as two titles with the closing mark and the colon between them (the
    second then taken for words of running text). The marks and both parts are the title."""
    n = len(toks)
    for i in range(n - 3):
        close = QUOTE_CLOSES.get(toks[i].text) if toks[i].text != "'" else None  # ‘ too: a colon follows its ’
        if close is None or toks[i].field == "title" or toks[i + 1].field != "title":
            continue
        j = run_end(toks, i + 1)
        k = j
        while k < n and k - j < 3 and toks[k].text in (close, "?", "!") and toks[k].field != "title":
            k += 1
        if k == j or toks[k - 1].text != close or k >= n or toks[k].text not in _SUBTITLE_MARKS:
            continue
        if k + 1 < n and toks[k + 1].field == "title" and not toks[k + 1].label.startswith("B-") \
                and all(t.line == toks[i].line and not t.label.startswith("B-") for t in toks[i + 1:k + 2]) \
                and _subtitle_after(toks, toks[k:run_end(toks, k + 1)]):
            toks[i].label = ("B-" if toks[i].label.startswith("B-") else "") + "title"
            for t in toks[j:k + 1]:
                t.label = "title"


def quoted_title_first(toks: Sequence[Token]) -> None:
    """'“Animals & Objectivity,” forthcoming in Lucy Allais, John Callanan (eds.) *Kant on Animals*.': an entry that
    opens with a quoted phrase closed by a comma or a full stop (inside or after its closing mark) has it as its
    title, as humanities citations write it; the labeller read a short one as a venue and the book's title after it
    as the paper's. The quoted words are the title, and the run it read as the title is where the paper appeared
    (in italics) or other."""
    i = next((k for k, t in enumerate(toks) if t.text[:1].isalnum() or t.text in TITLE_QUOTES), None)
    if i is None or toks[i].text not in TITLE_QUOTES or i + 2 >= len(toks):
        return
    close = TITLE_QUOTES[toks[i].text]
    j = next((k for k in range(i + 1, min(len(toks), i + _QUOTED_WORDS)) if toks[k].text == close), None)
    if j is None or j < i + 2 \
            or not (toks[j - 1].text in (",", ".") or (j + 1 < len(toks) and toks[j + 1].text in (",", "."))):
        return
    end = j - 1 if toks[j - 1].text in (",", ".") else j  # the mark that closes the title inside its quotes
    inner = toks[i + 1:end]
    if not inner or any(t.field == "title" for t in inner) or any(t.line != toks[i].line for t in inner):
        return
    later = [t for t in toks[j + 1:] if t.field == "title"]
    if not later:
        return
    for k, t in enumerate(inner):
        t.label = "B-title" if k == 0 else "title"
    for t in toks[end:j]:
        t.label = "other"
    italic = all(t.italic for t in later if t.text[:1].isalnum())
    for t in later:
        t.label = "venue" if italic and t.text[:1].isalnum() else "other"


_QUOTED_WORDS = 40  # tokens from an entry's opening quote to its closing one, at most


def quoted_title_in_names(toks: Sequence[Token]) -> None:
    """'S. W. Cheung, Bo Wang, **Di Wu**, Q.L. Li, C.F. Zhou, “A Broadband Patch Antenna Using Quadruple L-probe
    Feed,” *2017 IEEE Symposium ...*': an entry with no title whose author list runs on through a quoted phrase after
    its comma (IEEE's style): the quoted words, three or more and no list of names, are the title, and the entry is
    a paper again (it had none)."""
    for a, b in entry_spans(toks):
        if any(t.field == "title" for t in toks[a:b]):
            continue
        for i in range(a + 1, b - 3):
            close = TITLE_QUOTES.get(toks[i].text)
            if close is None or toks[i].field != "author" or toks[i - 1].text != "," \
                    or toks[i - 1].field != "author":
                continue
            j = next((k for k in range(i + 1, min(b, i + _QUOTED_WORDS)) if toks[k].text == close), None)
            if j is None or any(t.line != toks[i].line for t in toks[i:j + 1]):
                break
            end = j - 1 if toks[j - 1].text in (",", ".") else j
            inner = toks[i + 1:end]
            words = [t for t in inner if t.text[:1].isalnum()]
            if len(words) < 3 or any(t.field != "author" for t in inner):
                break
            names, _ = split_name_list(join_tokens(inner))
            if names and all(name_shaped(x) for x in names) and len(names) > 1:
                break
            toks[i - 1].label = "other"
            for t in (toks[i], *toks[end:j + 1]):
                t.label = "other"
            for t in inner:
                t.label = "title"
            break


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
    j = index_of(toks, run[-1]) + 1
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
    stop are where it appeared (a one-word journal the database does not know by itself was left as other); so are
    those right after a quoted title's closing mark ("“Title,” *Philosophers’ Imprint*, Vol. 11"), whatever the
    labeller read them as."""
    if any(t.field == "venue" for t in toks) or run[0].italic:
        return
    j = index_of(toks, run[-1]) + 1
    quoted = j < len(toks) and toks[j].text in _QUOTES_CLOSING and run[-1].text in (",", ".")
    if quoted:
        j += 1  # MLA's and Chicago's "“Kant on Animal Consciousness,” *Philosophers’ Imprint*, Vol. 11"
    elif j < len(toks) and toks[j].text == "." and toks[j].field == "other":
        j += 1
    elif run[-1].text != ".":
        return
    k = j
    # (after a quoted title, the labeller may have read the italic name as the title's or as names)
    fields = ("other", "title", "author") if quoted else ("other",)
    while k < len(toks) and toks[k].italic and toks[k].field in fields and not toks[k].href and k - j < 15:
        k += 1
    if quoted and k < len(toks) and k > j and toks[k].span == toks[k - 1].span:
        return  # not the whole italic span
    words = [t for t in toks[j:k] if t.text[:1].isalpha()]
    if not words or not words[0].text[:1].isupper() or (k < len(toks) and toks[k].italic) \
            or LINK_WORD.match(join_tokens(toks[j:k])):
        return
    last = max((m for m in range(j, k) if toks[m].text[:1].isalnum()), default=j)
    for m in range(j, k):
        if toks[m].text[:1].isalnum() or (quoted and m < last):  # (and the marks inside the name: "Philosophers’")
            toks[m].label = "venue"


_QUOTES_CLOSING = frozenset(TITLE_QUOTES.values())  # a quoted title's closing marks ("”", '"', "»", German "“")


def words_after_linked_title(toks: Sequence[Token], run: list[Token]) -> None:
    """"Nilakantan AS, Bridge DJ (2018) [Title.](/pdfs/x.pdf) Neuropsychologia, 119: 101-106.": in an entry with no
    venue whose authors come before its linked title, the plain words right after the link, up to a number or the
    line's end, are where it appeared (read as more authors, or as other)."""
    if not run[-1].href or any(t.field == "venue" for t in toks):
        return
    start, j = index_of(toks, run[0]), index_of(toks, run[-1]) + 1
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


def title_to_link_end(toks: Sequence[Token], run: list[Token]) -> list[Token]:
    """"[Genome assemblies of two species of porcelain crab, *Petrolisthes cinctipes* and *P. manimaculis*
    (Anomura: Porcellanidae)](doi) *G3*": a title that opens a link's text and ends inside it (at a word in italics
    the labeller read as the venue, at a name in it) goes on to the link's end: the link is the title's. Not over a
    year or authors (a link around a whole citation), nor past a separator ("[Title, The Lancet](pdf)": the title
    and its venue in one link)."""
    href = run[0].href
    if not href or any(t.href != href for t in run):
        return run
    i, j = index_of(toks, run[0]), index_of(toks, run[-1]) + 1
    if (i and toks[i - 1].href == href) or j >= len(toks) or toks[j].href != href:
        return run
    k = j
    while k < len(toks) and toks[k].href == href:
        k += 1
    ext = toks[j:k]
    if len(ext) > 30 or _cites(ext) \
            or (ext[0].text in (",", ".", ";", "|", "-", "–", "—") and not _binomial(ext)):
        return run  # (after a comma, the species a title names: "Two new Atractiellomycetes, *Atractidochium
        # hillariae* and *Proceropycnis hameedii*")
    for t in ext:
        t.label = "title"
    return [*run, *ext]


def by_names_after_linked_title(toks: Sequence[Token], run: list[Token], db) -> list[Token]:  # type: ignore[no-untyped-def]
    """"[Interactive Document Summarization](pdf) by Raoufdine Said, Adrien Guille. *ECIR*, Glasgow, 2024",
    "[Title](doi) David Demicco, Matthew Cole and Aravind Prakash. In Workshop ...": a title that is a link's whole
    text, read on past the link into the names after it (after "by", or two names or more); the title ends at the
    link, and the names are the authors. Only when every word after the link in the run is a name ("Learning by
    Doing" in a link's text is no such "by"), and none is a journal the database knows or a publisher's ("[Title](doi)
    Nature Physics, Cell Reports", "Oxford University Press, Oxford" are no authors)."""
    m = next((k for k, t in enumerate(run) if t.href != run[0].href), None)
    i = index_of(toks, run[0])
    if m is None or m < 2 or any(t.href for t in run[m:]) or not whole_link(toks, i, i + m):
        return run
    by = run[m].text == "by"
    names = run[m + 1:] if by else run[m:]
    while names and names[-1].text in (".", ",", ";"):
        names = names[:-1]
    found = _people(join_tokens(names))
    if not found or (not by and len(found) < 2) or any(db.match(n).venue is not None for n in found):
        return run
    if by:
        run[m].relabel("other")
    for t in names:
        t.relabel("author")
    return run[:m]


def title_past_link(toks: Sequence[Token], run: list[Token]) -> list[Token]:
    """"Kupske, F. F. (2021) [Investigando os sons de línguas não nativas](url) *(Investigating the sounds of
    non-native languages)*, Campinas-SP: Editora da Abralin.": a title that is a whole link's text, read on past the
    link's end over a bracket (the title's translation, a note on the paper), a separator or "in", ends with the link:
    what the page linked is its title. The bracket is no field; the words after it, from a capital, are where the
    paper appeared. Not when the link's text is a few words (a title's first words linked, the rest not)."""
    k = _link_opening(toks, run)
    if not k or k == len(run) or run[k].href or run[k].line != run[k - 1].line \
            or sum(t.text[:1].isalnum() for t in run[:k]) < _LINKED_WORDS:
        return run
    # ... or over a capital right after it, in a citation whose authors come before its linked title ("Lee A, Kim B
    # (2020). [Title](url) Cancer Discovery (DOI: ...)": the journal, written on with no stop between)
    named_after = run[k].text[:1].isupper() and run[k].space_before and not run[k].italic and not run[k].bold \
        and any(t.field == "author" for t in toks[:index_of(toks, run[0])])
    if run[k].text not in _PAST_LINK and not named_after:
        return run
    if run[k].text in ("(", "["):  # the bracket after the link, to its closing mark (or its line's end)
        m = index_of(toks, run[k])
        line = list(takewhile(lambda t: t.line == run[k].line, toks[m + 1:]))
        c = _closing_at(line, run[k].text, ")" if run[k].text == "(" else "]")
        for t in toks[m:m + 1 + (len(line) if c is None else c + 1)]:
            t.relabel("other")
    rest = [t for t in run[k:] if t.field == "title"]
    # the words after it, from a capital: where the paper appeared ("[Title](url). Psychological Medicine. 2019",
    # "[Title](url). **Journal of \n Physical Oceanography**, 49", "[Title](url) in the Journal of ..."), read on into
    # the title
    first = next((n for n, t in enumerate(rest) if t.text[:1].isalnum()), len(rest))
    if run[k].text == "in":
        first = next((n for n, t in enumerate(rest) if n and t.text[:1].isalnum() and t.text != "the"), len(rest))
    venue = first < len(rest) and rest[first].text[:1].isupper()
    for n, t in enumerate(rest):
        t.relabel("venue" if venue and n >= first else "other")
    return run[:k]


def _link_opening(toks: Sequence[Token], run: Sequence[Token]) -> int:
    """How many of a title run's first tokens are the text of a link the run opens (0: it opens none)."""
    href = run[0].href
    i = index_of(toks, run[0])
    if not href or (i and toks[i - 1].href == href):
        return 0
    k = 0
    while k < len(run) and run[k].href == href:
        k += 1
    return k


# what a title read on past its link's end goes on over ("in": "[Title](url) in the Financial Analysts Journal")
_PAST_LINK = frozenset({"(", "[", ",", ".", "in"})
_LINKED_WORDS = 4  # words a link's text has, at least, to be a whole title


def linked_title_over_paragraph(toks: Sequence[Token], run: list[Token]) -> list[Token]:
    """"[Title](doi)" over a paragraph of its own (the paper's abstract or summary under its linked title, a figure
    between them), read on into the title: the title is the link's whole text and ends with it. A title goes on over
    a wrapped line, never over a new paragraph after its link has ended, nor over a line break after a link of a
    title's words ("[Title](pdf)<br>[Lingvisticæ Investigationes 39(2)](url)", "[Title](pdf)<br>The Proceedings of
    ..."): the next line's words, from a capital, are where it appeared."""
    k = _link_opening(toks, run)
    if k < 2 or k == len(run) or run[k].line == run[k - 1].line:
        return run
    if not run[k].para:
        if not _cited_line_after(toks, run, k):
            return run
        venue = run[k].text[:1].isupper()
        for t in run[k:]:
            t.relabel("venue" if venue else "other")
        return run[:k]
    for t in run[k:]:
        t.relabel("other")
    # the whole paragraph, when it is running text: its acronyms and numbers are no venue's, no year's ("... the
    # Renewable Fuel Standard (RFS) ...")
    start = index_of(toks, run[k])
    end = next((m for m in range(start + 1, len(toks)) if toks[m].para and toks[m].line != toks[m - 1].line), len(toks))
    words = [t.text for t in toks[start:end] if t.text[:1].isalpha()]
    if len(words) >= _PROSE_MIN and 2 * sum(w[:1].islower() for w in words) >= len(words):
        for t in toks[start:end]:
            t.relabel("other")
    return run[:k]


def _cited_line_after(toks: Sequence[Token], run: Sequence[Token], k: int) -> bool:
    """Whether the words the title run reads on into after its link, on the next line past a line break, can be where
    it appeared: not when the title is a few words, a heading's or an element's the page names (a class: its link is
    the whole line), nor when the run got there past words read otherwise, the next line is a sentence, or it is a link
    of words with no volume, pages or year (another title's: a list of linked press items)."""
    if run[k].soft or run[0].tag or sum(t.text[:1].isalnum() for t in run[:k]) < _LINKED_WORDS:
        return False
    at = index_of(toks, run[k])
    if toks[at - 1] is not run[k - 1]:
        return False
    a, b = line_span(toks, at)
    words = [t.text for t in toks[a:b] if t.text[:1].isalpha()]
    if len(words) >= _SENTENCE_WORDS and 2 * sum(w[:1].islower() for w in words) >= len(words):
        return False
    linked = list(takewhile(lambda t: t.href == run[k].href, toks[at:])) if run[k].href else []
    return not linked or _CITED_NUMBERS.search(join_tokens(linked)) is not None


# a volume and its issue, pages, or a year: the numbers of a citation ("39(2), 234-252")
_CITED_NUMBERS = lazy_compile(r"\d+\s*\(\s*[\d\-–]+\s*\)|\d+\s*[-–]+\s*\d+|\b(?:19|20)\d\d\b")
_SENTENCE_WORDS = 8  # words of a line, at least, half of them in lower case: a sentence, no venue
_PROSE_MIN = 20  # words of a paragraph, at least, half of them in lower case: running text


def title_to_link_start(toks: Sequence[Token], run: list[Token]) -> list[Token]:
    """"[*Linnemannia elongata* (Mortierellaceae) stimulates *Arabidopsis thaliana* aerial growth ...](doi) PloS one":
    a title that ends a link's text and starts inside it, after a species' name in italics the labeller read as the
    venue, begins where the link begins (see title_to_link_end; only over a species' name: Genus and epithet in
    italics, the epithet in lower case, and no author, year or status; or over a few capitalised words)."""
    href = run[0].href
    if not href or any(t.href != href for t in run):
        return run
    i, j = index_of(toks, run[0]), index_of(toks, run[-1]) + 1
    if not i or toks[i - 1].href != href or (j < len(toks) and toks[j].href == href and toks[j].text[:1].isalnum()):
        return run
    k = i
    while k and toks[k - 1].href == href:
        k -= 1
    lead = toks[k:i]
    if len(lead) > 30:
        return run
    if _binomial(lead) and not _cites(lead):
        return _title_from(lead, run)
    # ... or over a title's first words read as a name or as no field ("[Entrepreneurship, Labor Market Mobility and
    # the Role of Entrepreneurial Insurance](url)": the list a title opens with read as an author): a few whole
    # capitalised words, no initial, year or status (not "[A. Lee, Title](url)")
    words = [t for t in lead if t.text[:1].isalnum()]
    to_end = not any(t.text[:1].isalnum() for t in takewhile(lambda t: t.href == href, toks[j:]))  # to its end
    if to_end and 1 <= len(words) <= _LINK_LEAD_WORDS \
            and all(w.text[:1].isupper() and len(w.text) > 2 and w.text.isalpha() for w in words) \
            and all(t.text[:1].isalnum() or t.text in (",", ":") for t in lead) \
            and not any(t.field in ("year", "status", "venue") or t.text.lower() in STATUS_WORDS for t in lead) \
            and not _names_list(run):  # ("[Suzuki, Akisato, Djordje Stefanovic, and Neophytos Loizides](url)")
        return _title_from(lead, run)
    return run


def name_line_before_linked_title(toks: Sequence[Token], run: list[Token]) -> list[Token]:
    """"C. Bak and D. Plump  \n [Compiling Graph Programs to C](url)  \n *Proc. ICGT 2016*": the labeller read the
    author line's last name on into the title, a link's whole text on the next line (or a bold or italic span's:
    "..., and Buntarou Shizuki  \n **Investigation of ...**"). A title run whose words before such a link or span on
    a later line are one to three capitalised words (no digit) ending the line of an author list, right after an
    initial or a name, starts with the link or span: the words are the list's last name, and the line's names are
    the authors."""
    k = _whole_element_after_lead(toks, run)
    if k is None:
        return run
    lead = run[:k]
    words = [t for t in lead if t.text[:1].isalnum()]
    i = index_of(toks, run[0])
    if not 1 <= len(words) <= 3 or not all(w.text[:1].isupper() and w.text.isalpha() for w in words) \
            or any(t.line != run[0].line for t in lead) or i == 0 or toks[i - 1].line != run[0].line:
        return run
    a, _ = line_span(toks, i)
    line = list(toks[a:i + len(lead)])
    names, _cut = split_name_list(join_tokens(line))
    if len(names) < 2 or not all(name_shaped(n) for n in names) or any(t.field in ("year", "venue") for t in line):
        return run
    for t in line:
        t.relabel("author")
    return run[k:]


def _whole_element_after_lead(toks: Sequence[Token], run: Sequence[Token]) -> int | None:
    """Where, in a title run, a link or a bold or italic span opens on a later line than the run's first token and
    runs to the run's end as the element's whole text (None: nowhere)."""
    def element(t: Token) -> tuple[object, ...] | None:
        if t.href:
            return ("link", t.href)
        return ("styled", t.line, t.span, t.bold, t.italic) if t.bold or t.italic else None

    for k in range(1, min(len(run), 5)):
        own = element(run[k])
        if own is None or element(run[k - 1]) == own or run[k].line == run[k - 1].line:
            continue
        j = index_of(toks, run[-1]) + 1
        if any(element(t) != own for t in run[k:]) or (j < len(toks) and element(toks[j]) == own):
            return None
        return k
    return None


def _names_list(run: Sequence[Token]) -> bool:
    """Whether the tokens are a list of two names or more ("Djordje Stefanovic, and Neophytos Loizides")."""
    names = split_name_list(join_tokens(run))[0]
    return len(names) >= 2 and all(name_shaped(n) for n in names)


_LINK_LEAD_WORDS = 3  # words of a link's text before the title read in it, at most, that are the title's first words


def list_in_title(toks: Sequence[Token]) -> None:
    """"Taxes, Lawyers, and the Decline of Witchcraft Trials in France, with ...", "Entry Barriers, Idiosyncratic
    Distortions, and the Firm-Size Distribution": a title that opens with a list of things, read as author names up to
    the "and" that the title goes on from. No author list goes on ", and" with a word in lower case ("and the", "and
    its"; a name's particle after "and" is read with the name), so the words before it on its line are the title's."""
    for k in range(2, len(toks) - 1):
        t = toks[k]
        if t.text not in ("and", "&") or t.field != "title" or toks[k - 1].text != "," \
                or toks[k - 1].field != "author" or not toks[k + 1].text[:1].islower() or toks[k + 1].field != "title":
            continue
        j = k - 1
        while j and toks[j - 1].field == "author" and toks[j - 1].line == t.line and not toks[j].label.startswith("B-"):
            j -= 1
        if any(x.text == "." or not (x.text[:1].isupper() or x.text == ",") for x in toks[j:k - 1]):
            return  # ("A. Lee, B. Kim, and ..." : initials, a real list of names)
        _title_from(toks[j:k], [toks[k]])
        return


def _cites(toks: Sequence[Token]) -> bool:
    """Whether the tokens hold an author, a year or a status: a citation's, not a title's words (a link around a
    whole citation)."""
    return any(t.field in ("author", "year", "status") or YEAR.fullmatch(t.text) for t in toks)


def main_title_read_as_venue(toks: Sequence[Token], run: list[Token], db) -> list[Token]:  # type: ignore[no-untyped-def]
    """"The Future of Hiding. Secrecy, Energy Infrastructure and ... . Cornell University Press, 2025", "Politics of
    Recuperation. Repair and Recovery in Post-crisis Portugal (Bloomsbury, 2020)": an entry naming no author (a
    humanities scholar's own books and papers) whose main title, ended by its full stop, was read as a venue before
    the title read from its subtitle (the labeller's venue-first reading: "ICML 2024. Title. A. Lee"). The words are
    the title's when they open the entry, hold no digit, are no venue the database knows, and where the work
    appeared follows the title (a venue, a publisher or a year)."""
    i = index_of(toks, run[0])
    if i < 2 or toks[i - 1].text != "." or any(t.field == "author" for t in toks):
        return run
    k = i - 1
    while k and toks[k - 1].field in ("venue", "publisher"):
        k -= 1
    lead = toks[k:i - 1]
    # (nothing before them but the section's heading and marks: a bullet, a number's bracket)
    if not lead or any(t.tag != "heading" and (t.field != "other" or t.text[:1].isalnum()) for t in toks[:k]) \
            or any(any(c.isdigit() for c in t.text) for t in lead) or not lead[0].text[:1].isupper():
        return run
    end = index_of(toks, run[-1]) + 1
    if not any(t.field in ("venue", "publisher", "year") for t in toks[end:]) \
            or db.match(join_tokens(lead)).venue is not None:
        return run
    return _title_from([*lead, toks[i - 1]], run)


def _title_from(lead: Sequence[Token], run: list[Token]) -> list[Token]:
    """The title run with the words before it as its first words (the entry's start mark, if either had it, on the
    first)."""
    begins = lead[0].label.startswith("B-") or run[0].label.startswith("B-")
    for t in [*lead, run[0]]:
        t.label = "title"
    if begins:
        lead[0].label = "B-title"
    return [*lead, *run]


def _binomial(toks: Sequence[Token]) -> bool:
    """Whether the tokens hold a species' name in italics: a capitalised genus, then an epithet in lower case."""
    return any(a.italic and b.italic and _genus_epithet(a, b) for a, b in pairwise(toks))


def _genus_epithet(a: Token, b: Token) -> bool:
    """Whether two words read as a genus and its epithet: "Cervus unicolor" (a capital, then lower case)."""
    return a.text[:1].isupper() and a.text[1:].islower() and len(b.text) > 2 and b.text.isalpha() \
        and b.text.islower()


def species_in_title(toks: Sequence[Token], run: list[Token]) -> list[Token]:
    """The title run with the species' names after it (see _species_after), each read on from the one before ("...
    coyotes (*Canis latrans*) and dire wolves (*Canis dirus*) from ..."), up to _SPECIES_IN_TITLE of them."""
    for _ in range(_SPECIES_IN_TITLE):
        longer = _species_after(toks, run)
        if len(longer) == len(run):
            break
        run = longer
    return run


_SPECIES_IN_TITLE = 4  # species' names in one title, each read on from the one before, at most


def _species_after(toks: Sequence[Token], run: list[Token]) -> list[Token]:
    """"... on two species of Madagascar fruit bat, *Eidolon dupreanum* and *Rousettus madagascariensis*. Parasites &
    Vectors 18", "... hound hunting of sambar deer (*Cervus unicolor*) in Victoria, Australia. *Wildlife Research*
    50", "... of tejocote _Crataegus mexicana_ Moc. & Sessé. Fruits 72(2)": a species' name in italics (or a Latin
    binomial in brackets: "(Cocos nucifera L.)") right after the title, which the labeller read as the venue or as no
    field, is part of the title, with its authority ("Moc. & Sessé") or the words after its closing bracket up to the
    title's full stop."""
    n = len(toks)
    j = index_of(toks, run[-1]) + 1
    k = j
    bracket = k < n and toks[k].text == "("
    if k < n and toks[k].text in ("(", ",", ":"):
        k += 1
    g = k
    while k < n and k - g < _SPECIES_TOKENS and toks[k].line - toks[g].line <= 1 and (
            toks[k].text[:1].isalpha() or toks[k].text in (".", ",")) and toks[k].field in ("venue", "other") \
            and not toks[k].href and (toks[k].italic or bracket or (
                toks[k].text in ("and", "&", ",") and k + 1 < n and toks[k + 1].italic)) \
            and not (toks[k].text == "." and k + 1 < n and toks[k + 1].text[:1].isupper()):
        k += 1
    while k > g and toks[k - 1].text in (".", ","):
        k -= 1
    group = toks[g:k]
    if not group or not _latin_binomial(group, bracket):
        return run
    if not bracket:
        k = _authority_end(toks, k)  # "*Crataegus mexicana* Moc. & Sessé.", "*Spinturnix kolenatii* Oudemans, 1910"
    if bracket:
        if k >= n or toks[k].text != ")":
            return run
        k += 1
        # the words after the bracket, up to the title's full stop ("(*Cervus unicolor*) in Victoria, Australia.")
        # (or the title's own words, which the labeller read as a second title run: "(*Panthera atrox* and *Smilodon
        # fatalis*) change in size or shape during the late Pleistocene?")
        e = k
        while e < n and e - k < _SPECIES_TOKENS and toks[e].field in ("other", "title") \
                and toks[e].text not in (".", "(", "?") and not toks[e].href and toks[e].line - toks[k - 1].line <= 1:
            e += 1
        if (e < n and toks[e].text == ".") or e == n:
            k = e
        elif e < n and toks[e].text == "?":
            k = e + 1
        elif e < n and toks[e].text == "(" and _bracketed_binomial(toks, e):
            k = e  # "... coyotes (*Canis latrans*) and dire wolves (*Canis dirus*) from ...": up to the next name
    for t in toks[j:k]:
        t.label = "title"
    if k < n and toks[k].text == "." and toks[k].field == "venue":
        toks[k].label = "other"
    return [*run, *toks[j:k]]


def _bracketed_binomial(toks: Sequence[Token], i: int) -> bool:
    """Whether the bracket opening at toks[i] holds a species' name and nothing else ("(*Canis dirus*)")."""
    close = next((k for k in range(i + 1, min(len(toks), i + _SPECIES_TOKENS)) if toks[k].text == ")"), None)
    return close is not None and _latin_binomial(toks[i + 1:close], True)


def _authority_end(toks: Sequence[Token], k: int) -> int:
    """Where the authority a species' name is written with ends, when one follows it at toks[k] ("Moc. & Sessé",
    "Oudemans, 1910", "L."): names and their stops, "&", a year, then the title's full stop; k when there is none
    (a journal right after the name, "Plant Cell.", is no authority: it has no year, "&" or abbreviation)."""
    n = len(toks)
    e = k
    while e < n and e - k < _AUTHORITY_TOKENS and toks[e].line == toks[k - 1].line and toks[e].field != "year" \
            and ((toks[e].text[:1].isupper() and toks[e].text.isalpha()) or toks[e].text in (".", "&", ",")
                 or (YEAR.fullmatch(toks[e].text) and e > k)):
        if toks[e].text == "." and e + 1 < n and toks[e + 1].text[:1].isupper():
            break  # the title's full stop before the journal ("Sessé. Fruits 72(2)"); not an abbreviation's ("Moc. &")
        e += 1
    while e > k and toks[e - 1].text in (".", ","):
        e -= 1
    part = toks[k:e]
    if not part or not part[0].text[:1].isupper() or e >= n or toks[e].text != "." \
            or (not any(t.text == "&" or YEAR.fullmatch(t.text) or t.text == "L" for t in part)
                and not any(a.text[:1].isupper() and b.text == "." and not b.space_before for a, b in pairwise(part))):
        return k
    return e


_AUTHORITY_TOKENS = 8  # "Moc . & Sessé", "Radovsky & Yunker , 1963"


def _latin_binomial(group: Sequence[Token], bracket: bool) -> bool:
    """Whether the words are species' names: a capitalised genus and an epithet in lower case (or "sp.", "spp."), in
    italics or, in brackets, plain ("(Cocos nucifera L.)"); more than one joined by "and" or commas."""
    words = [t for t in group if t.text[:1].isalpha()]
    if len(words) < 2 or not (bracket or all(t.italic or t.text in ("and", "&") for t in words)):
        return False
    pairs = [(a, b) for a, b in pairwise(words) if len(a.text) > 2 and b.text not in _NAME_JOINERS
             and (_genus_epithet(a, b) or (a.text[:1].isupper() and a.text[1:].islower() and b.text == "sp"))
             # plain words in brackets: an epithet's Latin ending ("(Cocos nucifera L.)", not "(Corresponding author)")
             and (b.italic or b.text in ("sp", "spp") or b.text.endswith(_LATIN_ENDINGS))]
    if not pairs:
        return False
    named = {id(t) for pair in pairs for t in pair}
    # every other word is a joiner or an authority's initial ("L.") or "spp"
    return all(id(t) in named or t.text in ("and", "&", "L", "spp", "sp", "var", "subsp") for t in words)


_SPECIES_TOKENS = 12  # a species' names and the words after their bracket, at most
_LATIN_ENDINGS = ("us", "a", "um", "is", "ii", "i", "ae", "es", "ensis", "oides", "ix", "ex")


_NAME_JOINERS = frozenset({"and", "with", "et", "und", "y", "e"})


def title_to_span_start(toks: Sequence[Token], run: list[Token]) -> list[Token]:
    """"<b>From Ahead-of- to Just-in-Time and Back Again: ...</b>", "Iñaki Garitano. <u>Who’s There? Evaluating
    ...</u>": a title that fills the rest of a span of its own (bold, italic, underlined, a link) begins where the
    span begins; one to three words the labeller read before it as the author list's end or as no field are the
    title's first words, also at the end of the line before the title's, in the same style ("Lee EA, Farrelly
    D,<br /><em>From\nCollective Periodic ...</em>"). Not over punctuation (a span holding names and a title:
    "Salcudean, Semantic-ICP: ..."), nor when the span goes on past the title."""
    i = index_of(toks, run[0])
    s = run[0].span
    k = i
    while k and toks[k - 1].span == s and toks[k - 1].line == run[0].line:
        k -= 1
    if k == i and k and run[0].soft and (run[0].bold or run[0].italic or run[0].href) \
            and toks[k - 1].line == run[0].line - 1 \
            and (toks[k - 1].bold, toks[k - 1].italic, toks[k - 1].href) == (run[0].bold, run[0].italic, run[0].href):
        # the span's first words at the end of the line before, wrapped ("<em>From\nCollective Periodic ...</em>",
        # a link's text "[A\ndistributed particle filter ...]")
        wrapped, line = toks[k - 1].span, toks[k - 1].line
        while k and toks[k - 1].span == wrapped and toks[k - 1].line == line:
            k -= 1
    lead = toks[k:i]
    if not lead or len(lead) > 3 \
            or (k and toks[k - 1].line != lead[0].line and not (run[0].bold or run[0].italic or run[0].href)) \
            or any(not t.text[:1].isalnum() or t.field not in ("author", "other") for t in lead) \
            or lead[0].text.lower() in _NAME_JOINERS \
            or (k and toks[k - 1].text in (",", ";", "&") and toks[k - 1].line == lead[0].line):
        return run  # "..., Takahito Nakajima, and Luigi Genovese. ...": a list of names going on (not over a line
        # break: "Lee EA, Farrelly D,<br /><em>Microscopic Superfluidity in ...</em>", a span of its own on its line)
    j = index_of(toks, run[-1]) + 1
    if j < len(toks) and toks[j].span == run[0].span and toks[j].line == run[-1].line:
        return run  # the span goes on after the title: it holds more than the title
    return _title_from(lead, run)


def title_before_with(toks: Sequence[Token]) -> None:
    """"Robust Exchange (with Yuichiro Kamada), 2025. WP", "Title (joint with A and B), Journal, 2020": in an entry
    the labeller read no title in, the words that open the line of the co-authors' bracket ("(with", "(joint with";
    see authors.with_coauthors) up to it are the title (a short title read as a venue's name), when none of them
    was read as an author, a year or a status and they start with a capital."""
    if any(t.field == "title" for t in toks):
        return
    n = len(toks)
    for i in range(1, n - 2):
        if toks[i].text != "(" or toks[i + 1].text.lower() not in ("with", "joint", "co-authored") \
                or not any(t.field == "author" for t in toks[i + 2:i + 6]):
            continue
        s = i
        while s and toks[s - 1].line == toks[i].line:
            s -= 1
        while s < i and not toks[s].text[:1].isalnum() and toks[s].field == "other":
            s += 1  # a list's number or bullet
        lead = toks[s:i]
        if not lead or not lead[0].text[:1].isupper() or len(lead) > _WITH_TITLE_TOKENS \
                or any(t.field in ("author", "year", "status") or YEAR.fullmatch(t.text) for t in lead) \
                or any(a.text == "." and b.text[:1].isupper() for a, b in pairwise(lead)):
            return
        for t in lead:
            t.label = "title"
        lead[0].label = "B-title"
        return


_WITH_TITLE_TOKENS = 40  # a title before its co-authors' bracket, at most


def venue_span_after_title(toks: Sequence[Token], run: list[Token]) -> list[Token]:
    """"Two Agents Competing for a Shared Machine, <i>Lecture Notes in Artificial Intelligence</i>, 8176": an italic
    venue's first words read on as the title's last ones (the venue read from after its "in"): the italic span the
    title's run ends in, when the rest of it holds the venue and the title began before it in plain text, is the
    venue whole, its first words too."""
    last = run[-1]
    if not last.italic or run[0].italic:
        return run
    j = index_of(toks, last) + 1
    rest = list(takewhile(lambda t: t.span == last.span and t.line == last.line, toks[j:]))
    if not any(t.field == "venue" for t in rest) or any(t.field not in ("venue", "other") for t in rest):
        return run
    k = len(run)
    while k > 1 and run[k - 1].italic and run[k - 1].span == last.span:
        k -= 1
    if k < 2 or not any(t.text[:1].isalpha() for t in run[:k]):
        return run
    for t in [*run[k:], *rest]:
        t.label = "venue"
    return run[:k]


def title_fills_bold(toks: Sequence[Token], run: list[Token]) -> list[Token]:
    """"<strong>Plant Cell Shape: Trafficking Gets Edgy</strong> [PDF] <br> <em>Dev Cell</em> (2016)", "<strong>
    High-throughput fluorescence-based isolation of live <em>C. elegans</em> larvae.</strong> ... <em>Nat
    Protoc</em> (2012)": a title set in bold that the labeller read as part of the bold words only (their first
    words a journal's name, an abbreviated genus cutting it off) fills the bold words of its line, when the rest
    of them are read as no field or as a venue while the entry names its venue outside them, and hold no author,
    year, status, award or link word."""
    if not all(t.bold for t in run):
        return run
    i, j = index_of(toks, run[0]), index_of(toks, run[-1]) + 1
    line = run[0].line
    a, b = i, j
    while a and toks[a - 1].bold and toks[a - 1].line == line:
        a -= 1
    while b < len(toks) and toks[b].bold and toks[b].line == line:
        b += 1
    extra = [*toks[a:i], *toks[j:b]]
    if not extra or len(extra) > _BOLD_EXTRA or any(t.field not in ("other", "venue") or t.link_word for t in extra) \
            or any(t.href != run[0].href for t in extra if t.text[:1].isalnum()) \
            or not any(t.text[:1].isalpha() for t in extra):
        return run
    outside = [*toks[:a], *toks[b:]]
    if not any(t.field == "venue" for t in outside) or not any(t.field in ("author", "year") for t in outside):
        return run  # the bold words are the whole citation, or the entry's venue is among them
    for t in toks[j:b]:
        t.label = "title"
    return _title_from(toks[a:i], [*run, *toks[j:b]]) if a < i else [*run, *toks[j:b]]


_BOLD_EXTRA = 12  # tokens of a bold title outside the labeller's title run, at most


_LOCATOR_NUMBER = lazy_compile(r"\d+|[A-Za-z]\d+")


def title_to_span_end(toks: Sequence[Token], run: list[Token]) -> list[Token]:
    """"<b>Rajomon: Decentralized ... Microservices</b>. 22nd USENIX Symposium on ... (NSDI 25).": a title set in a
    span of its own (bold, italic) that the labeller read on past the span's end and its full stop or comma, into
    plain words ("*Thesis title*, written under the supervision of ..."), ends where the span ends; the words after
    the stop are where it appeared (when the entry names no venue elsewhere) or no field."""
    first = run[0]
    # ... and a title in an element whose class names it a title ('<span class="paper-title">Title.</span> <span
    # class="paper-publisher">CoRR abs/1808.02831. 2018</span>', in a bold heading): the page says where it ends
    tagged = first.tag == "title"
    if not (first.bold or first.italic or tagged):
        return run

    def inside(t: Token) -> bool:
        return t.tag == "title" if tagged else t.span == first.span and t.line == first.line

    i = index_of(toks, first)
    if i and inside(toks[i - 1]):
        return run  # the title starts inside the span
    end = next((k for k, t in enumerate(run) if not inside(t)), None)
    if tagged:
        if end is None or end < 3 or run[end - 1].text not in (".", ",") or any(t.tag for t in run[end:]):
            return run
        # (the words read on to a venue right after them, a bracket between at most, are its start: "In
        # Proceedings of the ... Conference on Information Retrieval (ECIR)")
        j = index_of(toks, run[-1]) + 1
        return _cited_after(toks, run, end, any(t.field == "venue" for t in toks[j:j + 2]))
    if end is not None and end >= 3 and run[end - 1].text in (".", ",") \
            and not any(t.bold or t.italic for t in run[end:]) and not any(t.field == "author" for t in toks) \
            and _names_after(run[end:]):
        # "**A metagrammar of causatives,** Valeria Generalova, Simon Petitjean, in _Proceedings of ..._": the stop
        # inside the span, then the authors, read on as the title's words
        for t in run[end:]:
            t.label = "author"
        return run[:end - 1]
    if end is not None and end >= 3 and run[end - 1].text == "." and end + 1 < len(run) \
            and not any(t.bold or t.italic for t in run[end:]):
        # "<i>Title.</i> Praha: Sociologické nakladatelství.": the full stop inside the span ends the title too
        return _cited_after(toks, run, end - 1)
    if end is None or end < 2 or end + 2 > len(run) or run[end].text not in (".", ",") \
            or any(t.bold or t.italic for t in run[end:]):
        return run
    return _cited_after(toks, run, end)


def _cited_after(toks: Sequence[Token], run: list[Token], end: int, venue_next: bool = False) -> list[Token]:
    """The title run[:end]; the words after it read as where it appeared (when the entry names no venue elsewhere,
    or the venue goes on right after them) and its numbers, or as no field."""
    cited = venue_next or not any(t.field == "venue" for t in toks)
    numbers = False  # "*Title*. Ecosphere 14:e4461.": the journal's name, then its volume and article number
    for t in run[end:]:
        numbers = numbers or bool(_LOCATOR_NUMBER.fullmatch(t.text))  # not "22nd" of "22nd USENIX Symposium"
        if not t.text[:1].isalnum():
            t.label = "other"
        elif numbers:
            t.label = "year" if YEAR.fullmatch(t.text) else "volume"
        else:
            t.label = "venue" if cited else "other"
    return run[:end]


def _names_after(rest: Sequence[Token]) -> bool:
    """Whether the words a title was read on into are a list of names and nothing else (its marks and its "and")."""
    text = join_tokens(rest).strip(" ,;.")
    if not text or any(t.href for t in rest):
        return False
    names = _people(text)
    return bool(names) and all(len(n.split()) >= 2 for n in names)


def _people(text: str) -> list[str]:
    """The names of a list of people's names ("David Demicco, Matthew Cole and Aravind Prakash"), or [] when one is
    not shaped as a person's name or holds a publisher's word (a publisher is no list of names: "Oxford University
    Press")."""
    names, _ = split_name_list(text)
    return names if all(name_shaped(n) and not PUB_WORDS & set(n.lower().split()) for n in names) else []


_CUT_BEFORE_NUMBER = frozenset({"of", "and", "the", "or", "to"})


_NUMBER = lazy_compile(r"\d{1,3}|[IVX]{1,4}")


def number_after_title(toks: Sequence[Token], run: list[Token]) -> list[Token]:
    """"Agent-Based Models in Archaeology: Part 2 of 3. Adv. Archaeol. Pract. 7(2)": a title that would end with
    "of", "and", "the", "or" or "to" goes on with the number the labeller read as a volume ("Part 2 of 3",
    "Volume I and II"), and with a year after "in", "during", "since" ... when the entry gives its own year
    elsewhere."""
    end = index_of(toks, run[-1]) + 1
    if run[-1].text.lower() in _CUT_BEFORE_NUMBER and end < len(toks) and toks[end].line == run[-1].line \
            and _NUMBER.fullmatch(toks[end].text) and toks[end].field != "title":
        toks[end].label = "title"
        return [*run, toks[end]]
    # "(2020). Flood mapping in An Giang province in 2019. Vietnam Journal ...": a year a title ends with, after
    # "in" (read with the title or not), the paper's own year given elsewhere
    k = end if run[-1].text.lower() in _BEFORE_A_YEAR else end + 1  # the year's place: "... in | 2019"
    if k < len(toks) and toks[k - 1].text.lower() in _BEFORE_A_YEAR and toks[k].line == run[-1].line \
            and YEAR.fullmatch(toks[k].text) \
            and (k + 1 == len(toks) or toks[k + 1].text in ".,;:") \
            and any(t.field == "year" and t.text != toks[k].text for t in toks):
        for t in toks[end:k + 1]:
            t.label = "title"
        return [*run, *toks[end:k + 1]]
    return run


def year_opening_title(toks: Sequence[Token], run: list[Token]) -> list[Token]:
    """The Society for American Archaeology's style (archaeology, anthropology): the author list on a line, then
    "2017 Title. *Journal* 47:12–32." (in a hanging indent, or a Pandoc definition list's ": 2017 Title ..."): the
    labeller read the year on as the title's first word, and the paper had none. A title run that opens its line (past
    a list's mark) with a year and goes on with a capital or a quote, after the author list, in an entry that gives
    no other year: the year is the paper's."""
    if len(run) < 2 or any(t.field == "year" for t in toks):
        return run
    year = run[0]
    if not YEAR.fullmatch(year.text) or not 1900 <= int(year.text) <= LATEST_YEAR or year.href \
            or not (run[1].text[:1].isupper() or run[1].text in TITLE_QUOTES) \
            or any(YEAR.fullmatch(t.text) for t in toks if t is not year and t.field != "volume"):
        return run
    i = index_of(toks, year)
    before = [t for t in toks[:i] if t.line == year.line]
    if any(t.text not in (":", "-", "–", "—", "•") for t in before) \
            or not any(t.field == "author" and t.line < year.line for t in toks[:i]):
        return run
    year.relabel("year")
    return run[1:]


def year_closing_title(toks: Sequence[Token], run: list[Token]) -> list[Token]:
    """"Interim correlated rationalizability in large games, 2025", "Expected Asylum Seekers and Far-Right Voting
    (2025)": a title read on into the year after its comma or in brackets, in an entry that gives no other year, ends
    before it: the year is the paper's (it was the title's last word, and the paper had none). Not when another year
    is written in the entry, nor after "in", "since", ... ("... province in 2019": see number_after_title), nor a range
    ("(1900-2018)")."""
    if len(run) < 4 or any(t.field == "year" for t in toks):
        return run
    k = len(run) - 1
    if run[k].text == ")":
        k -= 1
    year = run[k]
    if not YEAR.fullmatch(year.text) or not 1900 <= int(year.text) <= LATEST_YEAR \
            or any(YEAR.fullmatch(t.text) for t in toks if t is not year):
        return run  # (a year elsewhere, read as another field, may be the paper's: "..., United States, 2020. EID
        # 2021")
    mark = run[k - 1].text
    closed = run[-1].text == ")" or (len(run) == k + 1 and _closes(toks, year))  # a bracket closes after the year
    if not ((mark == "," and not closed) or (mark == "(" and closed)) or run[k - 2].text.lower() in _BEFORE_A_YEAR:
        return run  # ", 2017" or "(2025)" only
    year.relabel("year")
    for t in run[k - 1:]:
        if t is not year:
            t.relabel("other")
    return run[:k - 1]


def _closes(toks: Sequence[Token], year: Token) -> bool:
    """Whether a bracket closes right after the year, outside the title's run."""
    i = index_of(toks, year) + 1
    return i < len(toks) and toks[i].text == ")"


_BEFORE_A_YEAR = frozenset({"in", "during", "since", "from", "until", "through", "of", "and", "to", "for", "after",
                            "before"})


def bracket_after_title(toks: Sequence[Token], run: list[Token], db) -> list[Token]:  # type: ignore[no-untyped-def]
    """"Lane snapper population dynamics (Lutjanus synagris). PLoS One", "The Global Active Faults Database
    (GAF-DB), Earthquake Spectra", "... Neisseria gonorrhoeae (Saskatchewan, Canada). Microbiol Spectr": a round
    bracket right after the title on its line, closed before the title's full stop, comma or colon (or the line's end),
    is the title's last words (a species, an acronym, a place), which the labeller read as another field. Not when it
    is where or when the paper appeared or what became of it: a year, a venue the database knows ("(ICML)"), a status,
    award, rank, track or link word ("(in press)", "(Oral)", "(CCF-A)", "(PDF)"), co-authors ("(with A. Lee)"). Not
    after a title that is a link's whole text: the page linked the title, and the bracket outside the link is a note
    on it (its translation: see title_past_link)."""
    end = index_of(toks, run[-1]) + 1
    n = len(toks)
    if end >= n or toks[end].text != "(" or toks[end].line != run[-1].line or toks[end].label.startswith("B-") \
            or _whole_link(toks, run):
        return run
    close = next((k for k in range(end + 1, min(n, end + _BRACKET_WORDS + 2)) if toks[k].text in ("(", ")")), None)
    if close is None or toks[close].text != ")" or close == end + 1:
        return run
    inside = toks[end + 1:close]
    if any(t.line != run[-1].line or t.label.startswith("B-") for t in inside) or not _title_words(inside) \
            or (close + 1 < n and toks[close + 1].line == run[-1].line
                and toks[close + 1].text not in (".", ",", ":", ";")):
        return run
    if db.match(join_tokens(inside)).venue is not None:
        return run  # "(ICML)": where it appeared
    for t in toks[end:close + 1]:
        t.label = "title"
    return [*run, *toks[end:close + 1]]


def last_word_left_out(toks: Sequence[Token], run: list[Token]) -> list[Token]:
    """"On the rate of convergence to coalescing Brownian motions, [https://arxiv.org/abs/2110.09731](...), Ann. Inst.
    H. Poincaré ...": one word between the title's run and the comma, full stop or colon after it on its line,
    written as the title is (the same emphasis and link) and read as nothing, is the title's last word (the labeller
    stopped a word short before what it read next). Not a word that says what the paper is or where it stands
    ("preprint", "submitted", "poster", "thesis"), nor a link's or an award's."""
    end = index_of(toks, run[-1]) + 1
    if len(run) < 3 or end + 1 >= len(toks):
        return run
    word, after = toks[end], toks[end + 1]
    if word.field != "other" or word.label.startswith("B-") or word.line != run[-1].line or not word.text.isalpha() \
            or after.text not in (",", ".", ":") or (word.italic, word.bold, word.href) != (
                run[-1].italic, run[-1].bold, run[-1].href) or not word.space_before \
            or word.text.lower() in _NOT_LAST_WORD or LINK_WORD.match(word.text):
        return run
    word.label = "title"
    return [*run, word]


_NOT_LAST_WORD = STATUS_WORDS | AWARD_WORDS | THESIS_WORDS | PUB_WORDS | frozenset(
    {"poster", "talk", "abstract", "extended", "demo", "workshop", "oral", "spotlight", "invited", "keynote", "and",
     "with", "in", "by", "et", "al"})


_DASHES = frozenset({"-", "–", "—"})


def dash_venue_after_title(toks: Sequence[Token], run: list[Token], db) -> list[Token]:  # type: ignore[no-untyped-def]
    """"[Multi-view Ambient Occlusion with Importance Sampling - i3D 2013](url)", "Title – CGF (EG STAR) 2020": in an
    entry that names no venue elsewhere, the words after the title's last spaced dash, when they are a venue the
    database knows by that name and at most a year and a bracket after it, are the venue and its year, not the
    title's end (a title's own dash before a subtitle, "Rayground - An Online Tool", names no venue)."""
    end = index_of(toks, run[-1]) + 1
    after = end  # a venue read right after the title on its line ("- CGF (EG STAR) 2020": "(EG STAR)") is no other
    while after < len(toks) and toks[after].line == run[-1].line \
            and toks[after].field in ("venue", "year", "other", "link") and not toks[after].label.startswith("B-"):
        after += 1
    if len(run) < 5 or any(t.field == "venue" for k, t in enumerate(toks) if not end <= k < after):
        return run
    if run[-1].text in _DASHES and run[-1].space_before and end < after and toks[end].field == "venue":
        run[-1].label = "other"  # "Maps - EG Short 2017": the venue was read, the dash before it with the title
        return run[:-1]
    for s in range(len(run) - 2, 2, -1):
        t = run[s]
        if t.text not in _DASHES or not t.space_before or not run[s + 1].space_before:
            continue
        tail = run[s + 1:]
        if end < len(toks) and toks[end].field == "year" and toks[end].line == t.line:
            tail.append(toks[end])  # the year read as a year after it
        if len(tail) > 8 or any(x.line != t.line for x in tail):
            return run
        # a venue the database knows, or one to three acronyms and a year it does not ("- EG EDU 2020", "- JCGT 2014")
        acronyms = 2 <= len(tail) <= 4 and YEAR.fullmatch(tail[-1].text) is not None \
            and all(sum(c.isupper() for c in x.text) >= 2 and x.text.isalnum() for x in tail[:-1])
        if not acronyms:
            m = db.match(join_tokens(tail).rstrip(" (["))
            if m.venue is None or m.method != "alias" or m.parse.text.strip(" .,").count(" ") > 3:
                return run
        t.label = "other"
        for x in tail:
            x.label = "year" if YEAR.fullmatch(x.text) else "venue"
        return run[:s]
    return run


def _whole_link(toks: Sequence[Token], run: Sequence[Token]) -> bool:
    """Whether a title run is a link's whole text, of a whole title's words at least (see title_past_link)."""
    return whole_link(toks, index_of(toks, run[0]), index_of(toks, run[-1]) + 1) \
        and sum(t.text[:1].isalnum() for t in run) >= _LINKED_WORDS


_BRACKET_WORDS = 12  # tokens inside a bracket that ends a title, at most
_WITH_WORDS = lazy_compile(CO_AUTHORS_BY + r"\s", re.I)
# a bracket's word that makes it a note on the paper: its kind ("(Doctoral dissertation, Université ...)", "(UCL
# master thesis)"), its editors ("(B. Graham & A. de Paula, Eds.)")
_NOTE_WORDS = THESIS_KIND | {"master", "eds", "ed", "editor", "editors", "hrsg", "hg"}


def _title_words(inside: Sequence[Token]) -> bool:
    """Whether the words of a round bracket after a title may be the title's own (a species, a place, an acronym, a
    method: "(Argopecten irradians)", "(Saskatchewan, Canada)", "(GF-DB)", "(Mixed-methods)"): they open with a
    capital and are no note on the paper (a year or date, a status, an award, a rank, a track, a link word, its
    co-authors, its kind or editors: "(Updated 8/2026)", "(in press)", "(Oral)", "(CCF-A)", "(PDF)", "(with A. Lee)",
    "(contact for draft)", "(Doctoral dissertation, ...)", "(A. Lee, Eds.)")."""
    first = next((t.text for t in inside if t.text[:1].isalnum()), "")
    if not first[:1].isupper() \
            or any(t.href or YEAR.fullmatch(t.text) or t.text.lower() in _NOTE_WORDS for t in inside):
        return False
    text = join_tokens(inside)
    p = parse_venue(text)
    return not (LINK_WORD.match(text) or _WITH_WORDS.match(text) or p.year or p.status or p.awards or p.rank_claims
                or p.track or p.notes)


_CLASS_FIELDS = frozenset({"venue", "year", "authors"})


def class_field_after_title(run: list[Token]) -> list[Token]:
    """"<strong>Title</strong><span class="badge">conference</span>": the words an element names as another field by
    its class (a badge, a venue, a year, the authors), right after a title written otherwise, are not the title's
    (the labeller read them on, no space or mark between them)."""
    k = len(run)
    while k > 1 and run[k - 1].tag in _CLASS_FIELDS and run[k - 1].tag != run[0].tag:
        k -= 1
    if k == len(run) or k == 0:
        return run
    for t in run[k:]:
        t.label = "other"
    return run[:k]


def heading_ends_title(toks: Sequence[Token], run: list[Token]) -> list[Token]:
    """"### Title" over its abstract, "**Status:** Working Paper" (an economist's working papers, one heading each):
    a title that opens a heading ends with it when the labeller read the paragraph under it on into the title, and
    that paragraph is prose (_PROSE_WORDS words or more, most in lower case, and sentences), or names the book it is
    in on a line of its own ("In: *Book*", a chapter as the humanities list them). A heading run on into
    a title of the list under it ("Papers describing our methods" over "PyCBC Inference: A Toolkit ...") is a
    section's: left to the rest."""
    if run[0].tag != "heading":
        return run
    k = next((k for k, t in enumerate(run) if t.tag != "heading"), len(run))
    if k == len(run) or k < 2:
        return run
    body = toks[index_of(toks, run[k]):]
    if len(body) > 2 and body[0].line != run[k - 1].line and body[0].text in _IN and body[1].text == ":":
        # "#### Title" over "In: *The Book* / Hg. von A. Editor / Berlin 2007, S. 85-116": the book the chapter is in
        for t in run[k:]:
            t.label = "venue" if t.line == body[0].line and t is not body[0] and t is not body[1] else "other"
        return run[:k]
    if _own_styled_title(run[k:], body) and run[k].line != run[k - 1].line:
        # "#### Other articles (proceedings, book chapters, etc.)" over "* **Modeling lahars ...,** D.L. George, ...":
        # the item under the heading sets its own title apart in bold (or italics, or a link): the heading is a
        # section's name, no part of it
        for t in run[:k]:
            t.label = "other"
        return run[k:]
    words = [t.text for t in body if t.text[:1].isalpha() and t.field != "status"]
    if len(words) < _PROSE_WORDS or 2 * sum(w[:1].islower() for w in words) < len(words) \
            or not any(_sentence_end(body, m) for m in range(1, len(body) - 1)):
        return run
    for t in run[k:]:
        t.label = "other"
    return run[:k]


def _own_styled_title(title: Sequence[Token], body: Sequence[Token]) -> bool:
    """Whether the title's words under a heading are all set in one style (bold, italics, a link) that the rest of
    the entry under the heading, which names its authors, is not in (not an affiliation in italics under a project's
    heading, nor a book's series linked under the book's)."""
    words = [t for t in title if t.text[:1].isalnum()]
    after = list(body[len(title):])
    end = next((k for k, t in enumerate(after) if t.label.startswith("B-")), len(after))
    rest = after[:end]
    if len(words) < 2 or not any(t.field == "author" for t in rest):
        return False
    # ... or, of three words or more, followed by its venue or year too: a whole citation of its own ("## Code
    # Intelligence" over "- Contextualized Data-Wrangling Code Generation ... (**ASE 2024**) <br> Authors")
    whole = len(words) >= 3 and title[0].text[:1].isupper() and title[0].text not in _IN
    return (whole and any(t.field in ("venue", "year") for t in rest)) or title_style([*title, *rest]) != ""


_PROSE_WORDS = 8
_IN = frozenset({"In", "in", "Dans", "En", "Em"})  # a container's name follows ("In:", French, Spanish, Portuguese)


def _sentence_end(toks: Sequence[Token], m: int) -> bool:
    """A sentence's full stop at toks[m]: after a word in lower case, before a word with a capital ("... information
    processing. Using a laboratory ..."), not a name's or an abbreviation's."""
    before, after = toks[m - 1].text, toks[m + 1].text
    return toks[m].text == "." and before.isalpha() and before[:1].islower() and len(after) >= 2 and after.isalpha() \
        and after[:1].isupper()


def pubmed_note(toks: Sequence[Token]) -> None:
    """PubMed's notes in a citation it formats ("Title [published online ahead of print, 2020 Jun 2]. Oncogene.",
    "Title [published correction appears in Eur Radiol. 2020 Mar 9;:]. Eur Radiol. 2020;30(6):3073-82", "[Epub
    ahead of print]"): the bracket is no field of the paper (the labeller read it into the title, or the note's
    journal as the venue)."""
    for i, t in enumerate(toks):
        if t.text == "[" and _PUBMED_NOTE.match(join_tokens(toks[i + 1:i + 6])):
            k = next((k for k in range(i + 1, min(len(toks), i + _NOTE_TOKENS)) if toks[k].text == "]"), None)
            if k is None:
                return
            for x in toks[i:k + 1]:
                x.relabel("other")
            return


def version_note(toks: Sequence[Token]) -> None:
    """"... *Journal* (2015), pp. 1–42. Pre-print available as [Cryptology ePrint Archive: Report 2011/289](url).",
    "Preprint available on [arXiv](url)", "Full version available at ...": where the paper's other version is, no
    title (the labeller read the note, or the link's words after it, as one). The note and what follows it on its
    line up to a full stop outside a link are no field, when no title or only a link's words: a note's words read as
    a venue or a year are left as they are."""
    if not any(t.text.lower() == "available" for t in toks):
        return  # (every note says so: see _VERSION_NOTE)
    n = len(toks)
    for i, t in enumerate(toks):
        if t.field not in ("title", "other", "link") or (i and toks[i - 1].text not in _BEFORE_NOTE
                                                          and toks[i - 1].line == t.line) \
                or not _VERSION_NOTE.match(join_tokens(toks[i:i + 8])):
            continue
        k = i
        while k < n and toks[k].line == t.line and toks[k].field in ("title", "link", "other") \
                and not (toks[k].text in (".", ";") and not toks[k].href and k > i):
            k += 1
        for x in toks[i:k]:
            x.relabel("other")
        return


_BEFORE_NOTE = frozenset({".", ",", ";", "(", "[", ")", "]"})
# "pre-print available as", "A preprint is available on", "full version available at", "extended version available
# from", "journal version available in", "author's version available here"
_VERSION_NOTE = lazy_compile(r"\W*(?:an?\s+)?(?:pre-?\s?print|full|extended|long(?:er)?|journal|conference|arxiv|"
                             r"author['’]?s?|accepted|published)(?:\s*/\s*(?:full|extended)\s+version)?"
                             r"(?:\s+version)?\s+(?:is\s+)?(?:also\s+)?available\b", re.I)


_PUBMED_NOTE = lazy_compile(r"(?:published\s+online\s+ahead\s+of\s+print|epub\s+ahead\s+of\s+print|published\s+"
                            r"(?:correction|erratum)\s+appears|retraction\s+in|retracted\s+in)", re.I)
_NOTE_TOKENS = 30


_LEAD_OTHER = 3  # words read as no field at most, between a venue's tag and the title they open


def title_after_venue_tag(toks: Sequence[Token]) -> None:
    """"`NAACL 2025` QAVA: Query-Agnostic Visual Attack ...", "`AAAI 2025` Enhancing Contrastive Learning ...": an
    entry that opens with its venue's tag (the venue, its year, an award in brackets), then a word or two read as no
    field (with a colon after them or not), then the title on the same line: those words open the title (the
    labeller reads the first word after the tag's style as no title's). Not a word that names an entry's part or a
    note ("Poster:", "Oral", "Abstract:", "Code")."""
    n = len(toks)
    for s, first in enumerate(toks):
        if not first.label.startswith("B-") or first.field != "venue":
            continue
        i = s + 1
        while i < n and toks[i].line == first.line and not toks[i].label.startswith("B-") \
                and (toks[i].field in ("venue", "year", "award")
                     or (toks[i].field == "other" and not toks[i].text[:1].isalnum())):
            i += 1
        j = i
        while j < n and j - i < _LEAD_OTHER and toks[j].field == "other" and toks[j].text[:1].isalnum() \
                and toks[j].line == first.line and not toks[j].label.startswith("B-") \
                and toks[j].text.lower() not in LEAD_WORDS and not LINK_WORD.match(toks[j].text):
            j += 1
        if j == i:
            continue
        k = j + 1 if j < n and toks[j].text in (":", "：") and toks[j].field == "other" else j
        if k < n and toks[k].field == "title" and not toks[k].label.startswith("B-") and toks[k].line == first.line \
                and all(_same_style(t, toks[k]) for t in toks[i:j]):
            for t in toks[i:k]:
                t.relabel("title")  # (a word in the tag's own style is the tag's: "`EMNLP 2025 main` [**Title**]")


def _same_style(a: Token, b: Token) -> bool:
    return (a.bold, a.italic, bool(a.href), a.tag) == (b.bold, b.italic, bool(b.href), b.tag)


# a full stop after these is no sentence's end ("Clonostachys spp.", "A vs. B")
_NO_STOP_AFTER = frozenset({"vs", "spp", "sp", "cf", "e.g", "i.e", "ca", "approx"})
_TITLE_GOES_ON = 40  # tokens at most
_VENUE_HEAD = lazy_compile(r"\b(?:Conference|Proceedings|Symposium|Workshop|Journal|Transactions|Congress)\b")


def title_after_little_word(toks: Sequence[Token], run: list[Token]) -> list[Token]:
    """"(2025). The Functional Connectome Mediates Associations Between Fitness and Cognition Across the Adult
    Lifespan. Human Brain Mapping, 46(16)", "... suppression of *Alternaria grandis* sporulation by *Clonostachys*
    spp. *Plant Pathology*", "underthrusting of\n Indian crust, *Nature Geoscience*": a title the labeller ended on
    "of", "and", "the", "or", "an" or "a" was cut inside a phrase (at a word in italics, at a wrapped line), and goes on
    up to the end of its sentence: the next full stop (not one after an initial or "spp"), comma, question or
    exclamation mark, the end of the link it is written in, or the entry's end. Not across an author, a year or a
    status, nor into a new paragraph, nor into a venue (words all in italics after a roman title; a conference's
    name: "Research Abstract in the *Roundtable on ...*"): then the run stays as it was (and is no title). A run in
    italics up to a full stop and on in roman ("*Title ... compressors*. Book of") was the italic title."""
    if not ends_no_title(run[-1].text):
        return run
    for i in range(1, len(run) - 1):
        if run[i].text == "." and all(t.italic for t in run[:i]) and not run[i + 1].italic:
            for t in run[i:]:  # "*Title of ... compressors*. Book of abstracts of ...": the italics were the title
                t.label = "venue" if t.text[:1].isalnum() else "other"
            return run[:i]
    n, end = len(toks), index_of(toks, run[-1]) + 1
    link = run[-1].href
    k = end
    while k < n and k - end < _TITLE_GOES_ON:
        t = toks[k]
        if t.field in ("author", "year", "status") or t.para or t.link_word:
            return run
        if link and t.href != link:
            break  # the title was the link's text: it ends with the link
        if t.text in (",", "?", "!", ";"):
            break
        if t.text == "." and k > end:
            before = toks[k - 1].text
            if not ((len(before) == 1 and before.isupper()) or before.lower() in _NO_STOP_AFTER):
                break
        k += 1
    if k < n and k - end >= _TITLE_GOES_ON:
        return run  # no end of the sentence in sight
    if k == end or not any(t.text[:1].isalnum() for t in toks[end:k]):
        return run
    ext = list(toks[end:k])
    if (all(t.italic for t in ext) and not run[-1].italic) or _VENUE_HEAD.search(join_tokens(ext)):
        return run  # "Research Abstract in the *Young Researchers' Roundtable ...*", "in the 6th International
        # Conference on ...": the venue
    for t in ext:
        t.label = "title"
    return [*run, *ext]


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
        if i and (close := TITLE_QUOTES.get(toks[i - 1].text)) and (close != '"' or _opens_line(toks, i - 1)):
            # the title opened by a quote mark runs to its closing mark on its line, whatever the labeller read
            # inside ("“Frustrated etching during H/Si(111) methoxylation ...”": "during H/Si" read as authors)
            c = next((m for m in range(j, min(n, j + 40)) if toks[m].text in (close, toks[i - 1].text)
                      or toks[m].line != toks[i].line or toks[m].label.startswith("B-")), None)
            if c is not None and c > j and toks[c].text == close and toks[c].line == toks[i].line \
                    and (close != '"' or c - j <= 3):  # a straight quote: only a word or three left out
                for t in toks[j:c]:
                    t.label = "title"
                i = c + 1
                continue
        gap = toks[j:k]
        if not gap or not any(t.text[:1].isdigit() for t in gap) or any(t.href and not toks[i].href for t in gap) \
                or any(t.text in (".", ";") for t in gap):  # "Title. Pp. 221-250 in Book": the title ended
            i = j
            continue
        if k < n and toks[k].field == "title" and toks[i].line == toks[k].line \
                and (not toks[k].label.startswith("B-") or toks[k - 1].text.lower() in _OPEN_ENDS):
            upto = k  # title, gap, title (a title never ends on "of H2 on": no new entry starts after it)
            toks[k].label = "title"
        elif gap[0].text == "(" and not gap[0].space_before \
                and (c := next((m for m, t in enumerate(gap) if t.text == ")"), None)) is not None:
            upto = j + c + 1  # "Si(100)": a bracket glued to a word of the title is the word's
        else:
            i = j
            continue
        for t in toks[j:upto]:
            t.label = "title"
        i = j if upto > j else upto + 1  # the joined run may go on past the next gap


def _opens_line(toks: Sequence[Token], i: int) -> bool:
    return not i or toks[i - 1].line != toks[i].line


def cited_title(toks: Sequence[Token], runs: list[list[Token]]) -> list[Token] | None:
    """The first title run, not a heading's, that follows an author list on its line (punctuation between, or
    APA's year: "Vicovaro, M., ... & Spoto, A. (2025). A new Bayesian method ..."): a citation's title."""
    for run in runs:
        if any(t.tag == "heading" for t in run) or len(run) < 2:
            continue
        i = index_of(toks, run[0]) - 1
        while i >= 0 and ((toks[i].field == "other" and not toks[i].text[:1].isalnum()) or toks[i].field == "year"):
            i -= 1
        if i >= 0 and toks[i].field == "author" and toks[i].line == run[0].line:
            return run
    return None


def closing_year(toks: Sequence[Token], run: list[Token]) -> list[int]:
    """With no token read as a year: a year that closes the citation after its title ("..., pages 250-261. IEEE,
    2018."), read as a volume or as other; the year, not pages, when nothing but a stop or links follow it. Else the
    first such year after the title set off by commas ("*Book*, Editora Norte, 2020, pp. 40–52.", RSC's "Chem. Sci.,
    2020, 11, 1234"; a volume's number follows its word: "vol. 2001,")."""
    start = index_of(toks, run[-1]) + 1
    for i in range(len(toks) - 1, start - 1, -1):
        t = toks[i]
        if t.field in ("link",) or t.text in (".", ")", "]", ",", ";"):
            continue
        if _year_read_otherwise(toks, i):
            return [int(t.text)]
        break
    for i in range(start + 1, len(toks) - 1):
        if toks[i - 1].text == "," and toks[i + 1].text in (",", ".") and _year_read_otherwise(toks, i):
            return [int(toks[i].text)]
    return []


def _year_read_otherwise(toks: Sequence[Token], i: int) -> bool:
    """A year read as a volume, other or a publisher, not the end of a range or pages ("2019-2020", ":2021")."""
    t = toks[i]
    return bool(YEAR.fullmatch(t.text)) and t.field in ("volume", "other", "publisher") \
        and not (i and toks[i - 1].text in ("-", "–", ":")) and 1900 <= int(t.text) <= LATEST_YEAR


def item_number_in_title(toks: Sequence[Token]) -> None:
    """"<strong>[43]</strong> <strong>From lab to industry ...</strong>", "[20] <u>Title</u>": the item's number in
    square brackets, set like the title, opens no title: it is read as other and the title starts after it."""
    for a, b in runs(toks, "title"):
        k = a + (toks[a].text == "[")
        if k + 2 >= b or not (toks[k].text.isdigit() and len(toks[k].text) <= 4) or toks[k + 1].text != "]" \
                or (k == a and (a == 0 or toks[a - 1].text != "[")):
            continue
        start = toks[a].label.startswith("B-")
        for t in toks[a:k + 2]:
            t.label = "other"
        if start:
            toks[k + 2].label = "B-title"


def month_year(toks: Sequence[Token], run: list[Token]) -> list[int]:
    """With no token read as a year: a year after a month's name, after the title ("Chemometrics and Intelligent
    Laboratory Systems, Volume 240, 15 September 2023, 104878.": ScienceDirect's citation; "IEEE. 03 July 2023."),
    read as a volume or as other: a volume never follows a month."""
    start = index_of(toks, run[-1]) + 1
    for i in range(max(start, 1), len(toks)):
        t = toks[i]
        if YEAR.fullmatch(t.text) and t.field in ("volume", "other") \
                and toks[i - 1].text.lower().rstrip(".") in MONTHS and 1900 <= int(t.text) <= LATEST_YEAR:
            return [int(t.text)]
    return []


def title_gaps(toks: Sequence[Token]) -> None:
    """A title, a few words read as a year or venue, then more title, all the text of one link or one bold or italic
    run ("[Racial Disparities in Coronavirus Disease 2019 (COVID-19) Mortality ...](url)"): one title."""
    n = len(toks)
    for _, j in runs(toks, "title"):  # a run joined to the title after it is walked on from where it ended
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


def gost_double_slash(toks: Sequence[Token]) -> None:
    """Russian GOST's "Authors Title // Journal. 2017. № 4. С. 16-30.": the title ends at the double slash, the
    journal follows it; the labeller read both as the title. The marks are no field, the words after them to the
    run's end the venue."""
    n = len(toks)
    for i, j in list(runs(toks, "title")):
        k = next((k for k in range(i + 1, j - 2) if toks[k].text == "/" and toks[k + 1].text == "/"
                  and toks[k].space_before and not toks[k + 1].space_before), None)
        if k is None or k + 2 >= n:
            continue
        toks[k].label = toks[k + 1].label = "other"
        for t in toks[k + 2:j]:
            t.label = "venue"


def inner_quoted_title(toks: Sequence[Token]) -> None:
    """"Reply to comments on “Performance assessment of factory and field calibrations ...”": a title that quotes
    another paper's, read as two titles with the quote marks between them as no field; the marks and both are one
    title (a title run right before the opening mark, the quoted run closed by its mark, on one line)."""
    n = len(toks)
    for _, j in list(runs(toks, "title")):
        close = TITLE_QUOTES.get(toks[j].text) if j < n else None
        if close is None or toks[j].field != "other" or j + 1 >= n or toks[j + 1].field != "title" \
                or toks[j + 1].label.startswith("B-") or toks[j].line != toks[j - 1].line:
            continue
        m = run_end(toks, j + 1)
        if m < n and toks[m].text == close and toks[m].line == toks[j].line:
            toks[j].label = toks[m].label = "title"


_SENTENCE_END = frozenset({".", "?", "!"})
_MAX_SENTENCE_GAP = 8
# a comma (a list, the venue after the title), a square bracket (GB/T 7714's "[J]", a tag) or a long dash are no words
# of a title's sentence the labeller left out
_NOT_IN_SENTENCE = frozenset({",", "[", "]", "–", "—", "|"})


def title_sentence(toks: Sequence[Token]) -> None:
    """Authors, a full stop, the title, a full stop, the venue ("Newson RB. Frequentist *q*-values for multiple-test
    procedures. *The Stata Journal* 2010; 10(4)", "Newson R. Confidence intervals for rank statistics: Somers' D and
    extensions. *The Stata Journal*"): a title the labeller cut short of its sentence (a word in italic inside it, an
    apostrophe) runs from the authors' full stop to its own, when the words it left out lie on its line, hold no
    comma and no other entry's start, and the venue comes after the full stop."""
    n = len(toks)
    for i, j in list(runs(toks, "title")):
        line = toks[i].line
        k = j  # to the title's full stop
        while k < n and k - j <= _MAX_SENTENCE_GAP and toks[k].line == line and toks[k].text not in _SENTENCE_END \
                and toks[k].text not in _NOT_IN_SENTENCE and toks[k].field in ("other", "venue") \
                and not toks[k].label.startswith("B-"):
            k += 1
        if j < k < n and toks[k].text in _SENTENCE_END and toks[k].line == line \
                and _words(toks[j:k]) and _sentence_ends(toks[j:k]) and _venue_next(toks, k + 1):
            for t in toks[j:k]:
                t.label = "title"
        s = i  # back to the authors' full stop, or APA's after the year ("Lima, A. (2022). No Meaningful ...")
        while s > 0 and i - s <= _MAX_SENTENCE_GAP and toks[s - 1].line == line \
                and toks[s - 1].text not in _SENTENCE_END and toks[s - 1].text not in _NOT_IN_SENTENCE \
                and (toks[s - 1].field in ("other", "venue")
                     or (toks[s - 1].field == "link" and not toks[s - 1].href)) \
                and not toks[s - 1].label.startswith("B-") and not toks[i].label.startswith("B-"):
            s -= 1
        after = _after_authors(toks, s - 1) if s < i and s > 1 and toks[s - 1].text == "." else None
        # (after the authors the words may be a last name the labeller left out; after APA's year no name comes)
        if after is not None and _words(toks[s:i]) and _venue_next(toks, j) \
                and (after == "year" or not name_shaped(join_tokens(toks[s:i]))):
            for t in toks[s:i]:
                t.label = "title"


_UNTITLED_WORDS = 12  # tokens of such a sentence, at most: a short title is what the labeller misses
_NOT_IN_UNTITLED = _NOT_IN_SENTENCE | {"(", ")", ";", ":"}


def untitled_sentence(toks: Sequence[Token]) -> None:
    """Authors, a full stop, a sentence, a full stop, the venue ("A. Lee, B. Kim. Widget models at scale. *Journal of
    Web Science*, 2020."), the labeller reading no word of the entry as its title (a short title in lower case read as
    other words, the entry then dropped as a paper with no title and a venue the database lacks): the sentence is the
    title, when it opens with a capital, holds no comma or bracket, ends in a word in lower case (not an abbreviated
    journal's) and is no name. A status in place of the venue does as well ("A. Lee, B. Kim. Widget models at scale.
    In preparation.": the paper was lost)."""
    if any(t.field == "title" for t in toks):
        return
    n = len(toks)
    for s, t in enumerate(toks):
        if t.text != "." or s + 1 >= n or toks[s + 1].field != "other" or not toks[s + 1].text[:1].isupper() \
                or _after_authors(toks, s) is None:
            continue
        k = s + 1
        while k < n and k - s <= _UNTITLED_WORDS and toks[k].line == t.line and toks[k].field == "other" \
                and toks[k].text not in _SENTENCE_END and toks[k].text not in _NOT_IN_UNTITLED \
                and not toks[k].href and not toks[k].label.startswith("B-"):
            k += 1
        gap = toks[s + 1:k]
        if not (k < n and toks[k].text in _SENTENCE_END and toks[k].line == t.line
                and sum(1 for x in gap if x.text[:1].isalpha()) >= 2 and _sentence_ends(gap)):
            continue
        status = [] if _venue_next(toks, k + 1) else _status_next(toks, k + 1)
        if (status or _venue_next(toks, k + 1)) and not name_shaped(join_tokens(gap)):
            for x in gap:
                x.label = "title"
            for x in status:
                x.relabel("status")
            return


_APA_GAP = 12  # tokens a title left out before its full stop, at most


def apa_title(toks: Sequence[Token]) -> None:
    """APA's "Authors (2019). Title. *Journal*": a title that holds a number, a year or names ("... from 450,000
    Indian villages.", "A Comment on Lindley (1997).", "A Comment on Siew, McCartney, and Vitevitch (2019).", "The
    Guardian, 2010–2025.") was cut there by the labeller. After the date in brackets (or the status: "(under
    review).") that closes the author list, the title runs to its own full stop when the venue, a link or nothing
    comes after that stop, the words left out are on its line in the title's style, and the last of them is no
    capitalised word (an abbreviated journal's: "Proc. R. Soc. B")."""
    n = len(toks)
    for i, j in list(runs(toks, "title")):
        if i < 5 or j >= n or toks[i - 1].text != "." or not _apa_date(toks, i - 2) \
                or any(toks[m].text == "." and toks[m + 1].text[:1].isupper() for m in range(i, j - 1)):
            continue  # (a run read on past the title's own full stop: the venue is in it)
        line, first = toks[i].line, toks[i]
        k = j
        while k < n and k - j < _APA_GAP and toks[k].line == line and toks[k].text not in _SENTENCE_END \
                and toks[k].field in ("other", "volume", "year", "author") and not toks[k].href \
                and toks[k].italic == first.italic and toks[k].bold == first.bold:
            k += 1
        if not (j < k < n and toks[k].text == "." and toks[k].line == line and _words(toks[j:k])
                and _sentence_ends(toks[j:k])) or _locator_after_comma(toks[j:k]):
            continue
        nxt = next((t for t in toks[k + 1:] if t.text[:1].isalnum()), None)
        if nxt is None or nxt.field == "link" or (nxt.field == "venue" and not nxt.label.startswith("B-")):
            for t in toks[j:k]:
                t.label = "title"


_YEARS = lazy_compile(r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?")


_APA_TITLE_TOKENS = 60  # the tokens of a title read whole after APA's date, at most


def apa_untitled(toks: Sequence[Token]) -> None:
    """APA's "Authors (2023). Title. *Journal*" read with no title at all: the labeller left the sentence after the
    date (or the status: "(under review).") as no field, or ran it into the venue ("How close are we to storing data
    in DNA? Trends in Biotechnology"). In an entry without a title, that sentence is its title when it has three words
    at least, the first capitalised, on the date's line and read as nothing but no field or a venue, and ends with a
    question or exclamation mark, or with a full stop after a word in lower case; then the venue, a link or nothing
    comes."""
    for a, b in entry_spans(toks):
        if any(t.field == "title" for t in toks[a:b]):
            continue
        for c in range(a + 3, b - 2):
            if toks[c + 1].text != "." or not _apa_date(toks, c):
                continue
            line, k = toks[c].line, c + 2
            while k < b and k - c <= _APA_TITLE_TOKENS and toks[k].line == line and toks[k].text not in _SENTENCE_END \
                    and (toks[k].text not in _NOT_IN_SENTENCE or _comma_in_sentence(toks, k)) \
                    and toks[k].field in ("other", "venue") and not toks[k].label.startswith("B-"):
                k += 1
            words = [t for t in toks[c + 2:k] if t.text[:1].isalnum()]
            if not (k < b and toks[k].text in _SENTENCE_END and len(words) >= 3 and words[0].text[:1].isupper()
                    and (toks[k].text != "." or _sentence_ends(toks[c + 2:k]))):
                break
            end = k + 1 if toks[k].text != "." else k  # a question's mark is the title's
            nxt = next((t for t in toks[k + 1:b] if t.text[:1].isalnum()), None)
            if nxt is None or nxt.field in ("link", "venue"):
                for t in toks[c + 2:end]:
                    t.label = "title"
            break


def _comma_in_sentence(toks: Sequence[Token], k: int) -> bool:
    """Whether toks[k] is a comma inside a title's sentence: a word in lower case follows it ("Preregistration is
    hard, and worthwhile."), where a venue or a name would be capitalised."""
    return toks[k].text == "," and k + 1 < len(toks) and toks[k + 1].text[:1].islower() \
        and toks[k + 1].line == toks[k].line


def apa_main_title(toks: Sequence[Token]) -> None:
    """APA's "Authors (2021). Do correctional facilities correct our youth?: Effects of incarceration ... *Journal*":
    the labeller read the subtitle after the colon as the title and the main title before it as no field. Words left
    out between the date's full stop (or status's) and a title run's opening colon, two at least, the first
    capitalised, on the run's line and none of them read as anything else, open the title."""
    for a, _ in list(runs(toks, "title")):
        i = a + 1 if toks[a].text == ":" else a  # (the run may open with the colon)
        if i < 6 or i >= len(toks) or toks[i - 1].text != ":" or toks[i - 1].line != toks[i].line:
            continue
        c = i - 2
        while c > 0 and i - c <= _APA_TITLE_TOKENS and toks[c].field == "other" and toks[c].line == toks[i].line \
                and not toks[c].label.startswith("B-") and not (toks[c].text == "." and _apa_date(toks, c - 1)):
            c -= 1
        words = [t for t in toks[c + 1:i - 1] if t.text[:1].isalnum()]
        if toks[c].text != "." or not _apa_date(toks, c - 1) or len(words) < 2 or not words[0].text[:1].isupper() \
                or any(t.field != "other" or t.href for t in toks[c + 1:i - 1]) \
                or any(t.text in _SENTENCE_END for t in toks[c + 1:i - 2]):
            continue  # (one sentence, its question mark last: not "Title. In A. Chair (Chairs), *Symposium*: ...")
        for t in toks[c + 1:i]:
            t.label = "title"


def _locator_after_comma(gap: Sequence[Token]) -> bool:
    """Whether the words left out hold a number that is no year after a comma and a space: an article's number, a
    volume or pages after a title or a journal ("The Case of Kosovo, 108465.", "..., Marine Geology, 404, 60-70"),
    not "The Guardian, 2010–2025" nor "450,000 villages"."""
    return any(a.text == "," and b.space_before and b.text[:1].isdigit() and not _YEARS.fullmatch(b.text)
               for a, b in pairwise(gap))


def _apa_date(toks: Sequence[Token], close: int) -> bool:
    """Whether a bracket closing at `close` holds the date or status right after the author list ("... Haslbeck,
    J. M. B. (2019)", "... & Dablander, F. ⭑ (under review)")."""
    if close < 3 or toks[close].text != ")":
        return False
    o = next((m for m in range(close - 1, max(close - 5, -1), -1) if toks[m].text == "("), None)
    if o is None or o == close - 1 or not all(t.field in ("year", "status") or not t.text[:1].isalnum()
                                              for t in toks[o + 1:close]):
        return False
    b = o - 1
    while b >= 0 and o - b <= 3 and toks[b].field != "author" and not toks[b].text[:1].isalnum():
        b -= 1  # a mark after the last name ("⭑")
    return b >= 0 and toks[b].field == "author"


def decimal_opens_title(toks: Sequence[Token]) -> None:
    """"**2.5D Vocal Tract Modeling: ...**": a title that opens with a decimal number, written without a space ("2.5D",
    "3.5"), read from its full stop on, the number's first digits taken for the item's number: the number is the
    title's first word."""
    for a, _ in list(runs(toks, "title")):
        if a == 0 or toks[a].text != "." or a + 1 >= len(toks) or toks[a + 1].space_before \
                or not toks[a + 1].text[:1].isdigit() or not toks[a - 1].text.isdigit() or toks[a].space_before \
                or toks[a - 1].field == "title" or toks[a - 1].line != toks[a].line:
            continue
        start = toks[a].label.startswith("B-") or toks[a - 1].label.startswith("B-")
        toks[a - 1].label, toks[a].label = ("B-title" if start else "title"), "title"


def title_first_word(toks: Sequence[Token]) -> None:
    """"Kentaro Inui. A Joint Neural Model for ...", "S. Sugiyama. Englacial warming indicates ...", "4. Legal
    Centralization and the Birth of ...", "The Transformation of Labor Supply ...": a title whose first word (with an
    article before it or a small word after it) the labeller read as a link word, an author or no field, the title
    starting at the word after. A capitalised word right before a title run on its line, opening the entry or the
    line, or after a sentence's full stop (not an initial's) or the year's bracket, is the title's first word (one
    read as an author only after a sentence's full stop); not after a comma (a name of the author list), not a status,
    award, "In" or a field's name before its colon, and not before a title run that opens with a small word
    ("Recipient" + "of the annual travel fellowship": a news line, no title) unless the run is in a citation (an
    author list before it, a venue or a year after it: "Roots" + "of unity and ..."). In a citation the first word may
    also have one lowercase word after it ("Permutations with" + "orders coprime to a given integer")."""
    def cited(i: int, j: int) -> bool:
        """The run is in a citation: an author list before it, a venue or a year after it."""
        return any(t.field == "author" for t in toks[:i]) and any(t.field in ("venue", "year") for t in toks[j:])

    for i, j in list(runs(toks, "title")):
        if i == 0 or toks[i].label.startswith("B-") or j - i < 2 or toks[i - 1].line != toks[i].line:
            continue
        h = i - 1
        if h >= 1 and toks[h].text in _SMALL_WORDS and toks[h - 1].line == toks[i].line:
            h -= 1  # ("Advances in" + "weather radar monitoring ...")
        elif h >= 1 and toks[h].field == "other" and toks[h].text.isalpha() and toks[h].text.islower() \
                and toks[h - 1].line == toks[i].line and toks[h - 1].text[:1].isupper() and cited(i, j):
            h -= 1  # in a citation: "Permutations with" + "orders coprime to a given integer"
        if h >= 1 and toks[h - 1].text in ("A", "An", "The") and toks[h - 1].line == toks[i].line \
                and toks[h - 1].field == toks[h].field:
            h -= 1  # ("A Joint" + "Neural Model for ...")
        head = toks[h:i]
        w = head[0]
        if not (w.text[:1].isupper() and w.text.isalpha()) or (len(w.text) < 2 and len(head) < 2) \
                or (w.href and w.link_word) or (toks[i].text in _RUN_OPENERS and not cited(i, j)) \
                or toks[i].text == ":" \
                or any(t.field not in ("other", "link", "author") or t.href != w.href for t in head) \
                or w.text.lower() in _NOT_FIRST_WORD:
            continue
        before = toks[h - 1] if h and toks[h - 1].line == w.line else None
        sentence = before is not None and _sentence_stop(toks, h - 1)
        # ... or opening its line in the title's italics or bold, the names before it on a line of their own
        # ("Hennig D, Burbanks AD,<br><em>Directed\ntransport of ...</em>")
        styled = before is None and h > 0 and (w.italic or w.bold) and all(
            (t.italic, t.bold) == (w.italic, w.bold) for t in (*head, toks[i])) \
            and (toks[h - 1].italic, toks[h - 1].bold) != (w.italic, w.bold)
        if not (sentence or styled) and (w.field == "author" or (
                before is not None and before.text not in (")", "]", "*", "**") and not w.label.startswith("B-"))):
            continue  # (a name read as an author opens the title only after a sentence's full stop)
        for t in head:
            t.relabel("title")


def untitled_line(toks: Sequence[Token]) -> None:
    """"[S.P. Glasby](url),\nClassifying uniformly generated groups,\n*Commun. Algebra* **48** (2020)": an entry with
    authors and a venue and no title, whose one line between the two the labeller read as no field: that line is its
    title (three words at least, the first capitalised, none of them read as anything else, on a line of its own
    between the author list's last line and the line that opens with the venue)."""
    for a, b in entry_spans(toks):
        entry = toks[a:b]
        if any(t.field == "title" for t in entry):
            continue
        lines = by_line(entry)
        order = sorted(lines)
        for prev, line, nxt in zip(order, order[1:], order[2:], strict=False):
            words = [t for t in lines[line] if t.text[:1].isalnum()]
            if len(words) < 3 or not words[0].text[:1].isupper() or any(t.field != "other" for t in words) \
                    or any(t.href for t in words) or words[0].text.lower() in _NOT_FIRST_WORD:
                continue
            before = [t for t in lines[prev] if t.text[:1].isalnum()]
            after = [t for t in lines[nxt] if t.text[:1].isalnum()]
            if before and after and before[-1].field == "author" and after[0].field == "venue":
                for t in lines[line]:
                    if t.text[:1].isalnum():
                        t.label = "title"
                break


_CO_AUTHOR_WORDS = frozenset("with mit met med com con avec".split())  # "with" as vocab.CO_AUTHORS_BY writes it
_SMALL_WORDS = frozenset({"in", "of", "on", "for", "and", "the", "to"})
_RUN_OPENERS = _SMALL_WORDS | {"a", "an"}  # a title run that opens with one of these is no title's rest
# first words that are no title's: statuses, awards, notes and kinds of work ("Preprint", "Oral", "Abstract: ...")
_NOT_FIRST_WORD = STATUS_WORDS | AWARD_WORDS | LEAD_WORDS | THESIS_WORDS | _CO_AUTHOR_WORDS | frozenset(
    "in and see by rez review".split())


_NAME_PARTS = 4  # the tokens of a tool's name before its colon ("HallThruster" "." "jl", "Command A")
# words that name a field or a note before a colon, not a tool (and the kinds of work and material a note names)
_LEAD_WORDS = LEAD_WORDS | STATUS_WORDS | THESIS_WORDS | _CO_AUTHOR_WORDS | frozenset(
    "prize invited keynote tutorial chapter book report data slides video project by see also tags keywords remark "
    "remarks".split())
_BEFORE_NAME = frozenset({".", ",", ";", "(", ")", "[", "]", "&", "|", "–", "—"})


def name_before_colon(toks: Sequence[Token]) -> None:
    """'(2023). HallThruster.jl: A Julia package for ...', '**[Bit-by-Bit: Progressive QAT ...](...)**', '(2003)
    MAPPFinder: Using Gene Ontology ...', '(2024). sensemakr: Sensitivity Analysis Tools ...': the name of the system
    a paper presents, before its title's colon, read as other words or a link's; it opens the title. The name is a
    few tokens written on from the sentence's start (a full stop, a bracket, a comma before it, or the line's start),
    capitalised (or in lower case after the year's bracket, or camel-cased: "iKnow"), and no field's or note's name
    ("Abstract:", "PhD Thesis:", "In Review:"), venue tag with its year ("CSCW'20: In Proceedings ..."), nor a name in
    Chinese or Japanese ("奥 牧人: Title", DBLP's style). Read as an author it stays one after a comma or an initial's
    full stop, and at the entry's start when it is written as a person's name (Vancouver's "Hurst LD: Title"); after
    a sentence's full stop ("..., Amr Sabry. Fractional Types: Expressive ...") or opening the entry ("[Stablecoins
    2.0: Economic Foundations ...](url), A. Lee, ...") it is the title's."""
    for first, _ in list(runs(toks, "title")):
        i = first
        if toks[i].text == ":" and i + 1 < len(toks) and toks[i + 1].field == "title":
            i += 1  # the run opens with the colon ("Bit-by-Bit" + ": Progressive QAT ...")
        if i < 2 or toks[i - 1].text != ":" or toks[i - 1].line != toks[i].line or toks[i].text in ("In", "in"):
            continue
        k = i - 1
        while k > 0 and i - 1 - k < _NAME_PARTS and toks[k - 1].line == toks[i].line \
                and toks[k - 1].href in (None, toks[i].href) and toks[k - 1].field in ("other", "link", "author") \
                and (toks[k - 1].text not in _BEFORE_NAME or (toks[k - 1].text == "." and not toks[k].space_before
                                                              and not toks[k - 1].space_before)):
            k -= 1
        name = toks[k:i - 1]
        before = toks[k - 1] if k and toks[k - 1].line == toks[i].line else None
        if k >= 2 and toks[k - 1].text == "," and toks[k - 2].field == "author" and name and name[0].field == "other" \
                and (before is not None or name[0].soft) and _person(name):
            # "..., Jan Verbesselt,\n Cosmin Oancea: **Title**" (DBLP's style): the list's last name, read as other
            for t in toks[k - 1:i - 1]:
                t.label = "author"
            toks[i - 1].label = "other"
            continue
        year_stop = before is not None and before.text == "." and k >= 2 and toks[k - 2].text == ")"
        if not name or (before is not None and before.text not in _BEFORE_NAME) \
                or not (name[0].text[:1].isupper() or year_stop or _LOWER_COINED.fullmatch(name[0].text)) \
                or any(t.link_word or (t.label.startswith("B-") and t is not name[0]) for t in name):
            continue
        if any(t.text.lower() in _LEAD_WORDS or CJK_CHAR.search(t.text) or YEAR.fullmatch(t.text)
               or t.text[:1] in "'’" for t in name):
            continue  # "Abstract: ...", "Title: ...", "Best Paper Award: ...": a field's or a note's name, no tool's
        if any(t.field == "author" for t in name):
            sentence = before is not None and _sentence_stop(toks, k - 1)
            opens = k == 0 or name[0].label.startswith("B-")  # the entry's start ("Heidelberg: Winter" opens a line)
            if not (sentence or year_stop or (opens and not _person(name))):
                continue
        start = toks[first].label.startswith("B-") or name[0].label.startswith("B-")
        for t in toks[k:i + 1]:
            t.label = "title"
        if start:
            toks[k].label = "B-title"


_INITIAL_STOP = lazy_compile(r"[A-Z]\.?")  # an initial, its full stop a token after it or in it ("A", "A.")


def _sentence_stop(toks: Sequence[Token], k: int) -> bool:
    """Whether toks[k] is a full stop that ends a sentence, not an initial's ("Amr Sabry." not "A. Sabry")."""
    return toks[k].text == "." and k >= 1 and not _INITIAL_STOP.fullmatch(toks[k - 1].text)
_LOWER_COINED = lazy_compile(r"[a-z]+[A-Z][\w\-]*")  # a tool's name written in lower case first: "iKnow", "eBPF"


def _person(name: Sequence[Token]) -> bool:
    """Whether a name read before a colon is written as a person's ("Hurst LD", "Jane Doe"), not a tool's ("GET")."""
    words = [t for t in name if t.text[:1].isalnum()]
    return len(words) >= 2 and (any(INITIALS.fullmatch(t.text) for t in words) or name_shaped(join_tokens(name)))


def _after_authors(toks: Sequence[Token], stop: int) -> str | None:
    """What the full stop at `stop` ends, when it ends the authors: "authors" right after them, "year" after the year
    in brackets that follows them (APA: "Bartlett, J. E. (2022). Title."); else None."""
    if stop >= 1 and toks[stop - 1].field == "author":
        return "authors"
    if stop >= 4 and toks[stop - 1].text == ")" and toks[stop - 2].field == "year" and toks[stop - 3].text == "(" \
            and toks[stop - 4].field == "author":
        return "year"
    return None


# the abbreviations of biological names, each ended by a full stop that ends no sentence: "Staphylococcus caeli sp.
# nov.", "Cynodon spp. breeding", "Ludwigia grandiflora subsp. hexapetala", "Acanthaster cf. solaris"
_TAXON_ABBREVIATIONS = frozenset({"sp", "spp", "subsp", "ssp", "var", "cf", "aff", "nov", "gen", "comb"})
_TAXON_REACH = 6  # the words after the abbreviation, to the title's next run


def taxon_abbreviation(toks: Sequence[Token]) -> None:
    """A title cut at the full stop of a biological name's abbreviation ("Staphylococcus pseudoxylosus sp" + ". nov .
    ," + "isolated from bovine mastitis"): the title goes on over it to the next piece of the title on its line, when
    only the abbreviations' marks and words written in lower case lie between."""
    n = len(toks)
    for _, j in list(runs(toks, "title")):
        if toks[j - 1].text.lower() not in _TAXON_ABBREVIATIONS or j >= n or toks[j].text != ".":
            continue
        k = j
        while k < n and k - j <= _TAXON_REACH and toks[k].line == toks[j - 1].line and toks[k].field != "title" \
                and not toks[k].label.startswith("B-") and toks[k].field in ("other", "venue", "publisher") \
                and (toks[k].text in (".", ",") or toks[k].text.lower() in _TAXON_ABBREVIATIONS
                     or toks[k].text[:1].islower()):
            k += 1
        if k < n and toks[k].field == "title" and not toks[k].label.startswith("B-") and toks[k].line == toks[j].line:
            for t in toks[j:k]:
                t.label = "title"


def _words(gap: Sequence[Token]) -> bool:
    """Whether the words left out hold a word of two letters or more (a lone capital glued to the title, "J" of
    jemdoc's "[J]" with its brackets taken as markup, is a mark)."""
    return any(len(t.text) >= 2 and t.text[:1].isalnum() for t in gap)


def _sentence_ends(gap: Sequence[Token]) -> bool:
    """Whether the full stop after these words ends a sentence: its last word is written in lower case (or is a
    number); a capitalised one before a full stop opens the abbreviated journal ("... in primates Proc. R. Soc. B",
    "... conditions - Front. Plant Sci.", "Int. J. Environ. Res.")."""
    last = next((t.text for t in reversed(gap) if t.text[:1].isalnum()), "")
    return last[:1].islower() or last[:1].isdigit()


def _status_next(toks: Sequence[Token], k: int) -> list[Token]:
    """The words from k on, to the next full stop or their line's end, when they are a status and nothing else ("In
    preparation", "Submitted", "Under review"); else none."""
    line = list(takewhile(lambda t: t.line == toks[k].line and t.text != ".", toks[k:])) if k < len(toks) else []
    return line if 0 < len(line) <= 6 and status_only(line) else []


def _venue_next(toks: Sequence[Token], k: int) -> bool:
    """Whether the next word from k on, past marks, is read as a venue."""
    nxt = next((t for t in toks[k:] if t.text[:1].isalnum()), None)
    return nxt is not None and nxt.field == "venue" and not nxt.label.startswith("B-")


def unclosed_bracket(toks: Sequence[Token]) -> None:
    """"Effect of Tacticity on Chain Dynamics of Poly(methyl methacrylate), *Macromolecules*": a title run that
    opens a round bracket and ends before the bracket closes, the closing bracket next on its line, runs to it
    (the title was cut at "Poly", the bracket's words dropped as unbalanced), when the bracket is glued to the word
    before it or its words may be the title's ("Growth of juvenile bay scallops (Argopecten irradians). Aquaculture":
    _title_words); a note after a space ("(Updated 8/2026)", "(contact for draft)") the labeller often leaves
    unclosed, and so dropped."""
    n = len(toks)
    for i, j in runs(toks, "title"):
        if j >= n or toks[j].text != ")" or toks[j].line != toks[j - 1].line or toks[j].label.startswith("B-"):
            continue
        depth, o = 0, i
        for k in range(i, j):
            depth += (toks[k].text == "(") - (toks[k].text == ")")
            o = k if toks[k].text == "(" else o
        if depth == 1 and o > i and ((not toks[o].space_before and toks[o - 1].text[:1].isalnum())
                                     or (o + 1 < j and _title_words(toks[o + 1:j]))):
            toks[j].label = "title"  # a bracket glued to a word is the word's; " (contact for draft)" is a note


_BRACKET_GAP = 16  # the words of a bracket inside a title the labeller read as other fields


def bracket_gap_in_title(toks: Sequence[Token]) -> None:
    """"Karyological study of Ololygon tripui (Lourenço, Nascimento and Pires, 2009), (Anura, Hylidae) with comments
    on ...", "The occurrence of Fritziana Mello-Leitão, 1973 (Anura, Hemiphractidae) in ...": a title run, then words
    read as authors and a year (a species' authority) with a round bracket among them, then more title on the same
    line that closes what the bracket opened: one title, the words between in it."""
    n = len(toks)
    for i, j in list(runs(toks, "title")):
        depth = sum((t.text == "(") - (t.text == ")") for t in toks[i:j])
        if depth < 0 or j >= n:
            continue
        k = j
        while k < n and k - j <= _BRACKET_GAP and toks[k].field in ("other", "author", "year") \
                and not toks[k].label.startswith("B-") and toks[k].line == toks[j - 1].line:
            depth += (toks[k].text == "(") - (toks[k].text == ")")
            k += 1
        if not (j < k < n and toks[k].field == "title" and not toks[k].label.startswith("B-")
                and toks[k].line == toks[j - 1].line and any(t.text in ("(", ")") for t in toks[j:k])):
            continue
        if depth < 1:
            continue  # the bracket closed before the next piece of title ("Title (2021) BDFI Blog"): a year, no title's
        e = k
        while e < n and depth > 0 and toks[e].field == "title" and not toks[e].label.startswith("B-"):
            depth += (toks[e].text == "(") - (toks[e].text == ")")
            e += 1
        if depth == 0 and e > k and not any(t.text == "." or t.href for t in toks[j:k]):
            for t in toks[j:k]:
                t.label = "title"


def bracket_tag_in_title(toks: Sequence[Token]) -> None:
    """"Can linguistic knowledge improve ...? [ToMM 23, JCR Q1]": a title run that goes on into a square bracket it
    does not close, the bracket closing a few words later on its line, was read past its end: the bracket is the
    paper's venue tag (its words the venue, two digits its year as a volume, rank words left as read)."""
    n = len(toks)
    for i, j in runs(toks, "title"):
        o = next((k for k in range(i + 1, j) if toks[k].text == "["), None)
        if o is None or any(t.text == "]" for t in toks[o:j]) or toks[o].line != toks[i].line:
            continue
        c = next((k for k in range(j, min(n, o + 10)) if toks[k].text == "]"), None)
        if c is None or toks[c].line != toks[o].line or o + 1 >= j:
            continue
        toks[o].label = "other"
        for t in toks[o + 1:j]:
            if t.text.isdigit() and len(t.text) == 2:
                t.label = "volume"
            elif t.text[:1].isalnum():
                t.label = "venue"
            else:
                t.label = "other"


def _same_run(a: Token, b: Token) -> bool:
    """Two tokens of one link's text, or of one bold or italic run, on one line."""
    return a.line == b.line and ((a.href is not None and a.href == b.href)
                                 or (not a.href and not b.href and ((a.bold and b.bold) or (a.italic and b.italic))))


_OPEN_ENDS = frozenset({"of", "the", "a", "an", "and", "or", "for", "in", "on", "with", "to", "via", "from", "by"})


_WRAPPED_TAIL = 3  # words: a title's last words carried over to its wrapped paragraph's next line, at most


def title_over_wrap(toks: Sequence[Token]) -> None:
    """"... copy number variation at insecticide resistance loci in malaria\n  mosquitoes. [doi](...)", "... via
    Sparse Activation\nControl.\nNeurIPS, 2024": a title that ends its line with a word, in a paragraph its source
    wraps (the next line continues it: markup.Line.soft), goes on over the next line's first words read as no field
    up to the full stop that ends it (a few words at most). A title that ends with its stop, or before a line break
    the page set, is left as read."""
    n = len(toks)
    for _, j in runs(toks, "title"):
        if j < n and toks[j - 1].text[:1].isalnum() and toks[j].line != toks[j - 1].line and toks[j].soft:
            k = j
            while k < n and k - j < _WRAPPED_TAIL and toks[k].field == "other" and toks[k].line == toks[j].line \
                    and toks[k].text[:1].isalnum() and not toks[k].href:
                k += 1
            if j < k < n and toks[k].text == "." and toks[k].line == toks[j].line:
                for t in toks[j:k]:
                    t.label = "title"


def run_to_line_end(toks: Sequence[Token]) -> None:
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


_STATUS_UNDER_A_TITLE = lazy_compile(r"(?:[Cc]urrently\s+)?(?:(?:[Uu]nder|[Ii]n)\s+(?:review|revision|submission)|"
                                     r"[Rr]evise\s+(?:and|&)\s+[Rr]esubmit|R\s*&\s*R|[Ss]ubmitted|[Aa]ccepted|"
                                     r"[Ff]orthcoming)\s+(?:at|in|to|with)\b")
_UNDER_A_TITLE = lazy_compile(r"(?:[Ii]n|[Uu]nder contract|[Ff]orthcoming|[Ii]n press|[Tt]o appear)\b")


def title_before_in_line(toks: Sequence[Token]) -> None:
    """"Horses for courses: using internet surveys ... <br> in <em>The Routledge Handbook of ...</em>, edited by ...",
    "*Electoral Realignment?* <br> Under contract with Oxford University Press.": a title read on over the page's
    line break into the next line's "in" and the book it opens, or a note of how far the work got; the title ends at
    the break, the line is the venue (after "in") or other."""
    for i, j in list(runs(toks, "title")):
        k = next((k for k in range(i + 1, j) if toks[k].line != toks[k - 1].line and not toks[k].soft
                  and not toks[k].para), None)
        if k is None or k - i < 3:
            continue
        e = k
        while e < j and toks[e].line == toks[k].line:
            e += 1
        head = " ".join(t.text for t in toks[k:min(e, k + 3)])
        if (m := _STATUS_UNDER_A_TITLE.match(" ".join(t.text for t in toks[k:e]))) is not None:
            # "## Title <br> Currently in review at *JEEM*, 2025": how far it got, then where
            said = len(m.group(0).split())
            for t in toks[k:k + said]:
                said_word = t.text[:1].isalpha() and t.text.lower() not in ("at", "in", "to", "with")
                t.label = "status" if said_word else "other"
            for t in toks[k + said:e]:
                if t.field == "title":
                    t.label = "venue"
            continue
        if not _UNDER_A_TITLE.match(head):
            continue
        rest = "venue" if toks[k].text in ("in", "In") else "other"  # the book after "in"; a note
        toks[k].label = "other"
        for t in toks[k + 1:e]:
            t.label = rest


_TAIL_WORDS = 12  # words: at most this many of a title's last words read as the start of its author list


def title_line_tail(toks: Sequence[Token]) -> None:
    """A line that opens with a title, then words read as the start of an author list that goes on over a line
    break ("- Calibrating Table QA with Abstention <br> **E. Vasquez**, H. Sato", "Tidal Streams of Widgets in a
    Simulated Universe,<br> Okafor, D., (Lind, B. S.), et al.,<br> 2026, ApJ"): the author list starts on its own
    line and the words left on the title's line end the title (a comma before the break is no part of it). A few
    words, or more that are no list of names ("... with Spectroscopic and Machine-Learning Photometric Redshifts,":
    a lower-case word, not capitalised names). Not where the title's line wraps on (a soft break) or punctuation
    parts the title from the names."""
    n = len(toks)
    for i in range(1, n):
        t = toks[i]
        if t.field != "author" or toks[i - 1].field == "author" or toks[i - 1].line != t.line:
            continue
        a, b = line_span(toks, i)
        while a < i and toks[a].field != "title" and not any(c.isalpha() for c in toks[a].text):
            a += 1  # the entry's number before it ("12. Title")
        if b >= n or toks[b].field != "author" or toks[b].soft or toks[a].field != "title" \
                or not all(x.field == "author" for x in toks[i:b]):
            continue
        end = b - 1 if toks[b - 1].text == "," and b - 1 > i else b  # the comma that ends the title's line
        words = toks[i:end]
        if not all(x.text[:1].isalnum() for x in words) or (
                len(words) > 3 and (len(words) > _TAIL_WORDS or name_shaped(join_tokens(words)))):
            continue
        k = a
        while k < i and toks[k].field == "title":
            k += 1
        if all(x.field == "other" and x.text[:1].isalpha() and not x.href for x in toks[k:i]):
            for x in toks[k:end]:
                x.label = "title"
            for x in toks[end:b]:
                x.label = "other"


def title_after_break(toks: Sequence[Token]) -> None:
    """A title does not start before a break that opens a new paragraph or ends a heading: "[ADS](...) <blank line>
    **The JWST Hubble Sequence: ...**", "<font>Invited to TALG Special Issue</font> <br><br> <b>On the Circuit
    ...</b>", "## Before Joining NJUST / 1. [Local pressure ...]": the labeller ran the title back over the break into
    the previous paragraph's link word, a note or the section's heading. Where an entry opens with a title run that
    crosses such a break, with at most five words before it and at least three after it, set apart by their markup
    (bold, italic, a link, a class naming the title: "[Read](...)" over '<p class="title">'), the words before the
    break are no part of it and the entry opens with the title. A title wrapped within its paragraph, a long heading
    that is the title, a name under a heading ("## Thesis title / **Student Name (2021)**") and plain prose under a
    heading stay as read."""
    for i, j in runs(toks, "title"):
        if not toks[i].label.startswith("B-"):
            continue
        k = next((k for k in range(j - 1, i, -1) if toks[k].line != toks[k - 1].line
                  and (toks[k].para or (toks[k - 1].tag == "heading" and toks[k].tag != "heading"))), None)
        if k is None or not (toks[k].bold or toks[k].italic or toks[k].href or toks[k].tag == "title"):
            continue
        words_before, words_after = (sum(t.text[:1].isalpha() for t in part) for part in (toks[i:k], toks[k:j]))
        # a topic heading over a linked title ("## Learning and optimization with logarithmic losses" over
        # "1. [Online self-concordant ...](url)") may be longer: the link says where the title is
        limit = _TOPIC_WORDS if toks[k - 1].tag == "heading" and toks[k].href and not toks[k - 1].href else 5
        if words_after < 3 or words_before > limit or name_shaped(join_tokens(toks[k:j])):
            continue
        for t in toks[i:k]:
            t.label = "other"
        toks[i].label, toks[k].label = "B-other", "B-title"  # the entry opens with the title now


def bar_fields(toks: Sequence[Token]) -> None:
    """"### Skewness Expectations and Portfolio Choice | Tilman H. Drerup and Matthias Wibral | Experimental Economics
    (2023)": a title run on one line parted by bars holds the paper's fields, the title first. A part after a bar that
    gives a year is the venue (its year the year), one that is a list of names the authors; anything else is a note."""
    for i, j in list(runs(toks, "title")):
        bars = [k for k in range(i, j) if toks[k].text in ("|", "｜") and toks[k].line == toks[i].line]
        if not bars or sum(t.text[:1].isalnum() for t in toks[i:bars[0]]) < 2:
            continue
        end = j  # the last part with the year in brackets right after the run ("| Labour Economics (2022)")
        while end < len(toks) and end - j < 3 and toks[end].line == toks[i].line \
                and (toks[end].text in ("(", ")") or YEAR.fullmatch(toks[end].text)):
            end += 1
        for a, b in pairwise([*bars, end]):
            part = toks[a + 1:b]
            if any(YEAR.fullmatch(t.text) for t in part):
                field = "venue"
            elif part and full_names(part):
                field = "author"
            else:
                field = "other"
            toks[a].relabel("other")
            for t in part:
                t.relabel("year" if field == "venue" and YEAR.fullmatch(t.text)
                          else "other" if field == "venue" and t.text in "()" else field)
