"""Lines a board prints around a post's title: its header's fields run into one line."""

from __future__ import annotations

from datetime import UTC, datetime

from normalize import normalize_document
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
