"""A photograph's caption closed by its giver's credit is no headline; the date of an image's
caption is the photograph's, not the page's."""

from __future__ import annotations

from datetime import UTC, datetime

from normalize import normalize_document
from normalize.boilerplate import line_kind
from normalize.captions import closes_with_credit, in_present, is_caption
from normalize.credit_lines import closes_with_labelled_credit
from tests.test_core_headline import assert_page_title, assert_same_headline

# a sports daily's mobile page that lost its headline: a share button, the photograph's caption
# closed by the club's credit, the lead and a quotation
CREDIT_PAGE = [
    "공유하기",
    "솔내 파도스 강지훈 감독. 솔내 파도스 제공",
    "시즌 마지막 홈경기에서 연장 끝내기 승리를 거둔 솔내 파도스 강지훈 감독이 결승골의 주인공 "
    "윤태오를 치켜세웠다.",
    '경기가 끝난 뒤 강 감독은 "마지막 홈경기에 많은 팬이 와 주셔서 선수들이 끝까지 힘을 냈다. '
    '윤태오가 팬들에게 큰 선물을 했다"고 말했다.',
]


def test_a_caption_closed_by_its_givers_credit_closes_with_credit() -> None:
    assert closes_with_credit(CREDIT_PAGE[1])
    # a headline that closes with the word, after no sentence, is a headline
    assert not closes_with_credit("솔내시, 어르신 무료 급식 제공")


def test_a_page_of_a_credited_caption_and_a_lead_has_no_headline() -> None:
    assert_page_title("\n".join(CREDIT_PAGE), None)


# a regional daily's page that lost its headline: the photograph's caption closed by the
# agency's credit (its name holds a figure) and a table's border, the lead, a quotation
AGENCY_CREDIT_PAGE = [
    "솔내 해안도로에서 달리던 화물차가 방파제 아래로 미끄러져 정박해 있던 어선을 덮치는 사고가 "
    "났다. /사진=바다뉴스24 |",
    "솔내 해안도로에서 달리던 화물차가 방파제 아래로 미끄러지며 정박해 있던 어선 뒤쪽을 덮치는 "
    "사고가 났다.",
    "3일 솔내해양경찰서에 따르면 전날 오후 4시 10분쯤 솔내시 해안도로에서 1t 화물차가 방파제 "
    "2m 아래로 떨어졌다.",
    '해경 관계자는 "운전자가 가벼운 부상을 입었다"며 "정확한 경위를 조사하고 있다"고 말했다.',
]


def test_a_caption_credited_to_an_agency_with_a_figure_in_its_name_is_no_headline() -> None:
    assert closes_with_credit(AGENCY_CREDIT_PAGE[0])
    assert_page_title("\n".join(AGENCY_CREDIT_PAGE), None)


# a culture site's weekly roundup: its head, a cry of a deck, a still's caption with its
# studio's rights credit (printed twice, the second copy closed by a stray slash), the lead
RIGHTS_CREDIT_PAGE = [
    "Screen Notes Weekly: June 2-8",
    "Harbor Lights renewed! Two new trailers! A festival lineup at last! Here's the week:",
    "Harbor Lights © 2019 Bay Films, LLC",
    "Harbor Lights © 2019 Bay Films, LLC /",
    "What went on this week in film, television and books? Quite a lot, as it happens.",
    "Fans of the quiet harbor drama learned on Tuesday that a third season is on its way.",
]


def test_a_still_s_rights_credit_closes_with_credit() -> None:
    assert closes_with_credit(RIGHTS_CREDIT_PAGE[2])
    assert closes_with_credit(RIGHTS_CREDIT_PAGE[3])
    # a headline naming a year, and a copyright notice of its own, are no still's credit
    assert not closes_with_credit("Bay Films wins its first award in 2019")
    assert not closes_with_credit("© 2019 Bay Films, LLC")


def test_a_roundup_s_head_above_a_still_s_rights_credit_is_its_headline() -> None:
    assert_page_title("\n".join(RIGHTS_CREDIT_PAGE), "Screen Notes Weekly: June 2-8")


# a law blog's story about a copyright notice: its headline quotes the notice, the words after
# the year telling the story rather than naming a holder
COPYRIGHT_STORY_PAGE = [
    "Court says a photographer's © 2019 notice did not protect her harbor pictures",
    "Published March 14, 2026 9:12 AM",
    "A district court ruled on Friday that a photographer's copyright notice did not protect "
    "her harbor pictures from reuse by a ferry line's brochure.",
    "The photographer, Ann Lee, had printed the notice under each picture since 2019.",
]


def test_a_headline_quoting_a_copyright_notice_is_no_credit() -> None:
    assert not closes_with_credit(COPYRIGHT_STORY_PAGE[0])
    assert not closes_with_credit("Old cartoon's © 1928 copyright runs out on New Year's Day")
    assert closes_with_credit("Harbor Lights © 2019 by Bay Films")
    assert_page_title("\n".join(COPYRIGHT_STORY_PAGE), COPYRIGHT_STORY_PAGE[0])


# a Korean daily's court story: its headline quotes a photographer's notice, the words after the
# year, in a script without capitals, too many for a holder's name
KOREAN_COPYRIGHT_STORY_PAGE = [
    "사진작가 윤하람 '© 2019' 표기 무시한 출판사 상대로 소송 이겨",
    "입력 2026.03.14 09:12",
    "사진작가 윤하람 씨가 자신의 작품을 허락 없이 책 표지에 쓴 솔내출판사를 상대로 낸 손해배상"
    " 소송에서 이겼다.",
    "법원은 출판사가 윤 씨에게 1천만 원을 지급하라고 판결했다.",
]


def test_a_korean_headline_quoting_a_copyright_notice_is_no_credit() -> None:
    assert not closes_with_credit(KOREAN_COPYRIGHT_STORY_PAGE[0])
    assert closes_with_credit("솔내강 하구의 저녁 노을 ⓒ 2019 한빛일보")
    assert closes_with_credit("솔내강 하구의 저녁 노을 ⓒ 2019 한빛일보 윤하람 기자")
    assert_page_title("\n".join(KOREAN_COPYRIGHT_STORY_PAGE), KOREAN_COPYRIGHT_STORY_PAGE[0])


# a town's story with no date, the photograph's caption under its headline dated in brackets
DATED_IMAGE_CAPTION_PAGE = [
    "East pier reopens after winter repairs",
    "![]() The pier after the storm (3 March 2019)",
    "The east pier of Port Ellery reopened to anglers and ferries on Monday after four months of"
    " repairs to its timber deck.",
    "The harbour board said the work cost less than planned.",
]


def test_an_image_caption_s_date_is_not_the_page_s() -> None:
    """A date after a markdown image's mark is the photograph's: a page without a date of its
    own has none, however near its headline the caption stands."""
    story = normalize_document("\n".join(DATED_IMAGE_CAPTION_PAGE))
    assert story["title"] == DATED_IMAGE_CAPTION_PAGE[0]
    assert story["published_at"] is None


# the same kind of story on a paper that prints the enclosed sign ("ⓒ"), which alone on a
# line's end closes many a Korean notice: quoted with its year before the story's own words, it
# is the headline's
CIRCLED_SIGN_STORY_PAGE = [
    "그림작가 단솔 'ⓒ 2020' 표시 지운 해온출판사에 배상 판결",
    "입력 2026.04.02 10:05",
    "그림작가 단솔 씨의 삽화에서 저작권 표시를 지우고 교재에 실은 해온출판사가 배상하게 됐다.",
    "법원은 출판사가 단 씨에게 800만 원을 물어 주라고 판결했다.",
    "ⓒ 해온일보",
]


def test_a_headline_quoting_a_notice_with_the_circled_sign_is_no_notice() -> None:
    assert line_kind(CIRCLED_SIGN_STORY_PAGE[0]) == "text"
    assert line_kind(CIRCLED_SIGN_STORY_PAGE[-1]) == "copyright"
    assert line_kind("해온 포구의 저녁 ⓒ 2020 해온일보") == "copyright"
    assert_page_title("\n".join(CIRCLED_SIGN_STORY_PAGE), CIRCLED_SIGN_STORY_PAGE[0])


# a blog post whose byline stands beside the author's avatar, its date bare after the mark
AVATAR_BYLINE_PAGE = [
    "Three weeks of keeping a rye starter alive",
    "![avatar](/u/mira.png) Mira Holt · March 14, 2022 · 5 min read",
    "I never thought a jar of flour and water would rule my mornings, but the first week of"
    " feeding it twice a day taught me patience.",
    "By the third week the starter doubled in four hours.",
]


def test_a_byline_beside_an_image_keeps_its_date() -> None:
    """A date printed bare after an image's mark, an avatar's byline, is the page's; only a
    caption's bracketed date is the photograph's."""
    story = normalize_document("\n".join(AVATAR_BYLINE_PAGE))
    assert story["title"] == AVATAR_BYLINE_PAGE[0]
    assert story["published_at"] == datetime(2022, 3, 14, tzinfo=UTC)


# a national daily's interview page that lost its headline: the photograph's caption first, in
# the present tense with its weekday, then the dateline and the lead that retells it
PRESENT_CAPTION_PAGE = """
Harbour Master Ines Calloway inspects the storm damage at the north pier with engineers on Tuesday.
09:40 GMT, March 12, 2024
Harbour Master Ines Calloway expects the north pier to reopen to ferries within a month, she \
told reporters after inspecting the storm damage with engineers on Tuesday.
Crews have already cleared the fallen lamp posts and a section of the railing.
The ferry company said its boats would keep using the south pier until then.
"""


def test_a_caption_telling_a_past_day_in_the_present_is_no_headline() -> None:
    """A name doing something in the present tense on a weekday is a photograph's caption, no
    headline, however well the lead under the dateline retells it; a lead tells it in the past
    tense, and a headline names no weekday with a stop."""
    row = normalize_document(PRESENT_CAPTION_PAGE)
    assert row["title"] is None
    assert row["published_at"] == datetime(2024, 3, 12, 9, 40, tzinfo=UTC)
    assert_same_headline(PRESENT_CAPTION_PAGE)
    assert not in_present("Harbour Master Ines Calloway inspected the pier on Tuesday.")


# a news-copy blog's month archive: a date header over two posts copied from one outlet, each
# under its title and byline, the first with its photograph's caption closed by the outlet's
# initials and a picture's word, each closed by its source's link
CREDITED_CAPTION_IN_AN_ARCHIVE = "\n".join(
    [
        "Monday, 9 March 2020",
        "",
        "Harbour Town Still Waits For Its New Ferry Pier",
        "",
        "by Nadia Rahim",
        "",
        "PORT ELLIS: Four years after the old pier was pulled down, the ferry to the islands"
        " still lands at a temporary pontoon, and traders say they are losing summer trade.",
        "",
        "Four years after the old pier was pulled down, the ferry still lands at a pontoon."
        " HC Image",
        "",
        "“We were told two summers at most,” said Owen Pike, who runs the kiosk by the pontoon.",
        "",
        "",
        "from Harbour Courier https://ln.example/a1",
        "",
        "Night Bus To The Airport Returns From April",
        "",
        "by Staff Reporter",
        "",
        "PORT ELLIS: The night bus to the airport will run again from April 1, the transport"
        " board said, after a year without a service.",
        "",
        "",
        "from Harbour Courier https://ln.example/a2",
    ]
)


def test_a_caption_closed_by_an_outlet_s_initials_and_a_picture_s_word_is_no_headline() -> None:
    """A caption's sentence closed by its full stop, then the outlet's initials and a picture's
    word ("… lands at a pontoon. HC Image"), is a caption: an archive of two posts has no
    headline."""
    assert is_caption(CREDITED_CAPTION_IN_AN_ARCHIVE.split("\n")[8])
    assert normalize_document(CREDITED_CAPTION_IN_AN_ARCHIVE)["title"] is None
    assert_same_headline(CREDITED_CAPTION_IN_AN_ARCHIVE)


# an aggregator's copy of a county weekly's story: the photograph's caption closed by its
# credit's label and source, the headline, its deck, an empty byline with the weekly's name, the
# story
LABELLED_CREDIT_HEAD = "Tenants of Millbrook Court say drain works have blocked their gates"
LABELLED_CREDIT_PAGE = "\n".join(
    [
        "The entrance to Millbrook Court from the quay road. Photograph credit: Harbour Trust.",
        "",
        LABELLED_CREDIT_HEAD,
        "",
        "Complaints were also made about pumps running through the night",
        "",
        "by · Eastmoor Weekly",
        "",
        "Tenants of Millbrook Court say they have been left to cope alone by the county during"
        " drain works on the quay road outside their homes.",
        "",
        "They say the gates have been blocked for weeks and bins left uncollected.",
        "",
        '"Nobody is against the drains. We are against hearing last," one tenant said.',
    ]
)


def test_a_caption_closed_by_its_labelled_credit_is_no_paragraph_over_the_headline() -> None:
    """A caption closed by its photograph's credit after its full stop, the credit named by a
    caption's label of any language ("Photograph credit:", "Фото:", "사진:"), is no headline
    and no paragraph of the story: the headline under it heads the story."""
    assert normalize_document(LABELLED_CREDIT_PAGE)["title"] == LABELLED_CREDIT_HEAD
    for credit in ("Photo: Harbour Trust", "Фото: Иван Петров", "사진: 홍길동"):
        page = LABELLED_CREDIT_PAGE.replace("Photograph credit: Harbour Trust.", credit)
        assert normalize_document(page)["title"] == LABELLED_CREDIT_HEAD


def test_closes_with_labelled_credit_reads_only_a_caption_s_label() -> None:
    assert closes_with_labelled_credit(LABELLED_CREDIT_PAGE.split("\n")[0])
    # a label no caption prints, a credit with figures, a label with no sentence before it, a
    # wire's lead: no caption's credit
    for line in (
        "Ferry fares rise on the island routes. Update: new timetable from May",
        "The quay at dusk. Photo: 2 of 14",
        "Photo: Harbour Trust",
        "PORT ELLERY (AP) — The harbour board voted on Monday to rebuild the north quay.",
    ):
        assert not closes_with_labelled_credit(line)


BARE_CREDIT_HEAD = "«Чайка» забрала кубок озера"
BARE_CREDIT_PAGE = "\n".join(
    [
        "sail-ozersk.ru Федерация парусного спорта Озёрска",
        "Фото Федерации парусного спорта Озёрска.",
        "",
        "Фото Федерации парусного спорта Озёрска.",
        "",
        "9 июня 2024 г., Воскресенье",
        "",
        BARE_CREDIT_HEAD,
        "",
        "В субботу, 8 июня, на Озёрском водохранилище завершилась двухдневная регата среди"
        " юношеских экипажей.",
        "",
        "На старт вышли яхты из Озёрска, Светлого, Каменки и Заречного.",
        "",
        "Все гонки уверенно выиграл экипаж «Чайки», получивший кубок озера из рук судьи.",
    ]
)


def test_a_credit_without_its_colon_is_no_headline_over_the_headline() -> None:
    """A photograph's credit alone on its line without its label's colon ("Фото <source>.",
    "Photo <source>."), printed twice over the dated headline, is no headline and no head of a
    deck; a headline that opens with the same word and has no full stop is left alone."""
    assert normalize_document(BARE_CREDIT_PAGE)["title"] == BARE_CREDIT_HEAD
    credit = "Фото Федерации парусного спорта Озёрска."
    english = BARE_CREDIT_PAGE.replace(credit, "Photo Lake Trust.")
    assert normalize_document(english)["title"] == BARE_CREDIT_HEAD
    head = "Фото Марса с нового зонда показали в Озёрске"
    page = BARE_CREDIT_PAGE.replace(BARE_CREDIT_HEAD, head).replace(
        credit, "Фото: Федерация парусного спорта"
    )
    page = page.replace("В субботу", "Фото Марса с нового зонда показали в субботу")
    assert normalize_document(page)["title"] == head
