"""sources/hugo.py: Hugo Blox publication pages of all three schema generations, author keys resolved."""

from __future__ import annotations

from pathlib import Path

import pytest

from pubnorm.pipeline import Options, run
from pubnorm.sources.reader import read_profile
from pubnorm.sources.site import SiteOptions


def site(tmp_path: Path, files: dict[str, str]) -> Path:
    (tmp_path / "config" / "_default").mkdir(parents=True)
    (tmp_path / "config" / "_default" / "params.toml").write_text("", encoding="utf-8")
    for rel, text in files.items():
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    return tmp_path


TOML_2018 = '''+++
title = "Scalable Widgets for Everyone"
date = 2018-06-01T00:00:00
draft = false
authors = ["admin", "Jane Roe"]
# 0 = Uncategorized; 1 = Conference paper; 2 = Journal article
publication_types = ["1"]
publication = "In *Proceedings of the International Conference on Machine Learning (ICML)*"
publication_short = "In *ICML 2018*"
url_pdf = "https://arxiv.org/pdf/1801.00001v2"
url_code = "https://github.com/example/widgets"
[[url_custom]]
name = "Anthology"
url = "https://aclanthology.org/P18-1001/"
+++
Body.
'''

YAML_2021 = '''---
title: "Smooth Widgets for Robots"
authors:
- admin
- Jens Kober
date: "2021-05-01T00:00:00Z"
publishDate: "2022-01-01T00:00:00Z"
doi: "10.3389/frobt.2021.619238"
publication_types: ["2"]
publication: "Frontiers in Robotics and AI"
publication_short: ""
featured: true
url_pdf: ""
url_preprint: "https://openreview.net/forum?id=TSuSGVkjuXd"
url_slides: "slides/talk23"
---
'''

HUGOBLOX_2025 = '''---
title: 'Principal Widgets in Metric Spaces'
authors:
  - Andrew Warren
  - me
author_notes:
  - 'Equal contribution'
  - 'Equal contribution'
date: '2025-05-07'
publishDate: '2017-01-01T00:00:00Z'
publication_types: ['paper-conference']
publication:
  name: "Proceedings of the 42nd International Conference on Machine Learning"
  short_name: "ICML 2025"
hugoblox:
  ids:
    doi: https://doi.org/10.5555/123457
    arxiv: 2505.04168v2
    openreview: AbCdEf123
links:
  - type: preprint
    provider: arxiv
    id: 2505.04168v2
  - type: code
    provider: github
    id: example/widgets
  - type: pdf
    url: ""
awards:
  - name: "Best Paper Award"
    level: winner
---
'''

AUTHORS_TOML = '+++\nname = "Ada Lovelace"\nsuperuser = true\n+++\n'
AUTHORS_2025 = "schema: hugoblox/author/v1\nslug: me\nis_owner: true\nname:\n  display: Dr. Ada Lovelace\n  given: Ada\n  family: Lovelace\n"


def test_toml_front_matter_with_numeric_types(db, tmp_path: Path):
    """2016-2019: `+++` TOML, `publication_types = ["1"]`, `url_*` and `[[url_custom]]`; `admin` resolved."""
    root = site(tmp_path, {"content/publication/w/index.md": TOML_2018,
                           "content/authors/admin/_index.md": AUTHORS_TOML})
    prof = read_profile(root / "content/publication/w/index.md", db)
    [pub] = prof.publications
    assert pub.title == "Scalable Widgets for Everyone"
    assert pub.authors == ["Ada Lovelace", "Jane Roe"]
    assert prof.owner == "Ada Lovelace"
    assert pub.entry_type == "inproceedings"
    assert pub.venue is not None and pub.venue.venue is not None and pub.venue.venue.id.startswith("icml")
    assert pub.year == 2018
    assert pub.ids == {"arxiv": "1801.00001", "acl": "P18-1001"}
    assert pub.links.get("code") == "https://github.com/example/widgets"  # a typed link, apart from the paper's url
    assert pub.sources[0].line == 2


def test_yaml_2019_2025_schema(db, tmp_path: Path):
    """`doi:`, `url_preprint` (OpenReview), date over publishDate; a relative `url_slides` is no address."""
    root = site(tmp_path, {"content/publication/s/index.md": YAML_2021,
                           "content/author/admin/_index.md": "---\ntitle: Antonin Raffin\n---\n"})
    [pub] = read_profile(root / "content/publication/s/index.md", db).publications
    assert pub.authors == ["Antonin Raffin", "Jens Kober"]
    assert pub.year == 2021
    assert pub.ids == {"doi": "10.3389/frobt.2021.619238", "openreview": "TSuSGVkjuXd"}
    assert pub.venue_raw == "Frontiers in Robotics and AI"
    assert pub.entry_type == "article"
    assert "featured" in pub.notes
    assert not any(u.startswith("slides/") for u in pub.urls)


def test_hugoblox_2025_ids_links_and_authors(db, tmp_path: Path):
    """`hugoblox.ids`, `links` with provider + id, `publication.{name, short_name}`, awards, author_notes, and
    `me` resolved through data/authors/me.yaml."""
    root = site(tmp_path, {"content/publications/p/index.md": HUGOBLOX_2025, "data/authors/me.yaml": AUTHORS_2025})
    prof = read_profile(root / "content/publications/p/index.md", db)
    [pub] = prof.publications
    assert pub.authors == ["Andrew Warren", "Ada Lovelace"]
    assert prof.owner == "Ada Lovelace"
    assert pub.ids == {"doi": "10.5555/123457", "arxiv": "2505.04168", "openreview": "AbCdEf123"}
    assert "https://github.com/example/widgets" in [*pub.urls, *pub.links.values()]  # a typed link, apart from the paper's url
    assert "https://arxiv.org/abs/2505.04168v2" in pub.urls
    assert pub.venue_raw == "ICML 2025" and pub.year == 2025
    assert "Best Paper Award" in pub.awards
    assert any("Equal contribution" in n for n in pub.notes)


def test_a_pages_summary_beside_its_abstract_is_kept(db, tmp_path: Path):
    """Hugo Blox's `summary:` (the line a list shows) and `subtitle:` are the page's words on its paper: they were
    dropped as site keys; now kept as written under their keys. A summary that repeats the abstract is not kept
    twice."""
    page = ('---\ntitle: "Widget lattices at scale"\nauthors: [Ana Lind]\ndate: 2024-03-01\n'
            'publication_types: ["2"]\npublication: "*Journal of Widget Studies*"\n'
            'abstract: "We count widgets on lattices."\nsummary: "Widgets, **counted** on lattices."\n'
            'subtitle: "A census"\n---\n')
    root = site(tmp_path, {"content/publication/w/index.md": page,
                           "content/publication/v/index.md": page.replace("Widgets, **counted** on lattices.",
                                                                          "We count widgets on lattices.")})
    [pub] = read_profile(root / "content/publication/w/index.md", db).publications
    assert pub.abstract == "We count widgets on lattices."
    assert pub.extra["summary"] == "Widgets, **counted** on lattices."
    assert pub.extra["subtitle"] == "A census"
    [same] = read_profile(root / "content/publication/v/index.md", db).publications
    assert "summary" not in same.extra and same.abstract == "We count widgets on lattices."


def test_arxiv_doi_names_the_preprint(db, tmp_path: Path):
    text = "---\ntitle: A Preprint Title\npublication_types: ['article']\nhugoblox:\n  ids:\n    doi: 10.48550/arXiv.2505.04168\n---\n"
    root = site(tmp_path, {"content/publications/p/index.md": text})
    [pub] = read_profile(root / "content/publications/p/index.md", db).publications
    assert pub.ids == {"doi": "10.48550/arxiv.2505.04168", "arxiv": "2505.04168"}
    assert pub.status == "preprint"


def test_without_date_the_year_is_publish_dates(db, tmp_path: Path):
    """Hugo dates a page by publishDate when it has no date, and Hugo Blox shows that year."""
    text = "---\ntitle: A Paper About Widgets\npublishDate: 2019-01-26T00:00:00\npublication_types: ['1']\n---\n"
    root = site(tmp_path, {"content/publication/p/index.md": text})
    [pub] = read_profile(root / "content/publication/p/index.md", db).publications
    assert (pub.year, pub.year_source) == (2019, "date")


@pytest.mark.parametrize(("types", "entry_type", "status"), [
    pytest.param('["3"]', "unpublished", "preprint", id="numeric-3"),
    pytest.param('["4"]', "techreport", "technical report", id="numeric-4"),
    pytest.param('["7"]', "phdthesis", "unknown", id="numeric-7"),
    pytest.param('["article-journal"]', "article", "unknown", id="csl-journal"),
    pytest.param('["report"]', "techreport", "technical report", id="csl-report"),
])
def test_publication_types(db, tmp_path: Path, types: str, entry_type: str, status: str):
    text = f"---\ntitle: A Paper About Widgets\npublication_types: {types}\n---\n"
    root = site(tmp_path, {"content/publication/p/index.md": text})
    [pub] = read_profile(root / "content/publication/p/index.md", db).publications
    assert (pub.entry_type, pub.status) == (entry_type, status)


def test_broken_toml_is_reported_with_its_line(db, tmp_path: Path):
    root = site(tmp_path, {"content/publication/p/index.md": '+++\ntitle = "x"\nauthors = [\n+++\nBody\n'})
    prof = read_profile(root / "content/publication/p/index.md", db)
    assert [d.code for d in prof.diagnostics] == ["E113"]


def test_a_whole_hugo_site_gives_papers_only(db, tmp_path: Path):
    """Talks, posts, notes, drafts, author profiles and cite.bib files are no records; `--drafts` reads drafts."""
    root = site(tmp_path, {
        "content/publication/w/index.md": TOML_2018,
        "content/publication/w/cite.bib": "@inproceedings{w, title={Scalable Widgets for Everyone}, year={2018}}\n",
        "content/publication/d/index.md": YAML_2021.replace("Smooth Widgets", "Draft Widgets").replace(
            "featured: true", "draft: true"),
        "content/authors/admin/_index.md": AUTHORS_TOML,
        "content/event/e/index.md": "---\ntitle: A Talk on Widgets\nevent: Widget Summit\nauthors: [admin]\n---\n",
        "content/academic_note/n/index.md": "---\ntitle: Notes\n---\n- import tensorflow as tf\n- x = tf.constant(1)\n",
        "content/post/p/index.md": "---\ntitle: Hello\n---\nA post.\n",
    })
    result = run([root], db, Options(jobs=1))
    assert [p.title for p in result.publications] == ["Scalable Widgets for Everyone"]
    skipped = {Path(d.path).relative_to(root).as_posix(): d.code for d in result.diagnostics if d.severity == "info"}
    assert skipped["content/publication/d/index.md"] == "I302"
    assert {"content/event/e/index.md", "content/post/p/index.md", "content/publication/w/cite.bib",
            "content/academic_note/n/index.md", "content/authors/admin/_index.md"} <= set(skipped)
    with_drafts = run([root], db, Options(jobs=1, site=SiteOptions(drafts=True)))
    assert sorted(p.title for p in with_drafts.publications) == ["Draft Widgets for Robots", "Scalable Widgets for Everyone"]
