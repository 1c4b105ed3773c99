"""JSON output: an array of records (the documented public format)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from ..model import Cluster, Publication
from ..records import make_keys, to_record
from .bibtex import entry_type


def write_json(pubs: Sequence[Publication], clusters: Sequence[Cluster] | None = None, rekey: bool = False) -> str:
    """The records as a JSON array, one record per line (grep- and diff-friendly, and written by the C encoder:
    indenting makes json use its slow pure-Python path), keys in a fixed order, UTF-8 kept."""
    keys = make_keys(pubs, rekey=rekey)
    by_merged = {id(c.merged): c for c in clusters or []}
    encode = json.JSONEncoder(ensure_ascii=False).encode
    lines = [encode(to_record(p, k, by_merged.get(id(p)), entry_type(p))) for p, k in zip(pubs, keys, strict=True)]
    return "[\n" + ",\n".join(lines) + "\n]\n" if lines else "[]\n"
