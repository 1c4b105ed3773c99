#!/usr/bin/env python3
"""A probe of confident wrong answers from the source lists, not from any labelled set.

Sources (../shared/data/venue-sources, or --sources DIR): JabRef's journal lists (full name, abbreviation) and
the ICORE 2023 conference list (title, acronym). A sample of each (by sha1 of the name, the same every run) is
looked up in shapes a page may write:

- iso4:  a journal's abbreviation (dotted as listed, and without its dots) must name that journal or nothing;
- drop:  the journal's name with one content word left out (names of three content words or more) must not
         name another journal, unless the shortened string is that other journal's own name;
- conf:  "Proceedings of the 12th <title> 2021" (and "<title> (<ACRONYM> 2021)") must name that conference or
         nothing; its title less one distinctive word must not name another, unless it is that one's own name.

A venue returned (not unknown, not ambiguous) that is not the one meant is a confident wrong answer; each is
put in one kind: plural/singular, publisher prefix, one-word name, acronym clash, abbreviation on a sibling,
fuzzy sibling, other.

- loo:   a sample of those conferences left out of the top layer in turn (--left-out N): "<title> (<ACR> 2021)"
         and "Proceedings of the 2021 <title>" must then be unknown, not another venue sharing the acronym.

usage: python bench/venue_probe.py [--journals 4000] [--conferences 1500] [--left-out 300] [-v]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pubnorm.journals import loose_key  # noqa: E402
from pubnorm.model import Venue  # noqa: E402
from pubnorm.venues import _FUZZY_STOP, _GENERIC, VenueDB, key, load_venues  # noqa: E402

SOURCES = ROOT.parent / "shared" / "data" / "venue-sources"
_HEAD = re.compile(r"\s+[:/(=]\s*|\.\s+|\s+-\s+")  # a subtitle, a publisher's note, a place
_ORD = ["1st", "2nd", "3rd"] + [f"{i}th" for i in range(4, 21)]


def _h(s: str) -> str:
    return hashlib.sha1(s.encode()).hexdigest()


def journals(src: Path) -> list[tuple[str, str]]:
    seen: dict[str, tuple[str, str]] = {}
    for f in sorted((src / "JabRef__abbrv.jabref.org").glob("journal_abbreviations_*.csv")):
        with f.open(encoding="utf-8", newline="") as fh:
            for row in csv.reader(fh):
                if len(row) >= 2 and row[0].strip() and row[1].strip():
                    seen.setdefault(key(row[0]), (row[0].strip(), row[1].strip()))
    return list(seen.values())


def conferences(src: Path) -> list[tuple[str, str]]:
    out = []
    with (src / "JabRef__jabref" / "ICORE2023.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            t, a = (row.get("Title") or "").strip(), (row.get("Acronym") or "").strip()
            if t and a and len(t.split()) >= 3:
                out.append((t, a))
    return out


def names_of(v: Venue) -> set[str]:
    return {key(n) for n in (v.name, v.bibtex, *v.aliases) if n}


def means(db: VenueDB, got: Venue, name: str, acronym: str = "") -> bool:
    """Whether `got` is the venue called `name` (or one with that acronym, for a conference)."""
    k = key(name)
    ks = names_of(got)
    if (hk := key(_HEAD.split(name)[0])) != k and hk in ks:
        return True  # the name without its subtitle or note
    if k in ks or ((lk := loose_key(k)) and lk in {loose_key(n) for n in ks}):
        return True
    if re.sub(r"^the ", "", k) in {re.sub(r"^the ", "", n) for n in ks}:
        return True
    from rapidfuzz import fuzz

    if any(fuzz.ratio(re.sub(r"^the ", "", k), re.sub(r"^the ", "", n)) >= 92 for n in ks):
        return True  # a list's variant spelling of the same name ("Turkisch", "Modeling", "Antartic")
    if got.type == "journal" and (hk := key(_HEAD.split(name)[0])) and any(
            n.startswith(hk) or hk.startswith(n) for n in ks if len(n.split()) >= 3):
        return True  # "European Physical Journal A: Hadrons and Nuclei" is The European Physical Journal A
    if acronym and key(acronym) == key(got.acronym or "") and any(fuzz.token_set_ratio(k, n) >= 80 for n in ks):
        return True  # the same acronym and much the same name (not another venue that shares the acronym)
    if got.track_of and (host := db.get(got.track_of)) is not None:
        return means(db, host, name, acronym)
    return False


def kind(s: str, got: Venue, method: str, shape: str) -> str:
    ks = names_of(got)
    sk = key(s)
    if any(re.sub(r"s\b", "", n) == re.sub(r"s\b", "", sk) for n in ks):
        return "plural/singular"
    if shape == "iso4" or shape == "iso4-nodot":
        return "abbreviation on sibling"
    if re.match(r"(?i)(ieee|acm|springer|elsevier|wiley|usenix)\b", s) and not any(
            n.startswith(sk.split()[0]) for n in ks):
        return "publisher prefix"
    acr = bool(got.acronym) and key(got.acronym or "") in sk.split()
    if len(min(ks, key=len).split()) == 1 and method == "alias" and not acr:
        return "one-word name"
    if acr or any(len(n.split()) == 1 and n in sk.split() for n in ks):
        return "acronym clash"
    if method == "fuzzy":
        return "fuzzy sibling"
    return "other " + method


def jprobes(name: str, abbrev: str) -> Iterator[tuple[str, str]]:
    if "." in abbrev and key(abbrev) != key(name):
        yield "iso4", abbrev
        nodot = re.sub(r"\.(?=\s|$)", "", abbrev)
        if len(nodot.split()) >= 2:
            yield "iso4-nodot", nodot
    head = _HEAD.split(name)[0].strip()
    words = head.split()
    content = [i for i, w in enumerate(words) if key(w) not in _FUZZY_STOP and re.search(r"[A-Za-z]{3}", w)]
    if len(content) >= 3:
        for i in content:
            # the word goes with the stop word that joined it: "A and [B] C" is "A C", "J of [B] in C" is "J of C"
            stop = _FUZZY_STOP | {"&", ","}
            left = key(words[i - 1]) if i else ""
            right = key(words[i + 1]) if i + 1 < len(words) else ""
            if left in ("and", "&") or words[i - 1].endswith(","):
                rest = words[: i - 1] + words[i + 1:]
            elif left in stop and right in stop:
                rest = words[:i] + words[i + 2:]
            else:
                rest = words[:i] + words[i + 1:]
            while rest and key(rest[0]) in _FUZZY_STOP | {"&"}:
                rest = rest[1:]
            while rest and key(rest[-1]) in _FUZZY_STOP | {"&"}:
                rest = rest[:-1]
            yield "drop", " ".join(rest)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--journals", type=int, default=4000)
    ap.add_argument("--conferences", type=int, default=1500)
    ap.add_argument("--sources", type=Path, default=SOURCES)
    ap.add_argument("--left-out", type=int, default=300, help="conferences left out of the top layer in turn")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args(argv)
    db = load_venues()
    counts: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    tries: Counter[str] = Counter()

    def check(shape: str, s: str, name: str, acronym: str = "", other_ok: bool = False) -> None:
        tries[shape] += 1
        m = db.match(s)
        if m.venue is None or m.method not in ("alias", "fuzzy"):
            counts[f"{shape} {m.method}"] += 1
            return
        if means(db, m.venue, name, acronym):
            counts[f"{shape} right"] += 1
            return
        if other_ok and key(s) in names_of(m.venue):
            counts[f"{shape} names another"] += 1
            return
        kd = kind(s, m.venue, m.method, shape)
        counts[f"{shape} WRONG"] += 1
        kinds[kd] += 1
        if a.verbose:
            print(f"{shape:10} [{kd}] {s!r} -> {m.venue.id} ({m.venue.name}) [{m.method} {m.score}]; meant {name!r}")

    js = sorted(journals(a.sources), key=lambda t: _h(t[0]))[: a.journals]
    for name, abbrev in js:
        for shape, s in jprobes(name, abbrev):
            check(shape, s, name, other_ok=shape == "drop")
    cs = sorted(conferences(a.sources), key=lambda t: _h(t[0]))[: a.conferences]
    for title, acr in cs:
        n = int(_h(title)[:2], 16) % len(_ORD)
        t = re.sub(r"^(?:the\s+)", "", title, flags=re.I)
        check("conf", f"Proceedings of the {_ORD[n]} {t} 2021", title, acr)
        check("conf-acr", f"{t} ({acr} 2021)", title, acr)
        # less one distinctive word: another conference only when the shortened name is its own name
        for _shape, s in jprobes(t, ""):
            gone = set(t.split()) - set(s.split())
            if key(s.split()[-1]) not in _GENERIC and not any(key(w) in _GENERIC for w in gone):
                check("conf-drop", s, title, other_ok=True)
    if a.left_out:
        # the conference left out of the top layer: its name with its acronym must not land on another venue that
        # shares the acronym or most of the name
        from pubnorm.venues import default_word_acronyms_path

        lines = default_word_acronyms_path().read_text(encoding="utf-8").split("\n")
        words = [w for w in lines if w and not w.startswith("#")]
        venues = list(db.venues.values())
        full = db
        for title, acr in cs[: a.left_out]:
            m = full.match(f"{title} ({acr} 2021)")
            if m.venue is None or m.venue.track_of:
                continue
            gone = m.venue.id
            db = VenueDB.build([v for v in venues if v.id != gone and v.track_of != gone], (), words)
            db.journals = full.journals
            t = re.sub(r"^(?:the\s+)", "", title, flags=re.I)
            for shape, s in (("loo-acr", f"{t} ({acr} 2021)"), ("loo-proc", f"Proceedings of the 2021 {t}")):
                tries[shape] += 1
                m = db.match(s)
                if m.venue is None or m.method not in ("alias", "fuzzy"):
                    counts[f"{shape} {m.method}"] += 1
                elif means(db, m.venue, title, acr) or (m.venue.type == "journal" and key(m.venue.name) == key(t)):
                    counts[f"{shape} same venue"] += 1
                else:
                    shared = key(acr) in {key(x) for x in (m.venue.acronym or "", *m.venue.aliases)}
                    kd = "acronym clash" if shared else kind(s, m.venue, m.method, shape)
                    counts[f"{shape} WRONG"] += 1
                    kinds[kd] += 1
                    if a.verbose:
                        print(f"{shape:10} [{kd}] {s!r} -> {m.venue.id} ({m.venue.name}) [{m.method} {m.score}]; "
                              f"left out {gone}")
        db = full
    for shape in tries:
        parts = ", ".join(f"{k.split(' ', 1)[1]} {c}" for k, c in sorted(counts.items()) if k.split(" ", 1)[0] == shape)
        print(f"{shape:10} {tries[shape]:6} probes: {parts}")
    print(f"confident wrong {sum(kinds.values())}: " + ", ".join(f"{k} {c}" for k, c in kinds.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
