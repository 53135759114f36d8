"""A photograph's caption closed by its giver's credit is no headline."""

from __future__ import annotations

from normalize import normalize_document
from normalize.captions import closes_with_credit
from normalize.text import clean_text
from tests.test_core_headline import assert_same_headline

# a sports daily's mobile page that lost its headline: a share button, the photograph's caption
# closed by the club's credit, the lead and a quotation
CREDIT_PAGE = [
    "공유하기",
    "솔내 파도스 강지훈 감독. 솔내 파도스 제공",
    "시즌 마지막 홈경기에서 연장 끝내기 승리를 거둔 솔내 파도스 강지훈 감독이 결승골의 주인공 "
    "윤태오를 치켜세웠다.",
    '경기가 끝난 뒤 강 감독은 "마지막 홈경기에 많은 팬이 와 주셔서 선수들이 끝까지 힘을 냈다. '
    '윤태오가 팬들에게 큰 선물을 했다"고 말했다.',
]


def test_a_caption_closed_by_its_givers_credit_closes_with_credit() -> None:
    assert closes_with_credit(CREDIT_PAGE[1])
    # a headline that closes with the word, after no sentence, is a headline
    assert not closes_with_credit("솔내시, 어르신 무료 급식 제공")


def test_a_page_of_a_credited_caption_and_a_lead_has_no_headline() -> None:
    text = "\n".join(CREDIT_PAGE)
    assert normalize_document(text)["title"] is None
    assert_same_headline(clean_text(text))
