"""Pure string helpers: cleaning, keys for comparison, identifiers found in links and text."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from urllib.parse import unquote

from .lazyre import lazy_compile

# Characters that only appear in text decoded with the wrong codec (UTF-8 read as cp1252/latin-1).
_MOJIBAKE = re.compile("[ÃÂâð][\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]")


def repair_text(text: str) -> str:
    """Return text with mojibake repaired (only when it is there) and HTML entities decoded."""
    if "\ufeff" in text:  # a byte-order mark pasted inside the text (a title copied from a PDF) is no character
        text = text.replace("\ufeff", "")
    if _MOJIBAKE.search(text):
        import ftfy  # imported lazily: most pages need no repair and ftfy costs start-up time

        text = ftfy.fix_text(text, unescape_html=False, uncurl_quotes=False, normalization="NFC")
    return text


def unescape(text: str) -> str:
    """Text with HTML character references decoded (the `html` module is imported only for text that has one)."""
    if "&" not in text:
        return text
    import html

    return html.unescape(text)


def squash(text: str) -> str:
    """Collapse runs of white space to one space and trim; text itself when it has none to collapse (a line's text
    is then its span's string, not a copy: 10 MB of a page of 200,000 short `<br>` lines)."""
    squashed = " ".join(text.split())
    return text if squashed == text else squashed


# an inline HTML element's tags (emphasis, sub- and superscripts, a span or font that colours), not "<" as text
_INLINE_HTML = lazy_compile(r"</?(?:a|i|em|b|strong|u|sub|sup|small|span|font|tt|code)(?:\s[^<>]*)?/?>", re.I)


def drop_inline_html(text: str) -> str:
    """Text without the tags of inline HTML elements: al-folio and other Jekyll themes print a .bib title as HTML
    ("... plant <i>Sarracenia purpurea</i>", "H<sub>2</sub>O", '<a href="doi">Title</a>'), where they are styling
    or a link; "a < b" stays, and so does a text that is nothing but tags ("<EM>": a title so written keeps it)."""
    if "<" not in text:
        return text
    out = squash(_INLINE_HTML.sub("", text))
    return out if out or not text.strip() else squash(text)


def html_title(text: str) -> str:
    """A title printed as HTML (an al-folio .bib's), as read: its inline tags dropped (drop_inline_html), and a link
    in brackets that ends it left out ('Title <a href="https://icml.cc/...">(ICML)</a>': the paper linked by its
    venue's name, no words of the title)."""
    if "<" not in text:
        return text
    return drop_inline_html(_BRACKET_LINK_END.sub("", text))


_BRACKET_LINK_END = lazy_compile(r"\s*<a\s[^<>]*>\s*[(\[][^()\[\]<>]{1,40}[)\]]\s*</a>\s*$", re.I)


def fold(text: str) -> str:
    """Lower-case ASCII-ish key: accents dropped, punctuation to spaces (for comparing, never for output)."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower().replace("&", " and ")
    return _NON_KEY.sub(" ", text).strip()


def venue_key(text: str) -> str:
    """A venue name's lookup key (venues.key, the journal layer's names): case, accents, punctuation and spacing
    ignored; a leading 'the' dropped."""
    k = fold(text)
    return k[4:] if k.startswith("the ") else k


# letters of any script stay; punctuation of any script goes, the general punctuation block too (en and em
# dashes, curly quotes: "Human–Computer Interaction" is "Human-Computer Interaction"). The class names what
# goes: ASCII and Latin-1 punctuation, U+2000-206F, and everything beyond the BMP, which is
# [^0-9a-z\u00c0-\u1fff\u2070-\uffff] (test_text); written so, it compiles in 0.1 ms instead of 2 at every start
_NON_KEY = re.compile(r"[\x00-/:-`{-\xbf\u2000-\u206f\U00010000-\U0010ffff]+")


def title_key(title: str) -> str:
    """Key under which two spellings of one title compare equal."""
    return fold(title.replace("³", "3").replace("²", "2"))


STOPWORDS = {"a", "an", "the", "of", "for", "and", "in", "on", "to", "with", "via", "by", "from", "at", "is", "are"}


def is_preprint_doi(doi: str) -> bool:
    """A DOI a preprint or working-paper server gave (see PREPRINT_DOI)."""
    return PREPRINT_DOI.match(doi) is not None


def initials(title: str) -> str:
    """Initials of a title's significant words, hyphenated parts counted apart ("Student-Friendly" -> "SF")."""
    words = re.findall(r"[A-Za-z0-9]+", title)
    return "".join(w[0].lower() for w in words if w.lower() not in STOPWORDS)


# --- identifiers -----------------------------------------------------------------------------------------

# a character of Chinese, Japanese or Korean (kana, CJK ideographs, Hangul): such words have no spaces between them
CJK_RANGES = r"\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"  # kana, ideographs, hangul (a regex class's ranges)
CJK_CHAR = lazy_compile(rf"[{CJK_RANGES}\uf900-\ufaff]")
# a Chinese, Japanese or Korean name in a citation: one to four characters (kana or ideographs), or two to four
# Hangul syllables ("김철수")
CJK_NAME = lazy_compile(r"[\u3040-\u30ff\u3400-\u9fff]{1,4}|[\uac00-\ud7af]{2,4}")
# a date as Chinese and Japanese write one: "2023年3月", "2019年4月1日", "2024年" (group 1: the year)
CJK_DATE = lazy_compile(r"(?<!\d)((?:19|20)\d\d)年(?:\d{1,2}月(?:\d{1,2}日)?)?")
# a master's degree by name, with either apostrophe (Quarto and Pandoc write "Master’s Thesis"), for the thesis words
# of the readers and the writers
MASTERS = r"master['’]?s?"
YEAR_MONTH = re.compile(r"((?:19|20)\d\d)-(?:0?[1-9]|1[0-2])(?:-\d{1,2})?")  # a date as one token: "2025-06"
ARXIV_URL = lazy_compile(r"arxiv\.org/(?:abs|pdf|html)/(?:[a-z\-]+/)?(\d{4}\.\d{4,5}|[a-z\-]+/\d{7})(?:v\d+)?", re.I)
ARXIV_TEXT = lazy_compile(r"\barXiv[:\s]+(\d{4}\.\d{4,5})(?:v\d+)?", re.I)


def _doi(stops: str = "") -> str:
    """A DOI's pattern, as a group. It may hold brackets that close inside it ("10.1007/JHEP12(2021)167",
    "10.1016/S0140-6736(20)30183-5"); a bracket it does not open is the text's ("(doi:10.1000/abc)"); it never ends
    on a stop or a comma, nor holds `stops` (an address's "&?#")."""
    char = rf"[^\s\"'<>()\[\]{{}}{stops}]"
    pair = rf"\({char}*\)"
    return rf"(10\.\d{{4,9}}/(?:{char}|{pair})*(?:[^\s\"'<>()\[\]{{}}.,;:{stops}]|{pair}))"


DOI = lazy_compile(r"\b" + _doi())
# where a BibTeX entry starts in a value or a line ("@article{key, ...", "@misc(key, ..."), any entry type
BIBTEX_ENTRY_START = lazy_compile(r"\s*@[A-Za-z]+\s*[{(]")
ACL_URL = lazy_compile(r"aclanthology\.(?:org|info)/(?:anthology/|papers/(?:[A-Z]/[A-Z]\d{2}/)?)?([A-Z]\d{2}-\d{4}|\d{4}\.[a-z0-9\-]+\.\d+)", re.I)
ACLWEB_URL = lazy_compile(r"aclweb\.org/anthology/(?:papers/[A-Z]/[A-Z]\d{2}/)?([A-Z]\d{2}-\d{4}(?!\d|\.(?-i:[A-Z]))|\d{4}\.[a-z0-9\-]+\.\d+)", re.I)
# a DOI as a publisher's address gives it: a path segment (link.springer.com/article/10.1007/...) or a query value
DOI_IN_URL = lazy_compile(r"(?:/|[?&](?:id|doi)=)" + _doi("&?#"))
# DOIs that preprint and working-paper servers give: SSRN, arXiv, bioRxiv/medRxiv (dated or six-digit numbers;
# 10.1101 also holds Cold Spring Harbor's journals), Research Square, OSF and its PsyArXiv/SocArXiv/MetaArXiv/
# EarthArXiv, EdArXiv, Preprints.org, TechRxiv, Authorea, ChemRxiv, Zenodo. Such a DOI names an early version:
# beside a journal's DOI it is the same paper, not another one.
PREPRINT_DOI = lazy_compile(r"10\.(?:2139|48550|21203|31234|31219|31235|31222|31223|35542|20944|36227|22541|26434|5281)/"
                            r"|10\.1101/(?:\d{4}\.\d{2}\.\d{2}\.)?\d{6}", re.I)
OPENREVIEW_URL = lazy_compile(r"openreview\.net/(?:forum|pdf)\?id=([A-Za-z0-9_\-]+)")


def ids_from_url(url: str) -> dict[str, str]:
    """Identifiers a link gives away: arXiv (version dropped), DOI (lower-cased), ACL Anthology, OpenReview."""
    found: dict[str, str] = {}
    if m := ARXIV_URL.search(url):
        found["arxiv"] = m.group(1)
    if m := ACL_URL.search(url) or ACLWEB_URL.search(url):
        found["acl"] = m.group(1).removesuffix(".pdf")
    if m := OPENREVIEW_URL.search(url):
        found["openreview"] = m.group(1)
    if "doi.org/" in url or "/doi/" in url:
        if m := DOI.search(url):
            found["doi"] = clean_doi(m.group(1))
    elif m := DOI_IN_URL.search(url):
        found["doi"] = clean_doi(m.group(1))
    return found


def clean_doi(doi: str) -> str:
    doi = re.sub(r"(?:/abstract|/full|/pdf|\.pdf)$", "", doi)
    if doi.startswith("10.1101/"):
        # bioRxiv's and medRxiv's pages: a version and a view after the DOI ("10.1101/2024.05.09.593364v2.abstract",
        # ".../593364v1.full", ".full.pdf+html")
        doi = _PREPRINT_VIEW.sub("", doi)
    elif (m := _OUP_PDF.fullmatch(doi)) is not None:
        doi = m.group(1)  # Oxford's article-pdf address: "10.1093/bioinformatics/btaa692/37219026/btaa692.pdf"
    if "%" in doi:  # written in an address with its brackets escaped ("10.1007/JHEP10%282025%29074")
        doi = unquote(doi)
    return doi.lower()


_PREPRINT_VIEW = lazy_compile(r"(?:v\d+)?(?:\.(?:full|abstract|article-info|article-metrics|supplementary-material|"
                              r"full-text|pdf)|\+html)*$")
_OUP_PDF = lazy_compile(r"(10\.1093/[^/]+/[^/]+)/\d{5,}/[^/]+")  # the DOI, then the file's number and name
_ARXIV_VERSION = lazy_compile(r"v\d+$")


def arxiv_base(arxiv_id: str) -> str:
    """An arXiv id without its version: "2401.00001v3" -> "2401.00001"."""
    return _ARXIV_VERSION.sub("", arxiv_id) if "v" in arxiv_id else arxiv_id


def year_from_arxiv(arxiv_id: str) -> int | None:
    m = re.match(r"(\d{2})(\d{2})\.\d{4,5}$", arxiv_id)
    if m and 1 <= int(m.group(2)) <= 12:
        return 2000 + int(m.group(1))
    return None


_ACL_YEAR = lazy_compile(r"^(\d{4})\.([a-z]+)-?([a-z]*)")
_ACL_OLD = {"P": "acl", "D": "emnlp", "N": "naacl", "E": "eacl", "C": "coling", "Q": "tacl", "J": "cl", "K": "conll"}


def venue_from_acl_id(acl_id: str) -> tuple[str | None, int | None]:
    """The venue text and year an ACL Anthology id names ("2024.acl-long.511" -> ("ACL", 2024))."""
    if m := _ACL_YEAR.match(acl_id):
        year, venue, sub = int(m.group(1)), m.group(2), m.group(3)
        if venue == "findings":
            return f"Findings of {sub.upper()}" if sub else "Findings", year
        return venue.upper(), year
    if m := re.match(r"([A-Z])(\d{2})-\d{4}$", acl_id):
        yy = int(m.group(2))
        return (_ACL_OLD.get(m.group(1), "").upper() or None), (2000 + yy if yy < 60 else 1900 + yy)
    return None, None


YEAR = lazy_compile(r"(?<![\d/.\-])(19[5-9]\d|20[0-4]\d)(?![\d/])")


def years_in(text: str) -> list[int]:
    return [int(y) for y in YEAR.findall(text)]


# --- names -------------------------------------------------------------------------------------------------

# an author's role written in words after the name, in brackets ("(co-first author)", "(Joint-First)", "(First)",
# "(co-corresponding author)"; also in Chinese: 通讯作者 corresponding author; 共同第一作者, 共同一作 co-first author);
# normalize.clean_name records which
# (the mark it explains may open it, and it may name several: "Hakjoo Oh* (*corresponding authors)")
ROLE_IN_BRACKETS = (r"[(（]\s*(?:[*†‡#✉]+\s*)?(equal contribution|(?:co-?)?corresponding(?: authors?)?"
                    r"|(?:joint|co)[- ]?first(?: authors?)?|first(?: authors?)?|通讯作者|共同第一作者|共同一作"
                    # any role of up to three words that says it is the author's: "(co-leading author)", "(joint lead
                    # author)", "(shared first author)", "(senior author)", "(as presenting author)"
                    r"|(?:[a-z][a-z-]*\s+){1,3}authors?)\s*[)）]")
PAREN_ROLE = lazy_compile(ROLE_IN_BRACKETS, re.I)  # "(corresponding author)", "（通讯作者）"
# marks written after a name: the usual ones ("+" too: "Nguyen, C. T.+, Diem, K. P.+"; in brackets: "Y. Dong(*)"),
# and any symbol or pictograph (dingbats "✱", "✉", "✳", emoji "📧"): no name holds one
_NAME_JUNK = lazy_compile(r"[(（\[]\s*[#*+†‡§¶∗⁎]+\s*[)）\]]|[#*+†‡§¶∗⁎※\u2600-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff\ufe0e\ufe0f]+|\\\*|"
                          + ROLE_IN_BRACKETS, re.I)


def without_marks(name: str) -> str:
    """A name's text without the marks written after it (equal contribution, corresponding author: *, †, ☯)."""
    return _NAME_JUNK.sub("", name).strip()


_MARK_DIGITS = lazy_compile(r"(?<=[^\W\d])\d+\b|[¹²³⁴⁵⁶⁷⁸⁹⁰]+")
_LEAD_AND = lazy_compile(r"^\s*(?:and|&)\s+")
# "王克海等": Chinese writes "et al." as 等 (等人) right after the last name it gives; Japanese as 他 ("Yudai Ichikawa 他",
# "市川 他"), after a name in any script
_CJK_ET_AL = r"(?:(?<=[\u3400-\u9fff])等人?|(?<=\w)\s*他)(?=\s*[.,;]?\s*$)"
_ET_AL = lazy_compile(rf"\bet\.?\s*al\b\.?|\band others\b|…|\.\.\.|{_CJK_ET_AL}", re.I)
_ET_AL_CUT = lazy_compile(rf",?\s*(?:\bet\.?\s*al\b\.?|\band others\b|…|\.\.\.|{_CJK_ET_AL})\s*", re.I)
_NAME_SEP = lazy_compile(r"\s*(?:,|;|\band\b|&|、|，)\s*")
_AND_SEP = lazy_compile(r"\s+and\s+")


@lru_cache(maxsize=65536)
def clean_author(name: str) -> str:
    """An author name without markers (#, *, †, superscript digits) and stray punctuation; non-ASCII kept."""
    name = _NAME_JUNK.sub("", name)
    name = _MARK_DIGITS.sub("", name)
    name = _LEAD_AND.sub("", name)
    return squash(name).strip(" ,;.:")


def split_authors(text: str) -> tuple[list[str], bool]:
    """Split an author line into names; returns (names, et_al)."""
    text = squash(text)
    if "[" in text or "(" in text:
        text = _BRACKETED_ELLIPSIS.sub("…", text)  # "Hon, M., [...], Bugnet, L.": as "…" (see split_name_list)
    et_al = bool(_ET_AL.search(text))
    if et_al:
        # an ellipsis that leaves names out between two ("Jong-Ki Lee, ... Kee-Yeon Kum", NLM's and Google Scholar's
        # shortened lists) parts them as a comma would: the name before it and the last one are two authors
        text = _ET_AL_CUT.sub(lambda m: ", " if m.group().strip(" ,") in ("…", "...")
                              and text[m.end():m.end() + 1].isalpha() else " ", text)
    parts = _NAME_SEP.split(text) if " and " not in text or "," in text else _AND_SEP.split(text)
    names = [n for n in (clean_author(p) for p in parts) if n and len(n) > 1]
    if any(_INITIALS.match(n) for n in names):
        # a piece that is initials alone is no name: the names were written surname first ("Loaiza, J. R. &
        # Rojas-Velásquez, D.", "Hennig, JA, Burrell M, Uchida, N"), as split_name_list reads them
        listed, _ = split_name_list(text)
        listed = [squash(_MARK_DIGITS.sub("", without_marks(n))).strip(" ,;:") for n in listed]
        if listed and not any(_INITIALS.match(n) for n in listed):
            return listed, et_al
    return names, et_al


_INITIALS = lazy_compile(r"^(?:[A-Z\u00c0-\u00de](?:[a-z]\.|\.?)[\s\-]*){1,4}$")  # "J.", "J. R.", "JR", "Th.", "J.-P."
# two given names after the first author's surname (Chicago writes only the first name surname first): "Bauer, Alexander
# Max, Gregor Damschen, and Mark Siebel"
_GIVEN2 = lazy_compile(r"^[A-Z\u00c0-\u024f][a-z\u00df-\u024f'\-]+\s+[A-Z\u00c0-\u024f][a-z\u00df-\u024f'\-]+$")
_GIVEN = lazy_compile(r"^[A-Z\u00c0-\u024f][\w'\-]+(?:\s+[A-Z]\.?)?$")  # "Jared", "Eric L.": a given name after "Surname,"
# (and APA's omission of the middle names of a long list, "Ko, Y. A., ... & Bliwise, D. L.", written with three stops
# as often as with "…": the list is not whole)
_ET_AL_LIST = lazy_compile(rf"\bet\.?\s*al\b\.?|\band others\b|…|(?<![.\w])\.\s?\.\s?\.(?![.\w])|{_CJK_ET_AL}", re.I)


_BRACKETED_ELLIPSIS = lazy_compile(r"[\[(]\s*(?:…|\.\s?\.\s?\.)\s*[\])]")  # "[...]", "(…)": names left out


_CONJ = "\u2063"  # an invisible separator marking the piece that "and" or "&" opened


_INITIALS_THEN_NAME = lazy_compile(r"^((?:[A-Z\u00c0-\u00de]\.[\s\-]*){1,3})\s*([A-Z\u00c0-\u00de][^\s.,]+(?:[\s\-][A-Z\u00c0-\u00de][^\s.,]+)?)$")


def _missing_commas(raw: list[str]) -> list[str]:
    """"Aaron, N. Han, J., Vrzakova, H." ("Surname, I." names, one comma left out): a piece of initials and a word
    between a one-word surname and a piece of initials is one name's initials and the next name's surname."""
    initials = [bool(_INITIALS.match(without_marks(x.replace(_CONJ, "")).strip())) for x in raw]
    if initials and raw[-1].endswith(".") and not _INITIALS.match(without_marks(raw[-1].replace(_CONJ, "")).strip()[:-1]):
        initials[-1] = False  # "... and J. He.": the list's closing full stop makes no initial of "He"
    if sum(initials) * 2 < len(raw) - 2:
        return raw  # most pieces are no initials: not a list of "Surname, I." names
    out: list[str] = []
    for k, p in enumerate(raw):
        m = _INITIALS_THEN_NAME.match(p.replace(_CONJ, "").strip())
        if m and 0 < k < len(raw) - 1 and len(raw[k - 1].split()) <= 2 and not _INITIALS.match(raw[k - 1].strip()) \
                and initials[k + 1]:
            out += [(_CONJ if p.startswith(_CONJ) else "") + m.group(1).strip(), m.group(2)]
        else:
            out.append(p)
    return out


# a generation suffix after a name's initials ("Moore, W. E. III", "King, M. L., Jr.")
_SUFFIX = lazy_compile(r"\s+(?:Jr|Sr|II|III|IV)\.?$")


def _bare_initials(piece: str) -> str:
    """A piece of a list without the marks written after a name ("Y.*." is "Y.": a mark between the initial and the
    list's full stop) and without a generation suffix ("W. E. III"), to be asked whether it is a name's initials."""
    return _PARTICLE.sub("", _SUFFIX.sub("", re.sub(r"\.(?:\s*\.)+", ".", without_marks(piece)))).strip()


# a surname's particles, in lower case anywhere ("Alfaro de la Torre", "Berg van den") or with a capital before the
# rest of it ("Van Huyck", "De Palol", "Von Neumann"); other short words in lower case are names ("Jun xiao").
# (sources.vocab.NAME_PARTICLES, which asks whether words are shaped as a name, adds Arabic and German ones.)
SURNAME_PARTICLES = frozenset({"van", "von", "de", "da", "del", "della", "di", "du", "der", "den", "dos", "das", "do",
                               "le", "la", "ten", "ter", "y"})
_PARTICLE_WORD = "|".join(sorted(SURNAME_PARTICLES, key=lambda w: (-len(w), w)))
# ... written among or after the initials, as APA writes Portuguese, Spanish and Dutch names ("Silva, A. B. da",
# "Mejía Saavedra, J. de J.", "Berg, A. van den")
_PARTICLE = lazy_compile(rf"(?<=\.)\s+(?:(?:{_PARTICLE_WORD})\b\s*)+(?=[A-Z]|$)")


def _surname_words(piece: str) -> int:
    """How many words a surname has, its particles not counted ("Alfaro de la Torre": two; "Van Huyck": one). A
    particle with a capital is one before another word only: "Du", "Le", "Di" alone are surnames ("Jiayu Du")."""
    words = piece.split()
    return sum(not (w.lower() in SURNAME_PARTICLES and (w.islower() or k < len(words) - 1))
               for k, w in enumerate(words))


# a capitalised particle before one word: a surname ("Di Carlo") or, as often, a given name and a surname ("Di Wu",
# "Da Li", "Le Song"): not read as the first surname of a Chicago list, whose two given names would then be a name
_CAPITAL_PARTICLE = lazy_compile(rf"(?:{'|'.join(w.capitalize() for w in sorted(SURNAME_PARTICLES))})\s+\S+")


def _surname_pairs(raw: list[str], given: bool, et_al: bool = False) -> list[str]:
    """Comma-separated pieces joined where a surname is followed by its initials ("Smith, J. A.") or, with `given`,
    by a given name ("Smith, John"), or the list's first surname by two given names when the list ends with "and" or
    "et al." ("Bauer, Alexander Max, Gregor Damschen, and Mark Siebel", "Wichers, Jan Stephan, Gerry Tonkin-Hill, ...,
    et al.": Chicago, which writes "et al." after the seventh of more than ten authors; without either,
    "Nanayakkara, Barry Mulvey, ..." is more likely a list whose first given name was cut off)."""
    chicago = given and (et_al or any(_CONJ in x for x in raw))
    # surnames in capitals before given names ("SAVNIK, Iztok, KRNC, Matjaž", as library catalogues write them): a
    # surname of a few capitals ("KRNC") is no set of initials there
    capitals = given and len(raw) >= 2 and len(raw[0]) >= 2 and raw[0].isupper() and not raw[1].isupper()
    parts = []
    i = 0
    while i < len(raw):
        # marks after a name ("Zimmerman, S. C.*", "Yuan, H.☯") are not part of it: test the names without them
        p = raw[i]
        nxt = raw[i + 1].replace(_CONJ, "") if i + 1 < len(raw) else None
        q = p.replace(_CONJ, "")
        surname = not _INITIALS.match(q.strip()) or (capitals and q.strip().isupper() and len(q.strip()) >= 2
                                                     and nxt is not None and not nxt.isupper())
        words = _surname_words(q)
        if nxt is not None and surname and words <= 3 and not re.search(r"\b[A-Z]\.", q) \
                and (_INITIALS.match(_bare_initials(nxt))
                     or (given and words == 1 and (_GIVEN.match(nxt.strip().rstrip("."))
                                                            or (i == 0 and chicago and _GIVEN2.match(nxt.strip())
                                                                and not _CAPITAL_PARTICLE.fullmatch(q.strip()))))
                     or (given and len(raw) == 2 and _one_inverted(q.strip(), nxt.strip()))):
            parts.append(f"{p}, {raw[i + 1]}")  # "Smith, J. A." written surname first
            i += 2
            continue
        parts.append(p)
        i += 1
    return parts


# a surname of a few words, none an initial ("Van Horn", "Nel-lo Andreu", "Pastor Gosálbez"), and a given name or
# initials after it ("Grant", "Marta Gemma", "J. A.")
_FEW_WORD_SURNAME = lazy_compile(r"^[^\W\d_][^\s.,]+(?:\s+[^\W\d_][^\s.,]+){0,2}$")
_GIVEN_OR_INITIALS = lazy_compile(r"^(?:[A-Z\u00c0-\u024f][\w'\-]*\.?\s*){1,3}$")


def _inverted_pairs(raw: list[str]) -> list[str] | None:
    """A list where every name is written "Surname, Given", told by where "and" stands: before a surname that has
    its given name after it ("Beery, Sara and Van Horn, Grant", "Font-Barnet, Alba & Nel-lo Andreu, Marta Gemma"):
    the pieces pair up two by two, surnames of several words too. (Chicago's "Smith, John, Jane Doe, and Mary Roe"
    puts "and" before the last piece, on no surname; "Hedjar, Toscani & Gegenfurtner" has no given names.) None
    when the list is not so written."""
    conj = [k for k, p in enumerate(raw) if p.startswith(_CONJ)]
    if len(raw) < 4 or len(raw) % 2 or conj != [len(raw) - 2]:
        return None
    pairs = [(raw[k].replace(_CONJ, "").strip(), raw[k + 1].strip()) for k in range(0, len(raw), 2)]
    if not all(_FEW_WORD_SURNAME.match(without_marks(s)) and _GIVEN_OR_INITIALS.match(without_marks(g).rstrip(".") or "-")
               for s, g in pairs):
        return None
    # ... and every surname before it one word, as no list written given name first has them ("Ana Lee, Bo Kim and
    # Cy Park, Venue": a venue or a title read with the names; "Ana Lee, Bo Kim, and Cy Park, Di Roe": "and"
    # misplaced; "Lee, A., Bo Kim, Cy Park, and Roe, D.": both ways in one list)
    if not all(_surname_words(without_marks(s)) == 1 for s, _ in pairs[:-1]):
        return None
    return [f"{s}, {g}" for s, g in pairs]


# given names written out after a surname, two to five, particles between them ("Antonio Paolo", "Cauan Braga da
# Silva", "Ana María de la Cruz")
_GIVEN_NAMES = lazy_compile(rf"^[A-Z\u00c0-\u024f][a-z\u00df-\u024f'\-]+(?:\s+(?:(?:{_PARTICLE_WORD}|e)\s+)*"
                            r"[A-Z\u00c0-\u024f][a-z\u00df-\u024f'\-]+){1,4}$")
# a surname in capitals of a few words, as Brazilian (ABNT) and Spanish references write it ("DA ROSA", "RAMÍREZ
# LUENGO")
_CAPITAL_SURNAME = lazy_compile(r"^[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'\-]+(?:\s+[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'\-]+){0,2}$")


def _given_written_out(given: str) -> bool:
    """Whether a piece is given names written out, one or more ("Alba", "Marta Gemma", "Cauan Braga da Silva")."""
    return bool(_GIVEN_NAMES.match(given) or _GIVEN.match(given))


def _one_inverted(surname: str, given: str) -> bool:
    """Whether a list of two pieces is one name written surname first with its given names written out ("CARDOSO,
    Cauan Braga da Silva", "DA ROSA, Juan Justino"): a surname in capitals, as Brazilian (ABNT) and Spanish references
    write it. A surname in lower case is not enough: "Gauthier, Adrien Guille" may be what is left of "Michael
    Gauthier, Adrien Guille" when the first given name went elsewhere."""
    return bool(_CAPITAL_SURNAME.match(surname) and _GIVEN_NAMES.match(given.rstrip(".")))


# a bracketed note on the person right after a name, before the list's next separator: a role ("Marx, F [p], T Cohen",
# "Lee, J. [senior author]", "A. Kim (student), B. Doe"), no name of its own (a bracketed word in capitals, "(ESA)",
# "[MIT]", may be an affiliation or a group, and stays)
_ROLE_MARK = lazy_compile(r"\s*(?:\[[a-z][a-z .\-]{0,24}\]|\((?:[a-z][a-z .\-]{0,24})\))(?=\s*(?:[,;&]|\band\b|$))")


# the word for "and" before a list's last name, in English and in the languages pages are written in: "Tito Okafor e
# Ricardo Lind" (Portuguese, Italian), "Marta Ortiz y Jan Moreau" (Spanish), "A. Lind und B. Okafor" (German), "et"
# (French), "en" (Dutch), "och", "og" (Scandinavian), "ve" (Turkish: "Yaslı, R., ve Yozgat, D."), "és" (Hungarian),
# "oraz" (Polish); a lower-case word between two capitalised names (after a comma too)
# "and" or "&" between names; a comma typed after it ("D. Chen and, L. Shao") is its own
_AND = lazy_compile(r"\s*(?:,\s*)?(?:(?:\band\b|&)(?:\s*,)?|(?<=[^\W\d_]|\.)(?:\s*,)?\s+(?:e|y|und|et|en|och|og|ve|és|oraz)"
                    r"(?=\s+[^\W\d_a-z]))\s+")


_SPACE_BEFORE_STOP = re.compile(r"(\b[A-Z]{1,3})\s+\.(?=\s*(?:,|;|$))")


_DOTTED_INITIAL = re.compile(r"\b[A-Z]\.")
# a generation suffix set apart by a comma after a name ("King, M. L., Jr.", "Rast, D. E., III,", "M. L. King, Jr.")
_COMMA_SUFFIX = lazy_compile(r"(?<=[^\W\d_]|\.),\s*(Jr\.?|Sr\.?|II|III|IV)(?=\s*(?:[,;&]|and\b|$))")
_KANJI_DOT = re.compile(r"(?<=[\u3400-\u9fff])・(?=[\u3400-\u9fff])")


def split_name_list(text: str) -> tuple[list[str], bool]:
    """Names of an author list in any common style, as written: "A. Smith, B. Doe and C. Lee",
    "Smith, A., Doe, B. & Lee, C.", "Smith A, Doe B", "Smith, Anna; Doe, Bob"."""
    # "Lee WT, Salazar JC;" before a group author: the list's last mark is no separator; '..., and K. Hirao. "' before
    # a quoted title (Chicago): the opening quote is the title's
    text = squash(text).strip(" ,;\"“”‘«»")
    # "Maynes, Jeffrey (" before "(2021)": the opening bracket of the year read with the names is none of theirs
    text = text.rstrip(" ([{").rstrip(" ,;")
    text = re.sub(r"(?<=\.)\s*In:?$", "", text)  # "..., Wenyuan Xu. In": the word that opens the venue after it
    if "[" in text or "(" in text:
        text = _BRACKETED_ELLIPSIS.sub("…", text)  # "Zinn, J.C. [...], Bugnet, L.": names left out, as "…" says
    et_al = bool(_ET_AL_LIST.search(text))
    text = _ET_AL_LIST.sub(" ", text)
    text = _ROLE_MARK.sub("", text)
    text = re.sub(r"\s*[®ⓡ]\s*", ", ", text)  # "A ® B ® C": names in random order (theoretical CS)
    text = re.sub(r"\s*[，、]\s*", ", ", text)  # "石島歩，小関義彦、安藤岳洋": the full-width and ideographic commas
    # "奥村拓史・各務和彦": Japanese names in kanji parted by the middle dot (in katakana it parts one foreign name's
    # words: "ジョン・スミス")
    text = _KANJI_DOT.sub(", ", text)
    text = _SPACE_BEFORE_STOP.sub(r"\1.", text)  # "Briand, MM ., Apinis, A.": an initials' stop typed after a space
    if "I" in text or "r." in text or "r," in text:  # "Rast, D. E., III, & Hogg, M. A." (APA): the suffix ("Jr.",
        # "III") is the name's, no name of its own
        text = _COMMA_SUFFIX.sub(r" \1", text)
    given_stops = _given_stop_pairs(text) if ";" not in text else None
    if given_stops:
        parts = given_stops
    elif ";" in text:
        text = _AND.sub("; ", text)
        parts = [p for p in re.split(r"\s*;\s*", text)]
    else:
        # the piece after "and" or "&" starts a name: pairs that would join it to the piece before are not "Surname,
        # Given" ("Hedjar, Toscani & Gegenfurtner" is three surnames; "Smith, John & Doe, Jane" two names)
        text = _AND.sub(", " + _CONJ, text)
        raw = _missing_commas([p for p in re.split(r"\s*,\s*", text) if re.search(r"[^\W\d_]", p)])  # no "..."
        parts = _inverted_pairs(raw) or _surname_pairs(raw, given=True, et_al=et_al)
        # ... and a last name written as one word alone ("... & Gegenfurtner"), or an odd number of one-word names
        # (a surname's particle no word of it: "Van Katwyk, Fox-Kemper, Seroussi"), says no name was written
        # "Surname, Given". An even number stays pairs: "Sabety, Jean, Wijesinghe, Shehan" (a CV's list with no
        # "and") is as common as a lab page's surnames alone ("Durand, Finn, Farchi, Bocquet"), and only the page
        # tells them apart (reader._surname_pairs_apart does, for a list of two; longer ones stay pairs). (The
        # list's closing full stop after its last surname is none of the name's: "Olason, Rampal, Dansereau.")
        bare = [*raw[:-1], re.sub(r"(?<=[^\W\d_]{2})\.$", "", raw[-1])] if raw else raw
        one_word = all(_surname_words(p.replace(_CONJ, "")) == 1 and "." not in p for p in bare)
        if any(_CONJ in p.split(",", 1)[-1] for p in parts if "," in p) \
                or any(p.startswith(_CONJ) and len(p.split()) == 1 and "." not in p for p in parts) \
                or (one_word and len(raw) > 2 and len(raw) % 2):
            parts = _surname_pairs(raw, given=False)
        parts = [p.replace(_CONJ, "") for p in parts]
    names = []
    for k, p in enumerate(parts):
        n = clean_author(p)
        # the stop after the last name ends the list, not an initial, when no name dots its initials before it
        # ("Smith JA, Doe B, Roe C." in Vancouver style; "Kirkbride J.B." keeps it)
        if re.search(r"\b[A-Z]$", n) and (own := without_marks(p).rstrip(" ,;")).endswith(".") \
                and (k < len(parts) - 1 or len(parts) < 2 or _DOTTED_INITIAL.search(own[:-1])
                     or any(_DOTTED_INITIAL.search(without_marks(q)) for q in parts[:-1])):
            n += "."  # "Smith, J. A." keeps the dot of its last initial
        if n and len(n) > 1 and re.search(r"[^\W\d_]", n) and n not in ("In", "in"):  # "In" opens the venue
            names.append(n)
    return names, et_al


# a given name written out, then the full stop that ends a "Surname, Given." name and the comma before the next name
_GIVEN_STOP = lazy_compile(r"(?<![^\W\d_])[^\W\d_]{3,}\.,")  # (three letters at least: not "Jr.,")
# ... or before "&" or "and", or before the next name's surname with no comma ("Restrepo Lind, Natalia. & Okafor,
# Salvador.", "Font-Lind, Alba. Nel-lo Okafor, Marta Gemma"): then every piece's given names must be written out
_GIVEN_STOP_BARE = lazy_compile(r"(?<![^\W\d_])[^\W\d_]{3,}\.\s+(?:&|and\s|[A-Z\u00c0-\u00de])")


def _given_stop_pairs(text: str) -> list[str] | None:
    """The names of a list written "Surname, Given.", each name ended by a full stop and parted by a comma ("Arias,
    Albert., Quaglieri-Domínguez, Alan., & Russo, Antonio Paolo."): the stops say where each name ends, when a given
    name written out has one (initials alone, "Smith, J., Doe, K.", are read the usual way). None unless every piece
    is one "Surname, Given" pair."""
    if not _GIVEN_STOP.search(text):
        if not _GIVEN_STOP_BARE.search(text):
            return None
        # the stops alone part the names: each piece one surname and given names written out
        pieces = [re.sub(r"^(?:&|and)\s+", "", p.strip())
                  for p in re.split(r"(?<=[^\W\d_]{3}\.)(?:,\s*|\s+(?=(?:&|and)\s)|\s+(?=[A-Z\u00c0-\u00de]))", text)]
        if len(pieces) < 2 or not all(p.count(",") == 1 and _surname_words(p.split(",")[0]) <= 3
                                      and _given_written_out(p.split(",")[1].strip().rstrip("."))
                                      for p in pieces):
            return None
        return pieces
    # (the last name after "., &" or ". &": "Rovira Soto, Maria Trinitat. & López, Meritxell.")
    pieces = [re.sub(r"^(?:&|and)\s+", "", p.strip()) for p in re.split(r"(?<=\.)(?:,\s*|\s+(?=(?:&|and)\s))", text)]
    if len(pieces) < 2 or not all(p.count(",") == 1 and all(h.strip() for h in p.split(",")) for p in pieces):
        return None
    return pieces


def name_key(name: str) -> str:
    """A comparison key for a person: folded surname plus first initial ("Li Lei" and "Lei Li" differ)."""
    parts = fold(name).split()
    if not parts:
        return ""
    return f"{parts[-1]} {parts[0][0]}" if len(parts) > 1 else parts[0]


_NAME_WORD = lazy_compile(r"^(?:[A-Z\u00c0-\u024f][\w'\u00c0-\u024f\-]*\.?|[a-z]{1,3}|[\u4e00-\u9fff]{1,4}|\(.*\))$")


_TITLE_WORDS = set("""
a an the of for and in on to with via by from at is are using towards toward learning model models network networks
data deep neural language large simple fast efficient information system systems analysis approach method methods based
training evaluation benchmark dataset survey study towards partial sorting graph graphs algorithm algorithms optimal
generation detection recognition understanding reasoning vision visual video image text multimodal knowledge
distillation retrieval search optimization robust adaptive dynamic distributed online human ai agents agent when what
how why can do does beyond new towards framework theory practice policy economic economics market markets effects
effect evidence case paper review intelligence computing computer design control
""".split())


@lru_cache(maxsize=65536)
def looks_like_name(text: str) -> bool:
    """True for strings shaped like a person's name: 1-5 capitalized words (particles allowed)."""
    words = text.split()
    if not 1 <= len(words) <= 5 or len(text) > 60:
        return False
    if any(w.lower().strip(".,:;") in _TITLE_WORDS and not (len(w) == 2 and w[0].isupper() and w[1] == ".")
           for w in words):  # "A." is an initial ("Okafor A."), not the word "a"
        return False
    if any(c.isdigit() for c in text):
        return False
    return all(_NAME_WORD.match(w) for w in words) and any(w[0].isupper() or "\u4e00" <= w[0] <= "\u9fff" for w in words)
