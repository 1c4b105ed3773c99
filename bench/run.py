"""pubnorm benchmarks (issue 6): start-up, one-file check, and throughput on synthetic homepage corpora.

usage: python bench/run.py [--sizes 1000 10000 100000] [--runs 3] [--corpus ../shared/corpus/profiles]

Generates corpora of homepage files in the shapes real sites use (markdown publication lists, HTML pages,
`_publications/*.md` items, al-folio `.bib`), with papers shared between profiles as in a lab; times the
commands as a user runs them (median of several runs, wall clock) and reads each run's peak RSS; prints
a table, and how time grows with size (10k/1k, 100k/10k: near 10 means linear).
Also runs on ../shared/corpus when it is there. Nothing here needs the network.
"""

from __future__ import annotations

import argparse
import itertools
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
import synth  # noqa: E402
from measure import measured  # noqa: E402

PUBNORM = [sys.executable, "-m", "pubnorm"]


def _md_item(p: synth.Paper, venue: str) -> str:
    authors = ", ".join(p.authors)
    return f"- {p.title}\n\n  {authors}\n\n  *{venue}*\n\n"


def _html_item(p: synth.Paper, venue: str) -> str:
    return (f'<tr><td><a href="https://arxiv.org/abs/{p.arxiv or "2401.00001"}"><papertitle>{p.title}</papertitle></a><br>\n'
            f"{', '.join(p.authors)}<br>\n<em>{venue}</em><br>\n[<a href=\"#\">code</a>]</td></tr>\n")


def _bib_item(k: int, p: synth.Paper, venue: str) -> str:
    return (f"@inproceedings{{p{k},\n  title = {{{p.title}}},\n  author = {{{' and '.join(p.authors)}}},\n"
            f"  booktitle = {{{venue}}},\n  year = {{{p.year}}}\n}}\n\n")


def make_corpus(root: Path, n_files: int, seed: int = 11) -> None:
    """n_files homepage files; papers drawn from a shared pool so that about a third appear on several pages."""
    rng = random.Random(seed)
    pool = synth.papers(max(50, n_files * 4), seed)
    root.mkdir(parents=True, exist_ok=True)
    for i in range(n_files):
        shape = i % 4
        person = root / f"member{i:06d}"
        papers = [pool[rng.randrange(len(pool))] for _ in range(1 if shape == 2 else rng.randint(4, 10))]
        venues = [synth._venue_text(p, rng, rng.randint(0, 3)) for p in papers]
        if shape == 0:
            (person / "_pages").mkdir(parents=True)
            body = "".join(_md_item(p, v) for p, v in zip(papers, venues, strict=True))
            (person / "_pages" / "about.md").write_text(f"---\ntitle: Member {i}\n---\n\n# Publications\n\n{body}", encoding="utf-8")
        elif shape == 1:
            person.mkdir(parents=True)
            rows = "".join(_html_item(p, v) for p, v in zip(papers, venues, strict=True))
            (person / "index.html").write_text(f"<html><body><h2>Publications</h2><table>{rows}</table></body></html>",
                                               encoding="utf-8")
        elif shape == 2:
            (person / "_publications").mkdir(parents=True)
            p, v = papers[0], venues[0]
            (person / "_publications" / f"{p.year}-01-01-paper.md").write_text(
                f"---\ntitle: \"{p.title}\"\ncollection: publications\ndate: {p.year}-01-01\nvenue: '{v}'\n"
                f"citation: '{', '.join(p.authors)}. ({p.year}). {p.title}. {v}.'\n---\nAbstract.\n", encoding="utf-8")
        else:
            (person / "_bibliography").mkdir(parents=True)
            (person / "_bibliography" / "papers.bib").write_text(
                "".join(_bib_item(k, p, v) for k, (p, v) in enumerate(zip(papers, venues, strict=True))), encoding="utf-8")


def timed(cmd: list[str], runs: int) -> tuple[float, float]:
    """Median wall seconds and the largest peak RSS (MB) over several runs."""
    runs_ = [measured(cmd, ROOT) for _ in range(runs)]
    return statistics.median(r[0] for r in runs_), max(r[1] for r in runs_)


FLOOR = [sys.executable, "-c", "import typer, yaml, rapidfuzz, frontmatter, bibtexparser"]


def startup_ratios(runs: int = 15) -> list[tuple[str, float, float, float]]:
    """`pubnorm check FILE` and `pubnorm --help` against the import floor (the five dependencies' import alone),
    interleaved run by run so that a busy machine slows all three alike: (what, median s, floor median s,
    median of the per-round ratios). The goal: check FILE <= 1.8x the floor (0.3 s on the reference machine)."""
    import os

    one = ROOT / "examples" / "check-site" / "_pages" / "about.md"
    cmds = {"check FILE": [*PUBNORM, "check", str(one)], "--help": [*PUBNORM, "--help"]}
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    times: dict[str, list[float]] = {"floor": [], **{k: [] for k in cmds}}
    for i in range(runs + 1):
        for name, cmd in [("floor", FLOOR), *cmds.items()]:
            t = time.perf_counter()
            subprocess.run(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            if i:  # the first round warms the caches (bytecode, venue cache, page cache)
                times[name].append(time.perf_counter() - t)
    floor = statistics.median(times["floor"])
    return [(name, statistics.median(times[name]), floor,
             statistics.median(a / b for a, b in zip(times[name], times["floor"], strict=True))) for name in cmds]


def print_startup(runs: int) -> None:
    for name, wall, floor, ratio in startup_ratios(runs):
        goal = "  (goal <= 1.8x)" if name == "check FILE" else ""
        print(f"start-up: pubnorm {name:10s} {wall:.3f} s; import floor {floor:.3f} s; ratio {ratio:.2f}x{goal}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--extractor", default=None, help="rules or crf (default: pubnorm's default)")
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "profiles")
    ap.add_argument("--startup-only", action="store_true", help="only the start-up ratios to the import floor")
    args = ap.parse_args()
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "pubnorm")], check=False)  # as installed
    print_startup(max(args.runs, 15))
    if args.startup_only:
        return
    rows: list[tuple[str, str, float, float, str]] = []
    wall, rss = timed([*PUBNORM, "--help"], max(args.runs, 10))
    rows.append(("pubnorm --help", "-", wall, rss, "target <= 0.2 s"))
    one = ROOT / "examples" / "check-site" / "_pages" / "about.md"
    wall, rss = timed([*PUBNORM, "check", str(one)], max(args.runs, 10))
    rows.append(("pubnorm check FILE", "1 file", wall, rss, "target <= 0.3 s"))
    growth: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="pubnorm-bench-") as tmp:
        for n in args.sizes:
            corpus = Path(tmp) / f"c{n}"
            t = time.perf_counter()
            make_corpus(corpus, n)
            gen = time.perf_counter() - t
            print(f"generated {n:,} files in {gen:.1f} s", file=sys.stderr)
            for label, cmd in [
                (f"extract --jobs {args.jobs}", [*PUBNORM, "extract", str(corpus), "-f", "json", "--jobs", str(args.jobs)]),
                ("extract --jobs 1", [*PUBNORM, "extract", str(corpus), "-f", "json", "--jobs", "1"]),
                (f"export bib --jobs {args.jobs}", [*PUBNORM, "export", str(corpus), "-f", "bib", "-o", str(Path(tmp) / "o.bib"), "--jobs", str(args.jobs)]),
                (f"dedupe --jobs {args.jobs}", [*PUBNORM, "dedupe", str(corpus), "-f", "json", "--jobs", str(args.jobs)]),
                ("check (default --jobs)", [*PUBNORM, "check", str(corpus), "-f", "json"]),
            ]:
                if args.extractor:
                    cmd = [*cmd, "--extractor", args.extractor]
                wall, rss = timed(cmd, args.runs if n <= 10000 else 1)
                rows.append((label, f"{n:,} files", wall, rss, f"{n / wall:,.0f} files/s"))
                growth.setdefault(label, []).append(wall)
            shutil.rmtree(corpus)
    if args.corpus.is_dir():
        n = sum(1 for _ in args.corpus.iterdir())
        for label, cmd in [("export json (real corpus)", [*PUBNORM, "export", str(args.corpus), "-f", "json"]),
                           ("check (real corpus)", [*PUBNORM, "check", str(args.corpus)])]:
            if args.extractor:
                cmd = [*cmd, "--extractor", args.extractor]
            wall, rss = timed(cmd, args.runs)
            rows.append((label, f"{n} files", wall, rss, f"{n / wall:,.0f} files/s"))
    else:
        print(f"(no real corpus at {args.corpus}: skipped)", file=sys.stderr)
    print(f"{'what':30s} {'input':>14s} {'median s':>9s} {'peak MB':>8s}  note")
    for label, size, wall, rss, note in rows:
        print(f"{label:30s} {size:>14s} {wall:9.3f} {rss:8.0f}  {note}")
    if len(args.sizes) > 1:
        print("growth (time ratio between successive sizes; ~10 per 10x means linear):")
        for label, walls in growth.items():
            ratios = ", ".join(f"{b / a:.1f}" for a, b in itertools.pairwise(walls))
            print(f"  {label:28s} {ratios}")


if __name__ == "__main__":
    main()
