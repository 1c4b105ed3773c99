"""jemdoc pages (`*.jemdoc`, the source of many academic sites built with jemdoc or jemdoc+MathJax), read as the
HTML jemdoc would make of them, line for line, so every entry keeps its source line.

The markup (https://jemdoc.jaboc.net/cheatsheet.html): `= Title`, `== Section` headings; `- ` bulleted and
`. ` numbered items and `: {term} definition` definition items, whose text runs on over the lines below until a
blank line or the next item; `[URL text]`
links; `/italic/`, `*bold*`, `+monospace+`; `---` and `--` em and en dashes; `\\n` a line break; a backslash
escapes the next character;
`{{raw html}}` passes through; `#` starts a comment line; `~~~` opens and closes a block.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator

from ..lazyre import lazy_compile

_HEADING = lazy_compile(r"(=+)\s+(.*)")
_ITEM = lazy_compile(r"([-.])\s+(.*)")
_DEFINITION = lazy_compile(r":\s*\{((?:\\.|[^}\\])*)\}\s*(.*)")  # ": {term} definition"
# one inline piece: raw HTML, an escaped character, a link, a line break, or a styled run
_INLINE = lazy_compile(
    r"\{\{(?P<raw>.*?)\}\}"
    r"|\\(?P<esc>[^n])"
    r"|\[(?P<url>[^\s\]]+)(?:\s+(?P<text>(?:\\.|[^\]\\])*))?\]"
    r"|(?P<br>\\n)"
    r"|(?<![\w/])/(?P<it>[^/\s](?:[^/]*?[^/\s])?)/(?![\w])"
    r"|(?<![\w*])\*(?P<b>[^*\s](?:[^*]*?[^*\s])?)\*(?![\w])"
    r"|(?<![\w+])\+(?P<tt>[^+\s](?:[^+]*?[^+\s])?)\+(?![\w])"
    r"|(?P<math>\$[^$]+\$)"
    r"|(?P<dash>-{2,3})")


def render_inline(text: str, pattern: re.Pattern[str], piece: Callable[[re.Match[str]], str]) -> str:
    """One line of a light markup (jemdoc, Org) as HTML: the text between matches escaped, each match rendered
    by `piece`."""
    out: list[str] = []
    pos = 0
    for m in pattern.finditer(text):
        out.append(html.escape(text[pos:m.start()], quote=False))
        pos = m.end()
        out.append(piece(m))
    out.append(html.escape(text[pos:], quote=False))
    return "".join(out)


def link(url: str, label_html: str | None, inline_of: Callable[[str], str]) -> str:
    """A link whose text is marked up (or, with none, the address itself)."""
    label = inline_of(label_html) if label_html else html.escape(url, quote=False)
    return f'<a href="{html.escape(url)}">{label}</a>'


def source_lines(text: str) -> Iterator[tuple[str, str]]:
    """Each line of a page (without its line end) and the line stripped; the newline that ends the last line
    starts none."""
    rows = text.split("\n")
    if rows and not rows[-1]:
        rows.pop()
    for raw in rows:
        line = raw.rstrip("\r")
        yield line, line.strip()


def inline(text: str) -> str:
    """One line of jemdoc text as HTML."""
    return render_inline(text, _INLINE, _piece)


def _piece(m: re.Match[str]) -> str:
    if m.group("raw") is not None:
        return m.group("raw")
    if m.group("esc") is not None:
        return html.escape(m.group("esc"), quote=False)
    if m.group("url") is not None:
        return link(m.group("url"), m.group("text"), inline)
    if m.group("br") is not None:
        return "<br>"
    if m.group("it") is not None:
        return f"<i>{inline(m.group('it'))}</i>"
    if m.group("b") is not None:
        return f"<b>{inline(m.group('b'))}</b>"
    if m.group("tt") is not None:
        return f"<code>{html.escape(m.group('tt'), quote=False)}</code>"
    if m.group("dash") is not None:
        return "\u2014" if len(m.group("dash")) == 3 else "\u2013"  # jemdoc's em and en dashes
    return html.escape(m.group("math"), quote=False)


def to_html(text: str) -> str:
    """A jemdoc page as HTML with one output line per input line (so lxml's line numbers are the page's)."""
    out: list[str] = ["<html><body>"]
    lists: list[str] = []  # the open list ("ul" or "ol"), at most one level deep here
    in_item = in_para = in_block = False

    def close_item() -> str:
        nonlocal in_item, in_para
        s = (("</dd>" if lists and lists[-1] == "dl" else "</li>") if in_item else "") + ("</p>" if in_para else "")
        in_item = in_para = False
        return s

    def close_list() -> str:
        s = close_item()
        while lists:
            s += f"</{lists.pop()}>"
        return s

    for line, stripped in source_lines(text):
        if stripped.startswith("~~~"):
            out.append(close_list() + ("</pre>" if in_block else "<pre>"))
            in_block = not in_block
            continue
        if in_block:
            out.append(html.escape(line, quote=False))
            continue
        if stripped.startswith("#"):
            # a comment line is no text and ends nothing: jemdoc drops it when it reads the next line, so an item or
            # paragraph runs on over it ("- [url Title] \\n" / "#- [url Old title] \\n" / "Authors \\n" is one item)
            out.append("")
            continue
        if not stripped:
            out.append(close_item())  # a blank line ends an item and a paragraph (a list goes on after it)
            continue
        if (h := _HEADING.fullmatch(stripped)) and not line[:1].isspace():
            level = min(len(h.group(1)), 6)
            out.append(close_list() + f"<h{level}>{inline(h.group(2))}</h{level}>")
            continue
        it = _ITEM.fullmatch(stripped) or _DEFINITION.fullmatch(stripped)
        if it and not line[:1].isspace():
            kind = "dl" if stripped[0] == ":" else "ul" if it.group(1) == "-" else "ol"
            prefix = close_item()
            if lists and lists[-1] != kind:
                prefix += f"</{lists.pop()}>"
            if not lists:
                lists.append(kind)
                prefix += f"<{kind}>"
            in_item = True
            if kind == "dl":
                out.append(prefix + f"<dt>{inline(it.group(1))}</dt><dd>" + inline(it.group(2)))
            else:
                out.append(prefix + "<li>" + inline(it.group(2)))
            continue
        if in_item or in_para:
            out.append(inline(stripped))  # the item or paragraph runs on
            continue
        out.append(close_list() + "<p>" + inline(stripped))
        in_para = True
    out.append(close_list() + ("</pre>" if in_block else "") + "</body></html>")
    # the opening <html><body> shares the first line, the closing tags the last
    first = out.pop(0)
    if out:
        out[0] = first + out[0]
    return "\n".join(out) + "\n"

