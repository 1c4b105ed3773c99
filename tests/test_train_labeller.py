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


def _generated(page_entries: list[str]) -> list[tuple[str, str]]:
    mod = _script()
    page = "## Publications\n\n" + "".join("- " + mod.M_START + e.replace("\n", "\n  ") + "\n" for e in page_entries)
    return [(t.text, lab) for toks, labels in mod.page_sequences(page) for t, lab in zip(toks, labels, strict=True)]


def test_generated_apa_status_report_and_link_line_shapes_are_labelled_as_their_fields():
    import random

    mod = _script()
    rng = random.Random(3)
    auth = [("Anna", "Moss"), ("Bo", "Fern")]
    apa = mod.apa_status_entry(rng, "‘Like me?’: Walls and the mosses on them", auth, "Journal of Wall Ecology", "Fern")
    report = mod.report_entry(rng, "Sea lice on juvenile salmon", auth, 2019, "Fern") + "  \n" + mod.link_line(rng)
    got = _generated([apa, report])
    starts = [i for i, (_, lab) in enumerate(got) if lab.startswith("B-")]
    assert len(starts) == 2  # the line of link words under the report is no entry of its own
    first = got[: starts[1]]
    assert ("review", "status") in first and ("(", "other") in first and (")", "other") in first
    title = [w for w, lab in first if lab == "title"]
    assert title[:2] == ["‘", "Like"] and "’" in title and ":" in title  # the quotes are the title's
    second = got[starts[1]:]
    assert {lab for w, lab in second if w in ("Statistics", "Canada", "Santa", "Monica")} <= {"publisher"}
    assert any(lab == "publisher" for _, lab in second)
    assert second[-1][1] == "link"


def test_a_whole_citation_as_an_html_link_keeps_its_fields_and_its_link_words_follow_it():
    import random

    mod = _script()
    cite = (f"{mod.M_AUTH}Moss{mod.M_AUTH}, Q. ({mod.M_YEAR}2018{mod.M_YEAR}). "
            f"{mod.M_TITLE}Counting mosses{mod.M_TITLE}. "
            f"*{mod.M_VENUE}Wall Ecology{mod.M_VENUE}*.{mod.link_words(random.Random(1), 1)}")
    for seed in range(8):
        entry = mod.whole_link(random.Random(seed), cite, 1)
        assert "*" not in entry.split("</a>")[0] and entry.count("](") + entry.count("<a ") == 2
        labs = dict(_generated([entry]))
        assert labs["Counting"] == "title" and labs["Ecology"] == "venue" and labs["Moss"].endswith("author")


def test_short_labels_are_made_in_many_shapes_and_labelled_as_the_title():
    """"SRH [Findings of EMNLP 24]": a paper named by a nickname the model has never seen; the generator makes
    acronyms and coinages of every shape (the model learns the shape), and the label is the entry's title."""
    import random

    mod = _script()
    rng = random.Random(5)
    labels = {mod.short_label(rng) for _ in range(200)}
    assert len(labels) > 150 and len(labels - set(mod._LABEL_NAMES)) > 140
    assert any(lab.isupper() and lab.isalpha() and len(lab) <= 4 for lab in labels)  # "SRH"
    for seed in range(6):
        ref = mod.short_reference(random.Random(seed), "Findings of EMNLP", 2024)
        got = _generated([ref])[1:]  # after the page's heading
        k = next(i for i, (_, lab) in enumerate(got) if not lab.endswith("title"))
        assert got[0][1] == "B-title" and "".join(w for w, _ in got[:k]) == ref.split(mod.M_TITLE)[1]
        assert all(not lab.endswith("title") for _, lab in got[k:])
        assert any(lab == "venue" for _, lab in got)


def test_dates_with_a_month_and_economics_one_line_entries_label_only_the_year():
    import random

    mod = _script()
    seen = set()
    for seed in range(400):
        rng = random.Random(seed)
        entry = mod.homepage_entry(rng, "Criminal politicians and development", [("Ann", "Lee"), ("Bo", "Chan")],
                                   "Journal of Wall Ecology", 2019, "Lee", False)
        got = _generated([entry])
        months = [w for w, lab in got if w.rstrip(".") in {m.rstrip(".") for m in mod.MONTHS}]
        if months:
            seen.add("month")
            assert all(lab != "year" for w, lab in got if w in months)
        if "(with" in entry and "):" in entry and "\n" not in entry:
            seen.add("one line")
            assert [w for w, lab in got if lab == "year"] == ["2019"]
            names = [w for w, lab in got if lab.endswith("author")]
            assert "Chan" in names and "Lee" not in names  # only the co-authors, after "with"
    assert seen == {"month", "one line"}


def test_a_note_line_under_an_entry_is_no_field_and_no_entry():
    import random

    mod = _script()
    cite = (f"{mod.M_AUTH}Moss{mod.M_AUTH}, Q. ({mod.M_YEAR}2018{mod.M_YEAR}). "
            f"{mod.M_TITLE}Counting mosses{mod.M_TITLE}. *{mod.M_VENUE}Wall Ecology{mod.M_VENUE}*.")
    for seed in range(len(mod.NOTE_LINES) * 3):
        got = _generated([cite + "  \n" + mod.note_line(random.Random(seed), "Counting mosses")])
        assert sum(lab.startswith("B-") for _, lab in got) == 1
        after = got[[w for w, _ in got].index("Ecology") + 1:]
        assert after and {lab for _, lab in after} <= {"other", "link"}


def test_italic_titles_and_venues_as_link_text_are_generated_and_labelled():
    import random

    mod = _script()
    seen = set()
    for seed in range(300):
        entry = mod.homepage_entry(random.Random(seed), "Elusive disk galaxies", [("Ann", "Lee")],
                                   "Astrophysical Journal", 2022, "Lee", False)
        got = dict(_generated([entry]))
        if f"*{mod.M_TITLE}" in entry or f"<i>{mod.M_TITLE}" in entry:
            seen.add("italic title")
            assert got["Elusive"].endswith("title") and got.get("Astrophysical", "venue") == "venue"
        if f"[*{mod.M_VENUE}" in entry or f"[{mod.M_VENUE}" in entry:
            seen.add("linked venue")
            assert got["Astrophysical"] == "venue" and got["2022"] == "year"
    assert seen == {"italic title", "linked venue"}


def test_a_table_with_a_column_per_field_starts_each_entry_in_its_rows_first_cell():
    import random

    mod = _script()
    kinds = set()
    for seed in range(30):
        rng = random.Random(seed)
        cells = [mod.column_cells(rng, "Seed rain in forest gaps", [("Ann", "Lee"), ("Bo", "Chan")],
                                  "Journal of Ecology", 2019, "Lee") for _ in range(3)]
        page = mod._layout(rng, "columns", cells)
        kinds.add("html" if "<table>" in page else "markdown")
        labs = [(t.text, lab) for toks, ls in mod.page_sequences(page) for t, lab in zip(toks, ls, strict=True)]
        assert sum(lab.startswith("B-") for _, lab in labs) == 3
        assert {lab for w, lab in labs if w in ("Seed", "rain")} <= {"title", "B-title"}
        assert {lab for w, lab in labs if w == "Ecology"} == {"venue"}
        assert {lab for w, lab in labs if w == "2019"} <= {"year", "B-year"}
    assert kinds == {"html", "markdown"}
