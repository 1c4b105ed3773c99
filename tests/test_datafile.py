"""sources/datafile.py: publication lists kept as site data (`_data/publications.yml`)."""

from __future__ import annotations

from pathlib import Path

from pubnorm.pipeline import Options, run

DATA = """\
- year: 2024
  papers:
    - title: "Budget-Aware Retrieval for Long Documents"
      authors: "Ada Lovelace, Jane Roe"
      venue: "NeurIPS 2024"
      arxiv: 2401.00001
- year: 2023
  papers:
    - title: Sparse Widgets
      authors: [Ada Lovelace, Bob Stone]
      journal: Transactions on Machine Learning Research
      year: 2023
      doi: 10.1234/abcd.5678
"""


def test_a_data_file_of_a_jekyll_site_is_read(db, tmp_path: Path):
    (tmp_path / "_config.yml").write_text("title: Ada Lovelace\n", encoding="utf-8")
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data" / "publications.yml").write_text(DATA, encoding="utf-8")
    (tmp_path / "_data" / "navigation.yml").write_text("- title: Home\n  url: /\n", encoding="utf-8")
    (tmp_path / "_data" / "notes.md").write_text("- A Paper Title About Things. ICML 2023.\n", encoding="utf-8")
    result = run([tmp_path], db, Options(jobs=1))
    pubs = {p.title: p for p in result.publications}
    assert sorted(pubs) == ["Budget-Aware Retrieval for Long Documents", "Sparse Widgets"]
    assert pubs["Sparse Widgets"].ids == {"doi": "10.1234/abcd.5678"} and pubs["Sparse Widgets"].year == 2023
    assert pubs["Budget-Aware Retrieval for Long Documents"].ids == {"arxiv": "2401.00001"}
    assert pubs["Sparse Widgets"].sources[0].line == 9


def test_a_config_file_named_alone_gives_no_record(db, tmp_path: Path):
    """A title without authors, venue, year or identifier is a site's title, not a paper."""
    (tmp_path / "_config.yml").write_text("title: Ada Lovelace\ndescription: x\n", encoding="utf-8")
    assert run([tmp_path / "_config.yml"], db, Options(jobs=1)).publications == []
