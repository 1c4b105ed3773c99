"""RIS (what EndNote, Zotero, Mendeley and databases exchange): one record per paper, tags in a fixed order."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Publication
from ..normalize import name_parts, surname_first
from ..records import make_keys
from .bibtex import entry_type

RIS_TYPE = {"article": "JOUR", "inproceedings": "CPAPER", "conference": "CPAPER", "proceedings": "CONF",
            "book": "BOOK", "inbook": "CHAP", "incollection": "CHAP", "phdthesis": "THES", "mastersthesis": "THES",
            "techreport": "RPRT", "unpublished": "UNPB", "misc": "GEN"}


def ris_name(name: str, initials_after: bool = False) -> str:
    """"Last, First" (RIS's order), "Last, First, Jr." with a suffix; a one-word name as it is (initials_after: see
    normalize.surname_first)."""
    p = name_parts(name, initials_after)
    last = f"{p.von} {p.last}".strip()
    if not p.first:
        return last + (f", , {p.jr}" if p.jr else "")
    return f"{last}, {p.first}" + (f", {p.jr}" if p.jr else "")


def _line(tag: str, value: str) -> str:
    return f"{tag}  - {' '.join(value.split())}"


def ris_record(p: Publication, key: str) -> list[str]:
    """The lines of one record, `TY` first and `ER` last."""
    etype = entry_type(p)
    preprint = p.status in ("preprint", "under review") and etype in ("misc", "unpublished")
    out = [_line("TY", "UNPB" if preprint else RIS_TYPE.get(etype, "GEN")), _line("ID", key)]
    if p.title:
        out.append(_line("TI", p.title))
    after = surname_first(p.authors), surname_first(p.editors)
    out += [_line("AU", ris_name(a, after[0])) for a in p.authors]
    out += [_line("A2", ris_name(a, after[1])) for a in p.editors]
    if p.year:
        out.append(_line("PY", str(p.year)))
    v = p.venue.venue if p.venue else None
    if v is not None and p.venue is not None and p.venue.method == "alias" and not p.venue.at_workshop \
            and v.type != "preprint":
        out.append(_line("T2", v.bibtex or v.name))
        if v.acronym:
            out.append(_line("J2", v.acronym))
    elif p.venue_raw and (v is None or v.type != "preprint"):
        out.append(_line("T2", p.venue_raw))
    if p.volume:
        out.append(_line("VL", p.volume))
    if p.number:
        out.append(_line("IS", p.number))
    if p.pages:
        m = re.fullmatch(r"\s*(\S+?)\s*(?:--?|–|—)\s*(\S+)\s*", p.pages)
        out.append(_line("SP", m.group(1) if m else p.pages))
        if m:
            out.append(_line("EP", m.group(2)))
    for attr, tag in (("publisher", "PB"), ("address", "CY"), ("edition", "ET"), ("isbn", "SN"), ("issn", "SN"),
                      ("abstract", "AB"), ("note", "N1")):
        value = getattr(p, attr)
        if value:
            out.append(_line(tag, value))
    if p.school or p.institution:
        out.append(_line("PB", p.school or p.institution or ""))
    out += [_line("KW", k) for k in p.keywords]
    if "doi" in p.ids:
        out.append(_line("DO", p.ids["doi"]))
    urls = list(p.urls)
    if "arxiv" in p.ids and not any(p.ids["arxiv"] in u for u in urls[:1]):
        urls.insert(0, f"https://arxiv.org/abs/{p.ids['arxiv']}")  # readers take the first address: it carries the id
    out += [_line("UR", u) for u in dict.fromkeys(urls)]
    if "pdf" in p.links:
        out.append(_line("L1", p.links["pdf"]))
    out += [_line("N1", a) for a in p.awards]
    out.append("ER  - ")
    return out


def write_ris(pubs: Sequence[Publication], rekey: bool = False) -> str:
    """The records as RIS text (CRLF-free, one blank line between records)."""
    keys = make_keys(pubs, rekey=rekey)
    return "\n".join("\n".join(ris_record(p, k)) + "\n" for p, k in zip(pubs, keys, strict=True))
