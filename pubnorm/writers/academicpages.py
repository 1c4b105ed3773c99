"""academicpages: one `_publications/YYYY-MM-DD-slug.md` per paper, with the front matter the template renders.

The template (academicpages/academicpages.github.io) lists `site.publications` newest first by `date`, grouped
by `category` under the titles its `_config.yml` gives in `publication_category` (books, manuscripts,
conferences), and shows `venue`, `citation` (HTML), `paperurl`, `slidesurl` and `bibtexurl`. pubnorm also
writes every other field of the record under the keys its own reader reads back (`authors`, `doi`, `arxiv`,
`volume`, `pdfurl`, ...), so reading the folder again gives the same records.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..model import Publication
from ..normalize import same_person
from ..records import make_keys
from .bibtex import entry_type, write_bibtex
from .pages import (
    Existing,
    Plan,
    check_root,
    decide,
    dump_yaml,
    existing_pages,
    merged_into,
    paper_date,
    slugify,
    sort_newest_first,
    stamp,
    stamp_bib,
)

FOLDER = "_publications"
BIB_FOLDER = "files/bib"
# category by entry type, among the categories the template's _config.yml defines
CATEGORY = {"article": "manuscripts", "inproceedings": "conferences", "conference": "conferences",
            "proceedings": "conferences", "book": "books", "inbook": "books", "incollection": "books"}
DEFAULT_CATEGORIES = ("books", "manuscripts", "conferences")
# typed links -> the front-matter key (slidesurl is the template's; the others are read back by pubnorm)
LINK_KEYS = {"pdf": "pdfurl", "code": "codeurl", "slides": "slidesurl", "video": "videourl", "poster": "posterurl",
             "project": "projecturl", "data": "url_data"}
_FIELDS = ("volume", "number", "pages", "article_number", "publisher", "school", "institution", "address", "series",
           "edition", "isbn", "issn", "note", "abstract", "eprint", "primary_class")
_FIELD_KEY = {"primary_class": "primaryclass"}
OWNED = ("title", "collection", "category", "permalink", "excerpt", "date", "date_known", "venue", "paperurl",
         "slidesurl", "bibtexurl", "citation", "authors", "editors", "keywords", "doi", "arxiv", "links", "month",
         *LINK_KEYS.values(), *(_FIELD_KEY.get(f, f) for f in _FIELDS))


def plan_academicpages(pubs: Sequence[Publication], root: Path, owner: str | None = None, *, force: bool = False,
                       inputs: set[str] | None = None, in_place: bool = False) -> Plan:
    """The files of an academicpages site for these records (nothing is written: see pages.apply_plan)."""
    check_root(root)
    plan = Plan(root)
    categories = site_categories(root)
    existing, present = _existing(root)
    keys = make_keys(pubs)
    key_of = {id(p): k for p, k in zip(pubs, keys, strict=True)}
    names: set[str] = set()
    for p in sort_newest_first(pubs):
        if not p.title:
            plan.warnings.append(f"{p.first_source.path}:{p.first_source.line}: {p.label!r} has no title: "
                                 "no page written")
            continue
        date, known = paper_date(p)
        if date is None:
            plan.warnings.append(f"{p.first_source.path}:{p.first_source.line}: {p.title!r} has no year: its page "
                                 "has no date (Jekyll dates such a page by the build's time: add the year to the page)")
        stem = (f"{date.isoformat()}-" if date else "") + slugify(p.title)
        if stem in names:
            stem = f"{stem}-{slugify(key_of[id(p)], 3)}"
        names.add(stem)
        default = f"{FOLDER}/{stem}.md"
        rel = existing.match(p, default, default in present)
        bib_rel = f"{BIB_FOLDER}/{stem}.bib"
        meta = front_matter(p, Path(rel).stem, date, known, categories, owner, "/" + bib_rel)
        body = _body(p, meta)
        text = stamp(dump_yaml(meta), body)

        plan.changes.append(decide(root, rel, text, force=force, inputs=inputs or set(), in_place=in_place,
                                   merge=merged_into(meta)))
        bib = stamp_bib(write_bibtex([p])[0])
        plan.changes.append(decide(root, bib_rel, bib, force=force, inputs=inputs or set(), in_place=in_place))
    plan.changes.sort(key=lambda c: c.path)
    return plan


def front_matter(p: Publication, stem: str, date: Any, known: str, categories: Sequence[str], owner: str | None,
                 bibtexurl: str) -> dict[str, Any]:
    """The front matter of one paper's page (the template's keys first, then the rest of the record)."""
    meta: dict[str, Any] = {"title": p.title, "collection": "publications"}
    category = category_of(p, categories)
    if category:
        meta["category"] = category
    meta["permalink"] = f"/publication/{stem}"
    excerpt = p.extra.get("excerpt")
    if p.abstract or excerpt:
        meta["excerpt"] = excerpt or p.abstract  # the page's own excerpt where the source had one
    if p.abstract and excerpt and excerpt != p.abstract:
        meta["abstract"] = p.abstract  # (read back as the abstract: neither is lost)
    if date is not None:
        meta["date"] = date
        meta["date_known"] = known  # the day (and month) of `date` are not facts: see pages.paper_date
    if p.venue_raw:
        meta["venue"] = p.venue_raw
    links = set(p.links.values())
    urls = [u for u in p.urls if u not in links]
    # the template's "Download paper here": the paper's page, its PDF, else the address its DOI or arXiv id gives
    paperurl = urls[0] if urls else p.links.get("pdf") or (f"https://doi.org/{p.ids['doi']}" if "doi" in p.ids else None) \
        or (f"https://arxiv.org/abs/{p.ids['arxiv']}" if "arxiv" in p.ids else None)
    if paperurl:
        meta["paperurl"] = paperurl
    if "slides" in p.links:
        meta["slidesurl"] = p.links["slides"]
    meta["bibtexurl"] = bibtexurl
    meta["citation"] = citation(p, owner)
    if p.authors:
        meta["authors"] = list(p.authors) + (["et al."] if p.et_al else [])
    if p.editors:
        meta["editors"] = list(p.editors)
    if p.month:
        meta["month"] = p.month
    for name in _FIELDS:
        value = getattr(p, name)
        if value:
            meta[_FIELD_KEY.get(name, name)] = value
    if p.keywords:
        meta["keywords"] = list(p.keywords)
    if "doi" in p.ids:
        meta["doi"] = p.ids["doi"]
    if "arxiv" in p.ids:
        meta["arxiv"] = p.ids["arxiv"]
    for kind, key in LINK_KEYS.items():
        if kind in p.links and key not in meta:
            meta[key] = p.links[kind]
    implied = {f"https://doi.org/{p.ids.get('doi')}", f"https://arxiv.org/abs/{p.ids.get('arxiv')}", paperurl}
    rest = [u for u in urls if u not in implied]
    for kind, pattern in (("acl", "https://aclanthology.org/{}/"), ("openreview", "https://openreview.net/forum?id={}")):
        if kind in p.ids and not any(p.ids[kind] in u for u in [*urls, *links]):
            rest.append(pattern.format(p.ids[kind]))  # the id reaches the page through its address
    if rest:
        meta["links"] = [{"name": "Link", "url": u} for u in rest]
    for name, value in p.extra.items():
        if name not in meta and name not in OWNED and name != "pubnorm_hash":
            meta[name] = value
    return meta


def category_of(p: Publication, categories: Sequence[str]) -> str | None:
    """The template's category for the record's type: books, conferences, else manuscripts (journal papers,
    preprints, reports, theses); a category the site's _config.yml does not define is not written."""
    want = CATEGORY.get(entry_type(p), "manuscripts")
    return want if want in categories else None


def citation(p: Publication, owner: str | None) -> str:
    """The template's citation line, HTML-escaped, with the owner in bold:
    Authors. (Year). &quot;Title.&quot; <i>Venue</i>. volume(number), pages."""
    esc = html.escape
    names = [f"<b>{esc(a)}</b>" if owner and same_person(a, owner) else esc(a) for a in p.authors]
    authors = ", ".join(names) + (" et al." if p.et_al else "")
    parts = [authors.rstrip(".") + "." if authors else ""]
    if p.year:
        parts.append(f"({p.year}).")
    parts.append(f"&quot;{esc(p.title or '', quote=False).rstrip('.')}.&quot;")
    if p.venue_raw:
        parts.append(f"<i>{esc(p.venue_raw)}</i>.")
    numbers = (p.volume or "") + (f"({p.number})" if p.number else "")
    tail = ", ".join(x for x in (numbers, p.pages or "") if x)
    if tail:
        parts.append(esc(tail) + ".")
    return " ".join(x for x in parts if x)


def _body(p: Publication, meta: dict[str, Any]) -> str:
    """The page text the template shows under the title: abstract, download link, recommended citation."""
    out = []
    if p.abstract:
        out.append(p.abstract)
    if meta.get("paperurl"):
        out.append(f"[Download paper here]({meta['paperurl']})")
    out.append(f"Recommended citation: {meta['citation']}")
    # Jekyll runs Liquid in a page's body: a "{{" or "{%" of a title stays text ("&#123;" shows as "{")
    return re.sub(r"\{(?=[{%])", "&#123;", "\n\n".join(out) + "\n")


def site_categories(root: Path) -> tuple[str, ...]:
    """The publication categories the site's _config.yml defines (`publication_category`), else the template's."""
    from ..yamlsafe import YAMLLoadError, read_yaml_file

    for name in ("_config.yml", "_config.yaml"):
        path = root / name
        if not path.is_file():
            continue
        try:
            _, data = read_yaml_file(str(path))
        except (OSError, YAMLLoadError):
            break
        cats = data.get("publication_category") if isinstance(data, dict) else None
        if isinstance(cats, dict) and cats:
            return tuple(str(k) for k in cats)
        break
    return DEFAULT_CATEGORIES


def _existing(root: Path) -> tuple[Existing, set[str]]:
    """The paper pages already in the site's _publications, by DOI, arXiv id and title."""
    return existing_pages(root, f"{FOLDER}/*.md")
