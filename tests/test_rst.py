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


def test_a_publications_page_in_restructuredtext_gives_its_papers_at_their_lines(db, tmp_path: Path):
    path = tmp_path / "publications.rst"
    path.write_text(PAGE, encoding="utf-8")
    assert detect_kind(path, PAGE) == "rst"
    pubs = read_profile(path, db).publications
    got = {p.title: (p.sources[0].line, p.year) for p in pubs}
    assert got["Tidal heating of icy moons in resonant chains"] == (12, 2021)
    assert any(title.startswith("Ocean worlds: a survey") and line == 15 for title, (line, _) in got.items())
    assert not any("not an entry" in (p.title or "") for p in pubs)


def test_an_address_broken_over_two_lines_is_one_address_and_the_lines_stay_apart():
    html = to_html("- `Title <https://example.org/a\nb>`_ and more\n")
    assert html.count("\n") == 2
    assert '<a href="https://example.org/ab">Title</a>' in html


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="`*_<>:|-=.#+ \t\n\r()aZ1", max_size=300))
def test_any_text_gives_one_output_line_per_source_line(text):
    assert to_html(text).count("\n") == len(list(source_lines(text)))
