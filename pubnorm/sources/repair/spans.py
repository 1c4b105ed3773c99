"""Small questions about a labelled entry's tokens that the repairs of titles, authors and fields share: where a
run of one label ends, where a token is, the span of its source line, what a name's token looks like."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ...lazyre import lazy_compile
from ...text import split_name_list
from ...venues import parse_venue
from ..features import STATUS_WORDS, THESIS_WORDS, Token, join_tokens
from ..vocab import name_shaped


def run_end(toks: Sequence[Token], i: int) -> int:
    """Where the run of tokens of toks[i]'s field that starts at i ends."""
    field, j = toks[i].field, i + 1
    while j < len(toks) and toks[j].field == field:
        j += 1
    return j


def entry_runs(toks: Sequence[Token], field: str) -> Iterator[tuple[int, int]]:
    """Like runs, each run of one field cut where an entry starts inside it (an entry may open with the field the
    one before ended with)."""
    i, n = 0, len(toks)
    while i < n:
        if toks[i].field != field:
            i += 1
            continue
        j = i + 1
        while j < n and toks[j].field == field and not toks[j].label.startswith("B-"):
            j += 1
        yield i, j
        i = j


def runs(toks: Sequence[Token], *fields: str) -> Iterator[tuple[int, int]]:
    """Where each run of tokens of one of these fields starts and ends, in order; the tokens may be relabelled between
    steps (the next run is looked for after the end of the one before)."""
    i, n = 0, len(toks)
    while i < n:
        if toks[i].field not in fields:
            i += 1
            continue
        j = run_end(toks, i)
        yield i, j
        i = j


def whole_link(toks: Sequence[Token], i: int, j: int) -> bool:
    """Whether toks[i:j] is a link's whole text."""
    href = toks[i].href
    return bool(href) and all(t.href == href for t in toks[i:j]) and not (i and toks[i - 1].href == href) \
        and not (j < len(toks) and toks[j].href == href)


def entry_span(toks: Sequence[Token], i: int, j: int) -> tuple[int, int]:
    """Where the entry around toks[i:j] starts and ends, as labelled: from the last entry start ("B-") at or before i
    to the next one from j on."""
    start = next((k for k in range(i, -1, -1) if toks[k].label.startswith("B-")), 0)
    end = next((k for k in range(j, len(toks)) if toks[k].label.startswith("B-")), len(toks))
    return start, end


def entry_spans(toks: Sequence[Token]) -> list[tuple[int, int]]:
    """Where each entry of a labelled block starts and ends, in order (from one entry-start mark to the next; the
    block's first tokens are an entry even when unmarked)."""
    starts = [k for k, t in enumerate(toks) if t.label.startswith("B-")] or [0]
    if starts[0]:
        starts.insert(0, 0)
    return list(zip(starts, [*starts[1:], len(toks)], strict=True))


def index_of(toks: Sequence[Token], tok: Token) -> int:
    """Where a token is in its entry (by identity: tokens of equal text and markup are equal)."""
    return next(i for i, t in enumerate(toks) if t is tok)


INITIALS = lazy_compile(r"[A-Z]{1,3}")  # a name's initials as one token ("LD" of "Hurst LD"; "C.M." is C . M .)
# (a capital of Latin Extended too: Ł, Š, Č)
NAME_TOKEN = lazy_compile(r"^(?:[A-Z\u00c0-\u00de\u0100-\u024f][\w'’\-]*|[a-z]{1,3}|\.|-)$")


def line_span(toks: Sequence[Token], i: int) -> tuple[int, int]:
    """Where the line of toks[i] starts and ends in the block."""
    a, b = i, i
    while a and toks[a - 1].line == toks[i].line:
        a -= 1
    while b < len(toks) and toks[b].line == toks[i].line:
        b += 1
    return a, b


def lines(toks: Sequence[Token]) -> Iterator[tuple[int, int]]:
    """Where each line of the block starts and ends, in order."""
    i, n = 0, len(toks)
    while i < n:
        j = i + 1
        while j < n and toks[j].line == toks[i].line:
            j += 1
        yield i, j
        i = j


def by_line(toks: Sequence[Token]) -> dict[int, list[Token]]:
    """The tokens of each line, by its number (in the order of the lines' first tokens)."""
    out: dict[int, list[Token]] = {}
    for t in toks:
        out.setdefault(t.line, []).append(t)
    return out


THESIS_KIND = THESIS_WORDS | {"ph.d", "ma", "masters", "bachelor's", "senior", "honours", "honors"}


def full_names(piece: Sequence[Token]) -> list[str]:
    """The names of a run made only of names' words, commas, "and" and "&", not ending with a comma or "and", each
    name of two to four words; [] when the run is not such a list."""
    if not all(NAME_TOKEN.match(t.text) or t.text in (",", "&") for t in piece) or piece[-1].text in (",", "and"):
        return []
    names, _ = split_name_list(join_tokens(piece))
    return names if all(name_shaped(x) and 2 <= len(x.split()) <= 4 for x in names) else []


def status_only(toks: Sequence[Token]) -> bool:
    """Whether the tokens say how far a paper got and nothing else ("In preparation", "Under review", "Planned
    submission:"), as the venue parser reads a status (its status words first: most runs hold none)."""
    if not any(t.text.lower().rstrip(":") in _STATUS_ONLY_WORDS for t in toks):
        return False
    said = parse_venue(join_tokens(toks))
    return said.status is not None and not said.text.strip(" :")


# the labeller's status words, and the venue parser's others for a paper not yet sent ("Planned submission", "in prep.")
_STATUS_ONLY_WORDS = STATUS_WORDS | {"planned", "prep", "prep."}
