"""Markdown to HTML, every block marked with the source line it starts on (data-line), in linear time.

pulldown-cmark (through pyromark, a Rust CommonMark parser) reads the page as a stream of events that carry
their byte ranges; this module renders them as markdown-it-py ("commonmark" preset, raw HTML on, tables and
strikethrough) renders its tokens, newline for newline: markup.LineMapper counts lines in the rendered HTML,
so an element without a data-line of its own (a fenced code block's <pre>, a table cell, a link) gets the
same line either way. markdown-it-py took about 35 µs and 2.9 KB per list item (0.1 MB/s on a page of
one-word items) and held every token; the events are made as they are read and not held, and rendering
them here costs about 2.5 µs per list item.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

import pyromark

_OPTIONS = pyromark.Options.ENABLE_TABLES | pyromark.Options.ENABLE_STRIKETHROUGH | pyromark.Options.ENABLE_SUBSCRIPT
# inline markup: start and end as rendered. markdown-it strikes only `~~x~~`: a single `~x~` (subscript to
# pulldown-cmark, once enabled, where it would otherwise be struck) stays text, tildes included.
_INLINE = {"Emphasis": ("<em>", "</em>"), "Strong": ("<strong>", "</strong>"), "Strikethrough": ("<s>", "</s>"),
           "Subscript": ("~", "~")}
# markdown-it's "commonmark" preset reads blocks nested at most 20 deep (a quote, a list and an item are one level
# each) and drops what is deeper: so does this renderer, so a page of 100,000 `>` is not a tree 100,000 deep
_MAX_NESTING = 20
_CONTAINERS = frozenset({"blockquote", "ul", "ol", "li"})
_ALIGN = {"Left": ' style="text-align:left"', "Center": ' style="text-align:center"',
          "Right": ' style="text-align:right"', "None": ""}


def escape(text: str) -> str:
    """markdown-it's escapeHtml: & < > and the double quote."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if '"' in text:
        text = text.replace('"', "&quot;")
    return text


@lru_cache(maxsize=1)
def _urls() -> tuple[Callable[[str], str], Callable[[str], bool], Callable[[str], str]]:
    """markdown-it-py's own link normalization (percent-encoding, punycode) and its refusal of `javascript:`
    and similar links, so links read as they did; loaded on a page's first link (start-up)."""
    try:
        module = _normalize_url_alone()
    except Exception:  # a markdown-it-py whose module needs more of its package: the usual import
        from markdown_it.common import normalize_url as module
    return module.normalizeLink, module.validateLink, module.normalizeLinkText


def _normalize_url_alone() -> Any:
    """markdown-it-py's normalize_url module, run from its file without its package: importing it the usual way
    runs markdown_it/__init__.py, which builds the whole Markdown parser (about 20 ms of `check FILE` on a page
    with a link) for three functions that need only mdurl and the package's _punycode module. Their code is
    markdown-it-py's own, loaded under a private name."""
    import importlib.util
    import sys
    from pathlib import Path
    from types import ModuleType

    spec = importlib.util.find_spec("markdown_it")  # found, not run
    if "markdown_it" in sys.modules or spec is None or not spec.submodule_search_locations:
        raise ImportError("markdown_it is imported already, or not found")
    root = Path(spec.submodule_search_locations[0])
    name = f"{__name__}._markdown_it"  # a stand-in package for the module's `from .. import _punycode`
    package, common = ModuleType(name), ModuleType(f"{name}.common")
    package.__path__, common.__path__ = [], []
    sys.modules[name], sys.modules[common.__name__] = package, common
    try:
        for attr, file in (("_punycode", "_punycode.py"), ("normalize_url", "common/normalize_url.py")):
            where = package if attr == "_punycode" else common
            found = importlib.util.spec_from_file_location(f"{where.__name__}.{attr}", root / file)
            if found is None or found.loader is None:
                raise ImportError(f"markdown_it/{file} not found")
            module = importlib.util.module_from_spec(found)
            found.loader.exec_module(module)
            setattr(where, attr, module)
    finally:
        del sys.modules[name], sys.modules[common.__name__]
    return common.normalize_url


def _href(url: str) -> str:
    normalize, valid, _ = _urls()
    href = normalize(url)
    return href if valid(href) else ""


class _Renderer:
    """One page's rendering: the events in, HTML fragments out (see the module's docstring)."""

    def __init__(self, data: bytes, added: frozenset[int] = frozenset()) -> None:
        self.data = data
        self.newlines = [m.start() for m in re.finditer(b"\n", data)]
        if added:  # newlines put in before rendering count no line
            self.newlines = [o for k, o in enumerate(self.newlines) if k not in added]
        self.out: list[str] = []
        self.blocks: list[str] = []  # the open blocks: "li", "blockquote", "p", "h", "th", "code", "html", ...
        self.pending = ""  # an opener whose newline waits for the next event: "li" or "blockquote"
        self.hidden = False  # inline text right inside a tight list item (markdown-it's hidden paragraph)
        self.alt: list[str] | None = None  # an image's alt text being collected
        self.alt_depth = 0
        self.img = ("", "")  # that image's tag up to its alt text, and its title attribute
        # inside a link written whole at its start (an autolink, or a link markdown-it refuses): how many inline
        # elements deep, its children being skipped, and what its end writes
        self.skip = 0
        self.link_end = ""
        self.code_start = 0  # where the open code block's text starts in out
        self.blocks_closed = ""
        self.align: tuple[str, ...] = ()
        self.row_line = 1  # the source line of the table row being rendered
        self.cell = 0
        self.tbody = False
        self.level = 0  # open containers (quotes, lists, items)
        self.drop = 0  # how deep inside an element dropped for being nested too deep

    def line(self, offset: int) -> int:
        """The 1-based line of a byte offset."""
        return bisect.bisect_left(self.newlines, offset) + 1

    def open_block(self, html: str) -> None:
        """A block opener rendered by markdown-it's renderToken: after a hidden paragraph it starts a line."""
        if self.hidden:
            self.out.append("\n")
            self.hidden = False
        self.out.append(html)

    def render(self, events: Any) -> str:
        out = self.out
        for event, rng in events:
            if self.level >= _MAX_NESTING and self._dropped(event):
                continue
            if self.pending:
                self._settle(event)
            if type(event) is str:  # "SoftBreak", "HardBreak", "Rule"
                self._simple(event, rng)
                continue
            kind, value = next(iter(event.items()))
            if kind == "Text":
                if self.alt is not None:
                    self.alt.append(value)
                elif self.skip:
                    continue
                else:
                    self._inline()
                    out.append(escape(value))
            elif kind == "Start":
                self._start(value, rng)
            elif kind == "End":
                self._end(value)
            elif kind == "Code":
                if self.alt is not None:
                    self.alt.append(value)
                else:
                    self._inline()
                    out.append(f"<code>{escape(value)}</code>")
            elif kind in ("InlineHtml", "Html", "InlineMath", "DisplayMath"):
                if self.alt is not None:
                    self.alt.append(value)
                else:
                    if kind == "InlineHtml":
                        self._inline()
                    out.append(value)
        return "".join(out)

    def _dropped(self, event: Any) -> bool:
        """Whether this event is inside the nesting markdown-it drops (all but the containers' own ends)."""
        if type(event) is not dict:
            return True
        kind = next(iter(event))
        if kind == "Start":
            self.drop += 1
            return True
        if kind == "End" and self.drop:
            self.drop -= 1
            return True
        return bool(kind != "End")

    def _settle(self, event: Any) -> None:
        """Decide the newline after the last opener, as markdown-it does by looking at the next token: none
        before inline content (or an empty element's end), else one."""
        pending, self.pending = self.pending, ""
        if type(event) is str:
            inline = event != "Rule"
        else:
            kind, value = next(iter(event.items()))
            if kind == "End":
                inline = (value == "Item") if pending == "li" else (type(value) is dict and "BlockQuote" in value)
            elif kind == "Start":
                name = value if type(value) is str else next(iter(value))
                inline = pending == "li" and (name in _INLINE or name in ("Link", "Image"))
            else:
                inline = pending == "li" and kind in ("Text", "Code", "InlineHtml", "InlineMath")
        if not inline:
            self.out.append("\n")

    def _inline(self) -> None:
        if self.blocks and self.blocks[-1] == "li":
            self.hidden = True

    def _simple(self, event: str, rng: dict[str, int]) -> None:
        if event == "SoftBreak" or event == "HardBreak":
            if self.alt is not None:
                self.alt.append("\n")
            elif not self.skip:
                self._inline()
                self.out.append("\n" if event == "SoftBreak" else "<br>\n")
        elif event == "Rule":
            self.open_block(f'<hr data-line="{self.line(rng["start"])}">\n')

    def _start(self, value: Any, rng: dict[str, int]) -> None:
        out = self.out
        arg: Any
        if type(value) is str:
            name, arg = value, None
        else:
            name, arg = next(iter(value.items()))
        if self.alt is not None:
            if name == "Image":
                self.alt_depth += 1
            return
        if self.skip:
            self.skip += 1
            return
        if name in _INLINE:
            self._inline()
            out.append(_INLINE[name][0])
            return
        if name in ("Link", "Image") and arg["link_type"] not in ("Autolink", "Email") and not _urls()[1](
                _urls()[0](arg["dest_url"])):
            # markdown-it refuses a `javascript:` (or similar) link: its source is read as text
            self._inline()
            out.append(escape(self.data[rng["start"]:rng["end"]].decode("utf-8", "replace")))
            self.skip, self.link_end = 1, ""
            return
        if name == "Link":
            self._inline()
            self._link(arg)
            return
        if name == "Image":
            self._inline()
            self.alt, self.alt_depth = [], 1
            title = f' title="{escape(arg["title"])}"' if arg["title"] else ""
            self.img = f'<img src="{escape(_href(arg["dest_url"]))}" alt="', title
            return
        line = self.line(rng["start"])
        if name in ("BlockQuote", "List", "Item"):
            self.level += 1
        if name == "Paragraph":
            self.open_block(f'<p data-line="{line}">')
            self.blocks.append("p")
        elif name == "Item":
            self.open_block(f'<li data-line="{line}">')
            self.blocks.append("li")
            self.pending = "li"
        elif name == "List":
            tag = "ul" if arg is None else "ol"
            start = "" if arg is None or arg == 1 else f' start="{arg}"'
            self.open_block(f'<{tag}{start} data-line="{line}">\n')
            self.blocks.append(tag)
        elif name == "Heading":
            self.open_block(f'<h{arg["level"][1]} data-line="{line}">')
            self.blocks.append("h")
        elif name == "BlockQuote":
            self.open_block(f'<blockquote data-line="{line}">')
            self.blocks.append("blockquote")
            self.pending = "blockquote"
        elif name == "CodeBlock":
            self.hidden = False  # markdown-it's code renderers add no newline after a hidden paragraph
            if type(arg) is dict:  # fenced: the language goes on <code> with the line
                lang = arg["Fenced"].split(maxsplit=1)
                cls = f' class="language-{escape(lang[0])}"' if lang else ""
                out.append(f'<pre><code data-line="{line}"{cls}>')
                self.blocks.append("fence")
            else:
                out.append(f'<pre data-line="{line}"><code>')
                self.blocks.append("code")
            self.code_start = len(out)
        elif name == "HtmlBlock":
            self.hidden = False
            out.append(f'<pn-anchor data-line="{line}"></pn-anchor>')
            self.blocks.append("html")
        elif name == "Table":
            self.open_block(f'<table data-line="{line}">\n<thead data-line="{line}">\n<tr data-line="{line}">\n')
            self.align, self.tbody = arg, False
            self.blocks.append("table")
        elif name == "TableHead":
            self.cell = 0
            self.row_line = line
        elif name == "TableRow":
            if not self.tbody:
                out.append(f'<tbody data-line="{line}">\n')
                self.tbody = True
            out.append(f'<tr data-line="{line}">\n')
            self.cell = 0
            self.row_line = line
        elif name == "TableCell":
            tag = "th" if not self.tbody else "td"
            align = _ALIGN.get(self.align[self.cell], "") if self.cell < len(self.align) else ""
            # a cell is on its row's line (without it, each cell would count one line further down)
            out.append(f'<{tag}{align} data-line="{self.row_line}">')
            self.cell += 1
            self.blocks.append(tag)
        else:  # extensions not enabled (footnotes, definition lists, metadata): their text only
            self.blocks.append(name)

    def _link(self, arg: dict[str, str]) -> None:
        url, kind = arg["dest_url"], arg["link_type"]
        if kind in ("Autolink", "Email"):
            normalize, valid, as_text = _urls()
            href = normalize("mailto:" + url if kind == "Email" else url)
            self.skip = 1
            if not valid(href):  # markdown-it reads `<javascript:...>` as text
                self.out.append(escape(f"<{url}>"))
                self.link_end = ""
            else:  # with its text normalized as markdown-it writes it
                self.out.append(f'<a href="{escape(href)}">{escape(as_text(url))}')
                self.link_end = "</a>"
            return
        title = f' title="{escape(arg["title"])}"' if arg["title"] else ""
        self.out.append(f'<a href="{escape(_href(url))}"{title}>')

    def _end(self, value: Any) -> None:
        out = self.out
        name = value if type(value) is str else next(iter(value))
        if self.alt is not None:
            if name == "Image":
                self.alt_depth -= 1
                if not self.alt_depth:
                    src, title = self.img
                    out.append(f'{src}{escape("".join(self.alt))}"{title}>')
                    self.alt = None
            return
        if self.skip:
            self.skip -= 1
            if not self.skip:
                out.append(self.link_end)
            return
        if name in _INLINE:
            out.append(_INLINE[name][1])
            return
        if name == "Link":
            out.append("</a>")
            return
        if name == "TableHead":
            out.append("</tr>\n</thead>\n")
            return
        if name == "TableRow":
            out.append("</tr>\n")
            return
        self.hidden = False
        self.blocks_closed = self.blocks.pop()
        if self.blocks_closed in _CONTAINERS:
            self.level -= 1
        if name == "Paragraph":
            out.append("</p>\n")
        elif name == "Item":
            out.append("</li>\n")
        elif name == "List":
            out.append("</ol>\n" if value["List"] else "</ul>\n")
        elif name == "Heading":
            out.append(f"</h{value['Heading'][1]}>\n")
        elif name == "BlockQuote":
            out.append("</blockquote>\n")
        elif name == "CodeBlock":
            if self.blocks_closed == "code" and len(out) > self.code_start and not out[-1].endswith("\n"):
                out.append("\n")  # an indented block's last line ends in a newline (the page's end, too)
            out.append("</code></pre>\n")
        elif name == "TableCell":
            out.append("</th>\n" if not self.tbody else "</td>\n")
        elif name == "Table":
            out.append("</tbody>\n</table>\n" if self.tbody else "</table>\n")


def render(text: str, added: frozenset[int] = frozenset()) -> str:
    """The page rendered to HTML as markdown-it-py renders it, each block with its source line (data-line),
    each raw HTML block after an empty <pn-anchor data-line> (see markup.LineMapper). `added` numbers the newlines
    (0-based) that are not the page's own (put in before rendering): no line is counted for them."""
    if not text:
        return ""
    renderer = _Renderer(text.encode("utf-8"), added)
    return renderer.render(pyromark.events_with_range(text, options=_OPTIONS))
