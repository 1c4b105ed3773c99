"""Project configuration: `[tool.pubnorm]` in pyproject.toml or `.pubnorm.yaml`, found from the inputs upward."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .dedupe import DEFAULT_THRESHOLD
from .diagnostics import PubnormError, UsageError, check_codes, did_you_mean

# every key the configuration may hold; a key not here is an error that names the closest (a misspelt
# `ignroe:` silently ignored would leave CI checking what the project meant to switch off)
KEYS = ("venues", "threshold", "fuzzy-cutoff", "fuzzy_cutoff", "ccf-edition", "ccf_edition", "select", "ignore",
        "extractor", "include", "exclude", "drafts", "keep-samples", "keep_samples")


class ConfigError(PubnormError):
    """The configuration file exists but cannot be used (exit 2)."""

    code = "U104"


@dataclass
class Config:
    """The settings of a .pubnorm.yaml (or their defaults); the command line's options override them."""

    path: Path | None = None
    venues: list[Path] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    select: list[str] = field(default_factory=list)
    threshold: float = DEFAULT_THRESHOLD
    fuzzy_cutoff: float | None = None
    ccf_edition: str = "ccf2026"
    extractor: str = "crf"  # "rules" or "crf" (the learned labeller)
    include: list[str] = field(default_factory=list)  # globs: only these files of a site are read
    exclude: list[str] = field(default_factory=list)  # globs: these files are never read
    drafts: bool = False  # read draft pages too
    keep_samples: bool = False  # keep the templates' example papers


def find_config(start: Path) -> Path | None:
    """The nearest .pubnorm.yaml, or pyproject.toml with a [tool.pubnorm] table, at or above start."""
    # os.path's tests answer False on any error (a name too long, a symlink loop): the input itself is
    # reported by the reading stage, the configuration search just goes on
    here = os.path.realpath(start)
    if not os.path.isdir(here):
        here = os.path.dirname(here)
    for d in (Path(here), *Path(here).parents):
        cand = d / ".pubnorm.yaml"
        if os.path.isfile(cand):
            return cand
        pp = d / "pyproject.toml"
        if os.path.isfile(pp) and b"[tool.pubnorm]" in _bytes(pp):
            return pp
        if os.path.lexists(d / ".git"):
            break
    return None


def load_config(paths: list[Path]) -> Config:
    """Configuration for a run over these inputs (the first input decides where to look)."""
    if not paths:
        return Config()
    found = find_config(Path(paths[0]))
    if found is None:
        return Config()
    data = _read(found)
    cfg = Config(path=found)
    base = found.parent
    for key in data:
        if key not in KEYS:
            raise ConfigError(f"{found}: unknown key {str(key)!r}" + did_you_mean(str(key), KEYS, "keys"))

    def _list(key: str) -> list[str]:
        v = data.get(key) or []
        if isinstance(v, str):
            v = [v]
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
            raise ConfigError(f"{found}: '{key}' must be a list of strings, not {_short(v)}")
        return list(v)

    cfg.venues = [base / v for v in _list("venues")]
    try:
        cfg.ignore = sorted(check_codes(_list("ignore"), f"{found}: ignore"))
        cfg.select = sorted(check_codes(_list("select"), f"{found}: select"))
    except UsageError as e:
        raise ConfigError(e.message) from None
    if "threshold" in data:
        cfg.threshold = _score(found, "threshold", data["threshold"])
    for name in ("fuzzy-cutoff", "fuzzy_cutoff"):
        if name in data:
            cfg.fuzzy_cutoff = _score(found, name, data[name])
    edition = data.get("ccf-edition", data.get("ccf_edition", "2026"))
    if str(edition) not in ("2022", "2026", "ccf2022", "ccf2026"):
        raise ConfigError(f"{found}: ccf-edition must be 2022 or 2026, not {_short(edition)}")
    edition = str(edition)
    cfg.ccf_edition = edition if edition.startswith("ccf") else f"ccf{edition}"
    extractor = data.get("extractor", "crf")
    if extractor not in ("rules", "crf"):
        raise ConfigError(f"{found}: extractor must be 'rules' or 'crf', not {extractor!r}")
    cfg.extractor = extractor
    cfg.include = _list("include")
    cfg.exclude = _list("exclude")
    for key in ("drafts", "keep-samples", "keep_samples"):
        if key in data and not isinstance(data[key], bool):
            raise ConfigError(f"{found}: {key} must be true or false, not {_short(data[key])}")
    cfg.drafts = bool(data.get("drafts", False))
    cfg.keep_samples = bool(data.get("keep-samples", data.get("keep_samples", False)))
    return cfg


def _score(path: Path, name: str, value: object) -> float:
    """A 0-100 score setting (threshold, fuzzy-cutoff), or ConfigError saying what is wrong with it."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise ConfigError(f"{path}: {name} must be a number from 0 to 100, not {_short(value)}")
    try:
        number = float(value)
    except (ValueError, OverflowError):
        raise ConfigError(f"{path}: {name} must be a number from 0 to 100, not {_short(value)}") from None
    if not 0 <= number <= 100:  # also false for nan
        raise ConfigError(f"{path}: {name} must be a number from 0 to 100, not {_short(value)}")
    return number


def _short(value: object) -> str:
    """A value for a message: its repr, cut short (a config value may be huge)."""
    scalar = isinstance(value, (str, int, float, bool)) or value is None
    text = repr(value) if scalar else type(value).__name__
    return text if len(text) <= 60 else text[:57] + "..."


MAX_CONFIG_BYTES = 16 * 1024 * 1024


def _bytes(path: Path) -> bytes:
    from .files import FileReadError, read_regular

    try:
        return read_regular(path, MAX_CONFIG_BYTES)
    except FileReadError as e:
        raise ConfigError(f"{path}: {e.message}") from None


def _read(path: Path) -> dict[str, Any]:
    from .yamlsafe import YAMLLoadError, decode_utf8, load_yaml

    try:
        text = decode_utf8(str(path), _bytes(path))
        if path.name == "pyproject.toml":
            import tomllib

            try:
                data = tomllib.loads(text)
            except tomllib.TOMLDecodeError as e:
                raise ConfigError(f"{path}: invalid TOML: {e}") from None
            section = data.get("tool", {}).get("pubnorm", {})
        else:
            section = load_yaml(text, str(path)) or {}
    except YAMLLoadError as e:
        raise ConfigError(str(e)) from None
    if not isinstance(section, dict):
        raise ConfigError(f"{path}: the pubnorm configuration must be a mapping")
    return section
