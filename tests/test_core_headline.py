"""The compiled core's page, echo and headline rooms against the Python ones: the same page
facts (lines, machinery, hashtags, datelines, covered lines), the same echo words and
signals, and the same headline with the same score, bit for bit.

Corpora: every fixture page, cleaned as `normalize.documents` cleans it, every line of the
fixtures, and hypothesis-generated pages (lines of headlines, datelines, machinery and mixed
scripts).
"""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime
from functools import cache
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from normalize import (
    captions,
    echo,
    glued_labels,
    headline,
    normalize_document,
    signal_weights,
    subjects,
)
from normalize.chrome import chrome
from normalize.core import compiled
from normalize.decoding import repair_text
from normalize.documents import _cut
from normalize.glued_datelines import headline_part_among
from normalize.headline import Candidate
from normalize.options import Options
from normalize.page import Page, echo_words, read_page
from normalize.text import clean_text
from tests.cases import CASES, rows
from tests.test_core import corpus, fixture_lines, fixture_pages
from tests.test_core_timestamps import dateline_tuple, micros, tzdata_zone_files  # noqa: F401 (a fixture)

core: Any = compiled()
pytestmark = pytest.mark.skipif(core is None, reason="the compiled core is not built")

NOW = datetime(2024, 5, 17, 12, tzinfo=UTC)
# The settings pages are read under: (default_tz, now).
SETTINGS = [(None, None), ("Asia/Seoul", NOW)]
EXAMPLES = settings(derandomize=True, max_examples=300, deadline=None, database=None)


def cleaned(text: str) -> str:
    """A document's text as `normalize_document` hands it to `read_page`."""
    repaired = repair_text(text).text
    return clean_text(repaired[: _cut(repaired, 0)])


@cache
def fixture_texts() -> list[str]:
    return [cleaned(text) for text in fixture_pages()]


def page_tuple(page: Page) -> tuple[Any, ...]:
    return (
        page.lines,
        [(index, kind) for index, kind in page.machinery.items()],
        [(h.tag, h.words, h.lang, h.start, h.end) for h in page.hashtags],
        sorted(page.hashtag_lines),
        [dateline_tuple(item) for item in page.datelines],
        sorted(page.dateline_lines),
        sorted(page.bylines),
    )


def python_page(text: str, tz: str | None, now: datetime | None) -> tuple[Any, ...]:
    options = Options(default_tz=tz, now=now)
    return page_tuple(read_cleaned(text) if options == Options() else read_page(text, options))


def rust_page(text: str, tz: str | None, now: datetime | None) -> tuple[Any, ...]:
    found = core.page__read_page(text, tz, micros(now))
    return (found[0], *([list(map(tuple, part)) for part in found[1:2]]), *found[2:])


def assert_same_page(text: str, tz: str | None, now: datetime | None) -> None:
    expected, got = python_page(text, tz, now), rust_page(text, tz, now)
    expected = (expected[0], [tuple(p) for p in expected[1]], *expected[2:])
    assert got == expected, text[:200]


# Pages made of what the rooms read: headlines, datelines, machinery, tags, mixed scripts.
HEADLINES = [
    "Leaders meet in Beijing",
    "FERRY FARES RISE ON MONDAY",
    "Ferry fares rise on Monday",
    "지도자들이 베이징에서 만났다",
    "Лидеры встретились в Пекине",
    "Mayor opens the new bridge over...",
    "HomeNewsMayor opens the new bridge over the river",
    "Photo by Lee Min",
    "Crews clear the pass road. Photo by Lee Min",
    "Read more: https://example.com/story",
    "Leaders meet in Beijing | Example News",
    "News / World / Leaders meet in Beijing",
    "Crews clear the pass road on Monday.Crews clear the pass road on Monday.",
    "Ferry fares rise on Monday as fuel costs climb…",
    "Why did the leaders meet?",
    "leaders meet in beijing",
    "Лидеры встретились в Пекине: что известно",
    "7 p.m. on KWXT Harbour Patrol",
    "16.2 Lee to Park, FOUR, Four!",
    "21:05 Мэр открыл новый мост",
    "9:30 PMLeaders meet in Beijing",
    "Example News",
    "× Leaders meet in Beijing",
    "R]지도자들이 베이징에서 만났다 / 한빛HTV",
]
MACHINERY = [
    "Connect with us",
    "News",
    "Top stories",
    "Share",
    "© 2024 Example News",
    "By Lee Min",
    " date 2024-03-09 By Lee Min, HNA",
    "Сейчас в Заречье",
    "−4˚C",
]
DATELINES = [
    "CBS, 9pm",
    "ABC, 3:30pm Live",
    "• 08:51",
    "11.08am BST",
    "09:12 PM",
    "10:30",
    "May 17, 2024",
    "2024.05.17 14:30",
    "입력 2024.05.17. 오후 2:30",
    "17 мая 2024, 10:15",
]
BODIES = [
    "The leaders of China and Russia met in Beijing on Thursday.",
    "지도자들이 목요일 베이징에서 만나 협력 방안을 논의했다.",
    "Лидеры России и Китая встретились в Пекине в четверг и обсудили сотрудничество.",
    "#summit #Beijing",
    "Fans trend #Lumina worldwide #kpop",
]
PIECES = HEADLINES + MACHINERY + DATELINES + BODIES
# Characters of the scripts that matter, and any character Python 3.11 knows.
SCRIPT_CHARS = st.one_of(
    st.sampled_from("가나다라마한국어베이징АБВабвгдёжЖIİıABCabcxyz0123456789٣¹ #＃…..:|-—"),
    st.characters(codec="utf-8", categories=("L", "M", "N", "P", "S", "Zs")).filter(
        lambda c: unicodedata.name(c, "") != ""
    ),
)
LINES = st.one_of(
    st.sampled_from(PIECES),
    st.text(SCRIPT_CHARS, max_size=40),
    st.builds(lambda a, b: f"{a} {b}", st.sampled_from(PIECES), st.sampled_from(PIECES)),
    st.just(""),
)
PAGES = st.lists(LINES, max_size=14).map("\n".join)


def test_echo_words_of_every_fixture_line() -> None:
    for line in fixture_lines():
        assert core.page__echo_words(line) == echo_words(line), line


def test_echo_words_leave_stress_marks_out() -> None:
    for line in ("Моско\u0301вская о\u0300бласть", "\u0301Река\u0301", "caf\u0301e \u0301\u0300"):
        assert core.page__echo_words(line) == echo_words(line), line


@EXAMPLES
@given(st.text(SCRIPT_CHARS, max_size=60))
def test_echo_words_of_generated_text(text: str) -> None:
    assert core.page__echo_words(text) == echo_words(text)


@corpus
@pytest.mark.parametrize(("tz", "now"), SETTINGS)
def test_read_page_of_every_fixture_page(tz: str | None, now: datetime | None) -> None:
    for text in fixture_texts():
        assert_same_page(text, tz, now)


@EXAMPLES
@given(PAGES)
def test_read_page_of_generated_pages(text: str) -> None:
    assert_same_page(cleaned(text), None, NOW)


# The echo room: each public function on the candidates of every fixture page.


def placed(candidate: Candidate) -> tuple[int, int, str, str]:
    return (candidate.line, candidate.order, candidate.text, candidate.key)


@cache
def read_cleaned(text: str) -> Page:
    """A cleaned page as `normalize_document` reads it under the default options, read once
    for every test of the headline rooms that compares the core on it (those on every fixture
    page run in one test process, ``corpus``, and share it)."""
    return read_page(text, Options())


@cache
def page_candidates(text: str) -> tuple[Page, list[Candidate]]:
    """A cleaned page and its candidates as Python weighs them, weighed once a page (by the
    corpus' shared weighing, `weighing_once`, in the tests that use it)."""
    page = read_cleaned(text)
    skip = page.hashtag_lines | page.dateline_lines
    dated = {item.line for item in page.datelines} | page.bylines
    return page, headline.weigh_candidates(page.lines, page.machinery, skip, dated)


def assert_same_echo(text: str) -> None:
    page, candidates = page_candidates(text)
    lines = page.lines
    filled = [index for index, line in enumerate(lines) if line]
    dated = sorted({item.line for item in page.datelines} | page.bylines)
    for candidate in candidates:
        twin = placed(candidate)
        own = headline_part_among(lines, filled, candidate.order)  # a lead may run on after it
        assert core.echo__echo(twin, lines, filled, own) == echo.echo(candidate, lines, filled, own)
        assert core.echo__repetition(twin, lines, filled) == echo.repetition(
            candidate, lines, filled
        )
        assert core.echo__has_caption_copy(twin, lines) == echo.has_caption_copy(candidate, lines)
        assert core.echo__dateline_nearness(candidate.order, dated) == echo.dateline_nearness(
            candidate.order, dated
        )
        for other in candidates:
            assert core.echo__is_cut_copy(twin, placed(other)) == echo.is_cut_copy(candidate, other)


@corpus
def test_echo_of_half_the_fixture_pages() -> None:
    """The echo of every second fixture page, those `test_headline_of_half_the_fixture_pages`
    leaves (test_core_documents compares every page's whole row)."""
    for text in fixture_texts()[1::2]:
        assert_same_echo(text)


def test_is_caption_of_every_fixture_line() -> None:
    for line in fixture_lines():
        assert core.captions__is_caption(line) == captions.is_caption(line), line
        assert core.captions__closes_with_credit(line) == captions.closes_with_credit(line), line
        assert core.captions__names_image_file(line) == captions.names_image_file(line), line
        assert core.captions__in_present(line) == captions.in_present(line), line


def _captions_alike(name: str, lines: list[str]) -> None:
    """Each of `lines` is read alike by the captions room's `name` in the core and in Python."""
    compiled_reading, python_reading = getattr(core, f"captions__{name}"), getattr(captions, name)
    for line in lines:
        assert compiled_reading(line) == python_reading(line), line


def test_in_present_alike() -> None:
    """A caption telling a past weekday in the present tense is read alike, and a lead's
    past tense, its auxiliary, a common noun's subject or a long sentence are none on either
    side."""
    lines = [
        "Harbour Master Ines Calloway inspects the pier on Tuesday.",
        "Coach Mira Tallen watching the rowers from the quay on Sunday.",
        "Harbour Master Ines Calloway inspected the pier on Tuesday.",
        "Harbour Master Ines Calloway has inspected the pier on Tuesday.",
        "The harbour masters inspect the pier on Tuesday.",
        "Ines Calloway inspects the pier. She left on Tuesday.",
        "Ines Calloway inspects the pier on Tuesday",
        "Ines Calloway inspects the north and the south pier and both of the quays and every "
        "one of the town's boat ramps on Tuesday.",
        "Ёлка Ивановна Смирнова ёжится на пирсе Tuesday.",
    ]
    _captions_alike("in_present", lines)


def test_is_caption_in_either_case() -> None:
    """A caption's marker is found in a line of any case, as in the line's lower case."""
    lines = [
        "PHOTO: Harbor Lights Agency",
        "Lanterns over the quay at dusk (Photo By Mira Tallen)",
        "CREDIT: The Northfield Courier",
        "Getty Images",
        "A quiet street in the old town of Velmora",
        "ФОТО: пресс-служба мэрии Заречска",
        "İstanbul ferry at dawn. PHOTO: Deniz Arkan",
    ]
    _captions_alike("is_caption", lines)


def test_names_image_file_alike() -> None:
    """An image's file name closing a line is read alike, and a title closing with a word and
    ".jpg" is no file name on either side."""
    lines = [
        "Board 3 col w-story.tif",
        "Pier at dusk IMG_2041.JPG",
        "harbour_crane-02.png  ",
        "항구 야경 근황.jpg",
        "When the ferry is late.jpg",
        "Paint.NET gets a new owner",
        "photo.Jpg",
        "DSC_0412.jpeg.",
    ]
    _captions_alike("names_image_file", lines)


def test_closes_with_credit_of_signed_captions() -> None:
    """A signature after a dash, two hyphens, a copyright sign or a slash, with a figure or a
    digit, too long, or opening the line, is read alike."""
    lines = [
        "Divers check the hull of the stranded trawler - Credit: Northfield Courier",
        "Divers check the hull of the stranded trawler.--COURIER PHOTO ANA LIRO",
        "Divers check the hull of the stranded trawler. — Picture by Ana Liro",
        "Паромы встали у причала из-за шторма. © Вести Заречска",
        "잠수사들이 좌초된 어선의 선체를 살피고 있다. ⓒ 바다일보",
        "Stranded trawler towed off the reef -- June 9, 2020",
        "Stranded trawler towed off the reef. — Update 2",
        "— Picture by Ana Liro",
        "Stranded trawler towed off the reef. — with six of its crew still waiting ashore",
        "Stranded trawler towed off the reef.—Courier",
        "Stranded trawler towed off the reef » — ",
        # words parted by information separators, which Python's `str.split` parts on too
        "Stranded trawler towed off the reef. — crew\x1fof\x1esix\x1dwaits\x1con\x1fshore",
        "“We will tow the trawler off the reef.” — Harbour master Ana Liro",
        "(Stranded trawler towed off the reef.) — Picture by Ana Liro",
        # a slash glued to the credit, or spaced, or inside a word
        "잠수사들이 좌초된 어선의 선체를 살피고 있다. /바다일보 제공",
        "잠수사들이 좌초된 어선의 선체를 살피고 있다. / 바다일보",
        "좌초된 어선 끌어냈다? /바다뉴스24",
        "Stranded trawler towed off the reef. /(Courier)",
        "A/B crews tow the trawler off the reef.\u3000/Courier",
        # a credit by its marker whose agency's name holds a figure, a table's border after it
        "잠수사들이 좌초된 어선의 선체를 살피고 있다. /사진=바다뉴스24 |",
        "Stranded trawler towed off the reef. — Photo=Courier 24",
        "좌초된 어선 끌어냈다 — 2024",
        # a still's subject with its rights holder's credit, the sign glued to either side
        "Harbor Lights © 2019 Bay Films, LLC",
        "Harbor Lights ©2019 Bay Films /",
        "바다의 불빛ⓒ 2020 바다필름",
        "© 2019 Bay Films, LLC",
        "Harbor Lights © Bay Films",
        "Court says a photographer's © 2019 notice did not protect her pictures",
        "Harbor Lights © 2019 by Bay Films",
        # a title left with a dangling dash or sign, no signature after it
        "Storm floods the old harbour —",
        "Council votes on the ferry budget --",
        "Mayor of Tollwick resigns ©",
        # a post's title, a cry or a question, signed by its writer after two hyphens or a dash
        "Book club is back! -- Mina Hale",
        "Who swam the bay first? — Mina Hale",
    ]
    _captions_alike("closes_with_credit", lines)
    assert not any(captions.closes_with_credit(line) for line in lines[-5:])


def test_closes_with_credit_of_given_captions() -> None:
    """A caption's sentence closed by its giver's credit ("… 제공"), and lines like it that are
    none (a headline that closes with the word, a figure or a stop in the name, a long name),
    are read alike."""
    lines = [
        "솔내시청 앞 광장의 성탄 트리. 솔내시 제공",
        "새 다리 개통식 모습. 솔내시 도로과 제공 ",
        "솔내시, 어르신 무료 급식 제공",
        "개통식 모습. 2025. 솔내시 제공",
        "개통식 모습. 솔내시 2구역 제공",
        "개통식 모습. 솔내시 도로과 교량팀 현장 사진 담당 제공",
        "개통식 모습.솔내시제공",
        "제공",
        "가을 음악회 포스터 / 솔내시 제공",
        "가을 음악회 포스터 / 솔내시 2구역 제공",
        "솔내시/한빛군, 급식 제공",
    ]
    _captions_alike("closes_with_credit", lines)


def test_is_title_label_of_every_fixture_line_and_label() -> None:
    labels = sorted(chrome().title_labels)
    # a label shouted with its colon and spaces is one; a label twice is none
    shouted = [f"  {label.upper()}: " for label in labels]
    doubled = [f"{label} {label}" for label in labels]
    for line in [*fixture_lines(), *labels, *shouted, *doubled]:
        assert core.subjects__is_title_label(line) == subjects.is_title_label(line), line


@EXAMPLES
@given(PAGES)
def test_echo_of_generated_pages(text: str) -> None:
    assert_same_echo(cleaned(text))


def assert_same_label_cut(text: str) -> None:
    """Every candidate of the page, cut of a glued label against the page's other lines."""
    page, candidates = page_candidates(text)
    for candidate in candidates:
        line, lines = candidate.line, page.lines
        assert core.echo__without_glued_label(
            candidate.text, line, lines
        ) == glued_labels.without_glued_label(candidate.text, line, lines), candidate.text


@corpus
def test_glued_label_cut_of_every_fixture_page() -> None:
    for text in fixture_texts():
        assert_same_label_cut(text)


@EXAMPLES
@given(PAGES)
def test_glued_label_cut_of_generated_pages(text: str) -> None:
    assert_same_label_cut(cleaned(text))


# Words, glues and marks a label, a headline and its copies are made of.
_LABEL_PIECES = st.lists(
    st.sampled_from(["Новости", "World", "문화", "Ab/Cd", "×", "R]", "«", "'", "“", ":", "–"]),
    max_size=3,
)
_HEAD_WORDS = st.lists(
    st.sampled_from(["ferry", "Fares", "rise", "паромы", "на", "섬", "노선", "U.S.", "2024", "»"]),
    min_size=3,
    max_size=9,
)


@EXAMPLES
@given(_LABEL_PIECES, _HEAD_WORDS, st.integers(0, 4), st.sampled_from(["", " ", "'", "»", "”"]))
def test_glued_label_cut_of_generated_labels(
    label: list[str], head: list[str], cut: int, close: str
) -> None:
    text = " ".join([*label, *head]) + close
    lines = [
        text,
        "",
        " ".join(head[cut:]),
        "https://news.example/2024/" + "-".join(head),
        "• " + " ".join(head),
    ]
    for line in range(len(lines)):
        python = glued_labels.without_glued_label(text, line, lines)
        assert core.echo__without_glued_label(text, line, lines) == python


@EXAMPLES
@given(
    _LABEL_PIECES,
    _HEAD_WORDS,
    st.integers(0, 4),
    st.sampled_from(["", "Новости", "world", "문화 소식"]),
    st.integers(0, 7),
)
def test_lead_label_cut_of_generated_labels(
    label: list[str], head: list[str], cut: int, elsewhere: str, blanks: int
) -> None:
    """A label before a headline whose first paragraph, a few lines below, opens with the
    words after it (or holds them, after the label's last word or not); the label's words
    maybe printed on other lines."""
    text = " ".join([*label, *head])
    lead = " ".join([*head[cut:], "and", "the", "rest", "of", "the", "first", "paragraph."])
    held = " ".join(["So", *label[-1:], *head[cut:], "went", "on", "for", "a", "long", "while."])
    lines = [text, *[""] * blanks, "By a reporter", lead, elsewhere, held, elsewhere]
    for line in range(len(lines)):
        python = glued_labels.without_glued_label(text, line, lines)
        assert core.echo__without_glued_label(text, line, lines) == python


@EXAMPLES
@given(st.integers(-5, 30), st.lists(st.integers(-5, 30), max_size=6))
def test_dateline_nearness_of_generated_positions(position: int, dated: list[int]) -> None:
    assert core.echo__dateline_nearness(position, dated) == echo.dateline_nearness(position, dated)


# The headline room: candidates, their signals and scores, and the headline, bit for bit.


def headline_inputs(text: str) -> tuple[list[str], dict[int, str], set[int], set[int]]:
    """What `normalize_document` hands `extract_headline` for a cleaned page."""
    page = read_cleaned(text)
    return (
        page.lines,
        dict(page.machinery),
        page.hashtag_lines | page.dateline_lines,
        {item.line for item in page.datelines} | page.bylines,
    )


def candidate_tuple(candidate: Candidate) -> tuple[Any, ...]:
    signals = list(candidate.signals.items())
    return (candidate.line, candidate.order, candidate.text, candidate.key, signals)


def headline_tuple(found: headline.Headline) -> tuple[Any, ...]:
    alts = [(alt.text, alt.lang) for alt in found.alt_titles]
    return (found.title, found.lang, alts, sorted(found.lines), found.score, found.line)


def assert_same_headline(text: str, threshold: float = 0.0) -> None:
    """The core weighs a cleaned page's candidates and picks its headline as Python does; the
    other rooms' tests call it beside their own assertions, which run without the core too,
    so without the core there is nothing to compare."""
    if core is None:
        return
    lines, machinery, skip, dated = headline_inputs(text)
    candidates = page_candidates(text)[1]
    expected = [candidate_tuple(c) for c in candidates]
    got = [
        (*c[:4], list(map(tuple, c[4])))
        for c in core.headline__weigh_candidates(lines, machinery, skip, dated)
    ]
    assert got == expected, text[:200]
    for candidate in candidates:
        assert core.headline__score(candidate.signals) == headline.score(candidate.signals)
    python = headline_tuple(
        headline.extract_headline(lines, machinery, skip, dated, threshold=threshold)
    )
    rust = core.headline__extract_headline(lines, machinery, skip, dated, threshold=threshold)
    assert (*rust[:2], list(map(tuple, rust[2])), *rust[3:]) == python, text[:200]


def assert_page_title(text: str, title: str | None) -> None:
    """The row of the page `text` gives `title` (None: no headline), and the core picks the
    cleaned page's headline as Python does (`assert_same_headline`)."""
    assert normalize_document(text)["title"] == title
    assert_same_headline(clean_text(text))


@corpus
def test_headline_of_half_the_fixture_pages() -> None:
    """The candidates, signals and headline of every second fixture page, the echo's test
    taking the others (test_core_documents compares every page's whole row)."""
    for text in fixture_texts()[::2]:
        assert_same_headline(text)


@corpus
def test_headline_of_every_fixture_page_at_other_thresholds() -> None:
    for text in fixture_texts()[::14]:
        assert_same_headline(text, threshold=-3.0)
        assert_same_headline(text, threshold=2.5)


def test_headline_under_a_breadcrumb_glued_with_no_space_alike() -> None:
    clean = "Ferry fares rise again on island routes"
    lead = "Fares on the island ferries rise by a tenth from Monday, the operator said."
    for trail in ("HomeNewsLocal", "ГлавнаяНовости", "homenews", "Home News ", "ÉcoleNewsÄ"):
        glued = f"{trail}{clean}"
        for page in ([glued, clean, lead], [glued, "", clean, "", lead], [clean, glued, lead]):
            assert_same_headline("\n".join(page))


def test_a_short_headline_over_its_deck_alike() -> None:
    heads = ("Blizzard holds on", "Метель не стихает", "눈보라 계속된다", "Weather")
    deck = "Forecasters expect strong wind and hard frost tomorrow"
    lead = "The blizzard holds on through the night, and the frost falls to minus 25 degrees."
    for head in heads:
        for page in (["Weather", head, deck, lead], ["Weather", "", head, "", deck, "", lead]):
            assert_same_headline("\n".join(page))


def test_headline_of_digests_and_dated_units_alike() -> None:
    """A digest's items each under a caption, or each closing with the same link; units each
    closing with their date, a timeline's entries each under theirs; and the pages one line
    short of or past those shapes: read alike by the core."""
    teasers = [
        "Spring sowing deadline set",
        "Farms in the district must finish sowing wheat by the middle of May […]",
        "Read more",
        "Ploughing starts by river",
        "Tractors began ploughing the fields along the water this week, earlier than usual […]",
        "Read more",
        "Southern farms lag behind",
        "The farms of the lower valley still wait for drier weather before anyone plants […]",
        "Read more",
    ]
    pictured = [
        "Ferry fares to rise by a tenth in May",
        "Harbour terminal",
        "Fares on the harbour ferry routes will rise by a tenth in May, the operator said.",
        "New ferry berth opens at the north pier",
        "The north pier berth",
        "A new berth for the island ferry opened at the north pier on Friday after two years.",
        "Ferry crews win a shorter working week",
        "Crew members on the morning ferry",
        "The ferry crews won a shorter working week, and fares will not rise to pay for it.",
    ]
    # a reporter's units each closing with a date, and a timeline's entries each under one
    units = [
        "Old fire station too small for its crews, chiefs say",
        "Thirty-five years on, the town's engines no longer fit in the old building.",
        "Dana Reyes November 14, 2023",
        "Loudspeakers keep border villages awake for a third month",
        "Villagers near the border say the loudspeakers have kept them awake since August.",
        "Mia Tan November 14, 2023",
        "Gondola campers head for the snowy summit",
        "Snow came early to the mountains, and campers are riding the gondola up to the top.",
        "Ron Ito November 13, 2023",
    ]
    timeline = [
        "Three days of the warehouse fire, hour by hour",
        "From the first smoke on Monday night to the last embers, this is how the fire went.",
        "2023-02-08 04:51",
        "Smoke detected in the basement cold store",
        "A sensor near the ceiling of the basement cold store sent the first smoke signal.",
        "2023-02-08 05:03",
        "Alarm switched off by the control room",
        "The night guard took the alarm for a fault and switched it off by hand, it was found.",
    ]
    # clips each with its running time glued on, printed again without it
    clips = [
        "Hail flattens orchard rows outside Millbrook2m05s",
        "Hail flattens orchard rows outside Millbrook",
        "A grower outside Millbrook filmed hailstones stripping his apple trees on Thursday.",
        "Students paint a mural on the old grain silo3m40s",
        "Students paint a mural on the old grain silo",
        "Art students from the county college spent the summer painting the old grain silo.",
        "Council delays the vote on parking meters47s",
        "Council delays the vote on parking meters",
        "The council pushed the vote on new parking meters along Front Street to next month.",
    ]
    for page in (teasers, pictured, units, timeline, clips):
        for end in range(3, len(page) + 1):
            assert_same_headline("\n".join(page[:end]))
            assert_same_headline("\n".join([*page[:end], "Page navigation"]))
        assert_same_headline("\n".join(page[1:]))


@EXAMPLES
@given(PAGES)
def test_headline_of_generated_pages(text: str) -> None:
    assert_same_headline(cleaned(text))


@EXAMPLES
@given(
    st.dictionaries(
        st.sampled_from(sorted(signal_weights.WEIGHTS)),
        st.floats(-1.0, 1.0, allow_nan=False),
    )
)
def test_score_of_generated_signals(signals: dict[str, float]) -> None:
    assert core.headline__score(signals) == headline.score(signals)


def test_score_without_a_weight_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        headline.score({"unknown": 1.0})
    with pytest.raises(KeyError):
        core.headline__score({"unknown": 1.0})


def case_pages() -> list[str]:
    """The pages of the case files: documents with their times, and headline lines as the
    first line of a page, a dateline and a lead below."""
    documents = [
        case["text"]
        for name in ("page_times.json", "timestamps_documents.json")
        for case in rows(CASES / name)
    ]
    cuts = [row["line"] for row in rows(CASES / "headline_cuts.tsv")]
    stories = [f"{line}\n\nMay 17, 2024\n\n{BODIES[0]}" for line in cuts]
    return [cleaned(text) for text in [*documents, *cuts, *stories]]


@pytest.mark.parametrize(("tz", "now"), SETTINGS)
def test_page_and_headline_of_the_case_files(tz: str | None, now: datetime | None) -> None:
    for text in case_pages():
        assert_same_page(text, tz, now)
        assert_same_echo(text)
        assert_same_headline(text)


def test_headline_of_heads_closing_with_glued_dates_alike() -> None:
    """Heads each closing with a date glued to their last word (a tag page's items), one such
    head alone (an article's), two copies of one head, and dates after a space or inside the
    line: read alike by the core."""
    heads = [
        "Ledge closes the coastal path for the winter",
        "Ferry timetable changes for the holiday week",
        "Ледовый дворец закрывают на ремонт крыши до весны",
    ]
    teaser = "The council said the work would start on Monday and last until the spring thaw"
    for date in ("15.01.24", "2024-01-15", "3/1/2024", "15.01.2024"):
        for glue in ("", ".", "» ", " "):
            page = [line for head in heads for line in (f"{head}{glue}{date}", teaser)]
            assert_same_headline("\n".join(page))
            assert_same_headline("\n".join([*page[:2], teaser + "."]))
            assert_same_headline("\n".join([page[0], teaser, page[0], teaser]))
            inside = [f"{heads[0]}{date} at the pier", teaser, f"{heads[1]}{date} news", teaser]
            assert_same_headline("\n".join(inside))


def test_headline_of_heads_over_timed_summaries_alike() -> None:
    """Heads each above a summary opening with its clock and a dash (a day's releases), the
    first alone with a whole paragraph, one such head alone, and clocks with no dash: read alike
    by the core."""
    heads = [
        "Library Extends Weekend Hours at Two Branches",
        "Parks Crews Begin Spring Tree Planting",
        "Bridge Lane Closure Moved to Next Week",
    ]
    summaries = [
        "The library extends its weekend hours at two branches, open until 6 p.m. on Saturdays.",
        "Crews plan to plant about 300 street trees before the end of May",
        "The closure was pushed back because of the forecast rain",
    ]
    for clock in ("10:20 a.m.", "9pm", "21.05", "10 AM"):
        for dash in (" - ", " – ", "—", " "):
            page = [
                line
                for head, summary in zip(heads, summaries, strict=True)
                for line in (head, f"{clock}{dash}{summary}")
            ]
            assert_same_headline("\n".join(["Press Releases for Tuesday", *page]))
            assert_same_headline("\n".join(page[:2] + summaries[1:]))


def test_headline_of_heads_under_a_byline_alike() -> None:
    """A post's title under its writer's line (a profile box above), a teaser's head under a
    later byline, and the same pages with a counter line between or a dateline first: read
    alike by the core."""
    profile = "I am a fourth-year reporter at Elmcote Primary and I like to write about our street."
    post = "Our school garden gave its first potatoes this week"
    text = "We planted the seed potatoes in April and watered them every week until the harvest."
    for between in ([], ["Likes: 4 / Views: 112"]):
        for top in ([], ["May 3, 2024"]):
            page = [*top, profile, "By Ana Moss (Elmcote Primary / Year 4)", *between, post, text]
            assert_same_headline("\n".join(page))
            teaser = [post, "By Dana Reyes", text, "By Mia Tan", *between, "Boats run later", text]
            assert_same_headline("\n".join([*top, *teaser]))
