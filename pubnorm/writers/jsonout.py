"""JSON output: an array of records (the documented public format)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from ..model import Cluster, Publication
from ..records import make_keys, to_record


def write_json(pubs: Sequence[Publication], clusters: Sequence[Cluster] | None = None) -> str:
    """The records as a JSON array, keys in a fixed order, UTF-8 kept, newline-terminated."""
    keys = make_keys(pubs)
    by_merged = {id(c.merged): c for c in clusters or []}
    records = [to_record(p, k, by_merged.get(id(p))) for p, k in zip(pubs, keys, strict=True)]
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"
