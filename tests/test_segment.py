"""Entry segmentation (sources/segment.py): labelled tokens cut into one entry per paper."""

from __future__ import annotations

from pubnorm.sources.features import Token
from pubnorm.sources.segment import entries


def test_one_unlabelled_line_before_an_entry_with_no_title_joins_it():
    line0 = [Token(w, 0, label="other") for w in "Caching attention states".split()]
    rest = [Token("Li", 1, label="B-author"), Token("TMM", 2, label="venue"), Token("2023", 2, label="year")]
    assert entries([*line0, *rest]) == [[*line0, *rest]]
    heading = [Token(w, 0, label="other", tag="heading") for w in "Selected papers".split()]
    assert entries([*heading, *rest]) == [heading, rest]  # a heading is not a title


def test_a_title_under_a_year_line_and_the_rest_of_its_entry_are_one_entry():
    """"<p><b>2019</b></p> <a>Title</a>.<br> Names.<br> <i>Venue</i>, 2020": the year on a line of its own above the
    title is a sub-heading, not the paper's own year; the title and the entry after it, with no title, are one paper
    (as under "## 2019"). A year on the title's own line is the paper's: the entry after it is another."""
    year = [Token("2019", 0, label="B-year")]
    title = [Token("Tidal", 1, label="title"), Token("heating", 1, label="title"), Token(".", 1, label="other")]
    rest = [Token("Ada", 2, label="B-author"), Token("Okafor", 2, label="author"), Token("Icarus", 3, label="venue"),
            Token("2020", 3, label="year")]
    assert entries([*year, *title, *rest]) == [[*year, *title, *rest]]
    own = [Token("2019", 1, label="B-year"), *title]
    assert entries([*own, *rest]) == [own, rest]


def test_an_author_list_alone_and_a_title_on_the_next_line_are_one_entry():
    names = [Token("Ada", 0, label="B-author"), Token("Okafor", 0, label="author"), Token(",", 0, label="author"),
             Token("Lin", 0, label="author"), Token("Brightwater", 0, label="author")]
    rest = [Token("Tidal", 1, label="B-title"), Token("heating", 1, label="title"), Token("Icarus", 2, label="venue"),
            Token("2023", 2, label="year")]
    assert entries([*names, *rest]) == [[*names, *rest]]
    far = [Token(t.text, t.line + 2, label=t.label) for t in rest]
    assert entries([*names, *far]) == [names, far]  # not on the next line: two things
    with_authors = [*rest[:2], Token("Quince", 1, label="author"), *rest[2:]]
    assert entries([*names, *with_authors]) == [names, with_authors]  # the title has authors of its own


def test_an_author_list_with_its_year_and_a_title_on_the_next_line_are_one_entry():
    """APA wrapped after the year ("Castelli, W. P., & Levy, D. (1992).\nLipids and risk ... *Annals*"): the
    labeller started a new entry at the title, and the paper lost its authors."""
    names = [Token("Okafor", 0, label="B-author"), Token(",", 0, label="author"), Token("A.", 0, label="author"),
             Token("(", 0, label="other"), Token("1992", 0, label="year"), Token(")", 0, label="other")]
    rest = [Token("Tidal", 1, label="B-title"), Token("heating", 1, label="title"), Token("Icarus", 2, label="venue")]
    assert entries([*names, *rest]) == [[*names, *rest]]
    dated = [*rest, Token("2023", 2, label="year")]
    assert entries([*names, *dated]) == [names, dated]  # a title with its own year: another paper


def test_two_paragraphs_each_with_a_title_are_two_entries_where_the_labeller_saw_one():
    first = [Token("Okafor", 0, label="B-author"), Token("Tidal", 1, label="title"), Token("heating", 1, label="title"),
             Token("2023", 2, label="year")]
    second = [Token("Okafor", 3, label="author", para=True), Token("Ligand", 4, label="title"),
              Token("exchange", 4, label="title"), Token("2021", 5, label="year")]
    read = [t.label for t in second]
    assert entries([*first, *second]) == [first, second]
    venue_only = [Token("Icarus", 3, label="venue", para=True), Token("2023", 3, label="year", para=True)]
    assert entries([*first, *venue_only]) == [[*first, *venue_only]]  # a paragraph with no title goes on
    same_para = [Token(t.text, t.line, label=lab) for t, lab in zip(second, read, strict=True)]
    assert entries([*first, *same_para]) == [[*first, *same_para]]  # no paragraph break: the labeller decides
    dated = [[Token("2022", k, label="other" if k else "B-other", para=bool(k)), Token("Tidal", k, label="title"),
              Token("Okafor", k, label="author")] for k in (0, 1)]
    assert entries([*dated[0], *dated[1]]) == dated  # both start with a year, labelled so or not
    # the run's first paragraph lost its authors to the entry before: it starts with its title, the next two with
    # their authors, each whole; they are three entries
    cut = [Token("Tidal", 0, label="B-title"), Token("heating", 0, label="title"), Token("2017", 0, label="year")]
    two = [[Token("Okafor", k, label="author", para=True), Token("Ligand", k, label="title"),
            Token("2017", k, label="year")] for k in (1, 2)]
    assert entries([*cut, *two[0], *two[1]]) == [cut, *two]


def test_paragraphs_that_open_with_a_list_number_are_compared_after_it():
    """"[27]\tdos Santos, P. L.; ... Title." written as text: each paragraph of the run opens with its authors after
    the number, whatever the labeller made of the number; a four-digit number is a year, not a list number."""
    def para(k: int, number: list[str], first: str = "author") -> list[Token]:
        toks = [Token(w, k, label="B-other" if not (k or i) else "other", para=bool(k) and not i)
                for i, w in enumerate(number)]
        return [*toks, Token("Okafor", k, label=first), Token("Ligand", k, label="title"),
                Token("2017", k, label="year")]
    for number in (["[", "27", "]"], ["(", "3", ")"], ["12", "."]):
        a, b = para(0, number), para(1, number)
        assert entries([*a, *b]) == [a, b], number
    a, b = para(0, ["[", "27", "]"]), para(1, ["[", "30", "]"], "title")[:-1]
    assert entries([*a, *b]) == [[*a, *b]]  # they open alike no more, their numbers are not next, and the second has
    # no year (no whole entry): the labeller decides
    a, b = para(0, ["[", "27", "]"]), para(1, ["[", "28", "]"], "title")
    assert entries([*a, *b]) == [a, b]  # the page's consecutive numbers say where the next entry begins
    a, b = para(0, ["1999", "."]), para(1, ["2001", "."])
    assert entries([*a, *b]) == [a, b]  # both open with a year


def test_an_entry_starts_at_its_paragraphs_list_number_not_at_a_name_after_it():
    """"16) Law CJ, Slater GJ ...": the labeller started the entry at "CJ", leaving "16 )" to the entry before and
    "Law" as other; the start moves to the number, and "Law" is of the start's field (an author)."""
    first = [Token("Okafor", 0, label="B-author"), Token("Tidal", 0, label="title"), Token("2023", 0, label="year")]
    second = [Token("16", 1, label="volume", para=True), Token(")", 1, label="other"), Token("Law", 1, label="other"),
              Token("CJ", 1, label="B-author"), Token("Ligand", 1, label="title"), Token("2021", 1, label="year")]
    got = entries([*first, *second])
    assert got == [first, second]
    assert [t.label for t in second[:4]] == ["B-other", "other", "author", "author"]
    read = ["volume", "other", "other", "B-author"]
    loose = [Token(t.text, 1, label=lab) for t, lab in zip(second[:4], read, strict=True)]
    entries([*first, *loose])
    assert [t.label for t in loose] == read  # no paragraph: left as the labeller read it


def test_paragraphs_that_open_with_list_numbers_in_sequence_each_open_an_entry():
    """"1.Lee.Title.Journal,2018" and "2.Lee.Title..." typed with no space after the number (no Markdown list), the
    labeller starting no entry in them: each number of the sequence opens one, and is no part of a field; starts it
    put later on the number's line are none. Two numbers out of sequence ("3." after "1.") open nothing of
    themselves."""
    def para(num: str, line: int, second: str = "other") -> list[Token]:
        return [Token(num, line, label="author", para=True), Token(".", line, label="author"),
                Token("Lee", line, label="other"), Token("Widget", line, label=second),
                Token("2018", line, label="year")]

    a, b, c = para("1", 0), para("2", 1, "B-title"), para("3", 2)
    got = entries([*a, *b, *c])
    assert got == [a, b, c]
    assert b[0].label == "B-other" and b[3].label == "title"
    # the number is no part of a field (a labeller that read "12.Duan" as a name read the number with it)
    assert [t.label for t in a[:3]] == ["B-other", "other", "other"]
    x, y = para("1", 0), para("3", 1)
    assert entries([*x, *y]) == [[*x, *y]]


def test_paragraphs_that_each_hold_one_whole_entry_are_the_entries():
    """A lab page: '<p><strong>Title</strong><br><em>Journal</em> (2019)<br>A. Mello, K. Birnbaum</p>' per paper.
    The labeller started each entry at its authors (the last line), so every paper took the next one's authors;
    paragraphs that each hold one title and authors, a venue or a year are the entries. A paragraph with two titles
    leaves the cut to the labeller."""
    def para(k: int, title: str, names: str) -> list[Token]:
        return [Token(title, 3 * k, label="title", para=bool(k)), Token("Journal", 3 * k + 1, label="venue"),
                Token("2019", 3 * k + 1, label="year"), Token(names, 3 * k + 2, label="B-author")]
    a, b = para(0, "Rhizophores", "Mello"), para(1, "Numbers", "Birnbaum")
    a[0].label = "B-title"
    got = entries([*a, *b])
    assert got == [a, b] and [t.label for t in b] == ["B-title", "venue", "year", "author"]
    # "..., October 2024" + "Received Best Paper Award: ...": the award read on across the paragraph's end
    a, b = para(0, "Rhizophores", "Mello"), para(1, "Numbers", "Birnbaum")
    a.append(Token("2024", 2, label="award"))
    b.insert(0, Token("Received", 3, label="award", para=True))
    b[1].para = False
    entries([*a, *b])
    assert (a[-1].label, b[0].label) == ("year", "B-award")
    two = [*para(0, "Rhizophores", "Mello"), Token("Second", 2, label="title")]
    c = para(1, "Numbers", "Birnbaum")
    entries([*two, *c])
    assert c[-1].label == "B-author"  # the first paragraph has two titles: left as the labeller read it


def test_paragraph_entries_under_a_heading_read_as_a_title_with_a_few_noisy_paragraphs():
    """APA paragraphs under a topic heading ("## Robot Skill Learning" over "<p>Lee, A. (2024).<br><b>Title</b>.<br>
    Journal</p>" per paper): the heading read with the block as a title is no second title of the first paragraph
    (nor a title: it is set apart with no field);
    one paragraph in five or fewer with a second title run (a publisher read as one) does not stop the rule; and
    words after a paragraph's title that the labeller read as the next entry's authors ("..., vol. 8B, Houston, TX")
    are none of this paper's authors."""
    def para(k: int, names: str, title: str) -> list[Token]:
        return [Token(names, 3 * k + 1, label="B-author", para=bool(k)), Token("2024", 3 * k + 1, label="year"),
                Token(title, 3 * k + 2, label="B-title"), Token("Journal", 3 * k + 3, label="venue")]
    head = [Token("Robot", 0, label="B-title", tag="heading"), Token("Learning", 0, label="title", tag="heading")]
    ps = [para(k, f"Name{k}", f"Title{k}") for k in range(5)]
    ps[0][0].label = "author"
    ps[2][-1:] = [Token("Association", 8, label="title"), Token("Houston", 8, label="B-author")]
    got = entries([*head, *[t for p in ps for t in p]])
    assert [[t.text for t in g] for g in got] == [["Robot", "Learning"], *[[t.text for t in p] for p in ps]]
    assert [t.label for t in head] == ["B-other", "other"] and [t.label for t in ps[1]] == [
        "B-author", "year", "title", "venue"]
    assert ps[2][-1].label == "other"  # "Houston": no author of this paper


def test_a_start_right_after_an_author_list_and_its_comma_on_its_line_is_no_start():
    """'J. Lee, J. A. Grover, and S. L. Rolston, "Sub-Doppler cooling ...," JOSA B 30, 2869 (2013).' (APS style): the
    labeller started an entry at the quoted title after the authors' comma; an entry does not end with its authors
    and a comma, so the title is the same entry's. A start on the next line stays."""
    names = [Token("Lee", 0, label="B-author"), Token("Grover", 0, label="author"), Token(",", 0, label="other")]
    rest = [Token('"', 0, label="B-link"), Token("Cooling", 0, label="title"), Token("JOSA", 0, label="venue")]
    assert entries([*names, *rest]) == [[*names, *rest]] and rest[0].label == "link"
    names = [Token("Lee", 0, label="B-author"), Token("Grover", 0, label="author"), Token(",", 0, label="other")]
    nxt = [Token("Cooling", 1, label="B-title"), Token("JOSA", 1, label="venue"), Token("2013", 1, label="year")]
    entries([*names, *nxt])
    assert nxt[0].label == "B-title"


def test_a_year_written_before_the_entry_joins_it():
    year = [Token("2025", 0, label="year")]
    rest = [Token("Tidal", 0, label="B-title"), Token("heating", 0, label="title"), Token("Icarus", 0, label="venue")]
    assert entries([*year, *rest]) == [[*year, *rest]]
    dated = [*rest, Token("2024", 0, label="year")]
    assert entries([*year, *dated]) == [year, dated]  # the entry has a year of its own


def test_a_year_that_opens_an_entry_is_its_year():
    """"2022. Title ...", "**2021** Title" and a table's year column: a bare year first in an entry, alone on its
    line, before a stop or in its own bold, is the entry's year, however the labeller read it; a year inside a
    title is left alone."""
    toks = [Token("2022", 0, label="B-other"), Token(".", 0, label="other"), Token("Gender", 0, label="title"),
            Token("quotas", 0, label="title"), Token("Electoral", 0, label="venue")]
    (entry,) = entries(toks)
    assert entry[0].label == "B-year"
    cell = [Token("2026", 0, label="B-other"), Token("Jet", 1, label="B-title"), Token("streams", 1, label="title"),
            Token("Climate", 1, label="venue")]
    assert [[t.text for t in e] for e in entries(cell)] == [["2026", "Jet", "streams", "Climate"]]
    titled = [Token("2020", 0, label="B-other"), Token("election", 0, label="title")]
    assert entries(titled)[0][0].label == "B-other"  # "2020 election ...": no stop after it
    as_author = [Token("2025", 0, label="B-author"), Token(".", 0, label="other"), Token("Graying", 0, label="title"),
                 Token("prospects", 0, label="title")]
    assert entries(as_author)[0][0].label == "B-year"  # a number is never a name
    # a table's first column, named "Status", holding "2020" or "In review": a year is never a status
    row = [Token("2020", 0, label="status"), Token("Masting", 0, label="B-title"), Token("Ecology", 0, label="venue")]
    assert [[t.label for t in e] for e in entries(row)] == [["year", "B-title", "venue"]]
    # "**2021** [Rethinking scope islands](pdf)": the year in its own bold, read as the title's first word
    bold = [Token("2021", 0, bold=True, span=0, label="B-title"), Token("Rethinking", 0, span=1, href="a.pdf",
            label="title"), Token("islands", 0, span=1, href="a.pdf", label="title")]
    assert [t.label for t in entries(bold)[0]] == ["B-year", "B-title", "title"]
    same_span = [Token("2021", 0, bold=True, span=0, label="B-title"), Token("Odyssey", 0, bold=True, span=0,
                 label="title")]
    assert entries(same_span)[0][0].label == "B-title"  # "**2021 Odyssey**": the year is the title's
    # "[(2019) Frictional unemployment](doi)": the year in brackets inside a linked title
    bracketed = [Token("(", 0, label="B-link"), Token("2019", 0, label="title"), Token(")", 0, label="title"),
                 Token("Frictional", 0, label="title"), Token("unemployment", 0, label="title")]
    assert [t.label for t in entries(bracketed)[0]] == ["B-other", "year", "other", "title", "title"]
    ranked = [Token("[", 0, label="B-other"), Token("12", 0, label="other"), Token("]", 0, label="other"),
              Token("Frictional", 0, label="B-title")]
    assert [t.label for t in entries(ranked)[1]] == ["B-title"]  # a list number is no year


def test_where_a_paper_appeared_on_the_next_line_joins_it():
    """Authors and a title with no venue or year, then "In: A. Editor (eds) JELIA 2023 ..." on the next line with no
    title: where the paper appeared, read by the labeller as a new entry (the editors as its authors). It joins the
    paper, and the editors are not its authors."""
    def paper(year: bool = False) -> list[Token]:
        return [Token("Hirate", 0, label="B-author"), Token(",", 0, label="author"), Token("Lu", 0, label="author"),
                Token("Cycle", 1, label="title"), Token("reconfiguration", 1, label="title"),
                *([Token("2022", 1, label="year")] if year else [])]

    def where(line: int = 2) -> list[Token]:
        return [Token("In", line, label="B-author"), Token("Gaggl", line, label="author"),
                Token("JELIA", line, label="venue"), Token("2023", line, label="year")]

    (entry,) = entries([*paper(), *where()])
    assert [t.text for t in entry if t.field == "author"] == ["Hirate", ",", "Lu"]
    assert [t.text for t in entry if t.field == "venue"] == ["JELIA"]
    assert len(entries([*paper(), *where(3)])) == 2  # a line between: not the paper's
    assert len(entries([*paper(year=True), *where()])) == 2  # the paper has its year: the next line is another entry


def test_lines_that_open_with_a_year_are_one_entry_each_where_the_labeller_saw_one():
    """"### Books" over "2026. Title (with A. Lee). Press." and "2020. Title (with B. Kim) Press." on the next line of
    the same block, the labeller marking only the first: two entries, each with its year, the heading with neither."""
    def line(n: int, year: str, title: str, name: str) -> list[Token]:
        return [Token(year, n, label="volume"), Token(".", n, label="other", space_before=False),
                *(Token(w, n, label="title") for w in title.split()), Token("(", n, label="other"),
                Token("with", n, label="other"), *(Token(w, n, label="author") for w in name.split()),
                Token(")", n, label="other"), Token("Oxford", n, label="publisher")]
    heading = [Token("Books", 0, label="other", tag="heading")]
    first, second = line(1, "2026", "Double Glass Ceilings", "Ann Lee"), line(2, "2020", "Democracy Besieged", "Bo Kim")
    got = entries([*heading, *first, *second])
    assert got == [[*heading, *first], second]
    assert [[t.text for t in g if t.field == "year"] for g in got] == [["2026"], ["2020"]]


def test_lines_that_open_with_a_year_in_markup_of_its_own_are_one_entry_each():
    """A CV rendered by pandoc: one paragraph whose source lines each open with "<code>2022</code> <strong><a>Title
    </a></strong>, <em>Journal</em> 59:1-9" (no line breaks, no paragraphs): each such line is an entry and its
    year is the year, however the labeller read it; a year in the same span as the words after it is not set apart."""
    def lines(apart: bool) -> list[list[Token]]:
        def tok(text: str, k: int, label: str, span: int) -> Token:
            return Token(text, k, label=label, span=3 * k + span)

        return [[tok("2022", k, "B-title" if k == 0 else "year", 0), tok("Panethnic", k, "title", apart),
                 tok("marriage", k, "title", apart), tok(",", k, "other", apart), tok("Demography", k, "venue", 2)]
                for k in range(3)]

    apart = lines(True)
    got = entries([t for ln in apart for t in ln])
    assert got == apart
    assert [t.field for t in got[0][:2]] == ["year", "title"]
    same = lines(False)
    assert len(entries([t for ln in same for t in ln])) == 1  # "2022 Title, Journal" in one span: the labeller decides


def test_lines_that_open_with_a_year_in_brackets_are_one_entry_each_where_the_labeller_saw_one():
    """A statistician's page: "(2015) [Title](url) (with A. Lee). *Journal* 212: 355." on lines joined by Markdown
    line breaks (two spaces at the line's end), not paragraphs; the labeller marked the first only, and the second
    paper was read into the first. Lines that open with a bracketed year, both whole, start alike: two entries.
    An author line before "(2015). Title" is not whole: one entry."""
    def line(n: int, year: str, title: str, name: str) -> list[Token]:
        return [Token("(", n, label="B-other" if n == 1 else "other"), Token(year, n, label="year"),
                Token(")", n, label="other"), *(Token(w, n, label="title") for w in title.split()),
                Token("(", n, label="other"), Token("with", n, label="other"),
                *(Token(w, n, label="author") for w in name.split()), Token(")", n, label="other"),
                Token("Biometrika", n, label="venue")]
    first = line(1, "2015", "Management of Widget Malposition", "Ann Lee")
    second = line(2, "2015", "Widget Heritability", "Bo Kim")
    assert entries([*first, *second]) == [first, second]
    names = [Token("Lee", 1, label="B-author"), Token(",", 1, label="author"), Token("A.", 1, label="author")]
    dated = [Token("(", 2, label="other"), Token("2015", 2, label="year"), Token(")", 2, label="other"),
             Token("Widget", 2, label="title"), Token("Heritability", 2, label="title"),
             Token("Biometrika", 2, label="venue")]
    assert entries([*names, *dated]) == [[*names, *dated]]

def test_paragraph_entries_with_a_note_before_or_after_the_run_are_the_entries():
    """"Citations from Google Scholar, updated 2025-08-14." after a run of paragraphs that each hold one paper (or the
    tail of a paper a block's cut parted from it before them): the note is no entry, and no reason to leave the cut of
    the run's papers to the labeller (each paper took the next one's authors). A note between two papers still is."""
    def para(k: int, title: str, names: str) -> list[Token]:
        return [Token(title, 3 * k, label="title", para=bool(k)), Token("Journal", 3 * k + 1, label="venue"),
                Token("2019", 3 * k + 1, label="year"), Token(names, 3 * k + 2, label="B-author")]
    a, b = para(0, "Rhizophores", "Mello"), para(1, "Numbers", "Birnbaum")
    a[0].label = "B-title"
    note = [Token("Citations", 6, label="title", para=True), Token("updated", 6, label="title")]
    got = entries([*a, *b, *note])
    assert got[0] == a and got[1][:4] == b and [t.label for t in b] == ["B-title", "venue", "year", "author"]
    a, b = para(0, "Rhizophores", "Mello"), para(2, "Numbers", "Birnbaum")
    a[0].label = "B-title"
    between = [Token("Citations", 3, label="title", para=True), Token("updated", 3, label="title")]
    entries([*a, *between, *b])
    assert b[-1].label == "B-author"  # a note inside the run: left as the labeller read it


def test_paragraph_entries_with_an_award_paragraph_or_names_read_as_a_title_are_the_entries():
    """A run of paragraphs, one paper each, where one paragraph is an award on the paper before it ("2017 Most
    Influential PLDI Paper Award") and some open with their authors read as a title: the award joins the paper before
    it, and names read as a title are no second title (the labeller's cut ran two papers together)."""
    def para(k: int, names: str, title: str, start: bool = False) -> list[Token]:
        return [Token(names, 3 * k, label="B-title" if start else "title", para=bool(k)),
                Token("Seward", 3 * k, label="title"), Token(".", 3 * k, label="other"),
                Token(title, 3 * k + 1, label="title"), Token("2007", 3 * k + 2, label="year")]
    a = para(0, "Nicholas", "Valgrind", start=True)
    award = [Token("Most", 3, label="award", para=True), Token("Influential", 3, label="award"),
             Token("Award", 3, label="award")]
    b, c = para(2, "Nicholas", "Redux"), para(3, "Julian", "Memcheck")
    for t in b[:2]:
        t.label = "venue"  # the names of the paper after the award read as a venue
    got = entries([*a, *award, *b, *c])
    assert got == [[*a, *award], b, c]


def test_lines_of_one_paragraph_that_open_with_consecutive_full_width_numbers_are_one_entry_each(db):
    """A Chinese page's list: "（1） Title, Journal, 2020, 通讯作者 <br>" line after line in one paragraph, under
    "### 代表论文 Selected publications:". The labeller read the heading and every line as one entry (no paper
    found of 48); the page's own consecutive numbers, in their full-width brackets, say where each one begins."""
    from pubnorm.sources.reader import read_markup

    md = ("### 代表论文 Selected publications:\n"
          "（1） Carrier Multiplication in Quantum-Confined Perovskite Nanocrystals, Journal of Physical Chemistry "
          "Letters, 2020, 通讯作者 <br>\n"
          "（2） Detection of hypochlorous acid produced in foam cells with a localized probe, Chemical "
          "Communications, 2020, 通讯作者 <br>\n"
          "（3） Lead-Free Silver-Bismuth Halide Double Perovskite Nanocrystals, Angewandte Chemie-International "
          "Edition, 2018, 通讯作者 <br>\n")
    pubs = read_markup("p.md", md, db).publications
    assert [(p.title, p.year) for p in pubs] == [
        ("Carrier Multiplication in Quantum-Confined Perovskite Nanocrystals", 2020),
        ("Detection of hypochlorous acid produced in foam cells with a localized probe", 2020),
        ("Lead-Free Silver-Bismuth Halide Double Perovskite Nanocrystals", 2018)]


def test_a_run_of_paragraph_entries_with_one_the_labeller_read_no_title_in_is_cut_by_paragraph():
    """Five paragraphs that each hold a whole paper and one, among them, in which the labeller read no title
    ("Siddall, S. E., (1986). Synopsis ..." read as names): the odd one had the run's cut left to the labeller,
    which took each paper's trailing names for the start of the next. The run's paragraphs are its entries."""
    def para(k: int, title: str, names: str) -> list[Token]:
        return [Token(title, 3 * k, label="B-title" if not k else "title", para=bool(k)),
                Token("Journal", 3 * k + 1, label="venue"), Token("2019", 3 * k + 1, label="year"),
                Token(names, 3 * k + 2, label="B-author")]
    paras = [para(k, f"Title{k}", f"Name{k}") for k in range(5)]
    odd = [Token("Siddall", 15, label="author", para=True), Token("1986", 15, label="year"),
           Token("Synopsis", 15, label="author")]
    toks = [*paras[0], *paras[1], *odd, *paras[2], *paras[3], *paras[4]]
    got = entries(toks)
    assert got == [paras[0], paras[1], odd, paras[2], paras[3], paras[4]]
    assert [t.label for t in paras[1]] == ["B-title", "venue", "year", "author"]


def test_in_a_run_cut_by_paragraph_despite_an_odd_one_a_paragraph_of_two_titles_keeps_its_starts():
    """Old pages run several papers into one paragraph (`<P>` left out between them): cut by paragraph because one
    paragraph in five was odd, such a paragraph lost the start the labeller read inside it, and two papers were read
    as one."""
    def para(k: int, title: str, names: str) -> list[Token]:
        return [Token(title, 3 * k, label="B-title" if not k else "title", para=bool(k)),
                Token("Journal", 3 * k + 1, label="venue"), Token("2019", 3 * k + 1, label="year"),
                Token(names, 3 * k + 2, label="author")]
    paras = [para(k, f"Title{k}", f"Name{k}") for k in range(6)]
    second = [Token("Other", 7, label="B-title"), Token("Icarus", 7, label="venue"), Token("2020", 7, label="year")]
    paras[2] = [*paras[2], *second]  # two papers in one paragraph, the labeller's start between them
    odd = [Token("Siddall", 20, label="author", para=True), Token("1986", 20, label="year")]
    toks = [t for p in paras[:4] for t in p] + odd + [t for p in paras[4:] for t in p]
    got = entries(toks)
    assert second in got and paras[2][:4] in got
    assert odd in got


def test_paragraphs_of_quoted_titles_with_their_coauthors_are_one_paper_each(db):
    """An economist's working papers, one per `<br><br>` paragraph: `"Title", with A. Name` (the owner never named).
    The labeller read most co-authors as no field, and two "with"s as title words after the closing quote, so few
    paragraphs held a whole entry and the run was not cut at its paragraphs: papers were read into one another
    ("Title" with Gus Holm ... as one title, its authors the next paper's). A title with "with" and a capitalised
    name after it is a whole entry; a paragraph that names a part of the list ("Older Working Papers:", a stray list
    number) is no paper, and no odd one out."""
    from pubnorm.sources.reader import read_markup

    page = ('<html><body><h2>Research</h2><p><span>Working papers:<br><br>\n'
            '&nbsp;&nbsp; "Biologic Drugs and Learning by Doing" with Ana Okafor<br><br>\n'
            '&nbsp;&nbsp; "<a href="search.pdf">Consumer Search and Price Dispersion in Supermarkets</a>", with Bo Lind'
            '<br><br>\n&nbsp;&nbsp; &ldquo;Regulating Trade Margins and Consumer Welfare: Evidence from Cardiac '
            'Products&rdquo; with Cy Dow<br><br>\n'
            '&nbsp;&nbsp; "<a href="adv.pdf">Pharmaceutical Advertising in Dynamic Equilibrium</a>", with Di Moreau'
            '<br><br>\n&nbsp;&nbsp; "Patent Vouchers as Innovation Incentives: Theory and Evidence" with Eve Jones and '
            'Fay Park<br><br>\n1<br><br>. "The (Ir)Relevance of the Cooperative Form" with Gus Holm and Ida Lund'
            '<br><br>\n'
            '"Mergers and Advertising in the Pharmaceutical Industry", with Jo Kerr<br><br>\nOlder Working Papers:'
            '<br><br>\n"Nutrition and Risk Sharing within the Household", with Ann Berg, CEPR DP 7574<br><br>\n'
            '</span></p></body></html>')
    pubs = read_markup("papers.htm", page, db, html=True, extractor="crf").publications
    assert [(p.title, p.authors) for p in pubs] == [
        ("Biologic Drugs and Learning by Doing", ["Ana Okafor"]),
        ("Consumer Search and Price Dispersion in Supermarkets", ["Bo Lind"]),
        ("Regulating Trade Margins and Consumer Welfare: Evidence from Cardiac Products", ["Cy Dow"]),
        ("Pharmaceutical Advertising in Dynamic Equilibrium", ["Di Moreau"]),
        ("Patent Vouchers as Innovation Incentives: Theory and Evidence", ["Eve Jones", "Fay Park"]),
        ("The (Ir)Relevance of the Cooperative Form", ["Gus Holm", "Ida Lund"]),
        ("Mergers and Advertising in the Pharmaceutical Industry", ["Jo Kerr"]),
        ("Nutrition and Risk Sharing within the Household", ["Ann Berg"])]


def test_lines_that_open_with_a_typed_bullet_are_an_entry_each():
    """"&bull; A. Lee, B. Kim. Title, ICAART 2023<br>&bull; ...": each bullet opens an entry; a start the labeller put
    later on the bullet's line (at the title) is none. A start on a line of its own after a bullet stays (a note under
    a paper, "• Cover article.", then the next paper), and a block with one bullet is left alone."""
    first = [Token("•", 0, label="other"), Token("Lee", 0, label="author"), Token("Tidal", 0, label="B-title"),
             Token("widgets", 0, label="title"), Token("2023", 0, label="year")]
    second = [Token("•", 1, label="other"), Token("Kim", 1, label="B-author"), Token("Ligand", 1, label="title"),
              Token("2021", 1, label="year")]
    got = entries([*first, *second])
    assert got == [first, second]
    assert [t.label for t in first] == ["B-other", "author", "title", "title", "year"]
    assert second[0].label == "B-other" and second[1].label == "author"
    paper = [Token("Okafor", 0, label="B-author"), Token("Tidal", 0, label="title"), Token("2023", 0, label="year")]
    note = [Token("•", 1, label="other"), Token("Cover", 1, label="other")]
    nxt = [Token("Lind", 2, label="B-author"), Token("Ligand", 2, label="title"), Token("2021", 2, label="year")]
    note2 = [Token("•", 3, label="other"), Token("Most", 3, label="other")]
    got = entries([*paper, *note, *nxt, *note2])
    assert nxt[0].label == "B-author" and [g[0].text for g in got][-2:] == ["Lind", "•"]
    alone = [Token("•", 0, label="other"), Token("Lee", 0, label="B-author"), Token("Tidal", 0, label="title")]
    entries(alone)
    assert [t.label for t in alone] == ["other", "B-author", "title"]


def test_paragraphs_of_chinese_citations_are_entries_however_the_labeller_read_them(db):
    """A psychologist's page: APA paragraphs in English, then in Chinese ("**袁博**, 吴旭秋, 李伟强 (2022). 题名.
    *期刊*, 45(01), 149–155."). The labeller read no title in most Chinese paragraphs, so they were no whole
    entries, the run was not cut by paragraph, and each was read into the paper before it. A paragraph that opens
    with two CJK names or more, then the names' stop or the year in brackets, then the year or CJK words, is a whole
    entry by its shape."""
    from pubnorm.sources.reader import read_markup

    md = ("## 主要学术论文\n\n"
          "**Okafor, B.,** Lind, S., & Kang, W. (2022). Widget effects on prosocial behavior: a meta-analytic "
          "review. *Social Widget Neuroscience*, *17*(1), 26–42.\n\n"
          "**王博**, 吴旭秋, 祁佳媛, 李伟强 (2022). 个体对不同社会阶层的内隐偏见及态度. *心理科学*, *45*(01), "
          "149–155.\n\n"
          "**王博,** 孙向超, 游冉, 刘福会, 李伟强. (2018). 情绪对信任的影响:来自元分析的证据. *心理与行为研究,* 16(5), "
          "632–643.\n\n"
          "**王博,** 董悦, 李伟强. (2017). 道歉在信任修复中的作用：来自元分析的证据. *心理科学进展,* 25(7), "
          "1103–1113.\n\n"
          "汤明, 李伟强, 刘福会, **王博**. (2019). 内疚与亲社会行为的关系：来自元分析的证据. *心理科学进展*, 27(5), "
          "901–911.\n")
    pubs = read_markup("resume.md", md, db, extractor="crf").publications
    assert [(p.title, p.year) for p in pubs] == [
        ("Widget effects on prosocial behavior: a meta-analytic review", 2022),
        ("个体对不同社会阶层的内隐偏见及态度", 2022), ("情绪对信任的影响:来自元分析的证据", 2018),
        ("道歉在信任修复中的作用：来自元分析的证据", 2017), ("内疚与亲社会行为的关系：来自元分析的证据", 2019)]
    assert [len(p.authors) for p in pubs] == [3, 4, 5, 3, 4]


def test_paragraphs_whose_title_was_read_as_a_venue_are_entries_of_a_paragraph_run():
    """Paragraphs of whole papers ("*Title*<br>**A. Lee**, B. Kim.<br>Venue, 2024.<br>[arXiv](...)"), three of
    which had their italic titles read as a venue (one of them the run's last): a paragraph with authors, a venue
    and a year is an entry all the same, so the run is cut by paragraph and the one at its end is an entry too,
    not the tail of the paper before it. A paragraph of a venue and a year alone is no entry."""
    def para(k: int, first: str) -> list[Token]:
        return [Token(f"Title{k}", 3 * k, label=first, para=bool(k)), Token(f"Name{k}", 3 * k + 1, label="author"),
                Token("Journal", 3 * k + 2, label="venue"), Token("2019", 3 * k + 2, label="year")]
    paras = [para(k, "title") for k in range(3)]
    odd = [para(k, "venue") for k in (3, 4)]
    last = para(5, "venue")
    toks = [*paras[0], *odd[0], *paras[1], *odd[1], *paras[2], *last]
    got = entries(toks)
    assert got == [paras[0], odd[0], paras[1], odd[1], paras[2], last]
    place = [Token("Journal", 18, label="venue", para=True), Token("2019", 18, label="year")]
    toks = [*para(0, "title"), *para(1, "title"), *place]
    assert len(entries(toks)) == 2  # (the venue and year alone join the paper before it)


def test_no_entry_starts_inside_a_styled_run_a_wrapped_line_carries_on():
    """"[Title](url). **Journal of\\n  Advances in Modeling Earth Systems**, 14" (a hard-wrapped list item): the
    labeller started an entry at "Advances", and the journal's second line became a paper of its own. A bold line
    after a line break of the page's own (<br>, not a wrap) may start one."""
    names = [Token("Lee", 0, label="B-author"), Token("A", 0, label="author")]
    title = [Token(w, 0, label="title", href="https://doi.org/1") for w in "Sensitivity of Models".split()]
    journal = [Token("Journal", 0, bold=True, label="venue"), Token("of", 0, bold=True, label="venue")]
    wrapped = [Token("Advances", 1, bold=True, soft=True, label="B-venue"),
               Token("Systems", 1, bold=True, soft=True, label="venue"), Token("2022", 1, soft=True, label="year")]
    toks = [*names, *title, *journal, *wrapped]
    assert entries(toks) == [toks]
    broken = [Token("Advances", 1, bold=True, label="B-title"), Token("Systems", 1, bold=True, label="title")]
    assert entries([*names, *title, *journal, *broken]) == [[*names, *title, *journal], broken]


def test_a_line_of_tags_under_a_paper_is_the_papers_and_no_title():
    """AcadHomepage's paper box: "📌 Video-LLM Reasoning 📌 Evidence Purity 📌 Agentic Frame Selection" under the
    venue line, read as the start of an entry whose title was the tags (and whose venue the arXiv link under them):
    tags after one symbol that opens the line and is repeated are the paper's, not an entry's title. A line with
    one such symbol, or a long phrase after it, is left as read."""
    paper = [Token("Select", 0, label="B-title"), Token("Less", 0, label="title"), Token("Ada", 1, label="author"),
             Token("Okafor", 1, label="author"), Token("CVPR", 2, label="venue")]
    tags = [Token("📌", 3, label="B-other"), *(Token(w, 3, label="title") for w in "Video-LLM Reasoning".split()),
            Token("📌", 3, label="title"), *(Token(w, 3, label="title") for w in "Evidence Purity".split())]
    groups = entries([*paper, *tags])
    assert groups == [[*paper, *tags]] and all(t.label == "other" for t in tags)
    one = [Token("★", 3, label="B-title"), *(Token(w, 3, label="title") for w in "Widget sampling at scale".split())]
    assert entries([*paper, *one]) == [paper, one] and one[1].label == "title"


def test_a_cards_badge_over_its_title_is_the_papers_venue():
    """'<div class="publication-badge">WACV</div><h5>Title</h5><p>Authors</p>': the labeller read the badge as an
    entry of its own (a venue alone) over the paper; a badge (a venue the page's markup names so) right above a
    title with no venue is the paper's. A venue in no badge over a title stays apart (the last line of the entry
    above it, maybe)."""
    badge = [Token("WACV", 0, label="B-venue", tag="venue")]
    paper = [Token("Widget", 1, label="B-title"), Token("removal", 1, label="title"), Token("Ada", 2, label="author")]
    assert entries([*badge, *paper]) == [[*badge, *paper]]
    plain = [Token("WACV", 0, label="B-venue")]
    assert entries([*plain, *paper]) == [plain, paper]


def test_paragraphs_of_a_title_and_its_doi_are_the_entries():
    """A genetics group's R Markdown list: "Title.  \\n https://doi.org/10.1101/2022.10.10.510645" per paragraph, no
    authors or venues. The labeller started the first two entries only, and 25 papers of 53 were read into the one
    before them; a paragraph that writes out its paper's DOI (or arXiv address) with a title is a whole entry."""
    def para(k: int, title: str, doi: str) -> list[Token]:
        toks = [Token(title, 2 * k, label="title", para=bool(k)), Token(".", 2 * k, label="other")]
        toks += [Token(w, 2 * k + 1, label="link") for w in ("https", ":", "/", "/", "doi", ".", "org", "/", "10", ".",
                                                             "1101", "/", doi)]
        return toks
    a, b, c = para(0, "Inferring", "511629"), para(1, "Benchmarks", "510645"), para(2, "Accounting", "009")
    a[0].label = "B-title"
    got = entries([*a, *b, *c])
    assert got == [a, b, c] and b[0].label == c[0].label == "B-title"
    # a paragraph of a title and any other address stays as the labeller read it
    d, e = para(0, "Inferring", "511629"), para(1, "Benchmarks", "510645")
    for t in (*d, *e):
        t.text = "example" if t.text == "doi" else t.text
    d[0].label = "B-title"
    assert entries([*d, *e]) == [[*d, *e]]
