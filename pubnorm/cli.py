"""Command line: parse options, call the library, print, choose the exit code. No logic of its own."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Turn academic homepage publication lists into clean, normalized, deduplicated bibliographic data.")
venues_app = typer.Typer(no_args_is_help=True, help="Look up, list and validate venues.")
app.add_typer(venues_app, name="venues")


class ExportFormat(str, Enum):
    json = "json"
    bib = "bib"
    csv = "csv"


class TableFormat(str, Enum):
    table = "table"
    json = "json"


class CheckFormat(str, Enum):
    text = "text"
    json = "json"
    github = "github"


PathsArg = Annotated[list[Path], typer.Argument(help="Files or site folders to read.", show_default=False)]
VenuesOpt = Annotated[Optional[list[Path]], typer.Option("--venues", help="Extra venues YAML merged over the default (repeatable).")]
MaxSizeOpt = Annotated[float, typer.Option("--max-size", help="Largest input file to read, in MB.")]


def _err(msg: str) -> None:
    typer.echo(msg, err=True)


def _load_db(extra: list[Path] | None, config_venues: list[Path] | None = None):  # type: ignore[no-untyped-def]
    from .venues import VenueDBError, load_venues

    try:
        return load_venues([*(config_venues or []), *(extra or [])])
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


def _run(paths: list[Path], venues: list[Path] | None, max_size: float, *, dedupe: bool = True, threshold: float | None = None):  # type: ignore[no-untyped-def]
    from .pipeline import Options, run

    cfg = _config(paths)
    db = _load_db(venues, cfg.venues)
    opts = Options(max_bytes=int(max_size * 1024 * 1024), threshold=threshold if threshold is not None else cfg.threshold)
    with _progress() as tick:
        result = run(paths, db, opts, dedupe=dedupe, progress=tick)
    return result, cfg, db


class _progress:
    """A progress count on stderr when it is a terminal, nothing otherwise."""

    def __enter__(self):  # type: ignore[no-untyped-def]
        self.live = sys.stderr.isatty()
        return self.tick

    def tick(self, n: int) -> None:
        if self.live and n % 50 == 0:
            sys.stderr.write(f"\rread {n} files")
            sys.stderr.flush()

    def __exit__(self, *exc: object) -> None:
        if self.live:
            sys.stderr.write("\r\033[K")


def _report_read_problems(result) -> None:  # type: ignore[no-untyped-def]
    for d in sorted(result.diagnostics, key=lambda d: d.sort_key()):
        if d.severity in ("error", "warning"):
            loc = f"{d.path}:{d.line}" if d.line else d.path
            _err(f"{loc}: {d.severity}: {d.message} [{d.code}]")


def _emit(text: str, output: str | None) -> None:
    from .writers import write_atomic

    if output in (None, "-"):
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        write_atomic(output, text)
    except OSError as e:
        _err(f"error: cannot write {output}: {e.strerror or e}")
        raise typer.Exit(2) from None


@app.command()
def extract(
    paths: PathsArg,
    format: Annotated[TableFormat, typer.Option("--format", "-f", help="table (readable) or json.")] = TableFormat.table,
    venues: VenuesOpt = None,
    max_size: MaxSizeOpt = 20.0,
) -> None:
    """Print every publication found in the inputs, one profile at a time (no merging across profiles)."""
    from .records import make_keys
    from .writers.jsonout import write_json
    from .writers.table import write_table

    result, _, _ = _run(paths, venues, max_size, dedupe=False)
    if format is TableFormat.json:
        _emit(write_json(result.publications), None)
    else:
        _emit(write_table(result.profiles, make_keys), None)
    _report_read_problems(result)
    raise typer.Exit(1 if result.has_errors else 0)


@app.command()
def export(
    paths: PathsArg,
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="json, bib or csv.")] = ExportFormat.json,
    output: Annotated[Optional[str], typer.Option("--output", "-o", help="Output file ('-' or none: stdout). Written atomically.")] = None,
    ascii: Annotated[bool, typer.Option("--ascii", help="BibTeX only: write LaTeX escapes instead of UTF-8.")] = False,
    no_dedupe: Annotated[bool, typer.Option("--no-dedupe", help="Keep one record per profile entry (no merging across profiles).")] = False,
    untitled: Annotated[str, typer.Option("--untitled", help="BibTeX: records without a title are 'note'd (default) or 'skip'ped.")] = "note",
    venues: VenuesOpt = None,
    max_size: MaxSizeOpt = 20.0,
) -> None:
    """Write all publications, merged across inputs, as JSON, BibTeX or CSV."""
    if untitled not in ("note", "skip"):
        _err("error: --untitled takes 'note' or 'skip'")
        raise typer.Exit(2)
    result, _, _ = _run(paths, venues, max_size, dedupe=not no_dedupe)
    if format is ExportFormat.json:
        from .writers.jsonout import write_json

        text = write_json(result.publications, result.clusters)
    elif format is ExportFormat.csv:
        from .writers.csvout import write_csv

        text = write_csv(result.publications)
    else:
        from .writers.bibtex import write_bibtex

        text, warnings = write_bibtex(result.publications, ascii=ascii, untitled=untitled)
        for w in warnings:
            _err(f"warning: {w}")
    _emit(text, output)
    _report_read_problems(result)
    raise typer.Exit(1 if result.has_errors else 0)


def main() -> None:
    """Console entry point."""
    try:
        app()
    except KeyboardInterrupt:
        _err("interrupted")
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
