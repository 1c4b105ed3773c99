"""Words and addresses that say what a piece of a page is, shared by the readers and the assembler: link words
("[pdf]", "HAL Preprint"), notes on a paper ("Presentations: ..."), a paper's page (a DOI, a publisher's article).
A module of its own, with nothing else to import, so a run that reads no page with the labeller pays for none of
the labeller's features when it starts.
"""

from __future__ import annotations

import re

from ..lazyre import lazy_compile
from ..text import CJK_RANGES, SURNAME_PARTICLES

# words that name a field of an entry or a note on it before its text ("Abstract: ...", "Status: accepted",
# "Best Paper Award: ..."), in lower case: no title opens with one, nor does a tool's name before a title's colon
LEAD_WORDS = frozenset("abstract summary tldr note notes keywords award oral poster talk code paper preprint journal "
                       "conference workshop status venue authors author title links published accepted submitted "
                       "highlights news update new selected".split())

# quote marks that open a quotation, and the marks that close them (‘ and ' close with a mark that is also an
# apostrophe: "‘Like me?’", "'Yes, but ...'")
QUOTE_CLOSES = {"“": "”", '"': '"', "«": "»", "„": "“", "‘": "’", "'": "'"}
# the quotes a title is set in, whose closing mark ends a quotation for sure (not ‘ and ': their closing mark is
# also an apostrophe)
TITLE_QUOTES = {o: c for o, c in QUOTE_CLOSES.items() if c not in ("’", "'")}

# what a link does ("Direct Link", "View on PubMed", "Download", "Replication data", "MathSciNet"): link words for the
# labeller's feature too (features.LINK_WORDS)
LINK_ACTIONS = ("direct", "view", "download", "replication", "mathscinet")
_LINK_WORDS = (r"pdf|paper|arxiv|url|code|github|project(?: page)?|website|slides?|video|poster|talk|"
               r"data(?:set)?s?|demo|blog|bib(?:tex)?|html|link|doi|abstract|openreview|supp(?:lementary)?|model|"
               r"models|homepage|page|media|press|draft|(?:pre|e)-?print|appendix|proceedings|twitter|x|huggingface|hf|colab|"
               r"notebook|benchmark|leaderboard|paper list|cite|citation|weights|checkpoints?|presentation|published|"
               r"ssrn|nber|(?:complete |online |full )?appendix|working paper|wp|"
               # where a copy is kept ("HAL Preprint", "PubMed", "Journal version")
               r"hal|biorxiv|medrxiv|psyarxiv|osf|pubmed|pmc|europepmc|researchgate|scholar|google scholar|"
               r"ads|nasa ads|inspirehep|philpapers|escholarship|eartharxiv|chemrxiv|"
               r"journal|publisher|version|full text|fulltext|online|open access|article|"
               # which version a link points to ("[extended version]", "Full version", "camera-ready version")
               r"extended|long|short|full|final|camera[- ]ready|conference|preliminary|revised|"
               # ... and which of its versions ("most recent version", "Latest draft", "original working paper")
               r"most recent|latest|newest|current|original|earlier|older|"
               # what else a paper's links hold ("Author Copy", "Supplementary Information", "Reprint", "SI", "Errata",
               # "E-Companion": INFORMS journals' online appendix)
               r"supplement(?:al|ary)?|information|info|materials?|files?|author'?s?|copy|reprint|postprint|e-?print|"
               r"accepted|manuscript|si|e-?companion|errat(?:a|um)|corrigendum|"
               # where a link leads ("Link do evento", "Enlace", "Available online"), and what it does (LINK_ACTIONS)
               r"available online|event|evento|peri[oó]dico|reposit[oó]rio|enlace|texto completo|"
               # ... and which version, in the pages' other languages ("veröffentlichte Fassung", "Volltext", "version
               # publiée", "versión publicada", "versão publicada", "versione pubblicata")
               r"ver(?:ö|oe)ffentlichte|fassung|volltext|publi(?:é|e)e|publicad[ao]|pubblicat[ao]|versi(?:ó|o)n|"
               r"vers(?:ã|a)o|versione|"
               # a link that only says "here" ("Working paper version [here]", "Disponible [aquí]"), or what a
               # card's button says ("Read more", "Click here to read", "Published version (web)")
               r"here|aqu[ií]|ici|read|more|click|web|"
               + "|".join(LINK_ACTIONS))


def _phrase(words: str, joiner: str) -> str:
    """A phrase of these words and nothing else, each joined to the next by joiner, with punctuation at its ends."""
    return rf"\W*(?:{words})(?:{joiner}(?:{words}))*\W*"


# "Code", "[pdf]", "Code & Model", "Paper / Code", "HAL-Preprint"
# where a link leads, in words: "Link to Paper", "Link to the CEPR Working Paper"; a copy and where it is kept: "WP at
# RIETI", "Working paper at NBER", "PDF on SSRN" (the labeller's link-word feature reads these too)
_LINK_PLACE = (r"\W*link to\b[^.:;]{1,40}"
               # "Download as PDF", "Inhaltsverzeichnis und Aufsatz als PDF"
               r"|\W*[^.:;]{1,60}?\s(?:as|als)\s+pdf\W*"
               r"|\W*(?:" + _LINK_WORDS + r")\s+(?:at|on|@)\s+(?:(?-i:[A-Z][A-Za-z]*[A-Z][\w&.\-]*)|arxiv|github|"
               r"ssrn|osf|zenodo|researchgate|biorxiv|medrxiv|repec|ideas)\W*")
LINK_PLACE = lazy_compile("^(?:" + _LINK_PLACE + ")$", re.I)
_CJK_WORD = "[" + CJK_RANGES + "]"  # a kana, ideograph or hangul
LINK_WORD = lazy_compile("^(?:(?:"
                         + _phrase(_LINK_WORDS,
                                   r"(?:\s*(?:&|and|/|\+|,|-|\()\s*|\s+(?:on|at|in|to|do|da|de|del)\s+|\s+)")
                         + "|" + _LINK_PLACE
                         # one word, then "link" or "PDF": where the copy is or what kind it is ("[Gated Link]",
                         # "[IOP Link]", "[Springer Link]", "[MSU Link]"); not "Missing Link", a title's; or a
                         # series' working or discussion paper ("CREATES WP", "CEPR DP")
                         + r"|\W*(?!(?:missing|weak|weakest|lost|broken|the|a)\b)[\w.&'’-]+\s+(?:link|pdf|wp|dp)\W*"
                         # (in Chinese, Japanese or Korean, with no space: "[英語論文PDF]", "[最終稿PDF]",
                         # "[論文リンク]", "[原文链接]": the English paper's, the final draft's copy)
                         + r"|\W*" + _CJK_WORD + r"[\w.&'’-]*\s*(?:link|pdf|リンク|链接|鏈接|링크)\W*"
                         # ... each with the year of the copy after it ("CREATES WP 2021", "arXiv 2019", "Working
                         # Paper (2018)": a version's link), or the file's size ("PDF (ca. 410 KB)", "pdf, 2.3 MB")
                         + r")(?:\s*\(?(?:19|20)\d\d\)?\W*"
                         + r"|\s*[(\[,;]?\s*(?:ca\.?|approx\.?|~)?\s*\d+(?:[.,]\d+)?\s*[kmg]i?b\s*[)\]]?\W*)?)$", re.I)
# a link to the owner's CV, in the pages' languages (looked for with search): "CV", "my CV here", "Download CV", "CV
# (PDF) »", "Jo Lee's Curriculum Vitae", "简历", "履歴書", "Özgeçmişimi indirin" (Turkish), a language or a date in
# brackets after it ("Download my resume (English).", "CV (March 2024)"), and a sentence's words before the link
# ("and on my CV")
CV_LINK = lazy_compile(r"(?:^\W*(?:(?:download|view|see|my|full|the|current|latest|updated|complete|short)\s+|"
                       r"(?:[\w\-]+\s+){0,2}[\w\-]+['’]s\s+)*"
                       r"|\b(?:my|full)\s+)"
                       r"(?:cv|c\.v\.|curriculum vitae|(?:curriculum )?vita|r[ée]sum[ée]|lebenslauf|简历|履歴書|이력서"
                       r"|özgeçmiş\w*(?:\s+indirin)?)"
                       r"(?:\s+here|\s*\(?pdf\)?|\s*[(\[][^()\[\]]{1,24}[)\]])*\W*$", re.I)
# a note under a paper about it, not a paper: where it was presented, what it was called before, its media
# ("Presentations: The 25th China Economic Annual Conference ...", "Old name: ...", "Previously circulated with the
# title ...", "Media coverage: ...", "Outstanding Paper Award, The 7th ... Forum, 2024", "Selected as one of the 14
# groundbreaking studies", "Featured in a Nature news article")
NOTE_ON_A_PAPER = lazy_compile(r"\W*(?:(?:presentations?|presented at|talks?|invited talks?|seminars?|"
                               r"media(?: coverage)?|press(?: coverage)?|coverage|old (?:name|title)|"
                               r"earlier (?:version|title)|formerly|slides|poster)\b[^:：]{0,40}[:：]|"
                               r"previously (?:circulated|titled|entitled|published as)\b|"
                               r"(?:selected|featured|highlighted|nominated|chosen) (?:as|for|in|on|by) "
                               r"(?:an? |one of|the )|"
                               r"(?:[\w'’\-]+\s+){0,4}(?:awards?|prizes?)\s*[,:：])",
                               re.I)
# where a paper's data and code are, a line under it: "Data and R code available from figshare", "Pre-print, data, and
# code available on the OSF", "Supporting information"
DATA_NOTE = lazy_compile(r"\W*(?:(?:[\w\-]+(?: [\w\-]+){0,2},\s*)*(?:data|code|materials|scripts?|software)"
                         r"(?:,?\s+and\s+(?:r |python |matlab |stata )?(?:code|data|materials|scripts?|software))*"
                         r"\s+(?:are\s+|is\s+)?(?:available|deposited|archived|shared)\s+(?:from|on|at|in|via|through|"
                         r"here)\b|supporting information\b|supplementary (?:information|materials?)\b)", re.I)
# the address of one paper's page (a publisher's article, a preprint, an index entry): evidence that the text
# linking to it names a paper
PAPER_PAGE = lazy_compile(
    r"arxiv\.org/(?:abs|pdf|html)|aclanthology\.org|aclweb\.org/anthology|openreview\.net/(?:forum|pdf)|doi\.org/|/doi/|"
    r"ieeexplore\.ieee\.org/(?:document|abstract)|proceedings\.neurips\.cc|papers\.nips\.cc|openaccess\.thecvf\.com|"
    r"jmlr\.org/papers|proceedings\.mlr\.press|link\.springer\.com|sciencedirect\.com/science/article|nature\.com/articles|"
    r"science\.org/doi|pnas\.org/doi|journals\.aps\.org|ojs\.aaai\.org|ijcai\.org/proceedings|biorxiv\.org/content|"
    r"medrxiv\.org/content|papers\.ssrn\.com|ssrn\.com/abstract|nber\.org/papers|semanticscholar\.org/paper|"
    r"ecva\.net/papers|dl\.acm\.org/doi|academic\.oup\.com|onlinelibrary\.wiley\.com/doi|mdpi\.com/|tandfonline\.com/doi|"
    r"ncbi\.nlm\.nih\.gov/pmc/articles|(?:pubmed\.ncbi\.nlm\.nih\.gov|ncbi\.nlm\.nih\.gov/pubmed)/\d|europepmc\.org/(?:article|abstract)|cell\.com/.+/fulltext|"
    r"journals\.plos\.org/.+/article|thelancet\.com/journals|jamanetwork\.com/journals|bmj\.com/content|"
    r"frontiersin\.org/articles|biomedcentral\.com/articles|cambridge\.org/core/journals|jstor\.org/stable|"
    r"iopscience\.iop\.org/article|pubs\.rsc\.org/.+/articlelanding|hal\.science/hal-|hal\.archives-ouvertes\.fr/hal-|"
    r"osf\.io/preprints|psyarxiv\.com/|researchgate\.net/publication|journals\.sagepub\.com/doi|"
    r"agupubs\.onlinelibrary|aip\.scitation\.org/doi|pubs\.aip\.org/.+/article|elifesciences\.org/articles|"
    r"peerj\.com/articles|iopscience\.iop\.org/|aeaweb\.org/articles|emerald\.com/insight/content|"
    # the indexes and repositories of whole fields: astronomy (ADS), physics (INSPIRE), geoscience (Copernicus,
    # EarthArXiv), chemistry (ChemRxiv), the humanities (De Gruyter, Project MUSE, PhilPapers), a university
    # repository (eScholarship; not a Handle, which names data sets as often), and publishers' shared copies (SAGE
    # and Taylor & Francis eprints)
    r"adsabs\.harvard\.edu/abs/|inspirehep\.net/literature|copernicus\.org/articles|eartharxiv\.org/repository|"
    r"chemrxiv\.org/engage|degruyter\.com/document|muse\.jhu\.edu/article|philpapers\.org/rec|"
    r"escholarship\.org/uc/item|sagepub\.com/eprint|tandfonline\.com/eprint|ingentaconnect\.com/content",
    re.I)


def is_paper_link(href: str | None) -> bool:
    """Whether a link leads to one paper's page (PAPER_PAGE) or to a PDF."""
    if not href:
        return False
    return bool(PAPER_PAGE.search(href)) or href.lower().split("?")[0].endswith(".pdf")
# a heading over no papers of the owner's (talks, teaching, service, awards, a CV's other sections); entries._skipped
# reads it with the headings around it
SKIP_SECTION = lazy_compile(
    r"\b(?:talks?|presentations?|seminars?|panels?(?!\s+data)|lectures?(?!\s+notes)|teaching|courses?|services?|reviewer|reviewing|awards?|honou?rs?|educations?|"
    r"experiences?|internships?|interships?|employment|work history|contact|personal|hobbies|students|mentees|"
    r"student(?:s['’]?|['’]s)?\s+(?:work|theses|projects)|"  # (the owner's students' theses: "Student Work")
    r"mentoring|"
    r"grants?|funding|fellowships?|sponsored (?:projects|research)|research support|advising|advisees?|supervisees?|"
    r"media|press|interviews?|podcasts?|blogs?|posts?|open[- ]source|softwares?|skills|biography|visitors|misc|"
    # a CV's other sections: the posts held, what was led, memberships, outreach
    r"patents?|roles|positions?|appointments?|leadership|memberships?|affiliations?|outreach|volunteering|certifications?|"
    r"professional development|roundtables?|working groups?|committees?)\b"
    r"(?![-‐]\w)",  # not the first half of a compound: "Post-doc", "Service-Oriented Computing"
    re.I)
# the same in the other languages of the dev set's CVs (German, French, Spanish, Portuguese, Italian; Chinese and
# Japanese), as the heading's first word: in these languages such words are common in papers' own titles
# ("Cultura Gamer e Ensino"), which a page may set as headings
SKIP_LEADING = lazy_compile(
    r"^[\W\d_]*(?:(?:vortr(?:ä|ae)ge|vortrag|lehre|lehrveranstaltungen|ausbildung|auszeichnungen|preise|lebenslauf|"
    r"werdegang|expos(?:é|e)s|enseignements?|distinctions|docencia|charlas|ponencias|formaci(?:ó|o)n|premios|"
    r"distinciones|ensino|palestras|forma(?:çã|ca)o|pr(?:ê|é|e)mios|didattica|seminari|formazione|premi|"
    # "presentations" (talks) in each: "Apresentações orais em eventos", "Presentaciones", "Präsentationen"
    r"apresenta(?:çõ|co)es|presentaciones|pr(?:é|e)sentations|presentazioni|pr(?:ä|ae)sentationen|"
    # grants and scholarships ("Bolsas", "Becas", "Stipendien", "Drittmittel", "Bourses", "Finanziamenti")
    r"bolsas|becas|stipendien|drittmittel|f(?:ö|oe)rderungen|bourses|financements|subvenciones|financiamentos?|"
    r"finanziamenti|"
    # a CV's experience, education, service, skills and outreach ("Experiencia laboral", "Educación", "Servicios de
    # réferi", "Habilidades computacionales", "Divulgación"; "Experiência", "Expérience", "Esperienza", "Erfahrung")
    r"experiencias?|experi(?:ê|e)ncias?|exp(?:é|e)riences?|esperienz[ae]|(?:berufs)?erfahrung|habilidades|"
    r"comp(?:é|e)tences|competenze|kenntnisse|divulgaci(?:ó|o)n|divulga(?:çã|ca)o|vulgarisation|divulgazione)\b|"
    # ... service, alone or as a reviewer's, an academic's ("Servicios de réferi"; not "Servicios ecosistémicos")
    r"servi(?:cios|ços|cos|zi)(?:[\W\d_]*$|\s+(?:de\s+(?:r[ée]feri|revisi[óo]n|revisor|arbitraje|referee)|"
    r"acad[éêe]micos|profesionales|profissionais|editoriales)\b)|"
    # ... education as the heading's one word ("Educación"; not "Educación matemática y equidad", a field's papers)
    r"(?:educaci(?:ó|o)n|educa(?:çã|ca)o|(?:é|e)ducation|istruzione)[\W\d_]*$|"
    r"教育背景|教育经历|工作经历|工作经验|奖励|获奖|荣誉|学术报告|报告|教学|学术服务|学术兼职|讲座|"
    # service, reviewing and editing, projects led or joined ("期刊审稿人", "编委", "学术项目", "项目主持"), not a
    # heading of papers ("服务计算论文": services computing papers; "项目论文")
    r"(?![^\n]*[论論]文)(?:服务|社会服务|审稿|期刊审稿|编委|学术项目|项目|学术活动)|"
    r"講演|受賞|学歴|職歴|経歴|教育活動|学会発表|口頭発表|ポスター発表|特許|"
    # papers given at meetings and discussed there, as Japanese economists title them ("学会報告", "学会・研究会 報告",
    # "学会・研究会 討論"): talks; not a series of reports ("研究報告") nor a heading of papers ("...論文")
    r"(?:学会|研究会)[^\n論]{0,8}?(?:報告|討論)\s*$|"
    # grants and funded projects, wherever the heading names them ("共同研究・競争的資金等の研究課題",
    # "主持科研项目")
    r"(?![^\n]*[论論]文)[^\n]*(?:競争的資金|外部資金|研究費|科研費|助成金|科研项目|基金项目|主持项目|参与项目)|"
    # a Japanese heading that ends in 発表 (presentations: "予稿なし発表", "国内発表", "国内発表 [査読無し,
    # 和文]"), not one of papers (論文) nor of international conferences ("国際会議発表", "国際学会発表": their
    # papers, as lab pages and templates list them, "international_conference_papers")
    r"(?![^\n]*(?:論文|国際(?:会議|学会)))[^\n]*発表\s*(?:[\[【(（][^\]】)）\n]*[\]】)）]\s*)?$)",
    re.I)

# a heading naming a kind of papers ("Conferences and workshops", "Book Chapters and Edited Volumes", "Drafts,
# technical reports, and manuscripts", "Peer-reviewed journal articles")
_KIND_WORD = (r"(?:selected|recent|refereed|peer[- ]reviewed|reviewed|international|national|other|full|short|long|"
              r"job market|"  # an economist's "Job Market Paper", as venues._STATUS reads it (a working paper)
              r"most|relevant|latest|featured|key|representative|major|domestic|invited|unpublished|non|works?|"
              r"conferences?|workshops?|symposia|symposiums?|journals?|papers?|publications?|preprints?|articles?|"
              r"chapters?|books?|edited|volumes?|proceedings|reports?|technical|manuscripts?|theses|thesis|"
              r"dissertations?|drafts?|working|under|review|submitted|in|progress|preparation|press|accepted|"
              r"forthcoming|published|appearing|appeared|posters?|abstracts?|extended|letters?|reviews?|surveys?|patents?|"
              r"products?|outputs?|academic|scientific|scholarly|ongoing|current|projects?|"
              r"white|"
              # the years a section covers: "Before 2020 Publications", "Journal Articles from 1967 - 2002"
              r"before|after|since|from|until|present|(?:19|20)\d\d|"
              # ... and as the pages' other languages name them ("Artículos en Revistas Académicas", "Capítulos de
              # Libros", "Artigos Completos Publicados em Periódicos", "Articles dans des revues à comité de lecture",
              # "Articoli su riviste", "Aufsätze in Zeitschriften", "Begutachtete Konferenzbeiträge"), with the small
              # words they join them by
              r"art(?:í|i)culos?|artigos?|articoli|aufs(?:ä|ae)tze|artikel|revistas?|peri(?:ó|o)dicos?|revues?|"
              r"riviste?|zeitschrift(?:en|enartikel)?|cap(?:í|i)tulos?|chapitres?|capitoli|(?:buch)?kapitel|"
              r"libros?|livros?|libri|ouvrages?|livres|b(?:ü|ue)cher|monographien?|publicaci(?:ó|o)n(?:es)?|"
              r"publica(?:ç|c)(?:ão|ao|ões|oes)|pubblicazioni|ver(?:ö|oe)ffentlichungen|publikationen|ponencias?|"
              r"comunica(?:ç|c)(?:ões|oes)|communications?|congresos?|congressos?|conferencias?|confer(?:ê|e)ncias?|"
              r"conf(?:é|e)rences?|conferenze|convegni|colloques?|tagung(?:en|sb(?:ä|ae)nde|sbeitr(?:ä|ae)ge)?|"
              r"konferenz(?:en|beitr(?:ä|ae)ge)?|beitr(?:ä|ae)ge|sammelb(?:ä|ae)nde?|actas|anais|actes|atti|"
              r"memorias|eventos|trabajos?|trabalhos?|completos|resumos|tesis|teses|tesi|th(?:è|e)ses?|"
              r"disserta(?:ç|c)(?:ões|oes|ão|ao)|dissertationen|informes?|relat(?:ó|o)rios?|rapports?|berichte?|"
              r"pr(?:é|e)publications?|prensa|preparaci(?:ó|o)n|prepara(?:ç|c)(?:ão|ao)|revisi(?:ó|o)n|"
              r"arbitrad[oa]s|indexad[oa]s|begutachtete|referierte|cient(?:í|i)fic[oa]s|scientifiques|"
              r"scientifiche|wissenschaftliche|acad(?:é|e|ê)mic[oa]s|internacionales|internacionais|"
              r"internationa(?:les?|ux)|internazionali|nacionales|nacionais|nationa(?:les?|ux)|nazionali|"
              r"seleccionad[oa]s|selecionad[oa]s|s(?:é|e)lectionn(?:é|e)e?s|ausgew(?:ä|ae)hlte|publicad[oa]s|"
              r"publi(?:é|e)e?s|comit(?:é|e)|lecture|en|em|dans|de|del|da|do|das|dos|des|du|la|les|los|las|"
              r"della|di|y|et|und|su|à|im|no|na|nos|nas)")
KIND_HEADING = lazy_compile(r"(?:" + _phrase(_KIND_WORD, r"\W+(?:and\W+|&\W+|or\W+)?")
                            # in Chinese or Japanese ("学位論文 (博士後期課程)", "期刊论文", "著書"), a
                            # qualifier in brackets after it; or kinds of meetings ("国際会議", "国内会議・
                            # シンポジウム・ワークショップ")
                            + r"|(?:[^\W\d_]{0,8}(?:[论論]文|著書|著作|专著|専著|紀要)"
                            # or the outputs of research ("学术成果", "研究成果", "主要成果"), not of teaching
                            + r"|(?![^\W\d_]*教[学學])[^\W\d_]{0,6}成果"
                            + r"|[^\W\d_]{0,4}(?:会議|会议)"
                            + r"(?:[・、](?:会議|会议|研究会|シンポジウム|ワークショップ))*))"
                            # ... either with a note in brackets after it ("Selected Recent Publications (full list,
                            # Google Scholar)": links to the rest)
                            + r"(?:\s*[(（【\[][^)）】\]]*[)）】\]])?",
                            re.I)
# a heading that opens with such words and goes on to say whose or which they are ("Selected publications authored
# by members of the Department", "Recent papers from the lab", "Publications since 2020"): a section too
KIND_LEAD = lazy_compile(r"\W*(?:(?:selected|recent|refereed|peer[- ]reviewed|key|representative|featured|latest)\s+)?"
                         r"(?:publications|papers|articles)\s+(?:authored|written|published|by|from|of|since|with|in)\b",
                         re.I)

# a group that authors a paper (consortium authorship, Vancouver style): its name, ending in a word for a group
# ("GBD 2013 Mortality and Causes of Death Collaborators", "for the Alzheimer's Disease Neuroimaging Initiative", "the
# Global Social Media Team"; a kind of group in lower case before it: "the EMPHASIS study group", "the CRASH-3 trial
# collaborators")
_GROUP_WORDS = ("collaborators", "investigators", "consortium", "collaborative", "group", "network", "collaboration",
               "team", "committee", "initiative", "alliance")
GROUP_NAME = lazy_compile(r"(?:(?:for|on behalf of)\s+)?(?:[Tt]he\s+)?"
                          r"(?:[A-Z0-9][\w'’\-]*\s+|(?:and|of|for|on|in|&)\s+){1,12}"
                          r"(?:(?:study|trial|trials|cohort|research|working|writing|steering|project)\s+)?"
                          r"(?i:" + "|".join(_GROUP_WORDS) + ")")

# the little words inside a person's name ("Francesco di Zinno", "Ludwig van der Berg", "Ahmad bin Ali")
NAME_PARTICLES = SURNAME_PARTICLES | {"bin", "ibn", "al", "el", "e", "zu"}


def name_shaped(name: str) -> bool:
    """Whether an "author" can be a person's name: one to five words, each capitalised (or an initial, or a
    particle such as "van der", which are not counted: "Marcos Henrique de Paula Dias da Silva"), no digits or
    code."""
    words = name.replace(",", " ").split()
    if not 1 <= sum(w.lower() not in NAME_PARTICLES for w in words) <= 5 or len(words) > 8 \
            or re.search(r"[\d@={}]", name):
        return False
    return all(w[:1].isupper() or not w[:1].isascii() or w.lower() in NAME_PARTICLES or w in (".", "-") for w in words)


# "Authors: A, B", "**Venue:** Journal of X", "- Year: 2024": a line that names its field, as a table's header names
# its columns (pages written as one heading per paper and a list of its fields)
FIELD_NAMES = {"author": "author", "authors": "author", "co-authors": "author", "coauthors": "author", "by": "author",
               "title": "title", "venue": "venue", "journal": "venue", "conference": "venue", "proceedings": "venue",
               "booktitle": "venue", "published in": "venue", "publication": "venue",
               "year": "year", "date": "year", "status": "status",
               # the same keys in the other languages pages are written in (Portuguese, Spanish, French, German,
               # Italian)
               "título": "title", "titulo": "title", "titre": "title", "titel": "title", "titolo": "title",
               "autores": "author", "autor": "author", "auteurs": "author", "auteur": "author", "autoren": "author",
               "autori": "author", "autore": "author",
               "revista": "venue", "periódico": "venue", "evento": "venue", "congresso": "venue", "congreso": "venue",
               "anais": "venue", "actas": "venue", "zeitschrift": "venue", "rivista": "venue", "événement": "venue",
               "ano": "year", "año": "year", "anio": "year", "année": "year", "jahr": "year", "anno": "year",
               "data": "year", "fecha": "year", "datum": "year",
               # ... and in Chinese and Japanese (a CSV's columns: "年份,语言,题名,完整作者,期刊")
               "题名": "title", "标题": "title", "题目": "title", "论文题目": "title", "论文标题": "title",
               "タイトル": "title", "表題": "title", "作者": "author", "完整作者": "author", "全部作者": "author",
               "著者": "author", "期刊": "venue", "刊物": "venue", "期刊名称": "venue", "发表期刊": "venue",
               "掲載誌": "venue", "年份": "year", "发表年份": "year", "出版年": "year", "発行年": "year"}


_LITTLE_LAST = frozenset({"of", "the", "an", "and", "or"})


def ends_no_title(word: str) -> bool:
    """A word no title ends with: "of", "the", "an", "and", "or", and "a" in lower case ("Type A", "Part A" end
    titles); a title that does was cut inside a phrase."""
    return word == "a" or word.lower() in _LITTLE_LAST


# the words that introduce a paper's co-authors in a bracket, in the pages' languages ("(with A. Lee)", "(com Daniel
# Araujo e Jorge Silva)", "(joint work with ...)")
CO_AUTHORS_BY = r"(?:with|joint with|joint work with|w/|com|con|avec|mit|met|med)"


# the status a heading's words give the entries under it, in turn
_SECTION_STATUSES = (
    ("working paper", lazy_compile(r"working papers?|work(?:s)? in progress|job market|"
                                   r"technical reports?", re.I)),
    ("in preparation", lazy_compile(r"in preparation|in prep\b", re.I)),  # ("Manuscripts in Preparation")
    ("under review", lazy_compile(r"under review|submitted|in submission|manuscripts?", re.I)),
    ("preprint", lazy_compile(r"preprints?", re.I)))


def section_status(section: str) -> str | None:
    """The status a heading gives the entries under it ("Working Papers", "Preprints", "Under Review")."""
    return next((status for status, words in _SECTION_STATUSES if words.search(section)), None)
