"""The headline printed again under it, its day glued before the copy, a photograph's caption
after it: the page's day (``normalize.timestamps.headline_date``)."""

from __future__ import annotations

from datetime import UTC, datetime

from normalize import normalize_document

GLUED_HEAD = "В Ольховке открыли новую лодочную станцию"
GLUED_DAY_PAGE = "\n".join(
    [
        GLUED_HEAD,
        f"21.06.2019{GLUED_HEAD}. Фото: архив",
        "Станцию на берегу Ольхи построили за два месяца на средства района.",
        "— Лодки выдают с восьми утра до заката, — рассказал смотритель Игнат Ловцов.",
        "Напомним, что купаться у станции запрещено.",
        "Все новости",
    ]
)


def test_a_day_glued_before_the_headline_again_dates_the_page() -> None:
    """The day "21.06.2019" glued before the headline's copy on the line under it dates the page."""
    row = normalize_document(GLUED_DAY_PAGE)
    assert row["title"] == GLUED_HEAD
    assert row["published_at"] == datetime(2019, 6, 21, tzinfo=UTC)
    assert row["published_precision"] == "day"
    spaced = GLUED_DAY_PAGE.replace(f"21.06.2019{GLUED_HEAD}", f"21.06.2019 | {GLUED_HEAD}")
    assert normalize_document(spaced)["published_at"] == datetime(2019, 6, 21, tzinfo=UTC)


def test_a_day_before_other_words_or_after_words_dates_no_page() -> None:
    """A day glued before words that are no copy of the headline, or a copy with words before
    its day, prints no day of the page's."""
    other = GLUED_DAY_PAGE.replace(f"21.06.2019{GLUED_HEAD}", "21.06.2019Станция на Ольхе")
    after_words = GLUED_DAY_PAGE.replace(
        f"21.06.2019{GLUED_HEAD}", f"Снимок от 21.06.2019{GLUED_HEAD}"
    )
    for page in (other, after_words):
        row = normalize_document(page)
        assert row["title"] == GLUED_HEAD
        assert row["published_at"] is None
