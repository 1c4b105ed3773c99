#!/usr/bin/env python3
"""Print how the entry labeller reads a page: each candidate block, its tokens grouped by label.

usage: python scripts/show_labels.py FILE [--grep TEXT]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pubnorm.sources import collection
from pubnorm.sources.assemble import block_tokens, candidate_lines, entry_publication
from pubnorm.sources.markup import LineMapper, blank_out, iter_blocks, markdown_to_html, parse_html
from pubnorm.sources.segment import entries
from pubnorm.venues import load_venues


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("file", type=Path)
    ap.add_argument("--grep", default="")
    a = ap.parse_args()
    db = load_venues()
    text = a.file.read_text(encoding="utf-8", errors="replace")
    html = a.file.suffix.lower() in (".html", ".htm")
    body, offset = text, 0
    if not html:
        _, body, offset, _ = collection.split_front_matter(str(a.file), text)
    if a.file.suffix.lower() == ".org":  # read as the HTML Org's exporter makes of it, line for line
        from pubnorm.sources.orgmode import to_html

        body, html = to_html(body), True
    soft = a.file.suffix.lower() in (".rst", ".rest")  # reStructuredText: read as the HTML sources/rst.py makes of it
    if soft:
        from pubnorm.sources.rst import to_html as rst_to_html

        body, html = rst_to_html(body), True
    root = parse_html(blank_out(body) if html else markdown_to_html(blank_out(body)))
    if root is None:
        return 0
    mapper = LineMapper(root, from_markdown=not html, offset=offset)
    for block in iter_blocks(root, mapper, newline_breaks=not html or soft):
        if a.grep and a.grep not in " ".join(ln.text for ln in block.lines):
            continue
        toks = block_tokens(candidate_lines(block), db)
        print(f"--- line {block.lineno} [{block.section}]")
        for group in entries(toks):
            out, prev = [], None
            for t in group:
                if t.label != prev:
                    out.append(f"\n   [{t.label}]")
                    prev = t.label
                out.append(" " + t.text)
            pub = entry_publication(group, db)
            print("".join(out))
            print("   =>", None if pub is None else (pub.title, pub.authors[:3], pub.venue_raw, pub.year))
    return 0


if __name__ == "__main__":
    sys.exit(main())
