"""A headline and its deck glued on one line by a space: the deck is cut where a capital
opens a word the page prints in small letters elsewhere."""

from __future__ import annotations

from normalize import normalize_document
from normalize.glued_decks import without_glued_deck
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
