"""sources/rst.py: reStructuredText pages read as the HTML docutils would make of them, line for line."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from pubnorm.sources.jemdoc import source_lines
from pubnorm.sources.reader import detect_kind, read_profile
from pubnorm.sources.rst import inline, to_html

PAGE = """\
.. a comment that is no text
.. image:: photo.png
   :width: 200px

============
Publications
============

Journal articles
----------------

1) `Tidal heating of icy moons in resonant chains
<https://doi.org/10.1000/tidal>`_. Ada Okafor and Tomas Brandt. *Icarus*, 2021.

2) `Ocean worlds`_: a survey. Lena Quill. **Planetary Science Journal**, 2019.

Working papers
--------------

- Salt in the deep ocean, with ``code`` and :doi:`10.1000/salt`. Jan Moreau. Working paper, 2024.

A note before an example::

    1) not an entry: literal text

.. _Ocean worlds: https://example.org/ocean
"""


def test_every_source_line_is_one_output_line():
    assert to_html(PAGE).count("\n") == PAGE.count("\n")
    assert to_html("").count("\n") == 0


def test_titles_take_levels_in_the_order_their_adornments_are_met_and_adornments_are_no_text():
    out = to_html(PAGE).split("\n")
    assert out[5] == "<h1>Publications</h1>" and out[4] == "" and out[6] == ""  # overline and underline
    assert out[8] == "<h2>Journal articles</h2>" and out[9] == ""
    assert out[16] == "<h2>Working papers</h2>"


def test_comments_directives_and_targets_are_no_text_and_a_literal_block_is_preformatted():
    html = to_html(PAGE)
    assert "comment" not in html and "photo.png" not in html and "200px" not in html
    assert "https://example.org/ocean" in html  # the target's address, given to its reference
    out = html.split("\n")
    assert out[22].startswith("<pre>") and "1) not an entry" in out[23] and "<li>" not in out[23]


def test_inline_links_over_two_lines_references_and_roles():
    out = to_html(PAGE).split("\n")
    assert out[11] == ('<ol><li><a href="https://doi.org/10.1000/tidal">Tidal heating of icy moons in resonant chains'
                       "</a>")
    assert out[12].startswith(". Ada Okafor and Tomas Brandt. <i>Icarus</i>, 2021.")
    assert '<a href="https://example.org/ocean">Ocean worlds</a>: a survey.' in out[14]
    assert "<b>Planetary Science Journal</b>" in out[14]
    assert inline("with ``code`` and :doi:`10.1000/salt`", {}) == "with <code>code</code> and 10.1000/salt"
    assert inline("a <b> & c", {}) == "a &lt;b&gt; &amp; c"
    assert inline(":download:`PDF <pdfs/a.pdf>`", {}) == '<a href="pdfs/a.pdf">PDF</a>'  # Sphinx's explicit title


def test_a_publications_page_in_restructuredtext_gives_its_papers_at_their_lines(db, tmp_path: Path):
    path = tmp_path / "publications.rst"
    path.write_text(PAGE, encoding="utf-8")
    assert detect_kind(path, PAGE) == "rst"
    pubs = read_profile(path, db).publications
    got = {p.title: (p.sources[0].line, p.year) for p in pubs}
    assert got["Tidal heating of icy moons in resonant chains"] == (12, 2021)
    assert any(title.startswith("Ocean worlds: a survey") and line == 15 for title, (line, _) in got.items())
    assert not any("not an entry" in (p.title or "") for p in pubs)


CODE_BIBTEX = """\
Publications
============

Collaboration Papers
--------------------

* A. Okafor, B. Lind, *Tidal heating of icy moons in resonant chains*, Icarus 12 (2021) 1-9.

  In *BibTeX* format:

  .. code-block:: text

    @article{okafor2021,
        title   = {Tidal heating of icy moons in resonant chains},
        author  = {Okafor, Ada and Lind, Ben},
        journal = {Icarus},
        publisher = {{Elsevier}},
        year    = 2021,
    }

* B. Lind, A. Okafor, *Ocean worlds: a survey of subsurface seas* (2023), (arXiv:2301.00001).
"""


def test_bibtex_shown_in_code_blocks_is_read_as_bibtex_and_the_pages_list_too(db, tmp_path: Path):
    """A Sphinx page that shows each reference's BibTeX in a code block was read as a .bib (any "@article{" line
    made it one): the list's papers without a block were lost; and the blocks read by their keys' lines gave
    "{Title}" in braces and the publisher as the venue."""
    path = tmp_path / "citing.rst"
    path.write_text(CODE_BIBTEX, encoding="utf-8")
    assert detect_kind(path, CODE_BIBTEX) == "rst"
    pubs = read_profile(path, db).publications
    assert sorted((p.title, p.sources[0].line, p.venue.venue.id if p.venue and p.venue.venue else None)
                  for p in pubs) == [
        ("Ocean worlds: a survey of subsurface seas", 21, "arxiv"),
        ("Tidal heating of icy moons in resonant chains", 7, "j-icarus"),
        ("Tidal heating of icy moons in resonant chains", 13, "j-icarus")]  # the same paper twice: dedupe's
    # the page's text, kept for `check`, is the page's whole
    from pubnorm.sources.reader import ReadOptions

    assert read_profile(path, db, ReadOptions(keep_text=True)).text == CODE_BIBTEX


def test_an_address_broken_over_two_lines_is_one_address_and_the_lines_stay_apart():
    html = to_html("- `Title <https://example.org/a\nb>`_ and more\n")
    assert html.count("\n") == 2
    assert '<a href="https://example.org/ab">Title</a>' in html


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="`*_<>:|-=.#+ \t\n\r()aZ1", max_size=300))
def test_any_text_gives_one_output_line_per_source_line(text):
    assert to_html(text).count("\n") == len(list(source_lines(text)))


DIRECTIVES = """\
Publications
============

.. container:: pubs
   :name: list

   - Ada Okafor and Jan Moreau. Frost lines in young discs. *Icarus*, 2020.
   - Lena Quill and Ada Okafor. Cold traps on airless bodies. *Planetary Science Journal*, 2022.

.. rubric:: Conference papers

.. only:: html

   1. Jan Moreau and Lena Quill. Dust production in the debris discs of young stars. In *Proc. Cool Stars 20*, 2018.

.. raw:: html

   <ul><li>Ada Okafor and Lena Quill. Ice and dust in long-period comets. <i>Icarus</i>, 2017.</li></ul>

.. code-block:: text

   - not an entry: code

.. |logo| image:: logo.png
"""


def test_the_content_of_a_directive_is_read_as_text_below_its_options():
    out = to_html(DIRECTIVES).split("\n")
    assert out.count("") >= 5 and to_html(DIRECTIVES).count("\n") == DIRECTIVES.count("\n")
    assert "list" not in out[4] and out[4] == ""  # the option line is no text
    assert out[6] == "<ul><li>Ada Okafor and Jan Moreau. Frost lines in young discs. <i>Icarus</i>, 2020.</li>"
    assert out[7].startswith("<li>Lena Quill and Ada Okafor. Cold traps") and out[7].endswith("</li></ul>")
    assert out[9] == "<h6>Conference papers</h6>"  # an informal heading
    assert out[13].startswith("<ol><li>Jan Moreau and Lena Quill. Dust production")
    # raw HTML, as it is
    assert out[17] == ("<ul><li>Ada Okafor and Lena Quill. Ice and dust in long-period comets. <i>Icarus</i>, 2017."
                       "</li></ul>")


def test_items_parted_by_blank_lines_are_one_list_and_a_paragraph_ends_it():
    out = to_html("- a\n\n- b\n\n  - c\n\ntext\n\n- d\n#. e\n").split("\n")
    assert out[:9] == ["<html><body><ul><li>a</li>", "", "<li>b</li></ul>", "", "<ul><li>c</li></ul>", "",
                       "<p>text</p>", "", "<ul><li>d</li></ul>"]
    assert out[9].startswith("<ol><li>e</li></ol>")


def test_code_images_and_substitutions_are_no_text():
    html = to_html(DIRECTIVES)
    assert "not an entry" not in html and "logo" not in html


def test_papers_inside_directives_are_found_at_their_lines(db, tmp_path: Path):
    path = tmp_path / "publications.rst"
    path.write_text(DIRECTIVES, encoding="utf-8")
    got = {p.title: p.sources[0].line for p in read_profile(path, db).publications}
    assert got == {"Frost lines in young discs": 7, "Cold traps on airless bodies": 8,
                   "Dust production in the debris discs of young stars": 14, "Ice and dust in long-period comets": 18}


def test_the_lines_of_an_item_are_lines_as_in_markdown(db, tmp_path: Path):
    """A paper written over several source lines (title, authors, venue) keeps them apart, as a Markdown item's soft
    line breaks do: the labeller reads where each line ends."""
    page = ("Papers\n======\n\n"
            "  * **A Vision for Compute-free Storage Servers**,\n"
            "    Ada Okafor (VU Amsterdam) and Lena Quill (Hyperable),\n"
            "    In Proceedings of the 19th Workshop on Hot Topics in Operating Systems (HotOS '23).\n"
            "    :download:`PDF <pdfs/2023-hotos.pdf>`\n")
    path = tmp_path / "publications.rst"
    path.write_text(page, encoding="utf-8")
    [pub] = read_profile(path, db).publications
    assert (pub.title, pub.authors) == ("A Vision for Compute-free Storage Servers",
                                        ["Ada Okafor (VU Amsterdam)", "Lena Quill"])
    assert pub.venue_raw.startswith("Proceedings of the 19th Workshop on Hot Topics")


def test_a_rubric_names_its_section_as_a_heading_does(db, tmp_path: Path):
    path = tmp_path / "publications.rst"
    path.write_text(DIRECTIVES.replace("rubric:: Conference papers", "rubric:: Invited talks"), encoding="utf-8")
    got = {p.title for p in read_profile(path, db).publications}
    assert "Frost lines in young discs" in got and "Dust production in the debris discs of young stars" not in got


def test_the_content_of_a_class_directive_is_text():
    """`.. class:: pubs` gives its class to the elements of its content (the spec): they are read."""
    html = to_html(".. class:: pubs\n\n   - Ada Okafor. Frost lines in young discs. *Icarus*, 2020.\n")
    assert "<ul><li>Ada Okafor. Frost lines in young discs. <i>Icarus</i>, 2020.</li></ul>" in html


def test_a_substitution_is_the_text_its_definition_gives(db, tmp_path: Path):
    """`.. |ada| replace:: **Ada Okafor**` and "Jan Moreau and |ada|, *Title*": the owner's name written as a
    substitution was read as the literal "|ada|" and lost from every author list. A substitution stands for its
    `replace::` text (its markup read), an image's for no text, an unknown one stays as written; a line block's
    bar is none."""
    page = ("Papers\n======\n\n.. |ada| replace:: **Ada Okafor**\n.. |logo| image:: logo.png\n\n"
            "* Jan Moreau and |ada|, *Tidal Heating of Icy Moons with Thin Crusts*, Icarus 12, 2019. |logo|\n"
            "* |ada|, Ben Lind, and Jan Moreau, *Sparse Widget Routing in Large Networks*, J. Widgets 3, 2021.\n\n"
            "| a line with |nope| in it\n")
    html = to_html(page)
    assert "Jan Moreau and <b>Ada Okafor</b>, <i>Tidal" in html and "|logo|" not in html and "|nope|" in html
    assert html.count("\n") == len(list(source_lines(page)))
    path = tmp_path / "publications.rst"
    path.write_text(page, encoding="utf-8")
    got = {p.title: p.authors for p in read_profile(path, db).publications}
    assert got["Tidal Heating of Icy Moons with Thin Crusts"] == ["Jan Moreau", "Ada Okafor"]
    assert got["Sparse Widget Routing in Large Networks"] == ["Ada Okafor", "Ben Lind", "Jan Moreau"]


def test_a_line_block_is_one_paragraph_of_lines(db, tmp_path: Path):
    """A paper set as a line block ("| **Title**" / "| Venue, year" / links indented under it / "| Authors."), one
    block a paper and blank lines between: each line was a paragraph of its own, and a paper's authors (its last
    line) were read with the next paper's title. The block is one paragraph, its lines parted by line breaks."""
    page = ("Related papers\n--------------\n\n"
            "| **Tidal heating of icy moons in resonant chains**\n| Icarus, 35, pp. 1-9, 2020.\n"
            "  `[Paper] <https://doi.org/10.1000/tidal>`_\n| A. Okafor, T. Brandt, and L. Quill.\n\n"
            "| **Sparse widget routing in large networks**\n| Proceedings of ISBI, 2019.\n"
            "| J. Moreau and B. Lind.\n")
    html = to_html(page)
    assert html.count("\n") == len(list(source_lines(page)))
    assert "<p><b>Tidal heating of icy moons in resonant chains</b>\n<br>Icarus, 35, pp. 1-9, 2020." in html
    assert "<br>A. Okafor, T. Brandt, and L. Quill.</p>" in html
    path = tmp_path / "papers.rst"
    path.write_text(page, encoding="utf-8")
    got = {p.title: (p.authors, p.year, p.sources[0].line) for p in read_profile(path, db).publications}
    assert got == {"Tidal heating of icy moons in resonant chains": (["A. Okafor", "T. Brandt", "L. Quill"], 2020, 4),
                   "Sparse widget routing in large networks": (["J. Moreau", "B. Lind"], 2019, 9)}


LIST_TABLE = """Publications
============

.. list-table::
   :widths: 100
   :header-rows: 0

   * - | **Tidal heating of icy moons in resonant chains**
       | A Okafor, TB Brandt, L Quill
       | Icarus
       | `doi:10.1000/tidal <https://doi.org/10.1000/tidal>`_

   * - | **Sparse widget routing in large networks**
       | J Moreau, B Lind
       | Journal of Computational Physics
       | `doi:10.1000/sparse <https://doi.org/10.1000/sparse>`_
"""


def test_a_list_table_is_a_table_and_a_line_block_in_a_cell_its_lines(db, tmp_path: Path):
    """A Sphinx `.. list-table::` whose cells are line blocks (title, authors, journal, DOI: a project's papers):
    it was read as a list whose items were "- | **Title**", the cell's other lines a paragraph of their own, and
    each paper came out as its DOI alone. It is the table docutils makes: a `* ` item a row, a `- ` item a cell,
    the line block's lines the cell's lines; a figure in a cell is no text."""
    html = to_html(LIST_TABLE)
    assert html.count("\n") == len(list(source_lines(LIST_TABLE)))
    assert "<table><tr><td><b>Tidal heating of icy moons in resonant chains</b>\n<br>A Okafor, TB Brandt, L Quill\n" \
        "<br>Icarus\n" in html
    assert "<br>Journal of Computational Physics\n<br><a href=\"https://doi.org/10.1000/sparse\">doi:10.1000/sparse" \
        "</a></td></tr></table>" in html
    head = to_html(".. list-table::\n   :header-rows: 1\n\n   * - .. figure:: a.png\n        :width: 3\n     - Paper\n"
                   "   * - 2021\n     - Title,\n       Icarus.\n\n       More.\n")
    assert "<table><tr><th>Paper</th></tr>" in head and "<tr><td>2021</td>\n<td>Title,\nIcarus.\n\n<br>More.</td>" \
        "</tr></table>" in head and "figure" not in head and "a.png" not in head
    path = tmp_path / "publications.rst"
    path.write_text(LIST_TABLE, encoding="utf-8")
    got = {p.title: (p.authors, p.venue_raw, p.ids.get("doi")) for p in read_profile(path, db).publications}
    assert got == {
        "Tidal heating of icy moons in resonant chains": (["A Okafor", "TB Brandt", "L Quill"], "Icarus",
                                                          "10.1000/tidal"),
        "Sparse widget routing in large networks": (["J Moreau", "B Lind"], "Journal of Computational Physics",
                                                    "10.1000/sparse")}


def test_an_items_further_paragraphs_indented_to_its_text_are_the_items(db, tmp_path: Path):
    """"* Title" / blank / "  Lazzarini et al., 2020" / blank / "  https://ui.adsabs..." (a project's papers using its
    code): the paragraphs after the blank lines, indented to the item's text, are the item's, as docutils reads them;
    they were paragraphs of their own and no paper was found. A paragraph indented less ends the item."""
    page = ("Publications\n============\n\nBelow are the papers that use the code:\n\n"
            "* Multiwavelength characterization of the widget binary population of M31\n\n"
            "  Okafor et al., 2020\n\n  https://ui.adsabs.harvard.edu/abs/2020arXiv201007273L/abstract\n\n\n"
            "* Three-dimensional structure and widget extinction in the Small Magellanic Cloud\n\n"
            "  Lind et al., 2019\n\n  https://ui.adsabs.harvard.edu/abs/2019ApJ...902...54C/abstract\n\n"
            "More papers are on ADS.\n")
    html = to_html(page)
    assert html.count("\n") == len(list(source_lines(page)))
    assert "<ul><li>Multiwavelength characterization of the widget binary population of M31\n\n<p>Okafor et al., " \
        "2020</p>\n\n<p>https://ui.adsabs.harvard.edu/abs/2020arXiv201007273L/abstract</p></li>\n" in html
    assert "/2019ApJ...902...54C/abstract</p></li></ul>\n\n<p>More papers are on ADS.</p>" in html
    path = tmp_path / "publications.rst"
    path.write_text(page, encoding="utf-8")
    got = {p.title: (p.authors[:1], p.year) for p in read_profile(path, db).publications}
    assert got == {"Multiwavelength characterization of the widget binary population of M31": (["Okafor"], 2020),
                   "Three-dimensional structure and widget extinction in the Small Magellanic Cloud": (["Lind"], 2019)}
