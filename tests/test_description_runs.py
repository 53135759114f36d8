"""An icon set's names and descriptions run together on one line above the headline (a page
that lost its markup): no paragraph of the story, so the headline under it is not read as a
line below the story."""

from __future__ import annotations

from normalize import normalize_document
from normalize.description_runs import is_description_run
from normalize.text import clean_text
from tests.test_core_headline import assert_same_headline

ICON_NAMES = (
    "Bell",
    "Bookmark",
    "Chevron",
    "Cog",
    "Globe",
    "Heart",
    "Key",
    "Lock",
    "Pin",
    "Star",
)
# An icon set's descriptions, each sentence naming "a small drawing of" its thing.
ICON_RUN = " ".join(f"{name} A small drawing of a {name.lower()}." for name in ICON_NAMES)
# A story's paragraph as long, its sentences each saying something new.
STORY_RUN = (
    "The harbour committee met in the town hall on Monday evening to talk about the crane. "
    "Members heard from the harbour master, who has asked for a new one since the spring. "
    "The old crane broke down in March and has not lifted a boat since that week. "
    "Fishermen on the west pier say they have lost a season's work while they waited. "
    "Two boats were taken to Ardmore by road at a cost their owners could ill afford. "
    "The committee put off its vote until the engineers have costed a repair. "
    "Their report is due at the end of next month, the convener told the meeting. "
    "The harbour master said he would wait for it but could not promise the boats would. "
    "Nobody on the committee spoke against buying a crane once the money is found."
)
ICON_HEAD = "Glenmore bakery reopens six months after kitchen fire"
ICON_PAGE = "\n".join(
    [
        " date 2024-02-05 {first}",
        "",
        ICON_HEAD,
        "",
        "Customers queued in the rain on Quay Street for their first loaves.",
        "",
        "By Iona Baird",
        "",
        "The shop on Quay Street sold its first loaves on Monday since the blaze in August.",
        "",
        "Owner Fergus Hay said the new ovens had arrived a week early.",
        "",
        '"We are glad to be back and grateful to everyone who waited," he said.',
    ]
)


def test_descriptions_repeating_their_words_are_a_run() -> None:
    assert is_description_run(ICON_RUN)
    assert not is_description_run(STORY_RUN)
    assert not is_description_run(" ".join(ICON_RUN.split(". ")[:6]))  # too few to tell


def test_the_headline_under_a_run_of_icon_descriptions_is_picked() -> None:
    page = ICON_PAGE.format(first=ICON_RUN)
    assert normalize_document(page)["title"] == ICON_HEAD
    assert_same_headline(clean_text(page))


def test_a_story_s_paragraph_above_the_headline_stays_the_body() -> None:
    """A paragraph of as many sentences that repeat no run of words is the story's: the line
    under it is read as one below the story, as before."""
    page = ICON_PAGE.format(first=STORY_RUN)
    assert normalize_document(page)["title"] != ICON_HEAD
    assert_same_headline(clean_text(page))
