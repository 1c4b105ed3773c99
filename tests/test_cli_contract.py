"""The command line's promises (README: "Exit codes", "Diagnostics"): no silent success, one exit-code table,
-o picks the format, one diagnostic format, a summary line; all run in process (typer's CliRunner)."""

from __future__ import annotations

import json
import re
import shutil

import pytest
from conftest import FIXTURES, ROOT, check_in_a_new_process, run_cli

LAB = str(ROOT / "examples" / "lab")
ONE_LINE = re.compile(r"^(?:\S.*?:\d+:\d+: |\S.*?: )?(?:error|warning|note): .+ \[[A-Z]+\d+\]$")


def test_version():
    import pubnorm

    p = run_cli("--version")
    assert p.returncode == 0 and p.stdout.strip() == f"pubnorm {pubnorm.__version__}"


@pytest.mark.parametrize("command", ["check", "export", "extract", "dedupe"])
def test_a_path_that_does_not_exist_is_a_usage_error_naming_the_closest(command, tmp_path):
    (tmp_path / "publications.md").write_text("# Publications\n", encoding="utf-8")
    p = run_cli(command, str(tmp_path / "publication.md"))
    assert p.returncode == 2
    assert "no such file or directory; closest: " in p.stderr and "publications.md" in p.stderr and "[U101]" in p.stderr


@pytest.mark.parametrize("command", ["check", "export", "extract", "dedupe"])
def test_a_folder_with_no_source_is_a_usage_error(command, tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.yml").write_text("a: 1\n", encoding="utf-8")
    p = run_cli(command, str(tmp_path / "empty"))
    assert p.returncode == 2 and "no publication source in this folder" in p.stderr and "[U102]" in p.stderr
    assert p.stdout == ""


def test_files_that_hold_no_publication_list_pass_and_say_so(tmp_path):
    talk = tmp_path / "_talks" / "2024-talk.md"
    talk.parent.mkdir()
    talk.write_text("---\ntitle: A talk\n---\nI gave a talk at the lab meeting.\n", encoding="utf-8")
    p = run_cli("check", str(talk))
    assert p.returncode == 0 and "none of them holds a publication list" in p.stderr


@pytest.mark.parametrize(("args", "words"), [
    pytest.param(["check", LAB, "--ignore", "PN999"], ["unknown code 'PN999'", "closest: PN"], id="ignore"),
    pytest.param(["check", LAB, "--select", "pn2,XX1"], ["unknown code 'XX1'"], id="select"),
    pytest.param(["venues", "list", "--type", "jornal"], ["unknown venue type 'jornal'", "closest: journal"], id="type"),
    pytest.param(["venues", "list", "--rank", "ccf:D"], ["unknown ccf2026 rank 'D'", "A, B, C"], id="rank-value"),
    pytest.param(["venues", "list", "--rank", "cfc:A"], ["unknown rank edition 'cfc'", "closest: ccf"], id="rank-edition"),
    pytest.param(["check", LAB, "--extractor", "crff"], ["unknown extractor 'crff'", "closest: crf"], id="extractor"),
])
def test_unknown_names_are_usage_errors_with_the_closest(args, words):
    p = run_cli(*args)
    assert p.returncode == 2, p.stderr
    for w in words:
        assert w in p.stderr, p.stderr


def test_an_unknown_configuration_key_is_a_usage_error(tmp_path):
    site = tmp_path / "site"
    shutil.copytree(ROOT / "examples" / "check-site", site)
    (site / ".git").mkdir()
    (site / ".pubnorm.yaml").write_text("ignroe: [PN403]\n", encoding="utf-8")
    p = run_cli("check", str(site))
    assert p.returncode == 2 and "unknown key 'ignroe'; closest: ignore" in p.stderr and "[U104]" in p.stderr
    (site / ".pubnorm.yaml").write_text("ignore: [PN999]\n", encoding="utf-8")
    p = run_cli("check", str(site))
    assert p.returncode == 2 and "unknown code 'PN999'" in p.stderr


@pytest.mark.parametrize(("command", "name", "check_text"), [
    pytest.param("export", "me.bib", lambda t: t.startswith("@"), id="export-bib"),
    pytest.param("export", "me.csv", lambda t: t.startswith("key,title"), id="export-csv"),
    pytest.param("export", "me.json", lambda t: json.loads(t)["schema_version"] == 1, id="export-json"),
    pytest.param("extract", "me.json", lambda t: len(json.loads(t)["records"]) > 3, id="extract-json"),
    pytest.param("check", "findings.json", lambda t: "diagnostics" in json.loads(t), id="check-json"),
])
def test_the_output_name_picks_the_format(tmp_path, command, name, check_text):
    out = tmp_path / name
    p = run_cli(command, LAB, "-o", str(out))
    assert p.returncode == 0, p.stderr
    assert check_text(out.read_text(encoding="utf-8"))


@pytest.mark.parametrize("args", [
    pytest.param(["export", LAB, "-o", "me.bib", "--format", "json"], id="export"),
    pytest.param(["check", LAB, "-o", "me.json", "--format", "github"], id="check"),
    pytest.param(["export", LAB, "-o", "me.txt"], id="unknown-extension"),
    pytest.param(["dedupe", LAB, "-o", "merged.xml"], id="dedupe"),
])
def test_a_format_the_name_contradicts_is_a_usage_error(tmp_path, args):
    p = run_cli(*args, cwd=tmp_path)
    assert p.returncode == 2 and "[U106]" in p.stderr
    assert not list(tmp_path.iterdir())


def test_export_says_what_it_wrote(tmp_path):
    p = run_cli("export", LAB, "-o", str(tmp_path / "lab.bib"))
    assert p.returncode == 0
    # (and, in a note, that sections of two pages were read as no papers': Alice's talks, Bob's teaching)
    assert p.stderr.strip().splitlines() == [
        "note: 2 file(s) have sections not read as papers (talks, teaching, service; name a file to list them) [I210]",
        f"pubnorm export: wrote 6 record(s) (6 merged) to {tmp_path / 'lab.bib'} as bib in 4 file(s)"]


def test_every_diagnostic_has_the_one_format(tmp_path):
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"\x00\x01binary")
    (tmp_path / "untitled.md").write_text("## Publications\n\n- [MergeBench](https://arxiv.org/abs/2501.00001), "
                                          "ICML 2025\n", encoding="utf-8")
    p = run_cli("export", str(bad), str(tmp_path / "untitled.md"), str(FIXTURES / "news.md"), "-f", "bib")
    lines = [ln for ln in p.stderr.splitlines() if not ln.startswith("pubnorm export:")]
    assert lines and all(ONE_LINE.match(ln) for ln in lines), lines
    assert any("[W301]" in ln for ln in lines)


def test_json_documents_carry_a_schema_version():
    for args, key in ((["export", LAB], "records"), (["check", LAB, "-f", "json"], "diagnostics"),
                      (["dedupe", LAB, "-f", "json"], "clusters"), (["venues", "lookup", "ACL", "-f", "json"], "lookups"),
                      (["venues", "list", "--rank", "ccf:A", "-f", "json"], "venues")):
        doc = json.loads(run_cli(*args).stdout)
        assert doc["schema_version"] == 1 and key in doc, args


def test_venues_validate_on_the_shipped_data_is_quiet():
    p = run_cli("venues", "validate")
    assert p.returncode == 0 and len(p.stdout.splitlines()) < 10 and "V011" not in p.stdout
    assert "0 error(s), 0 warning(s)" in p.stderr  # main made the shipped data clean (no V011 notes left either)


def test_csv_has_rank_and_owner_columns(tmp_path):
    import csv

    out = tmp_path / "lab.csv"
    assert run_cli("export", LAB, "-o", str(out)).returncode == 0
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    tiny = next(r for r in rows if r["title"].startswith("TinyRAG"))
    assert (tiny["venue_id"], tiny["ccf2022"], tiny["ccf2026"], tiny["core2023"]) == ("acl", "A", "A", "A*")
    assert "Alice Moreau" in tiny["owners"]


@pytest.mark.parametrize("args, loaded", [
    (["examples/lab/alice/_pages/about.md", "--extractor", "rules"], ""),
    (["examples/lab/alice/_pages/about.md"], "pycrfsuite pubnorm.sources.labeller"),  # the default reads with it
    (["examples/lab/carol/_bibliography/papers.bib"], "pubnorm.sources.bibtex"),  # a .bib needs no labeller
])
def test_check_loads_only_what_its_inputs_need(args, loaded):  # type: ignore[no-untyped-def]
    """Start-up of `pubnorm check FILE` (bench/run.py --startup-only): what an input does not need is not imported."""
    lines = check_in_a_new_process(
        args, "print(' '.join(m for m in ('pycrfsuite', 'pubnorm.sources.labeller', 'pubnorm.sources.bibtex', 'rich',"
              " 'markdown_it', 'html') if m in sys.modules), file=sys.stderr)")
    assert lines[-2].startswith("pubnorm check: 0 error(s)"), lines
    assert lines[-1] == loaded, f"loaded: {lines[-1]}"


def test_lookup_reads_the_rank_claims_check_reads():
    p = run_cli("venues", "lookup", "ICDE 2026 [CCF B]", "*ICDE 2026* (CCF-A类)")
    assert "claims=['CCF B']" in p.stdout and "claims=['CCF A']" in p.stdout


@pytest.mark.parametrize("args", [
    pytest.param(["check", "--help"], id="check-help"),
    pytest.param(["export", "--help"], id="export-help"),
    pytest.param(["dedupe", "--bogus"], id="unknown-option"),
    pytest.param(["extract"], id="missing-argument"),
    pytest.param(["check", LAB, "-f", "xml"], id="bad-choice"),
    pytest.param(["check", LAB], id="run"),
])
def test_the_one_command_app_main_runs_reads_as_the_whole_app(args):
    """main() builds only the command it runs (start-up); help, usage errors and output are the whole app's."""
    from typer.testing import CliRunner

    from pubnorm.cli import _app_for, app

    assert _app_for(args[:1]) is not app
    whole, one = (CliRunner().invoke(a, args) for a in (app, _app_for(args[:1])))
    assert (one.exit_code, one.stdout, one.stderr) == (whole.exit_code, whole.stdout, whole.stderr)
    assert _app_for(["--help"]) is app and _app_for(["venues"]) is app and _app_for([]) is app


def test_a_broken_bibtex_entry_is_reported_in_words(tmp_path):
    bib = tmp_path / "papers.bib"
    bib.write_text("@article{a, title={One}, year=2020}\n\n@article{b,\n  title = {Two\n  year = 2021\n}\n\n"
                   "@article{c, title={Three}, year=2022}\n", encoding="utf-8")
    p = run_cli("export", str(bib), "-f", "bib")
    assert p.returncode == 1 and "BlockAbortedException" not in p.stderr
    assert f"{bib}:3:1: error: BibTeX entry not parsed: the entry does not end where it should" in p.stderr
    assert "[E130]" in p.stderr and p.stdout.count("@article") == 2


def test_an_output_is_not_replaced_when_nothing_was_read(tmp_path):
    (tmp_path / "empty.md").write_text("", encoding="utf-8")
    out = tmp_path / "lab.bib"
    out.write_text("@misc{old, title={Kept}}\n", encoding="utf-8")
    p = run_cli("export", str(tmp_path / "empty.md"), "-o", str(out))
    assert p.returncode == 1 and "error: every input is empty; " in p.stderr and "[E160]" in p.stderr
    assert out.read_text(encoding="utf-8") == "@misc{old, title={Kept}}\n"


def test_every_code_the_package_reports_is_registered():
    """One registry: each code written in the package (a Diagnostic's or an error's) is in diagnostics.CODES,
    so --select/--ignore accept it and the README's tables can list it."""
    from pubnorm.diagnostics import CODES

    written = set()
    for f in (ROOT / "pubnorm").rglob("*.py"):
        written |= set(re.findall(r"""["']((?:PN|[EWIVU])\d{3})["']""", f.read_text(encoding="utf-8")))
    assert written - set(CODES) == set()
