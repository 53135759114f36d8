"""Korean agency names cut apart by the segmenter: a government agency is named by two
Sino-Korean nouns and an agency suffix (질병 + 관리 + 청, 방위 + 사업 + 청). The suffix joins
the noun before it as a particle does (관리 + 청 -> 관리청); where the lists lack that word
whole, the noun before it belongs to the name too.
"""

from __future__ import annotations

from collections.abc import Container

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
