"""The learned entry labeller (sources/features.py, labeller.py, assemble.py): the shipped model loads and
reads entries written the ways homepages write them (fixtures written by us)."""

from __future__ import annotations

import pytest

from pubnorm.sources.assemble import join_tokens, split_name_list
from pubnorm.sources.features import TOKEN, Token, build_lexicon, token_features, tokenize
from pubnorm.sources.labeller import MODEL_PATH
from pubnorm.sources.markup import LineMapper, iter_blocks, markdown_to_html, parse_html
from pubnorm.sources.reader import read_markup
from pubnorm.sources.segment import entries


def _blocks(md: str):
    root = parse_html(markdown_to_html(md))
    return list(iter_blocks(root, LineMapper(root, True, 0), newline_breaks=True))


# --- tokens and features (no model needed) ------------------------------------------------------------------


def test_tokens_split_periods_and_keep_ranges():
    assert TOKEN.findall("Smith, J. A. Title. Nature 12, 100–110 (2020).") == [
        "Smith", ",", "J", ".", "A", ".", "Title", ".", "Nature", "12", ",", "100–110", "(", "2020", ")", "."]


def test_tokens_keep_markup_and_place():
    (block,) = _blocks("- **A Title Here**  \n  J. Smith and *Nature* 2020\n")
    toks = tokenize(block.lines)
    assert [t.text for t in toks if t.bold] == ["A", "Title", "Here"]
    assert [t.text for t in toks if t.italic] == ["Nature"]
    assert {t.line for t in toks if t.text == "Smith"} == {1}
    assert join_tokens(toks[:3]) == "A Title Here"


def test_tokens_know_a_wrapped_line_from_a_new_one():
    """A paragraph wrapped in the Markdown source goes on (soft); a new paragraph or a <br> starts a line."""
    (block,) = _blocks("- A title that is\n  wrapped here\n\n  J. Smith  \n  *Nature* 2020\n")
    toks = tokenize(block.lines)
    assert {t.text for t in toks if t.soft} == {"wrapped", "here"}
    feats = token_features(toks, build_lexicon([], []))
    assert "softnl" in feats[[t.text for t in toks].index("wrapped")]
    assert "hardnl" in feats[[t.text for t in toks].index("Nature")]


def test_features_carry_markup_lexicon_and_context():
    toks = [Token("Phys", 0, italic=True), Token(".", 0, italic=True, space_before=False), Token("Rev", 0, italic=True),
            Token("2020", 0)]
    lex = build_lexicon(["Physical Review Letters", "Journal of Physics"], ["PRL"])
    f = token_features(toks, lex)
    assert "italic" in f[0] and "dotted" in f[0] and "year" in f[3]
    assert "venueword" in f[2] or "w=rev" in f[2]
    assert "-1:italic" in f[3] and "1:NONE" in f[3]


@pytest.mark.parametrize("text, names, et_al", [
    ("A. Smith, B. Doe and C. Lee", ["A. Smith", "B. Doe", "C. Lee"], False),
    ("Smith, A., Doe, B. & Lee, C.", ["Smith, A.", "Doe, B.", "Lee, C."], False),
    ("Smith A, Doe B, Lee C, et al.", ["Smith A", "Doe B", "Lee C"], True),
    ("Smith, Anna; Doe, Bob", ["Smith, Anna", "Doe, Bob"], False),
    ("Smith, J. R., I. Surname", ["Smith, J. R.", "I. Surname"], False),
    ("Wu, Y., Peña, P. R., & Cowan, B. R.", ["Wu, Y.", "Peña, P. R.", "Cowan, B. R."], False),  # "Wu" is no initial
    ("Greathouse, Jared, Jason Coupet, and Eric L. Sevigny", ["Greathouse, Jared", "Jason Coupet", "Eric L. Sevigny"], False),
    ("Smith JR, Doe J-P, Li W", ["Smith JR", "Doe J-P", "Li W"], False),
    ("Ann Lee ® Bo Li ® Cy Young", ["Ann Lee", "Bo Li", "Cy Young"], False),  # random order (theoretical CS)
    # marks after the initials (equal contribution, corresponding author) keep "Surname, I." together
    ("Okafor, S. C.*, Lind, R.*, Moreau, M.", ["Okafor, S. C.", "Lind, R.", "Moreau, M."], False),
    ("Hu, B., Yuan, H.☯︎, Lind, V.", ["Hu, B.", "Yuan, H.", "Lind, V."], False),
    ("Hu, B.†, Yuan, H.‡, Lind, V.", ["Hu, B.", "Yuan, H.", "Lind, V."], False),
    # APA's names left out of a long list, "…" or three stops: the list is not whole (as "et al." says)
    ("Okafor, V., Lind, A. J., ... & Moreau, D. L.", ["Okafor, V.", "Lind, A. J.", "Moreau, D. L."], True),
    ("Okafor, V., Lind, A. J., … & Moreau, D. L.", ["Okafor, V.", "Lind, A. J.", "Moreau, D. L."], True),
])
def test_name_lists_in_every_style(text, names, et_al):
    assert split_name_list(text) == (names, et_al)


# --- the shipped model ----------------------------------------------------------------------------------------

needs_model = pytest.mark.skipif(not MODEL_PATH.exists(), reason=f"no labeller model at {MODEL_PATH}")

PAGE = """\
## Publications

1. Okafor, N., **Brightwater, L.** & Quince, T. Tidal heating of icy moons with thin crusts. *Icarus* **402**, 115–130 (2023).
2. Brightwater, L.; Marsh, P. Ligand exchange rates in cobalt clusters. *J. Am. Chem. Soc.* **2021**, 143, 1012–1020.
3. Dunmore, A. (2019). Wage rigidity and regional shocks. *Journal of Labor Economics*, 37(2), 301–340.

## Selected conference papers

- **Sparse Routing for Mixture Models**  
  Wen Li, **Lena Brightwater**, Omar Haddad  
  *NeurIPS 2024* (Spotlight) [[PDF](https://arxiv.org/abs/2405.01234)] [[Code](https://github.com/x/y)]

## Teaching

- Quantum Mechanics I, Fall 2022
"""


@needs_model
def test_model_reads_citation_styles_and_homepage_layouts(db):
    prof = read_markup("page.md", PAGE, db, extractor="crf")
    got = {p.title: p for p in prof.publications}
    assert set(got) == {"Tidal heating of icy moons with thin crusts", "Ligand exchange rates in cobalt clusters",
                        "Wage rigidity and regional shocks", "Sparse Routing for Mixture Models"}
    moons = got["Tidal heating of icy moons with thin crusts"]
    assert moons.year == 2023 and moons.venue_raw and "Icarus" in moons.venue_raw
    assert [a.split(",")[0] for a in moons.authors] == ["Okafor", "Brightwater", "Quince"]
    sparse = got["Sparse Routing for Mixture Models"]
    assert sparse.year == 2024 and sparse.venue is not None and sparse.venue.venue is not None
    assert sparse.venue.venue.id == "neurips" and "Spotlight" in sparse.awards
    assert sparse.ids.get("arxiv") == "2405.01234" and len(sparse.authors) == 3
    assert got["Wage rigidity and regional shocks"].year == 2019


@needs_model
def test_model_output_is_deterministic(db):
    a = read_markup("page.md", PAGE, db, extractor="crf").publications
    b = read_markup("page.md", PAGE, db, extractor="crf").publications
    assert [(p.title, p.authors, p.venue_raw, p.year) for p in a] == [(p.title, p.authors, p.venue_raw, p.year) for p in b]


@needs_model
def test_prose_is_no_paper(db):
    md = "## About\n\nI am a postdoctoral researcher at a university. My research focuses on galaxy evolution and dust.\n"
    assert read_markup("about.md", md, db, extractor="crf").publications == []


@needs_model
def test_a_run_of_paragraphs_is_cut_into_entries(db):
    md = ("## Papers\n\nHaddad, O. and Li, W. 2020. Coral bleaching thresholds. *Ecology Letters* 23:1–9.\n\n"
          "Li, W. 2018. Seed dispersal by wind over ridges. *Oecologia* 187:44–52.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.year) for p in pubs] == [("Coral bleaching thresholds", 2020), ("Seed dispersal by wind over ridges", 2018)]
    assert pubs[0].authors == ["Haddad, O.", "Li, W."] and pubs[0].venue_raw == "Ecology Letters"


@pytest.mark.parametrize("title, ok", [
    ("Tidal heating of icy moons", True),
    ("iPhone use in lectures", True),
    ("k-means for streams", True),
    ("de novo assembly of small genomes", True),
    ("in english", False),  # a phrase cut from the text around a link, with nothing cited around it
    ("at The 27th ACM Conference on Computer-Supported Cooperative Work", False),
    ("with P. Humphries and S. Shekatkar). To appear in JTNB.", False),
    ("Stability of $\\mathrm{E}_7/\\mathrm{PSO}(8)$ and $G_2$", True),  # MathJax is a title's, not code
    ("is the first privacy-preserving detector of its kind. Since then many more have come out of labs", False),
    ("In this paper, we report an empirical study of seeding strategies for unit test generation", False),
    ("title = {Seeding strategies in search-based unit test generation", False),
    ("His research interests are representation learning", False),
    ("{% include paper.html %}", False),
    ("Given my understanding of the current challenges in the field of", False),  # a phrase cut from a sentence
    ("Enumerating tilted algebras in Type A", True),  # a capital A is a name, not an article
    ("Hardness of approximating a", False),
    ("Learning to walk in the dark", True),
    ("It explores the problems novice makers experience", False),  # a sentence about a paper
    ("It Takes Two: Pairing Agents for Code Review", True),
    ("Dana Kerr. All rights reserved", False),  # a page's footer, read with its year and its owner's name
    ("Kerr - All Rights Reserved", False),
    ("© 2024 Dana Kerr", False),
    ("Copyright 2019 Dana Kerr", False),
    ("Copyright and Fair Use in Machine Learning Datasets", True),
    ("Can We Generate Images with Chains of Thought? Let's Verify and Reinforce Image Generation Step by Step", True),
    # a long title opening with a name written lower-case first (a gene, a protein), not a sentence's lower-case word
    ("miR-21 silencing slows the growth of dormant tumour cells and delays the emergence of drug resistance", True),
    ("p53 loss in stromal fibroblasts shapes the immune landscape of early pancreatic tumours in mouse models", True),
    ("and so the growth of dormant tumour cells slows and the emergence of resistance to every drug is delayed", False),
    # two sentences of Chinese running text (an abstract under a paper), which has few spaces to count words by
    ("随着移动终端的普及，网络语音应用日益流行。本文采集并分析了四款应用的流量，发现其仍可能泄露敏感信息", False),
    ("基于语音频谱与数据包长对齐的加密流量识别方法", True),
    ("大规模语言模型的对齐方法研究。", True),  # a full stop at its end only
    # the page's owner pointing at a list elsewhere, read with a link's text as authors or venue
    ("You can find my publications on GoogleScholar", False),
    ("You can also find my articles on my Google Scholar profile", False),
    ("Click Models for Web Search Ranking", True),  # a word of the pointing phrases, no owner
])
def test_what_no_title_looks_like(title, ok):
    from pubnorm.sources.assemble import _title_shaped

    assert _title_shaped(title) is ok


@needs_model
def test_full_width_commas_and_corner_brackets_part_fields_as_commas_and_quotes_do(db):
    """Japanese and Chinese pages part a reference's fields with "，" and quote a title in 「」: the labeller reads
    them as the comma and quotes they stand for (the generated training text has neither), so the venue after the
    comma is no part of the title, and a quoted title after the year is found."""
    from pubnorm.sources.features import Lexicon, token_features, tokenize
    from pubnorm.sources.markup import Line, Span

    def feats(text: str) -> list[list[str]]:
        return token_features(tokenize([Line([Span(text)])]), Lexicon(frozenset(), frozenset()))

    assert feats("山田 太郎，2024，「題目」") == feats("山田 太郎,2024,“題目”")
    md = ("## 国内会議\n\n"
          "1. 山田 太郎，鈴木 一郎，佐藤 花子：<br>[雑談対話システムの応答選択に関する評価](https://example.org/b)，<br>"
          "人工知能学会全国大会(第38回)，2B-4，Jun. 2024.\n\n"
          "## 論文\n\n"
          "- 田中 次郎，2022，「大学生の学習時間と成績の関係についての分析」『教育社会学研究』110: 45–67．\n"
          "- 田中 次郎，2021，「地方大学における進学動機の変化」『高等教育研究』24: 101–20．\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.year) for p in pubs] == [("雑談対話システムの応答選択に関する評価", 2024),
                                                 ("大学生の学習時間と成績の関係についての分析", 2022),
                                                 ("地方大学における進学動機の変化", 2021)]


@needs_model
def test_a_japanese_citation_written_title_first_gives_its_names_and_venue(db):
    """researchmap's order, "Title, 村田 匡輝, 大野 誠寛, Venue, Vol. 31, pp. 212 -- 249, 2024年3月": a surname and a
    given name with a space between are names (a Japanese title has no spaces), whether the labeller read them into
    the title or read the title as no field and the venue as the title (38 of a page's 54 papers were lost or read
    with their authors as their titles). The dashes of LaTeX's page range are no part of the venue."""
    md = ("## 論文\n\n"
          "1. [語りの傾聴を話し手に示す応答発話の収集](https://doi.org/10.1541/x.138.637), 村田 匡輝, 大野 誠寛, 松原 茂樹, "
          "電気学会論文誌, Vol. 31, No. 1, pp. 212 -- 249, 2024年3月　__査読有り__\n"
          "1. 語りの傾聴において不同意される発話とその検出, 伊藤 滉一朗, 村田 匡輝, 言語処理学会第29回年次大会発表論文集, "
          "pp. 3155 -- 3159, 2023年3月\n"
          "1. 山田 太郎, 鈴木 一郎: 雑談対話システムの応答選択に関する評価, 人工知能学会全国大会, 2B-4, 2022年6月\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.authors, p.year) for p in pubs] == [
        ("語りの傾聴を話し手に示す応答発話の収集", ["村田 匡輝", "大野 誠寛", "松原 茂樹"], 2024),
        ("語りの傾聴において不同意される発話とその検出", ["伊藤 滉一朗", "村田 匡輝"], 2023),
        ("雑談対話システムの応答選択に関する評価", ["山田 太郎", "鈴木 一郎"], 2022)]
    assert [p.venue_raw for p in pubs[:2]] == ["電気学会論文誌, 2024年3月", "言語処理学会第29回年次大会発表論文集, 2023年3月"]


@needs_model
def test_a_linked_title_followed_by_by_and_names_ends_at_the_link(db):
    """"- [Title](pdf) by Raoufdine Said, Adrien Guille. *European Conference on Information Retrieval (ECIR)*, Glasgow
    (UK), 2024": the title was read on into "by" and the names (15 of a page's 43 papers); the link is the title and
    the names after "by" are the authors, without the "by". The same with two names or more and no "by" ("[Title](doi)
    Matthew Cole and Aravind Prakash. In ..."). A "by" inside a link's text stays the title's."""
    md = ("## 2024\n\n"
          "- [Exploring Semantics in Pretrained Widget Model Attention](publications/ecir2024.pdf) by Raoufdine Said, "
          "Adrien Guille. "
          "*European Conference on Information Retrieval (ECIR)*, Glasgow (UK), 2024\n"
          "- [Anchor Prediction: A Widget Modeling Approach](https://arxiv.org/abs/2205.14631) by Jean Dupuy, "
          "Adrien Guille, Julien Jacques. *International Conference on Computational Linguistics (COLING)*, 2022\n"
          "- [Learning by Doing with Widgets](https://arxiv.org/abs/2101.00001) by Adrien Guille. *Widget Workshop*, "
          "Lyon (France), 2021\n"
          "- [Simplex: Repurposing Widget Protection Extensions for Information Hiding](https://doi.org/10.1109/x.1) "
          "Matthew Cole and Aravind Prakash. In Workshop on Widget Security, 2022\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.authors) for p in pubs] == [
        ("Exploring Semantics in Pretrained Widget Model Attention", ["Raoufdine Said", "Adrien Guille"]),
        ("Anchor Prediction: A Widget Modeling Approach", ["Jean Dupuy", "Adrien Guille", "Julien Jacques"]),
        ("Learning by Doing with Widgets", ["Adrien Guille"]),
        ("Simplex: Repurposing Widget Protection Extensions for Information Hiding", ["Matthew Cole", "Aravind Prakash"])]
    # ... and a link whose target is still to come ("[Title]()", '<a href="">') is a link all the same: its text
    # was read on into "by" and the names (2 of the page's 43 papers; the link word "[Title](#)" was already a link)
    for empty in ("[Exploring Semantics in Pretrained Widget Model Attention]()",
                  '<a href="">Exploring Semantics in Pretrained Widget Model Attention</a>'):
        (pub, *_) = read_markup("p.md", md.replace(md.splitlines()[2].split(" by ")[0][2:], empty), db,
                                extractor="crf").publications
        assert (pub.title, pub.authors, pub.urls) == (
            "Exploring Semantics in Pretrained Widget Model Attention", ["Raoufdine Said", "Adrien Guille"], [])
    # after a word, "by" and names are a sentence's ("... mentored by A and B"): a news item, no author list
    news = ("## News\n\n- 11/2025: Start a widget internship in Beijing. Explore the intersection of multi-modal "
            "sensing and embodied AI mentored by [Ruichun Ma](https://www.microsoft.com/en-us/research/people/rm/) "
            "and [Jiaolong Yang](https://jlyang.org/).\n")
    assert read_markup("about.md", news, db, extractor="crf").publications == []


@needs_model
def test_a_references_words_in_other_languages_are_read_as_the_english_ones(db):
    """German, Spanish, Portuguese, French, Italian, Dutch and Polish pages write "Bd.", "Heft", "En", "Actas",
    "März", "im Druck" where the generated training text has "Vol.", "Issue", "In", "Proceedings", "March", "in
    press": the labeller reads them as those (the text keeps them), so "Bd." is no part of the journal's name."""
    from pubnorm.sources.features import Lexicon, token_features, tokenize
    from pubnorm.sources.markup import Line, Span

    def feats(text: str) -> list[list[str]]:
        return token_features(tokenize([Line([Span(text)])]), Lexicon(frozenset(), frozenset()))

    assert feats("Bd. 12, Heft 3, März 2019. En: Actas del Congreso") == \
        feats("Vol. 12, Issue 3, March 2019. In: Proceedings del Conference")
    assert feats("im Druck, no prelo") == feats("in Press, no press")
    # a capital where it would be a name or an initial is not read so ("Mai Nguyen", "V. Rossi")
    assert feats("Mai, V.") != feats("May, Vol.")
    md = "- Müller, Hans (2019): Die Stadt als Archiv. In: Zeitschrift für Kulturwissenschaft, Bd. 12, Heft 3, S. 45–67.\n"
    (pub,) = read_markup("p.md", md, db, extractor="crf").publications
    assert (pub.title, pub.venue_raw, pub.year) == ("Die Stadt als Archiv", "Zeitschrift für Kulturwissenschaft", 2019)


@needs_model
def test_a_year_with_a_letter_gives_its_year(db):
    """'2019d: Title. In: Editors (Hg.): Book ...' (a German humanities list) and APA's '(2010a)': the year with
    the letter that tells one author's works of a year apart is the paper's year, and no part of its title."""
    md = ("## Aufsätze\n\n"
          "2019d: Zeitzeichen in grafischen Oberflächen. In: Clara Blum, Tom Weiss (Hg.): Visuelle Zeit. "
          "Berlin: de Gruyter, S. 83–90.\n\n"
          "2019c: Maler, Bild, Film. In: Nora Schmitt (Hg.): Der filmische Vasari. Wien: Verlag für Moderne Kunst, "
          "S. 241–258.\n\n"
          "## Articles\n\n"
          "- **Deigl, A.**, & Spahn, H. (2010a). Solving problems together with distributed information. "
          "*Group Processes and Intergroup Relations*, 13(3), 361-378.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.year) for p in pubs] == [("Zeitzeichen in grafischen Oberflächen", 2019),
                                                 ("Maler, Bild, Film", 2019),
                                                 ("Solving problems together with distributed information", 2010)]


@needs_model
def test_a_title_keeps_the_name_before_its_colon_and_its_last_word(db):
    md = ("## Publications\n\n- Ziggurat: Layered Caches for Sparse Attention Models\n\n  **Wen Li**, Omar Haddad, Lena Brightwater"
          "\n\n  *ICML 2024*\n")
    (pub,) = read_markup("p.md", md, db, extractor="crf").publications
    assert pub.title == "Ziggurat: Layered Caches for Sparse Attention Models"
    assert [a.split()[-1] for a in pub.authors] == ["Li", "Haddad", "Brightwater"] and pub.year == 2024


@needs_model
def test_a_sentence_case_title_line_over_its_authors_is_the_title(db):
    """Its own line, "and" in it, lower-case words: a title, not an author list (before: not read)."""
    md = ("## Publications\n\n- Sparse-aware and memory-friendly caching of attention states\n\n"
          "  **Wen Li**, Omar Haddad, Lena Brightwater\n\n  *TMM 2023*\n")
    (pub,) = read_markup("p.md", md, db, extractor="crf").publications
    assert pub.title == "Sparse-aware and memory-friendly caching of attention states"
    assert [a.split()[-1] for a in pub.authors] == ["Li", "Haddad", "Brightwater"] and pub.year == 2023


def test_a_title_run_ending_in_a_known_venue_and_year_gives_them_back(db):
    """"Title. EMNLP 2024." labelled as one title: the tail the database knows by name is venue and year."""
    from pubnorm.sources.assemble import _venue_tail

    toks = [Token(w, 0, label="title") for w in "Curriculum learning for sentence generation . EMNLP 2024 .".split()]
    run = _venue_tail(toks, db)
    assert join_tokens(run) == "Curriculum learning for sentence generation ."
    assert [t.label for t in toks[-3:]] == ["venue", "year", "venue"]
    plain = [Token(w, 0, label="title") for w in "Attention in the wild . Lessons from 2024".split()]
    assert _venue_tail(plain, db) == plain  # no venue the database knows: the title stays whole


def test_a_title_run_ending_in_a_venue_with_its_volume_after_or_in_and_a_name(db):
    """"Title. Environmental Archaeology. 20 (4)": a known venue, then a volume right after the run; "Title. In Norsk
    IKT-konferanse": "In" and a name. Both tails are where the paper appeared, known to the database or not."""
    from pubnorm.sources.assemble import _venue_tail

    toks = [Token(w, 0, label="title") for w in "Production risk and food storage in agrarian societies . "
            "Environmental Archaeology".split()]
    run = _venue_tail(toks, db, Token("20", 0, label="volume"))
    assert join_tokens(run) == "Production risk and food storage in agrarian societies ."
    lead = [Token(w, 0, label="title") for w in "Revisiting FlowGuard : an examination of a defense . In Norsk "
            "IKT-konferanse".split()]
    run = _venue_tail(lead, db)
    assert join_tokens(run) == "Revisiting FlowGuard : an examination of a defense ."
    assert [t.label for t in lead[-3:]] == ["other", "venue", "venue"]


def test_a_title_run_on_past_its_full_stop_into_in_and_a_book_ends_at_the_stop(db):
    """"Title. In: Handbook of ...", "Title. In David S. Okafor, editor, Advances in ...", "研究. In 第 17 屆 ...研討會":
    a colon after "In", an initial's full stop inside the editor's name, a title of one token in Chinese kept the
    run whole (the paper's title was lost)."""
    from pubnorm.sources.assemble import _venue_tail

    colon = [Token(w, 0, label="title") for w in "Preferential sampling of exposure levels . In : Handbook of "
             "Environmental Statistics".split()]
    assert join_tokens(_venue_tail(colon, db)) == "Preferential sampling of exposure levels ."
    assert [t.label for t in colon[-6:]] == ["other", "other", "venue", "venue", "venue", "venue"]
    editor = [Token(w, 0, label="title") for w in "A connectionist architecture for navigation . In David S . "
              "Okafor , editor , Advances in Neural Information Processing Systems".split()]
    assert join_tokens(_venue_tail(editor, db)) == "A connectionist architecture for navigation ."
    cjk = [Token(w, 0, label="title") for w in "神經網路模型運用於違規用電偵測之研究 . In 第 17 屆台灣電力電子研討會".split()]
    assert join_tokens(_venue_tail(cjk, db)) == "神經網路模型運用於違規用電偵測之研究 ."


def test_a_title_run_that_opens_inside_the_bracket_before_it_starts_after_the_bracket(db):
    """"Okafor, A. (Expected [September submission). Taking control of ...]", "(2025, [September 8). How to teach
    ...]": the title run opened inside the bracket (a note, a date) and took its end; the title starts after it."""
    from pubnorm.sources.assemble import entry_publication

    toks = [Token("Okafor", 0, label="B-author"), Token(",", 0, label="author"), Token("A.", 0, label="author"),
            Token("(", 0, label="other"), Token("Expected", 0, label="other")]
    toks += [Token(w, 0, label="title") for w in "September submission ) . Taking control of compressible modes".split()]
    toks += [Token(".", 0, label="other"), Token("2024", 0, label="year")]
    pub = entry_publication(toks, db)
    assert pub is not None and pub.title == "Taking control of compressible modes"


def test_a_talk_or_poster_at_a_meeting_is_no_paper(db):
    """"**Lotz, C.** & Okafor, J. R. (2022). Everything at once? Orchestration of ... Vortrag auf der SIG 27
    Conference, Southampton.", "Poster presented at the 48th BUCLD": where a paper names its venue, the entry says it
    was a talk (no paper) or a poster (an optional one); a paper whose venue comes first and a talk after it stays."""
    from pubnorm.sources.assemble import entry_publication

    def entry(after: str) -> list[Token]:
        toks = [Token("Lotz", 0, label="B-author"), Token(",", 0, label="author"), Token("C.", 0, label="author"),
                Token("(", 0, label="other"), Token("2022", 0, label="year"), Token(")", 0, label="other")]
        toks += [Token(w, 0, label="title") for w in "Orchestration of behaviour while controlling complex problems".split()]
        toks += [Token(".", 0, label="other")]
        return toks + [Token(w, 0, label="venue") for w in after.split()]

    assert entry_publication(entry("Vortrag auf der SIG 27 Conference , Southampton"), db) is None
    assert entry_publication(entry("Poster presented at the Boston Conference on Language Development"), db) is None
    # APA's conference presentation, a humanities CV's "paper presented at the biennial meeting of ..."
    assert entry_publication(entry("Paper presented at the Annual Meeting of the American Historical Association"),
                             db) is None
    read_on = entry("")[:-1] + [Token(w, 0, label="title") for w in ". Vortrag auf der SIG 27 Conference".split()]
    assert entry_publication(read_on, db) is None  # the labeller read the talk's place on as the title's
    paper = entry_publication(entry("Learning and Instruction , 12 ( 3 ) . Invited talk at Leipzig"), db)
    assert paper is not None and paper.title == "Orchestration of behaviour while controlling complex problems"


def test_a_status_after_the_title_does_not_make_it_running_text(db):
    """"... and C.J. Still. 2020. Lineage Functional Types (LFTs): Characterizing ... Models. In press.": the status,
    read with the title, is cut off before the title is judged; with authors and a year around it, it is a cited
    title (". In press" read as a second sentence made it running text, and the paper was lost)."""
    from pubnorm.sources.assemble import entry_publication

    toks = [Token("Griffith", 0, label="B-author"), Token(",", 0, label="author"), Token("D.M.", 0, label="author"),
            Token(".", 0, label="other"), Token("2020", 0, label="year"), Token(".", 0, label="other")]
    toks += [Token(w, 0, label="title") for w in "Lineage functional types : characterizing functional diversity "
             "to enhance the representation of ecological behavior in Earth system models . In press .".split()]
    pub = entry_publication(toks, db)
    assert pub is not None and pub.title.endswith("Earth system models") and (pub.year, pub.status) == (2020, "accepted")


def test_link_words_at_a_title_runs_ends_are_not_the_titles():
    from pubnorm.sources.assemble import _without_link_words

    run = [Token("PDF", 0, link_word=True), Token("Tidal", 0), Token("heating", 0), Token("arXiv", 0, link_word=True),
           Token(":", 0, link_word=True)]
    assert [t.text for t in _without_link_words(run)] == ["Tidal", "heating"]


def test_the_page_owners_name_read_as_a_title_is_an_author():
    from pubnorm.sources.assemble import _owner_is_an_author

    title = [Token("Tidal", 0, label="B-title", bold=True), Token("heating", 0, label="title", bold=True)]
    owner = [Token("Alexander", 1, label="B-title", bold=True), Token("E", 1, label="title", bold=True),
             Token(".", 1, label="title", bold=True), Token("Black", 1, label="title", bold=True)]
    rest = [Token("and", 1, label="author"), Token("Lei", 1, label="author"), Token("Xue", 1, label="author")]
    toks = [*title, *owner, *rest]
    _owner_is_an_author(toks, "Alexander E. Black")
    assert [t.label for t in toks] == ["B-title", "title", *["author"] * 7]
    assert len(entries(toks)) == 1
    initials = [Token("A", 0, label="B-title"), Token(".", 0, label="title"), Token("E", 0, label="title"),
                Token(".", 0, label="title"), Token("Black", 0, label="title")]
    _owner_is_an_author(initials, "Alexander E. Black")
    assert {t.label for t in initials} == {"author"}
    other = [Token("Black", 0, label="B-title"), Token("holes", 0, label="title")]
    _owner_is_an_author(other, "Alexander E. Black")
    assert [t.label for t in other] == ["B-title", "title"]


@pytest.mark.parametrize("text, written", [
    ("arXiv:2605.25996", True), ("arXiv 2605.25996v2", True), ("arXiv:hep-th/0101001", True),
    ("[arXiv]", False), ("arXiv preprint", False), ("arXiv 2020", False),
])
def test_an_arxiv_identifier_written_out_is_told_from_a_link_word(text, written):
    from pubnorm.sources.assemble import _arxiv_written
    from pubnorm.sources.markup import Line, Span

    assert _arxiv_written(tokenize([Line([Span(text)])])) is written


@pytest.mark.parametrize("raw, title", [
    ("The Costs of Leveraged Funds (Updated 8", "The Costs of Leveraged Funds"),
    ("Passive Flows and Arbitrage (New Draft 5", "Passive Flows and Arbitrage"),
    ("Stability of Einstein metrics (survey)", "Stability of Einstein metrics (survey)"),  # closed: the title's
    ("Mixture models (a review of the literature on clustering with finite mixtures of many kinds",
     "Mixture models (a review of the literature on clustering with finite mixtures of many kinds"),  # too far back
    ("2. A proof of the optimal leapfrogging conjecture", "A proof of the optimal leapfrogging conjecture"),
    ("(14) The classification of endotrivial complexes", "The classification of endotrivial complexes"),
    ("12º. Redes neuronales para el análisis de señales", "Redes neuronales para el análisis de señales"),
    ("[Efficient data stream classification via adaptive windows]", "Efficient data stream classification via "
     "adaptive windows"),  # a link's text with its markup left on (AsciiDoc, Typst)
    ("[A multi-point Metropolis scheme with", "A multi-point Metropolis scheme with"),
    ("Topics in multi-label classification]", "Topics in multi-label classification"),
    ("Colourings of [n]-graphs", "Colourings of [n]-graphs"),  # the title's own
    ("36°. Acute myeloid leukemia impairs neutrophil maturation", "Acute myeloid leukemia impairs neutrophil maturation"),
    ("3-D tail explant culture", "3-D tail explant culture"),  # a number that opens the title is the title's
    ("Stochastic route optimization for drone delivery[J]", "Stochastic route optimization for drone delivery"),
])
def test_a_bracket_left_open_at_a_titles_end_is_a_note_cut_off(raw, title):
    from pubnorm.sources.assemble import _clean_title

    assert _clean_title(raw) == title


@needs_model
def test_a_chapters_in_before_its_book_is_read_in_the_pages_language(db):
    """Chicago author-date chapters in Spanish: '"Título". En *Libro*, editado por X, 69-100. Ciudad: Editorial.' The
    "En" that opens the book is read as English's "In" (the title ran on to the publisher; the English page was
    read right)."""
    md = ("## Capítulos de Libros\n\n"
          "- Zurita, José, y Ana Yanes. 2024. [\"Encontrando el eslabón perdido: vicepresidentes como élite "
          "política\".](/assets/files/vices.pdf) En Trayectorias de las élites políticas en América Latina, editado "
          "por Mónica Reyes & Azul Aguilar, 69-100. México: Tirant Lo Blanch.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.year) for p in pubs] == [
        ("Encontrando el eslabón perdido: vicepresidentes como élite política", 2024)]
    assert (pubs[0].venue_raw or "").startswith("Trayectorias de las élites políticas")


@needs_model
def test_a_books_isbn_after_its_title_is_its_number_not_the_titles(db):
    """A list of books (here in Spanish) with "(ISBN ...)" written after each title: the number is the record's
    isbn, and the title ends before it."""
    page = ("## Books\n\n"
            "- Ana Ruiz and Jan Moreau. Gestión del riesgo en redes (ISBN 978-84-18971-29-7). RaMa, 2021.\n"
            "- Ana Ruiz and Jan Moreau. Arquitecturas seguras: un enfoque práctico (ISBN 84-9772-884-X). Dykinson, 2006.\n")
    got = {p.title: p for p in read_markup("books.md", page, db, extractor="crf").publications}
    assert set(got) == {"Gestión del riesgo en redes", "Arquitecturas seguras: un enfoque práctico"}
    assert got["Gestión del riesgo en redes"].isbn == "978-84-18971-29-7"
    assert got["Arquitecturas seguras: un enfoque práctico"].isbn == "84-9772-884-X"


@needs_model
def test_a_citation_with_no_title_is_a_paper_with_a_null_title_and_its_citation_as_label(db):
    """Chemistry's and physics' short styles give no title: authors, a journal the database knows, a year. The record
    has no made-up title (null); its label is the citation from the venue on, and its venue, year, volume and pages
    are read. Authors with only a year and no known venue are no paper."""
    page = ("## Publications\n\n"
            "* V. D. Drabkin, C. Thiehoff and A. K. Okafor, <i>J. Am. Chem. Soc.</i>, <b>2025</b>, <i>147</i>, "
            "38785–38795, [doi:10.1021/jacs.5c14327](https://doi.org/10.1021/jacs.5c14327).\n"
            "* A. Lee, B. Kim and C. Moreau, Phys. Rev. B 99, 045107 (2019).\n"
            "* A. Lee and B. Kim, 2019.\n")
    pubs = read_markup("chem.md", page, db, extractor="crf").publications
    assert [p.title for p in pubs] == [None, None]
    jacs, prb = pubs
    assert jacs.label == "J. Am. Chem. Soc., 2025, 147, 38785–38795" and jacs.year == 2025
    assert jacs.authors == ["V. D. Drabkin", "C. Thiehoff", "A. K. Okafor"] and jacs.ids["doi"] == "10.1021/jacs.5c14327"
    assert (jacs.volume, jacs.pages) == ("147", "38785--38795")
    assert prb.label == "Phys. Rev. B 99, 045107 (2019)" and prb.venue_raw == "Phys. Rev. B" and prb.year == 2019


@needs_model
def test_a_title_keeps_its_opening_article_the_labeller_read_as_an_initial(db):
    """"*A Latent Semantic Model ...* (2019). Mimeo." in HTML, "A 3-D tail explant culture ...": "A" right before the
    title, after no name of the author list, is the title's first word; after a surname it is an initial."""
    page = ("<ul>\n<li>*A Latent Semantic Model Using Mixtures of Non-homogeneous Markov Processes* (2019). Mimeo.</li>\n"
            "<li>*A Quantitative Assessment of the Influence of Crime on Growth in Mexico* (2014). Resubmitted to "
            "*Kyklos*.</li>\n</ul>\n")
    got = [p.title for p in read_markup("research.htm", page, db, extractor="crf").publications]
    assert got == ["A Latent Semantic Model Using Mixtures of Non-homogeneous Markov Processes",
                   "A Quantitative Assessment of the Influence of Crime on Growth in Mexico"]


@needs_model
def test_linked_author_names_over_a_title_line_stay_with_it(db):
    html = ("<h3>Journal articles</h3>\n<table><tr><td>[1]</td><td>\n"
            'Ada Okafor, <a href="https://example.org/lb">Lin Brightwater</a>, and\n'
            '  <a href="https://example.org/tq">Tomas Quince</a>.\n'
            " Tidal heating of icy moons with thin crusts.\n <em>Journal of Planetary Interiors (JPI)</em>,\n"
            "  12(3):e1016, 2023.\n"
            '[<a href="https://doi.org/10.1000/x1">DOI</a>]</td></tr></table>\n')
    pubs = read_markup("papers.html", html, db).publications
    assert [p.title for p in pubs] == ["Tidal heating of icy moons with thin crusts"]
    assert pubs[0].authors == ["Ada Okafor", "Lin Brightwater", "Tomas Quince"]


@needs_model
def test_a_page_of_titles_over_names_with_nothing_else_has_no_paper(db):
    """A template's demo page: definition lists and quotes give titles over names, never a venue, year or link."""
    md = ("## Definition Lists\n\nStartup\n:   A startup company is an organization designed to search for a scalable model.\n\n"
          "### Quote Tag\n\n> Code is poetry.\n>\n> Steve Ballmer\n\n### Address Tag\n\n"
          "<address>1 Infinite Loop<br/> Cupertino, CA 95014<br/> United States</address>\n")
    assert read_markup("markdown.md", md, db, extractor="crf").publications == []


@needs_model
@pytest.mark.parametrize("line", [
    "Last update: Dec, 2024. For the most up-to-date version, check out [this library](https://example.org/lib)",
    "You can find my publications on [Google Scholar](https://scholar.example.org/k) (2025)",
    "[Google Scholar](https://scholar.example.org/k) for the latest publications. Equal contributions are marked *",
    "A full list of papers can be found on my [ORCID](https://orcid.example.org/k) page (updated 2024)",
])
def test_the_pages_own_directions_are_no_paper(db, line):
    md = f"## Publications\n\n{line}\n"
    assert read_markup("p.md", md, db, extractor="crf").publications == []


@needs_model
def test_news_style_entries_give_the_venue_after_accepted_to(db):
    md = ("## 2024\n\n- \"Sparse Routing for Mixture Models\" is accepted to ACL 2024 Findings.\n"
          "- \"Budget-Aware Retrieval for Long Documents\" is accepted to EMNLP 2024.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.venue_raw, p.year) for p in pubs] == [
        ("Sparse Routing for Mixture Models", "ACL 2024 Findings", 2024),
        ("Budget-Aware Retrieval for Long Documents", "EMNLP 2024", 2024)]
    assert pubs[0].venue is not None and pubs[0].venue.parse.track is not None  # the Findings track


@needs_model
def test_a_bold_system_name_before_the_colon_is_the_titles_head(db):
    md = "## Publications\n\n- **Gait Gestures**: Examining Stride Variation as an Input Method While Walking [UIST 2024]\n"
    (pub,) = read_markup("p.md", md, db, extractor="crf").publications
    assert pub.title == "Gait Gestures: Examining Stride Variation as an Input Method While Walking"
    assert pub.authors == [] and pub.year == 2024


@pytest.mark.parametrize("name, ok", [
    ("Jan Willem van der Berg", True), ("Smith, J. A.", True), ("Zoë Ørsted", True), ("李明", True),
    ("in Province", False), ("UniPat AI Cofounder and Chief Technology Officer", False), ("author = {Hou", False),
])
def test_what_a_name_looks_like(name, ok):
    from pubnorm.sources.vocab import name_shaped

    assert name_shaped(name) is ok


def test_bibtex_shown_with_an_entry_is_cut_off():
    """bibtex2html pages put the citation, its abstract and its BibTeX in one block."""
    from pubnorm.sources.assemble import _before_code

    text = "Is Search Stuck ? In Workshop on Testing , 2017 . @ inproceedings { rojas2017 , title = { Is Search Stuck"
    toks = [Token(w, 0 if i < 11 else 1) for i, w in enumerate(text.split())]
    assert join_tokens(_before_code(toks)) == "Is Search Stuck ? In Workshop on Testing , 2017 ."
    fields = [Token(w, 0) for w in "Title here . title = { Title here } ,".split()]
    assert join_tokens(_before_code(fields)) == "Title here ."


def test_an_abstract_written_on_after_the_citation_is_cut_off(db):
    """Chicago-style paragraphs that run on with "Abstract: ..." after the citation: the abstract was read as a
    second title, and the paper not read at all."""
    abstract = ("Abstract: At traditional research centers, faculty and graduate students decide what topics to "
                'study. But the Harbor Lab "turns the tables" by giving residents of Hartford, Connecticut the lead.')
    md = "## Publications\n\n" + "".join(
        f'Okafor, Ada, and Jan Moreau. "Tidal heating of icy moons, part {n}." In *Handbook of Planetary Science*, '
        f"edited by Jan Lee. Elgar Publishing, 201{n}, <https://example.org/{n}>. {abstract}\n\n" for n in range(3))
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.year) for p in pubs] == [(f"Tidal heating of icy moons, part {n}", 2010 + n) for n in range(3)]
    assert all(p.venue_raw and p.venue_raw.startswith("Handbook of Planetary Science") for p in pubs)


def test_a_name_before_a_colon_must_start_its_line():
    """"Bo Li ® Ann Lee: Title": "Ann Lee" does not head the title (before: taken as a system's name)."""
    from pubnorm.sources.assemble import _with_name_prefix

    toks = [Token(w, 0, label="other") for w in "Bo Li ® Ann Lee :".split()]
    run = [Token(w, 0, label="title") for w in "Sparse Routing".split()]
    assert _with_name_prefix([*toks, *run], run) == run
    named = [Token(w, 0, label="other") for w in "SeaPO :".split()]
    assert join_tokens(_with_name_prefix([*named, *run], run)) == "SeaPO : Sparse Routing"


def test_the_lexicons_derived_from_the_database_are_cached_and_the_same(db):
    """Start-up: the labeller's lexicons are read from a cache keyed by the database's files (about 50 ms to
    build); what is cached is what would be built."""
    from pubnorm.sources import labeller

    labeller._STATE.clear()
    built = labeller._known_of(db)
    cached = labeller._derived_cached(db)
    if not db.cache_key or cached is None:
        pytest.skip("no writable cache folder here")
    assert cached == (built.lexicon.venue_words, built.lexicon.acronyms, built.first_words)
    assert cached[1] == labeller.lexicon_from_db(db).acronyms and "ACL" in cached[1]


def test_what_the_database_knows_does_not_depend_on_what_was_asked_before(db):
    """One page's words must not change how the next page is read: "Group" (a word) asked first once made
    "GROUP" (the acronym) unknown for the rest of the run, so -j 1 and -j 2 gave different records."""
    from pubnorm.sources.labeller import _known

    assert _known(db, "GROUP", 1)
    assert not _known(db, "Group", 1)
    assert _known(db, "GROUP", 1)


@needs_model
def test_an_issue_in_brackets_leaves_no_empty_brackets_in_the_venue(db):
    """"Journal 47(4): 991–1021": volume and issue are not the venue's, and neither are the brackets around the
    issue (they were left behind as "Journal()", which no venue matches)."""
    md = ("## Papers\n\nKim, J. and Park, S. 2022. Gender quotas and the vote. *Electoral Studies* 47(4): 991–1021.\n\n"
          "Kim, J. 2021. Pension attitudes in ageing societies. *Governance* 34(2): 11–30.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [p.venue_raw for p in pubs] == ["Electoral Studies", "Governance"]


def test_venue_runs_are_looked_up_once_per_distinct_text(db, monkeypatch):
    """Issue 15, item 8: venue_marks asks about every run of up to 14 words after a likely first word; a page of
    citations asks about the same runs line after line, and each answer cost the text's key again (on a page of
    60,000 citation lines, the labeller spent most of its time there). The answers are the same for every line."""
    import pubnorm.venues
    from pubnorm.sources.labeller import _STATE, venue_marks
    from pubnorm.sources.markup import Line, Span

    line = "A. Author, B. Author. Robust Things in Neural Information Processing Systems. CVPR 2024."
    calls = []
    real = pubnorm.venues.key

    def counted(text: str) -> str:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(pubnorm.venues, "key", counted)
    _STATE.clear()  # answers kept from other tests would hide the calls
    one = venue_marks(tokenize([Line([Span(line)], lineno=1)]), db)
    first = len(calls)
    many = venue_marks(tokenize([Line([Span(line)], lineno=i) for i in range(1, 51)]), db)
    assert first > 10 and len(calls) == first  # the 50 lines asked nothing the first line had not asked
    assert many == one * 50 and "gB" in one


@needs_model
def test_two_references_each_linking_its_doi_are_two_entries_not_prose(db):
    """Two paragraphs under a year heading, each a whole reference ending in its DOI link: the two links are on two
    lines, so the block is a list of entries, not running text naming papers by links (which made the DOIs the
    papers' names)."""
    md = ("## 2023\n"
          "**Okafor, N.**, Lind, A. & Park, J. (2023). Seasonal drift of pollinator networks. *Oikos*. 12, e3942. "
          "DOI: <https://doi.org/10.1002/oik.3942>\n\n"
          "Lind, A., **Okafor, N.** & Moreau, C. (2023). Grazing and the spread of invasive shrubs. *Journal of Ecology*, "
          "111, 33-44. DOI: <https://doi.org/10.1111/1365-2745.10010>\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.year) for p in pubs] == [("Seasonal drift of pollinator networks", 2023),
                                                 ("Grazing and the spread of invasive shrubs", 2023)]
    assert [p.ids.get("doi") for p in pubs] == ["10.1002/oik.3942", "10.1111/1365-2745.10010"]


@needs_model
def test_a_year_heading_above_a_papers_own_heading_gives_its_year(db):
    md = ("## 2024\n\n### [Fast bounds for piecewise-affine controllers](https://doi.org/10.1016/j.x.2024.1)\n\n"
          "**Dana Kerr**, Rafael Ito, Mona Said\n\n"
          "## 2022\n\n### [Scheduling heat pumps under forecast error](https://doi.org/10.1016/j.y.2022.2)\n\n"
          "*Computers & Chemical Engineering*\n\nRafael Ito, **Dana Kerr**\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.year) for p in pubs] == [("Fast bounds for piecewise-affine controllers", 2024),
                                                 ("Scheduling heat pumps under forecast error", 2022)]


@needs_model
def test_links_to_a_cv_an_appendix_or_slides_name_no_paper(db):
    md = ("## Publications\n\nCheck out my [CV](https://example.org/files/cv.pdf) for more.\n\n"
          "[Complete Appendix](https://papers.ssrn.com/sol3/papers.cfm?abstract_id=1) · "
          "[Presentation](https://example.org/talk.pdf)\n")
    assert read_markup("p.md", md, db, extractor="crf").publications == []


@needs_model
def test_a_cited_title_may_hold_a_capital_i(db):
    """A capital I in a title cited with its authors and venue is a part number or a word ("Part I:", "H I", "I'm"),
    not the first person of a bio."""
    md = ("## Papers\n\n- Okoro, A., Lind, B. & Sato, C. (2021). Gas-rich dwarfs in the Local Volume (GRDLV) I: "
          "Neutral hydrogen content of isolated satellites and their hosts. *The Astrophysical Journal*, 912, 4.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [p.title for p in pubs] == ["Gas-rich dwarfs in the Local Volume (GRDLV) I: Neutral hydrogen content of "
                                       "isolated satellites and their hosts"]


@needs_model
def test_a_title_heading_written_over_several_html_lines_heads_the_entry_below(db):
    """"<h4>\\n<a>Title</a>\\n</h4>" then the authors: the entry starts right under the heading's last line, not
    its first, so the heading is still offered as the entry's title."""
    html = ('<html><body>\n<h1>Publications</h1>\n<section>\n<h4>\n<a href="https://doi.org/10.1021/x.1">\n'
            '    Salt bridges steer the self-assembly of short peptides\n</a>\n</h4>\n'
            '<div class="authors">\n  Priya Nair, Tomas Lind,\n  <strong>Suman Rao</strong>\n</div>\n'
            '</section>\n</body></html>\n')
    pubs = read_markup("p.html", html, db, html=True, extractor="crf").publications
    assert [(p.title, p.authors) for p in pubs] == [("Salt bridges steer the self-assembly of short peptides",
                                                     ["Priya Nair", "Tomas Lind", "Suman Rao"])]


@pytest.mark.parametrize("label, no_paper", [
    ("CV", True), ("my CV here", True), ("1–9.", True), ("2025.", True),
    ("10.1101/2020.03.30.20045591", False),  # a DOI names its paper
    ("金融科技研究前沿", False),  # letters of any script are letters
    ("T2I-R1", False), ("SeaPO", False),
])
def test_what_a_link_text_names(label, no_paper):
    from pubnorm.sources.entries import _names_no_paper

    assert _names_no_paper(label) is no_paper


def test_a_sentences_words_before_a_link_to_the_owners_cv_name_no_paper():
    """"Publications are also on [Scholar](...) and on my CV [(pdf)](cv.pdf)!": the words before the link to a PDF
    end in "my CV" (a record "and on my CV" was made once the template code in its address kept the link)."""
    from pubnorm.sources.entries import _names_no_paper

    assert _names_no_paper("and on my CV", paper_link=True)
    assert _names_no_paper("see my full CV here", paper_link=True)
    assert not _names_no_paper("Efficient CV", paper_link=True)  # a name ending in the field's word is a name


@needs_model
def test_a_link_named_by_two_link_words_is_no_second_paper(db):
    """"ArXiv Preprint" after a title linked to its DOI: two link words are a link word, so the item is one entry
    with both identifiers, not running text naming two papers (which gave a title-only and a link-only record)."""
    html = ('<html><body><h2>Publications</h2><ol><li>A. Mejia, D. Quiroz, and R. Folino, '
            '<a href="https://doi.org/10.3934/dcds.2025133">Layer dynamics for the Allen-Cahn equation with '
            'nonlinear diffusion</a>. Discrete and Continuous Dynamical Systems, Vol. 48, August 2025. '
            '<a href="https://arxiv.org/abs/2503.14934">ArXiv Preprint</a></li></ol></body></html>\n')
    pubs = read_markup("p.html", html, db, html=True, extractor="crf").publications
    assert [(p.title, p.year, p.ids) for p in pubs] == [
        ("Layer dynamics for the Allen-Cahn equation with nonlinear diffusion", 2025,
         {"doi": "10.3934/dcds.2025133", "arxiv": "2503.14934"})]


@needs_model
def test_a_copy_kept_by_an_archive_is_a_link_word_too(db):
    """"HAL-Preprint" and "HAL Preprint" beside the arXiv link and the DOI: each says where a copy is kept, so the
    item is one entry, not text naming three papers (which lost its title and made each link word a paper)."""
    html = ('<html><body><h2>Publications</h2><ol><li>R. Folino and A. Mejia. '
            '<a href="https://doi.org/10.5802/smai-jcm.99">A two-phase well model for fractured reservoirs</a>. '
            'SMAI Journal of Computational Mathematics, Volume 9 (2023).\n'
            '<a href="https://hal.science/hal-03273500">HAL-Preprint</a>\n'
            '<a href="https://arxiv.org/abs/2107.01000">arXiv-Preprint</a>.</li></ol></body></html>\n')
    pubs = read_markup("p.html", html, db, html=True, extractor="crf").publications
    assert [(p.title, p.year, p.ids) for p in pubs] == [
        ("A two-phase well model for fractured reservoirs", 2023, {"doi": "10.5802/smai-jcm.99", "arxiv": "2107.01000"})]


@needs_model
def test_a_title_linked_to_its_article_page_is_a_paper(db):
    """A bare list of titles under year headings, each linked to its article at the publisher or in PubMed Central:
    the link is the evidence (the labeller found a title and nothing else, and the item was read as a label)."""
    md = ("## 2020\n"
          "- [Is a more data-driven approach the future of outbreak modelling?](https://academic.oup.com/cid/article/70/1)\n"
          "- [Understanding the importance of contact heterogeneity in a large norovirus outbreak]"
          "(https://academic.oup.com/cid/article/70/3/493/2)\n"
          "- [Racial disparities in coronavirus disease 2019 mortality are driven by unequal risks]"
          "(https://www.ncbi.nlm.nih.gov/pmc/articles/PMC7717200/)\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.year) for p in pubs] == [
        ("Is a more data-driven approach the future of outbreak modelling?", 2020),
        ("Understanding the importance of contact heterogeneity in a large norovirus outbreak", 2020),
        ("Racial disparities in coronavirus disease 2019 mortality are driven by unequal risks", 2020)]


@needs_model
def test_a_heading_naming_a_kind_of_papers_is_not_the_first_titles_head(db):
    """"# Conferences and workshops" right above the first item of its list: the labeller read the heading and the
    item's italic title as one title; a heading that names a kind of papers is the section's, not the paper's."""
    md = ("# Conferences and workshops\n\n"
          "- *All watched over by machines of loving grace*.\nDana P. Kerr.\n**TYPES 2022 post-proceedings**, 2023.\n"
          "- *Seeds of trust: confidential computing*.\nDana P. Kerr and Rafael Ito.\n**ESORICS**, 2021.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [p.title for p in pubs][:1] == ["All watched over by machines of loving grace"]


@needs_model
def test_co_authors_written_after_the_title_inside_its_link(db):
    """"[Title (com Daniel Araujo e Jorge Silva)](url)" in R Markdown, "(with A and B)" in English: the co-authors,
    in the page's language, are the authors and not words of the title; Pandoc's "{target="_blank"}" after the link
    is no word of the entry."""
    md = ("#### Conference Proceedings\n\n"
          "2015 - [Challenges of centralised public purchasing: the case of air tickets (com Daniel Araujo e Jorge "
          "Oliveira Silva)](https://example.org/p.pdf){target=\"_blank\"}. VIII Congresso Consad de Gestão Pública.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.authors, p.year) for p in pubs] == [
        ("Challenges of centralised public purchasing: the case of air tickets", ["Daniel Araujo", "Jorge Oliveira Silva"],
         2015)]
    assert "target" not in (pubs[0].venue_raw or "")


@needs_model
def test_a_reference_writing_out_its_addresses_is_one_entry_under_its_topic_heading(db):
    """A topic heading over each paper's citation, which writes out its preprint's and its DOI's addresses as links:
    two links whose text is an address name no two papers (the block was read as prose naming papers, each address
    a paper's name), and the title is the citation's, after its authors, not the topic heading's."""
    md = ("### Risk scores for childhood asthma\n\n"
          "**Huang, N.**, Ragsac, M., Gui, X., **Amariuta, T**. Multimodal gene prioritization reveals nonlinear "
          "regulatory architecture in asthma *medRxiv* (2026). "
          "[https://www.medrxiv.org/content/10.64898/2026.07.14.2635v1](https://www.medrxiv.org/content/10.64898/2026.07.14.2635v1). "
          "[https://doi.org/10.64898/2026.07.14.2635](https://doi.org/10.64898/2026.07.14.2635).\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.venue_raw, p.year, len(p.authors)) for p in pubs] == [
        ("Multimodal gene prioritization reveals nonlinear regulatory architecture in asthma", "medRxiv", 2026, 4)]


def test_an_author_list_before_a_quoted_title_loses_the_opening_quote():
    """Chicago: '..., and Kimihiko Hirao. "Title."': the quote mark opens the title, it is no part of the last name
    (the name was 'Kimihiko Hirao. "', whose surname read as nothing)."""
    assert split_name_list('Chan, Bun, William Dawson, and Kimihiko Hirao. "') == (
        ["Chan, Bun", "William Dawson", "Kimihiko Hirao"], False)


def test_the_in_that_opens_the_venue_is_no_author():
    """"..., Wenyuan Xu. In *Proc. NDSS*" and "..., Wenyuan Xu, In ...": "In" read with the authors is the word that
    opens the venue, no name; a surname In written with its initials stays."""
    assert split_name_list("Jiangyi Deng, Xinfeng Li, and Wenyuan Xu. In")[0] == ["Jiangyi Deng", "Xinfeng Li", "Wenyuan Xu"]
    assert split_name_list("Xinfeng Li, Chen Yan, Wenyuan Xu, In")[0] == ["Xinfeng Li", "Chen Yan", "Wenyuan Xu"]
    assert split_name_list("In, H., Kim, J.")[0] == ["In, H.", "Kim, J."]


def test_a_surname_first_name_before_the_lists_full_stop_is_one_name():
    """"Suzuki, Akisato. 2023. ..." (Chicago): the given name keeps the list's full stop, and is still the given name
    of the surname before it (it was read as a second author)."""
    assert split_name_list("Suzuki, Akisato.") == (["Suzuki, Akisato"], False)


def test_an_author_list_ending_in_a_semicolon_is_split_at_its_commas():
    """"Lee WT, Salazar JC;" before a group author: the last mark is no separator of names (the list was read as one
    name and dropped)."""
    assert split_name_list("Lawrence DA, Jadhav A, Salazar JC;") == (["Lawrence DA", "Jadhav A", "Salazar JC"], False)


@needs_model
def test_a_group_author_ends_the_author_list_not_starts_the_title(db):
    md = ("## 2024\n\n6. Lawrence DA, Jadhav A, Mondal TK, **Hogan AH**, Salazar JC; The Riverside Children's COVID "
          "Collaborative. Inflammatory aspects of a syndrome in children: a prospective cohort study. *Viruses*. 2024 "
          "Jun 12;16(6):950. doi: 10.3390/v16060950\n")
    (pub,) = read_markup("p.md", md, db, extractor="crf").publications
    assert pub.title == "Inflammatory aspects of a syndrome in children: a prospective cohort study"
    assert pub.authors[-1] == "The Riverside Children's COVID Collaborative" and pub.authors[0] == "Lawrence DA"


@needs_model
def test_a_status_written_after_the_titles_full_stop_is_no_part_of_it(db):
    md = ("[28][28] Oh, S.Y., <strong>Ross, C.T.</strong>, Mulder, M., and Bowles, S. (2017). The Decline of Polygyny: "
          "An Interpretation. In Review.\n")
    (pub,) = read_markup("p.md", md, db, extractor="crf").publications
    assert (pub.title, pub.status, pub.year) == ("The Decline of Polygyny: An Interpretation", "under review", 2017)


@needs_model
def test_co_authors_after_a_note_on_the_kind_of_paper(db):
    """"Title (commentary article, with A and B). *Journal*": the co-authors follow a note on what the paper is."""
    md = ("+ 2017\\. The logic of syntactic priming and acceptability judgments (commentary article, with Phoebe Gaston "
          "and Colin Phillips). *Behavioral and Brain Sciences*, 40. DOI: <https://doi.org/10.1017/S0140525X17000371>.\n")
    (pub,) = read_markup("p.md", md, db, extractor="crf").publications
    assert (pub.title, pub.authors) == ("The logic of syntactic priming and acceptability judgments",
                                        ["Phoebe Gaston", "Colin Phillips"])


def test_a_year_past_the_latest_a_paper_can_have_is_no_year():
    """"*RIMS Kôkyûroku*, 2096 (...): 115-118, 2018": four digits after the latest year a paper can have are a volume
    (the labeller read 2096 as the year, and the record gave it)."""
    from pubnorm.sources.assemble import _year

    toks = [Token("RIMS", 0, label="venue"), Token(",", 0, label="other"), Token("2096", 0, label="year"),
            Token("2018", 0, label="year")]
    assert (_year(toks, 2), _year(toks, 3)) == (None, 2018)


@needs_model
def test_notes_on_a_paper_are_no_papers(db):
    """Under a paper, "Presentations: The 25th China Economic Annual Conference (..., 2025); ...", "Outstanding Paper
    Award, The 7th ... Forum, 2024" and "Previously circulated with the title X" are notes on it (each was read as a
    paper of its own)."""
    md = ("## Working Papers\n\n"
          "<li>“<b>Incentivizing Environmental Public Goods: Evidence from Urban Greening in China</b>” (with Zhiren Hu "
          "and Xintong Li)</li>\n<ul><li>R&R at <b><i>Journal of Environmental Economics and Management</i></b></li></ul>\n"
          "<ul><li>Presentations: The 25th China Economic Annual Conference (Shanghai Jiao Tong University, 2025); The 10th "
          "China Urban Governance Symposium (Renmin University of China, 2025)</li></ul>\n"
          "<ul><li>Outstanding Paper Award, The 7th China Health Economic Development Forum (Sichuan University), 2024"
          "</li></ul>\n\n"
          "- Previously circulated with the title [Excess Reconstitution-Day Volume](https://papers.ssrn.com/sol3/"
          "papers.cfm?abstract_id=3000000)\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [p.title for p in pubs] == ["Incentivizing Environmental Public Goods: Evidence from Urban Greening in China"]


@needs_model
def test_a_section_name_is_no_paper(db):
    """'<h2>Selected Publications</h2><p>For a complete list, see <a>Google Scholar</a>.</p>' over the cards: the
    section's name was a paper with the author "Google Scholar"."""
    html = ('<html><body><div class="pub-header">\n<h2>Selected Publications</h2>\n<p class="pub-subtitle">For a '
            'complete list, see <a href="https://scholar.google.com/citations?user=0uCg">Google Scholar</a>. * denotes '
            'co-first authorship.</p>\n</div>\n\n<div class="pub-card">\n<div class="pub-card-title">Social network '
            'characteristics and cognitive decline: a joint modeling approach</div>\n<div class="pub-card-authors">'
            '<strong>Chen, R.</strong>, Posis, A. I. B., Torres, J. M.</div>\n<div class="pub-card-meta"><span>American '
            'Journal of Epidemiology</span> <span>2025</span></div>\n</div>\n</body></html>\n')
    pubs = read_markup("p.html", html, db, html=True, extractor="crf").publications
    assert [p.title for p in pubs] == ["Social network characteristics and cognitive decline: a joint modeling approach"]


@needs_model
def test_volume_issue_and_pages_of_an_entry_are_kept(db):
    """The labeller tells a citation's volume, issue and pages from its venue and year; they were dropped (the
    venue is read without them) and a .bib of the page had no pages. Each style writes them its own way; a day
    after its month ("2022 Dec 6;") is no volume, and the numbers of a DOI after them are not pages."""
    md = ("## Publications\n\n"
          "- Okafor, E., Lind, H., & Moreau, J. (2015). Shrinkage of beams under long loads. *Journal of Concrete "
          "Studies*, 35(1), 9-17.\n"
          "- Lind H, Moreau J, Okafor E. Wheezing in infants after a mild winter. *Pediatric Reports*. 2022 Dec "
          "6;14(12):e32255. doi: 10.7759/x.32255.\n"
          "- E. Okafor and J. Moreau, \"Sensing strain in steel girders,\" *IEEE Sensors Letters*, vol. 16, no. 8, "
          "pp. 101-105, 2019.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.volume, p.number, p.pages) for p in pubs] == [
        ("35", "1", "9--17"), ("14", "12", "e32255"), ("16", "8", "101--105")]


@needs_model
def test_a_presentation_with_pages_is_a_paper_a_talk_is_not(db):
    """In engineering a paper in a conference's proceedings is often listed under "Conference presentations"; a
    section named so was skipped whole, with its papers. An entry there that gives its pages is read; a talk (a
    date and a place, no pages) still is not, nor is anything under "Talks"."""
    md = ("## Journal articles\n\n"
          "- Okafor, E., & Moreau, J. (2019). Creep of curved girders. *Journal of Bridge Studies*, 12(3), 45-67.\n\n"
          "## Conference and workshop presentations\n\n"
          "- Okafor, E., Lind, H., & Moreau, J. (2018, March). Strain sensing skins for steel bridges. In *Proceedings "
          "of the 9th Conference on Structural Monitoring* (pp. 570-575).\n"
          "- Okafor, E., & Moreau, J. (2019). Fatigue cracks seen from a phone. Annual Meeting of the Bridge Society, "
          "Boston, MA, 12-14 March 2019.\n\n"
          "## Talks\n\n"
          "- Okafor, E. (2020). Bridges that listen. In *Proceedings of the Bridge Forum* (pp. 1-2).\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.pages) for p in pubs] == [("Creep of curved girders", "45--67"),
                                                  ("Strain sensing skins for steel bridges", "570--575")]


def test_a_heading_read_as_a_title_over_one_name_is_no_paper(db):
    """"# Topics of Interest" over "- Survey Project" (a retrained labeller read the item as an author), "### Master
    in Physics" over a paragraph naming a supervisor: a heading is a paper's title only with a venue, a year, a
    status, a paper's link, or two people's names under it."""
    from pubnorm.sources.assemble import entry_publication

    def entry(*names: str) -> list[Token]:
        toks = [Token("Topics", 0, label="B-title", tag="heading"), Token("of", 0, label="title", tag="heading"),
                Token("Interest", 0, label="title", tag="heading")]
        for k, name in enumerate(names):
            toks += [Token(",", 1, label="author")] if k else []
            toks += [Token(w, 1, label="author") for w in name.split()]
        return toks

    assert entry_publication(entry("Survey Project"), db) is None
    pub = entry_publication(entry("Ana Lee", "Bo Kim"), db)
    assert pub is not None and pub.title == "Topics of Interest" and pub.authors == ["Ana Lee", "Bo Kim"]


def test_a_bio_that_names_venues_is_no_paper(db):
    """"I am Ana Lee, a Ph.D. candidate co-advised by Bo Kim. I published at ACL, EMNLP and TMM. I like methods that
    are simple and fun": a retrained labeller read the advisers as authors, the venues as venues and the last sentence
    as a title. A block that opens as a bio is no paper; the same words after an author list are read."""
    from pubnorm.sources.assemble import entry_publication

    def entry(opening: str) -> list[Token]:
        toks = [Token(w, 0, label="B-other" if not i else "other") for i, w in enumerate(opening.split())]
        toks += [Token(w, 0, label="author") for w in "Bo Kim".split()] + [Token(".", 0, label="other")]
        toks += [Token(w, 1, label="other") for w in "I published at".split()]
        toks += [Token("ACL", 1, label="venue"), Token(",", 1, label="other"), Token("TMM", 1, label="venue")]
        toks += [Token(w, 1, label="title") for w in "Simple and fun methods for ranking".split()]
        return toks

    assert entry_publication(entry("I am Ana Lee , a Ph.D. candidate co-advised by"), db) is None
    pub = entry_publication(entry("with"), db)
    assert pub is not None and pub.title == "Simple and fun methods for ranking"


def test_two_digits_closing_a_venue_tag_are_its_year(db):
    """"SRH [Findings of EMNLP 24]": the two digits read as a volume are the tag's year when the entry has no year
    and no other volume or pages; "Ecology Letters 23:1–9" keeps its volume."""
    from pubnorm.sources.assemble import entry_publication

    def entry(tail: list[tuple[str, str]]) -> list[Token]:
        words = [("Sparse", "B-title"), ("routing", "title"), ("for", "title"), ("mixtures", "title"), ("[", "other"),
                 ("Findings", "venue"), ("of", "venue"), ("EMNLP", "venue"), *tail]
        return [Token(w, 0, label=lab, space_before=w not in ",]:") for w, lab in words]

    pub = entry_publication(entry([("24", "volume"), ("]", "other")]), db)
    assert pub is not None and pub.year == 2024
    pub = entry_publication(entry([("23", "volume"), (":", "other"), ("1–9", "volume"), ("]", "other")]), db)
    assert pub is not None and pub.year is None


def test_the_key_of_an_author_field_is_no_name(db):
    """academicpages' "Citation: Surname, I., Surname, I., 2017. Title. Journal": the labeller reads the key with the
    names, and "Citation: Srinivasan" was the first author."""
    from pubnorm.sources.assemble import entry_publication

    for key in (["Citation", ":"], ["Author", "(", "s", ")", ":"], ["Autores", ":"]):
        words = [*((w, "author") for w in key), ("Okafor", "author"), (",", "author"), ("V.N.", "author"),
                 (",", "author"), ("Lind", "author"), (",", "author"), ("C.S.", "author"), (",", "other"),
                 ("2017", "year"), (".", "other"), ("Nitrite", "title"), ("in", "title"), ("a", "title"),
                 ("biocathode", "title"), (".", "other"), ("Water", "venue"), ("Research", "venue")]
        toks = [Token(w, 0, label=("B-" if i == 0 else "") + lab, space_before=w not in ",.:()s")
                for i, (w, lab) in enumerate(words)]
        pub = entry_publication(toks, db)
        assert pub is not None and pub.authors == ["Okafor, V.N.", "Lind, C.S."], key


def test_a_status_word_ending_the_author_list_is_the_status(db):
    """"**Lee, Jiwon.** Forthcoming. [**Title**](doi). *Journal*.": "Forthcoming" read with the names was an author."""
    from pubnorm.sources.assemble import entry_publication

    words = [("Okafor", "B-author"), (",", "author"), ("Ada", "author"), (".", "author"), ("Forthcoming", "author"),
             (".", "other"), ("Age", "title"), ("and", "title"), ("cohort", "title"), ("analysis", "title"),
             (".", "other"), ("Sociological", "venue"), ("Methods", "venue"), ("&", "venue"), ("Research", "venue")]
    toks = [Token(w, 0, label=lab, space_before=w not in ",.") for w, lab in words]
    pub = entry_publication(toks, db)
    assert pub is not None and pub.authors == ["Okafor, Ada"] and pub.status == "accepted"


def test_a_topic_heading_over_an_apa_citation_gives_way_to_the_citations_own_title(db):
    """"Collaborations in Social Sciences" (a setext heading) over "Vicovaro, M., ... & Spoto, A. (2025). A new
    Bayesian method ... Frontiers in Psychology": the year between the authors and the title hid the citation's own
    title, and the heading was the paper's."""
    from pubnorm.sources.assemble import entry_publication

    words = [("Collaborations", "B-title", 0), ("in", "title", 0), ("Social", "title", 0), ("Sciences", "title", 0),
             ("Okafor", "author", 1), (",", "author", 1), ("M.", "author", 1), ("&", "author", 1), ("Lind", "author", 1),
             (",", "author", 1), ("A.", "author", 1), ("(", "other", 1), ("2025", "year", 1), (")", "other", 1),
             (".", "other", 1), ("A", "title", 1), ("Bayesian", "title", 1), ("triage", "title", 1), ("method", "title", 1),
             (".", "other", 1), ("Frontiers", "venue", 1), ("in", "venue", 1), ("Psychology", "venue", 1)]
    toks = [Token(w, ln, label=lab, tag="heading" if ln == 0 else "", space_before=w not in ",.)")
            for w, lab, ln in words]
    pub = entry_publication(toks, db)
    assert pub is not None and pub.title == "A Bayesian triage method" and pub.year == 2025


def test_a_kind_heading_read_as_a_whole_title_run_gives_way_to_the_next_title(db):
    """"Publications and Other Products" over '“Title,” W. Okafor and M. Lind, J. Phys. Chem. C 126, 4899 (2022)':
    the heading, read as a title run of its own before the quoted title, named the section; the paper was lost."""
    from pubnorm.sources.assemble import entry_publication

    words = [("Publications", "B-title", 0), ("and", "title", 0), ("Other", "title", 0), ("Products", "title", 0),
             ("“", "other", 1), ("Photochemical", "title", 1), ("fluorination", "title", 1), ("of", "title", 1),
             ("rutile", "title", 1), (",", "other", 1), ("”", "other", 1), ("W.", "author", 1), ("Okafor", "author", 1),
             ("and", "author", 1), ("M.", "author", 1), ("Lind", "author", 1), (",", "other", 1), ("J.", "venue", 1),
             ("Phys.", "venue", 1), ("Chem.", "venue", 1), ("C", "venue", 1), ("(", "other", 1), ("2022", "year", 1),
             (")", "other", 1)]
    toks = [Token(w, ln, label=lab, tag="heading" if ln == 0 else "", space_before=w not in ",”)")
            for w, lab, ln in words]
    pub = entry_publication(toks, db)
    assert pub is not None and pub.title == "Photochemical fluorination of rutile" and pub.year == 2022


def test_a_phrase_of_a_first_person_paragraph_is_no_title(db):
    """"I am a Research Assistant Professor at the [Department of Physics](...) ... the [Hubble Space Telescope]
    (...)": a bio; "My publication list can be found in my CV, researcher ID, PubMed": a pointer to the list. A
    retrained labeller read a linked phrase of each as a title, the other names as a venue or authors."""
    from pubnorm.sources.assemble import entry_publication

    def entry(words: list[tuple[str, str]]) -> list[Token]:
        return [Token(w, 0, label=lab, space_before=w not in ",.") for w, lab in words]

    bio = entry([*((w, "other") for w in "I am a Research Assistant Professor at the".split()),
                 ("Department", "title"), ("of", "title"), ("Physics", "title"), ("and", "other"), ("I", "other"),
                 ("use", "other"), ("the", "other"), ("Hubble", "venue"), ("Space", "venue"), ("Telescope", "venue")])
    assert entry_publication(bio, db) is None
    cv = entry([("My", "other"), ("publication", "other"), ("list", "other"), ("can", "title"), ("be", "title"),
                ("found", "title"), ("in", "title"), ("my", "title"), ("CV", "title"), (",", "other"),
                ("researcher", "author"), ("ID", "author"), (",", "author"), ("PubMed", "author")])
    assert entry_publication(cv, db) is None


@needs_model
def test_a_pages_copyright_footer_is_no_paper(db):
    """"© Copyright 2019 Dana Kerr - All Rights Reserved" under the list: a year and the owner's name, but the page's
    footer, not a paper by her."""
    html = ("<html><body><h2>Publications</h2><ul>\n"
            "<li><b>Kerr, D.</b>, Okafor, T. (2021). Feeding mechanics of river otters. <i>Journal of Morphology</i>, "
            "282, 1-12.</li>\n"
            "<li>Ito, R., <b>Kerr, D.</b> (2019). Bite force across mustelids. <i>Biology Letters</i>, 15, 20190101.</li>\n"
            "</ul>\n<footer><p>© Copyright 2019 Dana Kerr - All Rights Reserved</p></footer></body></html>\n")
    pubs = read_markup("p.html", html, db, html=True, extractor="crf").publications
    assert [p.title for p in pubs] == ["Feeding mechanics of river otters", "Bite force across mustelids"]


def test_names_read_after_the_title_and_venue_are_no_part_of_the_author_list(db):
    """"Quill, A. & Lind, R. (2024): Title. *Interspeech*, Kos, Greece.": the place after the venue, read as names,
    is not a third and fourth author; the author list is the run of names before the title."""
    from pubnorm.sources.assemble import entry_publication

    words = [("Quill", "B-author"), (",", "author"), ("A.", "author"), ("&", "author"), ("Lind", "author"),
             (",", "author"), ("R.", "author"), ("(", "other"), ("2024", "year"), (")", "other"), (":", "other"),
             ("Vowel", "title"), ("sequences", "title"), ("in", "title"), ("four", "title"), ("languages", "title"),
             (".", "other"), ("Interspeech", "venue"), (",", "other"), ("Kos", "author"), (",", "author"),
             ("Greece", "author"), (".", "other")]
    toks = [Token(w, 0, label=lab, space_before=w not in ",.):") for w, lab in words]
    pub = entry_publication(toks, db)
    assert pub is not None and pub.authors == ["Quill, A.", "Lind, R."]
    assert pub.title == "Vowel sequences in four languages"


def test_a_place_and_month_after_the_venue_are_no_author_list_even_when_longer(db):
    """"J. Bachrach. *Title.* In Proceedings of the ... School, Pittsburgh, PA, June 1986.": the place and month after
    the venue, read as names, have more words than the one author before the title; they are where and when it
    met, and the author is the run before the title. Without a month, the longer run stays the author list."""
    from pubnorm.sources.assemble import entry_publication

    def entry(place: str) -> list[Token]:
        words = [("J", "B-author"), (".", "author"), ("Lind", "author"), (".", "other"), ("Widget", "title"),
                 ("learning", "title"), ("in", "title"), ("backgammon", "title"), (".", "other"), ("In", "other"),
                 ("Proceedings", "venue"), ("of", "venue"), ("the", "venue"), ("Widget", "venue"), ("Models", "venue"),
                 ("Summer", "venue"), ("School", "venue"), (",", "other")]
        words += [(w, "author") for w in place.split()] + [("1986", "year"), (".", "other")]
        return [Token(w, 0, label=lab, space_before=w not in ",.):") for w, lab in words]

    pub = entry_publication(entry("Pittsburgh , PA , June"), db)
    assert pub is not None and pub.authors == ["J. Lind"] and pub.year == 1986
    pub = entry_publication(entry("Ana Kerr , Bo Ito , Cy Moreau"), db)
    assert pub is not None and pub.authors == ["Ana Kerr", "Bo Ito", "Cy Moreau"]


def test_a_title_run_ending_in_a_known_journal_after_a_question_mark_or_at_the_entrys_end(db):
    """"... in Serengeti National Park? Oryx, 1-10.": a question mark ends a title too; "[Title](pdf). eNeuro": a known
    journal's name closing the entry needs no volume after it. A last sentence that names no venue stays the title's."""
    from pubnorm.sources.assemble import _venue_tail

    toks = [Token(w, 0, label="title") for w in "Does fire affect habitat selection by black rhinos in Serengeti "
            "National Park ? Oryx".split()]
    assert join_tokens(_venue_tail(toks, db, Token("1-10", 0, label="volume"))).endswith("National Park ?")
    assert toks[-1].label == "venue"
    toks = [Token(w, 0, label="title") for w in "Theta-burst stimulation disrupts episodic memory . eNeuro".split()]
    assert join_tokens(_venue_tail(toks, db)) == "Theta-burst stimulation disrupts episodic memory ."
    plain = [Token(w, 0, label="title") for w in "What is a scale ? Lessons from limpets".split()]
    assert _venue_tail(plain, db) == plain


def test_the_shipped_venues_add_no_one_letter_venue_word(db):
    # an initial ("S.", "U.") read as a venue's word turns author lists into other words; the one-letter words the
    # model was trained with (from "J.", "R." ... in abbreviated names) stay, and no venue adds another ("U.S. ...")
    from pubnorm.sources.labeller import lexicon

    assert {w for w in lexicon(db).venue_words if len(w) == 1} <= {"j", "m", "n", "q", "r", "v"}


def test_the_shipped_venues_add_no_affiliation_word(db):
    # "University of Chicago, Becker Friedman Institute ... Working Paper" as an alias made "university" a venue word:
    # a page's degrees and affiliations ("MASTER OF SCIENCE, North Dakota State University, ...") were read as
    # papers with a venue
    from pubnorm.sources.labeller import lexicon

    affiliation = {"university", "universidad", "department", "college", "school", "bank", "federal", "centre", "center",
                   "hospital", "faculty", "ministry", "laboratory"}
    assert not affiliation & lexicon(db).venue_words


@needs_model
def test_an_entry_key_is_no_part_of_the_first_name(db):
    """Lists kept by kind number their entries "J2.", "C1." (journal, conference): the key opens the entry and was
    read with the names after it ("C. Morgan, A. S."); no name has a digit."""
    md = ("## Conference papers\n\n"
          "C2. Morgan, A. S., Jones, Z., and Biaz, S., \"A low-cost platform for aerial robotics education,\" "
          "Proceedings of the IEEE International Conference on Robotics and Automation, pp. 229-236, 2019.\n\n"
          "C1. Jones, Z., and Morgan, A. S., \"Grasp planning under uncertainty with tactile sensing,\" IEEE/RSJ "
          "International Conference on Intelligent Robots and Systems, 2018.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [p.authors for p in pubs] == [["Morgan, A. S.", "Jones, Z.", "Biaz, S."], ["Jones, Z.", "Morgan, A. S."]]


@needs_model
def test_the_venue_as_written_keeps_no_stop_of_a_volume_mark(db):
    """"IEEE Transactions on Mobile Computing, vol. 22, no. 4, pp. 100-113, 2023": the volume, issue and pages are
    no part of the venue as written, and neither are the stops of "vol.", "no.", "pp." (they were left as
    "Computing..., 2023", which a .bib of an unknown venue then carried)."""
    md = ("## Journal papers\n\n"
          "- [J3] Y. Zhang, L. Wang, and K. Chen, \"Serverless function placement in edge networks,\" IEEE "
          "Transactions on Mobile Computing, vol. 22, no. 4, pp. 100-113, 2023.\n"
          "- [J1] L. Wang and Y. Zhang, \"Deadline-aware scheduling for federated learning,\" Journal of Edge "
          "Systems Research, vol. 30, pp. 1-14, 2022.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [p.venue_raw for p in pubs] == ["IEEE Transactions on Mobile Computing, 2023",
                                           "Journal of Edge Systems Research, 2022"]


@needs_model
def test_a_book_under_a_heading_that_is_its_title_with_its_place_and_year(db):
    """A books page: "### _Title_" over "(Cambridge 1998)" or " editor (Cambridge, 2012)". The heading is the book's
    title and the place or publisher with a year under it is evidence of a book (a heading with only a year under
    it is none: a section)."""
    md = ("---\ntitle: Books\n---\n\n### _Epicurean Physics and the Shape of Ancient Wisdom_\n![](../covers/a.jpg)\n"
          "(Cambridge 1998)\n[paperback edition](http://example.org/pb), September 2003\n\n"
          "### _[Plato’s Sophist and the Art of Division](http://example.org/b)_\n(= the Gifford Lectures, fall 2001)"
          "(Oxford, 2004)\n![](../covers/b.gif)\n\n"
          "### _The Philosophy of the Later Academy_\n editor (Cambridge, 2012)\n![](../covers/c.jpg)\n")
    pubs = read_markup("books.md", md, db, extractor="crf").publications
    assert [p.title for p in pubs] == ["Epicurean Physics and the Shape of Ancient Wisdom",
                                       "Plato’s Sophist and the Art of Division", "The Philosophy of the Later Academy"]
    assert (pubs[0].year, pubs[2].year) == (1998, 2012)


@needs_model
def test_a_venue_read_up_to_a_word_that_cannot_end_it_goes_on_to_the_venue_after_it(db):
    """"Proceedings of the Sixteenth European Conference | on Computer Systems ( | EuroSys 21)": the labeller read the
    words between two pieces of one venue as no field; the venue as written was cut before "on" and matched nothing."""
    html = ("<html><body><h2>Papers</h2><ul>\n<li id=\"x\">[19] <b>PaSh: Light-touch Data-Parallel Shell Processing</b>. "
            "Proceedings of the Sixteenth European Conference on Computer Systems (EuroSys 21). (<a href=\"https://"
            "example.org/p\">link</a>) (<a href=\"/p.pdf\">pdf</a>) ⭐ Best Paper Award ⭐ <br/> &nbsp; with: <a href="
            "\"a\">Nikos Vas</a>, <a href=\"b\">Kon Mam</a>, and <a href=\"c\">Lazar Cvet</a>.</li>\n</ul></body></html>\n")
    (pub,) = read_markup("p.html", html, db, html=True, extractor="crf").publications
    assert pub.venue_raw == "Proceedings of the Sixteenth European Conference on Computer Systems (EuroSys 21)"
    assert (pub.venue.venue.id if pub.venue and pub.venue.venue else None, pub.year) == ("eurosys", 2021)


_PUBMED_CARDS = (
    "<html><body><h3>Selected Publications</h3><div>\n"
    "<div style=\"border-left:3px solid\"><a href=\"https://pubmed.ncbi.nlm.nih.gov/36906508/\" style=\"font-weight:600\">"
    "Surveillance after resection of intraductal papillary neoplasms: a systematic review</a>\n"
    "<p style=\"font-size:13px\">Correa C, Miyasaka Y, Hozaka Y, et al. <em>Pancreatology.</em> 2023.</p></div>\n"
    "<div style=\"border-left:3px solid\"><a href=\"https://pubmed.ncbi.nlm.nih.gov/25616942/\" style=\"font-weight:600\">"
    "Survival in ampullary cancer: potential role of different KRAS mutations</a>\n"
    "<p style=\"font-size:13px\">Valsangkar NP, Ingkakul T, Correa C, Masia R, Lillemoe KD, Thayer SP. <em>Surgery.</em> "
    "2015.</p></div>\n</div></body></html>\n")


@needs_model
def test_an_italic_journal_after_the_author_line_under_a_title_is_the_venue(db):
    """A PubMed-made list: the linked title, then "Authors. <em>Journal.</em> Year." The italic journal after the
    author list (not after the title) was read as no field or as the list's last name ("Thayer SP. Surgery"); a
    journal of one common word before its year is a journal cited."""
    pubs = read_markup("p.html", _PUBMED_CARDS, db, html=True, extractor="crf").publications
    assert [(p.authors[-1], p.venue.venue.id if p.venue and p.venue.venue else None, p.year) for p in pubs] == [
        ("Hozaka Y", "j-pancreatology", 2023), ("Thayer SP", "j-surgery", 2015)]


@needs_model
def test_a_journal_read_as_the_last_author_before_its_volume_is_the_venue(db):
    """"C. A. Downing and M. S. Ukhtary, EPL 146 10001 (2024)", "..., R. Saito, Carbon, 167, 455-474": a journal
    named by a common word or letters after the author list and before its volume is the venue, not a name."""
    md = ("## Year 2024\n\n33\\.  [Energetics of a pulsed quantum battery](https://example.org/a), C. A. Downing and "
          "**M. S. Ukhtary**, EPL 146 10001 (2024).\n\n## Year 2020\n\n17\\.  [Surface plasmon in graphene and carbon "
          "nanotubes](https://example.org/b) , **M. S. Ukhtary** and R. Saito, Carbon, 167, 455-474, (2020).\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.authors, p.venue.venue.id if p.venue and p.venue.venue else None) for p in pubs] == [
        (["C. A. Downing", "M. S. Ukhtary"], "j-epl"), (["M. S. Ukhtary", "R. Saito"], "j-carbon")]


def test_a_dotted_et_al_ends_the_author_list_as_et_al_does(db):
    page = """# Publications

- Amara Okafor et. al., *Mapping the cold sky with a balloon telescope*, Journal of Cosmology and Astroparticle Physics 2025: 04, 020
- Rui Lind, Sofia Moreau et. al. *Foreground cleaning for a ground survey*, Astrophysical Journal 274 (2024) 26
- Tomas Berg, Rui Lind, et. al, "Wavelet reading of ultrasonic echoes," Ultrasonics 2019
"""
    pubs = {p.title: p for p in read_markup("page.md", page, db, extractor="crf").publications}
    assert [(p.authors, p.et_al) for p in pubs.values()] == [
        (["Amara Okafor"], True), (["Rui Lind", "Sofia Moreau"], True), (["Tomas Berg", "Rui Lind"], True)]


def test_read_in_style_takes_no_name_for_a_title(db):
    """On a page of bold titles, an entry whose only bold words are a name in its author list (the owner's) is
    not read again with that name as its title; a short bold title alone over its authors is one."""
    from pubnorm.sources.assemble import read_in_style

    def entry(spec):
        out = [Token(w, 0, bold=b, label=lab) for w, b, lab in spec]
        out[0].label = "B-" + out[0].label
        return out

    names = entry([("Jan", False, "author"), ("Moreau", False, "author"), (",", False, "author"),
                   ("Ada", True, "author"), ("Okafor", True, "author"), (",", False, "other"),
                   ("Tidal", False, "venue"), ("heating", False, "venue"), ("2021", False, "year")])
    assert read_in_style(names, "bold", db) is None
    assert read_in_style(entry([("Ada", True, "other"), ("Okafor", True, "other"), ("2021", False, "year")]),
                         "bold", db, owner="Ada Okafor") is None
    titled = entry([("Pattern", True, "author"), ("Synonyms", True, "author"), (".", False, "other"),
                    ("Jan", False, "author"), ("Moreau", False, "author"), (",", False, "author"),
                    ("Li", False, "author"), ("Wei", False, "author"), (".", False, "other"),
                    ("Haskell", False, "venue"), ("Symposium", False, "venue"), ("2015", False, "year")])
    pub = read_in_style(titled, "bold", db)
    assert pub is not None and pub.title == "Pattern Synonyms" and pub.year == 2015
    assert pub.authors == ["Jan Moreau", "Li Wei"]


@pytest.mark.parametrize("bullet", ["[-]", "[*]", "(+)"])
def test_a_bullet_typed_before_each_entry_is_no_word_of_it(db, bullet):
    """Pages that write their list as paragraphs type a bullet in brackets before each entry (`<P>[-] Ada Okafor and
    ...`): read as words, they ran entries together or left their titles holding their authors."""
    html = "<html><body><h1>Publications</h1>\n" + "".join(
        f"<P>{bullet} Ada Okafor and Jan Moreau. Tidal heating of icy moons, part {n}, Icarus, 201{n}\n\n"
        for n in range(3)) + "</body></html>"
    pubs = read_markup("p.html", html, db, html=True, extractor="crf").publications
    assert [(p.authors, p.year) for p in pubs] == [(["Ada Okafor", "Jan Moreau"], 2010 + n) for n in range(3)]
    assert all(p.title and p.title.startswith("Tidal heating of icy moons") for p in pubs)


def test_retitle_in_style_takes_one_phrase_before_the_styled_run_for_no_name(db):
    """"Deep Learning: [Tidal Heating of Icy Moons](...)": a title's first part, outside its link, is no author;
    "Ada Okafor, Jan Moreau: [Tidal Heating ...](...)" is an author list."""
    from pubnorm.sources.assemble import retitle_in_style

    def entry(prefix: list[str]) -> list[Token]:
        toks = [Token(w, 0, label="title") for w in prefix]
        toks += [Token(w, 0, href="https://example.org/1", label="title") for w in "Tidal Heating of Icy Moons".split()]
        toks += [Token(",", 0, label="other"), Token("Icarus", 1, label="venue"), Token("2021", 1, label="year")]
        toks[0].label = "B-title"
        return toks

    assert retitle_in_style(entry(["Deep", "Learning", ":"]), "link", db) is None
    pub = retitle_in_style(entry(["Ada", "Okafor", ",", "Jan", "Moreau", ":"]), "link", db)
    assert pub is not None and pub.title == "Tidal Heating of Icy Moons" and pub.authors == ["Ada Okafor", "Jan Moreau"]
    pub = retitle_in_style(entry(["Ada", "Okafor", ":"]), "link", db, owner="Ada Okafor")
    assert pub is not None and pub.authors == ["Ada Okafor"]


def test_retitle_in_style_gives_the_last_name_read_into_the_title_back_to_the_authors(db):
    """"..., J. Uesato, P. Kohli [Training verified learners](...)": the labeller read the last surname as the title's
    first word; on a page of linked titles the link is the title and the surname ends the author list."""
    from pubnorm.sources.assemble import retitle_in_style

    toks = [Token(w, 0, label="author", space_before=w not in ",.")
            for w in ["Ada", "Okafor", ",", "J", ".", "Moreau", ",", "P", "."]]
    toks += [Token("Kohli", 0, label="title")]
    toks += [Token(w, 0, href="https://example.org/1", label="title") for w in "Tidal Heating of Icy Moons".split()]
    toks += [Token("Icarus", 1, label="venue"), Token(",", 1, label="other"), Token("2021", 1, label="year")]
    toks[0].label = "B-author"
    pub = retitle_in_style(toks, "link", db)
    assert pub is not None and pub.title == "Tidal Heating of Icy Moons"
    assert pub.authors == ["Ada Okafor", "J. Moreau", "P. Kohli"]


def test_days_after_a_month_and_a_comma_are_the_meetings_dates_not_pages(db):
    """"INFORMS Annual Meeting, October, 20-23, 2019": the days after the month and its comma were read as pages
    (a talk's dates passing for a paper's pages)."""
    md = ("## Publications\n\n"
          "- Okafor, A., Lind, B. (2019) Widget feeding decisions, at: INFORMS Annual Meeting, October, 20-23, 2019, "
          "Seattle (USA).\n"
          "- Lind, B., Okafor, A. (2018) Widget space in assembly lines. Journal of Widgets, 51(4), 100-106.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    feeding = next(p for p in pubs if p.title == "Widget feeding decisions")
    assert feeding.pages is None and feeding.year == 2019


def test_one_word_and_nothing_else_is_no_paper(db):
    """'<a href="Comet Lecture Notes.pdf">Notes</a> from my talk ...' in a list of expository notes: a record of one
    word with no author, venue, year, status or identifier ("Notes", "People", "Vortrag", a menu's link) is no paper,
    in a list or named in prose."""
    html = ('<html><body><main>\n<h2>Research</h2>\n<ol reversed>\n<li><i>Computing tidal heating of icy moons</i>, joint '
            'with Jan Moreau (<a href="https://arxiv.org/abs/2510.06423">arXiv</a>)</li>\n<li><i>Crust thickness from libration</i>. '
            '<i>Icarus</i>, 2025.</li>\n</ol>\n<h2>Notes/Exposition</h2>\n<ul>\n<li><a href="Quillen.pdf">The '
            'Quillen-Suslin Theorem</a></li>\n<li><a href="Casson.pdf">The Casson Invariant</a></li>\n<li><a href="Comet'
            ' Lecture Notes.pdf">Notes</a> from my talk \'Comets and their tails\', given at the undergraduate colloquium,'
            ' October 2024.</li>\n</ul>\n</main></body></html>\n')
    pubs = read_markup("p.html", html, db, html=True, extractor="crf").publications
    names = [p.title or p.label for p in pubs]
    assert "Notes" not in names
    assert names[0] == "Computing tidal heating of icy moons"


def test_a_role_in_brackets_after_a_name_stays_with_the_name(db):
    """"<b>F. Lyu (Corresponding author)</b>", "Bohan Hu (co-first author)": the model, which has hardly met a role
    written in words, read the name before it as a title and lost it and every name before it. The labeller labels
    the entry without the role; the role takes the label of the name it follows."""
    html = ('<html><body><h2>Publications</h2>\n<ul>\n'
            '<li><p>H. Okafor, <b>F. Lind (Corresponding author)</b>, C. Moreau, J. Kohli, and X. Brightwater, '
            '"Tidal Heating of Icy Moons with Thin Crusts: A Learning-Based Approach", Icarus, vol. 38, no. 12, '
            'pp. 2783-2797, Dec. 2020.</p></li>\n'
            '<li><p>W. Quince, <b>F. Lind (Corresponding author)</b>, F. Okafor, P. Moreau, Sparse Routing for '
            'Mixture Models in Large-Scale Wireless Systems, IEEE Internet of Things Journal, to appear, 2021.</p></li>\n'
            '<li><p>Ada Okafor (co-first author), <b>Jan Lind</b> (co-first author), Bo Kohli. Wage Rigidity and '
            'Regional Shocks. Journal of Widgets, 2019.</p></li>\n'
            '</ul></body></html>\n')
    pubs = read_markup("p.html", html, db, html=True, extractor="crf").publications
    got = {p.title: p.authors for p in pubs}
    assert got["Tidal Heating of Icy Moons with Thin Crusts: A Learning-Based Approach"] == [
        "H. Okafor", "F. Lind", "C. Moreau", "J. Kohli", "X. Brightwater"]
    assert got["Sparse Routing for Mixture Models in Large-Scale Wireless Systems"] == [
        "W. Quince", "F. Lind", "F. Okafor", "P. Moreau"]
    assert got["Wage Rigidity and Regional Shocks"] == ["Ada Okafor", "Jan Lind", "Bo Kohli"]


def test_a_full_text_link_after_a_citation_is_a_link_word_not_its_venue(db):
    """'<p>H. Okafor, ... Title. Nanoscale 13, 8722-8739 (2021)</p><a href="...">Full Text</a>': the link's words were
    read as a title and then as the entry's venue; "Full Text" says what a link points to, as "PDF" does."""
    from pubnorm.sources.features import _is_link_word_text

    assert _is_link_word_text("Full Text") and _is_link_word_text("Fulltext") and not _is_link_word_text("Full Moon")
    html = ('<html><body><h2>Publications</h2>\n<div class="pub"><p>H. Okafor, D. Lind, L. Moreau, F. Kohli. Widget '
            'nanosafety assessment tools and their ecosystem-level integration prospect. Nanoscale 13, 8722-8739 '
            '(2021)</p><a class="btn" href="https://pubs.rsc.org/en/content/articlelanding/2021/nr/d1nr00115a">Full '
            'Text</a></div>\n<div class="pub"><p>T.L. Okafor, M. Lind, D. Moreau. Assembly dynamics of widget '
            'monolayers. Langmuir 34, 14711-14720 (2018)</p><a class="btn" '
            'href="https://pubs.acs.org/doi/10.1021/acs.langmuir.8b00484">Full Text</a></div>\n</body></html>\n')
    pubs = read_markup("p.html", html, db, html=True, extractor="crf").publications
    assert [(p.venue_raw, p.year) for p in pubs] == [("Nanoscale", 2021), ("Langmuir", 2018)]


@needs_model
def test_an_author_list_alone_in_the_block_above_a_paper_with_none_is_its_list(db):
    """A table whose rows alternate: the entry's number and its authors, then an empty cell and the title, venue and
    abstract; and a numbered item of names over a list (not nested: two spaces) of the title and the venue. The
    names, read as no paper, are the authors of the paper in the block right below them, which named none; a
    block of names with a paper of its own below it, or with other words between, lends nothing."""
    html = ("<table>\n"
            "<tr><td>12. </td><td>Ada Okafor, Jan Lindqvist, and Bo Kang<br></td></tr>\n"
            "<tr><td></td><td>Self-learning widget sampling with neural networks<br>\n"
            '<a href="https://arxiv.org/abs/1807.04955">arXiv:1807.04955</a><br>\n'
            "We propose a widget sampler.</td></tr>\n"
            "<tr><td>11. </td><td>Ada Okafor and Cem Demir<br></td></tr>\n"
            "<tr><td></td><td>Smooth widget energies in the exact diagonalisation method<br>\n"
            "Phys. Rev. B 96, 161102 (2017)</td></tr>\n"
            "</table>\n")
    pubs = read_markup("p.html", html, db, html=True, extractor="crf").publications
    assert [(p.title, p.authors) for p in pubs] == [
        ("Self-learning widget sampling with neural networks", ["Ada Okafor", "Jan Lindqvist", "Bo Kang"]),
        ("Smooth widget energies in the exact diagonalisation method", ["Ada Okafor", "Cem Demir"])]
    md = ("# Publications\n\n"
          "1. **A. Okafor**, B. Lindqvist, and C. Moreau\n"
          "  - [**Sparse Observers for Induction Machines under Load**](https://example.org/a.pdf)\n"
          "  - IEEE Transactions on Industry Applications.\n"
          "2. **A. Okafor** and D. Haddad\n"
          "  - [**Adaptive Flux Estimation in Bearingless Drives**](https://example.org/b.pdf)\n"
          "  - IEEE Transactions on Power Electronics.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [p.authors for p in pubs] == [["A. Okafor", "B. Lindqvist", "C. Moreau"], ["A. Okafor", "D. Haddad"]]
    md = ("# Publications\n\n"
          "- Ada Okafor and Cem Demir\n\n"
          "Our group thanks its funders.\n\n"
          "- **Adaptive Flux Estimation in Bearingless Drives**\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert all(not p.authors for p in pubs)



@needs_model
def test_a_papers_year_and_journal_set_apart_beside_it_are_its_own(db):
    """A site that sets each field of a paper in an element of its own: Hugo's list of three items a paper (the
    linked title, its date, the journal's short name) and a grid of three columns (the year, then the authors and
    title, then the journal, one the database lacks among them). Repeated paper after paper, the fields beside each
    paper are its own; a year written as a paragraph over the papers under it is no such repetition and lends
    nothing to the paper above it."""
    md = "---\ntitle: Publications\n---\n\n" + "".join(
        f"- [{t}](https://doi.org/10.1000/{k})\n- {y}-01-01\n- {v}\n\n" for k, (t, y, v) in enumerate([
            ("Widget aggregations mark the sites of neurite initiation", 2016, "Neurosci Bull"),
            ("Phosphoinositides regulate widget morphogenesis", 2017, "Cell Res"),
            ("Widget cells relay inflammatory signals to neurons", 2018, "Neuron"),
            ("Forget widgets to promote memory", 2021, "Nat Immunol")]))
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.year, p.venue.venue.id if p.venue and p.venue.venue else None) for p in pubs] == [
        (2016, "j-neuroscience-bulletin"), (2017, "j-cell-research"), (2018, "j-neuron"),
        (2021, "j-nature-immunology")]
    cell = ('<section class="site-section">\n<div class="row">\n<div class="col-lg-1"></div>\n<div class="col-lg-1"><br>\n'
            '<div class="quote"><p><br><strong>{y}</strong><br> <br></p></div>\n</div>\n<div class="col-lg-8">\n'
            '<div class="quote"><br><p>{a}<br>\n<strong> {t}</strong>\n</p>\n</div>\n</div>\n<div class="col-lg-1">\n'
            '<br><div class="quote"><p><strong>{v}</strong></p></div>\n</div>\n</div>\n</section>\n')
    html = "<html><body><h2>Journal Papers</h2>\n" + "".join(cell.format(y=y, a=a, t=t, v=v) for y, a, t, v in [
        (2022, "M Okafor, HB Lind, KM Kang", "Co-design of widget rehabilitation for older adults", "Applied Ergonomics"),
        (2021, "M Okafor, JH Lind", "How visitors perceive widget heritage in immersive reconstructions",
         "Journal of Widget Heritage Tourism"),
        (2019, "KM Kang, M Okafor", "Cognitive styles in widget design problem solving", "Design Studies"),
        (2016, "M Okafor, KM Kang", "Effects of cursor freeze time on widget pointing", "Applied Ergonomics")]) \
        + "</body></html>\n"
    pubs = read_markup("p.html", html, db, html=True, extractor="crf").publications
    assert [(p.year, p.venue_raw) for p in pubs] == [
        (2022, "Applied Ergonomics"), (2021, "Journal of Widget Heritage Tourism"), (2019, "Design Studies"),
        (2016, "Applied Ergonomics")]
    md = ("# Publications\n\n- Okafor, A. Widget transport in braided rivers. Water Resources Research.\n"
          "- Okafor, A., Lind, B. Widget dynamics of plankton communities. Ecology Letters.\n\n2023\n\n"
          "- Okafor, A. A survey of widget erosion models. Geomorphology.\n"
          "- Lind, B. Widget calibration in alpine basins. Journal of Hydrology.\n\n"
          "2022\n\n- Okafor, A. Widget retreat seen from orbit. Remote Sensing of Environment.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert len(pubs) == 5 and pubs[1].year is None


@needs_model
def test_acadhomepage_paper_boxes_under_a_lead_in_heading_take_their_badges_year(db):
    """AcadHomepage's paper boxes: a badge ("CVPR 2024") in the box's image column, then the title, the authors and
    the venue written out with no year. Under "## *Papers on **Computer Vision**:*" the first box's badge was read
    with that heading as a paper titled by it (a heading ending in a colon leads in to a list, it names no paper),
    and a box whose venue was written out took no year from its badge (the badge names the same venue)."""
    box = ("<div class='paper-box'><div class='paper-box-image'><div><div class=\"badge\">{badge}</div>"
           "<img src='images/x.png' alt=\"sym\" width=\"100%\"></div></div>\n"
           "<div class='paper-box-text' markdown=\"1\">\n\n**{title}**<br>\n{authors}<br>\n{venue}<br>\n"
           "[📃 Paper](https://arxiv.org/abs/2501.0{k})\n</div>\n</div>\n\n")
    md = "# 📝 Publications\n\n## *Papers on **Computer Vision**:*\n\n" + "".join(
        box.format(k=k, badge=b, title=t, authors=a, venue=v) for k, (b, t, a, v) in enumerate([
            ("CVPR 2024", "Incremental Residual Widget Bottleneck Models", "Ada Okafor, Ben Lind",
             "Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition"),
            ("AAAI 2026", "A Benchmark for Stepwise Widget Reasoning in Videos", "Ben Lind, Ada Okafor",
             "Proceedings of the AAAI Conference on Artificial Intelligence")], start=1000))
    pubs = read_markup("about.md", md, db, extractor="crf").publications
    assert [(p.title, p.venue.venue.id if p.venue and p.venue.venue else None, p.year) for p in pubs] == [
        ("Incremental Residual Widget Bottleneck Models", "cvpr", 2024),
        ("A Benchmark for Stepwise Widget Reasoning in Videos", "aaai", 2026)]


@needs_model
def test_a_pubmed_summary_gives_the_journal_before_its_date_and_no_identifier_as_venue(db):
    """A lab page pasting PubMed's "Summary (text)" export: "Title. Journal. 2013 Sep;38(10):1954-62. doi: ... Epub
    2013 Apr 16. PubMed PMID: 23591167; PubMed Central PMCID: PMC3746702.": the journal was read into the title (its
    date after its own full stop, as Vancouver writes it) and "PubMed PMID" was read as the venue. The journal after
    the title's stop is the venue when the database knows it and Vancouver's date follows; PubMed's identifiers'
    names are no venue."""
    md = ("# Publications\n\n"
          "15: Okafor A, Lind B, Kim C. Alterations of superficial widget matter in schizophrenia and\n"
          "relationship to cognitive performance. Neuropsychopharmacology. 2013\n"
          "Sep;38(10):1954-62. doi: 10.1038/npp.2013.93. Epub 2013 Apr 16. PubMed PMID:\n"
          "23591167; PubMed Central PMCID: PMC3746702.\n\n\n"
          "16: Lind B, Okafor A. Oligodendrocyte widgets, white matter tract integrity, and cognition in\n"
          "schizophrenia. Cereb Cortex. 2013;23(9):2044-57. doi: 10.1093/cercor/bhs188. PubMed PMID: 22879351.\n")
    pubs = read_markup("pubs.md", md, db, extractor="crf").publications
    assert [(p.title, p.venue.venue.id if p.venue and p.venue.venue else None, p.year) for p in pubs] == [
        ("Alterations of superficial widget matter in schizophrenia and relationship to cognitive performance",
         "j-neuropsychopharmacology", 2013),
        ("Oligodendrocyte widgets, white matter tract integrity, and cognition in schizophrenia", "j-cerebral-cortex",
         2013)]


@needs_model
def test_a_year_and_a_journals_short_name_after_the_author_list_are_the_year_and_venue(db):
    """Astronomy's "Title,<br>Okafor, A., et al. (Lind, B.),<br>2026, A&A, submitted [(arXiv:...)](...)": the year
    and the journal's short name, read as more names, are the paper's year and venue (a name holds no year), when
    the database knows the journal by that very name; the arXiv link is not the venue."""
    md = ("###  _Recent Papers_\n"
          "47\\. Evolution of widget galaxies across cosmic-web environments,<br>\nOkafor, A., et al. (Lind, B. S.),<br>\n"
          "2026, A&A, submitted [(arXiv:2602.11751)](https://ui.adsabs.harvard.edu/abs/2026arXiv260211751K/abstract)\n\n"
          "46\\. Widget streams in dwarf spheroidals at z∼2.4 and 3.1,<br>\nMoreau, C., et al. (Lind, B. S.),<br>\n"
          "2025, ApJ, submitted [(arXiv:2601.01991)](https://ui.adsabs.harvard.edu/abs/2026arXiv260101991M/abstract)\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.venue_raw, p.year) for p in pubs] == [("A&A, submitted", 2026), ("ApJ, submitted", 2025)]



@needs_model
def test_a_title_with_only_the_kind_of_work_beside_it_is_a_paper(db):
    """"[Title](url) [(PhD Thesis)](url)", "[Title](url) - Tech Report.", "PhD thesis: [Title](url)": an entry that
    names its kind of work beside its title and nothing else (no authors, venue or year) was no paper. The kind is
    kept as the record's note (a report's is its status), and "PhD thesis:" is no part of the title. Not a sentence
    that names a thesis ("I recently defended my PhD thesis at ...")."""
    md = ("# Publications\n\n"
          "- [Functional Programming for Securing Cloud Widgets](https://example.org/phd/) "
          "[(PhD Thesis)](https://research.example.org/540080)\n"
          "- [Widget Compilers for Small Machines](https://example.org/pubs/w) - Tech Report.\n"
          "- [Superword Parallelism in the Glasgow Widget Compiler](https://example.org/pubs/vec) (Masters Thesis)\n"
          "- PhD thesis: [The Battle of the Models: Modern Takes on Widgets](https://example.org/thesis.pdf)\n"
          "- [Higher-Order Concurrency for Widgets](https://example.org/pubs/w2) - MPLR 2021\n\n"
          "I recently defended my PhD thesis at the widget department of a university, under the supervision of "
          "a widget maker.\n")
    pubs = {p.title: p for p in read_markup("p.md", md, db, extractor="crf").publications}
    assert sorted(pubs) == ["Functional Programming for Securing Cloud Widgets", "Higher-Order Concurrency for Widgets",
                            "Superword Parallelism in the Glasgow Widget Compiler",
                            "The Battle of the Models: Modern Takes on Widgets", "Widget Compilers for Small Machines"]
    assert pubs["Functional Programming for Securing Cloud Widgets"].note == "PhD Thesis"
    assert pubs["Superword Parallelism in the Glasgow Widget Compiler"].note == "Masters Thesis"
    assert pubs["The Battle of the Models: Modern Takes on Widgets"].note == "PhD thesis"
    assert pubs["Widget Compilers for Small Machines"].status == "technical report"
    assert all(not p.authors and p.year is None for t, p in pubs.items() if "Higher" not in t)  # nothing invented


@needs_model
def test_names_in_italics_closed_by_a_colon_before_the_papers_link_are_its_authors(db):
    """"- _Quill, Brandt, Okafor:_ [**_Title_**](doi), _Journal, Month, Year_": an italic lead-in ending in a colon, right
    before the link, is the paper's author list, not a topic introducing a description ("***Agents:*** Autonomous
    Agent for Tables [TabAgent](url)"): the entry is read as a citation (it was a title-less mention)."""
    md = ("# 2022\n\n"
          "- _Quill, Brandt, Okafor:_ [**_Widget floes in the marginal ice zone._**](https://doi.org/10.1/w1) "
          "_Frontiers in Marine Science, November, 2022_.\n\n"
          "- _Quill:_ [**_Wave-induced widget fracture in sea ice._**](https://doi.org/10.1/w2) "
          "_Geoscientific Model Development, January, 2022_.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.authors, p.year) for p in pubs] == [
        ("Widget floes in the marginal ice zone", ["Quill", "Brandt", "Okafor"], 2022),
        ("Wave-induced widget fracture in sea ice", ["Quill"], 2022)]
    assert [p.venue.venue.name if p.venue and p.venue.venue else None for p in pubs] == [
        "Frontiers in Marine Science", "Geoscientific Model Development"]
    md = ("# 2024\n\n- _Quill_: [**_Introducing WIDGET: a light-weight widget assimilation system_**]"
          "(https://example.org/w3), _Journal of Advances in Modeling Earth Systems, 2024_.\n")  # the colon after it
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.authors) for p in pubs] == [
        ("Introducing WIDGET: a light-weight widget assimilation system", ["Quill"])]
    md = "* ***Agents:*** Autonomous Agent for Tables [TabAgent](https://arxiv.org/pdf/2402.00003)\n"
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.label, p.authors) for p in pubs] == [("Autonomous Agent for Tables", [])]  # a mention, as it was


@needs_model
def test_a_year_in_bold_on_a_line_of_its_own_is_the_year_of_the_papers_under_it(db):
    """"**2024**" on its own line, at the head of the paragraph of the year's first paper or in a paragraph of its
    own, over papers that give no year of their own: the year is theirs, up to the next such line (it was the
    first paper's only)."""
    for sep in ("\n", "\n\n"):
        md = (f"**2024**{sep}"
              "Quill, A. et al. [Widget relaxation in microstructured substrates](https://doi.org/10.1/a). "
              "Advanced Materials, 2400241.\n\n"
              "Brandt, T. et al. [Unlocking widget strain in titanates](https://doi.org/10.1/b). Advanced Materials, "
              "2413713.\n\n"
              f"**2023**{sep}"
              "Okafor, S. et al. [Widget gradients control phase transitions](https://doi.org/10.1/c). Nature "
              "Communications, 14(1), 6975.\n\n"
              "Lind, R. et al. [Scanning widget microscopy of surface waves](https://doi.org/10.1/d). Physical Review "
              "Applied, 19(2), 024038.\n")
        pubs = read_markup("p.md", md, db, extractor="crf").publications
        assert [(p.title, p.year) for p in pubs] == [
            ("Widget relaxation in microstructured substrates", 2024), ("Unlocking widget strain in titanates", 2024),
            ("Widget gradients control phase transitions", 2023), ("Scanning widget microscopy of surface waves", 2023)]


@needs_model
def test_a_heading_whose_elements_are_classed_as_a_citations_fields_is_an_entry(db):
    """'<h5><span class="paper-authors">...</span><span class="paper-title">...</span><span
    class="paper-publisher">...</span></h5>': a heading of a few words whose parts the page's classes name as fields
    is a paper, not a section's name (the short ones were lost); the title ends where its element ends."""
    entry = ('<h5>\n<span class="paper-authors">{a}</span>\n<span class="paper-title">{t}</span>\n'
             '<span class="paper-publisher">{v}</span>\n</h5>\n<p><small>Abstract: We study widgets.</small></p>\n')
    html = ("<h3>Publications</h3>\n"
            + entry.format(a="Ada Quill, Bo Brandt.", t="Faster Widget Skipping.",
                           v="In Proceedings of the European Conference on Information Retrieval (ECIR). 2019")
            + entry.format(a="Cy Okafor, Ada Quill.", t="Debunking Widget News One Feature at a Time.",
                           v="Widget Letters 4. 2018"))
    pubs = read_markup("p.html", html, db, html=True, extractor="crf").publications
    assert [(p.title, p.authors, p.year) for p in pubs] == [
        ("Faster Widget Skipping", ["Ada Quill", "Bo Brandt"], 2019),
        ("Debunking Widget News One Feature at a Time", ["Cy Okafor", "Ada Quill"], 2018)]
    assert pubs[0].venue is not None and pubs[0].venue.venue is not None and pubs[0].venue.venue.id == "ecir"


@needs_model
def test_a_line_break_after_a_linked_title_ends_the_title(db):
    """"- [Title](pdf)<br>[Journal 39(2), 234-252](url)", "- [Title](pdf)<br>The Proceedings of ...": the title is
    the link's whole text; the words after the line break were read on into it. A title wrapped in the source (no
    break) goes on."""
    md = ("#### Journal articles\n\n"
          "- [Lexical widgets in Telugu: Mass nouns in disguise](/docs/a.pdf) <br>[Lingvisticæ Investigationes "
          "39(2), 234-252](https://example.org/li.39.2)\n"
          "- [Count-mass widgets, inherent number and the unmasking of an imposter](/docs/b.pdf)<br>The Proceedings "
          "of the 50th Chicago Widget Society\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.venue_raw) for p in pubs] == [
        ("Lexical widgets in Telugu: Mass nouns in disguise", "Lingvisticæ Investigationes"),
        ("Count-mass widgets, inherent number and the unmasking of an imposter",
         "The Proceedings of the 50th Chicago Widget Society")]
    # a link of words on the next line (no volume, pages or year) is another item's, not the venue: linked press
    md = ("<p>\n<a href=\"https://news.example.org/2020/09/04/widgets.html\">Widget Times: Pandemic Drives Millions "
          "From Widget Schools</a> <br />\n<a href=\"https://news.example.net/2020/12/widgets/\">Widget Post: 628 mil "
          "dejarán estudios por crisis de widgets</a> <br />\n</p>\n")
    pubs = read_markup("p.html", md, db, html=True, extractor="crf").publications
    assert not any(p.venue_raw and "Widget Post" in p.venue_raw for p in pubs)
    # lines the page's classes name (headings of class "title": the authors' line, linked, over the title's)
    html = ('<div><h3 class="mb-3 wthree_title"><strong>Ada Quill</strong>, <a href="https://example.org/bo">Bo '
            'Brandt</a>, Cy Okafor, and <a href="https://example.org/di">Di Lind</a></h3>\n'
            '<h3 class="mb-3 wthree_title">WidgetNet: Structured 3D Abstraction of Widgets from Sparse Views.</h3>\n'
            '<h3 class="mb-3 wthree_title"><a href="https://arxiv.org/pdf/2404.00875">[Paper]</a>, Accepted to '
            '<a href="https://eccv2024.ecva.net/">[ECCV 2024]</a>.</h3>\n<p>We present a widget framework.</p></div>\n')
    pubs = read_markup("p.html", html, db, html=True, extractor="crf").publications
    assert not any(p.venue_raw and "WidgetNet" in p.venue_raw for p in pubs)


@needs_model
def test_two_surnames_on_a_page_of_surname_lists_are_two_authors(db):
    """A page that writes its authors as surnames alone ("_Quill, Brandt, Okafor_"): "_Lind, Quill_" (two pieces say
    nothing of which) was one author "Quill Lind"; either word an author on its own of the page's other papers makes
    two. Also: the name after the comma under a year heading, which the labeller read as the year ("Lind/author
    ,/author Quill/year"), and a name with a combining accent ("Bourdalle\\u0301-Badie") in an italic lead-in."""
    md = ("# 2024\n\n"
          "- _Lind, Quill_: [**_Widget wave spectra from altimetry_**](https://doi.org/10.1/a), _The Cryosphere, 2024_.\n"
          "- _Quill, Brandt, Okafor_: [**_Widget floes in the ice zone_**](https://doi.org/10.1/b), _The Cryosphere, "
          "2024_.\n"
          "- _Okafor, Brandt, Quill_: [**_Widget eddies at an ice edge_**](https://doi.org/10.1/c), _Journal of "
          "Physical Oceanography, 2024_.\n"
          "- _Moreau, Quill_: [**_Widget blooms under sea ice_**](https://doi.org/10.1/d), _Frontiers in Marine "
          "Science, 2024_.\n"
          "- _Sato, Bourdalle\u0301-Badie:_ [**_Coupling widget ocean models_**](https://doi.org/10.1/e), _Technical "
          "Report, 2024_.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [p.authors for p in pubs] == [["Lind", "Quill"], ["Quill", "Brandt", "Okafor"], ["Okafor", "Brandt", "Quill"],
                                         ["Moreau", "Quill"], ["Sato", "Bourdalle\u0301-Badie"]]
    # a page of "Surname, Given" lists, where a given name also stands alone (a list read wrong): its pairs stay
    from pubnorm.model import Publication
    from pubnorm.sources.reader import _surname_pairs_apart

    lists = [["Quill, Neil", "Brandt, Kirill"], ["Neil", "Brandt", "Kirill", "Okafor", "Lind"],
             ["Quill, Neil", "Sato", "Neil", "Moreau"], ["Lind, Ada", "Okafor, Bo", "Quill, Neil"]]
    pubs = [Publication(title=f"T{k}", authors=list(a)) for k, a in enumerate(lists)]
    _surname_pairs_apart(pubs)
    assert pubs[0].authors == lists[0] and pubs[3].authors == lists[3]  # two pairs in a list
    assert pubs[2].authors == ["Quill", "Neil", "Sato", "Neil", "Moreau"]  # the one pair of a list of surnames


@needs_model
def test_a_citation_with_no_title_right_under_a_title_alone_is_that_papers(db):
    """A card whose title paragraph and citation paragraph are blocks of their own ('<li><p><a>Title</a></p></li>'
    then '<p>Okafor, S.; Lind, R. <em>J. Am. Chem. Soc.</em> <b>2026</b>, <em>148</em>(12), 13140-13148.</p>'): the
    title was one record with nothing else and the citation another with no title; they are one paper. A title alone
    far above a citation, or a citation under a title that has its own authors, stays apart."""
    card = ('<tr><td><img src="t{n}.png"></td><td>\n<li><p style="font-weight: bold"><a href="https://doi.org/10.1021/'
            'w{n}">{title}</a></p></li>\n<p>{authors} <em>{journal}</em> <b>{year}</b>, <em>{vol}</em>, {pages}.</p>\n'
            '</td></tr>\n')
    html = ("<h2>Publications</h2>\n<ol><table>\n"
            + card.format(n=1, title="Probing the external surface chemistry of widget frameworks",
                          authors="Okafor, S.; Lind, R.; Quill, A.*", journal="J. Am. Chem. Soc.", year=2026, vol=148,
                          pages="13140-13148")
            + card.format(n=2, title="A surface-level introduction to widget colloids",
                          authors="Brandt, T.; Quill, A.*", journal="Chem. Sci.", year=2025, vol=7, pages="421-428")
            + "</table></ol>\n")
    pubs = read_markup("p.html", html, db, html=True, extractor="crf").publications
    assert [(p.title, p.authors, p.year, p.volume, p.ids.get("doi")) for p in pubs] == [
        ("Probing the external surface chemistry of widget frameworks", ["Okafor, S.", "Lind, R.", "Quill, A."], 2026,
         "148", "10.1021/w1"),
        ("A surface-level introduction to widget colloids", ["Brandt, T.", "Quill, A."], 2025, "7", "10.1021/w2")]
    assert pubs[0].venue is not None and pubs[0].venue.venue is not None
    from pubnorm.model import Publication, SourceLoc
    from pubnorm.sources.reader import _details_below_titles

    def pair(gap, authors):
        title = Publication(title="A widget title alone", authors=list(authors), sources=[SourceLoc("p", 10, "T")])
        cited = Publication(label="Chem. Sci. 2025, 7", authors=["Brandt, T."], year=2025, venue_raw="Chem. Sci.",
                            sources=[SourceLoc("p", 10 + gap, "C")])
        pubs = [title, cited]
        _details_below_titles(pubs)
        return pubs

    assert len(pair(1, [])) == 1 and pair(1, [])[0].sources == [SourceLoc("p", 10, "T C")]
    assert len(pair(8, [])) == 2 and len(pair(1, ["Quill, A."])) == 2


@needs_model
def test_a_topic_heading_over_an_author_first_citation_is_no_title(db):
    """"##### Estimating widget rates for small groups" over "Quill, A., & Brandt, T. (2021). **Widgets and
    occupation in Thailand: a hierarchical model.** *BMC Public Health*, 21, 914.": the heading was read as the title
    of the authors and year, the citation's own title as a second paper with no authors; the heading is the topic."""
    md = ("---\ntitle: Selected Papers\n---\n\n"
          "##### Estimating widget rates for very small groups\n"
          "Quill, A., Brandt, T., & Okafor, S. (2021).  \n"
          "**Widgets and occupation in Thailand: using a hierarchical model to obtain prevalence estimates.** "
          "*BMC Public Health*, 21, 914.  \n<https://doi.org/10.1186/s12889-021-10944-0>\n\n---\n\n"
          "##### Forecasting widget migration with very small counts\n"
          "Okafor, S., & Quill, A. (2020).  \n"
          "**Disaggregated widget forecasts: Internal migration in Iceland.** *Journal of Official Statistics*.  \n"
          "<https://doi.org/10.1007/978-3-030-42472-5_10>\n")
    pubs = read_markup("papers.qmd", md, db, extractor="crf").publications
    assert [(p.title, p.authors, p.year) for p in pubs] == [
        ("Widgets and occupation in Thailand: using a hierarchical model to obtain prevalence estimates",
         ["Quill, A.", "Brandt, T.", "Okafor, S."], 2021),
        ("Disaggregated widget forecasts: Internal migration in Iceland", ["Okafor, S.", "Quill, A."], 2020)]


@needs_model
def test_an_award_line_over_a_citation_is_its_award_not_its_title(db):
    """"**2024 Vanguard Award Winner**" and "**2024 Runner-Up for Best Paper Award**" on a line of their own over an
    APA citation: read as the paper's title (the citation's own title a second one), the paper was lost; an award
    line ending in "Winner", or a runner-up's, is the paper's award. Read as venue words, it was the venue."""
    md = ("## PAPERS\n\n"
          "**2024 Best Paper Award**  \n"
          "Okafor, S., Lind, R., & Moreau, C. (2024). *Digital upcycling: Transforming waste widgets for circular "
          "construction.* In *ACADIA 2024: Designing Change – Proceedings Volume 1* (pp. 365–376). Banff, Canada: "
          "Association for Computer Aided Design in Architecture (ACADIA).  \n"
          "[Link to the publication](https://drive.example.org/file/d/1G1/view)\n\n"
          "**2024 Runner-Up for Best Paper Award**  \n"
          "Sato, K., Moreau, C., & Lind, R. (2024). *Functionally graded widget materials: Integrated and tailored "
          "thermal insulation for masonry components.* In *ACADIA 2024: Designing Change – Proceedings Volume 1*.  \n"
          "[Link to the publication](https://drive.example.org/file/d/1G4/view)\n\n"
          "**2024 Vanguard Award Winner**  \n"
          "Quill, A., Brandt, T., & Okafor, S. (2024). *Bridging pixels and widgets: Enhancing accessibility in CNC "
          "knitting for architectural design.* In *ACADIA 2024: Designing Change – Proceedings Volume 1* (pp. "
          "241–252).  \n[Link to the publication](https://drive.example.org/file/d/1G2/view)\n\n"
          "**2024 Runner-Up for Vanguard Award**  \n"
          "Lind, R., & Moreau, C. (2024). *Towards a widget vernacular: Framework for localized biocomposite "
          "3D-printing with natural fibers.* In *ACADIA 2024: Designing Change – Proceedings Volume 1*.  \n"
          "[Link to the publication](https://drive.example.org/file/d/1G3/view)\n")
    pubs = read_markup("papers.md", md, db, extractor="crf").publications
    assert [(p.title, p.awards) for p in pubs] == [
        ("Digital upcycling: Transforming waste widgets for circular construction", ["Best Paper Award"]),
        ("Functionally graded widget materials: Integrated and tailored thermal insulation for masonry components",
         ["Runner-Up for Best Paper Award"]),
        ("Bridging pixels and widgets: Enhancing accessibility in CNC knitting for architectural design",
         ["Vanguard Award"]),
        ("Towards a widget vernacular: Framework for localized biocomposite 3D-printing with natural fibers",
         ["Runner-Up for Vanguard Award"])]
    assert all(p.venue_raw and p.venue_raw.startswith("ACADIA 2024") for p in pubs)  # the award line is no venue


@needs_model
def test_an_article_number_after_the_volume_is_no_part_of_the_venue(db):
    """"*J. Fluid Mech.* **950**, A12 (2022)", "*Astron. Astrophys.* 650, A12": a short article number (a letter
    and digits) after the volume was kept with the journal's name ("J. Fluid Mech., A12"), which then matched
    nothing; a long one ("L041201") was already left out."""
    md = ("## Publications\n\n"
          "- Lee, S. H., Kim, B. & Okafor, A. Widget turbulence in thin films. *J. Fluid Mech.* **950**, A12 (2022).\n"
          "- Okafor, A. & Lee, S. H. Widget jets in young stars. *Astron. Astrophys.* 650, A12 (2021).\n"
          "- Lee, S. H. & Okafor, A. Widget shocks in dense plasmas. *Phys. Rev. E* **105**, L041201 (2022).\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [p.venue_raw for p in pubs] == ["J. Fluid Mech", "Astron. Astrophys", "Phys. Rev. E"]
    assert [p.venue.venue.id for p in pubs if p.venue and p.venue.venue] == [
        "j-journal-of-fluid-mechanics", "j-astronomy-and-astrophysics", "pre"]


@needs_model
def test_an_italic_title_closed_by_a_comma_before_a_plain_journal_is_the_title(db):
    """The AMS styles set the title in italics and the journal plain: "A. Lee, *Title*, J. Algebra **20** (2023)",
    "*Title*, with A. Lee, **Journal of Algebra** (2023)", "*Title*, preprint, arXiv:ID". The italic title was read
    as the venue it usually is, and the entry gave no paper."""
    md = ("## Publications\n\n"
          "- *Widget groups and their classes*, with A. Lee, **Journal of Algebra** (2023), vol. 20, 1--24.\n"
          "- A. Lee, B. Okafor, and C. Kim, *Profinite widgets of finite type*, preprint, arXiv:2301.01234.\n"
          "- B. Okafor, *Finiteness properties of widget rings*, Proc. Amer. Math. Soc. **151** (2022), 1001–1014.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [(p.title, p.venue.venue.id if p.venue and p.venue.venue else None) for p in pubs] == [
        ("Widget groups and their classes", "j-journal-of-algebra"),
        ("Profinite widgets of finite type", "arxiv"),
        ("Finiteness properties of widget rings", "j-proceedings-of-the-american-mathematical-society")]
    assert pubs[0].authors == ["A. Lee"] and pubs[1].authors == ["A. Lee", "B. Okafor", "C. Kim"]


@needs_model
def test_a_titles_last_word_read_as_nothing_before_its_comma_is_the_titles(db):
    """"Title words Brownian motions, [https://arxiv.org/abs/ID](...), Journal **36** (2023)": the labeller stopped the
    title a word short before the link written as its address ("... coalescing Brownian")."""
    md = ("## Papers\n\n"
          "-   _Ada Lee, B. Kim_, Strongly mixing smooth planar widget fields without asymptotic directions, "
          "[https://arxiv.org/abs/1903.02733](https://arxiv.org/pdf/1903.02733), Nonlinearity **36** 1789 (2023)\n")
    (pub,) = read_markup("p.md", md, db, extractor="crf").publications
    assert pub.title == "Strongly mixing smooth planar widget fields without asymptotic directions"


@needs_model
def test_a_linked_title_read_on_into_the_journal_written_after_it_ends_with_its_link(db):
    """Vancouver on a blogdown page: "Lee A, Kim B (2020). [Title](url) Cancer Discovery (DOI: ...)": no stop between
    the linked title and the journal, and the title ran on into the journal's name."""
    md = ("1. Yu J, **Okafor M**, Lind B (2020). [RBMS1 suppresses widget metastasis through targeted stabilization of "
          "its regulon](https://example.org/cd-19-1375) Cancer Discovery (DOI: 10.1158/2159-8290.CD-19-1375)\n\n"
          "2. **Okafor M**, Casado P (2017). [Oxidative stress downstream of widgets causes a proliferative defect]"
          "(https://www.nature.com/articles/onc2016435) Oncogene 2017 May 11;36(19):2762-2774.\n")
    pubs = read_markup("p.md", md, db, extractor="crf").publications
    assert [p.title for p in pubs] == [
        "RBMS1 suppresses widget metastasis through targeted stabilization of its regulon",
        "Oxidative stress downstream of widgets causes a proliferative defect"]
    assert [p.venue.venue.id for p in pubs if p.venue and p.venue.venue] == ["j-cancer-discovery", "j-oncogene"]


@needs_model
def test_a_kind_heading_with_a_note_of_links_in_brackets_is_no_title(db):
    """`<h2>Selected Recent Publications (<a>full list</a>, <a>Google Scholar</a>)</h2>` over an `<ol>` of quoted
    titles: the heading was read as the first paper's title (the note in brackets made it no kind heading), and the
    first paper was lost."""
    page = ('<html><body><h2>Selected Recent Publications (<a href="publications.html">full list</a>, '
            '<a href="https://scholar.google.com/citations?user=x">Google Scholar</a>)</h2>\n<ol>\n'
            '<li><p>"AIDA: Accelerating root cause analysis for widget failures with LLM reasoning", ACM SIGCOMM '
            '2026.</p></li>\n<li><p>"Learning congestion control selection for widget CDNs", USENIX NSDI 2025.</p>'
            '</li>\n</ol></body></html>')
    pubs = read_markup("index.html", page, db, html=True, extractor="crf").publications
    assert [p.title for p in pubs] == ["AIDA: Accelerating root cause analysis for widget failures with LLM reasoning",
                                       "Learning congestion control selection for widget CDNs"]


@needs_model
def test_an_address_block_under_the_owners_name_is_no_paper(db):
    """jemdoc's header: "Associate Professor,<br><a>School of Computer Science</a><br><a>Widget University</a><br>
    Guangzhou, China": the school was read as a title and the university and city as its authors. Names that
    name an institution, with no venue, year, status or paper link beside them, are an address."""
    page = ('<html><body><h1>Ada Lee</h1><table><tr><td><p>Associate Professor,<br />\n'
            '<a href="https://cse.example.edu/">School of Computer Science and Engineering</a><br />\n'
            '<a href="https://www.example.edu/">Widget Sun University</a><br />\nGuangzhou, Guangdong, China<br />\n'
            '</p></td></tr></table>\n<h2>Publications</h2>\n<ol>\n<li><p>"Learning congestion control selection for '
            'widget CDNs", USENIX NSDI 2025.</p></li>\n</ol></body></html>')
    pubs = read_markup("index.html", page, db, html=True, extractor="crf").publications
    assert [p.title for p in pubs] == ["Learning congestion control selection for widget CDNs"]


@needs_model
def test_an_italic_journal_before_its_volume_stays_the_journal(db):
    """The AMS rule above, not APA's: "<b>Lee, A.</b>, Kim, B. <em>Revista de Widgets Sociales</em>, 83, 1–40, 2025."
    under the title's own line, with a note after it: the italics before a volume are the journal (they were read as
    a second paper's title, with the note as its venue)."""
    page = ('<html><body><ul>\n<li>\n  <span class="pub-year">2025</span>\n'
            '  <span class="pub-title">Periódicos y redes de widgets alternativas: estudio de la presencia de medios '
            'nativos en Mastodon</span><br />\n  <span class="pub-venue">\n    <strong>Lee, A.</strong>, Kim, B. '
            '&amp; Park, C.\n    <em>Revista de Widgets Sociales</em>, 83, 1–40, 2025. <a href="https://doi.org/'
            '10.4185/RLCS-2025-2338" target="_blank">DOI: 10.4185/RLCS-2025-2338</a>\n    <span style="font-size:'
            '0.82rem;">Publicado también en inglés: <em>Newspapers and alternative widget networks</em>.</span>\n'
            '  </span>\n  <div class="tags"><span class="tag">Widgets</span><span class="tag">Mastodon</span></div>\n'
            '</li>\n</ul></body></html>')
    pubs = read_markup("p.html", page, db, html=True, extractor="crf").publications
    assert "Revista de Widgets Sociales" not in [p.title for p in pubs]


@needs_model
def test_a_short_citation_set_as_a_heading_is_read_as_a_citation(db):
    """"### **Okafor, A.** Title. *Journal* (accepted, 2026)." and "### Lee, B., & **Okafor, A.** Title. J. Fluid Mech.
    950, A12 (2022).": a citation in a heading's style, too short for the word and comma counts that tell one from a
    section's name, was read as a heading over the next paragraph (the paper lost, or the whole line its title). A
    heading that opens with a name written "Surname, I." and holds a year is a citation."""
    md = ("## Papers\n\n### <strong>Okafor, A.</strong> Singularities in widget matter systems. *Contemporary Physics* "
          "(accepted for publication, 2026).\n\nSome abstract text about the paper goes here and is long enough to be "
          "a paragraph.\n\n### Lee, B., &amp; <strong>Okafor, A.</strong> Bursting widgets in viscoplastic media. "
          "J. Fluid Mech. 950, A12 (2022).\n")
    pubs = read_markup("research.md", md, db, extractor="crf").publications
    assert [(p.title, p.authors, p.year) for p in pubs] == [
        ("Singularities in widget matter systems", ["Okafor, A."], 2026),
        ("Bursting widgets in viscoplastic media", ["Lee, B.", "Okafor, A."], 2022)]


def test_a_year_in_an_iso_date_is_a_token_of_its_own():
    """"Journal of Widgets, 2023-02-01.": the date was one token "2023-02" (a range's shape, labelled a volume) and
    "-", "01"; the year was no year and, the labeller reading no field, the paper was lost. A page range of four
    digits, written short ("2010-12": pages 2010 to 2012), stays one token."""
    assert TOKEN.findall("Widgets, 2023-02-01.") == ["Widgets", ",", "2023", "-", "02", "-", "01", "."]
    assert TOKEN.findall("pp. 2010-12.") == ["pp", ".", "2010-12", "."]
    assert TOKEN.findall("2023-13-01") == ["2023-13", "-", "01"]  # no month 13: no date
