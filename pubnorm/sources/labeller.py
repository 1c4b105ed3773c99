"""The entry labeller: a CRF (CRFsuite) that gives every token of a candidate entry block its field.

Labels: author, title, venue, year, volume (volume, issue, pages, article number), publisher (publisher,
place, school), status, award (awards, rank tags, notes), link (link words, DOIs, URLs) and other
(punctuation, numbering, "In:"). The first token of each entry carries a "B-" prefix, so one block can hold
several entries (a run of paragraphs, a `<br>`-separated list). The model is trained by
scripts/train_labeller.py and ships in the wheel (pubnorm/data/labeller.crfsuite); it is loaded the first
time a page needs it, with lexicons read from the venue database in use.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..text import PAREN_ROLE
from .features import Lexicon, Token, build_lexicon, join_tokens, model_features, token_features

if TYPE_CHECKING:
    from ..venues import VenueDB

FIELDS = ("author", "title", "venue", "year", "volume", "publisher", "status", "award", "link", "other")
LABELS = FIELDS + tuple("B-" + f for f in FIELDS)
MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "labeller.crfsuite"


class LabellerUnavailable(RuntimeError):
    """The model file or python-crfsuite is missing."""


def lexicon_from_db(db: VenueDB) -> Lexicon:
    names: list[str] = []
    acronyms: list[str] = []
    for v in db.venues.values():
        names.append(v.name)
        names.extend(a for a in v.aliases if " " in a)
        if v.acronym:
            acronyms.append(v.acronym)
        acronyms.extend(a for a in v.aliases if " " not in a)
    return build_lexicon(names, acronyms)


@lru_cache(maxsize=1)
def _tagger(path: str):  # type: ignore[no-untyped-def]
    try:
        import pycrfsuite
    except ImportError as e:  # pragma: no cover - a dependency of the package
        raise LabellerUnavailable("python-crfsuite is not installed") from e
    if not Path(path).exists():
        raise LabellerUnavailable(f"labeller model missing: {path}")
    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    return tagger


@dataclass
class _Known:
    """What the labeller derives from one venue database: its lexicon, the first words of the names it
    knows, and which runs of words are names it knows (looked up once each)."""

    db: VenueDB
    lexicon: Lexicon
    first_words: frozenset[str] = frozenset()
    names: dict[str, bool] = field(default_factory=dict)
    texts: dict[tuple[str, bool], bool] = field(default_factory=dict)  # _known's answers by text (and one word?)
    firsts: dict[str, bool] = field(default_factory=dict)  # _first's answers by word


_STATE: list[_Known] = []  # for the database in use (one at a time; a new one replaces it)


_DERIVED_VERSION = 1  # bump when lexicon_from_db or first words change


def _known_of(db: VenueDB) -> _Known:
    if not _STATE or _STATE[0].db is not db:
        derived = _derived_cached(db)
        if derived is None:
            words = {k.split(" ", 1)[0] for k in db.alias_index}
            layer = db.journal_layer()
            if layer is not None:
                words |= layer.first_words()
            lex = lexicon_from_db(db)
            derived = (lex.venue_words, lex.acronyms, frozenset(words))
            _cache_derived(db, derived)
        _STATE[:] = [_Known(db, Lexicon(derived[0], derived[1]), derived[2])]
    return _STATE[0]


_Derived = tuple[frozenset[str], frozenset[str], frozenset[str]]  # venue words, acronyms, first words


def _derived_path(db: VenueDB) -> Path | None:
    """Where the lexicons derived from a database loaded by load_venues are cached (beside its own cache,
    keyed by its files and the journal layer's file): about 50 ms to build, 5 ms to read. None for a database
    built in memory."""
    import os

    from ..venues import _cache_dir

    if not db.cache_key:
        return None
    layer = db.journal_layer()
    sig = "none"
    if layer is not None:
        try:
            st = os.stat(layer.path)
        except OSError:
            return None
        sig = f"{st.st_size}-{st.st_mtime_ns}"
    return _cache_dir() / f"labeller-{db.cache_key}-{sig}-{_DERIVED_VERSION}.pickle"


def _derived_cached(db: VenueDB) -> _Derived | None:
    """The cached lexicons of this database, if there are any."""
    import pickle

    path = _derived_path(db)
    if path is None:
        return None
    try:
        with path.open("rb") as fh:
            got = pickle.load(fh)
    except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError, IndexError, TypeError, ValueError):
        return None
    return got if isinstance(got, tuple) and len(got) == 3 else None


def _cache_derived(db: VenueDB, value: _Derived) -> None:
    from ..venues import _write_cache

    if (path := _derived_path(db)) is not None:
        _write_cache(path, value)


def lexicon(db: VenueDB) -> Lexicon:
    """The lexicon of this database, built once per database object."""
    return _known_of(db).lexicon


MAX_VENUE_TOKENS = 14


def _known(db: VenueDB, text: str, words: int) -> bool:
    """Whether the venue database names a venue exactly so (either layer; one word only as an acronym).

    Asked once per distinct text (the answer depends on the text, and on whether it is one word): venue_marks
    asks about every run of up to MAX_VENUE_TOKENS words after a likely first word, the same runs line after line
    on a page of citations, and the text's key took most of that time."""
    texts = _known_of(db).texts
    asked = (text, words == 1)
    hit = texts.get(asked)
    if hit is None:
        if len(texts) > 50_000:
            texts.clear()
        hit = texts[asked] = _known_key(db, text, words)
    return hit


def _known_key(db: VenueDB, text: str, words: int) -> bool:
    from ..venues import key

    k = key(text)
    if words == 1:  # depends on the text's capitals, not only its key ("GROUP" is an acronym, "Group" is not)
        return k in db.acronym_keys and sum(c.isupper() for c in text) >= 2
    seen = _known_of(db).names  # the key alone decides, so what was looked up before never changes the answer
    hit = seen.get(k)
    if hit is None:
        if len(seen) > 200_000:
            seen.clear()
        hit = k in db.alias_index
        layer = db.journal_layer() if not hit else None
        if layer is not None:
            hit = bool(layer.find(k))
        seen[k] = hit
    return hit


def _first(known: _Known, word: str) -> bool:
    """Whether a name the venue database knows starts with this word (folded); asked once per word."""
    hit = known.firsts.get(word)
    if hit is None:
        if len(known.firsts) > 50_000:
            known.firsts.clear()
        from ..text import fold

        hit = known.firsts[word] = fold(word) in known.first_words
    return hit


def venue_marks(tokens: Sequence[Token], db: VenueDB) -> list[str]:
    """Gazetteer marks: "gB"/"gI" on the tokens of the longest run (within a line) that the venue database
    knows by that exact name, left to right. A feature, not a decision: "Nature" in a title is marked too."""
    n = len(tokens)
    marks = [""] * n
    known = _known_of(db)
    i = 0
    while i < n:
        t = tokens[i]
        w = t.text
        if not w[:1].isupper():  # most tokens: the tests below ask only about a capitalised word
            i += 1
            continue
        best = 0
        prev = tokens[i - 1] if i else None
        # a venue name starts a line, follows punctuation or a change of style ("Title. *Journal* 12"), or
        # follows "in"/"at": runs starting inside a phrase of plain words are not looked up
        starts = prev is None or prev.line != t.line or not prev.text[:1].isalnum() or prev.italic != t.italic \
            or prev.bold != t.bold or prev.href != t.href or prev.text.lower() in ("in", "at", "to", "of")
        if starts and (_first(known, w) or (w.lower() == "the" and i + 1 < n and _first(known, tokens[i + 1].text))):
            end = i
            while end < n and end - i < MAX_VENUE_TOKENS and tokens[end].line == t.line and not tokens[end].text[:1].isdigit():
                end += 1
            # the text and word count of every run tokens[i:j], built once from the left (join_tokens spacing: the
            # run is on one line), then looked up from the longest run down
            texts, counts = [t.text], [int(w[:1].isalnum())]
            for x in tokens[i + 1:end]:
                texts.append(texts[-1] + " " + x.text if x.space_before else texts[-1] + x.text)
                counts.append(counts[-1] + x.text[:1].isalnum())
            for j in range(end, i, -1):
                last = tokens[j - 1].text
                if not (last[:1].isalnum() or last in (")", ".")):
                    continue
                if _known(db, texts[j - i - 1], counts[j - i - 1]):
                    best = j - i
                    break
        if best:
            marks[i] = "gB"
            marks[i + 1:i + best] = ["gI"] * (best - 1)
            i += best
        else:
            i += 1
    return marks


@lru_cache(maxsize=4)
def model_attributes(path: str) -> frozenset[bytes] | None:
    """The attribute (feature) names a CRFsuite model knows, read from its file: the keys of its attribute
    dictionary (a CQDB: a table of record offsets by id, each record its id, the key's size and the key ending in
    NUL). None when the file is not laid out so; the labeller then hands the model every feature. About 8 ms."""
    import struct
    from array import array

    try:
        data = Path(path).read_bytes()
        magic, _size, kind, _version, _nfeat, _nlabels, nattrs, _f, _l, off, _lr, _ar = struct.unpack_from(
            "<4sI4sIIIIIIIII", data, 0)
        chunk, _csize, _flag, _order, count, table = struct.unpack_from("<4sIIIII", data, off)
        if (magic, kind, chunk) != (b"lCRF", b"FOMC", b"CQDB") or count != nattrs or not count:
            return None
        at = array("I", data[off + table: off + table + 4 * count])
        if sys.byteorder != "little":  # pragma: no cover - the file is little-endian
            at.byteswap()
        if len(at) != count or struct.unpack_from("<I", data, off + at[-1]) != (count - 1,):
            return None
        find = data.find
        return frozenset(data[off + k + 8: find(b"\0", off + k + 8)] for k in at)
    except (OSError, struct.error, ValueError):
        return None


READ_NAMES_AFTER = 20_000  # tokens
_labelled = [0]  # tokens labelled by this process


def label(tokens: Sequence[Token], db: VenueDB, model: Path = MODEL_PATH) -> list[str]:
    """The label of every token (also stored on the tokens)."""
    if not tokens:
        return []
    tagger = _tagger(str(model))
    # the model's names are read (about 8 ms) once a run has labelled enough tokens to win that back (at some 0.5
    # µs a token): a command reading one page starts no slower
    keep = model_attributes(str(model)) if _labelled[0] >= READ_NAMES_AFTER else None
    _labelled[0] += len(tokens)
    hidden = _role_runs(tokens)
    seen = [t for t, h in zip(tokens, hidden, strict=True) if not h] if any(hidden) else tokens
    lex, marks = lexicon(db), venue_marks(seen, db)
    feats = token_features(seen, lex, marks) if keep is None else model_features(seen, lex, marks, keep)
    for t, lab in zip(seen, tagger.tag(feats), strict=True):
        t.label = lab
    if seen is not tokens:
        before = "other"
        for t, h in zip(tokens, hidden, strict=True):
            if h:
                t.label = before
            else:
                before = t.field
    return [t.label for t in tokens]


def _role_runs(tokens: Sequence[Token]) -> list[bool]:
    """Which tokens are an author's role written in words in brackets right after the name ("F. Lyu (Corresponding
    author), C. Zhou", "Bohan Hu (co-first author)"): the labeller does not see them (the model has hardly met them
    and reads the name before them as a title) and they take the label of the token before, so the role stays with
    the name it follows (normalize.clean_name records it)."""
    hidden = [False] * len(tokens)
    for i, t in enumerate(tokens):
        if t.text in ("(", "（") and i:
            for j in range(i + 2, min(i + 8, len(tokens))):
                if tokens[j].text in (")", "）"):
                    if PAREN_ROLE.fullmatch(join_tokens(tokens[i:j + 1])):
                        hidden[i:j + 1] = [True] * (j + 1 - i)
                    break
    return hidden
