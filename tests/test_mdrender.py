"""Markdown rendering (sources/mdrender.py): the same elements, texts and source lines as markdown-it-py gave."""

from __future__ import annotations

import resource
import time

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token

from pubnorm.sources.markup import _INDENTED_TAG, LineMapper, markdown_to_html, parse_html


def _markdown_it(text: str) -> str:
    """How markdown.py rendered a page before sources/mdrender.py: markdown-it-py, anchors and data-line."""
    md = MarkdownIt("commonmark", {"html": True, "breaks": False}).enable("table").enable("strikethrough")
    tokens = []
    for tok in md.parse(_INDENTED_TAG.sub(r"\1", text)):
        if tok.map and tok.type == "html_block":
            anchor = Token("html_block", "", 0)
            anchor.content = f'<pn-anchor data-line="{tok.map[0] + 1}"></pn-anchor>'
            tokens.append(anchor)
        elif tok.map and tok.nesting >= 0:
            tok.attrSet("data-line", str(tok.map[0] + 1))
        tokens.append(tok)
    return str(md.renderer.render(tokens, md.options, {}))


def _elements(html: str) -> list[tuple[object, ...]]:
    """Every element with the source line LineMapper gives it, its attributes (but data-line), text and tail."""
    root = parse_html(html)
    if root is None:
        return []
    mapper = LineMapper(root, from_markdown=True, offset=0)
    return [(el.tag, mapper.line(el), sorted((k, v) for k, v in el.attrib.items() if k != "data-line"), el.text,
             el.tail) for el in root.iter() if isinstance(el.tag, str) and el.tag != "pn-anchor"]


CASES = {
    "paragraphs": "# Papers\n\nA **bold** title, *italic* venue\nsecond line `code` &amp; \\*\n\nfoo  \nbar\\\nbaz\n",
    "tight-list": "- **T1**. A, B. *ACL 2024*.\n- T2\n  continued\n-\n- \n1. x\n3. y\n",
    "loose-list": "1. a\n\n   b\n2. c\n\n7) d\n",
    "nested-blocks-in-tight-item": "- a\n  > quote\n- b\n  ***\n  c\n- d\n  ```py\n  code\n  ```\n- e\n  - f\n",
    "html-blocks": "<div class='paper-box'>\n<b>Title</b>\n\n</div>\n\n- <div>\n  x\n  </div>\n\n> <p>q\n> r</p>\n",
    "html-after-tight-text": "- a\n  <div>\n  b\n  </div>\n",
    "tables": "| a | b | c |\n|:--|:-:|--:|\n| 1 | `2` |\n| x | y | z | w |\n\n| h |\n|---|\n",
    "code": "    indented\n      more\n\n```title extra\nfenced\n```\n~~~\n~~~\n    at the end",
    "links": "[a](http://x.org/ü \"T\") [r] <http://a.org/%20ü> <x@y.z> [j](javascript:alert(1)) <javascript:x>\n\n"
             "[r]: /u\n",
    "images": "![alt *em* `c`\nnext](p.png \"t\") after\n",
    "tildes": "~one~ ~~two~~ a~b ~~\n",
    "headings": "Setext\n===\n\nTwo\nlines\n---\n#\n### x ###\n",
    "quotes": ">\n\n> a\n> > b\n>\n> - c\n",
    "empty": "",
    # deeper than 20 levels is dropped (what markdown-it drops after that differs: it may stop reading the page)
    "quotes-too-deep": ">" * 30 + " x\n",
    "lists-too-deep": "".join("  " * i + "- x\n" for i in range(30)),
    "quoted-lists-too-deep": ">" * 12 + " - - - - - - - - - - x\n",
}


@pytest.mark.parametrize("text", CASES.values(), ids=CASES.keys())
def test_rendered_as_markdown_it_rendered(text):
    """Every element, attribute, text and mapped source line is what markdown-it-py gave (pages read as before),
    but a table cell's line, which markdown-it put one line below its row's for every cell before it."""
    def cells_unlined(els: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
        out, in_cell = [], False
        for e in els:
            in_cell = e[0] in ("th", "td") or (in_cell and e[0] not in ("tr", "table", "thead", "tbody", "p", "h2"))
            out.append((e[0], None, *e[2:]) if in_cell else e)
        return out

    assert cells_unlined(_elements(markdown_to_html(text))) == cells_unlined(_elements(_markdown_it(text)))


def test_a_table_cell_is_on_its_rows_line():
    text = "## Papers\n\n| Year | Title |\n|---|---|\n| 2026 | Tidal heating |\n| 2025 | Ligand exchange |\n"
    lines = [(tag, line) for tag, line, *_ in _elements(markdown_to_html(text)) if tag in ("tr", "th", "td")]
    assert lines == [("tr", 3), ("th", 3), ("th", 3), ("tr", 5), ("td", 5), ("td", 5), ("tr", 6), ("td", 6), ("td", 6)]


def test_many_list_items_are_read_fast_and_small():
    """200,000 one-word list items (issue 15): markdown-it-py took about 7 s and 400 MB for them alone."""
    text = "- x\n" * 200_000
    before = resource.getrusage(resource.RUSAGE_SELF)
    t = time.process_time()
    html = markdown_to_html(text)
    took = time.process_time() - t
    assert html.count("<li ") == 200_000
    assert took < 3.0  # about 0.5 s here; generous for a busy machine
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before.ru_maxrss) / 1024
    assert grown_mb < 150


@pytest.mark.parametrize("url", [
    "https://example.com/a b", "http://bücher.de/ü?x=1#frag", "javascript:alert(1)", "JavaScript:alert(1)",
    "mailto:me@bücher.de", "//host/p", "HTTP://[::1]:80/p q", "data:image/png;base64,xx", "data:text/html,x",
    "https://doi.org/10.1000/xyz<>", "arxiv.org/abs/2401.00001", "%E4%B8%AD", "http://xn--bcher-kva.de/",
    "https://例子.测试/路径", "vbscript:x", "file:///etc/passwd", "",
])
def test_links_are_normalized_by_markdown_it_pys_own_code_loaded_alone(url):
    """mdrender loads markdown-it-py's normalize_url module without the package (start-up): the same code, the
    same answers as the module imported the usual way."""
    from markdown_it.common import normalize_url as usual

    from pubnorm.sources.mdrender import _normalize_url_alone

    with pytest.MonkeyPatch.context() as mp:  # as in a run that has not imported markdown_it
        import sys

        for name in [m for m in sys.modules if m == "markdown_it" or m.startswith("markdown_it.")]:
            mp.delitem(sys.modules, name)
        alone = _normalize_url_alone()
        assert "markdown_it" not in sys.modules
    for fn in ("normalizeLink", "validateLink", "normalizeLinkText"):
        assert getattr(alone, fn).__code__.co_code == getattr(usual, fn).__code__.co_code
        assert getattr(alone, fn)(url) == getattr(usual, fn)(url)
