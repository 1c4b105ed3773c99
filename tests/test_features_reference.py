"""The labeller's features (sources/features.py) are made by a fast path (caches per word, per markup and per group
of tokens); here a plain implementation, written from what each feature means and with no cache, says what they
must be, name for name and in order (CRFsuite adds a token's weights in the order of its features). The two are
compared on blocks of the fixture pages, on entries written in the citation styles homepages use, and on text and
tokens made up by hypothesis."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pubnorm.sources import features as F
from pubnorm.sources import labeller
from pubnorm.sources.features import Token, build_lexicon, token_features, tokenize
from pubnorm.sources.markup import Line as MLine
from pubnorm.sources.markup import LineMapper, Span, iter_blocks, markdown_to_html, parse_html

ROOT = Path(__file__).resolve().parent.parent

# --- the reference: each feature as its definition says, made anew for every token --------------------------------

_NEIGHBOUR_SEES = ("sh=", "bold", "italic", "link", "year", "initial", "venueword", "punct", "etal", "status", "cap",
                   "tag=", "acronym", "linkword", "award", "gB", "gI")


# a full-width comma and the corner brackets of Chinese and Japanese are read as the comma and quotes they stand for
_AS_WRITTEN_ELSEWHERE = {"，": ",", "「": "“", "」": "”"}
# and the words other languages write for those of the training text ("und", "Hrsg", "actas"): a table, read as data
_AS_WRITTEN_ELSEWHERE.update((w, e) for w, e in F._AS_READ.items() if w not in _AS_WRITTEN_ELSEWHERE)


def ref_word(w: str, lex: F.Lexicon) -> list[str]:
    """A token's own word features: its word, shape, case, number kind and lexicon hits."""
    w = _AS_WRITTEN_ELSEWHERE.get(w, w)
    lw = w.lower()
    # the shape as the shipped model was trained on it: every letter and digit is "u" (the shape was written as
    # X/x/d/u substitutions in turn, and the last one, "any letter", also took the X, x and d the others had made)
    shape = re.sub(r"(.)\1{2,}", r"\1\1", "".join("u" if re.fullmatch(r"\w", c) and c != "_" else c for c in w))
    f = ["w=" + (lw if len(lw) <= 20 else "LONG"), "sh=" + shape[:8]]
    f += ["cap"] * w[:1].isupper() + ["allcaps"] * (w.isupper() and len(w) > 1)
    f += ["initial"] * bool(re.fullmatch(r"[A-Z]{1,2}", w))
    if re.fullmatch(r"(?:19|20)\d\d", w):
        f.append("year")
    elif w.isdigit():
        f.append("num" + str(min(len(w), 5)))
    elif re.fullmatch(r"\d+[\-–—]\d+", w):
        f.append("range")
    f += ["punct"] * (not w[0].isalnum())
    f += ["month"] * (lw in F.MONTHS or lw.rstrip(".") in F.MONTHS)
    bare = lw.rstrip(".")
    for name, words in (("status", F.STATUS_WORDS), ("award", F.AWARD_WORDS), ("rank", F.RANK_WORDS),
                        ("volword", F.VOL_WORDS), ("procword", F.PROC_WORDS), ("pubword", F.PUB_WORDS),
                        ("thesis", F.THESIS_WORDS)):
        f += [name] * (bare in words)
    f += ["venueword"] * (bare in lex.venue_words)
    f += ["acronym"] * (w in lex.acronyms or w.rstrip(".") in lex.acronyms)
    f += ["etal"] * (bare in ("et", "al", "al."))
    return f


def ref_markup(t: Token, paper_kind: bool) -> list[str]:
    f = ["bold"] * t.bold + ["italic"] * t.italic
    if t.href:
        f.append("link")
        if paper_kind:
            f.append("paperlink" if F.PAPER_HOST.search(t.href) else "otherlink")
    f += ["linkword"] * t.link_word + ["tag=" + t.tag] * bool(t.tag)
    return f


def ref_shown(t: Token, mark: str, lex: F.Lexicon, far: bool) -> list[str]:
    """What a token shows a neighbour (the shape only to the nearest two)."""
    word = _AS_WRITTEN_ELSEWHERE.get(t.text, t.text)
    seen = ["w=" + word.lower()[:20]] + [x for x in ref_word(t.text, lex) if x.startswith(_NEIGHBOUR_SEES)]
    seen += ref_markup(t, False) + [mark] * bool(mark)
    return [x for x in seen if not (far and x.startswith("sh="))]


def ref_group(group: Sequence[Token], kind: str) -> list[str]:
    def bucket(n: int, edges: tuple[int, ...]) -> int:
        return next((i for i, e in enumerate(edges) if n <= e), len(edges))

    texts = [_AS_WRITTEN_ELSEWHERE.get(t.text, t.text) for t in group]
    words = [w for w in texts if w[0].isalnum()]
    out = [f"{kind}len={bucket(len(words), (1, 2, 3, 6, 12, 25))}"]
    out += [f"{kind}func"] * any(w.lower() in F.FUNCTION_WORDS for w in words)
    out += [f"{kind}colon"] * (":" in texts or "?" in texts)
    out.append(f"{kind}commas={bucket(texts.count(',') + texts.count(';'), (0, 1, 3))}")
    if words:
        out.append(f"{kind}caps={int(sum(w[0].isupper() for w in words) / len(words) * 4)}")
        out += [f"{kind}initials"] * (sum(len(w) == 1 and 'A' <= w <= 'Z' for w in words) / len(words) >= 0.2)
    out += [f"{kind}year"] * any(len(w) == 4 and w[:2] in ("19", "20") and w.isascii() and w.isdigit() for w in words)
    return out


def reference_features(toks: Sequence[Token], lex: F.Lexicon, marks: Sequence[str] | None = None) -> list[list[str]]:
    n = len(toks)
    marks = list(marks) if marks else [""] * n
    nlines = toks[-1].line + 1 if toks else 1
    out = []
    for i, t in enumerate(toks):
        on_line = [j for j in range(n) if toks[j].line == t.line]
        f = ref_word(t.text, lex)
        f += ["dotted"] * (i + 1 < n and toks[i + 1].text == "." and not toks[i + 1].space_before)
        f += ref_markup(t, True) + ["glued"] * (not t.space_before)
        f += [f"ln={min(t.line, 3)}", f"lnof={min(nlines, 4)}"] + ["lastline"] * (t.line == nlines - 1)
        f += ["linestart"] * (on_line[0] == i) + ["lineend"] * (on_line[-1] == i)
        f += ref_group([x for x in toks if x.span == t.span], "sp")
        f += ref_group([x for x in toks if x.line == t.line], "li")
        f += [marks[i]] * bool(marks[i])
        f += [f"pos={min(i, 4) if i < 10 else 5}", f"rel={int(10 * i / n)}"]
        for j, prefix in ((i - 2, "-2:"), (i - 1, "-1:"), (i + 1, "1:"), (i + 2, "2:")):
            shown = ref_shown(toks[j], marks[j], lex, abs(j - i) == 2) if 0 <= j < n else ["NONE"]
            f += [prefix + x for x in shown]
        if i and (toks[i - 1].bold, toks[i - 1].italic, toks[i - 1].href) != (t.bold, t.italic, t.href):
            f.append("stylechange")
        if i and toks[i - 1].line != t.line:
            f += ["newline", "softnl" if t.soft else "hardnl"]
        out.append(f)
    return out


def reference_tokenize(lines: Sequence[MLine]) -> list[Token]:
    """Every word, number (range) and other mark of each span, with the span's markup, named field by field."""
    out, k = [], 0
    for li, ln in enumerate(lines):
        before = " "  # a line starts after a space
        spans: list[tuple[Span, str]] = []  # a span that goes on the word before in the same markup joins it
        for s in ln.spans:
            p = spans[-1] if spans else None
            if p and p[1][-1:].isalnum() and s.text[:1].isalnum() and \
                    (p[0].bold, p[0].italic, p[0].href, p[0].tag) == (s.bold, s.italic, s.href, s.tag):
                spans[-1] = (p[0], p[1] + s.text)
            else:
                spans.append((s, s.text))
        for s, text in spans:
            k += 1
            for m in F.TOKEN.finditer(text):
                prev = text[m.start() - 1] if m.start() else before
                out.append(Token(text=m.group(0), line=li, bold=s.bold, italic=s.italic, href=s.href, tag=s.tag,
                                 link_word=bool(s.href) and F._is_link_word_text(text), space_before=prev.isspace(),
                                 span=k, label="", soft=ln.soft, para=ln.para))
            before = text[-1] if text else " "
    # the full stop of a dotted "et. al" is no token: it is read as "et al"
    kept = []
    for i, t in enumerate(out):
        between = 0 < i < len(out) - 1 and out[i - 1].text.lower() == "et" and out[i + 1].text.lower() == "al"
        if not (t.text == "." and not t.space_before and between):
            kept.append(t)
    return kept


# --- the inputs --------------------------------------------------------------------------------------------------

STYLES = """\
# Publications

## 2021

1. Okafor, S. C., Lind, R. & Moreau, M. Robust things in noisy water. *Nature* **591**, 100–110 (2021).
2. Lind, R.; Okafor, S. C. Catalysts that last. *J. Am. Chem. Soc.* **2021**, 143, 1234–1240.
3. Moreau, M. (2020). Learning from homepages. Journal of Applied Things, 3(4), 1–2. https://doi.org/10.1/x
4. S. Okafor and R. Lind, "A survey of surveys," in *Proc. IEEE Int. Conf. on Things (ICT)*, 2020, pp. 1–5.
5. Lind, JR, M Moreau. 2019. Fish and rivers. *Ecology Letters* 12:34–40.

- **A Title Here With Function Words for Everyone**<br>
  J. Smith, **A. Owner**, and B. Doe<br>
  *CVPR 2024* (Oral) [[pdf](https://arxiv.org/abs/2401.00001)] [[code](https://github.com/x/y)]
- Doe B, Smith J, et al. Towards longer titles: what, why and how? NeurIPS. 2023;36:1-12. (CCF-A; JCR Q1)

| Title | Venue | Year |
|---|---|---|
| [Tables of results](https://doi.org/10.1/y) | *ACL* | 2022 |

<ol><li>Owner A, Other B. <b>Title in bold</b>.<br/><i>Phys. Rev. Lett.</i> 120, 010101 (2018).</li></ol>

A paragraph of one paper: A. Owner. Averyveryveryverylongwordthatgoesonandonforever in press, Springer-Verlag,
Cambridge University Press, 2nd edn., vol. 3, ch. 2, Ph.D. thesis, Universität Zürich, 東京大学 2019–2020.
"""


def _md_blocks(md: str):
    root = parse_html(markdown_to_html(md))
    return list(iter_blocks(root, LineMapper(root, True, 0), newline_breaks=True)) if root is not None else []


def _fixture_blocks() -> list:
    pages = sorted(p for d in (ROOT / "tests" / "fixtures", ROOT / "tests" / "sites", ROOT / "examples")
                   for p in d.rglob("*") if p.suffix in (".md", ".html") and p.is_file())
    out = _md_blocks(STYLES)
    for p in pages:
        text = p.read_text(encoding="utf-8", errors="replace")
        if p.suffix == ".html":
            root = parse_html(text)
            out += [] if root is None else list(iter_blocks(root, LineMapper(root, False, 0), newline_breaks=False))
        else:
            out += _md_blocks(text.split("---", 2)[-1] if text.startswith("---") else text)
    return out


def _fixture_token_lists() -> list[list[Token]]:
    return [t for t in (tokenize(b.lines) for b in _fixture_blocks()) if t]


def test_the_reference_reads_every_fixture_block(db):
    """The fixtures hold thousands of tokens in many shapes: the comparison below is not over a handful."""
    lists = _fixture_token_lists()
    assert len(lists) > 100 and sum(map(len, lists)) > 5000


def test_features_are_those_of_the_reference_on_fixture_blocks(db):
    lex = labeller.lexicon(db)
    for toks in _fixture_token_lists():
        marks = labeller.venue_marks(toks, db)
        assert token_features(toks, lex, marks) == reference_features(toks, lex, marks), [t.text for t in toks]
        assert token_features(toks, lex) == reference_features(toks, lex)


def test_features_do_not_depend_on_what_the_caches_hold(db):
    """The same block gives the same features with empty caches, warm caches and caches cut short mid-block."""
    lex = labeller.lexicon(db)
    lists = _fixture_token_lists()[:40]
    first = [token_features(t, lex) for t in lists]
    assert [token_features(t, lex) for t in lists] == first
    small = build_lexicon([], [])
    small_first = [token_features(t, small) for t in lists]
    small.words_seen.clear()
    small.shown_seen.clear()
    assert [token_features(t, small) for t in lists] == small_first == [reference_features(t, small) for t in lists]


_WORDS = st.sampled_from(["the", "The", "of", "Nature", "NATURE", "J", "A", ".", ",", ";", ":", "?", "(", ")", "2020",
                          "1999", "12", "100-110", "100–110", "et", "al", "al.", "In", "Proc", "pp", "vol", "Press",
                          "CVPR", "ACL", "pdf", "code", "Ann", "über", "Zürich", "東京", "x" * 25, "MiXeD", "_", "'",
                          "2036", "Q1", "best", "paper", "award", "accepted", "arXiv", "Physical",
                          "Review", "Letters", "Journal", "Proceedings", "Nature", "Communications", "Annals",
                          "\x00", "a\x00b"])
_HREF = st.sampled_from([None, None, "https://arxiv.org/abs/1", "https://example.org/me", "x.pdf", ""])


@st.composite
def _token_lists(draw) -> list[Token]:
    n = draw(st.integers(0, 40))
    toks, line, span = [], 0, 1
    for _ in range(n):
        if draw(st.integers(0, 6)) == 0:
            line += draw(st.sampled_from([1, 1, 2, -1]))  # hand-made tokens may go back a line
            line = max(line, 0)
        if draw(st.booleans()):
            span = draw(st.integers(0, 5))
        toks.append(Token(draw(_WORDS), line, bold=draw(st.booleans()), italic=draw(st.booleans()), href=draw(_HREF),
                          tag=draw(st.sampled_from(["", "", "title", "venue", "heading", "sup"])),
                          link_word=draw(st.booleans()), space_before=draw(st.booleans()), span=span,
                          soft=draw(st.booleans()), para=draw(st.booleans())))
    return toks


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(toks=_token_lists(), data=st.data())
def test_features_are_those_of_the_reference_on_made_up_tokens(db, toks, data):
    lex = labeller.lexicon(db)
    marks = data.draw(st.lists(st.sampled_from(["", "", "gB", "gI"]), min_size=len(toks), max_size=len(toks)))
    assert token_features(toks, lex, marks) == reference_features(toks, lex, marks)
    assert token_features(toks, lex) == reference_features(toks, lex)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=200),
       bold=st.booleans(), href=_HREF)
def test_features_are_those_of_the_reference_on_made_up_text(db, text, bold, href):
    lex = labeller.lexicon(db)
    lines = [MLine([Span(part, bold=bold and k % 2 == 0, href=href if k % 3 == 0 else None), Span(" " + part[::-1]),
                    Span(part[:3], italic=True, tag="venue")], soft=k % 2 == 1, para=k % 3 == 2)
             for k, part in enumerate(text.split("\n"))]
    toks = tokenize(lines)
    assert toks == reference_tokenize(lines)
    marks = labeller.venue_marks(toks, db)
    assert token_features(toks, lex, marks) == reference_features(toks, lex, marks)


@pytest.mark.parametrize("n", [1, 2, 9, 10, 11])
def test_positions_at_the_edges(db, n):
    toks = [Token("w", 0) for _ in range(n)]
    lex = labeller.lexicon(db)
    assert token_features(toks, lex) == reference_features(toks, lex)


# --- the gazetteer marks, the same way: every test made anew ------------------------------------------------------


def reference_marks(toks: Sequence[Token], db) -> list[str]:
    from pubnorm.text import fold

    first = labeller._known_of(db).first_words
    n, marks, i = len(toks), [""] * len(toks), 0
    while i < n:
        t, best = toks[i], 0
        p = toks[i - 1] if i else None
        starts = p is None or p.line != t.line or not p.text[:1].isalnum() or (p.italic, p.bold, p.href) != (
            t.italic, t.bold, t.href) or p.text.lower() in ("in", "at", "to", "of")
        opens = fold(t.text) in first or (t.text.lower() == "the" and i + 1 < n and fold(toks[i + 1].text) in first)
        if starts and t.text[:1].isupper() and opens:
            end = i
            while end < n and end - i < labeller.MAX_VENUE_TOKENS and toks[end].line == t.line \
                    and not toks[end].text[:1].isdigit():
                end += 1
            for j in range(end, i, -1):
                if toks[j - 1].text[:1].isalnum() or toks[j - 1].text in (")", "."):
                    run = toks[i:j]
                    text = "".join((" " if k and x.space_before else "") + x.text for k, x in enumerate(run))
                    if labeller._known_key(db, text, sum(x.text[:1].isalnum() for x in run)):
                        best = j - i
                        break
        marks[i:i + max(best, 1)] = (["gB"] + ["gI"] * (best - 1)) if best else [""]
        i += max(best, 1)
    return marks


def test_venue_marks_are_those_of_the_reference_on_fixture_blocks(db):
    lists = _fixture_token_lists()
    assert any("gB" in labeller.venue_marks(t, db) for t in lists)
    for toks in lists:
        assert labeller.venue_marks(toks, db) == reference_marks(toks, db), [t.text for t in toks]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(toks=_token_lists())
def test_venue_marks_are_those_of_the_reference_on_made_up_tokens(db, toks):
    assert labeller.venue_marks(toks, db) == reference_marks(toks, db)


# --- what the model is handed -------------------------------------------------------------------------------------

needs_model = pytest.mark.skipif(not labeller.MODEL_PATH.exists(), reason="no labeller model")


def _model_reads(feats: list[list[str]], keep: frozenset[bytes]) -> list[list[bytes]]:
    """What CRFsuite reads of these features: each name in UTF-8 up to a NUL (a C string), those its model does not
    know dropped."""
    return [[b for b in (x.encode("utf-8").split(b"\0")[0] for x in f) if b in keep] for f in feats]


@needs_model
def test_the_model_attributes_are_read_from_the_model_file():
    keep = labeller.model_attributes(str(labeller.MODEL_PATH))
    tagger = labeller._tagger(str(labeller.MODEL_PATH))
    assert keep == {k.encode("utf-8") for k in tagger.info().attributes}


def test_a_file_that_is_no_model_has_no_attributes(tmp_path):
    bad = tmp_path / "x.crfsuite"
    bad.write_bytes(b"lCRF" + b"\0" * 40)
    assert labeller.model_attributes(str(bad)) is None
    assert labeller.model_attributes(str(tmp_path / "missing")) is None


@needs_model
def test_the_model_is_handed_what_it_reads_of_the_features_and_tags_the_same(db):
    """label() hands CRFsuite the UTF-8 bytes of the features its model knows: the same the model reads of all the
    features as strings (CRFsuite encodes each and drops unknown names), so the labels are the same."""
    keep = labeller.model_attributes(str(labeller.MODEL_PATH))
    assert keep is not None
    lex = labeller.lexicon(db)
    tagger = labeller._tagger(str(labeller.MODEL_PATH))
    for toks in _fixture_token_lists():
        marks = labeller.venue_marks(toks, db)
        feats = token_features(toks, lex, marks)
        handed = F.model_features(toks, lex, marks, keep)
        assert handed == _model_reads(feats, keep)
        assert tagger.tag(handed) == tagger.tag(feats)


@needs_model
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(toks=_token_lists())
def test_the_model_is_handed_what_it_reads_of_made_up_tokens(db, toks):
    keep = labeller.model_attributes(str(labeller.MODEL_PATH))
    assert keep is not None
    lex = labeller.lexicon(db)
    marks = labeller.venue_marks(toks, db)
    feats = token_features(toks, lex, marks)
    handed = F.model_features(toks, lex, marks, keep)
    assert handed == _model_reads(feats, keep)
    if toks:
        tagger = labeller._tagger(str(labeller.MODEL_PATH))
        assert tagger.tag(handed) == tagger.tag(feats)


@needs_model
def test_a_name_with_a_nul_is_read_as_crfsuite_reads_it(db):
    """CRFsuite looks a feature's name up as a C string, so "w=a<NUL>b" is "w=a" to it, a word the model knows."""
    keep = labeller.model_attributes(str(labeller.MODEL_PATH))
    assert keep is not None and b"w=a" in keep
    toks = [Token("Smith", 0), Token("a\x00b", 0), Token("2020", 0)]
    lex = labeller.lexicon(db)
    handed = F.model_features(toks, lex, None, keep)
    assert b"w=a" in handed[1] and b"-1:w=a" in handed[2]
    tagger = labeller._tagger(str(labeller.MODEL_PATH))
    assert tagger.tag(handed) == tagger.tag(token_features(toks, lex))


def test_tokens_are_those_of_the_reference_on_fixture_blocks():
    blocks = _fixture_blocks()
    assert sum(len(b.lines) for b in blocks) > 500
    for b in blocks:
        assert tokenize(b.lines) == reference_tokenize(b.lines)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(w=st.text(min_size=1, max_size=30) | st.sampled_from(["Ab", "AB", "a1", "12", "x", "1", "aaa", "...", "a_b", "²",
                                                             "Ⅻ", "東京", "é", "e\u0301", "a\nb", "\n\n\n", "__"]))
def test_word_features_are_those_of_the_reference_on_any_text(db, w):
    lex = labeller.lexicon(db)
    assert list(F._lexical(w, lex)) == ref_word(w, lex)


@needs_model
def test_labels_are_the_same_before_and_after_the_model_names_are_read(db, monkeypatch):
    """label() hands the model strings until a run has labelled READ_NAMES_AFTER tokens, then the bytes it knows."""
    blocks = _fixture_token_lists()[:60]
    monkeypatch.setattr(labeller, "_labelled", [0])
    monkeypatch.setattr(labeller, "READ_NAMES_AFTER", 10**12)
    as_strings = [labeller.label(t, db) for t in blocks]
    monkeypatch.setattr(labeller, "READ_NAMES_AFTER", 0)
    assert [labeller.label(t, db) for t in blocks] == as_strings
    assert any("venue" in x for x in as_strings) and any("title" in x for x in as_strings)


def test_a_word_cut_by_markup_or_a_decimal_point_is_one_token():
    """A formula's subscripts ("LiNi<sub>0.8</sub>Mn<sub>0.1</sub>", "HeH<sub>2</sub><sup>+</sup>") go on the word
    they are glued to, in the same markup; a point between digits inside a word ("PM2.5", "v1.0") or after one digit
    ("0.8") is no full stop, but a year's or a volume's is ("2021.10", "12.3"). Other markup, or a space, cuts."""
    line = MLine([Span("Surfaces for HeH"), Span("2"), Span("+", tag="sup"), Span(" and LiNi"), Span("0.8"), Span("Mn"),
                  Span("0.1"), Span("O"), Span("2"), Span(" (PM2.5, v1.0, 2021.10, 12.3) "), Span("Science Advances"),
                  Span("10", bold=True)], lineno=1)
    toks = tokenize([line])
    assert [t.text for t in toks] == [
        "Surfaces", "for", "HeH2", "+", "and", "LiNi0.8Mn0.1O2", "(", "PM2.5", ",", "v1.0", ",", "2021", ".", "10", ",",
        "12", ".", "3", ")", "Science", "Advances", "10"]
    assert toks == reference_tokenize([line])


def test_a_year_and_the_letter_after_it_are_two_tokens():
    """The author-date styles tell two works of one author and year apart with a letter ("(2010a)", "2019d:",
    "2020a,b"): the year is a token of its own, so it reads as a year. A letter run or a longer number stays whole."""
    line = MLine([Span("(2010a). 2019d: 2020a,b 2019abc v2019a 12019a")], lineno=1)
    assert [t.text for t in tokenize([line])] == ["(", "2010", "a", ")", ".", "2019", "d", ":", "2020", "a", ",", "b",
                                                  "2019abc", "v2019a", "12019a"]


def test_a_formula_in_a_title_is_read_whole(db):
    md = ("## Articles\n\n"
          "- Roe, A.; Lind, B.; Moss, C. Structural evolution of layered LiNi<sub>0.8</sub>Mn<sub>0.1</sub>Co<sub>0.1"
          "</sub>O<sub>2</sub> cathodes during deep charging cycles. <strong>Small</strong> 2026, <em>22</em>, 1-9.\n"
          "- Roe, A.; Park, J. Pressure build-up in pouch cells: a review of sensing methods. <strong>ChemElectroChem"
          "</strong> 2024, <em>11</em>, 10-19.\n")
    from pubnorm.sources.reader import read_markup
    pubs = read_markup("p.md", md, db).publications
    assert [p.title for p in pubs] == [
        "Structural evolution of layered LiNi0.8Mn0.1Co0.1O2 cathodes during deep charging cycles",
        "Pressure build-up in pouch cells: a review of sensing methods"]


def test_a_dotted_et_al_is_read_as_et_al():
    line = MLine([Span("Alan Kogut et. al., Junzhou Zhang, Shamik Ghosh et. al. A title.")])
    assert [t.text for t in tokenize([line])] == ["Alan", "Kogut", "et", "al", ".", ",", "Junzhou", "Zhang", ",",
                                                  "Shamik", "Ghosh", "et", "al", ".", "A", "title", "."]
    assert tokenize([line]) == reference_tokenize([line])


def test_a_titles_style_is_markup_its_entry_does_not_share_all_through():
    from pubnorm.sources.features import Token, title_style

    def toks(spec):
        return [Token(w, 0, italic=it, bold=b, label=lab) for w, it, b, lab in spec]

    assert title_style(toks([("Tidal", True, False, "B-title"), ("heating", True, False, "title"),
                             ("Okafor", False, False, "author"), ("2021", False, False, "year")])) == "italic"
    assert title_style(toks([("Tidal", True, False, "B-title"), ("heating", True, False, "title"),
                             ("Okafor", True, False, "author")])) == ""  # the whole entry in italics
    assert title_style(toks([("Tidal", False, False, "B-title"), ("heating", True, False, "title")])) == ""
