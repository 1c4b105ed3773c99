"""Split BibTeX text into entries: a regular-expression scanner for well-formed entries, bibtexparser for the rest.

bibtexparser v2's splitter walks the text mark by mark in Python (about 150 µs per entry); a department's
merged .bib of 100,000 entries spends most of its reading time there. Most entries are plain:
`@type{key, name = {value}, name = "value", name = 2024}`. This module reads those with a few regular
expressions run in C and gives every other piece of the file, unchanged, to bibtexparser, so the result is
the one bibtexparser gives for the whole file (tests/test_bibscan.py compares the two on every case we
know of and on generated text).

Why pieces can be read apart: bibtexparser ends a block at any `@type{` that starts a line (it reports the
unfinished block as failed and starts again there), so no block spans such a line, and the text between
two of them is read the same way alone as inside the whole file. Files with `@string` macros are read
whole by bibtexparser (a macro defined in one piece is used in another).
"""

from __future__ import annotations

import itertools
import logging
import re
import sys
from collections.abc import Iterator
from typing import NamedTuple


class RawEntry(NamedTuple):
    """One entry as written: type (lower case), key, fields (name, value with its enclosing braces or quotes
    removed, as bibtexparser's default middleware leaves it), 0-based line of its `@`, and its text."""

    entry_type: str
    key: str
    fields: list[tuple[str, str]]
    line: int
    raw: str


class FailedBlock(NamedTuple):
    """A block bibtexparser could not read: 0-based line and the first line of its error."""

    line: int
    error: str


# A block start at the start of a line, where bibtexparser always starts a new block.
_SEGMENT = re.compile(r"^[^\S\n]*@\w*[ \t]*[{(]", re.M)
# Any block start (bibtexparser starts one mid-line too, outside entries).
_BLOCK_MARK = re.compile(r"@\w*[ \t]*[{(]")
_ESC = r"\\++[\s\S]"  # a mark right after a backslash is not a mark (bibtexparser's `(?<!\\)`)


def _braced(depth: int) -> str:
    inner = r"[^{}\\]++|" + _ESC
    for _ in range(depth):
        inner = r"[^{}\\]++|" + _ESC + r"|\{(?:" + inner + r")*+\}"
    return r"\{(?:" + inner + r")*+\}"


# value: one braced group (nesting up to 6 levels), a quoted string without braces, quotes or backslashes,
# or a bare word (a number or a macro); anything else (concatenation with #, deeper nesting) goes to bibtexparser.
# A backslash outside braces hides the mark after it from bibtexparser ("\}" is not a closing brace there):
# names, keys and bare words with one go to bibtexparser too.
_VALUE = r"(?:" + _braced(6) + r'|"[^"{}\\]*+"|[^\s{}",#=\\]++)'
_NAME = r'[^{}",=\s\\]++(?:\s++[^{}",=\s\\]++)*+'
_HEAD = re.compile(r'[^\S\n]*+(@)(\w+)[ \t]*+\{([^{}",=\\@]*+),')
_F = r"\s*+" + _NAME + r"\s*+=\s*+" + _VALUE + r"\s*+"
# the fields up to the closing brace: none or more, separated by commas, a comma after the last allowed
_BODY = re.compile(r"(?:(?:" + _F + r",)*" + _F + r",?)?\s*+\}")
_FIELD = re.compile(r"\s*+(" + _NAME + r")\s*+=\s*+(" + _VALUE + r")\s*+[,}]")
_NOT_ENTRIES = {"comment", "preamble", "string"}


MAX_FAILED = 1000  # failed blocks reported one by one; the rest of a file's are counted in one more


def scan(text: str, fast: bool = True) -> Iterator[RawEntry | FailedBlock]:
    """The entries and failed blocks of a .bib text in file order (comments, preambles and strings skipped).

    `fast=False` reads everything with bibtexparser (the reference the fast path is tested against). After
    MAX_FAILED failed blocks, the others are summed up in one last failed block (a file of junk must not
    make a million diagnostics)."""
    failed, more, last = 0, 0, 0
    first_more: FailedBlock | None = None
    for item in _scan(text, fast) if fast else _library_blocks(text, 0):
        if isinstance(item, FailedBlock):
            failed += 1
            if failed > MAX_FAILED:
                more, last = more + 1, item.line
                first_more = first_more or item
                continue
        yield item
    if first_more is not None:
        error = first_more.error
        if more > 1:
            error += (f"; and {more - 1:,} more blocks not parsed up to line {last + 1:,}"
                      f" (only the first {MAX_FAILED:,} are listed)")
        yield FailedBlock(first_more.line, error)


def _scan(text: str, fast: bool) -> Iterator[RawEntry | FailedBlock]:
    if has_macros(text):
        yield from _library_blocks(text, 0)
        return
    starts = [m.start() for m in _SEGMENT.finditer(text)]
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    starts.append(len(text))
    line = 0
    for a, b in itertools.pairwise(starts):
        if a == b:
            continue
        if _UNCLOSED.fullmatch(text, a, b):
            yield from _unclosed_blocks(text, a, b, line)
        else:
            yield from _segment(text, a, b, line)
        line += text.count("\n", a, b)


# A block mark whose entry is aborted before its key ends (the splitter finds another block mark, or the end of the
# file, where it wants the comma after the key): everything up to that mark, which starts the next block.
_KEY_ABORTED = re.compile(r'@(?!comment|preamble|string)\w*+[ \t]*+\{[^{}",=\\@]*+', re.I)


def _segment(text: str, a: int, b: int, line: int) -> Iterator[RawEntry | FailedBlock]:
    """The blocks of text[a:b], a piece at whose start bibtexparser is outside any block: well-formed entries and
    entries aborted before their key ends are read here, mid-line too, each leaving bibtexparser outside any block
    where it ends (what lies between blocks is comment); from the first block of another shape on, the rest of the
    piece goes to bibtexparser, which reads it alone as it would inside the whole file. A page of 200,000
    `@a{k, t={x}} @b{` on one line took 17 s and 1.4 GB in bibtexparser."""
    pos = a
    while (m := _BLOCK_MARK.search(text, pos, b)) is not None:
        line += text.count("\n", pos, m.start())
        pos = m.start()
        if (entry := _entry(text, pos, b, line)) is not None:
            yield entry[0]
            end = entry[1]
        elif (k := _KEY_ABORTED.match(text, pos, b)) is not None and (
                k.end() == b or _BLOCK_MARK.match(text, k.end(), b)):
            yield FailedBlock(line, "BlockAbortedException")
            end = k.end()
        else:
            yield from _library_blocks(text[pos:b], line)
            return
        line += text.count("\n", pos, end)
        pos = end


# A piece of block marks (`@type{`, not @comment or @preamble) in text with no brace, parenthesis, quote,
# backslash, other `@` or `,=#%`: no block in it can end, so each
# block mark in it starts a block that the next mark aborts, as bibtexparser reads it (tests/test_bibscan.py).
# Read here, as bibtexparser's splitter costs ~20 µs a block: 6 MB of `x @a{ ` lines took 34 s and 1.7 GB.
_UNCLOSED = re.compile(r"(?:[^{}()\\\"@,=#%]++|@(?!comment|preamble)\w*+[ \t]*+[{(])*+", re.I)


def _unclosed_blocks(text: str, a: int, b: int, line: int) -> Iterator[FailedBlock]:
    for m in _BLOCK_MARK.finditer(text, a, b):
        line += text.count("\n", a, m.start())
        a = m.start()
        yield FailedBlock(line, "BlockAbortedException")


def has_macros(text: str) -> bool:
    """The text may define @string macros: it must be read whole (a macro defined in one piece is used in another)."""
    return re.search(r"@string\b", text, re.I) is not None


def _entry(text: str, a: int, b: int, line: int) -> tuple[RawEntry, int] | None:
    """The well-formed entry that starts at text[a] and ends before b, and where it ends; or None."""
    head = _HEAD.match(text, a, b)
    if head is None or head.group(2).lower() in _NOT_ENTRIES:
        return None
    body = _BODY.match(text, head.end(), b)  # checks the whole entry in one pass ...
    if body is None:
        return None
    end = body.end()
    fields = _FIELD.findall(text, head.end(), end)  # ... and this picks its fields out
    if len({name for name, _ in fields}) < len(fields):
        return None  # a repeated field: bibtexparser reports the block
    fields = [(name, value[1:-1] if value[0] in '{"' else value) for name, value in fields]
    # the segment starts on the line of its "@"
    # the type is one of a few words: one string for all the entries of a type (a record keeps it)
    kind = sys.intern(head.group(2).lower())
    return RawEntry(kind, head.group(3).strip(), fields, line, text[head.start(1):end]), end


def _library_blocks(text: str, line: int) -> Iterator[RawEntry | FailedBlock]:
    from bibtexparser import model as bm
    from bibtexparser.entrypoint import parse_string
    from bibtexparser.library import Library
    from bibtexparser.middlewares.enclosing import RemoveEnclosingMiddleware

    logging.getLogger("bibtexparser").setLevel(logging.CRITICAL)
    parsed: list[bm.Block | None] = list(parse_string(text).blocks)
    for block in parsed:
        if isinstance(block, bm.DuplicateFieldKeyBlock) and isinstance(block.ignore_error_block, bm.Entry):
            # a field given twice: the entry is still a paper (the reader keeps the first value and says so)
            block = RemoveEnclosingMiddleware().transform_entry(block.ignore_error_block, Library())
        elif isinstance(block, bm.DuplicateBlockKeyBlock):
            block = block.ignore_error_block  # a duplicate key is still a paper: keep it (dedupe decides) ...
            if isinstance(block, bm.Entry):  # ... (a repeated @string key is no paper); the middleware skipped it
                block = RemoveEnclosingMiddleware().transform_entry(block, Library())
        elif isinstance(block, bm.ParsingFailedBlock):
            err = (str(block.error).splitlines() or [type(block.error).__name__])[0] if block.error else "cannot parse"
            yield FailedBlock((block.start_line or 0) + line, err)
            continue
        if not isinstance(block, bm.Entry) or block.entry_type.lower() in _NOT_ENTRIES:
            continue
        yield RawEntry(sys.intern(block.entry_type.lower()), block.key, [(f.key, str(f.value)) for f in block.fields],
                       (block.start_line or 0) + line, block.raw or "")
