"""sources/datafile.py: publication lists kept as site data (`_data/publications.yml`)."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

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


def test_a_paper_listed_under_its_years_group_has_that_year(db, tmp_path: Path):
    """A data file grouped by year gives the year once, for its group, as a page's year heading does: keyed by it
    (`2025:` over a list of papers, a Jekyll `_data` file) or as the group's own field (`{year: 2025, publications:
    [...]}`, a TypeScript data module); a paper's own year stays its year, and a year in one of its notes ("comment:
    Also presented at WIDGETCONF 2025") is another meeting's."""
    (tmp_path / "papers.yml").write_text(
        "2025:\n  - title: Progressive widget outpainting via latent diffusion\n    authors: [Ana Lind, Bo Okafor]\n"
        "    venue: ICCV\n2024:\n  - title: Latent bias correction in widget artworks\n    authors: [Bo Okafor]\n"
        "    venue: SIGGRAPH Asia\n    comment: Also presented at WIDGETCONF 2025\n"
        "  - title: Older widget paper\n    authors: [Bo Okafor]\n    venue: CVPR\n"
        "    year: 2019\n", encoding="utf-8")
    (tmp_path / "publications.ts").write_text(
        "const publications = {\n  journalPubs: [\n    {\n      year: 2023,\n      publications: [\n"
        "        { authors: ['Ana Lind'], title: 'Normalization by evaluation for modal widgets',\n"
        "          venue: 'Journal of Functional Programming' },\n      ],\n    },\n  ],\n};\n"
        "export default publications;\n", encoding="utf-8")
    files = [tmp_path / "papers.yml", tmp_path / "publications.ts"]
    pubs = {p.title: p.year for p in run(files, db, Options(jobs=1)).publications}
    assert pubs == {"Progressive widget outpainting via latent diffusion": 2025,
                    "Latent bias correction in widget artworks": 2024, "Older widget paper": 2019,
                    "Normalization by evaluation for modal widgets": 2023}


def test_an_item_titled_by_one_of_its_keys_is_a_marker_not_a_paper(db, tmp_path: Path):
    """`- title: year` over `year: 2022`, before that year's papers: a lab's template marks its year headings so in the
    data file, and each marker was a paper titled "year" (eight on one page). A paper's title is never the name of one
    of its own keys; the papers around the markers are read as before."""
    (tmp_path / "publications.yml").write_text(
        "- title: year\n  year: 2022\n\n- title: Widget analyses of quinoa leaves\n  authors: Lind A<sup>#</sup>, "
        "<b>Okafor B</b><sup>*</sup>\n  year: 2022\n  journal: Plant Stress\n\n- title: year\n  year: 2021\n\n"
        "- title: Salinity effects on widget proteomes\n  authors: Okafor B\n  year: 2021\n  journal: Int J Mol Sci\n",
        encoding="utf-8")
    pubs = run([tmp_path / "publications.yml"], db, Options(jobs=1)).publications
    assert [(p.title, p.year) for p in pubs] == [("Widget analyses of quinoa leaves", 2022),
                                                 ("Salinity effects on widget proteomes", 2021)]


def test_a_publication_key_beside_a_venue_key_is_the_title(db, tmp_path: Path):
    """`{"year": "2018", "publication": "Title", "authors": [...], "venue": "CoNLL 2018"}`: a group's JSON keeps each
    title under `publication` and its venue under `venue`. The title was read as a whole citation with its venue and
    year put after it, so the title ran into the venue and the authors were lost. Beside another venue's key and
    holding no year, `publication` is the title; alone, it stays a venue (Hugo's `publication: "*Journal*"`)."""
    (tmp_path / "publications.json").write_text(json.dumps({"publications": [
        {"year": "2018", "type": "Conference", "publication": "Improving Widget Selection in Multi-turn Dialogue",
         "authors": ["Ana Lind", "Bo Okafor"], "venue": "The SIGNLL Conference on Computational Natural Language "
                                                           "Learning (CoNLL 2018)"},
        {"year": "2017", "type": "Journal", "publication": "Survey on Widgets of Question Answering",
         "authors": ["Bo Okafor"], "venue": "Semantic Web Journal"}]}, indent=1), encoding="utf-8")
    pubs = run([tmp_path / "publications.json"], db, Options(jobs=1)).publications
    assert [(p.title, p.authors, p.year) for p in pubs] == [
        ("Improving Widget Selection in Multi-turn Dialogue", ["Ana Lind", "Bo Okafor"], 2018),
        ("Survey on Widgets of Question Answering", ["Bo Okafor"], 2017)]
    assert pubs[1].venue_raw == "Semantic Web Journal"


def test_a_json_resumes_publications_are_read(db, tmp_path: Path):
    """academicpages keeps a CV as a JSON Resume (`_data/cv.json`, jsonresume.org): each publication a mapping of
    `name`, `publisher`, `releaseDate`, `url` and `summary`. It gave no record (the title is under `name`); an APA
    author list written under a key of the site's own ("Lind, A., & Okafor, B.") was no author list either."""
    resume = {"basics": {"name": "Ana Lind"}, "work": [{"name": "Widget University", "position": "Fellow"}],
              "publications": [
                  {"name": "Risk adjustment of widget payments: Concepts and evidence", "publisher": "Health Affairs",
                   "releaseDate": "2023-05-01", "website": "", "summary": "Lind, A., Okafor, B. C., & Roe, J."},
                  {"name": "Widget visits after clinical reductions", "publisher": "Imaginary Widget Outcomes",
                   "releaseDate": "2026-01-01", "summary": "Lind, A., Roe, J. (Forthcoming)"}]}
    (tmp_path / "cv.json").write_text(json.dumps(resume, indent=2), encoding="utf-8")
    pubs = {p.title: p for p in run([tmp_path / "cv.json"], db, Options(jobs=1)).publications}
    assert sorted(pubs) == ["Risk adjustment of widget payments: Concepts and evidence",
                            "Widget visits after clinical reductions"]
    first = pubs["Risk adjustment of widget payments: Concepts and evidence"]
    assert (first.year, first.venue_raw, first.month) == (2023, "Health Affairs", "05")
    assert first.authors == ["Lind, A.", "Okafor, B. C.", "Roe, J."]
    assert first.sources[0].line == 13  # its name's line
    # a status in brackets after the names leaves the value no list of names alone: no authors, none invented
    assert pubs["Widget visits after clinical reductions"].authors == []


def test_a_papers_summary_and_description_are_kept(db, tmp_path: Path):
    """A data file's `summary:` and `description:` are the site's words on the paper (a JSON Resume's summary is its
    abstract, per the schema): they were dropped as a page's keys; now kept as written under their keys."""
    (tmp_path / "pubs.yml").write_text(
        "- title: Widget counts on lattices\n  authors: [Ana Lind, Bo Roe]\n  journal: Journal of Widget Studies\n"
        "  year: 2021\n  summary: We count widgets and find many.\n  description: Featured on the cover.\n",
        encoding="utf-8")
    [pub] = run([tmp_path / "pubs.yml"], db, Options(jobs=1)).publications
    assert (pub.title, pub.year) == ("Widget counts on lattices", 2021)
    assert pub.extra == {"summary": "We count widgets and find many.", "description": "Featured on the cover."}


def test_a_date_kept_as_a_mapping_under_a_key_of_the_sites_own_gives_the_year(db, tmp_path: Path):
    """`when: {year: 2020}` beside `where: {journal: ...}` (a psycholinguist's `_data` file): the year was read from a
    venue's mapping only, and the paper had none; a journal the database does not know under `where` was lost."""
    (tmp_path / "bib.yml").write_text(
        "publications:\n  - authors: [Lind, A., Roe, B.]\n    when:\n      year: 2020\n      month: 5\n"
        "    title: Widget intelligibility between 30 and 47 months\n"
        "    where:\n      journal: Journal of Widget Research\n", encoding="utf-8")
    [pub] = run([tmp_path / "bib.yml"], db, Options(jobs=1)).publications
    assert (pub.title, pub.year, pub.venue_raw) == (
        "Widget intelligibility between 30 and 47 months", 2020, "Journal of Widget Research")


def test_where_a_paper_appeared_written_under_where_is_its_venue(db, tmp_path: Path):
    """`where: "In <i>Widget Transactions: ...</i> (pp. 56-61). UCL Press, London."` in a Vue page's data (an
    architect's): the venue was kept only as an extra field, and the paper had none."""
    items = "".join(
        f"      {{\n        url: 'https://example.org/p{k}',\n        title: '<b>{title}</b>',\n"
        f"        authors: 'Lind A., Roe B.',\n        year: 2020,\n        where: '{where}',\n"
        "        type: 'Conference Proceedings'\n      },\n      { divider: true, inset: true },\n"
        for k, (title, where) in enumerate([
            ("Web-Based Distributed Design to Fabrication Widgets",
             "In <i>Widget Transactions: Rethinking Widget Modelling for a New Material Age.</i> (pp. 56-61). UCL "
             "Press, London."),
            ("Multi-Scalar Modelling for Free-form Widget Structures",
             "In <i>Spatial Widgets in the 21st Century: Proceedings of the Widget Symposium 2016.</i> Tokyo.")]))
    page = tmp_path / "Publications.vue"
    page.write_text("<template><v-list-item-title v-html=\"item.title + item.where\"></v-list-item-title></template>\n"
                    "<script>\nexport default {\n  data: () => ({\n    items: [\n      { header: 'Papers' },\n"
                    + items + "    ]\n  })\n}\n</script>\n", encoding="utf-8")
    pubs = {p.title: p.venue_raw for p in run([page], db, Options(jobs=1)).publications}
    assert pubs == {
        "Web-Based Distributed Design to Fabrication Widgets":
            "In Widget Transactions: Rethinking Widget Modelling for a New Material Age. (pp. 56-61). UCL Press, "
            "London.",
        "Multi-Scalar Modelling for Free-form Widget Structures":
            "In Spatial Widgets in the 21st Century: Proceedings of the Widget Symposium 2016. Tokyo."}


def test_a_papers_paper_key_beside_its_authors_and_venue_keys_is_its_title(db, tmp_path: Path):
    """`{paper: "Title", authors: "...", publisher: "The 30th ... (MOBICOM 2024)", level: `[MOBICOM'24, CCF A]`}` (a
    student's JavaScript data module): `paper` was read as a whole citation's key, no item was a paper, and the page's
    text gave two of its 22 papers. Beside keys of its own for the authors and the venue, a `paper` with no year in it
    is the title; one with a year is a whole citation still."""
    page = tmp_path / "zh.js"
    page.write_text(
        "const about = {\n  my_name: \"Ada\",\n};\nconst publications = [\n"
        "  {\n    paper:\n      \"Parallel widgets: a split federated learning framework for heterogeneous devices\",\n"
        "    authors: \"Ada Okafor, Ben Lind, Chen Wu\",\n"
        "    publisher:\n      \"The 30th Annual International Conference On Mobile Computing And Networking "
        "(MOBICOM 2024)\",\n"
        "    level: `[MOBICOM'24, CCF A]`,\n  },\n"
        "  {\n    paper: \"Asynchronous decentralized widget learning for heterogeneous devices\",\n"
        "    authors: \"Ada Okafor, Ben Lind\",\n    publisher: \"IEEE/ACM Transactions on Networking (ToN), 2024\",\n"
        "    level: `[ToN'24, CCF A]`,\n  },\n];\nexport { about, publications };\n", encoding="utf-8")
    pubs = run([page], db, Options(jobs=1)).publications
    assert [(p.title, p.authors[0], p.year, p.venue.venue.id if p.venue and p.venue.venue else None) for p in pubs] == [
        ("Parallel widgets: a split federated learning framework for heterogeneous devices", "Ada Okafor", 2024,
         "mobicom"),
        ("Asynchronous decentralized widget learning for heterogeneous devices", "Ada Okafor", 2024, "ton")]


def test_a_status_that_names_the_journal_gives_the_venue_and_a_coauthor_key_the_authors(db, tmp_path: Path):
    """An economist's `_data` file: `status: Revise and Resubmit · Management Science` (the venue only there; the
    record took its SSRN link's label for it) and `status: Journal of Widget Infrastructures, 13(3) ·
    2026`; a historian's `coauthor: "Heidi Blackburn"` (the owner not named): the co-author was lost. A status with a
    venue beside it, set apart or known, gives the venue; "Working paper" gives none; `coauthor` is an author key."""
    (tmp_path / "research.yml").write_text(
        "- title: 'The safety illusion: widget trust banks and financial stability'\n  authors: Wei Ye and Erick Roe\n"
        "  status: Revise and Resubmit · Management Science\n"
        "  url: https://papers.ssrn.com/sol3/papers.cfm?abstract_id=6427758\n  link_label: SSRN\n"
        "- title: Balance sheet decomposition of widgets and tokenized assets\n  authors: Wei Ye\n"
        "  status: Journal of Widget Infrastructures, 13(3) · 2026\n"
        "- title: Designing retail and wholesale widget architectures\n  authors: Wei Ye\n  status: Working paper\n"
        "- title: Widget price prediction using combinatorial fusion analysis\n  authors: Yuan Wu, Wei Ye\n"
        "  status: 2025 IEEE Conference on Widget Intelligence (CWI)\n"
        "- title: Who is writing about widgets in higher education?\n  publication: Frontiers in Psychology\n"
        "  year: 2020\n  coauthor: Heidi Blackburn\n", encoding="utf-8")
    pubs = {p.title: p for p in run([tmp_path / "research.yml"], db, Options(jobs=1)).publications}
    safety = pubs["The safety illusion: widget trust banks and financial stability"]
    assert safety.venue is not None and safety.venue.venue is not None and safety.venue.venue.name == \
        "Management Science" and safety.status == "under review"
    balance = pubs["Balance sheet decomposition of widgets and tokenized assets"]
    assert balance.venue_raw and balance.venue_raw.startswith("Journal of Widget Infrastructures")
    assert balance.year == 2026
    assert pubs["Designing retail and wholesale widget architectures"].venue_raw is None
    fusion = pubs["Widget price prediction using combinatorial fusion analysis"]
    assert fusion.venue_raw == "2025 IEEE Conference on Widget Intelligence (CWI)" and fusion.year == 2025
    assert pubs["Who is writing about widgets in higher education?"].authors == ["Heidi Blackburn"]


def test_an_astro_pages_components_give_their_papers_authors(db, tmp_path: Path):
    """`<Publication title="..." authors={["A", "B"]} venue="..." year="2025" />` in an Astro page: the author list,
    passed as an expression, is the paper's."""
    p = tmp_path / "publications.astro"
    p.write_text('---\nimport Publication from "../components/Publication.astro";\n---\n<h2>Papers</h2>\n'
                 '<Publication\n    title="Widget coaching: grounding gaps in agentic computer use"\n'
                 '    venue="CHI 2025"\n    authors={["Meng Lind", "Anya Okafor", "Amy Moreau*"]}\n/>\n',
                 encoding="utf-8")
    pubs = run([p], db, Options(jobs=1)).publications
    assert [(x.title, x.authors, x.year) for x in pubs] == [
        ("Widget coaching: grounding gaps in agentic computer use", ["Meng Lind", "Anya Okafor", "Amy Moreau"], 2025)]


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


def test_a_scripts_list_named_for_talks_is_no_list_of_papers(db, tmp_path: Path):
    """"const featuredPresentations = [{ title: "Title, 25th International Widget Conference", year: 2024 }]" beside
    the papers' array: a talk each, read as papers (five extras on a geographer's Next.js page). The name a
    declaration gives a literal is read as a data file's key is ("presentations:" in YAML was skipped already)."""
    p = tmp_path / "page.tsx"
    p.write_text('const allPublications = [\n  { title: "Widget dynamics in deep water", authors: "A. Okafor, B. Lind",'
                 ' journal: "Journal of Widgets", year: 2021 },\n];\n'
                 'const featuredPresentations: Talk[] = [\n  { title: "Evolution of widget networks in rural areas, '
                 '25th International Widget Conference", year: 2024 },\n  { title: "Progress toward widget targets, '
                 'ICASA 2023", year: 2023 },\n];\nexport let invited_talks = [{ title: "Widgets at scale", year: 2022,'
                 ' venue: "Widget Symposium" }];\nconst stalks = [{ title: "Plant stalks under stress", '
                 'journal: "Journal of Widgets", year: 2020 }];\n', encoding="utf-8")
    pubs = run([p], db, Options(jobs=1)).publications
    assert sorted(x.title for x in pubs) == ["Plant stalks under stress", "Widget dynamics in deep water"]


def test_an_author_string_of_surnames_first_is_split_by_name_not_by_comma(db, tmp_path: Path):
    """"Shields, G. S., Deer, L. K., & Hostinar, C. E." (APA, in a site's data): every comma was read as a separator,
    so each surname and each set of initials became a name of its own."""
    p = tmp_path / "pubs.js"
    p.write_text('export const AllPubs = [\n  {\n    "authors": "Okafor, G. S., Lind, L. K., & Moreau, C. E.",\n'
                 '    "year": "2021",\n    "title": "Adiposity and working memory in children",\n'
                 '    "source": "Developmental Psychology"\n  },\n'
                 '  {\n    "authors": "Ada Okafor, Ben Lind and Cy Moreau",\n'
                 '    "year": "2020",\n    "title": "Stress and sleep in adolescents",\n'
                 '    "source": "Child Development"\n  }\n];\n', encoding="utf-8")
    pubs = run([p], db, Options(jobs=1)).publications
    assert [x.authors for x in pubs] == [["Okafor, G. S.", "Lind, L. K.", "Moreau, C. E."],
                                         ["Ada Okafor", "Ben Lind", "Cy Moreau"]]


def test_an_author_string_with_only_its_first_name_surname_first_is_split_by_name(db, tmp_path: Path):
    """"Gutmann, E.D., J. Hamman, M.P. Clark, and J.R. Arnold" (AGU and ecology styles, in a Jekyll data file): only
    the first name is written surname first; every comma was read as a separator ("Gutmann", "E.D")."""
    p = tmp_path / "pubs.yml"
    p.write_text('- title: "Downscaling climate projections for mountain basins"\n'
                 '  authors: Okafor, E.D., J. Lind, M.P. Moreau, and J.R. Park\n  year: 2022\n'
                 '  journal: Journal of Hydrometeorology\n', encoding="utf-8")
    pubs = run([p], db, Options(jobs=1)).publications
    assert [x.authors for x in pubs] == [["Okafor, E.D.", "J. Lind", "M.P. Moreau", "J.R. Park"]]


def test_a_python_module_keeping_papers_as_literals_gives_them_without_running_it(db, tmp_path: Path):
    """A Flask site's `post_infos.py`: a module-level list of dicts ('title', a misspelt 'jornal', 'author'), read with
    the standard library's parser and literal evaluator (the file was read as text: 3 of 49 papers). Nothing runs:
    the call at the top of the module is never made."""
    marker = tmp_path / "ran"
    p = tmp_path / "post_infos.py"
    p.write_text(f'"""Post infos."""\nimport pathlib\npathlib.Path({str(marker)!r}).write_text("x")\n\n'
                 '# title, jornal, author\n__publications_infos = [\n    {\n        \'sectionname\': \'2023\',\n'
                 "        'posts': [\n            {\n                'title': 'Creating Hierarchical Pores in Widget "
                 "Frameworks via Post-Synthetic Reactions',\n                'jornal': 'Nat. Protoc. 2023, 18, "
                 "604-625.',\n                'author': 'Okafor, K.-Y.; Lind, Z.; Moreau, H.-C.*',\n            },\n"
                 "            {\n                'title': 'Bioinspired Widget Catalysts: From Enzyme Immobilization to "
                 "Biomimetic Catalysis',\n                'jornal': 'Chem. Rev. 2023, 123, 5347-5420.',\n"
                 "                'author': 'Okafor, K.-Y.; Park, J.; Moreau, H.-C.*',\n            },\n        ],\n"
                 "    },\n]\n", encoding="utf-8")
    pubs = run([p], db, Options(jobs=1)).publications
    assert [(x.title, x.authors[0], x.year) for x in pubs] == [
        ("Creating Hierarchical Pores in Widget Frameworks via Post-Synthetic Reactions", "Okafor, K.-Y.", 2023),
        ("Bioinspired Widget Catalysts: From Enzyme Immobilization to Biomimetic Catalysis", "Okafor, K.-Y.", 2023)]
    assert not marker.exists()


def test_a_python_list_with_joined_strings_and_a_call_in_it_keeps_every_paper(db):
    """A Python 2 site's `models/publications.py`: titles and author lists split over lines with `+`, `u''` strings
    and a `datetime.date(...)` in one entry. Each of these made the literal evaluator refuse the whole list (the file
    was then read as text: 2 of 22 papers); the joined strings are one value, the call is no value."""
    from pubnorm.sources.datafile import read_python

    py = ("#!/usr/bin/env python\n# -*- coding: utf-8 -*-\nimport datetime\n\npublications = [\n    {\n"
          "        'title': u'Widget noise in host cells ' \n        + 'at the viral promoter',\n"
          "        'authors': u'Lind A., Moreau J., ' + 'Okafor E.',\n        'year': 2013,\n"
          "        'journal': u\"PLoS Pathogens\",\n        'added': datetime.date(2013, 5, 1),\n    },\n"
          "    {\n        'title': u'Signalling networks of widget infection',\n"
          "        'authors': u'Okafor E., Lind A.',"
          "\n        'year': 2012,\n        'vol': -1,\n        'journal': u\"BMB Reports\",\n    },\n]\n")
    prof = read_python("publications.py", py, db)
    assert prof is not None
    assert [(p.title, p.authors, p.year, p.venue_raw) for p in prof.publications] == [
        ("Widget noise in host cells at the viral promoter", ["Lind A.", "Moreau J.", "Okafor E."], 2013,
         "PLoS Pathogens"),
        ("Signalling networks of widget infection", ["Okafor E.", "Lind A."], 2012, "BMB Reports")]


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


def test_whole_citations_under_a_key_of_the_sites_own_in_lists_of_one_per_year_are_read(db, tmp_path: Path):
    """`[{date: "2022", datos: [{"tittle": "Authors. Title. Journal, 139, 2022.", "url": ...}]}, ...]`: each year's
    list holds one mapping, its whole citation under a key of the site's own (misspelt here); a list of one was not
    read as citations, nor a key not named as a citation's, and 17 of a page's 19 papers were lost. Its longest
    string in words with a year is the citation; a file's path, long and dated too, is not."""
    p = tmp_path / "PUBLIS.js"
    p.write_text("""export const PUBLIS = [
  { date: "2022", datos: [ {
      "tittle": "Ada Okafor, Jan Moreau. Tidal heating of icy moons by resonance. Icarus, 139, 51700, 2022.",
      "pdf": "files/2022/tidal_heating_of_icy_moons_by_resonance_2022.pdf" } ] },
  { date: "2021", datos: [ {
      "tittle": "Jan Moreau, Li Wei. Crust thickness from libration measurements. Planetary Science Journal, 4, 2021.",
      "url": "https://doi.org/10.1000/psj.2021.4" } ] },
];
""", encoding="utf-8")
    pubs = run([p], db, Options(jobs=1)).publications
    assert [(x.title, x.year, x.authors, x.sources[0].line) for x in pubs] == [
        ("Tidal heating of icy moons by resonance", 2022, ["Ada Okafor", "Jan Moreau"], 3),
        ("Crust thickness from libration measurements", 2021, ["Jan Moreau", "Li Wei"], 6)]


def test_an_images_caption_under_its_path_is_no_citation():
    """A theme's banner images in front matter (`bigimg: [{"/img/atlas.jpg": "Single-cell atlas of kidneys (Cell
    Metabolism 2024)"}]`): a caption is long and dated, but its key is a file's path, not a word; read as citations,
    a page's five captions were five records more. A key in words holds one, but not a news item's key ("news",
    "headline"): a site's news is dated and in words too."""
    from pubnorm.sources.datafile import citation_strings

    caption = "Single-cell multimodal atlas for human kidneys (Cell Metabolism 2024)"
    other = "Injured cell states of the proximal tubule in mice (Cell Metabolism 2022)"
    assert citation_strings([{"/img/atlas.jpg": caption}, {"/img/injury.jpg": other}]) == []
    assert citation_strings([{"referencia": caption}, {"referencia": other}]) == [caption, other]
    # a site's news, dated and in words too, under a key of its own: no citations
    news = [{"date": "2024-05", "news": "Our paper on widget heating was accepted at ICML 2024 in Vienna!"},
            {"date": "2023-09", "headline": "Gave an invited talk on widgets at the 2023 Widget Workshop, Lyon"}]
    assert citation_strings(news) == []


def test_a_flutter_sites_dart_list_of_mappings_is_read_as_data(db, tmp_path: Path):
    """A Flutter site keeps its papers in Dart: `List<Map<String, String>> papers = [{'pdf': ..., 'ref': ...}]`,
    literals as a script's are; the file read as text gave 2 of a page's 10 papers."""
    p = tmp_path / "artigos2006.dart"
    p.write_text("""import 'package:flutter/material.dart';

class Artigos2006 extends StatelessWidget {
  Artigos2006({Key? key}) : super(key: key);

  List<Map<String, String>> publi2006 = [
    {
      'PDF': 'Tidal heating of icy moons by resonance. In: INTERNATIONAL SYMPOSIUM ON ICY MOONS, 9.',
      'path': 'arquivos/publicacoes/2006/tidal_heating_of_icy_moons_by_resonance.pdf',
      'referencial':
          'OKAFOR, A.; MOREAU, J. Tidal heating of icy moons by resonance. In: INTERNATIONAL SYMPOSIUM ON ICY MOONS, '
          '9, 2006, Lima.',
    },
    {
      'PDF': 'Crust thickness from libration measurements. In: CONGRESSO BRASILEIRO DE PLANETAS, 32.',
      'path': '',
      'referencial':
          'MOREAU, J.; WEI, L. Crust thickness from libration measurements. In: CONGRESSO BRASILEIRO DE PLANETAS, '
          '32, 2006.',
    },
  ];

  @override
  Widget build(BuildContext context) {
    return Column(children: [Text('Artigos')]);
  }
}
""", encoding="utf-8")
    pubs = run([p], db, Options(jobs=1)).publications
    assert [(x.title, x.year, x.authors) for x in pubs] == [
        ("Tidal heating of icy moons by resonance", 2006, ["OKAFOR, A.", "MOREAU, J."]),
        ("Crust thickness from libration measurements", 2006, ["MOREAU, J.", "WEI, L."])]


def test_a_haskell_module_of_publication_records_gives_its_papers(db, tmp_path: Path):
    """A site built by its own Haskell code keeps its papers as records (`Publication { title = ..., venue = Just
    ("Name (ACR)", ...) }`); read as text, the file gave none of a page's 27 papers and 13 records of code."""
    p = tmp_path / "Publications.hs"
    p.write_text("""module Publications where

publicationList :: [Publication]
publicationList =
  [ Publication
      { title   = "A formal treatment of widget typing"
      , authors = [ "Ada Okafor"
                  , "Jan Moreau"
                  ]
      , venue   = Just ("European Symposium on Programming (ESOP)", Just ("https://etaps.org/", IncludeYear))
      , year    = 2024
      , types   = []
      }
  , Publication
      { title   = "Widgets: a short story"
      , authors = [ "Jan Moreau" ]
      , venue   = Nothing
      , year    = 2025
      , types   = [ (Unpublished, "Manuscript") ]
      }
  ]
""", encoding="utf-8")
    pubs = run([p], db, Options(jobs=1)).publications
    assert [(x.title, x.authors, x.year, x.venue_raw) for x in pubs] == [
        ("A formal treatment of widget typing", ["Ada Okafor", "Jan Moreau"], 2024,
         "European Symposium on Programming (ESOP)"),
        ("Widgets: a short story", ["Jan Moreau"], 2025, None)]


def test_a_julia_sites_named_tuples_give_their_papers_with_the_year_of_their_date(db, tmp_path: Path):
    """A Franklin.jl site's `academics.jl`: named tuples, the venue as a subtitle, the date made with
    `Date("18-10-2023", dateformat"d-m-y")` (day first: its year was not read); "#" opens a comment."""
    p = tmp_path / "academics.jl"
    p.write_text('academics = [\n    (\n        href="https://doi.org/10.1002/pssb.202300310",\n'
                 '        title="Investigation of rod-shaped single widget dots",\n'
                 '        subtitle="Physica Status Solidi (b)",\n'
                 '        intro="""In recent years, there has been a resurgence of interest in widgets.""",\n'
                 '        date=Date("18-10-2023", dateformat"d-m-y"),\n        tags=["English", "Spectroscopy"],\n'
                 '    ),\n    # (title="A draft", date=Date("01-01-2026", dateformat"d-m-y")),\n]\n', encoding="utf-8")
    (pub,) = run([p], db, Options(jobs=1)).publications
    assert (pub.title, pub.year, pub.ids) == ("Investigation of rod-shaped single widget dots", 2023,
                                              {"doi": "10.1002/pssb.202300310"})


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


def test_a_vue_component_keeping_its_papers_in_its_data_method_gives_them(db, tmp_path):
    """Vue's options API: `export default { data() { return { publications: [{title, authors, year, journal}] } } }`
    (the page gave nothing: the method was skipped with its body)."""
    from pubnorm.sources.reader import read_profile

    f = tmp_path / "Publications.vue"
    f.write_text('<template>\n  <pub-card v-for="p in publications" :title="p.title" :year="p.year" />\n'
                 "</template>\n<script>\nexport default {\n  name: 'Publications',\n  computed: {\n"
                 "    shown() { return this.publications.filter(p => p.year) },\n  },\n  data() {\n    return {\n"
                 "      publications: [\n        {\n          title: 'Tidal heating of icy moons.',\n"
                 "          authors: 'Okafor, A., Moreau, J., and Lind, Q.',\n          year: '2019',\n"
                 "          journal: 'Icarus',\n        },\n        {\n"
                 "          title: 'Ligand exchange in small clusters',\n"
                 "          authors: 'Okafor, A.',\n          year: '2017',\n"
                 "          journal: 'Nature communications, 9(1), p.940.',\n"
                 "        },\n      ],\n    };\n  },\n};\n</script>\n", encoding="utf-8")
    pubs = read_profile(f, db).publications
    assert [(p.title, p.year) for p in pubs] == [("Tidal heating of icy moons", 2019),
                                                 ("Ligand exchange in small clusters", 2017)]
    assert pubs[0].authors == ["Okafor, A.", "Moreau, J.", "Lind, Q."] and pubs[0].venue_raw == "Icarus"
    assert pubs[1].venue_raw.startswith("Nature communications")


def test_a_table_kept_as_rows_under_a_row_of_column_names_gives_a_paper_per_row(db, tmp_path):
    """A Hugo site's `data/publications.toml` drawn as a table by a shortcode: `[[row]] data = [...]`, the first row
    the column names (the page gave nothing: no mapping had a title)."""
    data = ('[table]\n[[row]]\ndata = ["Authors","Year","Title","Journal","Article"]\n'
            '[[row]]\ndata = ["<u>Okafor, A.</u>, & Moreau, J.","2021","Tidal heating of icy moons","Icarus",'
            '"[Link](https://doi.org/10.1/x)"]\n'
            '[[row]]\ndata = ["Lind, S., <u>Okafor, A.</u>","In press","Ligand exchange in small clusters",'
            '"Nature Communications","-"]\n')
    (tmp_path / "publications.toml").write_text(data, encoding="utf-8")
    pubs = run([tmp_path / "publications.toml"], db, Options(jobs=1)).publications
    assert [(p.title, p.year, p.venue_raw, p.first_source.line) for p in pubs] == [
        ("Tidal heating of icy moons", 2021, "Icarus", 5), ("Ligand exchange in small clusters", None,
                                                           "Nature Communications", 7)]
    assert pubs[0].authors == ["Okafor, A.", "Moreau, J."]


def test_rows_without_a_title_column_or_of_other_lengths_are_no_table():
    from pubnorm.sources.datafile import _header_rows

    assert _header_rows([["Name", "Year"], ["Ada", "2021"]]) == []  # no title column
    assert _header_rows([["Title", "Year"], ["A", "2021"], ["B"]]) == [{"Title": "A", "Year": "2021"}]
    assert _header_rows([["Title", "Year"], ["A", 2021]]) == []  # not all strings


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


def test_a_json_data_file_keyed_by_titles_gives_each_paper_its_fields_by_what_they_say(db, tmp_path: Path):
    """`{"publications": {"Title": {"year": 2013, "creds": "Lee A. & Kim B.", "mag": "NeuroImage 81, 1-7"}}}`: a
    JSON file was not read as data at all, the titles are the keys, and the authors and journal sit under keys of
    the site's own."""
    (tmp_path / "publications.json").write_text(
        '{\n\t"selected": ["Fast plasticity of the fornix after brief training"],\n\t"publications": {\n'
        '\t\t"Fast plasticity of the fornix after brief training": {\n\t\t\t"year": 2013,\n'
        '\t\t\t"creds": "Okafor A., Lind B. & Moreau C.",\n\t\t\t"mag": "NeuroImage 81, 1-7",\n'
        '\t\t\t"thumbnail": "neuroimage.png"\n\t\t},\n'
        '\t\t"Task-free imaging predicts task activity": {\n\t\t\t"year": 2016,\n'
        '\t\t\t"creds": "Lind B. & Okafor A.",\n\t\t\t"mag": "Science 352, 216-220"\n\t\t}\n\t}\n}\n',
        encoding="utf-8")
    pubs = run([tmp_path / "publications.json"], db, Options(jobs=1)).publications
    assert [(p.title, p.authors, p.year, p.venue.venue.name if p.venue and p.venue.venue else None)
            for p in sorted(pubs, key=lambda p: p.year or 0)] == [
        ("Fast plasticity of the fornix after brief training", ["Okafor A.", "Lind B.", "Moreau C."], 2013,
         "Neuroimage"),
        ("Task-free imaging predicts task activity", ["Lind B.", "Okafor A."], 2016, "Science")]


def test_a_data_files_items_with_authors_and_venue_under_keys_of_its_own_are_papers(db, tmp_path: Path):
    """An Astro content file: `items: [{title:, subtitle: <authors or journal>, text: [<authors or a note>]}]`
    has no key a paper's data has (authors, venue, year), so nothing was read."""
    (tmp_path / "papers.yaml").write_text(
        "title: Papers\nitems:\n"
        "  - title: Survival of planets in open star clusters\n"
        "    subtitle: Ada Okafor, M. B. N. Lind, and Cy Moreau\n    text:\n      - In preparation.\n"
        "  - title: Direct simulations of rotating star clusters\n"
        "    subtitle: Astronomy and Astrophysics, 2026, 709, A142\n"
        "    href: https://doi.org/10.1051/0004-6361/202599999\n"
        "    text:\n      - Ada Okafor, Ben Lind, and Cy Moreau.\n"
        "recordLink:\n  title: See a complete record at NASA ADS\n  href: https://ui.adsabs.harvard.edu/\n",
        encoding="utf-8")
    pubs = run([tmp_path / "papers.yaml"], db, Options(jobs=1)).publications
    assert [(p.title, p.authors, p.year, p.venue.venue.id if p.venue and p.venue.venue else None) for p in pubs] == [
        ("Survival of planets in open star clusters", ["Ada Okafor", "M. B. N. Lind", "Cy Moreau"], None, None),
        ("Direct simulations of rotating star clusters", ["Ada Okafor", "Ben Lind", "Cy Moreau"], 2026,
         "j-astronomy-and-astrophysics")]


def test_a_toml_data_file_is_read_and_a_broken_one_says_where(db, tmp_path: Path):
    (tmp_path / "conference.toml").write_text(
        '[[conference]]\ntitle = "Federated surrogate optimisation for many clients"\n'
        'authors = ["Ada Okafor", "Ben Lind"]\nbooktitle = "Evolutionary Computation Symposium"\nyear = 2024\n',
        encoding="utf-8")
    (tmp_path / "broken.json").write_text('{"publications": [\n  {"title": "A"},\n  oops\n]}\n', encoding="utf-8")
    result = run([tmp_path / "conference.toml", tmp_path / "broken.json"], db, Options(jobs=1))
    assert [(p.title, p.authors, p.year) for p in result.publications] == [
        ("Federated surrogate optimisation for many clients", ["Ada Okafor", "Ben Lind"], 2024)]
    assert [(d.code, Path(d.path).name, d.line) for d in result.diagnostics if d.severity == "error"] == [
        ("E113", "broken.json", 3)]


def test_a_published_flag_is_no_date(db, tmp_path: Path):
    """A Next.js site's seed data: `published: true` (shown or not) was read as the paper's date ("published" names a
    date's key too), so the year under a key of the site's own (`year_label: "2026"`) was never looked at."""
    (tmp_path / "seed.ts").write_text(
        "export const seedPublications = [\n"
        '  { authors: "Okafor A, Lind B.", title: "A multimodal atlas of the developing cortex.", venue: "Cell", '
        'year_label: "2026", sort_order: 1, published: true },\n'
        '  { authors: "Lind B.", title: "Radial glia fate in the human cortex.", venue: "Nature Communications", '
        "year_label: \"2025\", published: true },\n];\n", encoding="utf-8")
    pubs = run([tmp_path / "seed.ts"], db, Options(jobs=1)).publications
    assert [(p.title, p.year) for p in pubs] == [("A multimodal atlas of the developing cortex", 2026),
                                                 ("Radial glia fate in the human cortex", 2025)]


def test_the_first_link_named_after_a_known_venue_gives_the_venue(db, tmp_path: Path):
    """A theorist's JSON: no venue key; the paper's links are `{name, url}` mappings, the first named after where it
    appeared ("FSTTCS 2024", "ToCL"): the venue was lost. A link named "My slides" or "PDF" names none."""
    data = [{"title": "Better boosting of communication oracles", "date": "2024-12-10",
             "author": [{"name": "Ada Okafor"}, {"name": "Ben Lind"}],
             "links": [{"name": "FSTTCS 2024", "url": "https://drops.dagstuhl.de/x"},
                       {"name": "ArXiV", "url": "https://arxiv.org/abs/2410.00838"},
                       {"name": "My slides", "url": "fsttcs2024.html"}]},
            {"title": "Lower bounds on OBDD proofs with several orders", "date": "2021-06-10",
             "author": [{"name": "Ben Lind"}], "links": [{"name": "My slides", "url": "s.html"},
                                                        {"name": "ToCL", "url": "https://dl.acm.org/doi/10.1145/1"}]},
            {"title": "Sampling and certifying symmetric functions", "date": "2023-02-01",
             "author": [{"name": "Ben Lind"}], "links": [{"name": "PDF", "url": "paper.pdf"}]}]
    (tmp_path / "data.json").write_text(json.dumps(data, indent=2), encoding="utf-8")
    pubs = run([tmp_path / "data.json"], db, Options(jobs=1)).publications
    assert [(p.title, p.venue.venue.id if p.venue and p.venue.venue else None, p.year) for p in pubs] == [
        ("Better boosting of communication oracles", "fsttcs", 2024),
        ("Lower bounds on OBDD proofs with several orders", "tocl", 2021),
        ("Sampling and certifying symmetric functions", None, 2023)]


def test_a_title_holding_the_whole_citation_names_first_is_read_as_a_citation(db, tmp_path: Path):
    """A sociologist's Vue data: `{title: "Rykov Y., Nagornyy O. S. Title, in: Conference ..., 2017", file, date}` and
    Russian GOST references ("Нагорный О. С. Title // Journal. 2017. № 4. С. 16-30"): the titles were whole citations
    and the English ones no paper at all."""
    (tmp_path / "publications.js").write_text(
        "const publications = [\n\t{\n\t\ttitle: \"Rykov Y., Nagornyy O. S., Okafor A. Digital Inequality in Russia "
        "through the Use of a Social Network Site: A Cross-Regional Comparison, in: Digital Transformation & Global "
        "Society: Second International Conference, DTGS 2017, St. Petersburg, Russia. Springer, 2017. P. 70-83\",\n"
        "\t\tfile: \"Rykov Y. Digital Inequality.pdf\",\n\t\tdate: new Date(2017, 5)\n\t},\n\t{\n"
        "\t\ttitle: \"Нагорный О. С. Репрезентация этничностей в русскоязычных социальных медиа // Мониторинг "
        "общественного мнения: Экономические и социальные перемены. 2017. № 4. С. 16-30\",\n"
        "\t\tfile: \"Нагорный О. С. Репрезентация.pdf\",\n\t\tdate: new Date(2017, 7)\n\t}\n];\n"
        "export default publications;\n", encoding="utf-8")
    pubs = run([tmp_path / "publications.js"], db, Options(jobs=1)).publications
    assert [(p.title, p.year) for p in pubs] == [
        ("Digital Inequality in Russia through the Use of a Social Network Site: A Cross-Regional Comparison", 2017),
        ("Репрезентация этничностей в русскоязычных социальных медиа", 2017)]
    assert pubs[0].authors[:2] == ["Rykov Y.", "Nagornyy O. S."]
    assert (pubs[1].venue_raw or "").startswith("Мониторинг общественного мнения")


BROKEN_YAML = """\
featured:
  - name: 'Textured garments from text prompts'
      url: '/assets/pdfs/garments.pdf'
      authors: 'Ada Okafor, Ben Lind'
      conference: 'European Conference on Computer Vision (ECCV)'
      year: '2024'
  - name: 'Hand and object capture with articulated Gaussians'
    authors: 'Cy Moreau, Ada Okafor'
    conference: 'Conference on Computer Vision and Pattern Recognition (CVPR)'
    collaboration: '(In collaboration with the robotics lab)'
    year: '2024'
journal:
  - name: 'Terrain generation with levels of detail'
    authors:
      - Ada Okafor
      - Dee Quist
    conference: 'International Conference on 3D Vision (3DV)'
    year: 2023
"""


def test_a_data_file_that_is_not_valid_yaml_is_read_item_by_item_and_says_so(db, tmp_path: Path):
    """A lab's `_data` list whose first item is indented wrongly was an E113 and no paper at all: the list is read
    again an item at a time, the broken item as plain `key: value` lines; the error stands, saying so."""
    (tmp_path / "publications.yml").write_text(BROKEN_YAML, encoding="utf-8")
    result = run([tmp_path / "publications.yml"], db, Options(jobs=1))
    assert [(p.title, p.authors, p.year, p.venue.venue.id if p.venue and p.venue.venue else None,
             p.sources[0].line) for p in result.publications] == [
        ("Textured garments from text prompts", ["Ada Okafor", "Ben Lind"], 2024, "eccv", 2),
        ("Hand and object capture with articulated Gaussians", ["Cy Moreau", "Ada Okafor"], 2024, "cvpr", 7),
        ("Terrain generation with levels of detail", ["Ada Okafor", "Dee Quist"], 2023, "3dv", 13)]
    [err] = [d for d in result.diagnostics if d.severity == "error"]
    assert (err.code, err.line) == ("E113", 3)
    assert "read item by item, 3 publication(s) kept, the item(s) at line 2 read as plain" in err.message


BROKEN_TOML = """[[publication]]
title = "Reasoning backfires: misalignment in thinking models"
authors = "Ada Okafor*, Ben Lind*, Cy Moreau"
venue = "Findings of EMNLP 2025"
year = "2025"
bib = \"\"\"@inproceedings{okafor2025,
  title={Reasoning backfires: misalignment in thinking models},
  year={2025}
}
\"\"\"

[[publication]]
title = "Causal reasoning over procedural widget texts"
authors = "Ben Lind, Ada Okafor"
venue = "Findings of EACL 2023"
year = "2023
bib = \"\"\"
@inproceedings{lind2023,
  title={Causal reasoning over procedural widget texts},
}
\"\"\"

[[publication]]
title = "Theory of mind benchmarks for widgets"
authors = "Ada Okafor"
venue = "ACL 2024"
year = "2024"
[[publication.links]]
name = "code"
"""


def test_a_toml_data_file_that_is_not_valid_toml_is_read_element_by_element_and_says_so(db, tmp_path: Path):
    """A Hugo site's `data/publications.toml` with one unclosed quote (`year = "2023`) was an E113 and no paper at
    all: the file is read again an element of its array of tables at a time (a table inside an element stays with
    it), the broken element as plain `key = value` lines, its multi-line string whole; the error stands, saying so."""
    (tmp_path / "publications.toml").write_text(BROKEN_TOML, encoding="utf-8")
    result = run([tmp_path / "publications.toml"], db, Options(jobs=1))
    assert [(p.title, p.authors, p.year, p.venue.venue.id if p.venue and p.venue.venue else None)
            for p in result.publications] == [
        ("Reasoning backfires: misalignment in thinking models", ["Ada Okafor", "Ben Lind", "Cy Moreau"], 2025,
         "findings-emnlp"),
        ("Causal reasoning over procedural widget texts", ["Ben Lind", "Ada Okafor"], 2023, "findings-eacl"),
        ("Theory of mind benchmarks for widgets", ["Ada Okafor"], 2024, "acl")]
    [err] = [d for d in result.diagnostics if d.severity == "error"]
    assert (err.code, err.line) == ("E113", 16)
    assert "read item by item, 3 publication(s) kept, the item(s) at line 12 read as plain key = value" in err.message


def test_invalid_yaml_that_is_no_list_of_items_is_only_an_error(db, tmp_path: Path):
    (tmp_path / "pubs.yml").write_text("title: Papers\n  oops: [unclosed\n", encoding="utf-8")
    result = run([tmp_path / "pubs.yml"], db, Options(jobs=1))
    assert result.publications == []
    assert [(d.code, d.message.endswith("kept")) for d in result.diagnostics if d.severity == "error"] == [
        ("E113", False)]


ASTRO_DATA = """---
import Layout from "../layouts/Layout.astro";
const papers = [
  { title: "Writing with an assistant that argues back", authors: ["Ada Okafor", "Ben Lind"], venue: "CHI 2024",
    year: 2024 },
  { title: "Predictive text and the voice of the writer", authors: ["Ben Lind", "Cy Moreau"], venue: "UIST 2023" },
];
---
<Layout title="Publications">
  <ul>{papers.map((p) => (<li>{p.title}, <em>{p.venue}</em></li>))}</ul>
</Layout>
"""

ASTRO_TEMPLATE = """---
import Layout from "../layouts/Layout.astro";
const title = "Publications";
---
<Layout title={title}>
  <h2>Journal articles</h2>
  <ul>
    <li>Okafor, A., Lind, B. (2022). Tidal heating of icy moons. <em>Icarus</em>, 380, 114-130.</li>
  </ul>
</Layout>
"""


def test_an_astro_component_is_read_by_its_script_or_as_html_under_its_fence(db, tmp_path: Path):
    """An Astro page's `---` fence holds script code, not YAML: it was read as Markdown with front matter (an E113
    error for the code, or an E114 warning); its papers are its script's literals, or its template's HTML."""
    (tmp_path / "publications.astro").write_text(ASTRO_DATA, encoding="utf-8")
    (tmp_path / "pubs.astro").write_text(ASTRO_TEMPLATE, encoding="utf-8")
    result = run([tmp_path / "publications.astro", tmp_path / "pubs.astro"], db, Options(jobs=1))
    assert not result.diagnostics
    assert sorted((p.title, p.year, p.first_source.line) for p in result.publications) == [
        ("Predictive text and the voice of the writer", 2023, 6),
        ("Tidal heating of icy moons", 2022, 8),
        ("Writing with an assistant that argues back", 2024, 4)]


def test_a_publist_link_text_is_the_papers_citation(db):
    """The Allan lab Jekyll template's `_data/publist.yml` gives the citation only as a link's text ("link: {url: ...,
    display: Phys. Rev. X **10**, 031011, 2020}"): the venue and year are read from it (they were lost)."""
    from pubnorm.sources.datafile import read_data

    yml = ("- title: \"Photon bound states from a single artificial atom\"\n  image: fig.jpg\n"
           "  description: Can describe the paper here.\n  authors: Ana Lee, Bo Chen & Cy Park\n"
           "  link:\n    url: https://www.nature.com/articles/s41567-023-01997-6\n"
           "    display:  Nature Physics volume 19, pages 857–862 (2023)\n"
           "  link2:\n    url: https://arxiv.org/abs/2205.03309\n    display:  arXiv:2205.03309\n  highlight: 1\n\n"
           "- title: \"Many-body photon bound states in chiral waveguides\"\n  authors: Ana Lee and Bo Chen\n"
           "  link:\n    url: https://journals.aps.org/prx/abstract/10.1103/PhysRevX.10.031011\n"
           "    display:  Phys. Rev. X **10**, 031011, 2020\n  highlight: 0\n")
    pubs = read_data("_data/publist.yml", yml, db).publications
    assert [(p.venue.venue.id if p.venue and p.venue.venue else None, p.year) for p in pubs] == [
        ("nature-physics", 2023), ("prx", 2020)]
    assert pubs[0].authors == ["Ana Lee", "Bo Chen", "Cy Park"]


def test_a_publist_link_text_names_a_venue_no_list_knows_or_the_whole_citation(db):
    """publist.yml's link text as labs write it: "JAMES, 2024." (a venue's name no list knows and the year: it was
    dropped, the paper left with no venue), "A. Lee#, B. Kim#, C. Park. 2026, The Fortieth Conference on X
    (CONF-26)." (the whole citation, names marked for equal contribution, and no `authors` value: the paper was not
    read at all). An author-year link text ("Lee et al, 2021") names no venue."""
    from pubnorm.sources.datafile import read_data

    yml = ("- title: \"Training neural mapping schemes with simulation data\"\n  authors: Ana Lee et al.\n"
           "  link:\n    url: https://example.org/p1\n    display:  Geolithic Letters, 2024.\n  highlight: 1\n\n"
           "- title: \"Semantic cues for reconstruction from a single image\"\n  authors:\n"
           "  link:\n    url: https://example.org/p2\n    display: Ana Lee#, Bo Chen#, Cy Park. 2026, The Fortieth "
           "AAAI Conference on Artificial Intelligence (AAAI-26). (CCF A)\n  highlight: 1\n\n"
           "- title: \"Ambient noise interferometry on dark fiber\"\n  authors: Viens L., Lee A.\n"
           "  link:\n    url: https://example.org/p3\n    display: Viens et al, 2021\n  highlight: 0\n")
    pubs = read_data("_data/publist.yml", yml, db).publications
    assert [(p.title[:18], p.venue_raw, p.year) for p in pubs] == [
        ("Training neural ma", "Geolithic Letters, 2024.", 2024),
        ("Semantic cues for ", "The Fortieth AAAI Conference on Artificial Intelligence (AAAI-26). (CCF A)", 2026),
        ("Ambient noise inte", None, 2021)]
    assert pubs[1].authors == ["Ana Lee", "Bo Chen", "Cy Park"] and pubs[1].venue.venue.id == "aaai"


def test_an_escaped_mark_in_a_data_files_markdown_is_the_mark_not_a_backslash(db, tmp_path: Path):
    """"authors: 'Okafor M\\*, Lind T\\*, Moreau P'" (the layout renders the string as Markdown: two first authors
    marked): the backslashes stayed, and "Okafor M\\" and "Lind T\\" were read as the names "M" and "T"."""
    p = tmp_path / "_data" / "Publications.yml"
    p.parent.mkdir()
    p.write_text("- title: 'Small implantable neural probe with flexible leads'\n"
                 "  authors: 'Okafor M\\*, Lind T\\*, Moreau P, Reyes L'\n"
                 "  journal: '<i>Scientific Reports</i>'\n  year: 2023\n", encoding="utf-8")
    pubs = run([p], db, Options(jobs=1)).publications
    assert [x.authors for x in pubs] == [["Okafor M", "Lind T", "Moreau P", "Reyes L"]]


def test_a_timeline_of_year_spans_is_no_paper_and_co_authors_are_authors(db, tmp_path: Path):
    """A theme's `_data/sitetext.yml`: a CV timeline (`title: Postdoctoral Researcher`, `year: "2018-2020"`) beside
    the papers, and the papers' co-authors under `Co_Auth: [{name: ...}]`. Each timeline event was a paper (30 on a
    mathematician's page, the file repeating them for every language), and no paper had an author."""
    p = tmp_path / "_data" / "sitetext.yml"
    p.parent.mkdir()
    p.write_text("en:\n  timeline:\n    events:\n"
                 '      - title: "Research Engineer"\n        year: "2023-"\n        desc: "At a lab."\n'
                 '      - title: "Postdoctoral Researcher"\n        year: "2018-2020"\n        desc: "At a school."\n'
                 "  publications:\n    items:\n"
                 '      - title: "Chowla and Sarnak conjectures for Kloosterman sums"\n        year: 2023\n'
                 '        journal:\n          name: "Acta Arithmetica"\n        Co_Auth_text: "joint with "\n'
                 "        Co_Auth:\n          - name: Ada Okafor\n            url: https://example.org/okafor\n"
                 "          - name: Ben Lind\n", encoding="utf-8")
    pubs = run([p], db, Options(jobs=1)).publications
    assert [(x.title, x.year, x.authors) for x in pubs] == [
        ("Chowla and Sarnak conjectures for Kloosterman sums", 2023, ["Ada Okafor", "Ben Lind"])]


def test_a_link_under_a_key_of_the_sites_own_is_the_papers_link(db, tmp_path: Path):
    """`arXiv_url: https://arxiv.org/abs/2607.02324` (and `pdf_url`, `paper_link`): only the keys named url, link,
    pdf, ... were read, so the paper lost its arXiv identifier and, naming no journal, its venue."""
    p = tmp_path / "_data" / "pubs.yml"
    p.parent.mkdir()
    p.write_text('- title: "Elasticity in Parallel Sparse Triangular Solve"\n'
                 "  arXiv_url: https://arxiv.org/abs/2607.02324\n  journal:\n    name:\n    status: submitted\n"
                 "  Co_Auth:\n    - name: Ada Okafor\n", encoding="utf-8")
    pubs = run([p], db, Options(jobs=1)).publications
    assert [(x.ids.get("arxiv"), x.venue.venue.id if x.venue and x.venue.venue else None) for x in pubs] == [
        ("2607.02324", "arxiv")]


CSL_JSON = """[
 {"id": "lee2020tidal", "type": "article-journal", "title": "Tidal heating of icy moons",
  "author": [{"family": "Lee", "given": "Ana"}, {"family": "Berg", "given": "Jan", "non-dropping-particle": "van den"},
             {"literal": "The Ice Consortium"}],
  "container-title": "Icarus", "volume": "340", "issue": "2", "page": "113-120",
  "issued": {"date-parts": [[2020, 3]]}, "DOI": "10.1016/j.icarus.2020.113", "ISSN": "0019-1035"},
 {"id": "kim2021", "type": "paper-conference", "title": "Learning to segment craters",
  "author": [{"family": "Kim", "given": "Bo"}], "editor": [{"family": "Okafor", "given": "Rui"}],
  "container-title": "Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition",
  "publisher": "IEEE", "issued": {"date-parts": [["2021"]]}}
]
"""


def test_a_csl_json_file_gives_every_field_it_names(db, tmp_path: Path):
    """CSL JSON (Pandoc, Quarto and Zotero write it): names as {family, given} or {literal}, the year in `issued`'s
    date-parts, the venue in `container-title`, its type and id. Before, the authors and the year were lost, the
    volume, issue, pages, ISSN, editors and type with them."""
    p = tmp_path / "publications.json"
    p.write_text(CSL_JSON, encoding="utf-8")
    a, b = run([p], db, Options(jobs=1)).publications
    assert (a.key, a.entry_type, a.authors, a.year, a.month, a.venue_raw) == (
        "lee2020tidal", "article", ["Ana Lee", "Jan van den Berg", "The Ice Consortium"], 2020, "03", "Icarus")
    assert (a.volume, a.number, a.pages, a.issn, a.ids.get("doi")) == (
        "340", "2", "113-120", "0019-1035", "10.1016/j.icarus.2020.113")
    assert (b.key, b.entry_type, b.authors, b.editors, b.year, b.month, b.publisher) == (
        "kim2021", "inproceedings", ["Bo Kim"], ["Rui Okafor"], 2021, None, "IEEE")
    assert b.venue is not None and b.venue.venue is not None and b.venue.venue.id == "cvpr"


def test_a_year_under_a_key_of_the_sites_own_is_the_year(db, tmp_path: Path):
    """`yearPublished: 2020`, `pub_year`, `datePublished` (schema.org): the year was lost; a page's `page:` path is no
    page range and a mapping's numeric `id` no citation key."""
    p = tmp_path / "_data" / "pubs.yml"
    p.parent.mkdir()
    p.write_text("- title: Smell loss predicts infection\n  journal: Chemical Senses\n  yearPublished: 2020\n"
                 "  page: /publications/\n  id: 101\n"
                 "- title: Taste changes in recovery\n  journal: Rhinology\n  datePublished: 2022-06-01\n"
                 "- title: Smell training after infection\n  journal: Chemical Senses\n  date: 2023-01-01\n",
                 encoding="utf-8")
    pubs = run([p], db, Options(jobs=1)).publications
    # January 1 is how a site writes a year alone: no month
    assert [(x.year, x.month, x.pages, x.key is None) for x in pubs] == [
        (2020, None, None, True), (2022, "06", None, True), (2023, None, None, True)]


OWN_BIBTEX = json.dumps([
    {"title": "Column Generation for Robust Scheduling with Interdiction Constraints",
     "authors": "Ana Lee and Bo Kim", "year": 2023,
     "bibtex": "@article{Lee2023,\n  title = {Column Generation for Robust Scheduling with Interdiction Constraints},"
               "\n  journal = {Mathematical Programming},\n  volume = {201},\n  pages = {1--30},\n  year = {2024}\n}"},
    {"title": "Robust Scheduling", "authors": "Ana Lee", "year": 2022,
     "bibtex": "@article{Lee2022, title = {Robust Scheduling}, author = {Lee, Ana},\n"
               " journal = {Journal of Scheduling}}"},
], indent=2)


def test_a_papers_own_bibtex_entry_gives_what_its_other_keys_do_not(db, tmp_path: Path):
    """A data file that keeps each paper's BibTeX entry beside its title and authors (`"bibtex": "@article{...,
    journal = {...}}"`): the venue, volume and pages were lost, and the key. What the item's own keys say wins (its
    year); the title whose first words open another paper's title is found on its own line."""
    p = tmp_path / "publications.json"
    p.write_text(OWN_BIBTEX, encoding="utf-8")
    a, b = run([p], db, Options(jobs=1)).publications
    assert (a.key, a.entry_type, a.venue_raw, a.volume, a.pages, a.year) == (
        "Lee2023", "article", "Mathematical Programming", "201", "1--30", 2023)
    assert (b.key, b.venue_raw, b.authors) == ("Lee2022", "Journal of Scheduling", ["Ana Lee"])
    assert b.venue is not None and b.venue.venue is not None
    assert [x.sources[0].line for x in (a, b)] == [3, 9], OWN_BIBTEX


def test_a_title_written_with_json_escapes_is_found_on_its_line(db, tmp_path: Path):
    """A JSON data file writes a title's quotes as \\": the title as read ('Paper on "robust" things') is not in the
    file, and its record named line 1; the escaped form is looked for too."""
    p = tmp_path / "publications.json"
    p.write_text(json.dumps([{"title": f'Paper {i} on "robust" things', "authors": "Ana Lee and Bo Kim",
                              "journal": "Nature", "year": 2024} for i in range(3)], indent=1), encoding="utf-8")
    assert [x.sources[0].line for x in run([p], db, Options(jobs=1)).publications] == [3, 9, 15]


def test_a_year_written_in_brackets_or_with_its_month_is_the_items_year(db):
    """`year: (2024)` (the Allan lab template's publist.yml as one lab writes it) and `date: March 2023` gave no
    year: only a value that starts with the year was read."""
    from pubnorm.sources.datafile import read_data

    yml = ("- title: Hard constraints in neural networks\n  authors: Chen, H., & Li, C.\n"
           "  journal: Computers & Chemical Engineering\n  year: (2024)\n"
           "- title: Diagnosing infeasible problems\n  authors: Chen, H.\n  journal: INFOR\n  date: March 2023\n")
    assert [p.year for p in read_data("_data/publist.yml", yml, db).publications] == [2024, 2023]


def test_a_year_only_under_a_key_of_the_sites_own_is_read_when_it_is_the_only_one(db):
    """`"meta": "February 2026"`, `"meta": "pp. 1-6, 2025"`: the item's one year, wherever the site keeps it; a file
    name's or an identifier's digits are no year, and two years give none (never a guess)."""
    from pubnorm.sources.datafile import read_data

    items = [{"title": "Pulse: scheduling in the cloud-edge continuum", "authors": ["A. Lee"], "meta": "February 2026",
              "pdf": "files/papers/Lee_2024_Pulse.pdf"},
             {"title": "Argent: energy-aware scheduling", "authors": ["A. Lee"], "meta": "pp. 1-6, 2025",
              "doi": "10.1029/2024WR038577"},
             {"title": "Two dates", "authors": ["A. Lee"], "meta": "2019; reprinted 2021"}]
    pubs = read_data("data/publications.json", json.dumps(items, indent=1), db).publications
    assert [p.year for p in pubs] == [2026, 2025, None]
    assert [p.year_source for p in pubs[:2]] == ["text", "text"]


def test_a_journal_set_apart_in_italics_in_a_value_of_the_sites_own_is_the_venue(db, tmp_path: Path):
    """A React site's `bibinfo: (<><i>IEEE Trans. Sig. Proc.</i>, 58(10): 5030–5043, Oct. 2010.</>)`: the JSX
    was skipped, and an abbreviation the venue database does not know as written named no venue."""
    p = tmp_path / "clientPage.js"
    p.write_text("const JOURNAL_PAPERS = [\n  {\n    authors: 'Z. Ben-Haim, Y. C. Eldar, and M. Elad',\n"
                 "    title: 'Coherence-based guarantees for estimating a sparse vector',\n"
                 "    bibinfo: (<div><i>IEEE Trans. Sig. Proc.</i>, 58(10): 5030–5043, Oct. 2010.</div>),\n"
                 "    link: 'published/guarantees.pdf'\n  },\n];\n", encoding="utf-8")
    (pub,) = run([p], db, Options(jobs=1)).publications
    assert pub.venue_raw == "IEEE Trans. Sig. Proc." and pub.year == 2010
    assert pub.authors == ["Z. Ben-Haim", "Y. C. Eldar", "M. Elad"] and pub.sources[0].line == 4


def test_a_list_of_citations_kept_under_a_citation_key_is_read_as_references(db):
    """`- citation: "Lee A., Kim B. (2021). Title. In Book. (Eds ...) pp. 744-746. Publisher."` with no title beside
    it: no mapping had a title, so the file gave nothing."""
    from pubnorm.sources.datafile import read_data

    yml = ("# the species accounts\n"
           "- citation: \"Okafor S.E., de la Fuente A., Lind ST. (2021). Grey-headed Robin Heteromyias cinereifrons. "
           "In "
           "The Action Plan for Australian Birds 2020. (Eds ST Lind and GB Moreau) pp. 744-746. CSIRO Publishing.\"\n"
           "- citation: \"Okafor S.E., de la Fuente A., Lind ST. (2021). Golden Bowerbird Prionodura newtoniana. In "
           "The Action Plan for Australian Birds 2020. (Eds ST Lind and GB Moreau) pp. 486-488. CSIRO Publishing.\"\n")
    pubs = read_data("_data/book_chapters.yml", yml, db).publications
    assert [(p.title, p.authors[:2], p.year, p.sources[0].line) for p in pubs] == [
        ("Grey-headed Robin Heteromyias cinereifrons", ["Okafor S.E.", "de la Fuente A."], 2021, 2),
        ("Golden Bowerbird Prionodura newtoniana", ["Okafor S.E.", "de la Fuente A."], 2021, 3)]


def test_a_title_kept_as_a_mapping_of_its_text_and_link_and_a_venues_year_inside_its_mapping(db):
    """`title: {link: ..., name: "Title"}` and `conference: {name: ICLR, year: 2024}` (a site that renders its YAML
    with JavaScript): the item had no title string, so the paper was lost."""
    from pubnorm.sources.datafile import read_data

    yml = ("papers:\n  - name: metra\n    title:\n      link: https://arxiv.org/pdf/2310.08887.pdf\n"
           "      name: \"METRA: Scalable Unsupervised RL with Metric-Aware Abstraction\"\n"
           "    authors:\n      - name: Seohong Park\n      - me: true\n    conference:\n      name: ICLR\n"
           "      year: 2024\n")
    (pub,) = read_data("papers.yaml", yml, db).publications
    assert (pub.title, pub.year, pub.urls, pub.authors) == (
        "METRA: Scalable Unsupervised RL with Metric-Aware Abstraction", 2024,
        ["https://arxiv.org/pdf/2310.08887.pdf"], ["Seohong Park"])
    assert pub.venue is not None and pub.venue.venue is not None and pub.venue.venue.acronym == "ICLR"


def test_a_venue_key_that_names_a_kind_of_paper_gives_way_to_the_booktitle(db):
    """`venue: conference` beside `booktitle: "International Conference on Learning Representations (ICLR) 2025"`
    (a Jekyll template's data file): the kind was read as the venue, and the booktitle never."""
    from pubnorm.sources.datafile import read_data

    yml = ("papers:\n  - title: \"Truncated Consistency Models\"\n    authors: <b>Ada Lee</b>, Bo Kim\n"
           "    booktitle: \"International Conference on Learning Representations (ICLR) 2025\"\n"
           "    venue: conference\n")
    (pub,) = read_data("_data/papers.yml", yml, db).publications
    assert pub.venue is not None and pub.venue.venue is not None and pub.venue.venue.acronym == "ICLR"
    assert pub.year == 2025


def test_the_rest_of_a_citation_under_a_key_of_the_sites_own_gives_authors_year_and_venue(db):
    """`- title: ... / rest: '<i>A. Lee</i> & B. Kim. (2023). Journal, 68(3), 486-513'` (a CV data file keeps each
    paper's title apart from the rest of its reference): no mapping had a paper's key, so the file gave nothing.
    "(accepted)" in the year's place is a status; a project's description is still no paper."""
    from pubnorm.sources.datafile import read_data

    yml = ("- title: 'Tracing grammatical gender in three varieties'\n"
           "  rest: '<i>Ana Lee</i> & Bo Kim. (2023). Canadian Journal of Linguistics, 68(3), 486-513'\n"
           "  type: 'refereed'\n"
           "- title: 'A study of vowel height'\n  rest: 'Ana Lee. (2020). Journal of French Language Studies, 30(3)'\n"
           "- title: 'Studying variation with social media'\n"
           "  rest: 'Ana Lee, Bo Kim & Cy Dow. (accepted). Proceedings of the Annual Meeting of the CLA'\n"
           "- title: 'Website redesign'\n  rest: 'Started in 2019, ongoing work on the lab pages'\n")
    pubs = read_data("_data/papers.yml", yml, db).publications
    assert [p.title for p in pubs] == ["Tracing grammatical gender in three varieties", "A study of vowel height",
                                       "Studying variation with social media"]
    assert [p.authors for p in pubs] == [["Ana Lee", "Bo Kim"], ["Ana Lee"], ["Ana Lee", "Bo Kim", "Cy Dow"]]
    assert [p.year for p in pubs] == [2023, 2020, None]
    assert pubs[0].venue_raw.startswith("Canadian Journal of Linguistics") and pubs[2].status == "accepted"


def test_a_title_kept_with_its_citations_tail_gives_its_year_venue_doi_and_status(db):
    """`title: "Title, 2021, Geophys. J. International, 226(2), pp 828-846, doi:10.1093/gji/ggab140"` (a lab's
    publist.yml that keeps the whole citation under `title`): the tail was read as the title's words, and the paper
    had no year, venue or DOI. A title with a year of its own in its words keeps it; an item with a year keeps all."""
    from pubnorm.sources.datafile import read_data

    yml = ('- title: "Comparing approaches to measuring seismic phase variations, 2021, Geophys. J. International, '
           '226(2), pp 828-846, doi:10.1093/gji/ggab140"\n  authors: Yuan, C., Bryan, J., Denolle, M. A.\n'
           '- title: "Imaging the Kanto Basin bedrock with autocorrelation functions, Submitted to Geophysical Journal '
           'International"\n  authors: Viens, L., Denolle, M. A.\n'
           '- title: "Seismic hazard after the 2011 Tohoku earthquake, revisited"\n  authors: Viens, L.\n'
           '- title: "Ground motion in basins, 2019, a review"\n  authors: Viens, L.\n  year: 2019\n')
    pubs = read_data("_data/publist.yml", yml, db).publications
    assert [p.title for p in pubs] == ["Comparing approaches to measuring seismic phase variations",
                                       "Imaging the Kanto Basin bedrock with autocorrelation functions",
                                       "Seismic hazard after the 2011 Tohoku earthquake, revisited",
                                       "Ground motion in basins, 2019, a review"]
    assert (pubs[0].year, pubs[0].venue_raw, pubs[0].ids.get("doi")) == (2021, "Geophys. J. International",
                                                                         "10.1093/gji/ggab140")
    assert (pubs[1].status, pubs[1].venue_raw, pubs[1].year) == ("submitted", "Geophysical Journal International", None)


def test_a_students_mark_in_brackets_after_a_name_written_surname_first_keeps_the_list_whole(db):
    """`authors: Yin, J.(*), Denolle, M. A.` (a lab marks its students): the mark hid the surname-first shape, and the
    list was read as four names ("Yin", "J.", "Denolle", "M. A.")."""
    from pubnorm.sources.datafile import read_data

    yml = "- title: Source time functions of large earthquakes\n  authors: Yin, J.(*), Li, Z., Denolle, M. A.\n"
    (pub,) = read_data("_data/publist.yml", yml, db).publications
    assert pub.authors == ["Yin, J.", "Li, Z.", "Denolle, M. A."]


def test_a_sites_other_sections_beside_its_papers_are_no_papers(db):
    """A React site's content.json keeps `publications`, `talks` and `awards` side by side: a talk's and an award's
    title and year were read as papers. BibTeX's `misc` type, used as a key, still lists papers."""
    from pubnorm.sources.datafile import read_data

    data = {"publications": [{"title": "Scoped buffered persistency models for GPUs", "authors": "Ana Lee, Bo Kim",
                              "venue": "ASPLOS 2023"}],
            "talks": [{"title": "CPU-GPU accelerated key-value stores", "event": "SysTalk", "date": "2025"}],
            "awards": [{"title": "Google PhD Fellowship", "year": "2022"}],
            "misc": [{"title": "A note on persistent memory", "authors": "Ana Lee", "year": 2021}]}
    pubs = read_data("src/content.json", json.dumps(data, indent=1), db).publications
    assert [p.title for p in pubs] == ["Scoped buffered persistency models for GPUs", "A note on persistent memory"]


def test_a_title_with_a_year_between_commas_and_no_citation_after_it_is_whole(db):
    """`title: "COVID-19 in Italy, 2020, a retrospective"` (no year or venue key, no DOI, volume or pages after the
    year): a title's own words, not a citation's tail."""
    from pubnorm.sources.datafile import read_data

    yml = '- title: "COVID-19 in Italy, 2020, a retrospective of the first wave"\n  authors: Ana Lee, Bo Kim\n'
    (pub,) = read_data("_data/papers.yml", yml, db).publications
    assert pub.title == "COVID-19 in Italy, 2020, a retrospective of the first wave"


def test_values_given_in_several_languages_are_read_in_english(db):
    """A bilingual site's data: `title: {en: Title, ko: 제목}`, `authors: {en: ..., ko: ...}`, under sections whose
    names are so given too. No paper was read (a mapping where a title's text was looked for); each value is its
    English, else its first language's, and the other keys of the file (a section's `id`) are left as they are."""
    from pubnorm.sources.datafile import read_data

    yml = ("sections:\n- title:\n    en: Journal Articles\n    ko: 학술지 논문\n  entries:\n"
           "  - year: '2024'\n    title:\n      en: Stabilization of Dynamic Weight Estimation\n"
           "      ko: 주행 중 차량 중량 추정의 안정화\n    authors:\n      en: <strong>Jun Park</strong>, Jin Kim\n"
           "      ko: <strong>박준</strong>, 김진\n    venue:\n      en: Journal of Sensors, 23(11), 5040\n"
           "      ko: 센서학회지\n")
    pubs = read_data("_data/publications.yml", yml, db).publications
    assert [(p.title, p.authors, p.year) for p in pubs] == [
        ("Stabilization of Dynamic Weight Estimation", ["Jun Park", "Jin Kim"], 2024)]


def test_a_mapping_with_a_title_and_a_link_to_a_dois_or_arxivs_page_is_a_paper(db):
    """A site's highlights (`{kicker: 'JHEP · 2025', title: ..., url: 'https://doi.org/...'}`) name no author, year
    or venue key: the link to the paper's DOI or arXiv page says it is a paper (before: none was read). A project's
    link to its code does not."""
    from pubnorm.sources.datafile import read_script

    js = ("const highlights = [\n  {\n    kicker: 'JHEP · 2025',\n    title: 'A heavy widget search in four leptons',\n"
          "    url: 'https://doi.org/10.1007/JHEP10%282025%29074',\n  },\n  {\n    kicker: 'Preprint · 2024',\n"
          "    title: 'Message passing for widget tracking',\n    url: 'https://arxiv.org/abs/2401.00002',\n  },\n"
          "  {\n    title: 'Widget toolkit',\n    url: 'https://github.com/a/widgets',\n  },\n];\n")
    prof = read_script("index.js", js, db)
    assert prof is not None
    assert [(p.title, p.year, p.ids) for p in prof.publications] == [
        ("A heavy widget search in four leptons", 2025, {"doi": "10.1007/jhep10(2025)074"}),
        ("Message passing for widget tracking", 2024, {"arxiv": "2401.00002"})]


def test_highlights_that_link_a_listed_papers_doi_are_not_read_again(db):
    """A site's research highlights beside its list (`{title: 'Laser lithography on MOFs', link: doi}`, a short
    title and a cover image) link the DOI of a paper the list gives with its fields: no second record for it."""
    from pubnorm.sources.datafile import read_python

    py = ("__publications = [\n    {\n        'title': 'Photolytic removal of linkers for laser lithography on "
          "widget frameworks',\n        'authors': 'A. Ruiz, K. Wu',\n        'journal': 'Angew. Chem. Int. Ed.',\n"
          "        'year': 2020,\n        'url': 'https://onlinelibrary.wiley.com/doi/full/10.1002/anie.209999999',\n"
          "    },\n]\n__highlights = [\n    {\n        'title': 'Laser Lithography on Widget Frameworks',\n"
          "        'jornal': 'Angew. Chem. Int. Ed. 2020, 59, 1-6.',\n"
          "        'link': 'https://onlinelibrary.wiley.com/doi/full/10.1002/anie.209999999',\n    },\n    {\n"
          "        'title': 'Widget Separation with Chiral Frameworks',\n"
          "        'link': 'https://doi.org/10.1021/acscentsci.9b99999',\n    },\n]\n")
    prof = read_python("post_infos.py", py, db)
    assert prof is not None
    assert [p.title for p in prof.publications] == [
        "Photolytic removal of linkers for laser lithography on widget frameworks",
        "Widget Separation with Chiral Frameworks"]  # a highlight no listed paper links is one


def test_a_labs_list_of_whole_citations_under_name_is_read(db):
    """A lab's `_data/publications.yml` keeps each paper as a whole citation under `name:` with its link beside it
    (`- {name: 'Ahn H, Jung I. "Title". Journal, 2021.', url: ...}`): read as citations (before: no paper). A list of
    people under `name:` is no such list: its strings are short and give no year."""
    from pubnorm.sources.datafile import read_data

    yml = ("index:\n"
           "- {name: 'Ruiz A (First), Wu K, Ma L*. \"WidgetNet: a method to integrate time-series widget data\". "
           "BMC Bioinformatics [SCIE journal, IF:3.3], 2019 Mar 2.', url: 'https://doi.org/10.1186/s12859-019-9999-1'}\n"
           "- {name: 'Wu K, Ruiz A (Joint-First), Ma L*. \"PropaWidget: condition-specific widget networks by "
           "propagation\". Frontiers in Plant Science, 2019 Feb 1.', url: 'https://doi.org/10.3389/fpls.2019.99999'}\n"
           "- {name: 'Ma L, Ruiz A. \"Clustering widget transcriptomes from many phenotypes\". Bioinformatics, "
           "2017 Dec 1.', url: 'https://doi.org/10.1093/bioinformatics/btx999'}\n"
           "members:\n- {name: 'Ana Ruiz', role: PI}\n- {name: 'Kai Wu', role: student}\n")
    prof = read_data("_data/publications.yml", yml, db)
    assert [(p.title, p.year) for p in prof.publications] == [
        ("WidgetNet: a method to integrate time-series widget data", 2019),
        ("PropaWidget: condition-specific widget networks by propagation", 2019),
        ("Clustering widget transcriptomes from many phenotypes", 2017)]


def test_a_place_under_the_venue_key_beside_the_conference_is_the_address(db):
    """`conference: 48th European Conference on Information Retrieval (ECIR 2026)` with `venue: Delft, Netherlands`:
    the venue was the city; the conference is the venue, the place its address. A venue key that names the venue
    stays the venue whatever follows it."""
    from pubnorm.sources.datafile import read_data

    text = ("- title: Why widget chains cannot support auditable reasoning\n  authors: [Ada Okafor, Ben Lind]\n"
            "  conference: 48th European Conference on Information Retrieval (ECIR 2026)\n  venue: Delft, Netherlands\n"
            "  date: March 2026\n- title: Widget bandits for interactive recommendation\n  authors: [Ben Lind]\n"
            "  venue: RecSys 2019\n  conference: Copenhagen, Denmark\n  date: 2019\n")
    pubs = read_data("_data/conferences.yml", text, db).publications
    assert [(p.venue_raw, p.address, p.venue.venue.id if p.venue and p.venue.venue else None) for p in pubs] == [
        ("48th European Conference on Information Retrieval (ECIR 2026)", "Delft, Netherlands", "ecir"),
        ("RecSys 2019", None, "recsys")]


def test_a_thesis_named_by_its_school_alone_has_the_school_as_its_venue(db):
    """`{title:, date:, institution: Technische Universität Dresden, note: Masters Thesis}`: no venue key, the school
    is where the thesis appeared (the record had no venue)."""
    from pubnorm.sources.datafile import read_data

    text = ("- title: Semi-transparent widgets in a dataflow database\n  date: \"2019-12-12\"\n"
            "  institution: Technische Universität Dresden\n  authors: [Ada Okafor]\n  note: Masters Thesis\n"
            "- title: Sparse widget batching\n  authors: [Ada Okafor, Ben Lind]\n  conference: OSDI 2018\n"
            "  institution: MIT\n")
    pubs = read_data("data/bib.yaml", text, db).publications
    assert [(p.venue_raw, p.year) for p in pubs] == [("Technische Universität Dresden", 2019), ("OSDI 2018", 2018)]


def test_a_web_address_under_a_venue_key_is_a_link_and_the_next_key_names_the_venue(db):
    """`journal: https://www.nature.com/articles/...` before `conference: Nature Physics, 2025.`: the journal key held
    where the paper is on the journal's site, and the record had no venue (and then arXiv, from its identifier); the
    address is one of the record's links."""
    from pubnorm.sources.datafile import read_data

    text = ("- title: Observation of a phase transition in a widget simulator\n"
            "  authors: <strong>Ada Okafor</strong>*, Ben Lind\n  conference_short: Nat. Phys.\n"
            "  conference: Nature Physics, 2025.\n  journal: https://www.nature.com/articles/s41567-024-02751-2\n"
            "  arxiv: https://arxiv.org/abs/2310.19869\n")
    pub, = read_data("_data/publications.yml", text, db).publications
    assert pub.venue_raw == "Nature Physics, 2025." and pub.year == 2025
    assert "https://www.nature.com/articles/s41567-024-02751-2" in pub.urls


_PROBE_TEXT = st.text(alphabet="ab\"\\ \n", max_size=300)


@settings(max_examples=300, deadline=None)
@given(text=_PROBE_TEXT, probes=st.lists(st.text(alphabet="ab\"\\ ", min_size=1, max_size=8), min_size=1, max_size=4),
       off=st.integers(0, 300))
def test_the_first_probe_near_a_place_is_where_a_search_of_every_probe_finds_it(text: str, probes: list[str], off: int):
    """datafile._near looks in a small window first and bounds later probes by the one found; it must find what the
    plain search of every probe through the whole window finds (the least start), at windows of any size."""
    from pubnorm.sources import datafile

    for first, near in ((4, 16), (1 << 12, 1 << 16), (1, 2)):
        old = (datafile._FIND_FIRST, datafile._FIND_NEAR)
        datafile._FIND_FIRST, datafile._FIND_NEAR = first, near
        try:
            hits = [h for p in probes if (h := text.find(p, off, off + near)) >= 0]
            assert datafile._near(text, probes, off) == (min(hits) if hits else -1)
        finally:
            datafile._FIND_FIRST, datafile._FIND_NEAR = old
        hits = [h for p in probes if (h := text.find(p, off)) >= 0]
        assert datafile._first_at(text, probes, off, len(text)) == (min(hits) if hits else -1)


def _plain_reference(text: str) -> str:
    """collection._plain as it was written before it looked for each step's mark first."""
    import re

    from pubnorm.sources.collection import _MD_ESCAPE
    from pubnorm.text import squash, unescape

    text = unescape(re.sub(r"<[^>]+>", "", text))
    if "\\" in text:
        text = _MD_ESCAPE.sub(r"\1", text)
    text = re.sub(r"\*\*|__|(?<!\w)[*_](?!\s)|(?<!\s)[*_](?!\w)", "", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    return squash(text)


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet="a Z*_\\<>[]()&;#x4212 \n\t", max_size=40))
def test_a_front_matter_strings_plain_text_is_as_before(text: str):
    """collection._plain skips the steps whose marks a string does not hold (most of a data file's keys are absent):
    the same text as every step run in turn, on strings of its marks and on written examples."""
    from pubnorm.sources.collection import _plain

    assert _plain(text) == _plain_reference(text)
    for s in ("", "**Lee, A.**", "Abrantes M\\*, Pereira T\\*", "<b>Nature</b> &amp; Science", "[Title](http://x.org)",
              "snake_case_name", "&lt;i&gt;x&lt;/i&gt;", "a &#42;b&#42; c"):
        assert _plain(s) == _plain_reference(s)


def test_the_keys_of_a_data_file_in_the_sites_language_name_the_fields(db, tmp_path: Path):
    """A Turkish site's `{yazar, yil, baslik, dergi, cilt, sayi, sayfa}` (authors, year, title, journal, volume,
    issue, pages) and a Spanish one's `{titulo, autores, revista, año}`: no item had a key the reader knew and every
    paper was lost."""
    page = tmp_path / "makaleler.js"
    page.write_text('const makaleler = [\n  {\n    "yazar": "Yaslı, R., ve Okafor, D.",\n    "yil": "2025",\n'
                    '    "baslik": "Kafe Tercihlerini Etkileyen Faktörler",\n    "dergi": "Ekonomi Dergisi",\n'
                    '    "cilt": "11",\n    "sayi": "1",\n    "sayfa": "30-50"\n  }\n];\n', encoding="utf-8")
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data" / "publicaciones.yml").write_text(
        "- titulo: Redes de widgets en la costa\n  autores: [Ana Lind, Jan Moreau]\n  revista: Revista de Widgets\n"
        "  año: 2021\n", encoding="utf-8")
    result = run([tmp_path], db, Options(jobs=1))  # (a site's folder: the files are named for a list of papers)
    got = [(p.title, p.authors, p.year, p.venue_raw, p.volume, p.number) for p in result.publications]
    assert got == [("Kafe Tercihlerini Etkileyen Faktörler", ["Yaslı, R.", "Okafor, D."], 2025, "Ekonomi Dergisi",
                    "11", "1"),
                   ("Redes de widgets en la costa", ["Ana Lind", "Jan Moreau"], 2021, "Revista de Widgets", None, None)]


def test_a_papers_one_string_besides_its_authors_year_and_venue_is_its_title(db, tmp_path: Path):
    """`{author: 'Kim J, Lee H', year: 2024, content: 'Title.', conference: 'HCI Korea'}`: no key named the title and
    every paper of a Korean lab's data module was lost. A mapping with authors and a year or a venue, no title and no
    whole citation, and one string of a few words besides: that string is the title. Two such strings say nothing."""
    page = tmp_path / "conferences.ts"
    page.write_text("export const conferences = [\n  {\n    author: `Kim Ana, Lee Bo`,\n    year: 2024,\n"
                    "    content: `Tongue tracking with radio widgets.`,\n    conference: `Imaginary HCI Korea 2024`,\n"
                    "  },\n  {\n    author: `Lee Bo`,\n    year: 2023,\n    content: `Widgets in the wild.`,\n"
                    "    teaser: `Best of the session, with a demo`,\n  },\n];\n", encoding="utf-8")
    got = [(p.title, p.authors, p.year) for p in run([page], db, Options(jobs=1)).publications]
    assert got == [("Tongue tracking with radio widgets", ["Kim Ana", "Lee Bo"], 2024)]
    # a note on a paper whose title the item does not give is no title, and no second string beside the title
    page.write_text("export const papers = [\n  {\n    author: `Kim Ana`,\n    year: 2022,\n"
                    "    journal: `Imaginary Widget Letters`,\n    note: `Editor's choice article of the issue`,\n"
                    "  },\n  {\n    author: `Lee Bo`,\n    year: 2023,\n    content: `Widgets in the wild.`,\n"
                    "    comment: `Best of the session, with a demo`,\n  },\n];\n", encoding="utf-8")
    assert [p.title for p in run([page], db, Options(jobs=1)).publications if p.title] == ["Widgets in the wild"]


CITED_BY_ID = """\
lee2021_widgets:
  citation: "<b>Lee, Ada</b> & Bo Kim. 2021. Widgets are heated by their own motion. <em>Phonetica</em> 37(2). 177–213."
  doi:      "10.1017/S0000000000000093"
  pdf:      ""
  funder:   "Widget Council grant 12"

lee2019_gears:
  citation: "<b>Lee, Ada</b>. 2019. Gears of the early modern mill. In Cy Ray (ed.), <em>Proceedings of the \\
    society for mills</em>, vol. 3, 372–381."
  PDF:      "https://example.org/gears.pdf"
"""


def test_citations_kept_in_mappings_keyed_by_their_ids_are_read_with_their_other_fields(db, tmp_path: Path):
    """A site's data kept as a mapping of papers keyed by their ids (`lee2021_widgets: {citation: "...", doi: ...,
    pdf: ...}`), each with its whole citation and no title: read as a list of them (none was read before), and the
    mapping's links and other fields are the paper's (they were lost even from a list of such mappings)."""
    f = tmp_path / "publications.yaml"
    f.write_text(CITED_BY_ID, encoding="utf-8")
    result = run([f], db, Options(jobs=1))
    pubs = {p.title: p for p in result.publications}
    assert sorted(pubs) == ["Gears of the early modern mill", "Widgets are heated by their own motion"]
    widgets, gears = pubs["Widgets are heated by their own motion"], pubs["Gears of the early modern mill"]
    assert widgets.ids == {"doi": "10.1017/s0000000000000093"} and widgets.year == 2021
    assert widgets.extra == {"funder": "Widget Council grant 12"} and widgets.sources[0].line == 2
    assert gears.urls == ["https://example.org/gears.pdf"] and gears.sources[0].line == 8
    # ... and as a list of such mappings, the same
    listed = tmp_path / "listed.yaml"
    listed.write_text("\n".join(("- " + ln[2:] if ln.startswith("  citation") else ln)
                                for ln in CITED_BY_ID.splitlines() if not ln.endswith(":")), encoding="utf-8")
    again = {p.title: p for p in run([listed], db, Options(jobs=1)).publications}
    assert again["Widgets are heated by their own motion"].extra == {"funder": "Widget Council grant 12"}
    assert again["Gears of the early modern mill"].urls == ["https://example.org/gears.pdf"]


def test_a_bibtex_author_field_and_the_other_values_of_a_papers_mapping_are_kept(db, tmp_path: Path):
    """`authors: "Lee, A. and Kim, Bo"` (a BibTeX author field pasted into the data) was split at its commas into
    surnames alone (["Lee", "Kim"]: the given names lost); and a value under a key the reader takes no field from
    (`funder:`, `selected:`) was dropped. Names are read as BibTeX reads them; the other values are kept, as a front
    matter collection keeps them (a bibliographic field by its name, the rest in `extra`), not a site's page keys."""
    f = tmp_path / "publications.yml"
    f.write_text("- title: A study of widgets in the wild\n"
                 "  authors: Lee, A. and Kim, Bo and others\n"
                 "  journal: Widget Letters\n  year: 2021\n  volume: 12\n  note: Cover article\n"
                 "  funder: Widget Council grant 12\n  selected: true\n  image: /img/widget.png\n", encoding="utf-8")
    (pub,) = run([f], db, Options(jobs=1)).publications
    assert pub.authors == ["A. Lee", "Bo Kim"] and pub.et_al
    assert pub.volume == "12" and pub.note == "Cover article"
    assert pub.extra == {"funder": "Widget Council grant 12", "selected": "True"}


def test_names_written_surname_first_with_dotted_initials_keep_their_last_stop(db, tmp_path: Path):
    """`'authors': 'Wong V.C., Fong L.E., Xue Q.'` (PubMed's order, the initials dotted): the names were split
    without their last stop ("Wong V.C"), which reads as a surname "V.C"; they are kept as written, and BibTeX gets
    "Wong, V. C."."""
    f = tmp_path / "publications.yml"
    f.write_text("- title: Widget signalling in single cells\n"
                 "  authors: Wong V.C., Fong L.E., Adams N.M., Xue Q.\n"
                 "  journal: Widget Letters\n  year: 2019\n", encoding="utf-8")
    (pub,) = run([f], db, Options(jobs=1)).publications
    assert pub.authors == ["Wong V.C.", "Fong L.E.", "Adams N.M.", "Xue Q."]
    from pubnorm.writers.bibtex import bibtex_entries

    (entry,) = bibtex_entries([pub])[0]
    assert ("author", "Wong, V. C. and Fong, L. E. and Adams, N. M. and Xue, Q.") in entry[2]


def test_a_list_of_records_as_nasa_ads_returns_them_is_read(db, tmp_path: Path):
    """A site's data generated from NASA ADS (`title: [Title]`, `pub: The Astrophysical Journal`, `page: ['217']`,
    `bibcode:`): a title given as a list of one string was no title, and `pub` no venue's key, so none of a group's
    34 papers was read. A field of one value given as a one-string list is that string; CSL's `page` is the pages,
    not an other value kept twice."""
    f = tmp_path / "publications.yml"
    f.write_text("pubs:\n"
                 "- author:\n  - Lee, A. B.\n  - Kim, C.\n  bibcode: 2016ApJ...833..217L\n  date: '2016-12-01'\n"
                 "  page: ['217']\n  pub: The Astrophysical Journal\n"
                 "  title: ['Widget heating in active region cores. II. Trains']\n  volume: '833'\n  year: '2016'\n"
                 "- author:\n  - Kim, C.\n  bibcode: 2014ApJ...787...22K\n  page: ['22']\n"
                 "  pub: The Astrophysical Journal\n  title: ['On widget lifetimes']\n  volume: '787'\n"
                 "  year: '2014'\n",
                 encoding="utf-8")
    pubs = run([f], db, Options(jobs=1)).publications
    assert [(p.title, p.authors, p.year, p.volume, p.pages) for p in pubs] == [
        ("Widget heating in active region cores. II. Trains", ["Lee, A. B.", "Kim, C."], 2016, "833", "217"),
        ("On widget lifetimes", ["Kim, C."], 2014, "787", "22")]
    assert all(p.venue and p.venue.venue and p.venue.venue.id == "j-astrophysical-journal" for p in pubs)
    assert pubs[0].extra == {"bibcode": "2016ApJ...833..217L"}


def test_a_csl_field_the_reader_did_not_take_is_kept_as_written(db, tmp_path: Path):
    """`volume: Online First` (no volume's number) and `page: https://...` (a project's page, not the pages) are
    not taken as the volume and pages; they are kept in `extra` as the file names them, not lost; `pages: 3-9`,
    taken, is not kept twice."""
    f = tmp_path / "publications.yml"
    f.write_text("- title: Widgets online first\n  authors: [Ada Lee]\n  journal: Widget Letters\n  year: 2024\n"
                 "  volume: Online First\n  page: https://example.org/widgets/\n"
                 "- title: Widgets in print\n  authors: [Ada Lee]\n  journal: Widget Letters\n  year: 2023\n"
                 "  volume: 12\n  pages: 3-9\n", encoding="utf-8")
    first, second = run([f], db, Options(jobs=1)).publications
    assert (first.volume, first.pages) == (None, None)
    assert first.extra == {"volume": "Online First", "page": "https://example.org/widgets/"}
    assert (second.volume, second.pages, second.extra) == ("12", "3-9", {})


def test_a_yaml_data_file_of_several_documents_is_read_whole(db, tmp_path: Path):
    """A Jekyll data file that opens with `---` and ends with another `---` line (an empty second document, which
    Jekyll's reader skips) was "invalid YAML: but found another document": none of its 9 papers was read. Every
    document is read; an alias bomb split over documents is still refused."""
    f = tmp_path / "journal-articles.yaml"
    f.write_text("---\n- id: Lee2020\n  authors: __A. Lee__, B. Kim\n  title: Urban clines in a polymorphism\n"
                 "  journal: Evolution Letters\n  year: 2020\n\n- id: Kim2019\n  authors: B. Kim, __A. Lee__\n"
                 "  title: A live-coding course in R\n  journal: Journal of Open Source Education\n  year: 2019\n---\n",
                 encoding="utf-8")
    g = tmp_path / "more.yml"
    g.write_text("- title: First document paper\n  year: 2021\n---\n- title: Second document paper\n  year: 2022\n",
                 encoding="utf-8")
    pubs = run([f, g], db, Options(jobs=1)).publications
    assert sorted((p.title, p.year) for p in pubs) == [
        ("A live-coding course in R", 2019), ("First document paper", 2021), ("Second document paper", 2022),
        ("Urban clines in a polymorphism", 2020)]
    bomb = tmp_path / "bomb.yml"
    layers = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [" + ", ".join([f"*{chr(97 + i)}"] * 9) + "]\n" for i in range(9))
    bomb.write_text("- title: A paper\n---\n" + layers, encoding="utf-8")
    result = run([bomb], db, Options(jobs=1))
    assert [d.code for d in result.diagnostics] == ["E113"] and "alias" in result.diagnostics[0].message


def test_a_scripts_titles_that_are_whole_citations_are_read_as_citations(db, tmp_path: Path):
    """A lab's React data whose `title` holds the whole IEEE citation ("A. Lee and B. Kim, “Title,” IEEE ICC 2019,
    Paris,") and `date` the month: each record's title was the whole citation, authors and venue in it (50 of 50).
    Such titles, most of a list's, in mappings with no author list or venue of their own, are read as citations."""
    f = tmp_path / "result.js"
    f.write_text("const data = [\n{\n"
                 '    title: "Ada Okafor, Hana Lind, and Bo Kim, “Bandwidth Constrained Widget Telepresence with 3D '
                 'Model Reconstruction,” IEEE GLOBECOM 2019, Waikoloa, Hawaii, USA, ",\n    date: "Dec. 2019"\n},\n{\n'
                 '    title: "Hana Lind and Bo Kim, “Mobility-aware Widget Chaining in 5G Wireless Networks,” IEEE ICC '
                 '2019,  Shanghai, China,",\n    date: " May 2019"\n}\n];\nexport default data;\n', encoding="utf-8")
    pubs = run([f], db, Options(jobs=1)).publications
    assert [(p.title, p.authors, p.year, p.sources[0].line) for p in pubs] == [
        ("Bandwidth Constrained Widget Telepresence with 3D Model Reconstruction",
         ["Ada Okafor", "Hana Lind", "Bo Kim"], 2019, 3),
        ("Mobility-aware Widget Chaining in 5G Wireless Networks", ["Hana Lind", "Bo Kim"], 2019, 7)]
    # ... and a chemist's Google Scholar names before the quoted title after a full stop or a space
    h = tmp_path / "PublicationsTab.tsx"
    h.write_text("export const PublicationsTab = () => {\n  const publications = [\n"
                 '    {\n      title: "AK Okafor, HB Lind, CD Moreau. \\"Widget Delivery through Gadget Coating\\" '
                 'Nature, 2025, 638(8051), 796-804.",\n      link: null\n    },\n'
                 '    {\n      title: "HB Lind, ..., CD Moreau \\"Programmed Self-Assembly of Widget Lattices\\" '
                 'Nanoscale, 2018, 10, 42-50",\n      link: null\n    },\n  ];\n  return publications.length;\n};\n',
                 encoding="utf-8")
    assert [(p.title, p.authors[:1], p.year) for p in run([h], db, Options(jobs=1)).publications] == [
        ("Widget Delivery through Gadget Coating", ["AK Okafor"], 2025),
        ("Programmed Self-Assembly of Widget Lattices", ["HB Lind"], 2018)]
    # a title that is only a title stays one
    g = tmp_path / "papers.js"
    g.write_text('export default [{title: "Counting widgets twice, “or thrice”", authors: "A. Lee", year: 2020}, '
                 '{title: "Another widget paper", authors: "B. Kim", year: 2021}];\n', encoding="utf-8")
    assert [p.title for p in run([g], db, Options(jobs=1)).publications] == [
        "Counting widgets twice, “or thrice”", "Another widget paper"]
    # ... and a linguist's JS array: the names, then the title in bold, its tags as lists (`tagArea: ["machine
    # learning"]`: read as the venue "Machine Learning" when no item was read as a paper, 3 of 8 papers found)
    def item(title: str, year: int, kind: str, area: str) -> str:
        return (f'{{\n\t"title" : {title},\n\t"tagYear" : ["{year}"],\n\t"tagPaperType" : ["{kind}"],\n\t"tagLang" : '
                f'["eng"],\n\t"tagObjectLangs" : ["bak", "xal"],\n\t"tagArea" : ["{area}"],\n\t"tagKeywords" : '
                f'["widgets"],\n\t"bibtex" : "Lind{year}",\n\t"download" : ""\n}}')
    j = tmp_path / "db.js"
    j.write_text("var db = [\n" + ", ".join([
        item('"V. Lind, <strong>Widget extraction from gadget dialogues of many kinds</strong>, M. A. Thesis, Widget '
             'State University, Moscow, 2018."', 2018, "thesis", "machine learning"),
        item('"V. Lind, <strong>Arguments of widget verbs in gadget semantics</strong>, B. A. Thesis, Gadget State '
             'University, 2016."', 2016, "thesis", "semantics"),
        item('\'V. Lind and <a href="https://example.org/">S. Okafor</a>, <strong>A prototype of a widget grammar'
             '</strong>, Typology of Gadgets, Vol. 3.2, pp. 29-51, 2020.\'', 2020, "article", "syntax")]) + "];\n",
        encoding="utf-8")
    assert [(p.title, p.authors, p.year) for p in run([j], db, Options(jobs=1)).publications] == [
        ("Widget extraction from gadget dialogues of many kinds", ["V. Lind"], 2018),
        ("Arguments of widget verbs in gadget semantics", ["V. Lind"], 2016),
        ("A prototype of a widget grammar", ["V. Lind", "S. Okafor"], 2020)]


def test_an_items_own_words_for_its_kind_give_its_entry_type(db):
    """A robotics group's Vue list: `{title, type: 'Conference paper', authors, link}`, no venue or year. Every record
    was @misc (25 of 25) although each item says its kind; the kind its `type` names is its entry type (as a
    section's heading names one), when it names no venue; a talk is still no paper."""
    from pubnorm.sources.datafile import read_data

    yml = ("- title: Widget planning for service robots\n  type: Conference paper\n  authors: A. Lee, B. Kim\n"
           "- title: A survey of widget robots\n  type: Journal Article\n  authors: A. Lee\n"
           "- title: Widgets at home\n  type: Book Chapter\n  authors: B. Kim\n"
           "- title: Widgets for everyone\n  type: Talk\n  authors: B. Kim\n"
           "- title: Widget signals at crossings\n  type: article\n  authors: B. Kim\n"
           "  venue: Proceedings of the 2019 IEEE Intelligent Transportation Systems Conference (ITSC)\n")
    pubs = read_data("_data/publications.yml", yml, db).publications
    # (beside a venue, "article", any paper to many sites, says less than the venue: no type of the item's own)
    assert [p.entry_type for p in pubs] == ["inproceedings", "article", "incollection", None]


def test_a_cv_data_files_citations_with_empty_titles_are_read_beside_its_titled_items_by_their_sections(db):
    """A CV kept as one data file: every item has `title:` (empty for papers, which are only a `citation`) and says
    its part of the CV in `group:`/`section:`. The titled grants were taken for the file's papers and the citations
    never read (0 of the papers); the grants and talks are no papers, as under a page's headings of those names."""
    from pubnorm.sources.datafile import read_data

    def item(citation: str, group: str, section: str, title: str = "") -> str:
        return (f'- citation: "{citation}"\n  group: "{group}"\n  section: "{section}"\n  title: "{title}"\n'
                '  status: ""\n  date: "2021-01-01"\n')

    yml = (item("Lee, Ada, and Bo Kim. &quot;Reading Bishops in Networks.&quot; *Journal of Medieval History* 47, "
                "no. 2 (2021): 101-120.", "Text-Based Publications", "Refereed Articles")
           + item("Kim, Bo. &quot;Teaching with Maps and Plagues.&quot; In *Proceedings of the Digital History "
                  "Conference*, 45-52. 2020.", "Text-Based Publications", "Peer-reviewed Conference Proceedings")
           + item("&quot;Networks of Saints&quot; at the Congress on Medieval Studies, Kalamazoo, MI, May 10-14, "
                  "2019.", "Presentations", "Conference Presentations")
           + item("&quot;Why Digital History?&quot; Invited talk, History Department, Indiana University, March 2018.",
                  "Presentations", "Invited Talks & Workshops")
           + item("National Science Foundation EAGER #1848655, network analysis for historical reading, 2018.",
                  "Grants, Fellowships & Awards", "Grants", title="NSF EAGER Net.Create, network analysis in history"))
    pubs = read_data("_data/cv.yml", yml, db).publications
    assert [(p.title, p.year, p.sources[0].line) for p in pubs] == [
        ("Reading Bishops in Networks", 2021, 1), ("Teaching with Maps and Plagues", 2020, 7)]


def test_beside_titled_mappings_only_those_with_an_empty_title_are_read_by_their_citation(db):
    """Mappings with a title and others with a `citation` string alone: only a mapping that says it has no title
    (`title: ""`) is a paper known by its citation; another's long string beside the titled papers is no paper."""
    from pubnorm.sources.datafile import read_data

    yml = ('- title: "Reading Bishops in Networks"\n  authors: "Ada Lee and Bo Kim"\n  journal: "Speculum"\n'
           '  year: 2021\n'
           '- citation: "Kim, Bo. Teaching with Maps and Plagues. Journal of Medieval History 46 (2020): 1-20."\n'
           '  title: ""\n'
           '- note: "Lee, Ada. Mapping the Saints, a seminar series held at the institute, Spring 2019, online."\n'
           '  date: "2019-03-01"\n')
    pubs = read_data("_data/papers.yml", yml, db).publications
    assert [(p.title, p.year) for p in pubs] == [("Reading Bishops in Networks", 2021),
                                               ("Teaching with Maps and Plagues", 2020)]


def test_a_mappings_own_kind_of_paper_types_a_venue_the_database_lacks(db):
    """`type: "Conference Proceedings"`, `type: "Capítulo de Livro"` beside a venue no list knows: the kind the data
    file names was read nowhere, so the entry was @misc; it is the item's section, as a page's heading is."""
    from pubnorm.sources.datafile import read_data
    from pubnorm.writers.bibtex import entry_type

    yml = ('- title: "Widget Sonification in Small Rooms"\n  authors: "Ada Lind and Bo Okafor"\n'
           '  venue: "Proceedings of the Northern Widget Sound Meeting"\n  year: 2021\n'
           '  type: "Conference Proceedings"\n'
           '- title: "Widgets in the Classroom"\n  authors: "Ada Lind"\n  venue: "Widgets and Learning: Essays"\n'
           '  year: 2020\n  type: "Capítulo de Livro"\n'
           '- title: "Widget Listening"\n  authors: "Ada Lind"\n  venue: "Widgets and Learning: Essays"\n'
           '  year: 2019\n')
    pubs = read_data("_data/publications.yml", yml, db).publications
    assert [entry_type(p) for p in pubs] == ["inproceedings", "incollection", "misc"]


def test_a_venue_under_a_key_the_site_names_its_own_way_is_the_venue(db, tmp_path: Path):
    """`conf: "in Proceedings of the ACM SouthEast Conference (SE'17)"` in a React data file, and `ConferenceName`
    beside `ConferenceAbbrv` in another: a key named for a venue ("conf", "conference name", "journal title") holds
    the venue, whether the database knows it or not (it was kept only as an extra field, and the paper had none); the
    full name comes before the short one, which is still kept."""
    page = tmp_path / "all_publications.js"
    page.write_text(
        "export const ALL_PUBLICATIONS = [\n"
        "    {\n        title: \"CDEP: A widget delivery pipeline for teaching\",\n"
        "        authors: \"Brian P. Lind, <b>Ada Roe</b>, Nikolai Okafor\",\n"
        "        conf: \"in Proceedings of the ACM SouthEast Conference (SE'17)\",\n        id: 1\n    },\n]\n",
        encoding="utf-8")
    data = tmp_path / "publications.json"
    data.write_text(json.dumps([{"Title": "Designing an open framework for widget compilation",
                                 "Author": ["Ada Roe", "Jan Lind"], "Date": "2022-09-05",
                                 "ConferenceAbbrv": "WDB 2022",
                                 "ConferenceName": "48th International Conference on Widget Data Bases (WDB 2022)"}]),
                    encoding="utf-8")
    pubs = {p.title: p for p in run([page, data], db, Options(jobs=1)).publications}
    assert {t: p.venue_raw for t, p in pubs.items()} == {
        "CDEP: A widget delivery pipeline for teaching": "in Proceedings of the ACM SouthEast Conference (SE'17)",
        "Designing an open framework for widget compilation":
            "48th International Conference on Widget Data Bases (WDB 2022)"}
    assert pubs["Designing an open framework for widget compilation"].extra.get("ConferenceAbbrv") == "WDB 2022"
    assert pubs["CDEP: A widget delivery pipeline for teaching"].year == 2017


def test_a_reference_in_markdown_gives_its_italic_journal_without_apas_italic_volume(db, tmp_path: Path):
    """A data file's reference kept as Markdown (`reference: "*Revista de Widgets, 49*(5), 52-75."`): the journal is
    the italic span before the citation's numbers, without the volume APA sets in italics with it. Journals the
    database lacks were lost (only `<i>` spans were read)."""
    path = tmp_path / "publications.yml"
    path.write_text('- title: "Widget kinds"\n  authors: Okafor, A.\n  year: 2022\n  reference: |\n'
                    "    *Revista de Widgets Filosóficos, 49*(5), 52-75.\n"
                    '- title: "Widget norms"\n  authors: Okafor, A.\n  year: 2021\n  reference: |\n'
                    "    _Cuadernos de Widgets_, 71(Sup. 8), 192-217.\n"
                    '- title: "Widget rules"\n  authors: Okafor, A.\n  year: 2020\n  reference: |\n'
                    "    Talk given at *the Widget Society*, Lisbon.\n", encoding="utf-8")
    pubs = {p.title: p for p in run([path], db, Options(jobs=1)).publications}
    assert pubs["Widget kinds"].venue_raw == "Revista de Widgets Filosóficos"
    assert pubs["Widget norms"].venue_raw == "Cuadernos de Widgets"
    assert pubs["Widget rules"].venue_raw is None  # an italic phrase with no citation after it is no journal


def test_an_undated_citation_is_read_with_the_venue_its_mapping_gives(db, tmp_path: Path):
    """`{citation: '<b>A. Lee</b>, B. Kim, "Title"', venue: 'ICLR 2026'}`: the citation names the authors and title,
    its mapping the venue and year, as the page shows them side by side. The papers were lost (a citation without a
    year was read as none); the venue key is read, not kept again as another field."""
    path = tmp_path / "publications.yaml"
    path.write_text("- citation: '<b>Ada Lee</b>, Bo Kim, \"Widget agents: a graph of widgets for collaboration\"'\n"
                    "  venue: 'ICLR 2026'\n  links:\n    - text: Paper\n      url: https://arxiv.org/abs/2604.17148\n"
                    "- citation: 'Cy Park*, <b>Ada Lee*</b>, \"Symbolic widgets: routing for heterogeneous "
                    "reasoning\"'\n"
                    "  venue: 'ICML 2025'\n", encoding="utf-8")
    pubs = run([path], db, Options(jobs=1)).publications
    assert [(p.title, p.authors, p.year) for p in pubs] == [
        ("Widget agents: a graph of widgets for collaboration", ["Ada Lee", "Bo Kim"], 2026),
        ("Symbolic widgets: routing for heterogeneous reasoning", ["Cy Park", "Ada Lee"], 2025)]
    assert [p.venue.venue.id for p in pubs if p.venue and p.venue.venue] == ["iclr", "icml"]
    assert all("venue" not in p.extra for p in pubs)


def test_co_authors_named_by_the_sites_own_nicknames_are_read_from_the_citation_beside_them(db, tmp_path: Path):
    """`authors: [Ada, Me, Bo]` (the names the lab's layout links to its people) beside `citation: "Okafor, A., Lee, M.,
    & Kim, B. (2025). Title. Journal."`: the citation's names. The nicknames were taken for the authors ("Me"); a
    citation of another paper leaves the names as the file gives them."""
    path = tmp_path / "papers.yml"
    path.write_text('- title: "Dual-layer widget sources for magnetic data"\n  year: 2025\n  authors: [Ada, Me, Bo]\n'
                    "  citation: |\n    Okafor, A., Lee, M., & Kim, B. (2025). Dual-layer widget sources for magnetic "
                    "data. Geophysical Journal International, 243(3).\n"
                    '- title: "Euler widgets"\n  year: 2024\n  authors: [Me, Bo]\n'
                    "  citation: |\n    Lee, M. (2020). Something else entirely. Geophysics, 85(1).\n",
                    encoding="utf-8")
    pubs = run([path], db, Options(jobs=1)).publications
    assert [p.authors for p in pubs] == [["Okafor, A.", "Lee, M.", "Kim, B."], ["Me", "Bo"]]


def test_one_author_written_surname_first_and_the_book_a_chapter_is_in(db):
    """An Astro site's JSON of papers by year: "authors": "Okafor, Miriam" (one author written surname first, as
    the file's other items write theirs, "Okafor, Miriam; Lund, Petra") was read as two authors "Okafor" and
    "Miriam"; "in": "Handbook of Social Structure" (the book a chapter is in) was passed over for the publisher."""
    from pubnorm.sources.datafile import read_data

    data = ('{"publications": [{"year": 2024, "entries": [\n'
            '  {"authors": "Okafor, Miriam", "title": "Cohorts and generations", "in": "Handbook of Social '
            'Structure", "editors": "Berg, T.", "location": "Wiesbaden", "publisher": "Springer VS", '
            '"type": "chapter"},\n'
            '  {"authors": "Okafor, Miriam; Lund, Petra", "title": "Solidarity claims in public debate", '
            '"journal": "Journal of Civic Studies", "volume": "12", "type": "article"}\n]}]}\n')
    pubs = read_data("src/content/publications.json", data, db).publications
    assert [(p.title, p.authors, p.venue_raw, p.year) for p in pubs] == [
        ("Cohorts and generations", ["Okafor, Miriam"], "Handbook of Social Structure", 2024),
        ("Solidarity claims in public debate", ["Okafor, Miriam", "Lund, Petra"], "Journal of Civic Studies", 2024)]


def test_a_paper_named_only_by_its_identifiers_is_a_record_without_a_title(db):
    """A Zola site's TOML whose newer papers give no title, only a DOI ("cite"), a DBLP key and where they appeared
    (the layout fetches the rest): each was dropped without a word. Each is a record whose title is unknown, labelled
    by its DBLP key, with its DOI and venue (a DBLP key alone names a paper too); a value under a link's key that is
    no address ("pdf = 'widgets-ss24'", a name the layout makes a link of) and a DOI under "cite" are kept, and an
    address in braces under a link's key is the address (all three were lost)."""
    from pubnorm.sources.datafile import read_data

    toml = ('[[publication]]\ncite = "10.1145/3600001.3600002"\ntitle = "Widget Memory for the Cloud"\n'
            'authors = ["Ana Lee", "Bo Chen"]\nwhere = "Proceedings of the ACM Symposium on Widgets"\nyear = 2024\n'
            'pdf = "widgets-ss24"\nurl = "{https://example.org/widgets} }"\n\n'
            '[[publication]]\ncite = "10.1145/3600003.3600004"\ndblp = "conf/eurosys/LeeC23"\n'
            'where = "Proceedings of the Eighteenth European Conference on Computer Systems (EuroSys)"\n'
            'note = "Best Paper Runner-up"\npdf = "gadgets-eurosys23"\n\n'
            '[[publication]]\ndblp = "conf/apsys/LeeC21"\npdf = "gadgets-apsys21"\n')
    pubs = read_data("data/publications.toml", toml, db).publications
    assert [(p.title, p.label, p.ids.get("doi"), p.extra.get("pdf")) for p in pubs] == [
        ("Widget Memory for the Cloud", None, "10.1145/3600001.3600002", "widgets-ss24"),
        (None, "conf/eurosys/LeeC23", "10.1145/3600003.3600004", "gadgets-eurosys23"),
        (None, "conf/apsys/LeeC21", None, "gadgets-apsys21")]
    assert pubs[1].venue is not None and pubs[1].venue.venue is not None and pubs[1].venue.venue.id == "eurosys"
    assert pubs[1].year is None and pubs[1].sources[0].line == 12
    assert "https://example.org/widgets" in pubs[0].urls  # an address in braces under a link's key: its address


def test_a_year_in_the_book_a_chapter_is_in_is_not_the_papers_under_a_years_group(db):
    """A JSON of papers grouped by year: a chapter's `in` names its book, "Music as a Medium of Change since the
    1960s", or its congress, "Proceedings of the 39th Congress, Goettingen 2018": the year in that name was taken for
    the paper's (1960, 2018) before the group's year (2019), which is the paper's."""
    from pubnorm.sources.datafile import read_data

    data = ('{"publications": [{"year": 2019, "entries": [\n'
            '  {"authors": "Okafor, Miriam", "title": "Pop stars of the decade", "in": "Music as a Medium of Change '
            'since the 1960s", "publisher": "VS", "type": "chapter"},\n'
            '  {"authors": "Okafor, Miriam", "title": "Sources of aspirations", '
            '"in": "Proceedings of the 39th Congress, Goettingen 2018", "type": "conference"}\n]}]}\n')
    pubs = read_data("src/content/publications.json", data, db).publications
    assert [(p.title, p.year) for p in pubs] == [("Pop stars of the decade", 2019), ("Sources of aspirations", 2019)]


def test_an_author_list_under_a_key_named_in_the_sites_own_code_is_the_authors(db, tmp_path: Path):
    """`author-list: [Hihat, Garrigos]` (and `authorList`, `author_names`): only `authors`, `author` and the co-author
    keys were read, so every paper of a mathematician's `_data/papers.yml` had no authors and was written @misc."""
    p = tmp_path / "_data" / "papers.yml"
    p.parent.mkdir()
    p.write_text("- date: 2024-02-20\n  title: Tracking the Median of Gradients\n  author-list:\n    - Okafor\n"
                 "    - Lind\n  status: accepted-journal\n  ref: Transactions on Machine Learning Research, 2025.\n"
                 "- date: 2023-05-02\n  title: Square distances are gradient dominated\n  authorList: [Lind, Okafor]\n"
                 "  status: preprint\n  arxiv: '2305.01234'\n"
                 "- date: 2021-01-10\n  title: A dual descent\n  author_names: Ada Okafor and Ben Lind\n"
                 "  status: accepted-journal\n  ref: SIAM Journal on Optimization, Vol. 31, 2021.\n",
                 encoding="utf-8")
    pubs = run([p], db, Options(jobs=1)).publications
    assert sorted((x.title, x.authors) for x in pubs) == [
        ("A dual descent", ["Ada Okafor", "Ben Lind"]),
        ("Square distances are gradient dominated", ["Lind", "Okafor"]),
        ("Tracking the Median of Gradients", ["Okafor", "Lind"])]


QUARTO_LISTING = """\
- title: Unsafe Speeds Around Schools
  date: 2024-11-06
  path: https://proceedings.example.org/2024/unsafe-speeds
  image: img/speeds.png

- title: "Road Safety Indicators in Three Cities"
  date: 2023-11-07
  path: https://proceedings.example.org/2023/indicators
"""


def test_a_quarto_listings_items_in_a_file_named_for_publications_are_papers(db):
    """A Quarto listing's items give a title, a date and a link only; in a file named for a publication list they
    are its papers (none was read: no author, venue or DOI key), in a file of any other name a blog's posts."""
    from pubnorm.sources.datafile import read_data

    pubs = read_data("publicacoes.yml", QUARTO_LISTING, db).publications
    assert [(p.title, p.year, p.sources[0].line) for p in pubs] == [
        ("Unsafe Speeds Around Schools", 2024, 1), ("Road Safety Indicators in Three Cities", 2023, 6)]
    assert pubs[0].extra.get("path") == "https://proceedings.example.org/2024/unsafe-speeds"
    assert read_data("posts.yml", QUARTO_LISTING, db).publications == []
    undated = QUARTO_LISTING.replace("  date: 2024-11-06\n", "").replace("  date: 2023-11-07\n", "")
    assert read_data("publications.yml", undated, db).publications == []


EUROPE_PMC = {"version": "6.9", "hitCount": 2, "resultList": {"result": [
    {"id": "100001", "source": "MED", "pmid": "100001", "doi": "10.1000/xyz.1", "title": "Phenotyping knockout mice.",
     "authorString": "Okafor A, Moreau J, Lee K.",
     "authorList": {"author": [{"fullName": "Okafor A", "firstName": "Ada", "lastName": "Okafor",
                                "authorAffiliationDetailsList": {
                                    "authorAffiliation": [{"affiliation": "Hinxton, UK"}]}}]},
     "journalInfo": {"issue": "9", "volume": "47", "yearOfPublication": 2015,
                     "journal": {"title": "Nature genetics", "isoabbreviation": "Nat Genet"}},
     "pubYear": "2015", "pageInfo": "969-978"},
    {"id": "100002", "source": "MED", "title": "Mutations in a mRNA decay gene.", "authorString": "Lee K, Okafor A.",
     "journalInfo": {"volume": "39", "yearOfPublication": 2007, "journal": {"title": "Nature genetics"}}},
]}}


def test_a_saved_europe_pmc_search_gives_its_papers_authors_year_and_journal(db):
    """A lab site's `_data/publications.json` saved from Europe PMC's REST API: the authors are its author string
    (the structured author list's affiliations were read as names, or nothing), the year `pubYear` or the journal
    issue's (none was read), the journal, volume, issue and pages its journal info's."""
    from pubnorm.sources.datafile import read_data

    pubs = read_data("_data/publications.json", json.dumps(EUROPE_PMC), db).publications
    assert [(p.title, p.authors, p.year, p.venue_raw) for p in pubs] == [
        ("Phenotyping knockout mice", ["Okafor A", "Moreau J", "Lee K"], 2015, "Nature genetics"),
        ("Mutations in a mRNA decay gene", ["Lee K", "Okafor A"], 2007, "Nature genetics")]
    assert (pubs[0].volume, pubs[0].number, pubs[0].pages) == ("47", "9", "969-978")


def test_an_author_string_under_a_sites_own_key_with_compact_initials_and_a_bracketed_ellipsis_is_read(db):
    """`desc: 'Zinn, J.C. [...], Bugnet, L. et al.'` in a React data module: initials written without a space
    ("J.C.") were no name's, and "[...]" no ellipsis, so the value was no author list and the paper had no authors."""
    from pubnorm.sources.datafile import read_script

    js = ("const datam = [\n  {\n    title: 'Age dating of an early Milky Way merger via asteroseismology',\n"
          "    journal: 'Nature Astronomy, 4, 382',\n    date: '2020',\n    desc:\n"
          "      'Chaplin, W.J. [...], Bugnet, L. et al.',\n  },\n];\n")
    [pub] = read_script("minor.js", js, db).publications
    assert pub.authors == ["Chaplin, W.J.", "Bugnet, L."] and pub.year == 2020


def test_a_key_named_with_words_about_the_paper_names_its_field(db, tmp_path: Path):
    """A Gatsby page's front matter keeps its papers as `{year, titlepub, event, bib}` (the title's key glued to
    "pub", a formatted reference under `bib`): no item had a title and all 35 papers were lost. The title is read
    from the key, the authors from the reference when it cites that title."""
    page = tmp_path / "index.md"
    page.write_text("---\ntemplateKey: publications-page\ntimelineEvents:\n  - year: 2021\n"
                    '    titlepub: "Widget choruses in rural schools"\n    event: Journal of Widget Science\n'
                    '    bib: "LIND, A.; MOREAU, J. Widget choruses in rural schools. Journal of Widget Science, v. 3, '
                    'p. 1-9, 2021."\n    prize: false\n---\n', encoding="utf-8")
    (p,) = run([page], db, Options(jobs=1)).publications
    assert (p.title, p.year, p.venue_raw) == ("Widget choruses in rural schools", 2021, "Journal of Widget Science")
    assert p.authors == ["LIND, A.", "MOREAU, J."]


def test_key_synonym_reads_a_fields_name_among_words_about_the_paper():
    from pubnorm.sources.datafile import key_synonym

    assert [key_synonym(k) for k in ("titlepub", "paper_title", "articleTitle", "pubDate", "Año de Publicación",
                                     "publication year", "autores", "journalOrConference")] == \
        ["title", "title", "title", "date", "year", "year", "authors", "venue"]
    # the journal's title, a book's title, the paper alone, two fields: none
    assert [key_synonym(k) for k in ("publicationTitle", "booktitle", "paper", "journal_title", "paperUrl")] == \
        [None, None, None, None, None]
    # the author list under an abbreviation or with a word before it (round 63: a Korean medicine page's JS data keeps
    # every paper's authors under `firstAuth`, 57 papers read with none); not other fields so qualified
    assert [key_synonym(k) for k in ("firstAuth", "allAuthors", "auth", "full_author")] == ["authors"] * 4
    assert [key_synonym(k) for k in ("first_page", "firstName", "full_title")] == [None, None, None]



def test_the_text_of_mappings_listed_under_a_key_that_names_papers_is_their_citation(db, tmp_path: Path):
    """`export const papers = [{id: 1, content: "Title. Journal, Vol 14 (2004): 89-96."}]`: a clinic site's whole
    citations under `content`, a key news items keep their text under, were not read (1 of 21 papers). Under a key
    that names papers they are citations; under `news` they stay news."""
    page = tmp_path / "papersData.js"
    body = ("  {{\n    id: {n},\n    content:\n      \"Widget {w} in renal transplant patients. Journal of Widget "
            "Nephrology, Vol. 1{n} No 2 (April) 200{n}:89-96.\",\n  }},\n")
    items = "".join(body.format(n=n, w=w) for n, w in ((1, "flows"), (2, "choruses"), (3, "lattices")))
    page.write_text("export const papers = [\n" + items + "];\n", encoding="utf-8")
    got = [(p.title, p.year) for p in run([page], db, Options(jobs=1)).publications]
    assert got == [("Widget flows in renal transplant patients", 2001),
                   ("Widget choruses in renal transplant patients", 2002),
                   ("Widget lattices in renal transplant patients", 2003)]
    page.write_text("export const news = [\n" + items + "];\n", encoding="utf-8")
    assert run([page], db, Options(jobs=1)).publications == []


def test_a_list_whose_keys_name_no_field_is_read_by_what_its_values_say(db, tmp_path: Path):
    """`export default [{date: 2024, paper: {name: "Title [pdf]", authors: "A, <strong>B</strong>", org: "The 31st
    ... Symposium (NDSS)", link: ...}}]` (a security researcher's data module, and its Chinese twin): no key named a
    title and none of the 18 papers was read. The authors' key is the one whose values are author lists, the venue's
    one the database names (or, unknown to it, much shorter than the titles), the year's one of years."""
    page = tmp_path / "publications.ts"
    rows = [(2024, "Off-path widget hijacking in wireless networks [pdf]", "Ada Okafor, <strong>Ben Lind</strong>",
             "The 31st Network and Distributed System Security Symposium (NDSS)"),
            (2023, "Defending widget pipelines against gradient leakage [pdf]", "Rui Moreau, Ben Lind",
             "IEEE Transactions on Information Forensics and Security"),
            (2021, "Widget side channels of downgraded counters", "Ben Lind, Ada Okafor, Rui Moreau",
             "ACM Conference on Computer and Communications Security")]
    items = "".join(f'  {{\n    date: {y},\n    paper: {{\n      name: "{t}",\n      authors: "{a}",\n'
                    f'      org: "{o}",\n      link: \'https://example.org/{y}.pdf\',\n    }}\n  }},\n'
                    for y, t, a, o in rows)
    page.write_text("export default [\n" + items + "];\n", encoding="utf-8")
    got = [(p.title, p.authors, p.year, p.venue.venue.id if p.venue and p.venue.venue else None)
           for p in run([page], db, Options(jobs=1)).publications]
    assert got == [("Off-path widget hijacking in wireless networks", ["Ada Okafor", "Ben Lind"], 2024, "ndss"),
                   ("Defending widget pipelines against gradient leakage", ["Rui Moreau", "Ben Lind"], 2023, "tifs"),
                   ("Widget side channels of downgraded counters", ["Ben Lind", "Ada Okafor", "Rui Moreau"], 2021,
                    "ccs")]
    # a list of people, or of projects with neither authors nor a venue, holds no papers
    page.write_text("export default [\n" + "".join(
        f'  {{ name: "{n}", role: "{r}", email: "{e}" }},\n' for n, r, e in (
            ("Ada Okafor", "PhD student working on widgets", "ada@example.org"),
            ("Ben Lind", "Postdoctoral researcher in widget theory", "ben@example.org"),
            ("Rui Moreau", "Master's student on widget networks", "rui@example.org"))) + "];\n", encoding="utf-8")
    assert run([page], db, Options(jobs=1)).publications == []
