#!/usr/bin/env python3
"""Leave one venue out: does a missing venue come back as unknown, or is it carried onto a sibling?

A venue string whose venue the database lacks is the commonest source of confident wrong answers on strings
no one has seen ("Transactions on X" answered with "Transactions on Y"). This takes each venue away in turn
and looks up its own names as they would be written: the name, the name with a year, the name with a
citation tail, the name with a publisher prefix, the BibTeX name, and (journals of the broad layer) the ISO-4
abbreviation. Any venue returned (not unknown, not ambiguous) is a confident wrong answer, unless it is the
same venue under another entry (a top-layer venue absorbed from the journal layer, or a track of it).

Top layer: every venue of venues.yaml except tracks (the database is rebuilt without it). Journal layer: a
sample of journals (`--journals N`, by sha1 of the id, so the same sample every run), hidden by filtering
their rows out of the layer's answers.

usage: python bench/venue_loo.py [--journals 3000] [--top-only] [-v]
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pubnorm.journals import JournalLayer, loose_key  # noqa: E402
from pubnorm.model import Venue  # noqa: E402
from pubnorm.venues import VenueDB, default_word_acronyms_path, key, load_venues  # noqa: E402


def probes(v: Venue) -> Iterator[tuple[str, str]]:
    """(shape, string) pairs a page might write for venue `v` (full names only: a bare acronym shared with
    another venue may rightly name that one)."""
    names = dict.fromkeys(n for n in (v.name, v.bibtex, *v.aliases) if n and len(n.split()) >= 2)
    for n in names:
        yield "name", n
        yield "year", f"{n} 2021"
        if v.type == "journal":
            yield "cited", f"{n}, 12(3), 45-67"
        elif not n.lower().startswith(("proc", "in ")):
            yield "proc", f"Proceedings of the 2021 {n}"
        lead = v.publisher.split()[0] if v.publisher else ""
        if lead in ("IEEE", "ACM") and not n.lower().startswith(("ieee", "acm", "proc")):
            yield "publisher", f"{lead} {n}"
    if v.type == "journal" and v.acronym and "." in v.acronym:
        yield "iso4", v.acronym


class HiddenLayer(JournalLayer):
    """The journal layer with one journal (by id) left out of every answer."""

    hidden: str = ""

    def find(self, k: str, loose: bool = False) -> list[tuple[Venue, str]]:
        return [h for h in super().find(k, loose) if h[0].id != self.hidden]

    def find_abbreviated(self, words: list[str], keep: frozenset[str] = frozenset(),
                         any_cut: frozenset[str] = frozenset()) -> list[tuple[Venue, str]]:
        return [h for h in super().find_abbreviated(words, keep, any_cut) if h[0].id != self.hidden]

    def get(self, vid: str) -> Venue | None:
        return None if vid == self.hidden else super().get(vid)


def same(db: VenueDB, got: Venue, gone: Venue) -> bool:
    """Whether `got` is the left-out venue under another entry: one of its tracks, or a journal of the other
    layer with the same name."""
    if got.id == gone.id or got.track_of == gone.id:
        return True
    if gone.type == "workshop" and got.type == "conference":
        return True  # a workshop the database lacks is its host's Workshop track (the documented reading)
    layer = db.journal_layer()
    if layer is not None and got.id.startswith("j-"):
        row = layer._con.execute("SELECT top FROM journal WHERE id = ?", (got.id,)).fetchone()
        if row and row[0] == gone.id:
            return True  # the journal of the lists that the left-out venue had absorbed
    names = {key(n) for n in (gone.name, *gone.aliases) if n}
    if key(got.name) in names or loose_key(key(got.name)) in {loose_key(n) for n in names}:
        return True
    # one journal listed under its name with and without a descriptive subtitle ("Trends in Endocrinology and
    # Metabolism: TEM"), unless the plain name heads a family of sections (Journal of Geophysical Research: ...)
    a, b = sorted((got.name, gone.name), key=len)
    plain = re.split(r"\s*[:.]\s", a)[0] if re.search(r"[:.]\s", a) else a
    if (got.type == "journal") != (gone.type == "journal") or layer is None:
        return False
    if b.startswith(plain) and re.match(r"\s*[:.,\-–(]", b[len(plain):]):
        family = any(v.name.startswith(plain + ":") for v in db.venues.values())
        return not family and not layer.has_sections(key(plain), "")
    return False


def run_top(db: VenueDB, words: list[str], verbose: bool) -> Counter[str]:
    counts: Counter[str] = Counter()
    venues = list(db.venues.values())
    for v in venues:
        if v.track_of:
            continue
        rest = [x for x in venues if x.id != v.id and x.track_of != v.id]
        sub = VenueDB.build(rest, (), words)
        sub.journals = db.journals
        _probe(sub, v, "top ", counts, verbose)
    return counts


def _probe(db: VenueDB, v, kind: str, counts: Counter[str], verbose: bool) -> None:  # type: ignore[no-untyped-def]
    """Look up the left-out venue's own names in `db`: any venue returned is a confident wrong answer."""
    for shape, s in probes(v):
        m = db.match(s)
        counts["probes"] += 1
        if m.venue is not None and m.method in ("alias", "fuzzy") and not same(db, m.venue, v):
            counts[f"wrong {shape}"] += 1
            counts["wrong"] += 1
            if verbose:
                print(f"{kind} {shape:9} {s!r} -> {m.venue.id} ({m.venue.name}) [{m.method} {m.score}]; "
                      f"left out {v.id}")


def run_journals(db: VenueDB, n: int, verbose: bool) -> Counter[str]:
    counts: Counter[str] = Counter()
    layer = db.journals
    assert layer is not None
    sample = sorted(layer, key=lambda v: hashlib.sha1(v.id.encode()).hexdigest())[:n]
    hidden = HiddenLayer(layer.path)
    db.journals = hidden
    for v in sample:
        hidden.hidden = v.id
        db._cache.clear()
        db._text_cache.clear()
        _probe(db, v, "jour", counts, verbose)
    db.journals = layer
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--journals", type=int, default=3000, help="how many journals of the broad layer to leave out")
    ap.add_argument("--top-only", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args(argv)
    db = load_venues()
    lines = default_word_acronyms_path().read_text(encoding="utf-8").split("\n")
    words = [w for w in lines if w and not w.startswith("#")]
    top = run_top(db, words, a.verbose)
    print(f"top layer: {top['probes']} probes, {top['wrong']} confident wrong "
          + ", ".join(f"{k[6:]} {c}" for k, c in sorted(top.items()) if k.startswith("wrong ")))
    if not a.top_only:
        jour = run_journals(db, a.journals, a.verbose)
        print(f"journal layer ({a.journals} journals): {jour['probes']} probes, {jour['wrong']} confident wrong "
              + ", ".join(f"{k[6:]} {c}" for k, c in sorted(jour.items()) if k.startswith("wrong ")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
