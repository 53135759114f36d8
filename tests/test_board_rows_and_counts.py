"""Lines a board prints around a post's title: its header's fields run into one line, and the
poster's nickname beside the post's counters."""

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
