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
from .vocab import FIELD_NAMES

# `key: value`, `key = value`, or reStructuredText's field `:key: value` (a directive's options: `.. publication::`
# over `:title: ...`, `:author: ...`, `:venue: ...`, `:year: ...`)
_KEY_LINE = lazy_compile(r"^\s*(?:[-*]\s+)?(?::([^\W\d]\w*):|([^\W\d]\w*)\s*[:=])\s*(.*?)\s*,?\s*$")
# a record's title key, in the languages pages are written in ("titulo = ...", "titre: ...")
_TITLES = "|".join(sorted(k for k, f in FIELD_NAMES.items() if f == "title" and " " not in k))
_TITLE_KEY = lazy_compile(rf"^\s*(?:[-*]\s+)?(?::(?:{_TITLES}):|(?:{_TITLES})\s*[:=])", re.I | re.M)
TITLE_KEY_LINE = lazy_compile(r"^\s*title\s*:", re.M)  # a front matter's key, written again in a page's body
_FIELDS = frozenset({"title", "author", "authors", "journal", "venue", "booktitle", "conference", "year", "date",
                     "doi", "url", "paperurl", "arxiv", "volume", "pages", "proc", "proceedings", "publisher",
                     "citation"})
_CITED = frozenset({"author", "authors", "journal", "venue", "booktitle", "conference", "year", "doi", "arxiv", "proc",
                    "proceedings"})
# the names of fields in the other languages (and spellings) read as the English key of the field they name
# ("autores" as "authors", "revista" as "journal", "anio" as "year"); not "data" (a dataset's link in English), "by"
# or "publication" (a citation, as often)
_KEY_OF = {"title": "title", "author": "authors", "venue": "journal", "year": "year"}
_AS_KEY = {k: _KEY_OF[f] for k, f in FIELD_NAMES.items()
           if f in _KEY_OF and k not in _FIELDS and k not in ("data", "by", "publication") and " " not in k}
_REACH = 15  # a record's keys follow its title within this many lines
_R_VECTOR = lazy_compile(r'^c\((.*)\)$', re.S)
_QUOTED = lazy_compile(r'"((?:[^"\\]|\\.)*)"|\'((?:[^\'\\]|\\.)*)\'')


def keyed_publications(path: str, text: str, db: VenueDB, skip_lines: int = 0) -> list[Publication]:
    """The papers of the page's keyed records (none unless it holds two or more); `text` is the page as read, its
    comments and template code are left out here (only for a page that has two title keys: most pages have none).
    The first `skip_lines` lines hold none (a front matter read as the data it is)."""
    if len(_TITLE_KEY.findall(text, _line_start(text, skip_lines))) < 2:
        return []
    text = blank_out(text)  # (line for line: the records' lines are the page's)
    records = keyed_records("\n" * skip_lines + text[_line_start(text, skip_lines):] if skip_lines else text)
    if len(records) < 2:
        return []
    from .datafile import profile_from_data

    return profile_from_data(path, records, text, db).publications


def _line_start(text: str, n: int) -> int:
    """Where line n + 1 of the text starts (past its end when it has fewer lines)."""
    at = 0
    for _ in range(n):
        nl = text.find("\n", at)
        if nl < 0:
            return len(text)
        at = nl + 1
    return at


def keyed_records(text: str) -> list[dict[str, object]]:
    """Each record's keys and values, in the order of the page. A value may go on over the lines below its key that
    are indented deeper and hold no key (a reStructuredText option or a YAML value wrapped: ":title: Steady surface
    ... with" over "    High-speed cameras"). A record's keys written before its title count when nothing parts them
    from it (a blank line, a directive, a `---` line, a list item): ".. reference::" over ":author: ...", ":year:
    2025", ":title: ...". Keys of a part with no title go to the record before it, as keys after its title do."""
    records: list[dict[str, object]] = []
    cur: dict[str, object] | None = None
    start, broken = 0, False
    pending: list[tuple[int, str, str]] = []  # keys since the last break, while no title came after it
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if _BREAK.match(line):
            _flush(pending, cur, start)
            broken = True
        m = _KEY_LINE.match(line)
        if m is None:
            i += 1
            continue
        key, raw = (m.group(1) or m.group(2)).lower(), m.group(3)
        key = _AS_KEY.get(key, key)
        indent = len(line) - len(line.lstrip())
        j = i + 1
        rst = m.group(1) is not None  # an option's value goes on over any deeper line ("Home: A case study")
        while j < len(lines) and lines[j].strip() and len(lines[j]) - len(lines[j].lstrip()) > indent \
                and ((k := _KEY_LINE.match(lines[j])) is None or (rst and k.group(1) is None)) \
                and j - i <= _WRAPPED:
            raw = f"{raw} {lines[j].strip()}" if raw.strip() not in _BLOCK_SCALARS else lines[j].strip()
            j += 1
        if key == "title":
            value = _value(raw)
            cur, start, broken = ({"title": value} if isinstance(value, str) and value else None), i, False
            if cur is not None:
                records.append(cur)
            _flush(pending, cur, None)  # the keys written before it, since the break
        elif key in _FIELDS:
            pending.append((i, key, raw))
            if not broken:
                _flush(pending, cur, start)
        i = j
    _flush(pending, cur, start)
    return [r for r in records if _CITED & r.keys()]


# what parts one record's keys from the next: a blank line, a directive (".. reference::"), a `---` line, a list item,
# a line that only opens or closes a record of code (R's "list(", "),"; "{", "},")
_BREAK = lazy_compile(r"^\s*$|^\.\.\s+[\w\-]+::|^---\s*$|^\s*[-*]\s|^\s*[\w.]*\s*[({\[]\s*$|^\s*[)}\]][)}\],;\s]*$")
_BLOCK_SCALARS = frozenset({"", ">", "|", ">-", "|-"})  # YAML's "title: >" with the value on the lines below
_WRAPPED = 6  # a wrapped value goes on for this many lines at most


def _flush(pending: list[tuple[int, str, str]], cur: dict[str, object] | None, start: int | None) -> None:
    """The pending keys into the record `cur` (those it has not; with `start`, its title's line, those within reach
    of it; with None, all), then none pending."""
    if cur is not None:
        for i, key, raw in pending:
            value = _value(raw)
            if key not in cur and value not in ("", [], None) and (start is None or i - start <= _REACH):
                cur[key] = value
    pending.clear()


def _value(raw: str) -> str | list[str]:
    """A value as written: quoted or not; R's `c("A", "B")` and YAML's `["A", "B"]` are lists."""
    raw = raw.strip().rstrip(",").strip()
    if (m := _R_VECTOR.match(raw)) or (raw.startswith("[") and raw.endswith("]")):
        inner = m.group(1) if m else raw[1:-1]
        return [a or b for a, b in _QUOTED.findall(inner)]
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "\"'":
        return raw[1:-1]
    if len(raw) >= 2 and raw[0] == "{" and raw[-1] == "}":
        # BibTeX shown on the page ("title = {A Cycle-Based Formulation for {Widget} Geometry},"): its value as text,
        # without the braces around it and those that keep a word's case, accents composed
        from ..latex import to_text

        return to_text(raw[1:-1])
    return "" if raw.lower() in ("null", "na", "none", "~", "''", '""') else raw
