"""`pubnorm check` reads rank claims in every common form, and holds venue tags (al-folio `abbr`,
acad-homepage badges) against the entry's venue."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli

from pubnorm.checks import read_rank_claims

ENTRY = "- **{title}**  \n  Alice Moreau, Bo Chen  \n  {venue}\n\n"


def _check(tmp_path: Path, venue: str, title: str = "Fast Joins over Streams") -> list[dict]:  # type: ignore[type-arg]
    page = tmp_path / "pubs.md"
    page.write_text("# Publications\n\n" + ENTRY.format(title=title, venue=venue), encoding="utf-8")
    p = run_cli("check", str(page), "--year", "2026", "-f", "json", "--select", "PN2")
    assert p.returncode in (0, 1), p.stderr
    return json.loads(p.stdout)["diagnostics"]  # type: ignore[no-any-return]


@pytest.mark.parametrize(("venue", "says"), [
    pytest.param("**ICDE 2026** [CCF B]", "ranks ICDE CCF A", id="bold-brackets"),
    pytest.param("**ICDE 2026** (CCF-B)", "ranks ICDE CCF A", id="bold-parentheses"),
    pytest.param("*IEEE ICASSP 2026*, CCF-A, 2026.", "ranks ICASSP CCF B", id="publisher-prefix-comma"),
    pytest.param("*ICASSP 2026*, CCF A", "ranks ICASSP CCF B", id="italic-comma"),
    pytest.param("*The Visual Computer*, CCF-A, 2026.", "ranks TVC CCF C", id="journal-comma"),
    pytest.param("*ICDE 2026* (CCF-B类)", "ranks ICDE CCF A", id="chinese-suffix"),
    pytest.param("**IEEE CVPR 2025**, CORE B, JCR Q1, IF 8.1", "ranks CVPR CORE A*", id="core"),
])
def test_a_wrong_rank_claim_is_found_however_it_is_written(tmp_path, venue, says):
    found = _check(tmp_path, venue)
    assert [d["code"] for d in found] == ["PN201"], found
    assert says in found[0]["message"]


@pytest.mark.parametrize("venue", [
    pytest.param("**ICDE 2026** [CCF A]", id="right-brackets"),
    pytest.param("*IEEE ICASSP 2026*, CCF-B, 2026.", id="right-comma"),
    pytest.param("*CVPR 2025*, JCR Q1, SCI Q1, IF 8.1", id="unverifiable"),
])
def test_a_right_claim_passes(tmp_path, venue):
    assert _check(tmp_path, venue) == []


def test_claim_forms_are_read():
    text = "[CCF-A] (CCF B) , CCF C类, CORE A*, JCR Q1, SCI Q2, 中科院 Q3, IF 8.1, Impact Factor: 12, CCF-ABC, SCIENCE"
    assert [c for c, _ in read_rank_claims(text)] == ["CCF A", "CCF B", "CCF C", "CORE A*", "JCR Q1", "SCI Q2",
                                                      "CAS Q3", "IF 8.1", "IF 12"]


ALFOLIO = """@inproceedings{{moreau2024fast,
  abbr={{{abbr}}},
  title={{Fast Things for Audio Models}},
  author={{Moreau, Alice and Chen, Bo}},
  booktitle={{Proceedings of the AAAI Conference on Artificial Intelligence}},
  year={{2024}}
}}
"""


@pytest.mark.parametrize(("abbr", "codes"), [("CVPR", ["PN203"]), ("AAAI", []), ("Preprint", [])])
def test_al_folio_abbr_is_a_venue_claim(tmp_path, abbr, codes):
    bib = tmp_path / "_bibliography" / "papers.bib"
    bib.parent.mkdir()
    bib.write_text(ALFOLIO.format(abbr=abbr), encoding="utf-8")
    p = run_cli("check", str(bib), "-f", "json")
    found = json.loads(p.stdout)["diagnostics"]
    assert [d["code"] for d in found] == codes, found
    assert p.returncode == (1 if codes else 0)
    if codes:
        assert found[0]["line"] == 2 and "names CVPR" in found[0]["message"] and "AAAI" in found[0]["message"]


BOX = """<div class='paper-box'><div class='paper-box-image'><div><div class="badge">{badge}</div><img src='x.png' width="100%"></div></div>
<div class='paper-box-text' markdown="1">

[{title}](https://arxiv.org/abs/2401.0000{n})

**Alice Moreau**, Bo Chen

{venue}

- A short description.
</div>
</div>

"""


def test_acad_homepage_badge_is_a_venue_claim(tmp_path):
    page = tmp_path / "about.md"
    page.write_text("# Publications\n\n" + BOX.format(badge="CVPR 2024", title="Fast Things for Vision", n=1,
                                                      venue="*AAAI 2024*")
                    + BOX.format(badge="ICML 2024", title="Slow Things for Language", n=2, venue="*ICML 2024*"),
                    encoding="utf-8")
    p = run_cli("check", str(page), "-f", "json")
    found = json.loads(p.stdout)["diagnostics"]
    assert [(d["code"], d["line"]) for d in found] == [("PN203", 3)], found
    assert p.returncode == 1 and "badge 'CVPR 2024' names CVPR" in found[0]["message"]
