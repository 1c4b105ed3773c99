"""Repairs of the labeller's reading from what the page's structure says, made before an entry is assembled.

The labeller reads tokens one entry at a time and can be misled where a page is written otherwise than the pages
it was trained on. Each repair here is a decision the page's own structure makes clearer than the model can: a
table's column names, one link's text, a title's full stop before an italic journal, words that say where a
paper appeared. `block` runs the repairs of a labelled block; the others are asked by sources/assemble.py
about one entry.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..features import Token
from ..vocab import QUOTE_CLOSES, TITLE_QUOTES, ends_no_title
from . import authors, fields, titles
from .authors import with_coauthors
from .fields import (
    AUTHOR_KEYS,
    FIELD_KEYS,
    GBT_CODE_AFTER,
    acronym_year,
    bluebook_citation,
    book_title_read_as_venue,
    cited_numbers,
    cjk_citation,
    cjk_title_first,
    code_tag,
    collaboration_read_as_venue,
    corner_brackets,
    edited_volume_at,
    editors_by_at,
    gbt_citation,
    italic_title_before_comma,
    journal_read_as_publisher,
    leading_tag,
    leftover_venue,
    meeting_slot,
    name_read_as_status,
    second_title_a_venue,
    sentence_venue,
    status_after_venue,
    status_before_venue,
    styled_venue,
    title_after_initials,
    title_before_venue_in_run,
    title_read_as_venue,
    title_tail_read_as_venue,
    to_italic_venue,
    venue_after_question,
    venue_elements,
    venue_ending_title,
    venue_fills_slot,
    venue_links,
    whole_venue,
    year_read_as_author,
)
from .titles import (
    author_list_before_colon,
    bracket_after_title,
    by_line_in_title,
    by_names_after_linked_title,
    cited_title,
    class_field_after_title,
    closing_year,
    dash_venue_after_title,
    first_name_ending_title,
    heading_ends_title,
    italic_after_title,
    italic_in_title,
    last_name_read_as_title,
    last_word_left_out,
    linked_title_over_paragraph,
    list_in_title,
    main_title_read_as_venue,
    month_year,
    name_line_before_linked_title,
    names_going_on_into_title,
    number_after_title,
    numbers_in_title,
    pubmed_note,
    quoted_title,
    species_in_title,
    title_after_author_colon,
    title_after_little_word,
    title_after_names_span,
    title_before_with,
    title_fills_bold,
    title_past_link,
    title_to_link_end,
    title_to_link_start,
    title_to_span_end,
    title_to_span_start,
    venue_span_after_title,
    version_note,
    words_after_linked_title,
    year_closing_title,
    year_opening_title,
)

__all__ = [
    "AUTHOR_KEYS",
    "FIELD_KEYS",
    "GBT_CODE_AFTER",
    "acronym_year",
    "author_list_before_colon",
    "block",
    "bluebook_citation",
    "book_title_read_as_venue",
    "bracket_after_title",
    "by_line_in_title",
    "by_names_after_linked_title",
    "cited_numbers",
    "cited_title",
    "cjk_citation",
    "cjk_title_first",
    "class_field_after_title",
    "closing_year",
    "code_tag",
    "collaboration_read_as_venue",
    "corner_brackets",
    "dash_venue_after_title",
    "edited_volume_at",
    "editors_by_at",
    "ends_no_title",
    "first_name_ending_title",
    "gbt_citation",
    "heading_ends_title",
    "italic_after_title",
    "italic_in_title",
    "italic_title_before_comma",
    "journal_read_as_publisher",
    "last_name_read_as_title",
    "last_word_left_out",
    "leading_tag",
    "leftover_venue",
    "linked_title_over_paragraph",
    "list_in_title",
    "main_title_read_as_venue",
    "meeting_slot",
    "month_year",
    "name_line_before_linked_title",
    "name_read_as_status",
    "names_going_on_into_title",
    "number_after_title",
    "numbers_in_title",
    "pubmed_note",
    "quoted_title",
    "second_title_a_venue",
    "sentence_venue",
    "species_in_title",
    "status_after_venue",
    "status_before_venue",
    "styled_venue",
    "title_after_author_colon",
    "title_after_initials",
    "title_after_little_word",
    "title_after_names_span",
    "title_before_venue_in_run",
    "title_before_with",
    "title_fills_bold",
    "title_past_link",
    "title_read_as_venue",
    "title_tail_read_as_venue",
    "title_to_link_end",
    "title_to_link_start",
    "title_to_span_end",
    "title_to_span_start",
    "to_italic_venue",
    "venue_after_question",
    "venue_elements",
    "venue_ending_title",
    "venue_fills_slot",
    "venue_links",
    "venue_span_after_title",
    "version_note",
    "whole_venue",
    "with_coauthors",
    "words_after_linked_title",
    "year_closing_title",
    "year_opening_title",
    "year_read_as_author",
]


def block(toks: Sequence[Token]) -> None:
    """The repairs of a labelled block, in order (those that need a mark the block does not hold are not asked)."""
    marks = {t.text for t in toks}  # once: several repairs below need a word, a mark or a tag the block may not hold
    tags = {t.tag for t in toks}
    if not marks.isdisjoint(("http", "https", "www", "doi", "DOI", "@")):
        fields.written_urls(toks)
    if "&" in marks:
        fields.revise_and_resubmit(toks)
    fields.year_read_as_author(toks)
    fields.name_read_as_year(toks)
    titles.run_to_line_end(toks)
    titles.title_over_wrap(toks)
    titles.title_line_tail(toks)
    fields.italic_venue_line(toks)
    authors.bold_name(toks)
    authors.leading_names(toks)
    authors.last_author(toks)
    authors.last_author_before_styled_venue(toks)
    authors.linked_last_author(toks)
    authors.name_across_break(toks)
    authors.list_over_wrapped_line(toks)
    authors.names_under_title(toks)
    authors.names_after_title(toks)
    authors.cjk_names(toks)
    if "with" in marks:
        authors.title_before_with(toks)
    authors.author_gaps(toks)
    authors.last_author_in_title(toks)
    if ";" in marks:
        authors.semicolon_list_end(toks)
        authors.semicolon_names_in_title(toks)
    authors.surname_over_styled_title(toks)
    authors.names_before_author_run(toks)
    if "by" in marks or "By" in marks:
        authors.names_after_by(toks)
    authors.names_before_list(toks)
    authors.names_line_read_as_venue(toks)
    if "(" in marks:
        authors.names_before_year_bracket(toks)
    if ":" in marks or "：" in marks:
        authors.names_before_colon(toks)
        authors.coined_name_opens_title(toks)
    authors.names_read_as_title(toks)
    if "." in marks:
        authors.names_open_line(toks)
    if not marks.isdisjoint(QUOTE_CLOSES):
        authors.name_before_quote(toks)
        authors.names_before_quoted_title(toks)
        authors.names_in_title_before_quote(toks)
    if "et" in marks or "Et" in marks:
        authors.name_et_al(toks)
    if "." in marks:
        authors.title_word_after_names(toks)
        authors.title_after_initials(toks)
        authors.title_after_vancouver_names(toks)
        authors.title_after_initials_first(toks)
    authors.names_open_title(toks)
    authors.name_opens_list(toks)
    authors.styled_name_start(toks)
    authors.first_surname(toks)
    if "-" in marks or "‐" in marks:
        authors.hyphened_initials(toks)
    authors.author_notes(toks)
    authors.group_author_line(toks)
    authors.group_after_names(toks)
    authors.group_list_title(toks)
    fields.venue_leads(toks)
    titles.title_after_venue_tag(toks)
    if "|" in marks or "｜" in marks:
        titles.bar_fields(toks)
    if "'" in marks or "’" in marks:
        fields.apostrophe_year(toks)
    if any(m.lower() in fields.AWARD_WORDS for m in marks):
        fields.award_line(toks)
        fields.award_note(toks)
    if not marks.isdisjoint(fields.IN_WORDS):
        fields.in_before_venue(toks)
        fields.work_before_in(toks)
    fields.address_text(toks)
    if "." in marks:
        fields.title_before_italic_venue(toks)
        fields.italic_title_before_venue(toks)
    if not marks.isdisjoint(("arXiv", "arxiv", "ArXiv", "ARXIV")):
        fields.arxiv_ids(toks)
    fields.bracketed_status(toks)
    if not marks.isdisjoint(fields.BOOK_NUMBER_WORDS):
        fields.book_numbers(toks)
    if "." in marks:
        fields.venue_before_venue(toks)
    if not marks.isdisjoint(fields.STATUS_MARKS):
        fields.status_runs(toks)
    titles.quoted_phrase(toks)
    if not marks.isdisjoint(TITLE_QUOTES):
        titles.quoted_title_first(toks)
        titles.quoted_title_in_names(toks)
        titles.inner_quoted_title(toks)
    if "/" in marks:
        titles.gost_double_slash(toks)
    titles.title_after_break(toks)
    titles.title_gaps(toks)
    titles.title_before_in_line(toks)
    if "." in marks:
        titles.title_sentence(toks)
        titles.untitled_sentence(toks)
        if "(" in marks:
            if ":" in marks:
                titles.apa_main_title(toks)
            titles.apa_title(toks)
            titles.apa_untitled(toks)
        titles.taxon_abbreviation(toks)
    titles.decimal_opens_title(toks)
    titles.title_first_word(toks)
    titles.untitled_line(toks)
    if ":" in marks:
        titles.name_before_colon(toks)
    if "(" in marks:
        titles.unclosed_bracket(toks)
        titles.bracket_gap_in_title(toks)
    titles.numbers_in_title(toks)
    if "[" in marks:
        titles.bracket_tag_in_title(toks)
    if "]" in marks:
        titles.item_number_in_title(toks)
    if any(tag.startswith("column-") for tag in tags):
        fields.columns(toks)
    if "authors" in tags:
        fields.author_elements(toks)
    fields.keyed_fields(toks)
    if "《" in marks:
        fields.cjk_bracketed_citation(toks)
    if any("年" in m for m in marks):
        fields.cjk_date_year(toks)
    fields.thesis_words(toks)
    authors.thesis_author(toks)
    fields.thesis_school(toks)
    fields.edited_volume(toks)
    authors.author_gaps(toks)  # again: the repairs above may have read more of the list as names
