"""The shared normalization stage (pubnorm/normalize.py): one status rule for every reader.

(Names, titles and citation numbers, also normalize.py's, are tested with the rest of issue 13 in test_fidelity.py.)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pubnorm.model import Publication
from pubnorm.normalize import names_of_text, normalize_publication, preprint_venue, read_locator, settle_status
from pubnorm.pipeline import Options, run


@pytest.mark.parametrize("pub, status", [
    (Publication(title="T", year=2024), "unknown"),  # a year alone: not a preprint
    (Publication(title="T", ids={"arxiv": "2401.00001"}), "preprint"),
    (Publication(title="T", venue_raw="Journal of Things"), "published"),  # a venue the database lacks
    (Publication(title="T", status="under review", venue_raw="Nature"), "under review"),  # what the source said
    (Publication(title="T", entry_type="book", publisher="MIT Press"), "published"),  # a book at its press
    (Publication(title="T", publisher="Widget Institute"), "unknown"),  # a publisher of a work of no known kind
])
def test_one_status_rule(pub, status):  # type: ignore[no-untyped-def]
    settle_status(pub)
    assert pub.status == status


@pytest.mark.parametrize("text, want", [
    ("35(1), 9-17", ("35", "1", "9--17", None)),  # APA
    ("vol. 16, no. 8, pp. 1-5", ("16", "8", "1--5", None)),  # IEEE
    ("12:34-56", ("12", None, "34--56", None)),  # ecology
    ("626, 517–522", ("626", None, "517--522", None)),  # Nature
    ("(Vol. 10598, p. 105980S)", ("10598", None, "105980S", None)),  # SPIE
    ("(pp. 570-575)", (None, None, "570--575", None)),
    ("Article 42", (None, None, None, "42")),
    ("28(1), 015002", ("28", "1", "015002", None)),
    ("2(3-4): 12–19", ("2", "3-4", "12--19", None)),
    ("17, e1009", ("17", None, "e1009", None)),
    ("12, 3, 45-67", ("12", "3", "45--67", None)),  # ACS after its year: volume, issue, pages
    ("44(Suppl. 1), S12-S19", ("44", "Suppl. 1", "S12--S19", None)),
    ("Bd. 3, S. 45-67", ("3", None, "45--67", None)),
    ("316.22", ("316", "22", None, None)),  # MLA volume.issue
    ("85, no. 2 (2017): 312–47", ("85", "2", "312--347", None)),  # Chicago, its year between; 47 is 347
    ("552", ("552", None, None, None)),
    ("1980-2014", (None, None, None, None)),  # a span of years (a title's), no pages
    ("70, 1920-1935", ("70", None, "1920--1935", None)),  # ... but pages after a volume
])
def test_a_citations_locator_is_read_as_volume_issue_and_pages(text, want):  # type: ignore[no-untyped-def]
    pub = Publication(title="T")
    read_locator(pub, text)
    assert (pub.volume, pub.number, pub.pages, pub.article_number) == want


def test_a_locator_fills_only_what_the_record_lacks():
    pub = Publication(title="T", volume="7", pages="1--2")
    read_locator(pub, "35(1), 9-17")
    assert (pub.volume, pub.number, pub.pages) == ("7", "1", "1--2")


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


def test_a_role_written_in_chinese_after_a_name_is_its_mark():
    """"李硕（通讯作者）": the corresponding author in Chinese, in full-width or ASCII brackets; "（共同第一作者）" is a
    co-first author."""
    from pubnorm.normalize import CORRESPONDING, EQUAL, clean_name

    assert clean_name("李硕（通讯作者）") == ("李硕", frozenset({CORRESPONDING}))
    assert clean_name("马丁 (通讯作者)") == ("马丁", frozenset({CORRESPONDING}))
    assert clean_name("王敏（共同第一作者）") == ("王敏", frozenset({EQUAL}))


def test_a_role_written_in_english_after_a_name_is_no_part_of_it():
    """"Okafor H (First), Lind I, Moreau H. Title": a data file's author string with the owner's role in brackets was
    read as a name "First" (a bioinformatics lab's list: "(First)", "(Joint-First)"); the co-first and co-corresponding
    notes other pages write are roles too, and "(First)" marks none."""
    from pubnorm.normalize import CORRESPONDING, EQUAL, clean_name
    from pubnorm.text import split_name_list, without_marks

    assert clean_name("Okafor H (First)") == ("Okafor H", frozenset())
    assert clean_name("Okafor H (Joint-First)") == ("Okafor H", frozenset({EQUAL}))
    assert clean_name("A. Lind (co-first author)") == ("A. Lind", frozenset({EQUAL}))
    assert clean_name("Jie Okafor (co-corresponding author)") == ("Jie Okafor", frozenset({CORRESPONDING}))
    assert clean_name("B. Moreau (Corresponding Author)") == ("B. Moreau", frozenset({CORRESPONDING}))
    names, _ = split_name_list("Okafor H (First), Lind I, Moreau H, Kang D")
    assert [without_marks(n) for n in names] == ["Okafor H", "Lind I", "Moreau H", "Kang D"]



def test_any_role_of_a_few_words_ending_in_author_after_a_name_is_no_part_of_it():
    """"Junkyu Kang, Soyoung Lee (co-leading author), Yonghwi Kwon" in a lab's data file (and "(joint lead author)",
    "(shared first author)", "(senior author)" on other pages): the role was read as the name, its surname
    "author". A co-leading, joint lead or shared first author is an equal contribution; a senior or presenting
    author marks no role."""
    from pubnorm.normalize import EQUAL, clean_name

    assert clean_name("Soyoung Lee (co-leading author)") == ("Soyoung Lee", frozenset({EQUAL}))
    assert clean_name("B. Kim (joint lead author)") == ("B. Kim", frozenset({EQUAL}))
    assert clean_name("G. Po (Shared first author)") == ("G. Po", frozenset({EQUAL}))
    assert clean_name("C. Li (senior author)") == ("C. Li", frozenset())
    assert clean_name("F. Ode (as presenting author)") == ("F. Ode", frozenset())
    assert clean_name("Okafor H (Authors)") == ("Okafor H (Authors)", frozenset())  # no role said

def test_a_paper_with_an_arxiv_id_and_no_venue_appeared_on_arxiv(db):  # type: ignore[no-untyped-def]
    """Every reader: no venue and an arXiv id -> venue arXiv (matched, not written in), a preprint; a status the
    source gave stays (submitted, under review); a paper that appeared, or names a venue, is left alone."""
    def venue(**kw: object) -> tuple[str | None, str]:
        p = Publication(title="T", ids={"arxiv": "2503.02670"}, **kw)  # type: ignore[arg-type]
        preprint_venue(p, db)
        return (p.venue.venue.id if p.venue and p.venue.venue else None), p.status

    assert venue() == ("arxiv", "preprint")
    assert venue(status="under review") == ("arxiv", "under review")
    assert venue(status="published") == (None, "published")
    assert venue(venue_raw="Icarus") == (None, "unknown")


def test_a_bibtex_author_list_parted_by_commas_alone_is_its_names():
    """`author={Gabriel Sarch, Yue Wu, Michael J. Tarr, Katerina Lind}` (no "and"): BibTeX's one name has three
    comma-parted parts at most, the middle a suffix; this was read as one name ("Sarch"). "Last, Jr, First" stays."""
    from pubnorm.normalize import bibtex_names

    assert bibtex_names("Gabriel Herbert Sarch, Yue Wu, Michael J. Tarr, Katerina Lind") == (
        ["Gabriel Herbert Sarch", "Yue Wu", "Michael J. Tarr", "Katerina Lind"], False)
    assert bibtex_names("Smith, Jr., John and Doe, Jane") == (["John Smith, Jr.", "Jane Doe"], False)
    assert bibtex_names("van der Berg, Jan Piet and others") == (["Jan Piet van der Berg"], True)


def test_a_list_written_surname_first_with_initials_after_is_read_so():
    """"Smith JA, Doe B, Roe C" (Vancouver, PubMed): BibTeX reads "Smith JA" as given name Smith, surname JA, so
    the export said "JA" was the surname and made the key "ja1992..."; the list is now known for what it is. A
    list of given names and short surnames in capitals ("Jun MA, Bo LI") is not."""
    from pubnorm.normalize import bibtex_name, name_parts, same_person, surname_first

    assert surname_first(["Smith JA", "Doe B", "Roe C"])
    assert surname_first(["Li X", "Wang ZH", "Consortium"])  # a one-word name says nothing
    assert not surname_first(["Jun MA", "Bo LI"]) and not surname_first(["Ting GE", "Hao DU"])
    assert not surname_first(["Smith, J", "Doe, B"]) and not surname_first(["J. A. Smith", "B. Doe"])
    # ... and with dotted initials ("Bresinsky A.", "Smith J.A."): BibTeX read "J.A." and "A." as the surnames
    assert surname_first(["Smith J.A.", "Doe B."]) and surname_first(["Bresinsky A."])
    assert bibtex_name("Smith J.A.", True) == "Smith, J. A." and bibtex_name("Dupont J.-P.", True) == "Dupont, J.-P."
    assert not surname_first(["Ada Lovelace", "Alan Turing"]) and not surname_first(["JA MB"])
    assert tuple(name_parts("van der Berg JA", True)) == ("J. A.", "van der", "Berg", "")
    assert tuple(name_parts("Smith JA")) == ("Smith", "", "JA", "")  # alone, BibTeX's reading
    assert bibtex_name("Smith JA", True) == "Smith, J. A." and bibtex_name("van der Berg J", True) == "van der Berg, J."
    assert same_person("Smith JA", "Jane A. Smith") and not same_person("Smith JA", "Bob Smith")


def test_a_last_page_written_short_is_read_in_full():
    """NLM and Vancouver styles shorten the last page ("2013;152(1):105-13" is pages 105 to 113); the export said
    "105--13". A last page that is not a shortened one stays as written."""
    from pubnorm.model import Publication
    from pubnorm.normalize import read_citation_numbers, read_locator

    for text, want in (("152(1):105-13", "105--113"), ("28(1):70-5", "70--75"), ("12, 1995-2003", "1995--2003"),
                       ("pp. 1187-93", "1187--1193"), ("pp. 105-3", "105--3"), ("pp. 45-67", "45--67")):
        pub = Publication(title="T")
        read_locator(pub, text)
        assert pub.pages == want, (text, pub.pages)
    pub = Publication(title="T")
    read_citation_numbers(pub, "Nature 123(4):561-78")
    assert pub.pages == "561--578"


def test_one_word_before_a_comma_and_a_suffix_like_initial_is_last_first():
    """"Aa, V." (a Vancouver "Aa V" as the BibTeX writer gives it back) was read as "First Last, Jr." with no given
    name, and came back "Aa, V."; BibTeX reads it as Last, First. "John Smith, Jr." still has its suffix."""
    from pubnorm.normalize import display_name, name_parts

    assert display_name(name_parts("Aa, V.")) == "V. Aa"
    assert name_parts("John Smith, Jr.").jr == "Jr."


def test_dblps_number_for_homonyms_is_no_part_of_a_name():
    """DBLP tells homonyms apart by a number after the name ("Ling Song 0001"), and a site made from its export keeps
    it: the surname read was "0001" (its paper's authors compared wrong, its key and BibTeX name with the number).
    A year or another number that is not DBLP's (no leading zero) is left as written."""
    from pubnorm.normalize import EQUAL, clean_name

    assert clean_name("Ling Song 0001") == ("Ling Song", frozenset())
    assert clean_name("Takanori Isobe 0001*") == ("Takanori Isobe", frozenset({EQUAL}))
    assert clean_name("Ada Lee 2020")[0] == "Ada Lee 2020" and clean_name("0001")[0] == "0001"


@pytest.mark.parametrize(("names", "want"), [
    (["Issue 3", "Christopher Faulkner", "Joshua E. Lambert"], ["Christopher Faulkner", "Joshua E. Lambert"]),
    (["Kumar S", "de Pater I", "Volume"], ["Kumar S", "de Pater I"]),
    (["2. Wosen JE", "Chen G"], ["Wosen JE", "Chen G"]),
    (["Huang AW", "Tan MC. 2022"], ["Huang AW", "Tan MC"]),
    (["The 1000 Genomes Project Consortium", "Ada Okafor"], ["The 1000 Genomes Project Consortium", "Ada Okafor"]),
])
def test_what_a_citation_left_in_an_author_list_is_no_name(names, want):  # type: ignore[no-untyped-def]
    """Read from a page's text, a list kept a locator as a name ("..., Issue 3, Christopher Faulkner, ..." on a
    political scientist's page; "Volume" on an engineering group's), a numbered list's number on its first name
    ("2. Wosen JE", a lab's page) and the year on its last ("Tan MC. 2022", a CV)."""
    assert names_of_text(names) == want
    assert normalize_publication(Publication(title="T", authors=list(names))).authors == want


def test_a_sources_own_author_field_keeps_every_name():  # type: ignore[no-untyped-def]
    pub = Publication(title="T", authors=["Issue 3", "Ada Okafor"], as_written={"author": "Issue 3 and Ada Okafor"})
    assert normalize_publication(pub).authors == ["Issue 3", "Ada Okafor"]


def test_a_stray_comma_before_and_ends_no_part_of_a_bibtex_name():
    """`author={Suzuki, Sara and Morris, Stacy L, and Johnson, Sara K}` (an al-folio .bib): the comma before "and"
    made "Morris, Stacy L," three parts, read as two names ("Morris", "Stacy L"): 8 of 11 papers' authors wrong."""
    from pubnorm.normalize import bibtex_names

    assert bibtex_names("Suzuki, Sara and Morris, Stacy L, and Johnson, Sara K") == (
        ["Sara Suzuki", "Stacy L Morris", "Sara K Johnson"], False)
    assert bibtex_names("Suzuki, Sara and Morris, Stacy L, and {\\\"O}zcan, Fatma")[0] == [
        "Sara Suzuki", "Stacy L Morris", "Fatma Özcan"]
    # a list parted by commas alone is still several names
    assert bibtex_names("Ada Okafor, Ben Lind, Rui Moreau")[0] == ["Ada Okafor", "Ben Lind", "Rui Moreau"]

