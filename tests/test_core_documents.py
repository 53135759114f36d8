"""The compiled core's row against Python's `normalize_document`: every column the core makes
(all but doc_id, source and hashtag_words), warnings in the same order with the
same text, scores equal as floats.

A document the core hands back (`needs_python`: a text that may hold mojibake, whose repair is
ftfy's) is not compared; the test counts them and checks that nothing else is handed back.

Corpora: every fixture page, hypothesis-generated pages, null, empty and over-long documents,
each under several options (none; a reference instant; a zone name; a fixed offset); the
fixture pages all under the first and a share each under the others (`share`).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from normalize.core import compiled
from normalize.documents import MAX_ANALYSED_CHARS, normalize_document
from normalize.options import Options
from tests.cases import CASES, rows
from tests.test_boilerplate import (
    BACK_LINK_LETTER,
    BACK_TO_SCHOOL_STORY,
    CASELESS_FIELD_KEY_POST_PAGE,
    CREDIT_ONLY_PAGE,
    FIELD_KEY_POST_PAGE,
    GRAPHIC_SLIP_PAGE,
    PAGER_POST_PAGE,
    POEM_PAGE,
    RELATED_BOX_STORY,
    RELATED_BOX_UNDER_SENTENCES,
    ROUNDUP_LABEL_PAGE,
    TIP_LINE_PAGE,
    TITLE_CASE_INDEX_STORY,
    TOOL_KEY_HEADLINE_POST,
)
from tests.test_captions import (
    AVATAR_BYLINE_PAGE,
    CIRCLED_SIGN_STORY_PAGE,
    COPYRIGHT_STORY_PAGE,
    CREDITED_CAPTION_IN_AN_ARCHIVE,
    DATED_IMAGE_CAPTION_PAGE,
    KOREAN_COPYRIGHT_STORY_PAGE,
    PRESENT_CAPTION_PAGE,
    RIGHTS_CREDIT_PAGE,
)
from tests.test_core import corpus, fixture_pages, share
from tests.test_core_headline import PAGES
from tests.test_core_timestamps import micros, tzdata_zone_files  # noqa: F401 (a fixture)
from tests.test_corners import CORNER_OF_BRIEFS
from tests.test_cut_titles import COMPANY_POST_PAGE, OUTLET_OVER_A_SHORT_HEADLINE
from tests.test_documents import (
    AGENDA_DEEP_IN_THE_BODY,
    ANSWERS_UNDER_A_DATED_QUESTION,
    ARTICLE_FIRST_PUBLISHED_UNDER_ITS_HISTORY,
    BODY_WITHOUT_A_DATELINE,
    BYLAW_NUMBER_OVER_ITS_POSTING,
    BYLINED_LOG,
    CALLED_OUT_POST,
    CLOCK_ATOP_AN_UNDATED_STORY,
    CLOCKED_BRIEFING,
    COMPACT_DAY_OVER_A_LABELLED_TEASER,
    COMPACT_DAY_POST,
    CONTACT_STATEMENT,
    CONTENTS_POST,
    DATED_HEADLINES_OVER_A_DATED_BYLINE,
    DATED_TRAIL_POST,
    DAY_ARCHIVE_OF_TEASERS,
    DEADLINES_TAKEN_FOR_THE_HEAD,
    DESK_NAMED_OVER_ITS_STORY,
    ECHO_DATED_POST,
    HEADLINES_OF_UNDATED_PAGES,
    ISSUE_NUMBERS_OF_UNDATED_PAGES,
    ITEMS_FRAMED_ALIKE,
    ITEMS_FRAMED_BY_THEIR_COUNTS,
    KEY_DATES_OF_A_CALL,
    KOREAN_STAMP_WITH_THE_YEAR_LAST,
    LAST_CHANGE_AT_A_PRINT_PAGE_S_FOOT,
    LEAD_OVER_A_DATED_BYLINE,
    NEXT_ITEM_UNDER_A_HEADLESS_BODY,
    NUMBERED_CASE,
    OLD_EDITIONS_COLUMN,
    ONE_LINE_VIDEO_POST,
    PHOTO_FILE_NAME_UNDER_A_HEADLINE,
    PRINT_VIEW_WITH_ITS_HEAD_ON_ONE_LINE,
    PUBLISHED_OVER_TWO_ENTRIES,
    REPLIES_UNDER_A_COMMENT_BOX,
    REPOST_UNDER_ITS_PAPER_S_DAY,
    SCHEDULE_A_BLANK_LINE_APART,
    SCHEDULE_ENDING_ON_ITS_DAY,
    SCHEDULE_ENTRY_UNDER_ITS_HEADLINE,
    SCHEDULE_UNDER_A_DATED_HEADLINE,
    SKIN_LABEL_POST,
    STAMP_RUNNING_ON_TO_ITS_DISTRICT,
    TAG_PAGE_UNDER_A_PLACED_TODAY,
    TEASER_COPY_OVER_ITS_HEADLINE,
    TEASER_DATE_IN_THE_LATEST_NEWS,
    TIMED_VIDEO,
    TIMELINE_OF_A_FAIR,
    WIDGET_OVER_COMPACT_DAY,
    WORK_TITLE_POST,
)
from tests.test_field_lines import (
    ENGLISH_FORUM_TOPIC_UNDER_ITS_ZONE,
    FORUM_TOPIC_UNDER_ITS_ZONE,
    GREETED_BULLETIN_PAGE,
    HEADLINE_OVER_A_GREETING_PAGE,
    MATCH_RECORD_TABLE,
    MESSAGE_WITH_FORWARD_AND_QUOTE,
    NOTICE_BOARD_TABLE,
    TITLED_DIGEST_PAGE,
    TITLED_THREAD_PAGE,
    TOPIC_UNDER_BOARD_TABLE,
)
from tests.test_foot_heads import LEAD_UNDER_ITS_DAY_PAGE, TITLE_LAST_PAGE
from tests.test_glued_bylines import OUTLET_BYLINE_PAGE, PRINT_PAGE
from tests.test_glued_datelines import (
    DOUBLED_DATE_PAGE,
    DOUBLED_DATE_PLACE_PAGE,
    GLUED_DAY_PAGE,
    GLUED_READING_TIME_PAGE,
    KO_READING_TIME_PAGE,
    META_DATED_BRIEF,
    META_DATED_PROMO,
    META_DATED_SECTION,
    RU_READING_TIME_PAGE,
    WIRE_RELEASE_PAGE,
)
from tests.test_glued_decks import SERIES_WITH_ITS_SUBJECT_PAGE
from tests.test_hashtags import (
    AMOUNT_TAGS_POST,
    BULLETED_TAG_LIST_PAGE,
    COUNTED_TAGS_PAGE,
    DECADE_TAGS_POST,
    MARKUP_BREAKS_DESCRIPTION,
    MODIFIED_TAGS_PAGE,
    PREFIXED_NOUN_TAGS_PAGE,
    PROMISE_TAG_POST,
    PUBLIC_BODY_TAGS_PAGE,
    SPACED_TAG_LINE_PAGE,
    STEP_HEADINGS_PAGE,
    TAGS_OPENING_A_POST_PAGE,
    TOPIC_TAGS_OF_ONE_WORD_PAGE,
)
from tests.test_headline import (
    ADDRESS_GLUED_TRANSCRIPT,
    ADDRESS_SPLIT_NOTICE,
    ARROWS_CAPTION_PAGE,
    ARROWS_IN_A_HEADLINE_PAGE,
    BOARD_POST_SUBJECT_ON_ITS_LINE,
    BOOK_UNDER_A_FULL_VERSION_LINK,
    BRACKETED_DIGEST_PAGE,
    BROADCAST_SCRIPT_HEADED_PAGE,
    BROADCAST_SCRIPT_PAGE,
    BROWSING_TAG_PAGE,
    BUFFERING_OVER_A_HEADLINE,
    BUFFERING_OVER_A_STORY,
    BULLETED_LABELS_PAGE,
    BYLINE_WITH_A_TOWN_AFTER_A_DASH,
    CAPITAL_HEAD_OVER_A_SPLIT_DECK,
    CAPITALS_HEAD_OVER_TWO_LINES,
    CAPTION_TRACK_PAGE,
    CATEGORY_ARCHIVE_WITH_ONE_POST,
    CITED_RULE_PAGE,
    CLIP_UNDER_A_LOADING_PLAYER,
    CLOSED_UNITS_PAGE,
    COLUMN_LABEL_PAGE,
    COLUMN_UNDER_ITS_WRITER_S_LINE,
    COMMITTEE_MINUTES_PAGE,
    COUNTED_META_DATE_PAGE,
    COUNTER_UNDER_A_HEAD_IN_SMALL_LETTERS,
    CREDITED_STATION_STORY,
    CUT_AT_ONE_LENGTH_PAGE,
    CUT_CAPTION_VIEWER,
    CUT_CLAUSE_HEADLINE_OVER_ITS_LEAD,
    CUT_HEADLINE_OVER_ITS_LEAD,
    CUT_LEAD_TEASER,
    CUT_OFF_COPY_PAGE,
    CUT_SENTENCE_WITHOUT_A_HEAD,
    CUT_TEASERS_OVER_THEIR_LEADS,
    CUT_TEASERS_PAGE,
    DASHED_BULLETIN_PAGE,
    DATED_UNDER_RESULTS_LABEL,
    DOUBLED_DECK_FEATURE,
    DOUBLED_POST_TITLE_PAGE,
    E_MAIL_UNDER_ITS_HEADER,
    ENGLISH_HEADLINE_ON_A_RUSSIAN_PAGE,
    FEATURE_TITLED_WITH_ITS_TOWN,
    FLAGGED_CLIP_PAGE,
    FLAGGED_PHOTO_PAGE,
    FULL_VERSION_LABEL_PAGE,
    GLUED_LINK_LABELS_PAGE,
    GREETING_LETTER,
    HASH_DECK_OVER_THE_BODY,
    HEADING_OVER_ITS_BYLINE,
    HEADLINE_BEFORE_MARKUP_BREAKS,
    HEADLINE_OPENING_WITH_A_COUNT,
    HEADLINE_OPENING_WITH_A_PROMPT_S_WORDS,
    HEADLINE_OPENING_WITH_A_QUOTED_NAME,
    HEADLINE_OVER_A_LEAD_AND_A_SUBHEAD,
    HEADLINE_OVER_A_LEAD_WITH_ITS_ARTICLE,
    HEADLINE_UNDER_ITS_COPY_WITH_A_STOP,
    HEADLINE_WITH_ESCAPED_QUOTES,
    HEADS_OVER_THEIR_DATED_COPIES,
    HYPHEN_LABEL_PAGE,
    IMAGE_FILE_NAME_PAGE,
    INTERVIEW_PAGE,
    INTERVIEW_UNDER_ITS_RUBRIC,
    ISSUE_NUMBER_PAGE,
    LABEL_NOTICE_WITH_ONE_POST,
    LABEL_WORD_HEADLINES,
    LABEL_WORD_STORY,
    LIVE_PAGE_WITH_A_TOPIC,
    LONG_CRY_REPORT_PAGE,
    MASTHEAD_OVER_A_SECTION_IN_CAPITALS,
    MEETING_LOG_PAGE,
    MEETING_TRANSCRIPT_PAGE,
    MENUS_OVER_A_WRITERS_STATIONS,
    MUSICAL_STORY,
    NAMED_COMPOUND_HEADLINES,
    NEWSREEL_OVER_ITS_CONTENTS,
    NO_RESULTS_OVER_A_STORY,
    NOTICE_OVER_A_BARRED_BYLINE,
    NUMBERED_BOX_WITH_QUOTED_ITEMS,
    NUMBERED_POINTS_UNDER_HEADLINES,
    NUMBERED_POST_PAGE,
    NUMBERED_TRACK_OVER_HEADLINE_PAGE,
    ONE_TEASER_UNDER_ITS_LINK,
    OPEN_TRAIL_PAGE,
    OPINION_RUBRIC_PAGE,
    OTHER_POSTS_PAGE,
    PHOTO_TITLE_PAGE,
    PLAYER_STATUS_OVER_A_STORY,
    PRICES_STORY,
    PRODUCT_EDIT_PAGE,
    PROMPT_BOX_PAGE,
    PUBLISHED_BY_UNDER_A_GUIDE,
    QUESTION_HEADLINE_PAGE,
    QUOTED_COLUMN_HEAD,
    QUOTED_NAMES_LEAD_PAGE,
    QUOTED_SENTENCE_PAGE,
    READ_TIME_PAGE,
    RECIPE_UNDER_ITS_RUBRIC,
    RELATED_LINK_OVER_HEADLINE,
    RELEASE_UNDER_ITS_SENDER,
    RUBRIC_OVER_NUMBERED_TEASERS,
    RUBRIC_TEASERS_PAGE,
    RUBRIC_TRAIL_PAGE,
    RUN_TOGETHER_POST,
    SCORES_PAGE,
    SEARCH_LABEL_HEADLINE,
    SEARCH_QUERY_PAGES,
    SEARCH_RESULTS_PAGES,
    SECTION_GLUED_OVER_AN_ARTICLE_LEAD,
    SECTION_PATH_TAG_PAGE,
    SEED_LIBRARY_NOTICE,
    SELF_FRAMED_PICKER_PAGE,
    SERIES_PART_PAGE,
    SERMON_BOARD_POST,
    SHAPES_LEFT_ALONE,
    SHOUTED_STORY_PAGE,
    SIDEBAR_OVER_A_BLOG_DAY,
    SITE_NAME_AFTER_A_SHORT_HEADLINE,
    SKIP_LINK_OVER_A_HEADLESS_POST,
    SKIP_LINK_OVER_A_SHORT_TITLE,
    SOURCE_OVER_THE_COPY_S_TIME,
    SPLIT_INTERVIEW_HEAD,
    STAFF_BYLINE_PAGE,
    STATUS_FLAGGED_STORIES,
    STATUS_FLAGGED_STORY,
    STOP_GLUED_DOMAIN_PAGE,
    STREETS_LISTED_UNDER_A_NOTICE,
    SUBRIP_TRACK_PAGE,
    SUMMARIES_WITH_GLUED_SOURCES,
    TAG_ARCHIVE_WITH_A_BAR,
    TAG_PAGE,
    TAG_PAGE_OF_LEADS,
    TAG_PAGE_WITH_ONE_POST,
    TAG_PHRASE_BEFORE_A_COLON,
    TEASER_ATOP_A_HEADLESS_STORY,
    TEASER_TWICE_IN_A_BOX,
    TEMPLATE_BYLINE_POST,
    TIDEWATCH_ENTRY,
    TITLE_CASE_OVER_ITS_LEAD,
    TITLE_CASE_TOLL_PAGE,
    TITLE_FIELD_HEADER_PAGE,
    TITLE_LOANWORD_LABEL_PAGE,
    TITLE_OF_TWO_WORDS_OVER_ITS_STORY,
    TITLE_PRINTED_TWICE_OVER_A_QUESTION,
    TITLE_TRAILING_OFF_OVER_ITS_STORY,
    TITLE_TWICE_WITH_ITS_ELLIPSIS,
    TITLE_WITH_ITS_DAY_GLUED_ON,
    TITLED_PAIR_PAGE,
    TOPIC_PAGE,
    TRACK_OVER_HEADLINE_PAGE,
    TRAILING_CLAUSE_POST,
    TWO_CRUMB_TRAIL_PAGE,
    TWO_WRITERS_UNDER_A_SHOUTED_TITLE,
    UNITS_WITH_TEASERS_CUT_OPEN,
    VIEW_LABEL_OVER_A_POST,
    VIEW_NAMED_OVER_ITS_STORY,
    WIKI_EDIT_LINK_PAGE,
    WIRE_LEAD_UNDER_A_DECK,
    WIRE_LEAD_WRAPPED,
    WRITER_AND_TOWN_OVER_A_STORY,
)
from tests.test_korean_decks import HARBOUR_PAGE, LETTER_PAGE
from tests.test_listing_units import (
    BARE_TEASERS_UNDER_A_STORY,
    BARE_UNITS_PAGE,
    LETTER_UNDER_A_POST_PAGE,
    NUMBERED_ITEMS_UNDER_A_LEAD,
    QUESTIONS_OVER_ANSWERS,
    RELATED_UNDER_A_BRIEF,
    RESTAMPED_POSTS_PAGE,
    SUBHEADS_BELOW_A_LEAD,
    UNSTOPPED_DECK_STORY,
    UNSTOPPED_TEASER_PAGE,
)
from tests.test_notices import (
    CALENDAR_UNDER_A_PROMPT,
    DISTRICT_PAGE_UNDER_A_NOTIFICATION,
    GLUED_HEAD_PAGE,
    PULL_QUOTE_OVER_A_ONE_SENTENCE_LEAD,
    QUESTION_HEADLINE_OVER_A_CRY,
    RU_NOTICES_PAGE,
    RU_REPORTED_PAGE,
    SERVICE_PAGE_UNDER_A_NOTIFICATION,
    SPEAKER_PAGE,
    STORY_UNDER_A_LOST_NOTIFICATION,
)
from tests.test_section_names import (
    CAPITAL_HEAD_PAGE,
    CAPITAL_MENU_PAGE,
    EN_CAPITAL_HEAD_PAGE,
    HEADING_OVER_AN_ALT_TEXT,
)
from tests.test_timestamps import (
    APPLICATIONS_NOTICE,
    BIRTHPLACES_NAMED,
    BLOG_POST_ON_ONE_LINE,
    BOARD_POST_UNDER_A_MANAGER_BLOCK,
    CITY_HEADLINE_FIRST_PAGE,
    CLIP_WITH_A_GLUED_SOURCE,
    COLLEGE_PAPER_STORY,
    COUNTY_STORY_NAMING_A_STATE,
    DIGEST_ACCESSED_PAGE,
    GALLERY_SHOW_PAGE,
    GARAGE_LIBRARY_STORY,
    ISLAND_BROADCASTER_STORY,
    LAKE_SHORE_STORY,
    LETTER_UNDER_A_LOCAL_STORY,
    MASTHEAD_CITY_PAGE,
    MONTH_WORDS_PAGE,
    NOTICE_WITH_A_CLOSING_DATE,
    POST_WITH_AN_UPDATE,
    PROGRAMME_SLOT_PAGE,
    RELEASES_PAGE,
    REPORT_WITH_ITS_EDIT_IN_THE_HEAD,
    SERVICE_PAGE_LAST_UPDATED,
    SPACED_STAMPS_PAGE,
    STAMP_LINE_TWICE,
    STATE_AGENCY_STORY,
    STATES_NAMED_FROM_AWAY,
    STATEWIDE_STORY,
    STORED_PROPERTIES_PAGE,
    STORY_WITH_ITS_EDIT_UNDER_A_CONTACT,
    WEATHER_BOX_PAGE,
    WEATHER_WIDGET_PAGE,
    WORLD_PAGE_PUBLISHED_AT,
)
from tests.test_wraps import DOUBLE_SPACED_STORY

core: Any = compiled()
pytestmark = pytest.mark.skipif(core is None, reason="the compiled core is not built")

NOW = datetime(2024, 5, 17, 12, tzinfo=UTC)
# The options documents are read under: (default_tz, now).
SETTINGS = [(None, None), (None, NOW), ("Asia/Seoul", None), ("+09:00", NOW)]
EXAMPLES = settings(derandomize=True, max_examples=150, deadline=None, database=None)
# The columns Python adds to the core's row.
PYTHON_COLUMNS = ("doc_id", "source", "hashtag_words")
MOJIBAKE = "the text may hold mojibake"


def python_row(text: str | None, tz: str | None, now: datetime | None) -> dict[str, Any]:
    row = normalize_document(text, options=Options(default_tz=tz, now=now))
    for name in PYTHON_COLUMNS:
        del row[name]
    row["published_at"] = micros(row["published_at"])
    row["modified_at"] = micros(row["modified_at"])
    return row


def core_row(text: str | None, tz: str | None, now: datetime | None) -> dict[str, Any]:
    row: dict[str, Any] = core.documents__normalize_document(text, tz, micros(now))
    return row


def compare(text: str | None, tz: str | None, now: datetime | None) -> bool:
    """Whether the core made the row (it is then Python's); False when it handed it back."""
    row = core_row(text, tz, now)
    reason = row.pop("needs_python")
    if reason is not None:
        assert reason.startswith(MOJIBAKE), reason
        assert row["warnings"] == python_row(text, tz, now)["warnings"][: len(row["warnings"])]
        return False
    assert row == python_row(text, tz, now)
    return True


@corpus
@pytest.mark.parametrize(("tz", "now"), SETTINGS)
def test_row_of_every_fixture_page(tz: str | None, now: datetime | None) -> None:
    pages = share(list(fixture_pages()), SETTINGS.index((tz, now)), len(SETTINGS))
    made = sum(compare(text, tz, now) for text in pages)
    assert made >= 0.95 * len(pages), f"{len(pages) - made} of {len(pages)} handed back"


@pytest.mark.parametrize(("tz", "now"), SETTINGS)
def test_null_and_empty_documents(tz: str | None, now: datetime | None) -> None:
    for text in [None, "", " \n\t\n", "\u200b", "&nbsp;", "&amp;"]:
        assert compare(text, tz, now)


def test_an_over_long_document_is_cut_as_python_cuts_it() -> None:
    page = "Leaders meet in Beijing\n\nThe two leaders met on Thursday, May 16, 2024.\n"
    line = "The talks went on. " * 50 + "\n"
    text = page + line * (MAX_ANALYSED_CHARS // len(line) + 3)
    assert compare(text, None, None)
    assert compare("x" * (MAX_ANALYSED_CHARS + 5), None, None)


@pytest.mark.parametrize(("tz", "now"), SETTINGS)
def test_row_of_generated_pages(tz: str | None, now: datetime | None) -> None:
    @EXAMPLES
    @given(PAGES)
    def check(text: str) -> None:
        compare(text, tz, now)

    check()


def test_mojibake_is_handed_back() -> None:
    row = core.documents__normalize_document("CafÃ© au lait\n\nThey met.")
    assert row["needs_python"].startswith(MOJIBAKE)
    assert row["title"] is None and row["body"] == ""


# Pages with what repair and cleaning take out: entities, CR LF, NBSP, invisible characters.
NOISE = st.sampled_from(["&amp;", "&#39;", "&nbsp;", "\r\n", "\u00a0", "\u200b", "\t", "\n\n\n"])
NOISY_PAGES = st.lists(st.one_of(PAGES, NOISE), max_size=6).map("".join)


@pytest.mark.parametrize(("tz", "now"), SETTINGS[::3])
def test_row_of_generated_noisy_pages(tz: str | None, now: datetime | None) -> None:
    @EXAMPLES
    @given(NOISY_PAGES)
    def check(text: str) -> None:
        compare(text, tz, now)

    check()


def test_dated_headings_deep_in_the_body_alike() -> None:
    lines = AGENDA_DEEP_IN_THE_BODY.split("\n")
    for closing in ("Planning Board Agenda - Tuesday, February 9, 2021", "February 9, 2021"):
        page = "\n".join([*lines[:10], closing, *lines[11:]])
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_score_lines_closed_by_a_game_s_status_alike() -> None:
    for lines in (SCORES_PAGE, TITLE_CASE_TOLL_PAGE):
        page = "\n".join(lines)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_headline_closing_with_a_numeric_date_alike() -> None:
    for lines in (NUMBERED_POST_PAGE, DASHED_BULLETIN_PAGE):
        page = "\n".join(lines)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_board_print_and_meta_row_lines_alike() -> None:
    from tests.test_board_and_meta_lines import (
        CLIPPING_PAGE,
        LOW_VISION_PAGE,
        META_ROW_PAGE,
        OUTLET_PRINT_PAGE,
        TITLE_FIELD_PAGE,
    )

    pages = [
        *(TITLE_FIELD_PAGE.format(title=t) for t in ("제목 [행사안내] 5월 셋째 주", "5월 셋째 주")),
        *(OUTLET_PRINT_PAGE.format(tail=tail) for tail in ("솔내군민신문", "문의")),
        *(CLIPPING_PAGE.format(tail=tail) for tail in ("(2018. 5. 8자)", " (2018. 5. 8)")),
        *(LOW_VISION_PAGE.format(link=link) for link in ("Версия сайта для слабовидящих", "Меню")),
        *(META_ROW_PAGE.format(name=name) for name in ("Вестник", "Городской вестник")),
    ]
    for page in pages:
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_board_rows_and_counts_alike() -> None:
    from tests.test_board_rows_and_counts import (
        BYLINE_DAY_PAGE,
        BYLINES,
        DECK_UNDER_META_PAGE,
        DECKED_TITLES,
        FIELD_ROW,
        FIELD_ROW_PAGE,
        POSTER_COUNTS_PAGE,
    )

    posters = ("밤바다산책 조회 수:2045", "골목 영화관 상영표 조회 수:2045", "Jane Roe | Views: 3")
    pages = [
        *(FIELD_ROW_PAGE.format(row=row) for row in (FIELD_ROW, FIELD_ROW.removeprefix("제목 : "))),
        *(POSTER_COUNTS_PAGE.format(poster=poster) for poster in posters),
        *(DECK_UNDER_META_PAGE.format(title=title) for title in DECKED_TITLES),
        *(BYLINE_DAY_PAGE.format(byline=byline) for byline in BYLINES),
    ]
    for page in pages:
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_an_injected_keyword_line_alike() -> None:
    from tests.test_injected_keywords import KEYWORD_PAGE

    for glue in ("캠핑카 보험료 비교", " 캠핑카 보험료 비교 "):
        page = KEYWORD_PAGE.format(glue=glue)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_speaker_over_a_short_quotation_alike() -> None:
    page = "\n".join(SPLIT_INTERVIEW_HEAD)
    for tz, now in SETTINGS:
        assert compare(page, tz, now)


def test_an_empty_clock_after_a_date_alike() -> None:
    for stamp in ("17.03.2011 00:00:00", "2011-03-17T00:00:00", "Опубликовано 17.03.2011 00:00:00"):
        page = f"Мост через Сонгу закроют на ремонт\n\n{stamp}\n\nРемонт продлится до осени."
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_labelled_time_far_above_the_headline_alike() -> None:
    from tests.test_timestamps import UPLOADED_DOCUMENT

    for page in (UPLOADED_DOCUMENT, UPLOADED_DOCUMENT.replace("Post on", "Posted on")):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_publication_stamp_under_a_related_box_alike() -> None:
    from tests.test_timestamps import STAMP_UNDER_A_RELATED_BOX

    feet = ("First Published: Aug 11 2017 | 9:47 PM IST", "  Published: 3 May 2021", "3 May 2021")
    for foot in (*feet, "Ferry fares rise again, Published: 3 May 2021"):
        for tz, now in SETTINGS:
            assert compare(STAMP_UNDER_A_RELATED_BOX.format(foot=foot), tz, now)


def test_a_title_cited_by_a_label_below_alike() -> None:
    from tests.test_headline import (
        CITED_TITLE_PAGE,
        CITING_LABELS,
        QUOTING_ATTRIBUTE,
        QUOTING_PARAGRAPH,
    )

    for foot in (
        *CITING_LABELS,
        QUOTING_PARAGRAPH,
        QUOTING_ATTRIBUTE,
        "„Joining the harbour choir“",
    ):
        for tz, now in SETTINGS:
            assert compare(CITED_TITLE_PAGE.format(foot=foot), tz, now)


def test_a_capitalised_heading_trailing_off_in_two_dots_alike() -> None:
    from tests.test_headline import TWO_DOT_HEADING_PAGE

    for head in ("Gig Racing Results for May 2019..", "Gig racing results came in late..", ""):
        for tz, now in SETTINGS:
            assert compare(TWO_DOT_HEADING_PAGE.format(head=head), tz, now)


def test_a_labelled_time_below_the_head_alike() -> None:
    from tests.test_timestamps import COMMENTED_STORY

    for stamp in ("Posted on May 5, 2021", "Published on January 5, 2015"):
        page = COMMENTED_STORY.replace("Posted on May 5, 2021", stamp)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_an_offset_after_another_clock_to_the_second_alike() -> None:
    from tests.test_timestamps import OFFSET_ON_THE_UPDATE

    for stamp in ("06:41:17-04", "06:41:17 -0430", "06:41-07:00", "06:41:17+00:00"):
        page = OFFSET_ON_THE_UPDATE.replace("06:41:17-04", stamp)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_range_closing_to_the_second_alike() -> None:
    from tests.test_timestamps import SHIFT_TO_THE_SECOND

    for shift in ("08:00:00-14:00:00", "08:00:00-14", "08:00:00 -11:00:00"):
        page = SHIFT_TO_THE_SECOND.replace("08:00:00-14:00:00", shift)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_date_opening_a_heading_alike() -> None:
    for rest in ('Телеканал "Озёрный край" 3Смотрите:', "Мэр открыл мост. Пустят в среду"):
        page = f"Как делают вечерние новости\n07.10.2021 {rest}\n- Кто звонит в редакцию ночью"
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_version_closed_by_a_stop_alike() -> None:
    lead = "The map editor now saves tide tables offline and opens old charts twice as fast."
    for opening in ("2.3.10.", "14.03.2017.", "14.03.17."):
        page = f"{opening} Release notes for the Tidewater map editor\nMarch 3, 2021\n{lead}"
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_date_opening_a_heading_below_a_paragraph_alike() -> None:
    from tests.test_timestamps import TRUST_PAGE

    for tz, now in SETTINGS:
        assert compare(TRUST_PAGE, tz, now)


def test_a_label_glued_to_another_time_s_zone_alike() -> None:
    for glue in ("", " ", ", Thu Oct 3, 2024"):
        stamp = f"Updated 4:40 PM CDT{glue}Published 1:05 PM CDT, Thu Oct 3, 2024"
        page = f"Levee repairs start on the east bank\n{stamp}\nCrews arrived at dawn."
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_stored_key_whose_words_run_together_alike() -> None:
    from tests.test_timestamps import STORED_EVENT_PAGE

    for page in (
        STORED_PROPERTIES_PAGE,
        STORED_PROPERTIES_PAGE.replace('":', '" :'),
        STORED_EVENT_PAGE,
    ):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_place_s_capitals_after_a_number_alike() -> None:
    from tests.test_timestamps import CAPITALS_AFTER_A_NUMBER

    stamped = CAPITALS_AFTER_A_NUMBER.replace(
        CAPITALS_AFTER_A_NUMBER.split("\n")[1],
        "Updated 10:15 a.m. EDT Posted 8:02 a.m. EDT, May 12, 2023",
    )
    for page in (CAPITALS_AFTER_A_NUMBER, stamped):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_story_s_status_before_its_headline_alike() -> None:
    flags = (
        "BREAKING: ",
        "Breaking News: ",
        "BREAKING NEWS: ",
        "UPDATE-",
        "[Breaking] ",
        "Video: ",
    )
    for flag in (*flags, ""):
        page = STATUS_FLAGGED_STORY.format(flag=flag)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_story_s_status_in_every_language_alike() -> None:
    for story, statuses in STATUS_FLAGGED_STORIES:
        for flag in (*statuses, "Видео: ", "[속보] "):
            for tz, now in SETTINGS:
                assert compare(story.format(flag=flag), tz, now)


def test_a_one_word_rubric_over_a_quotation_alike() -> None:
    for head in ("Мнение:\n", "Мнение: ", "Илья Вересов:\n"):
        page = OPINION_RUBRIC_PAGE.format(head=head + QUOTED_COLUMN_HEAD)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_rubric_over_numbered_teasers_alike() -> None:
    listicle = RUBRIC_OVER_NUMBERED_TEASERS.replace(
        "побережье\n", "побережье\nШесть историй о том, как меняется остров Тарный.\n"
    )
    for page in (RUBRIC_OVER_NUMBERED_TEASERS, listicle):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_an_issue_s_number_line_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(ISSUE_NUMBER_PAGE, tz, now)


def test_a_headline_over_its_numbered_points_alike() -> None:
    for page in NUMBERED_POINTS_UNDER_HEADLINES:
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_name_glued_by_a_compound_s_hyphen_alike() -> None:
    for page in NAMED_COMPOUND_HEADLINES:
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_sentence_s_time_under_a_headless_post_alike() -> None:
    from tests.test_timestamps import MATCH_POST

    listed = MATCH_POST.replace("8 марта 2021 года, 17:00.", "8 Марта 2021 17:00")
    for page in (MATCH_POST, listed):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_caption_track_alike() -> None:
    one_timing = "\n".join(CAPTION_TRACK_PAGE.split("\n")[:6])
    for page in (
        CAPTION_TRACK_PAGE,
        one_timing,
        SUBRIP_TRACK_PAGE,
        CAPTION_TRACK_PAGE.replace("\n\n", "\n"),
        TRACK_OVER_HEADLINE_PAGE,
        NUMBERED_TRACK_OVER_HEADLINE_PAGE,
        MEETING_TRANSCRIPT_PAGE,
        MEETING_TRANSCRIPT_PAGE.replace("[00:02:48]", ""),
    ):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_broadcast_script_s_cue_marks_alike() -> None:
    one_mark = BROADCAST_SCRIPT_PAGE.replace(" ◀VCR▶", "")
    for page in (BROADCAST_SCRIPT_PAGE, BROADCAST_SCRIPT_HEADED_PAGE, one_mark):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_briefing_s_question_notes_alike() -> None:
    from tests.test_headline import BRIEFING_NOTES_PAGE

    first, second = "보건소 이전 시기에 대한 질문에 대해", "가을 군민 체육대회와 관련한 질문에 대해"
    for notes in ((first, second), (first, "웃음"), (first, "사진 제공: 솔내군 / 홍보실")):
        page = BRIEFING_NOTES_PAGE.format(first=notes[0], second=notes[1])
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_post_s_header_fields_under_its_title_alike() -> None:
    from tests.test_headline import POST_FIELDS_BOARD

    authors = ("작성자 : 윤다온(198.51.100.7)", "", "- 작성자 : 윤다온", "작성자 3 : 윤다온")
    for author in authors:
        page = POST_FIELDS_BOARD.format(author=author)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_photographs_notes_in_round_brackets_alike() -> None:
    from tests.test_headline import PHOTO_NOTES_PAGE

    for second in ("책방 내부 모습 솔내일보 자료", "책방을 연 시기에 대한 질문에 대해"):
        page = PHOTO_NOTES_PAGE.format(second=second)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_label_after_another_time_s_half_day_word_alike() -> None:
    from tests.test_timestamps import HALF_DAY_BEFORE_A_LABEL

    for tz, now in SETTINGS:
        assert compare(HALF_DAY_BEFORE_A_LABEL, tz, now)


def test_a_longer_schedule_s_labelled_step_alike() -> None:
    for page in (
        SCHEDULE_A_BLANK_LINE_APART,
        SCHEDULE_ENDING_ON_ITS_DAY,
        PUBLISHED_OVER_TWO_ENTRIES,
        ARTICLE_FIRST_PUBLISHED_UNDER_ITS_HISTORY,
    ):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_byline_s_day_under_a_headline_naming_a_day_alike() -> None:
    for page in (
        *DATED_HEADLINES_OVER_A_DATED_BYLINE,
        SCHEDULE_UNDER_A_DATED_HEADLINE,
        SCHEDULE_ENTRY_UNDER_ITS_HEADLINE,
    ):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_schedule_s_days_alike() -> None:
    lines = KEY_DATES_OF_A_CALL.split("\n")
    stamped = "\n".join([lines[0], "August 3, 2026", *lines[1:]])
    schedules = (KEY_DATES_OF_A_CALL, stamped, TIMELINE_OF_A_FAIR, DEADLINES_TAKEN_FOR_THE_HEAD)
    for page in (*schedules, LEAD_OVER_A_DATED_BYLINE):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_province_or_rupees_in_crore_alike() -> None:
    page = (
        "Ferry crews stay home as the river rises\n\nPosted Aug 3, 2023 7:40 pm\n\n"
        "The council of {place} said ferry crews would stay home until the water fell."
    )
    for place in ("a township in Manitoba", "New Brunswick", "Ranipur, which set aside Rs 4 crore"):
        for tz, now in SETTINGS:
            assert compare(page.format(place=place), tz, now)


def test_a_day_in_brackets_after_its_word_of_time_alike() -> None:
    page = (
        "Maradeniya bus depot gets twenty new buses\n\nJune 6, 2024   9:40 am\n\n"
        "The buses were handed over to the depot at a ceremony held {when}."
    )
    counted = "this morning (page 6).\n\nMost read\nToday (6)"
    pounds = "this morning (6), which raised £4,000"
    rupees = "this morning (6), €40,000 of it, about Rs. 13 million"
    for when in (
        "this morning (6)",
        "on Thursday (06)",
        "this morning (page 6)",
        counted,
        pounds,
        rupees,
    ):
        for tz, now in SETTINGS:
            assert compare(page.format(when=when), tz, now)


def test_a_weekday_stamp_glued_to_the_lead_alike() -> None:
    lead = (
        "{weekday} 4 июн 2025 07:45 +0500Директор музея Ольга Верещагина рассказала, что "
        "выставку старых открыток продлили до конца лета, а вход по субботам сделали бесплатным"
    )
    for weekday in ("Ср,", "Wed", "Итоги,", ""):
        page = "Выставку открыток продлили\n" + lead.format(weekday=weekday)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_stamp_printed_twice_over_its_update_alike() -> None:
    stamps = ("2025-04-09T07:40", "2025-04-09T07:40", "2025-04-09T09:15")
    for shown in (stamps, ("2025-04-09T09:55", "2025-04-09T08:05", "2025-04-09T09:15")):
        page = "\n\n".join(
            [
                "Паводок отрезал три села в Озёрском округе",
                "Вода поднялась за ночь на полтора метра, сообщили в администрации округа.",
                *shown,
                "ОЗЁРСК, 9 апр. Вода в реке поднялась за ночь, три села остались без дороги.",
            ]
        )
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_site_clock_atop_the_page_alike() -> None:
    without_weekday = CLOCK_ATOP_AN_UNDATED_STORY.replace("Четверг, ", "")
    for page in (CLOCK_ATOP_AN_UNDATED_STORY, without_weekday):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_site_s_last_update_over_a_list_of_articles_alike() -> None:
    teaser = "시험 기간 도서관 좌석이 모자라 학생들이 새벽부터 줄을 선다. 학생회는 열람실을 ..."
    page = "\n".join(
        [
            "UPDATE : 2025.11.6 목 10:42",
            "기사 (전체 12건)",
            "열람실 좌석 모자란 시험 기간",
            teaser,
            "윤서진 수습기자  |  2025-11-03 21:15",
            "기숙사 통금 한 시간 늦춘다",
            teaser.replace("시험 기간", "이번 학기"),
            "문지호 수습기자  |  2025-10-28 09:40",
        ]
    )
    for text in (page, page.replace("UPDATE : ", "UPDATED. "), page.replace(" : ", "： ")):
        for tz, now in SETTINGS:
            assert compare(text, tz, now)


def test_a_weekday_date_under_a_long_first_line_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(PRINT_VIEW_WITH_ITS_HEAD_ON_ONE_LINE, tz, now)


def test_answers_under_a_dated_question_alike() -> None:
    undated = ANSWERS_UNDER_A_DATED_QUESTION.replace("April 2, 2025 9:05 AM   Subscribe", "")
    for page in (ANSWERS_UNDER_A_DATED_QUESTION, undated):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_photograph_s_file_name_opened_by_a_day_alike() -> None:
    alone = PHOTO_FILE_NAME_UNDER_A_HEADLINE.replace("19-12-22-вид-с-колокольни", "19-12-22")
    for page in (PHOTO_FILE_NAME_UNDER_A_HEADLINE, alone):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_an_update_line_under_a_post_alike() -> None:
    digest = POST_WITH_AN_UPDATE.replace("Update 14-Jul", "Weekly Harbour Update 14-Jul")
    for page in (POST_WITH_AN_UPDATE, digest):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_day_of_today_over_a_headline_dated_under_it_alike() -> None:
    lines = COLLEGE_PAPER_STORY.split("\n")
    undated = "\n".join([*lines[:10], "Posted by the physics office", *lines[11:]])
    # a later day under the credit line: an event's day, and the day above the post's
    later = "\n".join([*lines[:10], "Friday, April 18, 2025", *lines[11:]])
    for page in (COLLEGE_PAPER_STORY, undated, later):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_date_between_teasers_alike() -> None:
    lines = TEASER_DATE_IN_THE_LATEST_NEWS.split("\n")
    # the date between two teasers, and the same date where no teaser follows it
    for page in (TEASER_DATE_IN_THE_LATEST_NEWS, "\n".join(lines[:17])):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_items_framed_alike_alike() -> None:
    lines = ITEMS_FRAMED_ALIKE.split("\n")
    for page in (ITEMS_FRAMED_ALIKE, "\n".join(lines[8:])):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_the_next_item_s_date_under_a_headless_body_alike() -> None:
    lines = NEXT_ITEM_UNDER_A_HEADLESS_BODY.split("\n")
    # the date over the next item's head, under a teaser's lead, and alone under the body
    under = "\n".join([*lines[:2], "Главное за неделю", *lines[3:], lines[2]])
    for page in (NEXT_ITEM_UNDER_A_HEADLESS_BODY, under, "\n".join(lines[:3])):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_site_s_today_over_its_place_alike() -> None:
    lines = TAG_PAGE_UNDER_A_PLACED_TODAY.split("\n")
    # the place's line, and a tag's name in its stead
    for page in (TAG_PAGE_UNDER_A_PLACED_TODAY, "\n".join([lines[0], *lines[3:]])):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_headline_s_own_date_alike() -> None:
    for headline, lang, _ in HEADLINES_OF_UNDATED_PAGES:
        page = f"{headline}\n\n{BODY_WITHOUT_A_DATELINE[lang]}"
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_an_issue_s_number_and_day_alike() -> None:
    for page, _ in ISSUE_NUMBERS_OF_UNDATED_PAGES:
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_today_widget_atop_a_page_without_headline_alike() -> None:
    labels = (
        "today-widget-atop-an-archive-without-headline",
        "weekday-day-over-a-digest-without-headline",
        "weekday-day-over-a-blog-post-without-headline",
    )
    pages = [case["text"] for case in rows(CASES / "page_times.json") if case["label"] in labels]
    assert len(pages) == len(labels)
    for page in pages:
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_replies_under_a_heading_echoing_the_headline_alike() -> None:
    labels = (
        "replies-under-a-heading-echoing-the-headline",
        "dated-story-over-thoughts-on-its-quoted-headline",
    )
    pages = [case["text"] for case in rows(CASES / "page_times.json") if case["label"] in labels]
    assert len(pages) == len(labels)
    for page in pages:
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_an_e_paper_day_over_its_print_page_alike() -> None:
    labels = ("e-paper-day-over-its-print-page", "today-widget-over-a-pager")
    pages = [case["text"] for case in rows(CASES / "page_times.json") if case["label"] in labels]
    assert len(pages) == len(labels)
    for page in pages:
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_an_issue_s_day_over_its_number_alike() -> None:
    labels = (
        "issue-day-over-its-number",
        "day-over-a-rates-line",
        "issue-list-days-over-their-numbers",
    )
    pages = [case["text"] for case in rows(CASES / "page_times.json") if case["label"] in labels]
    assert len(pages) == len(labels)
    for page in pages:
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_scraped_day_refined_by_a_closing_publication_time_alike() -> None:
    labels = ("scraped-day-refined-by-a-closing-first-published-time",)
    pages = [case["text"] for case in rows(CASES / "page_times.json") if case["label"] in labels]
    assert len(pages) == len(labels)
    for page in pages:
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_day_under_the_article_s_sign_off_alike() -> None:
    labels = ("day-under-the-sign-off-of-a-wire-copy", "related-head-under-the-sign-off")
    pages = [case["text"] for case in rows(CASES / "page_times.json") if case["label"] in labels]
    assert len(pages) == len(labels)
    for page in pages:
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_the_page_s_only_day_over_its_headline_alike() -> None:
    labels = (
        "lone-day-over-a-section-and-a-menu",
        "lone-day-with-its-weekday-over-a-menu",
        "lone-day-in-a-widget-sentence-over-a-menu",
    )
    pages = [case["text"] for case in rows(CASES / "page_times.json") if case["label"] in labels]
    assert len(pages) == len(labels)
    for page in pages:
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_program_named_like_a_web_address_alike() -> None:
    credited = TIDEWATCH_ENTRY.replace("\n\nTidewatch.js is", "\n\n(Tidewatch.js) It is")
    for page in (TIDEWATCH_ENTRY, credited):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_domain_glued_to_the_headline_by_its_full_stop_alike() -> None:
    spaced = STOP_GLUED_DOMAIN_PAGE.replace("Ильмень.ZRN.info", "Ильмень ZRN.info")
    one_label = STOP_GLUED_DOMAIN_PAGE.replace(".ZRN.info", ".ru")
    for page in (STOP_GLUED_DOMAIN_PAGE, spaced, one_label):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_station_credited_with_its_town_alike() -> None:
    shouted = CREDITED_STATION_STORY.replace("Port Ellery —", "PORT ELLERY, Marenland —")
    told = CREDITED_STATION_STORY.replace("Fishers in", "Gull Bay FM listeners in")
    for page in (CREDITED_STATION_STORY, shouted, told):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_prompt_box_above_the_story_alike() -> None:
    other_button = PROMPT_BOX_PAGE.replace("Follow Now", "Read More")
    unaddressed = PROMPT_BOX_PAGE.replace("your phone", "the phone")
    for page in (PROMPT_BOX_PAGE, other_button, unaddressed):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_tag_page_alike() -> None:
    labelled = TAG_PAGE.replace("TAG\n\nHarbour Works", "Tag: Harbour Works")
    under = TAG_PAGE.replace("TAG\n\nHarbour Works", "Harbour Works\n\nTAG")
    for page in (TAG_PAGE, labelled, under):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_theme_s_tag_label_and_a_spaced_dash_alike() -> None:
    dashed = BROWSING_TAG_PAGE.replace("Browsing: ", "Tag - ")
    slashed = BROWSING_TAG_PAGE.replace("Browsing: ", "Tag Archives / ")
    for page in (BROWSING_TAG_PAGE, dashed, slashed):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_headline_opening_with_a_label_and_a_spaced_dash_alike() -> None:
    for headline in LABEL_WORD_HEADLINES:
        page = LABEL_WORD_STORY.format(headline=headline)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_topic_page_s_name_alike() -> None:
    briefs = TOPIC_PAGE.replace("Grey Point Lighthouse\n", "Weekend Briefs from the Coast\n")
    unnamed = TOPIC_PAGE.replace("the Grey Point Lighthouse", "the lighthouse")
    for page in (TOPIC_PAGE, briefs, unnamed):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_rubric_trail_before_the_headline_alike() -> None:
    chevron = RUBRIC_TRAIL_PAGE.replace(" » ", " › ")
    short = RUBRIC_TRAIL_PAGE.replace("Подрядчик успевает к сроку", "Ремонт")
    for page in (RUBRIC_TRAIL_PAGE, chevron, short):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_loanword_title_label_alike() -> None:
    colon = TITLE_LOANWORD_LABEL_PAGE.replace("타이틀\n", "타이틀 :\n")
    unlabelled = TITLE_LOANWORD_LABEL_PAGE.replace("타이틀\n", "")
    for page in (TITLE_LOANWORD_LABEL_PAGE, colon, unlabelled):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_tag_page_showing_one_post_alike() -> None:
    labelled = TAG_PAGE_WITH_ONE_POST.replace('Posts tagged with "Pond Life"', "Tag: Pond Life")
    second = TAG_PAGE_WITH_ONE_POST + "\nHedgehogs return to the allotments after dark\n"
    for page in (TAG_PAGE_WITH_ONE_POST, labelled, second):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_units_closed_by_one_line_alike() -> None:
    lines = CLOSED_UNITS_PAGE.split("\n")
    # the first unit as long as the others, and an article's paragraphs above the units
    shorter = "\n".join([*lines[:6], *lines[8:]])
    longer = "\n".join([*lines[:4], *lines[4:8] * 3, *lines[8:]])
    for page in (CLOSED_UNITS_PAGE, shorter, longer):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_day_opening_a_copy_of_the_headline_alike() -> None:
    lines = TEASER_COPY_OVER_ITS_HEADLINE.split("\n")
    other = lines[1].replace("На Ветлуге открыли понтонный мостНа", "Паром отменён На")
    for page in (TEASER_COPY_OVER_ITS_HEADLINE, "\n".join([lines[0], other, *lines[2:]])):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


# A parish's report under its headline in a frame of spaced guillemets; a star interview's
# headline under its corner's flag and closed by the part's flag, its number in a circle; a
# video catalogue's entry on one line, the clip's length glued to its category.
FRAMED_PART_AND_CATALOGUE_PAGES = (
    "Sunday\nMay142023\n« В праздник Троицы настоятель освятил новый колокол храма в Озерках »\n"
    "14-05-2023\nВ праздник Троицы настоятель храма в Озерках совершил чин освящения колокола, "
    "отлитого на пожертвования прихожан.",
    '[별별 인터뷰]박하늘 "첫 무대, 아직도 떨려요"(인터뷰②)\n\n정미래 기자  |  2021.06.02 14:30\n\n'
    "가수 박하늘이 데뷔 3년 만에 첫 단독 공연을 연다. 공연은 다음 달 서울 마포구에서 열린다.",
    "8 мин. 15 сек.Город, транспорт видео добавлено: 9 апреля. Главное за день: в Озёрске "
    "открыли новую остановку у рынка. Итоги недели – в вечернем выпуске.",
)


def test_a_framed_headline_a_part_s_flag_and_a_clip_s_length_alike() -> None:
    for page in FRAMED_PART_AND_CATALOGUE_PAGES:
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_label_opening_with_the_dash_of_the_pages_list_alike() -> None:
    titled = BULLETED_LABELS_PAGE.replace("- 이번 주 읽은 책", "헌책방에서 찾은 시집 한 권")
    for page in (BULLETED_LABELS_PAGE, titled):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_paper_s_issue_day_and_a_cited_decree_s_day_alike() -> None:
    pages = (
        "Газета «Заречье» от 3 марта 2022 № 14\nМост через Сурожу открыт\n"
        "Движение по новому мосту открыли в пятницу утром, сообщили в районной администрации.",
        "Мост через Сурожу открыт\n"
        "Движение по новому мосту открыли в пятницу, как велит постановление от 11.12.2021 № 31",
    )
    for page in pages:
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_self_framed_picker_over_the_headline_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(SELF_FRAMED_PICKER_PAGE, tz, now)


def test_an_image_file_name_over_a_story_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(IMAGE_FILE_NAME_PAGE, tz, now)


def test_a_reading_time_widget_over_a_story_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(READ_TIME_PAGE, tz, now)


# A headline printed as a markdown image's alt text, an archive's episode record, a Korean
# press board under its pop-up's and licence's lines.
MARKDOWN_IMAGE_PAGE = "\n".join(
    [
        "![Паром сел на мель у Сосновки: пассажиров вывезли катером | "
        "Источник: Олег Рябов](https://img.example.org/a/b/ferry.jpg)",
        "Вечером у деревни Сосновка паром сел на мель. Пассажиров вывезли на катере.",
        "— Никто не пострадал, — сообщили в районной администрации.",
    ]
)
ARCHIVE_RECORD_PAGE = "\n".join(
    [
        "Маяк на мысе Белом - Пётр Сомов - Речной час - 2015-06-07",
        "А.ГРОМОВ: Добрый вечер, в эфире «Речной час». В студии смотритель маяка Пётр Сомов.",
        "П.СОМОВ: Добрый вечер.",
        "А.ГРОМОВ: Расскажите, как маяк пережил эту зиму?",
    ]
)
LICENCE_NOTICE_PAGE = "\n\n".join(
    [
        "오늘 하루 열지 않음",
        "배너 닫기",
        "보도자료",
        "공공누리 공공제작물 자유이용허락",
        "이 자료는 공공누리 제4유형 조건에 따라 누구나 이용할 수 있습니다.",
        "한빛방송, 섬마을 어린이 위한 주말 뉴스 새로 선보여",
        "등록일 : 2021.03.02 10:20",
        "한빛방송은 오는 6일부터 매주 토요일 아침 섬마을 어린이를 위한 10분짜리 뉴스를 "
        "방송한다고 밝혔다.",
    ]
)


def test_an_image_s_alt_text_an_archive_record_and_a_licence_notice_alike() -> None:
    from tests.test_glued_labels import MINISTERS_PAGE
    from tests.test_wraps import LISTED_PLAYERS_REPORT

    pages = (MARKDOWN_IMAGE_PAGE, ARCHIVE_RECORD_PAGE, LICENCE_NOTICE_PAGE)
    for page in (*pages, MINISTERS_PAGE, LISTED_PLAYERS_REPORT):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_search_page_s_results_label_alike() -> None:
    pages = (*SEARCH_RESULTS_PAGES, SEARCH_RESULTS_PAGES[1].replace("поиска\n14\n", "поиска\n"))
    for page in (*pages, *SEARCH_QUERY_PAGES, DATED_UNDER_RESULTS_LABEL, NO_RESULTS_OVER_A_STORY):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_headline_after_a_search_label_and_a_colon_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(SEARCH_LABEL_HEADLINE, tz, now)


def test_a_pager_counting_the_results_shown_alike() -> None:
    from tests.test_documents import RESULTS_PAGER_PAGES

    short = RESULTS_PAGER_PAGES[0].replace("Results 1-20 of 1,312", "Results 1-20 of 12")
    for page in (*RESULTS_PAGER_PAGES, short):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_the_lines_over_a_pager_with_no_paragraph_above_alike() -> None:
    from tests.test_headline import AUTHOR_PAGE_OVER_A_PAGER as page

    no_pager = page.replace("1–2 (из 2)", "1–3 (из 2)")
    edited = page.replace("Номер №7", "Главный редактор: Инна Орлова\n\nНомер №7")
    for text in (page, no_pager, edited):
        for tz, now in SETTINGS:
            assert compare(text, tz, now)


def test_a_pager_over_a_paragraph_alike() -> None:
    from tests.test_headline import GALLERY_COUNT_OVER_ITS_STORY as page

    thread = page.replace("Photos: Tessa Grue\n", "").replace("1–12 of 12", "1–2 (из 2)")
    for text in (page, thread):
        for tz, now in SETTINGS:
            assert compare(text, tz, now)


def test_points_opened_by_dashes_atop_a_page_alike() -> None:
    from tests.test_korean_decks import POINTS_PAGE as page

    lines = page.split("\n")
    for text in (
        page,
        f"솔내방송 라디오 가을 청취율 1위\n{page}",
        "\n".join([lines[0], *lines[2:]]),
    ):
        for tz, now in SETTINGS:
            assert compare(text, tz, now)


def test_a_labelled_clock_time_under_a_day_alone_alike() -> None:
    from tests.test_documents import ISSUED_PAGES, RELEASES_LIST_PAGE

    far = ISSUED_PAGES[1].replace("March 27, 2024\n", "March 27, 2024\n\nBy the county desk\n")
    twice = ISSUED_PAGES[1] + "\nMarch 27, 2024\nPublished: 5:56 AM\n"
    for page in (*ISSUED_PAGES, far, RELEASES_LIST_PAGE, twice):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_link_label_glued_to_each_quoted_head_alike() -> None:
    lines = [line for line in GLUED_LINK_LABELS_PAGE.split("\n") if line]
    single = "\n".join(["Новая остановка у рынка откроется в мае", *lines[2:]])
    for page in (GLUED_LINK_LABELS_PAGE, single):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_headline_under_a_line_closed_by_a_comma_alone_alike() -> None:
    from tests.test_wraps import ADDRESSED_STORY, BYLINED_STORY

    for page in (ADDRESSED_STORY, BYLINED_STORY):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


# A markdown link is no image: the headline keeps its brackets, a teaser its link.
MARKDOWN_LINKS_PAGE = "\n".join(
    [
        "• ![Ferry returns to Kestrel Bay after a year](https://img.example.org/ferry.jpg)",
        "The ferry to Kestrel Bay sailed again on Monday after a year of repairs to the pier.",
        "[Tram line to the old docks wins council vote](https://news.example.org/tram)",
        "Harbour fees rise again [video](https://news.example.org/fees)",
    ]
)


def test_a_markdown_image_and_links_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(MARKDOWN_LINKS_PAGE, tz, now)


def test_a_corner_name_printed_twice_in_brackets_alike() -> None:
    once = CORNER_OF_BRIEFS.replace("[교계 단신]\n\n[교계 단신]", "[교계 단신]", 1)
    for page in (CORNER_OF_BRIEFS, once):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_sentence_in_capitals_on_a_page_in_capitals_alike() -> None:
    from tests.test_headline import SHOUTED_HEADLINE_OVER_A_DECK, SHOUTED_STORY_WITH_MORE_NEWS

    headed = SHOUTED_STORY_PAGE.replace(" date 2023-04 ", " date 2023-04 RIVER FLOODS\n\n")
    shouted = (
        SHOUTED_STORY_PAGE,
        headed,
        SHOUTED_HEADLINE_OVER_A_DECK,
        SHOUTED_STORY_WITH_MORE_NEWS,
    )
    for page in shouted:
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_publication_label_glued_after_a_headline_alike() -> None:
    from tests.test_glued_datelines import CLUB_PAGE, LETTER_PAGE

    spaced = CLUB_PAGE.replace("Written on the", " Written on")
    after_name = LETTER_PAGE.replace(" written on 9 March 1911", " Video posted 9 March 2021", 1)
    for page in (CLUB_PAGE, spaced, LETTER_PAGE, after_name):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_crumbs_glued_before_a_headline_printed_again_alike() -> None:
    from tests.test_headline import CRUMBED_STORY, QUOTED_HEADLINE_STORY

    for page in (CRUMBED_STORY, QUOTED_HEADLINE_STORY):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_page_of_teasers_each_cut_short_alike() -> None:
    whole = CUT_TEASERS_PAGE.replace("run the raffle...", "run the raffle.")
    for page in (CUT_TEASERS_PAGE, whole):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


# A weekly's notice of a meeting under its byline and the writer's title, the outlet's short
# name before the job: no headline on the page.
WRITER_TITLE_PAGE = "\n".join(
    [
        "by O.P. Farrant",
        "Heron Staff Writer",
        "The ferry board will hear the harbour budget at its meeting this month.",
        "The board will vote on the new fares at 6 p.m. Tuesday.",
    ]
)


def test_a_writer_s_title_with_the_outlet_s_short_name_alike() -> None:
    assert normalize_document(WRITER_TITLE_PAGE)["title"] is None
    for tz, now in SETTINGS:
        assert compare(WRITER_TITLE_PAGE, tz, now)


def test_one_long_cry_opening_a_report_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(LONG_CRY_REPORT_PAGE, tz, now)


def test_a_dated_question_heading_its_interview_alike() -> None:
    undated = QUESTION_HEADLINE_PAGE.removeprefix("14 March 2025\n\n")
    for page in (QUESTION_HEADLINE_PAGE, undated):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_digest_titled_in_a_bracket_before_a_clock_alike() -> None:
    flagged = BRACKETED_DIGEST_PAGE.replace("] - 12:00\n\n송고", "] 정오 소식 모음\n\n송고")
    for page in (BRACKETED_DIGEST_PAGE, flagged):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_the_page_s_one_flagged_line_alike() -> None:
    cornered = FLAGGED_PHOTO_PAGE.replace("관련뉴스", "[가온 소식] 관련뉴스")
    for page in (FLAGGED_PHOTO_PAGE, cornered, RELATED_LINK_OVER_HEADLINE):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_title_printed_twice_over_a_question_alike() -> None:
    page = "\n".join(TITLE_PRINTED_TWICE_OVER_A_QUESTION)
    assert normalize_document(page)["title"] == TITLE_PRINTED_TWICE_OVER_A_QUESTION[0]
    for tz, now in SETTINGS:
        assert compare(page, tz, now)


def test_a_still_s_rights_credit_under_a_roundup_s_head_alike() -> None:
    page = "\n".join(RIGHTS_CREDIT_PAGE)
    for tz, now in SETTINGS:
        assert compare(page, tz, now)


def test_a_related_box_s_cut_teaser_under_a_story_alike() -> None:
    from tests.test_headline import ROUNDUP_S_SECOND_STORY, STORY_OVER_A_RELATED_TEASER

    story, related = STORY_OVER_A_RELATED_TEASER[:11], STORY_OVER_A_RELATED_TEASER[11:]
    pages = (STORY_OVER_A_RELATED_TEASER, [*story, *ROUNDUP_S_SECOND_STORY, *related])
    for page in pages:
        for tz, now in SETTINGS:
            assert compare("\n".join(page), tz, now)


def test_a_headline_quoting_a_copyright_notice_alike() -> None:
    for page in ("\n".join(COPYRIGHT_STORY_PAGE), "\n".join(KOREAN_COPYRIGHT_STORY_PAGE)):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_headline_quoting_a_notice_with_the_circled_sign_alike() -> None:
    for tz, now in SETTINGS:
        assert compare("\n".join(CIRCLED_SIGN_STORY_PAGE), tz, now)


def test_a_caption_telling_a_past_day_in_the_present_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(PRESENT_CAPTION_PAGE, tz, now)


def test_two_bulleted_crumbs_over_a_headline_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(TWO_CRUMB_TRAIL_PAGE, tz, now)


def test_a_byline_with_its_office_after_a_bar_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(NOTICE_OVER_A_BARRED_BYLINE, tz, now)


def test_a_notice_s_bulleted_streets_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(STREETS_LISTED_UNDER_A_NOTICE, tz, now)


def test_a_heading_over_an_alt_text_in_small_letters_alike() -> None:
    page = "\n".join(HEADING_OVER_AN_ALT_TEXT)
    for tz, now in SETTINGS:
        assert compare(page, tz, now)


def test_two_writers_after_by_under_a_title_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(TWO_WRITERS_UNDER_A_SHOUTED_TITLE, tz, now)


def test_a_title_field_s_label_before_the_headline_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(TITLE_FIELD_HEADER_PAGE, tz, now)


def test_a_wiki_heading_s_glued_edit_link_alike() -> None:
    for page in (WIKI_EDIT_LINK_PAGE, PRODUCT_EDIT_PAGE):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_status_badge_glued_after_the_headline_alike() -> None:
    from tests.test_headline import BADGE_PAGE, RU_BADGE_PAGE, TITLED_BADGE_PAGE

    named = BADGE_PAGE.replace("villages Featured", "villages with Ana Ruiz Featured")
    for page in (BADGE_PAGE, RU_BADGE_PAGE, TITLED_BADGE_PAGE, named):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_citation_s_day_before_its_page_alike() -> None:
    from tests.test_timestamps import CITED_ISSUE_PAGE

    dashed = CITED_ISSUE_PAGE.replace(", Page 3", " - Page 3")
    paged = CITED_ISSUE_PAGE.replace(", Page 3", ", Page 3 of 12")
    russian = CITED_ISSUE_PAGE.replace("7 April 1962, Page 3", "7 апреля 1962, С. 3")
    for page in (CITED_ISSUE_PAGE, dashed, paged, russian):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_reader_s_sentence_citing_a_paper_s_page_alike() -> None:
    from tests.test_timestamps import CITING_REPLY_PAGE

    cited = CITING_REPLY_PAGE.replace("I found a piece about its last season in the ", "")
    russian = CITING_REPLY_PAGE.replace(
        "I found a piece about its last season in the Lakeside Weekly, 2 October 1964, p. 7",
        "Нашла заметку про последний рейс в газете «Озёрная», 2 октября 1964, С. 7",
    )
    for page in (CITING_REPLY_PAGE, cited, russian):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_stamp_line_printed_twice_alike() -> None:
    days = STAMP_LINE_TWICE.replace(" Updated Apr 9, 2018 at 4:25 PM EDT", "")
    for page in (STAMP_LINE_TWICE, days):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_feature_label_glued_by_a_hyphen_alike() -> None:
    compound = HYPHEN_LABEL_PAGE.replace(
        "Reader Photo of the Week-Divers Raise Old Ferry Bell From Harbour Floor",
        "Harbour Divers End Week-Long Search For Old Ferry Bell",
    )
    for page in (HYPHEN_LABEL_PAGE, compound):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_tag_line_s_tags_holding_spaces_alike() -> None:
    one_word = SPACED_TAG_LINE_PAGE.replace("#Новая Слобода", "#Слобода").replace(
        "#Отдел культуры #Анна Ветлугина", "#Отдел"
    )
    for page in (SPACED_TAG_LINE_PAGE, one_word, TAGS_OPENING_A_POST_PAGE):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_table_s_body_rows_alike() -> None:
    for page in (MATCH_RECORD_TABLE, NOTICE_BOARD_TABLE, TOPIC_UNDER_BOARD_TABLE):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_boards_zone_line_over_a_posts_subject_alike() -> None:
    for page in (FORUM_TOPIC_UNDER_ITS_ZONE, ENGLISH_FORUM_TOPIC_UNDER_ITS_ZONE):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_teaser_atop_a_headless_story_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(TEASER_ATOP_A_HEADLESS_STORY, tz, now)


def test_a_byline_with_a_town_or_a_publishing_verb_alike() -> None:
    for page in (BYLINE_WITH_A_TOWN_AFTER_A_DASH, PUBLISHED_BY_UNDER_A_GUIDE):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_an_image_caption_s_date_alike() -> None:
    for tz, now in SETTINGS:
        assert compare("\n".join(DATED_IMAGE_CAPTION_PAGE), tz, now)
        assert compare("\n".join(AVATAR_BYLINE_PAGE), tz, now)


def test_a_committee_named_after_an_outlet_word_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(COMMITTEE_MINUTES_PAGE, tz, now)


def test_a_bulleted_list_of_tags_alike() -> None:
    two = BULLETED_TAG_LIST_PAGE.replace("- # 바다\n- # 전시\n", "")
    starred = BULLETED_TAG_LIST_PAGE.replace("- # ", "* # ")
    for page in (BULLETED_TAG_LIST_PAGE, two, starred):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_an_archive_s_label_over_its_posts_alike() -> None:
    for page in (CATEGORY_ARCHIVE_WITH_ONE_POST, TAG_ARCHIVE_WITH_A_BAR):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_day_glued_after_a_headline_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(TITLE_WITH_ITS_DAY_GLUED_ON, tz, now)


def test_a_forum_archive_s_label_before_the_title_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(FULL_VERSION_LABEL_PAGE, tz, now)


def test_one_teaser_closed_by_its_link_alike() -> None:
    glued = ONE_TEASER_UNDER_ITS_LINK.replace(
        "съезд к набережной и [...]\n\nДалее", "съезд … Далее"
    )
    titled = ONE_TEASER_UNDER_ITS_LINK.replace("Далее", "Заречный мост откроют к ноябрю Далее »")
    whole = ONE_TEASER_UNDER_ITS_LINK.replace("и [...]", "и парковку.")
    for page in (ONE_TEASER_UNDER_ITS_LINK, glued, titled, whole):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_teasers_cut_at_one_length_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(CUT_AT_ONE_LENGTH_PAGE, tz, now)


def test_a_rubric_glued_to_a_programme_s_label_alike() -> None:
    from tests.test_glued_labels import BRAND_FOR_PAGE, BRAND_PAGE, PROGRAMME_PAGE

    for page in (PROGRAMME_PAGE, BRAND_PAGE, BRAND_FOR_PAGE):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_board_s_title_label_before_the_title_alike() -> None:
    from tests.test_cut_titles import BOARD_PAGE, UNTITLED_PAGE

    for page in (BOARD_PAGE, UNTITLED_PAGE):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_headline_glued_to_its_lead_and_a_trail_s_mark_alike() -> None:
    marked = ["» " + GLUED_HEAD_PAGE[1], *GLUED_HEAD_PAGE[2:]]
    for page in (GLUED_HEAD_PAGE, marked):
        for tz, now in SETTINGS:
            assert compare("\n".join(page), tz, now)


def test_the_line_under_a_trail_left_open_alike() -> None:
    for page in (
        OPEN_TRAIL_PAGE,
        OPEN_TRAIL_PAGE.replace("Home »", "Read more »"),
        OPEN_TRAIL_PAGE.replace("Home »", "Home ❯"),
    ):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_quotation_going_on_with_its_quotative_ending_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(QUOTED_SENTENCE_PAGE, tz, now)


def test_a_line_the_wire_s_lead_does_not_repeat_alike() -> None:
    headed = WIRE_LEAD_UNDER_A_DECK.replace("주민 800여 명 함께한 가을 한마당", "솔내군 축제 열어")
    for page in (WIRE_LEAD_UNDER_A_DECK, headed):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_heads_over_their_dated_copies_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(HEADS_OVER_THEIR_DATED_COPIES, tz, now)


def test_numbered_items_opening_with_a_quotation_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(NUMBERED_BOX_WITH_QUOTED_ITEMS, tz, now)


def test_a_headline_opening_with_a_count_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(HEADLINE_OPENING_WITH_A_COUNT, tz, now)


def test_a_blog_platform_s_label_notice_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(LABEL_NOTICE_WITH_ONE_POST, tz, now)


def test_summaries_with_their_sources_glued_on_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(SUMMARIES_WITH_GLUED_SOURCES, tz, now)


def test_a_reading_time_glued_after_a_headline_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(GLUED_READING_TIME_PAGE, tz, now)


def test_a_reading_time_of_any_language_glued_after_a_headline_alike() -> None:
    for tz, now in SETTINGS:
        for page in (RU_READING_TIME_PAGE, KO_READING_TIME_PAGE):
            assert compare(page, tz, now)


def test_a_topic_after_a_bar_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(LIVE_PAGE_WITH_A_TOPIC, tz, now)


def test_a_site_s_name_after_a_bar_the_page_prints_alone_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(SITE_NAME_AFTER_A_SHORT_HEADLINE, tz, now)


def test_a_zone_glued_to_a_source_label_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(CLIP_WITH_A_GLUED_SOURCE, tz, now)


def test_a_capital_head_over_its_split_deck_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(CAPITAL_HEAD_OVER_A_SPLIT_DECK, tz, now)


def test_a_district_of_sri_lanka_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(ISLAND_BROADCASTER_STORY, tz, now)


def test_a_state_of_malaysia_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(STATE_AGENCY_STORY, tz, now)


def test_a_first_name_of_a_district_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(GARAGE_LIBRARY_STORY, tz, now)


def test_a_headline_in_capitals_over_two_lines_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(CAPITALS_HEAD_OVER_TWO_LINES, tz, now)


def test_a_deck_under_a_hash_mark_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(HASH_DECK_OVER_THE_BODY, tz, now)


def test_a_heading_under_a_hash_over_its_byline_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(HEADING_OVER_ITS_BYLINE, tz, now)


def test_a_masthead_over_a_section_in_capitals_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(MASTHEAD_OVER_A_SECTION_IN_CAPITALS, tz, now)


def test_a_post_title_naming_its_company_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(COMPANY_POST_PAGE, tz, now)


def test_an_outlet_s_name_over_a_short_headline_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(OUTLET_OVER_A_SHORT_HEADLINE, tz, now)


def test_a_list_of_rubrics_and_teasers_cut_short_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(RUBRIC_TEASERS_PAGE, tz, now)


def test_a_stamp_glued_to_the_word_after_it_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(BLOG_POST_ON_ONE_LINE, tz, now)


def test_an_archive_s_trail_by_date_alike() -> None:
    for page in (DATED_TRAIL_POST, DATED_TRAIL_POST.replace("\n18:05", "")):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_clock_over_a_headline_dated_on_its_line_alike() -> None:
    apart = CLOCKED_BRIEFING.replace("15:30\n", "15:30\nPress room\n")
    for page in (CLOCKED_BRIEFING, apart, TIMED_VIDEO):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_compact_day_under_the_headline_alike() -> None:
    bylined = COMPACT_DAY_POST.replace("- 240917", "by\n\nNell Ashdown\n20240917")
    last_century = COMPACT_DAY_POST.replace("- 240917", "691231")
    for page in (
        COMPACT_DAY_POST,
        bylined,
        COMPACT_DAY_POST.replace("240917", "241709"),
        last_century,
    ):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_date_the_headline_is_cut_before_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(ONE_LINE_VIDEO_POST, tz, now)


def test_a_skin_s_label_after_a_title_printed_again_alike() -> None:
    unprinted = SKIN_LABEL_POST.replace("\n바닷가 책방 나들이 후기입니다.\n", "\n")
    for page in (SKIN_LABEL_POST, unprinted):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_contact_s_telephone_number_alike() -> None:
    spaced = CONTACT_STATEMENT.replace("555-201-0147", "(555) 201-0147")
    counted = CONTACT_STATEMENT.replace("/ 555-201-0147", "and 150 000 000 riders")
    for page in (CONTACT_STATEMENT, spaced, counted):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_short_title_called_out_under_a_blog_s_day_alike() -> None:
    named = CALLED_OUT_POST.replace("Storm Alert!!", "Dana Whitfield")
    for page in (CALLED_OUT_POST, named, CALLED_OUT_POST.replace("Alert!!", "Again?")):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_table_of_contents_alike() -> None:
    falling = CONTENTS_POST.replace("при обращении. 2", "при обращении. 9")
    for page in (CONTENTS_POST, falling):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_work_s_title_in_brackets_before_its_kind_alike() -> None:
    flagged = WORK_TITLE_POST.replace("<바다를 읽다>", "[단독]")
    for page in (WORK_TITLE_POST, flagged):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_day_closing_the_headline_s_echo_alike() -> None:
    other = ECHO_DATED_POST.replace("Us March", "Us since March")
    for page in (ECHO_DATED_POST, other):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_compact_day_under_a_today_widget_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(WIDGET_OVER_COMPACT_DAY, tz, now)


def test_a_date_inside_a_heading_closed_by_a_colon_alike() -> None:
    stamped = OLD_EDITIONS_COLUMN.replace("years\n", "years\n\nMarch 18, 2022\n")
    placed = OLD_EDITIONS_COLUMN.replace("From the March 16, 1972", "GULL POINT, March 16, 2022:")
    credited = OLD_EDITIONS_COLUMN.replace("1972 Harbour Herald:", "1972 (Coast Wire):")
    spaced = OLD_EDITIONS_COLUMN.replace(":", " :  ")
    for page in (OLD_EDITIONS_COLUMN, stamped, placed, spaced, credited):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_stamp_running_on_to_the_line_over_the_headline_alike() -> None:
    alone = STAMP_RUNNING_ON_TO_ITS_DISTRICT.replace(" |\n", "\n")
    menu = STAMP_RUNNING_ON_TO_ITS_DISTRICT.replace("District\n", "District\nNews\n")
    bar = STAMP_RUNNING_ON_TO_ITS_DISTRICT.replace("Harbour District", "Log in | Register")
    for page in (STAMP_RUNNING_ON_TO_ITS_DISTRICT, alone, menu, bar):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_labelled_publication_time_over_a_compact_number_alike() -> None:
    for page in (
        BYLAW_NUMBER_OVER_ITS_POSTING,
        WIDGET_OVER_COMPACT_DAY,
        COMPACT_DAY_OVER_A_LABELLED_TEASER,
    ):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_digits_under_a_number_s_label_alike() -> None:
    signed = NUMBERED_CASE.replace("Case No.", "Order of the district council №")
    unlabelled = NUMBERED_CASE.replace("Case No.\n", "")
    ordered = unlabelled.replace("the Kestrel Hill pit", "the pit despite a court order")
    labels = NUMBERED_CASE.replace("Case No.", "사건 번호:")
    for page in (NUMBERED_CASE, signed, unlabelled, ordered, labels):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_date_before_its_writer_s_byline_alike() -> None:
    unnamed = BYLINED_LOG.replace("by Wren Abernathy", "by the harbour")
    for page in (BYLINED_LOG, unnamed):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_counter_under_a_headline_in_small_letters_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(COUNTER_UNDER_A_HEAD_IN_SMALL_LETTERS, tz, now)


def test_a_list_of_step_headings_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(STEP_HEADINGS_PAGE, tz, now)


def test_the_words_after_a_bar_printed_below_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(RECIPE_UNDER_ITS_RUBRIC, tz, now)


def test_a_list_of_tags_opening_with_one_word_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(TOPIC_TAGS_OF_ONE_WORD_PAGE, tz, now)


def test_a_headline_over_a_lead_and_a_subhead_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(HEADLINE_OVER_A_LEAD_AND_A_SUBHEAD, tz, now)


def test_a_banner_s_call_over_the_item_it_names_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(SEED_LIBRARY_NOTICE, tz, now)


def test_a_log_s_title_over_its_signed_stamp_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(MEETING_LOG_PAGE, tz, now)


def test_a_title_under_its_lead_and_day_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(LEAD_UNDER_ITS_DAY_PAGE, tz, now)


def test_a_title_closing_the_page_under_its_day_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(TITLE_LAST_PAGE, tz, now)


def test_a_notification_under_its_close_label_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(SERVICE_PAGE_UNDER_A_NOTIFICATION, tz, now)


def test_russian_notices_addressed_to_the_reader_alike() -> None:
    for tz, now in SETTINGS:
        assert compare("\n".join(RU_NOTICES_PAGE), tz, now)
        assert compare("\n".join(RU_REPORTED_PAGE), tz, now)


def test_a_notification_under_its_korean_close_label_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(DISTRICT_PAGE_UNDER_A_NOTIFICATION, tz, now)


def test_a_headline_under_a_close_label_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(STORY_UNDER_A_LOST_NOTIFICATION, tz, now)


def test_a_clip_under_a_loading_player_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(CLIP_UNDER_A_LOADING_PLAYER, tz, now)


def test_a_head_glued_to_a_wire_release_dateline_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(WIRE_RELEASE_PAGE, tz, now)


def test_a_post_run_together_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(RUN_TOGETHER_POST, tz, now)


def test_a_state_a_local_story_names_alike() -> None:
    agency = STATEWIDE_STORY.replace("A school board", "OGALLA, Neb. (Agency) — A school board")
    for page in (STATEWIDE_STORY, agency):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_state_named_but_not_placed_in_alike() -> None:
    for page in STATES_NAMED_FROM_AWAY:
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_weather_widgets_town_alike() -> None:
    plain = WEATHER_WIDGET_PAGE.replace("72.5°", "")
    for page in (WEATHER_WIDGET_PAGE, plain, WEATHER_WIDGET_PAGE.replace("Los Angeles", "Chicago")):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_mastheads_city_alike() -> None:
    opening = MASTHEAD_CITY_PAGE.replace("새누리신보 시카고", "시카고 새누리신보")
    headline = MASTHEAD_CITY_PAGE.replace("새누리신보 시카고", "시카고 한인 식료품점 세 곳 개장")
    for page in (MASTHEAD_CITY_PAGE, opening, headline, CITY_HEADLINE_FIRST_PAGE):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_replies_under_a_comment_box_alike() -> None:
    head = "나루시 버스 노선 열두 개 새로 짠다\n댓글 2\n운영자 2023.09.03 18:40\n"
    post = REPLIES_UNDER_A_COMMENT_BOX.replace("나루시 버스 노선 열두 개 새로 짠다\n", head, 1)
    for page in (REPLIES_UNDER_A_COMMENT_BOX, post):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_repost_dated_by_its_paper_s_day_alike() -> None:
    named = REPOST_UNDER_ITS_PAPER_S_DAY.replace("2022年9月6日(火)\n", "")
    named = named.replace("2022년9월6일(화)字", "솔내 한빛신문 2022년9월6일(화)字 스크랩")
    for page in (REPOST_UNDER_ITS_PAPER_S_DAY, named):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_date_line_in_another_languages_months_alike() -> None:
    russian = MONTH_WORDS_PAGE.replace("9 грудня 2013 р.", "9 декабря 2013 г.")
    for page in (MONTH_WORDS_PAGE, russian):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_documents_date_quoted_on_its_own_line_alike() -> None:
    from tests.test_timestamps import QUOTED_LAW_PAGE as page

    stamped = page.replace("2018 р.", "2018 р., 11:05")
    for text in (page, stamped):
        for tz, now in SETTINGS:
            assert compare(text, tz, now)


def test_a_box_of_several_cities_weather_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(WEATHER_BOX_PAGE, tz, now)


def test_a_line_opening_with_i_and_a_comma_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(LETTER_UNDER_A_LOCAL_STORY, tz, now)


def test_a_state_someone_was_born_or_grew_up_in_alike() -> None:
    for page in BIRTHPLACES_NAMED:
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_state_in_a_longer_name_or_beside_a_region_alike() -> None:
    for page in (LAKE_SHORE_STORY, COUNTY_STORY_NAMING_A_STATE):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_the_day_over_a_headless_list_of_teasers_alike() -> None:
    lines = DAY_ARCHIVE_OF_TEASERS.split("\n")
    small = [text.lower() if at > 5 and at % 2 == 0 else text for at, text in enumerate(lines)]
    for page in (DAY_ARCHIVE_OF_TEASERS, "\n".join(small)):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_story_pasted_double_spaced_alike() -> None:
    headed = f"Harbour board to close the old ferry terminal\n\n{DOUBLE_SPACED_STORY}"
    for page in (DOUBLE_SPACED_STORY, headed):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_line_opening_with_a_wire_dateline_alike() -> None:
    headed = f"New bridge over the White Volta to open before the rains\n{WIRE_LEAD_WRAPPED}"
    for page in (WIRE_LEAD_WRAPPED, headed):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_memo_s_sender_field_and_address_alike() -> None:
    headed = RELEASE_UNDER_ITS_SENDER.replace(
        "\nFrom:", "\nHarbour Trust sets out plans for the old docks\nFrom:"
    )
    for page in (RELEASE_UNDER_ITS_SENDER, headed):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_tags_after_a_break_printed_as_markup_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(MARKUP_BREAKS_DESCRIPTION, tz, now)


def test_a_source_over_the_copy_s_time_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(SOURCE_OVER_THE_COPY_S_TIME, tz, now)


def test_items_framed_alike_but_for_their_counts_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(ITEMS_FRAMED_BY_THEIR_COUNTS, tz, now)


def test_a_writer_s_name_and_town_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(WRITER_AND_TOWN_OVER_A_STORY, tz, now)


def test_a_title_printed_twice_above_the_post_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(DOUBLED_POST_TITLE_PAGE, tz, now)


def test_the_rule_a_sentence_above_cites_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(CITED_RULE_PAGE, tz, now)


def test_an_e_mail_s_subject_below_its_sender_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(E_MAIL_UNDER_ITS_HEADER, tz, now)


def test_flags_before_a_bracket_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(FLAGGED_CLIP_PAGE, tz, now)


def test_a_rubric_s_label_before_a_name_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(INTERVIEW_UNDER_ITS_RUBRIC, tz, now)


def test_a_headline_opening_with_a_prompt_s_words_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(HEADLINE_OPENING_WITH_A_PROMPT_S_WORDS, tz, now)


def test_a_feature_s_title_and_its_town_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(FEATURE_TITLED_WITH_ITS_TOWN, tz, now)


def test_a_headline_under_its_copy_with_a_stop_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(HEADLINE_UNDER_ITS_COPY_WITH_A_STOP, tz, now)


def test_a_title_of_two_words_over_its_story_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(TITLE_OF_TWO_WORDS_OVER_ITS_STORY, tz, now)


def test_a_column_under_its_writer_s_line_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(COLUMN_UNDER_ITS_WRITER_S_LINE, tz, now)


def test_a_platform_s_view_label_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(VIEW_LABEL_OVER_A_POST, tz, now)


def test_a_view_named_over_its_story_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(VIEW_NAMED_OVER_ITS_STORY, tz, now)


def test_a_script_opened_by_its_host_s_greeting_alike() -> None:
    for page in (GREETED_BULLETIN_PAGE, HEADLINE_OVER_A_GREETING_PAGE):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_title_of_two_words_trailing_off_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(TITLE_TRAILING_OFF_OVER_ITS_STORY, tz, now)


def test_a_player_s_loading_status_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(PLAYER_STATUS_OVER_A_STORY, tz, now)


def test_a_player_s_buffering_status_alike() -> None:
    for page in (BUFFERING_OVER_A_HEADLINE, BUFFERING_OVER_A_STORY):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_link_to_the_full_site_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(BOOK_UNDER_A_FULL_VERSION_LINK, tz, now)


def test_a_headline_of_names_in_the_page_s_language_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(DESK_NAMED_OVER_ITS_STORY, tz, now)


def test_a_page_s_contents_under_its_dated_title_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(NEWSREEL_OVER_ITS_CONTENTS, tz, now)


def test_a_series_name_joined_to_its_subject_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(SERIES_WITH_ITS_SUBJECT_PAGE, tz, now)


def test_a_labelled_clock_after_a_day_alone_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(WORLD_PAGE_PUBLISHED_AT, tz, now)


def test_a_label_after_the_word_it_dates_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(SERVICE_PAGE_LAST_UPDATED, tz, now)


def test_a_word_before_a_publication_label_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(NOTICE_WITH_A_CLOSING_DATE, tz, now)


def test_a_label_glued_before_a_headline_over_an_article_lead_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(SECTION_GLUED_OVER_AN_ARTICLE_LEAD, tz, now)


def test_a_headline_in_title_case_keeps_its_first_word_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(TITLE_CASE_OVER_ITS_LEAD, tz, now)


def test_a_question_over_a_call_to_the_reader_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(CALENDAR_UNDER_A_PROMPT, tz, now)


def test_a_caption_closed_by_an_outlet_s_initials_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(CREDITED_CAPTION_IN_AN_ARCHIVE, tz, now)


def test_a_headline_opening_with_a_quoted_name_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(HEADLINE_OPENING_WITH_A_QUOTED_NAME, tz, now)


def test_a_headline_before_markup_breaks_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(HEADLINE_BEFORE_MARKUP_BREAKS, tz, now)


def test_a_headline_with_escaped_quotes_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(HEADLINE_WITH_ESCAPED_QUOTES, tz, now)


def test_a_headline_s_own_word_over_a_lead_with_its_article_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(HEADLINE_OVER_A_LEAD_WITH_ITS_ARTICLE, tz, now)


def test_a_question_headline_over_a_cry_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(QUESTION_HEADLINE_OVER_A_CRY, tz, now)


def test_an_english_headline_on_a_russian_page_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(ENGLISH_HEADLINE_ON_A_RUSSIAN_PAGE, tz, now)


def test_a_korean_date_with_its_year_last_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(KOREAN_STAMP_WITH_THE_YEAR_LAST, tz, now)
    # a 24-hour clock after the date, or before it, and a day past twelve
    stamps = ("04.05.2019 15:12", "15:12 04.05.2019", "25.04.2019 15:12")
    for stamp in stamps:
        page = KOREAN_STAMP_WITH_THE_YEAR_LAST.replace("04.05.2019 03:12 PM", stamp)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_date_of_last_change_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(LAST_CHANGE_AT_A_PRINT_PAGE_S_FOOT, tz, now)


def test_a_tag_page_s_phrase_before_a_colon_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(TAG_PHRASE_BEFORE_A_COLON, tz, now)


def test_units_with_teasers_cut_open_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(UNITS_WITH_TEASERS_CUT_OPEN, tz, now)


def test_a_subtitle_below_a_headline_printed_twice_and_its_date_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(HARBOUR_PAGE, tz, now)


def test_a_modification_under_a_page_s_manager_block_alike() -> None:
    pages = (
        BOARD_POST_UNDER_A_MANAGER_BLOCK,
        REPORT_WITH_ITS_EDIT_IN_THE_HEAD,
        STORY_WITH_ITS_EDIT_UNDER_A_CONTACT,
    )
    for page in pages:
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_clock_range_after_a_clock_without_seconds_alike() -> None:
    slots = ("06:00-06:30", "06:00–06:30 BST", "6:00-06:30", "06:00-06:30:00", "06:00-0630")
    for slot in slots:
        page = PROGRAMME_SLOT_PAGE.replace("06:00-06:30", slot)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)
    iso = PROGRAMME_SLOT_PAGE.replace("Friday, 3 May 2024 06:00-06:30", "2024-05-03T06:00-06:30")
    for tz, now in SETTINGS:
        assert compare(iso, tz, now)
    for stamp in ("2024-05-03 10:00-05:00", "Friday, 3 May 2024 10:00-03:00"):
        page = PROGRAMME_SLOT_PAGE.replace("Friday, 3 May 2024 06:00-06:30", stamp)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_number_opening_a_tag_keeps_what_it_counts_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(COUNTED_TAGS_PAGE, tz, now)


def test_modifier_forms_and_age_bands_in_tags_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(MODIFIED_TAGS_PAGE, tz, now)


def test_decades_in_tags_alike() -> None:
    more = DECADE_TAGS_POST.replace(
        "#2024년대회", "#2000년대생을 #60년대 #2010년대비 #2020년대상수상"
    )
    for page in (DECADE_TAGS_POST, more):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_an_amount_s_units_and_counter_in_tags_alike() -> None:
    more = AMOUNT_TAGS_POST.replace("#물류단지", "#2억원을 #5천억원투자 #10만원대 #3억원대전세")
    for page in (AMOUNT_TAGS_POST, more):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_byline_of_a_user_and_a_day_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(TEMPLATE_BYLINE_POST, tz, now)


def test_a_title_field_s_label_before_its_value_alike() -> None:
    for label in ("Subject [일반]", "Subject:", "제목"):
        page = BOARD_POST_SUBJECT_ON_ITS_LINE.replace("Subject [일반]", label)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_subtitle_opened_by_a_dash_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(LETTER_PAGE, tz, now)


def test_a_korean_title_trailing_off_after_an_open_clause_alike() -> None:
    for page in (
        TRAILING_CLAUSE_POST,
        TRAILING_CLAUSE_POST.replace("갔더니…", "갔다…"),
        CUT_SENTENCE_WITHOUT_A_HEAD,
    ):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_skip_link_to_the_sidebar_over_a_short_title_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(SKIP_LINK_OVER_A_SHORT_TITLE, tz, now)


def test_a_skip_link_to_the_menu_over_a_headless_post_alike() -> None:
    page = SKIP_LINK_OVER_A_HEADLESS_POST
    for text in (page, page.replace("메뉴 건너뛰기", "Перейти к меню")):
        for tz, now in SETTINGS:
            assert compare(text, tz, now)


def test_a_tag_label_over_the_tag_s_name_and_a_view_switch_alike() -> None:
    for page in (TAG_PAGE_OF_LEADS, TAG_PAGE_OF_LEADS.replace("Тег\n\n", "", 1)):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_series_part_in_angle_brackets_is_no_breadcrumb_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(SERIES_PART_PAGE, tz, now)


def test_a_writer_and_the_outlet_s_staff_is_a_byline_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(STAFF_BYLINE_PAGE, tz, now)


def test_a_caption_under_a_double_arrow_is_no_headline_alike() -> None:
    for page in (ARROWS_CAPTION_PAGE, ARROWS_IN_A_HEADLINE_PAGE):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_headline_under_a_long_bulleted_menu_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(MENUS_OVER_A_WRITERS_STATIONS, tz, now)


def test_a_headline_glued_after_a_scrapers_date_alike() -> None:
    for page in (META_DATED_BRIEF, META_DATED_PROMO, META_DATED_SECTION):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_headline_before_a_doubled_date_in_words_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(DOUBLED_DATE_PAGE, tz, now)
        assert compare(DOUBLED_DATE_PLACE_PAGE, tz, now)


def test_a_sentence_going_on_after_a_quoted_name_is_no_glued_deck_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(QUOTED_NAMES_LEAD_PAGE, tz, now)


def test_a_headless_list_of_releases_has_no_publication_time_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(RELEASES_PAGE, tz, now)


def test_a_tip_line_after_the_outlet_s_name_is_machinery_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(TIP_LINE_PAGE, tz, now)


def test_an_outlets_name_before_a_credits_word_opening_a_headline_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(GRAPHIC_SLIP_PAGE, tz, now)


def test_a_blog_s_pager_is_no_headline_alike() -> None:
    framed = "« Литургия в храме »\n\nНастоятель совершил Литургию в храме на набережной."
    for page in (PAGER_POST_PAGE, framed):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_scraper_s_data_field_is_no_line_of_the_page_alike() -> None:
    for page in (
        FIELD_KEY_POST_PAGE,
        CASELESS_FIELD_KEY_POST_PAGE,
        TOOL_KEY_HEADLINE_POST,
        "mira_sol: (poems)\n\nA short poem about the sea.",
    ):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_headline_of_two_sentences_in_title_case_keeps_its_stops_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(TITLED_PAIR_PAGE, tz, now)


def test_a_copy_the_page_stops_inside_is_no_headline_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(CUT_OFF_COPY_PAGE, tz, now)


def test_a_menu_in_capitals_one_item_a_line_is_no_candidate_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(CAPITAL_MENU_PAGE, tz, now)


def test_a_story_s_head_in_capitals_of_three_lines_is_no_menu_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(CAPITAL_HEAD_PAGE, tz, now)
        assert compare(EN_CAPITAL_HEAD_PAGE, tz, now)


def test_an_author_and_the_year_of_the_work_are_a_byline_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(POEM_PAGE, tz, now)


def test_posts_each_under_the_same_stamp_are_a_listing_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(RESTAMPED_POSTS_PAGE, tz, now)


def test_heads_each_bare_over_one_teaser_are_a_listing_alike() -> None:
    for page in (BARE_UNITS_PAGE, BARE_TEASERS_UNDER_A_STORY):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_an_article_s_heads_over_one_paragraph_each_keep_its_headline_alike() -> None:
    pages = (QUESTIONS_OVER_ANSWERS, SUBHEADS_BELOW_A_LEAD, NUMBERED_ITEMS_UNDER_A_LEAD)
    for page in (RELATED_UNDER_A_BRIEF, *pages):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_dated_letter_at_an_article_s_foot_makes_no_listing_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(LETTER_UNDER_A_POST_PAGE, tz, now)


def test_a_listing_s_teaser_left_without_its_stop_alike() -> None:
    for page in (UNSTOPPED_TEASER_PAGE, UNSTOPPED_DECK_STORY):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_day_the_page_was_accessed_on_is_no_publication_time_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(DIGEST_ACCESSED_PAGE, tz, now)


def test_a_captions_or_a_leads_opening_cut_short_is_no_headline_alike() -> None:
    for page in (CUT_CAPTION_VIEWER, CUT_LEAD_TEASER, CUT_HEADLINE_OVER_ITS_LEAD):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_headline_cut_short_in_its_clause_stays_no_sentence_alike() -> None:
    for page in (CUT_CLAUSE_HEADLINE_OVER_ITS_LEAD, CUT_TEASERS_OVER_THEIR_LEADS):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_counter_glued_after_a_scrapers_meta_date_is_cut_off_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(COUNTED_META_DATE_PAGE, tz, now)


def test_a_deck_printed_twice_under_a_features_headline_is_one_deck_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(DOUBLED_DECK_FEATURE, tz, now)


def test_a_web_address_glued_before_the_first_speaker_continues_no_headline_alike() -> None:
    for page in (ADDRESS_GLUED_TRANSCRIPT, ADDRESS_SPLIT_NOTICE):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_verbs_future_ending_and_an_adverb_of_hada_stay_whole_in_a_tag_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(PROMISE_TAG_POST, tz, now)


def test_a_headline_printed_twice_with_its_ellipsis_alike() -> None:
    for page in (TITLE_TWICE_WITH_ITS_ELLIPSIS, TEASER_TWICE_IN_A_BOX):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_letters_salutation_is_no_headline_alike() -> None:
    for page in (GREETING_LETTER, PRICES_STORY, MUSICAL_STORY):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_span_of_days_dates_nothing_alike() -> None:
    for page in (GALLERY_SHOW_PAGE, APPLICATIONS_NOTICE):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_section_path_before_a_flag_is_cut_off_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(SECTION_PATH_TAG_PAGE, tz, now)


def test_a_columns_view_label_is_no_headline_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(COLUMN_LABEL_PAGE, tz, now)


def test_a_blogs_sidebar_heading_is_no_headline_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(SIDEBAR_OVER_A_BLOG_DAY, tz, now)


def test_a_quotations_speaker_is_no_paragraph_alike() -> None:
    page = "\n".join(SPEAKER_PAGE)
    for tz, now in SETTINGS:
        assert compare(page, tz, now)


def test_a_title_label_opening_each_item_of_a_digest_alike() -> None:
    for page in (TITLED_DIGEST_PAGE, TITLED_THREAD_PAGE, MESSAGE_WITH_FORWARD_AND_QUOTE):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_date_with_spaces_for_separators_before_a_clock_is_read_alike() -> None:
    no_day = SPACED_STAMPS_PAGE.replace("2023 04 16", "2023 13 45")
    phone = SPACED_STAMPS_PAGE.replace("2023 04 16", "010 1234 5678")
    for page in (SPACED_STAMPS_PAGE, no_day, phone):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_line_running_on_past_a_headline_printed_twice_is_no_copy_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(PHOTO_TITLE_PAGE, tz, now)


def test_a_label_over_a_category_s_other_posts_is_no_headline_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(OTHER_POSTS_PAGE, tz, now)


def test_a_closing_reference_is_not_weighed_as_figures_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(SERMON_BOARD_POST, tz, now)


def test_a_headline_in_brackets_before_a_photo_s_label_alike() -> None:
    from tests.test_section_names import PHOTO_ALT_TITLE_PAGE

    for tz, now in SETTINGS:
        assert compare(PHOTO_ALT_TITLE_PAGE, tz, now)


def test_releases_each_under_a_dash_printed_alone_alike() -> None:
    from tests.test_listing_units import DASHED_RELEASES_PAGE

    for tz, now in SETTINGS:
        assert compare(DASHED_RELEASES_PAGE, tz, now)


def test_a_year_opening_the_headline_and_a_day_among_its_words_alike() -> None:
    from tests.test_timestamps import COMING_SERVICE_PAGE

    for tz, now in SETTINGS:
        assert compare(COMING_SERVICE_PAGE, tz, now)


def test_headlines_shaped_like_labels_stay_headlines_alike() -> None:
    for page in (*SHAPES_LEFT_ALONE, PULL_QUOTE_OVER_A_ONE_SENTENCE_LEAD):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_number_a_headline_goes_on_after_alike() -> None:
    from tests.test_documents import HOTLINE_HEADLINE, HOTLINE_STORY

    for headline in (
        HOTLINE_HEADLINE,
        "Top 10 2024-2025 signings of the season",
        "Storm line: +7 (495) 123-45-67",
    ):
        for tz, now in SETTINGS:
            assert compare(HOTLINE_STORY.replace(HOTLINE_HEADLINE, headline), tz, now)


def test_a_reader_s_bookmark_buttons_alike() -> None:
    from tests.test_headline import ISSUE_NOTE_UNDER_BOOKMARK_BUTTONS

    for tz, now in SETTINGS:
        assert compare(ISSUE_NOTE_UNDER_BOOKMARK_BUTTONS, tz, now)


def test_a_line_split_on_a_korean_particle_alike() -> None:
    from tests.test_wraps import (
        OBJECT_WISH_HEADLINE_STORY,
        SPLIT_ON_A_PARTICLE_COLUMN,
        SPLIT_ON_AN_OBJECT_TEASER,
        VILLAGE_HEADLINE_STORY,
    )

    pages = (
        SPLIT_ON_A_PARTICLE_COLUMN,
        SPLIT_ON_AN_OBJECT_TEASER,
        VILLAGE_HEADLINE_STORY,
        OBJECT_WISH_HEADLINE_STORY,
    )
    for page in pages:
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_series_numbered_parts_alike() -> None:
    from tests.test_documents import ROUNDS_REPORT

    for tz, now in SETTINGS:
        assert compare(ROUNDS_REPORT, tz, now)


def test_a_column_s_name_in_brackets_over_one_short_word_alike() -> None:
    from tests.test_corners import COLUMN_OF_ONE_WORD

    for head in ("[기자수첩] 단상", "[기자수첩]단상", "【기자수첩】 단상", "[기자수첩] 12"):
        for tz, now in SETTINGS:
            assert compare(COLUMN_OF_ONE_WORD.format(head=head), tz, now)


def test_a_quotation_printed_twice_over_a_headline_alike() -> None:
    from tests.test_headline import PULLED_QUOTE, PULLED_QUOTE_PAGE

    for kicker in (f"{PULLED_QUOTE}\n\n{PULLED_QUOTE}", PULLED_QUOTE):
        page = PULLED_QUOTE_PAGE.format(kicker=kicker, quote=PULLED_QUOTE)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_headline_s_last_word_wrapped_or_a_year_alike() -> None:
    from tests.test_documents import WRAPPED_COPY_STORY

    for page in (WRAPPED_COPY_STORY, WRAPPED_COPY_STORY.replace("the river", "the river 2024")):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_column_s_name_before_a_short_headline_alike() -> None:
    from tests.test_section_names import COLUMN_STORY_PAGE

    for opening, closing in (("[", "]"), ("<", ">"), ("《", "》")):
        page = COLUMN_STORY_PAGE.replace("[", opening).replace("]", closing)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_dashes_marks_and_figures_beside_a_headline_alike() -> None:
    from tests.test_documents import HOTLINE_HEADLINE, HOTLINE_STORY
    from tests.test_listing_units import DASHED_SUBHEADS_STORY

    pages = [
        *(DASHED_SUBHEADS_STORY.replace("—", dash) for dash in ("—", "–", "- -")),
        CALLED_OUT_POST.replace("Storm Alert!!", "“Snow Again?”"),
        CALLED_OUT_POST.replace("Storm Alert!!", "Snow Again?!"),
        # a Korean headline opening with its day; a market's figure line over a headline
        "2024.03.14 시의회 임시회 개최\n\n시의회가 어제 임시회를 열고 내년 예산안을 두고 긴"
        " 토론을 벌였습니다. 의원들은 밤늦게까지 자리를 지켰습니다.\n\n결론은 다음 주로"
        " 미뤄졌습니다.",
        HOTLINE_STORY.replace(HOTLINE_HEADLINE, "KOSPI 2,650.12 (+1.2%)\nShares rise on orders"),
    ]
    for page in pages:
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_link_back_to_a_part_of_the_site_alike() -> None:
    pages = [
        BACK_LINK_LETTER,
        BACK_LINK_LETTER.replace(
            "Return to Newsletter Index", "Back to Harbour Notes Home  Past Issues  Contact"
        ),
        BACK_TO_SCHOOL_STORY,
        BACK_TO_SCHOOL_STORY.replace(
            "Back to school for the ferry crews",
            "Back to the top of the table for the Harbour Rovers",
        ),
        TITLE_CASE_INDEX_STORY,
    ]
    for page in pages:
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_roundups_label_above_its_items_alike() -> None:
    pages = [
        ROUNDUP_LABEL_PAGE,
        ROUNDUP_LABEL_PAGE.replace("2부 오늘의 주요뉴스", "Top stories"),
        RELATED_BOX_STORY,
        RELATED_BOX_UNDER_SENTENCES,
    ]
    for page in pages:
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_length_the_page_labels_a_duration_before_a_date_alike() -> None:
    from tests.test_timestamps import CLIP_LENGTH_PAGE

    for tz, now in SETTINGS:
        assert compare(CLIP_LENGTH_PAGE, tz, now)
        worded = CLIP_LENGTH_PAGE.replace('"duration":"3:41",', "").replace(
            "Comments", "Duration: 3:41\n\nComments"
        )
        assert compare(worded, tz, now)
        assert compare(CLIP_LENGTH_PAGE.replace('"3:41"', '"3:42"'), tz, now)


def test_a_borough_of_one_zone_alike() -> None:
    from tests.test_timestamps import BOROUGH_FIRE_STORY

    for tz, now in SETTINGS:
        assert compare(BOROUGH_FIRE_STORY, tz, now)


def test_a_province_of_another_country_alike() -> None:
    from tests.test_timestamps import PROVINCE_STORY

    for tz, now in SETTINGS:
        assert compare(PROVINCE_STORY, tz, now)
        for province in ("Нарынской области Киргизии", "Ширакском марзе", "НАРЫНСКОЙ ОБЛАСТИ"):
            assert compare(PROVINCE_STORY.replace("Нарынской области", province), tz, now)
        assert compare(PROVINCE_STORY.replace("в районной", "ТАСС в районной"), tz, now)


def test_the_sites_own_domain_alike() -> None:
    from tests.test_timestamps import OWN_DOMAIN_STORY

    lines = OWN_DOMAIN_STORY.split("\n")
    pages = (
        OWN_DOMAIN_STORY,
        "\n".join([*lines[:-2], "© 2015–2022 www.Bazar-News.kg."]),
        "\n".join([*lines[:-2], "© 2022 Ежедневные вести"]),
        OWN_DOMAIN_STORY.replace("BAZAR-NEWS.kg", "bazar-news.uz"),
        OWN_DOMAIN_STORY.replace("BAZAR-NEWS.kg", "файл.kg"),
    )
    for page in pages:
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_province_made_in_2022_alike() -> None:
    from tests.test_timestamps import PROVINCE_STORY

    for province in ("Абайской области", "Жетысуской области", "Улытауской области Казахстана"):
        page = PROVINCE_STORY.replace("Нарынской области", province)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_borough_named_as_someones_birthplace_alike() -> None:
    from tests.test_timestamps import BOROUGH_BORN_OBITUARY

    for tz, now in SETTINGS:
        assert compare(BOROUGH_BORN_OBITUARY, tz, now)
        for words in ("lived in the Bronx", "rode the Staten Island Ferry"):
            page = BOROUGH_BORN_OBITUARY.replace("was born in the Bronx", words)
            assert compare(page, tz, now)


def test_a_dateline_of_a_southeast_asian_city_alike() -> None:
    from tests.test_timestamps import SOUTHEAST_DATELINE_STORY

    for tz, now in SETTINGS:
        assert compare(SOUTHEAST_DATELINE_STORY, tz, now)
        page = SOUTHEAST_DATELINE_STORY.replace("KOTA KINABALU, Malaysia — ", "HANOI — ")
        assert compare(page, tz, now)


def test_a_dateline_of_a_pakistani_city_alike() -> None:
    from tests.test_timestamps import PAKISTANI_DATELINE_STORY

    for tz, now in SETTINGS:
        assert compare(PAKISTANI_DATELINE_STORY, tz, now)
        page = PAKISTANI_DATELINE_STORY.replace("MULTAN (Indus Wire) - ", "KARACHI, Oct 14 - ")
        assert compare(page, tz, now)


def test_a_dateline_in_running_case_alike() -> None:
    from tests.test_timestamps import INDIAN_WORDED_DATELINE_STORY

    leads = ("Patna, 09 January (Agency) ", "Patna, Sept. 9 ", "Patna, the state capital, saw ")
    # a letter's address line and a diary's entry heading, the day closing its line
    closing = ("Patna, 9 January 2022\n\nDear Editor,\n\n", "Patna, Jan 9.\n")
    odd = ("Patna, Jan 2022: ", "Patna, 9 Januaryé ", "Patna, Jan 123 ", "Patna, Jan 9, 2022 (A) ")
    for tz, now in SETTINGS:
        assert compare(INDIAN_WORDED_DATELINE_STORY, tz, now)
        for lead in (*leads, *closing, *odd):
            page = INDIAN_WORDED_DATELINE_STORY.replace("Patna, Jan 9 ", lead)
            assert compare(page, tz, now)


def test_a_public_body_the_countrys_name_opens_is_one_word_of_a_tag_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(PUBLIC_BODY_TAGS_PAGE, tz, now)


def test_a_prefix_for_super_is_written_with_its_noun_in_a_tag_and_that_stays_apart_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(PREFIXED_NOUN_TAGS_PAGE, tz, now)


def test_a_zone_of_day_first_countries_after_the_clock_alike() -> None:
    from tests.test_timestamps import ZONED_NUMERIC_DATE_PAGE

    for zone in ("IST", "SGT", "BST", "EDT", "CST", "PHT"):
        for tz, now in SETTINGS:
            assert compare(ZONED_NUMERIC_DATE_PAGE.replace("IST", zone), tz, now)


def test_a_press_release_s_label_alike() -> None:
    from tests.test_titles import PRESS_RELEASE_PAGE

    pages = [
        PRESS_RELEASE_PAGE,
        PRESS_RELEASE_PAGE.replace("Press Release:", "MEDIA RELEASE:"),
        "Пресс-релиз: Библиотека на Озёрной откроется по воскресеньям\n\nБиблиотека будет"
        " открыта по воскресеньям с июня.",
        "Wi-Fi: в парках Сосновки появится бесплатный интернет\n\nИнтернет заработает летом.",
    ]
    for page in pages:
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_title_field_of_figures_alike() -> None:
    from tests.test_field_lines import RULING_RECORD_PAGE

    pages = [
        RULING_RECORD_PAGE,
        RULING_RECORD_PAGE.replace("제목 솔내지법", "솔내지법 ", 1),
        RULING_RECORD_PAGE.replace("솔내지법 2019가합40512 판결\n", "2019.06.11 40512\n", 1),
    ]
    for page in pages:
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_headline_split_over_lines_apart_alike() -> None:
    from tests.test_headline import SPLIT_HEADLINE_PAGE, UNWRAPPED_SPLIT_PAGE

    pages = [
        SPLIT_HEADLINE_PAGE,
        SPLIT_HEADLINE_PAGE.replace("at Sandmouth", "at Sandmouth.", 1),
        SPLIT_HEADLINE_PAGE.replace("cut off\n", "cut off:\n", 1),
        *(
            SPLIT_HEADLINE_PAGE.replace("by the tide below the cliffs at Sandmouth", below)
            for below in ("lifeboat-sandmouth-cliffs.jpg", "lifeboat crew rescue three walkers")
        ),
        SPLIT_HEADLINE_PAGE.replace(
            "by the tide below the cliffs at Sandmouth", "iPhone owners report batteries draining"
        ),
        UNWRAPPED_SPLIT_PAGE,
    ]
    for page in pages:
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_headline_before_a_glued_byline_and_e_mail_alike() -> None:
    for tz, now in SETTINGS:
        assert compare(PRINT_PAGE, tz, now)
        assert compare(OUTLET_BYLINE_PAGE, tz, now)


def test_a_period_s_bound_or_a_deadline_alike() -> None:
    from tests.test_timestamps import FOOTBRIDGE_NOTICE_PAGE

    bound = "The footbridge stays shut until March 31, 2025"
    lines = [
        bound,
        "The tender for the new beams closes on Friday 7 March 2025.",
        "Deadline for comments: 7 March 2025",
        "Мостик через Вельку закрыт с 1 марта 2025 года",
        "- Срок подачи замечаний: 7 марта 2025 г.",
        "2025년 3월 1일부터 보행 통제",
        "마감일: 2025.03.07(금)",
        "Posted on Monday March 31, 2025",
        "This article is from March 31, 2025",
        "2025.03.01(토)",
    ]
    for tz, now in SETTINGS:
        for line in lines:
            assert compare(FOOTBRIDGE_NOTICE_PAGE.replace(bound, line), tz, now)


def test_a_period_s_opening_day_alike() -> None:
    from tests.test_timestamps import GALLERY_PERIOD_PAGE

    period = "  • 전시기간2023년 4월 4일(화) ~ 2023년 4월 16일(일)"
    pages = [
        GALLERY_PERIOD_PAGE,
        GALLERY_PERIOD_PAGE.replace(period, "기간: 2023.04.04(화)～2023.04.16(일)"),
        GALLERY_PERIOD_PAGE.replace(period, "2023년 4월 4일(화) ~"),
        GALLERY_PERIOD_PAGE.replace(period, "2023년 4월 4일(화)~ (일정 미정)"),
        GALLERY_PERIOD_PAGE.replace(period, "기간: 2022.10.17(월)~10.18(화)"),
        GALLERY_PERIOD_PAGE.replace(period, "2023.04.04 ~ 04.16"),
        GALLERY_PERIOD_PAGE.replace(period, "04.04.2023 – 16.04"),
        GALLERY_PERIOD_PAGE.replace(period, "04.04.2023 – 16.45"),
        GALLERY_PERIOD_PAGE.replace(period, "12.05.2021 - 10.15"),
        GALLERY_PERIOD_PAGE.replace(period, "12.05.2021 - 10.05"),
        GALLERY_PERIOD_PAGE.replace(period, "2023.04.04 - 04.16"),
    ]
    for page in pages:
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_headline_framed_by_spaced_square_brackets_alike() -> None:
    from tests.test_cut_titles import BRACKET_KICKER_OVER_HEADLINE

    pages = (
        "[ Сено до первого снега ]\n\nГлава фермерского союза рассказала, почему в районе "
        "не хватает кормов (3–5 августа 2012 г.).\n\n– Отчего сено подорожало вдвое?",
        "[Ведущий]\n\nГлава фермерского союза рассказала, почему в районе не хватает кормов.",
        BRACKET_KICKER_OVER_HEADLINE,
        BRACKET_KICKER_OVER_HEADLINE.replace("Рейсы возобновят в понедельник\n\n", ""),
    )
    for page in pages:
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_an_interview_s_question_over_its_answer_alike() -> None:
    undashed = [line.replace("   – Расписание", "   Расписание") for line in INTERVIEW_PAGE]
    for tz, now in SETTINGS:
        assert compare("\n".join(INTERVIEW_PAGE), tz, now)
        assert compare("\n".join(undashed), tz, now)


def test_an_embedded_post_s_day_alike() -> None:
    from tests.test_timestamps import (
        BLOG_POST_OVER_A_COMMENT,
        DEEP_DATELINE_UNDER_A_DECK,
        EMBEDDED_POST_PAGE,
    )

    lines = EMBEDDED_POST_PAGE.split("\n")
    head = "\n".join([*lines[:3], lines[14], *lines[3:14], *lines[15:]])
    counters = EMBEDDED_POST_PAGE.replace(lines[14], "2,418 views Premiered Feb 9, 2021")
    pages = (
        EMBEDDED_POST_PAGE,
        head,
        counters,
        BLOG_POST_OVER_A_COMMENT,
        DEEP_DATELINE_UNDER_A_DECK,
    )
    for page in pages:
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_wiki_revision_time_alike() -> None:
    from tests.test_timestamps import WIKI_REVISION_PAGE

    sale = WIKI_REVISION_PAGE.replace("14:20 판 (새 문서:", "14:20 판매 시작 (새 상품:")
    short = WIKI_REVISION_PAGE.replace("14:20 판 (새 문서:", "14:20 판\n(새 문서:")
    for page in (WIKI_REVISION_PAGE, sale, short):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_day_month_name_and_year_joined_by_slashes_alike() -> None:
    from tests.test_timestamps import PARISH_NOTICE_WITH_A_SLASHED_DATE

    for stamp in ("Date 15/Mar/2021", "Date 15/Mar", "Hymns 15/Mar/21 and 16"):
        page = PARISH_NOTICE_WITH_A_SLASHED_DATE.replace("Date 15/Mar/2021", stamp)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_an_agency_s_dateline_run_into_a_release_alike() -> None:
    from tests.test_run_in_datelines import RUN_IN_RELEASE, TOWN_IN_A_SENTENCE, WIRE_RELEASE

    for page in (RUN_IN_RELEASE, WIRE_RELEASE, TOWN_IN_A_SENTENCE):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_speech_s_title_over_its_own_heading_alike() -> None:
    from tests.test_speeches import SPEECH_PAGE, SPEECHES_LIST_PAGE

    for page in (SPEECH_PAGE, SPEECHES_LIST_PAGE):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_post_title_under_a_blogs_date_header_alike() -> None:
    from tests.test_headline import DATE_HEADER_POST

    title = "Notes from the ferry queue."
    pages = (
        DATE_HEADER_POST,
        DATE_HEADER_POST.replace(title, "a word on the ferry queue:"),
        DATE_HEADER_POST.replace(title, "Ferry queue, again..."),
        DATE_HEADER_POST.replace(title, "Ferry queue"),
        DATE_HEADER_POST.replace("Tuesday, March 4, 2014", "вторник, 4 марта 2014 г."),
        DATE_HEADER_POST.replace("Tuesday, March 4, 2014", "Tuesday, March 4, 2014 10:15"),
        DATE_HEADER_POST.replace("No comments:", "Monday, March 3, 2014\n\nThe quay in fog"),
        f"Ferry notes\n\n{DATE_HEADER_POST}",
    )
    for page in pages:
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_headline_printed_twice_under_a_sites_header_alike() -> None:
    from tests.test_headline import (
        DECK_TWICE_PAGE,
        DECK_TWICE_UNDER_BYLINE_PAGE,
        DIOCESE_HEAD_TWICE_PAGE,
    )

    for page in (DIOCESE_HEAD_TWICE_PAGE, DECK_TWICE_PAGE, DECK_TWICE_UNDER_BYLINE_PAGE):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_record_s_year_parted_from_its_day_alike() -> None:
    from tests.test_timestamps import WEATHER_NOTE_WITH_A_RECORD_YEAR

    for stamp in ("", "вт, 9 марта 10:30 MSK 2021", "Tue Mar 09 10:30:00 MSK 2021"):
        page = WEATHER_NOTE_WITH_A_RECORD_YEAR.replace(
            "Погода на вторник", f"Погода на вторник\n{stamp}"
        )
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_an_act_s_requisites_date_alike() -> None:
    from tests.test_timestamps import COUNCIL_DECISION_PAGE

    number = "                          № 57"
    pages = (
        COUNCIL_DECISION_PAGE,
        COUNCIL_DECISION_PAGE.replace("от 14.09.2021", "От 14 сентября 2021 г. N 57").replace(
            number, ""
        ),
        COUNCIL_DECISION_PAGE.replace("от 14.09.2021", "Выпуск от 14.09.2021"),
        COUNCIL_DECISION_PAGE.replace(number, "Принято единогласно"),
    )
    for page in pages:
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_line_of_a_range_of_days_alike() -> None:
    from tests.test_headline import LIBRARY_EVENT_PAGE

    for days in (
        "12 апреля – 26 апреля",
        "Friday 12 April - Friday 26 April",
        "May 5, 2024 - May 20, 2024",
        "03 - 20 May 24",
        "05.05.2024 - 10.15",
        "Карты побережья: 12 апреля – 26 апреля",
    ):
        page = LIBRARY_EVENT_PAGE.replace("12 апреля – 26 апреля", days)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_capitalised_heading_trailing_off_alike() -> None:
    from tests.test_headline import CAPITALISED_HEADING_LEFT_OPEN

    heading = "Notes From the Boathouse…"
    for title in (heading, "Notes From the Boathouse...", "Notes from the boathouse…"):
        page = CAPITALISED_HEADING_LEFT_OPEN.replace(heading, title)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_raw_xml_file_alike() -> None:
    from tests.test_markup_files import MARKUP_FILES, PAGES_PRINTING_MARKUP

    for page in (*MARKUP_FILES, *PAGES_PRINTING_MARKUP):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_category_s_word_glued_before_the_title_alike() -> None:
    from tests.test_cut_titles import GLUED_CATEGORY_PAGE

    glued = "noticesDecisions taken by the harbour board at its meeting held on 02.05.2019"
    for title in (glued, "wikiHow to mend a fishing net before the season", glued[7:]):
        page = GLUED_CATEGORY_PAGE.replace(glued, title)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_wordpress_rest_answer_alike() -> None:
    from tests.test_rest_posts import OTHER_JSON_PAGES, REST_POST_PAGE

    draft = REST_POST_PAGE.replace('"date_gmt":"2024-09-17T14:05:12"', '"date_gmt":null')
    scheduled = REST_POST_PAGE.replace("2024-09-17T15:40:00", "2024-09-15T20:00:00")
    refused = (
        '{"date_gmt":"2024-09-17T14:05:12","title":{"rendered":"x"},"n":1e400}',
        '{"date_gmt":"2024-09-17T14:05:12","title":{"rendered":"\\ud800"}}',
        '{"date_gmt":"2024-09-17T14:05:12","title":{"rendered":"x"},"n":' + "1" * 400 + "}",
        '{"date_gmt":"2024-09-17T14:05:12","title":{"rendered":"x"},"n":'
        + "[" * 70
        + "]" * 70
        + "}",
    )
    for page in (REST_POST_PAGE, draft, scheduled, *OTHER_JSON_PAGES, *refused):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_name_cut_into_its_syllables_in_a_tag_alike() -> None:
    from tests.test_hashtags import NAME_SYLLABLES_TAGS_PAGE

    for tz, now in SETTINGS:
        assert compare(NAME_SYLLABLES_TAGS_PAGE, tz, now)


def test_a_teaser_box_over_the_headline_alike() -> None:
    from tests.test_timestamps import TEASER_BOX_PAGE

    for page in (TEASER_BOX_PAGE, TEASER_BOX_PAGE.replace("March 3, 2024 3", "May 7, 2025 3")):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_lead_printed_twice_alike() -> None:
    from tests.test_headline import DOUBLED_LEAD_PAGE

    short = "Ostervik asks the state to rebuild its ferry piers."
    titled = DOUBLED_LEAD_PAGE.replace(DOUBLED_LEAD_PAGE.split("\n")[0], short)
    for page in (DOUBLED_LEAD_PAGE, titled):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_toolbar_glued_after_the_headline_alike() -> None:
    from tests.test_glued_labels import TOOLBAR_PAGE

    for tail in (" Печать E-mail", " PDF Print Email", " 인쇄 이메일", " E-mail", " print PDF"):
        page = TOOLBAR_PAGE.replace(" Печать E-mail", tail)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_day_opening_the_lead_s_line_alike() -> None:
    from tests.test_timestamps import LEAD_DAY_PAGE

    for glued in ("2023n his letter", "2023 In his letter", "2023 was the day"):
        page = LEAD_DAY_PAGE.replace("2023n his letter", glued)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_button_label_trailing_off_alike() -> None:
    from tests.test_headline import BUTTON_LABEL_TRAILING_OFF

    label = "View All Photos…"
    for title in (label, "View All Photos...", "Notes From the Touchline…", "A Word From Me…"):
        page = BUTTON_LABEL_TRAILING_OFF.replace(label, title)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_year_s_mark_glued_to_the_lead_s_day_alike() -> None:
    from tests.test_timestamps import YEAR_MARK_PAGE

    for glued in ("2025г в Заречье", "2025гг в Заречье", "2025ще в Заречье"):
        page = YEAR_MARK_PAGE.replace("2025г в Заречье", glued)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_day_in_the_title_over_the_page_s_own_day_alike() -> None:
    from tests.test_timestamps import TITLE_DAY_PAGE

    for under in ("8 October 2023", "By the ferries desk", "Sunday, 8 October 2023"):
        page = TITLE_DAY_PAGE.replace("8 October 2023", under, 1)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_weekday_and_day_glued_to_the_headline_alike() -> None:
    from tests.test_glued_datelines import GLUED_WEEKDAY_PAGE, RU_GLUED_WEEKDAY_PAGE

    for glued in ("Tuesday, October 10, 2023", "Tuesday night", "Tue, 10 Oct 2023"):
        page = GLUED_WEEKDAY_PAGE.replace("Tuesday, October 10, 2023", glued)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)
    for tz, now in SETTINGS:
        assert compare(RU_GLUED_WEEKDAY_PAGE, tz, now)


def test_a_line_of_a_date_and_its_long_weekday_alike() -> None:
    from tests.test_headline import LONG_WEEKDAY_HEADER_POST, WEEKDAY_DAY_NOTE

    pages = (
        WEEKDAY_DAY_NOTE,
        LONG_WEEKDAY_HEADER_POST,
        LONG_WEEKDAY_HEADER_POST.replace("воскресенье", "Понедельник"),
        f"Заметки с косы\n\n{LONG_WEEKDAY_HEADER_POST}",
    )
    for page in pages:
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_note_of_the_update_glued_after_the_headline_alike() -> None:
    from tests.test_glued_datelines import KO_UPDATED_PAGE, UPDATED_PAGE

    for page in (UPDATED_PAGE, KO_UPDATED_PAGE, UPDATED_PAGE.replace("Updated:", "Posted")):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_bracket_dating_what_the_story_is_about_alike() -> None:
    from tests.test_glued_datelines import EPISODE_PAGE

    for page in (EPISODE_PAGE, EPISODE_PAGE.replace("эфир от", "обновлено")):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_weekday_closing_a_name_of_two_parts_alike() -> None:
    from tests.test_glued_datelines import TWO_PART_NAME_HEAD, TWO_PART_NAME_PAGE

    for name in ("their CubeSat,", "their launchSat,", "their iPadMon", "their CubeSaturday,"):
        page = TWO_PART_NAME_PAGE.replace("their CubeSat,", name)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)
    assert TWO_PART_NAME_HEAD in TWO_PART_NAME_PAGE


def test_a_caption_closed_by_its_labelled_credit_alike() -> None:
    from tests.test_captions import LABELLED_CREDIT_PAGE

    credit = "Photograph credit: Harbour Trust."
    for other in (credit, "Фото: Иван Петров", "사진: 홍길동", "Update: from May", ""):
        page = LABELLED_CREDIT_PAGE.replace(credit, other)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_credit_without_its_colon_alike() -> None:
    from tests.test_captions import BARE_CREDIT_PAGE

    credit = "Фото Федерации парусного спорта Озёрска."
    for other in (credit, "Photo Lake Trust.", "Фото Марса с зонда показали", "Фото 2 из 14.", ""):
        page = BARE_CREDIT_PAGE.replace(credit, other)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_day_restated_in_digits_alike() -> None:
    from tests.test_timestamps import RESTATED_DAY_PAGE

    for restated in ("Notice 5-7-19", "Notice 05/07/2019", "Tuesday, May 7, 2019", "Notice 5-6-19"):
        page = RESTATED_DAY_PAGE.replace("Notice 5-7-19", restated)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_board_s_counters_after_the_time_alike() -> None:
    from tests.test_timestamps import BOARD_COUNTERS_PAGE

    line = "하늘 | 2009.11.03 21:14:05 댓글: 0 조회: 412 추천: 7"
    for other in (
        line,
        "하늘 | 2009.11.03 21:14:05 Views: 1,412 Likes: 7 Shares:3",
        "하늘 님이 2009.11.03 21:14:05 에 남긴 글을 보고 사진을 다시 골라 정리해 봅니다",
        "배추가 정말 잘 자랐네요 부럽습니다 2009.11.03 21:14:05 추천: 3 답글: 1",
        "Lovely beds, mine never grow 2009.11.03 21:14:05 Score: 3 Replies: 1",
        "이름 : 하늘(sky@example.org)   작성일 : 2009.11.03 21:14:05   조회수 : 412",
    ):
        page = BOARD_COUNTERS_PAGE.replace(line, other)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_credit_for_words_and_pictures_is_a_byline_alike() -> None:
    titled = CREDIT_ONLY_PAGE.replace("\n\n", "솔내중 첫 봄 체육대회 열려\n", 1)
    english = CREDIT_ONLY_PAGE.replace("글, 사진: 한도윤", "Story and photos by Dana Reyes,")
    for page in (CREDIT_ONLY_PAGE, titled, english):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_russian_headline_in_capitals_alike() -> None:
    from tests.test_headline import CAPS_MENU_OF_PAIRS, CAPS_SENTENCE_HEAD, CAPS_SENTENCE_PAGE

    menu = "ГЛАВНАЯ НОВОСТИ ПОЛИТИКА ЭКОНОМИКА ОБЩЕСТВО СПОРТ КУЛЬТУРА АФИША"
    heads = (CAPS_SENTENCE_HEAD, CAPS_SENTENCE_HEAD.replace(" С ", " "), menu, CAPS_MENU_OF_PAIRS)
    for head in heads:
        page = CAPS_SENTENCE_PAGE.replace(CAPS_SENTENCE_HEAD, head)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_preposition_of_one_letter_opening_a_headline_alike() -> None:
    from tests.test_headline import LETTER_HEAD, LETTER_PAGE

    for head in (LETTER_HEAD, "ЗТВ МУЗЕЕ РЕМЁСЕЛ ЗАРЕЧНОГО КРАЯ ОТКРЫЛАСЬ ВЫСТАВКА"):
        page = LETTER_PAGE.replace(LETTER_HEAD, head)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_korean_title_trailing_off_in_two_dots_alike() -> None:
    from tests.test_headline import TWO_DOTS_POST

    for title in ("봄 산행 후기..", "봄 산행 다녀왔어요..", "봄 산행 후기...", "봄 산행 후기."):
        page = TWO_DOTS_POST.replace("봄 산행 후기..", title)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_an_address_in_a_byline_alike() -> None:
    from tests.test_timestamps import ADDRESSED_BYLINE_POST

    address = "garam.yoon@example.kr"
    for written in (address, "gy@ex.kr", "garam yoon", f"{address}, {address}"):
        page = ADDRESSED_BYLINE_POST.replace(address, written)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_post_dated_in_its_own_words_alike() -> None:
    from tests.test_timestamps import SELF_DATED_LINE, SELF_DATED_POST

    lines = (
        SELF_DATED_LINE,
        "Note: This entry was originally posted on March 14, 2015: 9:12 am and may be out of date.",
        "Эта запись была опубликована 14 марта 2015 в 09:12 и находится в рубрике Новости клуба.",
        "The committee's minutes were posted on Saturday, March 14th, 2015 at 9:12 am.",
        "This article was first published on 14 March 2015 and updated later.",
    )
    for line in lines:
        page = SELF_DATED_POST.replace(SELF_DATED_LINE, line)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_corner_s_label_before_a_slash_alike() -> None:
    from tests.test_corners import CORNER_LABEL_OVER_SLASH

    for head in (
        "목회자 코너 / 주일 점심을 교구별로 준비합니다.",
        "Pastor's Corner / We cook by district now.",
        "솔내교회 소식 / 주일 점심을 교구별로 준비합니다.",
        "칼럼 / ",
    ):
        for tz, now in SETTINGS:
            assert compare(CORNER_LABEL_OVER_SLASH.format(head=head), tz, now)


def test_two_words_over_a_letter_s_greeting_alike() -> None:
    from tests.test_headline import LETTER_UNDER_A_SHORT_TITLE

    greetings = ("사랑하는 가족 여러분!", "Dear parents,", "새 학기 상담 안내입니다.", "About us")
    for greeting in greetings:
        for tz, now in SETTINGS:
            assert compare(LETTER_UNDER_A_SHORT_TITLE.format(greeting=greeting), tz, now)


def test_a_letter_s_title_over_a_greeting_that_reads_as_a_head_alike() -> None:
    from tests.test_headline import CHAIR_LETTER_OVER_A_LONG_GREETING

    titles = ("Chair's Letter", "Письмо председателя", "Harbour Rowers", "Chair's Letter Today")
    for title in titles:
        page = CHAIR_LETTER_OVER_A_LONG_GREETING.format(title=title)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_an_outlet_crumb_named_elsewhere_alike() -> None:
    from tests.test_headline import OUTLET_CRUMB_PAGE

    unnamed = OUTLET_CRUMB_PAGE.replace("на портале Озёрная сторона", "на портале газеты")
    inside = OUTLET_CRUMB_PAGE.replace("портале Озёрная сторона", "портале Озёрная сторонаX")
    for page in (OUTLET_CRUMB_PAGE, unnamed, inside):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_source_s_credit_glued_to_a_slash_alike() -> None:
    from tests.test_headline import SOURCE_CREDIT_REPOST

    for credit, named in (("물결신문", "물결신문"), ("물결신문", "바다일보"), ("솔섬 ", "솔섬")):
        page = SOURCE_CREDIT_REPOST.format(credit=credit, named=named)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_bulleted_heads_one_run_in_after_a_paragraph_alike() -> None:
    from tests.test_headline import RUN_IN_BRIEFS

    cases = ((" ● 예방접종 안내문", "●"), ("", "●"), (" ■ 예방접종", "●"), (" ■ 접종", "■"))
    for run_in, mark in cases:
        page = RUN_IN_BRIEFS.format(run_in=run_in, mark=mark)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_subject_glued_to_a_slash_alike() -> None:
    from tests.test_headline import SUBJECT_SLASH_STORY

    for subject in ("솔내군", "솔내일보"):
        page = SUBJECT_SLASH_STORY.format(subject=subject)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_day_of_today_over_a_headline_dated_under_its_copy_alike() -> None:
    from tests.test_timestamps import TODAY_OVER_COPY_STORY

    later = TODAY_OVER_COPY_STORY.replace("4 ноября 2024 09:40", "4 января 2025 09:40")
    same = TODAY_OVER_COPY_STORY.replace("4 ноября 2024 09:40", "12 декабря 2024 09:40")
    uncopied = TODAY_OVER_COPY_STORY.replace("через Сурь\n\nВ", "через Сурь\n\nНе", 1)
    for page in (TODAY_OVER_COPY_STORY, later, same, uncopied):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_post_s_footer_quoted_under_a_colon_alike() -> None:
    from tests.test_documents import THEME_FOOTER_LESSON

    introduced = "With the settings the theme ships with, the line reads like this:"
    for line in (introduced, "I set mine to name the section as well.", "Note:"):
        page = THEME_FOOTER_LESSON.replace(introduced, line)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_slash_pairing_two_names_alike() -> None:
    from tests.test_headline import OUTLET_CRUMB_PAGE

    for pair in ("Север: хранитель", "хранитель"):
        page = OUTLET_CRUMB_PAGE.replace("Хранитель", pair, 1)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_sarawak_and_a_peninsular_state_alike() -> None:
    for other in ("the Pahang State Government, with a desk in Sarawak", "a Sarawak timber board"):
        page = STATE_AGENCY_STORY.replace("the Pahang State Government", other)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_church_s_name_over_a_letter_s_greeting_alike() -> None:
    from tests.test_headline import CHURCH_LETTER_UNDER_ITS_NAME

    for name in ("솔내 교회", "Trinity Parish", "Приход Троицы", "목사 편지", "Письмо настоятеля"):
        for tz, now in SETTINGS:
            assert compare(CHURCH_LETTER_UNDER_ITS_NAME.format(name=name), tz, now)


def test_a_teaser_copy_under_the_body_alike() -> None:
    from tests.test_timestamps import SERIES_TEASER_STORY

    short = SERIES_TEASER_STORY.replace(" за неделю снизились почти на десятую часть", "")
    for page in (SERIES_TEASER_STORY, short):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_teaser_under_each_heads_label_alike() -> None:
    from tests.test_lone_lead import LABELLED_ARTICLE_PAGE, LABELLED_FEED_PAGE

    for page in (LABELLED_FEED_PAGE, LABELLED_ARTICLE_PAGE):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_comma_between_a_month_s_name_and_its_day_alike() -> None:
    from tests.test_timestamps import HARBOUR_WALK_MEMO

    for stamp in ("Publish Date: Oct, 14 2021", "Publish Date: Oct, 14", "Oct, 14 volunteers"):
        page = HARBOUR_WALK_MEMO.replace("Publish Date: Oct, 14 2021", stamp)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_comparisons_angle_bracket_alike() -> None:
    from tests.test_headline import COMPARED_HEADLINE_PAGE

    for tz, now in SETTINGS:
        assert compare(COMPARED_HEADLINE_PAGE, tz, now)


def test_a_browser_titles_board_after_an_angle_bracket_alike() -> None:
    from tests.test_headline import BOARD_BROWSER_TITLE_PAGE

    bare = "텃밭 상자에 물 주는 시간, 아침이 나은 이유\n\n페이지 정보"
    for page in (BOARD_BROWSER_TITLE_PAGE, BOARD_BROWSER_TITLE_PAGE.replace(bare, "페이지 정보")):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_subscription_offer_or_a_donation_prompt_alike() -> None:
    from tests.test_headline import PROMPT_OVER_A_COLUMN

    for prompt in ("Subscribe for 25¢ / day", "date 2023-05-06 Support Local Journalism"):
        for tz, now in SETTINGS:
            assert compare(PROMPT_OVER_A_COLUMN.format(prompt=prompt), tz, now)


def test_a_slash_the_story_reads_as_and_alike() -> None:
    from tests.test_headline import OFFICE_SLASH_PAGE

    for story in ("the Harbor Office and Pier lobbies", "the Harbor Office has opened its pier"):
        for tz, now in SETTINGS:
            assert compare(OFFICE_SLASH_PAGE.format(story=story), tz, now)


def test_a_line_split_on_a_verbs_modifying_ending_alike() -> None:
    from tests.test_wraps import MODIFIER_CLOSED_HEADLINE_POST, MODIFIER_SPLIT_BOARD_POST

    for page in (MODIFIER_SPLIT_BOARD_POST, MODIFIER_CLOSED_HEADLINE_POST):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_photographs_credit_label_alike() -> None:
    from tests.test_headline import CREDIT_OVER_A_LOST_HEADLINE

    for first in ("Фотографии: vesti-zarechya.kg", "Фотография: Ирина Заречная"):
        for tz, now in SETTINGS:
            assert compare(CREDIT_OVER_A_LOST_HEADLINE.format(first=first), tz, now)


def test_a_post_number_after_its_stamp_s_clock_alike() -> None:
    from tests.test_hashtags import FORUM_POST_NUMBER_PAGE

    for tz, now in SETTINGS:
        assert compare(FORUM_POST_NUMBER_PAGE, tz, now)


def test_a_day_s_tag_after_a_clock_alike() -> None:
    from tests.test_hashtags import DAY_TAG_AFTER_A_CLOCK_PAGE

    for tz, now in SETTINGS:
        assert compare(DAY_TAG_AFTER_A_CLOCK_PAGE, tz, now)


def test_a_slogan_of_words_set_apart_by_commas_alike() -> None:
    from tests.test_headline import SLOGAN_OVER_A_STORY

    for first in ("Паромы, люди, города", "Переправа через Сурожу", "Паромы, люди и города"):
        for tz, now in SETTINGS:
            assert compare(SLOGAN_OVER_A_STORY.format(first=first), tz, now)


def test_a_share_bar_alike() -> None:
    from tests.test_boilerplate import SHARE_BAR_PAGE

    for head in ("가온라디오 방송국을 알아볼까요?", "트위터 대신 카카오톡으로 사연 받는 라디오"):
        for tz, now in SETTINGS:
            assert compare(SHARE_BAR_PAGE.format(head=head), tz, now)


def test_a_share_bar_of_labelled_buttons_alike() -> None:
    from tests.test_boilerplate import LABELLED_SHARE_BAR_NOTICE, LABELLED_SHARE_BARS

    for bar in (*LABELLED_SHARE_BARS, "페이스북 공유하기 기능 바뀐다"):
        for tz, now in SETTINGS:
            assert compare(LABELLED_SHARE_BAR_NOTICE.format(bar=bar), tz, now)


def test_a_sections_other_items_label_alike() -> None:
    from tests.test_boilerplate import SECTION_ITEMS_UNDER_A_TIMETABLE

    for label in ("Другие новости раздела", "Other news in this section"):
        for tz, now in SETTINGS:
            assert compare(SECTION_ITEMS_UNDER_A_TIMETABLE.format(label=label), tz, now)


def test_a_day_in_brackets_after_a_retold_headline_alike() -> None:
    from tests.test_headline import BRACKETED_DAY_STORY, BRACKETED_EDITION_DIGEST

    for page in (BRACKETED_DAY_STORY, BRACKETED_EDITION_DIGEST):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_year_opening_a_headline_alike() -> None:
    from tests.test_headline import YEAR_HEAD, YEAR_OVER_ITS_LEAD

    named = YEAR_OVER_ITS_LEAD.replace(YEAR_HEAD, "Courier Lantern Parade Live Blog")
    for page in (YEAR_OVER_ITS_LEAD, named + "\n\nRead the Courier every Saturday."):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_tag_closing_a_sentence_inside_a_paragraph_alike() -> None:
    from tests.test_hashtags import PHONE_IN_TAG_PAGE

    turn = PHONE_IN_TAG_PAGE.split("\n")[4]
    closing = turn.replace(" Good morning, Reeve, welcome back.", "")
    for page in (PHONE_IN_TAG_PAGE, PHONE_IN_TAG_PAGE.replace(turn, closing)):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_home_crumb_glued_to_its_section_alike() -> None:
    from tests.test_headline import HOME_CRUMB_OVER_RELATED

    listed = HOME_CRUMB_OVER_RELATED.replace(
        "HomeClub Notes and Events", "Members Vote to Keep the Winter Dues"
    )
    for page in (HOME_CRUMB_OVER_RELATED, listed):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_day_in_brackets_naming_an_item_of_a_series_alike() -> None:
    from tests.test_headline import BRACKETED_DAY_SERIES

    for tz, now in SETTINGS:
        assert compare(BRACKETED_DAY_SERIES, tz, now)


def test_a_tag_no_word_names_inside_a_paragraph_alike() -> None:
    from tests.test_hashtags import PIER_POST_PAGE

    named = PIER_POST_PAGE.replace("along next Sunday #ClearPier", "post with the tag #ClearPier")
    for page in (PIER_POST_PAGE, named):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_blog_category_over_a_signed_post_title_alike() -> None:
    from tests.test_headline import (
        BLOG_CATEGORY_OVER_SIGNED_POST,
        HEAD_OVER_DECK_AND_BYLINE,
        SHORT_HEAD_OVER_RESTATING_DECK,
        SHORT_KO_HEAD_OVER_RESTATING_DECK,
        TOWN_SECTION_OVER_NOTED_POST,
    )

    pages = (
        BLOG_CATEGORY_OVER_SIGNED_POST,
        TOWN_SECTION_OVER_NOTED_POST,
        HEAD_OVER_DECK_AND_BYLINE,
        SHORT_HEAD_OVER_RESTATING_DECK,
        SHORT_KO_HEAD_OVER_RESTATING_DECK,
    )
    for page in pages:
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_bracketed_dateline_cut_with_its_bracket_alike() -> None:
    from tests.test_glued_datelines import BRACKETED_DATELINE_PAGE

    for bracket in ("(", "[", "（", "【", ""):
        page = BRACKETED_DATELINE_PAGE.replace("(03.11", f"{bracket}03.11")
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_posts_line_of_its_rubrics_alike() -> None:
    from tests.test_field_lines import FILED_ITEM

    for label in ("Рубрики:", "Рубрика :", "Categories:", "분류:", "Category five"):
        page = FILED_ITEM.replace("Рубрики:", label)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_filing_labels_hashtags_alike() -> None:
    from tests.test_field_lines import TAGGED_POST

    for label in ("태그:", "Метки:", "Categories:"):
        for page in (TAGGED_POST.replace("태그:", label), TAGGED_POST.replace("#", "")):
            for tz, now in SETTINGS:
                assert compare(page, tz, now)


def test_a_tag_labels_hashtags_alike() -> None:
    from tests.test_hashtags_labels import TAG_LABEL_PAGE

    line = TAG_LABEL_PAGE.split("\n")[-1]
    over = "\n".join([line, "", *TAG_LABEL_PAGE.split("\n")[:-1]])
    for label in ("Tags:", "Теги:", "Тэги:", "Tagged:"):
        for page in (TAG_LABEL_PAGE.replace("Tags:", label), over, TAG_LABEL_PAGE.replace("#", "")):
            for tz, now in SETTINGS:
                assert compare(page, tz, now)


def test_flags_glued_to_each_other_and_an_image_s_flag_alike() -> None:
    from tests.test_titles import GLUED_FLAGS_PAGE, IMAGE_FLAG_PAGE

    glued_after = GLUED_FLAGS_PAGE.replace(
        "[경제뉴스][해설] 바람골 풍력단지, 내년 봄 첫 전력 보낸다",
        "바람골 풍력단지, 내년 봄 첫 전력 보낸다[에너지 전환 기획] 김바다",
    )
    for page in (GLUED_FLAGS_PAGE, glued_after, IMAGE_FLAG_PAGE):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_an_events_section_word_over_a_day_alike() -> None:
    from tests.test_section_names import EVENT_ITEM

    for word in ("Мероприятие", "Event", "행사", "Утренник"):
        page = EVENT_ITEM.replace("Мероприятие", word)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_board_s_name_over_its_trail_alike() -> None:
    from tests.test_section_names import BOARD_TRAIL_PAGE, HEADLINE_TRAIL_PAGE

    undated = BOARD_TRAIL_PAGE.replace("admin 2021.04.18 09:12 Views : 88", "")
    for page in (BOARD_TRAIL_PAGE, undated, HEADLINE_TRAIL_PAGE):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_name_after_a_bar_before_the_outlet_s_motto_alike() -> None:
    from tests.test_titles import NAMED_BAR_PAGE

    bare = NAMED_BAR_PAGE.replace(" - Hills and River News", "")
    titled = NAMED_BAR_PAGE.replace(
        "Council reopens Marlow ferry pier", "Marlow Ferry Pier Reopens"
    )
    for page in (NAMED_BAR_PAGE, bare, titled):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_paragraph_s_opening_split_off_its_rest_alike() -> None:
    from tests.test_split_paragraphs import DROP_CAP_NOTICE, SPLIT_PARAGRAPH_POST

    for page in (SPLIT_PARAGRAPH_POST, DROP_CAP_NOTICE):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_korean_headline_with_a_latin_initialism_and_a_cry_alike() -> None:
    from tests.test_headline import INITIALISM_CRY_PAGE, LATIN_BANNER_PAGE

    for page in (INITIALISM_CRY_PAGE, LATIN_BANNER_PAGE):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_day_glued_to_the_headline_by_a_colon_alike() -> None:
    from tests.test_cut_titles import COLON_GLUED_DAY_PAGE

    for page in (COLON_GLUED_DAY_PAGE, COLON_GLUED_DAY_PAGE.replace("2022:", "22:")):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_page_s_counted_views_after_the_time_alike() -> None:
    from tests.test_timestamps import COUNTED_META_PAGE

    line = "ВЕРХНЕВОЛЖЬЕ ЛУГОВСКОЙ РАЙОН 03-Мар-2024 в 11:20 215 просмотров 2 комментария"
    for other in (
        line,
        "Town and Country News 03-Mar-2024 at 11:20 1,215 views 2 comments",
        "ВЕРХНЕВОЛЖЬЕ ЛУГОВСКОЙ РАЙОН 03-Мар-2024 в 11:20 215 саженцев 2 клумбы",
        "한빛 지역 소식 2024.03.03 11:20 조회 215 댓글 2",
    ):
        page = COUNTED_META_PAGE.replace(line, other)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_head_printed_twice_over_its_lead_alike() -> None:
    from tests.test_headline import (
        CAPTION_TWICE_PAGE,
        CARD_TWICE_PAGE,
        NOTICE_TWICE_PAGE,
        VIDEO_TWICE_UNDER_STORY_PAGE,
    )

    for page in (
        NOTICE_TWICE_PAGE,
        CARD_TWICE_PAGE,
        CAPTION_TWICE_PAGE,
        VIDEO_TWICE_UNDER_STORY_PAGE,
    ):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_an_issue_s_title_alike() -> None:
    from tests.test_headline import ISSUE_TITLE_PAGES, NO_ISSUE_TITLE_PAGES

    for page in (*ISSUE_TITLE_PAGES.values(), *NO_ISSUE_TITLE_PAGES.values()):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_an_event_s_run_of_days_alike() -> None:
    from tests.test_headline import BROADCAST_DAY_PAGE, EVENT_RUN_PAGES

    for page in (*EVENT_RUN_PAGES.values(), BROADCAST_DAY_PAGE):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_at_between_a_subject_s_label_and_its_time_alike() -> None:
    from tests.test_timestamps import FERRY_CREWS_STORY

    stamp = FERRY_CREWS_STORY.split("\n")[0]
    for other in (
        stamp,
        "Page last updated on 11 June 2009",
        "Page last updated at the harbour office",
        "The timetable was last updated at 15:20 on Thursday, 11 June 2009.",
    ):
        page = FERRY_CREWS_STORY.replace(stamp, other)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_an_ad_slot_s_label_alike() -> None:
    from tests.test_headline import AD_SLOT_PAGE, BANNER_SIZE_HEADLINES, BANNER_SIZE_PAGE

    pages = [BANNER_SIZE_PAGE.format(headline=headline) for headline in BANNER_SIZE_HEADLINES]
    for page in (AD_SLOT_PAGE, AD_SLOT_PAGE.replace("990x90px", "990Х90"), *pages):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_an_age_mark_glued_to_the_headline_alike() -> None:
    from tests.test_cut_titles import AGE_MARK_GLUED_PAGE, COUNT_SPACED_PAGE

    quoted = AGE_MARK_GLUED_PAGE.replace("12+Спектакль «Три апельсина»", "6+«Три апельсина»")
    for page in (AGE_MARK_GLUED_PAGE, quoted, COUNT_SPACED_PAGE):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_print_issue_s_day_alike() -> None:
    from tests.test_timestamps import ISSUE_LINE_STORY

    issue = "Выпуск 16 от 23.04.2021 г."
    for page in (
        ISSUE_LINE_STORY,
        ISSUE_LINE_STORY.replace(issue, "Issue 16, April 23, 2021"),
        ISSUE_LINE_STORY.replace(issue, "Выпуск № 16 — 23.04.2021."),
        ISSUE_LINE_STORY.replace("22.04.2021 10:37 Четверг\n", ""),
        ISSUE_LINE_STORY.replace(issue, "Матч 16 начнётся 23.04.2021"),
    ):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_script_whose_every_sentence_is_its_own_block_alike() -> None:
    from tests.test_wraps import SCRIPT_BLOCKS_PAGE

    lines = SCRIPT_BLOCKS_PAGE.split("\n")
    cut = lines.index("이에 따라 시장 옆 공영주차장과")
    for page in (
        SCRIPT_BLOCKS_PAGE,
        SCRIPT_BLOCKS_PAGE.replace("[기사내용]", "서림구 공영주차장 공사 다음 달로 연기\n"),
        "\n".join(lines[:cut]),
    ):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_latest_update_label_alike() -> None:
    from tests.test_timestamps import LATEST_UPDATES_RAIL, RECORD_WITH_A_LATEST_UPDATE

    for page in (RECORD_WITH_A_LATEST_UPDATE, LATEST_UPDATES_RAIL):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_thread_header_row_alike() -> None:
    from tests.test_thread_headers import READ_ON_PAGE, THREAD_HEADER_PAGE, TOPIC_WORDS_PAGE

    for page in (THREAD_HEADER_PAGE, READ_ON_PAGE, TOPIC_WORDS_PAGE):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_byline_in_raw_tags_and_a_courtesy_credit_alike() -> None:
    from tests.test_credit_heads import (
        COURTESY_CREDIT_PAGE,
        COURTESY_HEADLINE_PAGE,
        MARKUP_BYLINE_PAGE,
        MARKUP_HEADLINE_PAGE,
    )

    for page in (
        MARKUP_BYLINE_PAGE,
        MARKUP_HEADLINE_PAGE,
        COURTESY_CREDIT_PAGE,
        COURTESY_HEADLINE_PAGE,
    ):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_count_of_stories_over_a_list_alike() -> None:
    from tests.test_story_counts import (
        COUNTED_HEADLINE_PAGE,
        ONE_STORY_COUNT_PAGE,
        STORY_COUNT_PAGE,
    )

    for page in (STORY_COUNT_PAGE, ONE_STORY_COUNT_PAGE, COUNTED_HEADLINE_PAGE):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_the_day_a_clip_s_event_occurred_on_alike() -> None:
    from tests.test_timestamps import (
        CLIP_WITH_ITS_EVENT_DAY,
        HEADLINE_SAYING_WHAT_HAPPENED,
        RAIL_LINK_S_LATEST_UPDATE,
        STORY_SAYING_WHAT_OCCURRED,
    )

    for page in (
        CLIP_WITH_ITS_EVENT_DAY,
        STORY_SAYING_WHAT_OCCURRED,
        HEADLINE_SAYING_WHAT_HAPPENED,
        RAIL_LINK_S_LATEST_UPDATE,
    ):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_an_outlet_s_name_after_a_letter_bar_alike() -> None:
    from tests.test_titles import LETTER_BAR_PAGE, NO_LETTER_BAR_TITLES

    first = LETTER_BAR_PAGE.split("\n", 1)[0]
    others = [LETTER_BAR_PAGE.replace(first, title) for title in NO_LETTER_BAR_TITLES]
    for page in (LETTER_BAR_PAGE, *others):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_title_label_glued_to_the_title_alike() -> None:
    from tests.test_cut_titles import GLUED_FIELDS_PAGE, TITLE_TRACK_PAGE

    spaced = GLUED_FIELDS_PAGE.replace("일2", "일 2").replace("수8", "수 8")
    for page in (GLUED_FIELDS_PAGE, TITLE_TRACK_PAGE, spaced):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_board_post_s_short_title_alike() -> None:
    from tests.test_section_names import NO_SHORT_POST_TITLE_PAGES, SHORT_POST_TITLE_PAGE

    for page in (SHORT_POST_TITLE_PAGE, *NO_SHORT_POST_TITLE_PAGES):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_weekday_s_date_and_clock_run_into_a_post_title_alike() -> None:
    from tests.test_cut_titles import WEEKDAY_DATED_POST_PAGE

    prose = WEEKDAY_DATED_POST_PAGE.replace(
        "Slow-cooker lentils - a habit, not just a supper",
        "Slow-cooker lentils went on. We ate them cold at midnight on the porch",
    )
    # a fixtures box's heading: a weekday's day alone run into a league's name and a kick-off
    fixtures = "Ferry Rovers sign a keeper\n\nSaturday, 14 June 2025 Coastal League 15:30 CET\n"
    for page in (WEEKDAY_DATED_POST_PAGE, prose, fixtures):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_byline_glued_to_the_headline_s_last_word_alike() -> None:
    from tests.test_cut_titles import GLUED_BY_BYLINE_PAGE

    spaced = GLUED_BY_BYLINE_PAGE.replace(
        "promise more shows after 2nd LPBy Mira Castellano", "Will Stand By Harbour Town"
    )
    for page in (GLUED_BY_BYLINE_PAGE, spaced):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_photograph_s_credit_alone_in_round_brackets_alike() -> None:
    from tests.test_headline import BRACKETED_CREDIT_PAGE

    for credit in (
        "Wirephoto/Gullmere Inns & Lodges",
        "Cliffside Lodge reopens its north/south wings",
    ):
        page = BRACKETED_CREDIT_PAGE.format(credit=credit)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_line_naming_the_site_s_top_menu_alike() -> None:
    from tests.test_headline import TOP_MENU_PAGE

    long_line = "Why the harbour app moved its ferry times out of the top menu"
    for menu in ("한솔방송 뉴스 상단 메뉴", long_line):
        page = TOP_MENU_PAGE.format(menu=menu)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_programme_s_name_glued_by_a_slash_after_the_headline_alike() -> None:
    from tests.test_titles import PROGRAMME_GLUED_PAGE

    own = PROGRAMME_GLUED_PAGE.replace("'누전 경보'/아침뉴스", "누전 경보 '1'/2")
    for page in (PROGRAMME_GLUED_PAGE, own):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_version_s_flag_closing_a_korean_headline_alike() -> None:
    from tests.test_titles import FINAL_FLAG_NOTICE

    for flag in ("(최종)", "(종합2보)", "(정보)"):
        page = FINAL_FLAG_NOTICE.replace("(최종)", flag)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_narrowed_rules_misfire_pages_alike() -> None:
    from tests.test_narrowed_rules import misfire_pages

    for page in misfire_pages():
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_byline_glued_after_a_title_by_an_underscore_alike() -> None:
    from tests.test_glued_bylines import UNDERSCORED_BYLINE_PAGE

    for tail in ("한누리 기자", "봉헌 미사", "By Ana Ruiz"):
        page = UNDERSCORED_BYLINE_PAGE.format(tail=tail)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_weekday_date_under_a_poster_s_field_alike() -> None:
    from tests.test_documents import POSTER_FIELD_OVER_A_WEEKDAY_DATE

    for field in ("솔내종회", "1,204", "Visitors 88"):
        page = POSTER_FIELD_OVER_A_WEEKDAY_DATE.format(field=field)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_korean_notice_title_written_without_spaces_alike() -> None:
    long_notice = "정화조청소작업에따른단수시간안내"
    for page in (long_notice, "관리사무소공지사항", f"{long_notice}\n\n관리사무소"):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_student_reporter_s_byline_alike() -> None:
    from tests.test_headline import STUDENT_BYLINE_PAGE

    head = "솔빛중학교 2학년 이서준 기자가 걸어 본 갯벌 생태관"
    for page in (
        STUDENT_BYLINE_PAGE.replace("{head}\n", ""),
        STUDENT_BYLINE_PAGE.replace("{head}", head),
    ):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_day_in_figures_and_a_colon_opening_the_lead_alike() -> None:
    from tests.test_timestamps import DATED_LEAD_PAGE

    counted = DATED_LEAD_PAGE.replace("21.05.16: The", "12 hurt in 2016 crash: The")
    prose = DATED_LEAD_PAGE.replace("21.05.16: The", "21.05.16 the")
    short = "Steps reopen\n\n21.05.16: The steps reopened.\n"
    for page in (DATED_LEAD_PAGE, counted, prose, short):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_town_and_country_on_the_date_line_alike() -> None:
    from tests.test_timestamps import PLACED_DATE_LINE_PAGE

    body = PLACED_DATE_LINE_PAGE.replace(" Kisumbi, Uganda Fisheries", " Fisheries").replace(
        "Fishers at the Kisumbi", "Fishers at Kisumbi, Uganda, at the"
    )
    cell = PLACED_DATE_LINE_PAGE.replace("Views Kisumbi, Uganda", "Views | Kisumbi, Uganda |")
    for page in (PLACED_DATE_LINE_PAGE, body, cell):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_day_glued_to_the_headline_s_bracket_alike() -> None:
    spaced = GLUED_DAY_PAGE.replace(")14.04.2021", ") 14.04.2021")
    flagged = GLUED_DAY_PAGE.replace(" (ФОТОРЕПОРТАЖ)", " (ФОТО)")
    marked = GLUED_DAY_PAGE.replace(" (ФОТОРЕПОРТАЖ)", " (LEAD)")
    for page in (GLUED_DAY_PAGE, spaced, flagged, marked):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_country_in_a_capital_dateline_s_credit_alike() -> None:
    from tests.test_timestamps import CREDITED_DATELINE_PAGE

    two = CREDITED_DATELINE_PAGE.replace("Pakistan Wire", "Pakistan and India Desk")
    below = CREDITED_DATELINE_PAGE.replace("KOTLA MIRAN, (", "KOTLA MIRAN\n(")
    glued = CREDITED_DATELINE_PAGE.replace("Pakistan Wire", "Pakistani Wire")
    for page in (CREDITED_DATELINE_PAGE, two, below, glued):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_day_named_in_words_settling_a_date_in_figures_alike() -> None:
    from tests.test_timestamps import ROUND_UP_PAGE

    other = ROUND_UP_PAGE.replace("Saturday 6 March", "Saturday 9 October")
    both = ROUND_UP_PAGE.replace("Saturday 6 March", "Saturday 6 March or June 3")
    dotted = ROUND_UP_PAGE.replace("06/03/2021", "06.03.21")
    for page in (ROUND_UP_PAGE, other, both, dotted):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_title_naming_the_day_and_clock_its_dateline_prints_alike() -> None:
    from tests.test_timestamps import ROUND_UP_PAGE

    other_clock = ROUND_UP_PAGE.replace("06/03/2021 @ 21:00", "06/03/2021 @ 18:00")
    worded = ROUND_UP_PAGE.replace("06/03/2021 @ 21:00", "6 March 2021, 9.00pm")
    no_clock = ROUND_UP_PAGE.replace(" - 9pm", "")
    for page in (ROUND_UP_PAGE, other_clock, worded, no_clock):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_dateline_s_place_glued_after_the_headline_alike() -> None:
    from tests.test_dateline_places import CLOSING_PLACE_HEAD, CLOSING_PLACE_PAGE

    places = ("MILLBROOK", "ST. CLAIR", "NASA")
    pages = [CLOSING_PLACE_PAGE.format(place=place) for place in places]
    pages.append(pages[0].replace(f"{CLOSING_PLACE_HEAD} ", "Bingo night "))
    for page in pages:
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_game_s_score_under_its_label_alike() -> None:
    from tests.test_labelled_scores import MATCH_PAGE

    results = (
        "Match Result : Fenwick Otters 4 Kestrels 3",
        "Result: Fenwick Otters 4, Kestrels 3",
        "Match Report : Fenwick Otters 4 Kestrels 3 After Late Winner",
    )
    for result in results:
        page = MATCH_PAGE.format(result=result)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_icon_descriptions_run_together_over_the_headline_alike() -> None:
    from tests.test_description_runs import ICON_PAGE, ICON_RUN, STORY_RUN

    few = " ".join(ICON_RUN.split(". ")[:6])
    shouted = ICON_RUN.upper()
    for first in (ICON_RUN, STORY_RUN, few, shouted):
        page = ICON_PAGE.format(first=first)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_report_s_values_under_their_labels_alike() -> None:
    from tests.test_label_values import TRAIL_REPORT

    for label in ("Snow Depth:", "Club News:", "Subject:", "Snow Depth :"):
        page = TRAIL_REPORT.format(label=label)
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_teaser_s_reading_time_over_the_article_s_own_alike() -> None:
    from tests.test_reading_times import TIMED_TEASER_PAGE

    pages = [TIMED_TEASER_PAGE.format(stamp=stamp) for stamp in ("5 mins read", "Weather")]
    lines = pages[0].split("\n")
    lines[4] = "By: Efua Mensah-Baidoo"
    pages.append("\n".join(lines))
    pages.append(pages[0].replace("5 mins read", "5 мин чтения"))
    for page in pages:
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_place_and_a_dotted_day_opening_the_lead_alike() -> None:
    from tests.test_timestamps import PLACED_DOTTED_DATELINE_PAGE

    sentence = PLACED_DOTTED_DATELINE_PAGE.replace(
        "Ольховка, 09.11.22.", "Совет собрался в Ольховке, 09.11.22."
    )
    lower = PLACED_DOTTED_DATELINE_PAGE.replace(
        "09.11.22. /Приречье-Инфо/. Районный", "09.11.22. районный"
    )
    yearless = PLACED_DOTTED_DATELINE_PAGE.replace("09.11.22.", "09.11.")
    for page in (PLACED_DOTTED_DATELINE_PAGE, sentence, lower, yearless):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_head_and_time_over_a_dateline_of_another_day_alike() -> None:
    from tests.test_timestamps import RELATED_HEAD_OVER_A_DATELINE_PAGE as PAGE

    same = PAGE.replace("19 фев", "3 мар")
    next_day = PAGE.replace("19 фев", "4 мар")
    dated = PAGE.replace("19 фев", "19 февраля 2024")
    sentence = PAGE.replace(
        "ОЛЬХОВКА, 19 фев — Агентство «Приречье». Плата",
        "Совет решил еще 19 февраля, что плата за вывоз мусора – и это окончательно – Плата",
    )
    for page in (PAGE, same, next_day, dated, sentence):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_poll_s_question_under_its_label_alike() -> None:
    from tests.test_headline import POLL_OVER_A_HEADLESS_ITEM as PAGE

    asked = PAGE.replace("Опрос\n", "Транспорт\n")
    stated = PAGE.replace("острова?\n", "острова\n")
    english = PAGE.replace("Опрос\n", "  Poll \n")
    for page in (PAGE, asked, stated, english):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_korean_title_trailing_off_in_four_dots_alike() -> None:
    from tests.test_headline import FOUR_DOTS_LETTER_PAGE as PAGE

    for head in (
        "솔내 보건소에 다녀와서....",
        "솔내 보건소에서 예방접종을 받았습니다....",
        "보건소..",
    ):
        for tz, now in SETTINGS:
            assert compare(PAGE.format(head=head), tz, now)


def test_a_category_repeating_the_bracketed_flag_alike() -> None:
    from tests.test_headline import FLAG_ECHO_POST as PAGE

    for head in (
        "[동호인리그] 5라운드 경기 결과 정리 동호인 리그 ™",
        "[동호인 리그] 5라운드 경기 결과 정리 동호인리그",
        "[결과] 5라운드 경기 결과",
        "[동호인리그] 경기 동호인 리그",
    ):
        for tz, now in SETTINGS:
            assert compare(PAGE.format(head=head), tz, now)


def test_a_title_field_running_on_alike() -> None:
    from tests.test_headline import FIELD_RUN_ON_RELEASE as PAGE

    for second in (
        "작은도서관 인력 충원 촉구 기자회견",
        "올해 안에 인력을 늘리라고 요구합니다.",
        "○ 주최 : 노조",
    ):
        for tz, now in SETTINGS:
            assert compare(PAGE.format(second=second), tz, now)


def test_a_caption_closed_by_a_slashed_credit_alike() -> None:
    from tests.test_headline import CAPTION_LINE
    from tests.test_headline import LABELLED_SUMMARY_PAGE as PAGE

    for caption in (CAPTION_LINE, "A/B 테스트로 본 솔내군 축제", "솔내군청 전경. / 솔내군 1"):
        for tz, now in SETTINGS:
            assert compare(PAGE.format(summary="", caption=caption), tz, now)


def test_a_summary_under_its_label_alike() -> None:
    from tests.test_headline import CAPTION_LINE, SUMMARY_LINE
    from tests.test_headline import LABELLED_SUMMARY_PAGE as PAGE

    for summary in (SUMMARY_LINE, "요약본 공개한 솔내군 가족 축제", "Article summary: fares rise"):
        for caption in (CAPTION_LINE, ""):
            for tz, now in SETTINGS:
                assert compare(PAGE.format(summary=summary, caption=caption), tz, now)


def test_a_release_s_day_over_its_contact_s_telephone_alike() -> None:
    from tests.test_documents import CONTACT_DAY_RELEASE as PAGE

    for contact in ("한누리 대변인 010-2468-1357", "한누리 대변인", "대표전화 (02)555-0147"):
        for tz, now in SETTINGS:
            assert compare(PAGE.format(contact=contact), tz, now)


def test_a_sentence_closed_by_its_day_alike() -> None:
    from tests.test_timestamps import PLAYED_ON

    signed = PLAYED_ON.replace("Home cup tie played on 9 May 2015.", "By Tom Hale, 9 May 2015.")
    unstopped = PLAYED_ON.replace("9 May 2015.", "9 May 2015")
    lower = PLAYED_ON.replace("Home cup", "home cup")
    for page in (PLAYED_ON, signed, unstopped, lower):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_form_s_labels_printed_empty_alike() -> None:
    from tests.test_headline import FORM_LABELS_OVER_A_NARRATIVE as PAGE
    from tests.test_headline import HEAD_OVER_LINKS_SHARING_ITS_WORD as HEADED

    spaced = PAGE.replace("Mara Quist\n", "")
    cased = PAGE.replace("Incident Type", "incident TYPE")
    for page in (PAGE, HEADED, spaced, cased):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_later_story_s_head_under_a_headless_story_alike() -> None:
    from tests.test_headline import SECOND_STORY_UNDER_A_HEADLESS_ONE as PAGE

    echoed = PAGE.replace("took most of the morning.", "held up the river ferry for the morning.")
    shorter = PAGE.replace("A crane crew from Nova Scotia was brought in for the lift", "A crane")
    for page in (PAGE, echoed, shorter):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_day_glued_after_a_headline_opening_with_an_event_day_alike() -> None:
    from tests.test_glued_datelines import EVENT_DAY_HEAD
    from tests.test_glued_datelines import EVENT_DAY_PRINT_PAGE as PAGE

    own = "5 октября в Озерках пройдет ярмарка мёда, а 12 октября 2020 – праздник урожая"
    spaced = PAGE.replace("пастилы01.10.2020", "пастилы 01.10.2020", 1)
    for page in (PAGE, PAGE.replace(f"{EVENT_DAY_HEAD}01.10.2020", own, 1), spaced):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_day_split_over_the_lines_over_the_headline_alike() -> None:
    from tests.test_split_days import SPLIT_DAY_PAGE as PAGE

    pages = (
        PAGE,
        PAGE.replace("четверг\n", ""),
        PAGE.replace("четверг\n", "четверг\nНовости района\n"),
        PAGE.replace("7\n", "47\n", 1),
        PAGE.replace("марта 2024", "Mar. 2024").replace("четверг", "Thursday"),
    )
    for page in pages:
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_standard_time_printed_in_summer_alike() -> None:
    from tests.test_timestamps import SUMMER_CENTRAL_STAMP as PAGE

    pages = [
        PAGE.replace("CST", stamp).format(dateline=dateline)
        for stamp in ("CST", "CT", "AST", "IST")
        for dateline in ("", "MOLINE, Ill. (KXXB) - ", "BEIJING, Oct 2 (Agency) - ")
    ]
    for page in pages:
        for tz, now in [*SETTINGS, ("America/Chicago", None)]:
            assert compare(page, tz, now)


def test_a_byline_split_over_two_lines_alike() -> None:
    from tests.test_timestamps import SPLIT_BYLINE_PAGE as PAGE

    pages = (
        PAGE,
        PAGE.replace("By\n", "By:\n"),
        PAGE.replace("By\n", "Posted\n"),
        PAGE.replace("April 5, 2024\n", ""),
        PAGE.replace("By\n", "  BY  \n").replace("April 5, 2024", "5 April 2024"),
    )
    for page in pages:
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_headline_printed_again_as_an_alt_text_under_a_site_name_alike() -> None:
    from tests.test_alt_text_heads import ALT_TEXT_PAGE as PAGE
    from tests.test_alt_text_heads import SITE_NAME

    head = "Ольховские рыболовы выпустили в реку тысячу мальков"
    again = PAGE.replace(SITE_NAME, head).replace("История", f"{head} – читайте также")
    for page in (PAGE, again, PAGE.replace(", изображение №1", "")):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_day_after_of_alone_over_a_notice_alike() -> None:
    from tests.test_notice_days import NOTICE_PAGE as PAGE

    pages = (
        PAGE,
        PAGE.replace("от 14 апреля", "Сход граждан от 14 апреля", 1),
        PAGE.replace(" года\n", "\n", 1),
    )
    for page in pages:
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_day_glued_before_the_headline_again_alike() -> None:
    from tests.test_opening_day_echoes import GLUED_DAY_PAGE as PAGE
    from tests.test_opening_day_echoes import GLUED_HEAD

    pages = (
        PAGE,
        PAGE.replace(f"21.06.2019{GLUED_HEAD}", f"21.06.2019 | {GLUED_HEAD}"),
        PAGE.replace(f"21.06.2019{GLUED_HEAD}", "21.06.2019Станция на Ольхе"),
        PAGE.replace(f"21.06.2019{GLUED_HEAD}", f"Снимок от 21.06.2019{GLUED_HEAD}"),
    )
    for page in pages:
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_column_of_dated_lines_closing_the_page_alike() -> None:
    from tests.test_date_columns import COLUMN_PAGE as PAGE

    pages = (
        PAGE,
        PAGE.replace("18 марта 2024 16:40 |", "19 марта 2024 10:12 |"),
        PAGE.replace("18 марта 2024 16:40 |", "Ещё новости"),
    )
    for page in pages:
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_capitals_side_by_side_between_other_lines_alike() -> None:
    from tests.test_capitals_apart import CAPITALS_PAGE as PAGE

    pages = (
        PAGE,
        PAGE.replace("<!-- $map_widget_key -->", "ОФИЦИАЛЬНЫЙ САЙТ ПОСЕЛЕНИЯ"),
        PAGE.replace("<!-- $map_widget_key -->\n", ""),
        PAGE.replace("ИЗВЕЩЕНИЕ\n", "ИЗВЕЩЕНИЕ\n\n"),
    )
    for page in pages:
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_transcript_s_title_closed_by_its_reporter_s_name_alike() -> None:
    from tests.test_bracketed_writers import TRANSCRIPT_PAGE as PAGE

    unnamed = PAGE.replace("문하늘 기자가 전합니다.", "현장을 다녀왔습니다.").replace(
        "뱃길뉴스 문하늘입니다.", "뱃길뉴스였습니다."
    )
    unlabelled = PAGE.replace("서지우)", "서지우")
    for page in (PAGE, unnamed, unlabelled):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_sentence_holding_a_date_and_trailing_labels_alike() -> None:
    from tests.test_trailing_labels import NOTICE_PAGE as PAGE

    stamped = PAGE.replace("■2022/06/14 11:00", "2022-06-14 11:00 송고 | 2022-06-14 15:20 최종수정")
    short = PAGE.replace("가 배포되어 「거래 기록」이 추가된 이후", "가 배포")
    for page in (PAGE, stamped, short):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_korean_headline_over_two_lines_closing_on_a_modifier_alike() -> None:
    from tests.test_modifier_heads import MODIFIER_HEAD_PAGE as PAGE
    from tests.test_modifier_heads import MODIFIER_HEAD_TOP as TOP

    pages = (
        PAGE,
        PAGE.replace(TOP, "2024년 항만 야간 출입 제한"),
        PAGE.replace(TOP, "2024년 현장 실습으로 선정된"),
        PAGE.replace(TOP, f"{TOP}."),
    )
    for page in pages:
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_credit_block_s_last_value_over_the_day_alike() -> None:
    from tests.test_credit_blocks import CREDIT_PAGE as PAGE

    pages = (
        PAGE,
        PAGE.replace("에디터\n", "에디터\n\n"),
        PAGE.replace("참고도서\n", "참고 도서\n"),
    )
    for page in pages:
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_labelled_time_after_a_byline_s_handle_alike() -> None:
    from tests.test_timestamps import BYLINE_HANDLE_PAGE as PAGE

    unlabelled = PAGE.replace("Published ", "")
    updated = PAGE.replace("Published ", "Updated ")
    below = PAGE.replace(") Published", ")\nPublished")
    for page in (PAGE, unlabelled, updated, below):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_currency_code_before_a_sum_alike() -> None:
    from tests.test_timestamps import CURRENCY_CODE_PAGE as PAGE

    version = PAGE.replace("worth PHP2.4 million", "logged in PHP 8.1")
    spaced = PAGE.replace("PHP2.4 million", "PHP 2,400,000")
    mixed = PAGE.replace("PHP2.4 million", "PHP2.4 million (S$60,000)")
    for page in (PAGE, version, spaced, mixed):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)


def test_a_stamp_opening_the_page_over_its_headline_alike() -> None:
    clock = "Четверг, 6 ноября 2025, 10:42"
    named = CLOCK_ATOP_AN_UNDATED_STORY.replace(clock, "Четверг, 6 ноябрь 2025, 10:42")
    barred = CLOCK_ATOP_AN_UNDATED_STORY.replace(clock, "Поиск\n" + clock)
    english = CLOCK_ATOP_AN_UNDATED_STORY.replace(clock, "Thu, 06 Nov, 2025 - 10:42")
    bracketed = CLOCK_ATOP_AN_UNDATED_STORY.replace(clock, "2025-11-06 10:42 (목)")
    headless = CLOCK_ATOP_AN_UNDATED_STORY.replace("В Заречном открыли круглогодичный каток\n", "")
    for page in (CLOCK_ATOP_AN_UNDATED_STORY, named, barred, english, bracketed, headless):
        for tz, now in SETTINGS:
            assert compare(page, tz, now)
