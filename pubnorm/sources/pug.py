"""Pug (formerly Jade) pages (`publications.pug` of Express, Hexo and hand-made sites), read as the HTML Pug would
make of them, line for line, so every entry keeps its source line.

The markup (https://pugjs.org/language/): a line is an element, `tag.class#id(attr=value, ...) text`, whose children
are the lines indented under it (a `div` when only classes or an id are written; `tag: child text` nests a child on
the same line; `tag.` takes the indented lines under it as text); `| text` is a line of text; a line opening with `<`
is the page's own HTML; `#[tag text]` is an element inside text. Not text: `//` comments and what is indented under
them, code lines (`-`, `=`, `!=`), `#{...}` interpolations; `doctype`, `include`, `extends`, `block`, `mixin`,
`if`/`else`/`each`/`for`/`case`/`when` lines are no element, their children are read as the page's own.
"""

from __future__ import annotations

import html
import re

from ..lazyre import lazy_compile
from .jemdoc import source_lines

# tag, then classes and an id, then attributes in brackets (one level of brackets inside: "onclick=f(x)"), then "."
# (a block of text), then the rest (": child", "= code", " text")
_ELEMENT = lazy_compile(r"(?P<tag>[A-Za-z][\w-]*(?::[A-Za-z][\w-]*)*)?(?P<sel>(?:[.#][A-Za-z_][\w-]*)*)"
                        r"(?P<attrs>\((?:[^()]|\([^()]*\))*\))?(?P<dot>\.)?(?P<rest>.*)")
_ATTR = lazy_compile(r"""([^\s,=()'"]+)\s*(?:=\s*("(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|[^\s,()]+))?""")
_KEYWORD = lazy_compile(r"(?:doctype|include|extends|block|append|prepend|mixin|if|else|unless|each|for|while|case|"
                        r"when|default|yield)\b|\+[\w.-]+")
_INLINE_TAG = lazy_compile(r"#\[([A-Za-z][\w-]*)((?:[.#][\w-]+)*)(\([^()]*\))?\s?([^\[\]]*)\]")
_INTERPOLATION = lazy_compile(r"[#!]\{[^{}]*\}")
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
                   "wbr"})


def to_html(text: str) -> str:
    """A Pug page as HTML with one output line per input line (so lxml's line numbers are the page's)."""
    out: list[str] = ["<html><body>"]
    open_: list[tuple[int, str]] = []  # the open elements: their line's indentation and their tag
    skip_under: int | None = None  # the indentation of a comment (or code) line whose children are no text
    text_under: int | None = None  # the indentation of a `tag.` line whose children are text
    for line, stripped in source_lines(text):
        indent = len(line) - len(line.lstrip(" \t"))
        if not stripped:
            out.append("")
            continue
        if skip_under is not None and indent > skip_under:
            out.append("")
            continue
        skip_under = None
        if text_under is not None and indent > text_under:
            out.append(_text(stripped))
            continue
        text_under = None
        closing = ""
        while open_ and open_[-1][0] >= indent:
            closing += f"</{open_.pop()[1]}>"
        if stripped.startswith("//") or stripped[0] in "-=" or stripped.startswith("!="):
            skip_under = indent  # a comment, or code: what is indented under it is no text either
            out.append(closing)
        elif stripped.startswith("|"):
            out.append(closing + _text(stripped[1:].removeprefix(" ")))
        elif stripped.startswith("<"):
            out.append(closing + stripped)
        elif _KEYWORD.match(stripped):
            out.append(closing)  # no element of its own; its children are read
        else:
            html_, tags, block = _element(stripped)
            out.append(closing + html_)
            for tag in tags:
                open_.append((indent, tag))
            if block:
                text_under = indent
    out.append("".join(f"</{tag}>" for _, tag in reversed(open_)) + "</body></html>")
    first = out.pop(0)  # the page's first line is the document's first: line numbers stay the page's
    out[0] = first + out[0]
    return "\n".join(out) + "\n"


def _element(line: str) -> tuple[str, list[str], bool]:
    """One element line as HTML: its opening tags (and its text), the tags left open (innermost last), and whether
    the lines under it are its text."""
    m = _ELEMENT.fullmatch(line)
    if m is None or not (m.group("tag") or m.group("sel")):
        return _text(line), [], False
    tag = (m.group("tag") or "div").lower()
    attrs = _attributes(m.group("sel"), m.group("attrs"))
    rest = m.group("rest")
    opening = f"<{tag}{attrs}>"
    if tag in _VOID:
        return opening + (_text(rest.strip()) if rest.startswith(" ") else ""), [], False
    if m.group("dot") and not rest.strip():
        return opening, [tag], True
    if rest.startswith(":"):
        inner, tags, block = _element(rest[1:].strip())
        return opening + inner, [tag, *tags], block
    if rest.lstrip().startswith(("=", "!=")):
        return opening, [tag], False  # the element's text is code's value: unknown
    return opening + _text(rest.removeprefix(" ")), [tag], False


def _attributes(sel: str, brackets: str | None) -> str:
    """The HTML attributes of `.a.b#c` and `(href="x", target="_blank")`."""
    classes = [s[1:] for s in re.findall(r"\.[\w-]+", sel or "")]
    ids = [s[1:] for s in re.findall(r"#[\w-]+", sel or "")]
    pairs: list[tuple[str, str]] = []
    for name, value in _ATTR.findall((brackets or "()")[1:-1]):
        if value[:1] in ("'", '"'):
            value = value[1:-1]
        elif not value:
            value = name
        elif not re.fullmatch(r"-?\d+(?:\.\d+)?|true|false", value):
            continue  # a variable's value: unknown
        if name == "class":
            classes.append(value)
        else:
            pairs.append((name, value))
    if ids:
        pairs.insert(0, ("id", ids[0]))
    if classes:
        pairs.insert(0, ("class", " ".join(classes)))
    return "".join(f' {name}="{html.escape(value, quote=True)}"' for name, value in pairs)


def _text(text: str) -> str:
    """A line of Pug text as HTML: its inline elements made, its interpolations of code left out (Pug's text is
    the page's HTML as written)."""
    text = _INTERPOLATION.sub("", text)
    return _INLINE_TAG.sub(lambda m: f"<{m.group(1)}{_attributes(m.group(2), m.group(3))}>{m.group(4)}"
                                     f"</{m.group(1)}>", text)
