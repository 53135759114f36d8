from __future__ import annotations

import pytest

from normalize.boilerplate import line_kind
from normalize.documents import normalize_document
from normalize.field_labels import split_label
from normalize.page_machinery import machinery_lines
from tests.cases import CASES, params
from tests.test_core_text import assert_same_machinery


@pytest.mark.parametrize(
    ("line", "kind"), params(CASES / "boilerplate.tsv", ["line", "kind"], label="why")
)
def test_line_kind(line: str, kind: str) -> None:
    assert line_kind(line) == kind


def test_related_block_takes_its_teasers_and_stops_at_the_article() -> None:
    lines = [
        "Seoul and Tokyo agree to resume talks",
        "Related",
        "Entertainment",
        "A singer surprised fans with a new album and many now wonder whether...",
        "Short teaser headline about markets",
        "The talks will resume in July, officials said, after a pause of nearly two years that "
        "followed a dispute over export controls and compensation for wartime labour, and both "
        "sides said working-level meetings would prepare the agenda.",
    ]
    assert machinery_lines(lines) == {1: "related", 2: "section", 3: "teaser", 4: "teaser"}


def test_self_description_goes_only_beside_machinery() -> None:
    about = "The Daily Example is an independent outlet. Our newsroom works every day."
    assert machinery_lines(["Story text here.", about, "Story goes on."]) == {}
    assert machinery_lines(["Story text here.", about, "You May Also Like"]) == {
        1: "about",
        2: "related",
    }


def test_a_writers_title_under_a_byline_is_part_of_it() -> None:
    """A small weekly prints its writer's title on the line under the byline, the outlet's
    name before the job, which the page prints again, or its short name before a job's own
    word; the same words under no byline stay text, and so does a headline under a byline
    that ends with a job."""
    lines = ["By Odile Farrant", "", "Lakeside Gazette Reporter", "", "Ferries run late."]
    page = [*lines, "", "The Lakeside Gazette will follow the story."]
    assert machinery_lines(page) == {0: "byline", 2: "byline"}
    assert machinery_lines(["By Odile Farrant", "Staff Writer", "Ferries run late."]) == {
        0: "byline",
        1: "byline",
    }
    assert machinery_lines(page[2:]) == {}
    headed = ["By Odile Farrant", "Harbour Pilot Named Editor", "Ferries run late."]
    assert machinery_lines(headed) == {0: "byline"}
    # the outlet's short name before the job, printed nowhere else: "Heron Staff Writer"
    short = ["by O.P. Farrant", "Heron Staff Writer", "The ferry board meets on Tuesday."]
    assert machinery_lines(short) == {0: "byline", 1: "byline"}
    for shown in (page, page[2:], headed, lines, short):
        assert_same_machinery(shown)


def test_channel_name_above_subscriber_count() -> None:
    lines = ["Волга Инфо", "48,2 тыс. подписчиков", "Подписаться"]
    assert machinery_lines(lines) == {0: "site", 1: "widget", 2: "widget"}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Описание к видео Leaders meet", ("Описание к видео", "Leaders meet")),
        ("Описание: Leaders meet", ("Описание", "Leaders meet")),
        ("Описание событий в Курске", ("", "Описание событий в Курске")),
        ("Leaders meet", ("", "Leaders meet")),
    ],
)
def test_split_label(line: str, expected: tuple[str, str]) -> None:
    assert split_label(line) == expected


def test_menu_runs_go_whole_but_hashtag_lines_stay() -> None:
    lines = ["Hanbit Herald", "National", "Business", "Markets", "Sports", "", "#exports #trade"]
    menu = {0: "site", 1: "section", 2: "section", 3: "section", 4: "section"}
    assert machinery_lines(lines) == menu


def test_related_header_above_the_story_labels_the_page() -> None:
    lines = [
        "Top Stories",
        "Seoul subway to test platform screens that show crowding",
        "The screens use weight sensors under each car to estimate the number of passengers.",
        "Top stories",
        "Another story teaser",
    ]
    assert machinery_lines(lines) == {0: "related", 3: "related", 4: "teaser"}


# a broadcaster's morning roundup, its items read by the anchor, under a label the related
# boxes of other pages print too ("주요뉴스"): the label is the roundup's own title
ROUNDUP_LABEL_PAGE = "\n".join(
    [
        "2부 오늘의 주요뉴스",
        "",
        "◀ 앵커 ▶",
        "",
        "은빛항과 모래섬을 잇는 여객선이 다음 달부터 밤에도 다닙니다. 항만사무소는 하루 두 차례"
        " 야간 운항을 시험한 뒤 횟수를 늘리겠다고 밝혔습니다.",
        "",
        "◀ 앵커 ▶",
        "",
        "은빛시가 시청 1층에 민원 서류를 곧바로 떼어 주는 창구를 열었습니다. 시는 대기 시간이"
        " 절반으로 줄 것으로 내다봤습니다.",
    ]
)
# the same label under a story: its related box, over other stories' heads
RELATED_BOX_STORY = "\n".join(
    [
        "은빛항 여객선, 다음 달부터 밤에도 운항",
        "",
        "은빛항과 모래섬을 잇는 여객선이 다음 달부터 밤에도 다닌다. 항만사무소는 하루 두 차례"
        " 야간 운항을 시험한 뒤 이용객이 늘면 횟수를 늘리겠다고 밝혔다.",
        "",
        "섬 주민들은 늦은 귀갓길이 한결 편해질 것이라며 반겼다.",
        "",
        "2부 오늘의 주요뉴스",
        "",
        "은빛시, 민원 서류 창구 새로 열어",
        "",
        "내일 전국 맑고 아침 쌀쌀",
    ]
)

# the same label under a short post of a few sentences, over a table of the blog's other posts
RELATED_BOX_UNDER_SENTENCES = "\n".join(
    [
        "We walked to the spring.",
        "The violets were out.",
        "You May Also Like",
        "Stile repairs (0) | 2024.04.02 |",
        "---|---|",
        "Wet lanes (1) | 2024.03.18 |",
    ]
)


def test_a_roundups_label_above_its_items_is_its_title() -> None:
    """A label a related box prints ("오늘의 주요뉴스", "Top stories") opening a page, above
    any text and over no other story's head, is the roundup's own title; under a story, or
    over a head, it heads the box of other stories."""
    assert machinery_lines(ROUNDUP_LABEL_PAGE.split("\n")) == {}
    assert normalize_document(ROUNDUP_LABEL_PAGE)["title"] == "2부 오늘의 주요뉴스"
    boxed = {6: "related", 8: "teaser", 10: "teaser"}
    assert machinery_lines(RELATED_BOX_STORY.split("\n")) == boxed
    title = normalize_document(RELATED_BOX_STORY)["title"]
    assert title == "은빛항 여객선, 다음 달부터 밤에도 운항"


def test_a_related_label_under_a_sentence_heads_its_box() -> None:
    """Under a post of short sentences, none of them a paragraph, a related box's label over
    other posts' rows ("Stile repairs (0) | 2024.04.02 |") heads that box: no roundup opens
    with a sentence above its title."""
    assert machinery_lines(RELATED_BOX_UNDER_SENTENCES.split("\n"))[2] == "related"
    assert normalize_document(RELATED_BOX_UNDER_SENTENCES)["title"] is None


# A club's weekly timetable, closed by its section's other items: the label, another item's day
# and its teaser.
SECTION_ITEMS_UNDER_A_TIMETABLE = "\n".join(
    [
        "Расписание занятий 9—15 марта",
        "В понедельник, 9 марта, секция гребли занимается на воде с 16 часов, если лёд на"
        " протоке сойдёт; иначе тренировка пройдёт в зале.",
        "В субботу, 14 марта, юноши едут на сборы в Озёрки, сбор у лодочной станции в 7 утра.",
        "{label}",
        "21.02.2020",
        "Весенний кросс клуба перенесён на апрель из-за поздней оттепели.",
    ]
)


@pytest.mark.parametrize(
    "label",
    ["Другие новости раздела", "Другие материалы раздела", "Other news in this section"],
)
def test_a_sections_other_items_label_heads_a_related_box(label: str) -> None:
    """A section's label over its other items ("Другие новости раздела", "Other news in this
    section") heads a related box: the day over the teaser under it is that item's, and the
    timetable above, which prints no year, has no date; a sentence naming the section's other
    items is text."""
    assert line_kind(label) == "related"
    page = SECTION_ITEMS_UNDER_A_TIMETABLE.format(label=label)
    row = normalize_document(page)
    assert row["title"] == "Расписание занятий 9—15 марта"
    assert row["published_at"] is None
    assert line_kind("Другие новости раздела выходят по пятницам") == "text"


@pytest.mark.parametrize("lines", [[], [""], ["", "", ""]])
def test_pages_of_blank_lines_have_no_machinery(lines: list[str]) -> None:
    assert machinery_lines(lines) == {}


def test_a_writers_title_with_their_outlets_after_a_comma_is_part_of_the_byline() -> None:
    """A national daily prints its writer's title under the byline with the station and the
    paper they write for after a comma; a headline under a byline whose job is followed by a
    number stays text."""
    lines = [
        "By Tamsin Korowai",
        "Senior Reporter, River 104·Waimoko Herald·",
        "Floods close roads.",
    ]
    assert machinery_lines(lines) == {0: "byline", 1: "byline"}
    headed = ["By Tamsin Korowai", "Senior Editor, 61, retires", "She joined in 1988."]
    assert machinery_lines(headed) == {0: "byline"}
    for shown in (lines, headed):
        assert_same_machinery(shown)


# a broadcaster's short sports report printed without its headline, its body twice, with the
# station's tip line under each copy and its box of tip channels
TIP_LINE_PAGE = "\n".join(
    [
        "항구시민구단이 어제(14일) 열린 리그 12라운드 원정 경기에서 후반 추가시간 동점골을"
        " 내주며 승리를 놓쳤습니다.",
        "선두 물새FC는 홈에서 두 골을 넣어 2위와의 승점 차를 5점으로 벌렸습니다.",
        "가람방송 기사문의 및 제보 : 카톡/라인 garamtip",
        "정하늘(garam@example.kr)",
        "항구시민구단이 어제(14일) 열린 리그 12라운드 원정 경기에서 후반 추가시간 동점골을"
        " 내주며 승리를 놓쳤습니다.",
        "선두 물새FC는 홈에서 두 골을 넣어 2위와의 승점 차를 5점으로 벌렸습니다.",
        "가람방송 기사문의 및 제보 : 카톡/라인 garamtip",
        "정하늘(garam@example.kr)",
        "여러분의 제보가 뉴스가 됩니다!",
        "- garamtip",
        "- 라인 앱에서 'garamtip' 친구 추가",
        "- garamtip@example.kr",
        "ⓒ가람방송, 무단 전재-재배포 금지",
    ]
)


def test_a_tip_line_after_the_outlet_s_name_is_machinery() -> None:
    """A prompt's fixed opening after the outlet's name (one word) is the site's tip line, not
    a headline; a place's name before the same words is no outlet's."""
    assert line_kind("가람방송 기사문의 및 제보 : 카톡/라인 garamtip") == "widget"
    assert line_kind("항구시 기사문의 및 제보 늘어") == "text"
    assert normalize_document(TIP_LINE_PAGE)["title"] is None


# a regional broadcaster's story on its own caption mistake: the headline opens with the
# station's name and a word its credit lines open with too, the lead, the reporter's line
GRAPHIC_SLIP_PAGE = "\n".join(
    [
        "가람방송 그래픽 자막 오류 사과",
        "가람방송은 어젯밤 저녁 뉴스에서 항구시 인구를 열 배로 잘못 적은 그래픽 자막을 내보낸 데"
        " 대해 오늘 시청자들에게 사과했습니다.",
        "방송사는 자막을 만드는 과정에서 단위를 빠뜨렸다며 확인 절차를 두 번으로 늘리겠다고"
        " 밝혔습니다.",
        "정하늘 기자",
    ]
)


def test_an_outlets_name_before_a_word_or_a_label_opening_a_headline_is_no_tip_line() -> None:
    """A single word a credit opens with after the outlet's name is a story about the outlet,
    and a bare outlet word before a label opens a headline: neither is machinery."""
    assert line_kind("가람방송 그래픽 자막 오류 사과") == "text"
    assert line_kind("Daily Photo: Frost settles on the Millbrook pier") == "text"
    assert normalize_document(GRAPHIC_SLIP_PAGE)["title"] == "가람방송 그래픽 자막 오류 사과"


# A poetry site's page: the poem's title, its author and the year it was written, the verses.
POEM_PAGE = "\n".join(
    [
        "Сумерки",
        "",
        "Автор: Фетов, 1854 год",
        "",
        "Над рекою тихо тает, догорает долгий день. Лодка к берегу пристала, и легла на воду тень.",
        "",
        "Ветер спит в прибрежных ивах, спит и колокол в селе. Только звёзды, как и прежде,"
        " светят путнику во мгле.",
    ]
)


def test_an_author_and_the_year_of_the_work_are_a_byline() -> None:
    """A poem's author and the year of the work after a comma, of a century long past, are its
    byline, never its title: the poem's title above them stays the headline."""
    assert normalize_document(POEM_PAGE)["title"] == "Сумерки"
    assert_same_machinery(POEM_PAGE.split("\n"))


# A class blog's post: the pager to the posts before and after it above its title, the post,
# a comment prompt.
PAGER_POST_PAGE = "\n".join(
    [
        "« Covering the Harbour Fire: Day 1 | Main | Interview Notes 3 »",
        "",
        "Covering the Harbour Fire: Day 2",
        "",
        "The second day of the harbour fire brought fewer updates from the fire service, so I"
        " compared how three local stations covered the night shift on the docks.",
        "",
        "Two of them led with the same photograph of the burning warehouse, and only one named"
        " the crew that stayed until dawn.",
        "",
        "Post a comment",
    ]
)

# A post whose image description a scraper printed above it as a data field, its key kept.
FIELD_KEY_POST_PAGE = "\n".join(
    [
        "alt_text: Volunteers repaint a lighthouse tower, ladders raised, as walkers stop to"
        " watch.",
        "",
        "Weekend Spotlight: Volunteers Repaint the Grey Point Lighthouse",
        "",
        "0 0",
        "Read Time:2 Minute, 40 Second",
        "",
        "www.greypointnotes.example – Small weekend projects often show a village at its best."
        " Forty volunteers spent two days scraping and repainting the lighthouse tower at Grey"
        " Point, and by Sunday evening it shone over the bay again.",
        "",
        "The lighthouse trust paid for the paint and the ladders, and a bakery in the village"
        " fed the crews, which worked in shifts so that the tower was never left unattended.",
        "",
        "Why Volunteers Matter",
        "",
        "The trust has no paid staff, and its small budget goes on the lamp and the insurance,"
        " so every coat of paint on the tower comes from people who give their weekends.",
    ]
)


def test_a_blog_s_pager_is_no_headline() -> None:
    """A blog's pager, its arrows framing the titles of the posts before and after with the
    index's between bars, names other posts: the post's title under it is the headline. A title
    framed alone by spaced guillemets, with no bar, stays the headline."""
    assert normalize_document(PAGER_POST_PAGE)["title"] == "Covering the Harbour Fire: Day 2"
    framed = "« Литургия в храме на набережной »\n\n" + (
        "В воскресенье настоятель совершил Литургию в храме на набережной, молились прихожане"
        " и гости из соседних сёл."
    )
    assert normalize_document(framed)["title"] == "Литургия в храме на набережной"


# The same post on a Korean blog: the field's sentence opens with a letter of a script without
# case, which no capital opens.
CASELESS_FIELD_KEY_POST_PAGE = "\n".join(
    [
        "alt_text: 자원봉사자들이 사다리를 세우고 등대 탑을 다시 칠하는 모습을"
        " 산책객들이 지켜보고 있다.",
        "",
        "주말 스포트라이트: 자원봉사자들, 회색곶 등대를 다시 칠하다",
        "",
        "0 0",
        "읽는 시간: 2분",
        "",
        "www.greypointnotes.example – 작은 주말 봉사가 마을의 가장 좋은 얼굴을"
        " 보여 준다. 자원봉사자 마흔 명이 이틀 동안 회색곶 등대 탑의 낡은 칠을"
        " 벗기고 새로 칠해, 일요일 저녁 등대는 다시 만 위에서 빛났다.",
        "",
        "등대 재단이 페인트와 사다리 값을 냈고, 마을 빵집이 교대로 일하는"
        " 봉사자들에게 먹을 것을 댔다.",
        "",
        "봉사자가 중요한 이유",
        "",
        "재단에는 월급을 받는 직원이 없고 적은 예산은 등불과 보험에 쓰여, 탑의"
        " 페인트 한 겹 한 겹은 주말을 내놓은 사람들에게서 나온다.",
    ]
)


# A developer's blog post whose headline names a database view's key before a colon: a title, no
# sentence closed by a stop.
TOOL_KEY_HEADLINE_POST = "\n".join(
    [
        "pg_stat_statements: Finding the Slow Queries in a Busy Ledger Database",
        "",
        "Posted by Ines Marlow",
        "",
        "Our ledger service slowed down every evening last month, and the query planner alone did"
        " not tell us why, so we turned on the statistics view and let it collect for a week.",
        "",
        "Three queries took most of the time, and two of them ran for a report nobody read.",
    ]
)


def test_a_scraper_s_data_field_is_no_line_of_the_page() -> None:
    """A scraper's data field printed before a post, its key in small letters joined by an
    underscore before a colon and a sentence, is no line of the page: the post's title under it
    is no subhead under a first paragraph. A user's name before a tag in brackets is no field."""
    title = normalize_document(FIELD_KEY_POST_PAGE)["title"]
    assert title == "Weekend Spotlight: Volunteers Repaint the Grey Point Lighthouse"
    assert line_kind("mira_sol: (poems)") == "text"


def test_a_data_field_s_sentence_in_a_script_without_case_is_no_line_of_the_page() -> None:
    """A data field's sentence in a script without case (Korean) opens with no capital, and is
    a field all the same: the post's title under it is the headline."""
    title = normalize_document(CASELESS_FIELD_KEY_POST_PAGE)["title"]
    assert title == "주말 스포트라이트: 자원봉사자들, 회색곶 등대를 다시 칠하다"


def test_a_headline_naming_a_key_before_its_colon_is_no_data_field() -> None:
    """A headline that names a tool's key in small letters joined by underscores before a colon,
    its words closed by no stop, is no data field: it is the post's headline."""
    title = normalize_document(TOOL_KEY_HEADLINE_POST)["title"]
    assert title == "pg_stat_statements: Finding the Slow Queries in a Busy Ledger Database"


# a harbour office's letter under a link back to its newsletter's index: the letter's title
BACK_LINK_LETTER = "\n".join(
    [
        "Return to Newsletter Index",
        "",
        "A Word from the Harbour Master",
        "",
        "12 April, 2024",
        "",
        "Dear friends of the harbour,",
        "",
        "Welcome to the spring newsletter of the Port Ellery harbour office.",
        "",
        "The new pontoon on the east quay opened last week, and I thank the boat club for the"
        " volunteers who helped the crews lay the last planks before the tide turned.",
        "",
        "Please remember that the slipway is closed on Sundays until the repairs are done.",
    ]
)
# a headline opening with the same words, leading back to no page
BACK_TO_SCHOOL_STORY = "\n".join(
    [
        "Back to school for the ferry crews",
        "",
        "The harbour's ferry crews went back to the classroom this week for a course on the new"
        " engines the island boats will carry from May.",
        "",
        "Twelve deckhands and four engineers took part in the course at the Port Ellery college.",
    ]
)


def test_a_link_back_to_a_part_of_the_site_is_no_headline() -> None:
    """A line opened by "Return to" or "Back to" that names a page of the site ("Index",
    "Home"), alone or before a menu's other labels, is a link, not the page's headline; a
    headline opening with the same words names no page, or goes on in small letters."""
    assert line_kind("Return to Newsletter Index") == "widget"
    assert line_kind("Back to Harbour Notes Home  Past Issues  Reader Letters") == "widget"
    assert line_kind("Back to school for the ferry crews") == "text"
    assert line_kind("Back to the top of the table for the Harbour Rovers") == "text"
    assert normalize_document(BACK_LINK_LETTER)["title"] == "A Word from the Harbour Master"
    assert normalize_document(BACK_TO_SCHOOL_STORY)["title"] == "Back to school for the ferry crews"


# a headline in title case opening with the same words and naming a page's word ("Index"), its
# short words capitalised ("In") and a stop inside it, no menu's row of names
TITLE_CASE_INDEX_STORY = "\n".join(
    [
        "Return To Calm Waters? Harbour Freight Index Climbs In March",
        "By Orla Penhallow",
        "April 2, 2024",
        "",
        "Freight through Port Ellery rose for the third month running, the harbour office said on"
        " Tuesday, as the winter storms that closed the east quay gave way to calmer seas.",
        "",
        "The office's index of tonnage landed stood at its highest since the quay reopened.",
    ]
)


def test_a_headline_in_title_case_naming_a_page_is_no_back_link() -> None:
    """A headline in title case opened by "Return To" with a word for a page among its own
    ("Index") is no link: it capitalises its short words ("In", "Are") and stops inside, where
    a menu's labels glued after a link are names."""
    assert line_kind("Return To Calm Waters? Harbour Freight Index Climbs In March") == "text"
    assert line_kind("Back To School Results Are In For Harbour County") == "text"
    assert line_kind("Back to Harbour Notes Home Past Issues Reader Letters") == "widget"
    assert line_kind("Return to Menu Planning: Schools Rethink Lunch Boxes") == "text"
    title = "Return To Calm Waters? Harbour Freight Index Climbs In March"
    assert normalize_document(TITLE_CASE_INDEX_STORY)["title"] == title


# A school paper's page whose headline was lost: its lead and the credit for its words and
# pictures, printed twice, then the paper's slogan and copyright line.
CREDIT_ONLY_PAGE = "\n".join(
    [
        "",
        "",
        "[솔내학생신문=가람] 지난 4일 가람 솔내중학교 운동장에서 오후 2시부터 첫 봄 체육대회가"
        " 열렸다. 이날 대회에서 여도현 학생회장은 “이기고 지는 것보다 함께 달리는 시간을 오래"
        " 기억했으면 좋겠다”고 말했다.",
        "글, 사진: 한도윤 선임기자 ([email protected])",
        "[솔내학생신문=가람] 지난 4일 가람 솔내중학교 운동장에서 오후 2시부터 첫 봄 체육대회가"
        " 열렸다. 이날 대회에서 여도현 학생회장은 “이기고 지는 것보다 함께 달리는 시간을 오래"
        " 기억했으면 좋겠다”고 말했다.",
        "글, 사진: 한도윤 선임기자 ([email protected])",
        "학생의 눈으로 학교를 기록하는 신문.",
        "ⓒ 솔내학생신문, 무단전재 및 재배포 금지.",
    ]
)


def test_a_credit_for_words_and_pictures_is_a_byline() -> None:
    """A line crediting one writer for the words and the pictures both ("글, 사진: …", "Story
    and photos by …", "Текст и фото: …") is the story's byline: a page that lost its headline
    gets none from it, and a headline above it stays the headline."""
    assert normalize_document(CREDIT_ONLY_PAGE)["title"] is None
    titled = CREDIT_ONLY_PAGE.replace("\n\n", "솔내중 첫 봄 체육대회 열려\n", 1)
    assert normalize_document(titled)["title"] == "솔내중 첫 봄 체육대회 열려"
    assert_same_machinery(CREDIT_ONLY_PAGE.split("\n"))


# A district paper's interview page: its crumbs, the share bar by the headline, the tool row,
# the headline, its deck and the dateline, the story, the copyright line and the bar again with
# each network's name doubled (a button's icon and its label).
SHARE_BAR_PAGE = "\n\n".join(
    [
        "기획특집 > 인터뷰",
        "트위터 페이스북 카카오톡",
        "필자의 다른기사 보기 인쇄하기 메일로 보내기 글자 크게 글자 작게",
        "{head}",
        "어린이기자단의 눈으로 본 동네 라디오!",
        "기사입력  2021/10/12 [14:05] 최종편집    한솔 어린이기자",
        "지난 9일 가온초 어린이기자단이 가온라디오 방송국을 찾아 스튜디오와 송출실을 둘러봤다.",
        "기자단은 라디오가 정해진 시간에 맞춰 방송을 내보내고, 청취자의 사연을 페이스북과"
        " 카카오톡으로도 받는다는 것을 알게 되었다.",
        "마지막에는 진행자에게 원고를 쓰는 방법을 배웠다. 짧고 쉬운 문장이 귀에 잘"
        " 들어온다고 했다.",
        "ⓒ 가온동네뉴스. 무단전재 및 재배포 금지",
        "트위터 트위터 페이스북 페이스북 카카오톡 카카오톡",
    ]
)


def test_a_share_bar_is_no_headline() -> None:
    """A line of social networks' names alone, two or more, is a share bar: machinery, though
    the page prints it again under the story and the story names a network. A headline naming
    networks says more than their names."""
    assert line_kind("트위터 페이스북 카카오톡") == "social"
    assert line_kind("ВКонтакте Одноклассники Telegram") == "social"
    assert line_kind("Facebook · Twitter · LinkedIn") == "social"
    assert line_kind("트위터·페이스북 대신 카카오톡으로 소식 전하는 마을") == "text"
    assert line_kind("Twitter bans Facebook links") == "text"
    head = "가온라디오 방송국을 알아볼까요?"
    assert normalize_document(SHARE_BAR_PAGE.format(head=head))["title"] == head
    head = "트위터 대신 카카오톡으로 사연 받는 라디오"  # networks named in a headline
    assert normalize_document(SHARE_BAR_PAGE.format(head=head))["title"] == head


# A town hall's notice scraped without its headline: the share bar of labelled buttons, the day,
# the notice.
LABELLED_SHARE_BAR_NOTICE = "\n".join(
    [
        "{bar}",
        "2026.03.02",
        "솔밭초등학교에 원어민 교사가 처음으로 부임했다. 학생들은 새 선생님을 반갑게 맞이했다.",
        "교장은 내년에는 음악 교사도 초빙하겠다고 밝혔다.",
    ]
)
LABELLED_SHARE_BARS = (
    "페이스북 공유하기 트위터 공유하기 카카오톡 공유하기",
    "카카오톡 공유하기 페이스북 공유하기 네이버밴드 공유하기 URL 복사하기",
    "Share on Facebook Share on X Share via Email",
    "Поделиться в ВКонтакте Поделиться в Одноклассниках",
    "Поделиться: ВКонтакте Одноклассники WhatsApp",
)


def test_a_share_bar_of_labelled_buttons_is_no_headline() -> None:
    """A share bar whose buttons carry their labels ("페이스북 공유하기", "Share on Facebook",
    "Поделиться в ВКонтакте"), or a bar's own label and its e-mail or copy button, is machinery
    too: no headline over a page that lost its own. A headline about sharing says more."""
    for bar in LABELLED_SHARE_BARS:
        assert line_kind(bar) == "social"
        assert normalize_document(LABELLED_SHARE_BAR_NOTICE.format(bar=bar))["title"] is None
    head = "페이스북 공유하기 기능 바뀐다"
    assert line_kind(head) != "social"
    assert normalize_document(LABELLED_SHARE_BAR_NOTICE.format(bar=head))["title"] == head
    assert line_kind("Share on Facebook grows in rural towns") == "text"
