from __future__ import annotations

from pathlib import Path

import pytest

from pubnorm.venues import VenueDB, load_venues

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def db(tmp_path_factory: pytest.TempPathFactory) -> VenueDB:
    return load_venues(cache_dir=tmp_path_factory.mktemp("cache"))


class CliRun:
    """One in-process run of the command line (typer's CliRunner): exit code, stdout, stderr."""

    def __init__(self, returncode: int, stdout: str, stderr: str):
        self.returncode, self.stdout, self.stderr = returncode, stdout, stderr


def run_cli(*args: str, cwd: Path | None = None) -> CliRun:
    """`pubnorm ARGS...` run in this process (fast: no interpreter start-up), from cwd when given."""
    import contextlib
    import os

    from typer.testing import CliRunner

    from pubnorm.cli import app

    with contextlib.chdir(cwd) if cwd else contextlib.nullcontext():
        r = CliRunner().invoke(app, [os.fspath(a) for a in args], catch_exceptions=False)
    return CliRun(r.exit_code, r.stdout, r.stderr)


def check_in_a_new_process(args: list[str], then: str) -> list[str]:
    """Run `pubnorm check ARGS` in a fresh interpreter (start-up as a user meets it), then the statement `then`,
    which prints what it found to stderr; the lines of stderr."""
    import subprocess
    import sys

    code = (f"import sys; from pubnorm.cli import main; sys.argv = ['pubnorm', 'check', *{args!r}]\n"
            f"try:\n    main()\nexcept SystemExit:\n    pass\n{then}")
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    return p.stderr.splitlines()


def read_back(names: list[str]) -> list[str]:
    """Names as the exported .bib gives them back: one written "Surname, Given" is BibTeX's "Last, First", which the
    reader puts in reading order ("Smith, J. A." -> "J. A. Smith"), and so is a list written surname first with its
    initials after it ("Smith JA, Doe B" -> "J. A. Smith", "B. Doe"); other names come back as written."""
    from pubnorm.normalize import display_name, name_parts, surname_first

    after = surname_first(names)
    return [display_name(name_parts(n, after)) if after and " " in n.strip()
            else display_name(name_parts(n)) if n.count(",") == 1 and all(part.strip() for part in n.split(","))
            else n for n in names]
