"""Lines that end in an ellipsis: a headline's copy cut short is another line's copy, never
its own."""

from __future__ import annotations

from normalize import normalize_document
from normalize.echo import is_cut_copy
from normalize.headline import weigh_candidates


def test_a_headline_that_ends_in_an_ellipsis_is_no_copy_of_itself() -> None:
    """A teaser-style headline trails off on purpose: nothing glued on, no copy cut short."""
    lines = [
        "Лёд на реке тронулся раньше срока, и паводок уже близко…",
        "",
        "Уровень воды в реке у города за сутки поднялся на полметра, сообщили гидрологи "
        "областного центра по мониторингу.",
    ]
    head = weigh_candidates(lines, {}, set(), set())[0]
    assert not is_cut_copy(head, head)
    assert head.signals["glued"] == 0.0


def test_search_results_with_snippets_cut_short_have_no_headline() -> None:
    """A search engine's news tab: the query, the filters, then results, each a source, an
    age, a title and a snippet cut short with an ellipsis. The snippets are the page's text,
    so the titles below the first one stand after it; none is the page's headline."""
    page = "\n".join(
        [
            "Findwell",
            "harbor town ferry timetable change news",
            "All",
            "Images",
            "Videos",
            "News",
            "Maps",
            "Any time",
            "Past hour",
            "Past 24 hours",
            "Past week",
            "Sort by: Relevance",
            "The Harbor Gazette",
            "3h",
            "Islanders question the new ferry timetable before summer",
            "Residents of the outer islands say the new timetable leaves them without an "
            "evening boat on weekdays, and they want the board to ...",
            "Coastal FM",
            "6h",
            "Ferry board keeps the early sailing after a packed meeting",
            "The ferry board kept the six o'clock sailing on Tuesday after more than a "
            "hundred islanders came to speak against the change ...",
            "North Shore Weekly",
            "1d",
            "What the ferry timetable change means for harbor town commuters",
            "Most crossings move by ten to fifteen minutes, and two late sailings on Sundays "
            "are dropped, according to the board's published plan ...",
            "Related searches",
            "harbor town ferry fares 2024",
            "harbor town ferry board meeting",
            "Privacy",
            "Terms",
            "Help",
        ]
    )
    assert normalize_document(page)["title"] is None
