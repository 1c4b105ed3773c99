"""The exported .bib is accepted by real BibTeX tools (bibtex, biber) and reads back as the same records.

bibtex and biber are not Python packages: .ci/run installs them with apt; without them these tests skip.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import FIXTURES, ROOT, SHARED

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


def _latin(text: str) -> bool:
    return all(ord(c) < 0x250 or c in "–—‘’“”…" for c in text)


def _bibtex_errors(bib: Path) -> tuple[int, str]:
    (bib.parent / "t.aux").write_text(f"\\citation{{*}}\n\\bibdata{{{bib.stem}}}\n\\bibstyle{{plain}}\n", encoding="utf-8")
    p = subprocess.run(["bibtex", "t"], cwd=bib.parent, capture_output=True, text=True, timeout=120)
    log = (bib.parent / "t.blg").read_text(encoding="utf-8", errors="replace")
    return p.returncode, log


@pytest.mark.parametrize("ascii", [False, True])
def test_export_reads_back_as_the_same_records(db, tmp_path, ascii):
    pubs = _inputs(db)
    if ascii:  # --ascii writes "?" for what has no LaTeX spelling (CJK): those records cannot come back
        pubs = [p for p in pubs if all(_latin(x) for x in [p.title or "", *p.authors])]
    text, _ = write_bibtex(pubs, ascii=ascii)
    back = read_bibtex(str(tmp_path / "x.bib"), text, db)
    assert not [d for d in back.diagnostics if d.severity == "error"]
    titled = [p for p in pubs if p.title]
    got = [p for p in back.publications if p.title]
    assert [p.title for p in got] == [p.title for p in titled]
    assert [p.year for p in got] == [p.year for p in titled]
    assert [(p.authors, p.et_al) for p in got] == [(p.authors, p.et_al) for p in titled]
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
