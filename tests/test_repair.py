"""Repairs of the labeller's reading from the page's structure (sources/repair/): each test is a page shape
the shipped model misreads, read right (fixtures written by us)."""

from __future__ import annotations

import re

import pytest

from pubnorm.sources.labeller import MODEL_PATH
from pubnorm.sources.reader import read_markup, read_profile

needs_model = pytest.mark.skipif(not MODEL_PATH.exists(), reason=f"no labeller model at {MODEL_PATH}")


@needs_model
def test_a_venue_written_as_its_doi_links_text_is_the_venue(db):
    """Physics pages link the venue line to the DOI: "<a href=doi>Phys. Rev. E <b>98</b>, 062610 (2018)</a>". The
    link's text opens with a venue the database knows, then only its volume, pages and year: it is the venue, and
    its year is the one in brackets (the volume "98" was read as the year 1998)."""
    html = ('<html><body><h2>Publications</h2><p>\n<a href="papers/x.pdf"><b>Noise without memory in active '
            'matter</b></a>\n<br> E. Okafor, H. Lind, and J. Moreau\n<br> <a href="http://dx.doi.org/10.1103/PhysRevE.'
            '98.062610">Phys. Rev. E <b>98</b>, 062610 (2018)</a>\n</p></body></html>\n')
    pubs = read_markup("p.html", html, db, html=True, extractor="crf").publications
    assert [(p.title, p.venue_raw, p.year) for p in pubs] == [
        ("Noise without memory in active matter", "Phys. Rev. E", 2018)]


@needs_model
def test_where_a_paper_was_presented_is_its_venue_not_a_title(db):
    """"**Presented at the 24th CILC**, 2009." and "**Proceedings of the 6th Workshop on ...**" in bold under an
    italic title and its authors: words saying where a paper appeared open a venue, never a title (the bold line
    was read as the title of a second paper, and the real title was lost)."""
    md = ("## Workshops\n\n"
          "- *Permissive nominal terms and their unification.*\nGilles Dowek and Dana P. Kerr.\n"
          "**Presented at the 24th Convegno Italiano di Logica Computazionale (CILC)**, 2009.\n[PDF](./a.pdf)\n"
          "- *Interleaving anomalies in collaborative text editors.*\nRafael Ito and Dana P. Kerr.\n"
          "**Proceedings of the 6th Workshop on the Principles and Practice of Consistency for Distributed Data**, "
          "2019.\n[PDF](./b.pdf)\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.year) for p in pubs] == [("Permissive nominal terms and their unification", 2009),
                                                 ("Interleaving anomalies in collaborative text editors", 2019)]
    assert pubs[0].venue_raw and pubs[0].venue_raw.startswith("Presented at the 24th Convegno")


@needs_model
def test_a_linked_venue_tag_on_a_line_of_its_own_is_the_venue_and_linked_co_authors_are_authors(db):
    """"- [IEEE EuroS&P'24](eprint)\\" over "**Title**\\" over "with A, _[B](site)_": a link that is a line of its own
    above the title, whose text is a venue the database knows and its year, is the venue tag (the labeller ran it
    into the title: "IEEE EuroS&P'24 SACfe: ..."); co-authors after "with" whose names link to their own pages in
    another style (italic) are authors still (they were read as the venue, and the entry had no authors)."""
    md = ("### Conference Papers\n\n"
          "- [IEEE EuroS&P'24](https://eprint.iacr.org/2024/1031)\\\n"
          "  **Access control in functional encryption with unbounded widgets**\\\n"
          "  with Uma Dowa, Sam Dutta, _[Kai Mitro](https://example.org/~kai)_\n\n"
          "- [PKC'23](https://eprint.iacr.org/2023/565)\\\n"
          "  **Decentralized multi-authority inner-product widgets**\\\n"
          "  with _[Pat Datta](https://example.org/pat)_ and _[Sho Yama](https://example.org/sho)_\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.year, p.venue.venue.id if p.venue and p.venue.venue else None, p.authors) for p in pubs] == [
        ("Access control in functional encryption with unbounded widgets", 2024, "euros-p",
         ["Uma Dowa", "Sam Dutta", "Kai Mitro"]),
        ("Decentralized multi-authority inner-product widgets", 2023, "pkc", ["Pat Datta", "Sho Yama"])]


@needs_model
def test_a_venue_and_year_after_the_titles_last_spaced_dash_are_the_venue(db):
    """"| [Title - i3D 2013](url) | Shaders |" (a graphics researcher's README table): the words after the title's
    last spaced dash, a venue the database knows or acronyms the database does not know and a year, are the venue
    and year (they were read as the title's end, and rows whose venue was unknown were no paper at all); a title's
    own dash stays."""
    md = ("| **Paper** | Data |\n| --- | --- |\n"
          "| [Multi-view widget occlusion with importance sampling - i3D 2013](https://example.org/a) | Shaders |\n"
          "| [Real-time widget caching using chrominance compression - WGTJ 2014](https://example.org/b) | Demo |\n"
          "| [Widgetground - an online educational tool for widgets - i3D 2015](https://example.org/d) | Site |\n")
    pubs = read_markup("README.md", "# Publications\n\n" + md, db, extractor="crf").publications
    assert [(p.title, p.year, p.venue_raw) for p in pubs] == [
        ("Multi-view widget occlusion with importance sampling", 2013, "i3D"),
        ("Real-time widget caching using chrominance compression", 2014, "WGTJ"),
        ("Widgetground - an online educational tool for widgets", 2015, "i3D")]


@needs_model
def test_a_table_is_read_as_its_column_names_say(db):
    """"| Title | Journal | File |": the page names what each column holds, so the journal's cell is the venue (the
    labeller read it as the end of the title); a link word in a cell stays a link word."""
    md = ("| Title | Journal | File |\n|---|---|:---:|\n"
          "| Metabolomics signatures of infection during an altitude camp in rowers | "
          "[Metabolites](https://www.mdpi.com/journal/metabolites) | [link](./a.pdf) |\n"
          "| Machine learning in the physiology of endurance athletes: a mini-review | Frontiers in Sports and Active "
          "Living | [link](./b.pdf) |\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.venue_raw) for p in pubs] == [
        ("Metabolomics signatures of infection during an altitude camp in rowers", "Metabolites"),
        ("Machine learning in the physiology of endurance athletes: a mini-review",
         "Frontiers in Sports and Active Living")]


@needs_model
def test_a_venue_tag_that_opens_the_line_is_the_venue_and_the_paper_starts_at_it(db):
    """"- **[VLDB 24] Title**" and "- [SenSys'26] Authors. **Title**.": a bracket opening the line with a venue the
    database knows (and a year, a track word) is the paper's venue; "[preprint]" says how far it got. The labeller
    read the tag as an entry of its own, or ran it into the title ("24] Oasis: ...") or the first author."""
    md = ("## Publications\n\n"
          "- **[preprint] Sparse adapters for cheap fine-tuning**\\\n  **Ana Ruiz**, Bo Tan\\\n  [[Paper](https://arxiv.org/abs/2502.01111)]\n\n"
          "- **[VLDB 24] Segmented learned filters for range queries**\\\n  **Ana Ruiz**, Kai Wu, Li Ma\\\n"
          "  [[Paper](https://example.org/p.pdf), [Code](https://example.org/code)]\n\n"
          "- [MobiSys'25 Demo] Kai Wu, **Ana Ruiz**, Li Ma. **Demo: Liquid sensing with radio imaging**. "
          "[[Demo]](https://example.org/demo.pdf)\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.year, p.venue.venue.id if p.venue and p.venue.venue else None, p.authors[0]) for p in pubs] == [
        ("Sparse adapters for cheap fine-tuning", 2025, "arxiv", "Ana Ruiz"),  # its arXiv link says so
        ("Segmented learned filters for range queries", 2024, "vldb", "Ana Ruiz"),
        ("Demo: Liquid sensing with radio imaging", 2025, "mobisys", "Kai Wu")]
    assert pubs[0].status == "preprint"
    # an acronym the database does not know, with its year, as a link to the venue's site inside the brackets
    html = ('<ul><li><div class="pub-content">\n[<a href="https://www.example.org/wxst">WXST 2026</a>]\n'
            '<b>Safe lane-keeping widgets with control barrier functions</b><br/>\n<i>Ana Ruiz</i>, \n<i>Kai Wu</i>, '
            '\n<i><b>Li Ma</b></i>\n</div></li>\n<li><div class="pub-content">\n[<a href="https://wdcc.org">WDCC 2024'
            '</a>]\n<b>Safe tracking control through uncertain widget networks</b><br/>\n<i>Li Ma</i>, \n<i>Ana Ruiz'
            '</i>\n</div></li></ul>\n')
    pubs = read_markup("p.html", "<h2>Publications</h2>" + html, db, html=True, extractor="crf").publications
    assert [(p.title, p.venue_raw, p.year) for p in pubs] == [
        ("Safe lane-keeping widgets with control barrier functions", "WXST 2026", 2026),
        ("Safe tracking control through uncertain widget networks", "WDCC 2024", 2024)]
    # ... but not when the entry names a venue the database knows: that is the venue
    html = ("<h2>Publications</h2><ul>\n<li><b>[COMNET'14]</b> Ada Okafor, John C.S. Lind, and Kai Wu. WTF: Efficient "
            "followee selection for cascading widget detection. <i>Computer Networks, Special Issue on Online Social "
            "Networks</i>, 2014.</li>\n<li><b>[WSDM'13]</b> Ada Okafor and Kai Wu. Sampling widget graphs. In "
            "<i>WSDM</i>, 2013.</li>\n</ul>\n")
    pubs = read_markup("p.html", html, db, html=True, extractor="crf").publications
    assert pubs[0].venue_raw is not None and pubs[0].venue_raw.startswith("Computer Networks")


@needs_model
def test_a_books_number_is_no_part_of_a_title_or_a_second_one(db):
    """"Title of the chapter, ISBN 978-3-031-12345-6. In: Book." and "Title, Parma 2022 (ISBN ...)": the labeller ran
    the ISBN into the title before it, or read it as a second title; it goes to the record's isbn."""
    md = ("## Book chapters\n\n"
          "1. A. Okafor, R. Lind, S. Moreau (2025). A Flexible Latent Dirichlet Model for Modeling Widget Communities, "
          "ISBN 978-3-031-12345-6. In: Statistical Learning of Widgets. Springer.\n"
          "2. A. Okafor, B. Park (2024). Bayesian co-clustering of ordinal widgets with informative censoring, ISBN "
          "978-88-9193-987-1. In: Book of Short Papers SIS 2024.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.isbn) for p in pubs] == [
        ("A Flexible Latent Dirichlet Model for Modeling Widget Communities", "978-3-031-12345-6"),
        ("Bayesian co-clustering of ordinal widgets with informative censoring", "978-88-9193-987-1")]


@needs_model
def test_co_authors_after_a_dash_and_with_are_the_authors_and_the_dash_ends_the_title(db):
    """"Title - with Dominik Bell, Martin Pinto and Eric Sonne. Journal 2024." (the owner not named): the names after
    "- with" are the co-authors, each one (the commas between them were dropped, so they ran into one name), and
    the dash is no part of the title."""
    md = ("## Publications and preprints\n\n"
          "*   Broken widgets on multipatch domains with local refinements - with Ada Campos Lind. Preprint 2025. "
          "[[arxiv]](https://arxiv.org/abs/2511.22206)\n"
          "*   Splitting schemes for gyro-kinetic widgets - with Dominik Bell, Ada Campos Lind, Emily Moreau and "
          "Eric Okafor. ESAIM: Proceedings and Surveys 2024. [[doi]](https://doi.org/10.1051/proc/202477002)\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.authors) for p in pubs] == [
        ("Broken widgets on multipatch domains with local refinements", ["Ada Campos Lind"]),
        ("Splitting schemes for gyro-kinetic widgets",
         ["Dominik Bell", "Ada Campos Lind", "Emily Moreau", "Eric Okafor"])]


@needs_model
def test_a_heading_naming_a_kind_of_papers_is_no_part_of_the_first_title(db):
    """"## Publications and preprints" right above a list: the labeller ran the heading into the first paper's
    title ("Publications and preprints Development and analysis of ..."), and the first paper was lost."""
    md = ("## Publications and preprints\n\n"
          "*   Development and analysis of structure-preserving widget methods on non-conforming meshes. Doctoral "
          "thesis 2025. [[doi]](https://example.org/thesis)\n"
          "*   Broken widgets on multipatch domains - with Ada Lind. Preprint 2025. [[arxiv]](https://arxiv.org/abs/2511.22206)\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [p.title for p in pubs][:1] == [
        "Development and analysis of structure-preserving widget methods on non-conforming meshes"]
    assert pubs[0].venue is None or pubs[0].venue.venue is None  # "Doctoral thesis 2025." says what it is, not where
    # "### Most relevant" and "### Latest" over a list name a kind of papers too
    md = ("### Most relevant\n\n- An automated method to find widget transition states using chemical dynamics "
          "simulations. JOURNAL OF COMPUTATIONAL CHEMISTRY 36, 1-12 (2015)\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [p.title for p in pubs] == [
        "An automated method to find widget transition states using chemical dynamics simulations"]


@needs_model
def test_a_journals_name_as_a_plain_sentence_after_the_title_is_the_venue(db):
    """"**Okafor KD** & Lind RT (2019). Biotic filtering of fungal widgets in *Bromus tectorum*. Oecologia. [doi](...)":
    a one-word journal the labeller does not know, written plain as a sentence of its own after the title, before a
    link, is the venue (the labeller read it as other words)."""
    md = ("## Published\n\n"
          "**Okafor KD** & Lind RT (2019). Biotic filtering of fungal widgets in <i>Bromus tectorum</i>. Oecologia. "
          "[doi.org/10.1007/s00442-019-04388-y](https://link.springer.com/article/10.1007/s00442-019-04388-y)\n\n"
          "Lind RT, **Okafor KD** & Moreau S (2018). Comparing widget application methods for switchgrass yield. "
          "Bioenergy Research. [doi.org/10.1007/s12155-018-9999-1](https://link.springer.com/article/10.1007/s12155-018-9999-1)\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.venue_raw) for p in pubs][:1] == [
        ("Biotic filtering of fungal widgets in Bromus tectorum", "Oecologia")]
    # ended by a comma before the year, or by the volume itself; "p." marks the article number, not the venue
    md = ("## Papers\n\n"
          "- Chen L, Okafor Y, Lind W. ***Concurrent helix extension and chirality enhancement for an artificial "
          "helical widget***. Polymer, 2020, 188: 122135.\n"
          "- Okafor, B.✱, Lind, M. J.✱, Moreau, N. & Park, T.✉ Widget chambers mark aberrant bacterial proteins "
          "for degradation. Elife 10, e63505 (2021).\n"
          "- Lind, M.J.✉ The logic of widget modifications: chemistry and evolution of widget regulation. BioEssays, "
          "46(3), p.2300178, (2024).\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.venue.venue.id if p.venue and p.venue.venue else None, p.year) for p in pubs] == [
        ("j-polymer", 2020), ("elife", 2021), ("j-bioessays", 2024)]
    assert pubs[2].venue_raw == "BioEssays"


@needs_model
def test_words_before_a_volume_with_its_issue_or_pages_are_a_journal_the_database_need_not_know(db):
    """APA's "Authors (2024). Title. Journal, 24(1), 47–63.": the words between the title's full stop and a volume
    with its issue, or with its pages, are the journal's name, known to the database or not (the labeller read an
    unknown journal's name as other words: "Psicodebate", "Revista de Estudios Rurales"). A single number after
    them is not enough, nor are words that only name a part of the numbers ("Vol.")."""
    md = ("## Papers\n\n"
          "- **Lind, F.**, Okafor, W. & Moreau, N. (2024). Datos normativos para sonidos afectivos en una muestra "
          "argentina. *Psicodebate, 24*(1), 47–63. [DOI](http://dx.doi.org/10.18682/pd.v24i1.1)\n"
          "- Okafor, W. & Lind, F. (2021). Urban rhythms and the making of public space. Revista de Estudios "
          "Rurales, 36, 90–111.\n"
          "- Lind, F. (2012). Carbon capture and storage: bury the myth. Metis, 3.\n"
          "- Lind, F. (2013). Widgets of the coast in a long winter. Vol. 24(1), 47–63.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.venue_raw, p.year) for p in pubs] == [
        ("Datos normativos para sonidos afectivos en una muestra argentina", "Psicodebate", 2024),
        ("Urban rhythms and the making of public space", "Revista de Estudios Rurales", 2021),
        ("Carbon capture and storage: bury the myth", None, 2012),
        ("Widgets of the coast in a long winter", None, 2013),
    ]


@needs_model
def test_a_journal_written_in_a_script_without_capitals_before_its_numbers_is_the_venue(db):
    """"Title. 电网技术, 44(3), 123–130." and Vancouver's "Title. 医学のあゆみ. 2020;24(1):47–63.": a journal's name in
    Chinese, Japanese or Korean has no capital to open it, and was read as other words (no venue)."""
    md = ("## Papers\n\n"
          "- Lind, F., & Okafor, W. (2020). Wind loads on transmission towers in the north. 电网技术, 44(3), 123–130.\n"
          "- Lind F, Okafor W. Sleep and recovery in older patients. 医学のあゆみ. 2021;24(1):47–63.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.venue_raw, p.year) for p in pubs] == [
        ("Wind loads on transmission towers in the north", "电网技术", 2020),
        ("Sleep and recovery in older patients", "医学のあゆみ. 2021", 2021)]


@needs_model
def test_a_journal_read_on_with_the_title_or_as_a_second_title_before_its_numbers_is_the_venue(db):
    """A journal the database does not know, which the labeller read as title words: after the title's full stop,
    before its volume and issue (APA, "Title. Loomis Chaffee World Bulletin, 24(1), 47–63."; Vancouver, "Title.
    Aus dem Antiquariat. 2020;24(1):47-63."), or after the closing quote of an IEEE title, before "vol." ('"Title,"
    Public Management Review, vol. 24, no. 1, ...'). The title ends at its full stop or quote; without a journal's
    numbers after them, the words stay in the title ("Title. A Study of Widgets, 2020.")."""
    md = ("## Papers\n\n"
          "- Okafor, W., & Lind, F. (2020). Widgets of the coast in a long winter. Loomis Chaffee World Bulletin, "
          "24(1), 47–63.\n"
          "- Lind F, Okafor W. Widget chambers mark aberrant proteins. Aus dem Antiquariat. 2019;12(3):101-110.\n"
          '- W. Okafor and F. Lind, "Public widgets and the making of the north," Public Widget Review, vol. 24, '
          "no. 1, pp. 47–63, 2021.\n"
          "- Lind, F. (2018). Counting widgets. A study of widgets in the north, 2018.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    # (the venue as written runs to its year in Vancouver and IEEE, as a known journal's does: "Carbon. 2020")
    assert [(p.title, re.sub(r"[.,] 20\d\d$", "", p.venue_raw or "") or None, p.year) for p in pubs] == [
        ("Widgets of the coast in a long winter", "Loomis Chaffee World Bulletin", 2020),
        ("Widget chambers mark aberrant proteins", "Aus dem Antiquariat", 2019),
        ("Public widgets and the making of the north", "Public Widget Review", 2021),
        ("Counting widgets. A study of widgets in the north", None, 2018),
    ]


@needs_model
def test_a_venue_read_in_part_of_a_journals_place_is_all_of_it(db):
    """"Title. The B.E. Journal of Macroeconomics, 24(1), 47–63.": the labeller read "Journal of Macroeconomics" as
    the venue and "The B.E." as other words; the part read is another journal the database knows, a confident wrong
    answer. The journal's place runs from the title's full stop to its numbers (after a comma, or right after the
    name as Nature writes them), and the venue is all of it (also across a comma inside the name)."""
    md = ("## Papers\n\n"
          "- Okafor, W., & Lind, F. (2020). Widgets of the coast in a long winter. The B.E. Journal of "
          "Macroeconomics, 24(1), 47–63.\n"
          "- Lind, F. (2021). Trade in widgets across the north. Journal of Industry, Competition and Trade, 12(3), "
          "45–67.\n"
          "- Lind, F. & Okafor, W. Widget grammar in the far north. Topics in Linguistics 24, 47–63 (2022).\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.venue_raw) for p in pubs] == [
        ("Widgets of the coast in a long winter", "The B.E. Journal of Macroeconomics"),
        ("Trade in widgets across the north", "Journal of Industry, Competition and Trade"),
        ("Widget grammar in the far north", "Topics in Linguistics"),
    ]
    assert all(p.venue is None or p.venue.venue is None for p in pubs)  # neither is in the database
    # Nature's numbers right after a name with a comma in it (the labeller read the words after the comma and the
    # volume as the title run on), and a name whose first word it read as an award
    md = ("## Papers\n\n"
          "- Smith, J. & Lee, K. Birds of the north in winter. Journal of Industry, Competition and Trade 24, 47–63 "
          "(2020).\n"
          "- Smith, J. & Lee, K. Birds of the south in summer. Impact of Social Sciences 24, 47–63 (2020).\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.venue_raw) for p in pubs] == [
        ("Birds of the north in winter", "Journal of Industry, Competition and Trade"),
        ("Birds of the south in summer", "Impact of Social Sciences")]


@needs_model
def test_a_one_word_journal_after_a_quoted_title_or_shared_by_several_journals_is_the_venue(db):
    """"**A. Lind**, and B. Okafor. 2024. “Title.” Genetics, 227:3.": the journal after the title's closing quote,
    before its volume, is the venue as after a plain title's full stop (the labeller read the one word as other
    words); and "Title. Sustainability 13, 1–21.": a name several journals share is still where the paper appeared
    (the record has its text and no venue chosen)."""
    md = ("## Papers\n\n"
          "**Ana Lind**, Bea Okafor, and Chen Moreau. 2024. “Widget frequency dynamics under sex-biased demography in "
          "a pedigreed jay population.” Genetics, 227:3. [https://doi.org/10.1093/genetics/x](https://doi.org/10.1093/"
          "genetics/x)\n\n"
          "Okafor, B., **Lind, A.**, Moreau, C., 2021. Widget cover changes and their effects on surface air "
          "temperature in two river deltas. Sustainability 13, 1–21. [10.3390/su1319](https://doi.org/10.3390/su1319)"
          "\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.venue_raw, p.year) for p in pubs] == [("Genetics", 2024), ("Sustainability", 2021)]
    assert pubs[0].venue is not None and pubs[0].venue.venue is not None and pubs[0].venue.venue.id == "j-genetics"
    assert pubs[1].venue is not None and pubs[1].venue.venue is None


@needs_model
def test_a_known_journal_in_italics_ending_a_linked_citation_is_the_venue(db):
    """"[Okafor, A. P., Lind, K., & Moreau, D. (2019). Title. *American Educational Research Journal*](paper.pdf)": the
    whole citation is a link's text; the italic journal at its end, which the database knows by that name, is the
    venue (the labeller read it as other words: nothing after it was a volume or a year)."""
    md = ("[Lind, K. A. (2019). WIDGET: A tool for optically measuring digital reading interactions from screen "
          "recordings. Vanderbilt University.](/publications/lind_dissertation.pdf)\n\n"
          "[Okafor, A. P., Cho, S.-J., Reynolds, D., Lind, K., & Moreau, J. (2019). Digital Versus Paper Reading "
          "Processes and Links to Comprehension for Middle School Widgets. *American Educational Research Journal*]"
          "(/publications/AERJ_2019.pdf)\n\n"
          "[Lind, K., Cho, S. J., & Okafor, A. (2018). Is Scrolling Disrupting While Reading? *In Proceedings of the "
          "13th International Conference of the Learning Sciences.*](/publications/ICLS_2018.pdf)\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.year, p.venue_raw) for p in pubs][1:2] == [(2019, "American Educational Research Journal")]


@needs_model
def test_a_year_after_a_months_name_is_the_year(db):
    """"<em>Chemometrics and Intelligent Laboratory Systems, Volume 240, 15 September 2023, 104878.</em>"
    (ScienceDirect's citation): the year after "September" was read as a volume and the paper had no year."""
    html = ("<html><body><h2>Publications</h2><table>"
            "<tr><td><papertitle>A bidirectional widget-based LSTM algorithm for industrial process time series "
            "prediction</papertitle><br>Ada Okafor, <strong>Bo Lind</strong>, S. Joe Moreau"
            "<br><em>Chemometrics and Intelligent Laboratory Systems, Volume 240, 15 September 2023, 104878.</em>"
            "</td></tr>"
            "<tr><td><papertitle>A widget classification method based on image joint contrast</papertitle><br>Ada "
            "Okafor, <strong>Bo Lind</strong>, Cy Park<br><em>Chemical Engineering Science, Volume 277, 5 August "
            "2023, 118864.</em></td></tr></table></body></html>\n")
    pubs = read_markup("p.html", html, db, html=True, extractor="crf").publications
    assert [p.year for p in pubs] == [2023, 2023]


@needs_model
def test_the_last_authors_surname_ending_the_author_line_over_an_italic_title_is_an_author(db):
    """"N. Yapa, S. Lind, and M. Płoszajczak" over "_Toward scalable extrapolations ..._": the surname at the end of
    the author line was read as the start of the italic title on the next line (a capital from Latin Extended, "Ł",
    was no name's capital either)."""
    md = ("## Nuclear Physics\n\n"
          "**K. Okafor**  \n  _Quantifying alpha clustering in light widgets from binding energies_  \n"
          "  (2020) [arXiv](https://arxiv.org/abs/2004.14896)\n\n"
          "K. Okafor, J. Rotureau, W. Lind, N. Michel, and M. Płoszajczak  \n"
          "  _Can a tetrawidget be a narrow resonance?_  \n  Phys. Rev. Lett. **119**, 032501 (2017)\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.authors[-1]) for p in pubs] == [
        ("Quantifying alpha clustering in light widgets from binding energies", "K. Okafor"),
        ("Can a tetrawidget be a narrow resonance?", "M. Płoszajczak")]


@needs_model
def test_an_items_number_in_brackets_set_like_the_title_is_no_part_of_it(db):
    """"<strong>[43]</strong> <strong>From lab to industry: ...</strong>": the item's number was read as the title's
    first words ("43] From lab to industry")."""
    card = ('<div class="card"><div><strong>[{n}]</strong> <strong>{t}</strong></div>\n<div class="muted">\n'
            'Jia Zhang, Zhongxiu Liu, <strong>Ada Okafor</strong>, Meifang Zhu\n</div>\n<div>\n{v} ·\n'
            '<a href="https://doi.org/10.1016/j.x.2025.{n}">DOI: 10.1016/j.x.2025.{n}</a>\n</div></div>\n')
    html = ("<html><body><h2>Publications</h2>\n"
            + card.format(n=43, t="From lab to industry: High-safety widgets for lithium-metal batteries",
                          v="Matter 8, 6, 102101, 2025")
            + card.format(n=42, t="Electron displacement polarization of high-dielectric widget separators",
                          v="Advanced Materials 37, 2, 2400001, 2025")
            + "</body></html>\n")
    pubs = read_markup("p.html", html, db, html=True, extractor="crf").publications
    assert [p.title for p in pubs] == ["From lab to industry: High-safety widgets for lithium-metal batteries",
                                       "Electron displacement polarization of high-dielectric widget separators"]


@needs_model
def test_how_far_a_paper_got_on_the_line_under_its_heading_is_no_part_of_its_title(db):
    """"## <u>Redlining and the Geography of Widget Outcomes</u>" over "Currently in review at *JEEM*, 2025 <br>": the
    title was read on into the status line ("... Outcomes Currently in review at"); the journal after "at" is where."""
    md = ("## <u>Redlining and the Geography of Widget Outcomes</u>\nCurrently in review at *JEEM*, 2025 <br>\n"
          "Ada Okafor and Richard T. Lind\n\n"
          "## <u>The Value of Widget Amenities</u>\nForthcoming at *Land Economics*, 2025 <br>\n"
          "Ada Okafor\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [p.title for p in pubs] == ["Redlining and the Geography of Widget Outcomes",
                                       "The Value of Widget Amenities"]
    assert pubs[0].year == 2025 and pubs[0].venue_raw is not None and pubs[0].venue_raw.startswith("JEEM")


def test_a_tables_column_that_names_no_field_of_the_citation_gives_none(db):
    """"| Title | Journal | Coauthors | Year | Topics |": the topics ("Political Economy; Japan") were read as the
    authors; a column named for what is no field (topics, keywords, notes, code, coverage) holds none."""
    md = ("| Title | Journal | Coauthors | Year | Topics |\n|---|---|---|---|---|\n"
          "| Capture in local politics: evidence from eight field experiments | *Journal of Politics* | Ada Okafor, "
          "Ben Lind | 2025 | Political Economy; Business & Politics; Japan |\n"
          "| Hawkish partisans and nationalist sentiment | *American Journal of Political Science* | | 2024 | "
          "Public Opinion; China; Japan |\n"
          "| Are regime changes always bad economics? | *Electoral Studies* | | 2023 | Political Economy; Japan |\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.authors, p.year) for p in pubs] == [
        ("Capture in local politics: evidence from eight field experiments", ["Ada Okafor", "Ben Lind"], 2025),
        ("Hawkish partisans and nationalist sentiment", [], 2024),
        ("Are regime changes always bad economics?", [], 2023)]


@needs_model
def test_a_column_named_citation_holds_the_reference_not_a_count(db):
    """A CV rendered to an HTML table, "| Year | Citation |" with each whole reference in the second column: the column
    was taken for one that holds no field of the citation (as "Citations", a count, does) and every paper was lost.
    "Citation" names the reference; its cell is read as any citation is."""
    rows = [("2022", "Okafor, A., Lind, B., Moreau, J. (2022) Measuring food security: An introduction to tools for "
                     "field biologists. American Journal of Human Biology."),
            ("2021", "Lind, B., Okafor, A. (2021). Linking harvest diversity to adaptive capacity in a food sharing "
                     "network. Human Ecology."),
            ("2020", "Moreau, J., Okafor, A. (2020). The Milpa Game: a field experiment on common pool resources. "
                     "Ecology and Society.")]
    html = ("<h2>Publications</h2>\n<table>\n<thead><tr><th>Year</th><th>Citation</th></tr></thead>\n<tbody>\n"
            + "".join(f"<tr>\n<td>\n{y}\n</td>\n<td>\n{c}\n</td>\n</tr>\n" for y, c in rows) + "</tbody></table>\n")
    pubs = read_markup("p.html", html, db, extractor="crf").publications
    assert [(p.title, p.year) for p in pubs] == [
        ("Measuring food security: An introduction to tools for field biologists", 2022),
        ("Linking harvest diversity to adaptive capacity in a food sharing network", 2021),
        ("The Milpa Game: a field experiment on common pool resources", 2020)]
    assert pubs[0].authors == ["Okafor, A.", "Lind, B.", "Moreau, J."]


@needs_model
def test_a_tables_column_of_years_or_statuses_gives_the_year(db):
    """"<th>Title</th><th>Journal</th><th>Citation</th><th>Years</th>" and "| Status | Title | ... |" holding "2020" or
    "In review": the column named for years gives each paper its year (the labeller read "98(4):360-374" as the year
    1998 and the year cell as the end of the citation), and a status column's year is the year."""
    html = ("<html><body><h2>Articles</h2><table><thead><tr><th>Title</th><th>Journal</th><th>Citation</th>"
            "<th>Years</th></tr></thead><tbody>\n"
            "<tr><td>What the courts owe to strangers</td><td>The Monist</td><td>98(4):360-374</td><td>2015</td></tr>\n"
            "<tr><td>Institutional values and the rule of law</td><td>Ratio Juris</td><td>27(3):1-20</td>"
            "<td>2014</td></tr>\n</tbody></table></body></html>\n")
    pubs = read_markup("cv.html", html, db, html=True, extractor="crf").publications
    assert [(p.title, p.year) for p in pubs] == [("What the courts owe to strangers", 2015),
                                                 ("Institutional values and the rule of law", 2014)]
    md = ("| **Status** | **Title** | **Author(s)** | **Journal** |\n|---|---|---|---|\n"
          "| In review | Seed rain in tropical forest gaps | A.B. Okafor et al. | Ecology Letters |\n"
          "| 2020 | On masting and the animals that disperse seeds | A.B. Okafor and L. Fenn | Journal of Ecology |\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.year) for p in pubs] == [("Seed rain in tropical forest gaps", None),
                                                 ("On masting and the animals that disperse seeds", 2020)]
    assert pubs[0].status != "published"


def test_a_row_of_a_table_with_named_columns_is_one_entry():
    """The cells of a row under "| Title | Journal | Citation | Years |" are one paper: a year cell the labeller read as
    a new entry's start ends up as that paper's year, and words in a column of dates are no field."""
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair import fields

    row = [Token("Institutional", 0, tag="column-title", label="B-title"), Token("values", 0, tag="column-title",
           label="title"), Token("Ratio", 0, tag="column-venue", label="venue"), Token("27", 0, label="volume"),
           Token("Spring", 0, tag="column-year", label="B-other"), Token("2014", 0, tag="column-year", label="title")]
    fields.columns(row)
    assert [t.label for t in row] == ["B-title", "title", "venue", "volume", "other", "year"]
    plain = [Token("Institutional", 0, label="B-title"), Token("2014", 0, label="B-year")]
    fields.columns(plain)
    assert [t.label for t in plain] == ["B-title", "B-year"]  # no named columns: the labeller decides


def test_a_name_between_the_author_list_and_a_quoted_title_is_the_last_author():
    """"S. Samtani, and H. Chen “Labeling hacker exploits”": no comma after the last author, whose surname the labeller
    read as the title's first word; with no closing mark, a quote inside a title is left alone."""
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair import authors

    def entry(words: str, close: bool = True) -> list[Token]:
        names = ["S.", "Samtani", "and", "H."]
        toks = [Token(w, 0, label="B-author" if not i else "author") for i, w in enumerate(names)]
        toks += [Token(w, 0, label="title") for w in ["Chen", "“", *words.split()]]
        toks += [Token("”", 0, label="title" if close else "other"), Token("MISQ", 0, label="venue")]
        return toks

    toks = entry("Labeling hacker exploits")
    authors.name_before_quote(toks)
    assert [t.label for t in toks][3:8] == ["author", "author", "other", "title", "title"]
    unclosed = entry("Labeling hacker exploits", close=False)
    unclosed[-2].text = "."
    authors.name_before_quote(unclosed)
    assert unclosed[4].label == "title"


def test_a_name_and_a_dash_or_a_full_stop_before_a_quoted_title_is_the_last_author():
    """"A. Okafor, Jan Moreau, **Tomas Quince** - *"Tidal heating"* - arXiv (2026)": the labeller read the last author
    and the dash with the title; so with "Lind J, Moreau JP. “Tidal heating”" (Vancouver, its full stop). Words that are
    no name ("the new", lower case) before a quote stay the title's."""
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair import authors

    def entry(last: str, sep: str) -> list[Token]:
        toks = [Token(w, 0, label="B-author" if not i else "author") for i, w in enumerate(["A.", "Okafor", ","])]
        toks += [Token(w, 0, label="title") for w in [*last.split(), sep, '"', "Tidal", "heating", '"']]
        return [*toks, Token("arXiv", 0, label="venue")]

    dashed = entry("Tomas Quince", "-")
    authors.name_before_quote(dashed)
    assert [t.label for t in dashed][3:9] == ["author", "author", "other", "other", "title", "title"]
    vancouver = entry("Moreau JP", ".")
    authors.name_before_quote(vancouver)
    assert [t.label for t in vancouver][3:9] == ["author", "author", "other", "other", "title", "title"]
    words = entry("the new", "-")
    authors.name_before_quote(words)
    assert [t.label for t in words][3:6] == ["title", "title", "title"]


def test_a_name_and_a_comma_before_a_quoted_title_is_the_last_author():
    """'S. Okafor, K. Moreau and J. P. S. Catalão, "Tidal heating," in Icarus' (IEEE's style): the labeller read the
    last surname and its comma with the title, which ended before the comma that the closing mark follows."""
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair import authors

    words = [("K.", "B-author"), ("Moreau", "author"), ("and", "author"), ("J.", "author"), (".", "author"),
             ("Catalão", "title"), (",", "title"), ('"', "title"), ("Tidal", "title"), ("heating", "title"),
             (",", "other"), ('"', "other"), ("in", "other"), ("Icarus", "venue")]
    toks = [Token(w, 0, label=lab) for w, lab in words]
    authors.name_before_quote(toks)
    assert [t.text for t in toks if t.field == "author"] == ["K.", "Moreau", "and", "J.", ".", "Catalão"]
    assert [t.text for t in toks if t.field == "title"] == ["Tidal", "heating"]


def test_a_semicolon_list_read_on_into_the_title_ends_at_its_full_stop(db):
    """Lattes and ABNT lists run long: "OKAFOR, ADA M. ; LIND, JAN ; MOREAU, KARL ; REYES, BO ; ... ; KANG, LI . Title.
    In: ...". The labeller cut the list after a few names and read the rest of it with the title."""
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair import authors

    words = [("OKAFOR", "B-author"), (",", "author"), ("ADA", "author"), (";", "author"), ("LIND", "author"),
             (",", "other"), ("JAN", "title"), ("PAUL", "title"), (";", "title"), ("DE", "title"), ("SOUSA", "title"),
             ("MOREAU", "title"), (",", "title"), ("KARL", "title"), (";", "title"), ("KANG", "title"), (",", "title"),
             ("LI", "title"), (".", "title"), ("Placement", "title"), ("of", "title"), ("tidal", "title"),
             ("widgets", "title"), (".", "other"), ("In", "other")]
    toks = [Token(w, 0, label=lab) for w, lab in words]
    authors.semicolon_names_in_title(toks)
    assert [t.text for t in toks if t.field == "title"] == ["Placement", "of", "tidal", "widgets"]
    assert toks[17].field == "author" and toks[18].field == "other"
    title = [("Tidal", "title"), ("Heating", "title"), (";", "title"), ("Widget", "title"), ("Effects", "title"),
             (".", "title"), ("Part", "title"), ("two", "title"), ("of", "title"), ("three", "title")]
    alone = [Token(w, 0, label=lab) for w, lab in [("Okafor", "B-author"), (",", "author"), ("A", "author"),
                                                   (",", "other"), *title]]
    authors.semicolon_names_in_title(alone)  # one semicolon in all: a title's own
    assert [t.field for t in alone][4:] == ["title"] * 10
    # two names: the title run opens with the list's one semicolon ("FIGÊNIO, MATEUS R. ; GOMES-JR, LUIZ . Title")
    two = [("FIGÊNIO", "B-author"), (",", "author"), ("MATEUS", "author"), ("R", "author"), (".", "author"),
           (";", "title"), ("GOMES-JR", "title"), (",", "title"), ("LUIZ", "title"), (".", "title"),
           ("Ética", "title"), ("na", "title"), ("era", "title"), ("dos", "title"), (".", "other")]
    toks = [Token(w, 0, label=lab) for w, lab in two]
    authors.semicolon_names_in_title(toks)
    assert [t.text for t in toks if t.field == "title"] == ["Ética", "na", "era", "dos"]


def test_one_name_and_et_al_is_an_author_list():
    """"K. Okafor et al. Tidal heating ..." and "**Ada Okafor**, et al.": the labeller read the name as no field; it and
    "et al." are the authors; so is such a name after a title and its comma. A name after other words on its line ("as
    shown by Okafor et al.") is left alone."""
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair import authors

    toks = [Token(w, 0, label="other") for w in ["K", ".", "Okafor", "et", "al", "."]]
    toks += [Token(w, 0, label="title") for w in ["Tidal", "heating"]]
    toks[0].label = "B-other"
    authors.name_et_al(toks)
    assert [t.label for t in toks] == ["B-author", *["author"] * 5, "title", "title"]
    bold = [Token(w, 1, label="other") for w in ["Ada", "Okafor", ","]]
    bold += [Token(w, 1, label="author") for w in ["et", "al"]]
    authors.name_et_al(bold)
    assert [t.label for t in bold] == ["author"] * 5
    prose = [Token(w, 0, label="other") for w in ["as", "shown", "by", "Okafor", "et", "al", "."]]
    authors.name_et_al(prose)
    assert {t.label for t in prose} == {"other"}
    # "Tidal heating of moons, W. Okafor et al., NIM A 784, 494 (2015)": after the title and its comma
    after = [Token(w, 2, label="title") for w in ["Tidal", "heating"]]
    after += [Token(w, 2, label="other") for w in [",", "W", ".", "Okafor", "et", "al", ".", ","]]
    after += [Token("NIM", 2, label="venue")]
    authors.name_et_al(after)
    assert [t.text for t in after if t.field == "author"] == ["W", ".", "Okafor", "et", "al", "."]
    comma = [Token(w, 3, label="other") for w in ["seen", "in", ",", "Okafor", "et", "al"]]
    authors.name_et_al(comma)
    assert {t.label for t in comma} == {"other"}  # after a comma that follows no title


def test_the_end_of_an_author_list_read_as_a_title_before_the_title_is_the_authors():
    """"Ada Okafor, Jan Moreau, Li Wei, and Tomas Quince. (2024) “Tidal heating”": the labeller read the list's last
    names as a title run, and the quoted title as another; the names are authors. Without a title after them, or when
    they are no names ("Tidal heating, and moons"), they stay."""
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair import authors

    def entry(tail: str, title: bool = True) -> list[Token]:
        first = "Ada Okafor , Jan Moreau".split()
        toks = [Token(w, 0, label="B-author" if not i else "author") for i, w in enumerate(first)]
        toks += [Token(",", 0, label="other"), *[Token(w, 0, label="title") for w in tail.split()]]
        toks += [Token(w, 0, label="other") for w in [".", "(", "2024", ")"]]
        if title:
            toks += [Token(w, 0, label="title") for w in ["Tidal", "heating"]]
        return toks

    names = entry("Li Wei , and Tomas Quince")
    authors.names_read_as_title(names)
    assert [t.label for t in names[6:12]] == ["author"] * 6 and names[-1].label == "title"
    alone = entry("Li Wei , and Tomas Quince", title=False)
    authors.names_read_as_title(alone)
    assert alone[6].label == "title"
    words = entry("Tidal heating , and moons")
    authors.names_read_as_title(words)
    assert words[6].label == "title"


def test_a_journal_read_as_the_publisher_in_an_entry_with_no_venue_is_its_venue(db):
    """"Okafor, A. (2018), Title, Journal of Geophysical Research: Atmospheres, doi: ...": the labeller read the journal
    as the publisher; the database knows it as a journal, so it is the venue. A publisher's name stays one, and an
    entry that has a venue keeps it."""
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair import fields

    def entry(where: str, venue: str = "") -> list[Token]:
        toks = [Token("Okafor", 0, label="B-author")]
        toks += [Token("Tidal", 0, label="title"), Token("heating", 0, label="title")]
        toks += [Token(w, 0, label="publisher") for w in where.split()]
        return toks + [Token(w, 0, label="venue") for w in venue.split()]

    journal = entry("Journal of Geophysical Research : Atmospheres")
    fields.journal_read_as_publisher(journal, db)
    assert {t.label for t in journal[3:]} == {"venue"}
    publisher = entry("Wiley-Blackwell")
    fields.journal_read_as_publisher(publisher, db)
    assert publisher[3].label == "publisher"
    placed = entry("Journal of Geophysical Research : Atmospheres", venue="Icarus")
    fields.journal_read_as_publisher(placed, db)
    assert placed[3].label == "publisher"


def test_a_name_read_as_the_status_is_the_publisher_or_the_venue():
    """"Review" and "press" are status words, so the labeller read "Nordicom Review" and "Polity Press" as a status:
    a run of capitalised words that says no status is a name. Ending in a publisher's word, or going on from a run
    read as the publisher ("Cambridge University" + "Press"), it is the publisher; else, in an entry with no venue, the
    venue. A status stays a status ("In Press", "Under Review"), and an entry with a venue keeps it."""
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair import fields

    def entry(status: str, before: tuple[str, str] = ("", "")) -> list[Token]:
        toks = [Token("Munk", 0, label="B-author"), Token("Four", 0, label="title"), Token("styles", 0, label="title")]
        toks += [Token(w, 0, label=before[1]) for w in before[0].split()]
        return toks + [Token(w, 0, label="status") for w in status.split()]

    journal = entry("Nordicom Review")
    fields.name_read_as_status(journal)
    assert [t.label for t in journal[3:]] == ["venue", "venue"]
    press = entry("Polity Press")
    fields.name_read_as_status(press)
    assert [t.label for t in press[3:]] == ["publisher", "publisher"]
    split = entry("Press", before=("Cambridge University", "publisher"))
    fields.name_read_as_status(split)
    assert split[-1].label == "publisher"
    for status in ("In Press", "Under Review", "Press", "under review"):
        kept = entry(status)
        fields.name_read_as_status(kept)
        assert {t.label for t in kept[3:]} == {"status"}, status
    placed = entry("Nordicom Review", before=("Icarus", "venue"))
    fields.name_read_as_status(placed)
    assert placed[-1].label == "status"


@needs_model
def test_a_book_or_thesis_with_no_venue_names_its_publisher_or_school_as_where_it_appeared(db):
    """"Title, Cambridge: Polity Press." (a book), "Title, D.Phil. thesis, University of Oxford." and "Title, Nordicom
    Review, vol.40, issue 1.": the publisher of a book and the school of a thesis are where they appeared (the record
    had no venue at all, and "Nordicom Review" was read as a status); the place before the colon is not."""
    html = ('<html><body><h4>Books</h4><ul>\n'
            '<li>Lindqvist, T. &amp; Okafor, A. K. (2021). <a href="https://example.org/b">Mapping Disputes: A Field '
            'Guide</a>, Cambridge: Polity Press.</li>\n'
            '<li>Okafor, A.K. (2010). <a href="https://example.org/t">Waiting for the Water: Maps of a Flood '
            'Plain</a>, D.Phil. thesis, University of Oxford.</li>\n'
            '<li>Okafor, A.K. (2019). <a href="https://example.org/j">Five ways of reading food blogs: making sense of '
            'a movement on the web</a>, Nordicom Review, vol.40, issue 1.</li>\n</ul></body></html>\n')
    pubs = read_markup("p.html", html, db, html=True, extractor="crf").publications
    assert [(p.title, p.venue_raw, p.year) for p in pubs] == [
        ("Mapping Disputes: A Field Guide", "Polity Press", 2021),
        ("Waiting for the Water: Maps of a Flood Plain", "University of Oxford", 2010),
        ("Five ways of reading food blogs: making sense of a movement on the web", "Nordicom Review", 2019)]


def test_a_title_cut_at_a_number_goes_on_where_a_new_entry_was_read_after_a_word_that_ends_no_title():
    """"Reactive scattering of H2 on Cu(111) ...": a labeller read "scattering of H 2 on" as unlabelled and started a
    new entry at "Cu"; a title never ends on "on", so the title goes on (the same gap before a sentence's capital
    after a word that can end a title starts a new entry, as the labeller said)."""
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair import titles

    def line(last: str) -> list[Token]:
        toks = [Token("Reactive", 0, label="B-title")]
        toks += [Token(w, 0, label="other") for w in ["scattering", "of", "H", "2", last]]
        return [*toks, Token("Cu", 0, label="B-title"), Token("surfaces", 0, label="title")]

    toks = line("on")
    titles.numbers_in_title(toks)
    assert [t.label for t in toks] == ["B-title"] + ["title"] * 7
    toks = line("gas")
    titles.numbers_in_title(toks)
    assert toks[6].label == "B-title"


@needs_model
def test_an_apa_title_runs_to_the_full_stop_before_the_italic_journal(db):
    """APA: "(2024). Title in China: Challenges, applications, and pathways. *Journal*, 3, 74-91." and a title wrapped
    in the Markdown source: the title ends at the full stop before the italic journal (a place name and a wrapped
    line's last word cut it short, the rest read as the venue)."""
    md = ("**Peer-Reviewed Journal Articles:**\n\n"
          "Han, J. & Yu, H. (2024). Applying capacity theory to communication research in China: Challenges, "
          "applications, and pathways. *Global Journal of Media Studies*, 2024(3), 74-91.\n\n"
          "Han, J., Zheng, X. & Sun, S. (2022). Responses to online commercials: Effects of argument quantity and "
          "celebrity\nendorsement. *Substance Use & Misuse*, 57(6), 948-955.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [p.title for p in pubs] == [
        "Applying capacity theory to communication research in China: Challenges, applications, and pathways",
        "Responses to online commercials: Effects of argument quantity and celebrity endorsement"]


def test_an_apa_title_with_a_comma_or_a_question_before_its_subtitle_is_read_whole(db):
    """APA paragraphs whose title the labeller left out, whole or in part: a comma before a word in lower case
    ("Preregistration is hard, and worthwhile.") is inside the title's sentence, and a question before a colon ("Do
    correctional facilities correct our youth?: Effects of ...") is the title's main part, its "our" no first
    person of the page's."""
    md = ("# Papers\n\n"
          "Nosek, B. A., <strong>Okafor, E. D.</strong>, Campbell, L., Flake, J. K., and Vazire, S. (2019). "
          "Preregistration is hard, and worthwhile. _Trends in Cognitive Sciences._\n\n"
          "Bollich, K. L., <strong>Okafor, E. D.</strong>, Hill, P., and Jackson, J. J. (2021). Do correctional "
          "facilities correct our youth?: Effects of incarceration and court-ordered community service on personality "
          "development. _Journal of Personality and Social Psychology, 121_:894–913.\n\n"
          "<strong>Okafor, E. D.</strong> and Jackson, J. J. (2020). Idiographic traits: A return to Allportian "
          "approaches to personality. _Current Directions in Psychological Science, 29_(3):301–308.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.year) for p in pubs] == [
        ("Preregistration is hard, and worthwhile", 2019),
        ("Do correctional facilities correct our youth?: Effects of incarceration and court-ordered community service "
         "on personality development", 2021),
        ("Idiographic traits: A return to Allportian approaches to personality", 2020)]


def test_a_year_opening_the_title_line_under_the_author_list_is_the_year(db):
    """The Society for American Archaeology's style: "Okafor, Ada and Ben Lind" over ": 2017 Title. *Journal* 47:12–32."
    (a Pandoc definition list): the year was read as the title's first word and the paper had none. A title that
    opens with a year inside a citation that gives the year elsewhere keeps it."""
    md = ("Diederichs, Shanna and Ada Okafor\n: 2017 Transformations in Technologies: A Look at Basketmaker III "
          "Archaeology. In *Archaeological Remote Sensing in North America*, edited by Barbara J. Mills, pp. 787–806. "
          "University of Alabama Press, Tuscaloosa.\n\n"
          "Coffey, Grant D. and Ada Okafor\n: 2017 A Spatial Analysis of Civic-Ceremonial Architecture in the Central "
          "Mesa Verde Region. *Journal of Anthropological Archaeology* 47:12–32.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.year) for p in pubs] == [
        ("Transformations in Technologies: A Look at Basketmaker III Archaeology", 2017),
        ("A Spatial Analysis of Civic-Ceremonial Architecture in the Central Mesa Verde Region", 2017)]
    from pubnorm.sources.repair import titles

    toks = [*_toks("Lind/B-author ,/author Ben/author", line=1),
            *_toks(":/other 2019/title Novel/title Coronavirus/title ./other Kiva/venue ,/other 2021/year", line=2)]
    assert [t.text for t in titles.year_opening_title(toks, toks[4:7])] == ["2019", "Novel", "Coronavirus"]


@needs_model
def test_the_italic_words_after_a_titles_full_stop_are_its_venue(db):
    """"Title. *Phytopathology*. 113:1159-1170.": a one-word journal the database does not know by itself, in
    italics right after the title's full stop, is where the paper appeared (it was left as other)."""
    md = ("## Publications\n\n"
          "2. Alves KS, Shah DA, Dillard HR, Ponte EM, Beck SJ (2025) Safer and Smarter: Leveraging Guided Modeling "
          "and Merging of Disease and Weather Data for Risk Prediction. *Phytopathology*. "
          "<https://doi.org/10.1094/PHYTO-01-25-0008-FI>\n")
    (pub,) = read_markup("p.md", md, db, extractor="crf").publications
    assert (pub.title, pub.venue_raw, pub.year) == (
        "Safer and Smarter: Leveraging Guided Modeling and Merging of Disease and Weather Data for Risk Prediction",
        "Phytopathology", 2025)


@needs_model
def test_a_second_title_naming_a_known_venue_is_the_venue(db):
    """An entry has one title: a bold "(**Artificial Intelligence in Geosciences** | **JCR: Q1**)" after the authors
    was read as a second title; the database knows it by that very name, so it is the venue."""
    md = ("<div class='paper-box-text' markdown=\"1\">\n\n"
          "A study on seismic phase identification using a deep residual network. Wei Li, Megha Rao, **Yu Sha**, "
          "Kai Zhou (**Artificial Intelligence in Geosciences** | **JCR: Q1** | **SCI: 2** | "
          "[Paper](https://www.sciencedirect.com/science/article/pii/S2666544122000284))\n\n</div>\n")
    (pub,) = read_markup("p.md", md, db, extractor="crf").publications
    assert (pub.venue_raw or "").startswith("Artificial Intelligence in Geosciences")


@needs_model
def test_a_year_inside_a_linked_title_is_part_of_it(db):
    """"[Racial Disparities in Coronavirus Disease 2019 (COVID-19) Mortality ...](url)": the words of one link are one
    title; the year inside it was read as the paper's year and cut the title in two."""
    md = ("## 2020\n"
          "- [Is a more data-driven approach the future of outbreak modelling?](https://academic.oup.com/cid/article/70/1)\n"
          "- [Racial Disparities in Coronavirus Disease 2019 (COVID-19) Mortality Are Driven by Unequal Infection "
          "Risks](https://www.ncbi.nlm.nih.gov/pmc/articles/PMC7717200/)\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.year) for p in pubs][1:] == [
        ("Racial Disparities in Coronavirus Disease 2019 (COVID-19) Mortality Are Driven by Unequal Infection Risks",
         2020)]


@needs_model
def test_a_heading_over_a_list_of_named_fields_is_one_paper(db):
    """"### Title" over "- Authors: ...", "- Theme: ...", "- Official link: [Journal](url)": the list names the
    fields of the paper under its title heading (each item was read as an entry of its own, a theme as a title)."""
    md = ("# Publications\n\n## Drug-target interaction\n\n"
          "### CDI-DTI: A cross-domain interpretable drug-target interaction predictor\n"
          "- Authors: Xiangyu Li, Haojie Yang, Kaimiao Hu, Ran Su\n"
          "- Theme: cross-domain DTI prediction, cold-start robustness, interpretability\n"
          "- Official link: [Journal of Chemical Information and Modeling](https://pubs.acs.org/doi/10.1021/acs.jcim.5c02908)\n"
          "- Preprint: [arXiv](https://arxiv.org/abs/2510.19520)\n")
    (pub,) = read_markup("p.md", md, db, extractor="crf").publications
    assert (pub.title, pub.authors) == ("CDI-DTI: A cross-domain interpretable drug-target interaction predictor",
                                        ["Xiangyu Li", "Haojie Yang", "Kaimiao Hu", "Ran Su"])
    assert pub.ids.get("doi") == "10.1021/acs.jcim.5c02908"


@needs_model
def test_the_words_naming_a_thesis_are_no_author(db):
    """"Adam L. Baskerville <b>PhD Thesis</b>, 1-251, 2018": the bold words say what the paper is (they ended the
    author's name: 'Adam L. Baskerville PhD Thesis')."""
    md = ("## Publications\n\n<br/><br/>\n"
          '<li><a href="http://sro.example.ac.uk/id/eprint/77136/1/Baskerville.pdf" target="_blank">The quantum '
          "chemical physics of\nfew-particle atoms and molecules</a>:\n"
          "Adam L. Baskerville <b>PhD Thesis</b>, 1-251, 2018</li>\n\n<br/><br/>\n")
    (pub,) = read_markup("p.md", md, db, extractor="crf").publications
    assert pub.authors == ["Adam L. Baskerville"]


@needs_model
def test_an_unknown_venue_with_its_volume_as_the_doi_links_text_is_the_venue(db):
    """"**Title**. [Preventative Veterinary Medicine, 150: 52-59.](https://doi.org/...)": a name the database does not
    know (misspelt here), then only its volume and pages, as the text of the paper's DOI link, is the venue."""
    md = ("## Literature\n\n"
          "Gorsich, E., McKee, C.D., Grear, D.A., Webb, C.T. 2017. **Model-guided suggestions for targeted "
          "surveillance based on cattle shipments**. [Preventative Veterinary Medicine, 150: 52-59.]"
          "(https://doi.org/10.1016/j.prevetmed.2017.12.004)\n")
    (pub,) = read_markup("p.md", md, db, extractor="crf").publications
    assert (pub.venue_raw, pub.year) == ("Preventative Veterinary Medicine", 2017)


@needs_model
def test_a_quoted_title_ends_at_its_closing_quote(db):
    """Chicago: 'Barker, Eileen. 2001. “INFORM: Bringing Sociology to the Public Space” in Frontier Religions in Public
    Space, P. Côté (ed.), 21-34.' - the title ends at its closing quote, the book it is in is no part of it; a quote
    inside a title ('Mapping "O Negócio"') and co-authors after it ('” (with A and B)') are left to the title."""
    md = ("## Book chapters\n\n<ul>\n<li>Barker, Eileen. 2001.  “INFORM: Bringing the Sociology of Religion to the "
          "Public Space” in Chercheurs de dieux dans l’espace public - Frontier Religions in Public Space "
          "P. Côté (ed)., 21-34. University of Ottawa Press. "
          "[http://www.jstor.org/stable/j.ctt1ckpcj1.7](http://www.jstor.org/stable/j.ctt1ckpcj1.7) </li>\n"
          "</ul>\n")
    (pub,) = read_markup("p.md", md, db, extractor="crf").publications
    assert (pub.title, pub.year) == ("INFORM: Bringing the Sociology of Religion to the Public Space", 2001)


@needs_model
def test_a_known_journal_right_after_a_quoted_titles_closing_quote_is_the_venue(db):
    """Neuroscience, Vancouver names: 'Chai Y, Lind DA. “Title” NeuroImage (2019) 197:13-23' - no full stop after
    the closing quote, and the journal was read as other. The quote sets the name apart as styling would; the
    name is the venue when the database knows it by that very name."""
    md = ("## Publications\n\n"
          "Chai Y, Lind DA, **Okafor J**. “Visual temporal frequency shows a distinct cortical architecture using "
          "fMRI” NeuroImage (2019) 197:13-23\n\n"
          "Ramot M, **Okafor J**. “A framework for offline evaluation of real-time algorithms for neurofeedback” "
          "NeuroImage (2019) 188:322-334\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [p.title for p in pubs] == ["Visual temporal frequency shows a distinct cortical architecture using fMRI",
                                       "A framework for offline evaluation of real-time algorithms for neurofeedback"]
    assert all(p.venue_raw and p.venue_raw.startswith("NeuroImage") and p.year == 2019 for p in pubs)


@needs_model
def test_a_journals_short_name_closing_the_author_list_is_the_venue(db):
    """An astronomy README ('Title, S. Lind, ..., and N. Moreau, A&A 635, A72') and a biology feature row ('Lind MF,
    ..., Okafor EM, Nature, 2023.'): the journal after the last name was read as one more author. The last piece of
    the list, right before the volume or year, is the venue when the database knows it by that very name."""
    md = ("## Articles\n\n"
          "- **[aa36991-19](https://example.org/x)**:\n  Type Ia supernovae from non-accreting progenitors,\n"
          "  J. Okafor, *S. Lind*, G. Moreau, and N. Park,\n  A&A 635, A72\n")
    (pub,) = read_markup("p.md", md, db, extractor="crf").publications
    assert pub.title == "Type Ia supernovae from non-accreting progenitors"
    assert pub.venue_raw == "A&A" and [a.split()[-1] for a in pub.authors] == ["Okafor", "Lind", "Moreau", "Park"]


@needs_model
def test_a_gbt_7714_citation_is_read_by_its_grammar(db):
    """China's national citation standard, numbered paragraphs: "[2] Authors. Title[J]. Journal, 2022, 39(02):
    30-35." The authors (Chinese names, "等" for et al.) were read as other and the journal run into the code; the
    code after the title says where the title ends, the authors before it and the journal after it."""
    md = ("中文论文:\n------\n"
          "[1] 张秉哲, 宋曰建, 王克海等. 不同支座形式对大桥地震响应影响研究[J]. 桥梁建设, 2021, 51(03): 85-92.\n\n"
          "[2] 王克海, 张秉哲, 郭威佐. 中小跨径桥梁抗震的概念设计与构造措施[J]. 建筑科学与工程学报, 2022, "
          "39(02): 30-35.\n\n"
          "[3] Dai W, Quek Z H, Low K H. Probabilistic modeling of conflict detection effectiveness by tracking "
          "systems[J]. Reliability Engineering & System Safety, 2024, 244: 109908.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [p.title for p in pubs] == ["不同支座形式对大桥地震响应影响研究", "中小跨径桥梁抗震的概念设计与构造措施",
                                       "Probabilistic modeling of conflict detection effectiveness by tracking systems"]
    assert (pubs[0].authors, pubs[0].et_al) == (["张秉哲", "宋曰建", "王克海"], True)
    assert pubs[1].authors == ["王克海", "张秉哲", "郭威佐"] and pubs[1].venue_raw.startswith("建筑科学与工程学报")
    assert [p.year for p in pubs] == [2021, 2022, 2024]
    assert pubs[2].venue_raw.startswith("Reliability Engineering & System Safety")


@needs_model
def test_a_rank_tag_after_a_venue_is_no_gbt_code(db):
    """"ESEC/FSE [A] 2024": a CORE rank in brackets after a venue is not GB/T 7714's "[A]" (a part of a
    collection), whose code comes right after the title's last word; the venue stays the venue (it was lost)."""
    md = "## Papers\n\n- A. Okafor, J. Moreau. Tidal heating of icy moons with thin crusts. ESEC/FSE [A] 2024\n"
    (pub,) = read_markup("p.md", md, db, extractor="crf").publications
    assert pub.title == "Tidal heating of icy moons with thin crusts" and pub.year == 2024
    assert pub.venue_raw is not None and "FSE" in pub.venue_raw


@needs_model
def test_the_words_after_a_linked_title_are_its_venue(db):
    """"Nilakantan AS, Bridge DJ, Voss JL (2018) [Title.](/pdfs/x.pdf) Neuropsychologia, 119: 101-106.": with the
    authors before the linked title, the plain words after the link are where it appeared (they were read as one
    more author)."""
    md = ("## Publications\n\n"
          "Nilakantan AS, Bridge DJ, VanHaerents SA, Voss JL (2018) [Distinguishing the precision of spatial memory "
          "from its success: evidence from healthy aging.](/pdfs/nilakantan2018.pdf) Neuropsychologia, 119: 101-106.\n")
    (pub,) = read_markup("p.md", md, db, extractor="crf").publications
    assert (pub.venue_raw, len(pub.authors)) == ("Neuropsychologia", 4)


def test_a_title_opening_with_the_last_authors_name_gives_it_back():
    """"Weiping Hu, **Fei Shen**, Qingchun Meng. A non-local approach ...": the name after the list's last comma and
    before a full stop is the last author, not the start of the title (the labeller read it into the title)."""
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair import block

    words = [("Weiping", "B-author"), ("Hu", "author"), (",", "author"), ("Fei", "author"), ("Shen", "author"),
             (",", "other"), ("Qingchun", "title"), ("Meng", "title"), (".", "title"), ("A", "title"),
             ("non-local", "title"), ("approach", "title"), (".", "other"), ("Fatigue", "venue")]
    toks = [Token(w, 0, label=lab) for w, lab in words]
    block(toks)
    # with the list's comma before it (author_gaps), so that the names stay apart
    assert [t.text for t in toks if t.field == "author"] == ["Weiping", "Hu", ",", "Fei", "Shen", ",", "Qingchun",
                                                             "Meng"]
    assert [t.text for t in toks if t.field == "title"] == ["A", "non-local", "approach"]


def test_a_heading_run_on_into_prose_ends_the_title_and_into_a_title_does_not():
    """repair.heading_ends_title: "### Title" read on into its abstract ends with the heading; a section's heading
    read on into the first title of its list ("Papers describing our methods" over "Sparse Inference: A Toolkit
    ...") is left as read (no prose after it: the rest is not the title's to cut)."""
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair import heading_ends_title

    def toks(head: str, body: str) -> list[Token]:
        return [*(Token(w, 0, label="title", tag="heading") for w in head.split()),
                *(Token(w, 1, label="title") for w in body.split())]

    t = toks("Misinformation and Bias", "This paper examines how content affects processing . Using a lab experiment "
             "we find no effect")
    assert [x.text for x in heading_ends_title(t, t)] == ["Misinformation", "and", "Bias"]
    assert all(x.field == "other" for x in t[3:])
    t = toks("Papers describing our methods", "Sparse Inference : A Toolkit for Compact Binary Signals")
    assert heading_ends_title(t, t) == t and all(x.field == "title" for x in t)


def test_a_quoted_title_opening_with_the_last_authors_name_gives_it_back():
    """Chicago and Vancouver with quoted titles: '..., and Luigi Genovese. "Complexity reduction ..."', 'Mokdad AH,
    Murray CJL. “Inequalities in life ...”': the last author, read into the title with the quote after it, is
    the list's again."""
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair import block

    words = [("Takahito", "B-author"), ("Nakajima", "author"), (",", "author"), ("and", "other"),
             ("Luigi", "title"), ("Genovese", "title"), (".", "title"), ('"', "title"), ("Complexity", "title"),
             ("reduction", "title"), ("in", "title"), ("practice", "title"), ('"', "other"), (".", "other"),
             ("Journal", "venue")]
    toks = [Token(w, 0, label=lab) for w, lab in words]
    block(toks)
    assert [t.text for t in toks if t.field == "author"] == ["Takahito", "Nakajima", ",", "and", "Luigi", "Genovese"]
    assert [t.text for t in toks if t.field == "title"] == ["Complexity", "reduction", "in", "practice"]


def test_an_author_list_opening_surname_first_keeps_its_first_surname():
    """"| Giorgi, E. E.; Solivella, G. R.; Perren, G. I. |": the list's first surname, read as other before its
    initials, is the first author's (the first author was "E. E.")."""
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair import block

    words = [("|", "other"), ("Giorgi", "other"), (",", "other"), ("E", "author"), (".", "author"),
             ("E", "author"), (".", "author"), (";", "author"), ("Solivella", "author"), (",", "author"),
             ("G", "author"), (".", "author")]
    toks = [Token(w, 0, label=lab) for w, lab in words]
    block(toks)
    assert [t.text for t in toks if t.field == "author"][:3] == ["Giorgi", ",", "E"]
    title_first = [Token("Bright", 0, label="other"), Token(",", 0, label="other"), Token("Ana", 0, label="author"),
                   Token("Lee", 0, label="author")]
    block(title_first)
    assert title_first[0].field == "other"  # no other name of the list follows: "Bright" is no surname of it
    hyphenated = [Token(w, 0, label=lab) for w, lab in [("Olaya-Agudelo", "other"), (",", "other"), ("V", "author"),
                                                          (".", "author"), (";", "author"), ("Stewart", "author"),
                                                          (",", "author"), ("B", "author")]]
    block(hyphenated)
    assert hyphenated[0].field == "author"  # a hyphenated surname is a surname too


def test_initials_left_unlabelled_inside_an_author_list_are_the_names():
    """"Navickas, T.; <u>MacDonell, R.J.</u>; Valahu, C.H.": the owner's initials, set apart by their markup, were
    read as other, and the surname before them was joined to the next name ("MacDonell Valahu, C.H."); also where
    the gap ends its line with the list's separator and the list goes on on the next."""
    from pubnorm.sources.repair import block

    toks = _toks("Navickas/B-author ,/author T/author ./author ;/author MacDonell/author ,/other R/other ./other "
                 "J/other ./other ;/other Valahu/author ,/author C/author ./author")
    block(toks)
    assert all(t.field == "author" for t in toks)
    wrapped = _toks("Lee/B-author ,/author A/author ./author ;/author Okafor/author ,/other J/other ./other ;/other")
    wrapped += _toks("Kim/author ,/author B/author ./author", line=1)
    block(wrapped)
    assert all(t.field == "author" for t in wrapped)
    words = _toks("Lee/B-author ,/author A/author Tidal/other heating/other Kim/author")
    block(words)
    assert [t.field for t in words[3:5]] == ["other", "other"]  # words, not initials: left as read


def test_a_note_on_the_authors_order_is_no_part_of_title_or_venue():
    """'"[Title](arxiv)" (*equal contribution) 33rd Annual Conference on Neural Information Processing Systems': the
    note in brackets was read into the venue (and "(alphabetical order)" into the title)."""
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair import block

    words = [("Painless", "title"), ("training", "title"), ("(", "venue"), ("*", "venue"), ("equal", "venue"),
             ("contribution", "venue"), (")", "venue"), ("33rd", "venue"), ("NeurIPS", "venue")]
    toks = [Token(w, 0, label=lab) for w, lab in words]
    block(toks)
    assert [t.text for t in toks if t.field == "venue"] == ["33rd", "NeurIPS"]
    kept = [Token(w, 0, label="title") for w in "Robust ( and fast ) training".split()]
    block(kept)
    assert all(t.field == "title" for t in kept)  # brackets that are no note stay the title's


def test_a_title_ending_in_part_n_of_m_keeps_its_last_number(db):
    """"...: Part 2 of 3. *Journal* 7(2): 185-193.": where the labeller reads the "3" as a volume, the title cut to
    end in "of" is no title and the paper was lost (seen on a real page for two of its three parts)."""
    from pubnorm.sources.assemble import entry_publication
    from pubnorm.sources.features import Token

    words = [("Okafor", "B-author"), (",", "author"), ("E.", "author"), ("and", "author"), ("H.", "author"),
             ("Lind", "author"), (",", "other"), ("2019", "year"), (".", "other"), ("River", "title"),
             ("deltas", "title"), ("for", "title"), ("archaeologists", "title"), (":", "title"), ("Part", "title"),
             ("2", "title"), ("of", "title"), ("3", "volume"), (".", "other"), ("Advances", "venue"),
             ("in", "venue"), ("Archaeological", "venue"), ("Practice", "venue"), ("7", "volume")]
    toks = [Token(w, 0, italic=lab == "venue", label=lab, space_before=w not in ",.:") for w, lab in words]
    pub = entry_publication(toks, db)
    assert pub is not None and pub.title == "River deltas for archaeologists: Part 2 of 3" and pub.year == 2019


def test_a_title_ending_in_a_year_after_in_keeps_it_when_the_entry_gives_its_own_year(db):
    """APA "(2020). Flood mapping in the delta province in 2019. *Journal* 62(4), 36-42.": the labeller read the
    title's last year as the paper's, and the title was cut before "in 2019". Without a year of its own elsewhere the
    entry's year stays the one after the title."""
    from pubnorm.sources.assemble import entry_publication
    from pubnorm.sources.features import Token

    def entry(lead: list[tuple[str, str]]) -> list[Token]:
        words = [*lead, ("Flood", "title"), ("mapping", "title"), ("in", "title"), ("the", "title"),
                 ("delta", "title"), ("province", "title"), ("in", "other"), ("2019", "year"), (".", "other"),
                 ("Vietnam", "venue"), ("Journal", "venue"), ("of", "venue"), ("Science", "venue"), ("62", "volume")]
        return [Token(w, 0, italic=lab == "venue", label=lab, space_before=w not in ",.:()") for w, lab in words]

    pub = entry_publication(entry([("Okafor", "B-author"), (",", "author"), ("E.", "author"), ("(", "other"),
                                   ("2020", "year"), (")", "other"), (".", "other")]), db)
    assert pub is not None and (pub.title, pub.year) == ("Flood mapping in the delta province in 2019", 2020)
    pub = entry_publication(entry([("Okafor", "B-author"), (",", "author"), ("E.", "author"), (".", "other")]), db)
    assert pub is not None and (pub.title, pub.year) == ("Flood mapping in the delta province", 2019)


def test_co_authors_after_with_are_the_authors_of_an_entry_that_names_none(db):
    """"[Title](arxiv) <br> With Uwe Nagel. (arXiv preprint)" and "<a><i>Title</i></a> with A. Lee and B. Kim (2002)":
    the names after a "with" that opens a line or follows the title's end are the co-authors (they were read as
    other words, or as more of the title)."""
    from pubnorm.sources.assemble import entry_publication
    from pubnorm.sources.features import Token

    def entry(words: list[tuple[str, str, int, bool]]) -> list[Token]:
        return [Token(w, line, italic=it, href="https://x.org/p" if it else None, label=lab,
                      space_before=w not in ",.:)") for w, lab, line, it in words]

    a = entry([("Sparse", "B-title", 0, True), ("widgets", "title", 0, True), ("of", "title", 0, True),
               ("OI-modules", "title", 0, True), (".", "other", 0, False), ("With", "other", 1, False),
               ("Ada", "other", 1, False), ("Lovelace", "other", 1, False), (".", "other", 1, False),
               ("(", "other", 1, False), ("arXiv", "venue", 1, False), ("preprint", "venue", 1, False),
               (")", "other", 1, False)])
    b = entry([("Buried", "B-title", 0, True), ("widget", "title", 0, True), ("classification", "title", 0, True),
               ("with", "title", 0, False), ("Lorenzo", "title", 0, False), ("Rossi", "title", 0, False),
               ("and", "title", 0, False), ("Carla", "title", 0, False), ("di", "title", 0, False),
               ("Zinno", "title", 0, False), ("(", "other", 0, False), ("2002", "year", 0, False),
               (")", "other", 0, False)])
    pa, pb = entry_publication(a, db), entry_publication(b, db)
    assert pa is not None and (pa.title, pa.authors) == ("Sparse widgets of OI-modules", ["Ada Lovelace"])
    assert pb is not None and pb.title == "Buried widget classification"
    assert pb.authors == ["Lorenzo Rossi", "Carla di Zinno"]
    d = [Token("Graying", 0, href="https://doi.org/10.1/x", label="B-title"),
         Token("Prospects", 0, href="https://doi.org/10.1/x", label="title"), Token(".", 0, label="other"),
         Token("with", 0, label="other"), Token("Min", 0, href="https://minhee.example.org/", label="other"),
         Token("Hee", 0, href="https://minhee.example.org/", label="other"),
         Token("Go", 0, href="https://minhee.example.org/", label="other"),
         Token(",", 0, label="other", space_before=False), Token("Social", 0, italic=True, label="venue"),
         Token("Science", 0, italic=True, label="venue"), Token("Quarterly", 0, italic=True, label="venue")]
    pd = entry_publication(d, db)  # co-authors linked to their own pages
    assert pd is not None and (pd.title, pd.authors) == ("Graying Prospects", ["Min Hee Go"])
    e = entry([("Export", "B-title", 0, True), ("dynamics", "title", 0, True), ("(", "other", 0, False),
               ("with", "other", 0, False), ("Ji", "other", 0, False), ("Hye", "other", 0, False),
               ("Heo", "other", 0, False), (")", "other", 0, False), ("Widget", "venue", 0, False),
               ("Review", "venue", 0, False)])
    pe = entry_publication(e, db)  # "[Title](link) (with Ji Hye Heo)"
    assert pe is not None and (pe.title, pe.authors) == ("Export dynamics", ["Ji Hye Heo"])
    c = entry([("Learning", "B-title", 0, False), ("with", "title", 0, False), ("Noisy", "title", 0, False),
               ("Labels", "title", 0, False), ("Everywhere", "title", 0, False), (".", "other", 0, False),
               ("ICML", "venue", 0, False), ("2021", "year", 0, False)])
    pc = entry_publication(c, db)  # "with" inside a title is a word of it
    assert pc is not None and (pc.title, pc.authors) == ("Learning with Noisy Labels Everywhere", [])


def test_co_authors_after_the_pages_word_for_with_opening_a_line_are_the_authors(db):
    """"avec Éric Pité, [Un raffinement du théorème](note.pdf), RMS 131-1 (2021)": a French page's "with" opens the
    item, before the title; the words for "with" of other languages count at a line's start only (a Spanish or
    Portuguese title holds "con", "com" as words), and names stop at a link to a PDF (a paper's, not a person's)."""
    from pubnorm.sources.assemble import entry_publication
    from pubnorm.sources.features import Token

    a = [Token("avec", 0, label="other"), Token("Éric", 0, label="other"), Token("Pité", 0, label="other"),
         Token(",", 0, label="other", space_before=False),
         Token("Un", 0, href="note.pdf", label="title"), Token("raffinement", 0, href="note.pdf", label="title"),
         Token("du", 0, href="note.pdf", label="title"), Token("théorème", 0, href="note.pdf", label="title"),
         Token(",", 0, label="other", space_before=False), Token("RMS", 1, label="venue"),
         Token("(", 1, label="other"), Token("2021", 1, label="year"), Token(")", 1, label="other")]
    pa = entry_publication(a, db)
    assert pa is not None and (pa.title, pa.authors) == ("Un raffinement du théorème", ["Éric Pité"])
    b = [Token("Aprendizaje", 0, label="B-title"), Token("con", 0, label="title"), Token("Redes", 0, label="title"),
         Token("Neuronales", 0, label="title"), Token(".", 0, label="other"), Token("ICML", 0, label="venue"),
         Token("2021", 0, label="year")]
    pb = entry_publication(b, db)
    assert pb is not None and (pb.title, pb.authors) == ("Aprendizaje con Redes Neuronales", [])


def test_an_italic_author_line_read_as_a_venue_is_the_author_list(db):
    """'<em>Molly Gibbins, Adam Gammon-Smith, Bruno Bertini.</em> <a href=doi>Phys. Rev. B (2025)</a>': the italic
    names were read as the start of the venue; a piece of one span that is a list of full names is the authors,
    and a venue written with commas or "&" is not ("Earth & Environment", "Population, Resources and Environment")."""
    from pubnorm.sources.assemble import entry_publication
    from pubnorm.sources.features import Token

    def entry(names: list[str]) -> list[Token]:
        toks = [Token(w, 0, label="B-title" if k == 0 else "title", space_before=w != ".")
                for k, w in enumerate("Restoring symmetry in free widget chains .".split())]
        toks[-1].label = "other"
        toks += [Token(w, 1, italic=True, span=1, label="venue", space_before=w not in ",.") for w in names]
        toks += [Token(w, 2, href="https://doi.org/10.1103/x", span=2, label=lab, space_before=w not in ".)")
                 for w, lab in (("Phys.", "venue"), ("Rev.", "venue"), ("B", "venue"), ("(", "other"),
                                ("2025", "year"), (")", "other"))]
        return toks

    pub = entry_publication(entry("Elena Okafor , Hugo Lind-Moreau , Bruno Ferreira .".split()), db)
    assert pub is not None and pub.authors == ["Elena Okafor", "Hugo Lind-Moreau", "Bruno Ferreira"]
    assert pub.venue is not None and pub.venue.venue is not None and pub.venue.venue.acronym == "PRB"
    for venue in ("Communications Earth & Environment", "China Population , Resources and Environment"):
        pub = entry_publication(entry(venue.split()), db)
        assert pub is not None and pub.authors == []


@needs_model
def test_a_chapter_in_an_edited_book_has_the_book_as_its_venue_and_its_editors(db):
    """"Title. In A. Editor & B. Editor (eds.), *Book*, pp. 91-103": the editors were read as the next entry's
    authors (a record titled with their names) or into the title, and the paper was lost. The book is where the
    chapter appeared; its editors are the record's editors, not its authors. "In press" opens no edited book."""
    md = ("## Chapters\n\n"
          "- Lena Okafor and Jan Moreau. 2021. [Tides in small lakes.](https://doi.org/10.5281/zenodo.1) In Rita "
          "Lind & Ida Berg (eds.), *Water in the landscape: A reader*, pp. 91-103. Berlin: Lake Press.\n"
          "- Jan Moreau. 2019. Reading the shoreline. In Tom Hale (ed.), *Coasts and people*, 45-60. Oslo: Norden.\n"
          "- Jan Moreau. 2024. Salt in the delta. *Journal of Coastal Things*. In press.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.venue_raw, p.editors, p.authors) for p in pubs[:2]] == [
        ("Tides in small lakes", "Water in the landscape: A reader", ["Rita Lind", "Ida Berg"],
         ["Lena Okafor", "Jan Moreau"]),
        ("Reading the shoreline", "Coasts and people", ["Tom Hale"], ["Jan Moreau"])]
    assert [(p.title, p.editors) for p in pubs[2:]] == [("Salt in the delta", [])]


@needs_model
def test_a_chapter_in_an_edited_book_in_spanish_or_portuguese(db):
    """'SURNAME, NAME (2008). “Title” en J. Espiga y A. Lind (orgs.) Book. City, Press: pp. 299-318.': the editors
    after "en" (Spanish; "em" in Portuguese), joined by "y" or "e" and marked "(orgs.)", "(coords.)", were read as a
    second title and the entry gave no paper. They are the book's editors; the book is the venue."""
    html = ("<h2>Publicaciones</h2>\n"
            "<div><strong>OKAFOR, LENA (2008)</strong>. “Tides in small lakes: two letters from the border” en J. "
            "Espiga y A. Lind (orgs.) Water in the landscape. Pelotas, Lake Press: pp. 299-318.</div>\n"
            "<div><strong>MOREAU, JAN (2011)</strong>. “Reading the shoreline” em Rita Lind e Ida Berg (coords.) "
            "Coasts and people. Rosario, Norden: pp. 45-60.</div>\n")
    pubs = read_markup("p.html", html, db, extractor="crf").publications
    assert [(p.title, p.venue_raw, p.year) for p in pubs] == [
        ("Tides in small lakes: two letters from the border", "Water in the landscape", 2008),
        ("Reading the shoreline", "Coasts and people", 2011)]


@needs_model
def test_a_quoted_title_that_opens_with_a_quotation_ends_at_its_own_closing_mark(db):
    """"A. Lind, <a href=...>‘“A very considerable collection of books”. Literary relations in Dutch auction
    catalogues 1790 – 1830’</a>, Journal 62.1 (2024) 9 – 30.": the title is in single marks and opens with a quotation
    in double ones; it was cut at the inner closing mark. The outer mark's close ends it; the inner quotation is the
    title's first words."""
    html = ("<h2>Publications</h2>\n<p>A. Lind, <a href=\"https://doi.org/10.1000/x.1\">‘“A very considerable "
            "collection of books”. Literary relations in Dutch auction catalogues of private libraries 1790 – "
            "1830’</a>, Internationale Neerlandistiek 62.1 (2024) 9 – 30.</p>\n"
            "<p>B. Okafor, “Women’s Libraries and ‘Women’s Books’, 1729–1830”, in M. Lind (ed.), <i>Gender and "
            "Mediation</i>, Cham, Palgrave Macmillan, 2024, 289 – 314.</p>\n")
    pubs = read_markup("p.html", html, db, extractor="crf").publications
    assert [p.title for p in pubs] == [
        "“A very considerable collection of books”. Literary relations in Dutch auction catalogues of private "
        "libraries 1790 – 1830", "Women’s Libraries and ‘Women’s Books’, 1729–1830"]


@needs_model
def test_a_quoted_title_ending_in_the_passage_it_is_about_ends_at_its_closing_mark(db):
    """A classicist's CV: '"... Ovid on the necessity of reading in _Tristia_ 1.1.21–22." _Studies in Latin Literature_
    12: 234–249.': the title was cut at "Tristia 1", the book, poem and lines it is about read as no field and a
    volume. Words up to the closing mark are the title's when numbers alone remain as well as words."""
    md = ("# Publications\n\n1. Lind, B. J. 2004. \"_Quaerenti plura legendum_: Ovid on the necessity of reading in "
          "_Tristia_ 1.1.21–22.\" _Studies in Latin Literature and Roman History_ 12: 234–249.\n"
          "1. Lind, B. J. 2006. \"Some Purposeful Omissions in _Tr_. 3.1.\" _The Classical Journal_ 13: 17–39.\n")
    pubs = read_markup("cv.md", md, db, extractor="crf").publications
    assert [p.title for p in pubs] == [
        "Quaerenti plura legendum: Ovid on the necessity of reading in Tristia 1.1.21–22",
        "Some Purposeful Omissions in Tr. 3.1"]


@needs_model
def test_an_element_whose_class_names_a_venue_is_the_venue_when_it_names_a_known_one(db):
    """Working papers as cards, '<div class="paper-title">Title <span class="status-badge">R&amp;R · Journal of
    Corporate Finance</span></div>': the badge's words were read as no field (its "R" into the title). An element whose
    class names a venue or a badge, in an entry with no venue, is the venue when it names a venue the database knows
    (its status too); a badge that names none ("Job market paper") is left as read."""
    cards = [("Trust and Corporate Ownership", "R&amp;R · Journal of Corporate Finance"),
             ("Product Scope and Ownership Structure", "Under Review · Management Science"),
             ("Patents and Productivity in Small Firms", "Job market paper")]
    html = "<h2>Working Papers</h2>\n" + "".join(
        f'<article class="paper">\n<div class="paper-title">\n  {t}\n  <span class="status-badge">{b}</span>\n</div>\n'
        f'<div class="paper-authors">with Ada Okafor and Jan Moreau</div>\n</article>\n' for t, b in cards)
    pubs = read_markup("p.html", html, db, extractor="crf").publications
    assert [(p.title, p.venue.venue.id if p.venue and p.venue.venue else None) for p in pubs] == [
        ("Trust and Corporate Ownership", "journal-of-corporate-finance"),
        ("Product Scope and Ownership Structure", "mansci"), ("Patents and Productivity in Small Firms", None)]
    assert [p.status for p in pubs[:2]] == ["under review", "under review"]


@needs_model
def test_a_note_on_where_a_preprint_is_is_no_title(db, tmp_path):
    """Org-mode items "Authors. /Title/ in /Journal/ (2015), pp. 1–42. DOI: [[url][10.1000/x]]. pre-print available
    as [[url][Cryptology ePrint Archive: Report 2011/289]].": the note, or the link's words after it, were read as
    the title (and the italic title as the venue), and the DOI read on into the note ("10.1000/x.2.pre-print"). The
    note is no field; the italic title is the title, as the page's other titles are."""
    org = ("** Journal articles\n\n"
           "- Ada Okafor, Jan Moreau and Li Wei. /Tidal heating of icy moons/ in /Icarus/ 9(3):169-203 (2015), DOI: "
           "[[https://doi.org/10.1000/x.1][10.1000/x.1]]. pre-print available as "
           "[[https://eprint.example.org/2015/046][Cryptology ePrint Archive: Report 2015/046]].\n"
           "- Ada Okafor, Jan Moreau, Li Wei, Kazuo Tanaka, and Yuki Sato. /Ligand exchange, revisited/ in /Designs, "
           "Codes and Cryptography/ (2015), pp. 1–42. DOI: [[https://doi.org/10.1000/x.2][10.1000/x.2]]. pre-print "
           "available as [[https://eprint.example.org/2011/289][Cryptology ePrint Archive: Report 2011/289]].\n"
           "- Ada Okafor, Kazuo Tanaka and Yuki Sato. /A survey of cryovolcanism on Enceladus/ in /Journal of "
           "Symbolic Computation/. 2012. [[https://eprint.example.org/2011/164][pre-print]].\n"
           "- Ada Okafor and Li Wei. /Efficient multiplication of dense matrices over small fields/ in /ACM "
           "Transactions on Mathematical Software/. 2008.\n"
           "- Jan Moreau and Ada Okafor. /Dialog breakdown detection using multimodal features/ in /Cryptologia/, "
           "Volume 32, Issue 3, pages 220-276. 2008.\n")
    (tmp_path / "p.org").write_text(org, encoding="utf-8")
    pubs = [p for p in read_profile(tmp_path / "p.org", db).publications if p.title or p.label]
    assert [p.title for p in pubs] == [
        "Tidal heating of icy moons", "Ligand exchange, revisited", "A survey of cryovolcanism on Enceladus",
        "Efficient multiplication of dense matrices over small fields",
        "Dialog breakdown detection using multimodal features"]
    assert [p.ids.get("doi") for p in pubs[:2]] == ["10.1000/x.1", "10.1000/x.2"]
    assert pubs[1].venue_raw is not None and pubs[1].venue_raw.startswith("Designs, Codes and Cryptography")


@needs_model
def test_a_titles_last_words_on_its_wrapped_paragraphs_next_line_are_the_titles(db):
    """Bullets a source wraps at 72 columns, "* A. Lee, B. Kim et al. (2019) Title ... in malaria\n  mosquitoes.
    [https://doi.org/...](...)": the title's last word, carried over to the next line before its full stop, was
    read as no field and the title lost it. A title that ends its line goes on over the wrapped line's first words up
    to the stop; a title that ends with its stop stays as read."""
    md = ("# Publications\n\n"
          "* Ana Lee, Bo Kim et al. (2019) Whole-genome sequencing reveals high complexity of copy number\n"
          "  variation at insecticide resistance loci in malaria\n"
          "  mosquitoes. [https://doi.org/10.1000/x.1](https://doi.org/10.1000/x.1)\n\n"
          "* Bo Kim et al. (2016) Indels, structural variation, and recombination drive genomic diversity in\n"
          "  Plasmodium falciparum. [https://doi.org/10.1000/x.2](https://doi.org/10.1000/x.2)\n\n"
          "* Ana Lee et al. (2010) OpenFlyData: An exemplar data web integrating gene expression data on the\n"
          "  fruit fly. [https://doi.org/10.1000/x.3](https://doi.org/10.1000/x.3)\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [p.title for p in pubs] == [
        "Whole-genome sequencing reveals high complexity of copy number variation at insecticide resistance loci in "
        "malaria mosquitoes",
        "Indels, structural variation, and recombination drive genomic diversity in Plasmodium falciparum",
        "OpenFlyData: An exemplar data web integrating gene expression data on the fruit fly"]


@needs_model
def test_editors_joined_by_slashes_before_hrsg_are_the_books_editors(db):
    """German humanities references: "Lind, Ada: Titel des Beitrags, in: Okafor, Jan/Moreau, Li (Hrsg.): Buchtitel,
    Berlin 2019, S. 45–60.": the editors, joined by slashes, were read as the paper's authors and the book was lost.
    A slash joins names as "and" does."""
    md = ("## Aufsätze\n\n"
          "- Lind, Ada: Das Repertorium als serielle Quelle zur Geschichte der Eliten, in: Okafor, Jan/Moreau, "
          "Li/Berg, Ida (Hrsg.): Kirche und Kurie des Spätmittelalters, Berlin 2019, S. 45–60.\n"
          "- Lind, Ada: Von der Metapher zur Methode, in: Zeitschrift für Historische Forschung 47 (2020), S. 1–39.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert pubs[0].venue_raw == "Kirche und Kurie des Spätmittelalters"
    assert not {"Okafor", "Moreau"} & {w for a in pubs[0].authors for w in a.replace(",", " ").split()}


@needs_model
def test_a_plain_title_does_not_run_on_into_the_italic_venue_after_its_full_stop(db):
    """"Authors (2023). Title. *Medical Imaging with Deep Learning, Short Paper Track*.": the title was read on into
    the italic venue (and the track alone was the venue). When authors follow the italic words, they open the author
    list instead ("Title. *Tyler A.* Cochran, ...")."""
    md = ("## Papers\n\n"
          "* Okafor, L., Moreau, J. & Berg, I. (2023). Human-Guided Design to Explain a Deep Pneumothorax Classifier. "
          "*Medical Imaging with Deep Learning, Short Paper Track*. ([Paper](https://example.org/p.pdf))\n")
    (pub,) = read_markup("p.md", md, db, extractor="crf").publications
    assert pub.title == "Human-Guided Design to Explain a Deep Pneumothorax Classifier"
    assert pub.venue_raw is not None and pub.venue_raw.startswith("Medical Imaging with Deep Learning")


@needs_model
def test_an_italic_book_title_after_the_title_is_no_prose_around_it(db):
    """An entry whose title is followed by a long italic book title ("Author "Title" [Translation]. *Book of many
    words*, Council, 2021, pp. 162–168."): the labeller read the book as a second title, and the entry was taken for
    a phrase picked out of running text (more words around the title than in it) and dropped. Italic words are a
    field, not prose."""
    md = ("## Chapters\n\n"
          "1. Moreau, Jan \"Manifesto por uma Psicologia Pirata\" [Manifesto Toward a Pirate Psychology]. *Gestos, "
          "Memórias e Narrativas da Escuta Clínica Permeada pela Tecnologia*, Regional Council of Psychology, 2021, "
          "pp. 162–168.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [p.year for p in pubs] == [2021] and pubs[0].title is not None and "Pirata" in pubs[0].title


@needs_model
def test_editors_named_after_the_book_are_neither_authors_nor_prose(db):
    """"Year. Title. (With A. Coauthor) *Proceedings of ...*, ed. by A. Editor and B. Editor. 522-535.": the editors
    after the book were read as a second title or as authors (the entry dropped as prose, or its authors wrong).
    "Ed H. Chi" in an author list is a name; "Lind and Berg, eds., *Book*" names its editors before."""
    md = ("## Papers\n\n"
          "+ 2024\\. Learning factivity from syntax and pragmatics: a corpus study. (With Ida Berg) *Proceedings of "
          "the 48th annual Boston University Conference on Language Development*, ed. by Hayat Abdullah Ali "
          "Althagafi and Jupitara Ray. 522-535. Somerville, Mass.: Cascadilla Press.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.editors) for p in pubs] == [("Learning factivity from syntax and pragmatics: a corpus study",
                                                      ["Hayat Abdullah Ali Althagafi", "Jupitara Ray"])]
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair import editors_by_at
    toks = [Token(w, 0) for w in ("Kang", ",", "Ed", "H", ".", "Chi")]
    assert editors_by_at(toks, 2) is None
    toks = [Token(w, 0) for w in ("Rotondi", ",", "eds", ".", ",", "Theorizing", "Justice")]
    assert editors_by_at(toks, 2) is None


@needs_model
def test_a_number_in_a_title_read_as_a_volume_does_not_cut_the_title(db):
    """Chemistry and physics titles name crystal faces, temperatures and chain lengths: "on Cu(111) at 925 K:",
    "TiO<sub>2</sub> (110)", "(C1–C18)". Read as a volume, the number cut the title in two (and the paper, quoted,
    was lost or kept only up to the number)."""
    html = ("<html><body><h2>Publications</h2>\n"
            "<p>Reactive scattering of H<sub>2</sub> on Cu(111) at 925 K: Effective Hartree potential versus the "
            "sudden approximation,<br>\nB. Okafor, M. Lind and J. Moreau, <i>Journal of Chemical Physics</i> 161, "
            "154702 (2024)</p>\n"
            "<p>“Breaking π-π interactions in carboxylic acid monolayers on rutile TiO<sub>2</sub> (110) leads to "
            "long-range ordering,” W. Okafor and M. A. Lind, <em>J. Phys. Chem. C</em> <strong>123, </strong>8836 "
            "(2019).</p>\n"
            "<p>“Frustrated etching during H/Si(111) methoxylation produces fissured surfaces,” B. Moreau and M. A. "
            "Lind, <em>J. Phys. Chem. C</em> <strong>121, </strong>4899 (2017).</p>\n</body></html>\n")
    pubs = read_markup("p.html", html, db, html=True, extractor="crf").publications
    assert [p.title for p in pubs] == [
        "Reactive scattering of H2 on Cu(111) at 925 K: Effective Hartree potential versus the sudden approximation",
        "Breaking π-π interactions in carboxylic acid monolayers on rutile TiO2 (110) leads to long-range ordering",
        "Frustrated etching during H/Si(111) methoxylation produces fissured surfaces"]


@needs_model
def test_a_title_that_ended_at_its_full_stop_is_not_joined_to_a_book_after_its_pages(db):
    md = ("## Chapters\n\n2022\\. Evidence of High Policing Pluralization in Canada. Pp. 221-250 in "
          "[*Changing of the Guards: Private Influences and Criminal Justice*](https://example.org/b). UBC Press.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [p.title for p in pubs] == ["Evidence of High Policing Pluralization in Canada"]


def test_keyed_fields_are_read_in_the_pages_language():
    """"Título: ...", "Autores: ...", "Data: 06 a 09 de Maio de 2012" (a Portuguese page): the keys name their fields
    as "Title:", "Authors:" and "Date:" do."""
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair.fields import keyed_fields

    lines = [("Título", ":", "Uma", "abordagem", "diferenciada"), ("Autores", ":", "Ana", "Silva", ";", "Rui", "Costa"),
             ("Revista", ":", "Bolema"), ("Ano", ":", "2012")]
    toks = [Token(w, ln, label="other") for ln, words in enumerate(lines) for w in words]
    keyed_fields(toks)
    fields = {ln: {t.field for t in toks[[k for k, t in enumerate(toks) if t.line == ln][1] + 1:]
                   if t.line == ln and t.text != ";"} for ln in range(len(lines))}
    assert fields == {0: {"title"}, 1: {"author"}, 2: {"venue"}, 3: {"year"}}
    assert {t.field for t in toks if t.text in ("Título", "Autores", "Revista", "Ano", ":")} == {"other"}


@needs_model
def test_a_list_item_of_title_authors_and_italic_venue_lines_reads_each_line_as_its_field(db):
    """'- Title ending in "with Word"', then '**Owner**, Co-Author' and '*Venue 2023*' on lines of their own: the
    title's last words are no author (the author list starts on its line), the italic line's first word is the venue
    (not a last author), and '- **Name** [VENUE 2024]' or '- Name [VENUE 25, CCF A]' alone is an entry named by its
    name."""
    md = ("## Papers\n\n"
          "- Robust Ranking of Spreadsheet Cells with Abstention\n\n  **Nora Quill**, Tomas Brandt\n\n"
          "  *NeuIPS 2023*\n\n"
          "- **GridSage** [KDD 2024]\n\n- GridLens [ACL 25, CCF A]\n\n"
          "- Sparse Probing of Layout Encoders\n\n  Tomas Brandt, **Nora Quill**\n\n  *ICML 2022*\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.label, p.authors, p.venue_raw, p.year) for p in pubs] == [
        ("Robust Ranking of Spreadsheet Cells with Abstention", None, ["Nora Quill", "Tomas Brandt"], "NeuIPS 2023",
         2023),
        (None, "GridSage", [], "KDD 2024", 2024),
        (None, "GridLens", [], "ACL 25, CCF A", 2025),
        ("Sparse Probing of Layout Encoders", None, ["Tomas Brandt", "Nora Quill"], "ICML 2022", 2022)]


@needs_model
def test_a_title_that_opens_with_a_quoted_phrase_keeps_it_and_its_subtitle(db):
    """APA entries whose title opens with a quotation and goes on after a colon or a dash ('‘Fair to me?’: How ...',
    '“No place like the lab”—Field notes ...'): the quoted phrase is the title's opening, not all of it, and not a
    phrase of running text; its quote marks stay, as the page writes them."""
    md = ("## Articles\n\n"
          "1. Okafor, T. N., **Lind, H. E.**, & Moreau, P. (2019). ‘Fair to me?’: How adolescents weigh peer "
          "feedback against self-evaluation. *Journal of Youth Studies*, 12, 301-318.\n"
          "1. Lind, H. E., Varga, S., & Ito, R. (2023). “No place like the lab”—Field notes on remote data "
          "collection with families. *Developmental Review*, 4(2), 1-19.\n"
          "1. Varga, S., & Lind, H. E. (2021). “Thin” descriptions of rural classrooms in survey research. "
          "*Sociology of Education*, 9, 55-70.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [p.title for p in pubs] == [
        "‘Fair to me?’: How adolescents weigh peer feedback against self-evaluation",
        "“No place like the lab”—Field notes on remote data collection with families",
        "“Thin” descriptions of rural classrooms in survey research"]
    assert [p.venue_raw for p in pubs] == ["Journal of Youth Studies", "Developmental Review", "Sociology of Education"]


@needs_model
def test_a_bracket_saying_how_far_a_paper_got_is_its_status(db):
    """APA writes the status where the year goes ('(In press).'), chemistry pages write '(under review)' between the
    authors and the title: the paper is accepted or under review, not published, and its title starts after the
    bracket (the labeller read '(In press)' as nothing, and 'under review )' as the title's first words)."""
    md = ("## Papers\n\n"
          "**Varga, S. T.**, Okafor, N., & Lind, H. (In press). Attachment and help-seeking in first-year students. "
          "*Journal of Counseling Psychology*.  \n"
          "* Chen, L.; **Varga, S. T.**; Moreau, P. (under review) Photoswitchable Acids with Tunable Fluorescence "
          "in Water. Angewandte Chemie.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.status) for p in pubs] == [
        ("Attachment and help-seeking in first-year students", "accepted"),
        ("Photoswitchable Acids with Tunable Fluorescence in Water", "under review")]


def _toks(spec: str, line: int = 0) -> list:  # type: ignore[type-arg]
    """Tokens on one line from "word/label word/label ..."."""
    from pubnorm.sources.features import Token

    return [Token(w.rsplit("/", 1)[0], line, label=w.rsplit("/", 1)[1]) for w in spec.split()]


def test_a_quoted_title_read_on_with_the_names_of_an_untitled_entry_is_its_title():
    """'S. W. Cheung, B. Wang, C. F. Zhou, “A Broadband Patch Antenna Using L-probe Feed,” *2017 IEEE Symposium*'
    (IEEE's style): the labeller read the quoted title on as names, so the entry had no title and was lost."""
    from pubnorm.sources.repair import titles

    toks = _toks("S/B-author ./author Cheung/author ,/author Bo/author Wang/author ,/author “/author A/author "
                 "Broadband/author Patch/author Antenna/author ,/author ”/author 2017/venue IEEE/venue Symposium/venue "
                 "./other")
    titles.quoted_title_in_names(toks)
    assert [t.text for t in toks if t.field == "author"] == ["S", ".", "Cheung", ",", "Bo", "Wang"]
    assert [t.text for t in toks if t.field == "title"] == ["A", "Broadband", "Patch", "Antenna"]
    # quoted names are names; an entry that has a title keeps its labels
    names = _toks("S/B-author Cheung/author ,/author “/author Bo/author Wang/author and/author Cy/author Lee/author "
                  "”/author ./other")
    titled = _toks("S/B-author Cheung/author ,/author “/author A/author Broad/author Patch/author ”/author "
                   "Antenna/title ./other")
    for case in (names, titled):
        before = [t.label for t in case]
        titles.quoted_title_in_names(case)
        assert [t.label for t in case] == before


def test_words_before_a_subtitle_open_an_apa_title_only_when_they_are_one_sentence():
    from pubnorm.sources.repair import titles

    question = _toks("Lee/B-author ,/author A/author ./author (/other 2021/year )/other ./other Do/other "
                     "facilities/other correct/other youth/other ?/other :/other Effects/title of/title "
                     "incarceration/title ./other")
    titles.apa_main_title(question)
    assert " ".join(t.text for t in question if t.field == "title") == "Do facilities correct youth ? : Effects of " \
        "incarceration"
    chaired = _toks("Lee/B-author ,/author A/author ./author (/other 2019/year )/other ./other Using/other a/other "
                    "model/other ./other In/other M/other ./other Bern/other (/other Chairs/other )/other ,/other "
                    "Embracing/other dynamics/other :/other Contextual/title and/title systematic/title ./other")
    titles.apa_main_title(chaired)
    assert " ".join(t.text for t in chaired if t.field == "title") == "Contextual and systematic"


def test_a_word_opening_an_italic_title_line_read_as_a_name_is_the_titles_first():
    """"Hennig D, Burbanks AD,<br><em>Directed\ntransport of two particles</em>": with the italic title's wrapped
    lines one line, the labeller read its first word on as a name; it opens the title (names on a line of their own
    before it, the word in the title's italics). A name in the author list's own style stays one."""
    from pubnorm.sources.repair import titles

    def entry(italic_first: bool) -> list:  # type: ignore[type-arg]
        toks = [*_toks("Hennig/B-author D/author ,/author Burbanks/author AD/author ,/author", line=1),
                *_toks("Directed/author transport/title of/title two/title particles/title ,/other Physica/venue",
                       line=2)]
        for t in toks[6:11]:
            t.italic = True
        toks[6].italic = italic_first
        return toks

    styled, plain = entry(True), entry(False)
    titles.title_first_word(styled)
    titles.title_first_word(plain)
    assert [t.text for t in styled if t.field == "title"] == ["Directed", "transport", "of", "two", "particles"]
    assert [t.text for t in plain if t.field == "author"][-1] == "Directed"


def test_entry_runs_cut_a_run_where_an_entry_starts():
    from pubnorm.sources.repair.spans import entry_runs, runs

    toks = _toks("A/B-title b/title 2020/year C/B-title d/title E/B-title ./other")
    assert list(runs(toks, "title")) == [(0, 2), (3, 6)]
    assert list(entry_runs(toks, "title")) == [(0, 2), (3, 5), (5, 6)]


def test_names_read_on_into_the_title_up_to_its_quote_are_authors():
    """Chicago's 'Dawson, William, Louis Beal, Laura E. Ratcliff, and Luigi Genovese. "Title." Journal 6 (2024)': the
    last names, read as the title's first words up to its opening quote, are the author list's; a title word before
    a quoted phrase is not a name list ('Beyond "good enough" planning' has no comma or "and")."""
    from pubnorm.sources.repair import authors

    toks = _toks('Dawson/B-author ,/author William/author ,/author Laura/author E/author ./author Ratcliff/title '
                 ',/title and/title Luigi/title Genovese/title ./title "/title Exploratory/title data/title '
                 'science/title ./title "/title Electronic/title Structure/title')
    authors.names_in_title_before_quote(toks)
    assert [t.text for t in toks if t.field == "author"][-6:] == ["Ratcliff", ",", "and", "Luigi", "Genovese", "."]
    assert [t.label for t in toks[13:15]] == ["other", "title"]
    kept = _toks('Lee/B-author ,/author A/author ./author Beyond/title "/title good/title enough/title "/title '
                 'planning/title')
    authors.names_in_title_before_quote(kept)
    assert [t.label for t in kept[4:]] == ["title"] * 6


def test_block_repairs_a_retrained_model_needed():
    """Shapes a retrained labeller misread, each read from the page's own words and lines: the title's first word
    read on as the last author's name; a status read as the publisher; "In" before the venue read into the title;
    a plain title before an italic venue read as part of the venue; a venue tag in square brackets read into the
    title; names in an element whose class names the authors read as a venue."""
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair import authors, fields, titles

    toks = _toks("Ada/B-author Quince/author ./author") + _toks("Tidal/author heating/title of/title moons/title", 1)
    authors.title_word_after_names(toks)
    assert [t.label for t in toks] == ["B-author", "author", "other", "title", "title", "title", "title"]
    initials = _toks("Ada/B-author Q/author ./author") + _toks("Tidal/author heating/title", 1)
    authors.title_word_after_names(initials)
    assert initials[3].label == "author"  # after an initial's stop the name may go on

    toks = _toks("Polygyny/title ./other In/publisher Review/publisher ./other")
    fields.status_runs(toks)
    assert [t.label for t in toks][2:4] == ["status", "status"]
    kept = _toks("Oxford/publisher University/publisher Press/publisher")
    fields.status_runs(kept)
    assert {t.label for t in kept} == {"publisher"}

    toks = _toks("software/title maintenance/title ?/title In/title ICST/venue")
    fields.in_before_venue(toks)
    assert toks[3].label == "other" and toks[2].label == "title"

    toks = _toks("Ida/B-author Berg/author ./other Reading/venue the/venue shoreline/venue ./venue")
    toks += [Token(w, 0, italic=True, label="venue") for w in ("Coasts", "and", "People")]
    fields.title_before_italic_venue(toks)
    assert [t.label for t in toks][3:7] == ["title", "title", "title", "other"]
    titled = _toks("Tidal/B-title heating/title ./other Advances/venue in/venue Ecology/venue ./venue")
    titled += [Token("AE", 0, italic=True, label="venue")]
    fields.title_before_italic_venue(titled)
    assert titled[3].label == "venue"  # the entry has its title: the plain words are the venue's

    toks = _toks("Can/B-title knowledge/title help/title ?/title [/title ToMM/title 23/title ,/other "
                 "JCR/award Q1/award ]/other")
    titles.bracket_tag_in_title(toks)
    assert [t.label for t in toks][3:7] == ["title", "other", "venue", "volume"]

    toks = [Token("Technical", 0, label="venue"), Token("Ren", 1, tag="authors", label="venue"),
            Token("Kim", 1, tag="authors", label="author")]
    fields.author_elements(toks)
    assert [t.label for t in toks] == ["venue", "author", "author"]


def test_clauses_instructions_and_notes_are_no_titles(db):
    """"is thrilled to be selected as ...", "Go to the repository's settings ...": a clause cut from a sentence and a
    template's instructions are no title; "Selected as one of the 14 groundbreaking studies" is a note on a paper."""
    from pubnorm.sources.assemble import _title_shaped
    from pubnorm.sources.vocab import NOTE_ON_A_PAPER

    assert not _title_shaped("is thrilled to be selected as One of the 14 Groundbreaking Studies")
    assert not _title_shaped("Go to the repository's settings and rename it")
    assert _title_shaped("Is attention all you need?") and _title_shaped("Going to the field: notes")
    assert NOTE_ON_A_PAPER.match("🎉 Selected as One of the 14 Groundbreaking Studies in 2024")
    assert NOTE_ON_A_PAPER.match("Featured in a news article") and not NOTE_ON_A_PAPER.match("Selected papers")


def test_a_cited_titles_first_person_main_phrase_before_its_subtitle_is_a_title():
    """"We’ll Fix It in Post: What Do Bug Fixes in Video Game Update Notes Tell Us?" with its authors and ICSE 2021
    (a software engineering lab's list): its "We" read as the page's owner speaking, and the paper was lost. A cited
    title's phrase before its subtitle may speak so; running text that goes on so after a colon still does not."""
    from pubnorm.sources.assemble import _title_shaped

    assert _title_shaped("We’ll Fix It in Post: What Do Bug Fixes in Widget Update Notes Tell Us?", cited=True)
    assert not _title_shaped("We’ll Fix It in Post: What Do Bug Fixes in Widget Update Notes Tell Us?")
    assert not _title_shaped("In this work: we show that our widgets beat every gadget on eleven benchmarks",
                             cited=True)


@needs_model
def test_names_before_a_quoted_title_are_its_authors(db):
    """"Ada Quill* and Bo Stern "Phase Locking ...", Journal." and "Cai Lund "Title" [Translation]": names (with
    their marks) before an opening quote mark whose closing mark ends the title are the authors, one name too
    (the labeller read them into the title). A quoted phrase inside a title is no such end."""
    md = ('## Coupled oscillators (2019)\n'
          'Ada Quill* and Bo Stern "Phase Locking in Coupled Oscillators", Journal of Neural Engineering.\n\n'
          '## Games (2021)\n'
          'Cai Lund "Estética das Máquinas: Jogos e Corpos" [Aesthetics of Machines], Revista Jogos, 2021.\n')
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.authors) for p in pubs] == [
        ("Phase Locking in Coupled Oscillators", ["Ada Quill", "Bo Stern"]),
        ("Estética das Máquinas: Jogos e Corpos", ["Cai Lund"])]
    md = '## Vision (2020)\nTowards Robust "Attention" for Vision Transformers. Journal of Neural Engineering.\n'
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.authors) for p in pubs] == [('Towards Robust "Attention" for Vision Transformers', [])]


@needs_model
def test_a_quoted_title_ends_at_its_closing_mark_before_an_italic_book(db):
    """'Roe, Ada "Título do Capítulo" [Chapter Title]. *Book*, Publisher, 2021': the name before the quote mark is
    the author's (surname first, after a comma), and the title ends at its closing mark; the translation after it
    is no part of it (the APA repair ran the title on to the italic book)."""
    md = ("## Book chapters\n\n"
          '1. Roe, Ada "Máquinas de Escrever e Corpos Digitais" [Typewriters and Digital Bodies]. *Ensaios sobre '
          'Tecnologia e Sociedade*, Editora Sul, 2021, pp. 12–30.\n'
          '2. Lund, Cai, and Roe, Ada "Arquivos Vivos: Memória e Rede" [Living Archives]. *Memória em Rede*, '
          'Editora Norte, 2020, pp. 40–52.\n')
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.authors, p.year) for p in pubs] == [
        ("Máquinas de Escrever e Corpos Digitais", ["Roe, Ada"], 2021),
        ("Arquivos Vivos: Memória e Rede", ["Lund, Cai", "Roe, Ada"], 2020)]


@needs_model
def test_an_author_list_ending_its_line_with_a_comma_ends_before_the_title(db):
    """Engineering lists put the authors, the title and the venue on lines of their own, each ending with a comma
    ("Kenta Ozawa and Mina Takeda,\\nEstimating anaesthetic depth ...,\\nAdvanced Biomedical Engineering, ..."):
    the names the labeller read into the title are the authors, also after an Oxford comma and when it read the
    list's first names as other."""
    md = ("### Journal papers\n\n"
          "1. Kenta Ozawa and Mina Takeda,\nEstimating anaesthetic depth from pupil responses in a rodent model,\n"
          "Advanced Biomedical Engineering, Vol. 13, pp. 163-175 (2024).\n\n"
          "1. Kenta Ozawa, T. Ray Lin, Yu-Ting Wu, and Daisuke Mori,\nScheduling heat pumps for frequency reserve "
          "markets: A case study of a campus network,\nSICE Journal of Control, Measurement, and System Integration, "
          "Vol. 17, No. 1, pp. 365-377 (2024).\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.authors) for p in pubs] == [
        ("Estimating anaesthetic depth from pupil responses in a rodent model", ["Kenta Ozawa", "Mina Takeda"]),
        ("Scheduling heat pumps for frequency reserve markets: A case study of a campus network",
         ["Kenta Ozawa", "T. Ray Lin", "Yu-Ting Wu", "Daisuke Mori"])]


@needs_model
def test_a_bold_journal_the_database_knows_before_the_volume_is_the_venue(db):
    """'... (2024). Title of the paper. **Science** 371: 210–214.': a bold or italic piece between the title and the
    volume that the database knows by that name is the venue (the labeller read one-word journals as other)."""
    md = ("## Articles\n\n"
          "Moss CE, Lind BR, Roe A, Park J, Okafor S, Quill A. (2024). Grazer body size shapes plant diversity across "
          "tropical savannas and dry forests. **Science** 371: 210–214. "
          "[https://doi.org/10.1126/science.adh0000](https://doi.org/10.1126/science.adh0000)\n\n"
          "Roe, A.V., Lind, B., Moss, C. and Park, J. (2022), The range-size shortfall in plant phylogenies. "
          "*Ecography* e06100. [https://doi.org/10.1111/ecog.06100](https://doi.org/10.1111/ecog.06100)\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.venue.venue.name if p.venue and p.venue.venue else None, p.year) for p in pubs] == [
        ("Grazer body size shapes plant diversity across tropical savannas and dry forests", "Science", 2024),
        ("The range-size shortfall in plant phylogenies", "Ecography", 2022)]


@needs_model
def test_an_italic_journal_after_a_quoted_title_and_before_its_volume_is_the_venue(db):
    """'"Title". *Heliyon* 6(8): e04808': the title's closing quote and full stop stand between the title and the
    journal, and the volume may be read as other (the issue as the volume)."""
    md = ("## Articles and Book Chapters\n\n"
          '"Counting displaced households across three river basins". *Heliyon* 6(8): e04808 / '
          "[paper](https://doi.org/10.1016/j.heliyon.2020.e00000) / [replication data](https://example.org/data)\n\n"
          '"Drought and migration in the Sahel". *World Development*. / [paper](https://doi.org/10.1016/j.x.2020.1)\n')
    pub = read_markup("p.md", md, db, extractor="crf").publications[0]
    assert pub.title == "Counting displaced households across three river basins"
    assert pub.venue is not None and pub.venue.venue is not None and pub.venue.venue.name == "Heliyon"


def test_the_volume_after_a_styled_venue_read_as_other_is_its_volume(db):
    """The labeller read '*Heliyon* 6(8)' as other, other, ..., volume (the issue): the italic journal is the venue,
    and the number right after it, read as other, its volume (no part of its name)."""
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair import fields

    words = [("\"", "B-other", 0), ("Drought", "title", 0), ("and", "title", 0), ("migration", "title", 0),
             ("\"", "other", 0), (".", "other", 0), ("Heliyon", "other", 1), ("6", "other", 2), ("(", "other", 2),
             ("8", "volume", 2), (")", "other", 2)]
    toks = [Token(w, 0, italic=span == 1, span=span, label=lab) for w, lab, span in words]
    fields.styled_venue(toks, db)
    assert [t.label for t in toks[6:10]] == ["venue", "volume", "other", "volume"]


def test_an_issue_in_brackets_after_the_volume_is_no_part_of_the_venue():
    """'Population and Environment 42(1): 79-94' with the issue read as other: the venue as written is the name, not
    'Population and Environment(1)' (the volume taken out, the issue's brackets glued to the name); a bracket after
    a space is no issue of a volume ('Proc. SPIE 1234 (2)' stays as it was)."""
    from pubnorm.sources.assemble import _venue_text

    toks = _toks("Population/venue and/venue Environment/venue 42/volume (/other 1/other )/other :/other 79-94/volume")
    toks[4].space_before = toks[5].space_before = toks[6].space_before = False
    assert _venue_text(toks)[0] == "Population and Environment"
    spaced = _toks("Population/venue and/venue Environment/venue 42/volume (/other 1/other )/other")
    assert _venue_text(spaced)[0] == "Population and Environment ( 1 )"


@needs_model
def test_a_link_that_says_what_it_does_is_no_paper(db):
    """'<a href=doi>Direct Link</a> or <a href=pdf>Preprint Link</a>' under each paper (a chemistry group's cards):
    the link's text is a link word ("Direct", "View", "Download" with "Link", "on PubMed"), so no second record named
    after it, and the DOI goes to the paper above."""
    html = ('<html><body><div class="column right">\n<p>Tidal pumping of solutes in layered riverbank sediments<br>\n'
            'A. B. Roe, C. Lind, D. Moss; <i>Journal of Hydrology</i>, <b>2020</b>, <i>20</i>, 88-98.<br>\n'
            '<a href="https://doi.org/10.1016/j.jhydrol.2020.04.014">Direct Link</a> or '
            '<a href="/pubs/2020_tidal">Preprint Link</a>\n</p></div>\n'
            '<div class="column right">\n<p>Copper corrosion in seawater studied by operando imaging<br>\n'
            'A. B. Roe, E. Park; <i>Corrosion Science</i>, <b>2019</b>, <i>12</i>, 1-9.<br>\n'
            '<a href="https://doi.org/10.1016/j.corsci.2019.01.001">View on PubMed</a>\n</p></div></body></html>\n')
    pubs = read_markup("p.html", html, db, html=True, extractor="crf").publications
    assert [(p.title, p.label, p.ids.get("doi")) for p in pubs] == [
        ("Tidal pumping of solutes in layered riverbank sediments", None, "10.1016/j.jhydrol.2020.04.014"),
        ("Copper corrosion in seawater studied by operando imaging", None, "10.1016/j.corsci.2019.01.001")]


@needs_model
def test_a_block_of_named_fields_holds_one_paper_per_run_of_fields(db):
    """Each event a heading "Event: ...", then "Place:", "Date:", links, "Title:", "Authors:" and a PDF link, all in one
    block: one paper per event (a field named again starts the next), the title without its key, the commas and
    question marks of a title kept, a long name with particles one author, the links no title."""
    def event(n: int, title: str, authors: str) -> str:
        return (f'<article class="event">\n<h3>Evento: {n} Encontro de Professores de Matemática</h3>\n'
                f"<p><strong>Sede:</strong> Universidade Federal</p>\n<p><strong>Data:</strong> {2010 + n}</p>\n"
                '<p><strong><a href="https://example.org/ev">Link do evento</a></strong></p>\n'
                f"<p><strong>Título:</strong> {title}.</p>\n<p><strong>Autores:</strong> {authors}</p>\n"
                '<p><a href="#">2ª via do trabalho em PDF</a></p>\n</article>\n')
    html = ("<section><h2>Publicações</h2>\n"
            + event(1, "Jogos digitais, e agora?", "Joana Maria de Souza Lima da Costa")
            + event(2, "Geometria na sala de aula", "Pedro Alves; Rita Moura")
            + "</section>")
    pubs = read_markup("x.html", html, db).publications
    assert [(p.title, p.authors, p.year) for p in pubs] == [
        ("Jogos digitais, e agora?", ["Joana Maria de Souza Lima da Costa"], 2011),
        ("Geometria na sala de aula", ["Pedro Alves", "Rita Moura"], 2012)]
    assert [p.venue_raw for p in pubs] == ["1 Encontro de Professores de Matemática",
                                           "2 Encontro de Professores de Matemática"]


@needs_model
def test_a_description_list_of_fields_names_each_value_below_its_key(db):
    """"<dt>Authors:</dt><dd>...</dd>", "<dt>Journal:</dt><dd>...</dd>", then a summary and the paper's citation under
    keys of their own: the journal is the venue, and the summary and the citation hold no second paper."""
    def paper(title: str, authors: str, journal: str, cite: str) -> str:
        return (f'<li><h2><a href="https://example.org/{len(title)}">{title}</a></h2><dl>'
                f'<dt class="authors">Authors:</dt><dd>{authors}</dd>\n'
                f'<dt class="journal">Journal:</dt><dd>{journal}</dd>\n'
                '<dt class="summary">Summary:</dt><dd class="summary">\nWe measured how observers judge the gloss of '
                "rendered spheres. Observers relied on highlights; Best Paper Award winners did too.\n"
                f'<dt class="citation">Citation:</dt><dd class="citation"><cite>\n{cite}\n</cite></dd></dl></li>\n')
    html = ("<h1>2021</h1><ul>\n"
            + paper("Gloss of rendered spheres", "Quill, Brandt &amp; Okafor", "Journal of Vision",
                    "Quill, A., Brandt, T., &amp; Okafor, S. (2021). Gloss of rendered spheres. Journal of Vision, 2.")
            + paper("Colour constancy in the periphery", "Brandt &amp; Quill", "Vision Research",
                    "Brandt, T., &amp; Quill, A. (2021). Colour constancy in the periphery. Vision Research, 9, 1-9.")
            + "</ul>")
    pubs = read_markup("x.html", html, db).publications
    assert [(p.title, p.authors, p.venue_raw, p.awards) for p in pubs] == [
        ("Gloss of rendered spheres", ["Quill", "Brandt", "Okafor"], "Journal of Vision", []),
        ("Colour constancy in the periphery", ["Brandt", "Quill"], "Vision Research", [])]


@needs_model
def test_a_system_name_heading_over_named_fields_keeps_its_title(db):
    """"### NetX-DTI: A Model for ..." over "- Authors:", "- Theme:", "- Official link: [Journal](url)": the name
    before the colon is the title's, not a field's, and the journal linked under an unknown key is the venue."""
    md = ("## Publications\n\n### NetX-DTI: A Model for Drug-Target Interaction Prediction\n\n"
          "- Authors: Ana Lima, Bo Chen, Cy Park\n- Theme: cold-start robustness, interpretability\n"
          "- Official link: [Journal of Chemical Information and Modeling](https://doi.org/10.1021/x)\n")
    pubs = read_markup("x.md", md, db).publications
    assert [(p.title, p.authors, p.venue_raw) for p in pubs] == [
        ("NetX-DTI: A Model for Drug-Target Interaction Prediction", ["Ana Lima", "Bo Chen", "Cy Park"],
         "Journal of Chemical Information and Modeling")]


def test_a_title_paragraph_over_named_fields_is_one_paper_with_its_title(db):
    """"[VSPursuer: A Tool for ...](url)" over "- Authors:", "- Venue:" and a line of links, paper after paper: each is
    one paper, and a linked title whose system name ends in a colon is the title, not a field's name."""
    md = ("## Publications\n\n[GraphKit: A Tool for Finding Sparse Cuts](/paper/2)\n- Authors: *Ana Lima* and Bo Chen\n"
          "- Venue: Journal of Logic, Language, and Information, 2026.\n"
          "- [Paper](https://doi.org/10.1/x) | [Code](https://github.com/x)\n\n"
          "[Planning under Qualitative Uncertainty](/paper/1)\n- Authors: Cy Park, *Ana Lima*\n"
          "- Venue: International Conference on Automated Planning and Scheduling, 2024.\n"
          "- [Paper](https://doi.org/10.1/y)\n")
    pubs = read_markup("x.md", md, db).publications
    assert [(p.title, p.authors, p.year) for p in pubs] == [
        ("GraphKit: A Tool for Finding Sparse Cuts", ["Ana Lima", "Bo Chen"], 2026),
        ("Planning under Qualitative Uncertainty", ["Cy Park", "Ana Lima"], 2024)]


@needs_model
def test_a_line_opening_with_words_then_with_names_in_brackets_opens_with_its_title(db):
    """"Title of Capitalised Words and More Words (with Ann Lee and Bo Kim), *Journal*, 2022", one paper a line (an
    economist's CV): the words before "(with" are the title, however much they read like two names joined by "and"."""
    html = ('<div class="item_box">Optimal Tariffs and Trade Policies (with Ann Lee and Bo Kim), <i>Econometrica</i>, '
            "2022</div>\n"
            '<div class="item_box">Rail Networks and Regional Innovation (with Cy Park), <i>Journal of Urban '
            "Economics</i>, 2021</div>\n"
            '<div class="item_box">Back to Growth: Research Spillovers and Policy (with Di Ross and Ed Vance), '
            "<i>Review of Economic Studies</i>, 2019</div>\n")
    pubs = read_markup("x.html", html, db).publications
    assert [(p.title, p.authors, p.year) for p in pubs] == [
        ("Optimal Tariffs and Trade Policies", ["Ann Lee", "Bo Kim"], 2022),
        ("Rail Networks and Regional Innovation", ["Cy Park"], 2021),
        ("Back to Growth: Research Spillovers and Policy", ["Di Ross", "Ed Vance"], 2019)]


@needs_model
def test_a_chicago_citation_in_a_link_opens_with_its_authors_and_quotes_its_title(db):
    """Google Scholar's Chicago style, each citation the text of its link: 'Okafor, Ada, Tomas Brandt, and Lena Quill.
    "Title." Journal (2024)' and '..., Lena Quill et al. "Title." Journal (2023)': the names before the quoted title
    are its authors (the first written surname first), the quote marks no part of the title."""
    md = ("## Publications\n\n"
          '- [Okafor, Ada, Tomas Brandt, and Lena Quill. "Tidal heating of icy moons in resonant chains." '
          "Physical Chemistry Chemical Physics (2024).](https://doi.org/10.1039/x1)\n"
          '- [Moreau, Jan, Sofia Lind, Ada Okafor, Tomas Brandt et al. "A roadmap for exascale ocean models." '
          "The Journal of Chemical Physics (2023).](https://doi.org/10.1088/x2)\n")
    pubs = read_markup("x.md", md, db).publications
    assert [(p.title, p.authors[:2], p.year) for p in pubs] == [
        ("Tidal heating of icy moons in resonant chains", ["Okafor, Ada", "Tomas Brandt"], 2024),
        ("A roadmap for exascale ocean models", ["Moreau, Jan", "Sofia Lind"], 2023)]


def test_a_chicago_citation_read_whole_as_a_title_is_read_in_a_block_with_other_authors():
    """A block whose first entry the labeller read right ("Lee, Ann. 2020. ...") and whose second, a Chicago citation
    ('Dawson, Will, and Bo Kim. "Title." Journal 24 (2014): 1-9.'), it read as one title, the journal too: the names
    are the authors, the quoted words the title, the words after the closing mark the journal, its number a volume."""
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair.authors import names_open_title

    first = [("Lee", "B-author"), (",", "author"), ("Ann", "author"), (".", "other"), ("Tidal", "title"),
             ("heating", "title"), (".", "other"), ("Icarus", "venue")]
    second = [("Dawson", "B-title"), (",", "title"), ("Will", "title"), (",", "title"), ("and", "title"),
              ("Bo", "title"), ("Kim", "title"), (".", "title"), ('"', "title"), ("Optimized", "title"),
              ("scheduling", "title"), ("of", "title"), ("ocean", "title"), ("models", "title"), (".", "title"),
              ('"', "title"), ("Ocean", "title"), ("Modelling", "title"), ("24", "title"), ("(", "other"),
              ("2014", "year"), (")", "other")]
    toks = [Token(w, 0, label=lab) for w, lab in first] + [Token(w, 1, label=lab) for w, lab in second]
    names_open_title(toks)
    got = [(t.text, t.field) for t in toks if t.line == 1]
    assert [w for w, f in got if f == "author"] == ["Dawson", ",", "Will", ",", "and", "Bo", "Kim"]
    assert [w for w, f in got if f == "title"] == ["Optimized", "scheduling", "of", "ocean", "models", "."]
    assert [w for w, f in got if f == "venue"] == ["Ocean", "Modelling"]
    assert [w for w, f in got if f == "volume"] == ["24"]


def test_the_last_authors_surname_read_apart_from_the_list_is_part_of_it():
    """"Ann Lee, Bo Kim, and Ying | Miao: <br> Title" and "..., and Laura E. | Ratcliff.": the list's last piece is a
    given name alone (with an initial at most), and the one word before the colon or full stop is its surname; not
    where names are written surname first with their initials after ("Chua KF, Chen D. | SIRT7 represses ...")."""
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair.authors import last_author

    def labelled(words: list[tuple[str, str]]) -> list[Token]:
        return [Token(w, 0 if lab != "title" else 1, label=lab) for w, lab in words]

    toks = labelled([("Ann", "B-author"), ("Lee", "author"), (",", "author"), ("Bo", "author"), ("Kim", "author"),
                     (",", "author"), ("and", "author"), ("Ying", "author"), ("Miao", "other"), (":", "other"),
                     ("Codes", "title"), ("of", "title"), ("length", "title")])
    last_author(toks)
    assert [t.text for t in toks if t.field == "author"][-2:] == ["Ying", "Miao"]
    toks = labelled([("Ann", "B-author"), ("Lee", "author"), (",", "author"), ("and", "author"), ("Laura", "author"),
                     ("E", "author"), (".", "author"), ("Ratcliff", "other"), (".", "other"), ("Codes", "title")])
    last_author(toks)
    assert toks[7].field == "author"
    toks = labelled([("Chua", "B-author"), ("KF", "author"), (",", "author"), ("Wang", "author"), ("Y", "author"),
                     (",", "author"), ("Chen", "author"), ("D.", "author"), ("SIRT7", "other"), (".", "other")])
    last_author(toks)
    assert toks[8].field == "other"


def test_an_entry_the_labeller_saw_start_at_the_first_named_field_still_starts_there():
    """A plain citation, then "Title: ..." and "Authors: ..." lines, the labeller marking an entry's start at "Title":
    the named fields are one paper of their own, not the end of the citation before them."""
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair.fields import keyed_fields

    lines = [[("Lee", "B-author"), ("A.", "author"), ("Tidal", "title"), ("heating", "title"), ("Icarus", "venue")],
             [("Title", "B-other"), (":", "other"), ("Ocean", "title"), ("models", "title")],
             [("Authors", "other"), (":", "other"), ("Bo", "author"), ("Kim", "author")]]
    toks = [Token(w, n, label=lab) for n, words in enumerate(lines) for w, lab in words]
    keyed_fields(toks)
    assert [t.text for t in toks if t.label.startswith("B-")] == ["Lee", "Title"]
    assert [t.field for t in toks if t.line == 1] == ["other", "other", "title", "title"]


def test_words_in_brackets_after_with_that_name_no_person_are_no_co_authors():
    """"Graph Networks for Molecules (with Applications to Chemistry), *Journal*": the words after "(with" are the
    title's own, not co-authors; the title_before_with repair leaves the line as the labeller read it."""
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair.authors import title_before_with

    words = [("Graph", "B-title"), ("Networks", "title"), ("for", "title"), ("Molecules", "title"), ("(", "title"),
             ("with", "title"), ("Applications", "title"), ("to", "title"), ("Chemistry", "title"), (")", "title"),
             (",", "other"), ("Icarus", "venue"), (",", "other"), ("2022", "year")]
    toks = [Token(w, 0, label=lab) for w, lab in words]
    title_before_with(toks)
    assert [t.label for t in toks] == [lab for _, lab in words]


def test_a_title_ending_on_a_little_word_goes_on_to_its_sentences_end():
    """A title never ends on "and", "of", "the": where the labeller ended one there ("... Between Fitness and" /
    "Cognition Across the Adult Lifespan. Human Brain Mapping" read as the venue), it goes on to the full stop; not
    across a year or authors, nor into a conference's name, and a run in italics up to a full stop was the title."""
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair import titles

    def entry(words: list[tuple[str, str]], italic: int = 0) -> list[Token]:
        return [Token(w, 0, label=lab, italic=i < italic) for i, (w, lab) in enumerate(words)]

    toks = entry([("Fitness", "B-title"), ("and", "title"), ("Cognition", "venue"), ("Across", "venue"),
                  ("Lifespan", "venue"), (".", "other"), ("Brain", "venue"), ("Mapping", "venue")])
    run = titles.title_after_little_word(toks, toks[:2])
    assert [t.text for t in run] == ["Fitness", "and", "Cognition", "Across", "Lifespan"]
    assert [t.label for t in toks[5:]] == ["other", "venue", "venue"]

    for stop in [("2019", "year"), ("Conference", "venue")]:
        toks = entry([("Fitness", "B-title"), ("and", "title"), ("Cognition", "venue"), stop, (".", "other")])
        assert titles.title_after_little_word(toks, toks[:2]) == toks[:2]

    toks = entry([("Model", "B-title"), ("reduction", "title"), (".", "title"), ("Book", "title"), ("of", "title"),
                  ("abstracts", "venue")], italic=2)
    assert [t.text for t in titles.title_after_little_word(toks, toks[:5])] == ["Model", "reduction"]
    assert toks[3].label == "venue"


@needs_model
def test_a_title_cut_at_a_little_word_before_italics_or_a_plain_journal_is_read_whole(db):
    """A species in italics inside a title, or a title and journal in plain text, made the labeller end the title
    on "of", "an" or "and" and read the rest as the venue: the title was thrown away as a cut phrase, and the paper
    with it."""
    md = ("## Publications\n\n"
          "1. Okafor HA, Teixeira WD, Moreau JL (2021) Biocontrol of tomato leaf blight and suppression of *Alternaria "
          "solani* sporulation by *Trichoderma* spp. *Plant Pathology*. 70:1677-1685.\n"
          "2. Lind R, Okafor HA, Moreau JL. Fast characterization of CRISPR nucleases using an *E. coli* cell-free "
          "expression system. Molecular cell. 2018;69: 146–157.\n\n"
          "## Open Science\n\n"
          "1. **Moreau, J. S.**, Okafor, A. B., Smith, J. C. (2025). The Functional Connectome Mediates Associations "
          "Between Fitness and Cognition Across the Adult Lifespan. Human Brain Mapping, 46(16), e70404.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [p.title for p in pubs] == [
        "Biocontrol of tomato leaf blight and suppression of Alternaria solani sporulation by Trichoderma spp",
        "Fast characterization of CRISPR nucleases using an E. coli cell-free expression system",
        "The Functional Connectome Mediates Associations Between Fitness and Cognition Across the Adult Lifespan"]
    assert pubs[2].venue_raw == "Human Brain Mapping"


def test_a_title_opening_with_the_last_authors_particle_and_surname_gives_them_back():
    """"... and M. R. van den Broeke. Regional acceleration ...": the labeller ended the list at the initials and read
    the surname with its particles into the title; a title opening with a particle is the last author's name."""
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair import authors

    words = [("I", "B-author"), (".", "author"), ("Lind", "author"), ("and", "author"), ("M", "author"),
             (".", "author"), ("R", "author"), (".", "author"), ("van", "title"), ("den", "title"), ("Broeke", "title"),
             (".", "title"), ("Regional", "title"), ("acceleration", "title"), (".", "other"), ("Icarus", "venue")]
    toks = [Token(w, 0, label=lab) for w, lab in words]
    authors.last_author_in_title(toks)
    assert [t.text for t in toks if t.field == "title"] == ["Regional", "acceleration"]
    assert [t.text for t in toks[8:11] if t.field == "author"] == ["van", "den", "Broeke"]
    titled = [Token(w, 0, label=lab) for w, lab in [("I", "B-author"), ("Lind", "author"), (".", "other"),
                                                    ("Deep", "title"), ("Ice", "title"), (".", "title"),
                                                    ("A", "title"), ("survey", "title")]]
    authors.last_author_in_title(titled)
    assert [t.field for t in titled[3:]] == ["title"] * 5  # a title after the list's full stop is not a name


def test_a_title_opening_with_the_lists_last_names_gives_them_back():
    """"Yi Yan, Radwa Adel, and Ercan Engin Kuruoglu. Graph ...", "..., C. Williams and J. Bamber. Subglacial ...":
    the labeller ended the list early and read its last names (several, or one with its initial) into the title. A
    title that is a list of single words ("Lenses, Mirrors, and Prisms. A study") stays a title."""
    def entry(head: str, names: str) -> list:  # type: ignore[type-arg]
        return _toks(" ".join(f"{w}/{'B-author' if not k else 'author'}" for k, w in enumerate(head.split()))
                     + " " + " ".join(f"{w}/title" for w in names.split())
                     + " ./title Graph/title signals/title ./other Icarus/venue 2021/year")

    from pubnorm.sources.repair import authors

    for head, names in (("Yi Yan ,", "Radwa Adel , and Ercan Engin Kuruoglu"), ("C . Williams and", "J . Bamber"),
                        ("Yi Yan ,", "Wen Li"), ("Sørensen JB ,", "Varga TV")):
        toks = entry(head, names)
        authors.last_author_in_title(toks)
        assert [t.text for t in toks if t.field == "title"] == ["Graph", "signals"], names
    # a name that goes on after its initial is read to its own full stop, not cut at the initial's (the quote that
    # opens the title after it is left to the quote repairs, as no field)
    toks = _toks('Yi/B-author Yan/author ,/author Ana/title Park/title ,/title and/title Laura/title E/title ./title '
                 'Ratcliff/title ./title "/title Probing/title disorder/title ./title "/other')
    authors.last_author_in_title(toks)
    assert [t.text for t in toks if t.field == "author"][-4:] == ["Laura", "E", ".", "Ratcliff"]
    assert [t.text for t in toks if t.field == "title"] == ["Probing", "disorder", "."]
    # the surname after the list's last initials and their stop ("... and J. Bamber. Subglacial ...")
    toks = _toks("C/B-author ./author Williams/author and/author J/author ./author Bamber/title ./title "
                 "Subglacial/title roughness/title ./other")
    authors.last_author_in_title(toks)
    assert [t.text for t in toks if t.field == "title"] == ["Subglacial", "roughness"]
    # the comma that joins them to the list read as no field is the list's again (the names stay apart)
    toks = _toks("Yi/B-author Yan/author ,/other Wen/title Li/title ./title Graph/title signals/title ./other")
    authors.last_author_in_title(toks)
    assert [t.field for t in toks[:5]] == ["author"] * 5
    toks = entry("Yi Yan ,", "Lenses , Mirrors , and Prisms")
    authors.last_author_in_title(toks)
    assert [t.text for t in toks if t.field == "title"][:3] == ["Lenses", ",", "Mirrors"]


@needs_model
def test_a_group_author_alone_before_the_title_is_the_author(db):
    """"The IMBIE team. Mass balance of the Greenland Ice Sheet from 1992 to 2018. *Nature*, 2019.": a consortium
    named as the only author (its last word in lower case too) is the author, and the title is what follows it
    (the record had no title, the group was lost)."""
    html = ('<html><body><h2>Publications</h2><table><tr><td class="bibtexitem">\nThe IMBIE team. Mass balance of the '
            'Greenland Ice Sheet from 1992 to 2018.\n<em>Nature</em>, 2019.\n</td></tr>\n<tr><td class="bibtexitem">\n'
            'A. Lind and J. Moreau. Tidal heating of icy moons with thin crusts.\n<em>Icarus</em>, 2020.\n</td></tr>'
            '</table></body></html>\n')
    pubs = read_markup("p.html", html, db, html=True, extractor="crf").publications
    assert [(p.title, p.authors) for p in pubs] == [
        ("Mass balance of the Greenland Ice Sheet from 1992 to 2018", ["The IMBIE team"]),
        ("Tidal heating of icy moons with thin crusts", ["A. Lind", "J. Moreau"])]


def test_a_title_that_opens_a_link_goes_on_to_the_links_end():
    """"[Genome assemblies of porcelain crab, *Petrolisthes cinctipes* and *P. manimaculis*](doi) *G3*": the labeller
    ended the title at the species in italics and read the rest of the link as the venue; the link is the title's.
    A link around a title and its venue ("[Title, The Lancet](pdf)") or a whole citation (a year in it) stays."""
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair import titles

    def entry(words: list[tuple[str, str]]) -> list[Token]:
        return [Token("Lind", 0, label="B-author"), *(Token(w, 0, label=lab, href="https://doi.org/1") for w, lab
                                                     in words), Token("G3", 0, label="venue", italic=True)]

    toks = entry([("Genome", "title"), ("assemblies", "title"), ("and", "link"), ("manimaculis", "venue")])
    run = titles.title_to_link_end(toks, toks[1:3])
    assert [t.text for t in run] == ["Genome", "assemblies", "and", "manimaculis"] and toks[-1].field == "venue"
    for rest in [[(",", "other"), ("Lancet", "venue")], [("manimaculis", "venue"), ("2019", "year")]]:
        toks = entry([("Genome", "title"), ("assemblies", "title"), *rest])
        assert titles.title_to_link_end(toks, toks[1:3]) == toks[1:3]


def test_a_title_that_is_a_whole_link_ends_with_it(db):
    """"Lind, A. (2021) [Como ler as rochas do litoral: uma introdução](url) *(How to read coastal rocks: an
    introduction)*, Lisboa: Edições do Mar.": the labeller read the title on past its link over the translation in
    brackets and the publisher. What the page linked is the title; the bracket is a note on it, and the words after
    it, from a capital, are where it appeared ("[Title](url). Marine Geology. 2019" likewise). A link over
    a title's first words only ("[Tides](url) and storms ...") is not a whole title."""
    md = ("## Publications\n\n"
          "- Lind, A., B. Moreau & **C. Sousa** (2021) [Como ler as rochas do litoral: uma introdução]"
          "(https://editora.example.org/rochas) *(How to read coastal rocks: an introduction)*, Lisboa: Edições do "
          "Mar.\n"
          "- Sousa C, Lind A. [Sediment transport under a changing wave climate: a multilevel analysis]"
          "(https://doi.org/10.1/mg). Marine Geology. 2019; 1-10.\n")
    pubs = read_markup("cv.md", md, db, extractor="crf").publications
    assert [(p.title, p.venue_raw, p.year) for p in pubs] == [
        ("Como ler as rochas do litoral: uma introdução", "Lisboa: Edições do Mar", 2021),
        ("Sediment transport under a changing wave climate: a multilevel analysis", "Marine Geology. 2019", 2019)]


def test_an_author_list_ends_at_a_break_the_page_writes_after_a_name():
    """"... and Dongmiao Zhang <br> Transition Pathway Initiative, 2020": the labeller ran the last name on over the
    line break into the venue line. A list ends at a break with no separator before it; what follows is the field
    after it on its line (a title going on), else the venue the entry lacks. A list wrapped after a comma, a name on
    the next line (initials), a wrapped source line and a new paragraph stay as read."""
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair import authors

    def entry(line1: list[str], line2: list[tuple[str, str]], **kw: bool) -> list[Token]:
        return [Token(w, 0, label="B-author" if not k else "author") for k, w in enumerate(line1)] \
            + [Token(w, 1, label=lab, **kw) for w, lab in line2]

    toks = entry(["Simon", "Dietz", "and", "Dongmiao", "Zhang"], [("Transition", "author"), ("Pathway", "author"),
                                                                  ("Initiative", "author"), (",", "other"),
                                                                  ("2020", "year")])
    authors.name_across_break(toks)
    assert [t.field for t in toks[5:8]] == ["venue"] * 3 and toks[4].field == "author"
    toks = entry(["Lee", ",", "Jiwon", "."], [("Immigrant", "author"), ("Incorporation", "title"), ("in", "title")])
    authors.name_across_break(toks)
    assert toks[4].field == "title"
    # the entry has its venue already: the words are no part of anything
    toks = entry(["A.", "Lind"], [("Proceedings", "author"), ("2020", "year"), ("Icarus", "venue")])
    authors.name_across_break(toks)
    assert toks[2].field == "other"
    for toks in (entry(["Simon", "Dietz", ","], [("Dongmiao", "author"), ("Zhang", "author")]),
                 entry(["Simon", "Dietz", "and"], [("Dongmiao", "author"), ("Zhang", "author")]),
                 entry(["Simon", "Dietz"], [("C", "author"), (".", "author"), ("Moore", "author")]),
                 entry(["Simon", "Dietz"], [("Transition", "author"), ("Pathway", "author")], soft=True),
                 entry(["Simon", "Dietz"], [("Transition", "author"), ("Pathway", "author")], para=True)):
        before = [t.label for t in toks]
        authors.name_across_break(toks)
        assert [t.label for t in toks] == before


@needs_model
def test_a_venue_line_after_a_line_of_names_is_the_venue(db):
    """Bold linked title, a "Joint with ..." line and a venue line, each ended by two spaces (`<br>`): the venue
    line's words were read as the last co-author's surname, and the record had no venue."""
    md = ("## Publications\n\n"
          "**[Carbon budgets of steel producers: note on methodology](https://example.org/a.pdf)**  \n"
          "Joint with Ana Lindqvist, Omar Haddad and Mei Tanaka  \n"
          "Sector Benchmark Initiative, 2021\n\n"
          "**[Transition risk in cement: discussion paper](https://example.org/b.pdf)**  \n"
          "Joint with Ana Lindqvist and Jonas Weber  \n"
          "Sector Benchmark Initiative, 2020\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.authors[-1], p.venue_raw, p.year) for p in pubs] == [
        ("Mei Tanaka", "Sector Benchmark Initiative, 2021", 2021),
        ("Jonas Weber", "Sector Benchmark Initiative, 2020", 2020)]


@needs_model
def test_a_single_authors_name_before_the_year_after_a_heading_read_with_the_list_is_the_author(db):
    """"## Selected Publications" right over "- Robin Hale (2023). Title. *Venue*.": the heading is read with the
    first item, and the owner's name alone before the year was read as part of it (the record had no authors)."""
    md = ("## Selected Publications\n"
          "- Robin Hale (2023). Tidal dissipation in shallow seas: review of field methods. *Ocean Science Letters*.\n"
          "- Jan Moreau and Robin Hale (2022). Mixing under sea ice. *Journal of Polar Waters*.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.authors, p.year) for p in pubs] == [(["Robin Hale"], 2023), (["Jan Moreau", "Robin Hale"], 2022)]


@needs_model
def test_a_title_does_not_start_before_a_new_paragraph_or_below_a_heading(db):
    """The previous paper's link word in the paragraph before ("[ADS](...)", blank line, "**Title**") and a section
    heading read with the first item ("### Before Joining the Institute" over "1. [Title](doi), ...") were read as the
    title's first words; the title starts after the break. A heading or paragraph that is itself the title stays."""
    ads = ("## Publications\n\n"
           "**Tidal heating of icy moons with thin crusts**  \nR. Hale, J. Moreau  \n*Icarus* 401, 115-130 (2023)  \n"
           "[ADS](https://ui.adsabs.harvard.edu/abs/2023Icar..401..115H)\n\n"
           "**Mixing under sea ice: observations from three winters in the Arctic Ocean**  \n"
           "J. Moreau, R. Hale, L. Okafor  \n*Journal of Polar Waters* 12, 44-61 (2021)  \n"
           "[ADS](https://ui.adsabs.harvard.edu/abs/2021JPW....12...44M)\n")
    heading = ("## Publications\n\n### Before Joining the Institute\n\n"
               "1. [Local pressure for inhomogeneous fluids under confinement](https://doi.org/10.1000/aic.1), "
               "R. Hale, J. Moreau, *AIChE Journal* 66, e17037 (2020).\n"
               "2. [Wetting transitions on patterned walls](https://doi.org/10.1000/pre.2), R. Hale, "
               "*Physical Review E* 99, 022605 (2019).\n")
    assert [p.title for p in read_markup("p.md", ads, db, extractor="crf").publications] == [
        "Tidal heating of icy moons with thin crusts",
        "Mixing under sea ice: observations from three winters in the Arctic Ocean"]
    assert [p.title for p in read_markup("p.md", heading, db, extractor="crf").publications] == [
        "Local pressure for inhomogeneous fluids under confinement", "Wetting transitions on patterned walls"]
    # a topic heading of six words or more over a linked title (jemdoc's '<h2>' over '<ol><li><p><a>Title</a><br />')
    topic = ("<h2>Learning and optimization with logarithmic losses</h2>\n<ol>\n"
             '<li><p><a href="https://proceedings.mlr.press/v201/x.html">Online self-concordant and relatively smooth '
             "minimization, with applications to portfolio selection</a><br />\nAna Lima, Bo Chen, and Cy Park<br />\n"
             "ALT 2023<br />\n</p>\n</li>\n</ol>\n")
    assert [p.title for p in read_markup("p.html", topic, db, extractor="crf").publications] == [
        "Online self-concordant and relatively smooth minimization, with applications to portfolio selection"]
    # a card per paper written as Markdown in kramdown's '<section markdown="1">': the previous card's "[Read](...)"
    # over the next card's '<p class="title">', which its class names as the title
    cards = "".join(f'<section class="card" markdown="1">\n<p class="title">{t}</p>\n'
                    f'<p class="description">Hale, R., Moreau, J., & Okafor, L. ({y})</p>\n'
                    f"[Read]({y}-paper)\n</section>\n\n"
                    for t, y in (("Daylight and energy in early design of laboratory buildings", 2015),
                                 ("Lessons from teaching building science to designers with simulation", 2014)))
    assert [p.title for p in read_markup("p.md", "## Research\n\n" + cards, db, extractor="crf").publications] == [
        "Daylight and energy in early design of laboratory buildings",
        "Lessons from teaching building science to designers with simulation"]


@needs_model
def test_authors_each_in_an_element_of_the_author_list_are_all_kept(db):
    """`<div class="authors"><div>Robin Hale</div><div>Jan Moreau</div></div>`: one name an element and no separator
    between them. The page names them as the authors, so the list does not end at the element's edge (which lost every
    name but the first: name_across_break)."""
    html = ('<html><body><h2>Publications</h2><ul>\n'
            '<li><div class="title"><b>Tidal heating of icy moons with thin crusts</b></div>\n'
            '<div class="authors"><div>Robin Hale</div><div>Jan Moreau</div></div>\n'
            '<div class="venue"><i>Icarus</i>, 2023</div></li>\n</ul></body></html>\n')
    pubs = read_markup("p.html", html, db, html=True, extractor="crf").publications
    assert [p.title for p in pubs] == ["Tidal heating of icy moons with thin crusts"]
    # every name's words, in order (parting the two names is not this repair's: they stay as the labeller joined them)
    assert " ".join(pubs[0].authors).split() == ["Robin", "Hale", "Jan", "Moreau"]


@needs_model
def test_a_quoted_title_runs_to_its_closing_mark_and_an_arxiv_id_holds_no_year(db):
    """'"Mechanics of packed filaments—The “bird nest” as meta-material."': the straight quote closes the title, not
    the curly one inside it; and 'arXiv:2011.09669 (2020)': the identifier's first part (its month, November 2020)
    is no year, the year is the one in brackets."""
    md = ("## Papers\n\n**Robin Hale**, Jan Moreau, and Ana Lima.\n"
          '"Mechanics of randomly packed filaments—The “bird nest” as meta-material."\n'
          "*Journal of Applied Physics* 127, no. 5 (2020): 050902.\n\n"
          "**Robin Hale**, Jan Moreau.\n\"A remeshed vortex method for mixed rigid/soft body interaction\"\n"
          "*arXiv* preprint, arXiv:2011.09669 (2020).\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.year) for p in pubs] == [
        ("Mechanics of randomly packed filaments—The “bird nest” as meta-material", 2020),
        ("A remeshed vortex method for mixed rigid/soft body interaction", 2020)]


@needs_model
def test_a_group_that_authors_a_paper_is_one_author(db):
    """Consortium authorship: a group named at the end of the author list ('..., Cy Park, for the Lake Sediment
    Mapping Initiative. "Title". *Journal*') and a group alone on the line under a linked title ('GBD 2013 Mortality
    and Causes of Death Collaborators.' over 'Lancet. 2015;385:117-71.'): the group is one author, not words of the
    title or the venue, and its number is no year."""
    md = ("## Papers\n\n1. **Lima, A.**, Chen, B., Park, C., for the Lake Sediment Mapping Initiative. "
          '"Varved sediments record drought in three alpine lakes". *Quaternary Science Reviews*, 27: 2018.\n')
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.authors[-1:], p.year) for p in pubs] == [
        ("Varved sediments record drought in three alpine lakes", ["for the Lake Sediment Mapping Initiative"],
         2018)]
    html = ('<ol><li><a href="https://doi.org/10.1016/x">Global, regional, and national burden of lake pollution in '
            "188 countries, 1990-2013: a systematic analysis.</a>\n<br><font>GBD 2013 Lake Pollution and Health "
            "Collaborators.</font>\n<br><journal>Lancet.</journal> 2015;385:117-71.</li></ol>\n")
    pubs = read_markup("p.html", html, db, extractor="crf").publications
    assert [(p.authors, p.year) for p in pubs] == [(["GBD 2013 Lake Pollution and Health Collaborators"], 2015)]


@needs_model
def test_a_group_after_the_lists_last_and_is_one_author(db):
    """'..., B. Kim, and the Lake Survey Team. [Title](...). *Journal*' and 'Lima A et al. and The Lake Sediment
    Consortium. (2017) Title. Journal': the group, with the "and" before it, was read as the title and the paper's
    own title came second."""
    md = ("## Papers\n\n1. A. Lima, B. Kim, C. Park, D. Moreau, E. Okafor, and the Lake Survey Team. "
          "[Varved sediments record drought in three alpine lakes](https://doi.org/10.1/x). "
          "*Quaternary Science Reviews,* 27:1011, 2018.\n\n"
          "* Lima A et al. and The Lake Sediment Mapping Consortium. (2017) A catalog of varved lakes across "
          "the Alps. [Nature](https://www.nature.com/articles/x) 551: 457–463\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.authors[-1]) for p in pubs] == [
        ("Varved sediments record drought in three alpine lakes", "the Lake Survey Team"),
        ("A catalog of varved lakes across the Alps", "The Lake Sediment Mapping Consortium")]


@needs_model
def test_a_study_group_in_lower_case_after_the_lists_last_and_is_one_author(db):
    """"..., Moreau J, Lind K and the EMPHASIS study group (2022). Title. *Journal*": a kind of group written in lower
    case before the group's word ("study group", "trial collaborators") still names a group; it was read as the
    paper's title, and the title was lost."""
    md = ("## Epigenetics\n\n"
          "-   Okafor E, Ito P, **Lima C**, Kerr S, Moreau J, Lind K and the EMPHASIS study group (2022). DNA "
          "methylation signatures of cardiometabolic risk in children from two countries. *Clinical Epigenetics, "
          "14(1)*. [\\[Paper\\]](https://doi.org/10.1186/s13148-021-01213-3)\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.authors[-1], p.year) for p in pubs] == [
        ("DNA methylation signatures of cardiometabolic risk in children from two countries",
         "the EMPHASIS study group", 2022)]


def test_an_italic_sentence_then_plain_words_read_as_one_field_are_the_title_and_the_venue():
    """'Ida Berg, Tom Lee. <i>Reading the shoreline after the storm surge.</i> Coastal Research Letters. DOI: ...':
    the labeller read the italic title and the plain journal after it as one title, or as one venue."""
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair import fields

    def entry(field: str) -> list:  # type: ignore[type-arg]
        toks = _toks("Ida/B-author Berg/author ,/author Tom/author Lee/author ./other")
        toks += [Token(w, 0, italic=True, label=field) for w in
                 ("Reading", "the", "shoreline", "after", "the", "storm", "surge", ".")]
        return toks + _toks(f"Coastal/{field} Research/{field} Letters/{field} ./other DOI/link")

    for field in ("title", "venue"):
        toks = entry(field)
        fields.italic_title_before_venue(toks)
        assert [t.label for t in toks[6:18]] == ["title"] * 7 + ["other"] + ["venue"] * 3 + ["other"]
    # '"Title." *Proceedings of the Sixth Annual Linguistics Meeting.* Linguistics Society': the entry has its
    # title, so the italics are its venue and the plain words after them stay as read
    toks = _toks("“/other A/B-title comparison/title ./title ”/other")
    toks += [Token(w, 0, italic=True, label="venue") for w in
             ("Proceedings", "of", "the", "Sixth", "Annual", "Linguistics", "Meeting", ".")]
    toks += _toks("Linguistics/venue Society/venue ./other")
    fields.italic_title_before_venue(toks)
    assert {t.label for t in toks[5:]} == {"venue", "other"} and toks[5].label == "venue"
    # a short italic journal name with a full stop in it ("*Proc. Natl. Acad. Sci.* USA") is no title
    toks = [Token(w, 0, italic=True, label="venue") for w in ("Proc", ".", "Natl", ".", "Sci", ".")]
    toks += _toks("USA/venue ,/other")
    fields.italic_title_before_venue(toks)
    assert all(t.label == "venue" for t in toks[:-1])


def test_names_closed_by_a_full_stop_right_before_the_title_are_the_authors():
    """"H. Okafor. <em>Hochschild Lattices and Shuffle Lattices</em>. In <em>Journal</em>, 2022.": a sole author
    (or a list) the labeller left as other, with no year between it and the title, gave no authors."""
    from pubnorm.sources.repair import authors

    toks = _toks("H/B-other ./other Okafor/other ./other Hochschild/title Lattices/title ./other In/other "
                 "European/venue Journal/venue ,/other 2022/year")
    authors.leading_names(toks)
    assert [t.label for t in toks[:5]] == ["B-author", "author", "author", "other", "title"]
    # a sentence before the title is no author list
    toks = _toks("We/B-other study/other lattices/other ./other Hochschild/title Lattices/title ./other 2022/year")
    authors.leading_names(toks)
    assert [t.label for t in toks[:4]] == ["B-other", "other", "other", "other"]


def test_the_last_linked_name_of_a_list_of_linked_co_authors_is_an_author():
    """"**A. Yang**, [Bo Peng](u1), [Cy Tang](u2), [Jing Dong](u3)  <br> *Chinese Conference on ...*": the last link
    at the line's break was read as the venue's first words, or half of it as a link word."""
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair import authors

    def entry(last: list[str]) -> list:  # type: ignore[type-arg]
        toks = [Token("Ada", 0, bold=True, label="B-author"), Token("Yang", 0, bold=True, label="author"),
                Token(",", 0, label="author")]
        for k, (g, s) in enumerate((("Bo", "Peng"), ("Cy", "Tang"))):
            toks += [Token(g, 0, href=f"u{k}", span=k + 1, label="author"),
                     Token(s, 0, href=f"u{k}", span=k + 1, label="author"), Token(",", 0, span=9, label="author")]
        toks[-1].label = "other"
        toks += [Token("Jing", 0, href="u3", span=5, label=last[0]), Token("Dong", 0, href="u3", span=5, label=last[1])]
        return [*toks, Token("Chinese", 1, italic=True, span=6, label="venue")]

    for last in (["venue", "venue"], ["author", "link"]):
        toks = entry(last)
        authors.linked_last_author(toks)
        assert [t.label for t in toks[-4:]] == ["author", "author", "author", "venue"]
    # links after an entry's own author list are no authors ("Press Coverage: [CBC News](u), [Hakai](v)")
    toks = _toks("Ida/B-author Berg/author ./other Title/title ./other")
    toks += [Token("CBC", 0, href="a", span=1, label="author"), Token("News", 0, href="a", span=1, label="author"),
             Token(",", 0, label="author"), Token("Hakai", 0, href="b", span=2, label="author"),
             Token(",", 0, label="other"), Token("Quirks", 0, href="c", span=3, label="other")]
    authors.linked_last_author(toks)
    assert toks[-1].label == "other"


def test_a_bracket_glued_to_a_title_word_closes_in_the_title():
    """"Chain Dynamics of Poly(methyl methacrylate), *Macromolecules*": the labeller ended the title before ")" and
    the unbalanced bracket's words were dropped with it ("... of Poly"); a note after a space stays out."""
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair import titles

    def entry(space: bool) -> list:  # type: ignore[type-arg]
        toks = _toks("Dynamics/B-title of/title Poly/title")
        toks += [Token("(", 0, space_before=space, label="title"),
                 Token("methyl", 0, space_before=False, label="title"), Token("methacrylate", 0, label="title"),
                 Token(")", 0, space_before=False, label="other")]
        return toks + _toks(",/other Macromolecules/other ,/other 2026/year")

    toks = entry(space=False)
    titles.unclosed_bracket(toks)
    assert toks[6].label == "title"
    toks = entry(space=True)  # "Title (contact for draft": a note, left as read
    titles.unclosed_bracket(toks)
    assert toks[6].label == "other"


def test_a_bracket_of_the_titles_own_words_closes_in_the_title_after_a_space():
    """"Growth of juvenile bay scallops (Argopecten irradians). Aquaculture": a species, a place or an acronym in a
    bracket after a space, the labeller ending the title before ")": the bracket is the title's (it was dropped as
    unbalanced, the title cut at "scallops"). A note stays out: a date, a status, co-authors, words in lower case."""
    from pubnorm.sources.repair import titles

    def entry(inside: str) -> list:  # type: ignore[type-arg]
        words = " ".join(f"{w}/title" for w in inside.split())
        return _toks(f"Growth/B-title of/title scallops/title (/title {words} )/other ./other Aquaculture/venue "
                     "./other 2019/year")

    for inside in ("Argopecten irradians", "Saskatchewan , Canada", "GF-DB"):
        toks = entry(inside)
        titles.unclosed_bracket(toks)
        assert toks[4 + len(inside.split())].label == "title", inside
    for inside in ("Updated 8 / 2026", "in press", "with A. Lee", "contact for draft", "Oral",
                   "Doctoral dissertation , Université Grenoble", "UCL master thesis", "B. Graham & A. Paula , Eds ."):
        toks = entry(inside)
        titles.unclosed_bracket(toks)
        assert toks[4 + len(inside.split())].label == "other", inside


def test_a_bracket_read_as_another_field_after_the_title_is_the_titles_last_words(db):
    """"The Global Active Faults Database (GAF-DB), Earthquake Spectra": the bracket right after the title, closed
    before its comma or full stop, was read as no field; it is the title's. A venue the database knows ("(ICML)"), a
    year, a status or a link word in the bracket is where or when the paper appeared, and stays out; so does a bracket
    that goes on into more words on its line."""
    from pubnorm.sources.repair import titles

    def entry(inside: str, after: str = ",/other") -> tuple[list, list]:  # type: ignore[type-arg]
        toks = _toks("The/B-title Faults/title Database/title (/other "
                     + " ".join(f"{w}/other" for w in inside.split()) + f" )/other {after} Earthquake/venue "
                     "Spectra/venue 2020/year")
        return toks, toks[:3]

    toks, run = entry("GAF-DB")
    assert [t.text for t in titles.bracket_after_title(toks, run, db)] == ["The", "Faults", "Database", "(", "GAF-DB",
                                                                          ")"]
    assert [t.label for t in toks[3:6]] == ["title", "title", "title"]
    toks, run = entry("Argopecten irradians", "./other")
    assert len(titles.bracket_after_title(toks, run, db)) == 7
    for inside, after in (("ICML", ",/other"), ("2020", ",/other"), ("In press", ",/other"), ("PDF", ",/other"),
                          ("GAF-DB", "in/other")):
        toks, run = entry(inside, after)
        assert titles.bracket_after_title(toks, run, db) == run, inside
        assert toks[3].label == "other"


@needs_model
def test_a_badge_after_a_bold_title_is_no_word_of_the_title(db):
    """'<strong>Title</strong><span class="badge">conference</span>': the badge's word, glued to the title with no
    space or mark between them, was read as the title's last word ("Subgraph-universal planar graphs for trees
    conference")."""
    html = ('<html><body><h2>Papers</h2><ol reversed>\n<li>\n<strong>Planar drawings of sparse graphs</strong>'
            '<span class="badge badge--conference">conference</span>\n<div class="meta">\nwith Ana'
            ' Ortiz and Jan Moreau.<br>\n'
            'In Proceedings of the 33rd International Symposium on Graph Drawing (GD 2025), pp. 1-12\n</div>\n</li>\n'
            '<li>\n<strong>Crossing numbers of convex drawings</strong><span class="badge'
            ' badge--journal">journal</span>\n'
            '<div class="meta">\nwith Ana Ortiz.<br>\nDiscrete &amp; Computational Geometry, 2024\n</div>\n</li>\n'
            '</ol></body></html>\n')
    pubs = read_markup("p.html", html, db, html=True, extractor="crf").publications
    assert [p.title for p in pubs] == ["Planar drawings of sparse graphs", "Crossing numbers of convex drawings"]


@needs_model
def test_an_authors_element_ends_at_its_line_break_before_the_venue_line(db):
    """'<span class="authors">A. Lee, B. Kim<br>COLM, 2025</span>': the page wrote the venue line inside the element
    its class names the authors; the venue's word after the break was read as one more name ("Sarah Kim COLM")."""
    html = ('<html><body><h2>2025</h2>\n<p class="paper-entry">\n    Scaling laws for steering vectors<br />\n'
            '    <span class="authors"\n        >Ana Ortiz, Jan Moreau, <strong>Lena Park</strong>,\n'
            '        Omar Haddad, Sarah Kim<br />\n        COLM, 2025\n        <a'
            ' href="https://arxiv.org/abs/2501.01234">[paper]</a></span\n    >\n</p>\n'
            '<p class="paper-entry">\n    Probing tokenizers for morphology<br />\n'
            '    <span class="authors"\n        >Jan Moreau, <strong>Lena Park</strong><br />\n'
            '        arXiv:2502.04321, 2025\n        <a'
            ' href="https://arxiv.org/abs/2502.04321">[paper]</a></span\n    >\n</p>\n'
            '</body></html>\n')
    pubs = read_markup("p.html", html, db, html=True, extractor="crf").publications
    assert [(p.authors, (p.venue_raw or "").split(",")[0].strip(" .")) for p in pubs] == [
        (["Ana Ortiz", "Jan Moreau", "Lena Park", "Omar Haddad", "Sarah Kim"], "COLM"),
        (["Jan Moreau", "Lena Park"], "arXiv:2502.04321")]  # (the identifier read whole with its server)


@needs_model
def test_a_title_runs_from_the_authors_full_stop_to_its_own(db):
    """'Newson RB. Frequentist <i>q</i>-values for multiple-test procedures. <i>The Stata Journal</i> 2010; 10(4)':
    an italic letter inside the title, or an apostrophe ("Somers' D"), cut the title short of its full stop."""
    html = ('<html><body><h2>Papers</h2>\n<p>\nOkafor RB. Frequentist <i>q</i>-values for multiple-test procedures.\n'
            '<i>The Stata Journal</i> 2010; <b>10(4)</b>: 568-584. <a href="a.pdf">Download</a>\n</p>\n<p>\n'
            'Okafor R. Confidence intervals for rank statistics: Somers\' D and extensions.\n'
            '<i>The Stata Journal</i> 2006; <b>6(3)</b>: 309-334. <a href="b.pdf">Download</a>\n</p>\n</body></html>\n')
    pubs = read_markup("p.html", html, db, html=True, extractor="crf").publications
    assert [p.title for p in pubs] == ["Frequentist q-values for multiple-test procedures",
                                       "Confidence intervals for rank statistics: Somers' D and extensions"]


def test_a_tools_name_before_the_titles_colon_opens_the_title():
    """'Lima, A. (2023). HallThruster.jl: A Julia package ...': the name of the system a paper presents, read as
    other words, opens the title; a field's name ('Abstract:') or a name read as an author before a colon right
    after an initial's full stop (Vancouver's 'Hurst LD: Title', a name 'Ana Kim: Title') does not."""
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair import titles

    def title(toks: list) -> str:  # type: ignore[type-arg]
        return " ".join(t.text for t in toks if t.field == "title")

    rest = ":/other A/title Julia/title package/title ./other Journal/venue"
    toks = _toks(f"Lima/B-author ,/author A./author (/other 2023/year )/other ./other HallThruster/other {rest}")
    glued = Token(".", 0, label="other", space_before=False)
    toks[7:8] = [toks[7], glued, Token("jl", 0, label="other", space_before=False)]
    titles.name_before_colon(toks)
    assert title(toks) == "HallThruster . jl : A Julia package"
    for before in ("Abstract/other", "Ana/author Kim/author", "Hurst/author LD/author"):
        toks = _toks(f"Lima/B-author ,/author A./author ./other {before} {rest}")
        titles.name_before_colon(toks)
        assert title(toks) == "A Julia package", before


def test_a_persons_name_before_the_titles_colon_after_the_lists_comma_is_the_last_author():
    """'Ada Okafor, Jan Moreau,\n Tomas Quince: **Tidal heating**' (DBLP's style, wrapped before the last name): the
    last name, read as other words at the start of the wrapped line, is the list's, not a tool's name opening the
    title. A tool's name after a list's comma ("..., Jan Moreau, GET: Title") is no person's and opens the title."""
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair import titles

    def entry(last: list[str]) -> list[Token]:
        toks = _toks("Ada/B-author Okafor/author ,/author Jan/author Moreau/author ,/author")
        toks += [Token(w, 1, label="other", soft=True) for w in [*last, ":"]]
        return toks + [Token(w, 1, label="title", soft=True) for w in ("Tidal", "heating")]

    toks = entry(["Tomas", "Quince"])
    titles.name_before_colon(toks)
    assert [t.text for t in toks if t.field == "author"][-3:] == [",", "Tomas", "Quince"]
    assert [t.text for t in toks if t.field == "title"] == ["Tidal", "heating"]
    tool = entry(["GET"])
    titles.name_before_colon(tool)
    assert [t.text for t in tool if t.field == "title"] == ["GET", ":", "Tidal", "heating"]


def test_a_title_runs_back_to_apas_full_stop_after_the_year():
    """'Lima, A., & Kim, B. (2022). No Meaningful Difference in Bias. *Journal of Trial and Error*.': the title's
    first word, a capitalised word alone, was left out; after APA's year no name comes, so it is the title's. After
    the authors' own full stop such a word may still be a name left out, and stays as read."""
    from pubnorm.sources.repair import titles

    title = "Meaningful/title Difference/title in/title Bias/title ./other Journal/venue of/venue Trial/venue"
    toks = _toks(f"Lima/B-author ,/author A./author &/author Kim/author ,/author B./author (/other 2022/year )/other "
                 f"./other No/other {title}")
    titles.title_sentence(toks)
    assert " ".join(t.text for t in toks if t.field == "title") == "No Meaningful Difference in Bias"
    toks = _toks(f"Lima/B-author ,/author A./author &/author Kim/author ./other Park/other {title}")
    titles.title_sentence(toks)
    assert " ".join(t.text for t in toks if t.field == "title") == "Meaningful Difference in Bias"


@needs_model
def test_names_closed_by_a_japanese_et_al_before_a_quoted_title_are_the_authors(db):
    """'<strong>Yudai Ito</strong> 他, “Title”, <em>PTEP</em>': Japanese writes "et al." as 他; the names before the
    quoted title were read as nothing."""
    html = ('<html><body><h2>論文</h2>\n<p><strong>Yudai Ito</strong> 他, “Missing-mass spectra of the'
            ' kaon reaction at '
            '1.8 GeV/c”, <em>PTEP</em>, <strong>2024</strong>, 091D01 (2024).</p>\n'
            '<p>S.H. Kim, <strong>Y. Ito</strong> 他, “High-rate performance of a time projection chamber”, '
            '<em>Nucl. Instrum. Meth.</em>, <strong>A1047</strong>, 167775 (2019).</p>\n</body></html>\n')
    pubs = read_markup("p.html", html, db, html=True, extractor="crf").publications
    assert [(p.authors, p.et_al) for p in pubs] == [(["Yudai Ito"], True), (["S.H. Kim", "Y. Ito"], True)]


@needs_model
def test_a_title_ends_at_the_break_before_the_book_it_is_in(db):
    """"Title <br> in <em>The Routledge Handbook of ...</em>, edited by ...": the title was read on over the break
    into the book's name, and the paper was lost (its title no longer matched)."""
    md = ('## Book chapters\n\n<div style="display: flex;">\n<div style="flex: 1;">\n<p>\n'
          '  Horses for courses: using internet surveys for researching public opinion\n  <br>\n'
          '  in <a href="https://example.org/book"><em>The Routledge Handbook of Public Opinion and Voting '
          'Behaviour</em></a>'
          ', edited by Ana Lee and Jan Moreau, Routledge (2018)\n  <br>\n  With Ben Lind</p>\n</div>\n</div>\n')
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.year) for p in pubs] == [
        ("Horses for courses: using internet surveys for researching public opinion", 2018)]


@needs_model
def test_a_title_ends_at_its_lines_break_before_the_author_line(db):
    """"12\\. Title,<br> Okafor, D., (Lind, B. S.), et al.,<br> 2026, ApJ": each field on its own line, the entry
    numbered. The labeller ended the title a word or a phrase early and read the rest of its line as the first
    author ("Universe, Okafor"; "Spectroscopic and Machine-Learning Photometric Redshifts"): the words before the
    break end the title, and the comma there is no part of it. A line of capitalised names stays the authors'."""
    md = ("### Recent Papers\n"
          "12\\. Tidal Streams of Dwarf Widgets around Nearby Spiral Galaxies in a Simulated LCDM Universe,<br>\n"
          "Okafor, D., (Lind, B. S.), et al.,<br>\n2026, ApJ, submitted\n\n"
          "11\\. A Catalog of Widget Galaxy Candidates with Spectroscopic and Machine-Learning Photometric Redshifts,"
          "<br>\nMoreau, J., (Lind, B. S.),<br>\n2026, JKAS, submitted\n\n"
          "10\\. Widget Clustering at Cosmic Noon,<br>\nPark, C., et al. (Lind, B. S.),<br>\n2025, ApJ, 980, 12\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.authors[:1], p.year) for p in pubs] == [
        ("Tidal Streams of Dwarf Widgets around Nearby Spiral Galaxies in a Simulated LCDM Universe", ["Okafor, D."],
         2026),
        ("A Catalog of Widget Galaxy Candidates with Spectroscopic and Machine-Learning Photometric Redshifts",
         ["Moreau, J."], 2026),
        ("Widget Clustering at Cosmic Noon", ["Park, C."], 2025)]


@needs_model
def test_a_journal_read_on_with_the_title_ends_it_at_its_full_stop_whatever_numbers_follow(db):
    """"Title. Widget Review from Cambridge 36(1):51-74. [Open Access]" and "Title. Environmental & Socio-economic
    Widget Studies, 11, 2: 29-41.": the title ran on past its full stop into a journal the database does not know.
    The journal's numbers told where it ends, but they were not seen: the volume and issue were read on with the
    title, a bracketed note after the citation was read as a venue, and "volume, issue: pages" was no citation's
    numbers. Now the words are the venue, the numbers the volume, issue and pages."""
    md = ("## Publications\n\n"
          "Lind, C., M. Okafor, and J. Moreau. Resilience and reversibility: engaging with the widget record to "
          "inform on past resilience. Widget Review from Cambridge 36(1):51-74. [Open Access]\n\n"
          "Moreau J.M., Okafor M., Lind B. 2023. Current and potential functions of widget areas in the Koźle "
          "Basin, southern Poland. Environmental & Socio-economic Widget Studies, 11, 2: 29-41.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.venue_raw, p.volume, p.number, p.pages) for p in pubs] == [
        ("Resilience and reversibility: engaging with the widget record to inform on past resilience",
         "Widget Review from Cambridge", "36", "1", "51--74"),
        ("Current and potential functions of widget areas in the Koźle Basin, southern Poland",
         "Environmental & Socio-economic Widget Studies", "11", "2", "29--41")]


@needs_model
def test_a_journal_the_database_knows_read_on_with_the_title_ends_it_with_no_numbers_after(db):
    """"(2007) Title. Vaccine, doi: 10.1016/...": no volume or pages tell where the journal is, but the words after
    the title's full stop are a journal's whole name as the database has it. They were read on with the title, and
    the paper had no venue; a second sentence that names no journal stays the title's."""
    html = ('<html><body><h2>Publications</h2><ul>\n'
            '<li><p>Okafor I, Lindqvist N, Amaral AI, Moreau A, Park T, Carrondo MJ, Alves PM, Lee D. (2007) Effect of '
            'the purification process and the storage conditions on the efficacy of an inactivated widget against '
            'heartwater. Vaccine, doi: 10.1016/j.vaccine.2007.04.055. </p></li>\n</ul></body></html>\n')
    pubs = read_markup("p.html", html, db, html=True, extractor="crf").publications
    assert [(p.title, p.venue_raw, p.year) for p in pubs] == [
        ("Effect of the purification process and the storage conditions on the efficacy of an inactivated widget "
         "against heartwater", "Vaccine", 2007)]
    md = "## Papers\n\nMoreau, J. (2021). Single chain widgets in poor solvents. Candidates for patchy colloids.\n"
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.venue_raw) for p in pubs] == [
        ("Single chain widgets in poor solvents. Candidates for patchy colloids", None)]


@needs_model
def test_groups_opening_an_entry_are_its_authors_not_its_title(db):
    """"The LIGO Scientific Collaboration, the Virgo Collaboration, the KAGRA Collaboration (inc. **N. Lind**),
    [*Title*](doi)": a physics collaboration's paper, the groups for its authors. The labeller read the groups as the
    title and the paper's own title was lost. A list of people stays the authors as before."""
    md = ("## 2024\n\n"
          "- The LIGO Scientific Collaboration, the Virgo Collaboration, the KAGRA Collaboration (inc. **N. Lind**), "
          "[*Observation of widget waves from the coalescence of a compact object and a neutron star*]"
          "(https://doi.org/10.3847/x), arXiv:2404.04248 [astro-ph.HE]\n"
          "- The ATLAS Collaboration, *Search for widget bosons decaying to pairs of photons*, arXiv:2401.00002 "
          "[hep-ex]\n"
          "- Ada Okafor, **Nina Lind**, and Jan Moreau, [*Binary widgets as wave detectors*]"
          "(http://arxiv.org/abs/2506.11802v1), arXiv:2506.11802 [gr-qc]\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.authors) for p in pubs] == [
        ("Observation of widget waves from the coalescence of a compact object and a neutron star",
         ["The LIGO Scientific Collaboration", "the Virgo Collaboration", "the KAGRA Collaboration"]),
        ("Search for widget bosons decaying to pairs of photons", ["The ATLAS Collaboration"]),
        ("Binary widgets as wave detectors", ["Ada Okafor", "Nina Lind", "Jan Moreau"])]


@needs_model
def test_a_group_before_the_year_in_brackets_is_the_author_not_the_venue(db):
    """APA with a group for the author: "The International Widget Genome Sequencing Consortium (2004). Title.
    Nature 432, 695–716." The group was read as the venue (and the paper had no author); a group's name before a
    full stop was read as the author already, not before "(year)"."""
    md = ("## Published\n\n"
          "* The International Widget Genome Sequencing Consortium (2004). Sequence\n  and comparative analysis of "
          "the widget genome provide unique perspectives on vertebrate evolution. Nature 432, 695–716.\n"
          "* Lee A. and Kim B. (2010). The genetic basis of widget change. Genetics 185, 1-10.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.authors, p.venue_raw, p.year) for p in pubs] == [
        (["The International Widget Genome Sequencing Consortium"], "Nature", 2004),
        (["Lee A.", "Kim B."], "Genetics", 2010)]


@needs_model
def test_a_line_saying_where_a_papers_data_and_code_are_is_no_paper(db):
    """"Data and R code available from the <a>Open Science Framework</a>." under each paper: the line was a record of
    its own (six on one page), or read into the next paper's entry, whose title was then lost."""
    html = ('<html><body><h2>2021</h2>\n<p>\nAna Lee and Jan Moreau. 2021. <a href="https://doi.org/10.1/a">Aptitude '
            'and age in second language learning.</a> <i>Language Learning</i> 71(2). 1–30.<br> Data and R code '
            'available from the <a href="https://osf.io/x">Open Science Framework</a>.\n</p>\n<p>\nJan Moreau. 2021. '
            '<a href="https://doi.org/10.1/b">Collinearity is no disease that needs curing</a>. <i>Meta-Psychology</i> '
            '5.\n</p>\n</body></html>\n')
    pubs = read_markup("p.html", html, db, html=True, extractor="crf").publications
    assert [p.title for p in pubs] == ["Aptitude and age in second language learning",
                                       "Collinearity is no disease that needs curing"]


def test_the_owners_name_set_apart_at_the_start_of_a_list_is_its_first_author():
    """"12. <u>***Xin Sun***</u>, Jan de Wit, Zhuying Li. Title": the owner's bold italic name opening the entry was
    read as the venue ("Xin Sun" was the paper's venue), or its first word as nothing ("Xin" of "15. Xin Sun, Di
    Wu");
    a venue before the list that is no name, or a name in the middle of a line, stays as read."""
    from pubnorm.sources.repair import authors

    toks = _toks("12/B-volume ./other Xin/venue Sun/venue ,/other Jan/author de/author Wit/author ,/author "
                 "Zhuying/author Li/author ./other Script/title Aligned/title Generation/title")
    authors.name_opens_list(toks)
    assert [t.label for t in toks][:7] == ["B-volume", "other", "author", "author", "author", "author", "author"]
    toks = _toks("15/B-other ./other Xin/other Sun/author ,/author Di/author Wu/author ./other Label/title "
                 "Effect/title")
    authors.name_opens_list(toks)
    assert [t.label for t in toks][2:4] == ["author", "author"]
    kept = _toks("In/other ICML/venue ,/other Jan/author de/author Wit/author")
    authors.name_opens_list(kept)
    assert [t.label for t in kept][:3] == ["other", "venue", "other"]
    mid = _toks("Title/title words/title Nature/venue Physics/venue ,/other Jan/author Wit/author")
    authors.name_opens_list(mid)
    assert mid[2].label == "venue" and mid[3].label == "venue"


@needs_model
def test_a_line_of_names_set_apart_under_a_title_line_is_the_authors(db):
    """"**Title**  <br> Ana Ortiz and Jan Moreau. <br> Venue. 2019.": a title line in its own markup over a plain line
    of names; the labeller read the names on as the title's last words (and the paper had no authors). So is one
    bold name under a heading's title; a venue's words under a title ("ACME Clinical Data and Digital Health") are
    no names."""
    md = ("## Papers\n\n"
          "**Convex relaxations for hybrid control of legged robots**  \n"
          "Ana Ortiz and Jan Moreau.  \n"
          "IEEE Transactions on Automatic Control (TAC). 2020.  \n"
          "[[pdf]](a.pdf)\n\n"
          "**Sampling rare transitions with learned biasing forces**  \n"
          "Ana Ortiz and Omar Haddad.  \n"
          "International Symposium on Robotics Research (ISRR). 2019.  \n"
          "[[pdf]](b.pdf)\n\n"
          "## Thesis\n\n"
          "### **Segmenting retinal vessels with weak labels**  \n"
          "**Ana Ortiz**.  \n"
          "Undergraduate Senior Thesis, May 2018.  \n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.authors) for p in pubs] == [
        ("Convex relaxations for hybrid control of legged robots", ["Ana Ortiz", "Jan Moreau"]),
        ("Sampling rare transitions with learned biasing forces", ["Ana Ortiz", "Omar Haddad"]),
        ("Segmenting retinal vessels with weak labels", ["Ana Ortiz"])]


def test_a_venue_under_a_title_line_is_no_line_of_names():
    from pubnorm.sources.repair import authors

    toks = _toks("Cost/B-title of/title care/title ACME/title Clinical/title Data/title and/title Digital/title "
                 "Health/title")
    for t in toks[3:]:
        t.line = 1
    for t in toks[:3]:
        t.bold = True
    authors.names_under_title(toks)
    assert all(t.field == "title" for t in toks)
    names = _toks("Cost/B-title of/title care/title Ana/title Ortiz/title and/title Jan/title Moreau/title")
    for t in names[3:]:
        t.line = 1
    for t in names[:3]:
        t.bold = True
    authors.names_under_title(names)
    assert [t.field for t in names] == ["title"] * 3 + ["author"] * 5


def test_a_sentence_of_names_read_as_a_second_title_is_the_authors_of_an_entry_without_any():
    """"Generation effects on ideology <br> Aug 2, 2023. Robert Jackson, Carlisle Rainey. Working Paper.": the names
    after the date were read as a second title and the entry had no authors."""
    from pubnorm.sources.repair import authors

    toks = (_toks("Generation/B-title effects/title on/title ideology/title")
            + _toks("Aug/other 2/volume ,/other 2023/year ./other Ana/title Ortiz/title ,/title Jan/title "
                    "Moreau/title ./other Working/status Paper/status", 1))
    authors.names_after_title(toks)
    assert [t.text for t in toks if t.field == "author"] == ["Ana", "Ortiz", ",", "Jan", "Moreau"]
    one = _toks("Generation/B-title effects/title on/title ideology/title ./other Ana/title Ortiz/title ./other")
    authors.names_after_title(one)
    assert not any(t.field == "author" for t in one)  # one name alone may be a short title's words
    had = _toks("Ana/B-author Ortiz/author ./other Generation/title effects/title on/title ideology/title ./other "
                "Deep/title Learning/title ,/title Data/title Mining/title ./other")
    authors.names_after_title(had)
    assert [t.field for t in had].count("author") == 2  # an entry with authors keeps its titles
    month = _toks("Generation/B-title effects/title on/title ideology/title ./other Ana/title Ortiz/title ,/title "
                  "July/title Moreau/title ./other")
    authors.names_after_title(month)
    assert not any(t.field == "author" for t in month)


@needs_model
def test_an_entry_that_opens_with_a_venue_and_names_its_venue_later_opens_with_its_title(db):
    """'<li><em>Grading standards revisited</em>.<br /> Status: Submitted to <em>Quality & Quantity</em>.</li>': the
    italic title was read as the venue, and the entry had no title (it was lost); the journal it was submitted to is
    its venue."""
    md = ("<h2>In review (second round)</h2><hr />\n\n<ol>\n<li>\n  <em>Marking standards revisited</em>.<br />\n"
          "  Status: Submitted to <em>Quality & Quantity</em>.\n\n  <details>\n    <summary>\n      Abstract\n"
          "    </summary>\n    <p>We study how teachers mark essays across schools.</p>\n  </details>\n</li>\n<li>\n"
          "  <em>Class size and teacher expectations</em>.<br />\n"
          "  Status: Submitted to <em>Sociology of Education</em>.\n</li>\n</ol>\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.venue_raw, p.status) for p in pubs] == [
        ("Marking standards revisited", "Quality & Quantity", "under review"),
        ("Class size and teacher expectations", "Sociology of Education", "under review")]


def test_names_in_chinese_or_japanese_before_a_title_are_the_authors():
    """"奥 牧人, 合原 一幸: 題名, 生産研究, 68(3)", "山田育矢, 鈴木正敏. 題名. 技術評論社",
    '藤澤 隆介, 梅本 和希, "題名", 論文集': the labeller knows names by their capitals,
    which these scripts lack; it read the names into the title."""
    from pubnorm.sources.repair import authors

    colon = _toks("奥/B-title 牧人/title ,/title 合原/title 一幸/title :/title "
                  "入力に関する脳情報処理の数理モデル化/title "
                  ",/title 生産研究/title ,/title 65/title (/other 3/volume )/other")
    authors.cjk_names(colon)
    assert [t.field for t in colon][:6] == ["author"] * 5 + ["other"] and colon[0].label == "B-author"
    assert colon[6].field == "title" and colon[7].field == "other" and colon[8].field == "venue"
    period = _toks("山田育矢/other ,/other 鈴木正敏/author ,/other 李凌寒/other ./other 大規模言語モデル入門/title "
                   "./title 技術評論社/title ,/other 2023/year")
    authors.cjk_names(period)
    assert [t.field for t in period][:6] == ["author"] * 5 + ["other"]
    assert period[6].field == "title" and period[8].field == "venue"
    quoted = _toks('藤澤/B-title 隆介/title ,/title 梅本/title 和希/title ,/title "/title '
                   'ロボットシステムの開発と運用/title "/title ,/title 土木学会論文集/title ,/other 2017/year')
    authors.cjk_names(quoted)
    assert [t.field for t in quoted][:5] == ["author"] * 5
    assert [t.field for t in quoted][6:11] == ["other", "title", "other", "other", "venue"]
    line = _toks("吉川/other 和/other ,/other 金子/other 貴美/other ./other")
    authors.cjk_names(line)
    assert [t.field for t in line] == ["author"] * 5 + ["other"]
    # the corresponding author's mark after the last name ('정인호, 김동현, 안홍렬*. "제목", ...'): the list went on
    # past it unread, and only the name the labeller read was an author
    marked = _toks('정인호/B-author ,/other 김동현/other ,/other 안홍렬/other */other ./other "/other 의료영상/title '
                   '분할/title "/other')
    authors.cjk_names(marked)
    assert [t.field for t in marked][:7] == ["author"] * 6 + ["other"]


def test_a_surname_after_the_last_initial_before_a_colon_is_the_last_author():
    """"T. Nakamaru, K. Aihara, M. Oku: Modification of ...": the last surname was read as the title's first word."""
    from pubnorm.sources.repair import authors

    toks = _toks("T/B-author ./author Nakamaru/author ,/author M/author ./author Oku/title :/title Modification/title "
                 "of/title networks/title")
    authors.last_author(toks)
    assert [t.field for t in toks][6:9] == ["author", "other", "title"]
    title = _toks("T/B-author ./author Nakamaru/author ./other Deep/title learning/title :/title a/title review/title")
    authors.last_author(title)
    assert title[4].field == "title"  # after a surname's full stop, not an initial's: the title's own words
    apa = _toks("Spackman/B-author ,/author P/author ./author Anderson/author ,/author M/author ./author "
                "CrystalClear/title :/title an/title open/title protocol/title")
    authors.last_author(apa)
    assert apa[8].field == "title"  # names written surname first: the word after the initials opens the title


def test_a_title_in_chinese_or_japanese_is_the_entrys_title_before_its_longer_translation(db):
    """"奥 牧人: 入力に関する脳情報処理の数理モデル化, 生産研究 (2013). \n M. Oku: Bayesian interpretation of ...": a
    title in Japanese is one token, and a first title of one token was taken for a stray word (the longest run, the
    English translation under it, was the title)."""
    from pubnorm.sources.assemble import entry_publication

    toks = (_toks("奥/B-author 牧人/author :/other 入力に関する脳情報処理の数理モデル化/title ,/other 生産研究/venue "
                  "(/other 2013/year )/other")
            + _toks("M/author ./author Oku/author :/other Bayesian/title interpretation/title of/title "
                    "information/title processing/title", 1))
    pub = entry_publication(toks, db)
    assert pub is not None and pub.title == "入力に関する脳情報処理の数理モデル化"


def test_a_chinese_or_japanese_title_is_no_list_of_names():
    from pubnorm.sources.repair import authors

    one = _toks("深層学習/B-title ,/title 強化学習/title の/title 研究/title ./other")  # the words of a title
    authors.cjk_names(one)
    assert all(t.field != "author" for t in one)
    venue = _toks("言語処理学会/venue 第25回年次大会/venue ,/other 2019/year")
    authors.cjk_names(venue)
    assert all(t.field != "author" for t in venue)
    sentence = _toks("多層ニューラルネットワークのパラメータ初期化手法の修正/B-title ,/other 生産研究/venue")
    authors.cjk_names(sentence)
    assert sentence[0].field == "title"
    heading = _toks("同行评审论文/other ，/other 按时间倒序排列/other")  # peer-reviewed papers, newest first
    authors.cjk_names(heading)
    assert all(t.field != "author" for t in heading)
    for one in (_toks("摘要/other ：/other 本文提出了一个新测度/other"),  # "Abstract:"
                _toks("量子嬗变/B-title :/title 多尺度系统中体-边二分的涌现与失效/title")):  # a title's first words
        authors.cjk_names(one)
        assert all(t.field != "author" for t in one)
    solo = _toks("奥/B-title 牧人/title :/title 対照群を用いない抽出法/title ,/title 情処研報/title")
    authors.cjk_names(solo)
    assert [t.field for t in solo][:3] == ["author", "author", "other"]  # one name, surname and given name


def test_a_venue_that_opens_an_entry_stays_where_no_venue_follows():
    from pubnorm.sources.repair import fields

    toks = _toks("Icarus/B-venue 12/volume ,/other 2021/year ./other Okafor/author ,/other A./author")
    fields.venue_before_venue(toks)
    assert toks[0].label == "B-venue"
    lead = _toks("In/B-venue Proceedings/venue of/venue ACL/venue ./other Accepted/status at/status ACL/venue")
    fields.venue_before_venue(lead)
    assert lead[0].label == "B-venue"


def test_a_venue_run_after_the_authors_and_year_before_another_venue_is_the_title():
    """"Eckert, A. L., & Kirchner, L. (2023). Simulating active inference in context. [PsyArXiv](url)": the title
    after the authors and year was read as a venue, and the record had no title."""
    from pubnorm.sources.repair import fields

    toks = _toks("Okafor/B-author ,/author A./author (/other 2023/year )/other ./other Simulating/venue "
                 "inference/venue in/venue context/venue ./other PsyArXiv/venue")
    fields.venue_before_venue(toks)
    assert [t.field for t in toks[7:11]] == ["title"] * 4 and toks[12].field == "venue"
    titled = _toks("Okafor/B-author (/other 2023/year )/other Tidal/title heating/title ./other Icarus/venue "
                   "Letters/venue Today/venue ./other PsyArXiv/venue")
    fields.venue_before_venue(titled)
    assert [t.field for t in titled[7:10]] == ["venue"] * 3  # an entry with a title keeps its venues
    split = _toks("Data/B-title and/title code/title availability/title 2025/B-year ./other Okafor/author ,/author "
                  "A./author ./other Political/venue Science/venue and/venue Politics/venue ./other Open/venue "
                  "Access/venue")
    fields.venue_before_venue(split)
    assert split[10].field == "venue"  # the entry before is the title alone: this venue is that title's


@needs_model
def test_a_quoted_title_with_a_year_inside_runs_to_its_closing_mark(db):
    """'"The decline of war since 1950: New evidence", in *Book*, ed. ...': the year inside the quoted title cut it
    ("The decline of war since"), and the rest was read on past the closing mark into the book."""
    md = ("## Publications\n\n"
          '"Flood deaths and the Atlantic storm season". *Population and Environment* 42(1): 79-94. / '
          "[paper](https://example.org/c.pdf)\n\n"
          '"Rainfall and communal conflict in the Sahel". *Journal of Peace Research*. / '
          "[paper](https://example.org/b.pdf)\n\n"
          '"The decline of war since 1950: New evidence", in *Richardson and the Study of Conflict*, ed. Ana Ortiz, '
          "Springer Pioneer Series. / [paper](https://example.org/a.pdf)\n\n"
          '"Crop prices and unrest in East Africa". *World Development*. / [paper](https://example.org/d.pdf)\n')
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.venue_raw) for p in pubs][2] == (
        "The decline of war since 1950: New evidence", "Richardson and the Study of Conflict")


def test_a_links_text_that_is_an_address_is_a_link():
    """"... S. 205–218. <a href=doi>https://doi.org/10.1007/978-3-658-37503-4_15</a>": the digits of a DOI written as
    a link's text were read as a title (so the entry had two titles and gave no paper); an address is a link."""
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair import fields

    doi = "https://doi.org/10.1007/978-3-658-37503-4_15"
    toks = _toks("Soziales/B-title Kapital/title ./other")
    toks += [Token(w, 0, href=doi, label=lab) for w, lab in (("https", "link"), (":", "link"), ("/", "link"),
                                                            ("/", "link"), ("doi", "link"), (".", "link"),
                                                            ("org", "link"), ("/", "link"), ("978-3", "title"),
                                                            ("-", "title"), ("658-37503", "title"))]
    toks += [Token("Code", 0, href="https://github.com/x/y", label="title")]
    fields.address_text(toks)
    assert [t.label for t in toks][8:11] == ["link", "link", "link"]
    assert toks[0].label == "B-title" and toks[-1].label == "title"  # a link's text that is no address stays


def test_a_title_goes_on_over_the_full_stop_of_a_biological_name_s_abbreviation():
    """"Staphylococcus caeli sp. nov., isolated from air sampling": the labeller ended the title at "sp" and read on
    after "nov ., " as a second title; the full stop of "sp." (also "subsp.", "cf.", "spp.") ends no sentence. A title
    whose next piece is on another line, or follows a capitalised word, is left alone."""
    from pubnorm.sources.repair import titles

    toks = _toks("Staphylococcus/B-title caeli/title sp/title ./other nov/other ./other ,/other isolated/title "
                 "from/title air/title ./other Microbiology/venue")
    titles.taxon_abbreviation(toks)
    assert [t.label for t in toks] == ["B-title"] + ["title"] * 9 + ["other", "venue"]
    other = _toks("Staphylococcus/B-title caeli/title sp/title ./other Tidal/other heating/title")
    titles.taxon_abbreviation(other)
    assert [t.label for t in other][3:5] == ["other", "other"]
    apart = _toks("Cynodon/B-title spp/title ./other") + _toks("breeding/title today/title", 1)
    titles.taxon_abbreviation(apart)
    assert apart[2].label == "other"
    # ... and the block's repairs ask it on a block without a colon too
    from pubnorm.sources import repair

    toks = _toks("Staphylococcus/B-title caeli/title sp/title ./other nov/other ./other ,/other isolated/title "
                 "from/title air/title ./other Microbiology/venue")
    repair.block(toks)
    assert [t.field for t in toks[:10]] == ["title"] * 10


def test_a_link_whose_whole_text_names_a_known_venue_is_the_venue(db):
    """"(2023) Consumers decrease variability ... succession. [Oecologia](https://link.springer.com/...)": a one-word
    journal as the whole text of the paper's link (the gazetteer marks no one-word name alone) is its venue; a link
    word stays a link."""
    md = ("## Papers\n\n* **Lind JM**, McCauley DJ, and F Micheli. (2023) Consumers decrease variability across space "
          "during coral reef succession. [Oecologia](https://link.springer.com/article/10.1007/s00442-023-05404-y)\n"
          "* **Lind JM**, Kappel C. (2021) Coupled beta diversity patterns among coral reef benthic taxa. "
          "[PDF](https://example.org/beta.pdf)\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.venue.parse.raw if p.venue else None) for p in pubs] == [
        ("Consumers decrease variability across space during coral reef succession", "Oecologia"),
        ("Coupled beta diversity patterns among coral reef benthic taxa", None)]


def test_a_title_run_into_a_known_journal_and_its_volume_ends_at_its_full_stop(db):
    """"... from microbes to predators. Ecosphere 14:e4461." read as one title: the journal the database knows and its
    volume and article number after the title's full stop are where the paper appeared (a name the database does
    not know stays in the title)."""
    from pubnorm.sources.assemble import _venue_tail

    run = _toks("An/B-title assessment/title from/title microbes/title to/title predators/title ./title "
                "Ecosphere/title 14/title :/title e4461/title")
    after = _toks("./other")[0]
    kept = _venue_tail(run, db, after)
    assert [t.text for t in kept] == ["An", "assessment", "from", "microbes", "to", "predators", "."]
    assert [t.label for t in run[7:]] == ["venue", "volume", "other", "volume"]
    unknown = _toks("An/B-title assessment/title from/title microbes/title ./title Zorblax/title 14/title :/title "
                    "e4461/title")
    assert len(_venue_tail(unknown, db, after)) == len(unknown)


def test_a_title_run_into_a_common_word_journal_or_an_unknown_abbreviated_one_ends_at_its_full_stop(db):
    """"... Convolutional Neural Networks. Mathematics." and "... for antimicrobial resistance. PLOS Glob Public Health
    3(2): e0001579." read as one title: a journal named by a common word, at the entry's end or before its volume, is
    looked up as a journal's place allows (as sentence_venue does), and a journal the database does not know, in
    capitalised words as Medline abbreviates it, ends the title when its volume with its issue or pages follows. One
    capitalised word before a volume alone stays in the title."""
    from pubnorm.sources.assemble import _venue_tail

    run = _toks("Causal/B-title discovery/title with/title convolutional/title networks/title ./title "
                "Mathematics/title")
    assert [t.text for t in _venue_tail(run, db, None)][-1] == "."
    assert run[-1].label == "venue"
    run = _toks("Community/B-title purchases/title of/title widgets/title in/title Uganda/title ./title PLOS/title "
                "Glob/title Public/title Health/title 3/title")
    rest = _toks("(/other 2/volume )/other :/other e0001579/volume ./other")
    kept = _venue_tail(run, db, rest[0], rest)
    assert [t.text for t in kept][-1] == "." and [t.label for t in run[7:]] == ["venue"] * 4 + ["volume"]
    one = _toks("Community/B-title purchases/title of/title widgets/title ./title Zorblax/title 3/title")
    assert len(_venue_tail(one, db, rest[0], rest)) == len(one)


@needs_model
def test_a_title_begins_where_the_author_lists_span_ends(db):
    """"**Christian K. Lind, Florian Okafor, Simone Moreau, Hartmut Reyes:** Title. In: ...", "**S. Wang, T. Xie, and
    B. Lind,** ["Title,"](url) *Journal*": the labeller read the last name of a bold author list as the title's start;
    the title begins where the bold span ends, and the name is the last author."""
    md = ("- **Christian K. Lind, Florian Okafor, Eduard C. Moreau, Simone Salemi, Hartmut Reyes:**  Auf dem Weg zu "
          "gebrauchstauglichen Widgetlösungen für digitale Ökosysteme. In: DuD Datenschutz und Datensicherheit 2024 "
          "(2), S. 82–88. Springer Gabler, Wiesbaden.\n"
          "- **S. Wang, T. Xie, R. Liang, Y. Zhang, F. J. Ma, D. Payne, G. Scardera, and B. Lind,** [&#34;An "
          "artificial-intelligence-assisted investigation on the potential of black widget nanotextures for silicon "
          "solar cells,&#34;](https://pubs.acs.org/doi/10.1021/x) *ACS Applied Nano Materials*, vol. 5, no. 8, pp. "
          "11636-11647, 2022.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [p.title for p in pubs] == [
        "Auf dem Weg zu gebrauchstauglichen Widgetlösungen für digitale Ökosysteme",
        "An artificial-intelligence-assisted investigation on the potential of black widget nanotextures for silicon "
        "solar cells"]
    assert [p.authors[-1] for p in pubs] == ["Hartmut Reyes", "B. Lind"]


@needs_model
def test_a_species_name_after_the_title_is_part_of_it(db):
    """"... two species of fruit bat, *Eidolon dupreanum* and *Rousettus madagascariensis*. Parasites & Vectors 18:
    302.", "... hound hunting of sambar deer (*Cervus unicolor*) in Victoria, Australia. *Wildlife Research* 50,
    657-668.", "... of tejocote _Crataegus mexicana_ Moc. & Sessé. Fruits 72(2).": the labeller read the species'
    names in italics as the venue; they, their authority and the words after their bracket up to the full stop are
    the title's. A bracket of plain English words after a name is no species ("(Corresponding author)")."""
    md = ("- Okafor AF, Lind S, **Moreau TM**, Brook CE. 2025. Diversity and seasonality of widget burden on two "
          "species of Madagascar fruit bat, *Eidolon dupreanum* and *Rousettus madagascariensis*. Parasites & Vectors "
          "18: 302.\n"
          "- Lind, A., Okafor, B., Moreau, C. (2023). Characterising a unique recreational widget method: hound "
          "hunting of sambar deer (*Cervus unicolor*) in Victoria, Australia. *Wildlife Research* 50, 657-668.\n"
          "- Reyes-Lind, A., Okafor-Veloz, C., and **Moreau-Lopez, E. H**. 2017. Fruit growth, maturation, and shelf "
          "life of two cultivars of tejocote _Crataegus mexicana_ Moc. & Sessé. Fruits 04/2017; 72(2).\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [p.title for p in pubs] == [
        "Diversity and seasonality of widget burden on two species of Madagascar fruit bat, Eidolon dupreanum and "
        "Rousettus madagascariensis",
        "Characterising a unique recreational widget method: hound hunting of sambar deer (Cervus unicolor) in "
        "Victoria, Australia",
        "Fruit growth, maturation, and shelf life of two cultivars of tejocote Crataegus mexicana Moc. & Sessé"]
    assert [p.venue_raw for p in pubs][:2] == ["Parasites & Vectors", "Wildlife Research"]


def test_plain_words_in_brackets_are_no_species_name():
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair.titles import _latin_binomial

    def words(text: str, italic: bool = False) -> list[Token]:
        return [Token(w, 0, label="other", italic=italic) for w in text.split()]

    assert _latin_binomial(words("Cocos nucifera L"), bracket=True)
    assert _latin_binomial(words("Vitis spp"), bracket=True)
    assert _latin_binomial(words("Cervus unicolor", italic=True), bracket=True)
    assert not _latin_binomial(words("Corresponding author"), bracket=True)
    assert not _latin_binomial(words("Plant Cell"), bracket=False)


@needs_model
def test_names_after_an_author_lists_comma_are_the_lists_not_the_titles(db):
    """"**_Di Lind_**, Mark Okafor, Ryan Moreau and Danai Reyes. node2bits: ...", "Juan-Alberto Lind-Garcia, Juliana
    Okafor, Jenny Díaz-Moreau+, “Modelling mode choice ...”, in Proceedings ...": the labeller read the names after an
    author's comma as the title's start; a list's comma is never followed by a title, so the whole names are the
    list's end. Not a title's own comma after a capitalised phrase: "Introducing Chiron, a Full-Stack Framework"."""
    md = ("* **_Di Lind_**, Mark Okafor, Ryan Moreau and Danai Reyes. node2bits: Compact Time- and Attribute-aware "
          "Widget Representations for User Stitching. The European Conference on Machine Learning (ECML-PKDD), 2019."
          "\n\n"
          "* **Juan-Alberto Lind-Garcia**, Juliana Okafor, Ezequial Moreau, Jenny Díaz-Reyes<sup>+</sup>, “Modelling "
          "mode choice preference in a Mexican university with discrete widget models”, in Proceedings of the 2022 "
          "12th Annual IEOM International Conference, Virtual, Mar 2022\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [p.title for p in pubs] == [
        "node2bits: Compact Time- and Attribute-aware Widget Representations for User Stitching",
        "Modelling mode choice preference in a Mexican university with discrete widget models"]
    assert [p.authors[-1] for p in pubs] == ["Danai Reyes", "Jenny Díaz-Reyes"]


def test_a_gbt_citation_with_its_english_translation_after_it_is_one_paper(db):
    """"柴若楠, 郜帅. 算力网络中...方法[J]. 计算机研究与发展, 2023, 60(4): 763-771. (CHAI Ruo-nan, GAO Shuai.
    Efficient Computing Resource Metric Method[J]. Journal of Computer Research and Development, 2023, ...)": the
    translation's words were counted as prose around the one-token Chinese title (no paper), and its names, read as
    a venue, kept the citation's own journal unread."""
    md = ("## Journal Papers\n\n- 柴若楠, 郜帅, 兰江雨, **刘宁春**. 算力网络中高效算力资源度量方法[J]. "
          "**计算机研究与发展**, 2023, 60(4): 763-771. (CHAI Ruo-nan, GAO Shuai, LAN Jiang-yu, **LIU Ning-chun**. "
          "Efficient Computing Resource Metric Method in Computing-First Network[J]. **Journal of Computer Research "
          "and Development**, 2023, 60(4): 763-771.) <a href=\"/files/2023_JCRD.pdf\">[pdf]</a>\n")
    [pub] = read_markup("p.md", md, db, extractor="crf").publications
    assert pub.title == "算力网络中高效算力资源度量方法" and pub.year == 2023
    assert pub.venue is not None and pub.venue.parse.raw.startswith("计算机研究与发展")


def test_a_species_authority_in_brackets_inside_a_title_is_part_of_it():
    """"The occurrence of Fritziana Mello-Leitão, 1973 (Anura, Hemiphractidae) in Minas Gerais": the labeller read
    the authority's year and the bracket as other fields and the rest as a second title (or left the paper out as
    prose); the words between, with a bracket the next piece of title closes, are the title's. Words with no bracket
    between two titles are left alone."""
    from pubnorm.sources.repair import titles

    toks = _toks("The/B-title occurrence/title of/title Fritziana/title ,/other 1973/year (/other Anura/title "
                 ",/title Hylidae/title )/title in/title Minas/title ./other Check/venue")
    titles.bracket_gap_in_title(toks)
    assert [t.label for t in toks] == ["B-title"] + ["title"] * 12 + ["other", "venue"]
    toks = _toks("Karyology/B-title of/title Ololygon/title (/title Lourenço/title ,/other Pires/author ,/other "
                 "2009/year )/other ,/other (/other Anura/other ,/other Hylidae/title )/title with/title notes/title")
    titles.bracket_gap_in_title(toks)
    assert all(t.field == "title" for t in toks)
    apart = _toks("Tidal/B-title heating/title ,/other 2019/year ,/other Moons/title of/title ice/title")
    titles.bracket_gap_in_title(apart)
    assert [t.label for t in apart][2:5] == ["other", "year", "other"]


def test_a_title_run_on_lines_of_its_own_that_is_an_award_is_an_award():
    """"**[2017 Winner of the Most Influential PLDI Paper\\nAward](...).**" under a paper, read as a title: an award (a
    second title ran the next paper into this one). A title that only mentions an award stays a title."""
    from pubnorm.sources.repair import fields

    toks = _toks("PLDI/venue 2007/year ./other") + _toks("2017/title Winner/title of/title the/title Most/title "
                                                         "Influential/title PLDI/title Paper/title", 1) \
        + _toks("Award/title ./other", 2)
    fields.award_line(toks)
    assert [t.field for t in toks[3:13]] == ["award"] * 9 + ["other"]
    title = _toks("Gaming/B-title the/title Award/title System/title ./other") + _toks("Icarus/venue", 1)
    fields.award_line(title)
    assert title[0].label == "B-title"
    # a line of venue and award words over a citation ("**2024 Runner-Up for Best Paper Award**"): the award, still
    # the entry's start; a venue's line that names an award beside the venue stays the venue
    line = _toks("2024/B-venue Runner-Up/venue for/venue Best/award Paper/award Award/award") \
        + _toks("Lind/author ,/author R/author ./author", 1)
    fields.award_line(line)
    assert [t.label for t in line[:6]] == ["B-award"] + ["award"] * 5
    venue = _toks("ACADIA/B-venue 2024/year Best/award Paper/award Award/award")
    fields.award_line(venue)
    assert venue[0].label == "B-venue"


def test_names_opening_a_line_read_as_a_title_before_the_entry_s_own_title_are_its_authors():
    """"Nicholas Nethercote and Julian Seward.\\n[**Valgrind: A Program Supervision Framework.**](...)": two names or
    more alone before a full stop, read as a title (or a venue), with the paper's title after them, are the authors;
    one name, or names with no title after them, are left alone."""
    from pubnorm.sources.repair import authors

    toks = _toks("Ada/B-title Okafor/title and/title Jan/title Moreau/title ./other") \
        + _toks("Tidal/title heating/title ./other ENTCS/venue", 1)
    authors.names_open_line(toks)
    assert [t.label for t in toks[:5]] == ["B-author", "author", "author", "author", "author"]
    venue = _toks("Ada/venue Okafor/venue and/venue Jan/venue Moreau/venue ./other") \
        + _toks("Tidal/title heating/title", 1)
    authors.names_open_line(venue)
    assert {t.field for t in venue[:5]} == {"author"}
    alone = _toks("Ada/B-title Okafor/title and/title Jan/title Moreau/title ./other ENTCS/venue")
    authors.names_open_line(alone)
    assert alone[0].label == "B-title"


def test_a_venue_s_year_as_an_apostrophe_and_two_digits_is_the_venue_s():
    """"FOCS '23 · Best Paper Award": the apostrophe and the two digits after the venue are its year (the venue
    string "FOCS '23" gives 2023), not an unlabelled mark and a volume or a link; a quote opening a word, or digits
    after a space, are left alone."""
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair import fields

    toks = [Token("FOCS", 0, label="venue"), Token("'", 0, label="other"), Token("23", 0, label="volume",
                                                                                space_before=False),
            Token("·", 0, label="other"), Token("Best", 0, label="award")]
    fields.apostrophe_year(toks)
    assert [t.label for t in toks] == ["venue", "venue", "venue", "other", "award"]
    spaced = [Token("FOCS", 0, label="venue"), Token("'", 0, label="other"), Token("23", 0, label="volume")]
    fields.apostrophe_year(spaced)
    assert [t.label for t in spaced] == ["venue", "other", "volume"]
    quoted = [Token("FOCS", 0, label="venue"), Token("'", 0, label="other"), Token("23rd", 0, label="title",
                                                                                  space_before=False)]
    fields.apostrophe_year(quoted)
    assert [t.label for t in quoted] == ["venue", "other", "title"]


def test_a_venue_s_year_as_an_apostrophe_is_read_from_the_page(db):
    md = "- Ada Okafor, Jan Moreau. Tidal heating of icy moons and their oceans. STOC '21.\n"
    (pub,) = read_markup("p.md", md, db, extractor="crf").publications
    assert pub.year == 2021 and pub.venue is not None and pub.venue.venue is not None and pub.venue.venue.id == "stoc"


def test_a_journal_named_by_a_common_or_coined_word_in_a_venue_s_place_is_the_venue(db):
    """"**[Title](...)**, *Injury* 35(12):1239-1247" and "Title. mSphere, 2021 Aug 25;6(4):e0038121": a journal
    named by a common word (looked up as a venue only where a volume or year puts it in a venue's place) or by a
    coined word opening with a small letter is the venue the labeller left unread."""
    md = ("- **[Population-based prediction of tidal volumes at icy moons](https://example.org/a)**, *Injury* "
          "35(12):1239-1247.\n\n"
          "- Okafor, A; Moreau, J. (2021). Evolutionary analysis of crust thickness among the icy moons. mSphere, "
          "2021 Aug 25;6(4):e0038121.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [p.venue.venue.id if p.venue and p.venue.venue else None for p in pubs] == ["j-injury", "j-msphere"]


def test_a_journal_after_a_question_mark_or_a_linked_title_s_comma_is_the_venue(db):
    """"... or independent responses? Plants 2:712-725." (the title's own question mark, no full stop after it) and
    "[Title](...), Mathematics 2025, 13(11), 1828" (a link's end sets the title apart as a closing quote does): the
    journal's name after them, in a venue's place, is the venue, not the title's last words."""
    md = ("- Okafor, A. M., and J. Moreau. 2013. Responses of icy moons in the outer system to tidal stress: heating, "
          "cracking, or independent responses? Plants 2:712-725.\n\n"
          "- [Learning parameter dependence for tidal heating with tensor trains](https://example.org/t), Mathematics "
          "2025, 13(11), 1828\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [p.title for p in pubs] == [
        "Responses of icy moons in the outer system to tidal stress: heating, cracking, or independent responses?",
        "Learning parameter dependence for tidal heating with tensor trains"]
    assert [p.venue.venue.id if p.venue and p.venue.venue else None for p in pubs] == ["j-plants", "j-mathematics"]
    assert pubs[0].volume == "2"


def test_joint_with_and_co_authored_with_name_the_co_authors_as_with_does():
    """"(Co-authored with Ann Lee)" after a venue, "(joint with [Bo Kim](site))", "joint work with A and B": the
    names after the words are the entry's authors (the owner not named), as after "with" alone; the words are no
    author's."""
    from pubnorm.sources.repair import authors

    toks = _toks("Choosing/B-title race/title ,/other Social/venue Science/venue 40/volume (/other "
                 "Co-authored/other with/other Ann/other Morning/other )/other")
    authors.with_coauthors(toks)
    assert [t.text for t in toks if t.field == "author"] == ["Ann", "Morning"]
    assert {t.field for t in toks[6:8]} == {"other"}
    work = _toks("Title/B-title here/title ./other Journal/venue (/other joint/other work/other with/other Bo/other "
                 "Kim/other )/other")
    authors.with_coauthors(work)
    assert [t.text for t in work if t.field == "author"] == ["Bo", "Kim"]


@needs_model
def test_a_quote_opened_inside_a_quoted_title_closes_before_the_title_does(db):
    """'“An Unmanned Aircraft “See and Avoid” Algorithm ...”': a page that does not switch to single marks inside a
    quoted title; the first closing mark closes the inner quote, not the title (the title was cut there, or the
    entry lost)."""
    md = ("## Journal papers\n\n"
          "- Morgan, A. S., Jones, Z., and Biaz, S., “An Unmanned Aircraft “See and Avoid” Development Platform "
          "using OpenGL”, Journal of Computing Sciences in Colleges, Vol. 33, No. 2, pp. 229-236, 2017.\n"
          "- Yudai Ichikawa et al., “Observation of the “K-pp”-like structure in the d(π+, K+) reaction at 1.69 "
          "GeV/c”, PTEP, 021D01 (2015).\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.year) for p in pubs] == [
        ("An Unmanned Aircraft “See and Avoid” Development Platform using OpenGL", 2017),
        ("Observation of the “K-pp”-like structure in the d(π+, K+) reaction at 1.69 GeV/c", 2015)]


_SPAN_PAGE = (
    "<html><body><h2>2022</h2><ul>\n"
    "<li><a href=\"https://a.example/ana\">Ana Etxeberria</a>, <a href=\"https://b.example/jon\">Jon Iturbe</a>. "
    "<u>Who’s There? Evaluating Sensor Integrity in Industrial Networks Using Process Control</u> In <i>Security "
    "Trends in the Industrial Internet of Things</i> 2019 (<a href=\"x.bib\">BibTeX</a>)</li>\n"
    "<li><a href=\"https://a.example/ana\">Ana Etxeberria</a>, <a href=\"https://c.example/mz\">Mikel Zubia</a>. "
    "<u>Gotta Catch’em All: Aggregating Vulnerability Scores</u> In <i>Proceedings of the Spanish Meeting on "
    "Cryptology and Information Security (RECSI)</i> 2022 (<a href=\"y.pdf\">PDF</a>)</li>\n"
    "</ul>\n<h2>Papers</h2><ul>"
    "<li id=\"a\">[4] <b>Rajomon: Decentralized and Coordinated Overload Control for Latency-Sensitive "
    "Microservices</b>. 22nd USENIX Symposium on Networked Systems Design and Implementation (NSDI 25). "
    "(<a href=\"https://example.org/rajomon\">link</a>) <br/> &nbsp; with: <a href=\"p\">Jia Xu</a>, "
    "<a href=\"q\">Paul Loh</a>, and <a href=\"r\">Ben Lee</a>.</li>\n"
    "<li id=\"c\">[2] <b>From Ahead-of- to Just-in-Time and Back Again: Static Analysis for Shell Programs</b>. "
    "2025 Workshop on Hot Topics in Operating Systems (HotOS 25). (<a href=\"https://example.org/d\">link</a>) "
    "<br/> &nbsp; with: <a href=\"p\">Tam Mus</a>, and <a href=\"r\">Ben Lee</a>.</li>\n"
    "</ul></body></html>\n")


@needs_model
def test_a_title_in_a_span_of_its_own_begins_where_the_span_begins(db):
    """'Jon Iturbe. <u>Who’s There? Evaluating ...</u> In <i>Venue</i> 2019', '[2] <b>From Ahead-of- to
    Just-in-Time ...</b>': the first words of a title set apart by its own span were read as the author list's end
    ("Mikel Zubia. Gotta Catch’em") or as no field, and the title lost them."""
    pubs = read_markup("p.html", _SPAN_PAGE, db, html=True, extractor="crf").publications
    assert [p.title for p in pubs] == [
        "Who’s There? Evaluating Sensor Integrity in Industrial Networks Using Process Control",
        "Gotta Catch’em All: Aggregating Vulnerability Scores",
        "Rajomon: Decentralized and Coordinated Overload Control for Latency-Sensitive Microservices",
        "From Ahead-of- to Just-in-Time and Back Again: Static Analysis for Shell Programs"]
    assert pubs[1].authors == ["Ana Etxeberria", "Mikel Zubia"]


@needs_model
def test_a_title_in_its_own_span_after_a_break_begins_where_the_span_begins(db):
    """"Wairegi A, Lind D,<br /><em>Microscopic Widgets in 4He Clusters ...</em>" and "... Mulhern C,<br /><em>From
    \nCollective Periodic Running States ...</em>": the title's first word, in the title's italic span on a line of
    its own after the author list's comma, was read as the list's last name, and the title lost it; so was a first
    word left at the end of the line before the title's wrapped rest."""
    html = ("<html><body><h3>Papers</h3>\n<ol>\n"
            "<li>Wairegi A, Gamboa A, Lind D,<br /><em>Microscopic Superfluidity in Widget Clusters Stirred by a "
            "Rotating Impurity</em>,<br />Physical Review Letters, 112, 143401 (April 2014).</li>\n"
            "<li>Moreau D, Okafor AD, Lind AH, Mulhern C,<br /><em>From\nCollective Periodic Running States to "
            "Completely Chaotic\nStates in Coupled Widget Dynamics</em>,<br />\nChaos 21 (2), 023132 (2011).</li>\n"
            "</ol></body></html>\n")
    pubs = read_markup("p.html", html, db, html=True, extractor="crf").publications
    assert [(p.title, p.authors[-1]) for p in pubs] == [
        ("Microscopic Superfluidity in Widget Clusters Stirred by a Rotating Impurity", "Lind D"),
        ("From Collective Periodic Running States to Completely Chaotic States in Coupled Widget Dynamics",
         "Mulhern C")]


_TITLE_FIRST_PAGE = (
    "## Papers\n\n### 2023\n\n"
    "* [Widget-Aware Anti-Spoofing](https://arxiv.org/abs/2303.99901), **Ada Okafor**, Md Lindqvist, Kong Aik Moreau, "
    "and Tomi Hale, Interspeech 2023, Dublin, Ireland.\n"
    "* [Learnable Widget Features for Speaker Verification](https://arxiv.org/abs/2102.99902), **Ada Okafor**, "
    "Md Lindqvist, and Tomi Hale, IEEE ISCAS 2021, Daegu, Korea.\n"
    "* [Optimizing Multi-Taper Widgets for Deep Speaker Verification](https://arxiv.org/abs/2102.99903), "
    "**Ada Okafor**, Md Lindqvist, and Tomi Hale, Interspeech 2021, Brno, Czechia.\n"
    "* [Parameterized Widget Normalization for Far-field Speaker Verification](https://arxiv.org/abs/2102.99904), "
    "**Ada Okafor**, Md Lindqvist, and Tomi Hale, IEEE SLT 2021, Shenzhen, China.\n")


@needs_model
def test_a_linked_title_and_a_bold_owner_on_a_title_first_page(db):
    """"* [Title](arxiv), **Ada Okafor**, Md Lindqvist, and Tomi Hale, Interspeech 2023, Dublin": the labeller read
    the owner's bold given name as no field and the list as "Okafor, Md Lindqvist" (one name, surname first), and a
    short linked title of two capitalised words as names. A name the page sets apart in bold is one name; a link to a
    paper's page is no name (the page sets its titles as links: read again in that style)."""
    pubs = read_markup("papers.md", _TITLE_FIRST_PAGE, db, extractor="crf").publications
    assert [(p.title, p.authors[:2]) for p in pubs] == [
        ("Widget-Aware Anti-Spoofing", ["Ada Okafor", "Md Lindqvist"]),
        ("Learnable Widget Features for Speaker Verification", ["Ada Okafor", "Md Lindqvist"]),
        ("Optimizing Multi-Taper Widgets for Deep Speaker Verification", ["Ada Okafor", "Md Lindqvist"]),
        ("Parameterized Widget Normalization for Far-field Speaker Verification", ["Ada Okafor", "Md Lindqvist"])]


@needs_model
def test_names_before_the_owners_styled_name_open_the_author_list(db):
    """"* [32] Okafor, D., Lindqvist, D., *Hale, R.M.*, Moreau, S., Lien,\n R-C. and Large, W. (2022): [Title](doi).":
    the labeller began the author list at the owner's name in italics and read the names before it, after the item's
    number, as no field."""
    md = ("* [32] Okafor, D., Lindqvist, D., *Hale, R.M.*, Moreau, S., Lien,\n"
          "  R-C. and Large, W. (2022): [Simulation and scaling of the vertical\n"
          "  heat transport in deep-cycle widget turbulence throughout the equatorial\n"
          "  Pacific cold tongue](https://doi.org/10.1175/JPO-D-21-9999.1). **Journal of\n"
          "  Physical Oceanography**, 52 (5), 981-1014.\n"
          "* [31] Eabry, M., *Hale, R.M.*, and Gupta, A. (2022): [The impact of widget throughflow constrictions on\n"
          "  eastern Indian Ocean upwelling](https://doi.org/10.1029/2022GL099999). **Geophysical Research\n"
          "  Letters**, 49, e2022GL099999.\n")
    pubs = read_markup("publications.md", md, db, extractor="crf").publications
    assert [p.authors[:3] for p in pubs] == [["Okafor, D.", "Lindqvist, D.", "Hale, R.M."],
                                              ["Eabry, M.", "Hale, R.M.", "Gupta, A."]]


@needs_model
def test_a_title_opening_with_a_decimal_number_keeps_it(db):
    """"**2.5D Widget Modeling: ...**": the labeller took "2" for the item's number and began the title at the full
    stop, and the title lost its first word ("5D Widget Modeling"). A list's "2. Title" keeps its number out."""
    md = ("- **2.5D Widget Modeling: Bridging low-dimensional efficiency with 3D accuracy** [[PDF]](https://x.org/a.pdf)"
          "\n  Ada Okafor, Jan Moreau\n  *Interspeech 2024*\n")
    pubs = read_markup("publications.md", md, db, extractor="crf").publications
    assert [p.title for p in pubs] == ["2.5D Widget Modeling: Bridging low-dimensional efficiency with 3D accuracy"]
    numbered = "2. Okafor, A. and Moreau, J. (2021). Widget transport in tidal channels. *Marine Geology*, 12, 1-9.\n"
    assert [p.title for p in read_markup("p.md", numbered, db, extractor="crf").publications] == [
        "Widget transport in tidal channels"]


@needs_model
def test_a_bold_title_read_on_past_its_span_and_stop_ends_with_the_span(db):
    """'[4] <b>Rajomon: ...</b>. 22nd USENIX Symposium on ... (NSDI 25).': the labeller ran the bold title on into the
    plain venue after its full stop (the entry had no venue and no year); the title ends with its span and the rest
    is the venue."""
    pubs = read_markup("p.html", _SPAN_PAGE, db, html=True, extractor="crf").publications
    rajomon = pubs[2]
    assert rajomon.title.endswith("Latency-Sensitive Microservices")
    assert (rajomon.venue.venue.id if rajomon.venue and rajomon.venue.venue else None, rajomon.year) == ("nsdi", 2025)


@needs_model
def test_a_quoted_title_runs_to_its_closing_mark_over_a_stop_inside_it(db):
    """'"La strategia WE.CA.RE. della Regione ..."', '"Efficienza energetica ... imprese. Rapporto di valutazione
    2019."': the labeller ended the title at a full stop inside the quotes and read the rest as a venue; a title
    opened by a quote mark runs to its closing mark (and the report's 2019 is no year of the paper's)."""
    md = ("## Technical Reports / Policy Reports\n\n"
          "Rossi G., Bianchi V. (2019). \"La strategia WE.CA.RE. della Regione Piemonte: la progettazione delle azioni "
          "di Welfare territoriale.\" Contributo di ricerca 281/2019, IRES Piemonte.\n\n"
          "Rossi G., Verdi V. (2020). \"Efficienza energetica e fonti rinnovabili nelle imprese. Rapporto di "
          "valutazione 2019.\" Rapporto di Valutazione, IRES Piemonte. [link](https://example.org/r)\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.year) for p in pubs] == [
        ("La strategia WE.CA.RE. della Regione Piemonte: la progettazione delle azioni di Welfare territoriale", 2019),
        ("Efficienza energetica e fonti rinnovabili nelle imprese. Rapporto di valutazione 2019", 2020)]


def test_words_after_a_styled_titles_span_keep_their_numbers_apart_from_the_venue():
    """'*Can biodiversity ... predators*. Ecosphere 14:e4461.' read as one title: cut at the italic span's end, the
    journal's name is the venue and '14', 'e4461' its volume and article number, not the venue's words (the venue as
    written was 'Ecosphere 14:e4461' and its '14' the year 2014). An ordinal opens no number ('22nd USENIX ...')."""
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair import title_to_span_end

    words = ["Can", "biodiversity", "match", "across", "scales", "?"]
    toks = [Token(w, 0, italic=True, span=1, label="title") for w in words]
    toks += [Token(w, 0, span=2, label="title") for w in [".", "Ecosphere", "14", ":", "e4461"]]
    run = title_to_span_end(toks, list(toks))
    assert [t.text for t in run] == words
    assert [(t.text, t.field) for t in toks[6:]] == [
        (".", "other"), ("Ecosphere", "venue"), ("14", "volume"), (":", "other"), ("e4461", "volume")]
    toks = [Token(w, 0, bold=True, span=1, label="title") for w in ["Rajomon", ":", "Overload", "Control"]]
    toks += [Token(w, 0, span=2, label="title") for w in [".", "22nd", "USENIX", "Symposium"]]
    title_to_span_end(toks, list(toks))
    assert [t.field for t in toks[4:]] == ["other", "venue", "venue", "venue"]


@needs_model
def test_a_citation_written_in_chinese_is_read_by_its_shape(db):
    """"李明, 王芳†, **张伟**, 赵强. 2022. 题名. 期刊, 42(05):009-017.": names of a few CJK characters between commas,
    the year, the title and the journal, each closed by its stop or comma. The labeller read the names as a title
    and the journal as no field (and the English translation under it as the paper)."""
    md = ("## 期刊论文\n"
          "- 李明, 王芳<sup>†</sup>, **张伟**, 赵强. 2022. 华北地区强震动记录的三维有限差分模拟. "
          "地震工程与工程振动, 42(05):009-017. doi:10.13197/j.eeed.2022.0502.<br>\n"
          "Li M, Wang F<sup>†</sup>, **Zhang W**, Zhao Q. 2022. 3D finite-difference simulation of strong ground "
          "motion in North China. Earthquake Engineering and Engineering Dynamics, 42(05):009-017. (in Chinese).\n\n"
          "- **张伟**, 刘洋<sup>†</sup>, 王芳. 2021. 基于二维数值模拟的盆地地震动放大系数. "
          "地球物理学报, 64(12):4538-4547. <br>\n"
          "**Zhang W**, Liu Y<sup>†</sup>, Wang F. 2021. Basin amplification of ground motion from two-dimensional "
          "simulation. Chinese J. Geophys., 64(12):4538-4547. (in Chinese).\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.authors, p.venue_raw, p.year) for p in pubs] == [
        ("华北地区强震动记录的三维有限差分模拟", ["李明", "王芳", "张伟", "赵强"], "地震工程与工程振动", 2022),
        ("基于二维数值模拟的盆地地震动放大系数", ["张伟", "刘洋", "王芳"], "地球物理学报", 2021)]


@needs_model
def test_a_chinese_citation_with_its_year_in_brackets_after_the_names_is_read(db):
    """"**李明**，王芳，赵强 (2019) [题名](url). 期刊. 156:13-29.", "赵强 (2016) [题名](url). 期刊,3:59-64.": the
    year in brackets after the names (and a title linked) ended no name, so the citation was not read by its shape: the
    labeller read the linked title as a link, and a note in brackets after the citation became the paper's title. The
    venue is no venue with its closing fullwidth comma or the volume after its comma."""
    md = ("## 论文\n\n"
          "1. **李明**，王芳，赵强 (2019) [华北地区参考群体的边界条件考察](http://x.cnki.net/a). 新闻大学. 156:13-29. "
          "（入选复印资料2019年第8期）\n"
          "2. 王芳, 赵强, **李明**（2016）[2015年中国地震学论著评析](http://x.cnki.net/b). 地震研究，12:108-119.\n"
          "3. 赵强 (2016) [计算地震学的起源、概念与应用](http://x.cnki.net/c). 地震学刊,3:59-64.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.authors, p.venue_raw, p.year, p.volume) for p in pubs] == [
        ("华北地区参考群体的边界条件考察", ["李明", "王芳", "赵强"], "新闻大学", 2019, "156"),
        ("2015年中国地震学论著评析", ["王芳", "赵强", "李明"], "地震研究", 2016, "12"),
        ("计算地震学的起源、概念与应用", ["赵强"], "地震学刊", 2016, "3")]


@needs_model
def test_a_journal_set_apart_by_the_stop_after_an_italic_title_is_the_venue(db):
    """'*Title*. Polyhedron ( **2011** )': a journal of one word, plain after an italic title and its stop, was read
    as no field; the stop after a title in a span of its own sets the journal apart as a closing quote does."""
    md = ("## PEER-REVIEWED PUBLICATIONS:\n\n"
          "1. **A. Lee**, *et al.*, *Synthesis and structure of two crown ether polymorphs*. J. Mol. Struct. "
          "( **2011** ): [10.1016/j.molstruc.2011.09.001](http://dx.doi.org/10.1016/j.molstruc.2011.09.001).\n"
          "1. **A. Lee**, *et al.*, *On the copper environment in mononuclear complexes: joint X-ray and AIM studies*. "
          "Polyhedron ( **2011** ): [10.1016/j.poly.2011.04.002](http://dx.doi.org/10.1016/j.poly.2011.04.002).\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.venue.venue.id if p.venue and p.venue.venue else None, p.year) for p in pubs] == [
        ("j-journal-of-molecular-structure", 2011), ("j-polyhedron", 2011)]


@needs_model
def test_a_linked_title_read_as_a_venue_before_the_journal_is_the_title(db):
    """A philosopher's list names no authors: "<a href=...>Worlds are Pluralities</a> (2024). <em>Australasian
    Journal of Philosophy</em> 102: 221-231." The labeller read the linked title as a venue (it usually follows
    the authors), so the entry had no title and was lost. The link's whole text, a name no venue has, before the
    journal, is the title."""
    li = '<li><a href="https://doi.org/10.1000/{n}">{t}</a> ({y}). <em>{j}</em> {v}.</li>\n'
    page = ("<html><body><h3>Articles</h3><ol>\n"
            + li.format(n=1, t="Worlds are Pluralities", y=2024, j="Australasian Journal of Philosophy",
                        v="102: 221-231")
            + li.format(n=2, t="Explanatory Priority Monism", y=2021, j="Philosophical Studies", v="178: 1339-1359")
            + li.format(n=3, t="Comparing Mathematical Explanations", y=2023, j="The British Journal for the "
                        "Philosophy of Science", v="74: 269-290")
            + "</ol></body></html>")
    pubs = read_markup("p.html", page, db, html=True).publications
    assert [(p.title, p.year, p.venue_raw) for p in pubs] == [
        ("Worlds are Pluralities", 2024, "Australasian Journal of Philosophy"),
        ("Explanatory Priority Monism", 2021, "Philosophical Studies"),
        ("Comparing Mathematical Explanations", 2023, "The British Journal for the Philosophy of Science")]


@needs_model
def test_the_first_authors_given_name_after_a_quoted_title_is_the_authors(db):
    """'<a>“Title.”</a> Stephanie A. Coronel, Josué Melguizo, ...': the labeller read the first author's given name
    on with the title; the title ends at its closing mark and the name is the first author's. A page that opens a
    title with a straight mark and closes it with a curly one ('"Title.”') closes it there too."""
    p = ('<div class="message"><a href="https://doi.org/10.1000/{n}">{q}{t}.”</a> {a}. <em>{j}</em>, {v}, {y}. '
         '<a href="/files/{n}.pdf">PDF</a></div>\n')
    page = ("<html><body><h2>Journal Articles</h2>\n"
            + p.format(n=1, q="“", t="Experimental study on moving hot particle ignition",
                       a="Ada B. Okafor, Josué Lind, Rémy Moreau, and Joseph E. Reyes", j="Combustion and Flame",
                       v="192: 495-506", y=2018)
            + p.format(n=2, q='"', t="Dynamics of ignition of hydrogen-air mixtures by moving heated particles",
                       a="Josué Lind, Ada B. Okafor, Rémy Moreau, and Joseph E. Reyes",
                       j="International Journal of Hydrogen Energy", v="42: 7380-7392", y=2017)
            + "</body></html>")
    pubs = read_markup("p.html", page, db, html=True).publications
    assert [(p.title, p.authors[:2]) for p in pubs] == [
        ("Experimental study on moving hot particle ignition", ["Ada B. Okafor", "Josué Lind"]),
        ("Dynamics of ignition of hydrogen-air mixtures by moving heated particles", ["Josué Lind", "Ada B. Okafor"])]
    # a curly pair inside a straight-quoted title is the title's own quotation, not its end
    md = ('## Papers\n\n15) Okafor, Ada, Ben Lind, Cy Moreau. "Promises and Challenges of Next-Generation “Beyond '
          'Li-ion” Batteries for Electric Vehicles." Chemical reviews 121.3 (2020): 1623-1669.\n')
    assert [p.title for p in read_markup("p.md", md, db).publications] == [
        "Promises and Challenges of Next-Generation “Beyond Li-ion” Batteries for Electric Vehicles"]


@needs_model
def test_a_quoted_title_read_as_a_venue_before_the_journal_is_the_title(db):
    """jemdoc, IEEE style: 'M. Okafor, Y. Lind, and C. Moreau, "Joint Compression and Deadline Optimization for
    Wireless Federated Learning," IEEE Trans. Mob. Comput., vol. 23, no. 7, pp. 7939-7951, July 2024.' The labeller
    read the quoted title as a venue before the journal, and the entry had no title (title None, authors lost)."""
    page = ("<html><body><h2>Journal Article</h2><ol>\n"
            '<li>M. Okafor, Y. Lind, <b>D. Reyes</b>, R. Jin, and C. Moreau, "Joint Compression and Deadline '
            'Optimization for Wireless Federated Learning," IEEE Trans. Mob. Comput., vol. 23, no. 7, pp. 7939-7951, '
            'July 2024.  <a href="https://arxiv.org/pdf/2305.03969">[Paper]</a></li>\n'
            '<li>H. Lind, G. Okafor, <b>D. Reyes</b>, and K. Moreau, "Task-Oriented Integrated Sensing and '
            'Communication for Wireless Edge AI," IEEE Network, vol. 37, no. 4, pp. 135-144, 2023.</li>\n'
            "</ol></body></html>")
    pubs = read_markup("p.html", page, db, html=True).publications
    assert [(p.title, p.authors[:2], p.year) for p in pubs] == [
        ("Joint Compression and Deadline Optimization for Wireless Federated Learning", ["M. Okafor", "Y. Lind"], 2024),
        ("Task-Oriented Integrated Sensing and Communication for Wireless Edge AI", ["H. Lind", "G. Okafor"], 2023)]


@needs_model
def test_a_one_word_journal_after_the_titles_bracketed_year_is_the_venue(db):
    """'<a>A Statistical Analysis of Luck</a> (2020). <em>Synthese</em> 197: 2291-2310.' (a page of one author's
    papers): the year in brackets between the title and the italic journal kept styled_venue from reading the
    journal, which the labeller does not know, as the venue."""
    li = '<li><a href="https://doi.org/10.1000/{n}">{t}</a> ({y}). <em>{j}</em> {v}.</li>\n'
    page = ("<html><body><h3>Articles</h3><ol>\n"
            + li.format(n=1, t="A Statistical Analysis of Luck", y=2020, j="Synthese", v="197: 2291-2310")
            + li.format(n=2, t="Grounding and Propositional Identity", y=2023, j="Analysis", v="83: 48-56")
            + "</ol></body></html>")
    pubs = read_markup("p.html", page, db, html=True).publications
    assert [(p.title, p.venue_raw, p.year) for p in pubs] == [
        ("A Statistical Analysis of Luck", "Synthese", 2020),
        ("Grounding and Propositional Identity", "Analysis", 2023)]


def test_in_after_a_quoted_title_is_no_given_name_of_the_names_after_it():
    """'“Title.” Stephanie A. Lee': the given name the labeller read on with the title is the author's; '“Title.” In
    A. Lee (ed.)': "In" opens where the paper appeared and is no name, whatever the labeller made of the names."""
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair.titles import quoted_title

    def read(after: str) -> list[tuple[str, str]]:
        words = [("“", "other"), ("Tidal", "B-title"), ("mixing", "title"), (".", "title"), ("”", "title"),
                 (after, "title"), ("A", "author"), (".", "author"), ("Lee", "author")]
        toks = [Token(w, 0, label=label) for w, label in words]
        assert [t.text for t in quoted_title(toks, [t for t in toks if t.field == "title"])] == ["Tidal", "mixing", "."]
        return [(t.text, t.field) for t in toks[4:6]]

    assert read("Stephanie") == [("”", "other"), ("Stephanie", "author")]
    assert read("In") == [("”", "other"), ("In", "other")]


@needs_model
def test_names_to_the_end_of_an_author_line_before_a_break_are_authors(db):
    """'**Mina Takeda**, Jun Ozawa, Wai Keung Wong and Tat-Seng Chua<br>*Title*<br>in Venue, 2021': the last names
    of a line that opened with the authors, read as the start of the title on the line after the break, are the
    list's (after a comma, a name's mark or its "and"); the first entry was read as a title opening with "and" and
    lost, the second's title opened with its last author."""
    md = ("## Conferences and Journals\n\n"
          "- **Mina Takeda**, Jun Ozawa, Wai Keung Wong and Tat-Seng Chua<br>\n"
          "  *Leveraging Two Kinds of Global Graph for Sequential Outfit Recommendation*<br>\n"
          "  in ACM International Conference on Multimedia Retrieval (*ICMR*), 2021.<br>\n\n"
          "- **Mina Takeda**, Rui Lin, Jun Ozawa*, Tat-Seng Chua<br>\n"
          "  *Entity Slot Filling for Visual Captioning of Street Scenes*<br>\n"
          "  in IEEE Transactions on Multimedia (*TMM*), 2022.<br>\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.authors) for p in pubs] == [
        ("Leveraging Two Kinds of Global Graph for Sequential Outfit Recommendation",
         ["Mina Takeda", "Jun Ozawa", "Wai Keung Wong", "Tat-Seng Chua"]),
        ("Entity Slot Filling for Visual Captioning of Street Scenes",
         ["Mina Takeda", "Rui Lin", "Jun Ozawa", "Tat-Seng Chua"])]


@needs_model
def test_a_plain_title_read_as_a_venue_before_an_italic_journal_is_the_title(db):
    """APA in Spanish: 'Okafor, R., & Lind, J. (2021). Redes de apoyo ... el año 2014. _Revista de Estudios
    Territoriales_, 12(3), 45–67.' The labeller read the title, which ends with a year, as a venue before the
    journal, and the entry, with no title, was lost. The styles set the journal in italics and never the article's
    title: a plain run before the italic one is the title, to the stop before the journal (its year with it)."""
    md = ("### Artículos\n\n"
          "Okafor, R., & Lind, J. (2021). Redes de apoyo y conflicto urbano en la comuna de La Florida el año 2014. "
          "_Revista de Estudios Territoriales_, 12(3), 45–67. "
          "[https://doi.org/10.1000/ret.2021](https://doi.org/10.1000/ret.2021)\n\n"
          "Moreau, C., Okafor, R., & Reyes, D. (2019). Centralidad de actores en las redes organizativas del conflicto "
          "por el Plan Regulador de Ñuñoa. _Revista Austral de Sociología_, 46(138).\n")
    pubs = read_markup("p.md", md, db).publications
    assert [(p.title, p.year, p.venue_raw) for p in pubs] == [
        ("Redes de apoyo y conflicto urbano en la comuna de La Florida el año 2014", 2021,
         "Revista de Estudios Territoriales"),
        ("Centralidad de actores en las redes organizativas del conflicto por el Plan Regulador de Ñuñoa", 2019,
         "Revista Austral de Sociología")]


@needs_model
def test_an_italic_abbreviation_after_the_title_and_before_the_volume_is_the_venue(db):
    """'M. Lind, L. Okafor, **S. Reyes**, (2025) [Title](url), *J. Cat.*, 452, 116414.': the labeller read the
    italic abbreviation as a name, and the paper had no venue. After a title whose authors came before it, an italic
    piece followed by the volume is the journal, also when the database knows it only by a close match (an informal
    abbreviation of the Journal of Catalysis)."""
    md = ("## Publications\n\n"
          "22. M. Lind, L. Okafor, **S. Reyes**, (2025) [Alkanol dehydration pathways on anatase TiO2 under oxidative "
          "conditions](https://example.org/a1), *J. Cat.*, 452, 116414.\n\n"
          "21. T. Moreau, **S. Reyes**, A. Bhan (2024) [Kinetic relevance of water in CO2 hydrogenation on Cu "
          "catalysts](https://example.org/a2), *Nat. Comm.*, 15, 2210.\n")
    pubs = read_markup("p.md", md, db).publications
    assert [p.venue.venue.id if p.venue and p.venue.venue else None for p in pubs] == [
        "j-journal-of-catalysis", "nature-communications"]


@needs_model
def test_a_plain_abbreviated_journal_after_the_titles_stop_and_before_the_volume_is_the_venue(db):
    """'Okafor, R., ..., 2021.  A warm jet in a cold ocean.  Nat. Comm., 12(1) p.12': the journal's abbreviation,
    read as nothing, was cut at its first stop ('Nat'), and the paper had no venue. A stop after a short capitalised
    word, before another, is inside the name; before the volume a close match will do (Nat. Comm. is Nature
    Communications)."""
    md = ("## Journal articles\n\n"
          "1. Okafor, R., Lind, J., and Reyes, D., 2021.  A warm jet in a cold ocean.  Nat. Comm., 12(1) p.12\n"
          "2. Reyes, D., and Okafor, R., 2019.  Turbulent mixing under sea ice floes.  J. Geophys. Res. Oceans, "
          "124(3) p.1450-1466\n")
    pubs = read_markup("p.md", md, db).publications
    assert [(p.title, p.venue.venue.id if p.venue and p.venue.venue else None) for p in pubs] == [
        ("A warm jet in a cold ocean", "nature-communications"),
        ("Turbulent mixing under sea ice floes", "j-journal-of-geophysical-research-oceans")]


@needs_model
def test_the_in_before_a_venue_in_the_pages_language_is_no_author(db):
    """"Quian, A., López-García, X. En *Comunicación e ...*": Spanish "En" (Portuguese "Em", French "Dans") opens where
    the paper appeared, as "In" does; read with the author list, it was a last name ("X. En")."""
    html = ("<div>\n<p class=\"title\">Nuevos medios digitales</p>\n<p>Quian, A., López-García, X.\n"
            "En <em>Comunicación e Innovación Sostenible. Libro de Comunicaciones del IX Congreso Internacional</em>, "
            "pp. 1026–1049, 2024.</p></div>")
    (pub,) = read_markup("p.md", html, db).publications
    assert pub.authors == ["Quian, A.", "López-García, X."]
    assert pub.venue_raw == ("Comunicación e Innovación Sostenible. Libro de Comunicaciones del IX Congreso "
                             "Internacional, 2024")


@needs_model
def test_a_thesis_with_no_venue_appeared_at_the_school_it_names(db):
    """A thesis names its school where a paper names its venue ("Dissertation at the University of Münster.", "PhD
    thesis, **Heriot-Watt University**, 2011", "[Ph.D. thesis]. The Hong Kong Polytechnic University."): the labeller
    read the school as other or as a second title, and the thesis had no venue."""
    md = ("## Theses\n\n"
          "* Berg, J. C. (2020). Free objects in constraint-logic object-oriented programs. Dissertation at the "
          "University of Münster. Münster.\n"
          "* Lund, C. (2023). [*Words of the Spice Trade*](https://example.org/thesis/12389) [Ph.D. thesis]. "
          "The Hong Kong Polytechnic University.\n\n"
          "## Other\n\n"
          "- Extensions of nominal terms. Dominic P. Roe, PhD thesis, **Heriot-Watt University**, 2011.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.venue_raw, p.year) for p in pubs] == [
        ("Free objects in constraint-logic object-oriented programs", "University of Münster", 2020),
        ("Words of the Spice Trade", "The Hong Kong Polytechnic University", 2023),
        ("Extensions of nominal terms", "Heriot-Watt University", 2011)]
    # a title that names a school is the title's, and an entry that is no thesis gets no school for a venue
    md = "- Roe, A. (2021). Teaching at the University of Bristol. PhD thesis.\n"
    (pub,) = read_markup("p.md", md, db).publications
    assert pub.title.startswith("Teaching at the University of Bristol") and pub.venue_raw is None
    md = "- Roe, A. (2021). A study of rivers. Report, University of Bristol.\n"
    (pub,) = read_markup("p.md", md, db).publications
    assert (pub.title, pub.venue_raw) == ("A study of rivers", None)


@needs_model
def test_a_year_set_off_by_commas_after_the_title_is_the_year_when_none_was_read(db):
    """"*Book*, Editora Norte, 2020, pp. 40–52." and RSC's "Chem. Sci., 2020, 11, 1234": a year between commas
    after the title, read as a volume, is the year (the closing year alone was looked for)."""
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair.titles import closing_year

    def toks(spec: str) -> list[Token]:
        return [Token(text=w, line=0, label=lab) for w, lab in (x.rsplit("/", 1) for x in spec.split())]

    t = toks('Living/title Archives/title ./other Memory/venue ,/other Norte/publisher ,/other 2020/volume ,/other '
             'pp/volume ./other 40–52/volume ./other')
    assert closing_year(t, t[:2]) == [2020]
    t = toks('Title/title ./other Chem/venue ./venue Sci/venue ./venue ,/other 2020/volume ,/other 11/volume ,/other '
             '1234/volume')
    assert closing_year(t, t[:1]) == [2020]
    # a range's end, or a number after a colon, is no year; nor is one that stands beside no comma
    t = toks('Title/title ,/other Journal/venue 12/volume :/other 2020/volume ,/other 45/volume')
    assert closing_year(t, t[:1]) == []
    t = toks('Title/title ,/other Journal/venue 2020/volume (/other 3/volume )/other ,/other 45/volume')
    assert closing_year(t, t[:1]) == []


@needs_model
def test_a_meetings_place_after_in_runs_to_its_year_or_pages(db):
    """IEEE's '"Title," in Venue, 2020, pp. 47–63.' and ACM's "Title. In Venue. 47–63.": what stands between "in" and
    the year, the pages or the entry's end is the meeting's name, though the labeller read part of it as other,
    as the title run on, or as names (a name with commas: "Position, Location, and Navigation Symposium")."""
    md = ("## Papers\n\n"
          '- J. Lind and K. Okafor, "Tracking gulls over the estuary at dusk," in IEEE/ION Position, Location, and '
          'Navigation Symposium (PLANS), 2020, pp. 47–63.\n'
          '- J. Lind and K. Okafor, "Cold starts of diesel engines in winter," in Western States Section of the '
          'Combustion Institute Fall Meeting, 2019, pp. 1–5.\n'
          "- Jane Lind and Kim Okafor. 2018. Soft robots for sorting fruit. In IEEE International Conference on "
          "Networking, Sensing and Control. 47–63.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.venue_raw, p.year) for p in pubs] == [
        ("Tracking gulls over the estuary at dusk",
         "IEEE/ION Position, Location, and Navigation Symposium (PLANS), 2020", 2020),
        ("Cold starts of diesel engines in winter", "Western States Section of the Combustion Institute Fall Meeting, "
         "2019", 2019),
        ("Soft robots for sorting fruit", "IEEE International Conference on Networking, Sensing and Control", 2018)]
    # an edited book's editors and a status after "In" are no meeting
    md = ("- Lind, J. (2020). Birds of the north. In A. Roe & B. Kim (Eds.), *Handbook of Birds* (pp. 1–20). Polity.\n"
          "- Lind, J. (2021). Birds of the south. In press.\n")
    assert [(p.venue_raw, p.editors) for p in read_markup("p.md", md, db).publications] == [
        ("Handbook of Birds", ["A. Roe", "B. Kim"]), (None, [])]


def test_a_coined_name_before_the_titles_colon_is_the_titles_not_an_author():
    """"..., Tor-Morten Grønli, IoTvulCode: AI-enabled vulnerability detection ...": the system's name that opens the
    title before its colon was read as the list's last author. A name with a prefix's capital ("..., Ana McDonald:
    Title" in a list written "Names: Title") stays a name."""
    from pubnorm.sources.repair import authors

    for word in ("IoTvulCode", "Semantic-ICP", "StoryMI"):
        toks = _toks(f"Ana/B-author Lind/author ,/author {word}/author :/other AI-enabled/title detection/title "
                     "./other Icarus/venue 2024/year")
        authors.coined_name_opens_title(toks)
        assert [t.text for t in toks if t.field == "title"] == [word, ":", "AI-enabled", "detection"], word
    toks = _toks("Ana/B-author Lind/author ,/author McDonald/author :/other Tidal/title heating/title 2024/year")
    authors.coined_name_opens_title(toks)
    assert toks[3].field == "author" and toks[4].field == "other"


def test_a_comma_after_the_last_initials_of_a_semicolon_list_ends_it_and_opens_the_title():
    """"Dravid, V. P.; Aydin, K.; Cao, T., Polarization Reflector/Color Filter at ..." (ACS style, a comma after the
    last name): the title's first words were read on as a name; words read as no field or a note between them and
    the title go with them ("DiStefano, J. G.; Dravid, V. P., Au@MoS2@WS2 Core–Shell ...")."""
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair import authors

    def entry(lead: list[tuple[str, str]]) -> list[Token]:
        words = "Dravid , V . P . ; Aydin , K . ; Cao , T . ,".split()
        toks = [Token(w, 0, label="B-author" if not i else "author") for i, w in enumerate(words)]
        toks += [Token(w, 0, label=lab) for w, lab in lead]
        toks += [Token(w, 0, label="title") for w in "Filter at Visible Frequencies".split()]
        return [*toks, Token(".", 0, label="other"), Token("Adv. Opt. Mater.", 0, label="venue")]

    toks = entry([("Polarization", "author"), ("Reflector/Color", "author")])
    authors.semicolon_list_end(toks)
    assert " ".join(t.text for t in toks if t.field == "title") == \
        "Polarization Reflector/Color Filter at Visible Frequencies"
    assert toks[16].text == "," and toks[16].field == "other"
    toks = entry([("Au", "author"), ("@", "other"), ("WS2", "award"), ("Core", "award")])
    authors.semicolon_list_end(toks)
    assert " ".join(t.text for t in toks if t.field == "title") == "Au @ WS2 Core Filter at Visible Frequencies"
    # names parted by commas (no semicolons): not this style, left alone
    toks = [Token(w, 0, label="author") for w in "Lee , A . , Kim , B . , Polarization".split()]
    toks += [Token("Filter", 0, label="title")]
    authors.semicolon_list_end(toks)
    assert [t.field for t in toks][-2:] == ["author", "title"]


def test_names_before_a_colon_that_open_a_title_are_its_authors():
    """DBLP's style, "Shang-Hua Gao, Zhong-Yu Li, Qi Han: RF-Next: Efficient ...": the whole author list was read
    into the title. Words of a title before its colon ("Deep Learning, Computer Vision, Robot Arms: A Survey", "Big
    Fish, Small Pond: ...", "Social Avoidance and Social Adjustment: The Moderating Role") are no names."""
    from pubnorm.sources.repair import authors

    toks = _toks("Shang-Hua/B-title Gao/title ,/title Zhong-Yu/title Li/title ,/title Qi/title Han/title :/title "
                 "RF-Next/title :/title Efficient/title search/title ./other TPAMI/venue 2022/year")
    authors.names_before_colon(toks)
    assert [t.label for t in toks[:9]] == ["B-author", *["author"] * 7, "other"]
    assert [t.text for t in toks if t.field == "title"] == ["RF-Next", ":", "Efficient", "search"]
    toks = _toks("Yuxuan/B-author Cai/author ,/author Xiangyu/title Zhang/title :/title Reversible/title "
                 "Column/title Networks/title ./other ICLR/venue 2023/year")
    authors.names_before_colon(toks)
    assert [t.text for t in toks if t.field == "title"] == ["Reversible", "Column", "Networks"]
    # two such entries in one block: each is read (the repair stopped after the first)
    two = _toks("Yuxuan/B-author Cai/author ,/author Xiangyu/title Zhang/title :/title Reversible/title "
                "Networks/title ./other ICLR/venue Jianwei/B-author Cui/author ,/author Xin/author Zhao/author "
                ",/other Xiaoyong/title Du/title :/title Efficient/title Model/title Store/title ./other JCST/venue")
    authors.names_before_colon(two)
    assert [t.text for t in two if t.field == "title"] == ["Reversible", "Networks", "Efficient", "Model", "Store"]
    toks = _toks("Ana/B-author Loyer/author ,/author Tokamesh/title :/title A/title software/title 2023/year")
    authors.names_before_colon(toks)
    assert [t.text for t in toks if t.field == "title"] == ["Tokamesh", ":", "A", "software"]
    toks = _toks("Yiping/B-author Lu/author ,/author Lexing/author Ying/author ,/author Importance/title "
                 "Tempering/title :/title Group/title Robustness/title")
    for x in toks[6:]:
        x.href = "https://arxiv.org/pdf/2209.08745"
    authors.names_before_colon(toks)
    assert [t.field for t in toks[6:]] == ["title"] * 5
    toks = _toks("A/B-author ./author C/author ./author Bissember/author ,/author Photochemical/title "
                 "Reactions/title :/title Electron/title transfer/title 2024/year")
    authors.names_before_colon(toks)
    assert toks[6].field == "title" and toks[8].field == "title"
    for title in ("Deep/B-title Learning/title ,/title Computer/title Vision/title ,/title Robot/title Arms/title",
                  "Big/B-title Fish/title ,/title Small/title Pond/title",
                  "Linking/B-title Time-on-task/title ,/title Spatial/title Bias/title and/title Hemispheric/title "
                  "Activation/title Asymmetry/title"):
        toks = _toks(title + " :/title A/title Survey/title 2020/year")
        authors.names_before_colon(toks)
        assert all(t.field == "title" for t in toks[:-1]), title

    toks = _toks("Social/B-title Avoidance/title and/title Social/title Adjustment/title :/title The/title "
                 "Moderating/title Role/title 2021/year")
    authors.names_before_colon(toks)
    assert all(t.field == "title" for t in toks[:9])


def test_a_japanese_citation_in_corner_brackets_gives_its_journal_and_authors(db):
    """"<u><b>各務和彦</b></u> (2019) 「Title」, 『国民経済雑誌』, 第220巻, 第4号, 37-49." (the standard Japanese
    style): the labeller read the title alone, the journal in 『』 and the owner's name as no field. The 『』 after
    「」 hold the venue; the names before the year, parted by "・", the authors. A book's own title in 『』 stays its
    title."""
    from pubnorm.sources.reader import read_markup

    page = ("<html><body><h2>刊行論文</h2><ol reversed>\n"
            "<li><u><b>各務和彦</b></u> (2019)\n「<a href=\"https://doi.org/10.1/x\">グループ・データからの対数正規混合分布"
            "の推定について</a>」,\n『国民経済雑誌』, 第220巻, 第4号, 37-49.</li>\n"
            "<li>奥村拓史・<u><b>各務和彦</b></u> (2012)\n「階層ベイズ・モデルによるクレジット・スコアリング」,\n"
            "『日本統計学会誌』, 第41巻, 第2号, 1-20.</li>\n</ol></body></html>")
    pubs = read_markup("research-j.html", page, db, html=True, extractor="crf").publications
    assert [(p.title, p.authors, p.venue_raw, p.year) for p in pubs] == [
        ("グループ・データからの対数正規混合分布の推定について", ["各務和彦"], "国民経済雑誌", 2019),
        ("階層ベイズ・モデルによるクレジット・スコアリング", ["奥村拓史", "各務和彦"], "日本統計学会誌", 2012)]


def test_names_before_a_colon_and_a_title_in_tex_quotes_are_the_authors(db):
    """"Kazu Sugi, and Min-Yen Kan:<br>``Title,'' <a>The 13th ACM/IEEE JCDL</a>, ..." (a Japanese computer
    scientist's list, written in TeX's quotes): the labeller read the names, the colon and the quote into the title.
    TeX's quotes are read as the marks they print, and names before a colon with a quoted title after it, on that
    line or the next, are the authors ("and" in them or not, two names or one)."""
    from pubnorm.sources.reader import read_markup

    page = ("<html><body><h2>Conference Papers</h2><ul>\n"
            "<li>Kazu Sugi, and Min-Yen Kan:\n``Exploiting Potential Citation Papers in Scholarly Paper "
            "Recommendation,''\n<a href=\"https://x.org\">The 13th ACM/IEEE Joint Conference on Digital Libraries "
            "(JCDL 2013)</a>, pp.153-162, Indianapolis, USA, July 22-26, 2013.</li>\n"
            "<li>Jo Lin, Kazu Sugi, Min-Yen Kan, and Tat-Seng Chua:\n``New and Improved: Modeling Versions to Improve "
            "App Recommendation,''\n<a href=\"https://y.org\">The 37th Annual International ACM SIGIR Conference "
            "(SIGIR 2014)</a>, pp.647-656, Gold Coast, Australia, July 6-11, 2014.</li>\n</ul></body></html>")
    pubs = read_markup("research.html", page, db, html=True, extractor="crf").publications
    assert [(p.title, p.authors, p.year) for p in pubs] == [
        ("Exploiting Potential Citation Papers in Scholarly Paper Recommendation", ["Kazu Sugi", "Min-Yen Kan"], 2013),
        ("New and Improved: Modeling Versions to Improve App Recommendation",
         ["Jo Lin", "Kazu Sugi", "Min-Yen Kan", "Tat-Seng Chua"], 2014)]


def test_a_linked_title_keeps_the_species_names_it_holds_in_italics(db):
    """A biologist's list: the link is the title, and the species in it are in italics. The labeller read the species
    as the venue: the title lost its first words ("[*Linnemannia elongata* (Mortierellaceae) stimulates *Arabidopsis
    thaliana* aerial growth ...]" read from "aerial") or its last ("[Two new endophytic Atractiellomycetes,
    <i>Atractidochium hillariae</i> and <i>Proceropycnis hameedii</i>.]" cut at its comma)."""
    from pubnorm.sources.reader import read_markup

    md = ("## Publications\n\n"
          "- Vande Pol N, **Liber JA**, Yocca A, Bonito G. (2022) [*Linnemannia elongata* (Mortierellaceae) stimulates "
          "*Arabidopsis thaliana* aerial growth and responses to auxin](https://doi.org/10.1371/x). PloS one. 17(4): "
          "e0261908. [PDF](x.pdf)\n"
          "- Aime MC, Urbina H, **Liber JA**, and Oono R. (2018) [Two new endophytic Atractiellomycetes, "
          "<i>Atractidochium hillariae</i> and <i>Proceropycnis hameedii</i>.](https://doi.org/10.1080/y) Mycologia. "
          "110(1): 136-146\n")
    pubs = read_markup("Publications.md", md, db, extractor="crf").publications
    assert [(p.title, p.year) for p in pubs] == [
        ("Linnemannia elongata (Mortierellaceae) stimulates Arabidopsis thaliana aerial growth and responses to auxin",
         2022),
        ("Two new endophytic Atractiellomycetes, Atractidochium hillariae and Proceropycnis hameedii", 2018)]


def test_a_title_that_opens_with_a_list_of_things_is_not_read_as_names(db):
    """"Taxes, Lawyers, and the Decline of Witchcraft Trials in France, with Noel D. Johnson." and "Entry Barriers,
    Idiosyncratic Distortions, and the Firm-Size Distribution": the labeller read the list as author names and the
    title from its "and". No author list goes on ", and the"; the names of "A. Lee, B. Kim, and ..." stay names."""
    from pubnorm.sources.reader import read_markup

    md = ("## Publications\n\n"
          "1. Taxes, Lawyers, and the Decline of Witchcraft Trials in France, with Noel D. Johnson. *Journal of Law "
          "and Economics*, 2014.\n"
          "2. Entry Barriers, Idiosyncratic Distortions, and the Firm-Size Distribution _forthcoming accepted American "
          "Economic Journals: Macroeconomics_\n")
    pubs = read_markup("cv.md", md, db, extractor="crf").publications
    assert [p.title for p in pubs] == ["Taxes, Lawyers, and the Decline of Witchcraft Trials in France",
                                       "Entry Barriers, Idiosyncratic Distortions, and the Firm-Size Distribution"]
    assert pubs[0].authors == ["Noel D. Johnson"] and pubs[1].authors == []


@needs_model
def test_a_venue_and_its_two_digit_year_in_one_word_that_opens_the_line_is_the_venue(db):
    """"<li><b>ICML'26:</b> Title": the acronym and the year's two digits are one word, which the labeller read as
    the title's first (the title then "ICML'26: Title", or no paper at all); a known venue's acronym so written, opening
    its line, is the venue. Not in a sentence ("a workshop at KDD'26")."""
    html = ("<h2>Publications</h2>\n<li><b>ICML'26:</b>\nGraph widgets as a substrate across data modalities "
            "<small><a href=\"\">[pdf]</a></small>\n<li><b>KDD'25:</b>\nTokenized mixtures of widget experts "
            "<small><a href=\"\">[pdf]</a></small>\n<li><b>NeurIPS'24:</b>\nA widget pattern machine for graphs "
            "<small><a href=\"\">[pdf]</a></small>\n")
    pubs = read_markup("p.html", html, db, html=True, extractor="crf").publications
    assert [(p.title, p.venue.venue.id if p.venue and p.venue.venue else None, p.year) for p in pubs] == [
        ("Graph widgets as a substrate across data modalities", "icml", 2026),
        ("Tokenized mixtures of widget experts", "sigkdd", 2025),
        ("A widget pattern machine for graphs", "neurips", 2024)]


@needs_model
def test_the_words_between_a_venue_tag_and_the_title_open_the_title(db):
    """"- `NAACL 2025` QAVA: Query-Agnostic ...", "- `AAAI 2024` Step Vulnerability Guided ...": the word or two right
    after the tag's code span were read as no field, and the title lost its system's name or its first word."""
    md = ("## Publications\n\n### Safety\n"
          "- `NAACL 2025` WAVA: Query-Agnostic Visual Attacks on Widget-Language Models, **Ana Ruiz**, Kai Wu, Li Ma "
          "\\| [**Paper**](https://aclanthology.org/2025.naacl-long.9999/)\n"
          "- `ACM-MM 2025` WHCP: Detecting Hallucinations in Large Widget-Language Models, **Ana Ruiz**, Kai Wu "
          "\\| [**Paper**](https://dl.acm.org/doi/10.1145/9999999.9999999)\n\n### Efficiency\n"
          "- `AAAI 2025` Enhancing Contrastive Widget Learning through Multiple Partial Views, **Ana Ruiz**, Li Ma "
          "\\| [**Paper**](https://ojs.aaai.org/index.php/AAAI/article/view/99999)\n"
          "- `AAAI 2024` Step Vulnerability Guided Widget Attacks against Diffusion Models, Kai Wu, **Ana Ruiz** "
          "\\| [**Paper**](https://ojs.aaai.org/index.php/AAAI/article/view/99998)\n"
          # a track word in the tag's own style is the tag's
          "- `EMNLP 2025 Findings` [**Sparse widget merging for slimmer fine-tuned models**]"
          "(https://arxiv.org/abs/2503.00001) <br>\n  Kai Wu, **Ana Ruiz**\n")
    pubs = read_markup("pubs.md", md, db, extractor="crf").publications
    assert [p.title for p in pubs] == [
        "WAVA: Query-Agnostic Visual Attacks on Widget-Language Models",
        "WHCP: Detecting Hallucinations in Large Widget-Language Models",
        "Enhancing Contrastive Widget Learning through Multiple Partial Views",
        "Step Vulnerability Guided Widget Attacks against Diffusion Models",
        "Sparse widget merging for slimmer fine-tuned models"]


@needs_model
def test_a_year_that_closes_a_title_run_in_an_entry_with_no_other_year_is_the_papers(db):
    """"<h4><a href=paper.pdf>Repeated widget hazard with costly self-control</a>, 2017</h4>" over its abstract: the
    heading was read as the title up to its year, and the paper had none; the year after the comma is the paper's."""
    html = ("<h3>Working papers</h3>\n<hr />\n"
            "<h4><a href=\"/pdf/rmh.pdf\">Repeated widget hazard with costly self-control</a>, 2017</h4>\n"
            "<p>In this paper I solve for the optimal widget contract when the agent has costly self-control.</p>\n"
            "<hr />\n<h4><a href=\"/pdf/exp.pdf\">An experiment on widget temptation and paternalism</a>, 2016</h4>\n"
            "<p>In this project we investigate attitudes towards widget paternalism in a lab experiment.</p>\n")
    pubs = read_markup("workingpapers.html", html, db, html=True, extractor="crf").publications
    assert [(p.title, p.year) for p in pubs] == [
        ("Repeated widget hazard with costly self-control", 2017),
        ("An experiment on widget temptation and paternalism", 2016)]


@needs_model
def test_badges_in_code_spans_that_open_a_line_are_tags_not_the_title(db):
    """AcadHomepage's "- ``Venue`` [Title](url), **Owner**, Co-author": a badge that names a journal in full, a
    status, a topic or a venue the database does not know with its year was run into the title ("Expert Systems with
    Applications Curriculum ...", "Work in Progress MoonCast: ...") or read with the link as the authors."""
    md = ("# Publications\n\n"
          "- ``Expert Systems with Applications`` [Curriculum learning for trustworthy widgets](https://doi.org/10.1/a),"
          " **Jian Zhu**, Xin Zou, Jun Sun (JCR Q1)\n\n"
          "- ``IEEE Transactions on Multimedia`` [Adaptive confidence widget learning](https://doi.org/10.1/b), "
          "**Jian Zhu**, Lei Liu\n\n"
          "- ``Work in Progress`` [MoonWidget: zero-shot widget generation](https://arxiv.org/abs/2503.14345), "
          "Zeqian Ju, **Jian Zhu**\n\n"
          "- ``ICLR 2026 & Technical Report`` ``Multi Agent Systems`` [Marti: a framework for widget agents]"
          "(https://openreview.net/pdf?id=E7jZ), Kaiyan Zhang, **Jian Zhu**\n\n"
          "- ``Pattern Recognition 2025`` [Robust widget clustering](https://doi.org/10.1/c), **Jian Zhu**, Xin Zou\n")
    pubs = read_markup("pub.md", md, db, extractor="crf").publications
    assert [(p.title, p.venue_raw, p.year, p.authors[0]) for p in pubs] == [
        ("Curriculum learning for trustworthy widgets", "Expert Systems with Applications", None, "Jian Zhu"),
        ("Adaptive confidence widget learning", "IEEE Transactions on Multimedia", None, "Jian Zhu"),
        ("MoonWidget: zero-shot widget generation", None, 2025, "Zeqian Ju"),  # arXiv by its link
        ("Marti: a framework for widget agents", "ICLR 2026 & Technical Report", 2026, "Kaiyan Zhang"),
        ("Robust widget clustering", "Pattern Recognition 2025", 2025, "Jian Zhu")]
    assert pubs[2].venue is not None and pubs[2].venue.venue is not None and pubs[2].venue.venue.id == "arxiv"


@needs_model
def test_words_after_names_written_surname_and_initials_are_the_title(db):
    """"Majumdar, S., Chatterjee, S.\\n On Weighted ... Functions. *Preprint*" and "Majumdar, S. Fairness,
    Explainability, Privacy, and Robustness for ...": the words after the last "Surname, I." name were read on as
    names (the paper had no title, or a title that began at "and Robustness")."""
    html = ("<h3>Papers</h3>\n<p>\n<b>Okafor, A.</b>, Lind, B.\nOn Weighted Multivariate Widget Functions. "
            "<i>Preprint</i>, <b>2019+</b>\n<a href='http://arxiv.org/abs/1905.02700'>[arXiv]</a>.\n</p>\n<p>\n"
            "<b>Okafor, A.</b> Fairness, Explainability, Privacy, and Robustness for Trustworthy Widget Decisions. "
            "In Big Widget Analytics in Bioinformatics, <b>2021</b>, <i>in press</i>, published by Elsevier.\n</p>\n")
    pubs = read_markup("p.html", html, db, html=True, extractor="crf").publications
    assert [(p.title, p.authors) for p in pubs] == [
        ("On Weighted Multivariate Widget Functions", ["Okafor, A.", "Lind, B."]),
        ("Fairness, Explainability, Privacy, and Robustness for Trustworthy Widget Decisions", ["Okafor, A."])]


@needs_model
def test_the_work_named_before_in_is_the_title_and_what_follows_in_its_book(db):
    """Legal citation of chapters: "Lind, B., & Reyes, C., *Widget Making*, in <span>The Psychology of Widgets</span>
    (R. J. Sternberg, ed., 2019)": the chapter in italics was read as the venue and the book after "in" as the title."""
    caps = "<span style='font-variant-caps: small-caps;'>"
    html = ("<h3>Book Chapters</h3>\n<ol>\n<li>Ben Lind, <u><b>Ada Okafor</b></u>, & Carla Reyes, "
            f"<i>Widget Making</i>, in {caps}The Psychology of Human Widgets</span> (R. J. Sternberg & J. Funke, eds., "
            "2019).</li>\n"
            "<li><u><b>Ada Okafor</b></u>, Rebecca B. Weldon, & Ben Lind, <i>Fuzzy Widgets: Judgments, Decisions, and "
            f"Neuro-Widgets</i>, in {caps}The Cambridge Handbook of Widget Behavior</span> (A. Lewis, ed., 2018)."
            "</li>\n</ol>\n")
    pubs = read_markup("pub.html", html, db, html=True, extractor="crf").publications
    assert [(p.title, p.year) for p in pubs] == [("Widget Making", 2019),
                                                 ("Fuzzy Widgets: Judgments, Decisions, and Neuro-Widgets", 2018)]
    assert [p.venue_raw.startswith(("The Psychology of Human Widgets", "The Cambridge Handbook of Widget Behavior"))
            for p in pubs if p.venue_raw] == [True, True]
    assert pubs[1].venue_raw == "The Cambridge Handbook of Widget Behavior" and pubs[1].editors == ["A. Lewis"]


@needs_model
def test_an_award_noted_in_brackets_after_the_venue_is_no_second_title(db):
    """'... In *Proceedings of CogSci*, Sapporo, Japan. (**Student Travel Award (Top 3%)**, with 21 awards out of 798
    contributions, presented by P. Lind)': the note was read as a second title, and the entry as none."""
    html = ("<h2>Peer-reviewed Conference Papers</h2>\n<ul>\n<li>\n<p>\nP. Lind, H.-C. Okafor, and K. Reyes (2012) "
            "\"A Connectionist Model\nof\nWidget Activation during Reading using Latent Semantic Analysis,\" In\n"
            "<em>Proceedings of Annual Meeting of the Cognitive Science Society (CogSci)</em>,\nSapporo, Japan. "
            "(<strong>Student Travel Award (Top 3%)</strong>, with 21 awards out of 798\ncontributions, presented by "
            "P. Lind). <a\nhref=\"publications/cogsci.pdf\">Paper</a>\n</p>\n</li>\n</ul>\n")
    pubs = read_markup("publications.html", html, db, html=True, extractor="crf").publications
    assert [(p.title, p.year) for p in pubs] == [
        ("A Connectionist Model of Widget Activation during Reading using Latent Semantic Analysis", 2012)]


@needs_model
def test_a_hyphened_initial_that_opens_an_entry_is_its_first_authors(db):
    """"H.-C. Wang, Y.-M. Tien, ... (2012)": the "H.-" that opens the entry was read as no name ("C. Wang")."""
    html = ('<h2>Conference Papers</h2>\n<ul>\n<li><p>H.-C. Wang, Y.-M. Tien, L.-C. Hsu, and M. Pomplun (2012) '
            '"Estimating widget transparency of constituents," In <em>Proceedings of CogSci</em>, Sapporo, Japan.</p>'
            '</li>\n</ul>\n')
    pubs = read_markup("publications.html", html, db, html=True, extractor="crf").publications
    assert [p.authors for p in pubs] == [["H.-C. Wang", "Y.-M. Tien", "L.-C. Hsu", "M. Pomplun"]]


@needs_model
def test_a_one_word_journal_before_its_doi_is_the_venue(db):
    """Vancouver-like "Okafor A, Lind B. (2020) Title. Pathogens, doi: 10.3390/pathogens9060440.": the word between
    the title's full stop and the DOI is the journal, as before a volume ("Pathogens", "Vaccine": words the labeller
    left as no field, the record had no venue)."""
    html = ("<h4>Articles</h4>\n<ul>\n<li><p>Okafor A, Lind B, Reyes C. (2020) Cartography of free-living widgets in "
            "soil using DNA metabarcoding. Pathogens, doi: 10.3390/pathogens9060440.</p></li>\n<li><p>Lind B, "
            "Okafor A. (2015) A scalable process to prepare a ready-to-use widget vaccine. Vaccine, doi: "
            "10.1016/j.vaccine.2014.11.</p></li>\n</ul>\n")
    pubs = read_markup("publications.html", html, db, html=True, extractor="crf").publications
    assert [(p.venue_raw, p.year) for p in pubs] == [("Pathogens", 2020), ("Vaccine", 2015)]


def test_a_line_of_names_whose_last_was_read_as_the_authors_is_the_author_list():
    """'<b>H. Okafor</b>, D. Gordon, and C. R. Lind<br><i>Title</i><br>Venue, June 2025.': the labeller read the names
    before "R. Lind" as no field on a real page (its authors were "R. Lind"); they are the author list's start. Labels
    as the shipped model gave them there; a line with other words before its names is left as read."""
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair.authors import names_before_author_run

    def tokens(words: str, split_at: int) -> list[Token]:
        toks = [Token(w, 0, label="other", space_before=w not in ",.") for w in words.split()]
        for t in toks[split_at:]:
            t.label = "author"
        toks[0].label = "B-" + toks[0].label
        return [*toks, Token("Widget", 1, label="title"), Token("engines", 1, label="title")]

    toks = tokens("H . Okafor , D . Gordon , and C . R . Lind", 11)
    names_before_author_run(toks)
    assert [t.label for t in toks[:14]] == ["B-author"] + ["author"] * 13
    toks = tokens("Talk at the workshop , and C . R . Lind", 8)
    names_before_author_run(toks)
    assert [t.label for t in toks[:8]] == ["B-other"] + ["other"] * 7


@needs_model
def test_a_section_heading_over_items_with_their_own_bold_titles_is_no_part_of_the_first(db):
    """"#### Other articles (proceedings, book chapters, technical reports, etc.)" right over "* **Title,** D.L. Okafor,
    ..., 2022. *USGS Open-File Report*": the heading was read as the first item's title's start."""
    md = ("## Publications\n\n#### Journal articles\n* **Widget flows in rugged terrain.** D.L. Okafor and R.J. Lind, "
          "2008. *Journal of Widget Physics*, 227(6), 3089--3113.\n\n"
          "#### Other articles (proceedings, book chapters, technical reports, etc.)\n"
          "* **Modeling the dynamics of widgets that originate as landslides on Mount Rainier,** D.L. Okafor, R.M. "
          "Iverson, and C.M. Cannon, 2022. *USGS Open-File Report*, 2021-1118.\n"
          "* **Valid widget models must avoid hot starts,** R.M. Iverson and D.L. Okafor, 2019. *Widget Hazards "
          "Mitigation*, Special Publication 28.\n")
    pubs = read_markup("publications.md", md, db, extractor="crf").publications
    assert [p.title for p in pubs] == ["Widget flows in rugged terrain",
                                       "Modeling the dynamics of widgets that originate as landslides on Mount Rainier",
                                       "Valid widget models must avoid hot starts"]
    # ... but not an affiliation in italics under a project's heading, with no authors: no paper of its own
    md = ("## Featured Research Projects\n\n### Research Project 1: Widget Modeling and Machine Learning for Pediatric "
          "Widget Disease\n*Cincinnati Children's Widget Medical Center | Aug 2022 - Present*\n\n**Description**: We "
          "model widget dosing.\n")
    assert not [p.title for p in read_markup("portfolio.md", md, db, extractor="crf").publications
                if p.title and p.title.startswith("Cincinnati")]


def test_a_line_of_names_in_italics_read_as_the_venue_is_the_author_list():
    """academicpages: "- **Title**  \\n*Malek Okafor and Rahat Ibn Lind*  \\n*The 41st ACM/SIGAPP Symposium On Applied
    Computing 2026 (Submitted)*": the shipped model read the italic names as the venue's start on a real page (the
    paper had no authors). Labels as it gave them; a line of one name, or the entry's only venue line, stays."""
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair.authors import names_line_read_as_venue

    def entry(names: str, venue: str | None) -> list[Token]:
        toks = [Token(w, 0, label="title") for w in "Distilled widgets at the edge".split()]
        toks[0].label = "B-title"
        toks += [Token(w, 1, label="venue") for w in names.split()]
        return toks + [Token(w, 2, label="venue") for w in (venue or "").split()]

    toks = entry("Malek Okafor and Rahat Ibn Lind", "The 41st Symposium On Applied Computing")
    names_line_read_as_venue(toks)
    assert [t.field for t in toks if t.line == 1] == ["author"] * 6
    assert all(t.field == "venue" for t in toks if t.line == 2)
    for names, venue in (("Malek Okafor", "The 41st Symposium On Applied Computing"),
                         ("Malek Okafor and Rahat Lind", None)):
        toks = entry(names, venue)
        names_line_read_as_venue(toks)
        assert all(t.field == "venue" for t in toks if t.line == 1)


def test_names_written_otherwise_after_surname_and_initials_stay_names():
    """title_after_initials leaves names of other forms after a "Surname, I." list ("Le, E.V.T, Gonzales, R. A.",
    "Acosta, A., Mark P. Martirez, Jane P. Chang, and Emily A. Carter") to the author list, and takes no list of given
    names first for one ("Adam Smith, M. S. Kim, ..."): labels as the shipped model gave them on four real pages,
    where the words after the last initial were names and a title followed."""
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair.authors import title_after_initials

    for names in ("Okafor , R . U . , Le , E . V . T , Gonzales , R . A . , Lind , H . J .",
                  "Acosta , A . , Mark P . Martirez , Jane P . Chang , and Emily A . Carter",
                  # given names first, the second's initials before its surname: no "Surname, I." list at all
                  "Adam Okafor , M . S . Kim , Frank Lind , Johannes Reyes .",
                  "Søren Okafor , P . O . Goffard & Patrick Lind ."):
        toks = [Token(w, 0, label="author", space_before=w not in ",.") for w in names.split()]
        toks[0].label = "B-author"
        toks += [Token(w, 0, label="title") for w in "Widget stimuli elicit widget seeking".split()]
        title_after_initials(toks)
        assert [t.field for t in toks] == ["author"] * len(names.split()) + ["title"] * 5, names


def test_the_words_after_a_list_of_initials_first_names_are_the_title():
    """"C. L. Okafor, J. C. Lind, Enhanced Widget Spectroscopy by Second-Pulse Excitation, AIP Conference
    Proceedings" and "..., H. M. Reyes, In | situ measurements of ...": names written "I. I. Surname" between commas,
    read on as names past the list's last comma into the title's words. Names after the list's comma ("..., And G.
    R. Mirams"), a list ended by a full stop ("A. Lind, H. Reyes. Title"), a name before the title the labeller
    read, and an entry that has a title are left as read."""
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair.authors import title_after_initials_first

    def fields(names: str, rest: str) -> list[str]:
        toks = [Token(w, 0, label="author", space_before=w not in ",.") for w in names.split()]
        toks[0].label = "B-author"
        for spec in rest.split():
            w, lab = spec.rsplit("/", 1)
            toks.append(Token(w, 0, label=lab))
        title_after_initials_first(toks)
        return [t.field for t in toks]

    names = "C . L . Okafor , J . C . Lind , H . M . Reyes ,"
    n = len(names.split())
    got = fields(names, "Enhanced/author Widget/author Spectroscopy/author by/author Excitation/author ,/other "
                        "AIP/venue Conference/venue Proceedings/venue")
    assert got == ["author"] * n + ["title"] * 5 + ["other"] + ["venue"] * 3
    got = fields(names, "In/author situ/title measurements/title of/title widgets/title ,/other Ibis/venue")
    assert got == ["author"] * n + ["title"] * 5 + ["other", "venue"]
    for names, rest in (("C . L . Okafor , J . C . Lind , And G . R . Mirams", ",/other Ibis/venue"),
                        ("C . L . Okafor , J . C . Lind , H . Reyes . Widget spectroscopy by excitation", ",/other"),
                        ("C . L . Okafor , J . C . Lind , Hao Reyes", "Widget/title spectroscopy/title ,/other"),
                        ("C . L . Okafor , J . C . Lind , Widget spectroscopy by excitation",
                         "./other A/title study/title")):
        before = [Token(w, 0, label="author") for w in names.split()]
        assert fields(names, rest)[:len(before)] == ["author"] * len(before), names


@needs_model
def test_a_badge_entry_with_its_authors_and_venue_on_lines_of_their_own_is_one_paper(db):
    """"- `ACM CCS'26` **Title** [PDF]" over "<u>Owner</u>, A. Lee." and "In *Proceedings of ...*, November 2026.":
    with the tag read as its venue, the title's line was a whole paper and the lines under it another, with no
    title (each paper gave two records)."""
    tail = "(<span style=\"color:#B00C00\">CCF-A</span>)  \n"
    md = ("# 📝 Publications\n\n"
          "- `ACM CCS'26` **WidgetAgent: LLM-Powered Detection of Broken-Access-Control Widgets in Web "
          "Applications** [PDF]  \n  <u>Fengyu Lind</u>, Yuan Okafor, Zheng Lou, Tian Chen.  \n"
          "  In *Proceedings of the 33rd ACM Conference on Computer and Communications Security (CCS)*, November 2026. "
          + tail + "\n"
          "- `NDSS'26` **WidgetGuard: A Lightweight State-Aware Runtime Guard Against Widget Following Attacks** "
          "[PDF]  \n  Yuan Okafor, <u>Fengyu Lind</u>, Tian Chen.  \n"
          "  In *Proceedings of the Network and Distributed System Security (NDSS)*, February 2026. " + tail)
    pubs = read_markup("about.md", md, db, extractor="crf").publications
    assert [(p.title[:14], p.authors[:1], p.year) for p in pubs] == [
        ("WidgetAgent: L", ["Fengyu Lind"], 2026), ("WidgetGuard: A", ["Yuan Okafor"], 2026)]


@needs_model
def test_a_span_classed_as_a_tag_before_the_linked_title_is_a_badge(db):
    """'- <span class="preprint-tag">Arxiv</span> [Title](url)<br>' under a topic heading: the tag was run into the
    title ("Arxiv Echo-4o: ..."), and the first item's also the heading ("o1/R1-like CoT Reasoning for Generation
    Arxiv DraCo: ...")."""
    item = ('- <span class="{0}">{1}</span> [{2}](https://arxiv.org/abs/{3})<br>\n  Dongzhi Okafor, Renrui Lind, Ziyu '
            'Reyes<br>\n\n')
    md = ("## o1/R1-like CoT Reasoning for Generation\n\n"
          + item.format("preprint-tag", "Arxiv", "DraWidget: Draft as CoT for Widget Preview", "2512.05112")
          + item.format("conference-tag", "NeurIPS 2025", "T2W-R1: Reinforcing Widget Generation with CoT",
                        "2505.00703")
          + item.format("preprint-tag", "Arxiv", "Echo-4w: Harnessing Synthetic Widgets for Generation", "2508.09987"))
    pubs = read_markup("pub.md", md, db, extractor="crf").publications
    assert [p.title for p in pubs] == ["DraWidget: Draft as CoT for Widget Preview",
                                       "T2W-R1: Reinforcing Widget Generation with CoT",
                                       "Echo-4w: Harnessing Synthetic Widgets for Generation"]


@needs_model
def test_a_topic_heading_over_a_whole_citation_is_no_part_of_its_title(db):
    """"## Code Intelligence" right over "- Title (**ASE 2024**) <br> **Owner**, A. Lee": the heading was read as the
    title's start. Not so a book's heading over its note in brackets ("(volume of essays in honour of A.A. Long;
    Cambridge, 2010)"), which opens with no capital."""
    md = ("## Code Intelligence\n\n- Contextualized Widget-Wrangling Code Generation in Computational Notebooks "
          "(**ASE 2024**) <br>\n  **Junjie Okafor**, Daya Lind, Chenglong Reyes <br>\n"
          "    \\[[code](https://github.com/x/y)\\] \\[[paper](/assets/papers/ase24.pdf)\\]\n\n"
          "- CodeWidget: Explanatory Code Document Generation (**EMNLP 2022 Findings**) <br>\n"
          "  **Junjie Okafor**, Daya Lind <br>\n")
    pubs = read_markup("pub.md", md, db, extractor="crf").publications
    assert [p.title for p in pubs][:1] == ["Contextualized Widget-Wrangling Code Generation in Computational Notebooks"]
    md = ("## Books\n\n### (ed., with A.M. Lind) _Widgets, Patricians, Platonizers_\n(Naples, 2007)\n\n"
          "### (ed., with Andrea Reyes) _[Ancient Models of Widgets: Studies in Rationality](http://www.cambridge.org/"
          "x)_\n(volume of essays in honour of A.A. Long; Cambridge, 2010)\n")
    assert not [p.title for p in read_markup("books.md", md, db, extractor="crf").publications
                if p.title and "volume of essays" in p.title]


def test_the_name_after_the_last_comma_before_a_styled_venue_is_the_last_author():
    """"Sanaz Okafor, **Edward Lind**, P. S. Reyes, Stanley Bak **13th ACM/IEEE International Conference on ...**" on
    one wrapped line: the shipped model read "Stanley Bak" as the venue's start on a real page (labels as it gave
    them there). A plain name before plain venue words, or three names, stays."""
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair.authors import last_author_before_styled_venue

    def entry(name: str, bold: bool) -> list[Token]:
        toks = [Token(w, 0, label="author") for w in "Sanaz Okafor , Edward Lind , Parasara Reyes".split()]
        toks[0].label = "B-author"
        toks.append(Token(",", 0, label="other", space_before=False))
        toks += [Token(w, 0, label="venue") for w in name.split()]
        return toks + [Token(w, 0, label="venue", bold=bold) for w in "13th ACM/IEEE International Conference".split()]

    toks = entry("Stanley Bak", bold=True)
    last_author_before_styled_venue(toks)
    assert [t.field for t in toks[:11]] == ["author"] * 11 and all(t.field == "venue" for t in toks[11:])
    for name, bold in (("Stanley Bak", False), ("Stanley Bak Tom Lee", True)):
        toks = entry(name, bold)
        last_author_before_styled_venue(toks)
        assert all(t.field == "venue" for t in toks[9:]), (name, bold)


@needs_model
def test_a_heading_parted_by_bars_gives_title_authors_venue_and_year(db):
    """academicpages: "### Title | [A. Lee](url) and [B. Kim](url) | Journal (2023)" over an abstract and links: the
    bars part the paper's fields (the whole heading was its title, or the title ran on over the co-authors)."""
    md = ("## Publications\n\n"
          "### Skewness Expectations and Widget Choice | [Tilman H. Okafor](https://x.org/a) and [Matthias Lind]"
          "(https://x.org/b) | Experimental Economics (2023)\n\n<details><summary>Abstract</summary>We elicit widget "
          "expectations.</details> | [Published Paper](https://doi.org/10.1007/s10683-023-09801-0)\n\n"
          "### Job Search during a Widget Recession: Survey Evidence from the Netherlands | [Maria Reyes](https://x.org/c),"
          " [Simon Lind](https://x.org/d), and [Nico Okafor](https://x.org/e) | Labour Economics (2022)\n\n"
          "<details><summary>Abstract</summary>We study widget search.</details>\n")
    pubs = read_markup("publications.md", md, db, extractor="crf").publications
    assert [(p.title, p.authors, p.year) for p in pubs] == [
        ("Skewness Expectations and Widget Choice", ["Tilman H. Okafor", "Matthias Lind"], 2023),
        ("Job Search during a Widget Recession: Survey Evidence from the Netherlands",
         ["Maria Reyes", "Simon Lind", "Nico Okafor"], 2022)]
    assert [p.venue_raw for p in pubs] == ["Experimental Economics", "Labour Economics"]


@needs_model
def test_a_sentence_between_the_authors_and_the_venue_is_the_title_the_labeller_missed(db):
    """"A. Lee, B. Kim. Widget models at scale. *Journal of Web Science*, 2020.": a short title in lower case after
    the authors' full stop was read as other words, no word of the entry as its title, and the entry was dropped (a
    paper with no title is kept only when the database knows its venue). The sentence is the title; an abbreviated
    journal after the names is no title ("Proc. R. Soc. B" ends in a capital), nor a sentence with a comma."""
    md = ("## Publications\n\n- A. Lee, B. Kim. Widget models at scale. *Journal of Web Science*, 2020.\n"
          "- A. Lee, B. Kim. Learning to read citation strings. *Journal of Web Science*, 2021.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.authors, p.venue_raw, p.year) for p in pubs] == [
        ("Widget models at scale", ["A. Lee", "B. Kim"], "Journal of Web Science, 2020", 2020),
        ("Learning to read citation strings", ["A. Lee", "B. Kim"], "Journal of Web Science, 2021", 2021)]


@needs_model
def test_a_title_read_into_the_venue_before_a_known_venue_is_the_title(db):
    """'Okafor, A., ... (2025). The Population Genetics of Stellar Noise. bioRxiv, 2025-01.': a title that reads like
    a journal's name ("The ... of ...") was read into the venue after it, the entry had no title and was lost. The
    sentence before the full stop, or the line before the next, ends where the whole name of a known venue starts."""
    md = ("# Papers\n\n- Okafor, A., Moreau, J., Lind, H. and **Petrov, C.** (2025). The Population Genetics of "
          "Stellar Noise. bioRxiv, 2025-01.\n\n- Lind, H., **Petrov, C.** (2024). The Ecology of Cold Comets. bioRxiv, "
          "2024-03.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.venue_raw, p.year, len(p.authors)) for p in pubs] == [
        ("The Population Genetics of Stellar Noise", "bioRxiv", 2025, 4),
        ("The Ecology of Cold Comets", "bioRxiv", 2024, 2)]
    html = ('<html><body><h2>Publications</h2>\n<div class="pub"><p>A. Okafor, B. Lind, C. Moreau<br>\nSelf-Supervised '
            'Multimodal Tidal Networks<br>\nNeural Information Processing Systems (NeurIPS), 2020</p></div>\n'
            '<div class="pub"><p>B. Lind, A. Okafor<br>\nNeighbourhood Consensus of Comets<br>\nNeural Information '
            'Processing Systems (NeurIPS), 2018</p></div>\n</body></html>\n')
    pubs = read_markup("p.html", html, db, html=True, extractor="crf").publications
    assert [(p.title, p.year) for p in pubs] == [("Self-Supervised Multimodal Tidal Networks", 2020),
                                                 ("Neighbourhood Consensus of Comets", 2018)]


@needs_model
def test_a_plain_first_venue_before_a_venue_the_database_knows_is_the_title(db):
    """'Ada Okafor, ..., Embarrassingly Parallel Comet Computing (EPCC), Workshop on ..., NIPS 2013, Nevada, USA': the
    title was read as a first venue before the one the database knows, and the entry was lost."""
    md = ("## Publications\n\n- Ada Okafor, Jan Moreau, Hana Lind, Embarrassingly Parallel Comet Computing (EPCC), "
          "Workshop on Machine Learning Open Source Software, NIPS 2013, Nevada, USA\n"
          "- Ada Okafor, Hana Lind, Tidal Heating of Icy Moons, Icarus, 2014\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert len(pubs) == 2 and pubs[0].title is not None
    assert pubs[0].title.startswith("Embarrassingly Parallel Comet Computing (EPCC)")
    assert (pubs[0].authors, pubs[0].year) == (["Ada Okafor", "Jan Moreau", "Hana Lind"], 2013)


@needs_model
def test_words_after_a_vancouver_list_that_have_no_initials_open_the_title(db):
    """'Okafor JD, Lind LE, ..., Petrov AR. Quaternary Structure, Salt Sensitivity, and Allosteric Regulation of ...': a
    title that opens with a list of things reads like more names, and its first words were read into the author list
    ("Petrov AR. Quaternary Structure", "Salt Sensitivity"). Names written "Surname II" end at the full stop after the
    last one's initials; words without initials after it are the title's."""
    md = ("#### Earlier work by the group on comets:\n(student authors are indicated in **bold**)\n\n"
          "Okafor JD, **Lind LE**, **Breault JS**, Moreau CE, Petrov AR. Quaternary Structure, Salt Sensitivity, and "
          "Allosteric Regulation of Comet Ice From *Oort clouds*\n\n"
          "Petrov AR, **Kohler MR**, Moreau CE, Okafor JD. Glutathionylation Inhibits the Thermal Activity of *Oort* "
          "Comet Ice. Icarus. 2018 Feb 6;57(5):711-721.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.authors) for p in pubs] == [
        ("Quaternary Structure, Salt Sensitivity, and Allosteric Regulation of Comet Ice From Oort clouds",
         ["Okafor JD", "Lind LE", "Breault JS", "Moreau CE", "Petrov AR"]),
        ("Glutathionylation Inhibits the Thermal Activity of Oort Comet Ice", ["Petrov AR", "Kohler MR", "Moreau CE",
                                                                               "Okafor JD"])]


@needs_model
def test_a_titles_first_words_inside_its_link_read_as_a_name_are_the_titles(db):
    """'[Entrepreneurship, Labor Market Mobility and the Role of Comet Insurance](url), 2018, with ...': the list the
    title opens with was read as an author, its first word cut off the title. A link's text that holds the title to
    its end begins the title too, over a few capitalised words; not over initials ('[A. Okafor, Title](url)')."""
    md = ("## Working papers\n\n*   [Buying and Selling Comet Assets](https://example.org/comet-assets), 2020, with "
          "Jan Moreau (Lyon School of Economics).\n\n--------------------\n\n*   [Entrepreneurship, Labor Market "
          "Mobility and the Role of Comet Insurance](http://example.org/projects/cm/), 2018, with Jan Moreau (Lyon "
          "School of Economics).\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.year) for p in pubs] == [
        ("Buying and Selling Comet Assets", 2020),
        ("Entrepreneurship, Labor Market Mobility and the Role of Comet Insurance", 2018)]
    md = ("## Papers\n\n- [A. Okafor, Tidal Heating of Icy Moons](https://example.org/t.pdf), Icarus, 2019.\n"
          "- [J. Moreau, Crust Thickness from Libration](https://example.org/c.pdf), Icarus, 2018.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.authors) for p in pubs] == [("Tidal Heating of Icy Moons", ["A. Okafor"]),
                                                    ("Crust Thickness from Libration", ["J. Moreau"])]
    # a link around a whole citation: the title does not run to the link's end, the names before it stay names
    html = ('<html><body><p class="paper">\n<a href="https://example.org/x">Okafor, Ada, Jan Moreau, and Hana '
            'Lind. 2021. "Displacement of Comets: Evidence from Oort." <i>Icarus</i> 38 (5): 561-579</a>.\n'
            '</p></body></html>')
    pubs = read_markup("p.html", html, db, html=True, extractor="crf").publications
    assert all(not (p.title or "").startswith("Okafor") for p in pubs)


@needs_model
def test_a_short_name_before_a_colon_that_opens_a_title_is_the_titles(db):
    """'[Comets 2.0: Economic Foundations and Risk-based Models](url), Ada Okafor, ...': the name a title opens with,
    before its colon, was read as an author and a link word, the title cut to what follows the colon. A few words
    opening the entry (or after a sentence's full stop, or a bracket) up to a colon right before the title are the
    title's."""
    md = ("## Publications\n\n[Comets 2.0: Economic Foundations and Risk-based Models](https://arxiv.org/pdf/2006.12388"
          ".pdf), Ada Okafor, Jan Moreau, Hana Lind, Proceedings of the 2nd ACM Conference on Advances in Financial "
          "Technologies, 2021.\n\n[Tidal heating of icy moons](https://arxiv.org/pdf/2006.12389.pdf), Ada Okafor, Jan "
          "Moreau, Icarus, 2020.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.authors) for p in pubs] == [
        ("Comets 2.0: Economic Foundations and Risk-based Models", ["Ada Okafor", "Jan Moreau", "Hana Lind"]),
        ("Tidal heating of icy moons", ["Ada Okafor", "Jan Moreau"])]


@needs_model
def test_a_titles_first_word_read_as_an_author_after_the_lists_full_stop_is_the_titles(db):
    """'..., Kentaro Inui. A Joint Neural Model for ...': the title's first words were read as the last author's
    ("Inui. A Joint"), the title cut to "Neural Model ...". A capitalised word (with an article before it) right before
    the title, after a sentence's full stop, is the title's first word; not after an initial's full stop."""
    md = ("## Journal papers\n\n1. <u>Ada Okafor</u>, Jan Moreau, Hana Lind, Ken Petrov, Kentaro Inui. A Joint Neural "
          "Model for Fine-Grained Named Comet Classification of Wikipedia Articles. IEICE Transactions on Information "
          "and Systems, Vol. E101.D, No.1, pp.73--81, January 2018.\n2. <u>Ada Okafor</u>, Jan Moreau. Tidal heating "
          "of icy moons. Icarus, Vol. 3, pp.1--5, 2017.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.authors[-1]) for p in pubs] == [
        ("A Joint Neural Model for Fine-Grained Named Comet Classification of Wikipedia Articles", "Kentaro Inui"),
        ("Tidal heating of icy moons", "Jan Moreau")]


@needs_model
def test_a_known_journal_left_after_the_title_is_the_venue(db):
    """PubMed's "Okafor BH, Lind TA. (2016) Title. Proteins. Oct;84(10):1422-30." and "... Title. Biochemistry. Feb
    16;55(6):940-7.": a piece after the title set apart by its marks, which the database knows by that whole name, is
    the venue when nothing else is (the labeller read "Proteins" as a name, "Biochemistry" as other words, and no
    venue rule looked past the month). A known name after other words is not: "Proc. WCSP'19, Xian, China, Oct. 23-25,
    2019." names a place, and "Doctoral thesis" a kind of work."""
    md = ("## Papers\n\n"
          "Okafor BH, Lind TA, Moreau AM, Berndt CE. (2016) Characterization of the structure and catalytic activity "
          "of a widget protein. Proteins. Oct;84(10):1422-30. doi: 10.1002/prot.25087.\n\n"
          "Du Pont KE, Okafor AM, Berndt CE. (2016) The disulfide bonds within widgets enhance tensile strength during "
          "viral tethering. Biochemistry. Feb 16;55(6):940-7. doi: 10.1021/acs.biochem.5b01362.\n\n"
          "C. Zhou, H. He, **F. Lind**, and X. Shen. Deep learning for trajectory planning of widgets in assisted "
          "networks. Proc. WCSP'19, Xian, China, Oct. 23-25, 2019.\n\n"
          "A. Lind. Development and analysis of structure-preserving finite elements for widgets. Doctoral thesis "
          "2025.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    # (as written, with the month of the issue after the journal's stop: "Proteins. Oct")
    assert [(p.venue_raw or "").split(".")[0] for p in pubs][:2] == ["Proteins", "Biochemistry"]
    assert [(p.volume, p.year) for p in pubs][:2] == [("84", 2016), ("55", 2016)]
    assert all("China" not in (p.venue_raw or "") for p in pubs)
    assert all("thesis" not in (p.venue_raw or "").lower() for p in pubs)


def test_a_surname_cut_from_its_given_name_before_the_titles_colon_is_the_last_authors():
    """DBLP's style, "..., Xin Zhao, Xiaoyong Du: Efficient Model Store ..." and "..., Anthony K. H. Tung: Mining
    ...": the labeller read the last surname as the title's first word. A capitalised word set as the name before it,
    after a list's last given name (alone or with initials) and before the colon, is that name's surname; not after
    initials alone ("Anderson, M. W. CrystalClear: ..."), a word in other markup ("... Track [BLINK-Twice: ...]"),
    or a run that is no list."""
    from pubnorm.sources.repair import authors

    toks = _toks("Jianwei/B-author Cui/author ,/author Xin/author Zhao/author ,/author Xiaoyong/author Du/title "
                 ":/title Efficient/title Model/title Store/title ./other VLDB/venue 2021/year")
    authors.last_author(toks)
    assert [t.field for t in toks[7:10]] == ["author", "other", "title"]
    toks = _toks("Hao/B-author Huang/author ,/other Anthony/author K/author ./author H/author ./author Tung/title "
                 ":/title Mining/title graphs/title 2018/year")
    authors.last_author(toks)
    assert [t.field for t in toks[8:11]] == ["author", "other", "title"]
    toks = _toks("Anderson/B-author ,/author M/author ./author W/author ./author CrystalClear/title :/title A/title "
                 "tool/title 2019/year")
    authors.last_author(toks)
    assert toks[6].field == "title" and toks[7].field == "title"
    toks = _toks("Ada/B-author Okafor/author ,/author Dataset/author BLINK-Twice/title :/title You/title see/title")
    for x in toks[4:]:
        x.href = "https://arxiv.org/abs/2510.0001"
    authors.last_author(toks)
    assert toks[4].field == "title"
    toks = _toks("Track/B-author Widget/title :/title A/title survey/title")
    authors.last_author(toks)
    assert toks[1].field == "title"
    toks = _toks("Nick/B-author Hayward/author ,/author Konstantin/author Laufer/author ,/other Metrics/author "
                 "Dashboard/title :/title A/title Hosted/title Platform/title")
    for x in toks[6:]:
        x.italic = True
    authors.last_author(toks)
    assert toks[7].field == "title"


def test_a_chinese_citation_with_its_journal_in_double_angle_brackets_is_read(db):
    """'〈Title〉，《Journal》第46期。' under a date (Taiwan) and 'Title。（合作者：A，B），《Journal》，2025；'
    (the mainland, co-authors after "合作者"): the labeller read no title in them and the papers were lost. The name
    in 《》 is the venue, the text before it the title (without the marks around all of it, nested or not; a quoted
    phrase inside it stays), the bracketed co-authors the authors, a year or a date the year. A song's name in 《》
    with its singer and no text before it is no paper."""
    t1 = "中国式现代化进程中的消费不平等问题——基于经济政策不确定性的解释"
    t2 = "从“居者有其屋”到“住有所居”——保障性租赁住房"
    md = ("## 期刊論文\n\n"
          "- **2025-06** [〈其它性身體：東方白〈尾巴〉的身體改造〉](https://doi.org/10.30381/BTL.2025.0002)，"
          "《台灣文學學報》第46期。\n\n"
          "- **2022-01** 〈慢死與快活：鄭俊清的工傷身體〉，《中正台灣文學與文化研究》第2期。\n\n"
          f"## 中文论文\n\n- {t1}。（合作者：王维高，李沛霖），《经济问题》，2025；\n"
          f"- {t2}。（合作者：王霄），《经济学（季刊）》，2024；\n\n"
          "## 最近在听\n\n- **2026.04**: 《用背脊唱情歌》- 汤令山\n")
    pubs = read_markup("research.md", md, db, extractor="crf").publications
    got = [(p.title, p.authors, p.venue_raw, p.year) for p in pubs]
    assert got == [("其它性身體：東方白〈尾巴〉的身體改造", [], "台灣文學學報", 2025),
                   ("慢死與快活：鄭俊清的工傷身體", [], "中正台灣文學與文化研究", 2022),
                   (t1, ["王维高", "李沛霖"], "经济问题", 2025), (t2, ["王霄"], "经济学（季刊）", 2024)]


def test_a_japanese_citation_dated_with_nen_gives_its_year_and_the_journal_after_its_quoted_title(db):
    """'名前, 名前 「題名」．日本公衆衛生看護学会誌, 12(3), 162-170, 2023年12月': the date written the Japanese
    way was read as no field (the entry had no year), and the journal after the title's corner brackets and
    full-width full stop as none either."""
    md = ("## 論文\n\n"
          "- 田川文, 岡本玲子, **田中美帆**　「母子保健において保健師が対応している切れ目とは－質的記述的研究－」．"
          "日本公衆衛生看護学会誌, 12(3), 162-170, 2023年12月\n"
          "- **田中美帆**, 岡本玲子, 小出恵子　「保健師学生が記述したリフレクションの概念化」. "
          "日本地域看護学会誌, 20(1), 22-30, 2017年3月\n")
    pubs = read_markup("publications.md", md, db, extractor="crf").publications
    assert [(p.venue.parse.text if p.venue else None, p.year) for p in pubs] == [
        ("日本公衆衛生看護学会誌", 2023), ("日本地域看護学会誌", 2017)]


def test_an_author_list_ending_its_line_with_and_goes_on_over_the_wrapped_line(db):
    """'-   Bengsen, A. J., Hampton, J. O., Freney, S. and\\n    Forsyth, D. M. (2021). Title.' (a list item wrapped
    as Pandoc writes one): the labeller started a new entry at the next line's name, and the paper kept its last
    author only. A wrapped line that a list's "and", "&" or comma ends goes on with the same entry; a new item, or
    a name after a line the list's full stop ends, is not joined."""
    from pubnorm.sources.repair import authors

    def second() -> list:  # type: ignore[type-arg]
        toks = _toks("Moreau/B-author ,/author D/author ./author (/other 2021/year )/other Title/title", line=1)
        for t in toks:
            t.soft = True
        return toks

    first = _toks("Okafor/B-author ,/author A/author ./author ,/author Lind/author ,/author S/author ./author "
                  "and/author")
    toks = first + second()
    authors.list_over_wrapped_line(toks)
    assert toks[len(first)].label == "author"
    toks = [*first[:-1], _toks("./other")[0], *second()]
    authors.list_over_wrapped_line(toks)
    assert toks[len(first)].label == "B-author"
    md = ("## Papers\n\n"
          "-   Okafor, A. J., Lind, J. O., Reyes, S., Kohli, S. and\n"
          "    Moreau, D. M. (2021). Evaluation of helicopter net-gunning to\n"
          "    capture wild widgets. *Wildlife Research*, 48:722-729.\n"
          "-   Okafor, A. J., Gentle, M. N., Lind, J. L., Pearson, H. E. and\n"
          "    Moreau, G. R. (2014) Impacts and management of wild widgets in\n"
          "    Australia. *Mammal Review* 44(2), 135-147.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [len(p.authors) for p in pubs] == [5, 5]


def test_a_linked_title_ends_with_its_link_not_in_the_abstract_paragraph_under_it(db):
    """'`35.` [Title](doi)', a figure, the abstract as a paragraph of its own, then the ACS citation: the labeller
    read the abstract on into the title (over 50 words: no title, so the entry gave a record with no fields), and
    the abstract's acronyms as the venue. A linked title ends with its link at a new paragraph, and that paragraph,
    running text, gives no field."""
    def entry(n: int, title: str, doi: str, journal: str) -> str:
        return (f"`{n}.` [{title}](https://doi.org/{doi})\n\n"
                f"![TOC figure](https://example.org/toc{n}.png)\n\n"
                "This study evaluated the economic and environmental performance of converting widget waste into "
                "binders and coproducts via hydrothermal liquefaction. Two deployment configurations were considered, "
                "and credits under the Renewable Fuel Standard (RFS) were included in the analysis of the costs.\n\n"
                f"Okafor, A.; Lind, J. S.; **Moreau, D.** *{journal}* **2023**, *11* (4), 1234–1245.\n\n---\n\n")
    md = ("## Peer-reviewed publications\n\n"
          + entry(2, "Financial Viability of Hydrothermal Widget Valorization Systems", "10.1000/w2",
                  "Environ. Sci. Technol.")
          + entry(1, "Kinetics of Widget Conversion for Wastewater Valorization", "10.1000/w1", "Green Chem."))
    pubs = read_markup("research.md", md, db, extractor="crf").publications
    assert [(p.title, p.venue.parse.text if p.venue else None, p.year, len(p.authors)) for p in pubs] == [
        ("Financial Viability of Hydrothermal Widget Valorization Systems", "Environ. Sci. Technol", 2023, 3),
        ("Kinetics of Widget Conversion for Wastewater Valorization", "Green Chem", 2023, 3)]


def test_a_sentence_under_a_paper_on_its_card_is_what_the_paper_does_with_its_links(db):
    """A card: a badge, the title in bold, an italic line of authors and venue, then one sentence on what the paper
    does and a "paper" link to arXiv. The labeller read the sentence as a second paper's title (the arXiv link its
    evidence), so each card gave two records, and the one with the arXiv id took the paper's place. The sentence
    and its links belong to the paper above it, whether it opens with a verb ("Leverages a ...") or is a noun
    phrase ("Hierarchical reconfiguration enabling ...")."""
    def card(title: str, note: str, arxiv: str) -> str:
        return ('<div class="pub-card">\n  <div class="pub-media"><div class="badge">IROS 2025</div></div>\n'
                f'  <div class="pub-info">\n    <strong>{title}</strong><br>\n'
                '    <em class="meta">A. Okafor, <strong>J. Lind</strong>, D. Moreau — IEEE/RSJ International '
                'Conference on Intelligent Robots and Systems (IROS), 2025</em>\n'
                f'    <span>\n      {note}\n      | <a href="https://arxiv.org/abs/{arxiv}">paper</a>\n'
                '    </span>\n  </div>\n</div>\n\n')
    md = ("## Publications\n\n"
          + card("Adaptive Widget Planning for Robot Navigation",
                 "Leverages a vision-language model to predict planner parameters rather than actions directly.",
                 "2501.01234")
          + card("Decremental Widget Dynamics for Robot Navigation",
                 "Hierarchical dynamic reconfiguration enabling real-time replanning.", "2502.04321"))
    pubs = read_markup("publications.md", md, db, extractor="crf").publications
    assert [(p.title, len(p.authors), p.year, p.ids.get("arxiv")) for p in pubs] == [
        ("Adaptive Widget Planning for Robot Navigation", 3, 2025, "2501.01234"),
        ("Decremental Widget Dynamics for Robot Navigation", 3, 2025, "2502.04321")]


def test_an_author_list_ending_in_a_colon_set_apart_from_the_title_is_the_authors(db):
    """"1. Kazuya Okafor, Yurie Lind and Norihide Moreau:<br>Title,<br>Proc. of ..." (a Japanese lab's list) and
    "- **Rodrigo Lind, Arghavan Okafor:** Title. In: ..." (a project's reading list): the labeller read the names and
    the colon as the title's start, and the paper had no authors. An author list that ends in a colon set apart from
    the title by a line break or its own markup is the authors; a title's own colon in its line is not
    ("Environmental, Social, and Governance Criteria: Why ...")."""
    md = ("## International Conferences\n\n"
          "1. Kazuya Okafor, Yurie Lind and Norihide Moreau:\n"
          "<br>Dialog Breakdown Detection Using Multimodal Widget Features,\n"
          "<br>Proc. of 2022 IEEE 11th Global Conference on Consumer Electronics (GCCE 2022), Oct. 2022.\n"
          "1. Kazuya Okafor, Takuya Kang and Norihide Moreau:\n"
          "<br>Dialog Breakdown Recovery Strategies Based on Widget Personality,\n"
          "<br>Proc. of The 14th International Workshop on Spoken Dialogue Systems Technology (IWSDS2024), "
          "March 2024.\n\n"
          "## Reading\n\n"
          "- **Rodrigo Lind, Arghavan Okafor:**  Towards a Decentralized Widget Privacy Protocol. 1st International "
          "Workshop on Usable Security and Privacy, 2022.\n")
    pubs = read_markup("publication.md", md, db, extractor="crf").publications
    assert [(p.title, [a.split()[-1] for a in p.authors]) for p in pubs] == [
        ("Dialog Breakdown Detection Using Multimodal Widget Features", ["Okafor", "Lind", "Moreau"]),
        ("Dialog Breakdown Recovery Strategies Based on Widget Personality", ["Okafor", "Kang", "Moreau"]),
        ("Towards a Decentralized Widget Privacy Protocol", ["Lind", "Okafor"])]
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair import author_list_before_colon

    own = [Token(w, 0, label="title", span=1) for w in
           "Environmental , Social , and Governance Criteria : Why Investors Are Paying Attention".split()]
    assert author_list_before_colon(own, own) == own


def test_a_collaboration_is_an_author_not_the_venue(db):
    """High-energy physics and astronomy write the collaboration where other fields write the names: "CMS
    Collaboration, <i>JHEP 04 (2015) 124</i>", "M. Lind et al. (IPTA collaboration, including **H. Hu**)" over the
    journal. The labeller read the collaboration as the venue, and the journal after it was lost. It is the author
    when no names are written, a note on them when they are; the venue is the journal."""
    html = ('<h1>Selected Publications</h1>\n'
            '<div class="alert"><a href="https://arxiv.org/abs/1502.06031"><b>Search for widget pair production in '
            'events with two leptons and jets in pp collisions at 8 TeV</b></a><br>\n'
            'CMS Collaboration, <i>JHEP 04 (2015) 124</i>.</div>\n'
            '<div class="alert"><a href="https://arxiv.org/abs/1405.7570"><b>Searches for widget neutralino '
            'production in channels with Higgs, Z, and W bosons in pp collisions at 8 TeV</b></a><br>\n'
            'CMS Collaboration, <i>Phys. Rev. D 90 (2014) 092007</i>.</div>\n')
    pubs = read_markup("publications.html", html, db, extractor="crf").publications
    assert [(p.authors, p.venue.venue.id if p.venue and p.venue.venue else None, p.year) for p in pubs] == [
        (["CMS Collaboration"], "jhep", 2015), (["CMS Collaboration"], "prd", 2014)]
    md = ("### Collaboration papers\n"
          "+   Searching for continuous widget waves in the second data release of the International Pulsar Timing "
          "Array\\\n    M. Lind et al. (IPTA collaboration, including **H. Hu**)\\\n"
          "    *Monthly Notices of the Royal Astronomical Society*, 2023, 521, 5077-5086\n")
    pubs = read_markup("publications.md", md, db, extractor="crf").publications
    assert [(p.authors[:1], p.venue.venue.id if p.venue and p.venue.venue else None) for p in pubs] == [
        (["M. Lind"], "j-monthly-notices-of-the-royal-astronomical-society")]


def test_a_link_that_only_says_what_it_points_to_is_no_venue(db):
    """"*Ecosphere* 9. [Open Access](https://...)" (an ecologist's page), "..., *Mathematische Zeitschrift*, 292(1),
    739-762. <a>Open Access</a>, <a>arXiv</a>." (a mathematician's): the labeller read the link "Open Access" as the
    venue, and the journal before it was lost. A link whose whole text says what it points to, and names no venue,
    is a link; a venue's name as a link's text ("[arXiv](...)") stays a venue."""
    md = ("## Publications\n\n"
          "**Okafor, J. M.**, and N. M. Lind. 2018. Fire-induced change in floral widget abundance, density, and "
          "phenology benefits bumble bee foragers. Ecosphere 9. [Open Access](https://esajournals.onlinelibrary.wiley"
          ".com/doi/full/10.1002/ecs2.2056)\n\n"
          "**Okafor, J. M.**, and B. Kang. 2021. Widget foraging under drought. Ecosphere 12. "
          "[Open Access](https://esajournals.onlinelibrary.wiley.com/doi/full/10.1002/ecs2.3456)\n")
    pubs = read_markup("pubs.md", md, db, extractor="crf").publications
    assert [(p.venue.venue.name if p.venue and p.venue.venue else p.venue_raw, p.year) for p in pubs] == [
        ("Ecosphere", 2018), ("Ecosphere", 2021)]
    assert all("https://esajournals.onlinelibrary.wiley.com" in " ".join(p.urls) for p in pubs)


def test_a_links_words_alone_under_a_paper_are_no_paper_of_their_own(db):
    """"- **Title**  \n  *Journal of Physics: Conference Series, 2019*  \n  [IOP Link](https://iopscience.iop.org/...)"
    (an engineer's page; "[Springer Link]", "[Taylor & Francis Link]" too): the labeller read the link's words as an
    entry of their own, kept as a paper's short name because the link points to a publisher. A short name that is
    only a link's words names no paper."""
    md = ("## Publications\n\n"
          "- **Coupling between axial and torsional vibration modes of a flexible widget**  \n"
          "  *Proceedings of the International Conference on Vibrations in Rotating Machinery, 2020*  \n"
          "  [Taylor & Francis Link](https://www.taylorfrancis.com/chapters/10.1201/9781003132639-21)\n\n"
          "- **Investigation on coupling between disc umbrella mode and shaft bending modes in a widget**  \n"
          "  *Journal of Physics: Conference Series, 2019*  \n"
          "  [IOP Link](https://iopscience.iop.org/issue/1742-6596/1264/1)\n")
    pubs = read_markup("research.md", md, db, extractor="crf").publications
    assert [(p.title is not None, p.year) for p in pubs] == [(True, 2020), (True, 2019)]


def test_a_note_in_brackets_on_how_a_paper_can_be_read_is_no_venue(db):
    """"Title. Toxins, 10 (12), 493. <span>(Open Access)</span> [[Link]](...)" (a food toxicologist's page; an
    epidemiologist's writes "(Enlace - Open Access)"): the labeller read the note in brackets as the venue, and the
    journal before it was lost. A note in brackets that only says how the paper can be read names no venue."""
    md = ("## Research Articles\n\n"
          "4) **MF Okafor***, M De Lind, S Kang (2018).\n"
          "<br>Fungal widgets control Fusarium graminearum and reduce trichothecenes in maize. Toxins, 10 (12), 493. "
          '<span style="color:green">(Open Access)</span> [[Link]](https://www.mdpi.com/2072-6651/10/12/493)\n\n'
          "3) **MF Okafor***, R Moreau, M Reyes (2018).\n"
          "<br>Occurrence of widgets in dried date palm fruits from Egypt. Toxins, 10 (7), 281. "
          '<span style="color:green">(Open Access)</span> [[Link]](https://www.mdpi.com/2072-6651/10/7/281)\n')
    pubs = read_markup("publications.md", md, db, extractor="crf").publications
    assert [(p.venue_raw, p.year) for p in pubs] == [("Toxins", 2018), ("Toxins", 2018)]


def test_has_been_before_a_status_is_no_part_of_the_title(db):
    """"**Widget-DiT: A Dual-Stream Transformer for Widget Generation** has been accepted to CVPR 2026" (a student's
    news-like list): the title ran on to "has been" before the status. The verb before a status is no title word."""
    md = ("## Publications\n\n"
          "- **Widget-DiT: A Dual-Stream Diffusion Transformer for High-Fidelity Widget Generation** has been accepted "
          "to CVPR 2026. Ada Okafor, Jan Lind.\n"
          "- **Exploiting Neural Widget Latents for Adversarial Audio Attacks** has been accepted to ICASSP 2025. "
          "Ada Okafor, Bo Kang.\n")
    pubs = read_markup("index.md", md, db, extractor="crf").publications
    assert [p.title for p in pubs] == ["Widget-DiT: A Dual-Stream Diffusion Transformer for High-Fidelity Widget "
                                       "Generation", "Exploiting Neural Widget Latents for Adversarial Audio Attacks"]


def test_a_journal_or_publisher_after_a_linked_title_is_no_author_list(db):
    """by_names_after_linked_title ends a title at its link when names follow it; words read on with the title that
    are journals the database knows or a publisher's ("Nature Physics, Cell Reports", "Oxford University Press,
    Oxford") are no names, however name-shaped, and the run is left as read. Names are still the authors."""
    from pubnorm.sources.repair.titles import by_names_after_linked_title

    def linked(spec: str) -> list:  # type: ignore[type-arg]
        toks = _toks(spec)
        for t in toks[:4]:
            t.href = "https://doi.org/10.1000/x.1"
        return toks

    for tail in ("Nature/title Physics/title ,/title Cell/title Reports/title",
                 "Oxford/title University/title Press/title ,/title Oxford/title"):
        toks = linked("A/B-title widget/title question/title today/title " + tail)
        assert by_names_after_linked_title(toks, toks, db) == toks
        assert all(t.field == "title" for t in toks)
    toks = linked("A/B-title widget/title question/title today/title Matthew/title Cole/title and/title "
                  "Aravind/title Prakash/title")
    assert [t.text for t in by_names_after_linked_title(toks, toks, db)] == ["A", "widget", "question", "today"]
    assert [t.field for t in toks[4:]] == ["author"] * 5


def test_a_stop_inside_a_styled_title_then_names_ends_the_title():
    """"**A metagrammar of causatives,** Valeria Generalova, Simon Petitjean, in _Proceedings ..._": the title's bold
    span holds its comma, and the labeller read the names after it on as the title's words. The title ends at its
    span and the names are the authors; words after the span that are no list of names are left to the other
    readings (a venue, "written under the supervision of ...")."""
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair import title_to_span_end

    words = ["A", "metagrammar", "of", "causatives", ","]
    toks = [Token(w, 0, bold=True, span=1, label="title") for w in words]
    toks += [Token(w, 0, span=2, label="title") for w in ["Valeria", "Generalova", ",", "Simon", "Petitjean"]]
    toks += [Token(w, 0, span=2, label="other") for w in [",", "in"]]
    toks += [Token(w, 0, italic=True, span=3, label="venue") for w in ["Proceedings", "of", "ALTNLP"]]
    run = title_to_span_end(toks, toks[:10])
    assert [t.text for t in run] == words[:4]
    assert [t.field for t in toks[5:10]] == ["author"] * 5
    toks = [Token(w, 0, bold=True, span=1, label="title") for w in words]
    toks += [Token(w, 0, span=2, label="title") for w in ["written", "under", "the", "supervision", "of", "A", "Lee"]]
    run = title_to_span_end(toks, list(toks))
    assert len(run) == len(toks)  # a stop inside the span, then no list of names: as read
    assert all(t.field == "title" for t in toks)


def test_names_read_on_into_a_title_of_capitalised_words_end_at_the_last_comma():
    """"**Yifei Kang**, Yongduan Song, Yu Song, and Deli Yan, Square-Root Cubature Kalman Filter and Its Application
    to SLAM": the title's first four words are capitalised like a name, so the list read on to them and then found
    no comma before the title; it ends at the last name a comma follows."""
    from pubnorm.sources.repair import names_going_on_into_title

    toks = _toks("Yifei/B-author Kang/author ,/other Yongduan/title Song/title ,/title Yu/title Song/title ,/title "
                 "and/title Deli/title Yan/title ,/title Square-Root/title Cubature/title Kalman/title Filter/title "
                 "and/title Its/title Application/title to/title SLAM/title")
    run = names_going_on_into_title(toks, toks[3:])
    assert [t.text for t in run][:3] == ["Square-Root", "Cubature", "Kalman"]
    assert all(t.field == "author" for t in toks[3:12])
    toks = _toks("Yifei/B-author Kang/author ,/other Yongduan/title Song/title ,/title Deep/title Networks/title "
                 "and/title Their/title Uses/title")
    run = names_going_on_into_title(toks, toks[3:])
    assert run[0].text == "Deep"  # a title of capitalised words with an "and" in it, after one name


def test_an_apa_title_runs_over_its_numbers_and_names_to_its_full_stop():
    """"Okafor, A., & Lind, B. (2019). A Comment on Siew, McCartney, and Vitevitch (2019). *Journal*": after APA's
    date (or status) in brackets, the title runs to its full stop over the names, numbers and years the labeller
    read inside it, when the venue, a link or nothing comes next. An abbreviated journal after a title's stop
    ("... cycles Proc. R. Soc. B"), an article's number after a comma ("..., 108465.") and a title in no date
    slot's reach are left as read."""
    from pubnorm.sources.repair.titles import apa_title

    toks = _toks("Okafor/B-author ,/author A/author ./author ,/author &/author Lind/author ,/author B/author ./author "
                 "(/other 2019/year )/other ./other A/B-title Comment/title on/title Siew/title ,/other "
                 "McCartney/author ,/author and/author Vitevitch/author (/other 2019/year )/other ./other "
                 "Journal/venue of/venue Widgets/venue")
    apa_title(toks)
    assert " ".join(t.text for t in toks if t.field == "title") == \
        "A Comment on Siew , McCartney , and Vitevitch ( 2019 )"
    toks = _toks("Okafor/B-author ,/author A/author ./author (/other under/status review/status )/other ./other "
                 "Drought/B-title displaces/title labour/title in/title 450/volume ,/other 000/volume "
                 "villages/other ./other Link/link")
    toks[14].space_before = toks[15].space_before = False  # "450,000"
    apa_title(toks)
    assert " ".join(t.text for t in toks if t.field == "title") == "Drought displaces labour in 450 , 000 villages"
    spec = ("Okafor/B-author ,/author A/author ./author (/other 2018/year )/other ./other Mangrove/B-title "
            "carbon/title stocks/title ,/other Marine/other Geology/other ,/other 404/volume ,/other 60-70/volume "
            "./other Link/link")
    toks = _toks(spec)
    apa_title(toks)
    assert [t.field for t in toks] == [t.field for t in _toks(spec)]  # a journal and its volume after a comma
    spec = ("Okafor/B-author ,/author A/author ./author (/other 2019/year )/other ./other Widget/B-title "
            "cycles/title in/title primates/title Proc/other ./other R/venue ./venue Soc/venue")
    toks = _toks(spec)
    apa_title(toks)
    assert [t.field for t in toks] == [t.field for t in _toks(spec)]
    spec = ("Okafor/B-author ,/author A/author ./author (/other 2025/year )/other ./other Widget/B-title "
            "monitoring/title in/title Kosovo/title ,/other 108465/volume ./other Link/link")
    toks = _toks(spec)
    apa_title(toks)
    assert [t.field for t in toks] == [t.field for t in _toks(spec)]  # an article's number after a comma
    spec = ("Okafor/B-author ,/author A/author ./author Widget/B-title cycles/title in/title 2019/year ./other "
            "Journal/venue")
    toks = _toks(spec)
    apa_title(toks)
    assert [t.field for t in toks] == [t.field for t in _toks(spec)]


def test_the_sentence_after_an_apa_date_is_the_title_of_an_entry_read_without_one():
    """"Okafor, A. (2023). How close are we to storing data in DNA? Trends in Biotechnology." and "... (under
    review). Material life satisfaction increases climate action. [Link]": the labeller read no title at all (the
    sentence as no field, or run into the venue); the sentence after the date is the title. Not a capitalised last
    word before the stop (a journal: "(2020). Nature Reviews Cancer."), nor what an entry with a title has, nor a
    sentence followed by more words of no field."""
    from pubnorm.sources.repair.titles import apa_untitled

    def title(spec: str) -> str:
        toks = _toks(spec)
        apa_untitled(toks)
        return " ".join(t.text for t in toks if t.field == "title")

    date = "Okafor/B-author ,/author A/author ./author (/other 2023/year )/other ./other "
    assert title(date + "How/other close/other are/other we/other to/other DNA/venue ?/venue Trends/venue "
                 "in/venue Biotechnology/venue ./other") == "How close are we to DNA ?"
    assert title("Okafor/B-author ,/author A/author ./author (/other under/status review/status )/other ./other "
                 "Material/other life/other increases/other climate/other action/other ./other [/link Link/link "
                 "]/link") == "Material life increases climate action"
    assert title(date + "Widget/other cycles/other in/other primates/other ./other") == \
        "Widget cycles in primates"  # nothing after it
    assert title(date + "Nature/venue Reviews/venue Cancer/venue ./other") == ""
    assert title(date + "Widget/other cycles/other in/other primates/other ./other Invited/other talk/other") == ""
    assert title(date + "Widget/title cycles/title ./other In/other the/other wild/other ./other Ibis/venue") == \
        "Widget cycles"
    assert title("Okafor/B-author ,/author A/author ./author Widget/other cycles/other in/other primates/other "
                 "./other Ibis/venue") == ""  # no date in brackets


def test_a_name_written_out_ending_a_title_before_the_author_list_is_the_first_author():
    """Title first, then the authors between commas ("Construction of Linefeed Rules, Masaki Murata, Tomohiro Ohno,
    Shigeki Matsubara, International Journal of ..."): the first name, read as the title's last words, is the first
    author when the list follows the title's run right after its comma. A title's last piece after a comma that is
    no name written out ("..., Part II", "..., with Applications") stays the title's."""
    from pubnorm.sources.repair import first_name_ending_title

    spec = ("Construction/B-title of/title Linefeed/title Rules/title ,/title Masaki/title Murata/title ,/other "
            "Tomohiro/author Ohno/author ,/author Shigeki/author Matsubara/author ,/other Journal/venue")
    toks = _toks(spec)
    run = first_name_ending_title(toks, toks[:7])
    assert [t.text for t in run] == ["Construction", "of", "Linefeed", "Rules"]
    assert [t.field for t in toks[4:7]] == ["author"] * 3
    for tail in ("Part/title II/title", "with/title Applications/title"):
        toks = _toks("Linefeed/B-title Rules/title for/title Lectures/title ,/title " + tail +
                     " ,/other Tomohiro/author Ohno/author ,/other Journal/venue")
        assert len(first_name_ending_title(toks, toks[:7])) == 7


def test_the_italic_name_after_a_quoted_title_is_its_venue():
    """MLA's and Chicago's "“Kant on Animal Consciousness,” *Philosophers’ Imprint*, Vol. 11": in an entry with no
    venue, the italic words right after the quoted title's closing mark are where it appeared, whatever the labeller
    read them as (here the title's last word and names), the apostrophe inside the name too; a part of an italic
    span is not."""
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair.titles import italic_after_title

    def entry(tail_span: int) -> list[Token]:
        toks = [Token(w, 0, label="title") for w in ["Kant", "on", "Animal", "Consciousness", ","]]
        toks.append(Token("”", 0, label="other"))
        toks += [Token("Philosophers", 0, italic=True, span=5, label="title"),
                 Token("’", 0, italic=True, span=5, label="author"),
                 Token("Imprint", 0, italic=True, span=5, label="author")]
        toks += [Token("Vol", 0, italic=tail_span == 5, span=tail_span, label="volume")]
        return toks

    toks = entry(6)
    italic_after_title(toks, toks[:5])
    assert [t.field for t in toks[6:9]] == ["venue", "venue", "venue"]
    toks = entry(5)  # the italic span goes on past the words: not the venue's alone
    italic_after_title(toks, toks[:5])
    assert [t.field for t in toks[6:9]] == ["title", "author", "author"]


def test_a_publisher_after_a_styled_title_or_a_title_first_entry_is_no_author():
    """The readings that take names read on into a title as its authors leave a publisher's name as read: "**A
    Widget History.** Oxford University Press" (a stop inside the bold span, then a name-shaped publisher), and
    "Widget Histories, Oxford University, Ada Lee, ..." (a title's last piece before the author list)."""
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair import first_name_ending_title, title_to_span_end

    toks = [Token(w, 0, bold=True, span=1, label="title") for w in ["A", "Widget", "History", "."]]
    toks += [Token(w, 0, span=2, label="title") for w in ["Oxford", "University", "Press"]]
    title_to_span_end(toks, list(toks))
    assert all(t.field != "author" for t in toks)
    spec = ("Widget/B-title Histories/title of/title Europe/title ,/title Oxford/title University/title ,/other "
            "Tomohiro/author Ohno/author ,/other Journal/venue")
    toks = _toks(spec)
    assert len(first_name_ending_title(toks, toks[:7])) == 7


@needs_model
def test_the_words_saying_a_work_is_a_thesis_give_its_type_and_its_school(db):
    """"PhD thesis, University of Oxford, 2019.", APA's "(Doctoral dissertation, University X). ProQuest ..." and
    "[Master's thesis, X]", IEEE's "Ph.D. dissertation, Dept. of EECS, MIT, Cambridge, MA, 2018.", Vancouver's
    "[dissertation]": every such thesis was written as @misc (the words were read as nothing, and the APA school was
    lost for the database after it). The record says it is a thesis, and its venue is the school."""
    from pubnorm.writers.bibtex import bibtex_entries

    md = ("# Theses\n\n"
          "- J. Okafor. Deep models of cold comets. PhD thesis, University of Oxford, 2019.\n"
          "- Okafor, J. (2016). Tidal heating of icy moons. Master's thesis, Delft University of Technology.\n"
          '- Jane Okafor, "Sparse widgets for fun and profit," Ph.D. dissertation, Dept. of EECS, MIT, Cambridge, MA, '
          "2018.\n"
          "- Okafor, J. A. (2019). *Sleep and memory in older comets* (Doctoral dissertation, University of "
          "Somewhere). ProQuest Dissertations Publishing.\n"
          "- Okafor, J. A. (2017). Sleep spindles and learning [Master's thesis, Somewhere State University].\n"
          "- Okafor J. Comet dust in the inner system [dissertation]. Leiden: Leiden University; 2015.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.entry_type, p.venue_raw) for p in pubs] == [
        ("phdthesis", "University of Oxford"), ("mastersthesis", "Delft University of Technology"),
        ("phdthesis", "Dept. of EECS, MIT, Cambridge, MA"), ("phdthesis", "University of Somewhere"),
        ("mastersthesis", "Somewhere State University"), ("phdthesis", "Leiden University; 2015")]
    entries, _ = bibtex_entries(pubs)
    assert [(etype, dict(fields).get("school")) for etype, _, fields in entries] == [
        ("phdthesis", "University of Oxford"), ("mastersthesis", "Delft University of Technology"),
        ("phdthesis", "Dept. of EECS, MIT, Cambridge, MA"), ("phdthesis", "University of Somewhere"),
        ("mastersthesis", "Somewhere State University"), ("phdthesis", "Leiden University")]
    # a journal of abstracts of theses, the database theses are published in, a journal's paper from a thesis and a
    # paper's award say no such thing
    md = ("- Okafor, J. (2001). Widgets in the wild. *Dissertation Abstracts International*, 62(3), 1-2.\n"
          "- Okafor, J. (2002). Widgets at home. *Journal of Widgets*, 4, 1-9. ProQuest Dissertations Publishing.\n"
          "- Okafor, J. (2003). Widgets at sea. *Nature*, 4, 1-9. (Chapter 2 of my PhD thesis)\n"
          "- Okafor, J. (2004). Widgets in space. *Journal of Widgets*, 5, 1-9. Best Dissertation Award.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [p.entry_type for p in pubs] == [None, None, None, None]
    # in the pages' languages
    md = ("- Okafor, A. (2015). La diffusion des widgets dans les réseaux sociaux en ligne. Thèse de doctorat, "
          "Université de Nulle Part, 2015.\n"
          "- Okafor, A. (2012). Redes de widgets costeiros. Dissertação de mestrado, Universidade Imaginária.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [p.entry_type for p in pubs] == ["phdthesis", "mastersthesis"]
    # a thesis whose school the page does not name stays @misc (BibTeX's @phdthesis requires a school)
    (pub,) = read_markup("p.md", "- Okafor, A. (2021). Teaching at the Widget Works. PhD thesis.\n", db).publications
    assert pub.entry_type is None


def test_a_titles_first_words_after_linked_names_are_the_titles(db):
    """Names each linked to a homepage, then the title on a line of its own, then the journal: the labeller read the
    title's first words as no field ("Permutations with" + "orders coprime ...", "Roots" + "of unity ..."), and the
    title lost them (title_first_word looked back over one small word only, and not at all before "of")."""
    md = """## Publications

- [A. Okafor](https://x.org/okafor),
[B. Lind](https://x.org/lind),
and [C. Moreau](https://x.org/moreau),
Permutations with orders coprime to a given integer,
*Electron. J. Combin.* **27**(1) (2020), #P1.6.
[arXiv](https://arxiv.org/abs/1807.00001) |
[DOI](https://doi.org/10.37236/0001)

- [D. Varga](https://x.org/varga),
[A. Okafor](https://x.org/okafor),
Roots of unity and unreasonable differentiation,
*Archiv der Mathematik* **113**(4) (2019), 367--371.
[arXiv](https://arxiv.org/abs/1901.00002) |
[DOI](https://doi.org/10.1007/s00013-019-00002-5)
"""
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [p.title for p in pubs] == ["Permutations with orders coprime to a given integer",
                                       "Roots of unity and unreasonable differentiation"]


def test_a_line_between_the_authors_and_the_venue_is_the_title_of_an_untitled_entry(db):
    """One linked author, then the title on a line of its own, then the journal in italics: the labeller read the
    title line as no field, and the paper, with no title, was lost (repair.untitled_line)."""
    md = """## Publications

+ [A. Okafor](https://x.org/okafor),
Classifying uniformly generated groups,
*Commun. Algebra* **48** (2020), 101--104.
[arXiv](https://arxiv.org/abs/1901.00003) |
[DOI](https://doi.org/10.1080/00927872.2019.0000001)

+ [A. Okafor](https://x.org/okafor),
Worms by number and their generating functions,
*Bull. Aust. Math. Soc.* **91** (2015), 1--10.
"""
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.year) for p in pubs] == [("Classifying uniformly generated groups", 2020),
                                                 ("Worms by number and their generating functions", 2015)]


def test_a_question_title_with_species_in_brackets_is_one_title(db):
    """"Did ... large felids (*Panthera atrox* and *Smilodon fatalis*) change in size ...?": the labeller read the
    species as a venue and the words after the bracket as a second title; the species were joined to the first
    part only when plain words followed them, so the paper was lost."""
    md = """## Publications

- Okafor, M., Lind, D.R., and Moreau, A. 2011. Did the large felids of the tar pits (*Panthera atrox* and *Smilodon fatalis*) change in size or shape during the late Pleistocene? New Mexico Museum of Natural History Bulletin 53:554-563.
"""  # noqa: E501
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [p.title for p in pubs] == ["Did the large felids of the tar pits (Panthera atrox and Smilodon fatalis) "
                                       "change in size or shape during the late Pleistocene?"]


def test_one_name_and_et_al_after_a_bracketed_list_number_are_the_authors():
    """IEEE references numbered "[1] R. Parracho et al., "Title", in ...": one name and "et al." the labeller read
    as no field were read as the authors only after a separator, not after the line's list number, so the paper had
    no authors (two pages: an oceanographer's and a data scientist's)."""
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair.authors import name_et_al

    words = ["[", "1", "]", "R", ".", "Parracho", "et", "al", ".", ",", "\u201c", "Leveraging", "Models", "\u201d"]
    toks = [Token(w, 0, label="title" if w in ("Leveraging", "Models") else "other") for w in words]
    toks[0].label = "B-other"
    name_et_al(toks)
    assert [t.field for t in toks[3:9]] == ["author"] * 6 and toks[0].field == "other"
    # after a word of the line that is no list number, the name is no author list's start
    toks = [Token(w, 0, label="other") for w in ["work", "by", "R", ".", "Parracho", "et", "al", "."]]
    name_et_al(toks)
    assert all(t.field == "other" for t in toks)


def test_a_linked_title_ends_with_its_link_before_in_and_the_journal(db):
    """"[Title](url) in the Financial Analysts Journal.": the title ran on past the link over "in" into the
    journal's name; the link's text is the title (title_past_link went on only over a bracket or a separator)."""
    md = """### Publications
* [Choices Matter When Training Widget Models for Return Prediction](https://doi.org/10.1080/0015198X.2024.0000001) in the Financial Analysts Journal. [SSRN Link](https://papers.ssrn.com/sol3/papers.cfm?abstract_id=1)
* [The Term Structure of Widget Alpha](https://doi.org/10.3905/jfds.2023.1.000) with David Blitz and Tobias Hoog in the Journal of Financial Data Science.
"""  # noqa: E501
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert pubs[0].title == "Choices Matter When Training Widget Models for Return Prediction"
    assert pubs[1].title == "The Term Structure of Widget Alpha"


def test_a_single_quoted_title_ends_at_its_closing_quote(db):
    """British humanities style, "'Title', Journal, 28 (1987), 193-203.": a single quote is also an apostrophe, so a
    title opened by one was never ended by one; the journal ran into the title (a historian's page: 17 of 44 found).
    The quote that a comma, full stop or semicolon follows ends it; a quoted phrase before a colon opens a title."""
    html = """<h4>Intellectual History</h4>
<p>'The chronology of John of Salisbury's studies in Paris', Studi Medievali, 3 ser. 28 (1987), 193-203.</p>
<p>'Roger de Montbegon and his family', Transactions of the Historical Society of Lancashire, 144 (1994), 181-5.</p>
<p>‘Fear Thy Neighbor’: Paranoia and Suburban Victimhood in Film, Journal of Widget Studies, 12 (2019), 1-20.</p>
"""
    pubs = read_markup("p.html", html, db, html=True, extractor="crf").publications
    assert [(p.title, p.year) for p in pubs] == [
        ("The chronology of John of Salisbury's studies in Paris", 1987), ("Roger de Montbegon and his family", 1994),
        ("‘Fear Thy Neighbor’: Paranoia and Suburban Victimhood in Film", 2019)]


@needs_model
def test_an_entry_opening_with_a_quoted_phrase_and_a_comma_has_it_as_its_title(db):
    """Humanities chapters written '“Title,” forthcoming in Editors (eds.) *Book*': the labeller read a short quoted
    title ("Animals & Objectivity") as a venue and the book's title after it as the paper's; the quoted words are
    the title, the book in italics is where it appears."""
    md = ("# Book Chapters\n\n"
          "- “Animals & Objectivity,” forthcoming in Ada Lind, Bo Okafor\n(eds.) *Kant on Animals*. Oxford: Oxford "
          "University Press.\n"
          "- “Intuition & Presence,” forthcoming in Cy Moreau, Di Varga\n  (eds), *Kant and the Philosophy of Mind*. "
          "Oxford: Oxford University Press.\n"
          "- “Space, Time & Sense,” forthcoming in Ed Lind (ed.) *Kant on Sensibility*. Oxford: Oxford University "
          "Press.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [p.title for p in pubs] == ["Animals & Objectivity", "Intuition & Presence", "Space, Time & Sense"]


def test_a_quoted_title_read_as_a_venue_keeps_its_inner_commas():
    """'“Space, Time & Sense,” forthcoming in ... *Kant on Sensibility*': the title's own comma is the title's (it
    was left as the labeller read it, so the title came out cut at it); the comma that closes it inside the quotes
    is not."""
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair.titles import quoted_title_first

    toks = [Token("“", 0, label="B-other"), Token("Space", 0, label="venue"), Token(",", 0, label="other"),
            Token("Time", 0, label="venue"), Token("&", 0, label="venue"), Token("Sense", 0, label="venue"),
            Token(",", 0, label="other"), Token("”", 0, label="other"), Token("forthcoming", 0, label="other"),
            Token("in", 0, label="other"), Token("Kant", 0, label="B-title", italic=True),
            Token("on", 0, label="title", italic=True), Token("Sensibility", 0, label="title", italic=True)]
    quoted_title_first(toks)
    assert [t.label for t in toks] == ["B-other", "B-title", "title", "title", "title", "title", "other", "other",
                                       "other", "other", "venue", "venue", "venue"]


@needs_model
def test_names_opening_a_line_before_a_bracketed_year_are_the_authors(db):
    """APA's order, "Ada Lind and Bo Okafor. (2023) [“Title”](url), _Journal_": the labeller read a line's names as
    a venue (the owner's name alone most often), so the entry did not start there, ran into the one before it, and
    its title was lost; names right before "(YEAR)" with the title after it are the author list."""
    md = ("Ada Lind, Bo Okafor, and Cy Moreau. (2023) [“Rules of the Workfare State: Evidence from Sixteen "
          "Countries”](https://example.org/a.pdf), _Socio-Economic Review_, 21(4): 2137–2166.\n"
          "-Winner of the [2024 Best Article Prize](https://example.org/prize) for the best paper in _Socio-Economic "
          "Review_ <br>\n\n"
          "Ada Lind and Di Varga. (2023) [“Do Public Hearings Reduce Blame? The Role of Gender”](https://example.org/"
          "b.pdf), _Political Behavior_, 45: 1121–1142.\n\n"
          "Ada Lind. (2022) [“Input from Whom? Public Reactions to Consultation”](https://example.org/c.pdf), "
          "_Political Studies_, 70(2): 281-303.\n")
    pubs = read_markup("publications.md", md, db, extractor="crf").publications
    assert [(p.title, p.authors[:1], p.year) for p in pubs] == [
        ("Rules of the Workfare State: Evidence from Sixteen Countries", ["Ada Lind"], 2023),
        ("Do Public Hearings Reduce Blame? The Role of Gender", ["Ada Lind"], 2023),
        ("Input from Whom? Public Reactions to Consultation", ["Ada Lind"], 2022)]


@needs_model
def test_words_between_by_and_the_author_list_are_its_first_name(db):
    """"[Title](pdf) by Michael Gauthier, Adrien Guille.": the labeller read "Michael" as no field, the rest as the
    author list, which then read as one name written surname first ("Gauthier, Adrien Guille")."""
    md = ("- [Age Differences in Greeting: A Corpus Study of Widgets](publications/w.pdf) by Michael Lindqvist, "
          "Adrien Okafor. *Advances in Widget Research, Pragmatics & Beyond*, 2017\n")
    (pub,) = read_markup("p.md", md, db, extractor="crf").publications
    assert pub.authors == ["Michael Lindqvist", "Adrien Okafor"]


@needs_model
def test_a_titles_tail_after_its_own_in_is_no_venue_when_the_venue_follows(db):
    """"... Common Widget Tasks in Translational Psychiatry. Current Behavioral Neuroscience Reports. 2021.": the
    title's last words after its "in" were read as the venue, on into the real one; the title was cut at "in". The
    same before a venue of its own ("in VR, In Proceedings of ..."). A venue written whole after "in" ("in J. Chem.
    Phys.") stays the venue."""
    md = ("- Pike, A.C., Lowther, M. & Robinson, O.J. The Importance of Common Widget Tasks in Translational "
          "Psychiatry. Current Behavioral Neuroscience Reports. 2021.\n"
          "- **Okafor, D.M.**, J.A. Lind, and C.J. Moreau. 2015. widgetr: Probabilistic Widget Co-occurrence Analysis "
          "in R. J. Stat. Soft. [Link to paper](https://www.jstatsoft.org/article/view/v069c02)\n"
          "- A. Okafor and B. Lind. Widget dynamics of water clusters in J. Chem. Phys. 2020, 152, 1-10.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [p.title for p in pubs] == [
        "The Importance of Common Widget Tasks in Translational Psychiatry",
        "widgetr: Probabilistic Widget Co-occurrence Analysis in R", "Widget dynamics of water clusters"]
    assert pubs[0].venue_raw.startswith("Current Behavioral") and pubs[2].venue_raw.startswith("J. Chem. Phys.")
    html = ("<html><body><h2>Publications</h2><ul>\n<li>C. Okafor, S. Lind, J. Moreau (2008): Widget Parameters for "
            "Cable Simulation in VR, In Proceedings of the 5. Workshop Virtual and Augmented Reality (GI), Magdeburg, "
            "Germany, 2008</li>\n</ul></body></html>\n")
    (pub,) = read_markup("p.html", html, db, html=True, extractor="crf").publications
    assert pub.title == "Widget Parameters for Cable Simulation in VR" and pub.venue_raw.startswith("Proceedings")


@needs_model
def test_a_main_title_before_its_subtitle_is_no_venue_in_an_entry_without_authors(db):
    """A humanities scholar's own works, listed with no author: "Main Title. Subtitle. Publisher, Year". The main
    title was read as a venue (the labeller's venue-first reading, "ICML 2024. Title") and the title began at the
    subtitle; the record named "The Future of Widgets" its publisher. It is the title's start when it opens the
    entry, holds no digit, is no venue the database knows, and a venue, a publisher or a year follows the title;
    a title of two sentences so made is a citation's, not running text. A venue the database knows stays one."""
    page = ("# Publications\n\n"
            "- The Future of Widgets. Secrecy, Energy Infrastructure and the Remaking of a Northern Frontier Town. "
            "Cornell University Press, 2025\n"
            "- Politics of Gadgets. Repair and Recovery in a Post-crisis Harbour (Bloomsbury, 2020)\n"
            "- Garbography: Waste Matter as Asemic Writing. Journal of Material Culture, 2022\n")
    titles = [p.title for p in read_markup("p.md", page, db, extractor="crf").publications]
    assert titles == ["The Future of Widgets. Secrecy, Energy Infrastructure and the Remaking of a Northern Frontier "
                      "Town", "Politics of Gadgets. Repair and Recovery in a Post-crisis Harbour",
                      "Garbography: Waste Matter as Asemic Writing"]
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair import main_title_read_as_venue

    def toks(*pairs: tuple[str, str]) -> list[Token]:
        return [Token(text, line=1, label=label) for text, label in pairs]

    known = toks(("Nature", "venue"), (".", "other"), ("Widget", "title"), ("Waves", "title"), ("2020", "year"))
    assert main_title_read_as_venue(known, known[2:4], db) == known[2:4]  # a journal the database knows
    authored = toks(("Lee", "author"), ("Widgets", "venue"), (".", "other"), ("Waves", "title"), ("2020", "year"))
    assert main_title_read_as_venue(authored, authored[3:4], db) == authored[3:4]  # an author: a citation's venue


_BR = "    \n"  # Markdown's hard line break: spaces at a line's end
PAGE_OF_ONE_LAYOUT = "---\nlayout: page\ntitle: Research\n---\n\n**Academic Articles**\n\n" + "\n".join(
    f"{n}\\. {title},{_BR}**{journal}** ({year}){_BR}{names}[PDF](papers/{n}.pdf)\n"
    for n, (title, journal, year, names) in enumerate([
        ("Widget Ethics and the Limits of Consent", "Journal of Applied Widgetry", 2025, "with Ana Lind "),
        ("Resolute and Correlated Gadgets", "Widget Philosophy Quarterly", 2025,
         "with Bo Roe, Cy Mendez, and Dee Okafor "),
        ("On the Epistemic Value of Sprockets", "Oxford Studies in Gadgetry", 2024, "with Ana Lind "),
        ("Algorithmic Fairness and Widget Resentment", "Studies in Widget Philosophy", 2023, "with Ana Lind "),
        ("How Gadgets Can Learn from the Law", "Nature Widget Medicine", 2023,
         "with Bo Roe, Cy Mendez, and Eve Tanaka "),
        ("Approximate Coherentism and Sprockets", "Philosophy of Widgets", 2022, ""),
        ("Moral Obligation and Gadget Risk", "Oxford Studies in Normative Widgetry", 2021, "with Ana Lind "),
        ("Normativity and Noisy Widget Evidence", "The British Journal for the Philosophy of Widgets", 2021,
         "with Bo Roe and Cy Mendez ")], start=1))


@needs_model
def test_entries_of_one_layout_read_their_parts_alike(db):
    """A philosopher's list: "N\\. Title," over "**Journal** (year)" over "with co-authors [PDF]". The labeller read
    one title as names (the paper was lost), three journals into their titles, one title as the venue and its
    journal as the title: read one entry at a time, each can be misread; most of the page's entries read the three
    parts as title, venue and authors, so each entry of that layout (or one that begins it: no co-authors) does."""
    pubs = read_markup("research.md", PAGE_OF_ONE_LAYOUT, db, extractor="crf").publications
    assert [(p.title, p.venue_raw, p.year) for p in pubs] == [
        ("Widget Ethics and the Limits of Consent", "Journal of Applied Widgetry", 2025),
        ("Resolute and Correlated Gadgets", "Widget Philosophy Quarterly", 2025),
        ("On the Epistemic Value of Sprockets", "Oxford Studies in Gadgetry", 2024),
        ("Algorithmic Fairness and Widget Resentment", "Studies in Widget Philosophy", 2023),
        ("How Gadgets Can Learn from the Law", "Nature Widget Medicine", 2023),
        ("Approximate Coherentism and Sprockets", "Philosophy of Widgets", 2022),
        ("Moral Obligation and Gadget Risk", "Oxford Studies in Normative Widgetry", 2021),
        ("Normativity and Noisy Widget Evidence", "The British Journal for the Philosophy of Widgets", 2021)]
    assert pubs[1].authors == ["Bo Roe", "Cy Mendez", "Dee Okafor"]
    assert pubs[7].authors == ["Bo Roe", "Cy Mendez"]


def _entry(*parts: tuple[str, str, bool], line: int = 0) -> list:  # type: ignore[type-arg]
    """An entry's tokens: (words, label, bold) per part, one line each."""
    from pubnorm.sources.features import Token

    return [Token(w, line + i, bold=bold, label=("B-" if i == j == 0 else "") + label)
            for i, (words, label, bold) in enumerate(parts) for j, w in enumerate(words.split())]


def test_the_layout_vote_reads_a_part_as_most_entries_of_its_layout_do():
    """Unit: four entries of two parts (a plain title line over a bold venue line) read right and one with the two
    swapped; a part read as names, then the title, keeps its reading, a title's tail read as names does not; a
    layout of fewer than four entries is not voted on."""
    from pubnorm.sources.repair.page import layout_vote

    right = [_entry(("A Title Here", "title", False), ("Journal Of X", "venue", True), line=2 * k) for k in range(4)]
    swapped = _entry(("Swapped Title Words", "venue", False), ("Some Journal", "title", True), line=8)
    mixed = _entry(("Ann Lee Mixed Title", "title", False), ("Other Journal", "venue", True), line=10)
    mixed[0].relabel("author")
    mixed[1].relabel("author")
    tail = _entry(("Galaxies at z 2.4", "title", False), ("Astro Journal", "venue", True), line=12)
    tail[3].relabel("author")
    out = layout_vote([*right, swapped, mixed, tail])
    assert len(out) == 7
    assert [t.field for t in swapped] == ["title"] * 3 + ["venue"] * 2
    # names before the title keep their reading; a title's tail read as names is the title's
    assert [t.field for t in mixed] == ["author", "author", "title", "title", "venue", "venue"]
    assert [t.field for t in tail] == ["title"] * 4 + ["venue"] * 2
    few = [_entry(("A Title Here", "title", False), ("Journal Of X", "venue", True), line=2 * k) for k in range(2)]
    odd = _entry(("Swapped Title Words", "venue", False), ("Some Journal", "title", True), line=4)
    layout_vote([*few, odd])
    assert [t.field for t in odd] == ["venue"] * 3 + ["title"] * 2


def test_the_layout_vote_joins_an_entry_cut_before_its_last_line():
    """Unit: entries of three lines (title, bold venue, co-authors); one was cut before its co-authors' line (the
    labeller saw an entry start at "with"). Together they take the page's layout: one entry again, its names read
    as the names of that line in the others."""
    from pubnorm.sources.repair.page import layout_vote

    def three(k: int) -> list:  # type: ignore[type-arg]
        toks = _entry(("A Title Here", "title", False), ("Journal Of X", "venue", True),
                      ("with Ann Lee", "author", False), line=3 * k)
        toks[-3].relabel("other")  # "with"
        return toks

    head = _entry(("Cut Title Here", "title", False), ("Journal Of Y", "venue", True), line=12)
    tail = _entry(("with Bo Roe", "title", False), line=14)
    tail[0].label = "B-other"
    out = layout_vote([three(0), three(1), three(2), three(3), head, tail])
    assert len(out) == 5 and out[-1] == [*head, *tail]
    assert [t.field for t in tail] == ["other", "author", "author"]
    assert not tail[0].label.startswith("B-")


def test_a_dash_read_with_the_title_before_the_venue_the_labeller_read_is_no_part_of_it(db):
    """"Variable widget buffers using importance maps - EG Short 2017" with "EG Short" read as the venue: the title
    kept the spaced dash before it ("... maps -"). A dash that is the title's own word, or not spaced, stays."""
    from pubnorm.sources.features import Token
    from pubnorm.sources.repair import titles

    def row(dash: str, space: bool) -> list[Token]:
        words = "Variable widget buffers using importance maps".split()
        return [Token(w, 0, label="B-title" if k == 0 else "title") for k, w in enumerate(words)] + [
            Token(dash, 0, label="title", space_before=space), Token("EG", 0, label="venue"),
            Token("Short", 0, label="venue"), Token("2017", 0, label="year")]

    toks = row("-", True)
    run = titles.dash_venue_after_title(toks, toks[:7], db)
    assert [t.text for t in run][-1] == "maps" and toks[6].label == "other"
    toks = row("-", False)  # "maps- EG Short": no spaced dash
    assert titles.dash_venue_after_title(toks, toks[:7], db) == toks[:7] and toks[6].label == "title"


@needs_model
def test_words_saying_where_a_linked_title_was_presented_end_the_title(db):
    """"[Title](doi) Presented at the [ISAV 2018 Workshop](url), held in conjunction with SC 18" (a software project's
    papers, in reStructuredText): the title was read on past its link into "Presented", and the paper had no venue or
    the word as its venue. The title is the link's text; the words from "Presented at" on are the venue."""
    md = ("## Publications\n\n"
          "- [Automated in situ steering of widget simulations](https://doi.org/10.1145/3490138.3490144) Presented at "
          "the [WDGT 2021 Workshop](https://example.org/wdgt2021/), held in conjunction with SC 21, on November 14th "
          "2021 in St. Louis, MO.\n"
          "- [PaWidget: A power-adaptive framework for widget visualization algorithms](https://example.org/1366964) "
          "Presented at the [EGPGV 2017 Symposium](https://example.org/egpgv2017/), held in conjunction with "
          "EuroVis 2017, on June 12th 2017 in Barcelona, Spain.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [p.title for p in pubs] == ["Automated in situ steering of widget simulations",
                                       "PaWidget: A power-adaptive framework for widget visualization algorithms"]
    assert [p.venue_raw for p in pubs] == ["the WDGT 2021 Workshop", "Presented at the EGPGV 2017 Symposium"]


@needs_model
def test_a_venue_element_read_as_names_is_the_venue_when_the_authors_element_is_named_apart(db):
    """'<h3>Title</h3><p class="paper__venue">Remote Sensing</p><p class="paper__authors">G. R. Moncrieff</p>' (a
    Quarto page's raw HTML cards): the labeller read the venue's words as the first authors; the page names its
    authors' element apart, so they are the venue."""
    cards = "".join(
        f'<div class="row"><span class="row__date">{year}</span><div class="row__main">\n<h3>{title}</h3>\n'
        f'<p class="paper__venue">{venue}</p>\n<p class="paper__authors">{authors}</p>\n</div></div>\n'
        for year, title, venue, authors in [
            (2022, "Continuous widget cover change detection in a critically endangered shrubland using neural "
                   "networks", "Remote Sensing", "G. R. Okafor, J. Lind"),
            (2025, "Global extent and change in widget modification of terrestrial ecosystems from 1990 to 2022",
             "Scientific Data", "D. M. Theo, J. R. Oak, <em>G. Okafor</em>, M. Voigt")])
    html = f'<h1>Papers</h1><section><h2>Papers</h2><div class="rows">\n{cards}</div></section>\n'
    pubs = read_markup("papers.html", html, db, html=True, extractor="crf").publications
    assert [(p.venue_raw, p.authors[0]) for p in pubs] == [("Remote Sensing", "G. R. Okafor"),
                                                          ("Scientific Data", "D. M. Theo")]


@needs_model
def test_an_apa_dissertations_italic_title_among_articles_italic_journals_stays_its_title(db):
    """APA references, each "Authors (Year). Title. *Journal*, vol(no), pages." and one dissertation "Lee, A. (2018).
    *Title* (Doctoral dissertation). Retrieved from ProQuest Dissertations and Theses.": the page's layout vote read
    the dissertation's italics as a venue, as the articles' are, and "Retrieved from ..." was its title. A vote that
    gives no part to the title leaves an entry's only title be, and "Retrieved from" opens no title."""
    refs = [f"Rosen, J. M., & Lind, A. ({2014 + k}). {t}. *Journal of Widget Research*, {k + 3}({k + 1}), 1-{k + 20}."
            for k, t in enumerate(["A person-in-context approach to widget engagement in science",
                                   "Strategies and impact of widget media for teacher community",
                                   "Widget learning in chemistry education: a virtual classroom",
                                   "Four studies of the academic widget search in science education"])]
    refs.append("Rosen, J. M. (2018). *Understanding work with widget data in summer STEM programs: An experience "
                "sampling method approach* (Doctoral dissertation). Retrieved from ProQuest Dissertations and Theses.")
    md = "## Publications\n\n" + "\n\n".join(refs) + "\n"
    pubs = read_markup("cv.md", md, db, extractor="crf").publications
    assert [p.title for p in pubs][-1] == ("Understanding work with widget data in summer STEM programs: An "
                                           "experience sampling method approach")
    assert len(pubs) == 5 and all(p.venue_raw == "Journal of Widget Research" for p in pubs[:4])


@needs_model
def test_a_year_inside_an_address_written_out_as_text_is_not_the_papers_year(db):
    """"Surname, A. and Surname, B. Title. Journal. [https://www.biorxiv.org/content/10.1101/2022.06.15.496321v1]":
    an address or a DOI written out as text (no link) is cut into tokens at its stops and slashes, and a number in
    it was read as the paper's year (2022 from a DOI's date, 2021 from another DOI). A page that gives no year
    leaves the year unknown; a year the entry writes apart is kept."""
    md = ("## Journal Articles\n\n"
          "<ol>\n"
          "<li> Okafor, E., Lind, H. and Moreau, J. Single cell maps of hepatic zonation in mice. Toxicological "
          "Sciences.\n[https://www.biorxiv.org/content/10.1101/2022.06.15.496321v1.full]\n</li>\n"
          "<li> Ito, R., Kerr, D. P. and Moreau, J. A comparative study of two-sample tests for censored data. Journal "
          "of Statistical Computation and Simulation. [https://www.tandfonline.com/doi/full/10.1080/00949655.2021."
          "1955884]\n</li>\n"
          "<li> Dowek, G. and Moreau, J. Robust estimation under measurement error. Biometrics (2019). doi: "
          "10.1111/biom.2020.13044\n</li>\n"
          "</ol>\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.year) for p in pubs] == [
        ("Single cell maps of hepatic zonation in mice", None),
        ("A comparative study of two-sample tests for censored data", None),
        ("Robust estimation under measurement error", 2019)]
    assert [p.venue_raw for p in pubs] == ["Toxicological Sciences", "Journal of Statistical Computation and "
                                           "Simulation", "Biometrics"]


@needs_model
def test_a_doi_written_out_under_a_title_is_a_papers_as_its_link_would_be(db):
    """"### Title" over "https://doi.org/10.1016/..." or "doi: 10.1038/...", written as text and not as a link: the
    address's tokens are a link's (written_urls), and an entry that writes out a paper's address is a paper's, as one
    that links to it is (the titles were dropped as headings with no evidence of a paper)."""
    md = ("## Publications\n\n### Counting widgets in sparse graphs\n\nhttps://doi.org/10.1016/j.widg.2020.101315\n\n"
          "### Tidal heating of icy moons\n\ndoi: 10.1038/s41550-021-01234-5\n\n### Teaching\n\n### Contact\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.year) for p in pubs] == [("Counting widgets in sparse graphs", None),
                                                 ("Tidal heating of icy moons", None)]


@needs_model
def test_an_address_written_out_ends_where_a_links_text_opens_after_it(db):
    """AsciiDoc's "http://arxiv.org/pdf/1205.5494.pdf[Title words]" (a link macro the reader leaves as text): the
    address ends at the bracket that opens the link's text; the title's first word was read as part of it."""
    md = ("== Conference Papers\n\n"
          "Jesse Lind, Albert Okafor.\n"
          "http://arxiv.org/pdf/1205.5494.pdf[Efficient data stream classification via adaptive windows]. _ACM "
          "Symposium on Applied Computing_. 2013.\n\n"
          "Jesse Lind, Luca Moreau.\n"
          "link:https://example.org/papers/mcc.pdf[Efficient Monte Carlo optimization for classifier chains]. "
          "_ICASSP_. 2013.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.year) for p in pubs] == [
        ("Efficient data stream classification via adaptive windows", 2013),
        ("Efficient Monte Carlo optimization for classifier chains", 2013)]


@needs_model
def test_a_journal_named_by_a_common_word_as_the_text_of_the_papers_doi_link_is_its_venue(db):
    """"### Title" over "<small>Authors (2022), [Viruses](https://doi.org/...)</small>": after the title and the
    authors, the text of the paper's own DOI link is where it appeared, a journal named by one common word too (the
    link was read as a link word and the paper had no venue). A link to elsewhere keeps its reading."""
    md = ("## 2022\n\n"
          "### Phage diving: an exploration of shark epidermal viromes\n"
          "<small>Ryan D Okafor, Emma N Lind, Lisa Moreau (2022), [Viruses](https://doi.org/10.3390/v14091969)</small>\n\n"
          "### Single-cell expression links infection and serotonin\n"
          "<small>Alyce M Ito, Robert Kerr, Damien J Dowek (2022), [Gut](https://doi.org/10.1136/gutjnl-2022-328137)"
          "</small>\n\n"
          "### A pipeline for simulating viral integration data\n"
          "<small>Lisa Moreau, Emma N Lind (2022), [Gut](https://example.org/gallery)</small>\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.year, p.venue.venue.id if p.venue and p.venue.venue else None) for p in pubs] == [
        ("Phage diving: an exploration of shark epidermal viromes", 2022, "j-viruses"),
        ("Single-cell expression links infection and serotonin", 2022, "j-gut"),
        ("A pipeline for simulating viral integration data", 2022, None)]


def test_a_bluebook_citation_is_labelled_by_its_grammar_whatever_the_labeller_read():
    """"Jane Doe & John Roe, Widgets and the Commerce Power, 12 Yale L.J. 1, 9 (2020)": names, title, volume,
    journal, first page and pin cite, year; the labeller read the names on into the title and the journal as names.
    A citation without the volume before the journal is left as the labeller read it."""
    from pubnorm.sources.repair import fields

    toks = _toks("Jane/B-author Doe/author &/author John/author Roe/author ,/author Widgets/author and/title "
                 "the/title Commerce/title Power/title ,/title 12/title Yale/author L/author ./other J/author "
                 "./other 1/volume ,/other 9/volume (/other 2020/year )/other ./other")
    fields.bluebook_citation(toks)
    assert " ".join(t.label for t in toks) == (
        "B-author author author author author other title title title title title other volume venue venue venue "
        "venue venue volume other volume other year other other")
    assert _left_as_read(fields.bluebook_citation, "Doe/B-author ,/author J/author ./author (/other 2020/year )/other "
                         "./other Widgets/title ./other Yale/venue Law/venue Journal/venue ,/other 12/volume ,/other "
                         "1/volume ./other")


def _left_as_read(repair, spec: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether a repair leaves the labels of the tokens of `spec` (see _toks) as they were."""
    toks = _toks(spec)
    before = [t.label for t in toks]
    repair(toks)
    return [t.label for t in toks] == before


def test_a_title_read_on_as_names_after_initials_that_end_the_names_is_the_title():
    """ABNT: "OKAFOR , A . ; PARK , J . Title words . **Journal**": no title was read. Names written initials first
    ("A. Okafor, J. Park. Title") and entries that have a title are left as read."""
    from pubnorm.sources.repair import fields

    toks = _toks("OKAFOR/B-author ,/author A/author ./author ;/author PARK/author ,/author J/author ./author "
                 "Widgets/author e/other trabalho/other ./other Revista/venue Widgets/venue ,/other 2020/year ./other")
    fields.title_after_initials(toks)
    assert [t.text for t in toks if t.field == "title"] == ["Widgets", "e", "trabalho"]
    assert [t.label for t in toks[:9]] == ["B-author", "author", "author", "author", "other", "author", "author",
                                           "author", "author"]
    assert _left_as_read(fields.title_after_initials, "A/B-author ./author Okafor/author ,/author J/author ./author "
                         "Park/author ./other Widgets/author e/other trabalho/other ./other Revista/venue ,/other "
                         "2020/year")


def test_an_email_address_written_as_text_is_no_field_of_an_entry():
    """A profile's header "**liuxuebo@hit.edu.cn**" over the list: the address's last part, "cn", was read as a
    venue (Computer Networks) and the header as a paper. Its tokens are a link's; "Workshop@NeurIPS" (no dot after
    the host) is a workshop's name."""
    from pubnorm.sources import repair

    toks = _toks("Associate/B-title Professor/title liu/title @/other hit/venue ./venue edu/venue ./venue cn/venue")
    for k in (3, 4, 5, 6, 7, 8):
        toks[k].space_before = False
    repair.block(toks)
    assert [t.field for t in toks[2:]] == ["link", "other", "link", "link", "link", "link", "link"]
    host = _toks("Widgets/B-title ./other Workshop/venue @/venue NeurIPS/venue")
    host[3].space_before = host[4].space_before = False
    repair.block(host)
    assert [t.field for t in host[2:]] == ["venue"] * 3


def test_r_and_r_is_a_status_not_two_initials():
    """"(with Bo Lind), R&R at *American Economic Review*": "R & R" was read as a name's initials, "at" with them,
    and the paper was a published one with an author "R&R at"."""
    from pubnorm.sources.repair import fields

    toks = _toks("Widgets/B-title ,/other R/author &/author R/author at/author American/venue Economic/venue "
                 "Review/venue")
    toks[3].space_before = toks[4].space_before = False
    fields.revise_and_resubmit(toks)
    assert [t.field for t in toks] == ["title", "other", "status", "status", "status", "other", "venue", "venue",
                                       "venue"]
    assert _left_as_read(fields.revise_and_resubmit, "Lee/B-author ,/author R/author ./author &/author Kim/author")


@needs_model
def test_a_bold_title_is_all_of_its_bold_words(db):
    """"<strong>High-throughput sorting of live <em>C. elegans </em>embryos.</strong> [PDF] <br> <em>Nat
    Protoc</em> (2012) <br> names": a title set in bold with a genus abbreviated in italics inside it was cut before
    the genus (the rest read as no field). The bold words are the title when the venue stands outside them; the
    italic journal after them stays the venue, and a title opening with a journal's name ("Plant Cell Shape: ...")
    stays whole."""
    def entry(title: str, venue: str, year: int, names: str) -> str:
        return (f'<p><strong>{title}</strong> <a href="x.pdf">[PDF]</a>\n<br>\n<em>{venue}</em> ({year})\n<br>\n'
                f'{names}</p>\n\n')
    html = ('<html><body><h2>Publications</h2>\n'
            + entry("Plant Cell Shape: Sorting Gets Sticky", "Dev Cell", 2016, "Ana Ruiz &amp; Tomas Berg")
            + entry("High-throughput sorting of live <em>C. elegans </em>embryos.", "Nat Protoc", 2012,
                    "Lena Ward, Tomas Berg &amp; Ana Ruiz")
            + entry("Root hairs sense the soil around them", "Curr Biol", 2010, "Tomas Berg") + '</body></html>\n')
    pubs = read_markup("p.html", html, db, html=True, extractor="crf").publications
    assert [(p.title, p.venue_raw, p.year) for p in pubs] == [
        ("Plant Cell Shape: Sorting Gets Sticky", "Dev Cell", 2016),
        ("High-throughput sorting of live C. elegans embryos", "Nat Protoc", 2012),
        ("Root hairs sense the soil around them", "Curr Biol", 2010)]


@needs_model
def test_a_short_title_before_its_co_authors_bracket_is_the_title(db):
    """"Robust Trading (with Hana Sato), 2025. WP ([SSRN](...); [Lab](...))": an economist's working paper whose
    title of two words the labeller read as a venue's name; the words before "(with" that open the line are the
    title (the entry was lost: it had no title)."""
    md = ("## Working Papers\n\n"
          "1. Robust Trading (with Hana Sato), 2025.  WP ([SSRN](https://papers.ssrn.com/a); "
          "[Lab](https://example.org/b))\n"
          "2. Sequential Voting with Informed and Uninformed Voters (with Hana Sato), 2023.  "
          "[WP](https://papers.ssrn.com/c)\n"
          "3. Exit Options and Cooperation (with Ken Ota), 2015.  [WP](https://papers.ssrn.com/d)\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.authors, p.year) for p in pubs] == [
        ("Robust Trading", ["Hana Sato"], 2025),
        ("Sequential Voting with Informed and Uninformed Voters", ["Hana Sato"], 2023),
        ("Exit Options and Cooperation", ["Ken Ota"], 2015)]


@needs_model
def test_an_italic_venue_is_not_cut_between_the_title_and_the_venue(db):
    """"Two Widgets Competing for a Shared Gadget, <i>Lecture Notes in Artificial Intelligence</i>, 8176, 1-14":
    the italic series' first words were read on as the title's last ones ("..., Lecture Notes") and the venue read
    from after its "in" ("Artificial Intelligence"). The italic span after a plain title is the venue whole."""
    html = ('<html><body><h2>Conference papers</h2>\n'
            '<p><b>C10.</b> Okafor A., B. Lind, C. Moreau (2013).\nTwo Widgets Competing for a Shared Gadget,\n'
            '<i>Lecture Notes in Artificial Intelligence</i>,\n8176, 1-14, Springer-Verlag, 2013.</p>\n\n'
            '<p><b>C9.</b> Lind B., C. Moreau (2009).\nSubset Weight Maximization with Two Competing Widgets,\n'
            '<i>Lecture Notes in Artificial Intelligence</i>,\n5783, 74-85, Springer-Verlag, 2009.</p>\n\n'
            '<p><b>C8.</b> Moreau C., A. Okafor (2008).\nOptimal channel allocation for widget networks,\n'
            '<i>Lecture Notes in Computer Science</i>,\n5425, 103-111, Springer-Verlag, 2008.</p>\n</body></html>\n')
    pubs = read_markup("p.html", html, db, html=True, extractor="crf").publications
    assert [(p.title, p.venue_raw) for p in pubs] == [
        ("Two Widgets Competing for a Shared Gadget", "Lecture Notes in Artificial Intelligence"),
        ("Subset Weight Maximization with Two Competing Widgets", "Lecture Notes in Artificial Intelligence"),
        ("Optimal channel allocation for widget networks", "Lecture Notes in Computer Science")]



def test_the_last_name_after_an_elided_author_list_is_no_title_before_the_quoted_one(db):
    """'YW Lee*, R Mout*, ..., VM Rotello. "Title" Journal, 2019' (Google Scholar's names, the list cut with "..."):
    the labeller read the last name as the title and the quoted title after it as a second one, so the record's
    title was "VM Rotello" (a chemist's list, in the page's context). A few capitalised words right after the author
    list, then ". \"" and a title wholly in quotes, are the list's last name."""
    from pubnorm.sources.assemble import entry_publication

    spec = ("HB/B-author Lind/author */other ,/other AK/author Okafor/author */other ,/other ./other ./other ./other "
            ",/other CD/title Moreau/title ./other \"/other Directed/title Delivery/title of/title Widget/title "
            "Assemblies/title \"/other Adv/venue ./venue Funct/venue ./venue Mater/venue ./venue ,/other 2019/year")
    pub = entry_publication(_toks(spec), db)
    assert pub is not None and (pub.title, pub.authors, pub.year) == (
        "Directed Delivery of Widget Assemblies", ["HB Lind", "AK Okafor", "CD Moreau"], 2019)


def test_the_last_whole_name_of_a_list_is_no_title_before_the_title(db):
    """"Bizhao Pang, Wei Dai, Thu Ra, Kin Huat Low. A concept of airspace configuration ... *IEEE/AIAA DASC 2020*":
    the labeller read the last name as the title and the title after its full stop as a second one (three papers of
    an engineer's list titled "Kin Huat Low"). A whole name after the list's comma, a full stop, then a title of four
    words or more: the name is the list's last; a title of fewer words stays the labeller's reading."""
    from pubnorm.sources.assemble import entry_publication

    spec = ("Ana/B-author Lind/author ,/other Bo/author Okafor/author ,/other Kin/title Huat/title Moreau/title "
            "./other A/title concept/title of/title widget/title configuration/title ./other IEEE/venue DASC/venue "
            "2020/year")
    pub = entry_publication(_toks(spec), db)
    assert pub is not None and (pub.title, pub.authors) == (
        "A concept of widget configuration", ["Ana Lind", "Bo Okafor", "Kin Huat Moreau"])
    short = entry_publication(_toks(spec.replace("widget/title configuration/title ", "")), db)
    assert short is not None and short.title == "Kin Huat Moreau"


@needs_model
def test_a_quoted_title_runs_over_a_names_initials_inside_it(db):
    """'"The Accursed Share: ... Sacrifice in D.H. Lawrence's The Plumed Serpent and 'The Woman Who Rode Away'", D.H.
    Lawrence Review 42.2 (2017)': the labeller read the initials as an author's, the title stopped before them, and
    the paper was lost. A quoted title runs to its closing mark over a name's initials."""
    md = ("### Journal Articles\n\n- \"Decadent Widgets: Primitivism and Sacrifice in D.H. Lawrence's The Plumed "
          "Gadget and 'The Widget Who Rode Away'\", D.H. Lawrence Review 42.2 (2017)\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [p.title.rstrip("'") for p in pubs] == ["Decadent Widgets: Primitivism and Sacrifice in D.H. Lawrence's "
                                                   "The Plumed Gadget and 'The Widget Who Rode Away"]


@needs_model
def test_an_italic_title_ends_at_the_full_stop_inside_its_span(db):
    """A sociologist's JSX list: "Lind, A. 2018. <i>Classical widgets in Central Europe: Between centre and periphery.
    </i> Praha: Widget Press. ISBN ...": the labeller read the title on past the italic span into the place and
    publisher after it (the stop inside the span). The title ends with the span; what follows is where it appeared."""
    html = ("<html><body><h4>Books</h4>\n<p>Lind, A. 2018.\n<i>Classical widgets in Central Europe: Between centre "
            "and periphery.</i>\nPraha: Widget Press. ISBN 978-80-7419-278-4.</p>\n</body></html>\n")
    pubs = read_markup("p.html", html, db, html=True, extractor="crf").publications
    assert [(p.title, p.year) for p in pubs] == [("Classical widgets in Central Europe: Between centre and periphery",
                                                  2018)]


@needs_model
def test_inspires_citation_lines_give_names_without_by_and_an_identifier_no_year(db):
    """A particle physicist's INSPIRE-style CV: "* Title" / "By A, B, C." / "arXiv:2007.07899 [hep-ph].". The first
    author was "By Hao-Lin Lind", and the identifier was cut into a venue "arXiv:2007", its digits read as the year
    2007. "By" opening the names is no name; the identifier is the venue's whole (its year is the identifier's
    month, 2020-07, not 2007), and the archive's class is no field."""
    md = ("## Publications\n\n* Complete Set of Widget Operators in the Standard Gadget Effective Field Theory\n"
          "By Hao-Lin Lind, Zhe Okafor, Ming-Lei Moreau, Jiang-Hao Dow.\narXiv:2007.07899 [hep-ph].\n")
    pubs = read_markup("cv.md", md, db, extractor="crf").publications
    assert [(p.title, p.authors[0], p.venue_raw, p.ids.get("arxiv")) for p in pubs] == [
        ("Complete Set of Widget Operators in the Standard Gadget Effective Field Theory", "Hao-Lin Lind",
         "arXiv:2007.07899", "2007.07899")]
    assert pubs[0].year != 2007


def test_a_title_read_on_into_the_by_line_under_it_ends_before_by(db):
    """"* Complete Set of Dimension-9 Operators ... Theory\nBy Hao-Lin Li, Zhe Ren, ...": the labeller read the title
    on, over the line's start, into "By Hao-Lin"; the title ends before "By", and the words after it are the first
    name of the list."""
    from pubnorm.sources.repair import titles

    toks = _toks("Complete/B-title Widget/title Operators/title Theory/title") + \
        _toks("By/title Hao-Lin/title Li/author ,/other Zhe/author Ren/author", 0)
    for t in toks[4:]:
        t.span = 1
    run = titles.by_line_in_title(toks, toks[:6])
    assert [t.text for t in run] == ["Complete", "Widget", "Operators", "Theory"]
    assert [t.field for t in toks[4:6]] == ["other", "author"]
    # "By" inside a title's own span is a word of it ("Learning By Doing ...")
    same = _toks("Learning/B-title By/title Doing/title Widgets/title Now/title Ana/author Lind/author")
    assert len(titles.by_line_in_title(same, same[:5])) == 5


def test_an_author_lines_last_name_read_on_into_the_linked_title_under_it_is_the_lists(db):
    """"C. Bak and D. Plump  \\n [Compiling Graph Programs to C](url)  \\n *Proc. ICGT 2016*" (a research group's
    Markdown list): the labeller read the line's names as no field and its last name on into the title, a link's
    whole text on the next line (23 titles "Plump Compiling ..." on one page). The link is the title; the line's names
    are the authors."""
    from pubnorm.sources.repair import titles

    toks = _toks("C/B-other ./other Lind/other and/other D/other ./other Okafor/title", 0) + \
        _toks("Compiling/title Widget/title Programs/title to/title C/title", 1) + _toks("Proc/venue ./venue", 2)
    for t in toks[7:12]:
        t.href = "https://example.org/a.pdf"
    run = titles.name_line_before_linked_title(toks, toks[6:12])
    assert [t.text for t in run] == ["Compiling", "Widget", "Programs", "to", "C"]
    assert [t.field for t in toks[:7]] == ["author"] * 7
    # ... and a bold title's whole span ("..., and Buntarou Shizuki  \n **Investigation of ...**": an HCI page)
    bold = _toks("Ada/B-author Lind/author ,/author and/other Bo/other Okafor/title", 0) + \
        _toks("Investigation/title of/title Widgets/title", 1) + _toks("In/venue Proc/venue", 2)
    for t in bold[6:9]:
        t.bold = True
    run = titles.name_line_before_linked_title(bold, bold[5:9])
    assert [t.text for t in run] == ["Investigation", "of", "Widgets"] and bold[5].field == "author"
    # a title that goes on into a link on its next line keeps its first line's words ("Learning Widgets \n
    # [with Gadgets](url)" after a venue), and words after no list of names stay the title's
    for spec in ("ICML/B-venue 2020/year Learning/title Widgets/title", "Lind/B-other Okafor/title"):
        case = _toks(spec, 0) + _toks("with/title Gadgets/title", 1)
        for t in case[-2:]:
            t.href = "https://example.org/b.pdf"
        first = next(n for n, t in enumerate(case) if t.field == "title")
        assert titles.name_line_before_linked_title(case, case[first:]) == case[first:]


def test_a_sentence_after_the_names_then_a_status_is_the_title():
    """"A. Lee, B. Kim. Widget learning for gadgets. In preparation.": the labeller read no word as the title, and the
    paper was lost with nothing said. The sentence between the names' full stop and a status is the title, and the
    status is read."""
    from pubnorm.sources.repair import titles

    toks = _toks("A/B-author ./author Lee/author ,/author B/author ./author Kim/author ./other Widget/other "
                 "learning/other for/other gadgets/other ./other In/other preparation/other ./other")
    titles.untitled_sentence(toks)
    assert [t.text for t in toks if t.field == "title"] == ["Widget", "learning", "for", "gadgets"]
    assert [t.text for t in toks if t.field == "status"] == ["In", "preparation"]
    # words that are no status stay no field ("... gadgets. Slides available.")
    other = _toks("A/B-author ./author Lee/author ./other Widget/other learning/other for/other gadgets/other ./other "
                  "Slides/other available/other ./other")
    titles.untitled_sentence(other)
    assert not any(t.field == "title" for t in other)


def test_a_status_right_before_the_venue_is_the_status():
    """"Title. Planned submission: *Psychological Review*, 2026." (a psychologist's page): the words before the
    journal were no field, and the paper was written as the journal's. Words before a venue on its line that say a
    status and nothing else are the status; other words stay as they were."""
    from pubnorm.sources.repair import fields

    toks = _toks("Widgets/B-title now/title ./other Planned/other submission/other :/other Psychological/venue "
                 "Review/venue ,/other 2026/year")
    fields.status_before_venue(toks)
    assert [t.text for t in toks if t.field == "status"] == ["Planned", "submission", ":"]
    kept = _toks("Widgets/B-title now/title ./other Reprinted/other from/other Psychological/venue Review/venue")
    fields.status_before_venue(kept)
    assert not any(t.field == "status" for t in kept)
