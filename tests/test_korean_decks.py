"""A Korean headline against its decks, its summary's points and its numbered sections: a noun
with a particle glued on is the noun its headline prints, a summary's points under the dateline
do not outweigh their headline by the lead's words, and an article's numbered sections under
its headline are no digest."""

from __future__ import annotations

import pytest

from normalize import normalize_document
from normalize.headline import weigh_candidates
from normalize.heads import Candidate
from normalize.page import echo_words
from normalize.text import clean_text
from tests.test_core_headline import assert_same_headline, headline_inputs

# A headline whose nouns its lead repeats with particles glued on ("개방은", "도서관을").
LIBRARY_HEAD = "누리시 도서관 야간 개방 시작"
LIBRARY_PAGE = "\n\n".join(
    [
        LIBRARY_HEAD,
        "누리시는 이달부터 시립 도서관을 밤 10시까지 연다. 야간 개방은 시민 요청에 따라 "
        "정해졌다고 시는 설명했다.",
    ]
)
# A headline over a name line and its registration date, a tool line, two points of a summary
# and a photograph's caption, then the lead.
BICYCLE_HEAD = "누리시, 폐자전거 고쳐 어르신 댁에 선물"
BICYCLE_POINT = "버려진 자전거 300대 수거해 수리한 뒤 경로당 스무 곳에 전달"
BICYCLE_PAGE = "\n".join(
    [
        "기사 메일전송",
        BICYCLE_HEAD,
        "  • 정하늘",
        "  • 등록 2024-05-02 10:15:20",
        "",
        "기사수정",
        f"  • - {BICYCLE_POINT}",
        "  • - 청년 정비공 열 명이 수리 맡아 일자리도 생겨",
        "",
        "▲ 사진=누리시",
        "",
        "누리시는 버려진 자전거 300대를 수거해 수리한 뒤 관내 경로당 스무 곳에 전달했다고 "
        "2일 밝혔다. 수리는 청년 정비공 열 명이 맡았다.",
        "",
        "어르신들은 전달받은 자전거를 장보기와 병원 가는 길에 쓸 수 있다.",
    ]
)
# A press review's headline, its dates, and two points that its story tells at length.
REVIEW_HEAD = "5월 7일(화) 조간 리뷰"
REVIEW_PAGE = "\n\n".join(
    [
        "[아침 경제브리핑] " + REVIEW_HEAD,
        "기사입력 : 2024년05월07일 07:30",
        "최종수정 : 2024년05월07일 09:10",
        '여야, 전세사기 특별법 처리 두고 또 엇갈려\n한빛은행 "청년 적금 금리 0.5%p 올린다"',
        "[서울=누리통신] 오늘 국회의 관심은 전세사기 특별법 처리입니다. 여당은 이번 주 처리를 "
        "말했지만 야당은 수정안을 먼저 내겠다고 밝혔습니다.",
        "한빛은행은 청년 적금 금리를 0.5%포인트 올린다고 밝혔습니다. 청년 적금 가입자는 "
        "이달 말부터 오른 금리를 받습니다.",
    ]
)
# A blog post's headline over its intro, then its numbered sections, each over its paragraph.
MARKETS_HEAD = "새벽 시장 구경 1 - 강변 편"
MARKETS_PAGE = "\n\n".join(
    [
        "by 걷는물고기 May 12. 2024",
        MARKETS_HEAD,
        "이 글에서는 봄 동안 새벽마다 걸어서 찾아간 강변 시장을 소개한다. 큰 도매 시장보다 "
        "작은 골목 시장이 더 이른 시간에 문을 열고, 파는 사람과 사는 사람이 서로 얼굴을 안다.",
        "1. 다리 밑 생선 시장",
        "철교 아래 그늘에 서는 생선 시장은 새벽 네 시에 문을 연다. 배를 가진 상인들이 밤새 "
        "직접 잡은 생선을 얼음 위에 늘어놓고, 해가 뜨기 전에 거의 다 판다.",
        "2. 버스 정류장 옆 채소 시장",
        "첫차가 서는 정류장 바로 옆 공터의 채소 시장에서는 근처 농부들이 직접 키운 채소만 "
        "판다. 손님 대부분이 첫차를 기다리는 사람들이라 해가 뜨면 문을 닫는다.",
    ]
)
# A mobile page's headline over its reporter, modified and registered times, then one deck that
# says more of its story (it shares "공원") and echoes the lead more than the headline does.
PARK_HEAD = "강변 공원 밤 산책길에 조명 켠다"
PARK_DECK = "누리시, 다음 달까지 공원 산책로 2㎞에 가로등 120개 설치"
PARK_PAGE = "\n".join(
    [
        PARK_HEAD,
        "",
        "한바다 기자",
        "수정 2023-09-14 18:20",
        "입력 2023-09-14 18:05",
        PARK_DECK,
        "누리시는 다음 달까지 강변 공원 산책로 2㎞ 구간에 가로등 120개를 설치한다고 14일 "
        "밝혔다. 설치가 끝나면 산책로는 밤 11시까지 밝게 유지된다.",
        "시는 지난해 주민 설문에서 밤 산책로가 어둡다는 의견이 가장 많았다고 설명했다.",
    ]
)


def _candidates(page: str) -> list[Candidate]:
    lines, machinery, skip, dated = headline_inputs(clean_text(page))
    return weigh_candidates(lines, machinery, skip, dated)


def _signals(page: str, text: str) -> dict[str, float]:
    """The signals of the candidate whose headline is ``text``."""
    return next(c.signals for c in _candidates(page) if c.text == text)


def test_a_noun_with_a_particle_of_one_syllable_is_the_noun() -> None:
    assert echo_words("개방은 주민에 도서관을") == {"개방", "주민", "도서관"}
    # a noun of three syllables ending in no particle keeps them
    assert echo_words("대통령 도서관") == {"대통령", "도서관"}


def test_the_lead_echoes_a_korean_headline_through_its_particles() -> None:
    words = echo_words(LIBRARY_HEAD)
    assert _signals(LIBRARY_PAGE, LIBRARY_HEAD)["echo"] == pytest.approx(4 / (len(words) + 2))


def test_points_below_a_name_line_a_date_and_a_tool_line_are_decks() -> None:
    assert _signals(BICYCLE_PAGE, BICYCLE_POINT)["deck"] == 1.0
    assert normalize_document(BICYCLE_PAGE)["title"] == BICYCLE_HEAD


def test_a_summarys_point_echoes_no_more_than_its_headline() -> None:
    head = _signals(REVIEW_PAGE, REVIEW_HEAD)
    point = _signals(REVIEW_PAGE, '한빛은행 "청년 적금 금리 0.5%p 올린다"')
    assert point["deck"] == 1.0
    assert point["echo"] <= head["echo"]
    assert normalize_document(REVIEW_PAGE)["title"] == REVIEW_HEAD


def test_one_line_under_the_dateline_sharing_a_word_with_the_headline_is_its_deck() -> None:
    assert _signals(PARK_PAGE, PARK_DECK)["deck"] == 1.0
    assert normalize_document(PARK_PAGE)["title"] == PARK_HEAD


def test_numbered_sections_under_an_articles_headline_are_no_digest() -> None:
    assert _signals(MARKETS_PAGE, MARKETS_HEAD)["feed_item"] == 0.0
    assert normalize_document(MARKETS_PAGE)["title"] == MARKETS_HEAD


# A short quoted headline printed twice over its byline, date, counter and share line, then
# its subtitle and the lead.
HARBOUR_HEAD = "“항구의 봄이 돌아온다”"
HARBOUR_DECK = "어촌마을들 봄맞이 행사 준비 한창"
HARBOUR_PAGE = "\n".join(
    [
        HARBOUR_HEAD,
        HARBOUR_HEAD,
        "  • 관리자",
        "  • 승인 2024.03.04 09:20",
        "  • 댓글 0",
        "이 기사를 공유합니다",
        "",
        HARBOUR_DECK,
        "",
        "날이 풀리면서 해안 마을마다 항구의 봄을 알리는 행사 준비에 분주하다.",
        "",
        "누리군 어촌계는 이달 말 첫 항구 장터를 열고 갓 잡은 생선을 판다.",
        "",
        "한가람 기자",
    ]
)


def test_a_subtitle_below_a_headline_printed_twice_and_its_date_is_its_deck() -> None:
    assert _signals(HARBOUR_PAGE, HARBOUR_DECK)["deck"] == 1.0
    assert normalize_document(HARBOUR_PAGE)["title"] == HARBOUR_HEAD


# A reader's letter: its headline in the writer's words, a subtitle opened by a dash that names
# the story it answers (which the letter's text repeats more), its day and writer, the letter.
LETTER_HEAD = "정류장의 긴 아침, 우리 목소리도 들어주길"
LETTER_DECK = "-87호 3면 ‘통학버스 노선 개편’을 읽고"
LETTER_PAGE = "\n".join(
    [
        LETTER_HEAD,
        "",
        LETTER_DECK,
        "",
        "2023-10-12     오세린",
        "",
        "",
        "지난주 학보 87호 3면에서 통학버스 노선 개편 기사를 읽었다. 노선이 바뀌면 매일 "
        "버스를 타는 학생들이 가장 먼저 불편을 겪는다. 개편안을 정하기 전에 타는 사람들의 "
        "사정을 먼저 살펴 주기를 바란다.",
    ]
)


def test_a_subtitle_opened_by_a_dash_is_its_headline_s_deck() -> None:
    head = _signals(LETTER_PAGE, LETTER_HEAD)
    deck = _signals(LETTER_PAGE, LETTER_DECK[1:])
    assert deck["deck"] == 1.0
    assert deck["echo"] <= head["echo"]
    assert normalize_document(LETTER_PAGE)["title"] == LETTER_HEAD
    # with no dash the line is no deck: it keeps the lead's words and reads as the story's head
    undashed = LETTER_PAGE.replace(LETTER_DECK, LETTER_DECK[1:])
    assert _signals(undashed, LETTER_DECK[1:])["deck"] == 0.0
    assert normalize_document(undashed)["title"] == LETTER_DECK[1:]


# A broadcaster's release scraped without its headline: its two summary points, each opened by
# a dash, then the wire-style lead and the release's paragraphs.
POINTS_PAGE = "\n".join(
    [
        "– 솔내방송 라디오, 올 가을 청취율 지역 1위",
        "– 아침 프로그램 청취자 1년 새 두 배로 늘어",
        "한도윤 기자 = 솔내방송 라디오가 올 가을 지역 청취율 조사에서 1위에 올랐다.",
        "솔내방송은 “아침 프로그램 ‘솔내의 아침’ 청취자가 1년 새 두 배로 늘었다”고 밝혔다. "
        "지역 청취율 조사에서 솔내방송 라디오는 2위 방송사보다 세 배 많은 청취자를 모았다.",
        "방송사는 내년 봄 저녁 프로그램도 새로 편성할 계획이다.",
    ]
)


def test_points_opened_by_dashes_atop_a_page_are_no_headline() -> None:
    """Two lines the page opens with, each opened by a dash, are a summary's points set under a
    headline the page was scraped without: the page has none. The points under a headline
    leave it the page's, and one dashed line alone atop the page stays its headline."""
    assert normalize_document(POINTS_PAGE)["title"] is None
    head = "솔내방송 라디오 가을 청취율 1위"
    assert normalize_document(f"{head}\n{POINTS_PAGE}")["title"] == head
    lines = POINTS_PAGE.split("\n")
    alone = "\n".join([lines[0], *lines[2:]])
    assert normalize_document(alone)["title"] == lines[0][2:]


@pytest.mark.parametrize(
    "page",
    [
        LIBRARY_PAGE,
        BICYCLE_PAGE,
        REVIEW_PAGE,
        MARKETS_PAGE,
        PARK_PAGE,
        HARBOUR_PAGE,
        LETTER_PAGE,
        POINTS_PAGE,
    ],
)
def test_the_core_weighs_these_pages_as_python_does(page: str) -> None:
    assert_same_headline(clean_text(page))
