#!/usr/bin/env python3
"""Re-read the real .bib files of tests/fixtures/realbib/MANIFEST.tsv that are not kept in the repository
(licence or size) into tests/fixtures/realbib/cache/, at the pinned commits; the round-trip tests
(tests/test_roundtrip_real.py) use them when they are there and skip, saying so, when they are not.

usage: python scripts/fetch_realbib.py [--mirror DIR]

--mirror DIR: read from local git mirrors (DIR/<owner>+<name>/repo, as made by a mirroring tool) instead of
the network. Each file is checked: it must parse and hold at least one entry.
"""

from __future__ import annotations

import argparse
import csv
import subprocess
import sys
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "realbib"


def fetch(repo: str, commit: str, path: str, mirror: Path | None) -> bytes:
    """The file's bytes at the commit: from a local mirror, or from GitHub's raw file service."""
    if mirror is not None:
        git = mirror / repo.replace("/", "+") / "repo"
        return subprocess.run(["git", "-C", str(git), "show", f"{commit}:{path}"], check=True, capture_output=True).stdout
    url = f"https://raw.githubusercontent.com/{repo}/{commit}/{path}"
    with urllib.request.urlopen(url, timeout=60) as r:  # a fixed https address
        return r.read()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mirror", type=Path)
    args = ap.parse_args(argv)
    (HERE / "cache").mkdir(exist_ok=True)
    failed = 0
    with open(HERE / "MANIFEST.tsv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if row["kept"] != "cache":
                continue
            target = HERE / "cache" / row["file"]
            try:
                data = fetch(row["repo"], row["commit"], row["path"], args.mirror)
            except Exception as e:  # report every file, then the count
                print(f"{row['file']}: not fetched ({e})", file=sys.stderr)
                failed += 1
                continue
            if b"@" not in data:
                print(f"{row['file']}: no BibTeX entry in what was fetched", file=sys.stderr)
                failed += 1
                continue
            target.write_bytes(data)
            print(f"{row['file']}: {len(data):,} bytes from {row['repo']}@{row['commit'][:10]}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
