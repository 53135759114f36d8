"""A headline with its own dateline glued after it on the same line is read from the text
before the dateline, however long the line runs on; a list's rows, each with its time, are
read whole."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from normalize import normalize_document
from normalize.glued_datelines import headline_part
from normalize.text import clean_text
from tests.test_core_headline import assert_same_headline

RU_HEAD = "Крестный ход к источнику у старой мельницы"
PARISH_PAGE = "\n".join(
    [
        "Приход Покрова Пресвятой Богородицы в селе Луговое | ||",
        "Главная/Новости/Приходская жизнь |",
        "Сейчас 12 гостей на сайте",
        f"{RU_HEAD} 14.08.2019 18:40",
        "В среду после вечерней службы прихожане прошли крестным ходом к источнику у старой"
        " мельницы. Молебен у воды отслужил настоятель храма отец Сергий Лапин.",
        "После молебна дети воскресной школы раздавали всем пришедшим яблоки из церковного сада.",
    ]
)
KO_HEAD = "동네 빵집 30년 지킨 김순례 씨, 마지막 영업"
# a board page scraped with its markup, all on one line
BOARD_PAGE = (
    f'{KO_HEAD} 작성일 08-21 12 목록 <div class="view"> <p> [한빛타임즈 | 오다온 기자]'
    " 시장 골목에서 30년 동안 빵을 구워 온 김순례 씨가 이번 주말 가게 문을 닫는다."
    " 단골손님들은 마지막 날 아침부터 가게 앞에 줄을 섰고, 몇몇은 직접 쓴 편지를 건넸다."
    " 김 씨는 처음 가게를 열었을 때 하루에 식빵 스무 개를 팔았다고 돌아봤다."
    " 그는 손님들이 아이 손을 잡고 오다가 이제는 그 아이가 자기 아이를 데리고 온다며 웃었다."
    " 가게 자리에는 다음 달부터 꽃집이 들어선다. </p> <p> 김 씨는 당분간 쉬면서 손주들과"
    " 시간을 보낼 계획이라고 말했다. 시장 상인회는 마지막 날 저녁 작은 송별회를 열어 그동안의"
    " 수고에 고마움을 전했다. </p> <p> 상인회장은 김 씨의 빵집이 골목의 아침을 여는 곳이었다며"
    " 빈자리가 클 것이라고 말했다. 이웃 가게 주인들은 김 씨가 추운 날이면 남은 빵을 경비실과"
    " 환경미화원들에게 나눠 주곤 했다고 전했다. 김 씨의 가게에서 일을 배운 제빵사 두 명은"
    " 인근 동네에 각자 빵집을 열었다. </p> </div>"
)
EN_HEAD = (
    "Harbour board: Review of Kettle Quay crane collapse to finish by June, sabotage not ruled out"
)
# an aggregator's copy printed as one line: headline, "Posted on" with a date and no clock,
# the site's name, then the agency story with its own dateline
AGGREGATOR_PAGE = (
    f"{EN_HEAD} Posted on April 9, 2024 By newsdesk KETTLE BAY, April 8 — The harbour board"
    " expects to finish its review of the crane collapse at Kettle Quay by June and has not"
    " ruled out sabotage. Board chairman Lionel Afolabi said parts of the crane's base had been"
    " sent to an independent laboratory for testing. \u201cIf the tests show the bolts were"
    " tampered with, we will hand the matter to the police,\u201d he told reporters after a"
    " safety drill at the ferry terminal today. The crane, which fell across an empty berth at"
    " about 4am on Sunday, was installed eleven years ago and last inspected in January. No one"
    " was hurt, but the berth will stay closed for at least a month while the wreck is cut up"
    " and removed. \u2014 Coastwire"
)
RU_LABEL_HEAD = "В Заречном открыли зимний каток у старой водонапорной башни"
# a city portal's story on one line: headline, "Опубликовано" with a date and no clock, body
PORTAL_PAGE = (
    f"{RU_LABEL_HEAD} Опубликовано 12 января 2024 Каток площадью шестьсот квадратных метров"
    " залили на пустыре у водонапорной башни, которую в прошлом году признали памятником."
    " Освещение провели волонтёры, а прокат коньков взял на себя местный клуб «Лёд»."
    " Глава поселка Ирина Сомова пообещала, что каток будут заливать каждую зиму, а летом"
    " на его месте появится площадка для игры в мяч. В первый же вечер на лёд вышли больше"
    " сотни жителей, рассказали в администрации."
)
CLUB_HEAD = "Rowing club opens its new boat shed to juniors"
# a club's news item scraped without its markup: the headline glued to its "Written on" day
CLUB_PAGE = "\n".join(
    [
        f"{CLUB_HEAD}Written on the 3 May 2021",
        "Junior members of the Fenmoor Rowing Club can now keep their boats in the new shed"
        ' beside the lock, club secretary Nadia Orrell said on Saturday. "The juniors waited'
        ' three winters for this," she said.',
    ]
)
LETTER_HEAD = "Ferryman's letter written on 9 March 1911 found under chapel floor"
# a museum's news item: its headline tells of a letter "written on" its day, a sentence's words
LETTER_PAGE = "\n".join(
    [
        LETTER_HEAD,
        "Builders mending the floor of the Saltmere chapel found a letter from the village's"
        ' last ferryman, curator Ilse Brannock said on Monday. "It reads as if he wrote it'
        ' yesterday," she said.',
    ]
)
KO_FLAG_HEAD = "[이슈분석] '가짜 후기' 걸러낼 수 있을까…판별 서비스 성능은"
# a board's repost of a portal copy, all on one line: a flagged headline, a yearless written
# date, the views, then the copy's raw markup with its photo and the photo's credit
REPOST_PAGE = (
    f'{KO_FLAG_HEAD} 작성일 11-05 48 목록 <div class="view_body"> <figure>'
    ' <img alt="(그래픽) [한빛통신 제공]" src="https://img.example.net/news/202411/05/a.jpg">'
    " <figcaption>(그래픽=한빛통신 제공)</figcaption> </figure> <p>온라인 쇼핑몰의 가짜 후기를"
    " 찾아내는 판별 서비스가 잇따라 나왔지만, 실제 성능은 기대에 못 미친다는 실험 결과가 나왔다."
    " 5일 업계에 따르면 누리대 소비자연구소가 판별 서비스 네 곳에 후기 이천 건을 넣어 본 결과"
    " 평균 정확도는 육십 퍼센트대에 머물렀다. </p> <p> 연구소는 광고 문구를 조금만 바꿔도"
    " 판별 결과가 뒤집혔다며 서비스마다 기준을 공개해야 한다고 지적했다. 업체들은 학습 자료를"
    " 늘려 정확도를 높이겠다고 밝혔다. </p> </div>"
)
KO_VIDEO_HEAD = '하천 정비 예산 깎인 군청... 서하늘 의원 "장마 오면 누가 책임지나"'
# a weekly's video post flattened to one line: a flag, the headline, a day alone and the
# reporter's byline, then the photo's caption and its credit
VIDEO_PAGE = (
    f"[영상] {KO_VIDEO_HEAD} 2022-06-21 유가온 기자 서하늘 들내군의회 의원이 21일 군의회에서"
    " 열린 본회의에서 하천 정비 예산 삭감과 관련해 질문하고 있다. 2022.06.21 들내주간TV 유가온 기자"
)
RU_BLOG_HEAD = 'Разговор с газетой "Речной край" о новой набережной'
# a blog's post flattened to one line below a poll widget's question: the title, an ISO date
# and clock glued on, a link label, then the post, which repeats the title's words
BLOG_PAGE = "\n".join(
    [
        "Какие новости вам интереснее читать?",
        "|",
        f"{RU_BLOG_HEAD}2016-04-12 10:22:05 (читать в оригинале)Поговорил с газетой"
        ' "Речной край" о новой набережной. Если проект утвердят без поправок, то старые тополя'
        " вдоль реки вырубят уже осенью. Что мы сделали? Собрали подписи соседей и отнесли их в"
        " городской совет. Обсуждение отложили до зимы, а там посмотрим.",
    ]
)
KO_REPOST_HEAD = "마을버스 막차 연장 요구에 귀 기울여야"
# a union board's repost of an editorial, all on one line: the column's flag, the headline with
# its paper's name in brackets, the board's author cell's header and its written date, then
# the editorial with its headline again
EDITORIAL_REPOST_PAGE = (
    f"[사설] {KO_REPOST_HEAD}(솔내일보) 작성자 정보 작성일 2017.05.08 10:12 컨텐츠 정보 318 조회"
    f" 목록 본문 [사설] {KO_REPOST_HEAD}(솔내일보)솔내군 외곽 마을을 오가는 마을버스 막차가"
    " 저녁 8시에 끊기면서 읍내에서 일하는 주민들이 택시비를 감당하고 있다. 주민들은 막차를"
    " 두 시간만 늦춰 달라고 여러 차례 건의했지만 군은 예산을 이유로 답을 미뤄 왔다. 마을버스"
    " 막차 연장은 큰돈이 드는 일이 아니다. 군은 주민들의 요구에 귀 기울여야 한다... 관련자료"
)
RU_CREDIT_HEAD = "Работы юных керамистов покажут в краеведческом музее Озёрска"
# a town outlet's story scraped onto one line: its day, the headline closed by a full stop, the
# photograph's credit, then the story, with the share and related links below
CREDIT_PAGE = "\n".join(
    [
        f"14.11.2024 {RU_CREDIT_HEAD}. Фото: пресс-служба краеведческого музея Озёрска В малом"
        " зале музея 20 ноября откроется выставка работ студии керамики при доме детского"
        " творчества. Ребята показывают кувшины, свистульки и изразцы, которые лепили весь"
        " прошлый учебный год. Самому младшему автору девять лет. Выставка продлится до конца"
        " декабря, вход для школьников свободный.",
        "Поделиться",
        "Новости по теме",
        "В Озёрске отремонтировали крыльцо старой пожарной каланчи",
    ]
)
KO_BLOG_HEAD = "동네 책방 지도, 두 달 만에 다시 그린 이유"
# a hosted blog's post flattened to one line under a dash: the title, its category's Latin name
# glued on, a spaced dotted day and clock, a responsive-ad label glued on, then the post
KO_BLOG_PAGE = "\n".join(
    [
        "-",
        f"{KO_BLOG_HEAD}Diary 2011. 5. 2. 08:15반응형지난봄에 그린 동네 책방 지도를 두 달 만에"
        " 다시 그렸다. 그사이 책방 두 곳이 문을 닫았고 세 곳이 새로 문을 열었다. 지도를 들고"
        " 찾아온 손님이 닫힌 문 앞에서 돌아갔다는 이야기를 듣고 나니 그냥 둘 수가 없었다.",
    ]
)
WIRE_HEAD = "Quayline Reports First Quarter Results"
# a share-price site's news page: its logo, a trending box and a ticker, then the release's head
# glued to the wire's dateline and its lead on one line
WIRE_RELEASE_PAGE = "\n".join(
    [
        "Market Square Logo Market Square",
        "",
        "Trending Now",
        "",
        "QBX Quayline Corp",
        "0.00",
        "0.00 (0.00%)",
        "",
        f"{WIRE_HEAD} LANTERN BAY, Ore., May 9 /Harbourwire/ -- Quayline Corp. (QBX), a maker of"
        " harbour cranes, today announced results for the quarter ended March 31. Revenues rose to"
        " $4.2 million from $3.9 million a year earlier, and net income was $310,000, or $0.03 per"
        " share.",
        "",
        "The company will hold a call for investors on Thursday.",
    ]
)

DOUBLED_HEAD = "3 questions for the board: Ferry dock repairs start with the north pier"
# A stub run onto one line: the headline, its section's word, the published and modified days
# run together, the desk's name and a link's call.
DOUBLED_DATE_PAGE = (
    f"{DOUBLED_HEAD} Harbour April 2, 2024April 2, 2024Metro Desk Read the full story here..."
)
# The same stub whose headline ends in a place after a short word, no section's word.
PLACE_HEAD = "Local rowers win the spring cup in Harbour"
DOUBLED_DATE_PLACE_PAGE = f"{PLACE_HEAD} April 2, 2024April 2, 2024Metro Desk Read more here..."

ROWS = [
    "Ferry fares rise on island routes from May Harbour TV 2024.04.02 18:40",
    "Night buses return to the old town after a year Harbour TV 2024.04.02 18:12",
    "New pier opens in the spring, the port says Harbour TV 2024.04.02 17:55",
]


def test_a_headline_is_read_before_its_glued_date_and_clock() -> None:
    assert normalize_document(PARISH_PAGE)["title"] == RU_HEAD


def test_a_headline_is_read_before_a_glued_date_label_on_a_long_line() -> None:
    assert len(BOARD_PAGE) > 500
    assert normalize_document(BOARD_PAGE)["title"] == KO_HEAD


def test_a_headline_is_read_before_a_glued_wire_release_dateline() -> None:
    """A release's head glued to the wire's dateline, its place in capitals and the wire's name
    between slashes ("RESTON, Va., May 9 /Wire/ -- "), is read up to that dateline."""
    assert normalize_document(WIRE_RELEASE_PAGE)["title"] == WIRE_HEAD


def test_a_headline_is_read_before_a_date_in_words_printed_twice() -> None:
    """A date in words printed twice in a row, a scraper's published and modified days run
    together, is a dateline glued after the headline, without the section's one capitalised
    word after a word in small letters before it."""
    assert normalize_document(DOUBLED_DATE_PAGE)["title"] == DOUBLED_HEAD
    assert headline_part(["Fair opens May 2, 2024 and closes May 9, 2024"], 0).endswith("2024")


def test_a_capitalised_word_after_a_short_word_before_a_doubled_date_is_the_headline_s() -> None:
    """A capitalised word after a short word in small letters ("in Harbour") is the headline's
    own place, no section's name: it stays in the headline."""
    assert normalize_document(DOUBLED_DATE_PLACE_PAGE)["title"] == PLACE_HEAD


def test_a_lists_rows_each_with_its_time_are_read_whole() -> None:
    assert headline_part(ROWS, 1) == ROWS[1]
    assert headline_part(ROWS[1:2], 0) == ROWS[1][: ROWS[1].index(" 2024")]


def test_a_headline_is_read_before_a_glued_publication_label_and_date() -> None:
    assert len(AGGREGATOR_PAGE) > 500
    assert normalize_document(AGGREGATOR_PAGE)["title"] == EN_HEAD


def test_a_russian_publication_label_with_a_date_without_its_clock_ends_a_headline() -> None:
    assert len(PORTAL_PAGE) > 500
    assert normalize_document(PORTAL_PAGE)["title"] == RU_LABEL_HEAD


def test_a_photo_credit_after_a_glued_dateline_makes_no_caption_of_the_headline() -> None:
    assert normalize_document(REPOST_PAGE)["title"] == KO_FLAG_HEAD.removeprefix("[이슈분석] ")


def test_a_publication_label_opening_a_cell_of_a_metadata_row_is_no_glued_dateline() -> None:
    row = "Harbour notes Harbour TV Source: Harbour TV | Published: April 9, 2024 Read on"
    assert headline_part([row], 0) == row
    assert (
        headline_part([row.replace(" |", "")], 0) == "Harbour notes Harbour TV Source: Harbour TV"
    )


def test_a_capitalised_publication_label_glued_after_a_headline_dates_the_page() -> None:
    row = normalize_document(CLUB_PAGE)
    assert row["title"] == CLUB_HEAD
    assert row["published_at"] == datetime(2021, 5, 3, tzinfo=UTC)
    assert row["published_precision"] == "day"
    # after a space, without "the", the same
    spaced = CLUB_PAGE.replace("Written on the", " Written on")
    assert normalize_document(spaced)["title"] == CLUB_HEAD
    # a label in small letters inside a sentence heads no dateline
    told = "The rowing club says the letter was written on 3 May 2021 by the secretary"
    assert normalize_document(f"{told}\n{CLUB_PAGE.split(chr(10))[1]}")["published_at"] is None


def test_a_publication_label_in_small_letters_inside_a_headline_is_its_sentence() -> None:
    row = normalize_document(LETTER_PAGE)
    assert row["title"] == LETTER_HEAD
    assert row["published_at"] is None
    # printed with a capital after the headline, the same words head its dateline
    glued = LETTER_PAGE.replace(" written on 9 March 1911", "Written on 9 March 2021", 1)
    assert normalize_document(glued)["title"] == "Ferryman's letter"
    # in small letters after a capitalised word, a label still heads its dateline
    line = "Ferry winter timetable Video posted 9 March 2021 in News by Ilse Brannock"
    assert headline_part([line], 0) == "Ferry winter timetable Video"


def test_a_headline_is_read_before_a_glued_day_and_its_reporters_byline() -> None:
    assert normalize_document(VIDEO_PAGE)["title"] == KO_VIDEO_HEAD
    # a day in the middle of a sentence, no byline after it, cuts nothing
    line = "군의회는 2022-06-21 본회의에서 예산안을 다시 심사한다"
    assert headline_part([line], 0) == line


def test_a_post_glued_after_its_title_and_dateline_is_the_titles_lead() -> None:
    # the post on the title's own line repeats its words: it echoes the title, and the title
    # stands right above the article's first paragraph, not the widget's question
    assert normalize_document(BLOG_PAGE)["title"] == RU_BLOG_HEAD


def test_a_boards_author_cell_before_its_written_date_is_no_part_of_the_headline() -> None:
    """The header of a board's author cell ("작성자 정보") stands between the headline and
    its written date; the paper's name in brackets closing the headline is its source's."""
    assert normalize_document(EDITORIAL_REPOST_PAGE)["title"] == KO_REPOST_HEAD


def test_a_headline_between_a_day_and_a_photo_credit_on_one_line_is_read_alone() -> None:
    """A page scraped onto one line: its day, the headline and its full stop, the photograph's
    credit, the story; a caption closed by its credit opens with no day."""
    assert normalize_document(CREDIT_PAGE)["title"] == RU_CREDIT_HEAD
    paragraph = CREDIT_PAGE.split("\n")[0].removeprefix("14.11.2024 ")
    assert headline_part([paragraph], 0) == paragraph


def test_a_blog_title_is_read_before_its_glued_latin_category_and_spaced_dotted_day() -> None:
    assert normalize_document(KO_BLOG_PAGE)["title"] == KO_BLOG_HEAD
    # a Latin word the headline ends with, past a space, stays
    line = "동네 책방 지도 다시 그린 Diary 2011. 5. 2. 08:15"
    assert headline_part([line], 0) == "동네 책방 지도 다시 그린 Diary"


# a business daily's page: the headline with the byline's reading time, date and clock glued
# on, the deck, the story and the agency's credit
GLUED_READING_TIME_HEAD = "Ferry office gets hoax call about a parcel at Dunmore pier"
GLUED_READING_TIME_PAGE = "\n".join(
    [
        f"{GLUED_READING_TIME_HEAD}2 min read 3 Mar 2024, 07:15 PM IST",
        "Caller says a parcel was left at the pier; a search finds nothing.",
        "The ferry office at Dunmore on Sunday received a call from a man who said a parcel"
        " had been left near the ticket hall of the town's pier.",
        "Police said a search of the pier found nothing and the evening ferries sailed on time.",
        "(With inputs from Harbour Wire)",
    ]
)


def test_a_headline_is_read_before_a_glued_reading_time_and_date() -> None:
    """A byline's reading time glued after the headline's last word, its date after it, is
    no part of the headline; the date and clock date the page."""
    row = normalize_document(GLUED_READING_TIME_PAGE)
    assert row["title"] == GLUED_READING_TIME_HEAD
    assert row["published_at"] == datetime(2024, 3, 3, 13, 45, tzinfo=UTC)
    # a reading time with no date after it cuts nothing
    line = f"{GLUED_READING_TIME_HEAD} 2 min read"
    assert headline_part([line], 0) == line


# a regional portal's item: the headline with its byline's reading time under the portal's
# label and its date glued on, the story below
RU_READING_TIME_HEAD = "Паром в Заречном снова вышел на линию после зимнего ремонта"
RU_READING_TIME_PAGE = "\n".join(
    [
        "Новости",
        f"{RU_READING_TIME_HEAD} Время чтения: 4 минуты 14 марта 2025, 10:15",
        "Паром в Заречном перевёз первых пассажиров в этом году в понедельник после трёх"
        " месяцев в доке. Рейсы идут каждые полчаса до заката.",
        "Билет в обе стороны стоит 120 рублей.",
    ]
)
# a county paper's item: the headline with its reading time and date glued after it
KO_READING_TIME_HEAD = "솔내 나루터 여객선 석 달 만에 운항 재개"
KO_READING_TIME_PAGE = "\n".join(
    [
        "뉴스",
        f"{KO_READING_TIME_HEAD}3분 읽기 2025년 3월 14일 10:15",
        "솔내군 나루터의 여객선이 석 달 동안의 수리를 마치고 월요일부터 다시 운항을"
        " 시작했다. 배는 해 질 때까지 30분마다 출발한다.",
        "왕복 요금은 4천 원이다.",
    ]
)


def test_a_reading_time_of_any_language_glued_after_a_headline_is_cut() -> None:
    """A byline's reading time prints each language's own label, before or after the minutes
    ("3 мин чтения", "Время чтения: 4 минуты", "읽는 시간 3분", "3분 읽기"); glued after the
    headline with its date after it, it is no part of the headline."""
    for page, head in (
        (RU_READING_TIME_PAGE, RU_READING_TIME_HEAD),
        (KO_READING_TIME_PAGE, KO_READING_TIME_HEAD),
    ):
        assert normalize_document(page)["title"] == head
    for reading in ("3 мин чтения", "Время чтения: 4 минуты"):
        line = f"{RU_READING_TIME_HEAD}{reading} 14 марта 2025, 10:15"
        assert headline_part([line], 0) == RU_READING_TIME_HEAD
    for reading in (" 읽는 시간 3분", "3분 읽기"):
        line = f"{KO_READING_TIME_HEAD}{reading} 2025년 3월 14일 10:15"
        assert headline_part([line], 0) == KO_READING_TIME_HEAD
    # a reading time with no date after it cuts nothing
    line = f"{KO_READING_TIME_HEAD} 3분 읽기"
    assert headline_part([line], 0) == line


# an island daily's latest-news item: its day, with its weekday, glued to the headline's last
# word, a lone bar under it and the story's place in capitals opening the lead
GLUED_WEEKDAY_HEAD = "Ferry crew asks the harbour board for a new gangway at Port Ellery"
GLUED_WEEKDAY_PAGE = "\n".join(
    [
        f"{GLUED_WEEKDAY_HEAD}Tuesday, October 10, 2023",
        "|",
        "PORT ELLERY, Islands — The crew of the morning ferry has asked the harbour board to"
        " replace the gangway at the north quay before the winter storms.",
        "",
        '"It moves under your feet on a calm day," the bosun said.',
    ]
)
# the same item on a Russian portal, its weekday and day glued on so
RU_GLUED_WEEKDAY_HEAD = "Экипаж парома попросил новый трап для северного причала"
RU_GLUED_WEEKDAY_PAGE = "\n".join(
    [
        f"{RU_GLUED_WEEKDAY_HEAD}Вторник, 10 октября 2023",
        "|",
        "Экипаж утреннего парома попросил управление порта заменить трап у северного"
        " причала до зимних штормов.",
    ]
)


def test_a_weekday_and_day_glued_to_the_headline_s_last_word_are_cut() -> None:
    """A weekday printed with a capital, glued to the headline's last word in small letters,
    and the day after it are the page's dateline, no part of the headline, in any language."""
    row = normalize_document(GLUED_WEEKDAY_PAGE)
    assert row["title"] == GLUED_WEEKDAY_HEAD
    assert row["published_at"] == datetime(2023, 10, 10, tzinfo=UTC)
    assert normalize_document(RU_GLUED_WEEKDAY_PAGE)["title"] == RU_GLUED_WEEKDAY_HEAD
    # after a space, the weekday and day are the headline's own words
    spaced = "Ferry crew meets the harbour board on Tuesday, October 10, 2023"
    assert headline_part([spaced], 0) == spaced
    # a weekday glued on with no date after it, or a longer word, cuts nothing
    for line in (f"{GLUED_WEEKDAY_HEAD}Tuesday night", f"{GLUED_WEEKDAY_HEAD}Sundays, 10 May 2023"):
        assert headline_part([line], 0) == line


# a college's news item whose headline names a satellite of two capitalised parts, the launch
# day right after its name, the lead under it
TWO_PART_NAME_HEAD = "Pupils ready their CubeSat, 12 May 2024 launch set from Port Ellery"
TWO_PART_NAME_PAGE = "\n".join(
    [
        TWO_PART_NAME_HEAD,
        "",
        "Six pupils of the island college have finished the small satellite they began building"
        " two years ago, and it will ride to orbit from the range at Port Ellery in May.",
        "",
        '"We soldered every board ourselves," one of them said.',
    ]
)


def test_a_weekday_s_short_form_closing_a_name_of_two_parts_is_no_glued_dateline() -> None:
    """A weekday's short form glued to a word that prints a capital of its own is the last part
    of a name ("CubeSat"): the headline keeps it and the day after it."""
    assert headline_part([TWO_PART_NAME_HEAD], 0) == TWO_PART_NAME_HEAD
    assert normalize_document(TWO_PART_NAME_PAGE)["title"] == TWO_PART_NAME_HEAD
    # glued to a word all in small letters, or spelt out, the weekday still starts the dateline
    for glued in ("their launchSat,", "their CubeSaturday,"):
        line = TWO_PART_NAME_HEAD.replace("their CubeSat,", glued)
        assert headline_part([line], 0) == line[: line.index("Sat")]


# a small station's news brief: a scraper's meta date glued before its two-word headline, one
# paragraph below that tells of both its words; and a station's page whose promo label is glued
# there above another story's headline
META_DATED_BRIEF = "\n".join(
    [
        " date 2024-03-12 Dock Fire",
        "",
        "Shortly after 6 am today(Tuesday) Marrow Bay firefighters were sent to a fire on the old"
        " fish dock. The harbour master said two sheds on the dock were lost before the fire was"
        " out. Nobody was hurt.",
    ]
)
META_DATED_PROMO = "\n".join(
    [
        " date 2024-03-12 Toy Drive",
        "Ferry to Gull Island runs late for a third day",
        "",
        "The morning ferry to Gull Island ran an hour late again on Tuesday, the harbour board"
        " said, while its second engine waits for parts.",
    ]
)

# a sports desk's brief without its headline: the section's one word glued after the meta date,
# the lead opening with that word
META_DATED_SECTION = "\n".join(
    [
        " date 2024-03-12 Sports",
        "",
        "Sports fans packed the Brackenford arena on Saturday as the Otters beat the Herons 3-1.",
        "",
        "The Otters play again next week.",
    ]
)


def test_a_headline_glued_after_a_scrapers_date_that_its_lead_echoes_is_read() -> None:
    """A scraper's meta date glued before a short headline makes its line a dateline's; the
    headline is read from it when the paragraph below tells of every one of its words. A
    promo's label glued there, which the line below never names, stays none."""
    row = normalize_document(META_DATED_BRIEF)
    assert (row["title"], row["published_at"]) == ("Dock Fire", datetime(2024, 3, 12, tzinfo=UTC))
    assert normalize_document(META_DATED_PROMO)["title"] == (
        "Ferry to Gull Island runs late for a third day"
    )


def test_a_section_s_word_glued_after_a_scrapers_date_is_no_headline() -> None:
    """A section's one word glued after a scraper's meta date ("Sports") is no headline, though
    the lead opens with it."""
    assert normalize_document(META_DATED_SECTION)["title"] is None


# a digest site's item: a rubrics label, the headline with its dateline in brackets after it on
# the same line, one long paragraph under it
BRACKETED_DATELINE_HEAD = "В Ольховке открыли новую амбулаторию на улице Садовой"
BRACKETED_DATELINE_PAGE = "\n".join(
    [
        "Рубрики новостей",
        f"{BRACKETED_DATELINE_HEAD} (03.11.2021 09:20)",
        "В Ольховке после ремонта старого здания открылась амбулатория на шесть кабинетов,"
        " сообщили в районной больнице. Приём ведут терапевт, педиатр и стоматолог, а"
        " медсестра два раза в неделю ездит к лежачим пациентам в соседние деревни.",
    ]
)


def test_a_bracketed_dateline_is_cut_with_its_bracket() -> None:
    """The opening bracket a glued dateline is printed in is the dateline's, cut off with it:
    "<headline> (03.11.2021 09:20)", in any language."""
    row = normalize_document(BRACKETED_DATELINE_PAGE)
    assert row["title"] == BRACKETED_DATELINE_HEAD
    assert row["published_at"] == datetime(2021, 11, 3, 6, 20, tzinfo=UTC)
    for head in ("Ferry fares rise on the island route", "섬 여객선 운임 오른다"):
        assert headline_part([f"{head} [03.11.2021 09:20]"], 0) == head
    # a bracket the headline closes itself before the dateline stays
    closed = "Ferry fares rise (again)"
    assert headline_part([f"{closed} 03.11.2021 09:20"], 0) == closed


UPDATED_HEAD = "Harbour town votes to rebuild the old ferry pier"
UPDATED_PAGE = "\n".join(
    [
        "Home",
        "Local news",
        f"{UPDATED_HEAD} (Updated: Mar 3, 2026 10:12)",
        "By Lena Morrow",
        "The town council of Greyhaven voted on Monday to rebuild the ferry pier that fell into"
        " the sea in a winter storm. Work begins in the spring and should take about a year.",
    ]
)
KO_UPDATED_HEAD = "산골 마을에 첫 공공 도서관 문 열어"
KO_UPDATED_PAGE = "\n".join(
    [
        f"{KO_UPDATED_HEAD}(수정 2026.03.03 10:12)",
        "산골 마을인 은빛면에 첫 공공 도서관이 2일 문을 열었다. 주민들은 오랫동안 기다려 온"
        " 도서관이라며 반겼고, 면사무소는 주말에도 문을 열겠다고 밝혔다.",
    ]
)


def test_a_note_of_the_update_glued_after_the_headline_is_cut_off() -> None:
    """A bracket opening with an update or a publication label and its date, glued after the
    headline with or without a space, is the story's note, cut off with its bracket; a short
    Korean headline's line stays a candidate though the note fills most of it. A label in
    brackets with no date after it is the headline's own."""
    assert normalize_document(UPDATED_PAGE)["title"] == UPDATED_HEAD
    assert normalize_document(KO_UPDATED_PAGE)["title"] == KO_UPDATED_HEAD
    ru = "В Заречье открыли новый мост через реку"
    for note in ("(Обновлено 3 марта 2026, 10:12)", " (обновлено 03.03.2026 10:12)"):
        assert headline_part([f"{ru}{note}"], 0) == ru
    own = "Harbour town publishes its ferry timetable (updated list)"
    assert headline_part([own], 0) == own
    assert (
        normalize_document(
            UPDATED_PAGE.replace(f"{UPDATED_HEAD} (Updated: Mar 3, 2026 10:12)", own)
        )["title"]
        == own
    )


EPISODE_HEAD = "Вечерний разговор с Ильёй Светловым (эфир от 15.03.2026)"
EPISODE_PAGE = "\n".join(
    [
        "Главная",
        "Программы",
        EPISODE_HEAD,
        "Гость студии рассказал, как в Заречье восстанавливают старую паромную переправу и"
        " почему жители сами собрали деньги на новый причал.",
    ]
)


def test_a_bracket_dating_what_the_story_is_about_stays_the_headlines() -> None:
    """A bracket whose label dates what the story is about, a broadcast, a release, a speech,
    an event, is the headline's own, not a note of its update; an update's note beside it is
    still cut off."""
    assert normalize_document(EPISODE_PAGE)["title"] == EPISODE_HEAD
    for own in (
        "Harbour Quest 2 review (released March 3, 2026)",
        "Mayor's address to the harbour towns (delivered on March 3, 2026)",
        "Greyhaven spring fair (Date: March 3, 2026)",
        "은빛면 봄 장터 안내 (날짜 2026.03.03)",
    ):
        assert headline_part([own], 0) == own
    noted = EPISODE_HEAD.replace("эфир от", "обновлено")
    assert headline_part([noted], 0) == "Вечерний разговор с Ильёй Светловым"


# a town portal's photo report scraped onto one line: its headline with the report's label in
# brackets, the day glued right after the bracket, an empty image mark and the whole text
GLUED_DAY_HEAD = "В Заречье школьники построили скворечники для парка (ФОТОРЕПОРТАЖ)"
GLUED_DAY_PAGE = (
    f"{GLUED_DAY_HEAD}14.04.2021 ![]() В субботу, 10-го апреля, ученики двух школ Заречья"
    " собрали в мастерской дома культуры сорок скворечников. Домики развесили вдоль главной"
    " аллеи городского парка, а таблички для них нарисовали младшие классы. Следующую партию"
    " ребята обещают сделать к осени, — рассказала учительница труда Нина Зорина."
)


def test_a_day_glued_to_the_headline_s_last_word_cuts_a_one_line_page() -> None:
    """A numeric day with its year glued with no space after a headline's last letter or
    closing bracket is the page's dateline: the headline (its report's label in brackets kept:
    a word of another script than Latin is a flag only when the flags name it) is read before
    it, the day is the page's publication day."""
    row = normalize_document(GLUED_DAY_PAGE)
    assert row["title"] == GLUED_DAY_HEAD
    assert row["published_at"] == datetime(2021, 4, 14, tzinfo=UTC)
    # a wire's mark in Latin capitals, or a flag the flags name, is still cut off
    for flag in (" (LEAD)", " (ФОТО)"):
        row = normalize_document(GLUED_DAY_PAGE.replace(" (ФОТОРЕПОРТАЖ)", flag))
        assert row["title"] == GLUED_DAY_HEAD.removesuffix(" (ФОТОРЕПОРТАЖ)")


def test_a_day_spaced_in_a_sentence_cuts_no_headline() -> None:
    """A day printed after a space is a sentence's own, and a day glued on without its year no
    page's dateline: the line is read as it is."""
    for line in (
        "Choir sings at the old mill on 08.12.2019 for the parish and its guests",
        "Choir sings at the old mill (PHOTOS)08.12 for the parish and its guests",
    ):
        assert headline_part([line], 0) == line
    spaced = GLUED_DAY_PAGE.replace(")14.04.2021", ") 14.04.2021")
    assert normalize_document(spaced)["title"] != GLUED_DAY_HEAD


EVENT_DAY_HEAD = "5 октября в Озерках пройдет ярмарка мёда и пастилы"
EVENT_DAY_PRINT_PAGE = "\n".join(
    [
        f"{EVENT_DAY_HEAD}01.10.2020",
        "",
        f"{EVENT_DAY_HEAD}На площади у Дома культуры с десяти утра начнут торговать пасечники"
        " из трех районов.",
        "",
        "Для детей подготовят мастер-класс по росписи пряников, вход свободный.",
        "",
        "Вернуться назад",
    ]
)


def test_a_day_glued_to_a_headline_opening_with_an_event_day_dates_the_page() -> None:
    """A print page's headline that opens with its event's yearless day, its publication day
    glued to its last word: the day after the headline is the page's, read apart from the
    event's day among the headline's words."""
    row = normalize_document(EVENT_DAY_PRINT_PAGE)
    assert row["title"] == EVENT_DAY_HEAD
    assert row["published_at"] == datetime(2020, 10, 1, tzinfo=UTC)
    assert row["published_precision"] == "day"


def test_a_day_among_the_headline_s_own_words_dates_no_page() -> None:
    """A headline whose own words close with a day and its year prints no day glued after it:
    the event's day is no publication day, whatever day opens the headline."""
    own = "5 октября в Озерках пройдет ярмарка мёда, а 12 октября 2020 – праздник урожая"
    page = EVENT_DAY_PRINT_PAGE.replace(f"{EVENT_DAY_HEAD}01.10.2020", own, 1)
    row = normalize_document(page)
    assert row["title"] == own
    assert row["published_at"] is None


@pytest.mark.parametrize(
    "page",
    [
        CLUB_PAGE,
        LETTER_PAGE,
        KO_BLOG_PAGE,
        CREDIT_PAGE,
        EDITORIAL_REPOST_PAGE,
        BLOG_PAGE,
        PARISH_PAGE,
        BOARD_PAGE,
        AGGREGATOR_PAGE,
        PORTAL_PAGE,
        REPOST_PAGE,
        VIDEO_PAGE,
        GLUED_READING_TIME_PAGE,
        RU_READING_TIME_PAGE,
        KO_READING_TIME_PAGE,
        WIRE_RELEASE_PAGE,
        DOUBLED_DATE_PAGE,
        DOUBLED_DATE_PLACE_PAGE,
        GLUED_WEEKDAY_PAGE,
        RU_GLUED_WEEKDAY_PAGE,
        META_DATED_BRIEF,
        META_DATED_PROMO,
        BRACKETED_DATELINE_PAGE,
        UPDATED_PAGE,
        KO_UPDATED_PAGE,
        GLUED_DAY_PAGE,
        "\n".join(ROWS),
    ],
)
def test_the_core_reads_glued_datelines_as_python_does(page: str) -> None:
    assert_same_headline(clean_text(page))
