"""The readable table `pubnorm extract` prints."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..model import Profile, Publication


def write_table(profiles: Sequence[Profile], make_keys: Callable[[Sequence[Publication]], list[str]]) -> str:
    """One block per profile; one line per publication: line, year, venue, title (or [label])."""
    out: list[str] = []
    for prof in profiles:
        owner = f" (owner: {prof.owner})" if prof.owner else ""
        out.append(f"{prof.path}{owner}: {len(prof.publications)} publication(s)")
        for p in prof.publications:
            v = p.venue.venue.label if p.venue and p.venue.venue else (p.venue_raw or "-")
            name = p.title or f"[{p.label}]"
            extra = f"  ({', '.join(p.awards)})" if p.awards else ""
            out.append(f"  {p.first_source.line:>5}  {p.year or '----'}  {v[:22]:<22}  {name}{extra}")
        out.append("")
    return "\n".join(out)
