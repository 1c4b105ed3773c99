"""Project configuration: `[tool.pubnorm]` in pyproject.toml or `.pubnorm.yaml`, found from the inputs upward."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .dedupe import DEFAULT_THRESHOLD


class ConfigError(Exception):
    """The configuration file exists but cannot be used."""


@dataclass
class Config:
    path: Path | None = None
    venues: list[Path] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    select: list[str] = field(default_factory=list)
    threshold: float = DEFAULT_THRESHOLD
    fuzzy_cutoff: float | None = None
    ccf_edition: str = "ccf2026"


def find_config(start: Path) -> Path | None:
    """The nearest .pubnorm.yaml, or pyproject.toml with a [tool.pubnorm] table, at or above start."""
    here = start.resolve()
    if here.is_file():
        here = here.parent
    for d in (here, *here.parents):
        cand = d / ".pubnorm.yaml"
        if cand.is_file():
            return cand
        pp = d / "pyproject.toml"
        if pp.is_file() and "[tool.pubnorm]" in pp.read_text(encoding="utf-8", errors="replace"):
            return pp
        if (d / ".git").exists():
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

    def _list(key: str) -> list[str]:
        v = data.get(key) or []
        if isinstance(v, str):
            v = [v]
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
            raise ConfigError(f"{found}: '{key}' must be a list of strings")
        return list(v)

    cfg.venues = [base / v for v in _list("venues")]
    cfg.ignore = _list("ignore")
    cfg.select = _list("select")
    try:
        if "threshold" in data:
            cfg.threshold = float(data["threshold"])
        if "fuzzy-cutoff" in data or "fuzzy_cutoff" in data:
            cfg.fuzzy_cutoff = float(data.get("fuzzy-cutoff", data.get("fuzzy_cutoff")))
    except (TypeError, ValueError) as e:
        raise ConfigError(f"{found}: threshold and fuzzy-cutoff must be numbers") from e
    edition = str(data.get("ccf-edition", data.get("ccf_edition", "2026")))
    if edition not in ("2022", "2026", "ccf2022", "ccf2026"):
        raise ConfigError(f"{found}: ccf-edition must be 2022 or 2026, not {edition!r}")
    cfg.ccf_edition = edition if edition.startswith("ccf") else f"ccf{edition}"
    return cfg


def _read(path: Path) -> dict[str, Any]:
    if path.name == "pyproject.toml":
        import tomllib

        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, OSError) as e:
            raise ConfigError(f"{path}: {e}") from e
        section = data.get("tool", {}).get("pubnorm", {})
    else:
        import yaml

        try:
            section = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except (yaml.YAMLError, OSError) as e:
            raise ConfigError(f"{path}: {e}") from e
    if not isinstance(section, dict):
        raise ConfigError(f"{path}: the pubnorm configuration must be a mapping")
    return section
