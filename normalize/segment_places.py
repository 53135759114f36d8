"""Korean names of places and institutions that the segmenter cut apart where no list holds
them whole.

A place's facility is named by the place, a noun and the facility (송도 + 호수 + 공원 ->
송도호수공원, 부산 + 시민 + 공원), and a public institution by how it was founded, a noun or
two and what it is (국립 + 중앙 + 박물관 -> 국립중앙박물관, 시립 + 도서관).
"""

from __future__ import annotations

from collections.abc import Container, Iterable

from normalize.segment_nouns import join_runs

_NOUN = 2  # syllables of the noun between a place and its facility
_FOUNDED_NOUNS = 2  # nouns between a founding prefix and the institution it names, at most


def join_named_places(
    words: list[str], places: Container[str], facilities: Container[str]
) -> list[str]:
    """Join a place name, a two-syllable noun that names no place, and a facility noun after
    them into the one name of a place (송도 + 호수 + 공원 -> 송도호수공원, 부산 + 시민 + 공원
    -> 부산시민공원); a facility noun right after a place name already joined it (인천공항).

    >>> join_named_places(["송도", "호수", "공원", "산책"], {"송도"}, {"공원"})
    ['송도호수공원', '산책']
    """
    joined: list[str] = []
    for word in words:
        if (
            len(joined) > 1
            and word.lower() in facilities
            and len(joined[-1]) == _NOUN
            and joined[-1].lower() not in places
            and joined[-2].lower() in places
        ):
            noun = joined.pop()
            joined[-1] += noun + word
        else:
            joined.append(word)
    return joined


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
