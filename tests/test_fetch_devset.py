"""scripts/fetch_devset.py: re-reading the extraction dev set's pages, and saying which are still missing."""

from __future__ import annotations

import hashlib
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("fetch_devset", ROOT / "scripts" / "fetch_devset.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_the_missing_repositories_are_listed_once_the_development_halfs_first(tmp_path: Path):
    """A new machine restores the pages in parts (a session may fetch only so many repositories): --missing lists the
    repositories still to fetch, each once, the development half's before the held-back half's; a page whose bytes
    differ from the manifest's counts as missing."""
    mod = _module()
    good = b"# Papers\n"
    (tmp_path / "a.md").write_bytes(good)
    (tmp_path / "c.md").write_bytes(b"changed")
    sha = hashlib.sha256(good).hexdigest()
    rows = [{"file": "t.md", "repo": "o/test", "split": "test", "sha256": sha},
            {"file": "a.md", "repo": "o/here", "split": "dev", "sha256": sha},
            {"file": "b.md", "repo": "o/gone", "split": "dev", "sha256": sha},
            {"file": "b2.md", "repo": "o/gone", "split": "dev", "sha256": sha},
            {"file": "c.md", "repo": "o/changed", "split": "dev", "sha256": sha}]
    assert mod.missing(rows, tmp_path) == ["o/gone", "o/changed", "o/test"]
