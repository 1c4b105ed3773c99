"""Hugo Blox (2025 schema): one `content/publications/<slug>/index.md` per paper, and its `cite.bib`.

Front matter as the theme reads it: `title`, `authors` (the site owner as `me`, the profile key the theme
links and highlights), `author_notes`, `date`, `publishDate`, `publication_types` (CSL names),
`publication: {name, short_name}`, `abstract`, `hugoblox: {ids: {doi, arxiv, openreview, acl_id}}`,
`links: [{type, url}]`, `awards: [{name}]`, `tags`. Other fields of the record (volume, pages, ...) are kept
under their own keys, which pubnorm reads back. The section is `content/publications/` as the current
template names it (`content/publication/` is used when the site already has it).
"""

from __future__ import annotations

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

# entry type -> CSL publication type (as the theme's publication_types)
CSL = {"article": "article-journal", "inproceedings": "paper-conference", "conference": "paper-conference",
       "proceedings": "book", "book": "book", "inbook": "chapter", "incollection": "chapter",
       "techreport": "report", "phdthesis": "thesis", "mastersthesis": "thesis", "unpublished": "manuscript"}
LINK_TYPES = {"pdf": "pdf", "code": "code", "slides": "slides", "video": "video", "poster": "poster",
              "project": "project", "data": "dataset"}
IDS = {"doi": "doi", "arxiv": "arxiv", "openreview": "openreview", "acl": "acl_id"}
_FIELDS = ("volume", "number", "pages", "article_number", "publisher", "school", "institution", "address", "month",
           "series", "edition", "isbn", "issn", "note", "eprint", "primary_class")
_FIELD_KEY = {"primary_class": "primaryclass"}
OWNED = ("title", "authors", "author_notes", "date", "date_known", "publishDate", "publication_types", "publication",
         "publication_short", "abstract", "hugoblox", "links", "awards", "tags", "featured", "editors", "peer_reviewed",
         *(_FIELD_KEY.get(f, f) for f in _FIELDS))
OWNER_KEY = "me"


def plan_hugoblox(pubs: Sequence[Publication], root: Path, owner: str | None = None, *, force: bool = False,
                  inputs: set[str] | None = None, in_place: bool = False) -> Plan:
    """The files of a Hugo Blox site for these records: one page bundle per paper, and the owner's profile
    (`data/authors/me.yaml`) when the site has none, so that `me` names someone."""
    check_root(root)
    plan = Plan(root)
    section = _section(root)
    existing, present = _existing(root, section)
    owner_key = _owner_key(root, owner, plan)
    keys = make_keys(pubs)
    key_of = {id(p): k for p, k in zip(pubs, keys, strict=True)}
    names: set[str] = set()
    for p in sort_newest_first(pubs):
        if not p.title:
            plan.warnings.append(f"{p.first_source.path}:{p.first_source.line}: {p.label!r} has no title: "
                                 "no page written")
            continue
        slug = slugify(p.title)
        if slug in names:
            slug = f"{slug}-{p.year}" if p.year and f"{slug}-{p.year}" not in names else f"{slug}-{slugify(key_of[id(p)], 3)}"
        names.add(slug)
        default = f"{section}/{slug}/index.md"
        rel = existing.match(p, default, default in present)
        meta = front_matter(p, owner, owner_key)
        text = stamp(dump_yaml(meta), "")

        plan.changes.append(decide(root, rel, text, force=force, inputs=inputs or set(), in_place=in_place,
                                   merge=merged_into(meta)))
        bib = stamp_bib(write_bibtex([p])[0])
        bib_rel = str(Path(rel).parent / "cite.bib")
        plan.changes.append(decide(root, bib_rel, bib, force=force, inputs=inputs or set(), in_place=in_place))
    plan.changes.sort(key=lambda c: c.path)
    return plan


def front_matter(p: Publication, owner: str | None, owner_key: str | None = OWNER_KEY) -> dict[str, Any]:
    """One paper's front matter in the 2025 schema (owner: the name written as its profile key, `me`)."""
    meta: dict[str, Any] = {"title": p.title}
    if p.authors:
        meta["authors"] = [owner_key if owner and owner_key and same_person(a, owner) else a for a in p.authors]
        if p.et_al:
            meta["authors"].append("et al.")
        notes = [_author_note(p, a) for a in p.authors]
        if any(notes):
            meta["author_notes"] = notes
    if p.editors:
        meta["editors"] = list(p.editors)
    date, known = paper_date(p)
    if date is not None:
        meta["date"] = date
        meta["date_known"] = known  # the day (and month) of `date` are not facts: see pages.paper_date
        meta["publishDate"] = date
    etype = entry_type(p)
    if p.status in ("preprint", "under review") and (etype in ("misc", "unpublished") or (etype == "article" and not p.venue_raw)):
        meta["publication_types"] = ["article"]  # the template's preprint: an article not peer reviewed
        meta["peer_reviewed"] = False
    else:  # always a type: it is what marks the page as a publication; CSL's "document" claims nothing more
        meta["publication_types"] = [CSL.get(etype, "document")]
    if p.venue_raw:
        # the venue as the page wrote it is the short name (the theme's listings show it; pubnorm reads it first),
        # the venue's full name beside it when it was matched with confidence
        v = p.venue.venue if p.venue else None
        if v is not None and p.venue is not None and p.venue.method == "alias" and not p.venue.at_workshop \
                and v.type != "preprint" and (v.bibtex or v.name) != p.venue_raw:
            meta["publication"] = {"name": v.bibtex or v.name, "short_name": p.venue_raw}
        else:
            meta["publication"] = {"name": p.venue_raw}
    if p.abstract:
        meta["abstract"] = p.abstract
    ids = {IDS[k]: p.ids[k] for k in IDS if k in p.ids}
    if ids:
        meta["hugoblox"] = {"ids": ids}
    links = [{"type": LINK_TYPES[k], "url": u} for k, u in p.links.items() if k in LINK_TYPES]
    implied = {f"https://doi.org/{p.ids.get('doi')}", f"https://arxiv.org/abs/{p.ids.get('arxiv')}"}
    linked = set(p.links.values())
    links += [{"type": "link", "url": u} for u in p.urls if u not in implied and u not in linked]
    if links:
        meta["links"] = links
    if p.awards:
        meta["awards"] = [{"name": a} for a in p.awards]
    if p.keywords:
        meta["tags"] = list(p.keywords)
    if "featured" in p.notes or p.extra.get("selected", "").lower() == "true":
        meta["featured"] = True
    for name in _FIELDS:
        value = getattr(p, name)
        if value:
            meta[_FIELD_KEY.get(name, name)] = value
    for name, value in p.extra.items():
        if name in p.ids and p.ids[name].lower() == value.strip().lower():
            continue  # al-folio's `arxiv = {...}`: the id, already under hugoblox.ids
        if name not in meta and name not in OWNED and name != "pubnorm_hash":
            meta[name] = value
    return meta


def _author_note(p: Publication, author: str) -> str:
    notes = []
    if author in p.equal_contribution:
        notes.append("Equal contribution")
    if author in p.corresponding:
        notes.append("Corresponding author")
    return ", ".join(notes)


def _section(root: Path) -> str:
    """`content/publications` (the current template), or `content/publication` when the site has that."""
    content = root / "content"
    if (content / "publication").is_dir() and not (content / "publications").is_dir():
        return "content/publication"
    return "content/publications"


def _existing(root: Path, section: str) -> tuple[Existing, set[str]]:
    return existing_pages(root, f"{section}/*/index.md")


def _owner_key(root: Path, owner: str | None, plan: Plan) -> str | None:
    """The profile key the owner is written as: the site's profile that names them (`me`, or `admin` in older
    sites), else `me` with a profile pubnorm writes (`data/authors/me.yaml`, the template's place) when the site
    has no `me`; None (names written as names, with a warning) when the site's `me` is someone else."""
    if not owner:
        return None
    from ..sources.hugo import _profiles
    from ..sources.site import find_site

    site = find_site(root)
    content = site.content_dir if site is not None and site.generator == "hugo" else "content"
    # read now, not from the readers' cache: this run may write the profile the next read needs
    profiles = _profiles.__wrapped__(str(root), content)
    for key, (name, _) in profiles.items():
        if same_person(name, owner):
            return key
    if OWNER_KEY in profiles:
        plan.warnings.append(f"{root}: the site's `me` is {profiles[OWNER_KEY][0]!r}, not {owner!r}: "
                             "authors written by name")
        return None
    profile = {"schema": "hugoblox/author/v1", "slug": OWNER_KEY, "is_owner": True, "name": {"display": owner}}
    plan.changes.append(decide(root, "data/authors/me.yaml", dump_yaml(profile), force=False, inputs=set(),
                               in_place=False))
    return OWNER_KEY
