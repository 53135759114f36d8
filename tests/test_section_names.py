"""Section names above their stories and a bulleted list's items are no headline."""

from __future__ import annotations

from normalize import normalize_document
from normalize.headline import weigh_candidates
from tests.test_core_headline import assert_same_headline


def test_a_topic_name_in_capitals_above_its_stories_is_no_headline() -> None:
    """A business paper's topic page prints the topic above the heads it gathers, each with
    its teaser: the topic's two words echo in the teasers, but it heads no story."""
    lines = [
        "HARBOUR FREIGHT",
        "Port board to buy four electric cranes for the container quay",
        "The port board will spend a fifth of its yearly budget on four electric cranes for"
        " the container quay, hoping to cut waiting times for freight ships by half.",
        "Why ferry freight rates jump every spring",
        "Hauliers say the harbour runs short of freight slots each spring, when the island"
        " farms ship their first crops and the ferries fill up within days.",
        "Truckers ask for a night lane at the harbour gate",
        "Truck drivers asked the city to open a night lane at the harbour gate so that freight"
        " can leave before the morning traffic starts.",
    ]
    assert normalize_document("\n".join(lines))["title"] is None
    found = {c.line: c for c in weigh_candidates(lines, {}, set(), set())}
    assert found[0].signals["machinery"] == 1.0
    assert found[1].signals["machinery"] == 0.0


def test_a_term_above_a_heading_that_names_it_stays_the_headline() -> None:
    """A glossary's term stands above a question that names it again: the term is the page's
    headline, not a section's name."""
    lines = [
        "Sinking fund",
        "What is a sinking fund and why do towns keep one",
        "A sinking fund is money a town sets aside each year to pay back a loan or to replace"
        " a bridge, a roof or a bus when it wears out.",
    ]
    found = {c.line: c for c in weigh_candidates(lines, {}, set(), set())}
    assert found[0].signals["machinery"] == 0.0


def test_the_items_of_a_bulleted_record_are_no_headline() -> None:
    """A register of council meetings prints each meeting's fields as a bulleted list above
    its overview: a field's value is a list's item, though a date stands near it."""
    lines = [
        "- NE",
        "- Platte County",
        "- 2/12/24",
        "- 38 Minutes",
        "- Notable",
        "- Routine",
        "Overview: Ashby village trustees approved a new deal for snow removal and a small rise"
        " in sewer fees; residents asked for a crossing guard at the school on Elm Road.",
        "- NE",
        "- Cass County",
        "- 2/13/24",
        "- 55 Minutes",
        "- Notable",
        "- Routine",
        "Overview: The Weldon city council heard a plea from the library for a new roof and"
        " agreed to ask for two more quotes before it votes.",
    ]
    found = {c.line: c for c in weigh_candidates(lines, {}, set(), set())}
    # the items between two others are labels, and so is the last, above the overview: its
    # dash opens the record's other fields
    assert [found[line].signals["machinery"] for line in (1, 3, 4, 5)] == [1.0, 1.0, 1.0, 1.0]
    assert normalize_document("\n".join(lines))["title"] is None


# a port's page: a short heading, its photograph's alt text in small letters, the text
HEADING_OVER_AN_ALT_TEXT = [
    "Quay Upgrades",
    "",
    "aerial view of the north quay and its cranes",
    "",
    "The harbour board and its partners will spend two million on the north quay, where new"
    " cranes and a longer berth will let larger ships unload.",
]


def test_a_photo_s_alt_text_in_small_letters_heads_no_story() -> None:
    """A port page's short heading over its photograph's alt text, in small letters: the alt
    text is no story head below a section's name, so the heading stays the headline."""
    lines = HEADING_OVER_AN_ALT_TEXT
    assert normalize_document("\n".join(lines))["title"] == "Quay Upgrades"
    found = {c.line: c for c in weigh_candidates(lines, {}, set(), set())}
    assert found[0].signals["machinery"] == 0.0


# A portal's article page: its render day, its menu printed in capitals one item a line with
# blank lines between, the article's day, a title of three words and a lead that does not echo it.
CAPITAL_MENU_PAGE = "\n".join(
    [
        "3 марта 2025, понедельник, 09:14",
        "TelegramВКонтактеДзен",
        "",
        "НОВОСТИ",
        "",
        "ОБЗОРЫ",
        "",
        "КРАЕВЕДЕНИЕ",
        "",
        "ДЛИННЫЕ ТЕКСТЫ",
        "",
        "ВСТРЕЧИ",
        "",
        "11 ноября 2016, 18:30",
        "",
        "Мосты без паромов",
        "",
        "Мы публикуем запись встречи в библиотеке на Садовой, где инженер Олег Тарханов"
        " рассказывал, как в Заозёрье строили переправы через Лесную и почему старые лодочники"
        " до сих пор помнят каждую мель.",
        "",
        "Олег Тарханов: Добрый вечер. Сегодня я расскажу о трёх переправах, которые пережили"
        " и паводки, и ремонты, и даже два переименования района.",
    ]
)


def test_a_menu_printed_in_capitals_one_item_a_line_is_no_candidate() -> None:
    """A portal prints its sections in capitals, one a line; each is a word or two, and
    together they stand between the page's top and the article's title: they are machinery,
    and the title under them is the page's first candidate after the social links."""
    row = normalize_document(CAPITAL_MENU_PAGE)
    assert row["title"] == "Мосты без паромов"
    lines = CAPITAL_MENU_PAGE.split("\n")
    found = [c.text for c in weigh_candidates(lines, {}, set(), set())]
    assert "КРАЕВЕДЕНИЕ" not in found and "ДЛИННЫЕ ТЕКСТЫ" not in found
    assert_same_headline(CAPITAL_MENU_PAGE)


# A city paper's story head in capitals: its rubric, its headline of two words and its place,
# one a line, over the lead; and the same head of an English station.
CAPITAL_HEAD_PAGE = "\n".join(
    [
        "ПРОИСШЕСТВИЯ",
        "ПОЖАР СКЛАДА",
        "ЗАОЗЁРСК",
        "В ночь на вторник на складе у старой пристани загорелись ящики с рыбой, пожар тушили"
        " четыре часа.",
        "Пострадавших нет, сообщили в пожарной части района.",
    ]
)
EN_CAPITAL_HEAD_PAGE = "\n".join(
    [
        "BREAKING",
        "MILL FIRE",
        "LIVE",
        "A fire broke out at the old mill on the Brackwater on Tuesday night and burned for four"
        " hours.",
        "No one was hurt, the fire service said.",
    ]
)


def test_a_story_s_head_in_capitals_of_three_lines_is_no_menu() -> None:
    """Three short lines in capitals, a rubric, a headline and a place or a tag, are a story's
    head: its headline stays a candidate, as a menu of four items or more does not."""
    assert normalize_document(CAPITAL_HEAD_PAGE)["title"] == "ПОЖАР СКЛАДА"
    assert normalize_document(EN_CAPITAL_HEAD_PAGE)["title"] == "MILL FIRE"
    assert_same_headline(CAPITAL_HEAD_PAGE)
    assert_same_headline(EN_CAPITAL_HEAD_PAGE)


# A county broadcaster's news page: its trail, the headline, a line of tools and counters with
# the reporter and the air day, the story's keywords, the photograph's alt text (the headline in
# brackets and what the picture is), then the script.
PHOTO_ALT_TITLE_PAGE = "\n".join(
    [
        "1. 홈",
        "  2. 뉴스",
        "  3. 오늘의 뉴스",
        "",
        "오늘의 뉴스",
        "",
        "솔내군 어린이집 야간 돌봄 3곳으로 확대",
        "인쇄 확대 축소 좋아요 12  취재기자 : 박하늘, 방송일 : 2024-03-14, 조회 : 181",
        "솔내군 야간돌봄 어린이집 맞벌이 돌봄",
        "[솔내군 어린이집 야간 돌봄 3곳으로 확대] 뉴스 이미지",
        "좋아요",
        "",
        "솔내군이 맞벌이 가정을 위해 밤 10시까지 아이를 맡아 주는 야간 돌봄 어린이집을"
        " 세 곳으로 늘립니다.",
        "",
        "새로 문을 여는 두 곳은 읍내와 강변 마을에 있으며, 다음 달부터 신청을 받습니다.",
        "",
        "솔내군은 이용 수요를 살펴 내년에 한 곳을 더 늘릴 계획입니다.",
    ]
)


def test_a_headline_in_brackets_before_a_photo_s_label_names_no_series() -> None:
    """A photograph's alt text prints the headline in brackets before a label of a word or two
    ("[…] 뉴스 이미지"): the headline printed again, not the name of a series the headline line
    would then be, so it stays the page's title over the keywords below it."""
    row = normalize_document(PHOTO_ALT_TITLE_PAGE)
    assert row["title"] == "솔내군 어린이집 야간 돌봄 3곳으로 확대"
    assert_same_headline(PHOTO_ALT_TITLE_PAGE)


# A neighbourhood column's page: its name alone, then its story's headline after its name in
# square brackets, the day, the story.
COLUMN_STORY_PAGE = "\n".join(
    [
        "우리 동네 이야기",
        "",
        "[우리 동네 이야기] 바다식당",
        "2024.03.14 10:15",
        "",
        "바닷가 골목 끝에 있는 작은 식당은 삼십 년 동안 같은 자리에서 같은 국밥을 끓여"
        " 왔습니다. 주인 할머니는 새벽 네 시에 문을 엽니다.",
        "",
        "손님 대부분은 이웃 주민입니다.",
    ]
)


def test_a_column_s_name_in_square_brackets_before_a_short_headline_names_a_series() -> None:
    """A column's name in square brackets before a headline of a word or two is a series'
    name (a photograph's alt text holds a headline's words, five or more), and the square
    bracket holds no work's title: the headline is the word after it."""
    assert normalize_document(COLUMN_STORY_PAGE)["title"] == "바다식당"
    english = COLUMN_STORY_PAGE.replace("우리 동네 이야기", "Notes from the Harbour").replace(
        "바다식당", "Ferry timetable"
    )
    assert normalize_document(english)["title"] == "Ferry timetable"
    assert_same_headline(COLUMN_STORY_PAGE)


# a nursery school's event page whose headline was not scraped: the section's word, the day,
# then the story opening with the full day
EVENT_ITEM = "\n".join(
    [
        "Мероприятие",
        "",
        "03.03.2022",
        "",
        "3 марта 2022 года в детском саду № 5 «Ёлочка» посёлка Сосновый Бор прошёл"
        " весенний концерт для мам и бабушек.",
        "Ребята младшей группы спели песню про капель, а старшие показали сценку о подснежнике.",
    ]
)


def test_an_events_section_word_over_a_day_is_no_headline() -> None:
    """A site's section for its events, named alone over the day and the story ("Мероприятие",
    "Events", "행사"), is the section's name, no headline; a headline under it is the page's."""
    for word in ("Мероприятие", "Мероприятия", "Events", "행사"):
        text = EVENT_ITEM.replace("Мероприятие", word)
        assert normalize_document(text)["title"] is None
        assert_same_headline(text)
    head = "Весенний концерт для мам в «Ёлочке»"
    headed = EVENT_ITEM.replace("03.03.2022", f"{head}\n\n03.03.2022")
    assert normalize_document(headed)["title"] == head


# A parish board's post: the board's name, its trail ending with that name, the post's short
# headline, its author's dated line, the paragraphs.
BOARD_TRAIL_PAGE = "\n".join(
    [
        "칼럼:김목사와 함께 읽는 바닷가 편지",
        "",
        "HOME > 목회자코너 > 칼럼:김목사와 함께 읽는 바닷가 편지",
        "",
        "종탑 수리",
        "",
        "admin 2021.04.18 09:12 Views : 88",
        "",
        "지난겨울 폭설로 금이 간 종탑을 고치는 일이 이번 주에 끝났습니다. 종탑 수리에 마음을 "
        "모아 주신 교우들께 감사드립니다.",
        "",
        "수리비는 남선교회가 절반을 맡았고, 나머지는 주일학교 아이들의 저금통이 채웠습니다. "
        "바닷가 마을의 종소리를 함께 지켜 주신 교우들과 이 편지를 함께 읽고 싶습니다.",
    ]
)


def test_a_board_s_name_over_its_trail_is_no_headline() -> None:
    assert normalize_document(BOARD_TRAIL_PAGE)["title"] == "종탑 수리"
    assert_same_headline(BOARD_TRAIL_PAGE)


def test_a_headline_its_trail_ends_with_stays_the_headline() -> None:
    """A trail ending with the headline printed above it, over a deck, no dated line below: the
    headline is the page's."""
    page = BOARD_TRAIL_PAGE.replace("admin 2021.04.18 09:12 Views : 88", "").replace(
        "칼럼:김목사와 함께 읽는 바닷가 편지", "바닷가 교회, 겨울 폭설에 금 간 종탑 고쳤다"
    )
    assert normalize_document(page)["title"] == "바닷가 교회, 겨울 폭설에 금 간 종탑 고쳤다"


# A news page whose trail ends with its headline printed above it, the deck below the trail over
# the byline and its day: the story echoes the headline more than the deck.
HEADLINE_TRAIL_PAGE = "\n".join(
    [
        "Tollbridge council approves a new ferry timetable",
        "",
        "Home > News > Tollbridge council approves a new ferry timetable",
        "",
        "Evening sailings come back after two years",
        "",
        "By Mara Quill | March 12, 2024",
        "",
        "The Tollbridge council on Tuesday approved a new ferry timetable for the island route,"
        " the first change to the timetable in six years.",
        "",
        "The council said the ferry company would publish the approved times next week.",
    ]
)


def test_a_headline_its_trail_ends_with_over_a_deck_and_a_byline_stays() -> None:
    """The headline over a trail ending with it, the deck below the trail over a dated byline:
    the story echoes the headline more than the deck, so the headline is no board's name."""
    headline = "Tollbridge council approves a new ferry timetable"
    assert normalize_document(HEADLINE_TRAIL_PAGE)["title"] == headline
    assert_same_headline(HEADLINE_TRAIL_PAGE)


# The same board's post with a title of one word of two syllables, too short for a headline's
# shape: its place below the trail and over the dated line says it is the post's title.
SHORT_POST_TITLE_PAGE = BOARD_TRAIL_PAGE.replace("종탑 수리", "회보").replace(
    "지난겨울 폭설로", "이번 주 회보에 실린 소식입니다. 지난겨울 폭설로"
)
# Without the dated line, or under a trail ending with no name the line over it prints, the
# short line's place is no post title's.
NO_SHORT_POST_TITLE_PAGES = (
    SHORT_POST_TITLE_PAGE.replace("admin 2021.04.18 09:12 Views : 88", ""),
    SHORT_POST_TITLE_PAGE.replace(
        "HOME > 목회자코너 > 칼럼:김목사와 함께 읽는 바닷가 편지", "HOME > 목회자코너 > 자료실"
    ),
)


def test_a_board_post_s_short_title_under_the_trail_over_its_dated_line_is_the_headline() -> None:
    assert normalize_document(SHORT_POST_TITLE_PAGE)["title"] == "회보"
    assert_same_headline(SHORT_POST_TITLE_PAGE)


def test_a_short_line_elsewhere_is_no_board_post_s_title() -> None:
    for page in NO_SHORT_POST_TITLE_PAGES:
        assert normalize_document(page)["title"] != "회보"
        assert_same_headline(page)
