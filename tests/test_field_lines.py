"""A record's field read out (a label, a colon, one value) is no headline, on a page that has
one as on a page that has none; nor is a transcript's turn, each opening with its speaker, nor
a dialogue's, each opening with a dash."""

from __future__ import annotations

import pytest

from normalize import normalize_document
from normalize.headline import weigh_candidates
from normalize.record_fields import is_field, repeated_fields, table_body
from normalize.text import clean_text
from normalize.turns import speaker_turns
from tests.test_core_headline import assert_same_headline

# A district portal's story: its reading time stands above the headline, as a field.
READING_TIME_PAGE = "\n".join(
    [
        "• 14 февраля 2025, 09:40",
        "Время чтения: 3 мин",
        "В Сосновском районе открыли первый крытый каток для детских секций",
        "Каток построили на месте старого стадиона за восемь месяцев.",
        "Секции фигурного катания и хоккея начнут занятия с понедельника, а по выходным лёд"
        " отдадут под свободное катание для всех жителей района.",
    ]
)

# A river club's forum topic scraped from its board's zone line down: the post's subject field
# holds the headline.
FORUM_TOPIC_UNDER_ITS_ZONE = "\n".join(
    [
        "Часовой пояс: UTC + 3 часа",
        "Заголовок сообщения: Re: Весенний ледоход на Сурже",
        "СообщениеДобавлено: Вт апр 12, 2022 9:14 pm",
        "Лёд у моста пошёл ещё в субботу, а к вечеру понедельника затор стоял уже у пристани.",
        "Катера держат у причала до конца недели, а паром до Заречья пока не ходит.",
    ]
)
ENGLISH_FORUM_TOPIC_UNDER_ITS_ZONE = "\n".join(
    [
        "All times are UTC+03:00",
        "Subject: Re: Spring ice on the Morrow river",
        "Posted: Tue Apr 12, 2022 9:14 pm",
        "The ice by the bridge went out on Saturday, and by Monday evening the jam stood at the"
        " pier. Boats stay tied up until the end of the week.",
    ]
)

# A trade site's tag page that kept only its header: a field, and no story.
TAG_PAGE = "Материалы по теме: комбикорм"

# A farm weekly's archive page: the year's field, then image words and teasers, no headline.
ARCHIVE_PAGE = "\n\n".join(
    [
        "Tuesday, March 4, 2025",
        "Yearly Archives: 2021",
        "tractor",
        "Ivy Marchetti has kept bees on the ridge above Lowbridge for forty years, and her"
        " honey still sells out at the Saturday market before ten.",
        "barn",
        "The Fenwick Grange voted to repair the roof of its 1890 barn with money from the"
        " autumn supper and a county grant.",
    ]
)

# A county weekly's preview of the week's games: one record per game, each field a label and
# its value, and no headline; the same value under one label in every block.
PREVIEW_PAGE = "\n\n".join(
    field
    for home, away, ground in [
        ("Alder Creek Owls", "Morrow Hill Bears", "Bears Field"),
        ("Saltash Herons", "Dunmore Badgers", "Badger Bowl"),
        ("Kells Ferry Otters", "Linton Rams", "Rams Stadium"),
    ]
    for field in [
        f"Teams: {home} at {away}",
        "When: Friday at 7 p.m.",
        f"Where: {ground}",
        "Records: First game of the season for both",
        f"Preview: {away} return most of last year's line, and {home} will lean on a young"
        " backfield that has not played a varsity snap.",
    ]
)

# A radio station's clip page that kept only the script: the host's lead-in and question, the
# traffic desk's answer, then the report, and no headline.
TRANSCRIPT_PAGE = "\n".join(
    [
        "진행자 : 퇴근길 도로 사정이 심상치 않습니다. 교통센터 연결해 보겠습니다.",
        "교통 센터 : 네, 교통센터입니다.",
        "진행자 : 도심 방향 강변로는 얼마나 막힙니까?",
        "네, 도심 방향 강변로는 사고 처리로 두 차로만 열려 있어 평소보다 30분가량 더 막힙니다.",
        "외곽순환도로는 비교적 원활하지만 터널 입구부터 서행이 이어지고 있습니다.",
        "지금까지 교통센터에서 전해 드렸습니다.",
    ]
)

# A question-and-answer interview under its headline: the turns are no headline, the head is.
INTERVIEW_PAGE = "\n\n".join(
    [
        "Lighthouse keeper retires after thirty winters on Gull Rock",
        "By Maren Holt, March 3, 2025",
        "Q: What will you miss most?",
        "A: The quiet before a storm, and the ferry crews waving on their way past the rock.",
        "Q: And least?",
        "A: Carrying paraffin up a hundred and twelve steps every evening of the winter.",
    ]
)

# A radio service's report that kept only its text: a paragraph, then a dialogue overheard at
# a market, its question first, then the report goes on; no headline.
DIALOGUE_PAGE = "\n".join(
    [
        "Пограничный городок живёт торговлей: по субботам на площади у почты собираются"
        " продавцы из трёх соседних сёл, и к полудню на прилавках почти ничего не остаётся.",
        "– Это что, последний рейс на Заозёрье?",
        "– Нет, последний ушёл ещё в сентябре. Теперь только по четвергам.",
        "Рейсы отменили прошлой осенью, когда закрылся переход. Староста Нина Ремизова говорит,"
        " что за год из села уехали двенадцать семей, а школа осталась с одним классом.",
    ]
)


def test_a_dialogues_turns_are_no_headline() -> None:
    """Lines one after another, each opening with a dash and closing with a sentence's or a
    question's mark, are a dialogue's turns: the first question is no headline. A list's items
    after dashes close with no stop."""
    lines = DIALOGUE_PAGE.split("\n")
    assert speaker_turns(lines) == {1, 2}
    assert normalize_document(DIALOGUE_PAGE)["title"] is None
    assert not speaker_turns(["- Паром снова ходит", "- Мост откроют в мае", "Новости"])


# A news channel's page that prints its noon bulletin as the anchor reads it: the greeting,
# the programme's name, then one story a line; no headline.
GREETED_BULLETIN_PAGE = "\n".join(
    [
        "시청자 여러분 안녕하십니까?",
        "한낮 뉴스광장, 누리방송 정오 라이브!",
        "먼저 오늘의 주요 소식 전해 드립니다.",
        "새벽부터 내린 폭설로 산간 도로 여섯 곳의 차량 통행이 통제되고 있습니다.",
        "기상청은 오늘 밤까지 눈이 더 내리겠다며 빙판길 안전에 유의해 달라고 당부했습니다.",
        "시의회는 오후 본회의를 열고 마을버스 증차 예산을 처리할 예정입니다.",
        "지금까지 정오 라이브였습니다.",
    ]
)
# An evening programme's page whose headline stands above the host's greeting.
HEADLINE_OVER_A_GREETING_PAGE = "\n".join(
    [
        "Паромы к островам отменили до весны",
        "",
        "Добрый вечер!",
        "Сегодня в студии капитан порта Ольга Дымова. Паромная переправа на острова закрыта"
        " до апреля, и жителям посёлков предлагают вертолётные рейсы по вторникам.",
    ]
)


def test_a_script_opened_by_its_host_s_greeting_has_no_headline() -> None:
    """A page whose first line greets the viewers prints what its anchor says, the
    programme's name among it: no line of it is the page's headline. A headline printed above
    the greeting is the page's."""
    lines = GREETED_BULLETIN_PAGE.split("\n")
    assert speaker_turns(lines) == set(range(len(lines)))
    assert normalize_document(GREETED_BULLETIN_PAGE)["title"] is None
    assert_same_headline(GREETED_BULLETIN_PAGE)
    row = normalize_document(HEADLINE_OVER_A_GREETING_PAGE)
    assert row["title"] == "Паромы к островам отменили до весны"
    assert_same_headline(HEADLINE_OVER_A_GREETING_PAGE)


def test_a_transcripts_turns_are_no_headline() -> None:
    """Lines each opening with a speaker's label, a speaker coming back after another's turn,
    are a transcript's turns: the host's question is no headline, nor its lead-in."""
    lines = TRANSCRIPT_PAGE.split("\n")
    assert speaker_turns(lines) == {0, 1, 2}
    assert normalize_document(TRANSCRIPT_PAGE)["title"] is None
    title = normalize_document(INTERVIEW_PAGE)["title"]
    assert title == "Lighthouse keeper retires after thirty winters on Gull Rock"
    # one series' label over several heads, with no other speaker between, is no transcript
    series = ["Analysis: Why the ferry fares rise", "Analysis: The port's long winter"]
    assert not speaker_turns([*series, "Interview: The harbour master"])


@pytest.mark.parametrize(
    "text",
    [
        "Время чтения: 3 мин",
        "Материалы по теме: комбикорм",
        "Yearly Archives: 2021",
        "Views: 1,204",
        "Posts : 318",
        "Filed under: Agriculture",
        "추천수 : 41회",
        "Благодарили: 7 раз.",
    ],
)
def test_a_label_a_colon_and_one_value_is_a_field(text: str) -> None:
    assert is_field(text)


@pytest.mark.parametrize(
    "text",
    [
        "Тренер Ладогин: поражение заслуженное",
        "Mayor Okafor: the bridge will open in May",
        "Coach Lind: Sorry!",
        "Депутат: «Хватит»",
        "NIGHT BULLETIN 23:30",
        "Ferries cancelled on three island routes",
    ],
)
def test_a_headline_with_a_colon_is_no_field(text: str) -> None:
    assert not is_field(text)


@pytest.mark.parametrize(
    "text",
    [
        "Posts: 212 Joined: 02.09.11 Reputation: 40",
        "Сообщений: 87 Зарегистрирован: 05.06.10 Со дня регистрации: 5110",
    ],
)
def test_fields_of_numbers_run_together_are_a_field(text: str) -> None:
    """A forum's poster card prints its fields on one line: each a label, a colon, a number or
    a date."""
    assert is_field(text)


def test_a_headline_with_two_colons_and_numbers_is_no_field() -> None:
    assert not is_field("Weather: 12 degrees by noon: what to wear on the coast")


def test_a_forum_post_under_its_posters_card_has_no_headline() -> None:
    """A forum post whose topic title was not scraped opens with its poster's card, fields of
    numbers run together, then the post: the card is no headline."""
    lines = [
        "Сообщений: 87 Зарегистрирован: 05.06.10 Со дня регистрации: 5110",
        "1. Фото лодок выкладываем в раздел «Фотоальбом», в теме не больше пяти снимков.",
        "2. Продажу снастей обсуждаем только в разделе «Барахолка», остальное удаляется.",
        "3. Вопросы про погоду на озере задаём в общей теме, а не открываем новую.",
    ]
    text = "\n".join(lines)
    assert normalize_document(text)["title"] is None
    assert_same_headline(text)


# a parish site's news item whose headline was not scraped: the line of its rubrics, then the
# story opening with its day
FILED_ITEM = "\n".join(
    [
        "Рубрики: Приходская жизнь, Новости",
        "14 сентября 2020 года в приходской библиотеке при храме Святого Николая в с. Осиновка"
        " открылся кружок рисования для детей и взрослых.",
        "Первое занятие провела художница Нина Ряполова: ученики рисовали осенний сад и"
        " колокольню, а потом пили чай с яблочным пирогом.",
    ]
)


@pytest.mark.parametrize(
    "label",
    ["Рубрики:", "Категории:", "Теги:", "Categories:", "Filed under:", "Tags:", "카테고리:"],
)
def test_a_posts_line_of_its_rubrics_is_no_headline(label: str) -> None:
    """A filing label, a colon and the rubrics or tags a post is filed under are the post's
    metadata: on a page whose headline was not scraped, the page has none."""
    text = FILED_ITEM.replace("Рубрики:", label)
    assert normalize_document(text)["title"] is None
    assert_same_headline(text)
    # a headline opening with a filing label's word and no colon after it stays one
    storm = "Category five storm nears the harbour"
    headed = FILED_ITEM.replace(FILED_ITEM.split("\n")[0], storm)
    assert normalize_document(headed)["title"] == storm


# a village choir's post: its headline, its day, its story, then its tags after a filing
# label, each after a hash sign and parted by commas
TAGGED_POST = "\n".join(
    [
        "바닷가 합창단, 옛 방앗간에서 겨울 음악회",
        "2023.12.12 10:20",
        "항구마을 합창단이 토요일 옛 방앗간에서 겨울 음악회를 열었고 주민 이백여 명이 찾았다.",
        "지휘자 한도윤 씨는 돌벽이 어느 강당보다 소리를 잘 살린다고 말했다.",
        "태그: #합창단, #방앗간, #겨울",
    ]
)


@pytest.mark.parametrize("label", ["태그:", "분류:", "Метки:", "Рубрики:", "Categories:"])
def test_a_filing_labels_hashtags_are_the_pages(label: str) -> None:
    """Tags after a filing label, each after its hash sign, are the page's hashtags, read as
    any line of them is; the same entries with no sign are the post's metadata, no tags."""
    text = TAGGED_POST.replace("태그:", label)
    row = normalize_document(text)
    assert [tag["tag"] for tag in row["hashtags"]] == ["합창단", "방앗간", "겨울"]
    assert row["title"] == "바닷가 합창단, 옛 방앗간에서 겨울 음악회"
    assert normalize_document(text.replace("#", ""))["hashtags"] == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (FORUM_TOPIC_UNDER_ITS_ZONE, "Весенний ледоход на Сурже"),
        (ENGLISH_FORUM_TOPIC_UNDER_ITS_ZONE, "Spring ice on the Morrow river"),
    ],
)
def test_a_boards_zone_line_is_no_headline_over_a_posts_subject(text: str, title: str) -> None:
    """A forum topic scraped from the board's statement of its zone down: that line is the
    board's, and the post's subject field holds the headline."""
    assert normalize_document(text)["title"] == title
    assert_same_headline(text)


def test_a_programmes_title_closing_with_its_day_is_no_field() -> None:
    """A video platform's page of a daily bulletin keeps one line, the episode's title: the
    programme's name, a colon, the day it reads (month first). A whole date is no field's
    value: the line is the headline, and its day the publication."""
    assert not is_field("Вечерний выпуск: 14.03.2023")
    text = "Harbour Morning Roundup: 06-02-2022"
    row = normalize_document(text)
    assert (row["title"], row["published_precision"]) == (text, "day")
    assert_same_headline(text)


def test_a_reading_time_above_the_headline_is_machinery() -> None:
    lines = READING_TIME_PAGE.split("\n")
    found = {c.line: c for c in weigh_candidates(lines, {}, set(), {0})}
    assert found[1].signals["machinery"] == 1.0
    assert found[2].signals["machinery"] == 0.0
    title = normalize_document(READING_TIME_PAGE)["title"]
    assert title == "В Сосновском районе открыли первый крытый каток для детских секций"


@pytest.mark.parametrize("page", [TAG_PAGE, ARCHIVE_PAGE, PREVIEW_PAGE])
def test_a_page_of_a_field_and_no_story_has_no_headline(page: str) -> None:
    assert normalize_document(page)["title"] is None


@pytest.mark.parametrize(
    "page",
    [
        READING_TIME_PAGE,
        TAG_PAGE,
        ARCHIVE_PAGE,
        PREVIEW_PAGE,
        TRANSCRIPT_PAGE,
        INTERVIEW_PAGE,
        DIALOGUE_PAGE,
    ],
)
def test_the_core_weighs_fields_as_python_does(page: str) -> None:
    assert_same_headline(clean_text(page))


def test_fields_each_block_repeats_are_a_lists_items() -> None:
    """A label that opens a line in every block, among other such labels, makes its lines a
    record's fields, however long the value; a series' one label on a few heads does not."""
    lines = PREVIEW_PAGE.split("\n")
    found = {c.line: c for c in weigh_candidates(lines, {}, set(), set())}
    teams = [line for line, c in found.items() if c.text.startswith("Teams:")]
    assert teams and all(found[line].signals["feed_item"] == 1.0 for line in teams)
    series = ["Analysis: Why the ferry fares rise", "Analysis: The port's long winter"]
    assert not repeated_fields([*series, "Analysis: A bridge too far", "Ferries run late"])


# A youth football club's match record, scraped as a table: a label and a value on each row,
# the report in the last cell, and no headline.
MATCH_RECORD_TABLE = "\n".join(
    [
        "Date | 12 March 2024 |",
        "---|---|",
        "Squad | Under-14 Girls |",
        "Opponent | Kestrel Park Juniors |",
        "Ground | Riverside Field 2 |",
        "Score | W 3 - 1 |",
        "Report | A windy morning on the riverside pitch. Mia Torres scored twice before the break"
        " and Ava Lund added a third from a corner after the restart. |",
    ]
)

# A harbour office's notice board: the post's title is the table's header row.
NOTICE_BOARD_TABLE = "\n".join(
    [
        "Harbour clean-up day moved to Sunday |",
        "---|---|",
        "Written by | Events desk |",
        "Posted | 2024-05-02 |",
        "The volunteer clean-up of the east harbour beach moves to Sunday because of the storm"
        " warning for Saturday, the harbour office said.",
        "Gloves and bags will be handed out at the slipway from nine o'clock.",
    ]
)


def test_a_table_s_body_rows_hold_no_headline() -> None:
    """The rows under a table's separator are a record's fields: none of their values is the
    page's headline, and a record with no story of its own has none."""
    assert normalize_document(MATCH_RECORD_TABLE)["title"] is None
    assert sorted(table_body(MATCH_RECORD_TABLE.split("\n"))) == [2, 3, 4, 5, 6]
    assert_same_headline(clean_text(MATCH_RECORD_TABLE))


def test_a_title_in_a_table_s_header_row_stays_the_headline() -> None:
    """A board that prints its post's title as a table's header row keeps it: only the rows
    under the separator are fields."""
    assert normalize_document(NOTICE_BOARD_TABLE)["title"] == (
        "Harbour clean-up day moved to Sunday"
    )
    assert sorted(table_body(NOTICE_BOARD_TABLE.split("\n"))) == [2, 3]
    assert_same_headline(clean_text(NOTICE_BOARD_TABLE))


# A club forum's topic under the board's list of topics: the topic's own title, with the
# board's name after a bar, stands a blank line below the list's last row.
TOPIC_UNDER_BOARD_TABLE = "\n".join(
    [
        "| No. | Topic | Author | Date |",
        "|---|---|---|---|",
        "| 212 | Kit colours for the spring league | Nora Hale | 2024-03-02 |",
        "| 211 | Lost keys at Riverside Field | Tom Birch | 2024-03-01 |",
        "",
        "Kit colours for the spring league | Members' board",
        "The committee has picked green shirts and white shorts for the spring league, and the"
        " new kit will be handed out at the first training session.",
        "Nora Hale | 2024-03-02 18:40",
    ]
)


def test_a_line_of_another_shape_past_a_table_is_the_pages_own() -> None:
    """Past a blank line, a line with fewer bars than the table's separator row is no row of
    the table: the topic's own title under the board's list stays the headline."""
    assert normalize_document(TOPIC_UNDER_BOARD_TABLE)["title"] == (
        "Kit colours for the spring league"
    )
    assert sorted(table_body(TOPIC_UNDER_BOARD_TABLE.split("\n"))) == [2, 3]
    assert_same_headline(clean_text(TOPIC_UNDER_BOARD_TABLE))


# A weekly paper's digest page: each item's title after its field's label, then its paragraph;
# the page prints no headline of its own.
TITLED_DIGEST_PAGE = "\n".join(
    [
        "제목: 솔내 들꽃축제 다음 달 9일 개막",
        "솔내군의 봄 축제인 솔내 들꽃축제가 다음 달 9일부터 나흘간 솔내천 둔치에서 열린다.",
        "첫날 저녁 개막 공연에 이어 들꽃 사진 공모전과 주민 노래자랑이 차례로 이어진다.",
        "제목: 가온리 마을회관 새 단장 마쳐",
        "가온리 마을회관이 석 달에 걸친 보수 공사를 마치고 이번 주부터 다시 문을 열었다.",
        "제목: 군립도서관 일요일에도 문 연다",
        "솔내군립도서관은 다음 달부터 일요일에도 오후 6시까지 문을 연다고 밝혔다.",
    ]
)
# A board's thread: the post's title after its field's label, each reply's after the same
# label, repeating it.
TITLED_THREAD_PAGE = "\n".join(
    [
        "Subject: Ferry timetable for the spring season",
        "Does anyone know when the spring timetable for the island ferry comes out this year?",
        "Subject: Re: Ferry timetable for the spring season",
        "The harbour office said it would be posted on the first Monday of March.",
        "Subject: Re: Ferry timetable for the spring season",
        "It is up now on the board by the ticket window, with two extra sailings on Fridays.",
    ]
)


def test_a_title_label_opening_each_item_of_a_digest_fills_no_page_title() -> None:
    assert normalize_document(TITLED_DIGEST_PAGE)["title"] is None
    assert_same_headline(clean_text(TITLED_DIGEST_PAGE))


def test_a_title_label_a_threads_replies_repeat_still_heads_the_page() -> None:
    title = normalize_document(TITLED_THREAD_PAGE)["title"]
    assert title == "Ferry timetable for the spring season"
    assert_same_headline(clean_text(TITLED_THREAD_PAGE))


# A mailing list's archived message: its header, its text, a forwarded message with its own
# subject and, quoted at the foot, an earlier message's header: one message, no digest.
MESSAGE_WITH_FORWARD_AND_QUOTE = "\n".join(
    [
        "From: Dora Penhale",
        "Date: Tue, 4 Mar 2025 10:12:00 +0000",
        "Subject: Hall booking for the spring fair",
        "",
        "Hi all, the parish hall is free on the 12th of April, so I have booked the hall for "
        "the spring fair.",
        "",
        "---------- Forwarded message ---------",
        "From: Parish office",
        "Subject: Parish hall calendar",
        "",
        "Dear Dora, the hall is free on the 12th and the 19th of April.",
        "",
        "> On Monday, Tom Wren wrote:",
        "> Subject: Spring fair dates",
        "> Can someone check whether the hall is free in April?",
    ]
)


def test_a_title_field_quoted_from_an_earlier_message_opens_no_digest_item() -> None:
    """A '> Subject:' line quoted from an earlier message is that message's: with the page's
    own subject and a forwarded one it makes no three items of a digest."""
    title = normalize_document(MESSAGE_WITH_FORWARD_AND_QUOTE)["title"]
    assert title == "Hall booking for the spring fair"
    assert_same_headline(clean_text(MESSAGE_WITH_FORWARD_AND_QUOTE))


# A law firm's data room: a ruling's record read out one field a line under the site's menu,
# its title field a court's case number, then the ruling's own headings.
RULING_RECORD_PAGE = "\n".join(
    [
        "자료실",
        "상담시간",
        "09:00~18:00",
        "  • 공지",
        "  • 판례",
        "검색어 입력 검색",
        "분류 임대차",
        "제목 솔내지법 2019가합40512 판결",
        "선고일 2020-06-11",
        "내용",
        "",
        "솔내지법 2020. 6. 11. 선고 2019가합40512 판결",
        "",
        "【판시사항】",
        "",
        "상가 임차인이 계약 갱신을 요구할 수 있는 기간이 지난 뒤에도 권리금 회수 기회를"
        " 보호받는지 여부",
        "",
        "【판결요지】",
        "",
        "임대인은 계약 갱신 요구 기간이 지난 뒤에도 임차인이 주선한 신규 임차인과의 계약을"
        " 정당한 사유 없이 거절해서는 안 된다.",
    ]
)


def test_a_title_field_holds_the_headline_however_many_figures_it_holds() -> None:
    assert normalize_document(RULING_RECORD_PAGE)["title"] == "솔내지법 2019가합40512 판결"
    # without its label the case number is a line of figures, no headline
    unlabelled = RULING_RECORD_PAGE.replace("제목 솔내지법", "솔내지법 ", 1)
    assert normalize_document(unlabelled)["title"] != "솔내지법 2019가합40512 판결"
    # a field of figures alone stays none
    dated = RULING_RECORD_PAGE.replace("솔내지법 2019가합40512 판결\n", "2019.06.11 40512\n", 1)
    assert normalize_document(dated)["title"] != "2019.06.11 40512"
