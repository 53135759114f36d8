"""A tag label's line of hashtags: the page's tags, though the label is the page's machinery."""

from __future__ import annotations

import pytest

from normalize import normalize_document

# A village's post on its harbour fair: its headline, its story, then its tags after a tag label,
# each after a hash sign.
TAG_LABEL_PAGE = "\n".join(
    [
        "Lantern boats close the Wrenmouth harbour fair",
        "",
        "Forty lantern boats sailed past the breakwater on Sunday night to close the fair, "
        "and the harbour master counted more visitors than in any year before.",
        "",
        "Tags: #WrenmouthFair, #LanternBoats",
    ]
)

TITLE = "Lantern boats close the Wrenmouth harbour fair"
TAGS = ["WrenmouthFair", "LanternBoats"]


def _tags(page: str) -> list[str]:
    return [tag["tag"] for tag in normalize_document(page)["hashtags"]]


@pytest.mark.parametrize(
    "label",
    [
        "Tags: #WrenmouthFair, #LanternBoats",
        "Tags: #WrenmouthFair #LanternBoats",
        "Теги: #WrenmouthFair #LanternBoats",
        "Тэги: #WrenmouthFair, #LanternBoats",
        "태그: #WrenmouthFair #LanternBoats",
    ],
)
def test_a_tag_labels_hashtags_are_the_pages(label: str) -> None:
    """Hashtags after a tag label ("Tags:", "Теги:", "Тэги:", "태그:") are the page's, as the
    same line with no label is; the label stays no headline."""
    page = TAG_LABEL_PAGE.replace("Tags: #WrenmouthFair, #LanternBoats", label)
    row = normalize_document(page)
    assert [tag["tag"] for tag in row["hashtags"]] == TAGS
    assert row["title"] == TITLE


def test_a_tag_labels_line_over_the_headline_is_no_headline() -> None:
    """The label's line printed over the headline gives its tags and stays no headline."""
    lines = TAG_LABEL_PAGE.split("\n")
    page = "\n".join([lines[-1], "", *lines[:-1]])
    row = normalize_document(page)
    assert row["title"] == TITLE
    assert [tag["tag"] for tag in row["hashtags"]] == TAGS


def test_a_tag_labels_plain_words_are_no_hashtags() -> None:
    """Entries with no hash sign after the label are the post's metadata, no hashtags, and the
    headline stays the page's."""
    plain = TAG_LABEL_PAGE.replace("#", "")
    assert _tags(plain) == []
    assert normalize_document(plain)["title"] == TITLE
    assert _tags(TAG_LABEL_PAGE.replace("Tags: #WrenmouthFair, #LanternBoats", "Tags: fair")) == []
