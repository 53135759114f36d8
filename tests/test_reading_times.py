"""Reading times: each belongs to one story. A head over its own reading time atop an article
whose byline prints another one is a teaser's card, another story's; a byline after its
story's reading time ("2 mins readBy: …") is a byline, no headline."""

from __future__ import annotations

from normalize import normalize_document
from normalize.text import clean_text
from tests.test_core_headline import assert_same_headline

TEASER_HEAD = "Storm warning issued for the northern coast - Weather Office says"
# A news site's article page that lost its own headline: another story's card (its head and
# reading time), the article's day, its reading time glued to its byline, its paragraphs.
TIMED_TEASER_PAGE = "\n".join(
    [
        "",
        TEASER_HEAD,
        "{stamp}",
        "4th June 2024 09:12:30 AM",
        "3 mins readBy: Efua Mensah-Baidoo",
        "The Regional Director of Education, Mrs. Adjoa Kwarteng, on Tuesday opened two new "
        "classroom blocks at the Asankrom Junior High School.",
        "Pupils of the school had been taking lessons under a tree since the old block was "
        "pulled down last year.",
        "Mrs. Kwarteng said the directorate would supply furniture to the new blocks before the "
        "next term begins.",
        "The headmaster thanked parents who had contributed to the building fund.",
    ]
)


def test_a_head_over_its_own_reading_time_atop_another_story_is_none() -> None:
    page = TIMED_TEASER_PAGE.format(stamp="5 mins read")
    row = normalize_document(page)
    assert row["title"] is None
    assert row["published_at"] is not None
    assert_same_headline(clean_text(page))


def test_a_head_over_the_article_s_only_reading_time_stays() -> None:
    """Without a second reading time below it, the head's reading time may be the article's
    own: the head stays its headline."""
    lines = TIMED_TEASER_PAGE.format(stamp="5 mins read").split("\n")
    lines[4] = "By: Efua Mensah-Baidoo"
    page = "\n".join(lines)
    assert normalize_document(page)["title"] == TEASER_HEAD
    assert_same_headline(clean_text(page))
