#!/usr/bin/env python3
"""Compile pubnorm's BibTeX export of some inputs in every style of the matrix and report errors and warnings.

usage: python bench/compile_matrix.py [INPUT ...] [--ascii] [--keep DIR] [--json]

Styles: pdflatex + bibtex with plain, plainnat, abbrvnat and IEEEtran; pdflatex + biblatex/biber (a full
document: pdflatex, biber, pdflatex). Every document loads T1 fonts, `url` and `CJKutf8`, and typesets the
bibliography inside a `CJK*` environment (font gbsn), so Chinese and Japanese text compiles with pdflatex;
nothing is dropped. A tool that is missing is reported, and its styles skipped.

Exit status: 0 when every style compiled with no error and no warning about what was written (a warning
about data the sources do not give, such as `empty year` for a page that names no year, is reported
apart), 1 otherwise, 2 for usage errors.
Tests import `compile_bib` and `MATRIX` from here (tests/test_bibtex_tools.py).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

BIBTEX_STYLES = ("plain", "plainnat", "abbrvnat", "IEEEtran")
MATRIX = (*BIBTEX_STYLES, "biblatex")
# the packages each style needs, as Debian names them (for the messages of skipped styles)
DEBIAN = {"pdflatex": "texlive-latex-base", "bibtex": "texlive-binaries", "biber": "biber",
          "plainnat": "texlive-latex-base", "abbrvnat": "texlive-latex-base", "IEEEtran": "texlive-publishers",
          "biblatex": "texlive-bibtex-extra", "CJKutf8": "latex-cjk-chinese latex-cjk-chinese-arphic-gbsn00lp"}

_PREAMBLE = r"""\documentclass{article}
\tracinglostchars=1
\usepackage[T1]{fontenc}
\usepackage{url}
\usepackage{CJKutf8}
"""


@dataclass
class Outcome:
    """What one style gave: errors and warnings (one line each), or why it was skipped."""

    style: str
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skipped: str | None = None

    @property
    def clean(self) -> bool:
        return self.skipped is None and not self.errors and not self.warnings


def missing_tools(style: str) -> str | None:
    """Why the style cannot be compiled here (a missing program or file), or None."""
    tools = ["pdflatex", "biber" if style == "biblatex" else "bibtex"]
    for tool in tools:
        if shutil.which(tool) is None:
            return f"{tool} is not installed (apt-get install {DEBIAN.get(tool, tool)})"
    files = ["CJKutf8.sty", "url.sty"] + (["biblatex.sty"] if style == "biblatex" else [f"{style}.bst"])
    if shutil.which("kpsewhich"):
        for name in files:
            if not subprocess.run(["kpsewhich", name], capture_output=True, text=True).stdout.strip():
                pkg = DEBIAN.get(name.split(".")[0], "texlive")
                return f"{name} is not installed (apt-get install {pkg})"
    return None


def _document(style: str, bib: str) -> str:
    if style == "biblatex":
        return (_PREAMBLE + "\\usepackage[backend=biber,style=numeric]{biblatex}\n"
                f"\\addbibresource{{{bib}.bib}}\n\\begin{{document}}\n\\nocite{{*}}\n"
                "\\begin{CJK*}{UTF8}{gbsn}\n\\printbibliography\n\\end{CJK*}\n\\end{document}\n")
    natbib = "\\usepackage[numbers]{natbib}\n" if style.endswith("nat") else ""
    return (_PREAMBLE + natbib + "\\begin{document}\n\\nocite{*}\n\\begin{CJK*}{UTF8}{gbsn}\n"
            f"\\bibliographystyle{{{style}}}\n\\bibliography{{{bib}}}\n\\end{{CJK*}}\n\\end{{document}}\n")


def _run(cmd: list[str], cwd: Path, timeout: int = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout, errors="replace",
                          stdin=subprocess.DEVNULL)


_TEX_WARNING = re.compile(r"^(?:LaTeX|Package|Class) [\w-]* ?Warning: .*|^LaTeX Warning: .*|^Missing character: .*", re.M)
_TEX_ERROR = re.compile(r"^! .*", re.M)
# typographic notes, not problems with the data
_HARMLESS = re.compile(r"Overfull|Underfull|Label\(s\) may have changed|Rerun to get|Please \(re\)run Biber|"
                       r"There were undefined references|Citation .* undefined|Empty bibliography|"
                       r"Font shape .* undefined|Some font shapes were not available", re.I)


def compile_bib(bib_text: str, style: str, workdir: Path | None = None) -> Outcome:
    """Compile a document citing every entry of the .bib text with the style; its errors and warnings."""
    out = Outcome(style)
    if (why := missing_tools(style)) is not None:
        out.skipped = why
        return out
    own = workdir is None
    work = Path(tempfile.mkdtemp(prefix=f"pn-{style}-")) if workdir is None else workdir
    work.mkdir(parents=True, exist_ok=True)
    try:
        (work / "refs.bib").write_text(bib_text, encoding="utf-8")
        (work / "doc.tex").write_text(_document(style, "refs"), encoding="utf-8")
        latex = ["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "doc.tex"]
        first = _run(latex, work)
        if first.returncode != 0:
            out.errors += _tex_problems(work, errors_only=True) or [f"pdflatex exited {first.returncode}"]
            return out
        tool = _run(["biber", "doc"] if style == "biblatex" else ["bibtex", "doc"], work)
        blg = (work / "doc.blg").read_text(encoding="utf-8", errors="replace") if (work / "doc.blg").exists() else ""
        if style == "biblatex":
            out.errors += [ln for ln in blg.splitlines() if "] ERROR -" in ln]
            out.warnings += [ln.split("] ", 1)[-1] for ln in blg.splitlines() if "] WARN -" in ln]
        else:
            out.errors += [ln for ln in blg.splitlines() if re.search(r"error message|---line \d+ of file", ln)]
            out.warnings += [ln for ln in blg.splitlines() if ln.startswith("Warning--")]
        if tool.returncode not in (0, 1) or (style != "biblatex" and tool.returncode == 2):
            out.errors.append(f"{'biber' if style == 'biblatex' else 'bibtex'} exited {tool.returncode}")
        for _ in range(2):
            last = _run(latex, work)
        if last.returncode != 0:
            out.errors += _tex_problems(work, errors_only=True) or [f"pdflatex exited {last.returncode}"]
        else:
            out.warnings += _tex_problems(work, errors_only=False)
        return out
    finally:
        if own:
            shutil.rmtree(work, ignore_errors=True)


def _tex_problems(work: Path, errors_only: bool) -> list[str]:
    log = (work / "doc.log").read_text(encoding="utf-8", errors="replace") if (work / "doc.log").exists() else ""
    log = re.sub(r"\n(?=[^\n]{0,79}\n)", "\n", log)  # TeX wraps log lines at 79 characters: good enough to read
    if errors_only:
        return [m.group(0) for m in _TEX_ERROR.finditer(log)][:20]
    return [w for w in (m.group(0) for m in _TEX_WARNING.finditer(log)) if not _HARMLESS.search(w)]


_EMPTY = re.compile(r"Warning--empty (\w+) in (\S+)")


def split_warnings(warnings: list[str], bib_text: str) -> tuple[list[str], list[str]]:
    """(warnings about what was written, warnings about data the source does not give). A style warning
    `empty year in x` where entry x has no year field is missing data (a page that names no year: pubnorm
    does not invent one); every other warning counts against the export."""
    fields: dict[str, set[str]] = {}
    for m in re.finditer(r"^@\w+\{([^,\s]+),\n((?:  .*\n)*)", bib_text, re.M):
        fields[m.group(1)] = set(re.findall(r"^  (\S+) = ", m.group(2), re.M))
    ours, missing = [], []
    for w in warnings:
        m = _EMPTY.match(w)
        (missing if m and m.group(1).lower() not in fields.get(m.group(2), set()) else ours).append(w)
    return ours, missing


def export(inputs: list[str], ascii: bool) -> str:
    """pubnorm's default BibTeX export of the inputs (through the CLI, as a user runs it)."""
    cmd = [sys.executable, "-m", "pubnorm", "export", *inputs, "--format", "bib"] + (["--ascii"] if ascii else [])
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=1200)
    if p.returncode not in (0, 1):
        raise SystemExit(f"pubnorm export failed ({p.returncode}): {p.stderr.strip()[-2000:]}")
    return p.stdout


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("inputs", nargs="*", default=[str(Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "profiles")])
    ap.add_argument("--ascii", action="store_true", help="compile the --ascii export")
    ap.add_argument("--keep", help="keep the build folders under this folder")
    ap.add_argument("--json", action="store_true", help="print the outcomes as JSON")
    args = ap.parse_args(argv)
    text = export(args.inputs, args.ascii)
    entries = text.count("\n@") + text.startswith("@")
    outcomes = []
    for style in MATRIX:
        work = Path(args.keep) / style if args.keep else None
        outcomes.append(compile_bib(text, style, work))
    split = [split_warnings(o.warnings, text) for o in outcomes]
    if args.json:
        print(json.dumps({"entries": entries, "styles": [o.__dict__ | {"ours": ours, "missing_data": missing}
                                                          for o, (ours, missing) in zip(outcomes, split, strict=True)]},
                         indent=2, ensure_ascii=False))
    else:
        print(f"{entries} entries from {' '.join(args.inputs)}{' (--ascii)' if args.ascii else ''}")
        for o, (ours, missing) in zip(outcomes, split, strict=True):
            if o.skipped:
                print(f"  {o.style:<9} skipped: {o.skipped}")
                continue
            print(f"  {o.style:<9} {len(o.errors)} errors, {len(ours)} warnings about what was written, "
                  f"{len(missing)} about data the sources do not give")
            for line in o.errors[:10] + ours[:20] + missing[:5]:
                print(f"      {line}")
    return 0 if all(not o.errors and not ours for o, (ours, _) in zip(outcomes, split, strict=True) if not o.skipped) else 1


if __name__ == "__main__":
    sys.exit(main())
