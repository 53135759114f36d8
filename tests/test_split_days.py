"""A day a date block prints over the headline, its number, its month and year and its
weekday each on a line of its own (``normalize.timestamps.split_days``)."""

from __future__ import annotations

from datetime import UTC, datetime

from normalize import normalize_document

SPLIT_DAY_HEAD = "Ольховские гончары привезли с ярмарки три награды"
SPLIT_DAY_PAGE = "\n".join(
    [
        "7",
        "марта 2024",
        "четверг",
        " ",
        "",
        SPLIT_DAY_HEAD,
        "",
        "С 22 по 25 февраля в Приречном выставочном зале прошла межрайонная ярмарка ремесел"
        " «Глиняный двор». Ольховские гончары показали на ней кувшины, свистульки и расписные"
        " блюда.",
        "Весной мастерская гончаров откроет в Ольховке занятия для школьников.",
    ]
)


def test_a_day_split_over_the_lines_over_the_headline_dates_the_page() -> None:
    """A day's number, its month and year and its weekday, each alone on a line right over the
    headline (a space line between), read as one date: the page's publication day, not the
    days the story tells."""
    row = normalize_document(SPLIT_DAY_PAGE)
    assert row["title"] == SPLIT_DAY_HEAD
    assert row["published_at"] == datetime(2024, 3, 7, tzinfo=UTC)
    assert row["published_precision"] == "day"
    # without its weekday too
    row = normalize_document(SPLIT_DAY_PAGE.replace("четверг\n", ""))
    assert row["published_at"] == datetime(2024, 3, 7, tzinfo=UTC)


def test_a_number_over_a_month_apart_from_the_headline_dates_no_page() -> None:
    """A number over a month and year with another line of text between them and the headline
    (a menu's label), or a number no day can be, is no date block of the headline's."""
    for page in (
        SPLIT_DAY_PAGE.replace("четверг\n", "четверг\nНовости района\n"),
        SPLIT_DAY_PAGE.replace("7\n", "47\n", 1),
    ):
        row = normalize_document(page)
        assert row["title"] == SPLIT_DAY_HEAD
        assert row["published_at"] is None
