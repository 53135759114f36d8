"""What opens a story over its lead without being its headline: a byline whose writers run on
in a paragraph's raw tags ("By Ana Ruiz </p><p>and Tom Rey</p><p>Outlet"), and a credit naming
the giver of the video or photograph printed with the story ("Video courtesy of …")."""

from __future__ import annotations

from normalize import normalize_document

_LEAD = [
    "",
    "Ferry crews on the north route stayed in port on Tuesday as the storm held over the bay,"
    " the harbour board said.",
    "",
    "Crossings to the island are due to resume on Wednesday morning if the wind drops.",
]
# A wire copy after a scraper's meta date: its byline with the paragraphs' tags left in.
MARKUP_BYLINE_PAGE = "\n".join(
    [" date 2024-02-06 By Ana Ruiz, Tom Rey </p><p>and Lee Han</p><p>Bay Courier", *_LEAD]
)
# A station's story after a scraper's meta date: its video's credit over a dateline lead.
COURTESY_CREDIT_PAGE = "\n".join(
    [
        " date 2024-02-06 Video courtesy of the Harbour Trust",
        "",
        "PORT ELLERY (KBAY) -- " + _LEAD[1],
        *_LEAD[2:],
    ]
)
# The same shapes with a headline: a title before the paragraph's tag, "courtesy of" inside it.
MARKUP_HEADLINE_PAGE = "\n".join(
    [" date 2024-02-06 Storm keeps north route ferries in port </p><p>By Ana Ruiz</p>", *_LEAD]
)
COURTESY_HEADLINE_PAGE = "\n".join(
    [" date 2024-02-06 Free ferry rides courtesy of the harbour board end in May", *_LEAD]
)


def test_a_byline_in_raw_paragraph_tags_is_no_headline() -> None:
    row = normalize_document(MARKUP_BYLINE_PAGE)
    assert row["title"] is None
    assert row["published_at"] is not None


def test_a_courtesy_credit_is_no_headline() -> None:
    assert normalize_document(COURTESY_CREDIT_PAGE)["title"] is None


def test_a_headline_before_a_paragraph_tag_or_naming_a_courtesy_stays() -> None:
    assert normalize_document(MARKUP_HEADLINE_PAGE)["title"] == (
        "Storm keeps north route ferries in port"
    )
    assert normalize_document(COURTESY_HEADLINE_PAGE)["title"] == (
        "Free ferry rides courtesy of the harbour board end in May"
    )
