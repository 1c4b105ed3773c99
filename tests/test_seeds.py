"""Acceptance figures on the seed homepages (needs the workspace's ../shared; skipped without it)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import SHARED


@pytest.mark.skipif(not (SHARED / "tools" / "score.py").exists(), reason="../shared/seeds and score.py are not in this checkout")
def test_seed_scores_meet_targets():
    cmd = f"{sys.executable} -m pubnorm"
    p = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(SHARED / "seeds" / "expected"),
                        str(SHARED / "seeds"), "--pubnorm", cmd, "--json"], capture_output=True, text=True, timeout=600)
    summary = json.loads(p.stdout.strip().splitlines()[-2])
    for k in ("recall", "precision", "title", "venue", "year"):
        assert summary[k] >= 0.95, summary
    assert summary["errors"] == 0


@pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="../shared/seeds is not in this checkout")
def test_check_finds_the_findings_contradictions_of_seed_000_and_nothing_on_seed_004(db):
    from pubnorm.checks import CheckOptions, check

    seeds = SHARED / "seeds"
    found = check(sorted(seeds.glob("000_*.txt")), db, CheckOptions(this_year=2026)).findings
    assert [d.code for d in found] == ["PN301", "PN301"]
    assert any("APT" in d.message and "Findings of ACL 2025" in d.message for d in found)
    assert any("SeaPO" in d.message and "Findings of EMNLP 2025" in d.message for d in found)
    assert check(sorted(seeds.glob("004_*.txt")), db, CheckOptions(this_year=2026)).findings == []
