from __future__ import annotations

from pathlib import Path

import pytest

from pubnorm.venues import VenueDB, load_venues

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def db(tmp_path_factory: pytest.TempPathFactory) -> VenueDB:
    return load_venues(cache_dir=tmp_path_factory.mktemp("cache"))
