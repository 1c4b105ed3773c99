"""`pubnorm check`: findings about venue tags, ranks, tracks, years and entries, each with a stable code.

Checks work on one profile (one file) at a time, on its publications before they are merged, so every
finding points at the line that says the wrong thing. Same-paper checks group a profile's records with the
dedupe rules (`dedupe.cluster`, within-profile mode) and compare the members.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .dedupe import DEFAULT_THRESHOLD, DedupeOptions, cluster
from .diagnostics import CODES as ALL_CODES
from .lazyre import lazy_compile
from .model import THESIS_TYPES, Diagnostic, Profile, Publication, VenueMatch
from .venues import VenueDB, explain

if TYPE_CHECKING:
    from .sources.site import SiteOptions

CODES = {c: v for c, v in ALL_CODES.items() if c.startswith("PN")}  # the check codes (all: diagnostics.CODES)
LOW_CONFIDENCE = 95.0  # fuzzy matches below this score are reported (PN102)
_EDITIONS = {"ccf2022": "CCF 2022", "ccf2026": "CCF 2026", "core2023": "CORE 2023"}


@dataclass(frozen=True)
class CheckOptions:
    """What `check` reports and against what: the CCF edition, --select/--ignore, the year now, the dedupe threshold."""

    ccf_edition: str = "ccf2026"  # which CCF list rank claims are held against (config: ccf-edition)
    select: frozenset[str] = frozenset()  # codes or prefixes to report; empty = all
    ignore: frozenset[str] = frozenset()  # codes or prefixes never to report
    this_year: int = field(default_factory=lambda: datetime.date.today().year)
    threshold: float = DEFAULT_THRESHOLD


def wanted(code: str, options: CheckOptions) -> bool:
    """--select / --ignore: a code or any prefix of it ("PN2" selects every rank check)."""
    if options.select and not any(code.startswith(s) for s in options.select):
        return False
    return not any(code.startswith(s) for s in options.ignore)


# --- inline suppressions -----------------------------------------------------------------------------------

_PRAGMA = lazy_compile(r"pubnorm:\s*ignore(-file)?(?:\[([A-Za-z0-9_,\s]*)\])?")
_ONLY_COMMENT = lazy_compile(r"^\s*(?:<!--.*?-->|%.*|#.*|//.*|\{#.*?#\})\s*$")


@dataclass
class Suppressions:
    """`<!-- pubnorm: ignore[PN201] -->` on a line (or alone on the line above it); `ignore-file[...]` anywhere."""

    lines: dict[int, frozenset[str] | None] = field(default_factory=dict)  # None: every code
    file: frozenset[str] | None = frozenset()

    def hides(self, code: str, line: int) -> bool:
        if self.file is None or any(code.startswith(c) for c in self.file):
            return True
        if line not in self.lines:
            return False
        codes = self.lines[line]
        return codes is None or any(code.startswith(c) for c in codes)


def read_suppressions(text: str) -> Suppressions:
    sup = Suppressions()
    if "pubnorm:" not in text:
        return sup
    lines = text.splitlines()
    file_codes: set[str] | None = set()
    for i, line in enumerate(lines, 1):
        for m in _PRAGMA.finditer(line):
            codes = frozenset(c.strip().upper() for c in (m.group(2) or "").split(",") if c.strip()) or None
            if m.group(1):
                file_codes = None if codes is None or file_codes is None else file_codes | codes
                continue
            targets = [i]
            if _ONLY_COMMENT.match(line):  # a comment on its own line covers the next line with text
                nxt = next((j for j in range(i + 1, len(lines) + 1) if lines[j - 1].strip()), None)
                if nxt:
                    targets.append(nxt)
            for t in targets:
                old = sup.lines.get(t, frozenset())
                sup.lines[t] = None if codes is None or old is None else old | codes
    sup.file = None if file_codes is None else frozenset(file_codes)
    return sup


# --- locating a finding in the file ---------------------------------------------------------------------------


class Locator:
    """Finds the exact line and column of a piece of text near an entry's first line."""

    def __init__(self, text: str):
        self.lines = text.splitlines()

    def find(self, start: int, needles: Iterable[str | None], span: int = 25) -> tuple[int, int]:
        for needle in needles:
            if not needle:
                continue
            probe = needle.strip()[:40]
            for ln in range(max(start, 1), min(start + span, len(self.lines)) + 1):
                col = self.lines[ln - 1].find(probe)
                if col >= 0:
                    return ln, col + 1
        return start, 1


# --- rank claims and venue tags ----------------------------------------------------------------------------------

# a rank claim in any of the ways pages write one: [CCF B], (CCF-A), ", CCF-A," CCF A类, CORE A*, JCR Q1, SCI Q1,
# IF 8.1 (a claim ends where a letter or digit would go on: "CCF-A类" is a claim, "CCF-ABC" is not)
_CLAIM = re.compile(
    r"(?<![A-Za-z0-9])(?:"
    r"CCF\s*[-:：]?\s*(?:rank\s*)?(?P<ccf>A\*?|B|C)(?![A-Za-z0-9*])"
    r"|CORE\s*[-:：]?\s*(?:rank\s*)?(?P<core>A\*|A|B|C)(?![A-Za-z0-9*])"
    r"|(?P<jcrk>JCR|SCIE|SCI|SSCI|CAS|中科院)\s*[-:：]?\s*(?P<jcr>Q[1-4])(?![A-Za-z0-9])"
    r"|(?:IF|Impact\s+Factor)\s*[:：=]?\s*(?P<impact>\d{1,3}(?:\.\d+)?)(?![\d.])"
    r")", re.I)


def read_rank_claims(text: str) -> list[tuple[str, str]]:
    """The rank claims written in text, each as (normalized claim, as written): ("CCF A", "CCF-A类")."""
    out = []
    for m in _CLAIM.finditer(text):
        if m.group("ccf"):
            claim = f"CCF {m.group('ccf').upper()}"
        elif m.group("core"):
            claim = f"CORE {m.group('core').upper()}"
        elif m.group("jcr"):
            kind = m.group("jcrk").upper()
            claim = f"{'CAS' if kind == '中科院' else kind} {m.group('jcr').upper()}"
        else:
            claim = f"IF {m.group('impact')}"
        out.append((claim, m.group(0)))
    return out


def _claims(pub: Publication, m: VenueMatch, loc: Locator | None) -> list[tuple[str, str]]:
    """Every rank claim made for this entry's venue: the parsed ones, and those next to it in the venue text
    or on the venue's line (`**ICDE 2026** [CCF B]`, `*IEEE ICASSP 2026*, CCF-B, 2026.`)."""
    found = {c: c.split()[0] for c in m.parse.rank_claims}
    texts = [pub.venue_raw or ""]
    if loc is not None and pub.venue_raw:
        line, _ = loc.find(pub.first_source.line, [m.parse.text or pub.venue_raw])
        if 0 < line <= len(loc.lines):
            texts.append(loc.lines[line - 1])
    for t in texts:
        for claim, written in read_rank_claims(t):
            found.setdefault(claim, written)
        if found:
            break  # the venue text had them: the rest of its line may belong to another venue
    return list(found.items())


_ABBR = lazy_compile(r"^\s*abbr\s*=\s*[{\"]\s*([^{}\"\n]+?)\s*[}\"]", re.I | re.M)
_BOX = lazy_compile(r"""class\s*=\s*["']paper-box["']""")  # the box itself, not paper-box-text
_BADGE = lazy_compile(r"""class\s*=\s*["'][^"']*\bbadge\b[^"']*["'][^>]*>\s*([^<]{2,80}?)\s*<""", re.I)


def venue_tags(profile: Profile, text: str) -> dict[int, tuple[str, str, int, int]]:
    """Venue claims made by markup, by entry (its index in profile.publications): an al-folio `abbr = {CVPR}`
    field (read from the entry's BibTeX: the record does not carry it) or an acad-homepage badge
    (`<div class="badge">CVPR 2024</div>`) in the entry's paper box. Each as (kind, text, line, column)."""
    out: dict[int, tuple[str, str, int, int]] = {}
    pubs = profile.publications
    if profile.kind == "bibtex":
        for i, pub in enumerate(pubs):
            raw = pub.first_source.raw
            m = _ABBR.search(raw)
            if m:
                start = raw.rfind("\n", 0, m.start(1)) + 1
                out[i] = ("abbr", m.group(1), pub.first_source.line + raw.count("\n", 0, m.start(1)),
                          m.start(1) - start + 1)
        return out
    if "badge" not in text:
        return out
    lines = text.splitlines()
    starts = sorted({p.first_source.line for p in pubs if p.kind == "entry"})
    for i, pub in enumerate(pubs):
        if pub.kind != "entry":
            continue
        first = pub.first_source.line
        top = next((ln for ln in range(first, max(first - 12, 0), -1) if _BOX.search(lines[ln - 1])), first) \
            if 0 < first <= len(lines) else first
        following = [s for s in starts if s > first]
        end = min(following[0] if following else len(lines) + 1, first + 25)
        region = lines[top - 1:end - 1]
        # the next paper box starts a new entry, even before that entry's first line
        for k, ln in enumerate(region[1:], 1):
            if _BOX.search(ln):
                region = region[:k]
                break
        for k, ln in enumerate(region):
            m = _BADGE.search(ln)
            if m:
                out[i] = ("badge", m.group(1), top + k, m.start(1) + 1)
                break
    return out


def _tag_check(pub: Publication, tag: tuple[str, str, int, int], db: VenueDB, add) -> None:  # type: ignore[no-untyped-def]
    kind, written, line, col = tag
    m = pub.venue
    if m is None or m.venue is None:
        return
    tm = db.match(written)
    if tm.venue is None or tm.venue.type == "preprint" or m.venue.type == "preprint" or pub.status == "preprint":
        return  # a tag we cannot read, or an arXiv badge on a published paper: nothing to hold against
    if (tm.venue.track_of or tm.venue.id) == _family(m):
        return
    what = f"abbr = {{{written}}}" if kind == "abbr" else f"the badge {written!r}"
    add("PN203", pub, f"{what} names {tm.venue.label} ({tm.venue.name}), but the entry's venue is "
        f"{pub.venue_raw!r} ({m.venue.label}); fix the {kind} or the venue", at=(line, col))


# --- the checks -------------------------------------------------------------------------------------------------


def check_profile(profile: Profile, db: VenueDB, options: CheckOptions, text: str = "") -> list[Diagnostic]:
    """Every finding for one profile, suppressions applied, sorted by position."""
    loc = Locator(text)
    sup = read_suppressions(text)
    out: list[Diagnostic] = []

    def add(code: str, pub: Publication, message: str, needles: Sequence[str | None] = (),
            at: tuple[int, int] | None = None) -> None:
        if not wanted(code, options):
            return
        src = pub.first_source
        line, col = at or (loc.find(src.line, [*needles, pub.venue_raw, src.raw]) if text else (src.line, 1))
        if sup.hides(code, line) or sup.hides(code, src.line):
            return
        out.append(Diagnostic(code, CODES[code][0], message, profile.path, line, col))

    tags = venue_tags(profile, text)
    for i, pub in enumerate(profile.publications):
        _venue_checks(pub, db, options, add, loc if text else None)
        if i in tags:
            _tag_check(pub, tags[i], db, add)
        _year_checks(pub, options, add)
    clusters = cluster(profile.publications, DedupeOptions(threshold=options.threshold, within_profile=True))
    def at(pub: Publication) -> int:
        return loc.find(pub.first_source.line, [pub.venue_raw])[0] if text else pub.first_source.line

    for c in clusters:
        _entry_checks(c.merged, c.members, add)
        if len(c.members) > 1:
            _same_paper_checks(c.members, add, at)
    return sorted(set(out), key=lambda d: d.sort_key())


# a suggestion for an unknown venue must be close as a whole (a typo, a word missing): below, none is named
SUGGEST_SCORE = 80


def _venue_checks(pub: Publication, db: VenueDB, options: CheckOptions, add, loc: Locator | None = None) -> None:  # type: ignore[no-untyped-def]
    m = pub.venue
    if m is None or not pub.venue_raw:
        return
    if m.method == "none" and m.parse.text and pub.status not in ("preprint", "technical report", "working paper") \
            and pub.venue_raw not in (pub.school, pub.institution) and pub.entry_type not in THESIS_TYPES:
        # (a thesis's university is no venue to add: a .bib's school, or what a page names after "PhD thesis")
        close = ", ".join(f"{db.venues[v].label} ({s:.0f})" for v, s in explain(db, m.parse.text, 3, min_score=SUGGEST_SCORE))
        add("PN101", pub, f"unknown venue {m.parse.text!r}" + (f"; closest: {close}" if close else "")
            + " (add it with a venues overlay if it is right)")
    elif m.method == "ambiguous":
        names = ", ".join(f"{v.name} [{v.id}]" for vid in m.candidates if (v := db.get(vid)) is not None)
        add("PN103", pub, f"{m.parse.text!r} names several venues: {names}; write the full name")
    elif m.method == "fuzzy" and m.score < LOW_CONFIDENCE and m.venue is not None:
        add("PN102", pub, f"{m.parse.text!r} was taken for {m.venue.label} ({m.venue.name}), a fuzzy match "
            f"scoring {m.score:.0f}: check the spelling")
    for claim, written in _claims(pub, m, loc):
        _rank_check(pub, m, claim, options, add, written)


def _rank_check(pub: Publication, m: VenueMatch, claim: str, options: CheckOptions, add,  # type: ignore[no-untyped-def]
                written: str = "") -> None:
    v = m.venue
    kind, _, value = claim.partition(" ")
    if v is None or kind not in ("CCF", "CORE"):
        return  # JCR / CAS quartiles: venues.yaml carries no such data, so there is nothing to hold them against
    needle = [written or claim.split()[0], claim.split()[0]]
    if m.at_workshop:
        add("PN202", pub, f"claims {claim}, but this is a workshop at {v.label}; a workshop paper does not carry "
            f"{v.label}'s rank", needle)
        return
    edition = options.ccf_edition if kind == "CCF" else "core2023"
    actual = v.rank(edition)
    if v.track_of and actual is None:
        add("PN202", pub, f"claims {claim}, but {v.label} has no {kind} rank of its own (the list ranks the main "
            f"conference, not this track)", needle)
        return
    if actual is None:
        other = [f"{_EDITIONS[e]}: {r}" for e, r in v.ranks if e.startswith(kind.lower()) and e != edition]
        add("PN202", pub, f"claims {claim}, but {_EDITIONS[edition]} does not rank {v.label}"
            + (f" ({'; '.join(other)})" if other else ""), needle)
        return
    if actual.upper() == value.upper():
        return
    msg = f"claims {claim}, but {_EDITIONS[edition]} ranks {v.label} {kind} {actual}"
    if kind == "CCF":
        other_ed = "ccf2022" if edition == "ccf2026" else "ccf2026"
        other_rank = v.rank(other_ed)
        if other_rank and other_rank.upper() == value.upper():
            msg += f" ({claim} is right under {_EDITIONS[other_ed]}; ccf-edition selects the list)"
        elif other_rank and other_rank != actual:
            msg += f" ({_EDITIONS[other_ed]}: {other_rank})"
    add("PN201", pub, msg, needle)


def _year_checks(pub: Publication, options: CheckOptions, add) -> None:  # type: ignore[no-untyped-def]
    if pub.year is not None and pub.year > options.this_year + 1:
        add("PN401", pub, f"year {pub.year} is after next year ({options.this_year + 1})", [str(pub.year)])


def _entry_checks(merged: Publication, members: Sequence[Publication], add) -> None:  # type: ignore[no-untyped-def]
    entries = [p for p in members if p.kind == "entry"]
    if not entries:
        return  # a paper only mentioned in news or prose is not an entry of the list
    first = entries[0]
    if not merged.title and (merged.venue_raw or merged.authors):
        add("PN402", first, f"{merged.label or 'this entry'!r} has no title on the page (only a short name)",
            [merged.label])
    has_venue = merged.venue is not None and (merged.venue.venue is not None or merged.venue.method == "ambiguous")
    if not has_venue and not merged.venue_raw and merged.status == "unknown" and not merged.ids.get("arxiv") \
            and merged.authors:
        add("PN403", first, f"{_short(merged.name)!r} gives neither a venue nor a status (preprint, under review, "
            "accepted, ...)", [merged.title])
    listed = [p for p in entries if p.title]
    by_section: dict[str | None, list[Publication]] = {}
    for p in listed:
        by_section.setdefault(p.section, []).append(p)
    for group in by_section.values():
        for dup in group[1:]:
            add("PN404", dup, f"{_short(dup.name)!r} is listed again (first at line {group[0].first_source.line})",
                [dup.title])


def _family(m: VenueMatch) -> str:
    v = m.venue
    assert v is not None
    return v.track_of or v.id


def _track(m: VenueMatch) -> str:
    v = m.venue
    assert v is not None
    if m.at_workshop:
        return "a workshop"
    return f"the {v.track} track" if v.track_of else "the main conference"


def _same_paper_checks(members: Sequence[Publication], add, at) -> None:  # type: ignore[no-untyped-def]
    matched = [p for p in members if p.venue is not None and p.venue.venue is not None
               and p.venue.venue.type != "preprint" and p.status != "preprint"]
    if len(matched) < 2:
        return
    # the reference: the publication-list entry with a title (the fullest statement), else the first
    ref = max(matched, key=lambda p: (p.kind == "entry", bool(p.title), -members.index(p)))
    rm = ref.venue
    assert rm is not None and rm.venue is not None
    where = f"line {at(ref)} says {ref.venue_raw!r}"
    for p in matched:
        if p is ref:
            continue
        pm = p.venue
        assert pm is not None and pm.venue is not None
        name = _short(ref.name)
        if _family(pm) == _family(rm) and (pm.venue.id != rm.venue.id or pm.at_workshop != rm.at_workshop):
            add("PN301", p, f"{p.venue_raw!r} says {_track(pm)}, but {where} ({_track(rm)}) for the same paper: {name!r}")
        elif _family(pm) != _family(rm):
            add("PN302", p, f"{p.venue_raw!r} is {pm.venue.label}, but {where} ({rm.venue.label}) for the same paper: "
                f"{name!r}")
        if _family(pm) == _family(rm) and p.year and ref.year and p.year != ref.year \
                and p.year_source == "text" and ref.year_source == "text":
            add("PN303", p, f"year {p.year} here, but {where} ({ref.year}) for the same paper: {name!r}", [str(p.year)])


def _short(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


# --- a whole run ------------------------------------------------------------------------------------------------


@dataclass
class CheckResult:
    """The findings of one check run and what was checked (files, entries, files holding a publication)."""

    findings: list[Diagnostic]
    files: int
    entries: int
    sources: int = 0  # files in which at least one publication was found

    def summary(self) -> dict[str, int]:
        return {"errors": self.errors, "warnings": self.warnings, "files": self.files, "sources": self.sources,
                "entries": self.entries}

    @property
    def errors(self) -> int:
        return sum(1 for d in self.findings if d.severity == "error")

    @property
    def warnings(self) -> int:
        return sum(1 for d in self.findings if d.severity == "warning")


def check_profiles(profiles: Sequence[Profile], db: VenueDB, options: CheckOptions = CheckOptions()) -> CheckResult:
    """Every finding for profiles already read (pure: no I/O); input problems of the reading are findings too.

    `profiles` from `pubnorm.read` carry the diagnostics of every input (`profiles.diagnostics`, the unreadable
    files' included); a plain list contributes each profile's own."""
    read_diags = getattr(profiles, "diagnostics", None)
    if read_diags is None:
        read_diags = [d for prof in profiles for d in prof.diagnostics]
    findings = [d for d in read_diags if d.severity in ("error", "warning") and wanted(d.code, options)]
    for prof in profiles:
        findings += check_profile(prof, db, options, prof.text)
    entries = sum(1 for prof in profiles for p in prof.publications if p.kind == "entry")
    files = getattr(profiles, "files", None)
    return CheckResult(sorted(findings, key=lambda d: d.sort_key()), len(files) if files is not None else len(profiles),
                       entries, sum(1 for prof in profiles if prof.publications))


def check(paths: Sequence[str | Path], db: VenueDB, options: CheckOptions = CheckOptions(), max_bytes: int | None = None,
          jobs: int = 1, extractor: str = "crf", site: SiteOptions | None = None) -> CheckResult:
    """Read the inputs (nothing merged) and check them: `pubnorm.read` then `check_profiles`."""
    from .api import read

    profiles = read(paths, db, max_bytes=max_bytes, jobs=jobs, extractor=extractor, merge_within=False, keep_text=True,
                    site=site)
    return check_profiles(profiles, db, options)
