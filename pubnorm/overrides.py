"""A person's word on duplicates, kept beside the sources: "these are the same paper", "these are not".

    # pubnorm-overrides.yaml
    same:
      - ["doi:10.1000/abc", "lab/alice.md:42"]
    different:
      - ["Atypical hemolytic uremic syndrome (2009, Noris)", "Atypical hemolytic uremic syndrome (2011, Loirat)"]

A record is named by an identifier (`doi:`, `arxiv:`), by where it was read (`file:line`, as `pubnorm dedupe`
shows it; the end of the path is enough), or by its title, optionally with `(year)` or `(year, surname)`.
`dedupe` and `export` join every record of a `same` entry and never join records named in different places
of a `different` entry, whatever the evidence says; each use is reported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .model import Diagnostic, Publication
from .text import arxiv_base, fold, title_key

FILE_NAME = "pubnorm-overrides.yaml"


class OverridesError(Exception):
    """An overrides file that cannot be used (unreadable, not YAML, wrong shape)."""


@dataclass(frozen=True)
class Entry:
    kind: str  # "same" or "different"
    refs: tuple[str, ...]
    where: str  # file:line of the entry


@dataclass
class Overrides:
    entries: list[Entry] = field(default_factory=list)

    def matches(self, pubs: Sequence[Publication]) -> list[tuple[Entry, list[list[int]]]]:
        """Each entry with the records each of its references names."""
        index = _Index(pubs)
        return [(e, [index.find(r) for r in e.refs]) for e in self.entries]

    def together(self, pubs: Sequence[Publication]) -> list[tuple[int, int, str]]:
        """Pairs a `same` entry joins: the first record named with every other."""
        out: list[tuple[int, int, str]] = []
        for e, found in self.matches(pubs):
            if e.kind == "same":
                named = [i for f in found for i in f]
                out.extend((named[0], j, e.where) for j in named[1:])
        return out

    def apart(self, pubs: Sequence[Publication]) -> set[tuple[int, int]]:
        """Pairs a `different` entry keeps apart (both orders)."""
        out: set[tuple[int, int]] = set()
        for e, found in self.matches(pubs):
            if e.kind != "different":
                continue
            for k, a in enumerate(found):
                for b in found[k + 1:]:
                    out.update((i, j) for i in a for j in b if i != j)
                    out.update((j, i) for i in a for j in b if i != j)
        return out

    def report(self, pubs: Sequence[Publication]) -> list[Diagnostic]:
        """A warning for each entry used (so it is seen) and for each reference that names no record."""
        out = []
        for e, found in self.matches(pubs):
            path, _, line = e.where.rpartition(":")
            for ref, f in zip(e.refs, found, strict=True):
                if not f:
                    out.append(Diagnostic("W320", "warning", f"override reference {ref!r} names no record", path, int(line)))
            if all(found):
                verb = "joined as one paper" if e.kind == "same" else "kept apart"
                n = sum(len(f) for f in found)
                # a warning, so that it is shown: a person's word changed what the evidence would have said
                out.append(Diagnostic("W321", "warning", f"override used: {n} records {verb} ({'; '.join(e.refs)})", path, int(line)))
        return out


_YEAR_NAME = re.compile(r"\s*\((\d{4})(?:\s*,\s*([^)]+))?\)\s*$")
_WHERE = re.compile(r"^(.+):(\d+)$")


class _Index:
    def __init__(self, pubs: Sequence[Publication]):
        self.pubs = pubs
        self.ids: dict[str, list[int]] = {}
        self.titles: dict[str, list[int]] = {}
        for i, p in enumerate(pubs):
            for k, v in p.ids.items():
                self.ids.setdefault(f"{k}:{_norm(k, v)}", []).append(i)
            if p.title:
                self.titles.setdefault(title_key(p.title), []).append(i)

    def find(self, ref: str) -> list[int]:
        ref = ref.strip()
        kind, _, value = ref.partition(":")
        if kind.lower() in ("doi", "arxiv", "acl", "openreview") and value:
            return self.ids.get(f"{kind.lower()}:{_norm(kind.lower(), value)}", [])
        m = _WHERE.match(ref)
        if m and not m.group(1).endswith(" "):
            path, line = m.group(1), int(m.group(2))
            hits = [i for i, p in enumerate(self.pubs)
                    if any(s.line == line and (s.path == path or s.path.endswith("/" + path)) for s in p.sources)]
            if hits:
                return hits
        m = _YEAR_NAME.search(ref)
        title = ref[: m.start()] if m else ref
        hits = self.titles.get(title_key(title), [])
        if m:
            year, name = int(m.group(1)), fold(m.group(2) or "")
            hits = [i for i in hits if self.pubs[i].year == year
                    and (not name or any(name in fold(a) for a in self.pubs[i].authors[:1]))]
        return hits


def _norm(kind: str, value: str) -> str:
    value = value.strip().lower()
    return arxiv_base(value) if kind == "arxiv" else value


def load_overrides(paths: Sequence[Path]) -> Overrides:
    """The entries of every overrides file given, in order; a file of the wrong shape raises OverridesError."""
    import yaml

    out = Overrides()
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8")
            node = yaml.compose(text)
        except (OSError, yaml.YAMLError) as e:
            raise OverridesError(f"{path}: cannot read overrides: {e}") from e
        if node is None:
            continue
        if not isinstance(node, yaml.MappingNode):
            raise OverridesError(f"{path}:1: overrides must be a mapping with 'same' and/or 'different' lists")
        for key_node, value in node.value:
            kind = key_node.value
            if kind not in ("same", "different") or not isinstance(value, yaml.SequenceNode):
                raise OverridesError(f"{path}:{key_node.start_mark.line + 1}: expected 'same:' or 'different:' "
                                     "followed by a list of lists of records")
            for item in value.value:
                refs = [str(x.value) for x in getattr(item, "value", [])] if isinstance(item, yaml.SequenceNode) else []
                if len(refs) < 2:
                    raise OverridesError(f"{path}:{item.start_mark.line + 1}: each entry names two or more records, "
                                         "e.g. [\"doi:10.1/x\", \"alice.md:42\"]")
                out.entries.append(Entry(kind, tuple(refs), f"{path}:{item.start_mark.line + 1}"))
    return out


def find_overrides(paths: Sequence[str | Path]) -> list[Path]:
    """The overrides files kept beside the inputs: FILE_NAME in each folder given or holding a file given."""
    found: list[Path] = []
    for raw in paths:
        p = Path(raw)
        try:
            f = (p if p.is_dir() else p.parent) / FILE_NAME
            if f.is_file() and f not in found:
                found.append(f)
        except OSError:
            continue  # an input that cannot be looked at is reported by the reader, not here
    return found
