"""Load venues.yaml (plus overlays), validate it, split venue strings, and match them to venues."""

from __future__ import annotations

import bisect
import hashlib
import os
import pickle
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

K = TypeVar("K")
V = TypeVar("V")

from .journals import LOOSE_SCORE, JournalLayer, default_journals_path, loose_key, strip_numeric_tail
from .model import Diagnostic, Severity, Venue, VenueMatch, VenueParse
from .text import fold, squash, unescape

CACHE_VERSION = 7


class VenueDBError(Exception):
    """venues.yaml (or an overlay) cannot be used; carries every problem found."""

    def __init__(self, problems: Sequence[Diagnostic]):
        self.problems = list(problems)
        super().__init__("; ".join(f"{p.path}:{p.line}: {p.message}" for p in self.problems[:5]))


def default_venues_path() -> Path:
    """The venues.yaml shipped in the package (wheel) or at the top of a source checkout."""
    here = Path(__file__).resolve().parent
    for cand in (here / "venues.yaml", here.parent / "venues.yaml"):
        if cand.exists():
            return cand
    raise FileNotFoundError("venues.yaml is missing from the installation")


def key(text: str) -> str:
    """The alias-lookup key: case, accents, punctuation and spacing ignored; a leading 'the' dropped."""
    k = fold(text)
    return k[4:] if k.startswith("the ") else k


# --- loading and validation ----------------------------------------------------------------------------

_FIELDS = {"id", "acronym", "name", "type", "publisher", "field", "aliases", "bibtex", "ranks", "dblp", "track_of", "track"}
TYPES = {"conference", "journal", "workshop", "preprint", "book", "thesis", "magazine", "other"}


def _line_map(text: str) -> dict[int, int]:
    """Line of each `- id:` entry, by position in the list (YAML loaders do not keep lines)."""
    lines: dict[int, int] = {}
    n = 0
    for i, line in enumerate(text.splitlines(), 1):
        if re.match(r"^\s*-\s+(?:\{\s*)?id\s*:", line):
            lines[n] = i
            n += 1
    return lines


def parse_venue_file(path: Path) -> tuple[list[Venue], list[Diagnostic]]:
    """Read one venues YAML file leniently; return the venues and every schema problem (with lines)."""
    import yaml

    text = path.read_text(encoding="utf-8")
    problems: list[Diagnostic] = []
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        raise VenueDBError([Diagnostic("V001", "error", f"invalid YAML: {e}", str(path), mark.line + 1 if mark else 0)]) from e
    items = data.get("venues") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise VenueDBError([Diagnostic("V001", "error", "expected a list under 'venues:'", str(path), 1)])
    lines = _line_map(text)
    venues: list[Venue] = []
    for i, item in enumerate(items):
        line = lines.get(i, 0)
        if not isinstance(item, dict):
            problems.append(Diagnostic("V002", "error", "entry is not a mapping", str(path), line))
            continue
        unknown = sorted(set(item) - _FIELDS)
        if unknown:
            problems.append(Diagnostic("V003", "error", f"unknown field(s) {', '.join(unknown)}", str(path), line))
        vid, name = item.get("id"), item.get("name")
        if not vid or not isinstance(vid, str) or not re.fullmatch(r"[a-z0-9][a-z0-9\-]*", vid):
            problems.append(Diagnostic("V004", "error", f"missing or malformed id {vid!r} (lower-case letters, digits, '-')", str(path), line))
            continue
        if not name or not isinstance(name, str):
            problems.append(Diagnostic("V005", "error", f"venue {vid!r} has no name", str(path), line))
            continue
        vtype = item.get("type") or "conference"
        if vtype not in TYPES:
            problems.append(Diagnostic("V006", "error", f"venue {vid!r}: type {vtype!r} is not one of {sorted(TYPES)}", str(path), line))
        ranks = item.get("ranks") or {}
        if not isinstance(ranks, dict):
            problems.append(Diagnostic("V007", "error", f"venue {vid!r}: ranks must be a mapping edition -> rank", str(path), line))
            ranks = {}
        aliases = item.get("aliases") or []
        if not isinstance(aliases, list):
            problems.append(Diagnostic("V008", "error", f"venue {vid!r}: aliases must be a list", str(path), line))
            aliases = []
        venues.append(Venue(
            id=vid, acronym=item.get("acronym"), name=str(name), type=str(vtype), publisher=item.get("publisher"),
            field=item.get("field"), aliases=tuple(str(a) for a in aliases), bibtex=item.get("bibtex"),
            ranks=tuple(sorted((str(k), str(v)) for k, v in ranks.items())), dblp=item.get("dblp"),
            track_of=item.get("track_of"), track=item.get("track"), line=line,
        ))
    return venues, problems


def validate(venues: Sequence[Venue], path: str, abbreviated: frozenset[str] = frozenset()) -> list[Diagnostic]:
    """Every cross-entry problem: duplicate ids, one alias claimed by two venues, dangling track_of.

    `abbreviated` holds the ids whose abbreviations the journal layer carries (journals it absorbed): a venue
    known only by its name there is not one without aliases.
    """
    problems: list[Diagnostic] = []
    seen: dict[str, Venue] = {}
    for v in venues:
        if v.id in seen:
            problems.append(Diagnostic("V010", "error", f"duplicate id {v.id!r} (first at line {seen[v.id].line})", path, v.line))
        seen.setdefault(v.id, v)
        if not v.acronym and not v.aliases and v.id not in abbreviated:
            problems.append(Diagnostic("V011", "warning", f"venue {v.id!r} has no acronym and no aliases", path, v.line))
    owners: dict[str, Venue] = {}
    for v in venues:
        for text in _names(v, include_acronym=False):
            k = key(text)
            other = owners.get(k)
            if other is not None and other.id != v.id:
                # a journal and a conference may share a name (the matcher decides by context): a warning
                sev: Severity = "warning" if other.type != v.type else "error"
                problems.append(Diagnostic("V012", sev, f"alias {text!r} of {v.id!r} is also a name of {other.id!r} (line {other.line})", path, v.line))
            else:
                owners[k] = v
    for v in venues:
        if v.track_of and v.track_of not in seen:
            problems.append(Diagnostic("V013", "error", f"venue {v.id!r}: track_of names unknown venue {v.track_of!r}", path, v.line))
    return problems


def _names(v: Venue, include_acronym: bool = True) -> list[str]:
    names = [v.name, *v.aliases]
    if v.bibtex:
        names.append(v.bibtex)
    if include_acronym and v.acronym:
        names.insert(0, v.acronym)
    return names


# --- the database --------------------------------------------------------------------------------------


@dataclass
class VenueDB:
    """The venues and the indexes used to match strings to them."""

    venues: dict[str, Venue]
    alias_index: dict[str, tuple[str, ...]] = field(default_factory=dict)  # key -> venue ids
    acronym_keys: dict[str, tuple[str, ...]] = field(default_factory=dict)  # acronym-shaped keys only
    tracks: dict[tuple[str, str], str] = field(default_factory=dict)  # (base id, track) -> venue id
    sources: tuple[str, ...] = ()
    # fuzzy-match candidates, computed once: multi-word keys, and one-word acronym keys by length
    long_keys: list[str] = field(default_factory=list)
    acronyms_by_len: dict[int, list[str]] = field(default_factory=dict)
    fuzzy_cutoff: float = 90.0  # below this rapidfuzz score a venue is unknown, not guessed (config: fuzzy-cutoff)
    _cache: dict[str, VenueMatch] = field(default_factory=dict, repr=False)
    _text_cache: dict[tuple[str, ...], tuple[tuple[str, ...], str, float]] = field(default_factory=dict, repr=False)
    # long keys with their words sorted (token_sort_ratio == ratio of these), ordered by length for a window
    _sorted_keys: list[str] = field(default_factory=list, repr=False)
    _sorted_lens: list[int] = field(default_factory=list, repr=False)
    _sorted_orig: list[str] = field(default_factory=list, repr=False)
    _vocab: frozenset[str] = field(default_factory=frozenset, repr=False)  # every word of a long venue name
    # words that venue names write as words ("Cloud", "Data", "Time"), not as acronyms ("SIGMOD"): such a word
    # written in lower or title case is the word, anything else ("Iclr", "Sigmod") may be an acronym's spelling
    plain_words: frozenset[str] = field(default_factory=frozenset, repr=False)
    # the broad journal layer (journals.sqlite): its file is opened on the first string the top layer cannot
    # answer, and it pickles as its path (worker processes open their own)
    journals: JournalLayer | None = field(default=None, repr=False)

    def journal_layer(self) -> JournalLayer | None:
        """The broad journal layer (None when this database has none)."""
        return self.journals

    def get(self, vid: str) -> Venue | None:
        """The venue with this id, from the top layer or the journal layer."""
        v = self.venues.get(vid)
        if v is None and vid.startswith("j-") and (layer := self.journal_layer()) is not None:
            v = layer.get(vid)
        return v

    def __post_init__(self) -> None:
        self._vocab = frozenset(w for k in self.long_keys for w in k.split())
        pairs = sorted((" ".join(sorted(k.split())), k) for k in self.long_keys)
        pairs.sort(key=lambda p: len(p[0]))
        self._sorted_keys = [p[0] for p in pairs]
        self._sorted_orig = [p[1] for p in pairs]
        self._sorted_lens = [len(p[0]) for p in pairs]

    @classmethod
    def build(cls, venues: Iterable[Venue], sources: Sequence[str] = ()) -> VenueDB:
        by_id: dict[str, Venue] = {}
        for v in venues:
            by_id[v.id] = v  # a later file (overlay) replaces an entry with the same id
        alias: dict[str, list[str]] = {}
        acr: dict[str, list[str]] = {}
        for v in by_id.values():
            for name in _names(v):
                k = key(name)
                if k and v.id not in alias.setdefault(k, []):
                    alias[k].append(v.id)
                if _acronym_shaped(name) and v.id not in acr.setdefault(k, []):
                    acr[k].append(v.id)
        # the parser takes "Proceedings of the 9th Annual" off a string: a name that starts so ("Annual Symposium on
        # Computer-Human Interaction in Play") is found without it too, unless that is another venue's name
        for v in by_id.values():
            for name in (v.name, *v.aliases):
                bare = _PROC.sub("", name)
                if bare != name and " " in bare.strip() and (k := key(bare)) and k not in alias:
                    alias[k] = [v.id]
        plain = frozenset(fold(w) for v in by_id.values() for name in (v.name, *v.aliases)
                          for w in name.split() if " " in name.strip() and not (w.isupper() or sum(c.isupper() for c in w) >= 2))
        tracks = {(v.track_of, key(v.track)): v.id for v in by_id.values() if v.track_of and v.track}
        by_len: dict[int, list[str]] = {}
        for k in acr:
            if " " not in k:
                by_len.setdefault(len(k), []).append(k)
        return cls(by_id, {k: tuple(ids) for k, ids in alias.items()}, {k: tuple(ids) for k, ids in acr.items()}, tracks,
                   tuple(sources), [k for k in alias if " " in k and len(k) >= 12], by_len, plain_words=plain)

    def __len__(self) -> int:
        return len(self.venues)

    def match(self, text: str) -> VenueMatch:
        """Split a venue string and look it up; never guesses below the fuzzy cutoff. Cached per database."""
        hit = self._cache.get(text)  # the hot path: a string already seen
        return hit if hit is not None else _cached(self._cache, text, lambda: _match(self, text))


def _cached(cache: dict[K, V], key: K, compute: Callable[[], V]) -> V:
    """A bounded memo: cleared when full, so memory follows the records, not every string ever seen."""
    hit = cache.get(key)
    if hit is None:
        if len(cache) >= 100_000:
            cache.clear()
        hit = cache[key] = compute()
    return hit


def _acronym_shaped(name: str) -> bool:
    return len(name) <= 14 and " " not in name.strip() or bool(re.fullmatch(r"(?:ACM|IEEE|ACL|CVF)\s+\S+", name))


def load_venues(paths: Sequence[Path] = (), *, use_default: bool = True, cache_dir: Path | None = None,
                journals: bool = True) -> VenueDB:
    """Load the default venues.yaml and overlays (later files override entries with the same id), with the
    shipped journal layer under them unless `journals` is false (it is opened only when first needed)."""
    layer = JournalLayer(default_journals_path()) if journals and default_journals_path().exists() else None
    files = ([default_venues_path()] if use_default else []) + [Path(p) for p in paths]
    venues: list[Venue] = []
    problems: list[Diagnostic] = []
    for f in files:
        if not f.exists():
            raise VenueDBError([Diagnostic("V000", "error", "venue file not found", str(f), 0)])
    # the built database (indexes included) is cached too, keyed by every file's content: a warm start is one
    # unpickle instead of a YAML parse plus index building
    digest = hashlib.sha256(b"".join(f.read_bytes() + b"\0" for f in files) + f"db{CACHE_VERSION}".encode()).hexdigest()[:24]
    db_cache = (cache_dir or _cache_dir()) / f"venuedb-{digest}.pickle"
    try:
        with db_cache.open("rb") as fh:
            db = pickle.load(fh)
        if isinstance(db, VenueDB):
            db.journals = layer
            return db
    except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError, IndexError, TypeError, ValueError):
        pass
    for f in files:
        vs, ps = _load_one(f, cache_dir)
        venues.extend(vs)
        problems.extend(p for p in ps if p.severity == "error")
    if problems:
        raise VenueDBError(problems)
    db = VenueDB.build(venues, [str(f) for f in files])
    db.journals = layer
    _write_cache(db_cache, db)
    return db


def _write_cache(path: Path, obj: object) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only home is fine: we build every time


def _load_one(path: Path, cache_dir: Path | None) -> tuple[list[Venue], list[Diagnostic]]:
    """Parse one file, through a pickle cache keyed by the file's content hash (YAML parsing is slow)."""
    data = path.read_bytes()
    digest = hashlib.sha256(data + str(CACHE_VERSION).encode()).hexdigest()[:24]
    cache = (cache_dir or _cache_dir()) / f"venues-{digest}.pickle"
    try:
        with cache.open("rb") as fh:
            cached = pickle.load(fh)
            return list(cached[0]), list(cached[1])
    except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError, IndexError, TypeError):
        pass
    venues, problems = parse_venue_file(path)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump((venues, problems), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cache)
    except OSError:
        pass  # a read-only home is fine: we parse every time
    return venues, problems


def _cache_dir() -> Path:
    if explicit := os.environ.get("PUBNORM_CACHE_DIR"):
        return Path(explicit)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "pubnorm"


# --- splitting a venue string ------------------------------------------------------------------------------

_RANK = re.compile(
    r"(?:\b(?:CCF)\s*[-:：]?\s*(?:rank\s*)?(?P<ccf>A\*?|B|C|none)\b"
    r"|\bCORE\s*[-:：]?\s*(?:rank\s*)?(?P<core>A\*|A|B|C)(?![\w*])"
    r"|\b(?:JCR|SCI|SCIE|CAS|中科院)\s*[-:：]?\s*(?P<jcr>Q[1-4]|[1-4]\s*区(?:\s*-?\s*top)?|[1-4](?:\s*-\s*top)?)(?![\w])"
    r"|\bTHCPL\s*[-:：]?\s*(?P<th>A|B))", re.I)
_STATUS = [
    (re.compile(r"\b(?:arxiv(?:\s+preprint)?(?:\s+arxiv)?\s*:?\s*|(?<=preprint)\s*,?\s*arxiv\s*:\s*)\d{4}\.\d{4,5}(?:v\d+)?", re.I),
     "preprint"),
    (re.compile(r"\b(?:revise\s+(?:and|&)\s+resubmit|r\s*&\s*r|major revisions?|minor revisions?|revisions? requested)\b"
                r"(?:\s+(?:at|by|from))?", re.I), "under review"),
    (re.compile(r"\b(?:under (?:review|submission)|in submission|submitted)\b(?:\s+(?:to|at))?", re.I), "under review"),
    (re.compile(r"\b(?:to appear|forthcoming|in press|conditionally accepted|accepted(?: for publication)?|advance online publication|"
                r"online ahead of print|epub ahead of print)\b(?:\s+(?:at|by|to|in|for))?", re.I), "accepted"),
    (re.compile(r"\b(?:job market paper|working papers?(?:\s+series)?)\b", re.I), "working paper"),
    (re.compile(r"\b(?:technical report|tech\.? report|white paper)\b", re.I), "technical report"),
    (re.compile(r"\bpre-?prints?\b", re.I), "preprint"),  # "Preprint, TechRxiv": the server is the venue
]
_AWARD = re.compile(
    r"(?:\b(?:best|outstanding|distinguished|honou?rable|most influen\w+|notable)\b[\w\s\-/]*?"
    r"(?:papers|paper|awards|award|mention|prize|presentation|demo|artifact|reviewer|nominee|nomination)(?:\s+(?:award|nominee|nomination|honorable mention))?(?:\s+(?:of|at)\s+[A-Za-z]+(?:\s+\d{4})?)?"
    r"|\b(?:oral|spotlight|highlights?|hightlights?|poster|contributed talk|invited talk|long talk|short talk)(?:\s+(?:presentation|paper|talk|track))?\b"
    r"|\btop\s*\d+(?:\.\d+)?\s*%(?:\s+(?:paper|papers|of submissions))?"
    r"|\b(?:[A-Z][a-z]+\s+){1,6}(?:and\s+(?:[A-Z][a-z]+\s+){1,4})?Award\b"
    r"|\bJ2C Certification\b|\b(?:featured|survey) certification\b)", re.I)
_NOTE = re.compile(r"\b(?:co-?first author|first author|corresponding author|equal contribution|co-?corresponding author|student author)\b"
                   r"|\(?\bacceptance rate\s*[:=]?\s*(?:\d+(?:\.\d+)?\s*%|\d+\s*/\s*\d+)[^)]*\)?", re.I)
_TRACK = [
    (re.compile(r"^findings\s+(?:of\s+)?(?:the\s+)?(?:association\s+for\s+computational\s+linguistics\s*:?\s*|acl\s*:\s*)?", re.I), "Findings"),
    (re.compile(r"[\s\-–(]*\bfindings\b\)?", re.I), "Findings"),
    (re.compile(r"[\s\-–(]*\b(?:datasets?\s*(?:and|&)\s*benchmarks?|d\s*&\s*b)(?:\s+track)?\)?", re.I), "Datasets and Benchmarks"),
    (re.compile(r"[\s\-–(]*\b(?:late[\s\-]breaking work|lbw|extended abstracts?)\)?", re.I), "Late-Breaking Work"),
    (re.compile(r"[\s\-–(]*\b(?:industry|demos?|demonstrations?|short papers?|long papers?|student research workshop)\b(?:\s+track)?\)?", re.I), "track"),
    # sub-tracks reported as tracks: the venue is the host's ("ICSE Doctoral Symposium", "WWW '23 Companion")
    (re.compile(r"[\s\-–(]*\b(?:doctoral (?:symposium|consortium)|companion(?: proceedings(?: of)?)?|work[\s-]in[\s-]progress|wip|"
                r"student research competition|competitions?|posters?\s+(?:and|&)\s+demos?|adjunct(?: proceedings(?: of)?)?)\b"
                r"(?:\s+(?:track|session|papers?))?\)?", re.I), "subtrack"),
    (re.compile(r"[\s\-–(]*\b(?:resource|position papers?|reproducibility|applied data science|research|special|tutorial|"
                r"journal[\s-]first|main)\s+track\)?", re.I), "track"),
]
# "FinNLP Workshop @ IJCAI", "Workshop on X at NeurIPS", "CHI 2025 Tools for Thought Workshop"
_WORKSHOP = re.compile(r"\bworkshops?\b", re.I)
_EMOJI = re.compile(r"[\u2190-\u2BFF\U0001F000-\U0001FAFF\uFE0F\u200D]|:[a-z_]{2,30}:")
_PROC = re.compile(
    r"^(?:in\s*:?\s+)?(?:(?:the\s+)?proc(?:eedings|\.)?\s+(?:of\s+)?(?:the\s+)?)?"
    r"(?:(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|[a-z]+tieth|[a-z]+-(?:first|second|third|[a-z]+th))\s+)?"
    r"(?:annual\s+)?", re.I)
_VOLUME = re.compile(r"(?:\(volume \d+:[^)]*\)|\b\d+(?:st|nd|rd|th)\b|\b(?:vol(?:ume)?\.?\s*\d+|no\.?\s*\d+|issue\s*\d+|pp?\.?\s*\d+\s*[-–]+\s*\d+|pages?\s*\d+(?:\s*[-–]+\s*\d+)?))", re.I)
_MONTH = re.compile(r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\b(?=\s*[\d,.;/)]|\s*$)", re.I)


def parse_venue(raw: str) -> VenueParse:
    """Split a venue string into venue text, year, track, awards, status, rank claims and notes."""
    text = _clean_markup(_AAS_MACROS.get(raw.strip(), raw) if raw.startswith("\\") else raw)
    rank_claims: list[str] = []

    def _rank(m: re.Match[str]) -> str:
        if m.group("ccf"):
            rank_claims.append(f"CCF {m.group('ccf').upper()}")
        elif m.group("core"):
            rank_claims.append(f"CORE {m.group('core').upper()}")
        elif m.group("jcr"):
            value = re.sub(r"\s+", "", m.group("jcr")).upper().replace("TOP", "Top")
            rank_claims.append(f"JCR {value}" if value.startswith("Q") else f"CAS {value}")
        else:
            rank_claims.append(f"THCPL {m.group('th').upper()}")
        return " "

    low = text.lower()  # cheap word checks first: most strings skip most of the patterns below
    if "ccf" in low or "core" in low or "jcr" in low or "sci" in low or "cas" in low or "中科院" in low or "thcpl" in low:
        text = _RANK.sub(_rank, text)
    if "*" in text or "_" in text:
        text = _EMPHASIS.sub(" ", text)  # markdown emphasis left in the string
    status = None
    if _STATUS_WORDS.search(low):
        for pat, st in _STATUS:
            if pat.search(text):
                status = status or st
                text = pat.sub(" ", text)
    awards: list[str] = []
    if _AWARD_WORDS.search(low):
        awards = [squash(a) for a in _AWARD.findall(text)]
        text = _AWARD.sub(" ", text)
    notes: list[str] = []
    if "author" in low or "contribution" in low or "acceptance" in low:
        notes = [squash(n) for n in _NOTE.findall(text)]
        text = _NOTE.sub(" ", text)
    words = set(_WORDS.findall(low))
    if words & _VOLUME_WORDS or _ORDINAL.search(low):
        text = _VOLUME.sub(" ", text)
    track = None
    if _TRACK_WORDS.search(low):
        for pat, name in _TRACK:
            m = pat.search(text)
            if m:
                if name == "subtrack":
                    name = _subtrack(m.group(0))
                track = track or (name if name != "track" else squash(m.group(0)).strip("()- ").title())
                text = text[: m.start()] + " " + text[m.end():]
        if track == "Work in Progress" and not _LETTER.search(text):
            track, status = None, status or "working paper"  # "Work in progress" alone is a paper's status
    if track is None and "workshop" in low and _WORKSHOP.search(text):
        track = "Workshop"  # the words stay: they name the workshop, and the host is found by the matcher
    year, text = _take_year(text)
    if words & _MONTH_WORDS:
        text = _MONTH.sub(" ", text)
    if "(" in text:
        text = _EMPTY_BRACKETS.sub(" ", text)  # brackets emptied by the steps above
    text = squash(text.strip(" ,;:|/-–—·•."))
    if "available" in low or "published" in low or "appeared" in low or "presented" in low:
        text = _AVAILABLE.sub("", text)  # "Available at SSRN 4612780", "PREPRINT available at Research Square"
    lead = _PROC.match(text)  # anchored at the start: always matches, maybe empty
    if lead is not None and lead.end():
        text = text[lead.end():]
    text = _DANGLING.sub(" ", text)
    text = squash(_EDGE_PUNCT.sub("", text))
    if text.count("(") != text.count(")"):
        text = squash(text.replace("(", " ").replace(")", " ")).strip(" ,;:|/-–—")
    if not text and status == "preprint" and re.search(r"arxiv", raw, re.I):
        text = "arXiv"  # "arXiv preprint arXiv:2306.04387": the identifier named the server
    return VenueParse(raw=raw, text=text, year=year, track=track, awards=tuple(dict.fromkeys(awards)),
                      status=status, rank_claims=tuple(dict.fromkeys(rank_claims)), notes=tuple(dict.fromkeys(notes)),
                      lead=squash(lead.group(0)) if lead and lead.group(0).strip() else "")


_SUBTRACKS = {"doctoral": "Doctoral Symposium", "companion": "Companion", "work": "Work in Progress", "wip": "Work in Progress",
              "student": "Student Research Competition", "competition": "Competition", "competitions": "Competition",
              "poster": "Posters and Demos", "posters": "Posters and Demos", "adjunct": "Adjunct"}


def _subtrack(found: str) -> str:
    """The canonical name of a sub-track ("companion proceedings of" -> "Companion")."""
    return _SUBTRACKS.get(found.strip(" -–(").split()[0].lower().split("-")[0], "Track")


def _clean_markup(raw: str) -> str:
    """Venue text without HTML tags, entities, emoji, braces, and link labels around it ("[ArXiV]", "[Code]")."""
    text = _TAG.sub(" ", raw) if "<" in raw else raw
    if "&" in text:
        text = unescape(text)
    text = _EMOJI.sub(" ", text.replace("\u00a0", " ")).replace("\\[", "[").replace("\\]", "]")
    text = squash(_BRACES.sub(" ", text))
    if "[" not in text:
        return text
    whole = _WHOLE_BRACKET.fullmatch(text)
    if whole:
        return squash(whole.group(1))  # "[Revise and resubmit, International Economic Review]"
    bare = squash(_LINK_LABEL.sub(" ", text))
    return bare if _LETTER.search(bare) else text


_AVAILABLE = re.compile(r"^(?:(?:also\s+|freely\s+|now\s+)?available\s+(?:at|on|from|in|via|online at)|"
                        r"(?:paper\s+|talk\s+)?(?:published|appeared|presented)\s+(?:in|at|on|by|to)(?:\s+the)?)\s+", re.I)
# the journal macros of AASTeX (aas_macros.sty), which astronomy .bib files use for their journal field
_AAS_MACROS = {f"\\{m}": name for m, name in {
    "aj": "Astronomical Journal", "actaa": "Acta Astronomica", "araa": "Annual Review of Astronomy and Astrophysics",
    "apj": "Astrophysical Journal", "apjl": "Astrophysical Journal Letters", "apjs": "Astrophysical Journal Supplement Series",
    "ao": "Applied Optics", "apss": "Astrophysics and Space Science", "aap": "Astronomy and Astrophysics",
    "aapr": "Astronomy and Astrophysics Review", "aaps": "Astronomy and Astrophysics Supplement Series",
    "azh": "Astronomicheskii Zhurnal", "baas": "Bulletin of the American Astronomical Society",
    "caa": "Chinese Astronomy and Astrophysics", "cjaa": "Chinese Journal of Astronomy and Astrophysics",
    "icarus": "Icarus", "jcap": "Journal of Cosmology and Astroparticle Physics",
    "jrasc": "Journal of the Royal Astronomical Society of Canada", "memras": "Memoirs of the Royal Astronomical Society",
    "mnras": "Monthly Notices of the Royal Astronomical Society", "na": "New Astronomy", "nar": "New Astronomy Reviews",
    "pra": "Physical Review A", "prb": "Physical Review B", "prc": "Physical Review C", "prd": "Physical Review D",
    "pre": "Physical Review E", "prl": "Physical Review Letters", "pasa": "Publications of the Astronomical Society of Australia",
    "pasp": "Publications of the Astronomical Society of the Pacific", "pasj": "Publications of the Astronomical Society of Japan",
    "qjras": "Quarterly Journal of the Royal Astronomical Society", "skytel": "Sky and Telescope", "solphys": "Solar Physics",
    "sovast": "Soviet Astronomy", "ssr": "Space Science Reviews", "zap": "Zeitschrift fur Astrophysik", "nat": "Nature",
    "aplett": "Astrophysical Letters", "gca": "Geochimica et Cosmochimica Acta", "grl": "Geophysical Research Letters",
    "jcp": "Journal of Chemical Physics", "jgr": "Journal of Geophysical Research", "jqsrt":
    "Journal of Quantitative Spectroscopy and Radiative Transfer", "nphysa": "Nuclear Physics A", "physrep": "Physics Reports",
    "physscr": "Physica Scripta", "planss": "Planetary and Space Science", "procspie": "Proceedings of the SPIE",
    "psj": "Planetary Science Journal", "memsai": "Memorie della Societa Astronomica Italiana"}.items()}
_WORDS = re.compile(r"[a-z]+")
_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)\b")
_VOLUME_WORDS = {"vol", "volume", "no", "issue", "p", "pp", "page", "pages"}
_MONTH_WORDS = {"jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
                "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december"}
_TAG = re.compile(r"<[^>]*>")
_BRACES = re.compile(r"[{}《》「」]")
_WHOLE_BRACKET = re.compile(r"\[([^\[\]]+)\]\.?")
_LINK_LABEL = re.compile(r"\[[^\[\]]*\](?:\([^)]*\))?|\[[^\[\]]*$")
_LETTER = re.compile(r"[A-Za-z\u4e00-\u9fff]")
_EMPHASIS = re.compile(r"(?<![\w*])[*_]+|[*_]+(?![\w*])")
_EMPTY_BRACKETS = re.compile(r"\((?:\s|[,;:&|/])*\)")
_DANGLING = re.compile(r"\b(?:and|&)\s*$|^\s*(?:and|&|in|at)\b", re.I)
_EDGE_PUNCT = re.compile(r"^[\s,;:|/\-–—\[]+|[\s,;:|/\-–—\].]+$")
_STATUS_WORDS = re.compile(r"arxiv|review|submi|appear|accept|press|forthcoming|paper|progress|revis|r\s*&\s*r|report|print|"
                           r"advance online|ahead of")
_AWARD_WORDS = re.compile(r"best|outstanding|distinguished|hono|influen|notable|oral|spotlight|highl|hightl|poster|talk|top|"
                          r"award|certification")
_TRACK_WORDS = re.compile(r"findings|dataset|d\s*&\s*b|breaking|lbw|extended|industry|demo|short|long|student|track|doctoral|"
                          r"companion|progress|wip|competition|adjunct")


_Y4 = re.compile(r"(?<![\d\w/.])(?:19[5-9]\d|20[0-4]\d)(?![\d/])")
_Y4_GLUED = re.compile(r"(?<=[A-Za-z])(19[5-9]\d|20[0-4]\d)\b")  # CVPR2025
_Y2 = re.compile(r"(?:(?<=[A-Za-z])'|(?<=[A-Za-z])\s*['’]|(?<=[A-Za-z]\s)|(?<=[A-Za-z]-))(\d{2})\b(?![\d.])")


def _take_year(text: str) -> tuple[int | None, str]:
    for pat in (_Y4, _Y4_GLUED):
        m = pat.search(text)
        if m:
            year = int(m.group(0) if pat is _Y4 else m.group(1))
            text = pat.sub(" ", text)
            return year, text
    m = _Y2.search(text)
    if m and len(re.sub(r"[^A-Za-z]", "", text[: m.start()])) >= 2:
        yy = int(m.group(1))
        if yy <= 49 or yy >= 80:
            text = text[: m.start()] + text[m.end():]
            return (2000 + yy if yy <= 49 else 1900 + yy), text.replace("'", " ").replace("’", " ")
    return None, text


# --- matching ----------------------------------------------------------------------------------------------

# words that stand for "no venue yet" and also spell an acronym ("TBD": IEEE Transactions on Big Data): alone they
# are not a venue; with context ("IEEE TBD", "IEEE Trans. Big Data") the other steps find the venue
_THE_NAME = re.compile(r"The [A-Z][a-z]{3,}")
_PLACEHOLDERS = frozenset({"tbd", "tba", "tbc", "na", "n a", "none", "todo", "unknown", "pending", "unpublished"})
_JOURNAL_HINT = re.compile(r"\b(?:journal|trans(?:actions)?|letters|magazine|review|vol|volume)\b", re.I)
_CONF_HINT = re.compile(r"\b(?:conference|conf|proc|proceedings|symposium|workshop|meeting|congress)\b", re.I)
# words that may surround an acronym in a venue string without changing which venue it is
_FILLER = {"in", "proc", "proceedings", "of", "the", "main", "conference", "conf", "track", "research", "paper", "papers",
           "long", "short", "full", "volume", "vol", "acm", "ieee", "annual", "international", "symposium", "journal", "at"}


def _match(db: VenueDB, raw: str) -> VenueMatch:
    p = parse_venue(raw)
    if not p.text or (len(p.text) <= 11 and key(p.text) in _PLACEHOLDERS):
        return VenueMatch(p, None, "none", 0.0)
    # many strings differ only in year, award or rank tag: the lookup of what is left is shared
    ids, method, score = _cached(db._text_cache, (p.text, p.lead), lambda: _lookup(db, p.text, p.lead))
    if not ids and p.track == "Workshop":
        ids, method, score = _cached(db._text_cache, ("host", p.text), lambda: _workshop_host(db, p.text))
    if (not ids and (_cited(p) or p.status in ("accepted", "under review") or ("(" in p.text and _PLACE_BRACKETS.search(p.text)))
            and " " not in (k := key(word := strip_numeric_tail(_PLACE_BRACKETS.sub("", p.text) if "(" in p.text else p.text)))):
        # one word is a journal only in a citation: "Blood, 2020", "ApJ 901, 12", "Pediatrics. In press.", and
        # Medline's place qualifier "Biostatistics (Oxford, England)"
        ids, method, score = _journal(db, word, k, one_word=True)
    if not ids and _THE_NAME.fullmatch(p.text):
        # "The Holocene", "The Auk": a one-word journal written with the article its name keeps is named, not a word
        hit = _journal(db, p.text, key(p.text), one_word=True)
        if len(hit[0]) == 1 and (v := db.get(hit[0][0])) is not None and v.name.lower().startswith("the "):
            ids, method, score = hit
    if (db.journals is not None and (p.lead or p.track or p.awards or "[" in raw)
            and (not ids or method == "fuzzy" or all(i not in db.venues for i in ids))):
        # the split may have taken words of a journal's name for a lead-in, an award or a track ("Annual Review
        # of Immunology", "Clinical Oral Implants Research", "... for Industry"): the name as written wins
        # the answer depends on the string without its year: shared by "X 2023 (Oral)" and "X 2024 (Oral)"
        src = _AAS_MACROS.get(raw.strip(), raw) if raw.startswith("\\") else raw
        hit = _cached(db._text_cache, ("as written", p.text, _DIGITS.sub("", src)), lambda: _written_journal(db, src, p))
        if hit[0] and (not ids or len(key(p.text).split()) < len(hit[1].split())):  # only a longer name replaces
            ids, method, score = hit[0], "alias", 100.0
    if len(ids) > 1:
        ids = _disambiguate(db, ids, p)
    if len(ids) > 1:
        return VenueMatch(p, None, "ambiguous", score, tuple(sorted(ids)))
    if not ids:
        return VenueMatch(p, None, "none", score)
    venue = db.get(ids[0])
    if venue is None:
        return VenueMatch(p, None, "none", 0.0)
    if p.track and (tid := db.tracks.get((venue.id, key(p.track)))):
        venue = db.venues[tid]
    return VenueMatch(p, venue, method, score)  # type: ignore[arg-type]


def _lookup(db: VenueDB, text: str, lead: str = "") -> tuple[tuple[str, ...], str, float]:
    k = key(text)
    if ids := _exact(db, text, k):
        return ids, "alias", 100.0
    if lead and (ids := db.alias_index.get(key(f"{lead} {text}"), ())):
        return ids, "alias", 100.0  # "Proceedings of the National Academy of Sciences" is a name, not a lead-in
    # "Proceedings of the 2021 International Conference on Management of Data (SIGMOD'21)": the acronym in
    # brackets says which venue the name means, over a bare alias of the name (CoMAD)
    if "(" in text and (ids := _paren_acronym(db, text)[1]):
        return ids, "alias", 100.0
    # "Full Journal Name (ACRONYM)" or "ACRONYM (Full Name)": try each part ("(SIGHAN-10)": without its edition)
    m = re.fullmatch(r"([^()]+?)\s*\(([^()]+)\)", text)  # one bracket only: "X (FMSPLE) ... (SPLC)" is not SPLC
    if m:
        if ids := _exact(db, m.group(1), key(m.group(1))):
            return ids, "alias", 100.0
        # "ACM Transactions on Social Computing (TSC)": a journal named in full is not the top venue its
        # acronym also spells (IEEE TSC)
        # ... but "physica status solidi (b)" is a journal of its own, and "(b)" names no other venue
        if ids := _journal(db, text, k, exact=True)[0]:
            return ids, "alias", 100.0
        if len(m.group(1).split()) >= 2 and len(m.group(2)) > 2 and (ids := _journal(db, m.group(1), key(m.group(1)))[0]):
            return ids, "alias", 100.0
        for part in (m.group(2), re.sub(r"[\s-]*\d{1,2}$", "", m.group(2))):
            if ids := _exact(db, part, key(part)):
                return ids, "alias", 100.0
    # drop a publisher prefix or a proceedings-style lead-in ("IEEE TMM", "ACM MM", "Proc. VLDB Endow.",
    # "Conference of the Nations of the Americas Chapter ...")
    stripped = re.sub(r"^(?:ieee|acm|ieee/acm|ieee/cvf|cvf|acm/ieee|springer|elsevier|usenix|aaai|siam|ifip|isca|proceedings of the|"
                      r"(?:the )?(?:conference|symposium|meeting) (?:of|on) (?:the )?)\s*", "", k)
    if stripped != k and (ids := _same_publisher(db, db.alias_index.get(stripped, ()), k[: len(k) - len(stripped)])):
        return ids, "alias", 100.0
    # "TOIS ACM Transactions on Information Systems": an acronym written before the name it stands for
    first, _, rest = text.partition(" ")
    if rest and re.fullmatch(r"[A-Z][A-Za-z&\-]*[A-Z][A-Za-z]*", first):
        named = _exact(db, rest, key(rest)) or db.alias_index.get(re.sub(r"^(?:ieee|acm)\s+", "", key(rest)), ())
        if named and set(named) & set(db.acronym_keys.get(key(first), ())):
            return tuple(i for i in named if i in db.acronym_keys[key(first)]), "alias", 100.0
    # a journal the top layer lacks, named in full: before an acronym among filler words ("The UMAP Journal" is
    # not UMAP) and before any fuzzy guess ("Econometrics Journal" is not a misspelt "Journal of Econometrics")
    if ids := _journal(db, text, k, exact=True)[0]:
        return ids, "alias", 100.0
    # a citation tail after the name ("Society for Computation in Linguistics, pages 69-84, Amherst, MA.")
    head = re.split(r"\s*[,;]\s+|\s*\.\s+", text, maxsplit=1)[0]
    if head != text and " " not in head and sum(c.isupper() for c in head) >= 2 and (ids := db.acronym_keys.get(key(head), ())):
        return ids, "alias", 100.0  # "NOSSDAV, Braunschweig, Germany", "IROS, Abu Dhabi"
    if head != text and " " in head:
        ids, method, score = _lookup(db, head)
        # not a journal of the journal layer: "Harbin Institute of Technology, Shenzhen" is an affiliation, and
        # "Vital and Health Statistics. Series 3: ..." another journal (a citation tail is taken off below)
        if ids and method == "alias" and ids[0] in db.venues:
            return ids, method, score
    # a citation tail of volume, issue, pages ("Nature 626, 517–522", "Phys. Rev. Lett. 125, 123")
    core = strip_numeric_tail(text)
    if core != text and core:
        ids, method, score = _lookup(db, core)
        if ids:
            return ids, method, score
    # the name as usually written inside a longer string: an LNCS volume title, a subtitle after a colon, a place
    # or date in brackets, "Int'l Conf.", "IEEE Network Magazine"
    for variant in _variants(text):
        ids, method, score = _lookup(db, variant)
        if ids and method == "alias":
            return ids, method, score
    # acronym-shaped words inside a longer string ("in Proc. of EMNLP", "SIGKDD | research track")
    tokens = [t for t in re.split(r"[\s,;:|/.()]+", text) if t]
    words = [w for w in tokens if re.fullmatch(r"[A-Z][A-Za-z\-&*]*[A-Z][A-Za-z]*", w)]
    others = [t for t in tokens if t not in words]
    if 0 < len(words) <= 2 and all(t.lower() in _FILLER for t in others):
        # every capitalised word must name the same venue: "AI TIME" (a talk series) is not the TIME symposium
        hits = {db.acronym_keys.get(key(w), ()) if len(key(w)) >= 3 else () for w in words}
        if len(hits) == 1 and (ids := hits.pop()):
            return ids, "alias", 95.0
    # the journal layer's loose key, before any fuzzy guess ("Journal of American Chemical Society")
    ids, method, score = _journal(db, text, k)
    if ids:
        return ids, method, score
    if ids := _abbreviated(db, text, k):
        return ids, "fuzzy", 95.0
    return _fuzzy(db, text, k)


# the commonest ISO-4 (LTWA) word abbreviations: a string with one of them, or a dotted word, may be a journal's
# name abbreviated word by word
_ISO_WORDS = frozenset(
    "int intl j soc commun trans proc rev lett res sci eng comput phys chem biol med appl math stat econ assoc ann "
    "annu bull rep syst technol inf electr mech mater environ geophys astron astrophys mol clin psychol neurosci "
    "ecol evol geol surv tutor netw intell mach learn anal robot autom theor exp eur am natl acad polit sociol educ "
    "manag ind opt gen".split())


def _abbreviated(db: VenueDB, text: str, k: str) -> tuple[str, ...]:
    """The one journal whose full name a string abbreviates word by word ("Int J of Soc Robotics", "IEEE Commun.
    Surveys and Tutorials"): each word the start of the name's next content word, none of the name's left over."""
    words = k.split()
    if not 2 <= len(words) <= 8 or "," in text or (layer := db.journal_layer()) is None:
        return ()
    if not ("." in text or any(w in _ISO_WORDS for w in words)) or sum(w not in _FUZZY_STOP for w in words) < 2:
        return ()
    hits = layer.find_abbreviated(words)
    ids = tuple(dict.fromkeys(top if top in db.venues else v.id for v, top in hits))
    return ids if len(ids) == 1 else ()


_LNCS = re.compile(r"^[^:]*?\s*(?:--|[–—])\s*([A-Z][\w\-&+]*(?:\s[A-Z][\w\-&+]*)?)\s*:")
_PLACE_BRACKETS = re.compile(r"\s*\([^()]*,[^()]*\)")
_ABBREV_WORDS = [(re.compile(r"\bint(?:'l|l\.?|\.)(?=\s)", re.I), "International"), (re.compile(r"\bconf\.(?=\s|$)", re.I), "Conference"),
                 (re.compile(r"\bsymp\.(?=\s|$)", re.I), "Symposium"), (re.compile(r"\bworksh?\.(?=\s|$)", re.I), "Workshop"),
                 (re.compile(r"\bP2P\b"), "Peer-to-Peer")]
# identifiers that name a document, not its venue: "draft-ietf-quic-recovery-29", "RFC 9002"
_IDENTIFIER = re.compile(r"\s+(?:draft-[a-z0-9\-]+|[a-z]+(?:-[a-z0-9]+){2,})(?=\s|$)")


def _variants(text: str) -> list[str]:
    """Shorter readings of a venue string, each tried as a name: the acronym of an LNCS volume title
    ("Computer Vision – ECCV : 17th European Conference, ..."), the name before a subtitle ("Clinical
    gastroenterology and hepatology : the official ... journal"), the string without bracketed places or dates
    ("(Rome, Italy, July 2001)", "(Oxford, England)"), with "Int'l"/"Conf."/"Symp."/"P2P" spelt out, without a
    trailing "Magazine", and without a document's identifier ("draft-ietf-...")."""
    out: list[str] = []
    if m := _LNCS.match(text):
        out.append(m.group(1))
    if ":" in text and len(head := text.split(":", 1)[0].strip()) >= 4 and " " in head:
        out.append(head)
    if "," in text and "(" in text and (bare := squash(_PLACE_BRACKETS.sub(" ", text))) != text:
        out.append(bare)
    spelt = text
    for pat, word in _ABBREV_WORDS:
        spelt = pat.sub(word, spelt)
    if spelt != text:
        out.append(spelt)
    if text.lower().endswith(" magazine"):
        out.append(text[: -len(" magazine")])
    if "-" in text and (bare := squash(_IDENTIFIER.sub(" ", text))) != text:
        out.append(bare)  # "Internet Draft draft-ietf-quic-recovery-latest"
    return [v for v in out if v and v != text]


def _paren_acronym(db: VenueDB, text: str) -> tuple[str, tuple[str, ...]]:
    """The first bracketed acronym in a string ("(SIGMOD)", "(Mobicom01)", "(SAC ), Gyeongju") and the venue it
    names, when the rest of the string agrees: a publisher word it names (ACM ... (TSC) is not IEEE TSC), and
    among venues sharing the acronym, the one whose name has the most of the string's words."""
    m = re.search(r"\(\s*([A-Za-z][A-Za-z&+@\-]*?[A-Za-z])[\s'’\-]*\d{0,4}\s*\)", text)
    if m is None or sum(c.isupper() for c in m.group(1)) < 2:
        return "", ()
    ids = db.acronym_keys.get(key(m.group(1)), ())
    before = key(text[: m.start()])
    ids = _same_publisher(db, ids, " ".join(w for w in before.split() if w in _PUBLISHERS))
    if len(ids) > 1:
        words = {w for w in before.split() if len(w) > 3}
        scored = sorted(((len(words & set(" ".join(key(n) for n in _names(db.venues[i])).split())), i) for i in ids), reverse=True)
        ids = (scored[0][1],) if scored[0][0] > 0 and scored[0][0] > scored[1][0] else ()
    return m.group(1), ids


_PUBLISHERS = {"ieee", "acm", "springer", "elsevier", "usenix", "aaai", "siam", "ifip", "mdpi", "wiley"}


def _same_publisher(db: VenueDB, ids: tuple[str, ...], prefix: str) -> tuple[str, ...]:
    """Venues a publisher-prefixed string may name: "IEEE Sensors" is not MDPI's Sensors."""
    said = set(prefix.split()) & _PUBLISHERS
    if not said:
        return ids
    return tuple(i for i in ids if not (pub := db.venues[i].publisher) or said & set(fold(pub).split())
                 or said & set(key(db.venues[i].name).split()))


_DIGITS = re.compile(r"\d+")


def _written_journal(db: VenueDB, raw: str, p: VenueParse) -> tuple[tuple[str, ...], str, float]:
    """The journal named by the string as written (ids, its key), when that differs from the split's text."""
    for full in _as_written(raw):
        fk = key(full)
        if " " in fk and fk != key(p.text) and (ids := _journal(db, full, fk, exact=True)[0]):
            return ids, fk, 100.0
    return (), "", 0.0


def _as_written(raw: str) -> list[str]:
    """A venue string as written, then without its year, then without its citation tail too (HTML tags dropped):
    "Int. J. Quantum Chem. 1" and "J Antibiot [B]" are journals of their own."""
    text = squash(_TAG.sub(" ", raw)).strip(" ,;:.|")
    bare = squash(_take_year(_clean_markup(raw))[1]).strip(" ,;:.|")
    return list(dict.fromkeys((text, bare, strip_numeric_tail(bare))))


def _journal(db: VenueDB, text: str, k: str, one_word: bool = False,
             exact: bool = False) -> tuple[tuple[str, ...], str, float]:
    """The journal layer's answer: exact on the key, else on the key without stop words (unique only)."""
    if not k or (" " not in k and not (one_word and _journal_shaped(text, k))):
        return (), "none", 0.0
    layer = db.journal_layer()
    if layer is None:
        return (), "none", 0.0
    hits = layer.find(k)
    method, score = "alias", 100.0
    if not hits and not exact and (lk := loose_key(k)) and lk != k:
        hits = layer.find(lk, loose=True)
        method, score = "fuzzy", LOOSE_SCORE
    ids = tuple(dict.fromkeys(top if top in db.venues else v.id for v, top in hits))
    if len(ids) > 1:
        # "Physics Reports" and "Physics Reports. A Review Section of Physics Letters", "The European Physical
        # Journal A" and "European Physical Journal A: Hadrons and Nuclei": one journal, listed under its name
        # with and without a subtitle; the plain name stands for it
        # (a subtitle follows a colon, full stop or dash: "Astrophysical Journal Letters" is another journal)
        names = sorted((re.sub(r"^the\s+", "", v.name.casefold()), top if top in db.venues else v.id) for v, top in hits)
        shortest, sid = min(names, key=lambda n: len(n[0]))
        if all(n == shortest or (n.startswith(shortest) and re.match(r"\s*[.:\-–—]", n[len(shortest):])) for n, _ in names):
            ids = (sid,)
    if method == "fuzzy" and len(ids) != 1:
        return (), "none", 0.0
    return ids, method, score


def _journal_shaped(text: str, k: str) -> bool:
    """Whether one word may name a journal: written as a name ("Blood") or an acronym ("ApJ", "BMJ").

    Forty thousand journals include "Agenda", "Analysis" and "Code": a lower-case word or a word of
    fewer than three letters is not taken for one.
    """
    word = text.strip(" .,;:")
    caps = sum(c.isupper() for c in word)
    return word[:1].isupper() and ((caps >= 2 and len(k) >= 3) or (caps == 1 and len(k) >= 4))


def _cited(p: VenueParse) -> bool:
    """The string carries a volume, issue or pages: "Blood 135(12):1000-10", not "Survey 2025" (a year is not enough)."""
    return any(c.isdigit() for c in p.text) and strip_numeric_tail(p.text) != p.text


def _workshop_host(db: VenueDB, text: str) -> tuple[tuple[str, ...], str, float]:
    """The host of a workshop, unless the workshop is named with an acronym of its own ("Workshop on X (FMSPLE
    2013) ... co-located with SPLC" is a venue of its own, not SPLC's workshop track)."""
    if "(" in text and _paren_acronym(db, text)[0]:
        return (), "none", 0.0
    return _host(db, text)


def _host(db: VenueDB, text: str) -> tuple[tuple[str, ...], str, float]:
    """The conference a workshop is held at: named after "@" or "at", or the one conference acronym in the string."""
    m = re.search(r"(?:@|\bat\b|\bco-?located with\b)\s*(?:the\s+)?([A-Za-z][\w\-&]*(?:\s+[A-Z][\w\-&]*)?)", text)
    names = [m.group(1)] if m else []
    names += [w for w in re.split(r"[\s,;:|/.()@\-]+", text) if re.fullmatch(r"[A-Z][A-Za-z\-&]*[A-Z][A-Za-z]*", w)]
    for name in names:
        for cand in (name, name.split()[0]):
            ids = tuple(i for i in db.acronym_keys.get(key(cand), ()) if db.venues[i].type == "conference")
            if ids:
                return ids, "alias", 95.0
    return (), "none", 0.0


def _exact(db: VenueDB, text: str, k: str) -> tuple[str, ...]:
    ids = db.alias_index.get(k, ())
    if ids and " " not in k and len(k) > 3 and k.isascii() and sum(c.isupper() for c in text) < 2 and k in db.plain_words:
        # a plain word ("Code", "Cloud") is not the all-capitals acronym it happens to spell; a word no venue name
        # uses as a word is an acronym in other capitals ("Iclr 2024", "Sigmod")
        ids = tuple(i for i in ids if not (db.venues[i].acronym or "").isupper() or key(db.venues[i].name) == k)
    return ids


def _fuzzy(db: VenueDB, text: str, k: str) -> tuple[tuple[str, ...], str, float]:
    from rapidfuzz import fuzz, process
    from rapidfuzz.distance import Levenshtein

    if not k or len(k) < 5:
        return (), "none", 0.0
    if " " not in k:
        # a one-word typo of an acronym ("NeuIPS"): only for acronym-shaped input, one edit away
        if sum(c.isupper() for c in text) < 2:
            return (), "none", 0.0
        best: tuple[int, str] | None = None
        for cand in (c for n in (len(k) - 1, len(k), len(k) + 1) for c in db.acronyms_by_len.get(n, [])):
            if cand[0] == k[0] and Levenshtein.distance(k, cand, score_cutoff=1) <= 1:
                best = min(best or (9, cand), (Levenshtein.distance(k, cand), cand))
        if best:
            score = 100.0 * (1 - best[0] / max(len(k), len(best[1])))
            return db.acronym_keys[best[1]], "fuzzy", round(score, 1)
        return (), "none", 0.0
    if len(k) < 12:
        return (), "none", 0.0
    # a venue name with a typo still shares most of its words with the real name; a paper title or an author
    # list does not: skip the search for them (the bulk of the strings a page offers)
    words = {w for w in k.split() if len(w) > 3}
    if words and len(words & db._vocab) < 0.5 * len(words):
        return (), "none", 0.0
    # token_sort_ratio(a, b) >= c needs the lengths within c: only that window of keys can score (same result,
    # a fraction of the work)
    ks = " ".join(sorted(k.split()))
    c = db.fuzzy_cutoff / 100
    lo = bisect.bisect_left(db._sorted_lens, int(len(ks) * c / (2 - c)))
    hi = bisect.bisect_right(db._sorted_lens, int(len(ks) * (2 - c) / c) + 1)
    res = process.extractOne(ks, db._sorted_keys[lo:hi], scorer=fuzz.ratio, processor=None, score_cutoff=db.fuzzy_cutoff)
    if res is None:
        return (), "none", 0.0
    found = db._sorted_orig[lo + res[2]]
    if not (_accounts(k, found) and _accounts(found, k, _GENERIC)):
        return (), "none", 0.0  # "Advanced Computational Intelligence" is not "Computational Intelligence and Security"
    return db.alias_index[found], "fuzzy", round(float(res[1]), 1)


# words a venue's name may add to what a string says without naming another venue
_GENERIC = frozenset({"international", "annual", "conference", "symposium", "workshop", "proceedings", "ieee", "acm", "the",
                      "of", "on", "and", "in", "for", "joint", "european", "usenix", "journal"})
_FUZZY_STOP = frozenset({"of", "on", "and", "in", "for", "the", "a", "an", "to", "at", "with"})


def _accounts(k: str, other: str, free: frozenset[str] = _FUZZY_STOP) -> bool:
    """Whether every content word of key `k` is in key `other`, as written, with one typo (words of five letters
    or more), or glued to its neighbour ("andnetworking"): a fuzzy match may fix spelling, not swap a word."""
    from rapidfuzz.distance import Levenshtein

    theirs = other.split()
    glued = other.replace(" ", "")
    for w in k.split():
        if w in free or w in theirs or w.isdigit():
            continue
        if len(w) >= 5 and (any(Levenshtein.distance(w, t, score_cutoff=1) <= 1 for t in theirs) or w in glued):
            continue
        return False
    return True


def _disambiguate(db: VenueDB, ids: tuple[str, ...], p: VenueParse) -> tuple[str, ...]:
    """Pick among venues sharing a name by what the string says about the venue's type."""
    venues = [v for i in ids if (v := db.get(i)) is not None]
    raw = p.raw
    if _JOURNAL_HINT.search(raw):
        pick = [v.id for v in venues if v.type == "journal"]
    elif _CONF_HINT.search(raw) or p.track:
        pick = [v.id for v in venues if v.type in ("conference", "workshop")]
    elif p.year is not None and re.search(r"\b[A-Z]{2,}\s*['’]?\s*\d{2,4}\b", raw):
        # "WWW 2024", "FSE'23": an acronym with its year is how conferences are written
        pick = [v.id for v in venues if v.type == "conference"]
    else:
        pick = list(ids)
    return tuple(pick) if pick else ids


def explain(db: VenueDB, text: str, limit: int = 5) -> list[tuple[str, float]]:
    """The closest venues to a string, best first (for --explain and unknown-venue messages)."""
    from rapidfuzz import fuzz, process

    p = parse_venue(text)
    k = key(p.text)
    if not k:
        return []
    res = process.extract(k, list(db.alias_index), scorer=fuzz.WRatio, processor=None, limit=limit * 3, score_cutoff=50)
    out: dict[str, float] = {}
    for alias, score, _ in res:
        for vid in db.alias_index[alias]:
            out.setdefault(vid, round(float(score), 1))
    return sorted(out.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]


def as_dict(venue: Venue) -> dict[str, Any]:
    """A venue as plain data (for JSON output)."""
    d: dict[str, Any] = {"id": venue.id, "acronym": venue.acronym, "name": venue.name, "type": venue.type}
    for k in ("publisher", "field", "bibtex", "dblp", "track_of", "track"):
        if getattr(venue, k):
            d[k] = getattr(venue, k)
    d["ranks"] = dict(venue.ranks)
    if venue.aliases:
        d["aliases"] = list(venue.aliases)
    return d
