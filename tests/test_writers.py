"""Writers: escaping, round trips, spreadsheet safety, determinism, atomic files."""

from __future__ import annotations

import contextlib
import csv
import io
import json
from pathlib import Path

import bibtexparser
from conftest import ROOT, read_back
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pubnorm.model import Publication
from pubnorm.pipeline import run
from pubnorm.venues import load_venues
from pubnorm.writers import write_atomic
from pubnorm.writers.bibtex import bibtex_entries, format_entries, write_bibtex
from pubnorm.writers.csvout import write_csv
from pubnorm.writers.jsonout import write_json

HOSTILE = r"Evil \input{/etc/passwd} \def\x{y} } { 100% & #1 _x_ $math$ ^ ~ @misc"


def test_bibtex_values_are_inert():
    pub = Publication(title=HOSTILE, authors=["Robert '); DROP", "Ann } Other"], year=2024)
    text, _ = write_bibtex([pub])
    lib = bibtexparser.parse_string(text)
    assert not lib.failed_blocks and len(lib.entries) == 1
    assert "\\input" not in text.replace("\\textbackslash{}input", "")
    title = lib.entries[0].fields_dict["title"].value
    assert "\\%" in title and "\\&" in title and "\\textbraceleft{}" in title


@settings(max_examples=150, deadline=None)
@given(st.text(min_size=1, max_size=60), st.lists(st.text(min_size=1, max_size=20), max_size=3))
def test_bibtex_always_parses_back(title, authors):
    pub = Publication(title=title, authors=authors, year=2020)
    text, _ = write_bibtex([pub])
    lib = bibtexparser.parse_string(text)
    assert not lib.failed_blocks and len(lib.entries) == 1


def test_untitled_records_get_a_note_not_a_fake_title():
    pub = Publication(label="MergeBench", ids={"arxiv": "2505.10833"}, status="preprint", year=2025)
    text, warnings = write_bibtex([pub])
    assert "title =" not in text and "MergeBench" in text and warnings
    skipped, _ = write_bibtex([pub], untitled="skip")
    assert skipped.strip() == ""


def test_csv_neutralizes_formulas_and_keeps_columns():
    pub = Publication(title='=HYPERLINK("http://x","y")', authors=["+A", "B"], year=2024)
    rows = list(csv.reader(io.StringIO(write_csv([pub]))))
    assert rows[0][0] == "key" and len(rows[1]) == len(rows[0])
    assert rows[1][1].startswith("'=") and rows[1][3] == "'+A; B"


def test_export_is_deterministic_and_merges(db):
    a = write_json(run([ROOT / "examples"], db).publications)
    b = write_json(run([ROOT / "examples"], db).publications)
    assert a == b
    data = json.loads(a)
    assert {"key", "title", "label", "authors", "year", "venue", "venue_raw", "status", "awards", "ids", "urls", "sources"} <= set(data[0])
    assert len({r["key"] for r in data}) == len(data)


def test_atomic_write_keeps_old_file_on_failure(tmp_path: Path, monkeypatch):
    target = tmp_path / "out.bib"
    target.write_text("old", encoding="utf-8")

    def boom(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr("os.replace", boom)
    with contextlib.suppress(OSError):
        write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.bib"]


def test_a_workshop_paper_is_written_as_the_workshop_without_the_host_rank(db):
    pub = Publication(title="Agents for Tables", authors=["Ann Lee"], year=2023, venue_raw="TRL Workshop @ NeurIPS 2023",
                      venue=db.match("TRL Workshop @ NeurIPS 2023"))
    entry = bibtexparser.parse_string(write_bibtex([pub])[0]).entries[0]
    assert entry.entry_type == "inproceedings"
    assert entry.fields_dict["booktitle"].value == "TRL Workshop at NeurIPS"
    record = json.loads(write_json([pub]))[0]
    assert record["venue"]["id"] == "neurips" and record["venue"]["track"] == "Workshop" and record["venue"]["ranks"] == {}


def test_a_paper_whose_page_leaves_its_authors_out_keeps_the_type_its_venue_says(db):
    """A page that lists its owner's papers without names (a CSV of year, title, journal; a solo author's list):
    the paper is still a journal's article or a meeting's paper, written so with no author field (it was @misc,
    and 87 labelled articles of the dev pages came out as misc, most of them so). No title: still a note."""
    article = Publication(title="The French future tense", year=2005, venue_raw="Languages in Contrast",
                          venue=db.match("Languages in Contrast"), volume="5", pages="181-218")
    paper = Publication(title="Agents for Tables", year=2023, venue_raw="NeurIPS 2023", venue=db.match("NeurIPS 2023"))
    untitled = Publication(year=2023, venue_raw="NeurIPS 2023", venue=db.match("NeurIPS 2023"))
    entries = bibtexparser.parse_string(write_bibtex([article, paper, untitled])[0]).entries
    assert [e.entry_type for e in entries] == ["article", "inproceedings", "misc"]
    assert all("author" not in e.fields_dict for e in entries)


_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=60)


def _bibtexparser_layout(entries) -> str:  # type: ignore[no-untyped-def]
    """The entries written by bibtexparser v2's own writer (the layout pubnorm's writer reproduces)."""
    from bibtexparser import model as bm
    from bibtexparser.middlewares.parsestack import default_unparse_stack

    library = bibtexparser.Library()
    for etype, key, fields in entries:
        library.add(bm.Entry(etype, key, [bm.Field(k, v) for k, v in fields]))
    fmt = bibtexparser.BibtexFormat()
    fmt.indent, fmt.block_separator, fmt.trailing_comma = "  ", "\n", False
    return bibtexparser.write_string(library, unparse_stack=default_unparse_stack(), bibtex_format=fmt)


def test_bibtex_layout_is_bibtexparsers():
    result = run([ROOT / "examples"], load_venues())
    for ascii in (False, True):
        entries, _ = bibtex_entries(result.publications, ascii=ascii)
        assert len(entries) >= 20
        assert format_entries(entries) == _bibtexparser_layout(entries)
    assert format_entries([("misc", "k", [])]) == _bibtexparser_layout([("misc", "k", [])])


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(_TEXT, st.lists(_TEXT, max_size=3), st.booleans()), min_size=1, max_size=4))
def test_bibtex_layout_is_bibtexparsers_for_any_text(items):
    pubs = [Publication(title=t, authors=a, et_al=e, year=2021) for t, a, e in items]
    for ascii in (False, True):
        entries, _ = bibtex_entries(pubs, ascii=ascii)
        assert format_entries(entries) == _bibtexparser_layout(entries)


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.lists(_TEXT, max_size=3))
@example(title="0", authors=[",V"])  # a comma before a suffix-like word: was written "{, V}" and read back so
@example(title="0", authors=["Aa A"])  # surname first, initials after: written "Aa, A.", read back "A. Aa"
@example(title="0", authors=["Aa*V"])  # its initial reads like a suffix ("V"): written "Aa, V.", read back "V. Aa"
def test_any_title_and_author_survive_export_and_reparse(title, authors):
    from pubnorm.sources.bibtex import read_bibtex
    from pubnorm.venues import load_venues

    db = load_venues()  # cached: a warm load is one unpickle

    from pubnorm.normalize import as_exported, clean_names

    # the documented normalizations: NFC, no emoji, squashed spaces; contribution marks out of names
    want_title = as_exported(title)
    want_authors = clean_names([as_exported(a) for a in authors if a.split() and a.strip().lower() != "others"])[0]
    want_authors = [a for a in want_authors if a.lower() != "others"]
    pub = Publication(title=want_title or None, authors=want_authors, year=2020)
    text, _ = write_bibtex([pub])
    back = read_bibtex("x.bib", text, db).publications
    assert len(back) == 1
    assert back[0].title == pub.title
    assert back[0].authors == read_back(want_authors)  # "Smith, J. A." is BibTeX's "Last, First"
    assert write_bibtex(back)[0] == text  # idempotent


def test_keys_stay_unique_when_a_suffix_meets_another_base():
    from pubnorm.records import make_keys

    pubs = [Publication(title="Learning", authors=["Ann Lee"], year=2020),
            Publication(title="Learninga", authors=["Ann Lee"], year=2020),
            Publication(title="Learning", authors=["Ann Lee"], year=2020)]
    keys = make_keys(pubs)
    assert len(set(keys)) == 3 and keys[1] == "lee2020learninga" and keys[0].startswith("lee2020learning")


def test_a_key_spells_the_letters_no_accent_stripping_makes_ascii():
    """"Łukasz Wałęsa", "Jørgen Møller", "Yaslıkaya, R.": the letters ł, ø, ı (and ß, æ) were dropped from keys
    ("waesa2020resund", "mller2021strae"); they are spelled as ASCII spells them."""
    from pubnorm.records import make_keys

    pubs = [Publication(title="Øresund bridges", authors=["Łukasz Wałęsa"], year=2020),
            Publication(title="Kafe", authors=["Yaslıkaya, R."], year=2025),
            Publication(title="Straße", authors=["Jørgen Møller"], year=2021)]
    assert make_keys(pubs) == ["walesa2020oresund", "yaslikaya2025kafe", "moller2021strasse"]


def test_twin_keys_count_up_past_taken_ones_in_linear_time():
    """Records with the same author, year and title get stem, stem2, stem3, ... skipping a key a source already
    uses; 20,000 such twins (issue 15: `@a{k, t={x}} @b{` repeated) take well under the 10 s safety bound (the
    counter used to restart at 2 for every twin: minutes)."""
    import time

    from pubnorm.records import make_keys

    twin = {"title": "Learning", "authors": ["Ann Lee"], "year": 2020}
    keys = make_keys([Publication(**twin) for _ in range(3)])
    stem = keys[0]
    assert keys == [stem, stem + "2", stem + "3"]
    keys = make_keys([Publication(**twin), Publication(key=stem + "3"), Publication(**twin), Publication(**twin)])
    assert keys == [stem, stem + "3", stem + "2", stem + "4"]
    t = time.perf_counter()
    keys = make_keys([Publication(**twin) for _ in range(20_000)])
    assert time.perf_counter() - t < 10
    assert len(set(keys)) == 20_000 and keys[-1] == f"{stem}20000"


def test_a_bib_journal_that_is_the_venues_name_keeps_its_own_capitals(tmp_path, db):
    """'{NeuroImage}' is the journal the database calls 'Neuroimage' (its list writes it so): the source's
    capitals are kept; an abbreviation of the name is still written as the name."""
    src = tmp_path / "a.bib"
    src.write_text("@article{a1, title = {Cortical maps}, author = {Doe, Jane}, journal = {{NeuroImage}}, year = {2020}}\n"
                   "@article{a2, title = {Drug maps}, author = {Doe, Jane}, journal = {Psychopharmacology (Berl)}, "
                   "year = {2021}}\n", encoding="utf-8")
    text, _ = write_bibtex([p for prof in run([src], db).profiles for p in prof.publications])
    assert "journal = {{NeuroImage}}" in text and "journal = {Psychopharmacology}" in text


def test_a_page_venue_that_is_the_venues_name_keeps_the_pages_capitals(tmp_path, db):
    """A journal list writes some names in sentence case ("Political research quarterly"): a page that wrote the
    same name in its capitals keeps them in the .bib; the JSON keeps the database's name (its identity)."""
    page = tmp_path / "p.md"
    page.write_text("## Papers\n\n- Kim, J. (2022). Gender quotas and the vote. *Political Research Quarterly* "
                    "75(4): 1065-1078.\n", encoding="utf-8")
    (pub,) = [p for prof in run([page], db).profiles for p in prof.publications]
    assert pub.venue is not None and pub.venue.venue is not None
    assert pub.venue.venue.name != "Political Research Quarterly"  # the list's own spelling
    text, _ = write_bibtex([pub])
    assert "journal = {Political Research Quarterly}" in text


def _encoded_record(p, key, cluster=None, kind=None) -> str:  # type: ignore[no-untyped-def]
    """A record as the JSON writer wrote it before record_json: its dict, by json's encoder."""
    from pubnorm.records import to_record

    return json.JSONEncoder(ensure_ascii=False).encode(to_record(p, key, cluster, kind))


def test_record_json_is_the_encoded_record_of_every_example_and_fixture(db):
    """record_json writes a record without its dict: the same text as the dict's encoding, on every record read
    from the examples and fixtures (merged across pages, with clusters: venues, candidates, versions, merges)."""
    from pubnorm.records import make_keys, record_json
    from pubnorm.writers.bibtex import entry_type

    result = run([ROOT / "examples", ROOT / "tests" / "fixtures", ROOT / "tests" / "sites"], db)
    by_merged = {id(c.merged): c for c in result.clusters}
    pubs = result.publications + [m for c in result.clusters for m in c.members]
    assert len(pubs) > 100 and any(len(c.members) > 1 for c in result.clusters)
    assert any(p.venue is not None and p.venue.method == "ambiguous" for p in pubs)
    for p, k in zip(pubs, make_keys(pubs), strict=True):
        cluster, kind = by_merged.get(id(p)), entry_type(p)
        assert record_json(p, k, cluster, kind) == _encoded_record(p, k, cluster, kind)


_ANY_TEXT = st.one_of(st.none(), st.text(max_size=12), st.sampled_from(["\ud800", "\"\\\n\x00é\u2028", "𝔘"]))
_TEXTS = st.lists(st.text(max_size=8), max_size=3)


@settings(max_examples=300, deadline=None)
@given(title=_ANY_TEXT, label=_ANY_TEXT, note=_ANY_TEXT, authors=_TEXTS, notes=_TEXTS, year=st.one_of(st.none(), st.integers()),
       et_al=st.booleans(), ids=st.dictionaries(st.sampled_from(["doi", "arxiv", "acl", "zz", "a"]), st.text(max_size=6)),
       extra=st.dictionaries(st.text(max_size=4), st.text(max_size=6), max_size=3), versions=st.lists(st.text(max_size=5), max_size=2),
       line=st.integers(min_value=0, max_value=10**12), venue=st.sampled_from(["", "NeurIPS 2023", "TRL Workshop @ NeurIPS 2023",
                                                                               "ICML", "Nature", "Robust things", "ACL"]),
       eprint=_ANY_TEXT, pages=_ANY_TEXT, editors=_TEXTS, keywords=_TEXTS, urls=_TEXTS,
       links=st.dictionaries(st.sampled_from(["pdf", "code"]), st.text(max_size=6), max_size=2))
def test_record_json_is_the_encoded_record(db, title, label, note, authors, notes, year, et_al, ids, extra, versions, line, venue,
                                           eprint, pages, editors, keywords, urls, links):
    """... and on made records: any text (quotes, controls, surrogates, other planes), numbers, booleans, empty and
    full containers, a venue matched or not, versions; each run of fields written as one piece when all are empty
    (people, bibliographic fields, lists, eprint, links) empty or not."""
    from pubnorm.model import SourceLoc
    from pubnorm.records import record_json

    p = Publication(title=title, label=label, note=note, authors=authors, notes=notes, year=year, et_al=et_al, ids=ids,
                    extra=extra, versions=tuple(versions), venue=db.match(venue) if venue else None,
                    venue_raw=venue or None, sources=[SourceLoc(title or "p.md", line, note or "")] * (line % 3),
                    eprint=eprint, pages=pages, editors=editors, keywords=keywords, urls=urls, links=links)
    assert record_json(p, label or "k", None, title) == _encoded_record(p, label or "k", None, title)


def test_vancouver_names_are_written_surname_first_in_every_format(tmp_path):
    """A page's "Smith JA, Doe B, Roe C." was written `author = {Smith JA and ...}` (BibTeX: surname "JA"), RIS
    "JA, Smith", CSL family "JA", and keyed "ja1992..."."""
    page = tmp_path / "pubs.md"
    page.write_text("# Publications\n\nSmith JA, Doe B, Roe C. Bordetella infections in rabbits. J Clin Microbiol. "
                    "1990 Jan;28(1):70-5.\n", encoding="utf-8")
    result = run([page], load_venues())
    bib, _ = write_bibtex(result.publications)
    assert "author = {Smith, J. A. and Doe, B. and Roe, C.}" in bib and "@article{smith1990bordetella," in bib
    entry = bibtexparser.parse_string(bib).entries[0]
    assert entry["author"] == "Smith, J. A. and Doe, B. and Roe, C."
    from pubnorm.writers.csljson import csl_item
    from pubnorm.writers.ris import ris_record

    p = result.publications[0]
    assert p.authors == ["Smith JA", "Doe B", "Roe C"]  # the record keeps them as written
    assert csl_item(p, "k")["author"][0] == {"family": "Smith", "given": "J. A."}
    assert "AU  - Smith, J. A." in ris_record(p, "k")


def test_a_name_written_surname_first_is_bibtex_last_first_not_one_braced_surname(tmp_path):
    """APA's "Smith, J. A., Doe, B., & Roe, C." was written `{Smith, J. A.} and {Doe, B.}`: BibTeX took each for a
    surname alone (author-year styles cited "Smith, J. A. et al."); it is BibTeX's own "Last, First" form."""
    from bibtexparser.middlewares import SeparateCoAuthors, SplitNameParts

    page = tmp_path / "pubs.md"
    page.write_text("# Publications\n\n- Smith, J. A., Doe, B., & Roe, C. (2020). A study of rabbits in the wild. "
                    "*Journal of Zoology*, 1(2), 3-4.\n", encoding="utf-8")
    bib, _ = write_bibtex(run([page], load_venues()).publications)
    assert "author = {Smith, J. A. and Doe, B. and Roe, C.}" in bib
    lib = bibtexparser.parse_string(bib, append_middleware=[SeparateCoAuthors(), SplitNameParts()])
    assert [(n.last, n.first) for n in lib.entries[0]["author"]] == [
        (["Smith"], ["J.", "A."]), (["Doe"], ["B."]), (["Roe"], ["C."])]
    # two commas that are not "Last, Jr, First" stay one braced name
    assert "{Lab, Group, Team}" in write_bibtex([Publication(title="T", authors=["Lab, Group, Team"], year=2020)])[0]


def _page_entries(tmp_path: Path, items: list[str]) -> dict:
    """The BibTeX entries, by key, of a Markdown page listing `items` under "# Publications", read back."""
    page = tmp_path / "pubs.md"
    page.write_text("# Publications\n\n" + "".join(f"- {x}\n" for x in items), encoding="utf-8")
    bib, _ = write_bibtex(run([page], load_venues()).publications)
    return {e.key: e for e in bibtexparser.parse_string(bib).entries}


def test_a_paper_in_a_venue_of_type_book_is_a_chapter(tmp_path):
    """A venue of type book (an edited volume or a series of them: venues.yaml's Psychology of Learning and
    Motivation, the journal layer's Methods in Molecular Biology) holds chapters: such a paper was written as @book,
    the paper claimed to be the book itself. It is @incollection, the book its booktitle."""
    entries = _page_entries(tmp_path, [
        "Lee, A., & Kim, B. (2018). Widget memory. *Psychology of Learning and Motivation*, 68, 1-40.",
        "Lee, A. (2020). Rapid widget assembly. *Methods in Molecular Biology*, 2100, 45-60."])
    for key, book in (("lee2018widget", "Psychology of Learning and Motivation"),
                      ("lee2020rapid", "Methods in Molecular Biology")):
        assert entries[key].entry_type == "incollection", key
        assert entries[key]["booktitle"] == book and "journal" not in entries[key].fields_dict


def test_an_unknown_meeting_named_by_its_acronym_and_year_is_a_meetings(tmp_path):
    """Pages name meetings by acronym and year ("[EMNLP 24]"); one the database lacks ("WXKG 2023", "IEEE WIDGETSIG")
    gave @misc. It is @inproceedings; a word in capitals alone ("DOI"), an identifier ("PMC5432227") and a journal's
    acronym as IEEE writes them ("TWID 2024": Transactions) are not."""
    from pubnorm.writers.bibtex import entry_type

    def kind(venue: str) -> str:
        return entry_type(Publication(title="Widget graphs", authors=["A. Lee"], year=2023, venue_raw=venue))

    assert [kind(v) for v in ("WXKG 2023", "WidgetML 2019", "IEEE WIDGETSIG", "WXKG'23")] == ["inproceedings"] * 4
    assert [kind(v) for v in ("DOI", "PMC5432227", "TWID 2024", "JWSD 2013", "Widget Letters 2020")] == [
        "misc", "misc", "misc", "misc", "article"]


def test_a_masters_thesis_named_with_a_typographic_apostrophe_or_as_an_masc(tmp_path):
    """Quarto and Pandoc write "Master’s Thesis" with a typographic apostrophe: the heading said no kind of papers
    (the words were looked for with a straight one only), and a thesis under it was @misc; an "M.A.Sc. Thesis" was
    no master's either."""
    page = tmp_path / "pubs.md"
    page.write_text("# Publications\n\n## Master’s Thesis\n\n"
                    "- **Lind, A.** (2025). *Conflated random slopes in widget models*. University of Iowa.\n\n"
                    "## Other\n\n- **Widget tubes for acoustic modelling** [PDF](x.pdf)<br>\n"
                    "  M.A.Sc. Thesis<br>\n  University of British Columbia (UBC) 2021.\n", encoding="utf-8")
    pubs = {p.title: p for p in run([page], load_venues()).publications}
    bib, _ = write_bibtex(list(pubs.values()))
    entries = {e.key: e for e in bibtexparser.parse_string(bib).entries}
    assert sorted(e.entry_type for e in entries.values()) == ["mastersthesis", "mastersthesis"], bib


def test_a_venue_the_database_lacks_gives_the_entry_type_its_words_say(tmp_path):
    """A paper at a meeting or in a periodical the database does not know was @misc with `howpublished`: a
    conference paper with no booktitle in every style. The venue's own words say which: "Proceedings", "Conference",
    "Symposium", "Workshop" -> @inproceedings; "Journal", "Transactions", "Review" -> @article; neither -> @misc."""
    entries = _page_entries(tmp_path, [
        "Lee, A., & Kim, B. (2018). Urban trees and heat. *Journal of Imaginary Urban Studies*, 12(3), 45-67.",
        "Lee, A. (2019). Soil moisture in drylands. In *Proceedings of the 9th Symposium on Imaginary Hydrology*, Oslo, "
        "pp. 3-9.",
        "Lee, A. (2020). Shade and play. *Imaginary Playgrounds Yearbook*, 4."])
    assert entries["lee2018urban"].entry_type == "article"
    assert entries["lee2018urban"]["journal"] == "Journal of Imaginary Urban Studies"
    assert entries["lee2019soil"].entry_type == "inproceedings"
    assert "Symposium on Imaginary Hydrology" in entries["lee2019soil"]["booktitle"]
    assert entries["lee2020shade"].entry_type == "misc" and "howpublished" in entries["lee2020shade"].fields_dict
    from pubnorm.writers.bibtex import _kind_written

    # a book's editors say a chapter, whatever the book is called; "trans." and "J." are no journal's words there
    assert _kind_written("In J. Smith (Ed.), Annals of Imaginary Cities") == "incollection"
    assert _kind_written("Annals of Imaginary Cities", edited=True) == "incollection"
    assert _kind_written("Proceedings of the Imaginary Symposium", edited=True) == "inproceedings"
    assert _kind_written("Journal of Imaginary Cities, special issue, eds. J. Smith") is None
    # meetings named in the pages' languages, and the books chapters are in
    assert [_kind_written(t) for t in ("XV Simpósio Nacional de Geografia Imaginária", "II Congreso de Estudios "
                                       "Imaginarios", "Conférence Francophone sur les Widgets", "2017 Imaginary "
                                       "Annual Meeting", "Handbook of Imaginary Models", "IET Book Chapter",
                                       "한국위젯학회 추계학술대회", "全国小工具会议")] == [
        "inproceedings", "inproceedings", "inproceedings", "inproceedings", "incollection", "incollection",
        "inproceedings", "inproceedings"]
    # Japanese conventions' and talks' proceedings ("...第82回全国大会論文集", "...講演予稿集"); a society's journal
    # ("...学会誌") is a journal, and "...論文集" alone ("土木学会論文集" is a journal too) says nothing
    assert [_kind_written(t) for t in ("情報処理学会第82回全国大会論文集", "言語処理学会第26回年次大会発表論文集",
                                       "電気関係学会東海支部連合大会講演論文集", "日本地震学会秋季大会講演予稿集",
                                       "日本小道具学会誌", "土木学会論文集")] == [
        "inproceedings", "inproceedings", "inproceedings", "inproceedings", "article", None]
    # the proceedings of a society or an academy are its journal, not those of a meeting it holds
    assert [_kind_written(t) for t in ("Proceedings of the National Academies of Imaginary Sciences",
                                       "Proc. Nat. Acad. Imag. Sci", "Proceedings of the Institution of Imaginary "
                                       "Engineers", "Proceedings of the Imaginary Society Annual Meeting")] == [
        "article", "article", "article", "inproceedings"]
    # an unknown venue cited with a volume and its issue or pages is a journal's; a volume alone says nothing
    from pubnorm.writers.bibtex import entry_type

    cited = Publication(title="T", authors=["A. Lee"], year=2003, venue_raw="Kybernetica", volume="39", pages="205--215")
    assert entry_type(cited) == "article"
    cited.pages = None
    assert entry_type(cited) == "misc"
    # the section a page lists the paper under names its kind, when the venue is unknown and says nothing
    listed = Publication(title="T", authors=["A. Lee"], year=2003, venue_raw="Widgets of Oslo 2003")
    kinds = {}
    for section in ("Publications > Journal Articles > 2003", "Refereed Conference Papers", "Book Chapters",
                    "Artigos em periódicos", "国際会議", "Journal and Conference Papers", "Artigos e capítulos de livro",
                    "Talks", None, "국내 학회지", "국제학회"):
        listed.section = section
        kinds[section] = entry_type(listed)
    assert list(kinds.values()) == ["article", "inproceedings", "incollection", "article", "inproceedings", "misc",
                                    "misc", "misc", "misc", "article", "inproceedings"]
    listed.venue_raw, listed.section = None, "Journal Articles"
    assert entry_type(listed) == "misc"  # no journal to name: BibTeX's @article requires one
    # ... and so does the name of the file a page of one kind of papers is (it was @misc): a heading by another name
    from pubnorm.model import SourceLoc

    filed = Publication(title="T", authors=["A. Lee"], year=2003, venue_raw="Widgets of Oslo")
    kinds = {}
    for path in ("_pages/journal-papers.md", "_data/articulos.csv", "site\\book-chapters.qmd", "artigos2006.dart",
                 "conference-list.md", "publications.md", "proceedings_articles.md"):
        filed.sources = [SourceLoc(path, 3)]
        kinds[path] = entry_type(filed)
    assert list(kinds.values()) == ["article", "article", "incollection", "article", "inproceedings", "misc", "misc"]
    filed.sources = [SourceLoc("journal.md", 3), SourceLoc("conferences.md", 5)]  # two files, two kinds: unsaid
    assert entry_type(filed) == "misc"
    filed.sources, filed.section = [SourceLoc("journal.md", 3)], "Conference Papers"  # the heading is nearer
    assert entry_type(filed) == "inproceedings"
    # a doctor's or a master's thesis by the heading's name, its venue the school; not papers "during my PhD"
    school = Publication(title="T", authors=["A. Lee"], year=2016, venue_raw="Widget University")
    for section, kind in (("PhD Thesis", "phdthesis"), ("Master's Theses", "mastersthesis"), ("博士学位论文", "phdthesis"),
                          ("Publications during my PhD", "misc"), ("Theses", "misc")):
        school.section = section
        assert entry_type(school) == kind, section
    school.section = "PhD Thesis"
    (entry,) = bibtex_entries([school])[0]
    assert entry[0] == "phdthesis" and ("school", "Widget University") in entry[2]
    assert _kind_written("Imaginary Essays, trans. J. Smith") is None
    assert _kind_written("Phys. Rev. Lett. 12") == "article"
    # a chapter said so ("Chapter in X", "Chapter 4 in X") or a book's editors after "Editor:" (they were @misc)
    assert [_kind_written(t) for t in ("Chapter in Climate Smart Widgets", "Chapter 4 in The Widget Book",
                                       "Widget Research: New Tools. Editor: Okafor A, Lind B", "Widget Studies (editors)",
                                       "Journal of Widgets, chapter in press")] == [
        "incollection", "incollection", "incollection", "incollection", "article"]
    # periodicals named in the pages' languages (they were @misc: "Revista Latina de ...", "Zeitschrift für ..."),
    # and a French workshop ("Atelier ... @ TALN"); "Anais do ..." names proceedings and journals alike: unsaid
    assert [_kind_written(t) for t in ("Revista Imaginária de Ciências Sociais", "Zeitschrift für Widgetforschung",
                                       "Boletín de la Asociación de Widgets", "Cahiers de Widgets Marins",
                                       "Acta Widgetica", "东方工业大学学报(社会科学版)", "Atelier Fouille de Widgets",
                                       "Anais do Widget Brasileiro")] == [
        "article", "article", "article", "article", "article", "article", "inproceedings", None]


def test_a_page_of_one_kind_of_papers_tells_the_kind_of_a_venue_the_database_lacks(tmp_path):
    """A venue the database does not know and whose words say nothing ("Imaginary Eye Science") was @misc on any
    page. Among papers whose known venues are all journals it is a journal's (and among conference papers a
    conference's); not on a page of both kinds, nor when the venue is a publisher's or a body's name (a work at a
    press, "*Springer Verlag*", is a book it published), nor for a record whose DOI is a preprint server's."""
    journals = ["Lee, A. (2018). Urban trees. *Nature Communications*, 9, 1-8.",
                "Lee, A. (2019). Soil water. *Water Resources Research*, 55, 3-9.",
                "Lee, A. (2020). Shade. *Remote Sensing of Environment*, 240, 11-19."]
    entries = _page_entries(tmp_path, [*journals, "Lee, A. (2021). Eye widgets. *Imaginary Eye Science*.",
                                       "Lee, A. (2021). Widget tales. *Springer Verlag*.",
                                       "Lee, A. (2022). Early widgets. *Imaginary Widget Archive*. "
                                       "https://doi.org/10.1101/2022.01.02.123456"])
    assert [entries[k].entry_type for k in ("lee2018urban", "lee2021eye", "lee2021widget", "lee2022early")] == [
        "article", "article", "book", "misc"]
    assert entries["lee2021eye"]["journal"] == "Imaginary Eye Science"
    meetings = ["Lee, A. (2018). Urban trees. In *CVPR*.", "Lee, A. (2019). Soil water. In *NeurIPS*.",
                "Lee, A. (2020). Shade. In *ICML*.", "Lee, A. (2021). Eye widgets. In *Imaginary Eye Days*."]
    assert _page_entries(tmp_path, meetings)["lee2021eye"].entry_type == "inproceedings"
    # both kinds on one page (3 journals and 2 meetings: less than three in four one kind), or too few: unsaid
    mixed = [*journals, *meetings[:2], "Lee, A. (2021). Eye widgets. *Imaginary Eye Science*."]
    assert _page_entries(tmp_path, mixed)["lee2021eye"].entry_type == "misc"
    few = [*journals[:2], "Lee, A. (2021). Eye widgets. *Imaginary Eye Science*."]
    assert _page_entries(tmp_path, few)["lee2021eye"].entry_type == "misc"
    # what is no journal's or meeting's paper yet, or names no venue at all, is not taken for one either
    from pubnorm.writers.bibtex import entry_type

    page = Publication(title="T", authors=["A. Lee"], year=2021, page_kind="article")
    kinds = {}
    for raw in ("Imaginary Eye Science", "Unpublished", "Patent filed on 2/3/2024", "arXiv 2025: 2505.09989v1",
                "PubMed Central PMCID: PMC123", "Imaginary Widget Bank", "NBER Working Paper"):
        page.venue_raw = raw
        kinds[raw] = entry_type(page)
    # (a bank is no journal: the body that issued a report, see the next test)
    assert list(kinds.values()) == ["article", "misc", "misc", "misc", "misc", "techreport", "misc"]


def test_a_venue_that_names_the_body_that_issued_the_paper_is_a_reports_institution(tmp_path):
    """"Lee, A. (2020). Widget budgets. Institute of Imaginary Public Affairs." was @misc: a venue the database does not
    know, whose words name the body that issued the paper (an institute, a centre, a bank, a foundation, an agency),
    is a report's institution. Not a university or a laboratory (a thesis's school, bioRxiv's publisher)."""
    entries = _page_entries(tmp_path, [
        "Lee, A., & Kim, B. (2020). Widget budgets after the crisis. Institute of Imaginary Public Affairs.",
        "Lee, A. (2019). Widget schooling in Mesoamerica. Inter-Imaginary Development Bank, 2019.",
        "Lee, A. (2018). Widget theory. Imaginary University of Widgets."])
    report = entries["lee2020widget"]
    assert report.entry_type == "techreport" and report["institution"] == "Institute of Imaginary Public Affairs"
    assert entries["lee2019widget"].entry_type == "techreport"
    assert entries["lee2018widget"].entry_type == "misc"
    from pubnorm.writers.bibtex import entry_type

    preprint = Publication(title="T", authors=["A. Lee"], year=2021, venue_raw="Cold Spring Imaginary Institute",
                           ids={"doi": "10.1101/2021.01.02.123456"})
    assert entry_type(preprint) == "misc"


def test_a_preprint_server_without_an_eprint_and_a_working_paper_series_are_written(tmp_path):
    """A bioRxiv or PsyArXiv preprint, or an arXiv one the page gives no identifier for, was written with nothing
    saying where it is (no eprint, no howpublished); an SSRN working paper with "Working paper" alone. The server is
    the `howpublished`, the series the `note` (said once)."""
    entries = _page_entries(tmp_path, [
        "Lee, A., & Kim, B. (2023). Single-cell maps of the sleeping comet. *bioRxiv*, 2023.01.02.522100.",
        "A. Lee and B. Kim. Gadgets in the wild and at home. arXiv preprint, 2021.",
        "A. Lee and B. Kim. Widgets for the working scientist. arXiv preprint arXiv:2101.01234, 2021.",
        "A. Lee. Gizmos and the labour market. SSRN Working Paper, 2020."])
    assert entries["lee2023single"]["howpublished"] == "bioRxiv"
    assert entries["lee2021gadgets"]["howpublished"] == "arXiv"
    widgets = entries["lee2021widgets"]
    assert widgets["eprint"] == "2101.01234" and "howpublished" not in widgets.fields_dict
    assert entries["lee2020gizmos"].entry_type == "unpublished" and entries["lee2020gizmos"]["note"] == "SSRN; Working paper"


def test_a_paper_in_preparation_is_unpublished_and_says_where_it_is_planned(tmp_path):
    """"Title. In preparation." and "Planned submission: Journal" had no status: written as @misc with nothing
    saying the paper is unfinished, or as an @article of a journal it was never sent to."""
    entries = _page_entries(tmp_path, [
        "A. Lee and B. Kim. Gadgets in the wild and at home. Manuscript in preparation, 2025.",
        "A. Lee and B. Kim. Widgets for the working scientist. Planned submission: Psychological Review, 2026."])
    home, work = entries["lee2025gadgets"], entries["lee2026widgets"]
    assert home.entry_type == work.entry_type == "unpublished"
    assert home["note"] == "In preparation"
    assert "journal" not in work.fields_dict and work["note"] == "In preparation for Psychol. Rev."


def test_a_title_command_with_a_capital_outside_braces_is_not_written_for_styles_to_lower(tmp_path):
    """A .bib title "V\\'{e}dhet\\H{o}-e ..." written as the source wrote it: plain and the natbib styles set titles in
    sentence case and lowered \\H to \\h, an undefined command, and the document stopped (a dev page's .bib). Such a
    title is written from its text; "\\L" and "\\O", whose lower-case forms are letters too, are kept."""
    from pubnorm.writers.bibtex import _cased_command

    bib = tmp_path / "p.bib"
    bib.write_text("@article{a, title={V\\'{e}dhet\\H{o}-e a paternalista \\'{a}llam}, author={Lee, Ann}, "
                   "journal={Imaginary Review}, year={2020}}\n", encoding="utf-8")
    out, _ = write_bibtex(run([bib], load_venues()).publications)
    assert "\\H{o}-e" not in out and "Védhető-e" in out
    assert _cased_command("Dedhet\\H{o}") and _cased_command("the \\TeX book")
    assert not _cased_command("{\\H{o}}") and not _cased_command("\\L{}\\'{o}d\\'{z}") and not _cased_command("{\\TeX}")


def test_a_meetings_abstract_in_a_journals_supplement_writes_its_issue():
    """"ADSA Joint Annual Meeting, vol. 98, Suppl. 2, p. 384": an @inproceedings with a volume and a number, which
    the styles read as a series' number and warn of beside a volume ("can't use both volume and number fields"). The
    supplement is written as the `issue`."""
    pub = Publication(title="Survey of widget farms", authors=["Lee, Ann"], year=2015, venue_raw="Imaginary Annual "
                      "Meeting", volume="98", number="Suppl. 2", pages="384")
    (entry,) = bibtex_entries([pub])[0]
    assert entry[0] == "inproceedings" and ("issue", "Suppl. 2") in entry[2] and all(n != "number" for n, _ in entry[2])


def test_the_writers_section_separator_is_the_readers():
    from pubnorm.sources.markup import SECTION_SEP
    from pubnorm.writers.bibtex import _SECTION_SEP

    assert _SECTION_SEP == SECTION_SEP
