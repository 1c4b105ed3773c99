#!/usr/bin/env python3
"""Venues the database does not know, in the citation styles pages use: does the extractor read them from their place?

A page names many venues no database has (a regional journal, a workshop, a newsletter). The labeller learned
venues mostly from names the database knows, so a name it does not know must be read from where a citation puts
it. This takes the venue strings of the dev set's labels (facts in the repository, so no page is needed) that the
venue database does not know, writes each into one citation per style with a fixed title, authors and numbers,
reads it as a one-item Markdown page, and counts the citations read with that title and that venue (its year,
volume and pages aside):

  journals  APA ("Title. Venue, 24(1), 47–63."), APA with italics, Vancouver ("Title. Venue. 2020;24(1):47-63."),
            IEEE ('"Title," Venue, vol. 24, no. 1, pp. 47–63, 2020.'), Nature ("Title. Venue 24, 47–63 (2020).")
  meetings  IEEE ('"Title," in Venue, 2020, pp. 47–63.'), APA ("In *Venue* (pp. 47–63)."), ACM ("Title. In
            Venue. 47–63."), a Markdown card (bold title, authors, italic venue and year)

usage: python bench/venue_styles.py [--split dev|test] [--journals 300] [--meetings 200] [-v]

The strings are the development half's unless --split test (the held-back half: score it only at the end).
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from extract_eval import canon_venue, label_path  # noqa: E402

from pubnorm.sources.reader import read_markup  # noqa: E402
from pubnorm.venues import VenueDB, load_venues  # noqa: E402

TITLE = "A study of wind and birds in the north"
JOURNAL_STYLES = {
    "APA": "Smith, J., & Lee, K. (2020). {t}. {v}, 24(1), 47–63.",
    "APA italic": "Smith, J., & Lee, K. (2020). {t}. *{v}*, *24*(1), 47–63.",
    "Vancouver": "Smith J, Lee K. {t}. {v}. 2020;24(1):47-63.",
    "IEEE": 'J. Smith and K. Lee, "{t}," {v}, vol. 24, no. 1, pp. 47–63, 2020.',
    "Nature": "Smith, J. & Lee, K. {t}. {v} 24, 47–63 (2020).",
}
MEETING_STYLES = {
    "IEEE in": 'J. Smith and K. Lee, "{t}," in {v}, 2020, pp. 47–63.',
    "APA In": "Smith, J., & Lee, K. (2020). {t}. In *{v}* (pp. 47–63).",
    "ACM": "Jane Smith and Kim Lee. 2020. {t}. In {v}. 47–63.",
    "card": "**{t}**  \nJane Smith, Kim Lee  \n*{v}*, 2020",
}
# the fixed numbers a style writes around the venue, taken off what is read before comparing
_NUMBERS = re.compile(r"(?:[,.;]\s*)?(?:vol\. 24|no\. 1|\(?pp\. 47–63\)?|2020|24|47–63|47-63|\(1\))[.;:,]?")


def venue_strings(split: str) -> tuple[list[str], list[str]]:
    """The distinct venue strings of the split's labels, those of journal articles and of conference and workshop
    papers, without digits (a year or a number belongs to the edition, not the name)."""
    journals: set[str] = set()
    meetings: set[str] = set()
    with (ROOT / "bench" / "devset" / "MANIFEST.tsv").open(encoding="utf-8", newline="") as f:
        files = [r["file"] for r in csv.DictReader(f, delimiter="\t") if r["split"] == split]
    for name in files:
        lab = label_path(name)
        if not lab.exists():
            continue
        for p in (yaml.safe_load(lab.read_text(encoding="utf-8")) or {}).get("publications") or []:
            v = p.get("venue")
            if not isinstance(v, str) or re.search(r"\d", v) or not 3 < len(v) < 90:
                continue
            if p.get("type") in ("article", None):
                journals.add(v)
            elif p.get("type") in ("conference", "workshop") and len(v) > 8:
                meetings.add(v)
    return sorted(journals), sorted(meetings)


def unknown(strings: list[str], db: VenueDB, n: int, seed: int = 1) -> list[str]:
    """The first n of the strings, in a fixed shuffled order, that the database does not know."""
    order = list(strings)
    random.Random(seed).shuffle(order)
    return [v for v in order if db.match(v).venue is None][:n]


def read_as(db: VenueDB, style: str, venue: str) -> tuple[bool, list[tuple[str | None, str | None]]]:
    """Whether the citation of `venue` in `style` is read with the fixed title and that venue; and what was read."""
    pubs = read_markup("style.md", "- " + style.format(t=TITLE, v=venue), db).publications
    got = [(p.title, p.venue_raw) for p in pubs]
    ok = len(got) == 1 and got[0][0] == TITLE and got[0][1] is not None \
        and canon_venue(_NUMBERS.sub("", got[0][1]).strip(" .,")) == canon_venue(venue)
    return ok, got


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=("dev", "test"), default="dev")
    ap.add_argument("--journals", type=int, default=300)
    ap.add_argument("--meetings", type=int, default=200)
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args(argv)
    db = load_venues()
    journals, meetings = venue_strings(a.split)
    total_ok = total = 0
    for kind, styles, strings in (("journal", JOURNAL_STYLES, unknown(journals, db, a.journals)),
                                  ("meeting", MEETING_STYLES, unknown(meetings, db, a.meetings))):
        for name, style in styles.items():
            misses = []
            ok = 0
            for v in strings:
                right, got = read_as(db, style, v)
                ok += right
                if not right:
                    misses.append((v, got))
            total_ok += ok
            total += len(strings)
            print(f"{kind:<8} {name:<11} {ok:>4} / {len(strings):<4} {ok / max(1, len(strings)):.3f}")
            if a.verbose:
                for v, got in misses:
                    print(f"    {v!r}: {got}")
    print(f"{'all':<20} {total_ok:>4} / {total:<4} {total_ok / max(1, total):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
