"""Hard-wrapped text: a piece of a sentence that runs on to the next line is no headline, and a
headline over a lead that happens to run on stays one."""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import given
from hypothesis import strategies as st

from normalize import normalize_document
from normalize.core import compiled
from normalize.wraps import binds_on, opens_in_lower_case, runs_on, script_pieces
from tests.test_core_headline import EXAMPLES, assert_same_headline, cleaned


def test_a_body_only_page_wrapped_at_a_fixed_width_has_no_headline() -> None:
    """An old board keeps a story's print layout: every line is a piece of a sentence."""
    page = "\n".join(
        [
            "섬마을 여객선이 석 달 만에 다시 뜬다. 해운사는 20일부터",
            "매일 두 차례 여객선을 운항한다고 밝혔다.",
            "",
            "선착장 보수 공사가 늦어지면서 주민들은 그동안 작은 어선을",
            "빌려 타고 뭍에 있는 병원과 시장을 오갔다.",
            "",
            "군은 공사비 가운데 일부를 지원하고 다음 달까지 대합실도",
            "새로 꾸밀 계획이다.",
        ]
    )
    assert normalize_document(page)["title"] is None


SCRIPT = [
    "◀앵커▶",
    "섬마을 여객선 운항이",
    "석 달 만에 다시 시작되면서",
    "주민들의 뱃길이 열렸습니다.",
    "◀리포트▶",
    "해운사는 오늘부터",
    "하루 두 차례",
    "여객선을 띄웁니다.",
    "선착장 보수 공사가 늦어지는 동안",
    "주민들은 작은 어선을 빌려 타고",
    "병원과 시장을 오갔습니다.",
    "군은 다음 달까지",
    "대합실도 새로 꾸밀 계획입니다.",
]


def test_a_script_read_in_breath_lines_has_no_headline() -> None:
    """A broadcaster's page prints what its anchor reads, each sentence broken over short
    lines: the first line of a sentence is a piece of it, however short, and the page has no
    headline. A headline set off above the script by a blank line stays one."""
    assert script_pieces(SCRIPT) == {0, 1, 2, 4, 5, 6, 8, 9, 11}
    assert normalize_document("\n".join(SCRIPT))["title"] is None
    assert_same_headline("\n".join(SCRIPT))
    page = "\n".join(["섬마을 여객선 석 달 만에 다시 뜬다", "", *SCRIPT])
    assert normalize_document(page)["title"] == "섬마을 여객선 석 달 만에 다시 뜬다"
    assert_same_headline(page)


def test_a_teaser_wrapped_mid_sentence_under_a_day_number_has_no_headline() -> None:
    """A small site's teaser: the day alone, then the text wrapped where the column ends."""
    page = "\n".join(
        [
            "14",
            "марта в сельском клубе Заречья прошёл вечер, на котором",
            "выступили ансамбль «Рябинка» (руководитель Ольга Карпова) и",
            "гармонисты из соседних деревень. Зал был полон, гости пели",
            "вместе с артистами и долго не отпускали их со сцены, а потом",
            "все вместе пили чай с пирогами, которые испекли хозяйки клуба.",
            "...",
            "Читать дальше »",
        ]
    )
    assert normalize_document(page)["title"] is None


def test_a_headline_over_a_deck_that_runs_on_stays_the_headline() -> None:
    """One line of its width on its page that runs on is no wrapping: a headline and its deck."""
    page = "\n".join(
        [
            "섬마을 여객선 석 달 만에 다시 뜬다",
            "주민들 병원 가는 뱃길 다시 열려.",
            "",
            "뭍으로 가는 배편이 이번 주부터 다시 다닌다. 해운사는 20일부터 매일 두 차례 배를 "
            "띄운다고 밝혔다. 선착장 보수 공사가 늦어지면서 주민들은 그동안 작은 어선을 빌려 "
            "타고 병원과 시장을 오갔다.",
        ]
    )
    assert runs_on(page.split("\n"), 0)
    assert normalize_document(page)["title"] == "섬마을 여객선 석 달 만에 다시 뜬다"


# A heritage site's article: its headline, three decks (the second cut short with an
# ellipsis, the third a finding), the reporter, the dateline, then the story.
_DECKS_PAGE = "\n".join(
    [
        "섬마을 선착장 옛 방파제 보수 공사 시작",
        "해양수산청, 내년 봄까지 여객선 접안 시설도 손본다",
        "주민 설명회 60여 명 참석...",
        "태풍에 깨진 방파제 끝부분부터 복구",
        "김하늘 기자",
        "2023.06.20 14:37",
        "섬마을 선착장의 낡은 방파제를 고치는 보수 공사가 이번 주 시작됐다.",
        "해양수산청은 지난 17일 주민 설명회를 열고 공사 일정을 알렸다.",
    ]
)


def test_a_headline_over_decks_cut_short_with_an_ellipsis_stays_the_headline() -> None:
    """Hangul has no case to say a sentence runs on below a line, and an ellipsis cutting a
    deck short closes none: the headline and its first deck are no pieces of wrapped text."""
    lines = _DECKS_PAGE.split("\n")
    assert not runs_on(lines, 0)
    assert not runs_on(lines, 1)
    assert normalize_document(_DECKS_PAGE)["title"] == "섬마을 선착장 옛 방파제 보수 공사 시작"


def test_a_wrapped_line_runs_on_into_a_sentence_that_closes_below() -> None:
    lines = ["The council voted on Monday to keep the island", "ferry running for a year."]
    assert runs_on(lines, 0)


@pytest.mark.parametrize(
    "lines",
    [
        # the line closes its own sentence
        ["The council voted on Monday to keep it.", "the ferry runs for a year."],
        # the next line opens with a capital: a new sentence, a lead under its headline
        ["Council votes to keep the island ferry", "The council voted on Monday to keep it."],
        # the next line opens a list's item
        ["What the council decided on Monday for", "- the ferry runs for a year."],
        # no sentence closes before a blank line: a headline split in two
        ["Council votes to keep the island ferry", "running for another year", ""],
        # too short for a wrapping's width: a label
        ["Ferry news", "and more."],
        # the line below is far wider than a line wrapped at this width
        ["Council votes to keep the ferry", "a" * 60 + "."],
    ],
)
def test_a_line_that_does_not_run_on_is_no_piece(lines: list[str]) -> None:
    assert not runs_on(lines, 0)


# A regional agency's page: a short headline, its dateline, then a deck split over two lines,
# the second opening in lower case where the first broke off.
_SPLIT_DECK_PAGE = "\n".join(
    [
        "Чьи теперь переправы",
        "Заречный район, (09:15) 3 марта 2006 г.",
        "Небольшие судоходные артели",
        "края остаются без паромов и капитанов. Кто повезёт людей весной?",
        "Старые паромы списывают один за другим, капитанов не хватает, а новых паромов не "
        "строят уже десять лет. Перевозчики говорят, что людей весной везти будет не на чем, и "
        "жителям правобережных сёл придётся ездить в райцентр в объезд через мост.",
        "Глава района Павел Сомов считает, что часть паромов можно передать муниципальным "
        "предприятиям, если край поможет с ремонтом причалов.",
    ]
)


def test_the_rest_of_a_deck_split_over_two_lines_is_no_headline() -> None:
    """The deck's second line echoes the story best, but it opens in lower case: a piece."""
    assert normalize_document(_SPLIT_DECK_PAGE)["title"] == "Чьи теперь переправы"


@pytest.mark.parametrize(
    ("text", "line"),
    [
        # the rest of a line split above it
        ("края остаются без паромов", "края остаются без паромов"),
        # a clip archive's programme line, the network's short name in lower case first
        ("tv Harbour Evening News at 6", "tv Harbour Evening News at 6"),
        # what a cut left after a date: the year's mark
        ("г. - Паромы вернутся на Вятлугу", "03.03.2006 г. - Паромы вернутся на Вятлугу"),
    ],
)
def test_a_candidate_opening_with_a_small_letter_word_is_a_piece(text: str, line: str) -> None:
    assert opens_in_lower_case(text, line)


@pytest.mark.parametrize(
    ("text", "line"),
    [
        # after a column's label and a colon, the words keep the label's sentence case
        ("паромы на Вятлуге и лёд у моста", "Видео недели: паромы на Вятлуге и лёд у моста"),
        # a brand's name has a capital in it, or a letter of no case
        ("iPad lessons start at the island school", "iPad lessons start at the island school"),
        ("e스포츠 대회 섬마을서 열려", "e스포츠 대회 섬마을서 열려"),
        ("Ferry fares rise on island routes", "Ferry fares rise on island routes"),
        ("섬마을 여객선 다시 뜬다", "섬마을 여객선 다시 뜬다"),
    ],
)
def test_a_candidate_opening_otherwise_is_no_piece(text: str, line: str) -> None:
    assert not opens_in_lower_case(text, line)


@pytest.mark.skipif(compiled() is None, reason="the compiled core is not built")
@pytest.mark.parametrize(
    "page",
    [
        _SPLIT_DECK_PAGE,
        "Видео недели: паромы на Вятлуге\n\nЛёд у моста тронулся на неделю раньше, чем обычно.",
        "03.03.2006 г. - Паромы вернутся на Вятлугу\nПаромы вернутся на Вятлугу\n"
        "Перевозчики обещают, что паромы вернутся на реку к маю.",
        "tv Harbour Evening News at 6\nthe ferry left the pier at six and the crew waved.",
        _DECKS_PAGE,
    ],
)
def test_the_core_reads_small_letter_openings_alike(page: str) -> None:
    assert_same_headline(cleaned(page))


_WORDS = st.sampled_from(
    ["ferry", "Council", "island", "паром", "Совет", "в", "섬마을", "여객선이", "다시", "(운항)"]
)
_SENTENCES = st.tuples(
    st.lists(_WORDS, min_size=3, max_size=12),
    st.sampled_from((".", "...", "…", "!", ".?", "?.", "!.")),
).map(lambda sentence: " ".join(sentence[0]) + sentence[1])


@pytest.mark.skipif(compiled() is None, reason="the compiled core is not built")
@EXAMPLES
@given(st.lists(_SENTENCES, min_size=1, max_size=8), st.integers(12, 50), st.booleans())
def test_the_core_finds_the_same_pieces_of_wrapped_text(
    sentences: list[str], width: int, blank: bool
) -> None:
    paragraphs = [textwrap.fill(" ".join(sentences[k : k + 3]), width) for k in range(0, 8, 3)]
    assert_same_headline(cleaned(("\n\n" if blank else "\n").join(p for p in paragraphs if p)))


# A story pasted double-spaced: a blank line after each line of its print layout, its headline
# lost; each line but a sentence's last runs on into the next past the blank line.
DOUBLE_SPACED_STORY = "\n\n".join(
    [
        "The harbour board voted on Tuesday to close the old ferry",
        "terminal at the end of the month and to move the service to",
        "the new pier on the north side of the bay.",
        "Board chair Ines Calloway said the old terminal had become",
        "too costly to repair after two winters of storm damage.",
        "Ferry tickets bought for the old terminal will be honoured",
        "at the new pier until the end of the summer season.",
    ]
)


def test_a_story_pasted_double_spaced_has_no_headline() -> None:
    """Its lines run on past the blank lines into words in small letters; a headline set
    above it stays one."""
    assert normalize_document(DOUBLE_SPACED_STORY)["title"] is None
    page = f"Harbour board to close the old ferry terminal\n\n{DOUBLE_SPACED_STORY}"
    assert normalize_document(page)["title"] == "Harbour board to close the old ferry terminal"


def test_the_core_finds_the_pieces_of_a_story_pasted_double_spaced() -> None:
    assert_same_headline(cleaned(DOUBLE_SPACED_STORY))
    assert_same_headline(
        cleaned(f"Harbour board to close the old ferry terminal\n\n{DOUBLE_SPACED_STORY}")
    )


# A club's match report with no headline: its best players listed one a line, each closed by a
# comma but the last, which carries the list on and is no headline.
LISTED_PLAYERS_REPORT = "\n".join(
    [
        "3 Марта 2011 19:40",
        "Просмотров: 412",
        "Лучшие игроки:",
        "Заречье - Сомова (21 очко),",
        "Берёзовка - Лаптев (14 очков)",
        "Первая партия далась нашим девушкам тяжело, но дальше они играли увереннее и не "
        "отдали сопернику ни одного сета. Следующий матч команда проведёт дома в субботу.",
    ]
)


def test_a_list_s_item_under_a_comma_is_no_headline() -> None:
    assert normalize_document(LISTED_PLAYERS_REPORT)["title"] is None


def test_the_core_weighs_a_list_s_item_under_a_comma_as_python_does() -> None:
    assert_same_headline(cleaned(LISTED_PLAYERS_REPORT))


# A comma closing a line alone opens no list: an outlet's address over its story, a byline
# over its headline.
ADDRESSED_STORY = "\n".join(
    [
        "Kestrel Bay Courier, 4 Quay Street, Kestrel Bay,",
        "Tram line to the old docks wins council vote",
        "The town council voted on Tuesday to build a tram line from the station to the old "
        "docks. Work is due to start next spring.",
    ]
)
BYLINED_STORY = "\n".join(
    [
        "By Mara Holt, Metro Reporter,",
        "Council backs new tram line to the old docks",
        "The town council voted on Tuesday to build a tram line from the station to the old "
        "docks, a plan that has been discussed for more than ten years.",
    ]
)


def test_a_headline_under_a_line_closed_by_a_comma_alone_stays_one() -> None:
    assert normalize_document(ADDRESSED_STORY)["title"] == (
        "Tram line to the old docks wins council vote"
    )
    row = normalize_document(BYLINED_STORY)
    unclosed = normalize_document(BYLINED_STORY.replace("Reporter,", "Reporter"))
    assert row["title"] == "Council backs new tram line to the old docks"
    assert row["title_score"] == unclosed["title_score"]


def test_the_core_weighs_a_headline_under_a_comma_alone_as_python_does() -> None:
    assert_same_headline(cleaned(ADDRESSED_STORY))
    assert_same_headline(cleaned(BYLINED_STORY))


# A county paper's column cut from its print page, its headline lost: the first line stops on a
# particle that binds it to the words below, 들의 ("the residents'"), a sentence split over lines
# wider than the rest; a broadcaster's teaser split on the object's 을 over its verb.
SPLIT_ON_A_PARTICLE_COLUMN = "\n".join(
    [
        "다음 달 군의회 개원을 앞두고 원구성 협상이 길어지면서 지역 주민들의",
        "걱정이 크다. 의장단 자리를 두고 두 교섭단체가 한 달째 맞서고 있기 때문이다. 특히"
        " 예산 심의가 코앞인데도 협상은 제자리다.",
        "저작권자 © 한울군민신문 무단전재 및 재배포 금지",
    ]
)
SPLIT_ON_AN_OBJECT_TEASER = "\n".join(
    [
        "한울군의 인구가 줄고 있지만 읍내는 새 아파트가 들어서며 젊은 가구가 늘고 있습니다."
        " 그 현장을",
        "직접 찾아가 봤습니다.",
        "Copyright © 한울방송. All rights reserved.",
    ]
)
# Words closing with the same syllables that are no particles: a village (을 after an open
# syllable) over its lead.
VILLAGE_HEADLINE_STORY = "\n".join(
    [
        "물안개 피는 강변 마을",
        "한울군 강변 마을에 새벽마다 물안개가 피어 사진가들이 몰리고 있다. 주민들은 주차장을"
        " 넓혀 달라고 군에 요청했다.",
    ]
)

# A headline closing on its wish, an object whose verb is left out ("희망을", 을 after a closed
# syllable), right over its lead: no sentence stops before it, so it is no paragraph's piece.
OBJECT_WISH_HEADLINE_STORY = "\n".join(
    [
        "귀농 청년들에게 다시 희망을",
        "한울군이 귀농 청년 정착 지원금을 내년부터 두 배로 늘린다. 군은 다음 달 조례를 고쳐"
        " 신청을 받는다고 밝혔다.",
        "저작권자 © 한울군민신문 무단전재 및 재배포 금지",
    ]
)


# A club's photo board: its name, then its description wrapped in two, the first line ending in
# a verb's modifying ending (있는) whose noun opens the second; the post's poster and day, then
# one long paragraph. The page prints no headline.
MODIFIER_SPLIT_BOARD_POST = "\n".join(
    [
        "회원사진",
        "주말마다 산과 들을 함께 걷고 있는",
        "솔바람 산악회 회원들의 사진을 모아 둡니다.",
        "- 박도윤",
        "- |",
        "- 2024.10.13",
        "지난 토요일 새벽에 출발해 능선을 따라 세 시간쯤 걸었습니다. 단풍은 아직 이르지만 바람이"
        " 선선해서 걷기 좋았고, 정상에서 먹은 김밥이 유난히 맛있었습니다. 다음 달에는 계곡 길로"
        " 가 보자는 의견이 많았으니 일정이 정해지면 다시 알리겠습니다.",
    ]
)
# The same page with a headline over the poster instead: a line whose modifier closes on its
# noun ("함께 걷는 가을 능선") stays the headline.
MODIFIER_CLOSED_HEADLINE_POST = MODIFIER_SPLIT_BOARD_POST.replace(
    "주말마다 산과 들을 함께 걷고 있는\n솔바람 산악회 회원들의 사진을 모아 둡니다.",
    "회원들과 함께 걷는 가을 능선 세 시간",
)


def test_a_line_split_on_a_verbs_modifying_ending_is_no_headline() -> None:
    """A line whose last word is a verb's modifying ending (있는, 없는, 하는, 되는) over a line
    going on in Hangul is a piece of a sentence, whose noun the line below holds: a board's
    description wrapped in two is no headline, and the page has none."""
    assert normalize_document(MODIFIER_SPLIT_BOARD_POST)["title"] is None
    assert normalize_document(MODIFIER_CLOSED_HEADLINE_POST)["title"] == (
        "회원들과 함께 걷는 가을 능선 세 시간"
    )
    assert binds_on(["도서관에서 책을 읽어 주는 봉사를 하는", "주민들을 만났다."], 0)
    assert not binds_on(["봉사를 하는", "", "주민들을 만났다."], 0)


def test_a_line_split_on_a_korean_particle_is_no_headline() -> None:
    """A line whose last word ends in a particle that binds it to a word after it (들의, the
    object's 을 after a closed syllable, 를 after an open one), over a line that goes on in
    Hangul, is a piece of a sentence: the page has no headline. A word ending in the same
    syllable that is none (마을) leaves the headline over its lead."""
    assert normalize_document(SPLIT_ON_A_PARTICLE_COLUMN)["title"] is None
    assert normalize_document(SPLIT_ON_AN_OBJECT_TEASER)["title"] is None
    assert normalize_document(VILLAGE_HEADLINE_STORY)["title"] == "물안개 피는 강변 마을"
    assert binds_on(["새 길을 내는 사람들의", "이야기를 들었다."], 0)
    assert not binds_on(["새 길을 내는 사람들의", "", "이야기를 들었다."], 0)
    assert not binds_on(["새 길을 내는 사람들의", "- 이야기를 들었다."], 0)


def test_a_headline_closing_on_an_object_stays_one() -> None:
    """A headline may close on an object, its verb left out ("… 다시 희망을"): over its lead,
    with no sentence stopped before that word, it is the headline, no piece of a paragraph; a
    paragraph's line stops a sentence before its last words."""
    assert normalize_document(OBJECT_WISH_HEADLINE_STORY)["title"] == "귀농 청년들에게 다시 희망을"
    assert not binds_on(["귀농 청년들에게 다시 희망을", "한울군이 지원금을 늘린다."], 0)
    assert binds_on(["젊은 가구가 늘고 있습니다. 그 현장을", "찾아가 봤습니다."], 0)


def test_the_core_weighs_a_line_split_on_a_korean_particle_as_python_does() -> None:
    for page in (
        SPLIT_ON_A_PARTICLE_COLUMN,
        SPLIT_ON_AN_OBJECT_TEASER,
        VILLAGE_HEADLINE_STORY,
        OBJECT_WISH_HEADLINE_STORY,
        MODIFIER_SPLIT_BOARD_POST,
        MODIFIER_CLOSED_HEADLINE_POST,
    ):
        assert_same_headline(cleaned(page))


# A local channel's news script: every sentence its own block, broken over short breath lines,
# no headline over it.
SCRIPT_BLOCKS_PAGE = "\n".join(
    [
        "주메뉴 바로가기 본문 바로가기",
        "본문시작",
        "",
        "[한빛방송 박서윤기자]",
        "",
        "[기사내용]",
        "주차장 확장 문제로",
        "갈등을 겪고 있는 서림구청이",
        "주민설명회 개최를 비롯해",
        "올해 첫 공영주차장 공사를",
        "다음 달로 미뤘습니다.",
        "",
        "서림구청은",
        "지난 3일부터 열흘간의 일정으로",
        "진행된 의견수렴 기간에",
        "주민간 찬반이 엇갈리며,",
        "설계안 확정을 끝내 하지 못했습니다.",
        "",
        "이에 따라 시장 옆 공영주차장과",
        "하천변 산책로 정비사업 등",
        "12억 4천여만 원의",
        "공사 계획을 담은 사업안은",
        "다음 달 열리는 구정 회의로",
        "넘어가게 됐습니다.",
        "",
        "<촬영편집: 문태오>",
        "",
        "구매하기",
        "창닫기",
        "영상선택",
        "창닫기",
        "페이지 맨 위로 이동",
    ]
)


def test_a_script_whose_every_sentence_is_its_own_block_has_no_headline() -> None:
    """Three blocks or more that are each one sentence broken over short lines are a script's
    breath lines: their pieces are no headline, and the page has none."""
    assert normalize_document(SCRIPT_BLOCKS_PAGE)["title"] is None
    assert_same_headline(SCRIPT_BLOCKS_PAGE)


def test_a_headline_over_a_script_of_one_sentence_blocks_stays() -> None:
    """A headline on a line of its own over such a script is no piece of its sentences."""
    head = "서림구 공영주차장 공사 다음 달로 연기"
    page = SCRIPT_BLOCKS_PAGE.replace("[기사내용]", head + "\n")
    assert normalize_document(page)["title"] == head
    assert_same_headline(page)


def test_two_one_sentence_blocks_are_no_script() -> None:
    """Two blocks of one broken sentence each are too few to tell a script."""
    lines = SCRIPT_BLOCKS_PAGE.split("\n")
    cut = lines.index("이에 따라 시장 옆 공영주차장과")
    assert not script_pieces(lines[:cut])
    assert {5, 6, 7, 8, 9, 12, 13} <= script_pieces(lines)
