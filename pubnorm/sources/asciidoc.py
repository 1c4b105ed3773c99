"""AsciiDoc pages (`publications.adoc` of sites built with Asciidoctor, Antora or Hugo's AsciiDoc support), read as
the HTML Asciidoctor would make of them, line for line, so every entry keeps its source line.

The markup (https://docs.asciidoctor.org/asciidoc/latest/): `=`, `==`, ... section titles (Markdown's `#` too) and
`.Title` block titles; paragraphs of lines up to a blank line; `*`, `-` and `.` list items (`**`, `..` nested, `1.`
numbered), whose text runs on over the lines below up to a blank line or the next item, and `term:: text` items;
`|===` tables of `| a | b` rows; `link:url[text]`, `https://url[text]` and bare addresses, `<<id,text>>` references;
`*bold*`, `_italic_` (doubled: inside a word), `` `code` ``, `#mark#`, `+text+`; `{name}` references to the page's
`:name: value` attributes; ` +` at a line's end breaks it. An inline piece (a link's text, an italic journal) may run
over the lines of its paragraph, as pages wrap them. Not text: `//` comments and `////` blocks, `:name:` attribute
lines, `[...]` block attributes, `include::`/`image::`/`ifdef::` and the other block macros, `----` and `....` blocks
(shown as preformatted); `++++` blocks are the page's own HTML and pass through; the `====`, `****`, `____` and `--`
delimiters of example, sidebar, quote and open blocks are none (their content is read as the page's).
"""

from __future__ import annotations

import html
import re

from ..lazyre import lazy_compile
from .jemdoc import link, render_inline, source_lines

_HEADING = lazy_compile(r"(={1,6}|#{1,6})\s+(.*?)(?:\s+\1)?\s*")
_BLOCK_TITLE = lazy_compile(r"\.(?=[^\s.])(.*)")
_ITEM = lazy_compile(r"\s*(\*{1,5}|-|\.{1,5}|\d+\.)\s+(.*)")
_TERM = lazy_compile(r"\s*(.*?[^:]):{2,4}(?:\s+(.*)|$)")
_ATTRIBUTE = lazy_compile(r":(!?[\w][\w-]*!?):(?:\s+(.*))?")
_BLOCK_ATTRIBUTES = lazy_compile(r"\[[^\]]*\]")
_BLOCK_MACRO = lazy_compile(r"(?:include|image|video|audio|toc|ifdef|ifndef|ifeval|endif)::.*")
_DELIMITER = lazy_compile(r"(-{4,}|\.{4,}|\+{4,}|_{4,}|={4,}|\*{4,}|/{4,}|--)")
_TABLE = lazy_compile(r"[|,!]={3,}")
# one inline piece: a link (macro, an address with its text, a bare address), a reference, a styled run
# (unconstrained doubled marks anywhere, single ones at word boundaries), an attribute reference, a line break
# a single mark's name in the pattern: its body holds no such mark, so an opener that never closes is given up at the
# next one
_SINGLE = {"*": "star", "_": "under", "`": "tick", "#": "hash", "+": "plus"}
# (each piece's text is bounded, 2,000 characters at most, and a link's text holds no bracket but a pair of them,
# "link:x.pdf[[slides]]": a page of openers that never close is read in linear time)
_INLINE = lazy_compile(
    r"link:(?P<url1>[^\s\[]{1,2000})\[(?P<text1>(?:[^\]\[]|\[[^\]\[]*\]){0,2000})\]"
    r"|(?P<url2>(?:https?|ftp)://[^\s\[\]<>]{1,2000})\[(?P<text2>(?:[^\]\[]|\[[^\]\[]*\]){0,2000})\]"
    r"|(?P<url3>(?:https?|ftp)://[^\s\[\]<>]{0,2000}[^\s\[\]<>.,;:)])"
    r"|<<(?P<xref>[^,<>]{1,200})(?:,(?P<xtext>[^<>]{0,2000}))?>>"
    r"|(?P<mark2>\*\*|__|``|##|\+\+)(?P<body2>.{1,2000}?)(?P=mark2)"
    + "".join(rf"|(?<![\w*_`#+]){re.escape(m)}(?P<{name}>[^\s*_`#+]"
              rf"(?:[^{re.escape(m)}]{{0,2000}}?[^\s{re.escape(m)}])?){re.escape(m)}(?![\w*_`#+])"
              for m, name in _SINGLE.items())
    + r"|\{(?P<attr>[\w][\w-]*)\}"
    r"|(?P<br>\s\+$)", re.S | re.M)
_TAGS = {"*": "b", "_": "i", "`": "code", "#": "mark", "+": "span"}
_BUILT_IN = {"nbsp": "\u00a0", "amp": "&", "lt": "<", "gt": ">", "plus": "+", "startsb": "[", "endsb": "]",
             "vbar": "|", "caret": "^", "asterisk": "*", "tilde": "~", "apos": "'", "quot": '"', "sp": " ",
             "empty": "", "zwsp": "\u200b", "deg": "°", "brvbar": "¦", "ldquo": "“", "rdquo": "”", "lsquo": "‘",
             "rsquo": "’"}


def to_html(text: str) -> str:
    """An AsciiDoc page as HTML with one output line per input line (so lxml's line numbers are the page's)."""
    attributes: dict[str, str] = {}

    def inline(body: str) -> str:
        return render_inline(body, _INLINE, piece)

    def piece(m: re.Match[str]) -> str:
        if (url := m.group("url1") or m.group("url2")) is not None:
            label = m.group("text1") if m.group("url1") is not None else m.group("text2")
            if label and "=" in label:  # "[text,window=_blank]": the text, then the link's attributes
                label = label.split(",", 1)[0].strip('"')
            return link(url, label.rstrip("^") or None, inline)  # ("text^": opened in a new window)
        if m.group("url3") is not None:
            return link(m.group("url3"), None, inline)
        if m.group("xref") is not None:
            return inline(m.group("xtext") or m.group("xref"))
        if m.group("mark2"):
            mark, body = m.group("mark2")[0], m.group("body2")
        else:
            mark, body = next(((k, b) for k, g in _SINGLE.items() if (b := m.group(g)) is not None), (None, ""))
        if mark is not None:
            tag = _TAGS[mark]
            shown = html.escape(body, quote=False) if mark in "`+" else inline(body)
            return f"<{tag}>{shown}</{tag}>"
        if (name := m.group("attr")) is not None:
            value = attributes.get(name.lower(), _BUILT_IN.get(name.lower()))
            return html.escape(m.group(0) if value is None else value, quote=False)
        return "<br>"

    out: list[str] = ["<html><body>"]
    para: list[str] = []  # the lines of the open paragraph or item: rendered together (inline pieces wrap)
    para_open, para_close = "", ""
    lists: list[str] = []  # the open lists' kinds ("ul"/"ol"), outer first
    block: str | None = None  # the open delimited block's delimiter
    table = False

    def flush() -> None:
        nonlocal para_open, para_close
        if not para:
            return
        lines = (para_open + inline("\n".join(para)) + para_close).split("\n")
        start = len(out) - len(para)
        out[start:] = lines if len(lines) == len(para) else [" ".join(lines), *[""] * (len(para) - 1)]
        para.clear()
        para_open = para_close = ""

    def close_lists(depth: int = 0) -> str:
        s = ""
        while len(lists) > depth:
            s += f"</li></{lists.pop()}>"
        return s

    def start(opening: str, closing: str, first: str) -> None:
        nonlocal para_open, para_close
        flush()
        para_open, para_close = opening, closing
        para.append(first)
        out.append("")

    for line, stripped in source_lines(text):
        if block is not None:
            if stripped == block:
                out.append("</pre>" if block[0] in "-." else "")
                block = None
            elif block.startswith("+"):
                out.append(line)  # the page's own HTML
            elif block.startswith("/"):
                out.append("")
            else:
                out.append(html.escape(line, quote=False))
            continue
        if not stripped:
            flush()
            out.append("")
            continue
        if stripped.startswith("//") and not stripped.startswith("////"):
            out.append("")  # a comment
            continue
        if _TABLE.fullmatch(stripped):
            flush()
            out.append(close_lists() + ("</table>" if table else "<table>"))
            table = not table
            continue
        if table:
            flush()
            cells = [c.strip() for c in re.split(r"(?<!\\)\|", stripped)[1:]] if stripped.startswith("|") \
                else [stripped]
            out.append("<tr>" + "".join(f"<td>{inline(c)}</td>" for c in cells) + "</tr>")
            continue
        if (d := _DELIMITER.fullmatch(stripped)) is not None and stripped != "--":
            flush()
            if d.group(1)[0] in "=*_":
                out.append("")  # an example, sidebar or quote block: its content is read as the page's
                continue
            block = d.group(1)
            opening = "<pre>" if block[0] in "-." else ""
            out.append((close_lists() if opening else "") + opening)
            continue
        if stripped == "--" or _BLOCK_MACRO.fullmatch(stripped) or _BLOCK_ATTRIBUTES.fullmatch(stripped) \
                or stripped in ("'''", "<<<"):
            flush()
            out.append("")
            continue
        if (a := _ATTRIBUTE.fullmatch(stripped)) is not None:
            flush()
            attributes[a.group(1).strip("!").lower()] = a.group(2) or ""
            out.append("")
            continue
        if (h := _HEADING.fullmatch(stripped)) is not None and not para:
            level = min(len(h.group(1)), 6)
            out.append(close_lists() + f"<h{level}>{inline(h.group(2))}</h{level}>")
            continue
        if (t := _BLOCK_TITLE.fullmatch(stripped)) is not None and not para and not _ITEM.fullmatch(line):
            out.append(close_lists() + f"<p><b>{inline(t.group(1))}</b></p>")
            continue
        if (it := _ITEM.fullmatch(line)) is not None:
            mark = it.group(1)
            kind = "ol" if mark[0] in ".0123456789" else "ul"
            depth = len(mark) if mark[0] in "*." else 1
            flush()
            prefix = ""
            if len(lists) >= depth:
                prefix = close_lists(depth) + "</li>"
                if lists[-1] != kind:
                    prefix += f"</{lists.pop()}><{kind}>"
                    lists.append(kind)
            while len(lists) < depth:
                prefix += f"<{kind}>"
                lists.append(kind)
            start(prefix + "<li>", "", it.group(2))
            continue
        if (term := _TERM.fullmatch(stripped)) is not None and not para and "://" not in term.group(1):
            start(close_lists() + f"<p><b>{inline(term.group(1))}</b> ", "</p>", term.group(2) or "")
            continue
        if stripped == "+" and lists:
            flush()
            out.append("")  # a list item's continuation: the next block is the item's
            continue
        if para:
            para.append(stripped)  # the paragraph or item runs on
            out.append("")
            continue
        start(close_lists() + "<p>", "</p>", stripped)
    flush()
    out.append(close_lists() + ("</table>" if table else "") + "</body></html>")
    first = out.pop(0)
    if out:
        out[0] = first + out[0]
    return "\n".join(out) + "\n"
