"""Find records that are the same paper and merge them, explaining every merge.

Rules are named and tried in a fixed order; candidate pairs come from blocking keys (ids, title keys,
title-word pairs, short labels), so the cost grows about linearly with the number of records.
"""

from __future__ import annotations

import contextlib
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .lazyre import lazy_compile
from .model import BIB_FIELDS, STATUSES, Cluster, MergeStep, Publication
from .text import STOPWORDS, arxiv_base, fold, initials, is_preprint_doi, name_key, title_key

if TYPE_CHECKING:
    from .overrides import Overrides  # read only when a run has overrides (check never does)

RULES = ("override", "id", "title", "fuzzy-title", "citation", "label", "acronym")
ID_KINDS = ("doi", "arxiv", "acl", "openreview")
DEFAULT_THRESHOLD = 92.0


@dataclass(frozen=True)
class DedupeOptions:
    """How records are joined: the fuzzy title threshold, one page's looser rules, a person's overrides."""

    threshold: float = DEFAULT_THRESHOLD  # fuzzy title score needed (0-100)
    within_profile: bool = False  # looser label rules: one person's page naming their own paper
    overrides: Overrides | None = None  # a person's "same paper" / "not the same paper" (overrides.py)


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


_NUM = lazy_compile(r"\b(?:\d+|ii|iii|iv|v\d*|part\s+\w+)\b")


_SEQUEL = lazy_compile(r"\b(?:extensions?|extended|revisited|continued|part|journal version|follow[- ]up)\b")


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
    return bool(fuzz.token_set_ratio(title_key(a.title), title_key(b.title)) >= 80)


def cluster(pubs: Sequence[Publication], options: DedupeOptions = DedupeOptions()) -> list[Cluster]:
    """Group the records that are the same paper; one Cluster per paper, in first-seen order (see `_join`)."""
    with _quiet():
        return _clusters(pubs, *_join(pubs, options))


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """Clustering allocates many small objects and frees few: the cyclic collector would only walk the input
    records again and again (a third of the time on 100,000 records); it runs again when we are done."""
    import gc

    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        _name_words.cache_clear()  # the caches serve one run: their memory goes back with it
        _venue_facts.cache_clear()
        if enabled:
            gc.enable()


def _join(pubs: Sequence[Publication], options: DedupeOptions) -> tuple[_UF, dict[int, tuple[str, float, str]],
                                                                         list[tuple[int, int, str]]]:
    """Which records are the same paper: the union-find of the records (a group's root is its first record), the
    rule, score and evidence that took each record in, and the pairs that are versions of one work.

    Candidate pairs come from shared identifiers, equal or alike titles and (for records that give them) the
    first author and first page; each pair is weighed on all its evidence (see `weigh`) and joined when the
    evidence adds up and nothing in the two clusters contradicts it. Pairs that agree on title and authors but
    not on where they appeared (a conference abstract and the journal article) are linked as versions."""
    from rapidfuzz import fuzz

    n = len(pubs)
    uf = _UF(n)
    members: dict[int, list[int]] = {}  # root -> its records, for the contradiction check
    steps: dict[int, tuple[str, float, str]] = {}  # member -> (rule, score, evidence) of the merge that took it in
    facts = _FactsCache(pubs)
    ov = options.overrides
    apart = ov.apart(pubs) if ov is not None else set()
    versions: list[tuple[int, int, str]] = []

    def contradicts(i: int, j: int, evidence: bool | str) -> bool:
        a, b = members.get(uf.find(i), [i]), members.get(uf.find(j), [j])
        if apart and any((x, y) in apart for x in a for y in b):
            return True
        if not evidence or len(a) * len(b) > 400 or (evidence == "weighed" and len(a) == len(b) == 1):
            return False  # a pair already weighed on its own, or a cluster that big (built on identifiers)
        return any(_conflict(facts[x], facts[y], options.threshold) for x in a for y in b)

    def join(i: int, j: int, rule: str, score: float, evidence: str, check: bool | str = True) -> bool:
        ri, rj = uf.find(i), uf.find(j)
        if ri == rj or contradicts(i, j, check):
            return False
        uf.union(i, j)
        members[uf.find(i)] = members.pop(ri, [ri]) + members.pop(rj, [rj])
        steps.setdefault(max(i, j), (rule, score, evidence))
        return True

    # overrides first: a person's word beats every rule
    if ov is not None:
        for i, j, where in ov.together(pubs):
            ri, rj = uf.find(i), uf.find(j)
            if uf.union(i, j):  # a person's word is not checked against the evidence
                members[uf.find(i)] = members.pop(ri, [ri]) + members.pop(rj, [rj])
                steps.setdefault(max(i, j), ("override", 100.0, f"same paper by {where}"))
    # rule 1: shared identifiers
    by_id: dict[tuple[str, str], int] = {}
    for i, p in enumerate(pubs):
        for kind in ID_KINDS:
            if p.ids.get(kind):
                k = (kind, _norm_id(kind, p.ids[kind]))
                if k not in by_id:
                    by_id[k] = i
                elif _titles_compatible(pubs[by_id[k]], p, fuzz):
                    join(by_id[k], i, "id", 100.0, f"same {kind} {k[1]}", check=False)
                # else: one link pasted under two different titles (a page's copy-paste slip) is not one paper
    # rule 1b: a page's mention of one of its papers by a link ("Our paper addressed [Few-shot widgets](url) is
    # accepted", news with no title) and the page's entry that links the same paper's page: that entry's paper
    def join_link(i: int, j: int, rule: str, score: float, evidence: str) -> None:
        join(i, j, rule, score, evidence, check=False)

    _page_link_rule(pubs, join_link)
    # rules 2-4: every other candidate pair, weighed on all its evidence; the strongest pairs join first
    cands = _candidates(pubs, facts)
    weighed = []
    for i, j, tsim in cands:
        if uf.find(i) == uf.find(j) or (i, j) in apart:
            continue
        if (tsim < options.threshold and not (pubs[i].pages and pubs[j].pages)
                and not _same_main_title(pubs[i].title or "", pubs[j].title or "") and (i, j) not in facts.headed):
            continue  # unlike titles and no citation to make up for them: nothing to weigh
        pa, pb = pubs[i], pubs[j]
        if (tsim >= 100 and pa.authors and pa.authors == pb.authors and pa.year == pb.year and not pa.pages
                and not pb.pages and not pa.volume and not pb.volume and _ids_compatible(pa, pb)
                and (v := _venue_base(pa)) is not None and v == _venue_base(pb) and facts.generic_free(i)):
            # the same record written twice (the common case): what weigh() would say, without weighing
            na = len(pa.authors)
            weighed.append((-7.0, i, j, "title", f"same title; same first author, {na}/{na} authors shared; same year; same venue ({v})"))
            continue
        score, why, fatal = weigh(facts[i], facts[j], tsim, options.threshold)
        if fatal is None and score >= MERGE_SCORE:
            rule = ("citation" if why.startswith("same first author, volume") else
                    "title" if tsim >= 100 else "fuzzy-title")
            weighed.append((-score, i, j, rule, why))
        elif fatal != "sequel" and _versions(facts[i], facts[j], tsim, options.threshold):
            versions.append((i, j, why))
    weighed.sort()
    for neg, i, j, rule, why in weighed:
        join(i, j, rule, round(-neg, 1), why, "weighed")
    # rule 5: a short label that stands for a full title
    def join_label(i: int, j: int, rule: str, score: float, evidence: str) -> None:
        join(i, j, rule, score, evidence)

    _label_rule(pubs, uf, join_label, options)
    return uf, steps, versions


def _clusters(pubs: Sequence[Publication], uf: _UF, steps: dict[int, tuple[str, float, str]],
              versions: list[tuple[int, int, str]]) -> list[Cluster]:
    """One Cluster per group of records `_join` found, in first-seen order; the versions noted."""
    n = len(pubs)
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
    _link_versions(pubs, uf, out, groups, versions)
    return out


# --- evidence --------------------------------------------------------------------------------------------------

MERGE_SCORE = 3.0  # evidence needed to join two records: an exact, specific title alone; anything less needs support

_BRACKETS = lazy_compile(r"\s*\[[^\[\]]*\]\s*")  # "[Review] [33 refs]", "[French]": a database's notes, not the title
_ERRATUM = lazy_compile(r"^\s*(?:erratum|corrigendum|correction)\s*(?:to)?\s*:\s*", re.I)
_PARTICLES = {"van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "le", "la", "jr", "sr", "ii", "iii",
              "dos", "das", "el", "al", "bin", "ter", "st"}
_PAGES = lazy_compile(r"^\s*([a-z]{0,2})(\d+)[a-z]?\s*(?:[-–—]+\s*([a-z]{0,2})(\d+))?", re.I)
_VOLUME = lazy_compile(r"^\s*(\d+)\b")
# a plain issue number ("4", "No. 4"), not "Suppl 2" or "3-4"
_ISSUE = lazy_compile(r"^\s*(?:no\.?\s*)?0*(\d+)\s*$", re.I)
_COUNTER_MIN = 50  # records with a number in one file before a number never repeated says "record counter"
_GENERIC_WORDS = 4  # a title of fewer significant words than this says little on its own ("Eculizumab")


def dedupe_title(title: str) -> str:
    """The title key dedupe compares: bracketed database notes and a translation's brackets dropped."""
    if "[" not in title and title[:1] not in "CcEe ":
        return title_key(title)  # most titles: nothing to drop
    t = title.strip()
    if t.startswith("[") and "]" in t:  # "[Paroxysmal nocturnal hemoglobinuria]. [French]": a translated title
        t = t[1:].replace("]", " ", 1)
    while "[" in t and (u := _BRACKETS.sub(" ", t)) != t:  # nested: "[Erratum appears in ... [corrected to ...]]"
        t = u
    return title_key(_ERRATUM.sub("", t) if t[:1] in "CcEe" else t)


@dataclass(slots=True)
class _Facts:
    """What one record says, in the forms the evidence compares."""

    tk: str
    ck: str  # the title key without spaces ("CO 2" and "CO2")
    words: int  # significant title words
    first: frozenset[str]  # the first author's name words
    names: tuple[frozenset[str], ...]  # every author's name words
    every: frozenset[str]  # all authors' name words together
    year: int | None
    venue: str | None  # venue id (a track counts as its conference)
    vtype: str | None
    vraw: str  # the venue as written, folded, without a meeting's name after it
    volume: str | None
    issue: str | None  # a plain issue number (None when the file's numbers count records, see _counter_files)
    pages: tuple[str, str] | None  # first and last page
    preprint: bool  # a preprint (by its venue, status or arXiv id): its year may be a year or two early
    bare: bool  # a preprint only because it names no venue and no status (see _early)
    title: str  # the title as written (its main title before a colon is compared only when needed)
    ids: dict[str, str]  # doi, arxiv, acl, pdoi (a preprint server's DOI): two different ones of a kind are two papers
    text: str = ""  # the abstract, folded, when it is long enough to be one paper's own (_TEXT_MIN)
    generic: bool = False


@lru_cache(maxsize=1 << 12)  # a bibliography names the same people again and again
def _name_words(name: str) -> frozenset[str]:
    return frozenset(w for w in fold(name.replace("?", "")).split() if len(w) > 1 and w not in _PARTICLES)


_VENUE_TAIL = lazy_compile(r"\s*(?:\[[^\]]*\]|\([^)]*\))|\s+:\s.*$|\.(?=[A-Z]).*$|\s*\.\s*$")


@lru_cache(maxsize=1 << 14)
def _venue_facts(raw: str) -> str:
    """A venue as written, folded without its database tails (strings repeat)."""
    return fold(venue_head(raw))


def venue_head(raw: str) -> str:
    """A journal's name as written without what databases add: 'Clinical cancer research : an official journal
    of ...', 'BMJ (Clinical research ed.)', 'PLoS ONE [Electronic Resource]', 'X.Conference: 23rd Congress ...'."""
    return _VENUE_TAIL.sub("", raw).strip()


def _pages(text: str | None) -> tuple[str, str] | None:
    m = _PAGES.match(text or "")
    if not m:
        return None
    p1, a, p2, b = m.group(1).lower(), m.group(2), (m.group(3) or "").lower(), m.group(4)
    if b and len(b) < len(a) and not p2:
        b = a[: len(a) - len(b)] + b  # "1885-95" is 1885-1895
    return (p1 + a.lstrip("0"), (p2 or p1) + (b or a).lstrip("0"))


def _facts(p: Publication, tk: str | None = None, issues: bool = True) -> _Facts:
    if tk is None:
        tk = dedupe_title(p.title) if p.title else ""
    names = tuple(_name_words(a) for a in p.authors)
    names = tuple(x for x in names if x)
    v = p.venue.venue if p.venue is not None else None
    vraw = _venue_facts(p.venue_raw or "")
    ids = {k: _norm_id(k, p.ids[k]) for k in ("doi", "arxiv", "acl") if p.ids.get(k)} if p.ids else _NO_IDS
    if "doi" in ids and is_preprint_doi(ids["doi"]):
        # a preprint server's DOI is compared with other preprint DOIs only: beside a journal's DOI it is the
        # same paper's early version (arXiv's own DOI is the arXiv id)
        ids = {("pdoi" if k == "doi" else k): x for k, x in ids.items()}
        if ids["pdoi"].startswith("10.48550/arxiv."):
            ids.setdefault("arxiv", arxiv_base(ids.pop("pdoi")[15:]))
    known = (v is not None and v.type == "preprint") or p.status == "preprint" or "arxiv" in ids or "pdoi" in ids
    bare = p.status == "unknown" and not p.venue_raw and v is None
    vol = _VOLUME.match(p.volume) if p.volume else None
    if vol and p.year is not None and vol.group(1) == str(p.year):
        vol = None  # the year in the volume field (a magazine's online record, 'Harvard Business Review, 2016'): no volume
    iss = _ISSUE.match(p.number) if p.number and issues else None
    return _Facts(
        tk=tk, ck=tk.replace(" ", ""), words=len(set(tk.split()) - STOPWORDS),
        first=names[0] if names else frozenset(), names=names,
        # one author: that author's name set, not a copy
        every=(names[0] if len(names) == 1 else frozenset().union(*names)) if names else frozenset(),
        year=p.year, venue=(v.track_of or v.id) if v else None,
        vtype="preprint" if "pdoi" in ids else v.type if v else None,  # its DOI says what it is ('SSRN Electronic J.')
        vraw=vraw,
        volume=vol.group(1) if vol else None, issue=iss.group(1) if iss else None,
        pages=_pages(p.pages) if p.pages else None,
        # a preprint, or a record that names no venue and no status (a page's "Title. 2025."): either may be
        # the early version of a published paper, a year or two before it
        preprint=known or bare, bare=bare and not known,
        title=p.title or "",
        ids=ids,
        text=t if p.abstract and len(t := fold(p.abstract)) >= _TEXT_MIN else "")


_TEXT_MIN = 200  # characters of a folded abstract: shorter ones ('Abstract not available', a one-line summary) say little
_NO_IDS: dict[str, str] = {}  # shared by every record without identifiers (read only): no empty dict each


class _FactsCache:
    """Facts computed on first use: most records never meet a candidate."""

    def __init__(self, pubs: Sequence[Publication]):
        self.pubs = pubs
        self.cache: dict[int, _Facts] = {}
        self.generic: set[str] = set()
        self.tkeys: list[str] | None = None  # title keys, once _candidates has made them
        self.headed: set[tuple[int, int]] = set()  # pairs where one title is the other under a head (_under_head)
        self.counters = _counter_files(pubs)

    def generic_free(self, i: int) -> bool:
        """Record i's title is not one several first authors gave their papers (cheap: no facts needed)."""
        return self.tkeys is None or self.tkeys[i].replace(" ", "") not in self.generic

    def __getitem__(self, i: int) -> _Facts:
        f = self.cache.get(i)
        if f is None:
            p = self.pubs[i]
            f = self.cache[i] = _facts(p, self.tkeys[i] if self.tkeys is not None else None,
                                       not self.counters or p.first_source.path not in self.counters)
            f.generic = f.words < _GENERIC_WORDS or len(f.ck) < 20 or f.ck in self.generic
        return f


def _counter_files(pubs: Sequence[Publication]) -> set[str]:
    """Files whose `number` numbers the records rather than giving their issue: many records and no value
    repeated. Issues repeat (a bibliography holds several papers of one issue; 50 records with issue numbers
    all different would need 50 issues), and an export's record number never does."""
    values: dict[str, set[str]] = {}
    count: Counter[str] = Counter()
    for p in pubs:
        if p.number:
            path = p.first_source.path
            values.setdefault(path, set()).add(p.number)
            count[path] += 1
    return {path for path, n in count.items() if n >= _COUNTER_MIN and len(values[path]) == n}


def _other_issue(a: _Facts, b: _Facts) -> bool:
    """Two different issue numbers of one volume, and no pages on one side: two papers (a recurring column).
    With pages on both sides the pages say where each one is (and the issue is only their coarser copy)."""
    return bool(a.issue and b.issue and a.issue != b.issue and a.volume and a.volume == b.volume
                and not (a.pages and b.pages))


def _abbrev_of(a: str, b: str) -> bool:
    """'pediatr nephrol' abbreviates 'pediatric nephrology': each word starts a word of the other, in order."""
    wa = [w for w in a.split() if w not in STOPWORDS]
    wb = [w for w in b.split() if w not in STOPWORDS]
    if not wa or not wb:
        return False
    if len(wa) > len(wb):
        wa, wb = wb, wa
    k = 0
    for w in wa:
        while k < len(wb) and not wb[k].startswith(w):
            k += 1
        if k == len(wb):
            return False
        k += 1
    return True


_SQUASHED_MAX_WORDS = 30  # more is no journal's name, and one recursion level a word must stay far from the limit


def _squashed_of(a: str, b: str) -> bool:
    """'jthoraccardiovascsurg' is 'j thorac cardiovasc surg' written without spaces: the one word is the other
    name's words (stop words skipped), each cut short, in order."""
    token, full = (a, b) if " " not in a else (b, a)
    if " " in token or len(token) < 6:
        return False
    words = [w for w in full.split() if w not in STOPWORDS]
    if not 3 <= len(words) <= _SQUASHED_MAX_WORDS:
        return False

    seen: set[tuple[int, int]] = set()  # (k, i) already shown not to fit: each is tried once (else exponential)

    def rest(k: int, i: int) -> bool:  # token[k:] is words[i:], each cut short
        if i == len(words):
            return k == len(token)
        if (k, i) in seen:
            return False
        w = words[i]
        if any(token.startswith(w[:n], k) and rest(k + n, i + 1) for n in range(min(len(w), len(token) - k), 0, -1)):
            return True
        seen.add((k, i))
        return False

    return rest(0, 0)


def _same_written(a: str, b: str) -> bool:
    """Two venue names as written that name one journal: equal, one abbreviating the other, or spelled apart
    ('Tumor Biology', 'Tumour Biology'), or one abbreviation written without spaces ('JThoracCardiovascSurg')."""
    from rapidfuzz import fuzz

    return bool(a and b) and (a == b or _abbrev_of(a, b) or fuzz.ratio(a, b) >= 90 or _squashed_of(a, b))


def _acronym_of(a: str, b: str) -> bool:
    """'icis' is the initials of 'international conference on information systems' (stop words skipped)."""
    short, full = (a, b) if len(a) < len(b) else (b, a)
    if not 3 <= len(short) <= 8 or " " in short:
        return False
    words = [w for w in full.split() if w not in STOPWORDS]
    return len(words) == len(short) and all(w[0] == c for w, c in zip(words, short, strict=True))


def _same_person(a: frozenset[str], b: frozenset[str]) -> bool:
    """Name words that are one person: shared, or the longest spelled alike ('Munoz' / 'Mu?oz', 'Che' / 'Chen')."""
    if a & b:
        return True
    from rapidfuzz import fuzz

    return any(fuzz.ratio(x, y) >= 80 for x in a for y in b if len(x) >= 3 and len(y) >= 3)


def _authors_evidence(a: _Facts, b: _Facts) -> tuple[float, str]:
    if not a.names or not b.names:
        return 0.0, ""
    # order-tolerant: a name is found when one of its words (surname, or given name in another order) is
    shared_a = sum(1 for x in a.names if x & b.every)
    shared_b = sum(1 for x in b.names if x & a.every)
    shorter = min(len(a.names), len(b.names))
    shared = min(shared_a, shared_b)
    if shared == 0 and _same_person(a.first, b.first):
        shared = 1  # 'Hiess' / 'C. Hiessl': a first author spelled alike (a letter lost) is one author
    if shared == 0:
        return -4.0, "no author in common"
    if not _same_person(a.first, b.first):
        if shared == shorter >= 2 and len(a.names) == len(b.names):
            return 0.0, f"the same {shared} authors in another order"  # a database reordered the list
        return -3.0, "different first authors"
    return (2.0 if shared >= max(1, shorter * 0.5) else 1.0), f"same first author, {shared}/{shorter} authors shared"


def _venue_evidence(a: _Facts, b: _Facts) -> tuple[float, str]:
    if a.vtype == "preprint" or b.vtype == "preprint":
        return 0.0, ""  # a preprint and its published version: the venue says nothing against
    if a.venue and b.venue and a.venue != b.venue and _same_written(a.vraw, b.vraw):
        return 0.0, ""  # 'Mutation Research' and 'Mutation Research - Fundamental and ...': two layers' answers
    if a.venue and b.venue:
        if a.venue == b.venue:
            return 1.0, f"same venue ({a.venue})"
        if a.vtype == b.vtype == "journal":
            return -4.0, f"different journals ({a.venue}, {b.venue})"
        if "journal" in (a.vtype, b.vtype):
            return -3.0, f"conference and journal ({a.venue}, {b.venue})"
        return 0.0, f"venues {a.venue} and {b.venue}"  # one page often says the one, another the other
    if a.vraw and b.vraw:
        if _same_written(a.vraw, b.vraw):
            return 1.0, "same venue as written"
        if _acronym_of(a.vraw, b.vraw):
            return 0.0, "a venue and its acronym"  # says nothing against (an acronym may have other meanings)
        return -3.0, "venues differ as written"
    return 0.0, ""


def weigh(a: _Facts, b: _Facts, tsim: float, threshold: float = 92.0) -> tuple[float, str, str | None]:
    """How strongly two records are one paper: (score, evidence read by users, a fatal objection or None).

    Title: +3 the same (specific) title, +2 alike above the threshold, at most +1 for a generic or short one.
    Authors: +1 same first author (spelled alike), +1 most authors shared; 0 the same authors in another
    order, -3 two different first authors, -4 none shared.
    Year: +1 same, -1 two apart (or one apart when nothing else is known), fatal from three apart. Venue: +1 same (abbreviated and full journal names
    are one venue), -4 two journals, -3 conference and journal, -2 unresolved and unlike.
    Volume and pages: +2 the same pages; -4 other pages in one venue (-2 elsewhere), -4 another volume; fatal:
    another issue of the same volume when pages do not say where each one is.
    Abstract: +1 the same long abstract, with alike specific titles, the same first author and venue; then another
    DOI, issue, volume or pages is not evidence against (a correction notice, a reprint).
    Unlike titles, or a missing one, need the same first author, year, volume and page range."""
    why: list[str] = []
    score = 0.0
    # one paper's own words: the same long abstract, alike titles, the same first author and venue (a correction
    # notice or a reprint that carries the paper's abstract; its own DOI, volume and pages are its printing's)
    text = bool(a.text) and a.text == b.text and tsim >= threshold and not (a.generic or b.generic) \
        and _same_person(a.first, b.first) and _venue_evidence(a, b)[0] > 0
    if _ids_differ(a, b) and not text:
        return 0.0, "different identifiers", "ids"
    if _other_issue(a, b) and not text:
        return 0.0, f"issues {a.issue} and {b.issue} of volume {a.volume}", "issues"
    t = 0.0
    if a.tk and b.tk:
        if a.ck != b.ck and not _fuzzy_ok(a.tk, b.tk) and not _pages_agree(a, b):
            return 0.0, "a numbered or sequel title", "sequel"
        t = 3.0 if a.ck == b.ck or tsim >= 97 else 2.0 if tsim >= threshold else 0.0
        alike = f"titles {tsim:.0f}% alike"
        if not t and (_under_head(a.title) == b.tk or _under_head(b.title) == a.tk):
            t = 2.0  # 'How I did it ... Upwork's CEO on ...' and 'Upwork's CEO on ...': a column's name before the title
            alike = "the same title under a column's or section's name"
        elif not t and _same_main_title(a.title, b.title):
            t = 2.0  # 'M3IT: A Large-Scale Dataset ...' and 'M³IT: Multi-Modal ... Dataset': one name before the colon
        elif not t and _pages_agree(a, b) and _subtitle_dropped(a.title, b.title):
            t = 2.0  # 'Infrastructure in the Wild', 'Infrastructure in the wild: What ...', on the same pages
            alike = "one title the other without its subtitle"
        if not t and not _same_citation(a, b):
            return 0.0, f"titles {tsim:.0f}% alike", "titles"  # unlike titles: only a full citation makes up
        if t and t < 3 and (swap := _swapped_words(a.tk, b.tk)):
            return 0.0, f"titles differ: {swap}", "swap"  # "... in Adult Patients" and "... in Pediatric Patients"
        if a.generic or b.generic:
            t = min(t, 1.0)
            why.append("generic title")
        elif t:
            why.append("same title" if t == 3 else alike)
        score += t
    s, w = _authors_evidence(a, b)
    score += s
    why.append(w)
    if a.year is not None and b.year is not None:
        d = abs(a.year - b.year)
        if d >= 3:
            return score, f"years {a.year} and {b.year}", "years"
        early = _early(a, b)
        if d and early:
            score += 0.0 if d <= 2 else -1.0  # a preprint and its published version
        else:
            score += {0: 1.0, 1: 0.0}.get(d, -1.0)
        if d and not early and not (a.names and b.names) and not (a.vraw and b.vraw) and a.pages is None and b.pages is None:
            score -= 1.0  # a bare title a year off: nothing else says it is the same paper
        why.append("same year" if d == 0 else f"years {a.year}/{b.year}")
    s, w = _venue_evidence(a, b)
    score += s
    why.append(w)
    same_venue = s > 0 or not (a.vraw and b.vraw)
    if text:
        score += 1.0
        aside = [x for x, differ in (
            ("DOIs", _ids_differ(a, b)),
            (f"volumes {a.volume}/{b.volume}", bool(a.volume and b.volume and a.volume != b.volume)),
            (f"pages {a.pages and a.pages[0]}/{b.pages and b.pages[0]}", bool(a.pages and b.pages and not _pages_agree(a, b))),
        ) if differ]
        why.append("same abstract" + (f" (other {', '.join(aside)}: its printing's)" if aside else ""))
    if a.pages and b.pages:
        if _pages_agree(a, b):
            score += 2.0
            why.append("same pages")
        elif not text and a.pages[0][:1].isdigit() == b.pages[0][:1].isdigit():  # 'e12724' or 'a1754' is an article number
            score -= 4.0 if same_venue else 2.0
            why.append(f"pages {a.pages[0]} and {b.pages[0]}")
    if a.volume and b.volume and a.volume != b.volume and a.vtype != "preprint" and b.vtype != "preprint" and not text:
        score -= 4.0  # another volume of one journal: an abstract and the article a year later, a series
        why.append(f"volumes {a.volume} and {b.volume}")
    if t == 0:
        # an untitled record, or titles unlike (a translation, a subtitle added): only a full citation will do
        if not _same_citation(a, b) or s < 0:
            return score, "untitled", "untitled"
        why.insert(0, "same first author, volume and page range")
    return score, "; ".join(w for w in why if w), None


def _early(a: _Facts, b: _Facts) -> bool:
    """One record may be the other's early version (its year a year or two before): a preprint, or a record
    that names no venue and no status beside one that does. Two records that both name nothing are two bare
    titles, neither known to be the early one."""
    if (a.preprint and not a.bare) or (b.preprint and not b.bare):
        return True
    return a.bare != b.bare


def _swapped_words(a: str, b: str) -> str:
    """A word of one title replaced, in its place, by an unrelated word in the other ('adult' / 'pediatric'),
    or ''. Spelling variants ('haemolytic' / 'hemolytic') and words dropped or added are not swaps."""
    from difflib import SequenceMatcher

    from rapidfuzz import fuzz

    wa, wb = a.split(), b.split()
    for op, i1, i2, j1, j2 in SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes():
        if op != "replace" or i2 - i1 != j2 - j1:
            continue
        for x, y in zip(wa[i1:i2], wb[j1:j2], strict=True):
            if x in STOPWORDS or y in STOPWORDS or x.isdigit() or y.isdigit() or len(x) < 3 or len(y) < 3:
                continue
            if fuzz.ratio(x, y) < 75 and x not in y and y not in x:
                return f"{x!r} / {y!r}"
    return ""


def _same_citation(a: _Facts, b: _Facts) -> bool:
    """Same first author, year, volume and a page range of more than one page: one article, however titled
    (a page of abstracts holds many papers, so one page is not enough)."""
    pa = a.pages
    return bool(pa is not None and pa == b.pages and pa[0] != pa[1] and a.volume and a.volume == b.volume
                and not (a.issue and b.issue and a.issue != b.issue)
                and _same_person(a.first, b.first) and (a.year == b.year or a.year is None or b.year is None))


def _ids_differ(a: _Facts, b: _Facts) -> bool:
    return bool(a.ids and b.ids) and any(b.ids.get(k, v) != v for k, v in a.ids.items())


def _conflict(a: _Facts, b: _Facts, threshold: float) -> bool:
    """Two records of the clusters about to join whose own evidence says they are different papers."""
    from rapidfuzz import fuzz

    tsim = 100.0 if a.ck == b.ck else float(fuzz.token_sort_ratio(a.tk, b.tk)) if a.tk and b.tk else 0.0
    score, _, fatal = weigh(a, b, tsim, threshold)
    # no evidence either way is no conflict
    return fatal in ("ids", "issues", "years", "sequel", "swap") or score < 0.0


def _versions(a: _Facts, b: _Facts, tsim: float, threshold: float) -> bool:
    """Two records of one work that are not one record: same specific title and authors, other venue or pages."""
    if a.generic or b.generic or tsim < threshold or not (a.names and b.names):
        return False
    return bool(a.first & b.first) and (a.venue != b.venue or a.pages != b.pages or a.year != b.year)


def _candidates(pubs: Sequence[Publication], facts: _FactsCache, max_group: int = 200) -> list[tuple[int, int, float]]:
    """Pairs (i < j, title similarity) worth weighing: equal titles, alike titles (blocked on rare title words),
    and records with the same first author and first page (titled or not). Sorted by (i, j)."""
    from rapidfuzz import fuzz

    tkeys = [dedupe_title(p.title) if p.title else "" for p in pubs]
    facts.tkeys = tkeys
    first: dict[str, int] = {}
    by_title: dict[str, list[int]] = {}  # only titles read more than once
    for i, tk in enumerate(tkeys):
        if tk and (j := first.setdefault(tk, i)) != i:
            by_title.setdefault(tk, [j]).append(i)
    pairs: dict[tuple[int, int], float] = {}
    for tk, idx in by_title.items():
        if len(set(tk.split()) - STOPWORDS) < 8:
            firsts = [f for i in idx if pubs[i].authors and (f := _name_words(pubs[i].authors[0]))]
            if any(not _same_person(firsts[0], f) for f in firsts[1:]):
                facts.generic.add(tk.replace(" ", ""))  # a short title several first authors gave their papers
        if len(tk) < 8 or len(idx) > max_group:
            continue
        for x, i in enumerate(idx):
            for j in idx[x + 1:]:
                pairs[(i, j)] = 100.0
    # a column's name before a title ('How I did it ... <title>') changes the title's rarest words: look the title
    # up without it
    for i, p in enumerate(pubs):
        if p.title and (rest := _under_head(p.title)) and (under := first.get(rest)) is not None:
            for k in by_title.get(rest, [under]):
                pair = (i, k) if i < k else (k, i)
                facts.headed.add(pair)
                if pair not in pairs:
                    pairs[pair] = float(fuzz.token_sort_ratio(tkeys[i], rest))
    del first
    for i, j, score in _similar_pairs(tkeys):
        pairs.setdefault((i, j), float(score))
    # a full citation: first author's surname and first page (untitled records meet their titled copies here)
    by_cite: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, p in enumerate(pubs):
        if p.pages and p.authors:
            pg = _pages(p.pages)
            if pg is not None:
                for w in _name_words(p.authors[0]):  # each word: 'H. Il Cheong' meets 'H. I. Cheong'
                    by_cite[(w, pg[0])].append(i)
    for idx in by_cite.values():
        if 1 < len(idx) <= 50:
            for x, i in enumerate(idx):
                for j in idx[x + 1:]:
                    if (i, j) not in pairs:
                        a, b = tkeys[i], tkeys[j]
                        pairs[(i, j)] = float(fuzz.token_sort_ratio(a, b)) if a and b else 0.0
    return sorted((i, j, s) for (i, j), s in pairs.items())


def _link_versions(pubs: Sequence[Publication], uf: _UF, out: list[Cluster], groups: dict[int, list[int]],
                   versions: list[tuple[int, int, str]]) -> None:
    """Note on each cluster the other clusters that are versions of it (never merged)."""
    if versions:
        _note_versions(pubs, uf, {root: c.merged for root, c in zip(sorted(groups), out, strict=True)}, versions)


def _note_versions(pubs: Sequence[Publication], uf: _UF, merged_of: dict[int, Publication],
                   versions: list[tuple[int, int, str]]) -> None:
    """Note on each group's merged record (by its root) the records of other groups that are versions of it."""
    for i, j, _why in versions:
        ri, rj = uf.find(i), uf.find(j)
        if ri == rj:
            continue
        for mine, other in ((ri, pubs[j]), (rj, pubs[i])):
            merged = merged_of[mine]
            text = _cite(other)
            if text not in merged.versions:
                merged.versions = (*merged.versions, text)


def _cite(p: Publication) -> str:
    venue = p.venue_raw or ""
    where = ", ".join(x for x in (venue, p.volume and f"vol. {p.volume}", p.pages and f"pp. {p.pages}",
                                  str(p.year) if p.year else "") if x)
    s = p.first_source
    return f"{p.name} ({where}) [{s.path}:{s.line}]" if where else f"{p.name} [{s.path}:{s.line}]"


_NO_WORDS: list[str] = []  # never changed
_NO_WORD_SET: frozenset[str] = frozenset()


def _similar_pairs(tkeys: Sequence[str], cutoff: float = 80, max_block: int = 200) -> list[tuple[int, int, float]]:
    """Pairs of records (i < j) whose title keys score at least `cutoff` (rapidfuzz token_sort_ratio), among
    the records that share a block: a pair of their three rarest title words, or their first word. A block of
    more than `max_block` records (a word pair that common) says nothing. Sorted by (i, j)."""
    from rapidfuzz import fuzz, process

    # a record without a title (a 10-byte `@a{k,}` entry) shares one empty list and one empty set: an empty set of
    # its own is 216 bytes, and these made 60 MB for 150,000 such entries
    split = [k.split() if k else _NO_WORDS for k in tkeys]
    words = [set(ws) - STOPWORDS if ws else _NO_WORD_SET for ws in split]
    df = Counter(itertools.chain.from_iterable(words))
    # words numbered rarest first (ties by spelling), so a record's three rarest are its three smallest numbers
    # (two stable sorts, by spelling then by count, give that order without a Python key function per word)
    order = sorted(df)
    order.sort(key=df.__getitem__)
    rank = {w: r for r, w in enumerate(order)}
    del order
    size = len(rank)
    blocks: dict[int, list[int]] = defaultdict(list)
    for i, ws in enumerate(words):
        if len(ws) < 2:
            if ws and split[i][0] in ws:
                blocks[-1 - rank[split[i][0]]].append(i)
            continue
        r = sorted(map(rank.__getitem__, ws))
        a, b = r[0], r[1]
        blocks[a * size + b].append(i)
        if len(r) > 2:
            c = r[2]
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


# words that make a title's head say the record is about another paper, not that paper: a reply, a comment, a
# correction, a review of a book, an editorial introducing it
_RESPONSE = re.compile(r"\b(?:repl(?:y|ies)|respon\w*|comment\w*|letters?|re|errat\w*|corrigend\w*|correct\w*|"
                       r"retract\w*|rejoinder|discussion|editorial|introduc\w*|preface|foreword|abstracts?|summary|"
                       r"reviews?|review\w*|interview\w*)\b")
_HEADED_MIN = 6  # significant words the title under a head must have (a short one could be anyone's) ...
_HEADED_CHARS = 30  # ... and characters (its last 30 are the blocking key that finds the pair)


# a title's head: two to four words set off by a colon, a dash or an ellipsis ('How I did it ... ', 'Research note: ')
_HEAD = re.compile(r"\s*(\S+(?:\s+\S+){1,3}?)\s*(?::|\.\.\.|\u2026|\s[-\u2013\u2014])\s*")


def _under_head(title: str) -> str:
    """The title key under a magazine column's or a section's name ('How I did it ... Upwork's CEO on how ...'
    gives 'upwork s ceo on how ...'), or '': no head, a head that makes it a reply, comment, correction or review
    of another paper, or a title left too short to be one paper's own."""
    m = _HEAD.match(title)
    if m is None or _RESPONSE.search(m.group(1).lower()):
        return ""
    rest = dedupe_title(title[m.end():])
    return rest if len(rest) >= _HEADED_CHARS and len(set(rest.split()) - STOPWORDS) >= _HEADED_MIN else ""


_SUBTITLE = re.compile(r":|\.\s")  # where a subtitle starts: a colon, or a full stop (MEDLINE writes 'X. A trial')


def _subtitle_dropped(a: str, b: str) -> bool:
    """One title is the other's main title, the subtitle after its colon or full stop dropped (as some databases
    do)."""
    for short, full in ((a, b), (b, a)):
        m = _SUBTITLE.search(full.rstrip(". "))
        if m is not None and not _SUBTITLE.search(short.rstrip(". ")):
            head = title_key(full[:m.start()])
            return len(head) >= 3 and head == title_key(short)
    return False


def _pages_agree(a: _Facts, b: _Facts) -> bool:
    """Both give pages and the same first or last page."""
    return bool(a.pages and b.pages and (a.pages[0] == b.pages[0] or a.pages[1] == b.pages[1]))


def _same_main_title(a: str, b: str) -> bool:
    """'M3IT: A Large-Scale Dataset ...' and 'M³IT: Multi-Modal ... Dataset' share the part before the colon."""
    if ":" not in a or ":" not in b:
        return False
    ha, hb = title_key(a.split(":", 1)[0]), title_key(b.split(":", 1)[0])
    return bool(ha) and ha == hb and len(ha) >= 3


def _ids_compatible(a: Publication, b: Publication) -> bool:
    """Two records with different identifiers of the same kind are different papers (a preprint server's DOI
    beside a journal's is not: one paper's two versions)."""
    for kind in ("doi", "arxiv", "acl"):
        va, vb = a.ids.get(kind), b.ids.get(kind)
        if va and vb and _norm_id(kind, va) != _norm_id(kind, vb):
            if kind == "doi" and is_preprint_doi(va) != is_preprint_doi(vb):
                continue
            return False
    return True


Join = Callable[[int, int, str, float, str], None]


def _page_link_rule(pubs: Sequence[Publication], join: Join) -> None:
    """Join each untitled mention to the entry of the same file that links the same paper's page (a publisher's
    article, a preprint, a PDF), when their years allow it and no identifier tells them apart."""
    if not any(p.kind == "mention" and not p.title and p.urls for p in pubs):
        return
    from .sources.vocab import is_paper_link

    def key(p: Publication, url: str) -> tuple[str, str] | None:
        if not is_paper_link(url):
            return None
        return p.first_source.path, re.sub(r"^https?://(?:www\.)?", "", url.strip().split("#", 1)[0].rstrip("/").lower())

    entries: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, p in enumerate(pubs):
        if p.title and p.kind != "mention" and p.sources:
            for u in p.urls:
                if (k := key(p, u)) is not None and i not in entries[k]:
                    entries[k].append(i)
    for i, p in enumerate(pubs):
        if p.kind != "mention" or p.title or not p.sources:
            continue
        for u in p.urls:
            found = entries.get(key(p, u) or ("", ""), [])
            if len(found) == 1 and _years_ok(p, pubs[found[0]], 1) and _ids_compatible(p, pubs[found[0]]):
                join(found[0], i, "link", 95.0, f"mention {p.label!r} links the paper page of {pubs[found[0]].title!r}")
                break


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
    """Lower is stronger: a structured entry's published venue beats a mention, a venue written but not known (a
    journal the database lacks), a preprint server, or nothing."""
    has = p.venue is not None and p.venue.venue is not None
    preprint = has and p.venue.venue.type == "preprint"  # type: ignore[union-attr]
    method = {"alias": 0, "fuzzy": 1}.get(p.venue.method if p.venue else "", 2)
    rank = 0 if has and not preprint else 1 if not has and p.venue_raw else 2 if has else 3
    return (rank, 0 if p.kind == "entry" else 1, method)


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
            have = out.ids.setdefault(k, v)
            if k == "doi" and have != v and is_preprint_doi(have) != is_preprint_doi(v):
                # a preprint and its published version: the journal's DOI is the paper's, both are kept
                out.ids["doi"], pre = (v, have) if is_preprint_doi(have) else (have, v)
                out.ids.setdefault("preprint_doi", pre)
        for lst_out, lst in ((out.urls, m.urls), (out.awards, m.awards), (out.notes, m.notes), (out.rank_claims, m.rank_claims)):
            lst_out.extend(x for x in lst if x not in lst_out)
        out.sources.extend(x for x in m.sources if x not in out.sources)
        out.entry_type = out.entry_type or m.entry_type
        out.versions += tuple(x for x in m.versions if x not in out.versions)
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


def dedupe_profiles(profiles: Sequence[Sequence[Publication]], threshold: float = DEFAULT_THRESHOLD,
                    overrides: Overrides | None = None) -> list[Cluster]:
    """All papers of many profiles: first each profile's own repeats (looser label rules: one person naming
    their own paper), then the same paper across profiles. Each cluster lists every record read, with the
    rule that joined it; conflicts from both stages are kept."""
    inner: list[Cluster] = []
    for pubs in profiles:
        inner.extend(cluster(list(pubs), DedupeOptions(threshold=threshold, within_profile=True, overrides=overrides)))
    if len(profiles) <= 1:
        return inner  # one profile: nothing across profiles to find
    top = cluster([c.merged for c in inner], DedupeOptions(threshold=threshold, overrides=overrides))
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
    """Merge the records of one profile that name the same paper (publication list, topics list, news): the merged
    records of `cluster`, in its order, with each merge's conflicts as notes.

    Made without the clusters: a record read once (most are) is its own merged record, and a Cluster, its lists
    and a group list for each (about 350 bytes and 1.5 µs a record) were made only to be dropped."""
    pubs = list(pubs)
    with _quiet():
        uf, _, versions = _join(pubs, DedupeOptions(threshold=threshold, within_profile=True))
        roots = [uf.find(i) for i in range(len(pubs))]
        groups: dict[int, list[int]] = {}  # the groups of more than one record, by root (their first record)
        for i, root in enumerate(roots):
            if root != i:
                groups.setdefault(root, [root]).append(i)
        out: list[Publication] = []
        merged_of: dict[int, Publication] = {}
        for i, root in enumerate(roots):
            if root != i:
                continue
            if i not in groups:
                merged = pubs[i]  # a paper read once is its own record
            else:
                merged, conflicts = merge([pubs[j] for j in groups[i]])
                merged.notes.extend(f"conflict: {x}" for x in conflicts if f"conflict: {x}" not in merged.notes)
            out.append(merged)
            if versions:
                merged_of[i] = merged
        if versions:
            _note_versions(pubs, uf, merged_of, versions)
    return out
