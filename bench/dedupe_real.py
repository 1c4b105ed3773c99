"""Dedupe on real bibliographies (issue 18): BibDedupe's benchmark, scored as BibDedupe scores itself.

This script fetches nothing. Get the benchmark data (MIT, CoLRev-Environment/bib-dedupe) at the commit the
numbers refer to, into a folder of your choice:

    git clone --filter=blob:none --no-checkout https://github.com/CoLRev-Environment/bib-dedupe /tmp/bib-dedupe
    C=c66515a6537c666926b20a1b9a395632c472fb5b
    mkdir -p /tmp/bd-data
    for d in cytology_screening haematology respiratory stroke digital_work special_cases; do
      mkdir -p /tmp/bd-data/$d
      git -C /tmp/bib-dedupe show $C:data/$d/records_pre_merged.csv > /tmp/bd-data/$d/records_pre_merged.csv
      git -C /tmp/bib-dedupe show $C:data/$d/merged_record_ids.csv > /tmp/bd-data/$d/merged_record_ids.csv
    done

usage: python bench/dedupe_real.py /tmp/bd-data [--datasets a,b] [--peer] [--out bench/out/real] [--show]

For each dataset the records are written as a CSV (BibTeX column names, as in the benchmark) without their
IDs and in shuffled order (fixed seed), and `pubnorm dedupe --all -f json` is run on it. Each output
cluster keeps its first member, as BibDedupe's merge keeps the first ID of each duplicate set; the kept IDs
are scored per record exactly like `DedupeBenchmarker.compare_dedupe_id` (bib_dedupe/dedupe_benchmark.py at
that commit), and per pair (pairs of records put together, against the true pairs).

--peer runs bib-dedupe 0.11.0 (prep, block, match, cluster, merge: BibDedupe's own evaluation) on the same
shuffled rows, in its own venv:  python3 -m venv /tmp/bd-venv && /tmp/bd-venv/bin/pip install bib-dedupe==0.11.0
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import shutil
import subprocess
import sys
import time
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ("cytology_screening", "haematology", "respiratory", "special_cases")
ALL = ("cytology_screening", "haematology", "respiratory", "stroke", "digital_work", "special_cases")

PEER = r"""
import json, sys, time
import pandas as pd
from bib_dedupe.bib_dedupe import block, cluster, match, merge, prep
t = time.perf_counter()
df = pd.read_csv(sys.argv[1])
df = prep(df)
dups = cluster(match(block(df)))
merged = merge(df, duplicate_id_sets=dups)
print(json.dumps({"kept": merged["ID"].tolist(), "sets": [list(s) for s in dups], "seconds": time.perf_counter() - t}))
"""


def load(folder: Path) -> tuple[list[dict[str, str]], list[str], list[list[str]]]:
    """The records (as dicts, column order kept) and the true duplicate ID sets of one dataset."""
    with open(folder / "records_pre_merged.csv", newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        rows = list(reader)
        columns = list(reader.fieldnames or [])
    with open(folder / "merged_record_ids.csv", newline="", encoding="utf-8") as f:
        sets = [r[0].split(";") for r in list(csv.reader(f))[1:] if r]
    return rows, columns, sets


def write_shuffled(rows: list[dict[str, str]], columns: list[str], path: Path, seed: int,
                   with_ids: bool = False) -> dict[int, str]:
    """Write the rows shuffled, without the ID column (unless with_ids); return start line -> original ID."""
    order = rows[:]
    random.Random(seed).shuffle(order)
    cols = [c for c in columns if c != "ID" or with_ids]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(cols)
    line_of: dict[int, str] = {}
    line = 2
    for r in order:
        start = buf.tell()
        w.writerow([r.get(c, "") for c in cols])
        line_of[line] = r["ID"]
        line += buf.getvalue().count("\n", start)
    path.write_text(buf.getvalue(), encoding="utf-8")
    return line_of


def score_records(all_ids: list[str], kept: set[str], true_sets: list[list[str]]) -> dict[str, float]:
    """compare_dedupe_id: TP/FP/FN/TN per record, from the IDs left after merging."""
    r = {"TP": 0, "FP": 0, "FN": 0, "TN": 0}
    in_set = {i for s in true_sets for i in s}
    for i in all_ids:
        if i not in in_set:
            r["TN" if i in kept else "FP"] += 1
    for s in true_sets:
        n = sum(1 for i in s if i in kept)
        if n == 0:
            r["FP"] += 1
            r["TP"] += len(s) - 1
        else:
            r["TN"] += 1
            r["FN"] += n - 1
            r["TP"] += len(s) - n
    return {**r, "F1": _f1(r["TP"], r["FP"], r["FN"])}


def score_pairs(pred: list[list[str]], true_sets: list[list[str]]) -> dict[str, float]:
    """Pairs of records put together, against the true pairs."""
    tp_pairs = {frozenset(p) for s in true_sets for p in combinations(s, 2)}
    pr_pairs = {frozenset(p) for g in pred for p in combinations(g, 2)}
    tp, fp, fn = len(tp_pairs & pr_pairs), len(pr_pairs - tp_pairs), len(tp_pairs - pr_pairs)
    return {"TP": tp, "FP": fp, "FN": fn, "F1": _f1(tp, fp, fn)}


def _f1(tp: int, fp: int, fn: int) -> float:
    p = tp / (tp + fp) if tp + fp else 0.0
    s = tp / (tp + fn) if tp + fn else 0.0
    return 2 * p * s / (p + s) if p + s else 0.0


def run_pubnorm(csv_path: Path, line_of: dict[int, str], pubnorm: str) -> tuple[list[list[str]], float, dict]:  # type: ignore[type-arg]
    t = time.perf_counter()
    out = subprocess.run([pubnorm, "dedupe", str(csv_path), "--all", "-f", "json"], capture_output=True, text=True)
    secs = time.perf_counter() - t
    if out.returncode not in (0, 1):
        sys.exit(f"pubnorm failed ({out.returncode}): {out.stderr[-2000:]}")
    report = json.loads(out.stdout)
    groups = [[line_of[m["line"]] for m in c["members"]] for c in report["clusters"]]
    return groups, secs, report


def run_peer(rows: list[dict[str, str]], columns: list[str], work: Path, seed: int, python: str) -> tuple[list[list[str]], set[str], float]:
    path = work / "peer_input.csv"
    write_shuffled(rows, columns, path, seed, with_ids=True)
    t = time.perf_counter()
    out = subprocess.run([python, "-c", PEER, str(path)], capture_output=True, text=True)
    secs = time.perf_counter() - t
    if out.returncode != 0:
        sys.exit(f"bib-dedupe failed: {out.stderr[-3000:]}")
    res = json.loads(out.stdout.strip().splitlines()[-1])
    return res["sets"], set(res["kept"]), secs


def explain(groups: list[list[str]], true_sets: list[list[str]], rows: dict[str, dict[str, str]], report: dict,  # type: ignore[type-arg]
            line_of: dict[int, str]) -> str:
    """The false merges (with the rule and evidence pubnorm reported) and the missed duplicates."""
    truth = {i: k for k, s in enumerate(true_sets) for i in s}
    out = []
    short = ("title", "author", "year", "journal", "booktitle", "volume", "number", "pages", "doi")

    def show(i: str) -> str:
        r = rows[i]
        return f"  {i}: " + " | ".join(f"{c}={r[c][:90]}" for c in short if r.get(c))

    for c in report["clusters"]:
        ids = [line_of[m["line"]] for m in c["members"]]
        labels = {truth.get(i, i) for i in ids}
        if len(labels) > 1:
            out.append("FALSE MERGE")
            for i, m in zip(ids, c["members"], strict=True):
                out.append(show(i) + (f"\n      <- {m['rule']} {m['score']}: {m['evidence']}" if m["rule"] else ""))
    where = {i: k for k, g in enumerate(groups) for i in g}
    for s in true_sets:
        if len({where[i] for i in s}) > 1:
            out.append("MISSED")
            out.extend(show(i) for i in s)
    return "\n".join(out) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path, help="folder with <dataset>/records_pre_merged.csv + merged_record_ids.csv")
    ap.add_argument("--datasets", default=",".join(DEV), help=f"comma-separated (default: the development sets {','.join(DEV)}; 'all': all six)")
    ap.add_argument("--peer", action="store_true", help="also run bib-dedupe 0.11.0 (--peer-python)")
    ap.add_argument("--peer-python", default="/tmp/bd-venv/bin/python")
    ap.add_argument("--pubnorm", default=shutil.which("pubnorm") or str(ROOT / ".venv" / "bin" / "pubnorm"))
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "real")
    ap.add_argument("--seed", type=int, default=18)
    ap.add_argument("--show", action="store_true", help="write <out>/<dataset>.cases.txt: false merges and misses")
    args = ap.parse_args()
    names = ALL if args.datasets == "all" else tuple(args.datasets.split(","))
    args.out.mkdir(parents=True, exist_ok=True)
    head = f"{'dataset':20} {'pubnorm: TP':>11} {'FP':>4} {'FN':>4} {'F1':>6}  {'pairs TP':>8} {'FP':>4} {'FN':>4} {'F1':>6}"
    if args.peer:
        head += f"   {'bib-dedupe: TP':>14} {'FP':>4} {'FN':>4} {'F1':>6}  {'pairs F1':>8}"
    print(head + "   time (pubnorm / bib-dedupe)")
    total: dict[str, list[int]] = {"pn": [0, 0, 0], "bd": [0, 0, 0]}
    for name in names:
        rows, columns, true_sets = load(args.data / name)
        csv_path = args.out / f"{name}.csv"
        line_of = write_shuffled(rows, columns, csv_path, args.seed)
        groups, secs, report = run_pubnorm(csv_path, line_of, args.pubnorm)
        kept = {g[0] for g in groups}
        all_ids = [r["ID"] for r in rows]
        rec = score_records(all_ids, kept, true_sets)
        pairs = score_pairs(groups, true_sets)
        line = (f"{name:20} {rec['TP']:>11} {rec['FP']:>4} {rec['FN']:>4} {rec['F1']:>6.3f}  "
                f"{pairs['TP']:>8} {pairs['FP']:>4} {pairs['FN']:>4} {pairs['F1']:>6.3f}")
        for k, v in zip(("TP", "FP", "FN"), range(3), strict=True):
            total["pn"][v] += int(rec[k])
        times = f"{secs:.1f} s"
        if args.peer:
            sets, bkept, bsecs = run_peer(rows, columns, args.out, args.seed, args.peer_python)
            brec = score_records(all_ids, bkept, true_sets)
            ids = {r["ID"] for r in rows}
            in_sets = {i for s in sets for i in s}
            bpairs = score_pairs([list(s) for s in sets] + [[i] for i in ids - in_sets], true_sets)
            line += f"   {brec['TP']:>14} {brec['FP']:>4} {brec['FN']:>4} {brec['F1']:>6.3f}  {bpairs['F1']:>8.3f}"
            for k, v in zip(("TP", "FP", "FN"), range(3), strict=True):
                total["bd"][v] += int(brec[k])
            times += f" / {bsecs:.1f} s"
        print(f"{line}   {times}", flush=True)
        if args.show:
            by_id = {r["ID"]: r for r in rows}
            (args.out / f"{name}.cases.txt").write_text(explain(groups, true_sets, by_id, report, line_of), encoding="utf-8")
    tp, fp, fn = total["pn"]
    line = f"{'combined':20} {tp:>11} {fp:>4} {fn:>4} {_f1(tp, fp, fn):>6.3f}"
    if args.peer:
        tp, fp, fn = total["bd"]
        line += " " * 31 + f"   {tp:>14} {fp:>4} {fn:>4} {_f1(tp, fp, fn):>6.3f}"
    print(line)


if __name__ == "__main__":
    main()
