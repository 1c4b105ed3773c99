"""sources/site.py: what a file of a site is, decided from what it says and where the site puts it."""

from __future__ import annotations

from pathlib import Path

import pytest

from pubnorm.pipeline import discover
from pubnorm.sources.site import Selection, SiteOptions, has_publication_list, verdict_for

PUBLIST = "## Publications\n\n- A Paper Title About Things. ICML 2023.\n- Another Paper Title Here. ACL 2024.\n"


def write(root: Path, rel: str, text: str) -> Path:
    p = root / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return p


@pytest.fixture
def jekyll(tmp_path: Path) -> Path:
    write(tmp_path, "_config.yml", "title: x\ncollections:\n  publications:\n    output: true\n  talks:\n    output: true\n")
    return tmp_path


@pytest.fixture
def hugo(tmp_path: Path) -> Path:
    write(tmp_path, "config/_default/hugo.yaml", "title: x\n")
    (tmp_path / "content").mkdir()
    return tmp_path


@pytest.mark.parametrize(("rel", "text", "kind"), [
    pytest.param("_talks/t.md", "---\ntitle: Talk 1\ncollection: talks\n---\nA talk.\n", "skip", id="collection-talks"),
    pytest.param("misc/t.md", "---\ntitle: Talk 1\ncollection: talks\n---\nA talk.\n", "skip", id="collection-anywhere"),
    pytest.param("_teaching/t.md", "---\ntitle: Course\ntype: Undergraduate course\n---\n", "skip", id="teaching-folder"),
    pytest.param("_posts/p.md", "---\ntitle: Post\n---\nHello.\n", "skip", id="posts-folder"),
    pytest.param("_pages/x.md", "---\ntitle: Talks\nlayout: talk\n---\n", "skip", id="layout-talk"),
    pytest.param("_pages/cv-json.md", "---\nlayout: cv-json\n---\n[Download CV as PDF](/files/cv.pdf)\n", "skip",
                 id="cv-json"),
    pytest.param("_pages/cv.md", "---\nlayout: archive\n---\n{% for post in site.publications %}{{post}}{% endfor %}\n",
                 "skip", id="liquid-rendered"),
    pytest.param("_pages/cv-json.md", "---\nlayout: cv-layout\n---\n{% include base_path %}\n{% assign entries = "
                 "site.data.cv.Experience %}\n<a href='/files/cv.pdf'>Download CV as PDF</a>\n", "skip", id="cv-from-data"),
    pytest.param("_pages/cv.md", "---\nlayout: cv-layout\n---\n{% assign e = site.data.cv %}\n<h2>Publications</h2>\n"
                 "<ul><li>A Paper. ICML 2023.</li><li>B Paper. ACL 2024.</li></ul>\n", "page", id="cv-with-html-list"),
    pytest.param("_publications/p.md", "---\ntitle: A Paper\n---\n", "paper", id="publication-collection"),
    pytest.param("_posts/pubs.md", "---\ntitle: My papers\n---\n" + PUBLIST, "page", id="post-with-a-list"),
    pytest.param("_pages/about.md", "---\ntitle: About\n---\n" + PUBLIST, "page", id="page"),
    pytest.param("_posts/2018-03-04-pubs.md", "---\nlayout: post\ntitle: Published Work\n---\n#### A. Author, **B. Owner**. "
                 "*\"A Paper Title.\"* The Lancet 2017.\n", "page", id="post-titled-published-work"),
    pytest.param("_posts/2019-01-01-pubblicazioni.md", "---\nlayout: post\ntitle: Pubblicazioni\n---\n- Un titolo.\\\n"
                 "A. Autore, B. Owner.\\\nRivista di archeologia 3, 2019.\n", "page", id="post-titled-in-italian"),
    pytest.param("_posts/2019-01-01-pubs.md", "---\nlayout: post\ntitle: Veröffentlichungen\n---\nA. Autor und B. Owner. "
                 "Ein Titel. In: Zeitschrift 3, 2019.\n", "page", id="post-titled-in-german"),
    pytest.param("_peerreview/all.md", "---\nlayout: post\ntitle: Peer-reviewed journal articles\n---\n<br>\nOwner, B. "
                 "(2025). A paper title. Cities, 145, 104671.\n", "page", id="post-titled-peer-reviewed-journal-articles"),
    pytest.param("_posts/confs.md", "---\nlayout: post\ntitle: Refereed Conference Papers\n---\nOwner, B. (2025). A paper "
                 "title. In Proc. X.\n", "page", id="post-titled-refereed-conference-papers"),
    pytest.param("_posts/writing.md", "---\nlayout: post\ntitle: Articles\n---\nOwner, B. (2025). On travel. The Times.\n",
                 "skip", id="post-titled-articles"),
    pytest.param("_posts/2018-03-04-trip.md", "---\nlayout: post\ntitle: Published in Nature!\n---\n#### A. Author, "
                 "**B. Owner**. *\"A Paper Title.\"* Nature 2017.\n", "skip", id="post-about-a-paper"),
    pytest.param("_drafts/d.md", "---\ntitle: A Paper\ncollection: publications\n---\n", "skip", id="drafts-folder"),
    pytest.param("_publications/d.md", "---\ntitle: A Paper\npublished: false\n---\n", "skip", id="published-false"),
])
def test_jekyll_files(jekyll: Path, rel: str, text: str, kind: str):
    assert verdict_for(write(jekyll, rel, text)).kind == kind


@pytest.mark.parametrize(("rel", "text", "kind"), [
    pytest.param("content/event/e/index.md", "---\ntitle: A Talk\nevent: Conf\n---\n", "skip", id="event"),
    pytest.param("content/academic_note/n.md", "---\ntitle: Note\n---\n```python\nimport tensorflow as tf\n```\n",
                 "skip", id="academic-note"),
    pytest.param("content/tech_note/n.md", "---\ntitle: Note\n---\n", "skip", id="tech-note"),
    pytest.param("content/sastips/x.md", "---\ntitle: Tips\n---\n- Use PROC SQL, Gustaf Edgren, 2004\n", "skip",
                 id="unknown-section-without-a-list"),
    pytest.param("content/home/pubs.md", "---\ntitle: x\n---\n" + PUBLIST, "page", id="home-with-a-list"),
    pytest.param("content/publication/p/index.md", "---\ntitle: P\npublication_types: ['1']\n---\n", "paper",
                 id="publication"),
    pytest.param("content/post/p/index.md", "---\ntitle: P\npublication_types: ['1']\n---\n", "paper",
                 id="publication-types-anywhere"),
    pytest.param("content/publication/p/index.md", "---\ntitle: P\ndraft: true\n---\n", "skip", id="draft"),
    pytest.param("content/publication/p/index.md", "+++\ntitle = \"P\"\ndraft = true\n+++\n", "skip", id="toml-draft"),
    pytest.param("content/publication/p/index.md", "---\ntitle: P\npublishDate: '2999-01-01'\n---\n", "skip",
                 id="publish-date-in-the-future"),
    pytest.param("content/publication/p/index.md", "+++\ntitle = \"P\"\npublishDate = 2017-01-01T00:00:00Z\n+++\n",
                 "paper", id="publish-date-past-toml"),
    pytest.param("content/talk/_index.md", "---\ntitle: Talks\n---\n", "skip", id="section-list-page"),
    pytest.param("content/post/x.md", "---\ntitle: X\ntype: publication\n---\n", "paper", id="type-publication"),
])
def test_hugo_files(hugo: Path, rel: str, text: str, kind: str):
    assert verdict_for(write(hugo, rel, text)).kind == kind


def test_drafts_option_reads_drafts(hugo: Path):
    p = write(hugo, "content/publication/p/index.md", "---\ntitle: P\ndraft: true\n---\n")
    assert verdict_for(p, SiteOptions(drafts=True)).kind == "paper"


def test_cite_bib_beside_a_publication_page_is_the_same_paper(hugo: Path):
    write(hugo, "content/publication/p/index.md", "---\ntitle: P\npublication_types: ['1']\n---\n")
    bib = write(hugo, "content/publication/p/cite.bib", "@article{p, title={P}}\n")
    assert verdict_for(bib).kind == "skip"


def test_a_talk_named_on_the_command_line_is_skipped_with_a_note(jekyll: Path):
    """Files named one by one follow the folder's rules, with an info diagnostic (not silence)."""
    talk = write(jekyll, "_talks/t.md", "---\ntitle: Talk 1\ncollection: talks\n---\n")
    paper = write(jekyll, "_publications/p.md", "---\ntitle: A Paper\nvenue: ICML 2023\n---\n")
    files, diags = discover([talk, paper])
    assert files == [paper]
    assert [(d.code, d.severity, d.path) for d in diags] == [("I301", "info", str(talk))]
    assert "talk (collection: talks)" in diags[0].message


def test_a_page_without_a_site_is_still_read(tmp_path: Path):
    """Outside a Jekyll or Hugo site nothing is known of folders: the page is read as before."""
    p = write(tmp_path, "posts/x.md", "- A Paper Title About Things. ICML 2023.\n")
    assert verdict_for(p).kind == "page"


def test_a_fifo_is_never_opened(tmp_path: Path):
    import os

    os.mkfifo(tmp_path / "x.md")
    assert verdict_for(tmp_path / "x.md").kind == "page"  # the reader reports it (E101)


@pytest.mark.parametrize(("globs", "rel", "out"), [
    pytest.param(((), ("_pages/*",)), "_pages/about.md", True, id="exclude-folder-star"),
    pytest.param(((), ("_pages/*",)), "_pages/sub/about.md", True, id="a-matched-folder-goes-whole"),
    pytest.param(((), ("_pages/*.md",)), "_pages/sub/about.md", False, id="star-stays-in-its-folder"),
    pytest.param(((), ("_pages/**/*.md",)), "_pages/sub/about.md", True, id="double-star-crosses"),
    pytest.param(((), ("*.bib",)), "x/_bibliography/papers.bib", True, id="no-slash-any-depth"),
    pytest.param(((), ("content/post/",)), "content/post/a/index.md", True, id="trailing-slash-folder"),
    pytest.param((("_publications/*",), ()), "_pages/about.md", True, id="include-leaves-out-the-rest"),
    pytest.param((("_publications/*",), ()), "_publications/p.md", False, id="include-keeps"),
])
def test_include_exclude_globs(globs, rel: str, out: bool):
    assert (Selection(*globs).excluded(rel) is not None) is out


def test_exclude_in_discover(jekyll: Path):
    write(jekyll, "_publications/p.md", "---\ntitle: A Paper\n---\n")
    write(jekyll, "_pages/about.md", "---\ntitle: About\n---\n" + PUBLIST)
    files, diags = discover([jekyll], SiteOptions(exclude=("_pages/*",)))
    assert [f.name for f in files] == ["p.md"]
    assert any(d.code == "I303" and "--exclude _pages/*" in d.message for d in diags)


def test_a_server_sites_pages_are_found_in_its_folder(db, tmp_path: Path):
    """A lab's PHP site (`publications.php` with its includes): its pages were not looked for in a folder, so the
    folder gave nothing; PHP, SHTML, ASP, JSP, EJS and ERB pages are now pages of the site, read as HTML."""
    from pubnorm.pipeline import Options, run

    write(tmp_path, "publications.php", '<?php include("header.php"); ?>\n<html><body><h2>Publications</h2>\n<ul>\n'
          "<li>Ada Okafor, Jan Moreau. Tidal heating of icy moons by resonance. <i>Icarus</i> 62, 641-653 (2021).</li>\n"
          "<li>Jan Moreau. Crust thickness from libration measurements. <i>Icarus</i> 58, 1-9 (2019).</li>\n</ul>\n"
          '<?php include("footer.php"); ?>\n</body></html>\n')
    write(tmp_path, "css/style.css", "body { color: red }\n")
    files, _ = discover([tmp_path])
    assert [f.name for f in files] == ["publications.php"]
    pubs = run(files, db, Options(jobs=1)).publications
    assert [(p.title, p.year) for p in pubs] == [("Tidal heating of icy moons by resonance", 2021),
                                                 ("Crust thickness from libration measurements", 2019)]


def test_a_react_sites_publication_list_in_its_code_is_found_in_its_folder(db, tmp_path: Path):
    """`src/data/publications.ts` of a Next.js site: named on the command line it was read, but a folder's walk
    took site data only as YAML, JSON or TOML; a script or component named for the list is now taken anywhere in
    the site (not under node_modules), other code is not."""
    from pubnorm.pipeline import Options, run

    write(tmp_path, "src/data/publications.ts", 'export const papers = [\n  { title: "Tidal heating of icy moons", '
          'authors: "Ada Okafor, Jan Moreau", venue: "Icarus", year: 2021 },\n  { title: "Crust thickness from '
          'libration", authors: "Jan Moreau", venue: "Icarus", year: 2019 },\n];\n')
    write(tmp_path, "src/components/Header.tsx", "export const Header = () => <h1>Lab</h1>;\n")
    write(tmp_path, "node_modules/x/papers.js", "module.exports = [];\n")
    files, _ = discover([tmp_path])
    assert [f.name for f in files] == ["publications.ts"]
    pubs = run(files, db, Options(jobs=1)).publications
    assert [(p.title, p.year) for p in pubs] == [("Tidal heating of icy moons", 2021),
                                                 ("Crust thickness from libration", 2019)]


def test_publication_list_needs_a_heading_and_items():
    assert has_publication_list(PUBLIST)
    assert has_publication_list("# 📝 Publications\n\n- A\n- B\n")
    assert not has_publication_list("- A\n- B\n")
    assert not has_publication_list("## Publications\n\nSee my CV.\n")
    # a list item over a nested list, in the page's own language ("-   Publikationen" on a Hugo post about a thesis)
    assert has_publication_list("-   Publikationen\n    -   [Electrons on helium](u) - Lind, A. - J. Low Temp. "
                                "Phys. 126 (2002)\n    -   [Dip problem](v) - Okafor, B. - Phys. Rev. B 64 (2001)\n")
    assert has_publication_list("## Publicaciones\n\n1. A\n2. B\n")
    assert not has_publication_list("- Publishing my first post\n- B\n")
    # an anchor opening the heading's text (a CV kept as a Jekyll post: `layout: post` over '## <a name="publications">
    # 发表论文 </a>'): its eight papers were skipped with the post
    assert has_publication_list('## <a name="publications"> 发表论文 </a>\n\n1. A\n2. B\n')
    assert has_publication_list('<h2><a id="pubs"></a>Papers</h2>\n<ul><li>A</li><li>B</li></ul>\n')


def test_a_byte_order_mark_inside_the_text_is_dropped(db, tmp_path: Path):
    """A BOM pasted into a title or venue (seen on a real academicpages site) is no character of it."""
    from pubnorm.sources.reader import read_profile

    p = write(tmp_path, "_publications/p.md", "---\ntitle: \"\ufeffTracking the Fate of Arsenic\"\n"
              "collection: publications\nvenue: \"\ufeffWater Resources Research\"\ndate: 2019-02-13\n---\n")
    [pub] = read_profile(p, db).publications
    assert pub.title == "Tracking the Fate of Arsenic" and pub.venue_raw == "Water Resources Research"


def test_a_post_that_shows_a_bibliography_as_bibtex_is_read_and_one_that_shows_an_example_is_not(tmp_path: Path):
    """A group's post "BibTeX Bibliography" holding its Zotero export in a `<pre>` (ten entries) was skipped as a blog
    post: its papers were known only as a heading over list items. Three titled entries or more are a bibliography;
    a post on how to cite, with one or two examples, is still a post."""
    post = tmp_path / "_posts" / "2018-09-04-bib.md"
    post.parent.mkdir()
    (tmp_path / "_config.yml").write_text("title: x\n", encoding="utf-8")
    entry = "@article{{k{0},\n\ttitle = {{Revision of {{Genus}} number {0}}},\n\tauthor = {{Lee, Ann}},\n" \
            "\tjournal = {{Journal of Hymenoptera Research}},\n\tyear = {{2016}}\n}}\n\n"
    body = "[Download](/assets/bib/group.bib) our list.\n\n<pre>\n" + "".join(entry.format(i) for i in range(3)) + "</pre>\n"
    post.write_text(f"---\nlayout: post\ntitle: \"BibTeX Bibliography\"\n---\n{body}", encoding="utf-8")
    assert verdict_for(post).kind == "page"
    two = "Cite it so:\n\n```\n" + "".join(entry.format(i) for i in range(2)) + "```\n"
    post.write_text(f"---\nlayout: post\ntitle: \"How to cite\"\n---\n{two}", encoding="utf-8")
    assert verdict_for(post).kind == "skip"


def test_a_post_that_lists_papers_under_a_chinese_heading_is_read(tmp_path: Path):
    """A Jekyll post titled "科研成果" (research output) with "## 期刊论文" (journal papers) over "[1] Xia Y, ..."
    entries was skipped as a blog post: the publication heading and title were known only in European languages,
    and a list only by bullets or "1." numbers."""
    post = tmp_path / "_posts" / "2016-05-20-pubs.md"
    post.parent.mkdir()
    (tmp_path / "_config.yml").write_text("title: x\n", encoding="utf-8")
    entries = "".join(f"[{i}] Xia Y, Liu Y*. [Paper number {i} on federated learning](https://x.org/{i})[J]. "
                      f"IEEE IoT Journal, 2024.\n\n" for i in range(1, 4))
    post.write_text(f"---\nlayout: post\ntitle: \"科研成果\"\n---\n## 期刊论文\n\n{entries}", encoding="utf-8")
    assert verdict_for(post).kind == "page"
    post.write_text(f"---\nlayout: post\ntitle: \"成果\"\n---\n## 期刊论文\n\n{entries}", encoding="utf-8")
    assert verdict_for(post).kind == "page"  # the heading over the numbered entries says so
    post.write_text("---\nlayout: post\ntitle: \"旅行\"\n---\n## 日记\n\n[1] 第一天\n\n[2] 第二天\n", encoding="utf-8")
    assert verdict_for(post).kind == "skip"
