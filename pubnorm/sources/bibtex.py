"""BibTeX files (al-folio `_bibliography/papers.bib` and any .bib) via bibtexparser v2."""

from __future__ import annotations

import re

from ..latex import to_text, verbatim_to_text
from ..model import Diagnostic, Profile, Publication, SourceLoc
from ..text import arxiv_base, clean_doi, ids_from_url, split_authors, squash
from ..venues import VenueDB, parse_venue
from .bibscan import FailedBlock, RawEntry, has_macros, scan
from .entries import apply_venue

PARALLEL_MIN_BYTES = 2_000_000


def read_bibtex(path: str, text: str, db: VenueDB, jobs: int = 1) -> Profile:
    """Every entry of a .bib as a publication; blocks that fail to parse become diagnostics.

    A big file without @string macros is cut at entry starts and read by `jobs` processes; the pieces are
    put back in file order, so the result is the same as reading it whole."""
    if jobs > 1 and len(text) >= PARALLEL_MIN_BYTES and not has_macros(text):
        from ..workers import pool

        chunks = _chunks(text, jobs * 16)
        profile = Profile(path=path, kind="bibtex")
        with pool(jobs, db) as workers:
            for part in workers.map(_read_chunk, [(path, chunk, offset) for chunk, offset in chunks]):
                profile.publications.extend(part.publications)
                profile.diagnostics.extend(part.diagnostics)
        return profile
    return _read_part(path, text, db, 0)


def _chunks(text: str, n: int) -> list[tuple[str, int]]:
    """About n pieces, each starting at a line that starts an entry; with the line offset of each."""
    starts = [0] + [m.start() + 1 for m in re.finditer(r"\n(?=@)", text)]
    step = max(1, len(starts) // n)
    cuts = starts[::step] + [len(text)]
    out, line = [], 0
    for a, b in zip(cuts, cuts[1:], strict=False):
        if a < b:
            out.append((text[a:b], line))
            line += text.count("\n", a, b)
    return out


def _read_chunk(args: tuple[str, str, int]) -> Profile:
    from ..workers import worker_state

    path, chunk, offset = args
    return _read_part(path, chunk, worker_state("db"), offset)


def _read_part(path: str, text: str, db: VenueDB, offset: int) -> Profile:
    profile = Profile(path=path, kind="bibtex")
    for item in scan(text):
        if isinstance(item, FailedBlock):
            profile.diagnostics.append(Diagnostic("E130", "error", f"BibTeX block not parsed: {item.error}", path, item.line + 1 + offset))
        else:
            profile.publications.append(_entry_to_pub(path, item, db, offset))
    return profile


_EPRINT = re.compile(r"\d{4}\.\d{4,5}(v\d+)?")
_SEMI = re.compile(r"\s*;\s*")
_NOTE_LABEL = re.compile(r"title not given on the page, which calls it: (.+)", re.I)
_LINK_FIELDS = ("url", "html", "pdf", "website", "code")


def _entry_to_pub(path: str, entry: RawEntry, db: VenueDB, offset: int = 0) -> Publication:
    raw = {k.lower(): v for k, v in entry.fields}
    cache: dict[str, str] = {}

    def f(key: str) -> str:
        """A field as plain text ("" when absent); only the fields read are converted."""
        if key not in cache:
            cache[key] = to_text(raw[key]) if key in raw else ""
        return cache[key]

    pub = Publication(entry_type=entry.entry_type)
    pub.title = f("title") or None
    if "author" in raw:
        pub.authors, pub.et_al = _authors(raw["author"])
    elif "editor" in raw:
        pub.authors, pub.et_al = split_authors(f("editor"))
    if pub.entry_type != "misc":
        venue = f("journal") or f("booktitle") or f("publisher")
    else:
        venue = f("journal") or f("howpublished") or f("booktitle")
    abbr = f("abbr") if "abbr" in raw else ""
    raw_venue = venue or abbr
    if raw_venue:
        m = db.match(raw_venue)
        if m.venue is None and abbr and venue:
            m2 = db.match(abbr)
            if m2.venue is not None:
                m, raw_venue = m2, abbr
        apply_venue(pub, m, raw_venue)
    year = f("year").strip()[:4]
    if year.isdigit():
        pub.year, pub.year_source = int(year), "bibtex"
    # the fields below are absent from most entries: looked for before any conversion
    if "doi" in raw and (doi := verbatim_to_text(raw["doi"])):
        pub.ids["doi"] = clean_doi(doi.removeprefix("https://doi.org/"))
    if "arxiv" in raw or "eprint" in raw:
        eprint = verbatim_to_text(raw.get("eprint", ""))
        arxiv = verbatim_to_text(raw.get("arxiv", "")) or (
            eprint if f("archiveprefix").lower() == "arxiv" or _EPRINT.fullmatch(eprint) else None)
        if arxiv:
            pub.ids["arxiv"] = arxiv_base(arxiv.strip())
    for k in _LINK_FIELDS:
        if k in raw and (link := verbatim_to_text(raw[k])).startswith("http"):
            pub.urls.append(link)
            for ik, iv in ids_from_url(link).items():
                pub.ids.setdefault(ik, iv)
    for k in ("award", "award_name"):
        if k in raw and f(k):
            pub.awards.extend(a for a in _SEMI.split(f(k)) if a and a not in pub.awards)
    for part in _SEMI.split(f("note")) if "note" in raw else ():
        if not part:
            continue
        if said := _NOTE_LABEL.fullmatch(part):
            if not pub.title:
                pub.label = said.group(1)  # written by pubnorm for a paper known only by a short name
        elif part.lower() in _NOTE_STATUS:
            pub.status = _NOTE_STATUS[part.lower()]
        elif (pv := parse_venue(part)).awards and not pv.text:
            pub.awards.append(part)
        else:
            pub.notes.append(part)
    if pub.status == "unknown":
        pub.status = "preprint" if pub.entry_type in ("misc", "unpublished") and "arxiv" in pub.ids else ("published" if pub.venue else "unknown")
    pub.sources.append(SourceLoc(path, entry.line + 1 + offset, entry.raw.strip()[:2000]))
    return pub


def _authors(value: str) -> tuple[list[str], bool]:
    """A BibTeX author list in reading order, and whether it ends in "and others"."""
    if not _LATEX.search(value):  # plain names (most lists): no braces or commands to read
        names = [" ".join(n.split()) for n in _AND.split(value)]
        names = [n for n in names if n]
        kept = [_flip(n) if "," in n else n for n in names if n.lower() != "others"]
        return kept, len(kept) < len(names)
    names = [n.strip() for n in _split_names(value) if n.strip()]
    # "{Ann and Bob Lab}" or "{O'Brien, Pat}" in braces is one name as written; otherwise "Last, First"
    kept = [to_text(n) if _braced(n) else _flip(to_text(n)) for n in names if n.lower() != "others"]
    return kept, any(n.lower() == "others" for n in names)


_LATEX = re.compile(r"[{}\\~$]")

_NOTE_STATUS = {"accepted": "accepted", "to appear": "accepted", "under review": "under review",
                "working paper": "working paper", "technical report": "technical report"}


_AND = re.compile(r"\s+and\s+", re.I)


def _split_names(value: str) -> list[str]:
    """Split a BibTeX name list on " and " outside braces."""
    if "{" not in value:
        return _AND.split(value)
    out, depth, start, i = [], 0, 0, 0
    while i < len(value):
        c = value[i]
        depth += 1 if c == "{" else -1 if c == "}" and depth else 0
        if depth == 0 and c.isspace() and value[i + 1: i + 4].lower() == "and" and i + 4 < len(value) and value[i + 4].isspace():
            out.append(value[start:i])
            i += 5
            start = i
            continue
        i += 1
    out.append(value[start:])
    return out


def _braced(name: str) -> bool:
    """The whole name is one brace group: `{World Health Organization}`."""
    if not (name.startswith("{") and name.endswith("}")):
        return False
    depth = 0
    for i, c in enumerate(name):
        depth += 1 if c == "{" else -1 if c == "}" else 0
        if depth == 0 and i < len(name) - 1:
            return False
    return True


def _flip(name: str) -> str:
    """'Surname, Given' -> 'Given Surname' (BibTeX order to reading order)."""
    if "," in name:
        last, _, first = name.partition(",")
        return squash(f"{first.strip()} {last.strip()}")
    return name
