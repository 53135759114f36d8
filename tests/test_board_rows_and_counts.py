"""Lines a board prints around a post's title: its header's fields run into one line, the
poster's nickname beside the post's counters, a deck under the poster's name and time, and a
day after "by" and the writer's name under a title opened by an event's day."""

from __future__ import annotations

from datetime import UTC, datetime

from normalize import normalize_document
from normalize.boilerplate import line_kind
from normalize.text import clean_text
from tests.test_core_headline import assert_same_headline

# An alumni board's post: the title's field, the day's and the views' run into one line, the
# writer's field under it, then the report.
FIELD_ROW_PAGE = "\n".join(
    [
        "{row}",
        "작성자 : 사무국 첨부파일:",
        "",
        "지난 주말 물빛고 총동창회 가을 등반대회가 은골산에서 열려 동문 300여 명이 함께 걸었다.",
        "",
        "정상에서는 기수별 기념 촬영이 이어졌고, 하산 뒤에는 모교 강당에서 시상식이 열렸다.",
    ]
)
FIELD_ROW = "제목 : 물빛고 총동창 가을 등반대회를 마치며.... 등록일 : 2022-10-24    조회: 318"


def test_a_day_field_in_a_row_of_fields_opened_by_the_title_is_the_post_day() -> None:
    page = FIELD_ROW_PAGE.format(row=FIELD_ROW)
    row = normalize_document(page)
    assert row["title"] == "물빛고 총동창 가을 등반대회를 마치며...."
    assert row["published_at"] == datetime(2022, 10, 24, tzinfo=UTC)
    assert_same_headline(clean_text(page))


def test_a_day_field_after_a_title_the_line_opens_without_a_label_stays_crowded() -> None:
    page = FIELD_ROW_PAGE.format(row=FIELD_ROW.removeprefix("제목 : "))
    assert normalize_document(page)["published_at"] is None
    assert_same_headline(clean_text(page))


# A film club's board post: its title closing with a full stop, the post's minute alone, the
# poster's nickname and the views' count, then the post.
POSTER_COUNTS_PAGE = "\n".join(
    [
        "골목 영화관 상영표를 함께 모아 보면 좋겠습니다.",
        "",
        "2013.04.09 21:17",
        "",
        "{poster}",
        "",
        "요즘 골목 영화관들이 저마다 시간표를 따로 올려서 한눈에 보기가 어렵습니다.",
        "",
        "",
        "그래서 이 게시판에 상영표를 한데 두면 어떨까 싶어 제안을 드려 봅니다.",
    ]
)


def test_a_nickname_and_a_views_count_is_the_posters_line_not_the_headline() -> None:
    assert line_kind("밤바다산책 조회 수:2045") == "byline"
    page = POSTER_COUNTS_PAGE.format(poster="밤바다산책 조회 수:2045")
    row = normalize_document(page)
    assert row["title"] == "골목 영화관 상영표를 함께 모아 보면 좋겠습니다."
    assert row["published_at"] == datetime(2013, 4, 9, 12, 17, tzinfo=UTC)
    assert_same_headline(clean_text(page))


def test_a_count_after_more_words_than_a_name_stays_text() -> None:
    assert line_kind("Harbour cam tops views: 3,217") == "text"
    assert line_kind("골목 영화관 상영표 조회 수:2045") == "text"
    page = POSTER_COUNTS_PAGE.format(poster="골목 영화관 상영표 조회 수:2045")
    assert_same_headline(clean_text(page))


# An orchard shop's board post: the board's name, the title, the operator's name and the post's
# minute with its bare counts, a body label, a deck, an image's file name, then the notice.
DECK_UNDER_META_PAGE = "\n".join(
    [
        "농장이야기",
        "",
        " ",
        "{title}",
        "",
        "운영자",
        "2022.09.15 10:42 128 0",
        "",
        "본문",
        "",
        "이른 추위에 착색 늦어져 첫 수확 열흘가량 미뤄",
        "",
        "a41f09c2e7d84b5f9e3a6c1d0b2f8e7a_1663206120_5531.jpg ",
        "",
        "올해는 이른 추위에 사과 착색이 늦어지면서 첫 수확을 열흘가량 미루게 되었습니다. 빈"
        " 상자만 쌓인 창고를 보며 단골 손님들께 죄송한 마음입니다.",
        "",
        "주문하신 분들께는 10월 첫 주부터 순서대로 보내 드리겠습니다.",
    ]
)
# A title its notice echoes, and one it does not.
DECKED_TITLES = ("텅 빈 사과 상자, 올가을 단골 손님 애태워", "농장 소식을 전해 드립니다")


def test_a_line_under_a_board_posts_name_and_time_is_the_deck_of_the_title_above() -> None:
    page = DECK_UNDER_META_PAGE.format(title=DECKED_TITLES[0])
    row = normalize_document(page)
    assert row["title"] == DECKED_TITLES[0]
    assert row["published_at"] == datetime(2022, 9, 15, 1, 42, tzinfo=UTC)
    assert_same_headline(clean_text(page))


def test_a_line_under_the_meta_block_stays_the_headline_under_a_line_its_story_ignores() -> None:
    page = DECK_UNDER_META_PAGE.format(title=DECKED_TITLES[1])
    row = normalize_document(page)
    assert row["title"] == "이른 추위에 착색 늦어져 첫 수확 열흘가량 미뤄"
    assert_same_headline(clean_text(page))


# A hosted blog's event post: its category path, the title opened by the event's day in
# brackets, the writer's nickname and alias with the post's day, the title again, the notice.
BYLINE_DAY_PAGE = "\n".join(
    [
        "본문 바로가기",
        "[마을 소식]/행사 알림",
        "",
        "[2020년 6월 6일] 물빛마을 느티나무 정자 준공식",
        "",
        "{byline} 2020. 5. 28.",
        "",
        "[2020년 6월 6일] 물빛마을 느티나무 정자 준공식",
        "",
        "",
        "물빛마을 어귀의 느티나무 아래 새 정자가 완공되어 준공식을 엽니다.",
        "",
        "마을 어르신들이 쉬어 갈 곳이 없다는 이야기에 주민들이 두 해 동안 돈을 모아 지었습니다.",
        "",
        "일 시 : 2020년 6월 6일 토요일",
    ]
)
# A writer's nickname and alias after "by", and a phrase of more words.
BYLINES = ("by 솔바람/해오름(海)", "by the village hall office")


def test_a_day_after_by_and_a_name_under_the_title_dates_the_post_not_the_titles_day() -> None:
    page = BYLINE_DAY_PAGE.format(byline=BYLINES[0])
    row = normalize_document(page)
    assert row["title"] == "물빛마을 느티나무 정자 준공식"
    assert row["published_at"] == datetime(2020, 5, 28, tzinfo=UTC)
    assert_same_headline(clean_text(page))


def test_a_day_after_by_and_a_phrase_leaves_the_titles_day() -> None:
    page = BYLINE_DAY_PAGE.format(byline=BYLINES[1])
    assert normalize_document(page)["published_at"] == datetime(2020, 6, 6, tzinfo=UTC)
    assert_same_headline(clean_text(page))
