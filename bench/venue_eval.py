#!/usr/bin/env python3
"""Score the venue matcher on hand-labelled real venue strings (tests/fixtures/venue_strings_new/*.tsv).

Each row gives a string as written and the full name of the venue it names (`-` for a non-venue, `?` when the
labeller could not tell). The expected venue is the database entry that the labelled name itself matches
exactly (an alias or a name, either layer); a label the database does not know is "not in the database".
Figures:
  coverage   labelled venues that the database has
  right      strings whose venue is in the database, matched to that venue
  wrong      confident wrong answers: a venue returned (not unknown, not ambiguous) that is not the right one,
             including a venue returned for a string whose venue the database lacks
  nonvenue   non-venues matched to a venue (should be 0)
  statuses   (sets with a `status` column) strings whose stated status (accepted, under review, preprint, working
             paper, thesis) the parse reads

Split: `--split dev|test|all` (default all). Within each file, the repositories are ordered by the sha1 of
their name and alternate dev, test, dev, ... so that every string of a repository falls in one half. The dev
half is the one to look at while changing the matcher; the test half is scored once, at the end.

usage: python bench/venue_eval.py [-v] [--split dev|test|all] [FILE.tsv ...]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pubnorm.venues import key, load_venues  # noqa: E402

DEFAULT = sorted((ROOT / "tests" / "fixtures" / "venue_strings_new").glob("*.tsv"))


def split_of(repos: list[str]) -> dict[str, str]:
    """Return repo -> 'dev' or 'test': repositories ordered by sha1 of their name, alternating dev/test."""
    order = sorted(set(repos), key=lambda r: hashlib.sha1(r.encode("utf-8")).hexdigest())
    return {r: ("dev" if i % 2 == 0 else "test") for i, r in enumerate(order)}


def read_rows(path: Path, split: str) -> list[dict[str, str]]:
    """Return the rows of one labelled file that fall in `split` ('dev', 'test' or 'all')."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    half = split_of([r["repo"] for r in rows])
    return [r for r in rows if split == "all" or half[r["repo"]] == split]


def expected_id(db, name: str) -> str | None:  # type: ignore[no-untyped-def]
    """The venue a labelled full name is: its exact key in either layer (one venue only), else what the
    matcher finds for it by alias. The exact key comes first because the matcher's rules are for strings as
    written ("Ecology" alone needs a volume to be taken for the journal; a label is a name, not a string)."""
    k = key(name)
    ids = set(db.alias_index.get(k, ()))
    if not ids and " " not in k and (layer := db.journal_layer()) is not None:
        ids = {top or v.id for v, top in layer.find(k)}
    if len(ids) == 1:
        return str(ids.pop())
    m = db.match(name)
    if m.venue is not None and m.method == "alias":
        return str(m.venue.id)
    return None


def same(db, got, want: str) -> bool:  # type: ignore[no-untyped-def]
    if got.id == want:
        return True
    v = db.venues.get(got.id)
    return v is not None and v.track_of == want  # a track (Findings, Workshop) of the labelled venue


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", type=Path, default=DEFAULT)
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--split", choices=("dev", "test", "all"), default="all")
    ap.add_argument("--text", dest="field", action="store_false",
                    help="read each string as running text (db.match(s)), not as written in a venue's place "
                         "(the default, as `pubnorm venues lookup` and api.match_venue read it)")
    a = ap.parse_args(argv)
    db = load_venues()
    n = in_db = right = wrong = nonvenue_n = nonvenue_hit = unsure = status_n = status_right = 0
    misses: list[str] = []
    wrongs: list[str] = []
    for f in a.files:
        for r in read_rows(f, a.split):
            s, label = r["string"], r["venue"].strip()
            m = db.match(s, field=a.field)
            got = m.venue if m.method in ("alias", "fuzzy") else None
            if r.get("status"):  # the fourth set labels the status a string states apart from its venue
                status_n += 1
                said = m.parse.status or ("preprint" if got is not None and got.type == "preprint" else None)
                if said == r["status"]:  # a preprint server named alone says "preprint" (normalize.settle_status)
                    status_right += 1
                else:
                    misses.append(f"{s!r} -> status {said!r} (want {r['status']!r})")
            if label == "?":
                unsure += 1
                continue
            if label == "-":
                nonvenue_n += 1
                if got is not None:
                    nonvenue_hit += 1
                    wrongs.append(f"NONVENUE {s!r} -> {got.id}")
                continue
            n += 1
            want = expected_id(db, label)
            if want is None:
                if got is not None:
                    wrong += 1
                    wrongs.append(f"NOT-IN-DB {s!r} (label {label!r}) -> {got.id} ({got.name})")
                continue
            in_db += 1
            if got is None:
                misses.append(f"{s!r} -> {m.method} (want {want})")
            elif same(db, got, want):
                right += 1
            else:
                wrong += 1
                wrongs.append(f"WRONG {s!r} -> {got.id} ({got.name}); want {want}")
    if a.verbose:
        for x in misses:
            print("missed:", x)
        for x in wrongs:
            print("wrong :", x)
    print(f"{n} venue strings, {nonvenue_n} non-venues, {unsure} unsure (skipped)")
    print(f"coverage {in_db}/{n} = {in_db / max(n, 1):.3f}; "
          f"right {right}/{in_db} = {right / max(in_db, 1):.3f}; "
          f"confident wrong {wrong}; non-venues matched {nonvenue_hit}/{nonvenue_n}"
          + (f"; statuses read {status_right}/{status_n}" if status_n else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
