"""The Python API: everything the command line does, as plain functions (`import pubnorm`).

    db = pubnorm.load_venues()                      # the venue database (no global one: pass it on)
    profiles = pubnorm.read(["site/"], db)          # one Profile per input file
    clusters = pubnorm.dedupe(profiles)             # the same paper across (and within) profiles
    text, problems = pubnorm.write_bibtex([c.merged for c in clusters])
    result = pubnorm.check(profiles, db)            # findings; no I/O

Only `load_venues`, `load_config`, `read` and `write_output` touch files. Problems in the inputs are
`Diagnostic` values (on `profiles.diagnostics`); problems that stop a run raise `PubnormError`.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from .diagnostics import SCHEMA_VERSION, PubnormError, UsageError, closest, did_you_mean
from .model import Cluster, Diagnostic, Profile, Publication, VenueMatch

if TYPE_CHECKING:
    from .checks import CheckOptions, CheckResult
    from .config import Config
    from .overrides import Overrides
    from .sources.site import SiteOptions
    from .venues import VenueDB

__all__ = ["Profiles", "Written", "check", "dedupe", "find_overrides", "load_config", "load_venues", "match_venue",
           "read", "site_options", "write_bibtex", "write_csv", "write_json", "write_output"]

# the extensions a site folder is searched for (an input named explicitly is read whatever its name)
SOURCE_EXTENSIONS = (".md", ".markdown", ".qmd", ".html", ".htm", ".bib")


class Profiles(list[Profile]):
    """What `read` returns: the profiles (one per readable input file, in input order), plus every input
    diagnostic (`diagnostics`, from all files, with the unreadable ones) and the files found (`files`)."""

    def __init__(self, profiles: Iterable[Profile] = (), diagnostics: Iterable[Diagnostic] = (),
                 files: Iterable[Path] = ()):
        super().__init__(profiles)
        self.diagnostics = list(diagnostics)
        self.files = list(files)

    @property
    def has_errors(self) -> bool:
        return any(d.severity == "error" for d in self.diagnostics)

    @property
    def publications(self) -> list[Publication]:
        return [p for prof in self for p in prof.publications]


class Written(NamedTuple):
    """A writer's text and the problems it met (a record without a title, ...)."""

    text: str
    diagnostics: list[Diagnostic]


# --- files in ----------------------------------------------------------------------------------------------------


def load_venues(overlays: Sequence[str | Path] = (), *, fuzzy_cutoff: float | None = None,
                cache_dir: str | Path | None = None) -> VenueDB:
    """The shipped venue database with the overlay files merged over it; PubnormError (with every problem of a
    broken overlay, each with its line) when it cannot be loaded."""
    from .files import file_kind
    from .venues import VenueDBError
    from .venues import load_venues as _load

    for f in overlays:  # only regular files: a FIFO would hang the load, a folder would end it in a traceback
        try:
            mode = os.stat(f).st_mode
        except OSError:
            continue  # a missing file is reported by the loader (V000)
        if not stat.S_ISREG(mode):
            raise UsageError(f"venue file {f} is {file_kind(mode)}, not a regular file (check --venues, or "
                             "'venues' in the configuration)", code="U108")
    try:
        db = _load([Path(f) for f in overlays], cache_dir=Path(cache_dir) if cache_dir else None)
    except VenueDBError as e:
        raise PubnormError("the venue database cannot be loaded (fix the file above, or drop --venues)",
                           code="U108", problems=e.problems) from None
    if fuzzy_cutoff is not None:
        db.fuzzy_cutoff = fuzzy_cutoff
    return db


def load_config(paths: Sequence[str | Path]) -> Config:
    """The project configuration (.pubnorm.yaml or [tool.pubnorm]) for these inputs; PubnormError if invalid."""
    from .config import load_config as _load

    return _load([Path(p) for p in paths])


def site_options(config: Config | None = None, *, include: Sequence[str] | None = None,
                 exclude: Sequence[str] | None = None, drafts: bool = False, keep_samples: bool = False) -> SiteOptions:
    """Which files of a site are read: the given globs and switches over the configuration's keys (`include`
    given replaces the configured one; `exclude` globs add to it; `drafts`/`keep_samples` either turns on)."""
    from .sources.site import SiteOptions

    if config is None:
        return SiteOptions(include=tuple(include or ()), exclude=tuple(exclude or ()), drafts=drafts,
                           keep_samples=keep_samples)
    return SiteOptions(include=tuple(include or config.include), exclude=(*config.exclude, *(exclude or ())),
                       drafts=drafts or config.drafts, keep_samples=keep_samples or config.keep_samples)


def discover(paths: Sequence[str | Path], site: SiteOptions | None = None) -> tuple[list[Path], list[Diagnostic]]:
    """The source files named by these paths (site folders searched), sorted per folder, each once; the files
    left out (talks, posts, drafts, --include/--exclude) are I3xx notes.

    UsageError (exit 2) for a path that does not exist (naming the closest names beside it) and for a folder
    holding no publication source at all; an unreadable path is an E101 diagnostic."""
    from .pipeline import discover as _discover

    files: list[Path] = []
    diags: list[Diagnostic] = []
    seen: set[str] = set()
    noted: set[tuple[str, str]] = set()
    for raw in paths:
        p = Path(raw)
        try:
            st = os.stat(p)
        except FileNotFoundError:
            raise UsageError(f"{p}: no such file or directory{_near(p)}", code="U101") from None
        except OSError:
            st = None  # reported (E101) by discovery
        found, ds = _discover([p], site)
        if st is not None and stat.S_ISDIR(st.st_mode) and not found and not ds:
            raise UsageError(f"{p}: no publication source in this folder (searched for "
                             f"{', '.join(SOURCE_EXTENSIONS)} files, theme and build folders skipped); "
                             "name the folder or files that hold the publication list", code="U102")
        for d in ds:  # a file left out under two of the paths given is noted once
            note = (d.code, os.path.realpath(d.path) if d.path else "")
            if note not in noted:
                noted.add(note)
                diags.append(d)
        for f in found:
            key = os.path.realpath(f)
            if key not in seen:
                seen.add(key)
                files.append(f)
    return files, diags


def sections_summary(notes: Sequence[Diagnostic]) -> Diagnostic | None:
    """One note (I210) counting the files some of whose sections were read as no papers' (talks, teaching,
    service), for files not named on the command line (each named file's own note lists its sections)."""
    if not notes:
        return None
    files = len({d.path for d in notes})
    return Diagnostic("I210", "info", f"{files} file(s) have sections not read as papers (talks, teaching, service; "
                      "name a file to list them)", "", 0)


def skipped_summary(notes: Sequence[Diagnostic]) -> Diagnostic | None:
    """One note (I300) counting the files left out of a site by why ("12 file(s) skipped as no publication
    source: 5 post, 4 talk, ..."), or None when there are none."""
    from collections import Counter

    why: Counter[str] = Counter()
    for d in notes:
        why[d.message.removeprefix("skipped: ").removeprefix("not a publication source: ").split(" (")[0]] += 1
    if not why:
        return None
    parts = ", ".join(f"{n} {w}" for w, n in sorted(why.items(), key=lambda x: (-x[1], x[0])))
    return Diagnostic("I300", "info", f"{sum(why.values())} file(s) skipped as no publication source: {parts} "
                      "(--include GLOB, --drafts read them)", "", 0)


def _near(p: Path) -> str:
    """"; closest: a, b" for a path that does not exist: the nearest names in the folder it names."""
    parent = p.parent if str(p.parent) else Path(".")
    try:
        names = os.listdir(parent)
    except OSError:
        return ""
    near = closest(p.name, names)
    return f"; closest: {', '.join(str(parent / n) if str(parent) != '.' else n for n in near)}" if near else ""


def read(paths: Sequence[str | Path], db: VenueDB, *, max_bytes: int | None = None, jobs: int = 1,
         extractor: str = "crf", merge_within: bool = True, keep_text: bool = False,
         threshold: float | None = None, site: SiteOptions | None = None,
         progress: Callable[[int], None] | None = None) -> Profiles:
    """Every input file read into a Profile (site folders searched; `site`: which files of a site, see
    `site_options`). Content problems are diagnostics, and so are the files left out (I3xx notes);
    `merge_within` merges a paper named twice on one page; `keep_text` keeps each file's text (for `check`)."""
    from .dedupe import DEFAULT_THRESHOLD
    from .pipeline import AUTO_MIN_FILES, Options, read_all
    from .sources.reader import BIB_EXT
    from .sources.site import SiteOptions

    if extractor not in ("rules", "crf"):
        raise UsageError(f"extractor: 'rules' or 'crf', not {extractor!r}", code="U105")
    site = site or SiteOptions()
    files, diags = discover(paths, site)
    if jobs == 0 and len(files) < AUTO_MIN_FILES and not any(f.suffix.lower() in BIB_EXT for f in files):
        jobs = 1  # what auto_jobs would answer, without importing the BibTeX reader to ask (start-up of check)
    opts = Options(max_bytes=max_bytes, merge_within=merge_within, keep_text=keep_text, jobs=jobs,
                   extractor=extractor, site=site, threshold=DEFAULT_THRESHOLD if threshold is None else threshold)
    profiles, read_diags = read_all(files, db, opts, progress)
    return Profiles(profiles, diags + read_diags, files)


# --- pure stages ---------------------------------------------------------------------------------------------------


def match_venue(text: str, db: VenueDB, *, field: bool = True) -> VenueMatch:
    """The venue a string names (with its year, track, awards, status and rank claims split off). `field` (the
    default): the string is known to be written where a venue goes, so a journal named by one common word
    ("Neuron") is found; false: the string may be any text, as a word in running text is read."""
    return db.match(text, field=field)


def dedupe(records: Sequence[Profile] | Sequence[Publication] | Sequence[Sequence[Publication]],
           threshold: float | None = None, *, overrides: Overrides | None = None) -> list[Cluster]:
    """Group the records that are the same paper; each Cluster has its members, the merged record, the rule
    and evidence of every merge, and conflicts. Profiles (or lists of records) are deduplicated across and
    within; a flat list of records is taken as one list. `overrides` (see `find_overrides`) join or keep
    apart the records a person named, whatever the evidence says."""
    from .dedupe import DEFAULT_THRESHOLD, dedupe_profiles

    groups: list[list[Publication]]
    if records and isinstance(records[0], Profile):
        groups = [list(p.publications) for p in records]  # type: ignore[union-attr]
    elif records and isinstance(records[0], Publication):
        groups = [list(records)]  # type: ignore[arg-type]
    else:
        groups = [list(g) for g in records]  # type: ignore[arg-type]
    return dedupe_profiles(groups, DEFAULT_THRESHOLD if threshold is None else threshold, overrides)


def find_overrides(paths: Sequence[str | Path]) -> tuple[Overrides | None, list[Diagnostic]]:
    """The overrides kept beside these inputs (pubnorm-overrides.yaml in each folder given or holding a file
    given), or None; a file that cannot be used is an E150 error and is left out. `overrides.report(records)`
    lists each use and each reference that names no record."""
    from .overrides import OverridesError, load_overrides
    from .overrides import find_overrides as _find

    found = _find(paths)
    if not found:
        return None, []
    try:
        return load_overrides(found), []
    except OverridesError as e:
        return None, [Diagnostic("E150", "error", str(e), str(found[0]), 0)]


def check(profiles: Sequence[Profile], db: VenueDB, options: CheckOptions | None = None) -> CheckResult:
    """Findings about venue tags, rank claims, tracks, years and entries of profiles read with `keep_text=True`
    (without the text, findings point at entries' first lines and inline suppressions are not seen)."""
    from .checks import CheckOptions, check_profiles

    return check_profiles(profiles, db, options or CheckOptions())


def owners(profiles: Iterable[Profile]) -> dict[str, str]:
    """file -> the owner of the page (the person whose homepage it is), for the profiles that name one."""
    return {p.path: p.owner for p in profiles if p.owner}


# --- writers --------------------------------------------------------------------------------------------------------


def write_json(records: Sequence[Publication], clusters: Sequence[Cluster] | None = None, *,
               rekey: bool = False) -> str:
    """The records as a JSON document: `{"schema_version": 1, "records": [...]}`, one record per line;
    `rekey` makes new keys for every record (default: the keys a .bib gave are kept)."""
    return "".join(json_chunks(records, clusters, rekey=rekey))


def json_chunks(records: Sequence[Publication], clusters: Sequence[Cluster] | None = None, *,
                rekey: bool = False) -> Iterator[str]:
    """write_json's text in pieces, a record at a time (for write_output: the text is never held whole)."""
    from .writers.jsonout import json_chunks as _chunks

    yield f'{{"schema_version": {SCHEMA_VERSION}, "records": '
    for chunk in _chunks(records, clusters, rekey=rekey):
        yield chunk.removesuffix("\n")  # the array's last line ends the document's: "]}\n"
    yield "}\n"


def write_csv(records: Sequence[Publication], owners: dict[str, str] | None = None, *, rekey: bool = False) -> str:
    """The records as CSV (fixed header, formulas neutralized); `owners` (file -> name) fills `owners`."""
    from .writers.csvout import write_csv as _write

    return _write(records, rekey=rekey, owners=owners)


_WRITER_CODES = (("left out", "W302"), ("written with a note", "W301"), ("no ASCII spelling", "W303"))


def write_bibtex(records: Sequence[Publication], *, ascii: bool = False, untitled: str = "note",
                 rekey: bool = False) -> Written:
    """The records as BibTeX (parsed back by bibtexparser and pubnorm as the same records), and the problems
    met: a record without a title is written with a note (W301) or, with untitled="skip", left out (W302);
    with `ascii`, characters that have no ASCII spelling are kept and named (W303). The keys a .bib gave are
    kept unless `rekey`."""
    from .writers.bibtex import write_bibtex as _write

    if untitled not in ("note", "skip"):
        raise UsageError(f"untitled: 'note' or 'skip', not {untitled!r}", code="U105")
    text, warnings = _write(records, ascii=ascii, untitled=untitled, rekey=rekey)
    return Written(text, [_writer_diagnostic(w) for w in warnings])


def _writer_diagnostic(warning: str) -> Diagnostic:
    """A writer's "path:line: message" warning as a Diagnostic."""
    path, line, message = "", 0, warning
    head, sep, rest = warning.partition(": ")
    if sep and ":" in head and head.rsplit(":", 1)[1].isdigit():
        path, line_s = head.rsplit(":", 1)
        line, message = int(line_s), rest
    code = next((c for words, c in _WRITER_CODES if words in message), "W301")
    return Diagnostic(code, "warning", message, path, line, 0)


def write_output(path: str | Path, text: str | Iterable[str]) -> None:
    """Write text (or its pieces, as they come) to a file atomically (or through a FIFO, pipe or /dev/stdout);
    PubnormError if it cannot be."""
    from .writers import OutputError
    from .writers import write_output as _write

    try:
        _write(path, text)
    except OutputError as e:
        raise PubnormError(str(e), code="U107") from None
    except OSError as e:
        raise PubnormError(f"cannot write {path}: {e.strerror or e}", code="U107") from None


def venue_ranks(venue: Any) -> dict[str, str]:
    """A venue's ranks by edition ({"ccf2022": "A", "ccf2026": "A", "core2023": "A*"})."""
    return dict(venue.ranks)


def check_choice(value: str, choices: Iterable[str], what: str) -> str:
    """value if it is one of choices; else a UsageError naming the closest."""
    choices = list(choices)
    if value in choices:
        return value
    raise UsageError(f"unknown {what} {value!r}" + did_you_mean(value, choices, f"{what}s"), code="U105")


# --- reports and venue tools (what the command line prints) -------------------------------------------------------


def dedupe_report(clusters: Sequence[Cluster], show_all: bool = False) -> dict[str, Any]:
    """Which records are the same paper, as a JSON-ready document (`schema_version`, `records`, `papers`,
    `clusters`: every member as written with its file, line, rule, score and evidence, and conflicts)."""
    from .records import dedupe_report as _report

    return {"schema_version": SCHEMA_VERSION, **_report(clusters, show_all=show_all)}


def write_table(profiles: Sequence[Profile]) -> str:
    """A readable table of each profile's publications (line, year, venue, title)."""
    from .records import make_keys
    from .writers.table import write_table as _write

    return _write(profiles, make_keys)


def explain_venue(text: str, db: VenueDB, limit: int = 5) -> list[tuple[str, float]]:
    """The closest venues to a string: (id, score), best first."""
    from .venues import explain

    return explain(db, text, limit)


def venue_as_dict(venue: Any) -> dict[str, Any]:
    from .venues import as_dict

    return as_dict(venue)


def venue_types() -> list[str]:
    from .venues import TYPES

    return sorted(TYPES)


RANK_EDITIONS = {"ccf": "ccf2026", "core": "core2023"}  # an edition named without a year: the latest list


def list_venues(db: VenueDB, *, rank: str | None = None, type: str | None = None, layer: str = "top") -> list[Any]:
    """The venues of a layer ("top": venues.yaml and overlays, "journals", "all"), filtered by rank
    ("ccf:A", "core2023:A*") and type; UsageError naming the closest valid value for an unknown one."""
    editions = sorted({e for v in db.venues.values() for e, _ in v.ranks})
    want = None
    if rank:
        if ":" not in rank:
            raise UsageError(f"--rank takes EDITION:RANK, e.g. ccf:A or core2023:A* (not {rank!r}; editions: "
                             f"{', '.join([*RANK_EDITIONS, *editions])})", code="U105")
        ed, r = rank.split(":", 1)
        ed = RANK_EDITIONS.get(ed.strip().lower(), ed.strip().lower())
        check_choice(ed, [*editions, *RANK_EDITIONS], "rank edition")
        values = sorted({x for v in db.venues.values() for e, x in v.ranks if e == ed})
        want = (ed, check_choice(r.strip().upper(), values, f"{ed} rank"))
    if type is not None:
        check_choice(type, venue_types(), "venue type")
    check_choice(layer, ["top", "journals", "all"], "layer")
    journals = db.journal_layer()
    pool = [] if layer == "journals" else sorted(db.venues.values(), key=lambda v: v.id)
    if layer != "top" and journals is not None and want is None and type in (None, "journal", "conference"):
        # journals carry no ranks; the layer's series of proceedings (LNCS, Proc. SPIE) are conferences'
        pool = sorted([*pool, *journals], key=lambda v: v.id)
    return [v for v in pool if (type is None or v.type == type) and (want is None or v.rank(want[0]) == want[1])]


def validate_venue_files(files: Sequence[str | Path] = ()) -> list[Diagnostic]:
    """Every problem of venue files (default: the shipped venues.yaml and the journal layer under it), each
    with its line and its registered severity (V011, a venue known by its name only, is a note)."""
    from dataclasses import replace

    from .diagnostics import severity
    from .journals import JournalLayer, JournalLayerError, default_journals_path, validate_journals
    from .venues import VenueDBError, default_venues_path, parse_venue_file, validate

    paths = [Path(f) for f in files] or [default_venues_path()]
    problems: list[Diagnostic] = []
    abbreviated: frozenset[str] = frozenset()  # venues the journal layer carries abbreviations for (no V011)
    if not files:
        try:
            problems.extend(validate_journals(default_journals_path(), parse_venue_file(paths[0])[0]))
            abbreviated = JournalLayer(default_journals_path()).absorbed()
        except (JournalLayerError, VenueDBError) as e:
            raise PubnormError(str(e), code="U108") from None
    for f in paths:
        try:
            vs, ps = parse_venue_file(f)
        except VenueDBError as e:
            problems.extend(e.problems)
            continue
        except OSError as e:
            raise PubnormError(f"cannot read {f}: {e.strerror or e}", code="U108") from None
        problems.extend(ps + validate(vs, str(f), abbreviated))
    return [replace(p, severity=severity(p.code)) if p.code in ("V011",) else p for p in problems]
