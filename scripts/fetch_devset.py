#!/usr/bin/env python3
"""Re-read the extraction dev set's pages from their public repositories, at the pinned commits.

The pages themselves are not in this repository (their licences are unknown); bench/devset/MANIFEST.tsv names
each one by repository, path and commit, with the SHA-256 of its bytes. This script fetches every file that is
not already in the dev pages folder (or whose bytes differ) and checks the hash.

usage: python scripts/fetch_devset.py [--dir DIR] [--mirror-root DIR] [--missing]

  --dir          where the pages go (default: $PUBNORM_DEVSET, else ~/.cache/pubnorm/devset)
  --mirror-root  read from local bare git mirrors named OWNER+REPO* under DIR (no network), e.g. the
                 snapshots a `git clone --mirror` left there
  --missing      fetch nothing: print the repositories whose pages are not in the folder yet, one a line,
                 the development half's first (what to clone or snapshot when only some can be)

Without --mirror-root each file is downloaded from GitHub's raw file host at its commit.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import os
import subprocess
import sys
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = ROOT / "bench" / "devset" / "MANIFEST.tsv"
RAW = "https://raw.githubusercontent.com/{repo}/{commit}/{path}"


def default_dir() -> Path:
    return Path(os.environ.get("PUBNORM_DEVSET") or Path.home() / ".cache" / "pubnorm" / "devset")


def rows(manifest: Path = MANIFEST) -> list[dict[str, str]]:
    with manifest.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def _from_mirror(root: Path, repo: str, commit: str, path: str) -> bytes | None:
    owner, name = repo.split("/", 1)
    for gitdir in sorted(root.glob(f"{owner}+{name}*")):
        if not gitdir.is_dir():
            continue
        for cand in [gitdir, *sorted(p.parent for p in gitdir.rglob("HEAD") if p.parent != gitdir)]:
            p = subprocess.run(["git", "--git-dir", str(cand), "show", f"{commit}:{path}"], capture_output=True)
            if p.returncode == 0:
                return p.stdout
    return None


def _download(repo: str, commit: str, path: str) -> bytes:
    url = RAW.format(repo=repo, commit=commit, path=urllib.request.quote(path))
    with urllib.request.urlopen(url, timeout=30) as r:
        return bytes(r.read())


def missing(all_rows: list[dict[str, str]], folder: Path) -> list[str]:
    """The repositories with a page not in `folder` (or whose bytes differ), each once: the development half's
    first, then the held-back half's, in the manifest's order."""
    out: dict[str, None] = {}
    for split in ("dev", "test"):
        for r in all_rows:
            dest = folder / r["file"]
            if r["split"] == split and not (dest.exists()
                                            and hashlib.sha256(dest.read_bytes()).hexdigest() == r["sha256"]):
                out.setdefault(r["repo"])
    return list(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dir", type=Path, default=None)
    ap.add_argument("--mirror-root", type=Path, default=None)
    ap.add_argument("--missing", action="store_true")
    a = ap.parse_args(argv)
    out = a.dir or default_dir()
    if a.missing:
        print("\n".join(missing(rows(), out)))
        return 0
    out.mkdir(parents=True, exist_ok=True)
    have = fetched = failed = 0
    for r in rows():
        dest = out / r["file"]
        if dest.exists() and hashlib.sha256(dest.read_bytes()).hexdigest() == r["sha256"]:
            have += 1
            continue
        try:
            data = _from_mirror(a.mirror_root, r["repo"], r["commit"], r["path"]) if a.mirror_root else None
            if data is None:
                data = _download(r["repo"], r["commit"], r["path"])
        except Exception as e:  # one unreachable file must not stop the others
            print(f"{r['file']}: not fetched: {e}", file=sys.stderr)
            failed += 1
            continue
        digest = hashlib.sha256(data).hexdigest()
        if digest != r["sha256"]:
            print(f"{r['file']}: sha256 {digest[:12]} differs from the manifest's {r['sha256'][:12]}", file=sys.stderr)
            failed += 1
            continue
        tmp = dest.with_name(dest.name + ".part")
        tmp.write_bytes(data)
        tmp.replace(dest)
        fetched += 1
    print(f"{out}: {have} already there, {fetched} fetched, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
