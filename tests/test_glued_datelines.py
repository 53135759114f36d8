"""A headline with its own dateline glued after it on the same line is read from the text
before the dateline, however long the line runs on; a list's rows, each with its time, are
read whole."""

from __future__ import annotations

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


def test_a_lists_rows_each_with_its_time_are_read_whole() -> None:
    assert headline_part(ROWS, 1) == ROWS[1]
    assert headline_part(ROWS[1:2], 0) == ROWS[1][: ROWS[1].index(" 2024")]


@pytest.mark.parametrize("page", [PARISH_PAGE, BOARD_PAGE, "\n".join(ROWS)])
def test_the_core_reads_glued_datelines_as_python_does(page: str) -> None:
    assert_same_headline(clean_text(page))
