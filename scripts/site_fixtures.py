"""Real homepage sites for tests/test_sites.py: copy the files listed in tests/sites/manifest.yaml at each
site's pinned commit.

Sites whose licence allows it (the templates, MIT) are committed under tests/sites/<name>/; the others (a
person's own text, no licence of the owner's) are only re-read into tests/sites/.cache/<name>/, which git
ignores, and their tests skip until this script has run:

    python scripts/site_fixtures.py                      # every uncommitted site, from GitHub at the commit
    python scripts/site_fixtures.py --mirror DIR         # from local clones: DIR/<owner>+<name>/ (a git dir)
    python scripts/site_fixtures.py --mirror DIR --list  # (maintainers) refresh each site's file list
"""

from __future__ import annotations

import argparse
import fnmatch
import subprocess
import sys
import urllib.request
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SITES = ROOT / "tests" / "sites"
TEXT = (".md", ".markdown", ".toml", ".yaml", ".yml", ".bib", ".html", ".htm")


def git_dir(mirror: Path, repo: str) -> Path:
    base = mirror / repo.replace("/", "+")
    for cand in (base / "repo" / ".git", base / "repo", base):
        if (cand / "HEAD").is_file() or (cand / "objects").is_dir():
            return cand
    raise SystemExit(f"no clone of {repo} under {mirror}")


def listing(gd: Path, commit: str, globs: list[str]) -> list[str]:
    """The text files at commit that the site's globs select."""
    out = subprocess.run(["git", "--git-dir", str(gd), "ls-tree", "-r", "-z", "--name-only", commit],
                         check=True, capture_output=True, text=True).stdout.split("\0")
    keep = [f for f in out if f.endswith(TEXT) and any(fnmatch.fnmatch(f, g) for g in globs)]
    drop = [f for f in keep if any(fnmatch.fnmatch(f, g) for g in SITE_DROP)]
    return sorted(set(keep) - set(drop))


SITE_DROP = ["*/.ipynb_checkpoints/*"]


def fetch(site: dict, dest: Path, mirror: Path | None) -> int:
    """Copy the site's files into dest; the number copied."""
    n = 0
    for rel in site["files"]:
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if mirror is not None:
            data = subprocess.run(["git", "--git-dir", str(git_dir(mirror, site["repo"])), "show",
                                   f"{site['commit']}:{rel}"], check=True, capture_output=True).stdout
        else:
            url = f"https://raw.githubusercontent.com/{site['repo']}/{site['commit']}/{rel}"
            with urllib.request.urlopen(url, timeout=60) as r:
                data = r.read()
        target.write_bytes(data)
        n += 1
    return n


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mirror", type=Path, help="folder of local clones (<owner>+<name>/) instead of GitHub")
    ap.add_argument("--list", action="store_true", help="rewrite each site's file list from the clone")
    ap.add_argument("--committed", action="store_true", help="also rewrite the committed (MIT) fixtures")
    ap.add_argument("names", nargs="*", help="only these sites")
    args = ap.parse_args()
    manifest_path = SITES / "manifest.yaml"
    manifest = yaml.safe_load(manifest_path.read_text(encoding="utf-8"))
    for site in manifest["sites"]:
        if args.names and site["name"] not in args.names:
            continue
        if args.list:
            if args.mirror is None:
                raise SystemExit("--list needs --mirror")
            site["files"] = listing(git_dir(args.mirror, site["repo"]), site["commit"], site["globs"])
        if site["committed"] and not args.committed:
            continue
        dest = SITES / site["name"] if site["committed"] else SITES / ".cache" / site["name"]
        n = fetch(site, dest, args.mirror)
        print(f"{site['name']}: {n} files -> {dest.relative_to(ROOT)}")
    if args.list:
        manifest_path.write_text(HEADER + yaml.safe_dump(manifest, sort_keys=False, allow_unicode=True, width=120),
                                 encoding="utf-8")
    return 0


HEADER = """\
# Real homepage sites tested by tests/test_sites.py, each at a pinned commit and trimmed to the files that
# matter (written by scripts/site_fixtures.py --list from the globs). committed: true sites are kept under
# tests/sites/<name>/ (their licence allows it); the others are re-read by scripts/site_fixtures.py into
# tests/sites/.cache/<name>/ and their tests skip without them. Expected records: tests/sites/<name>.expected.json.
"""

if __name__ == "__main__":
    sys.exit(main())
