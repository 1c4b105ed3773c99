"""Venue lookups per second on a realistic mix (issue 3): repeated strings and all-distinct strings.

usage: python bench/lookups.py [--n 200000]

The mix is the labelled set in tests/fixtures/venue_strings.tsv (real homepage strings, about half of them
not venues). "Repeated" looks those strings up again and again, as a department-wide run does;
"distinct" makes every string new (a different year, award, rank tag or track each time), so every lookup
misses the cache and runs the whole parse and match.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pubnorm.venues import load_venues  # noqa: E402

SUFFIXES = ["", " (Oral)", " Spotlight", ", CCF A", " (Findings)", " [CORE A*]", " Best Paper Award", ", to appear",
            " (Highlight, Top 3%)", " | JCR Q1", " Workshop", " (Long Paper)"]


def labelled() -> list[str]:
    rows = (ROOT / "tests" / "fixtures" / "venue_strings.tsv").read_text(encoding="utf-8").splitlines()
    return [r.split("\t")[0] for r in rows if r and not r.startswith("#")]


def distinct(strings: list[str], n: int) -> list[str]:
    """n different strings: each labelled string with a year, and a suffix (award, rank tag, track, status)."""
    out: dict[str, None] = {}
    for year, suffix in itertools.product(range(1990, 2031), SUFFIXES):
        for s in strings:
            out[f"{s} {year}{suffix}"] = None
            if len(out) >= n:
                return list(out)
    return list(out)


def rate(strings: list[str], fresh_db: bool, runs: int) -> float:
    rates = []
    for _ in range(runs):
        db = load_venues()
        if not fresh_db:
            for s in strings:  # warm the cache once: "repeated" measures the steady state
                db.match(s)
        t = time.perf_counter()
        for s in strings:
            db.match(s)
        rates.append(len(strings) / (time.perf_counter() - t))
    return statistics.median(rates)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=200_000, help="lookups per run")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    base = labelled()
    t = time.perf_counter()
    load_venues()
    load_ms = (time.perf_counter() - t) * 1000
    repeated = [base[i % len(base)] for i in range(args.n)]
    fresh = distinct(base, min(args.n, 50_000))
    r_rep = rate(repeated, fresh_db=False, runs=args.runs)
    r_new = rate(fresh, fresh_db=True, runs=args.runs)
    print(f"venues.yaml load (cached): {load_ms:.1f} ms")
    print(f"repeated strings: {r_rep:>12,.0f} lookups/s  ({len(repeated):,} lookups over {len(base)} strings, median of {args.runs})")
    print(f"distinct strings: {r_new:>12,.0f} lookups/s  ({len(fresh):,} all-different strings, median of {args.runs})")
    ok = r_rep >= 200_000 and r_new >= 20_000
    print("targets (>= 200,000/s repeated, >= 20,000/s distinct):", "met" if ok else "MISSED")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
