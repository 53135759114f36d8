"""Korean agency and office names cut apart by the segmenter: a government agency is named by
two Sino-Korean nouns and an agency suffix (질병 + 관리 + 청, 방위 + 사업 + 청). The suffix
joins the noun before it as a particle does (관리 + 청 -> 관리청); where the lists lack that
word whole, the noun before it belongs to the name too. The head of a place's office is
named by the place and a title that opens with the place noun (도봉 + 구청장, 양평 + 군수),
and a local office by the place with its place noun (세종시 + 교육청, 연수구 + 보건소); a court
or a prosecutors' office by the place and a clipped word (춘천 + 지검). A party is named by a word
of its own before a word that ends in the party's suffix (한결 + 국민당), and an outlet by a word
of its own before the word that says what it is (남녘 + 일보, 한빛 + 방송).
"""

from __future__ import annotations

import math
from collections.abc import Collection, Container, Mapping

from normalize.segment_nouns import is_syllables

_AGENCY_STEM = 2  # syllables of each of the two nouns of an agency's name


def join_agency_names(
    words: list[str], known: Container[str], sino: Container[str], suffixes: Container[str]
) -> list[str]:
    """Join a two-syllable Sino-Korean word to the word after it, a two-syllable Sino-Korean
    word with an agency suffix that the word lists lack whole; both nouns must be known.

    >>> join_agency_names(["질병", "관리청", "브리핑"], {"질병", "관리"}, set("질병관리"), {"청"})
    ['질병관리청', '브리핑']
    >>> join_agency_names(["서울", "경찰청"], {"서울", "경찰", "경찰청"}, set("서울경찰"), {"청"})
    ['서울', '경찰청']
    """
    joined: list[str] = []
    for word in words:
        before, stem = (joined[-1] if joined else ""), word[:-1]
        if (
            word[-1:] in suffixes
            and word not in known
            and len(before) == len(stem) == _AGENCY_STEM
            and before in known
            and stem in known
            and all(syllable in sino for syllable in before + stem)
        ):
            joined[-1] += word
        else:
            joined.append(word)
    return joined


def join_office_heads(
    words: list[str],
    places: Container[str],
    place_nouns: Container[str],
    titles: Container[str],
    offices: Container[str],
) -> list[str]:
    """Join the head or the office of a place's government to the place, one name: a title
    that opens with a place noun after the place (강남 + 구청장 -> 강남구청장), also where the
    place noun took the title's first syllable (도봉구 + 청장 -> 도봉구청장, 양평군 + 수 ->
    양평군수), and a local office after a place with its place noun (세종시 + 교육청 ->
    세종시교육청, 연수구 + 보건소 -> 연수구보건소); an office after a bare place name (서울 +
    교육청) stays apart.

    >>> join_office_heads(["도봉구", "청장", "취임"], {"도봉"}, {"구"}, {"구청장"}, set())
    ['도봉구청장', '취임']
    >>> join_office_heads(["수영", "구청장"], {"수영"}, {"구"}, {"구청장"}, set())
    ['수영구청장']
    >>> join_office_heads(["연수구", "보건소", "접종"], {"연수"}, {"구"}, set(), {"보건소"})
    ['연수구보건소', '접종']
    """
    joined: list[str] = []
    for word in words:
        before, key = (joined[-1].lower() if joined else ""), word.lower()
        placed = len(before) > 1 and (before in places or before[:-1] in places)
        noun_closes = placed and before[-1] in place_nouns
        titled = placed and (
            (noun_closes and before[-1] + key in titles)
            or (before in places and key[:1] in place_nouns and key in titles)
        )
        if titled or (noun_closes and before[:-1] in places and key in offices):
            joined[-1] += word
        else:
            joined.append(word)
    return joined


def join_court_offices(
    words: list[str], places: Container[str], courts: Collection[str]
) -> list[str]:
    """Join the clipped name of a court or a prosecutors' office to the place before it, one
    name even after a bare place name (춘천 + 지검 -> 춘천지검, 대구 + 고법 -> 대구고법): the
    clipped word (지방검찰청 -> 지검) is written only glued to its place, and so is the city
    before a place that names the part of it the office serves (서울 + 중앙 + 지법 ->
    서울중앙지법).

    >>> join_court_offices(["춘천", "지검", "압수수색"], {"춘천"}, {"지검"})
    ['춘천지검', '압수수색']
    >>> join_court_offices(["서울", "중앙", "지법", "선고"], {"서울", "중앙"}, {"지법"})
    ['서울중앙지법', '선고']
    >>> join_court_offices(["서울", "중앙지법", "선고"], {"서울", "중앙"}, {"지법"})
    ['서울중앙지법', '선고']
    """
    joined: list[str] = []
    for word in words:
        key = word.lower()
        part = any(key.endswith(court) and key[: -len(court)] in places for court in courts)
        if joined and joined[-1].lower() in places and (key in courts or part):
            joined[-1] += word
            if key in courts and len(joined) > 1 and joined[-2].lower() in places:
                office = joined.pop()
                joined[-1] += office
        else:
            joined.append(word)
    return joined


_PARTY_MODIFIER = 2  # syllables of the rare word that opens a party's name (한결 + 국민당)
_PARTY_HEAD = 3  # a party's word is this long at least (국민당; not 식당, 정당)
_OUTLET_MODIFIER = 2  # syllables of the word of its own that opens an outlet's name (남녘 + 일보)


def join_party_names(
    words: list[str], prices: Mapping[str, float], rare: float, suffixes: Container[str]
) -> list[str]:
    """Join a two-syllable word that is no common one (priced ``rare`` or dearer, or unknown)
    to a party's word after it, one name (한결 + 국민당 -> 한결국민당): a party is named by a
    word of its own and what it stands for; a common word before the party's word is a word of
    the tag (진보 + 정당, 여당 + 압승 stay apart).

    >>> join_party_names(["한결", "국민당", "창당"], {"한결": 11.7}, 11.0, {"당"})
    ['한결국민당', '창당']
    >>> join_party_names(["진보", "국민당"], {"진보": 10.6}, 11.0, {"당"})
    ['진보', '국민당']
    """
    joined: list[str] = []
    for word in words:
        before = joined[-1] if joined else ""
        if (
            len(before) == _PARTY_MODIFIER
            and len(word) >= _PARTY_HEAD
            and word[-1] in suffixes
            and prices.get(before.lower(), math.inf) >= rare
        ):
            joined[-1] += word
        else:
            joined.append(word)
    return joined


def join_outlet_names(
    words: list[str], prices: Mapping[str, float], rare: float, heads: Container[str]
) -> list[str]:
    """Join a two-syllable Hangul word that is no common one (priced ``rare`` or dearer, or
    unknown) to an outlet's head after it (``heads``: 일보, 방송), one name (남녘 + 일보 ->
    남녘일보, 한빛 + 방송 -> 한빛방송): an outlet is named by a word of its own; a common word
    before the head is a word of the tag (지역 + 방송 stays apart), and so is a longer word
    (라이브커머스 + 방송).

    >>> join_outlet_names(["남녘", "일보", "창간"], {"남녘": 11.0}, 11.0, {"일보"})
    ['남녘일보', '창간']
    >>> join_outlet_names(["지역", "방송"], {"지역": 7.6}, 11.0, {"방송"})
    ['지역', '방송']
    """
    joined: list[str] = []
    for word in words:
        before = joined[-1] if joined else ""
        if (
            word.lower() in heads
            and len(before) == _OUTLET_MODIFIER
            and is_syllables(before)
            and prices.get(before, math.inf) >= rare
        ):
            joined[-1] += word
        else:
            joined.append(word)
    return joined
