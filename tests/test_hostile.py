"""Hostile inputs (issue 6): each gives a clear error or safe output, the other inputs still come out, and
nothing a homepage writes reaches the .bib or the spreadsheet as code.

Time limits here are safety bounds (a hang fails the test), not speed targets: those live in bench/.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import bibtexparser
import pytest
from conftest import ROOT
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pubnorm.pipeline import Options, run
from pubnorm.writers.bibtex import write_bibtex
from pubnorm.writers.csvout import write_csv

GOOD = """# Publications

- Robust Parsing of Noisy Homepages

  **Jane Roe**, John Doe

  *CVPR 2024*
"""


def pubnorm(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pubnorm", *args], capture_output=True, text=True, timeout=timeout, cwd=ROOT)


def _site(tmp_path: Path, name: str, data: bytes | str) -> Path:
    site = tmp_path / "site"
    site.mkdir(exist_ok=True)
    (site / "good.md").write_text(GOOD, encoding="utf-8")
    bad = site / name
    bad.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return site


def _codes(result) -> set[str]:  # type: ignore[no-untyped-def]
    return {d.code for d in result.diagnostics}


def _good_survives(result) -> bool:  # type: ignore[no-untyped-def]
    return any(p.title == "Robust Parsing of Noisy Homepages" for p in result.publications)


def test_nul_bytes_are_a_clear_error_and_the_rest_comes_out(db, tmp_path):
    result = run([_site(tmp_path, "bad.md", b"# Pubs\x00\x00\x00- x\n" * 100)], db)
    assert "E101" in _codes(result) and _good_survives(result)
    d = next(d for d in result.diagnostics if d.code == "E101")
    assert d.path.endswith("bad.md") and "binary" in d.message


def test_invalid_utf8_is_reported_with_its_line(db, tmp_path):
    data = GOOD.replace("Robust", "Sturdy").encode() + b"\n\n- Caf\xe9 Paper \xff\xfe Title\n\n  *ACL 2024*\n"
    result = run([_site(tmp_path, "bad.md", data)], db)
    d = next(d for d in result.diagnostics if d.code == "E102")
    assert d.line == 10 and d.path.endswith("bad.md") and _good_survives(result)


def test_a_page_in_the_charset_it_declares_is_read_in_it_every_byte_kept(db, tmp_path):
    """Word's "Save as Web Page" writes windows-1252 and says so in a meta tag: "Bela\xefd" was read as UTF-8,
    the byte replaced (an E102 error and the name cut to "Bela"); a browser reads the declared charset."""
    page = ('<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"></head><body>\n'
            "<p>1. Hamid Okafor, Djamel Bela\xefd. \x93Dynamic task composition in pervasive homes,\x94 in Proceedings "
            "of the 6th International Conference on Networks and Services (ICNS), 2010.</p>\n</body></html>\n")
    (tmp_path / "pubs.htm").write_bytes(page.encode("latin-1"))
    (tmp_path / "mac.html").write_bytes('<meta charset="macintosh"><p>caf\x8e</p>'.encode("latin-1"))
    result = run([tmp_path / "pubs.htm"], db)
    assert not [d for d in result.diagnostics if d.code == "E102"]
    assert [p.authors for p in result.publications] == [["Hamid Okafor", "Djamel Belaïd"]]
    from pubnorm.sources.reader import decode

    assert decode("mac.html", (tmp_path / "mac.html").read_bytes())[0].endswith("café</p>")
    # a page that declares UTF-8 and is not: the bytes are wrong, not the label (reported, as before); a label that
    # names a codec that is no charset ("base64", "idna", "unicode_escape": Python raised LookupError or decoded
    # escapes) is no charset
    for label in ("utf-8", "base64", "rot13", "idna", "punycode", "undefined", "unicode_escape", "utf-7"):
        text, diags = decode("u.html", f'<meta charset="{label}"><p>Bela\xefd \\u0041</p>'.encode("latin-1"))
        assert [d.code for d in diags] == ["E102"] and text.endswith("Bela\ufffdd \\u0041</p>"), label


def test_json_and_toml_data_files_that_cannot_be_loaded_are_errors_and_the_rest_comes_out(db, tmp_path):
    """A huge integer (over Python's 4,300 digits), nesting past the recursion limit: each file is one E113."""
    site = _site(tmp_path, "ok.md", GOOD.encode())
    bad = {"int.json": '{"x": ' + "1" * 5000 + "}", "deep.json": "[" * 100_000 + "]" * 100_000,
           "int.toml": "x = " + "1" * 5000 + "\n", "deep.toml": "x = " + "[" * 5000 + "]" * 5000 + "\n"}
    for name, text in bad.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = run([site, *(tmp_path / n for n in bad)], db)
    assert sorted(Path(d.path).name for d in result.diagnostics if d.code == "E113") == sorted(bad)
    assert _good_survives(result)


def test_a_50_mb_line_is_refused_over_the_size_limit(db, tmp_path):
    site = _site(tmp_path, "huge.md", "# Publications\n\n- " + "A" * 50_000_000 + "\n")
    result = run([site], db)
    assert "E101" in _codes(result) and _good_survives(result)  # over the 20 MB default: refused, said so


def _minified_page(n: int) -> str:
    items = "".join(f"<li><b>Minified Paper Number {i} on Robust Things</b>, A. Author, B. Author."
                    " <i>CVPR 2024</i>.</li>" for i in range(n))
    return f"<!doctype html><html><body><h2>Publications</h2><ul>{items}</ul></body></html>"


def test_a_minified_one_line_page_is_read_whole(db, tmp_path):
    """Issue 15, item 9: lines over 200,000 characters were cut (20,000 papers on one line gave 3,595)."""
    page = _minified_page(3_000)
    assert "\n" not in page and len(page) > 250_000
    result = run([_site(tmp_path, "index.html", page)], db)
    titles = {p.title for p in result.publications}
    assert {f"Minified Paper Number {i} on Robust Things" for i in range(3_000)} <= titles
    assert "E104" not in _codes(result) and _good_survives(result)
    mine = [p for p in result.publications if p.title and p.title.startswith("Minified")]
    assert {p.sources[0].line for p in mine} == {1}  # a position on a one-line page is its line: 1


def test_a_long_block_is_cut_into_blocks_of_bounded_length():
    """Issue 15, item 8: a 60,000-line paragraph was one block (the labeller ran out of time and memory)."""
    from pubnorm.sources.markup import MAX_BLOCK_LINES, LineMapper, iter_blocks, markdown_to_html, parse_html

    text = "# Publications\n\n" + "A. Author, B. Author. Robust Things. CVPR 2024.  \n" * 1_000
    root = parse_html(markdown_to_html(text))
    assert root is not None
    blocks = list(iter_blocks(root, LineMapper(root, True, 0), True))
    assert sum(len(b.lines) for b in blocks) == 1_000
    assert max(len(b.lines) for b in blocks) <= MAX_BLOCK_LINES
    assert blocks[0].lineno == 3
    assert all(a.lineno < b.lineno for a, b in itertools.pairwise(blocks))


def test_a_long_run_of_paragraphs_is_cut_between_paragraphs():
    from pubnorm.sources.markup import MAX_BLOCK_LINES, LineMapper, iter_blocks, parse_html

    papers = "".join(f"<p>Title {i}<br>A. Author<br>CVPR 2024</p>" for i in range(200))
    html = f"<html><body><div>{papers}</div></body></html>"
    root = parse_html(html)
    assert root is not None
    blocks = list(iter_blocks(root, LineMapper(root, False, 0), False))
    assert len(blocks) > 1 and all(len(b.lines) <= MAX_BLOCK_LINES for b in blocks)
    assert all(b.lines[0].text.startswith("Title ") for b in blocks)  # no paper is cut in two


@pytest.mark.parametrize("text", ["{{ x {% y " * 200_000, "<!-- x <script> y " * 200_000,
                                  "<style> {{ x " * 200_000], ids=["templates", "comments-and-scripts", "styles"])
def test_unclosed_template_and_comment_openers_stay_linear(text):
    """A page of unclosed `{{` or `<!--` made blank_out's lazy regexes quadratic (3 MB: minutes)."""
    from pubnorm.sources.markup import blank_out

    t = time.monotonic()
    assert blank_out(text) == text
    assert time.monotonic() - t < 30  # a safety bound (it took minutes): the speed is measured in bench/


def test_a_bib_of_block_fragments_is_read_without_bibtexparser(db, tmp_path, monkeypatch):
    """Issue 15, item 8: 6 MB of `x @a{ ` lines took 34 s and 1.67 GB (bibtexparser read each fragment)."""
    import pubnorm.sources.bibscan as bs

    calls = []
    real = bs._library_blocks
    monkeypatch.setattr(bs, "_library_blocks", lambda text, line: calls.append(text) or real(text, line))
    text = "x @a{ \n" * 5_000 + "x @a{ x @b( \n" * 100 + "@misc{k, title={Fine Title}, year={2024}}\n"
    out = list(bs.scan(text))
    assert not calls
    assert out == list(bs.scan(text, fast=False))[: bs.MAX_FAILED] + out[bs.MAX_FAILED:]
    assert [x.line for x in out if isinstance(x, bs.RawEntry)] == [5_100]
    failed = [x for x in out if isinstance(x, bs.FailedBlock)]
    assert len(failed) == bs.MAX_FAILED + 1  # the first ones, then one that counts the rest
    assert "4,199 more blocks not parsed up to line 5,100" in failed[-1].error
    result = run([_site(tmp_path, "junk.bib", text)], db)
    assert "Fine Title" in {p.title for p in result.publications} and _good_survives(result)
    assert sum(d.code == "E130" for d in result.diagnostics) == bs.MAX_FAILED + 1


@pytest.mark.parametrize("kind", ["markdown-list", "html-div", "html-table"])
def test_10000_deep_nesting_does_not_crash(db, tmp_path, kind):
    depth = 10_000
    if kind == "markdown-list":
        text = "- " * depth + "Deep Title, CVPR 2024\n" + "> " * depth + "quoted\n"  # "- - - x" nests a list per dash
    elif kind == "html-div":
        text = "<html><body>" + "<div>" * depth + "Deep Title, CVPR 2024" + "</div>" * depth + "</body></html>"
    else:
        text = "<html><body>" + "<table><tr><td>" * 2000 + "x" + "</td></tr></table>" * 2000 + "</body></html>"
    name = "deep.md" if kind == "markdown-list" else "deep.html"
    result = run([_site(tmp_path, name, text)], db)
    assert _good_survives(result)
    assert not (_codes(result) - {"E105", "W201"})  # read, or refused as too deep (E105): never a crash


def test_yaml_alias_bomb_in_front_matter(db, tmp_path):
    bomb = "---\na: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(9)) + "---\n\n" + GOOD.replace("Robust", "Bombed")
    t = time.monotonic()
    result = run([_site(tmp_path, "bomb.md", bomb)], db)
    assert time.monotonic() - t < 60
    assert "E112" in _codes(result) and _good_survives(result)


def test_unterminated_front_matter(db, tmp_path):
    result = run([_site(tmp_path, "open.md", "---\ntitle: x\nauthor: y\n\n# Publications\n- A Paper Title, ACL 2024\n")], db)
    d = next(d for d in result.diagnostics if d.code == "E110")
    assert d.line == 1 and _good_survives(result)


def test_bib_with_unbalanced_braces_keeps_the_good_entries(db, tmp_path):
    bib = ("@article{ok1, title={Fine Title One}, author={A B}, journal={TACL}, year={2023}}\n\n"
           "@article{bad, title={Broken {Title, author={C D}, year={2024}\n\n"
           "@inproceedings{ok2, title={Fine Title Two}, author={E F}, booktitle={ACL}, year={2022}}\n")
    result = run([_site(tmp_path, "refs.bib", bib)], db)
    titles = {p.title for p in result.publications}
    assert "Fine Title One" in titles and _good_survives(result)
    assert {d.code for d in result.diagnostics} & {"E130", "E131"} or "Fine Title Two" in titles


HOSTILE_PAGE = r"""# Publications

- \input{/etc/passwd} Exploit }% Title with \def\x{y} and $math$

  **Mallory Evil**, Eve Bad

  *ACL 2024*

- =HYPERLINK("http://evil.example","click") and more

  +Eve Bad, @Mallory

  *EMNLP 2023*
"""


def test_latex_and_formulas_from_a_page_stay_inert(db, tmp_path):
    result = run([_site(tmp_path, "evil.md", HOSTILE_PAGE)], db, Options(extractor="rules"))  # the page is shaped for the rules
    text, _ = write_bibtex(result.publications)
    lib = bibtexparser.parse_string(text)
    assert not lib.failed_blocks
    body = text.replace(r"\textbackslash{}", "")
    assert r"\input" not in body and r"\def" not in body and "%" not in body.replace(r"\%", "")
    rows = write_csv(result.publications).splitlines()
    hyper = next(r for r in rows if "HYPERLINK" in r)
    assert ",=HYPERLINK" not in hyper and '"=HYPERLINK' not in hyper and "'=HYPERLINK" in hyper


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks on this platform")
def test_symlink_loops_in_a_site(db, tmp_path):
    site = _site(tmp_path, "x.md", GOOD.replace("Robust", "Looped"))
    (site / "sub").mkdir()
    (site / "sub" / "loop").symlink_to(site, target_is_directory=True)
    (site / "self").symlink_to(site / "self")
    result = run([site], db)
    assert _good_survives(result) and "W101" in _codes(result)


def test_a_directory_with_100000_files(db, tmp_path):
    site = _site(tmp_path, "real.md", GOOD.replace("Robust", "Findable"))
    many = site / "assets-of-someone"
    many.mkdir()
    for i in range(100_000):
        (many / f"f{i}.txt").touch()
    t = time.monotonic()
    result = run([site], db)
    assert time.monotonic() - t < 120
    assert _good_survives(result) and any(p.title == "Findable Parsing of Noisy Homepages" for p in result.publications)


def test_killing_an_export_mid_write_leaves_the_old_file(tmp_path):
    site = tmp_path / "many"
    site.mkdir()
    for i in range(400):
        (site / f"p{i}.md").write_text(GOOD.replace("Robust", f"Robust {i}"), encoding="utf-8")
    out = tmp_path / "out.json"
    out.write_text("OLD\n", encoding="utf-8")
    seen = set()
    for delay in (0.2, 0.5, 0.8, 1.2, 1.6, 2.5):
        proc = subprocess.Popen([sys.executable, "-m", "pubnorm", "export", str(site), "--format", "json", "-o", str(out)],
                                cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        content = out.read_text(encoding="utf-8")
        if content == "OLD\n":
            seen.add("old")
        else:
            assert len(json.loads(content)["records"]) == 400  # never half a file: the old one or the whole new one
            seen.add("new")
            out.write_text("OLD\n", encoding="utf-8")
    assert "old" in seen


def _children(pid: int) -> set[int]:
    """The processes whose parent is pid (Linux /proc)."""
    out = set()
    for proc_stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = proc_stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.add(int(proc_stat.parent.name))
    return out


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc; the workers' parent-death signal is Linux's")
def test_killing_an_export_ends_its_workers_too(tmp_path):
    """SIGKILL of `pubnorm export --jobs 2` left its worker processes waiting for ever (every test run added two)."""
    site = tmp_path / "many"
    site.mkdir()
    for i in range(400):
        (site / f"p{i}.md").write_text(GOOD.replace("Robust", f"Robust {i}"), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "pubnorm", "export", str(site), "--jobs", "2", "--format", "json",
                             "-o", str(tmp_path / "out.json")], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: set[int] = set()
    deadline = time.monotonic() + 20
    while len(workers) < 2 and time.monotonic() < deadline and proc.poll() is None:
        workers |= _children(proc.pid)
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    if not workers:
        pytest.skip("the export ended before its workers were seen")
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(Path(f"/proc/{w}").exists() for w in workers):
        time.sleep(0.1)
    alive = {w for w in workers if Path(f"/proc/{w}").exists()
             and Path(f"/proc/{w}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"}
    assert alive == set()


# --- issue 15: hardening, round two ----------------------------------------------------------------------------


def test_declared_python_is_one_the_code_runs_on():
    """bibscan uses possessive quantifiers (Python 3.11+): the package must not claim 3.10."""
    import tomllib

    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert meta["project"]["requires-python"] == ">=3.11"
    assert meta["tool"]["ruff"]["target-version"] == "py311"


def _export_to(out: Path, *extra: str, **kw) -> subprocess.CompletedProcess[str]:  # type: ignore[no-untyped-def]
    return subprocess.run([sys.executable, "-m", "pubnorm", "export", str(ROOT / "tests" / "fixtures" / "news.md"),
                           "--format", "json", "-o", str(out), *extra], capture_output=True, text=True, timeout=60,
                          cwd=ROOT, **kw)


def test_output_symlink_to_a_character_device_is_written_through(tmp_path):
    """`-o` naming a device (here through a symlink to /dev/null) writes to it; the node is never replaced."""
    out = tmp_path / "out.json"
    out.symlink_to("/dev/null")
    p = _export_to(out)
    assert p.returncode == 0, p.stderr
    assert out.is_symlink() and os.readlink(out) == "/dev/null"
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_output_symlink_to_proc_self_fd_1_goes_to_stdout(tmp_path):
    out = tmp_path / "stdout"
    out.symlink_to("/proc/self/fd/1")
    p = _export_to(out)
    assert p.returncode == 0, p.stderr
    assert {r["label"] for r in json.loads(p.stdout)["records"]} == {"MegaBench", "Patchwork"}
    assert out.is_symlink()


def test_output_fifo_with_a_reader_is_written_through(tmp_path):
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []

    def reader() -> None:
        with open(fifo, "rb") as fh:
            got.append(fh.read())

    t = threading.Thread(target=reader, daemon=True)
    t.start()
    time.sleep(0.1)
    p = _export_to(fifo)
    t.join(10)
    assert p.returncode == 0, p.stderr
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert {r["label"] for r in json.loads(got[0])["records"]} == {"MegaBench", "Patchwork"}


def test_output_fifo_without_a_reader_is_refused_saying_why(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    p = _export_to(fifo)
    assert p.returncode == 2 and "FIFO" in p.stderr and "reader" in p.stderr
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_output_socket_or_directory_is_refused_saying_why(tmp_path):
    import socket

    sock_path = tmp_path / "s.sock"
    with socket.socket(socket.AF_UNIX) as s:
        s.bind(str(sock_path))
        p = _export_to(sock_path)
        assert p.returncode == 2 and "socket" in p.stderr
        assert stat.S_ISSOCK(os.stat(sock_path).st_mode)
    p = _export_to(tmp_path)
    assert p.returncode == 2 and "directory" in p.stderr


def test_output_regular_file_and_symlink_to_one_are_replaced_atomically(tmp_path):
    real = tmp_path / "real.json"
    real.write_text("OLD\n", encoding="utf-8")
    inode = real.stat().st_ino
    link = tmp_path / "link.json"
    link.symlink_to(real.name)
    p = _export_to(link)
    assert p.returncode == 0, p.stderr
    assert link.is_symlink() and real.stat().st_ino != inode  # the target replaced by a rename, the link kept
    assert {r["label"] for r in json.loads(real.read_text(encoding="utf-8"))["records"]} == {"MegaBench", "Patchwork"}


BIB_WITH_ABSTRACT = ("@inproceedings{roe2024, title={Robust Parsing}, author={Roe, Jane}, booktitle={ACL}, year={2024},\n"
                     "  abstract={An abstract that pubnorm does not keep.}}\n")


@pytest.mark.parametrize("how", ["same-name", "symlink", "in-folder"])
@pytest.mark.parametrize("command", ["export", "dedupe"])
def test_output_equal_to_an_input_is_refused_without_in_place(tmp_path, command, how):
    src = tmp_path / "in.bib"
    src.write_text(BIB_WITH_ABSTRACT, encoding="utf-8")
    out, arg = src, src
    if how == "symlink":
        out = tmp_path / "alias.bib"
        out.symlink_to(src)
    elif how == "in-folder":
        arg = tmp_path
    fmt = ["--format", "bib"] if command == "export" else []
    p = pubnorm(command, str(arg), *fmt, "-o", str(out))
    assert p.returncode == 2 and "--in-place" in p.stderr and "in.bib" in p.stderr
    assert src.read_text(encoding="utf-8") == BIB_WITH_ABSTRACT
    p = pubnorm(command, str(arg), *fmt, "-o", str(out), "--in-place")
    assert p.returncode == 0, p.stderr
    assert "Robust Parsing" in src.read_text(encoding="utf-8")


HOSTILE_URL = "https://evil.example/a^^5cinput{/etc/passwd}\\def%20x#frag$m&q=1_a~b c\x01d"
_TEX_ACTIVE = set("\\^#{}$&_~ ") | {chr(c) for c in range(32)}


def test_url_doi_eprint_are_percent_encoded_and_read_back(db, tmp_path):
    """`url`, `doi` and `eprint` hold nothing TeX acts on (percent-encoded, no TeX escapes), and reading the
    .bib back gives the values that were written."""
    import re

    from pubnorm.model import Publication, SourceLoc

    pub = Publication(title="Hostile Links", authors=["Jane Roe"], year=2024, urls=[HOSTILE_URL],
                      ids={"doi": "10.1162/tacl_a_99999", "arxiv": "2401.00001"}, sources=[SourceLoc("x.md", 1)])
    text, _ = write_bibtex([pub])
    lib = bibtexparser.parse_string(text)
    assert not lib.failed_blocks
    fields = {f.key: f.value for f in lib.entries[0].fields}
    for name in ("url", "doi", "eprint"):
        assert not set(fields[name]) & _TEX_ACTIVE, (name, fields[name])
        assert not re.search(r"%(?![0-9A-F]{2})", fields[name]), (name, fields[name])
    assert fields["doi"] == "10.1162/tacl%5Fa%5F99999"
    (tmp_path / "out.bib").write_text(text, encoding="utf-8")
    back = run([tmp_path / "out.bib"], db).publications[0]
    assert back.urls == [HOSTILE_URL]
    assert back.ids["doi"] == "10.1162/tacl_a_99999" and back.ids["arxiv"] == "2401.00001"


def _limited(seconds: float = 30) -> dict:  # type: ignore[type-arg]
    """subprocess arguments: at most 2 GB of memory, so reading an endless device fails fast, not the machine."""
    import resource

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))

    return {"preexec_fn": cap, "timeout": seconds}


@pytest.mark.parametrize("special", ["symlink-to-dev-zero", "fifo", "symlink-to-fifo"])
@pytest.mark.parametrize("where", ["in-folder", "named"])
def test_devices_and_fifos_are_reported_never_read(tmp_path, special, where):
    site = _site(tmp_path, "placeholder.md", GOOD.replace("Robust", "Placeholder"))
    bad = site / "x.md"
    if special == "symlink-to-dev-zero":
        bad.symlink_to("/dev/zero")
    elif special == "fifo":
        os.mkfifo(bad)
    else:
        os.mkfifo(tmp_path / "fifo")
        bad.symlink_to(tmp_path / "fifo")
    args = [str(site)] if where == "in-folder" else [str(bad), str(site / "good.md")]
    p = subprocess.run([sys.executable, "-m", "pubnorm", "export", *args, "--format", "json"], capture_output=True,
                       text=True, cwd=ROOT, **_limited())
    assert p.returncode == 1, p.stderr
    line = next(ln for ln in p.stderr.splitlines() if "x.md" in ln)
    assert "not a regular file" in line and "E101" in line
    assert "Robust Parsing of Noisy Homepages" in p.stdout


def _surrogate_site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    site.mkdir()
    (site / "refs.bib").write_text('@article{s1, title={Lone \\char"D800 Surrogate}, author={Roe, Jane}, '
                                   "journal={TACL}, year={2023}}\n", encoding="utf-8")
    with open(os.path.join(os.fsencode(site), b"caf\xe9-\xff.md"), "wb") as fh:
        fh.write(GOOD.encode())
    return site


@pytest.mark.parametrize("args", [
    pytest.param(["export", "--format", "json"], id="export-json"),
    pytest.param(["export", "--format", "bib"], id="export-bib"),
    pytest.param(["export", "--format", "csv"], id="export-csv"),
    pytest.param(["export", "--format", "json", "-o", "{out}.json"], id="export-json-file"),
    pytest.param(["export", "--format", "bib", "--ascii"], id="export-bib-ascii"),
    pytest.param(["extract"], id="extract-table"),
    pytest.param(["extract", "--format", "json"], id="extract-json"),
    pytest.param(["dedupe", "--all"], id="dedupe-table"),
    pytest.param(["dedupe", "--format", "json", "-o", "{out}.bib"], id="dedupe-bib-file"),
    pytest.param(["check"], id="check-text"),
    pytest.param(["check", "--format", "json"], id="check-json"),
    pytest.param(["check", "--format", "github"], id="check-github"),
])
def test_lone_surrogates_and_undecodable_file_names_never_crash_output(tmp_path, args):
    site = _surrogate_site(tmp_path)
    args = [a.replace("{out}", str(tmp_path / "out")) for a in args]
    p = subprocess.run([sys.executable, "-m", "pubnorm", args[0], str(site), *args[1:]], capture_output=True,
                       cwd=ROOT, timeout=60)
    assert b"Traceback" not in p.stderr and p.returncode in (0, 1), p.stderr.decode(errors="replace")[-800:]
    written = p.stdout + b"".join(f.read_bytes() for f in tmp_path.glob("out.*"))
    written.decode("utf-8")  # valid UTF-8 throughout
    if args[0] in ("export", "dedupe", "extract") and args[-1] != "--all":
        assert b"Surrogate" in written and b"Robust Parsing" in written


def test_an_impossible_char_in_one_bib_entry_keeps_the_others(db, tmp_path):
    bib = ("@article{ok1, title={Fine Title One}, author={A B}, journal={TACL}, year={2023}}\n\n"
           '@article{bad, title={Beyond \\char"110000 Unicode and \\char' + "9" * 5000 + "}, year={2024}}\n\n"
           "@inproceedings{ok2, title={Fine Title Two}, author={E F}, booktitle={ACL}, year={2022}}\n")
    result = run([_site(tmp_path, "refs.bib", bib)], db)
    titles = {p.title for p in result.publications}
    assert {"Fine Title One", "Fine Title Two"} <= titles and _good_survives(result)
    assert "E199" not in _codes(result)


def test_a_huge_front_matter_integer_keeps_the_page(db, tmp_path):
    page = "---\ntitle: Jane Roe\nbig: " + "7" * 5000 + "\n---\n\n" + GOOD.replace("Robust", "Sturdy")
    result = run([_site(tmp_path, "big.md", page)], db)
    assert any(p.title == "Sturdy Parsing of Noisy Homepages" for p in result.publications)
    assert "E199" not in _codes(result) and _good_survives(result)


@pytest.mark.parametrize("setting", ["fuzzy-cutoff: 150", "fuzzy-cutoff: -1", "fuzzy-cutoff: .nan",
                                     "threshold: .nan", "threshold: 101", "threshold: .inf"])
def test_config_numbers_out_of_range_are_a_clear_error(tmp_path, setting):
    site = _site(tmp_path, "x.md", GOOD.replace("Robust", "Other"))
    (site / ".pubnorm.yaml").write_text(setting + "\n", encoding="utf-8")
    (site / ".git").mkdir()
    p = pubnorm("export", str(site), "--format", "json")
    assert p.returncode == 2 and ".pubnorm.yaml" in p.stderr and setting.split(":")[0] in p.stderr, p.stderr
    assert "0" in p.stderr and "100" in p.stderr and "Traceback" not in p.stderr


def test_no_fixture_or_example_gives_an_internal_error(db):
    """E199 (a bug of ours caught per file) must be rare: none on anything we ship or test with."""
    inputs = [ROOT / "tests" / "fixtures", ROOT / "examples", *sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))]
    result = run([p for p in inputs if p.exists()], db)
    assert result.publications and "E199" not in _codes(result)


BOMB_YAML = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [" + ", ".join([f"*{chr(97 + i)}"] * 9) + "]\n" for i in range(9))


def _config_site(tmp_path: Path, name: str, data: bytes) -> Path:
    site = _site(tmp_path, "x.md", GOOD.replace("Robust", "Other"))
    (site / ".git").mkdir()
    (site / name).write_bytes(data)
    return site


@pytest.mark.parametrize(("name", "data", "said"), [
    pytest.param(".pubnorm.yaml", b"ignore: [W201]\nthreshold: 9\xff0\n", "UTF-8", id="yaml-invalid-utf8"),
    pytest.param("pyproject.toml", b"[tool.pubnorm]\nthreshold = 90\nname = '\xff'\n", "UTF-8", id="toml-invalid-utf8"),
    pytest.param(".pubnorm.yaml", BOMB_YAML.encode() + b"ccf-edition: *j\n", "alias", id="yaml-alias-bomb"),
    pytest.param(".pubnorm.yaml", BOMB_YAML.replace("a: &a", "venues: &a").encode(), "alias", id="yaml-alias-bomb-2"),
])
def test_unusable_config_files_are_a_short_clear_error(tmp_path, name, data, said):
    site = _config_site(tmp_path, name, data)
    p = subprocess.run([sys.executable, "-m", "pubnorm", "export", str(site)], capture_output=True, text=True,
                       cwd=ROOT, **_limited())
    assert p.returncode == 2 and name in p.stderr and said in p.stderr, p.stderr[-2000:]
    assert "Traceback" not in p.stderr and len(p.stderr) < 2000


def _overlay_problems(tmp_path: Path, overlay: bytes | None, kind: str = "file") -> subprocess.CompletedProcess[str]:
    path = tmp_path / "overlay.yaml"
    if kind == "dir":
        path.mkdir()
    elif kind == "fifo":
        os.mkfifo(path)
    else:
        path.write_bytes(overlay or b"")
    return subprocess.run([sys.executable, "-m", "pubnorm", "venues", "validate", str(path)], capture_output=True,
                          text=True, cwd=ROOT, **_limited())


OVERLAY_HEAD = "venues:\n  - id: myconf\n    name: My Conference\n"


@pytest.mark.parametrize(("overlay", "field"), [
    pytest.param(OVERLAY_HEAD + "    bibtex: 12345\n", "bibtex", id="bibtex-int"),
    pytest.param(OVERLAY_HEAD + "    acronym: [ACL, X]\n", "acronym", id="acronym-list"),
    pytest.param(OVERLAY_HEAD + "    track_of: [x]\n", "track_of", id="track_of-list"),
    pytest.param(OVERLAY_HEAD + "    aliases: [My Conf, [nested]]\n", "aliases", id="aliases-nested"),
    pytest.param(OVERLAY_HEAD + "    ranks: {ccf2026: [A]}\n", "ranks", id="ranks-list"),
])
def test_overlay_type_errors_are_validation_errors(tmp_path, overlay, field):
    p = _overlay_problems(tmp_path, overlay.encode())
    assert p.returncode == 1 and "Traceback" not in p.stderr, p.stderr[-2000:]
    assert "overlay.yaml:2:1: error: " in p.stdout and "[V009]" in p.stdout and field in p.stdout
    site = _site(tmp_path, "x.md", GOOD.replace("Robust", "Other"))
    q = subprocess.run([sys.executable, "-m", "pubnorm", "export", str(site), "--venues", str(tmp_path / "overlay.yaml")],
                       capture_output=True, text=True, cwd=ROOT, **_limited())
    assert q.returncode == 2 and "V009" in q.stderr and "Traceback" not in q.stderr, q.stderr[-2000:]


@pytest.mark.parametrize(("kind", "overlay", "said"), [
    pytest.param("file", OVERLAY_HEAD.encode() + b"    publisher: \xff\n", "UTF-8", id="invalid-utf8"),
    pytest.param("file", (BOMB_YAML + "venues:\n  - id: bomb\n    name: Bomb\n    aliases: *j\n").encode(), "alias",
                 id="alias-bomb"),
    pytest.param("dir", None, "directory", id="directory"),
    pytest.param("fifo", None, "FIFO", id="fifo"),
])
@pytest.mark.parametrize("command", ["validate", "export"])
def test_unusable_overlays_are_reported_with_their_path(tmp_path, kind, overlay, said, command):
    if command == "validate":
        p = _overlay_problems(tmp_path, overlay, kind)
    else:
        path = tmp_path / "overlay.yaml"
        if kind == "dir":
            path.mkdir()
        elif kind == "fifo":
            os.mkfifo(path)
        else:
            path.write_bytes(overlay or b"")
        site = _site(tmp_path, "x.md", GOOD.replace("Robust", "Other"))
        p = subprocess.run([sys.executable, "-m", "pubnorm", "export", str(site), "--venues", str(path)],
                           capture_output=True, text=True, cwd=ROOT, **_limited())
    out = p.stdout + p.stderr
    assert p.returncode in (1, 2) and "overlay.yaml" in out and said in out, out[-2000:]
    assert "Traceback" not in out and len(out) < 3000


@pytest.mark.parametrize("kind", ["name-too-long", "symlink-loop", "not-a-directory"])
@pytest.mark.parametrize("first", [True, False], ids=["first", "second"])
def test_one_unreadable_named_file_is_reported_and_the_others_read(tmp_path, kind, first):
    """As in a folder: the bad input is an error with its path (exit 1), every other input is still read."""
    if kind == "name-too-long":
        bad = tmp_path / ("a" * 300 + ".md")
    elif kind == "symlink-loop":
        bad = tmp_path / "loop.md"
        bad.symlink_to("loop.md")
    else:
        (tmp_path / "file.md").write_text(GOOD, encoding="utf-8")
        bad = tmp_path / "file.md" / "x.md"
    good = str(ROOT / "tests" / "fixtures" / "news.md")
    args = [str(bad), good] if first else [good, str(bad)]
    p = pubnorm("export", *args, "--format", "json")
    assert p.returncode == 1 and "Traceback" not in p.stderr, p.stderr[-1500:]
    assert any(str(bad)[:40] in ln and ("E101" in ln or "E100" in ln) for ln in p.stderr.splitlines()), p.stderr
    assert {r["label"] for r in json.loads(p.stdout)["records"]} == {"MegaBench", "Patchwork"}


@pytest.mark.parametrize("value", ["nan", "inf", "-1", "0"])
def test_max_size_must_be_a_positive_finite_number(value):
    p = pubnorm("export", str(ROOT / "tests" / "fixtures" / "news.md"), "--max-size", value)
    assert p.returncode == 2 and "--max-size" in p.stderr and "Traceback" not in p.stderr, p.stderr[-1500:]


@pytest.mark.parametrize("length", [242, 250, 255])
def test_long_output_names_are_written(tmp_path, length):
    out = tmp_path / ("o" * (length - 5) + ".json")
    p = _export_to(out)
    assert p.returncode == 0, p.stderr
    assert {r["label"] for r in json.loads(out.read_text(encoding="utf-8"))["records"]} == {"MegaBench", "Patchwork"}
    assert [f.name for f in tmp_path.iterdir()] == [out.name]


def test_temp_files_left_by_a_killed_export_are_removed_by_the_next_write(tmp_path):
    from pubnorm.writers import write_output

    out = tmp_path / "out.json"
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()  # a process id that no longer runs
    stale = tmp_path / f".out.json.pubnorm-{dead.pid}-abc123.tmp"
    stale.write_text("half a fi", encoding="utf-8")
    live = tmp_path / f".out.json.pubnorm-{os.getpid()}-def456.tmp"  # a write under way in a running process
    live.write_text("being written", encoding="utf-8")
    other = tmp_path / ".unrelated.tmp"
    other.write_text("not ours", encoding="utf-8")
    write_output(out, "{}\n")
    assert out.read_text(encoding="utf-8") == "{}\n"
    assert not stale.exists() and live.exists() and other.exists()
    assert sorted(f.name for f in tmp_path.iterdir()) == sorted([out.name, live.name, other.name])


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_pages_are_decoded(db, tmp_path, encoding):
    page = GOOD.replace("Robust", "Wide Café")
    result = run([_site(tmp_path, "wide.md", page.encode(encoding))], db)
    assert any(p.title == "Wide Café Parsing of Noisy Homepages" for p in result.publications), result.diagnostics
    assert not _codes(result) & {"E101", "E102"} and _good_survives(result)


EVIL_TITLES = """# Publications

- Clear \x1b]0;pwned\x07 Screen \x1b[2J Paper \x9b31m Title ##[add-mask]hunter2

  **Jane Roe**, John Doe

  *ACL 2024 ##[error]fake \x1b[31m*

- Second Paper Title About Workflow Commands

  **Jane Roe**

  *::warning::fake 2024*
"""


@pytest.mark.parametrize("args", [
    pytest.param(["extract", "--extractor", "rules"], id="extract-table"),  # the page is shaped for the rules
    pytest.param(["dedupe", "--all", "--extractor", "rules"], id="dedupe-table"),
    pytest.param(["check"], id="check-text"),
    pytest.param(["check", "--format", "github"], id="check-github"),
])
def test_terminal_and_ci_output_is_inert(tmp_path, args):
    site = _site(tmp_path, "evil.md", EVIL_TITLES)
    p = pubnorm(args[0], str(site), *args[1:])
    assert p.returncode in (0, 1), p.stderr
    for stream in (p.stdout, p.stderr):
        assert not set(stream) & {"\x1b", "\x07", "\x9b", "\r"}, stream
        assert "##[" not in stream
        assert not [ln for ln in stream.splitlines() if ln.lstrip().startswith("::")
                    and not ln.startswith(("::error file=", "::warning file="))]
    if args[0] != "check":
        assert "Clear" in p.stdout and "Screen" in p.stdout


def test_venue_file_problems_print_inert(tmp_path):
    overlay = 'venues:\n  - id: x\n    name: X\n    "\\n::warning::owned \\e]0;t\\a ##[add-mask]k": 1\n'
    p = _overlay_problems(tmp_path, overlay.encode())
    assert p.returncode == 1 and "V003" in p.stdout
    assert not [ln for ln in (p.stdout + p.stderr).splitlines() if ln.lstrip().startswith("::")]
    assert "\x1b" not in p.stdout and "##[" not in p.stdout


@pytest.mark.parametrize("content", [b"", b"\n  \n"], ids=["zero-bytes", "blank"])
def test_empty_inputs_do_not_replace_an_existing_output(tmp_path, content):
    """Nothing read is treated like nothing readable: the old output stays."""
    src = tmp_path / "pubs.md"
    src.write_bytes(content)
    out = tmp_path / "out.json"
    out.write_text('[{"title": "kept"}]\n', encoding="utf-8")
    p = pubnorm("export", str(src), "-o", str(out))
    assert p.returncode == 1 and "not written" in p.stderr, p.stderr
    assert out.read_text(encoding="utf-8") == '[{"title": "kept"}]\n'


def test_file_level_errors_point_at_a_line(db, tmp_path):
    """E100/E101 (and E105/E199) concern a whole file: they point at its first line, so every tool can show them."""
    site = _site(tmp_path, "bin.md", b"\x00\x00binary")
    result = run([site, tmp_path / "missing.md"], db)
    found = {d.code: d for d in result.diagnostics}
    assert found["E100"].line == 1 and found["E101"].line == 1


@pytest.mark.skipif(not os.path.isdir("/dev/shm"), reason="no /dev/shm")
def test_a_regular_file_under_dev_shm_is_still_replaced_atomically():
    import tempfile

    from pubnorm.writers import write_output

    with tempfile.TemporaryDirectory(dir="/dev/shm") as d:
        out = Path(d) / "out.json"
        out.write_text("OLD\n", encoding="utf-8")
        inode = out.stat().st_ino
        write_output(out, "{}\n")
        assert out.read_text(encoding="utf-8") == "{}\n" and out.stat().st_ino != inode


def test_output_dev_stdout_redirected_to_a_file_writes_that_file(tmp_path):
    target = tmp_path / "redirected.json"
    with target.open("wb") as fh:
        inode = os.fstat(fh.fileno()).st_ino
        p = subprocess.run([sys.executable, "-m", "pubnorm", "export", str(ROOT / "tests" / "fixtures" / "news.md"),
                            "-o", "/dev/stdout"], stdout=fh, stderr=subprocess.PIPE, text=True, timeout=60, cwd=ROOT)
    assert p.returncode == 0, p.stderr
    assert target.stat().st_ino == inode  # the shell's file, written through, not replaced by a new one
    assert {r["label"] for r in json.loads(target.read_text(encoding="utf-8"))["records"]} == {"MegaBench", "Patchwork"}


def test_the_labeller_reads_a_huge_paragraph_in_bounded_parts(db, monkeypatch):
    """Issue 15 item 8: one 400 KB paragraph reaches the labeller (crf) in parts of at most MAX_LABELLED_CHARS
    characters, cut at sentence ends or spaces, with no text lost and each part's markup kept."""
    from pubnorm.sources import assemble, entries
    from pubnorm.sources.reader import read_markup

    sizes: list[int] = []
    texts: list[str] = []
    labelled = assemble.block_publications

    def spy(block, *args, **kwargs):  # type: ignore[no-untyped-def]
        sizes.append(sum(len(ln.text) for ln in block.lines))
        texts.append(" ".join(ln.text for ln in block.lines))
        assert all(s.bold for ln in block.lines for s in ln.spans)
        return labelled(block, *args, **kwargs)

    monkeypatch.setattr(assemble, "block_publications", spy)
    sentence = "Robust parsing of noisy homepages, again. "
    read_markup("big.md", "**" + (sentence * 10_000).strip() + "**\n", db, extractor="crf")
    assert len(sizes) > 1 and max(sizes) <= entries.MAX_LABELLED_CHARS
    assert " ".join(texts).split() == (sentence * 10_000).split()
    assert all(t.rstrip().endswith(".") for t in texts[:-1])  # cut after a sentence


def test_blocks_within_the_labellers_bound_are_labelled_whole(db):
    """A block that fits is handed over as it is (real pages: the longest block seen has 9,141 characters)."""
    from pubnorm.sources.entries import MAX_LABELLED_CHARS, _bounded_parts
    from pubnorm.sources.markup import Block, Line, Span

    block = Block(lines=[Line([Span("x " * 4_000)], lineno=i) for i in range(2)], lineno=1, section="P", heading_line=0)
    assert _bounded_parts(block, MAX_LABELLED_CHARS) == [block]
    parts = _bounded_parts(block, 10_000)
    assert [len(p.lines) for p in parts] == [1, 1] and [p.lineno for p in parts] == [0, 1]


def test_each_line_of_a_block_is_tested_once(db, monkeypatch):
    """Issue 15 item 8: cutting a block into entries and then reading each entry ask the same lines whether they
    are authors or a venue: the answer is kept for the block, not worked out again (a block of 100 short lines
    tested every line twice)."""
    from pubnorm.sources import entries
    from pubnorm.sources.reader import read_markup

    calls: list[str] = []
    split = entries.split_authors

    def count_split(text: str):  # type: ignore[no-untyped-def]
        calls.append("authors")
        return split(text)

    monkeypatch.setattr(entries, "split_authors", count_split)
    page = "<ul><li>" + "".join(f"xa{i}, yb{i}<br>" for i in range(100)) + "</li></ul>"
    assert read_markup("p.html", page, db, html=True, extractor="rules").publications == []
    assert calls.count("authors") == 100


_LETTERLESS = st.text(alphabet="ab1., -–:;()*_[]#'\"&/", max_size=40).map(
    lambda s: re.sub(r"([^\W\d_])(?=[^\W\d_])", r"\1 ", s))  # no two letters in a row


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_LETTERLESS, min_size=1, max_size=4), st.booleans())
@example(["-/&1a;b b"], False)  # found by this test: the title "-1ab b" (letters glued across ';')
@example([":/–&:a ;b b"], False)  # the title "ab b"
@example(["1a&:a;a/"], False)  # the tokens "a", "a" around a dropped ";" made the title "1a:aa" (found by this test)
def test_a_block_skipped_before_labelling_holds_nothing_the_labeller_finds(db, items, under_heading):
    """Issue 15, item 8: a block with no link and no two letters in a row is not labelled (25 µs a block on a page
    of 200,000 one-letter items); labelling it would have found no paper and no mention."""
    from pubnorm.sources.entries import Context, _labelled, _mentions, _nothing_to_label
    from pubnorm.sources.markup import LineMapper, iter_blocks, markdown_to_html, parse_html

    text = ("# Publications\n\n" if under_heading else "") + "".join(f"- {s}\n  {s}\n" for s in items)
    root = parse_html(markdown_to_html(text))
    if root is None:
        return
    for block in iter_blocks(root, LineMapper(root, True, 0), True):
        if block.lines and _nothing_to_label(block):
            ctx = Context(db=db, path="p.md")
            assert _labelled(block, ctx) == [] and _mentions(block, ctx, True) == []


def test_the_rules_extractor_skips_blocks_with_no_title_in_them(db, monkeypatch):
    """Issue 15, item 8: a block with no link and no two letters that may join (every word one letter) holds no
    title, and the rules extractor no longer runs its line tests on it (about 40 µs a block: a page of 100,000
    one-letter table rows was read at 0.5 MB/s)."""
    from pubnorm.sources import entries
    from pubnorm.sources.reader import read_markup

    calls: list[int] = []
    structured = entries._structured

    def count(*args):  # type: ignore[no-untyped-def]
        calls.append(1)
        return structured(*args)

    monkeypatch.setattr(entries, "_structured", count)
    page = "# Publications\n\nSome text.\n\n" + "- x\n" * 50 + "\n| a | b |\n|---|---|\n" + "| x | y |\n" * 50
    assert read_markup("p.md", page, db, extractor="rules").publications == []
    assert len(calls) == 1  # "Some text." only


@pytest.mark.parametrize("command", ["extract", "export"])
def test_json_records_are_written_as_they_are_made(tmp_path, monkeypatch, command):
    """A record's JSON (about 750 characters for a 10-byte `@a{k,}` entry) is written before the next one is made:
    the output was held whole, three times over (1.2 GB for 300,000 tiny entries)."""
    from conftest import run_cli

    from pubnorm.writers import jsonout

    bib = tmp_path / "many.bib"
    bib.write_text("".join(f"@misc{{k{i}, title = {{Paper number {i}}}}}\n" for i in range(300)), encoding="utf-8")
    out = tmp_path / "out" / "records.json"
    out.parent.mkdir()
    written_before_last: list[int] = []
    real = jsonout.record_json

    def spy(p, *args):  # type: ignore[no-untyped-def]
        if p.key == "k299":  # the last record: how much of the output is already in the file being written
            written_before_last.append(sum(f.stat().st_size for f in out.parent.glob("*.tmp")))
        return real(p, *args)

    monkeypatch.setattr(jsonout, "record_json", spy)
    r = run_cli(command, "-f", "json", "-j", "1", str(bib), "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert len(json.loads(out.read_text(encoding="utf-8"))["records"]) == 300
    assert written_before_last and written_before_last[0] > 100_000  # 299 records of about 700 bytes


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab1 ;.\t-é", max_size=30))  # a line: no newline
def test_two_letters_may_join_as_the_regular_expression_says(text):
    """The skip test's two left-to-right searches answer as the one regular expression it replaces."""
    from pubnorm.sources.entries import two_letters_may_join

    assert two_letters_may_join(text) == bool(re.search(r"[^\W\d_](?:.*?\S)?[^\W\d_]", text))


def test_two_letters_may_join_stays_linear():
    """That regular expression took time quadratic in a line's length (40 KB of `{{ x {% y `: 4 s; a 3 MB line
    was stopped after 220 s)."""
    from pubnorm.sources.entries import two_letters_may_join

    t = time.monotonic()
    assert not two_letters_may_join("{{ x {% y " * 8_000)
    assert time.monotonic() - t < 5  # a safety bound (the regular expression took about 16 s): speed is in bench/


def test_the_line_mapper_keeps_only_elements_the_renderer_did_not_mark():
    """Issue 15, item 8: every element of a rendered Markdown page was kept with its line (a Python object held
    alive for each: 47 MB of a 200 MB run on a 60,000-row table); a marked element's line is read from its mark,
    and the lines are the same."""
    from pubnorm.sources.markup import LineMapper, markdown_to_html, parse_html

    text = "# P\n\n" + "- x *y*\n" * 500 + "\n| a | b |\n|---|---|\n" + "| x | y |\n" * 500 + "\n<div>\n<p>raw</p>\n</div>\n"
    root = parse_html(markdown_to_html(text))
    assert root is not None
    mapper = LineMapper(root, True, 2)
    assert len(mapper.lines) < 550  # the 500 <em> and a few others; not the 1,500 items, rows and cells
    items = root.findall(".//li")
    assert [mapper.line(li) for li in items[:2]] == [5, 6] and mapper.line(items[0].find("em")) == 5
    assert mapper.line(root.findall(".//tr")[-1]) == 1005 + 2  # the last row
    assert mapper.line(root.find(".//div/p")) == len(text.splitlines()) + 2 - 1


def test_a_bibtex_entry_asks_only_about_its_own_fields(db, monkeypatch):
    """Issue 15, item 8: whether a field was read into the record was asked of every known field name (the link
    fields' values converted each time) for every entry, also for a 10-byte `@a{k,}` (a third of its time)."""
    from pubnorm.sources import bibtex

    calls: list[str] = []
    real = bibtex.verbatim_to_text

    def count(value: str) -> str:
        calls.append(value)
        return real(value)

    monkeypatch.setattr(bibtex, "verbatim_to_text", count)
    prof = bibtex.read_bibtex("a.bib", "@a{k1,}\n@misc{k2, title={T}, code={https://github.com/x/y}, selected={true}}\n", db)
    assert [p.key for p in prof.publications] == ["k1", "k2"]
    assert prof.publications[1].links == {"code": "https://github.com/x/y"}
    assert prof.publications[1].extra == {"selected": "true"}
    assert calls == ["https://github.com/x/y"] * 2  # read as a link, then asked whether the link says it still


def test_what_a_token_shows_its_neighbours_is_made_once_per_distinct_token(db):
    """Issue 15, item 8: the neighbour features ("-1:w=the", "2:bold", ...) were made anew for every token, four
    times over (a third of the features' time on a long paragraph, and a string each held until the block was
    labelled); a word with the same markup shares them, and the features are the same."""
    from pubnorm.sources import labeller
    from pubnorm.sources.features import Token, token_features

    toks = [Token(w, 0, bold=i > 6) for i, w in enumerate("the cat and the cat and the cat and the".split())]
    feats = token_features(toks, labeller.lexicon(db), [""] * len(toks))
    assert "-1:w=the" in feats[1] and "1:w=cat" in feats[0] and "2:w=and" in feats[0] and "-2:w=the" in feats[2]
    assert "-1:bold" in feats[8] and "-1:bold" not in feats[7]
    same = [next(x for x in feats[i] if x == "1:w=cat") for i in (0, 3)]
    assert same[0] is same[1]


def test_a_section_is_read_once_for_all_its_blocks(db, monkeypatch):
    """Issue 15, item 8: what a section's headings say (a year, news, a section to skip) was worked out again for
    every block under it (a page of 200,000 one-word items asked 200,000 times)."""
    from pubnorm.sources import entries
    from pubnorm.sources.reader import read_markup

    calls: list[str] = []
    real = entries._skipped

    def count(section: str) -> bool:
        calls.append(section)
        return real(section)

    monkeypatch.setattr(entries, "_skipped", count)
    entries._section_facts.cache_clear()  # another test's page may have had this section
    page = "# Talks in 2031\n\n" + "".join(f"- Talk about things number {i}\n" for i in range(100))
    assert read_markup("p.md", page, db, extractor="rules").publications == []
    assert calls == ["Talks in 2031"]


def test_a_line_holds_no_copy_of_a_text_with_nothing_to_squash():
    """Issue 15, item 8: every line's text was a copy of its spans' text, also when squashing changed nothing (a
    page of 200,000 short `<br>` lines held 10 MB of copies)."""
    from pubnorm.sources.markup import Line, Span
    from pubnorm.text import squash

    ln = Line([Span("x, y")])
    assert ln.text == "x, y" and ln.text is ln.spans[0].text
    assert squash("  a \n b ") == "a b" and squash("") == ""


def test_the_neighbour_features_kept_are_bounded(db):
    """What tokens show their neighbours is kept per distinct word and markup, up to MAX_SHOWN of them (about 1 KB
    each), and a word's own features up to MAX_WORDS words (about 320 bytes each): a page of many distinct words
    (numbered papers) must not hold them for each."""
    from pubnorm.sources import labeller
    from pubnorm.sources.features import MAX_SHOWN, MAX_WORDS, Token, token_features

    lex = labeller.lexicon(db)
    toks = [Token(f"w{i}", 0) for i in range(MAX_SHOWN + 10)]
    feats = token_features(toks, lex, None)
    assert len(lex.shown_seen) <= MAX_SHOWN and "1:w=w1" in feats[0]
    token_features([Token(f"v{i}", 0) for i in range(MAX_WORDS + 10)], lex, None)
    assert len(lex.words_seen) <= MAX_WORDS


def test_a_superscript_digit_as_a_line_mark_is_no_line_number(db):
    """Raw HTML in a Markdown page carrying data-line="²" (a digit to isdigit(), not to int()): the page is read, the
    mark is not taken for a line (a ValueError lost the page)."""
    from pubnorm.sources.reader import read_markup

    profile = read_markup("p.md", '## Papers\n\n<p data-line="²">A. Lee. A title here. *Icarus*, 2020.</p>\n', db)
    assert profile.diagnostics == [] and all(p.sources[0].line >= 1 for p in profile.publications)


def _count_calls(monkeypatch, module, name: str) -> list[None]:  # type: ignore[no-untyped-def]
    """Replace module.name with a wrapper that notes each call in the list returned (cleared by the caller)."""
    calls: list[None] = []
    real = getattr(module, name)

    def counting(*a, **k):  # type: ignore[no-untyped-def]
        calls.append(None)
        return real(*a, **k)

    monkeypatch.setattr(module, name, counting)
    return calls


def test_a_wide_tables_header_is_read_once(monkeypatch):
    """Each cell of a table was asked which column it is in and what that column's header says: time quadratic in the
    columns (a 1 MB table of wide rows took 85 s). The header is read once per table, a row's cells counted once."""
    from pubnorm.sources import markup

    calls = _count_calls(monkeypatch, markup, "text_content")
    cols, rows = 200, 30
    head = "".join(f"<th>{'Title' if i == 0 else f'c{i}'}</th>" for i in range(cols))
    body = "".join("<tr>" + "".join(f"<td>w{r} x{i}</td>" for i in range(cols)) + "</tr>\n" for r in range(rows))
    root = markup.parse_html(f"<html><body><table><tr>{head}</tr>\n{body}</table></body></html>")
    assert root is not None
    blocks = list(markup.iter_blocks(root, markup.LineMapper(root, False, 0), False))
    assert blocks and len(calls) < 3 * cols + 10 * rows


def _walk_markdown(text: str) -> list:  # type: ignore[type-arg]
    from pubnorm.sources import markup

    root = markup.parse_html(markup.markdown_to_html(text))
    assert root is not None
    return list(markup.iter_blocks(root, markup.LineMapper(root, True, 0), True))


@pytest.mark.parametrize("page", [lambda n: "- x\n" * n,
                                  lambda n: "| a | b |\n|---|---|\n" + "| x | y |\n" * n,
                                  lambda n: "".join(f"Paragraph {i}.\n\n" for i in range(n))])
def test_making_blocks_leaves_nothing_to_the_cyclic_collector(page):
    """Each block left some 24 objects in a reference cycle (the walk's recursive closure holding itself, with the
    block's lines): only the cyclic collector freed them, 2.4 million on a page of 100,000 list items. Counted on n and
    4n blocks: nothing is left, whatever the size."""
    import gc

    left = []
    for n in (500, 2000):
        text = page(n)
        gc.collect()
        enabled = gc.isenabled()
        gc.disable()
        try:
            assert _walk_markdown(text)
            left.append(gc.collect())
        finally:
            if enabled:
                gc.enable()
    assert left == [0, 0]


def test_a_list_is_asked_whether_it_holds_fields_only_up_to_its_first_plain_item(monkeypatch):
    """Whether a list is one paper's fields ("- Authors: ...", "- Journal: ...") read the text of every item before
    looking at any: a list of 200,000 items was read twice. It stops at the first item that names no field."""
    from pubnorm.sources import markup

    calls = _count_calls(monkeypatch, markup, "text_content")
    counts = []
    for n in (1000, 4000):
        calls.clear()
        blocks = _walk_markdown("- x\n" * n)
        assert len(blocks) == n
        counts.append(len(calls))
    assert counts[1] == counts[0] < 10
    fields = _walk_markdown("### A Paper Title Here\n\n- Authors: Jane Roe, John Doe\n- Journal: Nature\n- Year: 2024\n")
    assert len(fields) == 1 and [ln.text for ln in fields[0].lines] == ["Authors: Jane Roe, John Doe", "Journal: Nature", "Year: 2024"]


def test_the_fuzzy_venue_search_is_skipped_when_a_short_word_rules_out_every_name(db, monkeypatch):
    """A fuzzy venue match must account for every content word of the string, a word under five letters as written: a
    line of a citation ("Title. A. Author, B. Author. CVPR 2024.", each one new) was searched against every name of
    its length, twice, and no name could have been accepted. Counted: no search for such strings, n or 4n of them;
    a misspelt name is still found."""
    from rapidfuzz import process

    from pubnorm.venues import VenueDB

    searched = 0
    real = process.extractOne

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        nonlocal searched
        searched += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(process, "extractOne", counting)
    fresh = VenueDB.build(db.venues.values())  # no answer cached by other tests
    counts = []
    for n in (50, 200):
        searched = 0
        for i in range(n):
            m = fresh.match(f"Robust Parsing Number {i} of Noisy Homepages xqz Conference on Things 2024")
            assert m.venue is None
        counts.append(searched)
    assert counts == [0, 0]
    m = fresh.match("Conference on Empirical Methods in Natural Languge Processing")
    assert m.venue is not None and m.venue.id == "emnlp" and m.method == "fuzzy" and searched == 1


def test_a_short_name_after_a_dash_is_matched_to_the_name_in_linear_work(monkeypatch):
    """Whether "- Aaaaaaaaaaab" is made of the starts of a name's words was a search over every split of every word:
    a venue string of 160 words took 26 s. The work now grows with the name's words, not with their cube."""
    from pubnorm import venues

    calls = 0

    class Counted(str):
        def startswith(self, *a):  # type: ignore[no-untyped-def, override]
            nonlocal calls
            calls += 1
            return str.startswith(self, *a)

    class Key(str):
        def split(self, *a):  # type: ignore[no-untyped-def, override]
            return [Counted(w) for w in str.split(self, *a)]

    real = venues.key
    monkeypatch.setattr(venues, "key", lambda text: Key(real(text)))
    work = []
    for words in (20, 80):
        calls = 0
        assert not venues._made_of("Aaaaaaaaaaab", " ".join(["aaaa"] * words))
        work.append(calls)
    assert work[1] <= 5 * work[0]
