"""Front matter, and one-paper-per-file collections: academicpages `_publications/*.md`, working-paper
collections, Hugo Blox `content/publication/*/index.md`, Jekyll pages with the paper in the body."""

from __future__ import annotations

import re
from typing import Any

from ..lazyre import lazy_compile
from ..model import Diagnostic, Profile, Publication, SourceLoc
from ..normalize import CORRESPONDING, EQUAL, clean_names, normalize_publication
from ..text import ids_from_url, looks_like_name, split_authors, squash, title_key, unescape
from ..venues import VenueDB
from ..yamlsafe import AliasBombError, YAMLLoadError, load_yaml
from .entries import apply_venue

MAX_FRONT_MATTER = 256 * 1024
ET_AL_ITEM = lazy_compile(r"(?:et\.?\s*al\.?|others|\.\.\.|…)", re.I)  # an author list's last item that cuts it
_PUB_KEYS = {"venue", "citation", "paperurl", "publication", "publication_short", "pub_link", "magazine", "journal",
             "booktitle", "doi", "arxiv", "arxiv_link", "publication_types", "conference", "authors", "coauthors", "url_pdf"}


def split_front_matter(path: str, text: str) -> tuple[dict[str, Any], str, int, Diagnostic | None]:
    """(metadata, body, number of lines before the body, problem). Broken front matter is reported and
    the rest of the file is still read, so nothing is lost."""
    import frontmatter

    if text.startswith("+++"):  # Hugo's TOML front matter
        from .hugo import split_toml

        return split_toml(path, text)
    handler = frontmatter.YAMLHandler()
    if not handler.detect(text):
        return {}, text, 0, None
    try:
        raw, body = handler.split(text)
    except ValueError:
        return {}, text, 0, Diagnostic("E110", "error", "front matter is never closed (no second '---' line)", path, 1)
    # python-frontmatter's boundary pattern swallows blank lines: count the real lines before the body
    offset = text[: len(text) - len(body)].count("\n")
    if len(raw) > MAX_FRONT_MATTER:
        return {}, body, offset, Diagnostic("E111", "error", "front matter larger than 256 KB; ignored", path, 1)
    try:
        meta = load_yaml(raw, path, first_line=2) if raw.strip() else {}
    except AliasBombError:
        return {}, body, offset, Diagnostic("E112", "error", "front matter expands to over a million values through YAML "
                                            "aliases (an alias bomb); ignored", path, 1)
    except YAMLLoadError as e:
        problem = e.message.removeprefix("invalid YAML: ")
        message = f"invalid YAML front matter: {problem}"
        return {}, body, offset, Diagnostic("E113", "error", message, path, e.line or 1)
    if not isinstance(meta, dict):
        return {}, body, offset, Diagnostic("E114", "warning", "front matter is not a mapping; ignored", path, 1)
    return meta, body, offset, None


def authors_from_citation(pub: Publication, citation: str, path: str, db: VenueDB) -> None:
    """The authors of a paper whose front matter names them only in its reference (academicpages' `citation:
    'Lind, J., Roe, A. (2021). Title. <i>Journal</i>.'`, the template's own field, with no `authors:`): the
    reference read by the entry labeller, as a page's would be, and its authors taken when its title is the
    paper's (else the reference was misread, and the paper stays without authors, as the page gives them)."""
    from .reader import read_markup

    if not pub.title or len(citation) > 5_000:
        return
    read = read_markup(path, citation, db).publications
    if len(read) == 1 and read[0].authors and read[0].title and _same_title(read[0].title, pub.title):
        pub.authors, pub.et_al = read[0].authors, read[0].et_al
        pub.equal_contribution, pub.corresponding = read[0].equal_contribution, read[0].corresponding


def _same_title(a: str, b: str) -> bool:
    from rapidfuzz import fuzz

    return fuzz.ratio(title_key(a), title_key(b)) >= 90


_BULLET = lazy_compile(r"(?m)^\s*[-*]\s")
_LIST_ITEM = lazy_compile(r"(?m)^\s*(?:[-*+]|\d{1,3}[.)])\s")  # bulleted or numbered
_LIST_PAGE = 5  # list items: a page of papers, not one paper's page
_YEAR_WORD = lazy_compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def is_publication_item(meta: dict[str, Any], body: str) -> bool:
    """A front-matter page that is one paper (not a homepage that lists many)."""
    keys = {k.lower() for k in meta if isinstance(k, str)}
    # (a key left empty says nothing: Wowchemy's pages carry `authors: []` over a list of papers)
    given = {k.lower() for k, v in meta.items() if isinstance(k, str) and v not in (None, "", [], {})}
    if meta.get("collection") in ("publications", "publication", "papers", "wps", "working_papers"):
        # an item of the collection with no field of a paper over a list of papers (dated: no paper's list of
        # findings) is a page of them ("title: Conference Papers" over "1. Park, C. (2024). Title. ..." again and
        # again), not one paper
        return bool(meta.get("title")) and (bool(given & _PUB_KEYS) or len(_LIST_ITEM.findall(body)) < _LIST_PAGE
                                            or len(_YEAR_WORD.findall(body)) < _LIST_PAGE)
    if not meta.get("title"):
        return False
    if keys & {"publication_types", "publication", "publication_short", "hugoblox"}:
        return True
    if given & _PUB_KEYS and len(_BULLET.findall(body)) < _LIST_PAGE:
        return True
    return bool(re.search(r'class="(?:conference|publication-meta)"', body))


def read_item(path: str, meta: dict[str, Any], text: str, body: str, db: VenueDB, profile: Profile) -> Profile:
    """One paper from front matter (plus the body when the front matter lacks the parts)."""
    from lxml import html as lhtml

    from . import hugo

    if hugo.is_item(meta):
        profile = hugo.read_item(path, meta, text, body, db, profile)
        raw = [str(a) for a in meta.get("authors") or [] if isinstance(a, (str, int))]
        if raw and ET_AL_ITEM.fullmatch(raw[-1].strip()):
            raw = raw[:-1]
        cleaned, marks = clean_names(raw)
        for pub in profile.publications:
            _typed_links(pub, meta)
            _read_fields(pub, meta)
            normalize_publication(pub, db)
            if len(cleaned) == len(pub.authors):  # marks on the names as written, onto the names resolved
                where = dict(zip(cleaned, pub.authors, strict=True))
                pub.equal_contribution = [where[n] for n in marks[EQUAL] if n in where]
                pub.corresponding = [where[n] for n in marks[CORRESPONDING] if n in where]
        return profile
    profile.kind = "hugo" if "publication_types" in meta or "publication" in meta else "collection"
    pub = Publication()
    title = _s(meta.get("title"))
    h1 = re.search(r"(?m)^#\s+(.+)$", body)
    if h1 and title and squash(h1.group(1)).lower().startswith(title.lower()) and len(h1.group(1)) > len(title):
        title = squash(h1.group(1))
    pub.title = _plain(title) or None
    tree = None
    if "<" in body:
        try:
            tree = lhtml.fragment_fromstring(body, create_parent="div")
        except Exception:  # lxml raises several types on junk; the body is optional evidence
            tree = None
    authors = meta.get("authors") or meta.get("author")
    if isinstance(authors, list):
        # marks first: markdown emphasis removal would take a trailing "*" before it is recorded
        listed = [re.sub(r"</?[bi]>|\*\*", "", _s(a)) for a in authors]
        pub.et_al = bool(listed) and ET_AL_ITEM.fullmatch(listed[-1].strip()) is not None  # "et al." as the last item
        names, marks = clean_names(listed[:-1] if pub.et_al else listed)
        pub.authors = [a for a in (_plain(a) for a in names) if a]
        pub.equal_contribution, pub.corresponding = marks[EQUAL], marks[CORRESPONDING]
    elif isinstance(authors, str) and authors.strip():
        pub.authors, pub.et_al = split_authors(_plain(authors))
    elif tree is not None and (els := tree.find_class("authors")):
        pub.authors, pub.et_al = split_authors(squash(els[0].text_content()))
    elif isinstance(meta.get("excerpt"), str) and _author_list(_plain(meta["excerpt"])):
        pub.authors, pub.et_al = split_authors(_plain(meta["excerpt"]))
    elif isinstance(meta.get("coauthors"), str):
        pub.authors, _ = split_authors(_plain(meta["coauthors"]))
        pub.notes.append("co-authors only (owner not listed)")
    elif isinstance(meta.get("citation"), str):
        authors_from_citation(pub, meta["citation"], path, db)
    venue = None
    for k in ("venue", "publication_short", "magazine", "journal", "booktitle", "conference", "publication"):
        v = _plain(_s(meta.get(k)))
        if v:
            venue = v
            break
    if venue is None and tree is not None and (els := tree.find_class("conference")):
        venue = squash(els[0].text_content())
    if venue:
        apply_venue(pub, db.match(venue, field=True), venue)
    date = _s(meta.get("date")) or _s(meta.get("year"))
    if pub.year is None and date and (m := re.match(r"\s*((?:19|20)\d{2})", date)):
        pub.year, pub.year_source = int(m.group(1)), "date"
    date_month(pub, meta, date)
    for k in ("paperurl", "pub_link", "arxiv_link", "paper", "doi", "arxiv", "url", "html"):
        v = _s(meta.get(k))
        if v:
            url = v if v.startswith("http") else (f"https://doi.org/{v}" if k == "doi" else (f"https://arxiv.org/abs/{v}" if k == "arxiv" else v))
            _add_url(pub, url)
    for k, kind in _LINK_KEYS.items():
        v = _s(meta.get(k))
        if v.startswith("http"):
            _add_link(pub, kind, v)
    links = meta.get("links")
    if isinstance(links, dict):
        for name, v in links.items():
            if isinstance(v, str):
                _add_link(pub, _link_kind(str(name)), v)
    elif isinstance(links, list):
        for item in links:
            if isinstance(item, dict) and isinstance(item.get("url"), str):
                _add_link(pub, _link_kind(_s(item.get("name")) or _s(item.get("icon"))), item["url"])
    _read_fields(pub, meta)
    if tree is not None:
        for a in tree.iter("a"):
            href = a.get("href") or ""
            if href.startswith("http") and ids_from_url(href):
                _add_url(pub, href)
    types = meta.get("publication_types")
    if isinstance(types, list) and types and str(types[0]) in ("3", "article-journal-preprint", "preprint"):
        pub.status = "preprint" if pub.status == "unknown" else pub.status
    if (meta.get("collection") in ("wps", "working_papers") or "/_wps/" in path or "__wps__" in path) \
            and pub.status in ("unknown", "preprint"):
        pub.status = "working paper"
    head = text[: len(text) - len(body)].split("\n")  # the front matter, as written
    line = next((i for i, ln in enumerate(head, 1) if ln.startswith("title:")), 1)
    pub.sources.append(SourceLoc(path, line, f"title: {title}" if title else ""))
    if not pub.title:
        profile.diagnostics.append(Diagnostic("E120", "error", "publication page without a title", path, 1))
        return profile
    profile.publications.append(normalize_publication(pub, db))
    profile.owner = _owner(meta)
    return profile


# front-matter keys of typed links (academicpages, Hugo Blox, al-folio-like pages) -> link type
_LINK_KEYS = {"url_pdf": "pdf", "pdf": "pdf", "pdfurl": "pdf", "url_code": "code", "code": "code", "codeurl": "code",
              "github": "code", "url_slides": "slides", "slidesurl": "slides", "slides": "slides", "url_video": "video",
              "video": "video", "videourl": "video", "url_poster": "poster", "poster": "poster", "posterurl": "poster",
              "url_project": "project", "projecturl": "project", "project": "project", "website": "project",
              "url_dataset": "data", "dataset": "data", "url_data": "data", "data": "data"}
# front-matter keys of bibliographic fields -> Publication attribute
_FIELD_KEYS = {"volume": "volume", "number": "number", "issue": "number", "pages": "pages", "article_number": "article_number",
               "articleno": "article_number", "eid": "article_number", "publisher": "publisher", "school": "school",
               "institution": "institution", "address": "address", "month": "month", "series": "series",
               "edition": "edition", "isbn": "isbn", "issn": "issn", "note": "note", "abstract": "abstract",
               "eprint": "eprint", "primaryclass": "primary_class"}
# Hugo Blox publication types (numbers and CSL names) that fix the entry type whatever the venue
_HUGO_TYPES = {"4": "techreport", "report": "techreport", "5": "book", "book": "book", "6": "incollection",
               "chapter": "incollection", "7": "phdthesis", "thesis": "phdthesis"}
# keys that describe the site page, not the paper: never kept as fields
_SITE_KEYS = {"layout", "permalink", "collection", "category", "categories", "tags", "date", "publishdate", "lastmod",
              "draft", "featured", "image", "header", "sidebar", "toc", "type", "weight", "author_profile", "share",
              "comments", "related", "redirect_from", "slug", "aliases", "projects", "hidden", "math", "highlight",
              "menu", "show_date", "title", "authors", "author", "coauthors", "venue", "links", "publication_types",
              "publication", "publication_short", "magazine", "journal", "booktitle", "conference", "year", "keywords",
              "editor", "editors", "url_source", "citation", "bibtexurl", "paperurl", "pub_link", "arxiv_link", "paper",
              "doi", "arxiv", "url", "html", "output", "render", "last_modified_at", "classes", "order", "key",
              "status", *_LINK_KEYS, *_FIELD_KEYS,
              "pubnorm_hash", "date_known"}  # what pubnorm's site writers add: its edit check and the date's precision
# what a page says about its paper beside the abstract (Hugo's `summary`, academicpages' `excerpt`): kept as written
_ABOUT_KEYS = frozenset({"summary", "excerpt", "description", "subtitle"})


def _read_fields(pub: Publication, meta: dict[str, Any]) -> None:
    """Volume, pages, publisher ... keywords, the entry type a Hugo page states, and the other scalar fields."""
    for k, v in meta.items():
        key = str(k).lower()
        if key in _FIELD_KEYS and (text := _plain(_s(v))) and getattr(pub, _FIELD_KEYS[key]) is None:
            setattr(pub, _FIELD_KEYS[key], text)
        elif key not in _SITE_KEYS and isinstance(v, (str, int, float, bool)) and (text := _s(v)) \
                and not (key in _ABOUT_KEYS and text.strip() in (_s(meta.get("abstract")).strip(), pub.abstract)):
            pub.extra.setdefault(str(k), text)  # its key as written ("pdfLink"); a summary that repeats the
            # abstract is not kept twice
    keywords = meta.get("keywords") or meta.get("tags")
    if isinstance(keywords, list):
        pub.keywords = [t for t in (_plain(_s(x)) for x in keywords) if t]
    elif isinstance(keywords, str):
        pub.keywords = [t for t in (x.strip() for x in re.split(r"[;,]", keywords)) if t]
    editors = meta.get("editors") or meta.get("editor")
    if isinstance(editors, list):
        pub.editors = [e for e in (_plain(_s(x)) for x in editors) if e]
    elif isinstance(editors, str) and editors.strip():
        pub.editors, _ = split_authors(_plain(editors))
    types = meta.get("publication_types")
    if isinstance(types, list) and types and str(types[0]) in _HUGO_TYPES:
        pub.entry_type = _HUGO_TYPES[str(types[0])]


def date_month(pub: Publication, meta: dict[str, Any], date: str) -> None:
    """The month of a page's date, as written ("07"), when the record has none and the date is the paper's: its
    year is the paper's, and it is no year-only placeholder (January 1, or pubnorm's `date_known: year`)."""
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", date)
    if pub.month or m is None or pub.year != int(m.group(1)) or _s(meta.get("date_known")) == "year":
        return
    if (m.group(2), m.group(3)) != ("01", "01") and 1 <= int(m.group(2)) <= 12:
        pub.month = m.group(2)


def _typed_links(pub: Publication, meta: dict[str, Any]) -> None:
    """The links a Hugo page names by kind (`url_code`, `links: [{name: Slides, url}]`, the 2025 schema's
    `{type, url}`) moved from the paper's urls to its typed links."""
    named: list[tuple[str, str]] = [(str(k)[4:], v) for k, v in meta.items() if str(k).startswith("url_") and isinstance(v, str)]
    for item in meta.get("links") or []:
        if isinstance(item, dict) and isinstance(item.get("url"), str):
            named.append((str(item.get("name") or item.get("type") or ""), item["url"]))
    for name, url in named:
        kind = _link_kind(name)
        if kind is not None and url.strip():
            if url.strip() in pub.urls:
                pub.urls.remove(url.strip())
            _add_link(pub, kind, url)


def _link_kind(name: str) -> str | None:
    """The link type a link's name says ("Code", "Slides", "Project page"), or None (a link to the paper)."""
    name = name.lower()
    for word, kind in (("pdf", "pdf"), ("code", "code"), ("github", "code"), ("slide", "slides"), ("video", "video"),
                       ("talk", "video"), ("poster", "poster"), ("project", "project"), ("website", "project"),
                       ("data", "data")):
        if word in name:
            return kind
    return None


def _add_link(pub: Publication, kind: str | None, url: str) -> None:
    url = url.strip()
    if kind is None:
        _add_url(pub, url)
    elif url and kind not in pub.links:
        pub.links[kind] = url
        if kind == "pdf":
            for k, v in ids_from_url(url).items():
                pub.ids.setdefault(k, v)


def _add_url(pub: Publication, url: str) -> None:
    url = url.strip()
    if url and url not in pub.urls:
        pub.urls.append(url)
        for k, v in ids_from_url(url).items():
            pub.ids.setdefault(k, v)


def _owner(meta: dict[str, Any]) -> str | None:
    raw = meta.get("authors")
    if isinstance(raw, str) and (m := re.search(r"<b>(.*?)</b>|\*\*(.*?)\*\*", raw)):
        name = squash(m.group(1) or m.group(2))
        return name if looks_like_name(name) else None
    return None


def _author_list(text: str) -> bool:
    names, _ = split_authors(text)
    return len(names) >= 2 and sum(looks_like_name(n) for n in names) / len(names) >= 0.8


def _s(v: Any) -> str:
    if v is None or isinstance(v, (dict, list)):
        return ""
    return str(v).strip()


_MD_ESCAPE = lazy_compile(r"\\([\\`*_{}\[\]()#+\-.!|~<>])")  # CommonMark's backslash escapes of punctuation


_TAG = lazy_compile(r"<[^>]+>")
_EMPHASIS = lazy_compile(r"\*\*|__|(?<!\w)[*_](?!\s)|(?<!\s)[*_](?!\w)")
_MD_LINK = lazy_compile(r"\[([^\]]*)\]\([^)]*\)")


def _plain(text: str) -> str:
    """Front-matter strings carry HTML and markdown emphasis: keep only the text (a backslash escape is the mark
    it escapes: "Abrantes M\\*, Pereira T\\*" marks two first authors). Each step only where its mark is (a data
    file asks this of some twenty keys a paper, most of them absent: 20,000 papers in 2.6 MB)."""
    if not text:
        return text
    if "<" in text:
        text = _TAG.sub("", text)
    text = unescape(text)
    if "\\" in text:
        text = _MD_ESCAPE.sub(r"\1", text)
    if "*" in text or "_" in text:
        text = _EMPHASIS.sub("", text)
    if "](" in text:
        text = _MD_LINK.sub(r"\1", text)
    return squash(text)
