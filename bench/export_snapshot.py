"""Write the JSON export of every guard input into a folder, one file per input, to diff before and after a change
that must not change any output.

usage: python bench/export_snapshot.py OUT_DIR [--extractor crf rules] [--pubnorm PATH]

The inputs: the development half of the dev set (bench/devset/MANIFEST.tsv rows with split=dev, read from
/work/devpages or $PUBNORM_DEVSET), ../shared/corpus, the pages of ../shared/seeds (*.txt) and examples/*. Each is
exported alone (`pubnorm export INPUT --format json --output -`, one process each, as a user runs it); the file
OUT_DIR/EXTRACTOR/NAME.json holds its stdout, then its exit code and stderr. Compare two runs with
`diff -r BEFORE AFTER`.
"""

from __future__ import annotations

import argparse
import csv
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def inputs() -> list[Path]:
    devdir = Path(os.environ.get("PUBNORM_DEVSET", "/work/devpages"))
    out: list[Path] = []
    with (ROOT / "bench" / "devset" / "MANIFEST.tsv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if row["split"] == "dev" and (devdir / row["file"]).exists():
                out.append(devdir / row["file"])
    corpus = SHARED / "corpus"
    if corpus.is_dir():
        out.extend(p for p in sorted(corpus.rglob("*")) if p.is_file())
    out.extend(sorted(p for p in (SHARED / "seeds").iterdir() if p.is_file()))  # the seed pages (*.txt)
    out.extend(sorted(p for p in (ROOT / "examples").iterdir()))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--extractor", nargs="*", default=["crf", "rules"])
    ap.add_argument("--pubnorm", default=str(Path(sys.executable).parent / "pubnorm"))
    args = ap.parse_args()
    paths = inputs()
    for extractor in args.extractor:
        folder = args.out / extractor
        folder.mkdir(parents=True, exist_ok=True)
        for p in paths:
            name = str(p.relative_to(p.anchor)).replace("/", "__")
            r = subprocess.run([args.pubnorm, "export", str(p), "--format", "json", "--output", "-", "--jobs", "1",
                                "--extractor", extractor], capture_output=True, cwd=ROOT)
            (folder / f"{name}.json").write_bytes(r.stdout + f"\n-- exit {r.returncode}\n".encode() + r.stderr)
    print(f"{len(paths)} inputs x {len(args.extractor)} extractors written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
