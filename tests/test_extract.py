"""Extraction from homepage shapes written by us (markdown, HTML, collections, BibTeX) and bad input."""

from __future__ import annotations

from pathlib import Path

from conftest import FIXTURES, ROOT

from pubnorm.pipeline import Options, read_all, run
from pubnorm.sources.reader import ReadOptions, read_markup, read_profile

# This file tests the line-test extractor ("rules", kept behind --extractor rules); the learned labeller,
# the default, has its own tests in test_labeller.py.
RULES = ReadOptions(extractor="rules")


def by_name(profile):
    return {p.name: p for p in profile.publications}


def test_structured_list_items(db):
    prof = read_profile(FIXTURES / "homepage.md", db, RULES)
    pubs = by_name(prof)
    skim = pubs["Learning to Skim Long Documents with Budgeted Attention"]
    assert skim.authors == ["Jane Roe", "Ken Adams", "Li Wei"]
    assert skim.venue.venue.id == "findings-emnlp" and skim.year == 2025
    assert skim.sources[0].line == 9  # the line the entry starts on, front matter counted
    robust = pubs["Robust Parsing of Noisy Homepages"]
    assert robust.et_al and robust.authors == ["Ken Adams", "Jane Roe"]
    assert robust.ids["arxiv"] == "2401.01234"  # version dropped
    assert "Highlight" in robust.awards and robust.venue.venue.id == "cvpr"
    assert prof.owner == "Jane Roe"


def test_short_references_and_year_only(db):
    pubs = by_name(read_profile(FIXTURES / "homepage.md", db, RULES))
    assert pubs["Budget-Aware Retrieval"].venue.venue.id == "emnlp"
    tiny = pubs["Scaling Laws for Tiny Models"]
    # a year and no venue: the status is not known (it was "preprint" from pages only, "unknown" from a .bib)
    assert tiny.year == 2025 and tiny.venue is None and tiny.status == "unknown"


def test_labels_carry_rank_claims(db):
    pubs = by_name(read_profile(FIXTURES / "homepage.md", db, RULES))
    baa = pubs["BAA"]
    assert baa.title is None and baa.label == "BAA"
    assert baa.rank_claims == ["CCF A"] and baa.venue.venue.id == "acl" and baa.year == 2025


def test_comments_and_service_sections_are_not_papers(db):
    names = set(by_name(read_profile(FIXTURES / "homepage.md", db, RULES)))
    assert not any("Hidden Paper" in n for n in names)
    assert not any("Reviewer" in n for n in names)


def test_prose_mentions_take_the_link_text_as_venue(db):
    pubs = by_name(read_profile(FIXTURES / "mentions.md", db, RULES))
    assert pubs["Fine-grained Reward Shaping"].venue.venue.id == "findings-acl"
    assert pubs["Quiet Optimization"].year == 2024
    agent = pubs["Autonomous Agent for Tables"]  # the link text is a name, not a venue
    # its only link is its arXiv page: arXiv is where it appeared (matched, not written in), its year from the id
    assert agent.venue.venue.id == "arxiv" and agent.venue_raw is None and agent.status == "preprint" and agent.year == 2024


def test_a_paper_cited_in_prose_by_its_authors_and_year_is_no_mention_of_the_owners(db):
    """"the MOPED ([Heavens et al. 2000](...)) algorithm", "([Gong & Wang (2001)](...))": a paper cited in a research
    statement by its authors and year, linked to its publisher, was a record named "Heavens et al. 2000"; a venue and
    its year as a link's words ("[NeurIPS 2024](...)") still name where a mentioned paper appeared."""
    md = ("## Research\n\nI work on the MOPED ([Heavens et al. 2000](https://academic.oup.com/mnras/article/317/4/965/"
          "1039456)) compression algorithm, and on the bounds of ([Gong & Wang (2001)](https://doi.org/10.1093/qmath/"
          "52.2.171)).\n\nOur paper Quiet Widgets was accepted at [NeurIPS 2024](https://arxiv.org/abs/2405.14365).\n")
    pubs = read_markup("research.md", md, db).publications
    assert [(p.label, p.year, p.venue.venue.id if p.venue and p.venue.venue else None) for p in pubs] == [
        ("Quiet Widgets was accepted at", 2024, "neurips")]


def test_news_lines(db):
    pubs = by_name(read_profile(FIXTURES / "news.md", db, RULES))
    assert pubs["MegaBench"].venue.venue.id == "neurips" and pubs["MegaBench"].year == 2025
    assert "Best Paper Award" in pubs["Patchwork"].awards
    assert pubs["Patchwork"].venue.venue.id == "acl"
    assert len(pubs) == 2  # "Two papers got accepted" names no paper


def test_html_and_collection_and_bibtex(db):
    lab = ROOT / "examples" / "lab"
    bob = by_name(read_profile(lab / "bob" / "index.html", db, RULES))
    assert bob["Calibrated Abstention for Question Answering"].venue.venue.id == "neurips"
    assert len(bob) == 3  # teaching is not a paper
    dan = read_profile(lab / "dan" / "_publications" / "2023-12-10-abstention.md", db, RULES)
    (pub,) = dan.publications
    assert pub.authors[2] == "Dan Petrov" and pub.year == 2023 and pub.ids["arxiv"] == "2310.00022"
    carol = by_name(read_profile(lab / "carol" / "_bibliography" / "papers.bib", db, RULES))
    tiny = carol["TinyRAG: Retrieval-Augmented Generation on a Budget"]
    assert tiny.authors == ["Alice Moreau", "Carol Nguyen"] and tiny.venue.venue.id == "acl" and tiny.awards == ["Oral"]


def test_a_collection_item_over_a_list_of_papers_with_no_field_of_a_paper_is_a_page_of_them(db, tmp_path: Path):
    """"collection: publications" and a title ("Conference Papers"), no venue, date or citation, over a numbered list
    of papers: a page of papers put in the collection, not one paper (read as one, its title was the page's and its
    twelve papers were lost). An item with a paper's fields over a few bullets stays one paper."""
    page = tmp_path / "pub-conf.md"
    page.write_text("---\ntitle: \"Conference Papers\"\ncollection: publications\n---\n"
                    + "".join(f"1. **Park, C.** and M. Wang ({2010 + k}).\nA note on widget estimator number {k}.\n"
                              f"[arXiv:1203.{3880 + k:04d}](https://arxiv.org/abs/1203.{3880 + k:04d})\n\n"
                              for k in range(6)), encoding="utf-8")
    pubs = read_profile(page, db).publications
    assert [(p.title, p.year) for p in pubs] == [(f"A note on widget estimator number {k}", 2010 + k)
                                                  for k in range(6)]
    item = tmp_path / "2024-widgets.md"
    item.write_text("---\ntitle: \"Sparse Widgets\"\ncollection: publications\nvenue: ICML 2024\n---\n"
                    + "".join(f"- point {k}\n" for k in range(6)), encoding="utf-8")
    assert [p.title for p in read_profile(item, db).publications] == ["Sparse Widgets"]
    # an item with no field of a paper over a list of its findings (no years): still the one paper
    item.write_text("---\ntitle: \"Sparse Widgets\"\ncollection: publications\ndate: 2024-05-01\n---\n"
                    + "".join(f"- Widgets are sparse in setting number {k} of the study\n" for k in range(6)),
                    encoding="utf-8")
    assert [p.title for p in read_profile(item, db).publications] == ["Sparse Widgets"]


def test_mojibake_and_entities_are_repaired(db, tmp_path: Path):
    f = tmp_path / "m.md"
    f.write_text("- **Noahâ€™s Ark &amp; Friends: A Study**  \n  Jane Roe, Ken Adams  \n  *ICML 2024*\n", encoding="utf-8")
    (pub,) = read_profile(f, db, RULES).publications
    assert pub.title == "Noah’s Ark & Friends: A Study"


def test_bad_inputs_are_reported_and_others_still_read(db, tmp_path: Path):
    good = tmp_path / "good.md"
    good.write_text("- Budget-Aware Retrieval. EMNLP 2024.\n", encoding="utf-8")
    (tmp_path / "binary.md").write_bytes(b"\x00\x01\x02 binary")
    (tmp_path / "latin1.md").write_bytes("- Caf\xe9 Models for Everyone. ACL 2024.\n".encode("latin-1"))
    (tmp_path / "broken.md").write_text("---\ntitle: [unclosed\n---\n- Broken Front Matter Paper Title. ICML 2023.\n", encoding="utf-8")
    (tmp_path / "open.md").write_text("---\ntitle: x\n- never closed\n", encoding="utf-8")
    (tmp_path / "empty.md").write_text("", encoding="utf-8")
    result = run([tmp_path, tmp_path / "missing.md"], db, Options(extractor="rules"))
    codes = {(Path(d.path).name, d.code) for d in result.diagnostics}
    assert ("binary.md", "E101") in codes
    assert ("latin1.md", "E102") in codes
    assert ("broken.md", "E113") in codes
    assert ("open.md", "E110") in codes
    assert ("empty.md", "W201") in codes
    assert ("missing.md", "E100") in codes
    names = {p.name for p in result.publications}
    assert "Budget-Aware Retrieval" in names
    assert "Broken Front Matter Paper Title" in names  # the body is still read
    assert any(n.startswith("Caf") for n in names)
    assert result.has_errors


def test_too_large_file_is_refused(db, tmp_path: Path):
    big = tmp_path / "big.md"
    big.write_text("x" * 3000, encoding="utf-8")
    profiles, diags = read_all([big], db, Options(max_bytes=1000))
    assert profiles == [] and diags[0].code == "E101" and "too large" in diags[0].message


def test_size_limits_depend_on_the_kind_of_file(db, tmp_path: Path, monkeypatch):
    import pubnorm.sources.reader as reader

    monkeypatch.setattr(reader, "MAX_BYTES", 1000)  # pages
    monkeypatch.setattr(reader, "MAX_BIB_BYTES", 100_000)  # bibliographies
    page, bib = tmp_path / "big.md", tmp_path / "big.bib"
    page.write_text("# Publications\n\n" + "- A Paper Title on Things, 2020\n" * 100, encoding="utf-8")
    bib.write_text("".join(f"@misc{{k{i}, title = {{Paper {i} on Things}}, year = 2020}}\n" for i in range(60)), encoding="utf-8")
    assert page.stat().st_size > 1000 and 1000 < bib.stat().st_size < 100_000
    profiles, diags = read_all([page, bib], db)
    assert [d.path for d in diags] == [str(page)] and "too large" in diags[0].message
    assert len(profiles) == 1 and len(profiles[0].publications) == 60
    profiles, diags = read_all([page, bib], db, Options(max_bytes=100_000))  # --max-size: one limit for all
    assert not diags and len(profiles) == 2


def test_auto_jobs_start_workers_only_where_they_pay(tmp_path: Path, monkeypatch):
    import os

    from pubnorm.pipeline import AUTO_MIN_FILES, auto_jobs
    from pubnorm.sources.bibtex import PARALLEL_MIN_BYTES

    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1, 2, 3}, raising=False)
    pages = [tmp_path / f"p{i}.md" for i in range(AUTO_MIN_FILES)]
    for p in pages:
        p.write_text("# Publications\n", encoding="utf-8")
    small, big = tmp_path / "small.bib", tmp_path / "big.bib"
    small.write_text("@misc{k, title={T}}\n", encoding="utf-8")
    big.write_bytes(b"@misc{k, title={T}}\n" + b"%" * PARALLEL_MIN_BYTES)
    assert auto_jobs([*pages[:3], small]) == 1
    assert auto_jobs(pages) == 4
    assert auto_jobs([small, big]) == 4
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0}, raising=False)
    assert auto_jobs(pages) == 1


def test_within_profile_mentions_merge_into_the_entry(db, tmp_path: Path):
    f = tmp_path / "p.md"
    f.write_text(
        "# Publications\n\n- Parameter-efficient and student-friendly knowledge distillation\n\n  **Jane Roe**, Ken Adams\n\n  *TMM 2023*\n\n"
        "# Topics\n\n- PESF-KD [TMM 23, JCR Q1]\n- Unrelated Label [ICML 23]\n", encoding="utf-8")
    profiles, _ = read_all([f], db, Options(extractor="rules"))
    pubs = profiles[0].publications
    pesf = next(p for p in pubs if p.title)
    assert len(pesf.sources) == 2 and pesf.rank_claims == ["JCR Q1"]
    assert any(p.label == "Unrelated Label" for p in pubs)


def test_a_bold_name_before_a_colon_heads_the_title(db):
    from pubnorm.sources.reader import read_markup

    text = ("## Earlier Work\n"
            "- **Gait Steps**: Examining Stride Variation as an Input Method [UIST 2024]\n"
            "- **Gist and Verbatim**: Understanding Speech for Text Composition [CUI 2023]\n")
    pubs = read_markup("x.md", text, db, extractor="rules").publications
    assert [(p.title, p.venue.venue.id, p.year) for p in pubs] == [
        ("Gait Steps: Examining Stride Variation as an Input Method", "uist", 2024),
        ("Gist and Verbatim: Understanding Speech for Text Composition", "cui", 2023)]
    assert all(not p.authors for p in pubs)


def test_records_survive_pickling_field_for_field(db):
    """Worker processes send records back pickled (model.Publication.__reduce__ lists the fields by hand)."""
    import dataclasses
    import pickle

    from pubnorm.model import BIB_FIELDS, Publication, SourceLoc

    values = {"title": "T", "label": "L", "authors": ["A B"], "et_al": True, "year": 2021, "year_source": "text",
              "venue_raw": "ACL 2021", "venue": db.match("ACL 2021"), "status": "accepted", "awards": ["Oral"],
              "notes": ["n"], "rank_claims": ["CCF A"], "ids": {"doi": "10.1/x"}, "urls": ["https://x.org"],
              "sources": [SourceLoc("f.md", 3, "raw")], "kind": "mention", "entry_type": "misc", "section": "Papers",
              "key": "roe2021t", "alt_keys": ["old"], "editors": ["E F"], "keywords": ["k"], "links": {"code": "https://c"},
              "extra": {"abbr": "ACL"}, "equal_contribution": ["A B"], "corresponding": ["A B"],
              "as_written": {"title": "{T}"}, "versions": ("Other (Conf 2010)",), "page_kind": "article"}
    values |= {name: f"{name}-value" for name in BIB_FIELDS}
    assert set(values) == {f.name for f in dataclasses.fields(Publication)}
    pub = Publication(**values)
    back = pickle.loads(pickle.dumps(pub))
    assert back == pub and back.venue is not None and back.venue.venue is not None


def test_a_line_keying_the_author_marks_is_no_paper(db):
    from pubnorm.sources.reader import read_markup

    html = """<html><body><h2>Publications</h2>
<div class="item-info">
  <div class="paper"><b>Sparse Probes for Streaming Video Question Answering</b></div>
  <div class="author">Ann Lee*, <b>Bo Chen*</b>, Cy Park</div>
  <div><b>(* indicates equal contribution)</b></div>
  <div class="conf"><b>CVPR 2024</b>.</div>
  <div>[<a href="https://arxiv.org/abs/2401.00001">Paper</a>]</div>
</div>
<div class="item-info">
  <div class="paper"><b>Equal Contribution Games for Federated Learning</b></div>
  <div class="author">Cy Park, <b>Bo Chen</b></div>
  <div class="conf"><b>ICML 2023</b>.</div>
</div></body></html>"""
    pubs = read_markup("x.html", html, db, html=True, extractor="rules").publications
    assert [(p.title, p.venue.venue.id if p.venue and p.venue.venue else None, p.year) for p in pubs] == [
        ("Sparse Probes for Streaming Video Question Answering", "cvpr", 2024),
        ("Equal Contribution Games for Federated Learning", "icml", 2023)]
    md = ("## Publications\n\n- **Sparse Probes for Streaming Video Question Answering**  \n  Ann Lee\\*, Bo Chen\\*  \n"
          "  *\\*Equal contribution, †Corresponding author*  \n  CVPR 2024\n")
    pubs = read_markup("x.md", md, db, extractor="rules").publications
    assert [(p.title, p.year) for p in pubs] == [("Sparse Probes for Streaming Video Question Answering", 2024)]


def test_a_linked_title_with_its_venue_tag_is_the_title_line(db):
    from pubnorm.sources.reader import read_markup

    md = """# Selected Publications

[Budget Probes: Measuring Long-Context Recall on a Shoestring](https://arxiv.org/abs/2402.00002) (ACL 2024)

**Ann Lee**, Bo Chen, Cy Park *(<span style="color:red;">Outstanding paper</span>, ACL 2024)*

[BudgetProbes ![](https://img.shields.io/github/stars/x/y?style=social)](https://github.com/x/y) \\| A small suite of recall probes for long inputs.

---

[Findings of the Association for Computational Linguistics: EMNLP 2023](https://aclanthology.org/2023.findings-emnlp.1)
"""
    pubs = read_markup("x.md", md, db, extractor="rules").publications
    assert len(pubs) == 1  # a linked venue on its own is no paper
    p = pubs[0]
    assert p.title == "Budget Probes: Measuring Long-Context Recall on a Shoestring"
    assert p.authors == ["Ann Lee", "Bo Chen", "Cy Park"] and p.awards == ["Outstanding paper"]
    assert p.venue is not None and p.venue.venue is not None and p.venue.venue.id == "acl" and p.year == 2024


def test_a_heading_over_a_lone_venue_line_is_the_title(db):
    from pubnorm.sources.reader import read_markup

    md = """# Publications

## Programming Tools

### <img src="/icons/pen.svg" alt="Pen" style="width: 24px;"> [[SketchCode]]: Editing Code by Drawing on It
*CHI 2025, Best Paper Award*

SketchCode lets programmers edit code by drawing rough shapes over it, which a model turns into edits.

### Research Directions in Interaction
We build tools for people who write code, and study how they use them.
"""
    pubs = read_markup("x.md", md, db, extractor="rules").publications
    assert len(pubs) == 1  # the description is the paper's, not another paper
    p = pubs[0]
    assert p.title == "SketchCode: Editing Code by Drawing on It" and p.year == 2025 and p.awards == ["Best Paper Award"]
    assert p.venue is not None and p.venue.venue is not None and p.venue.venue.id == "chi"
    assert p.first_source.line == 5 and p.section == "Publications > Programming Tools"


def test_a_note_under_an_entry_is_no_paper_of_its_own(db):
    md = ("## Working papers\n\n"
          "1. “Heat and Diets: Evidence from Grocery Scanner Data” [NBER WP No. w34609](https://www.nber.org/papers/w34609)"
          " (with [Ada Okafor](https://example.org/ao) and Lin Brightwater)\n"
          "   - Outstanding Paper Award, The 6th Forum on Health Economics (Example University), 2023\n"
          "2. “Rivers, Roads and Trade Costs in the Long Run” [SSRN](https://papers.ssrn.com/sol3/papers.cfm?abstract_id=1)"
          " (with Tomas Quince)\n")
    pubs = read_markup("research.md", md, db).publications
    assert [p.title for p in pubs] == ["Heat and Diets: Evidence from Grocery Scanner Data",
                                       "Rivers, Roads and Trade Costs in the Long Run"]


def test_links_listed_under_an_entry_are_its_material_not_papers(db):
    """Economics pages list an entry's appendix, replication files and columns as links in a list under it: each was
    read as a paper named by its link ("Web Appendix")."""
    md = ("## Published papers\n\n"
          "- **[Heat and Diets: Evidence from Grocery Scanner Data](/hd.pdf)** (with Ada Okafor).\n"
          "**Journal of Health Economics, 2023.**\n"
          "    - [Web Appendix](/hd_appendix.pdf)\n"
          "    - [Replication Package](https://example.org/dataverse/hd)\n\n"
          "- **[Rivers, Roads and Trade Costs](/rr.pdf)** (with Tomas Quince).\n"
          "**Journal of Urban Economics, 2021.**\n"
          "    - [Web Appendix](/rr_appendix.pdf)\n"
          "    - [VoxDev Column](https://example.org/voxdev/rr)\n")
    pubs = read_markup("research.md", md, db).publications
    assert [(p.title, p.year) for p in pubs] == [("Heat and Diets: Evidence from Grocery Scanner Data", 2023),
                                                 ("Rivers, Roads and Trade Costs", 2021)]


def test_an_html_fragment_showing_bibtex_is_read_as_html(db, tmp_path: Path):
    """bibtex2html's output saved without an extension: it opens with an HTML element and shows each entry's BibTeX
    in a <pre>. It is a page (it was read as BibTeX, and titles wrapped over lines in it were cut)."""
    from pubnorm.sources.reader import detect_kind

    page = ("<h3> International Journals </h3>\n<table>\n<tr><td>[1]</td><td>Ana Lee and Bo Kim.\nHow do generated "
            "unit tests influence software\n  maintenance?\nIn <em>ICST</em>, pages 250-261. IEEE, 2018.\n"
            "<pre>@inproceedings{k,\n  title = {How do generated unit tests influence software maintenance?},\n"
            "  year = {2018}\n}</pre></td></tr>\n</table>\n")
    assert detect_kind(Path("ResearchPapers"), page) == "html"
    assert detect_kind(Path("refs"), "@article{k, title={T}}\n") == "bibtex"
    assert detect_kind(Path("refs.md"), "<div>\n@article{k, title={T}}\n") == "markdown"
    f = tmp_path / "ResearchPapers"
    f.write_text(page, encoding="utf-8")
    (pub,) = read_profile(f, db).publications
    assert (pub.title, pub.year) == ("How do generated unit tests influence software maintenance?", 2018)


def test_an_mdx_page_is_markdown_whatever_jsx_it_opens_with(db, tmp_path: Path):
    """A Docusaurus or Next.js page in MDX (Markdown with JSX) that opens with a JSX heading was sniffed as HTML, so
    its Markdown list was one paragraph (two papers of seven read); an import is no paper."""
    page = tmp_path / "publications.mdx"
    page.write_text(
        " <h2\n    style={{\n      textAlign: \"center\",\n    }}\n  >\n    Publications\n </h2>\n\n"
        "- Lind, A., and B. Okafor (2013). Facilitating feedbacks between widgets and models. Ecological "
        "Monographs. [doi:10.1890/12-0137.1](https://doi.org/10.1890/12-0137.1)\n"
        "- Okafor, B., A. Lind, and C. Moreau (2013). On improving the communication between models and data. Plant, "
        "Cell, & Environment [doi:10.1111/pce.12043](https://doi.org/10.1111/pce.12043)\n"
        "- Moreau, C. \"A quantitative assessment of a widget model's data needs.\" Journal of Geophysical Research: "
        "Biogeosciences 119, no. 3 (2014): 286-300.\n\nimport Tabs from '@theme/Tabs';\n", encoding="utf-8")
    from pubnorm.sources.reader import detect_kind

    assert detect_kind(page, page.read_text(encoding="utf-8")) == "markdown"
    pubs = read_profile(page, db).publications
    assert [(p.title, p.year, p.sources[0].line) for p in pubs] == [
        ("Facilitating feedbacks between widgets and models", 2013, 9),
        ("On improving the communication between models and data", 2013, 10),
        ("A quantitative assessment of a widget model's data needs", 2014, 11)]


def test_a_citation_whose_venue_is_its_link_is_one_entry_not_a_mention(db):
    """"Authors. Title. [ICES J. Mar. Sci., Volume 79, Issue 4, May 2022, Pages 1133-1149](doi)": a link whose text
    is a venue with its year names a paper in prose ("Reasoning agents [ACL 2022](...)"), unless it also gives the
    venue's volume and pages: then it is a whole citation's venue, and the entry's own title is the paper's (it was
    read as a mention, its label the authors' last name and the title)."""
    md = ("## Papers\n\n"
          "* Lena Okafor, Jan Moreau. Tidal mixing in shallow fjords. [Ecological Indicators, Volume 123, Issue 4, "
          "May 2021, Pages 107-121](https://doi.org/10.1016/j.ecolind.2021.1)\n"
          "* Reasoning over tables with agents [ACL 2022](https://aclanthology.org/2022.acl-long.1/)\n")
    pubs = read_markup("p.md", md, db).publications
    first = pubs[0]
    assert (first.title, first.label, first.year, first.kind) == ("Tidal mixing in shallow fjords", None, 2021, "entry")
    assert pubs[1].kind == "mention" and pubs[1].venue is not None and pubs[1].venue.venue.id == "acl"


def test_an_arxiv_link_beside_the_journal_link_is_the_same_papers_copy_not_a_second_paper(db):
    """A physics page: 'Authors, "Title", [Journal 136, 216602 (2026)](doi), [arXiv:2507.21267](arxiv)'. Two paper
    links on one line were read as prose naming two papers (records with no title); a link whose text is an
    identifier is the same paper's other copy. Two venues linked in prose still name two papers."""
    md = ("## Selected Publications\n\n"
          "1. Wilma Shirley, **AO**, Jan Moreau, \"Anomaly-free symmetries with obstructions to gauging\", "
          "[Physical Review Letters 136, 216602 (2026)](https://doi.org/10.1103/x), "
          "[arXiv:2507.21267](https://arxiv.org/abs/2507.21267).\n\n"
          "2. Our agents appeared at [ACL 2022](https://aclanthology.org/2022.acl-long.1/) and "
          "[EMNLP 2023](https://aclanthology.org/2023.emnlp-main.2/).\n")
    pubs = read_markup("p.md", md, db).publications
    first = pubs[0]
    assert (first.title, first.year, first.kind) == ("Anomaly-free symmetries with obstructions to gauging", 2026,
                                                     "entry")
    assert first.ids.get("arxiv") == "2507.21267" and first.venue_raw == "Physical Review Letters"
    assert [p.kind for p in pubs[1:]] == ["mention", "mention"]


def test_an_arxiv_category_is_the_papers_primary_class_not_its_venue(db):
    """"[*Title*](arxiv), arXiv:2510.13997 [astro-ph.IM]", as arXiv's listings write a preprint: the subject class
    "IM" was read as the venue and matched a network-management symposium, and the category was lost. The
    category is the record's primary class (BibTeX's primaryClass) and arXiv the venue."""
    md = ("## 2025\n\n"
          "- Ana Lee, **Bo Lind**, and Jan Moreau, [*Sequential widget inference with adaptive datasets*]"
          "(http://arxiv.org/abs/2510.13997v1), arXiv:2510.13997 [astro-ph.IM]\n"
          "- Ana Lee and **Bo Lind**, [*Widget waves from binary resonances*](http://arxiv.org/abs/2506.11802v1), "
          "arXiv:2506.11802 [gr-qc]\n")
    pubs = read_markup("p.md", md, db).publications
    assert [(p.venue_raw, p.ids.get("arxiv"), p.primary_class) for p in pubs] == [
        ("arXiv", "2510.13997", "astro-ph.IM"), ("arXiv", "2506.11802", "gr-qc")]
    assert all(p.venue is not None and p.venue.venue is not None and p.venue.venue.id == "arxiv" for p in pubs)


def test_authors_marked_on_a_page_are_recorded_as_equal_contributors_or_corresponding(db):
    """"Ada Lee*, Bo Kim*, Cy Park†", "**Zheqi Lv**$^\\dagger$", "Tianyu Zhan$^{*}$" (TeX's marks, as MathJax shows
    them): a page's marks were read off the names and lost (only a .bib or front matter name kept them). Now they
    are recorded as for a name given whole; bold written around a name in raw HTML ("**Totty MS**") is no mark,
    and a list without marks records none."""
    md = ("## Papers\n\n"
          "- Ada Lee*, Bo Kim*, Cy Park†. Widget reading at scale. In ACL 2024.\n"
          "- [Widget correction for on-device recommendation](https://x.org/a) \\\\\n"
          "Tianyu Zhan$^{*}$, Shengyu Zhang$^{*}$, **Zheqi Lv**$^\\dagger$, Jieming Zhu\n"
          "- Ada Lee, Bo Kim, Cy Park. Widget parsing in the wild. In EMNLP 2023.\n")
    pubs = read_markup("p.md", md, db).publications
    assert [(p.authors, p.equal_contribution, p.corresponding) for p in pubs] == [
        (["Ada Lee", "Bo Kim", "Cy Park"], ["Ada Lee", "Bo Kim"], ["Cy Park"]),
        (["Tianyu Zhan", "Shengyu Zhang", "Zheqi Lv", "Jieming Zhu"], ["Tianyu Zhan", "Shengyu Zhang"], ["Zheqi Lv"]),
        (["Ada Lee", "Bo Kim", "Cy Park"], [], [])]
    html = ("<html><body><h2>Papers</h2><ul><li>Goode TD, Bernstein M, **Totty MS**, Alipio JB (2024). Widget "
            "reading at scale. <i>Nature Methods</i> 21, 1-5.</li></ul></body></html>")
    pubs = read_markup("p.html", html, db, html=True).publications
    assert [(p.authors[2], p.equal_contribution) for p in pubs] == [("Totty MS", [])]


def test_letters_superscripted_on_names_mark_them_and_are_no_part_of_them(db):
    """"Zgodic$^s$, A, R Bai, and **AC McLain**$^{c}$ (2025). [Title](url). *Journal*": TeX's superscripts after
    names (a student, the corresponding author, as R Markdown pages mark them) split each entry in two, the first
    titled "Huang$^s$"; "Doe<sup>s</sup>" was read as the name "Does". One paper, the names without their marks."""
    md = ("## Published\n\n"
          "- Zgodic$^s$, A, R Bai, J Zhang, and **AC McLain**$^{\\divideontimes c}$ (2025). [Sparse widget "
          "regression with a partitioned ECM algorithm](https://doi.org/10.1016/j.x.2025.1). *Computational "
          "Statistics and Data Analysis*, 12, 1-5.\n"
          "- Huang$^s$, R, C McMahan, B Herrin, **AC McLain**, B Cai and S Self (2024). [Gradient boosting for "
          "spatio-temporal widget models](https://doi.org/10.1/x.2). *Infectious Disease Modelling*, 10, 189-200.\n")
    pubs = read_markup("p.md", md, db).publications
    assert [(p.title, p.authors, p.year) for p in pubs] == [
        ("Sparse widget regression with a partitioned ECM algorithm", ["Zgodic, A", "R Bai", "J Zhang", "AC McLain"],
         2025),
        ("Gradient boosting for spatio-temporal widget models",
         ["Huang, R", "C McMahan", "B Herrin", "AC McLain", "B Cai", "S Self"], 2024)]
    html = ("<html><body><h2>Papers</h2><ol><li>Jane Doe<sup>s</sup>, John Roe<sup>c</sup>, Ann Lee<sup>1</sup>. "
            "Widget reading at scale. <i>Statistics in Medicine</i>, 33, 2014.</li></ol></body></html>")
    pubs = read_markup("p.html", html, db, html=True).publications
    assert [p.authors for p in pubs] == [["Jane Doe", "John Roe", "Ann Lee"]]


def test_a_status_said_in_bold_over_a_list_is_its_section(db):
    """"**Under Review:**" and "**Selected Working Papers:**", each a paragraph in bold over a list of titles with no
    venue or year (a page without headings): read as the sections they name, as "## Under Review" is; the titles
    were dropped as titles over nothing that shows they are papers (a title alone with link words after it, "PDF" or
    the "Abstract" that unfolds it, too). Such a section ends at the next kind of papers named in bold ("**PhD
    Thesis**")."""
    md = ("---\ntitle: research\n---\n\n **Under Review:**\n<ol>\n<li>\n<strong>Widget Insecurity and the Gender "
          "Gap in Trade Attitudes</strong> <a href=\"https://x.org/wi.pdf\">PDF</a>\n<details><summary>Abstract</summary>\n"
          "<p>While previous research has revealed a gap, we ask why women differ.</p>\n</details>\n</li>\n<li>\n<strong>Beyond Widgets: How Leadership Diversity Shapes Aid "
          "Perceptions</strong> (with Ada Okafor, Jan Moreau)\n</li>\n</ol>\n\n**Selected Working Papers:**\n\n<ol>\n"
          "<li>\n<strong>Chains of Widgets: How Supply Risks Affect Corporate Political Activities</strong> (with Bo "
          "Lind)\n</li>\n</ol>\n\n**PhD Thesis**\n\n* A. Okafor, Widget Design for Sparse Networks, University of "
          "Vienna, August 2015.\n")
    pubs = read_markup("p.md", md, db).publications
    assert [(p.title, p.authors, p.status) for p in pubs[:3]] == [
        ("Widget Insecurity and the Gender Gap in Trade Attitudes", [], "under review"),
        ("Beyond Widgets: How Leadership Diversity Shapes Aid Perceptions", ["Ada Okafor", "Jan Moreau"],
         "under review"),
        ("Chains of Widgets: How Supply Risks Affect Corporate Political Activities", ["Bo Lind"], "working paper")]
    assert pubs[0].urls == ["https://x.org/wi.pdf"]  # (what its link words link: no words of its title)
    # the next kind of papers named in bold ends the status's section: the thesis is no working paper
    assert [(p.section, p.status) for p in pubs[3:]] == [("PhD Thesis", "unknown")]


def test_one_paper_given_in_two_languages_in_one_entry_is_one_record(db):
    """A Chinese paper listed with its English title: '<li>“English title” (with A), <i>Journal</i>, 2024</li>' and,
    on the next line, its GB/T 7714 citation in Chinese (text after the item); or both on one line. One record, the
    second title a note. Two list items in two languages stay two papers."""
    md = ("## Publications in Chinese\n\n<ol>\n"
          "<li>“Mandate-based and Market-based Policies: Comparative Analyses of Carbon Mitigation” (with Lin Peng), "
          "<i>The Journal of World Economy</i>, 2024, 47(6): 149-175.</li>\n"
          "林鹏, 李硕（通讯作者）. 行政手段与市场机制: 中国气候政策碳减排效果的比较[J]. <i>世界经济</i>, 2024, 47(6): 149-175.\n"
          "  <ul><li>English version: Lin Peng and Shuo Li. “China’s Climate Policy: Mandates and Markets”, "
          "<i>China Economist</i>, 2025.</li></ul>\n</ol>\n\n## Other\n\n"
          "- Lind, A., & Okafor, J. (2023). Tidal heating of icy moons. Icarus, 12, 3-9.\n"
          "- 林鹏, 李硕. 中国地表水水质变化趋势及治理政策应对[J]. 中国人口·资源与环境, 2023, 33(05): 27-39.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [p.title for p in pubs] == [
        "Mandate-based and Market-based Policies: Comparative Analyses of Carbon Mitigation",
        "China’s Climate Policy: Mandates and Markets", "Tidal heating of icy moons", "中国地表水水质变化趋势及治理政策应对"]
    assert pubs[0].notes == ["also titled 行政手段与市场机制: 中国气候政策碳减排效果的比较"]
    one_line = ("## Papers\n\n9. Liu, L.#, **Yan, Y.**#, & Huang, L. (2020). The effect of PM2.5 exposure on the "
                "mental stress of citizens. Chemosphere, 254, 126797\n"
                "10. **严严#**,黄玲#,华弥之,陈思佚. 幼儿情绪能力训练的理论构思与实证检验 [J]. 心理学通讯. 2018 (01). "
                "Yan, Y.#, Huang, L.#, Hua, M., & Chen, S.., et al., (2018)., The Theoretical Conception and Empirical "
                "Test of an Emotional Competence Training Program for Preschool Children. Psychological Communications., "
                "2018, 1(1): 5-15.\n")
    _, pub = read_markup("p.md", one_line, db, extractor="crf").publications
    assert pub.title == "幼儿情绪能力训练的理论构思与实证检验" and pub.year == 2018
    assert pub.notes == ["also titled The Theoretical Conception and Empirical Test of an Emotional Competence "
                         "Training Program for Preschool Children"]


def test_a_heading_that_names_no_single_year_ends_the_year_of_the_one_before(db):
    """"## 2022" then "## Before 2021": the entries under the second are not of 2022 (a heading with four digits in
    it kept the year of the heading before it)."""
    md = ("## 2022\n\n- Lena Okafor, Jan Moreau. Tidal mixing in shallow fjords. *Ecological Indicators*.\n\n"
          "## Before 2021\n\n- Ida Berg. Reading the shoreline. *Coasts and People*, 2019.\n"
          "- Jan Moreau, Lena Okafor. Salt wedges and tidal mixing in the estuaries of the north. *Estuaries and Coasts*, "
          "12(3):45-67.\n")
    pubs = read_markup("p.md", md, db).publications
    assert [(p.title, p.year) for p in pubs] == [("Tidal mixing in shallow fjords", 2022),
                                                 ("Reading the shoreline", 2019),
                                                 ("Salt wedges and tidal mixing in the estuaries of the north", None)]


def test_a_year_written_as_a_list_number_is_the_entrys_year(db):
    """"- 2019. Authors. Title. *Journal*": the year is the list number Markdown made of it."""
    md = "## Papers\n\n- 2019. Lena Okafor, Jan Moreau. Tidal mixing in shallow fjords. *Ecological Indicators*.\n"
    assert [(p.title, p.year) for p in read_markup("p.md", md, db).publications] == [
        ("Tidal mixing in shallow fjords", 2019)]


def test_a_whole_citation_under_news_is_a_paper(db):
    """Under "Project Updates" (a news heading), an item that is a whole citation (authors, title, venue, year) is a
    paper; news lines still name papers only by their links ("accepted at ...")."""
    md = ("## Project Updates\n\n"
          "- **[2025.10]** Lena Okafor, Jan Moreau, Ida Berg. Role clustering for rumour detection. *The 19th ACM "
          "International Conference on Web Search and Data Mining (WSDM)*. 2026.\n"
          "- [2025.06] We gave a tutorial on rumours at a summer school in Lyon.\n")
    pubs = read_markup("p.md", md, db).publications
    assert [(p.title, p.authors, p.year) for p in pubs] == [
        ("Role clustering for rumour detection", ["Lena Okafor", "Jan Moreau", "Ida Berg"], 2026)]


def test_an_entrys_number_is_no_part_of_its_first_authors_name(db):
    """"25 Ross, C.T., ..." and "20. DB Lindenmayer": the entry's number, read into the first name."""
    md = ("## Papers\n\n"
          "25 Okafor, L., Moreau, J., and Berg, I. (2017). Tidal heating of the icy moons of giant planets. "
          "*Icarus*, 12(3), 45-67.\n\n"
          "24 Moreau, J., and Okafor, L. (2016). Salt wedges and mixing in the estuaries of the north. *Estuaries "
          "and Coasts*, 9(1), 1-20.\n")
    pubs = read_markup("p.md", md, db).publications
    assert [p.authors[0] for p in pubs] == ["Okafor, L.", "Moreau, J."]


def test_a_news_line_is_a_whole_citation_only_when_it_names_two_people():
    """Under a news heading a whole citation is a paper; a line whose "authors" are no names is news ("We release PAN,
    A World Model for General, Interactable, ...": a retrained labeller read those as three authors)."""
    from pubnorm.model import Publication
    from pubnorm.sources.entries import whole_citation

    assert whole_citation(Publication(title="Tidal heating", authors=["Ana Lee", "B. Kim"], year=2024))
    assert not whole_citation(Publication(title="See you", year=2025,
                                          authors=["We release PAN", "A World Model for General", "Interactable"]))
    assert not whole_citation(Publication(title="Tidal heating", authors=["Ana Lee", "B. Kim"]))  # no venue, no year


def test_a_heading_that_keys_the_marks_of_the_list_is_no_section_of_its_own(db):
    """"### *Denotes post-doctoral or student mentee" under "## Published Papers": the key to the list's marks named
    students, and the whole list was skipped as a section about students."""
    md = ("## Published or Accepted Peer-Reviewed Papers\n### *Denotes post-doctoral or student mentee\n\n"
          "[2] * Lind, J.M., & **Okafor, B.A.** (2021). A rusty record of weathering in the hyperarid Andes. "
          "*Geology*, 49, 1–5.\n\n"
          "[1] **Okafor, B.A.**, Moreau, K.X. (2020). Climate controls on erosion in active landscapes. "
          "*Science Advances*, 6, az3166.\n")
    pubs = read_markup("pubs.md", md, db).publications
    assert [(p.title, p.year) for p in pubs] == [("A rusty record of weathering in the hyperarid Andes", 2021),
                                                 ("Climate controls on erosion in active landscapes", 2020)]


def test_papers_kept_in_the_front_matters_feature_rows_are_read_where_the_page_includes_them(db):
    """minimal-mistakes' feature rows: the papers are the excerpts of front matter items, and the body only says
    `{% include feature_row id="..." %}` under its headings (the page gave nothing)."""
    md = ('---\ntitle: "Publications"\nrow_a:\n  - image_path: assets/a.png\n'
          '    excerpt: "[Impulse responses for ocean carbon removal](https://example.org/p/1) <br />\n'
          '    **Ada Okafor**, Ben Lind and Cy Moreau (2024).\n    *Under review in Biogeosciences*."\n'
          'row_b:\n  - image_path: assets/b.png\n'
          '    excerpt: "[Mesoscale eddies in a model hierarchy](https://doi.org/10.1029/2022MS003203) <br />\n'
          '    **Ada Okafor** and Ben Lind (2022).\n    *Journal of Advances in Modeling Earth Systems*."\n---\n\n'
          '### Preprints\n{% include feature_row id="row_a" type="right" %}\n\n'
          '### Journal Articles\n{% include feature_row id="row_b" type="right" %}\n')
    pubs = read_markup("Publications.md", md, db).publications
    assert [(p.title, p.year, p.first_source.line, p.section) for p in pubs] == [
        ("Impulse responses for ocean carbon removal", 2024, 5, "Preprints"),
        ("Mesoscale eddies in a model hierarchy", 2022, 10, "Journal Articles")]
    assert pubs[1].authors == ["Ada Okafor", "Ben Lind"] and pubs[1].ids.get("doi") == "10.1029/2022ms003203"


def test_a_feature_row_whose_excerpt_is_an_abstract_gives_its_title_and_link(db):
    """A feature row with `title:`, `url:` and an abstract as its excerpt: the title is the paper's (before: no
    record, the abstract's prose read as no paper; or the title kept as a label)."""
    md = ('---\ntitle: "Publications"\npaper1:\n  - image_path: /img/prd.png\n    alt: "PRD"\n'
          '    title: "Entanglement growth in a quenched lattice gauge model"\n'
          '    url: "https://doi.org/10.1103/abcd-1234"\n'
          '    excerpt: "We simulate a gauge model on a lattice and observe thermal behaviour."\n'
          'paper2:\n  - image_path: /img/epj.png\n    title: "Spin alignment of vector mesons at equilibrium"\n'
          '    url: "https://example.org/articles/spin"\n'
          '    excerpt: "Using linear response, we compute the spin density matrix."\n---\n\n'
          'Selected recent publications.\n\n{% include feature_row id="paper1" type="left" %}\n\n---\n'
          '{% include feature_row id="paper2" type="right" %}\n')
    pubs = read_markup("publications.md", md, db).publications
    assert [(p.title, p.year, p.first_source.line) for p in pubs] == [
        ("Entanglement growth in a quenched lattice gauge model", None, 6),
        ("Spin alignment of vector mesons at equilibrium", None, 11)]
    assert pubs[0].ids.get("doi") == "10.1103/abcd-1234" and not pubs[0].authors


def test_papers_kept_as_mappings_in_a_pages_front_matter_are_read_when_its_layout_shows_them(db):
    """`layout: publications` with `publications: [{title:, authors:, conference:}]` and no body: the layout renders
    the list (the page gave nothing: with no body, it was not read further)."""
    md = ("---\nlayout: publications\ntitle: Publications\npublications:\n\n"
          "- title: Boundary rules for sparse testing\n  authors: Ada Okafor, Ben Lind\n"
          "  conference: Biometrika, 2025\n  paperlink: https://arxiv.org/abs/2502.00001\n\n"
          "- title: Local error rates under a null\n  authors: Ben Lind, Ada Okafor\n"
          "  conference: Available on arxiv\n---\n")
    pubs = read_markup("research.md", md, db).publications
    assert [(p.title, p.authors, p.year, p.venue.venue.id if p.venue and p.venue.venue else None, p.first_source.line) for p in pubs] == [
        ("Boundary rules for sparse testing", ["Ada Okafor", "Ben Lind"], 2025, "j-biometrika", 6),
        ("Local error rates under a null", ["Ben Lind", "Ada Okafor"], None, "arxiv", 11)]


def test_papers_in_a_pages_front_matter_keep_every_field_the_front_matter_gives(db):
    """A lab's page whose whole list is its front matter (`publications: [{year, title, authors, short_publication,
    publication, grants}]`) was read line by line as keyed records: `publication` (the venue) and the keys such a
    record does not know were lost for all 30 papers. Read as the data they are, on their titles' lines."""
    md = ('---\nlayout: publications\ntitle: Publications\npublications:\n\n##### 2019 #####\n\n'
          ' - year: 2019\n   title: "Widget implicits are everywhere"\n   authors: "Ada Okafor, Ben Lind, and Rui Moreau"\n'
          '   short_publication: "OOPSLA\'19"\n   publication: "Object-Oriented Programming, Systems, Languages & '
          'Applications"\n   grants: "ELE"\n\n - year: 2018\n   title: "Macros for widget DSLs"\n'
          '   authors: "Ben Lind"\n   publication: "Summit on Advances in Widget Languages"\n---\n')
    pubs = read_markup("publications.md", md, db).publications
    assert [(p.title, p.venue_raw, p.year, p.first_source.line) for p in pubs] == [
        ("Widget implicits are everywhere", "Object-Oriented Programming, Systems, Languages & Applications", 2019, 9),
        ("Macros for widget DSLs", "Summit on Advances in Widget Languages", 2018, 16)]
    assert pubs[0].extra == {"short_publication": "OOPSLA'19", "grants": "ELE"}


def test_papers_kept_as_mappings_written_on_one_line_each_in_a_pages_front_matter_are_read(db):
    """Zola's TOML front matter with `[extra] publications = [{ title = "...", conference = "OOPSLA", date = "2024"
    }, ...]` (and YAML's `- {title: ..., venue: ...}`): each mapping on one line, where no key opens a line (nothing
    was read). A patent among them is no paper; a mapping written with its keys on lines of their own is read once; a
    theme's sidebar with a title and its author key left empty is none."""
    md = ('+++\ntitle = "writings"\ntemplate = "writings.html"\n\n[extra]\npublications = [\n'
          '    { title = "Effect widgets for C via coroutines", link = "https://dl.acm.org/doi/10.1145/3689798", '
          'type = "Paper", conference = "OOPSLA", date = "2024" },\n'
          '    { title = "Widget data flow retyping", link = "https://patents.google.com/patent/US1B1/en", '
          'type = "Patent", date = "2021" },\n'
          '    { title = "Union widgets are hard, actually", link = "https://dl.acm.org/doi/10.1145/3486602.3486767", '
          'type = "Paper", conference = "DLS", date = "2021" },\n]\n+++\n\nHere are some of my writings.\n')
    pubs = read_markup("writings.md", md, db).publications
    assert [(p.title, p.venue_raw, p.year, p.first_source.line) for p in pubs] == [
        ("Effect widgets for C via coroutines", "OOPSLA", 2024, 7),
        ("Union widgets are hard, actually", "DLS", 2021, 9)]
    md = ("---\ntitle: Papers\nsidebar:\n  title: Academic articles\n  author:\n  description: ''\n"
          "papers:\n  - {title: Boundary rules for sparse widgets, venue: Biometrika, year: 2025}\n"
          "  - title: Local widget error rates\n    venue: Biometrika\n    year: 2023\n"
          "  - title: Widget tests under a null\n    venue: Statistical Science\n    year: 2021\n---\n")
    pubs = read_markup("papers.md", md, db).publications
    assert sorted((p.title, p.year) for p in pubs) == [("Boundary rules for sparse widgets", 2025),
                                                       ("Local widget error rates", 2023),
                                                       ("Widget tests under a null", 2021)]


def test_citation_strings_kept_in_a_pages_front_matter_are_read_as_a_markdown_list_on_their_lines(db):
    """Hugo `sections: [{name:, list: ["**[1]** (2021) Authors, [Title](doi) - Journal"]}]`: the strings are
    Markdown (the link is the title), one paper each, located at the line each starts on."""
    md = ('---\ntitle: "Publication"\nsections:\n  - name: "Root models"\n    list:\n'
          '      - "**[1]** (2021) Ada Okafor, Ben Lind, [Hydraulic atlases of maize roots from cross-section images]'
          '(https://doi.org/10.1002/pld3.9999) - Plant Direct, Volume 5"\n'
          '      - "**[2]** (2020) Ben Lind, Ada Okafor, [A computational tool for monocot root anatomy]'
          '(https://doi.org/10.1104/pp.19.99999) - Plant Physiology, Volume 182"\n---\n')
    pubs = read_markup("content/publication.md", md, db).publications
    assert [(p.title, p.authors, p.year, p.first_source.line) for p in pubs] == [
        ("Hydraulic atlases of maize roots from cross-section images", ["Ada Okafor", "Ben Lind"], 2021, 6),
        ("A computational tool for monocot root anatomy", ["Ben Lind", "Ada Okafor"], 2020, 7)]
    assert pubs[0].ids.get("doi") == "10.1002/pld3.9999"


def test_markdown_kept_as_text_in_a_pages_front_matter_is_read_on_its_lines_under_its_blocks_title(db):
    """Hugo Blox landing pages keep their lists in `sections: [{block: markdown, content: {title:, text: |-}}]`, and
    themes in `intro: |`: the body is empty, and every paper was lost. The text is read as the page's Markdown, on
    the lines it stands on, under its block's title; an abstract or a bio kept so is not read as a list."""
    md = ('---\ntitle: "Ada Okafor"\ntype: landing\nsections:\n  - block: markdown\n    id: papers\n    content:\n'
          '      title: Conference Publications\n      text: |-\n\n'
          '        **2.** Ada Okafor, Ben Lind, Cy Moreau. Trust in spoken health advice from voice assistants. *ACM Conference on Human Factors in Computing Systems* (CHI 2026)\n\n'
          '        **1.** Ada Okafor, Ben Lind, Cy Moreau. Humor in conversational agents for behaviour change. '
          '*Proceedings of the ACM Conference on Human Factors in Computing Systems* (CHI 2024)\n'
          '  - block: about.biography\n    content:\n      title: Biography\n      text: |-\n'
          '        I am a researcher in human-computer interaction.\n        I study trust and health.\n'
          '        Before that I was an engineer.\n---\n')
    pubs = read_markup("content/_index.md", md, db, extractor="crf").publications
    assert [(p.title, p.authors, p.year, p.section, p.first_source.line) for p in pubs] == [
        ("Trust in spoken health advice from voice assistants", ["Ada Okafor", "Ben Lind", "Cy Moreau"], 2026,
         "Conference Publications", 11),
        ("Humor in conversational agents for behaviour change", ["Ada Okafor", "Ben Lind", "Cy Moreau"], 2024,
         "Conference Publications", 13)]


def test_an_entry_under_a_year_heading_keeps_its_authors_and_its_own_line(db):
    """"## 2026" over 'Title<br> **Owner**, Co-authors<br> *in Proc. of **ACL 2026 (Findings)***': the heading's year
    read with the title does not make the title a whole entry of its own (the authors and venue were cut off into
    none), and an entry is located at its own line, not the heading's (a heading's words read with it neither)."""
    md = ("## 2026\n\n* Adaptive Sampling that Learns: Iterative Tuning for Self-Aware Grid Reasoning<br>\n"
          "  **Nora Quill**, Tomas Brandt, Ida Berg<br>\n  *in Proc. of **ACL 2026 (Findings)***\n\n"
          "## Earlier Work\n- **Grid Gestures**: Examining Stride Variation as an Input Method While Walking [UIST 2024]\n"
          "- **StoryBox**: Designing a Narrative Viewer Tool for Live Chatrooms [CHI 2023]\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.authors, p.year, p.sources[0].line) for p in pubs] == [
        (["Nora Quill", "Tomas Brandt", "Ida Berg"], 2026, 3), ([], 2024, 8), ([], 2023, 9)]


def test_a_link_written_here_names_no_paper(db):
    # "Read it [here](...)" under a paper: the words before a pointing link say what to do, not which paper
    md = ("## Coupled oscillators (2019)\n"
          'Ada Quill and Bo Stern "Phase Locking in Coupled Oscillators", Journal of Neural Engineering.\n\n'
          "- Read it [here](https://doi.org/10.1088/1741-2552/abc123).\n"
          "- The code is [here](https://doi.org/10.5281/zenodo.123456).\n")
    pubs = read_markup("x.md", md, db).publications  # the labeller; the rules read such lines as titles
    assert [p.name for p in pubs] == ["Phase Locking in Coupled Oscillators"]
    assert pubs[0].venue.venue.name == "Journal of Neural Engineering"


def test_a_link_whose_text_is_an_address_or_the_rest_of_a_sentence_names_no_paper():
    """Mentions made of a link's text: "https://www.nature.com/articles/s41590" (the address as its text), "pp. 1-7).
    IEEE." and "conservation gains and key challenges." (a sentence's end that holds a link),
    "Supplemental material", "Open access": records with no title that named no paper. A short name ("SeaPO",
    "word2vec", "GPT-4 Technical Report") and a DOI are a paper's."""
    from pubnorm.sources.entries import _names_no_paper

    assert all(_names_no_paper(t) for t in (
        "https://www.nature.com/articles/s41590-024-01774-4", "eprints.whiterose.ac.uk/100080",
        "pp. 1-7). IEEE.", ". Research highlight in",
        "conservation gains and key challenges.", "in english", "Supplemental material", "Open access", "Dataverse",
        "Download CV", "CV (PDF) »", "简历 (PDF)", "Ada Okafor's Curriculum Vitae"))  # links to the owner's CV
    assert not any(_names_no_paper(t) for t in (
        "SeaPO", "word2vec", "GPT-4 Technical Report", "10.1093/qjmath/52.2.171",
        "https://www.biorxiv.org/content/10.1101/2024.09.20.614064v1", "Gong & Wang (2001), Quart. J. Math",
        "arXiv:2101.00001", "(Translation) Title", "”Thinking through the data body”",
        "./pdfs/Landreth et al. - 2025 - Ecosystem Size.pdf"))  # a file's name may hold its title
    # linked to a paper's page, words in lower case name it ("Our work on [efficient MoE editing](arxiv) ...")
    assert not _names_no_paper("efficient MoE editing", paper_link=True) and _names_no_paper("efficient MoE editing")
    assert _names_no_paper("pp. 1-7). IEEE.", paper_link=True)  # a sentence's end, to its full stop
    assert _names_no_paper("conservation gains and key challenges.", paper_link=True)


def test_a_links_address_as_its_text_is_still_read_so_in_a_run_of_text():
    """"[doi: 10.1088/1741-2552/abc](...)" and "[<https://x.org/p>](...)" written in a reference's text are its
    addresses, no paper named in running text (_prose_mentions): a later regex of the mention filter took the name
    _ADDRESS and hid this one."""
    from pubnorm.sources import entries

    assert entries._ADDRESS.match("doi: 10.1088/1741-2552/abc123") and entries._ADDRESS.match("<https://x.org/p>")
    assert entries._ADDRESS.match("10.1093/qjmath/52.2.171")


def test_a_report_and_a_thesis_appeared_at_their_institution_and_school(db):
    """A @techreport with no journal or booktitle appeared at its institution, a thesis at its school or, as
    biblatex names it, institution (the page labeller reads "PhD thesis, University Y" on a page so); the fields stay
    themselves when written back."""
    from pubnorm.sources.bibtex import read_bibtex
    from pubnorm.writers.bibtex import bibtex_entries

    bib = ("@techreport{roe2024,\n  title = {Carbon Prices and Wages},\n  author = {Roe, Ada},\n"
           "  institution = {Institute for Labour Studies},\n  number = {2024-3},\n  year = {2024}\n}\n"
           "@phdthesis{roe2020,\n  title = {Essays on Wages},\n  author = {Roe, Ada},\n  school = {University of Oslo},\n"
           "  abbr = {PhD},\n  year = {2020}\n}\n"
           "@techreport{lee2023,\n  title = {Notes},\n  author = {Lee, Bo},\n  journal = {Economics Letters},\n"
           "  institution = {Some Bank},\n  year = {2023}\n}\n"
           # biblatex names a thesis's school `institution`
           "@phdthesis{roe2019,\n  title = {Essays on Prices},\n  author = {Roe, Ada},\n"
           "  institution = {Massachusetts Institute of Technology},\n  year = {2019}\n}\n")
    pubs = read_bibtex("refs.bib", bib, db).publications
    assert [(p.venue_raw, p.institution, p.school, p.status) for p in pubs] == [
        ("Institute for Labour Studies", "Institute for Labour Studies", None, "technical report"),
        ("University of Oslo", None, "University of Oslo", "published"),
        ("Economics Letters", "Some Bank", None, "published"),  # a journal it appeared in says more
        ("Massachusetts Institute of Technology", "Massachusetts Institute of Technology", None, "published")]
    entries, _ = bibtex_entries(pubs)
    assert [sorted(name for name, _ in fields) for _, _, fields in entries[:2]] == [
        ["author", "institution", "number", "title", "year"], ["abbr", "author", "school", "title", "year"]]


def test_biblatexs_date_gives_the_year_of_an_entry_without_one_and_is_written_back_as_it_was(db):
    """biblatex writes `date = {2017-05}` where BibTeX writes `year`: the entry's year was lost (a group's .bib of 25
    papers, all dated so). The date stays a field of its own, as written."""
    from pubnorm.sources.bibtex import read_bibtex
    from pubnorm.writers.bibtex import bibtex_entries

    bib = ("@article{roe2017,\n  title = {Widget deltas},\n  author = {Roe, Ada},\n  journal = {Geology},\n"
           "  date = {2017-05}\n}\n"
           "@article{lee2016,\n  title = {Widget rivers},\n  author = {Lee, Bo},\n  journal = {Geology},\n"
           "  year = {2016},\n  date = {2015-12-30}\n}\n")
    pubs = read_bibtex("refs.bib", bib, db).publications
    assert [p.year for p in pubs] == [2017, 2016]  # the year, where given, is the year
    entries, _ = bibtex_entries(pubs)
    assert dict(entries[0][2])["date"] == "2017-05"


def test_a_badge_the_database_only_guesses_at_is_not_taken_over_the_journal_written_out(db):
    """al-folio's `abbr` is the badge shown by a paper; when the journal written out is one the database lacks, the
    badge's match is taken only when it is no guess: "Acta Pol." fuzzily read as Acta Polymerica is not "Acta
    Politica". A badge the database knows as written stands ("ACL" over a booktitle it does not know)."""
    from pubnorm.sources.bibtex import read_bibtex

    bib = ("@article{roe2021,\n  title = {Movement parties},\n  author = {Roe, Ada},\n"
           "  journal = {Acta Politica},\n  abbr = {Acta Pol.},\n  year = {2021}\n}\n"
           "@inproceedings{lee2024,\n  title = {Tiny widgets},\n  author = {Lee, Bo},\n"
           "  booktitle = {Proceedings of the Sixty-Second Annual Meeting (Volume 1: Long Papers)},\n"
           "  abbr = {ACL},\n  year = {2024}\n}\n")
    pubs = read_bibtex("papers.bib", bib, db).publications
    assert pubs[0].venue_raw == "Acta Politica" and pubs[0].venue is not None and pubs[0].venue.venue is None
    assert pubs[1].venue is not None and pubs[1].venue.venue is not None and pubs[1].venue.venue.id == "acl"


def test_inline_html_in_a_bibtex_title_is_styling_and_is_written_back_as_it_was(db):
    """al-folio prints a .bib title as HTML: "<i>Sarracenia purpurea</i>", "H<sub>2</sub>O" are styling, read as the
    front matter reader reads them; a "<" that opens no element stays, and the field is written back as it was."""
    from pubnorm.sources.bibtex import read_bibtex
    from pubnorm.writers.bibtex import bibtex_entries

    bib = ("@article{a,\n  title = {Leaves of <i>Sarracenia purpurea</i> and H<sub>2</sub>O, <span class=\"x\">now</span>},\n"
           "  author = {Roe, Ada},\n  journal = {Nature Communications},\n  year = {2015}\n}\n"
           "@article{b,\n  title = {When $a < b$ and b<i},\n  author = {Roe, Ada},\n  year = {2016}\n}\n")
    a, b = read_bibtex("refs.bib", bib, db).publications
    assert a.title == "Leaves of Sarracenia purpurea and H2O, now"
    assert b.title is not None and "<" in b.title
    entries, _ = bibtex_entries([a])
    assert dict(entries[0][2])["title"] == "Leaves of <i>Sarracenia purpurea</i> and H<sub>2</sub>O, <span class=\"x\">now</span>"


def test_a_bibtex_title_that_is_a_link_is_its_text_and_the_link_is_the_papers(db):
    """'title={<a href="http://dx.doi.org/10.1007/JHEP12(2021)167"> Electroweak ...</a>}' (an al-folio .bib whose older
    entries link their titles): the title is the link's text and the link names the paper (its DOI); the field is
    written back as it was."""
    from pubnorm.sources.bibtex import read_bibtex
    from pubnorm.writers.bibtex import bibtex_entries

    bib = ("@article{a,\n  title={<a href=\"http://dx.doi.org/10.1007/JHEP12(2021)167\"> Electroweak symmetry "
           "non-restoration from dark matter</a>},\n  author = {Roe, Ada},\n  journal = {JHEP},\n  year = {2021}\n}\n")
    (a,) = read_bibtex("refs.bib", bib, db).publications
    assert a.title == "Electroweak symmetry non-restoration from dark matter"
    assert a.ids["doi"] == "10.1007/jhep12(2021)167"
    entries, _ = bibtex_entries([a])
    assert dict(entries[0][2])["title"].startswith("<a href=")


def test_a_bibtex_title_ending_in_a_link_in_brackets_leaves_it_out(db):
    """'title={SPADE: Sparsity-Guided Debugging ... <a href="https://icml.cc/virtual/2024/poster/33092">(ICML)</a>}'
    (an al-folio .bib linking each paper by its venue's name after the title: 12 titles of 13 read "... (ICML)"): the
    link's words in brackets are no words of the title; the link is the paper's, and the field is written back as it
    was. A bracket that is the title's own stays."""
    from pubnorm.sources.bibtex import read_bibtex
    from pubnorm.writers.bibtex import bibtex_entries

    bib = ("@inproceedings{a,\n  title={Sparse Widget Debugging for Deep Gadgets. <a href=\"https://icml.cc/virtual/2024/"
           "poster/33092\"> (ICML)</a>},\n  author = {Roe, Ada},\n  year = {2024}\n}\n"
           "@article{b,\n  title={Widgets in the Wild (WITW)},\n  author = {Roe, Ada},\n  year = {2024}\n}\n")
    a, b = read_bibtex("refs.bib", bib, db).publications
    assert a.title == "Sparse Widget Debugging for Deep Gadgets." and a.urls == ["https://icml.cc/virtual/2024/poster/33092"]
    assert b.title == "Widgets in the Wild (WITW)"
    entries, _ = bibtex_entries([a])
    assert dict(entries[0][2])["title"].endswith("(ICML)</a>")


def test_grants_and_public_service_sections_hold_no_papers(db):
    """'# Grants Funded/Research Projects' and '# Professional and Public Service' (a CV): a word for no papers
    beside "Research" or "Public" decides; "Publicações" and "Research" alone still hold papers."""
    md = ("# Publicações\n\n"
          "**Roe, A.**, B. Lind (2019) “Tidal Pumping in Riverbank Aquifers”, *Journal of Hydrology*, 570, 1-9.\n\n"
          "# Research\n\n"
          "**Roe, A.**, C. Moss (2021) “Arsenic Fate in River Corridors”, *Water Resources Research*, 57, 1-12.\n\n"
          "# Grants Funded/Research Projects\n\n"
          "**National Science Foundation (NSF)**, Hydrologic Sciences, Research Assistant 2014 - 2017\n\n"
          "*Collaborative Research: River regulation and mass transfers in coupled aquatic systems*\n\n"
          "# Professional and Public Service\n\n"
          "*Manuscript reviewer* for Water Resources Research (2), Journal of Hydrology (1)\n")
    pubs = read_markup("cv.md", md, db).publications
    assert [p.title for p in pubs] == ["Tidal Pumping in Riverbank Aquifers", "Arsenic Fate in River Corridors"]


def test_under_a_software_heading_only_papers_in_a_journal_are_papers(db):
    """"## Software Development" over a JOSS paper and an R package's citation: the paper in a journal the venue
    database knows is a paper; the package (its version, CRAN) and a repository line are not."""
    html = ("<h2>Software Development</h2>\n"
            "<p>Lima, A., Chen, B. (2021).<br/>\n<strong>graphkit: Sparse Graph Cuts in Python</strong>.<br/>\n"
            "Journal of Open Source Software, 6 (62), 3054.<br/>\nDOI: 10.21105/joss.03054</p>\n"
            "<p>Lima, A. (2024). cutr: Cut Graphs in R. R package version 1.1.3. "
            "https://cran.r-project.org/package=cutr</p>\n"
            '<p><a href="https://github.com/x/graphkit">graphkit</a>: sparse cuts for large graphs</p>\n')
    pubs = read_markup("x.html", html, db).publications
    assert [(p.title, p.authors, p.year) for p in pubs] == [
        ("graphkit: Sparse Graph Cuts in Python", ["Lima, A.", "Chen, B."], 2021)]


def test_a_paper_under_its_own_heading_with_its_venue_linked_is_a_paper(db):
    """Quarto's '#### Title' over the authors and '[*Proceedings of Interspeech 2025*](doi), 3504–3508': the linked
    venue with the pages after it on its line is a citation's venue, not a paper named in running text; and a
    paper's own heading that holds a section's word ("... identity & experience in ...") names no section."""
    md = ("## Conference proceedings\n\n### 2025\n"
          "#### Articulatory strategy in vowel production as a basis for speaker discrimination\n"
          "**Ana Lima**, Bo Chen, Cy Park  \n"
          "[*Proceedings of Interspeech 2025*](https://doi.org/10.21437/x.2025-1), 3504–3508 (Rotterdam)\n\n"
          "### 2023\n"
          "#### Being new in town: The role of identity & experience in accommodation in a migrant community\n"
          "Di Ross, **Ana Lima**  \n"
          "[*Proceedings of the 20th International Congress of Phonetic Sciences*](https://x.org/148.pdf), 3537–3541\n")
    pubs = read_markup("research.md", md, db).publications
    assert [(p.title, p.year) for p in pubs] == [
        ("Articulatory strategy in vowel production as a basis for speaker discrimination", 2025),
        ("Being new in town: The role of identity & experience in accommodation in a migrant community", 2023)]


def test_a_working_paper_linked_to_ssrn_by_a_link_that_says_so_appeared_there(db):
    """"**Title** [[SSRN](https://papers.ssrn.com/...)]" with no venue written: SSRN is its venue (not written in);
    a title that is itself the link to SSRN says nothing of where it appeared (a published paper's SSRN copy)."""
    md = ("## Working Papers\n\n- **The Geography of Lake Taxes**, with Bo Chen (2024) "
          "[[SSRN](https://papers.ssrn.com/sol3/papers.cfm?abstract_id=4808970)]\n"
          "- **[Trend Factors in Lake Markets](https://ssrn.com/abstract=3402038)**, with Cy Park (2023)\n")
    got = [(p.title, p.venue.venue.id if p.venue and p.venue.venue else None, p.venue_raw)
           for p in read_markup("research.md", md, db).publications]
    assert got == [("The Geography of Lake Taxes", "ssrn", None), ("Trend Factors in Lake Markets", None, None)]


def test_a_cvs_roles_leadership_and_memberships_hold_no_papers(db):
    """A CV's "Industry Roles", "Academic Appointments", "Leadership" and "Memberships" list posts held (a title, a
    place, a date), not papers; "Publications" under them still does."""
    html = ('<div class="cv-section"><h2>Industry Roles</h2><div class="cv-item"><div class="cv-item-title">Gene editing '
            'lead</div><div class="cv-item-date">September 2024 - present</div><div class="cv-item-org">Seed Works, '
            "Lima, Peru</div></div></div>\n"
            '<div class="cv-section"><h2>Academic Appointments</h2><div class="cv-item"><div class="cv-item-title">'
            'Graduate Student Researcher</div><div class="cv-item-date">2018 - 2021</div><div class="cv-item-org">'
            "Lab of Plant Biology, State University</div></div></div>\n"
            '<div class="cv-section"><h2>Leadership</h2><div class="cv-item"><div class="cv-item-title">Chair of the '
            'Graduate Union</div><div class="cv-item-date">2019</div></div></div>\n'
            '<div class="cv-section"><h2>Memberships</h2><p>American Society of Plant Biologists, 2016 - present</p>'
            "</div>\n"
            '<div class="cv-section"><h2>Publications</h2><p>Roe, A., Lind, B. (2022). Gene editing of rice for '
            "drought. <i>Plant Biotechnology Journal</i>, 20, 1-9.</p></div>\n")
    pubs = read_markup("cv.html", html, db, html=True).publications
    assert [p.title for p in pubs] == ["Gene editing of rice for drought"]


def test_students_work_a_cv_lists_as_advised_or_supervised_is_not_the_owners(db):
    """"Student Advising" and "Advising" hold students' theses; "Master's Papers Advised" and "Theses supervised" too,
    although they name papers; "Supervised Learning" is a topic of the owner's papers, and so is a paper of a
    "Student Research Competition"."""
    md = ("# Publications\n\n## Supervised Learning\n\n"
          "**Roe, A.**, B. Lind (2019) “Tidal Pumping in Riverbank Aquifers”, *Journal of Hydrology*, 570, 1-9.\n\n"
          "## Student Research Competition\n\n"
          "**Roe, A.** (2017) “Sediment Pulses after Dam Removal”, *Water Resources Research*, 53, 1-9.\n\n"
          "# Student Advising\n\n"
          "Moss, C. (2020) “Arsenic Fate in River Corridors”, PhD dissertation, University of Oregon.\n\n"
          "# Teaching\n\n## Master's Papers Advised\n\n"
          "Lind, B. (2018) “Salt Wedges in Small Estuaries”, MA paper, University of Oregon.\n")
    pubs = read_markup("cv.md", md, db).publications
    assert [p.title for p in pubs] == ["Tidal Pumping in Riverbank Aquifers", "Sediment Pulses after Dam Removal"]


def test_a_dated_card_with_a_link_to_the_paper_at_its_publisher_is_a_paper(db):
    """A lab's cards: a date ("April 2023"), an `<h3>` title, the abstract and "View on publisher site" at doi.org,
    no authors or venue: every card was taken for a project, the papers kept only as links without titles, and the
    date read as the venue. A card with a date and a link to the paper is a paper; its month is the date's. A
    project's card with no date of its own, linking the same kind of page, is still none."""
    from pubnorm.sources.reader import read_markup

    card = ('<div class="publication"><div class="flex-container"><div><p>{date}</p></div><div><div class="post">'
            '<div><h3>{title}</h3>\n{abstract}\n<span class="more">{abstract}\n'
            '<a href="https://doi.org/10.1016/j.jaci.2023.0{n}">View on publisher site</a></span></div></div></div>'
            '</div></div>\n')
    abstract = ("Reports that autoantibodies are correlated with disease severity shed further light on relationships "
                "between infection and autoimmunity and remind us of the need to understand them.")
    page = ("<html><body><h2>Publications by our lab</h2>\n"
            + card.format(date="April 2023", title="Antibody repertoire and autoimmunity", abstract=abstract, n=1)
            + card.format(date="November 2022", title="Immunology of allergen immunotherapy", abstract=abstract, n=2)
            + "<h2>Projects</h2>\n<div class=\"card\"><h3>Mapping memory B cells</h3><p>" + abstract
            + '</p><a href="https://doi.org/10.1016/j.jaci.2023.03">Read more</a></div>\n</body></html>\n')
    pubs = read_markup("pubs.php", page, db, html=True).publications
    assert [(p.title, p.year, p.month, p.venue_raw) for p in pubs] == [
        ("Antibody repertoire and autoimmunity", 2023, "04", None),
        ("Immunology of allergen immunotherapy", 2022, "11", None)]


def test_a_card_whose_unknown_journal_is_cited_with_its_numbers_and_year_is_a_paper(db):
    """A Tailwind page's cards, an `<h3>` title over "Jordan Journal of Civil Engineering, 7(3), 2013" and no authors:
    a card naming no venue the database knows was taken for a project and dropped. A venue given with its volume,
    issue or pages and a year, as a citation gives it, says the card is a paper; a project's card is still none."""
    from pubnorm.sources.reader import read_markup

    card = ('<div class="bg-white p-6 rounded-xl shadow-lg card-hover">\n<h3 class="text-sm font-semibold">{title}</h3>'
            '\n<p class="text-blue-600 font-medium text-sm">{venue}</p>\n</div>\n')
    page = ("<html><body><h2>Publications</h2>\n"
            + card.format(title="Gap acceptance behavior at widget median openings: a case study",
                          venue="Jordan Journal of Widget Engineering, 7(3), 2013")
            + card.format(title="Laboratory study on stabilization of unwanted widgets using asphalt",
                          venue="Widget Cycles and Waste Management, 15(2), 2013")
            + "<h2>Projects</h2>\n"
            + card.format(title="Mapping widget crashes in Lincoln", venue="Nebraska Widget Department")
            + "</body></html>\n")
    pubs = read_markup("publications.html", page, db, html=True).publications
    assert [(p.title, p.year, p.volume) for p in pubs] == [
        ("Gap acceptance behavior at widget median openings: a case study", 2013, "7"),
        ("Laboratory study on stabilization of unwanted widgets using asphalt", 2013, "15")]
    assert [p.venue_raw.split(",")[0] for p in pubs if p.venue_raw] == ["Jordan Journal of Widget Engineering",
                                                                      "Widget Cycles and Waste Management"]


def test_a_kind_of_article_tagged_in_brackets_after_the_title_is_its_note(db):
    """A lab's "<h3>Immunology of allergen immunotherapy [review]</h3>": the tag, the kind of article, was read as
    the title's last words. A bracket naming a kind of article at the title's end is the record's note; a bracket of
    other words stays."""
    from pubnorm.sources.reader import read_markup

    md = ("## Papers\n\n"
          "- Okafor A, Lind B. Immunology of allergen immunotherapy [review]. *Immunotherapy Advances*, 2022.\n"
          "- Lind B, Okafor A. Treatment of pulmonary aspergillosis in late pregnancy [case report]. "
          "*Journal of Clinical Immunology*, 2020.\n"
          "- Okafor A. Memory B cells in the nasal mucosa [in German]. *Allergologie*, 2019.\n")
    pubs = read_markup("x.md", md, db).publications
    assert [(p.title, p.note) for p in pubs] == [
        ("Immunology of allergen immunotherapy", "review"),
        ("Treatment of pulmonary aspergillosis in late pregnancy", "case report"),
        ("Memory B cells in the nasal mucosa [in German]", None)]


def test_a_venues_name_in_a_papers_abstract_is_no_venue_but_in_a_short_citation_is(db):
    """A card's abstract under its title: "... class switch recombination (CSR) ..." named a conference (CSR) for a
    paper with no venue of its own. A paper's text of more than a citation's length (an abstract) is not looked in."""
    from pubnorm.model import Publication, SourceLoc
    from pubnorm.sources.reader import _venues_in_text

    abstract = ("Antibodies are produced by B cells that undergo class switch recombination (CSR) in germinal "
                "centers, " * 12)
    long = Publication(title="Molecular mechanisms of IgE class switch recombination", year=2015)
    long.sources.append(SourceLoc("x.html", 1, f"{long.title} {abstract}"))
    short = Publication(title="Molecular mechanisms of IgE class switch recombination", year=2015)
    short.sources.append(SourceLoc("x.html", 1, f"{short.title}. Biosensors and Bioelectronics, 12, 2015."))
    _venues_in_text([long, short], db)
    assert long.venue_raw is None
    assert short.venue is not None and short.venue.venue is not None


def test_cards_are_papers_each_their_heading_the_title_and_cards_naming_no_paper_are_none(db):
    """A page of cards (`<article>` holding an `<h3>` title, its authors, its venue above or below it, badges) gives a
    paper a card, its venue written above the title kept; a card with a title and a date or an institution only (a
    project, a course) is none."""
    from pubnorm.sources.reader import read_markup

    page = """<html><body><h2>Publications</h2>
<div class="grid">
<article class="paper-card"><span class="kind">Trajectory</span><span class="state">Published</span>
<div class="where">ICML 2025</div><h3>Tidal Heating of Icy Moons from Orbital Resonance</h3>
<p>Ada Okafor, Jan Moreau.</p></article>
<article class="paper-card"><span class="kind">Method</span><span class="state">Published</span>
<h3>Crust Thickness from Libration Measurements</h3><p>Jan Moreau, Ada Okafor.</p>
<div class="meta"><strong>Nature Communications · 2022</strong></div></article>
</div>
<h2>Projects</h2>
<div class="row">
<div class="card"><h6 class="card-title">Machine Learning Benchmark for Moons</h6>
<p>Benchmarking models of icy moons.</p><span class="badge">Jan 2026 – Present</span></div>
<div class="card"><h6 class="card-title">Planetary Science for Everyone</h6>
<p><b>Institution:</b> The University of Somewhere</p></div>
</div></body></html>
"""
    pubs = read_markup("x.html", page, db).publications
    assert [p.title for p in pubs] == ["Tidal Heating of Icy Moons from Orbital Resonance",
                                      "Crust Thickness from Libration Measurements"]
    a, b = pubs
    assert a.authors == ["Ada Okafor", "Jan Moreau"] and a.year == 2025
    assert a.venue is not None and a.venue.venue is not None and a.venue.venue.id == "icml"
    assert b.year == 2022 and b.venue is not None and b.venue.venue is not None and b.venue.venue.id == "nature-communications"


def test_a_short_title_closed_by_its_full_stop_or_in_chinese_is_a_title_not_a_name(db):
    """"SeaPO [EMNLP 25]" names a paper by a short name (its label); "**2013** [Negotiating taste](...). *Inquiry* 56:
    240–257." is a paper with a short title, closed by its full stop; a Chinese title of 14 characters has no spaces
    but is no short name either."""
    from pubnorm.sources.reader import read_markup

    md = """## Papers

**2013** [Negotiating taste](papers/taste.pdf). *Inquiry* 56.2–3: 240–257.

**2007** [Parasitic scope](papers/scope.pdf). *Linguistics and Philosophy* 30.4: 407–444.

- SeaPO [EMNLP 2025](https://arxiv.org/abs/2501.00001)
- 王明, `李华`, 赵磊\\*. 基于访存图案变形的CGRA存储划分优化. *计算机研究与发展*. 2025, 62(4): 1003-1016.
"""
    pubs = read_markup("x.md", md, db).publications
    assert [(p.title, p.label, p.year) for p in pubs] == [
        ("Negotiating taste", None, 2013), ("Parasitic scope", None, 2007), (None, "SeaPO", 2025),
        ("基于访存图案变形的CGRA存储划分优化", None, 2025)]


def test_an_e_companion_or_errata_link_after_a_linked_title_is_the_papers_material_not_another_paper(db, tmp_path: Path):
    """"<a href=doi>Title.</a> <em>Operations Research</em> ... PDF E-Companion": the INFORMS journals' online appendix
    ("E-Companion") and an erratum are the paper's links; read as papers of their own, the item was two papers named
    in running text and lost its title, authors, venue and year (a Jekyll page of HTML, its lines indented by tabs)."""
    page = tmp_path / "research.html"
    page.write_text("""---
layout: default
title: Research
---

<h4>Papers</h4>
<ul>

<li style="margin-top:7px">
\tAda Okafor and <strong>Jan Moreau</strong> (2025).
\t<a href="https://doi.org/10.1287/opre.2021.0001" target="_blank">
\tTidal heating of icy moons by simulation.</a>
\t<em>Operations Research</em>, <strong>73</strong>(1):385-407.
\t<a class="btn" href="./papers/tidal.pdf">PDF</a>
\t<a class="btn" href="./papers/tidal_EC.pdf">E-Companion</a>
\t<a class="btn" href="./papers/tidal_errata.pdf">errata</a>
</li>
</ul>
""", encoding="utf-8")
    [p] = read_profile(page, db).publications
    assert p.title == "Tidal heating of icy moons by simulation" and p.authors == ["Ada Okafor", "Jan Moreau"]
    assert p.year == 2025 and p.venue is not None and p.venue.venue is not None
    assert p.venue.venue.id == "j-operations-research"


def test_the_owner_in_bold_written_surname_first_with_given_names_is_one_author(db):
    """"Graciano, R. P., **Okafor, Ada Maria**, Leach, M. Title.": among names written "Surname, Initials", the owner set
    in bold as "Surname, Given Names" is one name (the split alone read "Ada Maria" as a name of its own); a bold
    piece that is no such name ("Bernays, **F., Fuhrer**, J.": the bold slipped) is left to the split."""
    from pubnorm.sources.reader import read_markup

    md = """## Publications

1. Graciano, R. P., **Okafor, Ada Maria**, Leach, M., Moreau, J. Genomic selection for tidal heating in icy moons. *The Plant Genome*. 2024. [pdf](https://doi.org/10.1002/tpg2.20001)
2. **Okafor, Ada Maria**, Amadeu, R., Ferrao, F. Crossing plans for breeding programs under selection. *The Plant Genome*. 2023. [pdf](https://doi.org/10.1002/tpg2.20002)
3. Thoma, M. V., Bernays, **F., Fuhrer**, J., Rohner, S. L. (2024). Predicting change in life satisfaction. *Applied Psychology*.
"""
    pubs = read_markup("x.md", md, db).publications
    assert [p.authors for p in pubs] == [["Graciano, R. P.", "Okafor, Ada Maria", "Leach, M.", "Moreau, J."],
                                         ["Okafor, Ada Maria", "Amadeu, R.", "Ferrao, F."],
                                         ["Thoma, M. V.", "Bernays, F.", "Fuhrer, J.", "Rohner, S. L."]]


def test_a_seminars_section_lists_talks_not_papers(db):
    """"Seminars: 2023: Federal Reserve Board, NBER Productivity Seminar" (an economist's CV): places and years, no
    papers; "Seminar papers" is still a section of papers."""
    from pubnorm.sources.reader import read_markup

    md = """## Invited Seminars

- 2023: Federal Reserve Board, Federal Reserve Bank of Dallas, NBER Productivity Seminar (Virtual)
- 2019: Federal Reserve Bank of Cleveland, Seoul National University

## Seminar papers

- Okafor, A. and Moreau, J. (2021). Tidal heating of icy moons. *Icarus*, 12(3), 45-67.
"""
    pubs = read_markup("x.md", md, db).publications
    assert [p.title for p in pubs] == ["Tidal heating of icy moons"]


def test_interviews_and_podcasts_sections_hold_no_papers(db):
    """'### Interviews' with '<i>National Public Radio</i> ["Should age limits be on the table?"](...)': what a
    researcher told a newspaper or a podcast is no paper of theirs (each item was read as one)."""
    from pubnorm.sources.reader import read_markup

    md = """## Articles

- Okafor, A. and Moreau, J. (2021). Tidal heating of icy moons. *Icarus*, 12(3), 45-67.

### Interviews

<p><i>City Public Radio</i> ["Should term limits be on the table?"](https://example.org/radio)</p>

<p><i>The Daily Ledger</i> ["How much do voters care about age?"](https://example.org/ledger).</p>

## Podcasts

- *Science Hour*, episode 12: "Moons and their oceans" (2022)
"""
    pubs = read_markup("x.md", md, db).publications
    assert [p.title for p in pubs] == ["Tidal heating of icy moons"]


def test_a_link_named_pre_print_after_the_title_is_no_word_of_it(db):
    """"Okafor, A. (2024) Tidal heating of icy moons [pre-print](url)": the hyphenated link word was read as the
    title's last word (the link words were read one letter run at a time: "pre", "print")."""
    from pubnorm.sources.features import _is_link_word_text
    from pubnorm.sources.reader import read_markup

    assert _is_link_word_text("pre-print") and _is_link_word_text("e-print") and not _is_link_word_text("pre-war")
    md = ("## Papers\n\n- Okafor, A., & Moreau, J. (2024) Tidal heating of icy moons with thin crusts "
          "[pre-print](https://europepmc.org/article/ppr/ppr1){target=_blank}\n")
    pubs = read_markup("x.md", md, db).publications
    assert [p.title for p in pubs] == ["Tidal heating of icy moons with thin crusts"]


def test_japanese_sections_of_presentations_and_patents_hold_no_papers():
    """"予稿なし発表" (presentations without proceedings), "国内発表", "特許出願" (patent applications): a Japanese
    heading that ends in 発表 or opens with 特許; one of papers ("論文発表", "発表論文") is read."""
    from pubnorm.sources.vocab import SKIP_LEADING as _SKIP_LEADING

    assert all(_SKIP_LEADING.match(h) for h in ("予稿なし発表", "国内発表", "特許出願", "口頭発表"))
    assert not any(_SKIP_LEADING.match(h) for h in ("論文発表", "発表論文", "学術雑誌論文 (和文)", "会議予稿、紀要等"))


def test_a_skip_word_that_begins_a_compound_heading_does_not_skip_its_section(db):
    """"## Post-doc" over the papers of those years ("posts" are a blog's) and "## Service-Oriented Computing" (a
    research area): the whole section was dropped as a blog's or a CV's service."""
    from pubnorm.sources.reader import read_markup

    md = """## Post-doc

- Okafor, A. and Moreau, J. (2024). Tidal heating of icy moons. *Icarus*, 12(3), 45-67.

## Service-Oriented Computing

- Okafor, A. (2019). Contracts for composed web services. *IEEE Transactions on Services Computing*, 3(1), 1-9.

## Service

- Reviewer for *Icarus* (2018-2024).
"""
    pubs = read_markup("x.md", md, db).publications
    assert [p.title for p in pubs] == ["Tidal heating of icy moons", "Contracts for composed web services"]


def test_the_templates_educations_heading_is_education(db):
    """"# 📖 Educations" (the acad-homepage template's own heading, kept by many pages): the school and the years
    under it ("*2024.09 - now*, PhD, The Chinese University of Hong Kong") were read as a paper."""
    from pubnorm.sources.reader import read_markup

    md = """# 📝 Publications

- Okafor, A. and Moreau, J. (2024). Tidal heating of icy moons. *Icarus*, 12(3), 45-67.

# 📖 Educations

- *2024.09 - now*,     PhD, The Chinese University of Hong Kong, Shenzhen.
- *2021.09 - 2024.07*, Master, Southeast University, Nanjing. (National Scholarship, Top 1%)
- *2016.07 - 2016.12*, Visiting, City University of Hong Kong (CityU) (Non-degree Undergraduate Exchange)
"""
    pubs = read_markup("x.md", md, db).publications
    assert [p.title for p in pubs] == ["Tidal heating of icy moons"]


def test_sections_of_talks_awards_and_education_are_known_in_other_languages_by_their_first_word(db):
    """"## Vorträge", "## Premios", "## 奖励与荣誉": a CV's talks, prizes and education in German, Spanish or Chinese
    were read as papers; a paper's own heading that holds such a word later on ("Cultura Gamer e Ensino", ensino
    being teaching) is still a paper's."""
    md = """## Publikationen

- Okafor, A. (2021). Gezeitenreibung eisiger Monde. *Icarus*, 12(3), 45-67.

## Vorträge

- Okafor, A. (2015). Über alten und neuen Glamour und was Rezeption ist. Institut für Medienwissenschaft,
  Ruhr-Universität Bochum.

## Premios

- Segunda mención — Premio Jóvenes Investigadores. Universidad Nacional de Córdoba, 2025.

## 奖励与荣誉

- 2009 郑州大学一等奖学金, 2015 优秀毕业生

## Artigos

#### Cultura Gamer e Ensino

Okafor, A.; Lind, B. Cultura gamer e ensino de ciências. *Revista Brasileira de Ensino de Física*, 44, 2022.
"""
    pubs = read_markup("x.md", md, db).publications
    assert [p.title for p in pubs] == ["Gezeitenreibung eisiger Monde", "Cultura gamer e ensino de ciências"]


def test_a_whole_citation_with_two_linked_certificates_after_it_is_an_entry_not_prose(db):
    """"... *Journal of Computational Mathematics*. 38(3): 502-527, 2020. [ArXiv] [<a href="ESI.pdf">ESI Highly
    Cited Paper</a> and <a href="WOS.pdf">WOS Core Collection</a>]": two links to PDFs on one line read the item
    as prose naming two papers, and the paper itself was lost."""
    page = ("<html><body><h2>Journal papers</h2><ul>\n"
            "<li><b>A. Okafor</b>, B. Lind and C. Moreau. Deep networks and linear finite elements. "
            "<i>Journal of Computational Mathematics</i>. 38(3): 502-527, 2020. "
            '[<a href="https://arxiv.org/abs/1807.99999">ArXiv</a>] [<a href="ESI.pdf">ESI Highly Cited Paper in '
            'Mathematics</a> and <a href="WOS.pdf">WOS Core Collection</a>]</li>\n'
            "<li><b>A. Okafor</b> and B. Lind. A unified framework of multigrid and convolutional networks. "
            "<i>Science China Mathematics</i>. 62(7): 1331-1354, 2019.</li>\n</ul></body></html>")
    pubs = read_markup("p.html", page, db, html=True).publications
    assert [(p.title, p.year) for p in pubs] == [("Deep networks and linear finite elements", 2020),
                                                 ("A unified framework of multigrid and convolutional networks", 2019)]


def test_a_citation_with_its_year_before_the_title_and_a_book_after_the_venue_is_no_prose(db):
    """"Okafor A. 2018, `Title <url>`_, Astrophysics and Space Science Proceedings book series, Book Title: Subtitle
    ...": the book's long title read as prose around the linked title, and the paper was lost; a whole citation
    (authors before the title, a year before or after it, a venue after it) is no prose."""
    md = ("## Peer-reviewed journals\n\n"
          "- Okafor A., Lind B., Moreau C. et al. 2017, [Spin alignment of stars in old open clusters]"
          "(https://www.nature.com/articles/s41550-017-0000), Nature Astronomy, 1, 64\n"
          "- Okafor A. 2018, [Tutorial: Asteroseismic data analysis with a nested sampler]"
          "(https://link.springer.com/chapter/10.1007%2F978-3-319-00000-0_7), Astrophysics and Space Science "
          "Proceedings book series, Asteroseismology and Exoplanets: Listening to the Stars and Searching for New "
          "Worlds\n"
          "- Lind B., Okafor A. 2016, [Granulation of red giants in open clusters]"
          "(https://www.aanda.org/articles/aa/abs/2016/09/aa00000-16.html), Astronomy & Astrophysics, 605, A3\n")
    pubs = read_markup("x.md", md, db).publications
    assert [(p.title, p.year, p.authors) for p in pubs] == [
        ("Spin alignment of stars in old open clusters", 2017, ["Okafor A.", "Lind B.", "Moreau C"]),
        ("Tutorial: Asteroseismic data analysis with a nested sampler", 2018, ["Okafor A."]),
        ("Granulation of red giants in open clusters", 2016, ["Lind B.", "Okafor A."])]


def test_a_title_that_quotes_another_papers_title_keeps_it_and_its_closing_mark(db):
    """"Reply to comments on “Performance assessment of ...”": read as two titles around the quote marks, the record
    took the first ("Reply to comments on"); and a title ending with a quoted phrase lost its closing mark."""
    md = ("**17.** Rudnick, D.R., T. Lo, **R. Okafor**, T. Shaver. 2018. [Reply to comments on “Performance assessment "
          "of factory and field calibrations for electromagnetic sensors in a loam soil”]"
          "(https://www.sciencedirect.com/science/article/pii/S0378377418301318). Agricultural Water Management. "
          "203:272-276.\n\n"
          "**16.** Lo, T., D.R. Rudnick, **R. Okafor**. 2017. [Performance assessment of factory and field calibrations "
          "for electromagnetic sensors in a loam soil](https://doi.org/10.1016/j.agwat.2017.01.001). Agricultural "
          "Water Management. 191:1-10.\n")
    pubs = read_markup("x.md", md, db).publications
    assert [p.title for p in pubs] == [
        "Reply to comments on “Performance assessment of factory and field calibrations for electromagnetic sensors "
        "in a loam soil”",
        "Performance assessment of factory and field calibrations for electromagnetic sensors in a loam soil"]


def test_a_markdown_pages_own_script_of_papers_is_read_and_its_talks_are_not(db):
    """A Jekyll page of Markdown with a raw `<script>` whose object arrays the browser draws: `journalList` (papers)
    and `presentationList` (talks). The script was read on HTML pages only, and there every list alike."""
    md = ("---\nlayout: page\n---\n## Journal papers\n\n<div id=\"journalList\"></div>\n\n<script>\n"
          "const journalList = [\n  {\n    authors: \"A. Okafor, S. Lee\",\n"
          "    title: \"Machine-learning prediction of thermal expansion for perovskite oxides\",\n"
          "    journal: \"Physical Chemistry Chemical Physics\",\n    year: \"2023\",\n  },\n];\n"
          "const presentationList = [\n  {\n    authors: \"S. Lee, A. Okafor\",\n"
          "    title: \"Machine-learned features for crystal structure classification\",\n"
          "    conference: \"ACS Northeast Regional Meeting\",\n    year: \"2022\",\n  },\n];\n</script>\n")
    pubs = read_markup("portfolio.md", md, db).publications
    assert [(p.title, p.year, p.sources[0].line) for p in pubs] == [
        ("Machine-learning prediction of thermal expansion for perovskite oxides", 2023, 12)]


def test_a_link_that_only_says_here_is_a_link_word_not_a_second_paper(db):
    """"1. 2026. Okafor, Ada and **Ben Lind**. [Title](springer link). Journal of Industry, 26. Working Paper version
    [here](files/wp.pdf)": two links on one line read the entry as prose naming two papers (its authors, venue and
    year were lost); "here" only says where a copy is."""
    md = ("## Published\n\n"
          "1. 2026. Okafor, Ada and **Ben Lind**. [The Border Effect on Prices: The Role of Local Product Availability]"
          "(https://link.springer.com/article/10.1007/s10842-026-00466-z). Journal of Industry, Competition and Trade, "
          "26. Working Paper version [here](files/border_2026.pdf)\n\n"
          "1. 2022. Okafor, Ada and **Ben Lind**. [Varieties as a Source of Law of One Price Deviation]"
          "(https://www.sciencedirect.com/science/article/abs/pii/S2110701722000543). International Economics, 172: "
          "1-14. Disponible [aquí](files/lop.pdf)\n")
    pubs = read_markup("research.Rmd", md, db).publications
    assert [(p.title, p.authors, p.year) for p in pubs] == [
        ("The Border Effect on Prices: The Role of Local Product Availability", ["Okafor, Ada", "Ben Lind"], 2026),
        ("Varieties as a Source of Law of One Price Deviation", ["Okafor, Ada", "Ben Lind"], 2022)]


def test_news_items_under_a_date_inside_a_news_section_are_news(db):
    """A news timeline, `<h2>News</h2>` over rows of a date column ("Mar 2026") beside the item: the date names the
    row, and the item is still news under "News" (a mention of a paper, not a paper of its own)."""
    from pubnorm.sources.reader import read_markup

    row = ('<div class="timeline__item"><div class="timeline__date">{d}</div><div class="timeline__content">'
           "<p>{t}</p></div></div>\n")
    page = ('<html><body><h2>News</h2><div class="timeline">\n'
            + row.format(d="Mar 2026", t="Invited to join the <strong>Scientific Committee for ISSID 2027</strong>.")
            + row.format(d="Feb 2026", t="Received the <strong>Amplifying Diversity Trainee Award</strong> 2026.")
            + "</div></body></html>")
    assert read_markup("x.html", page, db).publications == []


def test_a_styled_paragraph_naming_a_section_of_no_papers_starts_that_section(db):
    """"**Invited Talks**" or "<p><u>Invited conference presentations</u><br>...": a bold or underlined paragraph that
    names a section of talks stands for a heading (the talks under it were read as papers); after it, a styled name
    of a kind of papers ("**Journal Articles**") ends it. A bold paper title is no section."""
    md = """# Scott Doe

**Journal Articles**

Doe, S. (2020). Growth of clams in closed systems. *Aquaculture* 12:3-4.

**Invited Talks**

Doe, S. Impact of Web Applications on Education. Celebration of Teaching, April 3, 2007. University of Akron, Ohio.

Doe, S. Interoperability and Integration: keys to the future. Sakai Conference, June 2006, Vancouver.

**Book Chapters**

Doe, S. (2019). Larval dispersion in estuaries. In *Handbook of Estuaries*, pp. 5-9. Springer.
"""
    pubs = read_markup("x.md", md, db).publications
    assert [p.title for p in pubs] == ["Growth of clams in closed systems", "Larval dispersion in estuaries"]
    html = ("<html><body><h2>Publications</h2>\n<p>Doe, S. (1980). A clarification of the genus. <b>Bulletin of Marine "
            "Science</b> 30(4):858-870.</p>\n<p><u>Invited conference presentations</u><br>\nSome slides are "
            "<a href='talks/'>here</a>.</p>\n<p>Doe, S. Impact of Web Applications on Education. Celebration of "
            "Teaching, April 3, 2007. University of Akron, Ohio.</p>\n</body></html>")
    assert [p.title for p in read_markup("x.html", html, db).publications] == ["A clarification of the genus"]


def test_an_entry_opening_with_a_tag_that_says_it_is_a_talk_is_no_paper(db):
    """"<sub>Conference Talk</sub>" over the speakers and the title, "<sub>Journal article</sub>" over a paper's (a
    systems researcher's list of both): the talks are no papers, and the tag is no author's name."""
    md = """## 2024

<sub>Conference Talk</sub>
Ada Okafor, Jan Moreau:
**Shifting Left Vulnerability Management.**
Secure Our Streets Conference, Virtual, 2024. [Slides](https://example.org/s.pdf)

<sub>Journal article</sub>
Ada Okafor, Jan Moreau:
**Tidal Heating of Icy Moons with Thin Crusts.**
ACM Transactions on Embedded Computing Systems, 2024. [Link](https://doi.org/10.1145/1234)
"""
    pubs = read_markup("x.md", md, db).publications
    assert [(p.title, p.authors) for p in pubs] == [("Tidal Heating of Icy Moons with Thin Crusts",
                                                     ["Ada Okafor", "Jan Moreau"])]


def test_papers_whose_fields_are_set_as_headings_are_read_whole(db):
    """"### Title" right above "###### Authors" right above the venue line, and `<h5>Authors (year)</h5><h4>Title
    </h4><h5>Journal vol:pages.</h5>` with no text at all: each heading is one of the paper's fields, read with the
    lines under them (a heading alone was read as the title of the block under it, the authors as the title)."""
    md = """### Tidal Heating of Icy Moons and Their Subsurface Oceans
###### Ada Okafor, Jan Moreau
FOCS '23 &middot; **Best Paper Award**
[PDF](https://example.org/a.pdf)


### Crust Thickness Estimates from Libration Measurements
###### Jan Moreau, Lena Vogt, and Tomas Ruiz
STOC '21
[PDF](https://example.org/b.pdf)
"""
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.authors, p.year, p.venue.venue.id if p.venue and p.venue.venue else None) for p in pubs] == [
        ("Tidal Heating of Icy Moons and Their Subsurface Oceans", ["Ada Okafor", "Jan Moreau"], 2023, "focs"),
        ("Crust Thickness Estimates from Libration Measurements", ["Jan Moreau", "Lena Vogt", "Tomas Ruiz"], 2021,
         "stoc")]
    assert [p.first_source.line for p in pubs] == [1, 7]
    html = ("<html><body><h4>Selected Publications</h4><br>\n"
            "<h5>Okafor A, Moreau J, Vogt L. (2013)</h5>\n<h4>Tidal heating of icy moons and their oceans.</h4>\n"
            "<h5>Icarus 49(2):101-113.</h5><br>\n\n"
            "<h5>Moreau J, Ruiz T. (2011)</h5>\n<h4>Crust thickness from libration measurements.</h4>\n"
            "<h5>Nature 459(7245):428-32.</h5><br>\n\n"
            "<h5>Vogt L, Okafor A. (2009)</h5>\n<h4>Ice shell convection under tidal forcing.</h4>\n"
            "<h5>Cell 14(4):545-54.</h5><br>\n</body></html>")
    pubs = read_markup("p.html", html, db, html=True, extractor="crf").publications
    assert [(p.title, p.year) for p in pubs][1:] == [("Crust thickness from libration measurements", 2011),
                                                      ("Ice shell convection under tidal forcing", 2009)]
    assert [p.venue.venue.id if p.venue and p.venue.venue else None for p in pubs][1:] == ["nature", "cell"]


def test_a_venue_acronym_with_its_two_digit_year_gives_the_entry_s_year(db):
    """"CSCW'24: In Proceedings of the 26th ACM Conference on ...", "(FIRA '22)", "BCB’15" beside a venue spelled
    out: the acronym's two digits are the entry's year when it writes no other (read as a venue tag's are); two
    such years that disagree give none, and a word that is no acronym ("Spring '22") gives none."""
    md = ("- Ada Okafor, Jan Moreau. Tidal heating of icy moons and their oceans. CSCW'24: In Proceedings of the 26th "
          "ACM Conference on Computer-Supported Cooperative Work and Social Computing.\n\n"
          "- Jan Moreau. Crust thickness from libration measurements. In Proceedings of the ACM Workshop on "
          "Planetary Interiors (FIRA '22), New York, NY, USA.\n\n"
          "- Jan Moreau. Ice shell convection under tidal forcing. Notes for the course, Spring '22.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.year) for p in pubs[:2]] == [
        ("Tidal heating of icy moons and their oceans", 2024), ("Crust thickness from libration measurements", 2022)]
    assert len(pubs) == 3 and pubs[2].year is None
    # the year of a paper, not the evidence that a line is one: a meeting's abstract named on a card
    assert read_markup("p.md", "- USCAP '22 Automatic histologic grading of tumours\n", db,
                       extractor="crf").publications == []


def test_two_digits_after_a_journal_are_its_volume_not_the_year(db):
    """A table per year (`<caption>2014</caption>`), a row's venue "<i>AI Magazine</i> 35": two digits after a
    journal's name are its volume; read as the venue's year they gave 2035 over the caption's year."""

    def row(title: str, venue: str) -> str:
        return (f"<tr><td><span class='pub-title'><a href='https://doi.org/10.1/x'>{title}</a></span><br> <span "
                f"class='author-list'>Okafor A, <b>Moreau J</b>, Lind B</span> <br> <span class='venue'>{venue}</span>"
                "</td></tr>\n")

    html = ("<table class='publication-table'>\n<caption>2014</caption>\n<tbody>\n"
            + row("Reconstructing velocities of migrating birds from weather radar", "<i>AI Magazine</i> 35")
            + row("Correlated patterns of genetic diversity across an avian family", "<i>Molecular Ecology</i> 26")
            + "</tbody>\n</table>\n")
    pubs = read_markup("p.html", html, db).publications
    assert [(p.year, p.venue.venue.id if p.venue and p.venue.venue else None) for p in pubs] == [
        (2014, "j-ai-magazine"), (2014, "j-molecular-ecology")]


def test_a_working_paper_under_its_own_heading_with_its_abstract_and_status_is_read(db):
    """An economist's working papers, one heading each, its abstract under it and "**Status:** Working Paper": the
    title ran on into the abstract, and a heading with no authors, link or venue was no paper; a title ends with its
    heading when the paragraph read on is prose, and the status the entry states is the evidence. A heading over a
    talk's abstract stays no paper."""
    md = ("## Working Papers\n\n### Misinformation and Ideological Bias: Experimental Evidence\n\n"
          "This paper examines how generated content affects information processing. Using a laboratory experiment "
          "with three phases, I find that neither signal improves classification accuracy.\n\n"
          "**Status:** Working Paper\n\n---\n\n"
          "### Attitudes Towards Risk and Ambiguity: An Experimental Investigation\n\nWe elicit attitudes towards risk "
          "in the lab. Subjects choose between lotteries.\n\n"
          "**Status:** Under Review\n\n## Talks\n\n### Risk and Ambiguity in the Lab\n\n"
          "An hour on how people choose between lotteries, given at the department seminar.\n")
    pubs = read_markup("p.md", md, db).publications
    assert [(p.title, p.status) for p in pubs] == [
        ("Misinformation and Ideological Bias: Experimental Evidence", "working paper"),
        ("Attitudes Towards Risk and Ambiguity: An Experimental Investigation", "under review")]


def test_pubmed_s_notes_in_a_citation_are_no_part_of_the_title_or_venue(db):
    """AMA citations as PubMed formats them: "Title [published online ahead of print, 2020 Jun 2]. Oncogene. 2020",
    "Title [published correction appears in Eur Radiol. 2020 Mar 9;:]. Eur Radiol. 2020;30(6):3073-3082": the note
    was read into the title, and the correction's journal and date into the venue."""
    md = ("- Okafor A, Lind B, **Moreau J**. Smurf1 promotes glioblastoma growth by mediating ubiquitylation "
          "[published online ahead of print, 2020 Jul 31]. Oncogene. 2020;39(2):100-110.\n"
          "- Okafor A, **Moreau J**. A model based on clinically relevant MRI features differentiates gliomas "
          "[published correction appears in Eur Radiol. 2020 Mar 9;:]. Eur Radiol. 2020;30(6):3073-3082.\n")
    pubs = read_markup("p.md", md, db).publications
    assert [p.title for p in pubs] == ["Smurf1 promotes glioblastoma growth by mediating ubiquitylation",
                                       "A model based on clinically relevant MRI features differentiates gliomas"]
    assert [p.venue.venue.id if p.venue and p.venue.venue else None for p in pubs] == [
        "j-oncogene", "j-european-radiology"], [p.venue_raw for p in pubs]


def test_names_on_either_side_of_an_elided_gap_in_the_author_list_stay_apart(db):
    """Long biomedical author lists cut short with "[...]": 'Kristen M. Turner, Sihan Wu, [...], __Hoon Kim__, Julie
    Law. "Title", __Nature__, 2019': the labeller reads the gap as no field, and the names around it were joined
    into one ("Sihan Wu Hoon Kim")."""
    md = ('- Kevin C. Johnson<b>*</b>, Kevin J. Anderson, [...] , __Hoon Kim__, [...], Paul Robson, Roel G. W. '
          'Verhaak "Single-cell multimodal glioma analyses identify epigenetic regulators of cellular plasticity", '
          '__Nature Genetics__, 2021 September.\n'
          '- Kristen M. Turner, Sihan Wu, [...], __Hoon Kim__, Julie Law, Roel Verhaak. "Circular extrachromosomal '
          'DNA promotes accessible chromatin.", __Nature__, 2019 Nov.\n')
    pubs = read_markup("p.md", md, db).publications
    assert [p.authors for p in pubs] == [
        ["Kevin C. Johnson", "Kevin J. Anderson", "Hoon Kim", "Paul Robson", "Roel G. W. Verhaak"],
        ["Kristen M. Turner", "Sihan Wu", "Hoon Kim", "Julie Law", "Roel Verhaak"]]


def test_a_bold_title_with_a_word_of_a_cv_section_over_its_authors_is_a_paper_not_a_section(db):
    """"**Learning Generalizable Pivoting Skills**" over "**Ada Okafor**, Ben Lind, ...": a bold paragraph of a few
    words that holds a word naming a section of no papers ("Skills", "Teaching", "Service") was taken for that
    section's heading, and every paper under it was skipped. Over a paragraph of names only it is a paper's title."""
    md = """## Research

**Bridging the Gap with Compliance Tuning for Insertion**

**Ada Okafor**, Ben Lind, Chen Moreau

ICRA 2024

\\[[Paper](https://arxiv.org/pdf/2311.07499.pdf)\\] \\[[Website](https://gap.github.io/)\\]

**Learning Generalizable Pivoting Skills**

**Ada Okafor**, Dan Reyes, Ben Lind

ICRA 2023

\\[[Paper](https://arxiv.org/pdf/2305.02554.pdf)\\]

**Safe Gain Optimization for Impedance Control**

Ben Lind, **Ada Okafor**

CASE 2022

\\[[Paper](https://arxiv.org/pdf/2203.01234.pdf)\\]
"""
    pubs = read_markup("index.md", md, db).publications
    assert [(p.title, p.year) for p in pubs] == [
        ("Bridging the Gap with Compliance Tuning for Insertion", 2024), ("Learning Generalizable Pivoting Skills", 2023),
        ("Safe Gain Optimization for Impedance Control", 2022)]


def test_a_journal_linked_to_its_home_is_the_venue_not_a_second_paper_in_prose(db):
    """"Mao, L. (2023). [Title](doi). [*Biometrics*](https://academic.oup.com/biometrics), 79, 61-72.": two links to
    paper hosts on one line read the entry as prose naming two papers: a record with no title, authors, venue or
    year. A link whose text is a journal's name (and no year) is where the paper appeared."""
    md = ("## Methods\n\n"
          "-   **Okafor, A.** (2023). [On restricted mean survival in favor of treatment](https://doi.org/10.1111/biom.1)."
          " [*Biometrics*](https://academic.oup.com/biometrics), 79, 61-72.\n"
          "-   **Okafor, A.** and Lind, B. (2022). [Sample size for win ratio analysis](https://doi.org/10.1093/biomet/2)."
          " [*Biometrika*](https://academic.oup.com/biomet), 109, 873-880.\n")
    pubs = read_markup("methods.qmd", md, db).publications
    assert [(p.title, p.venue_raw, p.year) for p in pubs] == [
        ("On restricted mean survival in favor of treatment", "Biometrics", 2023),
        ("Sample size for win ratio analysis", "Biometrika", 2022)]


def test_a_citation_linked_to_the_article_beside_the_linked_title_is_its_venue_not_a_second_paper(db):
    """"<b>Title</b> (linked to an archive), <a>Machine Learning: Science and Technology, vol. 5, pp. 025032,
    2024</a> (with ...)": two links to paper hosts on one line read the entry as prose naming two papers, each a
    record with no authors; the second link's text gives the volume and pages, so it is where the paper appeared.
    Two papers linked by their titles in one sentence stay two."""
    page = ("<html><body><h2>Journals</h2><ol>\n"
            '<li><a href="https://hal.science/hal-04173074"><b>A multiscale network to synthesize turbulent fields</b>'
            '</a>, <a href="https://iopscience.iop.org/article/10.1088/2632-2153/ad43b3">Machine Learning Letters, vol. 5,'
            " Num. 2, pp. 025032, 2024</a> (with M. Cabeza Gallucci).</li>\n"
            '<li>We build on <a href="https://arxiv.org/abs/2101.00001">Sparse widgets in the wild</a> and '
            '<a href="https://arxiv.org/abs/2102.00002">Dense widgets at scale</a>.</li>\n</ol></body></html>')
    pubs = read_markup("p.html", page, db, html=True).publications
    assert [(p.title, p.venue_raw, p.year, p.authors) for p in pubs[:1]] == [
        ("A multiscale network to synthesize turbulent fields", "Machine Learning Letters", 2024,
         ["M. Cabeza Gallucci"])]
    assert [p.label or p.title for p in pubs[1:]] == ["Sparse widgets in the wild", "Dense widgets at scale"]


def test_a_heading_naming_whose_publications_follow_is_a_section_not_the_first_papers_title(db):
    """"<h2>Selected publications authored by members of the Department</h2>" right above a list: the heading was
    offered to the labeller as the first entry's title (pages give each paper a heading of its own), and the first
    paper lost its authors and year to a record titled by the heading."""
    page = ("<html><body><h2>Selected publications authored by members of the Department</h2>\n"
            '<ul class="unstyled publications">\n'
            "<li>Okafor TB, Lind TD, Moreau AU, et al, 2025,<br><strong>Estimates of resource use in a health-care "
            "system: a modelling study.</strong><br>The Lancet Global Health, 13:e28-e37</li>\n"
            "<li>Reyes R, Okafor S, et al, 2024,<br><strong>Ebola virus disease models and parameters: a systematic "
            "review.</strong><br>Lancet Infectious Diseases, 24:e762-e773</li>\n</ul></body></html>")
    pubs = read_markup("about.php", page, db, html=True).publications
    assert [(p.title, p.authors[:1], p.year) for p in pubs] == [
        ("Estimates of resource use in a health-care system: a modelling study", ["Okafor TB"], 2025),
        ("Ebola virus disease models and parameters: a systematic review", ["Reyes R"], 2024)]


def test_the_year_in_brackets_after_the_names_is_the_papers_not_the_one_in_its_venues_name(db):
    """"M. Kim, H. Park*, (2022). "Title," in Robot Intelligence Technology and Applications 6. RiTA 2021. ...":
    the proceedings of a 2021 meeting, published in 2022; the year in the venue's name won over the year an
    author-date citation gives for the paper."""
    md = ("#### Conference Papers\n\n"
          '- <strong>M. Okafor</strong>, S. Lind, J. Reyes and H. Moreau*, (2022). "Design of foothold decision models '
          'for legged robots," in Robot Intelligence Technology and Applications 6. RiTA 2021. Lecture Notes in '
          "Networks and Systems, vol 429. Springer, Cham.\n\n"
          '- M. Okafor and H. Moreau. "Path planning for legged robots," in Proc. IEEE ICRA 2023, pp. 1-6.\n')
    pubs = read_markup("p.md", md, db).publications
    assert [(p.title, p.year) for p in pubs] == [("Design of foothold decision models for legged robots", 2022),
                                                 ("Path planning for legged robots", 2023)]


def test_a_title_that_opens_with_a_participants_quoted_words_is_a_title_not_a_sentence(db):
    """"Lind, N. S., Rath, L. (2022). “We are still putting out fires”: Considering educator intentionality ...":
    the title's first person ("We are", "I just have") read it as running text and the paper was lost. Outside a
    citation, such a sentence is still no title."""
    md = ("## Publications\n\n"
          "- Lind, N. S., Rath, L., & Okafor, K. (2022). “We are still putting out fires”: Considering educator "
          "intentionality in remote instruction during the COVID-19 pandemic. *Education and Information "
          "Technologies, 27*(1), 407-428.\n"
          "- Rath, L., & Lind, N. S. (2020). “I just have so many ideas!”: Celebrating teachers’ meaningful literacy "
          "practices. *Journal of Adolescent & Adult Literacy, 64*(3), 1-9.\n")
    pubs = read_markup("p.md", md, db).publications
    assert [(p.title, p.year) for p in pubs] == [
        ("“We are still putting out fires”: Considering educator intentionality in remote instruction during the "
         "COVID-19 pandemic", 2022),
        ("“I just have so many ideas!”: Celebrating teachers’ meaningful literacy practices", 2020)]
    bio = "## About\n\n**We are still hiring students who want to work on remote instruction and literacy.**\n"
    assert read_markup("p.md", bio, db).publications == []


def test_two_names_in_one_bold_span_each_ending_in_initials_are_two_authors(db):
    """"<strong>Darras H., Yu C.</strong>, Kever M. 2026. Title. Journal": the lab's two members in one bold span
    were read as one name written "Surname, Given names" ("**Peixoto, Marco Antonio**" is one name)."""
    page = ("<html><body><h2>Publications</h2><ol>\n"
            "<li><strong>Okafor H., Lind C.</strong>, Moreau M., Reyes S. 2026. Sequential origin of a founding "
            'strategy in ants. <span class="pub-journal">Molecular Biology and Evolution</span>, msag115.</li>\n'
            "<li>Moreau M., <strong>Okafor H.</strong>, Reyes S. 2024. Sex determination in the Argentine ant. "
            '<span class="pub-journal">Science Advances</span>, 10(22).</li>\n</ol></body></html>')
    pubs = read_markup("p.html", page, db, html=True).publications
    assert [p.authors for p in pubs] == [["Okafor H.", "Lind C.", "Moreau M.", "Reyes S."],
                                         ["Moreau M.", "Okafor H.", "Reyes S."]]


CSL_PAGE = """---
title: "Publications"
nocite: '@*'
references:
- id: lee2020tidal
  type: article-journal
  title: Tidal heating of icy moons
  author:
  - family: Lee
    given: Ana
  - family: Okafor
    given: Rui
  container-title: Icarus
  volume: 340
  page: 113-120
  issued:
    date-parts:
    - - 2020
      - 3
- id: kim2021
  type: paper-conference
  title: Learning to segment craters
  author:
  - family: Kim
    given: Bo
  container-title: Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition
  issued: 2021
---

## Papers

::: {#refs}
:::
"""


def test_references_kept_in_a_pages_front_matter_are_its_papers(db, tmp_path: Path):
    """A Quarto or R Markdown page that keeps its papers as Pandoc's `references:` (CSL YAML) and shows them all
    with `nocite: '@*'`: no paper was read (the page's body has none)."""
    page = tmp_path / "publications.qmd"
    page.write_text(CSL_PAGE, encoding="utf-8")
    pubs = run([page], db, Options(jobs=1)).publications
    assert [(p.key, p.title, p.authors, p.year, p.venue_raw, p.sources[0].line) for p in pubs] == [
        ("lee2020tidal", "Tidal heating of icy moons", ["Ana Lee", "Rui Okafor"], 2020, "Icarus", 7),
        ("kim2021", "Learning to segment craters", ["Bo Kim"], 2021,
         "Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition", 22)]


ELEMENTS_PAGE = """<html><body>
<span class="header">Papers</span>
<div class="paper-list">
  <x-paper title="The Log Grothendieck Ring of Surfaces" year="2025"
      comments="with A. Lee and R. Okafor | Bulletin of the London Mathematical Society"
      url="https://doi.org/10.1112/blms.70999"></x-paper>
  <x-paper title="On the Motivic Higman Problem" year="2024" comments="Journal of Algebra 651, pp.19-69"
      url="https://doi.org/10.1016/j.jalgebra.2024.03.999"></x-paper>
</div>
<span class="header">Talks</span>
<div class="paper-list">
  <x-paper title="Mixed Hodge Complexes" year="21-11-2023" comments="Mixed Hodge Structures Seminar"
      url="https://example.org/talks/mhc.pdf"></x-paper>
</div>
</body></html>
"""

SHORTCODE_PAGE = """---
title: Publications
---

## Journal articles

{{< publication title="Tidal heating of icy moons" authors="Ana Lee, Rui Okafor" journal="Icarus" year="2020"
    doi="10.1016/j.icarus.2020.113" >}}

{{% publication authors="Bo Kim, Ana Lee" year="2021" title="Learning to segment craters"
    journal="The Planetary Science Journal" %}}
"""


def test_papers_kept_as_attributes_of_custom_elements_or_shortcodes(db, tmp_path: Path):
    """A page whose papers are attributes of its own elements (`<x-paper title=... year=...>`, a web component the
    site's script draws) or of Hugo shortcodes (`{{< publication title=... authors=... >}}`) has no text of them:
    no paper was read. Elements under a heading that is not about papers ("Talks") are none."""
    (tmp_path / "index.html").write_text(ELEMENTS_PAGE, encoding="utf-8")
    (tmp_path / "publications.md").write_text(SHORTCODE_PAGE, encoding="utf-8")
    got = [(p.title, p.year, p.authors, p.sources[0].line, p.ids.get("doi"))
           for p in run([tmp_path], db, Options(jobs=1)).publications]
    assert got == [
        ("The Log Grothendieck Ring of Surfaces", 2025, ["A. Lee", "R. Okafor"], 4, "10.1112/blms.70999"),
        ("On the Motivic Higman Problem", 2024, [], 7, "10.1016/j.jalgebra.2024.03.999"),
        ("Tidal heating of icy moons", 2020, ["Ana Lee", "Rui Okafor"], 7, "10.1016/j.icarus.2020.113"),
        ("Learning to segment craters", 2021, ["Bo Kim", "Ana Lee"], 10, None)]


def test_papers_kept_as_parameters_of_jekyll_includes(db, tmp_path: Path):
    """A lab's Jekyll page of one `{% include publication authors="..." year="..." title="..." journal="..." %}` per
    paper (the owner's name in HTML inside a value) under `<h2>` years: the include is template code, blanked, and
    no paper was read (0 of 53). Its parameters are the paper's fields, as a Hugo shortcode's are; an include that
    names no title (a figure's) gives none."""
    page = ("---\nlayout: page\ntitle: Publications\n---\n\n<h2>2024</h2>\n"
            '{% include publication authors="Lind, B., <b><font color=\'#1b417d\'>Okafor, A.</font></b>, Kim, C." '
            'year="2024" title="The structure of widget avoidance: an investigation." journal="Journal of Widget '
            'Assessment." pages="In Press."\n%}\n\n'
            '{% include figure image_path="/images/x.png" caption="A figure" %}\n\n<h2>2023</h2>\n'
            '{% include publication authors="<b>Okafor, A.</b>, & Lind, B." year="2023" title="Recommendations for '
            'adjudicating among widget models." journal="Clinical Psychological Science." pages="11(2), 1-20."%}\n')
    (tmp_path / "publications.md").write_text(page, encoding="utf-8")
    got = [(p.title, p.authors, p.year, p.venue_raw, p.sources[0].line)
           for p in run([tmp_path], db, Options(jobs=1)).publications]
    assert got == [
        ("The structure of widget avoidance: an investigation", ["Lind, B.", "Okafor, A.", "Kim, C."], 2024,
         "Journal of Widget Assessment.", 7),
        ("Recommendations for adjudicating among widget models", ["Okafor, A.", "Lind, B."], 2023,
         "Clinical Psychological Science.", 13)]


def test_a_value_of_co_authors_and_a_journal_gives_both(db, tmp_path: Path):
    """`comments="with A. Lee and R. Okafor | Bulletin of the London Mathematical Society"`: one attribute (or a data
    file's value under a key of the site's own) holds the co-authors after "with" and, past a bar, the journal; neither
    was read. One co-author after "with" is a list too."""
    (tmp_path / "index.html").write_text(ELEMENTS_PAGE.replace(
        'comments="Journal of Algebra 651, pp.19-69"', 'comments="with B. Kim | Journal of Algebra 651, pp.19-69"'),
        encoding="utf-8")
    got = [(p.authors, p.venue.venue.id if p.venue and p.venue.venue else None)
           for p in run([tmp_path], db, Options(jobs=1)).publications]
    assert got == [(["A. Lee", "R. Okafor"], "j-bulletin-of-the-london-mathematical-society"),
                   (["B. Kim"], "j-journal-of-algebra")]



def _listing_item(title: str, info: str) -> str:
    """A paper as a theme's listing writes it: the title, a break, then year, authors and journal in small type."""
    return f"  <li>\n    {title}\n    <br>\n    <p>\n      <small class=\"text-muted\">\n        {info}\n" \
           "      </small>\n    </p>\n  </li>\n"


def test_a_paper_without_authors_whose_text_names_a_person_of_the_page_is_theirs(db):
    page = "<h2>Research</h2>\n<ul>\n" + "".join(_listing_item(t, i) for t, i in [
        ("Counting Birds From the Sky", "2023. Amara Okafor and Rui Lind. <em>Journal of Field Ornithology</em>."),
        ("Wind and Song in the Forest", "2022. Rui Lind, Amara Okafor and Tomas Berg. <em>The Auk</em>."),
        ("Quiet Forests at the Edge of the Plain", "2021. Amara Okafor. <em>Ecology Letters</em>."),
        ("Seabirds in a Long Winter", "2020. Amara Okafor. <em>Marine Ornithology</em>."),
        ("A Note on the Method of Rui Lind", "2019. <em>Ibis</em>."),
    ]) + "</ul>\n"
    pubs = {p.title: p for p in read_markup("page.html", page, db, html=True).publications}
    assert pubs["Quiet Forests at the Edge of the Plain"].authors == ["Amara Okafor"]
    assert pubs["Seabirds in a Long Winter"].authors == ["Amara Okafor"]  # the labeller read this lone name as none
    assert pubs["A Note on the Method of Rui Lind"].authors == []  # a name inside the title is no author


def _read(title: str, raw: str, authors: list[str] | None = None):
    from pubnorm.model import Publication, SourceLoc
    return Publication(title=title, authors=list(authors or []), sources=[SourceLoc("page.html", 1, raw)])


def test_a_list_of_names_around_a_person_of_the_page_is_the_authors_of_a_paper_read_without(db):
    from pubnorm.sources.reader import _sole_authors
    pubs = [
        _read("Kooperation", "Roth, Philip; Berg, Tomas (2024): Kooperation. Soziale Welt.", ["Roth, Philip", "Berg, Tomas"]),
        _read("Netzwerke", "Roth, Philip; Lind, Rui (2022): Netzwerke. Soziale Welt.", ["Roth, Philip", "Lind, Rui"]),
        _read("Nähe als Bedingung", "Diefenbach, Nadine; Roth, Philip (2023): Nähe als Bedingung. In: BJS 33."),
        _read("Effect of Chemistry", "Steffen J. H., Shakespeare C., Roth, Philip, 2025, Effect of Chemistry, ApJ 991."),
        # names inside a sentence that is no list, and a list without a person of the page, stay unread
        _read("Reading Roth, Philip and Lind, Rui", "A review. Reading Roth, Philip and Lind, Rui. Journal 2021."),
        _read("Wind", "Okafor, Amara; Moreau, Sofia (2020): Wind. Ibis."),
        # ... and a title's first words after the name are no names of a list: the person alone is the author
        _read("Universal Quantum Simulation", "Roth, Philip, Programmable, Universal Quantum Simulation. PhD thesis."),
    ]
    _sole_authors(pubs, None, db)
    assert pubs[2].authors == ["Diefenbach, Nadine", "Roth, Philip"]
    assert pubs[3].authors == ["Steffen J. H.", "Shakespeare C.", "Roth, Philip"]
    assert pubs[4].authors == [] and pubs[5].authors == []
    assert pubs[6].authors == ["Roth, Philip"]


def test_a_title_run_on_into_names_with_a_person_of_the_page_ends_before_them(db):
    """"Title, Manabu Hirano, Masaki Murata, Takumi Nakano, Proceedings ...": no markup sets the title apart, and the
    labeller ran the author list into it; a person of the page among the names says they are the authors."""
    from pubnorm.sources.reader import _sole_authors
    raw = "Team Skills: A Case Study, Rui Lind, Amara Okafor, Tomas Berg, Proceedings of ISATE 2022."
    pubs = [
        _read("Wind", "Wind, Amara Okafor, Tomas Berg, Ibis 2021.", ["Amara Okafor", "Tomas Berg"]),
        _read("Rain", "Rain, Amara Okafor, Sofia Moreau, Ibis 2020.", ["Amara Okafor", "Sofia Moreau"]),
        _read("Team Skills: A Case Study, Rui Lind, Amara Okafor, Tomas Berg", raw),
        # names that hold no person of the page, or a title that would be left too short, stay as they were
        _read("Notes on Birds, Rui Lind, Sofia Moreau", "Notes on Birds, Rui Lind, Sofia Moreau, Ibis 2019."),
        _read("Birds, Amara Okafor", "Birds, Amara Okafor, Ibis 2018."),
    ]
    _sole_authors(pubs, None, db)
    assert (pubs[2].title, pubs[2].authors) == ("Team Skills: A Case Study", ["Rui Lind", "Amara Okafor", "Tomas Berg"])
    assert (pubs[3].title, pubs[3].authors) == ("Notes on Birds, Rui Lind, Sofia Moreau", [])
    assert pubs[4].title == "Birds, Amara Okafor"


def test_a_paper_without_a_venue_whose_text_names_one_the_database_knows_has_it(db):
    from pubnorm.sources.reader import _venues_in_text
    pubs = [
        _read("Glucose sensing on paper",
              "A. Okafor, R. Lind. Glucose sensing on paper. Biosensors and Bioelectronics, 12, 2020.",
              ["A. Okafor", "R. Lind"]),
        _read("A tool for counting birds", "A tool for counting birds · SoftwareX · code"),
        # two venues named, or none the database knows: no venue is chosen
        _read("Two places", "Two places. Nature Communications. Biosensors and Bioelectronics."),
        _read("Notes on wind", "Notes on wind. Bulletin of the Society of Nobody in Particular."),
        # a piece of a sentence or of a formula is no venue's name, whatever the database makes of its words
        _read("A surrogate model", "A surrogate model. We chain a reduced model (RM), and machine learning (ML). 2024"),
        _read("Convergence in a metric", "Convergence in a metric. Rates for (^\\ast). 2024"),
    ]
    _venues_in_text(pubs, db)
    assert [p.venue_raw for p in pubs] == ["Biosensors and Bioelectronics, 12, 2020", "SoftwareX", None, None, None,
                                           None]
    # the venue is matched, as every venue a reader finds is: the record names it, not only its text
    assert [p.venue.venue.name if p.venue and p.venue.venue else None for p in pubs] == [
        "Biosensors and Bioelectronics", "SoftwareX", None, None, None, None]


def test_a_journal_named_by_one_common_word_is_a_venue_when_cited_with_its_numbers(db):
    """"..., ***Title***, Polymer, 2020", "Title. Behaviour 159: 1-20": one common word ("Polymer", "Behaviour")
    names a journal when its year or volume follows it, as the venue's place in a citation; alone ("Matter.") or in
    a sentence it names none."""
    from pubnorm.sources.reader import _venues_in_text
    pubs = [
        _read("Hydrogen bond driven organogels", "Jing Wang, Bo Xie, Hydrogen bond driven organogels, Polymer, 2020",
              ["Jing Wang", "Bo Xie"]),
        _read("No mate preference by common frogs", "No mate preference by common frogs. Behaviour 159: 1-20."),
        _read("Soft robots", "Soft robots. Matter."),
    ]
    _venues_in_text(pubs, db)
    assert [p.venue.venue.id if p.venue and p.venue.venue else None for p in pubs] == [
        "j-polymer", "j-behaviour", None]


def test_a_venue_before_a_written_out_link_is_read_and_before_a_doi_is_cited(db):
    """APA's "Authors (2021). ENeuro. https://doi.org/10.1523/..." under a title: the venue's piece ran on into the
    link ("ENeuro. https://doi.org/...") and named nothing; a piece right before a DOI is cited as a venue is, so a
    journal of one word counts. Before another link ("Matter. https://github.com/..."), one word alone names none."""
    from pubnorm.sources.reader import _venues_in_text
    pubs = [
        _read("Expertise modulates widget tracking", "Expertise modulates widget tracking. Lind, R., & Okafor, A. "
              "(2021). ENeuro. https://doi.org/10.1523/ENEURO.0065-21.2021", ["Lind, R.", "Okafor, A."]),
        _read("Widget flows", "Widget flows. Lind, R. (2020). Biosensors and Bioelectronics. https://example.org/x",
              ["Lind, R."]),
        _read("Soft robots", "Soft robots. Lind, R. (2020). Matter. https://github.com/lind/soft", ["Lind, R."]),
    ]
    _venues_in_text(pubs, db)
    assert [p.venue.venue.id if p.venue and p.venue.venue else None for p in pubs] == [
        "j-eneuro", "j-biosensors-and-bioelectronics", None]


def test_a_paper_without_a_year_whose_text_writes_one_year_has_it():
    from pubnorm.sources.reader import _years_in_text
    pubs = [
        _read("A discriminator", "A discriminator. Phys. Rev. D 71, 062001 (2005). Free preprint at gr-qc/0405045"),
        _read("A book", "A book. Palgrave Macmillan · 2024 · ISBN 978-3-031-63152-8 · DOI: 10.1007/978-3-031-63153-5"),
        # a year in a link, a DOI or the title is none, and two years leave the paper without one
        _read("Seismic tomography", "Seismic tomography. https://doi.org/10.1029/2025GL114932"),
        _read("The 1999 floods", "The 1999 floods. Journal of Floods 12."),
        _read("Two years", "Two years. Submitted 2019, revised 2021."),
        _read("Shaming", "Shaming. Abstract: firms must disclose their tax payment data to the public starting in 2026. "
                         "Working Paper"),  # a sentence of prose is no citation
    ]
    _years_in_text(pubs)
    assert [(p.year, p.year_source) for p in pubs] == [(2005, "text"), (2024, "text"), (None, None), (None, None),
                                                       (None, None), (None, None)]


def test_a_title_that_runs_on_into_a_venue_the_database_names_ends_before_it(db):
    from pubnorm.sources.reader import _venues_in_titles
    pubs = [
        _read("Wind and song in the forest canopy. Frontiers in Neural Circuits", "..."),
        _read("Counting birds from the sky in winter, Demography 50(5):1921-1942", "..."),
        _read("Quiet forests at the edge (The Review of Asset Pricing Studies", "..."),
        _read("Do birds sing at night? Science", "..."),
        _read("Widget chambers mark aberrant proteins, eLife", "..."),  # a coined name opens in lower case
        # a venue after a space alone, a title of fewer than three words before it, a piece the database does not
        # name, and a paper that has a venue already: the title stays whole
        _read("Filling gaps in bird counts with Machine Learning", "..."),
        _read("Birds. Ecology Letters", "..."),
        _read("Seabirds in a long winter. Notes of the Society of Nobody", "..."),
        _read("The role of song in consolidation, learning and memory", "..."),  # a sentence-case title's words
        _read("Wind and song in the forest canopy. Ecology Letters", "..."),
    ]
    pubs[-1].venue_raw = "Ibis"
    _venues_in_titles(pubs, db)
    assert [(p.title, p.venue_raw) for p in pubs] == [
        ("Wind and song in the forest canopy", "Frontiers in Neural Circuits"),
        ("Counting birds from the sky in winter", "Demography 50(5):1921-1942"),
        ("Quiet forests at the edge", "The Review of Asset Pricing Studies"),
        ("Do birds sing at night?", "Science"),
        ("Widget chambers mark aberrant proteins", "eLife"),
        ("Filling gaps in bird counts with Machine Learning", None),
        ("Birds. Ecology Letters", None),
        ("Seabirds in a long winter. Notes of the Society of Nobody", None),
        ("The role of song in consolidation, learning and memory", None),
        ("Wind and song in the forest canopy. Ecology Letters", "Ibis"),
    ]
    assert [p.venue.venue.name for p in pubs[:5] if p.venue and p.venue.venue] == [
        "Frontiers in Neural Circuits", "Demography", "Review of Asset Pricing Studies", "Science", "eLife"]


def test_a_page_that_writes_journals_right_after_titles_has_them_cut_off(db):
    """"Okafor A (2020) Tidal Heating of Icy Moons Icarus, 77(2), 201-210": a page whose papers' journals follow their
    titles after a space alone. Three titles of the page, and most of those without a venue, end in a journal the
    database names exactly: each is cut there, and the journal (with its volume and pages) is the venue. A title
    that ends so alone on its page keeps its words ("... with Neural Networks")."""
    from pubnorm.sources.reader import _venues_after_titles

    titles = ["Tidal heating of icy moons Icarus, 77(2), 201-210", "Ligand exchange in gold clusters Lancet Psychiatry",
              "A survey of cryovolcanism on Enceladus Molecular Psychiatry 19, 15-33",
              "Counting birds with Neural Networks", "Wind and song Nature"]  # too short a head: stays
    pubs = [_read(t, "...") for t in titles]
    _venues_after_titles(pubs, db)
    assert [(p.title, p.venue.venue.name if p.venue and p.venue.venue else None) for p in pubs] == [
        ("Tidal heating of icy moons", "Icarus"), ("Ligand exchange in gold clusters", "The lancet. Psychiatry"),
        ("A survey of cryovolcanism on Enceladus", "Molecular Psychiatry"), ("Counting birds with Neural Networks", None),
        ("Wind and song Nature", None)]
    assert pubs[0].venue_raw == "Icarus, 77(2), 201-210"
    alone = [_read("Counting birds with Neural Networks", "..."), _read("Tidal heating of icy moons", "..."),
             _read("Ligand exchange in gold clusters", "..."), _read("A survey of cryovolcanism on Enceladus", "...")]
    _venues_after_titles(alone, db)
    assert alone[0].title == "Counting birds with Neural Networks" and alone[0].venue is None


def test_a_venue_run_of_numbers_alone_is_no_venue_and_the_journal_after_it_is(db):
    """'<div class="year">2025 · 3</div>' before the paper, and its journal in its own span after the names: the
    item's number read as a venue was the paper's venue ("3"); a venue's name has letters, and the journal is it."""
    html = ('<article class="publication-item"><div class="publication-year">2025 · {n}</div><div><h3>{title}</h3>'
            '<div class="publication-meta">Ana Lee†, Bo Kim, Dan Cho, <strong>Cai Roe</strong>, Eun Park† · '
            '<span class="publication-journal">{journal}</span> <strong class="publication-volume">87</strong>, 67 '
            '(2025)</div></div></article>\n\n')
    page = '<h2>Publication list</h2>\n<div class="publication-list">\n' + "".join(
        html.format(n=n, title=t, journal=j) for n, t, j in [
            (1, "Strong electron-occupancy dependence of the lever arm in quantum dots", "JKPS"),
            (2, "Thermomechanical modeling of bubble migration in van der Waals heterostructures", "JKPS"),
            (3, "Rapid estimation of the energy-time covariance matrix of single electrons", "Applied Physics Letters")]
    ) + "</div>\n"
    pubs = read_markup("p.html", page, db).publications
    assert [p.venue_raw for p in pubs] == ["JKPS", "JKPS", "Applied Physics Letters"]


def test_an_entry_read_as_no_paper_is_read_again_in_the_pages_title_style(db):
    """A list whose titles are in italics, "*Title* (Authors, Year)": the labeller read two of the five italic titles
    as venues (its training set italicises venues) and found no paper in those entries. The other three show the
    page's style; the two are read again with their italics as the title."""
    md = ("# Publications\n\n"
          "* _Tidal Heating of Icy Moons in Resonant Orbits_ (**Ada Okafor**, Jan Moreau, 2021)\n"
          "* _Ligand Exchange in Small Gold Clusters_ (**Ada Okafor** and Li Wei, 2020)\n"
          "* _A Survey of Cryovolcanism on Enceladus_ (Jan Moreau, **Ada Okafor**, 2019)\n"
          "* _Redes Neurais para Classificação de Sons Urbanos_ (Carla Souza, **Ada Okafor** e Jan Moreau, 2018)\n"
          "* _Detecção de Eventos Sonoros em Ambientes Ruidosos_ (**Ada Okafor**, 2017)\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.year) for p in pubs] == [
        ("Tidal Heating of Icy Moons in Resonant Orbits", 2021), ("Ligand Exchange in Small Gold Clusters", 2020),
        ("A Survey of Cryovolcanism on Enceladus", 2019), ("Redes Neurais para Classificação de Sons Urbanos", 2018),
        ("Detecção de Eventos Sonoros em Ambientes Ruidosos", 2017)]
    assert [s.line for p in pubs for s in p.sources] == [3, 4, 5, 6, 7]  # in the page's order, at their lines


def test_a_paper_read_without_its_title_is_read_again_in_the_pages_title_style(db):
    """Authors, then the title as a link, then "Venue, Year", each on its own line: the labeller read a short title
    of two words ("Hierarchical Quantizer") as no field and kept a paper whose only text was "arXiv, 2020" (a label,
    no title). On a page whose titles are links, the one link in the style is that paper's title."""
    items = [("A. Okafor, J. Moreau, L. Wei", "Tidal heating of icy moons in resonant orbits", "arXiv, 2022"),
             ("J. Moreau, <u>A. Okafor</u>", "Ligand exchange in small gold clusters",
              "IEEE Conference on Computer Vision and Pattern Recognition, 2021"),
             ("L. Wei, <u>A. Okafor</u>, J. Moreau", "Hierarchical Quantizer", "arXiv, 2020"),
             ("K. Tanaka, <u>A. Okafor</u>", "A survey of cryovolcanism on Enceladus",
              "International Conference on Machine Learning, 2019"),
             ("<u>A. Okafor</u>, Y. Sato, H. Mori", "Pairwise Tokenization", "arXiv, 2016"),
             ("H. Mori, <u>A. Okafor</u>", "Dialog breakdown detection using multimodal features",
              "IEEE Transactions on Pattern Analysis and Machine Intelligence, 2015")]
    page = "<h2>Publications</h2>\n" + "".join(
        f'<div class="row">\n  {a}\n  <br>\n  <a href="https://example.org/{n}.pdf">\n    {t}\n  </a>\n  <br>\n  {v}\n'
        f'  <br>\n  | <a href="#b{n}">Bibtex</a> | <a href="https://example.org/{n}.pdf">PDF</a> |\n</div>\n<hr>\n'
        for n, (a, t, v) in enumerate(items))
    pubs = read_markup("p.html", page, db, extractor="crf").publications
    assert [(p.title, p.label, p.year) for p in pubs] == [(t, None, int(v[-4:])) for _, t, v in items]
    assert [p.authors[0] for p in pubs] == ["A. Okafor", "J. Moreau", "L. Wei", "K. Tanaka", "A. Okafor", "H. Mori"]


def test_without_a_title_style_most_papers_share_no_entry_is_read_again(db):
    """Two italic titles among plain ones, or two styles in a like number, set no style for the page: an entry read
    as no paper stays unread."""
    from collections import Counter

    from pubnorm.sources.entries import page_title_style

    assert page_title_style(Counter({"italic": 3, "": 1})) == "italic"
    assert page_title_style(Counter({"italic": 2})) == ""  # too few
    assert page_title_style(Counter({"italic": 3, "": 5})) == ""  # too few of the page's papers
    assert page_title_style(Counter({"link": 32, "": 38, "bold": 3})) == "link"
    assert page_title_style(Counter({"bold": 4, "link": 2})) == ""  # two styles
    assert page_title_style(Counter({"bold": 6, "link": 2})) == "bold"


def test_an_unknown_journal_set_in_the_pages_venue_style_is_the_venue(db):
    """Numbered entries, "Authors, *Title*, **Journal**, Volume 2, Issue 1, Month Year": the labeller reads the bold
    journals it and the venue database know as venues, and a bold name that neither knows as no field (or the italic
    title before it as the venue: the entry is then read again in the page's title style). On a page whose venues are
    set in bold right after their titles, that name is the paper's venue; a bold run that does not follow the title
    is none."""
    items = [("Tidal Heating of Icy Moons in Resonant Orbits", "Geophysical Journal International"),
             ("Ligand Exchange in Small Gold Clusters", "Geolithica"),
             ("A Survey of Cryovolcanism on Enceladus", "Geophysical Research Letters"),
             ("Dialog Breakdown Detection Using Multimodal Features", "Journal of Geophysical Research"),
             ("Relationships between Gender and Responses to Dialog Breakdown", "Nature Communications"),
             ("Seasonal Frost on the Slopes of Martian Craters", "Petrografica")]
    md = "# Publications\n\n" + "".join(
        f"{n}) **Ada Okafor**, Jan Moreau and Li Wei, *{title}*, **{venue}**, Volume {n}, Issue 2, March 202{n}, "
        f"[DOI:10.1000/x.{n}](https://doi.org/10.1000/x.{n})\n\n" for n, (title, venue) in enumerate(items, 1))
    pubs = [p for p in read_markup("p.md", md, db, extractor="crf").publications if p.title]
    assert [(p.title, p.year) for p in pubs] == [(t, 2020 + n) for n, (t, _) in enumerate(items, 1)]
    assert [pubs[1].venue_raw, pubs[5].venue_raw] == ["Geolithica", "Petrografica"]
    assert [p.venue_raw for p in pubs[:4]] == [v for _, v in items[:4]]

    apart = md.replace("*, **Petrografica**", "*, with a note, **Petrografica**")
    pubs = [p for p in read_markup("p.md", apart, db, extractor="crf").publications if p.title]
    assert pubs[5].title == items[5][0] and pubs[5].venue_raw != "Petrografica"


def test_a_page_sets_its_venues_in_a_style_when_most_of_its_papers_do(db):
    from collections import Counter

    from pubnorm.sources.entries import page_title_style
    from pubnorm.sources.features import VENUE_STYLES, Token, venue_style

    def toks(*parts: tuple[str, str, str]) -> list[Token]:
        return [Token(w, 0, bold=m == "b", italic=m == "i", label=f, span=k)
                for k, (text, f, m) in enumerate(parts) for w in text.split()]

    assert venue_style(toks(("A B", "author", ""), ("Title here", "title", "i"), (",", "other", ""),
                            ("Some Journal", "venue", "b"), ("12", "volume", ""))) == "bold"
    # "In" between the title and the venue, or a venue set as the title is: no style
    assert venue_style(toks(("Title here", "title", "i"), ("In", "other", ""), ("Some Journal", "venue", "b"))) == ""
    assert venue_style(toks(("Title here", "title", "i"), (",", "other", ""), ("Some Journal", "venue", "i"))) == ""
    assert venue_style(toks(("Title here", "title", ""), (".", "other", ""), ("Some Journal", "venue", ""))) == ""
    assert page_title_style(Counter({"bold": 5, "": 2}), VENUE_STYLES) == "bold"
    assert page_title_style(Counter({"bold": 3, "": 6}), VENUE_STYLES) == ""  # too few of the page's papers
    assert page_title_style(Counter({"bold": 4, "italic": 3}), VENUE_STYLES) == ""  # two styles


def test_a_title_run_on_over_its_authors_is_cut_at_the_pages_title_style(db):
    """"Names:<br>[Title](link),<br>Venue, Year" list items, most read right: in some the labeller ran the title on
    over the names before it. On a page whose titles are links, the link is the title and the names its authors."""
    items = [("Ada Okafor, Jan Moreau and Li Wei", "Tidal Heating of Icy Moons in Resonant Orbits"),
             ("Jan Moreau and Ada Okafor", "Ligand Exchange in Small Gold Clusters"),
             ("Li Wei, Ada Okafor and Jan Moreau", "A Survey of Cryovolcanism on Enceladus"),
             ("Kazuo Tanaka, Yuki Sato and Hana Mori", "Dialog Breakdown Detection Using Multimodal Features"),
             ("Kazuo Tanaka, Yuki Sato and Hana Mori", "Relationships between Gender and Responses to Dialog "
                                                       "Breakdown")]
    md = "## Papers\n\n" + "".join(
        f"1. {names}:\n<br>[{title}](https://example.org/{n}),\n<br>Proc. of the Workshop on Dialog {n}, Oct. "
        f"202{n}.\n" for n, (names, title) in enumerate(items))
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [p.title for p in pubs] == [title for _, title in items]
    assert [p.authors[0] for p in pubs] == [names.split(",")[0].split(" and ")[0] for names, _ in items]


def test_a_paragraph_in_the_first_person_is_about_the_owner_not_a_paper(db):
    """A bio ("Before my current post, I was ... I worked with [A](...) and [B](...) on the [ABCD](...) project") was
    read as papers titled by its links; the papers after a first-person paragraph were read with it, as mentions."""
    page = ('<div class="box"><h2>introduction</h2>\n'
            "<p><em>I am always looking for good students.</em> If you have a background in functional programming "
            "and want to work with me, please get in touch.</p>\n"
            "<p>I am an assistant professor at the <a href=\"https://x.edu\">University of Iowa</a>, where I work "
            "with <a href=\"https://a.org/m\">Ana Okafor</a> and <a href=\"https://a.org/i\">Bo Lind</a> on row types.</p>\n"
            "<p>Before my current post, I was faculty at the University of Kansas and a researcher at the "
            '<a href="https://ed.ac.uk">University of Edinburgh</a>. I worked with <a href="https://a.org/w">Cy Dow</a> '
            'and <a href="https://a.org/l">Di Moreau</a> on the <a href="https://a.org/abcd">ABCD</a> project, which '
            "studies session types in concurrent programming.</p>\n"
            "<p>I received my Ph.D. from the <a href=\"https://pdx.edu/cs\">computer science department</a> at "
            "Portland State University, advised by <a href=\"https://a.org/j\">Eve Jones</a>.</p></div>\n"
            '<div class="box"><h2>publications</h2>\n'
            '<p class="paper">Ana Okafor and Bo Lind, "Soundly Handling Linearity". POPL \'24.</p>\n'
            '<p class="paper">Bo Lind, "A Semantics for Propositions as Sessions". ESOP \'15.</p></div>\n')
    assert [p.title for p in read_markup("index.html", page, db, html=True, extractor="crf").publications] == [
        "Soundly Handling Linearity", "A Semantics for Propositions as Sessions"]
    md = ("### Master in Physics\n\nIn my MS research, I worked on chaos theory, and I studied bifurcation curves in "
          "chaotic dynamical systems with my advisor. The following papers resulted from this research:\n\n"
          "[Bifurcation structures and transient chaos in a four-dimensional Chua model](https://doi.org/10.1016/x1)  \n"
          "Physics Letters A - 2014\n\n"
          "[Numerical bifurcation analysis of two coupled oscillators](https://doi.org/10.1140/x2)  \n"
          "The European Physical Journal B - 2014\n")
    pubs = read_markup("publications.md", md, db, extractor="crf").publications
    assert [(p.title, p.year) for p in pubs] == [
        ("Bifurcation structures and transient chaos in a four-dimensional Chua model", 2014),
        ("Numerical bifurcation analysis of two coupled oscillators", 2014)]


def test_the_owners_short_line_beside_a_first_person_paragraph_is_no_paper(db):
    """With the first-person paragraph of a bio left out, the short line after it ("Currently, I'm an intern at X Lab,
    AI Center, supervised by A B.") was read alone, as a paper by its supervisor with the venue "AI"."""
    md = ("I am a second year M.S. student at a university, and I'm lucky to be advised by Prof. Bo Lind. Before that, "
          "I received my bachelor's degree in physics from a college in 2021. My research interest lies in RL and LLM, "
          "especially in alignment with AI feedback and AI safety.\n\n"
          "Currently, I'm an intern at Example AI Lab, AI for Science Center, supervised by Cy Dow.\n\n"
          "# Publications\n\n"
          "- **Reward Models that Know Their Limits.** Ana Okafor, Bo Lind. *ICML 2024*.\n")
    pubs = read_markup("about.md", md, db, extractor="crf").publications
    assert [p.title for p in pubs] == ["Reward Models that Know Their Limits"]


def test_a_paper_whose_abstract_is_in_the_first_person_is_kept(db):
    """An economist's working paper with its abstract on its line ("I study ... I find ... my estimates ...") was
    dropped with the first-person paragraphs of a bio: a paper's line opens with its title, a bio with its "I"."""
    md = ("## Working Papers\n\n"
          "- **Credit Cycles and Local Labor Markets** (with Ana Okafor), 2024. Abstract: I study how bank lending "
          "shocks reach local labor markets. Using county data, I find that employment falls by two percent, and my "
          "estimates imply large spillovers across sectors over the following decade.\n"
          "- **Trade and Wages** (with Bo Lind), 2023. NBER Working Paper.\n")
    pubs = read_markup("research.md", md, db, extractor="crf").publications
    assert [p.title for p in pubs] == ["Credit Cycles and Local Labor Markets", "Trade and Wages"]


def test_conference_papers_under_presentations_are_talks_and_fellowships_no_papers(db):
    """A humanities CV: "# Presentations" over "## Conference Papers" (papers read at meetings: "2024. Title. Meeting
    (City, ST)."), and "# Fellowships". Both were read as papers: the inner heading names papers, and a fellowship
    was no word for a section of other things. Under "Presentations" such entries are read only when they give
    pages (as under "Presentations" itself); the articles stay papers."""
    md = ("# Fellowships\n\n2013\\. Fellow. NEH Speaking in Code Symposium.\n\n"
          "2010\\. Fellow. Institute on Networks and Networking in the Humanities.\n\n"
          "# Publications\n\n## Articles\n\n"
          "2013\\. Computing Folklore Studies: Mapping a Century of Scholarship. *Journal of American Folklore* "
          "126(500): 130-147.\n\n"
          "# Presentations\n\n## Conference Papers\n\n"
          "2024\\. Mistaken for Narrative: Rethinking Legends. American Folklore Society (Albuquerque, NM).\n\n"
          "2023\\. Using Topic Models to Read Folk Narrative. Text as Data (Amherst, MA).\n")
    pubs = read_markup("vita.md", md, db, extractor="crf").publications
    assert [p.title for p in pubs] == ["Computing Folklore Studies: Mapping a Century of Scholarship"]


def test_a_link_said_to_be_where_a_paper_can_be_read_names_no_paper(db):
    """"The published version is available in [Springer](...) or in [arXiv](...)" under a paper: each link was read
    as another paper, named by the library's name ("Springer") or the words before it ("or in")."""
    page = ('<p class="paper">J. Garrett Morris, "A Semantics for Propositions as Sessions". ESOP \'15.</p>\n'
            '<div><p>The published version is available in <a href="https://link.springer.com/chapter/10.1007/978-3">'
            'Springer</a> or in <a href="https://arxiv.org/abs/1501.00001">arXiv</a>.</p></div>\n')
    pubs = read_markup("index.html", page, db, html=True, extractor="crf").publications
    assert [(p.title, p.label, p.year) for p in pubs] == [("A Semantics for Propositions as Sessions", None, 2015)]


def test_software_beside_another_section_keeps_its_journal_papers(db):
    """"### Software and Education" over papers in the Journal of Open Source Software and SoftwareX (a biomechanics
    page): two section words of no papers skipped it whole (4 papers lost). Software in a heading still reads the
    whole citations in a journal the database knows; a package or a course under it is no paper."""
    page = ("### Software and Education\n\n"
            '* **A. Okafor**, B. Lind, "[WidgetFEM: a finite element software for widget corrosion]'
            '(https://doi.org/10.21105/joss.04281)", *Journal of Open Source Software*, Vol. 7, No. 74, 2022\n\n'
            "* WidgetFEM, a Julia package for widget meshes (2021)\n\n"
            "* Teaching assistant, Finite Elements for Widgets, Imaginary University (2020)\n")
    pubs = read_markup("publications.md", page, db, extractor="crf").publications
    assert [p.title for p in pubs] == ["WidgetFEM: a finite element software for widget corrosion"]


def test_books_and_chapters_set_under_a_service_heading_by_mistake_are_read(db):
    """"## Editorial Positions" over "### Edited Books", "### Journal Articles", "### Book Chapters" (a literary
    scholar's page, the sections one level too deep): the articles were read, the books and chapters skipped as
    service (8 papers lost, nothing said). A heading naming books, chapters or proceedings is a section of papers;
    the service items above it stay skipped."""
    page = ("## Editorial Positions\n\n- Widget Review, Assistant Editor (2020-present)\n\n"
            "### Edited Books\n\n- [Widgets Cutting Up the Century](https://example.org/b), Ed. with J. Hawkins, "
            "Imaginary University Press (2019)\n\n"
            "### Book Chapters\n\n- \"Gadget Archives of the American Century\", Widgets Unbound, Ed. S. Gontarski, "
            "Imaginary Press (2021)\n")
    pubs = read_markup("writing.md", page, db, extractor="crf").publications
    assert [p.title for p in pubs] == ["Widgets Cutting Up the Century", "Gadget Archives of the American Century"]


def test_a_section_set_in_bold_on_a_line_of_its_own_with_a_qualifier_in_brackets_is_skipped(db):
    """`<b>国内発表 [査読無し, 和文]</b><br><ul>...` (presentations, not refereed) directly in the page's body, awards
    set so with no line break, and sections of panels chaired, invited lectures and sponsored projects: their items
    were read as papers. A kind of papers set so ("学位論文 (博士後期課程)", theses) ends such a section."""
    talk = "<li>Okafor, A., 2024: Raindrop size distributions in convective clouds. <i>AMS Annual Meeting</i>.</li>"
    paper = ("<li>Okafor, A., and B. Lee, 2023: Environmental controls on rainfall. <i>Journal of the Meteorological "
             "Society of Japan</i>, <b>101</b>, 219-232.</li>")
    page = (f"<body><b>学術論文 [査読有り, 欧文]</b><br>\n<ul>\n{paper}\n</ul>\n<br>\n"
            f"<b>国内発表 [査読無し, 和文]</b><br>\n<ul>\n{talk}\n</ul>\n"
            "<b>学位論文 (博士後期課程)</b><br>\n<ul>\n<li>Okafor, A., 2017: Quasi-stationary convective systems in "
            "Japan. Kyoto University, Doctoral thesis, 118 pp.</li>\n</ul>\n"
            f"<b>受賞・表彰</b>\n<ol>\n{talk}\n</ol>\n"
            f"<h2>Panels chaired</h2>\n<ul>\n{talk}\n</ul>\n<h2>Invited Lectures</h2>\n<ul>\n{talk}\n</ul>\n"
            f"<h2>Sponsored projects</h2>\n<ul>\n{talk}\n</ul>\n</body>")
    pubs = read_markup("publist.html", page, db, html=True, extractor="crf").publications
    assert [p.title for p in pubs] == ["Environmental controls on rainfall",
                                       "Quasi-stationary convective systems in Japan"]
    # a paper's title set so over a list of its fields is no section, whatever words it holds
    page = ("<body><h2>Publications</h2>\n<b>Teaching Machines to Read and Comprehend</b><br>\n<p>Ana Okafor, Bo "
            "Lind, Cy Dow. Advances in Neural Information Processing Systems, 2015.</p>\n"
            "<b>Software Engineering for Machine Learning</b><br>\n<p>Ana Okafor, Bo Lind. ICSE, 2019.</p>\n</body>")
    pubs = read_markup("publist.html", page, db, html=True, extractor="crf").publications
    assert [p.title for p in pubs] == ["Teaching Machines to Read and Comprehend",
                                       "Software Engineering for Machine Learning"]


def test_a_heading_over_the_book_it_is_in_ends_the_title(db):
    """`<h4>Title</h4><p>In: <i>Book</i><br>Hg. von A. Editor und B. Editor<br>City: Publisher 2007, S. 85-116`
    (a chapter as the humanities list it): the title ran on over "In: Book", and the editors were its authors."""
    page = "<h3>Aufsätze</h3>\n" + "".join(
        f"<h4>{t}</h4>\n<p>In: <i>{b}</i>\n<br>Hg. von Sabine Sielke und Elisabeth Lind\n<br>Heidelberg: Winter "
        f"Verlag {y}, S. 229-243.\n<br><a href=\"x{y}.pdf\">[Aufsatz als PDF]</a></p>\n"
        for t, b, y in [("Latent Agents. Visualizing HIV", "The Body as Interface. Dialogues between the Disciplines",
                         2007), ("Kommunikation, Kontamination und epidemische Ausbreitung",
                                 "Die Kommunikation der Gerüchte", 2008)])
    pubs = read_markup("publikationen.html", page, db, html=True, extractor="crf").publications
    assert [(p.title, p.venue_raw, p.year, p.authors) for p in pubs] == [
        ("Latent Agents. Visualizing HIV", "The Body as Interface. Dialogues between the Disciplines", 2007, []),
        ("Kommunikation, Kontamination und epidemische Ausbreitung", "Die Kommunikation der Gerüchte", 2008, [])]


def test_a_doi_on_a_line_of_its_own_under_a_paper_is_the_papers(db):
    """`<span>DOI: <a href="https://doi.org/10.x">10.x</a></span>` in a byline of its own under each paper: the DOI
    was read as a paper named by its number, and the paper had none."""
    page = "<h2>Publikationen</h2>\n" + "".join(
        f"<p>Meyer, Sebastian; Okafor, Ada ({y}): {t}. Zeitschrift Informationspraxis, Bd. 3, Nr. 1.</p>\n"
        f'<hr>\n<div class="byline"><span>DOI: <a href="https://doi.org/10.11588/ip.{y}.{n}">10.11588/ip.{y}.{n}</a>'
        f"</span></div>\n<hr>\n"
        for n, (t, y) in enumerate([("Warum Openness in Kultur und Wissenschaft?", 2017),
                                    ("Anleitung zur Organisation von Webkonferenzen in Bibliotheken", 2016)]))
    pubs = read_markup("publikationen.html", page, db, html=True, extractor="crf").publications
    assert [(p.title, p.ids.get("doi")) for p in pubs] == [
        ("Warum Openness in Kultur und Wissenschaft?", "10.11588/ip.2017.0"),
        ("Anleitung zur Organisation von Webkonferenzen in Bibliotheken", "10.11588/ip.2016.1")]


def test_mkdocs_admonitions_are_read_as_their_site_shows_them(db):
    """`???+ note "Title"` over lines indented four spaces (MkDocs Material's collapsible blocks), `!!! abstract`
    inside: CommonMark read the indented lines as code, and the page gave no paper."""
    md = ("# Publications\n\n"
          '???+ tip "Improving robustness of jet tagging algorithms with adversarial training"\n\n'
          "    Annika Stein, Xavier Coubez, Spandan Mondal\n\n"
          "    *Computing and Software for Big Science*, 2022\n\n"
          "    !!! abstract\n\n        Deep learning is a standard tool in the field of high-energy physics.\n\n"
          '???+ tip "Adversarial training for b-tagging algorithms in CMS"\n\n'
          "    Annika Stein, Xavier Coubez\n\n    *Journal of Physics: Conference Series*, 2022\n")
    pubs = read_markup("publications.md", md, db, extractor="crf").publications
    assert [(p.title, p.year) for p in pubs] == [
        ("Improving robustness of jet tagging algorithms with adversarial training", 2022),
        ("Adversarial training for b-tagging algorithms in CMS", 2022)]
    assert pubs[0].authors == ["Annika Stein", "Xavier Coubez", "Spandan Mondal"]


def test_mkdocs_content_tabs_are_read_as_sections_of_the_page(db):
    """`=== "Research"` and `=== "Teaching"` over lines indented four spaces (MkDocs Material's content tabs): the
    lines were code in CommonMark, read line by line as papers of their own ("fontawesome-solid-house", a summary's
    sentence, a CV tab's posts); each tab is a section now, its title a heading (a CV's employment holds no papers).
    """
    md = ("# **Ada Lind**\n\n"
          '=== "Research"\n'
          "    <span class=\"back\">[:fontawesome-solid-house:](../about/index.md)</span>\n\n"
          "    ## **Publications**\n\n"
          "    1.  **The dynastic benefits of early-childhood widgets** \\[[link](https://example.org/a)\\]<br>\n"
          "        Ada Lind, Jorge Okafor <br>\n"
          "        *Journal of Human Capital* 18 (1), 44-73\n\n"
          "        ???+ Summary\n"
          "            <div> We show that widgets pay for themselves. Spillovers increase this ratio to 7.5.</div>\n\n"
          "    ### **Working Papers & Ongoing Projects**\n\n"
          "    1.  **Capital gains taxation in life and death** \\[[draft](https://example.org/b)\\]<br>\n"
          "        Ada Lind\n\n"
          '=== "CV"\n'
          "    <span class=\"back\">[:fontawesome-solid-house:](../about/index.md)</span>\n\n"
          "    ## **Employment**\n\n"
          "    **Research Specialist --- University of Widgets**  \n"
          "    *Chicago (IL), US*  \n"
          "    ***Researcher at the Center of the Economics of Widget Development***  \n"
          "    *Sep. 2019 -- Jul. 2021*\n\n"
          "    <br>\n"
          "    **Research Assistant --- Center for Widget Studies (CWS)**  \n"
          "    *Munich, DE*  \n"
          "    *Jul. 2018 -- Sep. 2018*\n")
    pubs = read_markup("index.md", md, db, extractor="crf").publications
    assert [p.title for p in pubs] == ["The dynastic benefits of early-childhood widgets",
                                       "Capital gains taxation in life and death"]


def test_an_admonition_titled_with_a_kind_of_paper_is_no_part_of_the_papers_title(db):
    """`!!! warning "preprint"` over "**Title**" (its own title in bold): the admonition's title names the kind of
    paper, and set in bold above it, it ran into the title ("preprint Planetary-scale ...", 12 of a page's 15)."""
    md = ("# Publications\n\n### 2025\n"
          '!!! warning "preprint"\n'
          "    **Planetary-scale metagenomic search reveals new patterns of CRISPR targeting**  \n"
          "    Simon Roux, **Uri Neri**  \n    *bioRxiv* (2025)\n\n"
          '!!! success "Article"\n'
          "    **Beneath the surface: Unsolved questions in soil virus ecology**  \n"
          "    Christina Hazard, **Uri Neri**  \n    *Soil Biology and Biochemistry* (2025)\n")
    pubs = read_markup("publications.md", md, db, extractor="crf").publications
    assert [(p.title, p.year) for p in pubs] == [
        ("Planetary-scale metagenomic search reveals new patterns of CRISPR targeting", 2025),
        ("Beneath the surface: Unsolved questions in soil virus ecology", 2025)]


def test_an_admonition_right_under_the_paper_before_it_opens_a_paper_of_its_own(db):
    """`!!! publication "Article"` on the line right after the paper above it (no empty line between, as MkDocs
    reads them): the line joined that paper's paragraph, "[Article]" ran into the next paper's title, and its title's
    "Meeting report:" was cut off as a label."""
    names = ", ".join(f"{first} {last}" for first, last in zip(
        "Maria Matthew Riccardo John Ruby Shauna Jonelle William Jane Sara Marissa Grant Christina Luke Ellie".split(),
        "Tanaka Perry Frizzo Lotz Gilmore Bennett Basso Donovan Fudyma Geonczy Gittrich Gogul Hazard Hillary Jameson"
        .split(), strict=True))
    md = ("# Publications\n\n### 2025\n"
          '!!! publication "Article"\n'
          "    **Meeting report: an imaginary widget conference 2024**  \n"
          f"    {names}, **Uri Roe**  \n    *Widget Journal* (2025)  \n"
          "    [DOI](https://doi.org/10.1000/wj.2025.1) | [BibTeX](https://api.crossref.org/works/10.1000/wj.2025.1)\n"
          '!!! publication "Article"\n'
          "    **The widget structurome and its dark matter**  \n"
          "    Pascal Moe, Ana Okafor, **Uri Roe**  \n    *mBio* (2025)  \n"
          "    [DOI](https://doi.org/10.1128/mBio.03200-24) | [BibTeX](https://api.crossref.org/works/10.1128/x)\n")
    pubs = read_markup("publications.md", md, db, extractor="crf").publications
    assert [(p.title, p.authors[:2], p.venue_raw) for p in pubs] == [
        ("Meeting report: an imaginary widget conference 2024", ["Maria Tanaka", "Matthew Perry"], "Widget Journal"),
        ("The widget structurome and its dark matter", ["Pascal Moe", "Ana Okafor"], "mBio")]


def test_paragraphs_of_titles_alone_each_linked_to_its_paper_are_a_paper_each(db):
    """A lab's "Recent Publications": a `<p>` per paper holding nothing but its title linked to PubMed (the old
    address, "www.ncbi.nlm.nih.gov/pubmed/ID"), PMC or a PDF. The labeller read the run as one or two titles (2 of a
    page's 12 papers); paragraphs that are each one link to a paper's page, two in a row or more, are whole
    entries."""
    rows = [("https://www.ncbi.nlm.nih.gov/pubmed/21185315", "A systems genetic analysis of widget drinking by mice"),
            ("https://www.ncbi.nlm.nih.gov/pmc/articles/PMC3115429", "Using the widget website for in silico analysis"),
            ("https://www.ncbi.nlm.nih.gov/pubmed/16783646", "Candidate genes and their regulatory elements"),
            ("https://www.ncbi.nlm.nih.gov/pubmed/17135423", "A sex-specific role of type VII widget cyclase"),
            ("https://pubs.example.org/arh313/272-274.pdf", "Expression quantitative trait loci and the widget database")]
    html = ("<html><body><h2>Recent Publications</h2><div>\n"
            + "\n".join(f'<p><a target="w" href="{u}">{t}</a></p>' for u, t in rows) + "\n</div></body></html>\n")
    pubs = read_markup("publications.html", html, db, html=True, extractor="crf").publications
    assert [p.title for p in pubs] == [t for _, t in rows]
    # one such paragraph under each citation is its link, not a paper of its own
    md = "".join(f"**Ferry, M.** ({2020 + k}). Widget title number {k} and its long subtitle. *Widget Journal*, {k}, "
                 f"1-9.\n\n[Publisher's website](https://doi.org/10.1093/widget.{k})\n\n" for k in range(4))
    pubs = read_markup("chapters.md", md, db, extractor="crf").publications
    assert [p.title for p in pubs] == [f"Widget title number {k} and its long subtitle" for k in range(4)]


def test_a_chinese_citation_of_one_author_in_bold_and_its_year_before_the_issue(db):
    """`- 21.**汪斌**.题名. 期刊, 2025第2期(CSSCI)`: one author (the page owner's, in bold), and the year glued to the
    issue ("2025第2期"); only citations of two names or more were read, and the year was no token of its own."""
    md = ("## 期刊论文\n\n"
          "- 21.**汪斌**.人口高质量发展视域下的健康老龄化：新国情、新机制与新路径. 云南民族大学学报, 2025第2期(CSSCI)\n"
          "- 20.**汪斌**.中国城乡老年数字失能现状及影响机制. 浙江工商大学学报, 2024第5期 (CSSCI)\n"
          "- 18.**汪斌**,朱涛.数字转型背景下互联网使用与青年性别观念变迁.中国青年研究, 2024第3期(CSSCI)\n")
    pubs = read_markup("publications.md", md, db, extractor="crf").publications
    assert [(p.title, p.year, p.authors) for p in pubs] == [
        ("人口高质量发展视域下的健康老龄化：新国情、新机制与新路径", 2025, ["汪斌"]),
        ("中国城乡老年数字失能现状及影响机制", 2024, ["汪斌"]),
        ("数字转型背景下互联网使用与青年性别观念变迁", 2024, ["汪斌", "朱涛"])]


def test_chinese_citations_of_one_author_each_numbered_without_a_space(db):
    """GB/T 7714 citations without the "[J]" code, numbered by hand with no space ("1.李明.题名.期刊(社会科学版),2018,
    18(02):85-97."): no Markdown list, so the labeller saw one block and no entries in it; and one author not in bold
    was too little for the shape to be read (only two names or the owner's in bold were). The sequence of numbers
    opens the entries, and one name is enough when the venue's comma and the year after it say the rest is a
    citation; the journal's edition in brackets is part of its name."""
    md = ("**学术成果**\n\n"
          "1.李明.城市居民对待新政策的态度——以某市为例.南方农业大学学报(社会科学版),2018,18(02):85-97. （CSSCI）\n\n"
          "2.李明.工作转换与工资增长——基于灯光数据的研究.宏观质量研究,2017,5(03):90-100.\n\n"
          "3.王芳、李明.重新检验迁移理论:来自灯光数据的证据.东方理工大学学报(社会科学版),2016,31(01):10-18.\n")
    pubs = read_markup("about.md", md, db, extractor="crf").publications
    assert [(p.title, p.authors, p.year) for p in pubs] == [
        ("城市居民对待新政策的态度——以某市为例", ["李明"], 2018),
        ("工作转换与工资增长——基于灯光数据的研究", ["李明"], 2017),
        ("重新检验迁移理论:来自灯光数据的证据", ["王芳", "李明"], 2016)]
    assert pubs[0].venue_raw.startswith("南方农业大学学报(社会科学版)")
    # a lone name not followed by a citation's tail stays unread as a paper ("李明.题名.出版社" is no journal's)
    assert not read_markup("about.md", "1.李明.一本书的名字.某某出版社.\n\n2.李明.另一本书.某某出版社.\n", db,
                           extractor="crf").publications


def test_a_one_word_journal_set_apart_in_italics_is_named(db):
    """"Lee, A. and Kim, B. (2015) [Title](doi). _Energies_.": a journal whose name is a common word was matched only
    when cited with a volume or pages; set apart in italics where the title is not (APA, Chicago, MLA), the word is
    in a venue's place, and its journal is named. Where the title is in italics too, italics set nothing apart."""
    md = ("- **Lee, A.** and Kim, B. (2015) [Wakes of widget turbines at high Reynolds numbers]"
          "(https://doi.org/10.3390/en0000001). _Energies_.\n"
          "- **Lee, A.** and Kim, B. (2016) [Widget arrays in tidal channels and their wakes]"
          "(https://doi.org/10.3390/en0000002). _Energies_.\n")
    pubs = read_markup("research.md", md, db, extractor="crf").publications
    assert [(p.venue_raw, p.venue.venue.id if p.venue and p.venue.venue else None) for p in pubs] == [
        ("Energies", "j-energies"), ("Energies", "j-energies")]
    both = md.replace("[Wakes", "[*Wakes").replace("numbers]", "numbers*]").replace("[Widget", "[*Widget") \
        .replace("wakes]", "wakes*]")
    again = read_markup("research.md", both, db, extractor="crf").publications
    assert [p.venue.venue for p in again if p.venue] == [None, None]


def test_a_talk_or_poster_tag_before_the_title_says_the_entry_is_no_paper(db, tmp_path: Path):
    """An Org CV's "- 3/17: Invited minisymposium talk, /Title/, SIAM ... Conference, Tallahassee, FL" and
    "Contributed poster, ..." under "Conferences and Workshops" (a name that lists papers on other pages), on a page
    whose papers set their titles in italics alike: the tag was read as the title's first words, each talk a paper."""
    (tmp_path / "cv.org").write_text(
        "* Publications\n"
        "- A. Okafor, B. Lind, /Targeting the untargetable: predicting drug resistance with cellular automata/, "
        "bioRxiv, Nov 2017\n"
        "- A. Okafor, B. Lind, /Glucose oscillations can activate an oscillator in pancreatic islets/, PLOS "
        "Computational Biology, Vol 12(10), Oct 2016\n"
        "- A. Okafor, correct solution to /More and more balls in urns/ in American Mathematical Monthly, Vol "
        "118(5), May 2011, pp 468\n"
        "* Conferences and Workshops\n"
        "- 3/17: Invited minisymposium talk, /Recent advances in experimentally-guided mathematical biology/, SIAM "
        "Southeastern Atlantic Section Conference, Tallahassee, FL\n"
        "- 3/17: Contributed poster, /Dynamic neuron networks with excitable nodes/, SIAM Southeastern Atlantic "
        "Section Conference, Tallahassee, FL\n"
        "- 10/16: Invited workshop participant, /Dynamical systems and data analysis in neuroscience/, Mathematical "
        "Biosciences Institute, Columbus, OH\n", encoding="utf-8")
    pubs = run([tmp_path], db, Options(jobs=1)).publications
    assert not any("Invited" in (p.title or "") or "poster" in (p.title or "") for p in pubs)
    assert "Glucose oscillations can activate an oscillator in pancreatic islets" in [p.title for p in pubs]


def test_a_papers_name_after_available_at_or_a_talk_word_in_its_title_is_still_a_paper(db):
    """The rules for a library named after "available in" and for a talk tag read as a title's first words keep to
    what they are: "Our paper is now available at [Deep Foo for Robust Bar Estimation](...)" names a paper, and
    "Talk, Listen, Respond: ..." and "Poster, Print and Pixel: ..." are titles."""
    md = ("## News\n\n- 2024-05: Our paper is now available at [Deep Foo for Robust Bar Estimation]"
          "(https://arxiv.org/abs/2405.01234).\n\n"
          "## Publications\n\n- A. Lee, B. Kim. **Talk, Listen, Respond: Dialogue Agents for Tutoring**. ACL 2023.\n"
          "- A. Lee. **Poster, Print and Pixel: Visual Rhetoric**. CHI 2022.\n")
    pubs = read_markup("index.md", md, db, extractor="crf").publications
    assert [p.title or p.label for p in pubs] == ["Deep Foo for Robust Bar Estimation",
                                                  "Talk, Listen, Respond: Dialogue Agents for Tutoring",
                                                  "Poster, Print and Pixel: Visual Rhetoric"]


def test_papers_an_html_page_keeps_as_data_in_its_script_are_read_on_their_lines(db):
    """`<script>const PAPERS = [{title: ..., year: ..., venue: ...}]` drawn into the page in the browser: the page's
    text has none of them (before: no record); each is read as a data file's mapping, on its title's line in the
    script (not on a `<meta>` line that names it first). A paper the page's text gives too is not read twice."""
    html = ('<html><head><meta name="citation_title" content="Seat flips under two-way apportionment">\n</head>\n'
            '<body><h1>Preprints</h1><div id="list"></div>\n'
            '<p>Lind, B. (2020). Widgets in the parliament. <i>Journal of Widgets</i>, 3(1), 1-9.</p>\n'
            '<script>\nconst PAPERS = [\n{\n    title: "Seat flips under two-way apportionment",\n    year: 2026,\n'
            '    venue: "Research Square",\n    doi: "10.21203/rs.3.rs-100/v1"\n},\n{\n'
            '    title: "Widgets in the parliament",\n    year: 2020,\n    journal: "Journal of Widgets"\n}\n];\n'
            'PAPERS.forEach(p => { document.getElementById("list").append(p.title); });\n</script>\n</body></html>\n')
    pubs = read_markup("preprints.html", html, db, html=True).publications
    assert sorted((p.title, p.year, p.first_source.line) for p in pubs) == [
        ("Seat flips under two-way apportionment", 2026, 8), ("Widgets in the parliament", 2020, 4)]


def test_a_short_link_in_a_list_under_an_entry_is_the_entrys_link_not_a_paper(db):
    """"- [ACL Anthology](https://aclanthology.org/...)" in a list under each paper: a few words, all one link, under
    an entry (before: a record "ACL Anthology" for each, its venue read from the address)."""
    md = ("## Publications\n\n- Ana Ruiz, <u>Kai Wu</u>, and Li Ma.\n  **Speech widgets for dialogue translation**.\n"
          "  In _Findings of the Association for Computational Linguistics: ACL 2025_, 2025.\n"
          "    - [ACL Anthology](https://aclanthology.org/2025.findings-acl.9999/)\n"
          "    - [arXiv](https://arxiv.org/abs/2502.00003)\n\n"
          "- <u>Kai Wu</u> and Li Ma.\n  **A survey of widget speech models**.\n"
          "  In _Proceedings of the 2024 Conference on Empirical Methods in Natural Language Processing_, 2024.\n"
          "    - [ACL Anthology](https://aclanthology.org/2024.emnlp-main.9999/)\n")
    pubs = read_markup("publications.md", md, db).publications
    assert [(p.title, p.year) for p in pubs] == [("Speech widgets for dialogue translation", 2025),
                                                 ("A survey of widget speech models", 2024)]


def test_a_page_whose_front_matter_leaves_a_papers_keys_empty_is_read_as_a_list(db):
    """Wowchemy's pages carry `authors: []` over their text: an empty key says nothing, and the page of working
    papers (a heading for each) is a list, not one paper named by the page's title (before: one record, "Research")."""
    md = ("---\ntitle: \"Research\"\nprofile: false\nauthors: []\nshare: false\n---\n\n# Working Papers\n\n"
          "### Roots of Repression: A Theory of Widget Propaganda\nUnder review.\n\n[PDF](/uploads/rir.pdf)\n\n"
          "### Purges and Widget Reputation\nManuscript under revision.\n\n"
          "### Widget Parties as a Democratic Check\nManuscript under revision.\n")
    pubs = read_markup("research.md", md, db).publications
    assert [(p.title, p.year) for p in pubs] == [("Roots of Repression: A Theory of Widget Propaganda", None),
                                                 ("Purges and Widget Reputation", None),
                                                 ("Widget Parties as a Democratic Check", None)]


def test_papers_set_as_headings_over_their_abstracts_are_read(db):
    """A page of working papers, a heading for each over its abstract and a link to its PDF or a status ("## Title --
    with A and B", the abstract, "[Download here](paper.pdf)"): the abstract's prose is no paper, and the heading is
    (before: no record for most of them). Only what is written is kept: no year or venue from the prose."""
    md = ("---\ntitle: Working Papers\n---\n\n"
          "## The Widget Index: A New Global Indicator -- with Ana Ruiz and Kai Wu\n\n\n"
          "Because levels of widget use may affect the data, existing datasets have limited coverage. To overcome this,"
          " we introduce the Widget Index, the first global index on the issue, covering 173 countries.\n\n"
          "[__Download here__](/assets/files/widget_index.pdf)\n\n\n"
          "## Widget Legacies and Democratic Party Building -- with Kai Wu\n*under review*\n\n"
          "Previous work on regimes posits that they bequeath a variety of legacies to their successors. This paper "
          "investigates the extent to which antecedent conditions of widget rule shape party building.\n\n"
          "## Survival Through Strength: How Strong Widget Parties Help Regimes Survive\n\n\n"
          "Why do some regimes with parties outlive those with similar institutions? The institutional turn has provided"
          " various explanations of how institutions help regimes endure.\n\n"
          "[__Download here__](/assets/files/survival.pdf)\n")
    pubs = read_markup("workingpapers.md", md, db).publications
    assert [(p.title, p.authors, p.year, p.venue) for p in pubs] == [
        ("The Widget Index: A New Global Indicator", ["Ana Ruiz", "Kai Wu"], None, None),
        ("Widget Legacies and Democratic Party Building", ["Kai Wu"], None, None),
        ("Survival Through Strength: How Strong Widget Parties Help Regimes Survive", [], None, None)]
    assert pubs[0].urls == ["/assets/files/widget_index.pdf"] and pubs[1].status == "under review"
    # one such heading alone is a topic's, not a paper's
    one = md[:md.index("## Widget Legacies")]
    assert read_markup("workingpapers.md", one, db).publications == []
    # what was read under such a heading with no title (its link, as a mention named "Download here") is the paper's
    plain = "".join(f"## Widget study number {i} on markets\n\nWe study widgets and find that markets adjust.\n\n"
                    f"[Download here](/files/p{i}.pdf)\n\n" for i in range(2))
    pubs = read_markup("research.md", "# Working papers\n\n" + plain, db).publications
    assert [(p.title, p.urls) for p in pubs] == [("Widget study number 0 on markets", ["/files/p0.pdf"]),
                                                 ("Widget study number 1 on markets", ["/files/p1.pdf"])]


def test_a_page_with_no_heading_over_its_blocks_is_read(db):
    """No heading above any block: nothing to read as papers set as headings (the search for them raised a
    ValueError on such a page, and the page was lost with an internal error)."""
    md = ("- Ana Ruiz and Li Ma (2024). Sparse widgets for tiny models. *Journal of Widgets*, 3(1), 1-9.\n"
          "- Kai Wu and Ana Ruiz (2023). Tidal widgets. *Journal of Widgets*, 2(4), 10-19.\n"
          "- Li Ma (2022). Widgets in the wild. *Widget Letters*, 7, 20-29.\n")
    assert [p.title for p in read_markup("p.md", md, db).publications] == [
        "Sparse widgets for tiny models", "Tidal widgets", "Widgets in the wild"]


def test_a_paper_headings_year_and_co_authors_come_apart_from_its_title(db):
    """"<h4><a>On pure widgets</a>, 2026 (joint with A)</h4>" over its abstract: the co-authors after the year, then
    the year, come off the title (the year stayed in it); a sentence after the title's full stop is its subtitle, not a
    venue, unless the database knows it or it is an acronym ("Title. IEEE, 2024")."""
    html = ("<h3>Working papers</h3>\n<hr />\n"
            "<h4><a href=\"/pdf/pure.pdf\">On pure widgets</a>, 2026 (joint with Ana Ruiz)</h4>\n"
            "<p>We propose a general framework for studying widget behaviour across a wide range of settings.</p>\n"
            "<hr />\n<h4><a href=\"/pdf/eff.pdf\">Efficiency in rewarding widget journals. The case of Poland</a>, 2021 "
            "(joint with Kai Wu and Li Ma)</h4>\n"
            "<p>We study how widget journals are rewarded and find large inefficiencies in the system.</p>\n")
    pubs = read_markup("workingpapers.html", html, db, html=True).publications
    assert [(p.title, p.year, p.authors, p.venue_raw) for p in pubs] == [
        ("On pure widgets", 2026, ["Ana Ruiz"], None),
        ("Efficiency in rewarding widget journals. The case of Poland", 2021, ["Kai Wu", "Li Ma"], None)]


def test_a_link_to_a_papers_place_in_a_series_is_no_paper(db):
    """Under a paper, its links name where it appeared ("Trade Institute Working Paper No. 264", "CESifo Working
    Paper No. 12312"): once the series was known, such a link line was read as a paper of its own."""
    html = """<h2>Working papers</h2>
<details class="paper">
<summary>
<div>
<div class="paper-title">Migration and the Price of Housing (2025)</div>
<div class="paper-outlet"><em>Trade Institute Working Paper &nbsp;&middot;&nbsp; CESifo Working Paper</em></div>
</div>
</summary>
<div class="paper-body">
<div class="paper-links">
<a href="https://example.org/p.pdf"><em>Paper</em></a>
<a href="https://example.org/wp"><em>Trade Institute Working Paper No. 264/25</em></a>
<a href="https://example.org/cesifo"><em>CESifo Working Paper No. 12312</em></a>
</div>
<div class="paper-abstract">Housing prices rise where migrants settle, and we measure by how much across regions.
</div>
</details>
"""
    pubs = read_markup("x.html", html, db, html=True).publications
    titles = [p.title for p in pubs]
    assert not [t for t in titles if t and "Working Paper No." in t], titles
    assert any((t or "").startswith("Migration and the Price of Housing") for t in titles)


def test_a_journals_name_wrapped_over_two_lines_is_no_paper(db):
    """A hard-wrapped item whose journal is set in bold over two lines: the journal's second line was read as a
    record of its own, "Advances in Modeling Earth Systems" its title (segment._styled_run_on)."""
    md = """## Publications

- Lee, A., Kim, B. and Park, C. (2022): [Sensitivity of a Coarse Ocean Model to Spatially
  Variable Mixing](https://doi.org/10.1029/2021MS000001). **Journal of
  Advances in Modeling Earth Systems**, 14, e2021MS000001. [Video of a talk given at a
  conference (2022) describing the study](https://youtu.be/x), [Associated dataset
  (2021)](https://doi.org/10.5281/zenodo.1).
- Kim, B. and Lee, A. (2021): [The geography of numerical mixing in a suite of ocean
  models](https://doi.org/10.1029/2020MS000002).  **Journal of
  Advances in Modeling Earth Systems**, 13 (7),
  e2020MS000002. [Video of a talk given at a meeting (2021) describing
  the study](https://youtu.be/y).
"""
    pubs = read_markup("p.md", md, db).publications
    assert [p.title for p in pubs] == ["Sensitivity of a Coarse Ocean Model to Spatially Variable Mixing",
                                       "The geography of numerical mixing in a suite of ocean models"]
    assert all(p.venue_raw and p.venue_raw.startswith("Journal of Advances in Modeling") for p in pubs)


def test_an_open_review_journals_version_note_is_no_part_of_the_title(db):
    """F1000Research and its kin print "[version 2; peer review: 2 approved]" (once "[v2; ref status: indexed,
    url]") after every title; a page that copies the citation kept it in the title."""
    md = """## Publications

Lee A, **Kim B** (2013). widgetize: taxonomic search and retrieval in R [v2; ref status: indexed, [http://f1000r.es/24v](http://f1000r.es/24v)]. *F1000Research*, 2:191.

Kim B, Lee A (2020). Counting widgets in the wild [version 2; peer review: 2 approved]. *Wellcome Open Research*, 5:12.
"""
    pubs = read_markup("p.md", md, db).publications
    assert [(p.title, p.year) for p in pubs] == [("widgetize: taxonomic search and retrieval in R", 2013),
                                                 ("Counting widgets in the wild", 2020)]


def test_a_link_to_a_papers_preprint_is_no_status_when_it_names_its_venue(db):
    """"*ICLR 2022* ([preprint](https://arxiv.org/abs/...))" and APA's "In Proceedings of the WFLP 2020. [doi] [preprint]":
    the link goes to another version of a paper that names where it appeared; the paper was read as a preprint. A
    paper whose only venue is its preprint link stays a preprint."""
    html = ("<table>\n<tr><td><b>Joint scaling of widget manifolds</b><br>\nAna Lind, Bo Roe<br>\n"
            '<i>ICLR 2022</i> (<a href="https://arxiv.org/abs/2207.02968">preprint</a>)</td></tr>\n'
            "<tr><td><b>Widget graphs at scale</b><br>\nAna Lind<br>\n"
            '<i>NeurIPS 2021</i> (<a href="https://arxiv.org/abs/2106.01234">preprint</a>)</td></tr>\n'
            "<tr><td><b>Unfinished widget results</b><br>\nAna Lind, Cy Moe<br>\n"
            '(<a href="https://arxiv.org/abs/2301.00001">preprint</a>)</td></tr>\n</table>\n')
    pubs = read_markup("p.html", html, db).publications
    assert [(p.title, p.status) for p in pubs] == [
        ("Joint scaling of widget manifolds", "published"), ("Widget graphs at scale", "published"),
        ("Unfinished widget results", "preprint")]


def test_a_status_in_brackets_after_a_title_is_its_status(db):
    """"[Title](url) (pre-print)", "Title (To Appear)", "Title(in press)": the bracketed status after the title was
    read as the title's last words; it is the paper's status, as "Title. In press." after the title's stop was."""
    md = ("# Publications\n\n"
          "**Bachant, P.** [Actuator line modeling of widget turbines (pre-print)](https://example.org/a.pdf). 2016.\n\n"
          "Lind, A., Roe, B. Programming Challenges of Widgets: A Mixed-Methods Study (To Appear). *ICSE 2026*.\n\n"
          "Roe, B. (2025). Widget tone identification with contextual cues(in press). *Journal of Widget Phonetics*.\n")
    pubs = read_markup("p.md", md, db).publications
    assert [(p.title, p.status) for p in pubs] == [
        ("Actuator line modeling of widget turbines", "preprint"),
        ("Programming Challenges of Widgets: A Mixed-Methods Study", "accepted"),
        ("Widget tone identification with contextual cues", "accepted")]


def test_titles_alone_under_a_working_papers_heading_are_papers(db):
    """A political scientist's "## Working Papers / In-Progress" over a numbered list of titles alone: the heading
    says what they are (each a working paper), where a title alone is no paper anywhere else (the same lines under
    "Research Interests" give none); a sentence, the owner speaking, is still none."""
    items = ("1. Policy Preferences, Concept Creep, and The Meaning of Widgets\n"
             "2. Need, Deservingness, and the Politics of Widget Care (with Ana Lind and Bo Roe)\n"
             "3. I am always happy to share drafts of these papers. Email me for a copy.\n"
             "4. Email me if you would like to see a draft\n")
    pubs = read_markup("research.md", "## Working Papers / In-Progress\n\n" + items, db).publications
    assert [(p.title, p.status, p.authors) for p in pubs] == [
        ("Policy Preferences, Concept Creep, and The Meaning of Widgets", "working paper", []),
        ("Need, Deservingness, and the Politics of Widget Care", "working paper", ["Ana Lind", "Bo Roe"])]
    assert read_markup("research.md", "## Research Interests\n\n" + items, db).publications == []


def test_a_linked_title_alone_among_linked_titles_is_a_paper_wherever_it_links(db):
    """A demographer's Quarto page: "* [Title](link)" lines and nothing else, most linking to doi.org or Springer, two
    to a university press and to OSF: those two were no paper (a link alone says "paper" only at a paper's host). On
    a page that sets its papers' titles as links, a linked title alone among two such papers of its section at least
    is one of them, whatever site it links to; one linking to code is not, nor one in a section of its own."""
    from pubnorm.sources.reader import read_markup

    md = ("**Selected publications**:\n\n"
          "* [Estimating adult death rates from sibling histories: A network approach]"
          "(https://read.dukeupress.edu/demography/article/58/4/1525/174066/Estimating)\n\n"
          "* [Quantifying widget contact patterns in the United States during the pandemic]"
          "(https://doi.org/10.1038/s41467-021-20990-2)\n\n"
          "* [Using an online sample to learn about an offline widget population]"
          "(http://link.springer.com/article/10.1007/s13524-019-00840-z)\n\n"
          "* [The network survival method for estimating adult widget mortality]"
          "(https://link.springer.com/article/10.1007/s13524-017-0594-y)\n\n"
          "* [Estimating widget death rates in complex emergencies: Pre-analysis plan](https://osf.io/e23gc)\n\n"
          "* [A widget toolkit for network scale-up estimation in R](https://github.com/example/widgetsup)\n\n"
          "## Other writing\n\n* [Advice for PhD students who study widgets](https://example.org/advice)\n")
    pubs = read_markup("research.qmd", md, db).publications
    assert sorted(p.title for p in pubs) == [
        "Estimating adult death rates from sibling histories: A network approach",
        "Estimating widget death rates in complex emergencies: Pre-analysis plan",
        "Quantifying widget contact patterns in the United States during the pandemic",
        "The network survival method for estimating adult widget mortality",
        "Using an online sample to learn about an offline widget population"]


def test_articles_beside_presentations_in_one_heading_are_papers_and_a_table_of_talks_is_not(db, tmp_path: Path):
    """A lab's rst page "Journal Articles and Presentations" > "2021": a `list-table` of "Main author | Journal |
    Title" rows and one of "Presenter | Meeting | Title" rows. The heading was read as "Presentations" (only entries
    with pages kept), so no article was read; "Main author" named no column. Articles beside talks are papers, as
    "Papers and Talks" are; the owner's articles in the media are not; the rows of a table of talks are talks."""
    rst = ("Journal Articles and Presentations\n==================================\n\n2021\n----\n\n"
           ".. list-table::\n   :header-rows: 1\n\n   * - Main author\n     - Journal\n     - Title\n"
           "   * - `A. Okafor <https://doi.org/10.1000/xyz1>`_\n     - *Phys. Plasmas*\n"
           "     - Edge turbulence in a compact widget reactor\n"
           "   * - `B. Lind <https://doi.org/10.1000/xyz2>`_\n     - *Nucl. Fusion*\n"
           "     - Core transport across pedestal widgets\n\n"
           ".. list-table::\n   :header-rows: 1\n\n   * - Presenter\n     - Meeting\n     - Title\n"
           "   * - C. Dow\n     - **APS DPP**\n     - Predicting widget stability with flexible modelling\n")
    (tmp_path / "literature.rst").write_text(rst, encoding="utf-8")
    pubs = read_profile(tmp_path / "literature.rst", db).publications
    assert [(p.title, p.authors, p.year) for p in pubs] == [
        ("Edge turbulence in a compact widget reactor", ["A. Okafor"], 2021),
        ("Core transport across pedestal widgets", ["B. Lind"], 2021)]
    paper = "- Okafor, A. (2022). Widgets in the news. *Journal of Widget Studies*, 4(2), 10-20.\n"
    md = f"# Media Articles and Talks\n\n{paper}\n# Articles in the Press\n\n{paper}"
    assert read_markup("press.md", md, db, extractor="crf").publications == []


def test_articles_cited_in_the_bluebooks_form_are_read_by_its_grammar(db):
    """A law faculty's list in the Bluebook's form ("Title, 113 Calif. L. Rev. 1021 (2025)", the volume before the
    journal's abbreviated name, the first page after it): no citation style the labeller was trained on writes
    it so, and no paper was read (the italic title read as a venue, a short title as a short name)."""
    md = ("# Publications\n\n## Articles\n\n"
          "- *Contract as Widget*, 113 Calif. L. Rev. 1021 (2025).\n"
          "- Racial Widgets, 118 Nw. U. L. Rev. 1455 (2024).\n"
          "- Jane Doe & John Roe, Widgets and the Commerce Power, 12 Yale L.J. 1, 9 (2020).\n"
          "- The Widget Clause, 99 Ind. L.J. __ (forthcoming 2026).\n"
          "- Associate Professor of Law[ Widget Defaults](https://papers.ssrn.com/x), 173 U. Pa. L. Rev. 1419 (2025).\n")
    pubs = read_markup("about.md", md, db, extractor="crf").publications
    assert [(p.title, p.venue_raw, p.volume, p.pages, p.year, p.authors) for p in pubs[:3]] == [
        ("Contract as Widget", "Calif. L. Rev", "113", "1021", 2025, []),
        ("Racial Widgets", "Nw. U. L. Rev", "118", "1455", 2024, []),
        ("Widgets and the Commerce Power", "Yale L.J", "12", "1", 2020, ["Jane Doe", "John Roe"])]
    assert (pubs[3].title, pubs[3].volume, pubs[3].pages, pubs[3].year, pubs[3].status) == (
        "The Widget Clause", "99", None, 2026, "accepted")
    # a linked (or italic) title after other words of the page on its line: the title is what is set apart
    assert (pubs[4].title, pubs[4].authors, pubs[4].venue.venue.name) == (
        "Widget Defaults", [], "University of Pennsylvania law review")


def test_abnt_and_gost_citations_whose_initials_end_the_names_have_their_titles(db):
    """Brazil's ABNT ("OKAFOR, A.; PARK, J. Title. **Journal**, v. 35, ...") and Russia's GOST ("Окафор А. А.,
    Парк Д. Title // Journal. 2020.") end the names with an initial's full stop: the labeller read the title on as
    names or as nothing, and the entry had no title, so no paper was read."""
    md = ("# Publicações\n\n"
          "- OKAFOR, A.; PARK, J. Máquinas e trabalho no Brasil. **Revista Brasileira de Widgets**, v. 35, "
          "n. 2, p. 1-20, 2020.\n\n# Публикации\n\n"
          "- Окафор А. А., Парк Д. Виджеты и рынки // Вопросы виджетов. 2020. № 5. С. 45–60.\n")
    pubs = read_markup("perfil.md", md, db, extractor="crf").publications
    assert [(p.title, p.authors, p.year) for p in pubs] == [
        ("Máquinas e trabalho no Brasil", ["OKAFOR, A.", "PARK, J."], 2020),
        ("Виджеты и рынки", ["Окафор А. А", "Парк Д"], 2020)]
    assert pubs[0].venue_raw.startswith("Revista Brasileira de Widgets") and pubs[1].venue_raw.startswith(
        "Вопросы виджетов")


def test_a_book_named_by_its_title_and_its_press_is_a_book_with_that_publisher(db):
    """"Okafor, A. (2015). *Widget Economics* (2nd ed.). Cambridge, MA: MIT Press." (APA): the labeller read the
    italic title as the venue, and no paper was read; "*Widgets: A Cultural History*. Chicago: University of
    Chicago Press, 2019." (Chicago) was a @misc whose venue was the press. Both are books, the press their
    publisher; a chapter in an edited book stays a chapter."""
    md = ("# Books\n\n- Okafor, A. (2015). *Widget Economics* (2nd ed.). Cambridge, MA: MIT Press.\n"
          "- Okafor, Ana. *Widgets: A Cultural History*. Chicago: University of Chicago Press, 2019.\n\n"
          "# Chapters\n\n- Okafor, A. (2016). Widget theory. In J. Park & B. Lind (Eds.), *Handbook of Widgets* "
          "(pp. 12-34). Oxford University Press.\n")
    pubs = read_markup("books.md", md, db, extractor="crf").publications
    assert [(p.title, p.entry_type, p.publisher, p.status, p.year) for p in pubs[:2]] == [
        ("Widget Economics", "book", "MIT Press", "published", 2015),
        ("Widgets: A Cultural History", "book", "University of Chicago Press", "published", 2019)]
    assert (pubs[2].title, pubs[2].entry_type, pubs[2].publisher) == ("Widget theory", None, "Oxford University Press")
    # so is a thesis's italic title before its kind ("*Title*. Master's thesis, School, 2015.")
    md = "# Theses\n\n- A. Okafor. *Geometric flows on surfaces*. Master's thesis, ETH Zürich, 2015.\n"
    (thesis,) = read_markup("theses.md", md, db, extractor="crf").publications
    assert (thesis.title, thesis.entry_type, thesis.year) == ("Geometric flows on surfaces", "mastersthesis", 2015)
    from pubnorm.writers.bibtex import write_bibtex

    bib, _ = write_bibtex(pubs[:2])
    assert "@book{" in bib and "publisher = {MIT Press}" in bib and "note =" not in bib


def test_an_economists_working_papers_keep_their_series_and_lose_their_status_notes(db):
    """"(with Jo Park), NBER Working Paper No. 31234, 2023": the venue was cut to "NBER Working" (the labeller
    left "Paper" out), which the database does not know; "The Geography of Widgets (job market paper)" alone under
    "Working Papers" kept its note in its title."""
    md = ("# Working Papers\n\n"
          "- \"Widget Prices and Monetary Policy\" (with Jo Park), NBER Working Paper No. 31234, 2023.\n"
          "- The Geography of Widgets (job market paper)\n")
    pubs = read_markup("research.md", md, db, extractor="crf").publications
    assert [(p.title, p.status) for p in pubs] == [("Widget Prices and Monetary Policy", "working paper"),
                                                   ("The Geography of Widgets", "working paper")]
    assert pubs[0].venue_raw.startswith("NBER Working Paper") and pubs[0].venue.venue is not None


def test_an_arxiv_identifier_written_without_its_colon_is_the_papers(db):
    """"arXiv 2304.01234 (2023)" (a space, no colon): the identifier was not read, so the record had no arXiv id;
    "arXiv:2303.07890." at a sentence's end still is one."""
    md = ("# Preprints\n\n- A. Okafor. Widget sums. arXiv 2304.01234 (2023).\n"
          "- Okafor, A. (2023). Widget rings. *arXiv preprint arXiv:2303.07890*.\n")
    pubs = read_markup("preprints.md", md, db, extractor="crf").publications
    assert [(p.title, p.ids.get("arxiv")) for p in pubs] == [("Widget sums", "2304.01234"),
                                                              ("Widget rings", "2303.07890")]


def test_headings_over_the_writers_own_story_are_no_papers_nor_is_a_grants_number(db):
    """A bio page: "### Graduate studies" and "### Lab years" over first-person prose that links a dissertation's
    PDF and a grant's report. Each heading was a paper (two headings at one depth with paper links under them),
    and "on the Widget Research Award [W81XWH-14](report.pdf)" a mention. The links in the writer's own story make
    no heading a paper; a link after a grant's name is its number."""
    md = ("---\ntitle: About Me\n---\n\nI am a professor of widgets.\n\n### Graduate studies\n\n"
          "I received my PhD in Widget Science from the University of Widgets in 2011, where I was advised by "
          "Professor Ana Lee. My PhD dissertation, entitled [Sensing Everyday Widgets]"
          "(https://lab.example.edu/media/publications/sensing_widgets.pdf), won an award.\n\n### Lab years\n\n"
          "From 2012 to 2017, I was an assistant professor at the University of Gadgets, working with Bo Kim on the "
          "Widget Research Award [W81XWH-14-1-0617](https://apps.example.mil/pdfs/AD100255.pdf).\n")
    pubs = read_markup("bio.md", md, db, extractor="crf").publications
    assert [p.title or p.label for p in pubs] == ["Sensing Everyday Widgets"]


def test_korean_names_before_the_year_are_the_authors_and_a_japanese_journal_loses_its_corner_bracket(db):
    """"김철수, 이영희 (2020). Title. Journal, 54(2), 1-30.": Hangul names (two to four syllables between commas)
    were not read as names, and the record had no authors; "「Title」『Journal』73(2)" kept the closing 』 in its
    venue."""
    md = ("# 논문\n\n- 김철수, 이영희 (2020). 위젯 연구. 한국사회학, 54(2), 1-30.\n\n# 論文\n\n"
          "- 山田太郎, 鈴木花子 (2022) 「ウィジェットの社会学」『社会学評論』73(2), 123-140.\n")
    pubs = read_markup("pubs.md", md, db, extractor="crf").publications
    assert [(p.title, p.authors, p.venue_raw) for p in pubs] == [
        ("위젯 연구", ["김철수", "이영희"], "한국사회학"), ("ウィジェットの社会学", ["山田太郎", "鈴木花子"], "社会学評論")]


def test_a_short_astronomy_citation_whose_journal_was_read_as_nothing_is_a_paper(db):
    """AAS's short style, "Okafor, A., Park, J., & Lind, B. 2021, ApJ, 912, 33": the labeller read "ApJ" as nothing
    (and "A&A" as initials), so the untitled citation had no venue and was no paper. Words between the year's comma
    and the volume's that the database knows whole as a journal's name are its venue."""
    md = ("# Publications\n\n1. Okafor, A., Park, J., & Lind, B. 2021, ApJ, 912, 33\n"
          "2. Okafor, A. 2019, A&A, 625, A12\n")
    pubs = read_markup("pubs.md", md, db, extractor="crf").publications
    assert [(p.title, p.venue.venue.name if p.venue and p.venue.venue else None, p.year, p.authors, p.volume)
            for p in pubs] == [(None, "Astrophysical Journal", 2021, ["Okafor, A.", "Park, J.", "Lind, B."], "912"),
                               (None, "Astronomy and Astrophysics", 2019, ["Okafor, A."], "625")]


def test_a_paper_at_revise_and_resubmit_written_r_and_r_is_under_review(db):
    """"R&R at *American Economic Review*" under "Working Papers": "R & R" was read as initials, the paper
    published, "R&R at" one of its authors."""
    md = "# Working Papers\n\n1. \"Partisan Widgets\" (with Bo Lind), R&R at *American Economic Review*.\n"
    (pub,) = read_markup("research.md", md, db, extractor="crf").publications
    assert pub.status == "under review" and not any("R&R" in a for a in pub.authors)


def test_a_status_written_after_the_venue_at_an_entrys_end_is_its_status(db):
    """"*Journal of Public Economics*, forthcoming." and "*Pediatrics*. In press." (Vancouver, AMA, CVs): the
    labeller read the words after the venue as nothing, and the papers were published ones."""
    md = ("# Publications\n\n- Okafor, A. (2023). Carbon taxes and firm entry. *Journal of Public Economics*, "
          "forthcoming.\n- Okafor A, Park J. Lead exposure and cognitive outcomes in children. *Pediatrics*. In press.\n"
          "- Okafor, A. (2022). Tariffs and retail prices. *Journal of International Economics*, 12(3), 1-20.\n")
    pubs = read_markup("pubs.md", md, db, extractor="crf").publications
    assert [p.status for p in pubs] == ["accepted", "accepted", "published"]


def test_a_plain_citation_the_labeller_reads_nothing_of_is_read_by_the_rules(db):
    """Plain citations with no year of their own and no markup under a year's heading ("## 2021", then "- A and B.
    Title. Journal, 12(3).") were no record at all: the labeller, trained on text that mostly has years, read every
    word as no field. The rules read them, when their reading is a whole citation (a title, authors, and a venue or
    year); a BibTeX entry a page shows is still no paper."""
    md = ("# Papers\n\n## 2021\n\n- Bo Chen and Ann Lee. Gadget models at scale for small teams. Journal of Widgets,"
          " 12(3).\n- Cy Park, Di Wu and Ed Fox. Sprocket models at scale for small teams. Journal of Widgets, 12(3).\n"
          "\n## 2020\n\n- Bo Chen. Gear models for teams. Journal of Widgets, 2020-03-02.\n\n"
          "```\n@article{chen2020gear,\n  title={Gear models for teams},\n  author={Chen, Bo}\n}\n```\n")
    pubs = read_markup("papers.md", md, db).publications
    assert sorted((p.title, p.authors, p.year) for p in pubs) == [
        ("Gadget models at scale for small teams", ["Bo Chen", "Ann Lee"], 2021),
        ("Gear models for teams", ["Bo Chen"], 2020),
        ("Sprocket models at scale for small teams", ["Cy Park", "Di Wu", "Ed Fox"], 2021)]
