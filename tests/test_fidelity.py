"""Issue 13: nothing the user wrote is lost. Complete records, faithful BibTeX in and out, nothing invented."""

from __future__ import annotations

import csv
import io
import json
import pickle
from pathlib import Path

import bibtexparser
import pytest

from pubnorm.model import Publication, SourceLoc
from pubnorm.pipeline import run
from pubnorm.sources.bibtex import read_bibtex
from pubnorm.writers.bibtex import write_bibtex
from pubnorm.writers.csvout import write_csv
from pubnorm.writers.jsonout import write_json

FULL = r"""@article{x2018,
  author = {Xiao, Wei* and van der Berg, Jan Willem and Smith, Jr., John and Plato},
  title = {Mutual Information in {DNA}: a $\alpha$-divergence view},
  journal = {Entropy},
  volume = {20}, number = {7}, pages = {501--520}, eid = {e501},
  publisher = {MDPI}, address = {Basel}, month = jul, issn = {1099-4300},
  year = {2018}, doi = {10.3390/e20070501},
  abstract = {We study 100\% of things.}, keywords = {entropy; information},
  note = {Extended version},
  code = {https://github.com/x/y}, website = {https://x.github.io/proj}, slides = {https://x.org/s.pdf},
  abbr = {Entropy}, selected = {true}, bibtex_show = {true}, preview = {x.png}, google_scholar_id = {_kc_b}
}

@phdthesis{doe2020,
  author = {Doe, Jane},
  title = {Homepage Mining},
  school = {Stanford University},
  year = {2020}
}
"""


def _fields(text: str) -> dict[str, dict[str, str]]:
    lib = bibtexparser.parse_string(text)
    assert not lib.failed_blocks
    return {e.key: {f.key: f.value for f in e.fields} | {"@type": e.entry_type} for e in lib.entries}


@pytest.fixture
def full(db, tmp_path: Path) -> list[Publication]:
    path = tmp_path / "full.bib"
    path.write_text(FULL, encoding="utf-8")
    return run([path], db).publications


def test_a_bib_record_carries_every_field(full):
    x = full[0]
    assert (x.entry_type, x.key, x.volume, x.number, x.pages, x.article_number) == ("article", "x2018", "20", "7", "501--520", "e501")
    assert (x.publisher, x.address, x.month, x.issn, x.note) == ("MDPI", "Basel", "jul", "1099-4300", "Extended version")
    assert x.abstract == "We study 100% of things." and x.keywords == ["entropy", "information"]
    assert x.links == {"code": "https://github.com/x/y", "project": "https://x.github.io/proj", "slides": "https://x.org/s.pdf"}
    assert x.urls == []  # code and project pages are not the paper
    assert x.extra == {"abbr": "Entropy", "selected": "true", "bibtex_show": "true", "preview": "x.png", "google_scholar_id": "_kc_b"}
    assert full[1].entry_type == "phdthesis" and full[1].school == "Stanford University"


def test_names_lose_their_marks_and_record_them(full):
    x = full[0]
    assert x.authors == ["Wei Xiao", "Jan Willem van der Berg", "John Smith, Jr.", "Plato"]
    assert x.equal_contribution == ["Wei Xiao"] and x.corresponding == []


def test_bibtex_in_bibtex_out_keeps_keys_types_and_fields(full):
    text, _ = write_bibtex(full)
    out = _fields(text)
    assert out["x2018"]["@type"] == "article" and out["doe2020"]["@type"] == "phdthesis"
    assert out["doe2020"]["school"] == "Stanford University" and out["doe2020"]["author"] == "Doe, Jane"
    x = out["x2018"]
    assert x["title"] == r"Mutual Information in {DNA}: a $\alpha$-divergence view"  # LaTeX as written
    assert x["author"] == "Wei Xiao and Jan Willem van der Berg and Smith, Jr., John and Plato"
    assert x["journal"] == "Entropy" and x["volume"] == "20" and x["pages"] == "501--520" and x["eid"] == "e501"
    assert x["code"] == "https://github.com/x/y" and x["website"] == "https://x.github.io/proj"
    assert x["google_scholar_id"] == "_kc_b" and x["selected"] == "true" and x["abstract"] == r"We study 100\% of things."
    assert "url" not in x
    assert "  month = jul,\n" in text  # the month macro stays a macro


def test_export_read_export_is_byte_identical(full, db, tmp_path):
    text, _ = write_bibtex(full)
    (tmp_path / "o.bib").write_text(text, encoding="utf-8")
    assert write_bibtex(run([tmp_path / "o.bib"], db).publications)[0] == text


def test_json_and_csv_carry_the_new_fields(full):
    rec = json.loads(write_json(full))[0]
    assert rec["entry_type"] == "article" and rec["volume"] == "20" and rec["links"]["code"] == "https://github.com/x/y"
    assert rec["extra"]["abbr"] == "Entropy" and rec["equal_contribution"] == ["Wei Xiao"] and rec["venue_raw"] == "Entropy"
    rows = list(csv.DictReader(io.StringIO(write_csv(full))))
    assert rows[0]["pages"] == "501--520" and rows[0]["code"] == "https://github.com/x/y" and rows[1]["school"] == "Stanford University"
    assert list(rows[0])[:3] == ["key", "title", "label"]  # the first release's columns keep their places


def test_rekey_makes_new_keys(full):
    text, _ = write_bibtex(full, rekey=True)
    assert set(_fields(text)) == {"xiao2018mutual", "doe2020homepage"}


def test_merged_entries_keep_the_first_key_and_list_the_others_as_ids(db, tmp_path):
    (tmp_path / "a.bib").write_text("@inproceedings{roe2024, title={Robust Parsing of Noisy Homepages}, author={Roe, Jane},"
                                    " booktitle={ACL}, year={2024}, doi={10.1/abc}}\n", encoding="utf-8")
    (tmp_path / "b.bib").write_text("@misc{RoeParsing, title={Robust parsing of noisy homepages}, author={Jane Roe},"
                                    " year={2024}, doi={10.1/ABC}}\n", encoding="utf-8")
    pubs = run([tmp_path / "a.bib", tmp_path / "b.bib"], db).publications
    assert len(pubs) == 1
    out = _fields(write_bibtex(pubs)[0])
    assert list(out) == ["roe2024"] and out["roe2024"]["ids"] == "RoeParsing"


def test_made_keys_do_not_move_when_the_page_changes(db, tmp_path):
    """A key made for a page record depends on that record only: adding or removing other entries, even ones
    with the same first author, year and title word, leaves it alone (unless its own base is shared)."""
    page = tmp_path / "p.md"
    one = "- **Robust Parsing of Noisy Homepages**  \n  Jane Roe, Bob Li  \n  *ACL 2024*\n"
    two = "- **Fast Retrieval with Sparse Indexes**  \n  Ann Lee, Bob Li  \n  *EMNLP 2023*\n"
    page.write_text("# Publications\n\n" + one + "\n" + two, encoding="utf-8")
    first = json.loads(write_json(run([page], db).publications))
    page.write_text("# Publications\n\n" + two + "\n- **Another Paper on Graphs**  \n  Zed Ko  \n  *KDD 2022*\n\n" + one,
                    encoding="utf-8")
    second = json.loads(write_json(run([page], db).publications))
    keys = {r["title"]: r["key"] for r in second}
    assert all(keys[r["title"]] == r["key"] for r in first)


def test_a_preprint_under_review_is_misc_with_eprint_and_a_note_not_a_booktitle(db, tmp_path):
    page = tmp_path / "p.md"
    page.write_text("# Publications\n\n- **Sparse Probes for Streaming Video**\n  Jane Roe, John Doe\n"
                    "  arXiv preprint arXiv:2602.02908 (under review at ICML)\n", encoding="utf-8")
    out = _fields(write_bibtex(run([page], db).publications)[0])
    (entry,) = out.values()
    assert entry["@type"] == "misc" and "booktitle" not in entry and "journal" not in entry
    assert entry["eprint"] == "2602.02908" and entry["archiveprefix"] == "arXiv" and entry["note"] == "Under review at ICML"


def test_bibtex_keeps_primary_class_and_eprint_version(db, tmp_path):
    (tmp_path / "a.bib").write_text("@misc{k, title={T}, author={A B}, year={2024}, eprint={2401.00001v2},"
                                    " archivePrefix={arXiv}, primaryClass={cs.CL}}\n", encoding="utf-8")
    out = _fields(write_bibtex(run([tmp_path / "a.bib"], db).publications)[0])["k"]
    assert (out["eprint"], out["archiveprefix"], out["primaryclass"]) == ("2401.00001v2", "arXiv", "cs.CL")


def test_an_arxiv_eprint_with_no_journal_appeared_on_arxiv_and_its_entry_gains_no_field(db, tmp_path):
    """'@misc{k, eprint={2503.02670}, archivePrefix={arXiv}}' (arXiv's own BibTeX, al-folio's papers.bib): the record's
    venue is arXiv, a preprint (it had none); the entry written back has the same fields, no journal added. An entry
    with a journal keeps it."""
    (tmp_path / "a.bib").write_text("@misc{k, title={Tides of Icy Moons}, author={A B}, year={2025}, eprint={2503.02670},"
                                    " archivePrefix={arXiv}, primaryClass={cs.CL}}\n"
                                    "@article{j, title={Heat Flow}, author={A B}, year={2024}, journal={Icarus},"
                                    " eprint={2401.00001}, archivePrefix={arXiv}}\n", encoding="utf-8")
    pubs = run([tmp_path / "a.bib"], db, dedupe=False).publications
    rec = {r["key"]: r for r in json.loads(write_json(pubs))}
    assert rec["k"]["venue"]["acronym"] == "arXiv" and rec["k"]["status"] == "preprint" and rec["k"]["venue_raw"] is None
    assert rec["j"]["venue"]["name"] == "Icarus"
    out = _fields(write_bibtex(pubs)[0])
    assert set(out["k"]) == {"@type", "title", "author", "year", "eprint", "archiveprefix", "primaryclass"}


def test_venue_written_canonically_only_when_matched_with_confidence(db, tmp_path):
    (tmp_path / "a.bib").write_text("@inproceedings{a, title={T}, author={A B}, year={2024}, booktitle={Proc. ACL 2024}}\n"
                                    "@inproceedings{b, title={U}, author={A B}, year={2024}, booktitle={NeuIPS}}\n",
                                    encoding="utf-8")
    pubs = run([tmp_path / "a.bib"], db, dedupe=False).publications
    out = _fields(write_bibtex(pubs)[0])
    assert out["b"]["booktitle"] == "NeuIPS"  # a fuzzy match: written as the source wrote it
    assert json.loads(write_json(pubs))[1]["venue_raw"] == "NeuIPS"


def test_collection_items_fill_fields_and_typed_links(db, tmp_path):
    item = tmp_path / "_publications" / "2021-thesis.md"
    item.parent.mkdir()
    item.write_text("---\ntitle: Homepage Mining\ncollection: publications\nauthors: ['Jane Roe*', 'Bob Li✉']\n"
                    "publication: Stanford University\npublication_types: ['7']\ndate: 2021-06-01\nvolume: 3\n"
                    "pages: 1-20\nurl_pdf: https://x.org/t.pdf\nurl_code: https://github.com/x/t\n"
                    "links:\n  - name: Slides\n    url: https://x.org/s\nabbr: PhD\n---\n", encoding="utf-8")
    (pub,) = run([tmp_path], db).publications
    assert pub.authors == ["Jane Roe", "Bob Li"] and pub.equal_contribution == ["Jane Roe"] and pub.corresponding == ["Bob Li"]
    assert pub.links == {"pdf": "https://x.org/t.pdf", "code": "https://github.com/x/t", "slides": "https://x.org/s"}
    assert (pub.volume, pub.pages, pub.extra) == ("3", "1-20", {"abbr": "PhD"})
    out = _fields(write_bibtex([pub])[0])
    (entry,) = out.values()
    assert entry["@type"] == "phdthesis" and entry["school"] == "Stanford University"


def test_the_keys_of_a_data_file_and_a_collection_item_are_kept_as_written(db, tmp_path):
    """`pdfLink:`, `Citations:` in a site's data file or a collection item's front matter came out as `pdflink`,
    `citations`: a key the source had was not given back as it wrote it. Bibliographic fields are still read
    whatever their case (`Volume:`)."""
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data" / "pubs.yml").write_text(
        '- Title: "Widget flows in Bayesian models"\n  Authors: "Ana Lee and Jo Park"\n  Journal: "Journal of '
        'Widget Statistics"\n  Year: 2022\n  Volume: 4\n  pdfLink: "files/widget.pdf"\n  Citations: 12\n',
        encoding="utf-8")
    item = tmp_path / "_publications" / "2021-roads.md"
    item.parent.mkdir()
    item.write_text("---\ntitle: Roads of Widgets\ncollection: publications\nauthors: ['Jane Roe']\n"
                    "date: 2021-06-01\nFundingAgency: Widget Council\nPages: 1-20\n---\n", encoding="utf-8")
    pubs = {p.title: p for p in run([tmp_path], db).publications}
    flows, roads = pubs["Widget flows in Bayesian models"], pubs["Roads of Widgets"]
    assert (flows.volume, flows.extra) == ("4", {"pdfLink": "files/widget.pdf", "Citations": "12"})
    assert (roads.pages, roads.extra) == ("1-20", {"FundingAgency": "Widget Council"})
    assert json.loads(write_json([flows]))[0]["extra"] == {"pdfLink": "files/widget.pdf", "Citations": "12"}


@pytest.mark.parametrize(("name", "parts"), [
    ("van der Berg, Jan Willem", ("Jan Willem", "van der", "Berg", "")),
    ("Smith, Jr., John", ("John", "", "Smith", "Jr.")),
    ("John Smith, Jr.", ("John", "", "Smith", "Jr.")),
    ("Jan Willem van der Berg", ("Jan Willem", "van der", "Berg", "")),
    ("Plato", ("", "", "Plato", "")),
], ids=["von-last-first", "last-jr-first", "first-last-jr", "reading-order-von", "single"])
def test_names_are_parsed(name, parts):
    from pubnorm.normalize import name_parts

    assert tuple(name_parts(name)) == parts


@pytest.mark.parametrize(("raw", "name", "roles"), [
    ("Zhihang Yuan*", "Zhihang Yuan", {"equal_contribution"}),
    ("Jane Roe†", "Jane Roe", {"corresponding"}),
    (r"Ann Lee\*", "Ann Lee", {"equal_contribution"}),
    ("Chen Xu✉", "Chen Xu", {"corresponding"}),
    ("Bo Li^{‡}", "Bo Li", set()),
    ("Marie Curie¹²", "Marie Curie", set()),
    ("Li Wei1,2", "Li Wei", set()),
    ("Jo Ko✱", "Jo Ko", {"equal_contribution"}),
    ("Al Bo§", "Al Bo", set()),
], ids=["star", "dagger", "escaped-star", "envelope", "double-dagger", "superscripts", "glued-digits", "heavy-star",
        "section"])
def test_contribution_marks_are_removed_and_recorded(raw, name, roles):
    from pubnorm.normalize import clean_name, clean_names

    assert clean_name(raw) == (name, frozenset(roles))
    names, marks = clean_names([raw])
    assert names == [name] and {k for k, v in marks.items() if v} == roles


def test_decorative_emoji_are_not_part_of_a_title():
    from pubnorm.normalize import clean_title

    assert clean_title("🔥 HybridVLA: Collaborative Diffusion ✨") == "HybridVLA: Collaborative Diffusion"


def test_every_field_survives_pickling(db):
    pub = read_bibtex("f.bib", FULL, db).publications[0]
    pub.sources.append(SourceLoc("x.md", 1))
    assert pickle.loads(pickle.dumps(pub)) == pub


def test_ascii_never_writes_a_question_mark_and_names_what_it_kept(db):
    pub = Publication(title="360° views ≤ 5 μm of 中文 data?", authors=["Zoë Ångström"], year=2024)
    text, warnings = write_bibtex([pub], ascii=True)
    assert text.count("?") == 1  # the title's own
    assert "{\\textdegree}" in text and "\\leq" in text and "\\mu" in text and "中文" in text
    assert any("中" in w and "文" in w and "no ASCII spelling" in w for w in warnings)
    assert read_bibtex("x.bib", text, db).publications[0].title == pub.title


@pytest.mark.parametrize(("text", "want"), [
    ("Proceedings of SCiL 2023, pages 69–84, Amherst, MA", (None, None, "69--84")),
    ("IEEE TPAMI, vol. 12, no. 3, pp. 45-67, 2020", ("12", "3", "45--67")),
    ("Nature 123(4):56-78, 2020", ("123", "4", "56--78")),
    ("NeurIPS 2024", (None, None, None)),
], ids=["pages-word", "vol-no-pp", "vol-issue-pages", "none"])
def test_citation_lines_fill_volume_number_pages(text, want):
    from pubnorm.normalize import normalize_publication

    pub = normalize_publication(Publication(title="T", venue_raw=text))
    assert (pub.volume, pub.number, pub.pages) == want


@pytest.mark.parametrize("text", ["$μ̈$ and q̈", "x̃y", "🔥 Δ ≤ 360° μ"], ids=["math-accent", "letter-accent", "symbols"])
def test_characters_pdflatex_lacks_are_spelled_and_read_back(text):
    import unicodedata

    from pubnorm.latex import escape, to_text
    from pubnorm.normalize import as_exported

    for ascii in (False, True):
        written = escape(text, ascii)
        assert "̈" not in written and "̃" not in written and "🔥" not in written
        assert to_text(written) == as_exported(unicodedata.normalize("NFC", text))


def test_a_sort_key_has_no_parentheses_natbib_would_read_as_a_year():
    text, _ = write_bibtex([Publication(title="10.1007/JHEP03(2019)192", year=2019)])
    assert "key = {10 1007 JHEP03 2019 192}" in text




def test_any_field_value_survives_export_and_reparse(db):
    """Any text in any field (modelled or not) reads back the same after export, and a second export is identical."""
    from hypothesis import example, given, settings
    from hypothesis import strategies as st

    from pubnorm.normalize import as_exported

    text_st = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40)

    @settings(max_examples=150, deadline=None)
    @given(text_st, text_st, text_st, text_st)
    @example("0", "0", "\xa0", "0")  # a no-break space alone was written as a note and read back as none
    @example("\xa0", "0", "0", "\u2003")
    def check(volume, publisher, note, extra):
        pub = Publication(title="T", authors=["A B"], year=2020, volume=volume, publisher=publisher, note=note,
                          extra={"abbr": extra}, key="k1")
        text, _ = write_bibtex([pub])
        back = read_bibtex("x.bib", text, db).publications[0]
        for got, want in ((back.volume, volume), (back.publisher, publisher), (back.note, note),
                          (back.extra.get("abbr"), extra)):
            assert (got or "") == as_exported(want)
        assert back.key == "k1"
        assert write_bibtex([back])[0] == text

    check()


def test_latex_from_a_bib_is_kept_only_when_it_is_inert(db):
    """A value as written is written back only when it runs nothing: `\\input`, `\\def`, `^^5c` or an unknown command
    (even in a field no style typesets) is written from its text, escaped; plain unknown fields stay exact."""
    bib = (r"@misc{k, title={\input{/etc/passwd} {DNA}}, author={A B}, year={2020}, sci={\def\x{y}}, "
           r"abbr={^^5cinput}, google_scholar_id={_kc_b%x}}" "\n")
    text, _ = write_bibtex(read_bibtex("x.bib", bib, db).publications)
    assert "\\input" not in text.replace("\\textbackslash{}input", "") and "\\def" not in text.replace("\\textbackslash{}def", "")
    assert "^^5c" not in text and "google_scholar_id = {_kc_b%x}" in text
