"""Link labels a page printed with no space between them are no headline."""

from __future__ import annotations

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


@pytest.mark.parametrize("page", [GLUED_PAGE, SKIP_PAGE])
def test_the_core_weighs_glued_labels_as_python_does(page: str) -> None:
    assert_same_headline(clean_text(page))
