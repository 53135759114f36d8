"""A report printed as labels alone on their lines, each over its values ("Snow Depth:" /
"40 Inches at the summit"): the values are no headline, and a report with no title of its own
has none."""

from __future__ import annotations

from normalize import normalize_document
from normalize.record_fields import label_values
from normalize.text import clean_text
from tests.test_core_headline import assert_same_headline

# A ski club's trail report: its day, labels each over their values or a paragraph, bullets.
TRAIL_REPORT = "\n".join(
    [
        "January 14th, 2022",
        "",
        "{label}",
        "",
        "40 Inches at the summit",
        "",
        "22 Inches at the lodge",
        "",
        "Grooming:",
        "",
        "The groomers were out on Thursday night and went over the whole of the lower loop and "
        "the first half of the ridge trail, so the skating lanes should be firm until Sunday.",
        "",
        "The ridge trail is still closed past the second bridge!",
        "",
        "  • The warming hut is open on weekends",
        "  • Dogs are welcome on the lower loop only",
        "",
        "Tip of the Week:",
        "",
        "Wax for cold snow this weekend! The forecast says it will stay below freezing.",
    ]
)


def test_the_values_under_a_report_s_labels_are_no_headline() -> None:
    page = TRAIL_REPORT.format(label="Snow Depth:")
    lines = clean_text(page).split("\n")
    assert {lines[index] for index in label_values(lines)} >= {
        "40 Inches at the summit",
        "22 Inches at the lodge",
    }
    assert normalize_document(page)["title"] is None
    assert_same_headline(clean_text(page))


def test_a_kicker_s_label_alone_keeps_the_headline_under_it() -> None:
    """One label alone on its line over a headline is a kicker's: the page prints no report of
    labels, and its headline stays."""
    head = "Ridge trail reopens after storm damage is cleared"
    lines = TRAIL_REPORT.format(label="Club News:").split("\n")
    lines[4:7] = [head]
    page = "\n".join(line for line in lines if line not in ("Grooming:", "Tip of the Week:"))
    assert label_values(clean_text(page).split("\n")) == set()
    assert normalize_document(page)["title"] == head
    assert_same_headline(clean_text(page))


# A library's page: its accessibility widget's labels each over their choices, the headline
# under the last of them, the story.
WIDGET_LABELS_PAGE = "\n".join(
    [
        "Text size:",
        "A A A",
        "Colours:",
        "Dark Light",
        "Mobile library stops at three new villages",
        "The mobile library will stop at Kelby, Ashwick and Lower Fen from next month, the "
        "county's libraries service said on Tuesday.",
        "The van carries about two thousand books and stops for an hour at each village.",
    ]
)


def test_what_stands_under_the_last_label_stays_the_page_s() -> None:
    """Only the lines between two labels are values: the headline under a widget's last
    label, over the story's paragraphs, stays."""
    lines = WIDGET_LABELS_PAGE.split("\n")
    assert label_values(lines) == {1}
    assert normalize_document(WIDGET_LABELS_PAGE)["title"] == lines[4]
    assert_same_headline(clean_text(WIDGET_LABELS_PAGE))
