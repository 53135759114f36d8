"""A Korean headline set over two lines side by side, the first closing on a verb's modifier
form whose noun the second holds ("… 증명한" / "… 대학"): one headline
(``normalize.capital_heads``)."""

from __future__ import annotations

from datetime import UTC, datetime

from normalize import normalize_document

MODIFIER_HEAD_TOP = "2024년 현장 실습으로 증명한"
MODIFIER_HEAD_BOTTOM = "바다 인재 키우는 항만대학"
MODIFIER_HEAD_PAGE = "\n".join(
    [
        "기획특집 | 기획특집 - 2024.11.20",
        "",
        MODIFIER_HEAD_TOP,
        MODIFIER_HEAD_BOTTOM,
        "",
        "대학은 항구와 함께 배우는 현장이다. 2024년 한 해, 우리 대학 학생들은 항만 곳곳에서"
        " 실습을 이어 가며 바다 인재로 자랐다. 해운학과 학생 40여 명은 여름 내내 부두에서"
        " 화물 선적을 익혔고, 항만물류학과는 지역 선사와 함께 새 운항 계획을 짰다."
        " [(왼쪽부터) 해운학과 윤바다 학생, 항만물류학과 서하늘 교수] 또한 실습을 마친 학생 가운데"
        " 열두 명이 지역 선사에 일자리를 얻었다.",
    ]
)


def test_a_korean_headline_over_two_lines_closing_on_a_modifier_is_one_headline() -> None:
    """The first line closes on a noun's 하다 form modifying the noun the second line holds:
    the two are one headline, joined with a space."""
    row = normalize_document(MODIFIER_HEAD_PAGE)
    assert row["title"] == f"{MODIFIER_HEAD_TOP} {MODIFIER_HEAD_BOTTOM}"
    assert row["published_at"] == datetime(2024, 11, 20, tzinfo=UTC)


def test_a_korean_headline_closing_on_a_noun_keeps_its_line() -> None:
    """A first line closing on a noun that ends as the form does (제한: a noun of one syllable
    before 한) modifies nothing below: the second line is no piece of it."""
    top = "2024년 항만 야간 출입 제한"
    row = normalize_document(MODIFIER_HEAD_PAGE.replace(MODIFIER_HEAD_TOP, top))
    assert row["title"] == top
