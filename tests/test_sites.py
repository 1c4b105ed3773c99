"""Whole real sites, as users point pubnorm at them: every paper found, nothing that is not a paper, every
identifier kept. The sites and their pinned commits are listed in tests/sites/manifest.yaml; each site's exact
expected records are in tests/sites/<name>.expected.json (`records`: a default run; `with_samples`: with
--keep-samples, for the template sites).

PUBNORM_REGEN_SITES=1 rewrites the expected files from the current output (review the diff before committing).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import yaml

from pubnorm.checks import CheckOptions
from pubnorm.checks import check as run_check
from pubnorm.pipeline import Options, run
from pubnorm.sources.site import SiteOptions

SITES = Path(__file__).resolve().parent / "sites"
MANIFEST = yaml.safe_load((SITES / "manifest.yaml").read_text(encoding="utf-8"))["sites"]
REGEN = os.environ.get("PUBNORM_REGEN_SITES") == "1"


def site_dir(site: dict) -> Path:  # type: ignore[type-arg]
    folder = SITES / site["name"] if site["committed"] else SITES / ".cache" / site["name"]
    if not folder.is_dir():
        pytest.skip(f"{site['name']} ({site['repo']}) is not copied here: {site['licence']}; "
                    "run `python scripts/site_fixtures.py` to re-read it at its pinned commit")
    return folder


def records(folder: Path, db, keep_samples: bool = False) -> list[dict]:  # type: ignore[no-untyped-def, type-arg]
    result = run([folder], db, Options(jobs=1, site=SiteOptions(keep_samples=keep_samples)))
    assert not result.has_errors, [d for d in result.diagnostics if d.severity == "error"]
    return [{"title": p.title, "authors": p.authors, "year": p.year, "venue": p.venue_raw, "status": p.status,
             "ids": dict(sorted(p.ids.items())),
             "files": sorted({Path(s.path).relative_to(folder).as_posix() for s in p.sources})}
            for p in result.publications]


@pytest.mark.parametrize("site", MANIFEST, ids=[s["name"] for s in MANIFEST])
def test_site_gives_exactly_its_papers(site, db):  # type: ignore[no-untyped-def]
    """Every paper of the site is one record with its identifiers; talks, posts, drafts, samples are none."""
    folder = site_dir(site)
    got = {"records": records(folder, db)}
    if site["committed"]:
        got["with_samples"] = records(folder, db, keep_samples=True)
    expected_file = SITES / f"{site['name']}.expected.json"
    if REGEN:
        expected_file.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    assert got == expected


@pytest.mark.parametrize("site", [s for s in MANIFEST if s["template"].startswith(("hugo", "wowchemy"))],
                         ids=lambda s: s["name"])
def test_check_on_a_hugo_site_reports_papers_only(site, db):  # type: ignore[no-untyped-def]
    """`pubnorm check` on a Hugo Blox site: every finding is about a publication page (or the sample warning)."""
    folder = site_dir(site)
    result = run_check([folder], db, CheckOptions(this_year=2026))
    for d in result.findings:
        rel = Path(d.path).relative_to(folder).as_posix()
        assert d.code == "W310" or rel.startswith(("content/publication/", "content/publications/")), d
