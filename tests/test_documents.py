from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from normalize import SCHEMA, normalize_document
from normalize.options import Options
from tests.cases import CASES, rows

VIDEO_PAGE = """Seoul and Tokyo agree to resume shuttle diplomacy

Описание к видео Seoul and Tokyo agree to resume shuttle diplomacy

한일 정상 "셔틀 외교 재개"

The leaders of South Korea and Japan agreed on Monday to resume regular visits.
They said the next meeting would take place in Busan before the end of the year.

#ShuttleDiplomacy #한일정상회담

📣 Facebook : / examplenews

2024-06-03, 18:30 (KST)

Комментарии
"""


def test_video_page_row() -> None:
    row = normalize_document(VIDEO_PAGE, source="page.txt")
    assert row["title"] == "Seoul and Tokyo agree to resume shuttle diplomacy"
    assert row["title_lang"] == "en"
    assert row["alt_titles"] == [{"text": '한일 정상 "셔틀 외교 재개"', "lang": "ko"}]
    assert row["published_at"] == datetime(2024, 6, 3, 9, 30, tzinfo=UTC)
    assert [tag["tag"] for tag in row["hashtags"]] == ["ShuttleDiplomacy", "한일정상회담"]
    assert {"en", "ko"} <= set(row["languages"])
    body = row["body"].split("\n")
    assert "Комментарии" not in body and "📣 Facebook : / examplenews" not in body
    assert "2024-06-03, 18:30 (KST)" not in body  # a dateline is metadata, not text
    assert row["body"].startswith("The leaders of South Korea")
    assert row["source"] == "page.txt"
    assert row["warnings"] == []


def test_a_menu_s_anchor_above_its_items_is_no_tag_of_the_page() -> None:
    page = (
        "새벽 어시장 경매 현장\n\n바로가기\n\n#all\n  • 제목\n    검색어 입력 폼\n  • 날짜\n\n"
        "새벽 네 시 어시장에 경매가 열렸습니다.\n상인들이 모여 값을 부릅니다.\n\n#어시장 #새벽경매"
    )
    assert [tag["tag"] for tag in normalize_document(page)["hashtags"]] == ["어시장", "새벽경매"]


def test_row_has_exactly_the_schema_columns() -> None:
    assert list(normalize_document(VIDEO_PAGE)) == SCHEMA.names()
    assert list(normalize_document("")) == SCHEMA.names()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "empty_document"),
        ("  \n\t\u200b\n", "empty_document"),
        (None, "missing_text"),
        (b"Seoul \xff market", "invalid_utf8"),
        (b"\x00\x00\x00\x01\x02", "binary"),
    ],
)
def test_bad_documents_keep_a_row_with_a_warning(text: str | bytes | None, code: str) -> None:
    row = normalize_document(text, doc_id="d1")
    assert row["doc_id"] == "d1"
    assert code in {warning.split(":")[0] for warning in row["warnings"]}


def test_invalid_utf8_text_is_kept_with_replacement() -> None:
    row = normalize_document(b"Markets rally in Seoul\n\nShares rose \xff sharply on Friday.")
    assert row["title"] == "Markets rally in Seoul"
    assert "\ufffd" in row["body"]


def test_page_without_headline_says_so() -> None:
    row = normalize_document("Officials said on Friday that the plan would be reviewed next week.")
    assert row["title"] is None
    assert row["title_lang"] == "und"
    assert any(warning.startswith("title_missing") for warning in row["warnings"])


def test_relative_times_use_fetched_at_never_the_clock() -> None:
    page = "Seoul stocks close higher\n\n입력 2시간 전\n\nThe KOSPI rose 1.2 percent on Friday."
    without = normalize_document(page)
    assert without["published_at"] is None
    fetched = datetime(2024, 5, 17, 12, 0, tzinfo=UTC)
    assert normalize_document(page, fetched_at=fetched)["published_at"] == datetime(
        2024, 5, 17, 10, 0, tzinfo=UTC
    )


def test_options_reject_unknown_zone_and_naive_now() -> None:
    with pytest.raises(ValueError, match="IANA"):
        Options(default_tz="Mars/Olympus")
    with pytest.raises(ValueError, match="timezone-aware"):
        Options(now=datetime(2024, 5, 17))


@given(st.text())
def test_any_text_gives_a_row_with_offsets_inside_the_body(text: str) -> None:
    row = normalize_document(text)
    body = row["body"]
    previous_end = 0
    for fragment in row["fragments"]:
        assert previous_end <= fragment["start"] < fragment["end"] <= len(body)
        previous_end = fragment["end"]


@given(st.text())
def test_same_input_same_row(text: str) -> None:
    assert normalize_document(text) == normalize_document(text)


def test_huge_single_line_document() -> None:
    row = normalize_document("데이터 " * 200_000)
    assert row["title"] is None
    assert row["body"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("#Seoul #Busan #한일정상회담\n#ВладимирПутин", None),
        ("Home\nMenu\nSearch\nSign in\nSubscribe\nКомментарии\n댓글", None),
        ("2024\n12 345\n3.14\n+7 999 123 45 67", None),
        ("🔥🔥🔥 🚀🚀\n\nThe launch went well on Friday, officials said in a statement.", None),
        ("مرحبا بالعالم هذا عنوان الخبر\n\nهذا نص الخبر الكامل.", "مرحبا بالعالم هذا عنوان الخبر"),
        ("Seoul " * 200_000, None),
        (
            "Skip to main content\n\ntv   Evening Report  KRVN  October 4, 2016 6:00pm-6:30pm CDT"
            "\n\n6:00 pm\n>> good evening. the river road is closed after the storm, crews said.",
            None,
        ),
    ],
    ids=[
        "only hashtags",
        "only chrome",
        "only numbers",
        "emoji title",
        "right to left",
        "one long line",
        "skip link over a broadcast slot",
    ],
)
def test_pages_without_a_usable_headline(text: str, title: str | None) -> None:
    row = normalize_document(text)
    assert row["title"] == title
    if title is None:
        assert row["title_lang"] == "und"
        assert any(warning.startswith("title_missing") for warning in row["warnings"])


@pytest.mark.parametrize("case", rows(CASES / "page_times.json"), ids=lambda case: case["label"])
def test_the_time_a_person_would_pick(case: dict[str, Any]) -> None:
    row = normalize_document(case["text"])
    published = row["published_at"]
    assert (published.isoformat().replace("+00:00", "Z") if published else None) == case[
        "published_at"
    ]
    assert row["published_precision"] == case["precision"]


# A town page whose headline is an office notice; far down its body, an agenda's heading names
# the day of the meeting it heads: that day is the meeting's, not the page's.
AGENDA_DEEP_IN_THE_BODY = "\n".join(
    [
        "Library closed on Friday for the heating repair",
        "",
        "The main branch stays shut while the boiler is replaced; the book drop stays open.",
        "",
        "Road work on Mill Street continues through the end of the month.",
        "",
        "Active notices",
        "",
        "Search",
        "",
        "Planning Board Agenda - Tuesday, February 9, 2021",
        "",
        "The board meets by video; the link is posted an hour before the start.",
        "",
        "1. Minutes of the January meeting",
        "2. Site plan for the garden centre on Route 4",
    ]
)


def test_a_dated_heading_deep_in_the_body_is_not_the_page_time() -> None:
    row = normalize_document(AGENDA_DEEP_IN_THE_BODY)
    assert row["title"] == "Library closed on Friday for the heating repair"
    assert row["published_at"] is None


@pytest.mark.parametrize(
    ("closing", "published"),
    [
        # a statement's closing date, alone on its line: the statement's own
        ("February 9, 2021", datetime(2021, 2, 9, tzinfo=UTC)),
        # a video's counter line, without a heading's dash: the page's own
        ("2,418 views Premiered Feb 9, 2021", datetime(2021, 2, 9, tzinfo=UTC)),
    ],
)
def test_a_day_far_below_the_headline_without_a_heading_stays(
    closing: str, published: datetime
) -> None:
    lines = AGENDA_DEEP_IN_THE_BODY.split("\n")
    page = "\n".join([*lines[:10], closing, *lines[11:]])
    assert normalize_document(page)["published_at"] == published


CLOCK_ATOP_AN_UNDATED_STORY = "\n".join(
    [
        "Четверг, 6 ноября 2025, 10:42",
        "",
        "В Заречном открыли круглогодичный каток",
        "",
        "Каток под крышей стадиона «Заря» будет работать и летом: лёд заливают на новой установке.",
        "",
        "Для школьников вход по будням бесплатный, взрослый билет стоит двести рублей.",
    ]
)


@pytest.mark.parametrize(
    ("top", "published"),
    [
        # the site's clock of today, weekday first, its month's name alone as a program
        # prints it, atop a story that gives no date
        ("Четверг, 6 ноябрь 2025, 10:42", None),
        # the same in the genitive of a date, the page's first line over the headline: the
        # story's own stamp
        ("Четверг, 6 ноября 2025, 10:42", datetime(2025, 11, 6, 7, 42, tzinfo=UTC)),
        # under a line of the site's bar: its clock again
        ("Поиск\nЧетверг, 6 ноября 2025, 10:42", None),
        # the story's own date and time, without a weekday
        ("6 ноября 2025, 10:42", datetime(2025, 11, 6, 7, 42, tzinfo=UTC)),
    ],
)
def test_a_clock_naming_its_weekday_atop_the_page_is_the_site_clock(
    top: str, published: datetime | None
) -> None:
    page = CLOCK_ATOP_AN_UNDATED_STORY.replace("Четверг, 6 ноября 2025, 10:42", top)
    row = normalize_document(page)
    assert row["title"] == "В Заречном открыли круглогодичный каток"
    assert row["published_at"] == published


# A clan society's old board item: the poster's name field, the day with its weekday in
# brackets, the item's title, its one paragraph.
POSTER_FIELD_OVER_A_WEEKDAY_DATE = "\n".join(
    [
        "이름: {field}",
        "2015/3/8(일)",
        "2015년도 봄 시제 봉행",
        "",
        "2015년도 봄 시제가 3월 7일(토) 솔내 재실에서 종원 120여 명이 모인 가운데 봉행되었다. "
        "회장은 먼 길을 온 종원들에게 고마움을 전하고 새 임원들을 소개하였다.",
    ]
)


@pytest.mark.parametrize(
    ("field", "published"),
    [
        # the post's poster named in words over its day: the post's own fields
        ("솔내종회", datetime(2015, 3, 8, tzinfo=UTC)),
        # a counter's number there: the site's, and the date under it its clock of today
        ("1,204", None),
    ],
)
def test_a_weekday_date_under_a_poster_s_field_is_the_post_s_day(
    field: str, published: datetime | None
) -> None:
    """A site's clock of today stands atop the page; a date right under a field naming the
    post's poster in words is the next of the post's fields, its own day."""
    row = normalize_document(POSTER_FIELD_OVER_A_WEEKDAY_DATE.format(field=field))
    assert row["title"] == "2015년도 봄 시제 봉행"
    assert row["published_at"] == published


PRINT_VIEW_WITH_ITS_HEAD_ON_ONE_LINE = "\n".join(
    [
        "푸른군, 8개 면 돌며 겨울철 과수 전정 교육 12/2~12/9일 면별 교육, 사과 12/16일 진행 "
        "한도윤 기자 doyun@mailbox.kr |",
        "2024년 12월 02일(월) 09:40 |",
        "|",
        "이번 교육은 사과와 배 농가가 겨울철 가지치기 요령을 직접 익히도록 돕는 자리.",
        "푸른군은 교육 시간에 내년에 바뀌는 지원 사업도 함께 안내한다는 계획이다.",
        "한도윤 기자 doyun@mailbox.kr",
    ]
)


def test_a_weekday_date_under_a_head_the_chooser_left_is_no_site_clock() -> None:
    """A print view glues headline, deck and byline on one line above the date: a line of that
    length above a date with its weekday is the article's head, not a site's label."""
    row = normalize_document(PRINT_VIEW_WITH_ITS_HEAD_ON_ONE_LINE)
    assert row["published_at"] == datetime(2024, 12, 2, 0, 40, tzinfo=UTC)


TEASER_DATE_IN_THE_LATEST_NEWS = "\n".join(
    [
        "Новости округа",
        "",
        "В Ключевском округе открыли новую библиотеку",
        "",
        "В селе Ключи после ремонта открылась сельская библиотека. Читателей встретили новые "
        "стеллажи, компьютерный зал и уголок для малышей.",
        "",
        "На открытие пришли школьники, ветераны и глава округа Пётр Лаптев, который пообещал "
        "пополнить фонд новыми книгами.",
        "",
        "Анна Берёзкина",
        "",
        "Последние новости",
        "",
        "Школьники округа сдали экологический диктант",
        "",
        "В канун праздника в сельском клубе все желающие смогли проверить свои знания о природе…",
        "",
        "12.10.2025",
        "",
        "Котельные округа готовы к зиме",
        "",
        "Завершена проверка котельных и тепловых се",
    ]
)


def test_a_date_between_teasers_is_the_teasers_not_the_article() -> None:
    row = normalize_document(TEASER_DATE_IN_THE_LATEST_NEWS)
    assert row["title"] == "В Ключевском округе открыли новую библиотеку"
    assert row["published_at"] is None


# A page that lost its headline: the body, then the next item's date, head and cut lead.
NEXT_ITEM_UNDER_A_HEADLESS_BODY = "\n".join(
    [
        "Ремонт плотины на речке Вербовке у посёлка Сосновый Бор продлится до конца октября. "
        "Подрядчик не успел завезти металл, сообщили в районной администрации.",
        "Проезд по плотине закрыт с середины лета. Автобус до станции теперь идёт в объезд "
        "через Луговое, и дорога стала длиннее на пятнадцать километров.",
        "21.09.2023 11:45",
        "Хору ветеранов двадцать пять лет",
        "Народный хор ветеранов Дома культуры отметил юбилей большим концертом, на который "
        "приехали бывшие участники из соседних городов и сёл, а также их дети и",
    ]
)


def test_the_next_item_s_date_under_a_headless_body_dates_nothing() -> None:
    row = normalize_document(NEXT_ITEM_UNDER_A_HEADLESS_BODY)
    assert row["title"] is None
    assert row["published_at"] is None
    # the same date right under the body, with nothing after it, is the body's own
    lines = NEXT_ITEM_UNDER_A_HEADLESS_BODY.split("\n")
    alone = normalize_document("\n".join(lines[:3]))
    assert alone["published_at"] == datetime(2023, 9, 21, 8, 45, tzinfo=UTC)


# A day archive without a headline of its own: its site's line with the day, then the day's
# stories, each a head over its lead.
DAY_ARCHIVE_OF_TEASERS = "\n".join(
    [
        "Menu: Home",
        "",
        "Coastal News and Features | Harbour Digest | June 3, 2022",
        "",
        "",
        "Seal pups return to the northern sandbar",
        "Rangers counted forty pups on the sandbar this spring, the most since the colony was "
        "first surveyed in the nineteen-eighties.",
        "Old lighthouse keeper's cottage to become a museum",
        "The trust that owns the cottage has raised enough money to restore its roof and open "
        "two rooms to visitors next summer.",
        "Ferry timetable changes after pier repairs",
        "Morning sailings will leave twenty minutes later from Monday while divers finish work "
        "on the pier's supports.",
        "Why herring shoals are moving further offshore",
        "Fishermen and marine scientists say warmer water near the coast has pushed the shoals "
        "several miles out since last year.",
        "Volunteers clear two tonnes of rope from the bay",
        "A weekend beach clean gathered more than two hundred volunteers, who filled a skip with "
        "old fishing rope and nets.",
    ]
)


def test_the_day_over_a_headless_list_of_teasers_dates_no_article() -> None:
    row = normalize_document(DAY_ARCHIVE_OF_TEASERS)
    assert row["title"] is None
    assert row["published_at"] is None
    # over two teasers and a paragraph, the day is the page's
    lines = DAY_ARCHIVE_OF_TEASERS.split("\n")
    short = normalize_document("\n".join([*lines[:8], *lines[9:]]))
    assert short["published_at"] == datetime(2022, 6, 3, tzinfo=UTC)


# A tag page without a headline: each item its source, its time and its section's tag, then its
# head and a cut lead; the first item's time is relative, the second's a date.
ITEMS_FRAMED_ALIKE = "\n".join(
    [
        "Latest stories tagged #CoastalRowing",
        "Harbour Daily",
        "5 hours ago",
        "- Sport",
        "- Harbour Daily",
        "Kestrel crew takes the Gull Island cup by two lengths",
        "The Kestrel eight beat the holders from Port Ennis on a choppy course on Saturday, "
        "their first win in the cup since the club moved its boathouse to the north quay.",
        "",
        "Bay Courier",
        "14-06-2025",
        "- Sport",
        "- Bay Courier",
        "Junior sculler from Tarn Bay named to the national squad",
    ]
)


def test_the_times_of_items_framed_alike_date_no_page() -> None:
    row = normalize_document(ITEMS_FRAMED_ALIKE)
    assert row["title"] is None
    assert row["published_at"] is None
    # a page with one such item is no list: its date is its own
    lines = ITEMS_FRAMED_ALIKE.split("\n")
    alone = normalize_document("\n".join(lines[8:]))
    assert alone["published_at"] == datetime(2025, 6, 14, tzinfo=UTC)


# A tag page: the site's date of today over its town and country, the tag, undated teasers.
# A question-and-answer site: the question's time right under its title, then the answers, each
# closed by its own "posted by … at … on …" line at the same step.
ANSWERS_UNDER_A_DATED_QUESTION = "\n".join(
    [
        "Why do ferry timetables change in the first week of April?",
        "April 2, 2025 9:05 AM   Subscribe",
        "",
        "Every spring the crossing to Gull Island moves by a quarter of an hour and nobody at "
        "the pier can tell me why. Is it the tides, the school term or something else?",
        "posted by saltmarsh to Travel & Transport (3 answers total)",
        "It is the school term. The early sailing is timed for the island's pupils.",
        "posted by harbourlight at 9:41 AM on April 2, 2025",
        "",
        "The pilots' rota changes on the first Monday of April as well, which shifts everything.",
        "posted by kelpie_77 at 10:02 AM on April 2, 2025",
        "",
        "Ask the ferry office for the winter and summer sheets side by side and compare them.",
        "posted by tidewaiter at 11:15 AM on April 2, 2025",
    ]
)


# A parish page: the feast's headline, the file name of the photograph that stood under it
# (opened by the day it was taken), then the notice itself, which prints no date of its own.
PHOTO_FILE_NAME_UNDER_A_HEADLINE = "\n".join(
    [
        "Престольный праздник Никольского храма в Заречье",
        "",
        "19-12-22-вид-с-колокольни",
        "",
        "В день престольного праздника Никольского храма в Заречье исполнится 90 лет со дня "
        "его освящения. Праздничную Литургию совершит настоятель храма, после неё состоится "
        "крестный ход вокруг храма.",
        "",
        "Для прихожан и паломников в трапезной будет накрыт праздничный стол.",
    ]
)


TAG_PAGE_UNDER_A_PLACED_TODAY = "\n".join(
    [
        "March 3, 2026",
        "Tamale, Ghana",
        "",
        "Market Traders",
        "",
        "Business",
        "",
        "Levy on market stalls doubles as assembly seeks new revenue",
        "",
        "Traders at the central market in Tamale will pay twice as much for a stall from April, "
        "after the municipal assembly voted to raise the levy to fund new drains and",
        "",
        "Read More",
        "Local",
        "",
        "Stallholders ask for lighting after a string of night thefts",
        "",
        "A group of traders has written to the assembly asking for street lights around the "
        "market's eastern gate, where three shops were broken into in a single",
        "",
        "Read More",
    ]
)


def test_a_site_s_today_over_its_place_dates_no_tag_page() -> None:
    row = normalize_document(TAG_PAGE_UNDER_A_PLACED_TODAY)
    assert row["title"] is None
    assert row["published_at"] is None


BODY_WITHOUT_A_DATELINE = {
    "ko": "학생이 아홉 명뿐인 강마을 분교에서는 매일 아침 교실 스피커로 아이들이 만든 방송이 "
    "나온다. 5학년 도윤이가 날씨를 전하고, 동생들은 급식 메뉴를 읽는다.",
    "en": "The harbor board put off its vote on new mooring fees after boat owners asked for "
    "more time to read the consultant's report. The vote is now set for next month.",
}


# Headlines of pages that print no dateline, the page's language, and the time each dates.
HEADLINES_OF_UNDATED_PAGES = [
    # a clip's broadcast day in the brackets of its programme's name
    (
        "강마을 분교 아이들이 만든 아침 방송 | 동네 사람들 (NBS 2022.05.13. 금 방송)",
        "ko",
        datetime(2022, 5, 13, tzinfo=UTC),
    ),
    # a scraped weekly's day opening its title, a clipping's citation closing it
    (
        "5/13/2022 Harbor board delays vote on mooring fees",
        "en",
        datetime(2022, 5, 13, tzinfo=UTC),
    ),
    (
        "Harbor board delays vote on mooring fees | Bayside Ledger, 13 May 2022",
        "en",
        datetime(2022, 5, 13, tzinfo=UTC),
    ),
    # a TV archive's programme line with its air time and zone
    (
        "Bayside Evening News KBAY May 13, 2022 6:00pm-6:30pm PDT",
        "en",
        datetime(2022, 5, 14, 1, tzinfo=UTC),
    ),
    # a date among the headline's words, a range whose year stands outside its brackets
    ("Harbor board keeps mooring fees for 13 May 2022 unchanged", "en", None),
    ("Harbor Regatta 2022 (13-15 May) delays vote on mooring fees", "en", None),
]


@pytest.mark.parametrize(("headline", "lang", "published"), HEADLINES_OF_UNDATED_PAGES)
def test_a_headline_s_own_date_dates_a_page_that_gives_no_other(
    headline: str, lang: str, published: datetime | None
) -> None:
    row = normalize_document(f"{headline}\n\n{BODY_WITHOUT_A_DATELINE[lang]}")
    assert row["title"] and row["title"] in headline  # a scraped date may be left out of it
    assert row["published_at"] == published
    assert row["published_precision"] == (published and ("minute" if published.hour else "day"))


# Pages that print no dateline but an issue's or a clipping's number with its day, or a heading
# naming its issue's day, and the day each dates; a decree's number and day or a letter's day
# inside a sentence date nothing.
ISSUE_NUMBERS_OF_UNDATED_PAGES = [
    # a weekly's question page: the source line closes with the issue's number and day
    (
        "Когда в Озёрске починят мост через Сонь?\n\n"
        "Рубрика: Транспорт Вопрос читателя из газеты: Еженедельник «Озёрный край» "
        "№ 22 14/06/2019\n\n"
        "Отвечает Пётр Лаптев, заместитель главы района: ремонт начнётся после паводка.",
        datetime(2019, 6, 14, tzinfo=UTC),
    ),
    # a press digest's breadcrumb: the clipping's source and day, then its number
    (
        "Обзор прессы > Экономика > lakeside.example, 11 апреля 2023 > № 5120934\n\n"
        "В Озёрске открыли второй зерновой терминал\n\n"
        "Новый терминал на северном причале принимает до сорока вагонов в сутки.",
        datetime(2023, 4, 11, tzinfo=UTC),
    ),
    # a city paper's e-edition line under the headline and deck: the number, "от" and the day
    (
        "Черника в городском саду\n\nКак вырастить ягоды на даче под Озёрском\n\n"
        "Электронная версия газеты «Озёрный край» №418 от 9 мая 2021\n\n"
        "Ещё десять лет назад садовую чернику в районе не сажал почти никто.",
        datetime(2021, 5, 9, tzinfo=UTC),
    ),
    # a paper's page run into one paragraph that closes with the issue's number and day
    (
        "강마을 분교 아이들이 만든 아침 방송이 올해로 다섯 해째를 맞았다. 5학년 도윤이가 날씨를 "
        "전하고, 동생들은 급식 메뉴를 읽는다.<제741호> 19-03-07",
        datetime(2019, 3, 7, tzinfo=UTC),
    ),
    # a newsletter's web view: its masthead's issue number in small letters, a capital I for a
    # bar, then the day
    (
        "monthly letter no.12 I 2021.11.05\n\n"
        "안녕, 잘 지냈지? 이번 달에는 시장 골목에 새로 생긴 국숫집 이야기를 들고 왔어.\n\n"
        "사장님은 매일 새벽 네 시에 육수를 끓이기 시작한대.",
        datetime(2021, 11, 5, tzinfo=UTC),
    ),
    # a channel's clip page: the description opens with the issue's day, no number
    (
        "Телеканал Озёрье\n\nМост через Сонь закрыли на ремонт | Телеканал Озёрье\n\n"
        "Выпуск от 14 марта 2023г. Дороги. Мост через Сонь закрыли до лета: по нему больше "
        "не пройдут грузовики. Объезд через Липки длиннее на двадцать километров, и водители "
        "уже жалуются на очереди у переправы. В администрации района обещают открыть "
        "движение для легковых машин к маю...\n\nВсе выпуски",
        datetime(2023, 3, 14, tzinfo=UTC),
    ),
    # a city paper's e-edition line: the issue's number takes "от" ("of") before its day
    (
        "Яблони у школы\n\nКак ученики спасли старый сад\n\n"
        "Электронная версия газеты «Озёрный край» №418 от 9 сентября 2016\n\n"
        "Весной ученики седьмого класса обрезали сухие ветки и побелили стволы.",
        datetime(2016, 9, 9, tzinfo=UTC),
    ),
    # an order's number and day cited inside a sentence that goes on
    (
        "Рынок на Садовой переедет к вокзалу\n\n"
        "Рынок переедет по приказу № 17 от 03.02.2021 до начала лета, сообщили в мэрии.",
        None,
    ),
    # a letter's day in the lead's sentence
    (
        "Мост через Сонь закрыли на ремонт\n\n"
        "Письмо от 14 марта 2023г. пришло в редакцию от жителей Липок: им теперь ездить в "
        "райцентр в объезд.",
        None,
    ),
    # a decree's number and day cited in the lead's sentence
    (
        "Рынок на Садовой переедет к вокзалу\n\n"
        "Согласно постановлению от 03.02.2021 № 17 рынок переедет на новое место до лета.",
        None,
    ),
    # a decree's day and number closing the lead's sentence, "от" ("of") before the day
    (
        "Рынок на Садовой переедет к вокзалу\n\n"
        "Рынок переедет в порядке, утверждённом постановлением мэрии от 03.02.2021 № 17.\n\n"
        "Торговцы получат места в новом павильоне.",
        None,
    ),
]


@pytest.mark.parametrize(("page", "published"), ISSUE_NUMBERS_OF_UNDATED_PAGES)
def test_an_issue_s_number_and_day_date_a_page_that_gives_no_other(
    page: str, published: datetime | None
) -> None:
    row = normalize_document(page)
    assert row["published_at"] == published
    assert row["published_precision"] == (published and "day")


@pytest.mark.parametrize(
    ("byline", "published"),
    [
        # a reposting desk's byline, its date run into the page's view count
        ("by prairiedesk on March 14, 2022318 Views", datetime(2022, 3, 14, tzinfo=UTC)),
        ("by prairiedesk on 14 March 2022318 Views", datetime(2022, 3, 14, tzinfo=UTC)),
        # no word after the digits: a number, not a count glued on
        ("by prairiedesk on March 14, 20223181", datetime(2022, 3, 11, tzinfo=UTC)),
    ],
)
def test_a_byline_s_year_glued_to_a_view_count_dates_a_repost(
    byline: str, published: datetime
) -> None:
    page = (
        "Recent Stories\n\n"
        "Grain Elevator Reopens at Willow Creek\n\n"
        f"{byline}\n\n"
        "March 11, 2022\n\n"
        "The Willow Creek grain elevator reopened on Friday after a winter of repairs to its "
        "conveyor, the co-operative that runs it said.\n\n"
        "Farmers had hauled their grain to a terminal forty kilometres away since December."
    )
    assert normalize_document(page)["published_at"] == published


KEY_DATES_OF_A_CALL = "\n".join(
    [
        "Call for Proposals",
        "",
        " Submission Guidelines",
        "",
        "  • Proposals due: September 15, 2026",
        "  • Length: 300 words and a short biography",
        "  • Decisions sent to speakers: October 30, 2026",
        "  • Questions: write to the programme desk",
        "",
        "The Lakeside Folk Society invites talks on songs, dances and crafts of the valley.",
    ]
)
TIMELINE_OF_A_FAIR = "\n".join(
    [
        "Fair timeline",
        "",
        "Fri 6 March 2026:  Stall applications open for makers and growers",
        "Sun 22 March 2026:  Stall applications close",
        "",
        "Mon 6 April 2026: Stall holders announced",
        "Sat 2 May 2026:   Fair day on the market square",
    ]
)


# Deadlines the headline chooser reads as the page's head: the day a schedule's entry prints is
# not read back as the headline's own date.
DEADLINES_TAKEN_FOR_THE_HEAD = "\n".join(
    [
        "‹Riverbank› 2027",
        "",
        "To gather people who build small boats by hand, ‹Riverbank› will host a number of"
        " sessions on the days before the main meeting. The sessions are a place to share plans,"
        " tools and mistakes.",
        "",
        "Call for Sessions",
        "",
        "Session Deadlines",
        "",
        "  • First Deadline: March 1st, 2027",
        "  • Second Deadline: April 12th, 2027",
        "",
        "Replies will go out about a week after each deadline.",
    ]
)


@pytest.mark.parametrize(
    "page", [KEY_DATES_OF_A_CALL, TIMELINE_OF_A_FAIR, DEADLINES_TAKEN_FOR_THE_HEAD]
)
def test_a_schedule_s_days_are_not_the_page_time(page: str) -> None:
    assert normalize_document(page)["published_at"] is None


def test_a_stamp_alone_over_a_schedule_stays_the_page_time() -> None:
    lines = KEY_DATES_OF_A_CALL.split("\n")
    page = "\n".join([lines[0], "August 3, 2026", *lines[1:]])
    assert normalize_document(page)["published_at"] == datetime(2026, 8, 3, tzinfo=UTC)


# A longer schedule: its entries each a paragraph, a blank line apart, one naming its thing
# with a word a dateline label also uses ("posted"); and a list of key dates whose last entry
# names its thing with "date". The steps of the schedule, not the page's time.
SCHEDULE_A_BLANK_LINE_APART = "\n".join(
    [
        "Harbour Choir Festival 2024",
        "",
        "Key dates",
        "",
        "| Entry forms open | 12 January 2024 |",
        "",
        "| Call for Choirs posted | 12 January 2024 |",
        "",
        "| Running order sent | 26 February 2024 |",
        "",
        "| Festival day in the harbour hall | 9 April 2024 |",
        "",
        "Entry forms go to the festival secretary by post or by hand.",
    ]
)
SCHEDULE_ENDING_ON_ITS_DAY = "\n".join(
    [
        "Lantern Walk 2024",
        "",
        "Important dates",
        "- Lantern kits on sale: 1 October 2024",
        "- Workshop for children: 16 October 2024",
        "- Walk date: 6 November 2024",
        "",
        "The walk leaves the old mill at dusk and ends at the river steps.",
    ]
)
# A publication label opening its line over two dated entries: the page's own time.
PUBLISHED_OVER_TWO_ENTRIES = "\n".join(
    [
        "Harbour choir opens its season",
        "",
        "Published: 2 January 2024",
        "- Rehearsals begin: 12 January 2024",
        "- Spring concert at the hall: 26 March 2024",
        "",
        "The choir's director said twelve new singers had joined over the winter.",
    ]
)

# A journal article's history under its authors, each step on its line: the days it was
# received, revised and accepted run on above the day it was first published, the page's own.
ARTICLE_FIRST_PUBLISHED_UNDER_ITS_HISTORY = "\n".join(
    [
        "Fenland Bird Studies",
        "",
        "Winter roosts of the marsh harrier on the Ouseley levels",
        "",
        "Tamsin Reedhall, Piotr Vane",
        "",
        "Manuscript received: 8 February 2024",
        "Revised version: 19 April 2024",
        "Manuscript accepted: 2 May 2024",
        "Article first published online: 27 May 2024",
        "",
        "Abstract",
        "",
        "Marsh harriers on the Ouseley levels gathered at three reed-bed roosts each winter, and "
        "the largest of them held up to forty birds in the coldest weeks.",
    ]
)


@pytest.mark.parametrize("page", [SCHEDULE_A_BLANK_LINE_APART, SCHEDULE_ENDING_ON_ITS_DAY])
def test_a_longer_schedule_s_labelled_step_is_not_the_page_time(page: str) -> None:
    assert normalize_document(page)["published_at"] is None


def test_a_publication_label_opening_its_line_over_a_schedule_stays_the_page_time() -> None:
    row = normalize_document(PUBLISHED_OVER_TWO_ENTRIES)
    assert row["published_at"] == datetime(2024, 1, 2, tzinfo=UTC)


def test_a_first_publication_under_an_article_s_history_stays_the_page_time() -> None:
    row = normalize_document(ARTICLE_FIRST_PUBLISHED_UNDER_ITS_HISTORY)
    assert row["published_at"] == datetime(2024, 5, 27, tzinfo=UTC)


# A headline naming the day of what it announces over a byline line closing on the story's
# day: the headline is no entry of a schedule, the byline's day is the page's time.
DATED_HEADLINES_OVER_A_DATED_BYLINE = [
    "\n".join(
        [
            "[한솔신문] 제5회 갈대숲 걷기대회, 10월 12일 열려",
            "- 도하늘 기자 | 2026-09-01",
            "",
            "갈대숲 걷기대회가 다음 달 강변 공원에서 열린다. 참가 신청은 이달 말까지 받는다.",
        ]
    ),
    "\n".join(
        [
            "Riverside book fair opens on 14 June 2026",
            "By Mara Quill | 2 May 2026",
            "",
            "The fair returns to the old wool market with forty stalls and a reading tent.",
        ]
    ),
    "\n".join(
        [
            "Ярмарка мёда откроется 20 августа 2026",
            "Анна Соколова, 3 июля 2026",
            "",
            "Пасечники района привезут на площадь липовый и гречишный мёд, вход свободный.",
        ]
    ),
]
# The counter-case: a schedule's entries under a headline naming a day stay a schedule's.
SCHEDULE_UNDER_A_DATED_HEADLINE = "\n".join(
    [
        "Spring fair returns on 2 May 2026",
        "",
        "Stall applications open: 6 March 2026",
        "Stall applications close: 22 March 2026",
        "",
        "Stalls go to local makers first, then to visitors from the valley.",
    ]
)


@pytest.mark.parametrize(
    ("page", "day"),
    list(
        zip(
            DATED_HEADLINES_OVER_A_DATED_BYLINE,
            [(2026, 9, 1), (2026, 5, 2), (2026, 7, 3)],
            strict=True,
        )
    ),
)
def test_a_byline_s_day_under_a_headline_naming_a_day_is_the_page_time(
    page: str, day: tuple[int, int, int]
) -> None:
    assert normalize_document(page)["published_at"] == datetime(*day, tzinfo=UTC)


def test_a_schedule_under_a_headline_naming_a_day_is_not_the_page_time() -> None:
    assert normalize_document(SCHEDULE_UNDER_A_DATED_HEADLINE)["published_at"] is None


# The counter-case of the headline's line set apart: a line right under it naming the same
# thing is the schedule's next entry, no byline.
SCHEDULE_ENTRY_UNDER_ITS_HEADLINE = "\n".join(
    [
        "Stall applications open on 6 March 2026",
        "Stall applications close on 22 March 2026",
        "",
        "The spring fair gives its stalls to makers from the valley first, then to visitors.",
    ]
)


def test_a_schedule_s_entry_under_a_headline_naming_its_thing_is_not_the_page_time() -> None:
    assert normalize_document(SCHEDULE_ENTRY_UNDER_ITS_HEADLINE)["published_at"] is None


# A lead opening with a yearless day over the byline line that dates the story: a paragraph,
# not a schedule's entry beside the byline's day.
LEAD_OVER_A_DATED_BYLINE = "\n".join(
    [
        "В Заречном открыли круглогодичный каток",
        "",
        "В пятницу, 9 октября, в Заречном открыли каток под крышей стадиона «Заря»: лёд"
        " заливают на новой установке, и кататься можно будет даже летом, обещают в мэрии.",
        "9 октября 2026 Заречные вести Иванова Мария",
        "",
        "Для школьников вход по будням бесплатный.",
    ]
)


def test_a_byline_s_day_under_a_lead_opening_with_a_day_stays_the_page_time() -> None:
    row = normalize_document(LEAD_OVER_A_DATED_BYLINE)
    assert row["published_at"] == datetime(2026, 10, 9, tzinfo=UTC)


def test_labelled_times_under_each_item_of_a_headless_feed_date_nothing() -> None:
    """A volunteer brigade's site relays a news feed: each item a head, a summary and a
    "- PUB DATE: …" line at the same step; the page has no headline, and those labelled
    times are the items' own. One item under its headline keeps its time."""
    items = [
        ("Rescue boat crew trains on the frozen reservoir", "3/9/2024"),
        ("Grass fire near the rail yard burns twelve acres", "3/7/2024"),
        ("Brigade adds a second tanker after a bake sale", "3/4/2024"),
    ]
    lines = ["Call 112 for any emergency!", "", "Brigade News Feed", ""]
    for head, day in items:
        summary = f"PHOTOS: {head} as crews from three stations took part over the weekend."
        lines += [head, "", summary, f"- PUB DATE: {day} 12:00:00 AM - SOURCE: Lakeside Herald", ""]
    row = normalize_document("\n".join(lines))
    assert row["title"] is None
    assert row["published_at"] is None
    single = normalize_document("\n".join(lines[4:8]))
    assert single["published_at"] == datetime(2024, 3, 9, tzinfo=UTC)


def test_a_clip_page_s_registered_day_glued_to_its_transcript_dates_it() -> None:
    """A paper's clip page: a corner's title of keywords joined by slashes, then its play count
    and registered day in cells of one line, the transcript glued on after a lenticular
    bracket. The keywords are one headline, and the day is the clip's."""
    page = "\n".join(
        [
            "[하루 키워드] 강풍에 멈춘 배 / 다시 연 도서관 / 돌아온 철새",
            "재생 12회 | 등록 2024.03.05【 앵커 】 오늘의 키워드를 짚어 봅니다. 김하늘 기자 "
            "나와 있습니다. 【 질문 1 】 첫 키워드는 무엇인가요? 【 답변 1 】 강풍에 멈춘 "
            "배입니다. 어제 오후부터 섬으로 가는 배가 모두 묶였습니다…",
            "【 앵커 】 오늘의 키워드를 짚어 봅니다. 김하늘 기자 나와 있습니다. 【 질문 1 】 첫 "
            "키워드는 무엇인가요? 【 답변 1 】 강풍에 멈춘 배입니다. 어제 오후부터 섬으로 가는 "
            "배가 모두 묶였습니다. 오늘 아침 바람이 잦아들면서 운항이 다시 시작됐습니다.",
        ]
    )
    row = normalize_document(page)
    assert row["title"] == "강풍에 멈춘 배 / 다시 연 도서관 / 돌아온 철새"
    assert row["published_at"] == datetime(2024, 3, 5, tzinfo=UTC)
    assert row["published_precision"] == "day"


TEASER_COPY_OVER_ITS_HEADLINE = "\n".join(
    [
        "14.05.2024, вторник |",
        "02.04.2024 г. - На Ветлуге открыли понтонный мостНа Ветлуге открыли понтонный мост",
        "На Ветлуге открыли понтонный мост",
        "Понтонный мост у деревни Сосновка снова соединил берега Ветлуги после ледохода, "
        "сообщили в районной администрации. По мосту пустили легковые машины и автобусы.",
        "Новости района",
        "Архив",
    ]
)


@pytest.mark.parametrize(
    ("copy", "published"),
    [
        # the story's day opening a copy of its headline, under today's date
        (
            "02.04.2024 г. - На Ветлуге открыли понтонный мост",
            datetime(2024, 4, 2, tzinfo=UTC),
        ),
        # a date inside the line is no copy's opening: the today widget's day stands
        (
            "Сводка на 02.04.2024 - На Ветлуге открыли понтонный мост",
            datetime(2024, 5, 14, tzinfo=UTC),
        ),
    ],
)
def test_a_day_opening_a_copy_of_the_headline_is_the_article_s(
    copy: str, published: datetime
) -> None:
    """A line beside the headline printing a day, a dash and the headline again dates the
    story, over a today widget above it."""
    lines = TEASER_COPY_OVER_ITS_HEADLINE.split("\n")
    row = normalize_document("\n".join([lines[0], copy, *lines[2:]]))
    assert row["title"] == "На Ветлуге открыли понтонный мост"
    assert row["published_at"] == published


def test_answers_each_posted_at_a_steady_step_under_a_dated_question_leave_it_its_time() -> None:
    """A question's time right under its title, then three answers at the same step, each with
    its own "posted by … at …" label: the answers' times are theirs, the page keeps the
    question's. Without the question's own time, the first answer's labelled time dates the
    page as before."""
    row = normalize_document(ANSWERS_UNDER_A_DATED_QUESTION)
    assert row["title"] == "Why do ferry timetables change in the first week of April?"
    assert row["published_at"] == datetime(2025, 4, 2, 9, 5, tzinfo=UTC)
    undated = ANSWERS_UNDER_A_DATED_QUESTION.replace("April 2, 2025 9:05 AM   Subscribe", "")
    assert normalize_document(undated)["published_at"] == datetime(2025, 4, 2, 9, 41, tzinfo=UTC)


def test_a_photograph_s_file_name_opened_by_a_day_dates_nothing() -> None:
    """A photograph's file name under the headline, opened by the day it was taken and run on
    into its words by a hyphen, is no date: the notice prints none of its own."""
    row = normalize_document(PHOTO_FILE_NAME_UNDER_A_HEADLINE)
    assert row["title"] == "Престольный праздник Никольского храма в Заречье"
    assert row["published_at"] is None
    alone = PHOTO_FILE_NAME_UNDER_A_HEADLINE.replace("19-12-22-вид-с-колокольни", "19-12-22")
    assert normalize_document(alone)["published_at"] == datetime(2022, 12, 19, tzinfo=UTC)


# A council's archive of notices: a pager counting the notices shown of all it holds, then the
# first notice with its own labelled day; and a paper's page with a bare pager over teasers.
RESULTS_PAGER_PAGES = (
    """Council notices

Notices are listed on the day the clerk files them.

Results 1-20 of 1,312
Results per page 20 | 50
Notice
Made on: 14 March 2022
Made by: Harriet Lowe (Town Clerk)

Winter gritting routes extended

Two more routes through the Millbrook estate will be gritted from Monday, the clerk said, after \
residents reported icy pavements outside the primary school.
""",
    """Газета «Приречье»

1–2 (из 2)
В Заречном откроют новую амбулаторию
11.05.2023, 09:40

Амбулаторию в Заречном откроют 12 мая 2023 года, сообщили в районной больнице.

Школьники посадили аллею у моста
10.05.2023, 17:15

Сорок лип высадили вдоль дороги к мосту.
""",
)


@pytest.mark.parametrize("page", RESULTS_PAGER_PAGES)
def test_a_pager_counting_the_results_shown_leaves_a_page_without_a_headline_undated(
    page: str,
) -> None:
    """A page without a headline whose pager counts the results it shows of all it holds lists
    them: their times are theirs, none the page's."""
    row = normalize_document(page)
    assert row["title"] is None
    assert row["published_at"] is None
    assert row["modified_at"] is None


def test_a_pager_over_an_article_s_own_time_leaves_it() -> None:
    """A range that is no pager's (the last shown past the total) says nothing of a list."""
    page = RESULTS_PAGER_PAGES[0].replace("Results 1-20 of 1,312", "Results 1-20 of 12")
    assert normalize_document(page)["published_at"] is not None


# A harbour authority's release closing on its day, its issue time two lines below; a county
# station's story with its day over its labelled clock time.
ISSUED_PAGES = (
    """Ferry timetable for the outer islands to be extended
     The Harbour Transport Office announced today (March 5) that the last sailings to Pine \
Island and Gull Rock will leave an hour later from next month, after residents asked for \
services that match the evening shifts at the fish market.

     A spokesman said the change would add four sailings a week on each route and that fares \
would stay the same.

     The Office will review the timetable again after six months.

Ends/Wednesday, March 5, 2025

Issued at HKT 18:10
""",
    """Library branch on Elm Street to reopen after roof repairs
March 27, 2024
Published: 5:56 AM
The Elm Street branch of the county library will reopen on Monday after five months of roof \
repairs, the library board said. Opening hours return to normal, and the children's reading \
room will host a welcome-back story hour on Saturday.
""",
)


@pytest.mark.parametrize(
    ("page", "published"),
    [
        (ISSUED_PAGES[0], datetime(2025, 3, 5, 10, 10, tzinfo=UTC)),
        (ISSUED_PAGES[1], datetime(2024, 3, 27, 5, 56, tzinfo=UTC)),
    ],
)
def test_a_labelled_clock_time_under_a_day_alone_is_the_publication_time(
    page: str, published: datetime
) -> None:
    """An issuing or publication label's clock time without a day, on one of the two lines
    under a day printed alone, completes that day: the release's publication time, wherever
    the release closes."""
    row = normalize_document(page)
    assert row["published_at"] == published
    assert row["published_precision"] == "minute"


def test_a_labelled_clock_time_far_under_a_day_completes_nothing() -> None:
    """Three lines or more apart, the clock time is no longer the day's."""
    page = ISSUED_PAGES[1].replace("March 27, 2024\n", "March 27, 2024\n\nBy the county desk\n")
    assert normalize_document(page)["published_precision"] != "minute"


# A council's list of news releases, each teaser its head, its day and its posting time.
RELEASES_LIST_PAGE = """News releases

Pinecrest pool to open two weeks early

June 4, 2024

Posted at 9:15 AM

Road works close Alder Lane overnight

June 3, 2024

Posted at 4:40 PM

Council names a new harbour master

May 31, 2024

Posted at 8:05 AM
"""


def test_labelled_clock_times_under_a_list_s_days_date_no_page() -> None:
    """Days each over a labelled clock time of its own are a list's teasers, no release's
    issue time: the list is dated by none of them; the same pair printed twice is one."""
    assert normalize_document(RELEASES_LIST_PAGE)["published_precision"] != "minute"
    twice = ISSUED_PAGES[1] + "\nMarch 27, 2024\nPublished: 5:56 AM\n"
    assert normalize_document(twice)["published_at"] == datetime(2024, 3, 27, 5, 56, tzinfo=UTC)


# a blog's post in its archive by date: the trail over the title, its year, month and day each
# a crumb, the title, the clock time alone under it, the post
TRAIL_TITLE = "Соседи разбили цветник во дворе на Садовой"
DATED_TRAIL_POST = "\n".join(
    [
        f"Главная » 2016»Апрель»9 » {TRAIL_TITLE}",
        TRAIL_TITLE,
        "18:05",
        "Жильцы дома на Садовой улице в субботу высадили во дворе два десятка кустов сирени и"
        " разбили клумбу у подъезда. Саженцы купили вскладчину, а землю привезли из питомника.",
        "Управляющая компания обещала поставить у клумбы скамейки до конца мая.",
        "Категория: Двор | Просмотров: 86 | Добавил: sosed_7",
    ]
)


def test_an_archive_s_trail_by_date_and_a_clock_under_the_title_date_the_post() -> None:
    """The year, month and day crumbs of a trail over the title are the post's day, and the
    clock time alone under the title its time, in the page's zone; without the clock, the day."""
    row = normalize_document(DATED_TRAIL_POST)
    assert row["title"] == TRAIL_TITLE
    assert row["published_at"] == datetime(2016, 4, 9, 15, 5, tzinfo=UTC)
    undated = normalize_document(DATED_TRAIL_POST.replace("\n18:05", ""))
    assert undated["published_at"] == datetime(2016, 4, 9, tzinfo=UTC)
    assert undated["published_precision"] == "day"


# a ministry's briefing: its clock time alone over the headline, which closes with its place
# and day, then its contents
BRIEFING_TITLE = (
    "Briefing by the Water Ministry's spokesman Davron Usmonov, Tashkent, June 12, 2024"
)
CLOCKED_BRIEFING = "\n".join(
    [
        "15:30",
        "",
        BRIEFING_TITLE,
        "",
        "Contents",
        "  1. Spring water shares for the valley's canals",
        "  2. Repairs to the northern pumping station",
        "",
        "The spokesman said the canal shares for the summer would be set by the end of the month,"
        " after the farmers' councils of each district had sent in their figures.",
    ]
)


def test_a_clock_over_a_headline_dated_on_its_line_times_that_day() -> None:
    """A clock time alone on the line over a headline that closes with its place and day is
    that day's time, in the zone of the city the headline names; with a line of other words
    between them, the day alone."""
    row = normalize_document(CLOCKED_BRIEFING)
    assert row["title"] == BRIEFING_TITLE
    assert row["published_at"] == datetime(2024, 6, 12, 10, 30, tzinfo=UTC)
    assert row["published_precision"] == "minute"
    apart = normalize_document(CLOCKED_BRIEFING.replace("15:30\n", "15:30\nPress room\n"))
    assert apart["published_at"] == datetime(2024, 6, 12, tzinfo=UTC)
    assert apart["published_precision"] == "day"


# a town's video page: the recording's length alone over its title, which closes with the
# meeting's day, then its description
VIDEO_TITLE = "Harbour board meeting on the dredging budget, March 5, 2025"
TIMED_VIDEO = "\n".join(
    [
        "04:12",
        "",
        VIDEO_TITLE,
        "",
        "The board heard the engineers' estimate for dredging the inner basin and put off its vote"
        " until the ferry company had sent its figures.",
    ]
)


def test_a_clock_over_a_dated_headline_naming_no_city_is_no_time() -> None:
    """A clock alone over a headline that closes with its day but names no city before it
    (a video's length over its title) is no time of that day: the day alone."""
    row = normalize_document(TIMED_VIDEO)
    assert row["title"] == VIDEO_TITLE
    assert row["published_at"] == datetime(2025, 3, 5, tzinfo=UTC)
    assert row["published_precision"] == "day"


# a newsletter's issue: its title, its day compact under it behind a dash, its notes
COMPACT_DAY_TITLE = "Field notes from a rainy fortnight"
COMPACT_DAY_POST = "\n".join(
    [
        COMPACT_DAY_TITLE,
        "",
        "- 240917",
        "",
        "Two weeks of drizzle kept the allotment crew indoors, so this issue is mostly about the"
        " seed library we finally sorted: forty jars, each labelled with the plot it came from.",
        "",
        "Next issue goes out when the beans are in.",
    ]
)


def test_a_compact_day_under_the_headline_dates_the_page() -> None:
    """A day printed compact, year, month and day run together, alone under the headline (a
    dash before it, or in eight digits under a byline) is the page's day; six digits that are
    no day of the calendar date nothing."""
    row = normalize_document(COMPACT_DAY_POST)
    assert row["title"] == COMPACT_DAY_TITLE
    assert row["published_at"] == datetime(2024, 9, 17, tzinfo=UTC)
    assert row["published_precision"] == "day"
    bylined = COMPACT_DAY_POST.replace("- 240917", "by\n\nNell Ashdown\n20240917")
    assert normalize_document(bylined)["published_at"] == datetime(2024, 9, 17, tzinfo=UTC)
    assert normalize_document(COMPACT_DAY_POST.replace("240917", "241709"))["published_at"] is None


def test_six_digits_of_a_last_century_s_day_date_nothing() -> None:
    """Six digits alone under the headline that would read a day of the last century
    ("691231", POSIX's %y) are a number of another kind, no compact date."""
    for number in ("691231", "- 850412", "991130"):
        page = COMPACT_DAY_POST.replace("- 240917", number)
        assert normalize_document(page)["published_at"] is None, number


# a blog's post: the blog's name, the post's title with the skin's label glued on, the
# category, the title again, the writer and the time, the day of the visit, the text
SKIN_LABEL_TITLE = "바닷가 책방 나들이 후기입니다."
SKIN_LABEL_POST = "\n".join(
    [
        "흐림일기",
        "",
        f"{SKIN_LABEL_TITLE} 본문",
        "",
        "생활기록",
        "",
        SKIN_LABEL_TITLE,
        "",
        "한솔이 2024. 9. 3. 14:05",
        "",
        "2024년 8월 30일(금) 흐림",
        "",
        "비가 올 것 같아서 집사람과 바닷가에 있는 작은 책방에 다녀왔습니다.",
        "평일인데도 책방에는 손님이 제법 있었습니다.",
        "창가 자리에 앉아 파도 소리를 들으며 한참 책을 읽었습니다.",
    ]
)


def test_a_skin_s_label_after_a_title_printed_again_is_cut_off() -> None:
    """The last word glued after the headline is a skin's label when the page prints the
    headline again without it; the writer's time under it dates the post."""
    row = normalize_document(SKIN_LABEL_POST)
    assert row["title"] == SKIN_LABEL_TITLE
    assert row["published_at"] == datetime(2024, 9, 3, 5, 5, tzinfo=UTC)


# a council member's statement: its release line, its contact's name and telephone number,
# the quoted statement, no headline
CONTACT_STATEMENT = "\n".join(
    [
        "FOR IMMEDIATE RELEASE: March 4th, 2024",
        "CONTACT: Tamsin Rowe / 555-201-0147",
        "",
        "“We have good news today: the transit board will keep the night buses running through"
        " the winter, which the shift workers of the harbour district rely on the most. Thank"
        " you to the riders who spoke up at every hearing.",
        "",
        "There is more work ahead, but I am grateful for today`s decision.”",
    ]
)


def test_a_contact_s_telephone_number_is_no_headline() -> None:
    """A line holding a telephone number, its last groups joined by hyphens, is a contact's,
    no headline, as one holding a web address is; a count grouped by spaces is no number."""
    row = normalize_document(CONTACT_STATEMENT)
    assert row["title"] is None
    assert row["published_at"] == datetime(2024, 3, 4, tzinfo=UTC)


# a blog's post: its day header, its short title called out, its text, the platform's links
CALLED_OUT_POST = "\n".join(
    [
        "Thursday, March 14, 2024",
        "",
        "Storm Alert!!",
        "",
        "On Saturday the harbour board and the ferry company will hold a joint meeting about the"
        " cancelled winter crossings.",
        "",
        "The meeting was announced at the council session on Tuesday, but notice may not reach"
        " the two weekly papers in time.",
        "",
        "It starts at 10 a.m. Saturday (March 16) at the Pier Hall.",
        "",
        "Post a Comment",
        "",
        "<< Home",
    ]
)


def test_a_short_title_called_out_under_a_blog_s_day_is_the_headline() -> None:
    """A title of two capitalised words between a blog's day header and its post is the
    post's, not a writer's name, when it closes with an exclamation or question mark."""
    row = normalize_document(CALLED_OUT_POST)
    assert row["title"] == "Storm Alert!!"
    assert row["published_at"] == datetime(2024, 3, 14, tzinfo=UTC)


# a developer portal's article: its headline, its day, its rubric, its table of contents with
# each entry's page, its text
CONTENTS_TITLE = "Звезда для конструктора"
CONTENTS_POST = "\n".join(
    [
        CONTENTS_TITLE,
        "",
        "14.03.24",
        "",
        "Разработка - Запросы",
        "",
        "Оглавление",
        "",
        "Введение. 1",
        "",
        "Выборка из временной таблицы по параметру. 1",
        "",
        "Пакет запросов. Поля промежуточных таблиц при обращении. 2",
        "",
        "Соединение подготовленных результатов. 4",
        "",
        "Вывод. 6",
        "",
        "В пакете запросов этот символ выбрал бы все поля промежуточных таблиц, но конструктор"
        " его не понимает, а в тексте запроса он плодит одинаковые поля промежуточных таблиц.",
        "",
        "Работу со схемой запроса многие считают заменой работы с его текстом.",
    ]
)


def test_a_table_of_contents_holds_no_headline() -> None:
    """The lines of a table of contents, three or more in a row each closing with its page's
    number, none lower than the one above, are no headline however long; the day under the
    headline dates the page."""
    row = normalize_document(CONTENTS_POST)
    assert row["title"] == CONTENTS_TITLE
    assert row["published_at"] == datetime(2024, 3, 14, tzinfo=UTC)


# an arts board's post: its board's name, its title naming an exhibition by its title in
# brackets, the writer, the day and the views behind bullets, the notice
WORK_TITLE_POST = "\n".join(
    [
        "예술인 마당",
        "",
        "알리기",
        "",
        "<바다를 읽다> 전시",
        "  • 한도윤",
        "  • 2024.03.11",
        "  • 조회수  412",
        "",
        "해솔문화재단 별빛라운지에서 4월 2일부터 19일까지 기획전시가 열린다. 바다 마을에 사는"
        " 예술인 세 명이 함께 준비했다.",
        "",
        "4월 2일 화요일 오후3시 개막 행사에는 거문고 연주자 윤다온 님의 공연이 있을 예정이다.",
        "",
        "전시기간:2024년 4월2일~19일",
        "전시장소: 해솔문화재단 별빛라운지",
        "",
        "댓글 [0]",
    ]
)


def test_a_work_s_title_in_brackets_before_its_kind_is_the_headline_s() -> None:
    """A bracket opening the headline before the one word naming a work's kind holds the
    work's title ("<바다를 읽다> 전시"), part of the headline, and the day under it dates
    the post."""
    row = normalize_document(WORK_TITLE_POST)
    assert row["title"] == "<바다를 읽다> 전시"
    assert row["published_at"] == datetime(2024, 3, 11, tzinfo=UTC)


# a blog post: its headline, the theme's meta line printing it again with its day, the text
ECHO_DATED_TITLE = "Harbour Chapel Newsletters and What They Tell Us"
ECHO_DATED_POST = "\n".join(
    [
        ECHO_DATED_TITLE,
        "",
        f"{ECHO_DATED_TITLE} March 9, 2022",
        "",
        "What is in a chapel newsletter? Do you take one home each week, or only glance at the"
        " rota and leave the rest on the pew?",
        "",
        "On our trips along the coast I always pick up the newsletter of any chapel we visit.",
    ]
)


def test_a_day_closing_the_headline_s_echo_dates_the_page() -> None:
    """A line under the headline that prints it again, word for word, with a day closing it
    dates the page; a line that only opens with the headline's words does not."""
    row = normalize_document(ECHO_DATED_POST)
    assert row["title"] == ECHO_DATED_TITLE
    assert row["published_at"] == datetime(2022, 3, 9, tzinfo=UTC)
    assert row["published_precision"] == "day"
    other = ECHO_DATED_POST.replace(f"{ECHO_DATED_TITLE} March", f"{ECHO_DATED_TITLE} since March")
    assert normalize_document(other)["published_at"] is None


# a weekly's video post scraped onto one line: its flag, headline, day, reporter, caption
ONE_LINE_VIDEO_POST_TITLE = '항만 준설 예산 삭감... 오세린 의원 "주민 안전은 뒷전?"'
ONE_LINE_VIDEO_POST = (
    f"[영상] {ONE_LINE_VIDEO_POST_TITLE} 2022-05-18 배도윤 기자 오세린 바다시의회 의원이 18일"
    " 시의회에서 열린 임시회 본회의에서 항만 준설 예산 삭감과 관련해 발언하고 있다. 2022.05.18"
    " 바다주간TV 배도윤 기자"
)


def test_a_date_the_headline_is_cut_before_dates_the_page() -> None:
    """A page scraped onto one line: the date its headline ends right before, the byline
    after it, is the page's day."""
    row = normalize_document(ONE_LINE_VIDEO_POST)
    assert row["title"] == ONE_LINE_VIDEO_POST_TITLE
    assert row["published_at"] == datetime(2022, 5, 18, tzinfo=UTC)
    assert row["published_precision"] == "day"


# a daily's story: the site's today widget over the headline, the byline, its day compact
WIDGET_OVER_COMPACT_DAY_TITLE = "Ferry repairs stall as harbour board waits on parts"
WIDGET_OVER_COMPACT_DAY = "\n".join(
    [
        "Friday, March 7, 2025",
        "",
        WIDGET_OVER_COMPACT_DAY_TITLE,
        "",
        "by",
        "",
        "Tomas Ridley",
        "20240917",
        "",
        "The Brackwater ferry will stay docked for at least another month while the harbour board"
        " waits on a replacement gearbox, the board's chairman said yesterday.",
        "",
        "Commuters have been moved to a shuttle bus that adds forty minutes to the crossing.",
    ]
)


def test_a_compact_day_under_the_headline_outranks_a_today_widget() -> None:
    """The day printed compact under the headline's byline is the article's, not the site's
    today date over the headline."""
    row = normalize_document(WIDGET_OVER_COMPACT_DAY)
    assert row["title"] == WIDGET_OVER_COMPACT_DAY_TITLE
    assert row["published_at"] == datetime(2024, 9, 17, tzinfo=UTC)
    assert row["published_precision"] == "day"


# a daily's column of old editions: each excerpt under a heading naming its edition's day
OLD_EDITIONS_COLUMN = "\n".join(
    [
        "Looking back: the harbour through the years",
        "",
        "From the March 16, 1972 Harbour Herald:",
        "",
        "The new breakwater at Gull Point was finished two weeks early, and the harbour master"
        " said the fishing fleet would be able to use the inner moorings by Easter.",
        "",
        "From the March 17, 1997 Harbour Herald:",
        "",
        "Volunteers repainted the lighthouse on Saturday, the first fresh coat in eleven years.",
    ]
)


def test_a_date_inside_a_heading_closed_by_a_colon_dates_nothing() -> None:
    """A date with words before it and a name right after it on a line closed by a colon, the
    day of what it names, introduces what follows (an old edition's excerpt) and dates
    nothing; the page's stamp still dates it, and so does a dateline closing with its date
    before the colon, or with its agency's credit or a byline's next field after it."""
    row = normalize_document(OLD_EDITIONS_COLUMN)
    assert row["title"] == "Looking back: the harbour through the years"
    assert row["published_at"] is None
    stamped = OLD_EDITIONS_COLUMN.replace("years\n", "years\n\nMarch 18, 2022\n")
    assert normalize_document(stamped)["published_at"] == datetime(2022, 3, 18, tzinfo=UTC)
    placed = OLD_EDITIONS_COLUMN.replace(
        "From the March 16, 1972 Harbour Herald:", "GULL POINT, March 16, 2022:"
    )
    assert normalize_document(placed)["published_at"] == datetime(2022, 3, 16, tzinfo=UTC)
    for dateline in (
        "GULL POINT, March 16, 2022 (Coast Wire):",
        "By Ana Vell, March 16, 2022, Gull Post:",
    ):
        credited = OLD_EDITIONS_COLUMN.replace("From the March 16, 1972 Harbour Herald:", dateline)
        assert normalize_document(credited)["published_at"] == datetime(2022, 3, 16, tzinfo=UTC)


# a police release: its stamp closed by a pipe over its district, then its headline
STAMP_RUNNING_ON_TO_ITS_DISTRICT = "\n".join(
    [
        "Tuesday, 14 May 2024 - 8:15am |",
        "Harbour District",
        "",
        "Update: Kelso Street incident",
        "",
        "Police have closed Kelso Street between the bridge and the school while officers speak"
        " with a man who has barricaded himself inside a house after an argument overnight.",
        "",
        "Residents are asked to avoid the area.",
    ]
)


def test_a_stamp_running_on_to_the_line_over_the_headline_is_the_article_s() -> None:
    """A stamp with its weekday and clock atop the page whose line closes with a pipe that the
    line right over the headline goes on from (its district) is the article's time, not a
    site's clock of today, which stands alone or runs on to a widget of its bar."""
    row = normalize_document(STAMP_RUNNING_ON_TO_ITS_DISTRICT)
    assert row["title"] == "Update: Kelso Street incident"
    assert row["published_at"] == datetime(2024, 5, 14, 8, 15, tzinfo=UTC)
    alone = STAMP_RUNNING_ON_TO_ITS_DISTRICT.replace(" |\n", "\n")
    assert normalize_document(alone)["published_at"] is None
    menu = STAMP_RUNNING_ON_TO_ITS_DISTRICT.replace("District\n", "District\nNews\n")
    assert normalize_document(menu)["published_at"] is None
    for widget in ("Subscribe", "Log in | Register"):
        bar = STAMP_RUNNING_ON_TO_ITS_DISTRICT.replace("Harbour District", widget)
        assert normalize_document(bar)["published_at"] is None


# a council's notice: its title, the bylaw's number compact under it, then its posting's label
BYLAW_NUMBER_OVER_ITS_POSTING = "\n".join(
    [
        "Council publishes its new verge parking bylaw",
        "",
        "20240917",
        "",
        "Published March 5, 2025 10:15",
        "",
        "The district council has published the parking bylaw it adopted last week, which doubles"
        " the fine for parking on a grass verge and sets up two new loading bays on Mill Street.",
    ]
)


def test_a_labelled_publication_time_outranks_a_compact_number() -> None:
    """Eight digits under the headline over a labelled publication time are a number of
    another kind (a bylaw's): the labelled time dates the page."""
    row = normalize_document(BYLAW_NUMBER_OVER_ITS_POSTING)
    assert row["published_at"] == datetime(2025, 3, 5, 10, 15, tzinfo=UTC)
    unlabelled = BYLAW_NUMBER_OVER_ITS_POSTING.replace("Published March 5, 2025 10:15\n\n", "")
    assert normalize_document(unlabelled)["published_at"] == datetime(2024, 9, 17, tzinfo=UTC)


# the same digits' page with a teaser lower down, its item's publication time labelled
COMPACT_DAY_OVER_A_LABELLED_TEASER = "\n".join(
    [
        WIDGET_OVER_COMPACT_DAY,
        "",
        "More from the harbour",
        "",
        "Harbour board elects a new chairman",
        "Published March 5, 2025 10:15",
    ]
)


def test_a_teaser_s_labelled_time_leaves_the_compact_day_the_page_s() -> None:
    """A labelled publication time lower on the page, a teaser's under its own title, is no
    sign that the digits under the headline are a number: they still date the page."""
    row = normalize_document(COMPACT_DAY_OVER_A_LABELLED_TEASER)
    assert row["title"] == WIDGET_OVER_COMPACT_DAY_TITLE
    assert row["published_at"] == datetime(2024, 9, 17, tzinfo=UTC)


# a council's notice: its title, the case's label, the case's number under it behind a dash
NUMBERED_CASE = "\n".join(
    [
        "Quarry operator fined over dust from the Kestrel Hill pit",
        "Case No.",
        "- 120314",
        "",
        "The district council fined the operator of the Kestrel Hill quarry for failing to damp"
        " its haul road through the dry months, after forty complaints from Millbrook residents.",
    ]
)


def test_digits_under_a_number_s_label_are_its_number() -> None:
    """Six digits under a line closing with a number's sign or label ("Case No.", "Order №")
    are that number, no compact date; without the label they are the page's day."""
    assert normalize_document(NUMBERED_CASE)["published_at"] is None
    signed = NUMBERED_CASE.replace("Case No.", "Order of the district council №")
    assert normalize_document(signed)["published_at"] is None
    unlabelled = NUMBERED_CASE.replace("Case No.\n", "")
    assert normalize_document(unlabelled)["published_at"] == datetime(2012, 3, 14, tzinfo=UTC)
    # a label's word alone on its line is a label; a headline closing with one is no label
    assert normalize_document(NUMBERED_CASE.replace("Case No.", "Case:"))["published_at"] is None
    ordered = unlabelled.replace("the Kestrel Hill pit", "the pit despite a court order")
    assert normalize_document(ordered)["published_at"] == datetime(2012, 3, 14, tzinfo=UTC)


# a live log's page: its headline, its day before its writer's byline, then the posts sent from
# the hall, each closed by its own time
BYLINED_LOG_TITLE = "Live log: Dunmore planning board hearing 3.11.2021"
BYLINED_LOG = "\n".join(
    [
        "About Us",
        "",
        "Make a Donation",
        "",
        BYLINED_LOG_TITLE,
        "",
        "Tuesday, March 16, 2021 by Wren Abernathy",
        "",
        "Every post our reporter sent from the hearing, in order, with the board's votes.",
        "",
        "Posts from Thursday, March 11, 2021",
        "",
        "The board opens with the ferry depot plan. March 11, 2021 06:02 PM",
        "Twelve residents signed up to speak on the depot. March 11, 2021 06:09 PM",
        "",
        "Depot plan passes four to one after a long hour. March 11, 2021 07:15 PM",
        "Next up: the bakery's awning on Quay Lane. March 11, 2021 07:22 PM",
        "Awning approved without a word of debate. March 11, 2021 07:31 PM",
    ]
)


def test_a_date_before_its_writer_s_byline_dates_the_page() -> None:
    """A date opening the line under the headline, the writer's name after "by", is the
    byline's: the article's day, though the posts below are dated items of a list; a date
    followed by "by" and no name is not read so."""
    row = normalize_document(BYLINED_LOG)
    assert row["title"] == BYLINED_LOG_TITLE
    assert row["published_at"] == datetime(2021, 3, 16, tzinfo=UTC)
    unnamed = BYLINED_LOG.replace("by Wren Abernathy", "by the harbour")
    assert normalize_document(unnamed)["published_at"] != datetime(2021, 3, 16, tzinfo=UTC)


# An all-news page: each item's time, its reading time (the first item has no comments yet),
# its head and its lead; no headline of the page's own.
ITEMS_FRAMED_BY_THEIR_COUNTS = "\n".join(
    [
        "14.02.25, 18:20",
        "1 min read",
        "Ice rink on the river walk shuts for two days",
        "The thaw has closed the rink on Mill Street until Friday, the parks office said.",
        "14.02.25, 17:05",
        "2 min read",
        "3 comments",
        "Ashby pupils bring home three chemistry medals",
        "A team of six from the grammar school took gold and two bronzes at the county round.",
        "14.02.25, 16:48",
        "2 min read",
        "1 comment",
        "Demolition starts on the condemned flats in Cooper Lane",
        "Tenants moved to the new block on Weir Road in the autumn; the work takes a week.",
    ]
)


def test_items_framed_alike_but_for_their_counts_date_no_page() -> None:
    """Lines under each item's time printing the same words but for a figure ("1 min read",
    "2 min read") frame a list's items alike: the first item's time is no page's either."""
    row = normalize_document(ITEMS_FRAMED_BY_THEIR_COUNTS)
    assert row["title"] is None
    assert row["published_at"] is None


# a wire desk's page titled with its agency's initials and two names, over an English story
DESK_NAMED_OVER_ITS_STORY = "\n".join(
    [
        "KVA Newsdesk Valmer",
        "The port board on Saturday named Ms Ines Korvald, a former ferry captain, as the new"
        " harbour master of Kessel.",
        "She takes over from Mr Tomas Brenn, who retires after twenty years in the post.",
    ]
)


def test_a_headline_of_names_is_read_in_the_page_s_language() -> None:
    """A headline of names says little by its own letters (these read as Dutch alone): its
    language is read with the page's languages as prior."""
    row = normalize_document(DESK_NAMED_OVER_ITS_STORY)
    assert row["title"] == "KVA Newsdesk Valmer"
    assert row["title_lang"] == "en"


# an overseas Korean radio's roundup, its stamp month first with the year last and "PM"
KOREAN_STAMP_WITH_THE_YEAR_LAST = "\n".join(
    [
        "4월 5일 한인사회 소식",
        "",
        "한지우 기자 입력 04.05.2019 03:12 PM 조회 1,024",
        "북부 한인회가 다음 달 열리는 항구 축제에서 사물놀이 공연을 펼친다.",
        "",
        "축제는 사흘 동안 부두 광장에서 열리며 주민 5천여 명이 찾을 것으로 보인다.",
    ]
)


def test_a_korean_date_with_its_year_last_reads_month_first() -> None:
    """Korean writes the month before the day (year, month, day): a Korean site abroad that
    moves the year to the end keeps them so, "04.05.2019" is April 5, not May 4."""
    row = normalize_document(KOREAN_STAMP_WITH_THE_YEAR_LAST)
    assert row["title"] == "4월 5일 한인사회 소식"
    assert row["published_at"] == datetime(2019, 4, 5, 6, 12, tzinfo=UTC)


# a settlement's print page, its creation and last change stamped at its foot
LAST_CHANGE_AT_A_PRINT_PAGE_S_FOOT = "\n".join(
    [
        "Ремонт моста через Лесную",
        "",
        "",
        "12.05.2020",
        "",
        "",
        "Администрация поселения сообщает, что с понедельника мост через Лесную закрыт на"
        " ремонт. Объезд организован по улице Полевой.",
        "",
        "",
        "дата создания: 12.05.2020 09:20, дата последнего изменения: 13.05.2020 10:05",
    ]
)


def test_a_date_of_last_change_is_the_modification_time() -> None:
    """'дата последнего изменения' labels a change as 'дата изменения' does: the page's
    modification time, beside its creation's publication time."""
    row = normalize_document(LAST_CHANGE_AT_A_PRINT_PAGE_S_FOOT)
    assert row["published_at"] == datetime(2020, 5, 12, 6, 20, tzinfo=UTC)
    assert row["modified_at"] == datetime(2020, 5, 13, 7, 5, tzinfo=UTC)


# a county's news story: its headline quoting the storm line's number, its byline and day, its
# text
HOTLINE_HEADLINE = "Call 1-800-555-0199 for storm help, county says"
HOTLINE_STORY = "\n".join(
    [
        HOTLINE_HEADLINE,
        "By Dana Whitfield | March 14, 2024",
        "",
        "The county opened a telephone line on Wednesday for residents whose homes were damaged"
        " by Tuesday's storm, and volunteers will answer calls around the clock.",
        "",
        "Officials said more than two hundred households had already asked for help with roofs.",
    ]
)


def test_a_number_the_headline_goes_on_after_is_no_contact_s() -> None:
    """A telephone number is a contact's only when it closes the line: a headline goes on
    after a hotline's number, a season's years or a case's number."""
    for headline in (
        HOTLINE_HEADLINE,
        "Top 10 2024-2025 signings of the Harbour FC season",
        "Court rejects appeal (2023) 114-2207 over quay land",
    ):
        row = normalize_document(HOTLINE_STORY.replace(HOTLINE_HEADLINE, headline))
        assert row["title"] == headline
    hotline = "Горячая линия 8-800-555-35-35 заработала для жителей Заречья"
    story = "\n".join(
        [
            hotline,
            "14.03.2024 10:15",
            "",
            "В Заречье открыли бесплатную горячую линию для тех, чьи дома пострадали от бури во"
            " вторник, и волонтёры будут отвечать на звонки круглосуточно.",
            "",
            "По словам чиновников, за помощью уже обратились более двухсот семей.",
        ]
    )
    assert normalize_document(story)["title"] == hotline


# a chess open's report: the event's name, the links to its rounds, the report's headline
# closing with its round's number, its day, its text
ROUNDS_REPORT = "\n".join(
    [
        "Harbour Chess Open",
        "",
        "Round 1",
        "Round 2",
        "Round 3",
        "",
        "Vela holds the lead after round 3",
        "March 14, 2024",
        "",
        "Mira Vela drew her game against the defending champion on Thursday and keeps a half"
        " point lead over three players with two rounds to go.",
        "",
        "The fourth round starts on Friday at ten in the Pier Hall.",
    ]
)


def test_a_series_numbered_parts_are_no_table_of_contents() -> None:
    """Lines closing with rising numbers after the same words ("Round 1" / "Round 2") are a
    series' parts, no table of contents': the headline closing with a number below them
    stays a candidate."""
    assert normalize_document(ROUNDS_REPORT)["title"] == "Vela holds the lead after round 3"


# a town's story: its headline, its day, the headline again in a share box that wraps its last
# word to the next line, its text
WRAPPED_COPY_STORY = "\n".join(
    [
        "Mayor opens new bridge over the river",
        "March 14, 2024",
        "",
        "Mayor opens new bridge over the",
        "river",
        "",
        "The new footbridge links the old town with the station quarter and cuts the walk to the"
        " trains by ten minutes, the council said on Thursday.",
        "",
        "It cost four million and took two years to build.",
    ]
)


def test_a_headline_s_last_word_wrapped_or_a_year_is_no_skin_s_label() -> None:
    """The headline's last word stays when the page's copy wraps it to the next line, and so
    does a year closing it that a copy leaves out: a skin's label is a word of letters."""
    assert (
        normalize_document(WRAPPED_COPY_STORY)["title"] == "Mayor opens new bridge over the river"
    )
    dated = "\n".join(
        [
            "Harbour jazz festival returns 2024",
            "March 14, 2024",
            "",
            "Harbour jazz festival returns",
            *WRAPPED_COPY_STORY.split("\n")[5:],
        ]
    )
    assert normalize_document(dated)["title"] == "Harbour jazz festival returns 2024"


# a lesson on a blog theme: it shows the code of its footer, then the line the footer prints,
# introduced by a line its colon closes
THEME_FOOTER_LESSON = "\n".join(
    [
        "Lantern Theme Handbook",
        "",
        "The footer under each post",
        "",
        "Every post in the Lantern theme closes with a short line that tells readers when it went"
        " up and where it is filed. You can change its words in the footer template.",
        "",
        "With the settings the theme ships with, the line reads like this:",
        "",
        "This entry was posted on Thursday, June 4th, 2020 at 7:45 pm and is filed under Garden"
        " Notes. You can follow any responses to this entry through the RSS 2.0 feed.",
        "",
        "The day, the hour and the section are filled in for each post.",
    ]
)


def test_a_post_s_footer_quoted_under_a_colon_dates_nothing() -> None:
    """A page's sentence naming itself ("This entry was posted on …") right under a line a
    colon closes is an example the page quotes, a theme's footer shown in a lesson, and dates
    nothing; the same footer under the post's last paragraph dates the post."""
    assert normalize_document(THEME_FOOTER_LESSON)["published_at"] is None
    post = THEME_FOOTER_LESSON.replace(
        "With the settings the theme ships with, the line reads like this:",
        "I set mine to name the section as well.",
    )
    assert normalize_document(post)["published_at"] == datetime(2020, 6, 4, 19, 45, tzinfo=UTC)


# A community board's repost of a story: the headline, the story's paragraphs, its source, then
# the comment box's label and two readers' replies, each under its nickname's stamp; the post
# prints no time of its own.
REPLIES_UNDER_A_COMMENT_BOX = "\n".join(
    [
        "나루시 버스 노선 열두 개 새로 짠다",
        "",
        "나루시가 다음 달부터 시내버스 노선 열두 개를 새로 짠다.",
        "",
        "시는 출퇴근 시간 배차 간격을 줄이고 외곽 마을을 잇는 노선을 늘린다고 밝혔다.",
        "",
        "바뀐 노선표는 정류장과 시 누리집에 게시된다.",
        "",
        "시민 의견은 이달 말까지 받는다.",
        "",
        "https://news.example.kr/article/0001",
        "",
        "댓글 이미지 등록",
        "",
        "달팽이 2023.09.04 08:15",
        "마을버스도 늘려주세요",
        "산들바람 2023.09.04 09:02",
        "배차 간격이 제일 문제죠",
    ]
)


def test_replies_under_a_comment_box_date_no_post() -> None:
    """The replies' stamps under a comment box's label below the story are the readers' times,
    none the post's."""
    assert normalize_document(REPLIES_UNDER_A_COMMENT_BOX)["published_at"] is None
    # a counter in the post's head ("댓글 2") over the poster's stamp is no comment box
    head = "나루시 버스 노선 열두 개 새로 짠다\n댓글 2\n운영자 2023.09.03 18:40\n"
    post = REPLIES_UNDER_A_COMMENT_BOX.replace("나루시 버스 노선 열두 개 새로 짠다\n", head, 1)
    assert normalize_document(post)["published_at"] == datetime(2023, 9, 3, 9, 40, tzinfo=UTC)


# A cafe's repost of a paper's story: the headline, the story's lines, the source paper's name
# and its day closed by the mark "字", the same day in hanja, the reposter's signature.
REPOST_UNDER_ITS_PAPER_S_DAY = "\n".join(
    [
        "솔내 도서관 야간 개관 석 달 연장",
        "솔내시립도서관이 평일 밤 10시까지 문을 여는 야간 개관을",
        "오는 12월까지 석 달 더 이어간다고 5일 밝혔다.",
        "지난 여름 시범 운영 기간에 하루 평균 180명이 밤 시간에 도서관을 찾았고",
        "이용자 설문에서 열에 아홉이 연장을 바랐다.",
        "도서관은 열람실 좌석을 40석 늘리고",
        "밤 시간 안내 인력도 두 명 더 두기로 했다.",
        "관장은 일하는 시민도 책을 가까이할 수 있게 하겠다고 말했다.",
        "솔내 한빛신문",
        "2022년9월6일(화)字",
        "2022年9月6日(火)",
        "솔내 寓居에서",
        "운영위원 한도윤 拜上",
    ]
)


def test_a_repost_is_dated_by_its_paper_s_day_with_its_mark() -> None:
    """A day alone on its line but for its weekday and the mark "字" glued after it, under the
    source paper's name, is the reposted story's day and the page's."""
    row = normalize_document(REPOST_UNDER_ITS_PAPER_S_DAY)
    assert row["published_at"] == datetime(2022, 9, 6, tzinfo=UTC)
    # a word before the day makes it a clipping's line in the body, no page's day
    named = REPOST_UNDER_ITS_PAPER_S_DAY.replace("2022年9月6日(火)\n", "")
    named = named.replace("2022년9월6일(화)字", "솔내 한빛신문 2022년9월6일(화)字 스크랩")
    assert normalize_document(named)["published_at"] is None


# a union's media request: its name, the request's kind, the release's day over the contact's
# telephone number, then the title and the overview's fields, the event's own day among them
CONTACT_DAY_RELEASE = "\n".join(
    [
        "가온도서관노동조합 |",
        "취 재 요 청 |",
        "|",
        "2024년 5월 7일(화) |",
        "{contact} |",
        "|",
        "사서 정원 약속 지켜라!",
        "1. 개요",
        "○ 제목 : 사서 정원 약속 지켜라!",
        "○ 일시 : 2024년 5월 8일(수) 오전 10시",
        "○ 장소 : 솔내시청 정문 앞",
        "2. 취지",
        "○ 작은도서관 한 곳을 사서 한 명이 맡는 현실을 알리고, 올해 안에 인력을 늘리라고"
        " 요구하고자 함.",
    ]
)


def test_a_release_s_day_over_its_contact_s_telephone_is_its_publication() -> None:
    """A day alone above the headline, its weekday beside it, is a site's clock; over a
    contact's telephone number it is a release's day, the page's publication. Over a line
    with no number it stays a clock."""
    page = CONTACT_DAY_RELEASE.format(contact="한누리 대변인 010-2468-1357")
    assert normalize_document(page)["published_at"] == datetime(2024, 5, 7, tzinfo=UTC)
    named = CONTACT_DAY_RELEASE.format(contact="한누리 대변인")
    assert normalize_document(named)["published_at"] is None
