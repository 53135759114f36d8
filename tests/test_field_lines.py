"""A widget's field ("Reporter : Ann Lee", "Статьи по теме: элеваторы") is no headline."""

from __future__ import annotations

import pytest

from normalize import normalize_document
from normalize.heads import Candidate
from normalize.labels import is_field_line
from normalize.text import clean_text
from tests.test_core_headline import assert_same_headline

HEAD = "Harbour Lights Return This Spring"
PROMO_PAGE = "\n\n".join(
    [
        "Now Booking: Harbour Lights!",
        HEAD,
        "Posted on 03/02/2024",
        "The harbour lights walk along the old quay will return this spring after a two-year "
        "break, with twelve new lanterns made by pupils of the harbour school.",
    ]
)

TAG_PAGE = "\n".join(
    [
        "Статьи по теме: элеваторы",
        "",
        "Ничего не найдено, попробуйте позже.",
    ]
)


def _first(lines: list[str]) -> Candidate:
    return Candidate(0, 0, lines[0], lines[0].lower(), {})


@pytest.mark.parametrize(
    "lines",
    [
        ["Reporter : Ann Lee", "Ann Lee covers the city hall and its budget."],
        ["Статьи по теме: элеваторы", "Зерно на элеваторах подорожало за месяц."],
        # figures and dates are a reading, not words of a clause
        ["Свежий номер: №14 (3120) от 2 мая 2024 года", "Автор: Иван Лосев", "Все материалы"],
    ],
)
def test_a_label_the_text_never_repeats_makes_a_field(lines: list[str]) -> None:
    assert is_field_line(_first(lines), lines, list(range(len(lines))))


@pytest.mark.parametrize(
    "lines",
    [
        # the lead names the speaker before the colon
        ["Mayor: Depot will wait", "The mayor said the bus depot will wait another year."],
        # a clause after the colon is a headline's, whatever the lead says
        ["Spring comes late: snow and frost expected this week", "Forecasters warned on Monday."],
        ["Reporter Ann Lee", "Ann Lee covers the city hall."],
        ["Year in review: prices rose 7% in 12 months", "Shops raised prices all year."],
    ],
)
def test_a_headline_with_a_colon_is_no_field(lines: list[str]) -> None:
    assert not is_field_line(_first(lines), lines, list(range(len(lines))))


def test_the_headline_under_a_booking_field_wins() -> None:
    assert normalize_document(PROMO_PAGE)["title"] == HEAD


def test_a_tag_page_label_is_no_headline() -> None:
    assert normalize_document(TAG_PAGE)["title"] is None


@pytest.mark.parametrize("page", [PROMO_PAGE, TAG_PAGE])
def test_the_core_weighs_a_field_as_python_does(page: str) -> None:
    assert_same_headline(clean_text(page))
