"""A headline and its deck glued on one line by a space: the deck is cut where a capital
opens a word the page prints in small letters elsewhere."""

from __future__ import annotations

from normalize import normalize_document
from normalize.glued_decks import before_glued_lead, headline_words, without_glued_deck
from tests.test_core_headline import assert_same_headline

HEAD = "Жители Заречья запустили флешмоб против платных стоянок у рынка"
DECK = "Горожане выкладывают снимки пустых парковок в центре"
LEAD = (
    "Пользователи соцсетей из Заречья нашли способ показать недовольство новыми тарифами: "
    "горожане фотографируют пустые платные стоянки у рынка и подписывают снимки одной меткой."
)
PAGE = ["18+", "", "Заречье", "", "/", "", f"{HEAD} {DECK}", "", LEAD]


def test_the_deck_glued_after_a_headline_is_cut() -> None:
    assert without_glued_deck(f"{HEAD} {DECK}", 6, PAGE) == HEAD


def test_a_page_with_its_head_block_flattened_prints_the_headline_alone() -> None:
    text = "\n".join(PAGE)
    assert normalize_document(text)["title"] == HEAD
    assert_same_headline(text)


def test_a_name_inside_a_headline_stays() -> None:
    """A capital that opens a name: the page never prints the name in small letters."""
    title = "Жители Заречья встретили у моста губернатора Петра Ивлева и его заместителя"
    page = [title, "", "Губернатор Пётр Ивлев приехал в Заречье в субботу утром."]
    assert without_glued_deck(title, 0, page) == title
    assert_same_headline("\n".join(page))


def test_a_headline_in_title_case_or_in_latin_letters_stays() -> None:
    title_case = "Как Настроить Меню В Боте Телеграм Быстро и Правильно"
    page = [title_case, "", "Меню в боте телеграм настраивается за пять минут, и быстро."]
    assert without_glued_deck(title_case, 0, page) == title_case
    english = "Residents protest parking fees near the market Drivers post photos of empty lots"
    assert without_glued_deck(english, 0, [english, "The drivers post photos."]) == english
    assert_same_headline("\n".join(page))


def test_a_seam_near_either_end_or_echoed_by_the_headline_alone_stays() -> None:
    """Four words before the seam and three after it at least, and the capital's word printed
    in small letters on another line than the headline's own."""
    other = "В субботу горожане вышли на уборку берега у пруда."
    cut = {
        "Жители села вышли Горожане убрали берег у пруда и аллею": False,
        "Жители села вышли вчера Горожане убрали берег у пруда и аллею": True,
        "Жители села вышли на субботник у пруда Горожане убрали": False,
        "Жители села вышли на субботник у пруда Горожане убрали берег": True,
    }
    for title, is_cut in cut.items():
        head = title.split(" Горожане")[0]
        assert without_glued_deck(title, 0, [title, other]) == (head if is_cut else title)
        assert_same_headline("\n".join([title, "", other]))
    own = "Жители села вышли на субботник у пруда Горожане и другие горожане убрали берег"
    assert without_glued_deck(own, 0, [own, "В субботу жители убрали берег."]) == own
    assert without_glued_deck(own, 0, [own, other]) == own.split(" Горожане")[0]


GLUED_HEAD = "Школьники из Заречья собрали гербарий редких трав для музея"
GLUED_LEAD = (
    "в субботу ученики седьмого класса передали краеведческому музею сорок листов гербария, "
    "собранного на лугах у реки за лето. Учитель биологии рассказала, что в гербарии есть "
    "травы, которые в районе находили последний раз много лет назад."
)


def test_a_headline_glued_to_its_lead_on_the_first_line_is_read_before_the_lead() -> None:
    """A page that opens with a paragraph: its headline runs on into its lead with no stop,
    a space or nothing between them, and the lead's first word no name."""
    more = "Музей покажет гербарий на выставке осенью."
    for glue in (" ", ""):
        lead = f"В{GLUED_LEAD[1:]}" if glue else f"Летом{GLUED_LEAD[len('в субботу') :]}"
        text = f"{GLUED_HEAD}{glue}{lead}\n{more}"
        assert normalize_document(text)["title"] == GLUED_HEAD
        assert_same_headline(text)


def test_a_lead_that_opens_with_the_headline_s_first_word_is_cut_off() -> None:
    head = "Спасатели вывели из леса заблудившихся грибников под Озёрском"
    lead = (
        "Спасатели нашли троих грибников, которые два дня не могли выйти из леса под Озёрском, "
        "сообщает пресс-служба областного управления. Все они здоровы и уже дома."
    )
    assert normalize_document(f"{head} {lead}")["title"] == head
    assert_same_headline(f"{head} {lead}")


def test_a_paragraph_keeps_its_names_and_its_sentences() -> None:
    """A name's capital (never printed small), a name glued to its second part, a stop before
    the seam, or a paragraph below another line: no headline glued on."""
    lines = [
        f"Жители Заречья встретили губернатора Петра Ивлева у моста {GLUED_LEAD}",
        f"ЗАРЕЧЬЕ, 14 мая, ОбластьИнфо. Школьники собрали гербарий редких трав {GLUED_LEAD}",
        f"Школьники собрали гербарий. Ученики из Заречья отдали его музею В {GLUED_LEAD}",
    ]
    for line in lines:
        assert before_glued_lead(line) is None
        assert_same_headline(line)
    below = f"Гербарий\n{GLUED_HEAD} В {GLUED_LEAD}"
    assert normalize_document(below)["title"] != GLUED_HEAD
    assert_same_headline(below)


HANGUL_HEAD = "새벽 버스 첫차 20분 앞당긴다 ··· 출근길 환승 대기 줄어 두 배"
HANGUL_DECK = "노선 조정 17개 구간 다음 달 시행 ··· 운전기사 충원은 '숙제'"
HANGUL_PAGE = [
    "상단여백",
    "",
    "HOME 사회 버스",
    "",
    f"{HANGUL_HEAD}{HANGUL_DECK}",
    "",
    "한결통신 유다솜 기자 | 승인 2021.03.02 10:15",
    "",
    "가람시가 다음 달부터 시내버스 첫차 시간을 20분 앞당긴다. 새벽 출근길 환승 대기 시간이 "
    "줄어들 것으로 보인다.",
    "",
    "시는 노선 조정 17개 구간을 확정하고 다음 달 1일부터 시행한다고 2일 밝혔다.",
    "",
    "다만 운전기사 충원 계획은 아직 나오지 않았다.",
]


def test_a_hangul_headline_glued_to_its_deck_with_no_space_is_cut_where_the_deck_opens() -> None:
    """The deck's first words are printed again by the article, the glued word ("배노선")
    nowhere: the headline ends before them, and the deck's words make it no longer than a
    headline (a breadcrumb above it is not taken instead)."""
    text = "\n".join(HANGUL_PAGE)
    assert without_glued_deck(HANGUL_PAGE[4], 4, HANGUL_PAGE) == HANGUL_HEAD
    assert normalize_document(text)["title"] == HANGUL_HEAD
    assert_same_headline(text)


def test_a_hangul_compound_the_page_prints_or_a_deck_it_never_echoes_stays() -> None:
    glued = HANGUL_PAGE[4]
    compound = [*HANGUL_PAGE, "두 배노선 이야기는 다음 호에 이어진다."]  # the glued word printed
    silent = [
        line.replace("노선 조정", "구간 정비") if k != 4 else line
        for k, line in enumerate(HANGUL_PAGE)
    ]  # the article never echoes the deck
    short = "새벽 버스 첫차 앞당긴다 두 배노선 조정 17개 구간 시행"  # ten words: a headline
    for line, page in ((glued, compound), (glued, silent), (short, HANGUL_PAGE)):
        assert without_glued_deck(line, 4, page) == line
    for page in (compound, silent):
        assert_same_headline("\n".join(page))


# a school paper's careers page: the brand, a back link, the level and the issue, then a series'
# name joined to its subject by an underscore over a deck and the lead
SERIES_WITH_ITS_SUBJECT_PAGE = "\n".join(
    [
        "가람학생신문",
        "",
        "뒤로",
        "",
        "중등",
        "",
        "207호",
        "",
        "직업 탐방_등대 관리원",
        "",
        "바다 위 불빛을 밤새 지키는 사람",
        "",
        "겨울 방학을 앞두고 솔빛중 학생 두 명이 섬마을 등대지기를 찾아가 하루를 함께 보냈다."
        " 해가 지기 전 렌즈를 닦고 불을 켜는 일부터 새벽 점검까지,"
        " 관리원은 질문마다 웃으며 답했다.",
        "취재 문하늘 리포터 sky@garam.example.kr",
    ]
)


def test_a_series_name_joined_to_its_subject_by_an_underscore_counts_both_words() -> None:
    """An underscore between two letters parts two words as a space does: a series' name joined
    to its subject ("직업 탐방_등대 관리원") has a headline's length, and heads the page over
    its deck."""
    assert headline_words("직업 탐방_등대 관리원", 0, ["직업 탐방_등대 관리원"], 20) == 4
    assert normalize_document(SERIES_WITH_ITS_SUBJECT_PAGE)["title"] == "직업 탐방_등대 관리원"
    assert_same_headline(SERIES_WITH_ITS_SUBJECT_PAGE)
