"""al-folio: `_bibliography/papers.bib`, the file jekyll-scholar renders, with al-folio's own fields.

Every field the record has is written as pubnorm's BibTeX writer writes it (a .bib record keeps every field
its source had), plus what al-folio shows and the record knows: `abbr` (the venue's short name), `html` (the
paper's page), `pdf`/`code`/`website`/`slides`/... (typed links), `award_name` (awards), `selected` (a Hugo
page's `featured`) and `bibtex_show = {true}` (al-folio's "Bib" button). Entries newest first, as al-folio's
`_config.yml` sorts them (`scholar: sort_by: year,month; order: descending`).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from pathlib import Path

from ..model import Publication
from ..records import make_keys
from ..sources.bibscan import RawEntry, scan
from ..text import arxiv_base, clean_doi, title_key
from .bibtex import bibtex_entries, format_entries
from .pages import Plan, check_root, decide, record_keys, sort_newest_first, stamp_bib

PATH = "_bibliography/papers.bib"


def alfolio_record(p: Publication) -> Publication:
    """A copy of the record with al-folio's fields added to what it already has (nothing it has replaced)."""
    q = copy.copy(p)
    q.extra = dict(p.extra)
    v = p.venue.venue if p.venue else None
    if v is not None and v.acronym and p.venue is not None and not p.venue.at_workshop and "abbr" not in q.extra:
        q.extra["abbr"] = v.acronym
    if "arxiv" in p.ids and "arxiv" not in q.extra:
        q.extra["arxiv"] = p.ids["arxiv"]  # al-folio's arXiv button
    if p.awards and not ({"award", "award_name"} & set(q.extra)):
        q.extra["award_name"] = "; ".join(p.awards)
    if "featured" in p.notes and "selected" not in q.extra:
        q.extra["selected"] = "true"
    q.extra.setdefault("bibtex_show", "true")
    return q


def write_alfolio(pubs: Sequence[Publication],
                  kept: dict[int, list[tuple[str, str]]] | None = None) -> tuple[str, list[str]]:
    """papers.bib text for the records (newest first) and warnings; `kept`: fields (as written) of an existing
    entry of the same paper that the record lacks, by id() of the record, added at the end of its entry."""
    ordered = sort_newest_first(pubs)
    keys = dict(zip(map(id, pubs), make_keys(pubs), strict=True))
    records = []
    for p in ordered:
        q = alfolio_record(p)
        q.key = keys[id(p)]  # the keys of the whole list, unique among them
        records.append(q)
    origin = {id(q): id(p) for p, q in zip(ordered, records, strict=True)}
    entries, warnings = bibtex_entries(records)
    out = []
    for (etype, key, fields), p in zip(entries, records, strict=True):
        if "url" not in p.as_written and not any(n == "html" for n, _ in fields):
            fields = [("html", v) if n == "url" else (n, v) for n, v in fields]  # al-folio's "HTML" button
        fields = _id_urls(p, fields)
        have = {n for n, _ in fields}
        fields += [(n, v) for n, v in (kept or {}).get(origin[id(p)], []) if n not in have]
        out.append((etype, key, fields))
    return format_entries(out), warnings


def plan_alfolio(pubs: Sequence[Publication], root: Path, owner: str | None = None, *, force: bool = False,
                 inputs: set[str] | None = None, in_place: bool = False) -> Plan:
    """The site's papers.bib: the records' entries; the entries of a hand-written papers.bib that no record
    is, kept as they were written (after the records' entries)."""
    check_root(root)
    plan = Plan(root)
    text, warnings = write_alfolio(pubs)
    plan.warnings.extend(warnings)

    def merge(old: str) -> str:
        entries = [e for e in scan(old) if isinstance(e, RawEntry)]
        owner_of: dict[str, int] = {}
        for p in pubs:
            for k in [*record_keys(p), *([f"key:{p.key}"] if p.key else [])]:
                owner_of.setdefault(k, id(p))
        fields: dict[int, list[tuple[str, str]]] = {}
        others = []
        for e in entries:
            match = next((owner_of[k] for k in _entry_keys(e) if k in owner_of), None)
            if match is None:
                others.append(e.raw)  # no record is this entry: kept as it was written
            elif match not in fields:
                fields[match] = [(k.lower(), v) for k, v in e.fields]  # what the entry has that the record lacks
        merged, _ = write_alfolio(pubs, fields)
        return stamp_bib(merged + "".join("\n" + raw.strip() + "\n" for raw in others))

    plan.changes.append(decide(root, PATH, stamp_bib(text), force=force, inputs=inputs or set(), in_place=in_place,
                               merge=merge))
    return plan


def _entry_keys(e: RawEntry) -> list[str]:
    fields = {k.lower(): v for k, v in e.fields}
    keys = [f"key:{e.key}"]
    if fields.get("doi"):
        keys.append("doi:" + clean_doi(re.sub(r"^https?://(?:dx\.)?doi\.org/", "", fields["doi"].strip())))
    arxiv = fields.get("arxiv") or (fields.get("eprint") if re.fullmatch(r"\d{4}\.\d{4,5}(v\d+)?", fields.get("eprint", "")) else "")
    if arxiv:
        keys.append("arxiv:" + arxiv_base(arxiv.strip()).lower())
    if fields.get("title"):
        keys.append("title:" + title_key(re.sub(r"[{}]", "", fields["title"])))
    return keys


def _id_urls(p: Publication, fields: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """An ACL Anthology or OpenReview id that only a second address of the record carries: that address as
    `url` (BibTeX has no field for these ids, and the writer keeps one address)."""
    from ..latex import escape_verbatim
    from ..text import ids_from_url

    written = " ".join(v for _, v in fields)
    if any(n == "url" for n, _ in fields):
        return fields
    for kind in ("acl", "openreview"):
        if kind in p.ids and p.ids[kind] not in written:
            url = next((u for u in p.urls if ids_from_url(u).get(kind) == p.ids[kind]), None)
            if url is not None:
                return [*fields, ("url", escape_verbatim(url))]
    return fields
