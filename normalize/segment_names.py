"""Korean person names that the segmenter cut apart or left glued: no list holds a person's name
(the dictionary's given names would glue any three syllables), so a name is read off its shape.
A Korean name is a one-syllable surname, one of the commonest, and a two-syllable given name:
three syllables that open with a surname, cut into a one-syllable piece (최 + 유리), are one name,
and so are two pieces of two syllables whose second ends with a particle (박지 + 민이: 박지민 +
이), where a less common surname opens a name too (변정 + 수가: 변정수 + 가, 허 + 윤재 + 가:
허윤재 + 가), and six syllables
that open with a surname at the first and the fourth, where neither half is a common word, are
two names run together (오하준 + 강서진), as a tag on two people writes them. A name under a
two-syllable surname (남궁, 황보, 제갈, 선우) is cut after the surname's first syllable or after
the surname, as no list holds the name (황 + 보민).
"""

from __future__ import annotations

import math
from collections.abc import Container, Iterable, Mapping

from normalize.segment_nouns import is_syllables, join_runs

_NAME_SYLLABLES = 3  # a Korean name: a one-syllable surname, a two-syllable given name
_NAME = (3, 4)  # syllables of a name under a two-syllable surname


def is_person_name(words: list[str], surnames: Container[str]) -> bool:
    """Whether the pieces of a run are a person's name cut apart: three syllables that open
    with one of the commonest surnames, cut into a one-syllable piece (최 + 유리, 박태 + 오).

    >>> is_person_name(["최", "유리"], {"최"}), is_person_name(["최고", "야"], {"강"})
    (True, False)
    """
    return (
        len(words) > 1
        and sum(map(len, words)) == _NAME_SYLLABLES
        and words[0][0] in surnames
        and any(len(word) == 1 for word in words)
    )


def is_name_and_particle(
    words: list[str],
    surnames: Iterable[Container[str]],
    particles: Container[str],
    prices: Mapping[str, float],
    rare: float,
) -> bool:
    """Whether the pieces of a run are a person's name and a particle, the name's last syllable
    glued to the particle: two pieces of two Hangul syllables, the first opening with a surname
    of one of the kinds of ``surnames`` (the commonest, and the less common ones that only a
    shape this narrow lets open a name), the second closing with a one-syllable particle,
    neither a common word (priced ``rare`` or dearer, or unknown): 박지 + 민이 is 박지민 + 이,
    황민 + 호의 is 황민호 + 의, 변정 + 수가 is 변정수 + 가, and 장관 + 회의 stays.

    >>> prices = {"박지": 11.0, "민이": 11.0, "장관": 9.0, "회의": 9.2}
    >>> is_name_and_particle(["박지", "민이"], [{"박"}], {"이"}, prices, 11.0)
    True
    >>> is_name_and_particle(["장관", "회의"], [{"장"}], {"의"}, prices, 11.0)
    False
    """
    return (
        len(words) == 2
        and all(len(word) == 2 and prices.get(word, math.inf) >= rare for word in words)
        and is_syllables("".join(words))
        and any(words[0][0] in kind for kind in surnames)
        and words[1][-1] in particles
    )


def is_glued_name(
    words: list[str],
    surnames: Container[str],
    particles: Container[str],
    prices: Mapping[str, float],
    rare: float,
) -> bool:
    """Whether the pieces of a run are a person's name cut apart, the name's last syllable
    glued to the particle that closes the run into a piece that is no common word (priced
    ``rare`` or dearer, or unknown): 정 + 다 + 은의 is 정다은 + 의, as 최 + 유리 is 최유리.

    >>> is_glued_name(["정", "다", "은의"], {"정"}, {"의"}, {"은의": 11.0}, 11.0)
    True
    >>> is_glued_name(["정", "부", "안의"], {"정"}, {"의"}, {"안의": 9.0}, 11.0)
    False
    """
    last = words[-1] if words else ""
    return (
        len(last) == 2
        and last[-1] in particles
        and prices.get(last, math.inf) >= rare
        and is_person_name([*words[:-1], last[0]], surnames)
    )


def is_surname_and_given_name(
    words: list[str], surnames: Container[str], prices: Mapping[str, float], rare: float
) -> bool:
    """Whether the pieces of a run are a one-syllable surname and a two-syllable given name
    that is no common word (priced ``rare`` or dearer, or unknown), as a run before a particle
    reads with a less common surname (허 + 윤재 + 가 -> 허윤재가; 현 + 정부 + 의 stays apart).

    >>> prices = {"윤재": 11.0, "정부": 8.1}
    >>> is_surname_and_given_name(["허", "윤재"], {"허", "현"}, prices, 11.0)
    True
    >>> is_surname_and_given_name(["현", "정부"], {"허", "현"}, prices, 11.0)
    False
    """
    return (
        len(words) == 2
        and words[0] in surnames
        and len(words[1]) == 2
        and is_syllables(words[1])
        and prices.get(words[1], math.inf) >= rare
    )


def join_given_names(
    words: list[str],
    surnames: Container[str],
    other_surnames: Container[str],
    titles: Container[str],
    prices: Mapping[str, float],
    rare: float,
) -> list[str]:
    """Join two neighbouring pieces that are a person's name inside a longer run: three
    syllables that open with a surname, cut into a one-syllable piece, whose longer piece
    is no common word (priced ``rare`` or dearer, or unknown) or which a title follows: 이 +
    정후 + 안타 -> 이정후 + 안타, 박세 + 리 + 감독 -> 박세리 + 감독, 정하 + 람 + 선수 ->
    정하람 + 선수; 이 + 사람 and 이번 + 주 stay apart. A less common surname (``other_surnames``)
    opens a name only as a lone syllable before a given name and a title (탁 + 서영 + 기자 ->
    탁서영 + 기자), a title being what names a person; before any other word it stays a word
    of its own.

    >>> join_given_names(["정하", "람", "선수"], {"정"}, set(), {"선수"}, {"정하": 11.0}, 11.0)
    ['정하람', '선수']
    >>> join_given_names(["탁", "서영", "기자"], {"정"}, {"탁"}, {"기자"}, {}, 11.0)
    ['탁서영', '기자']
    """
    joined: list[str] = []
    for index, word in enumerate(words):
        before = joined[-1] if joined else ""
        longer = word if len(before) == 1 else before
        titled = index + 1 < len(words) and words[index + 1].lower() in titles
        opener = before[:1].lower()
        if (
            len(before) + len(word) == _NAME_SYLLABLES
            and 1 in (len(before), len(word))
            and (opener in surnames or (titled and len(before) == 1 and opener in other_surnames))
            and (titled or prices.get(longer.lower(), math.inf) >= rare)
        ):
            joined[-1] += word
        else:
            joined.append(word)
    return joined


def split_name_pairs(
    words: list[str], surnames: Container[str], prices: Mapping[str, float], rare: float
) -> list[str]:
    """Cut two names run together into the two names: pieces, from a word's start to a word's
    end, none of them a common word (each priced ``rare`` or dearer, or unknown), of six Hangul
    syllables that open with a surname at the first and at the fourth, where neither half is a
    common word either; 안전운전 + 약속 and 박물관 + 장임명 keep their known words.

    >>> split_name_pairs(["오하준강서진", "회동"], {"오", "강"}, {"회동": 9.0}, 11.0)
    ['오하준', '강서진', '회동']
    >>> split_name_pairs(["이재", "훈정다은"], {"이", "정"}, {"이재": 11.0}, 11.0)
    ['이재훈', '정다은']
    >>> split_name_pairs(["안전운전", "약속"], {"안", "전"}, {"안전운전": 9.0, "약속": 9.0}, 11.0)
    ['안전운전', '약속']
    """
    split: list[str] = []
    start = 0
    while start < len(words):
        end, letters = start, ""
        while end < len(words) and len(letters) < 2 * _NAME_SYLLABLES:
            letters += words[end]
            end += 1
        rare_pieces = all(prices.get(word, math.inf) >= rare for word in words[start:end])
        if rare_pieces and _is_name_pair(letters, surnames, prices, rare):
            split.extend((letters[:_NAME_SYLLABLES], letters[_NAME_SYLLABLES:]))
            start = end
        else:
            split.append(words[start])
            start += 1
    return split


def _is_name_pair(
    letters: str, surnames: Container[str], prices: Mapping[str, float], rare: float
) -> bool:
    """Whether six Hangul syllables are two names: a surname opens each half, and each half
    is no common word."""
    halves = (letters[:_NAME_SYLLABLES], letters[_NAME_SYLLABLES:])
    return (
        len(letters) == 2 * _NAME_SYLLABLES
        and is_syllables(letters)
        and all(half[0] in surnames and prices.get(half, math.inf) >= rare for half in halves)
    )


def join_compound_surnames(
    words: list[str], surnames: Container[str], titles: Container[str]
) -> list[str]:
    """Join the pieces of a name under a two-syllable surname: three or four syllables cut
    apart that open with the surname and close the run or stand before a title.

    >>> join_compound_surnames(["황", "보민", "교육감"], {"황보"}, {"교육감"})
    ['황보민', '교육감']
    >>> join_compound_surnames(["선우", "정", "아"], {"선우"}, set())
    ['선우정아']
    """
    return join_runs(words, lambda start: _name_end(words, start, surnames, titles))


def _name_end(
    words: list[str], start: int, surnames: Container[str], titles: Container[str]
) -> int:
    """Where a name under a two-syllable surname that opens at ``start`` ends, else start + 1."""
    letters = words[start]
    for end in range(start + 2, len(words) + 1):
        letters += words[end - 1]
        if len(letters) > _NAME[-1]:
            break
        closes = end == len(words) or words[end].lower() in titles
        if len(letters) in _NAME and letters[:2] in surnames and closes:
            return end
    return start + 1
