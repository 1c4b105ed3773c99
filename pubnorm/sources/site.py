"""What a file of a homepage site is: a paper, a page that may list papers, or something else (a talk, a
post, teaching, a draft, a template leftover), decided from what the file and its site say.

Evidence, strongest first: the file's front matter (`collection`, `type`, `layout`, `publication_types`,
`draft` / `published`), its place in the site (Jekyll collection folder `_talks/`, Hugo section
`content/event/`), and the site's own configuration (`_config.yml` collections, Hugo's `hugo.toml` /
`config.toml` / `config/_default/`). A page in a non-paper place is still read when its body holds a
publication list (a "Publications" heading over a list).
"""

from __future__ import annotations

import fnmatch
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..lazyre import lazy_compile

if TYPE_CHECKING:
    from ..model import Diagnostic

# Jekyll collections and Hugo sections whose items are not papers (the templates' own names and common ones)
OTHER_SECTIONS = {
    "talks": "talk", "talk": "talk", "event": "talk", "events": "talk", "presentations": "talk",
    "teaching": "teaching", "courses": "teaching", "course": "teaching",
    "posts": "post", "post": "post", "blog": "post", "blogs": "post", "notes": "note", "note": "note",
    "academic_note": "note", "tech_note": "note", "news": "news", "updates": "news",
    "portfolio": "project", "projects": "project", "project": "project", "software": "project",
    "people": "people", "authors": "author profile", "author": "author profile", "slides": "slides",
    "tutorial": "tutorial", "tutorials": "tutorial", "docs": "documentation", "drafts": "draft",
    "experience": "cv data", "gallery": "gallery",
}
PAPER_SECTIONS = {"publications", "publication", "papers", "paper", "pubs", "preprints", "wps", "working_papers",
                  "working-papers", "research"}
# layouts that render something other than the page's text (or that say what the page is)
OTHER_LAYOUTS = {"talk": "talk", "post": "post", "posts": "post", "teaching": "teaching", "cv-json": "CV rendered "
                 "from data (cv.json)", "archive-taxonomy": "archive", "talkmap": "talk map", "news": "news",
                 "distill": "post", "redirect": "redirect"}
PAPER_TYPES = {"publication", "publications", "paper"}
# (as a heading, a bold line or a list item over a nested list: "-   Publikationen"; in the languages of the dev set's
# pages too)
_CJK_OUTPUT = r"科研成果|研究成果|研究業績|業績|논문|출판물"  # research output, papers (Chinese, Japanese, Korean)
# "Publications" in the other languages of the dev set's pages (German, Spanish, Portuguese, Italian, Polish)
_PUB_WORDS = r"publikationen|ver(?:ö|oe)ffentlichungen|publicaciones|publica(?:çõ|co)es|pubblicazioni|publikacje"
# (an anchor may open the heading's text: "## <a name="publications"> 发表论文 </a>", "<h2><a id="pubs"></a>Papers")
_PUB_HEADING = lazy_compile(r"(?im)^(?:#{1,4}\s*|<h[1-4][^>]*>\s*|\*\*|[-*+]\s+)(?:<a\b[^>\n]*>\s*(?:</a>\s*)?)?"
                            r"(?:[^\w\n]*\s*)?(?:selected\s+|recent\s+)?"
                            r"(?:publications?|papers|preprints|journal articles|conference papers|" + _PUB_WORDS + "|"
                            # Chinese, Japanese and Korean: (journal, conference, published) papers, research output
                            r"(?:期刊|会议|會議|学术|學術|发表|發表|代表性?)?[论論]文|" + _CJK_OUTPUT + r")\b")
# a page's own title that says it lists papers ("Publications", "Published Work", "Selected Papers")
_PUB_TITLE = lazy_compile(r"(?i)^\W*(?:(?:selected|recent|my|full|all)\s+)?(?:publications?(?:\s+list)?|papers|preprints|"
                          + _PUB_WORDS + "|"
                          r"published\s+(?:work|papers|articles)|research\s+papers|"
                          r"(?:(?:peer[- ]reviewed|refereed)\s+)?(?:journal|conference)\s+(?:articles|papers)|"
                          r"(?:peer[- ]reviewed|refereed)\s+(?:publications|articles|papers)|"
                          r"(?:发表|發表|学术|學術)?[论論]文|" + _CJK_OUTPUT + r")\W*$")
_RENDERED = lazy_compile(r"\{%-?\s*(?:for\s+\w+\s+in|assign\s+\w+\s*=)\s*(?:site|paginator)\.")
_LIST_ITEM = lazy_compile(r"(?m)^\s*(?:(?:[-*+]|\d+[.)])\s+|\[\d+\]\s*)\S|<li[\s>]")  # "[3] Lee A, ..." too


@dataclass(frozen=True)
class SiteOptions:
    """What a run reads of a site: --include / --exclude globs, --drafts, --keep-samples."""

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    drafts: bool = False
    keep_samples: bool = False


@dataclass(frozen=True)
class Site:
    """A homepage site: its root folder, generator ("jekyll" or "hugo"), and what its configuration says."""

    root: Path
    generator: str
    paper_collections: frozenset[str] = frozenset()  # Jekyll collections that hold papers, by the config
    content_dir: str = "content"


@dataclass(frozen=True)
class Verdict:
    """What a file is: "paper" (one paper), "page" (read for a list), or "skip" with the reason."""

    kind: str
    reason: str = ""
    code: str = ""  # the diagnostic code a skip is reported with


PAGE = Verdict("page")


def find_site(path: Path) -> Site | None:
    """The site a file (or folder) belongs to: the nearest folder above it with a Jekyll or Hugo configuration."""
    here = Path(os.path.abspath(path))
    start = here if here.is_dir() else here.parent
    for d in (start, *start.parents):
        site = _site_at(str(d))
        if site is not None:
            return site
        if os.path.lexists(os.path.join(d, ".git")):
            break
    return None


@lru_cache(maxsize=256)
def _site_at(d: str) -> Site | None:
    if os.path.isfile(os.path.join(d, "_config.yml")) or os.path.isfile(os.path.join(d, "_config.yaml")):
        return Site(Path(d), "jekyll", frozenset(_jekyll_paper_collections(d)))
    hugo_conf = any(os.path.isfile(os.path.join(d, n)) for n in ("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json",
                                                                  "config.toml", "config.yaml", "hugoblox.yaml"))
    if (hugo_conf or os.path.isdir(os.path.join(d, "config", "_default"))) and os.path.isdir(os.path.join(d, "content")):
        return Site(Path(d), "hugo", content_dir=_hugo_content_dir(d))
    return None


def _jekyll_paper_collections(d: str) -> set[str]:
    """Collections the site's _config.yml declares whose names say papers."""
    from ..yamlsafe import YAMLLoadError, read_yaml_file

    for name in ("_config.yml", "_config.yaml"):
        try:
            _, data = read_yaml_file(os.path.join(d, name))
        except (OSError, YAMLLoadError, Exception):
            continue
        cols = data.get("collections") if isinstance(data, dict) else None
        if isinstance(cols, dict):
            return {str(k) for k in cols if str(k).lower() in PAPER_SECTIONS}
        if isinstance(cols, list):
            return {str(k) for k in cols if str(k).lower() in PAPER_SECTIONS}
    return set()


def _hugo_content_dir(d: str) -> str:
    """`contentDir` from the Hugo configuration, else "content"."""
    for name in ("hugo.toml", "config.toml", os.path.join("config", "_default", "hugo.toml"),
                 os.path.join("config", "_default", "config.toml")):
        p = os.path.join(d, name)
        if os.path.isfile(p):
            try:
                with open(p, encoding="utf-8", errors="replace") as f:
                    m = re.search(r'(?m)^\s*contentDir\s*=\s*"([^"]+)"', f.read(65536))
            except OSError:
                continue
            if m:
                return m.group(1)
    return "content"


def section_of(path: Path, site: Site | None) -> str | None:
    """The Jekyll collection (`_talks` -> "talks") or Hugo section (`content/event/...` -> "event") of a file."""
    if site is None:
        return None
    try:
        rel = Path(os.path.abspath(path)).relative_to(site.root).parts
    except ValueError:
        return None
    if site.generator == "jekyll":
        return rel[0][1:] if len(rel) > 1 and rel[0].startswith("_") else None
    content = Path(site.content_dir).parts
    if rel[: len(content)] == content and len(rel) > len(content) + 1:
        return rel[len(content)]
    return None


def classify(path: Path, meta: dict[str, Any], body: str, site: Site | None, options: SiteOptions) -> Verdict:
    """What one page is, from its front matter, its place in the site and the site's configuration."""
    if (meta.get("draft") is True or str(meta.get("draft")).lower() == "true") and not options.drafts:
        return Verdict("skip", "draft (draft: true; --drafts reads it)", "I302")
    if meta.get("published") is False and not options.drafts:
        return Verdict("skip", "draft (published: false; --drafts reads it)", "I302")
    if not options.drafts and _in_future(meta.get("publishDate") or meta.get("publishdate")):
        return Verdict("skip", "draft (publishDate in the future: Hugo does not publish it yet; --drafts reads it)",
                       "I302")
    section = section_of(path, site)
    if section == "drafts" and not options.drafts:
        return Verdict("skip", "draft (in _drafts/; --drafts reads it)", "I302")
    collection = _lower(meta.get("collection"))
    kind = _lower(meta.get("type"))
    layout = _lower(meta.get("layout"))
    says_paper = (collection in PAPER_SECTIONS or kind in PAPER_TYPES or "publication_types" in meta
                  or (site is not None and section in site.paper_collections))
    if says_paper:
        return Verdict("paper")
    for key, value in (("collection", collection), ("type", kind)):
        if value in OTHER_SECTIONS:
            return _other(f"{OTHER_SECTIONS[value]} ({key}: {value})", body, meta.get("title"))
    if layout in OTHER_LAYOUTS:
        return _other(f"{OTHER_LAYOUTS[layout]} (layout: {layout})", body, meta.get("title"))
    if section is not None and os.path.basename(path).startswith("_index.") and section in OTHER_SECTIONS:
        return Verdict("skip", f"section list page ({section}/{os.path.basename(path)})", "I301")
    if section in OTHER_SECTIONS and not collection:
        where = f"_{section}/" if site is not None and site.generator == "jekyll" else f"{site.content_dir if site else 'content'}/{section}/"
        return _other(f"{OTHER_SECTIONS[section]} (in {where})", body, meta.get("title"))
    if section in PAPER_SECTIONS:
        return Verdict("paper")
    if site is not None and site.generator == "hugo":
        # Hugo Blox types its content: a page that is not a publication is read only for a list it holds
        return _other(f"page ({section or 'home'})", body, meta.get("title"))
    if site is not None and _RENDERED.search(body) and not has_publication_list(body):
        return Verdict("skip", "not a publication source: page rendered from the site's data (a Liquid loop "
                       "over site collections or data)", "I301")
    return PAGE


def _in_future(value: Any) -> bool:
    """A `publishDate` after today (Hugo leaves such pages out of the site until then)."""
    import datetime

    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, str) and (m := re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)):
        try:
            value = datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return False
    return isinstance(value, datetime.date) and value > datetime.date.today()


def _other(reason: str, body: str, title: Any = None) -> Verdict:
    """Not a paper page; still read when its body lists publications or its own title says it does (a blog post
    titled "Published Work" whose entries are headings or paragraphs, not list items)."""
    if has_publication_list(body) or (isinstance(title, str) and _PUB_TITLE.search(title)):
        return PAGE
    return Verdict("skip", f"not a publication source: {reason}", "I301")


def has_publication_list(body: str) -> bool:
    """A body with a "Publications" (or "Papers", ...) heading over at least two list items, or a bibliography kept as
    BibTeX in it: three entries or more, each with a title (a post that shows a group's Zotero export in a `<pre>`;
    a post on how to cite shows one or two)."""
    m = _PUB_HEADING.search(body)
    if m is not None and len(_LIST_ITEM.findall(body[m.end():])) >= 2:
        return True
    return "@" in body and len(_BIB_TITLED.findall(body, 0, 1_000_000)) >= 3


# a BibTeX entry's start and, before the next entry starts, its title field
_BIB_TITLED = lazy_compile(r"(?im)^[ \t]*@(?:article|inproceedings|incollection|book|inbook|misc|phdthesis|mastersthesis|"
                           r"techreport|unpublished|proceedings|conference|report|thesis|online)\s*\{[^,\n]*,"
                           r"(?:(?!^[ \t]*@)[^\n]*\n){0,40}?[ \t]*title\s*=")


def _lower(v: Any) -> str:
    return v.strip().lower() if isinstance(v, str) else ""


# --- other files of a site ----------------------------------------------------------------------------------


def classify_file(path: Path, site: Site | None) -> Verdict | None:
    """A verdict decided by the file's place alone (before reading it), or None to look inside."""
    name = path.name.lower()
    if (site is None or site.generator == "hugo") and name in ("cite.bib",):  # a Hugo page bundle, with or without its site
        for sibling in ("index.md", "index.markdown", "_index.md"):
            if (path.parent / sibling).is_file():
                return Verdict("skip", f"citation file ({path.parent.name}/cite.bib: the paper of {sibling} beside it)", "I301")
    return None


@dataclass(frozen=True)
class Selection:
    """--include / --exclude globs, matched as .gitignore does against the path relative to the folder given
    (or the path as named): `*` stays in a folder, `**` crosses folders, a pattern without '/' matches at any
    depth, and a matched folder takes everything under it."""

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()

    def excluded(self, rel: str) -> str | None:
        """The option that leaves this path out, or None."""
        rel = rel.replace(os.sep, "/")
        for glob in self.exclude:
            if _glob(glob).match(rel):
                return f"--exclude {glob}"
        if self.include and not any(_glob(g).match(rel) for g in self.include):
            return "--include " + " ".join(self.include)
        return None


@lru_cache(maxsize=128)
def _glob(pattern: str) -> re.Pattern[str]:
    """A glob where `**` crosses folders, `*` does not, and a pattern without '/' matches at any depth."""
    pat = pattern.replace(os.sep, "/").lstrip("./") if pattern.startswith("./") else pattern.replace(os.sep, "/")
    if "/" not in pat.rstrip("/"):
        pat = "**/" + pat
    if pat.endswith("/"):
        pat += "**"
    out = ""
    i = 0
    while i < len(pat):
        if pat.startswith("**/", i):
            out += "(?:.*/)?"
            i += 3
        elif pat.startswith("**", i):
            out += ".*"
            i += 2
        elif pat[i] == "*":
            out += "[^/]*"
            i += 1
        else:
            out += fnmatch.translate(pat[i]).removeprefix("(?s:").removesuffix(")\\Z")
            i += 1
    return re.compile(rf"(?s:{out})(?:/.*)?\Z")


HEAD_BYTES = 256 * 1024  # enough for the front matter and a page's first list


def select(path: Path, rel: str, selection: Selection, options: SiteOptions) -> Diagnostic | None:
    """None when the file is to be read; else the info diagnostic saying why it is left out."""
    from ..model import Diagnostic

    why = selection.excluded(rel)
    if why is not None:
        return Diagnostic("I303", "info", f"skipped: left out by {why}", str(path), 0)  # the whole file: no line
    verdict = verdict_for(path, options)
    if verdict.kind == "skip":
        return Diagnostic(verdict.code or "I301", "info", f"skipped: {verdict.reason}", str(path), 0)
    return None


def _head(path: Path) -> bytes | None:
    """The first HEAD_BYTES of a regular file; None for anything else (a FIFO would block: never opened)."""
    import stat

    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # replaced between the two looks
            return None
        return os.read(fd, HEAD_BYTES)
    except OSError:
        return None
    finally:
        os.close(fd)


def verdict_for(path: Path, options: SiteOptions = SiteOptions()) -> Verdict:
    """What a file is, reading only its head. Unreadable files are "page": the reader reports them."""
    site = find_site(path)
    fixed = classify_file(path, site)
    if fixed is not None:
        return fixed
    if path.suffix.lower() in (".bib", ".bibtex", ".yml", ".yaml"):
        return PAGE  # BibTeX and data files are read whole (each entry says what it is)
    head = _head(path)
    if head is None:
        return PAGE
    text = head.decode("utf-8", errors="replace").removeprefix("\ufeff").replace("\r\n", "\n")
    if not text.startswith(("---", "+++")):
        return classify(path, {}, text, site, options)
    from .collection import split_front_matter

    try:
        meta, body, _, _ = split_front_matter(str(path), text)
    except Exception:
        return PAGE
    return classify(path, meta, body, site, options)
