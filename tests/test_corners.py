"""A corner's name printed alone in brackets, twice, atop its page of briefs is its title."""

from __future__ import annotations

from normalize import normalize_document

# A daily's corner of short church and temple news: its bracketed name twice, the datelines,
# the toolbar's bullets, then three briefs, each a head over its paragraph.
CORNER_OF_BRIEFS = "\n".join(
    [
        "[교계 단신]",
        "",
        "[교계 단신]",
        "",
        "입력 2021-03-12 00:00",
        "수정 2021-03-12 00:00",
        "  • 기사 읽어주기",
        "  • 글씨 크기 조절",
        "연못사, 봄맞이 연등 만들기 체험",
        "",
        "충남 연못사(주지 혜원 스님)는 다음 달 3일부터 닷새 동안 경내 강당에서 시민과 함께"
        " 연등을 만드는 체험 행사를 연다. 만든 연등은 부처님오신날까지 절 마당에 걸린다.",
        "",
        "새봄교회, 동네 어르신 무료 점심 재개",
        "",
        "해솔시 새봄교회는 이달부터 매주 수요일 동네 어르신 80여명에게 무료 점심을 다시"
        " 대접한다. 교인 봉사자 20명이 조리와 배식을 맡는다.",
        "",
        "가톨릭 청소년 성가 경연, 12개 팀 참가",
        "",
        "해솔교구 청소년국이 연 성가 경연에 본당 12개 팀이 참가했다. 대상은 솔내본당"
        " 청소년 합창단이 받았다.",
    ]
)


def test_a_corner_name_printed_twice_in_brackets_titles_its_briefs() -> None:
    """The cuts take a bracketed label off a headline's line as its flag; alone on its line
    and printed again right by it, the label is the corner's name, the page's only title."""
    assert normalize_document(CORNER_OF_BRIEFS)["title"] == "교계 단신"


def test_a_bracketed_label_printed_once_is_no_title() -> None:
    """Printed once, a bracketed label alone is a flag or a series' name, not the corner's
    title: the page's title stays whatever else it has."""
    page = CORNER_OF_BRIEFS.replace("[교계 단신]\n\n[교계 단신]", "[교계 단신]", 1)
    assert normalize_document(page)["title"] != "교계 단신"


# A reporter's column: its name in brackets, then a title of one word of two syllables, the
# date and the column.
COLUMN_OF_ONE_WORD = (
    "{head}\n\n입력 2024.05.03 10:20\n\n한솔시 시청 앞 광장에는 요즘 아침마다 작은 줄이 생긴다."
    " 무료 급식소 앞에 선 어르신들이다. 지난달 문을 연 급식소는 하루 200명분을 준비하지만 늘"
    " 모자란다.\n\n시는 다음 달부터 급식소를 한 곳 더 열기로 했다. 반가운 소식이지만 줄이"
    " 줄어들지는 알 수 없다.\n\n윤서진 기자"
)


def test_a_column_s_name_in_brackets_over_a_title_of_one_short_word() -> None:
    """The cut takes the column's name off as a flag; the one word left, set off by a space,
    is the title however few its letters. Glued to the bracket, it is a board's label after
    its category, no title."""
    page = COLUMN_OF_ONE_WORD.format(head="[기자수첩] 단상")
    assert normalize_document(page)["title"] == "단상"
    page = COLUMN_OF_ONE_WORD.format(head="[기자수첩]단상")
    assert normalize_document(page)["title"] is None


# A church's page of its pastor's weekly corner: the corner's label, a spaced slash and the
# title, which ends as a sentence, on the page's first line; then the column, a paragraph a line.
CORNER_LABEL_OVER_SLASH = (
    "{head}\n"
    "올해부터 주일 점심은 교구별로 돌아가며 준비하기로 했습니다. 지난해까지는 여선교회가 혼자"
    " 맡아 왔기 때문입니다.\n"
    "교구마다 한 달씩 맡고, 재료비는 교회 살림에서 나갑니다. 메뉴는 맡은 교구가 자유롭게"
    " 정하시면 됩니다.\n"
    "처음에는 서툴러도 괜찮습니다. 함께 밥을 짓는 시간이 교제의 시간이 되기를 바랍니다.\n"
)


def test_a_corner_s_label_before_a_slash_opens_its_title() -> None:
    """A corner's label before a spaced slash ("목회자 코너 / …") says the rest of its line is
    the corner's title: the label is cut off and the title kept, though it ends as a sentence.
    After another short name (a site's, a trail's), the slash marks no title, and the line,
    a name and a sentence, stays no headline."""
    head = "목회자 코너 / 주일 점심을 교구별로 준비합니다."
    page = CORNER_LABEL_OVER_SLASH.format(head=head)
    assert normalize_document(page)["title"] == "주일 점심을 교구별로 준비합니다."
    page = CORNER_LABEL_OVER_SLASH.format(head="솔내교회 소식 / 주일 점심을 교구별로 준비합니다.")
    assert normalize_document(page)["title"] is None
