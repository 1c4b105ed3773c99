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
    # the word-level features of each word seen with this lexicon, and those its neighbours see (_lexical_context)
    words_seen: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=dict, compare=False,
                                                                           hash=False, repr=False)
    # what a token shows the tokens around it, by its word, markup and mark (_shown)
    shown_seen: dict[tuple[object, ...], _Shown] = field(default_factory=dict, compare=False, hash=False, repr=False)


# the features a token shows each neighbour, prefixed: to the one before it ("1:"), after it ("-1:"), two before
# ("2:") and two after ("-2:"); the shape is shown only to the next token and the one before
_Shown = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]


_WORD_LISTS = (("status", STATUS_WORDS), ("award", AWARD_WORDS), ("rank", RANK_WORDS), ("volword", VOL_WORDS),
               ("procword", PROC_WORDS), ("pubword", PUB_WORDS), ("thesis", THESIS_WORDS))
_CONTEXT = ("sh=", "bold", "italic", "link", "year", "initial", "venueword", "punct", "etal", "status", "cap", "tag=",
            "acronym", "linkword", "award", "gB", "gI")
# about 320 bytes a word: at most about 16 MB (it allowed 500,000 words, some 160 MB on a page of that many)
MAX_WORDS = 50_000


def _lexical_context(w: str, lex: Lexicon) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A word's lexical features, and those of them its neighbours see (_CONTEXT; its word is added apart);
    cached per word on the lexicon."""
    hit = lex.words_seen.get(w)
    if hit is None:
        if len(lex.words_seen) >= MAX_WORDS:
            lex.words_seen.clear()
        f = _lexical(w, lex)
        hit = lex.words_seen[w] = (f, tuple(x for x in f if x.startswith(_CONTEXT)))
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


def token_features(toks: Sequence[Token], lex: Lexicon, marks: Sequence[str] | None = None) -> list[list[str]]:
    """The feature strings of every token (the CRF's input); `marks` are per-token gazetteer marks
    ("gB"/"gI": inside a name the venue database knows, see labeller.venue_marks)."""
    n = len(toks)
    base: list[list[str]] = []
    near: list[_Shown] = []  # what each token shows its neighbours (_shown)
    nlines = (toks[-1].line + 1) if toks else 1
    group = _group_features(toks)
    line_pos: dict[int, int] = {}
    line_len: dict[int, int] = {}
    for t in toks:
        line_len[t.line] = line_len.get(t.line, 0) + 1
    lnof = f"lnof={min(nlines, 4)}"
    for i, t in enumerate(toks):
        w = t.text
        k = line_pos.get(t.line, 0)
        line_pos[t.line] = k + 1
        lexical, shown = _lexical_context(w, lex)
        f = list(lexical)
        mark = marks[i] if marks else ""
        near.append(_shown(w, shown, t, mark, lex))
        if i + 1 < n and toks[i + 1].text == "." and not toks[i + 1].space_before:
            f.append("dotted")
        if t.bold:
            f.append("bold")
        if t.italic:
            f.append("italic")
        if t.href:
            f.append("link")
            kind = "paperlink" if PAPER_HOST.search(t.href) else "otherlink"
            f.append(kind)
        if t.link_word:
            f.append("linkword")
        if t.tag:
            f.append(f"tag={t.tag}")
        if not t.space_before:
            f.append("glued")
        f.append(f"ln={min(t.line, 3)}")
        f.append(lnof)
        if t.line == nlines - 1:
            f.append("lastline")
        if k == 0:
            f.append("linestart")
        if k == line_len[t.line] - 1:
            f.append("lineend")
        f.extend(group[i])
        if mark:
            f.append(mark)
        f.append(_POS[i] if i < 10 else "pos=5")
        f.append(f"rel={int(10 * i / n)}")
        base.append(f)
    out: list[list[str]] = []
    for i, f in enumerate(base):
        g = f
        if i >= 2:
            g.extend(near[i - 2][3])
        else:
            g.append("-2:NONE")
        if i >= 1:
            g.extend(near[i - 1][1])
        else:
            g.append("-1:NONE")
        if i + 1 < n:
            g.extend(near[i + 1][0])
        else:
            g.append("1:NONE")
        if i + 2 < n:
            g.extend(near[i + 2][2])
        else:
            g.append("2:NONE")
        # the markup changes here: a span boundary is where fields often change
        if i and (toks[i - 1].bold != toks[i].bold or toks[i - 1].italic != toks[i].italic or toks[i - 1].href != toks[i].href):
            g.append("stylechange")
        if i and toks[i - 1].line != toks[i].line:
            g.append("newline")
            g.append("softnl" if toks[i].soft else "hardnl")
        out.append(g)
    return out


# about 1 KB an entry (some 20 strings; more for a styled token): at most 1-2 MB, whatever the page; a page's
# frequent words come back at once after it starts again (4,096 entries were no faster, and 4 MB bigger on the dev
# pages and corpus read in one run)
MAX_SHOWN = 1024


def _shown(w: str, shown: tuple[str, ...], t: Token, mark: str, lex: Lexicon) -> _Shown:
    """What a token shows its neighbours: its word, its _CONTEXT features, its markup and gazetteer mark, each
    prefixed for the neighbour that sees it; made once per distinct word and markup (the prefixed strings were made
    anew for every token, four times over: a third of the features' time)."""
    key = (w, t.bold, t.italic, bool(t.href), t.link_word, t.tag, mark)
    hit = lex.shown_seen.get(key)
    if hit is None:
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
        hit = lex.shown_seen[key] = (tuple("1:" + x for x in nf), tuple("-1:" + x for x in nf),
                                     tuple("2:" + x for x in far), tuple("-2:" + x for x in far))
    return hit


_POS = ["pos=0", "pos=1", "pos=2", "pos=3", "pos=4", "pos=4", "pos=4", "pos=4", "pos=4", "pos=4"]


FUNCTION_WORDS = frozenset(["a", "an", "the", "of", "for", "in", "on", "with", "to", "via", "from", "by", "at", "as", "is", "are", "towards", "toward", "into", "over", "through", "using", "under", "between", "without", "beyond", "how", "what", "why", "when", "can", "do", "does"])


def _bucket(n: int, edges: tuple[int, ...]) -> int:
    return next((i for i, e in enumerate(edges) if n <= e), len(edges))


def _group_features(toks: Sequence[Token]) -> list[list[str]]:
    """What a token's styled span and its line look like as a whole: a title has function words and is long;
    an author line is names and commas; a venue line has a year. The CRF sees only a few tokens around each one."""
    spans: dict[int, list[Token]] = {}
    lines: dict[int, list[Token]] = {}
    for t in toks:
        spans.setdefault(t.span, []).append(t)
        lines.setdefault(t.line, []).append(t)

    def describe(group: list[Token], kind: str) -> list[str]:
        words = [t.text for t in group if t.text[0].isalnum()]
        out = [f"{kind}len={_bucket(len(words), (1, 2, 3, 6, 12, 25))}"]
        if any(w.lower() in FUNCTION_WORDS for w in words):
            out.append(f"{kind}func")
        texts = [t.text for t in group]
        if ":" in texts or "?" in texts:
            out.append(f"{kind}colon")
        commas = texts.count(",") + texts.count(";")
        out.append(f"{kind}commas={_bucket(commas, (0, 1, 3))}")
        if words:
            caps = sum(w[0].isupper() for w in words) / len(words)
            out.append(f"{kind}caps={int(caps * 4)}")
            inits = sum(len(w) == 1 and "A" <= w <= "Z" for w in words) / len(words)
            if inits >= 0.2:
                out.append(f"{kind}initials")
        if any(len(w) == 4 and w[:2] in ("19", "20") and w.isascii() and w.isdigit() for w in words):
            out.append(f"{kind}year")
        return out

    span_f = {k: describe(g, "sp") for k, g in spans.items()}
    line_f = {k: describe(g, "li") for k, g in lines.items()}
    return [span_f[t.span] + line_f[t.line] for t in toks]


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
