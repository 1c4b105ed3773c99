"""The entry labeller: a CRF (CRFsuite) that gives every token of a candidate entry block its field.

Labels: author, title, venue, year, volume (volume, issue, pages, article number), publisher (publisher,
place, school), status, award (awards, rank tags, notes), link (link words, DOIs, URLs) and other
(punctuation, numbering, "In:"). The first token of each entry carries a "B-" prefix, so one block can hold
several entries (a run of paragraphs, a `<br>`-separated list). The model is trained by
scripts/train_labeller.py and ships in the wheel (pubnorm/data/labeller.crfsuite); it is loaded the first
time a page needs it, with lexicons read from the venue database in use.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .features import Lexicon, Token, build_lexicon, token_features

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


_LEXICONS: dict[int, Lexicon] = {}


def lexicon(db: VenueDB) -> Lexicon:
    """The lexicon of this database, built once per database object."""
    lex = _LEXICONS.get(id(db))
    if lex is None:
        _LEXICONS.clear()
        lex = _LEXICONS[id(db)] = lexicon_from_db(db)
    return lex


def label(tokens: Sequence[Token], db: VenueDB, model: Path = MODEL_PATH) -> list[str]:
    """The label of every token (also stored on the tokens)."""
    if not tokens:
        return []
    tagger = _tagger(str(model))
    labels = list(tagger.tag(token_features(tokens, lexicon(db))))
    for t, lab in zip(tokens, labels, strict=True):
        t.label = lab
    return labels
