"""A paragraph's opening split off its rest by a line break the scraper kept is a piece of a
sentence, no headline; a headline over a lead in small letters (a drop cap lost) stays one."""

from __future__ import annotations

from normalize import normalize_document
from normalize.heads import Candidate
from normalize.split_paragraphs import splits_a_paragraph

# A land trust's blog post, its title lost: paragraphs, one of them broken after its opening
# words, the rest of its sentence on the line below in small letters.
SPLIT_PARAGRAPH_POST = "\n".join(
    [
        "The trustees of the Fenwick Marsh Trust, a small group that looks after the tidal "
        "meadows east of Alderby, said this week that they will start looking for a new warden, "
        "the first the trust has had to hire in eleven years, and that they will put the post on "
        "the notice boards of the villages around the marsh before the end of the month.",
        "The post has been empty since the spring, when the last warden moved to a nature reserve "
        "in the north after nine years on the marsh. Volunteers from the villages have kept the "
        "boardwalk and the car park open on weekends since then, and a retired teacher has led the "
        "school visits on her own.",
        '"The marsh needs someone out there every day, in the rain as much as in the sun," said '
        "Wren Hollis, who chairs the trust and has walked the sea wall each morning since the "
        'warden left. "We want a warden who knows the birds and can talk to the farmers."',
        "The warden will be in charge of the boardwalk and the bird hides,along with the gates and",
        "the hedges along the sea wall. The trust hopes to name the warden before the autumn "
        "migration, when thousands of geese stop on the marsh, and it will ask the parish council "
        "to help pay for the post for its first two years.",
        '"We have a long list of jobs waiting," said Hollis.',
    ]
)
# The same trust's notice under its headline, the lead's first letter lost with a drop cap.
DROP_CAP_NOTICE = "\n".join(
    [
        "Fenwick Marsh Trust looks for a new warden",
        "he trustees of the Fenwick Marsh Trust said this week that they will start looking for a "
        "new warden. The post has been empty since the spring.",
        "Volunteers have kept the boardwalk open on weekends since then.",
    ]
)


def test_a_paragraph_s_opening_split_off_its_rest_is_no_headline() -> None:
    """A line of twelve words or more that closes no sentence, over a line going on in small
    letters whose sentence closes there, is a paragraph's opening: the post has no headline. A
    headline over a lead that lost its first letter is shorter and stays the headline."""
    assert normalize_document(SPLIT_PARAGRAPH_POST)["title"] is None
    notice = normalize_document(DROP_CAP_NOTICE)
    assert notice["title"] == "Fenwick Marsh Trust looks for a new warden"
    opening = "The new warden will look after the boardwalk, the bird hides and the school visits"
    assert splits_a_paragraph(Candidate(0, 0, opening, "", {}), [opening, "of the trust. Text."])
    assert not splits_a_paragraph(Candidate(0, 0, opening, "", {}), [opening, "by Wren Hollis"])
