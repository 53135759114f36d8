"""A finished sentence said to the reader (a site's notice, a quoted question) is no headline."""

from __future__ import annotations

import pytest

from normalize import normalize_document
from normalize.labels import addresses_the_reader
from normalize.text import clean_text
from tests.test_core_headline import assert_same_headline

NOTICE_PAGE = "\n\n".join(
    [
        "Сайт переезжает на новый сервер. Часть страниц может открываться медленно. "
        "Спасибо за ваше терпение!",
        "Мэр Заречья отчитался о ремонте дорог в трёх микрорайонах",
        "Депутаты городской думы выслушали доклад во вторник. Подрядчик обещает закончить к осени.",
    ]
)

QUOTE_PAGE = "\n".join(
    [
        "![]() |",
        "Visitors queue at the cheese stall on the opening day of the harvest market, Sept. 4. "
        "Valley Post photo by Lena Moss |",
        "By Lena Moss",
        '"Would you like to try the smoked one?"',
        "That was what the stallholder asked nearly every passer-by on Saturday, and most of "
        "them said yes before the morning was out.",
        "More than two hundred growers sold their produce at the market this year.",
    ]
)


@pytest.mark.parametrize(
    "text",
    [
        "You can change your alert settings in the browser at any time.",
        "Благодарим за ваше понимание!",
        '"Would you like to try the smoked one?"',
        "<독자 여러분의 제보를 기다립니다.>",
    ],
)
def test_a_sentence_in_the_second_person_addresses_the_reader(text: str) -> None:
    assert addresses_the_reader(text)


@pytest.mark.parametrize(
    "text",
    [
        "Why your town's bus is always late",
        "What you need to know about the new parking fees",
        "Мэр пообещал горожанам новые автобусы.",
        "Что вас ждёт на дорогах в праздники",
    ],
)
def test_a_headline_saying_you_is_no_address(text: str) -> None:
    assert not addresses_the_reader(text)


def test_the_headline_under_a_site_notice_wins() -> None:
    row = normalize_document(NOTICE_PAGE)
    assert row["title"] == "Мэр Заречья отчитался о ремонте дорог в трёх микрорайонах"


def test_a_quoted_question_is_no_headline() -> None:
    assert normalize_document(QUOTE_PAGE)["title"] is None


@pytest.mark.parametrize("page", [NOTICE_PAGE, QUOTE_PAGE])
def test_the_core_weighs_an_address_as_python_does(page: str) -> None:
    assert_same_headline(clean_text(page))
