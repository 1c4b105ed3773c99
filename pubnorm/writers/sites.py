"""Site exports by name: academicpages, hugoblox, alfolio (each a plan of files, then written)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from ..model import Publication
from .academicpages import plan_academicpages
from .alfolio import plan_alfolio
from .hugoblox import plan_hugoblox
from .pages import Plan, PlanError, apply_plan

__all__ = ["SITE_FORMATS", "Plan", "PlanError", "apply_plan", "describe", "plan_site"]

SITE_FORMATS: dict[str, Callable[..., Plan]] = {"academicpages": plan_academicpages, "hugoblox": plan_hugoblox,
                                               "alfolio": plan_alfolio}
_WORDS = {"create": "created", "update": "changed", "unchanged": "unchanged", "keep": "left alone"}


def plan_site(format: str, pubs: Sequence[Publication], root: str | Path, owner: str | None = None, *,
              force: bool = False, inputs: Iterable[str | Path] = (), in_place: bool = False) -> Plan:
    """The plan of a site export in `format` into the folder `root` (nothing written yet: apply_plan does)."""
    real = {os.path.realpath(p) for p in inputs}
    return SITE_FORMATS[format](pubs, Path(root), owner, force=force, inputs=real, in_place=in_place)


def describe(plan: Plan, dry_run: bool = False) -> list[str]:
    """One line per file ("created _publications/x.md", "left alone ...: why") and a summary line."""
    lines = []
    for c in plan.changes:
        word = ("would be " if dry_run and c.action != "unchanged" else "") + _WORDS[c.action]
        lines.append(f"{word}: {plan.root / c.path}" + (f" ({c.reason})" if c.reason else ""))
    n = plan.counts()
    verb = "would be " if dry_run else ""
    lines.append(f"{n['create']} {verb}created, {n['update']} {verb}changed, {n['unchanged']} unchanged, "
                 f"{n['keep']} left alone")
    return lines
