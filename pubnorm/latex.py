"""LaTeX in .bib values, both ways: `escape` makes any text inert BibTeX, `to_text` reads LaTeX back to text.

`to_text(escape(s)) == s` for every string s (the ASCII form loses only characters that have no LaTeX
spelling, written as "?"). Nothing here runs LaTeX: a command that is not a known text symbol is read as
its name, never expanded.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# --- writing -----------------------------------------------------------------------------------------------------

# braces as commands, not \{ \}: BibTeX counts every brace, escaped or not, so "\}" would end the field
_SPECIAL = {"\\": r"\textbackslash{}", "{": r"\textbraceleft{}", "}": r"\textbraceright{}", "%": r"\%", "&": r"\&", "#": r"\#", "_": r"\_",
            "$": r"\$", "^": r"\^{}", "~": r"\~{}", "@": r"{\char64}"}
_SPECIAL_RE = re.compile(r"[\\{}%&#_$^~@]")
_ACCENT_OF = {"\u0301": "'", "\u0300": "`", "\u0308": '"', "\u0302": "^", "\u0303": "~", "\u0327": "c", "\u030c": "v",
              "\u0304": "=", "\u0307": ".", "\u0306": "u", "\u030b": "H", "\u0328": "k", "\u030a": "r"}
_LETTER_CMD = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L", "ı": "i", "œ": "oe", "Œ": "OE",
               "å": "aa", "Å": "AA"}
_SYMBOL_CMD = {"–": "textendash", "—": "textemdash", "‘": "textquoteleft", "’": "textquoteright",
               "“": "textquotedblleft", "”": "textquotedblright", "…": "ldots", "\u00a0": "nobreakspace"}


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")  # C0 and C1 control characters: nothing to typeset


def escape(value: str, ascii: bool = False) -> str:
    """Text as an inert BibTeX value (inside braces): specials escaped, control characters and emoji dropped,
    characters pdflatex cannot typeset from UTF-8 written as LaTeX (all non-ASCII ones with ascii, where one
    exists: see `inexpressible`); CJK and other scripts stay UTF-8."""
    if _CONTROL.search(value):
        value = _CONTROL.sub("", value.replace("\t", " "))  # a tab is a space; other control characters go
    if _SPECIAL_RE.search(value):
        value = _SPECIAL_RE.sub(_special, value)
    if value.isascii():
        return value
    if _PICTOGRAPH.search(value):
        value = " ".join(_PICTOGRAPH.sub("", value).split())
    return _to_ascii(value) if ascii else _to_pdflatex(value)


def _special(m: re.Match[str]) -> str:
    return _SPECIAL[m.group(0)]


def to_latex(value: str, ascii: bool = False) -> str:
    """LaTeX text (a value as a .bib writes it) with the non-ASCII characters pdflatex cannot typeset, or all
    with ascii, spelled as LaTeX; the LaTeX around them is kept."""
    if value.isascii():
        return value
    return _to_ascii(value) if ascii else _to_pdflatex(value)


# characters LaTeX's own UTF-8 support typesets with T1 and TS1 fonts (from t1enc.dfu, ts1enc.dfu, ot1enc.dfu and
# omsenc.dfu of TeX Live 2022): written as they are; other characters get a LaTeX spelling when one exists
_PDFLATEX_RANGES = ("A0-125,128-137,139-13E,141-148,14A-165,168-17E,192,1C4-1D4,1E2-1E3,1E6-1EB,1F0,1F4-1F5,218-21B,"
                    "232-233,237,2C7,2D8-2D9,2DB,2DD,E3F,1E02-1E03,1E0D,1E1E-1E21,1E25,1E30-1E31,1E37,1E43,1E45,1E47,"
                    "1E5B,1E63,1E6D,1E8E-1E91,1E9E,1EF2-1EF3,200C,2010-2016,2018-201A,201C-201E,2020-2022,2030-2031,"
                    "2039-203B,203D,2044,204E,2052,20A1,20A4,20A6,20A9,20AB-20AC,20B1,2103,2116-2117,211E,2120,2122,"
                    "2126-2127,212E,2190-2193,2329-232A,2422-2423,25E6,25EF,266A,27E8-27E9,3008-3009,FB00-FB06,FEFF")
_PDFLATEX_OK = frozenset(c for part in _PDFLATEX_RANGES.split(",")
                         for a, _, b in [part.partition("-")] for c in range(int(a, 16), int(b or a, 16) + 1))
_PICTOGRAPH = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u200D\uFE0F\u20E3\U000E0020-\U000E007F]")
# scripts kept as UTF-8 (typeset with CJKutf8, xelatex or lualatex): never dropped
_SCRIPT = re.compile(r"[\u0370-\u03FF\u0400-\u052F\u0590-\u08FF\u0900-\u0DFF\u0E00-\u0FFF\u1100-\u11FF\u3000-\u9FFF"
                     r"\uA960-\uA97F\uAC00-\uD7FF\uF900-\uFAFF\uFF00-\uFFEF\U00020000-\U0003FFFF]")


def _to_pdflatex(value: str) -> str:
    value = unicodedata.normalize("NFC", value)  # "u" + combining diaeresis is "ü", which pdflatex knows
    if all(ord(ch) < 128 or ord(ch) in _PDFLATEX_OK for ch in value):
        return value
    out: list[str] = []
    for ch in value:
        if ord(ch) < 128 or ord(ch) in _PDFLATEX_OK:
            out.append(ch)
        elif ch in _ACCENT_OF and out:
            out[-1] = _accented(out[-1], ch)  # a combining accent NFC could not compose: on its letter
        else:
            out.append(_latex_of(ch) or ch)
    return "".join(out)


def _to_ascii(value: str) -> str:
    value = unicodedata.normalize("NFC", value)
    out = []
    for ch in value:
        if ord(ch) < 128:
            out.append(ch)
        elif ch in _LETTER_CMD:
            out.append(f"{{\\{_LETTER_CMD[ch]}}}")
        elif ch in _SYMBOL_CMD:
            out.append(f"{{\\{_SYMBOL_CMD[ch]}}}")
        else:
            d = unicodedata.normalize("NFD", ch)
            if len(d) == 2 and d[1] in _ACCENT_OF and ord(d[0]) < 128:
                out.append(f"{{\\{_ACCENT_OF[d[1]]}{{{d[0]}}}}}")
            elif ch in _ACCENT_OF and out:
                out[-1] = _accented(out[-1], ch)
            else:
                out.append(_latex_of(ch) or ch)  # no LaTeX spelling: kept (inexpressible() names it), never "?"
    return "".join(out)


_MATH_ACCENT = {"\u0308": "ddot", "\u0301": "acute", "\u0300": "grave", "\u0302": "hat", "\u0303": "tilde",
                "\u0304": "bar", "\u0307": "dot", "\u0306": "breve", "\u030c": "check"}
_MATH_PIECE = "{\\ensuremath{"


def _accented(piece: str, mark: str) -> str:
    """A written piece (a letter, or a symbol pdflatex only has in math) with a combining accent put on it."""
    if piece.startswith(_MATH_PIECE) and piece.endswith("}}") and mark in _MATH_ACCENT:
        return f"{_MATH_PIECE}\\{_MATH_ACCENT[mark]}{{{piece[len(_MATH_PIECE):-2]}}}}}}}"  # a math accent: $\ddot{\mu}$
    if len(piece) == 1 and piece.isascii() and piece.isalpha():
        return f"{{\\{_ACCENT_OF[mark]}{{{piece}}}}}"
    return piece + mark  # on an accented letter or a symbol: kept as it is (inexpressible() names it)


def inexpressible(text: str) -> list[str]:
    """The characters of written .bib text that are neither ASCII nor typeset by pdflatex from UTF-8 (CJK, other
    scripts, characters without a LaTeX spelling), each once, in order of appearance."""
    return list(dict.fromkeys(ch for ch in text if ord(ch) > 127 and ord(ch) not in _PDFLATEX_OK))


@lru_cache(maxsize=4096)
def _latex_of(ch: str) -> str | None:
    """pylatexenc's LaTeX spelling of one character, when it has one pdflatex with T1 fonts typesets (Cyrillic
    and Greek text letters need other font encodings: those stay UTF-8)."""
    if (_SCRIPT.match(ch) and not "\u0391" <= ch <= "\u03c9") or unicodedata.category(ch).startswith("M"):
        return None  # a script (kept as UTF-8), or a combining mark left after NFC (no LaTeX spelling of its own)
    spelled = _encoder().unicode_to_latex(ch)
    if spelled == ch or "\\CYR" in spelled or "\\cyr" in spelled or to_text(spelled) != ch:
        return None  # no spelling, one pdflatex lacks, or one that does not read back as the character
    return str(spelled)


@lru_cache(maxsize=1)
def _encoder():  # type: ignore[no-untyped-def]
    import logging

    from pylatexenc.latexencode import UnicodeToLatexEncoder

    logging.getLogger("pylatexenc").setLevel(logging.ERROR)  # a character without a spelling is ours to report
    return UnicodeToLatexEncoder(unknown_char_policy=lambda ch: ch, non_ascii_only=True, replacement_latex_protection="braces-all")


# verbatim fields (url, doi, eprint): no TeX escapes (styles print them verbatim, so `\_` would show), but every
# character TeX could act on where a style does read them as TeX (`^^5c` is a backslash there) is percent-encoded
# verbatim fields (url, doi, eprint): no TeX escapes (styles print them verbatim, so `\_` would show), but
# every character TeX could act on where a style reads them as TeX (`^^5c` is a backslash) is percent-encoded
_VERBATIM_ACTIVE = frozenset("\\^%#{}$&_~ \x7f") | {chr(c) for c in range(32)}
_PERCENT = re.compile(r"%([0-9A-Fa-f]{2})")


def escape_verbatim(value: str, ascii: bool = False) -> str:
    """A url, doi or eprint as an inert BibTeX value: TeX-active characters percent-encoded (`%` too, so that
    `verbatim_to_text` gives back exactly this value); with ascii, non-ASCII characters as their UTF-8 bytes."""
    out = []
    for ch in value:
        if ch in _VERBATIM_ACTIVE or (ascii and ord(ch) > 127):
            out.append("".join(f"%{b:02X}" for b in ch.encode("utf-8", "surrogatepass")))
        else:
            out.append(ch)
    return "".join(out)


def verbatim_to_text(value: str) -> str:
    """A url, doi or eprint field as its value: percent-encoded TeX-active characters decoded (what
    `escape_verbatim` wrote), TeX escapes of other writers (`10.1/a\\_b`) read."""
    if "\\" in value or "{" in value:
        value = to_text(value)
    value = value.strip()
    if "%" not in value:
        return value
    return _PERCENT.sub(lambda m: ch if (ch := chr(int(m.group(1), 16))) in _VERBATIM_ACTIVE else m.group(0), value)


# LaTeX a .bib value may carry and still typeset in any document (no package beyond the kernel, no definitions,
# nothing read from files): a value using anything else is written from its text instead
_SAFE_CMDS = frozenset({"textbf", "textit", "emph", "textsc", "textrm", "textsf", "texttt", "textnormal", "mbox", "mathrm",
                        "mathbf", "mathit", "mathcal", "mathsf", "mathtt", "text", "bf", "it", "em", "rm", "sc", "tt", "sf",
                        "ensuremath", "textsuperscript", "textsubscript", "relax", "protect", "ldots", "dots", "cdots", "char",
                        "LaTeX", "TeX", "i", "j", "c", "v", "u", "H", "k", "r", "d", "b", "t", "frac", "sqrt", "left",
                        "right", "quad", "qquad", "times", "cdot", "circ", "prime", "ddot", "acute", "grave", "hat", "tilde",
                        "bar", "dot", "breve", "check", "vec", "textup", "textsl",
                        "scriptsize", "small", "large", "Large", "normalsize", "footnotesize", "tiny", "hspace"})
_RAW_CMD = re.compile(r"\\([A-Za-z]+|.)")
_MATH = re.compile(r"\$[^$]*\$")


_RISKY = re.compile(r"[\\%#&_^$]")
_BRACE = re.compile(r"[{}]")


def _closes_early(raw: str) -> bool:
    """A `}` closes a group that was never opened."""
    depth = 0
    for m in _BRACE.finditer(raw):
        depth += 1 if m.group(0) == "{" else -1
        if depth < 0:
            return True
    return False


def latex_is_safe(raw: str) -> bool:
    """The value (as a .bib holds it) typesets in any document and runs nothing: balanced braces, no comment
    sign, no `^^` or parameter, alignment or subscript characters outside math, only known commands."""
    if ("{" in raw or "}" in raw) and (raw.count("{") != raw.count("}") or _closes_early(raw)):
        return False
    if _RISKY.search(raw) is None:
        return True  # most values: plain text
    if "^^" in raw:
        return False
    plain = _RAW_CMD.sub(lambda m: "" if len(m.group(1)) == 1 and not m.group(1).isalpha() else m.group(0), raw)
    if plain.count("$") % 2 or any(c in _MATH.sub("", plain) for c in "%#&_^") or "%" in plain or "#" in plain:
        return False
    return commands_are_safe(raw)


def commands_are_safe(raw: str) -> bool:
    """Every command in the value is a well-known text or math symbol, accent or font command (nothing that
    reads files, defines macros or changes catcodes)."""
    if "\\" not in raw:
        return True
    for m in _RAW_CMD.finditer(raw):
        name = m.group(1)
        if len(name) == 1 and not name.isalpha():
            continue  # \& \% \' \" \{ and spacing
        if name not in _SAFE_CMDS and name not in _TEXT_CMD and name not in _symbols():
            return False
    return True


# --- reading -----------------------------------------------------------------------------------------------------

_ACCENT_MARK = {v: k for k, v in _ACCENT_OF.items()}
_MATH_MARK = {v: k for k, v in _MATH_ACCENT.items()}
_TEXT_CMD = {v: k for k, v in _LETTER_CMD.items()} | {v: k for k, v in _SYMBOL_CMD.items()} | {
    "textbackslash": "\\", "textbraceleft": "{", "textbraceright": "}", "textasciitilde": "~", "textasciicircum": "^", "textunderscore": "_", "textbar": "|",
    "textless": "<", "textgreater": ">", "S": "§", "P": "¶", "copyright": "©", "pounds": "£", "dots": "…",
    "textregistered": "®", "texttrademark": "™", "j": "ȷ", "LaTeX": "LaTeX", "TeX": "TeX",
    # textcomp's straight quotes and grave, as ORCID's and Zotero's exports write "Hodgkin{\textquotesingle}s"
    "textquotesingle": "'", "textquotedbl": '"', "textasciigrave": "`"}
_DROP_CMD = {"textbf", "textit", "emph", "mathrm", "text", "textsc", "textrm", "textsf", "texttt", "mbox", "textnormal",
             "mathbf", "mathit", "mathcal", "bf", "it", "em", "rm", "sc", "tt", "protect", "relax", "ensuremath",
             "textsuperscript", "textsubscript", "operatorname", "boldsymbol", "noopsort", "url",
             # LaTeX's and its common packages' other text styles (ulem, tipa: the IPA is kept as the source spells it)
             # and size and shape declarations: what they style is kept, they are not
             "underline", "uline", "sout", "uwave", "textup", "textmd", "textsl", "mathsf", "mathtt", "textipa",
             "small", "footnotesize", "scriptsize", "tiny", "normalsize", "large", "Large", "LARGE", "huge", "Huge",
             "bfseries", "itshape", "mdseries", "upshape", "slshape", "scshape", "sffamily", "ttfamily", "rmfamily",
             "normalfont", "hfill", "vfill", "noindent", "centering", "nobreak", "allowbreak", "xspace"}
# commands whose first argument is no text: an address (`\href{url}{text}`), a colour, a length, a label; the
# command and that argument go, what follows (the link's text) stays
_DROP_FIRST_ARG = frozenset({"href", "textcolor", "colorbox", "color", "vspace", "hspace", "label"})
_BREAK_CMD = frozenset({"newline", "linebreak", "par"})  # a line break: a space in plain text
_CMD = re.compile(r"\\([A-Za-z]+|.)")


def to_text(value: str) -> str:
    """A BibTeX value as plain text: accents composed, escaped specials literal, grouping braces dropped."""
    if "\\" not in value and "{" not in value and "~" not in value and "$" not in value:
        return " ".join(value.split())
    out: list[str] = []
    i, n = 0, len(value)
    while i < n:
        c = value[i]
        if c == "\\":
            m = _CMD.match(value, i)
            assert m is not None
            name = m.group(1)
            i = m.end()
            if name in _MATH_MARK and i < n and value[i] == "{":
                arg, i = _argument(value, i)
                inner = to_text(arg)
                out.append(unicodedata.normalize("NFC", inner[:1] + _MATH_MARK[name] + inner[1:]))
                continue
            if name in ("'", "`", '"', "^", "~", "=", ".") or (name in ("c", "v", "u", "H", "k", "r") and i < n and value[i] in " {"):
                arg, i = _argument(value, i)
                if not arg:
                    out.append(name if name in "^~" else "")  # \^{} and \~{} are the characters themselves
                else:
                    out.append(unicodedata.normalize("NFC", to_text(arg)[:1] + _ACCENT_MARK[name] + to_text(arg)[1:]))
                continue
            if name == "char":
                m2 = re.match(r'\s*(?:"([0-9A-Fa-f]+)|(\d+))', value[i:])
                if m2:
                    out.append(_char(m2.group(1), m2.group(2)))
                    i += m2.end()
                continue
            if name in _DROP_FIRST_ARG:
                if i < n and value[i] == "*":
                    i += 1  # \vspace*{2mm}
                if i < n and value[i] == "{":
                    _, i = _argument(value, i)
                continue
            if name in _BREAK_CMD or name == "\\":
                out.append(" ")
                continue
            if name.isalpha():
                if i < n and value[i] == " " and name not in _SPACED \
                        and (name in _TEXT_CMD or name in _DROP_CMD or name in _symbols()):
                    # a control word eats the space after it; an unknown one, written as its name, keeps it, and so
                    # does a relation or an arrow, which TeX sets with space around it ("$gg \to h$": "gg → h")
                    i += 1
                if name in _TEXT_CMD:
                    out.append(_TEXT_CMD[name])
                elif name in _DROP_CMD:
                    pass
                elif (ch := _symbols().get(name)) is not None:
                    out.append(ch)  # \\Delta, \\textdegree: what escape() writes for characters pdflatex lacks
                else:
                    out.append(name)  # an unknown command: its name, never its expansion
                continue
            out.append(" " if name in (" ", ",", ";", ":") else name)  # \{ \} \% \& \# \_ \$ \@ and spacing
            continue
        if c in "{}$":
            i += 1
            continue
        out.append(" " if c == "~" else c)
        i += 1
    return " ".join("".join(out).split())


def _char(hex_digits: str | None, digits: str | None) -> str:
    """The character `\\char"HEX` or `\\char DEC` names; U+FFFD for a code point that is no character
    (over U+10FFFF, a surrogate, or too many digits to be one)."""
    text = hex_digits or digits or ""
    if len(text) > 8:
        return "\ufffd"
    code = int(text, 16) if hex_digits else int(text)
    return chr(code) if code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"


def _argument(value: str, i: int) -> tuple[str, int]:
    """The argument after an accent command: `{x}`, `x`, or `{}`."""
    while i < len(value) and value[i] == " ":
        i += 1
    if i < len(value) and value[i] == "{":
        depth, j = 1, i + 1
        while j < len(value) and depth:
            depth += {"{": 1, "}": -1}.get(value[j], 0)
            j += 1
        return value[i + 1: j - 1], j
    if i < len(value) and value[i] == "\\":
        m = _CMD.match(value, i)
        assert m is not None
        return m.group(0), m.end()  # \'\i
    return (value[i], i + 1) if i < len(value) else ("", i)


_SPACED = frozenset({"to", "rightarrow", "leftarrow", "gets", "leftrightarrow", "longrightarrow", "Leftarrow",
                     "Rightarrow", "mapsto", "times", "le", "ge", "ne", "leq", "geq", "neq", "approx", "sim", "simeq",
                     "propto", "in", "pm", "mp", "cdot"})


@lru_cache(maxsize=1)
def _symbols() -> dict[str, str]:
    """Command name -> character for the one-command spellings pylatexenc writes (`\\Delta`, `\\textdegree`)."""
    from pylatexenc.latexencode import get_builtin_conversion_rules

    table: dict[str, str] = {"dag": "†", "ddag": "‡", "dagger": "†", "ddagger": "‡",
                             # math the table spells otherwise or not at all ("$gg \to h$", "$e^+e^- \rightarrow X$")
                             "to": "→", "rightarrow": "→", "leftarrow": "←", "gets": "←", "leftrightarrow": "↔",
                             "longrightarrow": "⟶", "Leftarrow": "⇐", "times": "×", "le": "≤", "ge": "≥", "ne": "≠",
                             "ldots": "…", "dots": "…", "cdots": "⋯", "prime": "′"}
    for rule in get_builtin_conversion_rules("defaults"):
        if not hasattr(rule.rule, "items"):
            continue
        for cp, latex in rule.rule.items():
            m = re.fullmatch(r"\\ensuremath\{\\([A-Za-z]+)\}|\\([A-Za-z]+)(?:\{\})?", latex.strip())
            if m:
                table.setdefault(m.group(1) or m.group(2), chr(cp))
    return table
