"""Synthetic publication data for the benchmarks: papers, and the ways homepages repeat them.

Every record carries the id of the paper it stands for (`truth`), so a benchmark can count the duplicates
a tool found and the different papers it wrongly merged. Deterministic for a given seed.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

_WORDS = """adaptive aligned attention augmented autoregressive balanced bayesian benchmark bidirectional bootstrapped
calibrated causal chain-of-thought compact compositional compressed conditional consistent continual contrastive
controllable cross-lingual cross-modal curriculum data-efficient debiased decoupled deep dense differentiable diffusion
distilled distributed dynamic efficient embodied energy-based explainable factual faithful federated few-shot
fine-grained generative geometric graph grounded hierarchical hybrid implicit incremental instruction interactive
interpretable iterative joint knowledge-aware label-efficient latent lightweight long-context low-rank masked
memory-augmented meta mixture-of-experts modular monotonic multi-agent multi-task multilingual multimodal neural
non-autoregressive object-centric offline online open-domain open-vocabulary parameter-efficient personalized
probabilistic progressive prompt-based pruned quantized recurrent recursive reinforced relational retrieval-augmented
robust scalable self-supervised semi-supervised sparse spatio-temporal structured symbolic temporal test-time
token-level trainable transferable uncertainty-aware unified universal unsupervised video-language vision-language
weakly-supervised zero-shot""".split()
_NOUNS = """agents alignment annotation architectures benchmarks captioning classification clustering compression
conversations decoding detection dialogue distillation editing embeddings encoders evaluation explanations extraction
feedback forecasting generation grounding hallucination imitation inference instruction-tuning interpretability
kernels localization manipulation matching navigation optimization parsing perception planning pretraining pruning
quantization question-answering ranking reasoning recognition recommendation reconstruction representations
retrieval reward-modeling routing sampling segmentation simulation summarization synthesis tokenization tracking
training transfer translation understanding verification""".split()
_DOMAINS = """autonomous-driving biomedical-text chemistry code document-images e-commerce education finance legal-text
low-resource-languages mathematics medical-imaging molecules music news point-clouds protein-structures remote-sensing
robotics scientific-papers social-media speech spreadsheets streaming-video tabular-data time-series user-interfaces
weather web-pages""".split()
_SURNAMES = """Li Wang Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Smith Johnson Brown Garcia
Miller Davis Martinez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White
Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Kim Park Choi Tanaka Suzuki Sato Müller Schmidt
Schneider Fischer Weber Rossi Russo Ferrari Dubois Moreau Laurent Silva Santos Oliveira Kowalski Nowak Novak Ivanov
Petrov Singh Kumar Sharma Patel Gupta Das Khan Ali Ahmed Hassan Okafor Mensah Nguyen Tran Pham""".split()
_GIVEN = """Wei Jing Lei Yu Xin Hao Yan Jun Ming Tao Ann Bob Carol David Emma Frank Grace Hana Ivan Julia Kofi Lena Maria
Noor Omar Priya Quinn Rosa Sven Tomas Uma Victor Wen Xavier Yara Zoe Luca Sofia Mateo Aiko Ravi Amir Chloe""".split()
VENUES = [
    ("ACL {y}", "Findings of ACL {y}", "Proceedings of ACL {y}", "ACL-{y}-Findings", "ACL {yy}, CCF A"),
    ("EMNLP {y}", "Findings of EMNLP {y}", "EMNLP {y} (Findings)", "Proc. of EMNLP {y}", "EMNLP {yy}, CCF B"),
    ("NeurIPS {y}", "Advances in Neural Information Processing Systems", "NeurIPS {y} Spotlight", "Proceedings of NeurIPS {y}"),
    ("ICLR {y}", "International Conference on Learning Representations", "ICLR {y} (Oral)"),
    ("CVPR {y}", "Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)", "CVPR {y} (Highlight)"),
    ("ICML {y}", "International Conference on Machine Learning (ICML) {y}", "ICML {y} Spotlight"),
    ("KDD {y}", "SIGKDD {y} | CCF: A", "ACM SIGKDD Conference on Knowledge Discovery and Data Mining"),
    ("IEEE Transactions on Multimedia", "TMM {y}", "IEEE TMM"),
    ("AAAI {y}", "Proceedings of AAAI {y}", "AAAI Conference on Artificial Intelligence"),
    ("TACL", "Transactions of the Association for Computational Linguistics"),
    ("arXiv preprint", "arXiv {y}", "Arxiv"),
]


@dataclass
class Paper:
    truth: int
    title: str
    authors: list[str]
    year: int
    venue: int  # index into VENUES
    arxiv: str | None = None
    doi: str | None = None
    label: str | None = None


@dataclass
class Record:
    truth: int
    title: str
    authors: list[str]
    year: int
    venue: str
    arxiv: str | None = None
    doi: str | None = None
    kind: str = "original"
    extra: dict[str, str] = field(default_factory=dict)


def _title(rng: random.Random) -> tuple[str, str]:
    acr = "".join(rng.choice("ABCDEFGHIKLMNPRSTVW") for _ in range(rng.randint(3, 6)))
    words = [rng.choice(_WORDS).capitalize(), rng.choice(_WORDS).capitalize(), rng.choice(_NOUNS).capitalize()]
    tail = rng.choice(["for", "in", "via", "with", "towards"]) + " " + " ".join(
        w.capitalize() for w in [rng.choice(_WORDS), rng.choice(_NOUNS)]) + " of " + rng.choice(_DOMAINS).replace("-", " ").title()
    return f"{acr}: {' '.join(words)} {tail}", acr


def papers(n: int, seed: int = 7) -> list[Paper]:
    rng = random.Random(seed)
    out = []
    titles: set[str] = set()
    while len(out) < n:
        title, acr = _title(rng)
        if title.lower() in titles:
            continue
        titles.add(title.lower())
        k = len(out)
        authors = [f"{rng.choice(_GIVEN)} {rng.choice(_SURNAMES)}" for _ in range(rng.randint(1, 7))]
        p = Paper(k, title, authors, rng.randint(2015, 2026), rng.randrange(len(VENUES)), label=acr)
        if rng.random() < 0.6:
            p.arxiv = f"{p.year % 100:02d}{rng.randint(1, 12):02d}.{rng.randint(0, 99999):05d}"
        if rng.random() < 0.4:
            p.doi = f"10.{rng.randint(1000, 9999)}/{acr.lower()}.{k}"
        out.append(p)
        # a follow-up: similar title, other year and venue, another paper (must not be merged)
        if rng.random() < 0.03 and len(out) < n:
            f = Paper(len(out), f"{title} II: Extensions to {rng.choice(_DOMAINS).replace('-', ' ').title()}", authors[:],
                      p.year + rng.randint(1, 2), rng.randrange(len(VENUES)))
            out.append(f)
    return out


def _venue_text(p: Paper, rng: random.Random, variant: int) -> str:
    forms = VENUES[p.venue]
    return forms[variant % len(forms)].format(y=p.year, yy=f"{p.year % 100:02d}")


def records(n: int, dup_rate: float = 0.10, seed: int = 7) -> list[Record]:
    """n records: (1 - dup_rate) * n papers written once, the rest repeats of them in realistic variants."""
    rng = random.Random(seed + 1)
    n_papers = round(n * (1 - dup_rate))
    ps = papers(n_papers, seed)
    out = [Record(p.truth, p.title, p.authors, p.year, _venue_text(p, rng, 0), p.arxiv, p.doi) for p in ps]
    candidates = [p for p in ps if " II: " not in p.title]
    while len(out) < n:
        p = rng.choice(candidates)
        kind = rng.choice(["case", "arxiv-version", "doi-case", "fuzzy", "venue", "et-al", "punct"])
        title, authors, arxiv, doi = p.title, list(p.authors), p.arxiv, p.doi
        venue = _venue_text(p, rng, rng.randint(1, 4))
        if kind == "case":
            title = title.lower().capitalize()
        elif kind == "arxiv-version" and arxiv:
            arxiv = f"{arxiv}v{rng.randint(1, 4)}"
            title = title.replace(":", " -", 1)
        elif kind == "doi-case" and doi:
            doi = doi.upper()
            arxiv = None
            title = title.upper() if rng.random() < 0.3 else title
        elif kind == "fuzzy":
            words = title.split()
            i = rng.randrange(2, len(words))
            words.pop(i)  # one word dropped, as in a hand-typed copy
            title = " ".join(words)
            arxiv = doi = None
        elif kind == "et-al":
            authors = authors[:1]
            arxiv = doi = None
        elif kind == "punct":
            title = re.sub(r"[:,]", "", title).replace("-", " ")
            arxiv = doi = None
        out.append(Record(p.truth, title, authors, p.year, venue, arxiv, doi, kind))
    rng.shuffle(out)
    return out


def to_bib(recs: list[Record]) -> str:
    """The records as one .bib (keys unique), as a department's merged bibliography would be."""
    chunks = []
    for i, r in enumerate(recs):
        fields = [("title", "{" + r.title + "}"), ("author", " and ".join(r.authors) + (" and others" if r.kind == "et-al" else "")),
                  ("year", str(r.year))]
        v = r.venue
        if v.lower().startswith("arxiv"):
            etype = "misc"
            fields.append(("howpublished", v))
        elif "Transactions" in v or v in ("TACL", "IEEE TMM") or v.startswith("TMM"):
            etype = "article"
            fields.append(("journal", v))
        else:
            etype = "inproceedings"
            fields.append(("booktitle", v))
        if r.arxiv:
            fields += [("eprint", r.arxiv), ("archiveprefix", "arXiv")]
        if r.doi:
            fields.append(("doi", r.doi))
        body = ",\n".join(f"  {k} = {{{val}}}" if not val.startswith("{") else f"  {k} = {val}" for k, val in fields)
        chunks.append(f"@{etype}{{r{i},\n{body}\n}}\n")
    return "\n".join(chunks)
