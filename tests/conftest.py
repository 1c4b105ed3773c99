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
