"""Find records that are the same paper and merge them, explaining every merge.

Rules are named and tried in a fixed order; candidate pairs come from blocking keys (ids, title keys,
title-word pairs, short labels), so the cost grows about linearly with the number of records.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from .model import BIB_FIELDS, STATUSES, Cluster, MergeStep, Publication
from .text import STOPWORDS, arxiv_base, fold, initials, name_key, title_key

RULES = ("id", "title", "fuzzy-title", "label")
ID_KINDS = ("doi", "arxiv", "acl", "openreview")
DEFAULT_THRESHOLD = 92.0


@dataclass(frozen=True)
class DedupeOptions:
    threshold: float = DEFAULT_THRESHOLD  # fuzzy title score needed (0-100)
    within_profile: bool = False  # looser label rules: one person's page naming their own paper


class _UF:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if rb < ra:
            ra, rb = rb, ra
        self.parent[rb] = ra
        return True


def _norm_id(kind: str, value: str) -> str:
    value = value.strip().lower()
    return arxiv_base(value) if kind == "arxiv" else value


def _label_keys(p: Publication) -> set[str]:
    """Short names a record goes by: its label, and a title's head before a colon ("APT: ...")."""
    keys: set[str] = set()
    for text in (p.label, p.title):
        if not text:
            continue
        if text is p.label:
            keys.add(fold(text).replace(" ", ""))
        head = text.split(":", 1)[0] if ":" in text else None
        if head and len(head.split()) <= 3:
            keys.add(fold(head).replace(" ", ""))
    for n in p.notes:
        if n.startswith("also named "):
            keys.add(fold(n[11:]).replace(" ", ""))
    return {k for k in keys if len(k) >= 2}


def _repo_names(p: Publication) -> set[str]:
    out = set()
    for u in p.urls:
        m = re.search(r"github\.com/[^/]+/([^/#?]+)", u)
        if m:
            out.add(fold(m.group(1)).replace(" ", ""))
    return out


def _venue_base(p: Publication) -> str | None:
    if p.venue is None or p.venue.venue is None:
        return None
    v = p.venue.venue
    return v.track_of or v.id


def _years_ok(a: Publication, b: Publication, slack: int = 1) -> bool:
    return a.year is None or b.year is None or abs(a.year - b.year) <= slack


def _authors_overlap(a: Publication, b: Publication) -> bool:
    if not a.authors or not b.authors:
        return True
    ka = {name_key(n) for n in a.authors}
    kb = {name_key(n) for n in b.authors}
    return bool(ka & kb)


_NUM = re.compile(r"\b(?:\d+|ii|iii|iv|v\d*|part\s+\w+)\b")


_SEQUEL = re.compile(r"\b(?:extensions?|extended|revisited|continued|part|journal version|follow[- ]up)\b")


def _fuzzy_ok(a: str, b: str) -> bool:
    """Titles that differ in a number ("... II", "... 2.0", "v2") or a sequel word ("Revisited",
    "Extensions") name different papers."""
    return set(_NUM.findall(a)) == set(_NUM.findall(b)) and set(_SEQUEL.findall(a)) == set(_SEQUEL.findall(b))


def _titles_compatible(a: Publication, b: Publication, fuzz) -> bool:  # type: ignore[no-untyped-def]
    """Two list entries of one page that share an identifier must still have alike titles: a page that pastes
    one link under two different papers made a slip (a label, or a prose mention, is always compatible)."""
    if not a.title or not b.title or a.kind == "mention" or b.kind == "mention":
        return True
    if a.first_source.path != b.first_source.path:
        return True  # the same arXiv id or DOI on two pages is one paper, however each page words it
    return bool(fuzz.token_set_ratio(title_key(a.title), title_key(b.title)) >= 60)


def cluster(pubs: Sequence[Publication], options: DedupeOptions = DedupeOptions()) -> list[Cluster]:
    """Group the records that are the same paper; one Cluster per paper, in first-seen order."""
    from rapidfuzz import fuzz

    n = len(pubs)
    uf = _UF(n)
    steps: dict[int, tuple[str, float, str]] = {}  # member -> (rule, score, evidence) of the merge that took it in

    def join(i: int, j: int, rule: str, score: float, evidence: str) -> None:
        if uf.union(i, j):
            steps.setdefault(max(i, j), (rule, score, evidence))

    # rule 1: shared identifiers
    by_id: dict[tuple[str, str], int] = {}
    for i, p in enumerate(pubs):
        for kind in ID_KINDS:
            if p.ids.get(kind):
                k = (kind, _norm_id(kind, p.ids[kind]))
                if k not in by_id:
                    by_id[k] = i
                elif _titles_compatible(pubs[by_id[k]], p, fuzz):
                    join(by_id[k], i, "id", 100.0, f"same {kind} {k[1]}")
                # else: one link pasted under two different titles (a page's copy-paste slip) is not one paper
    # rule 2: same normalized title
    by_title: dict[str, int] = {}
    tkeys = [title_key(p.title) if p.title else "" for p in pubs]
    for i, tk in enumerate(tkeys):
        if len(tk) < 8:
            continue
        if tk in by_title:
            j = by_title[tk]
            if _years_ok(pubs[i], pubs[j], 2) and _ids_compatible(pubs[i], pubs[j]):
                join(j, i, "title", 100.0, "same title")
        else:
            by_title[tk] = i
    # rule 3: fuzzy title, backed by year and author overlap; blocked on pairs of rare title words
    # blocking: each title is filed under pairs of its three rarest words (rare across these inputs), so a
    # copy with a word dropped or changed still meets its original, and cost grows with the records, not
    # with their square
    for i, j, score in _similar_pairs(tkeys):
        if uf.find(i) == uf.find(j):
            continue
        pa, pb = pubs[i], pubs[j]
        if not _fuzzy_ok(tkeys[i], tkeys[j]):
            continue  # "X" and "X II: Extensions": a follow-up is another paper, however alike
        if score < options.threshold:
            if not _same_main_title(pa.title or "", pb.title or ""):
                continue
            score = max(score, options.threshold)
        if _years_ok(pa, pb, 1) and _authors_overlap(pa, pb) and _ids_compatible(pa, pb):
            join(i, j, "fuzzy-title", round(float(score), 1), f"titles {score:.0f}% alike, years and authors agree")
    # rule 4: a short label that stands for a full title
    _label_rule(pubs, uf, join, options)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[uf.find(i)].append(i)
    out: list[Cluster] = []
    for root in sorted(groups):
        idx = groups[root]
        group = [pubs[i] for i in idx]
        # a paper read once is its own record (merge() would only copy it)
        merged, conflicts = (group[0], []) if len(group) == 1 else merge(group)
        cl = Cluster(members=group, merged=merged, conflicts=conflicts)
        for pos, i in enumerate(idx):
            if i in steps:
                rule, score, ev = steps[i]
                cl.steps.append(MergeStep(rule, score, ev, pos))
        out.append(cl)
    return out


def _similar_pairs(tkeys: Sequence[str], cutoff: float = 80, max_block: int = 200) -> list[tuple[int, int, float]]:
    """Pairs of records (i < j) whose title keys score at least `cutoff` (rapidfuzz token_sort_ratio), among
    the records that share a block: a pair of their three rarest title words, or their first word. A block of
    more than `max_block` records (a word pair that common) says nothing. Sorted by (i, j)."""
    from rapidfuzz import fuzz, process

    split = [k.split() for k in tkeys]
    words = [set(ws) - STOPWORDS for ws in split]
    df = Counter(itertools.chain.from_iterable(words))
    # words numbered rarest first (ties by spelling), so a record's three rarest are its three smallest numbers
    rank = {w: r for r, w in enumerate(sorted(df, key=lambda w: (df[w], w)))}
    size = len(rank)
    blocks: dict[int, list[int]] = defaultdict(list)
    for i, ws in enumerate(words):
        if not ws:
            continue
        a, b, c = (sorted(map(rank.__getitem__, ws)) + [-1, -1])[:3]
        if b >= 0:
            blocks[a * size + b].append(i)
            if c >= 0:
                blocks[a * size + c].append(i)
                blocks[b * size + c].append(i)
        head = split[i][0]
        if head in ws:
            blocks[-1 - rank[head]].append(i)  # and under its first word: "M3IT: ..." and "M³IT: ..." reworded
    # token_sort_ratio is ratio over the words in sorted order: sort each title's words once, not per pair
    skeys = [" ".join(sorted(ws)) for ws in split]
    del split
    ratio = fuzz.ratio
    scored: dict[tuple[int, int], float] = {}
    for members in blocks.values():
        n = len(members)
        if n < 2 or n > max_block:
            continue
        if n <= 8:  # most blocks: a few pairs, scored one by one
            for x in range(n - 1):
                i = members[x]
                for j in members[x + 1:]:
                    if (i, j) not in scored:
                        scored[(i, j)] = ratio(skeys[i], skeys[j], processor=None, score_cutoff=cutoff)
            continue
        keys = [skeys[i] for i in members]
        for x in range(n - 1):
            # a big block is scored in rapidfuzz's C loop; only the pairs above the cutoff come back
            for _, score, pos in process.extract(keys[x], keys[x + 1:], scorer=ratio, processor=None,
                                                 score_cutoff=cutoff, limit=None):
                scored[(members[x], members[x + 1 + pos])] = score
    return sorted((i, j, score) for (i, j), score in scored.items() if score)


def _same_main_title(a: str, b: str) -> bool:
    """'M3IT: A Large-Scale Dataset ...' and 'M³IT: Multi-Modal ... Dataset' share the part before the colon."""
    if ":" not in a or ":" not in b:
        return False
    ha, hb = title_key(a.split(":", 1)[0]), title_key(b.split(":", 1)[0])
    return bool(ha) and ha == hb and len(ha) >= 3


def _ids_compatible(a: Publication, b: Publication) -> bool:
    """Two records with different identifiers of the same kind are different papers."""
    for kind in ("doi", "arxiv", "acl"):
        va, vb = a.ids.get(kind), b.ids.get(kind)
        if va and vb and _norm_id(kind, va) != _norm_id(kind, vb):
            return False
    return True


Join = Callable[[int, int, str, float, str], None]


def _label_rule(pubs: Sequence[Publication], uf: _UF, join: Join, options: DedupeOptions) -> None:
    wanted = {k for p in pubs if p.label and not p.title for k in _label_keys(p)}
    if not wanted:
        return  # no record is known only by a short name: nothing for this rule to do
    heads: dict[str, list[int]] = defaultdict(list)
    inits: dict[str, list[int]] = defaultdict(list)
    repos: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(pubs):
        if p.title:
            for k in _label_keys(p):
                if k in wanted:
                    heads[k].append(i)
            ini = initials(p.title)
            for L in range(3, min(len(ini), 8) + 1):
                if ini[:L] in wanted:
                    inits[ini[:L]].append(i)
            for r in _repo_names(p):
                if r in wanted:
                    repos[r].append(i)
    for i, p in enumerate(pubs):
        if p.title and not p.label:
            continue
        labels = _label_keys(p) if p.label else set()
        for lk in labels:
            for rule, index in (("label", heads), ("label", repos), ("acronym", inits)):
                cands = [j for j in index.get(lk, []) if j != i and pubs[j].title]
                for j in cands:
                    q = pubs[j]
                    if uf.find(i) == uf.find(j) or not _years_ok(p, q, 1) or not _ids_compatible(p, q):
                        continue
                    same_venue = _venue_base(p) is not None and _venue_base(p) == _venue_base(q)
                    if rule == "acronym" and not (same_venue and p.year is not None and p.year == q.year):
                        continue  # initials alone are weak: also need the same venue and year
                    if rule == "label" and not options.within_profile and not (same_venue or set(p.urls) & set(q.urls)):
                        continue
                    if len(cands) > 1 and not same_venue:
                        continue  # a label several papers could answer to
                    ev = {"label": f"label {p.label!r} names title {q.title!r}", "acronym": f"{p.label!r} is the initials of {q.title!r}, same venue and year"}[rule]
                    join(j, i, rule, 90.0 if rule == "label" else 85.0, ev)


# --- merge policy ---------------------------------------------------------------------------------------------

_STATUS_RANK = {s: i for i, s in enumerate(STATUSES)}


def _venue_strength(p: Publication) -> tuple[int, int, int]:
    """Lower is stronger: a structured entry's published venue beats a mention, a preprint, or nothing."""
    has = p.venue is not None and p.venue.venue is not None
    preprint = has and p.venue.venue.type == "preprint"  # type: ignore[union-attr]
    method = {"alias": 0, "fuzzy": 1}.get(p.venue.method if p.venue else "", 2)
    return (0 if has and not preprint else (1 if has else 2), 0 if p.kind == "entry" else 1, method)


def merge(members: Sequence[Publication]) -> tuple[Publication, list[str]]:
    """One record from several: fullest title and authors, strongest venue, union of ids/urls/sources."""
    if len(members) == 1:
        m = members[0]
        return _copy(m), []
    conflicts: list[str] = []
    titled = [m for m in members if m.title]
    best_title = max(titled, key=lambda m: (m.kind == "entry", len(m.title or "")), default=None)
    with_authors = [m for m in members if m.authors]
    best_authors = max(with_authors, key=lambda m: (not m.et_al, len(m.authors)), default=None)
    by_venue = sorted(range(len(members)), key=lambda i: (_venue_strength(members[i]), i))
    vsrc = members[by_venue[0]]
    out = Publication(kind="entry" if any(m.kind == "entry" for m in members) else "mention")
    out.title = best_title.title if best_title else None
    out.label = next((m.label for m in members if m.label), None) if not out.title else None
    if best_authors:
        out.authors, out.et_al = list(best_authors.authors), best_authors.et_al
    out.venue, out.venue_raw = vsrc.venue, vsrc.venue_raw
    out.year, out.year_source = vsrc.year, vsrc.year_source
    if out.year is None:
        y = next((m for m in sorted(members, key=lambda m: _venue_strength(m)) if m.year is not None), None)
        if y is not None:
            out.year, out.year_source = y.year, y.year_source
    out.status = min((m.status for m in members), key=lambda s: _STATUS_RANK.get(s, 9))
    if out.venue is not None and out.venue.venue is not None and out.venue.venue.type != "preprint" and out.status == "preprint":
        out.status = "published"
    published = [m for m in members if _venue_strength(m)[0] == 0]
    venues = {(m.venue.venue.id if m.venue and m.venue.venue else None) for m in published}
    years = {m.year for m in published if m.year is not None}
    if len(venues) > 1:
        conflicts.append("venues disagree: " + ", ".join(sorted(v or "?" for v in venues)) + f"; kept {out.venue.venue.id if out.venue and out.venue.venue else None} (strongest evidence, first seen)")
    if len(years) > 1:
        conflicts.append("years disagree: " + ", ".join(str(y) for y in sorted(years)) + f"; kept {out.year} (strongest evidence, first seen)")
    for m in members:
        for k, v in m.ids.items():
            out.ids.setdefault(k, v)
        for lst_out, lst in ((out.urls, m.urls), (out.awards, m.awards), (out.notes, m.notes), (out.rank_claims, m.rank_claims)):
            lst_out.extend(x for x in lst if x not in lst_out)
        out.sources.extend(x for x in m.sources if x not in out.sources)
        out.entry_type = out.entry_type or m.entry_type
    _merge_fields(out, members)
    return out, conflicts


def _merge_fields(out: Publication, members: Sequence[Publication]) -> None:
    """The bibliographic fields: first given wins; the first key stays and the others become `alt_keys` (biblatex
    `ids`, so every old \\cite still resolves); links, extra fields and the source's spellings are united."""
    for m in members:
        if m.key and out.key is None:
            out.key = m.key
        for k in ([m.key] if m.key else []) + m.alt_keys:
            if k != out.key and k not in out.alt_keys:
                out.alt_keys.append(k)
        for name in BIB_FIELDS:
            if getattr(out, name) is None and getattr(m, name) is not None:
                setattr(out, name, getattr(m, name))
        out.editors = out.editors or list(m.editors)
        out.keywords = out.keywords or list(m.keywords)
        for mine, theirs in ((out.links, m.links), (out.extra, m.extra), (out.as_written, m.as_written)):
            for k, v in theirs.items():
                mine.setdefault(k, v)
        for lst_out, lst in ((out.equal_contribution, m.equal_contribution), (out.corresponding, m.corresponding)):
            lst_out.extend(x for x in lst if x not in lst_out and x in out.authors)


def _copy(p: Publication) -> Publication:
    out = Publication(**{f: getattr(p, f) for f in p.__dataclass_fields__})
    for f in ("authors", "awards", "notes", "rank_claims", "urls", "sources", "alt_keys", "editors", "keywords",
              "equal_contribution", "corresponding"):
        setattr(out, f, list(getattr(p, f)))
    out.ids, out.links, out.extra = dict(p.ids), dict(p.links), dict(p.extra)
    return out


def dedupe_profiles(profiles: Sequence[Sequence[Publication]], threshold: float = DEFAULT_THRESHOLD) -> list[Cluster]:
    """All papers of many profiles: first each profile's own repeats (looser label rules: one person naming
    their own paper), then the same paper across profiles. Each cluster lists every record read, with the
    rule that joined it; conflicts from both stages are kept."""
    inner: list[Cluster] = []
    for pubs in profiles:
        inner.extend(cluster(list(pubs), DedupeOptions(threshold=threshold, within_profile=True)))
    if len(profiles) <= 1:
        return inner  # one profile: nothing across profiles to find
    top = cluster([c.merged for c in inner], DedupeOptions(threshold=threshold))
    by_merged = {id(c.merged): c for c in inner}
    out: list[Cluster] = []
    for t in top:
        members: list[Publication] = []
        steps: list[MergeStep] = []
        conflicts: list[str] = []
        first_of: list[int] = []
        for m in t.members:
            c = by_merged[id(m)]
            first_of.append(len(members))
            steps.extend(MergeStep(s.rule, s.score, f"{s.evidence} (same page)", s.member + len(members)) for s in c.steps)
            conflicts.extend(x for x in c.conflicts if x not in conflicts)
            members.extend(c.members)
        steps.extend(MergeStep(s.rule, s.score, s.evidence, first_of[s.member]) for s in t.steps)
        conflicts.extend(x for x in t.conflicts if x not in conflicts)
        steps.sort(key=lambda s: s.member)
        out.append(Cluster(members=members, merged=t.merged, steps=steps, conflicts=conflicts))
    return out


def merge_within(pubs: Iterable[Publication], threshold: float = DEFAULT_THRESHOLD) -> list[Publication]:
    """Merge the records of one profile that name the same paper (publication list, topics list, news)."""
    clusters = cluster(list(pubs), DedupeOptions(threshold=threshold, within_profile=True))
    out = []
    for c in clusters:
        c.merged.notes.extend(f"conflict: {x}" for x in c.conflicts if f"conflict: {x}" not in c.merged.notes)
        out.append(c.merged)
    return out
