"""Markdown and HTML to candidate entry blocks: one tree for both, with source lines kept.

Markdown is rendered to HTML by sources/mdrender.py (pulldown-cmark, a real CommonMark parser that passes raw HTML
through and knows each block's source range); the HTML, rendered or native, is parsed by lxml. Candidate entry
blocks (list items, table rows, paper boxes, runs of paragraphs) are then cut into lines of styled spans.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from lxml import etree

from ..lazyre import lazy_compile
from ..model import LATEST_YEAR
from ..text import split_name_list, squash
from .vocab import FIELD_NAMES, KIND_HEADING, LINK_WORD, SKIP_LEADING, SKIP_SECTION, name_shaped, section_status

MAX_DEPTH = 200  # deeper nesting is flattened: pathological pages must not exhaust the stack
# A block (one paragraph run, list item, table row or paper box) longer than this is cut into blocks of this
# many lines: the entry readers' work grows faster than linearly with a block's length (the labeller labels a
# block as one sequence), and no entry is this long (the longest block of a real page we have seen: 24 lines).
MAX_BLOCK_LINES = 100


@dataclass(slots=True)
class Span:
    """A run of text with one markup (bold, italic, link, tag)."""

    text: str
    bold: bool = False
    italic: bool = False
    href: str | None = None
    tag: str = ""  # the innermost meaningful tag or class ("papertitle", "badge", "venue", ...)


@dataclass(slots=True)
class Line:
    """One line of a block: its spans and its source line."""

    spans: list[Span] = field(default_factory=list)
    lineno: int = 0
    _text: str | None = field(default=None, repr=False, compare=False)
    # the line continues its paragraph after a wrapped source line (Markdown's soft break), where a <br>, a
    # hard break or a new block starts a line of its own: a field runs on across the first far more often
    soft: bool = field(default=False, compare=False)
    # ... and that wrap fell inside a bold, italic or linked run ("**A. Lee, ..., Angelica\n  Gutierrez**"): the
    # line starts with the rest of the same span
    inside: bool = field(default=False, compare=False)
    # the line starts an element of a run of paragraphs (or list items, rows) after the block's first
    para: bool = field(default=False, compare=False)

    @property
    def text(self) -> str:
        """The line's text, squashed (computed once; `add` keeps it current)."""
        if self._text is None:
            self._text = squash("".join(s.text for s in self.spans))
        return self._text

    def add(self, span: Span) -> None:
        self.spans.append(span)
        self._text = None


_UNDER = 2  # lines: a block this close below a heading's last line is right under it (a blank line between)


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading of the page: its line, its words and the link its text carries."""

    line: int
    text: str
    href: str


@dataclass(slots=True)
class Block:
    """A candidate entry: its lines, where it starts, and the section heading above it."""

    lines: list[Line]
    lineno: int
    section: str
    heading_line: int = 0  # the line of that heading (0: none)
    nested: bool = False  # a list item inside a list item that reads like an entry (a note: an award, a talk)
    heading_end: int = 0  # the heading's last line (an HTML heading may span lines: "<h4>\n<a>Title</a>\n</h4>")
    heading_href: str = ""  # the link the heading's text carries ("### [Title](https://doi.org/...)")
    number_year: int | None = None  # the year the page shows as the item's list number ("2019. Authors. Title")
    item: int = 0  # the line of the list item the block is part of (0: none); an item may give several blocks
    card: bool = False  # one card of a run of them (see _cards): one paper, its heading its title
    # the headings right above the block with no text between them, outer first, the innermost last (its own
    # heading_line): "### Title" then "###### Authors" then the venue line (see Heading, _enter_heading)
    heads: tuple[Heading, ...] = ()
    # the fields of papers set as headings earlier in that chain, before a heading that names a section ("<h3>Title
    # </h3><h5>Authors</h5>" twice, then "<h2>Talks</h2>" over this block): read as blocks of their own before it
    earlier: tuple[tuple[str, tuple[Heading, ...]], ...] = ()  # (each with the section's name it is under, or "")

    def right_under_heading(self) -> bool:
        """Whether the block starts right under its heading (at most a blank line between): the heading may be
        the title of the entry below it."""
        return bool(self.heading_line) and 0 < self.lineno - max(self.heading_end, self.heading_line) <= _UNDER


# The spans blank_out removes: opener -> closer. Each span ends at the first closer after its opener (a lazy
# `.*?`), but an opener with no closer after it is not looked for again: a page of unclosed `{{` stays linear.
_OPENERS = {"<!--": r"<!--", "script": r"<script\b", "style": r"<style\b", "noscript": r"<noscript\b",
            "{%": r"\{%", "{{": r"\{\{", "<?": r"<\?(?:php\b|=|\s)", "<%": r"<%"}
_CLOSERS = {"<?": lazy_compile(r"\?>|\Z"), "<%": lazy_compile("%>"),  # PHP's code may run to the file's end
            "<!--": lazy_compile("--!?>"),  # HTML5 ends a comment at "--!>" too, as browsers do
            "{%": lazy_compile("%}"), "{{": lazy_compile("}}"),
            "script": lazy_compile(r"</script\s*>", re.I), "style": lazy_compile(r"</style\s*>", re.I),
            "noscript": lazy_compile(r"</noscript\s*>", re.I)}


def blank_out(text: str) -> str:
    """Remove template code, HTML comments and scripts while keeping every newline (so lines stay true).

    A server's code first (PHP's "<?php ... ?>", ASP's, EJS's and ERB's "<% ... %>": the page shows what it prints,
    see _printed), then comments, then scripts, then template code, as passes of lazy regular expressions would."""
    if "<?" in text or "<%" in text:
        text = _blank_spans(text, ("<?", "<%"))
    text = _blank_spans(text, ("<!--",))
    text = _blank_spans(text, ("script", "style", "noscript"))
    return _blank_spans(text, ("{%", "{{"))


# TeX's quotes around a title ("``Title''" on a line of its own making: pages written by people who write TeX), with
# no backquote and no two apostrophes in a row inside; not Markdown's code span ("``code``")
_TEX_QUOTED = lazy_compile(r"``((?:[^`'\n]|'(?!'))+?)''")


def tex_quotes(text: str) -> str:
    """TeX's quotes written as the marks they print ("``Title''" as "“Title”"): the labeller and the title repairs know
    quotation marks, not TeX's. The text keeps its length in lines. Also TeX's marks after an author's name (see
    _TEX_MARK)."""
    if "``" in text:
        text = _TEX_QUOTED.sub(r"“\1”", text)
    if "$^" in text or "$\\" in text:
        text = _TEX_MARK.sub(lambda m: _TEX_MARKS[m.group(1).lstrip("\\")], text)
        if "$^" in text:
            text = _TEX_SUP.sub(_tex_sup, text)
    return text


# a mark set in TeX's math after an author's name, as pages written by people who write TeX (MathJax shows it) mark
# equal contribution or the corresponding author ("**A. Lee**$^\dagger$", "B. Kim$^{*}$", "C. Park$^{\ast}$"): the
# mark it prints, which the author readers know ("A. Lee†"); "$^{\ast}$" was read as a venue ("AST"). Also without
# the superscript when it is set some other way ("**L. Shao**<sup>($\ast$)</sup>": "$\ast$)" opened the titles)
_TEX_MARKS = {"dagger": "†", "ddagger": "‡", "ast": "*", "*": "*", "star": "*", "#": "#", "S": "§", "P": "¶"}
_TEX_MARK = lazy_compile(r"\$\^?\{?\s*(\\dagger|\\ddagger|\\ast|\*|\\star|\\#|\\S|\\P)\s*\}?\$")
# any other TeX superscript of marks right after a name ("Zgodic$^s$, A", "**McLain**$^{\divideontimes c}$",
# "Lee$^{1,2}$": a student, a senior or corresponding author, affiliations): a superscript, as <sup> sets it, so the
# author readers see a mark beside the name and not a word of it or a formula that runs to the next "$" (the
# entry read as two, the second name's "$" closing the first's); its words are letters or digits of one or two
# characters and TeX's commands, a command that prints a mark printed ("\dagger" as "†"), any other left out; after a
# letter, not a number ("90$^{\circ}$", "10$^{6}$" stay as written)
_TEX_SUP = lazy_compile(r"(?<=[^\W\d_]|[*)\]])\$\^(?:\{((?:\\[A-Za-z]+|[A-Za-z0-9]{1,2}(?![A-Za-z0-9])|[\s,;*#])+)\}"
                        r"|[ \t]?((?:\\[A-Za-z]+|[A-Za-z0-9*#])))\$")
_TEX_COMMAND = lazy_compile(r"\\([A-Za-z]+)")


def _tex_sup(m: re.Match[str]) -> str:
    marks = _TEX_COMMAND.sub(lambda c: _TEX_MARKS.get(c.group(1), ""), m.group(1) or m.group(2)).strip()
    return f"<sup>{marks}</sup>" if marks else ""


# template code is short and holds no braces of its own ("{{ page.title }}", "{% include x.html a=b %}", Handlebars'
# "{{{ body }}}"); braces in a row that are not ("{{A} {CLP} Solver}" in a BibTeX entry shown on the page, LaTeX's
# "{{\\sc x}: ...}") are text, and blanking them up to the next "}}" took thousands of lines of entries away
_TEMPLATE = {"{{": lazy_compile(r"\{\{\{?[^{}]{0,2000}\}\}\}?"), "{%": lazy_compile(r"\{%[^{}]{0,2000}%\}")}


# template code where a link's address is written (an attribute's value, a Markdown link's destination): it
# prints the address, and blanking it left the link with none, so its text was no link ("<a href="{{ '/papers/x.pdf'
# | relative_url }}">Title</a>" read as plain words, and the co-authors after it as the title's)
_IN_LINK = lazy_compile(r"(?:=[\"']|\]\()$")
_TEMPLATE_LITERAL = lazy_compile(r"""['"]([^'"\s]+)['"]""")
_TEMPLATE_NAME = lazy_compile(r"\{\{\{?-?\s*([\w.\[\]]+)")


# a Jekyll include that shows a caption under its figure (`{% include figure image_path="x.png" caption="[3] **A. Lee**,
# B. Kim. [Title](doi). *Journal*" %}`: Minimal Mistakes' figures, a paper's picture over its citation): the caption
# is what the page shows, as written (blanking the include took the citation with it)
_INCLUDE_CAPTION = lazy_compile(r"\{%-?\s*include\s[^%]*?\bcaption\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")


def _template_url(code: str) -> str | None:
    """The address a template prints, as near as the page says it: its quoted literal ("{{ '/papers/x.pdf' |
    relative_url }}"), else the name of the value it prints ("{{ site.author.googlescholar }}"); None when neither."""
    if (m := _TEMPLATE_LITERAL.search(code)) or (m := _TEMPLATE_NAME.match(code)):
        return m.group(1)
    return None


# a script's template literal that holds a whole piece of the page's markup, no placeholder in it ("cv: `<main>...
# </main>`": a one-page site that shows its tabs from strings)
_MARKUP_LITERAL = lazy_compile(r"`(\s*<[a-zA-Z][^`$]*>\s*)`")


def _script_markup(code: str) -> str:
    """A script blanked but for the markup its template literals hold (each on the lines it is written on): a page
    whose publication list is such a string shows it; code and strings with placeholders (`<li>${p.title}</li>`, a
    list drawn from data) stay blank."""
    return _blank_but(code, ((m.start(1), m.end(1), m.group(1)) for m in _MARKUP_LITERAL.finditer(code)))


def _blank_but(code: str, kept: Iterable[tuple[int, int, str]]) -> str:
    """Code blanked, line for line, but for the pieces kept: (start, end, what stands there in its place), in order,
    each on the line it starts on (its own line ends count)."""
    parts, pos = [], 0
    for start, end, shown in kept:
        parts.append("\n" * code.count("\n", pos, start))
        parts.append(shown)
        parts.append("\n" * (code.count("\n", start, end) - shown.count("\n")))
        pos = end
    parts.append("\n" * code.count("\n", pos))
    return "".join(parts)


# a server page's code: a comment (skipped) or a string; a string is shown when it holds words, as a citation a
# function prints does ('printCitation("Lee, A., <b>B. Kim</b>. (2017). Title. <b>Journal</b>. 14, 55-60.", "pdf")')
_SERVER_CODE = lazy_compile(r"""//[^\n]*|/\*.*?(?:\*/|\Z)|"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'""", re.S)
_SHOWN_CHARS, _SHOWN_SPACES = 40, 4  # a string shorter, or of fewer words, is a name the code uses ("templates/nav")
# a query to the site's database, or a string that prints the code's variables (PHP's "$row", "{$p['title']}", ERB's
# "#{p.title}")
_NOT_PRINTED = lazy_compile(r"^\s*(?:select|insert|update|delete|create|alter|drop|replace)\s|\$[A-Za-z_{]|#\{", re.I)
_CODE_ESCAPE = lazy_compile(r"\\(.)", re.S)


def _printed(code: str) -> str:
    """A server page's code (PHP, ASP, EJS, ERB) blanked but for the strings in it that hold words, each a paragraph
    of its own on the line it starts on: code and names are not the page's text, and what it prints is. Not a
    database query ("SELECT * FROM papers WHERE year > 2010"), nor a string that prints variables ("<li>$row[title]
    ($row[year])</li>": a list drawn from data the page does not hold)."""
    return _blank_but(code, ((m.start(), m.end(), "<p>" + _shown(value).replace("\n", " ") + "</p>")
                             for m in _SERVER_CODE.finditer(code)
                             if (value := m.group(1) if m.group(1) is not None else m.group(2)) is not None
                             and len(value) >= _SHOWN_CHARS and value.count(" ") >= _SHOWN_SPACES
                             and not _NOT_PRINTED.search(value)))


def _shown(value: str) -> str:
    """A string of code as it prints: its escapes read ("\\n", "\\r", "\\t" a space, the others the character)."""
    return _CODE_ESCAPE.sub(lambda e: " " if e.group(1) in "nrt" else e.group(1), value)


_NOSCRIPT_NOTE = lazy_compile(r"javascript|browser|enable|cookies?\b", re.I)


def _noscript_text(text: str, start: int, end: int) -> str | None:
    """What a `<noscript>` shows in place of a script's words when it is a few words of plain text: a co-author's
    name a script would link ("<noscript>Victor Magron</noscript>"), not a tracker's image or a note asking for
    JavaScript."""
    gt = text.find(">", start, end)
    if gt < 0 or end - gt > 200:
        return None
    inner = text[gt + 1:end]
    if "<" in inner or "\n" in inner or _NOSCRIPT_NOTE.search(inner):
        return None
    return inner


def _blank_spans(text: str, kinds: tuple[str, ...]) -> str:
    parts: list[str] = []
    pos = search = 0
    alive = list(kinds)  # openers that still have a closer somewhere after them
    opener = re.compile("|".join(f"(?P<k{i}>{_OPENERS[k]})" for i, k in enumerate(alive)), re.I)
    while alive and (m := opener.search(text, search)) is not None:
        kind = alive[int(str(m.lastgroup)[1:])]
        if kind in _TEMPLATE:
            close = _TEMPLATE[kind].match(text, m.start())
            if close is None:
                search = m.end()  # braces of the text, not template code
                continue
        else:
            close = _CLOSERS[kind].search(text, m.end())
        if close is None:  # no closer after this opener, so none after any later one of its kind
            alive.remove(kind)
            opener = re.compile("|".join(f"(?P<k{i}>{_OPENERS[k]})" for i, k in enumerate(alive)), re.I)
            search = m.start()  # another kind may open here
            continue
        parts.append(text[pos:m.start()])
        if kind == "noscript" and (shown := _noscript_text(text, m.end(), close.start())) is not None:
            parts.append(shown)  # "(with <script>link()</script><noscript>Victor Magron</noscript>)": the name
        elif kind in ("<?", "<%"):
            parts.append(_printed(text[m.end():close.start()]))
        elif kind == "script" and "`" in (code := text[m.start():close.end()]) and "<" in code[1:]:
            parts.append(_script_markup(code))
        elif kind == "{{" and _IN_LINK.search(text, max(0, m.start() - 3), m.start()) \
                and (shown := _template_url(close.group())) is not None:
            parts.append(shown)  # 'href="{{ '/x.pdf' | relative_url }}"': still a link, to a paper's PDF
        elif kind == "{%" and (caption := _INCLUDE_CAPTION.match(close.group())) is not None:
            shown = caption.group(1) or caption.group(2) or ""
            parts.append(shown + "\n" * (close.group().count("\n") - shown.count("\n")))
        else:
            parts.append("\n" * text.count("\n", m.start(), close.end()))
        pos = search = close.end()
    parts.append(text[pos:])
    return "".join(parts)


# a table's column names that say what its cells hold ("| Title | Journal | Year |"): the cells' spans are tagged
# "column-title", "column-venue", "column-authors", "column-year", "column-status", "column-other"
_COLUMN_TAGS = (("title", lazy_compile(r"\W*(?:paper |article )?title\W*", re.I)),
                ("venue", lazy_compile(r"\W*(?:journal|venue|conference|journal ?/ ?conference|published in|"
                                       r"publication venue|source|proceedings|outlet)\W*", re.I)),
                ("authors", lazy_compile(r"\W*(?:(?:main |first |lead )?authors?|co-?authors?)\W*", re.I)),
                ("year", lazy_compile(r"\W*(?:years?|date|(?:publication |pub\.? )?(?:year|date))\W*", re.I)),
                ("status", lazy_compile(r"\W*status\W*", re.I)),
                # a table of talks: who gave each ("| Presenter | Meeting | Title |"); its rows are no papers
                ("talk", lazy_compile(r"\W*(?:presenters?|speakers?|presented by)\W*", re.I)),
                # a column that holds no field of the citation: its words are none ("Topics: Japan; Political
                # Economy" read as authors); "Citations" counts them ("Citation", one, is the reference itself: a
                # CV's "| Year | Citation |")
                ("other", lazy_compile(r"\W*(?:topics?|keywords?|tags?|subjects?|themes?|research areas?|areas?|"
                                       r"notes?|comments?|remarks?|resources|materials|code|data|slides|"
                                       r"media|coverage|press|citations|cited by|downloads?|impact factor)\W*",
                                       re.I)))


def _column_tag(cell: etree._Element, state: dict[str, Any]) -> str:
    """What a table cell holds, named by the header of its column: "column-title", "column-venue",
    "column-authors" or "". A table's header is read once, and a row's cells are counted once (every cell asked
    about its own place took time quadratic in a wide table's columns: 85 s for a 1 MB table)."""
    row = cell.getparent()
    if row is None or row.tag != "tr":
        return ""
    table = row.getparent()
    while table is not None and table.tag in ("tbody", "thead", "tfoot"):
        table = table.getparent()
    if table is None or table.tag != "table":
        return ""
    heads_of: dict[etree._Element, tuple[etree._Element | None, list[str]]] = state.setdefault("column_heads", {})
    known = heads_of.get(table)
    if known is None:
        first = next(table.iter("tr"), None)
        cells = [] if first is None else [c for c in first if c.tag in ("th", "td")]
        tags = [_column_name(text_content(c)) for c in cells] if any(c.tag == "th" for c in cells) else []
        known = heads_of[table] = (first, tags)
    first, tags = known
    if first is row or not any(tags):
        return ""
    last = state.get("column_row")
    if last is None or last[0] is not row:
        last = state["column_row"] = (row, {c: k for k, c in enumerate(c for c in row if c.tag in ("th", "td"))})
    k = last[1].get(cell, len(tags))
    return tags[k] if k < len(tags) else ""


_INDENTED_TAG = lazy_compile(r"(?m)^[ \t]+(</?[A-Za-z][\w\-]*(?:[\s>/]|$))")


def markdown_to_html(text: str) -> str:
    """Render markdown to HTML, marking every block with the source line it starts on (data-line).

    Raw HTML blocks are passed through unchanged (so their own lines stay true); an empty anchor element
    placed before each one lets LineMapper map lxml's line numbers back to the source (sources/mdrender.py).
    """
    from .mdrender import render

    if "{=html" in text:
        text = _raw_html_blocks(text)
    if "\\" in text and _RAW_TEX.search(text):
        text = _raw_tex(text)
    if "!!!" in text or "???" in text or '=== "' in text:
        text = _admonitions(text)
    # Hand-written HTML inside markdown is often indented by a tab: CommonMark would read it as a code block.
    text = _INDENTED_TAG.sub(r"\1", text)
    if "<br" in text or "<BR" in text:
        text = _break_lines_apart(text)
    if "<" in text and _SPAN_TAG_ALONE.search(text):
        text = _span_tags_apart(text)
    # kramdown reads the inside of '<div markdown="1">' as Markdown; CommonMark reads a tag line and the lines right
    # under it as raw HTML up to a blank line: the tag line becomes that blank line (its element's tags are
    # layout, and the line count stays)
    if "markdown=" in text:
        text = _MARKDOWN_INSIDE.sub("", text)
    # kramdown's and Pandoc's attribute lists ("[PDF](x.pdf){:target="_blank"}", "{: .small}", "[Title](url){target=
    # "_blank"}" in R Markdown and Quarto) style what is before them; CommonMark leaves them as words of the entry
    if "{" in text:
        # a Pandoc span ("[Wang, T.]{.underline}†", "[Jessica Shepherd]{.student}" in Quarto and R Markdown) is its
        # text, styled: CommonMark would keep its brackets as words of the entry
        text = _PANDOC_SPAN.sub(r"\1", text)
        text = _ATTRIBUTES.sub("", text)
        text = _HEADING_ATTRIBUTES.sub(r"\1", text)  # Pandoc's and kramdown's "### 2024 {#published-2024}"
    # Pandoc's sub- and superscripts in a formula or after a name ("CO~2~", "MoS~2~", "F^2-^", "Lind J^#^" in Quarto, R
    # Markdown and Pandoc-built pages) are the characters they raise or lower: CommonMark keeps the marks as words
    if "~" in text or "^" in text:
        text = _PANDOC_SCRIPT.sub(lambda m: m.group(1) or m.group(2), text)
    # "[Paper](/files/My Paper.pdf)": Jekyll's kramdown links an address with spaces, CommonMark leaves the whole
    # link as text; the spaces are written %20 so it is read as the link its site shows
    if "](" in text:
        text = _SPACED_LINK.sub(lambda m: "](" + m.group(1).replace(" ", "%20") + ")", text)
    franklin = "@" in text and _franklin_page(text)
    if franklin:
        text = _franklin_raw_html(text)
    added: frozenset[int] = frozenset()
    if "</" in text or ":::" in text or franklin:
        text, added = _end_html_blocks(text, franklin)
    return render(text, added)


_BREAKS_ALONE = lazy_compile(r"[ ]{0,3}(?:<br\s*/?>[ \t]*)+", re.I)


def _break_lines_apart(text: str) -> str:
    """A line of nothing but line breaks ("<br>") that opens a block, over the Markdown of a paper ("*Title*<br>",
    "**A. Lee**, B. Kim.<br>", "[arXiv](url)"): kramdown (Jekyll) reads "<br>" as a break inside the paragraph it
    opens, CommonMark as a raw HTML block up to the next empty line, its Markdown left as marks and words (a page of
    papers set apart by such lines: no title in italic, no link). The line becomes the empty line it stands for;
    the line count stays."""
    return _blank_opening_lines(text, lambda lines, i: _BREAKS_ALONE.fullmatch(lines[i]) is not None)


def _blank_opening_lines(text: str, opens: Callable[[list[str], int], bool]) -> str:
    """The text with each line that opens a block over more lines (an empty line or none before it, a line after it)
    and that `opens` says is only markup before them made the empty line it stands for; the line count stays."""
    lines = text.split("\n")
    for i in range(len(lines)):
        if (i == 0 or not lines[i - 1].strip()) and i + 1 < len(lines) and lines[i + 1].strip() and opens(lines, i):
            lines[i] = ""
    return "\n".join(lines)


# a line that is only the opening tag of an element of running text ("<span style='font-size: 0.9em'>")
_SPAN_TAG_ALONE = lazy_compile(r"^[ ]{0,3}<(?:span|font|small|big|em|strong|b|i|u|mark|cite)(?:\s[^<>]*)?>[ \t]*$",
                               re.M | re.I)
_MARKDOWN_MARKS = lazy_compile(r"\*\*|__|\]\(|(?<![\w*])\*(?=\S)|(?<!\w)_(?=\S)")
_SPAN_LINES = 50  # lines under such a tag looked through for Markdown, at most


def _span_tags_apart(text: str) -> str:
    """A line that is only the opening tag of an element of running text ("<span style=...>"), opening a block over
    the Markdown of a paper ("Jane Doe and **A. Lee**, Title, 2024, *Journal*"): kramdown (Jekyll) reads the
    element as running text and the Markdown inside it as Markdown, CommonMark as a raw HTML block up to the next
    empty line, its Markdown left as marks and words (no author in bold, no venue in italic). The tag line becomes
    the empty line it stands for when the lines under it hold Markdown; the line count stays."""
    def opens(lines: list[str], i: int) -> bool:
        if lines[i + 1].lstrip().startswith("<") or not _SPAN_TAG_ALONE.fullmatch(lines[i]):
            return False
        k = i + 1
        while k < len(lines) and lines[k].strip() and k - i <= _SPAN_LINES:
            k += 1
        return _MARKDOWN_MARKS.search("\n".join(lines[i + 1:k])) is not None

    return _blank_opening_lines(text, opens)


_FRANKLIN_DEF = lazy_compile(r"^@def[ \t]+\w+[ \t]*=", re.M)
_FRANKLIN_OPEN = lazy_compile(r"^@@([A-Za-z][\w\-,]*)(?:[ \t]+(.*?))?[ \t]*$")
_FRANKLIN_OPENS = lazy_compile(r"^@@[A-Za-z][\w\-,]*(?:[ \t]|$)", re.M)
_FRANKLIN_CLOSES = lazy_compile(r"^@@[ \t]*$|\S[ \t]+@@[ \t]*$", re.M)
_FRANKLIN_CLOSE_AFTER = lazy_compile(r"^(.*?\S)[ \t]+@@[ \t]*$")
_FRANKLIN_RAW = lazy_compile(r"^[ \t]*~~~[ \t]*$")


def _franklin_page(text: str) -> bool:
    """Whether a Markdown page is written for Franklin.jl (the Julia community's site generator): page variables on
    lines of their own ("@def title = ..."), or its div blocks ("@@pubs" ... "@@") with its raw HTML ("~~~")."""
    return _FRANKLIN_DEF.search(text) is not None \
        or (_FRANKLIN_OPENS.search(text) is not None and _FRANKLIN_CLOSES.search(text) is not None)


def _franklin_raw_html(text: str) -> str:
    """A Franklin page as the page it shows: its page variables ("@def title = ...") are no text, and what it sets
    between "~~~" lines, or between "~~~" on one line, is raw HTML (CommonMark read a "~~~" line as a code fence,
    the HTML as code: a list of papers in HTML as nothing). The line count stays."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.startswith("@def") and _FRANKLIN_DEF.match(line):
            lines[i] = ""
        elif "~~~" in line:
            lines[i] = "" if _FRANKLIN_RAW.match(line) else line.replace("~~~", "")
    return "\n".join(lines)


_ADMONITION = lazy_compile(r'([ \t]*)(?:!!!|\?\?\?\+?)[ \t]+[\w\-]+(?:[ \t]+"(.*)")?[ \t]*')
# ... and its content tabs (`=== "Research"` over lines indented four spaces, pymdownx.tabbed)
_TAB = lazy_compile(r'([ \t]*)===\+?[ \t]+"(.*)"[ \t]*')


def _admonitions(text: str) -> str:
    """MkDocs' admonitions and collapsible blocks (`???+ note "Title"` over lines indented four spaces, `!!! abstract`
    inside) and content tabs (`=== "Research"`, its title a heading): the title a paragraph in bold (one that names
    a kind of paper a tag in brackets), the lines under it out of the code block their indent made them in CommonMark
    (a page of papers as such blocks read as code: nothing). The line count stays."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        tab = None if (m := _ADMONITION.fullmatch(line)) else _TAB.fullmatch(line)
        if (m := m or tab) is None:
            continue
        indent, title = m.group(1), (m.group(2) or "").strip()
        # a title that names the kind of paper under it ("!!! warning "preprint"", "Article") is a tag of that paper,
        # not its title: in bold, it ran into the bold title below it; a tab's title is a heading over what it holds
        # ("=== "Teaching"" is a section of no papers)
        if not title:
            head = ""
        elif tab and len(indent) <= 3:
            head = f"## {title}"
        else:
            head = f"[{title}]" if KIND_HEADING.fullmatch(title) else f"**{title}**"
        lines[i] = f"{indent}{head}" if head else ""
        inner = indent + "    "
        for j in range(i + 1, len(lines)):
            if lines[j].startswith(inner):
                lines[j] = indent + lines[j][len(inner):]
            elif lines[j].strip():
                break
        if head and i > 0 and lines[i - 1].strip() and i + 1 < len(lines) and lines[i + 1].strip():
            # right under the block before it, no empty line between: the line would join that block's paragraph
            # (a paper's kind tag read as the end of the paper above); it stays empty, its words open the next line
            lines[i], lines[i + 1] = "", f"{indent}{head}<br>{lines[i + 1][len(indent):]}"
    return "\n".join(lines)


# Pandoc Markdown's raw TeX (a CV built to PDF from Markdown: "\\ind \\textbf{A. Lee}, *B. Kim*. 2021. ...", "\\noindent"):
# style commands around words, and layout commands that open a line
_TEX_TAGS = {"textbf": "strong", "textit": "em", "emph": "em", "textsc": "span", "underline": "u"}
_TEX_STYLES = "|".join(_TEX_TAGS)
_TEX_SKIPS = "ind|noindent|indent|par|medskip|smallskip|bigskip"
_RAW_TEX = lazy_compile(rf"\\(?:{_TEX_STYLES})\{{|^[ \t]*\\(?:{_TEX_SKIPS}|hangindent)\b", re.M)
_TEX_STYLE = lazy_compile(rf"\\({_TEX_STYLES})\{{([^{{}}\n]*)\}}")
_TEX_LAYOUT = lazy_compile(rf"^([ \t]*)\\(?:{_TEX_SKIPS})\b[ \t]*|^([ \t]*)\\hangindent=?[\d.]*\w*[ \t]*", re.M)


def _tex_style(m: re.Match[str]) -> str:
    tag = _TEX_TAGS[m.group(1)]
    return f"<{tag}>{m.group(2)}</{tag}>"


def _raw_tex(text: str) -> str:
    """Pandoc Markdown's raw TeX, as the page's PDF shows it: `\\textbf{A. Lee}` is the name in bold, `\\emph{x}` in
    italics, and `\\ind` / `\\noindent` opening a paragraph are layout, no words (CommonMark kept them as words of the
    entry: "\\ind \\textbf{John McLevey}, ..."). Not inside fenced code, and only what is written whole on a line."""
    out: list[str] = []
    fence = ""
    for line in text.split("\n"):
        stripped = line.lstrip()
        if stripped.startswith(("```", "~~~")):
            mark = stripped[:3]
            fence = "" if fence == mark else (fence or mark)
        elif not fence and "\\" in line:
            line = _TEX_STYLE.sub(_tex_style, line)
            line = _TEX_LAYOUT.sub(lambda m: m.group(1) or m.group(2) or "", line)
        out.append(line)
    return "\n".join(out)


_RAW_HTML_FENCE = lazy_compile(r"^[ \t]{0,3}(`{3,}|~{3,})[ \t]*\{=html[45]?\}[ \t]*$")


def _raw_html_blocks(text: str) -> str:
    """Pandoc's raw HTML blocks (R Markdown, Quarto: "```{=html}" ... "```", the HTML a code cell wrote) are HTML, as
    the page shows them: their fence lines become empty lines (the line count stays), where CommonMark read the HTML
    as a code block's text. A fence opened and never closed is left as it is."""
    lines = text.split("\n")
    i, n = 0, len(lines)
    while i < n:
        m = _RAW_HTML_FENCE.match(lines[i])
        if m is None:
            i += 1
            continue
        mark = m.group(1)
        close = re.compile(rf"^[ \t]{{0,3}}{re.escape(mark[0])}{{{len(mark)},}}[ \t]*$")
        end = next((j for j in range(i + 1, n) if close.match(lines[j])), None)
        if end is None:
            break
        lines[i] = lines[end] = ""
        i = end + 1
    return "\n".join(lines)


def _open_div(out: list[str], added: list[int], classes: Sequence[str]) -> None:
    """A fenced div's opening tag on a line of its own, an empty line (put in) after it: the Markdown inside is read
    as Markdown."""
    out.append(f'<div data-fenced="" class="{" ".join(classes)}">' if classes else '<div data-fenced="">')
    added.append(len(out))
    out.append("")


def _close_div(out: list[str], added: list[int]) -> None:
    """A fenced div's closing tag after an empty line (put in)."""
    added.append(len(out))
    out.extend(("", "</div>"))


def _franklin_div(line: str, out: list[str], added: list[int], divs: int) -> int | None:
    """A line of a Franklin page with its div marks ("@@pubs", "@@pubs **Title**", "... *Journal* @@", "@@") written
    to `out` as the HTML they stand for, each tag on a line of its own with an empty line between it and the text
    (the numbers of the newlines put in added to `added`); the number of divs it opens less those it closes, or None
    when it has no such mark."""
    if line.strip() == "@@":
        if divs:
            _close_div(out, added)
            return -1
        out.append("")
        return 0
    if (m := _FRANKLIN_OPEN.match(line)) is not None:
        rest = m.group(2) or ""
        end = _FRANKLIN_CLOSE_AFTER.match(rest)
        _open_div(out, added, m.group(1).split(","))
        if not rest:
            return 1
        added.append(len(out) - 2)  # what follows the mark stays on the mark's line
        if rest != "@@":
            out.append(end.group(1) if end else rest)
            if end is None:
                return 1
            added.append(len(out) - 1)
        _close_div(out, added)
        return 0
    if divs and (end := _FRANKLIN_CLOSE_AFTER.match(line)) is not None:
        out.append(end.group(1))
        added.append(len(out) - 1)
        _close_div(out, added)
        return -1
    return None


def _end_html_blocks(text: str, franklin: bool = False) -> tuple[str, frozenset[int]]:
    """The page with an empty line after each HTML element that opens a line and closes at the end of a later (or
    the same) line right above Markdown ("<p style="...">Selected publications:</p>" over "* A. Lee ...", an `<h1>`
    over three lines over a numbered list): kramdown (Jekyll) and Pandoc (R Markdown, Quarto) end the element there
    and read the lines after it as Markdown, where CommonMark reads them as raw HTML up to an empty line (the list
    becomes one run of text). Pandoc's and Quarto's fenced divs ("::: {.pub-entry}", "::: {.pub-authors}" ...
    ":::") are written as the HTML they stand for, each tag line set apart by an empty line so the Markdown inside is
    read as Markdown: their classes name an entry and its fields, as a page's HTML does (CommonMark kept the colons
    as words and ran the lines around them together). On a Franklin page (`franklin`) its div blocks ("@@pubs
    **Title** ..." over "... *Journal* @@") are read alike. Also the numbers of the newlines added (the renderer
    counts no line for them)."""
    lines = text.split("\n")
    out: list[str] = []
    added: list[int] = []
    i, n, fence, divs = 0, len(lines), False, 0
    while i < n:
        line = lines[i]
        if line.lstrip().startswith(("```", "~~~")):
            fence = not fence
        if franklin and not fence and "@@" in line and (step := _franklin_div(line, out, added, divs)) is not None:
            divs += step
            i += 1
            continue
        if not fence and ":::" in line and (f := _FENCED_DIV.match(line)) is not None:
            if f.group(1) is not None:  # an opening fence
                classes = re.findall(r"(?<![\w\-])\.([\w\-]+)", f.group(1)) or ([f.group(1)] if f.group(1)[:1] != "{" else [])
                _open_div(out, added, classes)
                divs += 1
            elif divs:  # a closing fence
                _close_div(out, added)
                divs -= 1
            else:
                out.append("")
            i += 1
            continue
        m = None if fence else _HTML_BLOCK_OPEN.match(line)
        if m is None:
            out.append(line)
            i += 1
            continue
        tags = re.compile(rf"<{m.group(1)}(?=[\s>/])|</{m.group(1)}\s*>", re.I)
        depth, j, end = 0, i, None
        while j < n and j - i < _HTML_BLOCK_LINES and lines[j].strip():
            for t in tags.finditer(lines[j]):
                depth += -1 if t.group(0).startswith("</") else 1
            if depth <= 0:
                end = j
                break
            j += 1
        if end is None:  # not closed before an empty line (where CommonMark ends it too) or too long to follow
            out.extend(lines[i:j])
            i = j
            continue
        out.extend(lines[i:end + 1])
        after = lines[end + 1] if end + 1 < n else ""
        if after.strip() and not after.lstrip().startswith("<") and _CLOSED_AT_END.search(lines[end]):
            added.append(len(out))
            out.append("")
        i = end + 1
    return ("\n".join(out), frozenset(added)) if added else (text, frozenset())


_HTML_BLOCK_OPEN = lazy_compile(r"^ {0,3}<(div|p|h[1-6]|table|center|section|article|figure|details|blockquote|dl|ul|ol"
                                r"|aside|header|footer|nav)(?=[\s>/]|$)", re.I)
_CLOSED_AT_END = lazy_compile(r"</[A-Za-z][\w\-]*\s*>[ \t\r]*$")
_HTML_BLOCK_LINES = 2000  # an element followed further than this is left as CommonMark reads it


_MARKDOWN_INSIDE = lazy_compile(r"^[ \t]*<(?:div|section|span|p|article)\b[^<>\n]*\bmarkdown=[\"']?(?:1|block|span)[\"']?[^<>\n]*>[ \t\r]*$"
                                r"(?=\n[ \t]*[^\s])", re.M)
_ATTR = r"(?:[.#][\w\-]+|[\w\-]+=(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s{}\"']+))"
_ATTRIBUTES = lazy_compile(rf"\{{:[^{{}}\n]*\}}|(?<=[)\]*_`>])\{{{_ATTR}(?:[ \t]+{_ATTR})*[ \t]*\}}|^[ \t]*\{{[.#][^{{}}\n]*\}}[ \t]*$",
                           re.M)
# a Pandoc subscript or superscript of a few digits, signs or marks, right after a letter, digit or bracket (not a
# LaTeX non-breaking space between words: "Jacqueline~Le~Moigne"; not math: "$\\mathbb{R}^{2^2}$")
_PANDOC_SCRIPT = lazy_compile(r"(?<=[\w)\]])~([0-9+\-−]{1,3})~(?!~)|(?<=[\w)\]*])\^([0-9+\-−#*†‡]{1,3})\^")
_PANDOC_SPAN = lazy_compile(rf"(?<![!\]\\])\[([^\[\]\n]+)\]\{{{_ATTR}(?:[ \t]+{_ATTR})*[ \t]*\}}")
_HEADING_ATTRIBUTES = lazy_compile(r"^(#{1,6}[ \t][^\n{]*?)[ \t]*\{[#.][^{}\n]*\}[ \t]*$", re.M)
_FENCED_DIV = lazy_compile(r"^[ \t]*:{3,}[ \t]*(\{[^{}\n]*\}|[\w\-]+)?[ \t]*:*[ \t]*$")
# (an apostrophe between letters is the address's: "/files/2022_Lee, O'Reilly_Title.pdf"; one after a space opens a
# link's title: "[x](url 'Title')")
_URL_CHAR = r"""(?:[^()\s"'<>\[\]]|(?<=\w)'(?=\w))"""
_SPACED_LINK = lazy_compile(rf"\]\(((?:https?://|/){_URL_CHAR}*(?: +{_URL_CHAR}+)+)\)")


_XML_DECLARATION = lazy_compile(r"\A\ufeff?\s*<\?xml\b[^>]*\?>")


def parse_html(text: str) -> etree._Element | None:
    """Parse an HTML document or fragment with lxml; None when there is nothing to parse."""
    if not text.strip():
        return None
    # lxml's own HTML parser, as lxml.html.document_fromstring uses it, without importing lxml.html (start-up)
    parser = etree.HTMLParser(recover=True, huge_tree=False, remove_comments=True, remove_pis=True)
    # lxml refuses a str that declares its encoding (XHTML pages start "<?xml ... encoding=...?>"): the text is
    # already decoded, so the declaration goes (its newlines stay, for the line numbers)
    text = _XML_DECLARATION.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text, count=1)
    if "</h" in text or "</H" in text:
        text = _close_headings(text)
    if "</br" in text or "</BR" in text or "</Br" in text:
        text = _END_BR.sub("<br>", text)  # "</br>" is a line break to browsers (HTML5); libxml2 dropped it
    try:
        root: etree._Element | None = etree.fromstring(text, parser)
    except (etree.ParserError, ValueError):
        return None
    if root is not None:
        _body_out_of_head(root)
        if "<details" in text or "<DETAILS" in text:
            _abstracts_folded(root)
    return root


# what a folded box's summary calls an abstract, in the languages pages are written in
_ABSTRACT_SUMMARY = lazy_compile(r"\W*(?:abstract|summary|resumen|résumé|resumo|riassunto|zusammenfassung|"
                                 r"samenvatting|摘要|要旨|概要|초록)\W*", re.I)


def _abstracts_folded(root: etree._Element) -> None:
    """"<details><summary>Abstract</summary><p>While previous research ...</p></details>" under a paper: its abstract,
    folded away until a reader opens it, is no entry of the list (its sentences were read as a paper's title, and the
    paper above it as none); it is left out, its summary's word kept. A folded box of anything else (a BibTeX entry, a
    list of papers) is read."""
    for el in list(root.iter("details")):  # (the tree changes under it: a list first)
        summary = el.find("summary")
        if summary is not None and _ABSTRACT_SUMMARY.fullmatch(text_content(summary)):
            for c in el:
                if c is not summary:
                    el.remove(c)
            # its word stays, as a link that opens it ("[Abstract]" after a title), what a heading over the paper has
            # under it
            summary.tag, summary.tail = "a", None
            summary.set("href", "#abstract")


# the elements a document's head holds; any other starts its body (HTML5's "in head" insertion mode)
_HEAD_TAGS = frozenset({"title", "meta", "link", "script", "style", "noscript", "base", "template", "object"})


def _body_out_of_head(root: etree._Element) -> None:
    """`<head><title>..</title></head><main><body><h2>Publications</h2>...`: a browser ends the head at the first
    element that is no head's and shows it and all after it as the body; libxml2 kept the whole page in the head,
    which is not read (nothing was read of such a page)."""
    head = root.find("head")
    if head is None:
        return
    kids = list(head)
    first = next((k for k, c in enumerate(kids) if isinstance(c.tag, str) and c.tag not in _HEAD_TAGS), None)
    if first is None:
        return
    body = root.find("body")
    if body is None:
        body = etree.SubElement(root, "body")
    for c in reversed(kids[first:]):
        body.insert(0, c)  # (each moves with its tail)
    etree.strip_tags(body, "body")  # "<main><body>...": the page's own body tag inside what moved (its content stays)


_HEADING_TAG = lazy_compile(r"<(/?)h([1-6])\b", re.I)
_END_BR = lazy_compile(r"</br[ \t]*/?>", re.I)


def _close_headings(text: str) -> str:
    """"<h3>Events</h4>": any heading's end tag closes the open heading, as browsers read it (HTML5); libxml2 ignored
    it and took the rest of the page for the heading's text."""
    out: list[str] = []
    pos, open_level = 0, ""
    for m in _HEADING_TAG.finditer(text):
        if not m.group(1):
            open_level = m.group(2)
        elif open_level:
            if m.group(2) != open_level:
                out.append(text[pos:m.start(2)])
                out.append(open_level)
                pos = m.end(2)
            open_level = ""
    out.append(text[pos:])
    return "".join(out)


def text_content(el: etree._Element) -> str:
    """All the text inside an element (lxml.html's text_content: XPath string())."""
    return "".join(el.itertext())


class LineMapper:
    """Maps an element of the rendered tree to its line in the source file.

    An element the renderer marked (data-line) is on that line; only the others are kept here, each on the line of
    the last mark before it plus the rendered lines between them. Every element was kept (a Python object for each
    held alive: 47 MB of a 200 MB run on a 60,000-row Markdown table, whose elements are all marked)."""

    def __init__(self, root: etree._Element, from_markdown: bool, offset: int):
        self.from_markdown = from_markdown
        self.offset = offset
        self.lines: dict[etree._Element, int] = {}  # the unmarked elements' lines
        if from_markdown:
            anchor_src, anchor_rendered = 1, 1
            for el in root.iter():
                if not isinstance(el.tag, str):
                    continue
                dl = el.get("data-line")
                rendered = el.sourceline or anchor_rendered
                if dl and dl.isdecimal():
                    anchor_src, anchor_rendered = int(dl), rendered
                else:
                    self.lines[el] = anchor_src + max(0, rendered - anchor_rendered)

    def line(self, el: etree._Element) -> int:
        if self.from_markdown:
            line = self.lines.get(el)
            if line is None:
                dl = el.get("data-line") if isinstance(el.tag, str) else None
                line = int(dl) if dl and dl.isdecimal() else 1
            return line + self.offset
        return (el.sourceline or 1) + self.offset


_BLOCK_TAGS = {"p", "div", "li", "ul", "ol", "table", "tr", "td", "th", "tbody", "thead", "h1", "h2", "h3", "h4", "h5",
               "h6", "blockquote", "section", "article", "dl", "dt", "dd", "pre", "header", "footer", "main", "nav",
               "figure", "figcaption", "details", "summary", "aside", "center", "form", "hr", "menu", "dir", "dialog",
               "search", "address", "fieldset", "hgroup"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6", "heading"}
_PAGE_CHROME = {"nav", "header", "footer", "form", "menu"}  # text directly in these is the site's, not a list
_SKIP_TAGS = {"script", "style", "noscript", "img", "svg", "button", "iframe", "video", "audio", "math", "input",
              "select", "textarea", "head", "title", "meta", "link", "pn-anchor"}
# "pub", "pub-item", "publication-entry", "paper", "paper-card"; not "pub-info", "pub-list", "pub-authors", "paper-title",
# "paper-meta", "entry-title", "citation_count": parts of an entry, or a list. A whole class name, not a part of one
# (but AcadHomepage's "paper-box" and its parts "paper-box-image", "paper-box-text", as they were read: its text a block
# of its own, its badge another)
_ENTRY_CLASS = lazy_compile(r"(?<![\w-])(?:paper-box[\w-]*|paper(?:[-_](?:item|entry|card|container|block|row|wrapper|li))?|"
                            r"pub(?:lication)?(?:s?-?(?:list-)?(?:item|entry))?|bib-?entry|entry|citation|csl-entry)"
                            r"(?![\w-])", re.I)


# schema.org microdata: the element is one work ("<div class="pub-list-item" itemscope
# itemtype="http://schema.org/CreativeWork">", as Hugo Academic and other themes write each entry)
_WORK_ITEM = lazy_compile(r"schema\.org/(?:CreativeWork|ScholarlyArticle|Article|Book|Chapter|Thesis|Report)\s*$")


def _entry_element(el: etree._Element) -> bool:
    """An element that holds one entry by its class ("paper", "pub-item", "pub-list-item", "csl-entry"; not Hugo
    Academic's venue line "pub-publication", nor "pubs" or "publications", which name the list: a `<div class="pubs"
    markdown="1">` around a page's paragraphs is no one paper) or by the schema.org type of work it declares."""
    return bool(_ENTRY_CLASS.search(el.get("class") or "") or _WORK_ITEM.search(el.get("itemtype") or ""))


def _title_only(el: etree._Element, cls: str) -> bool:
    """`<div class="paper">Title</div>` followed by author and venue divs: a title line, not a whole entry."""
    return cls.strip().lower() == "paper" and not _has_block_child(el)


def iter_blocks(root: etree._Element, mapper: LineMapper, newline_breaks: bool) -> Iterator[Block]:
    """Candidate entry blocks in document order, each tagged with the nearest heading above it."""
    state: dict[str, Any] = {"section": "", "stack": []}
    body = root.find("body")
    _year_numbers(root)
    _link_cards(root)
    _component_blocks(root)
    for block in _walk(body if body is not None else root, mapper, newline_breaks, state, 0):
        for name, heads in block.earlier:
            yield from _chain_blocks(heads, _under(state.get("chain_section", ""), name))
        if len(block.heads) > MAX_CHAIN:  # too long to be read with the block: a block (or several) of its own
            yield from _chain_blocks(block.heads, state.get("chain_section", ""))
            block.heads = ()
        yield block
    if state.get("chain_open"):
        for name, heads in _field_chains(state["chain"]):
            if len(heads) >= 2:
                yield from _chain_blocks(heads, _under(state.get("chain_section", ""), name))


_SECTION_WORD = 12  # characters: a heading of one word this short names a section ("Editor", "Preprints", "著書")


def _field_chains(chain: Sequence[Heading]) -> list[tuple[str, tuple[Heading, ...]]]:
    """The parts of a chain between the headings that name a section (a kind of papers: "Selected Publications",
    "Journal Articles"; one short word: "Editor", "Talks", "著書"; or no word: "2024", an invisible mark), each with
    the name of the section heading before it ("" for the first when none is): the parts that may be papers' fields,
    in order; the last is the part right above the block that closes the chain (empty when a section's name is the
    chain's last heading)."""
    parts: list[tuple[str, tuple[Heading, ...]]] = []
    start, name = 0, ""
    for k, h in enumerate(chain):
        if KIND_HEADING.fullmatch(h.text) or not any(c.isalpha() for c in h.text) \
                or (len(h.text) <= _SECTION_WORD and len(h.text.split()) == 1):
            parts.append((name, tuple(chain[start:k])))
            start, name = k + 1, h.text
    parts.append((name, tuple(chain[start:])))
    return [p for p in parts[:-1] if p[1]] + parts[-1:]


def _under(section: str, name: str) -> str:
    """A section's path with the name of a heading inside it, when there is one."""
    return SECTION_SEP.join(p for p in (section, name) if p)


MAX_CHAIN = 60  # headings: a longer chain is not read with the block that closes it, but as blocks of its own


def _chain_blocks(heads: Sequence[Heading], section: str) -> Iterator[Block]:
    """A chain of headings with no text under it (or too long to be read with the text that closes it), read as
    blocks of their own of at most MAX_BLOCK_LINES lines: pages that set every field of their papers as a heading
    ("<h5>Authors (2013)</h5><h4>Title</h4><h5>Journal 49:1-13.</h5>", "<h2>Title</h2><h3>with Coauthor, 2018.
    Journal ...</h3>"); the labeller decides which of them are papers. The lines are given as plain lines: set as
    headings, each one would read as a paper's title (a heading is one, above its paper)."""
    for start in range(0, len(heads), MAX_BLOCK_LINES):
        part = heads[start:start + MAX_BLOCK_LINES]
        yield Block(lines=chain_lines(part), lineno=part[0].line, section=section)


def chain_lines(heads: Sequence[Heading]) -> list[Line]:
    """A chain's headings as plain lines, each with its link (see _chain_blocks), tagged CHAIN: the labeller knows
    no such tag and reads the words, the repairs know each line was an element of its own."""
    return [Line([Span(h.text, True, False, h.href or None, CHAIN)], lineno=h.line) for h in heads if h.text]


CHAIN = "heading-chain"  # the tag of a line that was a heading of a chain (see chain_lines)


_LINK_CARD_WORDS = 6  # a link of this many words at least, in a run of links alike, is a paper's whole citation


def _link_cards(root: etree._Element) -> None:
    """Links that are each a paper's whole citation, side by side with nothing between them but white space (`<a
    class="pub-link" href="doi">Authors. <em>Title</em>, 2025. Journal.</a>` again and again; a list group's
    items): a style sheet shows each as a block of its own, so each is put in a block element here (they were read
    as one line of several papers)."""
    parents = {id(p): p for a in root.iter("a") if a.get("class") and (p := a.getparent()) is not None}
    for parent in parents.values():
        for run in _runs_alike(parent, lambda c: c.get("class") if c.tag == "a" and c.get("class") else None):
            if all(len(text_content(x).split()) >= _LINK_CARD_WORDS and not _has_block_inside(x) for x in run):
                for x in run:
                    box = etree.Element("div")
                    box.sourceline = x.sourceline
                    x.addprevious(box)
                    box.append(x)  # (lxml moves the link, its tail with it)


def _runs_alike(parent: etree._Element, kind: Callable[[etree._Element], str | None],
                past_marks: bool = False) -> list[list[etree._Element]]:
    """The runs of two or more children of `parent` of one kind (`kind`: None for a child of none) side by side, with
    nothing between them but white space; `past_marks`: the Markdown renderer's marks of a line between them
    (`<pn-anchor>`, see mdrender) are no part of the page."""
    runs: list[list[etree._Element]] = []
    run: list[etree._Element] = []
    for c in [*parent, None]:
        if past_marks and c is not None and c.tag == "pn-anchor" and not (c.tail or "").strip():
            continue
        k = kind(c) if c is not None and isinstance(c.tag, str) else None
        if k is not None and run and k == kind(run[0]) and not (run[-1].tail or "").strip():
            run.append(c)
            continue
        if len(run) >= 2:
            runs.append(run)
        run = [c] if k is not None else []
    return runs


# the elements of HTML (and those browsers still draw: "font", "center", "nobr"): any other tag is a site's own
# component (React's `<Project>`, a Vue or web component's `<pub-item>`), which HTML parsers keep as an inline element
_HTML_ELEMENTS = frozenset((
    "a abbr acronym address area article aside audio b base bdi bdo big blink blockquote body br button canvas caption "
    "center cite code col colgroup data datalist dd del details dfn dialog dir div dl dt em embed fieldset figcaption "
    "figure font footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd "
    "label legend li link main map mark marquee math menu meta meter nav nobr noscript object ol optgroup option output "
    "p param picture pre progress q rp rt ruby s samp script search section select slot small source span strike "
    "strong style sub summary sup svg table tbody td template textarea tfoot th thead time title tr track tt u ul var "
    "video wbr heading").split())


def _component_blocks(root: etree._Element) -> None:
    """A site's own components side by side, each holding a paper's citation (a Gatsby page's `<Project>Janák, D.
    2018. <i>Title.</i> Praha: ...</Project>` again and again; `<pub-entry>` items): what they render is a block each,
    but an HTML parser keeps an unknown tag inline, so a list of them was read as one line of many papers. Two or more
    alike, with nothing between them but white space, of _LINK_CARD_WORDS words or more each, are read as `<div>`s
    (parts of a citation, `<Name>`, `<Red>`, are fewer words or have no twin beside them)."""
    parents = {id(p): p for el in root.iter() if isinstance(el.tag, str) and el.tag not in _HTML_ELEMENTS
               and el.tag != "pn-anchor" and (p := el.getparent()) is not None}
    for parent in parents.values():
        for run in _runs_alike(parent, lambda c: c.tag if c.tag not in _HTML_ELEMENTS else None, past_marks=True):
            if all(len(text_content(x).split()) >= _LINK_CARD_WORDS for x in run):
                for x in run:
                    x.tag = "div"


def _has_block_inside(el: etree._Element) -> bool:
    """Whether an element holds a block element or a heading at any depth (a card drawn as one link)."""
    return any(isinstance(d.tag, str) and (d.tag in _BLOCK_TAGS or d.tag in _HEADINGS) for d in el.iterdescendants())


_NUMBER_YEAR = "data-pn-year"
_FIRST_YEAR, _LAST_YEAR = 1900, LATEST_YEAR


def _year_numbers(root: etree._Element) -> None:
    """"2019. Authors. Title ..." (also "- 2019. ...") is an ordered list to Markdown that starts at 2019: the page
    shows the year as the item's number, and the rendered tree keeps it only in the list's start attribute. An
    item whose number is a year is marked with it, for its blocks (Block.number_year): the entry's year when its
    text gives none. (Given to the labeller as text, the number misled it about where the authors end.)"""
    for ol in root.iter("ol"):
        start = ol.get("start") or ""
        if not (start.isdigit() and _FIRST_YEAR <= int(start) <= _LAST_YEAR):
            continue
        items = [c for c in ol if c.tag == "li"]
        for n, li in enumerate(items, int(start)):
            if n <= _LAST_YEAR:
                li.set(_NUMBER_YEAR, str(n))


SECTION_SEP = " > "
_MAX_HEADING_WORDS = 40  # a heading of more words is text set in a heading's style, not the name of a section
# a shorter one is a citation set in a heading's style when it has a year and a citation's commas (authors, title,
# journal, volume: "##### Lind, J., Okafor, A. & Moreau, B. (2019). Title. Journal, 169, 165-170."); a paper's
# title as its heading has at most two or three commas, a section's name none
_CITATION_HEADING_WORDS, _CITATION_HEADING_COMMAS = 20, 4
_YEAR_IN_HEADING = lazy_compile(r"\b(?:19|20)\d\d\b")
# ... or one that opens with a name written "Surname, I." and has a year ("### Okafor, A. Title. *Journal* (2026)."):
# no section's name, nor a paper's title, opens so
_SURNAME_INITIALS_FIRST = lazy_compile(r"\W*(?:\[\d+\]\s*)?[A-Z][\w'’\-]+,\s+(?:[A-Z]\.\s*-?){1,3}(?:[,&]|\s+[A-Z])")
_CITED_HEADING_WORDS = 6


def _text_in_heading_style(text: str) -> bool:
    """Whether a heading's text is text set in a heading's style (a whole citation), not a heading."""
    words = len(text.split())
    return words > _MAX_HEADING_WORDS or (words >= _CITATION_HEADING_WORDS
                                          and text.count(",") >= _CITATION_HEADING_COMMAS
                                          and _YEAR_IN_HEADING.search(text) is not None) \
        or (words >= _CITED_HEADING_WORDS and _SURNAME_INITIALS_FIRST.match(text) is not None
            and _YEAR_IN_HEADING.search(text) is not None)


def _fields_in_heading(el: etree._Element) -> bool:
    """Whether a heading holds elements whose classes name two fields of a citation or more ('<h5><span
    class="paper-authors">...</span><span class="paper-title">...</span>...</h5>'): an entry set in a heading's
    style, whatever its length."""
    fields = set()
    for x in el.iterdescendants():
        if isinstance(x.tag, str) and (named := _class_field((x.get("class") or "").lower())):
            fields.add(named)
            if len(fields) >= 2:
                return True
    return False


def _class_field(cls: str) -> str:
    """The field an element's class names ("paper-title": "title"; "pub-authors": "authors"; "pub-date": "year";
    "venue", "badge": "venue"), "" for none."""
    if not cls:
        return ""
    if "title" in cls and _TITLE_CLASS.search(cls):
        return "title"
    if "author" in cls:
        return "authors"
    if _YEAR_CLASS.search(cls):
        return "year"
    return "venue" if _VENUE_CLASS.search(cls) else ""


def _enter_heading(state: dict[str, Any], el: etree._Element, line: int, text: str | None = None,
                   level: int | None = None) -> None:
    """Sections nest: "Honors and Awards > Peking University" keeps the outer heading's meaning. The heading's
    lines (an HTML heading may span several) and its link are kept for the block right under it. `text` and
    `level`: the heading's words and rank when not the element's (a label column's own words, under the heading
    it is in)."""
    tag, raw = str(el.tag), text_content(el) if text is None else text
    if level is None:
        level = int(tag[1]) if tag[0] == "h" and tag[1:].isdigit() else 2
    stack = [(lv, t) for lv, t in state["stack"] if lv < level]
    stack.append((level, squash(raw).replace(SECTION_SEP, " ")))
    state["stack"] = stack
    state["section"] = SECTION_SEP.join(t for _, t in stack if t)
    state["heading_line"] = line
    state["heading_end"] = line + raw.count("\n")
    # the heading's link, not an anchor to itself ("<a class="anchor" href="#x">" that themes put in headings)
    state["heading_href"] = next((h for a in el.iter("a") if (h := a.get("href")) and not h.startswith("#")), "")
    # headings with no text between them are one chain ("### Title", "###### Authors"): a paper whose fields are
    # set as headings; the chain is closed by the first block with text (see _block, iter_blocks)
    head = Heading(line, stack[-1][1], state["heading_href"])
    if state.get("chain") and state.get("chain_open"):
        state["chain"].append(head)
    else:
        state["chain"], state["chain_section"] = [head], SECTION_SEP.join(t for _, t in stack[:-1] if t)
    state["chain_open"] = True


@dataclass(slots=True)
class _Loose:
    """Text directly inside a container that also holds blocks (its own text, or what follows a child):
    "2022. <a>Title</a>. with ..." in a <dl> that also holds a <ul>."""

    text: str
    at: etree._Element  # the element it belongs to (for its line)


def _walk(el: etree._Element, mapper: LineMapper, nl: bool, state: dict[str, Any], depth: int) -> Iterator[Block]:
    run: list[etree._Element | _Loose] = []  # consecutive paragraphs and inline content between separators

    def flush() -> Iterator[Block]:
        if run:
            if any(not isinstance(x, _Loose) or x.text.strip() for x in run):
                yield from _make_blocks(list(run), mapper, nl, state)
            run.clear()

    yield from _run_on(el, run, flush, mapper, nl, state, depth)
    yield from flush()


def _run_on(el: etree._Element, run: list[etree._Element | _Loose], flush: Callable[[], Iterator[Block]],
            mapper: LineMapper, nl: bool, state: dict[str, Any], depth: int) -> Iterator[Block]:
    """The blocks of what `el` holds, its paragraphs and inline content joining `run` (see _child_blocks)."""
    if el.text and el.text.strip():
        run.append(_Loose(el.text, el))
    cards = _cards(el) if depth < MAX_DEPTH else frozenset()
    boxes = _boxes(el) if depth < MAX_DEPTH and not cards else frozenset()
    label = _label_column(el)
    saved = {k: state.get(k) for k in _HEADING_STATE} if label is not None else None
    if saved is not None and saved["chain"]:
        saved["chain"] = list(saved["chain"])  # headings are appended to the chain in place
    for child in el:
        if child is label:
            yield from flush()
            _enter_heading(state, child, mapper.line(child), text=label.text or "",
                           level=state["stack"][-1][0] + 1 if state["stack"] else 2)  # under the heading it is in
            continue
        if child in cards or child in boxes:
            yield from flush()
            for b in _make_blocks([child], mapper, nl, state):
                b.card = child in cards
                yield b
        else:
            yield from _child_blocks(child, run, flush, mapper, nl, state, depth)
        if child.tail and (child.tail.strip() or (run and _inline(run[-1]))):
            run.append(_Loose(child.tail, child))
    if saved is not None:  # a label column names its row's content only
        yield from flush()
        state.update(saved)


_LABEL_WORDS = 4  # a label column names its row's content in a few words ("Teaching", "Working Papers", "2024")


def _label_column(el: etree._Element) -> etree._Element | None:
    """The first of two columns of a row, when it names what the second holds: `<div class="row"><div
    class="col-md-3">Seminars</div><div class="col-md-9"><div>2024: ...</div>...</div></div>` (a CV's sections laid
    out as rows): a few words, no link and nothing inside, beside a column that holds blocks. Read as the heading
    of the other column's blocks."""
    kids = [c for c in el if isinstance(c.tag, str) and c.tag not in _SKIP_TAGS]
    if len(kids) != 2 or el.tag not in ("div", "section", "article") or kids[0].tag != "div" or kids[1].tag != "div":
        return None
    first, second = kids
    words = (first.text or "").split()  # its own words ("Selected Publications" before a hint's <span>)
    if not 1 <= len(words) <= _LABEL_WORDS or _has_block_child(first) or not _has_block_child(second):
        return None
    return first


# a class naming the page's footer (not a card's "card-footer", which holds its paper's links)
_FOOTER = lazy_compile(r"(?<![\w-])(?:site-|page-)?footer(?![\w-])", re.I)


def _is_footer(cls: str) -> bool:
    """Whether an element's class names the page's footer: its text is the site's, not a list."""
    return "footer" in cls and _FOOTER.search(cls) is not None


_HEADING_STATE = ("section", "stack", "heading_line", "heading_end", "heading_href", "chain", "chain_open",
                  "chain_section")


CARD_HEADING = "data-pn-card-heading"  # marks a card's heading (see _cards)
_CARD_SIZE = 300  # elements: a card holds one paper's few fields, not a page's section
_CARD_PARTS = frozenset({"li", "tr", "ul", "ol", "table", "dl"})


def _cards(el: etree._Element) -> frozenset[etree._Element]:
    """The children of `el` that are cards: a run of at least two siblings alike (one tag, one class), each holding
    one heading (its paper's title: `<article><h3>Title</h3><p>Authors</p><strong>PNAS · 2026</strong></article>`,
    `<div class="card"><h5>Title</h5><h6>Journal</h6><p>Authors</p></div>`; headings after the first, of a lower
    rank and beside it, are its fields) and text besides it, and no list or table (a section's). Each is read as
    one block, not as a section under its heading. An element holding an entry its class names is no card: that
    entry is."""
    kinds: dict[tuple[str, str], list[etree._Element]] = {}
    for c in el:
        if isinstance(c.tag, str) and c.tag not in _SKIP_TAGS and c.tag not in _HEADINGS:
            kinds.setdefault((c.tag, c.get("class") or ""), []).append(c)
    out = [(c, h) for alike in kinds.values() if len(alike) >= 2 for c in alike if (h := _card_title(c)) is not None]
    if len(out) < 2:
        return frozenset()
    for _, h in out:
        h.set(CARD_HEADING, "")  # its tokens say so (assemble._card_entry); the labeller reads its words
    return frozenset(c for c, _ in out)


_BOX_RUN = 3  # boxes come in a run of this many siblings alike at least
_BOX_WORDS = (5, 150)  # the words of one paper, with its links and notes
_BOX_PARTS = (2, 8)  # the block elements inside a box: a paper's lines (citation, venue line, links ...)


def _boxes(el: etree._Element) -> frozenset[etree._Element]:
    """The children of `el` that are paper boxes without a heading: a run of siblings alike (one tag, one class),
    each of a few block elements (its citation in one, `<p class="meta">Space Weather · DOI</p>` in another, a year
    badge), the words of one paper, and no list, table or heading (a card's: see _cards). Each is read as one
    block: its lines were blocks of their own, the venue line a record apart from its citation."""
    kinds: dict[tuple[str, str], list[etree._Element]] = {}
    for c in el:
        if isinstance(c.tag, str) and c.tag in ("div", "section", "article") and (c.get("class") or "").strip():
            kinds.setdefault((c.tag, c.get("class") or ""), []).append(c)
    return frozenset(c for alike in kinds.values() if len(alike) >= _BOX_RUN and all(_box(x) for x in alike)
                     for c in alike)


def _box(el: etree._Element) -> bool:
    if _entry_element(el) or _label_column(el) is not None:
        return False  # (a row whose first column names what the second holds: a CV's layout, see _label_column)
    parts = 0
    for d in el.iterdescendants():
        if not isinstance(d.tag, str):
            continue
        if d.tag in _CARD_PARTS or d.tag in _HEADINGS or _entry_element(d):
            return False
        if d.tag in _BLOCK_TAGS:
            parts += 1
            if parts > _BOX_PARTS[1]:
                return False
    words = len(text_content(el).split())
    return parts >= _BOX_PARTS[0] and _BOX_WORDS[0] <= words <= _BOX_WORDS[1]


def _card_title(el: etree._Element) -> etree._Element | None:
    """The heading that is the title of the card `el` (see _cards), None when `el` is no card."""
    headings: list[etree._Element] = []
    for n, d in enumerate(el.iter()):
        if n > _CARD_SIZE or d.tag in _CARD_PARTS or (n and d.tag in ("div", "section", "article") and _entry_element(d)):
            return None  # a list's, a table's, or a group's around an entry its markup names (a year's "pub-item")
        if d.text and _TITLE_KEY.match(d.text):
            return None  # "<h3>Event: ...</h3> ... <p>Title: Paper</p>": the card names its paper's title itself
        if isinstance(d.tag, str) and d.tag in _HEADINGS and d.tag != "heading":
            headings.append(d)
    if not headings or _citations_inside(el):
        return None  # two whole citations in it, each a block of its own: a section of papers under its heading
    first = headings[0]
    # "h5" < "h6": a heading of the same or a higher rank starts another card; one inside an element of its own
    # belongs to one (a section of cards, each with its heading, is no card)
    if any(h.tag <= first.tag or h.getparent() is not first.getparent() for h in headings[1:]):
        return None
    heading = text_content(first)
    if LINK_WORD.match(heading):
        return None  # "<h5><a>Paper</a> - <a>Video</a></h5>" beside a whole citation: the row's links, no title
    title = heading.split()
    text = text_content(el)
    rest = len(text.split()) - len(title)
    return first if 3 <= len(title) <= _MAX_HEADING_WORDS and rest >= 2 else None


# a field named as the title, in the languages pages are written in
_TITLE_KEY = lazy_compile(r"\s*(?:title|t[íi]tulo|titre|titel|titolo|tytuł|标题|题目|題名)\s*[:：]", re.I)


_STYLE_TAGS = frozenset({"b", "strong", "u", "em", "i"})
# a class that names a section's heading ("section-title", "section__label", "pub-section-heading", "section-head")
_SECTION_CLASS = lazy_compile(r"(?<![a-z])section[-_]*(?:title|label|head|heading|header|name)(?![a-z])", re.I)
_SECTION_CLASS_TAGS = frozenset({"div", "p", "span", "strong", "b"})
# a class naming a title ("title", "paper-title", "pubtitle"), not a subtitle: Bulma's "subtitle" (and a theme's
# "pub-subtitle", "page-subtitle") styles the line under a title, an entry's authors or venue as often as anything
_TITLE_CLASS = lazy_compile(r"(?<!sub)(?<!sub[-_])title", re.I)
_CLASS_LEVEL = 2  # such a name is the page's own section, under its title
_STYLED_LEVEL = 7  # below every heading of the page: the next heading ends its section
_STYLED_WORDS = 6
_LOOSE_WORDS = 3  # a section's name in bold on a line of its own, not in a paragraph: "Invited Talks", "国内発表"
_QUALIFIER = lazy_compile(r"\s*[\[(（【][^\[\]()（）【】]*[\])）】]\s*$")


def _styled_section(p: etree._Element, state: dict[str, Any]) -> str | None:
    """The name of a section that a paragraph set in bold, italic or underlined gives, as a heading would:
    "**Invited Talks**", "<p><b>Teaching</b></p>", "<p><u>Invited conference presentations</u><br>The slides of some
    ...": a name of a section that lists no papers of the owner's (SKIP_SECTION), of a few words, no digit, link or
    comma (plural when text follows it in the paragraph); after one, a name of a kind of papers ("**Journal
    Articles**") too, which ends it. None otherwise (a bold paper title or a paragraph of a list stays text)."""
    if (p.text or "").strip() or not len(p):
        return None
    first = p[0]
    if (year := _year_line(first)) is not None:
        return year  # "**2024**" on the first line of a paragraph: its papers'
    if (len(p) > 1 and p[1].tag != "br") or not _styled_alone(first):
        return None
    follows = len(p) > 2 or (len(p) > 1 and bool((p[1].tail or "").strip()))
    return _section_name(first, follows, len(p) == 1, p, state)


def _styled_alone(el: etree._Element) -> bool:
    """Whether el is bold, italic or underlined text with no link in it and nothing after it on its line."""
    return isinstance(el.tag, str) and el.tag in _STYLE_TAGS and not (el.tail or "").strip() \
        and el.find(".//a") is None


def _year_line(el: etree._Element) -> str | None:
    """The year el is, when it is a year in bold, italic or underlined text with no link, alone on its line ("**2024**"
    over the year's papers in the same paragraph: Markdown keeps the line break as text); None otherwise."""
    if not isinstance(el.tag, str) or el.tag not in _STYLE_TAGS or el.find(".//a") is not None:
        return None
    tail = el.tail or ""
    if (tail.strip() and not tail.lstrip(" \t").startswith("\n")) \
            or not (el.getnext() is None or el.getnext().tag == "br" or "\n" in tail):
        return None
    year = squash(text_content(el)).strip(" :：")
    return year if _YEAR_ALONE.fullmatch(year) else None


def _loose_section(el: etree._Element, run: list[etree._Element | _Loose], state: dict[str, Any]) -> str | None:
    """The name of a section that styled text directly inside a container gives, on a line of its own before a
    block ("<b>国内発表 [査読無し, 和文]</b><br><ul>...", "<b>受賞・表彰</b><ol>", as hand-written pages without paragraphs set their
    sections): see _styled_section. None otherwise."""
    nxt = el.getnext()
    if not _styled_alone(el) or nxt is None or (nxt.tag == "br" and (nxt.tail or "").strip()) \
            or any(x.text.strip() if isinstance(x, _Loose) else x.tag != "br" or (x.tail or "").strip() for x in run):
        return None
    after = nxt.getnext() if nxt.tag == "br" else nxt  # (a line break between it and the block, or none)
    if after is None or not isinstance(after.tag, str) or after.tag not in _BLOCK_TAGS:
        return None
    name = _section_name(el, False, True, el, state)
    # (a paper's title set in bold over a list of its fields may hold such a word: "Teaching Machines to Read and
    # Comprehend"; a section's name is short)
    return name if name is not None and len(_QUALIFIER.sub("", name).split()) <= _LOOSE_WORDS else None


_YEAR_ALONE = lazy_compile(r"(?:19|20)\d\d")


def _section_name(first: etree._Element, follows: bool, alone: bool, p: etree._Element,
                  state: dict[str, Any]) -> str | None:
    name = squash(text_content(first)).strip(" :：")
    if _YEAR_ALONE.fullmatch(name):
        return name  # "**2024**" over a year's papers, in a paragraph of its own or on the first line of one
    # (a qualifier in brackets after it may hold commas: "国内発表 [査読無し, 和文]", "Talks (selected, since 2020)")
    core = _QUALIFIER.sub("", name)
    if not core or len(core.split()) > _STYLED_WORDS or any(c.isdigit() or c == "," for c in core):
        return None
    if follows and not core.lower().endswith("s"):
        return None  # "<i>Conference Talk</i><br>Lee, A. (2024). ...": one entry's kind, said over it (a section's
        # name over text of its own is plural: "Invited presentations")
    if SKIP_SECTION.search(core) or SKIP_LEADING.search(name):
        return None if _names_follow(p) else name
    under_styled = bool(state["stack"]) and state["stack"][-1][0] == _STYLED_LEVEL
    # (a status's name in bold over a list, "**Under Review:**", opens a section of its own: what it says is what shows
    # the list's titles over no venue or year to be papers; not a paper's own status under its title, "*under review*")
    if alone and KIND_HEADING.fullmatch(name) and (under_styled or (section_status(name) and _bold_over_list(first, p))):
        return name
    # ... and ends at the next name of a kind of papers in bold, in words of its own ("**Submitted Articles**", then
    # "**PhD Thesis**": the thesis is no submitted article)
    if under_styled and alone and section_status(state["stack"][-1][1]) and len(core.split()) <= _LOOSE_WORDS \
            and _PAPER_KIND.search(core) and not _names_follow(p):
        return name
    return None


def _bold_over_list(first: etree._Element, p: etree._Element) -> bool:
    """Whether `first` is bold and the element after its paragraph `p` a list."""
    nxt = p.getnext()
    while nxt is not None and nxt.tag in _SKIP_TAGS:  # (the anchor of a raw HTML block's line: see mdrender)
        nxt = nxt.getnext()
    return first.tag in ("b", "strong") and nxt is not None and nxt.tag in ("ol", "ul", "dl", "table")


# a noun naming a kind of papers, as a section's short name in bold holds one ("PhD Thesis", "Book Chapters")
_PAPER_KIND = lazy_compile(r"\b(?:thes[ie]s|dissertations?|articles?|papers?|chapters?|books?|reports?|proceedings|"
                           r"preprints?|publications?|monographs?|manuscripts?)\b", re.I)


def _names_follow(p: etree._Element) -> bool:
    """Whether the paragraph after p is a list of two or more people's names and nothing else: p is then a paper's
    title set in bold over its authors ("**Learning Generalizable Pivoting Skills**" over "**Xiang Zhang**, Siddarth
    Jain, ..."), not the name of a section that lists no papers ("**Invited Talks**" over its first talk)."""
    nxt = p.getnext()
    if nxt is None or nxt.tag != "p" or (p.tail or "").strip():
        return False
    names, _ = split_name_list(text_content(nxt).replace("*", ""))
    return len(names) >= 2 and all(name_shaped(n) for n in names)


def _inline(x: etree._Element | _Loose) -> bool:
    return isinstance(x, _Loose) or (isinstance(x.tag, str) and x.tag not in _BLOCK_TAGS and x.tag not in _HEADINGS)


def _child_blocks(child: etree._Element, run: list[etree._Element | _Loose],
                  flush: Callable[[], Iterator[Block]], mapper: LineMapper, nl: bool, state: dict[str, Any],
                  depth: int) -> Iterator[Block]:
    """The blocks one child of a container gives (see _walk); paragraphs and inline content join `run`."""
    tag = child.tag if isinstance(child.tag, str) else ""
    if not tag or tag in _SKIP_TAGS:
        return
    cls = child.get("class") or ""
    if _is_footer(cls) and not _has_nested(child, ("li", "tr")):
        yield from flush()
        return  # '<span class="footer">Last updated on Aug 13, 2026. Created using pandoc.</span>': the site's
    if tag in _HEADINGS:
        yield from flush()
        if _text_in_heading_style(text_content(child)) or _fields_in_heading(child):
            run.append(child)  # too long for a heading: a whole citation set as one ("#### Authors. Title. Journal")
        else:
            _enter_heading(state, child, mapper.line(child))
        return
    if ((tag in _SECTION_CLASS_TAGS and _SECTION_CLASS.search(cls)) or ("-" in tag and _SECTION_CLASS.search(tag))) \
            and not _has_block_child(child) and 0 < len(words := text_content(child).split()) <= _STYLED_WORDS:
        # "<div class="section-title">Publications</div>", "<p class="cv-section__label">Teaching</p>": a section's
        # name that the page sets by its class, not as a heading (a theme's own markup, as 40 dev pages do); or by
        # the name of an element of its own ("<iro-section-head>Education</iro-section-head>", a web component)
        yield from flush()
        _enter_heading(state, child, mapper.line(child), text=" ".join(words), level=_CLASS_LEVEL)
        return
    if tag == "caption" and text_content(child).strip():
        # a table's caption names what its rows are, as a heading over them would ("<caption>2023</caption>" over a
        # year's papers, as R's kableExtra writes a table a year)
        yield from flush()
        _enter_heading(state, child, mapper.line(child), level=_STYLED_LEVEL)
        return
    if tag == "hr":
        yield from flush()
        return
    if tag == "div" and child.get("data-fenced") is not None and (child.get("class") or "").startswith("content-"):
        # Quarto's conditional content ("::: {.content-visible when-profile="english"}" around an entry's links): what
        # it holds runs on with the text around it, as its page shows it
        yield from _run_on(child, run, flush, mapper, nl, state, depth + 1)
        return
    if depth >= MAX_DEPTH:
        run.append(child)
        return
    if tag == "li":
        yield from flush()
        read_with = state.get("fields_read")  # items read with a title's item before them (see _entry_fields)
        if read_with and child in read_with:
            return
        if not child.get("class") or not (fields := _entry_fields(child)):
            yield from _li_blocks(child, mapper, nl, state, depth)
        else:
            state.setdefault("fields_read", set()).update(fields)
            yield from _make_blocks([child, *fields], mapper, nl, state)
    elif tag == "dt" and run:
        # a term of a definition list starts what its definitions say of it ("<dt>Title.</dt><dd>Authors. Journal
        # 2023; 68: 1-9.</dd>" a paper each): the term before it and its definitions are another entry's
        yield from flush()
        run.append(child)
    elif tag == "tr":
        yield from flush()
        if (h := _row_heading(child)) is not None:
            _enter_heading(state, h, mapper.line(h))  # a layout table's row that holds only a heading: a section
        elif _has_nested(child, ("tr", "li")) or _layout_row(child):
            yield from _walk(child, mapper, nl, state, depth + 1)
        else:
            yield from _make_blocks([child], mapper, nl, state)
    elif tag in ("div", "section", "article", "td", "dd", "blockquote") and _entry_element(child) \
            and not _has_nested(child, ("li", "tr")) \
            and not _has_entry_child(child) and not _title_only(child, cls):
        yield from flush()
        yield from _make_blocks([child], mapper, nl, state)
    elif tag in ("ul", "ol") and _fields_list(child):
        # "- Authors: ...", "- Journal: ...": one paper's fields, under its title heading or its title's own paragraph
        last = run[-1] if run else None
        title = last if last is not None and not isinstance(last, _Loose) and _title_paragraph(last) else None
        if title is not None:
            run.pop()
            if not title.get("class"):
                title.set("class", "title")  # read as the page's markup would name it (see _make_blocks)
        yield from flush()
        yield from _make_blocks([child] if title is None else [title, child], mapper, nl, state)
    elif tag in _BLOCK_TAGS and _has_block_child(child):
        yield from flush()
        # a list right inside a list, after an item ("<ol><li>Paper</li><ul><li>Best paper award</li></ul>"):
        # written as if it were inside that item
        prev = child.getprevious() if tag in ("ul", "ol") else None
        under_entry = prev is not None and prev.tag == "li" and len(text_content(prev).split()) >= _ENTRY_WORDS
        yield from _walk_notes(child, under_entry, mapper, nl, state, depth + 1)
    elif tag in _STYLE_TAGS and (name := _loose_section(child, run, state)) is not None:
        yield from flush()
        _enter_heading(state, child, mapper.line(child), text=name, level=_STYLED_LEVEL)
    elif tag == "p" and (name := _styled_section(child, state)) is not None:
        yield from flush()
        _enter_heading(state, child, mapper.line(child), text=name, level=_STYLED_LEVEL)
        if len(child) > 1 or (child[0].tail or "").strip():
            run.append(child)  # "<u>Invited presentations</u><br>Slides of some are here": read under it
    elif tag in _BLOCK_TAGS:
        if tag in ("p", "div", "td", "dd", "dt", "center", "blockquote", "pre", "figcaption", "summary", "th") or (
                tag not in _PAGE_CHROME and text_content(child).strip()):
            run.append(child)  # also a <dl>, <section> or <ul> holding text with no blocks inside (read, not dropped)
        else:
            yield from flush()
    elif _has_block_child(child):  # a custom element (<paper-list>, <d-article>) holding blocks: a container
        yield from flush()
        yield from _walk(child, mapper, nl, state, depth + 1)
    else:
        run.append(child)  # inline content directly under a container (native HTML without <p>)


def _layout_row(row: etree._Element) -> bool:
    """Whether a table row lays out a page rather than holding one entry: a cell of it holds two or more paragraphs
    that each read as a whole citation (words enough and a year), as old pages keep their content in one cell a
    paper a paragraph. One paper set in paragraphs (title, authors, then venue and year) has one such at most."""
    return any(isinstance(cell.tag, str) and cell.tag in ("td", "th") and _citations_inside(cell) for cell in row)


def _citations_inside(el: etree._Element) -> bool:
    """Whether two or more of an element's paragraphs (p, div, blockquote) each read as a whole citation: words
    enough and a year (see _layout_row)."""
    whole = 0
    for p in el:
        if isinstance(p.tag, str) and p.tag in ("p", "div", "blockquote"):
            text = text_content(p)
            if len(text.split()) >= _ENTRY_WORDS and _YEAR_IN_HEADING.search(text):
                whole += 1
                if whole >= 2:
                    return True
    return False


def _row_heading(row: etree._Element) -> etree._Element | None:
    """The heading a table row holds and nothing else (`<tr><td colspan="2"><h5>教育背景</h5></td></tr>`: pages laid
    out in tables set their sections' headings in rows of their own), or None."""
    heads = list(islice(row.iter(*_HEADINGS), 2))  # two are enough to say no
    if len(heads) != 1:
        return None
    text = text_content(heads[0]).strip()
    if not text or _text_in_heading_style(text) or squash(text_content(row)) != squash(text):
        return None
    return heads[0]


_KEYED = lazy_compile(r"\s*([^\W\d_][\w \-]{0,24}?)\s*(?:\([^()\n]{1,30}\)\s*)?[:：]")  # ("URI (Internet Archive):")
# (and in the other languages pages are written in: "Autor:", "Revista:", "Zeitschrift:"; not "data", "by")
_PAPER_KEYS = frozenset({"author", "authors", "co-authors", "venue", "journal", "conference", "published in", "year",
                         "doi", "publication", "proceedings",
                         *(k for k, f in FIELD_NAMES.items() if f in ("author", "venue") and k not in ("by", "data"))})


def _fields_list(el: etree._Element) -> bool:
    """A list whose every item names its field ("Authors: ...", "Journal: ...", "Official link: ...", one of them a
    paper's): the fields of one paper (under its title heading), not a list of papers."""
    items = [c for c in el if isinstance(c.tag, str)]
    if len(items) < 2:
        return False
    # item by item, stopping at the first that names no field: every item's text was read first (a tenth of the
    # time of a page of 200,000 one-word items, whose first item already says it is no list of fields)
    paper, keyed = False, 0
    for c in items:
        if c.tag != "li" or _has_nested(c, ("ul", "ol", "table")):
            return False
        if (m := _KEYED.match(text_content(c))) is None:
            if _links_only(c):
                continue  # "[Paper](...) | [Code](...)": the paper's links, among its fields
            return False
        keyed += 1
        paper = paper or m.group(1).strip().lower() in _PAPER_KEYS
    return paper and keyed >= 2


def _links_only(el: etree._Element) -> bool:
    """Whether every word of `el` is in one of its links ("[Paper](...) | [Code](...)")."""
    return el.find(".//a") is not None and not any(c.isalnum() for t in _outside_links(el) for c in t)


def _outside_links(el: etree._Element) -> Iterator[str]:
    """The text of `el` that is in no link (a function of its own: a nested one calling itself is a cycle)."""
    if el.tag != "a":
        yield el.text or ""
        for c in el:
            yield from _outside_links(c)
            yield c.tail or ""


def _title_paragraph(x: etree._Element) -> bool:
    """Whether `x` is a paragraph that can be the title of the list of fields after it: a few words (a lead-in such
    as "My paper:" ends in its colon)."""
    if x.tag != "p":
        return False
    text = text_content(x).strip()
    return 2 <= len(text.split()) <= 40 and not text.endswith(":")


def _has_block_child(el: etree._Element) -> bool:
    return any(isinstance(c.tag, str) and (c.tag in _BLOCK_TAGS or c.tag in _HEADINGS) for c in el)


def _has_nested(el: etree._Element, tags: tuple[str, ...]) -> bool:
    return any(isinstance(d.tag, str) and d.tag in tags for d in el.iterdescendants())


def _has_entry_child(el: etree._Element) -> bool:
    return any(isinstance(d.tag, str) and d.tag in ("div", "section", "article") and _entry_element(d)
               for d in el.iterdescendants())


_ENTRY_WORDS = 6  # an item with fewer words ("Reasoning", "Journal papers:") heads a list, it is no entry


def _entry_fields(li: etree._Element) -> list[etree._Element]:
    """The items of a list that are the fields of one entry, each named by its class ("<li class="paper-title">",
    "<li class="paper-info">" with the authors and the journal, "<li class="paper-links">"; a lab's page, three items a
    paper): for an item whose class names a title, the items after it whose classes share its prefix, up to the next
    title's (read with it, each looked at once: the caller skips them); [] for any other item (an entry of its own)."""
    if (pre := _title_prefix(li)) is None:
        return []
    out, nxt = [], li.getnext()
    while nxt is not None and nxt.tag == "li" and _title_prefix(nxt) is None \
            and any(c.startswith(pre) for c in (nxt.get("class") or "").split()):
        out.append(nxt)
        nxt = nxt.getnext()
    return out


def _title_prefix(el: etree._Element) -> str | None:
    """"paper-" of an element whose class is "paper-title" (a title's class with a prefix), else None."""
    return next((c[:-5] for c in (el.get("class") or "").split()
                 if len(c) > 6 and c.endswith("title") and c[-6] in "-_" and _class_field(c) == "title"), None)


def _li_blocks(li: etree._Element, mapper: LineMapper, nl: bool, state: dict[str, Any], depth: int) -> Iterator[Block]:
    year = li.get(_NUMBER_YEAR)
    outer = state.get("item", 0)
    state["item"] = mapper.line(li)  # every block made inside the item, however it is reached (see _block)
    try:
        for b in _li_blocks_of(li, mapper, nl, state, depth):
            if year is not None:
                b.number_year = int(year)
            yield b
    finally:
        state["item"] = outer


def _li_blocks_of(li: etree._Element, mapper: LineMapper, nl: bool, state: dict[str, Any], depth: int) -> Iterator[Block]:
    nested = [c for c in li if isinstance(c.tag, str) and c.tag in ("ul", "ol", "table")]
    if not nested:
        yield from _make_blocks([li], mapper, nl, state)
        return
    if _details(li, nested):
        # "- Title<br>\n  - *Journal X*, 2023": the items under a title that alone is no citation are its details
        yield from _make_blocks([li], mapper, nl, state)
        return
    if (lead := _leading_details(li, nested)) is not None:
        # "- **[Title](...)**, with A and B\n  - *Journal*, 2024.\n  - Presented at: ... (thirty more words)": the
        # first items are the title's details, read with it; the items after them are its notes
        rest = [c for c in nested[0] if isinstance(c.tag, str)][lead:]
        yield from _make_blocks([li], mapper, nl, state, exclude=set(rest))
        for c in rest:
            yield from _walk_notes(c, True, mapper, nl, state, depth + 1)
        return
    own = _make_blocks([li], mapper, nl, state, exclude=set(nested))
    yield from own
    # items under an item that reads like an entry (not a topic word: "- Reasoning" over its papers) are notes
    under_entry = sum(len(ln.text.split()) for b in own for ln in b.lines) >= _ENTRY_WORDS
    for n in nested:
        yield from _walk_notes(n, under_entry, mapper, nl, state, depth + 1)


_DETAIL_WORDS = 20  # an item under an entry longer than this is a paper or a note of its own, not a detail
_DETAILS = 5


def _details(li: etree._Element, nested: list[etree._Element]) -> bool:
    """The lists under an item that reads like an entry but gives no year (a title, not a topic: "- **Posttraining**:"
    over its papers; not a whole citation, whose sub-items are its notes: "Best paper award") are a
    few short items and nothing deeper, each with one link at most (not "Title [EMNLP 2023](...), Title [KG-Agent](...)"):
    the item's details (its venue, its status, its authors), read with it."""
    items = [c for n in nested for c in n if isinstance(c.tag, str)]
    return (_untimed_entry(li, nested) and 0 < len(items) <= _DETAILS
            and all(_plain_item(c) and len(text_content(c).split()) <= _DETAIL_WORDS for c in items))


def _untimed_entry(li: etree._Element, nested: list[etree._Element]) -> bool:
    """Whether an item reads like an entry (not a topic word) but gives no year, over one plain list."""
    own = "".join(_own_text(li, nested))
    return (len(own.split()) >= _ENTRY_WORDS and not YEAR_IN.search(own) and len(nested) == 1
            and nested[0].tag in ("ul", "ol"))


def _plain_item(c: etree._Element) -> bool:
    """A list item with nothing deeper and one link at most."""
    return c.tag == "li" and not _has_nested(c, ("ul", "ol", "table")) and sum(1 for _ in c.iter("a")) <= 1


_NAME_LIST_WORDS = 80  # an author list under a title may be this long (a detail, not a note)
_NAME_LIST_ITEM = lazy_compile(r"(?:[^\W\d_][\w'’.\-]*\s+){0,3}[^\W\d_][\w'’.\-]*(?:\s*[,;]\s*(?:and\s+|&\s*)?"
                               r"(?:[^\W\d_][\w'’.\-]*\s+){0,3}[^\W\d_][\w'’.\-]*)+(?:,?\s*et al\.?)?[\s.*]*")


def _leading_details(li: etree._Element, nested: list[etree._Element]) -> int | None:
    """How many of the first items under an item that reads like an entry but gives no year are its details, when
    they give the year: each short (a venue, a status, an award line: at most _DETAIL_WORDS words and one link) or an
    author list ("**A. Lee**, B. Kim, ..., et al."), nothing deeper; the items after them (an abstract, a long list of
    talks) are notes. None when no first item is a detail or the details give no year (see _details for all of them)."""
    if not _untimed_entry(li, nested):
        return None
    items = [c for c in nested[0] if isinstance(c.tag, str)]
    k = 0
    for c in items:
        if not _plain_item(c):
            break
        text = squash(text_content(c))
        words = len(text.split())
        if words > _DETAIL_WORDS and not (words <= _NAME_LIST_WORDS and _NAME_LIST_ITEM.fullmatch(text)):
            break
        k += 1
    if not k or not any(YEAR_IN.search(text_content(c)) for c in items[:k]):
        return None
    return k


def _own_text(el: etree._Element, skip: list[etree._Element]) -> Iterator[str]:
    """The text of an element outside the given children (lxml's itertext below them: no recursion here, however
    deep the inline markup)."""
    if el.text:
        yield el.text
    for c in el:
        if c not in skip:
            yield from c.itertext()  # its text and its descendants' tails, not its own tail
        if c.tail:
            yield c.tail


YEAR_IN = lazy_compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")  # a year inside a text


def _walk_notes(el: etree._Element, under_entry: bool, mapper: LineMapper, nl: bool, state: dict[str, Any],
                depth: int) -> Iterator[Block]:
    """The blocks of a list; under an entry, they are its notes (Block.nested)."""
    state["inner"] = state.get("inner", 0) + under_entry
    try:
        yield from _walk(el, mapper, nl, state, depth)
    finally:
        state["inner"] -= under_entry


def _block(lines: list[Line], lineno: int, state: dict[str, Any]) -> Block:
    """A block under the section and heading the walk is in (see _enter_heading); the first block with text after a
    chain of headings closes it and carries it."""
    heads: tuple[Heading, ...] = ()
    earlier: tuple[tuple[str, tuple[Heading, ...]], ...] = ()
    if state.get("chain_open") and any(ln.text for ln in lines):
        *before, (_, heads) = _field_chains(state["chain"])
        # (one heading alone is a section's, or its subtitle; headings before the papers' own section are the
        # page's: its owner's name and post, set as headings over the lists)
        earlier = tuple(p for p in before if len(p[1]) >= 2 and KIND_HEADING.fullmatch(p[0]))
        state["chain_open"] = False
    return Block(lines=lines, lineno=lineno, section=state["section"], nested=state.get("inner", 0) > 0,
                 heading_line=state.get("heading_line", 0), heading_end=state.get("heading_end", 0),
                 heading_href=state.get("heading_href", ""), item=state.get("item", 0), heads=heads, earlier=earlier)


def _make_blocks(els: Sequence[etree._Element | _Loose], mapper: LineMapper, nl: bool, state: dict[str, Any],
                 exclude: set[etree._Element] | None = None) -> list[Block]:
    """The block these elements make, cut into blocks of at most MAX_BLOCK_LINES lines (see there)."""
    lines: list[Line] = []
    first = els[0].at if isinstance(els[0], _Loose) else els[0]
    at = mapper.line(first)  # the source line the text being read is on
    cur = Line(lineno=at)
    lines.append(cur)
    opened = True  # cur is an element's first line, with no text yet: it stays on the element's line

    def newline(el: etree._Element | None, start: bool = False) -> None:
        nonlocal cur, at, opened
        if el is not None:
            at = mapper.line(el)
        if cur.spans and cur.text:
            cur = Line(lineno=at)
            lines.append(cur)
            opened = start
        elif not cur.spans:
            if el is not None or not opened:
                cur.lineno = at  # nothing on it yet: it starts where its text is ("A <br>\nB": B's line)
            if el is not None:
                opened = start
                cur.soft = False  # "behaviour\n  <br>\n  in ...": the break the page makes, not the source's wrap

    def add_text(text: str | None, style: tuple[bool, bool, str | None, str], el: etree._Element) -> None:
        nonlocal at
        if not text:
            return
        text = text.replace("\u00a0", " ")
        if nl and "\n" in text:
            for i, piece in enumerate(text.split("\n")):
                if i:
                    at += 1  # a line end of the source: what follows is on its next line ("A<br>\nB", "A\nB")
                    before = cur
                    newline(None)
                    if cur is not before:
                        cur.soft = True
                        cur.inside = bool(style[0] or style[1] or style[2])
                if piece and (cur.spans or not piece.isspace()):  # no blank start: "<br>\n  in ..." is no soft break
                    cur.add(Span(piece, style[0], style[1], style[2], style[3]))
        else:
            cur.add(Span(text.replace("\n", " "), style[0], style[1], style[2], style[3]))

    def visit(el: etree._Element, bold: bool, italic: bool, href: str | None, tag: str, depth: int, tail: bool = True) -> None:
        t = el.tag if isinstance(el.tag, str) else ""
        if exclude and el in exclude:
            if tail:
                add_tail(el, bold, italic, href, tag)
            return
        if t in _SKIP_TAGS or not t or _is_footer(el.get("class") or ""):
            if tail:
                add_tail(el, bold, italic, href, tag)
            return
        if t == "br":
            if not cur.text and len(lines) > 1 and not cur.soft:
                # "<br><br>": an empty line, HTML's way of writing a paragraph break (not the source's line end before
                # one <br>: "behaviour\n  <br>")
                cur.para = True
            newline(el)
            if tail:
                add_tail(el, bold, italic, href, tag)
            return
        is_block = t in _BLOCK_TAGS or t in _HEADINGS
        if is_block:
            newline(el, start=True)
        b = bold or t in ("b", "strong", "papertitle", "h1", "h2", "h3", "h4", "h5", "h6") or _style_bold(el)
        i = italic or t in ("i", "em", "cite")
        h = href
        if t == "a" and (target := el.get("href")) is not None:
            # a link whose target is still to come ("[Title]()", '<a href="">'): a link all the same, its text
            # marked as the page marks its other links' (an anchor "#" is no address either)
            h = target or "#"
        cls = (el.get("class") or "").lower()
        mtag = tag
        # a class naming a field tags its text; one naming the entry ("paper", "publication") does not say which
        # field its text is: a <p class="paper"> holds a whole citation as often as a title
        named = _class_field(cls)
        if t == "papertitle" or named == "title":
            mtag = "title"
        elif CARD_HEADING in el.attrib:
            mtag = "card-heading"
        elif named:
            mtag = named
        elif t in ("td", "th") and (col := _column_tag(el, state)):
            mtag = col
        if t == "sup":
            mtag = "sup"
        elif (t in ("code", "kbd", "tt") or (cls and _TAG_CLASS.search(cls))) and not mtag:
            # a badge ("``CVPR 2016`` [Title](url)": AcadHomepage's venue tag; '<span class="preprint-tag">Arxiv</span>'),
            # not the words around it
            mtag = "code"
        add_text(el.text, (b, i, h, mtag), el)
        if depth < MAX_DEPTH:
            for c in el:
                visit(c, b, i, h, mtag, depth + 1)  # noqa: F821 (deleted once the block is made: see there)
        if is_block:
            newline(None)
        if tail:
            add_tail(el, bold, italic, href, tag)

    def add_tail(el: etree._Element, bold: bool, italic: bool, href: str | None, tag: str) -> None:
        add_text(el.tail, (bold, italic, href, tag), el)

    el_starts: set[int] = set()  # the lines where one of els starts: where a long block is best cut
    after_inline = False
    for n, el in enumerate(els):
        inline = _inline(el)
        if not (inline and after_inline):  # inline content runs on in its line; a paragraph starts its own
            newline(el.at if isinstance(el, _Loose) else el, start=True)
            el_starts.add(id(cur))
            cur.para = n > 0
        if isinstance(el, _Loose):
            add_text(el.text, (False, False, None, ""), el.at)
        else:
            visit(el, False, False, None, "", 0, tail=False)  # the tail belongs to what follows the element
        after_inline = inline
    # visit calls itself, so it holds itself (through its closure): a cycle that kept every call's functions, cells
    # and lines (empty ones too) alive until the cyclic collector ran, some 24 objects a block (2.4 million on a
    # page of 100,000 one-word list items, a tenth of its time spent collecting them). Without it, reference
    # counting frees them when the call returns.
    del visit
    newline(None)
    lines = _unwrapped([ln for ln in lines if ln.text])
    if len(lines) <= MAX_BLOCK_LINES:
        return [_block(lines, lines[0].lineno if lines else mapper.line(first), state)]
    cuts = [i for i, ln in enumerate(lines) if id(ln) in el_starts]
    blocks, start = [], 0
    while start < len(lines):
        end = start + MAX_BLOCK_LINES
        if end < len(lines):  # cut where an element starts (a paragraph of a run), else after MAX_BLOCK_LINES
            k = bisect.bisect_right(cuts, end) - 1
            end = cuts[k] if k >= 0 and cuts[k] > start else end
        blocks.append(_block(lines[start:end], lines[start].lineno, state))
        start = end
    return blocks


# a paragraph hard-wrapped at a fixed width (PubMed's export at 80 columns, Markdown and reStructuredText written in
# an editor that wraps): its lines but the last are long and of about one length, and some end inside a phrase
_WRAP_MIN, _WRAP_SPREAD = 60, 25


def _unwrapped(lines: list[Line]) -> list[Line]:
    """The lines of a block with each hard-wrapped run of soft-broken lines joined into one, as the page shows it (a
    soft break is a space): a field's words were split by the source's line width, not by the page. Lines written
    one field to a line (short, ending with their field's full stop or comma) stay lines."""
    if not any(ln.soft for ln in lines):
        return lines
    out: list[Line] = []
    k = 0
    while k < len(lines):
        e = k + 1
        while e < len(lines) and lines[e].soft:
            e += 1
        run = lines[k:e]
        body = [len(ln.text) for ln in run[:-1]]
        if len(run) >= 3 and min(body) >= _WRAP_MIN and max(body) - min(body) <= _WRAP_SPREAD \
                and any(ln.text[-1:].isalnum() for ln in run[:-1]):
            for ln in run[1:]:
                _join(run[0], ln)
            out.append(run[0])
        else:
            out.append(run[0])
            for ln in run[1:]:
                if ln.inside and _one_style(ln):  # the rest of a span wrapped in the source, alone on its line
                    _join(out[-1], ln)
                else:
                    out.append(ln)
        k = e
    return out


def _one_style(ln: Line) -> bool:
    """Whether the words of a line are all in its first span's style (bold, italic, link): "Gutierrez**  \n", not
    "Variable Mixing](url). **Journal of" (the rest of a span, then other fields)."""
    first = ln.spans[0]
    return all((sp.bold, sp.italic, sp.href) == (first.bold, first.italic, first.href)
               for sp in ln.spans if any(c.isalnum() for c in sp.text))


def _join(head: Line, ln: Line) -> None:
    """Line `ln` read on as the rest of `head`, after a space."""
    first = ln.spans[0]
    head.add(Span(" " + first.text, first.bold, first.italic, first.href, first.tag))
    for sp in ln.spans[1:]:
        head.add(sp)


def _column_name(head: str) -> str:
    """The tag of the cells under a column header ("Journal" -> "column-venue"), "" for a header naming no field."""
    return next(("column-" + tag for tag, pat in _COLUMN_TAGS if pat.fullmatch(head)), "")


_TAG_CLASS = lazy_compile(r"(?<![a-z])tag(?![a-z])")  # "preprint-tag", "tag": a badge set apart (not "tags", "stage")
_VENUE_CLASS = lazy_compile(r"badge|venue|conf|journal|pub-?venue|pub-publication|label")
_YEAR_CLASS = lazy_compile(r"(?<![a-z])(?:year|date)(?![a-z])")  # "pub-badge year", "pub-date": not "update"


def _style_bold(el: etree._Element) -> bool:
    style = (el.get("style") or "").replace(" ", "").lower()
    return "font-weight:bold" in style or "font-weight:700" in style

