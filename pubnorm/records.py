"""Publications as plain records (the public JSON interface) and stable citation keys."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from .model import Cluster, Publication
from .text import STOPWORDS, fold, title_key

RECORD_FIELDS = ("key", "title", "label", "authors", "et_al", "year", "year_source", "venue", "venue_raw", "status",
                 "awards", "notes", "rank_claims", "ids", "urls", "sources")


_NON_KEY = re.compile(r"[^a-z0-9]")


def make_keys(pubs: Sequence[Publication]) -> list[str]:
    """Readable keys (first author's surname + year + first significant title word), unique in order."""
    keys: list[str] = []
    used: dict[str, int] = {}
    taken: set[str] = set()
    for p in pubs:
        surname = _surname(p.authors[0]) if p.authors else "anon"
        word = next((w for w in title_key(p.title or p.label or "untitled").split() if w not in STOPWORDS and not w.isdigit()),
                    "untitled")
        base = _NON_KEY.sub("", f"{surname}{p.year or 'nd'}{word}") or "entry"
        n = used.get(base, 0)
        key = base if n == 0 else f"{base}{_suffix(n)}"
        while key in taken:  # "lee2020x" + "a" may be another record's own base: never reuse a key
            n += 1
            key = f"{base}{_suffix(n)}"
        used[base] = n + 1
        taken.add(key)
        keys.append(key)
    return keys


@lru_cache(maxsize=65536)
def _surname(author: str) -> str:
    words = fold(author).split()  # the same names come back paper after paper
    return words[-1] if words else "anon"


def _suffix(n: int) -> str:
    s = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        s = chr(97 + r) + s
    return s


def to_record(p: Publication, key: str, cluster: Cluster | None = None) -> dict[str, Any]:
    """One publication as the documented JSON record."""
    venue: dict[str, Any] | None = None
    if p.venue is not None and (p.venue.venue is not None or p.venue.method == "ambiguous"):
        v = p.venue.venue
        venue = {
            "id": v.id if v else None,
            "acronym": v.acronym if v else None,
            "name": v.name if v else None,
            "type": v.type if v else None,
            "ranks": dict(v.ranks) if v and not p.venue.at_workshop else {},
            "track": v.track if v and v.track else p.venue.parse.track,
            "method": p.venue.method,
            "score": p.venue.score,
        }
        if p.venue.method == "ambiguous":
            venue["candidates"] = list(p.venue.candidates)
    rec: dict[str, Any] = {
        "key": key,
        "title": p.title,
        "label": p.label,
        "authors": list(p.authors),
        "et_al": p.et_al,
        "year": p.year,
        "year_source": p.year_source,
        "venue": venue,
        "venue_raw": p.venue_raw,
        "status": p.status,
        "awards": list(p.awards),
        "notes": list(p.notes),
        "rank_claims": list(p.rank_claims),
        "ids": dict(sorted(p.ids.items())),
        "urls": list(p.urls),
        "sources": [{"file": s.path, "line": s.line, "raw": s.raw} for s in p.sources],
    }
    if p.versions:  # other versions of the work, kept as records of their own (dedupe links, never merges them)
        rec["versions"] = list(p.versions)
    if cluster is not None and len(cluster.members) > 1:
        rec["merged"] = {
            "count": len(cluster.members),
            "steps": [{"rule": s.rule, "score": s.score, "evidence": s.evidence,
                       "member": _where(cluster.members[s.member])} for s in cluster.steps],
            "conflicts": list(cluster.conflicts),
        }
    return rec


def _where(p: Publication) -> str:
    s = p.first_source
    return f"{s.path}:{s.line}"


def dedupe_report(clusters: Sequence[Cluster], show_all: bool = False) -> dict[str, Any]:
    """The clusters as `pubnorm dedupe` reports them: every member as written, and what joined it."""
    out = []
    shown = [c for c in clusters if show_all or len(c.members) > 1]
    keys = make_keys([c.merged for c in shown])
    for c, key in zip(shown, keys, strict=True):
        how = {s.member: s for s in c.steps}
        v = c.merged.venue.venue if c.merged.venue else None
        members = []
        for i, m in enumerate(c.members):
            src = m.first_source
            step = how.get(i)
            members.append({"file": src.path, "line": src.line, "as_written": src.raw, "title": m.title, "label": m.label,
                            "venue_raw": m.venue_raw, "year": m.year, "rule": step.rule if step else None,
                            "score": step.score if step else None, "evidence": step.evidence if step else None})
        out.append({"key": key, "title": c.merged.title, "label": c.merged.label, "year": c.merged.year,
                    "venue": v.id if v else None, "members": members, "conflicts": list(c.conflicts),
                    **({"versions": list(c.merged.versions)} if c.merged.versions else {})})
    return {"records": sum(len(c.members) for c in clusters), "papers": len(clusters), "clusters": out}
