"""A letter's own words: the salutation that opens it and the name a letter's title gives it,
read with the chrome's tables (``salutations``, ``letter_words``)."""

from __future__ import annotations

from normalize.chrome import chrome, line_key

# A salutation's most words: a word of address and whom it addresses ("Уважаемые жители села!").
_SALUTATION_WORDS = 5


def is_salutation(text: str) -> bool:
    """Whether the line is a letter's salutation: a word used only to address someone first
    (``salutations``: "Уважаемые", "존경하는"), ``_SALUTATION_WORDS`` words at most, closed by
    an exclamation mark ("Уважаемые коллеги!"; one closed by a comma is left open anyway). A
    word that also tells a thing's quality, "Дорогие" (expensive) or "Dear", is none:
    "Дорогие квартиры подешевели!" is a headline.

    >>> is_salutation("Уважаемые жители!"), is_salutation("Дорогие квартиры подешевели!")
    (True, False)
    """
    stripped = text.rstrip()
    if not stripped.endswith("!"):
        return False
    words = stripped.split()
    return len(words) <= _SALUTATION_WORDS and line_key(words[0]) in chrome().salutations


def names_a_letter(text: str) -> bool:
    """Whether one of a line's words is a letter's name for what it is (``letter_words``): a
    letter's title ("Head's letter", "Письмо директора", "원장 편지"), no site's name.

    >>> [names_a_letter(text) for text in ("주임신부 서한", "Письмо директора", "솔내 교회")]
    [True, True, False]
    """
    return not chrome().letter_words.isdisjoint(line_key(text).split())
