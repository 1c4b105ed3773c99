"""lazy_compile: a pattern compiled on first use behaves as the compiled pattern, and a check compiles only what
its page needs (start-up, README)."""

from __future__ import annotations

import copy
import pickle
import re

import pytest
from conftest import check_in_a_new_process

from pubnorm.lazyre import LazyPattern, lazy_compile


def test_nothing_is_compiled_until_first_use_and_pattern_needs_no_compiling(monkeypatch):
    compiled: list[str] = []
    real = re.compile
    monkeypatch.setattr(re, "compile", lambda p, f=0: compiled.append(p) or real(p, f))
    p = lazy_compile(r"(\d+)-(\d+)")
    assert p.pattern == r"(\d+)-(\d+)" and compiled == []
    assert p.search("pp. 12-34")
    assert compiled == [r"(\d+)-(\d+)"]
    p.sub("", "1-2"), p.findall("3-4")
    assert compiled == [r"(\d+)-(\d+)"]  # once


@pytest.mark.parametrize("call", [
    pytest.param(lambda p: p.search("Proc. ACL 2024, pp. 1-9").span(), id="search"),
    pytest.param(lambda p: p.match("acl 2024") and p.match("acl 2024").groups(), id="match"),
    pytest.param(lambda p: p.fullmatch("ACL 2024") is not None, id="fullmatch"),
    pytest.param(lambda p: p.findall("ACL 2024, EMNLP 2023"), id="findall"),
    pytest.param(lambda p: [m.group(0) for m in p.finditer("ACL 2024 / EMNLP 2023")], id="finditer"),
    pytest.param(lambda p: p.sub(r"\2 \1", "ACL 2024; EMNLP 2023"), id="sub"),
    pytest.param(lambda p: p.subn("", "ACL 2024 EMNLP 2023", count=1), id="subn"),
    pytest.param(lambda p: p.split("x ACL 2024 y"), id="split"),
    pytest.param(lambda p: (p.flags, p.groups, dict(p.groupindex)), id="attributes"),
])
def test_it_answers_as_the_compiled_pattern(call):
    source, flags = r"(?P<name>[a-z]+)\s+(\d{4})", re.I
    assert call(lazy_compile(source, flags)) == call(re.compile(source, flags))


def test_after_first_use_its_methods_are_the_compiled_patterns_own():
    p = lazy_compile(r"\d+")
    p.search("1")
    assert isinstance(p.search.__self__, re.Pattern) and p.search.__self__.pattern == r"\d+"  # type: ignore[attr-defined]


def test_unknown_attributes_and_dunder_probes_raise_without_compiling():
    p = LazyPattern(r"\d+")
    with pytest.raises(AttributeError):
        p.__deepcopy__  # noqa: B018
    assert "search" not in vars(p)
    with pytest.raises(AttributeError):
        p.no_such_method  # noqa: B018
    assert copy.deepcopy(p).search("a1").group(0) == "1"
    assert pickle.loads(pickle.dumps(lazy_compile("b+"))).search("abbc").group(0) == "bb"


def test_checking_a_markdown_page_leaves_the_patterns_of_other_inputs_uncompiled():
    """Start-up of `pubnorm check FILE`: a pattern only other inputs need (a lone surrogate in an output, an
    abbreviated publisher name running on) is not compiled for a page that has none."""
    lines = check_in_a_new_process(
        ["examples/lab/alice/_pages/about.md"],
        "import pubnorm.venues as v, pubnorm.writers as w\n"
        "print([n for n, p in [('surrogate', w._SURROGATE), ('abbreviation', v._ABBREVIATION_GOES_ON)]"
        " if 'search' in vars(p)], file=sys.stderr)")
    assert lines[-2].startswith("pubnorm check: 0 error(s)"), lines
    assert lines[-1] == "[]"
