"""Front matter, and one-paper-per-file collections: academicpages `_publications/*.md`, working-paper
collections, Hugo Blox `content/publication/*/index.md`, Jekyll pages with the paper in the body."""

from __future__ import annotations

import re
from typing import Any

from ..model import Diagnostic, Profile, Publication, SourceLoc
from ..text import ids_from_url, looks_like_name, split_authors, squash, unescape
from ..venues import VenueDB
from ..yamlsafe import AliasBombError, YAMLLoadError, load_yaml
from .entries import apply_venue

MAX_FRONT_MATTER = 256 * 1024
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


def is_publication_item(meta: dict[str, Any], body: str) -> bool:
    """A front-matter page that is one paper (not a homepage that lists many)."""
    keys = {k.lower() for k in meta if isinstance(k, str)}
    if meta.get("collection") in ("publications", "publication", "papers", "wps", "working_papers"):
        return bool(meta.get("title"))
    if not meta.get("title"):
        return False
    if keys & {"publication_types", "publication", "publication_short", "hugoblox"}:
        return True
    if keys & _PUB_KEYS and len(re.findall(r"(?m)^\s*[-*]\s", body)) < 5:
        return True
    return bool(re.search(r'class="(?:conference|publication-meta)"', body))


def read_item(path: str, meta: dict[str, Any], text: str, body: str, db: VenueDB, profile: Profile) -> Profile:
    """One paper from front matter (plus the body when the front matter lacks the parts)."""
    from lxml import html as lhtml

    from . import hugo

    if hugo.is_item(meta):
        return hugo.read_item(path, meta, text, body, db, profile)
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
        pub.authors = [a for a in (_plain(_s(a)) for a in authors) if a]
        pub.authors = [re.sub(r"[*#†]+$", "", a).strip() for a in pub.authors]
    elif isinstance(authors, str) and authors.strip():
        pub.authors, pub.et_al = split_authors(_plain(authors))
    elif tree is not None and (els := tree.find_class("authors")):
        pub.authors, pub.et_al = split_authors(squash(els[0].text_content()))
    elif isinstance(meta.get("excerpt"), str) and _author_list(_plain(meta["excerpt"])):
        pub.authors, pub.et_al = split_authors(_plain(meta["excerpt"]))
    elif isinstance(meta.get("coauthors"), str):
        pub.authors, _ = split_authors(_plain(meta["coauthors"]))
        pub.notes.append("co-authors only (owner not listed)")
    venue = None
    for k in ("venue", "publication_short", "magazine", "journal", "booktitle", "conference", "publication"):
        v = _plain(_s(meta.get(k)))
        if v:
            venue = v
            break
    if venue is None and tree is not None and (els := tree.find_class("conference")):
        venue = squash(els[0].text_content())
    if venue:
        apply_venue(pub, db.match(venue), venue)
    date = _s(meta.get("date")) or _s(meta.get("year"))
    if pub.year is None and date and (m := re.match(r"\s*((?:19|20)\d{2})", date)):
        pub.year, pub.year_source = int(m.group(1)), "date"
    for k in ("paperurl", "pub_link", "arxiv_link", "url_pdf", "paper", "pdf", "doi", "arxiv", "url", "projecturl", "url_code"):
        v = _s(meta.get(k))
        if v:
            url = v if v.startswith("http") else (f"https://doi.org/{v}" if k == "doi" else (f"https://arxiv.org/abs/{v}" if k == "arxiv" else v))
            _add_url(pub, url)
    links = meta.get("links")
    if isinstance(links, dict):
        for v in links.values():
            if isinstance(v, str):
                _add_url(pub, v)
    elif isinstance(links, list):
        for item in links:
            if isinstance(item, dict) and isinstance(item.get("url"), str):
                _add_url(pub, item["url"])
    if tree is not None:
        for a in tree.iter("a"):
            href = a.get("href") or ""
            if href.startswith("http") and ids_from_url(href):
                _add_url(pub, href)
    types = meta.get("publication_types")
    if isinstance(types, list) and types and str(types[0]) in ("3", "article-journal-preprint", "preprint"):
        pub.status = "preprint" if pub.status == "unknown" else pub.status
    if meta.get("collection") in ("wps", "working_papers") or "/_wps/" in path or "__wps__" in path:
        if pub.status in ("unknown", "preprint"):
            pub.status = "working paper"
    if pub.status == "unknown":
        pub.status = "preprint" if "arxiv" in pub.ids else "unknown"
    head = text[: len(text) - len(body)].split("\n")  # the front matter, as written
    line = next((i for i, ln in enumerate(head, 1) if ln.startswith("title:")), 1)
    pub.sources.append(SourceLoc(path, line, f"title: {title}" if title else ""))
    if not pub.title:
        profile.diagnostics.append(Diagnostic("E120", "error", "publication page without a title", path, 1))
        return profile
    profile.publications.append(pub)
    profile.owner = _owner(meta)
    return profile


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


def _plain(text: str) -> str:
    """Front-matter strings carry HTML and markdown emphasis: keep only the text."""
    text = unescape(re.sub(r"<[^>]+>", "", text))
    text = re.sub(r"\*\*|__|(?<!\w)[*_](?!\s)|(?<!\s)[*_](?!\w)", "", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    return squash(text)
