"""CSL-JSON (what Zotero, pandoc and citeproc read): one item per record, names split into family and given."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ..model import Publication
from ..normalize import name_parts, surname_first
from ..records import make_keys
from .bibtex import entry_type
from .pages import month_number

# entry type -> CSL item type
CSL_TYPE = {"article": "article-journal", "inproceedings": "paper-conference", "conference": "paper-conference",
            "proceedings": "book", "book": "book", "inbook": "chapter", "incollection": "chapter",
            "techreport": "report", "phdthesis": "thesis", "mastersthesis": "thesis", "unpublished": "manuscript",
            "misc": "document"}


def csl_name(name: str, initials_after: bool = False) -> dict[str, str]:
    """A name as CSL wants it: family, given, particle, suffix; a one-word name as `literal` (initials_after: see
    normalize.surname_first)."""
    p = name_parts(name, initials_after)
    if not p.first and not p.von and not p.jr:
        return {"literal": p.last}
    out = {"family": p.last, "given": p.first}
    if p.von:
        out["non-dropping-particle"] = p.von
    if p.jr:
        out["suffix"] = p.jr
    return {k: v for k, v in out.items() if v}


def csl_item(p: Publication, key: str) -> dict[str, Any]:
    """One record as a CSL-JSON item (fields the record lacks are left out, nothing is made up)."""
    etype = entry_type(p)
    preprint = p.status in ("preprint", "under review") and etype in ("misc", "unpublished")
    item: dict[str, Any] = {"id": key, "type": "article" if preprint else CSL_TYPE.get(etype, "document")}
    if p.title:
        item["title"] = p.title
    if p.authors:
        after = surname_first(p.authors)  # (the list decides, once)
        item["author"] = [csl_name(a, after) for a in p.authors]
    if p.editors:
        after = surname_first(p.editors)
        item["editor"] = [csl_name(a, after) for a in p.editors]
    if p.year:
        month = month_number(p.month)
        item["issued"] = {"date-parts": [[p.year, month] if month else [p.year]]}
    v = p.venue.venue if p.venue else None
    if v is not None and p.venue is not None and p.venue.method == "alias" and not p.venue.at_workshop \
            and v.type != "preprint":
        item["container-title"] = v.bibtex or v.name
        if v.acronym:
            item["container-title-short"] = v.acronym
    elif p.venue_raw and (v is None or v.type != "preprint"):
        item["container-title"] = p.venue_raw
    for attr, name in (("volume", "volume"), ("number", "issue"), ("pages", "page"), ("article_number", "number"),
                       ("publisher", "publisher"), ("address", "publisher-place"), ("isbn", "ISBN"),
                       ("issn", "ISSN"), ("series", "collection-title"), ("edition", "edition"),
                       ("abstract", "abstract")):
        value = getattr(p, attr)
        if value:
            item[name] = value.replace("--", "-") if name == "page" else value
    if p.school or p.institution:
        item.setdefault("publisher", p.school or p.institution)
    if "doi" in p.ids:
        item["DOI"] = p.ids["doi"]
    if "arxiv" in p.ids and preprint:  # a preprint as Zotero writes one: its server and number
        item.setdefault("number", f"arXiv:{p.ids['arxiv']}")
        item.setdefault("publisher", "arXiv")
    url = p.urls[0] if p.urls else (f"https://arxiv.org/abs/{p.ids['arxiv']}" if "arxiv" in p.ids else None)
    if url:
        item["URL"] = url
    arxiv = f"arXiv:{p.ids['arxiv']}" if "arxiv" in p.ids and not preprint else None  # CSL has no arXiv field
    notes = [n for n in (p.note, *p.awards, arxiv) if n]
    if notes:
        item["note"] = "; ".join(dict.fromkeys(notes))
    if p.keywords:
        item["keyword"] = ", ".join(p.keywords)
    if p.status in ("accepted",):
        item["status"] = "in press"
    return item


def write_csljson(pubs: Sequence[Publication], rekey: bool = False) -> str:
    """The records as a CSL-JSON array (two-space indent, keys in a fixed order, UTF-8 kept)."""
    keys = make_keys(pubs, rekey=rekey)
    items = [csl_item(p, k) for p, k in zip(pubs, keys, strict=True)]
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"
