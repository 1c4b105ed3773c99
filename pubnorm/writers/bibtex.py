"""BibTeX output via bibtexparser v2: every value escaped so that homepage text stays inert text."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from ..model import Publication
from ..records import make_keys

_SPECIAL = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "%": r"\%", "&": r"\&", "#": r"\#", "_": r"\_",
            "$": r"\$", "^": r"\^{}", "~": r"\~{}", "@": r"{\char64}"}
_SPECIAL_RE = re.compile(r"[\\{}%&#_$^~@]")
_ACCENTS = {"\u0301": "'", "\u0300": "`", "\u0308": '"', "\u0302": "^", "\u0303": "~", "\u0327": "c", "\u030c": "v",
            "\u0304": "=", "\u0307": ".", "\u0306": "u", "\u030b": "H", "\u0328": "k", "\u030a": "r"}
_LETTERS = {"ß": r"{\ss}", "ø": r"{\o}", "Ø": r"{\O}", "æ": r"{\ae}", "Æ": r"{\AE}", "ł": r"{\l}", "Ł": r"{\L}",
            "ı": r"{\i}", "œ": r"{\oe}", "Œ": r"{\OE}", "å": r"{\aa}", "Å": r"{\AA}"}


def escape(value: str, ascii: bool = False) -> str:
    """Make a value safe inside braces: LaTeX specials escaped (no command can run), control chars dropped."""
    value = "".join(c for c in value if c >= " " or c == "\t").replace("\t", " ")
    value = _SPECIAL_RE.sub(lambda m: _SPECIAL[m.group(0)], value)
    if ascii:
        value = _to_ascii(value)
    return value


def _to_ascii(value: str) -> str:
    out = []
    for ch in value:
        if ord(ch) < 128:
            out.append(ch)
            continue
        if ch in _LETTERS:
            out.append(_LETTERS[ch])
            continue
        d = unicodedata.normalize("NFD", ch)
        if len(d) == 2 and d[1] in _ACCENTS and ord(d[0]) < 128:
            out.append(f"{{\\{_ACCENTS[d[1]]}{{{d[0]}}}}}")
        else:
            out.append({"–": "--", "—": "---", "‘": "`", "’": "'", "“": "``", "”": "''", "…": r"\ldots{}"}.get(ch, "?"))
    return "".join(out)


def entry_type(p: Publication) -> str:
    v = p.venue.venue if p.venue else None
    if p.status == "working paper":
        return "unpublished"
    if p.status == "technical report" and (p.venue is None or p.venue.venue is None):
        return "techreport"
    if v is None:
        return "misc" if p.status in ("preprint", "unknown", "under review") else (p.entry_type or "misc")
    return {"conference": "inproceedings", "workshop": "inproceedings", "journal": "article", "preprint": "misc",
            "book": "book", "thesis": "phdthesis"}.get(v.type, "misc")


def write_bibtex(pubs: Sequence[Publication], ascii: bool = False, untitled: str = "note") -> tuple[str, list[str]]:
    """BibTeX text for the publications and warnings (records left out or noted)."""
    import bibtexparser
    from bibtexparser import model as bm

    warnings: list[str] = []
    library = bibtexparser.Library()
    keys = make_keys(pubs)
    for p, key in zip(pubs, keys, strict=True):
        if not p.title and untitled == "skip":
            warnings.append(f"{p.first_source.path}:{p.first_source.line}: left out {p.label!r}: the page gives no title")
            continue
        etype = entry_type(p)
        fields: list[tuple[str, str]] = []
        notes: list[str] = []
        if p.title:
            fields.append(("title", "{" + escape(p.title, ascii) + "}"))
        else:
            notes.append(f"Title not given on the page; the page calls it: {p.label or 'nothing'}")
            warnings.append(f"{p.first_source.path}:{p.first_source.line}: {p.label!r} has no title; written with a note")
        if p.authors:
            names = [escape(a, ascii) for a in p.authors] + (["others"] if p.et_al else [])
            fields.append(("author", " and ".join(names)))
        v = p.venue.venue if p.venue else None
        if v is not None and p.venue is not None and p.venue.at_workshop:
            workshop = re.sub(r"\s*@\s*", " at ", p.venue.parse.text)  # "X Workshop @ NeurIPS" -> "X Workshop at NeurIPS"
            fields.append(("booktitle", escape(workshop, ascii)))  # the workshop as named, not its host
        elif v is not None and v.type != "preprint":
            fields.append(("journal" if etype == "article" else "booktitle", escape(v.bibtex or v.name, ascii)))
        elif etype == "techreport":
            inst = p.venue.parse.text if p.venue is not None else ""
            fields.append(("institution", escape(inst or "Unknown institution", ascii)))
        elif v is None and p.venue_raw and p.status not in ("preprint",):
            notes.append(escape(p.venue_raw, ascii))
        if p.year:
            fields.append(("year", str(p.year)))
        if "arxiv" in p.ids:
            fields += [("eprint", escape(p.ids["arxiv"])), ("archiveprefix", "arXiv")]
        if "doi" in p.ids:
            fields.append(("doi", escape(p.ids["doi"])))
        url = next((u for u in p.urls if re.match(r"https?://[^\s{}\\%#]+$", u)), None)
        if url:
            fields.append(("url", url.replace("%", r"\%").replace("#", r"\#")))
        if p.awards:
            notes.append(escape("; ".join(p.awards), ascii))
        if p.status in ("accepted", "under review", "working paper"):
            notes.append(p.status.capitalize())
        if notes:
            fields.append(("note", "; ".join(notes)))
        library.add(bm.Entry(etype, key, [bm.Field(k, val) for k, val in fields]))
    assert not library.failed_blocks, "duplicate keys: make_keys must make them unique"
    fmt = bibtexparser.BibtexFormat()
    fmt.indent = "  "
    fmt.block_separator = "\n"
    fmt.trailing_comma = False
    text = bibtexparser.write_string(library, bibtex_format=fmt)
    return text, warnings
