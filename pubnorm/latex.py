"""LaTeX in .bib values, both ways: `escape` makes any text inert BibTeX, `to_text` reads LaTeX back to text.

`to_text(escape(s)) == s` for every string s (the ASCII form loses only characters that have no LaTeX
spelling, written as "?"). Nothing here runs LaTeX: a command that is not a known text symbol is read as
its name, never expanded.
"""

from __future__ import annotations

import re
import unicodedata

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


_CONTROL = re.compile(r"[\x00-\x1f]")


def escape(value: str, ascii: bool = False) -> str:
    """Text as an inert BibTeX value (inside braces): specials escaped, control characters dropped."""
    if _CONTROL.search(value):
        value = _CONTROL.sub("", value.replace("\t", " "))  # a tab is a space; other control characters go
    if _SPECIAL_RE.search(value):
        value = _SPECIAL_RE.sub(_special, value)
    return _to_ascii(value) if ascii and not value.isascii() else value


def _special(m: re.Match[str]) -> str:
    return _SPECIAL[m.group(0)]


def _to_ascii(value: str) -> str:
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
            else:
                out.append("?")  # no LaTeX spelling that every engine accepts
    return "".join(out)


# verbatim fields (url, doi, eprint): no TeX escapes (styles print them verbatim, so `\_` would show), but every
# character TeX could act on where a style does read them as TeX (`^^5c` is a backslash there) is percent-encoded
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


# --- reading -----------------------------------------------------------------------------------------------------

_ACCENT_MARK = {v: k for k, v in _ACCENT_OF.items()}
_TEXT_CMD = {v: k for k, v in _LETTER_CMD.items()} | {v: k for k, v in _SYMBOL_CMD.items()} | {
    "textbackslash": "\\", "textbraceleft": "{", "textbraceright": "}", "textasciitilde": "~", "textasciicircum": "^", "textunderscore": "_", "textbar": "|",
    "textless": "<", "textgreater": ">", "S": "§", "P": "¶", "copyright": "©", "pounds": "£", "dots": "…",
    "textregistered": "®", "texttrademark": "™", "j": "ȷ", "LaTeX": "LaTeX", "TeX": "TeX"}
_DROP_CMD = {"textbf", "textit", "emph", "mathrm", "text", "textsc", "textrm", "textsf", "texttt", "mbox", "textnormal",
             "mathbf", "mathit", "mathcal", "bf", "it", "em", "rm", "sc", "tt", "protect", "relax"}
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
                    out.append(chr(int(m2.group(1), 16) if m2.group(1) else int(m2.group(2))))
                    i += m2.end()
                continue
            if name.isalpha():
                if i < n and value[i] == " ":
                    i += 1  # a control word eats the space after it
                if name in _TEXT_CMD:
                    out.append(_TEXT_CMD[name])
                elif name not in _DROP_CMD:
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
