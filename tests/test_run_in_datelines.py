"""A press release run into one line dates the page by the agency's dateline inside it, after
its headline in capitals: the place in capitals, its day and the dash the lead goes on after."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from normalize import normalize_document
from normalize.timestamps import find_times

# a filing's exhibit copied as plain text: number, headline in capitals and lead on one line
RUN_IN_RELEASE = (
    "EX-99.1 2 ex991.txt PRESS RELEASE EXHIBIT 99.1 NEWS RELEASE FOR IMMEDIATE RELEASE"
    " MARLOW FERRIES REPORTS HIGHER SUMMER TRAFFIC BOARD NAMES NEW CHAIR"
    " PORT ELLIS, OCTOBER 21, 2004 - Marlow Ferries Inc. today reported that its three"
    " crossings carried 412,000 passengers in the quarter ended September 30, 2004, up 6%"
    " from the same quarter of 2003, and that its board had named Orla Penhale as chair."
    " The company said bookings for the winter timetable were running ahead of last year"
    " and that its new harbour terminal would open in the spring of 2005 as planned."
)
# the same release carried by a wire: its credit between dashes, the state after the town
WIRE_RELEASE = RUN_IN_RELEASE.replace(
    "PORT ELLIS, OCTOBER 21, 2004 - ", "PORT ELLIS, Me.--(HARBOR WIRE)--Oct. 21, 2004--"
)
# a sentence in capitals' company naming a town and a day, no dateline: no date of the page
TOWN_IN_A_SENTENCE = RUN_IN_RELEASE.replace(
    "PORT ELLIS, OCTOBER 21, 2004 - Marlow", "Offices opened in PORT ELLIS, October 21, 2004 and"
)


@pytest.mark.parametrize("page", [RUN_IN_RELEASE, WIRE_RELEASE])
def test_an_agency_s_dateline_inside_a_page_run_into_one_line_dates_it(page: str) -> None:
    """The dateline after the release's headline is its day, as at a line's head."""
    assert normalize_document(page)["published_at"] == datetime(2004, 10, 21, tzinfo=UTC)
    times = find_times(page, lang="en")
    assert times.published_at == datetime(2004, 10, 21, tzinfo=UTC)
    assert times.precision == "day"


def test_a_town_and_a_day_in_a_sentence_date_no_page() -> None:
    """A place in capitals and a day with no dash and lead after it are a sentence's."""
    assert normalize_document(TOWN_IN_A_SENTENCE)["published_at"] is None


def test_a_dateline_far_into_the_line_is_the_body_s() -> None:
    """A dateline only a release's head away from the line's start counts: one further on is
    a day its body names."""
    far = "The quarter was the best the line has had. " * 20 + RUN_IN_RELEASE
    assert normalize_document(far)["published_at"] is None
