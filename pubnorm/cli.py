"""Command line: parse options, call the API (pubnorm/api.py), print, choose the exit code.

Exit codes, for every command (README: "Exit codes"): 0 success; 1 findings, or inputs with errors;
2 usage, configuration or I/O errors (a `PubnormError`, caught in one place: `_guarded`).
"""

from __future__ import annotations

import functools
import gc
import sys
from collections.abc import Callable, Iterable
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional, TypeVar

# Start-up (typer, pubnorm's modules, the venue database) makes objects that live until the process ends: the
# collector is off while they are made (its passes over them were about 4% of `check FILE`), and _started()
# freezes them, so no later pass walks them again. Off from here, before typer and the rest are imported (the
# command line's process is the one importing this module).
gc.disable()

import typer  # noqa: E402

from .diagnostics import PubnormError, UsageError  # noqa: E402

_APP_SETTINGS: dict[str, Any] = dict(
    add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False, rich_markup_mode=None,
    help="Turn academic homepage publication lists into clean, normalized, deduplicated bibliographic data.")
app = typer.Typer(**_APP_SETTINGS)
venues_app = typer.Typer(no_args_is_help=True, rich_markup_mode=None, help="Look up, list and validate venues.")
app.add_typer(venues_app, name="venues")

F = TypeVar("F", bound=Callable[..., Any])


def _guarded(fn: F) -> F:
    """The one place a PubnormError becomes its diagnostics and an exit code (2)."""

    @functools.wraps(fn)
    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except PubnormError as e:
            from .diagnostics import format_line

            for p in e.problems:
                _err(format_line(p))
            _err(format_line(e.as_diagnostic()))
            raise typer.Exit(e.exit_code) from None

    return run  # type: ignore[return-value]


def _command(where: typer.Typer, name: str | None = None) -> Callable[[F], F]:
    def register(fn: F) -> F:
        where.command(name)(_guarded(fn))
        return fn

    return register


def _version(value: bool) -> None:
    if value:
        from . import __version__

        typer.echo(f"pubnorm {__version__}")
        raise typer.Exit(0)


@app.callback()
def _main(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                                help="Print the version and exit.")] = False) -> None:
    """Turn academic homepage publication lists into clean, normalized, deduplicated bibliographic data."""


class ExportFormat(str, Enum):
    json = "json"
    bib = "bib"
    csv = "csv"
    csl_json = "csl-json"
    ris = "ris"
    academicpages = "academicpages"  # site formats: -o names a folder (writers/sites.py)
    hugoblox = "hugoblox"
    alfolio = "alfolio"


class TableFormat(str, Enum):
    table = "table"
    json = "json"


class Layer(str, Enum):
    top = "top"
    journals = "journals"
    all = "all"


class CheckFormat(str, Enum):
    text = "text"
    json = "json"
    github = "github"


# the format each output file name asks for; a name with no extension takes the command's default
_EXPORT_EXT = {".json": "json", ".bib": "bib", ".bibtex": "bib", ".csv": "csv", ".ris": "ris"}
_TABLE_EXT = {".json": "json", ".txt": "table", ".text": "table"}
_CHECK_EXT = {".json": "json", ".txt": "text", ".text": "text", ".log": "text"}

PathsArg = Annotated[list[Path], typer.Argument(help="Files or site folders to read.", show_default=False)]
VenuesOpt = Annotated[Optional[list[Path]], typer.Option("--venues", help="Extra venues YAML merged over the default (repeatable).")]
MaxSizeOpt = Annotated[Optional[float], typer.Option("--max-size", help="Largest input file to read, in MB (default: 20, and 256 for .bib files).", show_default=False)]
ExtractorOpt = Annotated[Optional[str], typer.Option("--extractor", help="How entries are read: 'crf' (the learned labeller, default) or 'rules'. Config key: extractor.", show_default=False)]
InPlaceOpt = Annotated[bool, typer.Option("--in-place", help="Allow -o to name an input (it is replaced).")]
IncludeOpt = Annotated[Optional[list[str]], typer.Option("--include", metavar="GLOB", help="Read only files matching this glob (repeatable; relative to the folder given, '**' crosses folders). Config key: include.", show_default=False)]
ExcludeOpt = Annotated[Optional[list[str]], typer.Option("--exclude", metavar="GLOB", help="Never read files matching this glob (repeatable). Config key: exclude.", show_default=False)]
DraftsOpt = Annotated[bool, typer.Option("--drafts", help="Also read draft pages (draft: true, published: false, _drafts/). Config key: drafts.")]
KeepSamplesOpt = Annotated[bool, typer.Option("--keep-samples", help="Keep the example papers templates ship (skipped with a warning by default). Config key: keep-samples.")]
JobsOpt = Annotated[int, typer.Option("--jobs", "-j", min=0, help="Processes that read the inputs; 0: the CPUs when there are many files or a big .bib, else 1. Same output for any number.")]
OutputOpt = Annotated[Optional[str], typer.Option("--output", "-o", help="Write to this file instead of stdout (atomically); its extension picks the format.", show_default=False)]


def _err(msg: str) -> None:
    typer.echo(_inert(msg), err=True)


def _echo(line: str) -> None:
    """A line of terminal or CI-log output: control and workflow-command sequences made inert."""
    typer.echo(_inert(line))


def _inert(text: str) -> str:
    from .writers import inert

    return inert(text)


def _format(output: str | None, given: Enum | None, by_ext: dict[str, str], default: str) -> str:
    """The output format: --format when given, else the one -o's extension names, else the default. A --format
    that disagrees with the extension, or an extension no format has (without --format), is a usage error."""
    if output in (None, "-") or _is_descriptor(output):
        return given.value if given is not None else default
    suffix = Path(output).suffix.lower()
    named = by_ext.get(suffix)
    if given is not None:
        if named is not None and named != given.value:
            raise UsageError(f"--format {given.value} disagrees with -o {output} (a {suffix} file is {named}); "
                             f"drop --format, or name the file for {given.value}", code="U106")
        return str(given.value)
    if named is None and suffix:
        exts = ", ".join(f"{e} ({f})" for e, f in by_ext.items())
        raise UsageError(f"cannot tell the format of -o {output} from {suffix!r}: name it {exts}, or pass --format",
                         code="U106")
    return named or default


def _is_descriptor(output: str) -> bool:
    return output.startswith(("/dev/", "/proc/"))


def _where(output: str | None) -> str:
    return "stdout" if output is None or output == "-" else output


def _started() -> None:
    """Start-up is over (imports, configuration, venue database): what it made is frozen out of the collector's
    reach, and the collector runs from here, at a threshold for many small records that live to the end of the
    run (a 100,000-entry dedupe ran about 20% faster than at the default, 700). Once: a later call does nothing."""
    if not gc.isenabled():
        gc.freeze()
        gc.set_threshold(10_000, 20, 100)
        gc.enable()


def _setup(paths: list[Path], venues: list[Path] | None):  # type: ignore[no-untyped-def]
    """The project configuration for these inputs, and the venue database it (and --venues) asks for."""
    from .api import load_config, load_venues

    cfg = load_config(paths)
    db = load_venues([*cfg.venues, *(venues or [])], fuzzy_cutoff=cfg.fuzzy_cutoff)
    _started()
    return cfg, db


def _read(paths: list[Path], venues: list[Path] | None, max_size: float | None, site: tuple, *,  # type: ignore[no-untyped-def, type-arg]
          merge_within: bool, jobs: int = 0, extractor: str | None = None, keep_text: bool = False):
    """Configuration, venue database and every input read (site options: the flags over the configuration's
    keys); the files left out are noted on stderr."""
    from .api import read, site_options

    cfg, db = _setup(paths, venues)
    include, exclude, drafts, keep_samples = site
    opts = site_options(cfg, include=include, exclude=exclude, drafts=drafts, keep_samples=keep_samples)
    with _progress() as tick:
        profiles = read(paths, db, max_bytes=_bytes(max_size), jobs=jobs, extractor=_extractor(extractor, cfg.extractor),
                        merge_within=merge_within, keep_text=keep_text, threshold=cfg.threshold, site=opts,
                        progress=tick)
    _notes(profiles.diagnostics, paths)
    return cfg, db, profiles


def _notes(diagnostics, paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    """Files left out (I3xx notes) and sections of a file not read as papers (I210): each file named on the command
    line, and a count of the others."""
    from .api import sections_summary, skipped_summary
    from .diagnostics import format_line

    named = {str(p) for p in paths}
    notes = [d for d in diagnostics if d.severity == "info" and d.code[:2] in ("I3", "I2")]
    for d in notes:
        if d.path in named:
            _err(format_line(d))
    for summary in (skipped_summary([d for d in notes if d.path not in named and d.code.startswith("I3")]),
                    sections_summary([d for d in notes if d.path not in named and d.code == "I210"])):
        if summary is not None:
            _err(format_line(summary))


def _dedupe(paths: list[Path], profiles, threshold: float):  # type: ignore[no-untyped-def]
    """The clusters, with the overrides kept beside the inputs (pubnorm-overrides.yaml) applied; their problems
    and uses are returned as diagnostics."""
    from . import api

    overrides, problems = api.find_overrides(paths)
    clusters = api.dedupe(profiles, threshold, overrides=overrides)
    if overrides is not None:
        problems += overrides.report(profiles.publications)
    return clusters, problems


def _extractor(given: str | None, configured: str) -> str:
    from .api import check_choice

    return check_choice(given or configured, ["rules", "crf"], "extractor")


def _bytes(max_size: float | None) -> int | None:
    """--max-size (MB) in bytes; a usage error unless it is a positive, finite number."""
    import math

    if max_size is None:
        return None
    if not math.isfinite(max_size) or max_size <= 0:
        raise UsageError(f"--max-size is the largest input to read in MB, a positive number (not {max_size:g})",
                         code="U105")
    return int(max_size * 1024 * 1024)


class _progress:
    """A progress bar (rich) on stderr when it is a terminal; nothing otherwise."""

    def __enter__(self):  # type: ignore[no-untyped-def]
        self.bar = None
        if sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self.bar = Progress(SpinnerColumn(), TextColumn("reading: {task.completed} files"), TimeElapsedColumn(),
                                console=Console(stderr=True), transient=True)
            self.bar.start()
            self.task = self.bar.add_task("read", total=None)
        return self.tick

    def tick(self, n: int) -> None:
        if self.bar is not None:
            self.bar.update(self.task, completed=n)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


def _report(diags: list, extra: list | None = None) -> None:  # type: ignore[type-arg]
    """Input (and writer) problems to stderr, one per line, in the one diagnostic format."""
    from .diagnostics import format_line

    for d in sorted([*diags, *(extra or [])], key=lambda d: d.sort_key()):
        if d.severity in ("error", "warning"):
            _err(format_line(d))


def _exit_after_reading(profiles, failed: bool = False, extra: list | None = None) -> None:  # type: ignore[no-untyped-def, type-arg]
    """Report what could not be read (stderr) and exit: 1 when an input had errors (or failed), else 0."""
    _report(profiles.diagnostics, extra)
    errors = profiles.has_errors or any(d.severity == "error" for d in extra or ())  # extra: an unusable overrides file
    raise typer.Exit(1 if errors or failed else 0)


def _found(profiles) -> str:  # type: ignore[no-untyped-def]
    """"in N file(s)", saying so when none of them holds a publication (a changed file that is no list)."""
    n = len(profiles.files)
    with_pubs = sum(1 for p in profiles if p.publications)
    return f"in {n} file(s)" + ("; none of them holds a publication list" if n and not with_pubs else "")


def _render_records(pubs, clusters, profiles, format: str, ascii: bool = False, untitled: str = "note",  # type: ignore[no-untyped-def]
                    rekey: bool = False):
    from . import api

    if format == "json":
        return api.json_chunks(pubs, clusters, rekey=rekey), []  # written as made, never held whole
    if format == "csv":
        return api.write_csv(pubs, owners=api.owners(profiles), rekey=rekey), []
    if format == "csl-json":
        from .writers.csljson import write_csljson

        return write_csljson(pubs, rekey=rekey), []
    if format == "ris":
        from .writers.ris import write_ris

        return write_ris(pubs, rekey=rekey), []
    return api.write_bibtex(pubs, ascii=ascii, untitled=untitled, rekey=rekey)


def _write_records(profiles, pubs, clusters, output: str | None, format: str, ascii: bool = False,  # type: ignore[no-untyped-def]
                   untitled: str = "note", in_place: bool = False, rekey: bool = False) -> list:  # type: ignore[type-arg]
    """The merged records to stdout or a file; the writer's problems are returned. A file is not written when
    nothing at all was read (no input readable, or only empty ones: an empty result written over it would
    lose it), nor when it is one of the inputs (unless in_place)."""
    if not in_place and output not in (None, "-") and (same := _input_at(profiles.files, output)) is not None:
        raise UsageError(f"{output} is the input {same}: writing would replace it with what pubnorm keeps of it "
                         "(fields it does not read are lost); name another output, or pass --in-place", code="U107")
    if output not in (None, "-") and not any(p.publications or not _is_empty(p) for p in profiles):
        # no input readable, only empty files: writing would replace the old output with nothing
        why = ("every input is empty" if len(profiles) else "no input could be read" if profiles.has_errors
               else "no input found")
        _not_written(profiles, why, output)
    text, problems = _render_records(pubs, clusters, profiles, format, ascii, untitled, rekey)
    _emit(text, output)
    return problems  # type: ignore[no-any-return]


def _not_written(profiles, why: str, output: str) -> None:  # type: ignore[no-untyped-def]
    """Say why nothing was written (E160) and exit as the reading's problems say (1 at least)."""
    from .diagnostics import format_line
    from .model import Diagnostic

    _err(format_line(Diagnostic("E160", "error", f"{why}; {output} was not written", "", 0)))
    _exit_after_reading(profiles, failed=True)


def _is_empty(profile) -> bool:  # type: ignore[no-untyped-def]
    """The file had no text at all (reported as W201)."""
    return any(d.code == "W201" for d in profile.diagnostics)


def _input_at(files: list[Path], output: str) -> Path | None:
    """The input file that output names (the same file, through any link), if any."""
    import os

    try:
        st = os.stat(output)
    except OSError:
        return None
    for f in files:
        try:
            fs = os.stat(f)
        except OSError:
            continue
        if (fs.st_dev, fs.st_ino) == (st.st_dev, st.st_ino):
            return f
    return None


def _emit(text: str | Iterable[str], output: str | None) -> None:
    """Text, or its pieces as they are made, to stdout or the output file."""
    from .api import write_output
    from .writers import write_pieces

    if output in (None, "-"):
        write_pieces(sys.stdout, text)
        sys.stdout.flush()
        return
    write_output(output, text)


@_command(app)
def extract(
    paths: PathsArg,
    format: Annotated[Optional[TableFormat], typer.Option("--format", "-f", help="table (readable, the default) or json.", show_default=False)] = None,
    output: OutputOpt = None,
    venues: VenuesOpt = None,
    max_size: MaxSizeOpt = None,
    jobs: JobsOpt = 0,
    extractor: ExtractorOpt = None,
    include: IncludeOpt = None,
    exclude: ExcludeOpt = None,
    drafts: DraftsOpt = False,
    keep_samples: KeepSamplesOpt = False,
) -> None:
    """Print every publication found in the inputs, one profile at a time (no merging across profiles)."""
    from . import api

    fmt = _format(output, format, _TABLE_EXT, "table")
    _, _, profiles = _read(paths, venues, max_size, (include, exclude, drafts, keep_samples), merge_within=True,
                           jobs=jobs, extractor=extractor)
    text = api.json_chunks(profiles.publications) if fmt == "json" else _inert(api.write_table(profiles))
    _emit(text, output)
    _err(f"pubnorm extract: {len(profiles.publications)} publication(s) {_found(profiles)}")
    _exit_after_reading(profiles)


@_command(app)
def export(
    paths: PathsArg,
    format: Annotated[Optional[ExportFormat], typer.Option("--format", "-f", help="json (the default), bib, csv, csl-json, ris; or a site: academicpages, hugoblox, alfolio (-o DIR). With -o FILE, the file's extension decides.", show_default=False)] = None,
    output: Annotated[Optional[str], typer.Option("--output", "-o", help="Output file ('-' or none: stdout), or the site folder. Written atomically.")] = None,
    ascii: Annotated[bool, typer.Option("--ascii", help="BibTeX only: write LaTeX escapes instead of UTF-8.")] = False,
    no_dedupe: Annotated[bool, typer.Option("--no-dedupe", help="Keep one record per profile entry (no merging across profiles).")] = False,
    untitled: Annotated[str, typer.Option("--untitled", help="BibTeX: records without a title are 'note'd (default) or 'skip'ped.")] = "note",
    in_place: InPlaceOpt = False,
    rekey: Annotated[bool, typer.Option("--rekey", help="Make new citation keys for every record (default: keep the keys a .bib gives).")] = False,
    venues: VenuesOpt = None,
    max_size: MaxSizeOpt = None,
    jobs: JobsOpt = 0,
    extractor: ExtractorOpt = None,
    include: IncludeOpt = None,
    exclude: ExcludeOpt = None,
    drafts: DraftsOpt = False,
    keep_samples: KeepSamplesOpt = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Site formats: list what would be created, changed and left alone; write nothing.")] = False,
    force: Annotated[bool, typer.Option("--force", help="Site formats: also replace files a person edited after pubnorm wrote them.")] = False,
    owner: Annotated[Optional[str], typer.Option("--owner", help="Site formats: the site owner (bold, Hugo's `me`); default: the owner the pages name.")] = None,
) -> None:
    """Write all publications, merged across inputs, as JSON, BibTeX, CSV, CSL-JSON, RIS or a site's pages."""
    from . import api

    api.check_choice(untitled, ["note", "skip"], "--untitled value")
    fmt = _format(output, format, _EXPORT_EXT, "json")
    if fmt not in _SITE_FORMATS and (dry_run or force or owner):
        raise UsageError("--dry-run, --force and --owner are for the site formats (academicpages, hugoblox, alfolio)",
                         code="U105")
    cfg, _, profiles = _read(paths, venues, max_size, (include, exclude, drafts, keep_samples), merge_within=no_dedupe,
                             jobs=jobs, extractor=extractor)
    read_n = len(profiles.publications)
    problems = []
    if no_dedupe:
        pubs, clusters = profiles.publications, []
    else:
        clusters, problems = _dedupe(paths, profiles, cfg.threshold)
        pubs = [c.merged for c in clusters]
    if fmt in _SITE_FORMATS:
        _export_site(profiles, pubs, fmt, output, owner, dry_run=dry_run, force=force, in_place=in_place)
        _exit_after_reading(profiles, extra=problems)
        return
    problems += _write_records(profiles, pubs, clusters, output, fmt, ascii, untitled, in_place, rekey)
    left_out = sum(1 for d in problems if d.code == "W302")
    merged = f" ({read_n - len(pubs)} merged)" if read_n > len(pubs) else ""
    skipped = f", {left_out} left out" if left_out else ""
    _err(f"pubnorm export: wrote {len(pubs) - left_out} record(s){merged}{skipped} to {_where(output)} as {fmt} "
         f"{_found(profiles)}")
    _exit_after_reading(profiles, extra=problems)


_SITE_FORMATS = ("academicpages", "hugoblox", "alfolio")


def _export_site(profiles, pubs, format: str, output: str | None, owner: str | None, *, dry_run: bool,  # type: ignore[no-untyped-def]
                 force: bool, in_place: bool) -> None:
    """A site's publication files into the folder -o names: the plan printed (stdout), then written."""
    from .writers.pages import guess_owner
    from .writers.sites import PlanError, apply_plan, describe, plan_site

    if output in (None, "-"):
        raise UsageError(f"--format {format} writes a site's files: name the site folder with -o DIR", code="U107")
    if not pubs:
        _not_written(profiles, "no publication was read", output)
    owner = owner or guess_owner(pubs, [p.owner for p in profiles])
    try:
        plan = plan_site(format, pubs, output, owner, force=force, inputs=profiles.files, in_place=in_place)
        if not dry_run:
            apply_plan(plan)
    except (PlanError, OSError) as e:
        raise UsageError(str(e), code="U107") from None
    for w in plan.warnings:
        _err(f"warning: {w}")
    for line in describe(plan, dry_run):
        _echo(line)


@_command(app)
def dedupe(
    paths: PathsArg,
    format: Annotated[TableFormat, typer.Option("--format", "-f", help="The report on stdout: table (readable) or json.")] = TableFormat.table,
    threshold: Annotated[Optional[float], typer.Option("--threshold", help="Fuzzy-title score (0-100) needed to merge; default 92 or config.")] = None,
    output: Annotated[Optional[str], typer.Option("--output", "-o", help="Also write the merged records: .bib, .csv or .json by the name (atomic).")] = None,
    show_all: Annotated[bool, typer.Option("--all", help="List papers found only once too.")] = False,
    in_place: InPlaceOpt = False,
    venues: VenuesOpt = None,
    max_size: MaxSizeOpt = None,
    jobs: JobsOpt = 0,
    extractor: ExtractorOpt = None,
    include: IncludeOpt = None,
    exclude: ExcludeOpt = None,
    drafts: DraftsOpt = False,
    keep_samples: KeepSamplesOpt = False,
) -> None:
    """Show which records are the same paper, the rule and evidence that joined them, and conflicts."""
    import json

    from . import api

    if threshold is not None and not 0 <= threshold <= 100:
        raise UsageError(f"--threshold is a score from 0 to 100 (not {threshold:g})", code="U105")
    out_fmt = _format(output, None, _EXPORT_EXT, "bib") if output else None
    cfg, _, profiles = _read(paths, venues, max_size, (include, exclude, drafts, keep_samples), merge_within=False,
                             jobs=jobs, extractor=extractor)
    clusters, problems = _dedupe(paths, profiles, threshold if threshold is not None else cfg.threshold)
    report = api.dedupe_report(clusters, show_all=show_all)
    if format is TableFormat.json:
        _emit(json.dumps(report, ensure_ascii=False, indent=2) + "\n", None)
    else:
        _emit(_inert(_dedupe_text(report)), None)
    if output:
        problems += _write_records(profiles, [c.merged for c in clusters], clusters, output, out_fmt or "bib",
                                  in_place=in_place)
    merged = [c for c in clusters if len(c.members) > 1]
    _err(f"pubnorm dedupe: {report['records']} records -> {report['papers']} papers; {len(merged)} papers were listed "
         f"more than once ({sum(len(c.members) for c in merged)} records)"
         + (f"; wrote {len(clusters)} record(s) to {output}" if output else ""))
    _exit_after_reading(profiles, extra=problems)


def _dedupe_text(report: dict) -> str:  # type: ignore[type-arg]
    out: list[str] = []
    for i, c in enumerate(report["clusters"], 1):
        venue = f" ({c['venue']})" if c["venue"] else ""
        out.append(f"[{i}] {c['title'] or c['label'] or '(untitled)'}{venue} - {len(c['members'])} record(s)")
        for m in c["members"]:
            how = f"{m['rule']} {m['score']:g}: {m['evidence']}" if m["rule"] else "first seen"
            out.append(f"    {m['file']}:{m['line']}  {_clip(m['as_written'], 70)}")
            out.append(f"        <- {how}")
        for x in c["conflicts"]:
            out.append(f"    conflict: {x}")
    return "\n".join(out) + ("\n" if out else "")


def _clip(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


@_command(app)
def check(
    paths: PathsArg,
    format: Annotated[Optional[CheckFormat], typer.Option("--format", "-f", help="text (path:line:col: severity: message [CODE], the default), json, or github (workflow annotations).", show_default=False)] = None,
    output: OutputOpt = None,
    select: Annotated[Optional[list[str]], typer.Option("--select", help="Only these codes or prefixes (repeatable or comma-separated).")] = None,
    ignore: Annotated[Optional[list[str]], typer.Option("--ignore", help="Never report these codes or prefixes.")] = None,
    ccf_edition: Annotated[Optional[str], typer.Option("--ccf-edition", help="CCF list that rank claims are held against: 2022 or 2026 (default: config, else 2026).")] = None,
    year: Annotated[Optional[int], typer.Option("--year", help="The current year for the future-year check (default: today's).")] = None,
    venues: VenuesOpt = None,
    max_size: MaxSizeOpt = None,
    jobs: JobsOpt = 0,
    extractor: ExtractorOpt = None,
    include: IncludeOpt = None,
    exclude: ExcludeOpt = None,
    drafts: DraftsOpt = False,
    keep_samples: KeepSamplesOpt = False,
) -> None:
    """Check venue tags, rank claims, tracks, years and entries; exit 1 when an error-level finding remains."""
    from dataclasses import replace

    from . import api
    from .checks import CheckOptions
    from .diagnostics import check_codes, render

    fmt = _format(output, format, _CHECK_EXT, "text")
    sel = check_codes(select, "--select") if select is not None else None
    ign = check_codes(ignore, "--ignore") if ignore is not None else None
    if ccf_edition is not None:
        ed = ccf_edition.lower().removeprefix("ccf")
        api.check_choice(ed, ["2022", "2026"], "--ccf-edition")
    cfg, db, profiles = _read(paths, venues, max_size, (include, exclude, drafts, keep_samples), merge_within=False,
                              jobs=jobs, extractor=extractor, keep_text=True)
    edition = f"ccf{ccf_edition.lower().removeprefix('ccf')}" if ccf_edition else cfg.ccf_edition
    opts = CheckOptions(ccf_edition=edition, select=sel if sel is not None else frozenset(cfg.select),
                        ignore=ign if ign is not None else frozenset(cfg.ignore), threshold=cfg.threshold)
    if year is not None:
        opts = replace(opts, this_year=year)
    result = api.check(profiles, db, opts)
    _emit(render(result.findings, fmt, result.summary()), output)
    where = f"; written to {output}" if output not in (None, "-") else ""
    if not profiles.files and not result.findings:  # pre-commit passed only files that are no publication source
        _err(f"pubnorm check: nothing to check (no publication source among the {len(paths)} input(s)){where}")
        raise typer.Exit(0)
    _err(f"pubnorm check: {result.errors} error(s), {result.warnings} warning(s) {_found(profiles)}, "
         f"{result.entries} entries{where}")
    raise typer.Exit(1 if result.errors else 0)


def main() -> None:
    """Console entry point."""
    try:
        _app_for(sys.argv[1:2])()
    except KeyboardInterrupt:
        _err("interrupted")
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)


def _app_for(first: list[str]) -> typer.Typer:
    """The app that runs `pubnorm FIRST ...`: for a top-level command, one that holds only that command (typer
    builds every command's options before it runs one: about half the start-up pubnorm adds to `check FILE`
    beyond its imports); else the whole app (--help, --version, venues, a mistyped command)."""
    for info in app.registered_commands if first else ():
        name = info.name or (info.callback.__name__.lower().replace("_", "-") if info.callback else None)
        if name == first[0]:
            one = typer.Typer(**_APP_SETTINGS)
            one.callback()(_main)  # the same group (--version; `pubnorm check --help` reads the same)
            one.registered_commands.append(info)
            return one
    return app


@_command(venues_app, "lookup")
def venues_lookup(
    strings: Annotated[list[str], typer.Argument(help="Venue strings to look up.", show_default=False)],
    explain: Annotated[bool, typer.Option("--explain", help="Also show the closest candidates.")] = False,
    format: Annotated[Optional[TableFormat], typer.Option("--format", "-f", show_default=False)] = None,
    output: OutputOpt = None,
    venues: VenuesOpt = None,
) -> None:
    """Split each string (venue, year, track, awards, status, rank claims), match it to a venue, and show the
    venue's ranks by edition."""
    import json

    from . import api
    from .checks import read_rank_claims
    from .diagnostics import SCHEMA_VERSION

    fmt = _format(output, format, _TABLE_EXT, "table")
    db = api.load_venues(venues or [])
    _started()
    rows: list[dict[str, Any]] = []
    for s in strings:
        m = api.match_venue(s, db)
        p = m.parse
        row: dict[str, Any] = {"input": s, "venue": m.venue.id if m.venue else None, "name": m.venue.name if m.venue else None,
               "method": m.method, "score": m.score, "ranks": api.venue_ranks(m.venue) if m.venue and not m.at_workshop else {},
               "text": p.text, "year": p.year, "track": p.track, "awards": list(p.awards), "status": p.status,
               "rank_claims": list(dict.fromkeys([*p.rank_claims, *(c for c, _ in read_rank_claims(s))])),
               "candidates": list(m.candidates)}
        if explain:
            row["closest"] = [{"id": vid, "score": sc} for vid, sc in api.explain_venue(s, db)]
        rows.append(row)
    if fmt == "json":
        _emit(json.dumps({"schema_version": SCHEMA_VERSION, "lookups": rows}, ensure_ascii=False, indent=2) + "\n",
              output)
    else:
        lines = []
        for r in rows:
            found = r["venue"] or ("ambiguous: " + " | ".join(r["candidates"]) if r["candidates"] else "(unknown)")
            ranks = ", ".join(f"{e} {x}" for e, x in r["ranks"].items()) or "none"
            lines.append(f"{r['input']!r} -> {found} [{r['method']} {r['score']}] ranks: {ranks}; year={r['year']} "
                         f"track={r['track']} awards={r['awards']} status={r['status']} claims={r['rank_claims']}")
            lines += [f"    candidate {c['id']} {c['score']}" for c in r.get("closest", [])]
        _emit(_inert("".join(x + "\n" for x in lines)), output)
    matched = sum(1 for r in rows if r["venue"])
    _err(f"pubnorm venues lookup: {matched} of {len(rows)} matched")


@_command(venues_app, "validate")
def venues_validate(
    files: Annotated[Optional[list[Path]], typer.Argument(help="venues YAML files (default: the shipped one).")] = None,
    format: Annotated[Optional[TableFormat], typer.Option("--format", "-f", show_default=False)] = None,
    output: OutputOpt = None,
    show_all: Annotated[bool, typer.Option("--all", help="Also list notes (V011: a venue known by its name only).")] = False,
) -> None:
    """Check venue files: schema, duplicate ids, aliases claimed by two venues; every problem with its line.

    Without files, the shipped venues.yaml and the journal layer under it are checked.
    """
    from . import api
    from .diagnostics import render

    fmt = _format(output, format, _TABLE_EXT, "table")
    _started()
    problems = api.validate_venue_files(files or [])
    errors = sum(1 for p in problems if p.severity == "error")
    notes = sum(1 for p in problems if p.severity == "info")
    shown = problems if show_all else [p for p in problems if p.severity != "info"]
    summary = {"errors": errors, "warnings": len(problems) - errors - notes, "notes": notes}
    _emit(render(shown, "json" if fmt == "json" else "text", summary), output)
    _err(f"pubnorm venues validate: {errors} error(s), {summary['warnings']} warning(s), {notes} note(s)"
         + (" (--all lists the notes)" if notes and not show_all else ""))
    raise typer.Exit(1 if errors else 0)


@_command(venues_app, "list")
def venues_list(
    rank: Annotated[Optional[str], typer.Option("--rank", help="e.g. ccf:A, core:A*, ccf2022:B")] = None,
    type: Annotated[Optional[str], typer.Option("--type", help="conference, journal, preprint, ...")] = None,
    layer: Annotated[Layer, typer.Option("--layer", help="top (venues.yaml and overlays), journals (the broad "
                                          "journal layer, ~50k) or all.")] = Layer.top,
    format: Annotated[Optional[TableFormat], typer.Option("--format", "-f", show_default=False)] = None,
    output: OutputOpt = None,
    venues: VenuesOpt = None,
) -> None:
    """List venues, optionally filtered by layer, rank and type; the count of each layer goes to stderr."""
    import json

    from . import api
    from .diagnostics import SCHEMA_VERSION

    fmt = _format(output, format, _TABLE_EXT, "table")
    db = api.load_venues(venues or [])
    _started()
    out = api.list_venues(db, rank=rank, type=type, layer=layer.value)
    if fmt == "json":
        _emit(json.dumps({"schema_version": SCHEMA_VERSION, "venues": [api.venue_as_dict(v) for v in out]},
                         ensure_ascii=False, indent=2) + "\n", output)
    else:
        lines = []
        for v in out:
            ranks = " ".join(f"{k}:{r}" for k, r in v.ranks)
            lines.append(f"{v.id:<28} {v.label[:24]:<24} {v.type:<10} {ranks}  {v.name}")
        _emit(_inert("".join(x + "\n" for x in lines)), output)
    journals = db.journal_layer()
    _err(f"pubnorm venues list: {len(out):,} listed; top layer {len(db.venues):,} venues, journal layer "
         f"{len(journals) if journals is not None else 0:,} journals (--layer journals|all)")
