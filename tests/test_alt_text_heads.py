"""A headline under a site's name line, printed again lower on the page as an image's alt text:
the headline, no deck of the name above it (``normalize.decks``)."""

from __future__ import annotations

from normalize import normalize_document

SITE_NAME = "Областное общество рыболовов «Верхняя Ольха» Официальный сайт"
ALT_TEXT_HEAD = "Ольховские удильщики: клуб «Плотва»"
ALT_TEXT_PAGE = "\n".join(
    [
        SITE_NAME,
        "",
        ALT_TEXT_HEAD,
        "",
        "11.06.2021",
        "",
        "Клуб «Плотва», районное отделение, входящее в общество рыболовов «Верхняя Ольха», – одно"
        " из самых молодых. В нем состоят рыбаки Ольховки и соседних сел.",
        "",
        f"{ALT_TEXT_HEAD}, изображение №1",
        "",
        "История",
        "",
        "Клуб собрали в 1998 году трое друзей с лодочной станции, первым председателем стал"
        " учитель физики Савелий Громов.",
        "",
        "Занятия",
        "",
        "Рыболовы клуба чистят берега Ольхи, выпускают мальков и проводят летние соревнования"
        " для школьников.",
    ]
)


def test_a_headline_printed_again_as_an_alt_text_under_a_site_name() -> None:
    """The line under the site's name, printed again as an image's alt text that nothing
    above it is, is the headline; the site's name, printed once, is no headline with a deck."""
    row = normalize_document(ALT_TEXT_PAGE)
    assert row["title"] == ALT_TEXT_HEAD


def test_a_deck_printed_again_under_a_headline_printed_again_stays_a_deck() -> None:
    """A line under a headline the page prints again too is its deck, printed again as
    that headline is: the headline above it stays the page's."""
    head = "Ольховские рыболовы выпустили в реку тысячу мальков"
    page = ALT_TEXT_PAGE.replace(SITE_NAME, head).replace("История", f"{head} – читайте также")
    row = normalize_document(page)
    assert row["title"] == head
