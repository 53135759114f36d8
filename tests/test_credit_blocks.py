"""A magazine's block of credits, each label and each value on its own line, closed by the
article's day: its last value (a book's title) is no headline, though it stands right over the
day (``normalize.foot_heads.is_credit_value``)."""

from __future__ import annotations

from datetime import UTC, datetime

from normalize import normalize_document

CREDIT_HEAD = "첫 낚시라면 잔잔한 저수지 좌대부터 시작하자!"
CREDIT_BOOK = "주말에 떠나는 민물 낚시 50"
CREDIT_PAGE = "\n".join(
    [
        "주메뉴바로가기 본문바로가기",
        "최근 검색어 모두 지우기",
        "",
        "레저",
        "더 보기+",
        "",
        CREDIT_HEAD,
        "",
        "대개 첫 낚시는 지루하다. 채비는 복잡하고, 찌는 좀처럼 움직이지 않으며, 물가는 생각보다"
        " 바람이 세다. 하지만 좌대 낚시터라면 이야기가 다르다. 도시락을 챙겨 하루를 보내기 좋고"
        " 관리인이 채비를 도와준다.",
        "",
        "에디터",
        "문가람",
        "사진",
        "솔빛낚시협회, 가온군",
        "참고도서",
        CREDIT_BOOK,
        "2023.04.08",
        "2 / 8",
        "",
        "아이와 느긋하게 하루,",
        "솔빛 저수지 좌대",
        "",
        "가온군 읍내에서 15분이면 닿는 솔빛 저수지는 좌대마다 지붕이 있어 비가 와도 낚시를 이어"
        " 갈 수 있다. 관리동에서 미끼와 채비를 빌려준다.",
    ]
)


def test_a_credit_block_s_last_value_over_the_day_is_no_headline() -> None:
    """Labels and values each on a line ("에디터" / "NAME" / "사진" / "SOURCE" / "참고도서" /
    "BOOK") under the first paragraph: the book's title over the day is a credit's value, and
    the headline stays the one over the paragraph."""
    row = normalize_document(CREDIT_PAGE)
    assert row["title"] == CREDIT_HEAD
    assert row["published_at"] == datetime(2023, 4, 8, tzinfo=UTC)


def test_a_head_over_its_day_under_one_label_still_heads_the_story() -> None:
    """A head right over its day under a single section's label, no block of credits around
    them, heads the story below a teaser: the headline."""
    head = "저수지 좌대 낚시터 올봄 문 열어"
    page = "\n".join(
        [
            "가온군 솔빛 저수지가 겨울 공사를 마치고 새 좌대 스무 개를 들였다. 관리인이 채비를"
            " 돕고 도시락을 데울 곳도 생겼다.",
            "",
            "레저",
            head,
            "2023.04.08",
            "",
            "가온군 솔빛 저수지 좌대 낚시터가 올봄 다시 문을 연다. 군은 겨울 동안 좌대를 새로"
            " 놓고 관리동을 고쳤다고 밝혔다.",
        ]
    )
    row = normalize_document(page)
    assert row["title"] == head
