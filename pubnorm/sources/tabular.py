"""What reference managers export: CSV with BibTeX-style column names, and RIS (via rispy).

Each row or RIS record becomes one Publication with the line it starts on, so `pubnorm dedupe` can say
`library.csv:42` for every record it merges.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator

from ..dedupe import venue_head
from ..model import Diagnostic, Profile, Publication, SourceLoc
from ..normalize import bibtex_names as _authors
from ..normalize import normalize_publication
from ..text import arxiv_base, clean_doi, ids_from_url, split_authors, squash
from ..venues import VenueDB
from .entries import apply_venue
from .vocab import FIELD_NAMES

CSV_EXT = {".csv", ".tsv"}
RIS_EXT = {".ris"}

# CSV column name (lower case) -> the field it fills; the first one present wins. Beside reference managers' names,
# those of academicpages' markdown_generator/publications.csv|tsv (pub_date, venue, citation, paper_url), the file
# every site of that template carries and many fill with their papers
_COLUMNS = {
    "title": ("title", "primary_title", "article title", "document title"),
    "author": ("author", "authors", "author full names"),
    "year": ("year", "publication year", "date", "publication_year", "pub_date"),
    "journal": ("journal", "journal_name", "source title", "container-title", "secondary_title"),
    "booktitle": ("booktitle", "conference name", "proceedings title"),
    "publisher": ("publisher",),
    "volume": ("volume",),
    "issue": ("number", "issue"),
    "pages": ("pages", "page", "page range"),
    "doi": ("doi",),
    "entrytype": ("entrytype", "entry_type", "type", "item type"),
    "url": ("url", "link", "paper_url"),
    "citation": ("citation",),
    "arxiv": ("arxiv", "eprint"),
    "abstract": ("abstract", "abstract note"),
}
_YEAR = re.compile(r"(1[5-9]\d\d|20\d\d)")


def read_csv(path: str, text: str, db: VenueDB) -> Profile:
    """Every row of a CSV export as a publication; a row without title, authors or venue is reported."""
    from .collection import authors_from_citation

    profile = Profile(path=path, kind="csv")
    dialect: type[csv.Dialect] = csv.excel_tab if path.lower().endswith(".tsv") else _dialect(text)
    rows = csv.reader(io.StringIO(text, newline=""), dialect)
    lines = text.split("\n")
    try:
        header = [h.strip().lower() for h in next(rows)]
    except StopIteration:
        return profile
    col = {field: next((header.index(n) for n in names if n in header), -1) for field, names in _COLUMNS.items()}
    for field, i in _named_columns(header).items():  # a column named in the site's own language ("titulo")
        if col[field] < 0:
            col[field] = i
    if col["title"] < 0 and col["author"] < 0:
        profile.diagnostics.append(Diagnostic("E140", "error", "CSV without a 'title' or 'author' column: not a "
                                              "bibliography export (columns: " + ", ".join(header[:12]) + ")", path, 1))
        return profile
    start = rows.line_num + 1
    # (the citation is read for its authors only, and kept whole as the file has it)
    used = {i for f, i in col.items() if f != "citation"}
    others = [(i, k) for i, h in enumerate(header) if i not in used and (k := _field_name(h))]
    try:
        for row in rows:
            end = rows.line_num
            if any(c.strip() for c in row):
                get = {f: (row[i].strip() if 0 <= i < len(row) else "") for f, i in col.items()}
                raw = "\n".join(lines[start - 1:end])[:2000]
                pub = _to_pub(get, db)
                if not pub.authors and get.get("citation"):
                    # the template's file names the authors only in its citation: read as a page's reference
                    authors_from_citation(pub, get["citation"], path, db)
                # the row's other columns, kept as the file names them ("editorial", "issn", "citas_wos")
                pub.extra.update((k, v) for i, k in others if i < len(row) and (v := squash(row[i])))
                if (date := squash(get["year"])) and date != str(pub.year):
                    pub.extra[_field_name(header[col["year"]])] = date  # "2019-10-01": more than its year
                pub.sources.append(SourceLoc(path, start, raw))
                profile.publications.append(normalize_publication(pub, db))
            start = end + 1
    except csv.Error as e:
        profile.diagnostics.append(Diagnostic("E141", "error", f"CSV not read past this line: {e}", path, start))
    return profile


class _ExcelSemicolon(csv.excel):
    delimiter = ";"


def _dialect(text: str) -> type[csv.Dialect]:
    """A .csv file's dialect: Excel's, with semicolons between the fields when its header line has more of them than
    commas (as Excel writes CSV where a comma is the decimal mark: "title;label;authors;details")."""
    first = text.split("\n", 1)[0]
    return _ExcelSemicolon if first.count(";") > first.count(",") else csv.excel


# the fields the names of vocab.FIELD_NAMES and datafile.key_synonym stand for, as this reader's columns; not "data"
# (a dataset in English)
_NAMED_AS = {"title": "title", "author": "author", "authors": "author", "venue": "journal", "journal": "journal",
             "year": "year", "date": "year", "conference": "booktitle"}


def _named_columns(header: list[str]) -> dict[str, int]:
    """The columns named in another language ("titulo", "autores", "revista", "ano"; "volumen", "número", "páginas"
    as a data file's keys are: datafile._KEY_SYNONYMS), by the field they fill."""
    from .datafile import key_synonym

    out: dict[str, int] = {}
    for i, h in enumerate(header):
        if h != "data" and (field := _NAMED_AS.get(FIELD_NAMES.get(h, ""))) is not None:
            out.setdefault(field, i)
        elif (key := key_synonym(h)) in ("volume", "issue", "pages"):
            out.setdefault(key, i)
        elif key is not None and (field := _NAMED_AS.get(key)) is not None:
            out.setdefault(field, i)  # "Año de Publicación", "Título del artículo"
    return out


def _field_name(header: str) -> str:
    """A column's name as a field's: words joined by "_" ("1er firmante" -> "1er_firmante"), "" for none."""
    return "_".join(re.findall(r"\w+", header))


_AMPERSAND = re.compile(r"\s+&\s+")


def _full_names_apart(value: str) -> bool:
    """Whether a name list of two parts parted by one comma is two names written in full ("Ana Lind, Jan Moreau"):
    each part two capitalised words or more, neither ending in an initial ("Lind, Ana J." and "van Lind, Ana" are one
    name, surname first)."""
    parts = value.split(",")
    if len(parts) != 2:
        return False
    for part in parts:
        words = part.split()
        if len(words) < 2 or not all(w[:1].isupper() for w in words) or len(words[-1].rstrip(".")) <= 1:
            return False
    return True


def _to_pub(get: dict[str, str], db: VenueDB) -> Publication:
    """One record's fields (BibTeX names) as a Publication; venue through the venue database."""
    pub = Publication(entry_type=(get.get("entrytype") or "").lower() or None)
    pub.title = squash(get["title"]) or None
    if get.get("author"):
        # "... Víctor M. Martínez-Arias & Claudia Isaza", "Acevedo-Charry, O. & N. Gardner": "&" joins the last name
        value = _AMPERSAND.sub(" and ", get["author"])
        if "," in value and ";" not in value:
            # "Ana Lind, Jan Moreau": two names written in full, not one written "Lind, Ana" (BibTeX's reading made
            # it "Jan Moreau Ana Lind")
            value = " and ".join(n.strip() for part in value.split(" and ")
                                 for n in (part.split(",") if _full_names_apart(part) else [part]))
        if " and " in value or ("," in value and ";" not in value):
            pub.authors, pub.et_al = _authors(value)
        elif ";" in value and all("," in x for x in value.split(";") if x.strip()):
            # "ARIAS, Félix; CARVAJAL, Miguel": names written surname first, between semicolons
            pub.authors, pub.et_al = _authors(" and ".join(x.strip() for x in value.split(";") if x.strip()))
        else:
            pub.authors, pub.et_al = split_authors(value.replace(";", ","))
    venue = get.get("journal") or get.get("booktitle") or ""
    if venue:
        m = db.match(venue, field=True)
        if m.venue is None:
            # what databases add to a journal's name ('X : official journal of Y', 'X.Conference: ...'), and a
            # name the column alone leaves undecided, read again with its volume and pages ('Blood, 108, 290')
            head = venue_head(venue)
            tail = ", ".join(x for x in (get.get("volume"), get.get("pages")) if x)
            for text in (head, f"{head}, {tail}" if tail else ""):
                if text and text != venue and (m2 := db.match(text, field=True)).venue is not None:
                    m = m2
                    break
        apply_venue(pub, m, venue)
    ym = _YEAR.search(get.get("year") or "")
    if ym:
        pub.year, pub.year_source = int(ym.group(1)), "bibtex"
    for f in ("volume", "issue", "pages", "abstract"):
        v = squash(get.get(f) or "")
        if v and v.lower() not in ("nan", "none"):
            setattr(pub, f, v)
    if get.get("doi"):
        pub.ids["doi"] = clean_doi(re.sub(r"^https?://(?:dx\.)?doi\.org/", "", get["doi"]).strip())
    if get.get("arxiv") and re.fullmatch(r"\d{4}\.\d{4,5}(v\d+)?", get["arxiv"]):
        pub.ids["arxiv"] = arxiv_base(get["arxiv"])
    if get.get("url", "").startswith("http"):
        pub.urls.append(get["url"])
        for k, v in ids_from_url(get["url"]).items():
            pub.ids.setdefault(k, v)
    if pub.status == "unknown" and pub.venue is not None and pub.venue.venue is not None:
        pub.status = "published"
    return pub


_RIS_START = re.compile(r"^TY  -", re.M)


def read_ris(path: str, text: str, db: VenueDB) -> Profile:
    """Every record of a RIS file (rispy) as a publication, with the line of its `TY  -` tag."""
    import rispy

    profile = Profile(path=path, kind="ris")
    starts = [text.count("\n", 0, m.start()) + 1 for m in _RIS_START.finditer(text)]
    try:
        entries = rispy.loads(text, skip_unknown_tags=True)
    except Exception as e:
        profile.diagnostics.append(Diagnostic("E142", "error", f"RIS not read: {e}", path, 1))
        return profile
    lines = text.split("\n")
    for k, entry in enumerate(entries):
        line = starts[k] if k < len(starts) else 0
        end = starts[k + 1] - 1 if k + 1 < len(starts) else len(lines)
        pub = _to_pub(dict(_ris_fields(entry)), db)
        authors = entry.get("authors") or entry.get("first_authors") or []
        if authors:
            pub.authors, pub.et_al = _authors(" and ".join(_ris_order(str(a)) for a in authors))
        pub.sources.append(SourceLoc(path, line, "\n".join(lines[line - 1:end]).strip()[:2000] if line else ""))
        profile.publications.append(normalize_publication(pub, db))
    return profile


_SUFFIX = re.compile(r"(?:jr|sr|ii|iii|iv)\.?", re.I)


def _ris_order(name: str) -> str:
    """RIS's "Last, First, Suffix" as BibTeX's "Last, Suffix, First" (the name reader's order)."""
    parts = [x.strip() for x in name.split(",")]
    if len(parts) == 3 and _SUFFIX.fullmatch(parts[2]):
        return f"{parts[0]}, {parts[2]}, {parts[1]}"
    return name


_RIS_TYPES = {"JOUR": "article", "CONF": "inproceedings", "CPAPER": "inproceedings", "BOOK": "book",
              "CHAP": "incollection", "THES": "phdthesis", "RPRT": "techreport", "UNPB": "unpublished"}


def _ris_fields(e: dict[str, object]) -> Iterator[tuple[str, str]]:
    def first(*keys: str) -> str:
        for k in keys:
            v = e.get(k)
            if isinstance(v, list):
                v = v[0] if v else None
            if v:
                return str(v)
        return ""

    yield "title", first("title", "primary_title", "translated_title")
    yield "year", first("year", "publication_year", "date")
    ty = first("type_of_reference")
    yield "entrytype", _RIS_TYPES.get(ty, ty.lower())
    venue = first("journal_name", "secondary_title", "alternate_title3", "alternate_title1", "alternate_title2")
    yield ("booktitle" if ty in ("CONF", "CPAPER") else "journal"), venue
    yield "volume", first("volume")
    yield "issue", first("number")
    sp, ep = first("start_page"), first("end_page")
    yield "pages", f"{sp}-{ep}" if sp and ep and ep != sp else sp
    yield "doi", first("doi")
    yield "abstract", first("abstract", "notes_abstract")
    yield "url", first("urls", "url")
