"""Use pubnorm from Python: read a lab's pages, merge the papers, list them by venue rank, write BibTeX, and check
the rank claims — the same steps as `pubnorm export` and `pubnorm check`, through the public API only.

    python examples/api/summarize.py examples/lab [lab.bib]
"""

from __future__ import annotations

import sys
from collections import Counter

import pubnorm


def main(paths: list[str], bib: str | None = None) -> int:
    db = pubnorm.load_venues()  # the shipped venue database; pass overlays as pubnorm.load_venues(["my.yaml"])
    profiles = pubnorm.read(paths, db, keep_text=True, merge_within=False)
    for d in profiles.diagnostics:
        print(f"{d.path}:{d.line}: {d.severity}: {d.message} [{d.code}]", file=sys.stderr)
    owners = {p.path: p.owner for p in profiles if p.owner}
    print(f"{len(profiles)} page(s): {', '.join(sorted(set(owners.values()))) or 'no owner named'}")

    clusters = pubnorm.dedupe(profiles)
    papers = [c.merged for c in clusters]
    ranks: Counter[str] = Counter()
    for paper in papers:
        venue = paper.venue.venue if paper.venue else None
        rank = venue.rank("ccf2026") if venue else None
        ranks[f"CCF {rank}" if rank else "unranked"] += 1
        print(f"  {paper.year or '----'}  {venue.label if venue else '?':<18} {paper.title or paper.label}")
    print(f"{len(papers)} papers ({sum(len(c.members) for c in clusters) - len(papers)} repeats merged): "
          + ", ".join(f"{k}: {n}" for k, n in sorted(ranks.items())))

    print("ICDE 2026 ->", pubnorm.match_venue("ICDE 2026", db).venue.ranks)  # type: ignore[union-attr]

    if bib:
        text, problems = pubnorm.write_bibtex(papers)
        pubnorm.write_output(bib, text)
        print(f"wrote {len(papers)} records to {bib} ({len(problems)} problem(s))")

    result = pubnorm.check(profiles, db, pubnorm.CheckOptions(this_year=2026))
    for d in result.findings:
        print(f"{d.path}:{d.line}:{d.col}: {d.severity}: {d.message} [{d.code}]")
    return 1 if result.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:2] or ["examples/lab"], sys.argv[2] if len(sys.argv) > 2 else None))
