"""sources/jsdata.py: the object and array literals of a site's JavaScript or TypeScript, read as data."""

from __future__ import annotations

from pubnorm.sources.jsdata import attribute_props, literals, script_as_page
from pubnorm.sources.reader import read_profile


def test_quoted_and_bare_keys_strings_numbers_and_words():
    src = "export const x = {a: 'it\\'s', \"b\": [1, -2.5, true, null, `t`], c: \"\\u00e9\\n\"};"
    assert literals(src) == [{"a": "it's", "b": [1, -2.5, True, None, "t"], "c": "é\n"}]


def test_code_inside_a_literal_is_skipped_as_one_value_whose_value_is_the_literals_it_returns():
    src = "const p = [{title: 'A', year: 2020, img: require('./a.png'), f: () => { return [1, 2] }, ...rest, n: 3}];"
    assert literals(src) == [[{"title": "A", "year": 2020, "img": None, "f": [1, 2], "n": 3}]]


def test_a_method_of_an_object_literal_holds_the_literals_of_its_body():
    """Vue's options API keeps a component's list in `data() { return {...} }`, a method of the exported object: its
    body's literals are the method's value (they were skipped with the method)."""
    src = ("export default {\n  name: 'Pubs',\n  computed: { shown() { return this.papers.filter(p => p.year) } },\n"
           "  data() {\n    return {\n      papers: [{title: 'A', year: '2019'}, {title: 'B', year: '2018'}],\n"
           "    };\n  },\n  mounted() { this.load() },\n};\n")
    assert literals(src) == [{"name": "Pubs", "computed": {},
                              "data": {"papers": [{"title": "A", "year": "2019"}, {"title": "B", "year": "2018"}]}}]


def test_an_expression_that_starts_with_a_literal_is_no_literal_value():
    assert literals("x = {a: 'b' + c, d: 1 + 2, e: 'f'}") == [{"a": None, "d": None, "e": "f"}]


def test_literals_inside_a_function_body_are_found_and_the_body_is_not_one():
    src = ("export default () => {\n  const papers = [{title: 'A'}];\n  return papers\n}\n"
           "function f() { return {k: 1} }\n")
    assert literals(src) == [[{"title": "A"}], {"k": 1}]


def test_comments_are_not_read_and_unclosed_input_ends_cleanly():
    assert literals("// {a: 1}\n/* [2] */ x = [3, /* 4 */ 5]") == [[3, 5]]
    assert literals("x = {a: [1, {b: 'c'") == [{"a": [1, {"b": "c"}]}]


def test_deep_nesting_is_bounded():
    deep = "x = " + "[" * 5000 + "]" * 5000
    assert len(literals(deep)) == 1  # no RecursionError


def test_attribute_props_reads_custom_elements_components_and_shortcodes_not_html():
    text = ('<P><A HREF="x" TITLE="old html">a</A></P>\n<div title="tooltip"><x-paper title="T1" year="2020">'
            '</x-paper></div>\n<Publication Title="T2" Year="2021" />\n'
            '{{< pub title="T3" journal="Icarus" >}} {{% publication year="2019" title=\'T4\' %}} {{< ref "x" >}}')
    assert attribute_props(text) == [
        (text.index("<x-paper"), {"title": "T1", "year": "2020"}),
        (text.index("<Publication"), {"title": "T2", "year": "2021"}),
        (text.index("{{< pub"), {"title": "T3", "journal": "Icarus"}),
        (text.index("{{% pub"), {"year": "2019", "title": "T4"})]


def test_a_components_prop_written_as_a_literal_expression_is_read():
    """Astro, JSX and Svelte pass a prop that is no string as an expression: `authors={["Meng Lind", "Anya Okafor"]}`,
    `year={2024}`, `venue={"Icarus"}` (an Astro site's 11 papers had no authors). An expression that is code
    (`{paper.url}`, `{f(x)}`, an array of objects) is not data; a quoted attribute wins over an expression."""
    text = ('<Paper\n  title="Widget: A Study"\n  authors={["Meng Lind", "Anya Okafor*"]}\n  year={2024}\n'
            '  venue={"Icarus"}\n  link={paper.url}\n  tags={[{a: 1}]}\n  note={f("x")}\n/>\n')
    assert attribute_props(text) == [(0, {"title": "Widget: A Study", "authors": ["Meng Lind", "Anya Okafor*"],
                                          "year": 2024, "venue": "Icarus"})]


def test_a_jsx_value_is_read_as_its_markup_and_the_literal_goes_on_after_it():
    """`bibinfo: (<><i>Journal</i>, 61, 2025.</>)` in a React site's list: JSX was skipped as code, losing the venue
    and year the list keeps only there; a quote mark in its text ("Lee's") started a string past its end."""
    src = ("const P = [\n  {title: 'A', bibinfo: (<><i>Water Resources</i>, 61: e24, 2025.</>), link: 'x'},\n"
           "  {title: 'B', bibinfo: <div><i>IEEE Trans. Sig. Proc.</i>, 58(10),<br/>\n Oct. 2010; Lee's{' '}"
           "<a href=\"a.pdf\">report</a>.</div>, year: 2010},\n  {title: 'C', info: <Cite x={f(1)} />, n: 1},\n];\n")
    assert literals(src) == [[
        {"title": "A", "bibinfo": "<i>Water Resources</i>, 61: e24, 2025.", "link": "x"},
        {"title": "B", "bibinfo": "<div><i>IEEE Trans. Sig. Proc.</i>, 58(10), Oct. 2010; Lee's "
                                  "<a href=\"a.pdf\">report</a>.</div>", "year": 2010},
        {"title": "C", "info": "<Cite x= />", "n": 1}]]


def test_a_less_than_sign_that_opens_no_element_is_still_skipped_as_code():
    assert literals("x = [{a: <b, c: 1}, {d: 2}]") == [[{"a": None, "c": 1}, {"d": 2}]]


def test_a_string_written_in_pieces_joined_by_plus_is_one_string():
    """`title: 'Prediction of chemical ordering in ' + 'refractory alloys'` (a long title split over lines) was
    skipped as an expression: the paper was lost."""
    src = ("const P = [{title: 'Prediction of chemical ordering in ' +\n  'refractory alloys', year: 2024},"
           " {t: 'a' + b}];")
    assert literals(src) == [[{"title": "Prediction of chemical ordering in refractory alloys", "year": 2024},
                              {"t": None}]]


def test_a_quote_mark_in_jsx_text_that_retokenizes_the_rest_never_breaks_an_enclosing_literal():
    """A fuzzed script: JSX whose text holds a quote mark is followed by tokens read again from its end, and the
    enclosing array kept the old token count (IndexError, the file lost)."""
    src = "[<div>]' }/>/*]</i>`<><i><x]:<>Lee's<br/></i>2020(</i>[</i>//</div>](:x</i>/>=>*/=]>2020]{x"
    assert isinstance(literals(src), list)
    assert literals("x = [{a: (<p>Lee's <i>Book</i></p>), b: 'c'}, 'd']") == [
        [{"a": "<p>Lee's <i>Book</i></p>", "b": "c"}, "d"]]


def test_haskell_records_tuples_and_optional_values_are_read_with_haskells_comments():
    """A Haskell module of records (`Publication { title = "...", venue = Just ("ESOP", Just (...)) }`): the type's
    name before the braces, "=" between a key and its value, tuples as lists, `Just x` as x, `Nothing` as nothing;
    "--" and "{- -}" are comments (a paper commented out is no paper), and "--" inside a string is the string's. (The
    type signature's "[Publication]" is a list of a name: [None].)"""
    text = ('publicationList :: [Publication]\npublicationList =\n  [ Publication\n'
            '      { title = "A formal treatment"\n      , authors = [ "Liang-Ting Chen", "Hsiang-Shang Ko" ]\n'
            '      , venue = Just ("European Symposium on Programming (ESOP)", Just ("https://etaps.org", Yes))\n'
            '      , year = 2024\n      , info = [ ("Pages", "115--142", Nothing) ]\n      }\n'
            '--  , Publication { title = "Withdrawn" }\n  {- , Publication { title = "Draft" } -}\n  ]\n')
    assert literals(text, "dash")[1:] == [[{
        "title": "A formal treatment", "authors": ["Liang-Ting Chen", "Hsiang-Shang Ko"],
        "venue": ["European Symposium on Programming (ESOP)", ["https://etaps.org", None]], "year": 2024,
        "info": [["Pages", "115--142", None]]}]]


def test_julia_named_tuples_and_strings_in_three_quotes_are_read_with_julias_comments():
    text = ('# the academic page\nacademics = [\n    (\n        href="https://doi.org/10.1002/x",\n'
            '        title="Rod-shaped quantum dots",\n        intro="""Line one.\n<ul><li>Two</li></ul>""",\n'
            '        date=Date("18-10-2023", dateformat"d-m-y"),\n        tags=["English"],\n    ),\n'
            '    #= (title="Old one",) =#\n]\n')
    assert literals(text, "hash") == [[{"href": "https://doi.org/10.1002/x", "title": "Rod-shaped quantum dots",
                                        "intro": "Line one.\n<ul><li>Two</li></ul>", "date": "18-10-2023",
                                        "tags": ["English"]}]]


def test_a_date_made_from_a_string_is_that_string_and_other_calls_are_code():
    """`new Date("2023-05-01")`, Julia's `Date("18-10-2023", dateformat"d-m-y")`: the date as written (the year was
    lost); a call on any other string (`t("papers.one")`, a translation's key) is code."""
    assert literals('x = [{date: new Date("2023-05-01"), t: t("papers.one"), n: 3}]') == [
        [{"date": "2023-05-01", "t": None, "n": 3}]]


def test_brackets_that_open_an_arrow_function_or_hold_code_are_still_code():
    """`data: () => ({ papers: [...] })` (Vue's options API) keeps its literals; `(a + b)` is no tuple."""
    assert literals('export default { data: () => ({ papers: [{ title: "T" }] }), n: (a + b) }') == [
        {"data": {"papers": [{"title": "T"}]}, "n": None}]


def test_a_declarations_name_is_kept_with_its_literal_when_asked():
    """`named=True` gives a literal a declaration names as a mapping of the name to it (datafile reads the name as a
    key: "const talks = [...]" holds no papers); a literal passed to a call or returned has no name."""
    text = ("const papers: Paper[] = [{ title: 'A' }];\nexport let invitedTalks = [{ title: 'B' }];\n"
            "f([{ title: 'C' }]);\nfunction g() { return [{ title: 'D' }]; }\n")
    assert literals(text, named=True) == [{"papers": [{"title": "A"}]}, {"invitedTalks": [{"title": "B"}]},
                                          [{"title": "C"}], [{"title": "D"}]]
    assert literals(text) == [[{"title": "A"}], [{"title": "B"}], [{"title": "C"}], [{"title": "D"}]]


def test_a_string_in_braces_in_jsx_text_is_its_text_and_an_attribute_value_stays():
    src = '<p className={"pub"}>\n  Darwin\'s{" "}\n  <em>Descent</em>{\' \'}and ${"x"} {"—"}\n</p>'
    assert script_as_page(src) == '<p className={"pub"}>\n  Darwin\'s \n  <em>Descent</em> and ${"x"} —\n</p>'


def test_the_comments_of_a_script_are_no_text_of_its_page_and_lines_stay():
    src = ('// Updated 20190615 -- corrected year\nvar p = new Journal(\n  "https://doi.org/10.1/x", // the DOI\n'
           '  /* volume\n  and pages */ "21",\n);\n<p>{/* a note */}Title</p>')
    assert script_as_page(src) == ('\nvar p = new Journal(\n  "https://doi.org/10.1/x", // the DOI\n\n "21",\n);\n'
                                   '<p>Title</p>')
    assert script_as_page("/* one\ntwo */\nx") == "\n\nx"


def test_a_component_page_read_as_markup_has_no_jsx_spaces_in_its_titles(db, tmp_path):
    """A Next.js page that writes its list as JSX (no list kept as data): the `{" "}` a formatter writes where it
    wraps a line stayed in titles ("Beauty as a Terministic Screen in Darwin's{" "} The Descent of Man")."""
    items = "".join(
        f'        <li>\n          Okafor, Ana. "{t}{{" "}}\n          <em>{v}</em>." <i>Victorian Widget Review</i> '
        f'{n} ({y}): 1-20.{{" "}}\n        </li>\n'
        for t, v, n, y in [("Beauty as a Screen in", "The Descent of Widgets", 2, 2010),
                           ("Reading", "Sowing the Wind", 3, 2014)])
    page = ("export default function Academic() {\n  return (\n    <main>\n      <h2>Articles</h2>\n      <ul>\n"
            f"{items}      </ul>\n    </main>\n  );\n}}\n")
    (tmp_path / "page.tsx").write_text(page, encoding="utf-8")
    pubs = read_profile(tmp_path / "page.tsx", db).publications
    assert [(p.title, p.year) for p in pubs] == [("Beauty as a Screen in The Descent of Widgets", 2010),
                                                 ("Reading Sowing the Wind", 2014)]
