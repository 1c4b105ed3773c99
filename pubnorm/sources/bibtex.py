"""BibTeX files (al-folio `_bibliography/papers.bib` and any .bib) via bibtexparser v2."""

from __future__ import annotations

import logging
import re
from typing import Any

from ..model import Diagnostic, Profile, Publication, SourceLoc
from ..text import clean_doi, ids_from_url, split_authors, squash
from ..venues import VenueDB
from .entries import apply_venue

_LATEX_ACCENTS = {"\\'": "\u0301", "\\`": "\u0300", '\\"': "\u0308", "\\^": "\u0302", "\\~": "\u0303", "\\c": "\u0327", "\\v": "\u030c", "\\=": "\u0304", "\\.": "\u0307", "\\u": "\u0306", "\\H": "\u030b"}
_LATEX_SPECIAL = {"\\&": "&", "\\%": "%", "\\_": "_", "\\#": "#", "\\$": "$", "\\{": "{", "\\}": "}", "\\ss": "ß", "\\o": "ø", "\\O": "Ø", "\\ae": "æ", "\\l": "ł", "\\L": "Ł", "\\i": "ı", "~": " ", "--": "–"}


def latex_to_text(value: str) -> str:
    """Undo the LaTeX a .bib uses for accents and specials; drop protective braces."""
    import unicodedata

    def accent(m: re.Match[str]) -> str:
        mark = _LATEX_ACCENTS.get(m.group(1))
        base = m.group(2) or m.group(3) or ""
        return unicodedata.normalize("NFC", base + mark) if mark else base

    value = re.sub(r"\{?(\\['`\"^~=.]|\\[cvuH](?=[\s{]))\s*(?:\{(\w)\}|(\w))\}?", accent, value)
    value = re.sub(r"\\(?:textbf|textit|emph|mathrm|text|textsc)\{([^{}]*)\}", r"\1", value)
    for k, v in _LATEX_SPECIAL.items():
        value = value.replace(k, v)
    value = value.replace("{", "").replace("}", "")
    return squash(value)


def read_bibtex(path: str, text: str, db: VenueDB) -> Profile:
    """Every entry of a .bib as a publication; blocks that fail to parse become diagnostics."""
    import bibtexparser
    from bibtexparser import model as bm

    profile = Profile(path=path, kind="bibtex")
    logging.getLogger("bibtexparser").setLevel(logging.CRITICAL)
    library = bibtexparser.parse_string(text)
    lines = text.split("\n")
    for block in library.blocks:
        entry = block
        if isinstance(block, bm.DuplicateBlockKeyBlock):
            entry = block.ignore_error_block  # a duplicate key is still a paper: keep it (dedupe decides)
        elif isinstance(block, bm.ParsingFailedBlock):
            line = (block.start_line or 0) + 1
            err = str(block.error).splitlines()[0] if block.error else "cannot parse"
            profile.diagnostics.append(Diagnostic("E130", "error", f"BibTeX block not parsed: {err}", path, line))
            continue
        if not isinstance(entry, bm.Entry):
            continue
        if entry.entry_type.lower() in ("string", "preamble", "comment"):
            continue
        profile.publications.append(_entry_to_pub(path, entry, lines, db))
    return profile


def _entry_to_pub(path: str, entry: Any, lines: list[str], db: VenueDB) -> Publication:
    f = {k.lower(): latex_to_text(str(v.value)) for k, v in ((fld.key, fld) for fld in entry.fields)}
    pub = Publication(entry_type=entry.entry_type.lower())
    pub.title = f.get("title") or None
    if "author" in f:
        names = [n.strip() for n in re.split(r"\s+and\s+", f["author"]) if n.strip()]
        pub.et_al = any(n.lower() == "others" for n in names)
        pub.authors = [_flip(n) for n in names if n.lower() != "others"]
    elif "editor" in f:
        pub.authors, pub.et_al = split_authors(f["editor"])
    venue = f.get("journal") or f.get("booktitle") or f.get("publisher") if pub.entry_type != "misc" else (f.get("journal") or f.get("howpublished") or f.get("booktitle"))
    abbr = f.get("abbr")
    raw_venue = venue or abbr
    if raw_venue:
        m = db.match(raw_venue)
        if m.venue is None and abbr and venue:
            m2 = db.match(abbr)
            if m2.venue is not None:
                m, raw_venue = m2, abbr
        apply_venue(pub, m, raw_venue)
    if f.get("year", "").strip()[:4].isdigit():
        pub.year, pub.year_source = int(f["year"].strip()[:4]), "bibtex"
    if f.get("doi"):
        pub.ids["doi"] = clean_doi(f["doi"].removeprefix("https://doi.org/"))
    arxiv = f.get("arxiv") or (f.get("eprint") if f.get("archiveprefix", "").lower() == "arxiv" or re.fullmatch(r"\d{4}\.\d{4,5}(v\d+)?", f.get("eprint", "")) else None)
    if arxiv:
        pub.ids["arxiv"] = re.sub(r"v\d+$", "", arxiv.strip())
    for k in ("url", "html", "pdf", "website", "code"):
        if f.get(k, "").startswith("http"):
            pub.urls.append(f[k])
            for ik, iv in ids_from_url(f[k]).items():
                pub.ids.setdefault(ik, iv)
    for k in ("award", "award_name", "note"):
        if f.get(k) and (k != "note" or re.search(r"award|best|oral|spotlight|highlight|outstanding", f[k], re.I)):
            pub.awards.append(f[k])
    if pub.status == "unknown":
        pub.status = "preprint" if pub.entry_type in ("misc", "unpublished") and "arxiv" in pub.ids else ("published" if pub.venue else "unknown")
    start = (entry.start_line or 0) + 1
    raw = (entry.raw or "").strip()[:2000] if getattr(entry, "raw", None) else "\n".join(lines[start - 1: start + 2])
    pub.sources.append(SourceLoc(path, start, raw))
    return pub


def _flip(name: str) -> str:
    """'Surname, Given' -> 'Given Surname' (BibTeX order to reading order)."""
    if "," in name:
        last, _, first = name.partition(",")
        return squash(f"{first.strip()} {last.strip()}")
    return name
