"""The shared normalization stage (pubnorm/normalize.py): one status rule for every reader.

(Names, titles and citation numbers, also normalize.py's, are tested with the rest of issue 13 in test_fidelity.py.)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pubnorm.model import Publication
from pubnorm.normalize import settle_status
from pubnorm.pipeline import Options, run


@pytest.mark.parametrize("pub, status", [
    (Publication(title="T", year=2024), "unknown"),  # a year alone: not a preprint
    (Publication(title="T", ids={"arxiv": "2401.00001"}), "preprint"),
    (Publication(title="T", venue_raw="Journal of Things"), "published"),  # a venue the database lacks
    (Publication(title="T", status="under review", venue_raw="Nature"), "under review"),  # what the source said
])
def test_one_status_rule(pub, status):  # type: ignore[no-untyped-def]
    settle_status(pub)
    assert pub.status == status


PAGE = """## Publications

- **A Study of Things in Places.** Jane Smith, Bob Jones. 2024.
- **Another Study of Other Things.** Jane Smith. [arXiv](https://arxiv.org/abs/2401.00001), 2024.
- **A Third Study of Things.** Jane Smith. *Journal of Made-up Results*, 2023.
"""

BIB = """@article{a, title={A Study of Things in Places}, author={Smith, Jane and Jones, Bob}, year={2024}}
@misc{b, title={Another Study of Other Things}, author={Smith, Jane}, year={2024},
  eprint={2401.00001}, archivePrefix={arXiv}}
@article{c, title={A Third Study of Things}, author={Smith, Jane}, journal={Journal of Made-up Results}, year={2023}}
"""

ITEM = """---
title: "A Study of Things in Places"
collection: publications
date: 2024-01-01
---
"""


def test_the_same_papers_get_the_same_status_from_every_reader(db, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Before: a 2024 paper with no venue was `preprint` read from Markdown and `unknown` from a .bib.
    (The page is read by the labeller: the rules extractor takes these author lines for venues.)"""
    (tmp_path / "page.md").write_text(PAGE, encoding="utf-8")
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    (tmp_path / "_publications").mkdir()
    (tmp_path / "_publications" / "2024-a-study.md").write_text(ITEM, encoding="utf-8")
    result = run([tmp_path / "page.md", tmp_path / "refs.bib", tmp_path / "_publications" / "2024-a-study.md"], db,
                 Options(jobs=1, extractor="crf", merge_within=False))
    by_reader: dict[str, dict[str, str]] = {}
    for prof in result.profiles:
        by_reader[prof.kind] = {(p.title or "")[:12]: p.status for p in prof.publications}
    assert by_reader["bibtex"] == {"A Study of T": "unknown", "Another Stud": "preprint", "A Third Stud": "published"}
    assert by_reader["markdown"] == by_reader["bibtex"]
    assert by_reader["collection"] == {"A Study of T": "unknown"}
