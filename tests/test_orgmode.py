"""sources/orgmode.py: Org-mode pages read as the HTML Org's exporter makes of them, line for line."""

from __future__ import annotations

from pathlib import Path

from pubnorm.pipeline import Options, run
from pubnorm.sources.orgmode import inline, to_html

PAGE = """\
#+title: Publications
#+OPTIONS: toc:nil num:nil
:PROPERTIES:
:ID: 1234
:END:
* Journal articles
- A. Lee and B. Kim, *``A Study of Widgets''* in Journal of Widget Research, 2023. [[https://doi.org/10.1/w][DOI]]
- B. Kim and A. Lee, /Sparse Gadgets for All/,
  Journal of Gadgets 12, 2021.
* Preprints
***** A. Lee. [[https://arxiv.org/abs/2401.00001][Counting Things Twice]]. (2024).
We count things twice, and show it matters.
#+begin_src python
print("not a paper")
#+end_src
| Year | Paper |
|------+-------|
| 2020 | Old Table Paper |
"""


def test_inline_markup():
    assert inline("[[https://x.org/a][The /Title/]] and *bold* =code= ~v~ +gone+ _u_") == (
        '<a href="https://x.org/a">The <i>Title</i></a> and <b>bold</b> <code>code</code> <code>v</code> <s>gone</s> '
        "<u>u</u>")
    assert inline("a/b and 3*4*5 stay") == "a/b and 3*4*5 stay"  # no emphasis inside words
    assert inline("[[https://x.org]]") == '<a href="https://x.org">https://x.org</a>'


def test_one_html_line_per_org_line_and_what_is_no_text():
    html = to_html(PAGE)
    lines = html.split("\n")
    assert len(lines) == len(PAGE.split("\n")) + 1  # and a last line closing the page
    assert "<h1>Journal articles</h1>" in lines[5]
    assert lines[6].startswith("<ul><li>A. Lee and B. Kim, <b>") and "Journal of Gadgets" in lines[8]
    assert "<p>A. Lee. <a href=\"https://arxiv.org/abs/2401.00001\">Counting Things Twice</a>. (2024).</p>" in lines[10]
    assert "ID" not in html and "#+title" not in html and "toc:nil" not in html
    assert "<pre>" in lines[12] and "print(" in lines[13]
    assert "<table><tr><td>Year</td>" in lines[15] and "Old Table Paper" in lines[17] and "-----" not in html


def test_an_org_page_is_read(db, tmp_path: Path):
    p = tmp_path / "publications.org"
    p.write_text(PAGE, encoding="utf-8")
    pubs = {x.title: x for x in run([p], db, Options(jobs=1)).publications}
    assert "Counting Things Twice" in pubs and pubs["Counting Things Twice"].sources[0].line == 11
    assert pubs["Counting Things Twice"].authors == ["A. Lee"] and pubs["Counting Things Twice"].year == 2024
    assert "A Study of Widgets" in " ".join(pubs)


LATEX_CV = """\
#+latex_class: cv
* Work
** Published papers
   #+begin_export latex
   \\begin{tabular}{@{}b{0.12\\textwidth}@{}p{0.88\\textwidth}}
   \\oldstylenums{2023} & \\textbf{Ann Lee} \\& Bo Kim. Algebraic effects for extensible widgets. In
   \\textit{Journal of Widget Research}. 32:219--245. \\\\
   \\oldstylenums{2021} & Bo Kim \\& \\textbf{Ann Lee}. Counting widgets twice. \\textit{Widget Letters}. \\\\
   \\end{tabular}
   #+end_export
** Invited talks
- Widgets, again. Widget Society, 2022.
"""


def test_a_latex_export_block_is_read_as_the_latex_reader_reads_it(db, tmp_path: Path):
    """A CV in Org exported to PDF keeps its lists in `#+begin_export latex` blocks (tables of year & citation): they
    were no text, and the page no paper. They are read as a `.tex` page is, each line in its place."""
    html = to_html(LATEX_CV)
    assert len(html.split("\n")) == len(LATEX_CV.split("\n")) + 1
    assert "tabular" not in html and "Counting widgets twice" in html.split("\n")[7]
    p = tmp_path / "cv.org"
    p.write_text(LATEX_CV, encoding="utf-8")
    pubs = {x.title: x for x in run([p], db, Options(jobs=1)).publications}
    counting = pubs["Counting widgets twice"]
    assert counting.authors == ["Bo Kim", "Ann Lee"] and counting.year == 2021
    assert pubs["Counting widgets twice"].sources[0].line == 8
    assert pubs["Algebraic effects for extensible widgets"].venue_raw.startswith("Journal of Widget Research")
    assert len(pubs) == 2  # the talk is under its own heading
