"""The broad journal layer (pubnorm/data/journals.sqlite): every field's journals, under the top layer."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from pubnorm.journals import JournalLayer, default_journals_path, loose_key, strip_numeric_tail
from pubnorm.model import Publication
from pubnorm.venues import VenueDB, load_venues

# (field, full name, dotted abbreviation, dotless abbreviation, id)
JOURNALS = [
    (
        "chemistry",
        "Journal of the American Chemical Society",
        "J. Am. Chem. Soc.",
        "J Am Chem Soc",
        "j-journal-of-the-american-chemical-society",
    ),
    (
        "chemistry",
        "Angewandte Chemie International Edition",
        "Angew. Chem. Int. Ed.",
        "Angew Chem Int Ed",
        "j-angewandte-chemie-international-edition",
    ),
    (
        "astronomy",
        "Monthly Notices of the Royal Astronomical Society",
        "Mon. Not. R. Astron. Soc.",
        "Mon Not R Astron Soc",
        "j-monthly-notices-of-the-royal-astronomical-society",
    ),
    (
        "astronomy",
        "Astronomy & Astrophysics",
        "Astron. Astrophys.",
        "Astron Astrophys",
        "j-astronomy-and-astrophysics",
    ),
    (
        "medicine",
        "Annals of Internal Medicine",
        "Ann. Intern. Med.",
        "Ann Intern Med",
        "j-annals-of-internal-medicine",
    ),
    (
        "economics",
        "Journal of Economic Theory",
        "J. Econ. Theory",
        "J Econ Theory",
        "jet",
    ),
    ("statistics", "Statistical Science", "Stat. Sci.", "Stat Sci", "j-statistical-science"),
    (
        "geoscience",
        "Geophysical Research Letters",
        "Geophys. Res. Lett.",
        "Geophys Res Lett",
        "grl",
    ),
    (
        "geoscience",
        "Earth and Planetary Science Letters",
        "Earth Planet. Sci. Lett.",
        "Earth Planet Sci Lett",
        "epsl",
    ),
]


@pytest.mark.parametrize(
    ("field", "name", "dotted", "dotless", "vid"), JOURNALS, ids=[j[1] for j in JOURNALS]
)
def test_a_journal_of_any_field_is_found_by_name_and_both_abbreviations(
    db, field, name, dotted, dotless, vid
):
    for text in (name, dotted, dotless, name.upper(), f"The {name}"):
        m = db.match(text)
        assert m.venue is not None and m.venue.id == vid, text
        assert m.venue.type == "journal" and m.method == "alias"


def test_a_journal_venue_carries_its_name_and_abbreviation(db):
    v = db.match("J Am Chem Soc").venue
    assert v is not None
    assert (v.name, v.acronym) == ("Journal of the American Chemical Society", "J. Am. Chem. Soc.")
    assert db.get(v.id) == v


@pytest.mark.parametrize(
    ("text", "vid"),
    [
        ("Astronomy and Astrophysics", "j-astronomy-and-astrophysics"),  # "&" or "and"
        (
            "Journal of American Chemical Society",
            "j-journal-of-the-american-chemical-society",
        ),  # a stop word less
        ("Journal of Geophysical Research: Solid Earth", "j-journal-of-geophysical-research-solid-earth"),
        ("Econometrics Journal", "j-econometrics-journal"),  # not the top layer's Journal of Econometrics
        (
            "ACM Transactions on Social Computing (TSC)",
            "j-acm-transactions-on-social-computing",
        ),  # not IEEE TSC
        ("The UMAP Journal", "j-umap-journal"),  # not the UMAP conference
        ("physica status solidi (b)", "j-physica-status-solidi-b"),  # "(b)" is part of the name
        # words the split takes for a lead-in, an award or a track are the name's own
        ("Annual Review of Immunology", "j-annual-review-of-immunology"),
        ("Clinical Oral Implants Research", "j-clinical-oral-implants-research"),
        ("British Journal of Oral Surgery", "j-british-journal-of-oral-surgery"),
        ("Pacific Journal of Mathematics for Industry", "j-pacific-journal-of-mathematics-for-industry"),
    ],
    ids=[
        "and",
        "stop-word",
        "section",
        "not-a-sibling",
        "name-beats-acronym",
        "name-beats-acronym-word",
        "series-letter",
        "annual",
        "oral",
        "oral-surgery",
        "industry",
    ],
)
def test_written_variants_find_the_journal(db, text, vid):
    m = db.match(text)
    assert m.venue is not None and m.venue.id == vid


@pytest.mark.parametrize(
    "text",
    [
        "Journal of Economic Theory Research",
        "Annals of Internal Medicine Research",
        "Geophysical Research",
        "Journal of the American Chemical Society Letters",
        "Statistical Science Review",
        "Journal of Political Economy Research",
        "Journal of Econometrics Research",
    ],
)
def test_a_missing_journal_is_not_carried_onto_a_sibling(db, text):
    m = db.match(text)
    assert m.venue is None, (text, m.venue)


@pytest.mark.parametrize(
    ("text", "vid"),
    [
        ("Journal of Econometrics", "joe"),
        ("Physical Review Letters", "prl"),
        ("Phys Rev Lett", "prl"),
        (
            "J. R. Stat. Soc. B",
            "jrssb",
        ),  # a JabRef abbreviation of a journal venues.yaml has: the top venue answers
        ("Journal of Systems Architecture", "jsa"),
        ("Pattern Recognition Letters", "patrec"),
    ],
    ids=["joe", "prl", "prl-dotless", "jrssb-abbrev", "jsa-subtitle", "patrec"],
)
def test_a_venue_of_the_top_layer_is_answered_by_the_top_layer(db, text, vid):
    m = db.match(text)
    assert m.venue is not None and m.venue.id == vid


@pytest.mark.parametrize(
    ("text", "vid", "year"),
    [
        ("Nature 626, 517–522 (2024)", "nature", 2024),
        ("Phys. Rev. Lett. 125, 123 (2020)", "prl", 2020),
        ("J. Am. Chem. Soc. 2021, 143, 1-10", "j-journal-of-the-american-chemical-society", 2021),
        ("The Lancet 395 (10218), 123-131, 2020", "lancet", 2020),
        ("Geophys. Res. Lett. 47(3), e2019GL086", "grl", None),
        ("Blood. 2020;135(12):1000-1010.", "j-blood", 2020),
    ],
    ids=["nature", "prl", "j-journal-of-the-american-chemical-society", "lancet", "grl", "blood"],
)
def test_citation_tails_are_split_off_before_lookup(db, text, vid, year):
    m = db.match(text)
    assert m.venue is not None and m.venue.id == vid
    assert m.parse.year == year


@pytest.mark.parametrize(
    "text",
    [
        "TBD",
        "Submitted",
        "Working paper",
        "John Smith",
        "Jane Doe and Wei Zhang",
        "Attention Is All You Need",
        "A Survey of Large Language Models",
        "Survey 2025",
        "Agenda",
        "Analysis",
        "Research Report",
        "Washington Post",
        "Harbin Institute of Technology, Shenzhen",
        "Code",
        "Blood",
        "Zenodo",  # a deposit, listed as a journal by JabRef
        "Zenodo, 2020.",
        "GitHub",
    ],
)
def test_non_venues_are_not_journals(db, text):
    m = db.match(text)
    assert m.venue is None or not m.venue.id.startswith("j-"), (text, m.venue)
    if text in (
        "Submitted",
        "Working paper",
        "John Smith",
        "Survey 2025",
        "Agenda",
        "Code",
        "Research Report",
    ):
        assert m.venue is None


@pytest.mark.parametrize(
    ("text", "vid"),
    [
        ("Icarus, 2024.", "j-icarus"),
        ("*Icarus*, 2023.", "j-icarus"),
        ("Icarus (2024)", "j-icarus"),
        ("Paleobiology. 2019", "j-paleobiology"),
        ("Evolution, 2019.", None),  # a common word: a volume or pages are needed ("Evolution 73(2)")
        ("Links, 2020", None),
        ("Frontiers, 2023.", None),  # and a family of journals besides
        ("Icarus 2024", None),  # no citation punctuation: a word and a year ("Survey 2025")
        ("ICARUS", None),  # capitals: maybe a project's acronym, not the journal's name
        ("Evolution", None),  # a common word alone is a word
    ],
    ids=["comma", "emphasis", "bracketed-year", "full-stop", "common-word", "links", "frontiers", "no-comma",
         "capitals", "bare-common-word"],
)
def test_a_rare_one_word_journal_is_named_by_its_year_alone(db, text, vid):
    m = db.match(text)
    assert (m.venue.id if m.venue else None) == vid, (text, m.venue)


@pytest.mark.parametrize(
    ("text", "vid"),
    [("Icarus", "j-icarus"), ("Tectonics", "j-tectonics"), ("Optica", "j-optica"), ("Geophysics.", "j-geophysics"),
     ("*Paleobiology*", "j-paleobiology"), ("Database", None), ("Gut", None), ("Survey", None)],
)
def test_a_rare_one_word_journal_written_alone_is_that_journal(db, text, vid):
    # the whole string is the word (a BibTeX journal field, a venue line): a rare word that is one journal's whole
    # name names it; a common word alone ("Database", "Gut") still needs a volume or pages
    m = db.match(text)
    assert (m.venue.id if m.venue else None) == vid, (text, m.venue)


@pytest.mark.parametrize(
    ("text", "vid", "method"),
    [("Neuron", "j-neuron", "alias"), ("Ecology.", "j-ecology", "alias"), ("Gut", "j-gut", "alias"),
     ("Evolution", "j-evolution", "alias"),  # "Evolution: Education and Outreach" is another journal, not this one
     ("Cancers, 12(3)", "j-cancers", "alias"),
     ("G3", None, "ambiguous"),  # also "G3: Genes, Genomes, Genetics" (abbreviated "G3: ..."): listed twice
     # Elsevier's open-access mirror "Vaccine: X" (abbreviated "Vaccine X") is another journal, not the word's
     ("Vaccine", "j-vaccine", "alias"), ("Gene", "j-gene", "alias"),
     ("Database", None, "ambiguous"),  # and the reviewed layer's "Database: The Journal of Biological Databases ..."
     ("Frontiers", None, "none"), ("Springer", None, "none"),  # a publisher written in the venue's place
     ("Code", None, "none"), ("Survey", None, "none"), ("TBD", None, "none"),
     # one letter with a dot is what is left of an abbreviation, not MDPI's "J"
     ("J., 2005", None, "none"), ("J.", None, "none")],
)
def test_a_common_word_journal_written_in_a_venues_place_is_that_journal(db, text, vid, method):
    # a BibTeX journal field, a front matter venue, a table's Journal column, `venues lookup`: the string is known to
    # be a venue, so a journal's whole one-word name names it; the same word in running text is still a word
    m = db.match(text, field=True)
    assert ((m.venue.id if m.venue else None), m.method) == (vid, method), (text, m.venue, m.method)
    if vid is not None and "," not in text:
        assert db.match(text).venue is None


def test_a_bibtex_journal_field_and_a_cited_journal_name_one_word_journals(db, tmp_path: Path):
    from pubnorm.sources.reader import read_profile

    bib = tmp_path / "a.bib"
    bib.write_text("@article{a, title={Grid cells}, author={Doe, Jane}, journal={Neuron}, year={2020}}\n")
    page = tmp_path / "a.md"
    page.write_text("## Papers\n\n- Doe, J. (2020). Grid cells in rats. *Neuron*, 12(3), 1-5.\n"
                    "- Doe, J. (2021). Place cells in mice. *Ecology*.\n"
                    "- Doe, J. (2022). Time cells in bats. Ecology.\n")
    got = [p.venue.venue.id if p.venue and p.venue.venue else None
           for f in (bib, page) for p in read_profile(f, db).publications]
    # the third: set apart in italics where the title is not, the word is in a venue's place (as APA writes a
    # journal); the last: a common word with no volume or pages and no markup, as running text may end
    assert got == ["j-neuron", "j-neuron", "j-ecology", None]


@pytest.mark.parametrize(
    ("text", "vid"),
    [("Icarus, vol. 380, pp. 114-130, 2022", "j-icarus"), ("Blood, vol. 135, no. 12, pp. 1000-1010, 2020", "j-blood"),
     ("Evolution, vol. 73, pp. 1-10, 2019", "j-evolution"), ("Neuron, Volume 110, Issue 4, Pages 600-612", "j-neuron"),
     ("Survey, 2025", None)],
)
def test_a_one_word_journal_with_its_volume_or_pages_named_as_such_is_cited(db, text, vid):
    # IEEE's "vol. 380, pp. 114-130": the parse takes the named volume and pages off the text, and the one word left
    # had lost the evidence that it is a journal cited (a common word, "Evolution", "Neuron", needs exactly that)
    m = db.match(text)
    assert (m.venue.id if m.venue else None) == vid, (text, m.venue)


def test_the_common_word_list_ships_beside_the_layer(tmp_path: Path):
    layer = JournalLayer(default_journals_path())
    assert layer.common_word("evolution") and not layer.common_word("icarus")
    copy = tmp_path / "journals.sqlite"
    copy.write_bytes(default_journals_path().read_bytes())
    assert JournalLayer(copy).common_word("icarus")  # no word list beside it: every word counts as common


def test_ieee_sensors_is_not_mdpi_sensors(db):
    m = db.match("IEEE Sensors, vol.16, no.8, pp. 1-10")
    assert m.venue is None or m.venue.id != "sensors"
    assert db.match("IEEE Sensors Journal").venue.id == "ieee-sensors-journal"  # type: ignore[union-attr]
    assert db.match("IEEE Sensors Letters").venue.id == "j-ieee-sensors-letters"  # type: ignore[union-attr]
    assert db.match("MDPI Sensors").venue.id == "sensors"  # type: ignore[union-attr]


def test_an_abbreviation_several_journals_share_is_ambiguous(db):
    m = db.match("Ann. Phys. 12, 34 (2020)")  # JabRef gives Annalen der Physik and Annals of Physics the same one
    assert m.venue is None and m.method == "ambiguous"
    assert all(c.startswith("j-") for c in m.candidates)
    # ... but "ApJ" (JabRef's for ApJ and ApJ Letters too) is AAS's own print of the Astrophysical Journal, a
    # Letter's pages "L" numbers (twentieth venue set: "ApJ, 957, 48" was ambiguous)
    assert db.match("ApJ 901, 12 (2020)").venue.id == "j-astrophysical-journal"  # type: ignore[union-attr]
    assert db.match("ApJ 901, L12 (2020)").venue.id == "j-astrophysical-journal-letters"  # type: ignore[union-attr]


def test_the_layer_opens_lazily_and_pickles_as_its_path(tmp_path: Path):
    db = load_venues(cache_dir=tmp_path)
    assert db.journals is not None and not db.journals.opened
    db.match("ICLR 2024")  # the top layer answers: nothing is opened
    assert not db.journals.opened
    db.match("Geophys. Res. Lett.")
    assert db.journals.opened
    again = pickle.loads(pickle.dumps(db))
    assert again.journals is not None and not again.journals.opened
    assert again.match("Geophys Res Lett").venue is not None


def test_without_the_layer_only_the_top_layer_answers(tmp_path: Path):
    db = load_venues(cache_dir=tmp_path, journals=False)
    assert db.match("Geophys. Res. Lett.").venue is None
    assert db.match("Physical Review Letters").venue.id == "prl"  # type: ignore[union-attr]


def test_the_shipped_file_is_whole_and_has_no_top_layer_duplicates(db: VenueDB):
    layer = JournalLayer(default_journals_path())
    meta = layer.meta()
    assert int(meta["count_journals"]) == len(layer) > 35_000
    ids = [v.id for v in layer]
    assert len(ids) == len(set(ids)) and all(i.startswith("j-") for i in ids)
    assert not set(ids) & set(db.venues)
    top_names = {v.name.lower() for v in db.venues.values() if v.type == "journal"}
    assert not top_names & {v.name.lower() for v in layer}


def test_key_helpers():
    assert loose_key("journal of the american chemical society") == "journal american chemical society"
    assert loose_key("the blood") == ""
    assert strip_numeric_tail("Nature 626, 517–522") == "Nature"
    assert strip_numeric_tail("Proc. ACM Program. Lang. 7(OOPSLA2)") != ""
    assert strip_numeric_tail("IEEE Sensors") == "IEEE Sensors"
    # an advance article's numbers not given yet: the volume "XX", the pages "A-F"
    assert strip_numeric_tail("Seismological Research Letters, XX, 1–16") == "Seismological Research Letters"
    assert strip_numeric_tail("Synlett, 35, A–F") == "Synlett"
    assert strip_numeric_tail("Physics Letters A") == "Physics Letters A"
    # pages with two letters before both numbers: AMS's electronic supplement "ES243–ES247" (it stayed in the name)
    assert strip_numeric_tail("Bull. Amer. Meteor. Soc., 100, ES243–ES247") == "Bull. Amer. Meteor. Soc"
    assert strip_numeric_tail("Mon. Not. R. Astron. Soc. 500, L1–L5") == "Mon. Not. R. Astron. Soc"
    # a philosopher's volume and issue in brackets, pages after a colon (twentieth venue set: "Vivarium (47:1) 2009:
    # 97-127" was unknown); a name's own bracket stays
    assert strip_numeric_tail("Vivarium (47:1) : 97-127") == "Vivarium"
    assert strip_numeric_tail("Synthese (190:3)") == "Synthese"
    assert strip_numeric_tail("Physica C (Amsterdam)") == "Physica C (Amsterdam)"


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pubnorm", *args], capture_output=True, text=True, timeout=120
    )


def test_cli_lookup_list_and_validate_see_the_journal_layer():
    p = _cli("venues", "lookup", "-f", "json", "Geophys. Res. Lett. 47, 1-9 (2020)", "ICLR 2024")
    assert p.returncode == 0, p.stderr
    assert [r["venue"] for r in json.loads(p.stdout)["lookups"]] == ["grl", "iclr"]
    top = _cli("venues", "list")
    assert top.returncode == 0 and "j-" not in {line[:2] for line in top.stdout.splitlines()}
    assert "journal layer" in top.stderr
    journals = _cli("venues", "list", "--layer", "journals")
    lines = journals.stdout.splitlines()
    assert len(lines) > 35_000 and all(line.startswith("j-") for line in lines)
    valid = _cli("venues", "validate")
    assert valid.returncode == 0 and "journals.sqlite" not in valid.stdout


def test_listing_conferences_includes_the_journal_layers_series_of_proceedings(db):
    """The layer types LNCS and Proc. SPIE as conferences', but `venues list --layer all --type conference` listed
    only the top layer's conferences: the layer was read for `--type journal` alone."""
    from pubnorm.api import list_venues

    ids = {v.id for v in list_venues(db, type="conference", layer="journals")}
    assert {"j-lecture-notes-in-computer-science", "j-proceedings-of-spie"} <= ids
    assert all(v.type == "conference" for v in list_venues(db, type="conference", layer="journals"))
    both = {v.id for v in list_venues(db, type="conference", layer="all")}
    assert "j-lecture-notes-in-computer-science" in both and "acl" in both
    assert "j-lecture-notes-in-computer-science" not in {v.id for v in list_venues(db, type="journal", layer="all")}


@pytest.mark.parametrize(
    ("text", "vid"),
    [
        ("Philol. Q.", "j-philological-quarterly"),
        ("Philol Q", "j-philological-quarterly"),
        ("Comp. Law", "j-comparative-law"),
    ],
    ids=["dotted", "dotless", "two-words"],
)
def test_a_journal_the_lists_leave_unabbreviated_is_found_by_its_derived_iso4_abbreviation(db, text, vid):
    """scripts/build_journals.py derives these from the LTWA (pyiso4) for journals listed without one."""
    m = db.match(text)
    assert m.venue is not None and m.venue.id == vid, (m.method, m.candidates)


@pytest.mark.parametrize(
    ("text", "vid"),
    [
        ("Mar. Biol. Res.", "j-marine-biology-research"),  # "Mar." before a word is Marine, not March
        ("Wiley Interdiscip. Rev.: Membr. Transp. Signal.",
         "j-wiley-interdisciplinary-reviews-membrane-transport-and"),  # a section of a family
    ],
    ids=["mar-is-marine", "abbreviated-family"],
)
def test_abbreviations_are_not_read_as_dates_or_families(db, text, vid):
    m = db.match(text)
    assert m.venue is not None and m.venue.id == vid, (m.method, m.candidates)


def test_a_plural_the_name_lacks_is_read_loosely(db):
    """The loose key drops plural endings: "Marine Sciences" for the ICES Journal of Marine Science."""
    m = db.match("ICES Journal of Marine Sciences. 72(1): 99--110.")
    assert m.venue is not None and m.venue.id == "j-ices-journal-of-marine-science"


# --- a journal the lists lack is unknown, not a sibling cut the same way (issue 12, fourth set) ---------------


def _hiding(db, gone: str):
    """The database with one journal of the broad layer left out of every answer (as bench/venue_loo.py does)."""
    from pubnorm.journals import JournalLayer
    from pubnorm.venues import VenueDB

    class Hidden(JournalLayer):
        def find(self, k, loose=False):
            return [h for h in super().find(k, loose) if h[0].id != gone]

        def find_abbreviated(self, words, *keep, **cut):
            return [h for h in super().find_abbreviated(words, *keep, **cut) if h[0].id != gone]

    out = VenueDB.build(list(db.venues.values()))
    out.journals = Hidden(db.journals.path)
    return out


@pytest.mark.parametrize(
    ("gone", "text"),
    [
        ("j-southern-medicine", "South. Med."),  # "South" is not Southwestern cut short
        ("j-queens-nursing-journal", "Queens Nurs. J."),  # nor "Queens" Queensland
        ("j-archaeological-journal", "Archaeol. J."),  # "J." is Journal, not Jugoslavica
        ("j-international-journal-of-engineering-transactions-b", "Int. J. Eng. Trans. B"),  # B is not A: Basics
        ("j-current-pharmaceutical-design", "Curr. Pharm. Des."),  # "Des." is Design, no stop word
    ],
    ids=["south", "queens", "j-is-journal", "section-letter", "des-is-design"],
)
def test_a_missing_journal_is_not_a_sibling_abbreviated_alike(db, gone, text):
    m = _hiding(db, gone).match(text)
    assert m.venue is None, (m.venue.id, m.method)


@pytest.mark.parametrize(
    ("text", "vid"),
    [("South. Med.", "j-southern-medicine"), ("Queens Nurs. J.", "j-queens-nursing-journal"),
     ("Archaeol. J.", "j-archaeological-journal"), ("Curr. Pharm. Des.", "j-current-pharmaceutical-design")],
)
def test_the_abbreviated_journals_are_found_when_the_lists_have_them(db, text, vid):
    m = db.match(text)
    assert m.venue is not None and m.venue.id == vid


@pytest.mark.parametrize(
    ("gone", "text"),
    [
        ("j-oral-diseases", "Oral Dis"),  # "Oral" is a subject here, not an award: not the DIS conference
        ("j-journal-of-oral-and-maxillofacial-surgery", "J Oral Maxillofac Surg"),  # not J Maxillofac Surg
        ("j-international-journal-of-mathematics-for-industry", "International Journal of Mathematics for Industry"),
        ("j-companion-animal", "Companion Animal, 12(3), 45-67"),  # not the journal Animal with a Companion track
    ],
    ids=["oral-dis", "oral-maxillofac", "for-industry", "companion-animal"],
)
def test_award_and_track_words_inside_a_name_stay_in_it(db, gone, text):
    m = _hiding(db, gone).match(text)
    assert m.venue is None, (m.venue.id, m.method)
    m = db.match(text)
    assert m.venue is not None and m.venue.id == gone


def _build_script():  # type: ignore[no-untyped-def]
    """scripts/build_journals.py as a module (its reading rules are tested on small lists written here)."""
    import importlib.util

    path = Path(__file__).parent.parent / "scripts" / "build_journals.py"
    spec = importlib.util.spec_from_file_location("build_journals", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_the_ncbi_list_is_read_as_periodicals_with_their_names_capitalised(tmp_path: Path):
    """NLM's titles (sentence case, subtitles after " : ", parallel titles after " = ", bodies after " / ") give
    journal names; meeting series and one meeting's proceedings are not journals."""
    titles = {
        "Topics in cognitive science": "Top Cogn Sci",
        "NeuroImage. Clinical": "Neuroimage Clin",
        "Journal of made-up studies : official journal of the Society of Nothing": "J Made-up Stud",
        "Canadian journal of invented psychology = Revue canadienne de psychologie inventee": "Can J Invent Psychol",
        "Imaginary research (London, England)": "Imaginary Res (Lond)",
        "IEEE Workshop on Pretend Signals. IEEE Workshop on Pretend Signals": "IEEE Workshop Pretend Signals",
        "12th Fictional Conference : proceedings : 1-2 May 2019, Nowhere": "Fict Conf (2019)",
        "mSystems": "mSystems",
    }
    src = tmp_path / "ncbi.json"
    src.write_text(json.dumps({"default": {"container-title": titles}}), encoding="utf-8")
    rows = _build_script().read_ncbi(src)
    assert [(n, a) for _, n, a in rows] == [
        ("Canadian Journal of Invented Psychology", "Can J Invent Psychol"),
        ("Imaginary Research", "Imaginary Res (Lond)"),
        ("Journal of Made-up Studies", "J Made-up Stud"),
        ("NeuroImage. Clinical", "Neuroimage Clin"),
        ("Topics in Cognitive Science", "Top Cogn Sci"),
        ("mSystems", "mSystems"),
    ]


def test_a_section_with_an_abbreviation_of_its_own_is_a_journal_of_its_own():
    """"NeuroImage. Clinical" (Neuroimage Clin) is not NeuroImage; "Advances in Complex Systems. A Multidisciplinary
    Journal" (Adv. Complex Syst.) is Advances in Complex Systems with a subtitle."""
    own = _build_script()._own_abbreviation
    assert own([(99, "Neuroimage Clin")], "neuroimage clinical", "neuroimage")
    assert not own([(0, "Adv. Complex Syst.")], "advances in complex systems a multidisciplinary journal",
                    "advances in complex systems")


@pytest.mark.parametrize(
    ("text", "vid"),
    [
        ("Topics in Cognitive Science", "j-topics-in-cognitive-science"),
        ("Top Cogn Sci 12(3), 1-20", "j-topics-in-cognitive-science"),
        ("NeuroImage: Clinical", "j-neuroimage-clinical"),
        ("Neuroimage clinical", "j-neuroimage-clinical"),
        ("NeuroImage", "j-neuroimage"),
        ("Language, Cognition and Neuroscience", "j-language-cognition-and-neuroscience"),
        ("Cells 8", "j-cells"),
        ("The Lancet Microbe", "j-lancet-microbe"),
        ("Companion Animal, 12(3), 45-67", "j-companion-animal"),  # a track word starts the name; Animal is a journal
    ],
    ids=["tops", "tops-abbrev", "neuroimage-clinical", "sentence-case", "neuroimage", "lcn", "cells", "lancet-section",
         "companion"],
)
def test_journals_of_the_ncbi_list_are_found(db, text, vid):
    m = db.match(text)
    assert m.venue is not None and m.venue.id == vid, (text, m.method, m.venue)


def test_a_meeting_of_the_ncbi_list_is_no_journal(db):
    m = db.match("Computer Vision - ECCV 2022")  # NLM lists LNCS volumes of ECCV as a serial
    assert m.venue is None or not m.venue.id.startswith("j-"), m.venue


@pytest.mark.parametrize(("text", "kind"), [
    ("Lecture Notes in Computer Science", "conference"), ("Proc. SPIE", "conference"),
    ("Journal of Physics: Conference Series", "conference"), ("EPJ Web of Conferences", "conference"),
    ("IOP Conference Series: Materials Science and Engineering", "conference"),
    ("CEUR Workshop Proceedings", "conference"), ("Communications in Computer and Information Science", "conference"),
    # lecture notes and monographs, and a journal named "Conference Series", are periodicals still
    ("Lecture Notes in Mathematics", "journal"), ("Carnegie-Rochester Conference Series on Public Policy", "journal"),
])
def test_a_series_of_proceedings_in_the_lists_is_a_meetings(db, text, kind):
    """The journal lists hold the series of meetings' proceedings with the journals; a paper in one was written as
    @article ("Lecture Notes in Computer Science", "Proc. SPIE": the pages label such papers conference papers)."""
    from pubnorm.writers.bibtex import entry_type

    m = db.match(text)
    assert m.venue is not None and m.venue.id.startswith("j-") and m.venue.type == kind, (text, m.venue)
    pub = Publication(title="T", authors=["A. Lee"], year=2020, venue_raw=text, venue=m)
    assert entry_type(pub) == ("inproceedings" if kind == "conference" else "article")


@pytest.mark.parametrize(("text", "kind"), [
    ("Methods in Molecular Biology", "book"), ("Methods Enzymol.", "book"), ("Handbook of Clinical Neurology", "book"),
    ("ACS Symposium Series", "book"), ("Prog. Brain Res.", "book"), ("Adv. Exp. Med. Biol.", "book"),
    ("Results and Problems in Cell Differentiation", "book"),
    # journals named as series are: "Current Topics in Medicinal Chemistry", "Methods in Ecology and Evolution"
    ("Current Topics in Medicinal Chemistry", "journal"), ("Methods in Ecology and Evolution", "journal"),
])
def test_a_series_of_edited_books_in_the_lists_is_a_books(db, text, kind):
    """The lists hold series of edited books with the journals; a paper in one (a protocol in Methods in Molecular
    Biology, a chapter of the Handbook of Clinical Neurology) was written as @article: it is a chapter, as the dev set's
    pages label the eight papers in such series."""
    from pubnorm.writers.bibtex import entry_type

    m = db.match(text)
    assert m.venue is not None and m.venue.id.startswith("j-") and m.venue.type == kind, (text, m.venue)
    pub = Publication(title="T", authors=["A. Lee"], year=2020, venue_raw=text, venue=m)
    assert entry_type(pub) == ("incollection" if kind == "book" else "article")


@pytest.mark.parametrize(("text", "vid"), [
    ("J. Chem. Theory and Comp. 7, 2804-2817 (2011)", "jctc"),
    ("J. Neurosci. Meth.", "j-journal-of-neuroscience-methods"),
])
def test_a_name_abbreviated_from_j_for_journal_of(db, text, vid):
    """A first 'J.' is 'Journal of': the word-by-word search starts there (it refused any first word under three
    letters, for the index search's sake, so 'J. Chem. Theory and Comp.' found nothing)."""
    m = db.match(text)
    assert m.venue is not None and m.venue.id == vid, (text, m.method)


@pytest.mark.parametrize(("text", "not_vid"), [
    ("Angewandte Chemie (International ed. in English)", "j-angewandte-chemie"),
    ("Acta Crystallographica (Section D)", "j-acta-crystallographica"),
])
def test_words_in_brackets_naming_an_edition_of_its_own_are_part_of_the_name(db, text, not_vid):
    """NLM writes 'Angewandte Chemie (International ed. in English)' for the international edition: the German
    edition named before the brackets is another journal of the lists, and so is Acta Crystallographica beside its
    Section D. (A place in brackets, '(Oxford, England)', '(Berl)', still leaves the journal named before it.)"""
    m = db.match(text)
    assert m.venue is None or m.venue.id != not_vid, (text, m.venue)


@pytest.mark.parametrize(("text", "vid"), [("Biostatistics (Oxford, England)", "j-biostatistics"),
                                           ("Psychopharmacology (Berl)", "j-psychopharmacology"),
                                           ("Applied Sciences (Switzerland)", "applied-sciences")])
def test_a_place_in_brackets_still_leaves_the_journal(db, text, vid):
    m = db.match(text)
    assert m.venue is not None and m.venue.id == vid


@pytest.mark.parametrize(("text", "name"), [
    ("International Studies Perspectives ekae019", "International Studies Perspectives"),
    ("Sleep 46(3):zsad012", "Sleep"),
    ("American Journal of Epidemiology, kwae184", "American Journal of Epidemiology"),
    ("Society 5.0", "Society 5.0"),
])
def test_oxford_article_ids_are_a_citation_tail(text, name):
    """Oxford Academic's article ids (four letters, three digits: 'ekae019', 'zsad012', 'kwae184') end a citation
    like pages do."""
    from pubnorm.journals import strip_numeric_tail

    assert strip_numeric_tail(text) == name


@pytest.mark.parametrize(
    ("gone", "text"),
    [
        ("j-advances-in-psychology", "Adv. Psych."),  # not Advances in Psychobiology (listed "Adv. Psychobiol.")
        ("j-molecular-medicine", "Mol. Med."),  # not Molekuliarna Meditsina, listed only as "Mol. Med. (Sofia)"
        ("j-family-planning", "Fam. Plann."),  # not The Family Planner, listed only as "Fam Plann (Palo Alto)"
        ("j-personalized-medicine", "Per Med"),  # not Perioperative Medicine ("Perioper Med")
    ],
    ids=["psych-not-psychobiol", "bare-not-sofia", "bare-not-palo-alto", "per-not-perioper"],
)
def test_a_missing_journal_is_not_one_the_lists_abbreviate_otherwise(db, gone, text):
    """A word-by-word abbreviation must agree with the abbreviations the lists give the journal it lands on: not
    only with a place in brackets when the string has none, and no word cut well short of the journal's own cut."""
    m = _hiding(db, gone).match(text)
    assert m.venue is None, (m.venue.id, m.method)


@pytest.mark.parametrize(("text", "vid"), [
    ("Nat Meth", "nature-methods"),  # "Methods" is left whole by the lists: any cut of it agrees
    ("J. Chem. Theory and Comp.", "jctc"),  # "Comp." a letter or two off
])
def test_a_writers_own_cut_still_agrees(db, text, vid):
    m = db.match(text)
    assert m.venue is not None and m.venue.id == vid, (text, m.method)


@pytest.mark.parametrize("text", [
    "Computer and Programs in Biomedicine",  # Computer Programs in Biomedicine is one subject, not two
    "Mathematics and Computer Science",  # not Mathematics in Computer Science
    "Journal of Materials and Engineering",  # not Journal of Materials Engineering
])
def test_an_and_the_name_lacks_is_not_read_loosely(db, text):
    """The loose key drops stop words, "and" among them: a string joining two subjects with "and" is not the
    journal of one subject made of both words."""
    m = db.match(text)
    assert m.venue is None or "and" in m.venue.name.lower(), (text, m.venue.id, m.method)


@pytest.mark.parametrize(("text", "both"), [
    ("Angewandte Chemie", {"j-angewandte-chemie", "j-angewandte-chemie-international-edition"}),
    ("Angew. Chem. 2019, 58, 1-5", {"j-angewandte-chemie", "j-angewandte-chemie-international-edition"}),
    # a merged spelling differing from Journal of Atmospheric Science in a plural only, beside the journal
    # named Journal of the Atmospheric Sciences
    ("Journal of Atmospheric Sciences", {"j-journal-of-atmospheric-science", "j-journal-of-the-atmospheric-sciences"}),
])
def test_a_plural_or_an_edition_does_not_decide_between_two_journals(db, text, both):
    m = db.match(text)
    assert m.venue is None and m.method == "ambiguous" and both <= set(m.candidates), (text, m.venue, m.candidates)


@pytest.mark.parametrize(("text", "vid"), [
    ("Angewandte Chemie International Edition", "j-angewandte-chemie-international-edition"),
    ("Angew. Chem. Int. Ed.", "j-angewandte-chemie-international-edition"),
    ("Journal of the Atmospheric Sciences", "j-journal-of-the-atmospheric-sciences"),
    ("Journal of Atmospheric Science", "j-journal-of-atmospheric-science"),
])
def test_each_of_them_named_in_full_is_itself(db, text, vid):
    m = db.match(text)
    assert m.venue is not None and m.venue.id == vid, (text, m.method, m.candidates)


@pytest.mark.parametrize("text", [
    "Proceedings of the Political Science Forum",  # not the journal Political Science
    "Proceedings in Applied Mathematics",  # not the journal Applied Mathematics
    "Proceedings of the Health Policy",
])
def test_proceedings_of_a_journals_name_are_not_the_journal(db, text):
    m = db.match(text)
    assert m.venue is None or "proc" in m.venue.name.lower(), (text, m.venue.id, m.method)


@pytest.mark.parametrize(("text", "vid"), [
    ("Proceedings of the Royal Society A", "proc-r-soc-a"),
    ("Proceedings of the National Academy of Sciences", "pnas"),
    ("Proc. SPIE 1234", "j-proceedings-of-spie"),
])
def test_journals_named_proceedings_are_still_found(db, text, vid):
    m = db.match(text)
    assert m.venue is not None and m.venue.id == vid, (text, m.method)


@pytest.mark.parametrize("text", [
    "fur die Arztliche Fortbildung",  # cut from "Monatskurse fur die arztliche Fortbildung": not Die Arztliche ...
    "de la Societe Vaudoise des Sciences Naturelles",  # cut from "Bulletin de la Societe ..."
    "fur Antike und Christentum",  # cut from "Jahrbuch fur Antike und Christentum"
])
def test_a_name_cut_at_its_start_is_not_read_loosely(db, text):
    m = db.match(text)
    assert m.venue is None, (text, m.venue.id, m.method)


@pytest.mark.parametrize(("text", "some"), [
    ("Physics Letters", {"j-physics-letters-a", "j-physics-letters-b"}),
    ("Phys. Rev., 12, 345", {"pra", "prb"}),  # the sections the top layer absorbed answer with its ids
    ("Journal of Physics", {"j-journal-of-physics-a", "j-journal-of-physics-d"}),
])
def test_a_name_with_lettered_sections_is_ambiguous_between_them(db, text, some):
    m = db.match(text)
    assert m.venue is None and m.method == "ambiguous" and some <= set(m.candidates), (text, m.venue, m.candidates)


@pytest.mark.parametrize(("text", "vid"), [
    ("Physics Letters B", "j-physics-letters-b"),
    ("Phys. Rev. B", "prb"),
    ("Journal of Non-Crystalline Solids", "j-journal-of-non-crystalline-solids"),  # its ": X" mirror is no section
])
def test_a_section_or_a_journal_with_a_mirror_is_itself(db, text, vid):
    m = db.match(text)
    assert m.venue is not None and m.venue.id == vid, (text, m.method, m.candidates)


@pytest.mark.parametrize("text", [
    "Statistics of Medicine",  # not Statistics in Medicine
    "Communications in Physics",  # not Communications Physics
    "Series in Applied Mathematics",  # not Series on Applied Mathematics
])
def test_a_preposition_the_name_lacks_is_not_read_loosely(db, text):
    m = db.match(text)
    assert m.venue is None, (text, m.venue.id, m.method)


def test_the_same_prepositions_are_still_read_loosely(db):
    m = db.match("Journal of American Chemical Society")
    assert m.venue is not None and m.venue.id == "j-journal-of-the-american-chemical-society", m.method


@pytest.mark.parametrize(("text", "vid"), [
    ("At. Energy (N. Y., NY, U. S.)", "j-atomic-energy"),  # "At." is Atomic cut short, not a dangling "at": not Energy
    ("At. Data Nucl. Data Tables", "j-atomic-data-and-nuclear-data-tables"),
])
def test_a_first_word_cut_short_to_at_is_kept(db, text, vid):
    m = db.match(text)
    assert m.venue is not None and m.venue.id == vid, (text, m.method, m.venue)


@pytest.mark.parametrize("text", ["Health (N. Y.)", "Health (London)"])
def test_a_journal_named_as_a_venues_acronym_in_other_capitals_is_not_that_venue(db, text):
    """The lists' journal Health was taken into ACM's HEALTH (Transactions on Computing for Healthcare) because its
    name spells the acronym: its abbreviations must not answer with that venue."""
    m = db.match(text)
    assert m.venue is None or m.venue.id != "health", (text, m.method)


@pytest.mark.parametrize(("text", "vid"), [("HEALTH 2022", "health"), ("Quantum 5, 123 (2021)", "quantum"),
                                           ("Integration (Amst)", "integration")])
def test_journals_absorbed_by_their_own_names_still_answer(db, text, vid):
    m = db.match(text)
    assert m.venue is not None and m.venue.id == vid, (text, m.method)


def _layer_tops(name: str) -> list[tuple[str, str]]:
    """(journal id, absorbing top venue id) of the shipped layer's journals named `name` exactly."""
    import sqlite3

    con = sqlite3.connect(f"file:{default_journals_path()}?mode=ro", uri=True)
    try:
        return con.execute("SELECT id, top FROM journal WHERE name = ? ORDER BY id", (name,)).fetchall()
    finally:
        con.close()


@pytest.mark.parametrize(("name", "not_top"), [("BIT", "bit"), ("JOP", "jop"), ("Health", "health")])
def test_a_journal_sharing_only_an_acronym_with_a_top_venue_is_not_absorbed_by_it(name, not_top):
    """BIT (BIT Numerical Mathematics) is not Behaviour & Information Technology, JOP (Journal of the Pancreas) not
    the Journal of Politics, Health not ACM's HEALTH: the build absorbs a journal by its names, never an acronym."""
    rows = _layer_tops(name)
    assert rows and all(top != not_top for _, top in rows), rows


@pytest.mark.parametrize(("name", "top"), [("JAMA", "jama"), ("Quantum", "quantum"), ("Integration", "integration")])
def test_a_journal_named_by_a_subtitle_or_a_names_head_is_still_absorbed(name, top):
    """"JAMA : the journal of the American Medical Association" names the top's JAMA by its subtitle; "Quantum" and
    "Integration" are the top names cut before their subtitles ("Quantum: the open journal for quantum science")."""
    assert [t for _, t in _layer_tops(name)] == [top]


@pytest.mark.parametrize(("name", "vid"), [("Data", "j-data"), ("Crisis", "j-crisis"), ("mAbs", "j-mabs")])
def test_a_journal_named_as_a_conferences_acronym_is_kept(name, vid):
    """MDPI's Data is not dropped because a conference's acronym is DATA ('Data (Basel)' finds it)."""
    assert _layer_tops(name) == [(vid, "")]


def test_a_meeting_of_the_ncbi_list_named_by_a_top_acronym_is_no_journal(tmp_path: Path):
    titles = {
        "MobiSys ... : the ... International Conference on Mobile Systems": "MobiSys",
        "DNA (Mary Ann Liebert, Inc.)": "DNA",
        "JAMA : the journal of the American Medical Association": "JAMA",
        "Yakhteh = The cell": "Yakhteh",
    }
    src = tmp_path / "ncbi.json"
    src.write_text(json.dumps({"default": {"container-title": titles}}), encoding="utf-8")
    from collections import defaultdict

    subtitles: defaultdict[str, set[str]] = defaultdict(set)
    rows = _build_script().read_ncbi(src, subtitles, frozenset({"mobisys", "dna"}))
    assert [n for _, n, _ in rows] == ["DNA", "JAMA", "Yakhteh"]
    assert dict(subtitles) == {"jama": {"journal of the american medical association"}}


@pytest.mark.parametrize(("text", "vid"), [
    ("Frontiers of Earth Science", "j-frontiers-of-earth-science"),
    ("Frontiers in Earth Science", "j-frontiers-in-earth-science"),
    ("Frontiers in Mathematics", "j-frontiers-in-mathematics"),
    ("Frontiers of Mathematics", "j-frontiers-of-mathematics"),
    ("Frontiers in Computer Science", "j-frontiers-in-computer-science"),
    ("Frontiers of Computer Science", "fcs"),
    ("Perspectives on Science", "j-perspectives-on-science"),
    ("Perspectives in Science", "j-perspectives-in-science"),
])
def test_names_differing_in_a_preposition_are_different_journals(db, text, vid):
    """The build merged spellings one typo apart that share an abbreviation: "Frontiers of Earth Science" (Springer)
    was a spelling of "Frontiers in Earth Science" (Frontiers), and "Frontiers in Computer Science" CCF's FCS."""
    m = db.match(text)
    assert m.venue is not None and m.venue.id == vid, (text, m.method, m.venue and m.venue.id)


def test_a_merge_of_spellings_refuses_another_preposition_but_not_a_typo():
    other = _build_script()._other_function_words
    assert other("frontiers of earth science", "frontiers in earth science")
    assert other("chemistry in ecology", "chemistry and ecology")
    assert other("journal of big data", "journal on big data")
    assert other("life sciences and space research", "life sciences space research")
    assert not other("journal of biomedial optics", "journal of biomedical optics")
    assert not other("arkiv for matematik", "arkiv foer matematik")  # "för", its umlaut written out
    assert not other("solar energy materials amd solar cells", "solar energy materials and solar cells")
    assert not other("cahiers de geographie du quebec", "cahiers de geographie de quebec")


@pytest.mark.parametrize(("text", "vid"), [
    ("Europhys. Lett.", "j-europhysics-letters"),
    ("EPL (Europhysics Letters)", "j-europhysics-letters"),
    ("J. Mater. Chem. A", "jmca"),
    ("Journal of Materials Chemistry A: Materials for Energy and Sustainability", "jmca"),
    ("Int. J. Mod. Phys. B", "j-international-journal-of-modern-physics-b"),
    ("Stat. Sci.", "j-statistical-science"),
    ("Neuroimage Clin", "j-neuroimage-clinical"),  # a section with an abbreviation of its own stays itself
])
def test_a_journal_listed_twice_under_a_variant_name_is_one_journal(db, text, vid):
    """"EPL (Europhysics Letters)" and "Europhysics Letters" were two journals sharing "Europhys. Lett." (so it was
    ambiguous): a name plus a bracketed or subtitle form, abbreviated alike by the lists, is the journal named."""
    m = db.match(text)
    assert m.venue is not None and m.venue.id == vid, (text, m.method, m.venue and m.venue.id)


def test_a_section_or_an_edition_abbreviated_alike_is_not_merged_as_a_variant():
    variants = _build_script()._merge_variants
    names = {
        "excerpta medica": [(0, "Excerpta medica")],
        "excerpta medica section 13 dermatology": [(0, "Excerpta medica. Section 13, Dermatology")],
        "europhysics letters": [(0, "Europhysics Letters")],
        "epl europhysics letters": [(0, "EPL (Europhysics Letters)")],
        "condor": [(0, "The Condor")],
        "condor ornithological applications": [(0, "The Condor: Ornithological Applications")],
    }
    abbrevs = {
        "excerpta medica": [(0, "Excerpta Med")],
        "excerpta medica section 13 dermatology": [(0, "Excerpta Med")],
        "europhysics letters": [(0, "Europhys. Lett.")],
        "epl europhysics letters": [(0, "Europhys. Lett.")],
        "condor": [(0, "Condor")],
        "condor ornithological applications": [(0, "The Condor: Ornithol. Appl.")],
    }
    lists = {k: {"ubc"} for k in names}
    assert variants(names, abbrevs, lists) == 1
    assert "epl europhysics letters" not in names and "excerpta medica section 13 dermatology" in names
    assert "condor ornithological applications" in names


def test_a_name_and_the_name_with_a_subtitle_or_its_initials_abbreviated_alike_are_one_journal():
    forms = _build_script()._merge_forms
    names = {
        "physica status solidi b": [(0, "physica status solidi (b)")],
        "physica status solidi b basic solid state physics": [(1, "Physica Status Solidi B Basic Solid State Physics")],
        "astrophysical journal": [(0, "The Astrophysical Journal")],
        "astrophysical journal letters": [(0, "The Astrophysical Journal Letters")],
        "forensic science international": [(0, "Forensic Science International")],
        "forensic science international synergy": [(0, "Forensic Science International: Synergy")],
        "physica status solidi rapid research letters": [(0, "Physica Status Solidi Rapid Research Letters")],
        "physica status solidi rrl rapid research letters": [(1, "Physica Status Solidi RRL: Rapid Research Letters")],
        "studies in applied mathematics": [(0, "Studies in Applied Mathematics")],
        "siam studies in applied mathematics": [(0, "SIAM Studies in Applied Mathematics")],
    }
    abbrevs: dict[str, list[tuple[int, str]]] = defaultdict(list, {
        "physica status solidi b": [(0, "Phys. Status Solidi B")],
        "physica status solidi b basic solid state physics": [(1, "Phys. Status Solidi B")],
        "astrophysical journal": [(0, "Astrophys. J.")],
        "astrophysical journal letters": [(0, "Astrophys. J.")],
        "forensic science international": [(0, "Forensic Sci. Int.")],
        "forensic science international synergy": [(0, "Forensic Sci. Int.")],
    })
    lists = {k: {"ubc"} for k in names}
    by_abbrev: dict[str, set[str]] = {}
    for k, ab in abbrevs.items():
        for _, a in ab:
            by_abbrev.setdefault(a.lower().replace(".", ""), set()).add(k)
    assert forms(names, abbrevs, lists, by_abbrev) == 2
    assert "physica status solidi b basic solid state physics" not in names  # a subtitle of four words
    assert "physica status solidi rrl rapid research letters" not in names  # the more trusted spelling is kept
    assert {"astrophysical journal letters", "forensic science international synergy",  # other journals
            "siam studies in applied mathematics"} <= set(names)  # SIAM's initials are not these words'


def test_a_societys_journal_listed_with_and_without_the_societys_name_is_one_journal():
    """ASME's journals are listed twice ("ASME Journal of Mechanical Design", "ASME J. Mech. Des." and "Journal of
    Mechanical Design", "J. Mech. Des."): one journal, under the title without the society. Other publishers'
    names make other journals ("ACS Materials Letters" is not Materials Letters, though abbreviated alike)."""
    twins = _build_script()._merge_society_twins
    names = {
        "asme journal of mechanical design": [(0, "ASME Journal of Mechanical Design")],
        "journal of mechanical design": [(0, "Journal of Mechanical Design")],
        "asce asme journal of risk": [(0, "ASCE-ASME Journal of Risk")],
        "journal of risk": [(0, "Journal of Risk")],
        "asme journal of tribology": [(0, "ASME Journal of Tribology")],
        "journal of tribology": [(0, "Journal of Tribology")],
        "acs materials letters": [(0, "ACS Materials Letters")],
        "materials letters": [(0, "Materials Letters")],
    }
    abbrevs: dict[str, list[tuple[int, str]]] = defaultdict(list, {
        "asme journal of mechanical design": [(0, "ASME J. Mech. Des.")],
        "journal of mechanical design": [(0, "J. Mech. Des.")],
        "asce asme journal of risk": [(0, "ASCE-ASME J. Risk"), (9, "ASCE ASME J Risk A")],
        "journal of risk": [(0, "J. Risk")],
        "asme journal of tribology": [(0, "ASME J. Tribol.")],
        "journal of tribology": [(0, "Tribol. J.")],  # abbreviated otherwise: not shown to be one
        "acs materials letters": [(0, "ACS Mater. Lett.")],
        "materials letters": [(0, "Mater. Lett.")],
    })
    lists = {k: {"ubc"} for k in names}
    assert twins(names, abbrevs, lists) == 2
    assert "asme journal of mechanical design" not in names and "asce asme journal of risk" not in names
    assert (0 + 50, "ASME Journal of Mechanical Design") in names["journal of mechanical design"]
    assert min(abbrevs["journal of mechanical design"]) == (0, "J. Mech. Des.")  # the title's own stays first
    assert (50, "ASME J. Mech. Des.") in abbrevs["journal of mechanical design"]
    assert {"asme journal of tribology", "acs materials letters", "materials letters"} <= set(names)


@pytest.mark.parametrize("text", ["ASME Journal of Mechanisms and Robotics 2019",
                                  "Journal of Mechanisms and Robotics 9.6 "
                                  "(2017): 061005.", "ASME J. Mech. Rob."])
def test_the_shipped_layer_has_asmes_journals_once(db, text):
    m = db.match(text)
    assert (m.venue.id if m.venue else None) == "j-journal-of-mechanisms-and-robotics", (text, m.method)


@pytest.mark.parametrize(("text", "vid"), [
    ("PHYSICA STATUS SOLIDI B-BASIC SOLID STATE PHYSICS 255.7 (2018)", "j-physica-status-solidi-b"),
    ("Phys Status Solidi B", "j-physica-status-solidi-b"),
    ("physica status solidi (b)", "j-physica-status-solidi-b"),
    ("PHYSICA STATUS SOLIDI-RAPID RESEARCH LETTERS 13.7 (2019)", "j-physica-status-solidi-rapid-research-letters"),
    ("Phys. Status Solidi RRL", "j-physica-status-solidi-rapid-research-letters"),
    ("The Astrophysical Journal Letters", "j-astrophysical-journal-letters"),
])
def test_a_journal_the_lists_give_with_and_without_its_subtitle_is_found_as_one(db, text, vid):
    """The lists gave Physica Status Solidi B under "physica status solidi (b)" and "... B Basic Solid State
    Physics", and PSS RRL with and without "RRL": two journals each, so a string named one of the two at random."""
    m = db.match(text, field=True)
    assert (m.venue.id if m.venue else None) == vid, (text, m.method, m.candidates)


@pytest.mark.parametrize("text", [
    "Journal of Geophysical Research, 2023, 128, e2023JB026437,",
    "Journal of Geophysical Research. 2020,",
    "J. Geophys. Res., 115, D12345",
    "Physics Letters",
])
def test_a_name_with_lettered_sections_that_carry_a_subtitle_names_a_family(db, text):
    """JGR's sections are "Journal of Geophysical Research, B: Solid Earth", "D: Atmospheres" ...: like Physics
    Letters A and B, the name alone is written for any of them, so it is ambiguous, not the umbrella journal."""
    m = db.match(text, field=True)
    assert m.method == "ambiguous" and len(m.candidates) >= 3, (text, m.method, m.venue and m.venue.id)


@pytest.mark.parametrize(("text", "vid"), [
    ("Journal of Geophysical Research: Solid Earth, 126, e2021JB022341",
     "j-journal-of-geophysical-research-solid-earth"),
    ("J. Geophys. Res. Atmos.", "j-journal-of-geophysical-research-atmospheres"),
    ("Journal of Geophysical Research (JGR): Planets", "j-journal-of-geophysical-research-planets"),
    ("Geophysical Research Letters", "grl"),
])
def test_a_section_named_is_that_section(db, text, vid):
    m = db.match(text, field=True)
    assert (m.venue.id if m.venue else None) == vid, (text, m.method, m.candidates)


@pytest.mark.parametrize(("text", "vid"), [
    ("Dev. Biol.", "j-developmental-biology"), ("Dev Biol", "j-developmental-biology"),
    ("Dev. Biol. (Basel, Switz.)", "j-developments-in-biologicals"),
])
def test_a_bare_abbreviation_is_the_journal_whose_own_it_is_not_the_one_that_adds_a_place(db, text, vid):
    # the lists abbreviate Developments in Biologicals "Dev. Biol. (Basel, Switz.)" to tell it from Developmental
    # Biology, which holds "Dev. Biol."; the bare form they also file under it says no more than the qualified one
    m = db.match(text)
    assert m.venue is not None and m.venue.id == vid, (text, m)


@pytest.mark.parametrize(("text", "vid"), [
    ("Rev. Lyon. Med.", "j-revue-lyonnaise-de-medecine"),  # also listed as "La Revue Lyonnaise de Medecine"
    ("Rass. Clin. Ter.", "j-rassegna-di-clinica-terapia-e-scienze-affini"),
    ("Scalpel (Brux.)", "j-scalpel"),  # and "Le Scalpel"
    ("Tuberk. Grenzgeb. Einzeldarst.", "j-tuberkulose-und-ihre-grenzgebiete-in-einzeldarstellungen"),
    ("Econ. Theory", None),  # Econometric Theory and Economic Theory: two journals, still ambiguous
])
def test_a_journal_listed_with_and_without_its_article_is_one_journal(db, text, vid):
    m = db.match(text)
    assert (m.venue.id if m.venue else None) == vid, (text, m)
    if vid is None:
        assert m.method == "ambiguous"


@pytest.mark.parametrize(("text", "vid"), [
    ("Geochimica Cosmochimica Acta 251, 56-72.", "gca"),  # a Latin "et" left out
    ("Geochimica Cosmochimica Acta", "gca"),
    ("Journal American Chemical Society", "j-journal-of-the-american-chemical-society"),  # "of the" left out
    ("Green Energy Technology", None),  # not Green Energy and Technology: one subject, not two
])
def test_a_name_written_without_its_stop_words_is_read_loosely(db, text, vid):
    """A string with no stop word is its own loose key; the journal whose name has them is still found, unless
    what was left out is an "and" (the writer's two words then name one subject)."""
    m = db.match(text)
    assert (m.venue.id if m.venue else None) == vid, (text, m.method)


@pytest.mark.parametrize(("text", "vid"), [
    ("App. Phys. Lett. 120 (4), 2022, 044002", "apl"),  # "App." for Applied: not ISO-4's cut, one reading only
    ("ACS App. Mater. Interfaces, 13 (41), 2021, 48981-48987", "j-acs-applied-materials-and-interfaces"),
    ("Rom. J. Phy.", None),  # Physics or Physiology
    ("Can. Geo. J.", None),  # Geographical or Geotechnical
    ("Int. J. Nano.", None),  # Nanomedicine, Nanoscience, Nanotechnology, ...
])
def test_a_writers_own_cut_of_one_word_is_read_when_one_journal_fits(db, text, vid):
    """A word cut where ISO-4 would not cut it ("App.") names the journal when only one name reads so; when several
    do, the answer is ambiguous, not the one whose own abbreviation happens to agree."""
    m = db.match(text)
    assert (m.venue.id if m.venue else None) == vid, (text, m.method, m.candidates)
    if vid is None:
        assert m.method == "ambiguous"


@pytest.mark.parametrize(("text", "vid"), [
    ("Revista Brasileira de Engenharia Agricola e Ambiental - Agriambi",
     "j-revista-brasileira-de-engenharia-agricola-e-ambiental"),  # a short name of the name's own words
    ("Water Resources Research - WRR", "j-water-resources-research"),  # its initials
    ("Revista Brasileira de Engenharia Agricola e Ambiental - Agrimbi", None),  # not made of the name's words
    ("Biochimica et Biophysica Acta - Bioenergetics", "j-biochimica-et-biophysica-acta-bioenergetics"),  # a section
    ("Biochimica et Biophysica Acta (BBA) - Gene Regulatory Mechanisms",
     "j-biochimica-et-biophysica-acta-gene-regulatory-mechanisms"),  # the publisher's own title, initials inside
    ("Biochimica et Biophysica Acta (BBA)-Molecular Cell Research",
     "j-biochimica-et-biophysica-acta-molecular-cell-research"),
    ("Journal of Geophysical Research (JGR): Planets", "j-journal-of-geophysical-research-planets"),
])
def test_a_short_name_after_a_dash_or_initials_inside_the_name_are_read_as_brackets_are(db, text, vid):
    """Initials or a short name made of the name's words say no more than the name, after a dash as in brackets, and
    inside the name before its section."""
    m = db.match(text)
    assert (m.venue.id if m.venue else None) == vid, (text, m.method, m.candidates)


@pytest.mark.parametrize(("text", "vid"), [
    ("Journal of Law, Medicine", None),  # a list cut short (Journal of Law, Medicine and Ethics)
    ("IEEE Transactions on Components, Packaging Technology", None),  # ... and Manufacturing Technology
    ("Journal of Law and Medicine", "j-journal-of-law-and-medicine"),
    ("Computers Mathematics with Applications, 12(3), 45-67", "j-computers-and-mathematics-with-applications"),
    ("Journal of the dentistry", None),  # a name cut short (Journal of the History of Dentistry)
    ("Journal of the History of Dentistry", "j-journal-of-the-history-of-dentistry"),
])
def test_a_list_or_an_article_left_hanging_is_no_loose_reading(db, text, vid):
    """Words after a last comma with no "and" are a list cut short, and a "the" before a subject the name has bare is
    a name cut short: neither is read loosely as the shorter name."""
    m = db.match(text)
    assert (m.venue.id if m.venue else None) == vid, (text, m.method, m.candidates)


@pytest.mark.parametrize(("text", "name"), [
    ("Stat Methods Med Res 0962280216628901,0 - 0 - 1-20", "Stat Methods Med Res"),  # empty volume and issue: "0 - 0"
    ("Journal of Hydrology 12 - 3 - 45-67", "Journal of Hydrology"),
    ("Physics Letters - B", "Physics Letters - B"),  # a section, no number
])
def test_numbers_between_spaced_dashes_are_a_citation_tail(text, name):
    """A reference manager writes volume, issue and pages between spaced dashes, "0" for an empty field."""
    from pubnorm.journals import strip_numeric_tail

    assert strip_numeric_tail(text) == name


@pytest.mark.parametrize(("text", "vid", "year"), [
    ("Journal of Hydrology, 25, 123. doi:10.1016/j.jhydrol.2016.01.002", "j-journal-of-hydrology", None),
    ("Journal of Hydrology, 25, 123. https://doi.org/10.1016/j.jhydrol.2016.01.002", "j-journal-of-hydrology", None),
    ("Journal of Hydrology. DOI 10.1016/j.jhydrol.2016.01.002, 2016", "j-journal-of-hydrology", 2016),
    ("Journal of Hydrology. 10.1016/j.jhydrol.2016.01.002", "j-journal-of-hydrology", None),
    ("ICML 2020, http://proceedings.mlr.press/v119/x.html", "icml", 2020),
])
def test_a_doi_or_a_link_after_the_citation_is_no_part_of_the_venue(db, text, vid, year):
    """A DOI or a link ends many citations: it goes before the lookup, and its digits are no year."""
    m = db.match(text)
    assert (m.venue.id if m.venue else None) == vid, (text, m.method, m.parse.text)
    assert m.parse.year == year


@pytest.mark.parametrize(("text", "vid"), [
    ("JOURNAL OF HYDROLOGY, v. 25, p. 123-145, 2016", "j-journal-of-hydrology"),  # Brazilian (ABNT) style
    ("Journal of Hydrology, v. 25, n. 2, p. 123-145, 2016", "j-journal-of-hydrology"),
    ("Journal of Hydrology, 25, Article 123", "j-journal-of-hydrology"),
    ("Journal of Hydrology, 25, Art. 123", "j-journal-of-hydrology"),
    ("Journal of Hydrology, 25, article no. 123", "j-journal-of-hydrology"),
    # Springer's and BMC's "Cite this article": "Trials volume 23, Article number: 7 (2022)"
    ("Journal of Hydrology volume 25, Article number: 123 (2016)", "j-journal-of-hydrology"),
    ("Trials volume 23, Article number: 7 (2022)", "j-trials"),
    ("BMC Genomics volume 21, Article number: 5 (2020)", "j-bmc-genomics"),
    ("Journal of Hydrology, 25, Art. No.: 123", "j-journal-of-hydrology"),
    ("Journal of Hydrology. Elsevier, 2016", "j-journal-of-hydrology"),  # its publisher after the name
    ("Journal of Hydrology, Elsevier, 25(3), 1-10", "j-journal-of-hydrology"),
    ("Remote Sensing, MDPI", "j-remote-sensing"),
])
def test_article_numbers_abnt_volumes_and_a_publisher_after_the_name_are_no_part_of_it(db, text, vid):
    m = db.match(text)
    assert (m.venue.id if m.venue else None) == vid, (text, m.method, m.parse.text)


@pytest.mark.parametrize(("text", "year"), [
    ("Nature 25:123-130", None),  # volume 25, not 2025
    ("Hepatitis C 12(3)", None),
    ("Blood 35, 100-110", None),
    ("ICML 25", 2025),
    ("Proc. of IROS'19: 1-8", 2019),  # quoted: a year
    ("SIGMOD 21 (Industry)", 2021),
])
def test_two_digits_before_more_numbers_of_a_citation_are_a_volume_not_a_year(text, year):
    from pubnorm.venues import parse_venue

    assert parse_venue(text).year == year


@pytest.mark.parametrize(("text", "vid", "year"), [
    # Google Scholar's line: the venue, the year, then the site or publisher that holds the paper
    ("Marine Geology, 2019 - Elsevier", "j-marine-geology", 2019),
    ("Paleobiology, 2022 - cambridge.org", "j-paleobiology", 2022),
    ("Journal of Geoscience Education, 2022 - Taylor & Francis", "j-journal-of-geoscience-education", 2022),
    ("Geophysical Research Letters, 2021 - Wiley Online Library", "grl", 2021),
    ("EGU General Assembly Conference Abstracts, 2021 - ui.adsabs.harvard.edu", "egu-general-assembly", 2021),
    ("Tectonophysics, 2020 - Elsevier", "j-tectonophysics", 2020),  # a rare word cited with its year alone
])
def test_the_source_after_a_scholar_lines_year_is_no_part_of_the_venue(db, text, vid, year):
    m = db.match(text)
    assert (m.venue.id if m.venue else None) == vid, (text, m.method, m.parse.text)
    assert m.parse.year == year


@pytest.mark.parametrize("text", [
    "2023 - repositorio.udec.cl",  # a repository, no venue
    "Evolution, 2019 - Wiley Online Library",  # a common word with its year alone is still a word
])
def test_a_scholar_line_without_a_venue_name_stays_unknown(db, text):
    assert db.match(text).venue is None


def test_a_place_qualifier_on_an_abbreviation_does_not_keep_a_variant_apart():
    """CAS writes "Physica A (Amsterdam, Neth.)" for "Physica A: Statistical Mechanics and Its Applications
    (Amsterdam, Netherlands)": the bracketed place tells apart journals of one name, it is no abbreviation of
    another journal, so the subtitle form is still the journal listed as "Physica A"."""
    variants = _build_script()._merge_variants
    long = "physica a statistical mechanics and its applications"
    names = {"physica a": [(0, "Physica A")], long: [(0, "Physica A: Statistical Mechanics and its Applications")]}
    abbrevs = {"physica a": [(0, "Phys. A"), (0, "Physica A")],
               long: [(0, "Physica A"), (0, "Physica A (Amsterdam, Neth.)")]}
    lists = {k: {"ubc"} for k in names}
    assert variants(names, abbrevs, lists) == 1
    assert list(names) == ["physica a"]


@pytest.mark.parametrize(("text", "vid"), [
    ("Physica A 353, 365-387", "j-physica-a"),
    ("Physica A: Statistical Mechanics and its Applications", "j-physica-a"),
    ("Zhurnal Prikladnoi Khimii (S.-Peterburg)", "j-zhurnal-prikladnoi-khimii"),
])
def test_a_journal_whose_subtitle_form_cas_qualifies_by_place_is_one_journal(db, text, vid):
    m = db.match(text)
    assert (m.venue.id if m.venue else None) == vid, (text, m.method, m.parse.text)


@pytest.mark.parametrize(("text", "name"), [
    ("Journal of Crystal Growth, 175–176(PART 2), 782–786", "Journal of Crystal Growth"),
    ("Rev. Biol. Trop. 64(Suppl. 1), 197-199", "Rev. Biol. Trop"),
    ("Brain 12(Pt 3):1-9", "Brain"),
    ("Clin Infect Dis 61(Supplement 4)", "Clin Infect Dis"),
    ("Society 5.0", "Society 5.0"),  # a version, no tail
])
def test_a_part_or_supplement_in_the_issues_brackets_is_part_of_the_citation_tail(text, name):
    assert strip_numeric_tail(text) == name


@pytest.mark.parametrize(("text", "vid"), [
    # a journal family's section named by its letter alone is that section, as the lists name it with its subtitle
    ("Journal of Combinatorial Theory A", "j-journal-of-combinatorial-theory-series-a"),
    ("Journal of Combinatorial Theory B, 145 (2020) 1-20", "j-journal-of-combinatorial-theory-series-b"),
    ("Journal of the Royal Statistical Society: A", "j-journal-of-the-royal-statistical-society-series-a"),
    ("The Journals of Gerontology: Series A", "j-journals-of-gerontology-series-a-biological-sciences-and"),
    ("Transportation Research Part B", "j-transportation-research-part-b-methodological"),
    ("American Journal of Medical Genetics Part B", "j-american-journal-of-medical-genetics-part-b-neuropsychiatric"),
    ("Proceedings of the Royal Society of London B", "proc-r-soc-b"),
    ("Journal of Geophysical Research B", "j-journal-of-geophysical-research-b-solid-earth"),
    # ... a letter the family has no section of is nothing, and a name that ends in an initial is no section
    ("Journal of Combinatorial Theory F", None),
    ("Festschrift for John A", None),
])
def test_a_section_named_by_its_letter_is_that_section_never_the_family(db, text, vid):
    m = db.match(text)
    assert (m.venue.id if m.venue else None) == vid, (text, m.method, m.parse.text)


@pytest.mark.parametrize("text", [
    "Comparative Biochemistry & Physiology A",  # the lists have three journals of section A, under successive names
    "Environment and Planning B",  # Planning and Design, then Urban Analytics and City Science
])
def test_a_letter_two_journals_of_the_family_share_is_ambiguous(db, text):
    m = db.match(text)
    assert m.method == "ambiguous" and len(m.candidates) >= 2, (text, m.method, m.venue)



def test_the_layer_finds_a_familys_journals_of_one_letter_with_or_without_a_subtitle(db):
    layer = db.journal_layer()
    assert {v.id for v, _ in layer.lettered("journal of combinatorial theory", "a")} == {
        "j-journal-of-combinatorial-theory-series-a"}
    assert {v.id for v, _ in layer.lettered("transportation research", "b")} == {
        "j-transportation-research-part-b-methodological"}
    assert layer.lettered("journal of combinatorial theory", "f") == []
