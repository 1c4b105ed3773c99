"""Publication lists kept as site data: Jekyll `_data/publications.yml` (al-folio and academicpages sites that
render their list from data), and the same lists as literals in a site's JavaScript or TypeScript
(sources/jsdata.py); one mapping per paper: title, authors, venue/journal/booktitle/citation, year, links."""

from __future__ import annotations

import ast
import bisect
import contextlib
import datetime
import functools
import itertools
import json
import re
from collections.abc import Iterable
from pathlib import PurePosixPath
from typing import Any

from ..lazyre import lazy_compile
from ..model import BIB_FIELDS, LATEST_YEAR, Diagnostic, Profile, Publication, SourceLoc
from ..normalize import bibtex_names, normalize_publication, surname_first
from ..text import (
    BIBTEX_ENTRY_START,
    CJK_CHAR,
    DOI,
    ids_from_url,
    looks_like_name,
    split_authors,
    split_name_list,
    squash,
    without_marks,
)
from ..venues import VenueDB, parse_venue
from .entries import _skipped, apply_venue
from .markup import SECTION_SEP, YEAR_IN
from .vocab import LINK_WORD

# a file named for a publication list ("publications", "my-papers", "pubs"), before its extension
LIST_NAME = (r"^(?:[\w-]*[_-])?(?:publications?|papers?|pubs|preprints|bibliography|"
             # ... in the sites' languages ("publicaciones.yml", "makaleler.js", "publikationen.json")
             r"publicaciones|publica(?:ç|c)(?:õ|o)es|publikationen|pubblicazioni|publikacje|makaleler|yay(?:ı|i)nlar|"
             r"artigos|art(?:í|i)culos|ver(?:ö|oe)ffentlichungen)\.")
# a key that names a list of papers ("papers", "publications", "journal_papers", "recentPubs" as "recent_Pubs")
_LIST_KEY = lazy_compile(LIST_NAME[1:-2], re.I)
# which data files hold papers: the name says so (publications.yml, papers.yaml, pubs.yml, preprints.yml)
DATA_NAME = lazy_compile(LIST_NAME + r"(?:ya?ml|json|toml)$", re.I)
_VENUE_KEYS = ("venue", "journal", "booktitle", "container-title", "conference", "proc", "proceedings", "event-title",
               "event", "publication", "pub", "citation",  # ("pub": NASA ADS's journal)
               "in",  # "in": "Handbuch Sozialstrukturanalyse": the book a chapter is in, before its publisher
               "publisher",
               "where")  # "where: In <i>CAADRIA 2020: ...</i>" (last: a place under it gives way to a venue)
_NOT_AUTHORS = frozenset({"title", *_VENUE_KEYS})  # keys whose value is no author list, whatever it reads like
# an author list under a name of the site's own code ("author-list: [Hihat, Garrigos]", "authorList", "author_names")
_AUTHOR_LIST_KEYS = ("author-list", "author_list", "authorlist", "authors-list", "authors_list", "authorslist",
                     "author-names", "author_names", "authornames")
_PAPER_KEYS = {*_AUTHOR_LIST_KEYS, "authors", "author", "year", "venue", "journal", "booktitle", "conference",
               "citation", "doi", "arxiv", "container-title", "issued"}
# co-authors only ("with A. Lee and B. Kim"): the page's owner is not named
_WITH = lazy_compile(r"^\s*with\s+", re.I)
# the keys of a site's data that hold no papers beside its papers ("talks", "invited_talks", "awards", "education"):
# not "posts", "misc" or "projects", which some sites use for papers
_OTHER_SECTION = lazy_compile(r"(?:[a-z]+[ _-])?(?:talks?|presentations?|awards?|honou?rs?|education|experiences?|"
                              r"teaching|courses?|service|news|grants?|funding|students|mentees|skills|contact|"
                              r"employment|positions?|interests|hobbies)"
                              r"(?:[ _-](?:list|items|data|entries))?", re.I)  # "presentationList", "talks_data"
_CAMEL = lazy_compile(r"(?<=[a-z])(?=[A-Z])")  # where a name written in camel case ("invitedTalks") parts its words
_NAME_MARK = lazy_compile(r"\s*\(\s*[*†‡#§]+\s*\)")
_ONE_SURNAME_FIRST = lazy_compile(r"[^,;]+,\s*(?:[A-Z]\.?[\s-]*){1,4}")
# one name written "Surname, Given" in a key of authors ("authors": "Corsten, Michael", as BibTeX and the file's other
# items write theirs, "Corsten, Michael; Kahle, Patrick"): one author, not two one-word names
_ONE_SURNAME_GIVEN = lazy_compile(r"\s*[^\W\d_][\w'’\-]+,\s*[^\W\d_][\w'’\-]+(?:\s+[A-Z]\.?)?\s*")
# the list's first name written "Surname, I.", then another so ("Shields, G. S., Deer, L. K.", "Okafor, A., & Moreau,
# J.") or the others "I. Surname" (AGU and ecology styles: "Gutmann, E.D., J. Hamman, and J.R. Arnold"): the list is
# written surname first
_SURNAMES_FIRST = lazy_compile(r"^[^\W\d_][\w'’\- ]*,\s*(?:[A-Z]\.\s*-?){1,3},\s*"
                               r"(?:(?:(?:&|and)\s+)?[^\W\d_][\w'’\- ]*,\s*[A-Z]\.|(?:[A-Z]\.\s*-?){1,3}\s*[^\W\d_])")
# two names or more, each "Last, First" (one comma), between "and"s: a BibTeX author field
_BIBTEX_NAMES = lazy_compile(r"[^,]+,[^,]+?(?:\s+and\s+[^,]+,[^,]+?)+(?:\s+and\s+others)?\s*")
_NAME_KEYS = ("name", "title", "full", "fullname", "full_name", "short", "abbr", "abbreviation")
_LINK_KEYS = ("doi", "arxiv", "url", "link", "href", "paper", "pdf", "html", "paperurl", "code", "openreview")


def read_data(path: str, text: str, db: VenueDB) -> Profile:
    """Every mapping with a title in the data file, YAML, JSON or TOML (at any depth: lists grouped by year or
    section work)."""
    from ..yamlsafe import YAMLLoadError, load_yaml_documents

    try:
        if path.lower().endswith(".json"):
            data = _load_json(path, text)
        elif path.lower().endswith(".toml"):
            data = _load_toml(path, text)
        else:
            # a file of several documents (a `---` line at its end starts an empty one) is read whole
            docs = load_yaml_documents(text, path)
            data = docs[0] if len(docs) == 1 else docs or None
    except YAMLLoadError as e:
        from ..yamlsafe import AliasBombError

        # one broken item does not lose the others: a YAML list is read again item by item (see yaml_items)
        recovered = None if isinstance(e, AliasBombError) or path.lower().endswith(".json") \
            else toml_items(text) if path.lower().endswith(".toml") else yaml_items(text, path)
        found = _profile_of(path, recovered[0], text, db) if recovered else None
        profile = found if found is not None else Profile(path=path, kind="data")
        message = e.message
        if recovered and found is not None:
            loose = ", ".join(map(str, recovered[1]))
            pairs = "key = value" if path.lower().endswith(".toml") else "key: value"
            message += f"; read item by item, {len(found.publications)} publication(s) kept" + (
                f", the item(s) at line {loose} read as plain {pairs} lines" if loose else "")
        profile.diagnostics.insert(0, Diagnostic("E113", "error", message, path, e.line or 1))
        return profile
    # `- citation: "Lee A. (2021). ..."` items with no title are read as a list page, as a script's strings are
    found = _profile_of(path, data, text, db)
    return found if found is not None else Profile(path=path, kind="data")


# "  - title: ...": a list item that is a mapping
_ITEM_START = lazy_compile(r"( *)- +(?:[\w\-]+|\"[^\"]+\"|'[^']+'):(?:\s|$)")
_HEADER = lazy_compile(r"([\w\-]+|\"[^\"]+\"|'[^']+'):\s*(?:#.*)?$")  # "journal:" over its items
_LOOSE_PAIR = lazy_compile(r" *(?:- +)?([\w\-]+):(?: +(.*))?$")
_LOOSE_ITEM = lazy_compile(r" *- +(.+)$")


def yaml_items(text: str, path: str) -> tuple[Any, list[int]] | None:
    """A data file that is not valid YAML, read again a list item at a time: the items that open a mapping at the
    indentation most of them have (`- title: ...`), each loaded alone, under the key they stand below when one does
    (`journal:`, `2021:`). An item that is still not YAML (a key indented wrongly, a stray quote) is read as
    plain `key: value` lines, a key with no value over `- value` lines as a list. The data and the lines of the
    items read so; None when the text has no such items (not a list of papers: the error stands alone)."""
    from collections import Counter

    from ..yamlsafe import YAMLLoadError, load_yaml

    lines = text.split("\n")
    indents = Counter(len(m.group(1)) for line in lines if (m := _ITEM_START.match(line)))
    if sum(indents.values()) < 2:
        return None
    depth = indents.most_common(1)[0][0]
    starts = [i for i, line in enumerate(lines) if (m := _ITEM_START.match(line)) and len(m.group(1)) == depth]
    groups: dict[str, list[Any]] = {}
    top: list[Any] = []
    loose: list[int] = []
    header: str | None = None
    for n, i in enumerate(starts):
        # the item runs to the next item, or to the first line less indented than its dash (a key over other items)
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        for j in range(i + 1, end):
            line = lines[j]
            if line.strip() and not line.lstrip().startswith("#") and len(line) - len(line.lstrip(" ")) < depth + (
                    0 if line.lstrip().startswith("- ") else 1):
                end = j
                break
        before = [line for line in lines[starts[n - 1] + 1 if n else 0:i] if line.strip()]
        for line in before:  # a key above the item, less indented than it, names its group
            if len(line) - len(line.lstrip(" ")) < depth and (h := _HEADER.match(line.strip())):
                header = h.group(1).strip("\"'")
        chunk = "\n".join(line[depth:] if line[:depth].isspace() else line.lstrip(" ") for line in lines[i:end])
        try:
            item = load_yaml(chunk, path, i + 1)
            value = item[0] if isinstance(item, list) and len(item) == 1 else None
        except YAMLLoadError:
            value = None
        if not isinstance(value, dict):
            value = _loose_mapping(lines[i:end])
            loose.append(i + 1)
        (groups.setdefault(header, []) if header is not None else top).append(value)
    if not groups:
        return top, loose
    return ({**groups, "": top} if top else groups), loose


def _loose_mapping(lines: list[str]) -> dict[str, Any]:
    """`key: value` lines as a flat mapping, quotes taken off; a key with no value over `- value` lines a list."""
    out: dict[str, Any] = {}
    listed: list[str] | None = None  # the list of the last key with no value of its own
    for line in lines:
        if listed is not None and (m := _LOOSE_ITEM.match(line)) is not None and ":" not in m.group(1)[:40]:
            listed.append(m.group(1).strip().strip("\"'"))  # "- Ada Okafor" under "authors:"
        elif (m := _LOOSE_PAIR.match(line)) is not None:
            value = (m.group(2) or "").strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            listed = None if value else []
            out[m.group(1)] = value or listed
    return {k: (v if v != [] else "") for k, v in out.items()}


# "[[publication]]": a TOML array of tables' next element (its name dotted for one inside another)
_TOML_ELEMENT = lazy_compile(r"^[ \t]*\[\[[ \t]*([\w\-.\"' ]+?)[ \t]*\]\][ \t]*(?:#.*)?$", re.M)
_TOML_PAIR = lazy_compile(r"[ \t]*([\w\-]+|\"[^\"]+\")[ \t]*=[ \t]*(.*)$")


def toml_items(text: str) -> tuple[Any, list[int]] | None:
    """A TOML file that is not valid TOML, read again an element of its arrays of tables at a time (`[[publication]]`
    and the lines up to the next one, the elements of tables inside it with it): each loaded alone, one that is still
    not TOML (`year = "2023` with no closing quote) read as plain `key = value` lines. As yaml_items: the data and
    the lines of the elements read so; None when the text has no such elements."""
    import tomllib

    starts = [m for m in _TOML_ELEMENT.finditer(text) if "." not in m.group(1)]
    if len(starts) < 2:
        return None
    groups: dict[str, list[Any]] = {}
    loose: list[int] = []
    for k, m in enumerate(starts):
        name = m.group(1).strip().strip("\"'")
        chunk = text[m.start():starts[k + 1].start() if k + 1 < len(starts) else len(text)]
        try:
            value = tomllib.loads(chunk).get(name, [None])[0]
        except (ValueError, RecursionError):
            value = None
        if not isinstance(value, dict):
            value = _loose_toml(chunk.split("\n")[1:])
            loose.append(text.count("\n", 0, m.start()) + 1)
        groups.setdefault(name, []).append(value)
    return groups, loose


def _loose_toml(lines: list[str]) -> dict[str, Any]:
    """`key = value` lines as a flat mapping: a string's quotes taken off (one that is never closed ends with its line),
    a multi-line string up to its closing quotes, an array as TOML reads it when it can."""
    import tomllib

    out: dict[str, Any] = {}
    i = 0
    while i < len(lines):
        m = _TOML_PAIR.match(lines[i])
        i += 1
        if m is None:
            continue
        key, value = m.group(1).strip("\""), m.group(2).strip()
        for quotes in ('"""', "'''"):
            if value.startswith(quotes) and not (len(value) >= 6 and value.endswith(quotes)):
                body = [value[3:]]
                while i < len(lines) and quotes not in lines[i]:
                    body.append(lines[i])
                    i += 1
                if i < len(lines):
                    body.append(lines[i][:lines[i].index(quotes)])
                    i += 1
                value = "\n".join(body).strip("\n")
                break
        else:
            if value.startswith("["):
                with contextlib.suppress(ValueError, RecursionError):
                    value = tomllib.loads(f"x = {value}")["x"]
            elif value[:1] in "\"'":
                value = value[1:-1] if len(value) >= 2 and value[-1] == value[0] else value[1:]
        out[key] = value
    return out


def _load_json(path: str, text: str) -> Any:
    import json

    from ..yamlsafe import YAMLLoadError

    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise YAMLLoadError(path, e.lineno, f"not valid JSON: {e.msg}") from None
    except (ValueError, RecursionError) as e:  # an integer of over 4,300 digits; nesting too deep
        raise YAMLLoadError(path, 0, f"not readable JSON: {str(e)[:200] or 'nested too deep'}") from None


def _load_toml(path: str, text: str) -> Any:
    import tomllib

    from ..yamlsafe import YAMLLoadError

    try:
        return tomllib.loads(text)
    except (ValueError, RecursionError) as e:  # TOMLDecodeError is a ValueError
        m = re.search(r"line (\d+)", str(e))
        raise YAMLLoadError(path, int(m.group(1)) if m else 0, f"not valid TOML: {e}") from None


def read_script(path: str, text: str, db: VenueDB) -> Profile | None:
    """The papers a JavaScript, TypeScript, Vue or Svelte file keeps as literals or as components' attributes, or
    None when it keeps none (a component that writes its list as JSX is read as markup). Dart's, Haskell's, Elm's,
    Lua's, Julia's and Nix's literals are read the same way, with their languages' comments."""
    from .jsdata import component_props, literals

    comments = _COMMENTS_OF.get(path.rsplit(".", 1)[-1].lower(), "c")
    props = component_props(text) if comments == "c" else []
    return _profile_of(path, [*literals(text, comments, named=True), *props], text, db)


_COMMENTS_OF = {"hs": "dash", "elm": "dash", "lua": "dash", "jl": "hash", "nix": "hash"}  # else C's (jsdata.COMMENTS)


def _profile_of(path: str, data: Any, text: str, db: VenueDB) -> Profile | None:
    """The papers of a data file or of a code file's literals: mappings per paper, or else an array of whole
    citations (strings, or mappings that hold only one) read as a list page; None when they hold neither. Beside
    titled mappings, those that say they have no title (`title: ""`, a CV's data file of every kind of work, each
    paper only a `citation` among titled grants) are read by their citations too. A mapping whose own section
    values name a part of no papers ("group: Presentations", "section: Grants") is none."""
    _one_language(data)
    items = paper_items(data, listed=DATA_NAME.search(PurePosixPath(path.replace("\\", "/")).name) is not None)
    cites = [(c, x) for c, x in (_untitled_citations(data) if items else citations(data))
             if not (x is not None and _no_paper_here(c, x))]

    if not items and not cites:
        items = inferred_items(data, db)
        if not items:
            return None
    profile = profile_from_data(path, data, text, db, items=items) if items else Profile(path=path, kind="data")
    if cites:
        from .reader import read_markup

        page, cited_at = as_list_page([c for c, _ in cites], text)
        cited = read_markup(path, page, db, html=True)
        keep_item_fields(cited.publications, cites, cited_at)
        if not items:
            return cited
        profile.publications = sorted([*profile.publications, *cited.publications],
                                      key=lambda p: p.sources[0].line if p.sources else 0)
        profile.diagnostics.extend(cited.diagnostics)
    return profile


# the values of a mapping that name the part of a CV's data file it belongs in ("group: Presentations", "section:
# Invited Talks & Workshops"), read as a page's headings are: under "Talks", "Service" or "Grants" no papers
_SECTION_KEYS = ("group", "section", "category", "type")


# a citation's first name written surname first with initials ("Rykov Y.,", "Nagornyy O. S.", "Нагорный О. С."), then
# more: no title opens so
_WHOLE_CITATION = lazy_compile(r"\s*[^\W\d_][\w'’-]+,?\s+(?:[^\W\d_]\.\s?-?){1,3}[,;]?\s+\S")


def _item_section(item: dict[Any, Any]) -> str:
    """The section path a data file's mapping names (see _SECTION_KEYS), "" when it names none."""
    low = _lower_keys(item)
    return SECTION_SEP.join(v.strip() for k in _SECTION_KEYS if isinstance(v := low.get(k), str) and v.strip())


def _section_skipped(item: dict[Any, Any]) -> str | None:
    """What a mapping's own section values say of it, as a page's heading would (entries._skipped): "skip" for a
    talk, a grant, a course; "pages" under presentations; None when they say nothing or name none."""
    return _skipped(section) if (section := _item_section(item)) else None


def _empty_title(value: Any) -> bool:
    """Whether a title's value is there and empty (`title: ""`): the mapping says it has no title of its own."""
    return isinstance(value, str) and not value.strip()


def _untitled_citations(data: Any) -> list[tuple[str, dict[Any, Any] | None]]:
    """The mappings whose title is there and empty (`title: ""`), each with its whole citation (_citation_of,
    _cited), in document order: papers known by their citation alone."""
    out: list[tuple[str, dict[Any, Any] | None]] = []
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if _empty_title(_lower_keys(node).get("title")) and (c := _citation_of(node)) is not None and _cited(c):
                out.append((c, node))
                continue
            stack.extend(reversed([v for v in node.values() if isinstance(v, (dict, list))]))
        elif isinstance(node, list):
            stack.extend(reversed([x for x in node if isinstance(x, (dict, list))]))
    return out


def _no_paper_here(cite: str, item: dict[Any, Any]) -> bool:
    """Whether a mapping's citation is under a section of no papers (_section_skipped), or of presentations and
    gives no pages (a paper in a meeting's proceedings has them, a talk not), as a page's heading says."""
    skipped = _section_skipped(item)
    return skipped == "skip" or (skipped == "pages" and _PAGES.search(cite) is None)


# a page range in a citation ("pp. 12-20", "45–67"), not a span of years ("2019-2020") nor of a meeting's days
# ("May 10-14, 2017", "10-14 May 2017")
_PAGES = lazy_compile(r"\bpp?\.\s*\d|(?<![\w\s])\s*(?<!\d)(?!(?:19|20)\d\d\s*[-–—]+\s*(?:19|20)\d\d\b)"
                      r"\d{1,5}\s*[-–—]{1,2}\s*\d{1,5}\b(?!\s*[A-Z][a-z]{2})")


# the keys of a value given in several languages ("title: {en: Title, ko: 제목}", a bilingual site's data)
_LANGUAGES = frozenset("en ko zh ja de fr es pt it ru nl pl tr ar vi th id cn tw zh-cn zh-tw zh-hans zh-hant "
                       "en-us en-gb pt-br ko-kr ja-jp".split())


def _one_language(data: Any, depth: int = 0) -> None:
    """A value given in several languages ("title: {en: ..., ko: ...}", "authors: {en: ..., ja: ...}") read as one:
    the English, else the first. In place: the mappings stay the ones the file's lines were found for."""
    if depth > _MAX_LANGUAGE_DEPTH:
        return
    children = data.items() if isinstance(data, dict) else enumerate(data) if isinstance(data, list) else ()
    for k, v in list(children):
        if isinstance(v, dict) and len(v) >= 2 and all(isinstance(x, str) and x.lower() in _LANGUAGES for x in v) \
                and all(isinstance(x, (str, list)) or x is None for x in v.values()):
            data[k] = next((v[x] for x in v if x.lower().startswith("en")), next(iter(v.values())))
        else:
            _one_language(v, depth + 1)


_MAX_LANGUAGE_DEPTH = 12  # nesting levels: a site's data is shallow


def python_literals(text: str) -> list[Any]:
    """The values a Python module assigns from literals at its top level (`publications = [{"title": ...}, ...]`),
    read with the standard library's parser: nothing in the file is run. A value that is no literal inside them (a
    call, a name: `datetime.date(2012, 1, 1)`) is read as None, and strings joined with `+` as one, so one such value
    does not lose the list around it. [] when the file is not Python or assigns no literal."""
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return []
    out: list[Any] = []
    for node in tree.body:
        value = node.value if isinstance(node, (ast.Assign, ast.AnnAssign)) else None
        if value is None or not isinstance(value, (ast.List, ast.Tuple, ast.Dict)):
            continue
        try:
            out.append(_literal(value))
        except RecursionError:
            continue
    return out


def _literal(node: Any) -> Any:
    """A parsed Python expression's value where it is written as a literal, None where it is not (see
    python_literals)."""
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        return [_literal(e) for e in node.elts]
    if isinstance(node, ast.Dict):
        out: dict[Any, Any] = {}
        for k, v in zip(node.keys, node.values, strict=True):
            key = _literal(k) if k is not None else None
            if isinstance(key, (str, int, float, bool)):
                out[key] = _literal(v)
        return out
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):  # 'a long title ' + 'over two lines'
        left, right = _literal(node.left), _literal(node.right)
        return left + right if isinstance(left, str) and isinstance(right, str) else None
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        v = _literal(node.operand)
        return -v if isinstance(v, (int, float)) and not isinstance(v, bool) else None
    return None


def read_python(path: str, text: str, db: VenueDB) -> Profile | None:
    """The papers a Python module keeps as literal data (a Flask or Dash site's `post_infos.py`), as read_script
    reads a script's literals; None when it keeps none."""
    return _profile_of(path, python_literals(text), text, db)


_STYLE_STOP = lazy_compile(r"(?<=[^\W_]{2})\.\s*$")  # not "U.S." (one letter before it)
_LINK_AFTER = lazy_compile(r"\s*\[([^\[\]]{1,30})\]$")  # a bracket at a title's end: "[pdf]", "[link]"
_CITATION_CHARS = 40  # a string this long with a year can be a whole citation ("Lee A, Kim B. Title. Icarus, 2021")


def citation_strings(data: Any) -> list[str]:
    """The strings of the arrays that hold two or more whole citations, each a string (`export default ["Lee A, Kim
    B. Title. <i>Icarus</i>, 2021. [<a href='...'>PDF</a>]", ...]`), or each a mapping's only citation (`- citation:
    "Lee A. (2021). Title. In ..."`, no title beside it): most of the array's strings are long and give a year."""
    return [c for c, _ in citations(data)]


def citations(data: Any) -> list[tuple[str, dict[Any, Any] | None]]:
    """citation_strings, each with the mapping it is the citation of (None for a string of an array): the mapping's
    other fields (`doi:`, `pdf:`) are the paper's too (see keep_item_fields). A mapping of mappings keyed by their ids
    (`liter2021: {citation: ...}`) is a list of them."""
    out: list[tuple[str, dict[Any, Any] | None]] = []
    stack: list[tuple[Any, bool]] = [(data, False)]
    while stack:
        node, listed = stack.pop()
        if isinstance(node, dict) and len(node) >= 2 and all(isinstance(v, dict) for v in node.values()):
            node = list(node.values())
        if isinstance(node, dict):
            # a list under a key that names papers (`export const papers = [{id: 1, content: "Title. Journal ..."}]`):
            # its mappings' text is their citation, whatever the key it is kept under
            stack.extend(reversed([(v, isinstance(k, str) and _LIST_KEY.fullmatch(_CAMEL.sub("_", k)) is not None)
                                   for k, v in node.items()]))
        elif isinstance(node, list):
            pairs = [(_with_own_venue(c, x) if isinstance(x, dict) else c, x if isinstance(x, dict) else None)
                     for x in node if (c := x if isinstance(x, str) else _citation_of(x, listed)) is not None]
            cited = [(c, x) for c, x in pairs if _cited(c)]
            if cited and 2 * len(cited) >= len(node):
                out.extend(cited)
            else:
                stack.extend(reversed([(x, False) for x in node if isinstance(x, (dict, list))]))
    # two or more in all: a list per year may hold one ("[{date: 2022, datos: [{tittle: 'Lee A. Title. J, 2022'}]}]")
    return out if len(out) >= 2 else []


# the keys whose values an undated citation is read with (_with_own_venue)
_OWN_VENUE_KEYS = ("venue", "journal", "booktitle", "conference", "year", "date")


def _with_own_venue(cite: str, item: dict[Any, Any]) -> str:
    """A citation with no year, read with the venue and year its mapping gives under keys of their own, as the page
    shows them beside it (`{citation: '<b>A. Lee</b>, B. Kim, "Title"', venue: 'ICLR 2026'}`): the whole citation."""
    from .collection import _s

    if _cited(cite):
        return cite
    low = _lower_keys(item)
    said = [v for k in _OWN_VENUE_KEYS if (v := _s(low.get(k)).strip()) and v not in cite]
    return f"{cite.rstrip(' ,;')}, {', '.join(said)}" if said else cite


def keep_item_fields(pubs: list[Publication], cites: list[tuple[str, dict[Any, Any] | None]], at: list[int]) -> None:
    """Give each paper read from a mapping's citation (on the line as_list_page put it on, `at`: each citation's) the
    mapping's other fields: its links (`doi:`, `pdf:`, `url:`, and the identifiers they carry) and its other values,
    by their keys (as a front matter collection's are kept): nothing the file said of the paper is lost."""
    from .collection import _read_fields

    items = dict(zip(at, (x for _, x in cites), strict=True))
    for pub in pubs:
        if pub.sources and (item := items.get(pub.sources[0].line)) is not None:
            low = _lower_keys(item)  # ("DOI:", "Citation:" as profile_from_data reads keys)
            cited = _citation_of(item)
            read_with = _OWN_VENUE_KEYS if isinstance(cited, str) and not _cited(cited) else ()
            _item_links(pub, low)
            _read_fields(pub, {k: v for k, v in low.items()
                               if v is not cited and k not in _OWN_BIB_KEYS and k not in read_with})


def _cited(value: str) -> bool:
    """Whether a string can be a whole citation: long, with a year, in words (not a file's path)."""
    return len(value) >= _CITATION_CHARS and value.count(" ") >= _CITATION_SPACES and YEAR_IN.search(value) is not None


_CITATION_SPACES = 3  # "arquivos/publicacoes/2006/geotecnologias_aplicadas.pdf" is long and dated, and no citation


# not "text": a news item's; "name", "entry", "publication", "paper": a lab's list of whole citations (`- {name: 'Ahn H,
# Jung I. "Title". Journal, 2021.', url: ...}`), read as such only when most of the list's strings are long and dated
_CITATION_KEYS = ("citation", "reference", "ref", "cite", "apa", "name", "entry", "publication", "paper")


def _citation_of(node: Any, listed: bool = False) -> str | None:
    """A mapping's whole citation, when it has no title of its own: `{citation: "Lee A. (2021). Title. ..."}`; under
    a key of another name (a word of the site's own language, a misspelling: "referencial", "tittle"), its longest
    string that can be one (see _cited), not an abstract or a note unless the mapping is `listed` under a key that
    names papers (`papers: [{id: 1, content: "..."}]`)."""
    if not isinstance(node, dict):
        return None
    if "title" in (low := _lower_keys(node)) and not _empty_title(low["title"]):
        # a title that is itself a whole citation ("A. Lee and B. Kim, “Title,” IEEE ICC 2019, Paris,": a networking
        # lab's 50 papers; "Rykov Y., Nagornyy O. S. Title, in: Conference, ... 2017", "Нагорный О. С. Title //
        # Journal. 2017. № 4": a sociologist's, its first name surname first with initials), in a mapping with no
        # author list or venue of its own
        title = low["title"]
        whole = isinstance(title, str) and _cited(title) and (
            _QUOTED_AFTER_NAMES.match(title) is not None or _STYLED_AFTER_NAMES.match(title) is not None
            or _WHOLE_CITATION.match(title) is not None) \
            and not any(low.get(k) for k in (*_AUTHOR_KEYS, *_VENUE_KEYS))
        return title if whole else None
    if isinstance(low.get("publication"), str) and _untitled_title(node, low) is not None:
        return None  # ("{publication: 'Title', authors: [...], venue: ...}": its title, see _untitled_title)
    if (named := next((v for k in _CITATION_KEYS if isinstance(v := low.get(k), str)), None)) is not None:
        return named
    cited = [v for k, v in low.items()
             if isinstance(v, str) and (listed or k not in _NOT_CITATIONS) and _KEY_WORD.fullmatch(k) and _cited(v)]
    return max(cited, key=len) if cited else None


# a quoted title after the names, as an IEEE citation writes it ("A. Lee and B. Kim, “Title,” IEEE ICC 2019") or
# after a full stop or a space, as a chemist's Google Scholar names are ("AP Lee, R Kim, VM Rotello. "Title" Nature,
# 2025"): names listed with a comma before it, so not a title that quotes a word ("Counting widgets, “or thrice”")
_QUOTED_AFTER_NAMES = lazy_compile(r"[^\W\d_][^“\"]{3,}?,\s*[“\"][^”\"]{10,}[”\"]"
                                   r"|[^\W\d_][^“\",]*,[^“\"]*?[^\W\d_][.*#]?(?:\.\s*|\s+)[“\"][^”\"]{10,}[”\"]")

# ... or a title set in bold or italics after the names and their comma ('V. Lind and <a href="...">S. Okafor</a>,
# <strong>Title</strong>, Journal, Vol. 3.2, pp. 29-51, 2020.': a linguist's JS array, 3 of 8 papers read)
_STYLED_AFTER_NAMES = lazy_compile(r"[^\W\d_](?:[^<]|<a\b[^>]*>[^<]*</a>){2,300}?,\s*"
                                   r"<(strong|b|em|i)\b[^>]*>[^<]{10,}</\1>")

# a key in words: not an image's path over its caption ("/img/x.jpg": "Atlas of ... (Cell Metabolism 2024)")
_KEY_WORD = lazy_compile(r"[^\W\d]\w*(?:[ -]\w+)?")

_TEXT_LINES = 3  # a string of this many lines or more kept in front matter is text to show, not a value
_NOT_SHOWN_AS_LIST = frozenset({"abstract", "summary", "description", "bio", "biography", "excerpt", "subtitle"})
# ... and no citation under a key of a site's own: a note, a news item, an event ("{date: 2024, news: 'Our paper at
# ICML 2024 ...'}": dated and in words, like a citation)
_NOT_CITATIONS = _NOT_SHOWN_AS_LIST | {"note", "notes", "text", "content", "body", "caption", "tldr", "news",
                                       "headline", "announcement", "update", "message", "event", "talk", "award"}


def markdown_texts(data: Any) -> list[tuple[str, str | None]]:
    """The multi-line strings a page's front matter keeps as Markdown for its layout to show, each with the title
    of the mapping that holds it (Hugo Blox's `sections: [{block: markdown, content: {title: Publications, text:
    |- ...}}]`, a theme's `intro: |`), in order; an abstract, summary or bio is left out."""
    out: list[tuple[str, str | None]] = []

    def visit(node: Any, title: str | None, depth: int) -> None:
        if depth > 20:
            return
        if isinstance(node, dict):
            own = node.get("title") if isinstance(node.get("title"), str) else title
            for k, v in node.items():
                if isinstance(v, str):
                    if str(k).lower() not in _NOT_SHOWN_AS_LIST and v.count("\n") + 1 >= _TEXT_LINES:
                        out.append((v, own or None))
                else:
                    visit(v, own, depth + 1)
        elif isinstance(node, list):
            for x in node:
                visit(x, title, depth + 1)

    visit(data, None, 0)
    return out


def text_line(value: str, text: str, at: int = 0) -> tuple[int, int]:
    """The 0-based line of the file on which a front matter string's first line stands (found by its first
    non-empty line's words, from `at`), less the string's own lines before it; and where the search may go on."""
    lines = value.split("\n")
    first = next((i for i, ln in enumerate(lines) if ln.strip()), 0)
    probe = lines[first].strip()[:40] if lines else ""
    k = text.find(probe, at) if probe else -1
    if k < 0:
        return 0, at
    return max(0, text.count("\n", 0, k) - first), k + len(probe)


def as_list_page(cites: list[str], text: str, markdown: bool = False) -> tuple[str, list[int]]:
    """An HTML list of the citations (`markdown`: a Markdown list, for strings written in Markdown), each item on
    the line its string starts on in the file (found by its first words; an item not found, or found on the line of
    the one before, goes on the line after the one before); and the line (from 1) each citation is on."""
    lines = [""]  # the page's lines: the citation on each, if any
    at_line: list[int] = []
    at, newlines = 0, 0  # newlines: those of text[:at] (counted once, in order: linear in the file)
    for c in cites:
        probe = c.strip()[:25]
        k = text.find(probe, at) if probe else -1
        if k >= 0:
            newlines += text.count("\n", at, k)
            lines.extend([""] * (newlines + 1 - len(lines)))
            newlines += probe.count("\n")
            at = k + len(probe)
        lines[-1] = c.replace("\n", " ")
        at_line.append(len(lines))
        lines.append("")
    items = [(f"- {item}" if markdown else f"<li>{item}</li>") if item else "" for item in lines]
    if markdown:
        return "\n".join(items), at_line
    return "<html><body><ul>" + "\n".join(items) + "</ul></body></html>", at_line


def profile_from_data(path: str, data: Any, text: str, db: VenueDB, lines_of: dict[int, int] | None = None,
                      items: list[dict[str, Any]] | None = None) -> Profile:
    """A Profile of the mappings with a title and a paper's field in already-loaded data (`lines_of`: the line of
    a mapping, by its id(), where the caller knows it; else the line of its title's key; `items`: those mappings,
    where the caller has found them already)."""
    from .collection import _add_url, _plain, _s, authors_from_citation

    profile = Profile(path=path, kind="data")
    lines = text.split("\n")
    starts = [0, *itertools.accumulate(len(ln) + 1 for ln in lines)][:-1]  # where each line starts in the text
    after = 0  # the line of the last paper found (a 1-based line is the index of the line after it)
    if items is None:
        items = paper_items(data)
    group_years: dict[int, int] = getattr(items, "years", {})
    for node in items:
        item = _lower_keys(node)
        written, link = _s(item.get("title")), ""
        if not written and (named := _titled(item.get("title"))) is not None:
            written, link = named  # "title: {name: Title, link: https://...}"
        title = _STYLE_STOP.sub("", _plain(written))  # "A Title." as a reference string ends it
        if title.endswith("]") and (m := _LINK_AFTER.search(title)) and LINK_WORD.match(m.group(1)):
            title = title[:m.start()].rstrip()  # "Title [pdf]": the layout's link, written into the title's value
        title, tail = _title_and_tail(title, item)
        label = None
        if not title and (label := _untitled_label(item)) is None:
            continue
        pub = Publication(title=title or None, label=label)
        _add_url(pub, link or _link_of(written))
        authors = next((v for k in _AUTHOR_KEYS if (v := item.get(k))), None)
        if isinstance(authors, list):
            pub.authors = [a for a in (_plain(_person(x)) for x in authors) if a]
        elif isinstance(authors, str):
            # (a student's or a corresponding author's mark after a name: "Yin, J.(*), Denolle, M. A.")
            written_names = _WITH.sub("", _plain(_NAME_MARK.sub("", authors)))
            pub.authors, pub.et_al = split_authors(written_names)
            if _BIBTEX_NAMES.fullmatch(written_names):
                # BibTeX's list pasted in ("Lee, A. and Kim, Bo and others"): "Last, First" names between "and"s
                pub.authors, pub.et_al = bibtex_names(written_names)
            elif ";" in written_names or _ONE_SURNAME_FIRST.fullmatch(written_names.strip()) \
                    or _ONE_SURNAME_GIVEN.fullmatch(written_names) \
                    or _SURNAMES_FIRST.search(written_names):
                # "Li, Q.; Levi, S. M.; Wagen, C.", "Levi, S. M." or "Shields, G. S., Deer, L. K., & Hostinar, C. E.":
                # names written surname first
                pub.authors = split_name_list(written_names)[0]
            elif "." in written_names and len(listed := split_name_list(written_names)[0]) == len(pub.authors) \
                    and surname_first(listed):
                # "Wong V.C., Fong L.E., Xue Q." (PubMed's order, initials dotted): the names as written, the last
                # stop of their initials kept ("Wong V.C" reads as a surname "V.C")
                pub.authors = listed
        if not pub.authors:
            # the author list under a key of the site's own ("creds", "subtitle", "text"): by what it says (a venue's
            # key holds the venue, "Global Ecology and Conservation" as it may read)
            pub.authors = next((names for k, v in item.items()
                                if k not in _NOT_AUTHORS and (names := _authors_in(v))), [])
        cited = _reference(item)
        if not pub.authors and cited:
            authors_from_citation(pub, cited, path, db)  # academicpages' documents: only in the reference
        elif len(pub.authors) >= 2 and all(" " not in a.strip() and "." not in a for a in pub.authors) and cited:
            # the co-authors by the names the site calls them ("authors: [India, Me, Bi, Richard]", a lab's own
            # nicknames the layout links to its people) beside a citation that names them in full: the citation's
            # names, when it cites this title (else the names as the file gives them)
            authors_from_citation(pub, cited, path, db)
        # (the link's text too: "link: {url: ..., display: A. Lee#, B. Kim#. 2026, Journal of X.}")
        rest = None if pub.authors else next((r for k, v in _strings(item) if k != "title" and (r := _cited_rest(v))),
                                             None)
        if rest is not None:
            pub.authors = rest[0]
        venue = _venue_value(item, pub, db) or _status_venue(item, db) \
            or (rest[2] if rest is not None else "") or (tail[2] if tail else "") or _venue_in(item, db) \
            or _plain(_s(item.get("school"))) or _plain(_s(item.get("institution")))  # a thesis's or report's
        if not venue and _s(item.get("arxiv")):
            venue = "arXiv"  # an arXiv identifier and no journal: the paper is an arXiv preprint
        year_before = pub.year
        if venue:
            apply_venue(pub, db.match(venue, field=True), venue)
        venue_year = pub.year if year_before is None else None  # a year the venue's name holds ("ICML 2024")
        if rest is not None and rest[1] is not None:
            pub.year, pub.year_source = rest[1], "text"  # the citation's year, not one in its venue's name
        if tail:
            if tail[0] is not None and not pub.year:
                pub.year, pub.year_source = tail[0], "text"
            if tail[1] and "doi" not in pub.ids:
                pub.ids["doi"] = tail[1]
            if tail[3] and pub.status in ("unknown", "published"):
                pub.status = tail[3]
        year = _s(item.get("year")) or _s(item.get("date")) or _issued(item.get("issued")) \
            or next((_s(v) for k, v in item.items() if _YEAR_KEY.fullmatch(k) and not isinstance(v, bool)), "") \
            or next((_s(_lower_keys(v).get("year")) for k in _VENUE_KEYS if isinstance(v := item.get(k), dict)), "") \
            or next((_s(y) for v in item.values() if isinstance(v, dict) and (y := _lower_keys(v).get("year"))), "")
        # (the last: a date kept as a mapping of its parts under a key of the site's own, "when: {year: 2020}")
        if _YEAR_SPAN.fullmatch(year) and not (pub.authors or venue or any(_s(item.get(k)) for k in _LINK_KEYS)):
            continue  # a CV's timeline ("title: Postdoctoral Researcher, year: 2018-2020"): a span of years, no paper
        if pub.year is None and (m := _YEAR_WORD.search(year) or _DAY_FIRST.fullmatch(year)):
            pub.year, pub.year_source = int(m.group(1)), "date"  # "2024", "(2024)", "March 2024", "2024-03-01"
            m = re.fullmatch(r"\s*\d{4}-(\d{1,2})(?:-(\d{1,2}))?\s*", year)
            if m and 1 <= int(m.group(1)) <= 12 and not (int(m.group(1)) == 1 and m.group(2) and int(m.group(2)) == 1):
                pub.month = m.group(1).zfill(2)  # CSL's date-parts [[2020, 3]], "2020-03" (January 1: a year only)
        _csl_fields(pub, item)
        if isinstance(bib := next((v for k in _OWN_BIB_KEYS if isinstance(v := item.get(k), str)
                                   and BIBTEX_ENTRY_START.match(v)), None), str):
            _fill_from_bibtex(pub, bib, path, db)
        if (grouped := group_years.get(id(node))) is not None and not year \
                and (pub.year is None or pub.year == venue_year):
            # listed under its year: `{year: 2021, papers: [...]}`, the paper's, before a year in its venue's name or
            # its other values (a book's "... seit den 1960er Jahren", a congress's "Göttingen 2018" in a chapter's
            # `in`)
            pub.year, pub.year_source = grouped, "text"
        if pub.year is None and venue and not year and (m := _CITED_YEAR.search(venue)):
            pub.year, pub.year_source = int(m.group(1)), "text"  # "Nature Physics volume 19, pages 857–862 (2023)"
        if pub.year is None and not year and (one := _year_in_values(item)) is not None:
            pub.year, pub.year_source = one, "text"  # "meta": "February 2026", "info": "pp. 1-6, 2025"
        _item_links(pub, item)
        _other_fields(pub, item, node)
        # the part of the file it is listed in ("type: Conference Proceedings", "group: Journal Articles"), as a
        # page's heading: the kind of paper it names types a venue the database lacks (writers.bibtex.section_kind)
        pub.section = _item_section(node) or None
        line = (lines_of or {}).get(id(node)) \
            or _line_of(text, lines, starts, title or label or "", _s(item.get("title")), after)
        after = line
        pub.sources.append(SourceLoc(path, line, squash(lines[line - 1]) if line <= len(lines) else ""))
        profile.publications.append(normalize_publication(pub, db))
    return profile


def _other_fields(pub: Publication, item: dict[str, Any], node: dict[Any, Any]) -> None:
    """The paper mapping's values under keys this reader does not read a field from, kept (as a front matter
    collection's are: a bibliographic field by its name, any other scalar in `extra` by its key as the file writes
    it in `node`, of which `item` is _lower_keys's; a site's page keys, `image:`, `layout:`, are none): `funder: NSF
    123`, `note: Cover article`, `pdfLink: files/x.pdf` are not lost."""
    from .collection import _add_url, _read_fields, _s

    written = {str(k).lower(): str(k) for k in reversed(list(node)) if isinstance(k, str)}  # (the first one wins)

    rest = {k: v for k, v in item.items() if isinstance(k, str) and k not in _READ_KEYS
            and not k.endswith(("url", "_link")) and not _YEAR_KEY.fullmatch(k)}
    for key, attr in _CSL_FIELDS:
        # a field _csl_fields read is not kept twice; one it did not take ("volume: Online First", "page: https://...",
        # a project's page) is kept as written, not as that field
        if (text := _s(rest.pop(key, None))) and getattr(pub, attr) is None:
            pub.extra.setdefault(written.get(key, key), text)
    _read_fields(pub, {written.get(k, k): v for k, v in rest.items()})
    # a link's key whose value is no address ("pdf: dmdsc-sigcomm23", a name the layout makes a link of; "pdf:
    # files/x.pdf"), a BibTeX key whose value is no entry ("cite: 10.1145/3552326.3567488", a DOI): kept as written,
    # a DOI as the paper's
    for key in _KEPT_AS_WRITTEN:
        if not (value := _s(item.get(key)).strip()) or (key in _OWN_BIB_KEYS and BIBTEX_ENTRY_START.match(value)) \
                or (key in _LINK_KEYS and (value.startswith("http") or key in ("doi", "arxiv"))):
            continue
        if DOI.fullmatch(value) and "doi" not in pub.ids:
            pub.ids["doi"] = value
        elif (m := _ADDRESS_IN.search(value)) is not None:
            _add_url(pub, m.group())  # an address in braces or markup ("{https://doi.org/...} }"): the address
        else:
            pub.extra.setdefault(written.get(key, key), value)


_ADDRESS_IN = lazy_compile(r"https?://[^\s{}<>\"'\]\[]+")


def _item_links(pub: Publication, item: dict[str, Any]) -> None:
    """A paper mapping's links, kept with the identifiers they carry: under the keys of _LINK_KEYS (a bare DOI or
    arXiv id as its address), and under a key of the site's own ("arXiv_url", "pdf_url", "paper_link")."""
    from .collection import _add_url, _s

    for key in _LINK_KEYS:
        v = _s(item.get(key))
        if key == "doi" and v and not v.startswith("http"):
            v = f"https://doi.org/{v}"
        elif key == "arxiv" and v and not v.startswith("http"):
            v = f"https://arxiv.org/abs/{v}"
        if v.startswith("http"):
            _add_url(pub, v)
    for key, value in item.items():
        if isinstance(key, str) and key not in _LINK_KEYS and key.endswith(("url", "_link")) \
                and (link := _s(value)).startswith("http"):
            _add_url(pub, link)


# where a title kept with its citation's tail ends ("Title, 2021, Geophys. J. International, 226(2), pp 828-846,
# doi:10.1093/gji/ggab140", "Title, Submitted to Geophysical Journal International"): a year alone between commas,
# a DOI, or a status
_STATUS = r"submitted|accepted|in press|under review|to appear|forthcoming"  # a citation's status, written out
_TITLE_TAIL = lazy_compile(rf",\s+(?=(?:19|20)\d\d\s*(?:,|$)|doi\s*:|(?:{_STATUS})\b)", re.I)
_TAIL_STATUS = lazy_compile(rf"({_STATUS})(?:\s+(?:to|in|at|for))?\s*", re.I)
_CITED_TAIL = lazy_compile(rf"doi\s*:|\d+\s*\(\d+\)|\bpp?\.?\s*\d|\d+\s*[-–]\s*\d+|^(?:{_STATUS})\b", re.I)
_TAIL_NUMBERS = lazy_compile(r"(?:vol\.?\s*|pp\.?\s*|p\.\s*)?[\dA-Z]*\d[\d()\s\-–—:]*", re.I)


def _title_and_tail(title: str, item: dict[str, Any]) -> tuple[str, tuple[int | None, str, str, str] | None]:
    """A data file's title that holds its citation's tail (see _TITLE_TAIL), when the item keeps no year and no venue
    of its own: the title alone, and the tail's year, DOI, venue and status (each "" or None when it gives none)."""
    if "," not in title or (m := _TITLE_TAIL.search(title)) is None or m.start() < 10 \
            or any(item.get(k) for k in ("year", "date", *_VENUE_KEYS)) or not _CITED_TAIL.search(title[m.end():]):
        return title, None  # (a tail says it is one: "COVID-19 in Italy, 2020, a retrospective" is a title)
    year: int | None = None
    doi = venue = status = ""
    for part in (p.strip() for p in title[m.end():].split(",")):
        if year is None and YEAR_IN.fullmatch(part):
            year = int(part)
        elif part.lower().startswith("doi"):
            doi = part.split(":", 1)[-1].strip()
        elif (s := _TAIL_STATUS.match(part)) is not None:
            status, venue = s.group(1).lower(), venue or part[s.end():]
        elif not venue and part and not _TAIL_NUMBERS.fullmatch(part):
            venue = part
    return title[:m.start()].strip(), (year, doi, venue, status)


_YEAR_KEY = lazy_compile(r"(?:pub(?:lication)?[_-]?)?year(?:[_-]?published)?|published(?:[_-]?(?:date|year))?"
                         r"|date[_-]?published|pub(?:lication)?[_-]?date")  # yearPublished, pub_year, datePublished
_PERSON_PARTS = ("given", "first", "firstname", "first_name", "dropping-particle", "non-dropping-particle", "family",
                 "last", "lastname", "last_name", "suffix")
# CSL's item types (Pandoc, Quarto, Zotero's CSL JSON and YAML) as BibTeX's. Not hugo.CSL_TYPES: a data file's
# "article", "preprint" or "dataset" is a site's own word as often as CSL's, and leaves the type to the venue
_KIND_KEYS = ("type", "pub_type", "publication_type", "pubtype", "kind")  # an item's words for its kind of work
_CSL_TYPES = {"article-journal": "article", "article-magazine": "article", "article-newspaper": "article",
              "paper-conference": "inproceedings", "chapter": "incollection", "book": "book", "thesis": "phdthesis",
              "report": "techreport", "manuscript": "unpublished"}
# fields a data file gives under these keys (CSL's and BibTeX's names): kept on the record as written
_CSL_FIELDS = (("volume", "volume"), ("issue", "number"), ("page", "pages"), ("pages", "pages"),
               ("isbn", "isbn"), ("issn", "issn"), ("abstract", "abstract"), ("edition", "edition"),
               ("collection-title", "series"), ("series", "series"), ("publisher-place", "address"),
               ("address", "address"), ("school", "school"), ("institution", "institution"))


_STATUS_PARTS = lazy_compile(r"\s+[·|•–—]\s+|;\s+")


def _status_venue(item: dict[str, Any], db: VenueDB) -> str:
    """Where the paper is, written under its `status` ("Revise and Resubmit · Journal of Financial Stability",
    "Journal of Financial Market Infrastructures, 13(3) · 2026", "Under review at Management Science"; an economist's
    `_data` file): the status's value is the venue string when the venue parser reads a venue in it beside the status
    or the year, set apart by a separator, of three words or more beside the year ("2025 IEEE Conference on
    Artificial Intelligence (CAI)") or known to the database ("Working paper", "Published" name none)."""
    from .collection import _plain, _s

    value = _plain(_s(item.get("status")))
    if not value:
        return ""
    p = parse_venue(value)
    if not p.text or p.text == value or not p.text[:1].isalpha():
        return ""
    return value if _STATUS_PARTS.search(value) or (p.year is not None and len(p.text.split()) >= 3) \
        or db.match(value, field=True).venue is not None else ""


def _venue_value(item: dict[str, Any], pub: Publication, db: VenueDB) -> str:
    """The value of the item's first venue key, or of a later one that names a venue the database knows when the
    first names a place (`conference: 48th European Conference on Information Retrieval (ECIR 2026)` beside
    `venue: Delft, Netherlands`: the place is kept as the address). A web address under a venue key (`journal:
    https://www.nature.com/articles/...`, where the paper is on the journal's site) names no venue: it is kept as a
    link."""
    from .collection import _add_url, _plain, _s

    def venues(values: Iterable[Any]) -> list[str]:  # the venue strings among these values
        return [v for x in values if (v := _plain(_s(_named(x)))) and not _KIND_VALUE.fullmatch(v)]

    def under_keys(mapping: dict[str, Any]) -> list[str]:  # the values of a mapping's venue keys, in their order
        # ... else of keys a site names its own way: `conf`, `ConferenceName`, `journal_title` (the full name),
        # then `ConferenceAbbrv`, `venue_short` (the short one)
        return venues(mapping.get(k) for k in _VENUE_KEYS) \
            or venues(x for k, x in mapping.items() if isinstance(k, str) and _VENUE_KEY_FULL.fullmatch(k)) \
            or venues(x for k, x in mapping.items() if isinstance(k, str) and _VENUE_KEY_SHORT.fullmatch(k))

    # (or of a mapping under a key of the site's own: "where: {journal: ..., volume: ...}")
    values = under_keys(item) or [v for inner in item.values() if isinstance(inner, dict)
                                  for v in under_keys(_lower_keys(inner))]
    for v in values:
        if v.startswith(_WEB_ADDRESS):
            _add_url(pub, v)
    values = [v for v in values if not v.startswith(_WEB_ADDRESS)]
    if len(values) > 1 and _PLACE.fullmatch(values[0]) and not _VENUE_WORD.search(values[0]) \
            and (named := next((v for v in values[1:] if db.match(v, field=True).venue is not None), None)) is not None:
        pub.address = pub.address or values[0]
        return named
    return values[0] if values else ""


# a venue's key as a site names it, in lower case: its full name, or its short name (the first only when no key
# of _VENUE_KEYS has a value)
_VENUE_KEY_FULL = lazy_compile(r"(?:pub(?:lication)?[ _-]?)?(?:conf|conference|journal|venue|booktitle|proceedings)"
                               r"(?:[ _-]?(?:name|full|full[ _-]?name|title|long))?")
_VENUE_KEY_SHORT = lazy_compile(r"(?:pub(?:lication)?[ _-]?)?(?:conf|conference|journal|venue)[ _-]?"
                                r"(?:abbrv|abbr|abbrev|abbreviation|short|short[ _-]?name|acronym|tag|badge)")
# a place as a data file may give it under "venue": "Delft, Netherlands", "New York, NY, USA", "Online"
_PLACE = lazy_compile(r"(?:online|virtual|[A-Z][\w.'\- ]{1,30}(?:,\s*[A-Z][\w.'\- ]{1,30}){1,2})", re.I)
_WEB_ADDRESS = ("http://", "https://", "www.")  # how a value that is a web address starts
_VENUE_WORD = lazy_compile(r"\b(?:conference|proceedings|journal|workshop|symposium|transactions|letters|review|"
                           r"congress|meeting|annals|bulletin|press)\b", re.I)


_NUMBERED = frozenset({"volume", "number", "pages"})  # a value with no digit is something else ("page: /pubs/")


def _person(x: Any) -> str:
    """A name as a data file gives it: a string, or a mapping ({name: Ana Lee}; CSL's {family: Lee, given: Ana},
    {literal: The ATLAS Collaboration}; {first: Ana, last: Lee})."""
    from .collection import _s

    if not isinstance(x, dict):
        return _s(x)
    x = _lower_keys(x)
    if whole := _s(x.get("name")) or _s(x.get("literal")):
        return whole
    return " ".join(part for k in _PERSON_PARTS if (part := _s(x.get(k))))


def _issued(value: Any) -> str:
    """CSL's date of issue as text: `{date-parts: [[2020, 3]]}` is "2020-03", `{raw: "2020"}`, `{year: 2020}` and
    a plain date are as written."""
    from .collection import _s

    if isinstance(value, list) and value:
        value = value[0]  # the old CSL YAML: `issued: [{year: 2020}]`
    if not isinstance(value, dict):
        return _s(value)
    value = _lower_keys(value)
    parts = value.get("date-parts")
    if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
        return "-".join(str(p).zfill(2) if k else str(p) for k, p in enumerate(parts[0][:3]))
    if isinstance(parts, list) and parts and isinstance(parts[0], (int, str)):
        return str(parts[0])
    return next((v for k in ("raw", "literal", "year") if (v := _s(value.get(k)))), "")


def _csl_fields(pub: Publication, item: dict[str, Any]) -> None:
    """The fields of a paper a data file names as CSL or BibTeX do (volume, issue, page, ISBN, abstract, the
    editors, its CSL type, its citation key), on the record as written (markup and entities read, but for the
    abstract)."""
    from .collection import _plain, _s

    for key, attr in _CSL_FIELDS:
        value = _s(item.get(key)) if attr == "abstract" else _plain(_s(item.get(key)))
        if attr in _NUMBERED and (not any(c.isdigit() for c in value) or value.startswith(("/", "http"))):
            continue
        if value and getattr(pub, attr) is None:
            setattr(pub, attr, value)
    if pub.publisher is None and (value := _plain(_s(item.get("publisher")))) and value != pub.venue_raw:
        pub.publisher = value
    editors = item.get("editor") or item.get("editors")
    if isinstance(editors, list) and not pub.editors:
        pub.editors = [a for a in (_plain(_person(x)) for x in editors) if a]
    if (kind := _s(item.get("type")).lower()) in _CSL_TYPES and pub.entry_type is None:
        pub.entry_type = _CSL_TYPES[kind]
    elif pub.entry_type is None and pub.venue_raw is None \
            and (kind := next((v for k in _KIND_KEYS if (v := _s(item.get(k)).strip())), "")) and len(kind) <= 40:
        # the item's own words for its kind, as a section's heading names one ("type: 'Conference paper'",
        # "pub_type: Journal Article", "type: Book Chapter": a robotics group's Vue list with no venue, 25 papers @misc)
        # when it names no venue: beside one, the venue says more ("type: article" is any paper to many sites, for a
        # paper in an ITSC's proceedings too)
        from ..writers.bibtex import section_kind

        pub.entry_type = section_kind(kind)
    # a citation key: CSL's (`citation-key`, or the `id` of an item CSL-shaped: a site's own ids, "pub-3",
    # "doi:10.1093/...", are no keys)
    key = _s(item.get("citation-key")) or (_s(item.get("id")) if item.keys() & {"container-title", "issued"} else "")
    if key and pub.key is None and re.fullmatch(r"[^\s,{}\\#%\"'=()]+", key) and not key.isdigit() \
            and not key.startswith(("doi:", "http")):
        pub.key = key


def _fill_from_bibtex(pub: Publication, bib: str, path: str, db: VenueDB) -> None:
    """What the item's own BibTeX entry gives that its other keys do not (`bibtex: "@article{..., journal =
    {Mathematical Programming}, ...}"` beside `title` and `authors`): venue, authors, year, type, key, fields."""
    from .bibtex import read_bibtex

    entries = [p for p in read_bibtex(path, bib, db).publications if p.title]
    if len(entries) != 1:
        return  # none, or several: which one is this paper's is not said
    own = entries[0]
    if pub.venue is None and own.venue_raw:
        apply_venue(pub, own.venue or db.match(own.venue_raw, field=True), own.venue_raw)
    if not pub.authors:
        pub.authors, pub.et_al = list(own.authors), own.et_al
    if pub.year is None and own.year is not None:
        pub.year, pub.year_source = own.year, "bibtex"
    pub.entry_type = pub.entry_type or own.entry_type
    pub.key = pub.key or own.key
    for name in BIB_FIELDS:
        if getattr(pub, name) is None and getattr(own, name) is not None:
            setattr(pub, name, getattr(own, name))
    for kind, value in own.ids.items():
        pub.ids.setdefault(kind, value)


def _venue_in(item: dict[str, Any], db: VenueDB) -> str:
    """The venue under a key of the site's own ("mag": "Neuron 73, 1195-203"; "subtitle": "Astronomy and
    Astrophysics, 2026, 709, A142"): the first other string the venue database knows."""
    from .collection import _plain

    for k, v in _strings(item):
        if k in _SKIP_KEYS or not v.strip() or v.startswith(("http", "/")):
            continue
        if (m := _EMPHASISED.search(v)) and _CITATION_AFTER.match(_plain(v[m.end():])) \
                and len(name := _ITALIC_VOLUME.sub("", _plain(m.group(2) or m.group(4)))) <= _VENUE_CHARS \
                and not _authors_in(name):
            return name  # "<i>IEEE Trans. Sig. Proc.</i>, 58(10): 5030–5043, Oct. 2010.": the journal, set apart
        for part in _FIELD_BAR.split(v):  # "with A. Lee | Journal of Algebra 651, pp.19-69": each field apart
            text = _plain(part)
            if len(text) <= _VENUE_CHARS and not _authors_in(text) and not _WITH.match(text) \
                    and db.match(text).venue is not None:
                return text
    return _link_display(item) or _link_named_venue(item, db)


_LINK_LISTS = ("links", "link", "urls", "buttons")
_LINK_TEXT_KEYS = ("name", "label", "text", "title", "display")


def _link_named_venue(item: dict[str, Any], db: VenueDB) -> str:
    """The first of the paper's links, kept as a list of mappings, whose text names a venue the database knows by
    that name ("links: [{name: FSTTCS 2024, url: ...}, {name: ArXiV, ...}, {name: My slides, ...}]": the link to the
    paper where it appeared, named after it); "" when none does."""
    from .collection import _plain, _s

    for key in _LINK_LISTS:
        links = item.get(key)
        if not isinstance(links, list):
            continue
        for link in links:
            if not isinstance(link, dict):
                continue
            text = _plain(_s(_named(link, _LINK_TEXT_KEYS))).strip()
            if text and len(text.split()) <= _DISPLAY_WORDS and (m := db.match(text, field=True)).venue is not None \
                    and m.method == "alias":
                return text
    return ""


_DISPLAY_WORDS = 12  # words: a link's text that names a venue and its year is short


def _link_display(item: dict[str, Any]) -> str:
    """The text of the paper's link, kept as a mapping ("link: {url: ..., display: JAMES, 2024.}" in the Allan lab
    template's publist.yml, where a lab writes the venue and year), when it reads as a venue and its year: a name
    and a year, no author list ("Viens et al, 2021"), however few venue databases know the name."""
    from .collection import _plain, _s

    link = item.get("link")
    if not isinstance(link, dict):
        return ""
    text = _plain(_s(_lower_keys(link).get("display"))).strip()
    if not text or len(text.split()) > _DISPLAY_WORDS or _ET_AL.search(text) or text.startswith(("http", "/")):
        return ""
    parse = parse_venue(text)
    name = parse.text.strip(" .,;:")
    if not parse.year or not name[:1].isalpha() or _authors_in(name):
        return ""
    # (a name the item's author list holds is its first author's: "Viens, 2021")
    return "" if re.search(rf"\b{re.escape(name)}\b", _s(item.get("authors")), re.I) else text


_ET_AL = lazy_compile(r"\bet\.?\s*al\b", re.I)


def _year_in_values(item: dict[str, Any]) -> int | None:
    """The one year the item's other short values give, under keys of the site's own ("meta": "February 2026",
    "details": "pp. 1-6, 2025"); None when they give none or several (a link's, a file name's digits are no year)."""
    years = {int(m.group(1)) for k, v in _strings(item) if k not in _SKIP_KEYS and k not in _COMMENT_KEYS
             and len(v) <= _VENUE_CHARS
             and not v.lstrip().startswith(("http", "/", "www.")) for m in _YEAR_WORD.finditer(v)}
    return years.pop() if len(years) == 1 else None


def _strings(item: dict[str, Any]) -> list[tuple[str, str]]:
    """The item's string values by key, and those of a link given as a mapping, by the key inside it ("link: {url:
    ..., display: Phys. Rev. X **10**, 031011, 2020}" of the Allan lab template's publist.yml: the link's text is
    the citation)."""
    out: list[tuple[str, str]] = []
    for k, v in item.items():
        if isinstance(v, str):
            out.append((k, v))
        elif isinstance(v, dict):
            out.extend((str(k2).lower(), v2) for k2, v2 in v.items() if isinstance(v2, str) and str(k2).lower()
                       not in _LINK_KEYS)
    return out


# the keys an author list is kept under ("Co_Auth: [{name: ...}]" with "Co_Auth_text: joint with"; "author-list:
# [Hihat, Garrigos]", "authorList", "author_names" as a site's own code names it)
_AUTHOR_KEYS = ("authors", "author", "coauthors", "co-authors", "co_authors", "co_auth", "coauth", "coauthor",
                "co-author", "co_author", *_AUTHOR_LIST_KEYS)
_YEAR_SPAN = lazy_compile(r"\s*(?:19|20)\d{2}\s*[-–—]\s*(?:(?:19|20)\d{2}|present|now|today)?\s*", re.I)
# a kind of paper, not where it appeared: a template's `venue: conference` beside `booktitle: "ICLR 2025"`
_KIND_VALUE = lazy_compile(r"\s*(?:conference|journal|workshop|article|inproceedings|incollection|book|"
                           r"chapter|thesis|misc|paper|report|talk|poster|patent|other)s?\s*", re.I)
# a value's emphasised words, and a citation's numbers after them (its volume, pages or year)
# an italic span, in HTML or Markdown ("<i>IEEE Trans. Sig. Proc.</i>", "*Ideas y Valores*", "_Journal_": not bold)
_EMPHASISED = lazy_compile(r"<(i|em)\b[^>]*>(.+?)</\1>|(?<![*\w])(\*|_)(?![*\s])(.+?)(?<![*\s])\3(?![*\w])",
                           re.I | re.S)
_ITALIC_VOLUME = lazy_compile(r",\s*\d+$")  # APA sets a journal's volume in italics with it: "*Journal, 49*(5)"
_CITATION_AFTER = lazy_compile(r"[\s,.:;]*(?:vol\.?\s*|volume\s+|pp?\.\s*)?\(?\d", re.I)
_DAY_FIRST = lazy_compile(r"\s*\d{1,2}[-/.]\d{1,2}[-/.]((?:19|20)\d\d)\s*")  # "18-10-2023", "07/08/2023"
# a year standing as a word: not in an identifier, a file name or a longer number ("e2024WR038577", "Lee_2025.pdf")
_YEAR_WORD = lazy_compile(r"(?<![\w/.-])((?:19|20)\d{2})(?![\w/])")
_CITED_YEAR = lazy_compile(r"(?:^|[\s(,])((?:19|20)\d{2})\)?\s*$")  # a citation's year closes it
_SKIP_KEYS = frozenset({"title", "authors", "author", "abstract", "summary", "description", "note", "notes",
                        "image", "img", "thumbnail", "icon", "bibtex", "bib", "cite", *_LINK_KEYS})
# a comment's year is another event's ("comment: Also presented at AFADL 2021"), never the paper's (a comment may
# still name its venue: `comments="with A. Lee | Journal of Algebra"`)
_COMMENT_KEYS = frozenset({"comment", "comments", "remark", "remarks"})
_OWN_BIB_KEYS = ("bibtex", "bib", "cite", "citation")  # the keys a paper's own BibTeX entry is kept under


def _reference(item: dict[Any, Any]) -> str:
    """The paper's whole reference a mapping keeps as text: its `citation`, or a formatted reference where its own
    BibTeX entry may be kept (`bib: "MORAIS, D. C. S.; TEDESCO, P. Title. In: ..."`); "" when it keeps none."""
    for k in ("citation", "bib", "reference"):
        if isinstance(v := item.get(k), str) and v.strip() and not BIBTEX_ENTRY_START.match(v.lstrip()):
            return v
    return ""


# the keys whose value, when it is no BibTeX entry or address, is kept as written (`citation` is read as a venue)
_KEPT_AS_WRITTEN = (*(k for k in _OWN_BIB_KEYS if k not in _VENUE_KEYS), *_LINK_KEYS)
# the keys profile_from_data reads a paper's fields from (besides its links' and its year's, by their shapes)
_READ_KEYS = frozenset({"title", "school", "institution", "year", "date", "issued", "type", "id", "citation-key",
                        "editor", "editors", *_AUTHOR_KEYS, *_VENUE_KEYS, *_LINK_KEYS, *_OWN_BIB_KEYS})
_VALUE_END = lazy_compile(r"""\s*(?:["'<,;}\]|]|$)""")  # the end of a value in a data file's line
_VENUE_CHARS = 200  # longer values are abstracts and notes, not venues


def _lower_keys(node: dict[Any, Any]) -> dict[str, Any]:
    """The mapping with its keys in lower case ("Title", "arXiv", "DOI" are the keys "title", "arxiv", "doi"), and a
    field of one value given as a list of one string that string (NASA ADS's records: `title: [Title]`, `page:
    ['217']`, `doi: [...]`)."""
    out: dict[str, Any] = {}
    for k, v in node.items():
        key = str(k).lower()
        if key in _ONE_VALUE_KEYS and isinstance(v, list) and len(v) == 1 and isinstance(v[0], str):
            v = v[0]
        out.setdefault(key, v)
    return out


# the fields that hold one value (a list of one string under them is that string)
_ONE_VALUE_KEYS = frozenset({"title", "doi", "page", "pages", "volume", "issue", "number", "year", "pub", "journal",
                             "venue", "booktitle", "container-title"})


def _named(value: Any, keys: tuple[str, ...] = _NAME_KEYS) -> Any:
    """A venue given as a mapping ("journal: {name: Phys. Rev. B 114, 115112 (2026), url: ...}") by its name (the
    first of `keys` that holds one), or as a tuple of its name and what is not a name (a link's tuple) by its name."""
    if isinstance(value, dict):
        value = _lower_keys(value)
        return next((value[k] for k in keys if isinstance(value.get(k), str) and value[k].strip()), None)
    if isinstance(value, list) and value and isinstance(value[0], str) \
            and not any(isinstance(x, str) for x in value[1:]):
        return value[0]  # a name with its link in a tuple: Haskell's `Just ("ESOP", Just ("https://...", ...))`
    return value


def _titled(value: Any) -> tuple[str, str] | None:
    """A title kept as a mapping of its text and link (`title: {name: "Title", link: https://...}`): (text, link)."""
    if not isinstance(value, dict) or (text := _named(value, ("name", "text", "title", "label", "value"))) is None:
        return None
    link = _named(value, ("link", "url", "href")) or ""
    return text, link if link.startswith("http") else ""


def _link_of(title: str) -> str:
    """The address of a title written as a Markdown or HTML link ("[Title](https://doi.org/...)")."""
    m = re.search(r"\]\((https?://[^)\s]+)\)|href=[\"'](https?://[^\"']+)", title)
    return (m.group(1) or m.group(2)) if m else ""


class _Items(list[dict[str, Any]]):
    """Paper items, and the year of the group each was listed under (by its id()), where a group gives one."""

    years: dict[int, int]


# the keys of a paper's fields in the languages of the sites (a Turkish site's `{yazar, yil, baslik, dergi, cilt,
# sayi, sayfa}`, a Spanish one's `{titulo, autores, revista, año}`), and in the sites' own compounds ("paper_title"),
# by the key this reader knows
_KEY_SYNONYMS = {
    **dict.fromkeys(("titulo", "título", "titre", "titel", "titolo", "baslik", "başlık", "tytul", "tytuł", "naslov",
                     "název", "otsikko", "titlu", "标题", "題名", "题目", "제목", "タイトル", "paper_title",
                     "papertitle", "paper-title", "pubtitle", "pub_title"), "title"),
    **dict.fromkeys(("autores", "auteurs", "autoren", "autori", "yazar", "yazarlar", "autorzy", "auteur", "autor",
                     "作者", "著者", "저자", "auth", "auths"), "authors"),
    **dict.fromkeys(("año", "ano", "année", "annee", "jahr", "anno", "yil", "yıl", "rok", "年份", "年", "연도", "년도"),
                    "year"),
    **dict.fromkeys(("revista", "revue", "zeitschrift", "rivista", "dergi", "czasopismo", "期刊", "学术期刊", "저널",
                     "학술지", "tidskrift", "tijdschrift"), "journal"),
    **dict.fromkeys(("congreso", "conferencia", "congresso", "conferência", "konferans", "kongre", "konferenz",
                     "学术会议", "학술대회"), "conference"),
    **dict.fromkeys(("cilt", "volumen", "band", "tome", "tomo", "jahrgang"), "volume"),
    **dict.fromkeys(("sayi", "sayı", "número", "numero", "heft"), "issue"),
    **dict.fromkeys(("sayfa", "sayfalar", "páginas", "paginas", "seiten", "pagine", "strony", "页码", "페이지"),
                    "pages"),
}


# the fields a key may name with words about the paper or its publication around the field's own name ("Año de
# Publicación", "publication_year", "pubDate", "titlepub", "articleTitle"): the field of what is left
_OWN_KEYS = frozenset({"title", "authors", "author", "year", "date", "journal", "venue", "conference", "volume",
                       "issue", "pages"})
_AUTHORS_QUALIFIERS = frozenset({"first", "all", "full"})  # before an author key, words that still name the list
_QUALIFIERS = frozenset({"pub", "paper", "article", "artículo", "articulo", "artigo", "articolo", "publication",
                         "publicación", "publicacion", "publicação", "publicacao", "publicatie", "veröffentlichung",
                         "de", "del", "da", "do", "of", "the", "la"})
# ... but before a title only the paper's own words: a publication's title is its journal's (Zotero's "Publication
# Title"), and a book's its own field ("booktitle")
_TITLE_QUALIFIERS = frozenset({"pub", "paper", "article", "artículo", "articulo", "artigo", "articolo", "of", "the",
                               "de", "del", "da", "do", "la"})
_GLUED_QUALIFIER = lazy_compile(r"^(pub|paper|article)(?=[a-z]{4})|(?<=[a-z]{4})(pub|paper|article)$")


# the words of a key naming where a paper appeared, in a key that offers two ("journalOrConference")
_VENUE_WORDS = frozenset({"journal", "conference", "venue", "proceedings", "booktitle", "book", "workshop",
                          "symposium"})


@functools.lru_cache(maxsize=1024)
def key_synonym(key: str) -> str | None:
    """The field (a key of _OWN_KEYS or _KEY_SYNONYMS' value) a data file's key or a table's column names: as
    _KEY_SYNONYMS spells it, or a field's name with words about the paper or its publication around it, apart
    ("Año de Publicación", "publication year", "paper_title", "pubDate") or glued to it ("titlepub"); None for any
    other key ("publicationTitle", "booktitle", "paper")."""
    low = key.strip().lower()
    if (known := _KEY_SYNONYMS.get(low)) is not None:
        return known
    words = [w for w in re.split(r"[\s_\-.]+", _CAMEL.sub(" ", key.strip()).lower()) if w]
    if "or" in words[1:-1] and all(w in _VENUE_WORDS for w in words if w not in ("or", *_QUALIFIERS)):
        return "venue"  # "journalOrConference", "venue_or_journal": where it appeared, whichever it was
    if len(words) == 1:
        m = _GLUED_QUALIFIER.search(low)
        if m is None:
            return None
        rest, said = low[:m.start()] + low[m.end():], {m.group(0)}
    else:
        rest_words = [w for w in words if w not in _QUALIFIERS]
        if len(rest_words) == 2 and rest_words[0] in _AUTHORS_QUALIFIERS \
                and _KEY_SYNONYMS.get(rest_words[1], rest_words[1]) in ("author", "authors"):
            return "authors"  # "firstAuth", "allAuthors", "full_author_list": a Korean medicine page's whole list
        if len(rest_words) != 1:
            return None
        rest, said = rest_words[0], set(words) - {rest_words[0]}
    field = rest if rest in _OWN_KEYS else _KEY_SYNONYMS.get(rest)
    if field == "title" and not said <= _TITLE_QUALIFIERS:
        return None
    return "authors" if field == "author" else field


# the keys of a publication in the JSON Resume schema (jsonresume.org) by the key this reader knows: its name is the
# title, its publisher where it appeared (the journal, as the schema's example has it), its release date the date
_JSON_RESUME = {"name": "title", "publisher": "venue", "releaseDate": "date", "website": "url"}


def _europe_pmc(node: dict[Any, Any], info: dict[Any, Any]) -> dict[Any, Any]:
    """A result of Europe PMC's REST API (`resultType=core`, a lab site's saved search): its author string ("Lee A,
    Kim B") is the authors, `pubYear` (or the journal issue's year) the year, `journalInfo.journal.title` the journal,
    its volume and issue, `pageInfo` the pages; the structured `authorList` (names, affiliations, ORCIDs) is what the
    string says, kept as written, not read as names again, and so is the rest of `journalInfo`."""
    journal = j if isinstance(j := info.get("journal"), dict) else {}
    out = {("authors" if k == "authorString" else "europepmc_author_list" if k == "authorList" else k): v
           for k, v in node.items()}
    out.setdefault("year", node.get("pubYear") or info.get("yearOfPublication"))
    out.pop("pubYear", None)
    for key, value in (("journal", journal.get("title")), ("volume", info.get("volume")),
                       ("issue", info.get("issue")), ("pages", node.get("pageInfo"))):
        if value not in (None, "") and key not in out:
            out[key] = value
    out.pop("pageInfo", None)
    return out


def _known_keys(node: dict[Any, Any]) -> tuple[dict[Any, Any], dict[str, Any]]:
    """The mapping with the keys of other languages renamed to the reader's (each only when the mapping does not
    already have that key), and its title found when no key names it (_untitled_title), with its keys in lower case
    (_lower_keys); the mapping itself when there is nothing to rename."""
    if "releaseDate" in node and "name" in node and "title" not in node:
        # a JSON Resume's publication (academicpages' `_data/cv.json`): {name, publisher, releaseDate, url, summary}
        node = {_JSON_RESUME.get(k, k): v for k, v in node.items()}
    if "authorString" in node and "title" in node and isinstance(info := node.get("journalInfo", {}), dict):
        node = _europe_pmc(node, info)
    if any(isinstance(k, str) and k.lower() not in _OWN_KEYS and key_synonym(k) is not None for k in node):
        have = {str(k).lower() for k in node}
        out: dict[Any, Any] = {}
        for k, v in node.items():
            known = key_synonym(k) if isinstance(k, str) and k.lower() not in _OWN_KEYS else None
            out[known if known is not None and known not in have and known not in out else k] = v
        node = out
    low = _lower_keys(node)
    if (key := _untitled_title(node, low)) is not None:
        node = {("title" if k == key else k): v for k, v in node.items()}
        low = _lower_keys(node)
    return node, low


# the keys a paper's mapping keeps that are not its title, whatever their value reads like
_NOT_TITLE_KEYS = frozenset({"author", "authors", "year", "date", "month", "type", "kind", "category", "id", "key",
                             "status", "tags", "keywords", "lang", "language", *_VENUE_KEYS, *_LINK_KEYS,
                             *_NAME_KEYS,
                             # a note on the paper, whatever it reads like ("note: 'Editor's choice article'")
                             "note", "notes", "comment", "comments", "remark", "remarks", "caption", "tldr", "news",
                             "award", "awards", "highlight", "message", "talk"})


def _untitled_title(node: dict[Any, Any], low: dict[str, Any]) -> Any:
    """The key of a paper's title when no key names it: a mapping (`low`: its keys in lower case) with authors and a
    year or a venue, no title and no whole citation, and one string besides those of a few words ("{author: 'Kim J,
    Lee H', year: 2024, content: 'Title.', conference: 'HCI Korea'}", or its `name` beside a venue's key, or its
    `paper` there when it holds no year: a title, not a whole citation); None otherwise."""
    # a paper's `name` beside its venue's key is its title ("{name: 'Title', authors: ..., conference: ECCV}"), not
    # a venue's name or a whole citation
    named = any(k in low for k in _VENUE_KEYS)
    # ... and its `publication` beside another venue's key ("{publication: 'Title', authors: [...], venue: 'CoNLL
    # 2018', year: 2018}"), holding no year: its title, not its venue (the key's most common sense)
    beside = any(k in low for k in _VENUE_KEYS if k not in ("publication", "citation"))
    if "title" in low or not isinstance(low.get("author", low.get("authors")), (str, list)) \
            or not ("year" in low or named) \
            or any(k in low and not _title_under(k, low, named, beside) for k in _CITATION_KEYS):
        return None
    titles = [k for k, v in node.items() if isinstance(k, str)
              and (k.lower() not in _NOT_TITLE_KEYS or (named and k.lower() in _TITLE_NAMES)
                   or (beside and k.lower() == "publication"))
              and k.lower() not in _NOT_SHOWN_AS_LIST and isinstance(v, str) and "\n" not in v.strip()
              and not v.startswith(("http://", "https://", "/")) and 3 <= len(v.split()) <= _TITLE_WORDS]
    if len(titles) > 1 and named:  # "collaboration: '(In collaboration with X)'" beside the paper's name
        titles = [k for k in titles if k.lower() in _TITLE_NAMES or k.lower() == "publication"]
    return titles[0] if len(titles) == 1 else None


def _title_under(k: str, low: dict[str, Any], named: bool, beside: bool) -> bool:
    """Whether the key `k`, one a whole citation may be under, holds the title of a mapping with a venue's key
    (`named`; `beside`: a venue's key other than "publication"): `name`; `paper` or `publication` holding no year."""
    if not named:
        return False
    if k == "name":
        return True
    return k in _YEARLESS_TITLES and not YEAR_IN.search(str(low[k])) and (k != "publication" or beside)


_TITLE_WORDS = 60  # a longer string is an abstract or a note
# the keys that name a paper's title, not a whole citation, when its authors and venue have keys of their own ("{name:
# 'Title', authors: ..., conference: ECCV}", "{paper: 'Title', authors: ..., publisher: 'MobiCom 2024'}")
_TITLE_NAMES = frozenset({"name", "paper"})
_YEARLESS_TITLES = ("paper", "publication")  # a title under these keys holds no year (a whole citation does)


def _names_a_key(title: str, low: dict[str, Any]) -> bool:
    """Whether a title is the name of one of its own mapping's keys: `- title: year` over `year: 2022`, a template's
    marker for the year's heading among the papers, no paper."""
    name = title.strip().lower()
    return name != "title" and name in low


def paper_items(data: Any, listed: bool = False) -> list[dict[str, Any]]:
    """The mappings that carry a title and a paper's field (by its key, or an author list by what it says), in
    document order; in a data file named for a publication list (`listed`: "publicacoes.yml", DATA_NAME), a title and
    a date are enough (a Quarto listing's items, `{title, date, path, image}`: a blog's posts have as much, so not in
    a file of any other name); a mapping keyed by titles (`{"Title": {"year": 2013, "creds": "Lee A. & Kim B."}}`) gives
    its values with their titles. A key left empty is no field (a theme's `sidebar: {title: Academic articles,
    author: }`). A list grouped by year (`[{year: 2021, papers: [...]}]`, `{2021: [...]}`) gives each paper its group's
    year (the returned list's `years`, by the item's id()), as a year's heading does on a page."""
    out: list[dict[str, Any]] = []
    years: dict[int, int] = {}
    stack: list[tuple[Any, int | None]] = [(data, None)]
    while stack:
        node, year = stack.pop()
        if isinstance(node, dict):
            node, low = _known_keys(node)
            if (((isinstance(t := low.get("title"), str) and not _empty_title(t) and not _names_a_key(t, low))
                 or _titled(t))
                    and (_paper_fields({k: v for k, v in low.items() if v not in (None, "") and v != [] and v != {}})
                         or (listed and _dated(low.get("date"))))) \
                    or (t is None and _untitled_label(low) is not None):
                if _section_skipped(node) == "skip":
                    continue  # "{title: NSF EAGER ..., group: 'Grants, Fellowships & Awards'}": no paper
                out.append(node)
                if year is not None:
                    years[id(node)] = year
                continue
            year = _group_year(low.get("year")) or year
            values: list[tuple[Any, int | None]] = []
            for k, v in node.items():
                if isinstance(k, str) and isinstance(v, (dict, list)) and _OTHER_SECTION.fullmatch(_CAMEL.sub("_", k)):
                    continue  # a site's other sections beside its papers: "talks", "awards", "featuredPresentations"
                if isinstance(v, dict) and isinstance(k, str) and len(k.split()) >= _KEY_TITLE_WORDS \
                        and "title" not in (lv := _lower_keys(v)) and _paper_fields(lv):
                    v = {"title": k, **v}
                values.append((v, _group_year(k) or year))
            stack.extend(reversed(values))
        elif isinstance(node, list):
            stack.extend((x, year) for x in reversed(_header_rows(node) or node))
    items = _Items(_without_highlights(out))
    items.years = years
    return items


def inferred_items(data: Any, db: VenueDB) -> _Items:
    """The papers of a list of mappings whose keys name none of a paper's fields (`{date: 2024, paper: {name: "Title
    [pdf]", authors: "A, B", org: "The 31st ... Symposium (NDSS)", link: ...}}`), found by what the values say: the
    key whose values are author lists is the authors', one whose values the venue database names is the venue's, a
    year's, and the one whose values read as titles (a few words to a sentence, each its own, no link, no names) is the
    title's. Only a list of _INFERRED_MIN mappings or more, and only with a title's key and an author's or a venue's
    beside it; a mapping with one mapping inside (the paper, its date beside it) is read as one. The keys found are
    renamed, the others kept as the file names them."""
    lists: list[list[dict[Any, Any]]] = []
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, list):
            maps = [x for x in node if isinstance(x, dict)]
            if len(maps) >= _INFERRED_MIN and 2 * len(maps) >= len(node):
                lists.append(maps)
            else:
                stack.extend(x for x in node if isinstance(x, (dict, list)))
    for maps in lists:
        flat = [_with_inner_mapping(m) for m in maps]
        if (keys := _inferred_keys(flat, db)) is not None:
            out = _Items({keys[k] if k in keys and keys[k] not in m else k: v for k, v in m.items()} for m in flat)
            out.years = {}
            return out
    return _Items()


_INFERRED_MIN = 3  # mappings in a list whose keys are read by their values


def _with_inner_mapping(m: dict[Any, Any]) -> dict[Any, Any]:
    """A mapping with one mapping among its values (`{date: 2024, paper: {...}}`) as one mapping: the inner one's keys
    with the outer one's other keys beside them."""
    inner = [v for v in m.values() if isinstance(v, dict)]
    if len(inner) != 1:
        return m
    return {**{k: v for k, v in m.items() if not isinstance(v, dict)}, **inner[0]}


def _inferred_keys(maps: list[dict[Any, Any]], db: VenueDB) -> dict[Any, str] | None:
    """Which key of these mappings holds the title, the authors, the venue and the year (by what their values say,
    see inferred_items), or None when no title's key and no author's or venue's key beside it can be told."""
    from .collection import _plain

    n = len(maps)
    keys = [k for k in dict.fromkeys(k for m in maps for k in m) if isinstance(k, str)]

    def strings(k: str) -> list[str]:
        return [_plain(v).strip() for m in maps if isinstance(v := m.get(k), str) and v.strip()]

    found: dict[Any, str] = {}
    for k in keys:
        if 2 * sum(1 for m in maps if _authors_in(m.get(k))) >= n:
            found[k] = "authors"
            break
    for k in keys:
        values = [m.get(k) for m in maps]
        if k not in found and 5 * sum(1 for v in values if (isinstance(v, int) and 1900 <= v <= LATEST_YEAR)
                                      or (isinstance(v, str) and _dated(v) and len(v) <= 12)) >= 4 * n:
            found[k] = "year"
            break
    titles: list[tuple[float, str]] = []
    for k in keys:
        vals = strings(k)
        if k in found or 5 * len(vals) < 4 * n or any(v.startswith(("http", "/", "www.")) for v in vals):
            continue
        words = [max(len(v.split()), len(CJK_CHAR.findall(v)) // 2) for v in vals]  # (two characters a word)
        if not 3 <= sum(words) / len(words) <= _TITLE_WORDS // 2 or 10 * len(set(vals)) < 9 * len(vals):
            continue
        named = sum(1 for v in vals[:20] if (m := db.match(v)).venue is not None and m.method == "alias")
        if 2 * named >= min(len(vals), 20):
            if "venue" not in found.values():
                found[k] = "venue"
            continue
        titles.append((sum(words) / len(words), k))
    titles.sort(reverse=True)
    if len(titles) == 2 and titles[0][0] >= 1.5 * titles[1][0] and "venue" not in found.values():
        # a title and a venue the database does not know ("《软件学报》"): the title is the longer by far
        found[titles.pop()[1]] = "venue"
    if len(titles) != 1 or not ({"authors", "venue"} & set(found.values())):
        return None  # no title, or two keys that read as titles alike: nothing says which
    found[titles[0][1]] = "title"
    return found


def _dated(value: Any) -> bool:
    """Whether a `date` value gives a year: a date ("2024-11-06", YAML's own date) or a year."""
    if isinstance(value, (datetime.date, datetime.datetime)):
        return True
    return isinstance(value, (str, int)) and not isinstance(value, bool) and YEAR_IN.search(str(value)) is not None


def _untitled_label(item: dict[str, Any]) -> str | None:
    """A paper mapping that gives no title but names the paper by an identifier and says where it appeared (`{cite:
    "10.1145/3552326.3567488", dblp: "conf/eurosys/YoonOOMK23", where: "Proceedings of ... (EuroSys)"}`, a layout
    that fetches the rest): its DBLP key (alone enough: DBLP's keys name papers) or its DOI (with where it appeared),
    as the record's label (its title stays unknown, never made up); None for any other mapping."""
    from .collection import _s

    if _DBLP_KEY.fullmatch(dblp := _s(item.get("dblp")).strip()):
        return dblp  # (DBLP's keys name papers only)
    if not any(_s(item.get(k)).strip() for k in _VENUE_KEYS if k not in ("citation", "publisher")):
        return None
    return next((v for k in ("doi", "cite") if DOI.fullmatch(v := _s(item.get(k)).strip())), None)


_DBLP_KEY = lazy_compile(r"(?:conf|journals|books|phd|series|reference|tr)/[\w\-]+/[\w\-.:]+")


def _group_year(value: Any) -> int | None:
    """The year a group's key or `year` value names: 2021, "2021" (not "2021-2023", not a title)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if 1900 <= value <= LATEST_YEAR else None
    if isinstance(value, str) and (m := _YEAR_WORD.fullmatch(value.strip())):
        return int(m.group(1))
    return None


def _without_highlights(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The items but those taken only for a link to a paper's page (see _paper_fields) that another item, a paper by
    its fields, links too: a site's research highlights over its list (`{title: 'Laser lithography on MOFs', link:
    doi}` beside the list's own entry for that DOI)."""
    read = [(x, _fields_besides_address(low := _lower_keys(x)),
             {i for v in low.values() if _paper_address(v) for i in ids_from_url(v).values()}) for x in items]
    listed = set().union(*(ids for _, by_fields, ids in read if by_fields))
    return [x for x, by_fields, ids in read if by_fields or not ids & listed]


def _header_rows(rows: list[Any]) -> list[dict[str, Any]]:
    """A table kept as rows of strings under a row of column names (`[["Authors", "Year", "Title", "Journal"],
    ["Lee, A.", "2021", "A Title", "Icarus"], ...]`; each row also as the one list of a mapping, TOML's `[[row]]
    data = [...]`), as one mapping per row keyed by the column names; [] when the list is no such table."""
    if len(rows) < 2:
        return []
    cells = [r if isinstance(r, list) else next(iter(r.values())) if isinstance(r, dict) and len(r) == 1 else None
             for r in rows]
    if not all(isinstance(c, list) and c and all(isinstance(x, str) for x in c) for c in cells):
        return []
    head = [h.strip().lower() for h in cells[0]]  # type: ignore[union-attr]
    if "title" not in head or not set(head) & _PAPER_KEYS or len(set(head)) != len(head):
        return []
    return [dict(zip(cells[0], c, strict=True)) for c in cells[1:] if len(c) == len(head)]  # type: ignore[arg-type]


_KEY_TITLE_WORDS = 3  # a key of three words or more can be a title ("Micro-structural assessment of plasticity")


def _paper_fields(item: dict[str, Any]) -> bool:
    """A mapping (keys in lower case) has a paper's field: by its key, or a value that reads as an author list or as
    the rest of a citation after its title, or a link to a paper's DOI or arXiv page (`{kicker: 'JHEP · 2025', title:
    ..., url: 'https://doi.org/10.1007/...'}`, a site's highlights)."""
    return _fields_besides_address(item) or any(_paper_address(v) for k, v in item.items() if k != "title")


def _fields_besides_address(item: dict[str, Any]) -> bool:
    # (a citation's rest among the string values, a link's text too: "display: A. Lee. 2026, X")
    return bool(item.keys() & _PAPER_KEYS) or any(_authors_in(v) for k, v in item.items() if k != "title") \
        or any(_cited_rest(v) for k, v in _strings(item) if k != "title")


def _paper_address(value: Any) -> bool:
    """Whether a value is the address of a paper's page that names it: a DOI's or arXiv's."""
    return isinstance(value, str) and value.startswith(("http://", "https://")) and len(value) < 500 \
        and bool(ids_from_url(value).keys() & {"doi", "arxiv"})


# a citation without its title, under a key of the site's own ("rest": "<i>A. Lee</i> & B. Kim. (2023). Journal of
# X, 68(3), 486-513"): names, the year (in brackets or not), then the venue and its numbers
_REST = lazy_compile(rf"(?P<names>[^\d()]{{2,300}}?)[\s.,;:]*\(?(?:(?P<year>(?:19|20)\d{{2}})[a-z]?|(?P<status>"
                     rf"{_STATUS}))\)?[.,:;]\s*(?P<venue>\S.{{1,300}})", re.S | re.I)


def _cited_rest(value: Any) -> tuple[list[str], int | None, str] | None:
    """The names, year and venue of a value that is a citation's rest after its title (see _REST): one name or more,
    each shaped like a name, before the year (or a status in its place: "(accepted)", the year None); None for
    anything else."""
    if not isinstance(value, str) or len(value) > 1_000 or not (m := _REST.fullmatch(value.strip())):
        return None
    from .collection import _plain

    names = [without_marks(n) for n in split_name_list(_plain(m.group("names")).strip(" .,;:"))[0]]
    if not names or not all(looks_like_name(n) for n in names):
        return None  # ("Guihao Yan#, Qing Cai#, ...": the names without their marks of equal contribution)
    venue = _plain(m.group("venue")).strip(" .,;")
    year = int(m.group("year")) if m.group("year") else None
    return (names, year, venue if year else f"{venue} ({m.group('status')})") if venue[:1].isalpha() else None


def _authors_in(value: Any) -> list[str]:
    """The names of a value that is an author list and nothing else ("Kai Wu, M. B. N. Kouwenhoven, and Rainer
    Spurzem.", or a list holding one such string): two names or more, each shaped like a name, no digits."""
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    if not isinstance(value, str):
        return []
    # "with A. Gross and L. Herr | Bulletin of the LMS": the co-authors (one is a list too), the other fields apart
    least = 1 if _WITH.match(value) else 2
    if least == 1:
        value = _WITH.sub("", _FIELD_BAR.split(value)[0])
    if any(c.isdigit() for c in value) or value.startswith(("http", "/")):
        return []
    from .collection import _plain

    names = split_name_list(_plain(value))[0]
    return names if len(names) >= least and all(_name_like(n) for n in names) else []


def _name_like(name: str) -> bool:
    """Whether one name of a list is shaped like a person's: a name written "Surname, Initials" (APA's "McWilliams, J.
    M.") with its comma left out; a word in brackets is none ("Landon, B. E. (Forthcoming)" is no name alone)."""
    name = _COMPACT_INITIALS.sub(". ", name)  # "Zinn, J.C.": initials written without a space are initials
    return "(" not in name and looks_like_name(name.replace(",", " ", 1) if name.count(",") == 1 else name)


_COMPACT_INITIALS = lazy_compile(r"(?<=\b[A-Z])\.(?=-?[A-Z]\.)")


_FIELD_BAR = lazy_compile(r"\s+[|·•]\s+")  # fields of one value set apart ("with A. Lee | Journal of Algebra 651")


def _line_of(text: str, lines: list[str], starts: list[int], title: str, written: str = "", start: int = 0) -> int:
    """The line of the title's key ("title: ..."), else the first line that holds the title (a table's row), in a
    file's `text`, its `lines` and where each starts. The search begins where the title first occurs from line
    `start` on (the papers come in the file's order: a title whose first words open an earlier paper's title,
    "Adjustable Robust Optimization with ..." after "... for Adjustable Robust Optimization with ...", is not found
    on that paper's line), else anywhere: one search of the text, not one per line, so that a file of many papers is
    read in time linear in its size. Best is the whole title, as `written` in the file (with its markup and, in
    JSON, its escapes) or as read, where it ends the line's value on a title line; a title inside another value (the
    paper's own BibTeX: "title = {... Robust Scheduling with ...}") or its first 30 characters (the file may write
    the rest otherwise) only if nothing better comes within _LINE_LOOKAHEAD lines."""
    whole = [p for p in dict.fromkeys((written, title, json.dumps(written, ensure_ascii=False)[1:-1])) if p]
    probes = [*whole, title[:30]]
    off = starts[start] if start < len(starts) else len(text)
    # near the last paper first (a file in order: the next title is close), then after it, then anywhere
    hit = _near(text, probes, off)
    if hit < 0:
        hit = _first_at(text, probes, off, len(text))
    if hit < 0:
        hit = _first_at(text, probes, 0, len(text))
    if hit < 0:
        return 1  # not in the file as written
    lo = bisect.bisect_right(starts, hit) - 1
    best, best_rank, stop = 1, 6, len(lines)
    for i in range(lo, len(lines)):
        if i >= stop:
            break
        ln = lines[i]
        rank = 6
        for probe in whole:
            if (at := ln.find(probe)) >= 0:
                rank = min(rank, 0 if _VALUE_END.match(ln, at + len(probe)) else 2)
        if rank == 6 and title[:30] in ln:
            rank = 4
        if rank < 6 and "title" not in ln.lower():
            rank += 1
        if rank < best_rank:
            if best_rank == 6:
                stop = min(len(lines), i + _LINE_LOOKAHEAD)
            best, best_rank = i + 1, rank
            if rank == 0:
                break
    return best


def _first_at(text: str, probes: list[str], lo: int, hi: int) -> int:
    """Where the first of the probes found in text[lo:hi] starts (-1: none), the whole probe inside; once one is
    found, the others are looked for only where they would start before it."""
    best = -1
    for p in probes:
        h = text.find(p, lo, hi if best < 0 else min(hi, best + len(p)))
        if h >= 0 and (best < 0 or h < best):
            best = h
    return best


def _near(text: str, probes: list[str], off: int) -> int:
    """_first_at within _FIND_NEAR characters of `off`, looked for in the first _FIND_FIRST of them first (a probe the
    file does not hold as written, such as a title whose quotes JSON escapes, is then not looked for through the
    whole window for every paper); a probe that starts before the one found there but ends past it is still found."""
    found = _first_at(text, probes, off, min(off + _FIND_FIRST, off + _FIND_NEAR))
    if found < 0:
        return _first_at(text, probes, off, off + _FIND_NEAR)
    return _first_at(text, probes, off, min(off + _FIND_NEAR, found + max(map(len, probes))))


_LINE_LOOKAHEAD = 50
_FIND_NEAR = 1 << 16  # characters after the last paper's line searched first
_FIND_FIRST = 1 << 12  # ... and of those, these first
