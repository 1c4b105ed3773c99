"""reStructuredText pages (`publications.rst` of Sphinx and Pelican sites), read as the HTML docutils would make of
them, line for line, so every entry keeps its source line.

The markup (https://docutils.sourceforge.io/docs/ref/rst/restructuredtext.html): section titles underlined (and
perhaps overlined) with a punctuation character, each style a level in the order first met; `-`, `*`, `+` and `•`
bullet items and `1.`, `1)`, `(1)`, `#.` enumerated ones, whose text runs on over the more-indented lines below;
paragraphs; `| ` line blocks; `+---+` grid-table rows; inline `` `text <url>`_ `` links (over several lines too),
`` `text`_ `` references to `.. _text: url` targets, `**strong**`, `*emphasis*`, ``` ``literal`` ```, `` `title` ``
(the default role, shown in italics), `|name|` substitutions (the text a `.. |name| replace::` gives) and
`:role:`text`` (its text; a link when it names a target: `` :download:`PDF <f.pdf>` ``). A directive's content
is read below its option lines (`.. container::`, `.. only::`; the HTML of `.. raw:: html`; a rubric's or topic's
title is a heading; a `.. list-table::` is the table it makes), but for the directives in NO_TEXT. Not text: `..`
comments and targets with the indented lines under them, title underlines, table borders, and the indented literal
block after `::` (shown as preformatted).
"""

from __future__ import annotations

import html
import re

from ..lazyre import lazy_compile
from .jemdoc import source_lines

_ADORNMENT = lazy_compile(r"([=\-~^\"'`#*+.:_<>!$%&,;?@\\/|])\1{2,}\s*")
_ITEM = lazy_compile(r"(\s*)([-*+•]|\d+[.)]|\(\d+\)|#[.)])\s+(.*)")
_EXPLICIT = lazy_compile(r"\s*\.\.(?:\s|$)")
_DIRECTIVE = lazy_compile(r"\s*\.\.\s+(?P<sub>\|[^|]+\|\s+)?(?P<name>[\w:.+-]+?)::(?:\s+(?P<args>.*))?")
_OPTION = lazy_compile(r"\s*:[^:\s][^:]*:(?:\s.*)?")
# directives whose content is not reStructuredText text, or no paper: images, code, maths, tables of contents, a
# bibliography made from a .bib file elsewhere, an included file (not read from here)
NO_TEXT = frozenset({
    "image", "figure", "code", "code-block", "sourcecode", "literalinclude", "include", "math", "toctree",
    "contents", "sectnum", "section-numbering", "meta", "highlight", "bibliography", "footbibliography", "index",
    "csv-table", "header", "footer", "default-role", "role", "title", "graphviz", "mermaid", "plot", "youtube",
    "video", "iframe", "doctest", "testcode", "testoutput", "ipython", "jupyter-execute", "autosummary",
    "automodule", "autoclass", "autofunction", "tabularcolumns", "unicode", "date", "replace"})
# directives whose argument is a title over their content
TITLED = frozenset({"rubric", "topic", "admonition", "sidebar"})
_TARGET = lazy_compile(r"\s*\.\.\s+_`?([^:`]+?)`?:\s*(\S+)\s*$")
_GRID_BORDER = lazy_compile(r"\s*\+(?:[-=]+\+)+\s*|\s*=+(?:\s+=+)+\s*")
_TITLED_TARGET = lazy_compile(r"(.*?\S)\s*<([^<>\s]+)>", re.S)
_INLINE = lazy_compile(
    r"`(?P<ltext>[^`<]*?)\s*<(?P<url>[^>`]+)>`__?"
    r"|`(?P<ref>[^`]+)`__?(?![\w`])"
    r"|\*\*(?P<strong>[^*]+?)\*\*"
    r"|(?<![\w*])\*(?P<em>[^*\s](?:[^*]*?[^*\s])?)\*(?![\w*])"
    r"|``(?P<lit>.+?)``"
    r"|:[\w:+-]+:`(?P<role>[^`]+)`"
    r"|`(?P<title>[^`]+)`"
    r"|(?<![\w|])\|(?P<sub>[^|\s](?:[^|\n]*?[^|\s])?)\|(?![\w|])", re.S)
_SUB = "\0|"  # the key prefix of a substitution's HTML among the targets (no target's name starts so)
_SUBSTITUTION = lazy_compile(r"\s*\.\.\s+\|(?P<name>[^|]+)\|\s+(?P<kind>[\w-]+)::\s*(?P<text>.*?)\s*")


def inline(text: str, targets: dict[str, str]) -> str:
    """reStructuredText inline markup as HTML; the line ends inside it are kept (a link's text may run over two
    lines)."""
    out: list[str] = []
    pos = 0
    for m in _INLINE.finditer(text):
        out.append(html.escape(text[pos:m.start()], quote=False))
        pos = m.end()
        kept = "\n" * m.group(0).count("\n")  # each source line stays an output line
        if m.group("url") is not None:
            label = m.group("ltext").strip() or m.group("url")
            url = "".join(m.group("url").split())  # an address broken over lines is one address
            out.append(f'<a href="{html.escape(url)}">{inline(label.replace(chr(10), " "), targets)}</a>{kept}')
        elif m.group("ref") is not None:
            name = m.group("ref").strip()
            target = targets.get(" ".join(name.lower().split()))
            body = inline(name.replace("\n", " "), targets)
            out.append((f'<a href="{html.escape(target)}">{body}</a>' if target else body) + kept)
        elif m.group("strong") is not None:
            out.append(f"<b>{inline(m.group('strong'), targets)}</b>")
        elif m.group("em") is not None:
            out.append(f"<i>{inline(m.group('em'), targets)}</i>")
        elif m.group("lit") is not None:
            out.append(f"<code>{html.escape(m.group('lit'), quote=False)}</code>")
        elif m.group("role") is not None:  # its text; Sphinx's `:download:`PDF <file.pdf>``: a link titled so
            if (t := _TITLED_TARGET.fullmatch(m.group("role"))) is not None:
                out.append(f'<a href="{html.escape(t.group(2))}">{html.escape(t.group(1), quote=False)}</a>')
            else:
                out.append(html.escape(m.group("role"), quote=False))
        elif m.group("sub") is not None:  # "|gkt|": the text its definition gives, as written there
            html_of = targets.get(_SUB + " ".join(m.group("sub").lower().split()))
            out.append(html_of if html_of is not None else html.escape(m.group(0), quote=False))
        else:
            out.append(f"<i>{inline(m.group('title'), targets)}</i>")
    out.append(html.escape(text[pos:], quote=False))
    return "".join(out)


def _targets(lines: list[str]) -> dict[str, str]:
    """The page's hyperlink targets (`.. _name: url`), by their names folded; and its substitutions (`.. |gkt|
    replace:: **George K. Thiruvathukal**`, used as `|gkt|` in the entries), under _SUB and the name folded, as the
    HTML of their text, read once here (an image's or other directive's substitution stands for no text)."""
    out = {" ".join(m.group(1).lower().split()): m.group(2) for ln in lines if (m := _TARGET.fullmatch(ln))}
    links = dict(out)  # a substitution's text may hold links, never another substitution
    for ln in lines:
        if (m := _SUBSTITUTION.fullmatch(ln)) is not None:
            text = m.group("text") if m.group("kind").lower() == "replace" else ""
            out[_SUB + " ".join(m.group("name").lower().split())] = inline(text, links)
    return out


def to_html(text: str) -> str:
    """A reStructuredText page as HTML with one output line per input line (so lxml's line numbers are the page's)."""
    lines = [ln for ln, _ in source_lines(text)]
    targets = _targets(lines)
    n = len(lines)
    out = [""] * n
    styles: list[str] = []  # the title adornments in the order first met: their levels
    kinds: list[str] = [""] * n  # what each line is: heading text, adornment, skipped, text
    i = 0
    while i < n:  # section titles first: text over an adornment at least as long (an overline too, perhaps)
        line = lines[i]
        if line.strip() and i + 1 < n and _ADORNMENT.fullmatch(lines[i + 1]) and not _ADORNMENT.fullmatch(line) \
                and len(lines[i + 1].rstrip()) >= min(len(line.rstrip()), 3) and not line.startswith(" "):
            over = i > 0 and _ADORNMENT.fullmatch(lines[i - 1]) is not None and kinds[i - 1] == ""
            style = lines[i + 1].strip()[0] + ("o" if over else "")
            if style not in styles:
                styles.append(style)
            level = min(styles.index(style) + 1, 6)
            out[i] = f"<h{level}>{inline(line.strip(), targets)}</h{level}>"
            kinds[i], kinds[i + 1] = "heading", "adornment"
            if over:
                kinds[i - 1] = "adornment"
            i += 2
            continue
        i += 1
    _body(list(range(n)), lines, kinds, targets, out)
    return "<html><body>" + "\n".join(out) + "</body></html>" + ("\n" if out else "")


_CODE = frozenset({"code", "code-block", "sourcecode"})
_BIB_ENTRY = lazy_compile(r"\s*@\w+\s*[{(]")


def code_bibtex(text: str) -> tuple[str, str] | None:
    """The BibTeX a page shows in code blocks (a reference, "In BibTeX format:", then `.. code-block:: text` and its
    entry), every other line left blank so that each entry keeps its line; and the page with those blocks blank.
    None when no code block holds BibTeX."""
    lines = text.split("\n")
    bib = [""] * len(lines)
    rest = list(lines)
    found = False
    for i, line in enumerate(lines):
        m = _DIRECTIVE.fullmatch(line)
        if m is None or m.group("name").lower() not in _CODE:
            continue
        start, end = _directive_body(lines, i)
        body = [ln for ln in lines[start:end] if ln.strip()]
        if not body or not _BIB_ENTRY.match(body[0]):
            continue
        found = True
        for k in range(start, end):
            bib[k], rest[k] = lines[k], ""
    return ("\n".join(bib), "\n".join(rest)) if found else None


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _directive_body(text: list[str], i: int) -> tuple[int, int]:
    """Where the body of the directive (or comment, or target) at view line i starts and ends: its indented lines,
    less the option lines (`:name: value`, and the lines its value goes on over) that come first."""
    indent = _indent(text[i])
    end = i + 1
    while end < len(text) and (not text[end].strip() or _indent(text[end]) > indent):
        end += 1
    while end > i + 1 and not text[end - 1].strip():
        end -= 1
    start = i + 1
    while start < end and text[start].strip() and _OPTION.fullmatch(text[start]):
        opt = _indent(text[start])
        start += 1
        while start < end and text[start].strip() and _indent(text[start]) > opt and not _OPTION.fullmatch(text[start]):
            start += 1  # the option's value goes on, indented deeper (":author: A. Lee, B. Kim," over "    C. Doe")
    return start, end


_HEADER_ROWS = lazy_compile(r":header-rows:\s*(\d+)")
_CELL = lazy_compile(r"([*-])(?:\s+(.*))?")


def _list_table(idx: list[int], text: list[str], targets: dict[str, str], out: list[str], header_rows: int) -> None:
    """The body of a `.. list-table::` (dedented, its options left out) as the table docutils makes of it: a `* `
    item a row, each `- ` item in it a cell (the first on the row's own line: `* - cell`), a cell's text running on
    over the lines indented under it; a line block's `| ` lines in a cell are its lines (a paper's title, authors,
    journal and DOI in one cell). Each source line keeps its own output line."""
    rows: list[list[list[tuple[int, str, bool]]]] = []  # rows of cells of (view line, text, starts a new line)
    content = 0  # the column where the current cell's text starts
    gap = False  # a blank line since the cell's last line: the next is a new paragraph
    skip: int | None = None  # the column of a directive in a cell, whose lines under it are no text
    for k, line in enumerate(text):
        full = line.rstrip()
        rest = full.lstrip()
        if not rest:
            gap = True
            continue
        col = len(full) - len(rest)
        if col == 0 and rest[0] == "*" and _CELL.fullmatch(rest):  # a row, perhaps with its first cell on its line
            rows.append([])
            rest = rest[1:].lstrip()
            if rest and not (rest[0] == "-" and _CELL.fullmatch(rest)):
                rows[-1].append([])  # a row's text with no cell marker: one cell
                content, gap, skip = len(full) - len(rest), False, None
        if rows and rest[:1] == "-" and _CELL.fullmatch(rest) and (not rows[-1] or col < content):
            rows[-1].append([])
            dash = len(full) - len(rest)
            rest = rest[1:].lstrip()
            content, gap, skip = len(full) - len(rest) if rest else dash + 2, False, None
        if not rows or not rows[-1] or (not rest and rows[-1][-1]):
            continue  # text before the first row (none in a list table), or a row's marker alone
        if skip is not None and col > skip:
            continue
        skip = None
        if _EXPLICIT.match(rest):  # a figure, comment or other directive in a cell, with the lines under it: no text
            skip = len(full) - len(rest)
            continue
        bar = rest == "|" or rest.startswith("| ")
        rows[-1][-1].append((k, rest[2:] if bar else rest, bar or (gap and bool(rows[-1][-1]))))
        gap = False
    lines: list[tuple[int, str]] = []  # (view line, its HTML) of the table, in order
    for r, row in enumerate(rows):
        tag = "th" if r < header_rows else "td"
        first = len(lines)
        for cell_lines in row:
            for m, (k, piece, bar) in enumerate(cell_lines):
                lead = f"<{tag}>" if m == 0 else "<br>" if bar else ""
                lines.append((k, lead + inline(piece, targets) + (f"</{tag}>" if m == len(cell_lines) - 1 else "")))
        if len(lines) > first:  # a row whose cells hold no text (figures only) is none
            lines[first] = (lines[first][0], "<tr>" + lines[first][1])
            lines[-1] = (lines[-1][0], lines[-1][1] + "</tr>")
    if lines:
        lines[0] = (lines[0][0], "<table>" + lines[0][1])
        lines[-1] = (lines[-1][0], lines[-1][1] + "</table>")
    for k, piece in lines:
        out[idx[k]] = piece


def _item_paragraphs(text: list[str], kinds: list[str], idx: list[int], j: int, column: int) -> list[tuple[int, int]]:
    """The paragraphs after an item's first one (from view line j on) that are still its own: after blank lines, plain
    text lines indented to the item's text column at least (not a list item, directive, line block or title), up to a
    line indented less. Their (start, end) view lines."""
    out: list[tuple[int, int]] = []
    n = len(text)
    while True:
        a = j
        while a < n and not text[a].strip() and not kinds[idx[a]]:
            a += 1
        if a == j or a >= n or kinds[idx[a]] or _indent(text[a]) < column or _EXPLICIT.match(text[a]) \
                or _ITEM.fullmatch(text[a]) or text[a].lstrip().startswith("|") or _GRID_BORDER.fullmatch(text[a]):
            return out
        b = a + 1
        while b < n and text[b].strip() and not kinds[idx[b]] and _indent(text[b]) >= column \
                and not _EXPLICIT.match(text[b]) and not _ITEM.fullmatch(text[b]):
            b += 1
        if text[b - 1].rstrip().endswith("::"):
            return out  # a literal block follows: left to the reader of the lines after the item
        out.append((a, b))
        j = b


def _body(idx: list[int], text: list[str], kinds: list[str], targets: dict[str, str], out: list[str]) -> None:
    """Body elements of the view (idx: the source line of each view line; text: that line, perhaps dedented) into
    out, one output line per source line."""
    n = len(idx)
    i = 0
    # the list the last item opened, if nothing but blank lines came after it: (its tag, indent, closing line)
    open_list: tuple[str, int, int] | None = None
    while i < n:
        line, kind = text[i], kinds[idx[i]]
        if kind or not line.strip() or _GRID_BORDER.fullmatch(line) or _ADORNMENT.fullmatch(line):
            if line.strip():
                open_list = None
            i += 1
            continue
        indent = _indent(line)
        if _EXPLICIT.match(line):  # a comment, directive or target, with the indented lines under it
            start, end = _directive_body(text, i)
            d = _DIRECTIVE.match(line)
            name = d.group("name").lower() if d else ""
            if d and name not in NO_TEXT and not d.group("sub"):
                args = (d.group("args") or "").strip()
                if args and name in TITLED:  # an informal heading (`.. rubric:: Journal papers`)
                    out[idx[i]] = f"<h6>{inline(args, targets)}</h6>"
                inner = min((_indent(text[k]) for k in range(start, end) if text[k].strip()), default=0)
                if name == "raw":  # `.. raw:: html`: its lines are the page's HTML, as they are
                    if args.lower().split()[:1] == ["html"]:
                        for k in range(start, end):
                            out[idx[k]] = text[k][inner:]
                elif name == "list-table":
                    header = _HEADER_ROWS.search("\n".join(text[i + 1:start]))
                    _list_table(idx[start:end], [t[inner:] for t in text[start:end]], targets, out,
                                int(header.group(1)) if header else 0)
                else:  # a container of body elements: read them, dedented
                    _body(idx[start:end], [t[inner:] for t in text[start:end]], kinds, targets, out)
            open_list = None
            i = max(end, i + 1)
            continue
        # one block: an item or a paragraph, with the lines that go on from it (more indented for an item)
        item = _ITEM.fullmatch(line)
        j = i + 1
        while j < n and text[j].strip() and not kinds[idx[j]] and not _EXPLICIT.match(text[j]) \
                and not _GRID_BORDER.fullmatch(text[j]) and not text[j].lstrip().startswith("| ") \
                and not (_ITEM.fullmatch(text[j]) and _indent(text[j]) <= indent):
            # (an item's text runs on over the lines under it, indented or not, up to a blank line or the next item)
            j += 1
        block = text[i:j]
        if line.lstrip().startswith("| ") and line.rstrip().endswith("|") and line.count("|") >= 3:
            cells = line.strip().strip("|").split("|")
            out[idx[i]] = "<table><tr>" + "".join(f"<td>{inline(c.strip(), targets)}</td>" for c in cells) + \
                "</tr></table>"
            open_list = None
            i += 1
            continue
        if line.lstrip().startswith("| "):
            # a line block: each "| " line a line of its own (and the lines indented under it go on from it), the
            # block one paragraph up to a blank line (a paper's title, venue and authors lines; it was a paragraph
            # a line, and a paper's authors were read with the next paper's title)
            k = i + 1
            while k < n and text[k].strip() and not kinds[idx[k]] and not _EXPLICIT.match(text[k]) \
                    and (text[k].lstrip().startswith("| ") or (_indent(text[k]) > indent
                                                               and not text[k].lstrip().startswith("|"))):
                k += 1
            for m in range(i, k):
                piece = text[m].lstrip()
                piece = inline(piece[2:], targets) if piece.startswith("| ") else inline(piece, targets)
                lead = "<p>" if m == i else "<br>" if text[m].lstrip().startswith("| ") else ""
                out[idx[m]] = lead + piece + ("</p>" if m == k - 1 else "")
            open_list = None
            i = k
            continue
        first = item.group(3).rstrip() if item else line.strip()
        body = inline("\n".join([first, *(ln.strip() for ln in block[1:])]), targets).split("\n")
        tag = "li" if item else "p"
        list_tag = ("ol" if item.group(2)[0] in "(#0123456789" else "ul") if item else ""
        opening, closing = (f"<{list_tag}>", f"</{list_tag}>") if item else ("", "")
        if item and open_list is not None and open_list[:2] == (list_tag, indent):
            # the next item of the same list (blank lines between items do not end it): one list, as the page's
            out[open_list[2]] = out[open_list[2]].removesuffix(closing)
            opening = ""
        # an item's further paragraphs, indented to its text after blank lines ("* Title" / "  Lee et al., 2020" /
        # "  https://ui.adsabs..."): the item's, as docutils reads them
        more = _item_paragraphs(text, kinds, idx, j, item.start(3)) if item and not block[-1].rstrip().endswith("::") \
            else []
        for k, piece in enumerate(body):
            last = k == len(body) - 1 and not more
            out[idx[i + k]] = (opening + f"<{tag}>" if k == 0 else "") + piece + (f"</{tag}>" + closing if last else "")
        for a, b in more:
            pieces = inline("\n".join(ln.strip() for ln in text[a:b]), targets).split("\n")
            for k, piece in enumerate(pieces):
                out[idx[a + k]] = ("<p>" if k == 0 else "") + piece + ("</p>" if k == len(pieces) - 1 else "")
        if more:
            out[idx[more[-1][1] - 1]] += f"</{tag}>" + closing
            j = more[-1][1]
        open_list = (list_tag, indent, idx[(more[-1][1] if more else i + len(body)) - 1]) if item else None
        if block[-1].rstrip().endswith("::"):  # a literal block follows: preformatted, no markup read
            k = j
            while k < n and (not text[k].strip() or _indent(text[k]) > indent):
                k += 1
            for m in range(j, k):
                out[idx[m]] = html.escape(text[m], quote=False)
            if k > j:
                out[idx[j]] = "<pre>" + out[idx[j]]
                out[idx[k - 1]] += "</pre>"
                open_list = None
            j = k
        i = j
