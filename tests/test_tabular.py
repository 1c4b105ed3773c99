"""The CSV and RIS reader (sources/tabular.py): the columns of reference-manager exports and of site templates."""

from __future__ import annotations

from pathlib import Path

from pubnorm.sources.tabular import read_csv


def _read(tmp_path: Path, db, name: str, text: str):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_csv(str(path), text, db).publications


def test_academicpages_generator_columns_give_year_link_and_authors(db, tmp_path):
    """academicpages ships markdown_generator/publications.csv|tsv (pub_date, title, venue, excerpt, citation,
    url_slug, paper_url): its year is the publication date's, its link the paper's URL, and its authors are those of
    the citation (the file has no author column). The year and authors were lost (none of the names is BibTeX's)."""
    rows = _read(tmp_path, db, "publications.csv",
                 "pub_date,title,venue,excerpt,citation,url_slug,paper_url\n"
                 '2019-10-01,Widget flows in sparse lattices,Journal of Widget Science,,'
                 '"Okafor, A., Lindqvist, B. (2019). Widget flows in sparse lattices. '
                 '<i>Journal of Widget Science</i>. 1(2).",widget-flows,https://example.org/widgets.pdf\n'
                 "2006,A grammar of surprise,Peter Lang,234 pages,,,\n")
    one, two = rows
    assert (one.title, one.year) == ("Widget flows in sparse lattices", 2019)
    assert one.venue_raw == "Journal of Widget Science"
    assert one.authors == ["Okafor, A.", "Lindqvist, B."]
    assert "https://example.org/widgets.pdf" in one.urls
    assert (two.title, two.year, two.authors) == ("A grammar of surprise", 2006, [])  # no citation: no authors


def test_a_citation_of_another_paper_gives_no_authors(db, tmp_path):
    """The citation's authors are taken only when it cites the row's own title."""
    (pub,) = _read(tmp_path, db, "publications.tsv",
                   "pub_date\ttitle\tvenue\tcitation\n"
                   "2020-01-01\tPaper Title Number 1\tJournal 1\t"
                   "Your Name, You. (2020). A different paper altogether. <i>Journal 1</i>. 1(1).\n")
    assert pub.year == 2020 and pub.authors == []


def test_what_a_template_column_says_beyond_its_field_is_kept(db, tmp_path):
    """The citation (read for its authors) and a whole publication date (read for its year) come out again as the
    file has them."""
    (pub,) = _read(tmp_path, db, "publications.csv",
                   "pub_date,title,venue,citation\n"
                   '2019-10-01,Widget flows,Journal of Widget Science,"Okafor, A. (2019). Widget flows. '
                   '<i>Journal of Widget Science</i>."\n')
    assert pub.year == 2019
    assert pub.extra == {"citation": "Okafor, A. (2019). Widget flows. <i>Journal of Widget Science</i>.",
                         "pub_date": "2019-10-01"}


def test_a_column_named_with_words_about_the_publication_names_its_field(db, tmp_path):
    """"Año de Publicación" (a Spanish lab's CSV), "Publication_Year", "Título del artículo": a field's name with words
    about the paper or its publication around it; the years of every row were lost. Zotero's "Publication Title" is
    the journal, not the paper's title."""
    (pub,) = _read(tmp_path, db, "publicaciones.csv",
                   "Año de Publicación,Autores,Título del artículo,Enlace\n"
                   '2024,"Ana Lind, Jan Moreau",Widget choruses at dawn,https://example.org/w\n')
    assert (pub.year, pub.title, pub.authors) == (2024, "Widget choruses at dawn", ["Ana Lind", "Jan Moreau"])
    (pub,) = _read(tmp_path, db, "export.csv", "Title,Publication Title,Author\nWidget flows,Journal of Widget Science,"
                   '"Okafor, A."\n')
    assert pub.title == "Widget flows"


def test_an_ampersand_joins_the_last_author_and_two_full_names_are_two(db, tmp_path):
    """A lab's CSV: "A B, C D & E F" lost its last name into the one before ('martinez' for Martínez-Arias & Isaza),
    "Acevedo-Charry, O. & N. Gardner." its second author; "Ana Lind, Jan Moreau" became one name."""
    rows = _read(tmp_path, db, "publicaciones.csv",
                 "Año,Autores,Título\n"
                 '2025,"Maria J. Lind, Víctor M. Martínez-Arias & Claudia Moreau",Widget choruses at dawn\n'
                 '2024,"Acevedo-Charry, O. & N. Gardner.",Four more widgets\n'
                 '2023,"Ana Lind, Jan Moreau",Widgets in the wild\n'
                 '2022,"Lind, Ana",Widgets alone\n')
    assert [p.authors for p in rows] == [["Maria J. Lind", "Víctor M. Martínez-Arias", "Claudia Moreau"],
                                         ["O. Acevedo-Charry", "N. Gardner."], ["Ana Lind", "Jan Moreau"], ["Ana Lind"]]


def test_a_csv_with_semicolons_between_its_fields_is_read(db):
    """A hand-made page's CSV written as Excel writes it where a comma is the decimal mark: "title;label;authors;..."
    was one column named by the whole header line, and no paper was read (E140). A header line with more semicolons
    than commas parts its fields at semicolons; one with commas stays as it was."""
    text = ("title;label;authors;details\n"
            "Grassroots reform of the widget language;Article;Ada Okafor, Ben Lind;Published in PNAS Nexus.\n"
            "Short widgets refer to more meanings;Article;Ada Okafor;Published in Cognition.\n")
    prof = read_csv("pubs.csv", text, db)
    assert [(p.title, p.authors) for p in prof.publications] == [
        ("Grassroots reform of the widget language", ["Ada Okafor", "Ben Lind"]),
        ("Short widgets refer to more meanings", ["Ada Okafor"])]
    assert not prof.diagnostics
    commas = read_csv("pubs.csv", "title,authors,year\n\"Widgets; a survey\",Ada Okafor,2024\n", db)
    assert [(p.title, p.year) for p in commas.publications] == [("Widgets; a survey", 2024)]


def test_a_csv_with_chinese_column_names_is_read(db):
    """A group's CSV whose columns are named in Chinese (年份, 语言, 题名, 完整作者, 期刊, 卷, 期, DOI): no title or
    author column was found (E140) and none of its 26 papers was read."""
    text = ("年份,语言,题名,完整作者,期刊,卷,期,页码或文章号,DOI\n"
            "2026,en,\"Seasonal widget characteristics in central China\",Ada Okafor; Ben Lind,"
            "Atmospheric Environment,12,3,101234,10.1016/j.atmosenv.2026.101234\n")
    [pub] = read_csv("publications.csv", text, db).publications
    assert (pub.title, pub.authors, pub.year, pub.venue.venue.id if pub.venue and pub.venue.venue else None) == (
        "Seasonal widget characteristics in central China", ["Ada Okafor", "Ben Lind"], 2026,
        "j-atmospheric-environment")
