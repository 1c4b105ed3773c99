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
    for k in ("recall", "precision", "title", "year"):
        assert summary[k] >= 0.95, summary
    assert summary["errors"] == 0
