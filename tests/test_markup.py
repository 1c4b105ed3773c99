"""The markup layer (sources/markup.py): HTML and Markdown into blocks of lines, with where they came from."""

from __future__ import annotations

from pubnorm.sources.markup import LineMapper, iter_blocks, markdown_to_html, parse_html


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
