"""Papers a page keeps as keyed records inside its text rather than as citations: Jekyll front-matter documents pasted
one after another into one page (`title: "..."`, `venue: '...'`, `date: 2025-12-31` between `---` lines), an R
Markdown chunk calling a function once per paper (`title = "...", authors = c("A. Lee", "B. Kim"), journal = "...",
year = 2025`), a reStructuredText directive per paper with the fields as its options (`.. publication::` over
`:title: ...`, `:author: ...`). Each `title` key opens a record; the paper's other keys on the lines right after it
fill it (sources/datafile.py makes the records, as for a site's data files). A page needs two such records, each
with a key a citation has besides its title (authors, a venue, a year, a DOI): a lone `title:` is a setting."""

from __future__ import annotations

import re

from ..lazyre import lazy_compile
from ..model import Publication
from ..venues import VenueDB
from .markup import blank_out

# `key: value`, `key = value`, or reStructuredText's field `:key: value` (a directive's options: `.. publication::`
# over `:title: ...`, `:author: ...`, `:venue: ...`, `:year: ...`)
_KEY_LINE = lazy_compile(r"^\s*(?:[-*]\s+)?(?::([A-Za-z_]+):|([A-Za-z_]+)\s*[:=])\s*(.*?)\s*,?\s*$")
_TITLE_KEY = lazy_compile(r"^\s*(?:[-*]\s+)?(?::title:|title\s*[:=])", re.I | re.M)
TITLE_KEY_LINE = lazy_compile(r"^\s*title\s*:", re.M)  # a front matter's key, written again in a page's body
_FIELDS = frozenset({"title", "author", "authors", "journal", "venue", "booktitle", "conference", "year", "date",
                     "doi", "url", "paperurl", "arxiv", "volume", "pages"})
_CITED = frozenset({"author", "authors", "journal", "venue", "booktitle", "conference", "year", "doi", "arxiv"})
_REACH = 15  # a record's keys follow its title within this many lines
_R_VECTOR = lazy_compile(r'^c\((.*)\)$', re.S)
_QUOTED = lazy_compile(r'"((?:[^"\\]|\\.)*)"|\'((?:[^\'\\]|\\.)*)\'')


def keyed_publications(path: str, text: str, db: VenueDB) -> list[Publication]:
    """The papers of the page's keyed records (none unless it holds two or more); `text` is the page as read, its
    comments and template code are left out here (only for a page that has two title keys: most pages have none)."""
    if len(_TITLE_KEY.findall(text)) < 2:
        return []
    text = blank_out(text)
    records = keyed_records(text)
    if len(records) < 2:
        return []
    from .datafile import profile_from_data

    return profile_from_data(path, records, text, db).publications


def keyed_records(text: str) -> list[dict[str, object]]:
    """Each record's keys and values, in the order of the page."""
    records: list[dict[str, object]] = []
    cur: dict[str, object] | None = None
    start = 0
    for i, line in enumerate(text.split("\n")):
        m = _KEY_LINE.match(line)
        if m is None:
            continue
        key, raw = (m.group(1) or m.group(2)).lower(), m.group(3)
        if key == "title":
            value = _value(raw)
            cur, start = ({"title": value} if isinstance(value, str) and value else None), i
            if cur is not None:
                records.append(cur)
        elif cur is not None and key in _FIELDS and key not in cur and i - start <= _REACH:
            value = _value(raw)
            if value not in ("", [], None):
                cur[key] = value
    return [r for r in records if _CITED & r.keys()]


def _value(raw: str) -> str | list[str]:
    """A value as written: quoted or not; R's `c("A", "B")` and YAML's `["A", "B"]` are lists."""
    raw = raw.strip().rstrip(",").strip()
    if (m := _R_VECTOR.match(raw)) or (raw.startswith("[") and raw.endswith("]")):
        inner = m.group(1) if m else raw[1:-1]
        return [a or b for a, b in _QUOTED.findall(inner)]
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "\"'":
        return raw[1:-1]
    return "" if raw.lower() in ("null", "na", "none", "~", "''", '""') else raw
