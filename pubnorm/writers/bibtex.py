"""BibTeX output: every value escaped so that homepage text stays inert text, in bibtexparser v2's layout."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from pathlib import PurePosixPath

from ..bibfields import ATTR_FIELDS, LINK_FIELDS, MONTH_MACROS, TYPESET_FIELDS
from ..latex import commands_are_safe, escape, escape_verbatim, inexpressible, latex_is_safe, to_latex, to_text, verbatim_to_text
from ..lazyre import lazy_compile
from ..model import THESIS_TYPES, Publication
from ..normalize import SUBMITTED_TO, bibtex_name, bibtex_names, split_keywords, surname_first
from ..records import make_keys
from ..text import MASTERS, arxiv_base, clean_doi, html_title, is_preprint_doi

__all__ = ["bibtex_entries", "entry_type", "escape", "format_entries", "write_bibtex"]


_BRACE_NAME = re.compile(r"\s(?:and|others)\s|^others$", re.I)
_WEB_URL = re.compile(r"https?://\S", re.I)


def _needs_braces(author: str) -> bool:
    """BibTeX would misread this name unless it is braced ("Ann and Bob Lab", a name of two commas it would take for
    "Last, Jr, First"); "John Smith, Jr." is written "Smith, Jr., John" instead. A name written "Surname, Given"
    ("Smith, J. A.", APA and most styles) is BibTeX's own "Last, First": braced, BibTeX took it for a surname alone
    and cited "Smith, J. A. et al."."""
    commas = author.count(",")
    return (commas >= 2 and bibtex_name(author) == author) \
        or (commas == 1 and not all(part.strip() for part in author.split(","))) or _BRACE_NAME.search(author) is not None


def _name(author: str, ascii: bool, initials_after: bool = False) -> str:
    """One author for the author field: braced when BibTeX would otherwise split or reorder it."""
    value = escape(bibtex_name(author, initials_after), ascii)
    return "{" + value + "}" if _needs_braces(author) else value


def entry_type(p: Publication) -> str:
    """The entry type: the source's own (a .bib's, a Hugo publication type) when it gave one; else from the
    status and venue, so that nothing is claimed the page does not say (a paper under review is @misc)."""
    if p.entry_type:
        return p.entry_type
    if not p.title:
        return "misc"  # a record with no title is a note of what the page says; one with no authors (a page that
        # leaves its owner out) is still the kind of work its venue says: its authors are missing, not its type
    v = p.venue.venue if p.venue else None
    if p.status in ("working paper", "in preparation"):
        return "unpublished"
    if p.status in ("preprint", "under review"):
        return "misc"
    if (thesis := _thesis(p)) is not None:
        return thesis[0]
    if p.status == "technical report" and v is None and (p.institution or (p.venue is not None and p.venue.parse.text)):
        return "techreport"
    if v is None and p.venue is not None and p.venue.kind in _TYPE_OF:
        return _TYPE_OF[p.venue.kind]  # an ambiguous venue whose candidates are all of one type ("ACC": conferences)
    if v is None:
        # an unknown venue cited with a volume and its issue or pages ("Kybernetica 39(2), 205-215") is a journal's
        cited = bool(p.volume and (p.pages or p.number or p.article_number))
        return _kind_written(p.venue_raw or "", bool(p.editors)) \
            or ((section_kind(p.section) or _file_kind(p) or _page_kind(p) or _body_named(p)) if p.venue_raw else None) \
            or ("inproceedings" if _MEETING_ACRONYM.fullmatch((p.venue_raw or "").strip(" ,.;")) else None) \
            or ("article" if cited else "misc")
    return _TYPE_OF.get(v.type, "misc")


# a venue the database lacks that says what it is: a meeting's proceedings ("Proc. 12th Int. Workshop on X", "14th
# International Conference on Structural Safety"), else a periodical ("Journal of X", "Law Review", "Trans. X")
# (and in the languages of the pages: "Simpósio Nacional de ...", "Congreso de ...", "Conférence ...", "Tagung",
# "한국HCI학회 학술대회", "全国会议", "研究会")
_MEETING_WORDS = lazy_compile(r"\b(?:proc(?:eedings|\.)|conference|conf\.|symposium|symp\.|workshop|congress|colloquium|"
                            r"(?:annual|general|scientific) meeting|lecture notes in|"
                            r"simp(?:ó|o)sio|simposio|semin(?:á|a)rio|encontro|encuentro|congreso|congresso|congr(?:è|e)s|"
                            r"kongress|jornadas|confer(?:ê|e)ncia|conf(?:é|e)rence|konferenz|tagung|col(?:ó|o)quio|"
                            r"colloque|convegno|atelier)(?!\w)|학술대회|会议|會議|会議|研讨会|研究会|シンポジウム|ワークショップ|"
                            # a convention's papers, a talk's proceedings (Japanese: "全国大会論文集", "年次大会発表論文集",
                            # "講演論文集", "講演予稿集"; Chinese "大会")
                            r"大会|講演|予稿集", re.I)
# a book's chapter ("Handbook of X", "Encyclopedia of Y", "IET Book Chapter")
# (and "Chapter in X", "Chapter 4 in X": the venue says it is a chapter of book X)
_BOOK_WORDS = lazy_compile(r"\b(?:handbook|encyclop(?:a|ae|æ|e)dia|book chapter|companion to|chapter(?:\s+\d+)?\s+in)(?!\w)",
                           re.I)
# (and in the languages of the pages: "Revista Latina de ...", "Zeitschrift für ...", "Boletín de la ...", "Cahiers de
# ...", "Acta Politica", "南京农业大学学报", "中华肿瘤杂志", "情報処理学会論文誌", "한국정보과학회논문지")
_PERIODICAL_WORDS = lazy_compile(
    r"\b(?:journal|transactions|letters|lett\.|annals|bulletin|quarterly|review|rev\.|revista|revue|rivista|"
    r"zeitschrift|tijdschrift|tidsskrift|tidskrift|czasopismo|dergisi|bolet(?:í|i)n|boletim|bollettino|cahiers|annales|"
    r"acta)(?!\w)|学报|學報|杂志|雜誌|論文誌|学会誌|논문지|학회지|학술지", re.I)
# ... but a book's editors say a chapter ("In J. Smith (Ed.), Annals of ...", "edited by"), unless the book is a
# meeting's proceedings or a journal's (special) issue
_EDITED = re.compile(r"\(eds?\.?\)|\beds?\.(?=\s)|\bedited by\b|\bhrsg\.|\beditors?\s*:|\(editors?\)", re.I)
_JOURNAL_WORD = lazy_compile(r"\bjournal\b", re.I)


# ... but the proceedings of a society or an academy are its journal ("Proceedings of the National Academies of
# Sciences", "Proc. Nat. Acad. Sci", "Proceedings of the Institution of Mechanical Engineers")
_SOCIETY_PROCEEDINGS = lazy_compile(r"^\W*proc(?:eedings|\.)\s+(?:of\s+)?(?:the\s+)?(?:[\w.]+\s+){0,3}?"
                                  r"(?:academy|academies|acad\.|society|soc\.|institution|inst\.)(?!\w)", re.I)
_MEETING_NAMED = lazy_compile(r"\b(?:conference|symposium|workshop|congress|meeting|colloquium)(?!\w)", re.I)


# the kind of papers a section's heading names, in the languages of the pages ("Journal Articles", "Refereed
# Conference Papers", "Book Chapters", "Artigos em periódicos", "Buchkapitel", "国際会議", "期刊论文")
_SECTION_KINDS = (
    ("article", lazy_compile(r"\b(?:journals?|articles?|artigos?|art(?:í|i)culos?|articoli|aufs(?:ä|ae)tze|"
                           r"periodicals?|revistas?|peri(?:ó|o)dicos|zeitschrift\w*)(?!\w)|期刊|論文誌|学術論文|学术论文|"
                           r"학술지|학회지|저널", re.I)),
    ("inproceedings", lazy_compile(r"\b(?:conferences?|proceedings|workshops?|symposi(?:a|um|ums)|congress(?:es)?|"
                                 r"congressos?|congresos?|conf(?:é|e)rences?|tagung\w*|eventos)(?!\w)|会議|会议|"
                                 r"학술대회|학회(?!지)", re.I)),  # ("국제학회", conferences; "학회지", a society's journal)
    # (a doctor's thesis by name: not "Publications during my PhD")
    ("phdthesis", lazy_compile(r"\b(?:(?:ph\.?\s?d\.?|doctoral|doctorate)\s+(?:thes[ie]s|dissertations?)|doktorarbeit|"
                             r"th(?:è|e)se de doctorat)(?!\w)|博士(?:学位)?[论論]文", re.I)),
    ("mastersthesis", lazy_compile(r"\b(?:" + MASTERS + r"|m\.?\s?(?:a\.?\s?)?sc\.?|mestrado|maestr(?:í|i)a)\s+(?:thes[ie]s|dissertations?)"
                                 r"(?!\w)|硕士|修士", re.I)),
    ("incollection", lazy_compile(r"\b(?:(?:book )?chapters?|buchkapitel|sammelb(?:ä|ae)nde\w*|cap(?:í|i)tulos?)(?!\w)|"
                                r"章节|分担執筆", re.I)),
)


_SECTION_SEP = " > "  # how a record's section joins its headings (sources.markup.SECTION_SEP; not imported: the
# writers load no reader)


def section_kind(section: str | None) -> str | None:
    """The entry type the section a page lists a paper under names: the innermost heading that names one kind of
    papers (one naming two, "Journal and Conference Papers", says nothing). Also what a data file's item says of
    its own kind (`type: Conference paper`, datafile)."""
    for head in reversed((section or "").split(_SECTION_SEP)):
        kinds = {kind for kind, words in _SECTION_KINDS if words.search(head)}
        if kinds:
            return kinds.pop() if len(kinds) == 1 else None
    return None


def _file_kind(p: Publication) -> str | None:
    """The entry type the name of the file a record was read from names, as a section's heading would: a page or a
    data file of one kind of papers ("journal-papers.md", "_data/articulos.csv", "book-chapters.qmd",
    "conference-list.md"); None when its files name none, or not all the same."""
    kinds = {_path_kind(s.path) for s in p.sources}
    return kinds.pop() if len(kinds) == 1 else None


@cache
def _path_kind(path: str) -> str | None:
    """The entry type a file's name names (_file_kind), once per file."""
    return section_kind(_FILE_WORD_SEP.sub(" ", PurePosixPath(path.replace("\\", "/")).stem))


# what parts the words of a file's name ("journal-papers", "artigos2006", "proceedings_articles")
_FILE_WORD_SEP = re.compile(r"[\W_\d]+")


def _page_kind(p: Publication) -> str | None:
    """The kind most papers of the record's page are by their known venues (Publication.page_kind), for a venue the
    database does not know, unless its name is a publisher's, a school's or another body's ("Springer Verlag", "Cold
    Spring Harbor Laboratory", "Inter-American Development Bank") or says it is no paper of a journal or a meeting (a
    report, a thesis, a poster), or the record's DOI is a preprint server's."""
    if p.page_kind is None or _NO_PERIODICAL.search(p.venue_raw or "") or _preprint_doi(p):
        return None
    return p.page_kind


# the words of the bodies that issue papers (their reports: _body_named)
_BODY_WORDS = r"institut[eo]?|foundation|bank|initiative|cent(?:er|re)|council|agency|ministry|department|office"
_NO_PERIODICAL = lazy_compile(r"\b(?:publishers?|publishing|press|verlag|springer|elsevier|wiley|routledge|"
                              r"universit(?:y|ies|ät|at|é|e|à|a|ad)|college|school|laborator(?:y|ies)|"
                              rf"{_BODY_WORDS}|"
                              r"company|inc\.|ltd|reports?|(?:technical|working|white|discussion) papers?|thes[ie]s|"
                              r"dissertation|poster|talk|presentation|blog|newsletter|series|"
                              # ... nor what is not yet a paper of either, or no venue (a patent, a database's ids)
                              r"unpublished|manuscript|in progress|patent|filed|(?:pre|e-?)prints?|arxiv|biorxiv|"
                              r"medrxiv|ssrn|pmid|pmcid|pubmed|orcid|researchgate|research gate)(?!\w)", re.I)


def _body_named(p: Publication) -> str | None:
    """@techreport when an unknown venue that says nothing else names the body that issued the paper ("Institute of
    Government and Public Affairs", "Inter-American Development Bank, 2020", "Migration Policy Institute", "Center for
    American Progress"): a report, its institution the venue as written. Not a university, a college, a school or a
    laboratory (a thesis's school, a preprint server's publisher), nor a record whose DOI is a preprint server's."""
    raw = p.venue_raw or ""
    if _BODY.search(raw) and not _SCHOOL.search(raw) and not _preprint_doi(p):
        return "techreport"
    return None


_BODY = lazy_compile(rf"\b(?:{_BODY_WORDS})(?!\w)", re.I)
_SCHOOL = lazy_compile(r"\b(?:universit\w*|college|school|laborator(?:y|ies))(?!\w)", re.I)


def _preprint_doi(p: Publication) -> bool:
    """Whether the record's DOI is a preprint server's (the paper's early version: no journal's or body's paper)."""
    return is_preprint_doi(p.ids.get("doi", ""))


# an unknown meeting named as pages name meetings: its acronym and year ("ICKG 2023", "SysML 2019", "NDSI'19"), or
# a society's name and an acronym ("IEEE BIOSIG"); not a word in capitals alone (a name, "DOI", "PDF"), an identifier
# ("PMC5432227"), nor a journal's acronym as IEEE and others write them ("TCST 2024": Transactions, "JMSD 2013")
_SOCIETY = r"(?:IEEE|ACM|IFIP|SIAM|USENIX|IAPR)[ /-]+"
_ACRONYM_NOT_JOURNAL = r"(?![TJ][A-Z])[A-Z][A-Za-z]*[A-Z][A-Za-z-]*"
_MEETING_ACRONYM = lazy_compile(rf"(?:{_SOCIETY})?{_ACRONYM_NOT_JOURNAL}(?:\s*'\d{{2}}|\s*(?:19|20)\d{{2}}|\s+\d{{2}})"
                                rf"|{_SOCIETY}{_ACRONYM_NOT_JOURNAL}")


def _kind_written(text: str, edited: bool = False) -> str | None:
    """inproceedings, incollection or article when an unknown venue's own words (or the editors of the book it is in,
    `edited`) say which; None when they say none."""
    if _SOCIETY_PROCEEDINGS.search(text) and not _MEETING_NAMED.search(text):
        return "article"
    if _MEETING_WORDS.search(text):
        return "inproceedings"
    said = _EDITED.search(text) is not None  # the venue's words name editors
    if (edited or said or _BOOK_WORDS.search(text)) and not _JOURNAL_WORD.search(text):
        return "incollection"
    if said:
        return None
    return "article" if _PERIODICAL_WORDS.search(text) else None


# (a paper in a venue of type book, an edited volume or a series of them, is a chapter of it)
_TYPE_OF = {"conference": "inproceedings", "workshop": "inproceedings", "journal": "article", "preprint": "misc",
            "book": "incollection", "thesis": "phdthesis"}
_THESIS = re.compile(r"\b(?:(ph\.?\s*d\.?|doctoral)|(" + MASTERS + r"|m\.?\s*(?:a\.?\s*)?sc?\.?))\s+(?:thesis|dissertation)\b[\s,.:;-]*", re.I)


def _thesis(p: Publication, etype: str | None = None) -> tuple[str, str] | None:
    """("phdthesis" or "mastersthesis", school) when the venue text says so and names the school (or the record's
    entry type, `etype`, is a thesis's: its venue is the school)."""
    text = p.venue_raw or ""
    m = _THESIS.search(text)
    if m is None:
        kind = p.entry_type if p.entry_type in THESIS_TYPES else etype
        if kind in THESIS_TYPES and (p.school or text):
            # the source says it is a thesis: its venue is the school (without the year and place a page wrote
            # with it: "Leiden: Leiden University; 2015")
            return kind, p.school or (p.venue.parse.text if p.venue and p.venue.parse.text else text)
        return None
    school = p.school or " ".join(re.sub(r"\b(?:19|20)\d{2}\b", "", text[:m.start()] + " " + text[m.end():]).split()).strip(" ,.;:-()")
    if not school:
        return None
    return ("phdthesis" if m.group(1) else "mastersthesis"), school


Entry = tuple[str, str, list[tuple[str, str]]]  # entry type, key, (field, value as written between its braces)

# the venue's field by entry type
_VENUE_FIELD = {"article": "journal", "inproceedings": "booktitle", "incollection": "booktitle", "inbook": "booktitle",
                "conference": "booktitle", "proceedings": "series", "misc": "howpublished", "techreport": "institution",
                "phdthesis": "school", "mastersthesis": "school", "unpublished": "note"}
_SUBMITTED = ("under review", "preprint", "working paper", "in preparation")
# the types whose `number` the styles read as a series' number
_SERIES_NUMBER_TYPES = frozenset({"inproceedings", "incollection", "inbook", "book", "proceedings"})
# the fields written in this order; then the fields the record does not model, in source order
_PLAIN_ORDER = ("volume", "number", "pages", "article_number", "publisher", "school", "institution", "address",
                "series", "edition", "isbn", "issn")


def bibtex_entries(pubs: Sequence[Publication], ascii: bool = False, untitled: str = "note",
                   rekey: bool = False) -> tuple[list[Entry], list[str]]:
    """The entries for the publications, every value escaped, and warnings (records left out or noted)."""
    warnings: list[str] = []
    entries: list[Entry] = []
    keys = make_keys(pubs, rekey=rekey)
    for p, key in zip(pubs, keys, strict=True):
        if not p.title and untitled == "skip":
            warnings.append(f"{p.first_source.path}:{p.first_source.line}: left out {p.label!r}: the page gives no title")
            continue
        if not p.title:
            warnings.append(f"{p.first_source.path}:{p.first_source.line}: {p.label!r} has no title; written with a note")
        entries.append((entry_type(p), key, _fields(p, key, ascii)))
    if ascii:
        kept = inexpressible("".join(value for _, _, fields in entries for _, value in fields))
        if kept:
            warnings.append("no ASCII spelling for " + " ".join(kept[:40]) + (" ..." if len(kept) > 40 else "")
                            + ": written as UTF-8 (compile with CJKutf8, xelatex or lualatex)")
    return entries, warnings


def _fields(p: Publication, key: str, ascii: bool) -> list[tuple[str, str]]:
    """The fields of one entry: the record's values, each written as its source wrote it while it still reads the same."""
    w = _Values(p, ascii)
    etype = entry_type(p)
    fields: list[tuple[str, str]] = []
    notes: list[str] = []
    if p.title:
        raw = p.as_written.get("title")
        as_read = raw is not None and w.safe(raw) and html_title(to_text(raw)) == p.title \
            and not _cased_command(raw)  # as the reader read it
        fields.append(("title", w.latex(raw) if raw is not None and as_read else "{" + escape(p.title, ascii) + "}"))
    if p.authors:
        fields.append(("author", w.names("author", p.authors, p.et_al)))
    if p.editors and (p.editors != p.authors or "editor" in p.as_written):
        fields.append(("editor", w.names("editor", p.editors, False)))
    v = p.venue.venue if p.venue else None
    vfield = next((k for k in ("journal", "booktitle", "howpublished") if k in p.as_written), None) or _VENUE_FIELD.get(etype)
    from_bib = bool(p.as_written)  # read from a .bib: its own venue fields only, nothing derived from other fields
    thesis = _thesis(p, etype) if etype in THESIS_TYPES and not p.school and not from_bib else None
    submitted = p.status in _SUBMITTED and not p.entry_type
    if from_bib:
        src = next((k for k in ("journal", "booktitle") if k in p.as_written), None)
        if src is not None and v is not None and p.venue is not None and p.venue.method == "alias" \
                and v.type != "preprint" and not p.venue.at_workshop:
            canonical = v.bibtex or v.name
            if to_text(p.as_written[src]).casefold() == canonical.casefold():
                fields.append((src, w.latex(p.as_written[src])))  # the name, in the source's own capitals ("NeuroImage")
            else:
                fields.append((src, escape(canonical, ascii)))  # matched with confidence: the canonical name
        # any other venue field of the source is written as written below
    elif thesis is not None:
        fields.append(("school", escape(thesis[1], ascii)))
    elif submitted:
        # where it is sent, or will be ("Planned submission: Journal", "In preparation for Nature")
        where = (v.acronym or v.name) if v is not None and v.type != "preprint" else (p.venue.parse.text if p.venue and v is None else "")
        if p.status == "under review" or SUBMITTED_TO.search(p.venue_raw or ""):
            notes.append(f"Under review at {escape(where, ascii)}" if where else "Under review")
        elif p.status == "in preparation":
            notes.append(f"In preparation for {escape(where, ascii)}" if where else "In preparation")
        elif v is None and p.venue_raw and p.status == "working paper":
            notes.append(escape(p.venue_raw, ascii))
        elif v is not None and v.type == "preprint" and p.status == "working paper" and p.venue is not None:
            notes.append(escape(p.venue.parse.text or v.name, ascii))  # the series ("SSRN Working Paper")
        elif v is not None and v.type == "preprint" and vfield == "howpublished" and not (p.eprint or "arxiv" in p.ids):
            fields.append(("howpublished", escape(v.name, ascii)))  # the server ("bioRxiv"), when no eprint says it
    elif v is not None and p.venue is not None and p.venue.at_workshop:
        workshop = re.sub(r"\s*@\s*", " at ", p.venue.parse.text)  # "X Workshop @ NeurIPS" -> "X Workshop at NeurIPS"
        fields.append((vfield or "booktitle", escape(workshop, ascii)))  # the workshop as named, not its host
    elif v is not None and p.venue is not None and p.venue.method == "alias" and v.type != "preprint" and vfield \
            and vfield not in ("note", "school", "institution"):
        # matched with confidence: the canonical name, in the page's capitals when the page wrote that name
        # ("Political Research Quarterly" for a list's "Political research quarterly")
        canonical = v.bibtex or v.name
        name = p.venue.parse.text if p.venue.parse.text.casefold() == canonical.casefold() else canonical
        fields.append((vfield, escape(name, ascii)))
    elif vfield in p.as_written and p.venue_raw and w.same(p.as_written[vfield], p.venue_raw):
        fields.append((vfield, w.latex(p.as_written[vfield])))  # as the source wrote it
    elif etype == "techreport" and not p.institution and p.venue is not None and p.venue.parse.text and not p.entry_type:
        fields.append(("institution", escape(p.venue.parse.text, ascii)))  # the report's institution as the page names it
    elif p.venue_raw and (v is None or v.type != "preprint"):
        text = p.venue.parse.text if p.venue is not None and p.venue.parse.text and not p.entry_type else p.venue_raw
        if vfield and vfield not in ("note", "school", "institution") \
                and (v is not None or etype in ("misc", "article", "inproceedings", "incollection")):
            fields.append((vfield, escape(text, ascii)))  # a venue not matched with confidence: as written
        elif not (etype == "book" and p.publisher and p.publisher in p.venue_raw):  # (a book's press: its publisher)
            notes.append(escape(p.venue_raw, ascii))
    for name in ("journal", "booktitle", "howpublished"):
        if name in p.as_written and all(n != name for n, _ in fields):
            fields.append((name, w.text(name, to_text(p.as_written[name]))))  # a second venue field of the source
    for attr in _PLAIN_ORDER:
        value = getattr(p, attr)
        if value and not (attr in ("school", "institution") and any(n == attr for n, _ in fields)):
            name = w.field_name(attr)
            if name == "number" and p.volume and etype in _SERIES_NUMBER_TYPES and not from_bib:
                # a meeting's abstract in a journal's supplement ("98(Suppl. 2)"): the issue, not the number of a
                # series, which these types' styles take `number` for (and warn of beside a volume)
                name = "issue"
            fields.append((name, w.text(name, value)))
    if p.year:
        raw = p.as_written.get("year")
        fields.append(("year", w.latex(raw) if raw is not None and to_text(raw)[:4] == str(p.year) and w.safe(raw) else str(p.year)))
    elif "year" in p.as_written:
        fields.append(("year", w.text("year", to_text(p.as_written["year"]))))  # a year that is no number ("535 BCE")
    if p.month:
        fields.append(("month", p.month.lower() if p.month.lower() in MONTH_MACROS else w.text("month", p.month)))
    if "doi" in p.ids:
        raw = verbatim_to_text(p.as_written.get("doi", ""))
        same = raw and clean_doi(raw.removeprefix("https://doi.org/")) == p.ids["doi"]
        fields.append(("doi", escape_verbatim(raw if same else p.ids["doi"], ascii)))
    if p.eprint or "arxiv" in p.ids:
        fields.append(("eprint", escape_verbatim(p.eprint or p.ids["arxiv"], ascii)))
        if "arxiv" in p.ids and (not p.eprint or arxiv_base(p.eprint) == p.ids["arxiv"]):
            raw = p.as_written.get("archiveprefix")
            fields.append(("archiveprefix", w.latex(raw) if raw is not None and to_text(raw).lower() == "arxiv" else "arXiv"))
        elif "archiveprefix" in p.as_written:
            fields.append(("archiveprefix", w.text("archiveprefix", to_text(p.as_written["archiveprefix"]))))
    if p.primary_class:
        name = w.field_name("primary_class")
        fields.append((name, w.text(name, p.primary_class)))
    written_elsewhere = set(p.extra.values()) | set(p.links.values())
    url = next((u for u in p.urls if _WEB_URL.match(u) and u not in written_elsewhere), None)
    if url:
        fields.append(("url", escape_verbatim(url, ascii)))
    for kind, address in p.links.items():
        fields.append((next((n for n in LINK_FIELDS[kind] if n in p.as_written), LINK_FIELDS[kind][0]), escape_verbatim(address, ascii)))
    note = w.text("note", p.note) if p.note else ""
    said = (p.note or "").lower()
    if not p.title:
        notes.insert(0, f"Title not given on the page, which calls it: {escape(p.label, ascii)}" if p.label
                     else "Title not given on the page")
    # status and awards of a .bib record were read from its own fields: not repeated in its note
    if p.awards and not from_bib and not ({"award", "award_name"} & set(p.extra)):
        notes.extend(escape(a, ascii) for a in p.awards if a.lower() not in said)
    if not from_bib and (p.status in ("accepted", "working paper", "in preparation") or (p.status == "technical report" and etype != "techreport")) \
            and not any(p.status in n.lower() for n in notes):  # (not twice: "SSRN Working Paper; Working paper")
        notes.append(p.status.capitalize())
    notes = [n for n in notes if n.lower() not in said]
    notes.extend(escape(f"Other version: {v}", ascii) for v in p.versions)  # linked by dedupe, not merged
    if note or notes:
        fields.append(("note", "; ".join([note, *notes] if note else notes)))
    if p.keywords:
        raw = p.as_written.get("keywords")
        same = raw is not None and split_keywords(to_text(raw)) == p.keywords and w.safe(raw)
        fields.append(("keywords", w.latex(raw) if same and raw is not None else escape(", ".join(p.keywords), ascii)))
    if p.abstract:
        fields.append(("abstract", w.text("abstract", p.abstract)))
    if p.alt_keys:
        fields.append(("ids", ", ".join(k for k in p.alt_keys if k != key)))
    if not p.authors and not p.editors:
        sort_key = p.extra.get("key") or _sort_key(p)
        fields.append(("key", w.text("key", sort_key)))
    written = {name for name, _ in fields}
    for name, text in p.extra.items():
        if name not in written and name not in _NEVER_EXTRA:
            fields.append((name, w.text(name, text)))
            written.add(name)
    # a field left with nothing to say (its value was only decoration, such as an emoji) is not written: it
    # would read back as absent, and a second export would differ
    # (any white space: a no-break space alone reads back as nothing too)
    return [(n, v) for n, v in fields if re.search(r"[^{}\s]", v) or n in ("title",)]


_NEVER_EXTRA = frozenset({"ids", "author", "editor", "title", "year", "doi", "eprint", "url"})


def _sort_key(p: Publication) -> str:
    """What sorting styles sort an entry without authors by: its title (or label)."""
    # words only: natbib reads a label's parentheses as its year ("JHEP03(2019)" would break the entry)
    words = re.sub(r"[^\w\s]", " ", p.title or p.label or "").split()[:6]
    return " ".join(words) or "Untitled"


def _balanced(raw: str) -> bool:
    """Braces that BibTeX reads as one value (no group closed before it opens)."""
    depth = 0
    for c in raw:
        depth += 1 if c == "{" else -1 if c == "}" else 0
        if depth < 0:
            return False
    return depth == 0


# a command whose name holds a capital, outside braces: the styles that set titles in sentence case lower it
# ("V\'{e}dhet\H{o}-e" -> "\h{o}": an undefined command, and the document stops); the ones whose lower-case form
# is the lower-case letter are not ("\L", "\O", "\AA", "\AE", "\OE", "\SS")
_COMMAND = lazy_compile(r"\\([A-Za-z]+)|[{}]")
_CASED_OK = frozenset({"l", "o", "aa", "ae", "oe", "ss"})


def _cased_command(raw: str) -> bool:
    """Whether a title as a .bib writes it holds a command with a capital in its name outside braces that lower
    casing breaks."""
    depth = 0
    for m in _COMMAND.finditer(raw):
        if m.group(0) == "{":
            depth += 1
        elif m.group(0) == "}":
            depth -= 1
        elif depth == 0 and (name := m.group(1)) != name.lower() and name.lower() not in _CASED_OK:
            return True
    return False


class _Values:
    """Field values of one record: written as the source wrote them (LaTeX) while they still read the same
    and are safe to typeset, else escaped from the text."""

    def __init__(self, p: Publication, ascii: bool):
        self.p, self.ascii = p, ascii

    def same(self, raw: str, text: str) -> bool:
        return self.safe(raw) and to_text(raw) == text

    def safe(self, raw: str) -> bool:
        return latex_is_safe(raw)

    def latex(self, raw: str) -> str:
        return to_latex(raw, self.ascii)

    def text(self, name: str, text: str) -> str:
        raw = self.p.as_written.get(name)
        if raw is not None and to_text(raw) == text and (self.safe(raw) or (name not in TYPESET_FIELDS and _balanced(raw) and "^^" not in raw and commands_are_safe(raw))):
            return self.latex(raw)
        return escape(text, self.ascii)

    def field_name(self, attr: str) -> str:
        names = ATTR_FIELDS[attr]
        return next((n for n in names if n in self.p.as_written), names[0])

    def names(self, name: str, names: list[str], et_al: bool) -> str:
        raw = self.p.as_written.get(name)
        if raw is not None and self.safe(raw) and bibtex_names(raw) == (names, et_al):
            return self.latex(raw)
        after = surname_first(names)  # "Smith JA, Doe B": "Smith, J. A. and Doe, B."
        if any(_needs_braces(a) for a in names):
            value = " and ".join([_name(a, self.ascii, after) for a in names])
        else:  # no name needs braces: escape the list at once (" and " has nothing to escape)
            value = escape(" and ".join(bibtex_name(a, after) for a in names), self.ascii)
        return value + " and others" if et_al else value


def format_entries(entries: Sequence[Entry]) -> str:
    """The entries as BibTeX text, laid out as bibtexparser v2 writes them (two-space indent, every value in
    braces, a blank line between entries); tests check it against bibtexparser's own writer."""
    return "\n".join(f"@{etype}{{{key},\n" + "".join(f"  {name} = {_braced(name, value)},\n" for name, value in fields)[:-2] + "\n}\n"
                     if fields else f"@{etype}{{{key},\n}}\n" for etype, key, fields in entries)


def _braced(name: str, value: str) -> str:
    """A value in braces; a month macro (`jan`) bare, so that styles print the month's name."""
    return value if name == "month" and value in MONTH_MACROS else "{" + value + "}"


def write_bibtex(pubs: Sequence[Publication], ascii: bool = False, untitled: str = "note",
                 rekey: bool = False) -> tuple[str, list[str]]:
    """BibTeX text for the publications and warnings (records left out or noted)."""
    entries, warnings = bibtex_entries(pubs, ascii, untitled, rekey)
    return format_entries(entries), warnings
