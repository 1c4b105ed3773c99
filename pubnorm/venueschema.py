"""The value type of each field of a venues YAML entry, checked before the entry is used (a list where text
belongs would otherwise surface as a traceback far from its line)."""

from __future__ import annotations

from typing import Any

_TEXT = ("id", "acronym", "name", "type", "publisher", "field", "bibtex", "dblp", "track_of", "track")


def field_type_problems(item: dict[Any, Any]) -> list[tuple[str, str]]:
    """(field, message) for each known field whose value has the wrong type; unknown fields are not judged."""
    out: list[tuple[str, str]] = []
    for name in _TEXT:
        value = item.get(name)
        if value is not None and not isinstance(value, str):
            out.append((name, f"{name} must be text, not {_kind(value)}"))
    aliases = item.get("aliases")
    if isinstance(aliases, list) and not all(isinstance(a, str) for a in aliases):
        bad = next(a for a in aliases if not isinstance(a, str))
        out.append(("aliases", f"aliases must be a list of text, and one is {_kind(bad)}"))
    ranks = item.get("ranks")
    if isinstance(ranks, dict) and not all(isinstance(k, str) and _rank_value(v) for k, v in ranks.items()):
        out.append(("ranks", "ranks must map an edition (text) to a rank (text), e.g. ccf2026: A"))
    return out


def _rank_value(value: object) -> bool:
    return isinstance(value, (str, int)) and not isinstance(value, bool)


def _kind(value: object) -> str:
    return {dict: "a mapping", list: "a list", bool: "true/false", int: "a number", float: "a number"}.get(
        type(value), type(value).__name__)
