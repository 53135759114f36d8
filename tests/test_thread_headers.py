"""A thread's header row scraped onto one line: the columns' names before the topic's subject
("Author Topic: …", "Автор Тема: …") and its read counter after it ("(Read 88 times)") are no
words of the headline."""

from __future__ import annotations

import pytest

from normalize import normalize_document, titles

# A town forum's topic page: the header row, the poster's rank box, the post.
THREAD_HEADER_PAGE = "\n".join(
    [
        "Author Topic: Harbour ferry timetable changes from June  (Read 88 times)",
        "",
        "",
        "  • Global Moderator",
        "  • *****",
        "  • Posts: 4120",
        "",
        "The ferry company will run the north route twice a day from June, the harbour board"
        " said on Monday.",
        "",
        "Crossings to the island stay hourly at weekends, and the winter timetable returns in"
        " October.",
    ]
)
# A headline that asks its reader to read on in brackets, and one naming a topic in its words.
READ_ON_PAGE = "\n".join(
    [
        "Ferry fares rise again (read the board's letter)",
        "",
        "The harbour board raised ferry fares by a tenth on Monday, its letter to islanders says.",
    ]
)
TOPIC_WORDS_PAGE = "\n".join(
    [
        "The Ferry Topic: Why Fares Keep Rising",
        "",
        "Ferry fares keep rising because the harbour board pays more for fuel every winter.",
    ]
)


def test_a_thread_header_row_gives_the_topic_s_subject() -> None:
    assert normalize_document(THREAD_HEADER_PAGE)["title"] == (
        "Harbour ferry timetable changes from June"
    )


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("Автор Тема: Паром идёт дважды в день  (Прочитано 88 раз)", "Паром идёт дважды в день"),
        ("Subject: Ferry fares rise (1,204 views)", "Ferry fares rise"),
        ("나루터 새 단장 (조회 412)", "나루터 새 단장"),
        ("Ferry fares rise again (read the board's letter)", None),
        ("The Ferry Topic: Why Fares Keep Rising", None),
    ],
)
def test_a_header_row_s_columns_and_counter_are_cut(line: str, headline: str | None) -> None:
    """The columns' names and the counter go; brackets that are no count and words before
    "Topic" that are no one column's name stay."""
    assert titles.cut_headline(line) == (headline or line)


def test_a_headline_s_own_brackets_and_topic_words_stay() -> None:
    assert normalize_document(READ_ON_PAGE)["title"] == (
        "Ferry fares rise again (read the board's letter)"
    )
    assert normalize_document(TOPIC_WORDS_PAGE)["title"] == "The Ferry Topic: Why Fares Keep Rising"
