"""The pipeline as plain functions: find inputs, read profiles, merge within and across profiles."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from .dedupe import DEFAULT_THRESHOLD, dedupe_profiles, merge_within
from .lazyre import lazy_compile
from .model import Cluster, Diagnostic, Profile, Publication
from .sources.datafile import DATA_NAME, LIST_NAME
from .sources.reader import (
    ASCIIDOC_EXT,
    BIB_EXT,
    DATA_EXT,
    HTML_EXT,
    JEMDOC_EXT,
    MARKDOWN_EXT,
    ORG_EXT,
    PUG_EXT,
    RST_EXT,
    SCRIPT_EXT,
    SERVER_EXT,
    InputError,
    ReadOptions,
    read_profile,
)
from .sources.site import SiteOptions
from .venues import VenueDB

if TYPE_CHECKING:
    from .overrides import Overrides

# Folders that only hold the theme, build output or assets. Folders of content (`_talks/`, `content/post/`) are
# walked: what each page is comes from what it says (sources/site.py).
_SKIP_DIRS = {".git", "node_modules", "_site", "vendor", "_layouts", "_includes", "_sass", "assets", "static", "public",
              "themes", "resources", ".github", "__pycache__", ".venv", "venv", "layouts", "archetypes",
              "images", "img", "css", "js", "fonts", "files", "site-packages"}
# a script or component of a site's code named for its publication list, anywhere in the site
_SCRIPT_NAME = lazy_compile(LIST_NAME + r"[a-z]+$", re.I)
_SKIP_FILES = lazy_compile(r"^(?:readme|license|changelog|contributing|code_of_conduct|404|gemfile|_config)(?:\.|$)", re.I)


@dataclass(frozen=True)
class Options:
    """How inputs are read and merged (size limit, threshold, workers, extractor, site selection, overrides)."""

    max_bytes: int | None = None  # largest file read; None: the default for its kind (see reader.size_limit)
    threshold: float = DEFAULT_THRESHOLD
    merge_within: bool = True
    keep_text: bool = False
    jobs: int = 1  # worker processes for reading (output is the same for any number); 0: as many as pay off
    extractor: str = "crf"  # how entries inside a block are read: "rules" or "crf" (sources/labeller.py)
    site: SiteOptions = field(default_factory=SiteOptions)  # --include / --exclude / --drafts / --keep-samples
    overrides: tuple[Path, ...] = ()  # overrides files besides those found beside the inputs (overrides.py)


# --jobs 0 (the command line's default) starts workers only where they pay for their start-up: many files,
# or one .bib big enough to be read in pieces
AUTO_MIN_FILES = 64


def auto_jobs(files: Sequence[Path]) -> int:
    """Worker processes worth starting for these files: the usable CPUs (at most 8), or 1."""
    from .sources.bibtex import PARALLEL_MIN_BYTES

    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cpus = os.cpu_count() or 1
    cpus = min(cpus, 8)
    if cpus < 2:
        return 1
    if len(files) >= AUTO_MIN_FILES:
        return cpus
    for f in files:
        try:
            if f.suffix.lower() in BIB_EXT and f.stat().st_size >= PARALLEL_MIN_BYTES:
                return cpus
        except OSError:
            continue
    return 1


@dataclass
class Result:
    """What a run produced: profiles (per file), merged publications, clusters, and every diagnostic."""

    profiles: list[Profile] = field(default_factory=list)
    publications: list[Publication] = field(default_factory=list)
    clusters: list[Cluster] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)  # every input file found (read or not)

    @property
    def has_errors(self) -> bool:
        return any(d.severity == "error" for d in self.diagnostics)


def discover(paths: Sequence[str | Path], site: SiteOptions | None = None) -> tuple[list[Path], list[Diagnostic]]:
    """Expand files and site folders into the source files to read, sorted, each once. Files that are no
    publication source (talks, posts, drafts, excluded by a glob) are left out with an info diagnostic."""
    from .sources.site import Selection, select

    site = site or SiteOptions()
    selection = Selection(site.include, site.exclude)
    files: list[Path] = []
    diags: list[Diagnostic] = []
    seen: set[str] = set()
    for raw in paths:
        p = Path(raw)
        try:
            st = os.stat(p)
        except FileNotFoundError:
            diags.append(Diagnostic("E100", "error", "no such file or directory", str(p), 1))
            continue
        except OSError as e:  # a name too long, a symlink loop, no permission: as for a file in a folder
            diags.append(Diagnostic("E101", "error", f"cannot read: {e.strerror or e}", str(p), 1))
            continue
        found = _walk_site(p, diags) if stat.S_ISDIR(st.st_mode) else [p]
        for f in found:
            key = os.path.realpath(f)
            if key in seen:
                continue
            seen.add(key)
            rel = str(f.relative_to(p)) if f != p else str(f)
            skip = select(f, rel, selection, site)
            if skip is None:
                files.append(f)
            else:
                diags.append(skip)
    return files, diags


def _walk_site(root: Path, diags: list[Diagnostic]) -> list[Path]:
    out: list[Path] = []
    visited: set[tuple[int, int]] = set()
    exts = MARKDOWN_EXT | HTML_EXT | SERVER_EXT | JEMDOC_EXT | ORG_EXT | ASCIIDOC_EXT | PUG_EXT | RST_EXT | BIB_EXT
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
        try:
            st = os.stat(dirpath)
        except OSError:
            continue
        if (st.st_dev, st.st_ino) in visited:  # a symlink loop
            diags.append(Diagnostic("W101", "warning", "directory visited twice (symlink loop); skipped", dirpath, 0))
            dirnames[:] = []
            continue
        visited.add((st.st_dev, st.st_ino))
        dirnames[:] = sorted(d for d in dirnames if d not in _SKIP_DIRS and not d.startswith("."))
        rel = Path(dirpath).relative_to(root)
        for name in sorted(filenames):
            path = Path(dirpath) / name
            ext = path.suffix.lower()
            if ext in SCRIPT_EXT and _SCRIPT_NAME.match(name):
                out.append(path)  # a list kept in the site's code (src/data/publications.ts, Publications.jsx)
                continue
            if rel.parts and rel.parts[-1] in ("_data", "data"):
                if ext in DATA_EXT and DATA_NAME.match(name):
                    out.append(path)  # a publication list kept as site data (_data/publications.yml)
                continue
            if ext not in exts or _SKIP_FILES.match(name):
                continue
            if ext == ".txt" and rel.parts:
                continue  # a .txt deep in a site is rarely a page
            out.append(path)
    return out


def read_all(files: Iterable[Path], db: VenueDB, options: Options = Options(),
             progress: Callable[[int], None] | None = None) -> tuple[list[Profile], list[Diagnostic]]:
    """Read every file; an unreadable one becomes an error diagnostic and the others go on.

    With options.jobs > 1 the files are read by that many worker processes; results come back in input
    order, so the output is the same as with one job."""
    files = list(files)
    profiles: list[Profile] = []
    diags: list[Diagnostic] = []
    if options.jobs == 0:
        options = replace(options, jobs=auto_jobs(files))
    if options.jobs > 1 and len(files) > 1:
        from .workers import pool

        with pool(options.jobs, db, options=options) as workers:
            results = workers.map(_worker_read, files, chunksize=max(1, min(64, len(files) // (options.jobs * 8))))
            _collect(results, profiles, diags, progress)
    else:
        _collect((_read_one(f, db, options, jobs=options.jobs) for f in files), profiles, diags, progress)
    if not options.site.keep_samples:
        from .sources.samples import drop_samples

        diags.extend(drop_samples(profiles))
    return profiles, diags


def _collect(results: Iterable[tuple[Profile | None, list[Diagnostic]]], profiles: list[Profile],
             diags: list[Diagnostic], progress: Callable[[int], None] | None) -> None:
    for i, (prof, ds) in enumerate(results):
        if prof is not None:
            profiles.append(prof)
        diags.extend(ds)
        if progress:
            progress(i + 1)


def _read_one(f: Path, db: VenueDB, options: Options, jobs: int = 1) -> tuple[Profile | None, list[Diagnostic]]:
    try:
        prof = read_profile(f, db, ReadOptions(max_bytes=options.max_bytes, keep_text=options.keep_text, jobs=jobs,
                                                extractor=options.extractor))
    except InputError as e:
        return None, [Diagnostic("E101", "error", e.message, e.path, e.line or 1)]  # a whole file: line 1
    except RecursionError:
        return None, [Diagnostic("E105", "error", "nesting too deep to read", str(f), 1)]
    except Exception as e:  # a bug of ours must not stop the other files; it is reported
        return None, [Diagnostic("E199", "error", f"internal error while reading ({type(e).__name__}: {e}); "
                                 "please report it with this file", str(f), 1)]
    if options.merge_within:
        prof.publications = merge_within(prof.publications, options.threshold)
    return prof, list(prof.diagnostics)


def _worker_read(f: Path) -> tuple[Profile | None, list[Diagnostic]]:
    from .workers import worker_state

    return _read_one(f, worker_state("db"), worker_state("options"))


def run(paths: Sequence[str | Path], db: VenueDB, options: Options = Options(), *, dedupe: bool = True,
        progress: Callable[[int], None] | None = None) -> Result:
    """Read the inputs, merge within each profile, then (optionally) across profiles."""
    files, diags = discover(paths, options.site)
    if dedupe:
        options = replace(options, merge_within=False)  # the dedupe stage merges (and explains) repeats itself
    profiles, read_diags = read_all(files, db, options, progress)
    result = Result(profiles=profiles, diagnostics=diags + read_diags, files=files)
    if dedupe:
        from .overrides import find_overrides

        ov = _overrides([*options.overrides, *find_overrides(paths)], result.diagnostics)
        result.clusters = dedupe_profiles([prof.publications for prof in profiles], options.threshold, ov)
        if ov is not None:
            result.diagnostics.extend(ov.report([p for prof in profiles for p in prof.publications]))
        result.publications = [c.merged for c in result.clusters]
    else:
        result.publications = [p for prof in profiles for p in prof.publications]
    return result


def _overrides(paths: Sequence[Path], diags: list[Diagnostic]) -> Overrides | None:
    """The overrides files read, or None; a file that cannot be used is an error and is left out."""
    from .overrides import OverridesError, load_overrides

    if not paths:
        return None
    try:
        return load_overrides(paths)
    except OverridesError as e:
        diags.append(Diagnostic("E150", "error", str(e), str(paths[0]), 0))
        return None
