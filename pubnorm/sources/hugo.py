"""Hugo Blox (Wowchemy, Hugo Academic) publication pages, all three generations of the schema:

- 2016-2019: TOML front matter (`+++`), numeric `publication_types = ["1"]`, `url_pdf`, `[[url_custom]]`;
- 2019-2025: YAML, `doi:`, `url_pdf` / `url_code` / `url_preprint` ..., CSL or numeric types, `links:`;
- since 2025: `hugoblox: ids: {doi, arxiv, ...}`, `links: [{type, url} | {type, provider, id}]`,
  `publication: {name, short_name}`, `awards: [{name}]`.

`authors` holds names or profile keys (`admin`, `me`): keys are resolved through `content/authors/<key>/`
(or `content/author/<key>/`, or `data/authors/<key>.yaml`) to the names they stand for.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..model import Diagnostic, Profile, Publication, SourceLoc
from ..text import arxiv_base, clean_doi, split_authors, squash
from ..venues import VenueDB
from .entries import apply_venue

# publication_types: the numeric legend of 2016-2020 and the CSL names used since -> (BibTeX type, status)
NUMERIC_TYPES = {"0": ("misc", None), "1": ("inproceedings", None), "2": ("article", None),
                 "3": ("unpublished", "preprint"), "4": ("techreport", "technical report"), "5": ("book", None),
                 "6": ("incollection", None), "7": ("phdthesis", None), "8": ("misc", None)}
CSL_TYPES = {"paper-conference": ("inproceedings", None), "article-journal": ("article", None),
             "article": ("article", None), "article-preprint": ("unpublished", "preprint"),
             "preprint": ("unpublished", "preprint"), "manuscript": ("unpublished", "preprint"),
             "report": ("techreport", "technical report"), "book": ("book", None), "chapter": ("incollection", None),
             "thesis": ("phdthesis", None), "patent": ("misc", None), "dataset": ("misc", None)}
# `links: [{type, provider, id}]` and `hugoblox.ids`: how an id becomes an address
PROVIDERS = {"arxiv": "https://arxiv.org/abs/{}", "doi": "https://doi.org/{}", "github": "https://github.com/{}",
             "gitlab": "https://gitlab.com/{}", "openreview": "https://openreview.net/forum?id={}",
             "pubmed": "https://pubmed.ncbi.nlm.nih.gov/{}/", "pmid": "https://pubmed.ncbi.nlm.nih.gov/{}/",
             "pmcid": "https://www.ncbi.nlm.nih.gov/pmc/articles/{}/", "hal": "https://hal.science/{}",
             "huggingface": "https://huggingface.co/{}", "youtube": "https://www.youtube.com/watch?v={}",
             "zenodo": "https://zenodo.org/records/{}", "osf": "https://osf.io/{}", "ssrn":
             "https://papers.ssrn.com/sol3/papers.cfm?abstract_id={}", "acl": "https://aclanthology.org/{}",
             "semantic_scholar": "https://www.semanticscholar.org/paper/{}", "dblp": "https://dblp.org/rec/{}",
             "ads": "https://ui.adsabs.harvard.edu/abs/{}", "inspire": "https://inspirehep.net/literature/{}"}
URL_KEYS = ("url_pdf", "url_preprint", "url_arxiv", "url_code", "url_dataset", "url_project", "url_slides",
            "url_video", "url_poster", "url_source")


def is_item(meta: dict[str, Any]) -> bool:
    """A Hugo Blox publication page (of any generation)."""
    return "publication_types" in meta or isinstance(meta.get("hugoblox"), dict) or isinstance(meta.get("publication"), dict)


def split_toml(path: str, text: str) -> tuple[dict[str, Any], str, int, Diagnostic | None]:
    """(metadata, body, lines before the body, problem) for TOML front matter between `+++` lines."""
    import tomllib

    m = re.match(r"\+\+\+[ \t]*\n(.*?\n)?\+\+\+[ \t]*(?:\n|$)", text, re.S)
    if m is None:
        return {}, text, 0, Diagnostic("E110", "error", "front matter is never closed (no second '+++' line)", path, 1)
    raw, body = m.group(1) or "", text[m.end():]
    offset = text[: m.end()].count("\n")
    try:
        meta = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as e:
        line = 1 + (getattr(e, "lineno", 0) or 0)
        return {}, body, offset, Diagnostic("E113", "error", f"invalid TOML front matter: {str(e).split(' (at')[0]}",
                                            path, line)
    return meta, body, offset, None


def read_item(path: str, meta: dict[str, Any], text: str, body: str, db: VenueDB, profile: Profile) -> Profile:
    """One paper from a Hugo Blox publication page."""
    from .collection import ET_AL_ITEM, _add_url, _plain, _s, date_month

    profile.kind = "hugo"
    pub = Publication()
    title = _plain(_s(meta.get("title")))
    pub.title = title or None
    people = authors_of(path)
    names, owner = _authors(meta.get("authors"), people)
    pub.authors = names
    if names and ET_AL_ITEM.fullmatch(names[-1]):
        pub.authors, pub.et_al = names[:-1], True  # "et al." as the last item: the list was cut
    notes = meta.get("author_notes")
    if isinstance(notes, list) and any(_s(n) for n in notes):
        marked = [f"{a} ({_s(n)})" for a, n in zip(names, notes, strict=False) if _s(n)]
        pub.notes.append("author notes: " + "; ".join(marked))
    pub.entry_type, status = _type(meta.get("publication_types"))
    _venue(pub, meta, db)
    # without `date`, Hugo dates (and Hugo Blox shows) the page by `publishDate`: the site's year is that one
    date = _s(meta.get("date")) or _s(meta.get("year")) or _s(meta.get("publishDate")) or _s(meta.get("publishdate"))
    if pub.year is None and (m := re.match(r"\s*((?:19|20)\d{2})", date)):
        pub.year, pub.year_source = int(m.group(1)), "date"
    date_month(pub, meta, _s(meta.get("date")))  # `date` only: publishDate is the page's, not the paper's
    for key, value in _ids(meta).items():
        pub.ids.setdefault(key, value)
        url = PROVIDERS.get(key)
        if url and key in ("doi", "arxiv"):
            _add_url(pub, url.format(value))
    for url in _links(meta):
        _add_url(pub, url)
    awards = meta.get("awards")
    if isinstance(awards, list):
        for a in awards:
            name = _s(a.get("name")) if isinstance(a, dict) else _s(a)
            if name and name not in pub.awards:
                pub.awards.append(name)
    if meta.get("featured") is True:
        pub.notes.append("featured")
    if status and pub.status in ("unknown", "published") and (status != "preprint" or pub.venue is None
                                                              or pub.venue.venue is None):
        pub.status = status
    if pub.status == "unknown" and (meta.get("peer_reviewed") is False or (_s(_first(meta.get("publication_types")))
                                                                           == "article" and not pub.venue_raw)):
        pub.status = "preprint"
    head = text[: len(text) - len(body)].split("\n")
    line = next((i for i, ln in enumerate(head, 1) if re.match(r"\s*title\s*[:=]", ln)), 1)
    pub.sources.append(SourceLoc(path, line, f"title: {title}" if title else ""))
    if not pub.title:
        profile.diagnostics.append(Diagnostic("E120", "error", "publication page without a title", path, 1))
        return profile
    profile.publications.append(pub)
    profile.owner = owner or profile.owner
    return profile


def _first(v: Any) -> Any:
    return v[0] if isinstance(v, list) and v else v


def _type(types: Any) -> tuple[str | None, str | None]:
    t = str(_first(types) or "").strip().lower()
    return NUMERIC_TYPES.get(t) or CSL_TYPES.get(t) or (None, None)


def _venue(pub: Publication, meta: dict[str, Any], db: VenueDB) -> None:
    """The venue from `publication_short` / `publication` (a string, or `{name, short_name}` since 2025)."""
    from .collection import _plain, _s

    publication = meta.get("publication")
    if isinstance(publication, dict):
        short, full = _s(publication.get("short_name")), _s(publication.get("name"))
    else:
        short, full = _s(meta.get("publication_short")), _s(publication)
    candidates = [_clean_venue(_plain(v)) for v in (short, full) if v]
    candidates = [c for c in candidates if c]
    if not candidates:
        return
    matches = [(db.match(c, field=True), c) for c in candidates]
    best = next(((vm, c) for vm, c in matches if vm.venue is not None), matches[-1] if len(matches) > 1 else matches[0])
    apply_venue(pub, *best)


def _clean_venue(text: str) -> str:
    """"In *ICML 2020*, Vienna" -> "ICML 2020, Vienna": the leading "In" of Hugo Academic's examples is no venue."""
    return re.sub(r"^\s*(?:in|on)\s+(?=\S)", "", squash(text), flags=re.I).strip(" ,.")


def _ids(meta: dict[str, Any]) -> dict[str, str]:
    """Identifiers: `hugoblox.ids` (2025), top-level `doi` (2019-2025), arXiv in `url_preprint`/`url_arxiv`."""
    from .collection import _s

    out: dict[str, str] = {}
    hb = meta.get("hugoblox")
    ids = hb.get("ids") if isinstance(hb, dict) else None
    pairs = list(ids.items()) if isinstance(ids, dict) else []
    pairs.append(("doi", meta.get("doi")))
    for key, value in pairs:
        v = _s(value)
        if not v or not isinstance(key, str):
            continue
        key = _ID_KEYS.get(key.lower(), key.lower())
        if key == "doi":
            v = clean_doi(re.sub(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", "", v, flags=re.I))
            if v.startswith("10.48550/arxiv."):  # arXiv's own DOI names the preprint
                out.setdefault("arxiv", arxiv_base(v.split("arxiv.", 1)[1]))
        elif key == "arxiv":
            v = arxiv_base(re.sub(r"^(?:https?://arxiv\.org/(?:abs|pdf)/|arxiv:\s*)", "", v, flags=re.I))
        out.setdefault(key, v)
    return out


# `hugoblox.ids` names -> pubnorm's id names
_ID_KEYS = {"acl_id": "acl", "acl_anthology": "acl", "openreview_id": "openreview"}


def _links(meta: dict[str, Any]) -> list[str]:
    """Every absolute address the page links: `links` (list or map), `url_*`, `[[url_custom]]`."""
    from .collection import _s

    urls: list[str] = []
    for key in URL_KEYS:
        urls.append(_s(meta.get(key)))
    for key in ("links", "url_custom"):
        items = meta.get(key)
        if isinstance(items, dict):
            items = [{"url": v} for v in items.values()]
        for item in items if isinstance(items, list) else []:
            if not isinstance(item, dict):
                continue
            url = _s(item.get("url"))
            provider, ident = _s(item.get("provider")).lower(), _s(item.get("id"))
            if not url and provider in PROVIDERS and ident:
                url = PROVIDERS[provider].format(ident)
            urls.append(url)
    return [u for u in urls if re.match(r"https?://", u)]


def _authors(raw: Any, people: dict[str, tuple[str, bool]]) -> tuple[list[str], str | None]:
    """Author names with profile keys resolved, and the owner's name when the owner is among them."""
    from .collection import _plain, _s

    if isinstance(raw, str):
        items: list[Any] = split_authors(_plain(raw))[0]
    else:
        items = raw if isinstance(raw, list) else []
    names: list[str] = []
    owner = None
    for item in items:
        a = _plain(_s(item.get("name") if isinstance(item, dict) else item))
        a = re.sub(r"[*#†‡]+$", "", a).strip()
        if not a:
            continue
        if a in people:
            a, is_owner = people[a]
            owner = a if is_owner or (owner is None and a) else owner
        elif a in ("admin", "me"):
            owner = owner or None  # an owner profile the site does not have: the key is all there is
        names.append(a)
    return names, owner


def authors_of(path: str) -> dict[str, tuple[str, bool]]:
    """The site's author profiles for a page: key -> (name, is the site owner)."""
    from .site import find_site

    site = find_site(Path(path))
    if site is None:
        # a site's content without its configuration (as pubnorm's export writes it): the folder above `content`
        here = Path(os.path.abspath(path))
        root = next((d.parent for d in here.parents if d.name == "content"), None)
        return _profiles(str(root), "content") if root is not None else {}
    if site.generator != "hugo":
        return {}
    return _profiles(str(site.root), site.content_dir)


@lru_cache(maxsize=32)
def _profiles(root: str, content_dir: str) -> dict[str, tuple[str, bool]]:
    out: dict[str, tuple[str, bool]] = {}
    for folder in ("authors", "author"):
        base = os.path.join(root, content_dir, folder)
        for key in sorted(os.listdir(base)) if os.path.isdir(base) else []:
            for index in ("_index.md", "index.md"):
                meta = _front_matter(os.path.join(base, key, index))
                name = _profile_name(meta)
                if name:
                    out.setdefault(key, (name, key in ("admin", "me") or meta.get("superuser") is True))
                    break
    data = os.path.join(root, "data", "authors")
    for entry in sorted(os.listdir(data)) if os.path.isdir(data) else []:
        key, ext = os.path.splitext(entry)
        if ext.lower() not in (".yaml", ".yml"):
            continue
        meta = _yaml_file(os.path.join(data, entry))
        name = _profile_name(meta)
        if name:
            out.setdefault(key, (name, meta.get("is_owner") is True or key in ("admin", "me")))
    return out


def _profile_name(meta: dict[str, Any]) -> str:
    from .collection import _plain, _s

    name = meta.get("name")
    if isinstance(name, dict):  # 2025: name: {display, given, family}
        given, family = _s(name.get("given")), _s(name.get("family"))
        name = f"{given} {family}".strip() or _s(name.get("display"))
    return _plain(_s(name)) or _plain(_s(meta.get("title"))) or _plain(_s(meta.get("display_name")))


def _front_matter(path: str) -> dict[str, Any]:
    from .collection import split_front_matter

    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read(256 * 1024)
    except OSError:
        return {}
    meta, _, _, _ = split_toml(path, text) if text.startswith("+++") else split_front_matter(path, text)
    return meta


def _yaml_file(path: str) -> dict[str, Any]:
    from ..yamlsafe import YAMLLoadError, read_yaml_file

    try:
        _, data = read_yaml_file(path)
    except YAMLLoadError:
        return {}
    return data if isinstance(data, dict) else {}
