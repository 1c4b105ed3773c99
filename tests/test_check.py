"""pubnorm check: the example site's deliberate mistakes in every output format (golden files), suppressions,
selection, CCF editions, configuration and exit codes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import ROOT, CliRun, run_cli

from pubnorm.checks import CheckOptions, check, read_suppressions

SITE = "examples/check-site"
GOLDEN = ROOT / "tests" / "golden"


def pubnorm(*args: str, cwd: Path = ROOT) -> CliRun:
    return run_cli(*args, cwd=cwd)


@pytest.mark.parametrize("fmt", ["text", "json", "github"])
def test_example_site_gives_exactly_the_golden_findings(fmt):
    p = pubnorm("check", SITE, "--year", "2026", "--format", fmt)
    assert p.returncode == 1  # the site has error-level mistakes
    assert p.stdout == (GOLDEN / f"check-site.{fmt}").read_text(encoding="utf-8")
    assert p.stderr.strip() == "pubnorm check: 6 error(s), 7 warning(s) in 2 file(s), 19 entries"


def test_every_kind_of_mistake_is_found_once():
    rows = json.loads((GOLDEN / "check-site.json").read_text(encoding="utf-8"))["diagnostics"]
    codes = sorted(r["code"] for r in rows)
    assert codes == ["PN101", "PN102", "PN103", "PN201", "PN201", "PN202", "PN301", "PN302", "PN303", "PN401",
                     "PN402", "PN403", "PN404"]
    assert all(r["path"] == f"{SITE}/_pages/about.md" and r["line"] > 0 and r["col"] > 0 for r in rows)


def test_inline_suppression_hides_only_its_line(tmp_path):
    site = tmp_path / "site"
    shutil.copytree(ROOT / SITE, site)
    about = site / "_pages" / "about.md"
    about.write_text(about.read_text(encoding="utf-8").replace(" <!-- pubnorm: ignore[PN201] -->", ""), encoding="utf-8")
    p = pubnorm("check", str(site), "--year", "2026", "--select", "PN201", "-f", "json")
    found = [(r["line"], r["message"]) for r in json.loads(p.stdout)["diagnostics"]]
    assert len(found) == 3 and any("SIGIR" in m for _, m in found)


def test_read_suppressions_forms():
    text = "a <!-- pubnorm: ignore[PN201, pn3] -->\n<!-- pubnorm: ignore -->\n\nnext line\n% pubnorm: ignore-file[PN101]\n"
    sup = read_suppressions(text)
    assert sup.hides("PN201", 1) and sup.hides("PN301", 1) and not sup.hides("PN202", 1)
    assert not sup.hides("PN201", 3) and not sup.hides("PN201", 5)
    assert sup.hides("PN999", 4)  # a bare comment on its own line covers the next line with text
    assert sup.hides("PN101", 99) and not sup.hides("PN102", 99)


def test_select_ignore_and_exit_codes():
    p = pubnorm("check", SITE, "--year", "2026", "--ignore", "PN2,PN3,PN4")
    assert p.returncode == 0 and "PN201" not in p.stdout and "PN102" in p.stdout
    p = pubnorm("check", SITE, "--year", "2026", "--select", "PN102")
    assert p.returncode == 0 and p.stdout.count("\n") == 1
    assert pubnorm("check", SITE, "--ccf-edition", "1999").returncode == 2


def test_ccf_edition_decides_which_claims_are_wrong(db):
    new = {d.message for d in check([ROOT / SITE], db, CheckOptions(this_year=2026, select=frozenset({"PN201"}))).findings}
    old = {d.message for d in check([ROOT / SITE], db, CheckOptions(this_year=2026, ccf_edition="ccf2022",
                                                                    select=frozenset({"PN201"}))).findings}
    assert any("IJCAI" in m and "right under CCF 2022" in m for m in new)
    assert not any("IJCAI" in m for m in old) and any("EMNLP" in m for m in old)


def test_configuration_file_sets_ignores_and_edition(tmp_path):
    site = tmp_path / "site"
    shutil.copytree(ROOT / SITE, site)
    (site / ".pubnorm.yaml").write_text("ignore: [PN1, PN4]\nccf-edition: 2022\n", encoding="utf-8")
    (site / ".git").mkdir()
    p = pubnorm("check", str(site), "--year", "2026", "-f", "json")
    codes = {r["code"] for r in json.loads(p.stdout)["diagnostics"]}
    assert not any(c.startswith(("PN1", "PN4")) for c in codes) and "PN301" in codes
    assert not any("IJCAI" in r["message"] for r in json.loads(p.stdout)["diagnostics"])


def test_the_lab_example_has_no_errors():
    p = pubnorm("check", "examples/lab")
    assert p.returncode == 0, p.stdout


def test_a_report_and_a_thesis_are_neither_unknown_venues_nor_without_one(tmp_path):
    """A .bib's @techreport names its institution and a @phdthesis its school: neither is an unknown venue to add
    to an overlay (PN101), and neither lacks a venue or a status (PN403)."""
    (tmp_path / "r.bib").write_text(
        "@techreport{roe2024,\n  title = {Carbon Prices and Wages},\n  author = {Roe, Ada},\n"
        "  institution = {Institute for Labour Studies},\n  number = {2024-3},\n  year = {2024}\n}\n"
        "@phdthesis{roe2020,\n  title = {Essays on Wages},\n  author = {Roe, Ada},\n"
        "  school = {University of Oslo},\n  year = {2020}\n}\n", encoding="utf-8")
    p = pubnorm("check", str(tmp_path / "r.bib"), "--format", "json")
    assert p.returncode == 0 and json.loads(p.stdout)["diagnostics"] == []


def test_a_pages_thesis_names_its_university_and_a_paper_in_preparation_has_a_status(tmp_path):
    """"A. Roe. Title. PhD thesis, University of Oslo, 2019." on a page: its university was an unknown venue to add
    to an overlay (PN101); "Title. Manuscript in preparation, 2025." gave "neither a venue nor a status" (PN403)."""
    (tmp_path / "p.md").write_text(
        "## Publications\n\n- A. Roe. Essays on widget wages. PhD thesis, University of Oslo, 2019.\n"
        "- A. Roe, B. Lind. Gadget prices in widget markets. Manuscript in preparation, 2025.\n", encoding="utf-8")
    p = pubnorm("check", str(tmp_path / "p.md"), "--format", "json")
    assert p.returncode == 0 and json.loads(p.stdout)["diagnostics"] == []
