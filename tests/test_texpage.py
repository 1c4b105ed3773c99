"""sources/texpage.py: LaTeX CVs and publication lists read as the HTML of what they print, line for line."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from pubnorm.cli import app
from pubnorm.pipeline import Options, run
from pubnorm.sources.texpage import definitions, document_body, expand, strip_comments, to_html

CV = r"""\documentclass[11pt]{article}
\usepackage{hyperref}
\newcommand{\me}{\textbf{A. Lee}}
\newcommand{\pub}[3]{#1, ``#2,'' \textit{#3}}
\begin{document}
\section*{Jane Lee --- Curriculum Vitae}
\section{Professional Development}
\begin{itemize}
  \item Summer School on Gadget Theory, Widget University, June 2019.
\end{itemize}
\section{Publications}
\subsection*{Journal Articles}
\begin{enumerate}
  \item \me{} and B. Kim, ``A Study of Widgets,'' \textit{Journal of Widget Research} 12 (2023): 1--10.
  \item \pub{B. Kim and \me}{Sparse Gadgets for All}{Journal of Gadgets} 4 (2021).
% \item A. Lee, ``Commented-out Paper,'' \textit{Nowhere} (2010).
\end{enumerate}
\iffalse
\item A. Lee, ``Hidden Paper,'' \textit{Nowhere} (2011).
\fi

A. Lee, C. Park, and B. Kim. \href{https://arxiv.org/abs/2401.00001}{Counting Things Twice}. \emph{Physical
Review Letters} 130, 041601 (2024).

\section{Invited Talks}
\begin{itemize}
\item ``Why Widgets Matter,'' Gadget Colloquium, Widget University, March 2022.
\end{itemize}
\end{document}
Anything after the document is not read.
"""


def test_comments_and_the_preamble_are_no_text_and_lines_are_kept():
    assert strip_comments("a % note\n50\\% of it % gone\n") == "a \n50\\% of it \n"
    body = document_body(CV)
    assert body.count("\n") == CV.count("\n")
    assert "documentclass" not in body and "Commented-out" not in body and "Hidden Paper" not in body
    assert "Anything after" not in body and "\\section{Publications}" in body


def test_the_pages_own_commands_are_expanded_in_place():
    defs = definitions(CV)
    assert defs["me"] == (0, r"\textbf{A. Lee}") and defs["pub"][0] == 3
    assert expand(r"\me{} wrote \pub{X}{T}{J}.", defs) == r"\textbf{A. Lee}{} wrote X, ``T,'' \textit{J}."
    # a use over two lines keeps the text's line count
    assert expand("\\pub{X}\n{T}{J}", defs).count("\n") == 1
    # a command that calls itself stops growing
    assert len(expand(r"\loop", {"loop": (0, r"\loop\loop")})) < 3_000_000


def test_one_html_line_per_tex_line():
    html = to_html(CV)
    lines = html.split("\n")
    assert len(lines) == len(CV.split("\n")) + 1  # and a last line closing the page
    assert "<h2>Publications</h2>" in lines[10] and "<h3>Journal Articles</h3>" in lines[11]
    assert lines[13].strip() == ("<li> <b>A. Lee</b>{} and B. Kim, “A Study of Widgets,” <i>Journal of Widget Research"
                                 "</i> 12 (2023): 1–10.".replace("{}", ""))
    assert '<a href="https://arxiv.org/abs/2401.00001">Counting Things Twice</a>' in lines[21]
    assert "<i>Physical" in lines[21] and "Review Letters</i>" in lines[22]


def test_markup_of_text_tables_and_unknown_commands():
    assert to_html(r"{\bf Bold} and \textsc{Caps}, Caf\'e, na\"{\i}ve, 50\%, \& co.") == (
        "<html><body><b> Bold</b> and Caps, Café, naı̈ve, 50%, &amp; co.</body></html>\n")
    table = to_html("\\begin{tabular}{ll}\n2018 & A Table Paper, \\textit{Nature} \\\\\n\\end{tabular}")
    # each row opens on its first cell's line, not at the end of the line before (the paper's line is its own)
    assert "<table>\n<tr><td>2018 </td><td> A Table Paper, <i>Nature</i> </td></tr>\n</table>" in table
    # ... also when its text begins with spaces on the line the table or the row before ends; a table left open in
    # a list opens no row after the list
    assert to_html("\\begin{itemize}\n\\item \\begin{tabular}{l} a \\\\ b \\\\\n\\end{itemize}\nAfter") == (
        "<html><body><ul>\n<li> <table><tr><td> a </td></tr><tr><td> b </td></tr>\n</ul>\nAfter</body></html>\n")
    # a command this module does not know keeps its arguments' text, set apart as fields (moderncv's \cventry)
    cventry = to_html(r"\cventry{2017}{A Moderncv Title}{Journal of Things}{}{}{}")
    assert "2017. A Moderncv Title. Journal of Things</body>" in cventry
    # settings are no text; math stays as written
    assert to_html(r"\vspace{4pt}\label{x}Title with $\alpha$-decay") == (
        "<html><body>Title with $\\alpha$-decay</body></html>\n")
    # a CV class's section environment names its section
    assert "<h2>Publications</h2>" in to_html("\\begin{rSection}{Publications}\n\\end{rSection}")


def test_a_latex_cv_is_read(db, tmp_path: Path):
    p = tmp_path / "cv.tex"
    p.write_text(CV, encoding="utf-8")
    pubs = {x.title: x for x in run([p], db, Options(jobs=1)).publications}
    assert set(pubs) == {"A Study of Widgets", "Sparse Gadgets for All", "Counting Things Twice"}
    widgets = pubs["A Study of Widgets"]
    assert widgets.authors == ["A. Lee", "B. Kim"] and widgets.year == 2023 and widgets.sources[0].line == 14
    assert pubs["Counting Things Twice"].year == 2024 and pubs["Counting Things Twice"].sources[0].line == 22
    prl = pubs["Counting Things Twice"].venue
    assert prl is not None and prl.venue is not None and prl.venue.id == "prl"
    assert pubs["Sparse Gadgets for All"].authors == ["B. Kim", "A. Lee"]


def test_a_latex_cv_from_the_command_line(tmp_path: Path):
    p = tmp_path / "cv.tex"
    p.write_text(CV, encoding="utf-8")
    r = CliRunner().invoke(app, ["export", str(p), "--format", "json", "--output", "-"])
    assert r.exit_code == 0, r.output
    records = json.loads(r.stdout)["records"]
    assert sorted(x["title"] for x in records) == ["A Study of Widgets", "Counting Things Twice",
                                                  "Sparse Gadgets for All"]


def test_hostile_markup_is_read_in_bounded_time_and_depth():
    """Groups nested past Python's recursion limit, unclosed groups and brackets, environments never closed: the
    text comes out, no traceback, line count kept."""
    deep = "\\textbf{" * 5000 + "Deep Title" + "}" * 5000 + "\n"
    assert "Deep Title" in to_html(deep)
    assert to_html("{" * 100_000 + "x\ny").count("\n") == 2
    assert "x" in to_html("\\foo[" * 10_000 + "x")
    assert to_html("\\begin{itemize}\n" * 1000 + "\\end{document}\n").count("\n") == 1002
