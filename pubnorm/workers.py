"""Worker processes for reading: each worker receives the venue database once, and the publications it sends
back carry their venues as ids (rebuilt from the same database here), not as full copies per paper."""

from __future__ import annotations

import os
import signal
import sys
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from .model import VENUE_REGISTRY
from .venues import VenueDB

_STATE: dict[str, Any] = {}


def pool(jobs: int, db: VenueDB, **state: Any) -> ProcessPoolExecutor:
    """A pool of `jobs` processes; `worker_state(name)` gives a worker the database ("db") and `state`."""
    VENUE_REGISTRY["venue"] = db.get  # top layer or journal layer
    return ProcessPoolExecutor(max_workers=jobs, initializer=_init, initargs=(db, state, os.getpid()))


def worker_state(name: str) -> Any:
    return _STATE[name]


def _init(db: VenueDB, state: dict[str, Any], parent: int) -> None:
    _die_with(parent)
    _STATE.update(state, db=db)
    VENUE_REGISTRY["slim"] = True


def _die_with(parent: int) -> None:
    """A worker ends when the run that started it is killed: SIGKILL leaves the run no time to stop its pool, and
    a worker then waited for ever on a pipe its siblings keep open (Linux: prctl PR_SET_PDEATHSIG; elsewhere the
    pool's own shutdown is all there is)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the run was killed before the request was made
        os._exit(0)
