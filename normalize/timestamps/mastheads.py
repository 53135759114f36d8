"""The zone of an outlet's masthead: the site's name with its city on the page's first line.

An overseas paper names its edition by its city ("미주한빛 애틀랜타", "Atlanta Korean Post") and
prints its clock in that city's time without saying so, over the zone its language implies.
"""

from __future__ import annotations

from typing import Final

from normalize.cache import once
from normalize.facts import zones
from normalize.timestamps.lines import Context

# A masthead is the site's name and its city: two to four words, at most this many characters.
_MASTHEAD_CHARS: Final = 30
_MASTHEAD_WORDS: Final = range(2, 5)
# A line of at least this many words is a sentence of the page, a lead that may echo a headline.
_SENTENCE_WORDS: Final = 6
# A word of at least this many letters is matched by its stem, its last two letters cut
# ("футбольная" in "футбольной", "fashion" in "fashions").
_STEMMED_LETTERS: Final = 6


def masthead_zone(text: str, ctx: Context) -> str | None:
    """The zone of the city the page's first line with text opens or closes with, the rest of
    it a name of letters ("미주한빛 애틀랜타": the site's name with its edition's city), the
    city one of ``home_cities`` or ``dateline_places`` in any of their spellings. None when the
    caller gives the zone, or the line is longer (a headline naming the city), holds a digit
    or a sign, is the city alone, or a sentence below it repeats a word of the rest (a
    headline or a section's label naming the city, "뉴욕 증시 하락 마감" over "뉴욕 증시가 …
    하락 마감했다": a site's name is no word its stories print).

    >>> korean = Context(None, None, None, "ko")
    >>> masthead_zone("미주한빛 애틀랜타\\n첫광고\\n둘루스 상가 붐벼", korean)
    'America/New_York'
    >>> masthead_zone("애틀랜타 공항 새 노선 세 곳 취항\\n본문", korean) is None
    True
    >>> masthead_zone("애틀랜타\\n본문", korean) is None
    True
    >>> masthead_zone("애틀랜타 증시\\n애틀랜타 증시가 오늘 사흘 만에 크게 올랐다", korean) is None
    True
    """
    if ctx.zone is not None:
        return None
    first = next((line.strip() for line in text.split("\n") if line.strip()), "")
    words = first.lower().split()
    if len(first) > _MASTHEAD_CHARS or len(words) not in _MASTHEAD_WORDS:
        return None
    if not all(char.isalpha() or char in " -" for char in first):
        return None
    cities = town_zones()
    for size in (1, 2):
        if size >= len(words):
            continue
        for city, name in ((words[:size], words[size:]), (words[-size:], words[:-size])):
            zone = cities.get(" ".join(city))
            if zone is not None and not _echoed(name, text):
                return zone
    return None


def _echoed(words: list[str], text: str) -> bool:
    """Whether a line of the page of ``_SENTENCE_WORDS`` words or more holds one of ``words``
    (small letters) of two letters or more, a long word by its stem: a headline's words come
    back in its lead."""
    stems = [
        word[:-2] if len(word) >= _STEMMED_LETTERS else word for word in words if len(word) > 1
    ]
    return any(
        any(stem in line for stem in stems)
        for line in text.lower().split("\n")
        if len(line.split()) >= _SENTENCE_WORDS
    )


@once
def town_zones() -> dict[str, str]:
    """The zone of each city of ``dateline_places`` and ``home_cities``, by its name in small
    letters."""
    return {
        city: zone
        for table in ("dateline_places", "home_cities")
        for zone, cities in zones()[table].items()
        for city in cities
    }
