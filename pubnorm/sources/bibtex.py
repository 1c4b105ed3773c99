"""BibTeX files (al-folio `_bibliography/papers.bib` and any .bib) via bibtexparser v2."""

from __future__ import annotations

import itertools
import re
import sys

from ..bibfields import FIELD_ATTR, LINK_FIELDS_ALL, LINK_OF_FIELD
from ..latex import to_text, verbatim_to_text
from ..lazyre import lazy_compile
from ..model import Diagnostic, Profile, Publication, SourceLoc
from ..normalize import bibtex_names, normalize_publication, split_keywords
from ..text import arxiv_base, clean_doi, html_title, ids_from_url
from ..venues import VenueDB, parse_venue
from .bibscan import FailedBlock, RawEntry, has_macros, scan
from .entries import apply_venue

PARALLEL_MIN_BYTES = 2_000_000


def read_bibtex(path: str, text: str, db: VenueDB, jobs: int = 1) -> Profile:
    """Every entry of a .bib as a publication; blocks that fail to parse become diagnostics.

    A big file without @string macros is cut at entry starts and read by `jobs` processes; the pieces are
    put back in file order, so the result is the same as reading it whole."""
    if jobs > 1 and len(text) >= PARALLEL_MIN_BYTES and not has_macros(text):
        from ..workers import pool

        chunks = _chunks(text, jobs * 16)
        profile = Profile(path=path, kind="bibtex")
        with pool(jobs, db) as workers:
            for part in workers.map(_read_chunk, [(path, chunk, offset) for chunk, offset in chunks]):
                profile.publications.extend(part.publications)
                profile.diagnostics.extend(part.diagnostics)
        return profile
    return _read_part(path, text, db, 0)


def _chunks(text: str, n: int) -> list[tuple[str, int]]:
    """About n pieces, each starting at a line that starts an entry; with the line offset of each."""
    starts = [0] + [m.start() + 1 for m in re.finditer(r"\n(?=@)", text)]
    step = max(1, len(starts) // n)
    cuts = [*starts[::step], len(text)]
    out, line = [], 0
    for a, b in itertools.pairwise(cuts):
        if a < b:
            out.append((text[a:b], line))
            line += text.count("\n", a, b)
    return out


def _read_chunk(args: tuple[str, str, int]) -> Profile:
    from ..workers import worker_state

    path, chunk, offset = args
    return _read_part(path, chunk, worker_state("db"), offset)


def _failed_message(error: str) -> str:
    """A failed block's error in words: bibtexparser's BlockAbortedException carries no message of its own."""
    head, sep, rest = error.partition(";")
    if head == "BlockAbortedException":
        head = ("the entry does not end where it should (a brace or quote left open, a missing comma, or an '@' "
                "inside it): check its braces, quotes and commas")
    return f"BibTeX entry not parsed: {head}{sep}{rest}"


def _read_part(path: str, text: str, db: VenueDB, offset: int) -> Profile:
    profile = Profile(path=path, kind="bibtex")
    for item in scan(text):
        if isinstance(item, FailedBlock):
            profile.diagnostics.append(Diagnostic("E130", "error", _failed_message(item.error), path, item.line + 1 + offset))
        else:
            try:
                profile.publications.append(_entry_to_pub(path, item, db, offset))
            except (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError) as e:
                # a bug of ours on one entry: that entry is reported, the rest of the file is still read
                message = f"internal error reading this entry ({type(e).__name__}: {e}); please report it"
                profile.diagnostics.append(Diagnostic("E199", "error", message, path, item.line + 1 + offset))
                continue
            names = [k.lower() for k, _ in item.fields]
            if len(set(names)) < len(names):
                twice = sorted({k for k in names if names.count(k) > 1})
                profile.diagnostics.append(Diagnostic("W131", "warning", f"field given twice in entry {item.key}: "
                                                      f"{', '.join(twice)}; the first non-empty value is kept", path, item.line + 1 + offset))
    return profile


_EPRINT = re.compile(r"\d{4}\.\d{4,5}(v\d+)?")
_SEMI = re.compile(r"\s*;\s*")
_NOTE_LABEL = re.compile(r"title not given on the page, which calls it: (.+)", re.I)
# fields that name the paper's own page (the first is its url)
_PAPER_LINKS = ("url", "html")
_TITLE_HREF = lazy_compile(r"""<a\s[^<>]*?href\s*=\s*["']?(https?://[^"'\s<>]+)""", re.I)
# the venue, in the order a reader looks for it
_VENUE_FIELDS = ("journal", "booktitle", "howpublished")
# where an entry with no venue field of its own appeared, by its type: a report's institution, a thesis's school
# (BibTeX's field) or institution (biblatex's)
_THESIS = ("school", "institution")
_ISSUER = {"techreport": ("institution",), "report": ("institution",), "phdthesis": _THESIS, "mastersthesis": _THESIS,
           "thesis": _THESIS}
# fields read into the record's own attributes (everything else goes to `extra`, as text, and is written back)
_READ = frozenset({"title", "author", "editor", "year", "doi", "url", "eprint", "archiveprefix", "note", "keywords",
                   "ids", *_VENUE_FIELDS})
# the fields that may give a link, in the order they are read; and as sets, to skip what an entry does not give
_LINK_FIELDS = (*_PAPER_LINKS, *LINK_FIELDS_ALL)
_LINK_SET = frozenset(_LINK_FIELDS)
_ATTR_SET = frozenset(FIELD_ATTR)


def _entry_to_pub(path: str, entry: RawEntry, db: VenueDB, offset: int = 0) -> Publication:
    raw: dict[str, str] = {}  # kept as the record's as_written: its field names are shared by every record (interned)
    for k, v in entry.fields:
        if not raw.get(k := k.lower(), "").strip():  # a field given twice (W131): the first value that says something
            raw[sys.intern(k)] = v
    cache: dict[str, str] = {}

    def f(key: str) -> str:
        """A field as plain text ("" when absent); only the fields read are converted."""
        if key not in cache:
            cache[key] = to_text(raw[key]) if key in raw else ""
        return cache[key]

    pub = Publication(entry_type=entry.entry_type, key=entry.key or None, as_written=raw)
    # its inline HTML as the other readers read it (written back as it was), without a link in brackets that ends it:
    # 'Title <a href="https://icml.cc/...">(ICML)</a>', where an al-folio list links the paper by its venue's name
    pub.title = html_title(f("title")) or None
    if "author" in raw:
        pub.authors, pub.et_al = bibtex_names(raw["author"])
    if "editor" in raw:
        pub.editors, _ = bibtex_names(raw["editor"])
        if not pub.authors:
            pub.authors = list(pub.editors)  # an edited volume: its editors are who made it
    venue_field = next((k for k in _VENUE_FIELDS if k in raw and f(k)), None)
    etype = entry.entry_type.lower()
    if venue_field is None and etype in _ISSUER:
        # a report's institution, a thesis's school: where it appeared (the field stays itself)
        venue_field = next((k for k in _ISSUER[etype] if k in raw and f(k)), None)
    venue = f(venue_field) if venue_field else ""
    abbr = f("abbr") if "abbr" in raw else ""
    raw_venue = venue or abbr
    if raw_venue:
        m = db.match(raw_venue, field=True)
        if m.venue is None and abbr and venue:
            m2 = db.match(abbr, field=True)
            # (a badge the database only guesses at is not taken over the journal written out: "Acta Pol." read
            # as Acta Polymerica over "journal = {Acta Politica}")
            if m2.venue is not None and m2.method != "fuzzy":
                m, raw_venue = m2, abbr
        apply_venue(pub, m, raw_venue)
        if raw_venue == venue:
            pub.venue_raw = venue  # as written, not squashed: the field survives the round trip
    year = f("year").strip()[:4]
    if not year.isdigit() and "date" in raw:
        year = f("date").strip()[:4]  # biblatex's date ("date = {2017-05}") where the entry has no year
    if year.isdigit():
        pub.year, pub.year_source = int(year), "bibtex"
    # the fields below are absent from most entries: looked for before any conversion
    if "doi" in raw and (doi := verbatim_to_text(raw["doi"])):
        pub.ids["doi"] = clean_doi(doi.removeprefix("https://doi.org/"))
    if "eprint" in raw:
        pub.eprint = verbatim_to_text(raw["eprint"]) or None
    if "arxiv" in raw or "eprint" in raw:
        eprint = pub.eprint or ""
        arxiv = (eprint if f("archiveprefix").lower() == "arxiv" or _EPRINT.fullmatch(eprint) else None) or \
            verbatim_to_text(raw.get("arxiv", ""))
        if arxiv:
            pub.ids["arxiv"] = arxiv_base(arxiv.strip())
    for k in _LINK_FIELDS if not _LINK_SET.isdisjoint(raw) else ():
        if k in raw and (link := verbatim_to_text(raw[k])).startswith("http"):
            kind = LINK_OF_FIELD.get(k)
            if kind is None:
                pub.urls.append(link)
            elif kind not in pub.links:
                pub.links[kind] = link
            else:
                continue
            if kind in (None, "pdf"):
                for ik, iv in ids_from_url(link).items():
                    pub.ids.setdefault(ik, iv)
    if "<a" in f("title"):
        # '<a href="http://dx.doi.org/10.1007/JHEP12(2021)167"> Title</a>': the title links to the paper
        from .collection import _add_url  # not at import: collection brings the page readers

        for link in _TITLE_HREF.findall(f("title")):
            _add_url(pub, link)
    for k in ("award", "award_name"):
        if k in raw and f(k):
            pub.awards.extend(a for a in _SEMI.split(f(k)) if a and a not in pub.awards)
    if "note" in raw:
        pub.note = f("note") or None
    for part in _SEMI.split(f("note")) if "note" in raw else ():
        if not part:
            continue
        if said := _NOTE_LABEL.fullmatch(part):
            if not pub.title:
                pub.label = said.group(1)  # written by pubnorm for a paper known only by a short name
        elif part.lower() in _NOTE_STATUS:
            pub.status = _NOTE_STATUS[part.lower()]
        elif _UNDER_REVIEW.fullmatch(part) is not None:
            pub.status = "under review"
            pub.notes.append(part)
        elif (pv := parse_venue(part)).awards and not pv.text:
            pub.awards.append(part)
        else:
            pub.notes.append(part)
    if "keywords" in raw:
        pub.keywords = split_keywords(f("keywords"))
    if "ids" in raw:
        pub.alt_keys = [k for k in re.split(r"[\s,]+", f("ids")) if k]
    for name, attr in FIELD_ATTR.items() if not _ATTR_SET.isdisjoint(raw) else ():
        if name in raw and getattr(pub, attr) is None and (value := f(name)):
            setattr(pub, attr, value)
    # the entry's other fields, as text, but for those read into an attribute or a link that still says what the
    # field says (only the entry's own fields are asked: every known field name was, for every entry, a third of the
    # time of a 10-byte `@a{k,}`; and the set of the fields used was made for every entry, most often to find none)
    for k in raw:
        if k in _READ or ((field := FIELD_ATTR.get(k)) and getattr(pub, field) == f(k) != "") or (
                k in LINK_OF_FIELD and pub.links.get(LINK_OF_FIELD[k]) == verbatim_to_text(raw[k])):
            continue
        pub.extra[k] = f(k)
    if pub.status == "unknown" and etype in ("techreport", "report"):
        pub.status = "technical report"  # what its type says, as a Hugo page's publication type does
    pub.sources.append(SourceLoc(path, entry.line + 1 + offset, entry.raw.strip()[:2000]))
    return normalize_publication(pub, db)


_UNDER_REVIEW = re.compile(r"(?:under review|submitted)\b.*", re.I)


_NOTE_STATUS = {"accepted": "accepted", "to appear": "accepted", "under review": "under review",
                "working paper": "working paper", "technical report": "technical report"}
