"""Korean verb forms that the segmenter left as words of their own, put back on their noun.

A noun of 하다 or 되다 modifies the noun after it through the verb's modifier form (특별한 선물,
a special gift; 예정된 일정, a planned schedule), one word with its noun: the lists hold the
noun and the form apart (특별 + 한), since wordfreq's Korean list is cut into morphemes.
"""

from __future__ import annotations

from collections.abc import Container

from normalize.segment_nouns import is_syllables

_NOUN = 2  # syllables, at least, of the noun that keeps a modifier form, and of the one after


def join_modifier_forms(
    words: list[str], forms: Container[str], counters: Container[str]
) -> list[str]:
    """Join a lone modifier form (``forms``: 한, 된) to the Korean word of two syllables or more
    before it, where it closes the run or a word of two syllables or more that is no counter
    follows, the noun it modifies (특별 + 한 + 선물 -> 특별한 + 선물, 예정 + 된 + 일정 ->
    예정된 + 일정); 한 before a counter is a number, one (하루 + 한 + 시간, an hour a day).

    >>> join_modifier_forms(["특별", "한", "선물"], {"한"}, {"시간"})
    ['특별한', '선물']
    >>> join_modifier_forms(["하루", "한", "시간"], {"한"}, {"시간"})
    ['하루', '한', '시간']
    """
    joined: list[str] = []
    for at, word in enumerate(words):
        after = words[at + 1] if at + 1 < len(words) else ""
        modified = not after or (len(after) >= _NOUN and after.lower() not in counters)
        noun = bool(joined) and len(joined[-1]) >= _NOUN and is_syllables(joined[-1])
        if noun and word in forms and modified:
            joined[-1] += word
        else:
            joined.append(word)
    return joined
