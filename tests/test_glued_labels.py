"""Link labels a page printed with no space between them are no headline."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from normalize import normalize_document
from normalize.labels import glues_labels
from normalize.text import clean_text
from tests.test_core_headline import assert_same_headline

HEAD = "В Заречном районе открыли новую библиотеку для школьников"
GLUED_PAGE = "\n\n".join(
    [
        "Заречный муниципальный округ Северной областиСевер Заречье округ",
        HEAD,
        "После ремонта там появились читальный зал, кружки и компьютерный класс.",
        "12 марта 2024",
    ]
)

SKIP_PAGE = "\n".join(
    [
        "Go to playerGo to main content",
        "• 5 hours ago",
        "00:00:00 Добрый вечер, в эфире вечерние новости.",
        "00:00:12 Мост через Каму закроют на ремонт до конца лета.",
        "00:00:20 Водителям предлагают объезд через северную дамбу.",
    ]
)


@pytest.mark.parametrize(
    "text",
    ["Skip to playerSkip to main content", "Главная страницаНовости района", GLUED_PAGE[:70]],
)
def test_labels_run_together_are_glued(text: str) -> None:
    assert glues_labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "IndiGo adds night flights to Goa",
        "WordPress sites hit by a plugin flaw",
        "Мэр Заречья открыл новый мост",
        "iPhone sales fall in Europe",
        "WhatsApp adds channels for local newsrooms",
        "BlackRock buys a stake in the port operator",
    ],
)
def test_a_headline_with_a_brand_is_not_glued(text: str) -> None:
    assert not glues_labels(text)


def test_a_headline_under_a_glued_site_name_wins() -> None:
    assert normalize_document(GLUED_PAGE)["title"] == HEAD


def test_a_glued_skip_link_is_no_headline() -> None:
    assert normalize_document(SKIP_PAGE)["title"] is None


# A city channel's clip page: the clip's rubric glued to its programme's label before a colon,
# the headline after it.
PROGRAMME_HEAD = "в Озёрном двое рыбаков провалились под лёд, обоих удалось спасти"
PROGRAMME_PAGE = "\n".join(
    [
        "14 января, 19:20",
        f"ПроисшествияЧас округа: {PROGRAMME_HEAD}",
        "Двое рыбаков провалились под лёд на озере у посёлка Озёрный. Обоих вытащили соседи.",
        "Подробнее – в эфире телеканала Заречье 24.",
    ]
)


def test_a_rubric_glued_to_a_programme_s_label_goes_with_it() -> None:
    assert normalize_document(PROGRAMME_PAGE)["title"] == PROGRAMME_HEAD


# A carrier's news page: its glued name before a short preposition and a colon is no rubric
# glued to a programme's label, and stays in the headline.
BRAND_HEAD = "ВолгаТранс в декабре: перевозки по реке выросли на треть"
BRAND_PAGE = "\n".join(
    [
        "5 января, 10:40",
        BRAND_HEAD,
        "Речной перевозчик подвёл итоги декабря: за месяц суда компании перевезли на треть больше "
        "грузов, чем год назад.",
        "Пресс-служба ВолгаТранс",
    ]
)


def test_a_brand_s_name_before_a_preposition_stays_in_the_headline() -> None:
    assert normalize_document(BRAND_PAGE)["title"] == BRAND_HEAD


# A builder's news page: its glued name before a longer preposition and a colon is no rubric
# glued to a programme's label either, and stays in the headline.
BRAND_FOR_HEAD = "СтройДом для бизнеса: как снизить расходы на отопление склада"
BRAND_FOR_PAGE = "\n".join(
    [
        "12 ноября, 09:15",
        BRAND_FOR_HEAD,
        "Строительная компания рассказала владельцам складов, как утеплить стены и крышу до "
        "морозов и сколько это стоит.",
        "Пресс-служба СтройДом",
    ]
)


def test_a_brand_s_name_before_a_longer_preposition_stays_in_the_headline() -> None:
    """A programme's label is a noun and its words, no preposition of any length: before one,
    a capital inside a glued word is a brand's."""
    assert normalize_document(BRAND_FOR_PAGE)["title"] == BRAND_FOR_HEAD


@pytest.mark.parametrize(
    "page", [GLUED_PAGE, SKIP_PAGE, PROGRAMME_PAGE, BRAND_PAGE, BRAND_FOR_PAGE]
)
def test_the_core_weighs_glued_labels_as_python_does(page: str) -> None:
    assert_same_headline(clean_text(page))


# A ministry's page opens with its list of ministers and their offices run together on one
# long line with no stop: a menu, no paragraph, so the headline under it opens the story.
MINISTERS_HEAD = "New ferry berths for the Calder Islands"
MINISTERS_PAGE = "\n\n".join(
    [
        "Ministers for the Department of Ports and Coasts The Hon Ida Marsh MP Minister for "
        "WaterwaysMinister for Coastal Towns Senator the Hon Len Tate Minister for Island "
        "ServicesMinister for Fisheries The Hon Dr Ruth Galloway MPFormer Minister for Ports "
        "and Harbours The Hon Owen Petrie MPFormer Assistant Minister for Coastal Trade",
        MINISTERS_HEAD,
        "Opinion Piece",
        "4 March 2021",
        "Anyone who has waited on the Calder jetty in a southerly knows the old berths were "
        "built for smaller boats. This week I saw the new pontoons go in at Port Ewan.",
        "The works will finish before winter, and the boats will keep running while they go on.",
    ]
)


def test_a_menu_run_together_with_no_stop_is_no_paragraph() -> None:
    row = normalize_document(MINISTERS_PAGE)
    assert row["title"] == MINISTERS_HEAD
    assert row["published_at"] == datetime(2021, 3, 4, tzinfo=UTC)


def test_the_core_weighs_a_menu_run_together_as_python_does() -> None:
    assert_same_headline(clean_text(MINISTERS_PAGE))


# a journalist's site on an old CMS: its menu, then the story's title with the toolbar's print
# and e-mail buttons glued after it, the lead glued to an image's alt text
TOOLBAR_HEAD = "Зачем районной газете свой подкаст? Опыт редакции из Холмогорья"
TOOLBAR_PAGE = "\n".join(
    [
        "Главная",
        "Главное меню",
        "О проекте",
        "Статьи",
        "Контакты",
        "Нет комментариев",
        f"{TOOLBAR_HEAD} Печать E-mail",
        "ImageРедакция начала записывать подкаст весной. Теперь его слушают чаще, чем читают"
        " сайт, и редактор объясняет, почему.",
        "",
        "Первые выпуски записывали на телефон в кабинете редактора.",
    ]
)


@pytest.mark.parametrize(
    ("tail", "title"),
    [
        (" Печать E-mail", TOOLBAR_HEAD),
        (" PDF Печать E-mail", TOOLBAR_HEAD),
        (" 인쇄 이메일", TOOLBAR_HEAD),
        # one such word closing the line is the headline's own
        (" PDF", f"{TOOLBAR_HEAD} PDF"),
    ],
)
def test_a_toolbar_s_labels_glued_after_the_headline_are_cut(tail: str, title: str) -> None:
    """A CMS prints its print and e-mail buttons on the headline's line: two such labels or
    more closing it are the toolbar's, not the headline's words."""
    page = TOOLBAR_PAGE.replace(" Печать E-mail", tail)
    assert normalize_document(page)["title"] == title
    assert_same_headline(page)


@pytest.mark.parametrize(
    "head",
    [
        "Why the harbour weekly still goes to print",
        # labels in small letters are the headline's words: a button's label is capitalised
        "Readers ask why the library printers refuse to print PDF",
        "Council warns of scam letters sent as PDF email",
    ],
)
def test_a_headline_closing_with_print_keeps_it(head: str) -> None:
    page = TOOLBAR_PAGE.replace(f"{TOOLBAR_HEAD} Печать E-mail", head)
    assert normalize_document(page)["title"] == head
