"""Entry segmentation: a block's labelled tokens cut into entries, one paper each.

The labeller marks where each entry starts ("B-" labels). Where it missed, the decision is made from what
each piece holds (a title, authors, a venue, a year) and from the page's structure (the paragraphs of a run),
not from section names: fragments of one paper are joined, and paragraphs that each hold a whole entry are cut.
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Sequence

from ..text import CJK_CHAR, CJK_NAME, split_name_list
from .features import PAPER_HOST, YEAR, Token, join_tokens
from .vocab import PAPER_PAGE, QUOTE_CLOSES, name_shaped


def entries(tokens: Sequence[Token]) -> list[list[Token]]:
    """Cut labelled tokens into entries at the labeller's "B-" marks, then join fragments: a title with nothing
    else (or one line of unlabelled text, not a heading) and, right after it, the rest of an entry with no title
    (authors, venue or year) are one paper cut in two; so are an author list or a year with nothing else and,
    on the same or the next line, an entry with a title and no authors (no year; an author list with its year
    before an entry with neither: APA wrapped after the year); so are a paper and a line of nothing but links under
    it; and paragraphs of a run that each hold a whole entry are cut apart (_by_paragraph)."""
    _tag_lines(tokens)
    _number_opens(tokens)
    _bullet_opens(tokens)
    _styled_run_on(tokens)
    numbered = _numbered_paragraphs(tokens)
    _paragraph_starts(tokens)
    _after_names_on_line(tokens)
    groups: list[list[Token]] = []
    for t in tokens:
        if t.label.startswith("B-") or not groups:
            groups.append([])
        groups[-1].append(t)
    groups = [part for g in groups for part in _heading_apart(g)]
    groups = [part for g in groups for part in _by_paragraph(g)]
    for g in groups:
        _year_first(g)
        h = body_start(g)  # and after the heading read with it
        if 0 < h < len(g):
            _year_first(g[h:])
    out: list[list[Token]] = []
    for g in groups:
        if out and id(g[0]) not in numbered and _one_paper(out[-1], g):
            out[-1] = [*out[-1], *g]
        elif out and _where_published(out[-1], g):
            for t in g:
                if t.field == "author":  # the editors of the book it is in ("In: A. Editor (eds) Book 2023")
                    t.label = "other"
            out[-1] = [*out[-1], *g]
        else:
            out.append(list(g))
    return out


_TAG_WORDS = 5  # a tag of a line of tags has this many words at most


def _tag_lines(tokens: Sequence[Token]) -> None:
    """A line of tags under a paper, each after one symbol that opens the line and is repeated ("📌 Video-LLM
    Reasoning 📌 Evidence Purity 📌 Agentic Frame Selection", "🏷️ NLP 🏷️ Agents"): the paper's keywords, no entry of
    their own (the labeller started one there) and no title; read as other text of the entry above."""
    for _, run in itertools.groupby(tokens, key=lambda t: t.line):
        line = list(run)
        mark = line[0].text
        if not mark or any(unicodedata.category(c) not in ("So", "Mn", "Cf") for c in mark) or line[0].href:
            continue  # ("Mn", "Cf": an emoji's variation selector and joiner)
        cuts = [k for k, t in enumerate(line) if t.text == mark]
        pieces = [line[a + 1:b] for a, b in zip(cuts, [*cuts[1:], len(line)], strict=True)]
        if len(cuts) < 2 or cuts[0] != 0 or not all(
                0 < sum(t.text[:1].isalnum() for t in p) <= _TAG_WORDS and not any(t.href for t in p) for p in pieces):
            continue
        for t in line:
            t.label = "other"


def body_start(toks: Sequence[Token]) -> int:
    """Where the tokens after the section heading read with the block start (its length when all are heading)."""
    return next((k for k, t in enumerate(toks) if t.tag != "heading"), len(toks))


def _paragraph_starts(tokens: Sequence[Token]) -> None:
    """Paragraphs that each hold one whole entry (one run of title, and authors, a venue or a year) are the entries:
    a start the labeller put inside one ("**Title**<br>*Journal* (2019)<br>A. Lee, B. Kim" read as ending with the
    start of the next entry, its authors) is no start, and each paragraph starts one. Paragraphs before the first
    whole one and after the last are left as read; between them, a paragraph that opens with links or holds only an
    award is a note that joins the paper before it."""
    starts = [0, *(i for i, t in enumerate(tokens) if i and t.para and tokens[i - 1].line != t.line)]
    if len(starts) < 2:
        return
    paras = [tokens[a:b] for a, b in zip(starts, [*starts[1:], len(tokens)], strict=True)]
    head = paras[0][:body_start(paras[0])]  # the section heading read with the block: its title only if it has none
    twice, whole, notes, titles = 0, [], [], []
    # paragraphs that are each one link to a paper's page, two in a row or more: a list of titles alone (one such
    # paragraph between citations is a link under a paper: "[Publisher's website](https://doi.org/...)")
    linked = [_linked_title(p) for p in paras]
    listed = [x and ((k > 0 and linked[k - 1]) or (k + 1 < len(linked) and linked[k + 1]))
              for k, x in enumerate(linked)]
    for k, p in enumerate(paras):
        p = p[len(head):] if k == 0 and len(head) < len(p) else p
        runs = _title_runs(p)
        titles.append(runs)
        first = next((t for t in p if t.text[:1].isalnum()), None)
        # a paragraph that opens with the paper's links ("Preprint | Replication Files | Winner of ...") is its notes
        note = (_fields(p) <= _NOTE and "award" in _fields(p)) or (first is not None and first.field == "link")
        notes.append(note)
        whole.append(((runs >= 1 and (_whole(p) or _with_coauthors(p) or listed[k] or _identified(p))) or _cjk_cited(p))
                     and not note)
        twice += runs > 1 and _titles_not_names(p) > 1
    # a note before or after the run ("Citations from Google Scholar, updated ...", the tail of a paper the block's
    # cut parted from it) is no entry and no reason to read the others otherwise: the run's paragraphs between, where
    # a paragraph of an award alone ("**2017 Most Influential PLDI Paper Award**") is a note on the paper before it
    # (and a paragraph whose title was read as another field, at either end of the run, is one of them)
    entry = [w or (not n and _untitled_entry(p)) for w, n, p in zip(whole, notes, paras, strict=True)]
    lo, hi = _first_whole(entry), _last_whole(entry) + 1
    # a few paragraphs among them that are neither (a paper the labeller read no title in, a line of a kind of papers:
    # "Book Chapters:") are entries of their own all the same: the run's paragraphs start its entries, and one that
    # holds two titles or more keeps the starts the labeller read in it (a page whose paragraphs hold several papers)
    odd = sum(not (w or n or _section_line(p))
              for w, n, p in zip(entry[lo:hi], notes[lo:hi], paras[lo:hi], strict=True))
    if sum(whole) < 2 or odd * _ODD > sum(whole) or twice * 5 > sum(whole):
        return
    for p, n in zip(paras[lo:hi], notes[lo:hi], strict=True):
        if n:
            for t in p:
                t.label = t.field
    titles = [r for r, n in zip(titles[lo:hi], notes[lo:hi], strict=True) if not n]
    paras = [p for p, n in zip(paras[lo:hi], notes[lo:hi], strict=True) if not n]
    if not lo and head and len(head) < len(paras[0]) and any(t.field == "title" for t in head):
        for t in head:
            t.relabel("other")
    for k, p in enumerate(paras):
        title = next((j for j, t in enumerate(p) if t.field == "title"), len(p))
        named = any(t.field == "author" for t in p[:title])
        for j in range(1, 1 if odd and titles[k] > 1 else len(p)):
            if p[j].label.startswith("B-"):
                p[j].label = p[j].label[2:]
                if named and j > title and p[j].field == "author":
                    # "..., vol. 8B, Houston, TX, November 2015" read as the next entry's authors: this paper's
                    # authors are before its title, so these words are none
                    for t in itertools.takewhile(lambda t: t.field == "author", p[j:]):
                        t.label = "other"
        if k + 1 < len(paras):
            # a field read on across the paragraph's end ("..., October 2024" + "Received Best Paper Award: ..." read
            # as one award): its part in this paragraph is no part of it (a year is this paper's year)
            field, j = paras[k + 1][0].field, len(p)
            while j > 1 and p[j - 1].field == field and field not in ("title", "author"):
                j -= 1
                p[j].label = "year" if YEAR.fullmatch(p[j].text) else "other"
        if not p[0].label.startswith("B-"):
            p[0].label = "B-" + p[0].label


def _untitled_entry(toks: Sequence[Token]) -> bool:
    """A paragraph with a paper's authors and its venue and year but no title run: an entry whose title the labeller
    read as another field ("*Higher-Order Equivariant Networks for Charge Density*<br>**T. Lee**, A. Kim.<br>npj
    Computational Materials, 2024." among paragraphs of whole entries, its italic title read as a venue)."""
    return {"author", "venue", "year"} <= _fields(toks)


def _cjk_cited(toks: Sequence[Token]) -> bool:
    """A paragraph that opens as a citation in Chinese or Japanese does, however the labeller read it ("**袁博**,
    吴旭秋, 李伟强 (2022). 题名. *期刊*, 45(01), 149–155.", "李春果, 王宏伟†, 温瑞智. 2021. 题名. 地震地质"): two
    names or more of one to four CJK characters between commas, then the names' full stop or the year in brackets,
    then the year or words in CJK characters (the title). repair.cjk_citation reads its fields once it is an entry
    of its own."""
    k, names = list_number(toks), 0
    while k < len(toks) and k < _CJK_NAMES_TOKENS:
        w = toks[k].text
        if CJK_NAME.fullmatch(w):
            names += 1
        elif w not in _CJK_NAME_SEPS and w not in _CJK_MARKS:
            break
        k += 1
    if names < 2 or k + 1 >= len(toks):
        return False
    if toks[k].text in ("(", "（") and k + 2 < len(toks) and YEAR.fullmatch(toks[k + 1].text):
        k += 3
    elif toks[k].text not in (".", "。", "．"):
        return False
    rest = [t for t in toks[k:k + _CJK_NAMES_TOKENS] if t.text not in (".", "。", "．", "(", "（", ")", "）")]
    return bool(rest) and (YEAR.fullmatch(rest[0].text) is not None or CJK_CHAR.match(rest[0].text) is not None)


_CJK_NAMES_TOKENS = 40  # tokens of a CJK author list, at most
_CJK_NAME_SEPS = frozenset({",", "，", "、"})
_CJK_MARKS = frozenset({"*", "†", "‡", "#", "✉"})
_ODD = 5  # a run of paragraphs that each hold a whole entry may have one in this many that does not


def _first_whole(whole: list[bool]) -> int:
    """The first paragraph that holds a whole entry (len when none does)."""
    return next((k for k, w in enumerate(whole) if w), len(whole))


def _last_whole(whole: list[bool]) -> int:
    """The last paragraph that holds a whole entry (-1 when none does)."""
    return next((k for k in range(len(whole) - 1, -1, -1) if whole[k]), -1)


def _after_names_on_line(tokens: Sequence[Token]) -> None:
    """'J. Lee, J. A. Grover, and S. L. Rolston, "Sub-Doppler cooling of ...," JOSA B 30, 2869 (2013).': a start the
    labeller put on the same line right after an author list and its comma (the title that follows the authors in
    the IEEE and APS styles) is no start: an entry does not end with its authors and a comma."""
    for i in range(2, len(tokens)):
        t = tokens[i]
        if t.label.startswith("B-") and t.field != "author" and tokens[i - 1].text == "," \
                and tokens[i - 1].line == t.line and tokens[i - 2].field == "author" and tokens[i - 2].line == t.line:
            t.label = t.label[2:]


def _number_opens(tokens: Sequence[Token]) -> None:
    """A paragraph that opens with a list number ("[4] Lind, A. ...") starts its entry at the number: a start the
    labeller put on a word right after it moves to the number (it left the number at the end of the entry before),
    and the words between the number and that start are of the start's field ("16) Law CJ, ...": "Law" too)."""
    for i, t in enumerate(tokens):
        if not (i and t.para and tokens[i - 1].line != t.line) or t.label.startswith("B-"):
            continue
        k = list_number(tokens[i:])
        for j in range(i + 1, min(i + k + 2, len(tokens))) if k else ():
            if tokens[j].label.startswith("B-"):
                field = tokens[j].label = tokens[j].label[2:]
                for x in tokens[i + k:j]:
                    x.label = field
                for x in tokens[i + 1:i + k]:
                    x.label = "other"
                t.label = "B-other"
                break


# a mark typed before each entry in place of a list's bullet ("&bull; Authors. Title, Venue 2023<br>")
_BULLET_MARKS = frozenset("•▪◦‣⁃●○■□►▸➢➤✦")


def _bullet_opens(tokens: Sequence[Token]) -> None:
    """Lines that each open with a typed bullet ("• A. Lee, B. Kim. Title, ICAART 2023<br>• ..."), two or more in a
    block: each bullet opens an entry, and no start the labeller put later on the bullet's line (at its names or
    title) is one. A start on a line of its own after it stays (a note under a paper, "• Cover article.", is no
    entry's bullet: the next paper starts on its own line)."""
    starts = [i for i, t in enumerate(tokens)
              if t.text in _BULLET_MARKS and (i == 0 or tokens[i - 1].line != t.line)]
    if len(starts) < 2:
        return
    for a in starts:
        tokens[a].label = "B-other"
        for t in tokens[a + 1:]:
            if t.line != tokens[a].line:
                break
            if t.label.startswith("B-"):
                t.label = t.label[2:]


def _styled_run_on(tokens: Sequence[Token]) -> None:
    """A bold, italic or linked run that a wrapped source line carries on to the next ("**Journal of\n  Advances in
    Modeling Earth Systems**", "[Title of the\n  paper](url)") is one run of one entry: no entry starts inside it."""
    for i in range(1, len(tokens)):
        t, p = tokens[i], tokens[i - 1]
        if t.label.startswith("B-") and t.soft and p.line + 1 == t.line and t.text[:1].isalnum() \
                and ((t.bold and p.bold) or (t.italic and p.italic) or (t.href is not None and t.href == p.href)):
            t.label = t.label[2:]


def _numbered_paragraphs(tokens: Sequence[Token]) -> set[int]:
    """Paragraphs that each open with a list number typed in the text, in sequence (1., 2., 3. or counting down;
    "1.李明.题名.期刊,2018" with no space after the number is no Markdown list), two or more in a block:
    each number opens an entry, as a typed bullet does (_bullet_opens), whether or not the labeller started one
    there, and no line before it joins it. Returns the numbers' tokens (by id())."""
    starts: list[tuple[int, int, int]] = []  # (token, number, the number's tokens)
    for i, t in enumerate(tokens):
        if (i == 0 or (t.para and tokens[i - 1].line != t.line)) and (k := list_number(tokens[i:])):
            starts.append((i, int(tokens[i + k - 2].text), k))
    if len(starts) < 2:
        return set()
    runs: list[list[tuple[int, int, int]]] = []
    for start, prev in zip(starts, [None, *starts[:-1]], strict=True):
        if prev is not None and abs(start[1] - prev[1]) == 1 and runs:
            runs[-1].append(start)
        else:
            runs.append([start])
    opened = set()
    for run in runs:
        if len(run) < 2:
            continue
        for a, _, k in run:
            for t in tokens[a + 1:]:
                if t.line != tokens[a].line:
                    break
                if t.label.startswith("B-"):
                    t.label = t.label[2:]
            for t in tokens[a:a + k]:  # the number is no part of a field ("12.Duan, T." is no name "12.Duan")
                t.label = "other"
            tokens[a].label = "B-other"
            opened.add(id(tokens[a]))
    return opened


def _where_published(before: Sequence[Token], group: Sequence[Token]) -> bool:
    """Authors and a title with no venue or year, then on the next line a venue or year with no title: where the
    paper appeared, which the labeller took for a new entry (the names of a book's editors read as its authors)."""
    prev, cur = _fields(before), _fields(group)
    return "title" in prev and "author" in prev and not prev & _PLACE and "title" not in cur and bool(cur & _PLACE) \
        and group[0].line - before[-1].line == 1


def _heading_apart(group: list[Token]) -> list[list[Token]]:
    """The heading above a block, read as a title, and under it a citation with a title of its own, authors and a year
    or venue ("### *Denotes student mentee" over "Lind, J.M. (2021). A rusty record ..."): the heading is no part of
    that entry."""
    n = 0
    while n < len(group) and group[n].tag == "heading":
        n += 1
    rest = group[n:]
    if not n or not rest or group[n - 1].line == rest[0].line or not {"title", "author"} <= _fields(rest) \
            or not _fields(rest) & _PLACE:
        return [group]
    if rest[0].field == "title" and _fields(group[:n]) & {"title"}:
        return [group]  # the heading's title goes on under it
    if not _fields(group[:n]) & {"title", "author"} and any(t.text in (":", "：") for t in group[1:min(n, 5)]):
        return [group]  # a heading that names its field ("### Event: ...") is one of the entry's named fields
    if _title_runs(rest) != 1:
        return [group]  # pieces of a paragraph under the paper's heading (an abstract) read as titles: no entry
    rest[0].label = "B-" + rest[0].field
    return [group[:n], rest]


def _by_paragraph(group: list[Token]) -> list[list[Token]]:
    """An entry has one title: paragraphs (of a run of them), or lines that open with a year ("2020. Title ..."), that
    each hold a title and authors, venue or year, and start alike (with the authors, the title or the year), are one
    entry each, where the labeller missed where the next one begins; so are lines that open with the page's own
    consecutive numbers ("（1） Title, Journal, 2020, 通讯作者 <br>（2） ...", _numbered_next)."""
    starts = [i for i, t in enumerate(group) if i and group[i - 1].line != t.line
              and (t.para or _dated_line(group, i) or list_number(group[i:i + 3]))]
    if not starts:
        return [group]
    parts = [group[a:b] for a, b in zip([0, *starts], [*starts, len(group)], strict=True)]
    out = [parts[0]]
    for k, part in enumerate(parts[1:], 1):
        opening = _opening(part)
        # ... alike the paragraph before, or alike the one after when both are whole (the first paragraph of the
        # run may have had its authors cut off into the entry before by a misplaced start)
        alike = opening == _opening(out[-1]) or (k + 1 < len(parts) and _whole(parts[k + 1])
                                                 and opening == _opening(parts[k + 1]))
        if _numbered_next(out[-1], part):
            if len(out) == 1:
                _numbered_start(out[0])
            _numbered_start(part)
            out.append(part)
        elif _whole(part) and _whole(out[-1]) and alike and opening in ("author", "title", "year"):
            out.append(part)
        else:
            out[-1] = out[-1] + part
    return out


def _numbered_start(part: list[Token]) -> None:
    """An entry that opens with its list number (after the heading above the block, read with it): it begins at the
    number, whatever the labeller read it and the heading as (the heading is none of its fields), and its first field
    at the word after the number."""
    h = next((k for k, t in enumerate(part) if t.tag != "heading"), 0)
    k = h + list_number(part[h:])
    if k == h or k >= len(part):
        return
    for t in part[:k]:
        t.label = "other"
    part[0].label = "B-other"
    part[k].label = "B-" + part[k].field


def _numbered_next(before: Sequence[Token], part: Sequence[Token]) -> bool:
    """Two paragraphs that open with the page's own consecutive list numbers ("[1] ...", "[2] ..."; "3." after "2."),
    each with a year or a venue, however the labeller read the words after them: the numbers say where each entry
    begins."""
    before = before[next((k for k, t in enumerate(before) if t.tag != "heading"), 0):]  # the heading read with it
    a, b = list_number(before), list_number(part)
    if not a or not b or not (_fields(before[a:]) & _PLACE and _fields(part[b:]) & _PLACE):
        return False  # each holds a year or a venue: an entry, not a numbered note
    return before[0].text == part[0].text and abs(int(before[a - 2].text) - int(part[b - 2].text)) == 1


def _dated_line(group: Sequence[Token], i: int) -> bool:
    """A line that opens with a year and a full stop or colon ("2020. Title (with A. Lee) Press"), or with a year set
    apart by its own markup ("<code>2022</code> <strong>Title</strong>, <em>Journal</em>"), as every entry of a list
    written year first does, even where the lines are not paragraphs of their own; or with a year in brackets ("(2015)
    [Title](url) (with A. Lee). *Journal*", lines joined by a Markdown line break)."""
    t = group[i]
    if t.text in ("(", "[") and i + 2 < len(group) and YEAR.fullmatch(group[i + 1].text) \
            and group[i + 2].text in (")", "]") and group[i + 2].line == t.line:
        return True
    if not YEAR.fullmatch(t.text) or i + 1 >= len(group) or group[i + 1].line != t.line:
        return False
    after = group[i + 1]
    return after.text in (".", ":") or (after.span != t.span and group[i - 1].span != t.span)


def _year_first(group: Sequence[Token]) -> None:
    """A year that opens an entry, alone on its line, before a stop, in markup of its own or in brackets
    ("2022. Title ...", a table's "2026 | Title | Journal", "**2021** [Title](pdf)", "(2019) Title"), is the
    entry's year, however the labeller read it (the brackets are no part of any field)."""
    k = 1 if len(group) > 2 and group[0].text in ("(", "[") and group[2].text in (")", "]") \
        and group[2].line == group[0].line else 0
    t = group[k]
    # a year is never a name, a status or a volume
    if t.field in ("other", "author", "title", "status", "volume") and YEAR.fullmatch(t.text):
        after = group[2 * k + 1] if len(group) > 2 * k + 1 else None  # after the closing bracket
        if k or after is None or after.line != t.line or after.text in (".", ":", ")", "-", "–", "—", ",") \
                or after.span != t.span:  # "**2021** [Title](pdf). *Journal*.", "<code>2022</code> <b>Title</b>"
            if k:
                for b in (group[0], group[2]):
                    b.relabel("other")
            if t.field == "title" and after is not None and after.field == "title":
                after.label = t.label  # the title starts after the year
            t.label = t.label.replace(t.field, "year")


def _title_runs(toks: Sequence[Token]) -> int:
    """How many runs of title words the tokens hold."""
    return sum(1 for i, t in enumerate(toks) if t.field == "title" and (not i or toks[i - 1].field != "title"))


def _titles_not_names(toks: Sequence[Token]) -> int:
    """How many runs of title words the tokens hold that are not a list of people's names ("Nicholas Nethercote and
    Julian Seward." read as a title before the paper's own)."""
    count, run = 0, []
    for i, t in enumerate(toks):
        if t.field == "title":
            run.append(t)
        if run and (i + 1 == len(toks) or toks[i + 1].field != "title"):
            names, _ = split_name_list(join_tokens(run))
            count += not (names and all(name_shaped(n) and len(n.split()) >= 2 for n in names))
            run = []
    return count


def _whole(toks: Sequence[Token]) -> bool:
    """A title and something else that makes an entry."""
    fields = _fields(toks)
    return "title" in fields and bool(fields & _EVIDENCE)


def _identified(toks: Sequence[Token]) -> bool:
    """A paragraph that writes out its paper's DOI or arXiv address ("Title.  \n https://doi.org/10.1101/2022.10.10.5116",
    a genetics group's list of titles and DOIs, no authors or venues: 25 of 53 papers were read into the one before
    them): a whole entry with its title."""
    text = "".join(t.text for t in toks if t.field in ("link", "other"))
    return "doi.org/10." in text or "arxiv.org/abs/" in text or "doi:10." in text.lower()


def _linked_title(toks: Sequence[Token]) -> bool:
    """A paragraph that is one link to a paper's page or file, read as a title at least in part, and nothing else
    ("<p><a href="https://www.ncbi.nlm.nih.gov/pubmed/17135423">Title</a></p>" again and again, a lab's list of
    titles alone): a whole entry."""
    words = [t for t in toks if t.text[:1].isalnum()]
    href = words[0].href if words else None
    return href is not None and all(t.href == href for t in words) and any(t.field == "title" for t in words) \
        and (PAPER_PAGE.search(href) is not None or PAPER_HOST.search(href) is not None)


def _section_line(toks: Sequence[Token]) -> bool:
    """A paragraph that names a part of the list, not a paper: no title words, and no letters ("1", a stray list
    number) or a colon at its end ("Old Working Papers (with R&R, not resubmitted):")."""
    return not any(t.field == "title" for t in toks) and (not any(t.text[:1].isalpha() for t in toks)
                                                            or toks[-1].text in (":", "："))


def _with_coauthors(toks: Sequence[Token]) -> bool:
    """A title and, after it, "with" and a capitalised name: its co-authors, as economists and philosophers list their
    papers ("“Title”, with Ana Okafor", "Title (with B. Lee and C. Dow)"), read or not as authors."""
    title = next((k for k, t in enumerate(toks) if t.field == "title"), len(toks))
    return any(t.text.lower() == "with" and (t.field != "title" or toks[k - 1].text in _CLOSING_QUOTES)
               and toks[k + 1].text[:1].isupper() for k, t in enumerate(toks[title:-1], start=title) if k > title)


_CLOSING_QUOTES = frozenset(QUOTE_CLOSES.values())  # a quoted title's end: "with" after it is no title's word


def _opening(toks: Sequence[Token]) -> str:
    """The field of the first word after a list number ("[27]", "(3)", "12.") and the heading read with it, "year" for
    a year however labelled ("2020. Title ...")."""
    t = next((t for t in toks[list_number(toks):] if t.text[:1].isalnum() and t.tag != "heading"), None)
    if t is None:
        return ""
    return "year" if YEAR.fullmatch(t.text) else t.field


def list_number(toks: Sequence[Token]) -> int:
    """How many tokens a list number written in the text takes at the start ("[27]", "(3)", "12.", and the full-width
    forms of Chinese and Japanese text: "（3）", "【27】": up to three digits, never a year), 0 without one."""
    n = 1 if toks and toks[0].text in _NUMBER_OPENS else 0
    if len(toks) > n + 1 and toks[n].text.isdigit() and len(toks[n].text) <= 3 and toks[n].line == toks[0].line \
            and toks[n + 1].text in _NUMBER_CLOSES and (n == 0 or toks[n + 1].text not in (".", "．")):
        return n + 2
    return 0


_NUMBER_OPENS = frozenset({"[", "(", "（", "［", "【"})
_NUMBER_CLOSES = frozenset({"]", ")", ".", "）", "］", "】", "．"})


def _one_paper(before: Sequence[Token], group: Sequence[Token]) -> bool:
    """Whether `group` continues the entry `before` (see entries)."""
    prev, cur = _fields(before), _fields(group)
    if "title" not in cur and cur & _EVIDENCE:
        # the year of the heading above the block ("## 2026"), or of a line of its own ("<p><b>2019</b></p>"), is no
        # part of the paper's own text
        if "title" in prev and not _fields([t for t in before if t.tag != "heading"
                                            and not (t.field == "year" and _year_line(before, t))]) & _EVIDENCE:
            return True
        if prev == {"other"} and len({t.line for t in before}) == 1 and before[-1].line + 1 == group[0].line \
                and not any(t.tag == "heading" for t in before):
            return True
    near = group[0].line - before[-1].line <= 1
    if near and "link" in cur and cur <= _LINKS_ONLY and "title" in prev:
        return True  # "[Direct Link] [View on PubMed]" on the line under a paper: its links, no entry of their own
    if "year" in prev and prev <= _YEAR_ONLY and "title" in cur and "year" not in cur and near:
        return True  # "2025 | Title | Journal": the year written first, in a column or a margin of its own
    if "venue" in prev and prev <= _PLACE_ONLY and "title" in cur and "venue" not in cur and near \
            and all(t.tag == "venue" for t in before if t.text[:1].isalnum()):
        return True  # '<div class="publication-badge">WACV</div><h5>Title</h5>': a card's badge, over its title
    if "author" in prev and prev <= _NAMES_AND_YEAR and "title" in cur and "author" not in cur and "year" not in cur \
            and near:
        return True  # "Castelli, W. P., & Levy, D. (1992).\nLipids and risk ...": APA wrapped after its year
    return "author" in prev and prev <= _NAMES_ONLY and "title" in cur and "author" not in cur and near


def _year_line(group: Sequence[Token], year: Token) -> bool:
    """Whether the year stands on a line of its own in the group, before the group's title."""
    return all(t.field != "title" and (t is year or not t.text[:1].isalnum()) for t in group if t.line == year.line) \
        and any(t.field == "title" and t.line > year.line for t in group)


_EVIDENCE = frozenset({"author", "venue", "year", "status"})
_NAMES_ONLY = frozenset({"author", "other"})
_NAMES_AND_YEAR = frozenset({"author", "other", "year"})
_YEAR_ONLY = frozenset({"year", "other"})
_PLACE = frozenset({"venue", "year"})
_PLACE_ONLY = _PLACE | {"other"}
_LINKS_ONLY = frozenset({"link", "other"})
_NOTE = frozenset({"award", "other"})  # a paragraph of these, an award among them, is a note on a paper


def _fields(group: Sequence[Token]) -> set[str]:
    return {t.field for t in group}
