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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..lazyre import lazy_compile
from .markup import Line

# words, numbers (and number ranges), and every other character alone: a period is its own token, so a
# sentence's end and an initial's dot look alike to the tokenizer and the features tell them apart
TOKEN = re.compile(r"\d+(?:[\-–—]\d+)?(?![^\W_])|[^\W_]+(?:['’\-][^\W_]+)*|[^\s\w]|_", re.U)
# private-use characters mark fields in generated training text; they are never tokens
MARKERS = lazy_compile("[\ue000-\ue0ff]")
YEAR = re.compile(r"(?:19|20)\d\d")  # a token that is a year (fullmatch): a feature, and read so in assembly
# the latest year a page's paper can have: later four digits are volumes, ids or pages (a fixed bound, so that the
# same page gives the same record in any year until then)
LATEST_YEAR = 2035

MONTHS = frozenset(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december"])
STATUS_WORDS = frozenset(["submitted", "accepted", "review", "revision", "preparation", "press", "forthcoming", "preprint", "arxiv", "biorxiv", "medrxiv", "ssrn", "revise", "resubmit", "appear", "draft", "manuscript", "progress", "working", "paper"])
AWARD_WORDS = frozenset(["award", "best", "paper", "oral", "spotlight", "highlight", "honorable", "mention", "outstanding", "nominee", "nomination", "finalist", "winner", "prize", "distinguished", "runner", "invited", "keynote", "selected", "top"])
RANK_WORDS = frozenset(["ccf", "core", "jcr", "sci", "ssci", "ei", "q1", "q2", "q3", "q4", "if", "impact", "factor", "tier", "cas"])
# link words as the labeller sees them (a feature of the shipped model: change them only with a retrained model)
LINK_WORDS = frozenset(["pdf", "code", "paper", "arxiv", "slides", "video", "poster", "project", "page", "website", "bib", "bibtex", "html", "link", "doi", "abstract", "supplementary", "supp", "data", "dataset", "demo", "github", "talk", "preprint", "openreview", "blog", "url"])
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
    k = 0
    for li, ln in enumerate(lines):
        prev_end_space = True
        for s in ln.spans:
            text = s.text
            lw = bool(s.href) and _is_link_word_text(text)
            k += 1
            for m in TOKEN.finditer(text):
                out.append(Token(m.group(0), li, s.bold, s.italic, s.href, s.tag, lw,
                                 space_before=(m.start() == 0 and prev_end_space) or (m.start() > 0 and text[m.start() - 1].isspace()),
                                 span=k, soft=ln.soft, para=ln.para))
            prev_end_space = not text or text[-1].isspace()
    return out


def _is_link_word_text(text: str) -> bool:
    words = re.findall(r"[a-z]+", text.lower())
    return bool(words) and len(words) <= 3 and all(w in LINK_WORDS or w in ("and", "the") for w in words)


def _shape(w: str) -> str:
    s = re.sub(r"[A-Z]", "X", w)
    s = re.sub(r"[a-z]", "x", s)
    s = re.sub(r"\d", "d", s)
    s = re.sub(r"[^\W\d_]", "u", s)  # other letters (accents, CJK)
    return re.sub(r"(.)\1{2,}", r"\1\1", s)


@dataclass(frozen=True)
class Lexicon:
    """The venue database's words and acronyms as the labeller's features see them."""

    venue_words: frozenset[str]  # lower-case words of venue names (not common English words)
    acronyms: frozenset[str]  # venue acronyms and short aliases, as written (case kept)
    # what each word seen with this lexicon gives the features: its own word-level features, those of them its
    # neighbours see, and what it adds to its span's and line's counts (_Word, _word)
    words_seen: dict[str, _Word] = field(default_factory=dict, compare=False, hash=False, repr=False)
    # what a token shows the tokens around it, by its word, markup and mark (_shown)
    shown_seen: dict[tuple[object, ...], _Shown] = field(default_factory=dict, compare=False, hash=False, repr=False)


# the features a token shows each neighbour, prefixed: to the one before it ("1:"), after it ("-1:"), two before
# ("2:") and two after ("-2:"); the shape is shown only to the next token and the one before
_Shown = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]
# a word's lexical features, those of them its neighbours see (_CONTEXT), and its counts (_counts)
_Word = tuple[tuple[str, ...], tuple[str, ...], int]


_WORD_LISTS = (("status", STATUS_WORDS), ("award", AWARD_WORDS), ("rank", RANK_WORDS), ("volword", VOL_WORDS),
               ("procword", PROC_WORDS), ("pubword", PUB_WORDS), ("thesis", THESIS_WORDS))
_CONTEXT = ("sh=", "bold", "italic", "link", "year", "initial", "venueword", "punct", "etal", "status", "cap", "tag=",
            "acronym", "linkword", "award", "gB", "gI")
# about 320 bytes a word: at most about 16 MB (it allowed 500,000 words, some 160 MB on a page of that many)
MAX_WORDS = 50_000


def _word(w: str, lex: Lexicon) -> _Word:
    """A word's lexical features, those of them its neighbours see (_CONTEXT; its word is added apart) and its
    counts for the features of its span and line (_counts); made once per word and kept on the lexicon."""
    if len(lex.words_seen) >= MAX_WORDS:
        lex.words_seen.clear()
    f = _lexical(w, lex)
    hit = lex.words_seen[w] = (f, tuple(x for x in f if x.startswith(_CONTEXT)), _counts(w))
    return hit


def _lexical(w: str, lex: Lexicon) -> tuple[str, ...]:
    """The features a token has whatever its neighbours: its word, shape and lexicon marks."""
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
    shared where tokens share what they depend on: a word's features once per word (_word), a markup's once per
    block, a span's and a line's once per group, what a token shows its neighbours once per word and markup."""
    n = len(toks)
    if not n:
        return []
    seen = lex.words_seen
    words = [seen.get(t.text) or _word(t.text, lex) for t in toks]
    nlines = toks[-1].line + 1
    lnof = f"lnof={min(nlines, 4)}"
    # the counts of every span and line, then their features; how many tokens each line has and has had so far
    span_counts: dict[int, int] = {}
    line_counts: dict[int, int] = {}
    for t, wd in zip(toks, words, strict=True):
        c = wd[2]
        span_counts[t.span] = span_counts.get(t.span, 0) + c
        line_counts[t.line] = line_counts.get(t.line, 0) + c
    span_f = {k: _describe(c, "sp") for k, c in span_counts.items()}
    line_f = {k: _describe(c, "li") for k, c in line_counts.items()}
    line_pos: dict[int, int] = {}
    # per markup: its features (then "glued" or not, then the line's first features) and what a neighbour is shown
    styles: dict[tuple[object, ...], tuple[tuple[str, ...], tuple[object, ...]]] = {}
    shown_seen = lex.shown_seen
    ms: Sequence[str] = marks or [""] * n
    near: list[_Shown] = []
    keys: list[tuple[object, ...]] = []
    for i, t in enumerate(toks):
        key = (t.bold, t.italic, t.href, t.link_word, t.tag)
        keys.append(key)
        st = styles.get(key)
        if st is None:
            st = styles[key] = _style(t)
        mark = ms[i]
        sk = (t.text, st[1], mark)
        sh = shown_seen.get(sk)
        if sh is None:
            sh = _shown(t.text, words[i][1], t, mark, lex)
        near.append(sh)
    out: list[list[str]] = []
    prev: Token | None = None
    nxt_i = 1
    group: tuple[str, ...] = ()
    group_of: tuple[int, int] = (-1, -1)
    for i, t in enumerate(toks):
        line = t.line
        f = list(words[i][0])
        if nxt_i < n:
            nx = toks[nxt_i]
            if nx.text == "." and not nx.space_before:
                f.append("dotted")
        f += styles[keys[i]][0]
        if not t.space_before:
            f.append("glued")
        f += _LINE[line] if line < 3 else _LINE[3]
        f.append(lnof)
        if line == nlines - 1:
            f.append("lastline")
        k = line_pos.get(line, 0)
        line_pos[line] = k + 1
        if k == 0:
            f.append("linestart")
        if k == (line_counts[line] & _MASK) - 1:
            f.append("lineend")
        if group_of != (t.span, line):
            group_of = (t.span, line)
            group = span_f[t.span] + line_f[line]
        f += group
        if ms[i]:
            f.append(ms[i])
        f.append(_POS[i] if i < 10 else "pos=5")
        f.append(_REL[int(10 * i / n)])
        f += near[i - 2][3] if i >= 2 else _NONE[0]
        f += near[i - 1][1] if i >= 1 else _NONE[1]
        f += near[nxt_i][0] if nxt_i < n else _NONE[2]
        f += near[i + 2][2] if i + 2 < n else _NONE[3]
        if prev is not None:
            # the markup changes here: a span boundary is where fields often change
            if prev.bold != t.bold or prev.italic != t.italic or prev.href != t.href:
                f.append("stylechange")
            if prev.line != line:
                f += _SOFT if t.soft else _HARD
        out.append(f)
        prev = t
        nxt_i += 1
    return out


_LINE = [("ln=0",), ("ln=1",), ("ln=2",), ("ln=3",)]
_REL = [f"rel={k}" for k in range(10)]
_NONE = (("-2:NONE",), ("-1:NONE",), ("1:NONE",), ("2:NONE",))
_SOFT, _HARD = ("newline", "softnl"), ("newline", "hardnl")


def _style(t: Token) -> tuple[tuple[str, ...], tuple[object, ...]]:
    """A markup's own features, and the key of what its tokens show their neighbours (_shown: a link as such)."""
    f = []
    if t.bold:
        f.append("bold")
    if t.italic:
        f.append("italic")
    if t.href:
        f.append("link")
        f.append("paperlink" if PAPER_HOST.search(t.href) else "otherlink")
    if t.link_word:
        f.append("linkword")
    if t.tag:
        f.append(f"tag={t.tag}")
    return tuple(f), (t.bold, t.italic, bool(t.href), t.link_word, t.tag)


# about 1 KB an entry (some 20 strings; more for a styled token): at most 1-2 MB, whatever the page; a page's
# frequent words come back at once after it starts again (4,096 entries were no faster, and 4 MB bigger on the dev
# pages and corpus read in one run)
MAX_SHOWN = 1024


def _shown(w: str, shown: tuple[str, ...], t: Token, mark: str, lex: Lexicon) -> _Shown:
    """What a token shows its neighbours: its word, its _CONTEXT features, its markup and gazetteer mark, each
    prefixed for the neighbour that sees it; made once per distinct word and markup (the prefixed strings were made
    anew for every token, four times over: a third of the features' time). Kept under (word, markup, mark)."""
    nf = [f"w={w.lower()[:20]}", *shown]
    if t.bold:
        nf.append("bold")
    if t.italic:
        nf.append("italic")
    if t.href:
        nf.append("link")
    if t.link_word:
        nf.append("linkword")
    if t.tag:
        nf.append(f"tag={t.tag}")
    if mark:
        nf.append(mark)
    far = [x for x in nf if not x.startswith("sh=")]
    if len(lex.shown_seen) >= MAX_SHOWN:
        lex.shown_seen.clear()
    hit = lex.shown_seen[(w, (t.bold, t.italic, bool(t.href), t.link_word, t.tag), mark)] = (
        tuple("1:" + x for x in nf), tuple("-1:" + x for x in nf), tuple("2:" + x for x in far),
        tuple("-2:" + x for x in far))
    return hit


_POS = ["pos=0", "pos=1", "pos=2", "pos=3", "pos=4", "pos=4", "pos=4", "pos=4", "pos=4", "pos=4"]


FUNCTION_WORDS = frozenset(["a", "an", "the", "of", "for", "in", "on", "with", "to", "via", "from", "by", "at", "as", "is", "are", "towards", "toward", "into", "over", "through", "using", "under", "between", "without", "beyond", "how", "what", "why", "when", "can", "do", "does"])


def _bucket(n: int, edges: tuple[int, ...]) -> int:
    return next((i for i, e in enumerate(edges) if n <= e), len(edges))


_LENGTHS = [_bucket(k, (1, 2, 3, 6, 12, 25)) for k in range(26)]  # from 26 words on: 6
_COMMA_COUNTS = [_bucket(k, (0, 1, 3)) for k in range(4)]  # from 4 on: 3
_GROUPS: dict[tuple[str, int, int, int, int, int, bool, bool], tuple[str, ...]] = {}


def _describe(c: int, kind: str) -> tuple[str, ...]:
    """What a token's styled span or its line looks like as a whole, from its counts (_counts): a title has function
    words and is long; an author line is names and commas; a venue line has a year. The CRF sees only a few tokens
    around each one."""
    words = (c // _WORDS) & _MASK
    caps = inits = -1
    if words:
        caps = int((c // _CAPS & _MASK) / words * 4)
        inits = int((c // _INITS & _MASK) / words >= 0.2)
    commas = (c // _COMMAS) & _MASK
    key = (kind, _LENGTHS[words] if words < len(_LENGTHS) else 6, _COMMA_COUNTS[commas] if commas < 4 else 3, caps,
           inits, bool((c // _FUNC) & _MASK), bool((c // _COLONS) & _MASK), bool((c // _YEARS) & _MASK))
    hit = _GROUPS.get(key)
    if hit is None:  # at most some 3,000 for each kind
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
        hit = _GROUPS[key] = tuple(out)
    return hit


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
