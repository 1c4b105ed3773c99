#!/usr/bin/env python3
"""Merge the collectors' manifests (bench/devset/manifest/*.tsv) into MANIFEST.tsv and split by repository.

The split is decided before any run and never by results: within each field, repositories are ordered by the
SHA-1 of their name and alternate between the development half ("dev") and the held-back test half ("test").
A repository never has files in both halves.
"""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
COLUMNS = ["file", "repo", "path", "commit", "sha256", "field", "shape", "n_papers", "split", "collector"]


def main() -> None:
    rows = []
    for m in sorted((HERE / "manifest").glob("*.tsv")):
        with m.open(encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f, delimiter="\t"):
                r["collector"] = m.stem
                rows.append(r)
    by_field: dict[str, list[str]] = {}
    for r in rows:
        repos = by_field.setdefault(f"{r['collector']}/{r['field'].split('/')[0].strip()}", [])
        if r["repo"] not in repos:
            repos.append(r["repo"])
    split: dict[str, str] = {}
    for _, repos in sorted(by_field.items()):
        for i, repo in enumerate(sorted(repos, key=lambda x: hashlib.sha1(x.lower().encode()).hexdigest())):
            split.setdefault(repo, "dev" if i % 2 == 0 else "test")
    with (HERE / "MANIFEST.tsv").open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, COLUMNS, delimiter="\t", extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        for r in sorted(rows, key=lambda r: r["file"]):
            w.writerow(r | {"split": split[r["repo"]]})
    n = {s: sum(1 for r in rows if split[r["repo"]] == s) for s in ("dev", "test")}
    print(f"{len(rows)} files: {n['dev']} dev, {n['test']} test")


if __name__ == "__main__":
    main()
