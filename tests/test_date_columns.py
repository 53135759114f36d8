"""A column of other items' days and clocks closing the page, one a line, their titles not
scraped: a list's dates, none the page's (``normalize.timestamps.listings``)."""

from __future__ import annotations

from datetime import UTC, datetime

from normalize import normalize_document

COLUMN_HEAD = "В Ольховке прошёл вечер гармонистов"
COLUMN_PAGE = "\n".join(
    [
        COLUMN_HEAD,
        "15 марта в клубе села Ольховка прошёл вечер гармонистов «Играй, тальянка!».",
        "На сцену вышли Иван Рябов, Семён Гладких и ансамбль «Ольховские зори».",
        "Зрители подпевали знакомым песням до позднего вечера.",
        "19 марта 2024 10:12 |",
        "18 марта 2024 16:40 |",
        "18 марта 2024 09:05 |",
        "15 марта 2024 18:30 |",
    ]
)


def test_a_column_of_dated_lines_closing_the_page_dates_no_page() -> None:
    """Three days and clocks or more on lines in a row, each opening its line: other items'
    dates, no publication time of the page."""
    row = normalize_document(COLUMN_PAGE)
    assert row["title"] == COLUMN_HEAD
    assert row["published_at"] is None


def test_a_stamp_printed_twice_over_another_day_is_no_column() -> None:
    """The page's own stamp printed twice on lines in a row (shown, and a machine's copy) over
    another day: three dated lines in a row, two reading the same time, are no column; the
    stamp is the page's time."""
    page = "\n".join(
        [
            COLUMN_HEAD,
            "19 марта 2024 10:12",
            "19 марта 2024 10:12",
            "20 марта 2024 08:00",
            "15 марта в клубе села Ольховка прошёл вечер гармонистов «Играй, тальянка!».",
        ]
    )
    row = normalize_document(page)
    assert row["published_at"] == datetime(2024, 3, 19, 7, 12, tzinfo=UTC)
