"""Coverage-guided fuzzing of the readers and the venue parser with atheris.

usage: pip install atheris && mkdir -p fuzz/out && python fuzz/fuzz_readers.py -max_total_time=600 fuzz/out tests/fixtures examples/lab/bob
(any libFuzzer flag works; crashes are written as crash-* files: turn each into a regression test)

Every input is fed to: the markdown/HTML reader, the reStructuredText and AsciiDoc readers, the front matter splitter, the BibTeX reader,
the data-file reader (YAML, JSON, TOML), a site script's literals (JavaScript, JSX), and parse_venue/VenueDB.match. Our own reported errors (InputError, diagnostics) are fine; any other
exception is a crash.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from pubnorm.sources.asciidoc import to_html as asciidoc_to_html
    from pubnorm.sources.bibtex import read_bibtex
    from pubnorm.sources.collection import split_front_matter
    from pubnorm.sources.datafile import read_data, read_script
    from pubnorm.sources.reader import InputError, decode, read_markup
    from pubnorm.sources.rst import to_html as rst_to_html
    from pubnorm.venues import load_venues, parse_venue

DB = load_venues()


def one_input(data: bytes) -> None:
    try:
        text, _ = decode("fuzz.md", data)
    except InputError:
        return
    read_markup("fuzz.md", text, DB, html=False)
    read_markup("fuzz.html", text, DB, html=True)
    read_markup("fuzz.rst", rst_to_html(text), DB, html=True)
    read_markup("fuzz.adoc", asciidoc_to_html(text), DB, html=True)
    split_front_matter("fuzz.md", text)
    read_bibtex("fuzz.bib", text, DB)
    read_script("fuzz.js", text, DB)
    for name in ("fuzz.yml", "fuzz.json", "fuzz.toml"):
        read_data(name, text, DB)
    line = text[:300]
    parse_venue(line)
    DB.match(line)


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
