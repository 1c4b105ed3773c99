"""LaTeX sources of a CV or a publication list (`cv.tex`, `publications.tex`), read as the HTML a reader would see
in the PDF, with one output line per input line, so every entry keeps its source line.

Nothing is run or expanded: the converter knows the markup a CV is written in and reads everything else as text.
Headings: `\\part`, `\\chapter`, `\\section`, `\\subsection`, `\\subsubsection`, `\\paragraph` (starred or not, an
optional short title skipped), and a CV class's section environments (`\\begin{rSection}{Publications}`). Lists:
`itemize`, `enumerate`, `description`, `etaremune` (numbered downwards) and their compact and paragraph forms,
`thebibliography` with its `\\bibitem`s; `\\item[label]` keeps its label. Tables: `tabular` and its kin, `&` between
cells and `\\\\` between rows. Text styles as HTML (`\\textbf`, `\\textit`, `\\emph`, `\\underline`, `\\texttt`, and
`{\\bf ...}`, `{\\em ...}` and the like); links (`\\href`, `\\url`, `\\doi`); TeX's quotes and dashes, accents and
text symbols as the characters they print (pubnorm.latex.to_text); `\\\\` and `\\newline` as line breaks, a blank
line as a new paragraph. Not text: the preamble (everything before `\\begin{document}`) and what follows
`\\end{document}`, `%` comments, `\\iffalse ... \\fi` and `comment` environments, spacing and layout commands and
the arguments of commands that set something up (`\\vspace{4pt}`, `\\label{x}`, `\\color{red}`, `\\cite{key}`).
A command this module does not know keeps the text of its arguments, set apart as a citation's fields are
(`\\cventry{2020}{Title}{Journal}{}{}{}` reads "2020. Title. Journal"). Math (`$...$`) stays as written, as
MathJax pages have it.
"""

from __future__ import annotations

import html
import re
from collections import Counter

from ..latex import to_text
from ..lazyre import lazy_compile

_HEADINGS = {"part": 1, "chapter": 1, "section": 2, "subsection": 3, "subsubsection": 4, "paragraph": 5,
             "subparagraph": 5}
_STYLES = {"textbf": "b", "textit": "i", "emph": "i", "textsl": "i", "underline": "u", "uline": "u", "texttt": "code",
           "textsc": "", "textrm": "", "textsf": "", "textnormal": "", "textup": "", "mbox": "", "hbox": "", "text": "",
           "textmd": "", "fbox": "", "framebox": "", "small": "", "strong": "b"}
# a declaration inside a group: `{\bf Title}`
_DECLARATIONS = {"bf": "b", "bfseries": "b", "it": "i", "itshape": "i", "em": "i", "sl": "i", "slshape": "i",
                 "tt": "code", "ttfamily": "code"}
_LISTS = {"itemize": "ul", "enumerate": "ol", "description": "ul", "etaremune": "ol", "compactitem": "ul",
          "compactenum": "ol", "compactdesc": "ul", "asparaitem": "ul", "asparaenum": "ol", "inparaenum": "ol",
          "thebibliography": "ol", "enumerate*": "ol", "itemize*": "ul", "description*": "ul", "outline": "ul",
          "cvlist": "ul", "rubric": "ul"}
_TABLES = {"tabular", "tabular*", "tabularx", "longtable", "supertabular", "tabu", "longtabu", "tblr", "longtblr"}
_HIDDEN_ENVS = {"comment", "filecontents", "filecontents*", "tikzpicture", "figure", "figure*", "picture"}
_VERBATIM_ENVS = {"verbatim", "verbatim*", "lstlisting", "minted", "Verbatim"}
# commands whose arguments are settings, not text, and how many they take: all of them are dropped
_SETTINGS = {name: int(count) for part in (
    "vspace:1 vspace*:1 hspace:1 hspace*:1 label:1 ref:1 pageref:1 eqref:1 setlength:2 addtolength:2 settowidth:2 "
    "setcounter:2 addtocounter:2 includegraphics:1 color:1 pagecolor:1 definecolor:3 colorlet:2 fontsize:2 "
    "usefont:4 fontfamily:1 linespread:1 cite:1 citep:1 citet:1 nocite:1 citeauthor:1 citeyear:1 parencite:1 "
    "textcite:1 autocite:1 footcite:1 newcommand:2 renewcommand:2 providecommand:2 newenvironment:3 "
    "renewenvironment:3 input:1 include:1 includeonly:1 bibliography:1 bibliographystyle:1 addbibresource:1 "
    "pagestyle:1 thispagestyle:1 markboth:2 markright:1 hyphenation:1 addcontentsline:3 titlespacing:4 "
    "titlespacing*:4 titleformat:5 sectionfont:1 subsectionfont:1 subsubsectionfont:1 enlargethispage:1 rule:2 "
    "hskip:0 vskip:0 kern:0 pdfbookmark:2 hypersetup:1 geometry:1 newgeometry:1 setlist:1 usepackage:1 "
    "documentclass:1 phantom:1 hphantom:1 vphantom:1 index:1 glossary:1 nomenclature:2 cline:1 cmidrule:1 "
    "specialrule:3 arrayrulecolor:1 rowcolor:1 cellcolor:1 columncolor:1 photo:1 fancyhead:1 fancyfoot:1 lhead:1 "
    "chead:1 rhead:1 lfoot:1 cfoot:1 rfoot:1 setmainfont:1 setsansfont:1 newfontfamily:2 hfil:0 "
    "printbibliography:0").split() for name, count in [part.rsplit(":", 1)]}
# commands that keep only their last argument's text (the others set it up), and how many they take
_LAST_ARG = {name: int(count) for part in (
    "textcolor:2 colorbox:2 fcolorbox:3 hyperlink:2 hypertarget:2 parbox:2 multicolumn:3 multirow:3 resizebox:3 "
    "scalebox:2 rotatebox:2 raisebox:2 adjustbox:2 makebox:1 foreignlanguage:2").split()
    for name, count in [part.rsplit(":", 1)]}
# a section environment of a CV class: its first argument is the section's title
_SECTION_ENV_ARG = lazy_compile(r"[^\W\d_][^\W\d_ &]*(?: [^\W\d_&]+)*[.:]?", re.U)

_COMMAND = lazy_compile(r"\\([A-Za-z@]+\*?|.)", re.S)
_TEXT_RUN = lazy_compile(r"[^\\{}&~$%\n`'\-<>]+")
_BEGIN_DOC = lazy_compile(r"\\begin\s*\{document\}")
_END_DOC = lazy_compile(r"\\end\s*\{document\}")
_IFFALSE = lazy_compile(r"\\iffalse\b.*?\\fi\b", re.S)
_PUNCT_END = lazy_compile(r"[.,;:!?]\s*$")


def _newlines(s: str) -> str:
    return "\n" * s.count("\n")


def strip_comments(text: str) -> str:
    """Each line without its `%` comment (an escaped `\\%` is text)."""
    if "%" not in text:
        return text
    out = []
    for line in text.split("\n"):
        i = line.find("%")
        while i > 0 and (len(line[:i]) - len(line[:i].rstrip("\\"))) % 2 == 1:
            i = line.find("%", i + 1)
        out.append(line if i < 0 else line[:i])
    return "\n".join(out)


def document_body(text: str) -> str:
    """The text of the document, the preamble and anything after `\\end{document}` blanked (newlines kept),
    comments and `\\iffalse ... \\fi` runs blanked too, the page's own short commands expanded (see `expand`)."""
    text = strip_comments(text.replace("\r\n", "\n").replace("\r", "\n"))
    text = expand(text, definitions(text))
    if (m := _BEGIN_DOC.search(text)) is not None:
        text = _newlines(text[:m.end()]) + text[m.end():]
    if (m := _END_DOC.search(text)) is not None:
        text = text[:m.start()] + _newlines(text[m.start():])
    if "\\iffalse" in text:
        text = _IFFALSE.sub(lambda m: _newlines(m.group(0)), text)
    return text


# commands that put nothing in a table's cell: a row opens at the text after them (`\hline`, booktabs' rules, the
# table's end)
_ROW_NEUTRAL = lazy_compile(r"\\(?:end\b|hline\b|cline\b|toprule\b|midrule\b|bottomrule\b|cmidrule\b|addlinespace\b|"
                            r"vspace\b|noalign\b|\\)")
# `\newcommand{\me}{\textbf{J. Doe}}`, `\newcommand\pub[2]{#1, \textit{#2}}`, `\def\me{...}`
_DEFINITION = lazy_compile(r"\\(?:re)?newcommand\*?\s*(?:\{\s*\\([A-Za-z@]+)\s*\}|\\([A-Za-z@]+))"
                           r"\s*(?:\[(\d)\])?\s*(?=\{)|\\def\s*\\([A-Za-z@]+)\s*((?:#\d)*)\s*(?=\{)")
_DEFINING = lazy_compile(r"(?:\\(?:re)?newcommand\*?\s*\{?\s*|\\def\s*)\Z")
_DEF_HEAD = lazy_compile(r"\s*\\[A-Za-z@]+\s*(?:#\d\s*)*")
_MAX_EXPANSION = 1 << 20  # characters an expansion may add: a definition that calls itself stops growing there
_MAX_DEPTH = 64  # groups inside groups read as markup; deeper ones are text


def definitions(text: str) -> dict[str, tuple[int, str]]:
    """The page's own commands: name -> (number of arguments, body), the body on one line."""
    out: dict[str, tuple[int, str]] = {}
    for m in _DEFINITION.finditer(text):
        g = _group(text, m.end())
        if g is None:
            continue
        name = m.group(1) or m.group(2) or m.group(4)
        count = int(m.group(3) or 0) if m.group(4) is None else len(m.group(5)) // 2
        if name not in _HEADINGS and name not in ("item", "begin", "end"):
            out[name] = (count, " ".join(g[0].split()))
    return out


def expand(text: str, defs: dict[str, tuple[int, str]]) -> str:
    """Each use of a page's own command replaced by its body, its arguments put in (a few rounds, for commands
    that use others); the text keeps its number of lines (a use that spans lines is followed by their ends)."""
    if not defs:
        return text
    pattern = re.compile(r"\\(" + "|".join(sorted(map(re.escape, defs), key=len, reverse=True)) + r")(?![A-Za-z@])")
    budget = len(text) + _MAX_EXPANSION
    for _ in range(4):
        out: list[str] = []
        pos, changed = 0, False
        for m in pattern.finditer(text):
            if m.start() < pos or _DEFINING.search(text, max(0, m.start() - 20), m.start()):
                continue  # the name in its own definition
            count, body = defs[m.group(1)]
            args: list[str] = []
            j = m.end()
            while len(args) < count:
                k = _skip_space(text, j)
                g = _group(text, k)
                if g is None:
                    break
                args.append(g[0])
                j = g[1]
            if len(args) < count:
                continue
            used = text[m.start():j]
            out.append(text[pos:m.start()])
            out.append(_put_in(body, args) + _newlines(used))
            pos, changed = j, True
        if not changed:
            break
        out.append(text[pos:])
        text = "".join(out)
        if len(text) > budget:
            break
    return text


def _put_in(body: str, args: list[str]) -> str:
    """A command's body with its arguments in place of #1, #2, ... (each on one line)."""
    def arg(m: re.Match[str]) -> str:
        k = int(m.group(1))
        return " ".join(args[k - 1].split()) if 0 < k <= len(args) else ""

    return re.sub(r"#(\d)", arg, body)


def _group(s: str, i: int) -> tuple[str, int] | None:
    """The balanced `{...}` group at s[i] (its inside and the index past it), or None; an unclosed group runs to the
    end of the text."""
    if i >= len(s) or s[i] != "{":
        return None
    depth, j, n = 0, i, len(s)
    while j < n:
        c = s[j]
        if c == "\\":
            j += 2
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return s[i + 1:j], j + 1
        j += 1
    return s[i + 1:], n


# an optional argument `[...]`: short (an unclosed `[` is text), on one paragraph, with groups one deep inside
# (`[label=\textbf{\arabic*}]`)
_OPTIONAL = lazy_compile(r"[ \t]*\[((?:[^\[\]{}\\\n]|\\.|\n(?![ \t]*\n)|\{(?:[^{}\\]|\\.){0,200}\}){0,400})\]", re.S)


def _optional(s: str, i: int, hi: int) -> tuple[int, int, int] | None:
    """The `[...]` optional argument at s[i] (spaces before it allowed) as (start, end, past it), or None."""
    m = _OPTIONAL.match(s, i, hi)
    return (m.start(1), m.end(1), m.end()) if m is not None else None


def _skip_space(s: str, i: int, hi: int | None = None) -> int:
    """Past spaces and at most one line end (an argument may follow its command on the next line)."""
    hi = len(s) if hi is None else hi
    j = i
    while j < hi and s[j] in " \t":
        j += 1
    if j < hi and s[j] == "\n":
        k = j + 1
        while k < hi and s[k] in " \t":
            k += 1
        if k < hi and s[k] in "{[":
            return k
    return j


def _plain(text: str) -> str:
    """A run of text with TeX's quotes, dashes and ties as the characters they print, HTML-escaped."""
    text = text.replace("---", "—").replace("--", "–").replace("``", "“").replace("''", "”").replace("`", "‘")
    return html.escape(text.replace("~", "\u00a0"), quote=False)


def _text_of(html_text: str) -> str:
    return re.sub(r"<[^>]*>", "", html_text)


_BRACE = lazy_compile(r"\\.|[{}]", re.S)
_SYMBOLS = {",": " ", ";": " ", ":": " ", "!": "", "/": "", "-": "", "@": "", " ": " "}

Span = tuple[int, int]  # a part of the text: start and end


class _Converter:
    """Reads one document's text; every part of it is a span of that text, so each brace's partner is found once."""

    def __init__(self, text: str) -> None:
        self.s = text
        self.partner: dict[int, int] = {}  # an opening brace's index -> its closing brace's
        stack: list[int] = []
        for m in _BRACE.finditer(text):
            if m.group(0) == "{":
                stack.append(m.start())
            elif m.group(0) == "}" and stack:
                self.partner[stack.pop()] = m.start()
        self.envs: list[str] = []  # the open environments
        self.open: Counter[str] = Counter()  # how many of each are open
        self.layout: list[str] = []  # the open lists and tables, innermost last
        self.depth = 0  # groups inside groups being read
        # a table row ended by `\\` (or a table begun) opens at the next text, on that text's line: a row's line is
        # where its first cell's words are, not the line the row before it ends on
        self.row_pending = False

    def lines(self, span: Span) -> str:
        return "\n" * self.s.count("\n", span[0], span[1])

    def group(self, i: int, hi: int) -> tuple[Span, int] | None:
        """The `{...}` group at i (an unclosed one runs to hi): its inside and the index past it, or None."""
        if i >= hi or self.s[i] != "{":
            return None
        end = self.partner.get(i, hi)
        if end >= hi:
            return (i + 1, hi), hi
        return (i + 1, end), end + 1

    def arguments(self, i: int, hi: int, limit: int = 9) -> tuple[list[Span], int, str]:
        """The `{...}` arguments after a command, in order (optional `[...]` ones skipped), the index past them,
        and the line ends of what was skipped (outside the arguments)."""
        args: list[Span] = []
        skipped = 0
        while len(args) < limit:
            j = _skip_space(self.s, i, hi)
            if (o := _optional(self.s, j, hi)) is not None:
                skipped += self.s.count("\n", i, o[2])
                i = o[2]
                continue
            if (g := self.group(j, hi)) is None:
                break
            skipped += self.s.count("\n", i, j)
            args.append(g[0])
            i = g[1]
        return args, i, "\n" * skipped

    def in_table(self) -> bool:
        return bool(self.layout) and self.layout[-1] in _TABLES

    def open_row(self, out: list[str]) -> None:
        """Open the table row a `\\` ended the one before of, when the row's first text comes."""
        if self.row_pending:
            out.append("<tr><td>")
            self.row_pending = False

    def begin(self, env: str) -> None:
        self.envs.append(env)
        self.open[env] += 1
        if env in _LISTS or env in _TABLES:
            self.layout.append(env)

    def end(self, env: str) -> None:
        """Close `env` and whatever was left open inside it (nothing when it is not open)."""
        while self.open[env]:
            e = self.envs.pop()
            self.open[e] -= 1
            if e in _TABLES:
                self.row_pending = False  # (a table left open inside: no row of it opens after it)
            if self.layout and self.layout[-1] == e and (e in _LISTS or e in _TABLES):
                self.layout.pop()

    def convert(self, span: Span, top: bool = False, group: bool = True) -> str:
        """A span of LaTeX as HTML, one output line per input line. `top`: the document's body (a blank line there is
        a new paragraph); `group`: the inside of a `{...}` group or an argument (where `{\bf ...}` ends)."""
        if self.depth >= _MAX_DEPTH:  # groups nested deeper than any page's markup: their text as it is
            return _plain(re.sub(r"[{}\\]", "", self.s[span[0]:span[1]]))
        self.depth += 1
        try:
            return self._convert(span, top, group)
        finally:
            self.depth -= 1

    def _convert(self, span: Span, top: bool, group: bool) -> str:
        s = self.s
        out: list[str] = []
        closes: list[str] = []  # tags a declaration opened in this group (`{\bf ...}`), closed at its end
        i, n = span
        while i < n:
            c = s[i]
            if self.row_pending and c != "\n":
                k = i
                while k < n and s[k] in " \t":
                    k += 1  # (the row opens before the spaces of a text run that begins with them)
                if k < n and s[k] != "\n" and (s[k] != "\\" or not _ROW_NEUTRAL.match(s, k, n)):
                    self.open_row(out)
            if c == "\\":
                i = self._command(i, n, out, closes, group)
                continue
            if c == "{":
                g = self.group(i, n)
                assert g is not None
                out.append(self.convert(g[0]))
                i = g[1]
                continue
            if c == "}":  # a stray closing brace
                i += 1
                continue
            if c == "$":
                mark = "$$" if s.startswith("$$", i) else "$"
                end = s.find(mark, i + len(mark), n)
                j = end + len(mark)
                if end < 0 or s.find("\n\n", i, j) >= 0:
                    out.append("$")
                    i += 1
                    continue
                out.append(html.escape(s[i:j], quote=False))
                i = j
                continue
            if c == "&":
                out.append("</td><td>" if self.in_table() else " ")
                i += 1
                continue
            if c == "\n":
                j = i
                while j < n and s[j] in "\n \t":
                    j += 1
                breaks = s.count("\n", i, j)
                out.append("\n" * breaks)
                if top and breaks >= 2 and j < n and not self.in_table():
                    out.append("<p>")
                i = j
                continue
            m = _TEXT_RUN.match(s, i, n)
            j = m.end() if m is not None else i + 1
            # a dash or quote run is read whole ("---", "``"); anything else one character at a time
            while j < n and s[j] in "-`'" and s[j - 1] in "-`'":
                j += 1
            out.append(_plain(s[i:j]))
            i = j
        out.extend(reversed(closes))
        return "".join(out)

    def _command(self, i: int, hi: int, out: list[str], closes: list[str], group: bool) -> int:
        s = self.s
        m = _COMMAND.match(s, i, hi)
        if m is None:  # a backslash that ends the text
            return i + 1
        name, i = m.group(1), m.end()
        base = name.rstrip("*")
        if not name[0].isalpha():
            if name == "\\":
                o = _optional(s, i, hi)  # \\[4pt]
                i = o[2] if o is not None else i
                if self.in_table():
                    if not self.row_pending:  # (a `\\` right after another ends no row)
                        out.append("</td></tr>")
                        self.row_pending = True
                else:
                    out.append("<br>")
                return i
            if name in "'`\"^~=.":
                (lo, up), j = self._accent_argument(i, hi)
                out.append(html.escape(to_text("\\" + name + "{" + s[lo:up] + "}"), quote=False) + self.lines((lo, up)))
                return j
            out.append(" \n" if name == "\n" else html.escape(_SYMBOLS.get(name, name), quote=False))
            return i
        if name in ("begin", "end"):
            return self._environment(name, i, hi, out)
        if base in _HEADINGS:
            args, j, nl = self.arguments(i, hi, 1)
            if args:
                level = _HEADINGS[base]
                out.append(f"<h{level}>{self.convert(args[0])}</h{level}>{nl}")
                return j
            return i
        if name == "bibitem":
            args, j, nl = self.arguments(i, hi, 1)
            out.append(nl + "".join(self.lines(a) for a in args) + "<li>")
            return j
        if name == "item":
            label = _optional(s, i, hi)
            if label is None:
                out.append("<li>")
                return i
            out.append(self.lines((i, label[0])) + "<li>" + self.convert((label[0], label[1])) + " ")
            return label[2]
        if base in _STYLES:
            args, j, nl = self.arguments(i, hi, 1)
            if not args:
                return i
            tag = _STYLES[base]
            inner = self.convert(args[0])
            out.append((f"<{tag}>{inner}</{tag}>" if tag else inner) + nl)
            return j
        if base in _DECLARATIONS:
            if not group:  # `\bfseries` in the open: its extent is an environment's, not read here
                return i
            tag = _DECLARATIONS[base]
            out.append(f"<{tag}>")
            closes.append(f"</{tag}>")
            return i
        if base in ("url", "doi", "nolinkurl"):
            k = _skip_space(s, i, hi)
            g = self.group(k, hi)
            if g is None:
                return i
            target = s[g[0][0]:g[0][1]].strip()
            href = ("https://doi.org/" + target) if base == "doi" and not target.startswith("http") else target
            out.append(self.lines((i, k)) + f'<a href="{html.escape(href)}">{html.escape(target, quote=False)}</a>'
                       + self.lines(g[0]))
            return g[1]
        if base == "href":
            args, j, nl = self.arguments(i, hi, 2)
            if len(args) == 2:
                out.append(f'<a href="{html.escape(s[args[0][0]:args[0][1]].strip())}">{self.convert(args[1])}</a>'
                           + self.lines(args[0]) + nl)
                return j
        if base in ("newline", "linebreak", "break"):
            out.append("<br>")
            return i
        if base == "par":
            out.append("<p>")
            return i
        if name in ("def", "gdef", "edef"):  # \def\name#1{body}: no text
            d = _DEF_HEAD.match(s, i, hi)
            g = self.group(d.end(), hi) if d is not None else None
            if g is not None:
                out.append(self.lines((i, g[1])))
                return g[1]
            return i
        if name in _SETTINGS:
            args, j, nl = self.arguments(i, hi, _SETTINGS[name])
            out.append(nl + "".join(self.lines(a) for a in args))
            return j
        if name in _LAST_ARG:
            args, j, nl = self.arguments(i, hi, _LAST_ARG[name])
            if args:
                out.append("".join(self.lines(a) for a in args[:-1]) + self.convert(args[-1]) + nl)
            return j
        j = _skip_space(s, i, hi)
        if self.group(j, hi) is None and _optional(s, j, hi) is None:
            symbol = to_text("\\" + name + "{}")
            if symbol != name:  # a text symbol (\ldots, \&, \ss, \textendash)
                out.append(html.escape(symbol, quote=False))
            return i  # a declaration or spacing command (\noindent, \small, \hfill): nothing to show
        args, j, nl = self.arguments(i, hi)
        out.append(self._fields(args) + nl)
        return j

    def _fields(self, args: list[Span]) -> str:
        """The arguments of a command this module does not know, set apart as a citation's fields are: ". " between
        two when the first does not end in punctuation of its own; empty ones left out (their newlines kept)."""
        parts: list[str] = []
        shown = ""  # the text of the arguments shown so far
        for a in args:
            rendered = self.convert(a)
            text = _text_of(rendered)
            if not text.strip():
                parts.append(self.lines(a))
                continue
            if shown.strip():
                parts.append(" " if _PUNCT_END.search(shown) else ". ")
            parts.append(rendered)
            shown += text
        return "".join(parts)

    def _environment(self, which: str, i: int, hi: int, out: list[str]) -> int:
        s = self.s
        k = _skip_space(s, i, hi)
        g = self.group(k, hi)
        if g is None:
            return i
        out.append(self.lines((i, k)))
        env, i = s[g[0][0]:g[0][1]].strip(), g[1]
        if which == "end":
            row_ended = self.row_pending  # (the table's last `\\` ended its last row)
            self.end(env)
            if env in _LISTS:
                out.append(f"</{_LISTS[env]}>")
            elif env in _TABLES:
                out.append("</table>" if row_ended else "</td></tr></table>")
            elif env in ("quote", "quotation"):
                out.append("</blockquote>")
            return i
        if env in _HIDDEN_ENVS or env in _VERBATIM_ENVS:
            end = re.compile(r"\\end\s*\{" + re.escape(env) + r"\}").search(s, i, hi)
            stop = end.end() if end is not None else hi
            body = s[i:end.start() if end is not None else stop]
            out.append(f"<pre>{html.escape(body, quote=False)}</pre>" if env in _VERBATIM_ENVS else _newlines(body))
            return stop
        self.begin(env)
        if env in _LISTS:
            args, j, nl = self.arguments(i, hi, 1) if env == "thebibliography" else ([], i, "")
            out.append(f"<{_LISTS[env]}>" + nl + "".join(self.lines(a) for a in args))
            o = _optional(s, j, hi)  # enumerate's [label=...]
            return o[2] if o is not None else j
        if env in _TABLES:
            args, j, nl = self.arguments(i, hi, 2 if env in ("tabular*", "tabularx", "tabu") else 1)
            out.append("<table>" + nl + "".join(self.lines(a) for a in args))
            self.row_pending = True
            return j
        if env in ("quote", "quotation"):
            out.append("<blockquote>")
            return i
        # a CV class's section environment: `\begin{rSection}{Publications}`
        j = _skip_space(s, i, hi)
        if (a := self.group(j, hi)) is not None:
            title = s[a[0][0]:a[0][1]].strip()
            if _SECTION_ENV_ARG.fullmatch(title) and sum(ch.isalpha() for ch in title) >= 3:
                out.append(f"{self.lines((i, j))}<h2>{self.convert(a[0])}</h2>")
                return a[1]
        return i

    def _accent_argument(self, i: int, hi: int) -> tuple[Span, int]:
        """The argument of an accent command: `{e}`, `e`, or `\\i`."""
        s = self.s
        if i < hi and s[i] == "{":
            g = self.group(i, hi)
            assert g is not None
            return g
        if i < hi and s[i] == "\\":
            m = _COMMAND.match(s, i, hi)
            if m is not None:
                return (i, m.end()), m.end()
        return ((i, i + 1), i + 1) if i < hi else ((i, i), i)


def to_html(text: str) -> str:
    """A LaTeX document (or a fragment of one) as HTML with one output line per input line (so the HTML parser's
    line numbers are the source's)."""
    return "<html><body>" + fragment_html(text) + "</body></html>\n"


def fragment_html(text: str) -> str:
    """The HTML of a LaTeX document or fragment, without the page around it: as many lines as the text (a LaTeX block
    of another page, an Org file's `#+begin_export latex`, goes into that page's HTML line for line)."""
    body = document_body(text)
    return _Converter(body).convert((0, len(body)), top=True, group=False)
