#!/usr/bin/env python3
"""Merge the collectors' manifests (bench/devset/manifest/*.tsv) into MANIFEST.tsv and split by repository.

The split is decided before any run and never by results: within each collector's fields (in order),
repositories are ordered by the SHA-1 of their name and alternate between the development half ("dev") and the
held-back test half ("test"); the alternation carries on from one field to the next, so the halves stay even.
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
    turn: dict[str, int] = {}
    for group, repos in sorted(by_field.items()):
        collector = group.split("/")[0]
        for repo in sorted(repos, key=lambda x: hashlib.sha1(x.lower().encode()).hexdigest()):
            if repo not in split:
                i = turn.get(collector, 0)
                split[repo] = "dev" if i % 2 == 0 else "test"
                turn[collector] = i + 1
    with (HERE / "MANIFEST.tsv").open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, COLUMNS, delimiter="\t", extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        for r in sorted(rows, key=lambda r: r["file"]):
            w.writerow(r | {"split": split[r["repo"]]})
    n = {s: sum(1 for r in rows if split[r["repo"]] == s) for s in ("dev", "test")}
    print(f"{len(rows)} files: {n['dev']} dev, {n['test']} test")


if __name__ == "__main__":
    main()
