"""From labelled tokens to publications: cut a block into entries (sources/segment.py), decide which are papers,
fill the fields.

The labeller marks where each entry starts ("B-" labels) and the field of every token. An entry is a
paper when the labeller found a title and at least one more piece of evidence for it: authors, a venue, a
year, a status or a link to a paper. The venue text goes through the venue matcher, which also reads the
year, track, awards, status and rank claims written with it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import islice, takewhile

from ..bibfields import MONTH_MACROS
from ..lazyre import lazy_compile
from ..model import LATEST_YEAR, Publication, VenueParse
from ..normalize import CORRESPONDING, EQUAL, ROLE_MARKS, clean_name, read_locator, same_person
from ..text import CJK_CHAR, CJK_DATE, MASTERS, YEAR_MONTH, fold, split_name_list, squash
from ..venues import ACRONYM_WORD, ARXIV_ARCHIVES, may_name_track, parse_venue, two_digit_year
from . import repair
from .features import (
    DATE_ALONE,
    MONTHS,
    PAPER_HOST,
    STATUS_WORDS,
    THESIS_WORDS,
    YEAR,
    YEAR_ISSUE,
    Token,
    as_read,
    date_alone,
    join_tokens,
    styled,
    tokenize,
)
from .labeller import label
from .markup import SECTION_SEP, Block, Line, Span, chain_lines
from .repair.fields import STATUS_MARKS
from .repair.spans import index_of, whole_link
from .segment import entries
from .vocab import (
    CO_AUTHORS_BY,
    CV_LINK,
    DATA_NOTE,
    GROUP_NAME,
    KIND_HEADING,
    KIND_LEAD,
    LEAD_WORDS,
    LINK_WORD,
    NOTE_ON_A_PAPER,
    PAPER_PAGE,
    QUOTE_CLOSES,
    TITLE_QUOTES,
    name_shaped,
)


def _runs(toks: Sequence[Token], field: str) -> list[list[Token]]:
    runs: list[list[Token]] = []
    prev = -2
    for i, t in enumerate(toks):
        if t.field == field:
            if i == prev + 1 and runs:
                runs[-1].append(t)
            else:
                runs.append([t])
            prev = i
    return runs


def _author_tokens(toks: Sequence[Token]) -> list[Token]:
    """The entry's author names: the longest run of author-labelled tokens (names, and the marks and words that
    join them, other words between them included); a run apart from it, after a title or a venue ("*Interspeech*,
    Kos, Greece", "... In Doe, A. (Ed.)"), is no part of the author list."""
    runs: list[list[Token]] = []
    placed: list[list[Token]] = []  # runs after a venue that name a month: its place and date
    apart = True  # a title's or venue's word since the last run
    venue_seen = False
    sep: Token | None = None  # a list's separator read as no field inside the run ("Sihan Wu, [...], Hoon Kim")
    for t in toks:
        if t.field == "author" and not t.link_word:
            if apart or not runs:
                runs.append([])
            elif sep is not None and runs[-1][-1].text not in _NAME_SEPARATORS:
                runs[-1].append(sep)  # the names on either side stay apart
            runs[-1].append(t)
            apart, sep = False, None
        elif t.field in ("title", "venue"):
            apart = True
            venue_seen = venue_seen or t.field == "venue"
        elif t.text in _NAME_SEPARATORS and not apart and sep is None:
            sep = t
        if not apart and venue_seen and t.text.lower().rstrip(".") in MONTHS and not any(runs[-1] is x for x in placed):
            placed.append(runs[-1])
    if len(runs) < 2:
        return runs[0] if runs else []
    # "J. Bachrach. *Title.* In Proceedings of ..., Pittsburgh, PA, June 1986.": the place and month after the venue
    # are where and when it met, not a longer author list
    runs = [r for r in runs if not any(r is x for x in placed)] or runs
    return max(runs, key=lambda r: sum(1 for t in r if t.text[:1].isalpha()))


_NAME_SEPARATORS = frozenset({",", ";"})
_GROUP_AUTHOR = lazy_compile(r"((?:[Tt]he\s+)?(?:[A-Z][\w'’\-]*\s+){1,8}(?i:Investigators|Collaborators|Collaborative|"
                             r"Consortium|Study Group|Working Group|Collaborative Group|Group|Network|Collaboration|Team|"
                             r"Committee|Initiative|Alliance))\s*[.;]\s+(?=\S)")  # "The IMBIE team. Title"
# (or in brackets after it: "Title (pre-print)", "Title (To Appear)", "Title(in press)")
_STATUS_TAIL = lazy_compile(r"(?:[.;]\s*\(?|\s*[(\[]\s*)((?:currently\s+)?(?:in review|under review|under revision|"
                            r"submitted|in press|forthcoming|accepted|in preparation|working paper|job market paper|"
                            r"revise and resubmit|r&r|to appear|pre-?print))\s*[)\]]?\.?$", re.I)
_WITH_TAIL = lazy_compile(r"\s*\((?:[^(),]{3,40},\s*)?" + CO_AUTHORS_BY + r"\s+([^()]{3,200}?)\)?\s*$", re.I)


def coauthors_after(title: str) -> tuple[str, list[str]] | None:
    """A title followed by its co-authors in a bracket, in the page's language ("Title (with A. Lee and B. Kim)",
    "Title (com Daniel Araujo e Jorge Silva)"): the title without it and the names, or None when the bracket holds no
    list of names. (split_name_list reads the "and" of the pages' languages, "e", "y", "und"; not Polish and Catalan
    "i".)"""
    if (m := _WITH_TAIL.search(title)) is None:
        return None
    got, _ = split_name_list(re.sub(r"\s+i\s+", " and ", m.group(1)))
    if not got or not all(name_shaped(a) for a in got):
        return None
    return title[: m.start()].rstrip(" ,.;:"), got


_QUOTE_OPENS = re.compile(r"^[\s*_]*([" + "".join(QUOTE_CLOSES) + "])")
_QUOTE_ENDS = re.compile(r"([”»])[\s*_.,;:]*$")  # a closing quote mark that is not also an opening one
# the opening mark of each closing one (the first TITLE_QUOTES names: read in reverse, the first is written last)
_OPENING_OF = {c: o for o, c in reversed(TITLE_QUOTES.items()) if o != c}


def _clean_title(text: str) -> str:
    text = squash(text)
    opens = _QUOTE_OPENS.match(text)
    closes = _QUOTE_ENDS.search(text)
    text = _trimmed_title(text)
    if opens and re.search(re.escape(QUOTE_CLOSES[opens.group(1)]) + r"(?![^\W\d_])", text):
        # '“HIV Stigma Exists”—Exploring ...': a quoted phrase opens the title; only quotes around all of it go
        return opens.group(1) + text
    if closes is None:
        return text
    # 'Reply to comments on “Performance assessment of ...”': a quoted title closes the title; its mark stays
    opening = _OPENING_OF.get(closes.group(1))
    return text + closes.group(1) if opening is not None and text.count(opening) > text.count(closes.group(1)) else text


# a book's number written after its title ("Title (ISBN 978-84-9964-934-4)"): never part of a title
_BOOK_NUMBER_AFTER = re.compile(r"\s*[(\[]\s*(?:ISBN|ISSN)(?:-1[03])?\s*:?\s*[\dXx][\dXx \-–]{6,}[)\]]?\s*[.,;]?$", re.I)
# an entry's own number read into its title ("2. A proof of the optimal leapfrogging conjecture" in a table's cell,
# "1. The Combinatorial ..."; an ordinal "12º." or "36°.", as Spanish and Portuguese number): a title does not open
# with a list number
_LIST_NUMBER_BEFORE = re.compile(r"^\(?\d{1,3}[°º]?[.)]\s+(?=[A-Z\u00c0-\u00de])")
# the version and review status the open-review journals (F1000Research, Wellcome Open Research, Gates Open
# Research) print after every title: "Title [version 2; peer review: 2 approved]", "Title [v2; ref status: indexed,
# http://f1000r.es/24v]": never part of the title
_REVIEW_STATUS_AFTER = re.compile(r"\s*\[\s*(?:v|version)\s*\d+\s*;\s*(?:peer[- ]review|ref(?:eree)? status)\b[^\]]*\]?"
                                  r"\s*[.,;]?$", re.I)
_BOOK_NUMBER = re.compile(r"\bISBN(?:-1[03])?\s*:?\s*((?:97[89][\s-]*)?\d[\d\s-]{7,}[\dXx])\b", re.I)


def _trimmed_title(text: str) -> str:
    # (and the ideographic full stop and commas a Chinese or Japanese citation ends its title with: "...的解释。")
    text = re.sub(r"^[\s\"“”'‘’«»*_,.;:]+|[\s\"“”'‘’«»*_,;:。，；：、]+$", "", text)
    text = _BOOK_NUMBER_AFTER.sub("", text)
    text = _REVIEW_STATUS_AFTER.sub("", text)
    text = repair.GBT_CODE_AFTER.sub("", text)
    text = _LIST_NUMBER_BEFORE.sub("", text)
    # a square bracket at an end that the title does not close or open: a link's text left with its markup
    # (AsciiDoc's "link:url[Title]", Typst's "#link(url)[Title]": "[Title" or "Title]")
    if text.startswith("[") and text.endswith("]") and text.count("[") == text.count("]") == 1:
        text = text[1:-1].strip()  # ... or both, the whole title in them
    if text.startswith("[") and "]" not in text:
        text = text[1:].lstrip()
    if text.endswith("]") and "[" not in text:
        text = text[:-1].rstrip()
    # a bracket opened near the end and never closed: the run went on into a note ("Title (Updated 8/2026)")
    cut = text.rfind("(")
    if cut > 0 and ")" not in text[cut:] and len(text) - cut <= 30:
        text = text[:cut].rstrip(" ,;:-–—")
    if text.endswith(".") and not re.search(r"\b(?:[A-Z]|al|etc|vs|[A-Z][a-z])\.$", text):
        text = text[:-1]
    return text.strip("\"“”'‘’ ")


_CODE = re.compile(r"^\s*@\w+\s*\{|\b[a-z]+\s*=\s*[{\"]|\{%|\{\{")  # BibTeX fields, Liquid and Hugo tags
# a sentence saying what a paper does, under it on a card or in its list item ("Leverages a vision-language-action
# model to predict ...", "Examines how firms use ...", "A framework that decouples ...", "Generates scenes with ..."):
# a verb of saying or doing, then no preposition (a title opens with a noun: "Surveys of ...", "Models for ...")
_DESCRIBES = lazy_compile(
    r"(?:Examines|Explores|Investigates|Proposes|Presents|Introduces|Develops|Leverages|Generates|Shows|Demonstrates|"
    r"Provides|Describes|Analy[sz]es|Evaluates|Estimates|Documents|Argues|Considers|Extends|Enables|Combines|"
    r"Compares|Applies|Builds|Offers|Establishes|Reveals|Quantifies|Characteri[sz]es|Identifies|Assesses|Discusses|"
    r"Predicts|Improves|Explains|Designs|Creates|Achieves|Addresses|Tackles|Captures|Decouples|Integrates|Exploits|"
    r"Derives|Formulates|Unifies|Uncovers|Highlights|Enhances|Outlines|Summari[sz]es|Reviews|Uses|Studies)"
    r"\s+(?!(?:of|in|on|for|and|or|from|with|at|to|as|by|into|under|across)\b)[a-z]"
    r"|(?:A|An)\s+(?:[\w-]+\s+){1,3}?(?:that|which)\s+(?:is\s+|are\s+)?[a-z]+(?:s|es|ing)\b")
_DESCRIPTION_WORDS = 6  # words at least: a description is a sentence


# a sentence about a paper, not its title: "It explores the problems novice makers experience"
_SENTENCE_START = re.compile(r"^(?:It|This|These|They|He|She|We|I|Our|My)\s+[a-z]+\s+[a-z]"
                             r"|^(?:is|was|are|were|has|have|had|will|got|gets)\s+[a-z]"  # a clause's verb: "is thrilled to"
                             # a template's instructions: "Go to the repository's settings ... Rename the repository"
                             r"|^(?:Go to|Click|Fork|Rename|Clone|Install|Edit|Visit|Upload|Check out|Set up)"
                             r"\s+(?:the|this|your|on|here|a|an|it)\b")
_FIRST_PERSON = lazy_compile(r"\b(?:[Ww]e|[Oo]ur|I|[Mm]y|[Tt]his (?:paper|work|article|study))\b")
_FIRST_PERSON_CITED = lazy_compile(r"\b(?:[Ww]e|[Oo]ur|[Mm]y|[Tt]his (?:paper|work|article|study))\b")
_QUESTION_WE = lazy_compile(r"\b(?:[Cc]an|[Dd]o|[Ss]hould|[Aa]re|[Dd]id|[Cc]ould|[Ww]ill|[Hh]ave|[Mm]ust|[Ww]here|[Hh]ow)\s+"
                          r"(?:[Ww]e|I)\b")  # a title's question ("Can We Generate Images with CoT?") is no first person
_QUESTION = lazy_compile(r"[^.?!:]*\?")  # a question of a title's, to its question mark
_BIO = re.compile(r"(?:His|Her|Their|My|Our) (?:research|work|interests?|current|main|primary)\b|I am\b|I'm\b|I was\b|We are\b")
# the page's owner speaking ("I was", "I worked", "my current post"), not an initial ("I. Lee") nor a numeral ("Part I")
# "I was", "my PhD", "My work": the writer speaking (not "My Title" opening a title, nor "Part I" ending a title's)
_I_SAID = lazy_compile(r"\b(?:I|My)\s+[a-z]|\bmy\s+[^\W\d_]")
_PROSE_WORDS = 30  # a paragraph this long that says "I" three times is about its writer
_I_AM = lazy_compile(r"\bI(?:'m|’m| am| was)\b")  # the owner saying what they are or were
_LEADING_QUOTE = lazy_compile(r"\W*[“\"‘'][^”\"’']{1,120}[”\"’']")  # a title's opening words in quotes
_SENTENCE_BREAK = lazy_compile(r"[a-z]{3}[.!] [A-Z][a-z]")
# a page's own directions to the reader ("For the most up-to-date version, check out this ADS library", "Click here
# for a full list", "Download CV as PDF", "You can find my publications on Google Scholar"): with no names and no
# venue, such a line is not a paper
_NAVIGATION = lazy_compile(r"\b(?:check out|click|visit|see (?:my|the|also|here)|(?:full|complete|updated?) list|"
                         r"up[- ]to[- ]date|download (?:my|the|cv|pdf)|please (?:see|refer|visit)|powered by|"
                         r"built with|theme by|(?:can|may) be found (?:on|at|in|here)|you (?:can|may|will) find|"
                         r"google ?scholar|semantic scholar|dblp|orcid|researchgate|author profile)\b", re.I)


# the page's owner speaking ("my", "our"): with the directions above, a line that sends the reader to a list
# elsewhere, whatever the labeller read around it
_OWN = lazy_compile(r"\b(?:my|our)\b", re.I)

# a page's footer ("© Copyright 2019 A. Author - All Rights Reserved"), read with its year and its owner's name
_FOOTER = lazy_compile(r"©|\ball rights reserved\b|\bcopyright\s*(?:\(c\)\s*)?(?:19|20)\d\d\b", re.I)


def _title_shaped(title: str, cited: bool = False) -> bool:
    """What no title looks like: running text (an abstract, a bio: first person, sentences, or a clause cut
    from one, "is the first framework. Since ..."), BibTeX or template code ("title = {...}"), a paragraph.
    A title `cited` with authors and a venue around it may hold a capital I ("See what I'm saying?", "Part I:", "H I
    mass") and sentences ("(xSAGA). I. Satellite ...")."""
    words = len(title.split())
    if _CODE.search(title) or words > 50 or _FOOTER.search(title):
        return False
    if words <= 20 and _NAVIGATION.search(title) and _OWN.search(title):
        return False  # the page's owner pointing at a list elsewhere ("You can find my publications on Google Scholar")
    # a participant's words quoted before a subtitle, in a citation ("“We are still putting out fires”: Considering
    # educator intentionality ...", qualitative research's titles), are no sentence of the page's
    said = _LEADING_QUOTE.match(title) if cited else None
    # ... nor is a cited title's question ("Do correctional facilities correct our youth?: Effects of ...")
    asked = _QUESTION_WE.sub("", title[said.end():] if said else title)
    if cited and not said and (colon := asked.find(":")) > 0:
        # ... nor a cited title's main phrase before its subtitle ("We’ll Fix It in Post: What Do Bug Fixes in Video
        # Game Update Notes Tell Us?", with its authors and venue: the paper was lost)
        asked = asked[colon + 1:]
    person = (_FIRST_PERSON_CITED if cited else _FIRST_PERSON).search(_QUESTION.sub("", asked) if cited else asked)
    if words > 12 and (person or (not cited and _SENTENCE_BREAK.search(title))):
        return False
    if not cited and "。" in title.rstrip("。 "):
        return False  # two sentences of Chinese or Japanese running text (an abstract); a title has no full stop
    first = title.lstrip("\"“‘'([")
    quoted = said is not None or (cited and ":" in title)  # "We Are What We Eat: ..." with authors and a venue
    if _SENTENCE_START.match(first) and not quoted:
        return False
    if not cited and words >= _DESCRIPTION_WORDS and _DESCRIBES.match(first):
        return False
    if repair.ends_no_title(title.split()[-1]):
        return False  # a phrase cut from a sentence ("Given my understanding of the challenges in the field of")
    if _BIO.match(first) and not quoted:
        return False
    # a lower-case first word is a sentence's, not a name's with capitals or digits in it ("miR-100", "p53", "mTOR")
    lower = first[:1].islower() and not any(c.isupper() or c.isdigit() for c in first.split()[0])
    if lower and not cited and first.split()[0].lower().rstrip(".,:") in _FUNCTION_OPENERS:
        return False  # a phrase cut from text around a link ("in english", "at The 27th ACM ...", "with P. Lee")
    return not (lower and (words > 12 or _SENTENCE_BREAK.search(title)))


# the little words a phrase, not a title, opens with (in lower case): a title with no authors and venue around it
_FUNCTION_OPENERS = frozenset("in at with am en of for to from by on and or the a an pp is are was were".split())


# (and the kinds of work a lead-in names: "PhD thesis: Title", "Technical report: Title")
_LEAD_INS = LEAD_WORDS | frozenset("tl dr in with background motivation report chapter".split()) | repair.FIELD_KEYS \
    | THESIS_WORDS


def _with_article(toks: Sequence[Token], run: list[Token]) -> list[Token]:
    """The title run with its opening article when the labeller read "A" as an initial ("*A Latent Semantic Model
    ...*", "A 3-D tail explant culture ..."): right before the run, on its line, after no name of the author list."""
    start = index_of(toks, run[0])
    if start < 1 or toks[start - 1].text not in ("A", "An") or toks[start - 1].field == "author" \
            or toks[start - 1].line != run[0].line or not run[0].text[:1].isalnum():
        return run
    before = toks[start - 2] if start >= 2 else None
    if before is not None and before.line == run[0].line and (before.field == "author" or before.text[:1].isalpha()):
        return run  # "Lee, A Title" or words before it: an initial, or a phrase the title does not open
    return [toks[start - 1], *run]


def _with_name_prefix(toks: Sequence[Token], run: list[Token]) -> list[Token]:
    """The title run with the name that heads it when the labeller left that name out: "SeaPO: Strategic
    Error ..." (a system's name and a colon at the start of the title's line; lead-ins such as "Abstract:"
    are not names)."""
    start = next((i for i, t in enumerate(toks) if t is run[0]), -1)
    if start < 2 or toks[start - 1].text not in (":", "：") or toks[start - 1].field != "other":
        return run
    # ... also a bold name the labeller took for the only author ("**Gait Gestures**: Examining Stride ...")
    bold_name = toks[start - 2].bold and all(t.bold for t in toks if t.field == "author" and t.line == run[0].line) \
        and not any(t.field == "author" and t.line != run[0].line for t in toks)
    fields = ("other", "title", "author") if bold_name else ("other", "title")
    j = start - 2
    while j >= 0 and toks[j].line == run[0].line and toks[j].field in fields \
            and (toks[j].text[:1].isalnum() or toks[j].text in "-+"):
        j -= 1
    name = toks[j + 1: start - 1]
    words = [t.text for t in name if t.text[:1].isalnum()]
    # the name starts its line (after a list mark or an opening bracket at most): "A ® B ® Name: Title" is not one
    at_line_start = j < 0 or toks[j].line != run[0].line or (
        toks[j].text in ("(", "[", "•", "*", "-", "–", "—", "|", "#")
        and (j == 0 or toks[j - 1].line != run[0].line or not toks[j - 1].text[:1].isalnum()))
    if not (1 <= len(words) <= 3) or not at_line_start or any(w.lower() in _LEAD_INS for w in words):
        return run
    if any(t.field == "author" for t in name) and any(t.field == "author" for t in toks[start:]):
        return run  # names after the title too: the bold run is the first author's, not a title's head
    for t in name:
        t.label = "title"
    return [*name, toks[start - 1], *run]


# the words that end a publisher's name ("MIT Press", "Springer-Verlag", "Wiley-Blackwell Publishing")
_PRESS_WORDS = r"press|verlag|publishers?|publishing"
# a publisher of books by the words of its name (those, and "Editora Unesp", "Éditions du Seuil", "Edizioni ETS",
# "Penguin Books")
_BOOK_PUBLISHER = lazy_compile(rf"\b(?:{_PRESS_WORDS}|books|editora|(?:é|e)ditions|editorial|edizioni|ediciones)\b",
                               re.I)
# a venue that is only a publisher's name ("University of Chicago Press", "Oxford University Press", "Springer Verlag")
_PRESS_NAME = lazy_compile(rf"(?:[^\W\d_][\w.&'’-]*\s+){{0,5}}(?:{_PRESS_WORDS})", re.I)
# the marks that close a name in 《》 or 『』 close the venue ("《经济问题》，2025", "『社会学評論』73(2)")
_NAME_CLOSES = frozenset({"》", "』"})


# the words that name a series of papers after its name ("NBER Working Paper No. 31234", "Discussion Papers",
# "Policy Research Series"), which the labeller may leave out of the venue
_SERIES_WORDS = frozenset({"paper", "papers", "series"})


# "arXiv preprint arXiv:2602.02908": the words of a preprint's own line, which belong with its server's name
_PREPRINT_WORDS = frozenset({"preprint", "arxiv", "e-print", "eprint", "biorxiv", "medrxiv", "ssrn"})


def _publisher_named(toks: Sequence[Token]) -> str:
    """An entry with no venue that names its publisher ("Title. Cambridge: Polity Press.", "D.Phil. thesis, University
    of Oxford."): the book's publisher, the thesis's school, is where it appeared. A place before a colon is not."""
    names = [run for run in _runs(toks, "publisher")
             if not ((k := index_of(toks, run[-1]) + 1) < len(toks) and toks[k].text == ":")]
    return join_tokens(names[-1]).strip(" .,;:") if names else ""


# what a page says a work is when it is a thesis, after its title: "PhD thesis, University of Oxford", "(Doctoral
# dissertation, University X)" (APA), "[Master's thesis, X]", "Ph.D. dissertation, Dept. of EECS, MIT" (IEEE),
# "[dissertation]" (Vancouver), "Dissertation, Universität Bonn"; groups 2 and 5 a master's, the others a doctor's
# (not "Dissertation Abstracts", a journal, nor "ProQuest Dissertations Publishing", a database)
_THESIS_SAID = lazy_compile(
    r"(?<![\w.])(?:unpublished\s+)?(?:(ph\.?\s?d\.?|doctoral|doctorate|d\.?\s?phil\.?)|"
    r"(" + MASTERS + r"|m\.?\s?(?:a\.?\s?)?sc?\.?|m\.?\s?phil\.?|m\.?\s?res\.?|m\.?\s?eng\.?|m\.?\s?a\.?))\s+"
    r"(?:thesis|dissertation)(?!\w)(?!\s+(?:award|prize|chapter))|"
    r"(?<![\w.])(dissertation)(?=\s*(?:[,.;:\])]|$|at\b|submitted\b|presented\b))|"
    # in the pages' languages: "Thèse de doctorat", "Tese de doutorado", "Tesis doctoral", "Tesi di dottorato";
    # "Dissertação de mestrado", "Tesis de maestría", "Mémoire de master"
    r"(?<!\w)(th(?:è|e)se de doctorat|tese de doutorado|tesis doctoral|tesi di dottorato)(?!\w)|"
    r"(?<!\w)(disserta(?:ç|c)(?:ã|a)o de mestrado|tesis de maestr(?:í|i)a|m(?:é|e)moire de master)(?!\w)", re.I)
# how the words _THESIS_SAID needs start: "thesis", "dissertation", "thèse", "tese", "tesis", "tesi", "mémoire"
_THESIS_HEADS = frozenset({"thes", "thès", "diss", "tese", "tesi", "mémo", "memo"})
_SCHOOL_AFTER = lazy_compile(r"[\s,:;–-]*([^()\[\]]*?)[\s,.;:]*(?:$|[)\]]|(?:19|20)\d\d\b)")


def _thesis_said(toks: Sequence[Token], end: int, venue_raw: str | None) -> tuple[str, str] | None:
    """("phdthesis" or "mastersthesis", its school) when the words after the title say the work is a thesis. The
    school is what the thesis's words name after them, in their bracket or up to the year ("(Doctoral dissertation,
    University of Somewhere). ProQuest ...": not the database after it); else the venue read."""
    if not any(t.text[:4].lower() in _THESIS_HEADS for t in toks[end:]):
        return None  # (most entries: no word of a thesis, and no text to join and search)
    text = join_tokens(toks[end:])
    m = _THESIS_SAID.search(text)
    if m is None:
        return None
    kind = "mastersthesis" if m.group(2) or m.group(5) else "phdthesis"
    after = _SCHOOL_AFTER.match(text, m.end())
    school = after.group(1).strip() if after else ""
    opened = text[:m.start()].rstrip()[-1:] in ("(", "[")
    if len(school) >= 3 and school[:1].isalpha() and (opened or not venue_raw):  # (not "118 pp.")
        return kind, school
    # the venue read, unless it is only the thesis's words ("PhD dissertation, 2023": no school named)
    rest = " ".join(YEAR.sub(" ", _THESIS_SAID.sub(" ", venue_raw or "")).split()).strip(" ,.;:-()[]")
    return kind, (venue_raw or "") if len(rest) >= 3 else school


def _known(venue: str | None, db) -> bool:  # type: ignore[no-untyped-def]
    """Whether the database knows the venue by one of its names (a journal's paper that says it is part of a thesis
    is the journal's)."""
    vm = db.match(venue) if venue else None
    return vm is not None and vm.venue is not None and vm.method == "alias"


def _venue_region(toks: Sequence[Token], run: Sequence[Token]) -> list[Token]:
    """The venue as the page writes it: the venue run and what follows it on its line that belongs with a
    venue (year, track, status, award and rank tags, volume and pages, short connecting words and
    punctuation), so the venue parser reads "EMNLP 2024, CCF A" or "Nature 626, 517–522 (2024)" whole."""
    start = next((i for i, t in enumerate(toks) if t is run[0]), None)
    if start is None:
        return list(run)
    j = start + len(run)
    while j < len(toks) and toks[j].line == run[0].line and not toks[j].href and toks[j].text not in _NAME_CLOSES:
        lab = toks[j].field
        if lab in ("venue", "year", "award", "status", "volume") or (lab == "other" and (
                not toks[j].text[:1].isalnum() or len(toks[j].text) <= 3 or toks[j].text.lower() in _PREPRINT_WORDS
                or (toks[j].text.lower() in _SERIES_WORDS and toks[j - 1].field == "venue"))):
            j += 1
        else:
            break
    while j > start + len(run) and toks[j - 1].field == "other":
        if toks[j - 1].text == ")" and (o := _open_bracket(toks, start, j - 1)) is not None \
                and any(t.field in ("status", "venue") for t in toks[o + 1:j - 1]):
            break  # ... but the bracket closing a note on where or how far ("(under review at ICML)"), not "(2026)"
        j -= 1  # no trailing punctuation or connector
    # a bracketed note right after it that says how far the paper got or where: "(under review at ICML)"
    k = j
    while k < len(toks) and toks[k].line == run[0].line and toks[k].text in (",", ".", ";"):
        k += 1
    if k < len(toks) and toks[k].text == "(" and toks[k].line == run[0].line:
        end = next((m for m in range(k + 1, min(len(toks), k + 14)) if toks[m].text == ")"), None)
        inner = toks[k + 1:end] if end is not None else []
        if end is not None and inner and all(t.line == run[0].line and not t.href for t in inner) and (
                any(t.field in ("venue", "status", "award", "year") for t in inner)
                or any(t.text.lower() in STATUS_WORDS for t in inner)):
            j = end + 1
    return list(toks[start:j])


def _open_bracket(toks: Sequence[Token], start: int, close: int) -> int | None:
    """Where the bracket that toks[close] closes opens, at or after `start` (None: it opens before)."""
    depth = 0
    for k in range(close - 1, start - 1, -1):
        depth += {")": 1, "(": -1}.get(toks[k].text, 0)
        if depth < 0:
            return k
    return None


def _title_line(toks: Sequence[Token]) -> list[list[Token]]:
    """An entry the labeller gave no title whose first line is read as the start of its author list although
    it has no separator in it ("Few-Shot Table Repair" over "**E. Vasquez**, M. Chen"): that line is the title."""
    lines = sorted({t.line for t in toks})
    if len(lines) < 2:
        return []
    first = [t for t in toks if t.line == lines[0]]
    rest_authors = [t for t in toks if t.line != lines[0] and t.field == "author"]
    words = [t for t in first if t.text[:1].isalpha()]
    if len(words) < 2 or not rest_authors:
        return []
    # a line with separators is an author list unless its words are not names ("Parameter-efficient and
    # student-friendly knowledge distillation": lower-case words)
    if any(t.text in (",", ";", "&") or t.text.lower() == "and" for t in first) \
            and sum(w.text[0].isupper() for w in words) > 0.6 * len(words):
        return []
    # ... or words of it read as a venue, where the entry's venue is written below ("MiMo-VL Technical Report" over
    # the authors and "Arxiv 2025")
    later_venue = any(t.field == "venue" and t.line != lines[0] for t in toks)
    if not all(t.field in ("author", "other") or (later_venue and t.field == "venue") for t in first) \
            or any(t.href and not t.bold for t in first):
        return []
    for t in first:
        if t.text[:1].isalnum():
            t.label = "title"
    return [[t for t in first if t.label == "title" or t.text[:1].isalnum() or t.text in ":-"]]


_ACCEPTED = frozenset({"accepted", "published", "appear", "appears", "presented", "submitted", "resubmitted"})
_LINKING = frozenset({"is", "was", "has", "have", "been", "got", "gets", "be", "are", "were", "paper", "work", "our", "to",
                      "status"})  # "Status: Submitted to ..."


def _accepted_at(toks: Sequence[Token], run: Sequence[Token]) -> None:
    """News-style entries: '"Title" is accepted to ACL 2024 Findings.', "Our paper X was published in Nature!", and
    working papers: "*Title*. Status: Submitted to *Quality & Quantity*.": with no venue labelled, the words after
    "accepted/published/appear/submitted ... to/at/in/by" up to the sentence's end are the venue (its year, a
    year)."""
    end = next((i for i, t in enumerate(toks) if t is run[-1]), -1)
    i = end + 1
    n = len(toks)
    while i < n and toks[i].label in ("other", "status") and (not toks[i].text[:1].isalnum()
                                                             or toks[i].text.lower() in _LINKING):
        i += 1
    if i >= n or toks[i].text.lower() not in _ACCEPTED:
        return
    i += 1
    if i < n and toks[i].text.lower() in ("to", "for") and i + 1 < n and toks[i + 1].text.lower() == "appear":
        i += 2  # "accepted to appear in"
    if i >= n or toks[i].text.lower() not in ("to", "at", "in", "by", "as"):
        return
    i += 1
    j = i
    while j < n and toks[j].line == toks[i].line and toks[j].text not in ("!", ";") \
            and not (toks[j].text == "." and (j + 1 == n or toks[j + 1].line != toks[j].line or toks[j + 1].text[:1].isupper())) \
            and toks[j].label in ("other", "venue", "year", "status", "award") and j - i < 20:
        j += 1
    if j > i:
        for t in toks[i:j]:
            t.label = "year" if YEAR.fullmatch(t.text) else "venue"


def _track_after_venue(toks: Sequence[Token]) -> None:
    """"... accepted to ACL 2024 Findings.": a word or few left unlabelled right after a venue (and its year), on its
    line, that name the venue's track (the venue with them has a track, without them none) are the venue's."""
    n = len(toks)
    for i in range(n - 1):
        if toks[i].field not in ("venue", "year") or toks[i + 1].label != "other" or toks[i + 1].line != toks[i].line:
            continue
        a = i
        while a and toks[a - 1].field in ("venue", "year") and toks[a - 1].line == toks[i].line:
            a -= 1
        if not any(t.field == "venue" for t in toks[a:i + 1]):
            continue
        k = i + 1  # the words that may name the track
        while k < min(i + 4, n) and toks[k].label == "other" and toks[k].line == toks[i].line and toks[k].text.isalpha():
            k += 1
        if not may_name_track(join_tokens(toks[a:k])):
            continue  # no word of a track's name: no venue string here has one (parse_venue is left unasked)
        head = join_tokens(toks[a:i + 1])
        if parse_venue(head).track:
            continue
        for j in range(i + 1, k):
            if parse_venue(join_tokens(toks[a:j + 1])).track:
                for t in toks[i + 1:j + 1]:
                    t.label = "venue"
                break


def _after_bracket_close(run: list[Token]) -> list[Token]:
    """A title run that opens inside the bracket before it, up to its closing mark and a full stop ("(2025, [September
    8). How to teach reproducible research]", "(Expected [September submission). Taking control of ...]"): the
    bracket's words are the date or a note, the title starts after them."""
    for k, t in enumerate(run[:8]):
        if t.text == "(":
            return run
        if t.text == ")" and k + 2 < len(run) and run[k + 1].text == "." and run[k + 2].text[:1].isupper():
            for x in run[:k + 2]:
                x.relabel("other")
            run[k + 2].label = "title"
            return run[k + 2:]
    return run


# what a talk or a poster says right after its title, where a paper names its venue ("Vortrag auf der SIG 27
# Conference", "Invited talk at ...", "Poster presented at ...", APA's "Paper presented at the annual meeting of
# ..."): talks are no papers, posters optional ones
_TALK_AT = lazy_compile(r"(?:invited |keynote |plenary |contributed )?(?:talk|vortrag|gastvortrag|posterbeitrag|"
                        r"poster(?: presented)?|keynote|lecture|presentation|ponencia|palestra|exposé)"
                        r"\s+(?:at|auf|an|bei|im|given at|presented at|en|na|no|in)\b"
                        r"|(?:conference )?paper\s+(?:presented|given|read)\s+(?:at|to|before)\b", re.I)


def _talk_after(toks: Sequence[Token], run: Sequence[Token]) -> bool:
    """Whether the words right after the title (past its marks) say it was a talk or a poster at a place, and the
    entry names no venue of its own before them; also when the title run goes on past its full stop into them."""
    if any(t.text == "." and k >= 3 and _TALK_AT.match(join_tokens(run[k + 1:k + 6])) for k, t in enumerate(run)):
        return True
    end = index_of(toks, run[-1]) + 1
    k = end
    while k < len(toks) and not toks[k].text[:1].isalnum():
        k += 1
    return k < len(toks) and bool(_TALK_AT.match(join_tokens(toks[k:k + 5]))) \
        and not any(t.field == "venue" for t in toks[:end])


# a tag that says an entry is a talk, not a paper, written before it: on a line of its own ("<sub>Conference
# Talk</sub>" over the speakers and the title, "Invited talk") or before the title on its line ("[Talk] Title ...",
# "Keynote: Title ...")
# "Keynote: Title ...", a CV's "5/17: Invited minisymposium talk, /Title/, ...", "Contributed poster, ...")
_TALK_TAG = lazy_compile(r"\W*(?:\d{1,2}/\d{2,4}\s*[:\-–]\s*)?"
                         r"(?:(?:invited|conference|keynote|plenary|contributed|guest|public|panel|seminar)\s+)?"
                         r"(?:(?:minisymposium|symposium|workshop|oral|poster|session)\s+)?"
                         r"(?:talks?|lectures?|webinars?|keynotes?|presentations?|seminars?|panel discussions?|posters?|"
                         r"participant|vortrag|ponencia|palestra)\W*", re.I)


_TALK_TAG_WORDS = 6  # tokens: "Invited minisymposium talk," at most


def _talk_tag(toks: Sequence[Token], run: Sequence[Token]) -> bool:
    """Whether the entry opens with a tag that says it is a talk (_TALK_TAG): the words of its first line before the
    title, not a heading read with the block."""
    lead = [t for t in toks[:index_of(toks, run[0])] if t.line == toks[0].line]
    if lead and not any(t.tag == "heading" for t in lead) and _TALK_TAG.fullmatch(join_tokens(lead)):
        return True
    # the tag read as the title's first words, up to a comma ("Invited minisymposium talk, /Title/, Meeting")
    # (two words at least: "Talk, Listen, Respond: Dialogue Agents" and "Poster, Print and Pixel" are titles)
    comma = next((k for k, t in enumerate(run[:_TALK_TAG_WORDS]) if t.text == ","), None)
    return comma is not None and comma > 1 and bool(_TALK_TAG.fullmatch(join_tokens(run[:comma])))


def _kind_tag(toks: Sequence[Token]) -> None:
    """A line of its own opening the entry that names its kind ("<sub>Journal article</sub>" over the authors'
    line), read as authors: it is no name (the labeller ran it into the first author's)."""
    end = next((k for k, t in enumerate(toks) if t.line != toks[0].line), len(toks))
    if end < len(toks) and toks[0].tag != "heading" and any(t.field == "author" for t in toks[:end]) \
            and KIND_HEADING.fullmatch(join_tokens(toks[:end])):
        for t in toks[:end]:
            t.relabel("other")


def _venue_tail(run: list[Token], db, after: Token | None = None,  # type: ignore[no-untyped-def]
                rest: Sequence[Token] | None = None) -> list[Token]:
    """A title run that goes on past its full stop (or question mark) into a venue the database knows by name and a
    year or, right after the run, a volume or the entry's end ("Curriculum consistency learning for sentence
    generation. EMNLP 2024.", "Title. Environmental Archaeology: The Journal of Human Palaeoecology. 20 (4)", "...
    in Serengeti National Park? Oryx, 1-10.", "[Title](pdf). eNeuro"), or into "In" and a name ("Title. In Norsk
    IKT-konferanse (No. 3)"): the tail is where the paper appeared."""
    # a full stop after three tokens of the title at least (a title in Chinese or Japanese is one token)
    stops = [k for k, t in enumerate(run[:-1]) if t.text in (".", "?", "!") and (k >= 3 or len(run[0].text) >= 8)]
    if not stops:
        return run
    for k in stops:  # the first stop before "In" ("Title. In David S. Touretzky, editor, ...": not the initial's; and
        # as the pages' languages write it, features.as_read: "Título". En *Libro*, editado por ...)
        tail = [t for t in run[k + 1:] if t.text not in (".", ":")]
        if len(tail) >= 2 and as_read(tail[0].text) == "In" and run[k + 2].text in (":", tail[1].text) \
                and (tail[1].text[:1].isupper() or not tail[1].text[:1].isascii()) \
                and not parse_venue(join_tokens(tail)).status:  # "In Review", "In Press" are statuses
            # "Title. In: Handbook of ...", "研究. In 第 17 屆 ...研討會": the book or meeting it appeared in
            for t in run[k + 1:]:
                t.label = "other" if t is tail[0] or t.text == ":" else ("year" if YEAR.fullmatch(t.text) else "venue")
            return run[:k + 1]
    k = stops[-1]
    tail = [t for t in run[k + 1:] if t.text != "."]
    numbered = after is None or (after.text[:1].isdigit() and not YEAR.fullmatch(after.text)) \
        or _vancouver_date(after, rest)
    # the venue's volume and pages read into the run too ("... predators. Ecosphere 14: e4461")
    named = len(tail)
    while named > 1 and _LOCATOR_TOKEN.fullmatch(tail[named - 1].text) and not YEAR.fullmatch(tail[named - 1].text):
        named -= 1
    if named < len(tail) and tail[named].text[:1].isdigit():
        numbered = True  # the run ends with a volume that opens right after the name
    else:
        named = len(tail)
    if not 1 <= named <= 12 or not (any(YEAR.fullmatch(t.text) for t in tail) or numbered):
        return run
    # a journal named by a common word ("Mathematics", "Vaccine") is looked up too: a volume or the entry's end after
    # the title's last sentence puts it in a venue's place, as sentence_venue does
    vm = db.match(join_tokens(tail[:named]), field=True)
    if (vm.venue is None or vm.method != "alias") and not (
            rest is not None and 2 <= named <= 8 and all(_NAME_WORD.fullmatch(t.text) for t in tail[:named])
            and tail[0].text[:1].isupper() and repair.cited_numbers([*tail, *rest], named)):
        # (a journal the database does not know, abbreviated as Medline writes it, before its volume with its issue or
        # pages: "... resistance. PLOS Glob Public Health 3(2): e0001579", "Res Widget Sci 12, 45-67")
        return run
    volume = {id(t) for t in tail[named:]}
    for t in run[k + 1:]:
        t.label = "year" if YEAR.fullmatch(t.text) else "volume" if id(t) in volume and t.text[:1].isalnum() \
            else "other" if id(t) in volume else "venue"
    return run[:k + 1]


def _vancouver_date(after: Token, rest: Sequence[Token] | None) -> bool:
    """Whether the run is followed by a citation's date as Vancouver and PubMed write it after the journal's full stop,
    its year and then a month or the semicolon before the volume ("Neuropsychopharmacology. 2013 Sep;38(10):1954-62",
    "Cereb Cortex. 2013;23:2044-57")."""
    if rest is None or not YEAR.fullmatch(after.text):
        return False
    k = next((i for i, t in enumerate(rest) if t is after), None)
    nxt = rest[k + 1] if k is not None and k + 1 < len(rest) else None
    return nxt is not None and (nxt.text == ";" or nxt.text.lower()[:3] in _MONTH_STARTS)


# a month's first three letters, or a season's ("2013 Spring;5(2)", as PubMed dates an issue of a season)
_MONTH_STARTS = frozenset(m[:3] for m in MONTHS) | {"spr", "sum", "fal", "win"}
# a word of a journal's name: capitalised, or a small word between ("Journal of X", "Res & Dev")
_NAME_WORD = lazy_compile(r"[A-Z][\w'’-]*|of|and|&|for|in|on|the|de|der|und|et")
# a token of a volume, issue, pages or article number ("14", ":", "e4461", "(", "3", ")", "123-130", ",")
_LOCATOR_TOKEN = lazy_compile(r"\d+(?:[-–]\d+)?|e\d+|[A-Z]?\d+[A-Z]?|[:,()]|[-–]")


# the keys an author list may follow: those that name the author field (repair's keyed fields), and those of a
# whole citation written after its key ("Citation: Surname, I., ...")
_AUTHOR_KEYS = repair.AUTHOR_KEYS | {"citation", "cite", "reference", "written"}


def _without_key(authors: list[Token], toks: Sequence[Token]) -> list[Token]:
    """An author list after the key of its field ("Citation: Srinivasan, V.N., Butler, C.S.", "Authors: ...",
    "Autores: ..."): the key and its colon are no name; nor is the "by" before a list after a title ("[Title](url) by
    A. Lee, B. Kim", '"Title," by A. Lee'), where the list is the paper's authors; after a word ("mentored by A. Lee",
    a news item's) the names are no one's list."""
    if len(authors) > 1 and authors[0].text in ("by", "By"):  # (INSPIRE's line under a title: "By E. L. Berger, ...")
        k = index_of(toks, authors[0])
        if k and toks[k - 1].text[:1].isalpha() and toks[k - 1].text.islower() and not toks[k - 1].href:
            return authors
        return authors[1:]
    colon = next((i for i, t in enumerate(authors[:5]) if t.text in (":", "：")), None)
    if colon and colon + 1 < len(authors) and authors[0].text.lower() in _AUTHOR_KEYS \
            and all(t.text in ("(", ")", "s") for t in authors[1:colon]):  # "Author(s):"
        return authors[colon + 1:]
    return authors


_STATUS_NOT_NAME = frozenset({"forthcoming", "submitted", "accepted", "preprint", "unpublished"})


def _status_after_names(toks: Sequence[Token]) -> None:
    """"**Lee, Jiwon.** Forthcoming.": a status word read with the author list that it ends is the status."""
    for i, t in enumerate(toks):
        if t.field == "author" and t.text.lower() in _STATUS_NOT_NAME \
                and (i + 1 == len(toks) or toks[i + 1].field != "author" or toks[i + 1].text in (".", ",")):
            t.relabel("status")


def _tag_year(toks: Sequence[Token]) -> None:
    """"SRH [Findings of EMNLP 24]", "SeaPO [EMNLP 25, CCF B]": two digits closing a venue tag, in an entry that has
    no year and no other volume, issue or pages, are the tag's year (a volume has its pages; "Ecology Letters
    23:1–9" names no year)."""
    nums = [i for i, t in enumerate(toks) if t.field == "volume"]
    if len(nums) != 1 or any(t.field == "year" for t in toks):
        return
    i = nums[0]
    if re.fullmatch(r"\d\d", toks[i].text) and i and toks[i - 1].field == "venue" \
            and (i + 1 == len(toks) or toks[i + 1].text in ("]", ")", ",", ";")):
        toks[i].label = "year"


def _year(toks: Sequence[Token], i: int) -> int | None:
    """A year token's year: four digits, or two right after a venue's acronym ("EMNLP 24", "ToMM 23": 00-49 and
    80-99). Two digits after a journal's name ("*Cities* 30:59–67", "AI Magazine 35") or before its pages are its
    volume."""
    w = toks[i].text
    if YEAR.fullmatch(w):
        return int(w) if int(w) <= LATEST_YEAR else None  # "RIMS Kôkyûroku, 2096": a volume, no year to come
    if (m := YEAR_ISSUE.fullmatch(w) or YEAR_MONTH.fullmatch(w) or CJK_DATE.fullmatch(w)) \
            and int(m.group(1)) <= LATEST_YEAR:
        return int(m.group(1))  # "2020年第3期" (a Chinese journal's year and issue), "2025-06", "2023年3月" (dates)
    if re.fullmatch(r"\d\d", w) and i and toks[i - 1].field == "venue" and ACRONYM_WORD.fullmatch(toks[i - 1].text) \
            and not (i + 2 < len(toks) and toks[i + 1].text in (":", "(") and toks[i + 2].text[:1].isdigit()):
        return two_digit_year(int(w))
    return None


# the key of a paper's abstract, written on in its entry after the citation (the abstract is no field of it)
_ABSTRACT_KEYS = frozenset({"abstract", "summary", "tldr", "zusammenfassung", "resumo", "resumen", "résumé", "riassunto",
                            "samenvatting", "streszczenie", "摘要", "要旨"})
_ENTRY_TYPES = frozenset({"inproceedings", "article", "misc", "book", "incollection", "inbook", "phdthesis",
                          "mastersthesis", "techreport", "proceedings", "unpublished", "online"})
_CODE_FIELDS = frozenset({"author", "title", "booktitle", "journal", "year", "pages", "volume", "publisher", "doi", "url"})


def _before_code(toks: Sequence[Token]) -> Sequence[Token]:
    """The entry up to BibTeX shown with it ("[bibtex]" blocks of bibtex2html pages: "@inproceedings{key,",
    "title = {"): that code repeats the paper, and its fields are not the page's citation. Likewise up to an abstract
    written on after the citation ("... 205–24. <url>. Abstract: Suburban historians ...")."""
    n = len(toks)
    for i, t in enumerate(toks):
        if t.text.lower() in _ABSTRACT_KEYS and 0 < i < n - 1 and toks[i + 1].text == ":" \
                and (toks[i - 1].text in (".", ")", "]", "”", '"') or toks[i - 1].href):
            return toks[:i]  # 'Title." *Journal* 38 (2012): 205–24. <url>. Abstract: Suburban historians have ...'
        if t.text == "@" and i + 2 < n and toks[i + 2].text == "{" and toks[i + 1].text.isalpha():
            return toks[:i]
        if t.text.lower() in _ENTRY_TYPES and i + 1 < n and toks[i + 1].text == "{" and (i == 0 or toks[i - 1].line != t.line):
            return toks[:i]  # the same at a line's start with its "@" lost to the markup
        if t.text == "=" and 0 < i < n - 1 and toks[i - 1].text.lower() in _CODE_FIELDS and toks[i + 1].text in ("{", '"'):
            k = i - 1
            while k > 0 and toks[k - 1].line == toks[i].line and toks[k - 1].text in (",", "{"):
                k -= 1
            return toks[:k]
    return toks


def _names_read_as_venue(toks: Sequence[Token], db) -> None:  # type: ignore[no-untyped-def]
    """'<em>Molly Gibbins, Adam Gammon-Smith, Bruno Bertini.</em> <a>Phys. Rev. B 112 (2025)</a>': in an entry with
    no author, a piece of one markup span opening a venue run that is a list of two or more names is the author
    list (an italic author line reads like an italic venue). Each name has two words or more and a comma
    separates them, and the database knows no venue by the piece ("Earth & Environment", "China Population,
    Resources and Environment" are venues)."""
    if any(t.field == "author" for t in toks):
        return
    i = 0
    while i < len(toks):
        if toks[i].field != "venue" or (i and toks[i - 1].field == "venue"):
            i += 1
            continue
        j = i
        while j < len(toks) and toks[j].field == "venue" and toks[j].span == toks[i].span:
            j += 1
        piece = toks[i:j]
        text = join_tokens(piece).strip(" .;")
        # names of two words or more, a comma between them ("Natural Language & Linguistic Theory" is no list)
        names = [n for n in re.split(r"\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+", text) if n]
        if len(names) >= 2 and "," in text and not any(t.href or t.text[:1].isdigit() for t in piece) \
                and all(name_shaped(n) and len(n.replace(".", ". ").split()) >= 2 for n in names) \
                and db.match(text).venue is None:
            for t in piece:
                t.label = "author" if t.text not in (".", ";") else "other"
            return
        i = j


def _venue_ending_names(toks: Sequence[Token], db) -> None:  # type: ignore[no-untyped-def]
    """'Title, S. Lind, J. Okafor, and N. Moreau, A&A 635, A72': in an entry with no venue, the last piece of the
    author list (after its last comma, or set in italics after its stop: "Lillemoe KD, Thayer SP. *Surgery.* 2015"),
    right before a volume or year, that the database knows by that very name
    is the venue: a journal's short name ("A&A", "MNRAS", "ApJ") read as one more name."""
    if any(t.field == "venue" for t in toks):
        return
    end = next((k + 1 for k in range(len(toks) - 1, -1, -1) if toks[k].field == "author"), None)  # the list's end
    if end is None:
        return
    if _year_and_venue_ending_names(toks, end, db):
        return
    after = next((t for t in toks[end:] if t.text not in (",", ".", ":")), None)
    if after is None or after.field not in ("volume", "year"):
        return
    start = end
    styled = toks[end - 1].italic or toks[end - 1].bold
    while start > 0 and toks[start - 1].field == "author" and toks[start - 1].text not in (",", ";") \
            and not (styled and toks[start - 1].span != toks[end - 1].span):
        start -= 1
    if start == 0 or toks[start - 1].field != "author" or start == end:
        return  # the whole list, or no comma (or no styled piece after the list's stop: "Thayer SP. *Surgery.*")
    piece = toks[start:end]
    # before its volume or year: a journal cited, however common its one word ("..., Carbon, 167, 455-474")
    m = db.match(join_tokens(piece).strip(" ."), field=True)
    if m.venue is not None and m.method == "alias":
        for t in piece:
            t.label = "venue"


def _year_and_venue_ending_names(toks: Sequence[Token], end: int, db) -> bool:  # type: ignore[no-untyped-def]
    """"Kumar, A., et al. (Hwang, H. S.),<br>2026, A&A, submitted": the year and a journal's short name after the
    author list, read as one more name. A name holds no year: from a year in the list's last run of names, what
    follows it up to the list's end is the venue when the database knows it by that very name."""
    k = end - 1
    while k >= 0 and toks[k].field == "author" and not YEAR.fullmatch(toks[k].text):
        k -= 1
    if k < 1 or toks[k].field != "author" or not 1900 <= int(toks[k].text) <= LATEST_YEAR:
        return False
    piece = toks[k + 1:end]
    while piece and piece[0].text in (",", "."):
        piece = piece[1:]
    if not piece:
        return False
    m = db.match(join_tokens(piece).strip(" .,"), field=True)
    if m.venue is None or m.method != "alias":
        return False
    toks[k].label = "year"
    for t in toks[k + 1:end - len(piece)]:
        t.label = "other"
    for t in piece:
        t.label = "venue"
    return True


_BIO_LINE = lazy_compile(r"\b(?:I am|I ' m|I’m|I was|I have|I work|I use|I study|I received|[Mm]y (?:research|CV|"
                             r"publications?|publication list|papers|Google Scholar))\b")


def _whole_citation(toks: Sequence[Token], run: Sequence[Token]) -> bool:
    """Whether the entry is a whole citation around its title: authors before it, a year before or after it, and a
    venue or a volume or pages after it ("柴若楠, 郜帅. 算力网络中...方法[J]. 计算机研究与发展, 2023, 60(4): 763-771.
    (CHAI Ruo-nan, ... Efficient Computing ...)": the translation after it is no prose the title was picked out of;
    "Corsaro E. 2018, `Title <url>`_, Astrophysics and Space Science Proceedings book series, Asteroseismology and
    Exoplanets: Listening to the Stars ...": nor is the book's title)."""
    start, end = index_of(toks, run[0]), index_of(toks, run[-1]) + 1
    return any(t.field == "author" for t in toks[:start]) \
        and any(t.field == "year" for t in (*toks[:start], *toks[end:])) \
        and any(t.field in ("volume", "venue") for t in toks[end:])


def _in_prose(toks: Sequence[Token], run: Sequence[Token]) -> bool:
    """A "title" that is a phrase picked out of running text (a bold phrase in a bio): the lines it is on hold
    many more words of text (unlabelled, or more "title" pieces) than the title itself, and it is no whole citation's
    (_whole_citation: a translation after it is no prose)."""
    ids = {id(t) for t in run}
    for i in range(len(toks)):  # "In A. Editor (eds.)", "ed. by A. Editor": the book's editors, no prose
        if (span := repair.edited_volume_at(toks, i)) is not None:
            ids.update(id(t) for t in toks[i:span[2] + 1])
        elif (names := repair.editors_by_at(toks, i)) is not None:
            ids.update(id(t) for t in toks[i:names[1]])
    for i, t in enumerate(toks):  # a web address written out as text ("http://www.jstor.org/stable/..."): no prose
        if t.text.lower() in ("http", "https", "www") and i + 1 < len(toks) and not toks[i + 1].space_before:
            j = i + 1
            while j < len(toks) and not toks[j].space_before and toks[j].line == t.line:
                j += 1
            ids.update(id(x) for x in toks[i:j])
    lines = {t.line for t in run}
    if _BIO_LINE.search(" ".join(t.text for t in toks if t.line in lines and id(t) not in ids)):
        # "I am a Research Assistant Professor at the [Department of Physics](...) ...": a bio
        return not _whole_citation(toks, run)
    title_words = sum(1 for t in run if t.text[:1].isalpha())
    rest = sum(1 for t in toks if t.line in lines and id(t) not in ids and t.text[:1].isalpha() and not t.href
               and not t.italic and t.field in ("other", "title"))  # italic words are a field (a book), no prose
    return rest > max(10, title_words) and not _whole_citation(toks, run)


def candidate_lines(block: Block, heading_used: int = 0) -> list[Line]:
    """The block's lines, with the heading right above it as its first line (pages that give each paper a
    heading of its own, its authors and venue below): the labeller decides whether that heading is a title."""
    if block.heading_line != heading_used and block.right_under_heading() and not block.card:
        head = block.section.rsplit(SECTION_SEP, 1)[-1].strip()  # never long: markup reads a long heading as text
        if head and not KIND_LEAD.match(head):  # "Selected publications authored by members of ...": a section
            return [Line([Span(head, bold=True, href=block.heading_href or None, tag="heading")], lineno=block.heading_line),
                    *block.lines]
    return list(block.lines)


def block_tokens(lines: Sequence[Line], db) -> list[Token]:  # type: ignore[no-untyped-def]
    toks = _without_bullets(tokenize(lines))
    label(toks, db)
    repair.block(toks)
    if any(t.text == "[" or t.href for t in toks):
        repair.leading_tag(toks, db)
    if any(t.tag == "code" for t in toks):
        repair.code_tag(toks, db)
    _kind_heading(toks)
    return toks


# a mark typed in brackets before each entry in place of a list's bullet ("[-] Ada Okafor, ..."); a bullet alone
# ("• Ada Okafor") is left to the labeller, which reads it as an entry's start
_BULLETS = frozenset("-*+•")


def _without_bullets(toks: list[Token]) -> list[Token]:
    """The tokens without a bracketed bullet typed at a line's start, before a space and the line's text (`<P>[-] Ada
    Okafor, ...` on pages that write their lists as paragraphs): read as words, the brackets made the entry's start
    unclear (the title held its authors, or began with "]")."""
    drop: list[int] = []
    n = len(toks)
    for i, t in enumerate(toks):
        if (i and toks[i - 1].line == t.line) or t.text not in ("[", "(") or i + 3 >= n or t.href:
            continue
        if toks[i + 1].text in _BULLETS and toks[i + 2].text in ("]", ")") and toks[i + 3].line == t.line \
                and toks[i + 3].space_before:
            drop.extend((i, i + 1, i + 2))
    if not drop:
        return toks
    gone = set(drop)
    return [t for k, t in enumerate(toks) if k not in gone]


def _kind_heading(toks: Sequence[Token]) -> None:
    """The heading above a block (candidate_lines) that names a kind of papers ("Publications and preprints",
    "Journal Articles") is no part of a paper: the labeller sometimes ran it into the first paper's title. It stays
    in the block (what the labeller reads around it is read better with it) and is read as other; the paper starts
    after it."""
    if not toks or toks[0].tag != "heading" or toks[0].line != 0:
        return
    end = next((k for k, t in enumerate(toks) if t.line != 0), len(toks))
    if end == len(toks) or not KIND_HEADING.fullmatch(join_tokens(toks[:end])):
        return
    started = any(t.label.startswith("B-") for t in toks[:end])
    for t in toks[:end]:
        t.label = "other"
    if started and not toks[end].label.startswith("B-"):
        toks[end].label = "B-" + toks[end].label


def _owner_is_an_author(toks: Sequence[Token], owner: str) -> None:
    """A "title" that is the page owner's name (set in bold as titles often are), on a line of its own or starting
    one, is an author of the entry around it, and does not start one."""
    n = len(toks)
    for i, t in enumerate(toks):
        if t.field != "title" or (i and toks[i - 1].field == "title" and toks[i - 1].line == t.line
                                  and not t.label.startswith("B-")):
            continue
        j = i
        while j < n and toks[j].field == "title" and toks[j].line == t.line and (j == i or not toks[j].label.startswith("B-")):
            j += 1
        if same_person(join_tokens(toks[i:j]), owner):
            for x in toks[i:j]:
                x.label = "author"


_ARXIV_ID = lazy_compile(r":?(?:\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})")


def _locator(toks: Sequence[Token], after: int) -> str | None:
    """The text of the first run of volume, issue and pages after the title ("35(1), 9-17", "vol. 16, no. 8,
    pp. 1-5"): the tokens labelled volume, with the punctuation, the numbers and the words "vol.", "pp." around and
    between them, up to the first token of another field."""
    start = next((i for i in range(after, len(toks)) if toks[i].field == "volume" and not YEAR.fullmatch(toks[i].text)
                  # "2022 Dec 6;14(12):e32255", "July 16-22", "18-20 May 2022": days next to their month are the date's
                  and not (_DAYS.fullmatch(toks[i].text) and _by_month(toks, i))), None)
    if start is None:
        return None
    while start > after and (toks[start - 1].text.lower() in _LOCATOR_WORDS
                             or (toks[start - 1].text == "." and start - 2 >= after
                                 and toks[start - 2].text.lower() in _LOCATOR_WORDS)):
        start -= 1  # "p.100426", "Vol. 12" with the word read as the venue's
    end = start + 1
    for j in range(start + 1, len(toks)):
        t = toks[j]
        if (YEAR.fullmatch(t.text) and toks[j - 1].text.lower() not in _LOCATOR_WORDS and toks[j - 1].text not in _BEFORE_PAGE) \
                or (_DAYS.fullmatch(t.text) and _by_month(toks, j)):
            break  # "Volume 12, 2020", "..., 8 Feb 2022": the date after the volume ("pp. 2020" is a page)
        if t.field == "volume" or (t.field != "year" and (_LOCATOR_ATOM.fullmatch(t.text) or t.text.lower() in _LOCATOR_WORDS)) \
                or (t.field == "year" and toks[j - 1].text == "(" and j + 2 < len(toks) and toks[j + 1].text == ")"
                    and toks[j + 2].text == ":"):  # Chicago: "85, no. 2 (2017): 312–47"
            end = j + 1  # also a number the labeller gave the link it is in, or left as other (":e32255")
        elif t.text[:1].isalnum():
            break
    return join_tokens(toks[start:end])


def _page_after_venue(toks: Sequence[Token], after: int) -> str | None:
    """The first page of a citation that writes its volume before the venue and its page after it ("118 Nw. U. L.
    Rev. 1455 (2024)", the Bluebook's; "volume 97 of PMLR, pages 1-10"): the number (or range) of the first run of
    volume tokens right after the venue, when a volume comes before the venue; None otherwise."""
    vol = next((i for i in range(after, len(toks)) if toks[i].field == "volume" and not YEAR.fullmatch(toks[i].text)),
               None)
    if vol is None:
        return None
    k = vol + 1
    while k < len(toks) and toks[k].field != "venue":
        k += 1
    while k < len(toks) and toks[k].field == "venue":
        k += 1
    while k < len(toks) and toks[k].text.lower() in ("pp", "pages", "p", ".", ","):
        k += 1
    if k >= len(toks) or toks[k].field != "volume" or not toks[k].text.isdigit() or k == vol + 1:
        return None
    if k + 2 < len(toks) and toks[k + 1].text in ("-", "–", "--") and toks[k + 2].text.isdigit():
        return join_tokens(toks[k:k + 3])
    return toks[k].text


def _by_month(toks: Sequence[Token], i: int) -> bool:
    """Token i is next to the name of a month (before or after it, or after it and a comma: "October, 20-23, 2019")."""
    near = (i - 1, i + 1, i - 2) if i >= 2 and toks[i - 1].text == "," else (i - 1, i + 1)
    return any(0 <= j < len(toks) and toks[j].text.lower().rstrip(".") in MONTHS for j in near)


_BEFORE_PAGE = frozenset({"-", "–", ".", "("})  # a page "12-2020", "p. 2020", or a bracketed year "(2017): 312"
_LEAD_NUMBER = lazy_compile(r"^(?:[\[(]?\d[\d.]*[\])]?[.:]?\s+)+")
_LOCATOR_ATOM = lazy_compile(r"[A-Za-z]?\d+[A-Za-z]?")
_DAYS = lazy_compile(r"\d{1,2}(?:\s*[-–]+\s*\d{1,2})?")
_LOCATOR_WORDS = frozenset({"vol", "vols", "volume", "no", "nos", "nr", "issue", "iss", "num", "number", "p", "pp", "pages",
                            "art", "article", "suppl", "supplement", "bd", "s", "heft", "tome"})


def _arxiv_written(toks: Sequence[Token]) -> bool:
    """Whether the entry writes an arXiv identifier out ("arXiv:2605.25996", "arXiv 2605.25996"), not only a link
    word "[arXiv]" (which also stands beside a published version)."""
    return any(t.text.lower() == "arxiv" and _ARXIV_ID.match("".join(x.text for x in toks[i + 1:i + 6]))
               for i, t in enumerate(toks))


def _without_link_words(run: list[Token]) -> list[Token]:
    """A title run without the link words at its ends ("Title [arXiv:2406.06936]", "[PDF] Title")."""
    a, b = 0, len(run)
    while a < b and run[a].link_word:
        a += 1
    while b > a and run[b - 1].link_word:
        b -= 1
    return run[a:b]


_LETTERS2 = re.compile(r"[^\W\d_]{2}")
# a word that names an institution, not a person: "names" holding one, with no venue, year, status or link to a
# paper beside them, are a page's address block (its owner's school and university under the name)
_INSTITUTION = lazy_compile(r"\b(?:Universit(?:y|ät|é|à|ies)|Universidad|Universidade|Institute|Institut|School|"
                            r"College|Department|Dept|Laboratory|Faculty|Academy|Hospital)\b")


def entry_publication(toks: Sequence[Token], db, year_heading: int | None = None,  # type: ignore[no-untyped-def]
                      linked_sibling: bool = False) -> Publication | None:
    """One entry's publication, or None when the labeller found no paper in it. `linked_sibling`: the entry is a
    linked title alone on a page that links its papers' titles (read_in_style), so its link says it is a paper as
    theirs do, wherever it goes."""
    toks = _before_code(toks)
    head = join_tokens(toks[:12])
    if NOTE_ON_A_PAPER.match(head) or _BIO.match(head):  # a note on a paper; a bio ("I am ..., a Ph.D. candidate")
        return None
    if DATA_NOTE.match(head):
        # "Data and R code available from figshare." under a paper: no field of one, to its full stop or its line's
        # end (the next paper, read into the same entry, is read on after it)
        k = 0
        while k < len(toks) and toks[k].line == toks[0].line and toks[k].text != ".":
            k += 1
        for t in toks[:k + 1]:
            t.relabel("other")
    _kind_tag(toks)
    _entry_key(toks)
    _arxiv_identifier(toks)
    repair.venue_links(toks, db)
    repair.acronym_year(toks, db)
    repair.version_note(toks)
    repair.venue_elements(toks, db)
    repair.title_read_as_venue(toks, db)
    repair.italic_title_before_comma(toks, db)
    repair.book_title_read_as_venue(toks, db)
    repair.title_before_venue_in_run(toks, db)
    repair.venue_after_question(toks, db)
    repair.title_tail_read_as_venue(toks, db)
    repair.status_before_venue(toks)
    repair.with_coauthors(toks)
    repair.title_before_with(toks)
    repair.gbt_citation(toks)
    repair.bluebook_citation(toks)
    repair.title_after_initials(toks)
    repair.cjk_citation(toks)
    repair.cjk_title_first(toks)
    repair.corner_brackets(toks)
    repair.list_in_title(toks)
    repair.pubmed_note(toks)
    repair.title_after_author_colon(toks)
    titles = _runs(toks, "title") or _title_line(toks)
    if not titles:
        return _untitled(toks, db, year_heading)
    titles = repair.last_name_read_as_title(toks, titles)
    under_heading = False
    lead = [t for t in titles[0] if t.tag == "heading"]
    if lead and (len(lead) < len(titles[0]) or len(titles) > 1) and titles[0][len(lead) - 1] is lead[-1] \
            and not any(t.href for t in lead) and KIND_HEADING.fullmatch(join_tokens(lead)):
        for t in lead:  # the heading names the kind of papers its section lists; the entry has its own title
            t.label = "B-other" if t.label.startswith("B-") else "other"
        titles = _runs(toks, "title")
        under_heading = True
    # the first title, unless it is one stray word: a title in Chinese or Japanese is one token (its translation
    # after it is longer: "題名 ... \n Names: Title in English")
    one_cjk = len(titles[0]) == 1 and len(titles[0][0].text) >= 6 and len(CJK_CHAR.findall(titles[0][0].text)) >= 4
    run = max(titles, key=len) if len(titles[0]) < 2 and not one_cjk else titles[0]
    if all(t.tag == "heading" and not t.href for t in run) and (own := repair.cited_title(toks, titles[1:])) is not None:
        run = own  # a topic heading over the paper's own citation ("### Risk scores for asthma", "Huang, N., ... Title")
    run = repair.heading_ends_title(toks, run)
    main = repair.main_title_read_as_venue(toks, run, db)
    # (a main title and its subtitle, where the work appeared after them: a citation's title of two sentences)
    cited_main, run = main is not run, main
    repair.second_title_a_venue(toks, titles, run, db)
    run = repair.title_after_names_span(toks, run)
    run = repair.author_list_before_colon(toks, run)
    run = repair.names_going_on_into_title(toks, run)
    run = repair.first_name_ending_title(toks, run)
    run = repair.quoted_title(toks, run)
    run = repair.venue_ending_title(toks, run, db)
    run = repair.species_in_title(toks, run)
    repair.meeting_slot(toks, run)
    run = repair.to_italic_venue(toks, run)
    run = repair.italic_in_title(toks, run)
    repair.italic_after_title(toks, run)
    repair.words_after_linked_title(toks, run)
    run = repair.number_after_title(toks, run)
    run = repair.year_opening_title(toks, run)
    if year_heading is None:  # (under a year's heading the title's year is the title's: "..., United States, 2020")
        run = repair.year_closing_title(toks, run)
    run = repair.title_after_little_word(toks, run)
    run = repair.by_names_after_linked_title(toks, run, db)
    run = repair.by_line_in_title(toks, run)
    run = repair.title_to_link_end(toks, run)
    run = repair.title_past_link(toks, run)
    run = repair.linked_title_over_paragraph(toks, run)
    run = repair.title_to_link_start(toks, run)
    run = repair.name_line_before_linked_title(toks, run)
    run = repair.title_to_span_start(toks, run)
    run = repair.title_to_span_end(toks, run)
    run = repair.title_fills_bold(toks, run)
    run = repair.venue_span_after_title(toks, run)
    run = repair.class_field_after_title(run)
    run = repair.bracket_after_title(toks, run, db)
    run = repair.last_word_left_out(toks, run)
    run = repair.dash_venue_after_title(toks, run, db)
    run = _after_bracket_close(run)
    end = index_of(toks, run[-1]) + 1
    after = next((t for t in toks[end:] if t.text not in (".", ",")), None)
    run = _venue_tail(_without_link_words(run), db, after, toks[end:])
    if not run:
        return None
    title = _clean_title(join_tokens(_with_name_prefix(toks, _with_article(toks, run))))
    if (m := _AUXILIARY_END.search(title)) and (k := index_of(toks, run[-1]) + 1) < len(toks) \
            and toks[k].field == "status":
        title = title[: m.start()]  # "Title has been accepted to ...", news of a paper: the verb is no title word
    if KIND_HEADING.fullmatch(title) or _SERIES_NUMBERED.fullmatch(title):
        # "Selected Publications": the name of a section, no paper; "EBRD Working Paper No. 264": a link to a paper's
        # place in a series, under the paper
        return None
    group = None
    if (m := _GROUP_AUTHOR.match(title)) and len(title) - m.end() >= 12:
        # "...; The Connecticut Children's COVID Collaborative. Title", "The IMBIE team. Title": a group author
        # (Vancouver) ends or is the author list, and the labeller read it as the start of the title
        group, title = m.group(1), title[m.end():]
    cited = ((group is not None or any(t.field == "author" for t in toks))
             and any(t.field in ("venue", "year") for t in toks)) or cited_main
    tail_status = None
    if (m := _STATUS_TAIL.search(title)) and len(title[: m.start()].split()) >= 3:
        # "Title. In press." written after the title's full stop, read with it: the paper's status, not its words
        title, tail_status = title[: m.start()].rstrip(), parse_venue(m.group(1)).status
    # a word of two letters as written, not only once joined and cleaned ("1a&:a;a" has none: the labeller is never
    # asked about such a block, see entries._nothing_to_label)
    if len(title) < 3 or not _LETTERS2.search(title) or not any(_LETTERS2.search(t.text) for t in run) \
            or not _title_shaped(title, cited):
        return None
    repair.collaboration_read_as_venue(toks)
    _note_read_as_venue(toks, db)
    _identifier_read_as_venue(toks)
    _names_read_as_venue(toks, db)
    _venue_ending_names(toks, db)
    repair.styled_venue(toks, db)
    if not STATUS_MARKS.isdisjoint(t.text for t in toks):
        repair.status_after_venue(toks)  # ("*Pediatrics*. In press.": once the venue is read as one)
    repair.sentence_venue(toks, db)
    repair.leftover_venue(toks, db)
    repair.venue_fills_slot(toks)
    repair.name_read_as_status(toks)
    repair.journal_read_as_publisher(toks, db)
    # a link that only says what it points to ("[**Project**](...)") is never a name
    _status_after_names(toks)
    authors = _without_key(_author_tokens(toks), toks)
    if not _runs(toks, "venue"):
        _accepted_at(toks, run)
    _track_after_venue(toks)
    _unfinished_venue(toks)
    _link_read_as_venue(toks, db)
    venue_runs = _runs(toks, "venue")
    _tag_year(toks)
    years = _years(toks) or repair.closing_year(toks, run) or repair.month_year(toks, run)
    status_toks = [t for t in toks if t.field == "status"]
    hrefs = [t.href for t in toks if t.href]
    # (and a DOI or an arXiv address written out as text, "[https://doi.org/10.1080/...]", "doi: 10.1101/...", whose
    # tokens are a link's, repair.fields.written_urls; not any address: a page's own code shows many)
    paper_link = any(PAPER_HOST.search(h) or PAPER_PAGE.search(h) for h in hrefs) \
        or (any(t.text.lower() in ("http", "https", "doi") for t in toks) and _paper_id_written(join_tokens(toks))) \
        or (linked_sibling and bool(run[0].href) and all(t.href == run[0].href for t in run))
    fields_read = bool(authors or venue_runs or years or status_toks)
    # "[Title](url) (PhD Thesis)", "PhD thesis: [Title](url)", "Title - Tech Report.": the kind of work the entry
    # names outside its title says it is one (looked for only where no other field says so)
    kind_said = None if fields_read else _kind_beside(toks, run)
    if (m := _KIND_TAIL.search(title)) is not None and len(title[:m.start()].split()) >= 3:
        title, kind_said = title[:m.start()], _KIND_OF_WORK.search(m.group(0))  # (in the title: "Title - Tech Report.")
    if not (fields_read or paper_link or kind_said):
        return None
    if _in_prose(toks, run) or _talk_after(toks, run) or _talk_tag(toks, run):
        return None
    tagged = None
    if (m := _KIND_TAG.search(title)) is not None and len(title[:m.start()].split()) >= 3:
        title, tagged = title[:m.start()].rstrip(), m.group(1)  # "Title [review]": the kind, set apart, is a note
    pub = Publication(title=title)
    if tagged is not None:
        pub.note = tagged
    if kind_said and not fields_read:
        # the kind of work is all the entry says besides its title: kept as written, the record's note ("PhD
        # Thesis"; a report's is its status too)
        said = " ".join(kind_said.group(0).split())
        pub.status = parse_venue(said).status or pub.status
        if pub.status != "technical report":  # (a report's note is its status)
            pub.note = said
    if not authors and _short_name(title) and not _closed(toks, run) and not _volume_after(toks, run):
        # "SeaPO [EMNLP 25, CCF B]": a short name standing for a paper; one closed by its full stop is a short
        # title ("2013 Negotiating taste. Inquiry 56: 240–257.")
        pub.title, pub.label = None, title
    if not authors and (with_tail := coauthors_after(title)) is not None:
        # "Title (com Daniel Araujo e Jorge Silva)", "Title (with A. Lee and B. Kim)" inside the title's link
        title, pub.authors = with_tail
        pub.title = title
    if authors and GROUP_NAME.fullmatch(group_name := join_tokens(authors).rstrip(" .;")):
        pub.authors = [group_name]  # "GBD 2013 Mortality and Causes of Death Collaborators": one author, a group
    elif authors:
        _read_authors(pub, authors, toks)
    if all(t.tag == "heading" for t in run) and not (venue_runs or years or status_toks or paper_link) \
            and sum(map(name_shaped, pub.authors)) < 2:
        return None  # "# Topics of Interest" over "- Survey Project": a heading with one "name" under it is no paper
    if group is not None:
        pub.authors.append(group)
    for i in range(len(toks)):  # "In A. Editor & B. Editor (eds.)", "*Book*, ed. by A. Editor and B. Editor"
        span = sp[:2] if (sp := repair.edited_volume_at(toks, i)) is not None else repair.editors_by_at(toks, i)
        if span is not None:
            pub.editors, _ = split_name_list(join_tokens(toks[span[0]:span[1]]))
            break
    # the first venue run that names something: a run of numbers or marks alone ("2025 · 1", an item's number; "*")
    # is no venue's name, and the journal may come after it ('<span class="publication-journal">JKPS</span>'). (Not
    # link words: "arXiv" and "bioRxiv" are link words and venues)
    named = next((r for r in venue_runs if any(c.isalpha() for t in r for c in t.text)), None)
    region = _venue_region(toks, named) if named else []
    venue_raw, cut_off = _venue_text(region)
    if not pub.editors and region and (m := _EDITORS_AFTER.search(squash(join_tokens(region)))):
        pub.editors, _ = split_name_list(m.group(1))  # kept as the book's editors (the venue leaves them out)
    if (locator := _locator(toks, end)) is not None:
        read_locator(pub, locator)
        if pub.pages is None and pub.article_number is None and (page := _page_after_venue(toks, end)) is not None:
            read_locator(pub, "pp. " + page)
    if venue_raw and len(venue_raw) <= 5 and (m := _ARXIV_CLASS.search(join_tokens(toks))) and m.group(2) == venue_raw:
        venue_raw = None  # "arXiv:2510.13997 [astro-ph.IM]": the category's subject class is no venue (IM, CV, AI)
    if not venue_raw and _arxiv_written(toks):
        venue_raw = "arXiv"  # "arXiv:2605.25996" and nothing else: the preprint server is where it appeared
    if venue_raw and (dated := _MONTH_YEAR.fullmatch(venue_raw)) is not None:
        # "April 2023" (a card's date, read as where the paper appeared): the month of its year, no venue
        pub.month = pub.month or f"{MONTH_MACROS.index(dated.group(1).lower()[:3]) + 1:02d}"
        venue_raw = None
    press = None
    if not venue_raw:
        venue_raw = press = _publisher_named(toks)
    elif (only_press := _PRESS_NAME.fullmatch(YEAR.sub(" ", venue_raw).strip(" ,.;:()"))) is not None:
        press = " ".join(only_press.group(0).split())  # "University of Chicago Press, 2019" read as the venue
    if (thesis := _thesis_said(toks, end, venue_raw)) is not None and thesis[1] and not _known(venue_raw, db):
        pub.entry_type, venue_raw = thesis  # (a thesis whose school the page does not name stays @misc: BibTeX's
        # @phdthesis requires one)
    elif press and not pub.editors and _BOOK_PUBLISHER.search(press) and not _known(press, db):
        # "*Widget Economics* (2nd ed.). Cambridge, MA: MIT Press.": a work that appeared nowhere but at a press is
        # a book, the press its publisher (the venue as written stays what the page names where it appeared)
        pub.entry_type, pub.publisher = "book", press
    elif pub.editors and venue_raw and (press := _publisher_named(toks)) and press not in venue_raw:
        pub.publisher = press  # "In A. Lee (Ed.), *Handbook of X* (pp. 1-9). Springer.": the book's publisher
    in_region = {id(t) for t in region}
    extra = " ".join([cut_off, *(join_tokens([t]) for t in toks
                                  if t.field in ("award", "status") and id(t) not in in_region
                                  and not (venue_raw and t.href and t.text.lower() in _PREPRINT_WORDS))]).strip()
    # (a link to the preprint of a paper that names its venue, "*ICLR 2022* ([preprint](https://arxiv.org/...))",
    # is a link to another version, not the paper's status)
    from .entries import apply_venue  # the one place a venue match fills a record

    if venue_raw:
        # a venue before its volume, issue, pages or year is a journal cited, however common its one word ("*Neuron*,
        # 12(3), 1-5": the locator was read off the venue's text; "*Surgery.* 2015")
        cited_at = pub.volume or pub.number or pub.pages or pub.article_number or YEAR.search(venue_raw)
        # ... and so is one set apart in italics where the title is not ("Authors (2015) [Title](doi). *Energies*.":
        # the journal as APA, Chicago and MLA write it)
        set_apart = named is not None and all(t.italic for t in named if t.text[:1].isalnum()) \
            and not any(t.italic for t in toks if t.field == "title")
        # ... or one that is the whole text of the paper's own DOI or publisher link, after a title elsewhere
        # ("Authors (2022), [Viruses](https://doi.org/...)")
        href = named[0].href if named else None
        linked_apart = href is not None and bool(PAPER_PAGE.search(href)) and all(t.href == href for t in named or ()) \
            and not any(t.href == href for t in toks if t.field == "title")
        vm = db.match(venue_raw, field=bool(cited_at) or set_apart or linked_apart)
        apply_venue(pub, vm, venue_raw)
    if extra:
        p = parse_venue(extra)
        pub.awards.extend(a for a in p.awards if a not in pub.awards)
        pub.rank_claims.extend(r for r in p.rank_claims if r not in pub.rank_claims)
        if p.status and pub.status in ("unknown", "published"):
            pub.status = p.status
        elif status_toks and pub.status == "unknown":
            st = parse_venue(join_tokens(status_toks)).status
            if st:
                pub.status = st
    if tail_status and pub.status in ("unknown", "published"):
        pub.status = tail_status
    if years and (pub.year is None or (str(pub.year) not in venue_raw and str(years[0]) in join_tokens(toks))
                  or (years[0] != pub.year and _dated_names(toks))):
        # a year written in full beats the venue's two digits ("2006. ... IEEE INFOCOM 05"); the year in brackets
        # after the names (author-date styles: APA, Harvard) is the paper's, not the one in its venue's name
        # ("Lee, A. (2022). Title. In Robot Intelligence ... 6. RiTA 2021.")
        pub.year, pub.year_source = years[0], "text"
    if pub.year is None and (tagged := _acronym_year(toks)):
        pub.year, pub.year_source = tagged[0], "text"  # the year of a paper, not a sign that the entry is one
    if not pub.authors and not venue_raw and _NAVIGATION.search(pub.title or pub.label or ""):
        return None
    if pub.authors and not venue_raw and not years and not status_toks and not paper_link \
            and any(_INSTITUTION.search(a) for a in pub.authors):
        return None  # "School of Computer Science" over "Sun Yat-sen University, Guangzhou": an address, no paper
    if pub.title is None and not pub.authors and not venue_raw and pub.year is None and pub.label \
            and (LINK_WORD.match(pub.label) or CV_LINK.search(pub.label)):
        return None  # "[IOP Link](...)", "CV (PDF)" alone: a link's words, no short name of a paper
    known_venue = pub.venue is not None and (pub.venue.venue is not None or pub.venue.method == "ambiguous")
    heading_title = under_heading or any(t.tag == "heading" for t in run)
    # "### *Lucretius and the Transformation of Greek Wisdom*" over "(Cambridge 1998)": a book's publisher or place
    # and its year under a heading that is its title
    published = pub.title is not None and bool(years) and bool(_runs(toks, "publisher"))
    # "### Title" over its abstract and "**Status:** Working Paper": a heading whose entry says where the paper stands
    stated = pub.title is not None and bool(status_toks) and pub.status in _PAPER_STATUSES
    # "In: *The Book*" under it: a chapter, named by the book it is in
    contained = any(t.text in ("In", "in") and toks[k + 1].text == ":" and toks[k + 2].field == "venue"
                    for k, t in enumerate(toks[:-2]))
    if not pub.authors and not paper_link and not known_venue and not published and not stated and not contained \
            and (pub.title is None or heading_title):
        return None  # a short name, or a heading, with only a year or an unknown name: no evidence of a paper
    _ids_in_text(pub, join_tokens(toks))
    if pub.year is None and year_heading:
        pub.year, pub.year_source = year_heading, "heading"
    return pub


# a kind of work named by itself: a thesis of any degree, a technical report
_KIND_OF_WORK = lazy_compile(r"\b(?:(?:ph\.?\s?d\.?|doctoral|" + MASTERS + r"|m\.?\s?sc?\.?|bachelor['’]?s?|licentiate|diploma|"
                             r"habilitation)\s+(?:thesis|dissertation)|tech(?:nical)?\.?\s+report)\b", re.I)
_KIND_OUTSIDE = 8  # words of an entry outside its title and kind, at most, for the kind to say it is a work


def _kind_beside(toks: Sequence[Token], run: Sequence[Token]) -> re.Match[str] | None:
    """The kind of work named right beside the title and nothing much else outside it: before it as a lead-in
    ("PhD thesis: [Title](url)") or after it in brackets or after a dash ("[Title](url) (Masters Thesis)"); not a
    kind in a sentence ("I recently defended my PhD thesis at ...") nor one with names and places of its own."""
    i, j = index_of(toks, run[0]), index_of(toks, run[-1]) + 1
    before, after = join_tokens(toks[max(0, i - 5):i]), join_tokens(toks[j:j + 6])
    m = _KIND_OF_WORK.search(before)
    if m is None or not re.fullmatch(r"\s*[:\-–—]?\s*", before[m.end():]):
        m = _KIND_OF_WORK.search(after)
        if m is None or not re.fullmatch(r"\W*", after[:m.start()]):
            return None
    outside = [t for t in (*toks[:i], *toks[j:]) if t.text[:1].isalnum()]
    return m if len(outside) - len(m.group(0).split()) <= _KIND_OUTSIDE else None


_KIND_TAIL = lazy_compile(r"\s*(?:[-–—,:]\s*|[(\[]\s*)(?:" + _KIND_OF_WORK.pattern + r")\W*$", re.I)
# a kind of article in square brackets after its title ("[review]", "[case report]", "[editorial]"), as a lab's list
# tags them: no words of the title
_KIND_TAG = lazy_compile(r"\s*\[\s*((?:mini[- ])?review|editorial|comment(?:ary)?|case report|perspective|letter|"
                         r"correspondence|erratum|corrigendum|opinion|viewpoint|research highlight|news (?:and|&) views|"
                         r"preview|essay|book review|short communication)\s*\]\s*$", re.I)
_SERIES_NUMBERED = lazy_compile(r"[^\W\d_][\w&.\- ]{0,40}\b(?:working|discussion) papers?(?: series)?,?\s*(?:no\.?|nr\.?|#)?\s*"
                                r"\d[\d/.\-]*", re.I)
_AUXILIARY_END = lazy_compile(r"\s+(?:has been|have been|was|were|is|are|got)$")  # before a status: "... has been"
_PAPER_STATUSES = frozenset({"accepted", "under review", "working paper", "in preparation"})  # statuses only a paper has

# an entry's key in a list kept by kind: a letter or two and its number ("J2.", "C12)", "[BC3]": journal, conference,
# book chapter), never a name (a name has no digit)
_ENTRY_KEY = lazy_compile(r"[A-Z]{1,3}\d{1,3}")


# an arXiv archive and its subject class, as one category ("hep-ph", "cs.LG", "astro-ph.GA")
_ARXIV_CATEGORY = lazy_compile(ARXIV_ARCHIVES + r"(?:\.[A-Za-z]{2}(?:-[A-Za-z]{2})?)?", re.I)


def _arxiv_identifier(toks: Sequence[Token]) -> None:
    """INSPIRE's and arXiv's own line, "arXiv:2007.15021 [hep-ph].": the identifier is the venue's, whole (the
    labeller cut it into a venue "arXiv:2007", the year 2007 read off it, and a title "15021 [hep-ph]"), and the
    archive's class in brackets after it is no field."""
    n = len(toks)
    for i in range(n - 4):
        if toks[i].text.lower() != "arxiv" or toks[i].field != "venue" or toks[i + 1].text != ":" \
                or not re.fullmatch(r"\d{4}", toks[i + 2].text) or toks[i + 3].text != "." \
                or not re.fullmatch(r"\d{4,5}(?:v\d+)?", toks[i + 4].text):
            continue
        for t in toks[i + 1:i + 5]:
            t.relabel("venue")
        j = i + 5
        end = next((c for c in range(j + 1, min(j + 6, n)) if toks[c].text == "]"), None) \
            if j < n and toks[j].text == "[" else None
        if end is not None and _ARXIV_CATEGORY.fullmatch("".join(t.text for t in toks[j + 1:end])):
            for t in toks[j:end + 1]:
                t.relabel("other")


def _entry_key(toks: Sequence[Token]) -> None:
    """"J2. Morgan, A. S., Jones, Z., ...": the key that opens the entry, read with the names after it, is no part
    of the first name. Not before a colon ("S4: Efficient modeling ..." may be a title)."""
    k = 1 if toks and toks[0].text in ("[", "(") else 0
    if len(toks) > k + 1 and _ENTRY_KEY.fullmatch(toks[k].text) and toks[k + 1].text in (".", "]", ")") \
            and toks[k].field == "author":
        for t in toks[: k + 2]:
            t.relabel("other")


_VENUE_JOINERS = frozenset({"of", "on", "the", "in", "for", "and", "&"})
_MAX_VENUE_GAP = 15


def _unfinished_venue(toks: Sequence[Token]) -> None:
    """"Proceedings of | the Sixteenth European Conference on Computer Systems ( | EuroSys 21)", "... Conference on |
    Information and Knowledge Management ( | CIKM )": a venue read up to a word that cannot end a name ("of", "on",
    "the"), or followed by one read as no field, goes on to the venue read after it on its line, through the words
    between."""
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.field == "venue" and i + 1 < len(toks) and toks[i + 1].field == "other" \
                and (t.text.lower() in _VENUE_JOINERS or toks[i + 1].text.lower() in _VENUE_JOINERS):
            k = i + 1
            while k < len(toks) and k - i <= _MAX_VENUE_GAP and toks[k].field == "other" and toks[k].line == t.line \
                    and not toks[k].href and toks[k].text not in (".", ";", "|"):
                k += 1
            if k < len(toks) and toks[k].field == "venue" and toks[k].line == t.line \
                    and any(x.text[:1].isupper() for x in toks[i + 1:k]):
                for x in toks[i + 1:k]:
                    x.label = "venue"
            i = k
        else:
            i += 1


_NUMBER_MARKS = frozenset({"p", "pp", "vol", "no", "nr", "art", "pages"})


def _marks_a_number(region: Sequence[Token], k: int) -> bool:
    """A word read as other that marks the volume or pages after it ("p." of "p.2300178", "vol." of "vol. 12")."""
    t = region[k]
    if t.field != "other" or t.text.lower() not in _NUMBER_MARKS:
        return False
    nxt = next((x for x in region[k + 1:] if x.text != "."), None)
    return nxt is not None and nxt.field == "volume" and not YEAR.fullmatch(nxt.text)


_EDITORS_AFTER = lazy_compile(r"\s*\(([^()]*?),\s*(?:eds?|hrsg|coords?)\.?\s*(?:,\s*(?:19|20)\d\d\s*)?\)\s*$", re.I)


def _venue_text(region: Sequence[Token]) -> tuple[str | None, str]:
    """The venue as written from its region (see _venue_region), and what followed it inside a bracket it left
    open (a link or note: no part of the venue)."""
    # volume, issue and pages are not the venue's ("Ecology Letters 23:1–9" names no year 2023)
    # and neither are the words that mark them, read as other ("BioEssays, 46(3), p.2300178" is no "BioEssays, p")
    issue = _issue_tokens(region)
    drop = {k for k, t in enumerate(region)
            if (t.field == "volume" and not YEAR.fullmatch(t.text)) or _marks_a_number(region, k) or k in issue}
    # the stop of a mark's abbreviation goes with it ("IEEE Trans. X, vol. 22, no. 4, pp. 1-9, 2023" is no "X..., 2023")
    drop |= {k for k in range(1, len(region))
             if region[k].text == "." and k - 1 in drop and region[k - 1].text.isalpha()}
    drop |= _marks_between(region, drop)
    # ... nor a short article number after the volume, a letter and digits ("J. Fluid Mech. 950, A12", "A&A 650, A12")
    volume = min((k for k in drop if region[k].field == "volume"), default=len(region))
    drop |= {k for k in range(volume + 1, len(region))
             if region[k].field == "other" and _ARTICLE_NUMBER.fullmatch(region[k].text)}
    venue_raw = squash(join_tokens([t for k, t in enumerate(region) if k not in drop])) if region else None
    if venue_raw:
        # brackets that held only the issue number ("47(4): 991–1021" without its volume and issue)
        venue_raw = re.sub(r"\s*\(\s*[,.;:]?\s*\)|\s*\[\s*\]", "", venue_raw)
        # the book's editors in brackets after its title ("The Cambridge Handbook of X (A. Lewis, ed., 2018)")
        venue_raw = _EDITORS_AFTER.sub("", venue_raw)
        venue_raw = re.sub(r"\s*[,:;，；：]\s*(?=[,:;.)，；：]|$)", "", venue_raw).strip(" ,.;:([\"“”，；：")
        # the stops of the dropped numbers' sentences ("Journal. Vol. 63(3). pp 45--55. 2017." is no "Journal... 2017")
        venue_raw = _STOPS.sub(".", venue_raw)
        # "In", and as Spanish and French write it ("En", "Dans"; Portuguese "Em:" with its colon: "Em Questão" is a
        # journal)
        venue_raw = re.sub(r"^(?:(?:in|en|dans|to appear in|published in)\s*:?|em\s*:)\s+", "", venue_raw, flags=re.I)
    cut_off = ""
    if venue_raw and venue_raw.count("(") > venue_raw.count(")"):
        # the venue's line went on into a link or other text inside brackets ("Phys. Rev. B 99, 045107 (2019"):
        # the venue ends before them
        head, _, cut_off = venue_raw.rpartition("(")
        venue_raw = head.strip(" ,.;:") or None
    return venue_raw, cut_off


_BETWEEN_NUMBERS = frozenset({"-", "–", "—", "/"})
_STOPS = lazy_compile(r"(?<=\w)\.(?:\s*\.)+(?=\s|$)")
_ARTICLE_NUMBER = lazy_compile(r"[A-Za-z]\d{1,6}")  # "A12", "L041201", "e4461"


def _marks_between(region: Sequence[Token], drop: set[int]) -> set[int]:
    """The marks between two numbers dropped from a venue, as LaTeX's pages ("pp. 212 -- 249") and issues ("No. 3/4")
    are written: each run of them with a dropped token on either side."""
    out: set[int] = set()
    k = 1
    while k < len(region):
        if region[k].text not in _BETWEEN_NUMBERS:
            k += 1
            continue
        j = k
        while j < len(region) and region[j].text in _BETWEEN_NUMBERS:
            j += 1
        if k - 1 in drop and j in drop:
            out.update(range(k, j))
        k = j
    return out


def _issue_tokens(region: Sequence[Token]) -> set[int]:
    """Where an issue number in brackets glued to a volume stands ("42(1)", the issue read as other): no part of the
    venue, as the volume is not ("Population and Environment(1)" was written for "... 42(1): 79-94")."""
    return {k for b in range(1, len(region) - 2)
            if region[b].text == "(" and region[b + 2].text == ")" and region[b + 1].text.isdigit()
            and region[b - 1].field == "volume" and not YEAR.fullmatch(region[b - 1].text) and not region[b].space_before
            for k in (b, b + 1, b + 2)}


# a venue's acronym and the two digits of its year after an apostrophe: "CSCW'24", "BCB’15", "(FIRA '22)"
_ACRONYM_YEAR = lazy_compile(r"(?<![\w'’])[A-Z][A-Za-z]{0,12}[A-Z][A-Za-z]{0,12} ?['’](\d\d)(?![\w'’])")


def _acronym_year(toks: Sequence[Token]) -> list[int]:
    """The year an entry with no year token gives as its venue's acronym and two digits ("Lu Sun, ... CSCW'24: In
    Proceedings of the 26th ACM Conference ...", "In Proc. of the Workshop on ... (FIRA '22)"): read as a venue tag's
    year is (venues.two_digit_year), when the entry names one such year only. It is a paper's year, never the
    evidence that an entry is a paper ("USCAP '22 Automatic grading" on a card is an abstract at a meeting)."""
    found = {y for m in _ACRONYM_YEAR.finditer(join_tokens(toks)) if (y := two_digit_year(int(m.group(1)))) is not None}
    return [found.pop()] if len(found) == 1 else []


def _dated_names(toks: Sequence[Token]) -> bool:
    """Whether the entry's first year is in brackets right after its names, as author-date citations give it
    ("Lee, A., & Kim, B. (2022).")."""
    k = next((i for i, t in enumerate(toks) if t.field == "year"), None)
    if k is None or k < 2 or toks[k - 1].text != "(" or k + 1 >= len(toks) or toks[k + 1].text != ")":
        return False
    j = k - 2
    while j > 0 and k - j <= 4 and toks[j].text in (",", ".", "*", "†", "‡"):
        j -= 1  # "Park*, (2022)": a name's mark, the list's comma
    return toks[j].field == "author" and _year(toks, k) is not None


def _years(toks: Sequence[Token]) -> list[int]:
    """The years the entry's year tokens give, in order."""
    return [y for i, t in enumerate(toks) if t.field == "year" and (y := _year(toks, i)) is not None]


_JOURNAL_ABBREVIATION_TOKENS = 4  # "ApJ", "A & A", "Phys . Rev": a journal's short name between commas, at most


def _journal_between_commas(toks: Sequence[Token], db) -> bool:  # type: ignore[no-untyped-def]
    """AAS's and other short styles, "Okafor, A., & Lee, B. 2021, ApJ, 912, 33": the journal's short name between
    the year's comma and the volume's, which the labeller read as nothing (or as initials: "A & A"). Words read as
    nothing or as names between a year and a volume, each with a comma after it, that the database knows whole as a
    venue's name, are the venue (relabelled so); True when they are."""
    for y, t in enumerate(toks):
        if t.field != "year" or y + 2 >= len(toks) or toks[y + 1].text != ",":
            continue
        k = y + 2
        while k < len(toks) and k - y - 2 < _JOURNAL_ABBREVIATION_TOKENS and toks[k].field in ("other", "author") \
                and toks[k].text != ",":
            k += 1
        if k == y + 2 or k + 1 >= len(toks) or toks[k].text != "," or toks[k + 1].field != "volume":
            continue
        name = join_tokens(toks[y + 2:k])
        if any(c.isalpha() for c in name) and repair.whole_venue(name, db, field=True):
            for x in toks[y + 2:k]:
                x.relabel("venue")
            return True
    return False


def _untitled(toks: Sequence[Token], db, year_heading: int | None) -> Publication | None:  # type: ignore[no-untyped-def]
    """A citation that gives no title, as chemistry's and physics' short styles write them ("V. D. Drabkin and A. K.
    Eckhardt, *J. Am. Chem. Soc.*, **2025**, *147*, 38785–38795"; "A. Lee, B. Kim, Phys. Rev. B 99, 045107 (2019)"):
    its authors, one venue the database knows by that very name, and a year make it a paper with no title (title
    null, never a made-up one); its label is the citation as written from the venue on. Anything less is no paper."""
    authors = _without_key(_author_tokens(toks), toks)
    venue_runs = _runs(toks, "venue")
    if authors and not venue_runs and _journal_between_commas(toks, db):
        authors, venue_runs = _without_key(_author_tokens(toks), toks), _runs(toks, "venue")
    if not authors or len(venue_runs) != 1:
        return None
    _tag_year(toks)
    years = _years(toks)
    if len(set(years)) != 1:
        return None
    names, et_al = _author_list(authors)
    if not names or not all(name_shaped(n) for n in names):
        return None
    start = index_of(toks, venue_runs[0][0])
    venue_raw, _ = _venue_text(_venue_region(toks, venue_runs[0]))
    if not venue_raw:
        return None
    vm = db.match(venue_raw)
    if vm.venue is None or vm.method != "alias":
        return None
    end = max(k for k, t in enumerate(toks) if t.field in ("venue", "year", "volume")) + 1
    if end < len(toks) and toks[end].text == ")":
        end += 1
    pub = Publication(label=squash(join_tokens(toks[start:end])).strip(" ,.;:"))
    pub.authors, pub.et_al = names, et_al
    from .entries import apply_venue  # the one place a venue match fills a record

    apply_venue(pub, vm, venue_raw)
    if (locator := _locator(toks, start)) is not None:
        read_locator(pub, locator)
    pub.year, pub.year_source = years[0], "text"
    _ids_in_text(pub, join_tokens(toks))
    return pub


# (also "arXiv 2304.01234", without its colon: an identifier of the new form is no other number)
_ARXIV_TEXT = re.compile(r"\barXiv\s*:?\s*(\d{4}\.\d{4,5})(?:v\d+)?(?!\d|\.\d)", re.I)
# an arXiv identifier with its primary category in brackets, as arXiv's listings write it ("arXiv:2510.13997
# [astro-ph.IM]", "arXiv:1909.07357 [gr-qc]"): the category (one of arXiv's archives, then its subject class)
_ARXIV_CLASS = lazy_compile(r"\barXiv\s*:?\s*\d{4}\.\d{4,5}(?:v\d+)?\s*\[\s*(" + ARXIV_ARCHIVES
                            + r"(?:\s*\.\s*([A-Za-z]{2}(?:-[A-Za-z]{2})?))?)\s*\]", re.I)
_DOI_TEXT = re.compile(r"\b(?:doi\s*:\s*|https?://(?:dx\.)?doi\.org/)(10\.\d{4,9}/[^\s,;]+[^\s,;.)\]])", re.I)
_ARXIV_ADDRESS = re.compile(r"arxiv\.org/(?:abs|pdf)/\d{4}\.\d{4,5}", re.I)


def _tight(text: str) -> str:
    """An entry's text with no space around a colon or slash, nor before a stop ("doi : 10.1000 / x"), as identifiers
    are written; a stop's space after it stays, or "DOI: 10.1000/x. Pre-print available ..." would read
    "10.1000/x.Pre-print"."""
    return re.sub(r"\s+\.", ".", re.sub(r"\s*([:/])\s*", r"\1", text))


def _paper_id_written(text: str) -> bool:
    """Whether an entry writes out a DOI ("doi: 10.1000/x", "https://doi.org/10.1000/x") or an arXiv address."""
    text = _tight(text)
    return bool(_DOI_TEXT.search(text) or _ARXIV_ADDRESS.search(text))


def _ids_in_text(pub: Publication, text: str) -> None:
    """Identifiers written out in the entry ("arXiv:2602.02908", "doi: 10.1000/x"), not only in links."""
    text = _tight(text)
    if (m := _ARXIV_TEXT.search(text)) and "arxiv" not in pub.ids:
        pub.ids["arxiv"] = m.group(1)
    if pub.primary_class is None and (m := _ARXIV_CLASS.search(text)):
        pub.primary_class = re.sub(r"\s+", "", m.group(1))  # kept, as a BibTeX entry's primaryClass is
    if (m := _DOI_TEXT.search(text)) and "doi" not in pub.ids:
        pub.ids["doi"] = m.group(1)
    if pub.isbn is None and (m := _BOOK_NUMBER.search(text)):
        pub.isbn = re.sub(r"\s+", "", m.group(1))


def block_publications(block: Block, db, year_heading: int | None = None,  # type: ignore[no-untyped-def]
                       heading_used: int = 0, owner: str | None = None, unread: list[list[Token]] | None = None,
                       ) -> tuple[list[tuple[Publication, list[Token]]], list[Line]]:
    """The papers of a block, each with its tokens, and the lines they index (the heading first, if taken). The
    entries in which the labeller found no paper go to `unread`, when given (see read_in_style).

    A block that closes a chain of headings (markup.Block.heads: "### Title", "###### Authors", then the venue line)
    is also read with the chain's headings as its first lines, and that reading is taken when its papers give more
    fields (a title, authors, a venue, a year) than the block read under its last heading alone, none of them a
    title alone and most of them three fields or more: a page that sets its papers' fields as headings, not
    "### Drug-target interaction" over "#### CDI-DTI: A Predictor", nor "# Research Works" over "## Journal
    Papers"."""
    lines = candidate_lines(block, heading_used)
    missed: list[list[Token]] = []
    out = _read_lines(lines, block.card, db, year_heading, owner, missed)
    if len(block.heads) >= 2 and not block.card and block.heads[-1].line != heading_used:
        chained = [*chain_lines(block.heads), *block.lines]
        missed_chained: list[list[Token]] = []
        other = _read_lines(chained, False, db, year_heading, owner, missed_chained)
        counts = [_fields(p) for p, _ in other]
        if sum(counts) > sum(_fields(p) for p, _ in out) and min(counts) >= 2 \
                and 2 * sum(c >= 3 for c in counts) >= len(counts):
            if unread is not None:
                unread.extend(missed_chained)
            return other, chained
    if unread is not None:
        unread.extend(missed)
    return out, lines


def _fields(pub: Publication) -> int:
    """How many of a title, authors, a venue and a year the paper gives."""
    return bool(pub.title) + bool(pub.authors) + (pub.venue is not None) + (pub.year is not None)


def _owner_speaks(line: Line) -> bool:
    """Whether a line is a paragraph in the first person: _PROSE_WORDS words or more that say "I" or "my" three times,
    before any styled or linked words ("I am ...", "Before my current post, I was ... at the [University of X]", an
    abstract's "This paper studies ... I find ..."). A paper's line whose abstract is in the first person opens with
    its title ("**Title** (with A. Lee). Abstract: I study ... I find ... My results ...")."""
    text = line.text
    if len(text.split()) < _PROSE_WORDS or len(list(islice(_I_SAID.finditer(text), 3))) < 3:
        return False
    for span in line.spans:
        if _I_SAID.search(span.text):
            return True
        if (span.bold or span.italic or span.href) and _LETTERS2.search(span.text):
            return False
    return True


def _read_lines(lines: list[Line], card: bool, db, year_heading: int | None,  # type: ignore[no-untyped-def]
                owner: str | None, missed: list[list[Token]]) -> list[tuple[Publication, list[Token]]]:
    if not card:
        # a paragraph in the first person ("Before my current post, I was ... I worked with [A] and [B]") is about the
        # page's owner, not a paper (the papers it introduces are paragraphs of their own)
        kept = [ln for ln in lines if not _owner_speaks(ln)]
        if len(kept) < len(lines):
            # and the owner's shorter lines beside it ("Currently, I'm an intern at X Lab, supervised by A B")
            kept = [ln for ln in kept if not _I_AM.search(ln.text)]
        lines = kept
        if not lines:
            return []
    toks = block_tokens(lines, db)
    if owner:
        _owner_is_an_author(toks, owner)
    out: list[tuple[Publication, list[Token]]] = []
    groups = [_card_entry(toks)] if card else _topic_heading(entries(toks))
    if not card and len(groups) >= 4:
        from .repair.page import layout_vote

        groups = layout_vote(groups)
    for group in groups:
        pub = entry_publication(group, db, year_heading)
        if out and ((pub is None and _description(group)) or (pub is not None and _note_under(pub, group, out[-1][0]))):
            out[-1] = (out[-1][0], [*out[-1][1], *group])  # what the paper above does, and its links
            continue
        if pub is None and not card:
            missed.append(group)
        if pub is None or (card and not (pub.authors or (pub.venue is not None and pub.venue.venue is not None)
                                         or pub.status not in ("unknown", "published") or _dated_paper_link(pub, group)
                                         or _cited_venue(pub))):
            continue  # a card naming no authors, no venue the database knows and no status: a project or a course
        if out and _translation(out[-1], (pub, group)):
            from .entries import absorb_translation

            absorb_translation(out[-1][0], pub)
            out[-1] = (out[-1][0], [*out[-1][1], *group])
        else:
            out.append((pub, group))
    return out


_MONTH_YEAR = re.compile(r"\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+(?:19|20)\d\d\s*",
                         re.I)


# where a link goes that is never a paper's page: code, video, social media, a scholar's profile
_NOT_PAPER_HOST = re.compile(r"github\.com|gitlab\.com|youtube\.com|youtu\.be|vimeo\.com|twitter\.com|x\.com/|"
                             r"linkedin\.com|facebook\.com|instagram\.com|scholar\.google|orcid\.org|mailto:", re.I)


def _linked_alone(group: Sequence[Token]) -> str | None:
    """The address of an entry that is a linked title alone (three words or more, all in one link; link words
    beside it, "[arxiv version](...)", may follow), or None."""
    words = [t for t in group if t.text[:1].isalnum()]
    href = words[0].href if words else None
    if not href or _NOT_PAPER_HOST.search(href):
        return None
    linked = [t for t in words if t.href == href]
    if len(linked) < 3 or any(t.href != href and not t.link_word for t in words):
        return None
    return href


def _cited_venue(pub: Publication) -> bool:
    """A card whose venue the database does not know, given as a citation gives it, with its volume, number or pages
    and a year ("Jordan Journal of Civil Engineering, 7(3), 2013"; a report's number): a paper, not a project."""
    return bool(pub.venue_raw and pub.year is not None and (pub.volume or pub.number or pub.pages))


def _dated_paper_link(pub: Publication, group: list[Token]) -> bool:
    """A card with a date and a link to a paper's page at its publisher or a paper server (a lab's cards of "April
    2023", a title heading, an abstract and "View on publisher site" at doi.org, naming no authors or venue): a paper,
    not a project (whose card has no date of its own)."""
    return pub.year is not None and any(t.href and PAPER_HOST.search(t.href) for t in group)


def _topic_heading(groups: list[list[Token]]) -> list[list[Token]]:
    """"##### Estimating obesity rates for very small groups" over "Rittirong, J., Bryant, J., ... (2021).
    **Obesity and occupation in Thailand: ...** *BMC Public Health*, 21, 914.": the heading right above the block,
    read as the title of the authors and year under it, while the entry's own title after them opened an entry of its
    own (no authors, each half a record). The heading is the topic the paper is listed under (the block's section);
    its words are no field, and the two are one entry."""
    if len(groups) < 2 or not groups[0] or groups[0][0].tag != "heading" or groups[0][0].field != "title":
        return groups
    first, second = groups[0], groups[1]
    head = list(takewhile(lambda t: t.tag == "heading", first))
    rest = first[len(head):]
    if not any(t.field == "author" for t in rest) or any(t.field in ("title", "venue") for t in rest) \
            or not second or second[0].field != "title" or any(t.field == "author" for t in second):
        return groups
    for t in head:
        t.relabel("other")
    second[0].label = second[0].field
    return [[*first, *second], *groups[2:]]


_STYLED_WORDS = 2  # words: fewer set in a page's title style are a name, a mark, a link word ("PDF")


def read_in_style(group: list[Token], style: str, db, year_heading: int | None = None,  # type: ignore[no-untyped-def]
                  owner: str | None = None, alone: bool = False) -> Publication | None:
    """An entry in which the labeller found no paper, read again knowing the page sets its papers' titles in
    `style` (title_style; the page's other entries tell): the one run of words set that way is its title, when it
    is no list of names and the rest of the entry says it is a paper: a year, or a status ("Under revision"); links
    in a line of prose ("See also [Google Scholar](...)", "[source code](...)") give none. "*Microphone Array Based
    Surveillance Audio Classification* (Ada Okafor e Jan Moreau, 2020)" on a page of italic titles: the labeller
    read the italics as a venue, as most references in its training set an italic venue; the entry gave no paper."""
    runs = _style_runs(group, style, owner)
    if len(runs) != 1:
        return None
    n = len(group)
    i, j = runs[0]
    outside = [k for k in (*range(i), *range(j, n)) if group[k].text[:1].isalnum()]
    if alone and style == "link" and sum(group[k].text[:1].isalpha() for k in range(i, j)) >= 4 \
            and _linked_alone(group) and all(group[k].link_word for k in outside):
        # "* [Estimating adult death rates from sibling histories](https://read.dukeupress.edu/...)" among linked
        # titles at doi.org and Springer: a linked title alone (four words or more: no DOI or address as its text),
        # on a page that links its papers' titles and under a section of two such papers at least (`alone`; not
        # "[Advice for PhD students](...)" in a section of its own), is one of them, whatever site it links to (none
        # that is only code, video or a profile)
        _title_at(group, i, j)
        pub = entry_publication(group, db, year_heading, linked_sibling=True)
        return pub if pub is not None and pub.title else None
    if not outside or len(outside) > 3 * (j - i) + 40:
        return None
    if not any((group[k].field == "year" and _year(group, k) is not None) or group[k].field == "status"
               for k in outside):
        return None
    _title_at(group, i, j)
    pub = entry_publication(group, db, year_heading)
    return pub if pub is not None and pub.title else None


def retitle_in_style(group: list[Token], style: str, db, year_heading: int | None = None,  # type: ignore[no-untyped-def]
                     owner: str | None = None) -> Publication | None:
    """A paper whose title the labeller ran on over the names before it, read again knowing the page sets its titles
    in `style`: "Ada Okafor, Jan Moreau and Li Wei:<br>[Tidal Heating of Icy Moons](...),<br>Proc. ..." on a page of
    linked titles gave the title "Ada Okafor, Jan Moreau and Li Wei: Tidal Heating of Icy Moons". When the one run in
    the style is inside the title and what the title holds before it is a list of names, those are the authors and
    the run the title: two names or more, the page owner's, or one that ends the author list before it. None when
    the entry is no such paper."""
    runs = _style_runs(group, style, owner)
    title = [k for k, t in enumerate(group) if t.field == "title"]
    if len(runs) != 1 or not title:
        return None
    i, j = runs[0]
    if not (title[0] < i and j - 1 <= title[-1]) \
            or any(group[k].field != "title" or group[k].tag == "heading" for k in range(title[0], i)):
        return None  # (a heading read into the title is no name: "Journal Papers" over the entry)
    names, _ = split_name_list(join_tokens(group[title[0]:i]).strip(" :.,;"))
    me = _surname(owner)
    if not names or not all(name_shaped(x) for x in names) \
            or (len(names) < 2 and not (me and me in names[0].lower().split())
                and not (title[0] and group[title[0] - 1].field == "author")):
        # one name-shaped phrase may be a title's first part ("Deep Learning: [...]"), unless the owner's or the end
        # of the author list before it ("..., J. Uesato, P. Kohli [Training ...](...)": "Kohli" read into the title)
        return None
    start = title[0] - 1 if title[0] > 0 and group[title[0] - 1].text == "," \
        and group[title[0] - 2 if title[0] > 1 else 0].field == "author" else title[0]
    _title_at(group, i, j, names_from=start)  # (with the comma that joins them to names read as authors before them)
    pub = entry_publication(group, db, year_heading)
    return pub if pub is not None and pub.title and pub.authors else None


_VENUE_RUN_WORDS = 15  # words: a longer run set in the venue style is a sentence, not a venue's name
_MARKS_BEFORE_VENUE = 2  # marks at most between a title's end and its venue ("”, **Journal**": a quote and a comma)
_VENUE_AFTER = frozenset({",", ".", ";", ":", "(", "["})  # the marks that may follow a venue's name in a citation


def venue_in_style(pub: Publication, toks: Sequence[Token], style: str, db) -> bool:  # type: ignore[no-untyped-def]
    """A paper read with no venue, on a page whose papers set their venues in `style` right after their titles
    (features.venue_style; the page's other entries tell): the run of words right after its title, nothing but marks
    between them, set in that style and read as no field, is its venue, when the entry ends after it or goes on with
    a mark, a volume, a year or a link ("*Title*, **Seismica**, Volume 2" among entries whose known journals are set
    so: a journal the labeller and the venue database do not know). True when a venue was set."""
    if pub.venue_raw is not None or pub.venue is not None:
        return False
    end = max((k for k, t in enumerate(toks) if t.field == "title"), default=-1)
    if end < 0:
        return False
    n, i = len(toks), end + 1
    while i < n and not toks[i].text[:1].isalnum() and toks[i].field == "other" and i - end <= _MARKS_BEFORE_VENUE + 1:
        i += 1
    if i >= n or i - end > _MARKS_BEFORE_VENUE + 1 or toks[i].field != "other" or not styled(toks[i], style) \
            or not toks[i].text[:1].isalpha() or toks[i].line != toks[end].line or toks[i].link_word \
            or toks[i].tag == "heading":
        return False
    j = i
    while j < n and toks[j].span == toks[i].span and toks[j].field == "other":
        j += 1
    if j < n and toks[j].span == toks[i].span:
        return False  # the styled run holds another field (a year, a volume, a status): not the venue alone
    after = toks[j] if j < n else None
    if after is not None and after.text not in _VENUE_AFTER and after.field not in ("volume", "year", "link"):
        return False
    text = squash(join_tokens(toks[i:j])).strip(" ,.;:")
    words = text.split()
    if not words or len(words) > _VENUE_RUN_WORDS or LINK_WORD.match(text):
        return False
    from .entries import apply_venue  # the one place a venue match fills a record

    apply_venue(pub, db.match(text, field=True), text)
    return pub.venue_raw is not None


def _title_at(group: Sequence[Token], i: int, j: int, names_from: int | None = None) -> None:
    """Label group[i:j] the entry's title and no other word a title; group[names_from:i], when given, its authors
    (their colon or stop none)."""
    for k, t in enumerate(group):
        if names_from is not None and names_from <= k < i:
            field = "other" if t.text in (":", "：", ";", ".") else "author"
        else:
            field = "title" if i <= k < j else ("other" if t.field == "title" else t.field)
        t.label = ("B-" if k == 0 else "") + field


def _surname(owner: str | None) -> str | None:
    """The last word of the page owner's name, in lower case."""
    return owner.split()[-1].lower() if owner and owner.split() else None


def _style_runs(group: Sequence[Token], style: str, owner: str | None) -> list[tuple[int, int]]:
    """The runs of words of an entry set in `style`, each on one line, that may be a title: two words or more, not a
    link word, no names (_names_run)."""
    runs: list[tuple[int, int]] = []
    i, n = 0, len(group)
    while i < n:
        if not (styled(group[i], style) and group[i].tag != "heading"):
            i += 1
            continue
        j = i
        while j < n and styled(group[j], style) and group[j].line == group[i].line and group[j].tag != "heading":
            j += 1
        words = sum(t.text[:1].isalnum() for t in group[i:j])
        if words >= _STYLED_WORDS and not group[i].link_word and not _names_run(group, i, j, owner):
            runs.append((i, j))
        i = j
    return runs


_NAME_JOINERS = frozenset({",", ";", "and", "&", "e", "y", "und", "et", "i", "en", "og", "och"})


def _names_run(group: Sequence[Token], i: int, j: int, owner: str | None) -> bool:
    """Whether group[i:j] is names, not a title: the page's owner, a list of names, or a name next to a comma or an
    "and" of an author list ("Ada Okafor, **Jan Moreau** e Li Wei"). A title of a few capitalised words, alone
    ("**Pattern Synonyms**" over its authors), is no name; nor is a link to a paper ("[Speaker-Aware
    Anti-Spoofing](https://arxiv.org/abs/...), **Ada Okafor**, ...": a name links a person's page)."""
    text = join_tokens(group[i:j])
    if (href := group[i].href) and PAPER_PAGE.search(href) and not LINK_WORD.fullmatch(text):
        return False  # (not a link word to it: "ArXiv Preprint" is read as before)
    if (me := _surname(owner)) and me in text.lower().split():
        return True
    names, _ = split_name_list(text)
    if not names or not all(name_shaped(x) for x in names):
        return False
    return len(names) >= 2 or (i > 0 and group[i - 1].text.lower() in _NAME_JOINERS) \
        or (j < len(group) and group[j].text.lower() in _NAME_JOINERS)


def _closed(toks: Sequence[Token], run: Sequence[Token]) -> bool:
    """Whether the title run ends with its full stop: the token after it, followed by a space or nothing (not the dot
    of "phys.org")."""
    end = index_of(toks, run[-1]) + 1
    return end < len(toks) and toks[end].text in (".", "。") and (end + 1 == len(toks) or toks[end + 1].space_before)


def _volume_after(toks: Sequence[Token], run: Sequence[Token]) -> bool:
    """Whether the title run is followed by its comma and the volume of the journal it is in: a citation in the
    Bluebook's form ("Racial Targets, 118 Nw. U. L. Rev. 1455 (2024)"), a short title, no short name of a paper."""
    end = index_of(toks, run[-1]) + 1
    return end + 1 < len(toks) and toks[end].text == "," and toks[end + 1].field == "volume"


_INITIAL = lazy_compile(r"\.|[A-Z]{1,3}")  # the end of a name written "Surname I." or "Surname IJ"


_LITERAL_BOLD = lazy_compile(r"\*\*\s*([^*]+?)\s*\*\*")
_NEXT_NAME = lazy_compile(r"[,;&]|\band\b")  # where the next name of a list starts


def _author_marks(pub: Publication, authors: list[Token], toks: Sequence[Token]) -> None:
    """The authors marked as equal contributors or the corresponding author ("Ada Lee*, Bo Kim*, Cy Park†",
    "**Zheqi Lv**$^\\dagger$"): the names are read without their marks (split_name_list), so each name's marks are
    looked for after it in the list as written, up to the next name, and a mark the labeller left after the list's
    last name counts too. Recorded as normalize_publication records the marks of a name given whole."""
    if not pub.authors or not authors:
        return
    end = index_of(toks, authors[-1]) + 1
    tail = list(authors)
    while end < len(toks) and len(tail) - len(authors) < 2 and toks[end].text and set(toks[end].text) <= ROLE_MARKS:
        tail.append(toks[end])
        end += 1
    if all(ROLE_MARKS.isdisjoint(t.text) for t in tail):
        return  # (most lists: no mark, the list is not joined)
    # (bold written around a name in a page's raw HTML, where Markdown is not read, "**Totty MS**", is no mark)
    raw = _LITERAL_BOLD.sub(r"\1", join_tokens(tail))
    if ROLE_MARKS.isdisjoint(raw):
        return
    pos = 0
    for name in pub.authors:
        words = name.split()
        k = raw.find(words[-1], pos) if words else -1
        if k < 0:
            continue
        pos = k + len(words[-1])
        after = _NEXT_NAME.split(raw[pos:], maxsplit=1)[0]
        _, roles = clean_name(name + after)
        if EQUAL in roles and name not in pub.equal_contribution:
            pub.equal_contribution.append(name)
        if CORRESPONDING in roles and name not in pub.corresponding:
            pub.corresponding.append(name)


def _superscript_mark(toks: Sequence[Token], i: int) -> bool:
    """toks[i] is a superscript of one to three letters or digits right after a word of a name, with no space between
    (bold written around the name in a page's raw HTML, where Markdown is not read, between them: "**McLain**<sup>c</sup>")."""
    t = toks[i]
    if t.tag != "sup" or len(t.text) > 3 or not t.text.isalnum():
        return False
    j = i  # back over the marks glued before it, to the word it is set on
    while j and not toks[j].space_before and toks[j - 1].line == t.line and not toks[j - 1].text.strip("*_"):
        j -= 1
    return j > 0 and not toks[j].space_before and toks[j - 1].line == t.line and toks[j - 1].tag != "sup" \
        and toks[j - 1].text[-1:].isalpha()


def _author_list(authors: list[Token]) -> tuple[list[str], bool]:
    """The names of an author list. A name the page sets apart in bold (its owner), written "Surname, Given Names"
    between the list's commas, is one name: "Graciano, R. P., **Peixoto, Marco Antonio**, Leach, M." (the split
    alone reads "Marco Antonio" as a name of its own, where the others give only initials). A list all in bold sets
    no name apart ("**Ada Okafor, Jan Moreau**": two names). A superscript's letters or digits set on a name
    ("Zgodic<sup>s</sup>, A", "Lee<sup>1</sup>": a student, an affiliation) mark it and are no part of it."""
    if any(t.tag == "sup" for t in authors):
        authors = [t for i, t in enumerate(authors) if not _superscript_mark(authors, i)]
    if any(t.text == ";" for t in authors):
        return split_name_list(join_tokens(authors))  # "Surname, Given; ...": the split reads those whole
    n = len(authors)
    cuts: list[tuple[int, int]] = []
    i = 0
    while i < n:
        if not authors[i].bold:
            i += 1
            continue
        j = i
        while j < n and authors[j].bold and authors[j].line == authors[i].line:
            j += 1
        piece = authors[i:j]
        commas = [k for k, t in enumerate(piece) if t.text == ","]
        if len(commas) == 1 and 0 < commas[0] < len(piece) - 1 and (i == 0 or authors[i - 1].text == ",") \
                and (i > 0 or j < n) \
                and (j == n or authors[j].text in (",", "and", "&")) \
                and all(any(t.text[:1].isalpha() and len(t.text) > 1 for t in part)
                        for part in (piece[:commas[0]], piece[commas[0] + 1:])) \
                and not _INITIAL.fullmatch(piece[commas[0] - 1].text):  # a surname, a given name
            # (not two names that each end in their initials: "**Darras H., Yu C.**")
            cuts.append((i, j))
        i = j
    if not cuts:
        return split_name_list(join_tokens(authors))
    names: list[str] = []
    et_al = False
    at = 0
    for i, j in [*cuts, (n, n)]:
        if i > at:
            got, et_al = split_name_list(join_tokens(authors[at:i]))
            names.extend(got)
        if j > i:
            names.append(join_tokens(authors[i:j]).strip(" *"))
        at = j
    return names, et_al


def names_alone(toks: Sequence[Token]) -> list[Token]:
    """The names of an entry that is only an author list, after its list number if any ("48. Yuki Nagai, Masahiko
    Okumura, and Akinori Tanaka", a table row over the row that holds the paper's title and venue); [] for any other
    entry. Two names at least, or one after a list number: a person's name alone is a heading or a signature."""
    toks = [t for t in toks if t.tag != "heading"]  # (the heading over a list's first item, read with it)
    first = next((k for k, t in enumerate(toks) if t.field == "author"), None)
    if first is None or any(t.text[:1].isalnum() and not t.text.isdigit() for t in toks[:first]):
        return []
    if any(t.field != "author" and (t.text[:1].isalnum() or t.href) for t in toks[first:]):
        return []
    authors = _author_tokens(toks)
    names, _ = _author_list(authors)
    shaped = sum(1 for n in names if name_shaped(_LEAD_NUMBER.sub("", n)))
    numbered = any(t.text.isdigit() for t in toks[:first])
    return authors if shaped >= 2 or (shaped == 1 and numbered) else []


def lend_names(pub: Publication, toks: Sequence[Token]) -> bool:
    """Give a paper read with no authors the names of the entry right above it that is only its author list
    (names_alone); False, and the paper unchanged, when that entry is no such list."""
    if pub.authors or not (authors := names_alone(toks)):
        return False
    _read_authors(pub, authors, toks)
    return True


def field_alone(toks: Sequence[Token], written: str, db) -> tuple[str, object] | None:  # type: ignore[no-untyped-def]
    """What an entry in which no paper was read (its tokens, and its lines' text as `written`) holds when it is one
    field of a paper and nothing else: ("year", 2016) for a year or a date alone ("2016-01-01"), ("venue", (match,
    text)) for a name the database lists as it is written ("Neurosci Bull", "Applied Sciences"), ("venue?", (match,
    written)) for a short line with no digit and no link that may name a venue the database lacks ("Journal of
    Heritage Tourism"); None for anything else. A site that sets each field of a paper in an element of its own
    (three list items, or a grid's three columns: year, paper, journal) gives these beside each paper (see
    reader._fields_apart)."""
    text = squash(join_tokens([t for t in toks if t.tag != "heading"])).strip(" ,.;:")
    if not text or len(text) > 200:
        return None
    if (year := date_alone(text)) is not None:
        return ("year", year)
    if DATE_ALONE.fullmatch(text):
        return None  # (a year to come)
    vm = db.match(text, field=True)
    if vm.venue is not None and vm.method == "alias" and _name_alone(vm.parse, text):
        return ("venue", (vm, text))
    if 0 < len(written) <= _VENUE_CHARS and not any(c.isdigit() for c in written) \
            and not any(t.href for t in toks):  # ("[Online Appendix](appendix.pdf)": a link)
        return ("venue?", (db.match(written, field=True), written))
    return None


_VENUE_CHARS = 120  # an entry alone this long at most, with no digit, may be a venue's name where the period has one


def _name_alone(parse: VenueParse, text: str) -> bool:
    """Whether a venue string is its venue's name and nothing else (a proceedings lead-in is part of the name: "Proc
    Natl Acad Sci U S A"): no volume, pages or year, no "Published in" before it ("Published in Journal of
    Macroeconomics, Volume 72" under a paper is a note of that paper's)."""
    return fold(text).strip(" .,") in (fold(parse.text).strip(" .,"), fold(f"{parse.lead} {parse.text}").strip(" .,"))


def lend_field(pub: Publication, kind: str, value: object) -> bool:
    """Give a paper the field an entry beside it holds alone (field_alone), when the paper has none of its own;
    False, and the paper unchanged, when it has one."""
    if kind == "year":
        if pub.year is not None or not isinstance(value, int):
            return False
        pub.year, pub.year_source = value, "text"
        return True
    if pub.venue_raw is not None or not isinstance(value, tuple):
        return False
    from .entries import apply_venue  # the one place a venue match fills a record

    year = pub.year, pub.year_source
    apply_venue(pub, value[0], value[1])
    if year[0] is not None:
        pub.year, pub.year_source = year  # (its own year stays)
    return True


def _read_authors(pub: Publication, authors: list[Token], toks: Sequence[Token]) -> None:
    """A paper's author list, its equal contributors and corresponding authors, read from the entry's author
    tokens (_author_tokens); none when no name in it is a person's."""
    pub.authors, pub.et_al = _author_list(authors)
    # "25 Ross, C.T.", "20. DB Lindenmayer", "04] Rong Xu": an entry's number or a date's end is no name's
    pub.authors = [n for a in pub.authors if (n := _LEAD_NUMBER.sub("", a))]
    if not any(name_shaped(a) for a in pub.authors):
        pub.authors, pub.et_al = [], False  # "in Province", "UniPat AI Cofounder": no person's name
    _author_marks(pub, authors, toks)


def _short_name(title: str) -> bool:
    """A name of two words at most ("SeaPO", "Visual-Augmentation"); a character of Chinese, Japanese or Korean is a
    word (a title in those scripts has no spaces: "基于访存图案变形的CGRA存储划分优化" is a title of 14 words)."""
    return len(title.split()) + len(CJK_CHAR.findall(title)) <= 2 and ":" not in title and len(title) <= 30


def _card_entry(toks: list[Token]) -> list[Token]:
    """A card (markup._cards) is one paper: its venue above the title ("ICML 2026" over "<h3>Title</h3>") is part of
    it. Its heading is its title unless the labeller read the heading as another field (a venue, the authors) and
    a line beside it as the title; when the heading is the title, a line the labeller read as a title beside it is
    not one (a card's badges: "Trajectory", "Published"; its topic tags)."""
    head = [t for t in toks if t.tag == "card-heading"]
    fields = Counter(t.field for t in head if t.text[:1].isalnum())
    read_as = fields.most_common(1)[0][0] if fields else "title"
    heading_titles = bool(head) and (read_as in ("title", "other")
                                     or not any(t.field == "title" for t in toks if t.tag != "card-heading"))
    for t in toks:
        if heading_titles and t.tag == "card-heading":
            t.label = "title"
        elif heading_titles and t.field == "title":
            t.label = "other"
        else:
            t.label = t.field  # one entry: no start inside it
    if toks:
        first = next((t for t in toks if t.field == "title"), toks[0])
        first.label = "B-" + first.field
    return toks


def _description(group: Sequence[Token]) -> bool:
    """A sentence saying what the paper above it does ("Leverages a vision-language-action model to ... | [paper]"),
    with no names in it: the paper's, with its links."""
    titles = _runs(group, "title")
    if not titles or any(t.field == "author" for t in group):
        return False
    text = join_tokens(titles[0])
    return len(text.split()) >= _DESCRIPTION_WORDS and _DESCRIBES.match(text) is not None


def _note_under(pub: Publication, group: Sequence[Token], before: Publication) -> bool:
    """"<strong>Title</strong><br><em>A. Lee, B. Kim — IROS, 2026</em> Hierarchical dynamic reconfiguration enabling
    real-time replanning. | <a>paper</a>": a line that goes on in the paragraph of a paper with authors and a venue or
    year, whose own title is not linked and which names no authors, venue, year or status, only links, is what the
    paper does, with its links."""
    first = group[0]
    return first.soft and not first.para and not first.href and not pub.authors and pub.venue is None \
        and pub.year is None and pub.status in ("unknown", "published") and bool(before.authors) \
        and (before.venue is not None or before.year is not None) \
        and not any(t.href for t in group if t.field == "title")


def _note_read_as_venue(toks: Sequence[Token], db) -> None:  # type: ignore[no-untyped-def]
    """"Title. Toxins, 10 (12), 493. (Open Access) [Link]": a note in brackets that only says how the paper can be
    read ("(Open Access)", "[Free PDF]"), read as the venue, is no venue (the journal before it may be)."""
    for run in _runs(toks, "venue"):
        k = index_of(toks, run[0])
        inner = [t for t in run if t.text not in (")", "]")]
        end = k + len(inner)
        if not inner or not k or toks[k - 1].text not in ("(", "[") \
                or end >= len(toks) or toks[end].text not in (")", "]"):
            continue
        if _says_what_it_links(join_tokens(inner), db):
            for t in run:
                t.relabel("link" if t.href else "other")


# the names of PubMed's identifiers, as its exports write them before the numbers ("PubMed PMID: 23591167; PubMed
# Central PMCID: PMC3746702")
_PUBMED_IDS = lazy_compile(r"(?:PubMed(?:\s+Central)?\s+)?PMC?ID\b.*", re.I)


def _identifier_read_as_venue(toks: Sequence[Token]) -> None:
    """"... Epub 2013 Apr 16. PubMed PMID: 23591167; PubMed Central PMCID: PMC3746702.": the name of an identifier of
    PubMed's, read as the venue, is no venue (the journal before it, read into the title, may be)."""
    for run in _runs(toks, "venue"):
        if _PUBMED_IDS.fullmatch(join_tokens(run)):
            for t in run:
                t.relabel("other")


def _link_read_as_venue(toks: Sequence[Token], db) -> None:  # type: ignore[no-untyped-def]
    """"Ecosphere 9. [Open Access](https://...)", "[Enlace - Open Access](...)": a link whose whole text only says what
    it points to, read as the venue, is a link, not where the paper appeared (a venue's name as a link's text stays:
    "[arXiv](...)", "[WWW](...)", "[MNRAS](...)")."""
    for run in _runs(toks, "venue"):
        k = index_of(toks, run[0])
        # (not part of a link's text: the rest of it says more)
        if whole_link(toks, k, k + len(run)) and _says_what_it_links(join_tokens(run), db):
            for t in run:
                t.relabel("link")


def _says_what_it_links(text: str, db) -> bool:  # type: ignore[no-untyped-def]
    """Whether a venue run's words only say what a link points to ("Open Access", "Free PDF"), naming no venue the
    database knows ("arXiv" and "bioRxiv" are link words and venues)."""
    return bool(LINK_WORD.match(text)) and db.match(text).venue is None


def _translation(before: tuple[Publication, list[Token]], entry: tuple[Publication, list[Token]]) -> bool:
    """One paper given in two languages in one entry ("<li>“Mandate-based and Market-based Policies” ..., 2024<br>
    林鹏昇,李硕. 行政手段与市场机制[J]. 世界经济, 2024, ..."; "严严, 黄玲. 幼儿情绪能力训练 [J]. 2018. Yan, Y., Huang,
    L. (2018). The Theoretical Conception ..."): right after the first, on its line or the next, not at a paragraph or
    a list number of its own, a title in the other script and the same year."""
    from .entries import translated

    (a, ga), (b, gb) = before, entry
    if not translated(a, b):
        return False
    first = gb[0]
    return 0 <= first.line - ga[-1].line <= 1 and not first.para and not (first.text in ("[", "(") or first.text.isdigit())
