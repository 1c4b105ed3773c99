"""JSON output: an array of records (the documented public format)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..model import Cluster, Publication
from ..records import make_keys, record_json
from .bibtex import entry_type


def write_json(pubs: Sequence[Publication], clusters: Sequence[Cluster] | None = None, rekey: bool = False) -> str:
    """The records as a JSON array, one record per line (grep- and diff-friendly, and written by the C encoder:
    indenting makes json use its slow pure-Python path), keys in a fixed order, UTF-8 kept."""
    return "".join(json_chunks(pubs, clusters, rekey))


def json_chunks(pubs: Sequence[Publication], clusters: Sequence[Cluster] | None = None,
                rekey: bool = False) -> Iterator[str]:
    """write_json's text in pieces, a record at a time: written as they come, the output is never held whole (a
    10-byte `@a{k,}` entry makes a record of about 750 characters, and the text was held three times over)."""
    keys = make_keys(pubs, rekey=rekey)
    if not keys:
        yield "[]\n"
        return
    by_merged = {id(c.merged): c for c in clusters or []}
    sep = "[\n"
    for p, k in zip(pubs, keys, strict=True):
        yield sep + record_json(p, k, by_merged.get(id(p)), entry_type(p))  # = the encoded to_record(...)
        sep = ",\n"
    yield "\n]\n"
