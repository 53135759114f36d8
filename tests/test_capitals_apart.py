"""A headline in capitals over two lines side by side, set apart by lines not in capitals
right over and under it (a template's leftover comment, the notice's text): one headline
(``normalize.capital_heads``)."""

from __future__ import annotations

from normalize import normalize_document

CAPITALS_PAGE = "\n".join(
    [
        "<!-- $map_widget_key -->",
        "ИЗВЕЩЕНИЕ",
        "О ПРОВЕДЕНИИ СХОДА ЖИТЕЛЕЙ ОЛЬХОВКИ",
        "Администрация сельского поселения Ольховское извещает жителей о проведении схода по"
        " вопросу ремонта моста через Ольху.",
        "Сход пройдет в здании сельского клуба по адресу: с. Ольховка, ул. Береговая, д. 3.",
        "Материалы к сходу размещены на информационном стенде администрации.",
    ]
)


def test_capitals_side_by_side_between_other_lines_are_one_headline() -> None:
    """Two capitals lines between a code line and the text are one headline, read with a
    space."""
    row = normalize_document(CAPITALS_PAGE)
    assert row["title"] == "ИЗВЕЩЕНИЕ О ПРОВЕДЕНИИ СХОДА ЖИТЕЛЕЙ ОЛЬХОВКИ"


def test_three_capitals_lines_side_by_side_stay_apart() -> None:
    """A third capitals line in the block makes the lines a menu's or a paragraph's: the pair
    is not joined."""
    page = CAPITALS_PAGE.replace("<!-- $map_widget_key -->", "ОФИЦИАЛЬНЫЙ САЙТ ПОСЕЛЕНИЯ")
    row = normalize_document(page)
    assert row["title"] == "О ПРОВЕДЕНИИ СХОДА ЖИТЕЛЕЙ ОЛЬХОВКИ"
