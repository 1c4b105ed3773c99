"""Repairs from the page's other entries: a page writes its papers from one template, so the entries that share
their layout share what each part of it holds."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..features import Token

_CONTENT = frozenset({"title", "author", "venue"})
_MIN_ENTRIES = 4  # entries of one layout: fewer make no majority worth following
_MAX_PARTS = 12  # parts of an entry: more are no paper's fields (a table's row of figures), and are not voted on
_SHARE = 0.7  # of them must read a part as one field alike
_MIN_VOTES = 3  # entries at least that read a part as the field


def _parts(group: Sequence[Token]) -> list[list[Token]]:
    """The entry's parts: runs of its words on one line in one markup (bold, italics, a link), link words and
    headings left out; a part of marks alone is none."""
    parts: list[list[Token]] = []
    key = None
    first = group[0].line if group else 0
    for t in group:
        if t.link_word or t.tag == "heading":
            key = None
            continue
        k = (t.line - first, t.bold, t.italic, bool(t.href))
        if k != key:
            parts.append([])
            key = k
        parts[-1].append(t)
    return [p for p in parts if any(t.text[:1].isalnum() for t in p)]


def _fields(part: Sequence[Token]) -> frozenset[str]:
    return frozenset(t.field for t in part if t.text[:1].isalnum() and t.field != "other")


Layout = tuple[tuple[int, bool, bool, bool], ...]  # each part's line in its entry and its markup


def _layout(g: Sequence[Token], parts: Sequence[Sequence[Token]]) -> Layout:
    return tuple((p[0].line - g[0].line, p[0].bold, p[0].italic, bool(p[0].href)) for p in parts)


def layout_vote(groups: list[list[Token]]) -> list[list[Token]]:
    """Entries of one layout (the same parts, line by line, in the same markup) whose part the labeller read as
    another field than most of them read it: that part is read as theirs. An entry cut in two where the labeller
    saw a start ("... **Journal** (2025)" over "with A. Lee") is one again when together they take the layout most
    of the page's entries have. The entries, joined where so."""
    laid = [(g, parts, _layout(g, parts)) for g in groups for parts in [_parts(g)]]
    count = Counter(key for _, parts, key in laid if 2 <= len(parts) <= _MAX_PARTS)
    joined: list[tuple[list[Token], list[list[Token]], Layout]] = []
    for g, parts, key in laid:
        if joined and parts and count[key] < _MIN_ENTRIES and not any(t.field == "year" for t in g):
            h, hparts, hkey = joined[-1]
            both = _layout(h, [*hparts, *parts])
            if count[both] >= _MIN_ENTRIES and count[both] > count[hkey] and g[0].line == h[-1].line + 1:
                g[0].label = g[0].field  # (no entry's start)
                joined[-1] = ([*h, *g], [*hparts, *parts], both)
                count[both] += 1
                continue
        joined.append((g, parts, key))
    by_layout: dict[Layout, list[tuple[list[Token], list[list[Token]]]]] = {}
    for g, parts, key in joined:
        if 2 <= len(parts) <= _MAX_PARTS:
            by_layout.setdefault(key, []).append((g, parts))
    read_as = {key: _strong([parts for _, parts in entries]) for key, entries in by_layout.items()
               if len(entries) >= _MIN_ENTRIES}
    begins: dict[Layout, Layout] = {}  # a voted layout's beginnings, each the one with the most entries
    for key in sorted(read_as, key=lambda k: -len(by_layout[k])):
        for j in range(2, len(key)):
            begins.setdefault(key[:j], key)
    for key, entries in by_layout.items():
        strong = read_as.get(key)
        if strong is None:
            # fewer entries of a layout that begins one most entries have (no co-authors' line under the venue's):
            # its parts read as theirs
            if (best := begins.get(key)) is None:
                continue
            strong = {s: f for s, f in read_as[best].items() if s < len(key)}
        titled = "title" in strong.values()  # the layout gives each entry's title a part of its own
        for s, field in strong.items():
            for g, parts in entries:
                _read_as(g, parts[s], field, keep_title=not titled)
    return [g for g, _, _ in joined]


def _strong(entries: Sequence[Sequence[Sequence[Token]]]) -> dict[int, str]:
    """The field each part of a layout is, by slot, where its entries agree enough: most of those that read the part
    as one field read it as this one (or half of them, twice as many as read it as another). A title and a venue are
    one part each: the part most entries read as one is it, and no part whose other readings name it, or that other
    entries read as it as often (a title read with its year in one part), is."""
    slots = len(entries[0])
    reads = [Counter(_fields(e[s]) for e in entries) for s in range(slots)]  # each reading, with how many read it
    strong: dict[int, str] = {}
    while True:
        taken = {f for f in strong.values() if f != "author"}
        best: tuple[int, int, str] | None = None
        for s in range(slots):
            if s in strong:
                continue
            votes = Counter({next(iter(f)): c for f, c in reads[s].items()
                             if len(f) == 1 and f <= _CONTENT and not f & taken})
            if not votes:
                continue
            (field, count), *rest = votes.most_common(2)
            n = sum(c for f, c in reads[s].items() if f and not f & taken)
            if count < _MIN_VOTES or not (count >= _SHARE * n
                                          or (2 * count >= n and (not rest or count > 2 * rest[0][1]))):
                continue
            if field != "author" and any(sum(c for f, c in reads[o].items() if field in f) >= count
                                         for o in range(slots) if o != s):
                continue
            if best is None or count > best[0]:
                best = (count, s, field)
        if best is None:
            return strong
        strong[best[1]] = best[2]


def _read_as(entry: Sequence[Token], part: Sequence[Token], field: str, keep_title: bool = False) -> None:
    """An entry's part read as `field`: when it was read as another of a title, authors and a venue, or as words of
    no field (from the first that is no small word: "with", "in"). With `keep_title` (the layout gives no part to the
    title), not the entry's only title: "Lee, A. (2018). *Title of a dissertation* (Doctoral dissertation)." among
    APA articles whose italics are their journals keeps its title, or it would be no paper."""
    f = _fields(part)
    if f == {field} or not f <= _CONTENT:
        return
    if keep_title and f == {"title"} and sum(t.field == "title" for t in entry) == len(part):
        return  # (the part's words are all the entry's title words)
    if len(f) > 1:
        # a part read as two fields: what follows its first word of `field` is that field too (a title's tail read as
        # names: "... Galaxies at z=2.4, 3.1, and 4.5"); what comes before it keeps its reading (names before a title)
        if len(f) == 2 and field in f:
            first = next(k for k, t in enumerate(part) if t.field == field)
            for t in part[first:]:
                if t.field in _CONTENT:
                    t.relabel(field)
        return
    if not f:
        k = next((k for k, t in enumerate(part) if t.text[:1].isalnum() and not t.text.islower()), None)
        if k is None:
            return
        part = part[k:]
    for t in part:
        if t.field in _CONTENT or not f:
            t.relabel(field)
    if field == "venue":
        _in_before(entry, next(k for k, t in enumerate(entry) if t is part[0]))


def _in_before(entry: Sequence[Token], i: int) -> None:
    """"Title. In: *Book*": the word that brings in the venue at entry[i], and the marks after it, are no part of
    the title."""
    k = i - 1
    while k >= 0 and i - k <= 2 and not entry[k].text[:1].isalnum():
        k -= 1
    if k >= 0 and entry[k].field == "title" and entry[k].text.lower() == "in":
        for t in entry[k:i]:
            t.relabel("other")
