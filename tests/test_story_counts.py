"""A list's page that counts the stories it holds on a line of its own right above the first
story head ("16 Stories" under the tag's name) is a list, which has no headline; when one story
head alone stands under the count, that story's head is the page's headline."""

from __future__ import annotations

from normalize import normalize_document

_ITEM = [
    "{head}",
    "",
    "{deck}",
    "",
    "(Bay Digest) - {lead}... More »",
    "",
]


def _item(head: str, deck: str, lead: str) -> list[str]:
    return [line.format(head=head, deck=deck, lead=lead) for line in _ITEM]


_ITEMS = [
    _item(
        "Island School Apologizes to Graduates Over Rushed Ceremony",
        "Families say names were read too fast to hear",
        "The island school has apologized to its graduates after a ceremony in which the names"
        " were read so fast that families could not hear them, the head teacher said",
    ),
    _item(
        "On a Stalled Ferry, a Graduation After All",
        "Passengers staged a ceremony for a nurse who missed hers",
        "A nursing student who missed her graduation when the ferry stalled in the bay got one"
        " anyway, as passengers lined the deck and cheered her name",
    ),
    _item(
        "What the Mayor Called a 'Mistake' in Her Commencement Speech",
        "The new harbour budget, she told her old college",
        "Forty years after she gave the student speech at her college, the mayor returned on"
        " Friday to speak to its graduates for the third time",
    ),
    _item(
        "Baby Left at the Harbour College in 1995 Just Graduated From It",
        "She was found in a basket by the library door",
        "A newborn left in a basket by the library door of the harbour college in 1995 has come"
        " full circle by graduating from the same college this week",
    ),
]
# the list's last item, its teaser cut off mid-sentence by the page's end
_LAST = [
    "Woman Graduates 60 Years After Finishing College",
    "",
    "An unpaid library fine had kept her diploma back",
    "",
    "(Bay Digest) - Among this month's graduates: a woman of 82, class of 1965. She was set to",
]
# A digest's tag page: the tag's name, the count of its stories, three head/deck/teaser blocks.
STORY_COUNT_PAGE = "\n".join(
    ["island graduation", "", "16 Stories", "", *(line for item in _ITEMS for line in item), *_LAST]
)
# The same page showing one story: its head is the page's.
ONE_STORY_COUNT_PAGE = "\n".join(
    [
        "island graduation",
        "",
        "1 Story",
        "",
        "Island School Apologizes to Graduates Over Rushed Ceremony",
        "",
        "The island school has apologized to its graduates after a ceremony in which the names"
        " were read so fast that families could not hear them, the head teacher said.",
    ]
)
# A headline that opens with a count of things, over its story.
COUNTED_HEADLINE_PAGE = "\n".join(
    [
        "16 stories of the sea told at the harbour library",
        "",
        "Sixteen fishermen told the stories of their working lives at the harbour library on"
        " Saturday, the first evening of the winter reading series.",
    ]
)


def test_a_count_of_stories_over_the_first_head_marks_a_list() -> None:
    assert normalize_document(STORY_COUNT_PAGE)["title"] is None


def test_a_count_over_one_story_and_a_counted_headline_keep_their_heads() -> None:
    assert normalize_document(ONE_STORY_COUNT_PAGE)["title"] == (
        "Island School Apologizes to Graduates Over Rushed Ceremony"
    )
    assert normalize_document(COUNTED_HEADLINE_PAGE)["title"] == (
        "16 stories of the sea told at the harbour library"
    )
