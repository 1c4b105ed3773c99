"""sources/vocab.py: the words that say what a piece of a page is (link words, notes on a paper, paper pages)."""

from __future__ import annotations

import pytest

from pubnorm.sources.reader import read_markup
from pubnorm.sources.vocab import LINK_WORD, name_shaped


@pytest.mark.parametrize("text", ["[pdf]", "Code & Model", "HAL Preprint", "Author Copy", "Supplementary Information",
                                  "Data and Code", "Reprint", "Accepted manuscript", "SI", "Supplemental Materials",
                                  "manuscript + supplementary material", "Author's copy", "Link to Paper",
                                  "Link to the CEPR Working Paper", "WP at RIETI", "Working paper at NBER",
                                  "PDF on SSRN", "Read more", "Click here", "Click here to read", "Full text (pdf)",
                                  "Published version (web)", "Presentation (pdf)", "[Gated Link]", "IOP Link",
                                  "Springer Link", "[MSU Link]", "most recent version", "Latest Draft",
                                  "original working paper",
                                  # a version's copy and its year, a series' paper ("CREATES WP 2021" under a
                                  # "Working Papers" dropdown: each was a record)
                                  "CREATES WP 2021", "CEPR DP", "Working Paper (2019)", "arXiv 2021",
                                  # ... and the file's size ("PDF (ca. 410 KB)": each a record on a German page)
                                  "PDF (ca. 410 KB)", "pdf, 2.3 MB", "Slides (1.2MB)",
                                  # ... and in Chinese, Japanese and Korean, with no space before "PDF" or "link"
                                  # (the English paper's copy, the final draft's: each was a record with that label)
                                  "[英語論文PDF]", "最終稿PDF", "論文リンク", "原文链接", "논문 링크"])
def test_what_a_papers_link_says_it_points_to(text: str):
    assert LINK_WORD.match(text)


@pytest.mark.parametrize("text", ["Sparse Widgets for Everyone", "Copy Number Variation in Mice",
                                  "Information Theory of Widgets", "Linking Widgets to Gadgets", "Learning at Scale",
                                  "Data at Scale", "Learning to Read", "Web Mining", "More than Words",
                                  "Reading Comprehension", "Missing Link", "The Weakest Link", "Link Prediction",
                                  "Most Recent Advances", "Original Research", "Current Trends",
                                  "Widget Markets in 2021", "Deep widgets 2021", "論文", "研究成果の公開"])
def test_a_title_is_no_link_word(text: str):
    assert not LINK_WORD.match(text)


def test_an_author_copy_and_its_supplement_are_one_papers_links_not_two_papers(db):
    """Two PDF links on one line ("[Author Copy](a.pdf) [Supplementary Information](b.pdf)") were read as two
    papers named in running text: two records with no title and the paper itself lost."""
    md = ("### 2022\n"
          "Okafor, E., H. Lind, and J. Moreau. Fire and the management of river deltas in southern Africa. "
          "*Quaternary Science Reviews* 289(107600):1-10. [[Journal](https://doi.org/10.1016/j.qsr.2022.1)] "
          "[[Author Copy](https://x.org/files/Okafor2022.pdf)] [[Supplementary Information](https://x.org/files/SI.pdf)]\n")
    pubs = read_markup("p.md", md, db).publications
    assert [(p.title, p.year) for p in pubs] == [("Fire and the management of river deltas in southern Africa", 2022)]


@pytest.mark.parametrize("text, kind", [("Publications and Other Products", True), ("Research Outputs", False),
                                        ("Journal Articles", True), ("Book Chapters and Edited Volumes", True),
                                        ("Other Outputs", True), ("Consumer Products and Brand Loyalty", False),
                                        # a paper's status or audience ("## Works in Progress" over a list, read as
                                        # the first entry's title), in Japanese too
                                        ("Works in Progress", True), ("Selected Unpublished Works", True),
                                        ("Domestic Conference (non peer-reviewed)", True), ("Invited Talks", False),
                                        ("国際会議（査読あり）", True),
                                        ("国内会議・シンポジウム・ワークショップ", True),
                                        ("人工知能学会 第93回言語・音声理解と対話処理研究会", False),
                                        ("Works of Mercy in Early Modern Spain", False),
                                        # the years a section covers, a kind of report ("Before 2020 Publications ●"
                                        # and "White Papers" were records)
                                        ("Before 2020 Publications ●", True), ("Publications since 2019", True),
                                        ("PEER REVIEWED JOURNAL ARTICLES from 1967 - 2002", True),
                                        ("White Papers", True), ("From Papers to Practice", False),
                                        # an economist's "Job Market Paper" over its one paper (read as its title)
                                        ("Job Market Paper", True), ("Job Search and Market Power", False),
                                        # where they appeared ("### Papers appearing in peer-reviewed journals" over
                                        # a numbered list was the first paper's title)
                                        ("Papers appearing in peer-reviewed journals", True),
                                        ("Articles appeared in refereed conferences", True),
                                        ("Appearing in Court", False),
                                        # in the pages' other languages ("# Artículos en Revistas Académicas" over
                                        # a list was read as the first paper's title)
                                        ("Artículos en Revistas Académicas", True), ("Capítulos de Libros", True),
                                        ("Artigos completos publicados em periódicos", True),
                                        ("Articles dans des revues à comité de lecture", True),
                                        ("Articoli su riviste internazionali", True),
                                        ("Begutachtete Aufsätze in Zeitschriften", True),
                                        ("Articles in Academic Journals", True),
                                        ("De la Torre y los Ángeles", False),
                                        ("Die Entwicklung der Zeitschriften", False),
                                        ("Revistas de la Revolución Mexicana", False),
                                        ("Working Papers & Ongoing Projects", True)])
def test_a_heading_naming_a_kind_of_papers(text: str, kind: bool):
    """NSF's "Publications and Other Products" names what the section lists (it was read as a paper's title)."""
    from pubnorm.sources.vocab import KIND_HEADING

    assert bool(KIND_HEADING.fullmatch(text)) is kind


@pytest.mark.parametrize("name, shaped", [
    ("Joana Maria de Souza Lima da Costa", True),  # five names and two particles
    ("Ana van der Berg", True),
    ("Ana Bia Cy Eva Flo Gil", False),  # six capitalised words: a phrase, not a name
    ("Results of the Survey 2021", False),
])
def test_a_name_may_have_five_names_besides_its_particles(name, shaped):
    assert name_shaped(name) is shaped


@pytest.mark.parametrize("href", ["https://ui.adsabs.harvard.edu/abs/2021MNRAS.501.1234O/abstract",
                                  "https://inspirehep.net/literature/1234567",
                                  "https://tc.copernicus.org/articles/15/1/2021/",
                                  "https://www.degruyter.com/document/doi/x/html",
                                  "https://muse.jhu.edu/article/123456", "https://philpapers.org/rec/OKATHO",
                                  "https://escholarship.org/uc/item/8xx1",
                                  "https://journals.sagepub.com/eprint/ABCDEF/full",
                                  "https://www.ingentaconnect.com/content/wk/phh/2021/00000027/00000001/art00001"])
def test_the_indexes_and_repositories_of_whole_fields_are_paper_pages(href: str):
    from pubnorm.sources.entries import is_paper_link

    assert is_paper_link(href)
    assert not is_paper_link("https://www.example.edu/~okafor/")
    assert not is_paper_link("http://hdl.handle.net/1912/7268")  # a repository's handle names data sets as often


def test_a_title_alone_that_links_to_its_paper_s_page_is_a_paper(db):
    """A list of titles, each a link and nothing else: a title that links to a paper's page (astronomy's ADS, a
    university repository's paper) is a paper; one that links to a person's page is not."""
    md = ("- [Tidal heating of icy moons and their subsurface oceans](https://ui.adsabs.harvard.edu/abs/2021x/abstract)\n"
          "- [Crust thickness estimates from libration measurements](https://escholarship.org/uc/item/8xx1)\n"
          "- [Ada Okafor's home page and her many projects](https://www.example.edu/~okafor/)\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [p.title for p in pubs] == ["Tidal heating of icy moons and their subsurface oceans",
                                       "Crust thickness estimates from libration measurements"]


def test_a_cards_read_button_set_as_a_heading_is_no_papers_title(db):
    """A lab page's cards: a cover image, a heading that only says "Click here to read" (linked to the paper), and
    the citation in a paragraph under it. The button's words were read as each paper's title (every paper lost, one
    record "Click here to read" each); the paragraph holds the paper."""
    card = ('<div class="row"><div class="col"><div class="info"><a href="https://doi.org/10.1000/{n}">'
            '<h4 class="clickable">Click here to read</h4></a></div></div>'
            '<div class="desc"><p>{cite}</p></div></div>\n')
    page = ("<html><body><h2>Selected List of Publications</h2>\n"
            + card.format(n=1, cite="Okafor A, Lind B, Moreau C. Spinning threads from soluble proteins. "
                                    "Materials Letters. 2021.")
            + card.format(n=2, cite="Lind B, Okafor A. A road map to stronger artificial fibres. ACS Nano. 2020 "
                                    "Feb 3;14(2):195-205.")
            + "</body></html>")
    pubs = read_markup("p.html", page, db, html=True).publications
    assert [(p.title, p.year) for p in pubs] == [("Spinning threads from soluble proteins", 2021),
                                                 ("A road map to stronger artificial fibres", 2020)]


def test_a_links_words_in_brackets_are_link_words_not_a_paper(db):
    """"<li><a>Full text (pdf)</a></li>" under a paper: what its links hold, in words with a bracket ("Presentation
    (pdf)", "Published version (web)"), were each read as a paper of their own."""
    page = ("<html><body><h2>Publications</h2>\n"
            "<p><strong>A. Okafor</strong>, B. Lind. <em>Elastic scheduling of widgets in clouds</em>. Journal of "
            "Widget Systems, 12(3), 2016.</p>\n<ul><li><a href=\"files/okafor2016.pdf\">Full text (pdf)</a></li>"
            "<li><a href=\"https://doi.org/10.1000/jws.2016\">Published version (web)</a></li>"
            "<li><a href=\"files/okafor2016-slides.pdf\">Presentation (pdf)</a></li></ul>\n"
            "</body></html>")
    pubs = read_markup("p.html", page, db, html=True).publications
    assert [(p.title, p.year) for p in pubs] == [("Elastic scheduling of widgets in clouds", 2016)]


def test_words_of_the_2026_12_04_fourth_round():
    """A link "as PDF" in any words says what it points to; a kind of papers in Chinese or Japanese with a qualifier in
    brackets is a kind heading; a heading naming grants in Japanese or Chinese, panels, lectures (not lecture notes)
    and sponsored projects names no section of papers."""
    from pubnorm.sources.vocab import KIND_HEADING, LINK_WORD, SKIP_LEADING, SKIP_SECTION

    assert LINK_WORD.match("[Inhaltsverzeichnis und Aufsatz als PDF]") and LINK_WORD.match("Download as PDF")
    assert not LINK_WORD.match("Reading a PDF as a document")
    assert KIND_HEADING.fullmatch("学位論文 (博士後期課程)") and KIND_HEADING.fullmatch("期刊论文")
    assert not KIND_HEADING.fullmatch("論文の書き方について考える長い見出しの例です")
    assert SKIP_LEADING.search("共同研究・競争的資金等の研究課題") and SKIP_LEADING.search("国内発表 [査読無し, 和文]")
    assert not SKIP_LEADING.search("学術論文 [査読有り, 欧文]") and not SKIP_LEADING.search("代表性论文及科研项目")
    assert SKIP_SECTION.search("Panels chaired") and SKIP_SECTION.search("Invited Lectures")
    assert SKIP_SECTION.search("Sponsored projects") and not SKIP_SECTION.search("Lecture Notes in Physics")
    assert not SKIP_SECTION.search("Panel Data Models") and not LINK_WORD.match("Table extraction in PDF")


def test_papers_given_and_discussed_at_meetings_in_japanese_name_no_section_of_papers():
    """"学会・研究会 報告" and "学会・研究会 討論" (papers presented and discussed at meetings, a Japanese economist's
    headings over some forty talks): talks, read as papers before. A series of reports ("研究報告") and a heading of
    papers stay read."""
    from pubnorm.sources.vocab import SKIP_LEADING

    assert all(SKIP_LEADING.search(h) for h in ("学会・研究会 報告", "学会・研究会 討論", "学会報告", "研究会報告"))
    papers = ("研究報告", "学会報告論文", "論文 (査読付き・英文)", "その他（紀要・雑誌寄稿）")
    assert not any(SKIP_LEADING.search(h) for h in papers)


def test_fellowships_name_no_section_of_papers():
    """A CV's "# Fellowships" ("2013. Fellow. NEH Symposium.") was read as a section of papers: its lines became
    papers. A fellowship is held, like a grant or an award; "Fellows" (people) are not, and "Scholarship" is, in the
    humanities, the word for the papers themselves (a page at "/scholarship/")."""
    from pubnorm.sources.vocab import SKIP_SECTION

    assert SKIP_SECTION.search("Fellowships") and SKIP_SECTION.search("Grants & Fellowships")
    assert not SKIP_SECTION.search("Scholarship") and not SKIP_SECTION.search("Fellows of the Lab")


def test_a_heading_of_softwares_names_no_section_of_papers():
    """"STATISTICAL SOFTWARES" (a CV's R packages and Shiny apps, four records that were papers) is "Software" as
    non-native English writes it; the word alone was a section of no papers, its plural was not."""
    from pubnorm.sources.vocab import SKIP_SECTION

    assert SKIP_SECTION.search("STATISTICAL SOFTWARES") and SKIP_SECTION.search("Software")
    assert not SKIP_SECTION.search("Software-Defined Networking Papers")


@pytest.mark.parametrize("text", ["extended version", "[Full Version]", "Long version", "camera-ready version",
                                  "Conference version", "preliminary version"])
def test_a_link_to_another_version_of_the_paper_is_a_link_word(text: str):
    assert LINK_WORD.match(text)


def test_a_title_linked_beside_its_extended_versions_link_is_one_paper(db):
    """'<a href="doi">Title</a> [<a href="paper.pdf">paper</a>] [<a href="arxiv">extended version</a>]. Authors.
    <i>Venue</i>': the title's link and the extended version's arXiv link were read as two papers named in running
    text (a record holding only the title, another "extended version" with a year from its arXiv number)."""
    html = ('<html><body><h2>Conference Papers</h2>\n<ul>\n<li><a href="https://doi.org/10.1109/ICDE.2023.00115">'
            '<b>Most Probable Dense Widgets</b></a> [<a href="./papers/mpdw.pdf">paper</a>] [<a href="https://arxiv.org/pdf/'
            '2212.08820.pdf">extended version</a>] [<a href="https://github.com/x/y">code</a>]. <u>Ada Okafor</u>, '
            'Ben Lind, Jan Moreau. <i>International Conference on Data Engineering (<b>ICDE</b>) 2023</i>.</li>\n'
            '</ul></body></html>\n')
    pubs = read_markup("p.html", html, db, html=True).publications
    assert [(p.title, p.year, p.authors) for p in pubs] == [
        ("Most Probable Dense Widgets", 2023, ["Ada Okafor", "Ben Lind", "Jan Moreau"])]


@pytest.mark.parametrize("heading", ["Apresentações orais em eventos", "Presentaciones", "Présentations",
                                     "Presentazioni a convegni", "Präsentationen"])
def test_presentations_in_the_pages_other_languages_are_a_section_of_no_papers(heading: str):
    """The English "Presentations" heading was skipped; in the languages SKIP_LEADING already reads (Portuguese,
    Spanish, French, Italian, German) its word was not, and the talks under it were read as papers."""
    from pubnorm.sources.vocab import SKIP_LEADING

    assert SKIP_LEADING.search(heading)
    assert not SKIP_LEADING.search("Presentación de un modelo de widgets")  # a title's own first word


@pytest.mark.parametrize("heading", ["Bolsas", "Becas", "Stipendien", "Drittmittel", "Förderungen", "Bourses",
                                     "Financements", "Finanziamenti"])
def test_grants_in_the_pages_other_languages_are_a_section_of_no_papers(heading: str):
    """The English "Grants" heading was skipped; a Portuguese page's "Bolsas" (travel grants: "Bolsa de viagem (DAAD),
    Congresso Mundial ..., 2023") was not, and each grant was read as a paper."""
    from pubnorm.sources.vocab import SKIP_LEADING

    assert SKIP_LEADING.search(heading)
    assert not SKIP_LEADING.search("Publicações atuais")


def test_the_outputs_of_research_in_chinese_are_a_kind_of_papers():
    """"**学术成果**" (academic outputs) after "**科研项目**" (research grants) on a Chinese CV: the heading was not
    read as one of papers, the grants' section went on over it and the English papers under it were lost. The
    outputs of teaching ("教学成果") are none."""
    from pubnorm.sources.vocab import KIND_HEADING

    assert all(KIND_HEADING.fullmatch(h) for h in ("学术成果", "研究成果", "主要成果", "科研成果"))
    assert not KIND_HEADING.fullmatch("教学成果") and not KIND_HEADING.fullmatch("教學成果")


def test_a_cvs_sections_of_meetings_attended_and_committees_hold_no_papers():
    """A LaTeX CV's "Professional Development" (summer schools and workshops attended), "Roundtables", "Working
    Groups" and "Department Committees" sections were read as papers: each line a record."""
    from pubnorm.sources.vocab import SKIP_SECTION

    for heading in ("Professional Development", "Roundtables", "Working Groups/Workshops", "Department Committees",
                    "Professional Services", "Academic Services"):  # (a page's service roles were read as papers)
        assert SKIP_SECTION.search(heading), heading
    assert not SKIP_SECTION.search("Conference Papers") and not SKIP_SECTION.search("Working Papers")


@pytest.mark.parametrize(("text", "is_cv"), [
    ("Download my resume (English).", True), ("Özgeçmişimi indirin (Türkçe).", True), ("CV (March 2024)", True),
    ("CV (PDF) »", True), ("Jo Lee's Curriculum Vitae", True),
    ("A CV of Widgets (2020)", False), ("Resume of a widget (pdf)", False),
    # an American "Vita", and a CV said to be the latest (each a record on a dev page)
    ("Download Vita", True), ("Curriculum Vita (PDF)", True), ("current CV", True), ("Vitamin D and widgets", False),
    ("La dolce vita", False),
])
def test_a_cv_link_may_name_its_language_or_date_in_brackets(text, is_cv):
    """"Download my resume (English).", its Turkish twin beside it: links to the owner's CV, read as two papers of
    the page (a bracketed language or date after the CV's name was no part of the pattern)."""
    from pubnorm.sources.vocab import CV_LINK

    assert bool(CV_LINK.search(text)) is is_cv


def test_a_chinese_heading_over_service_reviewing_or_projects_holds_no_papers():
    """"#### 学术项目" (projects led or joined) and "##### 期刊审稿人" (journals reviewed for) on a Chinese page: their
    lists of project titles and journal names were read as papers."""
    from pubnorm.sources.vocab import SKIP_LEADING

    for head in ("学术项目", "项目主持", "项目参与", "服务", "期刊审稿人", "编委"):
        assert SKIP_LEADING.search(head), head
    assert not SKIP_LEADING.search("期刊论文") and not SKIP_LEADING.search("会议论文 (☨ = 口头报告)")
    # ... but a heading of papers that opens with such a word is one of papers ("服务计算论文": services computing)
    assert not SKIP_LEADING.search("服务计算论文") and not SKIP_LEADING.search("项目论文")


def test_international_conference_presentations_are_papers_domestic_ones_talks():
    """"国際学会発表", "国際会議発表 (査読あり)": the papers of international conferences, as Japanese lab pages and
    templates list them (the whole section was skipped as talks); "国内学会発表" and "学会発表" stay talks."""
    from pubnorm.sources.vocab import SKIP_LEADING

    assert not SKIP_LEADING.search("国際学会発表") and not SKIP_LEADING.search("国際会議発表 (査読あり)")
    assert SKIP_LEADING.search("国内学会発表") and SKIP_LEADING.search("学会発表")


def test_a_link_to_a_papers_published_version_in_other_languages_is_a_link_word():
    """"(veröffentlichte Fassung)" after a German page's citation (a DOI link) was read as a second title, and the
    entry as two records."""
    from pubnorm.sources.vocab import LINK_WORD

    assert all(LINK_WORD.match(w) for w in ("veröffentlichte Fassung", "(Volltext)", "version publiée",
                                            "versión publicada", "versão publicada", "versione pubblicata"))
    assert not LINK_WORD.match("Die veröffentlichte Meinung in Europa")


def test_internships_misspelt_name_no_section_of_papers():
    """"# 💻 Interships" over a student's internships (lab, city; dates, role): its entries were read as papers, the
    misspelling's singular having been listed only."""
    from pubnorm.sources.vocab import SKIP_SECTION

    assert SKIP_SECTION.search("💻 Interships") and SKIP_SECTION.search("Intership")
    assert SKIP_SECTION.search("Internships") and not SKIP_SECTION.search("Interspeech Papers")



def test_a_heading_of_the_owners_students_work_names_no_section_of_papers():
    """"## Student Work" (a linguist's Quarto page: three honours theses the owner advised, read as three of the
    owner's papers): the students' theses are theirs. A student's own papers ("Student Papers") may be the owner's."""
    from pubnorm.sources.vocab import SKIP_SECTION

    assert SKIP_SECTION.search("Student Work") and SKIP_SECTION.search("Students' Theses")
    assert not SKIP_SECTION.search("Student Papers")


def test_a_cvs_experience_education_service_skills_and_outreach_in_other_languages_hold_no_papers():
    """A Spanish astronomer's CV: "## EXPERIENCIA LABORAL", "## EDUCACIÓN", "## SERVICIOS DE RÉFERI", "##
    HABILIDADES COMPUTACIONALES", "## DIVULGACIÓN" were read for papers (eight records of posts, theses and outreach
    talks). The words English headings skip, in the languages of the pages, as the heading's first word."""
    from pubnorm.sources.vocab import SKIP_LEADING

    for heading in ("EXPERIENCIA LABORAL", "EDUCACIÓN", "SERVICIOS DE RÉFERI", "HABILIDADES COMPUTACIONALES",
                    "DIVULGACIÓN", "Experiência profissional", "Expérience", "Berufserfahrung", "Compétences"):
        assert SKIP_LEADING.search(heading), heading
    # (education as the heading's one word: "Educación matemática y equidad" is a field's papers)
    for heading in ("PUBLICACIONES", "Artículos en revistas", "Publicações", "Veröffentlichungen",
                    "Educación matemática y equidad", "Servicios ecosistémicos"):
        assert not SKIP_LEADING.search(heading), heading
