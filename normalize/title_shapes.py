"""What a line's shape says of it: short and lettered as a headline is, long or a finished
sentence as the article's body is. Which line is the headline is ``headline.py``'s concern."""

from __future__ import annotations

import regex

from normalize.figures import is_figure_line, is_lettered, opens_with_duration
from normalize.text import WHITESPACE

# A line all of whose letters are capitals (one at least): a Korean line with a Latin
# initialism in it ("부두 마을에 TV 중계차") is no line in capitals.
_SHOUTED = regex.compile(r"\P{L}*\p{Lu}[\p{Lu}\P{L}]*")

# A sentence ends in a full stop that is not the dot of an initial or abbreviation ("U.S.").
_SENTENCE_END = regex.compile(
    r"(?<!\b\p{Lu})(?<!\b\p{Lu}\.\p{Lu})[.。]\s*[\"'”’»)]*$|(?:\.\.\.|…)$"
)
_AFTER_STOP = "\"'”’»)" + WHITESPACE  # what may follow a sentence's stop
MAX_TITLE_WORDS = 30
MAX_TITLE_CHARS = 250
# Lines longer than any title, or a full sentence of this many words, mean the body has begun.
BODY_WORDS = MAX_TITLE_WORDS + 1
BODY_SENTENCE_WORDS = 8
# Three words or more set apart by commas and nothing else: a site's slogan or its sections.
_WORD_LIST = regex.compile(r"\p{L}+(?:-\p{L}+)*(?:, \p{L}+(?:-\p{L}+)*){2,}")


def is_headline_shaped(text: str) -> bool:
    """Short and lettered, not a line of figures: what a headline looks like on a page (a
    finished sentence may be one too; the chooser weighs that).

    >>> is_headline_shaped("Leaders of Russia, China oppose U.S. moves toward N. Korea")
    True
    >>> is_headline_shaped("12:30"), is_headline_shaped("A" * 300)
    (False, False)
    """
    words = text.split()
    return (
        1 <= len(words) <= MAX_TITLE_WORDS
        and len(text) <= MAX_TITLE_CHARS
        and is_lettered(text)
        and not (is_figure_line(text) or opens_with_duration(text))
    )


def is_body_shaped(text: str) -> bool:
    """A line that means the article has begun: longer than any title, or a full sentence."""
    words = len(text.split())
    return words >= BODY_WORDS or (words >= BODY_SENTENCE_WORDS and ends_sentence(text))


def ends_sentence(text: str) -> bool:
    """Whether the text ends as a finished sentence ends (not with an initial's dot, "U.S.").

    >>> ends_sentence("He said the talks went well."), ends_sentence("Talks with the U.S.")
    (True, False)
    """
    return text.rstrip(_AFTER_STOP).endswith((".", "。", "…")) and bool(_SENTENCE_END.search(text))


def is_word_list(text: str) -> bool:
    """Whether the text is a list of three single words or more set apart by commas, and
    nothing else: a site's slogan or the list of its sections over a story ("Экология,
    человек, общество", "News, views, blogs"), which heads no deck.

    >>> is_word_list("Экология, человек, общество"), is_word_list("Рыба, лёд и ветер")
    (True, False)
    >>> is_word_list("Snow, ice, wind close the pass")
    False
    """
    return _WORD_LIST.fullmatch(text) is not None


def is_shouted(text: str) -> bool:
    """Whether every letter of the text is a capital, one at least: a line set in capitals.

    >>> is_shouted("FERRY FARES RISE, 2024"), is_shouted("Ferry FARES")
    (True, False)
    """
    return _SHOUTED.fullmatch(text) is not None
