"""Korean names of places and institutions that the segmenter cut apart where no list holds
them whole.

A place's facility is named by the place, a noun and the facility (송도 + 호수 + 공원 ->
송도호수공원, 부산 + 시민 + 공원), and a public institution by how it was founded, a noun or
two and what it is (국립 + 중앙 + 박물관 -> 국립중앙박물관, 시립 + 도서관), and a public body
by the country's name, a noun or two and the kind of body (한국 + 소비자 + 원 -> 한국소비자원);
an event held at a place by the place and its name (한강 + 불꽃축제). A town no list knows is
read off its shape: a tag of three syllables that closes with a place noun, cut after its first
syllable (해 + 솔 + 시, 해 + 솔군), is the place's name.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Container, Iterable, Mapping

from normalize.segment_nouns import is_syllables, join_runs

_NOUN = 2  # syllables of the noun between a place and its facility
_FOUNDED_NOUNS = 2  # nouns between a founding prefix and the institution it names, at most
_TOWN = 3  # syllables of a town's name with its place noun (해솔 + 시)
_NAME_SYLLABLES = 2  # syllables of a place's or a body's own name cut apart (해 + 솔 + 농협)
_COMMITTEE_NOUN = 3  # syllables of a noun that names what a committee does, at most
_COMMITTEE_NOUNS = 2  # nouns before a committee noun that its name holds, at most


def join_named_places(
    words: list[str], places: Container[str], facilities: Container[str], events: Container[str]
) -> list[str]:
    """Join a place name, a two-syllable noun that names no place, and a facility noun after
    them into the one name of a place (송도 + 호수 + 공원 -> 송도호수공원, 부산 + 시민 + 공원
    -> 부산시민공원); a facility noun right after a place name already joined it (인천공항).
    An event held at a place (``events``: 축제) keeps the noun of one or two syllables that
    names it, and the place stays a word of its own (한강 + 불꽃 + 축제 -> 한강 + 불꽃축제).

    >>> join_named_places(["송도", "호수", "공원", "산책"], {"송도"}, {"공원"}, set())
    ['송도호수공원', '산책']
    >>> join_named_places(["금강", "은어", "축제"], {"금강"}, set(), {"축제"})
    ['금강', '은어축제']
    """
    joined: list[str] = []
    for word in words:
        key = word.lower()
        placed = len(joined) > 1 and joined[-1].lower() not in places
        placed = placed and joined[-2].lower() in places
        if placed and key in facilities and len(joined[-1]) == _NOUN:
            noun = joined.pop()
            joined[-1] += noun + word
        elif placed and key in events and _is_noun(joined[-1]):
            joined[-1] += word
        else:
            joined.append(word)
    return joined


def _is_noun(word: str) -> bool:
    """Whether a word is of one or two Hangul syllables: the noun that names an event."""
    return len(word) <= _NOUN and is_syllables(word)


def join_founded_institutions(
    words: list[str], prefixes: Container[str], institutions: Iterable[str]
) -> list[str]:
    """Join a founding prefix (국립, 시립) and the words after it up to the first that ends with
    an institution noun, one name, where at most two nouns stand between them (국립 + 중앙 +
    박물관 -> 국립중앙박물관, 시립 + 도서관 -> 시립도서관); else the prefix stays apart.

    >>> join_founded_institutions(["국립", "중앙", "박물관", "특별전"], {"국립"}, {"박물관"})
    ['국립중앙박물관', '특별전']
    >>> join_founded_institutions(["국립", "대학", "등록금", "동결"], {"국립"}, {"박물관"})
    ['국립', '대학', '등록금', '동결']
    """
    return join_runs(words, lambda start: _institution_end(words, start, prefixes, institutions))


def _institution_end(
    words: list[str], start: int, prefixes: Container[str], institutions: Iterable[str]
) -> int:
    """Where an institution's name that a founding prefix opens at ``start`` ends, else
    start + 1."""
    if words[start].lower() in prefixes:
        for close in range(start + 1, min(len(words), start + 2 + _FOUNDED_NOUNS)):
            if any(words[close].lower().endswith(noun) for noun in institutions):
                return close + 1
    return start + 1


def join_public_bodies(
    words: list[str],
    prefixes: Collection[str],
    bodies: Container[str],
    places: Container[str] = frozenset(),
    place_bodies: Container[str] = frozenset(),
) -> list[str]:
    """Join the country's name that opens a public body's name (``prefixes``: 한국) and the
    words after it up to the first that says what body it is (``bodies``: 원, 공사, 위원회),
    one name, where one or two nouns stand between them (한국 + 소비자 + 원 -> 한국소비자원,
    한국 + 수자원 + 공사 -> 한국수자원공사); a word closes the name where it is a body noun or
    ends with one after a noun of two syllables or more (토지 + 주택공사, 갯벌 + 관리원), so that
    a word such as 응원 closes none (한국 + 축구 + 응원 stays apart); right after the country's
    name, only a word ending with a body noun of two syllables or more does (국민 +
    건강보험공단; 한국 + 공사 and 한국 + 공무원 stay apart); a word that opens with the
    country's name, a noun of two syllables or more after it, names the body of two syllables
    or more right after it (국민연금 + 위원회 -> 국민연금위원회; 국민연금 + 조합원 stays apart).
    A place name (``places``) opens a body's name as the country's does, where the body is
    one of ``place_bodies``: a city's or a province's own body (경기 + 문화 + 재단 ->
    경기문화재단, 광주 + 청년 + 위원회); after a place, 공사 is as often the works done there
    (서울 + 아파트 + 공사 stays apart).

    >>> join_public_bodies(["한국", "소비자", "원", "발표"], {"한국"}, {"원"})
    ['한국소비자원', '발표']
    >>> join_public_bodies(["한국", "축구", "응원"], {"한국"}, {"원"})
    ['한국', '축구', '응원']
    >>> join_public_bodies(["경기", "문화", "재단"], {"한국"}, {"재단"}, {"경기"}, {"재단"})
    ['경기문화재단']
    """
    return join_runs(
        words, lambda start: _body_end(words, start, prefixes, bodies, (places, place_bodies))
    )


def _body_end(
    words: list[str],
    start: int,
    prefixes: Collection[str],
    bodies: Container[str],
    placed: tuple[Container[str], Container[str]],
) -> int:
    """Where a public body's name that the country's name or a place opens at ``start`` ends,
    else start + 1; ``placed`` holds the places and the bodies a place's name closes with."""
    opening = words[start].lower()
    if start + 1 < len(words) and any(
        opening.startswith(prefix) and len(opening) - len(prefix) >= _NOUN for prefix in prefixes
    ):
        body = words[start + 1].lower()
        if body in bodies and len(body) > 1:  # 국민연금 + 위원회
            return start + 2
    places, place_bodies = placed
    if opening in places and opening not in prefixes:
        bodies = place_bodies
    if opening in prefixes or opening in places:
        for close in range(start + 1, min(len(words), start + 2 + _FOUNDED_NOUNS)):
            key = words[close].lower()
            apart = close > start + 1  # a noun stands between them
            named = any(
                key[cut:] in bodies and (apart or len(key) - cut > 1)
                for cut in range(_NOUN, len(key))
            )
            if named or (key in bodies and apart):
                return close + 1
    return start + 1


def join_committee_names(words: list[str], committees: Container[str]) -> list[str]:
    """Join a committee noun standing as a word of its own (``committees``: 위원회, 협의회) and
    the one or two nouns of two or three Hangul syllables right before it, the committee's one
    name (원자력 + 안전 + 위원회 -> 원자력안전위원회, 징계 + 위원회 -> 징계위원회): such a noun
    always names a body, and the nouns before it say what the body does. A longer word before
    them is a name of its own (부산국제영화제 + 집행 + 위원회 -> 부산국제영화제 + 집행위원회),
    and a word of other letters or a count stays apart (AI + 위원회).

    >>> join_committee_names(["원자력", "안전", "위원회", "출범"], {"위원회"})
    ['원자력안전위원회', '출범']
    >>> join_committee_names(["은하수영화제", "집행", "위원회"], {"위원회"})
    ['은하수영화제', '집행위원회']
    """
    joined: list[str] = []
    for word in words:
        nouns = 0
        if word.lower() in committees:
            while nouns < _COMMITTEE_NOUNS and nouns < len(joined):
                noun = joined[-1 - nouns]
                if not (_NOUN <= len(noun) <= _COMMITTEE_NOUN and is_syllables(noun)):
                    break
                nouns += 1
        if nouns:
            joined[-nouns:] = ["".join(joined[-nouns:]) + word]
        else:
            joined.append(word)
    return joined


def is_town_name(
    words: list[str], place_nouns: Container[str], prices: Mapping[str, float], rare: float
) -> bool:
    """Whether the pieces of a run are the name of a town no list knows, cut apart: three
    Hangul syllables that close with a one-syllable place noun, cut after the first syllable,
    where the last piece is the place noun alone or a word that is no common one (priced
    ``rare`` or dearer, or unknown): 해 + 솔 + 시 and 해 + 솔군 are 해솔시 and 해솔군; 새 +
    도시 keeps its common word.

    >>> is_town_name(["해", "솔", "시"], {"시"}, {}, 11.0)
    True
    >>> is_town_name(["새", "도시"], {"시"}, {"도시": 8.0}, 11.0)
    False
    """
    letters = "".join(words)
    last = words[-1] if words else ""
    return (
        len(words) > 1
        and len(letters) == _TOWN
        and len(words[0]) == 1
        and is_syllables(letters)
        and letters[-1] in place_nouns
        and (len(last) == 1 or prices.get(last, math.inf) >= rare)
    )


def join_name_syllables(words: list[str], heads: Iterable[Container[str]]) -> list[str]:
    """Join the two lone Hangul syllables a run opens with into one word where the word right
    after them is in one of ``heads``, the words that say what stands at a place (an
    institution, a body, an outlet, a business, a local office, a facility): the place's or
    the body's own name, which no list holds, cut into its syllables (달 + 내 + 농협 -> 달내 +
    농협, 솔 + 내 + 병원 -> 솔내 + 병원), as a town's before its place noun. Before any other
    word the syllables stay words of their own (내 + 집 + 마련).

    >>> join_name_syllables(["달", "내", "농협", "간담회"], [{"농협"}])
    ['달내', '농협', '간담회']
    >>> join_name_syllables(["내", "집", "마련"], [{"농협"}])
    ['내', '집', '마련']
    """
    if (
        len(words) > _NAME_SYLLABLES
        and all(len(word) == 1 for word in words[:_NAME_SYLLABLES])
        and any(words[_NAME_SYLLABLES] in kind for kind in heads)
        and is_syllables("".join(words[: _NAME_SYLLABLES + 1]))
    ):
        return ["".join(words[:_NAME_SYLLABLES]), *words[_NAME_SYLLABLES:]]
    return words
