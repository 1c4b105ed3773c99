"""The small data model every stage works on: plain dataclasses, no I/O."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning", "info"]

# the latest year a paper can have: later four digits are volumes, ids or pages, and two digits that would name a
# later year are a volume ("Geographical Analysis 48"); a fixed bound, so that the same page gives the same record in
# any year until then
LATEST_YEAR = 2035

THESIS_TYPES = ("phdthesis", "mastersthesis")  # the BibTeX entry types of a thesis: its venue is its school

# every status a record can have, strongest evidence of publication first (merging keeps the strongest)
STATUSES = ("published", "accepted", "under review", "working paper", "technical report", "preprint", "in preparation",
            "unknown")


@dataclass(frozen=True, slots=True)
class SourceLoc:
    """Where a piece of a record was read: file, 1-based line, and the raw text as written."""

    path: str
    line: int
    raw: str = ""

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (SourceLoc, (self.path, self.line, self.raw))  # pickles fast (records come back from workers)


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """A content problem found while reading or checking; `code` is stable across releases."""

    code: str
    severity: Severity
    message: str
    path: str
    line: int = 0
    col: int = 1

    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.path, self.line, self.col, self.code, self.message)


@dataclass(frozen=True, slots=True)
class Venue:
    """One entry of venues.yaml."""

    id: str
    acronym: str | None
    name: str
    type: str
    publisher: str | None = None
    field: str | None = None
    aliases: tuple[str, ...] = ()
    bibtex: str | None = None
    ranks: tuple[tuple[str, str], ...] = ()  # (edition, rank), e.g. ("ccf2026", "A")
    dblp: str | None = None
    track_of: str | None = None
    track: str | None = None
    line: int = 0  # line in the YAML file it came from

    def __reduce__(self) -> tuple[Callable[..., Venue], tuple[object, ...]]:
        # a frozen slotted dataclass unpickles field by field through dataclasses' __setstate__; the generated
        # __init__ is faster (the venue database itself keeps rows of fields: venues.VenueTable)
        return (Venue, self.fields())

    def fields(self) -> tuple[object, ...]:
        """The field values in order: Venue(*v.fields()) == v."""
        return (self.id, self.acronym, self.name, self.type, self.publisher, self.field, self.aliases, self.bibtex,
                self.ranks, self.dblp, self.track_of, self.track, self.line)

    @property
    def label(self) -> str:
        return self.acronym or self.name

    def rank(self, edition: str) -> str | None:
        return dict(self.ranks).get(edition)


@dataclass(frozen=True, slots=True)
class VenueParse:
    """A venue string split into its parts; `text` is what is left to look up."""

    raw: str
    text: str
    year: int | None = None
    track: str | None = None
    awards: tuple[str, ...] = ()
    status: str | None = None
    rank_claims: tuple[str, ...] = ()  # e.g. ("CCF A", "JCR Q1")
    notes: tuple[str, ...] = ()  # roles and other remarks: "Corresponding Author"
    lead: str = ""  # a proceedings lead-in taken off `text` ("Proceedings of the"), tried again when needed

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (VenueParse, (self.raw, self.text, self.year, self.track, self.awards, self.status, self.rank_claims,
                             self.notes, self.lead))


@dataclass(frozen=True, slots=True)
class VenueMatch:
    """The result of looking a venue string up: a venue (or none), how, and how sure."""

    parse: VenueParse
    venue: Venue | None
    method: Literal["alias", "fuzzy", "none", "ambiguous"]
    score: float
    candidates: tuple[str, ...] = ()  # ids of the other venues considered (ambiguous or explain)
    kind: str | None = None  # an ambiguous match: the type its candidates share ("ACC": two conferences), if one

    def __reduce__(self):  # type: ignore[no-untyped-def]
        # between pubnorm's own worker processes a venue travels as its id (the receiver has the same
        # database): a venue's aliases are not copied once per paper
        if VENUE_REGISTRY.get("slim") and self.venue is not None:
            return (_match_from_id, (self.parse, self.venue.id, self.method, self.score, self.candidates, self.kind))
        return (VenueMatch, (self.parse, self.venue, self.method, self.score, self.candidates, self.kind))

    @property
    def at_workshop(self) -> bool:
        """A workshop held at the matched conference: the host's name and ranks are not the paper's."""
        return self.venue is not None and self.parse.track == "Workshop" and self.venue.type != "workshop"


# the bibliographic fields a record carries besides title, authors, year and venue, as plain text, each named as
# BibTeX names it (the readers fill them, the writers write them back; README "JSON records" lists them)
BIB_FIELDS = ("volume", "number", "pages", "article_number", "publisher", "school", "institution", "address",
              "month", "series", "edition", "isbn", "issn", "note", "abstract", "eprint", "primary_class")
# typed links apart from the paper's own url
LINK_TYPES = ("pdf", "code", "slides", "video", "poster", "project", "data")


@dataclass(slots=True)
class Publication:
    """One paper as read from one or more places."""

    title: str | None = None
    label: str | None = None  # a short name the page uses when it gives no title ("MergeBench")
    authors: list[str] = field(default_factory=list)
    et_al: bool = False  # the author list was cut ("et al.")
    year: int | None = None
    year_source: str | None = None  # "text", "date", "arxiv", "url", "news", "bibtex"
    venue_raw: str | None = None
    venue: VenueMatch | None = None
    status: str = "unknown"
    awards: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    rank_claims: list[str] = field(default_factory=list)
    ids: dict[str, str] = field(default_factory=dict)  # arxiv, doi, acl, openreview, ...
    urls: list[str] = field(default_factory=list)
    sources: list[SourceLoc] = field(default_factory=list)
    kind: str = "entry"  # "entry" (a list/collection item) or "mention" (a linked name in prose or news)
    entry_type: str | None = None  # the entry type the source gives (BibTeX type, Hugo publication type)
    section: str | None = None  # the heading the entry was listed under ("Publications", "Topics")
    key: str | None = None  # the citation key the source gives
    alt_keys: list[str] = field(default_factory=list)  # keys of records merged into this one (biblatex `ids`)
    volume: str | None = None
    number: str | None = None
    pages: str | None = None
    article_number: str | None = None
    publisher: str | None = None
    school: str | None = None
    institution: str | None = None
    address: str | None = None
    month: str | None = None
    series: str | None = None
    edition: str | None = None
    isbn: str | None = None
    issn: str | None = None
    note: str | None = None  # the source's note as written (status, awards and notes are also read from it)
    abstract: str | None = None
    eprint: str | None = None  # the eprint as written (ids["arxiv"] is the arXiv id without version)
    primary_class: str | None = None  # arXiv primary category ("cs.CL")
    editors: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    links: dict[str, str] = field(default_factory=dict)  # LINK_TYPES -> address
    extra: dict[str, str] = field(default_factory=dict)  # fields pubnorm does not model, as text (al-folio abbr, selected)
    equal_contribution: list[str] = field(default_factory=list)  # authors marked * (equal contribution)
    corresponding: list[str] = field(default_factory=list)  # authors marked ✉ or † (corresponding)
    # BibTeX values as the source wrote them (LaTeX), by field name: a field whose value still reads the same is
    # written back exactly so ($\alpha$, {DNA}, \"u survive)
    as_written: dict[str, str] = field(default_factory=dict)
    # other versions of this work, kept as records of their own (a shared empty tuple: no list per record)
    versions: tuple[str, ...] = ()
    # the entry type most papers of the record's page have by their known venues ("article": a page of journal
    # papers), for a venue the database does not know (writers.bibtex.entry_type); not written out
    page_kind: str | None = None

    def __reduce__(self):  # type: ignore[no-untyped-def]
        # field values in order: unpickling a few hundred thousand records from worker processes stays cheap
        return (Publication, (self.title, self.label, self.authors, self.et_al, self.year, self.year_source, self.venue_raw,
                              self.venue, self.status, self.awards, self.notes, self.rank_claims, self.ids, self.urls,
                              self.sources, self.kind, self.entry_type, self.section, self.key, self.alt_keys,
                              self.volume, self.number, self.pages, self.article_number, self.publisher, self.school,
                              self.institution, self.address, self.month, self.series, self.edition, self.isbn,
                              self.issn, self.note, self.abstract, self.eprint, self.primary_class, self.editors,
                              self.keywords, self.links, self.extra, self.equal_contribution, self.corresponding,
                              self.as_written, self.versions, self.page_kind))

    @property
    def issue(self) -> str | None:
        """The issue: BibTeX's `number` (reference-manager exports call it issue)."""
        return self.number

    @issue.setter
    def issue(self, value: str | None) -> None:
        self.number = value

    @property
    def name(self) -> str:
        return self.title or self.label or "(untitled)"

    @property
    def first_source(self) -> SourceLoc:
        return self.sources[0] if self.sources else SourceLoc("?", 0)


@dataclass(slots=True)
class Profile:
    """Everything read from one input file."""

    path: str
    owner: str | None = None
    kind: str = "markdown"  # markdown, html, collection, hugo, bibtex
    publications: list[Publication] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    text: str = ""  # the decoded file, kept only when asked for (check locates findings and reads suppressions)


@dataclass(frozen=True, slots=True)
class MergeStep:
    """Why a record joined a cluster: the rule, its score and the evidence that fired."""

    rule: str
    score: float
    evidence: str
    member: int  # index into Cluster.members


@dataclass(slots=True)
class Cluster:
    """A group of records that are the same paper, and the record they merge into."""

    members: list[Publication]
    merged: Publication
    steps: list[MergeStep] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)


# set by pipeline workers: "slim" (pickle venues as ids) and "venue" (id -> Venue, to rebuild from)
VENUE_REGISTRY: dict[str, object] = {}


def _match_from_id(parse: VenueParse, vid: str, method: str, score: float, candidates: tuple[str, ...],
                   kind: str | None = None) -> VenueMatch:
    resolve = VENUE_REGISTRY["venue"]
    return VenueMatch(parse, resolve(vid), method, score, candidates, kind)  # type: ignore[operator, arg-type]
