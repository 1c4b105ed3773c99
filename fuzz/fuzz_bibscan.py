"""Differential fuzzing of the fast BibTeX scanner against bibtexparser (atheris).

usage: pip install atheris && mkdir -p fuzz/out-bib && python fuzz/fuzz_bibscan.py -max_total_time=300 fuzz/out-bib tests/fixtures
(any libFuzzer flag works; a mismatch is written as a crash-* file: turn it into a case in tests/test_bibscan.py).
An empty corpus folder (the first folder named) is first seeded with the cases of tests/test_bibscan.py.

Every input is scanned twice: by `scan` (regular expressions for plain entries, bibtexparser for the rest)
and by bibtexparser alone. The two must give the same entries and failed blocks; only line numbers may
differ, and only after a backslash that ends a line (bibtexparser does not count that line).
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

with atheris.instrument_imports():
    import bibtexparser  # noqa: F401  (instrumented too: its splitter's branches guide the fuzzer)

    from pubnorm.sources.bibscan import scan


def one_input(data: bytes) -> None:
    text = data.decode("utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n")
    fast, slow = list(scan(text)), list(scan(text, fast=False))
    if "\\\n" in text:
        fast, slow = [x._replace(line=0) for x in fast], [x._replace(line=0) for x in slow]
    if fast != slow:
        raise AssertionError(f"scanner and bibtexparser differ on {text!r}:\n{fast}\n{slow}")


def _seed(corpus: Path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from test_bibscan import CASES

    for i, (name, text) in enumerate(sorted(CASES.items())):
        (corpus / f"case-{i:02d}-{name.replace(' ', '-')}.bib").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    folders = [Path(a) for a in sys.argv[1:] if not a.startswith("-")]
    if folders and folders[0].is_dir() and not any(folders[0].iterdir()):
        _seed(folders[0])
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
