"""What the site writers share: file names, dates, the owner, front matter, and one overwrite policy.

A site export is a *plan* first (every file with what would happen to it: created, changed, unchanged, left
alone and why), then written. Generated files carry a content hash (`pubnorm_hash` in front matter, a
`@comment{pubnorm_hash: ...}` first line in a .bib): the SHA-256 of the file without that line. A file whose
text no longer matches its hash was edited by a person after pubnorm wrote it, and is left alone unless
`force`. A file that matches a paper but has no hash (written by hand, or by another tool) is updated in
place: its front matter merged (the keys pubnorm writes replaced, every other key kept), its body kept;
a .bib of one paper without a hash (a `cite.bib` written by hand) is left alone unless `force`. A file that
is one of the run's inputs is changed only with `in_place`.
"""

from __future__ import annotations

import datetime
import hashlib
import os
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..model import Publication
from ..text import title_key

HASH_KEY = "pubnorm_hash"
_HASH_LINE = re.compile(r"(?m)^(?:pubnorm_hash: ?|@comment\{pubnorm_hash: ?)([0-9a-f]{16})\}?\n")


class PlanError(Exception):
    """The output folder cannot be used (not a folder); the message says why."""


@dataclass(frozen=True)
class FileChange:
    """One file of a site export: its path (relative to the output folder), its new text and what happens to it."""

    path: str
    text: str
    action: str  # "create", "update", "unchanged", "keep" (left alone: `reason` says why)
    reason: str = ""


@dataclass
class Plan:
    """Every file a site export would touch, in a fixed order, and warnings about the records."""

    root: Path
    changes: list[FileChange] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        out = {"create": 0, "update": 0, "unchanged": 0, "keep": 0}
        for c in self.changes:
            out[c.action] += 1
        return out


# --- names and dates ------------------------------------------------------------------------------------

def slugify(text: str, words: int = 8) -> str:
    """A file-name slug: ASCII letters and digits, lower case, hyphens, at most `words` words ("untitled" if none)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    parts = re.findall(r"[a-z0-9]+", text)
    return "-".join(parts[:words]) or "untitled"


_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"), 1)}


def month_number(month: str | None) -> int | None:
    """The month a record gives ("jul", "07", "July", "7"), as a number; None when it gives none or no month."""
    if not month:
        return None
    m = month.strip().lower()
    if m.isdigit():
        return int(m) if 1 <= int(m) <= 12 else None
    return _MONTHS.get(m[:3])


def paper_date(p: Publication) -> tuple[datetime.date | None, str]:
    """The date a site page is dated by, and how much of it is known ("month" or "year"). Nothing is invented:
    the date is the first day of what the record says (2024 -> 2024-01-01), and the second value says that the
    day (and the month) are not facts. None when the record has no year (the page gets no date)."""
    if not p.year or not 1000 <= p.year <= 9999:
        return None, ""
    month = month_number(p.month)
    return datetime.date(p.year, month or 1, 1), "month" if month else "year"


def guess_owner(pubs: Sequence[Publication], owners: Sequence[str | None]) -> str | None:
    """The site owner: the owner a read page named (the most common one), else None (no guessing from authors)."""
    named = [o for o in owners if o]
    if not named:
        return None
    return max(sorted(set(named)), key=named.count)


# --- front matter ---------------------------------------------------------------------------------------

def dump_yaml(meta: dict[str, Any]) -> str:
    """Front-matter YAML: keys in the given order, UTF-8 kept, no line folding (deterministic)."""
    import yaml

    class Dumper(yaml.SafeDumper):
        def ignore_aliases(self, data: Any) -> bool:
            return True  # one date object under two keys is written twice, not as an anchor and an alias

    return str(yaml.dump(meta, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=1_000_000,
                         default_flow_style=False))


def stamp(front: str, body: str) -> str:
    """A Markdown file with front matter and the content hash as its last front-matter line."""
    text = f"---\n{front}---\n{body}"
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    return f"---\n{front}{HASH_KEY}: {digest}\n---\n{body}"


def stamp_bib(text: str) -> str:
    """A .bib file with the content hash as its first line (a BibTeX comment every reader skips)."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    return f"@comment{{{HASH_KEY}: {digest}}}\n{text}"


def written_by_pubnorm(text: str) -> bool | None:
    """True: pubnorm wrote the file and nobody changed it since; False: a person edited it after pubnorm wrote
    it; None: pubnorm did not write it (no hash)."""
    m = _HASH_LINE.search(text)
    if m is None:
        return None
    rest = text[: m.start()] + text[m.end():]
    return hashlib.sha256(rest.encode("utf-8")).hexdigest()[:16] == m.group(1)


def split_markdown(text: str) -> tuple[dict[str, Any], str] | None:
    """(front matter, body) of a Markdown file with YAML front matter; None when it has none that reads."""
    from ..yamlsafe import YAMLLoadError, load_yaml

    m = re.match(r"---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|$)", text, re.S)
    if m is None:
        return None
    try:
        meta = load_yaml(m.group(1) or "", "<front matter>")
    except (YAMLLoadError, Exception):  # an alias bomb too: such a file is left alone
        return None
    return (meta if isinstance(meta, dict) else {}), text[m.end():]


def merge_front(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """The old front matter with the keys pubnorm writes replaced by their new values, in their places; every
    other old key kept (a key the record has no value for too: nothing a person wrote is dropped); new keys
    after them."""
    out: dict[str, Any] = {}
    for k, v in old.items():
        if k != HASH_KEY:
            out[k] = new.get(k, v)
    for k, v in new.items():
        out.setdefault(k, v)
    return out


# --- matching existing files ------------------------------------------------------------------------------

def record_keys(p: Publication) -> list[str]:
    """What identifies a paper across files: its DOI, arXiv id, and title key."""
    keys = [f"{k}:{v.lower()}" for k, v in sorted(p.ids.items()) if k in ("doi", "arxiv", "acl", "openreview")]
    if p.title:
        keys.append("title:" + title_key(p.title))
    return keys


def meta_keys(meta: dict[str, Any]) -> list[str]:
    """The same keys for a page's front matter (academicpages and Hugo Blox keys)."""
    from ..text import arxiv_base, clean_doi, ids_from_url

    ids: dict[str, str] = {}
    hb = meta.get("hugoblox")
    for k, v in ((hb.get("ids") or {}) if isinstance(hb, dict) and isinstance(hb.get("ids"), dict) else {}).items():
        if isinstance(v, (str, int)):
            ids.setdefault({"acl_id": "acl"}.get(str(k), str(k)), str(v))
    for k in ("doi", "arxiv"):
        if isinstance(meta.get(k), str):
            ids.setdefault(k, meta[k])
    for k in ("paperurl", "url", "pub_link", "arxiv_link", "url_pdf", "pdfurl"):
        if isinstance(meta.get(k), str):
            for ik, iv in ids_from_url(meta[k]).items():
                ids.setdefault(ik, iv)
    if "doi" in ids:
        ids["doi"] = clean_doi(re.sub(r"^https?://(?:dx\.)?doi\.org/", "", ids["doi"]))
    if "arxiv" in ids:
        ids["arxiv"] = arxiv_base(ids["arxiv"])
    keys = [f"{k}:{v.lower()}" for k, v in sorted(ids.items()) if k in ("doi", "arxiv", "acl", "openreview")]
    if isinstance(meta.get("title"), str):
        keys.append("title:" + title_key(re.sub(r"<[^>]+>", "", meta["title"])))
    return keys


def existing_pages(root: Path, pattern: str) -> tuple[Existing, set[str]]:
    """The paper pages already in a site (`pattern` under root, "_publications/*.md" or
    "content/publications/*/index.md"), by DOI, arXiv id and title; and every such page's path."""
    index = Existing()
    present: set[str] = set()
    for path in sorted(root.glob(pattern)) if root.is_dir() else []:
        rel = path.relative_to(root).as_posix()
        present.add(rel)
        try:
            parts = split_markdown(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            continue
        if parts is not None:
            index.add(rel, meta_keys(parts[0]))
    return index, present


def merged_into(meta: dict[str, Any]) -> Callable[[str], str]:
    """How a page already there takes these values: its front matter merged (merge_front), its body kept; a
    page whose front matter does not read is left as it is (nothing safe to merge into)."""
    def merge(old: str) -> str:
        parts = split_markdown(old)
        if parts is None:
            return old
        return stamp(dump_yaml(merge_front(parts[0], meta)), parts[1])
    return merge


@dataclass
class Existing:
    """The files already in the output folder, by what they identify; each is matched to one record at most."""

    by_key: dict[str, str] = field(default_factory=dict)
    taken: set[str] = field(default_factory=set)

    def add(self, rel: str, keys: list[str]) -> None:
        for k in keys:
            self.by_key.setdefault(k, rel)

    def match(self, p: Publication, default: str, exists: bool) -> str:
        """The file for this record: the one at its own name when that exists, else one holding the same
        paper, else its own name."""
        if exists and default not in self.taken:
            self.taken.add(default)
            return default
        for k in record_keys(p):
            rel = self.by_key.get(k)
            if rel is not None and rel not in self.taken:
                self.taken.add(rel)
                return rel
        self.taken.add(default)
        return default


def decide(root: Path, rel: str, new_text: str, *, force: bool, inputs: set[str], in_place: bool,
           merge: Any = None) -> FileChange:
    """What happens to one file: created, changed, unchanged or left alone (edited by a person, an input).
    `merge(old_text) -> text` builds the new text over a file that exists and was not written by pubnorm
    (or was edited, with force); without it the new text replaces the old."""
    path = root / rel
    try:
        old = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return FileChange(rel, new_text, "create")
    except (OSError, UnicodeDecodeError) as e:
        return FileChange(rel, "", "keep", f"cannot read it ({getattr(e, 'strerror', None) or e})")
    state = written_by_pubnorm(old)
    if state is False and not force:
        return FileChange(rel, "", "keep", "edited after pubnorm wrote it (its pubnorm_hash no longer matches; "
                          "--force replaces it)")
    if state is None and merge is None and not force:
        return FileChange(rel, "", "keep", "not written by pubnorm (no pubnorm_hash) and not a page it can merge "
                          "into; --force replaces it")
    text = new_text if state is True or merge is None else merge(old)
    if text == old:
        return FileChange(rel, text, "unchanged")
    if os.path.realpath(path) in inputs and not in_place:
        return FileChange(rel, "", "keep", "it is one of the inputs (--in-place updates it)")
    return FileChange(rel, text, "update")


def apply_plan(plan: Plan) -> None:
    """Write the files the plan creates or changes, each atomically (a temporary file, then a rename)."""
    from . import write_atomic

    for c in plan.changes:
        if c.action in ("create", "update"):
            target = plan.root / c.path
            target.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(target, c.text)


def check_root(root: Path) -> None:
    """The output folder: missing (made when written) or a folder; anything else is a PlanError."""
    if root.exists() and not root.is_dir():
        raise PlanError(f"{root} is not a folder: a site export writes into a folder (-o DIR)")


def sort_newest_first(pubs: Sequence[Publication]) -> list[Publication]:
    """Newest first, as the templates list papers (year, then month), ties kept in input order."""
    def key(p: Publication) -> tuple[int, int]:
        return (-(p.year or 0), -(month_number(p.month) or 0))

    return sorted(pubs, key=key)
