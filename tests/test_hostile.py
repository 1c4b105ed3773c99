"""Hostile inputs (issue 6): each gives a clear error or safe output, the other inputs still come out, and
nothing a homepage writes reaches the .bib or the spreadsheet as code.

Time limits here are safety bounds (a hang fails the test), not speed targets: those live in bench/.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import bibtexparser
import pytest
from conftest import ROOT

from pubnorm.pipeline import Options, run
from pubnorm.writers.bibtex import write_bibtex
from pubnorm.writers.csvout import write_csv

GOOD = """# Publications

- Robust Parsing of Noisy Homepages

  **Jane Roe**, John Doe

  *CVPR 2024*
"""


def pubnorm(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pubnorm", *args], capture_output=True, text=True, timeout=timeout, cwd=ROOT)


def _site(tmp_path: Path, name: str, data: bytes | str) -> Path:
    site = tmp_path / "site"
    site.mkdir(exist_ok=True)
    (site / "good.md").write_text(GOOD, encoding="utf-8")
    bad = site / name
    bad.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return site


def _codes(result) -> set[str]:  # type: ignore[no-untyped-def]
    return {d.code for d in result.diagnostics}


def _good_survives(result) -> bool:  # type: ignore[no-untyped-def]
    return any(p.title == "Robust Parsing of Noisy Homepages" for p in result.publications)


def test_nul_bytes_are_a_clear_error_and_the_rest_comes_out(db, tmp_path):
    result = run([_site(tmp_path, "bad.md", b"# Pubs\x00\x00\x00- x\n" * 100)], db)
    assert "E101" in _codes(result) and _good_survives(result)
    d = next(d for d in result.diagnostics if d.code == "E101")
    assert d.path.endswith("bad.md") and "binary" in d.message


def test_invalid_utf8_is_reported_with_its_line(db, tmp_path):
    data = GOOD.replace("Robust", "Sturdy").encode() + b"\n\n- Caf\xe9 Paper \xff\xfe Title\n\n  *ACL 2024*\n"
    result = run([_site(tmp_path, "bad.md", data)], db)
    d = next(d for d in result.diagnostics if d.code == "E102")
    assert d.line == 10 and d.path.endswith("bad.md") and _good_survives(result)


def test_a_50_mb_line_is_refused_or_cut(db, tmp_path):
    site = _site(tmp_path, "huge.md", "# Publications\n\n- " + "A" * 50_000_000 + "\n")
    result = run([site], db)
    assert "E101" in _codes(result) and _good_survives(result)  # over the 20 MB default: refused, said so
    result = run([site], db, Options(max_bytes=100 * 1024 * 1024))
    assert "E104" in _codes(result) and _good_survives(result)  # allowed in: the line is cut, and reported


@pytest.mark.parametrize("kind", ["markdown-list", "html-div", "html-table"])
def test_10000_deep_nesting_does_not_crash(db, tmp_path, kind):
    depth = 10_000
    if kind == "markdown-list":
        text = "- " * depth + "Deep Title, CVPR 2024\n" + "> " * depth + "quoted\n"  # "- - - x" nests a list per dash
    elif kind == "html-div":
        text = "<html><body>" + "<div>" * depth + "Deep Title, CVPR 2024" + "</div>" * depth + "</body></html>"
    else:
        text = "<html><body>" + "<table><tr><td>" * 2000 + "x" + "</td></tr></table>" * 2000 + "</body></html>"
    name = "deep.md" if kind == "markdown-list" else "deep.html"
    result = run([_site(tmp_path, name, text)], db)
    assert _good_survives(result)
    assert not (_codes(result) - {"E105", "W201"})  # read, or refused as too deep (E105): never a crash


def test_yaml_alias_bomb_in_front_matter(db, tmp_path):
    bomb = "---\na: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(9)) + "---\n\n" + GOOD.replace("Robust", "Bombed")
    t = time.monotonic()
    result = run([_site(tmp_path, "bomb.md", bomb)], db)
    assert time.monotonic() - t < 60
    assert "E112" in _codes(result) and _good_survives(result)


def test_unterminated_front_matter(db, tmp_path):
    result = run([_site(tmp_path, "open.md", "---\ntitle: x\nauthor: y\n\n# Publications\n- A Paper Title, ACL 2024\n")], db)
    d = next(d for d in result.diagnostics if d.code == "E110")
    assert d.line == 1 and _good_survives(result)


def test_bib_with_unbalanced_braces_keeps_the_good_entries(db, tmp_path):
    bib = ("@article{ok1, title={Fine Title One}, author={A B}, journal={TACL}, year={2023}}\n\n"
           "@article{bad, title={Broken {Title, author={C D}, year={2024}\n\n"
           "@inproceedings{ok2, title={Fine Title Two}, author={E F}, booktitle={ACL}, year={2022}}\n")
    result = run([_site(tmp_path, "refs.bib", bib)], db)
    titles = {p.title for p in result.publications}
    assert "Fine Title One" in titles and _good_survives(result)
    assert {d.code for d in result.diagnostics} & {"E130", "E131"} or "Fine Title Two" in titles


HOSTILE_PAGE = r"""# Publications

- \input{/etc/passwd} Exploit }% Title with \def\x{y} and $math$

  **Mallory Evil**, Eve Bad

  *ACL 2024*

- =HYPERLINK("http://evil.example","click") and more

  +Eve Bad, @Mallory

  *EMNLP 2023*
"""


def test_latex_and_formulas_from_a_page_stay_inert(db, tmp_path):
    result = run([_site(tmp_path, "evil.md", HOSTILE_PAGE)], db)
    text, _ = write_bibtex(result.publications)
    lib = bibtexparser.parse_string(text)
    assert not lib.failed_blocks
    body = text.replace(r"\textbackslash{}", "")
    assert r"\input" not in body and r"\def" not in body and "%" not in body.replace(r"\%", "")
    rows = write_csv(result.publications).splitlines()
    hyper = next(r for r in rows if "HYPERLINK" in r)
    assert ",=HYPERLINK" not in hyper and '"=HYPERLINK' not in hyper and "'=HYPERLINK" in hyper


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks on this platform")
def test_symlink_loops_in_a_site(db, tmp_path):
    site = _site(tmp_path, "x.md", GOOD.replace("Robust", "Looped"))
    (site / "sub").mkdir()
    (site / "sub" / "loop").symlink_to(site, target_is_directory=True)
    (site / "self").symlink_to(site / "self")
    result = run([site], db)
    assert _good_survives(result) and "W101" in _codes(result)


def test_a_directory_with_100000_files(db, tmp_path):
    site = _site(tmp_path, "real.md", GOOD.replace("Robust", "Findable"))
    many = site / "assets-of-someone"
    many.mkdir()
    for i in range(100_000):
        (many / f"f{i}.txt").touch()
    t = time.monotonic()
    result = run([site], db)
    assert time.monotonic() - t < 120
    assert _good_survives(result) and any(p.title == "Findable Parsing of Noisy Homepages" for p in result.publications)


def test_killing_an_export_mid_write_leaves_the_old_file(tmp_path):
    site = tmp_path / "many"
    site.mkdir()
    for i in range(400):
        (site / f"p{i}.md").write_text(GOOD.replace("Robust", f"Robust {i}"), encoding="utf-8")
    out = tmp_path / "out.json"
    out.write_text("OLD\n", encoding="utf-8")
    seen = set()
    for delay in (0.2, 0.5, 0.8, 1.2, 1.6, 2.5):
        proc = subprocess.Popen([sys.executable, "-m", "pubnorm", "export", str(site), "--format", "json", "-o", str(out)],
                                cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        content = out.read_text(encoding="utf-8")
        if content == "OLD\n":
            seen.add("old")
        else:
            assert len(json.loads(content)) == 400  # never half a file: the old one or the whole new one
            seen.add("new")
            out.write_text("OLD\n", encoding="utf-8")
    assert "old" in seen


HOSTILE_URL = "https://evil.example/a^^5cinput{/etc/passwd}\\def%20x#frag$m&q=1_a~b c\x01d"
_TEX_ACTIVE = set("\\^#{}$&_~ ") | {chr(c) for c in range(32)}


def test_url_doi_eprint_are_percent_encoded_and_read_back(db, tmp_path):
    """`url`, `doi` and `eprint` hold nothing TeX acts on (percent-encoded, no TeX escapes), and reading the
    .bib back gives the values that were written."""
    import re

    from pubnorm.model import Publication, SourceLoc

    pub = Publication(title="Hostile Links", authors=["Jane Roe"], year=2024, urls=[HOSTILE_URL],
                      ids={"doi": "10.1162/tacl_a_99999", "arxiv": "2401.00001"}, sources=[SourceLoc("x.md", 1)])
    text, _ = write_bibtex([pub])
    lib = bibtexparser.parse_string(text)
    assert not lib.failed_blocks
    fields = {f.key: f.value for f in lib.entries[0].fields}
    for name in ("url", "doi", "eprint"):
        assert not set(fields[name]) & _TEX_ACTIVE, (name, fields[name])
        assert not re.search(r"%(?![0-9A-F]{2})", fields[name]), (name, fields[name])
    assert fields["doi"] == "10.1162/tacl%5Fa%5F99999"
    (tmp_path / "out.bib").write_text(text, encoding="utf-8")
    back = run([tmp_path / "out.bib"], db).publications[0]
    assert back.urls == [HOSTILE_URL]
    assert back.ids["doi"] == "10.1162/tacl_a_99999" and back.ids["arxiv"] == "2401.00001"
