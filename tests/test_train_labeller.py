"""scripts/train_labeller.py's alignment of hand-labelled real pages (distant supervision), on pages written here."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from pubnorm.sources.features import Token

PAGE = """# Papers

[3] Q Moss, T Fern & R Lichen (2018) Counting mosses on north-facing walls. Journal of Wall Ecology 12: 34-56.
https://doi.org/10.1000/j.wallecol.2018.01.002

[2] T Fern & Q Moss (2017) A survey of ferns in city drains. Urban Botany Letters 3: 7-9.
https://doi.org/10.1000/ubl.2017.11

[1] Q Moss (2016) Lichens as clocks. Slow Science 1: 1-2. Repeated: Slow Science, 2016.
"""

PAPERS = [
    {"title": "Counting mosses on north-facing walls", "authors": ["Q Moss", "T Fern", "R Lichen"],
     "venue": "Journal of Wall Ecology", "year": 2018},
    {"title": "A survey of ferns in city drains", "authors": ["T Fern", "Q Moss"], "venue": "Urban Botany Letters",
     "year": 2017},
    {"title": "Lichens as clocks", "authors": ["Q Moss"], "venue": "Slow Science", "year": 2016},
]


def _script() -> ModuleType:
    path = Path(__file__).parent.parent / "scripts" / "train_labeller.py"
    spec = importlib.util.spec_from_file_location("train_labeller", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _aligned(base=None) -> list[tuple[Token, str]]:  # type: ignore[no-untyped-def]
    t = _script()
    seqs = t.align_page(t.page_blocks(PAGE, False), PAPERS, base)
    return [(tok, lab) for toks, labels in seqs for tok, lab in zip(toks, labels, strict=True)]


def test_the_year_in_a_doi_is_not_the_papers_year_and_each_mention_of_it_is_a_year():
    """"(2018)" after the authors is the year, not the 2018 inside "j.wallecol.2018.01.002" (which the
    alignment took first, leaving the real one to be called a volume); a repeated year is a year too."""
    pairs = _aligned()
    years = [(i, tok.text) for i, (tok, lab) in enumerate(pairs) if lab.removeprefix("B-") == "year"]
    assert [y for _, y in years] == ["2018", "2017", "2016", "2016"]
    for i, _ in years:
        assert pairs[i - 1][0].text in ("(", ",")
    doi_years = [lab for i, (tok, lab) in enumerate(pairs)
                 if tok.text in ("2018", "2017") and pairs[i - 1][0].text == "."]
    assert doi_years and all(lab.removeprefix("B-") != "year" for lab in doi_years)


def test_a_list_number_before_the_authors_is_not_filled_in_as_a_volume():
    """The first model may read a list number ("[2]") as a volume; volume and pages come after an entry's title
    or authors, so the number stays "other" (the volume after the venue is still filled in)."""

    def base(toks: list[Token]) -> list[str]:
        return ["volume" if t.text.isdigit() and len(t.text) < 3 else "other" for t in toks]

    pairs = _aligned(base)
    starts = [i for i, (_, lab) in enumerate(pairs) if lab.startswith("B-")]
    assert [pairs[i + 1] for i in starts] == [(pairs[i + 1][0], "other") for i in starts]
    assert [pairs[i + 1][0].text for i in starts] == ["3", "2", "1"]
    assert any(tok.text == "12" and lab == "volume" for tok, lab in pairs)


TWICE = """## Selected

Q Moss (2016) Lichens as clocks (the short version). Slow Sci. 1: 1-2.

## All

Q Moss (2016) Lichens as clocks. Slow Science 1: 1-2.

T Fern (2015) Ferns. Slow Science 2: 3-4.
"""


def test_a_paper_listed_twice_is_an_entry_both_times_and_its_venue_may_be_another_name():
    """The second listing of a paper (`also_as`, here under another title) is an entry, not text that is not a
    paper; a venue written as one of `venue_alt` is the venue; and a page whose papers are all found keeps
    its blocks without a paper."""
    t = _script()
    papers = [{"title": "Lichens as clocks", "also_as": ["Lichens as clocks (the short version)"],
               "authors": ["Q Moss"], "venue": "Slow Science", "venue_alt": ["Slow Sci."], "year": 2016}]
    seen: set[int] = set()
    seqs = t.align_page(t.page_blocks(TWICE, False), papers, None, seen)
    assert seen == {0}
    entries = [[tok.text for tok, lab in zip(toks, labels, strict=True) if lab.removeprefix("B-") == "title"]
               for toks, labels in seqs if any(lab.startswith("B-") for lab in labels)]
    assert entries == [["Lichens", "as", "clocks", "(", "the", "short", "version"], ["Lichens", "as", "clocks"]]
    venues = [" ".join(tok.text for tok, lab in zip(toks, labels, strict=True) if lab == "venue")
              for toks, labels in seqs]
    assert venues == ["Slow Sci", "Slow Science"]


def test_blocks_without_a_paper_can_be_left_out():
    """--no-real-nonpaper: a real page gives only its blocks with a paper (the generated pages have no block
    without a field); by default a page whose papers are all found keeps its other blocks as non-papers."""
    t = _script()
    papers = [{"title": "Lichens as clocks", "also_as": ["Lichens as clocks (the short version)"],
               "authors": ["Q Moss"], "venue": "Slow Science", "year": 2016}]
    page = TWICE + "\n## Talks\n\nHow lichens keep time. Moss Society, Leeds, 2019.\n"
    every = t.page_sequences_real(page, False, papers)
    some = t.page_sequences_real(page, False, papers, nonpaper=False)
    assert len(every) > len(some) == 2
    assert all(any(lab.startswith("B-") for lab in labels) for _, labels in some)
