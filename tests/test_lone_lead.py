"""An article's headline above a box of other stories' heads is no feed item: it alone has a
paragraph below it that repeats its words."""

from __future__ import annotations

import pytest

from normalize import normalize_document
from normalize.text import clean_text
from tests.test_core_headline import assert_same_headline

HEAD = "Branch Reading Room Reopens After Roof Repairs - Elm Street Library - March 6"
NOTICE_PAGE = "\n\n".join(
    [
        "News Flash Home",
        "News Flash",
        "Library Services",
        "Posted on: March 3, 2023",
        HEAD,
        "The Elm Street branch reading room reopens on Monday, March 6, after crews finished"
        " repairs to the roof that leaked during the winter storms, the library said.",
        "Facebook Twitter Email",
        "Other News in Library Services",
        "Summer Reading Signups Open Early",
        "Posted on: February 21, 2023",
        "Book Sale Moves to the Community Hall",
        "Posted on: February 9, 2023",
        "County Library District",
        "41 Harbor Lane",
    ]
)
# the same heads, each with a teaser of its own below it: a feed, with no headline
FEED_PAGE = "\n\n".join(
    [
        "Library Services",
        "Posted on: March 3, 2023",
        "Branch Reading Room Reopens After Roof Repairs",
        "The Elm Street branch reading room reopens on Monday after repairs to its roof.",
        "Posted on: February 21, 2023",
        "Summer Reading Signups Open Early",
        "Summer reading signups open early this year, with prizes for every tenth book.",
        "Posted on: February 9, 2023",
        "Book Sale Moves to the Community Hall",
        "The spring book sale moves to the community hall while the library is repaired.",
    ]
)

# a tag page cut after its second head: each head under its source, time and section, the
# first with its teaser, the second on the page's last line with nothing below it
CUT_TAG_PAGE = "\n\n".join(
    [
        "Stories tagged #CoastalRowing",
        "Harbour Gazette",
        "5 hours ago",
        "- Sport",
        "- Harbour Gazette",
        "Pellham crew wins the autumn coastal regatta by half a length",
        "The Pellham four held off the visitors from Carrick in the last hundred metres to win"
        " the autumn coastal regatta on Saturday by half a length.",
        "Shoreline Sports",
        "14-09-2024",
        "- Sport",
        "- Shoreline Sports",
        "Junior rowers from Carrick set for their first open-water race",
    ]
)

# a tag page: each head over its teaser and its date, the first teaser whole, the others cut
# before their sentence ends (no paragraph, though each repeats its head's words)
CUT_TEASER_PAGE = "\n".join(
    [
        "Harbour council fined over late repairs to the sea wall",
        "The harbour council was fined on Tuesday for leaving the damaged sea wall unrepaired for"
        " two winters, after residents of the lower town complained of flooded cellars.",
        "2025-03-11",
        "Ferry operator loses appeal over crew hours",
        "The island ferry operator lost its appeal against the ruling on crew hours, and the"
        " court ordered it to pay the back wages of eleven deckhands who",
        "2025-02-27",
        "Bakery owner jailed for selling relabelled flour",
        "A bakery owner in the old quarter was jailed for two years for selling flour past its"
        " date under new labels, the court heard as the",
        "2025-01-30",
    ]
)

# a parish's news page: each head over the same label, then its story under the label, the
# last one cut short at a count of letters
LABELLED_FEED_PAGE = "\n\n".join(
    [
        "Новости",
        "Освящение новой колокольни в селе Верхние Луга",
        "Опубликовано: по",
        "17 мая, в день памяти святых жён-мироносиц, в селе Верхние Луга освятили колокольню,"
        " которую прихожане строили три года на свои средства.",
        "Настоятель поблагодарил всех, кто помогал стройке трудом и деньгами.",
        "Субботник на приходском кладбище у реки Светлой",
        "Опубликовано: по",
        "16 мая прихожане вышли на субботник на приходском кладбище и убрали старые ограды и"
        " сухие ветки у реки Светлой, где лежат строители прихода. После работы все",
    ]
)
# an article under the same label, other stories' heads below it with the label and no teaser
LABELLED_ARTICLE_PAGE = "\n\n".join(
    [
        "Новости",
        "Освящение новой колокольни в селе Верхние Луга",
        "Опубликовано: по",
        "17 мая, в день памяти святых жён-мироносиц, настоятель отслужил литургию и освятил"
        " колокольню, которую в Верхних Лугах строили три года.",
        "После освящения настоятель поблагодарил всех, кто помогал стройке трудом и деньгами.",
        "Другие новости",
        "Субботник на приходском кладбище у реки Светлой",
        "Опубликовано: по",
        "Престольный праздник в храме на Заречной улице",
        "Опубликовано: по",
        "Приходская библиотека открыта по средам",
    ]
)


def test_the_headline_above_other_news_is_no_feed_item() -> None:
    assert normalize_document(NOTICE_PAGE)["title"] == HEAD


def test_heads_each_with_their_own_teaser_stay_a_feed() -> None:
    assert normalize_document(FEED_PAGE)["title"] is None


def test_a_second_head_with_nothing_below_it_shows_no_want_of_a_lead() -> None:
    assert normalize_document(CUT_TAG_PAGE)["title"] is None


def test_heads_over_teasers_cut_short_stay_a_feed() -> None:
    assert normalize_document(CUT_TEASER_PAGE)["title"] is None


def test_a_teaser_under_the_label_each_head_has_is_the_heads_own() -> None:
    assert normalize_document(LABELLED_FEED_PAGE)["title"] is None


def test_an_article_over_labelled_heads_with_no_teaser_keeps_its_headline() -> None:
    title = "Освящение новой колокольни в селе Верхние Луга"
    assert normalize_document(LABELLED_ARTICLE_PAGE)["title"] == title


@pytest.mark.parametrize(
    "page",
    [
        NOTICE_PAGE,
        FEED_PAGE,
        CUT_TAG_PAGE,
        CUT_TEASER_PAGE,
        LABELLED_FEED_PAGE,
        LABELLED_ARTICLE_PAGE,
    ],
)
def test_the_core_finds_the_lone_lead_as_python_does(page: str) -> None:
    assert_same_headline(clean_text(page))
