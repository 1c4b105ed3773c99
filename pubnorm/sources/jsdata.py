"""Publication lists kept as data in a site's JavaScript or TypeScript (`src/config/papers.ts`,
`src/data/research.config.js` of React, Next.js and Gatsby sites): the object and array literals of the file,
read as data, never run.

    export const papers = [{ title: "A Title", authors: "Lee A, Kim B", citation: "Icarus, 2021" }, ...]

A tolerant reader of literals, not a JavaScript parser: strings ('...', "...", `...`; pieces joined with "+" or,
as Dart writes them, side by side), numbers, true/false/null, objects (quoted or bare keys) and arrays are values
(a Flutter site's Dart lists and maps are read the same way); anything else inside a literal (a call, a variable, an
arrow function, JSX) is skipped up to the next comma or closing bracket of its level and read as None. Text
outside literals (imports, code) is skipped. Linear in the size of the file.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from typing import Any

from ..lazyre import lazy_compile

# one token: a comment (skipped), a string, a number, a word, or one punctuation character; the comments are those of
# the file's language (see COMMENTS); a string in three quotes (Julia's, Dart's, Python's) is one string
_STRINGS_ETC = (r'"""[\s\S]*?"""|"(?:[^"\\\n]|\\.)*"|' + r"""'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`|"""
                r"""-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|[A-Za-z_$][\w$]*|\S""")
# the comments of the languages a site keeps its list in: C's ("//", "/* */": JavaScript, TypeScript, Dart), Haskell's,
# Elm's and Lua's ("--", "{- -}", "--[[ ]]"), Julia's and Nix's ("#", "#= =#")
COMMENTS = {"c": r"//[^\n]*|/\*.*?(?:\*/|\Z)", "dash": r"\{-.*?(?:-\}|\Z)|--\[\[.*?(?:\]\]|\Z)|--[^\n]*",
            "hash": r"#=.*?(?:=#|\Z)|#[^\n]*"}
_TOKENS = {k: lazy_compile(f"(?P<comment>{c})|{_STRINGS_ETC}", re.S) for k, c in COMMENTS.items()}
_ESCAPE = lazy_compile(r"\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)", re.S)
_SIMPLE = {"n": "\n", "t": "\t", "r": "", "b": "", "f": "", "v": "", "0": ""}
_OPEN = {"{": "}", "[": "]", "(": ")"}
_WORDS = {"true": True, "false": False, "null": None, "undefined": None}
# what comes right before a literal ("= [", "default {", "return [", "f({") and not before a block of code
_BEFORE_A_LITERAL = frozenset({"=", "(", ",", ":", "[", "?", "return", "default", "export", "|", "&"})
MAX_DEPTH = 100  # deeper literals are skipped as one value (no recursion without bound)


class _Tokens(list[str]):
    """The file's tokens, with where each starts in its text: a JSX value is read back from the text."""

    def __init__(self, text: str, start: int = 0, comments: str = "c") -> None:
        found = [m for m in _TOKENS[comments].finditer(text, start) if m.group("comment") is None]
        super().__init__(m.group() for m in found)
        self.text, self.comments = text, comments
        self.starts = [m.start() for m in found]
        self.jsx_budget = 2 * len(text) + 10_000  # characters JSX may be looked through, in all: linear in the file

    def resume(self, i: int, pos: int) -> int:
        """Tokens again from text[pos:] on, in place of toks[i:] (a quote mark inside JSX text may have started a
        string token that runs past its end); the index of the first. The list's length changes: its readers ask
        len(toks) afresh."""
        rest = _Tokens(self.text, pos, self.comments)
        self[i:], self.starts[i:] = rest, rest.starts
        return i


def literals(text: str, comments: str = "c", named: bool = False) -> list[Any]:
    """The outermost object and array literals of the file, in order, as Python dicts and lists (`comments`: the
    file's language's, a key of COMMENTS); with `named`, a literal a declaration names ("const talks = [...]") as
    a mapping of its name to it."""
    toks = _Tokens(text, comments=comments)
    out: list[Any] = []
    i = 0
    while i < len(toks):
        if toks[i] in ("{", "[") and (i == 0 or toks[i - 1] in _BEFORE_A_LITERAL):
            name = _assigned_name(toks, i) if named else None
            value, i = _value(toks, i, 0)
            if value:
                # a literal given a name ("const featuredPresentations = [...]") is read under it, as a data file's
                # key: the name says what it holds, as "talks:" does in a site's YAML
                out.append({name: value} if name else value)
        else:
            i += 1  # code, or a block of code ("=> {", ") {"): its literals are read from inside it
    return out


_DECLARES = frozenset({"const", "let", "var", "final"})
_NAME_REACH = 8  # tokens between a declaration and its "=" at most ("const papers: Array<Paper> =")


def _assigned_name(toks: list[str], i: int) -> str | None:
    """The name a declaration gives the literal at `i` ("const papers = [", "export const talks: Talk[] = ["), or
    None (a literal passed to a call, returned, or a property's value)."""
    if i < 2 or toks[i - 1] != "=":
        return None
    for k in range(i - 2, max(i - 2 - _NAME_REACH, 0) - 1, -1):
        if toks[k] in _DECLARES:
            name = toks[k + 1]
            return name if re.fullmatch(r"[A-Za-z_$][\w$]*", name) else None
        if toks[k] in (";", "{", "}", "=", "(", ")"):
            return None
    return None


def _string(tok: str) -> str:
    body = tok[3:-3] if tok.startswith('"' * 3) and len(tok) >= 6 else tok[1:-1]
    if "\\" not in body:
        return body

    def one(m: re.Match[str]) -> str:
        e = m.group(1)
        if e[0] == "u" or e[0] == "x":
            try:
                return chr(int(e[1:].strip("{}"), 16))
            except (ValueError, OverflowError):
                return ""
        return _SIMPLE.get(e, e if e != "\n" else "")

    return _ESCAPE.sub(one, body)


def _is_string(tok: str) -> bool:
    return tok[0] in "\"'`" and len(tok) >= 2 and tok[-1] == tok[0]


def _value(toks: list[str], i: int, depth: int) -> tuple[Any, int]:
    """The value starting at toks[i] and the index after it."""
    if i >= len(toks):
        return None, i
    tok = toks[i]
    if tok == "{" and depth < MAX_DEPTH:
        return _object(toks, i + 1, depth + 1)
    if tok == "[" and depth < MAX_DEPTH:
        return _array(toks, i + 1, depth + 1)
    if _is_string(tok):
        parts, j = [_string(tok)], i + 1
        while j < len(toks):
            if j + 1 < len(toks) and toks[j] == "+" and _is_string(toks[j + 1]):
                parts.append(_string(toks[j + 1]))  # a long string written in pieces: 'Prediction of ' + 'ordering'
                j += 2
            elif _is_string(toks[j]):
                parts.append(_string(toks[j]))  # Dart's (and Python's) pieces side by side: 'Title. ' 'In: ...'
                j += 1
            else:
                break
        if j < len(toks) and toks[j] not in (",", "}", "]", ")"):
            return None, _skip(toks, i)  # an expression that starts with a string ("a" + b)
        return "".join(parts), j
    if tok[0].isdigit() or (tok[0] == "-" and tok[1:2].isdigit()):
        j = i + 1
        if j < len(toks) and toks[j] not in (",", "}", "]", ")"):
            return None, _skip(toks, i)
        return (float(tok) if any(c in tok for c in ".eE") else int(tok)), j
    if tok in _WORDS and (i + 1 >= len(toks) or toks[i + 1] in (",", "}", "]", ")")):
        return _WORDS[tok], i + 1
    if tok[0].isalpha() and i + 1 < len(toks) and depth < MAX_DEPTH:
        k = i + 1 if tok == "new" else i  # `new Date("2023-10-18")`
        if k + 2 < len(toks) and toks[k][0].isalpha() and toks[k + 1] == "(" and _is_string(toks[k + 2]) \
                and _DATE_STRING.fullmatch(date := _string(toks[k + 2])):
            return date, _skip(toks, k)  # a date made from a string: Julia's `Date("18-10-2023", dateformat"d-m-y")`
        if toks[i + 1] == "{":  # a record written with its type's name: Haskell's `Publication { title = ... }`
            return _object(toks, i + 2, depth + 1)
        if tok in _OPTION and (toks[i + 1] in ("(", "[", "{") or _is_string(toks[i + 1])):
            return _value(toks, i + 1, depth + 1)  # an optional value that is there: `Just "ESOP"`, `Some(...)`
    if tok == "(" and depth < MAX_DEPTH and (tup := _tuple(toks, i + 1, depth + 1)) is not None:
        return tup
    if (tok == "<" or (tok == "(" and toks[i + 1:i + 2] == ["<"])) and isinstance(toks, _Tokens):
        jsx = _jsx(toks, i)
        if jsx is not None:
            return jsx
    return _code(toks, i, depth)


# a JSX tag: its name, and its attributes (quoted, or an expression in braces, one level of braces inside)
_JSX_TAG = lazy_compile(r"""<(/?)([A-Za-z][\w.:-]*)?((?:[^<>"'{}]|"[^"]*"|'[^']*'|\{(?:[^{}]|\{[^{}]*\})*\})*)>""")
_JSX_STRING = lazy_compile(r"""\{\s*(?:"([^"]*)"|'([^']*)'|`([^`]*)`)\s*\}""")  # {" "}, {'text'}
_JSX_EXPRESSION = lazy_compile(r"\{[^{}]*\}")
_JSX_BREAK = lazy_compile(r"<br\s*/?>", re.I)
_CLOSING_BRACKET = lazy_compile(r"\s*\)")


# a string in braces in JSX text, not an attribute's value (`Title of the{" "}` / `<em>Venue</em>`, the space a
# formatter writes where it wraps a line; `{'text'}`): one line at most
_JSX_TEXT_STRING = lazy_compile(r"""(?<![=$])\{[ \t]*(?:"([^"\n\\]*)"|'([^'\n\\]*)')[ \t]*\}""")


# a comment of the code: a line comment alone on its line ("// Updated 20190615 -- corrected year"; not the "//" of
# an address), a block comment that starts a line, a JSX comment (`{/* ... */}`)
_CODE_COMMENT = lazy_compile(r"^[ \t]*//[^\n]*|^[ \t]*/\*.*?\*/|\{[ \t]*/\*.*?\*/[ \t]*\}", re.M | re.S)


def script_as_page(text: str) -> str:
    """A component's markup with each string in braces in its text written as the string (`{" "}` -> " "), and the
    code's comments left out, so that a page written as JSX reads as the page it shows; lines stay as they were."""
    if "/" in text:
        text = _CODE_COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), text)
    if "{" not in text:
        return text
    return _JSX_TEXT_STRING.sub(lambda g: g.group(1) if g.group(1) is not None else g.group(2), text)


def _jsx(toks: _Tokens, i: int) -> tuple[str, int] | None:
    """A JSX element as a value (`bibinfo: (<><i>Water Resources Research</i>, 61, 2025.</>)`): its source with
    its markup, as an HTML string (the reader keeps its text), and the index of the token after it; None when it
    is not one whole element (then it is skipped as code)."""
    text = toks.text
    paren = toks[i] == "("
    start = toks.starts[i + 1] if paren else toks.starts[i]
    depth, k = 0, start
    while True:
        m = _JSX_TAG.match(text, k)
        if m is None or toks.jsx_budget <= 0:
            return None  # a "<" that opens no tag, or JSX past what the file allows to be looked through
        if m.group(1):
            depth -= 1
        elif not m.group(3).rstrip().endswith("/"):
            depth += 1
        k = m.end()
        if depth <= 0:
            break
        nxt = text.find("<", k, k + toks.jsx_budget)
        toks.jsx_budget -= (nxt if nxt >= 0 else len(text)) - k  # the characters looked through
        if nxt < 0:
            return None
        k = nxt
    source = text[start:k]
    end = k
    if paren:
        close = _CLOSING_BRACKET.match(text, k)
        if close is None:
            return None
        end = close.end()
    j = bisect_left(toks.starts, end)
    if j and toks.starts[j - 1] + len(toks[j - 1]) > end:
        j = toks.resume(j - 1, end)  # a token that started inside the element runs past its end
    value = _JSX_STRING.sub(lambda g: g.group(1) or g.group(2) or g.group(3) or "", source)
    value = _JSX_BREAK.sub(" ", _JSX_EXPRESSION.sub(" ", value)).replace("</>", "").replace("<>", "")  # fragments
    return " ".join(value.split()), j


def _code(toks: list[str], i: int, depth: int) -> tuple[Any, int]:
    """Past an expression that is not a literal (a function, a call): to the next comma or closing bracket at its own
    level, with the literals written inside it as its value (below MAX_DEPTH): `data() { return { papers: [...] } }`
    (Vue's options API) keeps its list."""
    found: list[Any] = []
    stack: list[str] = []
    while i < len(toks):
        tok = toks[i]
        if tok in ("{", "[") and stack and depth < MAX_DEPTH and toks[i - 1] in _BEFORE_A_LITERAL:
            value, i = _value(toks, i, depth + 1)
            if value:
                found.append(value)
            continue
        if tok in _OPEN:
            stack.append(_OPEN[tok])
        elif stack and tok == stack[-1]:
            stack.pop()
        elif not stack and tok in (",", "}", "]", ")"):
            break
        i += 1
    return (found[0] if len(found) == 1 else found or None), i


def _skip(toks: list[str], i: int) -> int:
    """Past an expression that is not a literal: to the next comma or closing bracket at its own level (_code's walk,
    its literals not read)."""
    return _code(toks, i, MAX_DEPTH)[1]


_OPTION = frozenset({"Just", "Some"})
_DATE_STRING = lazy_compile(r"[\d\s./-]*(?<!\d)(?:19|20)\d\d(?!\d)[\d\s./-]*")  # "2023-10-18", "18-10-2023", "2024"


def _assigns(toks: list[str], i: int) -> bool:
    """Whether toks[i] is an "=" between a key and its value (Haskell's, Julia's, Lua's), not "==" or "=>"."""
    return toks[i] == "=" and toks[i + 1:i + 2] not in (["="], [">"])


def _tuple(toks: list[str], i: int, depth: int) -> tuple[Any, int] | None:
    """A tuple of literals (Haskell's, Julia's, Python's `("ESOP", "https://...")`) as a list, one of one value as that
    value, and Julia's named tuple (`(title="...", year=2024)`) as an object; None when the brackets hold code or
    open an arrow function (`() => ({...})`, read as code)."""
    value: Any
    if i + 2 < len(toks) and toks[i][0].isalpha() and _assigns(toks, i + 1):
        value, j = _object(toks, i, depth, close=")")
    else:
        items, j = _array(toks, i, depth, close=")")
        if not any(isinstance(x, (str, dict, list)) for x in items):
            return None
        value = items[0] if len(items) == 1 else items
    if toks[j:j + 2] == ["=", ">"]:
        return None
    return value, j


def _object(toks: list[str], i: int, depth: int, close: str = "}") -> tuple[dict[str, Any], int]:
    out: dict[str, Any] = {}
    while i < len(toks) and toks[i] != close:
        tok = toks[i]
        if tok == ",":
            i += 1
            continue
        key: str | None = None
        if tok[0] in "\"'`" and len(tok) >= 2:
            key = _string(tok)
        elif tok[0].isalnum() or tok[0] in "_$":
            key = tok
        if key is not None and i + 1 < len(toks) and (toks[i + 1] == ":" or _assigns(toks, i + 1)):
            value, i = _value(toks, i + 2, depth)  # "key: value", and "key = value" (Haskell's, Julia's, Lua's)
            out.setdefault(key, value)
        elif key is not None and i + 1 < len(toks) and toks[i + 1] == "(":
            value, i = _code(toks, i + 1, depth)  # a method: `data() { return {...} }` holds its literals
            if value is not None:
                out.setdefault(key, value)
        else:
            i = _skip(toks, i + 1 if tok not in _OPEN else i)  # a spread, a shorthand key
            if i < len(toks) and toks[i] in (")", "]", "}") and toks[i] != close:
                i += 1  # a stray closing bracket of another level: not this object's end
    return out, i + 1


def _array(toks: list[str], i: int, depth: int, close: str = "]") -> tuple[list[Any], int]:
    out: list[Any] = []
    while i < len(toks) and toks[i] != close:
        if toks[i] == ",":
            i += 1
            continue
        value, j = _value(toks, i, depth)
        out.append(value)
        i = j if j > i else i + 1
        if i < len(toks) and toks[i] in (")", "}", "]") and toks[i] != close:
            i += 1
    return out, i + 1


_ATTR = lazy_compile(r"""([:@]?[A-Za-z_][\w.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_TAG_NAME = lazy_compile(r"<([A-Za-z][\w.-]*)")


def component_props(text: str) -> list[dict[str, str]]:
    """The text attributes of each element written in the file, keyed in lower case, as data: a Vue, Svelte or
    React page that writes its list as components (`<Citation Title="..." Authors="..." Journal="..." Year="2022"
    />`). Bound expressions (`:publication="pub"`, `@click`) are code, not text. One pass: an element runs from its
    name to the next '>' (its attributes' values hold none), and the next element is looked for after it."""
    return [props for _, props in _elements(text, _TAG_NAME)]


def _elements(text: str, name: re.Pattern[str]) -> list[tuple[int, dict[str, Any]]]:
    """Where each element whose name `name` matches starts, and its text attributes; one pass: an element runs from
    its name to the next '>', and the next one is looked for after it."""
    out: list[tuple[int, dict[str, Any]]] = []
    i = 0
    while (m := name.search(text, i)) is not None:
        end = text.find(">", m.end())
        if end < 0:
            break
        if props := _props(text, m.end(), end):
            out.append((m.start(), props))
        i = end + 1
    return out


# <x-paper ...>, <Publication ...> (not old HTML's capitals: <P>, <A HREF=...>)
_CUSTOM_TAG = lazy_compile(r"<([a-z][\w.]*-[\w.-]*|[A-Z][a-z][\w.]*)(?=[\s/>])")
_SHORTCODE = lazy_compile(r"\{\{[<%]\s*([\w./-]+)(\s[^{}]*?)\s*/?[>%]\}\}")  # Hugo's {{< pub a="b" >}}, {{% ... %}}
# Jekyll's (Liquid's) include with parameters: {% include publication authors="..." title="..." journal="..." %}
_INCLUDE = lazy_compile(r"\{%-?\s*include(?:_relative)?\s+([\w./-]+)(\s[^{}]*?)\s*-?%\}")


def attribute_props(text: str) -> list[tuple[int, dict[str, Any]]]:
    """The text attributes of the elements that are no HTML (a custom element: `<x-paper title="..." year="2024">`,
    a component written in Markdown or MDX: `<Publication title="..." />`), of Hugo's shortcodes (`{{< publication
    title="..." authors="..." journal="..." year="2019" >}}`) and of Jekyll's includes (`{% include publication
    authors="..." year="2024" title="..." journal="..." %}`), keyed in lower case, as data: pages that keep each
    paper's fields as an element's or a shortcode's attributes and let the site's code show them; each with where
    it starts in the text, in the text's order."""
    out = _elements(text, _CUSTOM_TAG)
    for m in itertools.chain(_SHORTCODE.finditer(text), _INCLUDE.finditer(text) if "{%" in text else ()):
        if props := _props(text, m.start(2), m.end(2)):
            out.append((m.start(), props))
    return sorted(out, key=lambda x: x[0])


def _props(text: str, start: int, end: int) -> dict[str, Any]:
    props: dict[str, Any] = {}
    for a in _ATTR.finditer(text, start, end):
        if not a.group(1).startswith((":", "@")):
            props.setdefault(a.group(1).lower(), a.group(2) if a.group(2) is not None else a.group(3))
    # a component's prop written as an expression of literals (Astro, JSX, Svelte): `authors={["A Lee", "B Kim"]}`,
    # `year={2024}`, `venue={"Icarus"}`; other expressions (`{paper.title}`, `{f(x)}`) are code, not data
    for a in _EXPRESSION_ATTR.finditer(text, start, end):
        toks = _Tokens(a.group(2))
        value, i = _value(toks, 0, 0) if toks else (None, 0)
        if value is not None and i == len(toks) and (isinstance(value, (str, int))
                                                     or (isinstance(value, list) and value
                                                         and all(isinstance(v, str) for v in value))):
            props.setdefault(a.group(1).lower(), value)
    return props


# `name={...}` with one level of brackets inside: an array of strings, a string or a number
_EXPRESSION_ATTR = lazy_compile(r"""(?<![\w:@.-])([A-Za-z_][\w-]*)\s*=\s*\{"""
                                r"""((?:[^{}"'`]|"[^"]*"|'[^']*'|`[^`]*`){0,5000})\}""")
