"""CSV output: one row per paper, fixed columns, RFC 4180 quoting, spreadsheet formulas neutralized."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence

from ..model import LINK_TYPES, Publication
from ..records import make_keys
from .bibtex import entry_type

_PLAIN = ("month", "volume", "number", "pages", "article_number", "publisher", "school", "institution", "address",
          "series", "edition", "isbn", "issn", "note", "eprint", "primary_class", "abstract")

COLUMNS = ("key", "title", "label", "authors", "et_al", "year", "venue_id", "venue_acronym", "venue_name", "venue_type",
           "track", "venue_raw", "status", "awards", "arxiv", "doi", "acl", "openreview", "url", "sources",
           # added after the first release: appended, so the columns above keep their places
           "entry_type", "alt_keys", "equal_contribution", "corresponding", "editors", "month", "volume", "number",
           "pages", "article_number", "publisher", "school", "institution", "address", "series", "edition", "isbn",
           "issn", "note", "keywords", "eprint", "primary_class", *LINK_TYPES, "extra", "abstract",
           "ccf2022", "ccf2026", "core2023", "owners")
RANK_COLUMNS = ("ccf2022", "ccf2026", "core2023")  # the venue's rank in each list (none for a workshop at a venue)


def _safe(value: str) -> str:
    """A cell a spreadsheet will not run: a leading = + - @ (or tab/CR) gets a quote in front."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def write_csv(pubs: Sequence[Publication], rekey: bool = False, owners: Mapping[str, str] | None = None) -> str:
    """The publications as CSV text with the documented header; `owners` (file -> the page's owner) names whose
    pages each record came from."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(COLUMNS)
    for p, key in zip(pubs, make_keys(pubs, rekey=rekey), strict=True):
        v = p.venue.venue if p.venue else None
        row = {
            "key": key, "title": p.title or "", "label": p.label or "", "authors": "; ".join(p.authors),
            "et_al": "yes" if p.et_al else "", "year": str(p.year or ""), "venue_id": v.id if v else "",
            "venue_acronym": (v.acronym or "") if v else "", "venue_name": v.name if v else "",
            "venue_type": v.type if v else "", "track": (v.track if v and v.track else (p.venue.parse.track if p.venue else None)) or "",
            "venue_raw": p.venue_raw or "", "status": p.status, "awards": "; ".join(p.awards),
            "arxiv": p.ids.get("arxiv", ""), "doi": p.ids.get("doi", ""), "acl": p.ids.get("acl", ""),
            "openreview": p.ids.get("openreview", ""), "url": p.urls[0] if p.urls else "",
            "sources": "; ".join(f"{s.path}:{s.line}" for s in p.sources),
            "entry_type": entry_type(p), "alt_keys": "; ".join(p.alt_keys),
            "equal_contribution": "; ".join(p.equal_contribution), "corresponding": "; ".join(p.corresponding),
            "editors": "; ".join(p.editors), "keywords": "; ".join(p.keywords),
            "extra": json.dumps(p.extra, ensure_ascii=False, sort_keys=True) if p.extra else "",
            **{name: getattr(p, name) or "" for name in _PLAIN}, **{k: p.links.get(k, "") for k in LINK_TYPES},
            "owners": "; ".join(dict.fromkeys(owners[s.path] for s in p.sources if s.path in owners)) if owners else "",
        }
        ranked = v is not None and not (p.venue is not None and p.venue.at_workshop)
        for c in RANK_COLUMNS:
            row[c] = (v.rank(c) or "") if ranked and v is not None else ""
        w.writerow([_safe(row[c]) for c in COLUMNS])
    return buf.getvalue()
