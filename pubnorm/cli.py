"""Command line: parse options, call the library, print, choose the exit code. No logic of its own."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False, rich_markup_mode=None,
                  help="Turn academic homepage publication lists into clean, normalized, deduplicated bibliographic data.")
venues_app = typer.Typer(no_args_is_help=True, rich_markup_mode=None, help="Look up, list and validate venues.")
app.add_typer(venues_app, name="venues")


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


PathsArg = Annotated[list[Path], typer.Argument(help="Files or site folders to read.", show_default=False)]
VenuesOpt = Annotated[Optional[list[Path]], typer.Option("--venues", help="Extra venues YAML merged over the default (repeatable).")]
MaxSizeOpt = Annotated[Optional[float], typer.Option("--max-size", help="Largest input file to read, in MB (default: 20, and 256 for .bib files).", show_default=False)]
ExtractorOpt = Annotated[Optional[str], typer.Option("--extractor", help="How entries are read: 'rules' (default) or 'crf' (the learned labeller). Config key: extractor.", show_default=False)]
InPlaceOpt = Annotated[bool, typer.Option("--in-place", help="Allow -o to name an input (it is replaced).")]
IncludeOpt = Annotated[Optional[list[str]], typer.Option("--include", metavar="GLOB", help="Read only files matching this glob (repeatable; relative to the folder given, '**' crosses folders). Config key: include.", show_default=False)]
ExcludeOpt = Annotated[Optional[list[str]], typer.Option("--exclude", metavar="GLOB", help="Never read files matching this glob (repeatable). Config key: exclude.", show_default=False)]
DraftsOpt = Annotated[bool, typer.Option("--drafts", help="Also read draft pages (draft: true, published: false, _drafts/). Config key: drafts.")]
KeepSamplesOpt = Annotated[bool, typer.Option("--keep-samples", help="Keep the example papers templates ship (skipped with a warning by default). Config key: keep-samples.")]
JobsOpt = Annotated[int, typer.Option("--jobs", "-j", min=0, help="Processes that read the inputs; 0: the CPUs when there are many files or a big .bib, else 1. Same output for any number.")]


def _err(msg: str) -> None:
    typer.echo(_inert(msg), err=True)


def _echo(line: str) -> None:
    """A line of terminal or CI-log output: control and workflow-command sequences made inert."""
    typer.echo(_inert(line))


def _inert(text: str) -> str:
    from .writers import inert

    return inert(text)


def _load_db(extra: list[Path] | None, config_venues: list[Path] | None = None):  # type: ignore[no-untyped-def]
    import os
    import stat

    from .files import file_kind
    from .venues import VenueDBError, load_venues

    overlays = [*(config_venues or []), *(extra or [])]
    for f in overlays:  # only regular files: a FIFO would hang the load, a folder would end it in a traceback
        try:
            mode = os.stat(f).st_mode
        except OSError:
            continue  # a missing file is reported by load_venues
        if not stat.S_ISREG(mode):
            _err(f"error: venue file {f} is {file_kind(mode)}, not a regular file "
                 "(check --venues, or 'venues' in the configuration)")
            raise typer.Exit(2)
    try:
        return load_venues(overlays)
    except VenueDBError as e:
        for p in e.problems:
            _err(f"{p.path}:{p.line}: {p.code} {p.message}")
        _err("error: the venue database cannot be loaded (fix the file above, or drop --venues)")
        raise typer.Exit(2) from None


def _config(paths: list[Path]):  # type: ignore[no-untyped-def]
    from .config import ConfigError, load_config

    try:
        return load_config(paths)
    except ConfigError as e:
        _err(f"error: {e}")
        raise typer.Exit(2) from None


def _run(paths: list[Path], venues: list[Path] | None, max_size: float | None, *, dedupe: bool = True, threshold: float | None = None,  # type: ignore[no-untyped-def]
         jobs: int = 0, extractor: str | None = None, site: tuple | None = None):  # type: ignore[type-arg]
    from .pipeline import Options, run

    cfg, db = _setup(paths, venues)
    opts = Options(max_bytes=_bytes(max_size), threshold=threshold if threshold is not None else cfg.threshold,
                   jobs=jobs, extractor=_extractor(extractor, cfg.extractor), site=_site(cfg, site))
    _require_paths(paths)
    with _progress() as tick:
        result = run(paths, db, opts, dedupe=dedupe, progress=tick)
    _notes(result.diagnostics, paths)
    return result


def _site(cfg, given: tuple | None):  # type: ignore[no-untyped-def, type-arg]
    """SiteOptions from --include/--exclude/--drafts/--keep-samples over the configuration's keys."""
    from .sources.site import SiteOptions

    include, exclude, drafts, keep_samples = given or (None, None, False, False)
    return SiteOptions(include=tuple(include or cfg.include), exclude=tuple([*cfg.exclude, *(exclude or [])]),
                       drafts=drafts or cfg.drafts, keep_samples=keep_samples or cfg.keep_samples)


def _require_paths(paths: list[Path]) -> None:
    """A path that does not exist is a usage error (exit 2), before anything is read."""
    import os

    for p in paths:
        try:
            os.stat(p)
        except FileNotFoundError:
            _err(f"error: {p}: no such file or directory")
            raise typer.Exit(2) from None
        except OSError:
            continue  # a name too long, a symlink loop: reported as that input's error, the others still read


def _notes(diagnostics, paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    """Files left out (info diagnostics): each file named on the command line, and a count of the others."""
    from collections import Counter

    named = {str(p) for p in paths}
    others: Counter[str] = Counter()
    for d in diagnostics:
        if d.severity != "info" or not d.code.startswith("I3"):
            continue
        if d.path in named:
            _err(f"{d.path}: note: {d.message} [{d.code}]")
        else:
            others[d.message.removeprefix("skipped: ").removeprefix("not a publication source: ").split(" (")[0]] += 1
    if others:
        parts = ", ".join(f"{n} {why}" for why, n in sorted(others.items(), key=lambda x: (-x[1], x[0])))
        _err(f"note: {sum(others.values())} file(s) skipped as no publication source: {parts} "
             "(--include GLOB, --drafts read them)")


def _extractor(given: str | None, configured: str) -> str:
    choice = given or configured
    if choice not in ("rules", "crf"):
        _err(f"error: --extractor takes 'rules' or 'crf', not {choice!r}")
        raise typer.Exit(2)
    return choice


def _bytes(max_size: float | None) -> int | None:
    """--max-size (MB) in bytes; a usage error unless it is a positive, finite number."""
    import math

    if max_size is None:
        return None
    if not math.isfinite(max_size) or max_size <= 0:
        _err(f"error: --max-size is the largest input to read in MB, a positive number (not {max_size:g})")
        raise typer.Exit(2)
    return int(max_size * 1024 * 1024)


def _setup(paths: list[Path], venues: list[Path] | None):  # type: ignore[no-untyped-def]
    """The project configuration for these inputs, and the venue database it (and --venues) asks for."""
    cfg = _config(paths)
    db = _load_db(venues, cfg.venues)
    if cfg.fuzzy_cutoff is not None:
        db.fuzzy_cutoff = cfg.fuzzy_cutoff
    return cfg, db


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


def _exit_after_reading(result, failed: bool = False) -> None:  # type: ignore[no-untyped-def]
    """Report what could not be read (stderr) and exit: 1 when an input had errors (or failed), else 0."""
    for d in sorted(result.diagnostics, key=lambda d: d.sort_key()):
        if d.severity in ("error", "warning"):
            loc = f"{d.path}:{d.line}" if d.line else d.path
            _err(f"{loc}: {d.severity}: {d.message} [{d.code}]")
    raise typer.Exit(1 if result.has_errors or failed else 0)


def _write_records(result, output: str | None, format: ExportFormat, ascii: bool = False, untitled: str = "note",  # type: ignore[no-untyped-def]
                   in_place: bool = False, rekey: bool = False) -> None:
    """The merged records to stdout or a file. A file is not written when nothing at all was read (no input
    readable, or only empty ones: an empty result written over it would lose it), nor when it is one of the
    inputs (unless in_place)."""
    if not in_place and output not in (None, "-") and (same := _input_at(result.files, output)) is not None:
        _err(f"error: {output} is the input {same}: writing would replace it with what pubnorm keeps of it "
             "(fields it does not read are lost); name another output, or pass --in-place")
        raise typer.Exit(2)
    if output not in (None, "-") and not any(p.publications or not _is_empty(p) for p in result.profiles):
        # no input readable, only empty files, or no files: writing would replace the old output with nothing
        why = ("every input is empty" if result.profiles else "no input could be read" if result.has_errors
               else "no input found")
        _err(f"error: {why}; {output} was not written")
        _exit_after_reading(result, failed=True)
    _emit(_render(result.publications, result.clusters, format, ascii, untitled, rekey), output)


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


def _emit(text: str, output: str | None) -> None:
    from .writers import OutputError, encodable, write_output

    if output in (None, "-"):
        sys.stdout.write(encodable(text))
        sys.stdout.flush()
        return
    try:
        write_output(output, text)
    except OutputError as e:
        _err(f"error: {e}")
        raise typer.Exit(2) from None
    except OSError as e:
        _err(f"error: cannot write {output}: {e.strerror or e}")
        raise typer.Exit(2) from None


@app.command()
def extract(
    paths: PathsArg,
    format: Annotated[TableFormat, typer.Option("--format", "-f", help="table (readable) or json.")] = TableFormat.table,
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
    from .records import make_keys
    from .writers.jsonout import write_json
    from .writers.table import write_table

    result = _run(paths, venues, max_size, dedupe=False, jobs=jobs, extractor=extractor,
                  site=(include, exclude, drafts, keep_samples))
    if format is TableFormat.json:
        _emit(write_json(result.publications), None)
    else:
        _emit(_inert(write_table(result.profiles, make_keys)), None)
    _exit_after_reading(result)


@app.command()
def export(
    paths: PathsArg,
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="json, bib, csv, csl-json, ris; or a site: academicpages, hugoblox, alfolio (-o DIR).")] = ExportFormat.json,
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
    if untitled not in ("note", "skip"):
        _err("error: --untitled takes 'note' or 'skip'")
        raise typer.Exit(2)
    result = _run(paths, venues, max_size, dedupe=not no_dedupe, jobs=jobs, extractor=extractor,
                  site=(include, exclude, drafts, keep_samples))
    if format.value in ("academicpages", "hugoblox", "alfolio"):
        _export_site(result, format.value, output, owner, dry_run=dry_run, force=force, in_place=in_place)
    else:
        _write_records(result, output, format, ascii, untitled, in_place, rekey)
    _exit_after_reading(result)


def _export_site(result, format: str, output: str | None, owner: str | None, *, dry_run: bool, force: bool,  # type: ignore[no-untyped-def]
                 in_place: bool) -> None:
    """A site's publication files into the folder -o names: the plan printed (stdout), then written."""
    from .writers.pages import guess_owner
    from .writers.sites import PlanError, apply_plan, describe, plan_site

    if output in (None, "-"):
        _err(f"error: --format {format} writes a site's files: name the site folder with -o DIR")
        raise typer.Exit(2)
    if not any(p.publications for p in result.profiles):
        _err(f"error: no publication was read; {output} was not written")
        _exit_after_reading(result, failed=True)
    owner = owner or guess_owner(result.publications, [p.owner for p in result.profiles])
    try:
        plan = plan_site(format, result.publications, output, owner, force=force, inputs=result.files, in_place=in_place)
        if not dry_run:
            apply_plan(plan)
    except (PlanError, OSError) as e:
        _err(f"error: {e}")
        raise typer.Exit(2) from None
    for w in plan.warnings:
        _err(f"warning: {w}")
    for line in describe(plan, dry_run):
        _echo(line)


@app.command()
def dedupe(
    paths: PathsArg,
    format: Annotated[TableFormat, typer.Option("--format", "-f", help="table (readable) or json.")] = TableFormat.table,
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

    from .records import dedupe_report

    if threshold is not None and not 0 <= threshold <= 100:
        _err("error: --threshold is a score from 0 to 100")
        raise typer.Exit(2)
    result = _run(paths, venues, max_size, dedupe=True, threshold=threshold, jobs=jobs, extractor=extractor,
                  site=(include, exclude, drafts, keep_samples))
    report = dedupe_report(result.clusters, show_all=show_all)
    if format is TableFormat.json:
        _emit(json.dumps(report, ensure_ascii=False, indent=2) + "\n", None)
    else:
        _emit(_inert(_dedupe_text(report)), None)
    if output:
        _write_records(result, output, _format_of(output), in_place=in_place)
    merged = [c for c in result.clusters if len(c.members) > 1]
    _err(f"pubnorm dedupe: {report['records']} records -> {report['papers']} papers; {len(merged)} papers were listed "
         f"more than once ({sum(len(c.members) for c in merged)} records)")
    _exit_after_reading(result)


def _format_of(output: str) -> ExportFormat:
    suffix = Path(output).suffix.lower()
    return {".csv": ExportFormat.csv, ".json": ExportFormat.json}.get(suffix, ExportFormat.bib)


def _render(pubs, clusters, format: ExportFormat, ascii: bool = False, untitled: str = "note",  # type: ignore[no-untyped-def]
            rekey: bool = False) -> str:
    if format is ExportFormat.json:
        from .writers.jsonout import write_json

        return write_json(pubs, clusters, rekey=rekey)
    if format is ExportFormat.csv:
        from .writers.csvout import write_csv

        return write_csv(pubs, rekey=rekey)
    if format in (ExportFormat.csl_json, ExportFormat.ris):
        from .writers.csljson import write_csljson
        from .writers.ris import write_ris

        return (write_csljson if format is ExportFormat.csl_json else write_ris)(pubs, rekey=rekey)
    from .writers.bibtex import write_bibtex

    text, warnings = write_bibtex(pubs, ascii=ascii, untitled=untitled, rekey=rekey)
    for w in warnings:
        _err(f"warning: {w}")
    return text


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


@app.command()
def check(
    paths: PathsArg,
    format: Annotated[CheckFormat, typer.Option("--format", "-f", help="text (path:line:col: CODE message), json, or github (workflow annotations).")] = CheckFormat.text,
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
    import json

    from .check import CODES, CheckOptions
    from .check import check as run_check

    cfg, db = _setup(paths, venues)
    edition = ccf_edition or cfg.ccf_edition
    edition = edition if edition.startswith("ccf") else f"ccf{edition}"
    if edition not in ("ccf2022", "ccf2026"):
        _err(f"error: --ccf-edition takes 2022 or 2026, not {ccf_edition!r}")
        raise typer.Exit(2)

    def _codes(values: list[str] | None, fallback: list[str]) -> frozenset[str]:
        out = {c.strip().upper() for v in (values if values is not None else fallback) for c in v.split(",") if c.strip()}
        return frozenset(out)

    opts = CheckOptions(ccf_edition=edition, select=_codes(select, cfg.select), ignore=_codes(ignore, cfg.ignore),
                        threshold=cfg.threshold)
    if year is not None:
        from dataclasses import replace

        opts = replace(opts, this_year=year)
    _require_paths(paths)
    result = run_check(paths, db, opts, max_bytes=_bytes(max_size), jobs=jobs,
                       extractor=_extractor(extractor, cfg.extractor), site=_site(cfg, (include, exclude, drafts, keep_samples)))
    _notes(result.notes, paths)
    if format is CheckFormat.json:
        rows = [{"path": d.path, "line": d.line, "col": d.col, "code": d.code, "severity": d.severity,
                 "title": CODES[d.code][1] if d.code in CODES else "input problem", "message": d.message}
                for d in result.findings]
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for d in result.findings:
            if format is CheckFormat.github:
                kind = "error" if d.severity == "error" else "warning"
                title = CODES[d.code][1] if d.code in CODES else "input problem"
                typer.echo(f"::{kind} file={_gh_prop(d.path)},line={max(d.line, 1)},col={d.col},"
                           f"title={_gh_prop(f'{d.code} {title}')}::{_gh_data(d.message)}")
            else:
                _echo(f"{d.path}:{d.line}:{d.col}: {d.code} {d.message}")
    if result.files == 0 and not result.findings:
        _err(f"pubnorm check: nothing to check (no publication source among the {len(paths)} input(s))")
        raise typer.Exit(0)
    _err(f"pubnorm check: {result.errors} error(s), {result.warnings} warning(s) in {result.files} file(s), "
         f"{result.entries} entries")
    raise typer.Exit(1 if result.errors else 0)


def _gh_data(text: str) -> str:
    """Escape a GitHub workflow-command message (control and nested command sequences made inert first)."""
    return _inert(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_prop(text: str) -> str:
    """Escape a GitHub workflow-command property value (file, title)."""
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")


def main() -> None:
    """Console entry point."""
    import gc

    # a run builds a few hundred thousand small objects that live to its end; at the default threshold (700)
    # the collector walks them again and again (a 100,000-entry dedupe ran about 20% faster with this)
    gc.set_threshold(10_000, 20, 100)
    try:
        app()
    except KeyboardInterrupt:
        _err("interrupted")
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)


@venues_app.command("lookup")
def venues_lookup(
    strings: Annotated[list[str], typer.Argument(help="Venue strings to look up.", show_default=False)],
    explain: Annotated[bool, typer.Option("--explain", help="Also show the closest candidates.")] = False,
    format: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table,
    venues: VenuesOpt = None,
) -> None:
    """Split each string (venue, year, track, awards, status, rank claims) and match it to a venue."""
    import json

    from .venues import explain as explain_fn

    db = _load_db(venues)
    rows = []
    for s in strings:
        m = db.match(s)
        p = m.parse
        row = {"input": s, "venue": m.venue.id if m.venue else None, "method": m.method, "score": m.score,
               "text": p.text, "year": p.year, "track": p.track, "awards": list(p.awards), "status": p.status,
               "rank_claims": list(p.rank_claims), "candidates": list(m.candidates)}
        if explain:
            row["closest"] = [{"id": vid, "score": sc} for vid, sc in explain_fn(db, s)]
        rows.append(row)
    if format is TableFormat.json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for r in rows:
        found = r["venue"] or ("ambiguous: " + " | ".join(r["candidates"]) if r["candidates"] else "(unknown)")
        _echo(f"{r['input']!r} -> {found} [{r['method']} {r['score']}] year={r['year']} track={r['track']} "
                   f"awards={r['awards']} status={r['status']} ranks={r['rank_claims']}")
        for c in r.get("closest", []):
            _echo(f"    candidate {c['id']} {c['score']}")


@venues_app.command("validate")
def venues_validate(
    files: Annotated[Optional[list[Path]], typer.Argument(help="venues YAML files (default: the shipped one).")] = None,
    format: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table,
) -> None:
    """Check venue files: schema, duplicate ids, aliases claimed by two venues; every problem with its line.

    Without files, the shipped venues.yaml and the journal layer under it are checked.
    """
    import json

    from .journals import JournalLayer, JournalLayerError, default_journals_path, validate_journals
    from .venues import VenueDBError, default_venues_path, parse_venue_file, validate

    paths = files or [default_venues_path()]
    problems = []
    abbreviated: frozenset[str] = frozenset()
    if not files:
        try:
            problems.extend(validate_journals(default_journals_path(), parse_venue_file(paths[0])[0]))
            abbreviated = JournalLayer(default_journals_path()).absorbed()
        except (JournalLayerError, VenueDBError) as e:
            _err(f"error: {e}")
            raise typer.Exit(2) from None
    for f in paths:
        try:
            vs, ps = parse_venue_file(f)
        except VenueDBError as e:
            problems.extend(e.problems)
            continue
        except OSError as e:
            _err(f"error: cannot read {f}: {e.strerror or e}")
            raise typer.Exit(2) from None
        problems.extend(ps + validate(vs, str(f), abbreviated))
    errors = [p for p in problems if p.severity == "error"]
    if format is TableFormat.json:
        typer.echo(json.dumps([{"code": p.code, "severity": p.severity, "message": p.message, "file": p.path, "line": p.line} for p in problems], indent=2))
    else:
        for p in problems:
            _echo(f"{p.path}:{p.line}: {p.code} {p.severity}: {p.message}")
    _err(f"{len(errors)} error(s), {len(problems) - len(errors)} warning(s)")
    raise typer.Exit(1 if errors else 0)


@venues_app.command("list")
def venues_list(
    rank: Annotated[Optional[str], typer.Option("--rank", help="e.g. ccf:A, core:A*, ccf2022:B")] = None,
    type: Annotated[Optional[str], typer.Option("--type", help="conference, journal, preprint, ...")] = None,
    layer: Annotated[Layer, typer.Option("--layer", help="top (venues.yaml and overlays), journals (the broad "
                                          "journal layer, ~37k) or all.")] = Layer.top,
    format: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table,
    venues: VenuesOpt = None,
) -> None:
    """List venues, optionally filtered by layer, rank and type; the count of each layer goes to stderr."""
    import json

    from .venues import as_dict

    db = _load_db(venues)
    want = None
    if rank:
        if ":" not in rank:
            _err("error: --rank takes EDITION:RANK, e.g. ccf:A or core2023:A*")
            raise typer.Exit(2)
        ed, r = rank.split(":", 1)
        ed = {"ccf": "ccf2026", "core": "core2023"}.get(ed.lower(), ed.lower())
        want = (ed, r.upper())
    journals = db.journal_layer()
    pool = [] if layer is Layer.journals else sorted(db.venues.values(), key=lambda v: v.id)
    if layer is not Layer.top and journals is not None and want is None and type in (None, "journal"):
        pool = sorted([*pool, *journals], key=lambda v: v.id)  # journals carry no ranks
    out = [v for v in pool if (type is None or v.type == type) and (want is None or v.rank(want[0]) == want[1])]
    if format is TableFormat.json:
        typer.echo(json.dumps([as_dict(v) for v in out], ensure_ascii=False, indent=2))
    else:
        for v in out:
            ranks = " ".join(f"{k}:{r}" for k, r in v.ranks)
            _echo(f"{v.id:<28} {v.label[:24]:<24} {v.type:<10} {ranks}  {v.name}")
    _err(f"{len(out):,} listed; top layer {len(db.venues):,} venues, journal layer "
         f"{len(journals) if journals is not None else 0:,} journals (--layer journals|all)")
