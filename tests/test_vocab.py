"""sources/vocab.py: the words that say what a piece of a page is (link words, notes on a paper, paper pages)."""

from __future__ import annotations

import pytest

from pubnorm.sources.reader import read_markup
from pubnorm.sources.vocab import LINK_WORD, name_shaped


@pytest.mark.parametrize("text", ["[pdf]", "Code & Model", "HAL Preprint", "Author Copy", "Supplementary Information",
                                  "Data and Code", "Reprint", "Accepted manuscript", "SI", "Supplemental Materials",
                                  "manuscript + supplementary material", "Author's copy", "Link to Paper",
                                  "Link to the CEPR Working Paper", "WP at RIETI", "Working paper at NBER",
                                  "PDF on SSRN"])
def test_what_a_papers_link_says_it_points_to(text: str):
    assert LINK_WORD.match(text)


@pytest.mark.parametrize("text", ["Sparse Widgets for Everyone", "Copy Number Variation in Mice",
                                  "Information Theory of Widgets", "Linking Widgets to Gadgets", "Learning at Scale",
                                  "Data at Scale"])
def test_a_title_is_no_link_word(text: str):
    assert not LINK_WORD.match(text)


def test_an_author_copy_and_its_supplement_are_one_papers_links_not_two_papers(db):
    """Two PDF links on one line ("[Author Copy](a.pdf) [Supplementary Information](b.pdf)") were read as two
    papers named in running text: two records with no title and the paper itself lost."""
    md = ("### 2022\n"
          "Okafor, E., H. Lind, and J. Moreau. Fire and the management of river deltas in southern Africa. "
          "*Quaternary Science Reviews* 289(107600):1-10. [[Journal](https://doi.org/10.1016/j.qsr.2022.1)] "
          "[[Author Copy](https://x.org/files/Okafor2022.pdf)] [[Supplementary Information](https://x.org/files/SI.pdf)]\n")
    pubs = read_markup("p.md", md, db).publications
    assert [(p.title, p.year) for p in pubs] == [("Fire and the management of river deltas in southern Africa", 2022)]


@pytest.mark.parametrize("text, kind", [("Publications and Other Products", True), ("Research Outputs", False),
                                        ("Journal Articles", True), ("Book Chapters and Edited Volumes", True),
                                        ("Other Outputs", True), ("Consumer Products and Brand Loyalty", False)])
def test_a_heading_naming_a_kind_of_papers(text: str, kind: bool):
    """NSF's "Publications and Other Products" names what the section lists (it was read as a paper's title)."""
    from pubnorm.sources.vocab import KIND_HEADING

    assert bool(KIND_HEADING.fullmatch(text)) is kind


@pytest.mark.parametrize("name, shaped", [
    ("Joana Maria de Souza Lima da Costa", True),  # five names and two particles
    ("Ana van der Berg", True),
    ("Ana Bia Cy Eva Flo Gil", False),  # six capitalised words: a phrase, not a name
    ("Results of the Survey 2021", False),
])
def test_a_name_may_have_five_names_besides_its_particles(name, shaped):
    assert name_shaped(name) is shaped


@pytest.mark.parametrize("href", ["https://ui.adsabs.harvard.edu/abs/2021MNRAS.501.1234O/abstract",
                                  "https://inspirehep.net/literature/1234567",
                                  "https://tc.copernicus.org/articles/15/1/2021/",
                                  "https://www.degruyter.com/document/doi/x/html",
                                  "https://muse.jhu.edu/article/123456", "https://philpapers.org/rec/OKATHO",
                                  "https://escholarship.org/uc/item/8xx1",
                                  "https://journals.sagepub.com/eprint/ABCDEF/full",
                                  "https://www.ingentaconnect.com/content/wk/phh/2021/00000027/00000001/art00001"])
def test_the_indexes_and_repositories_of_whole_fields_are_paper_pages(href: str):
    from pubnorm.sources.entries import is_paper_link

    assert is_paper_link(href)
    assert not is_paper_link("https://www.example.edu/~okafor/")
    assert not is_paper_link("http://hdl.handle.net/1912/7268")  # a repository's handle names data sets as often


def test_a_title_alone_that_links_to_its_paper_s_page_is_a_paper(db):
    """A list of titles, each a link and nothing else: a title that links to a paper's page (astronomy's ADS, a
    university repository's paper) is a paper; one that links to a person's page is not."""
    md = ("- [Tidal heating of icy moons and their subsurface oceans](https://ui.adsabs.harvard.edu/abs/2021x/abstract)\n"
          "- [Crust thickness estimates from libration measurements](https://escholarship.org/uc/item/8xx1)\n"
          "- [Ada Okafor's home page and her many projects](https://www.example.edu/~okafor/)\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [p.title for p in pubs] == ["Tidal heating of icy moons and their subsurface oceans",
                                       "Crust thickness estimates from libration measurements"]
