"""Whether a matched hashtag names a topic: not a number, a colour code, a counter glued to a
widget's label, a post's number after its stamp's clock, a reference code, a list's mark or the
fragment of a link."""

from __future__ import annotations

import regex

# At least one letter: "#2424" is a phone line or a number, not a topic.
_HAS_LETTER = regex.compile(r"\p{L}")
# Colour codes in markup and CSS: "#fff", "#1a2b3c" after ":", "=" or a quote.
_COLOUR = regex.compile(
    r"""
    (?: [0-9a-fA-F]{3} | [0-9a-fA-F]{4} | [0-9a-fA-F]{6} | [0-9a-fA-F]{8} ) \Z
    """,
    regex.VERBOSE,
)
# How far back a link before a sign is looked for (a longer word is not a link anyway).
_URL_LOOKBACK = 256
# Markup and style sheets put a colour after a colon, an equals sign, a quote or a paren.
_MARKUP_BEFORE = regex.compile(r"""[:="'(,]\s*\Z""")
_HEX_DIGIT = regex.compile(r"\d")
# A counter glued to the label of the widget after it: "#3Читать", "#12Comments" (a number,
# then one capitalised word and nothing more; "#2024총선", "#5G", "#100DaysOfCode" stay tags).
_NUMBERED_LABEL = regex.compile(r"\p{N}+ \p{Lu}\p{M}* (?: \p{Ll}\p{M}* )+", regex.VERBOSE)
# One letter of a cased alphabet ("#N" under a keyword label): a list's mark, not a topic.
_ONE_LETTER = regex.compile(r"[\p{Lu}\p{Ll}]")
# A reference code: capitals and digits that change kind twice or more ("12AB3", "A1B2"); in
# brackets, a number first is enough ("(#12AB)", "(#3F)"). "#G20", "#COP28" stay tags.
_CODE = regex.compile(r"[\p{Lu}\p{N}]+")
_CODE_CHANGES = regex.compile(r"\p{N}\p{Lu}|\p{Lu}\p{N}")
_OPENING_BRACKET = "([［（"
# A post's number after the clock of its stamp, the poster's name glued on by the scrape:
# "12.02.2020 в 09:40 #517ivanМодератор" (a forum's "#N" counts posts, "#517" alone is no tag
# either); the poster's role glued to the name shows as a small letter before a capital, which a
# day's tag after a post's clock lacks ("10:00 #9мая").
_CLOCK_BEFORE = regex.compile(r"(?<![0-9])[0-9]{1,2}:[0-9]{2}\s\Z")
_GLUED_WORD = regex.compile(r"\p{Ll}\p{Lu}")


def is_topic(tag: str, text: str, start: int) -> bool:
    """Whether a matched tag names a topic, not a number, a colour code, a counter glued to a
    widget's label, a post's number after its stamp's clock with the poster's name and role glued
    on, a reference code, one letter of a cased alphabet (a list's mark) or the fragment of a
    link whose path ends in Korean or Chinese letters (…/wiki/서울#역사).

    >>> is_topic("Harbour", "see #Harbour", 4), is_topic("fff", "color:#fff", 6)
    (True, False)
    >>> is_topic("top", "example.com/page#top", 16), is_topic("2424", "call #2424", 5)
    (False, False)
    """
    one_letter = _ONE_LETTER.fullmatch(tag) is not None
    if not _HAS_LETTER.search(tag) or _NUMBERED_LABEL.fullmatch(tag) or one_letter:
        return False
    if (
        tag[0].isdigit()
        and _GLUED_WORD.search(tag)
        and _CLOCK_BEFORE.search(text, max(0, start - 7), start)
    ):
        return False  # a post's number after its stamp's clock, name and role glued on
    if _CODE.fullmatch(tag) and (
        len(_CODE_CHANGES.findall(tag)) >= 2
        or (start > 0 and text[start - 1] in _OPENING_BRACKET and tag[0].isdigit())
    ):
        return False
    glued = text[max(0, start - _URL_LOOKBACK) : start]
    if glued and not glued[-1].isspace() and "/" in glued.rsplit(None, 1)[-1]:
        return False
    if _COLOUR.match(tag):
        return not (_HEX_DIGIT.search(tag) or _MARKUP_BEFORE.search(text, max(0, start - 8), start))
    return True
