"""Publications as plain records (the public JSON interface) and stable citation keys."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from .model import Cluster, Publication, SourceLoc
from .normalize import name_parts, surname_first
from .text import STOPWORDS, fold, title_key

RECORD_FIELDS = ("key", "alt_keys", "entry_type", "title", "label", "authors", "equal_contribution", "corresponding",
                 "editors", "et_al", "year", "year_source", "month", "venue", "venue_raw", "status", "volume", "number",
                 "pages", "article_number", "publisher", "school", "institution", "address", "series", "edition", "isbn",
                 "issn", "note", "abstract", "keywords", "awards", "notes", "rank_claims", "ids", "eprint",
                 "primary_class", "urls", "links", "extra", "sources")


_NON_KEY = re.compile(r"[^a-z0-9]")
# the letters no accent stripping makes ASCII, as they are spelled in ASCII ("Wałęsa" -> walesa, "Møller" -> moller,
# "Yaslıkaya" -> yaslikaya, "Straße" -> strasse), not dropped from a key
_KEY_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ß": "ss", "æ": "ae", "œ": "oe",
                              "þ": "th", "ħ": "h", "ŋ": "ng"})
_KEY_CHARS = re.compile(r"[^\s,{}=#%\\\"'()~]+")


def make_keys(pubs: Sequence[Publication], rekey: bool = False) -> list[str]:
    """Citation keys, unique: the key the source gave (unless rekey), else a made one: first author's surname
    + year + first significant title word. A made key depends only on its own record; records sharing one get
    a suffix from their title, so keys stay the same across runs and when other entries change."""
    keys: list[str | None] = [None] * len(pubs)
    taken: set[str] = set()
    if not rekey:
        for i, p in enumerate(pubs):
            if p.key and _KEY_CHARS.fullmatch(p.key) and p.key not in taken:
                keys[i] = p.key
                taken.add(p.key)
    bases = {i: _base_key(p) for i, p in enumerate(pubs) if keys[i] is None}
    counts: dict[str, int] = {}
    for base in bases.values():
        counts[base] = counts.get(base, 0) + 1
    next_n: dict[str, int] = {}  # stem -> the first counter not yet tried (every lower one is taken)
    for i, base in bases.items():
        key = base
        if counts[base] > 1 or key in taken:
            p = pubs[i]
            digest = hashlib.sha1(title_key(p.title or p.label or "").encode()).digest()
            stem = key = base + "".join(chr(97 + b % 26) for b in digest[:2])
            if key in taken:  # same title too: a counter (order-dependent only among true twins)
                n = next_n.get(stem, 2)  # counting from 2 for every twin would take time quadratic in their number
                while (key := f"{stem}{n}") in taken:
                    n += 1
                next_n[stem] = n + 1
        taken.add(key)
        keys[i] = key
    return [k or "entry" for k in keys]


def _base_key(p: Publication) -> str:
    surname = _surname(p.authors[0], surname_first(p.authors)) if p.authors else "anon"
    word = next((w for w in title_key(p.title or p.label or "untitled").split() if w not in STOPWORDS and not w.isdigit()),
                "untitled")
    return _NON_KEY.sub("", f"{surname}{p.year or 'nd'}{word}".translate(_KEY_LETTERS)) or "entry"


@lru_cache(maxsize=65536)
def _surname(author: str, initials_after: bool = False) -> str:
    words = fold(name_parts(author, initials_after).last).split()  # the same names come back paper after paper
    return words[-1] if words else "anon"


_PLAIN = ("volume", "number", "pages", "article_number", "publisher", "school", "institution", "address", "series",
          "edition", "isbn", "issn", "note", "abstract")


def to_record(p: Publication, key: str, cluster: Cluster | None = None, entry_type: str | None = None) -> dict[str, Any]:
    """One publication as the documented JSON record (entry_type: the BibTeX type it is written with)."""
    rec: dict[str, Any] = {
        "key": key,
        "alt_keys": list(p.alt_keys),
        "entry_type": entry_type,
        "title": p.title,
        "label": p.label,
        "authors": list(p.authors),
        "equal_contribution": list(p.equal_contribution),
        "corresponding": list(p.corresponding),
        "editors": list(p.editors),
        "et_al": p.et_al,
        "year": p.year,
        "year_source": p.year_source,
        "month": p.month,
        "venue": _venue(p),
        "venue_raw": p.venue_raw,
        "status": p.status,
        **{name: getattr(p, name) for name in _PLAIN},
        "keywords": list(p.keywords),
        "awards": list(p.awards),
        "notes": list(p.notes),
        "rank_claims": list(p.rank_claims),
        "ids": dict(sorted(p.ids.items())),
        "eprint": p.eprint,
        "primary_class": p.primary_class,
        "urls": list(p.urls),
        "links": dict(p.links),
        "extra": dict(p.extra),
        "sources": [{"file": s.path, "line": s.line, "raw": s.raw} for s in p.sources],
    }
    if p.versions:  # other versions of the work, kept as records of their own (dedupe links, never merges them)
        rec["versions"] = list(p.versions)
    if cluster is not None and len(cluster.members) > 1:
        rec["merged"] = _merged(cluster)
    return rec


def _venue(p: Publication) -> dict[str, Any] | None:
    """A record's "venue": the venue matched (or the candidates of an ambiguous string), else None."""
    if p.venue is None or (p.venue.venue is None and p.venue.method != "ambiguous"):
        return None
    v = p.venue.venue
    venue: dict[str, Any] = {
        "id": v.id if v else None,
        "acronym": v.acronym if v else None,
        "name": v.name if v else None,
        "type": v.type if v else p.venue.kind,  # (an ambiguous string's: the type its candidates share)
        "ranks": dict(v.ranks) if v and not p.venue.at_workshop else {},
        "track": v.track if v and v.track else p.venue.parse.track,
        "method": p.venue.method,
        "score": p.venue.score,
    }
    if p.venue.method == "ambiguous":
        venue["candidates"] = list(p.venue.candidates)
    return venue


def _merged(cluster: Cluster) -> dict[str, Any]:
    """A record's "merged": how many records it was made of, each merge's rule and evidence, the conflicts."""
    return {
        "count": len(cluster.members),
        "steps": [{"rule": s.rule, "score": s.score, "evidence": s.evidence,
                   "member": _where(cluster.members[s.member])} for s in cluster.steps],
        "conflicts": list(cluster.conflicts),
    }


_ENCODER = json.JSONEncoder(ensure_ascii=False)  # what the JSON output is written with: one record per line
_string = json.encoder.encode_basestring  # the encoder's own function for a str (ensure_ascii=False)


def _value(v: Any) -> str:
    """A value as _ENCODER writes it inside a record (the encoder writes a value inside a list or dict just as
    alone): the common cases without the encoder's call, the rest by it."""
    if v is None:
        return "null"
    if type(v) is str:
        return _string(v)
    if v is True or v is False:
        return "true" if v else "false"
    if type(v) is int:
        return int.__repr__(v)
    if not v and type(v) in (list, dict, tuple):
        return "{}" if type(v) is dict else "[]"
    return _ENCODER.encode(v)


def record_json(p: Publication, key: str, cluster: Cluster | None = None, entry_type: str | None = None) -> str:
    """`_ENCODER.encode(to_record(p, key, cluster, entry_type))`, written without the record's dict: a record
    has 41 keys and most of its values are null or empty (the dict and its encoding were about 12 µs of the 30 a
    10-byte `@a{k,}` entry cost); runs of fields that are all null or all empty are written as one piece. A test
    holds it equal to the dict's encoding."""
    V = _value
    text = (f'{{"key": {V(key)}, "alt_keys": {V(p.alt_keys)}, "entry_type": {V(entry_type)}, "title": {V(p.title)}, '
            f'"label": {V(p.label)}, "authors": {V(p.authors)}, {_run(p, _PEOPLE)}, "et_al": {V(p.et_al)}, '
            f'"year": {V(p.year)}, "year_source": {V(p.year_source)}, "month": {V(p.month)}, '
            f'"venue": {V(_venue(p)) if p.venue is not None else "null"}, "venue_raw": {V(p.venue_raw)}, '
            f'"status": {V(p.status)}, {_run(p, _FIELDS)}, {_run(p, _LISTS)}, '
            f'"ids": {V(dict(sorted(p.ids.items())) if p.ids else p.ids)}, {_run(p, _ARXIV)}, {_run(p, _LINKS)}, '
            f'"sources": [{", ".join(_source(s) for s in p.sources)}]')
    if p.versions:
        text += f', "versions": {V(list(p.versions))}'
    if cluster is not None and len(cluster.members) > 1:
        text += f', "merged": {V(_merged(cluster))}'
    return text + "}"


class _Run:
    """Fields that follow each other in a record, and the text of all of them when each has its usual empty value."""

    def __init__(self, names: tuple[str, ...], empty: tuple[Any, ...]):
        import operator

        self.names, self.empty = names, empty
        self.get = operator.attrgetter(*names)
        self.text = ", ".join(f"{_string(n)}: {_value(e)}" for n, e in zip(names, empty, strict=True))


def _run(p: Publication, run: _Run) -> str:
    values = run.get(p)
    if values == run.empty:  # (None is only None; what equals [] or {} is encoded as [] or {})
        return run.text
    return ", ".join(f"{_string(n)}: {_value(v)}" for n, v in zip(run.names, values, strict=True))


_PEOPLE = _Run(("equal_contribution", "corresponding", "editors"), ([], [], []))
_FIELDS = _Run(_PLAIN, (None,) * len(_PLAIN))
_LISTS = _Run(("keywords", "awards", "notes", "rank_claims"), ([], [], [], []))
_ARXIV = _Run(("eprint", "primary_class"), (None, None))
_LINKS = _Run(("urls", "links", "extra"), ([], {}, {}))


def _source(s: SourceLoc) -> str:
    return f'{{"file": {_value(s.path)}, "line": {_value(s.line)}, "raw": {_value(s.raw)}}}'


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
