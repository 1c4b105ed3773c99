#!/usr/bin/env python3
"""BibTeX in, BibTeX out: read real .bib files, export them, and check that nothing the user wrote is lost.

usage: python bench/roundtrip.py [FILE_OR_FOLDER ...] [--json]

For every entry of every file: the key and the entry type survive, and every field survives with the same
value or a documented normalization (README "What normalization changes"), each counted by rule; fields
pubnorm adds are counted; and export -> read -> export must be byte-identical. Records are read without
merging (pubnorm's `--no-dedupe` and no merging within a file), so that entry maps to entry; how many
entries the default export would merge (their keys go to `ids`) is reported apart.
Default inputs: the .bib files of ../shared/corpus and tests/fixtures/realbib (with its fetched cache/).
Tests import `check_file` from here (tests/test_roundtrip_real.py).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pubnorm.latex import to_text, verbatim_to_text  # noqa: E402
from pubnorm.normalize import as_exported, bibtex_names, clean_names  # noqa: E402
from pubnorm.pipeline import Options, run  # noqa: E402
from pubnorm.sources.bibscan import FailedBlock, RawEntry, scan  # noqa: E402
from pubnorm.sources.bibtex import read_bibtex  # noqa: E402
from pubnorm.sources.site import SiteOptions  # noqa: E402
from pubnorm.text import clean_doi  # noqa: E402
from pubnorm.venues import VenueDB, load_venues  # noqa: E402
from pubnorm.writers.bibtex import write_bibtex  # noqa: E402

VERBATIM = {"url", "eprint", "pdf", "code", "slides", "video", "poster", "website", "project", "data", "dataset"}
NAMES = {"author", "editor"}
VENUES = {"journal", "booktitle", "howpublished"}
# fields pubnorm may add, and why (README "What normalization changes")
MAY_ADD = {"eprint": "arXiv id from an `arxiv` field", "archiveprefix": "with eprint", "key": "record without authors",
           "url": "the paper's page from `html`"}


@dataclass
class FileReport:
    """What the round trip of one file kept, changed by which rule, added and lost."""

    path: str
    entries: int = 0
    failed_blocks: int = 0
    keys_kept: int = 0
    types_kept: int = 0
    fields: int = 0
    rules: Counter[str] = field(default_factory=Counter)
    added: Counter[str] = field(default_factory=Counter)
    lost: list[str] = field(default_factory=list)
    byte_identical: bool = False
    merged_by_default: int = 0

    @property
    def ok(self) -> bool:
        return (not self.lost and self.keys_kept == self.types_kept == self.entries and self.byte_identical)


def _entries(text: str) -> tuple[list[RawEntry], int]:
    items = list(scan(text))
    return [i for i in items if isinstance(i, RawEntry)], sum(isinstance(i, FailedBlock) for i in items)


def _first(fields: list[tuple[str, str]]) -> dict[str, str]:
    """Field name (lower case) -> value: the first non-empty value of a field given twice (as pubnorm reads it)."""
    out: dict[str, str] = {}
    for k, v in fields:
        if not out.get(k.lower(), "").strip():
            out[k.lower()] = v
    return out


def _rule(name: str, vin: str, vout: str | None, entry: dict[str, str], db: VenueDB) -> str | None:
    """The documented rule under which vin became vout ("same" when unchanged), or None: the value was lost."""
    if vout is None:
        return None
    if vin == vout:
        return "same"
    if name in VERBATIM:
        return "verbatim" if verbatim_to_text(vin) == verbatim_to_text(vout) else None
    if name == "doi":
        a, b = verbatim_to_text(vin), verbatim_to_text(vout)
        return "verbatim" if clean_doi(a.removeprefix("https://doi.org/")) == clean_doi(b) or a == b else None
    if name in NAMES:
        names_in, et_al_in = bibtex_names(vin)
        names_out, et_al_out = bibtex_names(vout)
        cleaned = clean_names([as_exported(n) for n in names_in])[0]
        return "names" if ([as_exported(n) for n in names_out], et_al_out) == (cleaned, et_al_in) else None
    if as_exported(to_text(vin)) == as_exported(to_text(vout)):
        return "latex-spelling"
    if name == "month" and to_text(vin).lower() == to_text(vout).lower():
        return "month-macro"
    if name in VENUES:
        out_text = to_text(vout)
        out_match = db.match(out_text)
        for text in (to_text(vin), to_text(entry.get("abbr", ""))):
            m = db.match(text) if text else None
            if m is None or m.method != "alias" or m.venue is None:
                continue
            # the venue written under its own name; matched back, or (one word, "Neuroimage", which the matcher
            # takes for a journal only in a citation) equal to the venue's name
            if (out_match.venue is not None and out_match.venue.id == m.venue.id) or out_text == m.venue.name:
                return "venue-canonical"
    return None


def check_file(path: Path, db: VenueDB) -> FileReport:
    """The round trip of one .bib file, entry by entry and field by field."""
    rep = FileReport(str(path))
    text = path.read_text(encoding="utf-8", errors="replace")
    entries, rep.failed_blocks = _entries(text)
    rep.entries = len(entries)
    pubs = run([path], db, Options(merge_within=False, site=SiteOptions(keep_samples=True)), dedupe=False).publications
    out_text, _ = write_bibtex(pubs)
    out = _entries(out_text)[0]
    if len(out) != len(entries):
        rep.lost.append(f"{len(entries)} entries in, {len(out)} out")
        return rep
    seen: set[str] = set()
    for e, o in zip(entries, out, strict=True):  # read without merging: entry i is written as entry i
        if o.key == e.key:
            rep.keys_kept += 1
        elif e.key in seen:
            rep.keys_kept += 1  # a key given twice in the file: the later entry needs a key of its own
            rep.rules["duplicate-key"] += 1
        else:
            rep.lost.append(f"{e.key}: key -> {o.key}")
        seen.add(e.key)
        rep.types_kept += o.entry_type == e.entry_type
        if o.entry_type != e.entry_type:
            rep.lost.append(f"{e.key}: type {e.entry_type} -> {o.entry_type}")
        fin, fout = _first(e.fields), _first(o.fields)
        for name, vin in fin.items():
            rep.fields += 1
            rule = _rule(name, vin, fout.get(name), fin, db)
            if rule is None:
                rep.lost.append(f"{e.key}.{name}: {vin[:80]!r} -> {fout.get(name, '(missing)')[:80]!r}")
            else:
                rep.rules[rule] += 1
        for name in fout.keys() - fin.keys():
            rep.added[name] += 1
            if name not in MAY_ADD and name != "ids":
                rep.lost.append(f"{e.key}.{name}: added ({fout[name][:60]!r})")
    again = read_bibtex("again.bib", out_text, db).publications
    rep.byte_identical = write_bibtex(again)[0] == out_text
    rep.merged_by_default = len(pubs) - len(run([path], db, Options(site=SiteOptions(keep_samples=True))).publications)
    return rep


def default_inputs() -> list[Path]:
    """Every .bib of the shared corpus and of tests/fixtures/realbib (with its cache of fetched files)."""
    found = sorted((ROOT.parent / "shared" / "corpus").rglob("*.bib"))
    return found + sorted((ROOT / "tests" / "fixtures" / "realbib").rglob("*.bib"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("inputs", nargs="*")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    paths: list[Path] = []
    for raw in args.inputs or []:
        p = Path(raw)
        paths += sorted(p.rglob("*.bib")) if p.is_dir() else [p]
    paths = paths or default_inputs()
    db = load_venues()
    reports = [check_file(p, db) for p in paths]
    if args.json:
        print(json.dumps([r.__dict__ | {"ok": r.ok} for r in reports], indent=2, default=dict, ensure_ascii=False))
    else:
        total = Counter[str]()
        for r in reports:
            total.update(r.rules)
            print(f"{r.path}: {r.entries} entries ({r.failed_blocks} unreadable blocks), keys kept {r.keys_kept}, "
                  f"types kept {r.types_kept}, {r.fields} fields: {dict(r.rules.most_common())}; added "
                  f"{dict(r.added)}; lost {len(r.lost)}; export->read->export identical: {r.byte_identical}; "
                  f"merged by the default export: {r.merged_by_default}")
            for line in r.lost[:10]:
                print(f"    LOST {line}")
        print(f"{len(reports)} files, {sum(r.entries for r in reports)} entries, {sum(r.fields for r in reports)} fields: "
              f"{dict(total.most_common())}; lost {sum(len(r.lost) for r in reports)}; "
              f"byte-identical {sum(r.byte_identical for r in reports)}/{len(reports)}")
    return 0 if all(r.ok for r in reports) else 1


if __name__ == "__main__":
    sys.exit(main())
