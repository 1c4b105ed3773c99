"""pubnorm/text.py: comparison keys."""

from __future__ import annotations

import re

import pytest

from pubnorm.text import _NON_KEY, fold, is_preprint_doi, split_authors, split_name_list, unescape


def test_the_key_class_is_written_as_what_goes_but_keeps_letters_of_any_script():
    """_NON_KEY names what a key drops (so that it compiles fast); it is exactly the complement of digits, a-z,
    U+00C0-1FFF and U+2070-FFFF, over every code point."""
    every = "".join(map(chr, range(0x110000)))
    assert _NON_KEY.sub(" ", every) == re.sub(r"[^0-9a-z\u00c0-\u1fff\u2070-\uffff]+", " ", every)


def test_fold_keeps_letters_and_drops_punctuation():
    assert fold("Human–Computer Interaction") == "human computer interaction"
    assert fold("Ä «Ω» 中文 🔥 x") == "a ω 中文 x"


@pytest.mark.parametrize("text, out", [
    pytest.param("Findings of ACL &amp; EMNLP", "Findings of ACL & EMNLP", id="named"),
    pytest.param("Caf&#233; &#x4E2D;", "Café 中", id="numeric"),
    pytest.param("R&D, no reference", "R&D, no reference", id="bare-ampersand"),
    pytest.param("plain", "plain", id="none"),
])
def test_unescape_decodes_character_references(text, out):
    assert unescape(text) == out


@pytest.mark.parametrize("doi, preprint", [
    ("10.2139/ssrn.4400123", True), ("10.48550/arXiv.2301.00001", True), ("10.1101/2023.05.02.539001", True),
    ("10.1101/539001", True), ("10.1101/gr.270001.120", False), ("10.21203/rs.3.rs-20001/v1", True),
    ("10.31219/osf.io/ab3cd", True), ("10.5281/zenodo.7000001", True), ("10.1145/3580305.3599400", False),
], ids=["ssrn", "arxiv", "biorxiv-dated", "biorxiv-number", "cshl-journal", "research-square", "osf", "zenodo",
        "acm"])
def test_is_preprint_doi_knows_the_servers_prefixes(doi, preprint):
    assert is_preprint_doi(doi) is preprint


def test_marks_after_a_name_are_no_part_of_it():
    from pubnorm.text import clean_author, without_marks

    assert without_marks("H.☯︎") == "H." and without_marks("S. C.*") == "S. C." and without_marks("R.†‡") == "R."
    assert clean_author("Hao Yuan☯︎") == "Hao Yuan" and clean_author("Ann Lee★") == "Ann Lee"


@pytest.mark.parametrize("text, names", [
    ("Quill, Brandt & Okafor", ["Quill", "Brandt", "Okafor"]),  # the last name alone after "&": surnames only
    ("Brandt & Quill", ["Brandt", "Quill"]),
    ("Quill, Brandt, Okafor", ["Quill", "Brandt", "Okafor"]),  # an odd number of one-word names
    ("Quill, Ada & Brandt, Tomas", ["Quill, Ada", "Brandt, Tomas"]),  # "Surname, Given" on both sides of "&"
    ("Quill, Ada, Brandt, Tomas and Okafor, Sam", ["Quill, Ada", "Brandt, Tomas", "Okafor, Sam"]),
    ("Quill, A., Brandt, T. & Okafor, S.", ["Quill, A.", "Brandt, T.", "Okafor, S."]),
    # a surname's particle is no word of it
    ("Van Quill, Brandt-Lind, Okafor", ["Van Quill", "Brandt-Lind", "Okafor"]),
    # an even number with no "and": a CV's "Surname, Given" list as often as a lab page's surnames (the page decides)
    ("Quill, Jean, Brandt, Shehan, Okafor, Patrick", ["Quill, Jean", "Brandt, Shehan", "Okafor, Patrick"]),
    ("Quill, Ada and Brandt, Tomas", ["Quill, Ada", "Brandt, Tomas"]),
    ("Quill, Brandt, Okafor.", ["Quill", "Brandt", "Okafor"]),  # the list's closing full stop
    ("Quill, A., Okafor.", ["Quill, A.", "Okafor"]),  # (an initial's stop is no closing one)
])
def test_a_list_of_surnames_is_not_read_as_surname_given_pairs(text, names):
    assert split_name_list(text) == (names, False)


@pytest.mark.parametrize("text, names", [
    ("Quill, A. Brandt, T., Okafor, S., & Lind, R.", ["Quill, A.", "Brandt, T.", "Okafor, S.", "Lind, R."]),
    ("Quill, A., Brandt, T., Okafor, S. Lind, R., Moreau, M.",
     ["Quill, A.", "Brandt, T.", "Okafor, S.", "Lind, R.", "Moreau, M."]),
    ("Quill, A., B. Brandt, C. Okafor", ["Quill, A.", "B. Brandt", "C. Okafor"]),  # as written
])
def test_a_comma_left_out_after_initials_does_not_join_two_names(text, names):
    """"Surname, I." names with one comma left out ("Quill, A. Brandt, T."): the initials end one name and the word
    after them starts the next."""
    assert split_name_list(text) == (names, False)


@pytest.mark.parametrize("text, names", [
    ("De Quill, BP., Brandt C., Okafor, MM ., Lind-Moreau, A., Moreau, D.",
     ["De Quill, BP", "Brandt C.", "Okafor, MM", "Lind-Moreau, A.", "Moreau, D."]),
    ("Quill, A ., Brandt, T .", ["Quill, A.", "Brandt, T."]),
])
def test_an_initials_stop_typed_after_a_space_ends_the_initials(text, names):
    """"Okafor, MM ., Lind-Moreau, A.": the stop after the initials, typed after a space, is theirs; the initials
    were read as a name of their own ("MM")."""
    assert split_name_list(text) == (names, False)


def test_chinese_et_al_after_the_last_name_is_et_al():
    """GB/T 7714 writes "et al." as 等 (or 等人) right after the last name it gives: "王克海等" is 王克海 and others.
    A name that only contains the character elsewhere is left whole."""
    from pubnorm.text import split_authors

    assert split_name_list("张秉哲, 宋曰建, 王克海等") == (["张秉哲", "宋曰建", "王克海"], True)
    assert split_authors("张秉哲, 王克海等人.") == (["张秉哲", "王克海"], True)
    assert split_name_list("张秉哲, 等文华") == (["张秉哲", "等文华"], False)


def test_a_surname_with_the_initial_a_is_a_name_not_a_title():
    # "Okafor A.": the initial "A." was read as the word "a", a title's word, so the name was no name
    from pubnorm.text import looks_like_name

    assert looks_like_name("Okafor A.") and looks_like_name("A. Okafor") and looks_like_name("Lind B. A.")
    assert not looks_like_name("A Study of Waves") and not looks_like_name("a tale")


def test_the_full_stop_closing_an_author_list_makes_no_initial_of_the_last_surname():
    # "Q. Chen, W. Hao and J. He.": "He." read as an initial (like "Th.") split "W. Hao" into "W." and "Hao, J. He."
    assert split_name_list("Q. Chen, W. Hao and J. He.")[0] == ["Q. Chen", "W. Hao", "J. He"]
    assert split_name_list("Aaron, N. Han, J., Vrzakova, H.")[0] == ["Aaron, N.", "Han, J.", "Vrzakova, H."]


@pytest.mark.parametrize(
    ("text", "names"),
    [("Marx, F [p], T Cohen, NA Menzies, and R Yaesoubi", ["Marx, F", "T Cohen", "NA Menzies", "R Yaesoubi"]),
     ("Brook, CE [g], R Beauclair [g], O Ngwenya", ["Brook, CE", "R Beauclair", "O Ngwenya"]),
     ("Lee, J. [senior author], Doe, A. [student]", ["Lee, J.", "Doe, A."]),
     ("A. Kim (student), B. Doe and C. Lee (postdoc)", ["A. Kim", "B. Doe", "C. Lee"]),
     ("Smith J, Lee K (ESA), Wang L", ["Smith J", "Lee K (ESA)", "Wang L"])],  # capitals: a group or a place, kept
)
def test_a_role_in_brackets_after_a_name_is_no_name(text, names):
    # training programmes and labs mark each author's role after the name ("[g]" a graduate, "[p]" a postdoc): the
    # mark broke the "Surname, Initials" pairing ("Marx" and "F [p]" became two names)
    assert split_name_list(text) == (names, False)


@pytest.mark.parametrize(("text", "names"), [("Yudai Ito 他", ["Yudai Ito"]),
                                             ("S.H. Kim, Y. Ito 他", ["S.H. Kim", "Y. Ito"]), ("王克海等", ["王克海"])])
def test_japanese_and_chinese_words_for_et_al_close_a_list(text, names):
    assert split_name_list(text) == (names, True)


@pytest.mark.parametrize(
    ("text", "names"),
    [("Bauer, Alexander Max, Gregor Damschen, and Mark Siebel",
      ["Bauer, Alexander Max", "Gregor Damschen", "Mark Siebel"]),
     ("Okafor, Ada Rose and Ben Lind", ["Okafor, Ada Rose", "Ben Lind"]),
     ("Chan, Bun, Lena Okafor, and Jan Moreau", ["Chan, Bun", "Lena Okafor", "Jan Moreau"]),
     ("Ada Okafor, Ben Lind, Cy Moreau", ["Ada Okafor", "Ben Lind", "Cy Moreau"]),
     # a capitalised particle and one word is as often a given name and a surname ("Di Wu", "Le Song") as a surname
     ("Di Wu, Yuzhang Zang, Hung Luyen, Mingjian Li and Nader Behdad",
      ["Di Wu", "Yuzhang Zang", "Hung Luyen", "Mingjian Li", "Nader Behdad"]),
     ("De la Cruz, Ana María, Ben Lind, and Cy Moreau", ["De la Cruz, Ana María", "Ben Lind", "Cy Moreau"])],
)
def test_chicagos_first_author_written_surname_first_may_have_two_given_names(text, names):
    # Chicago (and the German humanities' author-date style) writes only the first name surname first: "Bauer,
    # Alexander Max" was two names, "Bauer" and "Alexander Max"
    assert split_name_list(text) == (names, False)


@pytest.mark.parametrize(
    ("text", "names"),
    [("Okafor, N. C., Lind, A. B. da, Moreau, N. S.", ["Okafor, N. C.", "Lind, A. B. da", "Moreau, N. S."]),
     ("Okafor Lind, O., Moreau Park, J. de J., Roe de la Lind, M. C., & Ito, D. J.",
      ["Okafor Lind, O.", "Moreau Park, J. de J.", "Roe de la Lind, M. C.", "Ito, D. J."]),
     ("Okafor, A. van den, Lind, J.", ["Okafor, A. van den", "Lind, J."]),
     ("J. Okafor, K. de Lind and L. Moreau", ["J. Okafor", "K. de Lind", "L. Moreau"]),
     # a particle with a capital before a one-word surname: Chicago's first name, and a list of inverted names
     ("Van Okafor, John, Ada Lind, and Bo Moreau", ["Van Okafor, John", "Ada Lind", "Bo Moreau"]),
     ("De Okafor, Marc, Lind, Ada and Van Moreau, Bo", ["De Okafor, Marc", "Lind, Ada", "Van Moreau, Bo"]),
     # ... not a surname that is such a word ("Du", "Le", "Di" are surnames), given name first
     ("Jiayu Du, Xingyu Na, Xuechen Lind, and Hui Bu", ["Jiayu Du", "Xingyu Na", "Xuechen Lind", "Hui Bu"]),
     ("Jun xiao, Yuqing Qu, Chen Lind, and Bo Okafor", ["Jun xiao", "Yuqing Qu", "Chen Lind", "Bo Okafor"])],
)
def test_a_surnames_particle_among_the_initials_or_in_a_long_surname_keeps_the_name_whole(text, names):
    # APA writes Portuguese, Spanish and Dutch particles after the initials ("Lind, A. B. da", "J. de J."), and a
    # surname may have particles beside two words ("Roe de la Lind"): the initials were read as a name of their own
    assert split_name_list(text) == (names, False)


@pytest.mark.parametrize(
    ("text", "names"),
    [("OKAFOR, Ada Braga da Silva", ["OKAFOR, Ada Braga da Silva"]), ("DA OKAFOR, Ana Rosa", ["DA OKAFOR, Ana Rosa"]),
     ("OKAFOR, Antonio Paolo.", ["OKAFOR, Antonio Paolo"]),
     # two names written given name first, or three pieces (Chicago's first name inverted, a cut given name), or
     # what may be left of two names when the first given name went with the title
     ("Ada Okafor, Ben Lind", ["Ada Okafor", "Ben Lind"]), ("Okafor Wei, Lind Na", ["Okafor Wei", "Lind Na"]),
     ("Okafor, Ben Lind", ["Okafor", "Ben Lind"]),
     ("Okafor, Ben Lind, Cy Moreau", ["Okafor", "Ben Lind", "Cy Moreau"])],
)
def test_one_name_written_surname_first_with_its_given_names_written_out(text, names):
    # a single author's "SURNAME, Given Middle" (ABNT, Spanish references: the surname in capitals, the given names
    # written out) was read as two people, the surname and the given names
    assert split_name_list(text) == (names, False)


@pytest.mark.parametrize(
    ("text", "names"),
    [("Okafor, Ada and Van Lind, Ben", ["Okafor, Ada", "Van Lind, Ben"]),
     ("Okafor-Lind, Ada & Nel-lo Moreau, Marta Rosa", ["Okafor-Lind, Ada", "Nel-lo Moreau, Marta Rosa"]),
     ("Pérez-Okafor, Ada, Lind, Ben & De Moreau, C. J.", ["Pérez-Okafor, Ada", "Lind, Ben", "De Moreau, C. J."]),
     # "and" before no surname (Chicago: the last name is written given name first), or names without given ones
     ("Okafor, Ada, Ben Lind, and Cy Moreau", ["Okafor, Ada", "Ben Lind", "Cy Moreau"]),
     ("Okafor, Lind & Moreau", ["Okafor", "Lind", "Moreau"]),
     ("Ada Okafor, Ben Lind, Cy Moreau and Di Park", ["Ada Okafor", "Ben Lind", "Cy Moreau", "Di Park"]),
     # ... nor names written given name first with a venue read after them, or "and" before the next to last
     ("Ada Okafor, Ben Lind and Cy Moreau, Widget Fair", ["Ada Okafor", "Ben Lind", "Cy Moreau", "Widget Fair"]),
     ("Ada Okafor, Ben Lind, and Cy Moreau, Di Park", ["Ada Okafor", "Ben Lind", "Cy Moreau", "Di Park"]),
     ("Okafor, A., Lind, B., Cy Moreau, Di Park, and Roe, E.",
      ["Okafor, A.", "Lind, B.", "Cy Moreau", "Di Park", "Roe, E."])],
)
def test_and_before_a_surname_with_its_given_name_after_it_pairs_the_list(text, names):
    # a surname of two words after "and" ("Van Lind, Ben") was read as a name of its own, and its given name as
    # another: where "and" stands says every name is written "Surname, Given"
    assert split_name_list(text) == (names, False)


@pytest.mark.parametrize(
    ("text", "names"),
    [("Okafor, Jan Stephan, Gerry Lind-Hill, Thor Moreau, Ralf Park, et al.",
      ["Okafor, Jan Stephan", "Gerry Lind-Hill", "Thor Moreau", "Ralf Park"]),
     ("Okafor, Lind, Moreau, et al.", ["Okafor", "Lind", "Moreau"]),
     # a mark after the next name keeps it a name of its own: "Duan, Junzhou Zhao*" is Tao Duan's surname (his
     # given name read elsewhere) and Junzhou Zhao, "WanggouS, Li X#" two Vancouver names
     ("Duan, Junzhou Zhao*, Shuo Zhang, Jing Tao, et al.", ["Duan", "Junzhou Zhao", "Shuo Zhang", "Jing Tao"])],
)
def test_chicagos_first_author_before_et_al(text, names):
    # Chicago writes "et al." after the seventh of more than ten authors, not "and": the first author's two given
    # names are still his ("Okafor" and "Jan Stephan" were two names). Surnames alone stay surnames.
    assert split_name_list(text) == (names, True)


@pytest.mark.parametrize(
    ("text", "names"),
    [("Okafor, Y.*., A. Lind, Y. Qian*, and Z. Moreau", ["Okafor, Y.", "A. Lind", "Y. Qian", "Z. Moreau"]),
     ("Haddad, K. F., Lind, W. E. III, Okafor, J. S., & Park, J. H.",
      ["Haddad, K. F.", "Lind, W. E. III", "Okafor, J. S.", "Park, J. H."]),
     # any symbol is a mark, not only the usual ones: "✱" equal contribution, "✉" and "📧" corresponding
     ("Okafor, D.✱, Lind, S.✱, Moreau, K., Park, I.✉", ["Okafor, D.", "Lind, S.", "Moreau, K.", "Park, I."]),
     ("Okafor, M. J.📧, Lind, D.✳", ["Okafor, M. J.", "Lind, D."])],
)
def test_a_mark_or_a_generation_suffix_after_initials_keeps_them_with_their_surname(text, names):
    # AGU's "Surname, I.*., I. Surname" with an equal-contribution mark before the initials' full stop, and APA's
    # "Moore, W. E. III": the initials were read as a name of their own ("Okafor", "Y.")
    assert split_name_list(text) == (names, False)


@pytest.mark.parametrize(
    ("text", "names"),
    [("Lena Okafor, Tito Lind e Ricardo Moreau", ["Lena Okafor", "Tito Lind", "Ricardo Moreau"]),
     ("Marta Ortiz y Jan Moreau", ["Marta Ortiz", "Jan Moreau"]),
     ("Lind, A. und Okafor, B.", ["Lind, A.", "Okafor, B."]),
     ("Jeanne Lind et Marie Okafor", ["Jeanne Lind", "Marie Okafor"]),
     # Turkish "ve" after the comma that ends a "Surname, I." name; Hungarian "és"
     ("Yaslı, R., ve Okafor, D.", ["Yaslı, R.", "Okafor, D."]), ("Kovács, A. és Lind, B.", ["Kovács, A.", "Lind, B."])],
)
def test_the_word_for_and_of_the_pages_languages_ends_a_list(text, names):
    # Portuguese and Italian "e", Spanish "y", German "und", French "et" before the last name: the last two names were
    # read as one ("Tito Lind e Ricardo Moreau")
    assert split_name_list(text) == (names, False)


def test_full_width_and_ideographic_commas_part_names():
    # "石島歩，小関義彦，安藤岳洋": a Japanese list parted by full-width commas was one name
    assert split_name_list("石島歩，小関義彦，安藤岳洋") == (["石島歩", "小関義彦", "安藤岳洋"], False)
    assert split_name_list("松原良太、柳田健、王君臣") == (["松原良太", "柳田健", "王君臣"], False)


def test_an_opening_bracket_after_the_names_is_none_of_theirs():
    """"Maynes, Jeffrey (2021). ..." (APA with a full given name): the year's opening bracket read with the names made
    "Jeffrey (" a name of its own, and "Maynes, Jeffrey" two authors."""
    assert split_name_list("Maynes, Jeffrey (")[0] == ["Maynes, Jeffrey"]
    assert split_name_list("Smith, J., & Doe, K. [")[0] == ["Smith, J.", "Doe, K."]


def test_a_plus_after_a_name_is_a_mark():
    """"Nguyen, C. T.+, Diem, K. P.+, Nghia, D. H." ("+": equal contribution): the mark kept "C. T.+" from reading as
    initials, and each name came out as two."""
    assert split_name_list("Nguyen, C. T.+, Diem, K. P.+, Nghia, D. H.")[0] == ["Nguyen, C. T.", "Diem, K. P.",
                                                                              "Nghia, D. H."]


def test_drop_inline_html_takes_off_the_tags_of_inline_elements_only():
    from pubnorm.text import drop_inline_html

    text = "Plant <i>Sarracenia</i> and H<SUB>2</SUB>O <span style='c'>x</span>"
    assert drop_inline_html(text) == "Plant Sarracenia and H2O x"
    assert drop_inline_html("a < b and c <div>d</div>") == "a < b and c <div>d</div>"  # no inline element, no change
    text = "no markup at all"
    assert drop_inline_html(text) is text


def test_a_comma_typed_after_and_is_no_part_of_a_name():
    """"J.B. Wallace, D. Chen and, L. Shao": the comma after "and" is a typo; "D. Chen and" was a name (the scorer
    read its surname as "and")."""
    assert split_name_list("J.B. Wallace, D. Chen and, L. Shao") == (["J.B. Wallace", "D. Chen", "L. Shao"], False)
    assert split_name_list("Smith, J., Doe, B. &, Lee, C.") == (["Smith, J.", "Doe, B.", "Lee, C."], False)


def test_a_preprint_servers_and_a_publishers_address_give_the_doi_without_their_own_parts():
    """bioRxiv's pages add a version and a view to the DOI ("10.1101/2024.05.09.593364v2.abstract"), Oxford's PDF
    addresses a file's number and name ("10.1093/bioinformatics/btaa692/37219026/btaa692.pdf"): both were taken
    into the DOI (a lab's front matter links, kept once the front matter was read as data)."""
    from pubnorm.text import ids_from_url

    assert ids_from_url("https://www.biorxiv.org/content/10.1101/2024.05.09.593364v2.abstract") == {
        "doi": "10.1101/2024.05.09.593364"}
    assert ids_from_url("https://www.medrxiv.org/content/10.1101/2024.07.27.605424v1.full.pdf")["doi"] == \
        "10.1101/2024.07.27.605424"
    assert ids_from_url("https://academic.oup.com/bioinformatics/article-pdf/doi/10.1093/bioinformatics/btaa692/"
                        "37219026/btaa692.pdf")["doi"] == "10.1093/bioinformatics/btaa692"
    # Cold Spring Harbor's journals share the prefix; an Oxford handbook's DOI has three parts of its own
    assert ids_from_url("https://doi.org/10.1101/gr.229102.117")["doi"] == "10.1101/gr.229102.117"
    assert ids_from_url("https://doi.org/10.1093/oxfordhb/9780199563616.001.0001/oxfordhb-9780199563616-e-1")[
        "doi"] == "10.1093/oxfordhb/9780199563616.001.0001/oxfordhb-9780199563616-e-1"


def test_a_doi_keeps_the_brackets_it_opens_and_closes():
    """JHEP and The Lancet DOIs hold brackets ("10.1007/JHEP12(2021)167", "10.1016/S0140-6736(20)30183-5"): they were
    cut at the first one ("10.1007/jhep12", a DOI of no paper); a bracket the DOI does not open is the text's."""
    from pubnorm.text import DOI, ids_from_url

    assert ids_from_url("http://dx.doi.org/10.1007/JHEP12(2021)167") == {"doi": "10.1007/jhep12(2021)167"}
    assert ids_from_url("https://link.springer.com/article/10.1007/JHEP12(2021)167")["doi"] == "10.1007/jhep12(2021)167"
    # an address escapes them: the DOI is the one it names
    assert ids_from_url("https://doi.org/10.1007/JHEP10%282025%29074") == {"doi": "10.1007/jhep10(2025)074"}
    found = DOI.search("see 10.1016/S0140-6736(20)30183-5.")
    assert found is not None and found.group(1) == "10.1016/S0140-6736(20)30183-5"
    found = DOI.search("(doi:10.1000/abc.12)")
    assert found is not None and found.group(1) == "10.1000/abc.12"


def test_surnames_in_capitals_before_given_names_pair_even_when_short():
    """'SAVNIK, Iztok, AKULICH, Mikita, KRNC, Matjaž, ŠKREKOVSKI, Riste' (a library catalogue's style, COBISS): a
    surname of four capitals ("KRNC") was taken for a set of initials, and the names after it paired wrongly."""
    assert split_name_list("SAVNIK, Iztok, AKULICH, Mikita, KRNC, Matjaž, ŠKREKOVSKI, Riste")[0] == [
        "SAVNIK, Iztok", "AKULICH, Mikita", "KRNC, Matjaž", "ŠKREKOVSKI, Riste"]
    assert split_name_list("LEE, Ann, WU, Bo")[0] == ["LEE, Ann", "WU, Bo"]
    assert split_name_list("Smith, JA, Doe, B")[0] == ["Smith, JA", "Doe, B"]  # initials after a surname stay so


def test_the_stop_ending_a_vancouver_list_is_no_initials_dot():
    """"Smith JA, Doe B, Roe C." (Vancouver): the list's full stop was kept as the dot of the last name's initial
    ("Roe C."), though no other name dots its initials; a list that dots them keeps it."""
    assert split_name_list("Smith JA, Doe B, Roe C.")[0] == ["Smith JA", "Doe B", "Roe C"]
    assert split_name_list("Smith J.A., Doe B., Roe C.")[0] == ["Smith J.A.", "Doe B.", "Roe C."]
    assert split_name_list("Smith, J. A., Doe, B. and Roe, C.")[0] == ["Smith, J. A.", "Doe, B.", "Roe, C."]
    assert split_name_list("Roe C.")[0] == ["Roe C."]  # one name: nothing says which
    assert split_name_list("Logeswaran Y, Dalman C, Kirkbride J.B.")[0][-1] == "Kirkbride J.B."  # its own dots


def test_japanese_names_in_kanji_parted_by_the_middle_dot_are_several_names():
    """"奥村拓史・各務和彦" is two authors (the middle dot parts a Japanese list); in katakana it parts one foreign
    name's words ("ジョン・スミス")."""
    from pubnorm.text import split_name_list

    assert split_name_list("奥村拓史・各務和彦・大塚芳宏")[0] == ["奥村拓史", "各務和彦", "大塚芳宏"]
    assert split_name_list("ジョン・スミス")[0] == ["ジョン・スミス"]


def test_a_full_stop_after_a_given_name_written_out_ends_a_surname_first_name():
    """"Arias, Albert., Quaglieri-Domínguez, Alan., & Russo, Antonio Paolo." and "..., Rovira Soto, Maria Trinitat. &
    López, Meritxell.": each name "Surname, Given." ends at its full stop; the list was read as surnames and given
    names apart ("Alan" an author). Initials ("Smith, J., Doe, K.") and lists without such stops read as before."""
    from pubnorm.text import split_name_list

    assert split_name_list("Arias, Albert., Quaglieri-Domínguez, Alan., & Russo, Antonio Paolo.")[0] == [
        "Arias, Albert", "Quaglieri-Domínguez, Alan", "Russo, Antonio Paolo"]
    assert split_name_list("Okafor, Alba., Lind, Marta Gemma., Rovira Soto, Maria Trinitat. & López, Meritxell.")[0] \
        == ["Okafor, Alba", "Lind, Marta Gemma", "Rovira Soto, Maria Trinitat", "López, Meritxell"]
    assert split_name_list("Delclòs- Alió, Xavier., Gutiérrez, Aaron., Vich, Guillem.")[0] == [
        "Delclòs- Alió, Xavier", "Gutiérrez, Aaron", "Vich, Guillem"]
    assert split_name_list("Smith, J., Doe, K., & Lee, A.")[0] == ["Smith, J.", "Doe, K.", "Lee, A."]
    assert split_name_list("Smith, John, Doe, Jane, and Lee, Ann")[0] == ["Smith, John", "Doe, Jane", "Lee, Ann"]
    # ... and the stop alone before "&" or the next surname, given names written out in every piece (these were
    # read as four and three names)
    assert split_name_list("Restrepo Lind, Natalia. & Anton Okafor, Salvador.")[0] == [
        "Restrepo Lind, Natalia", "Anton Okafor, Salvador"]
    assert split_name_list("Font-Okafor, Alba. Nel-lo Lind, Marta Gemma")[0] == [
        "Font-Okafor, Alba", "Nel-lo Lind, Marta Gemma"]
    assert split_name_list("Okafor, J. A. Lind, K.")[0] == ["Okafor, J. A.", "Lind, K."]


def test_a_text_that_is_nothing_but_a_tag_keeps_it():
    """A title "<EM>" written to a .bib as "{<EM>}" came back as no title (its inline HTML dropped, nothing left):
    a text that is nothing but tags keeps them; a title with tags in it loses only the tags."""
    from pubnorm.text import drop_inline_html

    assert drop_inline_html("<EM>") == "<EM>"
    assert drop_inline_html("H<sub>2</sub>O in <i>Sarracenia purpurea</i>") == "H2O in Sarracenia purpurea"
    assert drop_inline_html("a < b") == "a < b" and drop_inline_html("  ") == "  "


def test_a_role_key_in_brackets_opened_by_its_mark_is_no_part_of_the_last_name():
    """"Ada Quill, Bo Brandt*, Cy Okafor* (*corresponding authors)": the key to the mark, in brackets after the list,
    opened by the mark it explains and naming several, was read into the last name ("Cy Okafor (corresponding
    authors)"), which the scorer and dedupe then saw as another person."""
    for key in ("(*corresponding authors)", "(* equal contribution)", "(†co-first authors)"):
        assert split_name_list(f"Ada Quill, Bo Brandt*, Cy Okafor* {key}")[0] == ["Ada Quill", "Bo Brandt", "Cy Okafor"]
        assert split_authors(f"Ada Quill, Bo Brandt*, Cy Okafor* {key}")[0] == ["Ada Quill", "Bo Brandt", "Cy Okafor"]


@pytest.mark.parametrize("text, names", [
    # a data file's or front matter's author field written surname first: no piece of it is initials alone
    ("Loaiza, J. R. & Rojas-Velásquez, D.", ["Loaiza, J. R.", "Rojas-Velásquez, D."]),
    ("<b>Hennig, JA</b>, Burrell M, Uchida, N, & Gershman, SJ",
     ["Hennig, JA", "Burrell M", "Uchida, N", "Gershman, SJ"]),
    ("Qian, L*, Burrell, M*, Hennig, JA", ["Qian, L", "Burrell, M", "Hennig, JA"]),
    # ... and the lists split_authors always read stay as they were
    ("Ada Okafor, Bo Lindqvist and Chen Wei", ["Ada Okafor", "Bo Lindqvist", "Chen Wei"]),
    ("Menendez JA, Hennig JA, Golub MD", ["Menendez JA", "Hennig JA", "Golub MD"]),
    ("Schaye J., Crain R. A., Bower R. G.", ["Schaye J", "Crain R. A", "Bower R. G"]),
])
def test_split_authors_reads_names_written_surname_first(text, names):
    got, _ = split_authors(text.replace("<b>", "").replace("</b>", ""))
    assert got == names


@pytest.mark.parametrize(("line", "names"), [
    ("Yeun Kim, Seok-Woo Chang, Jong-Ki Lee, ... Kee-Yeon Kum.",
     ["Yeun Kim", "Seok-Woo Chang", "Jong-Ki Lee", "Kee-Yeon Kum"]),
    ("Gu Y, Lee JK, Spangberg LS, ... Kum KY.", ["Gu Y", "Lee JK", "Spangberg LS", "Kum KY"]),
    ("Ann Lee, Bo Kim … Cy Park", ["Ann Lee", "Bo Kim", "Cy Park"]),
    ("Ko, Y. A., ... & Bliwise, D. L.", ["Ko, Y. A.", "Bliwise, D. L."]),
    ("Ann Lee, Bo Kim, ...", ["Ann Lee", "Bo Kim"]),
])
def test_an_ellipsis_between_names_parts_them(line, names):
    """A shortened list ("Jong-Ki Lee, ... Kee-Yeon Kum", as NLM and Google Scholar shorten long lists): the ellipsis
    was cut to a space, so the name before it and the last author were read as one name (three pages)."""
    assert split_authors(line) == (names, True)


@pytest.mark.parametrize(("text", "names"), [
    # a bracketed ellipsis leaves names out, as "…" does (an astronomer's data module: "Zinn, J.C. [...], Bugnet, L.
    # et al."): it was read as a name "J.C. [ ]", and the list as none
    ("Zinn, J.C. [...], Bugnet, L. et al.", ["Zinn, J.C.", "Bugnet, L."]),
    ("Hon, M. (…), Bugnet, L.", ["Hon, M.", "Bugnet, L."]),
])
def test_a_bracketed_ellipsis_leaves_names_out_between_two(text, names):
    assert split_name_list(text) == (names, True)
    assert "[ ]" not in " ".join(split_authors(text)[0]) and split_authors(text)[1]


@pytest.mark.parametrize("text, names", [
    ("Gaffney, A. M., Rast, D. E., III, & Hogg, M. A.", ["Gaffney, A. M.", "Rast, D. E. III", "Hogg, M. A."]),
    ("Rast, D. E., Jr., Lind, A. M., & Yang, J.", ["Rast, D. E. Jr", "Lind, A. M.", "Yang, J."]),
    ("M. L. King, Jr., and A. Lee", ["M. L. King Jr", "A. Lee"]),
    ("A. Lee, B. Kim III, and C. Doe", ["A. Lee", "B. Kim III", "C. Doe"]),
])
def test_a_generation_suffix_after_a_comma_is_the_names(text, names):
    """"Rast, D. E., III, & Hogg, M. A." (APA; a social psychology lab's list: "III" an author on 5 papers): the suffix
    set apart by its comma is the name's, no name of its own."""
    from pubnorm.text import split_name_list

    assert split_name_list(text)[0] == names


def test_a_mark_in_brackets_after_a_name_is_no_part_of_it():
    """"Y. Dong(*), Y. Kang, L. Shao(*)" (a physicist's list marking the corresponding author): the names were
    "Y. Dong()" and "L. Shao()"."""
    from pubnorm.text import split_name_list

    names = split_name_list("Y. Dong(*), Y. Kang, L. Shao (†), A. Lee[*]")[0]
    assert names == ["Y. Dong", "Y. Kang", "L. Shao", "A. Lee"]
