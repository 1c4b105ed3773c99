"""Merging across profiles: named rules, evidence, and no merge on weak evidence."""

from __future__ import annotations

from conftest import ROOT

from pubnorm.dedupe import DedupeOptions, cluster
from pubnorm.model import Publication
from pubnorm.pipeline import run


def test_lab_example_merges_shared_papers(db):
    result = run([ROOT / "examples" / "lab"], db)
    titles = [p.title for p in result.publications if p.title]
    assert titles.count("Calibrated Abstention for Question Answering") == 1
    assert "Calibrated Abstention for Question Answering II: Open-Domain Settings" in titles  # a follow-up is another paper
    tiny = next(c for c in result.clusters if c.merged.title and c.merged.title.startswith("TinyRAG"))
    # every record read is a member: the news mention and the list entry on Alice's page, and Carol's .bib entry
    assert len(tiny.members) == 3 and len(tiny.merged.sources) == 3
    assert [s.member for s in tiny.steps] == [1, 2] and {s.rule for s in tiny.steps} == {"id"}
    assert any(s.evidence.endswith("(same page)") for s in tiny.steps)
    sparse = next(c for c in result.clusters if c.merged.title and c.merged.title.startswith("Sparse Retrieval"))
    assert {s.path.split("/")[-1] for s in sparse.merged.sources} >= {"about.md", "index.html"}


def test_same_venue_and_year_alone_is_not_evidence():
    a = Publication(title="Learning Sparse Heads", year=2024, authors=["A B"])
    b = Publication(title="Dense Retrieval at Scale", year=2024, authors=["A B"])
    assert len(cluster([a, b])) == 2


def test_fuzzy_titles_need_agreeing_years():
    a = Publication(title="M3IT: A Large-Scale Dataset towards Multi-Modal Multilingual Instruction Tuning", year=2023, authors=["Lei Li"])
    b = Publication(title="M³IT: Multi-Modal Multilingual Instruction Tuning Dataset", year=2023, authors=["Lei Li", "Yuwei Yin"])
    c = Publication(title="M3IT: A Large-Scale Dataset towards Multi-Modal Multilingual Instruction Tuning", year=2019)
    clusters = cluster([a, b, c], DedupeOptions())
    sizes = sorted(len(cl.members) for cl in clusters)
    assert sizes == [1, 2]


def test_different_arxiv_ids_never_merge():
    a = Publication(title="Same Title Here Exactly", ids={"arxiv": "2401.00001"})
    b = Publication(title="Same Title Here Exactly", ids={"arxiv": "2402.00002"})
    assert len(cluster([a, b])) == 2


def test_merge_prefers_complete_author_list():
    a = Publication(title="A Paper Title Long Enough", authors=["X Y"], et_al=True, ids={"doi": "10.1/ABC"})
    b = Publication(title="A Paper Title Long Enough", authors=["X Y", "Z W"], ids={"doi": "10.1/abc"})
    (cl,) = cluster([a, b])
    assert cl.merged.authors == ["X Y", "Z W"] and not cl.merged.et_al
