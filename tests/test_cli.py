"""The command line: the same results as the API, exit codes 0/1/2, stdout vs files."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import FIXTURES, ROOT, CliRun, run_cli


def pubnorm(*args: str, cwd: Path | None = None) -> CliRun:
    return run_cli(*args, cwd=cwd)


def test_export_json_to_stdout():
    p = pubnorm("export", str(FIXTURES / "news.md"), "--format", "json", "--output", "-")
    assert p.returncode == 0, p.stderr
    assert {r["label"] for r in json.loads(p.stdout)["records"]} == {"MegaBench", "Patchwork"}


def test_export_bib_to_file_is_reparseable(tmp_path: Path):
    out = tmp_path / "lab.bib"
    p = pubnorm("export", str(ROOT / "examples" / "lab"), "--format", "bib", "-o", str(out))
    assert p.returncode == 0, p.stderr
    import bibtexparser

    lib = bibtexparser.parse_string(out.read_text(encoding="utf-8"))
    assert not lib.failed_blocks and len(lib.entries) == 6


def test_input_errors_exit_1_and_name_the_file(tmp_path: Path):
    (tmp_path / "bin.md").write_bytes(b"\x00\x00")
    p = pubnorm("export", str(tmp_path / "bin.md"), str(FIXTURES / "news.md"))
    assert p.returncode == 1
    assert "bin.md" in p.stderr and "binary" in p.stderr
    assert "MegaBench" in p.stdout


def test_sections_read_as_no_papers_are_named_in_a_note(tmp_path: Path):
    """A literary scholar's "### Book Chapters" sat under "## Editorial Positions" and was skipped with nothing said.
    The sections a page's reader leaves out as no papers (talks, teaching, service) are named, with their lines, in
    one note of the file (I210) when it is named on the command line; the others are counted in one line. A note
    changes no exit code."""
    page = tmp_path / "cv.md"
    page.write_text("# Publications\n\n- A. Lee. Widget maps. *Journal of Widgets*, 3, 1-9, 2021.\n\n"
                    "## Talks\n\n- Widget maps, Widget Society, Oslo, 2022.\n\n"
                    "## Teaching\n\n- Widgets 101, fall 2020.\n\n- Gadgets 201, spring 2021.\n", encoding="utf-8")
    r = run_cli("extract", str(page), "--format", "json", "--output", str(tmp_path / "out.json"))
    assert r.returncode == 0
    assert f"{page}:5:1: note: not read as papers: 'Publications > Talks' (line 5, 1 block); 'Publications > " \
        "Teaching' (line 9, 2 blocks) [I210]" in r.stderr.splitlines()
    r = run_cli("extract", str(tmp_path), "--format", "json", "--output", str(tmp_path / "out2.json"))
    assert "note: 1 file(s) have sections not read as papers (talks, teaching, service; name a file to list them) " \
        "[I210]" in r.stderr.splitlines()


def test_usage_errors_exit_2():
    assert pubnorm("export", "--format", "xml", str(FIXTURES)).returncode == 2
    assert pubnorm("frobnicate").returncode == 2


def test_extract_table_lists_each_profile():
    p = pubnorm("extract", str(ROOT / "examples" / "lab"))
    assert p.returncode == 0
    assert "about.md (owner: Alice Moreau)" in p.stdout


def test_venues_lookup_json_and_validate(tmp_path: Path):
    p = pubnorm("venues", "lookup", "Findings of EMNLP 2025", "Blog", "--format", "json")
    rows = json.loads(p.stdout)["lookups"]
    assert rows[0]["venue"] == "findings-emnlp" and rows[0]["year"] == 2025 and rows[1]["venue"] is None
    assert pubnorm("venues", "validate").returncode == 0
    bad = tmp_path / "bad.yaml"
    bad.write_text("venues:\n- id: x\n  name: A\n- id: x\n  name: B\n", encoding="utf-8")
    p = pubnorm("venues", "validate", str(bad))
    assert p.returncode == 1 and "bad.yaml:4:1: error: duplicate id" in p.stdout and "[V010]" in p.stdout


def test_dedupe_on_a_bib_with_duplicates_explains_and_writes_merged(tmp_path: Path):
    out = tmp_path / "merged.bib"
    p = pubnorm("dedupe", str(FIXTURES / "dupes.bib"), "--format", "json", "-o", str(out))
    assert p.returncode == 0, p.stderr
    report = json.loads(p.stdout)
    assert report["records"] == 7 and report["papers"] == 4
    rules = sorted(m["rule"] for c in report["clusters"] for m in c["members"] if m["rule"])
    assert rules == ["id", "id", "title"]
    dcd = next(c for c in report["clusters"] if c["venue"] == "tmm")
    assert any("years disagree" in x for x in dcd["conflicts"])
    import bibtexparser

    lib = bibtexparser.parse_string(out.read_text(encoding="utf-8"))
    titles = sorted(e.fields_dict["title"].value for e in lib.entries)
    assert len(titles) == 4 and any("{II}: Open-Domain" in t for t in titles)  # the title as the .bib wrote it  # the follow-up stays its own paper
    assert "4 papers" in p.stderr


def test_dedupe_threshold_is_checked():
    assert pubnorm("dedupe", str(FIXTURES / "dupes.bib"), "--threshold", "150").returncode == 2


def test_jobs_give_byte_identical_output(tmp_path: Path):
    one = pubnorm("export", str(ROOT / "examples"), "-f", "json", "--jobs", "1")
    two = pubnorm("export", str(ROOT / "examples"), "-f", "json", "--jobs", "2")
    assert one.returncode == two.returncode == 0 and one.stdout == two.stdout and len(json.loads(one.stdout)["records"]) > 5


def test_a_big_bib_read_in_parallel_is_the_same(tmp_path: Path):
    entries = [f"@inproceedings{{k{i},\n  title = {{Paper Number {i}: On {'Sparse' if i % 2 else 'Dense'} Things}},\n"
               f"  author = {{Ann Lee and Bo Chen}},\n  booktitle = {{EMNLP}},\n  year = {{{2000 + i % 25}}},\n"
               f"  note = {{{'x' * 200}}}\n}}\n" for i in range(7000)]
    bib = tmp_path / "big.bib"
    bib.write_text("\n".join(entries), encoding="utf-8")
    assert bib.stat().st_size > 2_000_000
    one = pubnorm("extract", str(bib), "-f", "json", "--jobs", "1")
    two = pubnorm("extract", str(bib), "-f", "json", "--jobs", "2")
    assert one.returncode == two.returncode == 0 and one.stdout == two.stdout
    rows = json.loads(two.stdout)["records"]
    assert len(rows) == 7000 and rows[-1]["sources"][0]["line"] == 7 * 6999 + 6999 + 1


def test_an_output_is_not_replaced_when_no_input_could_be_read(tmp_path: Path):
    out = tmp_path / "lab.bib"
    out.write_text("% my previous bibliography\n", encoding="utf-8")
    out.chmod(0o644)
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"\x00\x01binary")
    p = pubnorm("export", str(bad), "--format", "bib", "-o", str(out))
    assert p.returncode == 1 and "not written" in p.stderr
    assert out.read_text(encoding="utf-8") == "% my previous bibliography\n"
    p = pubnorm("export", str(ROOT / "examples" / "lab"), "--format", "bib", "-o", str(out))
    assert p.returncode == 0 and out.stat().st_mode & 0o777 == 0o644 and "@" in out.read_text(encoding="utf-8")
