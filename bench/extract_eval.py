#!/usr/bin/env python3
"""Score pubnorm's extractor against hand-made labels: the seeds, the shared corpus (counts only), and the
dev set's development half (and, with --test, its held-back test half).

usage: python bench/extract_eval.py [--pubnorm CMD] [--args "--extractor crf"]... [--test] [-v] [--only dev]

For each labelled file, runs `CMD export FILE --format json --output - ARGS` and matches its records to the
labelled papers (by arXiv id, DOI, then fuzzy title or label, as ../shared/tools/score.py does). Figures:
  found     labelled papers matched by a record (recall; optional items count neither way)
  papers    records that are a labelled paper (precision)
  title     matched records whose title equals the label's (case, punctuation and spacing ignored)
  venue     matched records naming the labelled venue (its canonical names, or the venue text as written)
  year      matched records with the labelled year (null when the page gives none)
  authors   matched records whose author surnames are the labelled ones, in order ("et al." matches any tail, a
            "..." in the list's middle any names between)
  type      matched records of a label that gives the paper's type (and is not only submitted or under review)
            whose entry type is that type's (article -> @article, conference/workshop -> @inproceedings, chapter ->
            @incollection/@inbook, book -> @book, thesis -> @phdthesis/@mastersthesis, report -> @techreport,
            preprint -> @misc/@unpublished, working-paper -> @techreport/@unpublished/@misc); a paper whose page
            names no authors may be @misc (BibTeX's other types require an author: pubnorm writes it so by design)
Several --args give one column each, side by side (e.g. today's extractor and the new one).

Inputs: the seeds and corpus from ../shared (skipped, saying so, when absent); the dev pages from
$PUBNORM_DEVSET (default ~/.cache/pubnorm/devset; `python scripts/fetch_devset.py` fills it).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import shlex
import subprocess
import sys
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, fields
from pathlib import Path

import yaml
from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEVSET = ROOT / "bench" / "devset"
FIGURES = ("found", "papers", "title", "venue", "year", "authors", "type")
# the entry types that write a labelled type
TYPES = {"article": {"article"}, "conference": {"inproceedings"}, "workshop": {"inproceedings"},
         "chapter": {"incollection", "inbook"}, "book": {"book"}, "thesis": {"phdthesis", "mastersthesis"},
         "report": {"techreport"}, "preprint": {"misc", "unpublished"},
         "working-paper": {"techreport", "unpublished", "misc"}}

_DROP = {"the", "of", "acm", "ieee", "proceedings", "conference", "on", "in", "and", "ieeeacm", "journal", "international",
         "annual", "proc", "s", "&"}
_ALIAS = {"nips": "neurips", "corr": "arxiv", "arxivpreprint": "arxiv", "preprint": "arxiv"}


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def canon_venue(v: object) -> str | None:
    if v is None:
        return None
    s = re.sub(r"[\W_]+", " ", fold(str(v)).lower()).strip()  # letters of every script ("自动化学报" is a venue)
    s = _ALIAS.get(s.replace(" ", ""), s)
    toks = sorted(t for t in s.split() if t not in _DROP and not re.fullmatch(r"(?:19|20)\d\d|\d{1,5}", t))
    return " ".join(toks) or None


def norm_title(t: object) -> str:
    return re.sub(r"[\W_]+", " ", fold(str(t or "")).lower()).strip()


def surname(name: str) -> str:
    name = re.sub(r"[*†‡§✉¹²³#^]+", "", name).strip()
    if "," in name:
        # "Van Daele, Koen" and "Koen Van Daele" name one surname's last word the same way (a particle, "Van", "de",
        # is written with the surname or the given names depending on the style)
        name = (name.split(",")[0].split() or [""])[-1]
    else:
        parts = [p for p in name.split() if not re.fullmatch(r"(?:jr|sr|ii|iii|iv)\.?", p, re.I)]
        if len(parts) > 1 and re.fullmatch(r"[A-Z]{1,3}\.?|(?:[A-Z]\.){1,3}", parts[-1]):
            parts = parts[:-1]  # "Chen SW", "El Chebib H." (Vancouver): the initials follow the surname
        name = parts[-1] if parts else name
    return re.sub(r"[\W\d_]+", "", fold(name).lower())


def authors_ok(gold: list[str], rec: dict) -> bool:
    want = [a for a in gold if a.strip().lower().rstrip(".") not in ("et al", "and others", "others")]
    tail_free = len(want) < len(gold)
    names = rec.get("authors") or []
    got = [surname(a if isinstance(a, str) else (a.get("name") or "")) for a in names]
    if any(_GAP.fullmatch(a.strip()) for a in want):
        # names left out in the list's middle ("Ko, Y. A., ... & Bliwise, D. L.", labelled "..."): the names before
        # the gap open the list, those after it close it, any number between
        k = next(i for i, a in enumerate(want) if _GAP.fullmatch(a.strip()))
        head = [surname(a) for a in want[:k]]
        tail = [surname(a) for a in want[k + 1:] if not _GAP.fullmatch(a.strip())]
        return len(got) >= len(head) + len(tail) and got[:len(head)] == head \
            and (not tail or got[len(got) - len(tail):] == tail)
    want_s = [surname(a) for a in want]
    if tail_free or rec.get("et_al"):
        n = min(len(want_s), len(got)) if rec.get("et_al") and not tail_free else len(want_s)
        return len(got) >= n > 0 and got[:n] == want_s[:n]
    return got == want_s


_GAP = re.compile(r"\.\s?\.\s?\.|…")  # a label's mark for names left out


def ids_of(r: dict) -> tuple[dict, list[str]]:
    ids = {k: str(v) for k, v in (r.get("ids") or {}).items()}
    urls = list(r.get("urls") or [])
    if r.get("url"):
        urls.append(r["url"])
    for u in urls:
        if m := re.search(r"arxiv\.org/(?:abs|pdf)/(\d{4}\.\d{4,5})", u):
            ids.setdefault("arxiv", m.group(1))
        if m := re.search(r"doi\.org/(10\.\S+)", u):
            ids.setdefault("doi", m.group(1))
    if ids.get("arxiv"):
        ids["arxiv"] = re.sub(r"v\d+$", "", ids["arxiv"])
    return ids, urls


def match(gold: dict, records: list[dict]) -> int | None:
    for key in ("arxiv", "doi"):
        if gold.get(key):
            for i, r in enumerate(records):
                if str(ids_of(r)[0].get(key) or "").lower().rstrip("/") == str(gold[key]).lower().rstrip("/"):
                    return i
    names = [n for n in (gold.get("title"), gold.get("label")) if n]
    best, best_i = 0.0, None
    for i, r in enumerate(records):
        for n in names:
            for cand in (r.get("title"), r.get("label")):
                if cand:
                    s = fuzz.token_sort_ratio(norm_title(n), norm_title(cand))
                    if s > best:
                        best, best_i = s, i
    return best_i if best >= 90 else None


def record_venue_names(r: dict) -> set[str | None]:
    v = r.get("venue")
    out: set[str | None] = set()
    if isinstance(v, dict):
        out |= {canon_venue(v.get(k)) for k in ("acronym", "id", "name") if v.get(k)}
    elif isinstance(v, str):
        out.add(canon_venue(v))
    return out or {None}


def venue_ok(g: dict, r: dict) -> bool:
    want = {canon_venue(x) for x in [g.get("venue"), *(g.get("venue_alt") or [])]}
    got = record_venue_names(r)
    if None in want:
        return got <= {None, "arxiv"}
    if want & got:
        return True
    raw = canon_venue(r.get("venue_raw"))
    return raw is not None and any(w and (w == raw or fuzz.token_set_ratio(w, raw) >= 95) for w in want)


@dataclass
class Tally:
    expected: int = 0
    found: int = 0
    extra: int = 0
    title_ok: int = 0
    title_n: int = 0
    venue_ok: int = 0
    year_ok: int = 0
    authors_ok: int = 0
    authors_n: int = 0
    type_ok: int = 0
    type_n: int = 0
    records: int = 0
    errors: int = 0
    # the papers missed, by kind: matched to a record another paper matched first (two papers read as one), or read
    # with another title (a record that is not a paper holds part of it: the title cut short or run on); the rest
    # were not read at all
    merged: int = 0
    cut: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    def add(self, o: Tally) -> None:
        for f in fields(self):
            if f.type == "int":
                setattr(self, f.name, getattr(self, f.name) + getattr(o, f.name))

    def figures(self) -> dict[str, float]:
        f = self.found
        return {"found": f / self.expected if self.expected else 1.0,
                "papers": f / (f + self.extra) if f + self.extra else (1.0 if not self.expected else 0.0),
                "title": self.title_ok / self.title_n if self.title_n else 1.0,
                "venue": self.venue_ok / f if f else 1.0,
                "year": self.year_ok / f if f else 1.0,
                "authors": self.authors_ok / self.authors_n if self.authors_n else 1.0,
                "type": self.type_ok / self.type_n if self.type_n else 1.0}


def score(exp: dict, records: list[dict]) -> Tally:
    t = Tally(records=len(records))
    used: set[int] = set()
    missed: list[tuple[dict, bool]] = []
    for g in exp.get("publications") or []:
        i = match(g, records)
        name = str(g.get("title") or g.get("label"))
        if g.get("optional"):
            if i is not None:
                used.add(i)
            continue
        t.expected += 1
        if i is None or i in used:
            t.misses.append(name + ("  [merged into another paper]" if i is not None else ""))
            missed.append((g, i is not None))
            continue
        used.add(i)
        t.found += 1
        r = records[i]
        bad = []
        if g.get("title"):
            t.title_n += 1
            if norm_title(g["title"]) == norm_title(r.get("title")):
                t.title_ok += 1
            else:
                bad.append(f"title {r.get('title')!r}")
        if venue_ok(g, r):
            t.venue_ok += 1
        else:
            v = r.get("venue") or {}
            bad.append(f"venue {g.get('venue')!r} got {v.get('acronym') or v.get('name') if isinstance(v, dict) else v!r} / {r.get('venue_raw')!r}")
        if g.get("year") == r.get("year"):
            t.year_ok += 1
        else:
            bad.append(f"year {g.get('year')} got {r.get('year')}")
        if g.get("authors"):
            t.authors_n += 1
            if authors_ok(g["authors"], r):
                t.authors_ok += 1
            else:
                bad.append(f"authors {[surname(a) for a in g['authors']][:4]} got {[surname(a) for a in (r.get('authors') or [])][:4]}")
        if g.get("type") in TYPES and g.get("status") not in ("submitted", "under review"):
            t.type_n += 1
            if r.get("entry_type") in TYPES[g["type"]] or (not g.get("authors") and r.get("entry_type") == "misc"):
                t.type_ok += 1
            else:
                bad.append(f"type {g['type']} got {r.get('entry_type')}")
        if bad:
            t.wrong.append(f"{name[:60]}: " + "; ".join(bad))
    unused = []
    for i, r in enumerate(records):
        if i not in used:
            t.extra += 1
            v = r.get("venue") or {}
            t.extras.append(f"{str(r.get('title') or r.get('label'))[:80]} | {v.get('acronym') if isinstance(v, dict) else v} {r.get('year')}")
            unused.append(_words(r.get("title") or r.get("label")))
    for g, merged in missed:
        if merged:
            t.merged += 1
        elif any(_overlap(_words(g.get("title") or g.get("label")), u) for u in unused):
            t.cut += 1
    return t


def _words(text: object) -> str:
    return " ".join(re.findall(r"\w+", str(text or "").lower()))


def _overlap(gold: str, got: str) -> bool:
    """Whether a record's title is part of a paper's, or holds its start: the paper read with another title."""
    return bool(gold and got) and (got in gold or gold[:40] in got)


def run_pubnorm(cmd: str, args: str, path: Path) -> list[dict]:
    argv = [*shlex.split(cmd), "export", str(path), "--format", "json", "--output", "-", *shlex.split(args)]
    p = subprocess.run(argv, capture_output=True, text=True, timeout=300)
    if p.returncode not in (0, 1):
        raise RuntimeError(f"exit {p.returncode}: {p.stderr.strip()[-300:]}")
    data = json.loads(p.stdout) if p.stdout.strip() else []
    return data if isinstance(data, list) else data.get("records", [])


def label_path(file: str) -> Path:
    """The labels of a dev set page (bench/devset/labels/NAME.yaml, NAME its file name without its extension)."""
    return DEVSET / "labels" / (re.sub(r"\.(?:md|markdown|html?|txt|bib|qmd)$", "", file) + ".yaml")


def labelled_sets(include_test: bool, only: set[str] | None) -> list[tuple[str, list[tuple[dict, Path]]]]:
    sets: list[tuple[str, list[tuple[dict, Path]]]] = []
    seeds = SHARED / "seeds"
    if (seeds / "expected").is_dir():
        items = [(yaml.safe_load(f.read_text()), seeds) for f in sorted((seeds / "expected").glob("*.yaml"))]
        sets.append(("seeds", [(e, d / e["file"]) for e, d in items]))
    else:
        print(f"seeds: skipped ({seeds} is absent: it exists only in the project workspace)", file=sys.stderr)
    pages = Path(os.environ.get("PUBNORM_DEVSET") or Path.home() / ".cache" / "pubnorm" / "devset")
    manifest = DEVSET / "MANIFEST.tsv"
    if manifest.exists():
        with manifest.open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f, delimiter="\t"))
        for split in ("dev", "test"):
            if split == "test" and not include_test:
                continue
            chosen = []
            for r in rows:
                if r["split"] != split:
                    continue
                label = label_path(r["file"])
                chosen.append((yaml.safe_load(label.read_text(encoding="utf-8")), pages / r["file"]))
            missing = [p for _, p in chosen if not p.exists()]
            if missing:
                print(f"{split}: {len(missing)} of {len(chosen)} pages are not in {pages} "
                      f"(run scripts/fetch_devset.py); scored without them", file=sys.stderr)
            sets.append((split, [(e, p) for e, p in chosen if p.exists()]))
    if only:
        sets = [s for s in sets if s[0] in only]
    return sets


def corpus_counts(cmd: str, args: str) -> str | None:
    profiles = SHARED / "corpus" / "profiles"
    if not profiles.is_dir():
        print(f"corpus: skipped ({profiles} is absent)", file=sys.stderr)
        return None
    recs = run_pubnorm(cmd, args, profiles)
    return f"{len(list(profiles.iterdir()))} files, {len(recs)} records"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pubnorm", default=str(Path(sys.executable).parent / "pubnorm"))
    ap.add_argument("--args", action="append", default=None, help="extra export options; repeat for side-by-side columns")
    ap.add_argument("--test", action="store_true", help="also score the held-back test half (only at the end)")
    ap.add_argument("--only", action="append", help="seeds, dev, test, corpus")
    ap.add_argument("--files", type=Path, help="score only the pages named in this file (one name a line)")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--json", type=Path, help="write the figures here")
    a = ap.parse_args(argv)
    variants = a.args or [""]
    only = set(a.only) if a.only else None
    sets = labelled_sets(a.test or bool(only and "test" in only), only)
    if a.files:
        names = set(a.files.read_text(encoding="utf-8").splitlines()) - {""}
        sets = [(n, [it for it in items if it[1].name in names]) for n, items in sets]
    results: dict[str, dict[str, dict[str, float]]] = {}
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for name, items in sets:
            totals = []
            for args in variants:
                def one(item: tuple[dict, Path], args: str = args) -> Tally:
                    exp, path = item
                    try:
                        return score(exp, run_pubnorm(a.pubnorm, args, path))
                    except Exception as e:  # a crash on one page counts as nothing found there
                        t = score(exp, [])
                        t.errors = 1
                        t.misses.insert(0, f"ERROR {e}")
                        return t
                tallies = list(pool.map(one, items))
                total = Tally()
                for (_, path), t in zip(items, tallies, strict=True):
                    total.add(t)
                    if a.verbose:
                        f = t.figures()
                        print(f"[{name}{' ' + args if args else ''}] {path.name}: found {t.found}/{t.expected} extra {t.extra} "
                              + " ".join(f"{k} {f[k]:.2f}" for k in FIGURES[2:]))
                        for m in t.misses:
                            print("    missed:", m)
                        for x in t.extras:
                            print("    extra :", x)
                        for w in t.wrong:
                            print("    wrong :", w)
                totals.append(total)
            results[name] = {args or "default": t.figures() | {"papers_n": t.expected, "records": t.records, "files": len(items),
                                                              "errors": t.errors, "missed_merged": t.merged,
                                                              "missed_other_title": t.cut,
                                                              "missed_unread": t.expected - t.found - t.merged - t.cut}
                             for args, t in zip(variants, totals, strict=True)}
    if not only or "corpus" in only:
        for args in variants:
            c = corpus_counts(a.pubnorm, args)
            if c:
                print(f"corpus{' [' + args + ']' if args else ''}: {c}")
    head = f"{'set':<6} {'variant':<22} {'files':>5} {'papers':>6} {'records':>7} " + " ".join(f"{k:>7}" for k in FIGURES) + "  errors"
    print(head)
    for name, by_variant in results.items():
        for variant, f in by_variant.items():
            print(f"{name:<6} {variant[:22]:<22} {f['files']:>5} {f['papers_n']:>6} {f['records']:>7} "
                  + " ".join(f"{f[k]:>7.3f}" for k in FIGURES) + f"  {f['errors']}")
    for name, by_variant in results.items():
        for variant, f in by_variant.items():
            print(f"{name} {variant}: papers missed {f['missed_merged']} read as one with another paper, "
                  f"{f['missed_other_title']} read with another title (a record that is not a paper holds part of it), "
                  f"{f['missed_unread']} not read")
    if a.json:
        a.json.write_text(json.dumps(results, indent=1, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
