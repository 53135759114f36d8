"""Korean nouns that the segmenter cut apart where no list holds them whole, and the shape of
a loanword's syllables.

A Sino-Korean compound is built of syllables that each read a Chinese character, and many end
in a one-syllable noun of that kind (교통 + 난 -> 교통난, 특별 + 전 -> 특별전, 기부 + 제): in a tag,
such a lone syllable after a two-syllable Sino-Korean noun ends that noun rather than stands as
a word of its own, and so does one closing the tag after a loanword (올스타 + 전). A
Sino-Korean prefix is written with its noun (재 + 확산 -> 재확산), and a loanword cut into short
known words is put back together up to its head (캠핑 + 브이 + 로그 -> 캠핑 + 브이로그). A name
follows some nouns (태풍 + 마이삭): a lone syllable after such a noun opens the name. A loanword
is spelt with the seven final consonants of the loanword orthography (ㄱ ㄴ ㄹ ㅁ ㅂ ㅅ ㅇ) and
no tense initial, which native words such as 걷기 or 날씨 are not. A name under a two-syllable
surname is joined in ``segment_names``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Container, Iterable, Mapping

_STEM = 2  # syllables of the Sino-Korean noun that a lone syllable ends
_COINED = 2  # syllables of a clipped coinage (혼밥, 집콕)
_LOAN_PIECE = 3  # a loanword the lists lack is cut into short known words
_COMMON_HEAD = 9.5  # a head this common (뉴스) is a word of its own (price, nats)
_NAME = (3, 4)  # syllables of a name after the noun it follows (태풍 + 마이삭)
_FIRST_SYLLABLE, _LAST_SYLLABLE = 0xAC00, 0xD7A3
_FINALS, _VOWELS_AND_FINALS = 28, 588  # a syllable's code: initial * 588 + vowel * 28 + final
# Finals of the loanword orthography: none, ㄱ, ㄴ, ㄹ, ㅁ, ㅂ, ㅅ, ㅇ.
_LOANWORD_FINALS = frozenset((0, 1, 4, 8, 16, 17, 19, 21))
_TENSE_INITIALS = frozenset((1, 4, 8, 10, 13))  # ㄲ, ㄸ, ㅃ, ㅆ, ㅉ


def join_sino_endings(
    words: list[str], sino: Container[str], standalone: Container[str], endings: Container[str]
) -> list[str]:
    """Join a lone Sino-Korean syllable to the two-syllable Sino-Korean word before it where
    it closes the run or a word of two syllables or more follows (a noun, not a verb's
    ending), and, closing the run, to a loanword of three syllables or more before it (올스타
    + 전 -> 올스타전, a match); ``standalone`` holds the one-syllable words that stand apart
    (counters, short names), and ``endings`` the pieces that are no noun.

    >>> join_sino_endings(["교통", "난", "완화"], set("교통난완화"), set(), set())
    ['교통난', '완화']
    >>> join_sino_endings(["프로", "야구", "올스타", "전"], set("야구전"), set(), set())
    ['프로', '야구', '올스타전']
    >>> join_sino_endings(["가게", "열", "었다"], set("가게열"), set(), {"었다"})
    ['가게', '열', '었다']
    """
    joined: list[str] = []
    for index, word in enumerate(words):
        before = joined[-1] if joined else ""
        after = words[index + 1] if index + 1 < len(words) else ""
        if (
            len(word) == 1
            and word in sino
            and word not in standalone
            and (not after or (len(after) >= _STEM and after not in endings))
            and (_is_sino_stem(before, sino) or (not after and _is_loanword(before, sino)))
        ):
            joined[-1] += word
        else:
            joined.append(word)
    return joined


def join_names_after(words: list[str], heads: Container[str], closed: Container[str]) -> list[str]:
    """Join a lone Hangul syllable after a noun that a name follows (``heads``: 태풍, a
    typhoon's name) to the word after it, up to a name's four syllables: a name no list holds,
    cut apart (태풍 + 마 + 이삭 -> 태풍 + 마이삭), not a syllable that ends the noun. A suffix or
    a counter (``closed``: 태풍 + 권, the typhoon's zone) stays apart.

    >>> join_names_after(["태풍", "나", "비아", "북상"], {"태풍"}, set())
    ['태풍', '나비아', '북상']
    """
    joined: list[str] = []
    for word in words:
        lone = joined[-1] if len(joined) > 1 and len(joined[-1]) == 1 else ""
        named = bool(lone) and joined[-2] in heads and lone not in closed and _is_syllable(lone)
        if named and all(map(_is_syllable, word)) and len(lone + word) <= _NAME[-1]:
            joined[-1] += word
        else:
            joined.append(word)
    return joined


def _is_sino_stem(word: str, sino: Container[str]) -> bool:
    """Whether a word is a two-syllable Sino-Korean noun, which a lone syllable may end."""
    return len(word) == _STEM and all(syllable in sino for syllable in word)


def _is_loanword(word: str, sino: Container[str]) -> bool:
    """Whether a word is a loanword of three syllables or more: spelt as a loanword, with a
    syllable that reads no Chinese character (올스타; not 손흥민)."""
    return len(word) > _STEM and _loan_shaped(word, sino)


def _loan_shaped(word: str, sino: Container[str]) -> bool:
    """Whether a word is spelt as a loanword and has a syllable that reads no Chinese
    character (미팅, 올스타; not 회담, 손흥민)."""
    return any(syllable not in sino for syllable in word) and is_loanword_spelt(word)


def split_suffix_particle(
    words: list[str],
    suffixes: Container[str],
    particles: Container[str],
    prices: Mapping[str, float],
    rare: float,
) -> list[str]:
    """Cut the last of the words into a one-syllable suffix and a one-syllable particle where
    the list glued the two into a word that is no common one (priced ``rare`` or dearer), so
    that the suffix ends the word before it and the particle closes the run (국세 + 청이 ->
    국세 + 청 + 이: 국세청 with 이, not a noun 청이); a word alone, and a common word, stay.

    >>> split_suffix_particle(["국세", "청이"], {"청"}, {"이"}, {"청이": 11.0}, 11.0)
    ['국세', '청', '이']
    >>> split_suffix_particle(["올해", "차이"], {"차"}, {"이"}, {"차이": 9.0}, 11.0)
    ['올해', '차이']
    """
    last = words[-1] if len(words) > 1 else ""
    glued = (
        len(last) == 2
        and is_syllables(last)
        and last[0] in suffixes
        and last[0] not in particles
        and last[1] in particles
        and prices.get(last, math.inf) >= rare
    )
    return [*words[:-1], last[0], last[1]] if glued else words


def join_noun_prefixes(
    words: list[str], prefixes: Container[str], endings: Container[str]
) -> list[str]:
    """Join a Sino-Korean prefix that stands as a word of its own (재 re-, 신 new, 탈 de-, 친
    pro-) to the Hangul noun of two syllables or more after it, as Korean writes a prefix (재 +
    확산 -> 재확산, 신 + 메뉴 -> 신메뉴); a prefix closing the run, or before a verb's ending
    (``endings``), stays apart.

    >>> join_noun_prefixes(["코로나", "재", "확산"], {"재"}, set())
    ['코로나', '재확산']
    """
    return join_runs(words, lambda start: start + 1 + _prefixes(words, start, prefixes, endings))


def _prefixes(
    words: list[str], start: int, prefixes: Container[str], endings: Container[str]
) -> bool:
    """Whether the word at ``start`` is a prefix of the noun after it."""
    after = words[start + 1] if start + 1 < len(words) else ""
    noun = len(after) >= _STEM and after not in endings and all(map(_is_syllable, after))
    return noun and words[start] in prefixes


def join_loanwords(
    words: list[str],
    prices: Mapping[str, float],
    sino: Container[str],
    whole: Container[str],
    *,
    pieces: Container[str],
    leads: Container[str],
) -> list[str]:
    """Join loanword-shaped neighbours, a foreign word cut apart (팬 + 미팅; not 정상 + 회담),
    from the right, where a compound has its head (캠핑 + 브이 + 로그 -> 캠핑 + 브이로그; 챔피언 +
    스리 + 그 -> 챔피언스리그: a head of one syllable that reads no Chinese character is a
    verb's stem or an ending as a word, no word of its own), and a lone syllable to the
    loanword after it, whose first syllable it is (유 + 튜버 -> 유튜버, 인 + 스타그램 ->
    인스타그램), but for a Sino-Korean syllable that ends the two-syllable Sino-Korean noun
    before it (주차 + 난 + 캠페인) and for a loanword the lists know whole (귤 + 케이크); a
    word of the package's own list (``whole``) is a name or a word of its own (뉴진스 + 컴백).
    ``pieces`` are the pieces of no loanword (suffixes, counters), and ``leads`` the
    syllables that open none (suffixes, short names). None where no syllable is known to read
    a Chinese character (``sino``).

    >>> prices = {"캠핑": 9.0, "브이": 11.0, "로그": 11.0, "유": 9.0, "튜버": 12.0}
    >>> join_loanwords(["캠핑", "브이", "로그", "유", "튜버"], prices, set("정상유"), (),
    ...                pieces=(), leads=())
    ['캠핑', '브이로그', '유튜버']
    """
    if not sino:
        return words
    joined: list[str] = []
    opened: list[bool] = []  # whether a lone syllable opened the word: it is whole
    for index in range(len(words) - 1, -1, -1):
        word, head = words[index], joined[-1] if joined else ""
        lone = len(head) == 1 and head not in sino
        rare_head = bool(head) and (prices.get(head, math.inf) >= _COMMON_HEAD or lone)
        joinable = (
            rare_head
            and not opened[-1]
            and word in prices  # an unknown run is a word of its own (혼밥 + 맛집)
            and word not in whole
            and head not in whole
        )
        if joinable and _loanlike(word, sino, pieces) and _loanlike(head, sino, pieces):
            joined[-1] = word + head
        elif joinable and _opens_loanword(words, index, head, sino, leads, prices):
            joined[-1] = word + head
            opened[-1] = True
        else:
            joined.append(word)
            opened.append(False)
    return joined[::-1]


def _opens_loanword(
    words: list[str],
    index: int,
    head: str,
    sino: Container[str],
    leads: Container[str],
    prices: Mapping[str, float],
) -> bool:
    """Whether the lone syllable at ``index`` opens the loanword after it (``head``, of two
    syllables or more): it is spelt as a loanword, it is no suffix or short name (``leads``),
    and it ends no two-syllable Sino-Korean noun before it. A loanword of three syllables or
    more that the lists know whole (``prices``) is complete: the syllable before it is a word
    of its own (귤 + 케이크, not 귤케이크).

    >>> _opens_loanword(["귤", "케이크"], 0, "케이크", {"귤"}, set(), {"케이크": 10.9})
    False
    >>> _opens_loanword(["인", "스타그램"], 0, "스타그램", set(), set(), {})
    True
    """
    word = words[index]
    ends = index > 0 and word in sino and _is_sino_stem(words[index - 1], sino)
    lead = len(word) == 1 and word not in leads and is_loanword_spelt(word) and not ends
    whole = len(head) > _STEM and head in prices
    return lead and not whole and len(head) >= _STEM and _loan_shaped(head, sino)


def _loanlike(word: str, sino: Container[str], pieces: Container[str]) -> bool:
    """Whether a piece is short, no suffix or counter (``pieces``), spelt as a loanword, and
    has a syllable that reads no Chinese character."""
    return len(word) <= _LOAN_PIECE and _loan_shaped(word, sino) and word not in pieces


def is_loanword_spelt(word: str) -> bool:
    """Whether each Hangul syllable of a word is spelt as a loanword can be: a final of the
    loanword orthography or none, and no tense initial (미팅, 보이스; not 걷기, 날씨).

    >>> is_loanword_spelt("보이스"), is_loanword_spelt("걷기")
    (True, False)
    """
    for letter in word:
        code = ord(letter) - _FIRST_SYLLABLE
        if not 0 <= code <= _LAST_SYLLABLE - _FIRST_SYLLABLE:
            continue
        if code % _FINALS not in _LOANWORD_FINALS or code // _VOWELS_AND_FINALS in _TENSE_INITIALS:
            return False
    return True


def is_syllables(word: str) -> bool:
    """Whether every letter of the word is a Hangul syllable (가 to 힣).

    >>> is_syllables("해솔"), is_syllables("HBS솔내")
    (True, False)
    """
    return all(_FIRST_SYLLABLE <= ord(letter) <= _LAST_SYLLABLE for letter in word)


def join_runs(words: list[str], run_end: Callable[[int], int]) -> list[str]:
    """Join the words of each run, one word, from where it opens to where ``run_end`` of that
    place says it ends (the place after it where no run opens there)."""
    joined: list[str] = []
    index = 0
    while index < len(words):
        end = run_end(index)
        joined.append("".join(words[index:end]))
        index = end
    return joined


def lone_syllables(words: Iterable[str], sino: Container[str], joined: Container[str]) -> list[str]:
    """The one-syllable Hangul words that read no Chinese character and that no rule joins to a
    word (``joined``): in a list cut into morphemes, most are a verb's stem or an ending (먹,
    있), seldom a word of a tag. None where no syllable is known to read a Chinese character.

    >>> lone_syllables(["먹", "정", "시", "먹방"], set("정시"), {"시"})
    ['먹']
    """
    if not sino:
        return []
    return [
        word
        for word in words
        if len(word) == 1 and _is_syllable(word) and word not in sino and word not in joined
    ]


def split_common_ends(
    words: list[str], unknown: Iterable[int], price: Callable[[str], float | None], common: float
) -> list[str]:
    """Cut an unknown Hangul run after its first two syllables where the rest, two syllables or
    more, is a common word (priced below ``common``: a word of the frequency list): a clipped
    coinage, most often two syllables, and the noun it modifies (혼밥 + 맛집, 집콕 + 놀이). A
    word only the dictionary holds stays in the run (빵지순례), and so does a longer coinage
    (댕스타그램). The run is cut, too, where its first two syllables are a common word: a
    common noun and the name after it (태풍 + 힌남노). ``unknown`` holds the runs' indexes
    among the words.

    >>> split_common_ends(["혼밥맛집", "투어"], [0], {"맛집": 10.8, "순례": 11.0}.get, 11.0)
    ['혼밥', '맛집', '투어']
    >>> split_common_ends(["태풍링링"], [0], {"태풍": 10.0}.get, 11.0)
    ['태풍', '링링']
    """
    cut_words = list(words)
    for index in sorted(unknown, reverse=True):
        run = cut_words[index]
        if len(run) < 2 * _COINED or not all(_is_syllable(letter) for letter in run):
            continue
        halves = [run[:_COINED], run[_COINED:]]
        if any((known := price(half)) is not None and known < common for half in halves):
            cut_words[index : index + 1] = halves
    return cut_words


def recut_lone_syllables(
    words: list[str],
    known: Mapping[str, float],
    ends: Iterable[Container[str]],
    opens: Iterable[Container[str]],
    placed: tuple[Container[str], Container[str]],
    sino: Container[str],
    rare: float,
) -> list[str]:
    """Give a lone Hangul syllable the syllable of its neighbour that it makes a word with,
    where the neighbour, a known word of three syllables or more, leaves a known word too
    (공장화 + 재 -> 공장 + 화재, 대출금 + 리 -> 대출 + 금리): the frequency list prices a
    syllable that most often ends or opens a longer word as if it stood alone (금융인 + 원 ->
    금융 + 인원: a counter counts a number, not a word). A syllable that a rule joins to the
    word before it keeps its place: one of ``ends`` (suffixes) or, after a place name, a place
    noun (``placed``: the place names and the place nouns), or a Sino-Korean syllable
    (``sino``) after a two-syllable Sino-Korean noun, which it ends (업종 + 별 + 지원금, not
    별지 + 원금); so does one of ``opens`` (short names, surnames), which open a word. Only a
    syllable that reads a Chinese character moves: one that reads none is priced as a word of
    its own only where it is one, a native noun (초록색 + 옷, not 초록 + 색옷). A compound of
    four syllables or more whose last syllable gives the lone syllable no word gives it its
    last two (태양전지 + 판 -> 태양 + 전지판, 모음동화 + 책 -> 모음 + 동화책). A neighbour that
    the frequency list holds, priced below ``rare``, is a common word and keeps its syllables
    (비행기 + 표, not 비행 + 기표).

    >>> known = dict.fromkeys("공장화 공장 화재 재 초록색 초록 색옷 옷".split(), 11.0)
    >>> recut_lone_syllables(["공장화", "재"], known, [], [], (set(), set()), {"재"}, 11.0)
    ['공장', '화재']
    >>> recut_lone_syllables(["초록색", "옷"], known, [], [], (set(), set()), set("초록색"), 11.0)
    ['초록색', '옷']
    >>> known = dict.fromkeys("태양전지 판 태양 전지판".split(), 11.0)
    >>> recut_lone_syllables(["태양전지", "판"], known, [], [], (set(), set()), {"판"}, 11.0)
    ['태양', '전지판']
    >>> known = {"비행기": 10.3, "비행": 10.2, "기표": 11.0, "표": 9.2}
    >>> recut_lone_syllables(["비행기", "표"], known, [], [], (set(), set()), {"표"}, 11.0)
    ['비행기', '표']
    """
    cut = list(words)
    places, place_nouns = placed
    for index in range(len(cut) - 1):
        left, right = cut[index], cut[index + 1]
        if not all(_is_syllable(letter) for letter in left + right):
            continue
        ending = any(right in kind for kind in ends) or (right in place_nouns and left in places)
        stays = any(left in kind for kind in opens) or (
            index > 0 and left in sino and _is_sino_stem(cut[index - 1], sino)
        )
        if len(right) == 1 and len(left) > _STEM and not ending and right in sino:
            pieces = (left[:-1], left[-1] + right)
            if len(left) >= 2 * _STEM and any(piece not in known for piece in pieces):
                # a compound of two nouns: its second and the syllable make a word
                pieces = (left[:-_STEM], left[-_STEM:] + right)
        elif len(left) == 1 and len(right) > _STEM and not stays and left in sino:
            pieces = (left + right[0], right[1:])
        else:
            continue
        giver = left if len(right) == 1 else right
        common = known.get(giver, rare) < rare
        if not common and all(word in known for word in (left, right, *pieces)):
            cut[index], cut[index + 1] = pieces
    return cut


def _is_syllable(letter: str) -> bool:
    return _FIRST_SYLLABLE <= ord(letter) <= _LAST_SYLLABLE


_COINED_SYLLABLES = 3  # a Korean run this short, cut before a lone last syllable, is one word


def is_coined_word(words: list[str], pieces: Container[str]) -> bool:
    """Whether a run of two or three Hangul syllables is cut before a lone last syllable that
    is none of the ``pieces`` (suffixes, counters, short names): a coined word or a compound
    (불 + 멍, 인생 + 샷)."""
    letters = "".join(words)
    short = len(words) > 1 and len(letters) <= _COINED_SYLLABLES and len(words[-1]) == 1
    return short and is_syllables(letters) and words[-1] not in pieces
