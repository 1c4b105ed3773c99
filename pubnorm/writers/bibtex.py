"""BibTeX output: every value escaped so that homepage text stays inert text, in bibtexparser v2's layout."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..latex import escape
from ..model import Publication
from ..records import make_keys

__all__ = ["bibtex_entries", "entry_type", "escape", "format_entries", "write_bibtex"]


_BRACE_NAME = re.compile(r"\s(?:and|others)\s|^others$", re.I)
_PLAIN_URL = re.compile(r"https?://[^\s{}\\%#]+$")


def _needs_braces(author: str) -> bool:
    """BibTeX would split or reorder this name unless it is braced ("Doe, Jane" as one name, "Ann and Bob Lab")."""
    return "," in author or _BRACE_NAME.search(author) is not None


def _name(author: str, ascii: bool) -> str:
    """One author for the author field: braced when BibTeX would otherwise split or reorder it."""
    value = escape(author, ascii)
    return "{" + value + "}" if _needs_braces(author) else value


def entry_type(p: Publication) -> str:
    v = p.venue.venue if p.venue else None
    if p.status == "working paper":
        return "unpublished"
    if p.status == "technical report" and (p.venue is None or p.venue.venue is None):
        return "techreport"
    if v is None:
        return "misc" if p.status in ("preprint", "unknown", "under review") else (p.entry_type or "misc")
    return _TYPE_OF.get(v.type, "misc")


_TYPE_OF = {"conference": "inproceedings", "workshop": "inproceedings", "journal": "article", "preprint": "misc",
            "book": "book", "thesis": "phdthesis"}

Entry = tuple[str, str, list[tuple[str, str]]]  # entry type, key, (field, value as written between its braces)


def bibtex_entries(pubs: Sequence[Publication], ascii: bool = False, untitled: str = "note") -> tuple[list[Entry], list[str]]:
    """The entries for the publications, every value escaped, and warnings (records left out or noted)."""
    warnings: list[str] = []
    entries: list[Entry] = []
    keys = make_keys(pubs)
    for p, key in zip(pubs, keys, strict=True):
        if not p.title and untitled == "skip":
            warnings.append(f"{p.first_source.path}:{p.first_source.line}: left out {p.label!r}: the page gives no title")
            continue
        etype = entry_type(p)
        fields: list[tuple[str, str]] = []
        notes: list[str] = []
        if p.title:
            fields.append(("title", "{" + escape(p.title, ascii) + "}"))  # inner braces keep its capitals
        else:
            notes.append(f"Title not given on the page, which calls it: {escape(p.label, ascii)}" if p.label
                         else "Title not given on the page")
            warnings.append(f"{p.first_source.path}:{p.first_source.line}: {p.label!r} has no title; written with a note")
        if p.authors:
            if any(_needs_braces(a) for a in p.authors):
                value = " and ".join([_name(a, ascii) for a in p.authors])
            else:  # no name needs braces: escape the list at once (" and " has nothing to escape)
                value = escape(" and ".join(p.authors), ascii)
            fields.append(("author", value + " and others" if p.et_al else value))
        v = p.venue.venue if p.venue else None
        if v is not None and p.venue is not None and p.venue.at_workshop:
            workshop = re.sub(r"\s*@\s*", " at ", p.venue.parse.text)  # "X Workshop @ NeurIPS" -> "X Workshop at NeurIPS"
            fields.append(("booktitle", escape(workshop, ascii)))  # the workshop as named, not its host
        elif v is not None and v.type != "preprint":
            fields.append(("journal" if etype == "article" else "booktitle", escape(v.bibtex or v.name, ascii)))
        elif etype == "techreport":
            inst = p.venue.parse.text if p.venue is not None else ""
            fields.append(("institution", escape(inst or "Unknown institution", ascii)))
        elif v is None and p.venue_raw and p.status not in ("preprint",):
            if etype == "misc":
                fields.append(("howpublished", escape(p.venue_raw, ascii)))  # a venue we do not know, as written
            else:
                notes.append(escape(p.venue_raw, ascii))
        if p.year:
            fields.append(("year", str(p.year)))
        if "arxiv" in p.ids:
            fields += [("eprint", escape(p.ids["arxiv"])), ("archiveprefix", "arXiv")]
        if "doi" in p.ids:
            fields.append(("doi", escape(p.ids["doi"])))
        url = next((u for u in p.urls if _PLAIN_URL.match(u)), None)
        if url:
            fields.append(("url", url.replace("%", r"\%").replace("#", r"\#")))
        if p.awards:
            notes.append(escape("; ".join(p.awards), ascii))
        if p.status in ("accepted", "under review", "working paper") or (p.status == "technical report" and etype != "techreport"):
            notes.append(p.status.capitalize())
        notes.extend(escape(f"Other version: {v}", ascii) for v in p.versions)  # linked by dedupe, not merged
        if notes:
            fields.append(("note", "; ".join(notes)))
        entries.append((etype, key, fields))
    return entries, warnings


def format_entries(entries: Sequence[Entry]) -> str:
    """The entries as BibTeX text, laid out as bibtexparser v2 writes them (two-space indent, every value in
    braces, a blank line between entries); tests check it against bibtexparser's own writer."""
    return "\n".join(f"@{etype}{{{key},\n" + "".join(f"  {name} = {{{value}}},\n" for name, value in fields)[:-2] + "\n}\n"
                     if fields else f"@{etype}{{{key},\n}}\n" for etype, key, fields in entries)


def write_bibtex(pubs: Sequence[Publication], ascii: bool = False, untitled: str = "note") -> tuple[str, list[str]]:
    """BibTeX text for the publications and warnings (records left out or noted)."""
    entries, warnings = bibtex_entries(pubs, ascii, untitled)
    return format_entries(entries), warnings
