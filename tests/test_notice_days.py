"""A notice's day printed alone over its headline as a document dates itself, "от" before the
day and "года" after it: the page's day, no entry of a schedule with the day a list item names
in the text (``normalize.timestamps.schedules``, "от" a filler word of a Russian date)."""

from __future__ import annotations

from datetime import UTC, datetime

from normalize import normalize_document

NOTICE_HEAD = "Приглашаем на собрание жителей!"
NOTICE_PAGE = "\n".join(
    [
        "от 14 апреля 2022 года",
        NOTICE_HEAD,
        "Совет сельского поселения «Ольховское» приглашает жителей обсудить проект планировки"
        " береговой зоны у старой мельницы.",
        "С проектом можно ознакомиться:",
        "- на сайте поселения в разделе «Документы»;",
        "- в вестнике поселения № 7 от 08.04.2022;",
        "- в здании совета (кабинет № 2).",
    ]
)


def test_a_day_after_of_alone_over_a_notice_dates_the_page() -> None:
    """The line "от 14 апреля 2022 года" alone right over the headline is the notice's day,
    though a list item under it names a bulletin's day after its words."""
    row = normalize_document(NOTICE_PAGE)
    assert row["title"] == NOTICE_HEAD
    assert row["published_at"] == datetime(2022, 4, 14, tzinfo=UTC)
    assert row["published_precision"] == "day"


def test_a_day_after_words_over_a_notice_stays_an_entry() -> None:
    """A day after words naming a thing ("Сход граждан от 14 апреля 2022 года") beside another
    line naming its own day is a schedule's entry, not the page's day."""
    page = NOTICE_PAGE.replace("от 14 апреля", "Сход граждан от 14 апреля", 1)
    row = normalize_document(page)
    assert row["published_at"] is None
