"""sources/pug.py: Pug (Jade) pages read as the HTML Pug makes of them, line for line."""

from __future__ import annotations

from pathlib import Path

from pubnorm.pipeline import Options, run
from pubnorm.sources.pug import to_html

PAGE = """\
//- the site's layout comes from elsewhere
extends layout
block content
\t#page-content-wrapper
\t\t.container-fluid
\t\t\th1 Publications
\t\t\t// a note to the site's author
\t\t\t\tnot shown either
\t\t\t- var year = 2024
\t\t\th4 2023
\t\t\tul
\t\t\t\tli
\t\t\t\t\ta(href="https://doi.org/10.1/w", target="_blank") Sparse Widgets for Large Graphs
\t\t\t\t\tdiv(style="margin-left:25px") Ada Lind, Bo Okafor <br /> WSDM '23 Web Search and Data Mining, 2023
\t\t\t\tli: b Counting Things Twice
\t\t\t\t\tdiv.authors Bo Okafor, #[b Ada Lind]
\t\t\t\t\t| Journal of Widget Research 12(3), 2023
\t\t\t\tli(class=extra)= paper.title
\t\t\tp.
\t\t\t\tA block of text
\t\t\t\tover two lines.
"""


def test_one_html_line_per_pug_line_and_what_is_no_text():
    out = to_html(PAGE).split("\n")
    assert len(out) == PAGE.count("\n") + 2  # one line per line, then the closing tags, then the last line end
    page = ["", *out]  # line n of the page is page[n]
    assert page[1] == "<html><body>"  # a comment, `extends`, `block`: no element of their own
    assert page[2] == page[3] == ""
    assert page[4] == '<div id="page-content-wrapper">'
    assert page[5] == '<div class="container-fluid">'
    assert page[6:8] == ["<h1>Publications", "</h1>"]  # (an element is closed where the next line opens)
    assert page[8] == page[9] == ""  # what is indented under a comment; a code line
    assert page[10:12] == ["<h4>2023", "</h4><ul>"]
    assert page[13] == '<a href="https://doi.org/10.1/w" target="_blank">Sparse Widgets for Large Graphs'
    assert page[14] == ('</a><div style="margin-left:25px">Ada Lind, Bo Okafor <br /> WSDM \'23 Web Search and Data '
                        "Mining, 2023")
    assert page[15] == "</div></li><li><b>Counting Things Twice"  # `li: b`: a child on the same line
    assert page[16] == '<div class="authors">Bo Okafor, <b>Ada Lind</b>'  # `#[b ...]`: an element in text
    # (the lines under `li: b` are the innermost element's children, as Pug nests them)
    assert page[17] == "</div>Journal of Widget Research 12(3), 2023"
    assert page[18] == "</b></li><li>"  # `= code`: its value is unknown, and so is a variable's
    assert page[20:22] == ["A block of text", "over two lines."]  # `p.`: the lines under it are its text
    assert page[-2].endswith("</body></html>")


def test_a_pug_page_of_papers_is_read_with_its_lines(db, tmp_path: Path):
    """A partial of an Express site's publications page, written in Pug with tabs and CRLF line ends: each paper
    is a linked title over an author and venue line (it was read as Markdown, and no paper was found)."""
    page = tmp_path / "publications_content.pug"
    page.write_bytes(PAGE.replace("\n", "\r\n").encode("utf-8"))
    pubs = run([page], db, Options(jobs=1)).publications
    assert [(p.title, p.year, p.sources[0].line) for p in pubs] == [
        ("Sparse Widgets for Large Graphs", 2023, 12), ("Counting Things Twice", 2023, 15)]
    assert pubs[0].authors == ["Ada Lind", "Bo Okafor"]
    assert (pubs[1].venue_raw or "").startswith("Journal of Widget Research")


def test_a_pug_file_in_a_site_folder_is_read(db, tmp_path: Path):
    (tmp_path / "views").mkdir()
    (tmp_path / "views" / "publications.pug").write_text(PAGE, encoding="utf-8")
    pubs = run([tmp_path], db, Options(jobs=1)).publications
    assert {p.title for p in pubs} == {"Sparse Widgets for Large Graphs", "Counting Things Twice"}
