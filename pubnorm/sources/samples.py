"""Template leftovers: the example papers that academicpages, al-folio, acad-homepage and Hugo Blox ship,
recognised by the templates' own titles, authors and identifiers (pubnorm/data/template_samples.yaml, each
group with the repository and commit it was read from)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..model import Diagnostic, Profile, Publication
from ..text import arxiv_base, fold, title_key

DATA = Path(__file__).resolve().parent.parent / "data" / "template_samples.yaml"


@dataclass(frozen=True)
class Sample:
    """One example paper of a template."""

    template: str
    title: str  # a title key; with `prefix` any title starting with it
    prefix: bool = False
    placeholder: bool = False  # the title alone is enough
    author: str = ""  # a folded surname
    ids: tuple[tuple[str, str], ...] = ()


@lru_cache(maxsize=1)
def load_samples() -> tuple[Sample, ...]:
    """The table of template samples."""
    from ..yamlsafe import read_yaml_file

    _, data = read_yaml_file(DATA)
    out = []
    for group in data["templates"]:
        for s in group["samples"]:
            title = s.get("title") or s["title_prefix"]
            ids = tuple((k, str(s[k]).lower()) for k in ("doi", "arxiv") if s.get(k))
            out.append(Sample(group["template"], title_key(title), "title_prefix" in s, bool(s.get("placeholder")),
                              fold(s.get("author") or ""), ids))
    return tuple(out)


def sample_of(pub: Publication) -> Sample | None:
    """The template sample this record is, or None."""
    if not pub.title:
        return None
    key = title_key(pub.title)
    for s in load_samples():
        if not (key.startswith(s.title) if s.prefix else key == s.title):
            continue
        if s.placeholder:
            return s
        if s.author and any(s.author in fold(a).split() for a in pub.authors):
            return s
        if any(_id(pub, k) == v for k, v in s.ids):
            return s
    return None


def _id(pub: Publication, kind: str) -> str:
    v = pub.ids.get(kind, "").lower()
    return arxiv_base(v) if kind == "arxiv" else v


def drop_samples(profiles: list[Profile]) -> list[Diagnostic]:
    """Remove template samples from the profiles; one warning naming the files they came from."""
    files: dict[str, str] = {}
    count = 0
    for prof in profiles:
        kept = []
        for pub in prof.publications:
            s = sample_of(pub)
            if s is None:
                kept.append(pub)
            else:
                count += 1
                files.setdefault(prof.path, s.template)
        prof.publications = kept
    if not files:
        return []
    names = sorted(files)
    shown = ", ".join(names[:8]) + (f" and {len(names) - 8} more" if len(names) > 8 else "")
    templates = ", ".join(sorted(set(files.values())))
    message = (f"{count} template sample record(s) skipped ({templates} example content, not the owner's papers) "
               f"in {shown}; delete them from the site, or pass --keep-samples to keep them")
    return [Diagnostic("W310", "warning", message, names[0], 1)]
