"""Venue string parsing and matching against the shipped venues.yaml."""

from __future__ import annotations

from pathlib import Path

import pytest

from pubnorm.venues import VenueDBError, load_venues, parse_venue, parse_venue_file, validate

CASES = [
    ("Findings of EMNLP 2025", "findings-emnlp", 2025),
    ("EMNLP 2025 (Findings)", "findings-emnlp", 2025),
    ("EMNLP 24", "emnlp", 2024),
    ("ACL 2024-Findings", "findings-acl", 2024),
    ("Advances in Neural Information Processing Systems", "neurips", None),
    ("IEEE Transactions on Audio, Speech and Language Processing (TASLP)", "taslp", None),
    ("ECML-PKDD 2023", "ecml-pkdd", 2023),
    ("ACM MM 2025", "acm-mm", 2025),
    ("SIGKDD 2024 | CCF: A", "sigkdd", 2024),
    ("KDD 2024 (Oral &amp; Poster)", "sigkdd", 2024),
    ("Phys. Rev. Lett.", "prl", None),
    ("Pattern Recognition Letters", "patrec", None),
    ("in Proc. of ACL 2026 (Findings)", "findings-acl", 2026),
    ("IJCAI2025", "ijcai", 2025),
    ("2024 IEEE 65th Annual Symposium on Foundations of Computer Science (FOCS)", "focs", 2024),
    ("Revise and resubmit, European Economic Review", "eer", None),
    ("WWW 2026", "www", 2026),
    ("World Wide Web Journal", "www-journal", None),
]


@pytest.mark.parametrize(("text", "venue_id", "year"), CASES, ids=[c[0] for c in CASES])
def test_match_known_spellings(db, text, venue_id, year):
    m = db.match(text)
    assert m.venue is not None and m.venue.id == venue_id
    assert m.parse.year == year


@pytest.mark.parametrize("text", ["KG-Agent", "ComVint", "Blog", "project page", "Code", "TIVE", "VIM", "YuLan-Chat",
                                  "Slides", "Dataset", "GitHub", "Video"])
def test_non_venues_match_nothing(db, text):
    assert db.match(text).venue is None


def test_typo_is_a_low_confidence_fuzzy_match(db):
    m = db.match("NeuIPS 2023")
    assert m.venue is not None and m.venue.id == "neurips"
    assert m.method == "fuzzy" and m.score < 100


def test_ambiguous_acronym_is_reported_not_guessed(db):
    m = db.match("CL")
    assert m.venue is None and m.method == "ambiguous"
    assert {"computational-linguistics", "cl-computer-languages"} <= set(m.candidates)


def test_parse_splits_awards_status_ranks_and_notes():
    p = parse_venue("***CVPR 2025 (Highlight, Top 3%)***, CCF A, Corresponding Author")
    assert p.text.strip("*") == "CVPR" and p.year == 2025
    assert "Highlight" in p.awards and "Top 3%" in p.awards
    assert p.rank_claims == ("CCF A",)
    assert p.notes == ("Corresponding Author",)
    assert parse_venue("arXiv preprint arXiv:2306.04387").status == "preprint"
    assert parse_venue("Under review at ICLR 2026").status == "under review"


def test_ranks_have_editions(db):
    ijcai = db.venues["ijcai"]
    assert ijcai.rank("ccf2022") == "A" and ijcai.rank("ccf2026") == "B"
    assert db.venues["iclr"].rank("ccf2026") == "A" and db.venues["iclr"].rank("ccf2022") is None


def test_shipped_file_validates():
    from pubnorm.venues import default_venues_path

    path = default_venues_path()
    venues, problems = parse_venue_file(path)
    errors = [p for p in problems + validate(venues, str(path)) if p.severity == "error"]
    assert errors == []
    assert len(venues) > 1500


def test_overlay_adds_and_overrides(tmp_path: Path):
    overlay = tmp_path / "mine.yaml"
    overlay.write_text("venues:\n- id: lab-ws\n  acronym: LabWS\n  name: Our Lab Workshop on Things\n  type: workshop\n", encoding="utf-8")
    db = load_venues([overlay], cache_dir=tmp_path)
    assert db.match("LabWS 2024").venue.id == "lab-ws"


def test_invalid_overlay_reports_every_problem_with_lines(tmp_path: Path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("venues:\n- id: Bad Id\n  name: X\n- id: ok\n  type: planet\n  name: Y\n", encoding="utf-8")
    with pytest.raises(VenueDBError) as e:
        load_venues([bad], cache_dir=tmp_path)
    lines = sorted(p.line for p in e.value.problems)
    assert lines == [2, 4]
