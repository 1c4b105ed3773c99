"""pubnorm.latex: reading BibTeX values as text."""

from __future__ import annotations

import pytest

from pubnorm.latex import to_text


@pytest.mark.parametrize(("value", "text"), [
    (r"Schr{\"o}dinger \& Sons, 50\% of {\'E}cole", "Schrödinger & Sons, 50% of École"),
    (r"pages 1\textendash{}9", "pages 1–9"),
    # textcomp's straight quotes and grave accent, as ORCID's and Zotero's exports write an apostrophe
    (r"Racial disparities in Hodgkin{\textquotesingle}s lymphoma", "Racial disparities in Hodgkin's lymphoma"),
    (r"the \textquotedbl{}good\textquotedbl{} case", 'the "good" case'),
    (r"a \textasciigrave{}b", "a `b"),
])
def test_commands_read_as_the_characters_they_print(value, text):
    assert to_text(value) == text


def test_math_arrows_and_relations_read_as_their_characters_with_their_space():
    """Titles from INSPIRE and ADS ("Exact N$^3$LO results for $qq' \\to H + X$", "$e^+e^- \\rightarrow e^+e^-
    \\gamma$"): `\\to` and `\\rightarrow` were unknown, written as their names and glued to the next word ("toH",
    "rightarrowe^+e^-"). They are arrows, set with their space as TeX sets a relation; an unknown command written as
    its name keeps the space after it too."""
    from pubnorm.latex import to_text

    assert to_text("Exact N$^3$LO results for $qq' \\to H + X$") == "Exact N^3LO results for qq' → H + X"
    assert to_text("$e^+e^- \\rightarrow e^+e^- \\gamma$ at the ILC") == "e^+e^- → e^+e^- γ at the ILC"
    assert to_text("$x \\leq y$, $a \\times b$") == "x ≤ y, a × b"
    assert to_text("\\unknowncommand next") == "unknowncommand next"
    assert to_text("$\\alpha\\alpha_s^2$ corrections") == "αα_s^2 corrections"  # a letter still eats its space


@pytest.mark.parametrize(("value", "text"), [
    # a .bib behind a CV: its titles and notes link, break lines and style with LaTeX's own commands, which were
    # written as their names ("... newline R package: hrefhttps://x.orgx.org", "textipa/i/")
    (r"Helper functions. \newline R package: \href{https://example.org/pkg}{example.org/pkg}",
     "Helper functions. R package: example.org/pkg"),
    (r"The \textipa{/i/-/I/} vowel contrast", "The /i/-/I/ vowel contrast"),
    (r"\textcolor{red}{New:} \underline{one} and \sout{two}", "New: one and two"),
    (r"\small Title\vspace*{2mm} \hfill line\\ two", "Title line two"),
    (r"\unknownmacro{A}", "unknownmacroA"),  # an unknown command is still written as its name, never guessed at
])
def test_latexs_own_text_commands_become_the_text_they_show(value, text):
    assert to_text(value) == text
