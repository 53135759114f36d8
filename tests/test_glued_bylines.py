"""A print view's first line glues the headline, its writer's byline and e-mail and a closing
bar: the headline is read from the text before the byline, and the line is no contact's."""

from __future__ import annotations

from normalize import normalize_document
from normalize.glued_bylines import head_before_byline
from normalize.text import clean_text
from tests.test_core_headline import assert_same_headline

PRINT_HEAD = "“가을엔 바다로” 한솔군, 갯벌 마을 체험 주간 열어"
_BODY = [
    "한솔군은 다음 달 4일부터 일주일 동안 갯벌 마을 세 곳에서 체험 주간을 연다고 밝혔다.",
    "체험 주간에는 조개 캐기와 갯벌 생태 교실, 마을 부녀회가 차리는 바지락 밥상이 마련된다.",
    "군 관계자는 “가족 단위 방문객이 하루를 꼬박 즐길 수 있도록 준비했다”고 말했다.",
]
PRINT_PAGE = "\n".join(
    [
        f"{PRINT_HEAD} 윤가람기자 garam@haeollim.example.kr |",
        "2021년 10월 04일(월) 09:15 |",
        "|",
        *_BODY,
        "윤가람기자 garam@haeollim.example.kr",
    ]
)
# the headline on a line of its own, the outlet's name alone before the byline below it
OUTLET_BYLINE_PAGE = "\n".join(
    [
        PRINT_HEAD,
        "[해울림신문] 윤가람기자 garam@haeollim.example.kr |",
        "2021년 10월 04일(월) 09:15 |",
        *_BODY,
    ]
)


def test_a_headline_is_read_before_a_byline_and_e_mail_glued_on_a_print_views_first_line() -> None:
    assert normalize_document(PRINT_PAGE)["title"] == PRINT_HEAD
    assert_same_headline(clean_text(PRINT_PAGE))


def test_an_outlets_name_before_a_glued_byline_is_no_headline() -> None:
    assert head_before_byline("[해울림신문] 윤가람기자 garam@haeollim.example.kr |") is None
    assert normalize_document(OUTLET_BYLINE_PAGE)["title"] == PRINT_HEAD
    assert_same_headline(clean_text(OUTLET_BYLINE_PAGE))


# A parish board's post: the board's name, its list label, the post's title with the reporter's
# byline glued on by an underscore, the page-info label, the written label glued to the day, the
# body label, the story.
UNDERSCORED_BYLINE_PAGE = "\n".join(
    [
        "본당소식자료",
        "",
        "본당소식자료 목록",
        "",
        "가람 성당 새 종탑 축성식_{tail}",
        "",
        "페이지 정보",
        "",
        "작성일2016-05-22",
        "",
        "본문",
        "",
        "가람 성당(주임=하은결 신부) 새 종탑 축성식이 지난 5월 21일 오후 3시 성당 마당에서 열렸다.",
        "",
        "새 종탑은 낡은 옛 종탑을 허물고 반년 만에 다시 세운 것으로, 신자들의 성금으로 지었다.",
    ]
)


def test_a_byline_glued_after_a_board_title_by_an_underscore_is_cut() -> None:
    """A board's title field may join the post's title and its reporter's byline by an
    underscore: the words after it are the byline, not the headline's."""
    page = UNDERSCORED_BYLINE_PAGE.format(tail="한누리 기자")
    assert normalize_document(page)["title"] == "가람 성당 새 종탑 축성식"
    assert_same_headline(clean_text(page))


def test_words_after_an_underscore_that_are_no_byline_stay() -> None:
    """An underscore before words that are no byline joins the headline's own parts."""
    page = UNDERSCORED_BYLINE_PAGE.format(tail="봉헌 미사")
    assert normalize_document(page)["title"] == "가람 성당 새 종탑 축성식_봉헌 미사"
    assert_same_headline(clean_text(page))
