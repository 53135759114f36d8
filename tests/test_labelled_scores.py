"""A game's score under its label ("Result : <side> <points> <side> <points>"): a club's match
page prints it as a results box's line between its headline and the report; it is no
headline, however much of the report it names."""

from __future__ import annotations

from normalize import normalize_document
from normalize.figures import is_figure_line
from normalize.text import clean_text
from tests.test_core_headline import assert_same_headline

# A hockey club's match report: the headline with the bar its site's name stood after, a row
# of bars, the result under its label, the report.
MATCH_HEAD = "Lund Settles A Scrappy Affair"
MATCH_PAGE = "\n".join(
    [
        f"{MATCH_HEAD} |",
        "||||",
        "{result}",
        "A raffle in the foyer before the game raised money for the junior teams, and most of "
        "the crowd stayed for the Fenwick Otters and the Kestrels. The Kestrels led 3 to 2 "
        "going into the last period after two goals on the power play.",
        "Defenceman Hal Morrow levelled for the Fenwick Otters with four minutes left, and "
        "Priya Lund put them ahead 4 to 3 with a shot over the goaltender's shoulder.",
        "Coach Dana Whitfield said the Otters would take the points and thanked the fans who "
        "made the trip.",
    ]
)


def test_a_score_under_its_label_is_a_figure_line() -> None:
    assert is_figure_line("Match Result : Fenwick Otters 4 Kestrels 3")
    assert is_figure_line("Result: Fenwick Otters 4, Kestrels 3")
    assert not is_figure_line("Fenwick Otters 4 Kestrels 3 After Overtime")
    assert not is_figure_line("Update: Ferry Crash Kills 4 And Injures 27 On Lake")


def test_the_headline_over_a_labelled_score_is_kept() -> None:
    page = MATCH_PAGE.format(result="Match Result : Fenwick Otters 4 Kestrels 3")
    assert normalize_document(page)["title"] == MATCH_HEAD
    assert_same_headline(clean_text(page))


def test_a_labelled_headline_that_goes_on_in_words_is_no_score() -> None:
    """A headline under a label that names the teams and goes on in words after the points is
    still a headline: the page without the first line picks it."""
    head = "Match Report : Fenwick Otters 4 Kestrels 3 After Late Winner"
    page = "\n".join(MATCH_PAGE.format(result=head).split("\n")[2:])
    assert normalize_document(page)["title"] == head
    assert_same_headline(clean_text(page))
