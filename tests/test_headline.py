"""The headline chooser: each signal on a realistic page, abstention, and bad input."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from normalize import normalize_document, titles
from normalize.alt_titles import AltTitle
from normalize.boilerplate import line_kind
from normalize.figures import is_figure_line
from normalize.glued_labels import without_glued_label, without_site_tail
from normalize.headline import extract_headline, weigh_candidates
from normalize.heads import Candidate
from normalize.labelled_items import labelled_items
from normalize.labels import is_widget_text
from normalize.options import Options
from normalize.running_text import reads_as_sentence, runs_words_together
from normalize.trims import (
    without_bracketed_date,
    without_glued_crumbs,
    without_outlet_crumb,
)
from tests.test_core_headline import assert_same_headline, headline_inputs

LEAD = (
    "The two governments said on Monday that talks between Seoul and Tokyo would resume in "
    "July after a pause of more than five years."
)


def _choose(lines: list[str], dated: frozenset[int] = frozenset(), **kinds: str) -> str | None:
    machinery = {int(index.removeprefix("line")): kind for index, kind in kinds.items()}
    return extract_headline(lines, machinery, set(), dated).title


def test_the_lead_echoes_the_headline_not_the_menu_label() -> None:
    lines = [
        "Subscribe to our morning briefing",
        "",
        "Seoul and Tokyo agree to resume talks",
        "",
        LEAD,
    ]
    assert _choose(lines) == "Seoul and Tokyo agree to resume talks"


def test_the_headline_sits_next_to_its_dateline() -> None:
    lines = [
        "Back to the programme's main page",
        "Evening Bulletin",
        "Seoul and Tokyo agree to resume talks",
        "Aired June 3, 2024 - 18:00 ET",
        LEAD,
    ]
    assert _choose(lines, dated=frozenset({3})) == "Seoul and Tokyo agree to resume talks"


def test_a_headline_glued_to_a_breadcrumb_gives_way_to_its_clean_copy() -> None:
    lines = [
        "Start Asia Asia — Japan Seoul and Tokyo agree to resume talks",
        "Seoul and Tokyo agree to resume talks",
        LEAD,
    ]
    assert _choose(lines) == "Seoul and Tokyo agree to resume talks"


def test_a_breadcrumb_glued_on_with_no_space_gives_way_to_the_clean_copy() -> None:
    """An AMP page runs its menu trail into the headline with no space between them; the
    headline follows alone on the next line: the copy with the trail is machinery."""
    lines = [
        "HomeWorldAsiaSeoul and Tokyo agree to resume talks",
        "",
        "Seoul and Tokyo agree to resume talks",
        "",
        LEAD,
    ]
    assert _signals(lines, lines[0])["glued"] == 1.0
    assert _signals(lines, lines[2])["restates_above"] == 0.0
    assert _choose(lines) == "Seoul and Tokyo agree to resume talks"


BOARD_TRAIL_PAGE = "\n".join(
    [
        "수필:이웃과 함께 걷는 편지",
        "",
        "HOME > 나눔마당 > 수필:이웃과 함께 걷는 편지",
        "",
        "도서관 앞 은행나무",
        "",
        "webmaster 2019.05.12 09:40 Views : 41",
        "",
        "도서관 앞 은행나무는 도서관이 문을 열기 전부터 그 자리에 서 있었습니다. 건물을 지을 때"
        " 나무를 옮기자는 의견도 있었지만, 주민들이 모여 나무를 지켜 달라고 부탁했다고 합니다.",
        "",
        "올봄에도 은행나무 아래 긴 의자에는 책을 펼친 아이들과 어르신들이 나란히 앉아 있습니다.",
    ]
)


def test_a_boards_name_over_its_trail_is_no_headline_by_the_trails_echo() -> None:
    """A board's page prints the board's name, then the trail that closes with it, then the
    post's title over its byline: the trail is the name's copy, not a lead echoing it."""
    assert normalize_document(BOARD_TRAIL_PAGE)["title"] == "도서관 앞 은행나무"
    assert_same_headline(BOARD_TRAIL_PAGE)


NOUN_HEAD = "시의회 마을 버스 노선 개편안 보류 논란"
# a town office's board: the town's slogan twice around its pledge, the board's rules, then a
# post whose title is a run of nouns (as a menu's labels are) above the writer's cell and a lead
# repeating it
NOUN_HEAD_PAGE = "\n".join(
    [
        "들내시",
        "",
        "이웃과 함께 여는 들내, 활기 넘치는 시민",
        "",
        "시민과 함께 활기 넘치는 들내를 열겠습니다.",
        "",
        "이웃과 함께 여는 들내, 활기 넘치는 시민",
        "",
        "• 광고성 글은 예고 없이 지워질 수 있습니다",
        "• 같은 내용을 되풀이한 글",
        "• 남을 헐뜯는 글",
        "",
        "이 게시판의 글은 민원으로 처리되지 않으므로 답변하지 않습니다.",
        "",
        f"{NOUN_HEAD}-들내소식",
        "",
        "작성자 박*연 작성일 2012.03.08 조회수 412",
        "",
        "들내시의회가 마을 버스 노선 개편안 심사를 다음 회기로 미루면서 보류 결정을 두고 논란이"
        " 일고 있다. 시의회는 노선 개편안이 외곽 마을 주민의 의견을 충분히 듣지 않았다고 밝혔다.",
        "",
        "외곽 마을 주민들은 개편안이 보류되면서 첫차 시간을 앞당기는 일도 늦어지게 됐다고 말했다.",
    ]
)


def test_a_run_of_nouns_its_lead_repeats_is_a_headline_not_a_menu() -> None:
    """A Korean headline of nouns of two or three syllables reads as a toolbar's labels; the
    lead right below repeats its words, which no menu's labels are."""
    assert normalize_document(NOUN_HEAD_PAGE)["title"] == NOUN_HEAD
    assert_same_headline(NOUN_HEAD_PAGE)


def test_only_a_korean_run_of_labels_its_text_repeats_is_let_off_as_a_headline() -> None:
    """A Russian menu's capitalised labels stay a menu however much of them a tag line or a
    lead around them repeats; a run of Hangul nouns stays one while little of it is repeated."""
    menu = "Главная Новости Спорт Культура Погода Афиша Работа Контакты"
    assert is_widget_text(menu, menu, 0.6)
    assert not is_widget_text(NOUN_HEAD, NOUN_HEAD, 0.6)
    assert is_widget_text(NOUN_HEAD, NOUN_HEAD, 0.2)


def test_a_credit_with_an_equals_sign_is_no_headline() -> None:
    """A photo's credit names its source with "=" ("(Photo=Agency)", "Photos = Name"); a page
    that starts with one and then its article has no headline."""
    lines = [
        "(Photo=Hanbit Records official account)",
        "Boy band Skyline will return in September with a new mini album, its agency said.",
        "All seven members will take part, including one who rested last year for his health.",
    ]
    assert _signals(lines, lines[0])["caption"] == 1.0
    assert _choose(lines) is None
    spaced = ["Photos = Ana Ruiz", "", LEAD]
    assert _signals(spaced, spaced[0])["caption"] == 1.0


def test_a_headline_with_a_count_glued_on_gives_way_to_its_clean_copy() -> None:
    """A photo's number or a comment count glued after the headline's copy is machinery."""
    lines = [
        "Seoul and Tokyo agree to resume talks 1",
        "",
        "Seoul and Tokyo agree to resume talks",
        "",
        LEAD,
    ]
    assert _signals(lines, lines[0])["glued"] == 1.0
    assert _signals(lines, lines[2])["restates_above"] == 0.0
    assert _choose(lines) == "Seoul and Tokyo agree to resume talks"


def test_a_headline_with_a_word_glued_on_gives_way_to_its_clean_copy() -> None:
    """A blog prints its post title once with the "Body" label of its skip link glued after
    it, then again alone under its category: the word glued on is the skin's label, cut off
    (``without_echoed_head_tail``), and the clean copy is the headline."""
    lines = [
        "Notes from the workshop",
        "Building a calendar view in React, part two Body",
        "Frontend",
        "Building a calendar view in React, part two",
        "jinwoo_dev 2023. 4. 2. 21:14",
        "This time the calendar view gets its month grid and the form that adds a spending "
        "entry to a day.",
    ]
    found = weigh_candidates(lines, {}, set(), set())
    assert [candidate.text for candidate in found if candidate.line == 1] == [lines[3]]
    assert _choose(lines, dated=frozenset({4})) == lines[3]


def test_a_weather_reading_is_a_widget_not_a_headline() -> None:
    """A district paper opens with its today widget: the date, then the sky and the
    temperature. That short reading is no headline; the story's head further down is."""
    lines = [
        "Пятница, 14 июня 2024, 09:10",
        "Облачно 12°",
        "Опрос",
        "Какой праздник вы отмечаете всей семьёй? Голосуйте на сайте до конца недели.",
        "Жители трёх деревень обсудили ремонт дороги с главой района",
        "Жители трёх деревень встретились в среду с главой района и обсудили ремонт дороги "
        "к школе, которую размыло весной.",
    ]
    assert _signals(lines, lines[1])["machinery"] == 1.0
    assert _choose(lines, dated=frozenset({0})) == lines[4]


def test_a_weather_widgets_now_heading_is_a_widget_not_a_headline() -> None:
    """A city portal opens with its weather widget: "now" over the temperature, then "now in
    <town>" over it again, the readings printed with a ring for the degree sign. The heading
    states a time ("now") beside a reading: the widget's, however much its town's name echoes
    in the story below."""
    lines = [
        "Сейчас",
        "",
        "−4˚C",
        "",
        "Сейчас в Заречье",
        "",
        "−4˚C",
        "",
        "Облачно, Небольшой снег",
        "",
        "Подробнее",
        "",
        "На улице Садовой в Заречье вторую неделю не вывозят снег",
        "",
        "Жители улицы Садовой в Заречье вторую неделю пробираются к домам по колено в снегу: "
        "техника, по их словам, здесь так и не появилась.",
    ]
    found = weigh_candidates(lines, {}, set(), {0, 4})
    heading = next(candidate for candidate in found if candidate.line == 4)
    assert heading.signals["machinery"] == 1.0
    assert _choose(lines, dated=frozenset({0, 4})) == lines[12]


def test_a_caption_is_no_headline() -> None:
    lines = [
        "Officials of both countries meet in Seoul on Monday. (Photo: Hanbit News)",
        "Seoul and Tokyo agree to resume talks",
        LEAD,
    ]
    assert _choose(lines) == "Seoul and Tokyo agree to resume talks"


# a district's notice whose photograph's caption, closed by its giver's credit after a slash,
# stands where the headline was lost
SLASHED_GIVER_PAGE = """가을 음악회 안내 포스터 / 솔내시 제공
솔내시가 한빛문화재단이 주관하는 ‘2026년 마을 음악회 지원사업’에 선정됐다.
선정된 마을은 공연 강사비와 악기 대여비를 지원받는다.
솔내시립도서관은 9월부터 11월까지 매달 셋째 주 토요일에 음악회를 연다.
자세한 사항은 솔내시립도서관으로 문의하면 된다.
"""


# A blog's post with no title: its date alone, then a paragraph whose first sentence quotes
# and goes on after the closing quote with its quotative ending ("”고 합의했다")
QUOTED_SENTENCE_PAGE = "\n".join(
    [
        "2026.04.09",
        "",
        "",
        "솔내군의회 의장단은 9일 군청 대회의실에서 첫 간담회를 열고 “장터 예산 심의를 이번 달 "
        "안에 끝내자”고 합의했다. 간담회에는 상임위원장들도 함께했다. 의장단은 주차장 확충 "
        "문제는 상임위원회에서 따로 다루기로 했다.",
        "",
        "의장단은 “주민이 기다리는 예산이 늦어지는 일은 없어야 한다”며 집행부의 협조를 당부했다.",
    ]
)


def test_a_quotation_going_on_with_its_quotative_ending_is_no_headline() -> None:
    """The words up to a closing quote the sentence goes on after ("”고 합의했다") are the
    paragraph's, not a headline with its deck glued on: the page has no headline."""
    assert normalize_document(QUOTED_SENTENCE_PAGE)["title"] is None
    assert_same_headline(QUOTED_SENTENCE_PAGE)


# a students' blog post whose title closes with a full stop, cited by the comment box's label
CITED_TITLE_PAGE = "\n".join(
    [
        "Joining the harbour choir – a few words first.",
        "",
        "Thinking of joining the harbour choir but not sure what a season asks of you? Read on.",
        "",
        "Who sings?",
        "",
        "Anyone who lives on the island may sing with us, and no audition is held before the "
        "first rehearsal of the season.",
        "",
        "When do we meet?",
        "",
        "We meet on Thursday evenings in the old net loft by the north pier.",
        "",
        "{foot}",
        "",
        "Leave a comment:",
    ]
)
CITING_LABELS = (
    'No Comments on "Joining the harbour choir – a few words first."',
    "2 thoughts on “Joining the harbour choir – a few words first.”",
)
# a paragraph quoting the same words says more around them: no label citing a title
QUOTING_PARAGRAPH = (
    'Our director wrote in the spring newsletter: "Joining the harbour choir – a few words '
    'first." Nobody minded the stop.'
)
# an image's attribute quoting them: no label's citation
QUOTING_ATTRIBUTE = '<img alt="Joining the harbour choir – a few words first.">'


@pytest.mark.parametrize(
    ("foot", "cited"),
    [
        *((label, True) for label in CITING_LABELS),
        (QUOTING_PARAGRAPH, False),
        (QUOTING_ATTRIBUTE, False),
    ],
)
def test_a_title_cited_by_a_label_below_is_a_headline_however_it_closes(
    foot: str, cited: bool
) -> None:
    """A label's line below the post citing its first line whole in quotation marks names that
    line as the title, its full stop no sentence's; a paragraph or an attribute quoting it does
    not, and the line stays a sentence."""
    page = CITED_TITLE_PAGE.format(foot=foot)
    title = "Joining the harbour choir – a few words first."
    assert (normalize_document(page)["title"] == title) is cited
    assert_same_headline(page)


# a club's results archive: contact lines, an archive label, a date split into bullets, the
# month's heading closed by two dots over the day's results
TWO_DOT_HEADING_PAGE = "\n".join(
    [
        "info@harbourgigs.example",
        "",
        "01632 960417",
        "",
        "Harbour Gig Club, Boathouse Lane, Corran, CR4 2BX",
        "Tue - Thu: 18.00 - 21.00, Sat: 08.00 - 12.00, Sun: Closed",
        "",
        "Crew places are limited. Ask about rowing with us",
        "",
        "Gig Notes ARCHIVE MAY Category - Results",
        "",
        "    • 18",
        "    • th",
        "    • May",
        "",
        "{head}",
        "",
        "SATURDAY MAY 18TH",
        "",
        "CORRAN REGATTA RESULTS",
        "",
        "Bright Wake led from the first buoy in the ladies' gig race and was never caught, though "
        "Seal Rock closed the gap to a length on the last leg home in the best racing of May.",
        "",
        "Old Tom won the veterans' gig race by two lengths in a heavy swell off the point, the "
        "slowest of the day's results.",
    ]
)


@pytest.mark.parametrize(
    ("head", "chosen"),
    [
        ("Gig Racing Results for May 2019..", True),
        ("Gig racing results came in late this year..", False),
        ("Gig Racing Results for May 2019.", False),
    ],
)
def test_a_capitalised_heading_trailing_off_in_two_dots_is_no_sentence(
    head: str, chosen: bool
) -> None:
    """Two dots close a capitalised heading as an ellipsis does, no sentence's stop: the
    month's heading is the page's headline; a sentence in small letters so closed, or the
    heading closed by a full stop, stays a sentence and another line is taken."""
    page = TWO_DOT_HEADING_PAGE.format(head=head)
    assert (normalize_document(page)["title"] == head) is chosen
    assert_same_headline(page)


# A wire story whose headline was lost: its deck stands right above the lead that opens with
# the wire's place, agency and byline, and neither that lead nor the next paragraph repeats it
WIRE_LEAD_UNDER_A_DECK = "\n".join(
    [
        "주민 800여 명 함께한 가을 한마당",
        "(솔내=누리통신) 한도윤 기자 = 솔내군이 지난 12일 군민체육공원에서 제18회 군민 화합 "
        "축제를 열었다고 14일 밝혔다.",
        "축제에는 12개 읍면 주민들이 참가해 씨름과 줄다리기, 노래자랑을 즐겼다.",
        "군은 올해 처음으로 읍면별 먹거리 장터도 운영했다.",
        '한 군수는 "읍면이 하나 되는 자리를 해마다 이어 가겠다"고 말했다.',
        "doyun@nurinews.example",
    ]
)


def test_a_line_the_wire_s_lead_does_not_repeat_is_no_headline() -> None:
    """A line right above a wire's lead ("(솔내=누리통신) 한도윤 기자 = …") that neither the lead
    nor the next paragraph repeats is a deck or another story's head: the page has no
    headline; the story's own head, which its lead repeats, stays."""
    assert normalize_document(WIRE_LEAD_UNDER_A_DECK)["title"] is None
    headed = WIRE_LEAD_UNDER_A_DECK.replace(
        "주민 800여 명 함께한 가을 한마당", "솔내군, 군민 화합 축제 열어"
    )
    assert normalize_document(headed)["title"] == "솔내군, 군민 화합 축제 열어"
    for page in (WIRE_LEAD_UNDER_A_DECK, headed):
        assert_same_headline(page)


def test_a_caption_closed_by_its_givers_credit_after_a_slash_is_no_headline() -> None:
    """A caption closed by "/ <giver> 제공" credits its photograph as "<sentence>. <giver> 제공"
    does: the page has no headline."""
    assert normalize_document(SLASHED_GIVER_PAGE)["title"] is None
    assert_same_headline(SLASHED_GIVER_PAGE)


# a fan board's copy of a wire story: the headline, the board's labels, the reporter's name, a
# portrait's caption printed twice (its alt text and its caption) above its giver's credit
DOUBLED_CAPTION_PAGE = """가수 윤채아, 다음 달 정규 2집 '바다정류장' 발매…4년 만

    작성자 정보

    • 소식봇 작성
    • 작성일

    본문

    하지훈기자
    가수 겸 배우 윤채아
    가수 겸 배우 윤채아

    [해랑뮤직 제공. 재판매 및 DB 금지]

    (서울=한빛통신) 하지훈 기자 = 가수 겸 배우 윤채아가 4년 만에 정규 앨범을 들고 돌아온다.

    소속사 해랑뮤직은 윤채아가 다음 달 3일 오후 6시 정규 2집 '바다정류장'을 발매한다고 10일 밝혔다.
"""


def test_a_caption_printed_twice_above_its_credit_under_the_headline_is_no_headline() -> None:
    """A photograph's caption printed twice, one copy under the other, above its credit is the
    caption of the photograph under the headline, however much the lead repeats it; with no
    headline above it, the line printed twice is the headline, used as the photograph's caption."""
    assert normalize_document(DOUBLED_CAPTION_PAGE)["title"] == (
        "가수 윤채아, 다음 달 정규 2집 '바다정류장' 발매…4년 만"
    )
    assert_same_headline(DOUBLED_CAPTION_PAGE)
    alone = DOUBLED_CAPTION_PAGE.split("하지훈기자", 1)[1]
    assert normalize_document(alone)["title"] == "가수 겸 배우 윤채아"
    assert_same_headline(alone)


# a stock board's post: the board's labels, the post's title field with the body field's label
# glued after the title, the post, its vote counts
BOARD_FIELDS_PAGE = """종목게시판 분류
게시판버튼
게시글 제목
장 마감 전에 왜 이렇게 빠졌을까요?게시글 내용
오후 두 시쯤부터 갑자기 매도 물량이 쏟아지더라고요
뉴스 나온 것도 없는데 말이죠
다들 어떻게 보시나요
게시글 찬성/반대
- 2추천
- 0반대
"""


def test_a_field_label_glued_after_a_title_field_is_cut_off() -> None:
    """A board's form prints the title field's label ("게시글 제목") above the title; the next
    field's label ("게시글 내용"), glued after the title with no space, is no part of it."""
    assert normalize_document(BOARD_FIELDS_PAGE)["title"] == "장 마감 전에 왜 이렇게 빠졌을까요?"
    assert_same_headline(BOARD_FIELDS_PAGE)


# a theatre magazine's keyword page: a menu of bulleted sections, the loanword label for the
# title over the bulleted title and its view count, then the numbered list the article opens with
TITLE_LOANWORD_LABEL_PAGE = """메뉴
  • 연극 소식
  • 무용 소식
  • 공연 일정
  • 공지사항
타이틀
  • [무대 산책] 올해 소극장 무대를 바꾼 다섯 장면
  • 431

1. 관객이 고른 창작극의 귀환
2. 청년 극단의 지역 순회
3. 낮 공연이 늘어난 이유
4. 무대 기술팀의 세대교체
5. 객석 규모를 줄인 극장들

올해 대학로 소극장들은 관객을 다시 불러 모으며 바쁜 한 해를 보냈다. 무대마다 새로운 시도가 이어졌다.

1. 관객이 고른 창작극의 귀환
지난해 막을 내렸던 창작극들이 관객 요청으로 다시 무대에 올랐다.
"""


def test_the_line_under_a_loanword_title_label_is_the_headline() -> None:
    """A Korean site may label its title field with the loanword "타이틀" rather than "제목":
    the bulleted line under it is the page's title, not the numbered heads of its list."""
    assert normalize_document(TITLE_LOANWORD_LABEL_PAGE)["title"] == (
        "올해 소극장 무대를 바꾼 다섯 장면"
    )
    assert_same_headline(TITLE_LOANWORD_LABEL_PAGE)


STATUS_FLAGGED_STORY = (
    "{flag}Ferry captain held after Tarn Bay collision\n\n"
    "Police in Tarn Bay held the captain of the evening ferry on Tuesday night, hours after the"
    " boat struck a moored trawler while leaving the harbour.\n\n"
    "Two deckhands were treated for cuts, the harbour master said."
)


def test_a_story_s_status_before_a_colon_is_part_of_its_headline() -> None:
    """ "BREAKING: " or "Update: " opening a headline is the outlet's, printed as part of it, in
    capitals too though a site names a section after it ("BREAKING NEWS: "); a format's label
    ("Video: ") and a status in brackets are the page's flags."""
    kept = "Ferry captain held after Tarn Bay collision"
    for flag, title in (
        ("BREAKING: ", f"BREAKING: {kept}"),
        ("BREAKING NEWS: ", f"BREAKING NEWS: {kept}"),
        ("Update: ", f"Update: {kept}"),
        ("[Breaking] ", kept),
        ("Video: ", kept),
    ):
        page = STATUS_FLAGGED_STORY.format(flag=flag)
        assert normalize_document(page)["title"] == title
        assert_same_headline(page)


STATUS_FLAGGED_STORIES = (
    (
        "{flag}Капитана парома задержали после столкновения у мыса Тарный\n\n"
        "Полиция Тарного во вторник вечером задержала капитана вечернего парома: выходя из"
        " гавани, судно задело пришвартованный траулер.\n\n"
        "Двум матросам оказали помощь, сообщил начальник порта.",
        ("Срочно: ", "МОЛНИЯ: ", "Обновлено: "),
    ),
    (
        "{flag}타른항 여객선 선장, 어선 충돌 뒤 체포\n\n"
        "타른항 경찰은 화요일 밤 저녁 여객선이 항구를 빠져나가다 정박한 어선과 부딪친 지 몇"
        " 시간 만에 선장을 체포했다.\n\n"
        "선원 두 명이 치료를 받았다고 항만 관리소장이 말했다.",
        ("속보: ",),
    ),
)


def test_a_story_s_status_before_a_colon_stays_in_every_language() -> None:
    """A status word before a colon is the headline's own in Russian and Korean as in English
    ("Срочно: …", "속보: …"); a format's label ("Видео: ") and a status in brackets are the
    page's flags."""
    for story, statuses in STATUS_FLAGGED_STORIES:
        kept = story.format(flag="").split("\n", 1)[0]
        cases = [(flag, flag + kept) for flag in statuses]
        cases += [("Видео: ", kept), ("[Срочно] ", kept), ("[속보] ", kept)]
        for flag, title in cases:
            page = story.format(flag=flag)
            assert normalize_document(page)["title"] == title
            assert_same_headline(page)


# a city paper's column: its rubric over the columnist's words in quotation marks, or before
# them on their line, then the date and the column
OPINION_RUBRIC_PAGE = (
    "{head}\n\n12 марта 2025, 10:15\n\n"
    "Капитан Илья Вересов считает, что зимнее расписание паромов в Тарном можно сохранить, если"
    " порт закупит ледокольный буксир.\n\nГородская дума обсудит это предложение в апреле."
)
QUOTED_COLUMN_HEAD = "«Паромы в Тарном должны ходить и зимой»"


def test_a_one_word_rubric_over_a_quotation_is_a_flag() -> None:
    """ "Мнение:" over a quotation, or before it on its line, is the column's flag, as "Opinion:"
    is; a speaker's name over the quotation stays the headline's."""
    quoted = QUOTED_COLUMN_HEAD
    for head, title in (
        (f"Мнение:\n{quoted}", quoted),
        (f"Мнение: {quoted}", quoted),
        (f"Илья Вересов:\n{quoted}", f"Илья Вересов: {quoted}"),
    ):
        page = OPINION_RUBRIC_PAGE.format(head=head)
        assert normalize_document(page)["title"] == title
        assert_same_headline(page)


# a town paper's story: the words of its lead's quotation printed twice above its headline, a
# kicker, then the headline right above its date
PULLED_QUOTE_PAGE = (
    "Вести Тарного\n\n{kicker}\n\nВолонтёры Тарного очистили от мусора берег Сосновой бухты"
    "\n\n14 апреля 2025, 11:30\n\nОколо сорока волонтёров вышли в субботу на берег Сосновой"
    " бухты и за четыре часа собрали почти двести мешков мусора. Уборку устроил городской клуб"
    " ныряльщиков.\n\n{quote}, — сказала председатель клуба Вера Лапина."
)
PULLED_QUOTE = "«Мы не уйдём с этого берега, пока не унесём последний мешок мусора»"


def test_a_quotation_printed_twice_over_a_headline_on_its_date_is_a_kicker() -> None:
    """The story's quotation printed twice, its copy right below it, over the headline that
    stands right above the date, is a kicker: the headline is the line below it. Printed once,
    the quotation is the headline and the line below its deck."""
    headline = "Волонтёры Тарного очистили от мусора берег Сосновой бухты"
    for kicker, title in (
        (f"{PULLED_QUOTE}\n\n{PULLED_QUOTE}", headline),
        (PULLED_QUOTE, PULLED_QUOTE),
    ):
        page = PULLED_QUOTE_PAGE.format(kicker=kicker, quote=PULLED_QUOTE)
        assert normalize_document(page)["title"] == title
        assert_same_headline(page)


# a regional outlet's mirror: a rubric over its numbered teasers, then a story whose headline
# the copy lost
RUBRIC_OVER_NUMBERED_TEASERS = (
    "Жизнь на побережье\n"
    "1. «Зимой паром не ходит». Как живут на островах без моста\n"
    "2. В Тарном закрыли последнюю школу на острове. Куда теперь ездят дети\n"
    "3. Рыбаки пожаловались на новые квоты. Что ответили в министерстве\n"
    "4. Сколько стоит дом у моря. Сравнили цены за пять лет\n"
    "5. Маяк на мысе Северном снова светит. Его чинили всем посёлком\n"
    "6. Почему на побережье не хватает фельдшеров. Рассказывает врач из Тарного\n\n"
    "В посёлке Тарный в понедельник открыли новый причал для рыболовецких судов. На"
    " строительство ушло два года, деньги выделили из областного бюджета.\n\n"
    "Рыбаки говорят, что теперь смогут выходить в море и в шторм."
)


def test_a_rubric_over_numbered_teasers_is_no_headline() -> None:
    """A line right above a numbered list of heads names what the list gathers; a listicle's
    headline, its introduction below it, stays."""
    assert normalize_document(RUBRIC_OVER_NUMBERED_TEASERS)["title"] is None
    assert_same_headline(RUBRIC_OVER_NUMBERED_TEASERS)
    listicle = RUBRIC_OVER_NUMBERED_TEASERS.replace(
        "Жизнь на побережье\n",
        "Жизнь на побережье\nШесть историй о том, как меняется остров Тарный этой зимой.\n",
    )
    assert normalize_document(listicle)["title"] == "Жизнь на побережье"
    assert_same_headline(listicle)


# a district paper's author page: its masthead, the latest issue's number with the paper's
# running number in brackets, the day, the author, a pager and the author's teasers
ISSUE_NUMBER_PAGE = (
    "Общественно-политическая газета Тарного района\n"
    "Свежий выпуск: №14 (20117) от 3 марта 2025 года\n"
    "Выходит с 12 июня 1931 года\n"
    "5 марта 2025,\nсреда\n\n"
    "Олег Веретенников Тарный\n\n"
    "1–2 (из 2)\n"
    "Паромы в Тарном будут ходить всю зиму\n\n"
    "«Теперь острова не отрезаны», — говорит капитан Илья Вересов.\n\n"
    "Как рыбаки Северного мыса сами построили новый причал\n\n"
    "«Помощи ждали три года», — рассказывает бригадир."
)


def test_an_issue_s_number_line_is_machinery() -> None:
    """A line printing an issue's number with the paper's running number in brackets is the
    masthead's, no headline; a law's or a school's number is no issue's."""
    lines, machinery, skip, dated = headline_inputs(ISSUE_NUMBER_PAGE)
    found = {c.text: c for c in weigh_candidates(lines, machinery, skip, dated)}
    assert found["Свежий выпуск: №14 (20117) от 3 марта 2025 года"].signals["machinery"] == 1.0
    assert found["Паромы в Тарном будут ходить всю зиму"].signals["machinery"] == 0.0
    assert normalize_document(ISSUE_NUMBER_PAGE)["title"] != lines[1]
    assert_same_headline(ISSUE_NUMBER_PAGE)
    assert not is_widget_text("Школа № 5 (1990) отметила юбилей", "Школа № 5 (1990)", 0.5)


# a headline as long as a headline right above the numbered points it counts, no introduction
NUMBERED_POINTS_UNDER_HEADLINES = [
    "Top 5 hiking trails near Marlow Bay\n"
    "1. Cliff Path to Gull Point\n2. The Old Quarry Loop\n3. Fenwick Woods Circuit\n"
    "4. Alder Lake Shoreline\n5. Beacon Hill Ridge\n\n"
    "Marlow Bay has plenty of walks for every level, from gentle lakeside strolls to steep"
    " climbs with views over the harbour.\n\n"
    "The Cliff Path is the most popular, with about 40,000 walkers a year.",
    "Что изменится в жизни жителей Тарного с 1 марта\n"
    "1. Проезд в автобусах подорожает до 45 рублей\n2. Вывоз мусора станет ежедневным\n"
    "3. Откроется новая поликлиника на улице Морской\n\n"
    "Об этом сообщили в администрации посёлка Тарный. Глава района Игорь Седов пояснил, что"
    " тарифы пересматривают каждый год.",
]


def test_a_headline_over_its_numbered_points_stays() -> None:
    """A line as long as a headline right above a numbered list is the story's headline, the
    points it counts below it; only a shorter name gathers the list."""
    for page in NUMBERED_POINTS_UNDER_HEADLINES:
        assert normalize_document(page)["title"] == page.split("\n", 1)[0]
        assert_same_headline(page)


_CUES = [
    ["On the evening of June 3, a delivery", "van and a city bus collided"],
    ["on Fenwick Road near the Alder Lane", "junction, Marlow Bay. Harbour police"],
    ["of the district directed traffic", "and recorded the crash."],
    ["Because it was the hour people drive home from", "work, cars were stuck in a long queue"],
    ["for more than two kilometres toward the harbour."],
    ["According to Harbour police, the", "delivery van was turning from Fenwick Road"],
    ["into Alder Lane junction when the bus", "arrived from Marlow Bay station."],
    ["No one was hurt. Harbour police asked drivers", "to avoid Fenwick Road until it reopens."],
]
# A clip's caption track: each cue's timing line, its words on one or two lines, a blank line.
CAPTION_TRACK_PAGE = "WEBVTT\n\n" + "\n\n".join(
    f"00:00:{13 * k / 4 + 1:06.3f} --> 00:00:{13 * (k + 1) / 4 + 1:06.3f}\n" + "\n".join(cue)
    for k, cue in enumerate(_CUES)
)
# The same as SubRip prints it: numbered cues, a comma before the milliseconds.
SUBRIP_TRACK_PAGE = "\n\n".join(
    f"{k}\n{cue}"
    for k, cue in enumerate(re.sub(r"([0-9])\.([0-9])", r"\1,\2", CAPTION_TRACK_PAGE).split("\n\n"))
    if k
)


def test_a_caption_track_s_cues_are_no_headline() -> None:
    """A clip's caption track printed as a page: the words under each cue's timing line are a
    piece of what is said, not a headline, though a cue's names echo through the others
    ("junction, Marlow Bay. Harbour police"); SubRip's numbered cues with commas alike."""
    assert normalize_document(CAPTION_TRACK_PAGE)["title"] is None
    assert_same_headline(CAPTION_TRACK_PAGE)
    assert normalize_document(SUBRIP_TRACK_PAGE)["title"] is None
    assert_same_headline(SUBRIP_TRACK_PAGE)


# A station's clip page printed without blank lines: its caption track first, then the
# clip's headline, the station and date, and the story.
TRACK_OVER_HEADLINE_PAGE = """WEBVTT
00:00:00.500 --> 00:00:02.000
Good evening.
00:00:02.000 --> 00:00:04.500
The ferry is late again tonight.
Ferry service cut to one crossing a day after engine failure
Harbor TV | March 3, 2021
The island ferry will run once a day until its second engine is repaired, the operator said.
Passengers are asked to book ahead."""


# The same track as SubRip prints it, each cue's number on the line above its timing.
NUMBERED_TRACK_OVER_HEADLINE_PAGE = "1\n" + re.sub(
    r"([0-9])\.([0-9]{3})", r"\1,\2", TRACK_OVER_HEADLINE_PAGE.removeprefix("WEBVTT\n")
).replace("Good evening.\n", "Good evening.\n2\n")


def test_a_caption_track_s_last_cue_holds_no_more_lines_than_the_others() -> None:
    """With no blank line to end it, the last cue ends where the other cues do (the next
    cue's number, SubRip's, none of their lines): the clip's headline right below is no cue."""
    for page in (TRACK_OVER_HEADLINE_PAGE, NUMBERED_TRACK_OVER_HEADLINE_PAGE):
        assert normalize_document(page)["title"] == (
            "Ferry service cut to one crossing a day after engine failure"
        )
        assert_same_headline(page)


# A town's meeting video page: its buttons, then the transcript under its time marks, in
# capitals, the clerk's first words naming the day.
MEETING_TRANSCRIPT_PAGE = """Share

Embed

Download Transcript

[OPENING]

[00:00:06]

GOOD EVENING. THIS MEETING OF THE ORRIN BAY HARBOUR BOARD IS CALLED TO ORDER, MAY 9, 2024 AT 7 P.M.

CLERK, PLEASE CALL THE ROLL. ALL FIVE MEMBERS ARE HERE TONIGHT, MADAM CHAIR.

[1. Dredging Contract for the North Channel (Harbour Master Ines Kowal)]

[00:02:48]

>> THE DREDGER CAN START IN MAY IF THE BOARD APPROVES THE CONTRACT TONIGHT.

>> ANY QUESTIONS? SEEING NONE, ALL IN FAVOR? MOTION CARRIES."""


def test_a_transcript_s_time_marks_hold_no_headline() -> None:
    """What a transcript says under its time marks ("[00:02:48]") is no headline, a long first
    sentence in capitals naming the meeting neither, and its day dates no page; one mark alone
    is no transcript's."""
    row = normalize_document(MEETING_TRANSCRIPT_PAGE)
    assert row["title"] is None
    assert row["published_at"] is None
    assert_same_headline(MEETING_TRANSCRIPT_PAGE)
    one_mark = MEETING_TRANSCRIPT_PAGE.replace("[00:02:48]", "")
    assert normalize_document(one_mark)["title"] is not None


# A regional station's news script printed as its page: the anchor's part, the report and the
# people in it each under a cue mark in black pointers, the reporter's sign-off at the close.
BROADCAST_SCRIPT_PAGE = """◀ANC▶
장마를 앞두고 솔내군 강변 마을 주민들은
둑을 높이고 배수로를 치우는 등
분주한 모습입니다.

장마를 앞둔 강변 마을 표정을 한가람 기자가
보도합니다.
 ◀VCR▶

솔내군 강변 마을입니다.

지난해 물이 넘쳤던 자리에
굴착기가 흙을 퍼 올려
둑을 한 뼘씩 높이고 있습니다.

S/U)둑 공사가 막바지에 이르면서 주민들의 손길도
바빠지고 있습니다.

◀INT▶ 윤봄이 / 솔내리 이장
"작년엔 논이 다 잠겼으니 올해는 걱정이 덜하죠..."

마을 어귀의 배수로도 말끔히 치우고
모래주머니를 쌓아
비에 대비합니다.

◀INT▶ 강도윤 / 솔내리 주민
"비가 많이 와도 올해는 버틸 수 있을 것..."

공사는 다음 달 초 마무리될 예정이어서
주민들은 한시름 놓게 됐습니다.

MBC뉴스 한가람입니다.
 ◀END▶

Copyright © Solnae Broadcasting Corporation. All rights reserved."""


def test_a_broadcast_script_s_cue_marks_hold_no_headline() -> None:
    """A script's cue marks ("◀ANC▶", "◀VCR▶", "◀INT▶ name / role") are a transcript's marks:
    neither a mark naming who speaks nor what is said under it is the page's headline; a
    headline printed above the script stays the page's."""
    assert normalize_document(BROADCAST_SCRIPT_PAGE)["title"] is None
    assert_same_headline(BROADCAST_SCRIPT_PAGE)
    assert normalize_document(BROADCAST_SCRIPT_HEADED_PAGE)["title"] == (
        "솔내 강변 마을 장마 앞두고 둑 높인다"
    )
    assert_same_headline(BROADCAST_SCRIPT_HEADED_PAGE)


BROADCAST_SCRIPT_HEADED_PAGE = (
    "솔내 강변 마을 장마 앞두고 둑 높인다\n\n입력 2021-06-14 20:10:00\n\n" + BROADCAST_SCRIPT_PAGE
)


# A county office's briefing archived as its text alone: the opening paragraphs, then each
# answer under a note in round brackets on the question it takes up, the office's sign-off day.
BRIEFING_NOTES_PAGE = "\n".join(
    [
        "오늘 군수가 주재하는 읍면장 회의가 있었습니다.",
        '군수는 여름철 폭우에 대비해 "배수로 점검을 이번 주 안에 마쳐 달라"고 당부했습니다.',
        "({first})",
        "이전 시기는 아직 정하지 않았습니다. 주민 설명회를 먼저 열고 의견을 듣겠습니다.",
        "다만 이전이 필요하다는 데에는 군과 의회의 뜻이 같습니다.",
        "({second})",
        "해마다 두 번 여는 정례 행사입니다. 올해는 장소만 바뀌었습니다.",
        "2013년 6월 3일",
        "솔내군 공보실",
    ]
)


def test_a_briefing_s_question_notes_in_round_brackets_hold_no_headline() -> None:
    """A briefing printed as its transcript notes each question in round brackets on a line of
    its own over the answer ("(… 질문에 대해)"): two such notes are a transcript's marks, and
    neither they nor the answers are the page's headline; a headline printed above the
    transcript stays the page's."""
    first, second = "보건소 이전 시기에 대한 질문에 대해", "가을 군민 체육대회와 관련한 질문에 대해"
    page = BRIEFING_NOTES_PAGE.format(first=first, second=second)
    assert normalize_document(page)["title"] is None
    headed = f"솔내군수, 읍면장 회의서 폭우 대비 당부\n\n{page}"
    assert normalize_document(headed)["title"] == "솔내군수, 읍면장 회의서 폭우 대비 당부"
    assert_same_headline(page)
    assert_same_headline(headed)


# A daily's story between two photographs' notes, each alone in round brackets: one over the
# headline, one over a paragraph further down.
PHOTO_NOTES_PAGE = "\n".join(
    [
        "솔내일보",
        "",
        "(사진 왼쪽부터 한가람 씨와 한누리 씨)",
        "",
        "솔내 두 자매, 30년 만에 고향 분교 다시 연다",
        "",
        "2024-03-05 09:30",
        "",
        "섬에서 나고 자란 두 자매가 문을 닫았던 고향 분교를 작은 책방으로 다시 연다.",
        "",
        "({second})",
        "",
        "두 사람은 올여름 문을 여는 것을 목표로 하고 있다.",
    ]
)


def test_photographs_notes_in_round_brackets_leave_the_headline() -> None:
    """A photograph's note in round brackets over the headline stands over no answer, a
    sentence, as a briefing's note on a question does: it marks no transcript with the note
    further down, and the headline between them stays the page's."""
    page = PHOTO_NOTES_PAGE.format(second="책방 내부 모습 솔내일보 자료")
    assert normalize_document(page)["title"] == "솔내 두 자매, 30년 만에 고향 분교 다시 연다"
    assert_same_headline(page)


# A trade blog's post that lost its headline: its share links, then a photograph's credit alone
# in round brackets, the source and the owner joined by a slash, then the blogger's note and the
# release it quotes.
BRACKETED_CREDIT_PAGE = "\n".join(
    [
        "  • https://social.example.com/platewise-journal/",
        "  • https://pins.example.com/platewisejournal/",
        "",
        "({credit})",
        "",
        "We have said for a while that a good dining room is what sets a small hotel apart, and"
        " it is good to see one more owner betting on the kitchen.",
        "",
        "Gullmere Inns, which runs seven seaside hotels, says it has finished a $12 million"
        " refit of the Cliffside Lodge in Port Aster, with a new grill room led by chef Rosa"
        " Quell.",
        "",
        "Pin It",
    ]
)


def test_a_photograph_s_credit_alone_in_round_brackets_is_no_headline() -> None:
    page = BRACKETED_CREDIT_PAGE.format(credit="Wirephoto/Gullmere Inns & Lodges")
    assert normalize_document(page)["title"] is None
    assert_same_headline(page)


def test_a_bracketed_line_with_a_slash_between_spaced_words_is_no_credit() -> None:
    """A slash inside a longer bracketed line joins two words of a sentence ("north/south"),
    not a credit's source and owner: the line is weighed as any other."""
    page = BRACKETED_CREDIT_PAGE.format(credit="Cliffside Lodge reopens its north/south wings")
    assert normalize_document(page)["title"] == "(Cliffside Lodge reopens its north/south wings)"
    assert_same_headline(page)


# A broadcaster's news page: the section's word, the line naming the site's top menu (its
# links lost), the headline, the programme's and the speakers' marks, then the script.
TOP_MENU_PAGE = "\n".join(
    [
        "뉴스",
        "",
        "{menu}",
        "",
        "골목 빵집의 반격! 동네 상권 살리는 '새벽 빵'",
        "",
        "<저녁뉴스>",
        "",
        "<앵커>",
        "",
        "대형 제과점이 늘면서 문을 닫는 동네 빵집이 많았는데요. 요즘은 새벽에 갓 구운 빵으로"
        " 손님을 다시 모으는 가게들이 늘고 있습니다.",
        "",
        "<기자>",
        "",
        "솔내시장 골목의 한 빵집은 새벽 다섯 시면 문을 엽니다.",
    ]
)


def test_a_line_naming_the_site_s_top_menu_is_no_headline() -> None:
    page = TOP_MENU_PAGE.format(menu="한솔방송 뉴스 상단 메뉴")
    assert normalize_document(page)["title"] == "골목 빵집의 반격! 동네 상권 살리는 '새벽 빵'"
    assert_same_headline(page)


def test_a_long_line_closing_with_a_menu_s_name_is_weighed_as_any_other() -> None:
    """A line of more words than a menu's label closing with the menu's name is a sentence's
    own words, not the name of a menu: it is no chrome."""
    line = "Why the harbour app moved its ferry times out of the top menu"
    assert line_kind(line) == "text"
    assert line_kind("Harbour Radio News top menu") == "widget"


# A station's story under a feature's label glued to its headline by a hyphen.
HYPHEN_LABEL_PAGE = """Reader Photo of the Week-Divers Raise Old Ferry Bell From Harbour Floor

March 3, 2021

Gull Point, Maine (WGPT) - Two divers brought the old ferry bell up from the harbour floor.

The bell sank with the ferry forty years ago.

The bell will hang outside the ferry office from next month."""


def test_a_feature_label_glued_by_a_hyphen_is_no_part_of_the_headline() -> None:
    """A label the story never tells of, glued before the headline by a hyphen with no space,
    is the page's feature, not the headline's; a compound's hyphen joins the story's words."""
    assert normalize_document(HYPHEN_LABEL_PAGE)["title"] == (
        "Divers Raise Old Ferry Bell From Harbour Floor"
    )
    assert_same_headline(HYPHEN_LABEL_PAGE)
    compound = HYPHEN_LABEL_PAGE.replace(
        "Reader Photo of the Week-Divers Raise Old Ferry Bell From Harbour Floor",
        "Harbour Divers End Week-Long Search For Old Ferry Bell",
    )
    assert normalize_document(compound)["title"] == (
        "Harbour Divers End Week-Long Search For Old Ferry Bell"
    )
    assert_same_headline(compound)


# title-case headlines opening with a name that modifies their first word by a hyphen, the
# lead telling the story in other words
NAMED_COMPOUND_HEADLINES = [
    "Harry Potter-Themed Cafe Opens in Downtown Marlow\n\n"
    "A cafe themed on the boy wizard's books opened in downtown Marlow on Saturday, with queues"
    " around the block.",
    "New York-Based Startup Opens Office in Marlow Bay\n\n"
    "A startup from Manhattan opened an office in Marlow Bay on Monday, hiring twenty engineers.",
]


def test_a_name_glued_by_a_compound_s_hyphen_stays_the_headline_s() -> None:
    """A name capitalised throughout before a hyphen modifies the headline's first word ("New
    York-Based Startup …"); a feature's label prints a word in small letters ("… of the Week")."""
    for page in NAMED_COMPOUND_HEADLINES:
        assert normalize_document(page)["title"] == page.split("\n", 1)[0]
        assert_same_headline(page)


def test_a_listing_page_has_no_headline() -> None:
    heads = [
        "Ferry operator cancels winter timetable",
        "Minister rejects calls for an early election",
        "Museum reopens after a two-year renovation",
        "Council approves new cycle lanes downtown",
    ]
    lines = ["Latest headlines"]
    for head in heads:
        lines += [head, f"{head} on Monday, officials said, after weeks of talks in the city."]
    assert _choose(lines, line0="section") is None


def test_a_digest_of_heads_each_above_its_own_paragraph_has_no_headline_among_them() -> None:
    """A morning digest prints its stories one after another, each head right above the one
    paragraph that tells it: the heads are the digest's items, so the page's own title above
    them is its headline, and with none above there is no headline. An article whose
    headline stands above a lead of several paragraphs keeps it, subheads below or not."""
    items = [
        "Tram drivers vote to strike over night shifts",
        "Tram drivers voted on Tuesday to strike over new night shifts, their union said, "
        "after talks with the city operator failed.",
        "Old cinema on the river front to become a library",
        "The old cinema on the river front will become a library by next spring, the council "
        "announced after buying the building.",
    ]
    assert _choose(["What the city's papers report this morning", *items]) == (
        "What the city's papers report this morning"
    )
    assert _choose(items) is None
    article = [
        "Tram drivers vote to strike over night shifts",
        items[1],
        "The operator said it would keep talking and that most lines would still run, though "
        "less often, during the two days of the strike.",
        "Night lines",
        "Passengers on the night lines should expect the longest waits, the operator added.",
    ]
    assert _choose(article) == article[0]
    # a subhead right below a one-paragraph lead is shorter than a digest's heads
    subheaded = [
        *article[:2],
        "Longer night waits",
        "Night passengers face the longest waits, as night trams will run every forty minutes.",
    ]
    assert _choose(subheaded) == article[0]
    # a headline the page prints again is its own, subheads right below it or not
    printed = [
        "Tram drivers vote to strike over night shifts - City Post",
        "Home / Transport",
        *article[:2],
        "Night lines to run less often",
        "The night lines will run less often during the strike, and the last trams will leave "
        "the centre an hour early.",
    ]
    items = {c.line: c.signals["feed_item"] for c in weigh_candidates(printed, {}, set(), set())}
    assert items[2] == 0.0
    assert _choose(printed) == article[0]


# A tag page's teasers: each head, a short line under its photograph, and a paragraph of its
# own; the stories share the tag's word, and a later one repeats the first head's words.
PICTURED_TEASERS = [
    "Ferry fares to rise by a tenth in May",
    "Harbour terminal",
    "Fares on the harbour ferry routes will rise by a tenth in May, the operator said on "
    "Monday, citing the price of fuel.",
    "New ferry berth opens at the north pier",
    "The north pier berth on its first morning",
    "A new berth for the island ferry opened at the north pier on Friday, after two years "
    "of building work.",
    "Ferry crews win a shorter working week",
    "Crew members on the morning ferry",
    "The union of ferry crews won a shorter working week in talks that ended on Sunday, and "
    "fares will not rise to pay for it, the operator said.",
    "Page navigation",
]


def test_teasers_each_above_a_caption_and_their_paragraph_are_a_digest() -> None:
    """A tag page prints each story as its head, its photograph's caption and a paragraph
    that tells it: three such units in a row are a digest, whose first head is no headline.
    An article whose headline stands above a caption and a lead of several paragraphs, its
    subheads each above a paragraph, keeps its headline."""
    assert _choose(PICTURED_TEASERS) is None
    article = [
        *PICTURED_TEASERS[:3],
        "The operator said the rise was its first in four years and that monthly passes would "
        "cost the same until the end of the summer.",
        *PICTURED_TEASERS[3:],
    ]
    assert _choose(article) == PICTURED_TEASERS[0]


# A clip page's listing: each clip's head with its running time glued on, the head again
# without it, and a paragraph that tells the clip.
TIMED_CLIPS = [
    "Latest Clips",
    "Hail flattens orchard rows outside Millbrook2m05s",
    "Hail flattens orchard rows outside Millbrook",
    "A grower outside Millbrook filmed hailstones the size of marbles stripping his apple "
    "trees in under ten minutes on Thursday afternoon.",
    "Students paint a mural on the old grain silo3m40s",
    "Students paint a mural on the old grain silo",
    "Art students from the county college spent the summer painting the grain silo that "
    "stands at the edge of town.",
    "Council delays the vote on parking meters47s",
    "Council delays the vote on parking meters",
    "The vote on new parking meters along Front Street was pushed to next month.",
]


def test_clips_each_printed_again_without_their_running_time_are_a_digest() -> None:
    """A video page lists each clip as its head with its running time glued on, over the same
    head without it and a paragraph telling the clip: the copies are the digest's items too,
    and the page has no headline."""
    assert _choose(TIMED_CLIPS) is None
    assert_same_headline("\n".join(TIMED_CLIPS))


# A library's notice: its headline over the posting date, then questions, each over the
# paragraph that answers it; the first answer repeats its question's words.
QUESTIONS_AND_ANSWERS = [
    "Library Summer Programme Starts in June",
    "Posted Monday, May 12, 2025",
    "Who can sign up for the reading challenge?",
    "Anyone can sign up for the reading challenge at a branch desk or on the website, and "
    "adults have a reading list of their own.",
    "How are the books counted?",
    "Readers log each title in a paper booklet or the app, and staff stamp the booklet at "
    "every visit through the end of August.",
    "What prizes are there this year?",
    "Those who finish get a medal, a free book and a ticket to the closing party at the "
    "main branch in September.",
]


def test_questions_each_above_their_answer_are_subheads_not_the_headline() -> None:
    """A notice that asks its questions one after another, each right above the paragraph
    that answers it (with none of its words), keeps the headline above its posting date; a
    page asking two questions has them judged as any other line."""
    assert _choose(QUESTIONS_AND_ANSWERS, frozenset({1})) == QUESTIONS_AND_ANSWERS[0]
    assert_same_headline("\n".join(QUESTIONS_AND_ANSWERS))
    assert_same_headline("\n\n".join(QUESTIONS_AND_ANSWERS[:6]))


# A paper's story: its headline, the date, and a deck printed over two lines, the second
# carrying the first on in small letters; the lead repeats the deck's words, not the headline's.
SPLIT_DECK = [
    "Another summer of patching ahead?",
    "",
    "14.03.2011 00:00:00",
    "",
    "Engineers and council members",
    "disagree on which streets should be repaved",
    "",
    "Photo by Dana Whitlock",
    "",
    "Engineers and council members met at the town hall on Monday to talk about the roads: the "
    "council wants the main streets repaved, while the engineers say the side streets are in a "
    "worse state.",
]


def test_the_first_half_of_a_deck_split_over_two_lines_is_no_headline() -> None:
    """A deck printed over two lines, the second going on in small letters, is a piece of a
    longer line: its first half is no headline, however much the lead repeats it. A handle
    in small letters under a name splits nothing."""
    assert normalize_document("\n".join(SPLIT_DECK))["title"] == SPLIT_DECK[0]
    assert_same_headline("\n".join(SPLIT_DECK))
    assert_same_headline("\n".join(["Dana Whitlock", "admin", *SPLIT_DECK[2:]]))


# An e-paper's page on an upload site: its headline's two pieces with blank lines between them,
# the second going on in small letters, then a caption and a byline in capitals.
SPLIT_HEADLINE_PAGE = "\n".join(
    [
        "The Fenwick Gazette - 02.03.2022",
        "",
        "(Papers) #4",
        "WEDNESDAY 2 MARCH 2022",
        "",
        "Lifeboat crew rescue three walkers cut off",
        "",
        "",
        "by the tide below the cliffs at Sandmouth",
        "",
        "",
        "The crew brought the walkers back to the slipway on Tuesday (Fenwick RNLI)",
        "",
        "",
        "MORGAN ELLIS",
        "",
        "Three walkers were rescued by the Sandmouth lifeboat on Tuesday after the rising tide cut",
        "them off below the cliffs east of the harbour.",
        "",
        "The crew said all three were cold but unhurt, and reminded visitors to check the tide",
        "tables before setting out along the beach.",
    ]
)


def test_a_headline_split_over_lines_apart_the_second_in_small_letters_is_one() -> None:
    """A headline whose second piece stands below blank lines, opening in small letters, is one
    headline; a piece that closes a sentence, or a first piece closed by a mark, is none."""
    whole = "Lifeboat crew rescue three walkers cut off by the tide below the cliffs at Sandmouth"
    assert normalize_document(SPLIT_HEADLINE_PAGE)["title"] == whole
    sentence = SPLIT_HEADLINE_PAGE.replace("at Sandmouth", "at Sandmouth.", 1)
    assert normalize_document(sentence)["title"] != whole + "."
    closed = SPLIT_HEADLINE_PAGE.replace("cut off\n", "cut off:\n", 1)
    assert normalize_document(closed)["title"] != whole.replace("off", "off:")
    # a picture's file name, or a copy in small letters, under a whole headline goes on nothing
    for below in ("lifeboat-sandmouth-cliffs.jpg", "lifeboat crew rescue three walkers"):
        page = SPLIT_HEADLINE_PAGE.replace("by the tide below the cliffs at Sandmouth", below)
        assert normalize_document(page)["title"] == "Lifeboat crew rescue three walkers cut off"


# The page of SPLIT_HEADLINE_PAGE with its paragraphs on one line each, as a site prints them.
UNWRAPPED_SPLIT_PAGE = SPLIT_HEADLINE_PAGE.replace("tide cut\nthem", "tide cut them").replace(
    "the tide\ntables", "the tide tables"
)


def test_a_line_in_small_letters_below_a_headline_of_a_site_is_no_piece_of_it() -> None:
    """A page that sets no paragraph in print's lines prints its headline whole: the line in
    small letters below it is a caption's credit, a call to subscribe or a source; nor does a
    piece opening with a name in mixed case ("iPhone") go on a headline in print's lines."""
    first = "Lifeboat crew rescue three walkers cut off"
    assert normalize_document(UNWRAPPED_SPLIT_PAGE)["title"] == first
    credit = UNWRAPPED_SPLIT_PAGE.replace(
        "by the tide below the cliffs at Sandmouth", "photo courtesy of the Fenwick lifeboat crew"
    )
    assert normalize_document(credit)["title"] == first
    named = SPLIT_HEADLINE_PAGE.replace(
        "by the tide below the cliffs at Sandmouth", "iPhone owners report batteries draining fast"
    )
    assert normalize_document(named)["title"] == first


def test_teasers_each_closing_with_the_same_link_are_a_digest() -> None:
    """A category page prints each story as its head, a teaser cut short and the same "Read
    more" link: the link between two items does not part them, so the heads are a digest's
    items and the page has no headline, though its heads are too short, and their teasers
    repeat too few of their words, to be told as story heads."""
    teasers = [
        "Spring sowing deadline set",
        "Farms in the district must finish sowing wheat by the middle of May, the council told "
        "their managers on Tuesday […]",
        "Read more",
        "Ploughing starts by river",
        "Tractors began ploughing the fields along the water this week, earlier than usual "
        "after a dry March […]",
        "Read more",
        "Southern farms lag behind",
        "The farms of the lower valley still wait for drier weather before anyone can plant "
        "a single hectare […]",
        "Read more",
        "Tractors pass inspection",
        "A commission checked every tractor and seed drill in the district and found them "
        "ready for work […]",
        "Read more",
    ]
    assert _choose(teasers) is None
    # lines that differ from item to item part them
    labels = iter(["Share", "Print", "Comments", "Save"])
    parted = [line if line != "Read more" else next(labels) for line in teasers]
    assert _choose(parted) == teasers[0]


def test_units_each_closing_with_their_date_are_a_listing_from_the_first() -> None:
    """A reporter's page prints each story as its head, a teaser and the reporter's name with
    the day: each date closes its unit, so the first head is an item as much as the others,
    though the date below one item's teaser stands right above the next head. A timeline's
    date above each entry still leaves its own title above the first date a headline."""
    units = [
        "Old fire station too small for its crews, chiefs say",
        "Thirty-five years on, the town's engines no longer fit in the old building, and a new "
        "one is wanted.",
        "Dana Reyes November 14, 2023",
        "Loudspeakers keep border villages awake for a third month",
        "Villagers near the border say the loudspeakers have kept them awake every night since "
        "August.",
        "Mia Tan November 14, 2023",
        "Gondola campers head for the snowy summit",
        "Snow came early to the mountains this year, and campers are riding the gondola up to "
        "pitch their tents.",
        "Ron Ito November 13, 2023",
        "1",
        "2",
        "Next",
    ]
    assert normalize_document("\n".join(units))["title"] is None
    timeline = [
        "Three days of the warehouse fire, hour by hour",
        "From the first smoke on Monday night to the last embers on Thursday, this is how the "
        "fire at the port warehouse unfolded.",
        "2023-02-08 04:51",
        "Smoke detected in the basement cold store",
        "A sensor near the ceiling of the basement cold store sent the first smoke signal to the "
        "control room.",
        "2023-02-08 05:03",
        "Alarm switched off by the control room",
        "The night guard took the alarm for a fault and switched it off by hand, the inquiry "
        "found.",
        "2023-02-08 05:11",
        "First call to the fire service",
        "A courier who saw black smoke at the car park entrance made the first call to the fire "
        "service.",
    ]
    assert normalize_document("\n".join(timeline))["title"] == timeline[0]


def test_an_index_of_short_story_heads_is_a_listing_with_no_headline() -> None:
    """An index page names itself, then lists story heads as short as labels, each with its
    teaser: the page is a listing, every candidate says so, and its own name is no headline."""
    notices = [
        ("Harbour Bridge Repairs", "The harbour bridge repairs start in March, at night."),
        ("Library Opening Hours", "The central library opening hours grow on Saturdays."),
        ("Winter Parking Rules", "Winter parking rules ban cars from the gritting routes."),
        ("School Bus Routes", "School bus routes to the north villages change in spring."),
    ]
    lines = ["Council notices", "Notices are posted here on the day the council publishes them."]
    for head, teaser in notices:
        lines += [head, teaser]
    assert {c.signals["listing"] for c in weigh_candidates(lines, {}, set(), set())} == {1.0}
    assert _choose(lines) is None
    one = lines[:4]
    assert {c.signals["listing"] for c in weigh_candidates(one, {}, set(), set())} == {0.0}


def test_a_feed_of_heads_each_at_one_step_from_its_date_has_no_headline() -> None:
    """A category page prints two stories, each head with its date line just below and its
    own paragraph: a feed, not an article, though only two heads stand on it. An article
    whose dated headline stands above undated teasers keeps its headline."""
    lines = [
        "Regional news",
        "Harbour city unveils plan for a floating village",
        "Friday, 15 February 2019 11:05 Written by",
        "The harbour city unveiled a plan on Friday for a floating village of pontoons.",
        "Officials said the village would house visitors during the summer festival.",
        "Night trains return to the coastal line after repairs",
        "Tuesday, 12 February 2019 08:40 Written by",
        "Night trains will return to the coastal line next week after repairs, the operator said.",
    ]
    assert _choose(lines, dated=frozenset({2, 6})) is None
    items = {c.line: c.signals["feed_item"] for c in weigh_candidates(lines, {}, set(), {2, 6})}
    assert items[1] == items[5] == 1.0
    assert _choose(lines, dated=frozenset({2})) == lines[1]


def test_a_board_post_over_a_reposted_story_is_no_feed_of_two_heads() -> None:
    """A county board's post copies a weekly's story: the post's subject, its source glued on
    by a hyphen, stands over the post's date line, and the story's last deck over its
    reporter's byline. A date line and a byline stating no time mark no two items of a feed:
    the subject is the headline, without its source."""
    lines = [
        "자유게시판",
        "",
        "바르고 고운 말로 의견을 남겨 주세요. 비방글은 예고 없이 지울 수 있습니다.",
        "",
        "읍내 공영주차장 유료화 두고 상인들 반발-솔바람소식",
        "",
        "작성자 박*수 작성일 2019.04.02 조회수 412",
        "",
        "주차장 유료화, 누구를 위한 것인가",
        "",
        "상인회 \u201c손님 끊긴다\u201d 철회 요구",
        "",
        "군, 다음 달부터 읍내 공영주차장 세 곳 요금 받아",
        "",
        "김하늘 기자 sky@solbaram.example",
        "",
        "군이 다음 달부터 읍내 공영주차장 세 곳을 유료로 바꾸기로 하자 상인들이 반발하고 "
        "있다. 군은 주차장을 하루 종일 차지하는 차량을 줄이려는 것이라고 설명했다.",
        "",
        "상인회는 지난주 군청을 찾아 유료화를 철회해 달라는 의견서를 냈다.",
    ]
    text = "\n".join(lines)
    assert normalize_document(text)["title"] == "읍내 공영주차장 유료화 두고 상인들 반발"
    assert_same_headline(text)


def test_dated_teasers_past_the_end_of_an_article_leave_its_headline() -> None:
    """A blog post prints its title with its date, the post, then a "Related posts" block of
    other titles, each with its date and excerpt: the label between them says the teasers
    stand past the article's end, so the page is no feed and keeps its headline."""
    lines = [
        "Harbour city unveils plan for a floating village",
        "Friday, 15 February 2019",
        "The harbour city unveiled a plan on Friday for a floating village of pontoons.",
        "Officials said the village would house visitors during the summer festival.",
        "Related posts",
        "Night trains return to the coastal line after repairs",
        "Tuesday, 12 February 2019",
        "Night trains will return to the coastal line next week after repairs.",
    ]
    found = extract_headline(lines, {4: "section"}, {1, 6}, {1, 6})
    assert found.title == lines[0]
    assert extract_headline(lines, {}, {1, 6}, {1, 6}).title is None


def test_a_clipping_of_heads_each_with_the_same_link_below_has_no_headline() -> None:
    """A newsletter clips two stories, each head with its blurb and the same link line below:
    the link printed by each head makes the page a feed with no headline."""
    lines = [
        "Weekly clipping",
        "Short video dramas double their audience in a year",
        "Short video dramas of one or two minutes doubled their audience this year, as "
        "commuters watch episodes on the way to work.",
        "Read the original",
        "Office chats fill up with cat pictures instead of replies",
        "Office workers are answering chats with cat pictures instead of replies, and "
        "managers say they do not mind.",
        "Read the original",
    ]
    assert _choose(lines) is None
    assert _choose(lines[:4]) == lines[1]


def test_a_grid_of_entries_each_opening_with_its_air_time_has_no_headline() -> None:
    """A TV guide prints each evening show as "<air time> on <channel> <show>" above its
    blurb: the first show is one of the grid's entries, not the page's headline. A page that
    prints one such line keeps it."""
    lines = [
        "TUESDAY",
        "7 p.m. on KWXT Harbour Patrol",
        "The harbour patrol chases a smuggling boat through the fog in the season's last "
        "episode, and the captain has to trust a rookie.",
        "8 p.m. on KDNV Night Ward",
        "A storm knocks out the hospital's power and the night ward runs on torches.",
        "9 p.m. on HGTV Fix It By Friday",
        "A couple has five days to turn a flooded basement into a guest room.",
    ]
    assert _choose(lines) is None
    assert _choose(lines[:3]) == "7 p.m. on KWXT Harbour Patrol"
    picks = [
        "All times Eastern.",
        "Saturday, Oct. 9",
        "Harbour Patrol: “Low Tide”",
        "CBS, 9pm",
        "The coastal police hunt a missing ferry captain in the season opener.",
        "College Football: Ohio State at Penn State",
        "ABC, 3:30pm Live",
        "Two unbeaten teams meet in front of a full stadium.",
    ]
    assert _choose(picks) is None


def test_numbered_sections_are_no_timed_entries() -> None:
    """A set of rules numbers its sections "1.1", "1.2" as a match's commentary numbers its
    balls: the sections are no entries of a feed, and the rules keep their headline."""
    lines = [
        "Town pool rules for swimmers and their children",
        "The town pool rules for swimmers apply to everyone who uses the pool and its "
        "changing rooms, children included.",
        "1.1 Opening hours",
        "The pool opens at seven and closes at nine on weekdays, except public holidays.",
        "1.2 Children under ten",
        "Children under ten must swim with an adult at all times in the main pool.",
    ]
    assert _choose(lines) == lines[0]
    assert {c.signals["listing"] for c in weigh_candidates(lines, {}, set(), set())} == {0.0}


def test_a_scripts_screen_captions_numbered_with_no_space_are_no_headline() -> None:
    """A broadcaster's clip script lists the captions shown on screen, each opening with its
    number and a stop and no space ("2.…"); the caption its anchor's lines echo most is still
    one of the list's items, and the script has no headline."""
    lines = [
        "(앵커)",
        "주민의 눈으로",
        "동네의 불편을 살펴보는",
        "제보 현장 시간입니다.",
        "오늘은",
        "석 달째 꺼져 있는",
        "산책로 가로등을 찾았습니다.",
        "어두운 산책로,",
        "민재욱 기자가 취재했습니다.",
        "(영상 화면)",
        "1.다온시 새빛공원 산책로",
        "2.석 달째 꺼진 가로등..어두운 산책로",
        "3.윤서하 (다온시 새빛동)",
        "4.제보(시청자 게시판)",
        "5.영상취재 민재욱 기자",
        "◀END▶",
    ]
    text = "\n".join(lines)
    assert normalize_document(text)["title"] is None
    assert_same_headline(text)


def test_a_day_archive_of_heads_each_under_its_clock_has_no_headline() -> None:
    """A district paper's day archive prints each story's clock alone on its line, its head
    below: the heads are the day's entries. An article with the clock of its dateline above
    its headline keeps the headline."""
    lines = [
        "10:30",
        "OLD PARK LEFT TO THE WEEDS",
        "Neighbours say the benches in the old park have not been mended for years.",
        "Section:",
        "09:45",
        "THE ROAD TO SCHOOL: STILL WAITING",
        "Parents write again about the unlit road to the village school.",
        "Section:",
    ]
    assert _choose(lines) is None
    live = [
        "Rolling coverage of the day's news",
        "• 08:51",
        "Morning ferries cancelled as gales hit the coast",
        "All morning sailings between the islands were called off after gusts of 90 km/h.",
        "• 09:07",
        "Council names new head of the harbour board",
        "The council named a former port engineer to lead the harbour board from June.",
    ]
    assert _choose(live) is None
    article = ["14:05", "Harbour city unveils plan for a floating village", LEAD]
    assert _choose(article) == "Harbour city unveils plan for a floating village"


def test_a_live_page_keeps_its_headline_over_entries_each_under_its_clock() -> None:
    """A results night's live page prints its headline and a lead-in to the entries, then each
    entry under its clock alone on a line: the entries are one story's updates, not a listing,
    and the headline stays. The same entries right under a section's name have no headline."""
    entries = [
        "10:52 p.m.",
        "The county clerk says the last ballots from the river precincts have arrived.",
        "10:31 p.m.",
        "Hollis leads Garrity by about 1,900 votes with most of the county counted.",
        "10:05 p.m.",
        "Turnout in the county passed 40 percent, the highest for a spring vote in the city.",
    ]
    live = [
        "Live results and coverage of the primary",
        "Ridgeford (Staff) — The latest on primary night in the county (all times local):",
        *entries,
    ]
    assert _choose(live) == "Live results and coverage of the primary"
    assert_same_headline("\n".join(live))
    assert _choose(["Latest updates", *entries]) is None
    assert_same_headline("\n".join(["Latest updates", *entries]))


def test_heads_each_over_an_update_opening_with_its_clock_are_a_list() -> None:
    """A station's page of updates prints each update's head over a paragraph opening with
    "Update <clock> <zone> <day>:"; its headline was lost, so no head is the page's: each is
    one update's."""
    lines = [
        "Listen Live",
        "Crews reopened the coast road on Tuesday after the storm, the county said.",
        "Schools in the valley will stay shut on Wednesday.",
        "Coast road reopens after the storm",
        "Update 11:40 a.m. CST Feb. 3: The county reopened the coast road after the storm "
        "passed, crews said.",
        "Valley schools stay shut",
        "Update 9:05 a.m. CST Feb. 3: Valley schools will stay shut on Wednesday, the district "
        "said.",
    ]
    assert _choose(lines) is None
    assert_same_headline("\n".join(lines))


def test_heads_each_closing_with_their_own_numeric_date_are_a_list() -> None:
    """A station's archive of daily updates titles each one with its day after a space
    ("Morning Report 4-12-22") over its teaser: the updates are a list, the newest no more the
    page's headline than the others."""
    lines = [
        "Morning Report 4-12-22",
        "",
        "Crews will close the Elm Street bridge for repairs starting Monday, and the detour runs "
        "through the fairgrounds for about three weeks.",
        "",
        "Morning Report 4-11-22",
        "",
        "The school board meets tonight to vote on the new bus routes for the fall, and parents "
        "can speak at the start of the meeting.",
    ]
    assert _choose(lines) is None
    assert_same_headline("\n".join(lines))


def test_heads_each_opening_with_a_date_glued_on_are_a_list() -> None:
    """A county office's page of releases, scraped without its markup: each row its date glued
    to the head, the head glued to its subtitle. The rows are a list and the page's label above
    them is no headline; a source's name glued to a date is no head of such a list."""
    lines = [
        "County Clerk's Announcements",
        "-",
        "Mar 14, 2019Clerk Opens Saturday Hours for Passport ApplicationsOffice Will Stay Open "
        "Until Noon Through the End of May",
        "-",
        "Mar 11, 2019County Begins Scanning Old Land Records for the Online ArchiveDeeds From "
        "Before 1950 Will Be Searchable by Owner Name",
        "-",
        "Mar 7, 2019New Drop Box for Ballots Installed Outside the AnnexThe Box Is Watched by "
        "Camera and Emptied Twice a Day",
    ]
    assert _choose(lines) is None
    assert_same_headline("\n".join(lines))


def test_a_short_post_title_under_its_date_header_is_not_held_short() -> None:
    """A blog prints its date header, the post's title of two words, then the post, whose
    first paragraph need not repeat the title: the title still heads the page. Without the
    date header above it, or with another line between it and the post, it stays short."""
    post = (
        "The forecast promised sun, but the clouds stayed over the valley for a fifth day "
        "and the low fields flooded again."
    )
    lines = ["Wednesday, June 12, 2019", "Rainy week", post, "Farmers will wait to sow."]
    assert extract_headline(lines, {}, {0}, {0}).title == "Rainy week"
    assert extract_headline(lines, {}, {0}, set()).title is None
    spaced = [lines[0], "Rainy week", "Photos", post]
    assert extract_headline(spaced, {}, {0}, {0}).title is None


def test_a_glossary_term_that_its_definition_opens_with_is_not_held_short() -> None:
    """An entry's term of two words heads its definition, which opens with it; the question
    below it restates the term and is no headline."""
    lines = [
        "Working capital",
        "What is working capital?",
        "Working capital is what a firm holds in cash and stock, less what it owes within a year.",
        "A shop with more bills due than money coming in runs short of it.",
    ]
    assert _signals(lines, lines[0])["length"] == 0.0
    assert _choose(lines) == "Working capital"
    # a section label of two words is still held short when the paragraph merely uses it
    label = ["Opinion", "Working capital is what a firm holds in cash and stock, less debts."]
    assert _signals(label, label[0])["length"] == -1.0


def test_an_entry_term_with_a_qualifier_heads_the_lead_below_a_revision_note() -> None:
    """A wiki's entry term of one word with a bracketed qualifier: the lead opens with the
    term (a Hangul particle glued to it), a few lines below a revision note."""
    lines = [
        "보관문서.png",
        "분할상환 (금융)",
        "Hanbit (토론 | 기여)님의 2023년 3월 2일 (목) 10:15 판 (새 문서: 분할상환은 빌린 돈을 "
        "여러 번에 나눠 갚는 방식이다. 원금과 이자를 함께 갚는다.)",
        "둘러보기로 가기, 검색하러 가기",
        "분할상환은 빌린 돈을 여러 번에 나눠 정해진 날마다 갚는 방식이다.",
        "원금을 한꺼번에 갚는 만기일시상환과 달리 매달 갚을 돈이 일정하다.",
    ]
    assert _signals(lines, lines[1])["length"] == 0.0
    assert _choose(lines) == "분할상환 (금융)"


def test_a_lead_printing_the_title_with_stress_marks_echoes_it() -> None:
    """An encyclopedia's lead prints its entry's name with stress marks; the name is still
    the words the lead repeats."""
    lines = [
        "Северный Берег",
        "«Се\u0301верный Бе\u0301рег» — районная газета, выходящая в Усть-Каменке с 1931 года.",
    ]
    assert _signals(lines, lines[0])["echo"] == 0.5


def test_alt_titles_and_copies_leave_the_body() -> None:
    lines = [
        "Connect with us",
        "Описание к видео Seoul and Tokyo agree to resume talks",
        "Seoul and Tokyo agree to resume talks",
        "한일, 셔틀 외교 재개 합의",
        LEAD,
    ]
    headline = extract_headline(lines, {0: "widget"}, set(), set())
    assert headline.title == "Seoul and Tokyo agree to resume talks"
    assert headline.alt_titles == [AltTitle("한일, 셔틀 외교 재개 합의", "ko")]
    assert headline.lines == {1, 2, 3}
    assert 0.5 < headline.score < 1.0


def _signals(lines: list[str], text: str) -> dict[str, float]:
    """The signals of the candidate whose headline is ``text``."""
    found = weigh_candidates(lines, {}, set(), set())
    return next(candidate.signals for candidate in found if candidate.text == text)


def test_the_paragraph_below_repeats_the_headline_not_the_section_menu() -> None:
    """A menu's words turn up somewhere on the page; a headline's in the paragraph below it."""
    lines = [
        "Money Industry Politics Society Education Opinion Life",
        "Society > Education",
        "Night buses for students to run until 2 a.m. during exams",
        "The city will run night buses for students until 2 a.m. during the exam weeks, the "
        "schools office said on Monday, after a survey of 3,000 students.",
        "Politics and money aside, most of the students asked said they studied late in "
        "libraries that close at midnight, and that the last ordinary bus left before that.",
    ]
    headline = "Night buses for students to run until 2 a.m. during exams"
    assert _signals(lines, headline)["lead_echo"] > 0.3
    assert _signals(lines, lines[0])["lead_echo"] == 0.0
    assert _choose(lines) == headline


def test_a_deck_that_restates_the_headline_gives_way_to_it() -> None:
    """The line below a headline that says it again at length is its deck, not the headline."""
    lines = [
        "Riga mayor loses a third of his channel's followers",
        "The mayor of Riga has lost a third of the followers of his channel, which now has "
        "fewer than 200,000",
        "Anna Kotova, editor",
        "The mayor of Riga has lost a third of the followers of his channel, an analytics "
        "service said on Tuesday.",
    ]
    assert _signals(lines, lines[1])["restates_above"] > 0.5
    assert _signals(lines, lines[0])["restates_above"] == 0.0
    assert _choose(lines) == lines[0]


def test_a_deck_under_the_headline_gives_way_to_it() -> None:
    """Short lines under a headline that add facts of their own are its decks: the lead echoes
    them as well or better, yet the story head above them is the headline."""
    lines = [
        "Home > Local",
        "County clinic takes memory tests to village halls",
        "",
        "Nurses screened more than 1,000 residents over 60",
        "Budget for the tours to double next year",
        "",
        "By Mina Cho, staff reporter",
        "The county clinic has taken memory tests to village halls since April, and nurses "
        "screened more than 1,000 residents over 60 who rarely travel to town, it said on Friday.",
    ]
    assert _signals(lines, lines[3])["deck"] == 1.0
    assert _signals(lines, lines[1])["deck"] == 0.0
    assert _choose(lines) == lines[1]


SITE_HEADER_PAGE = """Northvale Baptist Union

Official site of the regional council of churches

Fellowship

Pastor Ellen Rusk: "Our task is to bring the church closer to the town"

Pastor Ellen Rusk: "Our task is to bring the church closer to the town"
March 12, 2021 15:43

Northvale is known to the believers of the union above all for its old stone chapel and its \
spring processions, nine of them a year, and for the youth camps it runs by the lake.
"""


def test_a_headline_printed_twice_below_a_sites_header_is_no_deck() -> None:
    """A site's header and its tagline stand above a headline the page prints twice: the copy
    on the next line says the headline, however the decks below the header run on."""
    lines = SITE_HEADER_PAGE.splitlines()
    assert normalize_document(SITE_HEADER_PAGE)["title"] == lines[6]
    assert_same_headline(SITE_HEADER_PAGE)


def test_a_deck_under_a_three_word_headline_gives_way_to_it() -> None:
    """A headline of three words leaves its story to the deck below it, which the lead echoes
    as well; the short headline above still holds, a section's one-word label does not."""
    lines = [
        "Weather",
        "",
        "Blizzard holds on",
        "",
        "Forecasters expect strong wind and hard frost tomorrow",
        "",
        "The blizzard holds on through the night, with snow drifts on the roads and the frost "
        "falling to minus 25 degrees.",
    ]
    assert _signals(lines, lines[4])["deck"] == 1.0
    assert _choose(lines) == lines[2]


def test_a_deck_that_takes_the_lead_words_still_gives_way_to_the_headline() -> None:
    """The lead may echo the deck more than the headline above it; the headline still holds."""
    lines = [
        "14.06.2024, 10:25 4120",
        "Builder fined for stalled roof works at city school",
        "Work was due to finish by June 1",
        "Karaganda, June 14. The firm hired to repair the roof of School No. 38 has done less "
        "than a third of the work that was due to finish by June 1, inspectors said on Friday.",
    ]
    assert _signals(lines, lines[1])["echo"] < 0.3
    assert _signals(lines, lines[2])["deck"] == 1.0
    assert _choose(lines) == lines[1]


def test_a_lead_too_long_for_a_title_begins_the_article_though_unfinished() -> None:
    """A lead cut off before its full stop is still the article's first paragraph when it is
    longer than any title: the next story's head below it heads no article of this page."""
    lines = [
        "Grain prices hold on export hopes",
        "",
        "On Wednesday grain prices on the regional exchange rose again for the third day, "
        "although nothing new had happened before trading opened: wheat for December stood "
        "near last week's level and traders waited for the quota",
        "",
        "September 16, 2015 Market Wire",
        "",
        "Analysts cut their forecast for the largest mobile operator",
        "",
        "Analysts at an investment firm cut the target price of the mobile operator's shares "
        "and changed their advice from buy to hold, citing weaker revenue forecasts.",
    ]
    assert _signals(lines, lines[6])["after_body"] == 1.0
    assert _choose(lines, frozenset({4})) == lines[0]


def test_the_headline_stands_right_above_the_first_paragraph() -> None:
    """Of the headline-shaped lines, the ones just above the article's first paragraph."""
    lines = [
        "Weather Traffic Schools Sports",
        "Subscribe to the evening newsletter",
        "Harbor ferry returns to its winter timetable",
        "The harbor ferry returned to its winter timetable on Sunday, with the last boat "
        "leaving the pier at 9 p.m. instead of midnight.",
    ]
    assert _signals(lines, lines[2])["before_lead"] == 1.0
    assert _signals(lines, lines[0])["before_lead"] == pytest.approx(1 / 3)


def test_a_breadcrumb_glued_to_a_copy_cut_short_gives_way_to_the_whole_headline() -> None:
    """A trail glued to the headline's copy cut with "..." is no headline and no paragraph."""
    lines = [
        "Saturday, May 11, 2024",
        "HomeCityRiverside library reopens after a two-year rebuild with a rooftop reading...",
        "",
        "Riverside library reopens after a two-year rebuild with a rooftop reading garden",
        "",
        "The Riverside branch library reopened on Saturday after a two-year rebuild that added "
        "a rooftop reading garden and a children's floor.",
    ]
    assert _signals(lines, lines[1])["glued"] == 1.0
    assert _signals(lines, lines[3])["after_body"] == 0.0
    assert _choose(lines) == lines[3]


def test_a_caption_printed_again_with_its_credit_is_a_caption() -> None:
    """The first copy of a doubled caption has no credit of its own; its copy has one."""
    lines = [
        "Volunteers sort donated coats in the gym of the old primary school on Saturday.",
        "Volunteers sort donated coats in the gym of the old primary school on Saturday. "
        "Photo by Mira Holt",
        "Volunteers sorted more than 2,000 donated coats in the gym of the old primary school "
        "on Saturday, ahead of the first frost forecast for next week.",
        "The coats will go to shelters and schools across the county, organisers said.",
    ]
    assert _signals(lines, lines[0])["caption"] == 1.0
    assert _choose(lines) is None


def test_a_caption_closed_by_its_credit_is_no_headline_even_when_the_lead_echoes_it() -> None:
    """A page that lost its headline opens with the photograph's caption, its credit in
    brackets at its end; the lead below tells the same story, but there is no headline."""
    lines = [
        "(앞줄 왼쪽부터) 오세린 마루시 부시장, 한도윤 마루문화재단 이사장. <사진: 마루문화재단>",
        "[마루일보 백지호 기자] 마루문화재단과 마루시가 지역 예술인 창작 공간을 함께 짓기로 "
        "하고 오세린 부시장과 한도윤 이사장이 협약서에 서명했다.",
        "창작 공간은 옛 정수장 부지에 들어서며 2027년 문을 연다.",
    ]
    assert weigh_candidates(lines, {}, set(), set())[0].line != 0
    assert _choose(lines) is None
    english = ["Mayor Ines Ward cuts the ribbon at the new ferry pier. (Photo: Port of Belmar)"]
    assert _choose([*english, "The mayor opened the new ferry pier on Monday."]) is None
    # a bare "(사진)" says the story has photographs and names no source: still a candidate
    pictured = ["마루시 옛 정수장, 창작 공간으로 바뀐다 (사진)", *lines[1:]]
    assert weigh_candidates(pictured, {}, set(), set())[0].line == 0


def test_a_caption_signed_after_a_dash_is_no_headline_even_when_the_lead_echoes_it() -> None:
    """A page that lost its headline opens with a photograph's caption signed after a dash or
    a copyright sign: a credit's marker, or a name closing a finished sentence. A headline
    with a dated suffix or an outlet's name after its dash, or a quotation signed by its
    speaker, stays a candidate."""
    lead = (
        "Mayor Ines Ward opened the new ferry pier at Belmar harbour on Monday, two years "
        "after the old one was closed by storm damage."
    )
    signed = [
        "Mayor Ines Ward opens the new ferry pier at Belmar harbour - Credit: Coastline Media",
        "Mayor Ines Ward opens the new ferry pier at Belmar harbour.--HARBOUR PHOTO TOM REY",
        "Mayor Ines Ward opens the new ferry pier at Belmar harbour. — Picture by Tom Rey",
        "Mayor Ines Ward opens the new ferry pier at Belmar harbour. © Belmar Post",
    ]
    for caption in signed:
        assert _choose([caption, "", lead]) is None, caption
    kept = [
        "New ferry pier opens at Belmar harbour -- May 2, 2019",
        "New ferry pier opens at Belmar harbour - Belmar Post",
        "Is the new ferry pier worth the wait? — Readers' letters on the harbour works",
        # a quotation signed by its speaker: no photographer's credit
        "“The new pier will carry the harbour for fifty years.” — Mayor Ines Ward",
    ]
    for headline in kept:
        assert weigh_candidates([headline, "", lead], {}, set(), set())[0].line == 0, headline


def test_a_caption_that_places_its_people_is_no_headline() -> None:
    """A photograph's caption says where each person stands ("(왼쪽)", "(from left)",
    "(слева)") or credits its source glued after "제공="; printed above the headline, it is
    no headline, though the lead below tells the same story."""
    korean = [
        "한빛시 새 청사 준공식에서 테이프를 자르는 오세린 시장(왼쪽 두번째)과 시의원들",
        "",
        "한빛시 새 청사 준공, 다음 달부터 민원 업무",
        "",
        "한빛시가 12일 새 청사 준공식을 열고 시장과 시의원들이 테이프를 잘랐다. 새 청사는 "
        "옛 시외버스터미널 부지에 들어섰으며 다음 달부터 민원 업무를 시작한다.",
    ]
    # the caption's words without their credit are a candidate, with it none: the lead alone is
    credited = ["주말 한빛시 벚꽃길 풍경 /제공=한빛시", "", korean[4]]
    uncredited = [credited[0].removesuffix(" /제공=한빛시"), *credited[1:]]
    assert [found.line for found in weigh_candidates(uncredited, {}, set(), set())] == [0, 2]
    assert [found.line for found in weigh_candidates(credited, {}, set(), set())] == [2]
    english = [
        "Council members Ana Ruiz, Tom Rey and Lee Han (from left) at the new ferry pier",
        "",
        "Belmar opens its new ferry pier",
        "",
        "Belmar opened its new ferry pier on Monday, two years after storms closed the old one, "
        "and council members rode the first crossing to the island.",
    ]
    russian = [
        "Глава Заречска Иван Лунин (слева) и директор школы на открытии нового корпуса",
        "",
        "В Заречске открыли новый корпус школы",
        "",
        "В Заречске открыли новый корпус школы на четыреста учеников: глава города и директор "
        "школы разрезали ленту в понедельник.",
    ]
    for page in (korean, english, russian):
        assert _signals(page, page[0])["caption"] == 1.0
        assert _choose(page) == page[2]
    kept = ["Left or right: the island votes on its ferry", "", english[4]]
    assert _signals(kept, kept[0])["caption"] == 0.0


def test_the_first_paragraph_itself_has_no_lead_to_echo_it() -> None:
    """A page that lost its headline opens with its lead's first sentence; the paragraphs
    after it tell the rest of its story and repeat its words, but that is no lead echoing a
    headline. A headline ending with a full stop, its dateline right below, is one."""
    story = [
        "A lorry carrying timber overturned on the coast road near Marrow Bay on Friday morning.",
        "",
        "The lorry overturned on a bend of the coast road at about 6am, spilling timber across "
        "both lanes, and the road near Marrow Bay stayed closed until the afternoon.",
        "",
        "The driver of the lorry was taken to hospital with minor injuries, police said.",
    ]
    lead = weigh_candidates(story, {}, set(), set())[0]
    assert lead.line == 0 and lead.signals["echo"] == 0.0
    assert _choose(story) is None
    headed = ["Timber lorry overturns on Marrow Bay coast road.", "", "May 9, 2025", "", *story]
    assert _choose(headed, dated=frozenset({2})) == headed[0]


def test_a_line_that_ends_in_a_colon_leads_into_what_follows() -> None:
    """A label that opens a list or a quote ("FERRY NOTICES:") is no headline, in capitals or
    not."""
    lines = [
        "FERRY NOTICES FOR THE OUTER ISLANDS:",
        "Island ferry fares to rise by a tenth in June",
        "Ferry fares to the outer islands will rise by about a tenth in June, the port "
        "authority said on Tuesday, citing fuel costs and a shortage of crew.",
    ]
    assert _signals(lines, lines[0])["sentence"] == 1.0
    assert _choose(lines) == lines[1]


def test_a_line_that_ends_in_a_comma_runs_on_into_the_next() -> None:
    """A verse's or a sentence's first line, cut at a comma, is no headline: a page opening
    with a rhyme has none."""
    lines = [
        "Снег идёт, снег идёт,",
        "Белый город у ворот,",
        "Зима к нам пришла,",
        "Санки детям принесла.",
        "В пятницу в младших группах прошёл зимний праздник: дети пели песни, водили хоровод "
        "вокруг ёлки и лепили снеговика на участке вместе с воспитателями и родителями.",
    ]
    assert _signals(lines, lines[2])["sentence"] == 1.0
    assert _choose(lines) is None


def test_the_items_of_a_numbered_list_are_neither_headline_nor_paragraph() -> None:
    """A box of numbered sayings above a match report: its items, the number cut off, are
    headline-long lines, and the first is long enough to read as a paragraph; the report's
    heading below them is the headline."""
    lines = [
        "1. The best bowling is the tea urn, warm and steady all afternoon (pavilion saying)",
        "2. Never trust a groundsman who smiles... More sayings here.",
        "",
        "Washed Out at Elm Park: Fernley Rovers 9 Jun (Season: 2014)",
        "Report by: The twelfth man",
        "Fernley won the toss and chose to bat under a grey sky, and for half an hour it looked "
        "like a sensible decision before the first drops fell on the covers.",
    ]
    assert _choose(lines) == lines[3]


def test_a_headline_in_capitals_is_given_as_its_mixed_case_copy() -> None:
    """A newsletter shouts the headline in its list and prints it in mixed case above the
    story: a person copies the mixed-case one."""
    lines = [
        "FERRY FARES TO THE OUTER ISLANDS TO RISE IN JUNE",
        "",
        "Ferry fares to the outer islands to rise in June",
        "Ferry fares to the outer islands will rise by about a tenth in June, the port "
        "authority said on Tuesday, citing fuel costs and a shortage of crew.",
    ]
    assert _choose(lines) == lines[2]


def test_a_caption_printed_twice_and_glued_starts_no_article() -> None:
    """A long caption and its copy glued on one line is no paragraph: the headline below it is
    not after the article's start."""
    caption = (
        "Mina Park (left) shows a customer how the shop's old bread oven works, on the morning "
        "the bakery reopened after a month of repairs."
    )
    lines = [
        caption + caption,
        "",
        "The bakery that would not close: a family oven back at work after the flood",
        "",
        "The bakery on Harbor Street reopened on Monday, a month after the flood filled its "
        "kitchen with water, and its owners say the old oven survived.",
    ]
    assert _signals(lines, lines[2])["after_body"] == 0.0
    assert _choose(lines) == lines[2]


def test_a_line_with_a_web_address_is_no_headline() -> None:
    """A print view's close button and address, a source's address: no headline prints one."""
    lines = [
        "Close the print window www.harborledger.example",
        "Shipping lines ask for a two-year delay of the carbon levy",
        "Shipping lines asked the government on Thursday for a two-year delay of the carbon "
        "levy on fuel, saying half of the national fleet would otherwise lose money.",
    ]
    assert _signals(lines, lines[0])["address"] == 1.0
    assert _choose(lines) == lines[1]


def test_a_page_of_sentences_has_no_headline() -> None:
    lines = [
        "The city council approved the new budget on Friday after a long debate.",
        "Share",
        "Officials said the spending plan would fund two new schools.",
    ]
    assert _choose(lines, line1="widget") is None


def test_a_roundup_under_its_score_lines_has_no_headline() -> None:
    lines = [
        "MILLBROOK 21, CEDAR FALLS 10",
        "The Millbrook Otters scored twice in the fourth quarter to beat Cedar Falls 21-10.",
        "Quarterback Dani Osei threw for 180 yards and ran for a touchdown.",
        "LAKEVIEW 35, ORCHARD HILL 0",
        "Lakeview shut out Orchard Hill for the second time this season.",
    ]
    assert _choose(lines) is None


def test_a_players_line_on_a_scoreboard_is_no_headline() -> None:
    lines = [
        "Tomas Vieira 52*(38) 4x4, 1x6",
        "Rohan Das 3 - 0 - 24 - 2",
        "17.3 Rohan Das to Tomas Vieira, FOUR, driven through the covers for four runs.",
    ]
    assert _choose(lines) is None


SCORES_PAGE = [
    "Saturday Girls Soccer Scores",
    "",
    "From staff reports",
    "",
    "Alder Creek 3, Mossvale 1, F",
    "",
    "Port Ellery Academy 2, Kingsbridge 2, HT",
    "",
    "Hawthorn Prep 4, St. Brigid 0, F",
    "",
    "Larkspur 1, Tollgate 0, 2nd",
    "",
    "Wexley at Brindle, Postponed, field flooded",
    "",
    "Granite Falls Christian 5, Marlow 2, F",
    "",
    "Quarry Hill 2, Ashby Central 1, F",
    "",
    "Fenwick 0, Dovecote Valley 0, HT",
]


def test_score_lines_closed_by_a_game_s_status_are_no_heads_of_a_listing() -> None:
    assert _choose(SCORES_PAGE) == "Saturday Girls Soccer Scores"


TITLE_CASE_TOLL_PAGE = [
    "Tri-County Courier",
    "",
    "Ferry Crash Kills 4, Injures 27",
    "",
    "Posted March 3, 2021 9:15 AM",
    "",
    "Four people died and twenty-seven were hurt when a ferry struck the pier at Gull Harbor on "
    "Tuesday morning, the county sheriff said.",
    "",
    "Rescue crews worked through the day to reach passengers trapped on the lower deck.",
]


def test_a_title_case_headline_shaped_as_a_score_without_a_status_is_a_headline() -> None:
    assert _choose(TITLE_CASE_TOLL_PAGE, dated=frozenset({4})) == "Ferry Crash Kills 4, Injures 27"


SPLIT_INTERVIEW_HEAD = [
    "Смотритель маяка Тимур Есенов:",
    "«",
    "Штормов я не боюсь, боюсь тишины»",
    "",
    "12 марта 2021",
    "",
    "Смотритель маяка Тимур Есенов:",
    "«Штормов я не боюсь, боюсь тишины»",
    "",
    "Двадцать лет он живёт на мысе Чайка один и говорит, что тишины боится больше, чем штормов.",
    "Сколько штормов вы пережили на мысе?",
]


def test_a_speaker_left_open_by_a_colon_over_a_short_quotation_is_one_headline() -> None:
    assert _choose(SPLIT_INTERVIEW_HEAD) == (
        "Смотритель маяка Тимур Есенов: «Штормов я не боюсь, боюсь тишины»"
    )


def test_a_speaker_over_a_long_quotation_is_no_headline_of_both() -> None:
    lines = [
        "Ferry fares rise again",
        "The harbour board raised fares on Monday, its second rise this year.",
        "Board chair Ilse Varga:",
        "“We held the fares for three winters, but the fuel bill has doubled since then and "
        "the old boats cost more to repair every season.”",
    ]
    assert _choose(lines) == "Ferry fares rise again"


def test_a_headline_closing_with_its_date_is_no_line_of_figures() -> None:
    lines = [
        "Notes From The Rectory – April 14, 2024",
        "Spring has come to the valley, and with it the first work days in the parish garden.",
    ]
    assert _choose(lines) == "Notes From The Rectory – April 14, 2024"


# A humour blog's numbered post, its title the meeting's place and day in figures, and a daily
# bulletin's title closed by its day with spaced dashes: each closes with a numeric date, so
# neither is a line of figures (a score's or a player's).
NUMBERED_POST_PAGE = [
    "#12: Ashford Mills, OH 9/21/18",
    "",
    "The Ashford Mills council met on a warm Tuesday night, and the first thing on the agenda was, "
    "of all things, a goose that had moved into the fountain outside the library.",
    "",
    "Nobody could agree on whose goose it was. The parks director said it was a town goose.",
]
DASHED_BULLETIN_PAGE = [
    "Harbour Bulletin Elm Bay 21 – 09 - 2018",
    "",
    "The harbour board met on Friday to set the winter ferry timetable for the three islands, "
    "and agreed to keep the late boat on Saturdays.",
]


def test_a_headline_closing_with_a_numeric_date_is_no_line_of_figures() -> None:
    assert _choose(NUMBERED_POST_PAGE) == "#12: Ashford Mills, OH 9/21/18"
    assert _choose(DASHED_BULLETIN_PAGE) == "Harbour Bulletin Elm Bay 21 – 09 - 2018"
    # a bowler's figures joined by spaced dashes close with no date
    bowler = ["Tomas Reyes 3.2 - 0 - 31 - 1", "", *NUMBERED_POST_PAGE[2:]]
    assert _choose(bowler) != bowler[0]
    # a release's version numbers close with no year: a line of figures still
    assert is_figure_line("1.0.2 1.1.0 1.1.1")
    assert not is_figure_line("Harbour Bulletin Elm Bay 2018/9/21")


CHANNEL = [
    "Harbour Watch",
    "12.7K subscribers",
    "1.4K photos",
    "96 videos",
    "2.2K links",
    "Daily news from the harbour district of Port Ellery",
    "",
    "Tips and photos: @harbourwatch_tips",
    "Join channel",
    "Harbour Watch",
    "Night ferry to the islands returns for the summer",
    "",
    "The night ferry to the outer islands will sail again from June, the operator said, after "
    "two summers without it. Tickets go on sale next week.",
    "@harbourwatch",
    "Fish market to close for repairs in April",
    "",
    "The old fish market on the quay will shut for six weeks in April while the roof is "
    "replaced, the port authority said on Tuesday.",
]


def test_a_channel_page_under_its_counters_has_no_headline() -> None:
    """A messenger channel's page prints its name, a run of counters and a description above
    its posts: no line of the header is a headline, and the page is a feed of posts. Two
    counters by a story ("12 comments", "340 views") make no such header."""
    assert normalize_document("\n".join(CHANNEL))["title"] is None
    story = [
        "Night ferry to the islands returns for the summer",
        "12 comments",
        "340 views",
        *CHANNEL[12:13],
    ]
    assert normalize_document("\n".join(story))["title"] == story[0]


def test_a_channel_page_whose_posts_are_signed_with_its_handle_has_no_headline() -> None:
    """A channel's mirror prints no counters, only its description and its posts, each signed
    with the channel's handle on a line of its own: the page is the channel's feed, and
    neither its description nor a post's first line is a headline. One signature (a single
    post, a credit) makes no feed."""
    posts = [
        "Harbour news, short and first. Only the news, no opinions",
        "⚡️ Night ferry to the islands returns for the summer",
        "The operator said the boat would sail from June after two summers without it.",
        "💬 «We missed the islanders», the captain told reporters on the quay.",
        "@harbourwatch",
        "⚓ Fish market to close for repairs in April",
        "The port authority said the roof over the old quay hall would be replaced.",
        "@harbourwatch",
        "📷 Anna Reed/Harbour Watch",
    ]
    assert normalize_document("\n".join(posts))["title"] is None
    assert normalize_document("\n".join(posts[:5]))["title"] is not None


def test_teasers_each_printing_their_head_twice_have_no_headline() -> None:
    """A section or search page prints each teaser's head twice (a link, then its heading)
    above its own paragraph, one teaser after another: the heads are the list's items, and
    the prompt above them is no headline either. An article that prints its headline twice
    above its lead keeps it."""
    teasers = [
        "Looking for a story? Search",
        "Ferry fares rise on the island routes",
        "Ferry fares rise on the island routes",
        "Fares on the island ferry routes rise by a tenth from May, the operator said.",
        "Night buses return to the old town",
        "Night buses return to the old town",
        "The old town gets its night buses back after a year without them, the city said.",
    ]
    assert normalize_document("\n".join(teasers))["title"] is None
    article = [
        *teasers[1:4],
        "The operator blamed the price of fuel and said the winter timetable would not change.",
        "Island councils said they would ask the ministry to cap the fares for residents.",
    ]
    assert normalize_document("\n".join(article))["title"] == teasers[1]


def test_teasers_ending_with_one_tail_are_a_list() -> None:
    """A section page ends each teaser with the same tail, a link's label or the teaser's
    time: the teasers are the list's items, and so is the first one printed again above
    without its tail. An article whose related stories carry such tails below its lead keeps
    its headline."""
    section = [
        "Ferry fares to the islands rise from May",
        "Ferry fares to the islands rise from May read on »",
        "Night buses return to the old town after a year read on »",
        "Harbour museum opens a room for old maps read on »",
        "Fishing fleet stays in port as storm nears read on »",
    ]
    assert normalize_document("\n".join(section))["title"] is None
    timed = [
        "Lakeside library reopens with a new reading room... 2025-03-14 17:49",
        "Council votes to keep the night market open... 2025-03-13 11:15",
        "Mill Street bakery wins a regional prize... 2025-03-12 09:25",
    ]
    assert normalize_document("\n".join(timed))["title"] is None
    article = [
        "Ferry fares to the islands rise from May",
        "Fares on the island ferry routes rise by a tenth from May, the operator said on Monday.",
        "The operator blamed the price of fuel and said the winter timetable would not change.",
        "Related",
        *section[2:],
    ]
    assert normalize_document("\n".join(article))["title"] == article[0]


def test_a_bulleted_head_printed_twice_is_a_list_item() -> None:
    """A tag or search page prints its results as a list: each item opens with a bullet and
    prints its head twice (a link, then its heading) above the story's paragraphs; one such
    item is enough to tell the list. A trail of bulleted crumbs whose last crumb is the
    headline, printed again below it, is no list of results."""
    results = [
        "Tag: Lakeside",
        "• Lakeside library reopens after a year of repairs",
        "Lakeside library reopens after a year of repairs",
        "The town library on Mill Street opened its doors again on Saturday after a new roof "
        "and heating were fitted.",
        "Librarians said more than 300 people came in on the first morning.",
    ]
    assert normalize_document("\n".join(results))["title"] is None
    trail = ["- Home", "- News", *results[1:]]
    assert normalize_document("\n".join(trail))["title"] == results[2]


# A reading blog's post with no headline of its own: the board's label opens the page with the
# same dash as the post's fields and counters below it.
BULLETED_LABELS_PAGE = "\n".join(
    [
        "- 이번 주 읽은 책",
        "",
        "솔숲서재",
        "- 공개 설정",
        "- 작성일",
        "- 2019.4.2",
        "동네 헌책방에서 오래 찾던 시집을 드디어 구했습니다.",
        "책장 맨 아래 칸에 꽂혀 있었는데 주인 할아버지가 먼저 알아보고 꺼내 주셨어요.",
        "표지는 바랬지만 안쪽에 전 주인이 적어 둔 메모가 남아 있어 더 반가웠습니다.",
        "- 공감",
        "- 7",
        "- 댓글",
        "- 1",
    ]
)


def test_a_label_opening_with_the_dash_of_the_pages_list_is_no_headline() -> None:
    """A line that opens with the bullet of three other lines of the page at least is an item
    of the page's lists (a board's label above the post's fields), even the first line, which
    has no bulleted line above it; a headline without that bullet over the same fields is
    kept."""
    assert normalize_document(BULLETED_LABELS_PAGE)["title"] is None
    titled = BULLETED_LABELS_PAGE.replace("- 이번 주 읽은 책", "헌책방에서 찾은 시집 한 권")
    assert normalize_document(titled)["title"] == "헌책방에서 찾은 시집 한 권"


# A software firm's learning page: a trail of two bulleted crumbs, the post's headline, its
# author printed twice and its date, then the lead.
TWO_CRUMB_TRAIL_PAGE = "\n".join(
    [
        "\u2022 Help hub",
        "  \u2022 Teams & Planning",
        "",
        "Kickoff meetings are a planning must \u2014 here is how to run one",
        "",
        "Orla Penhallow",
        "",
        "Orla Penhallow",
        "",
        "March 2, 2023",
        "",
        "Planning is all about teams. Every project starts with a question of who does what, "
        "and a kickoff meeting is where a team answers it together.",
        "",
        "Below we walk through the agenda, the people to invite and the notes to keep.",
    ]
)


def test_two_bulleted_crumbs_over_a_headline_are_a_trail_not_its_headline() -> None:
    """Two bulleted lines in a row are a list's items, the last of them too though no bullet
    opens the line below it: a trail's crumbs over the page's headline."""
    assert normalize_document(TWO_CRUMB_TRAIL_PAGE)["title"] == (
        "Kickoff meetings are a planning must \u2014 here is how to run one"
    )


OPEN_TRAIL_PAGE = "\n".join(
    [
        "Find a Local Group",
        "",
        "Find a Local Group",
        "",
        "Print this page Home »",
        "",
        "Millbrook Youth Singers",
        "",
        "Rehearsals",
        "Thursdays at the Old School Hall, Millbrook",
        "Ages",
        "From twelve to eighteen",
        "",
        "Choir News",
        "",
        "» Valley choirs plan a joint concert for the new organ",
        "The three choirs of the valley will sing together in May to raise money for the "
        "church organ, which has been silent since the winter floods",
    ]
)


def test_the_line_under_a_trail_left_open_is_the_headline() -> None:
    """A directory's entry prints its trail with the mark after its last section ("Home »") and
    the entry's name on the line below, the crumb the trail leads to: that name is the
    headline, short and unechoed as it is, not the finder's heading printed twice above; a
    link's label before the mark ("Read more »") is no section and leads to no title."""
    assert normalize_document(OPEN_TRAIL_PAGE)["title"] == "Millbrook Youth Singers"
    link = OPEN_TRAIL_PAGE.replace("Home »", "Read more »")
    assert normalize_document(link)["title"] == "Find a Local Group"


def test_a_trail_left_open_by_any_of_its_arrows_leads_to_the_headline() -> None:
    """A trail's arrows are one set wherever a trail is read: a trail left open with any of
    them ("Home ›", "Home ❯") leads to the line below as "Home »" does."""
    for arrow in "›>❯":
        page = OPEN_TRAIL_PAGE.replace("Home »", f"Home {arrow}")
        assert normalize_document(page)["title"] == "Millbrook Youth Singers", arrow
        assert_same_headline(page)


def test_a_heading_repeating_the_last_crumb_is_the_headline_in_the_sites_own_case() -> None:
    """A municipal page prints its trail as bulleted crumbs and, right below, the last crumb
    again as the page's heading: one lowercase word is then the headline, as the site names
    the page, though a lowercase word alone is mostly an alt text or a slug."""
    page = [
        "- Home",
        "- For residents",
        "- News",
        "- cleanup",
        "cleanup",
        "April 5, 2025, 09:31",
        "The spring cleanup began on Saturday: volunteers from the parish school and the "
        "library cleared the riverside path of last year's leaves.",
        "Bags and gloves can be taken at the village hall until Friday.",
    ]
    assert normalize_document("\n".join(page))["title"] == "cleanup"
    assert normalize_document("\n".join(page[4:]))["title"] is None


def test_a_table_rows_closing_bar_is_no_teasers_tail() -> None:
    """A school board flattened to a table closes every row with a bar: its title cell, its
    field rows and the links to the previous and next notices end alike, but the bar is no
    link's label that a list prints after each teaser; the title cell is the headline."""
    page = [
        "Summer holiday water safety guidance for families |",
        "|||||",
        "---|---|---|---|---|---|",
        "Author | Pinecrest Primary | Posted | 22.07.19 | Views | 412 |",
        "Attachment | |||||",
        "Dear parents, as the summer holiday begins we ask you to go over water safety with your "
        "children: swim only where lifeguards watch and always with an adult nearby.",
        "|",
        "Previous | Parent survey results for the spring term guidance |",
        "---|---|",
        "Next | After-school club timetable for the summer guidance |",
    ]
    assert normalize_document("\n".join(page))["title"] == page[0].rstrip(" |")


def test_the_threshold_is_the_callers() -> None:
    page = "Seoul and Tokyo agree to resume talks\n\n" + LEAD
    row = normalize_document(page)
    assert row["title"] == "Seoul and Tokyo agree to resume talks"
    assert 0.5 < row["title_score"] < 1.0
    strict = normalize_document(page, options=Options(title_threshold=20.0))
    assert strict["title"] is None and strict["title_score"] == 0.0
    assert any(warning.startswith("title_missing") for warning in strict["warnings"])
    with pytest.raises(TypeError, match="title_threshold"):
        Options(title_threshold="high")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "page",
    [
        "Home\nNews\nSports\nWeather\nLogin\nSubscribe\nShare\n© 2024 Hanbit Media",
        "x" * 1_000_000,
        "\n".join(f"Headline number {k} of a page of headlines" for k in range(5000)),
        "\n".join("_" * 300 + " a" for _ in range(300)),
    ],
    ids=["only-machinery", "one-megabyte-line", "every-line-a-candidate", "underscore-junk"],
)
def test_bad_pages_get_a_row(page: str) -> None:
    row = normalize_document(page)
    assert row["title"] is None or len(row["title"]) <= 250
    if row["title"] is None:
        assert any(warning.startswith("title_missing") for warning in row["warnings"])


def test_work_is_bounded_by_the_head_of_the_page() -> None:
    """However long a page, only its first candidates are weighed."""
    lines = [f"Headline number {k} of a page of headlines" for k in range(5000)]
    assert len(weigh_candidates(lines, {}, set(), set())) <= 40


@given(st.lists(st.text(max_size=80), max_size=30))
def test_any_lines_give_a_headline_or_none(lines: list[str]) -> None:
    headline = extract_headline(lines, {}, set(), set())
    assert 0.0 <= headline.score <= 1.0
    if headline.title is not None:
        assert headline.line is not None and headline.line in headline.lines


def test_a_shouted_promo_banner_is_no_headline() -> None:
    """A station's banner in capitals ending in "!" above its programme's headline."""
    page = "\n\n".join(
        [
            "LISTEN TO HARBOUR RADIO IN THE CAR AND AT HOME!\ntranscript",
            "Night Desk, 12 March",
            "Night Desk with Mara Vell. A year on air",
            "Transcript of the evening show on Harbour Radio",
            "Ruth KANE, producer of Harbour Radio: Mara is on her own tonight, no guests, and "
            "that is the best reason to remember how the Night Desk began a year ago.",
            "Mara VELL, host: Good evening. It is strangely quiet in the studio tonight.",
        ]
    )
    assert normalize_document(page)["title"] == "Night Desk, 12 March"


# A Korean magazine's story: its headline ends in "!" and holds a Latin initialism, over a
# login prompt.
INITIALISM_CRY_PAGE = "\n".join(
    [
        "CULTURE",
        "축제 무대에 오른 어부 합창단?! 이젠 항구 축제도 TV 시대!",
        "이게 정말 어촌 잔치 맞아? 바닷가 마을이 달라지고 있다.",
        "전체 기사를 보시려면",
        "회원가입 및 로그인을 해주세요!",
        "",
        "한빛 어촌계가 올해 처음 연 여름 잔치에서 뱃사람 스무 명이 노래를 불렀다. 지역 "
        "방송사는 이 공연을 전국에 내보냈고, 주민들은 마을 이름이 알려졌다며 반겼다.",
    ]
)
# A station's banner in Latin capitals over a Korean story's headline.
LATIN_BANNER_PAGE = "\n\n".join(
    [
        "LISTEN TO HANBIT FM ON THE ROAD!",
        "한빛항 여름 축제 첫 생중계",
        "올해 한빛항 여름 축제가 처음으로 전국에 생중계됐다. 주민들은 작은 항구의 축제가 "
        "전국 방송을 탔다며 반겼다.",
    ]
)


def test_a_korean_headline_with_a_latin_initialism_and_a_cry_is_no_promo() -> None:
    """Hangul has no capitals: a Korean headline ending in "!" with a Latin initialism in it
    is no banner in capitals, and stays the headline over a login prompt."""
    title = "축제 무대에 오른 어부 합창단?! 이젠 항구 축제도 TV 시대!"
    assert normalize_document(INITIALISM_CRY_PAGE)["title"] == title


def test_a_latin_banner_in_capitals_over_a_korean_headline_stays_a_promo() -> None:
    """A station's banner whose letters are all capitals stays a promo on a Korean page."""
    assert normalize_document(LATIN_BANNER_PAGE)["title"] == "한빛항 여름 축제 첫 생중계"


def test_teasers_opening_with_their_authors_name_twice_are_no_headline() -> None:
    """Opinion teasers print the author's name as a link and as text before the teaser."""
    page = "\n\n".join(
        [
            "Lena Moor Lena Moor Why small ports are busy again",
            "Moving out of the big city is no longer a last resort. Small ports are busy again "
            "because people go where remote work and cheap housing are.",
            "Tom Hale Tom Hale We need trains, not new stations",
            "A fine station building takes nobody to the coast. Money should go to rolling stock.",
            "3 March 2024, 09:40 • Daily news",
            "Coastal towns offer to host the summer harbour fair",
            "Text: Olga Brin",
            "Three coastal towns offered on Sunday to host the summer harbour fair next year, "
            "the regional government said, and the organisers will decide in April.",
        ]
    )
    assert (
        normalize_document(page)["title"] == "Coastal towns offer to host the summer harbour fair"
    )


def test_items_opening_with_one_label_are_a_listing() -> None:
    """A magazine's section page: each teaser opens with the section's label."""
    teasers = [
        "STAR A radio host turned novelist at fifty: “Go while you still can”she says, and "
        "means it. Waiting only lets the seasons pass.",
        "STAR Hello again! The comedian behind the tired-mum sketches We asked her how she "
        "knows a mother's mind so well.",
        "STAR Two brothers and a drum The younger one follows the path the older one cleared, "
        "and they play on the same stage.",
        "STAR The coach who never lost a final She still runs with the young players twice a "
        "week after her own career ended.",
    ]
    page = "\n".join([*teasers, "Prev 1 2 3 4 5 Next"])
    assert normalize_document(page)["title"] is None


def test_a_date_after_the_titles_dash_stays_in_the_headline() -> None:
    """An archive's episode title closes with its date; its copy by the download link does not
    make the dated one a headline with machinery glued on."""
    page = "\n\n".join(
        [
            "Support the station:",
            "Mara Quill - Night Review - 2019-11-04",
            "04.11.2019\nMara Quill - Night Review - 2019-11-04 Download",
            "J. Fenn",
            "Everything is wrong in the studio tonight: the microphone is too high and the chair "
            "creaks. This is the Night Review, good evening, and I will grumble for a minute.",
        ]
    )
    assert normalize_document(page)["title"] == "Mara Quill - Night Review - 2019-11-04"


def test_a_tail_the_headlines_other_copy_lacks_is_the_sites_name() -> None:
    """A forum mirror's page title ends with its name; the post prints the headline again,
    glued to its first sentence, without it."""
    page = "\n\n".join(
        [
            "COUNCIL CLOSES RIVERSIDE CAR PARK FOR REPAIRS - ThreadHaven",
            "COUNCIL CLOSES RIVERSIDE CAR PARK FOR REPAIRS The car park beside the river will be "
            "shut for six weeks from Monday while the council mends its cracked ramps. Drivers "
            "are asked to use the station garage, where the first two hours will be free.",
            "Posted on: Tue, 4 June 2019 08:15:00 +0000",
        ]
    )
    assert normalize_document(page)["title"] == "COUNCIL CLOSES RIVERSIDE CAR PARK FOR REPAIRS"


def test_a_title_split_in_two_keeps_its_second_part() -> None:
    """A campaign group prints its statement's title whole, then in two lines, the second
    opening with the dash: the part after the dash is no site's name."""
    lines = [
        "Quarry permit granted despite protests – residents ask to meet the minister",
        "",
        "2021.03.08 | News",
        "",
        "Quarry permit granted despite protests",
        "",
        "– residents ask to meet the minister",
    ]
    assert without_site_tail(lines[0], 0, lines) == lines[0]
    assert without_site_tail(lines[0], 0, lines[:5]) == "Quarry permit granted despite protests"


# A free board's post: the browser title prints the headline and, after an angle bracket, the
# board's name; the post prints the headline again alone under its back link.
BOARD_BROWSER_TITLE_PAGE = "\n\n".join(
    [
        "텃밭 상자에 물 주는 시간, 아침이 나은 이유 > 질문과 답변",
        "본문 바로가기",
        "뒤로가기 질문과 답변",
        "텃밭 상자에 물 주는 시간, 아침이 나은 이유",
        "페이지 정보",
        "작성자 초록손 댓글 2건 조회 311회 작성일 19-05-03 07:12",
        "베란다 텃밭 상자에 물을 언제 주느냐는 질문이 많아 정리해 둡니다.",
        "아침에 주면 낮 동안 흙이 마르면서 뿌리가 숨을 쉬고, 잎에 남은 물기도 금방 날아갑니다.",
        "저녁에 주면 밤새 흙이 젖어 있어 곰팡이가 생기기 쉽다고 하니 참고하세요.",
    ]
)


def test_a_browser_titles_board_after_an_angle_bracket_is_cut() -> None:
    """A board's post under its browser title, 'TITLE > BOARD': the post prints the headline
    alone further down, so the part after the angle bracket is the board's name."""
    assert normalize_document(BOARD_BROWSER_TITLE_PAGE)["title"] == (
        "텃밭 상자에 물 주는 시간, 아침이 나은 이유"
    )
    lines = BOARD_BROWSER_TITLE_PAGE.split("\n")
    assert without_site_tail(lines[0], 0, lines) == "텃밭 상자에 물 주는 시간, 아침이 나은 이유"
    # A comparison's sign inside a headline the page prints nowhere else without its tail stays.
    alone = [line for line in lines[1:] if not line.startswith("텃밭")]
    compared = "올봄 배추 한 포기 값 > 지난가을 배추 두 포기 값"
    assert without_site_tail(compared, 0, [compared, *alone]) == compared


# A headline whose angle bracket is a comparison's sign, its lead opening with the words before
# it: no board's name follows the bracket, and the headline stays whole.
COMPARED_HEADLINE_PAGE = "\n\n".join(
    [
        "Harbor board says safety > speed on bridge works",
        "Harbor board says safety comes first as the bridge works begin next week, its chair told"
        " reporters on Tuesday.",
        "Crews will close one lane at a time, and ferries will run an extra boat at rush hour.",
    ]
)


def test_a_comparisons_angle_bracket_over_a_lead_going_on_stays() -> None:
    """The lead opens with the words before the bracket and goes on past them: that is no
    post's heading printed alone, so the part after the bracket is the headline's own."""
    assert normalize_document(COMPARED_HEADLINE_PAGE)["title"] == (
        "Harbor board says safety > speed on bridge works"
    )


def test_a_trails_last_crumb_above_the_full_heading_is_no_headline() -> None:
    """A society's page ends its bulleted trail with a short name for the page, then prints
    the full heading, which holds the crumb's words and more."""
    page = "\n".join(
        [
            "  • About us",
            "  • Events",
            "  • Home",
            "  • Guides",
            "  • Spring book fair press kit",
            "",
            "Riverside Spring Book Fair: Press kit for members",
            "",
            "Members may print this kit and hand it to their local papers before the fair opens.",
            "The fair will run for three days in the town hall, the organisers said on Monday, "
            "and all the money raised will go to the school libraries of the district.",
        ]
    )
    assert normalize_document(page)["title"] == "Riverside Spring Book Fair: Press kit for members"


def test_a_newsletters_headline_above_its_deck_and_byline_is_the_headline() -> None:
    """A newsletter post stacks its headline, a subtitle, the author, the date and counters;
    the first paragraph starts far below, so the subtitle is the deck, not the headline."""
    page = "\n".join(
        [
            "The Marsh Gazette",
            "Subscribe",
            "Sign in",
            "What the drainage board decided about the north fields",
            "And why the farmers walked out of the hall before the vote was counted",
            "Ellen Marsh",
            "Mar 3, 2024",
            "8",
            "2",
            "Share",
            "",
            "I went to the drainage board's meeting on Monday so that you could stay home.",
            "The farmers walked out before the vote on the north fields was counted.",
        ]
    )
    assert (
        normalize_document(page)["title"]
        == "What the drainage board decided about the north fields"
    )


def test_a_toolbar_of_short_korean_labels_is_machinery_not_a_headline() -> None:
    """A church board prints its post's head, the author and time, then a toolbar of short
    labels just above the post (and again below it). The toolbar, printed twice and right
    under the dateline, is machinery; the head is the headline."""
    toolbar = "글자 크게 작게 목록 위로 인쇄 공유"
    lines = [
        "교회소식 게시판",
        "성탄 전야 찬양 예배에 초대합니다",
        "관리자 2019.12.20 15:04",
        toolbar,
        "올해 성탄 전야 찬양 예배는 24일 저녁 7시 본당에서 드립니다. 성가대와 주일학교 "
        "어린이들이 함께 준비한 찬양에 이웃 여러분을 초대합니다.",
        "예배 뒤에는 친교실에서 따뜻한 차와 떡을 나눕니다.",
        toolbar,
    ]
    assert _signals(lines, toolbar)["machinery"] == 1.0
    assert _choose(lines, dated=frozenset({2})) == lines[1]


def test_a_menu_of_capitalised_russian_labels_is_machinery_not_a_headline() -> None:
    """A radio station's archive page prints its menu as one line of capitalised labels
    right above the date of the programme; the programme's title below is the headline."""
    menu = "Главная Эфир Передачи Ведущие Архив Подкасты Частоты Контакты Вопросы и ответы"
    lines = [
        "Радио «Северный берег»",
        menu,
        "12 марта 2008",
        "Как живут смотрители маяков на Белом море",
        "Ведущий программы поговорил со смотрителями маяков на Белом море о том, как они "
        "живут зимой, когда до ближайшего посёлка можно добраться только на снегоходе.",
    ]
    assert _signals(lines, menu)["machinery"] == 1.0
    assert _choose(lines, dated=frozenset({2})) == lines[3]


CAPS_SENTENCE_HEAD = "ОЗЁРНЫЙ СКВЕР ВСТРЕЧАЕТ ЛЕТО ПОСЛЕ РЕМОНТА С НОВЫМИ ФОНТАНАМИ"
# a town's news page: its headline in capitals, eight words and more, over a lead that tells
# the story in other words
CAPS_SENTENCE_PAGE = "\n".join(
    [
        CAPS_SENTENCE_HEAD,
        "В субботу в Заречинске торжественно открыли обновлённую территорию у городского озера.",
        "Первыми по новым дорожкам прошли воспитанники детской школы искусств. Глава города"
        " поблагодарил строителей и пообещал, что по выходным здесь будет играть духовой оркестр.",
        "Праздник завершился концертом на открытой сцене.",
    ]
)


# a club's menu in capitals whose labels are word pairs joined by a preposition or "И"
CAPS_MENU_OF_PAIRS = "ГЛАВНАЯ О НАС НОВОСТИ ВОПРОСЫ И ОТВЕТЫ ФОТО И ВИДЕО ВХОД ДЛЯ ЧЛЕНОВ КОНТАКТЫ"


def test_a_russian_headline_in_capitals_joined_by_a_preposition_is_no_menu() -> None:
    """Every word of a line in capitals is capitalised, as a menu's labels are; a preposition
    before a word ("С НОВЫМИ ФОНТАНАМИ") joins a sentence's words, which a menu's labels never
    are: the line is the page's headline, not a run of labels."""
    assert normalize_document(CAPS_SENTENCE_PAGE)["title"] == CAPS_SENTENCE_HEAD
    assert_same_headline(CAPS_SENTENCE_PAGE)


@pytest.mark.parametrize(
    "menu",
    [
        "ГЛАВНАЯ НОВОСТИ ПОЛИТИКА ЭКОНОМИКА ОБЩЕСТВО СПОРТ КУЛЬТУРА АФИША",
        "А Б В Г Д Е Ж З И К Л М Н О П Р С Т У Ф Х Ц Ч Ш Щ Э Ю Я",
        CAPS_MENU_OF_PAIRS,
    ],
)
def test_a_menu_in_capitals_stays_machinery(menu: str) -> None:
    """A menu printed in capitals joins no adjective to its noun (its labels' own word pairs,
    "О НАС", "ВОПРОСЫ И ОТВЕТЫ", are no phrase of a sentence), and an alphabet's letters join
    no word: both stay a run of labels over the page's own headline."""
    lines = [menu, *CAPS_SENTENCE_PAGE.split("\n")]
    assert _signals(lines, menu)["machinery"] == 1.0
    assert _choose(lines) == CAPS_SENTENCE_HEAD


def test_a_menu_in_capitals_of_joined_pairs_is_no_headline() -> None:
    """A menu in capitals over a page that prints no headline of its own: its labels "О НАС"
    and "ВОПРОСЫ И ОТВЕТЫ" are joined by a preposition and a conjunction, but join no adjective
    to its noun as a sentence does, so the menu is no headline."""
    page = "\n".join([CAPS_MENU_OF_PAIRS, *CAPS_SENTENCE_PAGE.split("\n")[1:]])
    assert normalize_document(page)["title"] != CAPS_MENU_OF_PAIRS
    assert_same_headline(page)


def test_a_directory_of_names_each_above_its_own_paragraph_has_no_headline() -> None:
    """A directory's news page prints a member's name above the paragraph of its news, one
    after another: three short heads, each above its own story, are a digest's items, where an
    article's short subhead below its lead is one."""
    lines = [
        "News",
        "Riverside Toy Museum",
        "The Riverside Toy Museum has opened a room of tin trains after two years of raising "
        "money from its visitors.",
        "Old Mill Gallery",
        "Volunteers at the Old Mill Gallery spent the winter cleaning the paintings of the "
        "valley that hang in its hall.",
        "Lakeside Boat House",
        "The Lakeside Boat House now shows the rowing boats its builders made for the lake a "
        "century ago.",
    ]
    assert _choose(lines, line0="section") is None
    assert _choose(lines[:5], line0="section") == "Riverside Toy Museum"


def test_heads_each_with_its_own_date_and_one_teaser_are_a_listing() -> None:
    """A section page prints its stories in units of one shape, each a head, its date and a
    teaser that does not repeat the head's words: a listing, with no headline among them. An
    article's dated headline above several paragraphs, with the next story's teaser below it
    in the same shape, keeps its headline."""
    lines = [
        "Co-op news",
        "Valley dairy adds a third milking shed near Orton",
        "March 3, 2025",
        "Work starts in April and should be done before the autumn calving season.",
        "Seed bank opens a drop-off point in the market hall",
        "March 2, 2025",
        "Members can leave packets on weekday mornings; volunteers sort them each Friday.",
        "Grain prices hold steady after a wet winter",
        "February 27, 2025",
        "Buyers expect little change until the first reports from the spring sowing.",
    ]
    assert _choose(lines, dated=frozenset({2, 5, 8})) is None
    article = [
        lines[1],
        lines[2],
        "The Orton valley dairy will add a third milking shed this spring, its owners said.",
        lines[3],
        "The new shed will hold sixty cows and a small room for making cheese.",
        *lines[4:7],
    ]
    assert _choose(article, dated=frozenset({1, 6})) == lines[1]


def test_heads_each_under_their_sources_name_and_one_teaser_are_a_listing() -> None:
    """A source's page prints no dates, but its name above each story, then the head and a
    teaser in other words: the name printed by each head marks the units as a date would."""
    lines = [
        "Harbour Post",
        "Pier repairs close the north landing for a month",
        "Boats to the islands will call further south until the work is done.",
        "Harbour Post",
        "Fish market stalls move indoors for the winter",
        "Traders asked for a roof after two seasons of storms, and the council agreed.",
        "Harbour Post",
        "Lighthouse keeper's cottage to become a small museum",
        "Volunteers will open it on summer weekends, with old logbooks on show.",
    ]
    assert _choose(lines) is None
    items = {c.line: c.signals["feed_item"] for c in weigh_candidates(lines, {}, set(), set())}
    assert items[1] == items[4] == items[7] == 1.0


def test_a_flair_glued_before_the_headline_goes_when_its_slug_prints_the_rest() -> None:
    """A forum's thread page prints the thread's flair in front of its title on one line; the
    link the thread shares ends in a slug of the title alone, so the flair is no part of it."""
    lines = [
        "r/harbourtowns 2 days ago",
        "",
        "Ferries Harbour board to double the night ferries to the islands this summer",
        "",
        "https://www.harbourpost.example/2024/05/02/harbour-board-to-double-the-night-ferries",
        "",
        "The harbour board voted on Tuesday to double the night ferries to the islands from "
        "June, after a winter of complaints about the last boat leaving too early.",
    ]
    assert _choose(lines) == "Harbour board to double the night ferries to the islands this summer"


def test_a_page_type_opening_a_quotation_of_the_headline_goes_with_its_marks() -> None:
    """A library of papers titles its page "Paper on '<title>'" and prints the title again
    under it with more glued on: the title is what the label quotes."""
    lines = [
        "Научная работа на тему «Паромы Ладоги: как острова живут без моста»",
        "",
        "Паромы Ладоги: как острова живут без моста Текст научной работы по специальности",
        "",
        "В работе рассказано, как жители островов Ладоги добираются до берега зимой и летом, "
        "когда паромы ходят раз в день, и что они думают о будущем мосте.",
    ]
    assert _choose(lines) == "Паромы Ладоги: как острова живут без моста"


def test_a_kicker_set_off_by_a_dash_stays_though_the_page_prints_the_rest() -> None:
    """A statement's title is two parts joined by a dash, the second printed again alone
    further down: the first part is the headline's own, not a label."""
    lines = [
        "Harbour ferries cut again – islanders ask to meet the minister",
        "",
        "The harbour board cut the winter ferries to the islands for the third year running, "
        "and islanders say they will take their case to the minister.",
        "",
        "islanders ask to meet the minister",
    ]
    assert without_glued_label(lines[0], 0, lines) == lines[0]


def test_a_category_glued_before_a_headline_goes_when_the_lead_opens_with_the_rest() -> None:
    """A board prints its post's category before the title with a space ("행사 <title>");
    the first paragraph opens with the title's words after it, and the page prints the
    category nowhere else: it is a label, not the headline's first word."""
    lines = [
        "행사 청소년오케스트라 '새봄', 시립도서관 로비에서 작은 음악회",
        "작성자 박지운 작성일 25-03-08 14:10",
        "본문",
        "청소년오케스트라 '새봄'(지휘 최다은)이 8일 오후 시립도서관 1층 로비에서 "
        "시민 100여 명을 앞에 두고 작은 음악회를 열었다.",
    ]
    assert without_glued_label(lines[0], 0, lines) == (
        "청소년오케스트라 '새봄', 시립도서관 로비에서 작은 음악회"
    )


# a national daily's sport page: the section's label glued before the headline, over a lead
# that opens with an article and the headline's first words in capitals
SECTION_GLUED_OVER_AN_ARTICLE_LEAD = "\n".join(
    [
        "Skip to main content",
        "",
        "Junior Rowing Crew from Tillbury sets a record across Lake Orme",
        "",
        "A CREW from Tillbury set a record for the twelve-mile length of Lake Orme on Saturday,"
        " finishing four minutes inside the old mark.",
        "",
        "The four schoolgirls trained at dawn all winter, their coach Ivo Marsh said.",
    ]
)


def test_a_label_glued_before_a_headline_goes_when_the_lead_opens_with_an_article() -> None:
    """A headline drops the article its lead opens with ("A CREW from Tillbury …" under "Crew
    from Tillbury …"): the label glued before it, printed nowhere else, is no part of it."""
    lines = SECTION_GLUED_OVER_AN_ARTICLE_LEAD.split("\n")
    assert without_glued_label(lines[2], 2, lines) == (
        "Crew from Tillbury sets a record across Lake Orme"
    )
    row = normalize_document(SECTION_GLUED_OVER_AN_ARTICLE_LEAD)
    assert row["title"] == "Crew from Tillbury sets a record across Lake Orme"
    assert_same_headline(SECTION_GLUED_OVER_AN_ARTICLE_LEAD)


# a columnist's post: its headline in title case over a lead that opens with the headline's
# words after its first, a place's name the page prints nowhere else
TITLE_CASE_OVER_ITS_LEAD = "\n".join(
    [
        "Harbour Ferry Timetables Almost Never Hold",
        "",
        "Ferry timetables almost never hold, and every regular on the north pier knows it by the"
        " second week of summer.",
        "",
        "The noon boat leaves twenty minutes late more often than not, the port office admitted"
        " on Monday.",
    ]
)


def test_a_headline_in_title_case_keeps_its_first_word_over_a_lead_without_it() -> None:
    """Every word of a headline in title case opens with a capital, its first too: a lead
    opening with the words after the first proves no label glued before them, and the headline
    keeps its first word; a label glued before a headline in sentence case still goes."""
    lines = TITLE_CASE_OVER_ITS_LEAD.split("\n")
    assert without_glued_label(lines[0], 0, lines) == lines[0]
    assert normalize_document(TITLE_CASE_OVER_ITS_LEAD)["title"] == lines[0]
    sentence_case = ["Harbour Ferry timetables almost never hold", *lines[1:]]
    assert without_glued_label(sentence_case[0], 0, sentence_case) == (
        "Ferry timetables almost never hold"
    )
    assert_same_headline(TITLE_CASE_OVER_ITS_LEAD)


def test_a_channel_name_glued_before_a_clip_title_goes_when_the_page_repeats_it() -> None:
    """A mirror of a station's clip prints the channel's name and call letters before the
    title; the description holds the title's words after them, and the page prints each word
    of the name on other lines (its links, its blurb): a name glued on, not the headline's."""
    lines = [
        "Lakeside Action News WQRB9 Harbor Master Lena Ortiz warns boaters about the ice jam",
        "",
        "Harbor Master Lena Ortiz tells Lakeside Action News why the ice jam keeps the marina "
        "closed for another week.",
        "See more from Lakeside Action News at https://wqrb9.example/",
        "Follow WQRB9: https://social.example/wqrb9",
        "WQRB9 is the home of Lakeside Action News, on the air since 1962.",
    ]
    assert without_glued_label(lines[0], 0, lines) == (
        "Harbor Master Lena Ortiz warns boaters about the ice jam"
    )
    once = [*lines[:3], "Follow us: https://social.example/"]
    assert without_glued_label(once[0], 0, once) == once[0]


LETTER_HEAD = "В МУЗЕЕ РЕМЁСЕЛ ЗАРЕЧНОГО КРАЯ ОТКРЫЛАСЬ ВЫСТАВКА"
# a district's page: a headline opening with a preposition of one letter, its lead holding the
# words after it behind another word, the letter on other lines as a preposition too
LETTER_PAGE = "\n".join(
    [
        LETTER_HEAD,
        "ЗАРЕЧИНСК. 4 мая 2023 г. в обновлённом музее ремёсел Заречного края открылась выставка"
        " резных наличников, собранных по деревням района за последние десять лет.",
        "Наличники привезли в музей из двенадцати сёл, многие из них пришлось восстанавливать.",
        "Выставка продлится до конца лета, в будни вход для школьников свободный.",
    ]
)


def test_a_preposition_of_one_letter_opening_a_headline_is_no_channel_name() -> None:
    """The lead holds the headline's words after its first word, and other lines print that
    word: the shape of a channel's name glued on, but a lone letter is a preposition, the
    headline's own, in capitals or not; a channel's name of a longer word still goes."""
    lines = LETTER_PAGE.split("\n")
    assert without_glued_label(lines[0], 0, lines) == LETTER_HEAD
    assert normalize_document(LETTER_PAGE)["title"] == LETTER_HEAD
    assert_same_headline(LETTER_PAGE)
    head = "В Заречном районе открылась выставка резных наличников"
    mixed = [
        head,
        lines[1].replace(
            "в обновлённом музее ремёсел Заречного края", "в соседнем Заречном районе"
        ),
        *lines[2:],
    ]
    assert without_glued_label(head, 0, mixed) == head
    named = [
        "ЗТВ Музей ремёсел Заречного края открыл выставку",
        *lines[1:-1],
        "Смотрите ЗТВ по будням.",
        "ЗТВ: новости района.",
    ]
    named[1] = named[1].replace(
        "в обновлённом музее ремёсел Заречного края открылась",
        "обновлённый музей ремёсел Заречного края открыл",
    )
    assert without_glued_label(named[0], 0, named) == "Музей ремёсел Заречного края открыл выставку"


YEAR_HEAD = "2024 Lantern Parade Live Blog"
# a town paper's live blog: a caption over the headline, which opens with the year; the lead
# holds the headline's words after the year, and the caption and the dateline print the year
YEAR_OVER_ITS_LEAD = "\n".join(
    [
        "Floats line up on Mill Street on Saturday, October 5, 2024, in Brackwater. (Photo/Ina "
        "Soler)",
        "",
        YEAR_HEAD,
        "",
        "Brackwater Courier Staff",
        "October 5, 2024 11:00PM (UTC)",
        "",
        "The lanterns are lit. Welcome to the Courier's Lantern Parade Live Blog, where we will "
        "post photographs as the floats go by.",
        "",
        "7:42 pm The last float has left the bridge.",
    ]
)


def test_a_year_opening_a_headline_is_no_channel_name() -> None:
    """The lead holds the headline's words after its first word, and two other lines print
    that word: the shape of a channel's name glued on, but a year is one of the dates' words,
    no name, and stays; a name of letters in its place still goes."""
    lines = YEAR_OVER_ITS_LEAD.split("\n")
    assert without_glued_label(lines[2], 2, lines) == YEAR_HEAD
    assert normalize_document(YEAR_OVER_ITS_LEAD)["title"] == YEAR_HEAD
    assert_same_headline(YEAR_OVER_ITS_LEAD)
    named = YEAR_OVER_ITS_LEAD.replace(YEAR_HEAD, "Courier Lantern Parade Live Blog")
    named += "\n\nRead the Courier every Saturday."
    assert normalize_document(named)["title"] == "Lantern Parade Live Blog"
    assert_same_headline(named)


HOME_CRUMB_HEAD = "Choir From the Valley Sings at the Harbour Chapel"
# a club magazine's reprinted item: the trail's home crumb glued to its section, the headline,
# three related heads printed without blanks, the lead cut at its first word
HOME_CRUMB_OVER_RELATED = "\n".join(
    [
        "HomeClub Notes and Events",
        "",
        HOME_CRUMB_HEAD,
        "",
        "Second Lantern Walk Draws Four Hundred Walkers",
        "Reading Room Opened Above the Old Bakery",
        "Spring Bulletin Goes to Every Member Household",
        "",
        "ley choir sang at the harbour chapel on Sunday evening. The forty singers came down from "
        "the hill villages by bus, and the chapel was full an hour before the first hymn. The "
        "choir's director said the evening raised enough to mend the chapel's organ.",
        "(Reprinted from valleyvoice.example)",
    ]
)


def test_a_home_crumb_glued_to_its_section_heads_no_run() -> None:
    """A trail opening with its home crumb glued to the next ("HomeClub Notes…") is the page's
    breadcrumb: with the headline and the three related heads under it, it makes no run of a
    list's heads, and the headline stands; the same five lines opened by a head are a list."""
    assert normalize_document(HOME_CRUMB_OVER_RELATED)["title"] == HOME_CRUMB_HEAD
    assert_same_headline(HOME_CRUMB_OVER_RELATED)
    listed = HOME_CRUMB_OVER_RELATED.replace(
        "HomeClub Notes and Events", "Members Vote to Keep the Winter Dues"
    )
    assert normalize_document(listed)["title"] is None
    assert_same_headline(listed)


def test_a_headline_s_first_words_stay_when_the_page_prints_them_or_the_rest_is_lower() -> None:
    """The same shape is a headline's own when the page prints its first word elsewhere (a
    name the story goes on about), or when what is left would open in lower case."""
    named = [
        "Harlow Ferry crews return to the island route after repairs",
        "",
        "Ferry crews return to the island route on Monday after three weeks of repairs, "
        "the harbour board said.",
        "Harlow is the last island without a bridge.",
    ]
    assert without_glued_label(named[0], 0, named) == named[0]
    lower = [
        "How to read a cash flow statement",
        "",
        "A cash flow statement shows where a company's money came from and where it went "
        "over a year.",
    ]
    assert without_glued_label(lower[0], 0, lower) == lower[0]


# An agency story on a paper's foreign edition: the breadcrumb's crumbs (the home page, the
# agency) run into the headline with no space, the headline printed again alone under it.
CRUMBED_STORY = "\n".join(
    [
        "StartCNWDockers at Port Calloway end three-day strike over night shifts",
        "",
        "Dockers at Port Calloway end three-day strike over night shifts",
        "",
        "This page is also available in: deDeutsch",
        "",
        "Dockers at the port of Calloway went back to work on Thursday after a three-day strike"
        " over night shifts, the port authority said, ending queues of lorries on the coast road.",
    ]
)


# An old club site's item: the headline with its day in brackets, the month first, then a lead
# that retells the headline inside its first sentence.
BRACKETED_DAY_STORY = "\n".join(
    [
        "Кубок района по лыжным гонкам «Зимняя лыжня» (02/19/2022)",
        "В Тихореченске прошёл кубок района по лыжным гонкам «Зимняя лыжня» среди учеников"
        " средних классов.",
        "На старт вышли 46 лыжников из девяти школ, дистанции были от двух до пяти километров.",
        "Первое место в эстафете заняла команда школы № 4.",
    ]
)
# A digest's page: the edition's day in brackets after a title its items do not retell.
BRACKETED_EDITION_DIGEST = "\n".join(
    [
        "Lakeside Parish Notes (02/19/2022)",
        "The choir meets on Thursday evenings in the vestry and welcomes new singers of any age.",
        "The roof appeal has raised enough to mend the north aisle before the spring rains.",
    ]
)


def test_a_day_in_brackets_after_a_headline_its_lead_retells_goes() -> None:
    """A whole day of numbers in brackets after a headline is the item's day, no part of it,
    when the lead retells the headline (in small letters, inside its sentence); a digest's
    title its items do not retell keeps its edition's day."""
    row = normalize_document(BRACKETED_DAY_STORY)
    assert row["title"] == "Кубок района по лыжным гонкам «Зимняя лыжня»"
    assert row["published_at"] == datetime(2022, 2, 19, tzinfo=UTC)
    digest = normalize_document(BRACKETED_EDITION_DIGEST)["title"]
    assert digest == "Lakeside Parish Notes (02/19/2022)"
    lines = BRACKETED_DAY_STORY.split("\n")
    assert without_bracketed_date(lines[0], 0, lines[:1]) == lines[0]
    assert without_bracketed_date("Лыжня (02/19/2022)", 0, ["Лыжня (02/19/2022)", "лыжня"]) == (
        "Лыжня (02/19/2022)"
    )
    assert_same_headline(BRACKETED_DAY_STORY)
    assert_same_headline(BRACKETED_EDITION_DIGEST)


# A town hall's minutes: the meeting's day in brackets names it, the title printed twice, and a
# list of the series' other meetings, each named by its own day, under the minutes.
BRACKETED_DAY_SERIES = "\n".join(
    [
        "Minutes of the Regular Council Meeting (03/14/2022)",
        "Minutes of the Regular Council Meeting (03/14/2022)",
        "Present: Mayor Dana Holt, councillors Abel Rook, Mira Sand and Tom Vale.",
        "The meeting was called to order at 7:02 pm and the agenda was adopted as printed.",
        "Other minutes",
        "Minutes of the Regular Council Meeting (02/28/2022)",
        "Minutes of the Regular Council Meeting (02/14/2022)",
    ]
)


def test_a_day_in_brackets_naming_an_item_of_a_series_stays() -> None:
    """A line printing the headline's words with another day in brackets after them is another
    item of a series named by its day, and the headline's own copy retells nothing: the day is
    the meeting's name's and stays; a lead retelling the headline still cuts it, its copy
    above notwithstanding."""
    row = normalize_document(BRACKETED_DAY_SERIES)
    assert row["title"] == "Minutes of the Regular Council Meeting (03/14/2022)"
    lines = BRACKETED_DAY_SERIES.split("\n")
    assert without_bracketed_date(lines[0], 0, lines[:4]) == lines[0]
    story = BRACKETED_DAY_STORY.split("\n")
    assert without_bracketed_date(story[0], 0, [story[0], *story]) == story[0].rsplit(" (", 1)[0]
    assert_same_headline(BRACKETED_DAY_SERIES)


def test_crumbs_glued_before_a_headline_go_when_another_line_prints_the_rest() -> None:
    assert normalize_document(CRUMBED_STORY)["title"] == CRUMBED_STORY.split("\n")[2]
    lines = CRUMBED_STORY.split("\n")
    assert without_glued_crumbs(lines[0], 0, lines) == lines[2]
    # after a space the first word is the headline's own; a copy opening in small letters
    # is a word cut apart
    spaced = ["Big dockers strike ends", "dockers strike ends"]
    assert without_glued_crumbs(spaced[0], 0, spaced) == spaced[0]
    cut = ["Harbour tolls rise", "arbour tolls rise"]
    assert without_glued_crumbs(cut[0], 0, cut) == cut[0]
    assert_same_headline(CRUMBED_STORY)


# A bank's story whose headline opens with a quotation glued to the rest by "…", the rest
# printed again alone as a subheading in the body: no crumbs, the headline is whole.
QUOTED_HEADLINE_STORY = "\n".join(
    [
        "경제 | 금융",
        '"금리 더 못 내린다"…해솔은행, 대출 금리 동결',
        "입력 2024-05-14 09:00",
        "해솔은행이 14일 가계대출 금리를 동결했다. 은행 측은 물가가 다시 오를 조짐을 보인다며"
        " 당분간 금리를 유지하겠다고 밝혔다.",
        "해솔은행, 대출 금리 동결",
        '은행 관계자는 "연말까지 시장을 지켜볼 것"이라고 말했다.',
    ]
)


def test_a_headline_glued_after_a_mark_keeps_what_comes_before_it() -> None:
    """Crumbs run into a headline after a word's letter; after a mark (the "…" closing a
    quotation, a colon) the rest printed again alone is a part of the headline, not its copy."""
    lines = QUOTED_HEADLINE_STORY.split("\n")
    assert normalize_document(QUOTED_HEADLINE_STORY)["title"] == lines[1]
    assert without_glued_crumbs(lines[1], 1, lines) == lines[1]
    colon = ["Ferry review:Fares Rise Again This Spring", "Fares Rise Again This Spring"]
    assert without_glued_crumbs(colon[0], 0, colon) == colon[0]
    assert_same_headline(QUOTED_HEADLINE_STORY)


def test_a_short_headline_shaped_like_an_outlet_name_heads_the_paragraph_it_tells() -> None:
    """A two-word headline that ends in a word outlets end in ("online") reads as the
    outlet's name; right above the article's first paragraph, which repeats its words, it is
    the headline. An outlet's name above a paragraph that says nothing of it stays a name."""
    post = (
        "Voters in three districts could cast their election ballots online for the first time "
        "on Sunday, and the count took less than an hour."
    )
    assert normalize_document(f"Election online\n\n{post}")["title"] == "Election online"
    polls = "The polls in three districts opened at eight on Sunday and closed at eight at night."
    assert normalize_document(f"Riverside Online\n\n{polls}")["title"] is None
    # a line between the name and the paragraph: the name heads no paragraph
    assert normalize_document(f"Election online\n\nMenu\n\n{post}")["title"] is None


def test_a_head_below_a_paragraph_but_right_above_its_dateline_heads_the_article() -> None:
    """A video page prints the clip's script first, then the story's card: its headline right
    above its own date. The script is no lead that the headline comes after; a head below a
    paragraph with no dateline of its own below it still does."""
    lines = [
        "Every evening at half past seven our viewers tune in to the harbour report, and this "
        "spring the newsroom added a weekend edition with longer interviews and a weather desk.",
        "Harbour channel marks three years on the air",
        "14 February",
        "3 min",
    ]
    assert extract_headline(lines, {}, {2}, {2}).title == lines[1]
    undated = weigh_candidates(lines, {}, {2}, set())
    assert next(c for c in undated if c.text == lines[1]).signals["after_body"] == 1.0


# A daily's health briefs scraped body first: the first brief's paragraph, the next brief's
# bulleted head run in after its last sentence, that brief's paragraph, then a head alone on its
# line over a hospital's name and its paragraph.
RUN_IN_BRIEFS = "\n".join(
    [
        "솔내대병원 소아과 하도윤 교수가 어린이 수면 안내서 ‘잠드는 숲’을 새로 펴냈다. 하 교수는"
        ' "부모들이 밤마다 묻는 질문을 모았다"고 말했다.{run_in}',
        "다음달부터 지역 보건소의 예방접종 안내문이 그림 위주로 바뀐다. 도 간호사회는 새 안내문을"
        " 알리는 캠페인을 벌인다.",
        "{mark} 허리 건강 주민 강좌",
        "물결병원",
        "물결병원은 다음달 5일 오후 2시 병원 강당에서 주민을 대상으로 허리 건강 강좌를 연다."
        " 재활의학과 전문의가 바른 자세와 운동법을 설명한다.",
    ]
)


def test_bulleted_heads_one_run_in_after_a_paragraph_are_briefs_with_no_headline() -> None:
    """A bulleted head whose bullet the page also prints run in after a paragraph's last
    sentence ("… 말했다. ● …") is one of a briefs column's heads, no headline of the page; the
    same head with no bullet run in anywhere stays the page's headline."""
    briefs = RUN_IN_BRIEFS.format(run_in=" ● 예방접종 안내문 그림으로 바뀐다", mark="●")
    assert normalize_document(briefs)["title"] is None
    alone = RUN_IN_BRIEFS.format(run_in="", mark="●")
    assert normalize_document(alone)["title"] == "허리 건강 주민 강좌"
    assert_same_headline(briefs)
    assert_same_headline(alone)


def test_stories_each_echoed_only_under_their_own_head_are_a_roundup_with_no_headline() -> None:
    """A live page's front prints one story after another, each under its own head: the first
    head's words come back in its own paragraphs and in none of the stories below, so no line
    heads the page. An article tells one story throughout: its headline's words come back
    below its subhead too, and it keeps its headline."""
    first = [
        "Harbour ferry adds late crossings on Fridays",
        "The harbour ferry will add two late crossings on Fridays from next month, the operator "
        "said on Tuesday.",
        "Crossings leave the harbour at ten past eleven and ten to midnight, and the ferry comes "
        "back from the island twenty minutes later.",
        "Passengers asked for the late crossings in a survey last winter.",
        "Tickets cost the same as on the daytime routes.",
    ]
    roundup = [
        *first,
        "Old mill bridge closes to cars until June",
        "The old mill bridge is closed to cars until June while workers replace its deck, the "
        "county said.",
        "Cyclists and walkers may still use the path on its east side.",
    ]
    assert _choose(roundup) is None
    article = [*roundup[:-1], "Drivers are asked to take the ferry across the harbour instead."]
    assert _choose(article) == first[0]


# A news blog's story, then a related box under it: the box's label, another story's title and
# the first words of its lead cut short by an ellipsis.
STORY_OVER_A_RELATED_TEASER = [
    "Second week of the slipway clearance in Eastmoor harbour",
    "",
    "EASTMOOR: Crews cleared boats and sheds from the old slipway in Eastmoor harbour for a "
    "second week on Tuesday.",
    "",
    "The clearance began after the harbour board told owners to move their boats off the "
    "slipway before the spring tides.",
    "",
    "Cranes lifted six hulls onto trailers, and the board's staff took down two timber sheds "
    "built on the ramp.",
    "",
    "Fishermen said the work had closed the quay road for most of the afternoon.",
    "",
    "See Also",
    "",
    "Two hurt as a bus slides off the coast road near Kelby",
    "",
    "Two people were hurt when a bus slid off the coast road near Kelby in heavy rain on the …",
]
# A second story told whole under its own head, as a roundup prints it.
ROUNDUP_S_SECOND_STORY = [
    "",
    "Night buses return to the old town",
    "",
    "Night buses return to the old town on Friday after a year, the transport office said.",
    "",
    "They run every half hour until two in the morning.",
    "",
]


def test_a_related_box_s_cut_teaser_under_a_story_makes_no_roundup() -> None:
    """A head over a teaser cut short by an ellipsis heads a story the page does not tell: a
    related box's teaser, no roundup's second story, so the story above keeps its headline. A
    roundup whose stories are told whole stays one with such a box below it."""
    page = STORY_OVER_A_RELATED_TEASER
    assert _choose(page) == page[0]
    story, related = page[:11], page[11:]
    assert _choose([*story, *ROUNDUP_S_SECOND_STORY, *related]) is None
    assert_same_headline("\n".join(page))


# A guide page prints its title twice (the page's title over its heading), its lead, then a
# question for a subhead over its answer.
TITLE_PRINTED_TWICE_OVER_A_QUESTION = [
    "Harbor County Ferry Timetable: A Complete Guide",
    "",
    "Harbor County Ferry Timetable: A Complete Guide",
    "",
    "The Harbor County ferry timetable is a public schedule that lists every crossing between the "
    "mainland and the three islands, season by season.",
    "",
    "What is the Harbor County Ferry Timetable?",
    "",
    "The Harbor County ferry timetable is the schedule the county's ferry office prints each "
    "spring for all of its routes, with the first and last boats of each day.",
]


def test_a_title_printed_twice_over_a_question_is_no_roundup_s_head() -> None:
    """The title's copy right below it tells no story of its own: the title's words that the
    question leaves out come back nowhere else, so the page is no roundup of two stories and
    keeps its title."""
    page = TITLE_PRINTED_TWICE_OVER_A_QUESTION
    assert _choose(page) == page[0]


def test_points_between_the_dateline_and_the_lead_are_the_headlines_summary() -> None:
    """A morning press review prints its own title above its dateline, then two points that
    sum up the papers, then the lead: the points repeat the lead's words, but they are the
    review's decks, not its headline."""
    page = "\n".join(
        [
            "전체기사 최신뉴스",
            "[아침 신문 읽기] 9월 3일(화) 조간 리뷰",
            "입력 : 2024년09월03일 07:40",
            "수정 : 2024년09월03일 09:15",
            "항만 노조 파업 닷새째, 수출 화물 발 묶여",
            '구청장 협의회 "버스 요금 인상 늦춰야"',
            "",
            "[서울=새벽통신] 하도윤 경제부장 = 오늘 아침 신문들은 항만 노조 파업 소식을 크게 "
            "다뤘습니다. 부두마다 컨테이너가 쌓이자 선사들은 다른 항구로 배를 돌리고 있습니다.",
            "",
            "시청 앞 광장에서는 어제 저녁 시민 토론회가 열렸습니다. 참석자들은 교통 정책을 두고 "
            "늦은 밤까지 의견을 나눴습니다.",
        ]
    )
    assert normalize_document(page)["title"] == "9월 3일(화) 조간 리뷰"


def test_one_line_between_the_dateline_and_the_lead_may_be_the_headline() -> None:
    """A single head right below the dateline is the headline printed below its date, not a
    summary's point."""
    page = "\n".join(
        [
            "새벽통신 경제면 안내",
            "입력 : 2024년09월03일 07:40",
            "항만 노조 파업 닷새째, 수출 화물 발 묶여",
            "닷새째 이어진 항만 노조 파업으로 수출 화물이 부두에 발이 묶였다. 화주들은 "
            "다른 항구로 배를 돌리는 방안을 찾고 있다.",
        ]
    )
    assert normalize_document(page)["title"] == "항만 노조 파업 닷새째, 수출 화물 발 묶여"


def test_the_line_below_a_subject_label_is_the_headline() -> None:
    """A mailing list's archive prints its form's fields one below the other: the line under
    the subject's label is the headline, though the preview text below repeats more of the
    message's words."""
    page = "\n".join(
        [
            "Message Subject",
            "",
            "Library hours change in May",
            "",
            "Sender",
            "",
            "news@lakeside-library.example",
            "",
            "Sent",
            "",
            "Thu, Apr 18, 2024 09:30 AM",
            "",
            "Preview",
            "",
            "Library hours, the summer reading list, and more Library hours, the",
            "",
            "Library hours change in May: the main branch will open at ten on weekdays, and "
            "the summer reading list is out now with forty new titles for children.",
        ]
    )
    assert normalize_document(page)["title"] == "Library hours change in May"


# A centre's open board post: the board's name, the post's title under a series label in
# brackets, its author, day and views fields, then a quotation the post opens with and its text.
POST_FIELDS_BOARD = "\n".join(
    [
        "마을 소식방",
        "",
        "[이웃을 만나다] 물결제빵 협동조합",
        "",
        "{author}",
        "등록일 : 2017-05-22",
        "조회수 : 3120",
        "",
        '        "남은 빵을 이웃과 나누는 가게, 물결제빵이 문을 여는 방식"',
        "",
        "솔내읍 시장 골목에 작은 빵집이 문을 열었다. 물결제빵은 동네 주민 여섯 명이 함께 세운"
        " 협동조합으로, 그날 팔고 남은 빵을 경로당과 지역아동센터에 나눈다.",
        "",
        "조합원들은 주말마다 제빵 교실을 열어 이웃들에게 반죽하는 법을 가르친다.",
    ]
)


def test_the_line_over_a_post_s_header_fields_is_its_title() -> None:
    """A board prints its post's title right over the post's header fields, three lines each a
    label of a word or two and its value after a colon, one of them its day ("작성자 : …" /
    "등록일 : …" / "조회수 : …"): that line is the title, not the quotation the post opens with
    below them; two fields under a line (a forecast's "Issued at: …"), or a list's bulleted
    fields under a box's heading ("- Автор: …"), title nothing."""
    page = POST_FIELDS_BOARD.format(author="작성자 : 윤다온(198.51.100.7)")
    assert normalize_document(page)["title"] == "물결제빵 협동조합"
    fewer = POST_FIELDS_BOARD.format(author="")
    assert normalize_document(fewer)["title"] != "물결제빵 협동조합"
    assert_same_headline(page)
    assert_same_headline(fewer)


def test_a_subject_label_glued_before_the_headline_goes() -> None:
    """A forum's topic prints the post's subject after its field label on one line."""
    page = "\n".join(
        [
            "Автор Сообщение",
            "Заголовок сообщения: Паром до Кижей начнёт ходить в мае",
            "Добавлено: Пн апр 15, 2024 10:12",
            "Паром до Кижей начнёт ходить с двадцатого мая, два рейса в день. Билеты продают"
            " на пристани и на сайте перевозчика.",
        ]
    )
    assert normalize_document(page)["title"] == "Паром до Кижей начнёт ходить в мае"


def test_a_name_the_copyright_line_prints_is_the_outlet_not_the_headline() -> None:
    """A mirror prints the outlet's name above the story and again in its copyright line:
    the name is the outlet's, and the story's head below is the headline."""
    page = "\n".join(
        [
            "© 2020 – 2025 RIVERLINE UPDATES | Riverline Coast News",
            "RIVERLINE UPDATES | Riverline Coast News",
            "News",
            "",
            "Harbor strike at a glance: what we know on day 12 of the walkout",
            "",
            "Cranes idle at both terminals; talks resume on Friday; ferry routes unaffected",
            "",
            "The harbor strike reached its twelfth day on Thursday: what we know is that "
            "dockworkers at both terminals stayed off the job and the walkout goes on.",
        ]
    )
    assert normalize_document(page)["title"] == (
        "Harbor strike at a glance: what we know on day 12 of the walkout"
    )
    lines = page.split("\n")
    name = next(c for c in weigh_candidates(lines, {0: "copyright"}, set(), set()) if c.line == 1)
    assert name.signals["site"] == 1.0


def test_a_list_of_heads_printed_one_under_another_holds_no_headline_but_its_last() -> None:
    """An hour's top stories stand one under another above the article: its items are a
    list's, and the article's headline below its own dateline is the page's."""
    page = "\n".join(
        [
            "date 2024-11-16 • Главное за часОблачная погода задержится в Поволжье",
            "Минтранс предложил продлить льготы на пригородные поезда",
            "В Самаре откроют новый пешеходный мост через Волгу",
            "Облачная погода задержится в Поволжье",
            "Городская библиотека продлит часы работы по выходным",
            "Хоккейный клуб «Заря» прервал серию из трёх поражений",
            "Речной вокзал закроют на реконструкцию до весны",
            "16 ноября 2024, 14:05 • Новости дня",
            "",
            "В Тольятти открыли первый крытый каток для детей",
            "",
            "В Тольятти в субботу открылся первый в городе крытый каток для детей: заниматься"
            " на нём смогут воспитанники спортивных школ и все желающие по выходным.",
        ]
    )
    assert normalize_document(page)["title"] == "В Тольятти открыли первый крытый каток для детей"
    candidates = weigh_candidates(page.split("\n"), {}, set(), {0, 7})
    items = {c.line for c in candidates if c.signals["feed_item"]}
    assert {0, 1, 2, 3, 4, 5} <= items
    assert 9 not in items


def test_a_day_archive_of_teasers_has_no_headline_though_some_teasers_paraphrase() -> None:
    """A science site's archive for one day prints each story's head above a one-paragraph
    teaser; one teaser repeats its head's words, others tell the story in words of their own.
    The heads are still a digest's items (enough of them are echoed), and three of them make
    the page a listing: its label above them is no headline either."""
    lines = [
        "Night Lab Notes | Daily Archive | June 3, 2022",
        "Cave spiders weave slower webs in cold years",
        "Spiders in three limestone caves wove their webs at half the usual pace during the "
        "coldest years of a ten-year survey.",
        "Tidal turbines spare most migrating eels",
        "A two-year tagging study found that nine in ten fish swam past the blades in the "
        "estuary without harm, to the surprise of the engineers.",
        "Old orchards keep more soil carbon than new ones",
        "Soil samples from orchards older than fifty years held a third more carbon than "
        "those from orchards planted this decade.",
        "Why moths circle street lamps",
        "High-speed cameras show the insects tilt their backs toward any bright source, "
        "which bends their flight into loops around it.",
    ]
    assert _choose(lines, frozenset({0})) is None
    # the same heads with the archive's own title well above and a lead of its own stay a digest
    # under a headline: two heads only are no listing
    titled = [
        "What our readers asked us this week",
        "Every Friday we answer the questions readers sent in during the week, starting with "
        "two that came up more than any others, about the caves and the estuary.",
        "Readers' questions, answered",
        *lines[1:5],
    ]
    assert _choose(titled) == "What our readers asked us this week"


def test_a_deck_below_a_headline_under_two_datelines_is_no_feed_item() -> None:
    """An agency prints its published and updated times above the headline, and a deck below
    it: the headline and the deck stand at one step from one dateline each, but both dates
    stand above both lines, a block of the article's own; a feed's items each have theirs."""
    lines = [
        "12 March 2022, 09:40",
        "updated 12 March 2022, 10:05",
        "Island ferry operator denies plans to cut winter crossings",
        "The company called a newspaper's report a misreading of an internal memo",
        "PORTVALE, 12 March. The island ferry operator has no plans to cut any winter crossing, "
        "its spokeswoman told reporters on Saturday, after a newspaper said it would.",
        "The timetable for the winter will be published on the operator's site by November.",
    ]
    assert _choose(lines, dated=frozenset({0, 1})) == lines[2]


def test_an_article_above_teasers_of_its_own_shape_keeps_its_headline() -> None:
    """A news site prints its story's head above a date glued to the source, then the lead,
    then a list of other stories in the same shape (head, date and source): the article's unit
    (its head, date, lead and the list's label) is larger than the items', so its head makes
    no feed with them."""
    lines = [
        "Valley farmers face tighter limits on river water from July",
        "2024-03-02 The Valley Courier",
        "Farmers in the valley will have to take a fifth less water from the river over the "
        "next five years under rules the regional council confirmed on Friday.",
        "More from the region",
        "Regional council confirms river plan for valley farmers",
        "2024-03-01 Hill Country Post",
        "Valley farmers say the river rules will cost jobs",
        "2024-02-28 Rural Radio",
        "Swimming warnings lifted at three river spots",
        "2024-02-27 The Valley Courier",
        "Regional council rates to rise by a tenth",
        "2024-02-25 Hill Country Post",
        "Small cheese maker opens in the old valley dairy",
        "2024-02-24 Rural Radio",
    ]
    dated = frozenset({1, 5, 7, 9, 11, 13})
    items = {c.line: c.signals["feed_item"] for c in weigh_candidates(lines, {}, set(), dated)}
    assert items[0] == 0.0
    assert _choose(lines, dated=dated) == lines[0]


def test_a_summary_box_copying_the_lead_makes_no_feed_of_the_headline() -> None:
    """A portal prints the article's summary (its lead's first sentence) under the headline,
    then the article with its subhead and the same sentence again: the sentence printed by
    both heads is a paragraph, no link's label, so the heads make no feed."""
    lead = "The city library opened a reading room for children in the old station hall."
    lines = [
        "City library opens a reading room in the old station",
        "A short summary made by the portal.",
        lead,
        "Text size",
        "Reading room in old station hall opens Monday",
        "[Valley Herald, reporter Mina Cho]",
        lead,
        "The room holds some four thousand books and opens on weekday afternoons, the library "
        "said on Monday.",
    ]
    found = weigh_candidates(lines, {}, set(), set())
    assert {c.line: c.signals["feed_item"] for c in found}[0] == 0.0
    assert _choose(lines) == lines[0]


def test_a_photo_caption_under_a_headline_and_its_decks_makes_no_run_of_heads() -> None:
    """A blog post prints its headline, three decks and a photo's caption one under another
    before its first paragraph: with the caption they would make a run of five heads, as a
    "Most read" box does, but a caption is no story's head."""
    lines = [
        "Village radio doubles its listeners in a single month",
        "[Weekly radio notes] the morning quiz keeps its lead",
        "Village radio gains two thousand listeners in a month",
        "Short news clips draw new listeners and the night show grows",
        "▲ Listeners of the village radio in March and April, by week",
        "The village radio station doubled its listeners in a single month, from two thousand "
        "to four thousand, after it began a morning quiz and short news clips.",
    ]
    found = weigh_candidates(lines, {}, set(), set())
    assert {c.line: c.signals["feed_item"] for c in found}[0] == 0.0
    assert _choose(lines) == lines[0]


def test_counters_of_followers_above_an_article_leave_its_headline() -> None:
    """A regional site prints its counts of followers on other platforms above the article:
    three counters make them a channel's header, but the line right above the first paragraph,
    which that paragraph echoes, is the article's own head, not the header's description."""
    lines = [
        "Our platforms",
        "64 communities",
        "38 channels",
        "27 groups",
        "District head resigns and hands over to his deputy",
        "The head of the district said he would resign at the end of the week and hand over "
        "to his deputy, thanking his colleagues and residents.",
    ]
    assert _choose(lines) == lines[4]


def test_a_headline_with_the_channel_name_glued_on_above_an_up_next_list_is_kept() -> None:
    """A video page glues the channel's name to every title: the video's own, printed twice
    above its description, and each title of the "Up next" list below. The first title alone
    has a paragraph that echoes it: it is the page's headline, the others the list's items."""
    tail = " / Harbour TV"
    lines = [
        "Snow cuts off three hill villages as helicopters fly in food" + tail,
        "Snow cuts off three hill villages as helicopters fly in food" + tail,
        "Three hill villages have been cut off by snow for three days, and fire service "
        "helicopters are flying in rice, noodles and medicine.",
        "Up next",
        "Frozen pipes burst across the city as the cold sets in" + tail,
        "Commuters face a slow trip as snow closes two roads" + tail,
        "More snow expected across the region until the weekend" + tail,
    ]
    found = weigh_candidates(lines, {}, set(), set())
    items = {c.line: c.signals["feed_item"] for c in found}
    assert items[0] == 0.0 and items[4] == items[5] == items[6] == 1.0
    assert _choose(lines) == "Snow cuts off three hill villages as helicopters fly in food"


# A weekly's interview page: counters, the paper's name, the time of posting, then the headline
# (the guest's words, in guillemets), the deck in the paper's words, the author, a note on her,
# the tags and the lead. The lead tells the story in the deck's words, not the guest's.
QUOTED_INTERVIEW = [
    "0",
    "2215",
    "Газета Среда Интернет-версия",
    "",
    "14.06.2022 19:00:00",
    "",
    "«Мы просто хотели, чтобы в посёлке снова играла музыка»",
    "",
    "Как учительница пения собрала оркестр из пенсионеров и школьников",
    "",
    "Ольга Клёнова",
    "",
    "Об авторе: Ольга Петровна Клёнова – музыкальный обозреватель.",
    "",
    "Тэги: оркестр, посёлок, пенсионеры, школьники, музыка",
    "",
    "Три года назад учительница пения Нина Жаворонкова собрала в посёлке Озёрный оркестр: "
    "в нём играют пенсионеры и школьники, а репетиции идут в бывшей котельной.",
    "",
    "Теперь оркестр выступает на всех праздниках района, и в этом году его пригласили на "
    "областной фестиваль.",
]


def test_a_headline_quoted_whole_is_chosen_over_its_deck_below() -> None:
    """An interview's headline is the guest's words in quotation marks, which the lead seldom
    repeats; the line right below it, in the paper's words, is its deck, however much of the
    lead it repeats. (The tags line, "Тэги:", is the page's machinery, not a candidate.)"""
    found = {c.line: c.signals for c in weigh_candidates(QUOTED_INTERVIEW, {}, set(), {4})}
    assert found[6]["quoted_head"] == 1.0 and found[8]["deck"] == 1.0
    assert normalize_document("\n".join(QUOTED_INTERVIEW))["title"] == QUOTED_INTERVIEW[6]


def test_a_quotation_above_a_headline_on_its_dateline_is_a_kicker() -> None:
    """A quotation above the headline that sits right on its dateline is the story's kicker:
    the line below it is no deck, and stays the headline."""
    lines = [
        "“Our bus stop is now a puddle every morning”",
        "",
        "Residents of Pine Street ask the council for a new drain",
        "June 3, 2024",
        "Residents of Pine Street asked the council on Monday to build a new drain before the "
        "autumn rains, saying the road floods after every storm.",
    ]
    found = {c.line: c.signals for c in weigh_candidates(lines, {}, set(), {3})}
    assert found[0]["quoted_head"] == 0.0 and found[2]["deck"] == 0.0
    assert _choose(lines, dated=frozenset({3})) == lines[2]


def test_a_dateline_ends_the_run_of_menu_lines_above_the_headline() -> None:
    """A section menu printed as rows of headline-long lines, one under another, stands right
    above the article's headline and its dateline (town, weekday, date, time): the dateline
    ends that run, so the headline, the run's last line, is no list's item."""
    page = [
        "Новости Политика Экономика Общество Культура",
        "Город Транспорт Дороги ЖКХ Образование",
        "Аналитика Статьи Интервью Мнения читателей",
        "Деньги Работа Недвижимость Налоги Пенсии",
        "Досуг Афиша Путешествия Здоровье Дом и сад",
        "",
        "В Краснозаводске открыли новый пешеходный мост через реку: когда начнут ремонт старого",
        "",
        "Краснозаводск, Среда 12 марта 2025 09:45",
        "Автор: Марина Ковалёва",
        "",
        "В Краснозаводске в среду открыли пешеходный мост через реку Серебрянку. Он соединил "
        "набережную с новым микрорайоном на левом берегу.",
        "",
        "Старый мост закроют на ремонт в апреле, сообщили в управлении дорожного хозяйства "
        "городской администрации. Работы продлятся до конца лета.",
    ]
    assert normalize_document("\n".join(page))["title"] == page[6]


def test_the_lead_is_read_past_a_date_a_tool_line_a_deck_and_a_caption() -> None:
    """An article page prints its headline, the time alone, a line of tool words, a deck, a
    one-sentence lead and a photo's caption twice before the first paragraph: the paragraph is
    seven lines below the headline but only five candidates, and it still echoes the headline,
    which wins over its deck."""
    page = [
        "Night ferry to the islands is back… when does it sail? (+timetable)",
        "",
        "2024-06-14 18:05",
        "",
        "add remove print link",
        "",
        "Night ferry sails to three islands from the north quay from Friday",
        "",
        "All eyes are on the night ferry.",
        "",
        "Passengers board the ferry at the north quay on Thursday evening. / Harbour Agency",
        "Passengers board the ferry at the north quay on Thursday evening. / Harbour Agency",
        "",
        "The night ferry to the islands is back from Friday, two summers after the operator "
        "stopped it for lack of crew. The boat leaves the north quay at 11 p.m. and returns at "
        "dawn.",
        "",
        "Tickets for the night ferry cost the same as for the day boats, and islanders travel at "
        "half price with their resident cards, the port authority said.",
    ]
    assert normalize_document("\n".join(page))["title"] == page[0]


def test_a_headlines_third_deck_is_a_deck() -> None:
    """A headline with three decks above its lead: the first two do not echo the lead, so only
    the headline marks the lines under it as decks, two lines down; the third, right under the
    second and above the lead, is a deck too, and its echo of the lead does not make it the
    headline."""
    page = [
        "Saltmere's race for mayor too close to call as the count goes on",
        "",
        "Old town backs the incumbent, harbour districts her rival",
        "Turnout dips two points from four years ago",
        "Island ballots come over by boat and will be counted after midnight",
        "",
        "The count in Saltmere's race for mayor went on past 10 p.m. on Sunday with the two "
        "candidates within a hundred votes, and the ballots of the island wards, which come "
        "over by boat, will be counted after midnight.",
        "",
        "The election office said the result was not expected before 2 a.m.",
    ]
    assert normalize_document("\n".join(page))["title"] == page[0]


def test_an_episode_title_above_its_speakers_turns_is_no_digest_item() -> None:
    """A podcast's episode page prints its date, the episode's title and a deck, then the
    transcript: each speaker's name and time above what they say, each turn naming its speaker.
    The names are the article's subheads, short; the whole title above them heads the lead they
    run on, not a digest's first story."""
    lines = [
        "Apr. 2, 2024",
        "",
        "Reading the Tide Tables: A Harbour Pilot on Her Night Shifts",
        "",
        "Our host sits down with a harbour pilot to talk about night arrivals, fog banks and "
        "the old charts she still trusts more than any screen.",
        "",
        "Tom Ellery 00:00:03",
        "Good evening and welcome. I'm Tom Ellery, and tonight my guest guides ships into the "
        "old harbour when most of the town is asleep.",
        "",
        "Nadia Brook 00:00:15",
        "Thanks, Tom. I'm Nadia Brook, I have been a pilot here for eleven years, mostly on "
        "the night shifts nobody else wants.",
        "",
        "Tom Ellery 00:00:31",
        "Tom Ellery 00:00:31",
        "",
        "So, Nadia, what does a night arrival look like from the bridge of a ship you have "
        "never boarded before?",
    ]
    assert _choose(lines, dated=frozenset({0})) == lines[2]


INTERVIEW_PAGE = [
    "главная | архив | редакция",
    "Озёрный край",
    "",
    "Пятница,",
    "",
    "3 апреля 2009 г.",
    "№ 14",
    "",
    'ПАВЕЛ ГРОМОВ: "ПАРОМ ДОЛЖЕН ХОДИТЬ ПО РАСПИСАНИЮ, А НЕ ПО НАСТРОЕНИЮ"',
    "",
    "   Вторую неделю паром через Сольву уходит с причала то на час раньше, то на два позже, "
    "и жители Нижнего Бора опаздывают на работу. Мы спросили начальника переправы Павла "
    "Громова, когда паром снова пойдёт по расписанию.",
    "",
    "   Переправа работает с весны прошлого года, и жалобы на неё приходят в редакцию "
    "каждую неделю: то паром не дождался автобуса, то ушёл полупустым. Весной к переправе "
    "пригнали новое судно, больше и тяжелее старого, и с тех пор опоздания стали обычным "
    "делом, а очередь машин на берегу растягивается до самой заправки.",
    "",
    "   – Павел Андреевич, почему паром не ходит по расписанию, которое висит на причале?",
    "",
    "   – Расписание составляли под старый паром, а новый идёт через реку медленнее. С "
    "понедельника мы повесим на причале новое расписание и будем его держаться.",
]


def test_an_interview_s_question_over_its_answer_is_no_digest_head() -> None:
    """A town paper's interview prints its headline in capitals over a lead of two paragraphs,
    then the questions and answers, each a dialogue's turn opened by a dash. A question above
    its answer, which repeats its words, looks like a digest's head above its paragraph, and
    with it the headline above its lead would be a digest's first item: a dashed question over
    a dashed answer is a turn of the talk, no story's head."""
    assert normalize_document("\n".join(INTERVIEW_PAGE))["title"] == INTERVIEW_PAGE[8]
    # an answer printed as a plain paragraph is no turn: the question heads it as a digest's
    undashed = [line.replace("   – Расписание", "   Расписание") for line in INTERVIEW_PAGE]
    assert normalize_document("\n".join(undashed))["title"] is None


def test_a_timelines_title_above_its_dated_entries_is_no_unit_of_them() -> None:
    """A broadcaster's timeline prints its title and an introduction, then its entries, each a
    date and time, a head and a line of its own. Each date stands right above its entry's head;
    read two lines below the heads, the same dates would make the title a unit of the run, with
    the introduction as its teaser. A date belongs to the head it is nearest to."""
    lines = [
        "Three nights on the ridge: the Pine Hollow wildfire hour by hour",
        "",
        "How the fire that closed the ridge road for three days spread and was put out, from the "
        "first call to the last patrol, told from radio logs, calls and crews' notes.",
        "",
        "2024-08-11 22:14:05",
        "",
        "Hikers report smoke above the quarry",
        "",
        "Two hikers on the ridge trail call the county line to report smoke rising behind the "
        "old quarry.",
        "",
        "2024-08-11 22:41:30",
        "",
        "First engine reaches the trailhead",
        "",
        "Crews find the fire spreading uphill through dry grass and ask for two more engines.",
        "",
        "2024-08-12 01:05:00",
        "",
        "Wind turns the fire toward the road",
        "",
        "The sheriff closes the ridge road in both directions and opens the school gym to "
        "evacuated families.",
    ]
    assert _choose(lines, dated=frozenset({4, 10, 16})) == lines[0]


def test_a_photo_label_under_the_headlines_dates_and_byline_is_no_feed_item() -> None:
    """A weekly prints an agency's story with its date above the headline, the date again and
    the agency's byline below it, then a photo's label and caption. The byline stands right
    above the label, as a feed's date stands above its next head; but it closes the block of
    dates right below the headline, which is the headline's own."""
    lines = [
        "May 9, 2024",
        "",
        "Coast Guard: Crew of Stranded Trawler Safe After “Long Night” at Sea",
        "",
        "May 9, 2024",
        "By Northern Wire Service",
        "Harbor Point Rescue",
        "A Coast Guard cutter tows the trawler Marla Jean into Harbor Point on Thursday, May 9, "
        "2024, after its engine failed off the cape.",
        "",
        "HARBOR POINT, Maine — The six crew members of a trawler that lost its engine off the cape "
        "were safe on Thursday after a night adrift in heavy swell, the Coast Guard said.",
        "",
        "A cutter reached the boat shortly after dawn and towed it into the harbor, where the crew "
        "were checked by paramedics on the dock.",
    ]
    assert _choose(lines, dated=frozenset({0, 4, 5})) == lines[2]


def test_an_articles_headline_below_a_box_of_teasers_is_no_digest_item() -> None:
    """A magazine's page opens with a box of its other stories, each head above its own
    paragraph, then prints the article: its headline, a deck and a lead of several paragraphs.
    The headline follows the box's last teaser as a next item would, but it stands above a lead
    of several paragraphs: the article's, not the box's last item."""
    lines = [
        "Ferry fares rise on the island routes",
        "Fares on the island ferry routes rise by a tenth from May, the operator said on Friday.",
        "Night buses return to the old town",
        "Night buses return to the old town after a year, the city said, with four routes first.",
        "Lighthouse keepers' cottages go up for sale",
        "The lighthouse keepers' cottages on the cape are for sale, the trust said, all three.",
        "How the valley's orchards are coming back, in six charts",
        "Growers planted more apple trees last year than in any year since the war",
        "Old orchards that were cleared for grazing in the seventies are being replanted, and the "
        "county's growers say the trees are already cropping.",
        "Most of the new trees are old local kinds, grafted from the few that survived in hedges "
        "and gardens, and the nursery in the valley has a waiting list.",
        "The county's figures show the area under orchards has doubled in ten years, though it is "
        "still a fifth of what it was before the clearances.",
    ]
    found = weigh_candidates(lines, {}, set(), set())
    items = {c.line for c in found if c.signals["feed_item"]}
    assert {0, 2, 4} <= items
    assert 6 not in items


def test_an_embedded_posts_text_above_its_signature_is_no_headline() -> None:
    """A story that lost its headline embeds two posts, each signed below its text by the
    post's embed code ("— Name (@handle) date"): the signature states the post's time, not the
    page's, so the post's text above it heads nothing."""
    text = "\n".join(
        [
            "Traders at the Oja Tuntun market counted their losses on Tuesday after a night of "
            "heavy rain flooded the stalls along the main road.",
            "Many of them said the water rose so fast that they could not move their goods.",
            "The state's environment office said the drains by the bus park would be cleared.",
            "Some traders shared what they saw online:",
            "The drains by the bus park have been blocked for weeks and nobody came to clear them",
            "— Kelechi Obi (@kelechiobi) April 1, 2019",
            "Our shop is under water again, the third time this year",
            "— Funmi Adeyemi (@funmi_ad) April 2, 2019",
        ]
    )
    assert normalize_document(text)["title"] is None


def test_a_headline_printed_whole_then_split_over_two_lines_is_not_glued() -> None:
    """A release board prints the title whole in its table, then again in the heading split
    over two lines: the whole holds its two halves, not a half with machinery glued on."""
    lines = [
        "보도자료",
        "다온군-하람전력, 에너지 나눔 일환 ‘경로당 태양광 설치’ 협약 체결",
        "다온군-하람전력,",
        "에너지 나눔 일환 ‘경로당 태양광 설치’ 협약 체결",
        "마을 경로당 40곳에 태양광 패널 설치… 연말까지 완공",
        "다온군은 하람전력과 마을 경로당 40곳에 태양광 패널을 설치하는 에너지 나눔 협약을 "
        "체결했다고 밝혔다.",
        "협약에 따라 하람전력은 설치비 전액을 부담하고, 군은 경로당별 설치 장소를 마련한다.",
    ]
    expected = "다온군-하람전력, 에너지 나눔 일환 ‘경로당 태양광 설치’ 협약 체결"
    assert _choose(lines) == expected
    whole = next(c for c in weigh_candidates(lines, {}, set(), set()) if c.line == 1)
    assert whole.signals["glued"] == 0.0


def test_heads_each_closing_with_a_glued_date_are_a_lists_items() -> None:
    """A weekly's tag page scraped without its markup glues each item's short date to the last
    word of its head, above its teaser: the heads are a list's items, none the headline. An
    article whose headline alone has its date glued on keeps it as its headline."""
    lines = [
        "Ледовый дворец закрывают на ремонт крыши до весны15.01.24",
        "Городская администрация нашла подрядчика, работы начнутся в понедельник.",
        "Хоккейная школа переезжает в спорткомплекс на Заречной13.01.24",
        "Тренировки младших групп перенесут на вечер, расписание пришлют родителям.",
        "Каток на площади откроют после оттепели10.01.24",
        "Заливку льда отложили из-за плюсовой температуры, говорят в управлении.",
    ]
    assert _choose(lines) is None
    assert _choose(lines[:4]) is None  # two such heads make a list
    article = [
        "Ледовый дворец закрывают на ремонт крыши до весны15.01.24",
        "Ледовый дворец закроют на ремонт крыши до весны, сообщила городская администрация. "
        "Подрядчик начнёт работы в понедельник.",
        "Хоккейная школа на время ремонта переедет в спорткомплекс на Заречной улице.",
    ]
    assert _choose(article) == article[0]


def test_heads_each_over_a_summary_opening_with_its_clock_are_a_lists_items() -> None:
    """A city's list of the day's releases prints each head above a summary that opens with its
    clock and a dash: the heads are a list's items, the first as much as the others, though only
    its summary reads as a whole paragraph."""
    lines = [
        "Press Releases for Tuesday, April 9, 2024",
        "10 a.m.",
        "Library Extends Weekend Hours at Two Branches",
        "10:20 a.m. - The library extends its weekend hours at two branches, which will stay "
        "open until 6 p.m. on Saturdays.",
        "Parks Crews Begin Spring Tree Planting",
        "10:11 a.m. - Crews plan to plant about 300 street trees before the end of May",
        "Bridge Lane Closure Moved to Next Week",
        "10:03 a.m. - The closure was pushed back because of the forecast rain",
    ]
    assert _choose(lines) is None


def test_a_post_title_right_below_its_byline_heads_the_article_below_a_profile() -> None:
    """A children's paper prints its young reporter's profile box, a paragraph, above the post:
    the post's title stands between the reporter's line (the school and grade in brackets) and
    a line of counters above, and the post's text below; it heads the article."""
    lines = [
        "기자 소개",
        "",
        "윤다온솔빛중학교",
        "",
        "기자소개",
        "",
        "안녕하세요? 저는 솔빛중학교 2학년 윤다온 기자입니다. 우리 동네 골목과 시장에서 일어나는 "
        "일을 부지런히 전하고 싶습니다.",
        "",
        "리스트",
        "",
        "윤다온 기자 (솔빛중학교 / 2학년)",
        "",
        "추천 : 3 / 조회수 : 96",
        "학교 앞 횡단보도에 노란 발자국이 생겼어요",
        "",
        "지난주 등굣길에 보니 신호등 앞 바닥에 발 모양 스티커가 붙어 있었습니다. 신호를 기다릴 "
        "때 서 있을 자리를 알려 주는 표시라서 저학년 동생들도 한 걸음 물러서서 기다립니다.",
    ]
    text = "\n".join(lines)
    assert normalize_document(text)["title"] == "학교 앞 횡단보도에 노란 발자국이 생겼어요"
    assert_same_headline(text)


def test_a_teaser_below_the_article_under_a_byline_paragraph_stays_after_it() -> None:
    """A byline over a paragraph of its own: the paragraph is that story's text, no head."""
    lines = [
        "Night crossing saved after a full hall pleads for it",
        "",
        "By Dana Reyes",
        "",
        "The harbour board voted on Tuesday to keep the night ferry to the islands running.",
        "",
        "By Mia Tan",
        "The board also agreed to look again at the winter timetable for the school boats, "
        "which parents have asked to run half an hour later.",
    ]
    assert normalize_document("\n".join(lines))["title"] == lines[0]


def test_a_teaser_head_under_a_later_byline_stays_after_the_article() -> None:
    """An opinion teaser under the article prints its writer, its head and its summary: the
    head stands under a byline and over a paragraph, as a post's title does under a profile
    box, but the page's first byline is the article's own, so the head is a teaser's."""
    lines = [
        "Night crossing saved after a full hall pleads for it",
        "By Dana Reyes",
        "The harbour board voted on Tuesday to keep the night ferry to the islands running.",
        "By Mia Tan",
        "School boats may run later",
        "Parents have asked the board to move the winter timetable of the school boats by half "
        "an hour, and the board has agreed to look at it again.",
    ]
    assert normalize_document("\n".join(lines))["title"] == lines[0]


def test_a_name_under_the_dateline_that_the_story_never_repeats_is_no_headline() -> None:
    """A station's page prints its posting time, the reporter's name alone, then the story;
    a name there (every word capitalised) that the story never repeats is a byline. A short
    post title in that place, echoed by the story or in sentence case, stays the headline."""
    story = (
        "The county board met on Monday morning and agreed to buy a used dump truck for the "
        "road district after two years of repairs to the old one."
    )
    for second, title in (
        ("Marta Okafor", None),
        ("KNS", None),
        ("Dump Truck", "Dump Truck"),
        ("Quiet morning", "Quiet morning"),
    ):
        text = "\n\n".join(["Posted: Mar 3, 2021 9:15 AM", second, story])
        assert normalize_document(text)["title"] == title
        assert_same_headline(text)


def test_a_toolbar_between_teasers_and_the_headline_ends_the_teasers_run() -> None:
    """Teasers of other stories fill the top of a regional page, one under another, down to
    the article's headline; a toolbar of text-size and print controls stands between it and
    its decks. The toolbar ends the teasers' run, so the headline is its last head, no item."""
    lines = [
        "항구 야간 하역 인력 모자라 배들 줄 섰다",
        "읍내 전통시장 주차장 넓혀 주말 손님 늘어",
        "섬 지역 학교 통학선 겨울 시간표 바뀐다",
        "농어촌 버스 노선 개편안 주민 설명회 연다",
        "강변 산책로 가로등 교체 공사 다음 달 끝나",
        "갯벌 생태 체험장 두 해 만에 다시 문 연다",
        "폰트 확대 폰트 축소 프린트하기",
        "주말마다 갯벌 걷기·조개 캐기 체험 운영",
        "해솔군은 두 해 동안 문을 닫았던 갯벌 생태 체험장을 이달부터 다시 연다고 밝혔다. "
        "체험장은 주말마다 갯벌 걷기와 조개 캐기 체험을 마련한다.",
        "군 관계자는 \u201c아이들과 함께 갯벌을 찾는 가족이 많아지길 바란다\u201d고 말했다.",
    ]
    text = "\n\n".join(lines)
    assert normalize_document(text)["title"] == lines[5]
    assert_same_headline(text)


def test_a_caption_signed_after_a_slash_is_no_headline() -> None:
    """A page that lost its headline opens with a photograph's caption whose credit follows a
    finished sentence after a slash glued to it, as Korean papers sign them; a headline with
    an outlet's name after a spaced slash stays a candidate."""
    lead = (
        "해솔군은 두 해 동안 문을 닫았던 갯벌 생태 체험장을 이달부터 다시 연다고 밝혔다. "
        "체험장은 주말마다 갯벌 걷기와 조개 캐기 체험을 마련한다."
    )
    caption = "갯벌 생태 체험장에서 아이들이 조개를 캐고 있다. /해솔군 제공"
    assert _choose([caption, "", lead]) is None
    headline = "갯벌 생태 체험장, 두 해 만에 다시 문 연다? / 해솔신문"
    assert weigh_candidates([headline, "", lead], {}, set(), set())[0].line == 0


def test_a_box_of_heads_each_with_its_own_date_holds_no_headline() -> None:
    """A station's page prints a report's script without its headline, then a box of the most
    read stories, each head under its own date and time; the script's words echo one of them,
    which is still the box's item. An article's headline above its own dateline and lead, over
    the same box, stays the headline."""
    script = [
        "올해는 가을비가 잦아 벼 베기가 예년보다 열흘가량 늦어지고 있습니다.",
        "논바닥이 마르지 않아",
        "콤바인이 들어가지 못하는 곳이 많습니다.",
        "농민들은 이번 주말 날이 개기만을 기다리고 있습니다.",
        "해솔방송 남궁윤입니다.",
    ]
    box = [
        "지금 뜨는 소식",
        "2025-10-14 21:29",
        "해솔 도심 사흘째 고라니 출몰 먹이 찾아 내려온 듯",
        "2025-10-14 21:06",
        "가을비 잦아 벼 베기 열흘 늦어져 농민들 애태워",
        "2025-10-14 20:40",
        "학교 앞 무허가 게임장서 청소년 상대 환전 업주 덜미",
        "2025-10-14 17:54",
        "농공단지 식품 공장서 불 한 시간 만에 꺼져",
    ]
    text = "\n".join([*script, *box])
    assert normalize_document(text)["title"] is None
    assert_same_headline(text)
    headline = "가을비 잦아 벼 베기 늦어져…농민들 애태운다"
    article = "\n".join([headline, "2025-10-14 18:10", *script, *box])
    assert normalize_document(article)["title"] == headline
    assert_same_headline(article)


def test_a_series_name_printed_in_brackets_on_the_headline_line_is_no_headline() -> None:
    """An interview series prints its name above the article and again in brackets, with the
    episode's number and the guest's name, glued to the headline's line; the lead repeats the
    series' words more than the headline's. The name is the series', not the headline."""
    headline = "\u201c시장 골목 불이 꺼지면 동네도 같이 늙는다\u201d"
    lines = [
        "솔내탐사닷컴",
        "남궁윤의 골목 따라 걷는 인터뷰",
        f"{headline}[남궁윤의 골목 따라 걷는 인터뷰 58] 변하늘",
        "남궁윤 기자 | ngy58@mail.example.kr",
        "승인 2021.05.10 11:20:04",
        "골목 따라 걷는 인터뷰 쉰여덟 번째 손님은 해솔 전통시장에서 삼십 년째 방앗간을 하는 "
        "변하늘 씨다. 골목 상인회 회장이기도 한 그는 시장 골목에 빈 점포가 늘고 있다고 걱정했다.",
        "변 씨는 \u201c불 꺼진 가게가 하나둘 늘면 손님 발길도 끊긴다\u201d고 말했다.",
    ]
    text = "\n".join(lines)
    assert normalize_document(text)["title"] == headline
    assert_same_headline(text)


def test_the_place_of_the_dateline_below_glued_before_the_headline_is_cut() -> None:
    """A newspaper's archive prints the story's place in capitals on the headline's line, the
    place its dateline opens the story with; a headline opening with a word in capitals of its
    own keeps it, since no paragraph opens with that word and a dash."""
    lines = [
        "HOLLOWAY Library stays open late for exam week",
        "Students asked for quiet rooms after nine o'clock.",
        "By MARA J. TENNANT",
        "EDUCATION WRITER",
        "HOLLOWAY -- The public library on Grange Street will keep its doors open until "
        "midnight through exam week, the library board decided on Tuesday.",
        "The board agreed to the longer hours after students filled the reading room each "
        "evening last spring and asked for more quiet places to study.",
    ]
    text = "\n".join(lines)
    assert normalize_document(text)["title"] == "Library stays open late for exam week"
    assert_same_headline(text)
    own = "\n".join(["NASA Delays Moon Rover Test Until Spring", *lines[1:4], lines[5]])
    assert normalize_document(own)["title"] == "NASA Delays Moon Rover Test Until Spring"
    assert_same_headline(own)
    for mark in (",", " —", " -"):
        dated = text.replace("HOLLOWAY --", f"HOLLOWAY{mark}")
        assert normalize_document(dated)["title"] == "Library stays open late for exam week"
        assert_same_headline(dated)


def test_a_programmes_hyphened_name_glued_before_a_sentence_case_headline_is_cut() -> None:
    """A broadcaster's clip page prints the programme's name, two capitalised words joined by
    a hyphen, on the headline's line; the headline after it is in sentence case. A headline
    that names a second thing after its first word keeps the name."""
    headline = "Паром вернулся на линию после ремонта машины"
    lines = [
        "Главная",
        "Видео",
        "",
        f"Вечер-Онега {headline}",
        "",
        "14 марта 2024, 19:10",
        "",
        "Паром «Сегежа» снова ходит между пристанью и островом. Механики за две недели "
        "заменили двигатель, и первый рейс ушёл по расписанию в семь утра.",
    ]
    text = "\n".join(lines)
    assert normalize_document(text)["title"] == headline
    assert_same_headline(text)
    named = text.replace(headline, "Паром вернулся на линию после ремонта в Петрозаводске")
    assert normalize_document(named)["title"].startswith("Вечер-Онега ")
    assert_same_headline(named)


def test_a_subhead_below_the_paragraph_a_page_opens_with_is_no_headline() -> None:
    """A page whose headline was lost opens with its first paragraph; the short line below
    it that shares its words is the story's first subhead. A headline below a site's blurb
    that shares no word with it still heads the page."""
    lines = [
        "A harbour pilot guides large ships through the narrow channel into port. Pilots board "
        "each vessel outside the breakwater and stay on the bridge until it is safely moored at "
        "its berth.",
        "",
        "Becoming A Harbour Pilot",
        "",
        "Most harbour pilots first serve for years as officers at sea. They then train on the "
        "local channel under an experienced pilot before they may guide ships on their own.",
        "",
        "The work goes on day and night and in every weather, so pilots keep to a strict roster "
        "of shifts.",
    ]
    text = "\n".join(lines)
    assert normalize_document(text)["title"] is None
    assert_same_headline(text)
    blurb = "\n".join(
        [
            "Harbour Weekly brings the news of the docks, the ferries and the fishing fleet of "
            "Port Ellery to its readers every morning since 1998.",
            "",
            "Pilots strike over night shifts",
            "",
            "The harbour pilots of Port Ellery stopped work on Monday over a roster that adds two "
            "night shifts a week, leaving three cargo ships waiting outside the breakwater.",
            "",
            "The port authority said talks with the pilots would resume on Wednesday.",
        ]
    )
    assert normalize_document(blurb)["title"] == "Pilots strike over night shifts"
    assert_same_headline(blurb)


def test_a_documents_numbered_subheads_are_no_headline() -> None:
    """A council's record numbers its decisions, each a subhead over its own paragraphs: the
    first decision, its number cut off, right under the dateline and echoed by the paragraph
    below, is no headline (nor are the others, each the number after the one above); the
    record's own heading above the dateline is."""
    lines = [
        "DECISIONS TAKEN AT THE 4TH SITTING OF THE PORT COUNCIL ON 1 MARCH 2025",
        "02/03/2025",
        "1. Opening of the North Quay Ferry Berth, 10th – 12th April 2025",
        "The council endorsed the plans for the opening of the North Quay ferry berth, from "
        "10 April 2025 to 12 April 2025, with a ceremony on the quay.",
        "The berth will take the two larger ferries the island routes use in August.",
        "2. Winter Timetable for the Island Routes",
        "The council agreed that ferries to the outer islands will run every two hours from "
        "November to March.",
        "3. Fees for Moorings in the Inner Harbour",
        "Fees for moorings in the inner harbour will rise by a tenth from April.",
        "Back",
    ]
    text = "\n".join(lines)
    assert normalize_document(text)["title"] == lines[0]
    assert_same_headline(text)


def test_an_icons_label_the_page_glues_before_other_lines_is_cut() -> None:
    """A mirror keeps a page-type icon's alt text in small letters before the headline and
    before the related stories' label: the label repeated so is no part of the headline, which
    opens with a capital once it is cut, and outweighs the photo's caption printed twice."""
    lines = [
        "новость Кота с водонапорной башни сняли пожарные",
        "",
        "22.11.2019",
        "Пожарный Олег Ветров и кот Рыжик. Кадры городского телеканала",
        "",
        "Пожарный Олег Ветров и кот Рыжик. Кадры городского телеканала",
        "",
        "Пожарный Олег Ветров снял кота Рыжика с крыши старой башни в Озёрске. Кот просидел "
        "там два дня.",
        "",
        "Хозяйка Рыжика поблагодарила пожарного.",
        "",
        "22.11.2019",
        "",
        "новость Новости по теме",
    ]
    text = "\n".join(lines)
    assert normalize_document(text)["title"] == "Кота с водонапорной башни сняли пожарные"
    assert_same_headline(text)


def test_a_shouted_headline_of_two_sentences_is_no_running_text() -> None:
    """A council's site prints its announcement's headline in capitals, two sentences each
    closed by a stop, above and below its date: running text is never all capitals, so the
    headline is no sentence, and it wins over the site's name above it."""
    headline = "3 ИЮНЯ ОТКРОЕТСЯ ПАРОМНАЯ ПЕРЕПРАВА. ГРАФИК НА САЙТЕ."
    lines = [
        "Официальный портал администрации посёлка Заречный",
        "Новости посёлка",
        "",
        headline,
        "",
        "1 Июня 2018",
        "",
        headline,
        "",
        "Паром через протоку Лисью будет ходить каждый час с шести утра до десяти вечера. "
        "Первые две недели переправа для жителей посёлка бесплатная.",
    ]
    assert _signals(lines, headline)["sentence"] == 0.0
    text = "\n".join(lines)
    assert normalize_document(text)["title"] == headline
    assert_same_headline(text)
    lowered = "Паромная переправа откроется 3 июня. График на сайте администрации посёлка."
    assert _signals([*lines[:3], lowered, *lines[4:]], lowered)["sentence"] == 1.0


def test_a_board_post_under_an_angle_bracketed_category_keeps_its_headline() -> None:
    """A hobby board prints its post's category in angle brackets before the title, and the
    post one sentence a line without full stops: the "<…>" is a bracket, no breadcrumb's ">",
    and lines closing with a polite verb ending are the post's sentences, no run of heads."""
    lines = [
        "<맛집/나들이> 강변 시장 골목 만둣집 다녀온 이야기",
        "지난 토요일에 강변 시장에 장을 보러 갔다가 골목 안쪽 만둣집에 들렀습니다",
        "가게는 좁은데 손님이 끊이지 않고 계속 들어오더라구요",
        "메뉴는 고기만두랑 김치만두 딱 두 가지인데",
        "김치만두 속이 매콤하고 피가 얇아서 정말 맛있었습니다",
        "한 접시에 여덟 개가 나오고 가격은 오천 원",
        "주인 할머니 말씀으로는 이 자리에서만 사십 년째 하셨다고",
        "오후 두 시쯤이면 그날 만든 만두가 다 팔린다고 하니 일찍 가세요",
        "시장 주차장은 좁아서 버스를 타고 가시는 게 편해요",
        "다음번에는 고기만두도 꼭 먹어 보려고 합니다",
    ]
    text = "\n".join(lines)
    assert normalize_document(text)["title"] == "강변 시장 골목 만둣집 다녀온 이야기"
    assert_same_headline(text)


def test_one_word_trailing_off_is_a_letter_s_headline_not_a_cut_sentence() -> None:
    """A daily prints a reader's letter under a title of one word and an ellipsis, its lead
    opening with that word: a title, not a sentence cut short."""
    lines = [
        "Finally …",
        "",
        "Finally, somebody at city hall has answered the question we asked all summer: the "
        "footbridge over Miller Creek will reopen in May. Why did it take three letters and a "
        "petition to find that out? The families on Orchard Lane deserved a date a year ago.",
        "",
        "Submitted via email",
    ]
    text = "\n".join(lines)
    assert normalize_document(text)["title"] == "Finally …"
    assert_same_headline(text)


# a station's story whose dateline stands alone on the first line, closed by a dash, its story
# starting on the next line; the page lost its headline
DANGLING_DATELINE_PAGE = """PINE HOLLOW, Ore. -

Tuesday evening the county board voted 3 to 2 on a levy that would add $1.80 a month to the \
average household's water bill.

Commissioners Ada Ruiz and Tom Vail voted against it, saying the reserve fund could cover the \
pump repairs.

Chair Lena Ortiz broke no tie but said the board would revisit the rate in the spring.
"""


def test_a_dateline_closed_by_a_dangling_dash_is_no_headline() -> None:
    """A line that closes with a dash set off by a space leaves its clause open, as a colon
    does: it is a dateline whose story starts below, and the page has no headline."""
    assert normalize_document(DANGLING_DATELINE_PAGE)["title"] is None
    assert_same_headline(DANGLING_DATELINE_PAGE)
    dashed = DANGLING_DATELINE_PAGE.replace(" -\n", " —\n", 1)
    assert normalize_document(dashed)["title"] is None
    assert_same_headline(dashed)


# a press-release wire's page: its web address and motto, its motto again, the release's
# headline, its deck, the date, the release opening with the wire's address and the deck's copy
DOMAIN_NAME_PAGE = """LAKEWIRE-NEWS.org - Community Press Wire
COMMUNITY PRESS WIRE

Volunteers bring an old mill pond back to life, survey shows

Frogs and herons returned to a drained mill pond within two summers of its restoration, a new \
survey by a local field club suggests

2019-05-02
(Lakewire-News.org) Frogs and herons returned to a drained mill pond within two summers of its \
restoration, a new survey by a local field club suggests.

The survey by the Lakewire Field Club counted eleven species on the pond's banks last June.
"""


def test_a_sites_web_address_alone_is_its_name_not_the_headline() -> None:
    """The wire's web address cut from its motto is echoed by the release's opening, which
    prints it again; a web address alone names the site, and the headline below wins."""
    assert normalize_document(DOMAIN_NAME_PAGE)["title"] == (
        "Volunteers bring an old mill pond back to life, survey shows"
    )
    assert_same_headline(DOMAIN_NAME_PAGE)


# a paper's story whose subscription widget printed its template unfilled above the lead
TEMPLATE_SLOT_PAGE = """ date 2021-06-01 × Loading&hellp; {{title}} {{start_at_rate}} \
{{format_dollars}} {{term}}

CEDAR FALLS — The riverside craft fair will open its summer season from 9 a.m. to 2 p.m. \
Saturday in the library parking lot.

Road work on Main Street kept the fair from returning to the square this year.

About forty makers will sell pottery, quilts, honey and bread.
"""


def test_a_templates_unfilled_placeholders_are_a_widget_not_a_headline() -> None:
    """A line holding a template's placeholders ("{{title}}") is a widget whose script did
    not run: no headline, and the page has none."""
    assert normalize_document(TEMPLATE_SLOT_PAGE)["title"] is None
    assert_same_headline(TEMPLATE_SLOT_PAGE)
    lines = TEMPLATE_SLOT_PAGE.splitlines()
    assert is_widget_text(lines[0], "Loading&hellp; {{title}} {{start", 0.0)


# a group blog's post: its title, a cry, signed by its writer after two hyphens, then the post
SIGNED_POST_TITLE_PAGE = """Book club nights are back! -- Mina Hale
Before the floods closed the reading room, I ran a book club at our village library with the \
help of the Friends group. We met online for a while, then it faded away.
This autumn we are back, and on Thursday at 7pm I will be talking to two local poets.
I'm nervous for a few reasons:
What if nobody comes? I haven't checked the sign-up sheet yet.
Comments
Good luck with the evening!
"""


def test_a_cry_signed_by_its_writer_is_a_post_title_not_a_caption() -> None:
    """A caption's sentence closes with a full stop before its photographer's name; a title
    that closes with "!" or "?" before its writer's name is the post's headline."""
    assert normalize_document(SIGNED_POST_TITLE_PAGE)["title"] == (
        "Book club nights are back! -- Mina Hale"
    )
    assert_same_headline(SIGNED_POST_TITLE_PAGE)


# a cricket club's match report with no title: it opens with one long cry, commas inside it
LONG_CRY_REPORT_PAGE = """Much like our match at Fenwick Green, and for reasons you will \
soon see, this report is short!

A fine afternoon welcomed us to our first home match, against one of the \
bigger clubs in the county.

We look forward to the return fixture and a full afternoon of cricket!

Final Score

No result
"""


def test_one_long_cry_opening_a_report_is_its_first_sentence_not_a_headline() -> None:
    """A cry of fifteen words or more with a comma inside is the report's first sentence, so
    the page has no headline; a headline's cry is short and keeps its place."""
    assert normalize_document(LONG_CRY_REPORT_PAGE)["title"] is None
    headed = "Rain wins at Fenwick Green!\n" + LONG_CRY_REPORT_PAGE
    assert normalize_document(headed)["title"] == "Rain wins at Fenwick Green!"
    for page in (LONG_CRY_REPORT_PAGE, headed):
        assert_same_headline(page)


ADDRESS_GLUED_TRANSCRIPT = "\n".join(
    [
        "Час с Ниной Вербой",
        "https://tv-sosna.example/efir/chas-s-ninoi-verboi-3310.html Олег Ширяев: Добрый вечер, "
        "в студии Нина Верба, и сегодня мы говорим о школьных автобусах.",
        "Нина Верба: Добрый вечер. Автобусы у нас ходят, но расписание давно пора менять.",
        "Олег Ширяев: Родители жалуются, что дети ждут на остановке по сорок минут.",
        "Нина Верба: Так и есть, и с сентября мы добавим два рейса утром.",
    ]
)


def test_a_web_address_glued_before_the_first_speaker_continues_no_headline() -> None:
    """A programme's title over its page's address glued to the first speaker's line: the
    address opens in small letters but is no rest of the title split in two."""
    assert normalize_document(ADDRESS_GLUED_TRANSCRIPT)["title"] == "Час с Ниной Вербой"
    assert_same_headline(ADDRESS_GLUED_TRANSCRIPT)


# a notice's sentence split in two before the web address it goes on with, in small letters
ADDRESS_SPLIT_NOTICE = "\n".join(
    [
        "Residents can read the full budget report and send comments at",
        "www.harbourtown.example/budget before the vote in May.",
        "",
        "March 3, 2025",
        "",
        "The Harbourtown council has moved the budget vote to May after members split over road "
        "repairs, the clerk said on Monday.",
    ]
)


def test_a_sentence_split_before_a_web_address_is_no_headline() -> None:
    """A sentence split before the web address it goes on with in small letters: its opening
    is no headline, as with any other word."""
    assert normalize_document(ADDRESS_SPLIT_NOTICE)["title"] is None
    assert_same_headline(ADDRESS_SPLIT_NOTICE)


DOUBLED_DECK_FEATURE = "\n".join(
    [
        "How a small-town weekly tripled its print subscribers in two years",
        "The Fernbrook Gazette now sells 9,000 copies a week, but what did its editors change?",
        "The Fernbrook Gazette now sells 9,000 copies a week, but what did its editors change?",
        "This story was carried over from our old archive, so some links may no longer work.",
        "Subscriptions to the Fernbrook Gazette have reached 9,000, its publisher Odile Marsh "
        "told a regional press meeting in Carrow on Tuesday.",
        "The weekly, which covers four villages, dropped its website paywall in 2022 and put "
        "its money into home delivery.",
        '"Our readers wanted the paper on the doormat," said Marsh.',
    ]
)


def test_a_deck_printed_twice_under_a_features_headline_is_one_deck() -> None:
    """A feature's headline over its deck printed twice, the copy right below it: the deck is
    the last line before the article all the same, and the headline stays the page's."""
    title = "How a small-town weekly tripled its print subscribers in two years"
    assert normalize_document(DOUBLED_DECK_FEATURE)["title"] == title
    assert_same_headline(DOUBLED_DECK_FEATURE)


def test_a_features_short_headline_over_its_plainer_deck_is_the_headline() -> None:
    """A feature's headline is a turn of phrase its lead does not echo; the longer line right
    below it, the last before the byline and the story, says the story plainly and so echoes
    the lead more: it is the deck. A kicker of a word or two over a headline is no such head."""
    lines = [
        "Where the orchards meet the sea",
        "",
        "Growers on the coast try new ways to keep their apple trees alive",
        "",
        "Valley Courier - FARMING - PETRA LINDQVIST petra.lindqvist@valleycourier.example",
        "",
        "GROWERS along the coast road say salt spray and a wet spring have cost them a third of "
        "their apple trees this year.",
        "",
        "Hanne Ostrow, who keeps forty acres near the old lighthouse, said she had planted a row "
        "of poplars as a windbreak.",
        "",
        '"The orchards here are older than the road," she said. "We are not giving up on them."',
    ]
    text = "\n".join(lines)
    assert normalize_document(text)["title"] == "Where the orchards meet the sea"
    assert_same_headline(text)
    kicker = "\n".join(["Farming", "", *lines[2:]])
    assert (
        normalize_document(kicker)["title"]
        == "Growers on the coast try new ways to keep their apple trees alive"
    )
    assert_same_headline(kicker)


def test_an_archive_days_label_is_not_echoed_by_the_dateline_that_repeats_its_day() -> None:
    """A city daily's archive page prints "Archive for <day>" over a feature's headline and
    deck, and the story's dateline repeats the day: the dateline echoes the label's date, not
    a story, so the label does not outweigh the headline; the deck under the headline neither."""
    lines = [
        "Archive for Thursday, March 13, 2008",
        "",
        "Lanterns on the towpath",
        "",
        "Paddlers light the old canal every spring so the mill town can see its water again",
        "",
        "March 13, 2008",
        "",
        "They have carried the same paper lights down to the lock gates for eleven years.",
        "",
        "Ines Valcourt, 64, and her brother Tomas fold the lanterns in her kitchen through "
        "February and keep a list of every family that asks for one.",
        "",
        '"Nobody told us to start it," Valcourt said. "The mill closed in 1996, the canal went '
        'quiet, and we wanted a night when people came back down to it."',
        "",
        "The two hope a school class will take over the folding next winter.",
    ]
    text = "\n".join(lines)
    assert normalize_document(text)["title"] == "Lanterns on the towpath"
    assert_same_headline(text)


def test_a_teaser_cut_short_above_a_read_more_link_is_not_the_articles_start() -> None:
    """A city portal prints another story's teaser above the article: its head, a paragraph
    cut off mid-word by an ellipsis and a "read more" link. The article starts under its own
    headline, below the link, which the paragraph under it echoes."""
    lines = [
        "Worth reading",
        "Oksana Veretennikova 14 March 2025",
        "",
        "A potter from Lindenau turns old roof tiles into garden lamps",
        "",
        "Broken tiles from the demolished mill end up in a small workshop on the edge of town, "
        "where they become lamps that light half the gardens on the street.",
        "",
        "The workshop opened in 2019, when its owner lost his job at the brickworks and deci...",
        "",
        "Read more...",
        "",
        "Harbour ferry timetable cut for the winter",
        "",
        "The harbour ferry will sail only twice a day from Monday, after the council cut the "
        "winter timetable to save fuel.",
        "",
        "Commuters said the new timetable would leave them waiting an hour at the pier each "
        "evening.",
    ]
    text = "\n".join(lines)
    assert normalize_document(text)["title"] == "Harbour ferry timetable cut for the winter"
    assert_same_headline(text)


# A radio station's page that kept a columnist's teaser above a story printed without its head.
TEASER_ATOP_A_HEADLESS_STORY = "\n".join(
    [
        "Mira Holt: Should the island ferry run all winter?",
        "Mira Holt says the winter timetable leaves commuters stranded on the mainland, and the "
        "fix may cost more than the council ...",
        "A barn fire on Quarry Road destroyed two tractors and a year's hay on Sunday night.",
        "Firefighters from Eastvale and Pine Hollow kept the flames away from the farmhouse.",
        "Nobody was hurt. The cause of the fire is still being investigated.",
    ]
)


def test_a_teaser_atop_a_story_it_does_not_echo_is_no_headline() -> None:
    """A page keeps another story's teaser, its head over a paragraph cut short by an
    ellipsis, above an article printed without a headline: the article's paragraphs share no
    word with the teaser, so the teaser's head is not the page's."""
    assert normalize_document(TEASER_ATOP_A_HEADLESS_STORY)["title"] is None
    assert_same_headline(TEASER_ATOP_A_HEADLESS_STORY)


def test_a_headline_over_its_cut_description_stays() -> None:
    """A headline over its description cut short by an ellipsis, its story below echoing it,
    is the page's own."""
    lines = TEASER_ATOP_A_HEADLESS_STORY.split("\n")
    text = "\n".join(
        [*lines[:2], "Mira Holt, the ferry's longest-serving skipper, says so.", *lines[2:]]
    )
    assert normalize_document(text)["title"] == lines[0]
    assert_same_headline(text)


COUNTED_META_DATE_PAGE = "\n".join(
    [
        " date 2020-07-22 0 Coast guard: 2 rescued after sailboat capsizes off Gull Point",
        "",
        "GULL POINT, Maine - Two sailors were pulled from the water Wednesday after their "
        "sailboat capsized off Gull Point, the Coast Guard said.",
        "",
        "A passing lobster boat spotted the overturned hull and radioed for help.",
        "",
        "Both sailors were taken to shore and were expected to recover.",
    ]
)


def test_a_counter_glued_after_a_scrapers_meta_date_is_cut_off() -> None:
    """A scraper's meta date glued before a comment counter and the headline: both cut off."""
    title = "Coast guard: 2 rescued after sailboat capsizes off Gull Point"
    assert normalize_document(COUNTED_META_DATE_PAGE)["title"] == title
    assert_same_headline(COUNTED_META_DATE_PAGE)


CUT_CAPTION_VIEWER = "\n".join(
    [
        "보름인 24일 저녁, 갈매 장터 앞마당에서는 ‘달집 태우기’와...",
        "보름인 24일 저녁, 갈매 장터 앞마당에서는 ‘달집 태우기’와 쥐불놀이가 이어졌다.",
        "불길이 솟을 때마다 둘러선 주민들이 한 해 소원을 외쳤다.",
        "",
        "보름인 24일 저녁, 갈매 장터 앞마당에서는 ‘달집 태우기’와...",
        "",
        "37 / 204",
    ]
)
CUT_LEAD_TEASER = "\n".join(
    [
        "Выбор по дате:",
        "",
        "Мост снова открыт. Вчера...",
        "",
        "12 марта 2019",
        "",
        "Мост снова открыт. Вчера вечером по Липовой переправе пошли первые автобусы, "
        "а пешеходам вернули тротуар вдоль реки.",
        "",
        "Ремонт моста занял почти два года: рабочие заменили опоры и уложили новое полотно.",
    ]
)


def test_a_captions_or_a_leads_opening_cut_short_is_no_headline() -> None:
    """A caption's opening cut short by an ellipsis over the caption printed whole (a photo
    viewer's page title), or a lead's over its lead, is no headline: the page prints none."""
    for page in (CUT_CAPTION_VIEWER, CUT_LEAD_TEASER):
        assert normalize_document(page)["title"] is None
        assert_same_headline(page)


def test_a_headlines_copy_cut_short_over_the_headline_is_still_a_headline() -> None:
    """A copy cut short of a headline, no sentence, leaves the headline whole."""
    head = "Липовую переправу снова открыли для автобусов и пешеходов"
    lines = CUT_LEAD_TEASER.split("\n")
    page = "\n".join([lines[0], "", "Липовую переправу снова открыли...", "", head, *lines[3:]])
    assert normalize_document(page)["title"] == head


def test_a_short_headline_closing_in_an_ellipsis_over_a_lead_that_repeats_it_stays() -> None:
    """A headline of few words closing in an ellipsis, its lead opening with the same words,
    is still the headline: too short to be a lead's opening cut short."""
    lead = "after two years in office, citing her health, the council said on Monday."
    for head, opening in (
        ("Harbourtown mayor resigns...", "Harbourtown mayor resigns "),
        ("정부, 추경 편성 검토...", "정부, 추경 편성 검토에 착수했다. "),
    ):
        page = "\n".join([head, "", "March 3, 2025", "", opening + lead, "", "Text follows."])
        assert normalize_document(page)["title"] == head
        assert_same_headline(page)


# A county paper's story: its headline cut short by an ellipsis, the page's first big line, over
# the lead that tells it whole.
CUT_HEADLINE_OVER_ITS_LEAD = "\n".join(
    [
        "솔내신문",
        "",
        "솔내천 산책로 정비 공사, 다음 달부터...",
        "",
        "솔내천 산책로 정비 공사, 다음 달부터 석 달 동안 이어진다. 군은 이 기간 산책로 일부 "
        "구간의 통행을 막고 우회로를 안내하기로 했다.",
        "",
        "군 관계자는 공사 기간 주민 불편을 줄이겠다고 말했다.",
    ]
)


def test_a_headline_cut_short_as_the_pages_first_big_line_stays() -> None:
    """A cut line of a headline's length, the first on the page, printed once and holding no
    sentence closed before its cut, is the headline cut short, not a lead's opening."""
    title = normalize_document(CUT_HEADLINE_OVER_ITS_LEAD)["title"]
    assert title == "솔내천 산책로 정비 공사, 다음 달부터..."
    assert_same_headline(CUT_HEADLINE_OVER_ITS_LEAD)


# A district paper's story: its headline, a clause cut short by an ellipsis, over the lead
# that tells it whole; the ellipsis is a cut, not the close of a sentence trailing off.
CUT_CLAUSE_HEADLINE_OVER_ITS_LEAD = "\n".join(
    [
        "Сосновский вестник",
        "",
        "На ремонт моста через Сосновку выделили ещё...",
        "",
        "На ремонт моста через Сосновку выделили ещё два миллиона рублей. Работы начнутся в "
        "апреле.",
        "Подрядчика выберут на торгах.",
    ]
)
# A district paper's front page: two teasers, each cut short over its lead printed whole.
CUT_TEASERS_OVER_THEIR_LEADS = "\n".join(
    [
        "Сосновский вестник",
        "",
        "На ремонт моста через Сосновку выделили ещё...",
        "",
        "На ремонт моста через Сосновку выделили ещё два миллиона рублей. Работы начнутся в "
        "апреле.",
        "",
        "В посёлке Сосновый Яр открыли новую библиотеку...",
        "",
        "В посёлке Сосновый Яр открыли новую библиотеку на улице Лесной. Она будет работать "
        "каждый день.",
    ]
)


def test_a_headline_cut_short_in_its_clause_stays_no_sentence() -> None:
    """The page's headline cut short over its lead reads as no sentence trailing off, though
    it closes with an ellipsis after a verb; a page of two such cut lines prints teasers, and
    the first is no headline."""
    title = normalize_document(CUT_CLAUSE_HEADLINE_OVER_ITS_LEAD)["title"]
    assert title == "На ремонт моста через Сосновку выделили ещё..."
    assert_same_headline(CUT_CLAUSE_HEADLINE_OVER_ITS_LEAD)
    assert normalize_document(CUT_TEASERS_OVER_THEIR_LEADS)["title"] is None
    assert_same_headline(CUT_TEASERS_OVER_THEIR_LEADS)


TIDEWATCH_ENTRY = "\n".join(
    [
        "Tidewatch.js",
        "",
        "Tidewatch.js is an open-source library that reads tide tables in the browser. Two "
        "harbour pilots in Kestrel Bay wrote it in 2019 to plan night crossings.",
        "",
        "It draws its predictions from the harmonic constants that port authorities publish "
        "each year, and it works offline once a table is loaded.",
    ]
)


def test_a_program_named_like_a_web_address_heads_the_entry_that_opens_with_it() -> None:
    """A program's name is shaped like a web address ("Tidewatch.js"); printed alone above
    a paragraph that opens with it, it is the entry's subject and its headline, not the site's
    name. A site's address above a story that does not open with it stays the outlet's."""
    assert normalize_document(TIDEWATCH_ENTRY)["title"] == "Tidewatch.js"
    assert_same_headline(TIDEWATCH_ENTRY)
    lines = TIDEWATCH_ENTRY.split("\n")
    name = weigh_candidates(lines, {}, set(), set())[0]
    assert name.signals["site"] == 0.0
    lines[0] = "Harborline-News.com"
    site = weigh_candidates(lines, {}, set(), set())[0]
    assert site.signals["site"] == 1.0


CREDITED_STATION_STORY = "\n".join(
    [
        "14 March 2023",
        "",
        "Gull Bay FM (Port Ellery)",
        "",
        "Marenland: Port Ellery Fishers to Vote on New Quota Deal",
        "",
        "By Tomas Odhiambo",
        "",
        "Port Ellery — Fishers in Port Ellery will vote on Friday on a quota deal that the "
        "county's fisheries office drew up after two months of talks.",
        "",
        "The deal would cut the season's catch of snapper by a fifth and pay crews to mend nets "
        "while the boats stay in.",
    ]
)


def test_a_station_credited_with_its_town_above_the_story_is_its_source() -> None:
    """An aggregator prints the story's source above its headline: a station's name and its
    town in brackets, the town the story's dateline opens with. The credit is the source's,
    and the head below it is the headline, no deck of the credit. A headline closing with its
    town in brackets, whose story tells its words, stays a headline."""
    assert normalize_document(CREDITED_STATION_STORY)["title"] == (
        "Marenland: Port Ellery Fishers to Vote on New Quota Deal"
    )
    assert_same_headline(CREDITED_STATION_STORY)
    lines = CREDITED_STATION_STORY.split("\n")
    credit = next(c for c in weigh_candidates(lines, {}, set(), {6}) if c.line == 2)
    assert credit.signals["site"] == 1.0
    lines[2] = "Fishers to Vote (Port Ellery)"
    head = next(c for c in weigh_candidates(lines, {}, set(), {6}) if c.line == 2)
    assert head.signals["site"] == 0.0


PROMPT_BOX_PAGE = "\n".join(
    [
        "Advertisement",
        "",
        "📣 Follow the Millbrook Ledger on WhatsApp",
        "",
        "Get local stories and storm alerts sent straight to your phone.",
        "",
        "Follow Now",
        "",
        "Why the Library Levy Failed Twice",
        "",
        "Voters said no again, and the reasons are not hard to find. By Dana Whitlock",
        "",
        "No comments",
    ]
)


def test_a_prompt_box_whose_button_repeats_its_verb_is_the_site_s_not_the_story_s() -> None:
    """A box above the story asks the reader to follow the paper: its head, a notice that
    speaks to the reader, a button repeating the head's verb. The head is no headline and the
    notice no paragraph, so the story's head below is not read as standing under the text. A
    button saying something else leaves the box a candidate."""
    assert normalize_document(PROMPT_BOX_PAGE)["title"] == "Why the Library Levy Failed Twice"
    assert_same_headline(PROMPT_BOX_PAGE)
    lines = PROMPT_BOX_PAGE.split("\n")
    assert all(c.line != 2 for c in weigh_candidates(lines, {0: "widget"}, set(), set()))
    lines[6] = "Read More"
    assert any(c.line == 2 for c in weigh_candidates(lines, {0: "widget"}, set(), set()))


def test_a_clip_s_length_opening_a_catalogue_entry_is_no_headline() -> None:
    """A video catalogue prints an entry on one line: the clip's length in minutes and seconds,
    its category glued on, an "added" label and the clip's digest. The text before the label is
    no headline, and the page has none."""
    text = (
        "8 мин. 15 сек.Город, транспорт видео добавлено: 9 апреля. Главное за день: в Озёрске "
        "открыли новую остановку у рынка. Трамвай до вокзала пойдёт по новому графику. "
        "Дорожники начали ремонт моста через Вязу. Итоги недели – в вечернем выпуске."
    )
    assert normalize_document(text)["title"] is None
    assert_same_headline(text)


# an aggregator's item: its region picker, printed with its close button between two copies of
# the region's name, above the story's headline
SELF_FRAMED_PICKER_PAGE = """Северная обл. Озёрск закрыть Северная обл. Озёрск

На новой набережной в Озёрске высадили первые липы

В Озёрске на новой набережной высадили первые липы. Об этом 12 мая сообщили в \
Telegram-канале Северной области.

Всего до осени здесь посадят сорок деревьев.

DMCA
"""


def test_a_line_closing_with_the_words_it_opened_with_is_a_widget_not_the_headline() -> None:
    """A region picker names its region on both sides of its close button; a headline does
    not end with the words it began with, and the story's own headline below it wins."""
    assert normalize_document(SELF_FRAMED_PICKER_PAGE)["title"] == (
        "На новой набережной в Озёрске высадили первые липы"
    )
    assert_same_headline(SELF_FRAMED_PICKER_PAGE)
    assert is_widget_text("Озёрск пресс-служба Озёрск", "Озёрск пресс-служба Озёрск", 0.6)


# a county weekly's story scraped without its headline: the scraper's date glued to the
# photograph's file name, printed where the photograph stood, then the story
IMAGE_FILE_NAME_PAGE = """ date 2023-05-09 Harbor board 2 col w-pier.tif

With the summer season a month away, the Port Elvin harbor board reviewed repairs to the \
north pier, a new fee schedule for transient slips and the harbormaster's monthly report \
during its regular meeting Tuesday, May 9.

The board voted 4-1 to approve a contract with Lindqvist Marine for the pier's pilings.
"""


def test_an_image_file_name_where_the_photograph_stood_is_no_headline() -> None:
    """A photograph's file name ("… w-pier.tif") closes no headline; the story lost its own,
    and the page has none."""
    assert normalize_document(IMAGE_FILE_NAME_PAGE)["title"] is None
    assert_same_headline(IMAGE_FILE_NAME_PAGE)


# a station's archived wire story scraped without its headline: the reading-time widget, the
# archive's notice, the dateline's story and the wire's rights line
READ_TIME_PAGE = """Estimated read time: Less than a minute
This archived story is kept for reference only and may be out of date.
MILLBROOK, Vt. (AP) — The head of the state's third largest school district plans to step \
down at the end of the school year, the district said Tuesday.
Superintendent Dana Oyelaran says she will leave on June 30 after six years with the district.
Copyright © The Associated Press. All rights reserved.
"""


def test_a_reading_time_widget_is_machinery_not_the_headline() -> None:
    """ "Estimated read time: …" is a fixed widget's label, whatever its value says; the
    story lost its headline, and the page has none."""
    assert normalize_document(READ_TIME_PAGE)["title"] is None
    assert_same_headline(READ_TIME_PAGE)


# a regional site that glues its domain to the last word of every paragraph by the full stop,
# the headline's copy under the headline too
STOP_GLUED_DOMAIN_PAGE = """В Заречном открыли пешеходный мост через Ильмень

В Заречном открыли пешеходный мост через Ильмень.ZRN.info
Мост длиной сорок метров соединил берега у старой пристани, сообщили в мэрии.ZRN.info
Пройти по нему можно с семи утра до полуночи, ночью мост закрывают.ZRN.info
"""


def test_a_domain_glued_by_the_full_stop_leaves_the_headline_its_last_word() -> None:
    """ "Ильмень.ZRN.info" is the headline's last word and the site's domain after its full
    stop, no domain of its own: the headline keeps "Ильмень", whichever copy is read."""
    assert normalize_document(STOP_GLUED_DOMAIN_PAGE)["title"] == (
        "В Заречном открыли пешеходный мост через Ильмень"
    )
    assert_same_headline(STOP_GLUED_DOMAIN_PAGE)


# a city paper's search pages: the search's results label with their count (on its line, or
# alone on the next one), the section searched, then each found story's head over its teaser
SEARCH_RESULTS_PAGES = (
    """검색결과57건
지역경제

'반값 도시락' 한 달 만에 3만 개 팔려…청년 사장들 웃음

시장 안 청년 점포 다섯 곳이 함께 내놓은 반값 도시락이 한 달 만에 3만 개 넘게 팔렸다. \
점심시간이면 줄이 골목 끝까지 이어진다.

상인회장 "주차장 넓히면 손님 더 온다"

상인회는 시장 뒤편 공터를 주차장으로 바꿔 달라고 구청에 건의했다.

전통시장 배달 앱, 가입 점포 두 배로

배달 앱에 가입한 점포가 지난해 40곳에서 올해 82곳으로 늘었다.
""",
    """Результаты поиска
14
Мост через Ветлугу закроют на ремонт до осени

Ремонт моста через Ветлугу в Озёрске начнётся в понедельник, объезд пустят по улице \
Заводской, сообщили в районной администрации.

Паромную переправу у Озёрска откроют на неделю раньше

Первый рейс парома назначен на 20 апреля.
""",
)


@pytest.mark.parametrize("page", SEARCH_RESULTS_PAGES)
def test_a_search_pages_results_label_with_its_count_makes_a_listing(page: str) -> None:
    """A label announcing a search's results with their count heads a search page: the stories
    it found are its items, none of them its headline."""
    assert normalize_document(page)["title"] is None
    assert_same_headline(page)


def test_a_results_label_without_its_count_leaves_the_headline() -> None:
    """A search box's label alone says nothing of a search made: the story keeps its headline."""
    page = SEARCH_RESULTS_PAGES[1].replace("Результаты поиска\n14\n", "Результаты поиска\n")
    assert normalize_document(page)["title"] == "Мост через Ветлугу закроют на ремонт до осени"
    assert_same_headline(page)


# A results label over a date (no count), and one counting no results over an ordinary story.
DATED_UNDER_RESULTS_LABEL = """Результаты поиска
21.03.2024
В Озёрске открыли новую библиотеку на набережной
Новая библиотека в Озёрске открылась в четверг: в ней два читальных зала и детская комната, \
сообщили в городской администрации.
"""
NO_RESULTS_OVER_A_STORY = """검색
검색결과 0건
솔내마을 앞바다에 인공 어초 300개 새로 놓는다
솔내군은 올해 솔내마을 앞바다에 인공 어초 300개를 새로 설치한다고 밝혔다. 어민들은 \
물고기가 다시 모여들 것으로 기대하고 있다.
"""


@pytest.mark.parametrize(
    ("page", "headline"),
    [
        (DATED_UNDER_RESULTS_LABEL, "В Озёрске открыли новую библиотеку на набережной"),
        (NO_RESULTS_OVER_A_STORY, "솔내마을 앞바다에 인공 어초 300개 새로 놓는다"),
    ],
)
def test_a_date_or_a_count_of_none_under_a_results_label_leaves_the_headline(
    page: str, headline: str
) -> None:
    """A date is no count of results, and a search that found nothing lists no stories."""
    assert normalize_document(page)["title"] == headline
    assert_same_headline(page)


# search pages whose heading names the query searched, quoted or after a colon, over the
# results: counts by section, then each found story's head run into its teaser
SEARCH_QUERY_PAGES = (
    """"여객선"에 대한 통합검색 결과
통합검색(57)
사회(12)

솔내섬 여객선 요금 다음 달부터 오른다 솔내섬을 오가는 여객선 요금이 다음 달부터 한 \
구간에 1천원씩 오른다. 섬 주민들은 인상에 반대하는 서명을 모으고 있으며, 군청은 주민 \
지원금을 검토하고 있다고 밝혔다.
""",
    """Search results for: ferry

Island ferry fares to rise in May Fares on the Harrowby island ferry rise by a tenth from \
May, the operator said on Monday, and islanders are gathering names against the rise.
""",
    """Результаты поиска по запросу «паром»

Цены на паром до Озёрска вырастут в мае Стоимость билетов на паром до Озёрска вырастет \
на десятую часть с мая, сообщил перевозчик в понедельник.
""",
)


@pytest.mark.parametrize("page", SEARCH_QUERY_PAGES)
def test_a_search_pages_heading_naming_its_query_makes_a_listing(page: str) -> None:
    """A results label naming the query searched heads a search page: neither it nor the
    stories it found below are the page's headline."""
    assert normalize_document(page)["title"] is None
    assert_same_headline(page)


def test_a_headline_opening_with_search_results_for_stays() -> None:
    """A story's headline about a search's results names no query: it stays the headline."""
    page = SEARCH_QUERY_PAGES[1].replace(
        "Search results for: ferry", "Search results for missing kayaker narrow to two coves"
    )
    assert normalize_document(page)["title"] == (
        "Search results for missing kayaker narrow to two coves"
    )
    assert_same_headline(page)


# a regional paper's story whose headline opens with a search label and a colon, its words
# after the colon a sentence of its own
SEARCH_LABEL_HEADLINE = "\n".join(
    [
        "Search results for: missing hiker turned up nothing, police say",
        "",
        "Rescue teams combed the ridge above the Vell valley for a third day on Tuesday without"
        " finding any trace of the walker.",
        "",
        "Police said the search would go on through the weekend with volunteers from two villages.",
    ]
)


def test_a_headline_after_a_search_label_and_a_colon_stays() -> None:
    """A query after the label's colon is a few words with no comma; a sentence of nine words
    there is the story's headline, no search page's heading."""
    assert normalize_document(SEARCH_LABEL_HEADLINE)["title"] == (
        "Search results for: missing hiker turned up nothing, police say"
    )
    assert_same_headline(SEARCH_LABEL_HEADLINE)


# a district weekly's author page: the paper's tagline, its issue line, the writer's name with
# the district she covers, the pager counting the stories shown, then each story's head printed
# twice over its teaser, the district named in both teasers
AUTHOR_PAGE_OVER_A_PAGER = "\n".join(
    [
        "Районная еженедельная газета",
        "Номер №7 (4410) от 12 февраля 2025 года",
        "",
        "Марина Лебедева Озёрский район",
        "",
        "1–2 (из 2)",
        "В Озёрском районе отремонтируют паромную пристань",
        "",
        "В Озёрском районе отремонтируют паромную пристань",
        "",
        "«Пристань строили ещё в шестидесятые», — рассказал глава Озёрского района.",
        "",
        "Школа в Ключах получила новый автобус",
        "",
        "Школа в Ключах получила новый автобус",
        "",
        "«Старый автобус ломался каждую неделю», — говорят учителя школы Озёрского района.",
    ]
)


def test_the_lines_over_a_pager_with_no_paragraph_above_are_no_headline() -> None:
    """A pager counting the stories shown ("1–2 (из 2)") lists them; with no paragraph above
    it, the lines above are the paper's tagline and the list's own name (the writer and her
    district), no headline, though the teasers echo the district. A story's lead above the
    pager keeps its headline above it."""
    assert normalize_document(AUTHOR_PAGE_OVER_A_PAGER)["title"] is None
    assert_same_headline(AUTHOR_PAGE_OVER_A_PAGER)
    story = "\n".join(
        [
            "Ferry crossing on the Vell to close for two weeks of repairs",
            "",
            "The council said on Tuesday that the crossing will close from March 3, and a bus "
            "will run between the two landings while the ramp is rebuilt.",
            "",
            "Boat owners have been asked to use the upper slipway until the work is done.",
            "",
            "Mina Hale, river desk",
            "",
            "Results 1-2 of 14",
            "Pool opens early for the summer",
            "The town pool opens a week early this year.",
            "Library adds Sunday hours",
            "The library will open on Sundays from April.",
        ]
    )
    assert normalize_document(story)["title"] == (
        "Ferry crossing on the Vell to close for two weeks of repairs"
    )
    assert_same_headline(story)


# a photo story: its headline, its photographer's credit, the gallery's count of the pictures
# shown, then the story's paragraph right below the count
GALLERY_COUNT_OVER_ITS_STORY = "\n".join(
    [
        "Lantern night fills the old harbour with light",
        "Photos: Tessa Grue",
        "1–12 of 12",
        "Thousands of paper lanterns drifted across the old harbour on Saturday night as the "
        "town marked the end of the fishing season with its yearly festival.",
        "The organisers said nearly four thousand people came, twice as many as last year.",
    ]
)


def test_a_pager_over_a_paragraph_keeps_the_headline_above_it() -> None:
    """A count right above a paragraph counts one story's pieces (a gallery's photos, a
    thread's posts), no list's items: the headline above it stays, though no paragraph stands
    above the count."""
    assert normalize_document(GALLERY_COUNT_OVER_ITS_STORY)["title"] == (
        "Lantern night fills the old harbour with light"
    )
    assert_same_headline(GALLERY_COUNT_OVER_ITS_STORY)


# a village library's month archive: each teaser closes with a colon over its link, the link's
# label glued to the quoted head of the story it opens
GLUED_LINK_LABELS_PAGE = """В читальном зале сельской библиотеки открылась выставка \
старых открыток: жители Озерков принесли больше двухсот карточек из семейных \
альбомов. Самые редкие показали на первом стенде:
Подробнее«В Озерках показали открытки из семейных альбомов»

Школьники из кружка краеведения записали воспоминания старожилов о первой \
сельской школе и подготовили небольшую книжку. Презентация прошла в пятницу:
Подробнее«Краеведы из Озерков выпустили книжку о первой школе»
"""


def test_a_link_label_glued_to_each_quoted_head_makes_them_items() -> None:
    """A link's label glued to the quoted head it opens, on two lines or more, is the link of
    each teaser of a list: its heads are items, and the page has no headline."""
    assert normalize_document(GLUED_LINK_LABELS_PAGE)["title"] is None
    assert_same_headline(GLUED_LINK_LABELS_PAGE)
    texts = ["Подробнее«Краеведы выпустили книжку о школе»", "Паром отменён до пятницы"]
    heads = [Candidate(k, k, text, "", {}) for k, text in enumerate(texts)]
    assert labelled_items(heads, texts) == set()  # a label glued once links no list
    texts[1] = "Подробнее«Паром отменён до пятницы»"
    assert labelled_items(heads, texts) == {0, 1}


# a regional site's tag page: the site's date widget, the bare label over the tag's name, the
# one story filed under it with its teaser, then the latest news of other tags
TAG_PAGE = """Thursday, April 3, 2025

TAG

Harbour Works

Crane barge arrives for the new east quay

The barge that will lift the quay's steel piles into place reached Port Ellery on Tuesday \
after a nine-day tow from the yard at Kessling. Work on the piles starts next week...

Latest news

Ferry fares on the island routes rise from May

Fares on the three island routes will rise by a tenth from May 1, the operator said, blaming \
the cost of fuel and of the crews' new contract...

Night buses return to the old town after a year

The city's night buses will run through the old town again from Friday, after the last of \
the street works there was finished ahead of time...
"""


def test_a_tag_page_has_no_headline() -> None:
    """A page naming its tag above every story head ("TAG" over the tag's name, "Tag: …", a
    line of a tag page's phrase) lists that tag's stories: neither the tag's name nor its first
    story is the page's headline. An article printing its tags under its headline keeps it."""
    phrased = TAG_PAGE.replace("TAG\n\nHarbour Works", "Latest stories tagged #HarbourWorks")
    labelled = TAG_PAGE.replace("TAG\n\nHarbour Works", "Tag: Harbour Works")
    for page in (TAG_PAGE, phrased, labelled):
        assert normalize_document(page)["title"] is None
        assert_same_headline(page)
    lines = TAG_PAGE.split("\n")
    article = "\n".join([lines[0], *lines[6:12], "Tag: Harbour Works"])
    assert normalize_document(article)["title"] == "Crane barge arrives for the new east quay"
    assert_same_headline(article)


# a blog theme's tag page: the theme's label and the tag's name, two story heads each over its
# teaser
BROWSING_TAG_PAGE = """Browsing: Harbour Works

Crane barge arrives for the new east quay

The barge that will lift the quay's steel piles into place reached Port Ellery on Tuesday \
after a nine-day tow from the yard at Kessling.

Dredger clears the silted west channel

The channel to the old fish dock is deep enough again for the island ferry, the harbour \
master said.
"""


def test_a_tag_label_before_a_spaced_dash_or_a_theme_s_label_names_the_tag() -> None:
    """A theme's label ("Browsing: …") names the tag as "Tag: …" does, and a spaced dash or a
    slash after a tag's label closes it as a colon does ("Tag - …"): the page lists the tag's
    stories, no headline. One story under the label is its page's; a dash glued to its words
    ("Tag-team …") joins a compound and names no tag."""
    dashed = BROWSING_TAG_PAGE.replace("Browsing: ", "Tag - ")
    for page in (BROWSING_TAG_PAGE, dashed):
        assert normalize_document(page)["title"] is None
        assert_same_headline(page)
    one_post = BROWSING_TAG_PAGE.split("\n\nDredger")[0]
    assert normalize_document(one_post)["title"] == "Crane barge arrives for the new east quay"
    compound = "\n\n".join(
        [
            "Tag-team crews finish the harbour wall a month early",
            "Two crews working in turns finished the new harbour wall at Port Ellery a month"
            " ahead of time, the council said.",
            "The wall shields the east quay from winter storms.",
        ]
    )
    assert normalize_document(compound)["title"].startswith("Tag-team crews")
    assert_same_headline(compound)


# a school paper's story whose headline opens with a tag's or an archive's label and a spaced
# dash, a date and a lead under it, no list
LABEL_WORD_HEADLINES = (
    "Tag – the playground game that outlived every craze",
    "Archives – a cellar full of harbour logs opens to readers",
    "Архивы – подвал с портовыми журналами открыт для читателей",
)
LABEL_WORD_STORY = """{headline}

4 March 2025

Teachers at Wrenfield primary say the oldest game in the yard still draws more children \
than any toy brought from home, and the library's cellar drew a queue on its first day.

"They run until the bell and then ask for five more minutes," one teacher said.
"""


def test_a_headline_opening_with_a_label_and_a_spaced_dash_over_no_list_is_the_headline() -> None:
    """A spaced dash or a slash closes a tag's or an archive's label only over a list of story
    heads: a headline sets the same dash between its parts ("Tag – the playground game …"),
    and with a date and a lead under it, no story head, it is the page's headline. A colon
    after the label, and a dash over two story heads, still name a tag."""
    for headline in LABEL_WORD_HEADLINES:
        page = LABEL_WORD_STORY.format(headline=headline)
        assert normalize_document(page)["title"] == headline
        assert_same_headline(page)
    listed = BROWSING_TAG_PAGE.replace("Browsing: ", "Tag – ")
    assert normalize_document(listed)["title"] is None


# a weekly's topic page: a subscription offer, the topic's name, each story's head printed twice
# over its teaser, the first story's lead whole and its second paragraph cut by an ellipsis
TOPIC_PAGE = """Read every story for 30 days for just $1

Grey Point Lighthouse

Volunteers repaint the old tower in two days

Volunteers repaint the old tower in two days

Forty volunteers spent the weekend scraping and repainting the Grey Point Lighthouse, and by \
Sunday evening the tower shone over the bay again.

The trust paid for the paint and the ladders, and a bakery in the village fed the crews, who \
worked in shifts so that the tower was never left unattended...

Trust hires a keeper for the summer season

Trust hires a keeper for the summer season

The trust that runs the Grey Point Lighthouse has hired a keeper to open the lamp room to \
visitors on weekends from June...
"""


def test_a_topic_page_s_name_is_no_headline() -> None:
    """A topic's name right above the first of the page's items, which the lines below it name
    inside theirs, is the topic page's name: the page has no headline. A title over the items
    that their stories never name, and a headline over its own lead, stay the headline."""
    assert normalize_document(TOPIC_PAGE)["title"] is None
    briefs = TOPIC_PAGE.replace("Grey Point Lighthouse\n", "Weekend Briefs from the Coast\n")
    assert normalize_document(briefs)["title"] == "Weekend Briefs from the Coast"
    lead = "The Grey Point Lighthouse volunteers won the county's heritage award on Friday."
    article = TOPIC_PAGE.replace(
        "Grey Point Lighthouse\n", f"Lighthouse volunteers win county award\n\n{lead}\n"
    )
    assert normalize_document(article)["title"] == "Lighthouse volunteers win county award"
    for page in (TOPIC_PAGE, briefs, article):
        assert_same_headline(page)


# a district paper's print view: the rubric and the headline joined by a guillemet on the first
# line, a lead that repeats none of the headline's words, the paper's rights notice
RUBRIC_TRAIL_PAGE = """Городское хозяйство » Подрядчик успевает к сроку

Ремонт старой переправы через Сылву идёт без задержек, хотя весна выдалась дождливой.

Рабочие уже заменили опоры и настил на двух пролётах из трёх, сообщили в администрации.

Все права защищены © Заречные новости
"""


def test_a_rubric_and_a_guillemet_before_the_headline_are_cut_off() -> None:
    """A rubric alone before a guillemet is a trail to the headline after it: the line is
    machinery, but its last part, as long as a headline, is the page's title, though the lead
    repeats none of its words. A short last part is a trail's crumb, not cut out alone."""
    assert normalize_document(RUBRIC_TRAIL_PAGE)["title"] == "Подрядчик успевает к сроку"
    assert_same_headline(RUBRIC_TRAIL_PAGE)
    crumb = RUBRIC_TRAIL_PAGE.replace("Подрядчик успевает к сроку", "Ремонт")
    assert normalize_document(crumb)["title"] != "Ремонт"
    assert_same_headline(crumb)


# a garden blog's tag page that shows one post: the tag page's phrase, the post's head, its
# day and its paragraphs, no other story under the tag
TAG_PAGE_WITH_ONE_POST = """Posts tagged with "Pond Life"

Are frogs leaving your pond early? A warm March may be the reason

April 2, 2024

Frogs in garden ponds around Kessling left the water three weeks earlier than usual this \
spring, reports the Marlow Wildlife Trust.

Volunteers counted spawn in 210 ponds and found most of it laid before the middle of March.

"A pond that warms early wakes its frogs early," says Nora Pike, who leads the trust's survey.
"""


def test_a_tag_page_showing_one_post_is_titled_by_that_post() -> None:
    """A tag page whose only story head under the line naming the tag is one post's (its
    other lines its day and paragraphs) is that post's page: the post's head is the headline.
    The line naming the tag stays no headline, and a second head makes the page a list again."""
    row = normalize_document(TAG_PAGE_WITH_ONE_POST)
    assert row["title"] == "Are frogs leaving your pond early? A warm March may be the reason"
    assert_same_headline(TAG_PAGE_WITH_ONE_POST)
    second = TAG_PAGE_WITH_ONE_POST + "\nHedgehogs return to the allotments after dark\n"
    assert normalize_document(second)["title"] is None
    assert_same_headline(second)


# a sports desk's page of its latest pieces: each a head, its deck, a teaser and the same
# closing link; the first piece's teaser runs on one more line
CLOSED_UNITS_PAGE = """Harbour Rovers hold on for a draw in the rain – as it happened

Rovers led at the break but could not hold on to it as the rain flooded the pitch

A corner from the left is headed clear twice before the whistle. The referee checks the \
goalmouth and waves play on.

The groundstaff are out with forks on the far touchline.

Continue reading...

Why the cup needs its winter break back

A schedule with no gap leaves squads threadbare by February and the youth sides with no games

Count the players who missed a match with a hamstring last winter and you run out of \
fingers twice over.

Continue reading...

A point away from home is still a point

Early draws on heavy pitches are easy to dismiss, but the table keeps every one of them

They were a man down for an hour and still came away with something to show for it.

Continue reading...
"""


def test_units_closed_by_one_line_are_a_listing() -> None:
    """Units each closed by the same link ("Continue reading...") one size apart, give or take
    a line, each opening with a head: the first unit's head is one item like the others, no
    headline of the page; an article's paragraphs above the units make its unit no item."""
    assert normalize_document(CLOSED_UNITS_PAGE)["title"] is None
    assert_same_headline(CLOSED_UNITS_PAGE)
    lines = CLOSED_UNITS_PAGE.split("\n")
    article = "\n".join([*lines[:4], *lines[4:8] * 3, *lines[8:]])
    assert normalize_document(article)["title"] == lines[0]
    assert_same_headline(article)


# a small radio station's flood item printed all in capitals, its headline lost: the first
# sentence of the story stands where a headline would, a stop closing it
SHOUTED_STORY_PAGE = """ date 2023-04 THE KESSLING RIVER AT DUNMORE CROSSING ROSE PAST 19 \
FEET EARLY THIS MORNING.

THAT IS TWO FEET OVER FLOOD STAGE, ACCORDING TO TOWNSHIP FIRE CHIEF ORLA BRENNICK (BREN-ICK):

CREWS CLOSED THE OLD MILL ROAD BRIDGE AND THE BOAT RAMP AT ASHGROVE PARK UNTIL FURTHER NOTICE.

FAMILIES ON LOWER CANAL STREET CAN STAY AT THE DUNMORE LEGION HALL, WHICH TAKES PETS TOO.

THE NEXT RIVER READING IS DUE AT NOON.

UPDATED 11:05 AM 4/3/23
"""


def test_a_sentence_in_capitals_on_a_page_in_capitals_is_its_lead() -> None:
    """Capitals mark no headline on a page printed in capitals throughout: a line closed by a
    stop, beside another sentence in capitals, is its story's first sentence, and the page
    has no headline; a headline in capitals with no stop above such a story stays one."""
    assert normalize_document(SHOUTED_STORY_PAGE)["title"] is None
    assert_same_headline(SHOUTED_STORY_PAGE)
    headed = SHOUTED_STORY_PAGE.replace(
        " date 2023-04 ", " date 2023-04 KESSLING RIVER FLOODS DUNMORE CROSSING\n\n"
    )
    assert normalize_document(headed)["title"] == "KESSLING RIVER FLOODS DUNMORE CROSSING"
    assert_same_headline(headed)


# A town paper's notice in mixed case under a headline and a deck both in capitals, each
# closed by a stop.
SHOUTED_HEADLINE_OVER_A_DECK = """Главная / Новости
ВОДУ В ЗАРЕЧЬЕ ОТКЛЮЧАТ НА ТРИ ДНЯ.
ЖИТЕЛЕЙ ПРОСЯТ ЗАРАНЕЕ НАБРАТЬ ВОДУ В ЁМКОСТИ И НЕ ОСТАВЛЯТЬ КРАНЫ ОТКРЫТЫМИ НА НОЧЬ.
12.05.2024 14:30
С понедельника в трёх микрорайонах Заречья отключат холодную воду: коммунальщики меняют \
старую трубу под улицей Мира.
Работы продлятся до четверга, сообщили в администрации города.
"""

# The station's story in capitals over a list of its other stories' heads in mixed case.
SHOUTED_STORY_WITH_MORE_NEWS = SHOUTED_STORY_PAGE + "\n".join(
    [
        "More local news",
        "County board approves a new salt barn for the highway crews in Ashgrove",
        "Dunmore school district names a new principal for its middle school this fall",
        "Volunteers needed for the spring cleanup along the Kessling River trail",
    ]
)


def test_a_headline_in_capitals_over_its_deck_on_a_page_in_mixed_case_stays_one() -> None:
    """Only on a page printed in capitals do capitals mark no headline: over a story in mixed
    case a headline in capitals closed by a stop, its deck in capitals below, is the headline."""
    assert normalize_document(SHOUTED_HEADLINE_OVER_A_DECK)["title"] == (
        "ВОДУ В ЗАРЕЧЬЕ ОТКЛЮЧАТ НА ТРИ ДНЯ."
    )
    assert_same_headline(SHOUTED_HEADLINE_OVER_A_DECK)
    # heads of other stories in mixed case, no sentences, leave the page one in capitals
    assert normalize_document(SHOUTED_STORY_WITH_MORE_NEWS)["title"] is None
    assert_same_headline(SHOUTED_STORY_WITH_MORE_NEWS)


# a parish site's archive of its posts: each post's head (one printed twice), its first lines
# cut short by an ellipsis
CUT_TEASERS_PAGE = """June 2, 2022 Dear friends, The hall roof is finally fixed, and the \
scouts can move back in next week. Thank you to everyone who gave to the appeal, and to the \
volunteers who carried the old tiles down...
Harvest Supper Returns

Harvest Supper Returns

Our harvest supper is back this October for the first time in three years. We need cooks, \
servers and someone brave enough to run the raffle...
"""


def test_a_page_whose_every_paragraph_is_cut_short_lists_teasers() -> None:
    """Every paragraph of the page cut short by an ellipsis: the page lists teasers, and no
    head on it is the page's headline, however its teaser echoes it; one paragraph printed
    whole makes it an article with its headline."""
    assert normalize_document(CUT_TEASERS_PAGE)["title"] is None
    assert_same_headline(CUT_TEASERS_PAGE)
    whole = CUT_TEASERS_PAGE.replace("run the raffle...", "run the raffle.")
    assert normalize_document(whole)["title"] == "Harvest Supper Returns"
    assert_same_headline(whole)


# a town portal's tag page showing one story: its head, its teaser cut short by an ellipsis in
# brackets, and the link to the whole story
ONE_TEASER_UNDER_ITS_LINK = """Заречный мост откроют к ноябрю

  Подрядчик закончил укладку пролётов Заречного моста и приступил к асфальтированию. \
Глава района рассказал, что движение по мосту запустят в начале ноября, а пока на правом \
берегу достраивают съезд к набережной и [...]

Далее
"""


def test_a_page_of_one_teaser_closed_by_its_link_lists_it() -> None:
    """The page's one paragraph cut short and closed by a link to the story, on the next line
    or glued on after the cut ("… you can … Continue reading", "… Last year Read more…"): a
    listing's one teaser, whose head is no headline of the page. A post printed whole closed by
    the link, a paragraph cut short with no link, keep their headline."""
    assert normalize_document(ONE_TEASER_UNDER_ITS_LINK)["title"] is None
    assert_same_headline(ONE_TEASER_UNDER_ITS_LINK)
    glued = "\n\n".join(
        [
            "Harbour crane arrives for the new quay",
            "The barge that will lift the quay's steel piles reached Port Ellery on Tuesday after"
            " a nine-day tow, and the crews say the first piles could go in … Continue reading",
        ]
    )
    assert normalize_document(glued)["title"] is None
    assert_same_headline(glued)
    whole = glued.replace("could go in … Continue reading", "go in next week. Continue reading")
    assert normalize_document(whole)["title"] == "Harbour crane arrives for the new quay"
    assert_same_headline(whole)
    unlinked = ONE_TEASER_UNDER_ITS_LINK.replace("\n\nДалее", "")
    assert normalize_document(unlinked)["title"] == "Заречный мост откроют к ноябрю"
    assert_same_headline(unlinked)


# a regional site's news list: a rubric, a head, its teaser cut short by an ellipsis and its
# time, for each story; no page headline
RUBRIC_TEASERS_PAGE = """Культура

Библиотекари попросили продлить ремонт читального зала до осени

Библиотекари областной библиотеки попросили управление культуры продлить ремонт читального \
зала до осени. По словам директора, подрядчик не успевает заменить проводку и окна...

14.03.2025, 17:40
Паром до Сосновки вернётся на линию в апреле
Транспорт

Паром до Сосновки вернётся на линию в апреле

Речная компания сообщила, что паром до Сосновки после зимнего ремонта выйдет на линию в \
середине апреля. Первые рейсы будут ходить по выходным, а с мая...

14.03.2025, 17:25
Спорт

Юные лыжники Заречья привезли шесть медалей с областного первенства

. Команда выступала в полном составе впервые за три года, а тренеры отметили, что...
"""


def test_a_list_of_rubrics_and_teasers_cut_short_has_no_headline() -> None:
    """Teasers each cut short by an ellipsis under their heads make the page a listing: its
    first head, however well its teaser echoes it, is no page's headline."""
    assert normalize_document(RUBRIC_TEASERS_PAGE)["title"] is None
    assert_same_headline(RUBRIC_TEASERS_PAGE)


# a culture portal's interview: the date, a headline that asks, its lead, a gallery's counter,
# then the questions each over its answer
QUESTION_HEADLINE_PAGE = """14 March 2025

We asked three harbour masters: what will change on the quays this summer?

The season opens in May, and the ports along the Brennan coast are busy with repairs. We \
asked the people who run them what visitors should expect.

2 /

Which of your berths reopen first?

The north quay reopens in April after its piles were replaced, and the ferry berth follows a \
week later, once the new ramp is tested.

Will the fish market stay on the quay?

Yes. The stalls move twenty metres inland while the paving is relaid, but the market keeps \
its Saturday hours all summer long.

Is there more room for visiting yachts?

We added twelve pontoon berths on the east side, and bookings open online in March for the \
whole season at the usual prices.
"""


def test_a_dated_headline_asking_a_question_heads_its_interview() -> None:
    """Questions each over their answer are the body's subheads; the page's first line asking
    one, a dateline next to it, is the article's headline, not the first of them. Undated, it
    is one of the questions."""
    assert normalize_document(QUESTION_HEADLINE_PAGE)["title"] == (
        "We asked three harbour masters: what will change on the quays this summer?"
    )
    assert_same_headline(QUESTION_HEADLINE_PAGE)
    undated = QUESTION_HEADLINE_PAGE.removeprefix("14 March 2025\n\n")
    assert normalize_document(undated)["title"] is None
    assert_same_headline(undated)


# a wire's noon digest: its only title a bracket and a clock, the sending time glued to its
# label, then items each opened by a square, the title again as a photograph's label
BRACKETED_DIGEST_PAGE = """솔빛일보 본문 바로가기

[솔빛일보 정오 브리핑] - 12:00

송고시간2024-05-02 12:00

기사 공유

링크 복사

글씨 크기 선택

■ 꽃구경은 셔틀버스로…가온시, 주말 차량 통제

가온시는 이번 주말 벚꽃길 일대의 차량 통행을 막고 시청과 공원을 오가는 셔틀버스를 20분 간격으로 \
운행한다고 2일 밝혔다. 통제는 토요일 오전 9시부터 일요일 오후 8시까지다.

[솔빛일보 정오 브리핑] - 12:00 - 1

전문보기: http://sb.kr/aa1

■ 소담군 농협, 모내기 일손 돕기 나서

소담군 농협 직원 40여 명이 2일 마루면의 고령 농가를 찾아 모판 나르기와 모내기를 도왔다. \
농협은 이달 말까지 주 2회 일손 돕기를 이어갈 계획이다.

전문보기: http://sb.kr/aa2

■ 해솔항 여객선 운항 재개…짙은 안개 걷혀

짙은 안개로 묶였던 해솔항과 섬 지역을 잇는 여객선 5척이 2일 오전 11시부터 운항을 다시 시작했다. \
해운조합은 오후 배편의 승선권을 현장에서 판매한다고 밝혔다.

전문보기: http://sb.kr/aa3
"""


def test_a_digest_titled_in_a_bracket_before_a_clock_is_headed_by_it() -> None:
    """A bracket with nothing but a clock after it is no flag but the page's title: the digest
    is headed by its words and the clock, not by its first item."""
    assert normalize_document(BRACKETED_DIGEST_PAGE)["title"] == "솔빛일보 정오 브리핑 - 12:00"
    assert_same_headline(BRACKETED_DIGEST_PAGE)


# a national daily's photo page: a row of menu words, then the photograph's headline under its
# flag, the input time right below it, one caption and the photographer's credit
FLAGGED_PHOTO_PAGE = """홈 정치 경제 사회 문화 스포츠

[포토] ‘마지막 바퀴까지 힘차게’

입력 | 2023-05-14 11:08:26


14일 가온시 종합운동장에서 열린 제12회 가온시민 마라톤대회에서 하프 코스 참가자들이 결승선을 \
앞두고 마지막 바퀴를 돌고 있다. 이날 대회에는 시민 3천여 명이 참가했다.

사진 | 윤하람 기자



관련뉴스
"""


def test_the_page_s_one_flagged_line_is_its_headline() -> None:
    """The one line of a page opening with a flag in brackets is an article's flagged headline,
    above a menu's row of words; a page printing another line opening with a bracket (a
    corner's heads) gives the flag nothing."""
    assert normalize_document(FLAGGED_PHOTO_PAGE)["title"] == "‘마지막 바퀴까지 힘차게’"
    assert_same_headline(FLAGGED_PHOTO_PAGE)
    cornered = FLAGGED_PHOTO_PAGE.replace("관련뉴스", "[가온 소식] 관련뉴스")
    assert normalize_document(cornered)["title"] == "홈 정치 경제 사회 문화 스포츠"
    assert_same_headline(cornered)


# a district paper's article: a link to an earlier story under a related list's name in
# brackets above the headline, the page's one line opening with a bracket
RELATED_LINK_OVER_HEADLINE = """한빛일보
[관련기사] 시장 주차장 확충 내년 착공
구청장, 전통시장 찾아 상인들과 간담회
입력 2021.05.12 14:20
김민수 구청장이 12일 한빛시장을 찾아 상인들과 간담회를 열고 주차장 확충 방안을 논의했다.
"""


def test_a_related_list_s_name_in_brackets_flags_no_headline() -> None:
    """A bracket naming a related list opens a link to another story, no flagged headline."""
    assert normalize_document(RELATED_LINK_OVER_HEADLINE)["title"] == (
        "구청장, 전통시장 찾아 상인들과 간담회"
    )
    assert_same_headline(RELATED_LINK_OVER_HEADLINE)


# a coast guard unit's news page: the site's notice of a few lines at the top, the story's
# section and day, its headline, the writer with the office after a bar, then the story
NOTICE_OVER_A_BARRED_BYLINE = """An official website of the Lannock Bay government
Here's how you know
A .gov.lb address belongs to a public body of the bay's council.
A padlock or https:// means you reach the official website; share information only there.

NEWS | March 14, 2024

Harbour Guard crews honored at Pier Memorial ceremony

By Dana Whitlock | Harbour Guard Public Affairs

The Harbour Guard honored the crews who served on its winter rescue boats at the Pier Memorial \
in Port Ellery on March 12, 2024. Commander Ines Falk spoke to the crews and their families.
"""


def test_a_byline_with_its_office_after_a_bar_keeps_the_headline() -> None:
    """A byline whose writer's office follows a bar ("By Dana Whitlock | Harbour Guard Public
    Affairs") is the headline's byline, so the headline under the site's notice is the
    article's, not a line of the notice."""
    assert normalize_document(NOTICE_OVER_A_BARRED_BYLINE)["title"] == (
        "Harbour Guard crews honored at Pier Memorial ceremony"
    )
    assert_same_headline(NOTICE_OVER_A_BARRED_BYLINE)


# a town's press release: its label and day, a contact block, the headline, the notice, and
# the streets it lists, each after a bullet
STREETS_LISTED_UNDER_A_NOTICE = """PRESS RELEASE
April 3, 2023
FOR IMMEDIATE RELEASE
Contact:
Mara Quint, Public Works Office
(555) 301-2200
Spring Street Repairs
The town's contractor will begin street repairs and pothole patching on April 10, weather \
permitting, and expects to finish by April 28. Drivers should expect short delays.
The following streets are to be repaired:
· Alder Lane, from Mill Road to the river bridge
· Quarry Road, from Mill Road to the school gate
· Mill Road, from Quarry Road to Alder Lane
· Corner of Mill Road and Quarry Road
"""


def test_a_notice_s_bulleted_streets_make_no_listing() -> None:
    """The streets a notice lists after bullets are its items, no story heads, so the page is
    no listing and keeps its headline."""
    assert normalize_document(STREETS_LISTED_UNDER_A_NOTICE)["title"] == "Spring Street Repairs"
    assert_same_headline(STREETS_LISTED_UNDER_A_NOTICE)


# a podcast host's transcript page: its label over a machine's notice and the speakers' turns,
# the episode's title not scraped
TRANSCRIPT_LABEL_PAGE = """Episode Transcript
Transcripts are made by a machine and may hold mistakes.
Priya (00:00):
Okay, we're rolling.
Can you hear me over the kettle?
Tomas (00:04):
Loud and clear, the kettle too.
Priya (00:09):
Welcome back to Backroom Radio, a show about the people who keep small stations on the air.
"""


def test_a_transcript_s_label_is_no_headline() -> None:
    """A host's label over a transcript ("Episode Transcript") is machinery: the page has no
    headline."""
    assert normalize_document(TRANSCRIPT_LABEL_PAGE)["title"] is None
    assert_same_headline(TRANSCRIPT_LABEL_PAGE)


# a broadcaster's special report: a title in capitals over the byline of its two writers
TWO_WRITERS_UNDER_A_SHOUTED_TITLE = """QUIET WATERS

By Ana Ruiz and Tom Rey

Fishing boats in Port Alder sit idle most of the week, their owners waiting on a quota ruling.

The harbour board said on Monday that it expects a ruling before the end of the month.
"""


def test_two_writers_after_by_are_a_byline_under_the_headline() -> None:
    """A byline naming two writers after "By" ("By Ana Ruiz and Tom Rey") is no headline but
    the dateline the title above it stands over."""
    assert normalize_document(TWO_WRITERS_UNDER_A_SHOUTED_TITLE)["title"] == "QUIET WATERS"
    assert_same_headline(TWO_WRITERS_UNDER_A_SHOUTED_TITLE)


# a council's document page: the header's fields, each a label and a colon, over the text
TITLE_FIELD_HEADER_PAGE = """Title: Harbour board delays quota ruling again
Author: Port Alder Harbour Board
Date: March 3, 2024

Fishing boats in Port Alder sit idle most of the week, their owners waiting on a quota ruling.
"""


def test_a_title_field_s_label_before_the_headline_is_left_off() -> None:
    """A form's title label and its colon before the headline on its line ("Title: …") are
    the header's, not the headline's."""
    assert normalize_document(TITLE_FIELD_HEADER_PAGE)["title"] == (
        "Harbour board delays quota ruling again"
    )
    assert_same_headline(TITLE_FIELD_HEADER_PAGE)


# a wiki's article scraped without its markup: each heading with its edit link glued on
WIKI_EDIT_LINK_PAGE = """Port Alder Ferry CompanyEdit

The Port Alder Ferry Company is a shipping line that runs boats to the Skerry Islands.

HistoryEdit

The company was founded in 1921 by a group of island fishermen.
"""


def test_a_wiki_heading_s_glued_edit_link_is_left_off() -> None:
    """A wiki's edit link glued after a heading's last word ("…CompanyEdit") is no part of the
    headline."""
    assert normalize_document(WIKI_EDIT_LINK_PAGE)["title"] == "Port Alder Ferry Company"
    assert_same_headline(WIKI_EDIT_LINK_PAGE)


# a product's name closing in "Edit", the page's one line so
PRODUCT_EDIT_PAGE = """Photo app maker launches MagicEdit

The Marlow Bay start-up Lumen Labs launched MagicEdit, a tool that removes objects from photos,
on Tuesday.
"""


def test_a_name_closing_in_edit_stays_the_headline_s() -> None:
    """Only a page whose other lines close with a glued "Edit" too, a wiki's headings, has its
    edit link cut; a product's name on the headline's line alone stays whole."""
    assert normalize_document(PRODUCT_EDIT_PAGE)["title"] == "Photo app maker launches MagicEdit"
    assert_same_headline(PRODUCT_EDIT_PAGE)


# a state portal's story: its status badge glued after the headline by a space
BADGE_PAGE = """October 2, 2024
english sinhala facebook

    Water board confirms new pipeline for the eastern villages Featured

    May 14, 2019

    The water board told the district council on Monday that work on the eastern pipeline would
begin in July and take two years.
"""
RU_BADGE_PAGE = """2 октября 2024

    Водоканал подтвердил сроки ремонта насосной станции Важно

    14 мая 2019

    Работы на насосной станции начнутся в июле и займут два месяца, сообщили в водоканале.
"""
# the same word in a headline in title case is the headline's own
TITLED_BADGE_PAGE = BADGE_PAGE.replace(
    "Water board confirms new pipeline for the eastern villages Featured",
    "Eastern Villages Pipeline Plan Updated",
)


def test_a_status_badge_glued_after_the_headline_is_left_off() -> None:
    """A status badge ("Featured", "Важно") glued after a headline in sentence case, its
    capital breaking the headline's case, is the site's, not the headline's."""
    assert normalize_document(BADGE_PAGE)["title"] == (
        "Water board confirms new pipeline for the eastern villages"
    )
    assert normalize_document(RU_BADGE_PAGE)["title"] == (
        "Водоканал подтвердил сроки ремонта насосной станции"
    )
    for page in (BADGE_PAGE, RU_BADGE_PAGE):
        assert_same_headline(page)


def test_a_badge_s_word_closing_a_headline_in_title_case_stays() -> None:
    """In a headline in title case the badge's word is one of its own."""
    assert normalize_document(TITLED_BADGE_PAGE)["title"] == (
        "Eastern Villages Pipeline Plan Updated"
    )
    assert_same_headline(TITLED_BADGE_PAGE)


# A council committee's minutes: the committee's name opens with an outlet word ("경제"), but
# a compound noun that long names a body, not an outlet.
COMMITTEE_MINUTES_PAGE = "\n".join(
    [
        "경제환경위원회 회의록",
        "",
        "제4호",
        "",
        "해온시의회사무국",
        "",
        "일 시 : 2025년 4월 8일(화)",
        "",
        "○ 위원장 길도윤  지금부터 경제환경위원회 회의를 시작하겠습니다.",
        "오늘은 전통시장 지원 조례안을 심사합니다.",
    ]
)


# a national daily's story scraped without its headline: the byline, the writer's town after a
# spaced dash, then the lead
BYLINE_WITH_A_TOWN_AFTER_A_DASH = """By Kwame Asante – Tamale

The regional health directorate said on Tuesday that it had opened two new clinics in the
northern districts, ahead of the rainy season.

The clinics will each take up to forty patients a day, a spokesperson for the directorate said.
"""

# a how-to site's guide: its section, its title closed by a stop, its summary, "Published by"
PUBLISHED_BY_UNDER_A_GUIDE = """Home gardening
Tips for a wet summer in the vegetable patch.
A short guide to spacing, pruning and watering tomato plants when the rain will not stop.
Published by Mirela Stanic
June 3, 2025 - 4 min Read
Wet summers bring blight, split fruit and weak stems, but a few habits keep most plants going.
"""


def test_a_byline_with_a_town_or_a_publishing_verb_is_no_headline() -> None:
    """A byline with the writer's town after a spaced dash ("By Kwame Asante – Tamale") or
    "Published" before its "by" is machinery, never the headline of a page that lost its own
    or prints it as a sentence."""
    assert normalize_document(BYLINE_WITH_A_TOWN_AFTER_A_DASH)["title"] is None
    assert normalize_document(PUBLISHED_BY_UNDER_A_GUIDE)["title"] is None
    assert_same_headline(BYLINE_WITH_A_TOWN_AFTER_A_DASH)
    assert_same_headline(PUBLISHED_BY_UNDER_A_GUIDE)


# a transit planner's category archive showing its one post: the archive's label and category,
# the post's title, a link to its translation, its text
CATEGORY_ARCHIVE_WITH_ONE_POST = """Category Archives: Bus Network Redesign

Lowmoor: A Plan with Room to Grow

Español

For the past year we have been redesigning the bus network for Lowmoor with the valley council.

The new network runs more buses on the valley road and keeps a bus an hour in the hill villages.
"""

# the same planner's tag archive, its label and tag apart by a bar
TAG_ARCHIVE_WITH_A_BAR = CATEGORY_ARCHIVE_WITH_ONE_POST.replace(
    "Category Archives: ", "Tag Archives | "
)


def test_an_archive_s_label_heads_its_posts_and_is_no_headline() -> None:
    """A line naming what an archive's page gathers after its label and a colon or a bar
    ("Category Archives: …", "Tag Archives | …") heads the posts below it; the one post's
    title is the page's headline."""
    for page in (CATEGORY_ARCHIVE_WITH_ONE_POST, TAG_ARCHIVE_WITH_A_BAR):
        assert normalize_document(page)["title"] == "Lowmoor: A Plan with Room to Grow"
        assert_same_headline(page)


# a reporter's blog on a blog platform showing its one post under a label: the platform's notice
# of the label it shows, the post's title after its series' bracket, an image's word, the text
LABEL_NOTICE_WITH_ONE_POST = "\n".join(
    [
        "라벨이 답사노트인 게시물 표시",
        "",
        "[주말 기록] 5년 전 답사노트를 다시 꺼냈다",
        "",
        "이미지",
        "창고를 정리하다가 낡은 종이상자 안에서 노트 네 권을 찾았다. 모두 강변 마을을 돌던"
        " 시절에 쓰던 것이다. 첫 권을 펼치니 폐교된 분교 교장 선생님의 주소가 적혀 있다. 분교"
        " 이야기는 두 번 싣고 끝났는데, 선생님은 올봄에 이사를 가셨다고 한다. 노트를 넘길수록"
        " 끝내 쓰지 못한 마을들이 더 많이 보인다. 버리려던 노트 네 권은 다시 상자에 넣었다.",
    ]
)


def test_a_blog_platform_s_label_notice_is_no_headline() -> None:
    """A blog platform's notice of the label its page shows, closed by its fixed words ("…인
    게시물 표시"), is machinery: the one post's title is the headline."""
    title = normalize_document(LABEL_NOTICE_WITH_ONE_POST)["title"]
    assert title == "5년 전 답사노트를 다시 꺼냈다"
    assert_same_headline(LABEL_NOTICE_WITH_ONE_POST)


# a portal's news story: its title, then the outlets' one-sentence summaries, each with the
# outlet's name glued after its stop, and the label of the outlets' list
SUMMARIES_WITH_GLUED_SOURCES = "\n".join(
    [
        "В Каменке закрыли на ремонт пешеходный мост",
        "",
        "Пешеходный мост через реку Каменку закрыли на ремонт до конца лета, сообщили в"
        " администрации.Каменский вестник",
        "Жителям правого берега предложили пользоваться автомобильным мостом и дополнительным"
        " автобусом.Город-38",
        "По словам подрядчика, на замену настила и перил уйдёт не меньше трёх"
        " месяцев.Северный край",
        "Эта новость в СМИ",
    ]
)


def test_summaries_with_their_sources_glued_on_are_no_heads() -> None:
    """A sentence closed with its source's name glued after its stop is an aggregator's
    summary: the summaries make no list of heads, and the story's title above them is the
    headline."""
    assert normalize_document(SUMMARIES_WITH_GLUED_SOURCES)["title"] == (
        "В Каменке закрыли на ремонт пешеходный мост"
    )
    assert_same_headline(SUMMARIES_WITH_GLUED_SOURCES)


# a mirror of a national daily's live page: its headline with the topic after a bar, printed
# twice, an entry's subhead, the entry, the share button and an update label with no clock
LIVE_PAGE_WITH_A_TOPIC = "\n".join(
    [
        "Heatwave live: fire bans across the tablelands as temperatures pass 44C | Hot weather",
        "",
        "Heatwave live: fire bans across the tablelands as temperatures pass 44C | Hot weather",
        "",
        "Total fire ban declared for the northern tablelands",
        "",
        "The fire service has declared a total fire ban for the northern tablelands from"
        " midnight, with temperatures expected to pass 44C in Bellcourt and Marrin.",
        "",
        "Share",
        "",
        "Updated at ",
    ]
)


def test_a_topic_after_a_bar_is_no_part_of_a_live_page_s_headline() -> None:
    """A topic of two words in sentence case after a bar and a long headline is the site's
    section, not the headline's words."""
    assert normalize_document(LIVE_PAGE_WITH_A_TOPIC)["title"] == (
        "Heatwave live: fire bans across the tablelands as temperatures pass 44C"
    )
    assert_same_headline(LIVE_PAGE_WITH_A_TOPIC)


# a vineyard's journal post: its title with the day glued after it, the title again, the text
TITLE_WITH_ITS_DAY_GLUED_ON = """Notes on the finished 2021 vintage. 12 April 2021

Notes on the finished 2021 vintage.

After forty days in the winery the picking and the ferments are done, and the barrels are full.

The season opened dry and cold, and the rain came late in November, just in time for the vines.
"""


def test_a_day_glued_after_a_headline_its_copy_leaves_out_is_cut() -> None:
    """A whole date glued after the headline by a space ("… vintage. 12 April 2021") is the
    post's day when another line prints the headline alone: the title is that copy."""
    title = normalize_document(TITLE_WITH_ITS_DAY_GLUED_ON)["title"]
    assert title == "Notes on the finished 2021 vintage."
    assert_same_headline(TITLE_WITH_ITS_DAY_GLUED_ON)


# a forum's archive page: its label before the thread's title on one line, the first post's
# time, the post
FULL_VERSION_LABEL_PAGE = """View Full Version : Best lake for perch this weekend?

03-11-2019, 06:15 PM
I am taking the kids out on Saturday and want an easy shore spot. Any lake near Dunmore where
the perch are biting right now? We will have worms and small jigs, nothing fancy.
"""


def test_a_forum_archive_s_label_before_the_title_is_left_off() -> None:
    """A forum archive's label and its colon before the thread's title ("View Full Version :
    …", a fixed label of the title field) are left off the headline."""
    title = normalize_document(FULL_VERSION_LABEL_PAGE)["title"]
    assert title == "Best lake for perch this weekend?"
    assert_same_headline(FULL_VERSION_LABEL_PAGE)


# a local radio station's news page: "News", then heads, each over its teaser cut at one count
# of characters after a word, no mark closing it
CUT_AT_ONE_LENGTH_PAGE = "\n".join(
    [
        "News",
        "Harbour board says it is working to ease the impact of cuts to the winter quota",
        "Harbour board chair and councillor Ellen Foyle says she is working to improve Dunmore's "
        "winter fishing quota, after it was",
        "Beaches of the north coast win blue flags for a fourth year running",
        "The north coast has the largest number of blue flags in the region. The blue flag is "
        "one of the best known awards for",
        "Council hears further calls for funding for the island airstrip",
        "The council has again heard an appeal for the island airstrip to be paid for safety "
        "works it has already finished. The",
        "Silage season is here, so extra care is needed on country roads",
        "With the silage season under way, farmers' groups and the road safety office are asking "
        "drivers to slow down on the",
    ]
)


def test_a_committee_named_after_an_outlet_word_heads_its_minutes() -> None:
    assert normalize_document(COMMITTEE_MINUTES_PAGE)["title"] == "경제환경위원회 회의록"


def test_teasers_cut_at_one_length_make_a_listing() -> None:
    """Teasers cut at one count of characters after a word, each right under its head, make
    the page a listing: its first head is no headline."""
    assert normalize_document(CUT_AT_ONE_LENGTH_PAGE)["title"] is None
    assert_same_headline(CUT_AT_ONE_LENGTH_PAGE)


# a tag page scraped without its markup: the tag's name after slashes, then each story's head
# printed alone, again with its date glued to its last word, and its teaser
HEADS_OVER_THEIR_DATED_COPIES = "\n".join(
    [
        "//regatta",
        "",
        "Harbour cat picks the regatta winner for a third year",
        "",
        "Harbour cat picks the regatta winner for a third year12.07.19 ",
        "",
        "The harbour cat Pilot picked the winner of the regatta for a third year "
        "running: before the race he chose the bowl of the blue boat. The regatta starts "
        "at noon off the north pier.",
        "",
        "Ferry captain retires after forty years at the wheel",
        "",
        "Ferry captain retires after forty years at the wheel03.07.19 ",
        "",
        "Captain Rhona Keel steered her last crossing to Marlow Island on Wednesday, a "
        "week before the regatta, cheered on by passengers waiting on the quay.",
    ]
)


def test_heads_over_their_dated_copies_make_a_tag_page() -> None:
    """A head printed alone right above its copy with a date glued to the last word is that
    dated item, not the page's headline, though its teaser echoes it."""
    assert normalize_document(HEADS_OVER_THEIR_DATED_COPIES)["title"] is None
    assert_same_headline(HEADS_OVER_THEIR_DATED_COPIES)


# a portal's mirror: a "most read" box numbered 1 to 6 (two items open with a quotation),
# then the story's lead cut short, its headline lost
NUMBERED_BOX_WITH_QUOTED_ITEMS = "\n".join(
    [
        "Поддержать редакцию",
        "Люди побережья",
        "  1. Цены на паром вырастут с мая: что изменится для жителей островов",
        "  2. «Мы ждали этого десять лет». В Заречном открыли новый мост через залив",
        "  3. Смотритель маяка рассказал, как пережил зимний шторм, — публикуем его письмо",
        "  4. Будет ли март теплым? Прогноз погоды на неделю со 2 по 8 марта",
        "  5. «Он вернулся через год и сразу лег у своей миски». История пса, который "
        "сам нашел дорогу домой через весь город, — рассказываем",
        "  6. Горсовет Заречного одобрил бюджет на будущий год без повышения сборов",
        "",
        "",
        "В поселке Озерный задержали водителя, который сбил ограждение на наб",
    ]
)


def test_numbered_items_opening_with_a_quotation_are_a_list() -> None:
    """A numbered item that opens with a quotation mark after its number is the list's item
    as the others are, so no item of the box is the headline."""
    assert normalize_document(NUMBERED_BOX_WITH_QUOTED_ITEMS)["title"] is None
    assert_same_headline(NUMBERED_BOX_WITH_QUOTED_ITEMS)


# a city portal's item: its headline opening with a count, in sentence case, printed twice,
# its lead with a photograph's credit glued before it, a "read more" link and its time
HEADLINE_OPENING_WITH_A_COUNT = "\n".join(
    [
        "7 ошибок при поливе рассады: о них не знают даже опытные дачники",
        "",
        "7 ошибок при поливе рассады: о них не знают даже опытные дачники",
        "",
        "Фото: архив редакцииПолив кажется самым простым делом на грядке, однако именно "
        "с ним связано больше всего ошибок. Агрономы называют несколько правил, которые "
        "садоводы часто нарушают, надеясь на опыт прошлых лет.",
        "Читать далее...",
        "10:15, 14.03.2025",
        " ",
        "Рубрика: «Сад и огород»   Поделиться: Поделиться новостью в VK Поделиться "
        "новостью в Telegram",
    ]
)


def test_a_headline_opening_with_a_count_is_in_sentence_case() -> None:
    """A headline opening with a count and a word in small letters has no capital, as any in
    sentence case; it is no line in small letters (an alt text, a slug)."""
    row = normalize_document(HEADLINE_OPENING_WITH_A_COUNT)
    assert row["title"] == "7 ошибок при поливе рассады: о них не знают даже опытные дачники"
    assert_same_headline(HEADLINE_OPENING_WITH_A_COUNT)


# a broadcaster's special report: its title in capitals, the deck printed over two lines below
# it, the writers, the credits, the outlet's name, the series' note, then the story
CAPITAL_HEAD_OVER_A_SPLIT_DECK = "\n".join(
    [
        "EMPTY HARBOURS",
        "",
        "Where the fleets",
        "left the piers to rust in the salt air",
        "",
        "by Marta Quillon and Devin Oakhurst",
        "",
        "Produced by Lena Farrow | Photographs by Tomas Belle",
        "",
        "Coastline Radio News",
        "",
        "Second of a series",
        "",
        "Along the southern coast, wooden piers that once served a hundred boats stand "
        "empty, their planks gone grey and their mooring rings rusted through.",
        "",
        "Fishing families left the villages one by one as the catch fell and the fuel "
        "price rose, and few of the young came back after school.",
        "",
        "In this part of the series, we visit three of the villages and talk to the "
        "people who stayed.",
    ]
)


# a university weekly's page: its masthead, issue number and day, a headline in capitals set
# over two lines, the lead, the byline with the paper's abbreviation, a paragraph
CAPITALS_HEAD_OVER_TWO_LINES = "\n".join(
    [
        "«Вестник Озёрного университета»",
        "№ 7 (412)",
        "14 февраля 2018 г.",
        "",
        "СТУДЕНЧЕСКИЙ ХОР ВЕРНУЛСЯ",
        "С ФЕСТИВАЛЯ С ДВУМЯ НАГРАДАМИ",
        "",
        "Студенческий хор Озёрного университета вернулся с областного фестиваля в Светлогорске"
        " с двумя дипломами первой степени.",
        "",
        "А. Климова, «ВОУ»",
        "",
        "По словам руководителя хора Н. С. Лаптевой, «к фестивалю готовились с осени, и впервые"
        " вышли на сцену в полном составе — сорок два голоса».",
    ]
)


def test_a_capital_head_over_its_split_deck_is_the_headline() -> None:
    """A short headline in capitals, whose words the lead does not repeat, with its deck
    printed right below it over two lines, is the headline, not a series' note below."""
    assert normalize_document(CAPITAL_HEAD_OVER_A_SPLIT_DECK)["title"] == "EMPTY HARBOURS"
    assert_same_headline(CAPITAL_HEAD_OVER_A_SPLIT_DECK)


def test_a_headline_in_capitals_over_two_lines_is_one_headline() -> None:
    """Two lines in capitals standing alone between blank lines, the first closed by no mark,
    are one headline set over two lines, read with a space; a third line in the block makes
    it no headline's pieces."""
    assert normalize_document(CAPITALS_HEAD_OVER_TWO_LINES)["title"] == (
        "СТУДЕНЧЕСКИЙ ХОР ВЕРНУЛСЯ С ФЕСТИВАЛЯ С ДВУМЯ НАГРАДАМИ"
    )
    assert_same_headline(CAPITALS_HEAD_OVER_TWO_LINES)
    block = CAPITALS_HEAD_OVER_TWO_LINES.replace("НАГРАДАМИ\n", "НАГРАДАМИ\nИ ПРИГЛАШЕНИЕМ\n")
    assert normalize_document(block)["title"] != (
        "СТУДЕНЧЕСКИЙ ХОР ВЕРНУЛСЯ С ФЕСТИВАЛЯ С ДВУМЯ НАГРАДАМИ"
    )


# a town paper's page: its masthead in capitals over a section's label in capitals, standing
# alone together at the top, then the story's headline in sentence case and the story
MASTHEAD_OVER_A_SECTION_IN_CAPITALS = "\n".join(
    [
        "MILLBROOK COURIER",
        "LOCAL NEWS",
        "",
        "Storm closes coast road for a week",
        "",
        "The coast road between Millbrook and Eastfield was closed on Tuesday after waves broke"
        " over the sea wall, the council said.",
        "",
        "Crews expect to reopen it by the weekend once the debris is cleared.",
    ]
)


def test_a_masthead_over_a_section_in_capitals_is_no_headline() -> None:
    """Two lines in capitals standing alone together, one of them the page's machinery (a
    section's label), are a masthead and its section, no headline set over two lines."""
    title = normalize_document(MASTHEAD_OVER_A_SECTION_IN_CAPITALS)["title"]
    assert title == "Storm closes coast road for a week"
    assert_same_headline(MASTHEAD_OVER_A_SECTION_IN_CAPITALS)


# an economic daily's trend story scraped without its headline: two deck lines, the first under
# a hash mark, the second quoting a hashtag, then the paragraphs, no blank line between
HASH_DECK_OVER_THE_BODY = "\n".join(
    [
        "# 골목 이름 뒤에 '산책'을 붙이는 방식",
        "'#골목산책' 게시물 8만 건 넘어",
        "동네 골목을 걸으며 찍은 사진에 골목 이름과 '산책'을 붙인 해시태그를 다는 이용자가 늘고"
        " 있다. 처음에는 한 사진 앱에서 시작됐지만 지금은 여러 누리소통망에서 두루 쓰인다.",
        "예컨대 해솔동 골목 사진에는 ‘#해솔골목산책’을 붙이는 식이다. 현재 ‘#골목산책’으로"
        " 검색되는 게시물은 8만 건이 넘는다.",
        "한 구청 관계자는 “골목 가게를 알리는 데 해시태그가 큰 도움이 된다”고 말했다.",
    ]
)


def test_a_deck_under_a_hash_mark_opening_the_page_is_no_headline() -> None:
    """Lines opening the page under a hash and a space, the next right below it, are a deck's
    lines up to the first paragraph: the page lost its headline above them. A markdown heading
    has a blank line below it, and stays a headline."""
    assert normalize_document(HASH_DECK_OVER_THE_BODY)["title"] is None
    assert_same_headline(HASH_DECK_OVER_THE_BODY)
    heading = HASH_DECK_OVER_THE_BODY.replace("방식\n", "방식\n\n", 1)
    assert normalize_document(heading)["title"] is not None


# a blog's post exported as markdown: its heading under a hash, its byline right below it with
# no blank line between, then the story
HEADING_OVER_ITS_BYLINE = "\n".join(
    [
        "# Storm closes coast road for a week",
        "By Anna Reyes, 3 March 2025",
        "",
        "The coast road between Millbrook and Eastfield was closed on Tuesday after waves broke"
        " over the sea wall, the council said.",
        "",
        "Crews expect to reopen it by the weekend once the debris is cleared.",
    ]
)


def test_a_heading_under_a_hash_over_its_byline_stays_the_headline() -> None:
    """A line opening the page under a hash and a space with its byline right below it is a
    markdown heading, no deck: it stays the headline."""
    title = normalize_document(HEADING_OVER_ITS_BYLINE)["title"]
    assert title is not None
    assert title.endswith("Storm closes coast road for a week")
    assert_same_headline(HEADING_OVER_ITS_BYLINE)


# a town blog's post: its headline printed in small letters, as the blog prints every one, a
# counter of readers who found it useful below it, then the story and its date
COUNTER_UNDER_A_HEAD_IN_SMALL_LETTERS = "\n".join(
    [
        "river ferry returns to service after winter repairs",
        "",
        "12 people found this useful",
        "",
        "The Millbrook river ferry carried its first passengers of the year on Monday after "
        "three months in dry dock. The crossing runs every half hour until dusk.",
        "Posted 14 March 2025",
    ]
)


def test_a_counter_under_a_headline_in_small_letters_is_no_headline() -> None:
    """A count opening a line spares it from reading as one in small letters (a headline in
    sentence case, "5 rules of …"), but not under a headline printed in small letters: that
    page prints its headlines so, and the count opens a counter's line."""
    row = normalize_document(COUNTER_UNDER_A_HEAD_IN_SMALL_LETTERS)
    assert row["title"] == "river ferry returns to service after winter repairs"
    assert_same_headline(COUNTER_UNDER_A_HEAD_IN_SMALL_LETTERS)


# a town weekly's story: its masthead, the page's title with the weekly's name after a bar,
# the story and its date
SITE_NAME_AFTER_A_SHORT_HEADLINE = "\n".join(
    [
        "Millbrook Courier",
        "",
        "Storm closes coast road | Millbrook Courier",
        "",
        "Crews cleared fallen trees from the coast road on Tuesday after winds of ninety miles an"
        " hour swept the county overnight. Power returned to most homes by noon.",
        "14 March 2025",
    ]
)


def test_a_site_s_name_after_a_bar_goes_whatever_the_headline_s_length() -> None:
    """A site's name or a topic of two words after a bar and a long headline goes whether the
    outlet rules know the name or not ("| Daily Courier", "| Millbrook Courier", "| Severe
    weather"); after a short headline it goes when the page prints it alone on another line
    (its masthead), and the masthead is no headline."""
    long_head = "Storm closes the coast road for two nights"
    for tail in ("Daily Courier", "Millbrook Courier", "Severe weather"):
        assert titles.cut_headline(f"{long_head} | {tail}") == long_head
    assert titles.cut_headline(f"{long_head} | Part 2") == f"{long_head} | Part 2"
    row = normalize_document(SITE_NAME_AFTER_A_SHORT_HEADLINE)
    assert row["title"] == "Storm closes coast road"
    section = SITE_NAME_AFTER_A_SHORT_HEADLINE.replace("Millbrook Courier", "Severe weather")
    assert normalize_document(section)["title"] == "Storm closes coast road"
    assert_same_headline(SITE_NAME_AFTER_A_SHORT_HEADLINE)
    assert_same_headline(section)


# a guide's page: its category's word, its headline, three paragraphs of its lead, then its
# first subhead over a paragraph that repeats it
HEADLINE_OVER_A_LEAD_AND_A_SUBHEAD = "\n".join(
    [
        "gardening",
        "",
        "The Quiet Return of the Allotment in 2025: What Growers Want Now",
        "",
        "Across the river towns, the allotment has come back into fashion, and growers who once "
        "waited years for a plot now find the waiting lists cut short by new sites on old "
        "railway land. Some councils have doubled their plots in two years, and others are "
        "looking for land. The growers, old and young, say the plots give them food, company "
        "and a reason to be outdoors.",
        "",
        "Councils say the demand comes from young families as much as from retired growers, "
        "and that most want a plot for vegetables rather than flowers, with water and a shed. "
        "Waiting lists that ran to five years in the river towns have shrunk to months, though "
        "the plots on offer are smaller than before, and a few are shared by two households.",
        "",
        "This piece looks at what the new growers ask of their councils, how the plots are "
        "shared out, and what the return means for the towns that once gave up their land. "
        "We will also look at the rules a grower signs up to, the fees, and the hopes of the "
        "societies that run the sites for the years ahead.",
        "",
        "The Allotment Movement: A Short History of the Plots",
        "",
        "Before we look at what growers want now, it helps to recall how the allotment began: "
        "landowners set aside small plots for workers to grow food, and the plots spread with "
        "the towns through the last century.",
    ]
)


def test_a_headline_over_a_lead_and_a_subhead_is_no_digest() -> None:
    """A headline over three paragraphs of its lead, then a subhead over a paragraph of its
    own, is an article's headline and its first section, not two heads of a digest."""
    row = normalize_document(HEADLINE_OVER_A_LEAD_AND_A_SUBHEAD)
    assert row["title"] == "The Quiet Return of the Allotment in 2025: What Growers Want Now"
    assert_same_headline(HEADLINE_OVER_A_LEAD_AND_A_SUBHEAD)


# a paper's recipe column: its rubric and the dish after a bar, the lead, its date, then the
# recipe's card, which names the dish alone over its ingredients
RECIPE_UNDER_ITS_RUBRIC = "\n".join(
    [
        "Kitchen notes",
        "",
        "Recipe of the week | Lemon barley soup",
        "",
        "A bowl for the cold evenings: the barley softens in forty minutes and the lemon goes in"
        " at the very end, so the soup stays bright.",
        "14 March 2025",
        "",
        "Lemon barley soup",
        "Serves four",
        "200 g pearl barley",
        "2 lemons",
    ]
)


def test_the_words_after_a_bar_printed_below_stay() -> None:
    """The words after a bar that the story prints alone below the headline (a recipe card's
    dish, an interview's guest) are the headline's subject, not the site's name: they stay."""
    row = normalize_document(RECIPE_UNDER_ITS_RUBRIC)
    assert row["title"] == "Recipe of the week | Lemon barley soup"
    assert_same_headline(RECIPE_UNDER_ITS_RUBRIC)


# a town's portal: a promo's heading calling for the item by name, then the item's own title,
# its date and its picture's alt text over the story
SEED_LIBRARY_NOTICE = "\n".join(
    [
        "Now Open: Seed Library!",
        "",
        "Seed Library Opens at the Eastside Branch",
        "Posted on 04/02/2024",
        "Seed Library",
        "",
        "Gardeners can now borrow packets of tomato, bean and squash seeds at the Eastside"
        " branch library, and bring back seeds from their own harvest in the fall. The seed"
        " library sits next to the reference desk and is open whenever the branch is.",
        "",
        "How does borrowing work?",
        "Take up to five packets a month with your library card. Staff ask only that you note"
        " what you planted.",
    ]
)


# a newspaper's blog service that dropped the spaces of its Korean text: the archive's day, the
# post's title of one word, its lines each run together
RUN_TOGETHER_POST = "\n\n".join(
    [
        "글 보관함: 2021년 8월 23일",
        "입추立秋지나니",
        "아침저녁으로바람결이한결부드러워졌습니다.",
        "마당의해바라기가고개를숙이기시작했고",
        "옆집할머니는고추를따서지붕위에말리십니다.",
        "읍내장터에는햇밤과햇대추가나오기시작했습니다.",
    ]
)


def test_a_banner_s_call_over_the_item_it_names_is_no_headline() -> None:
    """A promo's heading whose words after its label and colon the next line opens with is a
    banner over the item's own title: that line is the headline, no deck of the banner."""
    row = normalize_document(SEED_LIBRARY_NOTICE)
    assert row["title"] == "Seed Library Opens at the Eastside Branch"
    assert_same_headline(SEED_LIBRARY_NOTICE)


# a local newsroom's log of a meeting: its title over its stamp signed by the writer, then the
# posters' counts and the log's hour headings, each over posts closing with their time
MEETING_LOG_PAGE = "\n".join(
    [
        "About Us",
        "",
        "Support Our Newsroom",
        "Independent • Nonprofit • Local News",
        "",
        "Record: Ashford school board budget hearing 3.11.2024",
        "",
        "Wednesday, March 13, 2024 by Tomas Ferreira",
        "",
        "Every update our reporter sent from the board room, in order, with readers' replies.",
        "",
        "",
        "Log for Monday, March 11, 2024",
        "",
        "ashfordledger 88",
        "",
        "kettle_marsh 4",
        "",
        "ferrylane 2",
        "",
        "J_Okonkwo 1",
        "",
        "Monday, March 11, 2024 6PM",
        "",
        "Board members are taking their seats for tonight's hearing. #ashfordboard"
        " March 11, 2024 06:02 PM",
        "Parents: get ready for the budget hearing with our board guide from @mira_holt:"
        " #ashfordboard March 11, 2024 06:10 PM",
        "",
        "Monday, March 11, 2024 7PM",
        "",
        "The superintendent opens with the bus contract, which rises by a fifth next year."
        " #ashfordboard March 11, 2024 07:04 PM",
        "Three parents ask the board to keep the late bus for the robotics club."
        " March 11, 2024 07:15 PM",
        "Vote on the arts teacher posts moved to April 8. #ashfordboard March 11, 2024 07:22 PM",
        'kettle_marsh "Keep the late bus, please."',
        "@kettle_marsh noted March 11, 2024 07:24 PM",
        "Budget adopted 5-2 after a short recess; the late bus stays for one more year."
        " March 11, 2024 07:51 PM",
    ]
)


def test_a_log_s_title_over_its_signed_stamp_is_no_feed_item() -> None:
    """A headline over its stamp signed by its writer ("<date> by <name>") is no item of the
    feed below it, whose posts under their hour headings print bare times; nor does a date
    past the headline's own stamp mark it as an item."""
    row = normalize_document(MEETING_LOG_PAGE)
    assert row["title"] == "Record: Ashford school board budget hearing 3.11.2024"
    assert_same_headline(MEETING_LOG_PAGE)


def test_a_title_of_one_word_on_a_page_run_together_is_not_held_short() -> None:
    """A page that runs its Korean words together tells no length by its spaces: its title of
    one word is no label."""
    assert runs_words_together(RUN_TOGETHER_POST.split("\n\n"))
    assert normalize_document(RUN_TOGETHER_POST)["title"] == "입추立秋지나니"
    assert_same_headline(RUN_TOGETHER_POST)


# a wire story hard-wrapped, its headline lost: its first line opens with the agency's
# dateline and breaks inside a name, so the next line opens with a capital
WIRE_LEAD_WRAPPED = "\n".join(
    [
        "TAMALE, May 3 (Nordwire): The Minister for Roads in the north, Kwame",
        "Asante, said on Friday that the new bridge over the White Volta would",
        "open to traffic before the rains begin in June.",
        "He said this while visiting the site with engineers of the contractor,",
        "who told him the last of the deck had been laid on Thursday.",
        "The bridge replaces a ferry that stops running whenever the river",
        "rises, cutting off six farming communities for weeks at a time.",
    ]
)


def test_a_line_opening_with_a_wire_dateline_is_no_headline() -> None:
    """A place in capitals, the agency's name in brackets and a colon or a dash open a wire
    story's lead, which no headline does; a headline above it stays one."""
    assert normalize_document(WIRE_LEAD_WRAPPED)["title"] is None
    page = f"New bridge over the White Volta to open before the rains\n{WIRE_LEAD_WRAPPED}"
    assert normalize_document(page)["title"] == (
        "New bridge over the White Volta to open before the rains"
    )
    for text in (WIRE_LEAD_WRAPPED, page):
        assert_same_headline(text)


# a charity's blog post of a press release, its headline lost: the release's sender field and
# address open it, then the story
RELEASE_UNDER_ITS_SENDER = "\n".join(
    [
        "Posted on March 9, 2015",
        "by Mara Holt",
        "",
        "From:  Press Office, The Harbour Trust",
        "4 Quay Street",
        "Kestrel Bay KB4 1QS",
        "",
        "Ines Calloway, director of the Harbour Trust, told the Kestrel Bay chamber of commerce on"
        " Monday that the old docks could hold two hundred new homes by 2020.",
        "The trust bought the docks from the port authority last year and has asked three"
        " architects to draw up plans.",
    ]
)


def test_a_memo_s_sender_field_and_address_are_no_headline() -> None:
    """A memo's or an e-mail's sender field ("From:", "От:", "보낸 사람:") and the address
    right below it name who sent it; a headline above them stays one."""
    assert normalize_document(RELEASE_UNDER_ITS_SENDER)["title"] is None
    headed = RELEASE_UNDER_ITS_SENDER.replace(
        "\nFrom:", "\nHarbour Trust sets out plans for the old docks\nFrom:"
    )
    assert normalize_document(headed)["title"] == "Harbour Trust sets out plans for the old docks"
    for page in (RELEASE_UNDER_ITS_SENDER, headed):
        assert_same_headline(page)


# an aggregator's copy of a town item that lost its headline: its paragraphs, then the source
# it was copied from under its label, and the copy's time on the last line
SOURCE_OVER_THE_COPY_S_TIME = "\n".join(
    [
        "12 марта в сквере у Дома культуры Озёрска высадили сорок молодых лип: деревья привезли"
        " из питомника районного лесничества.",
        "Саженцы будут поливать волонтёры из школьного экологического клуба.",
        "Весной в сквере поставят новые скамейки и фонари, а летом откроют детскую площадку.",
        "Источник: Дом культуры Озёрска",
        "12.03.2024 16:20",
    ]
)


def test_a_source_over_the_copy_s_time_heads_nothing() -> None:
    """A line under a source's label below the paragraphs names where a copy came from; with
    the copy's time right below it, it heads no story: the page has no headline."""
    row = normalize_document(SOURCE_OVER_THE_COPY_S_TIME)
    assert row["title"] is None
    assert_same_headline(SOURCE_OVER_THE_COPY_S_TIME)


# a state paper's story scraped without its headline: the writer's name and the town they file
# from on the first line, then the story, which names the town but never the writer
WRITER_AND_TOWN_OVER_A_STORY = "\n".join(
    [
        "Tobi Adeyemi, Ibadan",
        "",
        "Oyo State has opened a second ferry crossing on the Ogun River to ease the queues at the"
        " old landing, the commissioner for transport said on Monday.",
        "",
        "Speaking at the landing in Ibadan, she said the new crossing would carry 400 passengers"
        " a day and run until nine at night.",
        "",
        "Traders at the market by the river welcomed the crossing but asked for a covered"
        " waiting area before the rains.",
    ]
)


def test_a_writer_s_name_and_town_heads_no_story() -> None:
    """A first line of a capitalised name, a comma and a town that the story names while never
    repeating the name is the writer's byline, no headline: the page lost its own."""
    row = normalize_document(WRITER_AND_TOWN_OVER_A_STORY)
    assert row["title"] is None
    assert_same_headline(WRITER_AND_TOWN_OVER_A_STORY)


# a blog's post: its category, its title printed twice (the page's title over the post's heading),
# a title that closes with a full stop as a sentence does, then the post and its comment form
DOUBLED_POST_TITLE_PAGE = "\n".join(
    [
        "미분류",
        "",
        "한솔마을 도서관, 밤 열 시까지 문을 연다.",
        "",
        "한솔마을 도서관, 밤 열 시까지 문을 연다.",
        "",
        "",
        "퇴근하고 들를 곳이 하나 생겼다.",
        "한솔마을 도서관이 다음 달부터 평일 운영 시간을 밤 10시까지 늘린다고 하는데요 직장인"
        " 이용자들의 요청이 많았다고 합니다.",
        "관장 서윤재 씨는 “늦게까지 불을 켜 두는 도서관이 되겠다”고 말했다.",
        "",
        "답글 남기기",
        "",
        "이메일 주소는 공개되지 않습니다. 필수 필드는 *로 표시됩니다",
    ]
)


def test_a_title_printed_twice_above_the_post_is_its_headline() -> None:
    """A line printed twice in a row above the first paragraph is the post's title over its
    heading's copy: the headline, though it closes with a full stop as a sentence does."""
    row = normalize_document(DOUBLED_POST_TITLE_PAGE)
    assert row["title"] == "한솔마을 도서관, 밤 열 시까지 문을 연다."
    assert_same_headline(DOUBLED_POST_TITLE_PAGE)


# an aggregator's copy of a regional story: no headline, its lead printed twice, then the story
# and the aggregator's box of similar stories
DOUBLED_LEAD_PAGE = "\n".join(
    [
        "Mayor Helena Brask of Ostervik met the transport minister on Monday and asked for state"
        " money to rebuild the two ferry piers that the winter storms tore loose last month.",
        "Mayor Helena Brask of Ostervik met the transport minister on Monday and asked for state"
        " money to rebuild the two ferry piers that the winter storms tore loose last month.",
        "In reply, the minister said a team of engineers would visit the harbour before the end of"
        " the month to cost the work and draw up a building schedule. Brask crossed to the outer"
        " islands by fishing boat on Sunday and handed out food to families cut off since the"
        " storm.Meanwhile, the harbour master of Ostervik said the piers had been patched twice"
        " before and could not be patched again.",
        "Nordland Latest News, Nordland Headlines",
        "Similar News:You can also read news stories similar to this one that we have collected"
        " from other news sources.",
        "Island school reopens after the stormPupils on the outer islands went back to class on"
        " Thursday after a week of repairs.",
        "Read more »",
        "Brask seeks emergency funds for the islandsMayor Helena Brask asked the county board to"
        " release emergency funds for the families on the outer islands.",
        "Read more »",
        "Ferry timetable cut for the rest of the monthThe operator says only one of its three boats"
        " can sail until the piers are rebuilt.",
        "Read more »",
    ]
)


def test_a_lead_printed_twice_over_its_story_is_no_headline() -> None:
    """A line printed twice above the first paragraph lifts a title's full stop only when it
    has a headline's words: a lead of thirty words printed twice (an aggregator's copy without
    its headline) is still a sentence, and the page has no headline. A short title printed
    twice so is the post's headline (above)."""
    row = normalize_document(DOUBLED_LEAD_PAGE)
    assert row["title"] is None
    assert_same_headline(DOUBLED_LEAD_PAGE)
    short = "Ostervik asks the state to rebuild its ferry piers."
    titled = DOUBLED_LEAD_PAGE.replace(DOUBLED_LEAD_PAGE.split("\n")[0], short)
    assert normalize_document(titled)["title"] == short


# a press council's decision: a notice over three lines, the decision, its reasons, and the rule
# it cites printed again alone below the sentence that names it
CITED_RULE_PAGE = "\n".join(
    [
        "전자우편 무단수집거부",
        "이 누리집에 실린 전자우편 주소를 자동 수집 프로그램이나 그 밖의",
        "기술적 장치로 무단 수집하는 것을 거부하며, 이를 어기면",
        "관련 법률에 따라 처벌받을 수 있음을 알려 드립니다.",
        "한빛일보 2025년 3월 4일 자 2면「솔내천 정비 사업 다시 미뤄져」제목의 기사,"
        " 동녘신문 3월 4일 자 5면「솔내천 공사 또 연기」제목의 기사에 대하여 각각"
        " ‘주의’ 조처한다. 근거는 기사의 출처 표시를 다룬 조항이다.",
        "두 신문의 위 보도는 누리통신이 3월 3일 오후 4시 10분에 송고한 글을 거의"
        " 그대로 옮겼다. 그런데도 두 신문은 각각 자사 이름을 달았다.",
        "이러한 보도 태도는 다른 언론사의 저작권을 침해한 것으로 보도윤리강령"
        " 제5조「기사의 출처 표시」를 위반했다고 인정하여 주문과 같이 결정한다.",
        "보도윤리강령 제5조「기사의 출처 표시」",
    ]
)


def test_the_rule_a_sentence_above_cites_is_no_headline() -> None:
    """A line that a finished sentence right above holds whole is the phrase that sentence cites,
    printed again (a rule's name under the decision that applies it): it restates that line, as a
    subhead does, and is no headline; the page has none."""
    row = normalize_document(CITED_RULE_PAGE)
    assert row["title"] is None
    assert_same_headline(CITED_RULE_PAGE)


# an e-mail printed with its header: the sender field, the addressee, then the subject line,
# which is the message's headline
E_MAIL_UNDER_ITS_HEADER = "\n".join(
    [
        "From: Ines Calloway <ines@harbourtrust.example>",
        "To: Kestrel Bay newsroom",
        "Subject: Harbour Trust sets out plans for the old docks",
        "",
        "Ines Calloway, director of the Harbour Trust, told the Kestrel Bay chamber of commerce on"
        " Monday that the old docks could hold two hundred new homes by 2020.",
        "The trust bought the docks from the port authority last year and has asked three"
        " architects to draw up plans.",
    ]
)


def test_an_e_mail_s_subject_below_its_sender_is_its_headline() -> None:
    """The lines below a sender field are its address up to a title field: an e-mail's
    "Subject: …" right below its sender and addressee is its headline."""
    row = normalize_document(E_MAIL_UNDER_ITS_HEADER)
    assert row["title"] == "Harbour Trust sets out plans for the old docks"
    assert_same_headline(E_MAIL_UNDER_ITS_HEADER)


# a television station's clip page: its headline opens with flags, the second in brackets, as a
# wire story's dateline opens with its place and agency, but no comma follows the first word
FLAGGED_CLIP_PAGE = "\n".join(
    [
        "WKVR News 9",
        "WATCH (VIDEO): Crews lift the last span of the Millbrook bridge",
        "The county says the new bridge will open to traffic in September",
        "June 4, 2024 5:12 PM",
        "Crews lifted the last steel span of the new Millbrook bridge into place on Tuesday,"
        " two months ahead of the schedule the county set last spring.",
        "The old bridge, closed since a flood cracked its piers in 2021, will be torn down"
        " once the new one opens.",
    ]
)


def test_flags_before_a_bracket_open_a_headline_no_wire_dateline() -> None:
    """A wire story's dateline names its place and, after a comma, its state or day before the
    agency in brackets; a flag in capitals before a bracketed one opens a headline."""
    row = normalize_document(FLAGGED_CLIP_PAGE)
    assert row["title"] == "WATCH (VIDEO): Crews lift the last span of the Millbrook bridge"
    assert_same_headline(FLAGGED_CLIP_PAGE)


# a books page's interview: its rubric's label before the writer's name, a deck opening with
# the name below it
INTERVIEW_UNDER_ITS_RUBRIC = "\n".join(
    [
        "Interview: Maria Lopez",
        "Maria Lopez on her new novel, the sea and leaving Kestrel Bay",
        "Maria Lopez was twenty when she left Kestrel Bay for the city, and she has been writing"
        " about the harbour she left ever since.",
        "Her new novel, out this week, follows a ferry captain through one winter.",
    ]
)


def test_a_rubric_s_label_before_a_name_over_its_deck_stays() -> None:
    """A banner's call closes with an exclamation mark ("Now Open: Seed Library!"); a rubric's
    label before a name, over a deck opening with that name, stays the headline's own."""
    row = normalize_document(INTERVIEW_UNDER_ITS_RUBRIC)
    assert row["title"] == "Interview: Maria Lopez"
    assert_same_headline(INTERVIEW_UNDER_ITS_RUBRIC)


# a farm paper's page: its masthead's line of running text, then the story under a headline
# that opens with a prompt's words, over its day
HEADLINE_OPENING_WITH_A_PROMPT_S_WORDS = "\n".join(
    [
        "Kestrel Bay Farmer: news of the bay's farms and orchards since 1898, read by growers,"
        " packers and ferry crews every morning of the week.",
        "More from less: bay farms double their yields on half the water",
        "June 4, 2024",
        "Farmers around Kestrel Bay doubled their yields this summer while drawing half the water"
        " they used five years ago, the county's farm office said on Tuesday.",
        "Most of them switched to drip lines after the drought of 2021.",
    ]
)


def test_a_headline_opening_with_a_prompt_s_words_below_a_paragraph_stays() -> None:
    """Below the first paragraph a credit's label and its colon ("Source: …") head nothing; a
    headline opening with a prompt's words ("More from …") over its day heads its story."""
    row = normalize_document(HEADLINE_OPENING_WITH_A_PROMPT_S_WORDS)
    assert row["title"] == "More from less: bay farms double their yields on half the water"
    assert_same_headline(HEADLINE_OPENING_WITH_A_PROMPT_S_WORDS)


# a travel feature: its title, a time of day and the town after a comma, over a story that names
# the town and none of the title's other words
FEATURE_TITLED_WITH_ITS_TOWN = "\n".join(
    [
        "Blue Hour, Lisbon",
        "",
        "When the trams stop for a minute at the top of the hill, Lisbon turns the colour of slate"
        " and the river goes quiet under the bridge.",
        "",
        "The cafés along the square put out their chairs, and the first ferries leave for the far"
        " bank with a handful of workers on board.",
        "",
        "By eight the streets are full again.",
    ]
)


def test_a_feature_s_title_of_common_words_and_its_town_is_no_byline() -> None:
    """A byline's name holds a word no word list holds common, its surname most often; a
    feature's title of common words before its town after a comma is its headline."""
    row = normalize_document(FEATURE_TITLED_WITH_ITS_TOWN)
    assert row["title"] == "Blue Hour, Lisbon"
    assert_same_headline(FEATURE_TITLED_WITH_ITS_TOWN)


# a council's news page: the page's title, the headline with a full stop glued on, over the
# story's own headline, its day and the story
HEADLINE_UNDER_ITS_COPY_WITH_A_STOP = "\n".join(
    [
        "Harbour board votes to close the old ferry terminal.",
        "Harbour board votes to close the old ferry terminal",
        "June 4, 2024",
        "The harbour board voted five to two on Monday to close the old ferry terminal at the end"
        " of the month, ending ninety years of crossings from the east quay.",
        "Passengers will board at the new pier on the west side of the harbour from March 1.",
    ]
)


def test_a_headline_under_its_copy_with_a_stop_is_the_page_s_own() -> None:
    """A title printed twice is one even when it closes with a full stop, both copies closed
    alike; a headline below its copy with a stop glued on is the page's own, the copy a
    sentence."""
    row = normalize_document(HEADLINE_UNDER_ITS_COPY_WITH_A_STOP)
    assert row["title"] == "Harbour board votes to close the old ferry terminal"
    assert_same_headline(HEADLINE_UNDER_ITS_COPY_WITH_A_STOP)


# a city broadcaster's weather item: its title of two words, the page's first line, right over
# its story
TITLE_OF_TWO_WORDS_OVER_ITS_STORY = "\n".join(
    [
        "Весна откладывается",
        "",
        "Снег в Заречинске пролежит ещё неделю. Синоптики обещают ночью до минус двадцати"
        " градусов, а днём не выше минус восьми.",
        "",
        "Тёплый воздух придёт в область не раньше последних дней марта.",
    ]
)


def test_a_title_of_two_words_the_page_opens_with_over_its_story_is_its_headline() -> None:
    """A page opening with a title of two words right over a paragraph of two sentences or more
    prints a short headline over its story, though the story shares none of its words; a lone
    word there, or a site's label of what it is about, heads no story."""
    row = normalize_document(TITLE_OF_TWO_WORDS_OVER_ITS_STORY)
    assert row["title"] == "Весна откладывается"
    assert_same_headline(TITLE_OF_TWO_WORDS_OVER_ITS_STORY)
    for label in ("Кратко", "О проекте"):
        page = TITLE_OF_TWO_WORDS_OVER_ITS_STORY.replace("Весна откладывается", label)
        assert normalize_document(page)["title"] is None
        assert_same_headline(page)


# a hosted blog's post that lost its title: the platform's label of the post it shows above it
VIEW_LABEL_OVER_A_POST = "\n".join(
    [
        "블로그온 뷰",
        "",
        "지난 주말 아이들과 함께 동네 뒷산에 올랐다. 단풍이 절정이라 좁은 등산로마다 사람이"
        " 붐볐고 정상 쉼터에는 앉을 자리가 없었다.",
        "",
        "정상에서 내려다본 저수지는 생각보다 넓었다. 다음에는 도시락을 싸 와야겠다.",
        "",
        "공지사항",
    ]
)


def test_a_platform_s_view_label_the_page_opens_with_is_no_standing_title() -> None:
    """Two words the page opens with over a paragraph of two sentences are a short headline,
    but not a blog platform's label of the post it shows, a name and its word for a view
    ("블로그온 뷰", "Blogspace View"), on a post that lost its title; the title below stays."""
    assert normalize_document(VIEW_LABEL_OVER_A_POST)["title"] is None
    assert_same_headline(VIEW_LABEL_OVER_A_POST)
    english = "\n".join(
        [
            "Blogspace View",
            "",
            "Last weekend I climbed the hill behind our street. The maples were at their best and"
            " the paths were crowded.",
        ]
    )
    assert normalize_document(english)["title"] is None
    titled = VIEW_LABEL_OVER_A_POST.replace(
        "\n\n", "\n\n가을 뒷산 산책\n\n2024. 10. 27. 18:05\n\n", 1
    )
    assert normalize_document(titled)["title"] == "가을 뒷산 산책"


# a local paper's property feature: its two-word title, a view's name, over a lead that names
# what the view is of
VIEW_NAMED_OVER_ITS_STORY = "\n".join(
    [
        "Ocean View",
        "",
        "The old hotel on the cliff road has been turned into twelve flats, each with a balcony"
        " over the ocean. The developer says half of them are already sold.",
        "",
        "Prices start at a level few islanders can pay, and the council wants some kept for local"
        " buyers.",
    ]
)


def test_a_title_ending_in_view_that_its_story_echoes_is_a_standing_title() -> None:
    """Two words closing with a word for a view are a platform's label only while the story
    does not echo the first: "Ocean View" over flats above the ocean is the story's title."""
    assert normalize_document(VIEW_NAMED_OVER_ITS_STORY)["title"] == "Ocean View"
    assert_same_headline(VIEW_NAMED_OVER_ITS_STORY)


# a news site's first-person column: the writer's name and the time it went up, then the
# column's headline, a turn of phrase its story echoes by a word, over its deck
COLUMN_UNDER_ITS_WRITER_S_LINE = "\n".join(
    [
        "Нина Латышева Опубликована сегодня в 09:40",
        "",
        "Свой опыт: как я перестала покупать кофе навынос и что из этого вышло",
        "",
        "Термос вместо стаканчика: привычка, которая окупилась за два месяца",
        "",
        "Каждое утро по дороге на работу я заходила в кофейню у остановки. Стаканчик, крышка,"
        " трубочка — и через десять минут всё это уже лежало в урне. Однажды я посчитала, сколько"
        " трачу за месяц, и купила термос.",
        "",
        "С чего я начала",
        "",
        "Первую неделю я варила кофе дома и забывала термос на столе. Потом повесила записку на"
        " дверь.",
    ]
)


def test_a_column_s_headline_under_its_writer_s_line_has_its_deck_below() -> None:
    """The writer's name before a publication label and a relative day is the page's dateline;
    the long line right under it is the column's headline, though its story echoes one word of
    it only, and the line below, which the lead echoes better, its deck."""
    row = normalize_document(COLUMN_UNDER_ITS_WRITER_S_LINE)
    assert row["title"] == COLUMN_UNDER_ITS_WRITER_S_LINE.split("\n")[2]
    assert row["published_at"] is None  # a relative day without a reference time
    assert_same_headline(COLUMN_UNDER_ITS_WRITER_S_LINE)


def test_a_headline_over_a_short_first_paragraph_sharing_one_word_stays_the_headline() -> None:
    """A long headline under the writer's line over a first paragraph in a deck's shape that
    shares one word with it is still the headline, whichever of them reads as its deck."""
    page = "\n".join(
        [
            "Vera Grant | May 3, 2024",
            "",
            "The harbour ferry that islanders still depend on through the long winter",
            "",
            "Ferry timetables change",
            "",
            "The new timetable starts in June, the operator said on Tuesday, and the early crossing"
            " moves to seven.",
            "",
            "Islanders say the early boat is the only way to reach the clinic before noon.",
        ]
    )
    assert normalize_document(page)["title"] == page.split("\n")[2]
    assert_same_headline(page)


# a monitoring service's item: its title of two words trailing off, over its story cut short
TITLE_TRAILING_OFF_OVER_ITS_STORY = "\n".join(
    [
        "Река проснулась…",
        "",
        "За ночь вода в Сосновке у моста поднялась на тридцать сантиметров. Спасатели просят"
        " жителей низин убрать лодки с берега. Фоторепортаж Петра...",
    ]
)


def test_a_title_of_two_words_trailing_off_is_no_sentence_cut_short() -> None:
    """Two words trailing off with an ellipsis title a story as one word titles a letter; a
    longer line trailing off is a sentence cut short."""
    row = normalize_document(TITLE_TRAILING_OFF_OVER_ITS_STORY)
    assert row["title"] == "Река проснулась…"
    assert_same_headline(TITLE_TRAILING_OFF_OVER_ITS_STORY)
    longer = TITLE_TRAILING_OFF_OVER_ITS_STORY.replace("Река проснулась…", "Река проснулась ночью…")
    assert normalize_document(longer)["title"] is None


# a station's clip page that lost its headline: the player's label while it loads, the clip's day
# and its description
CLIP_UNDER_A_LOADING_PLAYER = "\n".join(
    [
        "Loading Video…",
        "",
        "March 3, 2024",
        "The harbour board voted on Monday to build a new ferry pier at the north end of the bay,"
        " its chair said.",
        "",
        "Work will start in the spring, and the old pier will close in the autumn.",
    ]
)


@pytest.mark.parametrize(
    "label",
    [
        "Loading Video…",
        "Loading...",
        "Please wait…",
        "Load more…",
        "Buffering…",
        "Loading player…",
        "Video loading...",
        "동영상 로딩 중…",
        "Загрузка плеера…",
    ],
)
def test_a_player_s_or_a_list_s_label_trailing_off_is_no_headline(label: str) -> None:
    """A fixed label trailing off with an ellipsis, a player's while it loads or a list's
    button, is a widget's, not two words titling a story."""
    page = CLIP_UNDER_A_LOADING_PLAYER.replace("Loading Video…", label)
    assert normalize_document(page)["title"] is None
    assert_same_headline(page)


# a regional paper's note on its next issue: the bookmark buttons of its reader's bar between the
# note's title and the issue's front-page story
ISSUE_NOTE_UNDER_BOOKMARK_BUTTONS = "\n".join(
    [
        "Читайте в газете «Северный берег» в четверг, 3 октября 2024 года",
        "",
        "Добавить в закладки",
        "",
        "Удалить из закладок",
        "",
        "Войдите, чтобы добавить в закладки",
        "",
        "02.10.2024 17:20",
        "0",
        "",
        "Читать все комментарии",
        "",
        "2140",
        "",
        "ГЛАВНОЕ. СТАРАЯ ПРИСТАНЬ, НОВАЯ ЖИЗНЬ!",
        "В Заречинском районе после ремонта на линию вернулся паром «Ладога». В первый рейс вышли"
        " волонтёры, школьники и преподаватели речного колледжа, работники пристани и представители"
        ' власти. "Паром - это не только дорога на остров. Это ещё и наша общая память о тех, кто'
        ' строил причалы",- сказал заместитель главы района Игорь Соболев.',
        "",
        '"НА ОСТРОВЕ Я ВСЕГДА КАК ДОМА"',
        "Известный художник, почётный житель района и",
    ]
)


def test_a_reader_s_bookmark_buttons_are_no_headline() -> None:
    """ "Добавить в закладки" ("Add to bookmarks"), "Удалить из закладок" and the prompt to log
    in for them are the fixed labels of a reader's buttons, not a title: the note's own title
    above them is taken, and without it the page has none; a headline about bookmarks is one."""
    assert normalize_document(ISSUE_NOTE_UNDER_BOOKMARK_BUTTONS)["title"] == (
        "Читайте в газете «Северный берег» в четверг, 3 октября 2024 года"
    )
    untitled = ISSUE_NOTE_UNDER_BOOKMARK_BUTTONS.split("\n", 2)[2]
    assert normalize_document(untitled)["title"] is None
    headline = "Добавить в закладки: как браузеры хранят наши ссылки"
    story = f"{headline}\n\nБраузеры научились хранить тысячи ссылок, но находить их стало трудно."
    assert normalize_document(story)["title"] == headline
    assert_same_headline(ISSUE_NOTE_UNDER_BOOKMARK_BUTTONS)


# a mobile reader's page of a book: its link to the full site above the book's title and its text
BOOK_UNDER_A_FULL_VERSION_LINK = "\n".join(
    [
        "",
        "Полная версия",
        "Лодка у мельницы",
        "Всё лето мы чинили её вдвоём с отцом. Доски сохли медленно, краска"
        " ложилась пятнами, а соседский мальчишка каждое утро спрашивал, когда мы выйдем на воду."
        " Вышли мы только в сентябре.",
    ]
)


def test_a_mobile_page_s_link_to_the_full_site_is_no_candidate() -> None:
    """ "Полная версия", a mobile page's link to its full site, is a widget's fixed label, no
    headline; the book's title below it heads the page."""
    row = normalize_document(BOOK_UNDER_A_FULL_VERSION_LINK)
    assert row["title"] == "Лодка у мельницы"
    assert_same_headline(BOOK_UNDER_A_FULL_VERSION_LINK)


# an agency's daily newsreel: its title with its day, the day's heads one under another, then
# each story again under its own head, with its dateline and a sign-off
NEWSREEL_OVER_ITS_CONTENTS = "\n".join(
    [
        "KVA Newsdesk Valmer 14 – 04 - 2011",
        " ",
        "Port board names new harbour master",
        " ",
        "Rail link to Essby delayed by a year",
        " ",
        "Schools close early for spring floods",
        " ",
        "Fishing fleet returns with record catch",
        " ",
        "Port board names new harbour master",
        "Kessel (North Coast) 14 April 2011",
        "The port board on Saturday named Ms Ines Korvald, a former ferry captain, as the new"
        " harbour master of Kessel.",
        "She takes over from Mr Tomas Brenn, who retires after twenty years in the post.",
        "Send your comments to the desk",
        "Rail link to Essby delayed by a year",
        "Essby (Inland Region) 14 April 2011",
        "The new rail link between Essby and the coast will open a year late, the transport"
        " ministry said on Saturday.",
        "Engineers found soft ground under two of the planned bridges.",
        "Send your comments to the desk",
    ]
)


def test_a_page_s_contents_are_its_items_under_its_title() -> None:
    """Heads listed one under another, then printed again below, each over its own story, are
    the page's contents: the line above them is its title, dated, in the page's language."""
    row = normalize_document(NEWSREEL_OVER_ITS_CONTENTS)
    assert row["title"] == "KVA Newsdesk Valmer 14 – 04 - 2011"
    assert row["title_lang"] == "en"
    assert row["published_at"] == datetime(2011, 4, 14, tzinfo=UTC)
    assert_same_headline(NEWSREEL_OVER_ITS_CONTENTS)


# a regional channel's story: a short headline opening with the quoted name of a paper, its
# closing guillemet no trail's mark
HEADLINE_OPENING_WITH_A_QUOTED_NAME = "\n".join(
    [
        "«Заря» отметила 30-летие",
        "В пятницу в редакцию районной газеты пришли читатели, ветераны и школьники из соседних"
        " сёл с цветами и пирогами.",
        "Первый номер газеты вышел осенью 1995 года тиражом в две тысячи экземпляров.",
        "Сегодня издание выходит дважды в неделю и ведёт свой канал в мессенджере.",
    ]
)


def test_a_headline_opening_with_a_quoted_name_is_no_breadcrumb() -> None:
    """A "»" closing a quoted name a headline opens with, its words going on after it, is no
    trail's mark: the line is the headline, not a crumb and the page's title."""
    row = normalize_document(HEADLINE_OPENING_WITH_A_QUOTED_NAME)
    assert row["title"] == "«Заря» отметила 30-летие"
    assert_same_headline(HEADLINE_OPENING_WITH_A_QUOTED_NAME)


# a clip site's copy of a weather report: the description copied onto one line with its line
# breaks printed as markup, the headline before the first
HEADLINE_BEFORE_MARKUP_BREAKS = "<br /><br />".join(
    [
        "[날씨] 내일 남부 곳곳 소나기…한낮 30도 안팎 무더위",
        "오늘 한빛시의 낮 기온이 31도까지 오르며 올여름 들어 가장 더웠습니다.",
        "내일은 남부 내륙을 중심으로 오후 한때 소나기가 지나겠고,"
        " 예상 강수량은 5에서 40밀리미터입니다.",
        "한낮 기온은 한빛 30도, 솔내 32도로 오늘과 비슷하겠습니다.",
        "동해 먼바다의 물결이 높게 일겠으니 해안가에서는 안전사고에 유의하시기 바랍니다.",
        "주말에는 대체로 맑겠지만 더위는 다음 주까지 이어지겠습니다.",
        "밤사이 열대야가 나타나는 곳이 있겠으니 실내 온도 관리에 신경 써 주시기 바랍니다.",
        "자외선 지수도 매우 높게 나타나겠으니 한낮에는 야외 활동을 줄이시는 게 좋겠습니다.",
        "서해안과 남해안에는 새벽 한때 짙은 안개가 끼겠으니 출근길 교통안전에 유의하셔야겠습니다.",
        "바다의 물결은 서해와 남해 앞바다에서 0.5에서 1미터로 비교적 잔잔하게 일겠습니다.",
        "다음 주 초반에는 정체전선이 북상하면서 제주도를 시작으로 장맛비가 내릴 가능성이 있습니다.",
        "비 소식이 있기 전까지는 무더위가 계속되겠으니 충분한 수분 섭취로 건강 관리에 힘써 주시기"
        " 바랍니다.",
        "날씨 전해드렸습니다.",
    ]
)


def test_a_headline_before_line_breaks_printed_as_markup() -> None:
    """A description copied onto one line, its line breaks printed as markup ("<br />"), opens
    with its headline: the text before the first break is read, however long the line."""
    assert len(HEADLINE_BEFORE_MARKUP_BREAKS) > 500
    row = normalize_document(HEADLINE_BEFORE_MARKUP_BREAKS)
    assert row["title"] == "내일 남부 곳곳 소나기…한낮 30도 안팎 무더위"
    assert_same_headline(HEADLINE_BEFORE_MARKUP_BREAKS)


# a blog's copy of a story, its quotation marks escaped as a script's string prints them
HEADLINE_WITH_ESCAPED_QUOTES = "\n".join(
    [
        'Городской музей открыл выставку про \\"старый порт\\"',
        "В субботу в городском музее открылась выставка о порте, который работал у реки до 1960"
        " года: фотографии, карты и вещи грузчиков.",
        "Экспозиция будет открыта до конца сентября, вход для школьников бесплатный.",
    ]
)


def test_a_headline_s_escaped_quotation_marks_are_printed_plain() -> None:
    """A backslash escaping a quotation mark, as a script's string prints it, is no part of
    the headline."""
    row = normalize_document(HEADLINE_WITH_ESCAPED_QUOTES)
    assert row["title"] == 'Городской музей открыл выставку про "старый порт"'
    assert_same_headline(HEADLINE_WITH_ESCAPED_QUOTES)


# a county paper's story: the headline's own first word, an adjective, over a lead that opens
# with an article in its place
HEADLINE_OVER_A_LEAD_WITH_ITS_ARTICLE = "\n".join(
    [
        "Old Mill Reopens as Museum",
        "",
        "The mill reopens as a museum on Saturday after three years of repairs. Entry is free"
        " for the first month.",
        "",
        "The building dates from 1820.",
    ]
)


def test_a_headline_s_own_first_word_stays_where_its_lead_opens_with_an_article() -> None:
    """One word before the words a lead opens with after an article is the headline's own
    ("Old Mill Reopens as Museum" over "The mill reopens …"), no label glued on."""
    lines = HEADLINE_OVER_A_LEAD_WITH_ITS_ARTICLE.split("\n")
    assert without_glued_label(lines[0], 0, lines) == lines[0]
    assert normalize_document(HEADLINE_OVER_A_LEAD_WITH_ITS_ARTICLE)["title"] == lines[0]
    assert_same_headline(HEADLINE_OVER_A_LEAD_WITH_ITS_ARTICLE)


# a district council's news page: the section's label, the page's first line, right over the
# first item's lead, no headline of its own
SECTION_LABEL_OVER_A_LEAD = "\n".join(
    [
        "Local news",
        "",
        "The bridge on Mill Road will close for repairs from Monday. Drivers are asked to use the"
        " ring road instead, the council said.",
        "",
        "Work is expected to last three weeks.",
    ]
)


def test_a_section_s_label_of_two_words_over_a_lead_is_no_headline() -> None:
    """A section's label of two words the page opens with, right over a lead, heads no story,
    though a title of two words there does."""
    assert normalize_document(SECTION_LABEL_OVER_A_LEAD)["title"] is None
    assert_same_headline(SECTION_LABEL_OVER_A_LEAD)


@pytest.mark.xfail(
    strict=True,
    reason="a section's label of two words ('Written statements') is shaped as a short headline"
    " ('Thaw postponed') is; only a page that prints it again (a menu) tells them apart",
)
def test_an_assembly_s_section_label_over_a_lead_is_no_headline() -> None:
    page = SECTION_LABEL_OVER_A_LEAD.replace("Local news", "Written statements")
    assert normalize_document(page)["title"] is None


# a ferry company's news page: a story, then a link to read on trailing off with an ellipsis,
# then the next story's head
LINK_TRAILING_OFF_UNDER_A_STORY = "\n".join(
    [
        "Ferry fares rise again",
        "",
        "The harbour board raised fares by a tenth on Monday. Commuters say the rise is too steep.",
        "",
        "Read more…",
        "",
        "Council elects new mayor",
    ]
)


def test_a_link_of_two_words_trailing_off_is_no_headline() -> None:
    """Two words trailing off with an ellipsis are a title, but a link to read on below a
    story ("Read more…", "Читать далее…") is none."""
    russian = "\n".join(
        [
            "Тарифы на паром снова выросли",
            "",
            "Портовое управление в понедельник подняло тарифы на десятую часть. Пассажиры"
            " недовольны.",
            "",
            "Читать далее…",
            "",
            "Мэр Заречинска ушёл в отставку",
        ]
    )
    for page in (LINK_TRAILING_OFF_UNDER_A_STORY, russian):
        assert normalize_document(page)["title"] == page.split("\n")[0]
        assert_same_headline(page)


# a station's clip page that lost its headline: the player's status over the clip's story
PLAYER_STATUS_OVER_A_STORY = "\n".join(
    [
        "Loading Video…",
        "",
        "A crane toppled onto the harbour road in Port Ellery on Tuesday. No one was hurt, the"
        " police said.",
        "",
        "The road stays shut until Friday while engineers check the quay wall.",
    ]
)


def test_a_player_s_loading_status_is_no_headline() -> None:
    """Two words trailing off are a title, but a player's status while it loads ("Loading
    Video…", "Загрузка видео…", "로딩 중…") is a fixed label of the page, no story's."""
    assert normalize_document(PLAYER_STATUS_OVER_A_STORY)["title"] is None
    assert_same_headline(PLAYER_STATUS_OVER_A_STORY)
    russian = "\n".join(
        [
            "Загрузка видео…",
            "",
            "Во вторник на портовую дорогу в Заречинске упал кран. Никто не пострадал, сообщили"
            " в полиции.",
        ]
    )
    assert normalize_document(russian)["title"] is None
    headed = PLAYER_STATUS_OVER_A_STORY.replace("\n\n", "\n\nCrane topples\n\n", 1)
    assert normalize_document(headed)["title"] == "Crane topples"


# a station's clip page: the player's status while it waits for its stream, over the clip's
# headline or, on a page that lost it, over its story
BUFFERING_OVER_A_HEADLINE = "\n".join(
    [
        "Buffering…",
        "",
        "Crane topples onto harbour road",
        "",
        "March 3, 2024",
        "",
        "A crane toppled onto the harbour road in Port Ellery on Tuesday. No one was hurt, the"
        " police said.",
    ]
)
BUFFERING_OVER_A_STORY = BUFFERING_OVER_A_HEADLINE.replace(
    "Crane topples onto harbour road\n\n", ""
)


def test_a_player_s_buffering_status_is_skipped() -> None:
    """A player's status while it waits for its stream ("Buffering…", "Loading player…") is a
    fixed label of the page: the headline below it is taken, and a page with none has none."""
    assert normalize_document(BUFFERING_OVER_A_HEADLINE)["title"] == (
        "Crane topples onto harbour road"
    )
    assert normalize_document(BUFFERING_OVER_A_STORY)["title"] is None
    assert_same_headline(BUFFERING_OVER_A_STORY)


# a Russian city paper's story under an English headline, a festival's name
ENGLISH_HEADLINE_ON_A_RUSSIAN_PAGE = "\n".join(
    [
        "Harbour Lights Festival opens",
        "",
        "В Заречинске открылся фестиваль огней. На набережной установили сорок световых"
        " инсталляций, их можно увидеть до конца месяца.",
        "",
        "Вход на набережную свободный.",
    ]
)


def test_a_headline_s_own_letters_outweigh_the_page_s_languages() -> None:
    """The page's languages are the headline's prior, no more: an English headline on a
    Russian page is English, a Korean headline quoting an English song's title Korean, and
    the song's title alone on a Korean page English."""
    assert normalize_document(ENGLISH_HEADLINE_ON_A_RUSSIAN_PAGE)["title_lang"] == "en"
    lead = "밴드 파도소리의 신곡이 음원 차트 1위에 올랐다. 소속사는 20일 이같이 밝혔다."
    for title, lang in (
        ("밴드 파도소리 'Midnight Ferry Lights' 차트 1위", "ko"),
        ('"Midnight Ferry" tops the charts', "en"),
    ):
        row = normalize_document("\n".join([title, "", lead]))
        assert (row["title"], row["title_lang"]) == (title, lang)


# a regional paper's tag page under a breadcrumb, its phrase before a colon and the tag
TAG_PHRASE_BEFORE_A_COLON = "\n".join(
    [
        "Главная » Архив",
        "",
        'Новости с меткой: "Речной порт"',
        "",
        "Город »",
        "",
        "В речном порту Заречинска начали разгружать первую в этом году баржу с песком для"
        " ремонта набережной.",
        "Разгрузка займёт три дня, а работы на набережной начнутся в конце месяца. Подрядчик"
        " обещает закончить их до осени.",
        "Марина Лаптева, начальник порта: «Мы ждали эту баржу с апреля, теперь всё пойдёт"
        " быстрее, ...",
    ]
)


def test_a_tag_page_s_phrase_before_a_colon_names_its_tag() -> None:
    """'Новости с меткой: …' names a tag as 'Записи с меткой …' does, a colon before the tag,
    and a breadcrumb's trail above it is no story head: the page is the tag's, no headline."""
    assert normalize_document(TAG_PHRASE_BEFORE_A_COLON)["title"] is None
    assert_same_headline(TAG_PHRASE_BEFORE_A_COLON)


# a hockey club's news archive under its next home game, each teaser cut at a count of
# characters with no mark closing it
UNITS_WITH_TEASERS_CUT_OPEN = "\n".join(
    [
        "Next home game",
        "14 October, Fri 19:00",
        "vs",
        "Harbour Seals",
        " — ",
        "Riverton Otters",
        "",
        "Club news",
        "",
        "News archive",
        "  • 02 Apr 2011",
        "",
        '    Coach Reyes: "The series will be a long one"',
        "",
        "    The Otters are quick and they hit hard in their own rink, so we spent the week on"
        " their first two games and know where we can be sharper on the power pl",
        "",
        "    512",
        "",
        "  • 02 Apr 2011",
        "",
        '    Captain Moss: "The fans were our sixth skater tonight"',
        "",
        "    When the stands sing through the whole third period you find more in your legs,"
        " so thanks to everyone who came out on a weeknight and stayed until",
        "",
        "    437",
        "",
        "  • 01 Apr 2011",
        "",
        "    Playoffs: the second round schedule is out",
        "",
        "    The first two games of the series are in Riverton and the third and fourth at our"
        " rink, the puck drops at 19:00 and tickets go on sale on",
        "",
        "    689",
    ]
)


def test_units_with_teasers_cut_open_make_a_listing() -> None:
    """Units of one shape, each a dated head over a teaser cut at a count of characters (longer
    than a headline, no mark closing it) and a counter, are a listing's: the widget's label
    above them is no headline."""
    assert normalize_document(UNITS_WITH_TEASERS_CUT_OPEN)["title"] is None
    assert_same_headline(UNITS_WITH_TEASERS_CUT_OPEN)


def test_an_article_whose_paragraphs_a_scraper_cut_open_keeps_its_headline() -> None:
    """An article's paragraphs each cut at a count of characters, no mark closing them, under
    one dated headline make no listing: its headline stays."""
    page = "\n".join(
        [
            "Harbour board delays its ruling on the winter fishing quota again",
            "",
            "May 3, 2024",
            "",
            "The harbour board has again delayed its ruling on the winter quota for the fishing"
            " boats, and the skippers say they cannot wait much longer for",
            "",
            "The board met on Thursday evening in the old customs house and heard from the"
            " skippers, the buyers and the staff of the fish market until late in the",
            "",
            "A ruling is now expected in June, the chair of the board said after the meeting,"
            " adding that the delay was caused by a late report from the",
        ]
    )
    assert normalize_document(page)["title"] == page.split("\n")[0]
    assert_same_headline(page)


# a library's post under its template's byline: the "by" put before the site user's name, the
# day after a comma, over the post's headline
TEMPLATE_BYLINE_POST = "\n\n".join(
    [
        "에 의해 solbit, 8 5월, 2023",
        "솔빛도서관, 여름 독서교실 참가자 모집",
        "솔빛도서관은 2023년 7월 24일부터 초등학생을 위한 여름 독서교실을 연다고 8일 밝혔다."
        " 참가 신청은 5월 15일부터 받는다.",
        "독서교실은 하루 두 시간씩 열리며 참가비는 없다.",
    ]
)


def test_a_byline_of_a_user_and_a_day_is_no_headline() -> None:
    """A line of a "by" word, a site user's name and a day is a byline in any language, the
    word before the name or after it: the post's headline is the line below it."""
    row = normalize_document(TEMPLATE_BYLINE_POST)
    assert row["title"] == "솔빛도서관, 여름 독서교실 참가자 모집"
    assert_same_headline(TEMPLATE_BYLINE_POST)


# a neighbourhood board's post: its header fields, the subject's label and the board's category
# printed before the post's short title on its line, a chatty body that echoes none of it
BOARD_POST_SUBJECT_ON_ITS_LINE = "\n".join(
    [
        "달빛마을 커뮤니티",
        "- 자유롭게 이야기 나누는 곳입니다.",
        "Date 2021/03/14 22:10:05",
        "Name 솔바람",
        "Subject [일반] 도서관 야간 개방",
        "",
        "어제 저녁에 산책을 하다가 불이 켜진 건물을 봤습니다.",
        "",
        "안에 들어가 보니 사람이 꽤 많았어요. 다음 달까지 시범으로 한다고 합니다.",
        "",
        "* 좋았던 점",
        "",
        "조용하고 의자가 편했습니다.",
    ]
)


@pytest.mark.parametrize("label", ["Subject [일반]", "Subject:", "제목"])
def test_a_title_field_s_label_before_its_value_makes_it_the_headline(label: str) -> None:
    """A board's title field printed with its label on one line holds the post's headline, as
    the line under a label alone does, whatever its body says."""
    page = BOARD_POST_SUBJECT_ON_ITS_LINE.replace("Subject [일반]", label)
    row = normalize_document(page)
    assert row["title"] == "도서관 야간 개방"
    assert_same_headline(page)


# a neighbourhood board's post: a popup's label, the board's name, the post's title trailing
# off after a clause it leaves open, its info block and stamp, then the post
TRAILING_CLAUSE_POST = "\n".join(
    [
        "오늘 하루 보지 않기",
        "",
        "우리동네 이야기",
        "",
        "새로 생긴 무인 세탁방에 이불 들고 갔더니…",
        "",
        "작성자 솔바람",
        "댓글 2건 조회 87회 작성일 24-06-11 08:40",
        "",
        "본문",
        "",
        "주말에 큰 이불을 빨려고 상가 1층에 새로 생긴 무인 세탁방에 다녀왔어요.",
        "기계는 넉넉한데 건조기가 오래 걸려서 한 시간 넘게 기다렸습니다.",
        "그래도 이불 냄새는 좋네요.",
    ]
)

# a county's notice printed without its headline: its first sentence, cut short after a clause
# it leaves open, then the rest of the story
CUT_SENTENCE_WITHOUT_A_HEAD = "\n".join(
    [
        "솔내군은 다음 달부터 읍내와 외곽 마을을 잇는 버스 노선을 세 개 늘리고, 배차 간격도"
        " 줄이기로 했는데…",
        "",
        "군 관계자는 주민 불편을 줄이기 위한 조치라고 설명했다. 주민들은 환영의 뜻을 밝혔다.",
    ]
)


def test_a_korean_title_trailing_off_after_an_open_clause_is_no_sentence() -> None:
    """A Korean line closed by an ellipsis after a syllable that closes no sentence ("…
    갔더니…") leaves its clause open, as a headline does; after a sentence's closing syllable
    ("…기다렸다…") it stays a sentence cut short."""
    title = "새로 생긴 무인 세탁방에 이불 들고 갔더니…"
    assert normalize_document(TRAILING_CLAUSE_POST)["title"] == title
    assert_same_headline(TRAILING_CLAUSE_POST)
    assert not reads_as_sentence(title)
    assert reads_as_sentence(title.replace("갔더니…", "갔다…"))
    assert_same_headline(TRAILING_CLAUSE_POST.replace("갔더니…", "갔다…"))


# a hiking club's board: the trail to the board, the post's title trailing off in two dots, the
# writer's nickname, day and views, then the post on one line with two dots for its pauses
TWO_DOTS_POST = "\n".join(
    [
        "HOME / 모임방 / 나눔게시판",
        "  • 봄 산행 후기..",
        "    들꽃 2011/04/18 233",
        "      안녕하세요..들꽃입니다.. 지난 일요일 산행 다녀온 지 벌써 사흘이 지났네요.. 사진을"
        " 올리고 싶었는데 방법을 몰라서 글만 남겨요.. 날씨가 좋아서 정상까지 모두 함께"
        " 올랐답니다.. 다음 산행도 기대할게요..",
    ]
)


def test_a_korean_title_trailing_off_in_two_dots_is_no_sentence() -> None:
    """A Korean writer trails off in two dots as in an ellipsis ("봄 산행 후기.."): the title
    leaves its clause open, no sentence; two dots after a sentence's closing syllable ("…
    올랐답니다..") still close a sentence."""
    title = "봄 산행 후기.."
    assert not reads_as_sentence(title)
    assert reads_as_sentence("정상까지 모두 함께 올랐답니다..")
    assert normalize_document(TWO_DOTS_POST)["title"] == title
    assert_same_headline(TWO_DOTS_POST)


# a rowing club's page: its captain's column under a heading left open in an ellipsis, over a
# salutation and the letter
CAPITALISED_HEADING_LEFT_OPEN = "\n".join(
    [
        "Notes From the Boathouse…",
        "",
        "Dear Members,",
        "",
        "The new pontoon went in on Saturday and the juniors were on the water within the hour."
        " Thank you to everyone who carried timber down the slipway in the rain.",
        "",
        "The winter sculling league starts next month and the sign-up sheet is by the kettle.",
        "",
        "Hattie Brennan, Captain",
    ]
)


def test_a_capitalised_heading_trailing_off_is_no_sentence() -> None:
    """A short heading trailing off in an ellipsis with each of its long words opening with a
    capital ("Notes From the Boathouse…") is a column's title left open, as the Korean one
    above; a line in small letters closed so ("Notes from the boathouse…", "The new pontoon
    went in…") stays a sentence cut short."""
    title = "Notes From the Boathouse…"
    assert normalize_document(CAPITALISED_HEADING_LEFT_OPEN)["title"] == title
    assert_same_headline(CAPITALISED_HEADING_LEFT_OPEN)
    assert not reads_as_sentence(title)
    assert not reads_as_sentence("Notes From the Boathouse...")
    for small in ("Notes from the boathouse…", "The new pontoon went in on Saturday…"):
        assert reads_as_sentence(small)
        assert_same_headline(CAPITALISED_HEADING_LEFT_OPEN.replace(title, small))
    small = CAPITALISED_HEADING_LEFT_OPEN.replace(title, "Notes from the boathouse…")
    assert normalize_document(small)["title"] is None


# a youth football club's page: its gallery's button opening the page over the match report,
# printed without a headline
BUTTON_LABEL_TRAILING_OFF = "\n".join(
    [
        "View All Photos…",
        "",
        "The Tillbury under-twelves lifted the county shield on Sunday after a penalty shoot-out"
        " at Orr Park.",
        "",
        "Coach Dina Marsh said the squad had trained twice a week since August.",
        "",
        "12 May 2024",
    ]
)


def test_a_button_label_capitalising_every_word_is_no_column_heading() -> None:
    """A label trailing off with every word capitalised, no short word kept small ("View All
    Photos…"), is a button's, no column's heading left open ("From the Pastor's Desk…" keeps
    its "the"): the page printed without a headline has none."""
    assert normalize_document(BUTTON_LABEL_TRAILING_OFF)["title"] is None
    assert_same_headline(BUTTON_LABEL_TRAILING_OFF)
    assert reads_as_sentence("View All Photos…")
    heading = BUTTON_LABEL_TRAILING_OFF.replace("View All Photos…", "Notes From the Touchline…")
    assert normalize_document(heading)["title"] == "Notes From the Touchline…"


def test_a_long_korean_sentence_cut_after_an_open_clause_is_no_headline() -> None:
    """A line longer than a headline trailing off after a clause it leaves open ("… 했는데…")
    is a sentence cut short, and no headline of a page printed without one."""
    assert normalize_document(CUT_SENTENCE_WITHOUT_A_HEAD)["title"] is None
    assert_same_headline(CUT_SENTENCE_WITHOUT_A_HEAD)


# a personal blog's post: the platform's skip link to its sidebar, the post's two-word title,
# its paragraphs between lines holding a space, the share buttons glued on one line
SKIP_LINK_OVER_A_SHORT_TITLE = "\n".join(
    [
        "사이드바 영역으로 건너뛰기",
        "",
        "김장하는 날",
        "",
        "올해도 김장하는 날이라 큰집 마당에 친척들이 모여 배추 백 포기를 절였다. 손이 많으니 "
        "점심 전에 속 넣기까지 끝났다.",
        "",
        " ",
        "",
        "저녁에는 갓 버무린 김치에 수육을 삶아 다 같이 나눠 먹었다.",
        "",
        "이웃블로그 공감 버튼트위터로 보내기페이스북에 공유하기",
    ]
)


def test_a_skip_link_to_the_sidebar_is_machinery_over_a_short_title() -> None:
    """A skip link to a part of the page ("사이드바 영역으로 건너뛰기", like "Skip to main
    content") is the platform's fixed label, no candidate: the post's short title below it
    opens the page."""
    assert normalize_document(SKIP_LINK_OVER_A_SHORT_TITLE)["title"] == "김장하는 날"
    assert_same_headline(SKIP_LINK_OVER_A_SHORT_TITLE)


# a club's board page scraped without its post's headline: the skip link to the menu, the
# post's paragraphs, then the board's list of posts
SKIP_LINK_OVER_A_HEADLESS_POST = "\n".join(
    [
        "메뉴 건너뛰기",
        "",
        "솔내마을 사진동아리가 다음 달부터 회원 전시회를 마을회관 2층에서 연다. 전시는 한 달 동안 "
        "이어지며 회원 열두 명이 찍은 마을 풍경 사진 마흔 점이 걸린다.",
        "",
        "동아리 회장은 “처음 여는 전시라 모두 설레고 있다”며 “주민들이 많이 들러 주시면 좋겠다”고 "
        "말했다.",
        "",
        "번호 제목 글쓴이 날짜",
        "412 가을 출사 일정 안내 들꽃 2024.09.02",
        "411 필름 카메라 나눔합니다 바람소리 2024.09.01",
        "410 지난 모임 사진 올립니다 들꽃 2024.08.30",
    ]
)


def test_a_skip_link_to_the_menu_is_no_headline_of_a_headless_post() -> None:
    """A skip link to the menu ("메뉴 건너뛰기", like "Skip to navigation" and "Перейти к
    меню") is a fixed label of the page's own, no candidate: a post printed without its
    headline under it has none, and the link's words inside a headline leave it one."""
    assert normalize_document(SKIP_LINK_OVER_A_HEADLESS_POST)["title"] is None
    assert_same_headline(SKIP_LINK_OVER_A_HEADLESS_POST)
    english = SKIP_LINK_OVER_A_HEADLESS_POST.replace("메뉴 건너뛰기", "Skip to navigation")
    assert normalize_document(english)["title"] is None
    headline = "메뉴 건너뛰기 없이 코스 요리만 내는 식당들"
    titled = SKIP_LINK_OVER_A_HEADLESS_POST.replace("메뉴 건너뛰기", headline)
    assert normalize_document(titled)["title"] == headline


# a city outlet's tag page: the bare label over the tag's name, a view switch, then the leads
# of the stories filed under it, none printed with a headline
TAG_PAGE_OF_LEADS = "\n".join(
    [
        "Тег",
        "",
        "Озёрный край",
        "",
        "Просмотр",
        "",
        "Паромная переправа Озёрного края откроется на неделю раньше: лёд сошёл уже к началу "
        "апреля, сообщили в администрации района.",
        "",
        "Рыбаки Озёрного края жалуются, что весенний запрет на лов в этом году продлили на две "
        "недели. В районной инспекции говорят, что причина в поздней икрометке.",
        "",
        "Школьники из Ключевого собрали для маяка на мысе новую табличку с историей его "
        "смотрителей. Табличку повесят к началу навигации.",
    ]
)


def test_a_tag_label_over_the_tag_s_name_and_a_view_switch_makes_a_tag_page() -> None:
    """A tag's label alone may stand one line higher than the line right above the first
    story: its name and a view switch between ("Тег" / "Озёрный край" / "Просмотр"); the
    leads below are the tag's stories, and the tag's name is no headline."""
    assert normalize_document(TAG_PAGE_OF_LEADS)["title"] is None
    assert_same_headline(TAG_PAGE_OF_LEADS)
    unlabelled = TAG_PAGE_OF_LEADS.replace("Тег\n\n", "", 1)
    assert normalize_document(unlabelled)["title"] == "Озёрный край"


SERIES_PART_PAGE = "\n".join(
    [
        "본문 바로가기",
        "검색 바로가기",
        "주메뉴 바로가기",
        "",
        "강물 따라 걷는 마을 <상> 물길이 바꾼 장터",
        "",
        "글자크기 글자 크게글자 작게",
        "",
        "강물 따라 걷는 마을 <상> 물길이 바꾼 장터",
        "",
        "[한빛일보] 입력 2019.05.14 03:00 / 수정 2019.05.14 09:12",
        "",
        "나룻배 사공 최도윤",
        "40년 노 젓기 “물길이 곧 길이었다” … 장터가 강가로 옮겨온 사연",
        "",
        "솔내군 하류 마을의 장터는 100년 전만 해도 산 아래 고갯길에 있었다. 강 건너 마을 사람들이"
        " 나룻배를 타고 오가면서 장터는 조금씩 강가로 내려왔다고 주민들은 말한다.",
        "",
        " 나룻배 사공 최도윤(71)씨는 “배가 끊기면 장도 서지 않았다”며 “물길이 곧 길이었다”고 했다."
        " 그는 40년 동안 하루도 빠짐없이 노를 저었다.",
    ]
)

STAFF_BYLINE_PAGE = "\n".join(
    [
        " date 2021-03-09 Dana Whitlow – Harbor-Star staff",
        "",
        "PORT ELLERY — The county library board on Tuesday approved longer evening hours at its"
        " two branch libraries, starting next month.",
        "",
        "“People kept asking us to stay open after work,” said librarian Mara Quist.",
        "",
        "The Eastside branch will close at 8 p.m. on Tuesdays and Thursdays, and the Riverside"
        " branch will open on Saturday mornings.",
    ]
)

ARROWS_CAPTION_PAGE = "\n".join(
    [
        "![]() |",
        "↑↑ 솔내군청 |",
        "이번 회의에서는 지난해 마을 축제의 성과를 보고받고 올해 축제 계획을 심의했으며, 축제를"
        " 키울 방안도 논의했다.",
        "위원들은 축제마다 주차와 안내를 손봐야 한다는 의견을 냈고, 모든 축제가 무사히 치러지도록"
        " 힘을 모으기로 했다.",
        "올해는 4월 강변 벚꽃축제를 시작으로 수박축제, 단풍축제, 눈꽃축제가 솔내군 곳곳에서"
        " 열린다.",
    ]
)

# a market story whose headline draws a rise with a double arrow inside it, over its deck
ARROWS_IN_A_HEADLINE_PAGE = "\n".join(
    [
        "시장",
        "",
        "금리 ↑↑ 대출 문턱 높아진다",
        "",
        "2024.03.12 10:20",
        "",
        "다음 달부터 솔내은행의 주택담보대출 금리가 0.3%포인트 오른다. 은행은 조달 비용이"
        " 늘었다고 설명했다.",
        "",
        "대출자들의 부담이 커질 전망이다.",
    ]
)


def test_a_series_part_in_angle_brackets_is_no_breadcrumb() -> None:
    """A feature's headline holding its series' part in angle brackets ("<상>"), printed twice
    around the font size buttons, stays a headline: the bracket closing the part is no crumb's
    arrow, and the deck under the dateline does not take its place."""
    head = "강물 따라 걷는 마을 <상> 물길이 바꾼 장터"
    assert normalize_document(SERIES_PART_PAGE)["title"] == head
    assert_same_headline(SERIES_PART_PAGE)


def test_a_writer_and_the_outlet_s_staff_is_a_byline() -> None:
    """A story without its headline opens with its writer's name before a spaced dash and the
    outlet's staff: a byline, not the headline; the page has none."""
    found = normalize_document(STAFF_BYLINE_PAGE)
    assert found["title"] is None
    assert found["published_at"] == datetime(2021, 3, 9, tzinfo=UTC)
    assert_same_headline(STAFF_BYLINE_PAGE)


def test_a_caption_under_a_double_arrow_is_no_headline() -> None:
    """A photograph's caption that a double arrow points from to the picture above ("↑↑
    솔내군청") is no headline of a story printed without one."""
    assert normalize_document(ARROWS_CAPTION_PAGE)["title"] is None
    assert_same_headline(ARROWS_CAPTION_PAGE)


# a heritage channel's brief with no headline: a lead that names two exhibitions in quotation
# marks, the rest of its sentence glued to the second one's closing mark, the reporter's line and
# the copyright line
QUOTED_NAMES_LEAD_PAGE = "\n".join(
    [
        "솔내군립박물관은 설 연휴 사흘 동안 특별전 “바닷길 천 년”과 “등대지기의 하루”전시를 무료로"
        " 엽니다.",
        "“바닷길 천 년”은 솔내 앞바다에서 건진 배와 그릇 1,200점을 모아 뱃길의 역사를 보여주는"
        " 전시입니다.",
        "“등대지기의 하루”는 등대를 지킨 사람들의 일기와 사진으로 꾸몄습니다.",
        "박물관은 연휴 동안 가족 체험 행사도 함께 엽니다.",
        "취재팀 한가람",
        "저작권자 © 솔내문화TV 무단전재 및 재배포 금지",
    ]
)


def test_a_sentence_going_on_after_a_quoted_name_is_no_glued_deck() -> None:
    """The rest of a lead's sentence glued to the closing mark of an exhibition's quoted name
    ("…“등대지기의 하루”전시를 무료로 엽니다.") closes with its stop: the sentence going on, no
    deck glued to a headline, so the lead is not cut into a headline; the brief has none."""
    assert normalize_document(QUOTED_NAMES_LEAD_PAGE)["title"] is None
    assert_same_headline(QUOTED_NAMES_LEAD_PAGE)


def test_a_double_arrow_inside_a_headline_is_its_own() -> None:
    """A double arrow inside a headline draws a rise ("금리 ↑↑ …"): only one opening its line
    points at a photograph, so the headline stays one."""
    assert normalize_document(ARROWS_IN_A_HEADLINE_PAGE)["title"] == "금리 ↑↑ 대출 문턱 높아진다"
    assert_same_headline(ARROWS_IN_A_HEADLINE_PAGE)


# a national daily's story page: its section's long bulleted menus (sections, three dozen weather
# towns, the network's stations) above the trail, the headline, the writer's name, title and
# stations, the date and the lead
_TOWNS = [
    "Arawhiti Bay",
    "Brackenford",
    "Coldwater",
    "Dunmore Flat",
    "Elmstead",
    "Fernvale",
    "Glenroy",
    "Hapuawai",
    "Iron Creek",
    "Kahurangi Point",
    "Larchmont",
    "Millbrook",
    "Northcliff",
    "Oruawhenua",
    "Pinehaven",
    "Queenshill",
    "Rata Valley",
    "Saltmarsh",
    "Tawhero",
    "Upper Kerr",
    "Vinegar Hill",
    "Waitoa Springs",
    "Westmere",
    "Yarrow",
    "Ashgrove",
    "Birchley",
    "Cooper's Ford",
    "Drayton",
    "Eskdale",
    "Fairlight",
    "Greywater",
    "Hollowell",
    "Inchbury",
    "Juniper Flat",
    "Kirkwall",
    "Lowmoor",
]
MENUS_OVER_A_WRITERS_STATIONS = "\n".join(
    [
        "Harvest Desk",
        *(
            f"  • {item}"
            for item in (
                "Harvest Desk home",
                "Latest",
                "Valley news",
                "Dairy",
                "Orchards",
                "Opinion",
            )
        ),
        "",
        "Weather",
        "",
        *(f"  • {town}" for town in _TOWNS),
        "",
        "Our stations",
        "",
        *(f"  • {station}" for station in ("River 104", "Kiwa FM", "Gold Coastline", "Tide Radio")),
        "",
        "Home / Harvest Desk",
        "",
        "Three valley councils set the steepest water charges in a decade",
        "",
        "By Tamsin Korowai",
        "Valley Reporter, River 104·Waimoko Herald·",
        "4 Mar, 2024 09:20 AM3 mins to read",
        "",
        "Farmers in three valley districts will pay the steepest water charges in a decade this"
        " winter, their councils say, after floods wrecked two pumping stations.",
        "",
        "The Arawhiti council said its charge would rise by a fifth.",
    ]
)


def test_a_long_bulleted_menu_leaves_the_headline_among_the_candidates() -> None:
    """A list's middle items, never a headline, count apart from the page's first forty
    candidates, so a headline under forty menu items is weighed; the writer's title under the
    byline, with the stations they write for after a comma, is the byline's."""
    row = normalize_document(MENUS_OVER_A_WRITERS_STATIONS)
    assert row["title"] == "Three valley councils set the steepest water charges in a decade"
    assert "Valley Reporter" not in row["body"]
    assert_same_headline(MENUS_OVER_A_WRITERS_STATIONS)


# a blog's post: a headline in title case of two sentences, its category, its lead printed twice
TITLED_PAIR_PAGE = "\n".join(
    [
        "Marlow Bay Ferry Timetables Almost Never Hold. Here Is Why.",
        "Category: Civic Notes",
        "Marlow Bay ferry timetables are printed every spring, and most of them are wrong by"
        " the first week of summer.",
        "Marlow Bay ferry timetables are printed every spring, and most of them are wrong by"
        " the first week of summer.",
        "If you have waited at the north pier, you have watched the noon boat leave twenty"
        " minutes after the board said it would.",
        "What Most Timetables Get Wrong",
        "The typical timetable lists each crossing at its winter speed, not at the speed the"
        " boats keep in crowded weeks.",
    ]
)


def test_a_headline_of_two_sentences_in_title_case_keeps_its_stops() -> None:
    """Every long word opening with a capital, a headline and the short tag after its stop are
    no lead's sentences; the same words in sentence case are, and one sentence in title case
    stays one."""
    assert normalize_document(TITLED_PAIR_PAGE)["title"] == (
        "Marlow Bay Ferry Timetables Almost Never Hold. Here Is Why."
    )
    assert reads_as_sentence("Marlow Bay ferry timetables almost never hold. Here is why.")
    assert reads_as_sentence("Ferry Timetables Are About to Change Again.")
    assert_same_headline(TITLED_PAIR_PAGE)


# a star's tour sold out: the lead without a headline, the reporter's line, then the story's
# paragraphs printed again, the page's text cut short inside a word of the second one
CUT_OFF_COPY_PAGE = "\n".join(
    [
        "가수 한별의 전국 투어 '바닷길'이 예매 시작과 동시에 매진됐다.",
        "지난 3일 오후 8시에 열린 예매에서 한별의 투어 '바닷길' 서울 공연 티켓 전량이 10분 만에"
        " 팔렸다.",
        "이로써 '바닷길'은 2015년 첫 공연 이래 열 번 연속 매진이라는 기록을 이어가게 됐다.",
        "공연은 오는 7월 5일부터 이틀간 솔내 아트홀에서 열린다.",
        "윤가람 기자 garam@example.kr",
        "지난 3일 오후 8시에 열린 예매에서 한별의 투어 '바닷길' 서울 공연 티켓 전량이 10분 만에"
        " 팔렸다.",
        "이로써 '바닷길'은 2015년 첫 공연 이래 열 번 연속 매진이라는 기록을 이어",
    ]
)


def test_a_copy_the_page_stops_inside_is_no_headline() -> None:
    """The last line opening another line of the page and stopping inside one of its words is
    that paragraph cut short: the page has no headline; a line ending at a word's end may be a
    headline its lead opens with."""
    assert normalize_document(CUT_OFF_COPY_PAGE)["title"] is None
    assert_same_headline(CUT_OFF_COPY_PAGE)


TITLE_TWICE_WITH_ITS_ELLIPSIS = "\n".join(
    [
        "Search",
        "SECTIONS",
        *(
            f" {section}"
            for section in (
                "News",
                "Elected",
                "Elections",
                "Business",
                "Harbour",
                "Events",
                "Culture",
                "People",
                "Council",
                "Society",
                "Health",
                "Sport",
                "Garden",
                "Farming",
                "Schools",
                "Police",
                "Miscellany",
                "Town",
                "Region",
                "Roads",
                "Villages",
                "Youth",
            )
        ),
        "",
        " Adverts  |  This week's issue  |  About the paper  |  Subscribe ",
        "",
        "The last bell rings for the class of Pier Street…",
        "",
        "The last bell rings for the class of Pier Street…",
        "",
        "Fifty-four leavers said goodbye to their teachers this morning. Most of them had"
        " started there at six, and the head has known every one of them by name.",
        "- Ten years ago we could only dream of a computer room, says the head, Ada Polwarth.",
    ]
)


def test_a_headline_printed_twice_with_its_ellipsis_is_no_cut_copy() -> None:
    """A headline that ends in an ellipsis of its own, printed twice (the page's title over its
    heading), is no copy of a longer line cut short: it stays the headline."""
    row = normalize_document(TITLE_TWICE_WITH_ITS_ELLIPSIS)
    assert row["title"] == "The last bell rings for the class of Pier Street…"
    assert_same_headline(TITLE_TWICE_WITH_ITS_ELLIPSIS)


TEASER_TWICE_IN_A_BOX = "\n".join(
    [
        "Home",
        "News",
        "Sport",
        "Business",
        "",
        "Most read",
        "",
        "Harbour fees to rise for the first time in a decade, the council...",
        "Harbour fees to rise for the first time in a decade, the council...",
        "Ferry timetable changes from Monday",
        "School roof repairs finished early",
        "Library extends its summer reading hours",
        "",
        "Harbour fees to rise for the first time in a decade, the council says",
        "",
        "March 12, 2024",
        "",
        "The council voted on Tuesday to raise the fees that fishing boats pay to moor in the"
        " harbour, the first rise in ten years.",
        "Skippers said the rise would hurt the smallest boats most.",
    ]
)


def test_a_teaser_printed_twice_with_its_ellipsis_is_a_cut_copy() -> None:
    """A teaser cut short with an ellipsis and printed twice in a box is no headline of its
    own: it copies the headline printed whole further down the page."""
    row = normalize_document(TEASER_TWICE_IN_A_BOX)
    assert row["title"] == "Harbour fees to rise for the first time in a decade, the council says"
    assert_same_headline(TEASER_TWICE_IN_A_BOX)


GREETING_LETTER = "\n".join(
    [
        ".",
        "",
        "Уважаемые учителя!",
        "",
        "Уважаемые школьники и родители!",
        "",
        "Поздравляем вас с началом учебного года! В этом году школы Озёрного района примут 1840"
        " учеников, а в Сосновской и Луговской школах откроются новые мастерские.",
        "",
        "Желаем всем терпения, удачи и новых открытий!",
    ]
)


def test_a_letters_salutation_is_no_headline() -> None:
    """A salutation, a word of address first and a few words closed by an exclamation mark
    or a comma, opens a letter: it reads as running text, and the greeting has no headline."""
    assert reads_as_sentence("Уважаемые школьники и родители!")
    assert reads_as_sentence("Dear neighbours,")
    assert not reads_as_sentence("Dear Prudence returns to the stage")
    assert normalize_document(GREETING_LETTER)["title"] is None
    assert_same_headline(GREETING_LETTER)


PRICES_STORY = "\n".join(
    [
        "Главная",
        "Новости",
        "Экономика",
        "Общество",
        "Спорт",
        "",
        "Дорогие квартиры подешевели!",
        "",
        "12 марта 2024, 10:15",
        "",
        "Цены на жильё в Заречном районе за зиму снизились на восемь процентов, сообщили в"
        " городском агентстве недвижимости.",
        "Больше всего подешевели квартиры в новых домах у реки.",
    ]
)
MUSICAL_STORY = "\n".join(
    [
        "Home",
        "News",
        "Stage",
        "Music",
        "Film",
        "",
        "Dear Evan Hansen is back!",
        "",
        "March 12, 2024",
        "",
        "The touring company of the musical opens at the Harbour Playhouse on Friday for a run"
        " of three weeks, the theatre said.",
        "Tickets go on sale at the box office on Monday.",
    ]
)


def test_a_word_that_also_tells_a_quality_opens_no_salutation() -> None:
    """Only a word used solely to address someone opens a salutation: "Дорогие" (expensive)
    or "Dear" before a show's name opens a headline closed by an exclamation mark."""
    assert normalize_document(PRICES_STORY)["title"] == "Дорогие квартиры подешевели!"
    assert normalize_document(MUSICAL_STORY)["title"] == "Dear Evan Hansen is back!"
    assert_same_headline(PRICES_STORY)
    assert_same_headline(MUSICAL_STORY)


SECTION_PATH_TAG_PAGE = "\n".join(
    [
        "지역/경제 [주간 장터] 한빛시 전통시장 상품권 10% 할인 판매",
        "한빛시는 다음 달 1일부터 열흘 동안 전통시장 상품권을 10% 할인된 값에 판매한다고 밝혔다."
        " 1인당 구매 한도는 월 30만 원이며, 시내 농협과 새마을금고 스물두 곳에서 살 수 있다."
        " 시는 명절을 앞두고 장보기 부담을 덜고 시장 상인들의 매출을 늘리기 위해"
        " 할인 폭을 지난해보다",
    ]
)


def test_a_section_path_before_a_flag_is_cut_off() -> None:
    """A board's category with its part after a slash, before a flag in brackets, is the
    section's path, cut off with the flag (a tag page showing one post, titled by its head)."""
    row = normalize_document(SECTION_PATH_TAG_PAGE)
    assert row["title"] == "한빛시 전통시장 상품권 10% 할인 판매"
    assert_same_headline(SECTION_PATH_TAG_PAGE)


COLUMN_LABEL_PAGE = "\n".join(
    [
        "Tuesday, February 4, 2025",
        "34.0°F",
        "",
        "Opinion View",
        "",
        "| October 9, 2008 7:30 PM",
        "",
        "Nobody likes a longer school day, least of all the pupils. On Tuesday the Fernhill board"
        " voted 4-3 to add twenty minutes to it anyway, and it was right to.",
        "",
        "The state's reading scores for the district fell for the third year running, and the"
        " teachers themselves asked for the time.",
        "",
        "Trustee Maren Lusk, who voted no, worried about the buses. The district can move the"
        " routes; it cannot give a year of reading back.",
    ]
)


def test_a_columns_view_label_is_no_headline() -> None:
    """A column's label of its view of two words ("Opinion View"), which the editorial below
    never repeats, stands where a headline would: the page prints none."""
    row = normalize_document(COLUMN_LABEL_PAGE)
    assert row["title"] is None
    assert row["published_at"] == datetime(2008, 10, 9, 19, 30, tzinfo=UTC)
    assert_same_headline(COLUMN_LABEL_PAGE)


SIDEBAR_OVER_A_BLOG_DAY = "\n".join(
    [
        "About this blog",
        "",
        "We write here so that the members of the Quarry Lane allotments know what needs doing"
        " each week.",
        "",
        "Saturday, May 4, 2019",
        "",
        "  • The beans on the north beds need poles before the wind gets up on Sunday.",
        "  • Please leave your empty seed trays by the shed; the school will collect them.",
        "  • Mr Pruett has mended the tap by the gate, so nobody carries cans from the lane.",
    ]
)


def test_a_blogs_sidebar_heading_is_no_headline() -> None:
    """A blog's sidebar heading over what the blog is for, "About this blog", is a fixed label
    of the page's own: a day's post of bullets under it has no headline."""
    row = normalize_document(SIDEBAR_OVER_A_BLOG_DAY)
    assert row["title"] is None
    assert row["published_at"] == datetime(2019, 5, 4, tzinfo=UTC)
    assert_same_headline(SIDEBAR_OVER_A_BLOG_DAY)


# A regional daily's page: the headline, its sections as bullets, the headline again, the
# stamp and the byline, then a photograph's title that drops the headline's first word and
# ends in the photograph's number, its caption and the story.
PHOTO_TITLE_PAGE = "\n".join(
    [
        "가온군 새벽면, 제5회 주민 화합 체육대회",
        "",
        "  • 전국",
        "  • 강원",
        "",
        "가온군 새벽면, 제5회 주민 화합 체육대회",
        "",
        "  • 승인 2024-09-30 16:12",
        "  • 남궁솔 기자",
        "새벽면, 제5회 주민 화합 체육대회 열려 2",
        "가온군 새벽면 주민들이 줄다리기를 하고 있다./가온군 제공",
        "가온군 새벽면 체육회가 최근 새벽초등학교 운동장에서 제5회 주민 화합 체육대회를 열고"
        " 주민 500여 명과 함께 하루를 보냈다.",
        "",
        "가온=남궁솔 기자",
    ]
)


def test_a_line_running_on_past_a_headline_printed_twice_is_no_copy_without_a_label() -> None:
    """When the page prints the headline whole again, a line holding its words after the first
    and more (a photograph's title and number) is another thing's: the first word stays; a
    line holding those words alone still shows the label glued on."""
    lines = PHOTO_TITLE_PAGE.split("\n")
    assert without_glued_label(lines[0], 0, lines) == lines[0]
    assert (
        normalize_document(PHOTO_TITLE_PAGE)["title"] == "가온군 새벽면, 제5회 주민 화합 체육대회"
    )
    labelled = ["뉴스 새벽면, 제5회 주민 화합 체육대회", "", "새벽면, 제5회 주민 화합 체육대회"]
    assert without_glued_label(labelled[0], 0, labelled) == labelled[2]


# A personal blog's post that opens with its text and ends in the table of its category's
# other posts, under the blog platform's label naming the category.
OTHER_POSTS_PAGE = "\n".join(
    [
        "아침 일찍 뒷산 약수터까지 걸어 올라갔다.",
        "올해 처음으로 진달래가 핀 것을 보았다.",
        "내려오는 길에는 시장 국숫집에서 잔치국수를 먹었다.",
        "'동네산책' 카테고리의 다른 글",
        "강변 자전거길 (0) | 2024.04.02 |",
        "---|---|",
        "비 오는 골목 (1) | 2024.03.18 |",
        "Evening market (0) | 2024.03.02 |",
        "댓글",
    ]
)


def test_a_label_over_a_category_s_other_posts_is_no_headline() -> None:
    """ "'CATEGORY' 카테고리의 다른 글" ("other posts of …") heads a list of other posts, as
    "관련 기사" does: a post that opens with its text has no headline."""
    row = normalize_document(OTHER_POSTS_PAGE)
    assert (row["title"], row["title_lang"]) == (None, "und")


SERMON_BOARD_POST = "\n".join(
    [
        "로그인",
        "",
        "  • 목록",
        "  • 아래로",
        "  • 위로",
        "  • 쓰기",
        "  • 검색",
        "",
        "설교 빛을 나르는 자는? (요 15:12-17)",
        "",
        "  • 들꽃 들꽃",
        "  • 341",
        "  • 0",
        "",
        "빛을 나르는 자는? (요 15:12-17)",
        "",
        "어느 산골 마을에는 해가 지면 등불을 들고 골목을 도는 노인이 있었다고 합니다."
        " 아무도 그에게 그 일을 맡기지 않았지만, 그는 삼십 년 동안 하루도 빠지지 않고"
        " 골목마다 불을 밝혔습니다.",
        "",
        "우리의 신앙생활도 그렇습니다. 빛은 받는 것으로 끝나지 않고 다른 이에게 건네질 때"
        " 비로소 빛이 됩니다.",
    ]
)


def test_a_closing_reference_is_not_weighed_as_figures() -> None:
    """A short headline closing with a reference in brackets, its figures a verse's
    ("(요 15:12-17)"), is judged by its words before the brackets: a headline still."""
    assert normalize_document(SERMON_BOARD_POST)["title"] == "빛을 나르는 자는? (요 15:12-17)"
    assert_same_headline(SERMON_BOARD_POST)


# Pages that the fixed labels and the machinery shapes of headlines must leave alone: a post
# whose title opens with a sidebar's label, a two-word headline closing with 'View' that its
# text repeats, a Korean headline closing in a word that opens with '글', and a section's name
# glued before a headline that the page prints without it.
ABOUT_THIS_BLOG_POST = "\n".join(
    [
        "Gullpoint Walks",
        "",
        "About this blog: ten years on",
        "",
        "Ten years ago I wrote my first post about the cliff path above Gullpoint, and this blog "
        "has grown since.",
        "Thank you to everyone who has walked with me.",
    ]
)
HARBOUR_VIEW_STORY = "\n".join(
    [
        "Gullpoint Gazette",
        "",
        "Harbour View",
        "",
        "The new flats on the quay were opened on Friday, and every one has a view of the harbour.",
        "Residents moved in over the weekend.",
    ]
)
WRITING_HEADLINE_STORY = "\n".join(
    [
        "한빛일보",
        "",
        "작가 김하늘의 다른 글쓰기",
        "",
        "소설가 김하늘이 이번에는 동네 이야기를 담은 산문집을 냈다. 김하늘은 마을 사람들을 만나 "
        "글을 썼다.",
        "책은 다음 달 서점에 나온다.",
    ]
)
GLUED_SECTION_STORY = "\n".join(
    [
        "Politics Council votes to close the pier | Harbour Daily",
        "",
        "Council votes to close the pier",
        "",
        "The town council voted on Tuesday to close the old pier for repairs.",
        "The work will take a year.",
    ]
)
SHAPES_LEFT_ALONE = {
    ABOUT_THIS_BLOG_POST: "About this blog: ten years on",
    HARBOUR_VIEW_STORY: "Harbour View",
    WRITING_HEADLINE_STORY: "작가 김하늘의 다른 글쓰기",
    GLUED_SECTION_STORY: "Council votes to close the pier",
}


def test_headlines_shaped_like_labels_stay_headlines() -> None:
    """A fixed label is matched on the whole line, a view's label only where the text never
    repeats it, a list's heading on its last whole word; a section's name glued before the
    headline still goes when the page prints the headline without it."""
    for page, title in SHAPES_LEFT_ALONE.items():
        assert normalize_document(page)["title"] == title
        assert_same_headline(page)


# A blog's post under its date header, the weekday spelled out, its title closed by a full stop.
DATE_HEADER_POST = "\n".join(
    [
        "Tuesday, March 4, 2014",
        "",
        "Notes from the ferry queue.",
        "",
        "The morning boat to Gullholm was late again, so I counted the cars in the queue instead.",
        "",
        "Forty-one, and a tractor with a trailer of hay that nobody would let on first.",
        "",
        "No comments:",
        "",
        "Post a Comment",
    ]
)


def test_a_post_title_under_a_blogs_date_header_is_its_headline() -> None:
    """The line right under the page's one date header is the post's title, whether it ends
    with a full stop, a colon or an ellipsis, or is printed in small letters; the header dates
    the post."""
    colon = DATE_HEADER_POST.replace("Notes from the ferry queue.", "a word on the ferry queue:")
    dots = DATE_HEADER_POST.replace("Notes from the ferry queue.", "Ferry queue, again...")
    russian = DATE_HEADER_POST.replace("Tuesday, March 4, 2014", "вторник, 4 марта 2014 г.")
    for page, title in (
        (DATE_HEADER_POST, "Notes from the ferry queue."),
        (colon, "a word on the ferry queue:"),
        (dots, "Ferry queue, again..."),
        (russian, "Notes from the ferry queue."),
    ):
        row = normalize_document(page)
        assert row["title"] == title
        assert row["published_at"] == datetime(2014, 3, 4, tzinfo=UTC)
        assert_same_headline(page)


def test_a_weekday_date_under_a_headline_or_over_each_day_is_no_date_header() -> None:
    """An article's weekday date under its headline stands over a lead, and a front page's
    headers stand over each day's posts: neither gives the line under it as the title."""
    article = "\n".join(
        [
            "Ferry timetable changes from May",
            "",
            "Tuesday, March 4, 2014",
            "",
            "Boats leave earlier.",
            "",
            "The ferry company said the first boat to Gullholm will leave at six from May.",
        ]
    )
    front = DATE_HEADER_POST.replace(
        "No comments:", "Monday, March 3, 2014\n\nThe quay in fog\n\nNo boats ran today."
    )
    assert normalize_document(article)["title"] == "Ferry timetable changes from May"
    assert normalize_document(front)["title"] is None
    for page in (article, front):
        assert_same_headline(page)


# A school paper's note printed under its day alone, the weekday a long one, and with no headline
# of its own.
WEEKDAY_DAY_NOTE = "\n".join(
    [
        "Воскресенье, 15 марта 2026",
        "Команда школы посёлка Ольховка заняла первое место на областной олимпиаде по физике."
        " Учитель сказал, что ребята готовились к ней целый год.",
        "Победители поедут на заключительный этап в апреле.",
    ]
)
# A Russian blog's post under its date header, the weekday a long one and the year's "г." after
# it; the title is closed by a full stop and followed by its guest writer's name and a note on
# her.
LONG_WEEKDAY_HEADER_POST = "\n".join(
    [
        "воскресенье, 10 августа 2014 г.",
        "",
        "Маяк на косе.",
        "",
        "Ольга Веселова",
        "",
        "",
        "Гостевая заметка от смотрительницы музея на Песчаной косе. (ее страница в VK)",
        "",
        "Старый маяк на косе снова светит по ночам: летом его фонарь починили волонтёры из города.",
        "",
        "Каждый вечер в девять к нему приходят рыбаки и дети посмотреть, как загорается свет.",
    ]
)


def test_a_line_of_a_date_and_its_long_weekday_is_no_headline() -> None:
    """A line that prints only a date and its weekday (the year's "г." too) is a dateline
    however long the weekday, in any language: no headline, and a blog's header over the
    post's title, which it dates. A headline that names a weekday among its words stays one."""
    assert normalize_document(WEEKDAY_DAY_NOTE)["title"] is None
    row = normalize_document(LONG_WEEKDAY_HEADER_POST)
    assert row["title"] == "Маяк на косе."
    assert row["published_at"] == datetime(2014, 8, 10, tzinfo=UTC)
    named = WEEKDAY_DAY_NOTE.replace(
        "Воскресенье, 15 марта 2026", "В воскресенье, 15 марта 2026, в Ольховке чествуют физиков"
    )
    assert normalize_document(named)["title"] == (
        "В воскресенье, 15 марта 2026, в Ольховке чествуют физиков"
    )
    for page in (WEEKDAY_DAY_NOTE, LONG_WEEKDAY_HEADER_POST, named):
        assert_same_headline(page)


# A diocese site's interview page: the diocese's name, the site's motto and the section's name
# over the headline printed twice, a print link and the date; the lead names the diocese.
DIOCESE_HEAD_TWICE_PAGE = "\n".join(
    [
        "Приозёрная епархия Православной Церкви",
        "",
        "Официальный сайт Приозёрной епархии",
        "",
        "Епархия",
        "",
        "Епископ Игнатий: «Храм должен быть открыт для всей округи»",
        "",
        "Епископ Игнатий: «Храм должен быть открыт для всей округи»",
        "Версия для печати",
        "14 мая 2022 г. 11:20",
        "",
        "Приозёрск знают как город рыбаков и паломников. О том, почему в епархии открываются "
        "воскресные школы для взрослых и как приходы помогают одиноким старикам, журналу епархии "
        "рассказал епископ Приозёрский Игнатий.",
        "",
        "— Владыка, в последние годы в епархии стало больше молодых прихожан. С чем это связано?",
    ]
)
# A station's story whose deck is printed twice right under its headline: the deck stays one.
DECK_TWICE_PAGE = "\n".join(
    [
        "Как районная радиостанция удвоила число слушателей за год",
        "",
        "За год станция нарастила аудиторию вдвое, но что изменилось в редакции?",
        "",
        "За год станция нарастила аудиторию вдвое, но что изменилось в редакции?",
        "",
        "Районная радиостанция «Волна-Север» за год удвоила число слушателей своих передач в "
        "интернете, рассказал её главный редактор.",
    ]
)

# A library's story whose deck is printed twice under its headline's byline: the deck stays one.
DECK_TWICE_UNDER_BYLINE_PAGE = "\n\n".join(
    [
        "Library doors open again",
        "By Mira Lund, May 12, 2022",
        "Readers get a bright new hall, a small cafe and a children's corner",
        "Readers get a bright new hall, a small cafe and a children's corner",
        "The town library opened its doors again on Monday after half a year of repairs. Readers "
        "get a bright new hall, a small cafe and a children's corner with games, the librarian "
        "said.",
        "The repairs took six months.",
    ]
)


def test_a_headline_printed_twice_under_a_sites_header_is_no_deck_of_it() -> None:
    """A headline printed twice above the article, under the site's name, motto and section but
    no headline right above it, is no deck of the motto: it heads the page. A deck printed twice
    right under its headline stays that headline's deck."""
    title = "Епископ Игнатий: «Храм должен быть открыт для всей округи»"
    assert normalize_document(DIOCESE_HEAD_TWICE_PAGE)["title"] == title
    deck_title = "Как районная радиостанция удвоила число слушателей за год"
    assert normalize_document(DECK_TWICE_PAGE)["title"] == deck_title
    for page in (DIOCESE_HEAD_TWICE_PAGE, DECK_TWICE_PAGE):
        assert_same_headline(page)


def test_a_deck_printed_twice_under_its_headlines_byline_stays_its_deck() -> None:
    """A deck printed twice right under its headline's byline, the byline between them: the deck
    stays the headline's, however much more its story echoes it."""
    title = normalize_document(DECK_TWICE_UNDER_BYLINE_PAGE)["title"]
    assert title == "Library doors open again"
    assert_same_headline(DECK_TWICE_UNDER_BYLINE_PAGE)


# A town library's event page that lost its headline: the branch's address, the exhibition's
# days without a year, its hours, then its text.
LIBRARY_EVENT_PAGE = "\n".join(
    [
        "Филиал № 4, ул. Садовая, 9, тел.: 8(4212)30-11-52",
        "12 апреля – 26 апреля",
        "11.00 – 18.00",
        "Старые карты побережья рассказывают, как менялись берега залива за два века. На выставке "
        "собраны лоции, планы порта и снимки маяков из семейных архивов горожан.",
        "Выставка приурочена ко Дню города. Вход свободный.",
    ]
)


@pytest.mark.parametrize(
    ("days", "title"),
    [
        ("12 апреля – 26 апреля", None),
        ("12–26 апреля", None),
        ("Friday 12 April - Friday 26 April", None),
        # words beside the days: a headline naming them
        ("Карты побережья: 12 апреля – 26 апреля", "Карты побережья: 12 апреля – 26 апреля"),
    ],
)
def test_a_range_of_days_alone_is_no_headline(days: str, title: str | None) -> None:
    """A line that is a range of days and nothing else, two days joined by a dash or a tilde,
    their weekdays aside, is an event's run, no headline; words beside the days make one."""
    page = LIBRARY_EVENT_PAGE.replace("12 апреля – 26 апреля", days)
    assert normalize_document(page)["title"] == title
    assert_same_headline(page)


# A nursery's page of its head's letter: a title of two words, the letter's greeting, then its
# lines wrapped mid-sentence and its numbered notices.
LETTER_UNDER_A_SHORT_TITLE = "\n".join(
    [
        "원장 편지",
        "{greeting}",
        "봄꽃이 한창인 요즘, 원장 방 창밖 마당에도 아이들 웃음소리가 가득합니다. 다음 주부터",
        "새 학기 상담이 시작됩니다. 상담 시간은 반마다 따로 안내해 드리며, 바쁘신 분들은",
        "전화 상담도 가능합니다.",
        "1) 상담 신청서는 이번 금요일까지 담임 교사에게 내 주십시오.",
        "2) 현관 공사로 다음 주 월요일에는 뒷문을 이용해 주십시오.",
        "늘 아이들을 믿고 맡겨 주셔서 고맙습니다.",
    ]
)


@pytest.mark.parametrize(
    ("greeting", "title"),
    [
        ("사랑하는 가족 여러분!", "원장 편지"),
        ("학부모님께,", "원장 편지"),
        # a sentence or a label below: no letter's greeting, the two words stay held short
        ("새 학기 상담 안내입니다.", None),
        ("상담 안내", None),
    ],
)
def test_two_words_over_a_letter_s_greeting_are_its_title(greeting: str, title: str | None) -> None:
    """Two words the page opens with, right over a letter's greeting (a few words closed by an
    exclamation mark or a comma), are the letter's title, though its lines are wrapped
    mid-sentence so that no paragraph of sentences stands below them."""
    page = LETTER_UNDER_A_SHORT_TITLE.format(greeting=greeting)
    assert normalize_document(page)["title"] == title
    assert_same_headline(page)


# A museum's press page: accessibility labels, the season's slogan, the headline printed only as
# the last crumb of "Outlet / Headline", the day under it and a pointer to the outlet's story
# that names the outlet again.
OUTLET_CRUMB_PAGE = "\n".join(
    [
        "Размер шрифта:",
        "Цвет сайта:",
        "Сорок первый выставочный год",
        "",
        "Озёрная сторона / Хранитель музея рассказал о новой экспозиции старинных часов",
        "",
        "14.10.2024",
        '"Часы, которые десять лет пролежали в запасниках, снова идут, и их слышно из соседнего'
        ' зала" - Павел Ремезов.',
        "",
        "О реставрации, поездках по сёлам района и новых занятиях для школьников читайте в"
        " разговоре с хранителем на портале Озёрная сторона https://ozernaya.example/chasy/",
    ]
)


def test_an_outlet_crumb_named_elsewhere_on_the_page_is_cut_from_the_headline() -> None:
    """A short capitalised crumb before a spaced slash is the page's own name when another line
    names it; a crumb no other line names stays, a part of the headline."""
    lines = OUTLET_CRUMB_PAGE.split("\n")
    head = "Хранитель музея рассказал о новой экспозиции старинных часов"
    assert normalize_document(OUTLET_CRUMB_PAGE)["title"] == head
    assert without_outlet_crumb(lines[4], 4, lines) == head
    unnamed = OUTLET_CRUMB_PAGE.replace("на портале Озёрная сторона", "на портале газеты")
    assert normalize_document(unnamed)["title"] == lines[4]
    # the name inside a longer word is not named; nor is a crumb of many words
    inside = ["Озёрная сторона / Хранитель рассказал о новой экспозиции", "Озёрная сторонаX"]
    assert without_outlet_crumb(inside[0], 0, inside) == inside[0]
    many = ["Наша Озёрная сторона сегодня / Хранитель рассказал о новой экспозиции", ""]
    many[1] = many[0].split(" / ")[0]
    assert without_outlet_crumb(many[0], 0, many) == many[0]
    assert_same_headline(OUTLET_CRUMB_PAGE)
    assert_same_headline(unnamed)


# A citizen paper's repost of another paper's story: the source's one-word name glued to a
# slash before the headline, its deck crediting the source's edition, the day and the reporter.
SOURCE_CREDIT_REPOST = "\n".join(
    [
        "{credit}/ 섬마을 분교 학생 넷이 만든 ‘바다 신문’ 창간호 나왔다",
        "",
        "{named} 2021년 6월 3일치 솔섬면 분교 ‘바다 신문’ 창간",
        "",
        "2021-06-10     한지오 기자",
        "",
        "솔섬면 분교 학생 네 명이 직접 취재하고 쓴 학교 신문이 첫 호를 냈다. 학생들은 부두와"
        " 어촌계를 돌며 어르신들의 이야기를 받아 적었다고 9일 밝혔다.",
    ]
)


def test_a_source_s_credit_glued_to_a_slash_is_cut_from_the_headline() -> None:
    """In a script without capitals, a one-word name glued to a slash before the headline is a
    reposted story's credit to its source when another line names it ("한빛신문/ …" over "한빛신문
    2021년 6월 3일치 …"); a word no other line names stays, and so does one spaced off the slash,
    where no credit's shape holds."""
    head = "섬마을 분교 학생 넷이 만든 ‘바다 신문’ 창간호 나왔다"
    page = SOURCE_CREDIT_REPOST.format(credit="물결신문", named="물결신문")
    assert normalize_document(page)["title"] == head
    unnamed = SOURCE_CREDIT_REPOST.format(credit="물결신문", named="바다일보")
    assert normalize_document(unnamed)["title"] == f"물결신문/ {head}"
    lines = ["솔섬 / 섬마을 분교 학생 넷이 만든 신문 나왔다", "솔섬 분교"]
    assert without_outlet_crumb(lines[0], 0, lines) == lines[0]
    assert_same_headline(page)
    assert_same_headline(unnamed)


# A county station's story whose headline opens with its subject glued to a slash, the lead
# naming the same office in a sentence that retells the headline.
SUBJECT_SLASH_STORY = "\n".join(
    [
        "솔내방송 뉴스",
        "",
        "{subject}/ 내년부터 섬마을 여객선 운임 절반으로 내린다",
        "",
        "2023.11.02 18:40",
        "",
        "솔내군 해양수산과는 내년부터 섬마을 여객선 운임을 절반으로 내린다고 2일 밝혔다.",
        "",
        "운임이 내리는 항로는 모두 다섯 곳이다.",
    ]
)


def test_a_subject_glued_to_a_slash_that_the_lead_retells_stays() -> None:
    """A word glued to a slash before the headline that the lead names in a sentence retelling
    the headline is the story's subject, no source's credit ("솔내군/ …" over "솔내군 해양수산과는
    … 내린다고 밝혔다."): the headline keeps it."""
    page = SUBJECT_SLASH_STORY.format(subject="솔내군")
    head = "솔내군/ 내년부터 섬마을 여객선 운임 절반으로 내린다"
    assert normalize_document(page)["title"] == head
    assert_same_headline(page)


# A church's page of a letter with no title of its own: the church's name of two words, the
# letter's greeting, then its lines wrapped mid-sentence; the letter speaks of the church.
CHURCH_LETTER_UNDER_ITS_NAME = "\n".join(
    [
        "{name}",
        "사랑하는 성도 여러분,",
        "이번 주일 예배 후에 교회 마당",
        "대청소가 있습니다. 장갑만 챙겨",
        "오시면 도구는 교회에서 준비합니다.",
        "함께해 주셔서 감사합니다.",
    ]
)


@pytest.mark.parametrize("name", ["솔내 교회", "새빛 교회"])
def test_a_church_s_name_over_a_letter_s_greeting_is_no_title(name: str) -> None:
    """Two words over a letter's greeting are its title only when one of them names a letter
    ("편지", "letter", "письмо"): a church's name the page opens with, over "사랑하는 성도
    여러분,", heads a letter that has no title of its own."""
    page = CHURCH_LETTER_UNDER_ITS_NAME.format(name=name)
    assert normalize_document(page)["title"] is None
    assert_same_headline(page)


@pytest.mark.parametrize(
    ("crumb_line", "kept"),
    [
        ("Север / Юг: переговоры о паромной линии продолжатся в Заречье", True),
        ("Паромы / поезда: расписание меняется с понедельника на всех линиях", True),
        ("Север / Паромная линия между берегами откроется к весне", False),
    ],
)
def test_a_slash_pairing_two_names_keeps_the_headline_whole(crumb_line: str, kept: bool) -> None:
    """A crumb whose slash pairs it with the words after it (a name a colon closes, or words in
    small letters) is the headline's own part, though the body names it; a crumb before a
    headline of its own is cut."""
    page = "\n".join(
        [
            "Главная",
            "Политика",
            crumb_line,
            "15.03.2024",
            "Север и Юг договорились продолжить переговоры на следующей неделе, сообщили"
            " посредники. Паромы пойдут по новому расписанию.",
        ]
    )
    expected = crumb_line if kept else crumb_line.split(" / ", 1)[1]
    assert normalize_document(page)["title"] == expected
    assert_same_headline(page)


# A rowing club's page of its chair's letter: a title of two words, a greeting of four words that
# reads as a head of its own, then the letter's paragraphs, none repeating the title's words.
CHAIR_LETTER_OVER_A_LONG_GREETING = "\n".join(
    [
        "{title}",
        "",
        " Dear rowers and friends,",
        "",
        "The boathouse roof was mended on Thursday after two weeks of tarpaulins and buckets,"
        " and the racks along the north wall are dry again at last.",
        "",
        "Our spring regatta on the estuary is now fixed for the second Saturday of May. Crews"
        " who wish to enter should give their names to Mira at the slipway before the end of"
        " the month.",
        "",
        "Last night I sat with the other clubs of the river at the town hall, and it was good to"
        " hear that the new pontoon will be shared between all of us.",
    ]
)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Chair's Letter", "Chair's Letter"),
        ("Captain's Message", "Captain's Message"),
        # a club's name over the greeting names no letter: the letter has no title of its own
        ("Harbour Rowers", None),
    ],
)
def test_a_letter_s_title_over_a_greeting_that_reads_as_a_head(
    title: str, expected: str | None
) -> None:
    """A letter's title of two words stands right above its text though its greeting, a few
    words closed by a comma, is headline-shaped: the greeting opens the letter, so no head
    stands between the title and the letter's first paragraph."""
    page = CHAIR_LETTER_OVER_A_LONG_GREETING.format(title=title)
    assert normalize_document(page)["title"] == expected
    assert_same_headline(page)


PROMPT_OVER_A_COLUMN = "\n".join(
    [
        "{prompt}",
        "",
        "The lantern walk leaves the old quay at dusk on Saturday, and this year the bakers on "
        "Net Lane have promised to keep their ovens lit until the last lantern is home.",
        "",
        "I have walked it every autumn since the harbour wall was rebuilt, and it still surprises "
        "me how many faces turn up that I only ever see on that one night.",
    ]
)


@pytest.mark.parametrize(
    ("prompt", "title"),
    [
        ("Subscribe for 25¢ / day", None),
        ("date 2023-05-06 Support Local Journalism", None),
        ("date 2023-05-06 Поддержите редакцию", None),
        ("date 2023-05-06 후원하기", None),
        ("Lantern walk lights up the old quay again", "Lantern walk lights up the old quay again"),
        (
            "Bakers who subscribe for a year get a lantern",
            "Bakers who subscribe for a year get a lantern",
        ),
    ],
)
def test_a_subscription_offer_or_a_donation_prompt_is_no_headline(
    prompt: str, title: str | None
) -> None:
    """A paper's subscription offer ("Subscribe for 25¢ / day") or its call for readers'
    support ("Support Local Journalism", "Поддержите редакцию", "후원하기"), alone or after a
    scraper's meta date, where a headline would stand is a prompt, fixed words of each
    language; a headline holding the same words further in stays one."""
    page = PROMPT_OVER_A_COLUMN.format(prompt=prompt)
    assert normalize_document(page)["title"] == title
    assert_same_headline(page)


OFFICE_SLASH_PAGE = "\n".join(
    [
        "Monday, March 6, 2023",
        "",
        "Harbor Office / Pier Lobbies Reopened, Inspections Resumed",
        "",
        "Harbor Master Dana Orr Announces:",
        "",
        "With the winter storms behind us, {story} to the public today. Boat inspections on the "
        "north moorings resume at once.",
    ]
)


@pytest.mark.parametrize(
    ("story", "title"),
    [
        (
            "the Harbor Office and Pier lobbies have reopened",
            "Harbor Office / Pier Lobbies Reopened, Inspections Resumed",
        ),
        (
            "the Harbor Office & pier lobbies have reopened",
            "Harbor Office / Pier Lobbies Reopened, Inspections Resumed",
        ),
        (
            "the Harbor Office has opened its pier lobbies again",
            "Pier Lobbies Reopened, Inspections Resumed",
        ),
    ],
)
def test_a_slash_the_story_reads_as_and_keeps_the_headline_whole(story: str, title: str) -> None:
    """A crumb before a spaced slash that the story joins by "and" to the word after the slash
    ("the Harbor Office and Pier lobbies") is the headline's own part, one of the two names the
    slash pairs; a crumb the story names apart is cut."""
    page = OFFICE_SLASH_PAGE.format(story=story)
    assert normalize_document(page)["title"] == title
    assert_same_headline(page)


CREDIT_OVER_A_LOST_HEADLINE = "\n".join(
    [
        "{first}",
        "3 апреля 2022, 09:10 Источник vesti-zarechya.kg Комментарии",
        "Паромная переправа через Сурожу откроется в субботу, сообщили в администрации района."
        " Первый рейс уйдет с левого берега в семь утра.",
        "Расписание на май опубликуют позже, когда спадет вода.",
    ]
)


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("Фотографии: vesti-zarechya.kg", None),
        ("Фотография: Ирина Заречная", None),
        (
            "Фотографии старого парома покажут в музее Заречья",
            "Фотографии старого парома покажут в музее Заречья",
        ),
    ],
)
def test_a_photographs_credit_label_is_no_headline(first: str, title: str | None) -> None:
    """A line opening with the photographs' credit label ("Фотографии:", "Фотография:", as
    "Фото:") credits the pictures of a page that lost its headline; a headline that opens with
    the word, no label, stays the headline."""
    page = CREDIT_OVER_A_LOST_HEADLINE.format(first=first)
    assert normalize_document(page)["title"] == title
    assert_same_headline(page)


SLOGAN_OVER_A_STORY = "\n".join(
    [
        "{first}",
        "",
        "",
        "",
        "Паромную переправу через Сурожу откроют в субботу",
        "",
        "Паромную переправу через Сурожу откроют в субботу после ремонта причалов, сообщает"
        " районная администрация. Первый рейс уйдет с левого берега в семь утра, и люди"
        " снова смогут ездить в город без объезда.",
        "",
        "Комментарии",
        "Добавить",
    ]
)


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("Река, люди, берега", "Паромную переправу через Сурожу откроют в субботу"),
        ("Паромы, люди, города", "Паромную переправу через Сурожу откроют в субботу"),
        ("Переправа через Сурожу", "Переправа через Сурожу"),
    ],
)
def test_a_slogan_of_words_set_apart_by_commas_heads_no_deck(first: str, title: str) -> None:
    """A site's slogan on the first line, three single words set apart by commas, has no deck
    below it: the story's headline under it is the headline; a headline of three words over a
    longer one that says more stays the headline."""
    page = SLOGAN_OVER_A_STORY.format(first=first)
    assert normalize_document(page)["title"] == title
    assert_same_headline(page)


# A blog's category path over the post's title, its signature right under the title.
BLOG_CATEGORY_OVER_SIGNED_POST = "\n\n".join(
    [
        "본문 바로가기",
        "텃밭 가꾸기/농기구 사용 이야기",
        "삽 하나로 보낸 30일, 솔직한 사용 후기",
        "by 솔밭 2021. 4. 12.",
        "반응형",
        "지난 30일 동안 삽 하나로 텃밭을 일구며 느낀 점을 솔직한 후기로 정리해 봅니다. 삽이 "
        "가벼워서 오래 써도 손목이 덜 아팠습니다.",
        "처음 열흘은 흙이 단단해서 고생했지만, 비가 온 뒤로는 한결 수월해졌습니다.",
    ]
)
# A town site's section name over a short post title and the note of the day it was posted.
TOWN_SECTION_OVER_NOTED_POST = "\n\n".join(
    [
        "At Work Around The Harbour",
        "Pier Lights Mended",
        "Note: This entry was originally posted on March 3, 2021: 9:15 am and may be out of date.",
        "The town's crews mended the broken pier lights by the harbour this week. Residents may "
        "see a lift truck near the pier lights until Friday, and the path will stay open.",
        "Questions go to the works office at the town hall.",
    ]
)
# A news headline over its deck and byline: the story echoes the headline as much as the deck.
HEAD_OVER_DECK_AND_BYLINE = "\n\n".join(
    [
        "Harbour Ferry Returns",
        "The old boat sails again after two years in the yard",
        "By Mira Lund, March 3, 2021",
        "The harbour ferry returns to the water on Monday after two years of repairs, the town "
        "said.",
        "Tickets cost the same as before.",
    ]
)

# A short news headline over a deck that restates the lead, then the byline: the story echoes
# the deck more than the headline, but half the headline's words at least.
SHORT_HEAD_OVER_RESTATING_DECK = "\n\n".join(
    [
        "Pier Lights Fixed at Last",
        "Crews replaced twelve broken lamps along the harbour walk this week",
        "By Mira Lund | March 3, 2021",
        "Town crews replaced twelve broken lamps along the harbour walk this week, ending a winter "
        "of dark evenings on the pier. The lights were fixed after residents wrote to the council.",
        "The walk stays open while the last posts are painted.",
    ]
)
SHORT_KO_HEAD_OVER_RESTATING_DECK = "\n\n".join(
    [
        "마을 도서관 다시 문 열어",
        "주민들이 모은 책 3천 권으로 새 서가를 채웠다",
        "김미라 기자 2021.03.03 09:15",
        "마을 도서관이 석 달 만에 다시 문을 열었다. 주민들이 모은 책 3천 권으로 새 서가를 "
        "채웠다고 관장이 밝혔다.",
        "도서관은 주말에도 문을 연다.",
    ]
)


def test_a_blog_category_over_a_signed_post_title_is_no_headline() -> None:
    """A blog's category path, or a town site's section name, stands over the post's title,
    and the post's signature or the note of its day stands right under the title; the post
    echoes its title more than the label: the title heads the page. A news headline over its
    deck and byline, echoed as much as the deck, keeps its place."""
    blog = normalize_document(BLOG_CATEGORY_OVER_SIGNED_POST)
    assert blog["title"] == "삽 하나로 보낸 30일, 솔직한 사용 후기"
    assert normalize_document(TOWN_SECTION_OVER_NOTED_POST)["title"] == "Pier Lights Mended"
    assert normalize_document(HEAD_OVER_DECK_AND_BYLINE)["title"] == "Harbour Ferry Returns"


def test_a_short_headline_over_a_deck_restating_the_lead_is_no_label() -> None:
    """A short news headline over its deck and byline, the deck restating the lead: the story
    echoes the deck more, but half the headline's words at least, so the headline is no label
    of a signed post and keeps its place."""
    title = normalize_document(SHORT_HEAD_OVER_RESTATING_DECK)["title"]
    assert title == "Pier Lights Fixed at Last"
    korean = normalize_document(SHORT_KO_HEAD_OVER_RESTATING_DECK)["title"]
    assert korean == "마을 도서관 다시 문 열어"


# a club's notice board: its title, two sentences of its own, a table's header, the notice's
# day, the notice's head printed twice (its title and its heading) over the notice itself
NOTICE_TWICE_PAGE = """Notices and Past Notices

This is the notice you picked from the list of notices.
If a file goes with it, the Open File button below turns green and opens it.
Date Title Action
Date 03/Mar/2021

Harbour Walk Shut for Railing Repairs:

Harbour Walk Shut for Railing Repairs:

The harbour walk will be shut for three weeks from Monday while the council replaces its railings.
Walkers can use the lane behind the boat sheds until the work is done, the harbour office said.
Our Saturday rowing sessions go ahead from the slipway as usual.
"""

# a blog's copy of a story: the outlet and day, the story's kicker and label, its paragraphs,
# then the link card: its address, the story's headline twice, its lead cut short, its domain
_CARD_LEAD = (
    "“솔뫼항은 이 도시의 자랑입니다. 이제 앞으로 백 년을 버틸 항구를 만드는 데 모든 힘을 "
    "쏟겠습니다.”"
)
CARD_TWICE_PAGE = "\n".join(
    [
        "항구일보 2025. 3. 6. 07:09",
        "솔뫼항 개항 100주년 기념",
        "한가람 항만장 인터뷰",
        _CARD_LEAD,
        "지난달 말 항만 사무소에서 만난 한가람 항만장은 “낡은 방파제를 새로 쌓고 여객선 부두를 "
        "넓히겠다”며 이렇게 말했다.",
        "솔뫼항은 지난해 태풍으로 방파제 일부가 무너졌고, 여객선 운항이 두 달 동안 멈추기도 했다.",
        "한 항만장은 “시민들이 모아 준 기금을 항구의 새 백 년을 여는 데 쓰겠다”고 말했다.",
        "https://news.example.net/v/20250306070901071",
        "“백 년 더 버틸 항구 만들 것”…개항 100주년 솔뫼항 항만장의 다짐",
        "“백 년 더 버틸 항구 만들 것”…개항 100주년 솔뫼항 항만장의 다짐",
        _CARD_LEAD + " 지난달 말 항만 사무소에서 만난 한가람 항만장은 “낡은 방파제를",
        "news.example.net",
    ]
)

# a blog post: the site's search label, the post's title, its first paragraph, a picture's
# caption printed twice (its alt text and its caption) between two paragraphs
CAPTION_TWICE_PAGE = """Find a topic

My Garden and I. How We Get Along

I dreamt I was a gardener in a walled garden, with roses and beans all around me and a robin.

A card from the author, a picture from the garden

A card from the author, a picture from the garden

The dream came true: I have grown beans in my garden since the spring, and the robin still comes.

I was glad to find so much room for my beans, my roses and my notes on them.
"""


def test_a_head_printed_twice_over_its_lead_under_a_site_s_lines_is_the_headline() -> None:
    """A head printed twice in a row, right over the paragraph that repeats its words, is the
    article's head, though the site's title and sentences stand above it (a notice board's
    item, a blog's link card below the copy of its story); its colon closes no lead-in."""
    title = normalize_document(NOTICE_TWICE_PAGE)["title"]
    assert title == "Harbour Walk Shut for Railing Repairs:"
    assert_same_headline(NOTICE_TWICE_PAGE)
    card = normalize_document(CARD_TWICE_PAGE)["title"]
    assert card == "“백 년 더 버틸 항구 만들 것”…개항 100주년 솔뫼항 항만장의 다짐"
    assert_same_headline(CARD_TWICE_PAGE)


def test_a_caption_printed_twice_between_two_paragraphs_is_no_headline() -> None:
    """A picture's caption printed twice between two paragraphs of the post is no head of the
    story below it: the post's title keeps its place."""
    title = normalize_document(CAPTION_TWICE_PAGE)["title"]
    assert title == "My Garden and I. How We Get Along"
    assert_same_headline(CAPTION_TWICE_PAGE)


# a river town's news site: its name and section, the story's head, its deck and paragraphs,
# then a video box under the story: its label, the video's title twice over its description
VIDEO_TWICE_UNDER_STORY_PAGE = """Lowfield Courier Home   News

Ferry crossing reopens after winter repairs

The old chain ferry at Marrow Bend is carrying cars again after three months out of service.

Crews replaced the ferry's worn chain and rebuilt the landing ramps on both banks, the county said.

"We missed the ferry more than we thought," said Tilda Oake, who runs a bakery by the landing.

The county expects the crossing to stay open until the river freezes next winter.

Click here to see more...

Most Watched

Orchard Growers Gather for Spring Pruning Contest

Video: Orchard Growers Gather for Spring Pruning Contest

Orchard growers from four counties met on Saturday to show how they prune young apple trees.
"""


def test_a_head_printed_twice_under_a_headed_story_is_a_teaser() -> None:
    """A video's title printed twice over its description, below a story whose head stands
    right over its first paragraph, is a teaser under the article: the story's head stays."""
    title = normalize_document(VIDEO_TWICE_UNDER_STORY_PAGE)["title"]
    assert title == "Ferry crossing reopens after winter repairs"
    assert_same_headline(VIDEO_TWICE_UNDER_STORY_PAGE)


ISSUE_TITLE_PAGES = {
    "Harbour Bulletin - 4 September 2021": """Harbour Bulletin - 4 September 2021

Updated: Sep 7, 2021

The harbour board met on Monday and agreed to paint the old pier before the winter storms.

Boat races

The autumn races will start from the north jetty this year, and the crews meet at nine.
""",
    "Вестник прихода — 15 марта 2026": """Вестник прихода — 15 марта 2026

В воскресенье после литургии в трапезной прошло собрание прихожан, на котором обсудили ремонт \
колокольни.
""",
    "솔내 주보 - 2026년 3월 15일": """솔내 주보 - 2026년 3월 15일

이번 주일 예배 후에 교회 마당에서 봄맞이 대청소를 합니다. 모든 성도님들의 참여를 부탁드립니다.
""",
}

# A dateline's label, a breadcrumb's root and a section's name before the day: no issue's name.
NO_ISSUE_TITLE_PAGES = {
    first: f"""{first}

Ferry timetable changes for spring

The harbour board said on Monday that the ferry timetable changes in spring, with the first boat \
leaving half an hour earlier.
"""
    for first in ("Posted - 4 September 2021", "Home - March 2026", "News - 4 September 2021")
}


@pytest.mark.parametrize("title", list(ISSUE_TITLE_PAGES))
def test_a_bulletin_s_name_and_its_issue_s_day_are_its_title(title: str) -> None:
    """A bulletin's name and its issue's day after a dash, over its notices, is the title
    whole: the day is no dateline's and the name no outlet's printed before a headline."""
    page = ISSUE_TITLE_PAGES[title]
    assert normalize_document(page)["title"] == title
    assert_same_headline(page)


@pytest.mark.parametrize("first", list(NO_ISSUE_TITLE_PAGES))
def test_a_label_s_or_a_section_s_day_over_a_headline_is_no_issue_title(first: str) -> None:
    """A dateline's label, a breadcrumb's root or a section's name before a day names no
    issue: the headline below it keeps its place."""
    page = NO_ISSUE_TITLE_PAGES[first]
    assert normalize_document(page)["title"] == "Ferry timetable changes for spring"
    assert_same_headline(page)


# An event's run of days in brackets closing its headline: the headline's own dates.
EVENT_RUN_PAGES = {
    "봄꽃 사진 특별전 (2026.03.03~04.30)": """봄꽃 사진 특별전 (2026.03.03~04.30)
한빛시립미술관은 3일부터 4월 30일까지 봄꽃을 담은 사진 120여 점을 선보이는 특별전을 연다고 밝혔다.
전시는 1층 기획전시실에서 열리며 관람은 무료다.
""",
    "Lantern Bay photo show opens (2026.03.03–04.30)": """\
Lantern Bay photo show opens (2026.03.03–04.30)
The town gallery shows one hundred photographs of the bay's spring tides until the end of April.
Entry is free on weekdays.
""",
}

# A single day in brackets after a clip's headline is its broadcast's: it goes.
BROADCAST_DAY_PAGE = """바닷가 마을 봄꽃 축제 개막 (2026.03.03/아침뉴스)
솔내군 바닷가 마을에서 봄꽃 축제가 3일 개막했습니다.
축제는 이달 말까지 이어집니다.
"""


@pytest.mark.parametrize("title", list(EVENT_RUN_PAGES))
def test_an_event_s_run_of_days_in_brackets_stays_in_its_headline(title: str) -> None:
    """A run of days in brackets closing a headline, a range's mark between figures, dates
    the event the story tells of: the headline keeps it, no broadcast's day."""
    page = EVENT_RUN_PAGES[title]
    assert normalize_document(page)["title"] == title
    assert_same_headline(page)


def test_a_single_day_in_brackets_after_a_clip_s_headline_goes() -> None:
    """One day in brackets after a clip's headline, with its programme, is the broadcast's."""
    assert normalize_document(BROADCAST_DAY_PAGE)["title"] == "바닷가 마을 봄꽃 축제 개막"
    assert_same_headline(BROADCAST_DAY_PAGE)


# A district paper's story under its ad slot's label and a rate widget's figures, a number
# in the lead echoing the size's.
AD_SLOT_PAGE = """Баннер рекламный 990x90px slot1
81.25
92.7

Все на каток!

Все на каток! В заречном городском парке залили новый каток, открытый к 90-летию парка и \
юбилею его первого директора Анны Лосевой. Покататься на новом льду можно будет до 28 февраля. \
А 15 марта, как и в прошлом году, пройдёт праздник «Проводы зимы».



«Мы ждём на катке и школьников, и их родителей, и всех, кто давно не стоял на коньках. Прокат \
работает каждый день с десяти утра до девяти вечера», – сказала директор парка Алла Синицына.

Тема праздника – «Зима в городе». Его программу посвятят старым городским играм, катанию с \
горок и истории парка.

Праздник приурочен к окончанию зимних каникул, которые начнутся 10 февраля. Следите за \
новостями на странице парка: https://example.org/park



51207

Оставить отзыв:

Расскажите новости жителям района
Если Вы увидели аварию, пожар, сильный снегопад, яму на дороге или прорыв трубы, напишите нам, \
и мы расскажем об этом читателям.
"""

# Headlines that speak of a banner's size, a word or more after it: no ad slot's label.
BANNER_SIZE_HEADLINES = ("728×90 – Leaderboard", "I Hate 728×90 Banner Ads")
BANNER_SIZE_PAGE = """{headline}

Web designers have argued for years about the long thin banner across the top of a page. \
Readers skip it, advertisers pay for it, and the people who build pages have to fit it in.
"""


def test_an_ad_slot_s_label_with_a_banner_s_size_is_no_headline() -> None:
    """A short line whose last or next-to-last word is a banner's size in pixels labels an ad
    slot: the headline under it is the page's, however long the label and however near the
    top."""
    assert normalize_document(AD_SLOT_PAGE)["title"] == "Все на каток!"


@pytest.mark.parametrize("headline", BANNER_SIZE_HEADLINES)
def test_a_headline_about_a_banner_s_size_stays(headline: str) -> None:
    """A headline naming a banner's size with words after it is no ad slot's label."""
    page = BANNER_SIZE_PAGE.format(headline=headline)
    assert normalize_document(page)["title"] == headline


def test_a_korean_notice_title_written_without_spaces_holds_a_headline_s_words() -> None:
    """A board's page may hold only a notice's title, its words run together with no space: a
    long Korean line so written counts the words the segmenter spaces it into, a headline's
    length, not one word's; a short one stays a label's length."""
    page = "정화조청소작업에따른단수시간안내"
    row = normalize_document(page)
    assert (row["title"], row["title_lang"]) == (page, "ko")
    assert normalize_document("관리사무소공지사항")["title"] is None


# A school paper's page that opens with its body, hard-wrapped mid-word, and its student
# reporter's byline below it: the school and grade before the name; {head} over the body.
STUDENT_BYLINE_PAGE = "\n".join(
    [
        "{head}",
        "지난 4월 12일 솔빛중학교 2학년 학생들은 봄 현장체험학습으로 바닷가 갯벌 생태",
        "관을 다녀왔다. 학생들은 모둠별로 갯벌에 사는 생물의 이름을 찾아 기록하였",
        '다. 체험에 다녀온 한 친구는 "게가 옆으로만 걷는 줄 알았는데 앞으로도 걸어서',
        '놀랐다."라고 말하였다. 모두 안전하게 다녀온 하루였다.',
        "",
        "솔빛중학교 2학년 이서준 기자",
        "",
        "(사진 설명 : 솔빛중 2학년 학생들이 갯벌에서 생물을 살펴보는 모습.)",
    ]
)


def test_a_student_reporter_s_byline_under_a_body_opening_the_page_is_no_headline() -> None:
    """A student reporter's school, grade and name before '기자' make a byline, not a head."""
    page = STUDENT_BYLINE_PAGE.replace("{head}\n", "")
    assert line_kind("솔빛중학교 2학년 이서준 기자") == "byline"
    assert normalize_document(page)["title"] is None
    assert_same_headline(page)


def test_a_headline_naming_a_student_reporter_stays_a_headline() -> None:
    """A headline that tells what a student reporter did goes on after the name: no byline."""
    head = "솔빛중학교 2학년 이서준 기자가 걸어 본 갯벌 생태관"
    page = STUDENT_BYLINE_PAGE.replace("{head}", head)
    assert line_kind(head) != "byline"
    assert normalize_document(page)["title"] == head
    assert_same_headline(page)


def test_a_title_naming_the_day_and_clock_its_dateline_prints_is_the_headline() -> None:
    """A round-up's title naming its day and clock ('Saturday 6 March - 9pm') over the dateline
    printing them ('06/03/2021 @ 21:00') is the headline, no deck of the body's name above it;
    a title whose clock the dateline does not print is not set apart so."""
    from tests.test_timestamps import ROUND_UP_PAGE

    title = "Call-outs round up - Saturday 6 March - 9pm"
    assert normalize_document(ROUND_UP_PAGE)["title"] == title
    other_clock = ROUND_UP_PAGE.replace("06/03/2021 @ 21:00", "06/03/2021 @ 18:00")
    assert normalize_document(other_clock)["title"] == "Eastvale Harbour Coastguard"


POLL_OVER_A_HEADLESS_ITEM = "\n".join(
    [
        "Опрос",
        "Поедете ли вы этим летом на новом пароме до Ольхового острова?",
        "ОЛЬХОВКА, 12 мая — Агентство «Приречье». Новый паром до Ольхового острова выйдет на "
        "линию 1 июня, сообщили в районном департаменте транспорта.",
        "Билет будет стоить 80 рублей, паром вмещает 60 пассажиров.",
    ]
)


def test_a_poll_s_question_under_its_label_is_no_headline() -> None:
    """'Опрос' over a question is a poll's box, its question no headline of the item under
    it; a headline that asks, under no poll's label, stays the page's headline."""
    assert normalize_document(POLL_OVER_A_HEADLESS_ITEM)["title"] is None
    asked = POLL_OVER_A_HEADLESS_ITEM.replace("Опрос\n", "Транспорт\n")
    title = "Поедете ли вы этим летом на новом пароме до Ольхового острова?"
    assert normalize_document(asked)["title"] == title
    stated = POLL_OVER_A_HEADLESS_ITEM.replace("острова?\n", "острова\n")
    assert normalize_document(stated)["title"] == title[:-1]


# a city's thanks board: a skip link, the section, the board's name with a comma and glued
# again, then a reader's title trailing off in four dots and the letter right under it
FOUR_DOTS_LETTER_PAGE = "\n".join(
    [
        "Skip Navigation",
        "",
        "시민참여",
        "",
        "고마워요, 우리 이웃",
        "",
        "고마워요우리이웃",
        "",
        "{head}",
        "솔내동에 사는 한가온입니다.",
        "지난달 솔내 보건소에서 독감 예방접종을 받았습니다. 줄이 길 줄 알았는데 안내해 주신"
        " 분들 덕분에 금방 끝났습니다.",
        "",
        "간호사 선생님은 아이가 울지 않도록 노래를 불러 주셨고, 접수창구 직원분은 거동이"
        " 불편한 어르신을 의자까지 모셔다 드렸습니다.",
        "",
        "바쁜 와중에도 웃으며 일해 주신 보건소 여러분께 감사드립니다.",
    ]
)


def test_a_korean_title_trailing_off_in_four_dots_is_no_sentence() -> None:
    """Dots past three trail off as an ellipsis does ("…다녀와서...."): the title leaves its
    clause open and heads the letter under it; four dots after a sentence's closing syllable
    ("…받았습니다....") still close a sentence."""
    title = "솔내 보건소에 다녀와서...."
    assert not reads_as_sentence(title)
    assert reads_as_sentence("예방접종을 받았습니다....")
    page = FOUR_DOTS_LETTER_PAGE.format(head=title)
    assert normalize_document(page)["title"] == title
    assert_same_headline(page)
    closed = FOUR_DOTS_LETTER_PAGE.format(head="솔내 보건소에서 예방접종을 받았습니다....")
    assert_same_headline(closed)


# a club's blog: the post's title after its topic in brackets, the blog's category printed
# after it (the topic's words, spaced otherwise) and a trademark sign, then the round's results
FLAG_ECHO_POST = "\n".join(
    [
        "{head}",
        "",
        "",
        "",
        "<5월 11일 경기>",
        "",
        "■ 가온 3-1 누리",
        " 가온은 전반 10분 만에 코너킥으로 먼저 골을 넣었고, 후반에도 두 골을 더 보태며 쉽게"
        " 이겼습니다.",
        "",
        "■ 솔내 0-0 한빛",
        " 두 팀 모두 골키퍼의 선방이 이어지며 끝내 골문을 열지 못했습니다.",
    ]
)


def test_a_category_repeating_the_bracketed_flag_goes() -> None:
    """A blog's template glues the post's category after its title; when it repeats the flag
    opening the line in brackets (its letters, whatever the spaces), it goes with the sign
    after it. A headline closing with its flag's one word keeps that word ("[리뷰] … 리뷰")."""
    page = FLAG_ECHO_POST.format(head="[동호인리그] 5라운드 경기 결과 정리 동호인 리그 ™")
    assert normalize_document(page)["title"] == "5라운드 경기 결과 정리"
    assert_same_headline(page)
    own = FLAG_ECHO_POST.format(head="[결과] 5라운드 경기 결과")
    assert normalize_document(own)["title"] == "5라운드 경기 결과"
    assert_same_headline(own)


# a union's media request: its name, the request's kind, the day, the contact, then the slogan
# and the title on two lines, and the overview's title field holding both lines again
FIELD_RUN_ON_RELEASE = "\n".join(
    [
        "가온도서관노동조합 |",
        "취 재 요 청 |",
        "2024년 5월 7일(화) |",
        "한누리 대변인 010-0000-0000 |",
        "사서 정원 약속 지켜라!",
        "작은도서관 인력 충원 촉구 기자회견",
        "1. 개요",
        "○ 제목 : 사서 정원 약속 지켜라!",
        "{second}",
        "○ 일시 : 2024년 5월 8일(수) 오전 10시",
        "○ 장소 : 솔내시청 정문 앞",
        "2. 취지",
        "○ 작은도서관 한 곳을 사서 한 명이 맡는 현실을 알리고, 올해 안에 인력을 늘리라고"
        " 요구하고자 함.",
    ]
)


def test_a_title_field_running_on_to_the_next_line_is_joined() -> None:
    """A title field's value whose second line is printed bare, the next field right under it,
    runs on: the title holds both lines. A field whose next line is a sentence keeps its
    line alone."""
    page = FIELD_RUN_ON_RELEASE.format(second="작은도서관 인력 충원 촉구 기자회견")
    title = "사서 정원 약속 지켜라! 작은도서관 인력 충원 촉구 기자회견"
    assert normalize_document(page)["title"] == title
    assert_same_headline(page)
    said = FIELD_RUN_ON_RELEASE.format(second="올해 안에 인력을 늘리라고 요구합니다.")
    assert normalize_document(said)["title"] == "사서 정원 약속 지켜라!"
    assert_same_headline(said)


# an economic daily's page that lost its headline: the summary under its label glued on, the
# photograph's caption twice, its credit after a full stop and a slash, then the framed byline
# and the lead
LABELLED_SUMMARY_PAGE = "\n".join(
    [
        "{summary}",
        "{caption}",
        "{caption}",
        "",
        "| 가온경제=한누리 기자 | 솔내군이 다음 달 군청 마당에서 첫 가족 축제를 연다.",
        "",
        "솔내군은 오는 6월 1일 군청 잔디마당에서 ‘솔내 가족 잔치’를 연다고 12일 밝혔다."
        " 군이 가족 단위 행사를 따로 여는 건 처음이다.",
        "",
        "마당에는 지역 농가가 참여하는 장터가 서고, 군민회관에서는 목공 체험 부스가 운영된다.",
    ]
)
SUMMARY_LINE = '내용요약 장터·체험 부스 등 20여 개 프로그램 마련…"함께 즐기길"'
CAPTION_LINE = "솔내군청 전경./솔내군"


def test_a_caption_closed_by_a_slashed_credit_is_no_headline() -> None:
    """A caption closed by its credit after its full stop and a slash ("솔내군청
    전경./솔내군"), printed twice over the lead, is no headline; a headline holding a slash
    between words is one ("A/B 테스트로 본 …")."""
    page = LABELLED_SUMMARY_PAGE.format(summary="", caption=CAPTION_LINE)
    assert normalize_document(page)["title"] is None
    assert_same_headline(page)
    slashed = LABELLED_SUMMARY_PAGE.format(summary="", caption="A/B 테스트로 본 솔내군 축제")
    assert normalize_document(slashed)["title"] == "A/B 테스트로 본 솔내군 축제"
    assert_same_headline(slashed)


def test_a_summary_under_its_label_is_no_headline() -> None:
    """A line opening with a summary's label ("내용요약 …") is the story's summary set off by
    its label, no headline; a headline opening with a word made of the label's ("요약본 …")
    stays one."""
    page = LABELLED_SUMMARY_PAGE.format(summary=SUMMARY_LINE, caption=CAPTION_LINE)
    assert normalize_document(page)["title"] is None
    assert_same_headline(page)
    alone = LABELLED_SUMMARY_PAGE.format(summary=SUMMARY_LINE, caption="")
    assert normalize_document(alone)["title"] is None
    headline = LABELLED_SUMMARY_PAGE.format(summary="요약본 공개한 솔내군 가족 축제", caption="")
    assert normalize_document(headline)["title"] == "요약본 공개한 솔내군 가족 축제"
    assert_same_headline(headline)


# A fire department's incident page: the form's labels printed empty over the narrative.
FORM_LABELS_OVER_A_NARRATIVE = (
    "Incident Report\n\n\n"
    "Mara Quist\n"
    "Incident Number\n"
    "Incident Type\n"
    "Incident Narrative\n"
    "Shortly after dawn, crews were sent to a report of smoke from a boat shed on the north quay."
    " The first engine found nets and rope burning at the back of the shed, and the fire was out"
    " within the hour. Nobody was hurt, and the cause is being looked into.\n"
)


# A short headline over its lead, then links that open with its first word.
HEAD_OVER_LINKS_SHARING_ITS_WORD = (
    "Boat Shed Fire\n\n"
    "Crews were called to a boat shed fire on the north quay shortly after dawn on Tuesday, and"
    " the fire was out within the hour.\n\n"
    "Boat Owners\n"
    "Boat Insurance\n"
    "Boat Repairs\n"
)


def test_a_form_s_labels_printed_empty_are_no_headline() -> None:
    """'Incident Report' over 'Incident Number', 'Incident Type' names the form, no story; a
    short headline with its lead between it and links sharing its first word stays."""
    assert normalize_document(FORM_LABELS_OVER_A_NARRATIVE)["title"] is None
    assert normalize_document(HEAD_OVER_LINKS_SHARING_ITS_WORD)["title"] == "Boat Shed Fire"


# A station's story page: a wire lead without its headline, its paragraphs and a caption, then a
# second story under its own subhead.
SECOND_STORY_UNDER_A_HEADLESS_ONE = (
    "Show Slides\n"
    "Show Credits\n\n"
    "Gull Harbour, Maine (Bay Courier/AP) -- A barge carrying two bridge spans reached the harbour"
    " after a three-day tow from the south.\n\n"
    "The spans, each as long as a city block, were lifted onto trailers on Monday for the trip"
    " inland to the new crossing at Elm Falls.\n\n"
    "Harbour officials say the delivery is the first of six planned this year. The harbour spent"
    " two years strengthening its north wharf to take the loads.\n\n"
    "A crane crew from Nova Scotia was brought in for the lift, which took most of the morning.\n\n"
    "A barge carrying bridge spans arrived at Gull Harbour on Monday morning.\n\n"
    "Ferry service back on the upper river\n\n"
    "A passenger ferry is back in service on the upper river after a week tied up for repairs.\n\n"
    "The county ferry carries about 200 people a day between Alder Landing and the east bank.\n"
)


def test_a_later_story_s_head_under_a_headless_story_is_no_headline() -> None:
    """The second story's subhead, which none of the first story's paragraphs echo, is no
    headline of the page; once a paragraph above names its ferry, it heads the page again."""
    assert normalize_document(SECOND_STORY_UNDER_A_HEADLESS_ONE)["title"] is None
    echoed = SECOND_STORY_UNDER_A_HEADLESS_ONE.replace(
        "took most of the morning.", "held up the river ferry for the morning."
    )
    assert normalize_document(echoed)["title"] == "Ferry service back on the upper river"
