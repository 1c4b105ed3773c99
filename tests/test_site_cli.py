"""Site options on the command line and in .pubnorm.yaml; files named one by one; pre-commit's way of calling."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, CliRun, run_cli

from pubnorm.model import Publication
from pubnorm.sources.samples import load_samples, sample_of

SITES = ROOT / "tests" / "sites"
PAPER = ("---\ntitle: \"Budget-Aware Retrieval for Long Documents\"\ncollection: publications\ndate: 2024-05-01\n"
         "venue: 'NeurIPS 2024'\ncitation: 'Ada Lovelace, Jane Roe (2024). Budget-Aware Retrieval.'\n---\n")


def pubnorm(*args: str, cwd: Path | None = None) -> CliRun:
    return run_cli(*args, cwd=cwd)  # in process (typer's CliRunner): the same exit code, stdout and stderr


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """The academicpages template (samples, talks, teaching, posts) plus one real paper."""
    root = tmp_path / "site"
    shutil.copytree(SITES / "academicpages-template", root)
    (root / "_publications" / "2024-05-01-budget.md").write_text(PAPER, encoding="utf-8")
    return root


def titles(stdout: str) -> list[str]:
    return [r["title"] for r in json.loads(stdout)["records"]]  # the JSON envelope (schema_version 1)


def test_a_site_gives_its_paper_and_one_sample_warning(site: Path):
    p = pubnorm("export", str(site), "-f", "json")
    assert p.returncode == 0, p.stderr
    assert titles(p.stdout) == ["Budget-Aware Retrieval for Long Documents"]
    assert p.stderr.count("W310") == 1 and "--keep-samples" in p.stderr
    assert "file(s) skipped as no publication source" in p.stderr


def test_keep_samples_flag_and_config_key(site: Path):
    p = pubnorm("export", str(site), "-f", "json", "--keep-samples")
    assert len(titles(p.stdout)) == 4 and "W310" not in p.stderr
    (site / ".pubnorm.yaml").write_text("keep-samples: true\n", encoding="utf-8")
    assert len(titles(pubnorm("export", str(site), "-f", "json").stdout)) == 4


def test_include_and_exclude(site: Path):
    p = pubnorm("export", str(site), "-f", "json", "--keep-samples", "--exclude", "_publications/2*-paper-title-*")
    assert titles(p.stdout) == ["Budget-Aware Retrieval for Long Documents"]
    p = pubnorm("export", str(site), "-f", "json", "--include", "_talks/*")
    assert titles(p.stdout) == [] and p.returncode == 0
    (site / ".pubnorm.yaml").write_text("exclude: ['_publications/2024-*']\n", encoding="utf-8")
    assert titles(pubnorm("export", str(site), "-f", "json").stdout) == []


def test_config_keys_are_validated(site: Path):
    (site / ".pubnorm.yaml").write_text("drafts: maybe\n", encoding="utf-8")
    p = pubnorm("export", str(site))
    assert p.returncode == 2 and "drafts must be true or false" in p.stderr


def test_named_talks_are_skipped_with_a_note_and_nothing_to_check(site: Path):
    """What pre-commit does when a commit touches only _talks/: every file skipped, exit 0."""
    talks = sorted(str(p) for p in (site / "_talks").iterdir())
    p = pubnorm("check", *talks)
    assert p.returncode == 0, p.stderr
    assert p.stdout == ""
    assert all(f"{t}: note: skipped: not a publication source: talk" in p.stderr for t in talks)
    assert "nothing to check" in p.stderr


def test_a_named_paper_is_checked_beside_a_named_talk(site: Path):
    talk = str(next((site / "_talks").iterdir()))
    paper = str(site / "_publications" / "2024-05-01-budget.md")
    p = pubnorm("check", talk, paper, "--year", "2026")
    assert "1 file(s), 1 entries" in p.stderr and f"{talk}: note:" in p.stderr


def test_a_missing_path_is_a_usage_error(site: Path):
    for cmd in ("check", "export", "extract", "dedupe"):
        p = pubnorm(cmd, str(site / "nope.md"))
        assert p.returncode == 2 and "no such file or directory" in p.stderr, (cmd, p.stderr)


def test_drafts_flag(site: Path):
    (site / "_drafts").mkdir()
    (site / "_drafts" / "d.md").write_text(PAPER.replace("Budget-Aware", "Drafted"), encoding="utf-8")
    assert "Drafted Retrieval for Long Documents" not in pubnorm("export", str(site), "-f", "json").stdout
    assert "Drafted Retrieval for Long Documents" in titles(pubnorm("export", str(site), "-f", "json", "--drafts").stdout)


@pytest.mark.parametrize(("title", "authors", "ids", "is_sample"), [
    pytest.param("Paper Title Number 3", [], {}, True, id="placeholder-title"),
    pytest.param("The meaning of relativity", ["Albert Einstein", "AH Taub"], {}, True, id="title-and-author"),
    pytest.param("The meaning of relativity", ["Jane Roe"], {}, False, id="same-title-other-author"),
    pytest.param("An example journal article", ["Jane Roe"], {"arxiv": "1512.04133"}, True, id="title-and-id"),
    pytest.param("Lorem ipsum dolor sit amet, consectetur adipiscing elit. Vivamus", [], {}, True, id="title-prefix"),
    pytest.param("Deep Residual Learning for Image Recognition", ["Jane Roe"], {}, False, id="real-resnet-citer"),
])
def test_sample_table(title: str, authors: list[str], ids: dict[str, str], is_sample: bool):
    pub = Publication(title=title, authors=authors, ids=ids)
    assert (sample_of(pub) is not None) is is_sample


def test_every_sample_group_names_its_source():
    import yaml

    data = yaml.safe_load((ROOT / "pubnorm" / "data" / "template_samples.yaml").read_text(encoding="utf-8"))
    assert all(g["source"] for g in data["templates"]) and len(load_samples()) >= 20


@pytest.mark.skipif(shutil.which("pre-commit") is None and not os.path.exists(Path(sys.executable).parent / "pre-commit"),
                    reason="pre-commit is not installed (pip install pre-commit)")
def test_pre_commit_hook_checks_publication_files_only(site: Path):
    """`pre-commit try-repo` with the shipped hook: talks, teaching, posts are passed in and skipped; the paper
    is checked. (try-repo installs pubnorm from this work tree into its own environment: slow, needs PyPI.)"""
    exe = shutil.which("pre-commit") or str(Path(sys.executable).parent / "pre-commit")
    env = {**os.environ, "PRE_COMMIT_HOME": str(site.parent / "pc-home"), "GIT_AUTHOR_NAME": "t",
           "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    for cmd in (["git", "init", "-q"], ["git", "add", "-A"], ["git", "commit", "-qm", "site"]):
        subprocess.run(cmd, cwd=site, check=True, env=env)
    p = subprocess.run([exe, "try-repo", str(ROOT), "pubnorm-check", "--all-files", "--verbose"], cwd=site,
                       capture_output=True, text=True, env=env, timeout=900)
    out = p.stdout + p.stderr
    assert p.returncode == 0, out[-3000:]
    assert "note: skipped: not a publication source: talk" in out
    assert "0 error(s), 1 warning(s)" in out and "W310" in out  # the one warning: the template samples
    assert "1 entries" in out  # the paper only
