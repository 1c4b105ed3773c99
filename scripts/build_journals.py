#!/usr/bin/env python3
"""Generate pubnorm/data/journals.sqlite, the broad journal layer, from JabRef's 19 journal lists (CC0) and
NLM's catalogue of the journals referenced in NCBI's databases (public domain; see read_ncbi).

usage: python scripts/build_journals.py [JABREF_DIR] [--venues venues.yaml] [-o pubnorm/data/journals.sqlite]
                                        [--ncbi ncbi-abbreviations.json | --no-ncbi]
       python scripts/build_journals.py --words-only   # only pubnorm/data/word_journals.txt, from the built layer

The curated venues.yaml stays the top layer; this file only answers when the top layer has none.

Format: SQLite, decided by measurement when the layer had 37k journals and 96k keys (this machine, Python 3,
SQLite 3.40; with the NCBI list it has 50k journals, 139k keys, 13.1 MB on disk):
  - SQLite (this file; a WITHOUT ROWID key table, journals by rowid): 9.4 MB on disk, 3.1 MB zipped (the
    wheel grows from 0.15 MB to 3.2 MB); opening it takes 0.3 ms and +0.5 MB RSS (pages are read on
    demand), a key lookup 2.3 us.
  - a sorted TSV read into dicts on first use: 7.5 MB, 1.8 MB zipped, but 165 ms and +47 MB RSS to load,
    then 0.3 us a lookup.
The layer is consulted in nearly every run (paper titles and author lines are looked up while extracting,
and the top layer misses them), but for a few hundred strings at most: 165 ms on every start costs far more
than 2 us a miss, and the start-up of `pubnorm check` must not grow. So SQLite, opened lazily.

Output is deterministic: rows are inserted in sorted order into a fresh file and the file is VACUUMed,
so the same inputs and the same SQLite library give the same bytes.

What goes in, per journal (grouped by the lookup key of its full name, so case, accents, punctuation,
"&"/"and" and a leading "The" variants are one journal):
  - the full name (the spelling of the most trusted list that has it);
  - every abbreviation the lists give (ISO-4 dotted, Medline dotless: dots are not part of a key), and for a
    journal the lists give none, its ISO-4 abbreviation derived from the LTWA by pyiso4 (see derive_iso4);
  - the name without a trailing qualifier ("Brevia (Rome)" -> "Brevia") when no other journal has it;
  - a journal listed again as its name plus a bracketed or subtitle form the lists abbreviate alike ("EPL
    (Europhysics Letters)", "Journal of Materials Chemistry A: Materials for Energy and Sustainability") is one
    journal with the short name (not a section, edition or series: see _merge_variants);
  - names one typo apart sharing an abbreviation are one journal, unless a preposition or conjunction differs
    ("Frontiers of Earth Science" is not "Frontiers in Earth Science");
  - a name and the name plus a subtitle of two words or more, sharing an abbreviation, are one journal ("physica
    status solidi (b)", "Physica Status Solidi B Basic Solid State Physics"), not "... Letters" or "...: Synergy";
    so are a name with and without its own initials set apart ("Physica Status Solidi RRL: Rapid Research
    Letters"; see _merge_forms);
  - a loose key without stop words ("Journal of American Chemical Society"), kept only when unique.
Quirks handled (SOURCES.md): aea rows that spill the abbreviation's commas into columns 3-4 are joined;
ieee_strings holds BibTeX macro names (names kept, macros not); mathematics/ams rows with LaTeX markup are
skipped; dainst and annee-philologique give sigla, not abbreviations (names kept, sigla not); one-word
abbreviations that are not the name itself ("Nat", "Sci") are dropped; quoted names are unquoted.
Journals whose full name is already a name of a venue in venues.yaml are not duplicated: a journal-type
top venue absorbs the journal's keys (its `top` column), any other owner drops it. A name, an alias or a subtitle
the lists cut off ("JAMA : the journal of the American Medical Association") must name the venue: a shared
acronym does not ("BIT" is BIT Numerical Mathematics, not Behaviour & Information Technology).
"""

from __future__ import annotations

import argparse
import csv
import re
import sqlite3
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

from rapidfuzz.distance import Levenshtein

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pubnorm.journals import KIND_ABBREV, KIND_LOOSE, KIND_NAME, SCHEMA_VERSION, loose_key  # noqa: E402
from pubnorm.venues import key, parse_venue_file  # noqa: E402

DEFAULT_SRC = ROOT.parent / "shared" / "data" / "venue-sources" / "JabRef__abbrv.jabref.org"
# NLM's catalogue of the journals referenced in NCBI's databases (public domain), as JSON; see read_ncbi
DEFAULT_NCBI = ROOT.parent / "shared" / "data" / "venue-sources" / "citation-style-language__abbreviations" / (
    "ncbi-abbreviations.json"
)
NCBI_SOURCE = (
    "citation-style-language/abbreviations a79af74cb48331600ac3b38cb7f4ee30abcfae02 "
    "ncbi/json/ncbi-abbreviations.json (NLM catalogue, public domain)"
)
# most trusted spelling of a name first (medicus capitalises oddly: "Abdominal IMAging")
PRIORITY = [
    "ubc",
    "general",
    "acs",
    "ieee",
    "aea",
    "astronomy",
    "geology_physics",
    "lifescience",
    "mechanical",
    "meteorology",
    "sociology",
    "ams",
    "mathematics",
    "medicus",
    "entrez",
    "geology_physics_variations",
    "annee-philologique",
    "dainst",
    "ieee_strings",
    "ncbi",  # last: NLM writes titles in sentence case ("Topics in cognitive science")
]
NO_ABBREVS = {"ieee_strings", "dainst", "annee-philologique"}
# newspapers and general magazines (entrez, lifescience, ubc): on a homepage they are press coverage
PRESS = {
    "washington post",
    "new york times",
    "new york times magazine",
    "wall street journal",
    "boston globe",
    "los angeles times",
    "financial times",
    "forbes",
    "newsweek",
    "time",
    "new yorker",
    "atlantic",
    "atlantic monthly",
    "economist",
    "guardian",
    "wired",
}
# a name made only of words for kinds of document ("Research report", "Working paper series", "Proceedings A",
# "Survey") says what a string is, not where it appeared: on a homepage it is never read as a journal
GENRE = set(
    "a an the of and in on for to b c d e f report reports paper papers proceedings series note notes "
    "publication publications bulletin newsletter news letter letters monograph monographs record records "
    "document documents journal transactions memoirs yearbook annals archives review reviews studies issues "
    "communications forum seminar symposium conference lecture lectures occasional technical working "
    "research special new annual current today digest essays survey abstracts".split()
)
# a row whose abbreviation does not abbreviate its name, and whose name is a body, not a journal: a bad row
# ("Harbin Institute of Technology" -> "J. Harbin Inst. Tech.", "Association for Computing Machinery" -> ...)
_BODY = re.compile(
    r"\b(?:universit\w*|institut\w*|college|school|academy|society|association|department|"
    r"laborator\w*|council|commission|ministry|office|cent(?:er|re)|hospital|foundation|"
    r"corporation|company|machinery)\b",
    re.I,
)
_QUALIFIER = re.compile(r"\s*\([^()]*\)\s*$")
# entrez appends a subtitle, a responsible body or a publisher to the name
_SUBTITLE = re.compile(r"\s+[:/]\s+|(?<=[a-z]{2})\.\s+(?=[A-Z])|;\s+")
# where a listed name ends and a subtitle or qualifier starts (merged only when the short name is listed too)
_PART = re.compile(r"\s+[:/]\s+|(?<=[a-z]{2})\.\s+(?=[A-Z])|;\s+|\s*\(")
# ... but "Acta Ophthalmologica. Supplement" and "Journal X. Series B" are journals of their own
_SERIES = re.compile(
    r"(?:supplement|suppl|section|sect|series|serie|ser|part|reihe|teil|abteilung|new series)\b|[a-z]\b", re.I
)
_ENTREZ_TAIL = re.compile(r"\s*\([^()]*\)?\s*$")


def read_rows(src: Path, subtitles: dict[str, set[str]] | None = None) -> list[tuple[str, str, str]]:
    """(list, full name, abbreviation) for every usable row of the 19 lists, in a fixed order; `subtitles` gets
    the key of each name cut before a subtitle -> the subtitle's keys ("JAMA" -> "the journal of the American
    Medical Association")."""
    out: list[tuple[str, str, str]] = []
    for f in sorted(src.glob("journal_abbreviations_*.csv")):
        lst = f.stem.removeprefix("journal_abbreviations_")
        with f.open(encoding="utf-8", newline="") as fh:
            for row in csv.reader(fh):
                if len(row) < 2 or not row[0].strip():
                    continue
                name, abbrev = row[0], row[1]
                if lst == "aea" and len(row) > 2 and any(c.strip() for c in row[2:]):
                    abbrev = ",".join(
                        [abbrev, *(c for c in row[2:] if c.strip())]
                    )  # "Acc.", " Bus. Finan. Hist."
                if "$" in name or "\\" in name:
                    continue  # LaTeX markup (mathematics, ams): not how anyone writes the name on a page
                if "$" in abbrev or "\\" in abbrev or lst in NO_ABBREVS:
                    abbrev = ""
                name = clean(name)
                if lst == "entrez":
                    # "AIA journal. American Institute of Architects", "Acta oncologica (Stockholm, Sweden"
                    parts = _SUBTITLE.split(name, maxsplit=1)
                    name = _ENTREZ_TAIL.sub("", parts[0]).strip()
                    if subtitles is not None:
                        _subtitle(subtitles, name, row[0])
                out.append((lst, name, clean(abbrev)))
    return out


# an event, not a periodical: "10th IEEE ... : proceedings : 10-11 November 2019", "Abstract book, 2003 ..."
_EVENT = re.compile(r"\b(?:1[89]|20)\d\d\b")
# NLM catalogues conference series as serials; pubnorm's journal layer holds periodicals (meetings are the top
# layer's, typed as such), so an NCBI title naming a meeting is left out ("Proceedings of the Japan Academy" stays)
_MEETING = re.compile(
    r"\b(?:conferences?|symposi(?:um|a)|workshops?|congress(?:es)?|meetings?|colloqui(?:um|a)|summit)\b", re.I
)
_SMALL = frozenset("a an and as at by de des du en et for from in into la le les of on or the to und with".split())


def read_ncbi(
    path: Path, subtitles: dict[str, set[str]] | None = None, meetings: frozenset[str] = frozenset()
) -> list[tuple[str, str, str]]:
    """("ncbi", full name, abbreviation) for the journals of NLM's catalogue of journals referenced in NCBI's
    databases (about 38,000 titles, public domain), from citation-style-language/abbreviations'
    ncbi/json/ncbi-abbreviations.json (a CSL abbreviation file: {"default": {"container-title": {name: abbrev}}}).

    NLM writes a subtitle after " : " and a responsible body after " / " (dropped, as for entrez); a section
    after ". " ("NeuroImage. Clinical", "The Lancet. Microbe") is part of the name, a parallel title after " = "
    is dropped. Titles are in sentence case and are capitalised word by word. Proceedings of one meeting (a year
    in the title) and meeting series (_MEETING) are left out: the layer holds periodicals; so is a title named
    by the acronym of a meeting of the top layer (`meetings`) whose subtitle names a meeting ("MobiSys ... : the
    ... International Conference on Mobile Systems, ...").
    """
    import json

    data = json.loads(path.read_text(encoding="utf-8"))["default"]["container-title"]
    out: list[tuple[str, str, str]] = []
    for raw in sorted(data):
        # " = " starts a parallel title in another language ("... psychology = Revue canadienne de ...")
        parts = re.split(r"\s+[:/=]\s+|;\s+", clean(raw), maxsplit=1)
        name = _ENTREZ_TAIL.sub("", parts[0]).strip(" .,")
        if not name or _EVENT.search(name) or _MEETING.search(name) or "$" in name or "\\" in name:
            continue
        if key(name) in meetings and _MEETING.search(raw):
            continue
        if subtitles is not None:
            _subtitle(subtitles, name, raw)
        out.append(("ncbi", _title_case(name), clean(str(data[raw]))))
    return out


def _subtitle(subtitles: dict[str, set[str]], name: str, raw: str) -> None:
    """Record the subtitle after " : " that a list's title has beyond the name read from it, when it is of several
    words ("JAMA : the journal of the American Medical Association"); not a parallel title ("Yakhteh = The cell")."""
    parts = re.split(r"\s+:\s+", clean(raw), maxsplit=1)
    if len(parts) == 2 and " " in (sk := key(_ENTREZ_TAIL.sub("", re.split(r"\s+[/=]\s+|;\s+", parts[1])[0]))):
        subtitles[key(name)].add(sk)


def _title_case(name: str) -> str:
    """NLM's sentence case as a title: "Topics in cognitive science" -> "Topics in Cognitive Science"; words with
    capitals of their own ("NeuroImage", "mSystems", "e-Neuroforum", "al-Majallah") stay as written."""
    words = name.split(" ")
    return " ".join(
        w[:1].upper() + w[1:] if i > 0 and re.fullmatch(r"[a-z]+(?:-[a-z]+)*", w) and w not in _SMALL else w
        for i, w in enumerate(words)
    )


def clean(text: str) -> str:
    text = " ".join(unicodedata.normalize("NFC", text).replace('""', '"').strip().strip('"').split())
    return f"The {text[:-5]}" if text.endswith(", The") else text  # "Geographical Journal, The"


def slug(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower().replace("&", " and ")
    words = re.sub(r"[^a-z0-9]+", " ", text).split()
    if words and words[0] == "the":
        words = words[1:]
    out = ""
    for w in words:
        if len(out) + len(w) + 1 > 60:
            break
        out = f"{out}-{w}" if out else w
    return out or "journal"


def abbrev_ok(abbrev: str, name_key: str) -> bool:
    """An abbreviation worth a key: it abbreviates this name; one bare word only if the name or an acronym.

    Bad rows pair a name with another journal's abbreviation ("Association for Computing Machinery" ->
    "ACM Trans. Math. Software"); an abbreviation must be read off the name's words in order.
    """
    k = key(abbrev)
    if not k or k == name_key:
        return bool(k)
    words = key(_QUALIFIER.sub("", abbrev)).split()  # "Ann. Phys. (Berl.)": the qualifier is not in the name
    if len(words) == 1 and " " not in k:
        # an acronym read off the name ("JAMA", "BMJ", "ApJ", "MNRAS"); not "Nat", "Sci", "Nat."
        parts = [w.lower() for w in re.findall(r"[A-Z][a-z]*", abbrev)]
        return len(parts) >= 2 and "".join(parts) == k and _abbreviates(parts, name_key.split())
    return _abbreviates(words, name_key.split())


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(c in it for c in short)


def _abbreviates(abbr: list[str], name: list[str]) -> bool:
    """Each abbreviated word is a contraction (same first letter, letters in order) of a later name word."""
    i = 0
    for a in abbr:
        while i < len(name) and not (name[i][0] == a[0] and _subsequence(a, name[i])):
            i += 1
        if i == len(name):
            return False
        i += 1
    return True


def top_owners(venues_yaml: Path) -> dict[str, list[tuple[str, str]]]:
    """Lookup key -> (venue id, type) of every name and alias in venues.yaml."""
    venues, _ = parse_venue_file(venues_yaml)
    owners: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for v in venues:
        # not an acronym: a journal of the lists that shares one with a top venue is another journal ("BIT" is BIT
        # Numerical Mathematics, not Behaviour & Information Technology; "JOP" the Journal of the Pancreas, not
        # of Politics; "Health" not ACM's HEALTH). An "acronym" that is the name's dotted abbreviation is an alias.
        for text in (
            v.name,
            *v.aliases,
            *([v.bibtex] if v.bibtex else []),
            *([v.acronym] if v.acronym and _is_abbreviation(v.acronym, v.name) else []),
        ):
            k = key(text)
            if k and (v.id, v.type) not in owners[k]:
                owners[k].append((v.id, v.type))
    # "Journal of Systems Architecture: Embedded Software Design" is also "Journal of Systems Architecture",
    # but only with an abbreviation to confirm it (the Royal Statistical Society journal is not its Series B)
    for v in venues:
        if v.type in ("journal", "magazine"):
            for text in (v.name, *v.aliases):
                for b in _bases(text):
                    if b not in owners:
                        owners[f"base:{b}"].append((v.id, v.type))
    return owners


def _is_abbreviation(acronym: str, name: str) -> bool:
    """Whether a top venue's acronym field holds a name, not an acronym ("BIT", "JOP", "HEALTH", "TOG"): an
    abbreviation of the name word by word ("Hess. Bl. Volks- Kulturforsch."), or the name cut before its subtitle
    ("Quantum" of "Quantum: the open journal for quantum science", "Integration" of "Integration, the VLSI
    Journal")."""
    k = key(acronym)
    head = re.split(r":\s+|,\s+|\s+[-–]\s+|\s*\(", name, maxsplit=1)[0]
    return (" " in k and abbrev_ok(acronym, key(name))) or (head != name and k == key(head))


def _bases(name: str) -> list[str]:
    """Keys of a name cut before a subtitle or qualifier, when one remains of at least two words."""
    out = []
    for part in (re.split(r"\s*\(", name, maxsplit=1)[0], re.split(r":\s+|\s+[-–]\s+", name, maxsplit=1)[0]):
        k = key(part)
        if part != name and " " in k and k not in out:
            out.append(k)
    return out


def derive_iso4(
    names: dict[str, list[tuple[int, str]]],
    abbrevs: dict[str, list[tuple[int, str]]],
    by_abbrev: dict[str, set[str]],
) -> int:
    """Give each journal the lists leave without an abbreviation its ISO-4 one, derived from the LTWA by
    pyiso4 ("Philological Quarterly" -> "Philol. Q."); returns how many were added.

    A derived abbreviation is only a key when it abbreviates the name word by word (`abbrev_ok`) and no other
    journal has it as a name or a listed abbreviation: a rule-made form must not make a listed one ambiguous
    ("Developments in Biologicals" would also be "Dev. Biol."). Build time only: pyiso4 is not needed to run.
    """
    from pyiso4.ltwa import Abbreviate  # build-time dependency (the `dev` extra)

    abbreviate = Abbreviate.create()
    made: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for k in sorted(names):
        if abbrevs.get(k):
            continue
        name = min(names[k])[1]
        try:
            derived = abbreviate(name, remove_part=True)
        except (IndexError, KeyError, ValueError):  # pyiso4 fails on a few names (an index past the word)
            continue
        dk = key(derived)
        if (dk and dk != k and len(dk.split()) >= 2 and dk not in names and dk not in by_abbrev
                and abbrev_ok(derived, k)):
            made[dk].append((k, derived))
    for found in made.values():
        if len(found) == 1:  # two journals abbreviated alike by the rules: neither gets it
            k, derived = found[0]
            abbrevs[k].append((100, derived))
    return sum(1 for found in made.values() if len(found) == 1)


def build(src: Path, venues_yaml: Path, out: Path, ncbi: Path | None = None) -> dict[str, int]:
    subtitles: dict[str, set[str]] = defaultdict(set)
    rows = read_rows(src, subtitles)
    if ncbi:
        # a title with a meeting's acronym ("Computer Vision - ECCV": LNCS volumes) is that meeting's, not a journal
        meetings = {key(v.acronym) for v in parse_venue_file(venues_yaml)[0]
                    if v.acronym and v.type in ("conference", "workshop")}
        rows += [
            r for r in read_ncbi(ncbi, subtitles, frozenset(meetings))
            if not any(key(w) in meetings for w in re.findall(r"\b[A-Z]{3,}\b", r[1]))
        ]
    rank = {lst: i for i, lst in enumerate(PRIORITY)}
    names: dict[str, list[tuple[int, str]]] = defaultdict(list)
    abbrevs: dict[str, list[tuple[int, str]]] = defaultdict(list)
    lists: dict[str, set[str]] = defaultdict(set)
    for lst, name, abbrev in rows:
        k = key(name)
        if (
            not k
            or k in PRESS
            or set(k.split()) <= GENRE
            or (abbrev and _BODY.search(name) and not abbrev_ok(abbrev, k))
        ):
            continue
        names[k].append((rank.get(lst, 99), name))
        lists[k].add(lst)
        if abbrev and abbrev_ok(abbrev, k):
            abbrevs[k].append((rank.get(lst, 99), abbrev))
    # "Advances in Complex Systems. A Multidisciplinary Journal": a subtitle, when the bare name is listed too
    for k in sorted(names):
        base = next(
            (
                key(parts[0])
                for nm in sorted({n for _, n in names[k]})
                for parts in [_PART.split(nm, maxsplit=1)]
                if len(parts) == 2
                and key(parts[0]) != k
                and key(parts[0]) in names
                and not _SERIES.match(parts[1].strip(" .()"))
                and not _own_abbreviation(abbrevs.get(k, []), k, key(parts[0]))
            ),
            None,
        )
        if base:
            _merge(names, abbrevs, lists, k, base)
    stats_variants = _merge_variants(names, abbrevs, lists)
    # "Journal of Biomedial Optics" (sic) and "Journal of Biomedical Optics" share "J. Biomed. Opt.": one
    by_abbrev: dict[str, set[str]] = defaultdict(set)
    for k, ab in abbrevs.items():
        for _, a in ab:
            by_abbrev[key(a)].add(k)
    # a row whose "name" is an abbreviation ("Recent Pat. Biotechnol.") belongs to the journal abbreviated so
    for k in sorted(names):
        owners_of = by_abbrev.get(k, set()) - {k}
        if (
            len(owners_of) == 1
            and all("." in nm for _, nm in names[k])
            and (into := next(iter(owners_of))) in names
        ):
            _merge(names, abbrevs, lists, k, into)
    for ks in sorted(sorted(v) for v in by_abbrev.values() if len(v) > 1):
        keep = min(
            (k for k in ks if k in names), key=lambda k: (min(r for r, _ in names[k]), k), default=None
        )
        for k in ks:
            if (
                keep
                and k != keep
                and k in names
                and min(len(k), len(keep)) >= 15
                and Levenshtein.distance(k, keep) <= 2
                and not _other_function_words(k, keep)
            ):
                _merge(names, abbrevs, lists, k, keep)
    stats_variants += _merge_forms(names, abbrevs, lists, by_abbrev)
    stats_variants += _merge_society_twins(names, abbrevs, lists)
    owners = top_owners(venues_yaml)
    stats = {"rows": len(rows), "journals": 0, "linked": 0, "dropped": 0, "keys": 0,
             "ncbi_rows": sum(1 for lst, _, _ in rows if lst == "ncbi")}
    stats["derived"] = derive_iso4(names, abbrevs, by_abbrev)
    stats["variants"] = stats_variants
    journals: list[tuple[str, str, str, str, str, str]] = []  # name key, id, name, abbrev, aliases, top
    used_ids: set[str] = set()
    for k in sorted(names):
        top = ""
        # "Journal of the Royal Statistical Society: Series B (Statistical Methodology)" is the top's jrssb
        # a trailing qualifier: "Journal of the Royal Statistical Society: Series B (Statistical Methodology)";
        # a subtitle the lists cut off may name it too ("JAMA : the journal of the American Medical Association")
        owner = next(
            (
                owners[c]
                for _, nm in sorted(names[k])
                for c in [k, key(_QUALIFIER.sub("", nm)), *sorted(subtitles.get(key(nm), ()))]
                if c in owners
            ),
            None,
        )
        if owner is None:
            # a subtitle on either side ("...: Series B (Statistical Methodology)", "...: Embedded Software
            # Design"), when an abbreviation confirms it: "Machine Learning: Earth" is not "Machine Learning"
            bases = [b for _, nm in sorted(names[k]) for b in _bases(nm)]
            near = [o for c in [f"base:{k}", *bases] for o in owners.get(c, [])]
            confirmed = {vid for _, a in abbrevs.get(k, []) for vid, _t in owners.get(key(a), [])}
            owner = list(dict.fromkeys(o for o in near if o[0] in confirmed)) or None
        if owner:
            kinds = {t for _, t in owner}
            journalish = [vid for vid, t in owner if t in ("journal", "magazine")]
            if len(journalish) == 1 and kinds <= {"journal", "magazine"}:
                top = journalish[0]
            elif k in owners:  # (a subtitle match that is not one journal venue absorbs nothing)
                stats["dropped"] += 1  # a conference (or several venues) has this name: the top layer decides
                continue
        spellings = sorted(
            set(names[k]), key=lambda p: (p[0], -sum(1 for q in names[k] if q[1] == p[1]), p[1])
        )
        name = spellings[0][1]
        abbrs = sorted(set(abbrevs.get(k, [])), key=lambda p: ("." not in p[1], p[0], p[1]))
        display = abbrs[0][1] if abbrs else ""
        aliases = list(dict.fromkeys(a for _, a in abbrs if a != display and key(a) != k))
        jid = "j-" + slug(name)
        n = 2
        while jid in used_ids:
            jid, n = f"j-{slug(name)}-{n}", n + 1
        used_ids.add(jid)
        journals.append((k, jid, name, display, "\t".join(aliases), top))
        stats["linked" if top else "journals"] += 1
    keys: set[tuple[str, int, int]] = set()
    qualified: dict[str, set[int]] = defaultdict(set)
    loose: dict[str, set[int]] = defaultdict(set)
    name_keys = {j[0] for j in journals}
    for n, (k, _jid, _name, display, aliases, _top) in enumerate(journals, 1):
        keys.add((k, KIND_NAME, n))
        for a in [display, *aliases.split("\t")]:
            if a:
                keys.add((key(a), KIND_ABBREV, n))
        for text in {nm for _, nm in names[k]}:
            keys.add(
                (key(text), KIND_NAME, n)
            )  # merged spellings ("Journal of Biomedial Optics") are names too
            base = _QUALIFIER.sub("", text)
            if base != text and (kb := key(base)) and (" " in kb or len(kb) >= 6):
                qualified[kb].add(n)
        if (lk := loose_key(k)) and lk != k:
            loose[lk].add(n)
    for bk, ns in qualified.items():
        if len(ns) == 1 and bk not in name_keys:
            keys.add((bk, KIND_ABBREV, next(iter(ns))))
    for lk, ns in loose.items():
        if len(ns) == 1 and lk not in name_keys:
            keys.add((lk, KIND_LOOSE, next(iter(ns))))
    stats["keys"] = len(keys)
    write(out, journals, sorted(keys), stats)
    return stats


# words that make another journal when another one stands in their place: "Frontiers of Earth Science" (Springer)
# is not "Frontiers in Earth Science" (Frontiers), "Perspectives on Science" not "Perspectives in Science"
_FUNCTION_WORDS = frozenset("of in for on and at to by with from into".split())


def _other_function_words(a: str, b: str) -> bool:
    """Whether two name keys differ in a preposition or conjunction (one for another, or one the other lacks),
    not only in a word's spelling ("Biomedial" for "Biomedical", "foer" for "for": an umlaut written out)."""
    import difflib

    def norm(words: list[str]) -> list[str]:
        return [w.replace("oe", "o").replace("ue", "u").replace("ae", "a") for w in words]

    wa, wb = norm(a.split()), norm(b.split())
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=wa, b=wb, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        ours, theirs = wa[i1:i2], wb[j1:j2]
        if op in ("insert", "delete") and any(w in _FUNCTION_WORDS for w in ours + theirs):
            return True
        if op == "replace" and (
            (len(ours) != len(theirs) and any(w in _FUNCTION_WORDS for w in ours + theirs))
            or any(x != y and x in _FUNCTION_WORDS and y in _FUNCTION_WORDS for x, y in zip(ours, theirs, strict=False))
        ):
            return True
    return False


# a part that names a section, an edition or a series: another journal of the family, even when abbreviated alike
_FAMILY = re.compile(r"\b(?:part|section|sect|series|serie|ser|edition|ed|supplement|suppl)\b|^[IVX]+$", re.I)


def _merge_variants(
    names: dict[str, list[tuple[int, str]]],
    abbrevs: dict[str, list[tuple[int, str]]],
    lists: dict[str, set[str]],
) -> int:
    """Fold a journal listed under its name plus a bracketed or subtitle form into the journal listed under the
    name alone, when the lists abbreviate both alike: "EPL (Europhysics Letters)" (Europhys. Lett.) is Europhysics
    Letters, "Journal of Materials Chemistry A: Materials for Energy and Sustainability" (J. Mater. Chem. A) is
    Journal of Materials Chemistry A. Not a section, edition or series ("Excerpta medica. Section 13, ...");
    not when the longer name has an abbreviation of its own ("The Condor: Ornithol. Appl."). Returns how many."""
    merged = 0
    for k in sorted(names):
        if k not in names:
            continue
        ours = {key(_unqualified(a)) for _, a in abbrevs.get(k, [])}
        if not ours:
            continue
        for nm in sorted({n for _, n in names[k]}):
            m = re.fullmatch(r"(.+?)\s*\(([^()]+)\)\s*", nm)
            cut = re.split(r"\s*:\s+|(?<=[a-z]{2})\.\s+(?=[A-Z])|\s+[-–]\s+", nm, maxsplit=1)
            candidates = [(m.group(1), m.group(2)), (m.group(2), m.group(1))] if m else []
            if len(cut) == 2:
                candidates.append((cut[0], cut[1]))
            into = next(
                (
                    bk
                    for base, rest in candidates
                    if (bk := key(base)) != k
                    and bk in names
                    and not _FAMILY.search(rest)
                    and ours <= {key(_unqualified(a)) for _, a in abbrevs.get(bk, [])} | {bk}
                ),
                None,
            )
            if into:
                _merge(names, abbrevs, lists, k, into)
                merged += 1
                break
    return merged


def _initialism_dropped(k: str, spellings: list[str]) -> list[str]:
    """The key without a word that is the initials of the words next to it and is set apart by punctuation in a
    spelling of the name ("Physica Status Solidi RRL: Rapid Research Letters" -> "physica status solidi rapid
    research letters"; not "SIAM Studies in Applied Mathematics", a book series of SIAM)."""
    words = k.split()
    out = []
    for i, w in enumerate(words):
        n = len(w)
        if not (2 <= n <= 6 and w.isalpha()):
            continue
        after, before = words[i + 1 : i + 1 + n], words[max(0, i - n) : i]
        if not (
            (len(after) == n and "".join(x[0] for x in after) == w)
            or (len(before) == n and "".join(x[0] for x in before) == w)
        ):
            continue
        apart = re.compile(rf"[(\[]\s*{w}\b|\b{w}\s*(?:[:.,;)\]]|\s[-–]\s)", re.I)
        if any(apart.search(sp) for sp in spellings):
            out.append(" ".join(words[:i] + words[i + 1 :]))
    return out


# words that make a subtitle the name of another journal: "The Astrophysical Journal Letters"
_OTHER_JOURNAL = re.compile(r"\b(?:letters?|lett|reports?|reviews?|express|communications?|open|plus)\b", re.I)


def _merge_forms(
    names: dict[str, list[tuple[int, str]]],
    abbrevs: dict[str, list[tuple[int, str]]],
    lists: dict[str, set[str]],
    by_abbrev: dict[str, set[str]],
) -> int:
    """One journal listed twice: under its title and under the title with a subtitle of two words or more, when
    the lists give both one abbreviation ("physica status solidi (b)" and "Physica Status Solidi B Basic Solid
    State Physics", both "Phys. Status Solidi B"; not "... Letters", "...: Synergy", another journal); or under
    its title with and without its initialism ("Physica Status Solidi RRL: Rapid Research Letters", "Physica
    Status Solidi Rapid Research Letters"), kept with it. Returns how many."""
    merged = 0
    for ks in sorted(sorted(v) for v in by_abbrev.values() if len(v) > 1):
        for short in sorted(ks, key=lambda k: (len(k), k)):
            for long in sorted(ks):
                rest = long[len(short) + 1 :]
                if (
                    short in names
                    and long in names
                    and long.startswith(short + " ")
                    and len(rest.split()) >= 2
                    and not _FAMILY.search(rest)
                    and not _OTHER_JOURNAL.search(rest)
                ):
                    _merge(names, abbrevs, lists, long, short)
                    merged += 1
    for k in sorted(names):
        for d in _initialism_dropped(k, [nm for _, nm in names.get(k, [])]):
            if k in names and d in names and d != k:
                # kept: the most trusted list's spelling; between equals, the name with its initialism
                keep, drop = (d, k) if min(names[d])[0] < min(names[k])[0] else (k, d)
                _merge(names, abbrevs, lists, drop, keep, all_abbrevs=True)  # "Phys. Status Solidi RRL" too
                merged += 1
    return merged

# societies whose own journals the lists give twice, under the journal's title and under the title after the
# society's name ("ASME Journal of Mechanical Design", "ASME J. Mech. Des." and "Journal of Mechanical Design", "J.
# Mech. Des."): one journal. Not every publisher: "ACS Materials Letters" is not Elsevier's Materials Letters, "IET
# Signal Processing" not Signal Processing, "RSC Sustainability" not MDPI's Sustainability.
_SOCIETY_TWINS = ("asme", "acm", "asce asme")  # (ASCE and ASME publish the Journal of Risk and Uncertainty together)


def _merge_society_twins(
    names: dict[str, list[tuple[int, str]]],
    abbrevs: dict[str, list[tuple[int, str]]],
    lists: dict[str, set[str]],
) -> int:
    """Fold a journal named by one of _SOCIETY_TWINS and a title the lists also give alone into that title's
    journal, when an abbreviation of it is one of the title's with the society's name before it. Returns how many."""
    merged = 0
    for k in sorted(names):
        society = next((w for w in _SOCIETY_TWINS if k.startswith(w + " ")), "")
        rest = k[len(society) + 1:]
        if not society or rest not in names or k not in names:
            continue
        ours = {key(_unqualified(a)) for _, a in abbrevs.get(k, [])}
        theirs = {f"{society} {key(_unqualified(a))}" for _, a in abbrevs.get(rest, [])}
        if ours & theirs:
            # the title's own abbreviation stays the one shown ("J. Mech. Des."): the society's come after it
            abbrevs[k] = [(r + 50, a) for r, a in abbrevs.get(k, [])]
            _merge(names, abbrevs, lists, k, rest, all_abbrevs=True)
            merged += 1
    return merged


def _unqualified(abbrev: str) -> str:
    """An abbreviation without the place qualifier CAS adds in brackets ("Physica A (Amsterdam, Neth.)" is
    "Physica A"): a qualifier tells apart journals of one name, it does not make the abbreviation another's."""
    return re.sub(r"\s*\([^()]*\)\s*$", "", abbrev) or abbrev


def _own_abbreviation(abbrevs: list[tuple[int, str]], k: str, base: str) -> bool:
    """Whether a journal named `base` plus a section ("NeuroImage. Clinical", "The Lancet. Microbe") has an
    abbreviation of its own ("Neuroimage Clin"), which the base's name cannot give: then it is a journal of its
    own, not a subtitle ("Advances in Complex Systems. A Multidisciplinary Journal" is "Adv. Complex Syst.")."""
    return any(abbrev_ok(a, k) and not abbrev_ok(a, base) for _, a in abbrevs)


def _merge(
    names: dict[str, list[tuple[int, str]]],
    abbrevs: dict[str, list[tuple[int, str]]],
    lists: dict[str, set[str]],
    k: str,
    into: str,
    all_abbrevs: bool = False,
) -> None:
    """Fold the journal named by key k into the journal named by key `into` (its names become spellings); its
    abbreviations go along where they abbreviate `into`'s name (all of them: `all_abbrevs`)."""
    names[into].extend((r + 50, n) for r, n in names.pop(k))  # the kept name's own spellings stay first
    abbrevs[into].extend(a for a in abbrevs.pop(k, []) if all_abbrevs or abbrev_ok(a[1], into))
    lists[into] |= lists.pop(k)


def write(
    out: Path,
    journals: list[tuple[str, str, str, str, str, str]],
    keys: list[tuple[str, int, int]],
    stats: dict[str, int],
) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    con.executescript("""
        PRAGMA page_size = 4096;
        CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID;
        CREATE TABLE journal (n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
                              abbrev TEXT NOT NULL, aliases TEXT NOT NULL, top TEXT NOT NULL);
        CREATE TABLE lookup (k TEXT NOT NULL, kind INTEGER NOT NULL, n INTEGER NOT NULL,
                             PRIMARY KEY (k, kind, n)) WITHOUT ROWID;
    """)
    con.executemany(
        "INSERT INTO meta VALUES (?, ?)",
        sorted(
            {
                "schema": str(SCHEMA_VERSION),
                "source": "JabRef/abbrv.jabref.org a6879a86014356ced6b1b705f5ee24eb1d173950 (CC0-1.0)",
                **({"source_ncbi": NCBI_SOURCE} if stats.get("ncbi_rows") else {}),
                **{f"count_{k}": str(v) for k, v in stats.items()},
            }.items()
        ),
    )
    con.executemany(
        "INSERT INTO journal VALUES (?, ?, ?, ?, ?, ?)",
        [
            (n, jid, name, abbrev, aliases, top)
            for n, (_, jid, name, abbrev, aliases, top) in enumerate(journals, 1)
        ],
    )
    con.executemany("INSERT INTO lookup VALUES (?, ?, ?)", keys)
    con.commit()
    con.execute("VACUUM")
    con.close()
    tmp.replace(out)


WORD_ZIPF = 3.0  # as scripts/build_venues.py: wordfreq's Zipf 3 is a word met about once per million words
WORDS_HEADER = f"""\
# One-word journal names of the journal layer that are common English words (wordfreq Zipf frequency >= {WORD_ZIPF}).
# Generated by scripts/build_journals.py (--words-only); do not edit. Such a name ("Evolution", "Links", "Work")
# names its journal only with a volume or pages; a rarer one ("Icarus", "Paleobiology") also with a year alone.
"""


def word_journals(layer: Path) -> list[str]:
    """Lookup keys of the one-word journal names in `layer` that are common English words (sorted)."""
    try:
        from wordfreq import zipf_frequency  # build-time dependency (the `dev` extra)
    except ImportError:
        sys.exit("wordfreq is needed to regenerate word_journals.txt: pip install -e '.[dev]'")
    con = sqlite3.connect(f"file:{layer}?mode=ro", uri=True)
    names = [r[0] for r in con.execute("SELECT name FROM journal")]
    con.close()
    keys = {k for k in (key(n) for n in names) if k and " " not in k}
    return sorted(k for k in keys if zipf_frequency(k, "en") >= WORD_ZIPF)


def write_word_journals(layer: Path, out: Path) -> int:
    words = word_journals(layer)
    out.write_text(WORDS_HEADER + "".join(f"{w}\n" for w in words), encoding="utf-8")
    return len(words)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("src", nargs="?", type=Path, default=DEFAULT_SRC)
    ap.add_argument("--venues", type=Path, default=ROOT / "venues.yaml")
    ap.add_argument("-o", "--output", type=Path, default=ROOT / "pubnorm" / "data" / "journals.sqlite")
    ap.add_argument("--words", type=Path, default=ROOT / "pubnorm" / "data" / "word_journals.txt")
    ap.add_argument("--words-only", action="store_true", help="only regenerate --words from the built layer")
    ap.add_argument("--ncbi", type=Path, default=DEFAULT_NCBI, help="NLM's NCBI journal list (see read_ncbi)")
    ap.add_argument("--no-ncbi", action="store_true", help="build from the JabRef lists alone")
    args = ap.parse_args()
    if not args.words_only and not args.no_ncbi and not args.ncbi.exists():
        sys.exit(
            f"{args.ncbi}: not found. It is ncbi/json/ncbi-abbreviations.json of github.com/citation-style-language/"
            "abbreviations at a79af74cb48331600ac3b38cb7f4ee30abcfae02 (git show <commit>:ncbi/json/"
            "ncbi-abbreviations.json > FILE); or pass --no-ncbi"
        )
    if args.words_only:
        n = write_word_journals(args.output, args.words)
        print(f"{args.words}: {n:,} one-word journal names that are common words", file=sys.stderr)
        return
    stats = build(args.src, args.venues, args.output, None if args.no_ncbi else args.ncbi)
    write_word_journals(args.output, args.words)
    print(
        f"{args.output}: {stats['journals']:,} journals (+{stats['linked']:,} absorbed by venues.yaml, "
        f"{stats['dropped']:,} dropped as top-layer names; {stats['variants']:,} listed twice under a variant name "
        f"merged), {stats['keys']:,} keys from {stats['rows']:,} "
        f"rows; {stats['derived']:,} ISO-4 abbreviations derived (pyiso4) for journals the lists leave "
        "without one",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
