"""BibTeX field names of the record's attributes, shared by the BibTeX reader and writer (no I/O, no parsing)."""

from __future__ import annotations

# BibTeX field -> Publication attribute, for the plain-text fields (a field is written back under the name
# its source used; the first name is the one written for records from elsewhere)
FIELD_ATTR = {
    "volume": "volume", "number": "number", "pages": "pages",
    "eid": "article_number", "articleno": "article_number", "article-number": "article_number",
    "publisher": "publisher", "school": "school", "institution": "institution", "address": "address",
    "month": "month", "series": "series", "edition": "edition", "isbn": "isbn", "issn": "issn",
    "abstract": "abstract", "primaryclass": "primary_class", "eprintclass": "primary_class",
}
ATTR_FIELDS: dict[str, list[str]] = {}
for _name, _attr in FIELD_ATTR.items():
    ATTR_FIELDS.setdefault(_attr, []).append(_name)

# BibTeX field (al-folio's names) -> link type (model.LINK_TYPES)
LINK_OF_FIELD = {"pdf": "pdf", "code": "code", "slides": "slides", "video": "video", "poster": "poster",
                 "website": "project", "project": "project", "data": "data", "dataset": "data"}
LINK_FIELDS_ALL = tuple(LINK_OF_FIELD)
LINK_FIELDS: dict[str, list[str]] = {}
for _name, _kind in LINK_OF_FIELD.items():
    LINK_FIELDS.setdefault(_kind, []).append(_name)

MONTH_MACROS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")

# fields some style typesets (BibTeX's standard styles, IEEEtran, natbib, biblatex's data model): their values must
# be safe LaTeX. Any other field (al-folio's abbr, selected, preview, google_scholar_id) is read by no style and is
# written back exactly as the source wrote it
TYPESET_FIELDS = frozenset("""
address addendum afterword annotation annotator annote archiveprefix author authortype bookauthor bookpagination
booksubtitle booktitle booktitleaddon chapter commentator crossref date doi edition editor editora editorb editorc
editortype eid entrysubtype eprint eprintclass eprinttype eventdate eventtitle eventtitleaddon foreword holder
howpublished indextitle institution introduction isan isbn ismn isrn issn issue issuesubtitle issuetitle iswc journal
journalsubtitle journaltitle key label language location mainsubtitle maintitle maintitleaddon month nameaddon note
number organization origdate origlanguage origlocation origpublisher origtitle pages pagetotal pagination part
primaryclass publisher pubstate reprinttitle school series shortauthor shorteditor shorthand shorthandintro
shortjournal shortseries shorttitle subtitle title titleaddon translator type url urldate venue version volume volumes
year abstract keywords ctldash ctluse_url ctluse_forced_etal
""".split())
