"""Hostile inputs within the size limits (issue 15, item 8): each must be read at 1 MB/s or more, in memory
proportional to its size.

usage: python bench/hostile_speed.py [--scale 1.0] [--only NAME ...] [--extractor rules crf] [--timeout 300]

Generates the pathological inputs of issue 15 (200,000 one-word list items; 6 MB of `x @a{ ` fragments;
a minified one-line page of 20,000 papers) and others of the same kind (deep nesting, huge tables, one huge
paragraph, many tiny entries), runs `pubnorm extract --format json` on each as a user would, and prints
the input size, wall and CPU time, MB/s (per CPU second: the machine may be busy) and peak RSS for each
extractor, start-up (an empty page's CPU time) left out. A run slower than 1 MB/s is marked SLOW; one whose
peak RSS is more than 100 MB + 40 times the input is marked MEM; either is a FAIL against the bound the README
states, the others pass; the last line counts them. `--scale` multiplies every input's size (0.1 for a quick
look). Exit 1 when a case is SLOW, MEM or fails.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parent.parent
PUBNORM = [sys.executable, "-m", "pubnorm"]
MIN_MB_S = 1.0
RSS_BASE_MB, RSS_PER_INPUT = 100.0, 40  # the interpreter, model and venue database; then per input byte


@dataclass
class Run:
    wall: float  # seconds
    cpu: float  # user + system seconds (what the run costs on a busy machine too)
    rss_mb: float  # peak resident set
    returncode: int  # -9: stopped at the timeout
    titles: int  # how many times '"title"' occurs in its output


def measure(cmd: list[str], timeout: float) -> Run:
    """Run cmd in a process group of its own (killed whole at the timeout); its own rusage from wait4."""
    with tempfile.TemporaryFile() as out:
        t = time.perf_counter()
        p = subprocess.Popen(cmd, cwd=ROOT, stdout=out, stderr=subprocess.DEVNULL, start_new_session=True)
        deadline = t + timeout
        while True:
            pid, status, usage = os.wait4(p.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                os.killpg(p.pid, signal.SIGKILL)
                pid, status, usage = os.wait4(p.pid, 0)
                break
            time.sleep(0.02)
        wall = time.perf_counter() - t
        p.returncode = os.waitstatus_to_exitcode(status)
        return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, p.returncode, _count(out, b'"title"'))


def _count(out: IO[bytes], word: bytes) -> int:
    """Occurrences of word in out, read a block at a time. The output is not held whole: a child started by fork
    reports the peak RSS of this process too (Linux keeps it across exec), so this process must stay small (a
    300,000-entry output read whole made every later run look 275 MB big)."""
    out.seek(0)
    n, tail = 0, b""
    while block := out.read(1 << 20):
        text = tail + block
        n += text.count(word)
        tail = text[-(len(word) - 1):]  # a word cut at the block's end is counted with the next block
    return n


def _paper(i: int) -> str:
    return f"<li><b>Paper number {i} on robust things</b>, A. Author, B. Author. <i>CVPR {2000 + i % 25}</i>.</li>"


def _cases(scale: float) -> dict[str, tuple[str, Callable[[], str]]]:
    def n(count: int) -> int:
        return max(1, int(count * scale))

    return {
        # the cases
        "list-items": (".md", lambda: "- x\n" * n(200_000)),
        "bib-fragments": (".bib", lambda: "x @a{ \n" * n(860_000)),
        "bib-fragments-1-line": (".bib", lambda: "x @a{ " * n(1_000_000)),
        "bib-marks-per-line": (".bib", lambda: ("x @a{ " * 10 + "\n") * n(100_000)),
        "minified-html": (".html", lambda: "<html><body><h2>Publications</h2><ul>"
                          + "".join(_paper(i) for i in range(n(20_000))) + "</ul></body></html>"),
        # others of the same kind
        "nested-lists": (".md", lambda: "".join("  " * i + "- x\n" for i in range(n(3_000)))),
        "nested-divs": (".html", lambda: "<div>x " * n(200_000) + "</div>" * n(200_000)),
        "nested-quotes": (".md", lambda: ">" * n(100_000) + " x\n"),
        "huge-table-html": (".html", lambda: "<table>" + "<tr><td>x</td><td>y</td></tr>" * n(100_000) + "</table>"),
        "huge-table-md": (".md", lambda: "| a | b |\n|---|---|\n" + "| x | y |\n" * n(200_000)),
        "wide-table-html": (".html", lambda: "<table><tr>" + "<td>x</td>" * n(200_000) + "</tr></table>"),
        "one-paragraph": (".md", lambda: "Robust parsing of noisy homepages, " * n(100_000) + "\n"),
        "one-paragraph-lines": (".md", lambda: "A. Author, B. Author. Robust Things. CVPR 2024.\n" * n(60_000)),
        "one-list-item-br": (".html", lambda: "<ul><li>" + "x, y<br>" * n(200_000) + "</li></ul>"),
        # items with a class of a paper's field and no title's: each once (a look back over them was quadratic)
        # list items of words under a papers heading: the labeller reads no field of any, and the rules are asked
        # only about an item shaped like a citation (two full stops at least), not every one
        "prose-list-items": (".md", lambda: "# Papers\n\n" + "".join(f"- Some words about item {i} here\n"
                                                                         for i in range(n(50_000)))),
        "classed-list-items": (".html", lambda: "<ul>" + '<li class="pub-info">x</li>' * n(100_000) + "</ul>"),
        "unclosed-templates": (".md", lambda: "{{ x {% y " * n(300_000)),
        "unclosed-comments": (".html", lambda: "<!-- x <script> y " * n(200_000)),
        "one-line-no-spaces": (".md", lambda: "x" * n(3_000_000) + "\n"),
        "many-papers-md": (".md", lambda: "".join(
            f"- **Paper {i} on robust things**. A. Author, B. Author. *CVPR 2024*.\n" for i in range(n(20_000)))),
        # papers whose fields are headings (markup's chains): each block read twice; a page of headings alone
        "heading-chains-md": (".md", lambda: "".join(
            f"### Paper {i} on robust things\n###### A. Author, B. Author\nCVPR '24\n\n" for i in range(n(20_000)))),
        "headings-only-md": (".md", lambda: "".join(
            f"#### Paper {i} on robust things\n##### A. Author, B. Author (2024)\n" for i in range(n(50_000)))),
        # a site's data file: each paper's line is looked for in the file (once, not line by line, for a title
        # written with escapes)
        "data-file-json": (".json", lambda: json.dumps([
            {"title": f'Paper {i} on "robust" things', "authors": "A. Author and B. Author", "year": 2024,
             "journal": "Nature"} for i in range(n(20_000))], indent=1)),
        # a script's JSX values, each left open: the text looked through for their ends is bounded by the file's size
        "jsx-unclosed": (".js", lambda: "const P = [\n" + "".join(
            f"  {{title: 'Paper {i} on robust things', info: <div><i>Journal</i> {i}\n" for i in range(n(40_000)))
            + "];\n"),
        # a LaTeX CV (sources/texpage.py): groups nested far past any page's markup; a long list of commands
        "latex-deep-groups": (".tex", lambda: "\\textbf{" * n(100_000) + "x" + "}" * n(100_000)),
        "latex-commands": (".tex", lambda: "\\begin{itemize}\n" + "".join(
            f"\\item A. Author, \\textbf{{Paper {i} on robust things}}, \\emph{{Journal}} \\cite{{k{i}}} (2024).\n"
            for i in range(n(20_000))) + "\\end{itemize}\n"),
        "tiny-bib-entries": (".bib", lambda: "".join(f"@a{{k{i},}}\n" for i in range(n(300_000)))),
        "bib-unclosed": (".bib", lambda: "@article{k,\n title = {" + "x " * n(1_000_000) + "\n"),
        "bib-mid-line-marks": (".bib", lambda: "@a{k, t={x}} @b{" * n(200_000)),
        "bib-deep-braces": (".bib", lambda: "@a{k, title = " + "{" * n(200_000) + "}" * n(200_000) + "}\n"),
        # an AsciiDoc page (sources/asciidoc.py): one paragraph of inline openers that never close (the converter reads
        # it at 1.6-2.4 MB/s; the paragraph's tokens cost the rest, as its Markdown twin's do: `*a _b [f](x) <g,h`)
        "asciidoc-unclosed": (".adoc", lambda: "*a _b `c #d +e link:x[f <<g,h " * n(60_000) + "\n"),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--only", nargs="*", default=None)
    ap.add_argument("--extractor", nargs="*", default=["rules", "crf"])
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds before a run is stopped (marked TIMEOUT)")
    args = ap.parse_args()
    bad = runs = 0
    print(f"bound (README, 'Hostile inputs'): at least {MIN_MB_S:g} MB/s per CPU second, peak RSS at most "
          f"{RSS_BASE_MB:g} MB + {RSS_PER_INPUT} MB per input MB")
    print(f"{'input':20} {'extractor':9} {'MB':>6} {'wall s':>7} {'cpu s':>7} {'MB/s':>7} {'RSS MB':>7} {'entries':>7}")
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty.md"
        empty.write_text("# Publications\n", encoding="utf-8")
        startup = {e: min(measure([*PUBNORM, "extract", "--format", "json", "--extractor", e, str(empty)], 60).cpu
                          for _ in range(3)) for e in args.extractor}
        print("start-up (cpu s): " + ", ".join(f"{e} {t:.2f}" for e, t in startup.items()))
        for name, (ext, make) in _cases(args.scale).items():
            if args.only and name not in args.only:
                continue
            path = Path(tmp) / f"{name}{ext}"
            path.write_text(make(), encoding="utf-8")  # not kept here: see _count
            mb = path.stat().st_size / 1e6
            extractors = ["rules"] if ext == ".bib" else args.extractor  # a .bib is read the same way by both
            for extractor in extractors:
                cmd = [*PUBNORM, "extract", "--format", "json", "--jobs", "1", "--extractor", extractor, str(path)]
                r = measure(cmd, args.timeout)
                entries = r.titles if r.returncode in (0, 1) else 0
                flags = []
                if r.returncode == -signal.SIGKILL:
                    flags.append("TIMEOUT")
                elif r.returncode not in (0, 1):
                    flags.append(f"EXIT {r.returncode}")
                # CPU time (the machine may be busy with other work), less the start-up every run pays
                speed = mb / max(r.cpu - startup.get(extractor, 0.0), 0.01)
                if speed < MIN_MB_S:
                    flags.append("SLOW")
                if r.rss_mb > RSS_BASE_MB + RSS_PER_INPUT * mb:
                    flags.append("MEM")
                bad += bool(flags)
                runs += 1
                print(f"{name:20} {extractor:9} {mb:6.2f} {r.wall:7.2f} {r.cpu:7.2f} {speed:7.2f} {r.rss_mb:7.0f} "
                      f"{entries:7}  {'FAIL ' + ' '.join(flags) if flags else 'pass'}", flush=True)
    print(f"{runs - bad} of {runs} runs within the bound; {bad} FAIL")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
