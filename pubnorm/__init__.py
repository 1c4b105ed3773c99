"""pubnorm: publication lists from academic homepages -> normalized, deduplicated records; venue checks.

    import pubnorm
    db = pubnorm.load_venues()
    profiles = pubnorm.read(["site/"], db)
    clusters = pubnorm.dedupe(profiles)
    text, problems = pubnorm.write_bibtex([c.merged for c in clusters])
    findings = pubnorm.check(pubnorm.read(["site/"], db, keep_text=True), db).findings

The names below are the public API (pubnorm/api.py documents each); they load what they need on first
call, so `import pubnorm` stays cheap.
"""

from __future__ import annotations

import sys
import types
from typing import Any

__version__ = "0.2.0"

_API = {
    "load_venues": "api", "load_config": "api", "read": "api", "match_venue": "api", "dedupe": "api",
    "check": "api", "write_bibtex": "api", "write_csv": "api", "write_json": "api", "write_output": "api",
    "owners": "api", "Profiles": "api", "Written": "api", "site_options": "api", "find_overrides": "api",
    "SiteOptions": "sources.site",
    "CheckOptions": "checks", "CheckResult": "checks",
    "Diagnostic": "model", "Profile": "model", "Publication": "model", "Venue": "model", "VenueMatch": "model",
    "Cluster": "model", "PubnormError": "diagnostics", "UsageError": "diagnostics", "CODES": "diagnostics",
    "SCHEMA_VERSION": "diagnostics",
}
__all__ = ["__version__", *sorted(_API)]


def __getattr__(name: str) -> Any:
    if name in _API:
        import importlib

        value = getattr(importlib.import_module(f".{_API[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'pubnorm' has no attribute {name!r}")


class _Package(types.ModuleType):
    """`pubnorm.dedupe` (and `pubnorm.check`) name API functions, while pubnorm/dedupe.py is also a submodule:
    importing a submodule sets the package attribute of its name, which must not replace the function."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _API and isinstance(value, types.ModuleType):
            return  # the submodule stays importable (`from pubnorm.dedupe import cluster`): sys.modules has it
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
