"""Worker processes for reading: each worker receives the venue database once, and the publications it sends
back carry their venues as ids (rebuilt from the same database here), not as full copies per paper."""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from typing import Any

from .model import VENUE_REGISTRY
from .venues import VenueDB

_STATE: dict[str, Any] = {}


def pool(jobs: int, db: VenueDB, **state: Any) -> ProcessPoolExecutor:
    """A pool of `jobs` processes; `worker_state(name)` gives a worker the database ("db") and `state`."""
    VENUE_REGISTRY["venue"] = db.get  # top layer or journal layer
    return ProcessPoolExecutor(max_workers=jobs, initializer=_init, initargs=(db, state))


def worker_state(name: str) -> Any:
    return _STATE[name]


def _init(db: VenueDB, state: dict[str, Any]) -> None:
    _STATE.update(state, db=db)
    VENUE_REGISTRY["slim"] = True
