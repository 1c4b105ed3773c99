"""The public API (`import pubnorm`): the same results as the command line, no I/O in check, no global database;
JSON documents valid against schema/pubnorm-output.schema.json."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import ROOT, run_cli

import pubnorm

LAB = str(ROOT / "examples" / "lab")


def test_api_matches_the_cli(db):
    profiles = pubnorm.read([LAB], db, merge_within=False)
    clusters = pubnorm.dedupe(profiles)
    text = pubnorm.write_json([c.merged for c in clusters], clusters)
    assert text == run_cli("export", LAB).stdout
    bib, problems = pubnorm.write_bibtex([c.merged for c in clusters])
    assert bib == run_cli("export", LAB, "-f", "bib").stdout and problems == []
    assert pubnorm.match_venue("Findings of EMNLP 2025", db).venue.id == "findings-emnlp"  # type: ignore[union-attr]


def test_check_is_pure_and_takes_profiles(db):
    profiles = pubnorm.read([ROOT / "examples" / "check-site"], db, keep_text=True, merge_within=False)
    result = pubnorm.check(profiles, db, pubnorm.CheckOptions(this_year=2026))
    golden = json.loads((ROOT / "tests" / "golden" / "check-site.json").read_text(encoding="utf-8"))
    assert result.summary() == golden["summary"]
    assert [d.code for d in result.findings] == [r["code"] for r in golden["diagnostics"]]


def test_errors_share_one_base_class(tmp_path):
    with pytest.raises(pubnorm.PubnormError) as e:
        pubnorm.read([tmp_path / "missing.md"], pubnorm.load_venues())
    assert e.value.code == "U101"
    bad = tmp_path / "bad.yaml"
    bad.write_text("venues: 5\n", encoding="utf-8")
    with pytest.raises(pubnorm.PubnormError) as e:
        pubnorm.load_venues([bad])
    assert e.value.code == "U108" and e.value.problems[0].code == "V001"


def test_import_pubnorm_is_cheap_and_the_example_script_runs(tmp_path):
    code = "import sys, pubnorm; print(sorted(m for m in sys.modules if m.startswith('pubnorm')))"
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert p.stdout.strip() == "['pubnorm']"
    out = tmp_path / "lab.bib"
    p = subprocess.run([sys.executable, str(ROOT / "examples" / "api" / "summarize.py"), LAB, str(out)],
                       capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert p.returncode == 0, p.stderr
    assert "6 papers (6 repeats merged)" in p.stdout and out.read_text(encoding="utf-8").startswith("@")


@pytest.mark.parametrize("args", [
    pytest.param(["export", LAB], id="export"),
    pytest.param(["extract", LAB, "-f", "json"], id="extract"),
    pytest.param(["check", str(ROOT / "examples" / "check-site"), "-f", "json"], id="check"),
    pytest.param(["dedupe", LAB, "-f", "json"], id="dedupe"),
    pytest.param(["venues", "lookup", "ICDE 2026 [CCF B]", "Blog", "-f", "json"], id="lookup"),
    pytest.param(["venues", "list", "--rank", "ccf:A", "-f", "json"], id="list"),
    pytest.param(["venues", "validate", "-f", "json"], id="validate"),
])
def test_json_output_follows_the_schema(args):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((ROOT / "schema" / "pubnorm-output.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(run_cli(*args).stdout), schema)


def test_lookup_shows_the_venues_ranks_by_edition():
    p = run_cli("venues", "lookup", "ICDE 2026 [CCF B]")
    assert "-> icde [alias 100.0] ranks: ccf2022 A, ccf2026 A, core2023 A*;" in p.stdout


def test_the_readme_api_example_runs(tmp_path, capsys):
    """The README's Python API block, run on the example site: it stays true as the API changes."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("```python", text.index("## Python API")) + len("```python\n")
    code = text[start:text.index("```", start)]
    site = str(ROOT / "examples" / "check-site") + "/"
    code = code.replace('"site/"', repr(site)).replace('"lab.bib"', repr(str(tmp_path / "lab.bib")))
    exec(compile(code, "README.md", "exec"), {})
    assert "[PN201]" in capsys.readouterr().out and (tmp_path / "lab.bib").read_text(encoding="utf-8").startswith("@")
