"""jemdoc pages (sources/jemdoc.py): the markup read as the HTML jemdoc makes of it, line for line."""

from __future__ import annotations

from pathlib import Path

import pytest

from pubnorm.model import Publication
from pubnorm.pipeline import Options, run
from pubnorm.sources.jemdoc import inline, to_html
from pubnorm.sources.labeller import MODEL_PATH
from pubnorm.venues import VenueDB

PAGE = """# jemdoc: menu{MENU}{publication.html}
= Publications

\\* equal contribution

== Journal Papers
. [https://doi.org/10.1000/abc.1 Stable gait synthesis for legged robots on soft ground]\\n
*R. Okafor*, M. Lindqvist, and T. Aoki\\n
/IEEE Transactions on Robotics/, vol. 40, pp. 1-14, 2024\\n
\\[[https://github.com/example/gait Code]\\]

. [https://arxiv.org/abs/2301.01234 Safe adaptive control with learned contraction metrics]\\n
M. Lindqvist, *R. Okafor*\\n
/Submitted/, 2023

== Talks
- Invited talk at a workshop, 2022
"""


def test_inline_markup():
    assert inline("[https://a.io/x Paper] and [https://b.io]") == \
        '<a href="https://a.io/x">Paper</a> and <a href="https://b.io">https://b.io</a>'
    assert inline("*R. Okafor*, /Nature/, +code+ \\n") == "<b>R. Okafor</b>, <i>Nature</i>, <code>code</code> <br>"
    assert inline("\\[\\*x\\] {{<span>raw</span>}} a/b/c") == "[*x] <span>raw</span> a/b/c"
    assert inline("$\\mathcal L_1$ 3 < 4") == "$\\mathcal L_1$ 3 &lt; 4"


def test_html_keeps_every_line_where_it_was():
    html = to_html(PAGE)
    lines = html.split("\n")
    assert lines[1] == "<h1>Publications</h1>"
    assert lines[6].startswith("<ol><li><a href=\"https://doi.org/10.1000/abc.1\">Stable gait synthesis")
    assert lines[8] == "<i>IEEE Transactions on Robotics</i>, vol. 40, pp. 1-14, 2024<br>"
    assert "<li><a href=\"https://arxiv.org/abs/2301.01234\">" in lines[11]
    assert lines[14] == "</li>" and lines[15].startswith("</ol><h2>Talks</h2>")  # a blank line ends an item
    assert len(lines) == len(PAGE.split("\n")) + 1


def _read_page(folder: Path, name: str, text: str, db: VenueDB) -> list[Publication]:
    """The publications of one jemdoc page written into `folder`, read as a folder is."""
    (folder / name).write_text(text, encoding="utf-8")
    return [p for prof in run([folder], db, Options()).profiles for p in prof.publications]


@pytest.mark.skipif(not MODEL_PATH.exists(), reason="the labeller model is not built")
def test_a_jemdoc_page_is_read_as_its_site_shows_it(tmp_path: Path, db):
    pubs = _read_page(tmp_path, "publication.jemdoc", PAGE, db)
    assert [(p.title, p.year, p.sources[0].line) for p in pubs] == [
        ("Stable gait synthesis for legged robots on soft ground", 2024, 7),
        ("Safe adaptive control with learned contraction metrics", 2023, 12)]
    assert pubs[0].authors == ["R. Okafor", "M. Lindqvist", "T. Aoki"]
    assert pubs[0].venue is not None and pubs[0].venue.venue is not None
    assert pubs[1].ids.get("arxiv") == "2301.01234"


COMMENTED = """== Conference
- [https://example.org/uai24 Private Exploration in Adversarial Decision Processes] \\n
#- [https://example.org/old Private Exploration in Adversarial Decision Processes (old link)] \\n
*Rui Okafor*, Lena Aoki and Jun Mori \\n
In the 40th Conference on Uncertainty in Artificial Intelligence (UAI), 2024.

- [https://example.org/ccs21 Range Queries under Local Differential Privacy] \\n
Lena Aoki, *Rui Okafor* \\n
# a note to self
In Proceedings of the 2021 ACM SIGSAC Conference on Computer and Communications Security (CCS), 2021.
"""


def test_a_comment_line_ends_no_item():
    """jemdoc drops a comment line as it reads the next one: the item runs on over it (a blank line ends it)."""
    html = to_html(COMMENTED)
    lines = html.split("\n")
    assert lines[2] == "" and lines[3].startswith("<b>Rui Okafor</b>, Lena Aoki")
    assert "</li>" not in "".join(lines[:5]) and lines[5] == "</li>"
    assert lines[8] == "" and lines[9].startswith("In Proceedings") and lines[10].startswith("</li>")
    assert len(lines) == len(COMMENTED.split("\n")) + 1


@pytest.mark.skipif(not MODEL_PATH.exists(), reason="the labeller model is not built")
def test_an_item_with_a_commented_line_keeps_its_authors_and_venue(tmp_path: Path, db):
    pubs = _read_page(tmp_path, "publications.jemdoc", COMMENTED, db)
    acronyms = [p.venue.venue.acronym if p.venue is not None and p.venue.venue is not None else None for p in pubs]
    assert [(p.title, p.authors, p.year, a) for p, a in zip(pubs, acronyms, strict=True)] == [
        ("Private Exploration in Adversarial Decision Processes", ["Rui Okafor", "Lena Aoki", "Jun Mori"], 2024, "UAI"),
        ("Range Queries under Local Differential Privacy", ["Lena Aoki", "Rui Okafor"], 2021, "CCS")]


def test_an_entry_read_again_in_the_pages_title_style_replaces_the_record_of_its_link(tmp_path: Path, db):
    """A preprint whose title is a link, with its authors and a status and no year: the labeller read no paper in
    it, and the link alone made a record named by the title with no authors. The page's other entries set their
    titles as links: read again, the entry is the paper, once."""
    page = ("# jemdoc: menu{MENU}{research.html}\n= Research\n\n== Preprints\n"
            "- [tidal.pdf Heteroscedastic Tensor Denoising] \\n\n*Ada Okafor*, Jan Moreau \\n\n/Under revision/ \\n\n\n"
            "== Publications\n")
    for n, (title, venue) in enumerate([("Ligand Exchange in Small Gold Clusters", "Journal of Chemical Physics"),
                                        ("A Survey of Cryovolcanism on Enceladus", "Icarus"),
                                        ("Sound Classification with Neural Networks", "Physical Review E")]):
        page += (f"- [https://arxiv.org/abs/230{n}.06198 {title}] \\n\nJan Moreau, *Ada Okafor* \\n\n"
                 f"/{venue}/, 202{n} \\n\n\n")
    pubs = _read_page(tmp_path, "research.jemdoc", page, db)
    tidal = [p for p in pubs if "Tensor" in (p.title or p.label or "")]
    assert len(pubs) == 4 and len(tidal) == 1
    assert tidal[0].title == "Heteroscedastic Tensor Denoising" and tidal[0].authors == ["Ada Okafor", "Jan Moreau"]


def test_definition_items_and_dashes_are_read_as_jemdoc_writes_them(tmp_path: Path, db):
    """`: {[ Title]}` over `Names --- Venue, 2022` (jemdoc's definition list, its `---` an em dash): the term and its
    definition were one run of text, the title read on into the authors and the venue into the names."""
    assert inline("A --- B -- C") == "A \u2014 B \u2013 C"
    html = to_html(": {Term one} first\n more\n\n: {Term two} second\n")
    assert "<dl><dt>Term one</dt><dd>first" in html and "</dd>" in html and "<dt>Term two</dt><dd>second" in html
    page = ("= Publications\n\n== Journals\n"
            ": {[ Constructing residential energy lifestyles with topic models]}\n"
            " *Ada Okafor*, Chad Lindqvist, Ram Aoki --- Applied Energy, 2022\n\n"
            ": {[ Economic benefits of solar heat pumps in a combined heat and power system]}\n"
            " Jian Wang, *Ada Okafor*, Ram Aoki. --- IEEE Transactions on Sustainable Energy, 2018\n")
    pubs = _read_page(tmp_path, "publication.jemdoc", page, db)
    assert [p.title for p in pubs] == ["Constructing residential energy lifestyles with topic models",
                                       "Economic benefits of solar heat pumps in a combined heat and power system"]
    assert [p.authors for p in pubs] == [["Ada Okafor", "Chad Lindqvist", "Ram Aoki"],
                                         ["Jian Wang", "Ada Okafor", "Ram Aoki"]]
    assert [p.year for p in pubs] == [2022, 2018]
    assert pubs[0].venue_raw.startswith("Applied Energy") and "Sustainable Energy" in pubs[1].venue_raw
