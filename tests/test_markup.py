"""The markup layer (sources/markup.py): HTML and Markdown into blocks of lines, with where they came from."""

from __future__ import annotations

from pubnorm.sources.markup import LineMapper, _end_html_blocks, iter_blocks, markdown_to_html, parse_html


def _html_blocks(html: str):
    root = parse_html(html)
    assert root is not None
    return list(iter_blocks(root, LineMapper(root, False, 0), newline_breaks=False))


def test_an_xhtml_page_with_an_encoding_declaration_is_read_with_its_line_numbers():
    page = ('<?xml version="1.0" encoding="UTF-8" ?>\n<!DOCTYPE html>\n<html><body>\n<h2>Papers</h2>\n'
            "<ol><li>Tidal heating of icy moons. <em>Icarus</em>, 2023.</li></ol>\n</body></html>\n")
    blocks = _html_blocks(page)
    assert [b.lines[0].text for b in blocks] == ["Tidal heating of icy moons. Icarus, 2023."]
    assert blocks[0].lineno == 5 and blocks[0].section == "Papers"


def test_menu_and_custom_elements_holding_blocks_are_containers():
    for wrapper in ("menu", "paper-list"):
        page = (f"<html><body><{wrapper}><div><h3>Journal articles</h3></div><div><ol>\n"
                "<li>A. Okafor: Tidal heating of icy moons. Icarus, 2023.</li>\n"
                "<li>A. Okafor: Ligand exchange in clusters. JACS, 2021.</li>\n"
                f"</ol></div></{wrapper}></body></html>")
        blocks = _html_blocks(page)
        assert [b.lines[0].text for b in blocks] == ["A. Okafor: Tidal heating of icy moons. Icarus, 2023.",
                                                     "A. Okafor: Ligand exchange in clusters. JACS, 2021."], wrapper
        assert {b.section for b in blocks} == {"Journal articles"}


def test_a_run_of_paragraphs_marks_where_each_paragraph_starts():
    md = "## Papers\n\nOkafor, A. Tidal heating.\n*Icarus* 2023.\n\nOkafor, A. Ligand exchange.\n*JACS* 2021.\n"
    root = parse_html(markdown_to_html(md))
    assert root is not None
    [block] = list(iter_blocks(root, LineMapper(root, True, 0), newline_breaks=True))
    assert [(ln.text, ln.para) for ln in block.lines] == [
        ("Okafor, A. Tidal heating.", False), ("Icarus 2023.", False),
        ("Okafor, A. Ligand exchange.", True), ("JACS 2021.", False)]


def test_a_line_after_a_br_on_its_own_source_line_is_no_soft_break_nor_a_new_paragraph():
    """"Title\n  <br>\n  in <em>Handbook</em>": the source's line end before the <br> made the line after it a soft
    (wrapped) line, and one <br> read as two ("<br><br>", a paragraph break); a real "<br><br>" still is one."""
    md = ("<div><p><em>Horses for courses</em>\n  <br>\n  in <em>The Handbook of Voting</em>, Routledge (2018)\n"
          "  <br>\n  With Ana Lee</p></div>\n\n<p>Tidal heating\n<br><br>\nOkafor, A. 2021</p>\n")
    root = parse_html(markdown_to_html(md))
    assert root is not None
    lines = [ln for b in iter_blocks(root, LineMapper(root, True, 0), newline_breaks=True) for ln in b.lines]
    assert [(ln.text.strip(), ln.soft, ln.para) for ln in lines] == [
        ("Horses for courses", False, False), ("in The Handbook of Voting, Routledge (2018)", False, False),
        ("With Ana Lee", False, False), ("Tidal heating", False, False), ("Okafor, A. 2021", False, True)]


def test_a_bold_or_linked_span_wrapped_in_the_source_is_one_line():
    """"- **A. Okafor, ..., Angelica\n  Gutierrez**  \n  *Title*": the wrap inside the bold author list made
    "Gutierrez" a line of its own, read with the title; a wrap between two spans, or inside one whose rest is
    followed by other words on its line, still starts a line."""
    md = ("- **Ada Okafor, Ben Lind, Cy Moreau, Dee Quist, Eli Rowe, Fay Stone, Gus Tran, Hal Ulm, Angelica\n"
          "  Gutierrez**  \n  *Hydrologic modeling as a service*  \n  *Frontiers, 2019*\n"
          "- [Runoff routing through high-resolution\n  stream networks](https://doi.org/10.1/x)\n"
          "  *Journal of Hydrology*\n"
          "- [Mixing in a suite of\n  ocean models](https://doi.org/10.1/y). **Journal of\n  Advances**, 13\n")
    root = parse_html(markdown_to_html(md))
    assert root is not None
    blocks = iter_blocks(root, LineMapper(root, True, 0), newline_breaks=True)
    assert [[ln.text.strip() for ln in b.lines] for b in blocks] == [
        ["Ada Okafor, Ben Lind, Cy Moreau, Dee Quist, Eli Rowe, Fay Stone, Gus Tran, Hal Ulm, Angelica Gutierrez",
         "Hydrologic modeling as a service", "Frontiers, 2019"],
        ["Runoff routing through high-resolution stream networks", "Journal of Hydrology"],
        ["Mixing in a suite of", "ocean models. Journal of", "Advances, 13"]]


def test_text_directly_in_a_container_that_also_holds_blocks_is_read_in_order():
    page = ("<html><body><h3>Articles</h3>\n<dl>\n2022. "
            "<a href='https://doi.org/10.1/x'>Tidal heating of icy moons</a>. with <b>Lin Brightwater</b>. "
            "<i>Icarus</i>.\n<ul><li>Top cited article</li></ul>\n</dl>\n</body></html>")
    blocks = _html_blocks(page)
    assert [[ln.text for ln in b.lines] for b in blocks] == [
        ["2022. Tidal heating of icy moons. with Lin Brightwater. Icarus."], ["Top cited article"]]


def test_a_dl_or_section_holding_only_text_is_a_paragraph_not_dropped():
    for tag in ("dl", "section", "ul"):
        page = (f"<html><body><h3>Books</h3><{tag}>2026. <a href='https://x.org/b'>Double Glass Ceilings</a>."
                f"</{tag}></body></html>")
        assert [[ln.text for ln in b.lines] for b in _html_blocks(page)] == [["2026. Double Glass Ceilings."]], tag


def test_site_chrome_text_is_not_read_as_a_paragraph():
    page = ("<html><body><nav>Home | Publications | CV</nav><footer>2026 Ada Okafor</footer>"
            "<p>Tidal heating.</p></body></html>")
    assert [[ln.text for ln in b.lines] for b in _html_blocks(page)] == [["Tidal heating."]]


def test_two_line_breaks_in_a_row_start_a_paragraph():
    """"<br><br>" is how hand-written HTML leaves an empty line between papers: the line after it starts a
    paragraph of the run (as a new <p> does), a single <br> does not, nor do breaks before the first line."""
    page = ("<html><body><div><br><br><a href='a.pdf'><b>Thermal cycles</b></a>\n<br> T. Ekeh and A. Okafor\n"
            "<br> Phys. Rev. E 102 (2020)\n<br><br><a href='b.pdf'><b>Active engines</b></a>\n<br/> A. Okafor\n"
            "<br/>\n<br/> EPL 134 (2021)</div></body></html>")
    [block] = _html_blocks(page)
    assert [(ln.text, ln.para) for ln in block.lines] == [
        ("Thermal cycles", False), ("T. Ekeh and A. Okafor", False), ("Phys. Rev. E 102 (2020)", False),
        ("Active engines", True), ("A. Okafor", False), ("EPL 134 (2021)", True)]


def test_the_text_after_a_line_break_in_a_container_is_read_once():
    page = ("<html><body><div><h4>Papers</h4>\n<a href='p.pdf'><b>Thermal cycles</b></a>\n<br> T. Ekeh and A. Okafor\n"
            "<br> <a href='https://doi.org/10.1/x'>Phys. Rev. E <b>102</b> (2020)</a>\n</div></body></html>")
    assert [[ln.text for ln in b.lines] for b in _html_blocks(page)] == [
        ["Thermal cycles", "T. Ekeh and A. Okafor", "Phys. Rev. E 102 (2020)"]]


def test_items_under_an_entry_are_marked_nested_and_items_under_a_topic_word_are_not():
    entry = "Okafor, A. and Lin, B. Tidal heating of icy moons. Icarus, 2023."
    for page in (f"<ul><li>{entry}<ul><li>Best paper award, 2023</li></ul></li></ul>",
                 f"<ol><li>{entry}</li><ul><li>Best paper award, 2023</li></ul></ol>"):  # a list right in a list
        blocks = _html_blocks(f"<html><body>{page}</body></html>")
        assert [(b.lines[0].text, b.nested) for b in blocks] == [(entry, False), ("Best paper award, 2023", True)]
    topic = _html_blocks(f"<html><body><ul><li>Reasoning<ul><li>{entry}</li></ul></li></ul></body></html>")
    assert [(b.lines[0].text, b.nested) for b in topic] == [("Reasoning", False), (entry, False)]


def test_a_link_whose_address_has_spaces_is_a_link_as_kramdown_reads_it():
    """"[Paper](/files/My Paper.pdf)": Jekyll's kramdown links it; CommonMark would leave the whole link as text
    (its address then read as a second title). A link's title in quotes is not part of the address."""
    html = markdown_to_html("* Lee, A. (2024). Title. *J*. ([Paper](http://a.io/files/My Paper v2.pdf), "
                            "[Code](https://g.com/a))\n\n[b](http://x.io \"a title\")\n")
    assert 'href="http://a.io/files/My%20Paper%20v2.pdf">Paper</a>' in html
    assert 'href="http://x.io" title="a title"' in html


def test_a_spaced_address_with_an_apostrophe_in_a_name_is_a_link_too():
    """"[PDF](http://a.io/files/2022_Lee, O'Reilly_Simplified risk assessment.pdf)": an apostrophe between letters
    kept the address from being read as one (the whole link stayed text, and its words a second title); one after a
    space still opens a link's title."""
    html = markdown_to_html("1. Lee, A. (2022). Title. *J*. [[PDF](http://a.io/files/2022_Lee, O'Reilly_Simplified "
                            "risk assessment.pdf)][[Link](https://doi.org/10.1000/x)]\n\n[b](/c.pdf 'a title')\n")
    assert "href=\"http://a.io/files/2022_Lee,%20O'Reilly_Simplified%20risk%20assessment.pdf\">PDF</a>" in html
    assert 'href="/c.pdf" title="a title"' in html



def test_a_comment_ends_at_dash_dash_bang_as_in_a_browser():
    """HTML5 ends a comment at "--!>" too: read on to the next "-->", the page's publication list was hidden."""
    from pubnorm.sources.markup import blank_out

    text = "<!--\n<h3>Education</h3>\n--!>\n<h3>Publications</h3>\n<ol><li>A paper</li></ol>\n<!-- x -->\n"
    out = blank_out(text)
    assert "Publications" in out and "Education" not in out and out.count("\n") == text.count("\n")


def test_a_server_pages_code_is_blanked_but_for_the_strings_it_prints():
    """A PHP page's citations printed by its own function ('printCitation("Lee, A., <b>B. Kim</b>. (2017). Title.
    ...", "eddy", "lee.pdf")'): each such string a paragraph on its line; the code, its names ("templates/nav"),
    short strings and commented-out calls are not the page's text (the code showed as text, its calls run together
    as one paragraph, and 28 of a page's 32 papers were lost). ASP's and EJS's "<% ... %>" the same."""
    from pubnorm.sources.markup import blank_out

    text = ('<div>\n<?php\n$this->view("templates/printCitation");\n// printCitation("Old, A. (2001). A paper no '
            'longer shown on the page. Journal.");\nprintCitation("Lee, A., <b>B. Kim</b>. (2017). Tidal heating of '
            'icy moons. <b>Icarus</b>. 14, 55-60.", "eddy", "Lee and Kim 2017 Icarus.pdf");\n\nprintCitation("Kim, B. '
            '(2016). It\\"s crust thickness from libration. <b>Icarus</b>. 9: 1-5.");\n?>\n<p>Shown text</p>\n'
            '<% include(\'header\') %>\n</div>\n')
    out = blank_out(text)
    assert out.count("\n") == text.count("\n")
    lines = out.split("\n")
    assert lines[4] == ("<p>Lee, A., <b>B. Kim</b>. (2017). Tidal heating of icy moons. <b>Icarus</b>. 14, 55-60."
                        "</p>")
    assert lines[6] == '<p>Kim, B. (2016). It"s crust thickness from libration. <b>Icarus</b>. 9: 1-5.</p>'
    assert "templates" not in out and "Old, A." not in out and ".pdf" not in out and "view" not in out
    assert "<p>Shown text</p>" in out and "header" not in out and "<%" not in out


def test_a_server_pages_database_queries_and_strings_of_variables_are_not_printed():
    """A PHP page that draws its list from a database: its query ("SELECT ... WHERE year >= 2010", dated, in words)
    and the strings that print each row's variables are code, not the page's text (read as paragraphs, the query
    could pass for a dated entry)."""
    from pubnorm.sources.markup import blank_out

    text = ('<?php\n$q = "SELECT title, authors, journal FROM publications WHERE year >= 2010 ORDER BY year DESC";\n'
            'echo "<li>{$row[\'authors\']}. {$row[\'title\']}. <i>{$row[\'journal\']}</i> ({$row[\'year\']})</li>";\n'
            '<%= "A string the page shows in ERB, #{paper.title} and its year here" %>\n?>\n')
    assert blank_out(text) == "\n" * text.count("\n")


def test_php_code_may_run_to_the_files_end_and_xml_declarations_are_no_code():
    from pubnorm.sources.markup import blank_out

    text = ('<?xml version="1.0"?>\n<p>Kept</p>\n<?php\necho "A string of five words or more and long enough\\n";\n'
            "echo 'It\\'s a string\\tof five words or more, and long';\n")
    out = blank_out(text)
    assert out.split("\n") == ['<?xml version="1.0"?>', "<p>Kept</p>", "",
                                "<p>A string of five words or more and long enough </p>",
                                "<p>It's a string of five words or more, and long</p>", ""]


def test_a_noscript_with_a_few_words_shows_them_and_any_other_is_blanked():
    """'(with <script>linkLee()</script><noscript>Ana Lee</noscript>)': what a browser without scripts shows is the
    co-author's name (the page's co-authors were all lost); a tracker's image or a note asking for JavaScript in a
    noscript is no text of the page."""
    from pubnorm.sources.markup import blank_out

    text = ('<p>Title, 2026 (with <script>linkLee()</script><noscript>Ana Lee</noscript>, '
            '<script>linkOrtiz()</script><noscript>Jan Ortiz</noscript>)</p>\n'
            '<noscript><img src="https://t.example/p.gif"></noscript><noscript>Please enable JavaScript</noscript>\n'
            '<noscript>\n<iframe src="gtm"></iframe>\n</noscript>\n')
    out = blank_out(text)
    assert "(with Ana Lee, Jan Ortiz)" in out
    assert "img" not in out and "JavaScript" not in out and "iframe" not in out
    assert out.count("\n") == text.count("\n")


def test_braces_of_a_bibtex_entry_shown_on_the_page_are_no_template_code():
    """bibtex2html shows each entry's BibTeX: "{{\\sc x}: ...}" and "{{A} {CLP} Solver}" open with two braces, and
    blanking them as Liquid up to the next "}}" took the next entries away (8 of a page's 32 papers). Template code
    is short and holds no braces; it is still blanked, line for line."""
    from pubnorm.sources.markup import blank_out

    text = ("<pre>@inproceedings{k1,\n  title = {{\\sc tool}: Extraction of models},\n}</pre>\n"
            "<p>E. Albert. Resource-driven test case generation. In LOPSTR, 2012.</p>\n"
            "<pre>@article{k2, publisher = {{IEEE} Computer Society}}</pre>\n"
            "{{ page.title }} {% include pub.html\n   id=3 %} {{{ body }}} {{% ref x %}}\n")
    out = blank_out(text)
    assert "Resource-driven test case generation" in out and "{{\\sc tool}" in out and "{{IEEE}" in out
    assert "page.title" not in out and "include" not in out and "body" not in out and "ref x" not in out
    assert out.count("\n") == text.count("\n")


def test_a_card_is_one_block_and_the_classes_of_its_parts_are_no_entries():
    """"pub-item" names an entry; "pub-info", "pub-authors", "pub-journal" name its parts and "pub-list" a list of
    entries: the card is one block (it was cut into one block per part, its venue apart from its title)."""
    html = ('<html><body><h1>Publications</h1><div class="pub-list">\n'
            '<div class="pub-item"><div class="pub-num">2</div><div class="pub-info">\n<h4><a href="https://doi.org/10.1/a">'
            'Salt bridges steer peptide assembly</a></h4>\n<div class="pub-authors">P. Nair, S. Rao</div>\n'
            '<div class="pub-journal">Biomacromolecules, 2026</div></div></div>\n'
            '<div class="pub-item"><div class="pub-num">1</div><div class="pub-info">\n'
            '<h4>Water in deep eutectic solvents</h4>\n<div class="pub-authors">S. Rao</div>\n'
            '<div class="pub-journal">J. Chem. Phys. 162, 2025</div></div></div>\n'
            '</div></body></html>\n')
    root = parse_html(html)
    assert root is not None
    blocks = [[ln.text for ln in b.lines] for b in iter_blocks(root, LineMapper(root, False, 0), False)]
    assert blocks == [["2", "Salt bridges steer peptide assembly", "P. Nair, S. Rao", "Biomacromolecules, 2026"],
                      ["1", "Water in deep eutectic solvents", "S. Rao", "J. Chem. Phys. 162, 2025"]]


def test_a_headings_own_anchor_is_not_its_link():
    """Themes put an anchor to the heading itself inside it ("<a href="#x">"): the link a title heading carries is
    the other one."""
    root = parse_html('<html><body><h3><a class="anchor" href="#t">#</a><a href="https://doi.org/10.1/x">A Title</a>'
                      '</h3>\n<p>J. Doe</p>\n<h3><a href="#u">¶</a> Another</h3>\n<p>K. Roe</p></body></html>\n')
    assert root is not None
    hrefs = [b.heading_href for b in iter_blocks(root, LineMapper(root, False, 0), False)]
    assert hrefs == ["https://doi.org/10.1/x", ""]


def test_any_headings_end_tag_closes_the_open_heading_as_in_a_browser():
    """"<h3>Events</h4>": HTML5 closes the open heading at any heading's end tag; libxml2 ignored it and read the
    rest of the page as the heading's text."""
    root = parse_html("<html><body><h3>Upcoming events</h4>\n<ul><li>None yet.</li></ul>\n<h3>Publications</h3>\n"
                      "<div><ol><li>A paper</li></ol></div></body></html>\n")
    assert root is not None
    blocks = [(b.section, [ln.text for ln in b.lines]) for b in iter_blocks(root, LineMapper(root, False, 0), False)]
    assert blocks == [("Upcoming events", ["None yet."]), ("Publications", ["A paper"])]


def test_attribute_lists_of_kramdown_and_pandoc_are_no_text():
    """"[PDF](x.pdf){:target="_blank"}", a "{: .small}" line (kramdown), "[Title](url){target="_blank"}" (Pandoc, in
    R Markdown and Quarto) style what is before them; they were read as words of the entry. Braces in text stay."""
    html = markdown_to_html('- [Title](https://a.io/t){target="_blank"}. Venue, 2020. [PDF](x.pdf){: .btn .btn-blue }\n'
                            '{: .small}\n\nA title {with braces} and [b](c){:target="blank"}\n')
    assert "target" not in html and "btn" not in html and "small" not in html and "{with braces}" in html


def test_markdown_inside_a_kramdown_markdown_1_element_is_rendered():
    """'<div class="paper-box-text" markdown="1">' right above its Markdown (acad-homepage's paper boxes): kramdown
    renders the inside as Markdown, CommonMark kept it as raw HTML (bold and code marks read as words); with a
    blank line after the tag both agree, and the line count never changes."""
    md = ('<div class="paper-box"><div class="badge">TKDE 2025</div></div>\r\n'
          '<div class="paper-box-text" markdown="1">\r\n'
          '- **[2025.04]** Rong Xu, `Jia Shang*`. MESE: Mining emotions. *IEEE TKDE*. 2026.\r\n</div>\r\n')
    html = markdown_to_html(md)
    assert "<strong>[2025.04]</strong>" in html and "<code>Jia Shang*</code>" in html and "**" not in html


def test_a_list_of_named_fields_is_one_block():
    """"- Authors: ...", "- Journal: ...", "- Official link: ...": one paper's fields, one block (each item was a block
    of its own); a list of papers, or of notes that do not name a paper's field, stays a block per item."""
    def blocks(md: str) -> list[list[str]]:
        root = parse_html(markdown_to_html(md))
        assert root is not None
        return [[ln.text for ln in b.lines] for b in iter_blocks(root, LineMapper(root, True, 0), True)]

    assert blocks("- Authors: A. Lee, B. Kim\n- Journal: Icarus\n- Official link: [DOI](https://doi.org/10.1/x)\n") == [
        ["Authors: A. Lee, B. Kim", "Journal: Icarus", "Official link: DOI"]]
    assert len(blocks("- Theme: graphs\n- Code: [GitHub](https://github.com/x)\n")) == 2
    assert len(blocks("- Lee, A. Title one. Icarus 2020.\n- Kim, B. Title two. Icarus 2021.\n")) == 2
    # named in the page's own language, a field's name with a bracket ("URI permanente (Internet Archive):"): a
    # Spanish README's papers, each a heading over such a list, were a block an item (30 records that were none)
    assert blocks("- **Autor**: Ana Lima\n- **Revista**: Técnica Administrativa, Vol. 25 (2026)\n"
                  "- **URI permanente (Internet Archive)**: [Ver](https://archive.org/details/x)\n"
                  "- **PDF del Autor**: [Descargar](papers/x.pdf)\n") == [
        ["Autor: Ana Lima", "Revista: Técnica Administrativa, Vol. 25 (2026)",
         "URI permanente (Internet Archive): Ver", "PDF del Autor: Descargar"]]


def test_a_title_paragraph_over_a_list_of_named_fields_is_one_block():
    """"[Title](url)" as a paragraph over "- Authors: ...", "- Venue: ...", "- [Paper](...) | [Code](...)" (a Hugo
    page written by hand): the title joins its fields' block and is marked as the title; a line of links alone is
    among the fields. A lead-in that ends in a colon is no title, and a list with one named field is no paper's."""
    def blocks(md: str) -> list[list[str]]:
        root = parse_html(markdown_to_html(md))
        assert root is not None
        return [[ln.text for ln in b.lines] for b in iter_blocks(root, LineMapper(root, True, 0), True)]

    md = ("Some words about my work.\n\n[Sparse Graphs: A Study](/paper/1)\n- Authors: *Ana Lima* and Bo Chen\n"
          "- Venue: Journal of Graph Theory, 2024.\n- [Paper](https://doi.org/10.1/x) | [Code](https://github.com/x)\n")
    assert blocks(md) == [["Some words about my work."],
                          ["Sparse Graphs: A Study", "Authors: Ana Lima and Bo Chen",
                           "Venue: Journal of Graph Theory, 2024.", "Paper | Code"]]
    root = parse_html(markdown_to_html(md))
    assert root is not None
    title = list(iter_blocks(root, LineMapper(root, True, 0), True))[1].lines[0]
    assert [s.tag for s in title.spans] == ["title"]
    assert blocks("My latest paper:\n- Authors: Ana Lima\n- Venue: Icarus\n") == [
        ["My latest paper:"], ["Authors: Ana Lima", "Venue: Icarus"]]
    assert len(blocks("A Title of Words\n- Authors: Ana Lima\n- [Paper](https://doi.org/10.1/x)\n")) == 3


def test_a_heading_too_long_to_name_a_section_is_text():
    """A blog post that sets each whole citation in a "####" heading (a hundred authors, the title, the journal):
    the heading is an entry's text, with the links under it, and names no section."""
    names = ", ".join(f"Given{i} Surname{i}" for i in range(30))
    md = (f"### Selected work\n\n#### {names}. ***\"A Study of Everything.\"*** Journal of Things 2018.\n\n"
          "[Full text](https://doi.org/10.1/x)\n\n#### Short heading\n\nA paragraph.\n")
    root = parse_html(markdown_to_html(md))
    assert root is not None
    blocks = list(iter_blocks(root, LineMapper(root, True, 0), True))
    first = blocks[0]
    assert first.lines[0].text.startswith("Given0 Surname0") and first.lines[-1].text == "Full text"
    assert first.section == "Selected work"
    assert blocks[1].section == "Selected work > Short heading"


def test_a_citation_set_in_a_heading_is_text_a_papers_title_as_its_heading_is_not():
    """An ecology page and an epidemiology post set each citation as a "#####" heading of 20 to 40 words: a year and
    a citation's commas make it text. A paper's own title as its heading (commas of its own, a year) stays one."""
    md = ("## 2019\n\n"
          "##### **Okafor, A.**, Moreau, J., Lind, S. & Park, A.G. (2019). [Benefits of protection on reef fish "
          "assemblages in a busy region.](files/a.pdf) Ocean and Coastal Management, 169, 165-170.\n"
          "##### Moreau, J., Lind, S., & **Okafor, A**. (2019). [Hunting by mixed groups of fish at a remote "
          "island.](files/b.pdf) Neotropical Ichthyology, 17, (1), e180165.\n\n"
          "### Trends and Patterns of Disparities in Cancer Mortality Among Counties, 1980-2014\n\n"
          "Ada Okafor, Jan Moreau. *Journal of Things*, 2017.\n")
    blocks = _md_blocks(md)
    texts = [b.lines[0].text for b in blocks]
    assert texts[0].startswith("Okafor, A., Moreau, J.") and texts[1].startswith("Moreau, J., Lind, S.")
    assert blocks[0].section == blocks[1].section == "2019"
    title = "Trends and Patterns of Disparities in Cancer Mortality Among Counties, 1980-2014"
    assert blocks[-1].section == f"2019 > {title}"


def test_a_paragraph_hard_wrapped_at_a_fixed_width_is_one_line_as_the_page_shows_it():
    """PubMed's export (80 columns) pasted into an R Markdown page: each citation's lines were the source's width,
    not its fields, and the title ran over two lines. Lines of about one width, some ending inside a phrase, are
    one line; short lines written one field to a line stay lines."""
    md = ("7: Brahmbhatt S, Gawronski A, Kobelev M, Nouri M, Lin D, Tsai H, Lotan TL, Karnes\n"
          "RJ, Rubin MA, Zoubeidi A, Gleave ME, Sahinalp C, Wyatt AW, Volik SV, Beltran H,\n"
          "Davicioni E, Wang Y, Collins CC. The long noncoding RNA landscape of\n"
          "neuroendocrine prostate cancer and its clinical implications. Gigascience. 2018\n"
          "Jun 1;7(6):giy050.\n\n"
          "- Tidal heating of icy moons\n  Ada Okafor, Jan Moreau\n  *Icarus*, 2023\n")
    blocks = _md_blocks(md)
    assert [len(b.lines) for b in blocks] == [1, 3]
    assert "landscape of neuroendocrine prostate cancer" in blocks[0].lines[0].text
    assert blocks[0].lines[0].text.endswith("Jun 1;7(6):giy050.")


def _md_blocks(md: str):
    root = parse_html(markdown_to_html(md))
    assert root is not None
    return list(iter_blocks(root, LineMapper(root, True, 0), newline_breaks=True))


def test_an_html_heading_on_its_line_ends_there_as_kramdown_reads_it():
    """"<H3>Published Papers</H3>" right above a list: CommonMark read the list as the heading's raw HTML, up to a
    blank line (one run of text with '* ' in it); kramdown and Pandoc read the next lines as Markdown."""
    md = "<H3>Published Papers</H3>\n* A study of tides on icy moons.\n* Heat flow in small bodies.\n"
    blocks = _md_blocks(md)
    assert [(b.section, b.lines[0].text, b.lineno) for b in blocks] == [
        ("Published Papers", "A study of tides on icy moons.", 2),
        ("Published Papers", "Heat flow in small bodies.", 3)]


def test_an_html_element_that_closes_at_a_line_end_ends_there_as_kramdown_reads_it():
    """An element over several lines ('<h1 style="...">' / 'Publications' / '</h1>') or a paragraph on its line
    ('<p style="...">Selected work:</p>', after a table) right above a list: kramdown and Pandoc end the element at
    its closing tag and read the list as Markdown (CommonMark read it as raw HTML up to an empty line). The list's
    lines keep their numbers; an element still open, an element over a line of more HTML, and fenced code are read
    as before."""
    md = ('<h1 style="font-size:2em">\nPublications\n</h1>\n 1. A. Lee, "Tides of icy moons," Icarus, 2020.\n'
          ' 1. B. Kim, "Heat flow in small bodies,"\n    Icarus, 2021.\n')
    blocks = _md_blocks(md)
    assert [(b.section, b.lines[0].text, b.lineno) for b in blocks] == [
        ("Publications", 'A. Lee, "Tides of icy moons," Icarus, 2020.', 4),
        ("Publications", 'B. Kim, "Heat flow in small bodies,"', 5)]
    md = ('<table><tr><td>About</td></tr></table>\n<p style="text-align: justify;">Selected work:</p>\n'
          "* A. Lee <i>Icarus</i>, <b>2020</b>, 12, 1-9.\n* B. Kim <i>Icarus</i>, <b>2021</b>, 13, 2-8.\n")
    assert [(b.lines[-1].text, b.lineno) for b in _md_blocks(md)][-2:] == [
        ("A. Lee Icarus, 2020, 12, 1-9.", 3), ("B. Kim Icarus, 2021, 13, 2-8.", 4)]
    for md in ("<div>\nopen\n* A. Lee, Icarus, 2020.\n", "<div>A</div>\n<div>B</div>\n",
               "```\n<p>x</p>\n* A. Lee\n```\n"):
        assert _end_html_blocks(md) == (md, frozenset())
    assert _end_html_blocks("<p>x</p>\n* A\n") == ("<p>x</p>\n\n* A\n", frozenset({1}))


def test_quarto_fenced_divs_are_the_divs_they_stand_for():
    """Quarto's '::: {.pub-entry}' / '### Title' / '::: {.pub-authors}' / 'Authors' / ':::' ...: written as the HTML
    they stand for, so their classes name the entry and its fields as a page's HTML does, and the lines keep their
    numbers; what conditional content ('.content-visible') holds runs on with the text around it."""
    md = ("::: {.pub-entry}\n### Tides of icy moons\n::: {.pub-authors}\nAna Lima, Bo Chen\n:::\n"
          "::: {.pub-venue}\nForthcoming at Icarus, 2026\n:::\n:::\n")
    html = markdown_to_html(md)
    assert '<div data-fenced="" class="pub-authors">' in html and ":::" not in html
    blocks = _md_blocks(md)
    assert [(ln.text, ln.lineno) for b in blocks for ln in b.lines] == [
        ("Tides of icy moons", 2), ("Ana Lima, Bo Chen", 4), ("Forthcoming at Icarus, 2026", 7)]
    assert [s.tag for b in blocks for ln in b.lines for s in ln.spans][1:] == ["authors", "venue"]
    md = ("Lima, A. (2024). Tides of icy moons. *Icarus*.\n\n::: {.content-visible when-profile=\"english\"}\n"
          "[Publisher's website](https://doi.org/10.1/x)\n:::\n")
    assert [[ln.text for ln in b.lines] for b in _md_blocks(md)] == [
        ["Lima, A. (2024). Tides of icy moons. Icarus.", "Publisher's website"]]


def test_short_items_under_a_title_are_its_details_read_with_it():
    """"- Title<br>\n  - *Journal*, 2023": the items under a title that gives no year are its details (venue,
    status), one block with it; under a topic word, or under a whole citation (its notes), or holding several
    links each (papers named in a line), they stay blocks of their own."""
    title = "Tidal heating of icy moons and their oceans."
    blocks = _md_blocks(f"- {title}\n  - *Icarus (Q1)*, 2023.\n")
    assert [[ln.text for ln in b.lines] for b in blocks] == [[title, "Icarus (Q1), 2023."]]
    for md in (f"- Topics of interest\n  - {title} *Icarus*, 2023.\n",
               f"- {title} *Icarus*, 2023.\n  - Best paper award\n",
               f"- {title}\n  - Tides [ACL 2023](a.pdf), Heat [NeurIPS 2023](b.pdf)\n"):
        assert len(_md_blocks(md)) == 2, md


def test_the_first_items_under_a_title_that_give_its_year_are_read_with_it_the_rest_are_notes():
    """"- **[Title](...)**, with A and B\n  - *Journal*, 2024.\n  - Presented at: (a long list)": the first short items
    (and a long author list) are the title's details, one block with it; the long items after them stay notes."""
    title = "**[Tidal heating of icy moons](https://x.org/1)**, with Ada Okafor and Bo Lund"
    talks = "Presented at: " + ", ".join(f"Meeting {k} in the town of Place {k}" for k in range(5)) + "."
    blocks = _md_blocks(f"- {title}\n  - *Icarus*, 2024.\n  - {talks}\n")
    assert [ln.text for ln in blocks[0].lines] == [
        "Tidal heating of icy moons, with Ada Okafor and Bo Lund", "Icarus, 2024."]
    assert len(blocks) == 2 and blocks[1].nested
    names = ", ".join(f"Ada{chr(97 + k)} Okafor" for k in range(12)) + ", et al."
    blocks = _md_blocks(f"- {title}\n  - ACL main, 2025\n  - {names}\n")
    assert len(blocks) == 1 and len(blocks[0].lines) == 3
    # ... not when no detail gives a year (a title's notes), nor under a whole citation
    assert len(_md_blocks(f"- {title}\n  - Best paper award\n  - {talks}\n")) == 3
    assert len(_md_blocks(f"- {title}, *Icarus*, 2024.\n  - Best paper award\n  - {talks}\n")) == 3


def test_a_year_written_as_a_list_number_is_kept_for_its_item():
    """"- 2019. Authors. Title" and "2018. Authors. Title" are ordered lists to Markdown starting at the year: the
    page shows it, the tree kept it only in the list's start attribute (the entry lost its year). Numbers that are no
    year are not."""
    md = ("- 2019. Lena Okafor, Jan Moreau. Tidal mixing in shallow fjords.\n"
          "- 2018. Jan Moreau. Salt wedges in estuaries.\n\n"
          "1. Ida Berg. Reading the shoreline.\n")
    assert [(b.lines[0].text, b.number_year) for b in _md_blocks(md) if b.lines] == [
        ("Lena Okafor, Jan Moreau. Tidal mixing in shallow fjords.", 2019),
        ("Jan Moreau. Salt wedges in estuaries.", 2018), ("Ida Berg. Reading the shoreline.", None)]


def test_field_classes_tag_their_text_a_year_badge_is_a_year_not_a_venue():
    """Card layouts name each field by its element's class; "pub-badge year" was read as a venue ("badge")."""
    page = ('<html><body><div class="pub-card">\n<div class="pub-card-title">Tidal heating of icy moons</div>\n'
            '<div class="pub-card-authors">Okafor, A., &amp; Lund, B.</div>\n<div class="pub-card-meta">'
            '<span class="pub-badge journal">Icarus</span> <span class="pub-badge year">2023</span> '
            '<span class="pub-date">May 2023</span> <span class="update">new</span></div>\n</div></body></html>')
    (block,) = _html_blocks(page)
    tags = {s.text.strip(): s.tag for ln in block.lines for s in ln.spans if s.text.strip()}
    assert tags["Tidal heating of icy moons"] == "title"
    assert tags["Okafor, A., & Lund, B."] == "authors"
    assert tags["Icarus"] == "venue"
    assert tags["2023"] == "year" and tags["May 2023"] == "year"
    assert tags["new"] == ""


def test_a_class_naming_the_entry_does_not_say_its_text_is_a_title():
    """<p class="paper"> holds a whole citation as often as a title: only a class naming a field tags its text."""
    page = ('<html><body><p class="paper"><a href="https://x.org/1">Okafor, Ada. 2019. "Tidal Heating." '
            "<i>Icarus</i> 5 (1): 1-9</a>.</p>\n"
            '<div class="paper-box"><div class="paper-title">Ligand Exchange</div></div></body></html>')
    tags = {s.text.strip(): s.tag for b in _html_blocks(page) for ln in b.lines for s in ln.spans if s.text.strip()}
    assert tags['Okafor, Ada. 2019. "Tidal Heating."'] == "" and tags["Icarus"] == ""
    assert tags["Ligand Exchange"] == "title"


def test_a_list_item_by_its_class_or_its_schema_org_type_is_one_block_and_pub_publication_is_its_venue():
    """Hugo Academic and other themes write each entry as `<div class="pub-list-item" itemscope
    itemtype="http://schema.org/CreativeWork">` holding a title, a venue ("pub-publication") and an author div: one
    block each (the parts were blocks of their own, "pub-publication" taken for an entry of its own), the venue
    line tagged as the venue; a `stream-item` that declares its schema.org type is one block too."""
    page = ('<html><body><h1>Conference Papers:</h1>\n'
            '<div class="pub-list-item" itemscope itemtype="http://schema.org/CreativeWork">\n'
            '<div class="pub-title"><a href="#">Tidal heating of icy moons</a></div>\n'
            '<div class="pub-publication">Int. Conf. on Planetary Data (<b>PDC</b>), 2020.</div>\n'
            '<div class="pub-authors">Ada Okafor, Jan Moreau.</div>\n</div>\n'
            '<div class="media stream-item" itemscope itemtype="http://schema.org/ScholarlyArticle">\n'
            '<div class="media-body"><h3 class="article-title">Crust thickness from libration</h3>\n'
            '<div class="article-style">Icarus, 2019.</div></div><div class="stream-meta">Jan Moreau</div>\n</div>\n'
            '</body></html>')
    blocks = _html_blocks(page)
    assert [[ln.text for ln in b.lines] for b in blocks] == [
        ["Tidal heating of icy moons", "Int. Conf. on Planetary Data (PDC), 2020.", "Ada Okafor, Jan Moreau."],
        ["Crust thickness from libration", "Icarus, 2019.", "Jan Moreau"]]
    tags = {s.text.strip(): s.tag for ln in blocks[0].lines for s in ln.spans if s.text.strip()}
    assert tags["Int. Conf. on Planetary Data ("] == "venue"


def test_a_run_of_cards_each_holding_one_heading_is_one_block_each():
    """`<article><h3>Title</h3><p>Authors</p>...</article>` twice or more: each card is one block (Block.card), its
    heading tagged as the card's heading (assemble reads it as the title unless the labeller reads it as another
    field), not a section over the text under it; a heading of a lower rank beside it is a field
    (`<h5>Title</h5><h6>Journal</h6>`). A group of cards with a heading of its own is no card; nor is a card
    that names its paper's title in a field of its own, nor one holding a list."""
    page = ('<html><body><h2>Publications</h2><section class="group"><h2>Planets</h2>\n'
            '<article class="pub"><div class="venue">Icarus 2023</div><h3>Tidal heating of icy moons</h3>\n'
            '<p>Ada Okafor, Jan Moreau</p></article>\n'
            '<article class="pub"><h3>Crust thickness from libration</h3><h4>Journal of Geophysics</h4>\n'
            '<p>Jan Moreau</p></article></section>\n'
            '<section class="group"><h2>Events</h2>\n'
            '<div class="ev"><h3>Event: Planetary Data Week</h3><p>Title: Ligand exchange in clusters</p></div>\n'
            '<div class="ev"><h3>Event: Cluster Days 2021</h3><p>Title: Cluster growth</p></div>\n'
            '<div class="ev"><h3>Poster session on moons</h3><ul><li>Talk one</li></ul></div></section>\n'
            '</body></html>')
    blocks = _html_blocks(page)
    cards = [b for b in blocks if b.card]
    assert [[ln.text for ln in b.lines] for b in cards] == [
        ["Icarus 2023", "Tidal heating of icy moons", "Ada Okafor, Jan Moreau"],
        ["Crust thickness from libration", "Journal of Geophysics", "Jan Moreau"]]
    assert all(b.section == "Planets" for b in cards)
    tags = {s.text.strip(): s.tag for b in cards for ln in b.lines for s in ln.spans if s.text.strip()}
    assert tags["Tidal heating of icy moons"] == tags["Crust thickness from libration"] == "card-heading"
    assert tags["Journal of Geophysics"] == ""
    assert [(b.card, b.section) for b in blocks[2:]] == [(False, "Events > Event: Planetary Data Week"),
                                                         (False, "Events > Event: Cluster Days 2021"),
                                                         (False, "Events > Poster session on moons")]


def test_a_sites_own_components_side_by_side_holding_citations_are_a_block_each():
    """A Gatsby page's `<Project>` components, a paper's citation each, in `<Section>`s under an `<H4>`: an HTML
    parser keeps an unknown tag inline, so a section's papers were one line, and each section (a heading and text,
    twice) was read as a card, one paper. Components alike side by side, of words enough, are a block each; a
    section holding two whole citations is no card; the components inside a citation (`<Name>`) stay inline."""
    page = ("<html><body>\n"
            "<section><h4>Books</h4>\n"
            "<project><name>Okafor, A.</name> 2018. <i>Classical sociology in Central Europe.</i> Praha: SLON."
            "</project>\n"
            "<project><name>Okafor, A.</name> 2017. <i>Rural sociology in three traditions.</i> Opava: SU.</project>\n"
            "</section>\n"
            "<section><h4>Journal articles</h4>\n"
            "<project><name>Okafor, A.</name> 2019. Nations in early sociology. <i>Sociologia</i> 51 (2).</project>\n"
            "<project><name>Okafor, A.</name> 2014. National identity in Benes. <i>Sociologicky casopis</i> 50."
            "</project>\n"
            "</section></body></html>")
    blocks = _html_blocks(page)
    assert not any(b.card for b in blocks)
    assert [(b.section, [ln.text for ln in b.lines]) for b in blocks] == [
        ("Books", ["Okafor, A. 2018. Classical sociology in Central Europe. Praha: SLON.",
                   "Okafor, A. 2017. Rural sociology in three traditions. Opava: SU."]),
        ("Journal articles", ["Okafor, A. 2019. Nations in early sociology. Sociologia 51 (2).",
                              "Okafor, A. 2014. National identity in Benes. Sociologicky casopis 50."])]
    inline = _html_blocks("<html><body><p>Okafor, A. <x-mark>and</x-mark> <x-mark>B. Lee</x-mark> 2019. A title "
                          "of several words. <i>Icarus</i> 12.</p></body></html>")
    assert [ln.text for b in inline for ln in b.lines] == [
        "Okafor, A. and B. Lee 2019. A title of several words. Icarus 12."]


def test_pandoc_raw_html_blocks_are_html_and_heading_attributes_are_no_words():
    """Quarto and R Markdown pages keep the HTML a code cell wrote in raw blocks ("```{=html}" ... "```"): HTML as the
    page shows it, not a code block's text, its lines where they are; "### 2024 {#published-2024}" (Pandoc's and
    kramdown's heading attributes) is the heading "2024"."""
    md = ("### 2024{#published-2024}\n```{=html}\n<ul class='list'><li class='item'>Ada Okafor. (2024) "
          '"Tidal heating of icy moons." Icarus</li>\n<li>Jan Moreau. (2024) "Crust thickness." Icarus</li></ul>\n```\n'
          "## Talks {#talks .unnumbered}\n\n```{=html}\n<p>never closed</p>\n")
    root = parse_html(markdown_to_html(md))
    assert root is not None
    blocks = list(iter_blocks(root, LineMapper(root, True, 0), newline_breaks=True))
    assert [(b.section, b.lineno, b.lines[0].text) for b in blocks[:2]] == [
        ("2024", 3, 'Ada Okafor. (2024) "Tidal heating of icy moons." Icarus'),
        ("2024", 4, 'Jan Moreau. (2024) "Crust thickness." Icarus')]
    assert [b.section for b in blocks[2:]] == ["Talks"]  # the unclosed fence stays a code block's text
    assert "never closed" in blocks[2].lines[-1].text


def test_a_label_column_beside_a_column_of_blocks_is_their_heading_for_that_row_only():
    """A CV laid out as rows, `<div class="row"><div class="col-3">Seminars</div><div class="col-9"><div>...</div>
    </div></div>`: the short first column names what the second holds (its own words: a hint in a <span> after
    them is not part of the name); after the row, the heading before it holds again."""
    page = ('<html><body><h2>Curriculum</h2>\n'
            '<div class="row"><div class="col-3">Seminars</div><div class="col-9">\n'
            '<div class="item">2023: Federal Reserve Board, World Bank</div>\n<div class="item">2019: CREI</div>\n'
            '</div></div>\n'
            '<div class="row"><div class="label">Selected Publications <span>see <a href="#">Scholar</a></span></div>'
            '<div class="col-9">\n<div class="item">Ada Okafor. Tidal heating of icy moons. Icarus, 2021.</div>\n'
            '</div></div>\n'
            '<div class="row"><div>Okafor, Ada. A long sentence here, not a label.</div><div>x</div></div>\n'
            '<p>Contact me.</p></body></html>')
    got = [(b.section, [ln.text for ln in b.lines]) for b in _html_blocks(page)]
    assert got == [("Curriculum > Seminars", ["2023: Federal Reserve Board, World Bank", "2019: CREI"]),
                   ("Curriculum > Selected Publications", ["Ada Okafor. Tidal heating of icy moons. Icarus, 2021."]),
                   ("Curriculum", ["Okafor, Ada. A long sentence here, not a label.", "x"]),
                   ("Curriculum", ["Contact me."])]


def test_the_pages_footer_by_its_class_is_not_read_but_a_cards_footer_is():
    """`<div class="footer">`, `<p><span class="footer">Last updated on Aug 13, 2026. Created using pandoc.</span></p>`:
    the site's words, as a `<footer>` element's are; a card's "card-footer" holds its paper's links and is read."""
    page = ('<html><body><ul><li>Ada Okafor. Tidal heating of icy moons. Icarus, 2021.</li></ul>\n'
            '<div class="card"><p>Jan Moreau. Crust thickness. Icarus, 2020.</p>'
            '<div class="card-footer"><a href="x.pdf">PDF</a></div></div>\n'
            '<div class="site-footer">© 2026 Ada Okafor. Built with Jekyll.</div>\n'
            '<p><span class="footer"><i>Last updated on Aug 13, 2026. Created using pandoc.</i></span></p>\n'
            '</body></html>')
    texts = [ln.text for b in _html_blocks(page) for ln in b.lines]
    assert texts == ["Ada Okafor. Tidal heating of icy moons. Icarus, 2021.",
                     "Jan Moreau. Crust thickness. Icarus, 2020.", "PDF"]


def test_a_heading_of_link_words_beside_a_whole_citation_makes_no_card():
    """Rows of `<h5><a>Paper</a> - <a>Video</a></h5>` beside `<p>` holding a whole citation: the heading is the
    row's links, not a paper's title; the rows are no cards (read as cards, every paper's title was "Paper - Video")."""
    row = ('<div class="row item"><div class="col-3"><h5><a href="https://arxiv.org/abs/2412.0{n}">Paper</a> - '
           '<a href="https://youtu.be/x{n}">Video</a></h5></div><div class="col"><p>J{n}. Okafor, A. and Moreau, J., '
           '"Tidal heating number {n}," Icarus, 2024.</p></div></div>\n')
    rows = "".join(row.format(n=n) for n in (1, 2, 3))
    page = "<html><body><h3>Journal Publications</h3>\n" + rows + "</body></html>"
    assert not any(b.card for b in _html_blocks(page))


def test_a_layout_tables_row_that_holds_only_a_heading_is_a_section():
    """`<tr><td colspan="2"><h5>教育背景</h5></td></tr>` over rows of degrees: a page laid out in a table sets its
    sections' headings in rows of their own; the row was read as a block and the rows under it as papers under the
    page's title."""
    page = ('<html><body><h1>Ada Okafor</h1><table>\n'
            '<tr><td colspan="2"><h5>Education <br> </h5></td></tr>\n'
            '<tr><td>2015</td><td>MSc, Computer Science, Zhengzhou University</td></tr>\n'
            '<tr><td colspan="2"><h5>Papers</h5></td></tr>\n'
            '<tr><td>2017</td><td>Ada Okafor. Soft computing and art. Sustainability, 2017.</td></tr>\n'
            '<tr><td><h5>Note</h5> and more words in the row</td></tr>\n'
            '</table></body></html>')
    got = [(b.section, [ln.text for ln in b.lines]) for b in _html_blocks(page)]
    assert got == [("Ada Okafor > Education", ["2015", "MSc, Computer Science, Zhengzhou University"]),
                   ("Ada Okafor > Papers", ["2017", "Ada Okafor. Soft computing and art. Sustainability, 2017."]),
                   ("Ada Okafor > Papers", ["Note", "and more words in the row"])]


def test_a_layout_tables_cell_that_holds_paragraphs_of_papers_is_walked():
    """An old page laid out in a table keeps its menu in one cell and its content in the next, a paper a paragraph
    (`<P>` left open): the row was one block, its menu, its heading and its papers run together as lines of it. A
    row whose cell holds one paper in paragraphs (title, authors, venue) stays one block."""
    papers = "".join(f"<P>Ada Okafor and Jan Moreau. Tidal heating of icy moons, part {n}, Icarus, 201{n}\n\n"
                     for n in range(3))
    page = ('<html><body><table><tr><td class="Menu">Home</td>\n<td class="Content">\n'
            '<h1>Publications</h1>\n' + papers + '</td></tr></table></body></html>')
    got = [(b.section, [ln.text for ln in b.lines]) for b in _html_blocks(page)]
    assert got[-1] == ("Publications", [f"Ada Okafor and Jan Moreau. Tidal heating of icy moons, part {n}, Icarus, "
                                        f"201{n}" for n in range(3)])
    assert not any("Publications" in lines for _, lines in got)
    one = ('<html><body><h2>Papers</h2><table><tr><td><img src="a.png"></td><td><p>Tidal heating of icy moons</p>'
           '<p>Ada Okafor, Jan Moreau</p><p>Icarus, vol. 12, 2019</p></td></tr></table></body></html>')
    assert [[ln.text for ln in b.lines] for b in _html_blocks(one)] == [
        ["Tidal heating of icy moons", "Ada Okafor, Jan Moreau", "Icarus, vol. 12, 2019"]]


def test_a_run_of_boxes_alike_without_a_heading_is_one_block_each():
    """`<div class="card"><div>Authors. Title.</div><span>2025</span><p class="meta">Space Weather · DOI</p></div>`
    three times: each box is one paper; its venue line was a block (and a record) of its own."""
    box = ('<div class="card"><div class="row"><div class="cite">Okafor, A., <strong>Moreau, J.</strong>, et al. '
           'Tidal heating of icy moons number {n}.</div><span class="badge">2025</span></div>'
           '<p class="meta">Space Weather · <a href="https://doi.org/10.1/{n}">DOI</a></p></div>\n')
    page = '<html><body><h2>Publications</h2>\n' + "".join(box.format(n=n) for n in range(3)) + '</body></html>'
    blocks = _html_blocks(page)
    assert len(blocks) == 3
    assert all("Space Weather" in " ".join(ln.text for ln in b.lines) and not b.card for b in blocks)


def test_boxes_that_hold_a_list_or_too_few_alike_are_not_boxes():
    listed = ('<div class="year"><p>2025</p><ul><li>Okafor, A. Tidal heating of icy moons. Icarus, 2025.</li>'
              '<li>Okafor, A. Ligand exchange in small clusters. JACS, 2025.</li></ul></div>\n')
    page = '<html><body>' + listed * 3 + '</body></html>'
    texts = [" ".join(ln.text for ln in b.lines) for b in _html_blocks(page)]
    assert sum("Tidal heating" in t for t in texts) == 3 and not any("Ligand" in t and "Tidal" in t for t in texts)
    from pubnorm.sources.markup import _boxes

    two = parse_html('<html><body><div class="card"><div>Okafor, A. Tidal heating of icy moons.</div>'
                     '<p>Icarus · 2025</p></div>' * 2 + '</body></html>').find("body")
    assert _boxes(two) == frozenset()  # two alike are no run


def test_an_end_tag_of_a_line_break_breaks_the_line_as_browsers_do():
    """"Authors </br>"Title." </br><i>Journal</i>": "</br>" is a line break to browsers (HTML5); libxml2 dropped it
    and ran the authors into the title."""
    blocks = _html_blocks("<html><body><div>A. Okafor, and J. Moreau </br>\"Tidal heating.\" </BR ><i>Icarus</i>, "
                          "2006.</div></body></html>")
    assert [ln.text.strip() for b in blocks for ln in b.lines] == ["A. Okafor, and J. Moreau", '"Tidal heating."',
                                                                   "Icarus, 2006."]


def test_headings_with_no_text_between_them_are_a_chain_the_block_under_them_carries():
    """"### Title" right above "###### Authors" right above the venue line: a paper whose fields the page sets as
    headings. The block under the last heading carries the chain (Block.heads), outer first; the next block under
    the same headings carries none; a heading naming a kind of papers ("## Journal Articles"), one short word
    ("### Editor") or no word ("### 2024") is a section, not part of the chain."""
    md = ("## Journal Articles\n\n### Tidal heating of icy moons and their oceans\n###### Ada Okafor, Jan Moreau\n"
          "Icarus '23\n\nA second paragraph.\n\n### 2024\n\n- Crust thickness. Icarus, 2024.\n")
    blocks = _md_blocks(md)
    assert [h.text for h in blocks[0].heads] == ["Tidal heating of icy moons and their oceans",
                                                 "Ada Okafor, Jan Moreau"]
    assert [h.line for h in blocks[0].heads] == [3, 4]
    assert [ln.text for ln in blocks[0].lines] == ["Icarus '23", "A second paragraph."]
    assert [ln.text for ln in blocks[1].lines] == ["Crust thickness. Icarus, 2024."]
    assert blocks[1].heads == ()  # "### 2024" alone, after the section: no chain
    assert len(blocks) == 2
    service = _md_blocks("## Professional activities\n\n### Editor\n\n- [Working Papers](x), Volume 3.\n")
    assert service[0].heads == ()  # one short word names a section: "Editor" is no paper's field


def test_a_chain_of_headings_with_no_text_under_it_is_a_block_of_its_own():
    """`<h5>Authors (2013)</h5><h4>Title</h4><h5>Journal 49:1-13.</h5><br>` and so on, with no text between and none
    after: the chain's headings are read as one block of plain lines (tagged CHAIN: set as headings, each would
    read as a title), after the section that names the kind of papers. Text after the chain closes it and carries it
    (Block.heads), wherever it is: assemble decides whether the chain is read with it."""
    from pubnorm.sources.markup import CHAIN

    page = ("<html><body><h4>Selected Publications</h4><br>\n"
            "<h5>Okafor A, Moreau J. (2013)</h5>\n<h4>Tidal heating of icy moons.</h4>\n<h5>Icarus 49:1-13.</h5><br>\n"
            "\n<h5>Moreau J. (2011)</h5>\n<h4>Crust thickness from libration.</h4>\n<h5>Icarus 14:5-9.</h5><br>\n"
            "{}</body></html>")
    blocks = _html_blocks(page.format(""))
    chain = blocks[-1]
    assert [ln.text for ln in chain.lines] == ["Okafor A, Moreau J. (2013)", "Tidal heating of icy moons.",
                                               "Icarus 49:1-13.", "Moreau J. (2011)",
                                               "Crust thickness from libration.", "Icarus 14:5-9."]
    assert {s.tag for ln in chain.lines for s in ln.spans} == {CHAIN}
    assert [ln.lineno for ln in chain.lines] == [2, 3, 4, 6, 7, 8] and chain.lineno == 2
    closed = _html_blocks(page.format("\n\n<div><p>See all publications on the journal's site.</p></div>"))
    assert not any(s.tag == CHAIN for b in closed for ln in b.lines for s in ln.spans)
    assert [h.text for h in closed[-1].heads] == [ln.text for ln in chain.lines]


def test_papers_set_as_headings_before_another_sections_heading_are_read_not_dropped():
    """`<h3>Title</h3><h5>Authors</h5>` for each paper, then `<h2>Talks</h2>` over a line of text: the chain ran on
    into "Talks", a section's name, and the text under it closed the chain with only what came after that name: the
    papers' headings before it were dropped. They are a block of their own (CHAIN lines), before the talks' text,
    which carries no chain."""
    from pubnorm.sources.markup import CHAIN

    page = ("<html><body><h2>Selected publications</h2>\n<h3>Tidal heating of icy moons</h3>\n"
            "<h5>Ada Okafor, Jan Moreau</h5>\n<h3>Crust thickness from libration</h3>\n<h5>Jan Moreau</h5>\n"
            "<h2>Talks</h2>\nA talk at the <a href=\"https://x.org\">Moon Seminar</a>.\n</body></html>")
    *chains, talk = _html_blocks(page)
    assert [[ln.text for ln in b.lines] for b in chains] == [["Tidal heating of icy moons", "Ada Okafor, Jan Moreau",
                                                              "Crust thickness from libration", "Jan Moreau"]]
    assert {s.tag for ln in chains[0].lines for s in ln.spans} == {CHAIN} and chains[0].lineno == 2
    assert talk.heads == () and talk.section == "Talks"


def test_a_section_name_set_by_its_class_is_a_heading():
    """A CV theme's sections: `<div class="br-label br-cv-section__label">Honors & Awards</div>` over rows of a year and
    a title. Read as text, the name was no section, and every award, course and committee under it a paper. A short
    text whose class names a section's heading ("section-title", "section__label", "section-head") is a heading; a
    paper's title class ("pub-title") is not."""
    page = ('<html><body><section><div class="br-label br-cv-section__label">Publications</div>\n'
            '<div class="row"><div class="year">2024</div><div><p class="br-cv-title">Tidal heating of icy moons</p>'
            '<p>Icarus</p></div></div></section>\n'
            '<section><div class="br-label br-cv-section__label">Honors &amp; Awards</div>\n'
            '<div class="row"><div class="year">2023</div><div><p class="br-cv-title">Dean\'s Award for Research</p>'
            '</div></div></section>\n'
            '<p class="section-title">Teaching</p><p class="pub-title">Crust thickness from libration</p>\n'
            '</body></html>')
    blocks = _html_blocks(page)
    assert [(b.section.split(" > ")[0], ln.text) for b in blocks for ln in b.lines if ln.text[:1].isalpha()] == [
        ("Publications", "Tidal heating of icy moons"), ("Publications", "Icarus"),
        ("Honors & Awards", "Dean's Award for Research"), ("Teaching", "Crust thickness from libration")]


def test_a_section_name_set_by_its_own_elements_name_is_a_heading():
    """A page built of web components: `<iro-section-head>Education</iro-section-head>` names its section as a class
    "section-head" would. Read as text, its degrees and schools were read as papers under the page's publications."""
    page = ('<html><body><iro-section><iro-section-head id="pub">Publications</iro-section-head>\n'
            '<ul><li>Tidal heating of icy moons. <i>Icarus</i>, 2024.</li></ul></iro-section>\n'
            '<iro-section><iro-section-head id="edu">Education</iro-section-head>\n'
            '<ul><li><strong>Widget University</strong>, Lisbon<br>Doctor of Engineering (2022)</li></ul>'
            '</iro-section></body></html>')
    blocks = _html_blocks(page)
    assert [(b.section, ln.text) for b in blocks for ln in b.lines if ln.text[:1].isalpha()] == [
        ("Publications", "Tidal heating of icy moons. Icarus, 2024."), ("Education", "Widget University, Lisbon"),
        ("Education", "Doctor of Engineering (2022)")]


def test_a_chain_too_long_to_read_with_its_text_is_read_in_blocks_of_its_own_and_nothing_is_dropped():
    """A page of 150 papers, each three headings and nothing else, then a line of text: the chain (450 headings) is
    too long to be read with that line (MAX_CHAIN); it is read in blocks of at most MAX_BLOCK_LINES lines, every
    heading in one of them, before the line, which carries no chain."""
    from pubnorm.sources.markup import MAX_BLOCK_LINES, MAX_CHAIN

    papers = "".join(f"<h5>Okafor A{i}. (2013)</h5>\n<h4>Tidal heating number {i}.</h4>\n<h5>Icarus {i}:1-9.</h5>\n"
                     for i in range(150))
    blocks = _html_blocks(f"<html><body>{papers}<p>See all publications on the journal's site.</p></body></html>")
    *chains, last = blocks
    assert MAX_CHAIN < 450 and all(len(b.lines) <= MAX_BLOCK_LINES for b in chains)
    assert [ln.text for b in chains for ln in b.lines][::3] == [f"Okafor A{i}. (2013)" for i in range(150)]
    assert [ln.lineno for b in chains for ln in b.lines] == list(range(1, 451))
    assert last.heads == () and [ln.text for ln in last.lines] == ["See all publications on the journal's site."]


def test_a_pandoc_span_is_its_text_without_brackets(db):
    """Quarto and R Markdown style a name with a span: "[Wang, T.]{.underline}†" (a student), "[Jo Lee]{.student}".
    CommonMark kept the brackets, and "[Wang" and "T.]" were two authors."""
    from pubnorm.sources.reader import read_markup

    md = ("## Papers\n\n"
          "-   **Okafor, A.** and [Lind, B.]{.underline}† (2024). [Dissecting the mean time in favor of treatment]"
          "(https://doi.org/10.1080/1.2){target=\"_blank\"}. *Journal of Biopharmaceutical Statistics*, 34, 111-126.\n"
          "-   [Moreau, C.]{.underline}†, **Okafor, A.**, and [Reyes, D.]{.student} (2023). Inference for "
          "time-to-event data in cohorts with attrition. *Statistics in Medicine*, 43, 216-232.\n")
    assert "[Lind" not in markdown_to_html(md) and "{.student}" not in markdown_to_html(md)
    pubs = read_markup("pubs.qmd", md, db).publications
    assert [p.authors for p in pubs] == [["Okafor, A.", "Lind, B."], ["Moreau, C.", "Okafor, A.", "Reyes, D."]]


def test_pandoc_sub_and_superscripts_are_the_characters_they_raise_or_lower(db):
    """Quarto, R Markdown and Pandoc-built pages write formulas "CO~2~" and "F^2-^" and mark names "Lind J^#^":
    CommonMark kept the tildes and carets in the title. A LaTeX tie between words ("Jo~Le~Moigne") and math stay."""
    from pubnorm.sources.reader import read_markup

    md = ("## Papers\n\n"
          "1.  A. Okafor, B. Lind, Tidal heating of CO~2~-water ice under MoS~2~ films with LiF: F^2-^ centres, "
          "*Icarus* 214, 2017\n")
    (pub,) = read_markup("pubs.qmd", md, db).publications
    assert pub.title == "Tidal heating of CO2-water ice under MoS2 films with LiF: F2- centres"
    assert "Jo~Le~Moigne" in markdown_to_html("Jo~Le~Moigne and $\\mathbb{R}^{2^2}$")
    assert "R}^{2^2}" in markdown_to_html("Jo~Le~Moigne and $\\mathbb{R}^{2^2}$")


def test_each_line_of_a_markdown_paragraph_keeps_its_own_source_line():
    """Lines of one paragraph, broken by `<br>`, two trailing spaces or a plain line end, each came out on the
    paragraph's first line (or the one before their own): a paper that starts on the third line of a paragraph was
    reported on its first."""
    for md in ("## H\nA one <br>\nB two <br>\nC three <br>\n", "## H\nA one  \nB two  \nC three\n",
               "## H\nA one\nB two\nC three\n"):
        root = parse_html(markdown_to_html(md))
        blocks = list(iter_blocks(root, LineMapper(root, from_markdown=True, offset=0), newline_breaks=True))
        assert [(ln.lineno, ln.text) for b in blocks for ln in b.lines] == [(2, "A one"), (3, "B two"), (4, "C three")]
    md = "## H\n\nSee **bold\nword** and\nmore <br>\nnext\n"
    root = parse_html(markdown_to_html(md))
    blocks = list(iter_blocks(root, LineMapper(root, from_markdown=True, offset=10), newline_breaks=True))
    assert [ln.lineno for b in blocks for ln in b.lines] == [13, 14, 15, 16]


def test_papers_on_the_lines_of_one_paragraph_are_reported_on_their_own_lines(db):
    from pubnorm.sources.reader import read_markup

    md = ("---\ntitle: Publications\n---\n## Selected publications\n"
          "[1] Okafor, A., Lind, B. Tidal mixing in shallow seas. *Ocean Dynamics*, 2021. <br>\n"
          "[2] Lind, B., Okafor, A. Sediment transport under waves. *Coastal Engineering*, 2020. <br>\n"
          "[3] Moreau, C., Okafor, A. Wave setup on steep beaches. *Journal of Fluid Mechanics*, 2019.\n")
    pubs = read_markup("p.md", md, db).publications
    assert [(p.year, p.sources[0].line) for p in pubs] == [(2021, 5), (2020, 6), (2019, 7)]


def test_a_tables_caption_is_the_heading_of_its_rows(db):
    """R's kableExtra writes a table a year: "<table><caption>2023</caption>" over rows of citations that give no
    year of their own. The caption was read as loose text, and no paper of the page had a year (0 of 45)."""
    from pubnorm.sources.reader import read_markup

    row = ("<tr><td><div class='badge'></div></td><td><span class='pub-title'><a href='https://doi.org/10.1000/{n}'>"
           "{t}</a></span><br> <span class='pub-authors'>Okafor A, Lind B</span> <i>{j}</i></td></tr>\n")
    md = ("# Publications\n\n<table class='publication-table'>\n<caption>2023</caption>\n<tbody>\n"
          + row.format(n=1, t="Space weather disrupts nocturnal bird migration", j="PNAS")
          + "</tbody>\n</table>\n\n<table class='publication-table'>\n<caption>2022</caption>\n<tbody>\n"
          + row.format(n=2, t="Flight calls show individuality by season", j="Ornithology")
          + "</tbody>\n</table>\n")
    pubs = read_markup("publications.md", md, db).publications
    assert [(p.title, p.year) for p in pubs] == [("Space weather disrupts nocturnal bird migration", 2023),
                                                 ("Flight calls show individuality by season", 2022)]


def test_tex_quotes_around_a_title_are_read_as_the_quotation_marks_they_print():
    """"A. Lee, and B. Kim: ``Exploiting Citation Papers,'' JCDL 2013" (a page written by someone who writes TeX):
    the labeller knows quotation marks, not TeX's, and read the names into the title. A code span in Markdown
    ("``x``") and a title's apostrophe stay as they are."""
    from pubnorm.sources.markup import tex_quotes

    assert tex_quotes("A. Lee: ``Exploiting Citation Papers,'' JCDL") == "A. Lee: “Exploiting Citation Papers,” JCDL"
    assert tex_quotes("``Don't Stop Pretraining''") == "“Don't Stop Pretraining”"
    assert tex_quotes("Run ``make all`` first.\n``a\nb''") == "Run ``make all`` first.\n``a\nb''"


def test_template_code_that_writes_a_links_address_leaves_the_link_an_address():
    """'<a href="{{ '/papers/x.pdf' | relative_url }}">': Jekyll prints an address there. Blanked to nothing, the
    link had none, so its text read as plain words (and the co-authors after it as the title's); the template's
    quoted literal, or else the name of the value it prints, stands in for it. Elsewhere template code is blanked."""
    from pubnorm.sources.markup import blank_out

    text = ("<a href=\"{{ '/papers/x.pdf' | relative_url }}\">T</a> <a href=\"{{ site.author.scholar }}\">S</a>\n"
            "[Ana Lee]({{site.data.coauthors.Lee.url}}) {{ page.title }} x={{ y }}.\n")
    assert blank_out(text) == ('<a href="/papers/x.pdf">T</a> <a href="site.author.scholar">S</a>\n'
                               "[Ana Lee](site.data.coauthors.Lee.url)  x=.\n")


def test_markup_a_script_keeps_in_a_template_literal_is_read_on_its_lines_and_code_is_not():
    """A one-page site that shows its tabs from strings ("preprints: `<main>...</main>`"): the markup is the page's
    text, on the lines it is written on; the code around it, and a string with a placeholder (a list drawn from
    data), are blanked as before."""
    from pubnorm.sources.markup import blank_out

    text = ("<p>Home</p>\n<script>\nconst tabs = {\n  pubs: `<main>\n    <h2>Papers</h2>\n  </main>`,\n"
            "  row: `<li>${p.title}</li>`,\n};\nshow(tabs.pubs);\n</script>\n<p>End</p>\n")
    out = blank_out(text)
    assert out.count("\n") == text.count("\n")
    lines = out.split("\n")
    assert lines[3] == "<main>" and lines[4] == "    <h2>Papers</h2>" and lines[5] == "  </main>"
    assert "const" not in out and "${" not in out and "show(" not in out


def test_links_side_by_side_each_a_whole_citation_are_a_block_each(db):
    """`<a class="pub-link" href=doi>Authors. <em>Title</em>, 2025. Journal.</a>` again and again with nothing but
    white space between (a style sheet shows each as a block): each is an entry of its own, on its line (before: one
    line of several papers, read as labels)."""
    from pubnorm.sources.reader import read_markup

    html = ('<html><body><main><h2>Publications</h2>\n'
            '<a class="pub-link" href="https://arxiv.org/abs/2501.00001">\n  Okafor, A., Lind, B. <em>Random widgets '
            'on sparse graphs</em>, 2025. Preprint arXiv:2501.00001.\n</a>\n'
            '<a class="pub-link" href="https://doi.org/10.1214/25-EJP1">\n  Lind, B., and Okafor, A. <em>Hipster walks '
            'on widget graphs</em>, 2024. <em>Electronic Journal of Probability</em> 30: 1-31.\n</a>\n'
            '<a class="pub-link" href="https://doi.org/10.1007/s00440-020-00980-z">\n  Okafor, A., and Ruiz, C. <em>'
            'Random walks on widget interchange graphs</em>, 2020. <em>Probability Theory and Related Fields</em> 178: '
            '437-473.\n</a>\n</main></body></html>\n')
    pubs = read_markup("index.html", html, db, html=True).publications
    assert [(p.title, p.year, p.first_source.line) for p in pubs] == [
        ("Random widgets on sparse graphs", 2025, 2), ("Hipster walks on widget graphs", 2024, 5),
        ("Random walks on widget interchange graphs", 2020, 8)]


def test_a_card_whose_parts_are_classed_paper_title_and_paper_meta_is_one_entry(db):
    """`<div class="paper-card"><div class="paper-title">...</div><div class="paper-meta">...</div></div>`: the class
    names an entry only as a whole name ("paper", "paper-card"), not as the start of a part's ("paper-title"). Before,
    each part was read as an entry of its own: the title alone, its journal alone, neither a paper."""
    from pubnorm.sources.reader import read_markup

    card = ('<div class="paper-card">\n<div class="paper-title">{0}</div>\n<div class="paper-meta"><strong>Paper '
            '(published)</strong> · <em>{1}</em>, {2}</div>\n</div>\n')
    html = ('<html><body><h2>Voter Turnout</h2>\n<div class="paper-grid">\n'
            + card.format("Widget voters and the turnout gap", "Electoral Studies", "88, 102 (2024)")
            + card.format("Encouraging widget owners to vote", "Political Behavior", "45, 1-20 (2023)")
            + card.format("How voters use widget advice applications", "Politics and Governance", "14 (2026)")
            + '</div></body></html>\n')
    pubs = read_markup("research.html", html, db, html=True).publications
    assert [(p.title, p.year) for p in pubs] == [("Widget voters and the turnout gap", 2024),
                                                 ("Encouraging widget owners to vote", 2023),
                                                 ("How voters use widget advice applications", 2026)]


def test_elements_after_the_head_that_are_no_heads_are_the_body_as_a_browser_reads_them(db):
    """`<head><title>..</title></head><main><body><h2>Publications</h2><ul><li>...`: libxml2 kept the whole page in
    the head, which is not read (no paper was); a browser ends the head at the first element that is no head's, and
    the page's own body tag inside it is no element of its own."""
    from pubnorm.sources.reader import read_markup

    html = ('<!DOCTYPE html>\n<html lang="en">\n<meta charset="utf-8">\n<head>\n<title>Ada Okafor</title>\n'
            '<link rel="stylesheet" href="a.css">\n</head>\n<main>\n<body>\n<header><nav><ul><li><a href="i.htm">About'
            '</a></li></ul></nav></header>\n<div id="content">\n<h2>Publications</h2>\n<ul>\n'
            '<li>Okafor, A., Lind, B. (2022) <a href="https://doi.org/10.1016/j.x.2022.1">Widget feeding in assembly '
            'lines</a>, International Journal of Production Research, 60(2), 1-20.</li>\n'
            '<li>Okafor, A. (2021) <a href="https://doi.org/10.1016/j.x.2021.2">Mixed-model widget lines with variable '
            'space</a>, Omega, 102, 102286.</li>\n</ul>\n</div>\n</body>\n</main>\n</html>\n')
    pubs = read_markup("research.htm", html, db, html=True).publications
    assert [(p.title, p.year, p.first_source.line) for p in pubs] == [
        ("Widget feeding in assembly lines", 2022, 14), ("Mixed-model widget lines with variable space", 2021, 15)]


def test_a_division_named_for_the_list_is_no_one_paper(db):
    """`<div class="pubs" markdown="1">` around a page's paragraphs, one paper each: "pubs" and "publications" name
    the list, not one entry of it (each two papers were read as one, the second's title as the first's authors)."""
    from pubnorm.sources.reader import read_markup

    para = ('<a href="https://doi.org/10.1/{0}">{1}</a>, *{2}*, {3}, 12, 345, Okafor, A., **Lind, B.**, Reyes, C.\n\n')
    for cls in ("pubs", "publications"):
        md = (f'---\ntitle: Publications\n---\n\n<div class="{cls}" markdown="1">\n\n'
              + para.format("a", "Widget catalysts for water oxidation", "Chem. Sci.", 2024)
              + para.format("b", "Operando spectroscopy of widget electrodes", "J. Am. Chem. Soc.", 2022)
              + para.format("c", "Charge kinetics in widget films", "Small", 2021) + "</div>\n")
        pubs = read_markup("publications.md", md, db).publications
        assert [(p.title, p.year, p.authors) for p in pubs] == [
            ("Widget catalysts for water oxidation", 2024, ["Okafor, A.", "Lind, B.", "Reyes, C."]),
            ("Operando spectroscopy of widget electrodes", 2022, ["Okafor, A.", "Lind, B.", "Reyes, C."]),
            ("Charge kinetics in widget films", 2021, ["Okafor, A.", "Lind, B.", "Reyes, C."])], cls


def test_a_franklin_page_reads_its_raw_html_and_its_div_blocks():
    """Franklin.jl (the Julia community's site generator): "@def" page variables are no text, "~~~" lines set raw
    HTML apart (CommonMark read them as a code fence: the papers in HTML as code), and "@@pubs" ... "@@" are div
    blocks, opened before a paper's title on its line and closed on a line of their own or after its venue; every
    block keeps its own line."""
    md = ('@def title = "Publications"\n\n## Chapters\n\n~~~\n<ul>\n  <li>\n    Ada Okafor, Jan Moreau. '
          '<strong><a href="x.pdf">Tidal heating of icy moons</a></strong>, Icarus, 2021.\n  </li>\n</ul>\n~~~\n\n'
          "## Selected\n\n@@pubs **Crust thickness from libration**\n\nJan Moreau, **_Ada Okafor_**; _Icarus_ @@\n"
          "@@pubs **Ice shells**\n\nAda Okafor; _Icarus_\n@@\n\n@@row\nAbout me.\n@@\n")
    root = parse_html(markdown_to_html(md))
    assert root is not None
    blocks = list(iter_blocks(root, LineMapper(root, True, 0), newline_breaks=True))
    got = [(b.section, b.lineno, [ln.text for ln in b.lines]) for b in blocks]
    assert got[0] == ("Chapters", 7, ["Ada Okafor, Jan Moreau. Tidal heating of icy moons, Icarus, 2021."])
    assert [g[1:] for g in got[1:]] == [(15, ["Crust thickness from libration", "Jan Moreau, Ada Okafor; Icarus"]),
                                        (18, ["Ice shells", "Ada Okafor; Icarus"]), (24, ["About me."])]
    assert "title" not in " ".join(t for b in blocks for ln in b.lines for t in [ln.text])
    assert [e.get("class") for e in root.iter("div") if e.get("data-fenced") is not None] == ["pubs", "pubs", "row"]


def test_at_signs_of_other_pages_are_no_franklin_marks():
    """A page without Franklin's page variables or div blocks keeps its "~~~" code fence and its "@@" text."""
    md = "Contact: a@@b\n\n~~~\n<b>code</b>\n~~~\n"
    html = markdown_to_html(md)
    assert "<pre><code" in html and "&lt;b&gt;code&lt;/b&gt;" in html and "a@@b" in html


def test_a_franklin_div_opened_and_closed_on_one_line_keeps_the_lines_after_it():
    """"@@clear @@" (an empty div block on one line) stands for one line of the page: the paragraph under it keeps its
    own line number (the HTML written for it counted one line too many)."""
    md = '@def title = "Papers"\n\n@@clear @@\n\nAda Okafor. Tidal heating of icy moons. Icarus, 2021.\n'
    root = parse_html(markdown_to_html(md))
    assert root is not None
    blocks = list(iter_blocks(root, LineMapper(root, True, 0), newline_breaks=True))
    assert [(b.lineno, b.lines[0].text) for b in blocks] == [
        (5, "Ada Okafor. Tidal heating of icy moons. Icarus, 2021.")]


def test_a_subtitle_class_tags_no_title():
    """Bulma's `class="title"` / `class="subtitle"` pair (and a theme's "pub-subtitle"): the line under a title holds
    the entry's authors or venue. "subtitle" was read as a class naming a title (it holds the word), so the authors
    were set as the title's own markup and read on into it."""
    page = ('<html><body><div class="item"><p class="title">Anchored Widget Algorithms</p>\n'
            '<p class="subtitle"><b>Ada M. Okafor</b>, Mert Lindqvist <br><br> arXiv preprint, 2025.</p>\n'
            '<p class="pub-subtitle">Ling Moreau</p><p class="paper-title">Widget Clustering</p></div></body></html>')
    spans = [s for b in _html_blocks(page) for ln in b.lines for s in ln.spans if s.text.strip()]
    assert [s.text.strip() for s in spans if s.tag == "title"] == ["Anchored Widget Algorithms", "Widget Clustering"]
    names = [s.text.strip() for s in spans if "Okafor" in s.text or "Moreau" in s.text]
    assert names == ["Ada M. Okafor", "Ling Moreau"]


def test_tex_marks_after_names_are_the_marks_they_print():
    """"**Zheqi Lv**$^\\dagger$", "A. K. Day$^{*}$", "Run Wang$^{\\ast}$": TeX's math for a mark after an author's
    name (MathJax shows it) is the mark ("†", "*"), which the author readers know; "$^{\\ast}$" was read as a venue
    ("AST"). Other math stays as written."""
    from pubnorm.sources.markup import tex_quotes

    text = r"Zheqi Lv$^\dagger$, A. K. Day$^{*}$, Run Wang$^{\ast}$, B. Kim$^{\ddagger}$ and $x^2$, $^{1}$"
    assert tex_quotes(text) == "Zheqi Lv†, A. K. Day*, Run Wang*, B. Kim‡ and $x^2$, $^{1}$"
    # ... and set as a superscript some other way ("**L. Shao**<sup>($\ast$)</sup>, [Title](url)": "$\ast$)" opened
    # four titles of a physicist's list)
    assert tex_quotes(r"**L. Lind**<sup>($\ast$)</sup>, Z. Wang$\dagger$, $a * b$") == \
        "**L. Lind**<sup>(*)</sup>, Z. Wang†, $a * b$"


def test_other_tex_superscripts_after_names_are_superscripts():
    """"Zgodic$^s$, A", "**McLain**$^{\\divideontimes c}$", "Lee$^{1,2}$": TeX's superscript of letters, digits
    and commands after a name (a student, a senior author, affiliations) is set as <sup> sets it, a command that
    prints a mark printed; the page's "$" no longer opens a formula running to the next name's. Math that is not
    such a mark stays as written, and so does a superscript after a number (a degree, a power of ten)."""
    from pubnorm.sources.markup import tex_quotes

    text = (r"Zgodic$^s$, A, **McLain**$^{\divideontimes c}$, Lee$^{1,2}$, Kim$^ c$, Park$^{a,\dagger}$, "
            r"Cho$^{\divideontimes}$ and $x^2$, $^{1}$, L$^{new}$, $\mathbb{R}^{2}$, 90$^{\circ}$, 10$^{6}$")
    assert tex_quotes(text) == ("Zgodic<sup>s</sup>, A, **McLain**<sup>c</sup>, Lee<sup>1,2</sup>, Kim<sup>c</sup>, "
                                r"Park<sup>a,†</sup>, Cho and $x^2$, $^{1}$, L$^{new}$, $\mathbb{R}^{2}$, "
                                r"90$^{\circ}$, 10$^{6}$")


def test_an_abstract_folded_in_details_is_no_text_of_the_list():
    """"<details><summary>Abstract</summary><p>While previous research ...</p></details>" under a paper's title: the
    abstract, folded until a reader opens it, was read as a paper's title (and the title above it as none). It is
    left out, its summary's word kept as the link that unfolds it; a folded box of anything else (a BibTeX entry) is
    read."""
    html = ("<html><body><h2>Papers</h2><ol><li><strong>Widget Insecurity and the Gender Gap</strong>\n"
            "<details><summary>Abstract</summary>\n<p>While previous research has revealed a gap, we ask why.</p>\n"
            "</details></li>\n<li><strong>Widget Norms in Supply Chains</strong>\n<details><summary> Résumé :"
            "</summary><p>Nous montrons que.</p></details>\n<details><summary>BibTeX</summary><pre>@article{k, "
            "title={Widget Norms}}</pre></details></li></ol></body></html>")
    blocks = _html_blocks(html)
    text = " ".join(ln.text for b in blocks for ln in b.lines)
    assert "Widget Insecurity and the Gender Gap" in text and "Widget Norms in Supply Chains" in text
    assert "previous research" not in text and "Nous montrons" not in text and "@article{k" in text
    links = [(s.text.strip(), s.href) for b in blocks for ln in b.lines for s in ln.spans if s.href]
    assert links == [("Abstract", "#abstract"), ("Résumé :", "#abstract")]


def test_an_include_s_caption_is_the_text_the_page_shows():
    """`{% include figure image_path="x.png" caption="[3] **A. Lee**, B. Kim. [Title](doi). *Journal*" %}`: a Jekyll
    theme's figure with a paper's citation as its caption was blanked whole as template code, so a page of them read
    no paper. The caption stays, on its line; other template code is still blanked."""
    from pubnorm.sources.markup import blank_out

    text = ('## 2020\n{% include figure image_path="/a.png" caption="[3] **A. Lee**, B. Kim. [Widget Bases for '
            'Spectra](https://doi.org/10.1/x). *Journal of Chemical Physics*" %}\n'
            "{% include figure image_path='/b.png'\n  caption='Widget tensors' %}\n{% include links.html %}\nend\n")
    assert blank_out(text) == ("## 2020\n[3] **A. Lee**, B. Kim. [Widget Bases for Spectra](https://doi.org/10.1/x). "
                               "*Journal of Chemical Physics*\nWidget tensors\n\n\nend\n")


def test_items_that_are_the_fields_of_one_entry_are_one_block():
    """'<li class="paper-title">', '<li class="paper-info">', '<li class="paper-links">' a paper, in one list (a lab's
    page): the title was a block of its own and the authors and journal another, so no paper had both. The items
    from a title's up to the next title's are one block; items without such classes stay one block each."""
    html = ("<html><body><h2>Publications</h2><ul><h3>2025</h3>"
            '<li class="paper-title">Widget axes in neural networks</li>'
            '<li class="paper-info">Lee A, Kim B (2025). <i>Nature Widgets.</i></li>'
            '<li class="paper-links"><a href="https://x.org/a">biorxiv</a></li>'
            '<li class="paper-title">Scalable widget inference</li>'
            '<li class="paper-info">Park C, Lee A (2024). <i>Widget Letters.</i></li>'
            "</ul><ul><li>Cho D (2023). Plain widgets. <i>Widget Letters.</i></li>"
            '<li class="note">Best paper</li></ul></body></html>')
    texts = [" ".join(ln.text for ln in b.lines) for b in _html_blocks(html)]
    assert texts[-4:] == ["Widget axes in neural networks Lee A, Kim B (2025). Nature Widgets. biorxiv",
                          "Scalable widget inference Park C, Lee A (2024). Widget Letters.",
                          "Cho D (2023). Plain widgets. Widget Letters.", "Best paper"]


def test_a_line_of_breaks_over_a_paragraph_leaves_its_markdown_to_be_read_as_kramdown_reads_it():
    """"<br>" alone on a line after an empty line, over "*Title*<br>", "**A. Lee**, B. Kim.<br>" and a link: kramdown
    reads the break as part of the paragraph it opens; CommonMark read the whole paragraph as raw HTML, its italic,
    bold and links as marks and words. Between lines of a paragraph the break stays a break, and the line count
    stays."""
    md = ("Intro.\n\n<br>\n*Widget sampling at scale*<br>\n**A. Okafor**, B. Lind.<br>\n"
          "[arXiv](https://arxiv.org/abs/2401.00001)\n\nText<br>\n<br>\nmore\n")
    html = markdown_to_html(md)
    assert "<em>Widget sampling at scale</em>" in html and "<strong>A. Okafor</strong>" in html
    assert '<a href="https://arxiv.org/abs/2401.00001">arXiv</a>' in html
    assert "*Widget" not in html
    assert "Text<br>\n<br>\nmore" in html  # inside a paragraph: a break
    root = parse_html(html)
    blocks = list(iter_blocks(root, LineMapper(root, from_markdown=True, offset=0), newline_breaks=True))
    assert [ln.lineno for b in blocks for ln in b.lines if "Widget" in ln.text] == [4]


def test_a_link_whose_target_is_still_to_come_marks_its_text_as_a_link():
    """"[Title]()" and '<a href="">Title</a>': the page set the title as a link and left its target empty; the text
    was marked as plain text (an empty target counted as none). It is a link, with no address ("#", as an anchor)."""
    for md in ("- [Tidal Heating of Icy Widgets]() by A. Okafor. *Icarus*, 2023\n",
               '- <a href="">Tidal Heating of Icy Widgets</a> by A. Okafor. *Icarus*, 2023\n'):
        root = parse_html(markdown_to_html(md))
        assert root is not None
        [block] = list(iter_blocks(root, LineMapper(root, True, 0), newline_breaks=True))
        spans = block.lines[0].spans
        assert [(s.text, s.href) for s in spans[:2]] == [
            ("Tidal Heating of Icy Widgets", "#"), (" by A. Okafor. ", None)]
    # an anchor with no href at all stays plain text
    [block] = _html_blocks('<html><body><ul><li><a name="p1"></a>Tidal heating. Icarus, 2023.</li></ul></body></html>')
    assert all(s.href is None for s in block.lines[0].spans)


def test_raw_tex_in_pandoc_markdown_is_the_style_it_sets_and_layout_commands_are_no_words(db):
    """A CV written in Pandoc Markdown for a PDF: "\\ind \\textbf{John McLevey}, *Tyler Crick*, ... Forthcoming 2021.
    "Title." *Journal*." paragraphs. CommonMark kept "\\ind" and "\\textbf{...}" as words of each entry, and most of
    them gave no paper. `\\textbf{x}` is x in bold, `\\emph{x}` in italics, a line's opening `\\ind` or `\\noindent` no
    words; fenced code is left as written; every line stays where it was."""
    from pubnorm.sources.reader import read_markup

    md = ("## Peer Reviewed Journal Articles\n\n"
          "\\ind \\textbf{Ada Okafor}, *Tyler Lind*, and Darrin Moreau. 2021. \"Word embeddings and the structural "
          "foundations of widget democracies, 1900-2020.\" *Canadian Review of Sociology*.\n\n"
          "\\ind Kathryn Roe, *Janet Wu*, and **Ada Okafor**. 2020. \"Pathways of influence: understanding the impacts "
          "of the philosophy of widgets.\" *Synthese*.\n\n"
          "\\noindent David Tan and \\emph{Ada Okafor}. 2019. \"Social network analysis as big widget data.\" "
          "*Social Networks*.\n\n```\n\\textbf{kept}\n```\n")
    html = markdown_to_html(md)
    assert "<strong>Ada Okafor</strong>" in html and "\\ind" not in html and "\\noindent" not in html
    assert "<em>Ada Okafor</em>" in html and "\\textbf{kept}" in html
    pubs = read_markup("cv.md", md, db).publications
    assert [(p.title, p.authors[0], p.year) for p in pubs] == [
        ("Word embeddings and the structural foundations of widget democracies, 1900-2020", "Ada Okafor", 2021),
        ("Pathways of influence: understanding the impacts of the philosophy of widgets", "Kathryn Roe", 2020),
        ("Social network analysis as big widget data", "David Tan", 2019)]


def test_markdown_inside_a_span_tag_alone_on_its_line_is_read_as_markdown_as_kramdown_does():
    """Jekyll pages that size their citations with `<span style="font-size: 0.9em">` on a line of its own over the
    citation's Markdown: CommonMark kept it all as a raw HTML block, "**A. Lee**" and "*Journal*" as marks and
    words (two wrapped citations in one block were read as one paper, its venue "Feature Space, 2022, *IEEE")."""
    md = ('<span style="font-size: 0.9em; color: #6b6b6b;">\nJo Park and **Ana Lee**, Widget Flows for\n'
          'Bayesian Models, 2022, *Journal of\nWidget Statistics*, 1-7.\n</span>\n\n<span class="x">\n'
          'plain words, no marks\n</span>\n')
    html = markdown_to_html(md)
    assert "<strong>Ana Lee</strong>" in html and "<em>Journal of\nWidget Statistics</em>" in html
    assert "**" not in html
    assert '<span class="x">\nplain words, no marks\n</span>' in html  # no Markdown inside: the element stays
    assert '<p data-line="2">Jo Park' in html  # the text keeps its source line


def test_each_term_of_a_definition_list_starts_a_block_with_its_definitions():
    """"<dl><dt>Title.</dt><dd>Authors. Journal 2023; 68: 1-9.</dd><dt>Title.</dt><dd>...</dd></dl>": the whole list
    was one block, and the second paper's title was read on as the first one's venue ("Widget memory" a venue)."""
    page = ("<html><body><h2>Publications</h2><dl>\n<dt>Widget flows in alpine lakes.</dt>\n"
            "<dd>Okafor A, Park J. <i>Freshwater Biology</i> 2023; 68: 123-135.</dd>\n<dt>Widget memory in fish.</dt>\n"
            "<dd>Park J, Okafor A. <i>Ecology Letters</i> 2022; 25: 1-10.</dd>\n<dd>Also: a note.</dd>\n"
            "</dl></body></html>")
    root = parse_html(page)
    mapper = LineMapper(root, from_markdown=False, offset=0)
    texts = [[ln.text for ln in b.lines] for b in iter_blocks(root, mapper, False)]
    assert texts == [["Widget flows in alpine lakes.", "Okafor A, Park J. Freshwater Biology 2023; 68: 123-135."],
                     ["Widget memory in fish.", "Park J, Okafor A. Ecology Letters 2022; 25: 1-10.", "Also: a note."]]
