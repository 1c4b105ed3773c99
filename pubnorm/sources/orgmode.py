"""Org-mode pages (`publications.org` of sites published with org-publish or ox-hugo), read as the HTML Org's
exporter would make of them, line for line, so every entry keeps its source line.

The markup (https://orgmode.org/manual/): `*`, `**`, ... headings at the start of a line (TODO words and
`:tags:` are no text); `-`, `+` and indented `*` plain-list items, `1.` and `1)` numbered ones, whose text runs
on over the more-indented lines below; `term :: description` items; paragraphs; `| a | b |` table rows
(`|---+---|` rules are no row); `[[url][description]]` and `[[url]]` links; `*bold*`, `/italic/`, `_underline_`,
`=verbatim=`, `~code~`, `+strike+`; `\\\\` at a line's end breaks it. Not text: `#+KEYWORD:` lines, `# ` comments,
`:PROPERTIES:` ... `:END:` drawers, `#+begin_src` / `#+begin_example` blocks (shown as preformatted, as Org does);
`#+begin_export html` blocks and `@@html:...@@` snippets are the page's own HTML and pass through;
`#+begin_export latex` blocks (a CV exported to PDF keeps its tables and lists in them) are read as the LaTeX reader
reads a `.tex` page (sources/texpage.py), line for line.
"""

from __future__ import annotations

import html
import re

from ..lazyre import lazy_compile
from .jemdoc import link, render_inline, source_lines

_HEADING = lazy_compile(r"(\*+)\s+(?:(?:TODO|DONE|NEXT|WAITING|CANCELLED)\s+)?(?:\[#[A-C]\]\s+)?(.*?)"
                        r"(?:\s+:[\w@#%:]+:)?\s*")
_ITEM = lazy_compile(r"(\s*)([-+*]|\d+[.)])\s+(?:\[[ Xx-]\]\s+)?(.*)")
_KEYWORD = lazy_compile(r"\s*#\+\w+(?:\[[^\]]*\])?:.*|\s*#(?:\s.*)?")
_BLOCK_START = lazy_compile(r"\s*#\+begin_(\w+)\b\s*(\S*).*", re.I)
_DRAWER = lazy_compile(r"\s*:[\w-]+:\s*")
_RULE = lazy_compile(r"\s*\|[-+|]*\|?\s*|\s*-{5,}\s*")
# one inline piece: an HTML snippet, a link, or a styled run (Org's emphasis: the marker after a space, bracket or
# the line's start and before a space, punctuation or the line's end)
_PRE, _POST = r"(?:(?<=[\s(\[{'\"“‘])|^)", r"(?=[\s\-.,:!?;'\")\]}”’]|$)"
_INLINE = lazy_compile(
    r"@@html:(?P<raw>.*?)@@"
    r"|\[\[(?P<url>[^\]]+)\](?:\[(?P<text>.*?)\])?\]"
    r"|" + _PRE + r"(?P<mark>[*/_=~+])(?P<body>[^\s*/_=~+](?:.*?[^\s])?)(?P=mark)" + _POST
    + r"|(?P<br>\\\\\s*$)")
_TAGS = {"*": "b", "/": "i", "_": "u", "+": "s"}
_OPTIONS_H = lazy_compile(r"\s*#\+options:.*?\bH:(\d+)", re.I)


def inline(text: str) -> str:
    """One line of Org text as HTML."""
    return render_inline(text, _INLINE, _piece)


def _piece(m: re.Match[str]) -> str:
    if m.group("raw") is not None:
        return m.group("raw")
    if m.group("url") is not None:
        return link(m.group("url"), m.group("text"), inline)
    if m.group("mark") is not None:
        mark, body = m.group("mark"), m.group("body")
        if mark in "=~":
            return f"<code>{html.escape(body, quote=False)}</code>"
        return f"<{_TAGS[mark]}>{inline(body)}</{_TAGS[mark]}>"
    return "<br>"


def _block_tag(block: str, close: str = "") -> str:
    """The tag that opens (or, with close="/", closes) a #+begin_ block: none for an export block (its lines are
    the page's HTML or nothing), <blockquote> for a quote, <pre> for source, examples and the rest."""
    if block == "export":
        return ""
    return f"<{close}{'blockquote' if block == 'quote' else 'pre'}>"


def to_html(text: str) -> str:
    """An Org page as HTML with one output line per input line (so lxml's line numbers are the page's)."""
    out: list[str] = ["<html><body>"]
    lists: list[tuple[str, int]] = []  # the open lists: kind ("ul"/"ol") and the indentation of their items
    state = {"para": False, "table": False}
    block: str | None = None  # the open #+begin_ block's kind
    export_html = False  # the open block is `#+begin_export html`: the page's own HTML
    latex: list[str] | None = None  # the lines of an open `#+begin_export latex` block
    drawer = False
    levels = 3  # headline levels exported as headings (#+OPTIONS: H:n); deeper ones are paragraphs
    blank = False  # a blank line since the last text

    def close_text() -> str:
        s = ("</p>" if state["para"] else "") + ("</table>" if state["table"] else "")
        state["para"] = state["table"] = False
        return s

    def close_lists(indent: int = -1) -> str:
        """Close the items and lists indented deeper than `indent` (all of them for -1)."""
        s = close_text()
        while lists and lists[-1][1] > indent:
            s += "</li>" + f"</{lists.pop()[0]}>"
        return s

    for line, stripped in source_lines(text):
        if block is not None:
            if re.fullmatch(rf"\s*#\+end_{block}\b.*", line, re.I):
                if latex is not None:
                    out.extend(_latex_lines(latex))
                    latex = None
                out.append(_block_tag(block, "/"))
                block = None
            elif latex is not None:
                latex.append(line)
            elif block == "export":
                out.append(line if export_html else "")
            elif block == "quote":
                out.append(inline(stripped) + " ")
            else:
                out.append(html.escape(line, quote=False))
            continue
        if drawer:
            drawer = stripped.lower() != ":end:"
            out.append("")
            continue
        if (b := _BLOCK_START.fullmatch(line)) is not None:
            block = b.group(1).lower()
            export_html = block == "export" and b.group(2).lower() == "html"
            latex = [] if block == "export" and b.group(2).lower() == "latex" else None
            out.append(close_lists() + _block_tag(block))
            continue
        if _DRAWER.fullmatch(line) and stripped.lower() != ":end:":
            drawer = True
            out.append("")
            continue
        if not stripped or _KEYWORD.fullmatch(line):
            # a blank line ends a paragraph (a list goes on after one blank line, as in Org); a keyword is no text
            if (o := _OPTIONS_H.match(line)) is not None:
                levels = int(o.group(1))
            out.append(close_text() if not stripped else "")
            blank = blank or not stripped
            continue
        was_blank, blank = blank, False
        if (h := _HEADING.fullmatch(line)) is not None:
            level = len(h.group(1))
            if level <= levels:
                out.append(close_lists() + f"<h{level}>{inline(h.group(2))}</h{level}>")
                continue
            # deeper than the export's headline levels (H:3 unless #+OPTIONS says): Org's exporter makes it an item
            # of a list; read here as the paragraph it is (a paper's citation over its abstract)
            out.append(close_lists() + "<p>" + inline(h.group(2)) + "</p>")
            continue
        if stripped.startswith("|"):
            if _RULE.fullmatch(line):
                out.append("")
                continue
            cells = stripped.strip("|").split("|")
            prefix = "" if state["table"] else close_text() + "<table>"
            state["table"] = True
            out.append(prefix + "<tr>" + "".join(f"<td>{inline(c.strip())}</td>" for c in cells) + "</tr>")
            continue
        indent = len(line) - len(line.lstrip())
        if (it := _ITEM.fullmatch(line)) is not None and (it.group(2) != "*" or indent > 0):
            kind = "ol" if it.group(2)[0].isdigit() else "ul"
            prefix = close_lists(indent)  # items of deeper lists end here
            if lists and lists[-1][1] == indent:
                prefix += "</li>"
                if lists[-1][0] != kind:
                    prefix += f"</{lists.pop()[0]}>"
            if not lists or lists[-1][1] < indent:
                lists.append((kind, indent))
                prefix += f"<{kind}>"
            body = it.group(3)
            if (d := re.match(r"(.*?)\s+::\s+(.*)", body)) is not None:
                body = f"<b>{inline(d.group(1))}</b> {inline(d.group(2))}"
            else:
                body = inline(body)
            out.append(prefix + "<li>" + body)
            continue
        if lists and indent <= lists[0][1] and not state["para"]:
            out.append(close_lists() + "<p>" + inline(stripped))
            state["para"] = True
            continue
        if lists and indent <= lists[-1][1]:
            out.append(close_lists(indent - 1) + "<p>" + inline(stripped))  # text back at a shallower item
            state["para"] = True
            continue
        if lists and was_blank and not state["para"]:
            out.append("<p>" + inline(stripped))  # a new paragraph inside the item
            state["para"] = True
            continue
        if lists or state["para"]:
            out.append(inline(stripped))  # the item or paragraph runs on
            continue
        out.append(close_text() + "<p>" + inline(stripped))
        state["para"] = True
    if latex:  # a block the page never closed: its lines are read all the same
        out.extend(_latex_lines(latex))
    out.append(close_lists() + (_block_tag(block, "/") if block is not None else "") + "</body></html>")
    first = out.pop(0)
    if out:
        out[0] = first + out[0]
    return "\n".join(out) + "\n"


def _latex_lines(lines: list[str]) -> list[str]:
    """The HTML of an export block's LaTeX, one line per line of it (the converter keeps the lines)."""
    from .texpage import fragment_html

    return fragment_html("\n".join(lines)).split("\n")
