"""Running a command as a user would, with its wall time and peak memory (GNU time's %M)."""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

GNU_TIME = shutil.which("time") or "/usr/bin/time"


def measured(cmd: list[str], cwd: Path) -> tuple[float, float, subprocess.CompletedProcess[str]]:
    """Wall seconds, peak RSS in MB, and the finished process (its stdout; stderr ends with GNU time's line)."""
    t = time.perf_counter()
    p = subprocess.run([GNU_TIME, "-f", "%M", *cmd], cwd=cwd, capture_output=True, text=True)
    wall = time.perf_counter() - t
    lines = p.stderr.strip().splitlines()
    rss_kb = int(lines[-1]) if lines and lines[-1].isdigit() else 0
    return wall, rss_kb / 1024, p
