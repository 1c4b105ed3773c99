"""Read one input file into a Profile: decode safely, pick the reader for its kind, never raise on content."""

from __future__ import annotations

import codecs
import dataclasses
import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..files import FileReadError, read_regular
from ..journals import strip_numeric_tail
from ..lazyre import lazy_compile
from ..model import LATEST_YEAR, Diagnostic, Profile, Publication, SourceLoc
from ..normalize import normalize_publication
from ..text import CJK_CHAR, fold, looks_like_name, repair_text, split_name_list, squash
from ..venues import COINED_NAME, VenueDB
from . import collection
from .entries import (
    Context,
    UnderHeading,
    Unread,
    absorb_translation,
    apply_venue,
    block_publications,
    heading_papers,
    read_unread,
    skipped_sections_note,
    translated,
    venues_in_style,
)
from .features import THESIS_WORDS, date_alone
from .keyed import TITLE_KEY_LINE, keyed_publications
from .markup import Block, LineMapper, blank_out, iter_blocks, markdown_to_html, parse_html, tex_quotes
from .vocab import ends_no_title

MAX_BYTES = 20 * 1024 * 1024  # a homepage source larger than this is not a homepage
MAX_BIB_BYTES = 256 * 1024 * 1024  # a .bib may be a department's whole bibliography
MARKDOWN_EXT = {".md", ".markdown", ".mdown", ".qmd", ".rmd", ".txt", ".mkd", ".mdx"}  # (MDX: Markdown with JSX)
HTML_EXT = {".html", ".htm", ".xhtml"}
JEMDOC_EXT = {".jemdoc"}  # jemdoc's own markup (sources/jemdoc.py)
ORG_EXT = {".org"}  # Org-mode pages (sources/orgmode.py)
ASCIIDOC_EXT = {".adoc", ".asciidoc", ".asc"}  # AsciiDoc pages of Asciidoctor and Antora sites (sources/asciidoc.py)
PUG_EXT = {".pug", ".jade"}  # Pug (Jade) pages and partials (sources/pug.py)
RST_EXT = {".rst", ".rest"}  # reStructuredText pages of Sphinx and Pelican sites (sources/rst.py)
TEX_EXT = {".tex", ".ltx"}  # a CV or a publication list written in LaTeX (sources/texpage.py)
BIB_EXT = {".bib", ".bibtex"}
DATA_EXT = {".yml", ".yaml", ".json", ".toml"}  # site data: _data/publications.yml (sources/datafile.py)
# a site's code: its literals may hold the list
SCRIPT_EXT = {".js", ".mjs", ".cjs", ".jsx", ".ts", ".tsx", ".vue", ".svelte", ".astro", ".dart", ".hs", ".elm", ".lua",
              ".jl", ".nix"}
TABULAR_EXT = {".csv", ".tsv", ".ris"}  # reference-manager exports (sources/tabular.py)
# a server's pages: HTML with its code, which markup.blank_out blanks but for what the code prints
SERVER_EXT = {".php", ".shtml", ".asp", ".aspx", ".jsp", ".ejs", ".erb"}


class InputError(Exception):
    """A file that cannot be read at all (missing, unreadable, binary, too large)."""

    def __init__(self, path: str, message: str, line: int = 0):
        self.path, self.message, self.line = path, message, line
        super().__init__(f"{path}:{line}: {message}" if line else f"{path}: {message}")


@dataclass(frozen=True)
class ReadOptions:
    """How one file is read: size limit, whether to keep its text, workers for a big .bib, extractor."""

    max_bytes: int | None = None  # None: MAX_BIB_BYTES for .bib files, MAX_BYTES for the others
    keep_text: bool = False
    jobs: int = 1  # processes for one big .bib
    extractor: str = "crf"  # "rules" or "crf": how the entries of a page are read


def size_limit(path: Path, max_bytes: int | None = None) -> int:
    """The largest size read for this file: `max_bytes` when given, else the default for its kind."""
    if max_bytes is not None:
        return max_bytes
    return MAX_BIB_BYTES if path.suffix.lower() in BIB_EXT | TABULAR_EXT else MAX_BYTES


def decode(path: str, data: bytes) -> tuple[str, list[Diagnostic]]:
    """Bytes to text: UTF-8 (BOM allowed); invalid bytes are replaced and reported with their line."""
    diags: list[Diagnostic] = []
    wide = _wide_encoding(data)
    if wide is not None:  # Windows editors save "Unicode" pages as UTF-16: NUL bytes, yet text
        try:
            text = data.decode(wide)
        except UnicodeDecodeError:
            text = data.decode(wide, errors="replace")
            line = text.count("\n", 0, text.index("\ufffd")) + 1
            message = f"invalid {wide.upper()}; undecodable bytes replaced with U+FFFD"
            diags.append(Diagnostic("E102", "error", message, path, line))
        text = text.removeprefix("\ufeff")
    elif b"\x00" in data[:8192]:
        raise InputError(path, "binary file (NUL bytes): not a homepage source")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            declared = _declared_charset(data)
            if declared is not None:
                # a page saved in the charset it declares (Word's "Save as Web Page": windows-1252): read as a
                # browser reads it, every byte kept
                text = data.decode(declared, errors="replace")
                if "\ufffd" in text:
                    line = text.count("\n", 0, text.index("\ufffd")) + 1
                    diags.append(Diagnostic("E102", "error", f"invalid {declared} (the charset the file declares); "
                                            "undecodable bytes replaced with U+FFFD", path, line))
            else:
                line = data[: e.start].count(b"\n") + 1
                diags.append(Diagnostic("E102", "error", f"invalid UTF-8 (byte 0x{data[e.start]:02x}); undecodable "
                                        "bytes replaced with U+FFFD", path, line))
                text = data.decode("utf-8-sig", errors="replace")
    if "\x00" in text:
        text = text.replace("\x00", "")
        diags.append(Diagnostic("E103", "warning", "NUL characters removed", path, 1))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return repair_text(text), diags


# `<meta charset="windows-1252">`, `<meta http-equiv="Content-Type" content="text/html; charset=macintosh">`,
# `<?xml version="1.0" encoding="iso-8859-1"?>`, in the file's first 4 KB (where HTML says a browser looks for it)
_CHARSET = lazy_compile(r"""<meta\b[^>]*?\bcharset\s*=\s*["']?([\w.:-]+)|<\?xml\b[^>]*?\bencoding\s*=\s*["']([\w.:-]+)""",
                        re.I)


def _declared_charset(data: bytes) -> str | None:
    """The charset a page that is not UTF-8 declares, as Python names it, or None (none declared, unknown to
    Python, or UTF-8 itself: the bytes are wrong then, not the label)."""
    m = _CHARSET.search(data[:4096].decode("latin-1"))  # every byte a character: the tag is ASCII in any charset
    if m is None:
        return None
    try:
        name = codecs.lookup(m.group(1) or m.group(2)).name
    except LookupError:
        return None
    return name if name.startswith(_PAGE_CHARSETS) else None


# the families of charsets pages are written in (Python's names): not UTF-8 (then the bytes are wrong, not the label),
# and not a codec that is no charset ("base64", "rot13", "idna", "unicode_escape": a label may name anything)
_PAGE_CHARSETS = ("cp", "iso8859", "mac-", "koi8", "latin", "gb", "big5", "shift_jis", "euc", "iso2022", "tis",
                  "hz", "johab", "kz1048", "ptcp154", "ascii")


def _wide_encoding(data: bytes) -> str | None:
    """utf-32 or utf-16 (by the byte-order mark), utf-16-le/-be (every other byte NUL), or None."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = data[:4096]
    half = len(sample) // 2
    if half < 2 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= 0.9 * half and even == 0:
        return "utf-16-le"
    if even >= 0.9 * half and odd == 0:
        return "utf-16-be"
    return None


# a document or a fragment (bibtex2html's output, a server-side include) that opens with an HTML element
_HTML_START = lazy_compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype html|html|head|body|h[1-6]|div|p|table|ul|ol|section|"
                           r"article|main|header|nav|center|font|dl)\b", re.I | re.S)


def detect_kind(path: Path, text: str) -> str:
    ext = path.suffix.lower()
    if ext in TABULAR_EXT:
        return "ris" if ext == ".ris" else "csv"
    # a page that opens as HTML is HTML, whatever BibTeX it shows inside ("<pre>@inproceedings{...}" under each
    # entry of a bibtex2html page with no extension)
    if ext in TEX_EXT:
        return "latex"
    if ext in HTML_EXT or (ext not in MARKDOWN_EXT | BIB_EXT and _HTML_START.match(text)):
        return "html"
    # (a reStructuredText page shows BibTeX in code blocks after the references it lists, "In BibTeX format:": it is
    # read as the page it is, the blocks by their keys' lines)
    if ext in BIB_EXT or (ext not in MARKDOWN_EXT | RST_EXT | ASCIIDOC_EXT
                          and re.search(r"^\s*@\w+\s*\{", text, re.M)):
        return "bibtex"
    if ext in JEMDOC_EXT:
        return "jemdoc"
    if ext in ORG_EXT:
        return "org"
    if ext in ASCIIDOC_EXT:
        return "asciidoc"
    if ext in PUG_EXT:
        return "pug"
    if ext in RST_EXT:
        return "rst"
    return "markdown"


# the sources whose markup is JSX (or JSX-like: Astro's, MDX's), read as a page when they keep no list as data
_JSX_EXT = {".js", ".mjs", ".cjs", ".jsx", ".ts", ".tsx", ".astro", ".mdx"}
_ASTRO_FENCE = lazy_compile(r"\A\s*---[ \t]*\n.*?\n---[ \t]*(?:\n|\Z)", re.S)


def read_profile(path: str | Path, db: VenueDB, options: ReadOptions = ReadOptions()) -> Profile:
    """Read one file into a Profile; content problems become diagnostics, only unreadable files raise."""
    p = Path(path)
    name = str(path)
    try:
        data = read_regular(p, size_limit(p, options.max_bytes), hint="use --max-size")
    except FileReadError as e:
        raise InputError(name, e.message) from e
    text, diags = decode(name, data)
    kind = detect_kind(p, text)
    script = None
    if p.suffix.lower() in SCRIPT_EXT:
        from .datafile import read_script

        script = read_script(name, text, db)  # None: no list kept as data (JSX markup is read as a page)
    elif p.suffix.lower() == ".py":
        from .datafile import read_python

        script = read_python(name, text, db)  # None: no literal data (read as text, as before)
    if script is None and p.suffix.lower() in _JSX_EXT:
        from .jsdata import script_as_page

        text = script_as_page(text)  # `Title{" "}`: the space a formatter wrote, as the page shows it
    if script is None and p.suffix.lower() == ".astro":
        # an Astro component with no list kept as data: its template is HTML, under a fence of script code (no YAML)
        text, kind = _ASTRO_FENCE.sub(lambda m: "\n" * m.group(0).count("\n"), text, count=1), "html"
    if script is not None:
        profile = script
    elif p.suffix.lower() in DATA_EXT:
        from .datafile import read_data

        profile = read_data(name, text, db)
    elif kind == "bibtex":
        from .bibtex import read_bibtex

        profile = read_bibtex(name, text, db, jobs=options.jobs)
    elif kind in ("csv", "ris"):
        from .tabular import read_csv, read_ris

        profile = (read_ris if kind == "ris" else read_csv)(name, text, db)
    elif kind == "jemdoc":
        from .jemdoc import to_html

        profile = read_markup(name, to_html(text), db, html=True, extractor=options.extractor)
    elif kind == "org":
        from .orgmode import to_html as org_to_html

        profile = read_markup(name, org_to_html(text), db, html=True, extractor=options.extractor)
    elif kind == "asciidoc":
        from .asciidoc import to_html as asciidoc_to_html

        profile = read_markup(name, asciidoc_to_html(text), db, html=True, extractor=options.extractor)
    elif kind == "pug":
        from .pug import to_html as pug_to_html

        profile = read_markup(name, pug_to_html(text), db, html=True, extractor=options.extractor)
    elif kind == "latex":
        from .texpage import to_html as tex_to_html

        profile = read_markup(name, tex_to_html(text), db, html=True, extractor=options.extractor, soft_breaks=True)
    elif kind == "rst":
        from .rst import code_bibtex
        from .rst import to_html as rst_to_html

        profile = read_markup(name, rst_to_html(text), db, html=True, extractor=options.extractor, soft_breaks=True)
        keyed = text
        if (shown := code_bibtex(text)) is not None:
            # BibTeX shown in code blocks ("In BibTeX format:"), read as BibTeX; the page's references are read too
            from .bibtex import read_bibtex

            bib = read_bibtex(name, shown[0], db)
            profile.publications.extend(bib.publications)
            profile.diagnostics.extend(bib.diagnostics)
            keyed = shown[1]
        # a directive per paper with its fields as options (shown by the site's own code, not as text)
        profile.publications.extend(normalize_publication(p, db) for p in keyed_publications(name, keyed, db))
    else:
        profile = read_markup(name, text, db, html=(kind == "html"), extractor=options.extractor)
    profile.diagnostics[:0] = diags
    _tell_page_kind(profile.publications)
    if options.keep_text:
        profile.text = text
    if not text.strip():
        profile.diagnostics.append(Diagnostic("W201", "warning", "empty file", name, 1))
    return profile


# a page's vote on the kind of its papers: this many of its papers' venues known, and this share of them one kind
_KIND_VOTES, _KIND_SHARE = 3, 0.75
_KIND_OF_VENUE = {"journal": "article", "conference": "inproceedings", "workshop": "inproceedings"}


def _tell_page_kind(pubs: list[Publication]) -> None:
    """Tell each paper of a page the entry type most of its papers have by their venues the database knows (a page
    of journal papers, one of conference papers; Publication.page_kind): what a venue it does not know is taken for
    ("Ophthalmology Science" among journals). A page of both kinds, or of too few known venues, tells none."""
    votes = Counter(kind for p in pubs if p.venue is not None and p.venue.venue is not None
                    and (kind := _KIND_OF_VENUE.get(p.venue.venue.type)))
    if votes:
        kind, n = votes.most_common(1)[0]
        if n >= _KIND_VOTES and n >= _KIND_SHARE * votes.total():
            for p in pubs:
                p.page_kind = kind


def read_markup(path: str, text: str, db: VenueDB, html: bool = False, extractor: str = "crf",
                soft_breaks: bool = False) -> Profile:
    """A markdown page (with or without front matter, HTML inside allowed) or an HTML page (`soft_breaks`: one whose
    line ends inside a paragraph are Markdown's soft breaks, as in the HTML sources/rst.py makes line for line)."""
    profile = Profile(path=path, kind="html" if html else "markdown")
    meta: dict[str, Any] = {}
    body, offset = text, 0
    if not html:
        meta, body, offset, fm_diag = collection.split_front_matter(path, text)
        if fm_diag is not None:
            profile.diagnostics.append(fm_diag)
        if meta and collection.is_publication_item(meta, body):
            item = collection.read_item(path, meta, text, body, db, profile)
            if TITLE_KEY_LINE.search(body):
                # more items pasted below the first one's front matter ("---\ntitle: ...\n---" again and again)
                item.publications.extend(normalize_publication(p, db) for p in keyed_publications(path, text, db))
            return item
    owner = _owner_from_meta(meta) or _owner_from_text(body)
    ctx = Context(db=db, path=path, owner=owner, extractor=extractor, soft_breaks=soft_breaks)
    pubs = _read_blocks(body, offset, html, ctx)
    if ctx.skipped_sections:
        profile.diagnostics.append(skipped_sections_note(path, ctx.skipped_sections))
    attributed = _attribute_papers(path, text, db)
    if pubs is None:
        if not meta and not attributed:
            return profile
        pubs = []  # no body: the page can still keep its papers in its front matter or elements' attributes
    if meta and not html:
        pubs.extend(_feature_rows(meta, body, text, ctx))
    if not html:
        # the body's keyed records; the front matter, when it was read, gives its own as the data they are, every
        # field kept (read line by line, `publication:` and the keys a record's reader does not know were lost)
        pubs.extend(keyed_publications(path, text, db, offset if meta else 0))
    if html or "<script" in body:  # (a Markdown page may hold a raw <script> of its own too)
        pubs.extend(_script_papers(path, text, db, pubs))
    profile.owner = owner or _owner_from_bold(ctx.bold_names)
    _sole_authors(pubs, profile.owner, db)
    _surname_pairs_apart(pubs)
    _details_below_titles(pubs)
    if profile.owner:
        # the page's heading with the owner's name over a bio is not a paper (no venue, no identifier)
        me = fold(profile.owner)
        pubs = [p for p in pubs if not (p.title and fold(p.title) == me and p.venue is None and not p.ids)]
    kept = [p for p in _with_evidence(pubs, profile.owner) if not _one_word_alone(p)]
    _venues_in_titles(kept, db)
    _venues_after_titles(kept, db)
    _venues_in_text(kept, db)  # only for papers kept: a venue read this way is no evidence of one
    _years_in_text(kept)
    profile.publications = [normalize_publication(p, db) for p in kept]
    if meta and not html:
        profile.publications.extend(_front_matter_papers(path, meta, text, ctx, profile.publications))
    profile.publications.extend(attributed)
    return profile


# where a person's name may stand as a paper's one author in its text: at its start, or after a stop, a comma, a
# colon, a bracket or a year; and before a stop, a comma, a colon, a bracket, a word in lower case or the end
_AUTHOR_BEFORE = r"(?:^|(?<=[.,;:)\]]\s)|(?<=\d{4}\s))"
_AUTHOR_AFTER = r"(?=\s*(?:[.,;:(\[]|$)|\s[a-z])"  # ... or a link's word: "Michael Greenberg pdf (slides) bib"


def _sole_authors(pubs: list[Publication], owner: str | None, db: VenueDB) -> None:
    """A paper read without authors whose text, apart from its title, holds a list of names with a person of the page
    in it (an author of two other papers of the page, or its owner) is theirs ("Diefenbach, Nadine; Roth, Philip
    (2023): ..."); so is one whose text names one such person alone in an author's place ("Hypothesis Tests Under
    Separation 2024. Carlisle Rainey. Political Analysis.", "[4] : J. Seguinot. Numerical modelling of ..."): the
    labeller reads a lone name, or a list it was not trained on, as no authors, and the page's other papers say it is."""
    if not any(not p.authors and p.title for p in pubs):
        return
    counts = Counter(a for p in pubs for a in dict.fromkeys(p.authors))
    # the page's people are a few: its owner and frequent co-authors (the fifty most frequent bound the work on a
    # page of thousands of papers)
    people = {a for a, n in counts.most_common(50) if n >= 2 and " " in a.strip() and _nameish(a)}
    if owner and " " in owner.strip():
        people.add(owner)
    people = {a for a in people if db.match(a).venue is None}  # a bold journal is no person ("Phys. Rev. B")
    if not people:
        return
    named = re.compile(_AUTHOR_BEFORE + "(" + "|".join(re.escape(a) for a in sorted(people, key=len, reverse=True))
                       + ")" + _AUTHOR_AFTER)
    for p in pubs:
        if p.authors or not p.title or not p.sources:
            continue
        if _names_after_title(p, people):
            continue
        rest = squash(_without_title(p))
        listed, et_al = _listed_with(rest, people)
        if listed:
            p.authors, p.et_al = listed, et_al
        elif len(found := {m.group(1) for m in named.finditer(rest)}) == 1:
            p.authors = [found.pop()]


_DETAILS_GAP = 3  # lines from a title alone to the citation under it, at most
# what a citation read with no title gives a title read alone: not where or how either was read
_NOT_LENT = frozenset({"title", "label", "sources", "kind", "section", "as_written"})


def _details_below_titles(pubs: list[Publication]) -> None:
    """A title read alone (no authors, venue or year with it) and, within a few lines under it, a citation read as
    a paper with no title (authors and a venue or a year): one paper, when the page sets a card's title and its
    citation in blocks of their own ('<li><p><b><a href="doi">Title</a></b></p></li><p>Pal, S.; Lee, A.
    <em>J. Am. Chem. Soc.</em> <b>2026</b>, <em>148</em>(12), 13140.</p>'). The citation's fields fill the title's
    record; its line's text is kept with the title's."""
    out: list[Publication] = []
    for p in pubs:
        a = out[-1] if out else None
        if a is not None and p.title is None and p.authors and (p.venue_raw or p.year) and a.title \
                and not a.authors and a.venue_raw is None and a.venue is None and a.year is None \
                and a.sources and p.sources and a.sources[-1].path == p.sources[0].path \
                and 0 < p.sources[0].line - a.sources[-1].line <= _DETAILS_GAP:
            for f in dataclasses.fields(p):
                mine, theirs = getattr(a, f.name), getattr(p, f.name)
                if f.name in _NOT_LENT or not theirs:
                    continue
                if isinstance(mine, list):
                    mine.extend(x for x in theirs if x not in mine)
                elif isinstance(mine, dict):
                    mine.update({k: v for k, v in theirs.items() if k not in mine})
                elif not mine or (f.name == "status" and mine == "unknown"):
                    setattr(a, f.name, theirs)
            last = a.sources[-1]
            a.sources[-1] = SourceLoc(last.path, last.line, squash(f"{last.raw} {p.sources[0].raw}"))
            continue
        out.append(p)
    pubs[:] = out


_SURNAME = r"[^\W\d_][^\W\d_'’\-]*(?:[-'’][^\W\d_]+)*"
_PAIR = lazy_compile(rf"({_SURNAME}),\s*({_SURNAME})")
_SURNAMES_ALONE = 6  # authors written as a surname alone on the page's papers, at least, to say the page so writes


def _surname_pairs_apart(pubs: list[Publication]) -> None:
    """On a page that writes its authors as surnames alone ("_Quill, Brandt, Okafor_"), a name read as
    "Surname, Given" from two one-word names ("_Hell, Horvat_", "_Brenner, Horvat_": two pieces say nothing of which)
    is two authors when most of the page's authors are one word, the second is an author on its own of the page's
    other papers (a given name is none) and the pair is the only one of its list."""
    alone = Counter(a for p in pubs for a in dict.fromkeys(p.authors) if " " not in a and "," not in a)
    if sum(alone.values()) < _SURNAMES_ALONE or 2 * sum(alone.values()) < sum(len(p.authors) for p in pubs):
        return  # (most of the page's authors are one word: a page of "Surname, Given" lists is no such page)
    for p in pubs:
        if sum("," in a for a in p.authors) != 1:
            continue  # (none, or a list of "Surname, Given" names: "Walkinshaw, Neil, Bogdanov, Kirill")
        out: list[str] = []
        for a in p.authors:
            m = _PAIR.fullmatch(a)
            if m and alone[m.group(2)]:
                out += [m.group(1), m.group(2)]
            else:
                out.append(a)
        p.authors = out


def _names_after_title(p: Publication, people: set[str]) -> bool:
    """A title run on into the author list after it, names only, one of them a person of the page ("Teaching Team
    Programming Skills: A Case Study, Manabu Hirano, Masaki Murata, Takumi Nakano" before the venue, no markup to
    tell them apart): the names are the paper's authors and the title ends before them."""
    title = p.title or ""
    if ", " not in title or not any(a in title for a in people):
        return False
    parts = title.split(", ")
    for k in range(1, len(parts)):
        names = parts[k:]
        if all(_nameish(n) and not any(c.isdigit() for c in n) for n in names) \
                and any(n in people for n in names) and len(" ".join(parts[:k]).split()) >= 3:
            p.title, p.authors = ", ".join(parts[:k]), names
            return True
    return False


def _without_title(p: Publication) -> str:
    """The text a paper was read from with its title cut out, as " . " (a piece of its own), for the passes below
    that look for what the labeller left unread in the rest."""
    raw, title = p.sources[0].raw, p.title or ""
    at = raw.find(title) if title else -1
    return raw[:at] + " . " + raw[at + len(title):] if at >= 0 else raw


# pieces of text a page may look up in the venue database for the passes below (a lookup of a new string may cost a
# few hundred µs: a page of thousands of papers without venues stays fast)
_VENUE_LOOKUPS = 2000


def _named_exactly(db: VenueDB, text: str, field: bool = False) -> str | None:
    """The id of the venue the database names by exactly this text (an alias, not a close match), or None
    (`field`: the text is cited as a venue, so a journal named by one common word counts: "Polymer, 2020")."""
    m = db.match(text, field=field)
    return m.venue.id if m.venue is not None and m.method == "alias" else None


# where a venue's name in an entry's text ends: its title (cut out as " . "), a quote, a bracket, a bar, a middle dot,
# or a full stop before a capital that does not end an initial
_VENUE_ENDS = lazy_compile(r"\s\.\s|[\"“”«»()\[\]|·]|(?<![A-Z])\.\s+(?=[A-Z])")


# a name cited with its numbers: its year, or its volume with issue or pages ("Polymer, 2020", "Matter 4(2)",
# "Behaviour 159: 1-20"): the name is a journal's, however common its one word
_CITED_NAME = lazy_compile(r"[^\W\d_][^\d]*?[\s,]\s*(?:\(?(?:19|20)\d{2}\)?|\d+\s*\(\d+\)|\d+\s*:\s*\d+|\d+\s*,\s*\d+)(?!\d)")
# a piece of text whose first word, after marks ("§ Nature" is fine), is all in lower case ("eLife", "arXiv" are not)
_NO_NAME_OPENING = lazy_compile(r"[^\w]*[a-z]+(?!\w)")
_TEX_COMMAND = lazy_compile(r"\\[A-Za-z]")


_LINK_TEXT = lazy_compile(r"\b(?:https?://|doi:\s*|www\.)\S+", re.I)  # a link or DOI written out in an entry's text
_DOI_LINK = lazy_compile(r"(?:https?://(?:dx\.)?doi\.org/|doi:\s*)10\.", re.I)
_ABSTRACT_WORDS = 120  # words of a paper's text besides its title, at most, for a venue to be looked for in it


def _venues_in_text(pubs: list[Publication], db: VenueDB) -> None:
    """A paper read without a venue whose text, apart from its title and authors, has one piece the venue database
    names exactly ("Title. Biosensors and Bioelectronics, 12, 2020.", "Title · SoftwareX"), has that venue: the
    labeller read the words as something else (a title's tail, a note), and the database says what they are. A
    venue's first word is not in lower case unless coined ("eLife"), and it has no TeX command: a piece of a sentence
    ("..., and machine learning") or of a formula ("^\\ast") names none, nor does one that says the paper is a thesis
    ("Doctoral thesis 2025": the lists name a pseudo-journal so), nor does one in a paper's abstract (more than
    _ABSTRACT_WORDS words of text). At most _VENUE_LOOKUPS pieces a page are looked up."""
    budget = _VENUE_LOOKUPS
    for p in pubs:
        if budget <= 0:
            return
        if p.venue_raw or p.venue is not None or not p.title or not p.sources:
            continue
        rest = squash(_without_title(p))
        if len(rest.split()) > _ABSTRACT_WORDS:
            continue  # an abstract under the title: a venue's name in it ("class switch recombination (CSR)") is a term
        readings = [rest]
        if "http" in rest or "doi:" in rest or "www." in rest:
            # else, without the links: a link after the venue (APA's "Journal. https://doi.org/...") is no part of the
            # piece before it; a DOI closes a citation, so the piece right before one is cited as a venue is
            # ("(2021). ENeuro. https://doi..."). (A venue read with its link, "Available at SSRN: https://...",
            # keeps it.)
            readings.append(_LINK_TEXT.sub(lambda m: " \x00 | " if _DOI_LINK.match(m.group(0)) else " | ", rest))
        for text in readings:
            found: dict[str, tuple[str, bool]] = {}
            for piece in _VENUE_ENDS.split(text):
                before_doi = piece.rstrip().endswith("\x00")
                piece = piece.replace("\x00", " ").strip(" ,;:.-–—")
                if len(piece) < 3 or len(piece) > 200 or any(a in piece for a in p.authors) \
                        or _NO_NAME_OPENING.match(piece) or _TEX_COMMAND.search(piece) \
                        or not THESIS_WORDS.isdisjoint(piece.lower().split()):
                    continue
                budget -= 1
                cited = bool(_CITED_NAME.match(piece)) or before_doi
                if (vid := _named_exactly(db, piece, field=cited)) is not None:
                    found.setdefault(vid, (piece, cited))
            if len(found) == 1:
                piece, cited = next(iter(found.values()))
                apply_venue(p, db.match(piece, field=cited), piece)
                break
            if found:
                break  # two venues named: no reading chooses


# where a title may have run on into its venue: a full stop, a comma, or an opening bracket ("... Emiliania huxleyi.
# Marine Ecology Progress Series", "..., Demography 50(5):1921-1942", "... (The Review of Asset Pricing Studies")
_TITLE_VENUE_CUT = lazy_compile(r"[.?!]\s+(?=[^\W\d]|[_*])|,\s+(?=[^\W\d_])|\s+[(\[]\s*(?=[^\W\d_])")


def _venues_in_titles(pubs: list[Publication], db: VenueDB) -> None:
    """A paper read without a venue whose title runs on, after a stop, a comma or an opening bracket, into a piece
    the venue database names exactly ("Sleep-dependent oscillatory synchronization: a role in fear memory
    consolidation. Frontiers in Neural Circuits") has that venue, and its title ends before it: the labeller read the
    venue as the title's last words. The title before the cut keeps three words or more and the venue opens with a
    capital (or is a coined name: "eLife"); a venue after a space alone is left in the title ("Filling NA in Longitudinal Data with Machine
    Learning"). At most _VENUE_LOOKUPS pieces a
    page are looked up."""
    budget = _VENUE_LOOKUPS
    for p in pubs:
        if budget <= 0:
            return
        if p.venue_raw or p.venue is not None or not p.title:
            continue
        for m in _TITLE_VENUE_CUT.finditer(p.title):
            end = m.start() + (p.title[m.start()] in "?!")  # a question's mark is the title's own
            head, tail = p.title[:end].rstrip(" ,;:"), p.title[m.end():].strip(" _*,;:.)]")
            if len(head.split()) < 3 or len(tail) < 2 or not (tail[0].isupper() or COINED_NAME.match(tail)):
                continue  # a venue's name opens with a capital ("eLife" is coined): "..., learning and memory" is a title's
            budget -= 1
            if _named_exactly(db, tail) is not None:
                p.title = head
                apply_venue(p, db.match(tail), tail)
                break


def _venues_after_titles(pubs: list[Publication], db: VenueDB) -> None:
    """A page that writes each paper's journal right after its title with no mark between them ("McCutcheon RA
    (2020) Schizophrenia: An Overview JAMA Psychiatry, 77(2), 201-210"): the labeller read the journal, and its
    volume and pages, into the title. Where at least _AFTER_TITLE_MIN of the page's papers without a venue, and half
    of them, have titles that end in a name the venue database knows exactly (after a space alone, the head keeping
    three words; a name of one word only before a volume or pages), the page writes its venues so: each such title
    ends before the name, which is the paper's venue. One title alone ending so ("... with Neural Networks") is no
    evidence: a venue after a space alone is otherwise left in the title (_venues_in_titles)."""
    bare = [p for p in pubs if not p.venue_raw and p.venue is None and p.title]
    if len(bare) < _AFTER_TITLE_MIN:
        return
    budget, missed = _VENUE_LOOKUPS, 0
    found: list[tuple[Publication, str, str]] = []
    for p in bare:
        if 2 * missed > len(bare):
            return  # half of them cannot end so any more: no more lookups on a page that writes venues otherwise
        title = str(p.title)
        core = strip_numeric_tail(title)  # a volume, issue and pages read on into the title
        cited = len(core) < len(title.rstrip(" ,;:.")) or bool(p.volume or p.pages or p.article_number)
        words = core.split()
        for k in range(min(_AFTER_TITLE_WORDS, len(words) - 3), 0, -1):  # the longest name first
            tail = " ".join(words[-k:])
            if (k == 1 and not cited) or not (tail[0].isupper() or COINED_NAME.match(tail)):
                continue
            if ends_no_title(words[-k - 1]) or words[-k - 1].lower() in _CUT_INSIDE:
                continue  # "... with Neural Networks": a title's phrase goes on over a journal's name
            budget -= 1
            if _named_exactly(db, tail) is not None:
                found.append((p, " ".join(words[:-k]).rstrip(" ,;:"), title[len(core) - len(tail):]))
                break
        else:
            missed += 1
        if budget <= 0:
            return
    if len(found) < _AFTER_TITLE_MIN or 2 * len(found) < len(bare):
        return
    for p, head, venue in found:
        p.title = head
        apply_venue(p, db.match(venue), venue)


_AFTER_TITLE_MIN = 3  # papers of a page whose titles end in a venue's name after a space: the page writes them so
_AFTER_TITLE_WORDS = 6  # words of a venue's name at a title's end, at most
# words a title's phrase goes on after (besides vocab.ends_no_title's): a venue's name after them is the title's own
_CUT_INSIDE = frozenset({"with", "for", "in", "on", "to", "by", "from", "via", "using", "into", "at", "as"})


# a year written in an entry's text, not inside a number, a link or an identifier ("(2005)", "2024 ·", ", 2018,")
_TEXT_YEAR = lazy_compile(r"(?<![\w./\-])(?:19[5-9]\d|20[0-4]\d)(?![\w/\-]|\.\d)")
_NOT_YEARS = lazy_compile(r"\b(?:https?://|doi:|www\.)\S+|\b10\.\d{4,}/\S+|\bISBN[\s:]*[\d\-X ]+|\barXiv:\S+", re.I)


_SENTENCE_END = lazy_compile(r"(?<=[a-z)][.!?])\s+")


def _years_in_text(pubs: list[Publication]) -> None:
    """A paper kept without a year whose text, apart from its title and sentences of prose, writes one year only
    (outside links, DOIs, ISBNs and arXiv ids), up to model.LATEST_YEAR, has that year ("... Phys. Rev. D 71, 062001
    (2005).", "Palgrave Macmillan · 2024 · ISBN ..."): the labeller read it as a number of the citation."""
    for p in pubs:
        if p.year is not None or not p.title or not p.sources:
            continue
        rest = _NOT_YEARS.sub(" ", _without_title(p))
        # a sentence of prose (an abstract, a note) is no citation: "... disclose tax data starting in 2026."
        rest = " . ".join(x for x in _SENTENCE_END.split(rest) if len(x.split()) < 12)
        years = {int(y) for y in _TEXT_YEAR.findall(rest)}
        if len(years) == 1 and (y := years.pop()) <= LATEST_YEAR:
            p.year, p.year_source = y, "text"


# where the text around an entry's author list ends: its title (cut out as " . "), a quote, a bracket, a year, or a
# full stop before a word that is no initial ("Roth, Philip (2023): Nähe ...", "..., Yiping Lu, On the Width ...")
_LIST_ENDS = lazy_compile(r"\s\.\s|[\"“”«»()\[\]]|\b(?:19|20)\d\d\b|(?<![A-Z])\.\s+(?=[A-Z][A-Za-z])")


_SURNAME_INITIALS = lazy_compile(r"[^\W\d_][\w'’\-]+(?:\s+[A-Z]{1,3}\.?)+")  # Vancouver's "Vazan A", "Royer RJ"


def _nameish(name: str) -> bool:
    """Whether a name of a list is a person's, written in any order: "Roth, Philip", "Vazan A", "Kevin Andrea" (one
    word is not enough: "H-T Wei, Programmable, Universal, and Efficient ..." is a title's first words)."""
    return 2 <= len(name.split()) <= 4 and (looks_like_name(" ".join(reversed(name.split(", ", 1))))
                                            or _SURNAME_INITIALS.fullmatch(name) is not None)


def _listed_with(rest: str, people: set[str]) -> tuple[list[str], bool]:
    """The author list around a person of the page in an entry's text, when a piece of it between its title, quotes,
    brackets, years and sentences is names only, two or more, one of them that person ("Diefenbach, Nadine; Roth,
    Philip (2023): ..."); else none."""
    for piece in _LIST_ENDS.split(rest):
        piece = piece.strip(" ,;:")
        if not piece or not any(a in piece for a in people) or any(c.isdigit() for c in piece):
            continue
        names, et_al = split_name_list(piece)
        if (len(names) >= 2 and any(n in people for n in names)
                and all(_nameish(n) for n in names)):
            return names, et_al
    return [], False


_ATTRIBUTED = lazy_compile(r"(?:<[a-z][\w.]*-[\w.-]*|<[A-Z][a-z][\w.]*|\{\{[<%]\s*[\w./-]+)\s[^>{}]*?\b[Tt]itle\s*="
                           # (an include's values may hold HTML: authors="A. Lee, <b>B. Kim</b>")
                           r"|\{%-?\s*include(?:_relative)?\s+[\w./-]+\s[^{}]*?\b[Tt]itle\s*=")


def _attribute_papers(path: str, text: str, db: VenueDB) -> list[Publication]:
    """The papers a page keeps as the attributes of elements of its own or of Hugo shortcodes (`<x-paper title="..."
    year="2024" comments="...">`, `{{% publication authors="..." year="2019" title="..." %}}`, Jekyll's `{% include
    publication authors="..." title="..." %}`): the site's code shows
    them, the page's text has none of their words."""
    if not _ATTRIBUTED.search(text):
        return []
    from .datafile import profile_from_data
    from .entries import _skipped
    from .jsdata import attribute_props

    found = attribute_props(text)
    heads = [(m.start(), squash(re.sub(r"<[^>]*>", " ", next(g for g in m.groups() if g is not None))))
             for m in _HEADING_TEXT.finditer(text)]
    data, k, section, lines = [], 0, "", {}
    line, last = 1, 0
    for at, props in found:
        while k < len(heads) and heads[k][0] < at:
            section, k = heads[k][1], k + 1
        line, last = line + text.count("\n", last, at), at  # counted on from the element before: one pass
        if _skipped(section) != "skip":  # under "Talks" (the page's heading above the element), no paper
            data.append(props)
            lines[id(props)] = line
    return profile_from_data(path, data, text, db, lines).publications


# a heading above an element: HTML's, Markdown's, or an element whose class says it is one ('<span class="header">Talks')
_HEADING_TEXT = lazy_compile(r"<h[1-6][^>]*>(.{1,200}?)</h[1-6]>|^#{1,6}\s+(.+?)\s*#*$"
                             r"|<(?:span|div|p|strong|b)\s[^>]*class=[\"'][^\"']*\b(?:header|heading|section-title)\b[^>]*>"
                             r"([^<]{1,80})<", re.I | re.M | re.S)


def _front_matter_papers(path: str, meta: dict[str, Any], text: str, ctx: Context,
                         read: list[Publication]) -> list[Publication]:
    """The papers a page's front matter keeps as data for its layout to show: a list of mappings with a title and
    a paper's field (`publications: [{title:, authors:, conference:}]`), read as a data file is, or lists of whole
    citation strings (Hugo `sections: [{name:, list: ["(2021) A. Lee, B. Kim, [Title](doi) - Journal ..."]}]`),
    read as an HTML list on the lines they stand on. Mappings are read by their keys' lines (sources/keyed.py) where
    each key opens a line; those written on one line (TOML's inline tables in Zola's `[extra] publications = [{ title
    = "...", conference = "OOPSLA", date = "2024" }]`, YAML's `- {title: ..., venue: ...}`) are read here, the
    mappings whose titles are not among the papers `read` already."""
    from .datafile import (
        as_list_page,
        citations,
        keep_item_fields,
        markdown_texts,
        paper_items,
        profile_from_data,
        text_line,
    )

    if isinstance(refs := meta.get("references"), list) and any(isinstance(r, dict) for r in refs):
        # Pandoc's and Quarto's references kept in the page (CSL YAML, shown with `nocite: '@*'`): data, as in a file
        return profile_from_data(path, refs, text, ctx.db).publications
    data = [v for v in meta.values() if isinstance(v, (list, dict))]
    if cites := citations(data):
        page, cited_at = as_list_page([c for c, _ in cites], text, markdown=True)
        got = _read_blocks(page, 0, False, ctx) or []
        keep_item_fields(got, cites, cited_at)
        return [normalize_publication(p, ctx.db) for p in got]
    if items := paper_items(data):
        seen = {fold(p.title) for p in read if p.title}
        return [p for p in profile_from_data(path, None, text, ctx.db, items=items).publications
                if not p.title or fold(p.title) not in seen]
    got, at = [], 0
    for value, title in markdown_texts(meta):
        # Markdown kept as a string for the layout to show (Hugo Blox's markdown blocks, a theme's `intro: |`):
        # read as the page's text, on the lines it stands on, under its block's title
        line, at = text_line(value, text, at)
        got.extend(_read_blocks(value, line, False, ctx, title) or [])
    return [normalize_publication(p, ctx.db) for p in _with_evidence(got, ctx.owner)]


# an inline script (no src) of an HTML page, its code
_INLINE_SCRIPT = lazy_compile(r"<script\b(?![^>]*\bsrc\s*=)[^>]*>(.*?)</script\s*>", re.S | re.I)


def _script_papers(path: str, text: str, db: VenueDB, pubs: list[Publication]) -> list[Publication]:
    """The papers an HTML page (or a Markdown page's raw HTML) keeps as data in its own scripts and draws in the
    browser (`const PAPERS = [{title: ..., year: ..., venue: ...}, ...]`: the page's text has none of them), read as a
    data file's mappings; none that the page's text gives too."""
    from .datafile import paper_items, profile_from_data
    from .jsdata import literals

    seen = {fold(p.title) for p in pubs if p.title}
    out: list[Publication] = []
    for m in _INLINE_SCRIPT.finditer(text):
        if "title" not in m.group(1) or not (items := paper_items(literals(m.group(1), named=True))):
            continue
        # each paper on the line its title is written on in the script (not where the page names it before)
        script = "\n" * text.count("\n", 0, m.start(1)) + m.group(1)
        out.extend(p for p in profile_from_data(path, None, script, db, items=items).publications
                   if not p.title or fold(p.title) not in seen)
    return out


_INCLUDE_ROW = lazy_compile(r"\{%-?\s*include\s+feature_row(?:\.html)?\b([^%]*)%\}")
_ROW_ID = lazy_compile(r"""\bid\s*=\s*["']?([\w.-]+)""")
_ATX = lazy_compile(r"^#{1,6}\s+(.+?)\s*#*\s*$", re.M)


def _feature_rows(meta: dict[str, Any], body: str, text: str, ctx: Context) -> list[Publication]:
    """The papers a page keeps in its front matter's feature rows (minimal-mistakes and academicpages:
    `feature_row: [{title:, excerpt: "[Title](url) <br/> Authors (2024). *Journal*"}]`, shown where the body says
    `{% include feature_row id="feature_row" %}`): each item's title and excerpt are read as Markdown under the
    heading above the include, from the front matter line that holds them; a row whose excerpt gives no title (an
    abstract under `title:` and `url:`) as a data file's mapping."""
    from .datafile import profile_from_data

    out: list[Publication] = []
    lines = text.split("\n")
    for m in _INCLUDE_ROW.finditer(body):
        key = (k.group(1) if (k := _ROW_ID.search(m.group(1))) else "feature_row")
        items = meta.get(key)
        if not isinstance(items, list):
            continue
        heads = _ATX.findall(body, 0, m.start())
        section = heads[-1] if heads else ""
        for item in items:
            if not isinstance(item, dict):
                continue
            parts = [v for k in ("title", "excerpt") if isinstance(v := item.get(k), str) and v.strip()]
            if not parts:
                continue
            probe = parts[-1].strip().split("\n")[0][:40]
            line = next((i for i, ln in enumerate(lines) if probe and probe in ln), 0)
            got = _read_blocks("\n\n".join(parts), line, False, ctx, section) or []
            if parts[0] is item.get("title") and not any(p.title for p in got):
                # the row's excerpt is no citation (an abstract, a summary): the row's title is the paper's, and its
                # other keys say what they hold (`url:` its link), as in a data file
                got = profile_from_data(ctx.path, None, text, ctx.db, items=[item]).publications
                for p in got:
                    p.section = p.section or section
            out.extend(got)
    return out


_NEAR = 5  # lines: a record of an entry's link this near it is a record of the entry
_ID_NEAR = 20  # lines: an identifier on a line of its own this near a paper, after it, is the paper's


def _doi_line(paper: Publication, rec: Publication) -> str | None:
    """The DOI `rec` holds when it is no paper but the identifier of `paper` above it: no title or authors, its label
    the DOI it links ("DOI: 10.11588/ip.2017.1.39826" in a line of its own, its page's byline), the paper without a
    DOI of its own or with that one; else None."""
    doi = rec.ids.get("doi")
    if rec.title is not None or rec.authors or not doi or not rec.label or not rec.sources or not paper.sources \
            or fold(rec.label) != fold(doi) or paper.ids.get("doi", doi).lower() != doi.lower() \
            or not 0 <= rec.sources[0].line - paper.sources[-1].line <= _ID_NEAR:
        return None
    return doi


def _read_blocks(text: str, offset: int, html: bool, ctx: Context, section: str | None = None) -> list[Publication] | None:
    """The publications of a Markdown or HTML text whose first line is line offset + 1 of its file, block by block
    (None: no document in it); `section`, when given, is the heading every block is under."""
    cleaned = tex_quotes(blank_out(text))
    root = parse_html(cleaned if html else markdown_to_html(cleaned))
    if root is None:
        return None
    pubs: list[Publication] = []
    item = 0
    saved, ctx.unread_later = ctx.unread_later, []
    saved_kept, ctx.no_venue = ctx.no_venue, []
    heads: dict[int, UnderHeading] = {}  # the blocks under each heading (see entries.heading_papers)
    names: Unread | None = None  # the block before, if the labeller read no paper in it (see assemble.lend_names)
    apart: list[tuple[str, Any, Any]] = []  # what each block gave (see _fields_apart)
    for block in iter_blocks(root, LineMapper(root, from_markdown=not html, offset=offset), newline_breaks=not html or ctx.soft_breaks):
        if section is not None:
            block.section = section
        elif block.heading_line and block.section:
            under = heads.setdefault(block.heading_line, UnderHeading(block.heading_line, block.section,
                                                                      block.heading_href))
            under.add(block.lines)
        ctx.papers_before = len(pubs)
        before = len(ctx.unread_later)
        got = block_publications(block, ctx)
        if got and names is not None and got[0].title and _lend_names(got[0], names):
            # "<tr><td>48.</td><td>A. Lee, B. Kim</td></tr><tr><td></td><td>Title<br>Venue</td></tr>": a paper whose
            # authors are the block right above it, read as no paper
            ctx.unread_later = [u for u in ctx.unread_later if u is not names]
            before = len(ctx.unread_later)
        added = ctx.unread_later[before:]
        names = added[-1] if not got and added and added[-1].pub is None else None
        if got and pubs and item and block.item in (0, item) and translated(pubs[-1], got[0]) \
                and 0 <= block.lineno - max(s.line for s in pubs[-1].sources) <= 1:
            # "<li>“Title” ..., 2024\n林鹏昇, 李硕. 行政手段与市场机制[J]. 世界经济, 2024, ...</li>": one paper in two
            # languages, the list item's next line read as a block of its own (in the item, or as text after it)
            absorb_translation(pubs[-1], got.pop(0))
        if len(got) == 1 and pubs and (doi := _doi_line(pubs[-1], got[0])) is not None:
            # "DOI: [10.1000/x](https://doi.org/10.1000/x)" in a line of its own under a paper: the paper's
            pubs[-1].ids.setdefault("doi", doi)
            got = []
        pubs.extend(got)
        item = block.item
        apart.append(_apart_step(block, got, ctx.unread_later[before:], ctx))
    if len(apart) >= 6:
        taken = _fields_apart(apart)
        ctx.unread_later = [u for u in ctx.unread_later if id(u) not in taken]
    unread, ctx.unread_later = ctx.unread_later, saved
    # the entries in which the labeller read no paper, read again in the title style of the page's papers: each goes
    # among its block's papers by its line (from the last, so the places of those before it stay)
    again = read_unread(unread, ctx)
    kept, ctx.no_venue = ctx.no_venue, saved_kept
    place = {id(p): k for k, p in enumerate(pubs)} if any(old is not None for _, _, old in again) else {}
    for at, pub, old in reversed(again):
        if old is not None:  # the paper read again: it takes the place of its first reading
            if (k := place.get(id(old))) is not None and pubs[k] is old:
                pubs[k] = pub
            continue
        line = pub.sources[0].line if pub.sources else 0
        same = None
        for k in range(at, len(pubs)):
            near = pubs[k].sources[0].line if pubs[k].sources else line
            if near - line > _NEAR:
                break
            if pubs[k].title is None and (label := pubs[k].label) and abs(near - line) <= _NEAR \
                    and (fold(label) == fold(pub.title or "") or (pubs[k].kind == "mention" and near == line)):
                same = k
                break
        if same is not None:
            # the entry's link, read as a mention of a paper named by it alone (its title, or its DOI on the entry's
            # own line): now the paper, with the link's identifiers
            for key, value in pubs[same].ids.items():
                pub.ids.setdefault(key, value)
            pub.urls.extend(u for u in pubs[same].urls if u not in pub.urls)
            pubs[same] = pub
            continue
        while at < len(pubs) and pubs[at].sources and pubs[at].sources[0].line <= line:
            at += 1
        pubs.insert(at, pub)
    if new := heading_papers(list(heads.values()), pubs, ctx):  # papers set as headings over prose
        # what was read under them with no title ("[Download here](paper.pdf)" as a mention of a paper named by the
        # link's words) is theirs: no record of its own
        lines = sorted(heads)
        spans = sorted((line, lines[k + 1] if k + 1 < len(lines) else math.inf)
                       for p in new if (k := bisect_left(lines, line := p.sources[0].line)) < len(lines))
        starts = [a for a, _ in spans]

        def theirs(p: Publication) -> bool:
            k = bisect_right(starts, p.sources[0].line) - 1
            return k >= 0 and p.sources[0].line < spans[k][1]

        pubs = [p for p in pubs if p.title is not None or not p.sources or not theirs(p)]
        for pub in new:
            line = pub.sources[0].line
            at = next((k for k, p in enumerate(pubs) if p.sources and p.sources[0].line > line), len(pubs))
            pubs.insert(at, pub)
    # the papers read with no venue, read again in the venue style of the page's papers
    venues_in_style(kept or [], pubs, ctx)
    return pubs


def _apart_step(block: Block, got: list[Publication], added: list[Unread], ctx: Context) -> tuple[str, Any, Any]:
    """What a block gave, for _fields_apart: ("P", paper, None) for one paper; (kind, value, entry) for an entry read
    as no paper that holds one field alone (assemble.field_alone; a year alone is not labelled, and has no entry);
    ("", None, None) for a block that gave nothing at all and holds no date; ("X", None, None) for anything else."""
    if len(got) == 1:
        return ("P", got[0], None)
    if got:
        return ("X", None, None)
    if not added:
        if block.lines and len(block.lines) <= 2 and (
                year := date_alone(squash(" ".join(ln.text for ln in block.lines)).strip(" ,.;:"))) is not None:
            return ("year", year, None)
        return ("", None, None)
    if len(added) == 1 and added[0].pub is None:
        from .assemble import field_alone  # (the labeller read this page: its module is loaded)

        written = squash(" ".join(ln.text for ln in added[0].lines)).strip(" ,.;:")
        if (what := field_alone(added[0].toks, written, ctx.db)) is not None:
            return (what[0], what[1], added[0])
    return ("X", None, None)


_APART = {"P": "P", "year": "Y", "venue": "V", "venue?": "v"}
_APART_MIN = 3  # a page's papers whose fields are set apart the same way, at least


def _fields_apart(steps: list[tuple[str, Any, Any]]) -> set[int]:
    """Papers whose year or venue a site sets in an element of its own beside the paper's (Hugo's list of three
    items a paper: "- [Title](doi)", "- 2016-01-01", "- Neurosci Bull"; a grid's columns: year, authors and title,
    journal): where the blocks of a run repeat one order of one paper and such fields at least twice, and the page
    shows that order for _APART_MIN papers at least, each paper takes the fields of its own period (those it lacks).
    A year alone between papers that is no such repetition (a year over the papers under it, written as a
    paragraph) lends nothing. Returns the ids of the entries taken."""
    events = [s for s in steps if s[0]]
    kinds = "".join(_APART.get(k, "X") for k, _, _ in events)
    used = [False] * len(kinds)
    found: list[tuple[int, str, list[re.Match[str]]]] = []
    for order in ("PY", "PV", "YP", "VP", "PYV", "PVY", "YPV", "VPY", "YVP", "VYP"):
        hits = list(re.finditer("(?:{}){{2,}}".format(order.replace("V", "[Vv]")), kinds))
        cover = sum(len(m.group(0)) for m in hits)
        guessed = sum(m.group(0).count("v") for m in hits)  # most of a period's venues must be ones the database knows
        if cover // len(order) >= _APART_MIN and 2 * guessed <= cover // len(order):
            found.append((cover, order, hits))
    taken: set[int] = set()
    for _, order, hits in sorted(found, key=lambda f: (-f[0], f[1])):
        for m in hits:
            if any(used[m.start():m.end()]):
                continue
            for at in range(m.start(), m.end(), len(order)):
                period = events[at:at + len(order)]
                pub = next(v for k, v, _ in period if k == "P")
                for kind, value, entry in period:
                    if kind != "P" and _lend_field(pub, kind.rstrip("?"), value):
                        taken.add(id(entry))
            used[m.start():m.end()] = [True] * (m.end() - m.start())
    return taken


def _lend_field(pub: Publication, kind: str, value: object) -> bool:
    from .assemble import lend_field

    return lend_field(pub, kind, value)


def _lend_names(pub: Publication, names: Unread) -> bool:
    """assemble.lend_names, imported when the labeller has read a page (the line tests need none of it)."""
    from .assemble import lend_names

    return lend_names(pub, names.toks)


def _one_word_alone(p: Publication) -> bool:
    """Whether a record is one word and nothing else: no author, venue, year, status or identifier ("People", "Home",
    "Vortrag", "Notes", "thesis" read from a page's menu, a section's name or a link word). No paper is written so,
    in a list or named in prose (a link to it may be there); a title in Chinese or Japanese is one token and stays."""
    t = p.title if p.title is not None else (p.label or "")
    return len(t.split()) == 1 and not p.authors and p.venue_raw is None and p.venue is None and p.year is None \
        and not p.ids and p.status == "unknown" and CJK_CHAR.search(t) is None


def _strong(p: Publication) -> bool:
    """A record that shows it is a paper by more than a title and names: a venue, a year, a status, an identifier
    or a link."""
    return bool(p.venue_raw or p.year or p.status != "unknown" or p.ids or p.urls or p.kind == "mention")


def _with_evidence(pubs: list[Publication], owner: str | None) -> list[Publication]:
    """A title over names alone is a paper only among papers: kept when its section (or, without sections, its
    page) lists a paper with more evidence, or when the page's owner is among the names. A template's demo page
    ("Startup: A startup company is ..." over "Boykins") or a page of quotes has titles and names, and no paper."""
    sections = {p.section for p in pubs if _strong(p)}
    me = fold(owner).split()[-1] if owner and owner.split() else None
    return [p for p in pubs if _strong(p) or p.section in sections
            or (me is not None and any(me in fold(a).split() for a in p.authors))]


def _owner_from_meta(meta: dict[str, Any]) -> str | None:
    for k in ("author", "name", "owner"):
        v = meta.get(k)
        if isinstance(v, str) and looks_like_name(squash(v)):
            return squash(v)
    title = meta.get("title")
    if isinstance(title, str):
        t = re.sub(r"\s*[(（].*?[)）]\s*", " ", title).strip()
        if looks_like_name(t) and len(t.split()) >= 2 and not re.search(r"\b(?:about|publications?|research|home|papers?|cv)\b", t, re.I):
            return t
    return None


def _owner_from_text(body: str) -> str | None:
    m = re.search(r"\b(?:I am|I'm|My name is)\s+(?:\*\*)?([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){1,3})", body[:5000])
    if m and looks_like_name(m.group(1)):
        return m.group(1)
    m = re.search(r"(?:^|\n)\s*(?:\*\*)?([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){1,2})(?:\*\*)?\s+(?:is|was)\s+an?\s", body[:5000])
    if m and looks_like_name(m.group(1)):
        return m.group(1)
    return None


def _owner_from_bold(names: dict[str, int]) -> str | None:
    if not names:
        return None
    counts = Counter({fold(k): v for k, v in names.items()})
    best, n = counts.most_common(1)[0]
    if n < 2:
        return None
    return next(k for k in names if fold(k) == best)
