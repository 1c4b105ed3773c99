"""What the readers learned for reading back pubnorm's own site exports (issue 17): an author list cut by
"et al." as its last item, `hugoblox.ids.acl_id`, a Hugo page bundle without its site's configuration (the
`me` profile under data/authors, cite.bib beside index.md), pubnorm's own front-matter keys, RIS suffixes."""

from __future__ import annotations

from pubnorm.pipeline import Options, run


def _one(folder, db):  # type: ignore[no-untyped-def]
    res = run([folder], db, Options(jobs=1), dedupe=False)
    assert not res.has_errors
    assert len(res.publications) == 1, [p.title for p in res.publications]
    return res.publications[0]


def test_an_academicpages_author_list_ending_in_et_al_is_cut(tmp_path, db):
    page = tmp_path / "_publications" / "2024-01-01-x.md"
    page.parent.mkdir()
    page.write_text("---\ntitle: A Paper\ncollection: publications\nauthors:\n- Ann Lee\n- Bo Chen\n- et al.\n"
                    "date: 2024-01-01\ndate_known: year\npubnorm_hash: 0123456789abcdef\n---\n", encoding="utf-8")
    p = _one(tmp_path, db)
    assert p.authors == ["Ann Lee", "Bo Chen"] and p.et_al and p.year == 2024
    assert "date_known" not in p.extra and "pubnorm_hash" not in p.extra


def test_a_hugo_bundle_without_site_config_resolves_me_and_skips_cite_bib(tmp_path, db):
    bundle = tmp_path / "content" / "publications" / "x"
    bundle.mkdir(parents=True)
    (tmp_path / "data" / "authors").mkdir(parents=True)
    (tmp_path / "data" / "authors" / "me.yaml").write_text("name:\n  display: Ann Lee\nis_owner: true\n", encoding="utf-8")
    (bundle / "index.md").write_text("---\ntitle: A Paper\nauthors: [me, Bo Chen, et al.]\ndate: 2024-01-01\n"
                                     "publication_types: [paper-conference]\n"
                                     "hugoblox:\n  ids:\n    acl_id: 2024.acl-long.7\n---\n", encoding="utf-8")
    (bundle / "cite.bib").write_text("@inproceedings{x, title={A Paper}, author={Lee, Ann}, year={2024}}\n",
                                     encoding="utf-8")
    p = _one(tmp_path, db)
    assert p.authors == ["Ann Lee", "Bo Chen"] and p.et_al
    assert p.ids == {"acl": "2024.acl-long.7"}


def test_a_ris_suffix_after_the_given_name_is_read(tmp_path, db):
    ris = tmp_path / "x.ris"
    ris.write_text("TY  - JOUR\nTI  - A Paper\nAU  - Smith, John, Jr.\nAU  - Lee, Ann\nPY  - 2020\nER  - \n",
                   encoding="utf-8")
    assert _one(ris, db).authors == ["John Smith, Jr.", "Ann Lee"]


def test_a_pages_date_gives_the_month_unless_it_is_a_year_placeholder(tmp_path, db):
    """2023-12-10 gives month "12"; January 1 and pubnorm's `date_known: year` give none (they say only the year)."""
    folder = tmp_path / "_publications"
    folder.mkdir()
    for name, date, known in (("a", "2023-12-10", ""), ("b", "2023-01-01", ""), ("c", "2023-05-01", "year")):
        (folder / f"{name}.md").write_text(f"---\ntitle: Paper {name}\ncollection: publications\ndate: {date}\n"
                                           + (f"date_known: {known}\n" if known else "") + "---\n", encoding="utf-8")
    res = run([tmp_path], db, Options(jobs=1), dedupe=False)
    assert sorted((p.title, p.year, p.month) for p in res.publications) == [
        ("Paper a", 2023, "12"), ("Paper b", 2023, None), ("Paper c", 2023, None)]



def test_a_title_opening_with_us_keeps_its_words(tmp_path, db):
    # venue aliases feed the labeller's venue words: a dotted "U.S.A." in an alias made "U.S." a venue word and
    # cut "Which U.S." off this title (the PNAS aliases leave the dotted form out)
    page = tmp_path / "research.md"
    page.write_text(
        "## **Working Papers**\n\n"
        "- Firm Heterogeneity, Credit Frictions, and Business Cycles [[Draft]](https://example.org/files/a.pdf)\n"
        "*[Revise and resubmit, European Economic Review]*\n\n"
        "- Export Growth with Product Similarity [[Draft]](https://example.org/files/b.pdf) "
        "(with [Ann Lee](https://example.org/lee))\n*[Revise and resubmit, International Economic Review]*\n\n"
        "- Which U.S. States Suffered a Greater Great Depression and Why? [[Draft]](https://example.org/files/c.pdf)\n"
        "(with [Bo Chen](https://example.org/chen) and [Cy Diaz](https://example.org/diaz))\n", encoding="utf-8")
    res = run([page], db, Options(jobs=1), dedupe=False)
    titles = [p.title for p in res.publications]
    assert "Which U.S. States Suffered a Greater Great Depression and Why?" in titles, titles
