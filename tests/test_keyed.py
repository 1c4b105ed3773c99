"""sources/keyed.py: papers kept as keyed records inside a page's text."""

from __future__ import annotations

from pathlib import Path

from pubnorm.pipeline import Options, run
from pubnorm.sources.keyed import keyed_records

R_PAGE = '''---
title: "Publications"
---

## Articles

```{r, results='asis', echo=FALSE}
cat(article_html <- generate_article_html(
  title = "Tidal heating of icy moons with thin crusts",
  authors = c("A. Okafor", "J. Moreau", "S. Lind"),
  journal = "Icarus",
  volume = 8,
  year = 2025,
  doi = "https://doi.org/10.1000/icarus.1"
))

cat(article_html <- generate_article_html(
  title = "Ligand exchange rates in cobalt clusters",
  authors = c("J. Moreau", "A. Okafor"),
  journal = "Journal of the American Chemical Society",
  year = 2024
))
```

<!--
cat(generate_article_html(title = "A withdrawn preprint", authors = c("A. Okafor"), year = 2023))
-->
'''

PASTED = '''---
title: "Tidal heating of icy moons"
collection: publications
venue: 'Icarus'
date: 2025-12-31
citation: 'Okafor, A., Moreau, J. (2025). Tidal heating of icy moons. Icarus.'
---


---
title: "Ligand exchange rates in cobalt clusters"
collection: publications
venue: 'Journal of the American Chemical Society'
date: 2024-06-01
citation: 'Moreau, J., Okafor, A. (2024). Ligand exchange rates in cobalt clusters. JACS.'
---
'''


def test_an_r_chunk_calling_a_function_per_paper_gives_its_papers(db, tmp_path: Path):
    (tmp_path / "publications.Rmd").write_text(R_PAGE, encoding="utf-8")
    result = run([tmp_path / "publications.Rmd"], db, Options(jobs=1))
    pubs = {p.title: p for p in result.publications}
    assert sorted(pubs) == ["Ligand exchange rates in cobalt clusters", "Tidal heating of icy moons with thin crusts"]
    moons = pubs["Tidal heating of icy moons with thin crusts"]
    assert moons.authors == ["A. Okafor", "J. Moreau", "S. Lind"] and moons.year == 2025
    assert moons.venue_raw == "Icarus" and moons.ids.get("doi") == "10.1000/icarus.1"
    assert moons.sources[0].line == 9  # the line of its title


def test_front_matter_documents_pasted_one_after_another_are_each_a_paper(db, tmp_path: Path):
    (tmp_path / "publications.md").write_text(PASTED, encoding="utf-8")
    result = run([tmp_path / "publications.md"], db, Options(jobs=1))
    pubs = {p.title: p for p in result.publications}
    assert sorted(pubs) == ["Ligand exchange rates in cobalt clusters", "Tidal heating of icy moons"]
    assert pubs["Ligand exchange rates in cobalt clusters"].year == 2024


def test_a_title_setting_or_a_lone_record_is_no_paper():
    assert keyed_records("title: My Site\ndescription: a blog\n") == []  # no key a citation has
    one = keyed_records('title: "Tidal heating"\nyear: 2025\n\ntitle: Blog\ntheme: minima\n')
    assert [r["title"] for r in one] == ["Tidal heating"]
    far = keyed_records('title: "Tidal heating"\n' + "x\n" * 20 + "year: 2025\n")
    assert far == []  # a year twenty lines on is not this record's


RST_PAGE = """Publications
============

2016
----

.. publication::
  :title: Tidal heating of icy moons with thin crusts
  :author: Ada Okafor and Jan Moreau and Sara Lind
  :venue: Proceedings of the Association for Computational Linguistics
  :year: 2016
  :paperLink: ../pubs/tidal.pdf

.. publication::
  :title: Ligand exchange rates in cobalt clusters
  :author: Jan Moreau, and Ada Okafor
  :venue: Learning at Scale
  :year: 2015

.. note::
  :class: small

  Slides on request.
"""


def test_a_restructuredtext_directive_per_paper_with_its_fields_as_options_gives_its_papers(db, tmp_path: Path):
    """A Pelican site's `.. publication::` directive, drawn by the site's own plugin from its `:title:`, `:author:`,
    `:venue:`, `:year:` options (the page gave nothing: a directive's options are not its text)."""
    (tmp_path / "publications.rst").write_text(RST_PAGE, encoding="utf-8")
    result = run([tmp_path / "publications.rst"], db, Options(jobs=1))
    pubs = {p.title: p for p in result.publications}
    assert sorted(pubs) == ["Ligand exchange rates in cobalt clusters", "Tidal heating of icy moons with thin crusts"]
    moons = pubs["Tidal heating of icy moons with thin crusts"]
    assert moons.authors == ["Ada Okafor", "Jan Moreau", "Sara Lind"] and moons.year == 2016
    assert moons.venue is not None and moons.venue.venue is not None and moons.venue.venue.id == "acl"
    assert moons.sources[0].line == 8
    assert pubs["Ligand exchange rates in cobalt clusters"].authors == ["Jan Moreau", "Ada Okafor"]


REFERENCE_PAGE = """Publications
============

.. reference::
   :author: <strong>A. Okafor</strong>, J. Moreau, S. Lind, E.
       L. Lash, N. H. Roozeboom
   :year: 2025
   :title: Steady Surface Pressure Measurement via the Lifetime Method with
       High-Speed Cameras in the Unitary Plan Wind Tunnel
   :proc: AIAA SciTech Forum
   :address: Orlando, FL

.. reference::
   :author: J. Moreau and <strong>A. Okafor</strong>
   :year: 2014
   :title: Use of an Ear-Mounted Interface in the
       Home: A Pediatric Case Study
   :proc: Annual Meeting of the Society for Neuroscience (SfN)
"""


def test_a_directive_s_options_may_go_on_over_deeper_lines_and_come_before_its_title(db, tmp_path: Path):
    """A Pelican site's `.. reference::` with `:author:` and `:year:` before `:title:`, values hard-wrapped onto deeper
    lines and the venue as `:proc:`: each paper whole, once (its wrapped lines were read as the page's text, and the
    keys before the title were lost)."""
    (tmp_path / "home.rst").write_text(REFERENCE_PAGE, encoding="utf-8")
    result = run([tmp_path / "home.rst"], db, Options(jobs=1))
    got = sorted((p.title, tuple(p.authors), p.year, p.venue.parse.raw if p.venue else None)
                 for p in result.publications)
    assert got == [
        ("Steady Surface Pressure Measurement via the Lifetime Method with High-Speed Cameras in the Unitary Plan Wind "
         "Tunnel", ("A. Okafor", "J. Moreau", "S. Lind", "E. L. Lash", "N. H. Roozeboom"), 2025, "AIAA SciTech Forum"),
        ("Use of an Ear-Mounted Interface in the Home: A Pediatric Case Study", ("J. Moreau", "A. Okafor"), 2014,
         "Annual Meeting of the Society for Neuroscience (SfN)")]


def test_authors_given_only_in_academicpages_citation_are_read_from_it(db, tmp_path: Path):
    """academicpages' `_publications` documents name their authors only in `citation:` (the template has no
    `authors:`): the reference is read by the entry labeller and its authors kept when its title is the paper's.
    A reference whose title is another's gives no authors; a venue key ("Global Ecology and Conservation", two
    words that read like names around "and") is never the author list."""
    page = PASTED + '''

---
title: "Snake spread under three land uses"
collection: publications
venue: 'Global Ecology and Conservation'
date: 2021-01-01
citation: 'Lind, S. (2019). A quite different paper about something else. Oikos.'
---
'''
    (tmp_path / "publications.md").write_text(page, encoding="utf-8")
    pubs = {p.title: p for p in run([tmp_path / "publications.md"], db, Options(jobs=1)).publications}
    assert [n.split(",")[0] for n in pubs["Tidal heating of icy moons"].authors] == ["Okafor", "Moreau"]
    assert [n.split(",")[0] for n in pubs["Ligand exchange rates in cobalt clusters"].authors] == ["Moreau", "Okafor"]
    snakes = pubs["Snake spread under three land uses"]
    assert snakes.authors == [] and snakes.venue_raw == "Global Ecology and Conservation"
    # one document alone is a collection item, read the same way
    (tmp_path / "_publications").mkdir()
    one = tmp_path / "_publications" / "2025-moons.md"
    one.write_text(PASTED.split("\n\n\n")[0] + "\nAbstract.\n", encoding="utf-8")
    (item,) = run([one], db, Options(jobs=1)).publications
    assert item.title == "Tidal heating of icy moons"
    assert [n.split(",")[0] for n in item.authors] == ["Okafor", "Moreau"]


def test_keys_named_in_the_pages_language_are_read(db, tmp_path: Path):
    """A Quarto page in Spanish keeps its papers as R lists (`titulo = "..."`, `autores = "..."`, `anio = "2024"`,
    `revista = "..."`): the keys were English only, and none of its papers was read."""
    page = ('---\ntitle: "Publicaciones"\n---\n\n## Artículos\n\n```{r}\n#| echo: false\narticulos <- list(\n'
            + "".join(f'  list(\n    autores = "Okafor, A., & Moreau, J.",\n    anio    = "202{n}",\n'
                      f'    titulo  = "Narrativas morales sobre la vivienda, parte {n}",\n'
                      f'    revista = "Journal of Language and Politics",\n'
                      f'    link    = "https://doi.org/10.1000/jlp.{n}"\n  ),\n' for n in range(3))
            + ')\n```\n')
    records = keyed_records(page)
    assert [(r["title"], r["year"], r["journal"]) for r in records] == [
        (f"Narrativas morales sobre la vivienda, parte {n}", f"202{n}", "Journal of Language and Politics")
        for n in range(3)]
    (tmp_path / "publicaciones.qmd").write_text(page, encoding="utf-8")
    result = run([tmp_path / "publicaciones.qmd"], db, Options(jobs=1))
    pubs = [p for prof in result.profiles for p in prof.publications]
    got = {(p.title, p.year) for p in pubs if p.title and "vivienda" in p.title}
    assert got == {(f"Narrativas morales sobre la vivienda, parte {n}", 2020 + n) for n in range(3)}
    assert any(p.authors == ["Okafor, A.", "Moreau, J."] and p.venue_raw == "Journal of Language and Politics"
               for p in pubs)


def test_bibtex_shown_on_a_page_gives_its_values_without_bibtexs_braces():
    """A page that shows each paper's BibTeX in a hidden `<pre>` (`title = {A Cycle-Based Formulation for {Widget}
    Geometry},`): the values were read with BibTeX's braces ("{A Cycle-Based ...}"), and the record's title, merged
    with the page's citation, kept them."""
    page = ("\n<pre>\n@inproceedings{LIL+21,\n\tauthor = {Ada Lee and Bo Kim},\n"
            "\ttitle = {A Cycle-Based Formulation for {Widget} Geometry},\n\tyear = {2021},\n"
            "\tbooktitle = {Proceedings of {CTW}},\n}\n</pre>\n\n<pre>\n@misc{IMC+25,\n"
            "      title={Linear Convergence of M\\\"{u}ller's Widgets},\n      author={Ada Lee and Cy Park},\n"
            "      year={2025},\n}\n</pre>\n")
    records = keyed_records(page)
    assert [(r["title"], r["author"], r["year"]) for r in records] == [
        ("A Cycle-Based Formulation for Widget Geometry", "Ada Lee and Bo Kim", "2021"),
        ("Linear Convergence of Müller's Widgets", "Ada Lee and Cy Park", "2025")]
    assert records[0]["booktitle"] == "Proceedings of CTW"
