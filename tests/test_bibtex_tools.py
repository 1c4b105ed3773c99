"""The exported .bib is accepted by real BibTeX tools (bibtex, biber) and reads back as the same records.

bibtex and biber are not Python packages: .ci/run installs them with apt; without them these tests skip.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIXTURES, ROOT, SHARED, read_back

from pubnorm.model import Publication
from pubnorm.pipeline import run
from pubnorm.sources.bibtex import read_bibtex
from pubnorm.writers.bibtex import write_bibtex

HOSTILE = [
    Publication(title=r"Evil \input{/etc/passwd} and \def\x{y} with } unbalanced { braces", authors=["Ann } Lee"], year=2024),
    Publication(title="100% of #1 papers & more_stuff $x^2$ ~ @home", authors=["Zoë Ångström", "José Núñez"], year=2023),
    Publication(title="Ünïcödé — “quoted” ‘titles’ … 中文标题", authors=["王小明", "O'Brien, Pat"], year=2022, et_al=True),
]


def _inputs(db) -> list[Publication]:
    paths = [ROOT / "examples", FIXTURES / "dupes.bib"]
    return run(paths, db).publications + HOSTILE


def _corpus(db) -> list[Publication]:
    return run([SHARED / "corpus" / "profiles", SHARED / "seeds"], db).publications


def _bibtex_errors(bib: Path) -> tuple[int, str]:
    (bib.parent / "t.aux").write_text(f"\\citation{{*}}\n\\bibdata{{{bib.stem}}}\n\\bibstyle{{plain}}\n", encoding="utf-8")
    p = subprocess.run(["bibtex", "t"], cwd=bib.parent, capture_output=True, text=True, timeout=120)
    log = (bib.parent / "t.blg").read_text(encoding="utf-8", errors="replace")
    return p.returncode, log


@pytest.mark.parametrize("ascii", [False, True])
def test_export_reads_back_as_the_same_records(db, tmp_path, ascii):
    pubs = _inputs(db)  # --ascii never writes "?": what has no LaTeX spelling (CJK) stays UTF-8, so every record comes back
    text, _ = write_bibtex(pubs, ascii=ascii)
    back = read_bibtex(str(tmp_path / "x.bib"), text, db)
    assert not [d for d in back.diagnostics if d.severity == "error"]
    titled = [p for p in pubs if p.title]
    got = [p for p in back.publications if p.title]
    assert [p.title for p in got] == [p.title for p in titled]
    assert [p.year for p in got] == [p.year for p in titled]
    assert [(p.authors, p.et_al) for p in got] == [(read_back(p.authors), p.et_al) for p in titled]
    assert write_bibtex(back.publications, ascii=ascii)[0] == text  # idempotent


@pytest.mark.skipif(shutil.which("bibtex") is None, reason="bibtex is not installed (apt-get install texlive-binaries)")
@pytest.mark.parametrize("ascii", [False, True])
def test_bibtex_accepts_the_export(db, tmp_path, ascii):
    bib = tmp_path / "out.bib"
    bib.write_text(write_bibtex(_inputs(db), ascii=ascii)[0], encoding="utf-8")
    rc, log = _bibtex_errors(bib)
    assert rc == 0 and "error message" not in log, log


@pytest.mark.skipif(shutil.which("biber") is None, reason="biber is not installed (apt-get install biber)")
def test_biber_validates_the_datamodel(db, tmp_path):
    bib = tmp_path / "out.bib"
    bib.write_text(write_bibtex(_inputs(db))[0], encoding="utf-8")
    p = subprocess.run(["biber", "--tool", "--validate-datamodel", "--output-file", str(tmp_path / "o.bib"), str(bib)],
                       capture_output=True, text=True, timeout=300)
    assert p.returncode == 0 and "ERROR" not in p.stdout + p.stderr, p.stdout


@pytest.mark.skipif(shutil.which("bibtex") is None or shutil.which("biber") is None or not (SHARED / "corpus").is_dir(),
                    reason="needs bibtex, biber and ../shared/corpus")
def test_whole_corpus_export_compiles(db, tmp_path):
    bib = tmp_path / "all.bib"
    pubs = _corpus(db)
    text = write_bibtex(pubs)[0]
    bib.write_text(text, encoding="utf-8")
    rc, log = _bibtex_errors(bib)
    assert rc == 0 and "error message" not in log, log
    p = subprocess.run(["biber", "--tool", "--validate-datamodel", "--output-file", str(tmp_path / "o.bib"), str(bib)],
                       capture_output=True, text=True, timeout=300)
    assert p.returncode == 0 and "ERROR" not in p.stdout + p.stderr, p.stdout
    back = read_bibtex(str(bib), text, db)
    assert [p.title for p in back.publications if p.title] == [p.title for p in pubs if p.title]


# --- issue 13: the compile matrix (pdflatex + bibtex in four styles, pdflatex + biblatex/biber) ---------------------

def _matrix():  # type: ignore[no-untyped-def]
    import importlib.util

    spec = importlib.util.spec_from_file_location("compile_matrix", ROOT / "bench" / "compile_matrix.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["compile_matrix"] = mod  # dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


CM = _matrix()


def _skip_without(style: str) -> None:
    why = CM.missing_tools(style)
    if why is not None:
        pytest.skip(f"{style}: {why}")


def _problems(text: str, style: str, tmp_path: Path) -> tuple[list[str], list[str]]:
    """The errors, and the warnings about what was written (not those about data the source does not give,
    such as `empty year` for a page that names no year)."""
    out = CM.compile_bib(text, style, tmp_path / style)
    assert out.skipped is None
    return out.errors, CM.split_warnings(out.warnings, text)[0]


HOSTILE_URL = "https://evil.example/a^^5cinput{/etc/passwd}\\def%20x#frag$m&q=1_a~b c\x01d"
SYMBOLS = [
    Publication(title="🔥 Δ-Nets: ≤ 360° of μ-Scale Attention ✨", authors=["Zoë Ångström*", "Jakub Łącki†"], year=2024,
                venue_raw="NeurIPS 2024"),
    Publication(title="基于概念预测的AMR解析 and ひらがな", authors=["陈亮", "高博飞"], year=2023),
    Publication(title="Hostile Links", authors=["Jane Roe"], year=2024, urls=[HOSTILE_URL],
                ids={"doi": "10.1162/tacl_a_99999", "arxiv": "2401.00001"}),
    Publication(title="No Authors Here", year=2022, venue_raw="Some Workshop"),
    Publication(label="MergeBench", ids={"arxiv": "2505.10833"}, status="preprint", year=2025),
    Publication(title="Sparse Probes", authors=["Jane Roe"], year=2026, status="under review", venue_raw="ICML",
                ids={"arxiv": "2602.02908"}),
]


@pytest.mark.parametrize("style", CM.MATRIX)
@pytest.mark.parametrize("ascii", [False, True], ids=["utf8", "ascii"])
def test_examples_and_hard_characters_compile_without_warnings(db, tmp_path, style, ascii):
    """The examples, emoji, Greek and math symbols, CJK (CJKutf8), a hostile URL, records without authors or a
    title: 0 errors and 0 warnings about fields we wrote, in every style."""
    _skip_without(style)
    text = write_bibtex(run([ROOT / "examples"], db).publications + SYMBOLS, ascii=ascii)[0]
    errors, warnings = _problems(text, style, tmp_path)
    assert errors == [] and warnings == []


@pytest.mark.parametrize("style", CM.MATRIX)
def test_a_hostile_url_typesets_inert(tmp_path, style):
    _skip_without(style)
    text = write_bibtex([SYMBOLS[2]])[0]
    errors, warnings = _problems(text, style, tmp_path)
    assert errors == [] and warnings == []
    log = (tmp_path / style / "doc.log").read_text(encoding="utf-8", errors="replace")
    assert "/etc/passwd" not in log and "passwd.tex" not in log  # nothing was read from a path in the URL


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="../shared/corpus is not here (the shared data set)")
@pytest.mark.parametrize("style", CM.MATRIX)
def test_the_shared_corpus_export_compiles(db, tmp_path, style):
    _skip_without(style)
    errors, warnings = _problems(write_bibtex(_corpus(db))[0], style, tmp_path)
    assert errors == [] and warnings == []
