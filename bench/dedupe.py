"""Dedupe benchmark (issue 4): 100,000 records with about 10% duplicates of the kinds homepages produce.

usage: python bench/dedupe.py [--n 100000] [--tidy PATH-TO-bibtex-tidy] [--out bench/out] [--runs 3]

1. The dedupe step alone, in this process: time of `dedupe.cluster` and the process's peak RSS.
2. End to end on the same entries written as one .bib: `pubnorm dedupe big.bib -o out.bib`, side by side
   with `bibtex-tidy --duplicates --merge=first` when bibtex-tidy is installed (npm install bibtex-tidy).
Both are scored against the generator's truth: duplicates found, and different papers merged (false merges).
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import shutil
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth  # noqa: E402
from measure import measured  # noqa: E402

from pubnorm.dedupe import DedupeOptions, cluster  # noqa: E402
from pubnorm.model import Publication, SourceLoc  # noqa: E402
from pubnorm.venues import load_venues  # noqa: E402


def score_clusters(groups: list[list[int]], truth: list[int]) -> dict[str, int]:
    """groups: record indexes per output paper. Found: records joined to their paper's first record;
    false: records joined to a group whose majority is another paper."""
    found = false = 0
    for g in groups:
        counts = Counter(truth[i] for i in g)
        _top, n_top = counts.most_common(1)[0]
        found += n_top - 1
        false += len(g) - n_top
    return {"found": found, "false_merges": false}


def in_process(recs: list[synth.Record]) -> dict[str, float]:
    db = load_venues()
    pubs = []
    for i, r in enumerate(recs):
        p = Publication(title=r.title, authors=list(r.authors), et_al=r.kind == "et-al", year=r.year, year_source="text",
                        venue_raw=r.venue, venue=db.match(r.venue), status="published")
        if r.arxiv:
            p.ids["arxiv"] = re.sub(r"v\d+$", "", r.arxiv)
        if r.doi:
            p.ids["doi"] = r.doi.lower()
        p.sources.append(SourceLoc("synthetic", i + 1))
        pubs.append(p)
    index = {id(p): i for i, p in enumerate(pubs)}
    t = time.perf_counter()
    clusters = cluster(pubs, DedupeOptions())
    dt = time.perf_counter() - t
    groups = [[index[id(m)] for m in c.members] for c in clusters]
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": dt, "peak_rss_mb": rss, "papers": len(clusters), **score_clusters(groups, [r.truth for r in recs])}


def _tidy_groups(output: str, n: int) -> list[list[int]]:
    """Records per output paper, from bibtex-tidy's "Entry rA has similar content to entry rB" lines."""
    parent = list(range(n))

    def root(k: int) -> int:
        while parent[k] != k:
            k = parent[k]
        return k
    for m in re.finditer(r"Entry r(\d+) has similar content to entry r(\d+)", output):
        parent[root(int(m.group(1)))] = root(int(m.group(2)))
    by_root: dict[int, list[int]] = defaultdict(list)
    for k in range(n):
        by_root[root(k)].append(k)
    return list(by_root.values())


def end_to_end(recs: list[synth.Record], out: Path, tidy: str | None, runs: int = 1) -> list[dict[str, object]]:
    """Each tool on the same .bib, `runs` times in turn (pubnorm, pubnorm --jobs 1, bibtex-tidy, then again):
    the median wall time and the largest peak memory."""
    bib = out / "big.bib"
    bib.write_text(synth.to_bib(recs), encoding="utf-8")
    truth = [r.truth for r in recs]
    line_of_key: dict[int, int] = {}
    for n, line in enumerate(bib.read_text(encoding="utf-8").splitlines(), 1):
        if m := re.match(r"@\w+\{r(\d+),", line):
            line_of_key[n] = int(m.group(1))
    # --format json: the report (printed to stdout) is what the members are counted from
    tools: dict[str, list[str]] = {
        "pubnorm dedupe big.bib -o out.bib": [sys.executable, "-m", "pubnorm", "dedupe", str(bib), "--format", "json",
                                              "-o", str(out / "out.bib")],
        "pubnorm dedupe big.bib -o out.bib -j 1": [sys.executable, "-m", "pubnorm", "dedupe", str(bib), "--format", "json",
                                                   "-o", str(out / "out1.bib"), "--jobs", "1"],
    }
    if tidy:
        tools["bibtex-tidy --duplicates --merge=first"] = [tidy, str(bib), "--duplicates", "--merge=first", "--output",
                                                            str(out / "out_tidy.bib")]
    times: dict[str, list[float]] = {name: [] for name in tools}
    peaks: dict[str, float] = {name: 0.0 for name in tools}
    last: dict[str, tuple[str, str]] = {}  # stdout, and stdout + stderr, of the last run
    for _ in range(runs):
        for name, cmd in tools.items():
            wall, rss, p = measured(cmd, ROOT)
            times[name].append(wall)
            peaks[name] = max(peaks[name], rss)
            last[name] = (p.stdout, p.stdout + "\n" + p.stderr)
    rows: list[dict[str, object]] = []
    for name in tools:
        if name.startswith("pubnorm"):
            report = json.loads(last[name][0])
            groups = [[line_of_key[m["line"]] for m in c["members"]] for c in report["clusters"]]
            papers = report["papers"]
        else:
            groups = _tidy_groups(last[name][1], len(recs))
            papers = len(groups)
        rows.append({"tool": name, "seconds": statistics.median(times[name]), "all_seconds": times[name],
                     "peak_rss_mb": peaks[name], "papers": papers, **score_clusters(groups, truth)})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--tidy", default=shutil.which("bibtex-tidy"), help="bibtex-tidy executable (default: on PATH)")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    ap.add_argument("--skip-e2e", action="store_true", help="only the in-process dedupe step")
    ap.add_argument("--runs", type=int, default=1, help="end-to-end runs of each tool (median time reported)")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    recs = synth.records(args.n)
    dups = len(recs) - len({r.truth for r in recs})
    kinds = Counter(r.kind for r in recs if r.kind != "original")
    print(f"{len(recs):,} records, {len({r.truth for r in recs}):,} papers, {dups:,} duplicates "
          f"({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))})")
    step = in_process(recs)
    print(f"dedupe step (cluster, in process): {step['seconds']:.2f} s, peak RSS {step['peak_rss_mb']:.0f} MB, "
          f"found {step['found']:,}/{dups:,} duplicates, {step['false_merges']} false merges")
    ok = step["seconds"] <= 10 and step["peak_rss_mb"] <= 2048
    if not args.skip_e2e:
        print(f"{'tool':42s} {'seconds':>8s} {'peak MB':>8s} {'papers':>8s} {'found':>14s} {'false merges':>13s}")
        for row in end_to_end(recs, args.out, args.tidy, args.runs):
            runs = " ".join(f"{t:.1f}" for t in row["all_seconds"])  # type: ignore[attr-defined]
            print(f"{row['tool']:42s} {row['seconds']:8.1f} {row['peak_rss_mb']:8.0f} {row['papers']:8,} "
                  f"{row['found']:>7,}/{dups:<6,} {row['false_merges']:13,}   runs: {runs}")
        if not args.tidy:
            print("bibtex-tidy not found: install it with `npm install bibtex-tidy` and pass --tidy node_modules/.bin/bibtex-tidy")
    print("targets (dedupe of 100k records <= 10 s and <= 2 GB):", "met" if ok else "MISSED")


if __name__ == "__main__":
    main()
