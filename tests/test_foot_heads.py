"""A headline printed below its own story (the lead before the title, or the title at the
story's foot) heads the story above it: it is not a head that stands after the article."""

from __future__ import annotations

import pytest

from normalize import normalize_document
from normalize.foot_heads import heads_body_above, heads_its_dated_lead, is_after_body
from normalize.heads import Candidate
from normalize.text import clean_text
from tests.test_core_headline import assert_same_headline

HEAD = "Patronal feast in Elmcote"
STORY = [
    "We congratulate you all on the patronal feast of the church of Saint Brendan in the "
    "village of Elmcote.",
    "This morning the festive service was led by the rural dean, Father Anselm Hale, with the "
    "clergy of the deanery.",
    "The combined choir of the deanery's Sunday schools sang under the direction of Maria Tull.",
    "After the service a procession went round the church, and the parishioners served tea for "
    "the children in the churchyard.",
]
# a parish site: a greeting, the story, its title at its foot, the share tools
FOOT_PAGE = ["Dear brothers and sisters!", *STORY, HEAD, "|", "|", "Share a link on social media:"]
# a town portal: the lead, then the title, a caption and the reactions
LEAD_FIRST_PAGE = [
    "Menu",
    "News",
    "In Millbrook a young elk came out of the birch wood onto the stadium of School No. 4 on "
    "Tuesday morning, crossed the running track at a slow pace and stood for a while by the goal "
    "before it went back into the trees, a video from the school's camera shows.",
    "Elk walks out onto the school stadium in Millbrook",
    "The school's outdoor camera filmed the visit.",
    "Like",
    "12",
    "Found a mistake? Select the text and press Ctrl+Enter",
]

# a diocese's portal: its news section's label, the day, the lead, then the title and the story
LEAD_UNDER_ITS_DAY_PAGE = "\n".join(
    [
        "Новости Ольховской епархии",
        "",
        "9 Марта 2019",
        "В Неделю Торжества Православия, 17 марта, епископ Ольховский Антоний совершил литургию "
        "в Никольском храме села Верхние Броды и освятил новые колокола, отлитые на пожертвования "
        "жителей.",
        "В Верхних Бродах освятили новые колокола",
        "",
        "Семь колоколов весом от восьми килограммов до полутонны отлили мастера из Ярцева.",
        "",
        "После службы звонари соседних приходов сыграли на новой звоннице праздничный звон.",
    ]
)

# a town's news blog: the post's text, then its day, then its title as the page's last line
TITLE_LAST_PAGE = "\n".join(
    [
        "Snowmelt has flooded several gravel roads east of town since dawn. For the latest "
        "conditions, see the county road map before you set out.",
        "Tuesday, April 9, 2019",
        "Quarry Lane closed past Otter Brook",
    ]
)


def _head(order: int, text: str) -> Candidate:
    return Candidate(order, order, text, text.lower(), {})


def test_a_title_below_the_story_whose_lead_repeats_it_heads_that_story() -> None:
    lines = [*STORY, HEAD, "Share a link on social media:"]
    head = _head(4, HEAD)
    assert heads_body_above(head, lines, list(range(6)), [0, 1, 2, 3])
    assert not is_after_body(head, lines, list(range(6)), [0, 1, 2, 3], [])


def test_a_related_story_below_an_article_stays_after_it() -> None:
    """A teaser below the article shares a word of its lead, not most of its own."""
    lines = [*STORY, "Choir tour dates for the spring in the deanery", "Share"]
    teaser = _head(4, lines[4])
    assert not heads_body_above(teaser, lines, list(range(6)), [0, 1, 2, 3])
    assert is_after_body(teaser, lines, list(range(6)), [0, 1, 2, 3], [])


def test_a_head_with_a_paragraph_of_its_own_below_heads_that_one() -> None:
    lines = [STORY[0], HEAD, STORY[1]]
    assert not heads_body_above(_head(1, HEAD), lines, [0, 1, 2], [0, 2])


def test_a_title_right_below_its_lead_under_the_day_heads_that_lead() -> None:
    """The story going on below it, the title still heads the lead printed over it."""
    lines = ["16 March 2021", STORY[0], HEAD, STORY[1]]
    head = _head(2, HEAD)
    assert heads_its_dated_lead(head, lines, [0, 1, 2, 3], [1, 3], [0])
    assert not is_after_body(head, lines, [0, 1, 2, 3], [1, 3], [0])


def test_a_subhead_below_a_lead_under_the_day_stays_after_it() -> None:
    """A subhead shares a word or two with the lead above it, not most of its own."""
    lines = ["16 March 2021", STORY[0], "Tea for the children", STORY[1]]
    subhead = _head(2, lines[2])
    assert not heads_its_dated_lead(subhead, lines, [0, 1, 2, 3], [1, 3], [0])
    assert is_after_body(subhead, lines, [0, 1, 2, 3], [1, 3], [0])


def test_the_title_under_its_dated_lead_is_the_headline() -> None:
    row = normalize_document(clean_text(LEAD_UNDER_ITS_DAY_PAGE))
    assert row["title"] == "В Верхних Бродах освятили новые колокола"


def test_the_title_closing_the_page_under_the_day_of_its_post_is_the_headline() -> None:
    """A post printed text first, its day, then its title: the last line heads no text below."""
    row = normalize_document(clean_text(TITLE_LAST_PAGE))
    assert row["title"] == "Quarry Lane closed past Otter Brook"


def test_a_signature_closing_a_letter_under_its_day_is_no_headline() -> None:
    """A letter's signer under its day is a name, no word in small letters: no title."""
    letter = TITLE_LAST_PAGE.replace(TITLE_LAST_PAGE.split("\n")[-1], "Mara Holt, Port Ellery")
    assert normalize_document(clean_text(letter))["title"] is None
    assert_same_headline(clean_text(letter))


def test_a_footer_s_line_closing_the_page_under_its_day_is_no_headline() -> None:
    """A footer's line under the post's day ("Share this post", "Filed under Local news",
    "Tags: …", "Leave a comment") holds words in small letters but titles no post."""
    last = TITLE_LAST_PAGE.split("\n")[-1]
    for footer in ("Share this post", "Filed under Local news", "Tags: roads", "Leave a comment"):
        page = clean_text(TITLE_LAST_PAGE.replace(last, footer))
        assert normalize_document(page)["title"] is None, footer
        assert_same_headline(page)


def test_a_line_under_a_day_with_a_line_below_it_stays_after_the_body() -> None:
    lines = [*TITLE_LAST_PAGE.split("\n"), "Share this post"]
    head = _head(2, lines[2])
    assert is_after_body(head, lines, [0, 1, 2, 3], [0], [1])
    assert not is_after_body(head, lines[:3], [0, 1, 2], [0], [1])


@pytest.mark.parametrize(
    ("page", "title"),
    [(FOOT_PAGE, HEAD), (LEAD_FIRST_PAGE, "Elk walks out onto the school stadium in Millbrook")],
)
def test_the_title_below_its_story_is_the_headline(page: list[str], title: str) -> None:
    assert normalize_document(clean_text("\n\n".join(page)))["title"] == title


@pytest.mark.parametrize("page", [FOOT_PAGE, LEAD_FIRST_PAGE])
def test_the_core_reads_a_title_below_its_story_as_python_does(page: list[str]) -> None:
    assert_same_headline(clean_text("\n\n".join(page)))
