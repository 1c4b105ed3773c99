"""The fast BibTeX scanner gives what bibtexparser gives for the whole file, on every shape we know of."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pubnorm.sources.bibscan import FailedBlock, RawEntry, scan

CASES = {
    "plain": "@article{a1,\n  title = {A Title},\n  author = {Doe, Jane and Roe, R.},\n  year = 2024\n}\n",
    "quoted and bare": '@inproceedings{k, title = "Quoted Title", month = jan, year = {2023},}\n',
    "nested braces": "@misc{k, title = {{BERT}: Pre-training of {Deep {Bidirectional}} Transformers}}",
    "escaped braces": "@misc{k, title = {a \\} b \\{ c}, note = {50\\% off \\& more}}",
    "backslash run": "@misc{k, title = {x\\\\} y}, year=1}",
    "accents": '@misc{k, author = {M{\\"u}ller, J{\\\'e}r{\\^o}me and Schr\\"odinger, E.}, title = {T}}',
    "quote inside braces": '@misc{k, title = {The "best" paper}, year = 2020}',
    "concatenation": '@misc{k, title = "Part one" # " and two", year = 2020}',
    "paren delimited": "@article(k, title = {Paren}, year = 2020)",
    "comment and preamble": "@comment{anything {here}}\n@preamble{\"\\newcommand{\\x}{y}\"}\n@misc{k, title={T}}",
    "implicit comments": "% a comment line\nsome text\n@misc{k, title={T}}\ntrailing text\n@misc{j, title={U}}",
    "mid-line block in tail": "@misc{k, title={T}} junk @misc{j, title={U}}\n",
    "mid-line entries and fragments": "@a{k, t={x}} @b{@a{k, t={x}} @b{ x\n y @c{j, t = {y}} @d{" * 3,
    "mid-line block after a fragment": "x @b{ key @misc{k, title={T}} and @misc(j, title={U})",
    "at sign in value": "@misc{k, title={LeQua @ {CLEF} 2022}, note = {me@example.org}}",
    "line-start at in value": "@misc{k, abstract = {first line\n@misc{inner, title = {X}}\n}, title={T}}\n@misc{j, title={U}}",
    "unbalanced": "@misc{k, title = {Unclosed, year = 2020\n@misc{j, title = {Fine}}\n",
    "missing comma": "@misc{k title = {T}}\n@misc{j, title = {U}}",
    "missing equals": "@misc{k, title {T}}\n@misc{j, title = {U}}",
    "double comma": "@misc{k, title = {T},, year = 2020}\n@misc{j, title = {U}}",
    "duplicate field": "@misc{k, month = {1}, month = {2}, title = {T}}\n@misc{j, title={U}}",
    "duplicate key": "@misc{k, title={T}}\n@misc{k, title={U}}\n",
    "no fields": "@misc{k}\n@misc{j, title={U}}",
    "empty value": "@misc{k, title = {}, note = \"\"}",
    "key with spaces": "@misc{ a key , title={T}}",
    "field name oddities": "@misc{k, Title = {T}, author-note = {x}, % not a comment\n year = 2020}",
    "deep nesting": "@misc{k, title = {" + "{" * 9 + "deep" + "}" * 9 + "}}",
    "string macro": '@string{acl = "Annual Meeting of the ACL"}\n@inproceedings{k, booktitle = acl, title = {T}}',
    "indented entries": "  @misc{k, title={T}}\n\t@misc{j, title={U}}",
    "uppercase type": "@INPROCEEDINGS{K, TITLE = {T}, YEAR = {2001}}",
    "quoted with escape": '@misc{k, title = "Schr\\"odinger {"}cat{"}"}',
    "unicode": "@misc{k, title = {Über \u00e9t\u00e9 \u2014 \U0001F600}, author = {\u674e\u96f7}}",
    "no trailing newline and crlf-free": "@misc{k,title={T},year=2020}",
    "empty": "",
    "only comments": "% nothing here\n",
    "at without brace": "@misc k, title={T}}\n@misc{j, title={U}}",
    # found by fuzz/fuzz_bibscan.py: outside braces a backslash hides the brace after it from bibtexparser
    "backslash in a bare value": "@misc{k, title = x\\} y}, year=1}\n@misc{j, title={U}}",
    "backslash in a field name": "@misc{k, ti\\= {x}, title = {T}}\n@misc{j, title={U}}",
    "backslash in a key": "@misc{k\\, title = {T}}\n@misc{j, title={U}}",
    "repeated string key": '@string{a = "A"}\n@string{a = "B"}\n@misc{k, title = a}\n@misc{k, title = {T}}',
    # a block mark inside a key (found by the generated-text test below): bibtexparser aborts the block
    "mark in a key": "@misc{@inproceedings(,}",
}


def _both(text: str) -> tuple[list[RawEntry | FailedBlock], list[RawEntry | FailedBlock]]:
    fast, slow = list(scan(text)), list(scan(text, fast=False))
    if "\\\n" in text:
        # bibtexparser does not count a newline right after a backslash (its marks skip escaped characters),
        # so its line numbers run short after one; the scanner counts every line: compare all but the lines
        fast, slow = [x._replace(line=0) for x in fast], [x._replace(line=0) for x in slow]
    return fast, slow


@pytest.mark.parametrize("name", sorted(CASES))
def test_fast_scan_equals_bibtexparser(name: str) -> None:
    fast, slow = _both(CASES[name])
    assert fast == slow


def test_fast_scan_reads_plain_entries_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    import pubnorm.sources.bibscan as bs

    def refuse(text: str, line: int):  # type: ignore[no-untyped-def]
        raise AssertionError(f"bibtexparser asked for {text!r}")
    monkeypatch.setattr(bs, "_library_blocks", refuse)
    entries = list(scan(CASES["plain"] + "\n" + CASES["quoted and bare"] + "\n" + CASES["nested braces"]))
    assert [e.key for e in entries] == ["a1", "k", "k"]
    assert entries[0].fields == [("title", "A Title"), ("author", "Doe, Jane and Roe, R."), ("year", "2024")]
    assert entries[1].fields[1] == ("month", "jan")
    assert entries[2].fields[0][1] == "{BERT}: Pre-training of {Deep {Bidirectional}} Transformers"
    assert [e.line for e in entries] == [0, 6, 8]


def test_mid_line_entries_and_fragments_are_read_without_bibtexparser(monkeypatch: pytest.MonkeyPatch) -> None:
    """Entries and fragments after another block on the same line (issue 15): a one-line .bib of 200,000
    `@a{k, t={x}} @b{` went to bibtexparser whole (17 s, 1.4 GB)."""
    import pubnorm.sources.bibscan as bs

    text = "@a{k, t={x}} @b{" * 1000
    slow = list(scan(text, fast=False))

    def refuse(text: str, line: int):  # type: ignore[no-untyped-def]
        raise AssertionError(f"bibtexparser asked for {text[:40]!r}")
    monkeypatch.setattr(bs, "_library_blocks", refuse)
    fast = list(scan(text))
    assert fast == slow
    assert sum(isinstance(x, RawEntry) for x in fast) == 1000


def test_failed_blocks_keep_their_lines() -> None:
    text = "@misc{a, title={A}}\n\n@misc{b, title = {Unclosed\n@misc{c, title={C}}\n"
    out = list(scan(text))
    assert [type(x).__name__ for x in out] == ["RawEntry", "FailedBlock", "RawEntry"]
    assert out[1].line == 2 and out[2].line == 3


_piece = st.sampled_from([
    "@misc{", "@article{", "@inproceedings(", "@comment{", "@preamble{", "k1", "k2", ",", ", ", ",\n", "}", ")", "{", "\"",
    "title", "author", "year", " = ", "=", "{T}", "{A {B} C}", "\"Q\"", "2024", "jan", " # ", "\\{", "\\}", "\\\"", "\\\\",
    "\n", "\n  ", "  ", "@", "me@x.org", "% c\n", "{\"}", "é", "}\n", "\n@misc{z, title={Z}}\n",
    "@misc{y, title={Y}} ", " @b{",
])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_piece, max_size=40).map("".join))
def test_fast_scan_equals_bibtexparser_on_generated_text(text: str) -> None:
    fast, slow = _both(text)
    assert fast == slow


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["title", "author", "note", "Year"]),
                          st.text(alphabet=st.sampled_from(list("ab {}\\\"%&,=@#\n")), max_size=12)), min_size=1, max_size=4))
def test_generated_entries(fields: list[tuple[str, str]]) -> None:
    body = ",\n".join(f"  {k} = {{{v}}}" for k, v in fields)
    text = f"@misc{{key,\n{body}\n}}\n@misc{{next, title = {{N}}}}\n"
    fast, slow = _both(text)
    assert fast == slow


_junk = st.sampled_from(["@a{", "@b(", "x", " ", "\n", "\t", "@a {", "@{", "@1{", "x @a{ ", "é", "@comment{",
                         "@preamble{", "@", "{", "(", ",", "=", "\"", "#", "%", "\\@a{", "@@a{",
                         "\n@misc{z, title={Z}}\n", "@a{k, t={x}} ", "@a{k}", " key "])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_junk, max_size=40).map("".join))
def test_block_fragments_read_as_bibtexparser_reads_them(text: str) -> None:
    """Pieces of unfinished block marks are read by the scanner itself (issue 15): the same failed blocks."""
    fast, slow = _both(text)
    assert fast == slow


@pytest.mark.parametrize("macros", ["", "@string{v = {x}}\n"])  # read by the fast scan, and by bibtexparser
def test_records_share_their_entry_type_and_field_names(db, macros: str) -> None:
    """Each record kept its own copy of its entry type and of every field name (as_written's keys): some 50 bytes
    each, for every entry of a .bib. One string of each is shared now."""
    from pubnorm.sources.bibtex import read_bibtex

    text = macros + "".join(f"@Article{{k{i}, Title = {{Paper {i}}}, journal = v, YEAR = {{2020}}}}\n" for i in range(3))
    a, b, c = read_bibtex("x.bib", text, db).publications
    assert a.entry_type == "article" and a.entry_type is b.entry_type is c.entry_type
    names = [list(p.as_written) for p in (a, b, c)]
    assert names[0] == ["title", "journal", "year"]
    assert all(x is y is z for x, y, z in zip(*names, strict=True))
