"""Tokens of a candidate entry block and the features the entry labeller reads from them.

A block (list item, table row, run of paragraphs) arrives as lines of styled spans (markup.Line). Each span
is cut into tokens (words, numbers, single punctuation marks); a token keeps its span's markup (bold,
italic, link and what the link points to, a class such as "title" or "venue", superscript) and its place
(line, position in line and block). Features are plain strings, so the CRF learns their weights; the
lexicons (venue words and acronyms from the venue database, months, status, award and rank words, link
words) are read when the labeller loads, so a venue added to the database never makes the model stale.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..lazyre import lazy_compile
from ..model import LATEST_YEAR
from .markup import Line, Span
from .vocab import LINK_ACTIONS, LINK_PLACE

# words, numbers (and number ranges), and every other character alone: a period is its own token, so a
# sentence's end and an initial's dot look alike to the tokenizer and the features tell them apart
# a word goes on over an apostrophe or a hyphen, and over a decimal point inside it ("LiNi0.8Mn0.1Co0.1O2", "PM2.5",
# "v1.0": a formula's or a version's point is no full stop), and so does a number of one digit before its point
# ("0.8", a subscript of its own); other numbers stop at a point ("2021.10", "12.3": a date, a volume and issue);
# a year and the letter that tells two works of one author and year apart ("(2010a)", "2019d: Title", the
# author-date styles' rule) are two tokens: the year is one; so are an ISO date's year, month and day ("2023-02-01"),
# not a year and a range
TOKEN = re.compile(r"\d\.\d+(?!\w|\.\d)|(?:19|20)\d\d(?=[a-h](?![^\W_])|-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d))|"
                   r"(?<=(?:19|20)\d\d-)(?:0[1-9]|1[0-2])(?=-(?:0[1-9]|[12]\d|3[01])(?!\d))|\d+(?:[\-–—]\d+)?(?![^\W_])|[^\W_]+(?:(?:['’\-]|(?<=\d)\.(?=\d))[^\W_]+)*|"
                   r"[^\s\w]|_", re.U)
# private-use characters mark fields in generated training text; they are never tokens
MARKERS = lazy_compile("[\ue000-\ue0ff]")
YEAR = re.compile(r"(?:19|20)\d\d")  # a token that is a year (fullmatch): a feature, and read so in assembly
# a year, or a date that opens with one, as the whole text of an element ("2016", "2016-01-01", "2021/03"): what
# a site that sets each field of a paper in an element of its own shows of its date (see reader._fields_apart)
DATE_ALONE = lazy_compile(r"((?:19|20)\d\d)(?:\s*[-/.]\s*\d{1,2}(?:\s*[-/.]\s*\d{1,2})?)?")


def date_alone(text: str) -> int | None:
    """The year of a text that is a year or a date and nothing else ("2016", "2016-01-01", "2021/03"), one that has
    come; None for any other text."""
    if (m := DATE_ALONE.fullmatch(text)) is None or int(m.group(1)) > LATEST_YEAR:
        return None
    return int(m.group(1))

# a Chinese journal's year and issue, one token ("2024第5期", "2021年第3期": the year, then its issue)
YEAR_ISSUE = re.compile(r"((?:19|20)\d\d)年?第\d+期")

MONTHS = frozenset(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december"])
STATUS_WORDS = frozenset(["submitted", "accepted", "review", "revision", "preparation", "press", "forthcoming", "preprint", "arxiv", "biorxiv", "medrxiv", "ssrn", "revise", "resubmit", "appear", "draft", "manuscript", "progress", "working", "paper"])
AWARD_WORDS = frozenset(["award", "best", "paper", "oral", "spotlight", "highlight", "honorable", "mention", "outstanding", "nominee", "nomination", "finalist", "winner", "prize", "distinguished", "runner", "invited", "keynote", "selected", "top"])
RANK_WORDS = frozenset(["ccf", "core", "jcr", "sci", "ssci", "ei", "q1", "q2", "q3", "q4", "if", "impact", "factor", "tier", "cas"])
# link words as the labeller sees them (a feature of the shipped model: a link's text made only of them is a link word)
LINK_WORDS = frozenset(["pdf", "code", "paper", "arxiv", "slides", "video", "poster", "project", "page", "website", "bib", "bibtex", "html", "link", "doi", "abstract", "supplementary", "supp", "data", "dataset", "demo", "github", "talk", "preprint", "openreview", "blog", "url",
                        # added after the shipped model's training, read as the words above are (the model knows
                        # the feature, not the words): link texts that say what a link does or where a copy is kept
                        *LINK_ACTIONS, "pubmed", "pre-print", "e-print", "full", "text", "fulltext",
                        # the indexes of whole fields a paper's copy is linked at ("[ADS]" under an astronomy paper)
                        "ads", "inspirehep", "philpapers", "escholarship", "eartharxiv", "chemrxiv",
                        # which version a link points to ("most recent version", "original draft", "Latest Draft")
                        "version", "most", "recent", "latest", "original", "draft"])
PUB_WORDS = frozenset(["press", "publishing", "publishers", "publisher", "springer", "elsevier", "wiley", "verlag", "university", "academic", "routledge", "cambridge", "oxford", "mit"])
PROC_WORDS = frozenset({"proc", "proceedings", "in", "conf", "conference", "symposium", "workshop", "journal",
                        "transactions", "trans", "letters", "lett", "review", "rev", "j", "int", "intl", "annual",
                        "international"})
VOL_WORDS = frozenset({"vol", "volume", "no", "nr", "issue", "pp", "p", "pages", "art", "article", "ch", "chap", "chapter",
                       "ed", "eds", "edn", "edition"})
THESIS_WORDS = frozenset({"thesis", "dissertation", "phd", "ph.d.", "master's", "msc", "m.sc.", "doctoral"})
PAPER_HOST = lazy_compile(r"arxiv\.org|doi\.org|/doi/|aclanthology|openreview|ieeexplore|springer|sciencedirect|nature\.com|"
                        r"acm\.org|biorxiv|ssrn|nber|jstor|wiley|tandfonline|mdpi|plos|pnas|science\.org|iop\.org|aps\.org|"
                        r"\.pdf(?:$|\?)", re.I)


@dataclass(slots=True)
class Token:
    """A word or mark of a block with the markup around it; `label` is what the labeller says it is."""

    text: str
    line: int  # index of the line in the block
    bold: bool = False
    italic: bool = False
    href: str | None = None
    tag: str = ""
    link_word: bool = False  # the span is a link whose text only says what it points to ("[pdf]")
    space_before: bool = True
    span: int = 0  # index of the span it came from (tokens of one span share their markup)
    label: str = ""  # gold label (training) or the labeller's
    soft: bool = False  # its line continues a wrapped paragraph (markup.Line.soft)
    para: bool = False  # its line starts a new paragraph of a run (markup.Line.para)

    @property
    def field(self) -> str:
        """The label without its entry-start mark ("B-title" -> "title")."""
        return self.label.removeprefix("B-")

    def relabel(self, field: str) -> None:
        """Read the token as `field`, keeping its entry-start mark ("B-venue" -> "B-other")."""
        self.label = ("B-" if self.label.startswith("B-") else "") + field


# the markup a page may set its papers' titles in, alone: a link, italics, bold
TITLE_STYLES = ("link", "italic", "bold")


def styled(t: Token, style: str) -> bool:
    return bool(t.href) if style == "link" else bool(t.italic if style == "italic" else t.bold)


def title_style(toks: Sequence[Token]) -> str:
    """The markup a paper's title is set in and the rest of its entry is not ("link", "italic", "bold"), or "": a
    title in italics in an entry all in italics is set in none; an entry that is its title alone, a link, sets it in
    a link."""
    words = [t for t in toks if t.field == "title" and t.text[:1].isalnum()]
    rest = [t for t in toks if t.field != "title" and t.text[:1].isalnum() and t.tag != "heading"]
    return next((s for s in TITLE_STYLES if words and all(styled(t, s) for t in words)
                 and (not all(styled(t, s) for t in rest) or (not rest and s == "link"))), "")


# the markup a page may set its papers' venues in, right after their titles: italics, bold
VENUE_STYLES = ("italic", "bold")


def venue_style(toks: Sequence[Token]) -> str:
    """The markup a paper's venue is set in, when it comes right after the title, nothing but marks between them, and
    the title is not set so ("*Title*, **Journal**, 12(3)": "bold"): "italic", "bold", or "" (the venue plain, after
    other words such as "In", or set as the title is)."""
    end = max((k for k, t in enumerate(toks) if t.field == "title"), default=-1)
    first = next((k for k, t in enumerate(toks) if t.field == "venue"), -1)
    if end < 0 or first <= end or any(t.text[:1].isalnum() for t in toks[end + 1:first]):
        return ""
    venue = [t for t in toks if t.field == "venue" and t.text[:1].isalnum()]
    title = [t for t in toks if t.field == "title" and t.text[:1].isalnum()]
    return next((s for s in VENUE_STYLES if venue and all(styled(t, s) for t in venue)
                 and not all(styled(t, s) for t in title)), "")


def join_tokens(toks: Sequence[Token]) -> str:
    """The text of these tokens, spaced as written (a line break is a space)."""
    out: list[str] = []
    for i, t in enumerate(toks):
        if (i and t.space_before and toks[i - 1].line == t.line) or (i and toks[i - 1].line != t.line):
            out.append(" ")
        out.append(t.text)
    return "".join(out)


def tokenize(lines: Sequence[Line], link_word: Iterable[bool] | None = None) -> list[Token]:
    """Tokens of these lines, in order, each with its span's markup."""
    out: list[Token] = []
    add = out.append
    k = 0
    dotted = False  # a dotted "et. al" may be among them
    for li, ln in enumerate(lines):
        prev_end_space = True
        soft, para = ln.soft, ln.para
        for s, text in _glued(ln.spans):
            bold, italic, href, tag = s.bold, s.italic, s.href, s.tag
            lw = bool(href) and _is_link_word_text(text)
            k += 1
            dotted = dotted or "et." in text or "Et." in text or "ET." in text
            for m in TOKEN.finditer(text):
                at = m.start()
                # all fields in order, none by name (Token's own __init__, a third faster so)
                add(Token(m.group(), li, bold, italic, href, tag, lw, text[at - 1].isspace() if at else prev_end_space,
                          k, "", soft, para))
            prev_end_space = not text or text[-1].isspace()
    return _et_al_undotted(out) if dotted else out


def _et_al_undotted(tokens: list[Token]) -> list[Token]:
    """The tokens without the full stop of a dotted "et. al" ("Alan Kogut et. al.,", "D. Stewart, et. al, ..."): read
    as "et al", not as a sentence that ends after "et" (the name before it taken for the last of a list that stops,
    or "et" for a name)."""
    return [t for i, t in enumerate(tokens)
            if not (t.text == "." and not t.space_before and 0 < i < len(tokens) - 1
                    and tokens[i - 1].text.lower() == "et" and tokens[i + 1].text.lower() == "al")]


def _glued(spans: Sequence[Span]) -> Iterator[tuple[Span, str]]:
    """Each span with its text, a span that goes on a word of the one before, in the same markup and with no space
    between, joined to it ("LiNi<sub>0.8</sub>Mn<sub>0.1</sub>O<sub>2</sub>": one word, not a word, a number and a
    full stop; tokens are cut in the text of each span)."""
    i, n = 0, len(spans)
    while i < n:
        s, text = spans[i], spans[i].text
        while i + 1 < n and text[-1:].isalnum() and (nx := spans[i + 1]).text[:1].isalnum() \
                and nx.bold == s.bold and nx.italic == s.italic and nx.href == s.href and nx.tag == s.tag:
            text += nx.text
            i += 1
        yield s, text
        i += 1


_PLACE_HINT = lazy_compile(r"\s(?:to|at|on|@)|\s(?:as|als)\s+pdf\b", re.I)  # what every LINK_PLACE text holds


def _is_link_word_text(text: str) -> bool:
    words = re.findall(r"[a-z]+(?:-[a-z]+)*", text.lower())  # "pre-print" one word
    if not words:
        return False
    if len(words) <= 3 and all(w in LINK_WORDS or w in ("and", "the", "on", "to") for w in words):
        return True
    # "link to ...", "WP at RIETI", "PDF on SSRN": a word that says where, before the pattern is asked (a hot path)
    return len(text) <= 60 and _PLACE_HINT.search(text) is not None and LINK_PLACE.match(text) is not None


_RUNS = re.compile(r"(.)\1{2,}")


def _shape(w: str) -> str:
    """A word's shape as the shipped model was trained on it: every letter and digit is "u", other marks stay, and a
    run of three or more of one character is two. (It was written as substitutions in turn, A-Z to X, a-z to x,
    digits to d, other letters to u, and the last also took the X, x and d: a shape that told them apart needs a
    model trained on it.) Made without regular expressions for a word of letters and digits: a new word's shape was
    two thirds of its features' time (a page of numbered papers has a new number in every entry)."""
    if w.isalnum():  # the characters regular expressions call \w, but for "_"
        return "uu" if len(w) > 1 else "u"
    return _RUNS.sub(r"\1\1", "".join("u" if c.isalnum() else c for c in w))


@dataclass(frozen=True)
class Lexicon:
    """The venue database's words and acronyms as the labeller's features see them."""

    venue_words: frozenset[str]  # lower-case words of venue names (not common English words)
    acronyms: frozenset[str]  # venue acronyms and short aliases, as written (case kept)
    # the features written for each reader of them (_Form), with what each keeps per word, markup and group: as
    # strings (key None: token_features) and as the bytes a model knows (key: its attribute names; model_features)
    forms: dict[frozenset[bytes] | None, _Form] = field(default_factory=dict, compare=False, hash=False, repr=False)

    def form(self, keep: frozenset[bytes] | None = None) -> _Form:
        hit = self.forms.get(keep)
        if hit is None:
            hit = self.forms[keep] = _Form(keep)
        return hit

    @property
    def words_seen(self) -> dict[str, _Word]:
        """The words whose features the strings' form keeps (_Form.words)."""
        return self.form().words

    @property
    def shown_seen(self) -> dict[tuple[object, ...], _Shown]:
        """What the strings' form keeps of what tokens show their neighbours (_Form.shown)."""
        return self.form().shown


# the features a token shows each neighbour, prefixed: to the one before it ("1:"), after it ("-1:"), two before
# ("2:") and two after ("-2:"); the shape is shown only to the next token and the one before
_Shown = tuple[tuple[Any, ...], tuple[Any, ...], tuple[Any, ...], tuple[Any, ...]]
# a word's lexical features (as its form writes them), those of them its neighbours see (_CONTEXT, as strings), and
# its counts (_counts)
_Word = tuple[tuple[Any, ...], tuple[str, ...], int]


_WORD_LISTS = (("status", STATUS_WORDS), ("award", AWARD_WORDS), ("rank", RANK_WORDS), ("volword", VOL_WORDS),
               ("procword", PROC_WORDS), ("pubword", PUB_WORDS), ("thesis", THESIS_WORDS))
_CONTEXT = ("sh=", "bold", "italic", "link", "year", "initial", "venueword", "punct", "etal", "status", "cap", "tag=",
            "acronym", "linkword", "award", "gB", "gI")
# about 320 bytes a word: at most about 16 MB (it allowed 500,000 words, some 160 MB on a page of that many)
MAX_WORDS = 50_000
# about 1 KB an entry (some 20 strings; more for a styled token): at most about 4 MB, whatever the page. 1,024 were
# as fast when the strings were handed to the model as they are; a miss now also encodes and sifts them, and 1,024
# missed for one token in nine on the synthetic corpus of bench/run.py (1,000 files read in one process), 4,096 for
# one in 27 (the distinct ones)
MAX_SHOWN = 4096
MAX_STYLES = 4096  # markups (bold, italic, link target, link word, tag) of the features kept: about 100 bytes each


def _markup(t: Token, link_kind: bool) -> list[str]:
    """The features of a token's markup: bold, italic, link (with what it points to, for the token itself: a paper's
    host or another), a link that only says what it points to, the element it is in."""
    f = []
    if t.bold:
        f.append("bold")
    if t.italic:
        f.append("italic")
    if t.href:
        f.append("link")
        if link_kind:
            f.append("paperlink" if PAPER_HOST.search(t.href) else "otherlink")
    if t.link_word:
        f.append("linkword")
    if t.tag:
        f.append(f"tag={t.tag}")
    return f


class _Form:
    """The features written for one reader: as strings (keep None), or as the UTF-8 bytes of those a model knows
    (keep: the model's attribute names). CRFsuite encodes every name to UTF-8, reads it up to a NUL, and drops the
    names its model does not know before it reads a token, so a model reads exactly the same from both; the bytes spare it the encoding
    and the look-ups that find nothing. Each part of a token's features is written once and kept here: per word,
    per word and markup (what a token shows its neighbours), per markup, per group description, per constant."""

    def __init__(self, keep: frozenset[bytes] | None):
        self.keep = keep
        self.words: dict[str, _Word] = {}
        self.shown: dict[tuple[object, ...], _Shown] = {}
        self.styles: dict[tuple[object, ...], tuple[tuple[Any, ...], tuple[object, ...]]] = {}
        self.groups: dict[tuple[object, ...], tuple[Any, ...]] = {}
        self.marks: dict[str, tuple[Any, ...]] = {}
        c = self.write
        self.line = [c((f"ln={k}",)) for k in range(4)]  # "ln=3" from the fourth line on
        self.lnof = [c((f"lnof={k}",)) for k in range(5)]
        self.pos = [c((p,)) for p in _POS] + [c(("pos=5",))]  # from the eleventh token on: the last
        self.rel = [c((f"rel={k}",)) for k in range(10)]
        self.none = [c((x,)) for x in ("-2:NONE", "-1:NONE", "1:NONE", "2:NONE")]
        self.soft, self.hard = c(("newline", "softnl")), c(("newline", "hardnl"))
        self.dotted, self.glued, self.lastline, self.linestart, self.lineend, self.stylechange = (
            c((x,)) for x in ("dotted", "glued", "lastline", "linestart", "lineend", "stylechange"))

    def write(self, feats: tuple[str, ...]) -> tuple[Any, ...]:
        if self.keep is None:
            return feats
        keep = self.keep
        # CRFsuite looks a name up as a C string: up to its first NUL (a token may be a NUL character)
        names = (x.encode("utf-8") if "\0" not in x else x[:x.index("\0")].encode("utf-8") for x in feats)
        return tuple(b for b in names if b in keep)

    def word(self, w: str, lex: Lexicon) -> _Word:
        """A word's lexical features, those of them its neighbours see (_CONTEXT; its word is added apart) and its
        counts for the features of its span and line (_counts)."""
        if len(self.words) >= MAX_WORDS:
            self.words.clear()
        f = _lexical(w, lex)
        hit = self.words[w] = (self.write(f), tuple(x for x in f if x.startswith(_CONTEXT)), _counts(w))
        return hit

    def style(self, key: tuple[object, ...], t: Token) -> tuple[tuple[Any, ...], tuple[object, ...]]:
        """A markup's own features, and the key of what its tokens show their neighbours (_shown: a link as such)."""
        f = _markup(t, link_kind=True)
        if len(self.styles) >= MAX_STYLES:
            self.styles.clear()
        hit = self.styles[key] = (self.write(tuple(f)), (t.bold, t.italic, bool(t.href), t.link_word, t.tag))
        return hit

    def shown_of(self, key: tuple[object, ...], shown: tuple[str, ...], t: Token, mark: str) -> _Shown:
        """What a token shows its neighbours: its word, its _CONTEXT features, its markup and gazetteer mark, each
        prefixed for the neighbour that sees it; made once per distinct word and markup (the prefixed strings were
        made anew for every token, four times over: a third of the features' time). Kept under (word, markup, mark).
        """
        nf = [f"w={_AS_READ.get(t.text, t.text).lower()[:20]}", *shown, *_markup(t, link_kind=False)]
        if mark:
            nf.append(mark)
        far = [x for x in nf if not x.startswith("sh=")]
        if len(self.shown) >= MAX_SHOWN:
            self.shown.clear()
        c = self.write
        hit = self.shown[key] = (c(tuple("1:" + x for x in nf)), c(tuple("-1:" + x for x in nf)),
                                 c(tuple("2:" + x for x in far)), c(tuple("-2:" + x for x in far)))
        return hit

    def group(self, c: int, kind: str) -> tuple[Any, ...]:
        key = _group_key(c, kind)
        hit = self.groups.get(key)
        if hit is None:  # at most some 3,000 for each kind
            hit = self.groups[key] = self.write(_group_features(key))
        return hit

    def mark(self, mark: str) -> tuple[Any, ...]:
        hit = self.marks.get(mark)
        if hit is None:
            hit = self.marks[mark] = self.write((mark,)) if mark else ()
        return hit


# marks read as the ones they stand for: Chinese and Japanese pages part a reference's fields with the full-width
# comma and quote a title in corner brackets ("鎌田健太郎，2024，「Title」『Journal』"), which the generated training
# text never has (the text keeps them; only the features read them so). Not "（" "）" "：": in running text they
# made abstracts look like references, and a system's name before "：" was cut off its title
_HALF_WIDTH = {"，": ",", "「": "“", "」": "”"}

# the words of a reference that other languages write for the English ones the generated training text has, read as
# those (the text keeps them; only the features read them so): the "in" before a book or proceedings, months, a
# paper's status, volume and page words, meetings and journals, publishers and theses. Pages in German, Spanish,
# Portuguese, French, Italian, Dutch and Polish write them ("Hrsg.", "Bd. 12, Heft 3", "En: Actas del ...", "no
# prelo", "im Druck", "v. 12, n. 3"). A word here is also a word of a title, where its English word is read no worse.
# Left out: words that are common names, initials or English words of another sense ("Mai", "Julio", "Mayo", "Hg",
# "Band", "Org.", "W:"), and the "and" of names ("und", "y", "e", "i"): read as "and", a title's or an affiliation's
# list ("Cloud Computing, tecnología y negocio", "Institut für Strahlen- und Kernphysik, Universität Bonn") became
# an author list on two dev pages, for as many better. Lower-case only where a capital would be a name or an initial
# ("v", "n", the months of the languages that write them in lower case).
_ELSEWHERE_LOWER = {
    "v": "vol", "n": "no",
    "janvier": "january", "février": "february", "mars": "march", "avril": "april", "mai": "may", "juin": "june",
    "juillet": "july", "août": "august", "septembre": "september", "octobre": "october", "novembre": "november",
    "décembre": "december",
    "enero": "january", "febrero": "february", "marzo": "march", "abril": "april", "mayo": "may", "junio": "june",
    "julio": "july", "agosto": "august", "septiembre": "september", "setiembre": "september", "octubre": "october",
    "noviembre": "november", "diciembre": "december",
    "janeiro": "january", "fevereiro": "february", "março": "march", "maio": "may", "junho": "june", "julho": "july",
    "setembro": "september", "outubro": "october", "novembro": "november", "dezembro": "december",
    "gennaio": "january", "febbraio": "february", "aprile": "april", "maggio": "may", "giugno": "june",
    "luglio": "july", "settembre": "september", "ottobre": "october", "dicembre": "december",
    "januari": "january", "februari": "february", "maart": "march", "mei": "may", "augustus": "august",
}
_ELSEWHERE = {
    "en": "in", "em": "in", "dans": "in", "im": "in",
    "januar": "january", "februar": "february", "märz": "march", "juni": "june", "juli": "july", "oktober": "october",
    "dezember": "december",
    "eingereicht": "submitted", "angenommen": "accepted", "druck": "press", "vorbereitung": "preparation",
    "begutachtung": "review", "prensa": "press", "aceptado": "accepted", "aceptada": "accepted", "enviado": "submitted",
    "enviada": "submitted", "sometido": "submitted", "revisión": "review", "preparación": "preparation",
    "prelo": "press", "aceito": "accepted", "aceita": "accepted", "submetido": "submitted", "submetida": "submitted",
    "revisão": "review", "preparação": "preparation", "presse": "press", "soumis": "submitted", "soumise": "submitted",
    "accepté": "accepted", "acceptée": "accepted", "préparation": "preparation", "stampa": "press",
    "accettato": "accepted", "preparazione": "preparation", "druk": "press", "ingediend": "submitted",
    "geaccepteerd": "accepted", "voorbereiding": "preparation", "druku": "press",
    "bd": "vol", "jg": "vol", "jahrgang": "volume", "heft": "issue", "seiten": "pages", "aufl": "edn", "hrsg": "eds",
    "núm": "no", "nº": "no", "pág": "pp", "págs": "pp", "tomo": "vol", "coord": "eds", "coords": "eds", "orgs": "eds",
    "éd": "ed", "éds": "eds", "fasc": "issue", "pagg": "pp", "jrg": "vol", "blz": "pp",
    "tagungsband": "proceedings", "konferenz": "conference", "tagung": "conference", "kongress": "conference",
    "zeitschrift": "journal", "internationale": "international", "internationalen": "international",
    "actas": "proceedings", "memorias": "proceedings", "congreso": "conference", "conferencia": "conference",
    "simposio": "symposium", "revista": "journal", "internacional": "international", "anual": "annual",
    "anais": "proceedings", "congresso": "conference", "conferência": "conference", "simpósio": "symposium",
    "encontro": "conference", "actes": "proceedings", "congrès": "conference", "conférence": "conference",
    "colloque": "symposium", "revue": "review", "atti": "proceedings", "convegno": "conference",
    "conferenza": "conference", "rivista": "journal", "internazionale": "international", "tijdschrift": "journal",
    "konferencja": "conference", "czasopismo": "journal", "przegląd": "review",
    "universität": "university", "universidad": "university", "universidade": "university",
    "université": "university", "università": "university", "universiteit": "university",
    "uniwersytet": "university", "editora": "publishing", "ediciones": "publishing", "edições": "publishing",
    "éditions": "publishing", "edizioni": "publishing", "wydawnictwo": "publishing", "uitgeverij": "publishing",
    "presses": "press", "imprensa": "press",
    "doktorarbeit": "thesis", "masterarbeit": "thesis", "bachelorarbeit": "thesis", "diplomarbeit": "thesis",
    "magisterarbeit": "thesis", "habilitationsschrift": "thesis", "tesis": "thesis", "tese": "thesis",
    "thèse": "thesis", "tesi": "thesis", "proefschrift": "thesis", "dissertação": "dissertation",
    "doutorado": "doctoral", "doctorado": "doctoral", "doctorat": "doctoral", "dottorato": "doctoral",
    "doktorska": "doctoral", "mestrado": "msc", "magisterska": "msc",
}
# every form a token is read as another by: the marks, each word above as written in lower case, and (but for the
# lower-case-only words) with a capital ("Actas", "Hrsg", "En")
_AS_READ = {**_HALF_WIDTH, **_ELSEWHERE_LOWER, **_ELSEWHERE,
            **{w[0].upper() + w[1:]: e[0].upper() + e[1:] for w, e in _ELSEWHERE.items()}}


def as_read(w: str) -> str:
    """A token's word as the labeller reads it: the one the training text has for it ("Bd" -> "Vol", "，" -> ",")."""
    return _AS_READ.get(w, w)


def _lexical(w: str, lex: Lexicon) -> tuple[str, ...]:
    """The features a token has whatever its neighbours: its word, shape and lexicon marks."""
    w = _AS_READ.get(w, w)
    lw = w.lower()
    f = [f"w={lw}" if len(lw) <= 20 else "w=LONG", f"sh={_shape(w)[:8]}"]
    if w[:1].isupper():
        f.append("cap")
    if w.isupper() and len(w) > 1:
        f.append("allcaps")
    if re.fullmatch(r"[A-Z]{1,2}", w):
        f.append("initial")
    if YEAR.fullmatch(w):
        f.append("year")
    elif w.isdigit():
        f.append(f"num{min(len(w), 5)}")
    elif re.fullmatch(r"\d+[\-–—]\d+", w):
        f.append("range")
    if not w[0].isalnum():
        f.append("punct")
    if lw in MONTHS or lw.rstrip(".") in MONTHS:
        f.append("month")
    lws = lw.rstrip(".")
    f.extend(name for name, words in _WORD_LISTS if lws in words)
    if lws in lex.venue_words:
        f.append("venueword")
    if w in lex.acronyms or w.rstrip(".") in lex.acronyms:
        f.append("acronym")
    if lws in ("et", "al", "al."):
        f.append("etal")
    return tuple(f)


# What a token adds to the counts its span and line are described by (_group_features), as fields of one integer,
# so that a group's counts are the sum of its tokens' (a C loop): tokens, words (starting with a letter or digit),
# function words, capitalised words, initials, years, commas and semicolons, colons and question marks. A field
# holds up to 2**24 - 1: a block is labelled in parts of at most 20,000 characters (entries.py), and a part of
# more tokens would only make the counts of a group wrong, never the features of another one.
_BITS = 24
_MASK = (1 << _BITS) - 1
_TOKENS, _WORDS, _FUNC, _CAPS, _INITS, _YEARS, _COMMAS, _COLONS = (1 << (_BITS * k) for k in range(8))


def _counts(w: str) -> int:
    w = _AS_READ.get(w, w)
    c = _TOKENS
    if w[0].isalnum():
        c += _WORDS
        if w.lower() in FUNCTION_WORDS:
            c += _FUNC
        if w[0].isupper():
            c += _CAPS
        if len(w) == 1 and "A" <= w <= "Z":
            c += _INITS
        if len(w) == 4 and w[:2] in ("19", "20") and w.isascii() and w.isdigit():
            c += _YEARS
    elif w in (",", ";"):
        c += _COMMAS
    elif w in (":", "?"):
        c += _COLONS
    return c


def token_features(toks: Sequence[Token], lex: Lexicon, marks: Sequence[str] | None = None) -> list[list[str]]:
    """The feature strings of every token (the CRF's input); `marks` are per-token gazetteer marks
    ("gB"/"gI": inside a name the venue database knows, see labeller.venue_marks).

    The same features as made one by one (tests/test_features_reference.py keeps that plain way), made from parts
    shared where tokens share what they depend on (_Form)."""
    return _features(toks, lex, marks, lex.form())


def model_features(toks: Sequence[Token], lex: Lexicon, marks: Sequence[str] | None,
                   keep: frozenset[bytes]) -> list[list[bytes]]:
    """token_features as the model reads them: the UTF-8 bytes of each feature whose name is in keep (the model's
    attribute names), in the same order."""
    return _features(toks, lex, marks, lex.form(keep))


def _features(toks: Sequence[Token], lex: Lexicon, marks: Sequence[str] | None, form: _Form) -> list[list[Any]]:
    n = len(toks)
    if not n:
        return []
    seen = form.words
    words = [seen.get(t.text) or form.word(t.text, lex) for t in toks]
    nlines = toks[-1].line + 1
    lnof = form.lnof[min(nlines, 4)]
    # the counts of every span and line, then their features; how many tokens each line has and has had so far
    span_counts: dict[int, int] = {}
    line_counts: dict[int, int] = {}
    for t, wd in zip(toks, words, strict=True):
        c = wd[2]
        span_counts[t.span] = span_counts.get(t.span, 0) + c
        line_counts[t.line] = line_counts.get(t.line, 0) + c
    span_f = {k: form.group(c, "sp") for k, c in span_counts.items()}
    line_f = {k: form.group(c, "li") for k, c in line_counts.items()}
    line_pos: dict[int, int] = {}
    styles, shown_seen = form.styles, form.shown
    ms: Sequence[str] = marks or [""] * n
    near: list[_Shown] = []
    own: list[tuple[Any, ...]] = []
    for i, t in enumerate(toks):
        key = (t.bold, t.italic, t.href, t.link_word, t.tag)
        st = styles.get(key) or form.style(key, t)
        own.append(st[0])
        sk = (t.text, st[1], ms[i])
        near.append(shown_seen.get(sk) or form.shown_of(sk, words[i][1], t, ms[i]))
    out: list[list[Any]] = []
    prev: Token | None = None
    nxt_i = 1
    group: tuple[Any, ...] = ()
    group_of: tuple[int, int] = (-1, -1)
    line_of, lastline, pos, rel, none = form.line, nlines - 1, form.pos, form.rel, form.none
    for i, t in enumerate(toks):
        line = t.line
        f = list(words[i][0])
        if nxt_i < n:
            nx = toks[nxt_i]
            if nx.text == "." and not nx.space_before:
                f += form.dotted
        f += own[i]
        if not t.space_before:
            f += form.glued
        f += line_of[line] if line < 3 else line_of[3]
        f += lnof
        if line == lastline:
            f += form.lastline
        k = line_pos.get(line, 0)
        line_pos[line] = k + 1
        if k == 0:
            f += form.linestart
        if k == (line_counts[line] & _MASK) - 1:
            f += form.lineend
        if group_of != (t.span, line):
            group_of = (t.span, line)
            group = span_f[t.span] + line_f[line]
        f += group
        if ms[i]:
            f += form.mark(ms[i])
        f += pos[i] if i < 10 else pos[10]
        f += rel[int(10 * i / n)]
        f += near[i - 2][3] if i >= 2 else none[0]
        f += near[i - 1][1] if i >= 1 else none[1]
        f += near[nxt_i][0] if nxt_i < n else none[2]
        f += near[i + 2][2] if i + 2 < n else none[3]
        if prev is not None:
            # the markup changes here: a span boundary is where fields often change
            if prev.bold != t.bold or prev.italic != t.italic or prev.href != t.href:
                f += form.stylechange
            if prev.line != line:
                f += form.soft if t.soft else form.hard
        out.append(f)
        prev = t
        nxt_i += 1
    return out


_POS = ["pos=0", "pos=1", "pos=2", "pos=3", "pos=4", "pos=4", "pos=4", "pos=4", "pos=4", "pos=4"]


FUNCTION_WORDS = frozenset(["a", "an", "the", "of", "for", "in", "on", "with", "to", "via", "from", "by", "at", "as", "is", "are", "towards", "toward", "into", "over", "through", "using", "under", "between", "without", "beyond", "how", "what", "why", "when", "can", "do", "does"])


def _bucket(n: int, edges: tuple[int, ...]) -> int:
    return next((i for i, e in enumerate(edges) if n <= e), len(edges))


_LENGTHS = [_bucket(k, (1, 2, 3, 6, 12, 25)) for k in range(26)]  # from 26 words on: 6
_COMMA_COUNTS = [_bucket(k, (0, 1, 3)) for k in range(4)]  # from 4 on: 3


def _group_key(c: int, kind: str) -> tuple[str, int, int, int, int, bool, bool, bool]:
    """What the features of a token's styled span or its line ("sp", "li") say, from its counts (_counts)."""
    words = (c // _WORDS) & _MASK
    caps = inits = -1
    if words:
        caps = int((c // _CAPS & _MASK) / words * 4)
        inits = int((c // _INITS & _MASK) / words >= 0.2)
    commas = (c // _COMMAS) & _MASK
    return (kind, _LENGTHS[words] if words < len(_LENGTHS) else 6, _COMMA_COUNTS[commas] if commas < 4 else 3, caps,
            inits, bool((c // _FUNC) & _MASK), bool((c // _COLONS) & _MASK), bool((c // _YEARS) & _MASK))


def _group_features(key: tuple[str, int, int, int, int, bool, bool, bool]) -> tuple[str, ...]:
    """What a token's styled span or its line looks like as a whole: a title has function words and is long; an
    author line is names and commas; a venue line has a year. The CRF sees only a few tokens around each one."""
    kind, length, commas, caps, inits, func, colon, year = key
    out = [f"{kind}len={length}"]
    if func:
        out.append(f"{kind}func")
    if colon:
        out.append(f"{kind}colon")
    out.append(f"{kind}commas={commas}")
    if caps >= 0:
        out.append(f"{kind}caps={caps}")
        if inits:
            out.append(f"{kind}initials")
    if year:
        out.append(f"{kind}year")
    return tuple(out)


_COMMON = frozenset(["a", "an", "the", "of", "and", "or", "in", "on", "for", "to", "with", "from", "by", "at", "as", "is", "are", "be", "new", "using", "via", "its", "their", "under", "towards", "toward", "between", "into", "over", "through", "about", "not", "without"])


def build_lexicon(names: Iterable[str], acronyms: Iterable[str]) -> Lexicon:
    """Venue words (from full venue names, common English words left out) and acronyms."""
    words: set[str] = set()
    for name in names:
        for w in re.findall(r"[^\W\d_]+\.?", name.lower()):
            if w.rstrip(".") not in _COMMON and len(w) > 1:
                words.add(w.rstrip("."))
    acr = {a for a in acronyms if a and 2 <= len(a) <= 12 and " " not in a}
    return Lexicon(frozenset(words), frozenset(acr))
