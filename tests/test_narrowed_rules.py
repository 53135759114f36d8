"""Pages where a rule's trigger shows but a person picks otherwise: a banner's size inside a
headline, an opening paragraph tag a headline names, a headline opening with "courtesy of", a
word before "Title:" that is no thread's author column, a bracket whose days are a broadcast's,
a Hangul word that opens with a title label's letters."""

from __future__ import annotations

import pytest

from normalize import normalize_document

_LEAD_EN = (
    "The council met on Tuesday evening and voted to keep the ferry running through the winter"
    " months, after a long debate about the cost of fuel and the crew's pay.\n\nResidents of the"
    " island said the decision came as a relief to families who rely on the boat to reach the"
    " school and the clinic on the mainland.\n"
)
_LEAD_RU = (
    "В среду городской совет решил сохранить паромную переправу на зиму, хотя расходы на топливо"
    " и зарплату команды выросли почти на треть за последний год.\n\nЖители острова говорят, что"
    " без парома дети не смогут добираться до школы.\n"
)
_LEAD_KO = (
    "솔내시는 지난 3일 시청 대회의실에서 시민 200여 명이 참석한 가운데 봄맞이 시민 토론회를 열고"
    " 도심 공원 조성 계획에 대한 의견을 들었다고 밝혔다.\n"
)

# A headline over its lead, the rule's trigger inside the headline's words.
MISFIRE_HEADLINES = {
    "ad_size_before_a_word": ("Phone maker shows 2400x1080 screen", _LEAD_EN),
    "ad_size_before_a_russian_word": ("Школе подарили мониторы 1920х1080 пикселей", _LEAD_RU),
    "relay_size": ("Island swimmers win 10x100 relay", _LEAD_EN),
    "opening_p_tag": ("Why the <p> tag still matters for readers", _LEAD_EN),
    "courtesy_opening": (
        "Photos courtesy of a retired keeper show the old harbour in 1920",
        "A retired keeper gave the island museum forty photographs of the old harbour, taken by"
        " his grandfather and kept in a tin box.\n\n" + _LEAD_EN,
    ),
    "title_bout": ("World Title: Ruiz beats Han in five sets", _LEAD_EN),
}
# A clip's headline with a bracket of days that are its broadcast's, and what stays of it.
BROADCAST_RUN_PAGES = {
    "솔내시 봄맞이 시민 토론회 (2024.02.06~02.07 방송)": "솔내시 봄맞이 시민 토론회",
    "아침 방송 솔내 소식 (2023.10.20 07.00~08.00)": "아침 방송 솔내 소식",
}
# A board gluing its fields, its post's title opening with a title label's letters that make a
# word of the story, as its lead prints it.
TITLE_BOUT_BOARD_PAGE = """- 작성일2026-03-02
- 조회수41
타이틀매치 앞둔 김솔내 선수 인터뷰
김솔내 선수는 다음 달 열리는 타이틀매치를 앞두고 매일 훈련하고 있다고 말했다.
"""


def misfire_pages() -> list[str]:
    """Every page of this module, for the core's differential cases."""
    pages = [f"{headline}\n\n{lead}" for headline, lead in MISFIRE_HEADLINES.values()]
    pages += [f"{headline}\n\n{_LEAD_KO}" for headline in BROADCAST_RUN_PAGES]
    return [*pages, TITLE_BOUT_BOARD_PAGE]


@pytest.mark.parametrize("name", list(MISFIRE_HEADLINES))
def test_a_headline_holding_a_rule_s_trigger_stays_whole(name: str) -> None:
    headline, lead = MISFIRE_HEADLINES[name]
    assert normalize_document(f"{headline}\n\n{lead}")["title"] == headline


@pytest.mark.parametrize("line", list(BROADCAST_RUN_PAGES))
def test_days_with_words_or_hours_in_brackets_are_a_broadcast_s(line: str) -> None:
    """Only a bracket holding a run of days alone, from a full day, is an event's."""
    assert normalize_document(f"{line}\n\n{_LEAD_KO}")["title"] == BROADCAST_RUN_PAGES[line]


def test_a_glued_word_the_lead_prints_is_no_title_label() -> None:
    assert (
        normalize_document(TITLE_BOUT_BOARD_PAGE)["title"] == "타이틀매치 앞둔 김솔내 선수 인터뷰"
    )
