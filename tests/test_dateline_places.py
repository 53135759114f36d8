"""A dateline's place in capitals glued to the headline's line, after the headline: an archive's
story page prints the town its dateline opens the story with at the headline's end."""

from __future__ import annotations

from normalize import normalize_document
from normalize.dateline_places import without_dateline_place
from normalize.text import clean_text
from tests.test_core_headline import assert_same_headline

# A county weekly's archive: its section, the headline with the dateline's town glued after
# it, the writer and the paper, the story opening with that town and a dash.
CLOSING_PLACE_HEAD = "Fire hall bingo raises money for new pumper"
CLOSING_PLACE_PAGE = "\n".join(
    [
        "LOCAL",
        "",
        f"{CLOSING_PLACE_HEAD} {{place}}",
        "",
        "Staff Writer",
        "Brook County Ledger",
        "Read Comments",
        "",
        "{place} - Volunteers at the Millbrook fire hall counted more than $6,000 from the "
        "spring bingo night, the company's treasurer said Tuesday. The money will go toward a "
        "pumper truck to replace the one bought in 1994. Treasurer Lena Voss said the hall was "
        "full by seven o'clock and that several families came from the next county.",
        "",
        "Read Comments",
    ]
)


def test_the_place_of_the_dateline_below_glued_after_the_headline_is_cut() -> None:
    for place in ("MILLBROOK", "EAST MILLBROOK", "ST. CLAIR"):
        page = CLOSING_PLACE_PAGE.format(place=place)
        assert normalize_document(page)["title"] == CLOSING_PLACE_HEAD
        assert_same_headline(clean_text(page))
    lines = ["Fire hall bingo raises money MILLBROOK", "MILLBROOK, Pa. - The hall was full."]
    assert without_dateline_place(lines[0], 0, lines) == "Fire hall bingo raises money"


def test_capitals_closing_a_headline_that_no_dateline_opens_with_stay() -> None:
    """The headline's own word in capitals at its end ("… at NASA") stays when no line below
    opens with it and a dateline's dash or comma; the place is every word in capitals closing
    the line, so a line below opening with only the last of them ("WORLD CUP - …" under "…
    FIFA WORLD CUP") is no dateline of it; nor is a place cut off a headline of two words."""
    page = CLOSING_PLACE_PAGE.format(place="MILLBROOK").replace(
        f"{CLOSING_PLACE_HEAD} MILLBROOK", "Fire hall bingo money goes to NASA"
    )
    page = page.replace("MILLBROOK - ", "")
    assert normalize_document(page)["title"] == "Fire hall bingo money goes to NASA"
    assert_same_headline(clean_text(page))
    lines = ["Tickets go on sale for FIFA WORLD CUP", "WORLD CUP - The draw is on Friday."]
    assert without_dateline_place(lines[0], 0, lines) == lines[0]
    short = ["Bingo night MILLBROOK", "MILLBROOK - The hall was full."]
    assert without_dateline_place(short[0], 0, short) == short[0]
