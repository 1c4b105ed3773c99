"""Interpret candidate entry blocks: label the lines of a block (title, authors, venue, links) and build
publications; in prose and news, find papers named by a link to the paper."""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from ..lazyre import lazy_compile
from ..model import Diagnostic, Publication, SourceLoc, VenueMatch
from ..text import (
    BIBTEX_ENTRY_START,
    fold,
    ids_from_url,
    looks_like_name,
    split_authors,
    squash,
    venue_from_acl_id,
    year_from_arxiv,
    years_in,
)
from ..venues import VenueDB, parse_venue
from .features import TITLE_STYLES, VENUE_STYLES, Token, join_tokens, title_style, venue_style
from .markup import SECTION_SEP, YEAR_IN, Block, Line, Span
from .vocab import (
    CV_LINK,
    KIND_HEADING,
    LINK_WORD,
    NOTE_ON_A_PAPER,
    SKIP_LEADING,
    SKIP_SECTION,
    is_paper_link,
    name_shaped,
    section_status,
)

NEWS_SECTION = lazy_compile(r"\b(?:news|updates?|announcements?|what'?s new)\b", re.I)
_DATE_PREFIX = lazy_compile(r"^\W*\[?\s*((?:[A-Z][a-z]{2,8}\.?\s+)?(?:19|20)\d{2}(?:[./\-]\d{1,2})*|(?:19|20)\d{2}\s*[./\-]\s*\d{1,2})\s*\]?\s*:?")
_ACCEPTED = lazy_compile(
    r"\b(?:(?:is|was|are|got|get|been|be)\s+)?(?:accepted|accpeted|accepeted|published|appear(?:s|ing)?|to appear|presented|selected)"
    r"\s+(?:as\s+an?\s+\w+\s+)?(?:at|by|to|in|for|as)\s+(?:the\s+)?(?P<v>[^!.;,]{2,80})", re.I)
_WON = lazy_compile(r"\bwon\s+(?:the\s+)?(?P<award>.+?)\s+(?:of|at)\s+(?P<v>[A-Z][\w\-]*\s*['’]?\d{2,4})", re.I)
_TRAIL_TAG = lazy_compile(r"^(?P<head>.+?)[\s.,:;]*[\[(](?P<tag>[^\[\]()]{2,120})[\])]\W*$")
_TRAIL_SENT = lazy_compile(r"^(?P<head>.+?[^\s.])\.\s+(?P<tag>[^.]{2,160}?)\.?\s*$")
_QUOTED_ACCEPTED = lazy_compile(
    r"^\W{0,3}[\"“”'‘](?P<head>.{8,}?)[\"“”'’]\s+(?:is|was|has been|have been|got|gets)\s+(?:accepted|published|selected)\s+"
    r"(?:to|at|by|in|as)\s+(?P<tag>.+?)[.!]?\s*$")
_QUOTED = lazy_compile(r"^\s*['‘“\"]{1,2}(?P<t>.+?)['’”\"]{1,2}[.,]?\s*$")


@dataclass
class Context:
    """What reading one page carries from block to block: the venue database, the owner, headings, badges."""

    db: VenueDB
    path: str
    owner: str | None = None
    year_heading: int | None = None
    bold_names: dict[str, int] = field(default_factory=dict)
    # a venue badge standing alone before its paper (acad-homepage's `<div class="badge">CVPR 2025</div>`)
    badge: tuple[VenueMatch, str] | None = None
    badge_age: int = 0
    heading_used: int = 0  # the line of the heading last taken as a paper's title
    # the sections read as no papers' (talks, teaching, service), each with its first block's line and its blocks:
    # said in one note of the page (I210), so that nothing is left out unsaid
    skipped_sections: dict[str, list[int]] = field(default_factory=dict)
    extractor: str = "crf"  # "crf": entries are cut and read by the learned labeller (sources/assemble.py)
    # a line end inside a paragraph starts a line of its own, as in Markdown (HTML made from a page whose source
    # lines are the output's lines: reStructuredText); in HTML it is a space
    soft_breaks: bool = False
    # what the line tests (_is_authors, _venue_line) said about the lines of the block being read, by id(line):
    # cutting a block into entries and then reading each entry ask them again. Emptied for every block; each
    # value holds its line, so no id is reused while it is here.
    authors_lines: dict[int, tuple[Line, bool]] = field(default_factory=dict)
    venue_lines: dict[int, tuple[Line, VenueMatch | None]] = field(default_factory=dict)
    # the markup of the titles the labeller read on the page (features.title_style), and the entries of its lists
    # to be read again in the style most titles share (Unread, read_unread): `unread_later` while
    # the reader keeps them, `unread` while a list's block is labelled; `papers_before`: the papers before the block
    title_styles: Counter[str] = field(default_factory=Counter)
    # the papers with linked titles under each section: a linked title alone is read again as one only among them
    linked_titles: Counter[str] = field(default_factory=Counter)
    # the markup the papers' venues are set in right after their titles (features.venue_style), and the papers of its
    # lists read with no venue, with their tokens, to be read again in the style most venues share (venues_in_style)
    venue_styles: Counter[str] = field(default_factory=Counter)
    no_venue: list[tuple[Publication, list[Token]]] | None = None
    unread_later: list[Unread] | None = None
    unread: list[Unread] | None = None
    papers_before: int = 0


def _is_link_word(s: Span) -> bool:
    """A link whose text only says what it points to ("[pdf]", "code", "project page")."""
    return bool(s.href) and bool(LINK_WORD.match(s.text.strip("[] ")))


_YEAR_HEADING = re.compile(r"\s*(?:19|20)\d{2}\s*")


def block_publications(block: Block, ctx: Context) -> list[Publication]:
    """Publications in one block (often one; several for news and prose blocks; none for other text)."""
    ctx.authors_lines.clear()
    ctx.venue_lines.clear()
    if not block.lines:
        return []
    section = block.section
    last, year, news, skipped = _section_facts(section)
    if year is not None:
        ctx.year_heading = year
    elif last:
        ctx.year_heading = None
    if skipped == "skip" or (skipped in ("pages", "journal") and (ctx.extractor != "crf" or _nothing_to_label(block))):
        if skipped == "skip":
            ctx.skipped_sections.setdefault(section, [block.heading_line or block.lineno, 0])[1] += 1
        return []
    if skipped == "pages":  # only a paper in proceedings (its pages), not a talk
        return _labelled_if(block, ctx, lambda p: bool(p.pages and (p.venue_raw or p.venue)))
    if skipped == "journal":  # only a paper in a journal (JOSS, a software paper), not the package itself
        return _labelled_if(block, ctx, lambda p: bool(p.title and p.authors and p.venue and p.venue.venue
                                                       and p.venue.venue.type == "journal"))
    if any(sp.tag == "column-talk" for ln in block.lines for sp in ln.spans):
        return []  # a row of a table of talks (its "Presenter" column)
    if (pub := _heading_paper(block, ctx, last)) is not None:
        return [pub]
    if _badge_block(block, ctx):
        return []
    ctx.badge_age += 1
    if ctx.badge_age > 2:
        ctx.badge = None  # a badge belongs to the paper right after it, not to one further down
    if _nothing_to_label(block):
        return []
    if news and ctx.extractor == "crf" and not _prose_mentions(block, ctx):
        # under "News" or "Updates", a whole citation (its authors, title, and venue or year) is a paper, not news
        if cited := _labelled_if(block, ctx, whole_citation):
            return cited
    elif not news and not _prose_mentions(block, ctx):
        if ctx.extractor == "crf":
            ctx.unread = ctx.unread_later  # only the entries of a publication list are read again
            kept = len(ctx.unread_later or ())
            try:
                pubs = _labelled(block, ctx)
            finally:
                ctx.unread = None
            if not pubs and not BIBTEX_ENTRY_START.match(block.lines[0].text) and _sentences(block) >= 2:
                # the labeller read no field of a plain citation its training text seldom has (no year, no markup:
                # "A and B. Title. Journal, 12(3)."): the rules' reading, when it is a whole citation (not a BibTeX
                # entry a page shows, "@inproceedings{key, ...": the labeller leaves it, as it should)
                pubs = [p for p in _rules_read(block, ctx) if p.title and p.authors and (p.venue_raw or p.year)]
                if pubs and ctx.unread_later is not None:
                    del ctx.unread_later[kept:]  # read now: not kept to be read again in the page's style
        else:
            pubs = _rules_read(block, ctx)
        if pubs:
            if ctx.badge is not None and pubs[0].venue_raw is None:
                apply_venue(pubs[0], *ctx.badge)
            elif ctx.badge is not None and pubs[0].year is None and ctx.badge[0].parse.year \
                    and _same_venue(pubs[0].venue, ctx.badge[0]):
                # AcadHomepage's paper box: a badge "CVPR 2026" over the paper, its venue written out with no year
                # ("Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition"): the year
                pubs[0].year, pubs[0].year_source = ctx.badge[0].parse.year, "text"
            ctx.badge = None
            for p in pubs:
                _in_section(p, block)
            return pubs
    found = _mentions(block, ctx, news)
    if block.nested:  # under an entry, a link naming no authors, known venue or identifier is its note ("Web Appendix")
        found = [p for p in found if p.authors or p.venue is not None or p.ids]
    return found


def _rules_read(block: Block, ctx: Context) -> list[Publication]:
    """The papers the rules read in the block's entries."""
    return [p for lines in _split_entries(block.lines, ctx) if (p := _structured(lines, block, ctx)) is not None]


def _sentences(block: Block) -> int:
    """How many full stops end a part of the block's text ("Authors. Title. Journal, 12(3)." has three): a citation
    has two at least; a line of words has none (the rules are not asked about every such block: a hot path)."""
    return sum(ln.text.count(". ") + ln.text.rstrip().endswith(".") for ln in block.lines)


def _in_section(p: Publication, block: Block) -> None:
    """What a paper's section and list number say of it."""
    p.section = block.section or None
    if block.number_year is not None and (p.year is None or p.year_source == "heading"):
        p.year, p.year_source = block.number_year, "text"  # "2019. Authors. Title": the list number
    if (status := section_status(block.section)) and p.status == "unknown" and p.venue is None:
        p.status = status  # listed under "Working Papers": that is what it is


def whole_citation(pub: Publication) -> bool:
    """A news line that cites a paper whole: its title, two people's names or more, and its venue or year ("We
    release PAN, A World Model for General, Interactable, ... accepted by AAAI 2026!" names nobody)."""
    return bool(pub.title and sum(map(name_shaped, pub.authors)) >= 2 and (pub.venue_raw or pub.year))


def _labelled_if(block: Block, ctx: Context, paper: Callable[[Publication], bool]) -> list[Publication]:
    """The labelled entries of a block under a heading that lists no papers (Presentations, News) that `paper` says
    are papers all the same."""
    kept = [p for p in _labelled(block, ctx) if paper(p)]
    for p in kept:
        p.section = block.section or None
    return kept


@lru_cache(maxsize=256)
def _section_facts(section: str) -> tuple[str, int | None, bool, str | None]:
    """What a block's section says, worked out once per section (not for each of its blocks): its last heading; the
    nearest heading that is a year, also above a paper's own heading or a kind of paper ("2024 > Title", "2023 >
    Journal articles"); whether it is news; whether it is skipped."""
    last = section.rsplit(SECTION_SEP, 1)[-1]
    year = next((p for p in reversed(section.split(SECTION_SEP)) if _YEAR_HEADING.fullmatch(p)), None)
    news = any(NEWS_SECTION.search(part) for part in section.split(SECTION_SEP))  # "News > Mar 2026" too
    return last, int(year) if year else None, news, None if news else _skipped(section)


_LETTER = lazy_compile(r"[^\W\d_]")
_GLUED_LETTER = lazy_compile(r"\S[^\W\d_]")


def two_letters_may_join(text: str) -> bool:
    """A letter, and a later letter glued to what precedes it: a title joins its tokens as written, and the
    punctuation between two letters may be labelled apart from it ("1a;b" and "a ;b" gave the titles "1ab" and
    "ab"), so letters in a row are not enough. Two searches from left to right: one regular expression for the
    same (a letter, any text ending in one that is no space, a letter) took time quadratic in a line's length
    (4 s on 40 KB of `{{ x {% y `; a 3 MB line was stopped after 220 s)."""
    first = _LETTER.search(text)
    return first is not None and _GLUED_LETTER.search(text, first.start()) is not None


def _nothing_to_label(block: Block) -> bool:
    """A block the labeller would find no paper in, told before labelling it: no link (so no mention either) and
    no two letters that may come together (assemble.entry_publication wants two in a row in a title), with no heading
    right above it to read as one. A page of 200,000 one-letter list items or table cells cost 25 µs a block to
    label. The rules extractor skips such a block too: every word of it is one letter, so no line of it is a title
    (its line tests cost about 40 µs a block: a 100,000-row table of one-letter cells was read at 0.5 MB/s)."""
    if block.right_under_heading():
        return False
    return not any(two_letters_may_join(ln.text) or any(s.href for s in ln.spans) for ln in block.lines)


# The labeller labels a block as one sequence, and its time and memory grow faster than the sequence's length
# (a 350 KB one-line paragraph took 31 s and 270 MB): a longer block is labelled in parts of at most this many
# characters, cut between lines, else after a sentence, else at a space. The longest block of a real page we have
# seen has 9,141 characters (and its longest line 1,826), so no real entry is cut.
MAX_LABELLED_CHARS = 20_000


def _labelled(block: Block, ctx: Context) -> list[Publication]:
    """The entries of a block as the learned labeller reads them, a long block in parts (MAX_LABELLED_CHARS)."""
    return [pub for part in _bounded_parts(block, MAX_LABELLED_CHARS) for pub in _labelled_part(part, ctx)]


def _bounded_parts(block: Block, limit: int) -> list[Block]:
    """The block itself when its text fits in limit characters; else consecutive parts of it that do (only the
    first keeps the heading above it)."""
    if sum(len(ln.text) for ln in block.lines) <= limit:
        return [block]
    lines = [piece for ln in block.lines for piece in _cut_line(ln, limit)]
    parts: list[list[Line]] = [[]]
    size = 0
    for ln in lines:
        if parts[-1] and size + len(ln.text) > limit:
            parts.append([])
            size = 0
        parts[-1].append(ln)
        size += len(ln.text)
    return [replace(block, lines=p, lineno=p[0].lineno) if i == 0
            else Block(lines=p, lineno=p[0].lineno, section=block.section, nested=block.nested)
            for i, p in enumerate(parts)]


_CUT = lazy_compile(r"[.;!?]\s|\s")


def _cut_line(ln: Line, limit: int) -> list[Line]:
    """A line cut into lines of at most limit characters: after a sentence or at a space in the second half of each
    piece, else at limit; every piece keeps its spans' markup and the line's number."""
    if len(ln.text) <= limit:
        return [ln]
    out = [Line(lineno=ln.lineno)]
    size = 0
    for span in ln.spans:
        text = span.text
        while text:
            room = limit - size
            if len(text) <= room:
                out[-1].add(Span(text, span.bold, span.italic, span.href, span.tag))
                size += len(text)
                break
            if room < limit // 2:  # the rest of this span goes on a new piece, where it has room to be cut well
                out.append(Line(lineno=ln.lineno))
                size, room = 0, limit
            window = text[: room + 1]
            cut = max((m.end() for m in _CUT.finditer(window, room // 2) if m.group().strip()), default=0) \
                or window.rfind(" ", room // 2) + 1 or room
            if cut > 0:
                out[-1].add(Span(text[:cut], span.bold, span.italic, span.href, span.tag))
            text = text[cut:]
            out.append(Line(lineno=ln.lineno))
            size = 0
    return [piece for piece in out if piece.spans]


def _labelled_part(block: Block, ctx: Context) -> list[Publication]:
    """The entries of a block as the learned labeller reads them (sources/assemble.py)."""
    from .assemble import block_publications as labelled_entries

    pubs = []
    missed: list[list[Token]] = []
    found, lines_read = labelled_entries(block, ctx.db, ctx.year_heading, ctx.heading_used, ctx.owner, missed)
    for pub, toks in found:
        if _taken(pub, toks, block, ctx, lines_read):
            pubs.append(pub)
            style = title_style(toks)
            ctx.title_styles[style] += 1
            if style == "link":
                ctx.linked_titles[block.section] += 1
            ctx.venue_styles[venue_style(toks)] += 1
            if pub.venue_raw is None and pub.title and ctx.unread is not None and ctx.no_venue is not None \
                    and len(ctx.no_venue) < _KEPT:
                ctx.no_venue.append((pub, toks))
            if not style and ctx.unread is not None and len(ctx.unread) < _KEPT \
                    and any((t.field == "title" or pub.title is None) and (t.href or t.italic or t.bold) for t in toks):
                ctx.unread.append(Unread(block, toks, lines_read, ctx.year_heading, ctx.papers_before, pub))
    if missed and section_status(block.section) in ("working paper", "under review"):
        # under "Working Papers", "Work in Progress", "Under Review": a line that is a title alone is a paper's (a
        # page lists its unfinished work by title), where it is no paper anywhere else
        left = []
        for group in missed:
            if (alone := _title_alone(group)) is not None and _taken(alone, group, block, ctx, lines_read):
                pubs.append(alone)
            else:
                left.append(group)
        missed = left
    if missed and ctx.unread is not None:
        room = max(0, _KEPT - len(ctx.unread))
        ctx.unread.extend(Unread(block, group, lines_read, ctx.year_heading, ctx.papers_before)
                          for group in missed[:room])
    return pubs


_WORK_TITLE_WORDS = (3, 30)  # words: fewer are a name or a tag, more a sentence


def _title_alone(group: Sequence[Token]) -> Publication | None:
    """A paper of the entry that is one line of title-shaped words and nothing else (no link, no sentence after a
    stop, not the owner speaking), or None. Link words after it ("[PDF]", "Abstract" that unfolds it) say what they
    link, and are no words of it."""
    from .assemble import _FIRST_PERSON, _SENTENCE_BREAK, _STATUS_TAIL, _clean_title, coauthors_after
    from .segment import body_start

    toks = [t for t in group[body_start(group):] if not t.link_word]
    if not toks or toks[0].line != toks[-1].line or any(t.href for t in toks):
        return None
    text = _clean_title(join_tokens(toks))
    said = None
    if (m := _STATUS_TAIL.search(text)) and len(text[: m.start()].split()) >= _WORK_TITLE_WORDS[0]:
        text, said = text[: m.start()].rstrip(), parse_venue(m.group(1)).status  # "Title (job market paper)"
    words = len(text.split())
    if not _WORK_TITLE_WORDS[0] <= words <= _WORK_TITLE_WORDS[1] or not text[:1].isupper() \
            or _SENTENCE_BREAK.search(text) or _FIRST_PERSON.search(text) or _NOT_A_TITLE.search(text):
        return None
    pub = Publication(title=text)
    if said:
        pub.status = said
    for t in group:  # (what its link words link: "[PDF](https://x.org/paper.pdf)"; an address, as _taken keeps)
        if t.link_word and t.href and t.href.startswith(("http://", "https://", "//")) and t.href not in pub.urls:
            _add_url(pub, t.href)
    if (with_tail := coauthors_after(text)) is not None:
        # "Title (with A. Lee and B. Kim)": its co-authors, as written (the owner is not among them)
        pub.title, pub.authors = with_tail
        pub.notes.append("co-authors only (owner not listed)")
    return pub


# a line under such a heading that is no title: the owner speaking to the reader ("Email me if you'd like to see a
# draft"), a note of co-authors ("With Paola Lind (Bocconi University)"), a note on the paper above it that names a
# year, an award or what it is ("Outstanding Paper Award, The 7th ... Forum, 2024", "Presentations: ...", "R&R at X")
_NOT_A_TITLE = lazy_compile(r"\b(?:me|you|your)\b|^(?:joint\s+)?with\b|^co-?authored\b|\b(?:19|20)\d\d\b|"
                            r"\b(?:awards?|prize|presentations?|presented|r&r|revise and resubmit)\b", re.I)


def _taken(pub: Publication, toks: list[Token], block: Block, ctx: Context, lines_read: list[Line]) -> bool:
    """Whether a labelled entry's paper is one (see _labelled_part); if so, its links, source and status are filled."""
    if _heading_not_paper(pub.title or "", ctx, None) and pub.venue is None and not pub.authors:
        return False
    if block.nested and not pub.authors and pub.venue is None and not pub.ids:
        return False  # under an entry, an item naming no authors, known venue or identifier is its note
    if block.nested and _one_short_link(block):
        return False  # "- [ACL Anthology](https://aclanthology.org/...)" in a list under the entry: its link
    # the heading above the block, read with the entry but not as its title ("## 2026" as its year, a section's
    # name as unlabelled words), is not where the entry is written
    own = next((t for t in toks if t.tag != "heading" or t.field == "title"), toks[0])
    lines = lines_read[own.line: toks[-1].line + 1]
    if any(t.tag == "heading" and t.field == "title" for t in toks):
        ctx.heading_used = block.heading_line  # the heading is this paper's title, not a section
    for t in toks:
        if t.href and t.href.startswith(("http://", "https://", "//")) and t.href not in pub.urls:
            if not is_paper_link(t.href) and not t.link_word and t.field not in ("title", "link"):
                continue  # a person's homepage or an award page, not the paper's
            _add_url(pub, t.href)
    _finish(pub, block, ctx, lines)
    return True


_LINK_NOTE_WORDS = 4  # a link's text of a few words under an entry names where the entry is, not a paper


def _one_short_link(block: Block) -> bool:
    """Whether a block's whole text is one link of a few words ("ACL Anthology", "Hugging Face dataset")."""
    spans = [s for ln in block.lines for s in ln.spans if s.text.strip()]
    return bool(spans) and len({s.href for s in spans}) == 1 and spans[0].href is not None \
        and len(" ".join(s.text for s in spans).split()) <= _LINK_NOTE_WORDS


@dataclass
class Unread:
    """An entry of a page's publication list in which the labeller found no paper, or the paper it found with a title
    set in no style or with no title at all, kept to be read again once the page's other entries have shown how it
    sets its titles (read_unread)."""

    block: Block
    toks: list[Token]
    lines: list[Line]
    year_heading: int | None
    at: int = 0  # how many papers the page had before its block
    pub: Publication | None = None  # the paper the labeller read in it, if any


_KEPT = 5000  # entries of a page kept to be read again, at most (their tokens are held till the page's end)


_STYLE_SHARE = 0.4  # see page_title_style
_STYLE_MIN = 3
_STYLE_OVER = 3


def page_title_style(styles: Counter[str], kinds: Sequence[str] = TITLE_STYLES) -> str:
    """The markup a page sets its papers' titles in (features.title_style), or "" when it sets them in none: the style
    of at least _STYLE_MIN of its papers and _STYLE_SHARE of them, and _STYLE_OVER times as many as any other style
    (the papers whose titles the labeller ran on over their authors are among those that show none). With `kinds`
    VENUE_STYLES, the same for the venues set right after the titles (features.venue_style)."""
    total = sum(styles.values())
    best, *others = sorted(kinds, key=lambda s: -styles[s])
    return best if styles[best] >= max(_STYLE_MIN, _STYLE_SHARE * total, _STYLE_OVER * styles[others[0]]) else ""


def venues_in_style(kept: Sequence[tuple[Publication, list[Token]]], pubs: Sequence[Publication], ctx: Context) -> None:
    """The papers of a page's lists read with no venue, read again knowing the page sets its papers' venues in one
    style right after their titles (assemble.venue_in_style): those still among `pubs`."""
    style = page_title_style(ctx.venue_styles, VENUE_STYLES)
    if not style or not kept:
        return
    from .assemble import venue_in_style

    still = {id(p) for p in pubs}
    for pub, toks in kept:
        if id(pub) in still:
            venue_in_style(pub, toks, style, ctx.db)


_LINKED_BESIDE = 2  # papers with linked titles in its section that let a linked title alone be one of them


def read_unread(unread: Sequence[Unread], ctx: Context) -> list[tuple[int, Publication, Publication | None]]:
    """The entries kept while reading a page, read again in the page's title style, each paper with how many of the
    page's papers come before its block and the paper it replaces (None for a new one): an entry in which the
    labeller found none or a paper without a title ("arXiv, 2020" read as its label: assemble.read_in_style), and a
    paper whose title ran on over its authors (assemble.retitle_in_style)."""
    style = page_title_style(ctx.title_styles)
    if not style:
        return []
    from .assemble import read_in_style, retitle_in_style

    out: list[tuple[int, Publication, Publication | None]] = []
    for u in unread:
        if u.pub is None or u.pub.title is None:
            pub = read_in_style(u.toks, style, ctx.db, u.year_heading, ctx.owner,
                                alone=ctx.linked_titles[u.block.section] >= _LINKED_BESIDE)
        else:
            pub = retitle_in_style(u.toks, style, ctx.db, u.year_heading, ctx.owner)
        if pub is not None and _taken(pub, u.toks, u.block, ctx, u.lines):
            _in_section(pub, u.block)
            out.append((u.at, pub, u.pub))
            if pub.venue_raw is None and ctx.no_venue is not None:
                ctx.no_venue.append((pub, u.toks))  # its venue too may be read again (venues_in_style)
    return out


def _heading_paper(block: Block, ctx: Context, heading: str) -> Publication | None:
    """A paper whose title is the heading right above it, then its venue on a line of its own, then perhaps
    authors, a description and links ("### CoolTool: Doing Things", "*CHI 2025*", "CoolTool lets you ...")."""
    if block.heading_line == ctx.heading_used or not block.right_under_heading():
        return None
    first = block.lines[0]
    spans = [s for s in first.spans if s.text.strip()]
    if not spans or not all((s.italic or s.bold or s.tag == "venue") and not s.href for s in spans):
        return None  # the venue must stand alone, styled, on the first line under the heading
    if heading.rstrip(" *_").endswith((":", "：")):
        return None  # "## *Papers on **Computer Vision**:*" over a list's first venue badge: a lead-in, no title
    vm = _venue_line(first, ctx)
    if vm is None or (vm.venue is None and vm.method != "ambiguous"):
        return None
    title = _clean_title(heading.replace("[[", "").replace("]]", ""))
    words = len(title.split())
    if words < 4 or (":" not in title and words < 6) or _prose(title) or _HEADING_WORDS.fullmatch(title):
        return None
    ctx.heading_used = block.heading_line
    pub = Publication(title=title)
    authors_ln = next((ln for ln in block.lines[1:] if _is_authors(ln, ctx)), None)
    if authors_ln is not None:
        pub.authors, pub.et_al = split_authors(_strip_author_marks(_author_text(authors_ln)))
    apply_venue(pub, vm, _venue_text(first))
    if pub.year is None and ctx.year_heading:
        pub.year, pub.year_source = ctx.year_heading, "heading"
    _collect_links(pub, block.lines[1:], exclude=authors_ln)
    pub.section = block.section.rsplit(SECTION_SEP, 1)[0] if SECTION_SEP in block.section else None
    pub.sources.append(SourceLoc(ctx.path, block.heading_line, squash(f"{heading} {first.text}")[:2000]))
    return pub


def _skipped(section: str) -> str | None:
    """Under a heading that is not about papers (Talks, Awards, Teaching), unless a deeper heading is: "skip". Under
    "Conference presentations": "pages", read only for entries that give pages (in engineering and other fields a
    paper in a conference's proceedings is listed as a presentation; a talk has no pages). "Presentations" alone
    is skipped (SKIP_LEADING, also the French word): read for pages, the days of its meetings ("Sep. 3--6") were
    pages on two dev pages and no paper was gained on any. Under
    "Software" ("Open Source", "Software Development"): "journal", read only for whole citations in a journal the
    venue database knows (a software paper in JOSS is a paper; an R package's citation, its version and CRAN, is
    not)."""
    parts = section.split(SECTION_SEP)
    for k, part in reversed(list(enumerate(parts))):
        if _OTHERS_WORK.search(part):
            return "skip"  # "Master's Papers Advised", "Theses supervised": the students' work, not the owner's
        if (_PAPERS_SECTION.search(part) or (_ARTICLES.search(part) and not _ARTICLES_NOT_PAPERS.search(part))
                or (_BOOKS_SECTION.search(part) and not SKIP_SECTION.search(part))
                or (re.search(r"research", part, re.I) and not SKIP_SECTION.search(part))):
            # ("Research" beside a word for no papers is about them: "Grants Funded/Research Projects"); under
            # "Presentations" ("# Presentations", "## Conference Papers": the papers read at meetings, in the
            # humanities) they are presentations
            return "pages" if any(_TALKS.fullmatch(p.strip()) for p in parts[:k]) else None
        if _MARK_KEY.search(part):
            continue  # "### *Denotes post-doctoral or student mentee": a key to the marks in the list, no section
        if len(part.split()) >= _TITLE_WORDS:
            continue  # a paper's own heading ("#### Being ...: The role of identity & experience in ..."), no section
        if SKIP_LEADING.search(part):
            return "skip"  # "Vorträge", "Premios", "🎓 Formação", "教育背景", "学会発表"
        if (m := SKIP_SECTION.search(part)) is not None:
            rest = part[m.end():]
            if SKIP_SECTION.search(rest) is None and SKIP_SECTION.search(part[: m.start()]) is None:
                if m.group(0).lower().startswith("presentation"):
                    return "pages"
            # (software beside another section of no papers, "Software and Education": its papers in JOSS, JOSE or
            # SoftwareX are still read; what is not a whole citation in a known journal is not)
            if any(re.fullmatch(r"open[- ]source|software", x.group(0), re.I) for x in SKIP_SECTION.finditer(part)):
                return "journal"
            return "skip"
    return None


_TALKS = lazy_compile(r"\W*(?:(?:selected|invited|conference|recent)\s+)?(?:presentations|talks)\W*", re.I)
_TITLE_WORDS = 10  # a heading this long is a paper's title, not a section's name ("Essays, book reviews, blog posts ...")

# a heading naming work the owner advised or supervised (at its end: "Supervised Learning" is a topic)
_OTHERS_WORK = lazy_compile(r"(?<![\w-])(?:advised|supervised)\W*$", re.I)

# a heading about papers, in several languages ("Publications", "Publicações", "Publikationen", "Working Papers"), not
# "Public Service" or "Public Engagement"
_PAPERS_SECTION = lazy_compile(r"publica|publik|publish|paper|preprint|selected works|论文|論文|发表|業績", re.I)
# "Journal Articles and Presentations", "Articles and Talks": articles are papers, as "Papers and Talks" are, but not
# the owner's work in the media ("Media Articles", "Articles in the Press", "Blog articles")
_ARTICLES = lazy_compile(r"\barticles?\b", re.I)
# ... and books, their chapters, a meeting's proceedings ("### Edited Books", "### Book Chapters" under a "## Editorial
# Positions" the page set them under by mistake: a section of the owner's works, not of the service above it)
_BOOKS_SECTION = lazy_compile(r"\b(?:books?|(?:book\s+)?chapters?|monographs?|edited\s+volumes?|proceedings)\b", re.I)
_ARTICLES_NOT_PAPERS = lazy_compile(r"media|press|news|blog|magazine|popular|op-?eds?\b|about", re.I)
_MARK_KEY = lazy_compile(r"^\W*(?:denotes?|indicates?)\b|\b(?:denotes?|indicates?)\s+(?:an?\s+|the\s+)?(?:equal|co-?first|"
                         r"corresponding|student|post-?doc|mentee|trainee|supervised|advisee)", re.I)


def _same_venue(a: VenueMatch | None, b: VenueMatch) -> bool:
    """Whether two venue matches name one venue (or a track of it, either way)."""
    if a is None or a.venue is None or b.venue is None:
        return False
    return a.venue.id == b.venue.id or a.venue.track_of == b.venue.id or b.venue.track_of == a.venue.id


def _badge_block(block: Block, ctx: Context) -> bool:
    """A block that is only a venue badge: remember it for the paper that follows."""
    if len(block.lines) != 1:
        return False
    spans = [s for s in block.lines[0].spans if s.text.strip()]
    if not spans or not all(s.tag == "venue" and not s.href for s in spans):
        return False
    text = block.lines[0].text
    m = ctx.db.match(text)
    if m.venue is None and m.method != "ambiguous" and not m.parse.status and not (m.parse.year and m.parse.text):
        return False
    ctx.badge, ctx.badge_age = (m, text), 0
    return True


def _prose_mentions(block: Block, ctx: Context) -> bool:
    """A block that names papers by links inside running text ("Description [ACL 2022](arxiv link), ...")."""
    if len(block.lines) > 2:
        return False
    # a link whose text is an address ("[https://doi.org/10.1/x](https://doi.org/10.1/x)") names no paper: a
    # reference that writes out its preprint's and its DOI's addresses is one entry
    # nor does one whose text is an identifier ("[arXiv:2507.21267](...)"): it is the same paper's other copy
    per_line = [[s for s in ln.spans if is_paper_link(s.href) and not _is_link_word(s)
                 and not _ADDRESS.match(s.text.strip()) and not _IDENTIFIER.fullmatch(s.text.strip(" []().,;"))]
                for ln in block.lines]
    links = [s for line_links in per_line for s in line_links]
    if not links:
        return False
    for ln, line_links in zip(block.lines, per_line, strict=True):
        if len({s.href for s in line_links}) >= 2 \
                and len({s.href for s in line_links if not _journal_link(s, ctx)}) >= 2:
            # two papers linked in one run of text (two lines each linking one are two entries), unless a whole
            # citation comes before the links, its year and its volume or pages ("... Mathematics. 38(3): 502-527,
            # 2020. [ArXiv] [ESI Highly Cited Paper](ESI.pdf) and [WOS Core Collection](WOS.pdf)")
            before = "".join(s.text for s in ln.spans[:next(k for k, s in enumerate(ln.spans) if s is line_links[0])])
            if not (YEAR_IN.search(before) and _CITED.search(YEAR_IN.sub(" ", before))):
                return True
    if len(block.lines) == 1 and _lead_in(shown := [s for s in block.lines[0].spans if s.text.strip()]) \
            and not _authors_lead_in(shown):
        return True  # "***Agents:*** Description [Name](paper link)"
    m = ctx.db.match(links[0].text.strip("[] "))
    # "[ACL 2022](link)" names a paper; "[ICES J. Mar. Sci., Volume 79, Issue 4, May 2022, Pages 1133–1149](doi)" is
    # a whole citation's venue written as its link (its volume and pages), and so is "[*Proceedings of Interspeech
    # 2025*](doi), 3504–3508" (the pages after it on its line): the entry is read as one
    line = next(ln for ln, line_links in zip(block.lines, per_line, strict=True) if links[0] in line_links)
    return m.venue is not None and m.parse.year is not None \
        and not _CITED.search(YEAR_IN.sub(" ", line.text[line.text.find(links[0].text):]))


def _journal_link(span: Span, ctx: Context) -> bool:
    """A link whose text is a venue's name and no year ("[*Biometrics*](https://academic.oup.com/biometrics)"), or
    a citation's tail, a year with the volume or pages ("Physica D: Nonlinear Phenomena, vol. 459, pp. 134027, 2024"
    linked to the article): where the entry appeared, not a second paper."""
    text = span.text.strip("[]*_ ")
    if _VOLUME_OR_PAGES.search(text) and YEAR_IN.search(text):
        return True  # a citation's tail, whatever the journal: no paper's title gives its volume and pages
    m = ctx.db.match(text)
    return m.venue is not None and m.parse.year is None


_CITED = lazy_compile(r"\b(?:vol(?:ume)?|issue|no|pages|pp)\b\.?\s*\d|\d\s*\(\d+\)|\d+\s*[-–]\s*\d+|(?<!\d)\d{4,}(?!\d)",
                      re.I)
_VOLUME_OR_PAGES = lazy_compile(r"\b(?:vol(?:ume)?|iss(?:ue)?|no|num|pages|pp)\b\.?\s*\d|\d\s*\(\d+\)\s*[:,]", re.I)
_ADDRESS = lazy_compile(r"<?(?:https?://|www\.|doi:\s*10\.|10\.\d{4,9}/)\S*$", re.I)
_IDENTIFIER = lazy_compile(r"(?:arXiv|doi|PMID|PMCID|SSRN|hal|bioRxiv|medRxiv)\s*:\s*\S+", re.I)


def _lead_in(spans: list[Span]) -> int:
    """How many leading spans are a bold/italic lead-in such as "***Training Algorithm:***"."""
    if spans and (spans[0].bold or spans[0].italic) and spans[0].text.strip().endswith((":", "：")) and not spans[0].href:
        return 1
    return 0


def _authors_lead_in(spans: list[Span]) -> bool:
    """Whether a lead-in is the authors of the paper linked right after it ("_Horvat, Roach:_ [**_Title_**](doi)
    _Venue, 2022_"), not a topic introducing a description ("***Agents:*** Autonomous Agent for Tables [Name](url)"):
    the link comes next and the lead-in is names (a topic word such as "Training" or "Agents" is none)."""
    if len(spans) < 2 or not is_paper_link(spans[1].href):
        return False
    text = unicodedata.normalize("NFC", spans[0].text)  # ("Bourdalle\u0301-Badie": an accent typed as a mark)
    names = [n.strip() for n in re.split(r",|\band\b|&", text.strip().rstrip(":：")) if n.strip()]
    return bool(names) and all(looks_like_name(n) and name_shaped(n) for n in names)


# "(* indicates equal contribution)", "*Equal contribution, †Corresponding author": a key to the marks on the
# author names, written on a line of its own; it is no paper and no part of one
_MARK = r"(?:[*†‡#✉§¶^]+\s*[:：=]?\s*)?"
_ROLE = r"(?:(?:indicates?|denotes?|means?|marks?|for)\s+)?(?:equal(?:ly)?\s+contribut\w*|co-?first\s+authors?|joint\s+first\s+authors?|corresponding\s+authors?)"


@cache
def _marks_key() -> re.Pattern[str]:
    """Compiled on first need: only the rules extractor cuts entries so (1 ms of every start with the labeller)."""
    return re.compile(r"[(\[]?\s*" + _MARK + _ROLE + r"(?:\s*[,;/]\s*" + _MARK + _ROLE + r")*\s*[)\]]?\s*\.?", re.I)


def _split_entries(lines: list[Line], ctx: Context) -> list[list[Line]]:
    """Cut a run of lines into entries: a new title-like line after authors or a venue starts a new entry."""
    groups: list[list[Line]] = [[]]
    seen_body = False
    for ln in lines:
        if _marks_key().fullmatch(ln.text.strip()):
            continue
        if groups[-1] and seen_body and _title_start(ln, ctx):
            groups.append([])
            seen_body = False
        groups[-1].append(ln)
        if len(groups[-1]) > 1 and (_is_authors(ln, ctx) or _venue_line(ln, ctx) is not None):
            seen_body = True
    return [g for g in groups if g]


def _title_start(ln: Line, ctx: Context) -> bool:
    first = next((s for s in ln.spans if s.text.strip()), None)
    if first is None:
        return False
    text = first.text.strip()
    return ((first.bold or first.tag == "title" or (first.href is not None and not LINK_WORD.match(text)))
            and len(text.split()) >= 3 and not _is_authors(ln, ctx) and _venue_line(ln, ctx) is None)


# --- line labelling -------------------------------------------------------------------------------------------


def _is_authors(ln: Line, ctx: Context) -> bool:
    """An author line (asked once per line of a block: Context.authors_lines)."""
    hit = ctx.authors_lines.get(id(ln))
    if hit is None:
        hit = ctx.authors_lines[id(ln)] = (ln, _authors_test(ln, ctx))
    return hit[1]


def _authors_test(ln: Line, ctx: Context) -> bool:
    text = ln.text
    if not text or len(text) > 1500:
        return False
    if any(s.tag == "authors" for s in ln.spans):
        return True
    if re.fullmatch(r"\(?\s*with\s+.+\)?", text, re.I):
        return True
    if re.search(r"\b(?:team|consortium|collaboration)\s*$", text, re.I) and len(text.split()) <= 4:
        return True
    names, et_al = split_authors(_strip_author_marks(text))
    if not names or any(len(n.split()) > 6 for n in names):
        return False  # a part this long is a title or a sentence, whatever the rest looks like
    good = sum(looks_like_name(n) for n in names)
    if len(names) >= 2 and good / len(names) >= 0.7 and not re.search(r"[?!]|:\s", text.rstrip(":")):
        return True
    bold = [s.text.strip() for s in ln.spans if s.bold and s.text.strip()]
    if len(names) == 1 and good == 1 and (et_al or (bold and ctx.owner and fold(names[0]) == fold(ctx.owner))):
        return True
    return False


def _strip_author_marks(text: str) -> str:
    return _author_parts(text)[0]


def _author_parts(text: str) -> tuple[str, str | None]:
    """An author line without its marks, and the venue or award tag that ended it (or None)."""
    text = re.sub(r"\((?:equal contribution|corresponding author)[^)]*\)", "", text, flags=re.I)
    tag = None
    if (tail := _author_tail(text)) is not None:
        text, tag = text[: tail.start()], tail.group(1)
    return text.replace("®", ",").rstrip(":").strip(), tag


_TAIL = lazy_compile(r"\s*[(（]([^()（）]{2,80})[)）]\W*$")


def _author_tail(text: str) -> re.Match[str] | None:
    """A venue or award tag at the end of an author line: "..., Xipeng Qiu (Outstanding paper, ACL 2024)"."""
    m = _TAIL.search(text)
    if m is None:
        return None
    pv = parse_venue(m.group(1))
    return m if pv.year is not None or pv.awards else None


def _venue_line(ln: Line, ctx: Context) -> VenueMatch | None:
    """The venue a line states, when the line is (mostly) a venue (asked once per line of a block)."""
    hit = ctx.venue_lines.get(id(ln))
    if hit is None:
        hit = ctx.venue_lines[id(ln)] = (ln, _venue_test(ln, ctx))
    return hit[1]


def _venue_test(ln: Line, ctx: Context) -> VenueMatch | None:
    text = ln.text
    if not text or len(text) > 250:
        return None
    first = next((s for s in ln.spans if s.text.strip()), None)
    if first is not None and first.href and not (first.italic or first.tag == "venue") and len(first.text.split()) >= 3 \
            and not LINK_WORD.match(first.text.strip()):
        m = ctx.db.match(first.text)
        if m.venue is None and m.method != "ambiguous" and not m.parse.status:
            return None  # "[Title](paper link) (ACL 2024)": a linked title with its venue tag is the title line
    styled = squash(" ".join(s.text for s in ln.spans if (s.italic or s.tag == "venue") and not _is_link_word(s)))
    plain = _venue_text(ln)
    for cand in (styled, plain):
        if not cand or (cand is styled and len(styled) < 0.5 * len(plain)):
            continue  # a venue in italics inside a longer line: that line is a citation, not a venue line
        m = ctx.db.match(cand)
        if m.venue is not None or m.method == "ambiguous":
            if len(m.parse.text.split()) <= 14:
                return m
        if m.parse.status and not m.parse.text:
            return m
        if m.parse.year is not None and (cand is styled or _venue_shaped(m.parse.text)) and 0 < len(m.parse.text.split()) <= 14:
            return m  # a venue we do not know, written where venues go: keep it (check reports it)
        if m.parse.rank_claims and _venue_shaped(m.parse.text) and 0 < len(m.parse.text.split()) <= 10:
            return m  # "**Machine Intelligence Research** | JCR: Q1": a rank tag says this is the venue
    return None


def _is_link_line(ln: Line) -> bool:
    if any(s.tag == "title" or (s.href and len(s.text.split()) >= 4 and not LINK_WORD.match(s.text)) for s in ln.spans):
        return False  # a title that links to its paper is the title line
    words = re.sub(r"[\[\]()|,/·•\s]+", " ", ln.text).strip()
    linked = " ".join(s.text for s in ln.spans if s.href)
    return bool(words) and all(LINK_WORD.match(w) or w in linked for w in words.split(" | ")) and bool(linked) and \
        len(re.sub(r"[\W_]+", "", words)) <= len(re.sub(r"[\W_]+", "", linked)) + 12


# --- structured entries ---------------------------------------------------------------------------------------


def _structured(lines: list[Line], block: Block, ctx: Context) -> Publication | None:
    """A list item / paragraph group / table row that is one paper: title, authors, venue, links."""
    labelled: list[tuple[str, Line]] = []
    first_venue: tuple[VenueMatch, Line] | None = None
    for ln in lines:
        if _is_link_line(ln):
            kind = "links"
        elif _is_authors(ln, ctx):
            kind = "authors"
        elif (line_vm := _venue_line(ln, ctx)) is not None:
            kind = "venue"
            first_venue = first_venue or (line_vm, ln)
        else:
            kind = "text"
        labelled.append((kind, ln))
    title_ln = next((ln for k, ln in labelled if k == "text"), None)
    authors_ln = next((ln for k, ln in labelled if k == "authors"), None)
    if title_ln is None:
        return None
    pub = Publication()
    head = title_ln
    title_text, tag_venue, tag_prefix = _title_and_tag(head, ctx)
    if authors_ln is None and title_text:
        # "Authors. Title. Venue" citations on one line
        cite = _citation(head, ctx)
        if cite is not None:
            names, title_text, rest = cite
            pub.authors, pub.et_al = names
            tag_venue = tag_venue or rest
    if not title_text or _prose(title_text):
        return None
    if _heading_not_paper(title_text, ctx, first_venue):
        return None  # "Renrui Zhang" over a bio, "Experience" over a list of labs: a heading, not a paper
    vm: VenueMatch | None = first_venue[0] if first_venue else None
    venue_raw = _venue_text(first_venue[1]) if first_venue else None
    year_only = None
    if vm is None and tag_venue and (ym := re.fullmatch(r"\s*((?:19|20)\d{2})\s*", tag_venue)):
        year_only, tag_venue = int(ym.group(1)), None
    if vm is None and tag_venue:
        m = ctx.db.match(tag_venue)
        if m.venue is not None or m.parse.status or m.parse.year or m.method == "ambiguous" or _venue_shaped(tag_venue):
            vm, venue_raw = m, tag_venue
    if vm is None and tag_prefix:
        m = ctx.db.match(tag_prefix)
        vm, venue_raw = m, tag_prefix
    if vm is None:
        # a venue in italics inside the title line ("Title _(arXiv)_") or on an unlabelled line
        for k, ln in labelled:
            if k == "text" and ln is not head:
                m = ctx.db.match(ln.text)
                if (m.venue is not None or m.parse.status) and len(m.parse.text.split()) <= 14:
                    vm, venue_raw = m, ln.text
                    break
    has_links = any(s.href and is_paper_link(s.href) for ln in lines for s in ln.spans)
    words = len(title_text.split())
    if authors_ln is None and vm is None and not pub.authors:
        # a bare line: a paper only when it names one by a link, or reads like "Title. 2025."
        if not (has_links and words >= 3) and not _year_tail(title_text) and not year_only:
            return None
    author_tag = None
    if authors_ln is not None:
        author_text, author_tag = _author_parts(_author_text(authors_ln))
        pub.authors, pub.et_al = split_authors(author_text)
        if author_tag is not None and vm is None:
            vm, venue_raw = ctx.db.match(author_tag), author_tag
    if words <= 2 and not re.search(r":", title_text) and (vm is None or vm.venue is None) and authors_ln is None:
        if not has_links:
            return None
    title_text, year_tail = _strip_year_tail(title_text)
    if _looks_like_label(title_text) and authors_ln is None:
        pub.label = title_text
    else:
        pub.title = title_text
    apply_venue(pub, vm, venue_raw)
    if author_tag is not None and author_tag != venue_raw:
        pub.awards.extend(a for a in parse_venue(author_tag).awards if a not in pub.awards)
    if pub.year is None and (year_tail or year_only):
        pub.year, pub.year_source = year_tail or year_only, "text"
    _collect_links(pub, lines, exclude=authors_ln)
    if pub.year is None and ctx.year_heading:
        pub.year, pub.year_source = ctx.year_heading, "heading"
    _finish(pub, block, ctx, lines)
    return pub


def _prose(text: str) -> bool:
    """Running text, not a title: too long, or written in the first person."""
    return len(text.split()) > 40 or bool(re.search(r"\b(?:I am|I'm|I have|my research|we release|I was)\b", text, re.I))


def _venue_shaped(text: str) -> bool:
    return bool(re.search(r"\b(?:journal|conference|proceedings|transactions|symposium|workshop|review|letters)\b", text, re.I))


def _looks_like_label(title: str) -> bool:
    """A short name standing for a paper ("CommonIT", "PESF-KD"), not a title."""
    return len(title.split()) <= 2 and ":" not in title and len(title) <= 30


def _author_text(ln: Line) -> str:
    return squash("".join(s.text if s.tag != "sup" else " " for s in ln.spans if not _is_link_word(s)))


def _strip_link_words(spans: list[Span]) -> str:
    return squash(" ".join(s.text for s in spans if not _is_link_word(s)))


def _venue_text(ln: Line) -> str:
    """A line's text without link words and the brackets they leave behind ("[ , ]")."""
    return re.sub(r"\[\s*(?:,\s*)*\]|\[\s*$", " ", _strip_link_words(ln.spans)).strip(" ,[]")


def _title_and_tag(ln: Line, ctx: Context) -> tuple[str, str | None, str | None]:
    """The title text of a title line, with a trailing venue tag ("(ACL 2024)", "[EMNLP 24, CCF B]",
    ". EMNLP 2024.") and a leading badge ("[ICDE 2025]") split off."""
    spans = [s for s in ln.spans if s.text.strip()]
    lead = _lead_in(spans)
    spans = spans[lead:]
    prefix = None
    # a leading bracketed badge: **[ICDE 2025]** Authors. *Title*.
    if spans and (m := re.match(r"^\s*\[([^\]]{2,40})\]\s*", ln.text)):
        cand = m.group(1)
        vm = ctx.db.match(cand)
        if vm.venue is not None or vm.parse.year:
            prefix = cand
    if m := _QUOTED_ACCEPTED.match(ln.text):
        return _clean_title(m.group("head")), m.group("tag"), None
    title_spans = [s for s in spans if s.tag == "title"]
    if title_spans:
        return _clean_title(" ".join(s.text for s in title_spans)), _rest_tag(ln, title_spans, ctx), prefix
    first = spans[0] if spans else None
    if first is not None and (first.bold or (first.href and not LINK_WORD.match(first.text))) and len(first.text.split()) >= 2 and prefix is None:
        group = [first]
        for s in spans[1:]:
            if (s.bold == first.bold and s.href == first.href) and not s.italic:
                group.append(s)
            else:
                break
        after = spans[len(group)].text.lstrip() if len(spans) > len(group) else ""
        if not after.startswith((":", "：")):  # "**Gist and Verbatim**: Understanding ...": the title goes on
            title = _clean_title(" ".join(s.text for s in group))
            return title, _rest_tag(ln, group, ctx), prefix
    text = squash("".join(s.text for s in spans)) if lead else ln.text  # without a "***Background:***" lead-in
    if prefix is not None:
        text = text[text.index("]") + 1:].strip()
        italic = [s.text for s in spans if s.italic]
        if italic:
            return _clean_title(" ".join(italic)), None, prefix
    if any(s.href for s in spans):
        text = _strip_link_words(spans)
    for pat in (_TRAIL_TAG, _TRAIL_SENT):
        m = pat.match(text)
        if m:
            tag = m.group("tag").strip()
            vm = ctx.db.match(tag)
            if vm.venue is not None or vm.parse.year or vm.parse.status or vm.method == "ambiguous":
                return _clean_title(m.group("head")), tag, prefix
    return _clean_title(text), None, prefix


def _rest_tag(ln: Line, used: list[Span], ctx: Context) -> str | None:
    rest = squash(" ".join(s.text for s in ln.spans if s not in used and not _is_link_word(s)))
    rest = re.sub(r"\[\s*(?:[,|]\s*)*\]", " ", rest).strip(" ,.[]|")
    rest = re.sub(r"^\(|\)$", "", rest).strip()
    if rest and len(rest) <= 200:
        m = ctx.db.match(rest)
        if m.venue is not None or m.parse.year or m.parse.status or m.method == "ambiguous":
            return rest
    return None


def _clean_title(text: str) -> str:
    text = squash(text)
    if m := _QUOTED.match(text):
        text = m.group("t")
    text = re.sub(r"\[\s*(?:[,|]\s*)*\]", " ", text)
    text = re.sub(r"\s*\[\s*$", "", text)
    text = re.sub(r"(?:\s*\\)+$", "", squash(text))  # a markdown hard line break ("Title \\") is not text
    return squash(text).strip(" ,;").rstrip(".").strip("'\"“”‘’ ").strip()


def _year_tail(text: str) -> int | None:
    m = re.search(r"[.,]\s*((?:19|20)\d{2})\.?\s*$", text)
    return int(m.group(1)) if m else None


def _strip_year_tail(text: str) -> tuple[str, int | None]:
    y = _year_tail(text)
    if y is None:
        return text, None
    return re.sub(r"[.,]\s*(?:19|20)\d{2}\.?\s*$", "", text).strip(), y


def _citation(ln: Line, ctx: Context) -> tuple[tuple[list[str], bool], str, str | None] | None:
    """'A, B and C. Title. Venue, 2024.' or '**[ICDE 2025]** A, B. *Title*.' -> (authors, title, rest)."""
    text = re.sub(r"^\s*\[[^\]]{2,40}\]\s*", "", ln.text)
    italic = [s.text.strip() for s in ln.spans if s.italic and s.text.strip()]
    quoted = re.search(r"['‘“\"]{1,2}([^'’”\"]{8,}?)[.,]?['’”\"]{1,2}", text)
    m = re.match(r"^(?P<a>[^.:]+?(?:\b[A-Z]\.\s*[^.:]*?)*)[.:]\s+(?P<rest>.+)$", text)
    if not m:
        return None
    first = next((sp for sp in ln.spans if sp.text.strip()), None)
    if first is not None and (first.bold or first.italic) and squash(first.text).rstrip(":：") == squash(m.group("a")) \
            and text[m.end("a")] == ":":
        return None  # "**Gist and Verbatim**: Understanding Speech ...": a bold name before a colon heads a title
    names = split_authors(_strip_author_marks(m.group("a")))
    if not names[0] or sum(looks_like_name(n) for n in names[0]) < max(1, math.ceil(0.8 * len(names[0]))):
        return None
    if len(names[0]) == 1 and not (ctx.owner and fold(names[0][0]) == fold(ctx.owner)):
        return None
    rest = m.group("rest")
    bold = [s.text.strip() for s in ln.spans if (s.bold or (s.href and not _is_link_word(s))) and s.text.strip()]
    if quoted:
        title = quoted.group(1)
        after = text[quoted.end():]
    elif bold and bold[0] in rest and len(bold[0].split()) >= 2:
        title = bold[0]
        after = rest[rest.index(bold[0]) + len(bold[0]):]
        if italic:
            after = italic[0]
    elif italic and italic[0] in rest and len(italic[0].split()) >= 3:
        title = italic[0]
        after = rest[rest.index(italic[0]) + len(italic[0]):]
        if len(italic) > 1:
            after = italic[1]
    else:
        parts = re.split(r"(?<=[^A-Z\s])[.?!]\s+", rest, maxsplit=1)
        title = parts[0]
        after = parts[1] if len(parts) > 1 else ""
    after = re.sub(r"^\s*(?:in|to be published in)\s*:?\s+", "", after.strip(" .,"), flags=re.I)
    if len(title.split()) < 2:
        return None
    return names, _clean_title(title), (after or None)


_LINK_START = re.compile(r"\s*(?:https?://|www\.)")


def apply_venue(pub: Publication, vm: VenueMatch | None, raw: str | None) -> None:
    """Set venue, year, awards, notes, rank claims and status from a venue match."""
    if vm is None:
        return
    p = vm.parse
    if _LINK_START.match(raw or p.raw):
        return  # a link address where a venue was expected names no venue
    pub.venue_raw = squash(raw) if raw else p.raw
    if vm.venue is not None or vm.method == "ambiguous":
        pub.venue = vm
    elif p.text:
        pub.venue = vm  # an unknown venue: kept (method "none") so that check can report it
    if p.year:
        pub.year, pub.year_source = p.year, "text"
    if p.awards:
        pub.awards.extend(a for a in p.awards if a not in pub.awards)
    if p.notes:
        pub.notes.extend(n for n in p.notes if n not in pub.notes)
    if p.rank_claims:
        pub.rank_claims.extend(r for r in p.rank_claims if r not in pub.rank_claims)
    if p.status:
        pub.status = p.status
    if vm.venue is not None:
        if vm.venue.type == "preprint":
            pub.status = "preprint" if pub.status in ("unknown", "published") else pub.status
        elif pub.status == "unknown":
            pub.status = "published"


def _collect_links(pub: Publication, lines: list[Line], exclude: Line | None = None) -> None:
    for ln in lines:
        if ln is exclude:
            continue
        for s in ln.spans:
            if s.href and s.href.startswith(("http://", "https://", "//")) and s.href not in pub.urls:
                if not is_paper_link(s.href) and not _is_link_word(s) and s.tag != "title" and not s.bold:
                    continue  # a person's homepage or an award page, not the paper's
                _add_url(pub, s.href)


@dataclass
class UnderHeading:
    """A heading of a page and the first lines of the blocks under it, up to the next heading (see heading_papers)."""

    line: int
    section: str  # the sections it is in, itself last (markup.SECTION_SEP)
    href: str = ""  # the link its text carries
    lines: list[Line] = field(default_factory=list)  # no more than _UNDER_LINES + 1: one more says it is a section's

    def add(self, lines: Sequence[Line]) -> None:
        """Keep a block's lines, up to the few a paper's heading may have under it (a section's heading over 200,000
        list items kept them all, to the page's end)."""
        room = _UNDER_LINES + 1 - len(self.lines)
        if room > 0:
            self.lines.extend(lines[:room])


_HEADING_TITLE_WORDS = (2, 40)  # a paper's title set as a heading, in words
_LIST_NUMBER = lazy_compile(r"^\s*\(?\d{1,3}[.)]\s+")  # "### 4. Title": the page's numbering, not the title's
_SAID_STATUS_CHARS = 300  # a status is read from a line this short ("Under review.", "Published in 2018 in X")
_UNDER_LINES = 8  # lines under a paper's heading at most: its abstract, a note, its links
_YEAR_LEAD = lazy_compile(r"((?:19|20)\d\d)\s*[:.–—-]\s+")
_VENUE_YEAR_TAIL = lazy_compile(r"(?:[.,]\s+([A-Z][^.]{1,60}?))?[,.]?\s+\(?((?:19|20)\d\d)\)?\.?$")
_ACRONYM = lazy_compile(r"[A-Z][A-Za-z&]*[A-Z]")  # "IEEE", "NeurIPS"
_TITLE_OPENS = lazy_compile(r"[\"“‘'¿¡]?[^\W_a-z]")  # a capital, a digit or a letter of a script without case
# co-authors after a heading's title ("Title -- with A. Lee and B. Kim", "Title (joint with A. Lee)"): the owner's
# co-authors, the owner not named
_WITH_NAMES = lazy_compile(r"\s*(?:--|[-–—,]\s)?\s*\(?\b(?:joint\s+|co-?authored\s+)?with\s+([A-Z][^()]{2,200}?)\)?\s*$")


_SPOKEN_WORDS = 12  # words at least of a line in which the writer speaks of themselves


def _writer_speaks(ln: Line) -> bool:
    """Whether a line is the page's writer telling of themselves ("I was ...", "my PhD ..."), in a sentence."""
    from .assemble import _I_SAID

    return _I_SAID.search(ln.text) is not None and len(ln.text.split()) >= _SPOKEN_WORDS


def heading_papers(heads: list[UnderHeading], pubs: list[Publication], ctx: Context) -> list[Publication]:
    """Papers set as headings over prose: "### Title", then its abstract or a note on it ("Published in 2018 in
    Sustainability Science ([here](doi))", "Under review.", "[Download here](paper.pdf)"). A heading under which no
    paper was read, whose words may be a title (not a section's name), with a link to a paper (its own, or one under
    it: a PDF, a DOI, arXiv, a paper's page) or a status said under it, is a paper of that title, when two headings or
    more of the page at one depth are such (one alone may be a topic's). Only what is written is kept: its title, the
    links and identifiers, the status; no year or venue is guessed from the prose. The heading's own paper read under
    it with nothing to show it is one (its title over an abstract) takes what is found under it instead. Returns the
    new papers; linear in the page's headings and papers (each paper is under one heading)."""
    if not heads:
        return []
    heads = sorted(heads, key=lambda h: h.line)
    ends = [h.line for h in heads[1:]] + [math.inf]
    titled = sorted((p for p in pubs if p.title and p.sources), key=lambda p: p.sources[0].line)
    starts = [p.sources[0].line for p in titled]
    named = Counter(fold(p.title or "") for p in titled)
    # a heading with headings under it names a section ("## Working Papers" over "### Title")
    over = {h.section.rsplit(SECTION_SEP, 1)[0] for h in heads if SECTION_SEP in h.section}
    found: list[tuple[int, Publication, Publication | None]] = []  # depth, paper (new, or what its own one takes), own
    for h, end in zip(heads, ends, strict=True):
        if h.section in over:
            continue
        parts = h.section.split(SECTION_SEP)
        pub = _heading_title(parts[-1], h, ctx)
        if pub is None:
            continue
        # the papers read under it: none, or only the heading's own paper; another (a topic's heading), or the heading's
        # paper read elsewhere on the page too, and it is no paper of its own here
        under = titled[bisect_left(starts, h.line):bisect_left(starts, end) if end != math.inf else len(titled)]
        key, whole = fold(pub.title or ""), fold(parts[-1])
        # (the heading's own paper may have been read with more of the heading's words: "Title, 2026 (joint with A)")
        own = [p for p in under if (t := fold(p.title or "")) == key or (t.startswith(key) and whole.startswith(t))]
        if len(own) != len(under) or named[key] > len(own):
            continue
        if own and (own[0].venue_raw or own[0].year or own[0].status != "unknown" or own[0].ids or own[0].urls):
            continue  # read as a paper already
        links = [h.href] if h.href else []
        # (not a link in the writer's own story: "One project, called [WidgetSense](x.pdf), ...", "I was a
        # professor where I [published](x.pdf) ..." under "### Graduate studies", "### University of Maryland")
        links += [s.href for ln in h.lines if not _writer_speaks(ln) for s in ln.spans if s.href]
        for href in dict.fromkeys(links):
            if href.startswith(("http://", "https://", "/", "./", "../")) or href.lower().endswith(".pdf"):
                if is_paper_link(href) or ids_from_url(href).keys() & {"doi", "arxiv"}:
                    _add_url(pub, href)
        for ln in h.lines:
            if len(ln.text) <= _SAID_STATUS_CHARS and (status := parse_venue(ln.text).status):
                pub.status = status
                break
        if not pub.urls and pub.status == "unknown":
            continue
        pub.section = SECTION_SEP.join(parts[:-1]) or None
        pub.sources.append(SourceLoc(ctx.path, h.line, squash(parts[-1])[:2000]))
        found.append((len(parts), pub, own[0] if own else None))
    depths = Counter(d for d, _, _ in found)
    out: list[Publication] = []
    for d, pub, own_pub in found:
        if depths[d] < 2:
            continue
        if own_pub is None:
            out.append(pub)
            continue
        for url in pub.urls:
            if url not in own_pub.urls:
                _add_url(own_pub, url)
        if pub.status != "unknown":
            own_pub.status = pub.status
        own_pub.title = pub.title  # as the heading gives it, its year and co-authors apart
        if own_pub.year is None and pub.year is not None:
            own_pub.year, own_pub.year_source = pub.year, pub.year_source
        if not own_pub.authors and pub.authors:
            own_pub.authors, own_pub.et_al = pub.authors, pub.et_al
    return out


def _heading_title(text: str, h: UnderHeading, ctx: Context) -> Publication | None:
    """The paper a heading's words may name (see heading_papers): its title, and the co-authors, year and venue written
    in it ("Title -- with A and B", "Title, 2026 (joint with A)", "2022: Title", "Title. IEEE, 2024"); None when they
    name no paper (a section's name, a sentence, a year, words under a section to skip), or when more is under it than
    an abstract and its links."""
    title = _LIST_NUMBER.sub("", _clean_title(text))
    names: list[str] = []
    et_al = False
    bar_year, bar_venue = None, None
    if _BAR.search(title):
        # "### Title | A. Lee and B. Kim | Labour Economics (2022)": the heading's fields parted by bars, the title first
        title, *parts = _BAR.split(title)
        for part in parts:
            if (m := _VENUE_YEAR_TAIL.search(part)) is not None and m.group(2):
                bar_year, bar_venue = int(m.group(2)), (part[:m.start()] + (m.group(1) or "")).strip(" ,.(") or None
            elif not names and (found := split_authors(part))[0] and all(looks_like_name(n) for n in found[0]):
                names, et_al = found
    if (m := _WITH_NAMES.search(title)) is not None:
        names, et_al = split_authors(m.group(1))
        if names and all(looks_like_name(n) for n in names):
            title = title[:m.start()].strip()
        else:
            names, et_al = [], False
    year, venue = None, None
    if (m := _YEAR_LEAD.match(title)) is not None:  # "2022: PACMAN: A pipeline ..."
        year, title = int(m.group(1)), title[m.end():]
    elif (m := _VENUE_YEAR_TAIL.search(title)) is not None and (m.group(1) or title[m.start():].lstrip()[:1] in ",."):
        year, venue = int(m.group(2)), m.group(1)  # "Title. IEEE, 2024", "Title, 2025"
        if venue and ctx.db.match(venue).venue is None and not _ACRONYM.fullmatch(venue):
            # "Title. The case of Poland, 2021": a subtitle, not a venue (one the database knows, or an acronym is)
            title, venue = title[:m.start(2)].rstrip(" ,(").strip(), None
        else:
            title = title[:m.start()]
    words = len(title.split())
    if not _HEADING_TITLE_WORDS[0] <= words <= _HEADING_TITLE_WORDS[1] or KIND_HEADING.fullmatch(title) \
            or _heading_not_paper(title, ctx, None) or _section_facts(h.section)[3] == "skip" \
            or YEAR_IN.fullmatch(title.strip()) or title.endswith(":") or _prose(title) \
            or not _TITLE_OPENS.match(title) or len(h.lines) > _UNDER_LINES:
        return None
    pub = Publication(title=title, authors=names, et_al=et_al)
    year, venue = year if year is not None else bar_year, venue or bar_venue
    if year is not None:
        pub.year, pub.year_source = year, "text"
    if venue:
        pub.venue_raw = venue
    return pub


_BAR = lazy_compile(r"\s+[|｜]\s+")


def _add_url(pub: Publication, href: str) -> None:
    """A link to the paper: kept, and the identifiers its address carries (arXiv, DOI, ACL ...) read."""
    pub.urls.append(href)
    for k, v in ids_from_url(href).items():
        pub.ids.setdefault(k, v)


_HEADING_WORDS = lazy_compile(r"(?:experiences?|education|about(?: me)?|biography|bio|news|contact|awards?|honou?rs?|"
                            r"services?|teaching|talks?|interests?|research interests?|skills|projects?)\W*", re.I)


def _heading_not_paper(title: str, ctx: Context, first_venue: tuple[VenueMatch, Line] | None) -> bool:
    """A 'title' that is a section word or the page owner's name, with no venue: not a paper."""
    if first_venue is not None:
        return False
    t = title.strip(" :*#")
    if _HEADING_WORDS.fullmatch(t):
        return True
    return bool(ctx.owner) and fold(t) == fold(ctx.owner or "")


def _finish(pub: Publication, block: Block, ctx: Context, lines: list[Line]) -> None:
    """Fill what the parts imply: year from an arXiv id (preprints only), status, source."""
    if "acl" in pub.ids and pub.venue is None:
        vtext, vyear = venue_from_acl_id(pub.ids["acl"])
        if vtext:
            apply_venue(pub, ctx.db.match(f"{vtext} {vyear}" if vyear else vtext), None)
            pub.venue_raw = None
            if pub.year is not None:
                pub.year_source = "url"
    # a paper that names no venue, linked to its working paper on SSRN by a link that says so ("[SSRN
    # Link](https://papers.ssrn.com/...)"), appeared there: its venue, not written in (venue_raw stays empty; an arXiv
    # id is read the same way by every reader: normalize.preprint_venue)
    if pub.venue is None and not pub.venue_raw and pub.status in ("unknown", "preprint") and "arxiv" not in pub.ids \
            and any(_SSRN.search(u) for u in pub.urls) \
            and any("SSRN" in s.text for ln in lines for s in ln.spans if s.href and _SSRN.search(s.href)) \
            and (m := ctx.db.match("SSRN")).venue is not None:
        pub.venue, pub.status = m, "preprint"
    if pub.year is None and "arxiv" in pub.ids and (pub.venue is None or pub.status == "preprint"):
        if (y := year_from_arxiv(pub.ids["arxiv"])) is not None:
            pub.year, pub.year_source = y, "arxiv"
    line = lines[0].lineno if lines else block.lineno
    raw = squash(" ".join(ln.text for ln in lines))[:2000]
    pub.sources.append(SourceLoc(ctx.path, line, raw))
    for ln in lines:
        for s in ln.spans:
            if s.bold and looks_like_name(s.text.strip(" ,*#†")):
                key = s.text.strip(" ,*#†")
                ctx.bold_names[key] = ctx.bold_names.get(key, 0) + 1


_SSRN = lazy_compile(r"^https?://(?:papers\.)?ssrn\.com/")


# --- mentions in prose and news -------------------------------------------------------------------------------


def _mentions(block: Block, ctx: Context, news: bool) -> list[Publication]:
    out: list[Publication] = []
    for ln in block.lines:
        spans = ln.spans
        if NOTE_ON_A_PAPER.match(ln.text):
            continue  # "Previously circulated with the title [X](ssrn)": a note on a paper, naming no other
        date_year = None
        if news and (dm := _DATE_PREFIX.match(ln.text)) and (ys := years_in(dm.group(1))):
            date_year = ys[0]
        for i, s in enumerate(spans):
            if not is_paper_link(s.href) or (i and spans[i - 1].href == s.href):
                continue
            link_text = squash("".join(x.text for x in spans[i:] if x.href == s.href))
            if not link_text or (LINK_WORD.match(link_text.strip("[] ")) and not _prev_text(spans, i)):
                if not news:
                    continue
            pub = _mention(spans, i, link_text, ln, block, ctx, date_year)
            if pub is not None:
                out.append(pub)
    return out


def _prev_text(spans: list[Span], i: int) -> str:
    """The words just before span i, back to a delimiter (comma, semicolon, bracket, colon, another link)."""
    buf = ""
    for s in reversed(spans[:i]):
        if s.href or (s.bold and s.italic):
            break
        buf = s.text + buf
        if re.search(r"[,;:(\[]|\)\s*$", buf[:-1] if buf.endswith(" ") else buf):
            break
    buf = re.split(r"[,;:(\[]", buf)[-1]
    return squash(buf)


# link text that points instead of naming ("Read it [here](...)", "The model is [here](...)", "click <a>this</a>")
_DEICTIC = lazy_compile(r"\W*(?:here|there|this|this link|link here|click here)\W*$", re.I)
_DOI_TEXT = lazy_compile(r"10\.\d{4,9}/")
# words that say a link is where a paper can be read, not its name ("This paper is open access in the [ACM DL]", "The
# author's version is available from [here]", "or in [Springer]")
_PLACE_WORDS = 3  # a library's or a server's name ("ACM DL", "IEEE Xplore", "Springer"); a paper's name is longer
_WHERE_FROM = lazy_compile(r"(?:\b(?:available|accessible|open access|downloaded?|obtained|found|read)|^or)\s+"
                           r"(?:in|from|at|on|via|through)(?:\s+the)?\s*$", re.I)


# a mention's name that is an address ("https://www.nature.com/...", "eprints.whiterose.ac.uk/100080"; not a file's
# path: it may hold a title), the rest of a sentence ("pp. 1-7). IEEE.", ". Research highlight in", "conservation
# gains and key challenges.", "in english") or a word for what a link holds ("Supplemental material", "Open access")
_LINK_ADDRESS = lazy_compile(r"(?:https?://|www\.|[\w-]+(?:\.[\w-]+)+/)\S*")  # (_ADDRESS above is a citation's)
_MARK_FIRST = r"(?!\.{0,2}/)[^\w\"'“”‘’„«\[(].*"
_HOLDS = r"(?i:supplement(?:al|ary)? materials?|open access|dataverse)\W*"
_NO_NAME = lazy_compile(rf"{_MARK_FIRST}|[a-z]\S*\s.*|{_HOLDS}", re.S)
# linked to a paper's page, words in lower case may name it ("our work on [efficient MoE editing]"): a sentence's
# end only when it ends with its full stop or a bracket ("pp. 1-7). IEEE.", "key challenges.")
_NO_NAME_LINKED = lazy_compile(rf"{_MARK_FIRST}|[a-z]\S*\s.*[.)]\W*|{_HOLDS}", re.S)


# words before a grant's number ("... Research Award", "NSF grant", "Contract No.")
_FUNDING_END = lazy_compile(r"\b(?:awards?|grants?|contracts?|fellowships?|funding)\s*(?:no\.?|number|#)?\s*$", re.I)


def _names_no_paper(label: str, paper_link: bool = False) -> bool:
    """A link to the owner's CV, text with no letter at all ("1–9.", "2025."; a DOI is kept: it names its paper),
    an address, the rest of a sentence or a link's word (_NO_NAME; linked to a paper's page, _NO_NAME_LINKED)."""
    if CV_LINK.search(label):
        return True
    if _DOI_TEXT.search(label) is not None:
        return False
    if _LETTER.search(label) is None or _LINK_ADDRESS.fullmatch(label) is not None:
        return True
    return (_NO_NAME_LINKED if paper_link else _NO_NAME).fullmatch(label) is not None


# a paper cited in running text by its authors and year ("Heavens et al. 2000", "Gong & Wang (2001)"; not "NeurIPS
# 2024", a venue's name and year)
_AUTHOR_YEAR = lazy_compile(r"\(?[A-Z][\w'’\-]+(?:\s+et\s+al\.?|\s*(?:&|and)\s+[A-Z][\w'’\-]+),?\s*\(?(?:19|20)\d\d[a-z]?\)?")


def _mention(spans: list[Span], i: int, link_text: str, ln: Line, block: Block, ctx: Context, date_year: int | None) -> Publication | None:
    if block.nested and _one_short_link(block):
        return None  # "- [ACL Anthology](https://aclanthology.org/...)" in a list under an entry: the entry's link
    href = spans[i].href or ""
    pub = Publication(kind="mention")
    lt = link_text.strip("[] ")
    if _DEICTIC.match(lt):
        return None  # the words before it say what to do with it, not which paper it is
    if _AUTHOR_YEAR.fullmatch(lt):
        return None  # "the MOPED ([Heavens et al. 2000](...)) algorithm": a paper cited by its authors and year
    before = _prev_text(spans, i)
    if _WHERE_FROM.search(before) and len(lt.split()) <= _PLACE_WORDS:
        # "The published version is available in [the ACM DL]", "or in [Springer]": where, not which ("Our paper is
        # available at [Deep Foo for Robust Bar Estimation]" names it)
        return None
    vm = ctx.db.match(lt)
    link_is_venue = (vm.venue is not None and (vm.parse.year is not None or len(vm.parse.text) >= 6)) or \
        (vm.parse.year is not None and vm.method != "none")
    if LINK_WORD.match(lt):
        label = before
        link_is_venue = False
    elif link_is_venue:
        label = before
    elif before and len(before.split()) >= 2 and not re.search(r"\b(?:on|of|for|the|our|in|at|with|and|by|to|about|from|my|work|paper)\s*$", before, re.I) \
            and len(lt.split()) == 1 and not re.search(r"\d{4}", before):
        if _FUNDING_END.search(before):
            return None  # "on US Army Medical Research Award [W81XWH-14-1-0617](report.pdf)": a grant's number
        label = before
        pub.notes.append(f"also named {lt}")
    else:
        label = lt
    label = re.sub(r"^(?:our|my|the)\s+(?:paper|work)\s+(?:on\s+)?", "", label, flags=re.I).strip(" -–:")
    if not label or len(label) < 2 or _DATE_PREFIX.fullmatch(label) or _names_no_paper(label, is_paper_link(href)):
        return None
    pub.label = label
    if link_is_venue:
        apply_venue(pub, vm, lt)
    else:
        after = squash("".join(x.text for x in spans[i + 1:] if x.href != href))
        if m := _WON.search(after):
            award_vm = ctx.db.match(m.group("v"))
            pub.awards.append(squash(m.group("award")))
            if award_vm.venue is not None:
                apply_venue(pub, award_vm, m.group("v"))
        elif m := _ACCEPTED.search(after):
            cand = m.group("v")
            am = ctx.db.match(cand)
            if am.venue is not None:
                apply_venue(pub, am, cand)
                if pub.status == "published":
                    pub.status = "accepted"
                pub.awards.extend(a for a in parse_venue(after).awards if a not in pub.awards)
    pub.urls.append(href)
    pub.ids.update(ids_from_url(href))
    if pub.year is None and date_year is not None and pub.venue is not None:
        pub.year, pub.year_source = date_year, "news"
    _finish(pub, block, ctx, [ln])
    return pub


def _script(text: str) -> str:
    """"cjk" for a text written mostly in Chinese, Japanese or Korean characters, else "latin"."""
    letters = [c for c in text if c.isalpha()]
    cjk = sum(1 for c in letters if "\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" or "\uf900" <= c <= "\ufaff")
    return "cjk" if letters and cjk * 2 >= len(letters) else "latin"


def translated(a: Publication, b: Publication) -> bool:
    """Whether two records of one entry are one paper in two languages: titles in two scripts, the same year."""
    return bool(a.title and b.title and a.year is not None and a.year == b.year and _script(a.title) != _script(b.title))


def absorb_translation(pub: Publication, other: Publication) -> None:
    """The record of a paper takes its translation's title as a note, and what it lacks from it."""
    pub.notes.append(f"also titled {other.title}")
    if not pub.authors:
        pub.authors, pub.et_al = other.authors, other.et_al
    if pub.venue_raw is None and other.venue_raw is not None:
        pub.venue_raw, pub.venue = other.venue_raw, other.venue
    for key, value in other.ids.items():
        pub.ids.setdefault(key, value)
    pub.urls.extend(u for u in other.urls if u not in pub.urls)


_SECTIONS_LISTED = 8  # sections named in a page's note at most (the rest counted)


def skipped_sections_note(path: str, sections: dict[str, list[int]]) -> Diagnostic:
    """The note (I210) that names the sections of a page read as no papers' (talks, teaching, service), each with
    its line and its blocks, in page order: a section skipped by mistake ("### Book Chapters" under "## Editorial
    Positions") shows there."""
    ordered = sorted(sections.items(), key=lambda kv: kv[1][0])
    named = [f"'{name if len(name) <= 60 else name[:57] + '...'}' (line {line}, {n} block{'s' if n != 1 else ''})"
             for name, (line, n) in ordered[:_SECTIONS_LISTED]]
    more = len(ordered) - _SECTIONS_LISTED
    return Diagnostic("I210", "info", f"not read as papers: {'; '.join(named)}"
                      + (f"; and {more} more section{'s' if more != 1 else ''}" if more > 0 else ""),
                      path, ordered[0][1][0])
