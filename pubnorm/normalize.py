"""One set of rules for what every reader gives: names (contribution marks, name order), titles (decorative
emoji). The start of the shared RawEntry -> Publication stage: the BibTeX and front-matter readers call
`normalize_publication`; the page extractor can call `clean_names` and `clean_title`.

Marks recorded per author (README "Names"): `*` `∗` `✱` `＊` `#` `\\*` = equal contribution; `✉` `📧` `†` `✝`
= corresponding author. Removed without a record: `‡` `§` `¶` `♠` `♣` `♦` `♥`, superscript digits and letters,
digits glued to a name (affiliation numbers).
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, NamedTuple

from .lazyre import lazy_compile
from .model import Publication
from .text import PAREN_ROLE, fold, looks_like_name, squash, year_from_arxiv

if TYPE_CHECKING:
    from .venues import VenueDB

EQUAL = "equal_contribution"
CORRESPONDING = "corresponding"

_EQUAL_MARKS = "*∗✱＊#"
_CORRESPONDING_MARKS = "✉📧†✝"
ROLE_MARKS = frozenset(_EQUAL_MARKS + _CORRESPONDING_MARKS)  # the marks that say a role (clean_name reads which)
_OTHER_MARKS = "‡§¶♠♣♦♥"
_SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ⁺⁻"
_MARK_RUN = lazy_compile(r"(?:\^?\{?(?:\\\*|[" + re.escape(_EQUAL_MARKS + _CORRESPONDING_MARKS + _OTHER_MARKS + _SUPERSCRIPTS)
                       + r"]|(?<=[^\W\d_])\d{1,2}(?:,\d{1,2})*(?=[\s,]|$))+\}?)+")


def to_text(value: str) -> str:
    """latex.to_text, imported only for a value that holds LaTeX (a page's names rarely do; start-up of check)."""
    if "\\" not in value and "{" not in value and "~" not in value and "$" not in value:
        return " ".join(value.split())  # latex.to_text's own first step, without importing it
    from .latex import to_text as _to_text

    return _to_text(value)


def clean_name(name: str) -> tuple[str, frozenset[str]]:
    """A name without contribution marks, and which marks it had (EQUAL, CORRESPONDING). DBLP's number that tells
    homonyms apart ("Ling Song 0001", in its exports and the sites made from them) is no part of the name."""
    roles: set[str] = set()
    if "0" in name and (m := _DBLP_NUMBER.search(name)):
        name = name[:m.start()] + name[m.end():]
    if m := PAREN_ROLE.search(name):
        role = m.group(1).lower()
        if role.startswith(("equal", "共同", "joint", "co-first", "cofirst", "co first", "shared", "co-lead", "co lead")):
            roles.add(EQUAL)
        elif "corresponding" in role or role == "通讯作者":  # "(First)", "(senior author)": no mark of a role
            roles.add(CORRESPONDING)
        name = PAREN_ROLE.sub("", name)
    if not _MARK_RUN.search(name):
        return squash(name), frozenset(roles)
    for m in _MARK_RUN.finditer(name):
        mark = m.group(0)
        if "\\*" in mark or any(c in _EQUAL_MARKS for c in mark):
            roles.add(EQUAL)
        if any(c in _CORRESPONDING_MARKS for c in mark):
            roles.add(CORRESPONDING)
    cleaned = squash(_MARK_RUN.sub(" ", name)).strip(" ,;^$")
    if cleaned and _MARK_RUN.search(cleaned):  # "A0¶": the digit is glued to the name only once ¶ is gone
        again, more = clean_name(cleaned)
        return again, frozenset(roles | more)
    return (cleaned or squash(name)), frozenset(roles)


_DBLP_NUMBER = lazy_compile(r"(?<=[^\W\d_])\s+0\d{3}(?=[^\w.]*$)")  # "Ling Song 0001", "Ling Song 0001*"


def clean_names(names: list[str]) -> tuple[list[str], dict[str, list[str]]]:
    """Names without contribution marks, and {EQUAL: [names], CORRESPONDING: [names]} for the marked ones."""
    out: list[str] = []
    marks: dict[str, list[str]] = {EQUAL: [], CORRESPONDING: []}
    for raw in names:
        name, roles = clean_name(raw)
        if not name:
            continue
        out.append(name)
        for role in sorted(roles):
            marks[role].append(name)
    return out, marks


def names_of_text(names: list[str]) -> list[str]:
    """An author list read from a page's text without what the citation around it left in: a locator read as a
    name ("Issue 3", "Volume"), the entry's number before the first name ("2. Wosen JE"), the year after the last
    ("Tan MC. 2022")."""
    out = []
    for k, name in enumerate(names):
        if _LOCATOR_NAME.fullmatch(name):
            continue
        if k == 0 and (m := _ENTRY_NUMBER.match(name)) and looks_like_name(name[m.end():]):
            name = name[m.end():]
        if k == len(names) - 1 and (m := _YEAR_AFTER.search(name)) and looks_like_name(name[:m.start()]):
            name = name[:m.start()]
        out.append(name)
    return out


_LOCATOR_NAME = lazy_compile(r"(?:issue|vol(?:ume)?\.?|no\.|number|pp?\.)(?:\s*\d[\w-]*)?", re.I)
_ENTRY_NUMBER = lazy_compile(r"\d{1,3}\.\s+")
_YEAR_AFTER = lazy_compile(r"[.,]?\s+(?:19|20)\d\d[a-z]?$")


_PICTOGRAPHS = lazy_compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u200D\uFE0F\u20E3\U000E0020-\U000E007F]")


def drop_pictographs(text: str) -> str:
    """Text without emoji and other pictographs (🔥, ⭐, ✨, flags): decoration, not content."""
    if text.isascii():
        return text
    out = _PICTOGRAPHS.sub("", text)
    return squash(out) if out != text else text


def as_exported(text: str) -> str:
    """Text as a .bib export gives it back: NFC, without emoji, spaces squashed (README "What normalization changes")."""
    return squash(drop_pictographs(unicodedata.normalize("NFC", text)))


def clean_title(title: str) -> str:
    """A title without decorative emoji ("🔥 Fast Attention" -> "Fast Attention")."""
    return drop_pictographs(title)


class NameParts(NamedTuple):
    first: str
    von: str
    last: str
    jr: str


_JR = lazy_compile(r"^(?:jr|sr|ii|iii|iv|v|2nd|3rd)\.?$", re.I)


# a name written surname first with its initials after it and no comma: without dots (Vancouver, PubMed: "Smith JA",
# "van der Berg J", "García-Márquez G") or with them ("Bresinsky A.", "Smith J.A.", "Dupont J.-P."); the surname holds a
# lower-case letter and no dot (not "JA MB", "J. A. Smith")
_INITIALS_AFTER = lazy_compile(r"^(?P<last>[^\W\d_][^,.]*?[a-z\u00df-\u024f][^,.]*?)\s+"
                               r"(?P<initials>[A-Z]{1,3}|[A-Z]\.(?:\s?-?[A-Z]\.){0,2})$")
# ... which a short surname written in capitals after the given name looks like ("Jun MA", "Bo LI"): the common
# Chinese and Korean surnames of two or three letters
_SHORT_SURNAMES = frozenset("""
AN BAE BAI BI CAI CAO CHO CUI DAI DU FAN FU GAN GAO GE GU GUO HAN HAO HE HOU HU HUA JI JIN KAN KIM KO LAI LAM
LAN LAU LEE LEI LI LIM LIN LIU LOW LU LUO MA MAK MAO MEI MIN MOU MU NAN NG NI NIE NIU OH OU PAK PAN PEI PU QI
QIN QIU QU RAO REN RYU SHA SHI SHU SON SU SUN TAN TAO WAN WEI WEN WU XI XIA XIE XIN XU XUE YAN YAO YE YI YIN
YOO YU YUE ZHU ZOU
""".split())


def surname_first(names: list[str] | tuple[str, ...]) -> bool:
    """Whether a list writes every name surname first with its initials after it and no comma ("Smith JA, Doe B, Roe
    C", "Smith J.A., Doe B."): every name of two words or more is so written, and undotted capitals after the names
    are not all short surnames ("Jun MA, Bo LI": given name, surname)."""
    tails = []
    for n in names:
        if " " not in n.strip():
            continue
        if "," in n or not (m := _INITIALS_AFTER.match(n.strip())):
            return False
        tails.append(m.group("initials"))
    return bool(tails) and not all(len(t) >= 2 and t in _SHORT_SURNAMES for t in tails)


def _given_initials(initials: str) -> str:
    """Initials as given names BibTeX abbreviates one by one: "JA" -> "J. A.", "J.A." -> "J. A.", "J.-P." kept."""
    if "." not in initials:
        return " ".join(c + "." for c in initials)
    return re.sub(r"\.(?=[A-Z])", ". ", initials)


def _initials_after_parts(name: str) -> NameParts | None:
    """"Smith JA", "van der Berg J.": surname (and its particle) and the initials as given names; None for a name not
    written so."""
    if not (m := _INITIALS_AFTER.match(name.strip())):
        return None
    von, last = _split_von(m.group("last"))
    return NameParts(_given_initials(m.group("initials")), von, last, "")


def name_parts(name: str, initials_after: bool = False) -> NameParts:
    """A name split BibTeX's way: "Jan Willem van der Berg", "van der Berg, Jan Willem", "Smith, Jr., John",
    "John Smith, Jr.", "Plato"; with initials_after (its list is written so, see surname_first), "Smith JA" and
    "Smith J.A." as surname "Smith" and given names "J. A."."""
    if initials_after and (read := _initials_after_parts(name)) is not None:
        return read
    parts = [p.strip() for p in name.split(",")]
    if len(parts) >= 3 and _JR.match(parts[1]):  # Last, Jr., First
        von, last = _split_von(parts[0])
        return NameParts(", ".join(parts[2:]), von, last, parts[1])
    if len(parts) == 2 and _JR.match(parts[1]) and " " in parts[0]:  # First Last, Jr. (not "Aa, V.": Last, First)
        first, von, last = _split_reading(parts[0])
        return NameParts(first, von, last, parts[1])
    if len(parts) == 2 and parts[0] and parts[1]:  # Last, First
        von, last = _split_von(parts[0])
        return NameParts(parts[1], von, last, "")
    first, von, last = _split_reading(name.strip())
    return NameParts(first, von, last, "")


def same_person(a: str, b: str) -> bool:
    """Two spellings of one name (case, accents, "Last, First" and initials of the given names tolerated; "Smith JA",
    surname first with undotted initials, is also read so)."""
    if _same_person(name_parts(a), name_parts(b)):
        return True
    flip_a, flip_b = surname_first([a]), surname_first([b])
    return (flip_a or flip_b) and _same_person(name_parts(a, flip_a), name_parts(b, flip_b))


def _same_person(pa: NameParts, pb: NameParts) -> bool:
    if fold(pa.last) != fold(pb.last) or not fold(pa.last):
        return False
    fa, fb = fold(pa.first).split(), fold(pb.first).split()
    if not fa or not fb:
        return fa == fb
    return fa == fb or (fa[0][0] == fb[0][0] and (len(fa[0]) == 1 or len(fb[0]) == 1))


def _split_von(text: str) -> tuple[str, str]:
    words = text.split()
    i = 0
    while i < len(words) - 1 and words[i][:1].islower():
        i += 1
    return " ".join(words[:i]), " ".join(words[i:])


def _split_reading(text: str) -> tuple[str, str, str]:
    words = text.split()
    if len(words) <= 1:
        return "", "", text
    if len(words) > 2 and _JR.match(words[-1]):  # "John Smith Jr." is read as "John Smith, Jr." by display_name
        words = words[:-1]
    # von: the lower-case words before the last; first: the words before them
    j = len(words) - 1
    i = j
    while i > 1 and words[i - 1][:1].islower():
        i -= 1
    return " ".join(words[:i]), " ".join(words[i:j]), words[j]


def display_name(parts: NameParts) -> str:
    """A name in reading order: "Jan Willem van der Berg", "John Smith, Jr."."""
    name = " ".join(p for p in (parts.first, parts.von, parts.last) if p)
    return f"{name}, {parts.jr}" if parts.jr else name


def bibtex_name(name: str, initials_after: bool = False) -> str:
    """A reading-order name as BibTeX reads it back the same: "Smith, Jr., John" for a name with a suffix;
    other names stay in reading order (BibTeX finds "van der" itself). With initials_after (see surname_first),
    "Smith JA" is written "Smith, J. A." (BibTeX would read "JA" as the surname)."""
    if initials_after and (p := _initials_after_parts(name)) is not None:
        return f"{p.von} {p.last}, {p.first}" if p.von else f"{p.last}, {p.first}"
    parts = name.split(",")
    if len(parts) == 2 and _JR.match(parts[1].strip()):
        p = name_parts(name)
        last = f"{p.von} {p.last}" if p.von else p.last
        if p.first and last and display_name(p) == name:
            return f"{last}, {p.jr}, {p.first}"
    # "Smith, V" with no given name, "Ann Smith,Jr." spaced otherwise than BibTeX would give it back: as written
    # (the writer braces a name with a comma, so BibTeX reads it as one name, unchanged)
    return name


_AND = lazy_compile(r"\s+and\s+", re.I)
_LATEX = lazy_compile(r"[{}\\~$]")


def bibtex_names(value: str) -> tuple[list[str], bool]:
    """A BibTeX name list as names in reading order (marks kept: see clean_names), and whether it ends in "and others"."""
    if not _LATEX.search(value):  # plain names (most lists): no braces or commands to read
        names = [" ".join(n.split()) for part in _AND.split(value) for n in _commas_listed(part)]
        names = [n for n in names if n]
        kept = [_reading(n) if "," in n else n for n in names if n.lower() != "others"]
        return kept, len(kept) < len(names)
    names = [name for n in split_name_list(value) if (name := n.strip().rstrip(",").rstrip())]
    # "{Ann and Bob Lab}" or "{O'Brien, Pat}" in braces is one name as written; otherwise "Last, First"
    kept = [to_text(n) if _braced(n) else _reading(to_text(n)) for n in names if n.lower() != "others"]
    return kept, any(n.lower() == "others" for n in names)


_SUFFIX = lazy_compile(r"\s*(?:jr|sr|[ivx]+)\.?\s*", re.I)


def _commas_listed(name: str) -> list[str]:
    """A BibTeX name written as a list parted by commas ("Gabriel Sarch, Yue Wu, Michael J. Tarr, Katerina
    Fragkiadaki", no "and"): BibTeX's one name has three parts at most, the middle one a suffix ("Last, Jr, First"),
    so three parts or more with no suffix between are several names."""
    # a stray comma before the "and" ("Morris, Stacy L, and Johnson, Sara K") ends no part: one name, surname first
    name = name.rstrip().rstrip(",")
    parts = name.split(",")
    if len(parts) < 3 or _SUFFIX.fullmatch(parts[1]):
        return [name]
    return [p.strip() for p in parts]


def _reading(name: str) -> str:
    return display_name(name_parts(name)) if "," in name else name


def split_name_list(value: str) -> list[str]:
    """Split a BibTeX name list on " and " outside braces."""
    if "{" not in value:
        return _AND.split(value)
    out, depth, start, i = [], 0, 0, 0
    while i < len(value):
        c = value[i]
        depth += 1 if c == "{" else -1 if c == "}" and depth else 0
        if depth == 0 and c.isspace() and value[i + 1: i + 4].lower() == "and" and i + 4 < len(value) and value[i + 4].isspace():
            out.append(value[start:i])
            i += 5
            start = i
            continue
        i += 1
    out.append(value[start:])
    return out


def _braced(name: str) -> bool:
    """The whole name is one brace group: `{World Health Organization}`."""
    if not (name.startswith("{") and name.endswith("}")):
        return False
    depth = 0
    for i, c in enumerate(name):
        depth += 1 if c == "{" else -1 if c == "}" else 0
        if depth == 0 and i < len(name) - 1:
            return False
    return True


_KEYWORD_SEP = lazy_compile(r"\s*[;,]\s*")


def split_keywords(text: str) -> list[str]:
    """Keywords as a list: "a, b; c" -> ["a", "b", "c"]."""
    return [k for k in _KEYWORD_SEP.split(text.strip()) if k]


def normalize_publication(pub: Publication, db: VenueDB | None = None) -> Publication:
    """The shared rules applied in place: marks out of author and editor names (recorded per author), emoji out
    of the title; with the venue database, a preprint's server as its venue (see preprint_venue). Returns pub."""
    if pub.authors:
        pub.authors, marks = clean_names(pub.authors)
        pub.equal_contribution = _union(pub.equal_contribution, marks[EQUAL])
        pub.corresponding = _union(pub.corresponding, marks[CORRESPONDING])
        if not pub.as_written:  # (read from a page's text: a source's own author field is kept as it is)
            pub.authors = names_of_text(pub.authors)
    if pub.editors:
        pub.editors, _ = clean_names(pub.editors)
    if pub.title:
        pub.title = clean_title(pub.title) or pub.title
    if pub.venue_raw and not pub.as_written:
        read_citation_numbers(pub, pub.venue_raw)
    if "arxiv" not in pub.ids and pub.venue_raw and (m := _ARXIV_IN_TEXT.search(pub.venue_raw)):
        pub.ids["arxiv"] = m.group(1)  # "arXiv preprint arXiv:2602.02908": the id is in the venue text
        if pub.year is None and (year := year_from_arxiv(m.group(1))):
            pub.year, pub.year_source = year, "arxiv"
    if db is not None:
        preprint_venue(pub, db)
    settle_status(pub)
    return pub


def preprint_venue(pub: Publication, db: VenueDB) -> None:
    """One rule for every reader: a paper that names no venue and has an arXiv id (arXiv's own BibTeX, '@misc{k,
    eprint={2503.02670}, archivePrefix={arXiv}}'; a page's '[arXiv](https://arxiv.org/abs/...)') appeared on arXiv:
    that is its venue (matched, not written in: venue_raw stays empty, and a BibTeX entry gains no field)."""
    if pub.venue is None and not pub.venue_raw and "arxiv" in pub.ids and pub.status not in _APPEARED \
            and (m := db.match("arXiv")).venue is not None:
        pub.venue = m  # a paper submitted or under review keeps what its source says of its status
        if pub.status == "unknown":
            pub.status = "preprint"


_APPEARED = frozenset({"published", "accepted", "in press", "forthcoming"})  # it has (or will have) a venue of its own


def settle_status(pub: Publication) -> None:
    """One rule for every reader when the source says nothing of a paper's status: a preprint server as its venue
    or, with no venue, an arXiv id -> "preprint"; any other venue, or a book's publisher -> "published"; else
    "unknown" (a year alone does not make a paper a preprint). What a source does say (a note, a heading such as
    "Working Papers", a Hugo publication type, a status word next to the venue) was read by its reader and is
    kept."""
    if pub.status != "unknown":
        return
    vm = pub.venue
    if vm is not None and vm.venue is not None and vm.venue.type == "preprint":
        pub.status = "preprint"
    elif pub.venue_raw or (vm is not None and vm.venue is not None) or (pub.publisher and pub.entry_type == "book"):
        pub.status = "published"  # (a book that names its publisher and nothing else has appeared)
    elif "arxiv" in pub.ids:
        pub.status = "preprint"


_PAGES = r"(e?\d+)(?:\s*[-–—]+\s*(e?\d+))?"
_CITATION = (
    ("pages", re.compile(r"\b(?:pages|pp?\.)\s*" + _PAGES, re.I)),
    ("volume", re.compile(r"\b(?:vol\.|volume)\s*(\d+)", re.I)),
    ("number", re.compile(r"\b(?:no\.|issue)\s*(\d+)", re.I)),
)
# "Nature 123(4):56-78", "PNAS 117(2), 1-9": volume(issue):pages
_VOL_ISSUE_PAGES = re.compile(r"\b(\d{1,4})\s*\((\d{1,4})\)\s*[:,]\s*" + _PAGES)


def read_citation_numbers(pub: Publication, text: str) -> None:
    """Volume, number and pages from a citation line ("vol. 12, no. 3, pp. 45-67", "123(4):56-78", "pages 69–84"),
    where the record has none yet."""
    for attr, pattern in _CITATION:
        if getattr(pub, attr) is None and (m := pattern.search(text)):
            setattr(pub, attr, _range(m.group(1), m.group(2)) if attr == "pages" else m.group(1))
    if (m := _VOL_ISSUE_PAGES.search(text)) and pub.volume is None:
        pub.volume, pub.number = m.group(1), pub.number or m.group(2)
        pub.pages = pub.pages or _range(m.group(3), m.group(4))


# what a citation writes after its venue, read as a grammar: keyword fields ("vol. 12", "no. 3", "pp. 45-67",
# "Article 123"), then bare numbers in the order citations give them: volume, (issue), pages
_LOCATOR_FIELD = lazy_compile(
    r"\b(?:(?P<vol>vols?\.|volume|bd\.|tome)|(?P<num>nos?\.|nr\.|issue|iss\.|num\.|number|heft|(?P<sup>suppl(?:ement)?\.?))|(?P<art>art(?:icle)?\.?"
    r"(?:\s*(?:no\.?|number|id))?)|(?P<pp>pages|pp\.?|p\.|s\.))\s*:?\s*(?P<v>[A-Za-z]?\d[\w.]*(?:\s*[-–—]+\s*[A-Za-z]?\d\w*)?)",
    re.I)
_NUMBER_OR_RANGE = lazy_compile(r"(?<![\w.])([A-Za-z]?\d+[A-Za-z]?)(?:\s*[-–—]+\s*([A-Za-z]?\d+[A-Za-z]?))?(?![\w.])")
_VOL_ISSUE = lazy_compile(r"(?<![\w.])(\d{1,5})\s*\(\s*(\d{1,5}(?:\s*[-–/]\s*\d{1,5})?|[A-Za-z]?\d{1,4}[A-Za-z]?)\s*\)")


# a year in brackets ("85, no. 2 (2017): 312-47"), an arXiv identifier ("2202.03803")
_NOT_LOCATOR = lazy_compile(r"\(\s*(?:19|20)\d\d\s*\)|(?<![\w.])\d{4}\.\d{4,5}(?:v\d+)?(?![\w.])")
_YEARS = lazy_compile(r"(?:19|20)\d\d")
_VOL_DOT_ISSUE = lazy_compile(r"(?<![\w.])(\d{1,4})\.(\d{1,3})(?![\w.])")
_DASHES = lazy_compile(r"\s*[-–—]+\s*")


def _range(first: str, last: str | None) -> str:
    """A page range; a last page written short, as NLM and Vancouver styles write it, in full ("105-13": 105--113)."""
    if last and first.isdigit() and last.isdigit() and len(last) < len(first) \
            and int(full := first[: len(first) - len(last)] + last) > int(first):
        last = full
    return f"{first}--{last}" if last else first


def read_locator(pub: Publication, text: str) -> None:
    """Volume, number, pages and article number from the part of a citation that locates the paper in its venue
    ("35(1), 9-17", "vol. 16, no. 8, pp. 1-5", "12:34-56", "626, 517–522", "(Vol. 10598, p. 105980S)",
    "Article 42"), where the record has none yet. The text is only that part: the labeller has told it from the
    venue's name and the year."""
    text = _NOT_LOCATOR.sub(" ", text.replace("\u2009", " "))
    found: dict[str, str] = {}
    rest = text
    for f in _LOCATOR_FIELD.finditer(text):
        first, _, last = _DASHES.sub("-", f.group("v")).partition("-")
        first, last = first.rstrip("."), last.rstrip(".")
        kind = "volume" if f.group("vol") else "number" if f.group("num") else "article_number" if f.group("art") \
            else "pages"
        found.setdefault(kind, _range(first, last) if kind == "pages" else f"Suppl. {first}" if f.group("sup") else first)
        rest = rest.replace(f.group(0), " ", 1)
    if (m := _VOL_ISSUE.search(rest)) is not None:
        found.setdefault("volume", m.group(1))
        found.setdefault("number", re.sub(r"\s+", "", m.group(2)).replace("–", "-"))
        rest = rest[: m.start()] + " " + rest[m.end():]
    elif "volume" not in found and (m := _VOL_DOT_ISSUE.search(rest)) is not None:
        found["volume"], found["number"] = m.group(1), m.group(2)  # MLA: "316.22 (2016)"
        rest = rest[: m.start()] + " " + rest[m.end():]
    atoms = [(a.group(1), a.group(2)) for a in _NUMBER_OR_RANGE.finditer(rest)]
    if atoms and not found and atoms[0][1] and _YEARS.fullmatch(atoms[0][0]) and _YEARS.fullmatch(atoms[0][1]) \
            and int(atoms[0][0]) < int(atoms[0][1]):
        return  # "1980-2014" alone: a span of years (a title's), not pages ("70, 1920-1935" are pages)
    if atoms and atoms[0][1] is None and "volume" not in found and "pages" not in found:
        found["volume"] = atoms.pop(0)[0]
    if len(atoms) >= 2 and atoms[0][1] is None and "number" not in found and "pages" not in found:
        found["number"] = atoms.pop(0)[0]  # "12, 3, 45-67": volume, issue, pages
    if atoms and "pages" not in found and ("article_number" not in found or atoms[0][1] is not None):
        found["pages"] = _range(*atoms[0])
    for attr, value in found.items():
        if getattr(pub, attr) is None:
            setattr(pub, attr, value)


_ARXIV_IN_TEXT = lazy_compile(r"\barXiv:\s*(\d{4}\.\d{4,5})(?:v\d+)?\b", re.I)
SUBMITTED_TO = lazy_compile(r"\b(?:under review|submitted)\b", re.I)


def _union(a: list[str], b: list[str]) -> list[str]:
    return a + [x for x in b if x not in a]
