"""Lines around a headline that a board, a print view or a one-line page prints: a trail joined by
doubled angle marks, a title field whose words a heading below echoes in brackets, a print view's
headline glued to the outlet's name and e-mail, a clipping's day closing a board post's title, a
link to the site's version for the partially sighted, and a page run into its meta row."""

from __future__ import annotations

from datetime import UTC, datetime

from normalize import normalize_document
from normalize.boilerplate import line_kind
from normalize.glued_bylines import head_before_byline
from normalize.text import clean_text
from normalize.titles import cut_headline
from tests.test_core_headline import assert_same_headline

# A childcare centre's board: a trail joined by ">>", the title field with its corner label,
# the writer's and day's fields, then the schedule under its heading, which prints the title's
# words again in brackets.
TITLE_FIELD_PAGE = "\n".join(
    [
        "Home >> 알림마당 >> 공지사항",
        "",
        "{title}",
        "작성자 햇살반 작성일 2013-05-13 조회수 88/2",
        "",
        "[5월 셋째 주] 행사안내",
        "",
        "*5월 14일(화)-숲 놀이",
        "솔밭공원에서 숲 놀이를 합니다. 편한 신발을 신겨 보내 주세요.",
        "",
        "*5월 16일(목)-생일잔치",
        "이달에 태어난 친구들의 생일을 함께 축하합니다. 간식은 어린이집에서 준비합니다.",
    ]
)


def test_a_trail_joined_by_doubled_angle_marks_is_a_breadcrumb() -> None:
    assert line_kind("Home >> 알림마당 >> 공지사항") == "widget"
    assert line_kind("Главная >> Новости") == "widget"
    # a part longer than a crumb's: no trail
    long_part = "Ferry timetable >> what the new summer timetable means for island commuters"
    assert line_kind(long_part) == "text"


def test_a_title_field_is_the_headline_though_a_heading_echoes_it_in_brackets() -> None:
    page = TITLE_FIELD_PAGE.format(title="제목 [행사안내] 5월 셋째 주")
    row = normalize_document(page)
    assert row["title"] == "5월 셋째 주"
    assert row["published_at"] is not None
    assert_same_headline(clean_text(page))


def test_a_line_echoed_in_brackets_without_a_title_label_still_names_a_series() -> None:
    page = TITLE_FIELD_PAGE.format(title="5월 셋째 주")
    assert normalize_document(page)["title"] != "5월 셋째 주"
    assert_same_headline(clean_text(page))


# A county weekly's print view: the headline glued to the outlet's name, its e-mail and a bar.
PRINT_HEAD = "솔내초동문회, 가람초동문회와 백운산 합동 산행"
OUTLET_PRINT_PAGE = "\n".join(
    [
        f"{PRINT_HEAD} {{tail}} desk@sollae.example.kr |",
        "2021년 10월 15일(금) 16:05 |",
        "두 동문회 회원들은 백운산 입구에서 만나 능선을 따라 정상에 오른 뒤 계곡 길로 내려왔다.",
        "두 동문회는 해마다 봄과 가을 두 차례씩 합동 산행을 하며 고향 선후배의 정을 잇고 있다.",
        "하산 뒤에는 입구 식당에 모여 다음 산행지를 함께 정했다.",
    ]
)


def test_a_headline_is_read_before_the_outlets_name_and_e_mail_on_a_print_line() -> None:
    page = OUTLET_PRINT_PAGE.format(tail="솔내군민신문")
    assert normalize_document(page)["title"] == PRINT_HEAD
    assert_same_headline(clean_text(page))


def test_a_word_that_names_no_outlet_before_an_e_mail_keeps_the_line_a_contact() -> None:
    assert head_before_byline(f"{PRINT_HEAD} 문의 desk@sollae.example.kr |") is None
    page = OUTLET_PRINT_PAGE.format(tail="문의")
    assert normalize_document(page)["title"] != PRINT_HEAD
    assert_same_headline(clean_text(page))


# A school's press board: its title with the clipping's day closing it, the post's fields, the
# title again without it, the story.
CLIPPING_HEAD = "솔내초, 마을 어르신과 함께 ‘옛이야기 마당’ 열어"
CLIPPING_PAGE = "\n".join(
    [
        "솔내초등학교 로고이미지",
        "",
        "학교언론홍보",
        "",
        f"{CLIPPING_HEAD}{{tail}}",
        "작성자 한서윤 등록일 18.05.09 조회수 41",
        "",
        CLIPPING_HEAD,
        "",
        "솔내초등학교는 8일 마을 어르신 이야기 봉사단을 초청해 옛이야기 마당을 열었다.",
        "어르신들은 학교 뒤뜰에 돗자리를 펴고 학년별로 모인 아이들에게 옛이야기를 들려주었다.",
    ]
)


def test_a_clippings_day_closing_a_title_is_cut() -> None:
    assert cut_headline(f"{CLIPPING_HEAD}(2018. 5. 8자)") == CLIPPING_HEAD
    assert cut_headline(f"{CLIPPING_HEAD} (2018년 5월 8일자)") == CLIPPING_HEAD
    page = CLIPPING_PAGE.format(tail="(2018. 5. 8자)")
    assert normalize_document(page)["title"] == CLIPPING_HEAD
    assert_same_headline(clean_text(page))


def test_a_day_in_brackets_without_the_clippings_mark_stays() -> None:
    assert cut_headline(f"{CLIPPING_HEAD} (2018. 5. 8)") == f"{CLIPPING_HEAD} (2018. 5. 8)"
    assert cut_headline("봄 평가 (5. 8자료)") == "봄 평가 (5. 8자료)"
    assert_same_headline(clean_text(CLIPPING_PAGE.format(tail=" (2018. 5. 8)")))


# A district paper: the link to the site's version for the partially sighted, the day and clock,
# the views, a short headline, the story.
LOW_VISION_PAGE = "\n".join(
    [
        "{link}",
        "06.05.2022 09:37",
        "41",
        "",
        "Планёрка руководителей",
        "",
        "В администрации района прошла еженедельная планёрка с руководителями служб.",
        "",
        "На планёрке обсудили ремонт дорог и подготовку к летнему сезону.",
    ]
)


def test_a_link_to_the_low_vision_version_is_no_headline() -> None:
    page = LOW_VISION_PAGE.format(link="Версия сайта для слабовидящих")
    assert normalize_document(page)["title"] == "Планёрка руководителей"
    assert_same_headline(clean_text(page))


def test_a_headline_about_a_low_vision_version_stays() -> None:
    head = "Версия сайта для слабовидящих появилась у районной библиотеки"
    page = LOW_VISION_PAGE.format(link=head).replace("Планёрка руководителей", "")
    assert normalize_document(page)["title"] == head
    assert_same_headline(clean_text(page))


# A page run into one line: the outlet's name, the clock and the slashed day, the rubric and tags.
META_ROW_PAGE = (
    "{name} 10:15 21/03/2023 Культура выставка музей акварель художники городской бюджет"
)


def test_a_page_run_into_its_meta_row_has_its_time_and_no_headline() -> None:
    page = META_ROW_PAGE.format(name="Вестник")
    row = normalize_document(page)
    assert row["title"] is None
    assert row["published_at"] == datetime(2023, 3, 21, 7, 15, tzinfo=UTC)
    assert_same_headline(clean_text(page))


def test_two_words_before_the_time_are_no_masthead() -> None:
    page = META_ROW_PAGE.format(name="Городской вестник")
    row = normalize_document(page)
    assert row["title"] is not None
    assert row["published_at"] is None
    assert_same_headline(clean_text(page))
