"""A site's notice above an article is not the article's first paragraph."""

from __future__ import annotations

from normalize import normalize_document
from normalize.headline import extract_headline
from normalize.heads import Candidate
from normalize.notices import without_notice
from normalize.text import clean_text
from tests.test_core_headline import assert_same_headline

HEAD = "Night crossing saved after a full hall pleads for it"
LEAD = (
    "The harbour board voted on Tuesday to keep the night ferry to the islands running through "
    "the winter, after islanders filled the hall to ask for it."
)
PAGE = [
    "Skip to the main content",
    "",
    "The site is being serviced tonight. Sorry for the trouble.",
    "",
    HEAD,
    "",
    "June 3",
    "",
    LEAD,
    "",
    "The last boat will leave the quay at eleven, as it did before the cuts of last spring.",
]


def _head(order: int, text: str) -> Candidate:
    return Candidate(order, order, text, text.lower(), {})


def test_a_short_notice_that_the_lead_shares_no_word_with_is_left_out() -> None:
    texts = ["The site is being serviced tonight.", HEAD, LEAD]
    assert without_notice([0, 2], [_head(1, HEAD)], texts) == [2]


def test_a_paragraph_the_lead_goes_on_from_stays() -> None:
    """A short first paragraph that shares the lead's words is the article's start, under a
    subhead."""
    texts = ["The harbour board met on Tuesday.", HEAD, LEAD]
    assert without_notice([0, 2], [_head(1, HEAD)], texts) == [0, 2]


def test_a_long_paragraph_stays_though_it_shares_no_word() -> None:
    texts = [
        "Our reporters spent a week on the islands this spring to hear what people who live "
        "there think of the plans for a bridge.",
        HEAD,
        LEAD,
    ]
    assert without_notice([0, 2], [_head(1, HEAD)], texts) == [0, 2]


def test_no_head_between_that_the_lead_echoes_keeps_the_notice() -> None:
    texts = ["The site is being serviced tonight.", "Weather and tides", LEAD]
    assert without_notice([0, 2], [_head(1, "Weather and tides")], texts) == [0, 2]


def test_the_headline_under_a_notice_wins_over_a_skip_link() -> None:
    assert extract_headline(PAGE, {}, set(), {6}).title == HEAD
    assert normalize_document(clean_text("\n".join(PAGE)))["title"] == HEAD


def test_the_core_leaves_out_the_notice_as_python_does() -> None:
    assert_same_headline(clean_text("\n".join(PAGE)))
