"""sources/datafile.py: publication lists kept as site data (`_data/publications.yml`)."""

from __future__ import annotations

from pathlib import Path

from pubnorm.pipeline import Options, run

DATA = """\
- year: 2024
  papers:
    - title: "Budget-Aware Retrieval for Long Documents"
      authors: "Ada Lovelace, Jane Roe"
      venue: "NeurIPS 2024"
      arxiv: 2401.00001
- year: 2023
  papers:
    - title: Sparse Widgets
      authors: [Ada Lovelace, Bob Stone]
      journal: Transactions on Machine Learning Research
      year: 2023
      doi: 10.1234/abcd.5678
"""


def test_a_data_file_of_a_jekyll_site_is_read(db, tmp_path: Path):
    (tmp_path / "_config.yml").write_text("title: Ada Lovelace\n", encoding="utf-8")
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data" / "publications.yml").write_text(DATA, encoding="utf-8")
    (tmp_path / "_data" / "navigation.yml").write_text("- title: Home\n  url: /\n", encoding="utf-8")
    (tmp_path / "_data" / "notes.md").write_text("- A Paper Title About Things. ICML 2023.\n", encoding="utf-8")
    result = run([tmp_path], db, Options(jobs=1))
    pubs = {p.title: p for p in result.publications}
    assert sorted(pubs) == ["Budget-Aware Retrieval for Long Documents", "Sparse Widgets"]
    assert pubs["Sparse Widgets"].ids == {"doi": "10.1234/abcd.5678"} and pubs["Sparse Widgets"].year == 2023
    assert pubs["Budget-Aware Retrieval for Long Documents"].ids == {"arxiv": "2401.00001"}
    assert pubs["Sparse Widgets"].sources[0].line == 9


def test_a_config_file_named_alone_gives_no_record(db, tmp_path: Path):
    """A title without authors, venue, year or identifier is a site's title, not a paper."""
    (tmp_path / "_config.yml").write_text("title: Ada Lovelace\ndescription: x\n", encoding="utf-8")
    assert run([tmp_path / "_config.yml"], db, Options(jobs=1)).publications == []


SCRIPT = """\
import fig from './fig.png';
export const papersContent = {
  meta: { title: "Papers - Ada Lovelace", description: "Peer-reviewed papers" },
  title: "Papers",
  papers: [
    {
      title: "Budget-Aware Retrieval for Long Documents",
      authors: "Lovelace A, Roe J",
      citation: "Transactions on Machine Learning Research, 2024",
      image: fig,
      href: "https://doi.org/10.1234/tmlr.1",
    },
    {
      // a grouped list with Markdown in its strings
      'title': '[Sparse Widgets](https://doi.org/10.1234/abcd.5678)',
      'author': 'with Bob Stone and Carla Diaz',
      'journal': '*Journal of Development Economics*, 2023, 171, 103318 ([Ungated](/files/x.pdf))',
    },
  ],
};
"""


def test_a_list_kept_as_literals_in_a_sites_script_is_read(db, tmp_path: Path):
    p = tmp_path / "papers.ts"
    p.write_text(SCRIPT, encoding="utf-8")
    pubs = {x.title: x for x in run([p], db, Options(jobs=1)).publications}
    assert sorted(pubs) == ["Budget-Aware Retrieval for Long Documents", "Sparse Widgets"]
    a, b = pubs["Budget-Aware Retrieval for Long Documents"], pubs["Sparse Widgets"]
    assert a.authors == ["Lovelace A", "Roe J"] and a.year == 2024 and a.ids == {"doi": "10.1234/tmlr.1"}
    assert a.venue is not None and a.venue.venue is not None and a.venue.venue.acronym == "TMLR"
    assert b.authors == ["Bob Stone", "Carla Diaz"] and b.year == 2023 and b.ids == {"doi": "10.1234/abcd.5678"}
    assert a.sources[0].line == 7 and b.sources[0].line == 15


def test_a_script_keeping_whole_citations_as_strings_gives_one_paper_a_string(db, tmp_path: Path):
    """`export default ["Authors. Title. <i>Venue</i>, 2021. [<a href='...'>PDF</a>]", ...]`: an array of citation
    strings (HTML inside) gives a paper a string, at the string's line, read as the page shows it (its tags are
    markup, not words: the file read as markup gave "<a href" titles)."""
    p = tmp_path / "publications.js"
    first = ('Ada Okafor, <u>Jan Moreau</u>, Li Wei. Tidal heating of icy moons by resonance. <i>Icarus</i>, Vol. 62, '
             "pp. 641-653, 2021. [<a href='https://doi.org/10.1016/j.icarus.2021.1'>DOI</a>]")
    second = ("<u>Jan Moreau</u>, Ada Okafor. Crust thickness from libration measurements. In Proceedings of the "
              "ACM CHI Conference on Human Factors in Computing Systems (CHI 2019), pp. 1-12, 2019. "
              "[<a href='https://example.org/crust.pdf'>PDF</a>]")
    p.write_text(f'// publications\nexport default [\n    "{first}",\n\n    "{second}",\n];\n', encoding="utf-8")
    pubs = run([p], db, Options(jobs=1)).publications
    assert [(x.title, x.year, x.sources[0].line) for x in pubs] == [
        ("Tidal heating of icy moons by resonance", 2021, 3), ("Crust thickness from libration measurements", 2019, 5)]
    assert pubs[0].authors == ["Ada Okafor", "Jan Moreau", "Li Wei"]
    assert pubs[0].ids == {"doi": "10.1016/j.icarus.2021.1"}


def test_a_component_that_writes_its_list_as_jsx_is_read_as_markup(db, tmp_path: Path):
    p = tmp_path / "Publications.js"
    p.write_text("export default () => (\n  <div>\n    <h1>Publications</h1>\n    <ul>\n      <li>Ada Lovelace and "
                 "Bob Stone. Sparse Widgets for Everyone. ICML 2023.</li>\n    </ul>\n  </div>\n);\n", encoding="utf-8")
    pubs = run([p], db, Options(jobs=1)).publications
    assert len(pubs) == 1 and "Sparse Widgets for Everyone" in (pubs[0].title or "")


def test_a_vue_page_writing_its_papers_as_components_gives_them_from_their_attributes(db, tmp_path):
    """`<Citation Authors="..." Title="..." Journal="..." Year="2022" />` in a Vue page: each element's text
    attributes are a paper's fields (the page gave nothing: its list is neither literals nor text). Bound props
    (`:publication="pub"`) are code."""
    from pubnorm.sources.reader import read_profile

    f = tmp_path / "AllCitations.vue"
    f.write_text('<template>\n  <div>\n    <CitationList v-for="pub in pubList" :key="pub" :publication="pub" />\n'
                 '    <Citation\n      Authors="Lind, Q.; Okafor, S. M.; Moreau, A. E."\n'
                 '      Title="Site-selective glycosylation of minimally protected sugars"\n'
                 '      Journal="Nature" Volume="608" Year="2022" Pages="120-126"\n    />\n'
                 "    <Citation Authors='Okafor, S. M.' Title='Copper-catalysed aerobic oxidations' "
                 "Journal='Acc. Chem. Res.' Year='2019' />\n  </div>\n</template>\n", encoding="utf-8")
    pubs = read_profile(f, db).publications
    assert [(p.title, p.authors, p.venue_raw, p.year, p.first_source.line) for p in pubs] == [
        ("Site-selective glycosylation of minimally protected sugars", ["Lind, Q.", "Okafor, S. M.", "Moreau, A. E."],
         "Nature", 2022, 6),
        ("Copper-catalysed aerobic oxidations", ["Okafor, S. M."], "Acc. Chem. Res.", 2019, 9)]


def test_a_venue_kept_as_a_mapping_is_read_by_its_name_and_keys_in_any_case(db, tmp_path: Path):
    """A physics site's `paper_regular.yml`: the journal a mapping of its name (with volume and page) and its link,
    `arXiv` in its own case; a paper with an arXiv number and no journal is an arXiv preprint."""
    data = ("- Title: \"Tidal heating of icy moons\"\n  Authors: Ada Okafor and Jan Moreau\n  arXiv: 2604.00358\n"
            "  year: 2026\n  journal:\n    name: Phys. Rev. B 114, 115112 (2026)\n    url: https://doi.org/10.1/x\n"
            "- title: \"Ligand exchange in small clusters\"\n  authors: Ada Okafor\n  arXiv: 2607.03799\n"
            "  year: 2026\n  journal: null\n")
    (tmp_path / "paper_regular.yml").write_text(data, encoding="utf-8")
    result = run([tmp_path / "paper_regular.yml"], db, Options(jobs=1))
    pubs = {p.title: p for p in result.publications}
    moons = pubs["Tidal heating of icy moons"]
    assert moons.venue_raw.startswith("Phys. Rev. B") and moons.venue is not None and moons.venue.venue is not None
    assert moons.authors == ["Ada Okafor", "Jan Moreau"] and moons.ids.get("arxiv") == "2604.00358"
    assert pubs["Ligand exchange in small clusters"].venue_raw == "arXiv"
