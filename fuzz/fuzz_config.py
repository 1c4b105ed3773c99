"""Coverage-guided fuzzing of the configuration and venue-overlay loaders with atheris.

usage: pip install atheris && mkdir -p fuzz/out-config
       python fuzz/fuzz_config.py -max_total_time=600 fuzz/out-config fuzz/seeds-config
(crashes are written as crash-* files: turn each into a regression test in tests/test_hostile.py)

Every input is written once as `.pubnorm.yaml`, once as a `pyproject.toml` with a [tool.pubnorm] table, and
once as a venues overlay, then loaded as pubnorm loads them (load_config; parse_venue_file, validate, and a
database built from an overlay without errors). Our own reported errors (ConfigError, VenueDBError,
YAMLLoadError) are fine; any other exception is a crash.
"""

from __future__ import annotations

import contextlib
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from pubnorm.config import ConfigError, load_config
    from pubnorm.venues import VenueDB, VenueDBError, parse_venue_file, validate
    from pubnorm.yamlsafe import YAMLLoadError, load_yaml

ROOT = Path(tempfile.mkdtemp(prefix="pubnorm-fuzz-config-"))
for name in ("yaml", "toml", "venues"):
    (ROOT / name).mkdir()
    (ROOT / name / ".git").mkdir()  # the configuration search stops here
    (ROOT / name / "page.md").write_text("# x\n", encoding="utf-8")


def one_input(data: bytes) -> None:
    (ROOT / "yaml" / ".pubnorm.yaml").write_bytes(data)
    with contextlib.suppress(ConfigError):
        load_config([ROOT / "yaml" / "page.md"])
    (ROOT / "toml" / "pyproject.toml").write_bytes(b"[tool.pubnorm]\n" + data)
    with contextlib.suppress(ConfigError):
        load_config([ROOT / "toml" / "page.md"])
    overlay = ROOT / "venues" / "overlay.yaml"
    overlay.write_bytes(data)
    try:
        venues, problems = parse_venue_file(overlay)
    except VenueDBError:
        return
    problems += validate(venues, str(overlay))
    if not any(p.severity == "error" for p in problems):
        db = VenueDB.build(venues, [str(overlay)])
        for v in venues[:3]:
            db.match(v.name)
    with contextlib.suppress(YAMLLoadError):
        load_yaml(data.decode("utf-8", errors="replace"))


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
