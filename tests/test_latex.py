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
