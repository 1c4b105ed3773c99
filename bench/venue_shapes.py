#!/usr/bin/env python3
"""Journals of the broad layer written as citations write them: is each found, and is a missing one left unknown?

A sample of the journal layer (by sha1 of the id, the same every run) is looked up in shapes that citation styles
and writers give a journal's name, none of them taken from a labelled set:

- citation styles: the name alone, Vancouver ("J Hydrol. 2016;25(2):123-45."), APA, IEEE, Nature, Springer,
  Elsevier, Harvard, MDPI, Brazilian ABNT ("JOURNAL OF HYDROLOGY, v. 25, p. 123-145, 2016"), HAL, a DOI after the
  citation, "Article 123", a publisher after the name ("Journal of Hydrology. Elsevier, 2016"), upper case ...;
- cut:     the journal's own ISO-4 abbreviation (three words or more) with one dotted word cut further by the
           writer, three or four letters before a consonant ("Appl." -> "App.");
- nostop:  the name without its articles and prepositions (a Latin "et" too), three words or more left
           ("Geochimica Cosmochimica Acta").

Each is counted right, ambiguous, none or WRONG (a venue returned that is not the journal). For `cut` and `nostop`
the journal is then left out of the layer (as bench/venue_loo.py does): any venue returned is a confident wrong
answer on a journal the lists lack ("hidden WRONG").

usage: python bench/venue_shapes.py [--journals 600] [-v SHAPE ...]
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from venue_loo import HiddenLayer, same  # noqa: E402

from pubnorm.model import Venue  # noqa: E402
from pubnorm.venues import VenueDB, load_venues  # noqa: E402

STYLES = {
    "name": "{n}",
    "vancouver": "{a}. 2016;25(2):123-45.",
    "vancouver-nodot": "{ad} 2016;25(2):123-45",
    "apa": "{n}, 25(2), 123–145.",
    "ieee": "{n}, vol. 25, no. 2, pp. 123-145, 2016.",
    "nature": "{a} 25, 123–145 (2016).",
    "colon": "{n} 25:123-145",
    "year": "{n} (2016)",
    "italic": "*{n}*, 25(2)",
    "doi": "{n}, 25, 123. doi:10.1000/xyz123",
    "upper": "{N} 25 (2016)",
    "springer": "{n} (2016) 25: 123–145",
    "elsevier": "{n}, Volume 25, Issue 2, 2016, Pages 123-145",
    "harvard": "{n}, 25(2), pp.123-145.",
    "in": "In: {n} 25 (2016) 123–145",
    "mdpi": "{n} 2016, 25, 123",
    "iso-cite": "{a}, 25, 123 (2016)",
    "abnt": "{N}, v. 25, p. 123-145, 2016",
    "publisher": "{n}. Elsevier, 2016",
    "publisher-br": "{n} (Elsevier)",
    "hal": "{n}, 2016, 25 (2), pp.123-145. ⟨10.1016/j.x.2016.01.002⟩",
    "article": "{n}, 25, Article 123",
    "elocator": "{n}, 25, e0123456",
    "month": "{n}, vol. 25, no. 2, Feb. 2016",
}
_DROP = {"a", "an", "the", "of", "for", "in", "on", "at", "to", "de", "des", "du", "la", "le", "der", "die", "das",
         "fur", "für", "et", "di", "del"}


def _h(s: str) -> int:
    return int(hashlib.sha1(s.encode()).hexdigest(), 16)


def cut(v: Venue) -> str | None:
    """The journal's ISO-4 abbreviation with one dotted word cut further ("Appl." -> "App."), or None."""
    words = (v.acronym or "").split()
    if "." not in (v.acronym or "") or len(words) < 3:
        return None
    h = _h(v.id)
    cands = [i for i, w in enumerate(words) if w.endswith(".") and len(w) >= 6 and w[:-1].isalpha()]
    if not cands:
        return None
    i = cands[h % len(cands)]
    w = words[i][:-1]
    ns = [n for n in (3, 4) if n < len(w) - 1 and w[n].lower() not in "aeiouy"]
    if not ns:
        return None
    words[i] = w[: ns[h % len(ns)]] + "."
    return " ".join(words)


def nostop(v: Venue) -> str | None:
    """The name without its articles and prepositions, three words or more left, or None."""
    words = v.name.split()
    if not any(w.lower() in _DROP for w in words) or not all(re.fullmatch(r"[A-Za-z\-]+", w) for w in words):
        return None
    rest = [w for w in words if w.lower() not in _DROP]
    return " ".join(rest) if len(rest) >= 3 else None


def outcome(db: VenueDB, s: str, v: Venue) -> str:
    m = db.match(s)
    if m.method == "ambiguous":
        return "ambiguous"
    if m.venue is None:
        return "none"
    return "right" if same(db, m.venue, v) else "WRONG"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--journals", type=int, default=600)
    ap.add_argument("-v", "--verbose", nargs="*", default=[], metavar="SHAPE", help="print the misses of these shapes")
    a = ap.parse_args(argv)
    db = load_venues()
    layer = db.journals
    assert layer is not None
    pool = sorted(layer, key=lambda v: hashlib.sha1(v.id.encode()).hexdigest())
    counts: Counter[tuple[str, str]] = Counter()
    styled = [v for v in pool if len(v.name.split()) >= 2 and v.acronym][: a.journals]
    for v in styled:
        abbrev = v.acronym or ""
        for shape, f in STYLES.items():
            s = f.format(n=v.name, a=abbrev.rstrip("."), ad=abbrev.replace(".", ""), N=v.name.upper())
            r = outcome(db, s, v)
            counts[(shape, r)] += 1
            if shape in a.verbose and r in ("none", "WRONG"):
                print(f"{shape:16} {r:6} {s!r}")
    made = {"cut": [], "nostop": []}  # type: dict[str, list[tuple[Venue, str]]]
    for v in pool:
        for shape, make in (("cut", cut), ("nostop", nostop)):
            if len(made[shape]) < a.journals * 4 and (text := make(v)) is not None:
                made[shape].append((v, text))
    for shape, pairs in made.items():
        for v, s in pairs:
            r = outcome(db, s, v)
            counts[(shape, r)] += 1
            if shape in a.verbose and r == "WRONG":
                print(f"{shape:16} {r:6} {s!r}")
    hidden = HiddenLayer(layer.path)
    db.journals = hidden
    for shape, pairs in made.items():
        for v, s in pairs:
            hidden.hidden = v.id
            db._cache.clear()
            db._text_cache.clear()
            m = db.match(s)
            if m.venue is not None and m.method in ("alias", "fuzzy") and not same(db, m.venue, v):
                counts[(shape, "hidden WRONG")] += 1
                if shape in a.verbose:
                    print(f"{shape:16} hidden {s!r} -> {m.venue.id}")
    db.journals = layer
    for shape in [*STYLES, *made]:
        print(f"{shape:16} " + ", ".join(f"{r} {counts[(shape, r)]}" for r in ("right", "ambiguous", "none", "WRONG"))
              + (f", hidden WRONG {counts[(shape, 'hidden WRONG')]}" if shape in made else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
