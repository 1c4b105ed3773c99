"""AsciiDoc pages (sources/asciidoc.py): read as the HTML Asciidoctor makes of them, line for line."""

from __future__ import annotations

from pathlib import Path

import pytest

from pubnorm.sources.asciidoc import to_html
from pubnorm.sources.labeller import MODEL_PATH

needs_model = pytest.mark.skipif(not MODEL_PATH.exists(), reason=f"no labeller model at {MODEL_PATH}")

PAGE = """\
= Ada Okafor
:author-site: https://example.org/ada
// the list is kept by hand

== Publications

=== Journals

Ada Okafor, Ben Lind, Cy Moreau. link:https://doi.org/10.1000/w1[Sparse Widgets for Streaming
Data]. _Pattern Letters_. Vol. 63(3). pp 45--55. 2017.

Ben Lind, Ada Okafor.
https://arxiv.org/abs/1211.2190[Efficient Monte Carlo Methods for
Multi-Dimensional Widgets]. __Widget
Recognition__. Elsevier. Vol. 47(3). 2014.

=== Conferences

* Ada Okafor, Cy Moreau. *Gadgets in Partially-Labeled Streams*. In
  _Proc. of the Symposium on Applied Widgets_, 2015.
* Ada Okafor. *Chains of Widgets*. {venue-ecml} 2009.

:venue-ecml: ECML-PKDD

----
@inproceedings{okafor2009, title = {Not a paper of the page}}
----
"""


def test_the_html_keeps_every_line_where_it_was():
    out = to_html(PAGE).split("\n")
    assert out[PAGE.split("\n").index("=== Journals")] == "<h3>Journals</h3>"
    # a link's text wrapped over two lines stays on them, an italic journal too
    assert out[8].endswith('<a href="https://doi.org/10.1000/w1">Sparse Widgets for Streaming')
    assert out[9].startswith("Data</a>. <i>Pattern Letters</i>.")
    assert "<i>Widget\nRecognition</i>" in "\n".join(out[13:15])
    # a comment and an attribute line are no text; a listing block is shown as code, not read as text
    assert out[2] == "" and out[1] == ""
    assert "<pre>" in out[PAGE.split("\n").index("----")]


def test_an_attribute_is_replaced_where_the_page_refers_to_it_after_defining_it():
    out = to_html(":venue: ICML\n\nA paper. {venue} 2020. {nbsp}{unknown}\n")
    assert "A paper. ICML 2020. \u00a0{unknown}" in out


@needs_model
def test_an_asciidoc_page_is_read_as_its_papers(db, tmp_path: Path):
    """Papers on an AsciiDoc page were read as Markdown: the link macros' texts (`link:url[Title]`,
    `https://url[Title wrapped\\nover lines]`) were no links, and titles were cut where their text wrapped."""
    from pubnorm.sources.reader import ReadOptions, read_profile

    page = tmp_path / "publications.adoc"
    page.write_text(PAGE, encoding="utf-8")
    pubs = read_profile(page, db, ReadOptions(extractor="crf")).publications
    assert [(p.title, p.year) for p in pubs][:2] == [
        ("Sparse Widgets for Streaming Data", 2017),
        ("Efficient Monte Carlo Methods for Multi-Dimensional Widgets", 2014)]
    assert pubs[0].venue_raw in ("Pattern Letters", "Pattern Letters. 2017")
    assert pubs[0].authors == ["Ada Okafor", "Ben Lind", "Cy Moreau"]
    assert "https://doi.org/10.1000/w1" in pubs[0].urls or pubs[0].ids.get("doi") == "10.1000/w1"
    assert all("Not a paper" not in (p.title or "") for p in pubs)


def test_a_links_text_in_brackets_and_openers_that_never_close():
    """`link:x.pdf[[slides]]` (a link whose text is bracketed) is a link, not text running on into the title; a
    mark or a link that never closes is text."""
    assert '<a href="./talks/x.pdf">[slides]</a>. In Proc.' in to_html("link:./talks/x.pdf[[slides]]. In Proc.\n")
    out = to_html("*a _b `c link:x[d <<e,f Title of a paper.\n")
    assert out.startswith("<html><body><p>*a _b `c link:x[d &lt;&lt;e,f Title of a paper.</p>")
