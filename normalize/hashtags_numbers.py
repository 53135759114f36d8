"""Words a hashtag joins across a script or digit change: a number and what it counts.

A Korean amount is written as one word, its digits, the numeral units that multiply them and
the counter (3억원, 100만명, 2천만원): a person searches for the amount, not for 3억 and 원
apart. A number of a digit or two opening a tag, or after a one-syllable word opening it,
counts the short word after it (3연승, 4강, 주 3일제), an ordinal prefix keeps its number
(제5대), and a name written in two scripts is one word (SK하이닉스). A business noun glued to
an amount names a listed company by its share price (10만 + 전자: an electronics maker whose
share trades at 100,000 won), one word.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

import regex

from normalize.cache import once
from normalize.facts import scripts_with
from normalize.hashtags_letters import is_hangul
from normalize.segment import is_word, price, segment
from normalize.segment_lists import sino_syllables
from normalize.segment_rules import Rules, rules

# A number opening a tag counts the short Korean word glued after it (3연승, 4강).
_COUNTED_DIGITS = 2
_COUNTED_SYLLABLES = 2
# A date written with middle dots keeps one syllable after it (3·1절), not a word (4·3 사건).
_DOTTED_DATE = regex.compile(r"\p{N}+(?:[·・‧]\p{N}+)+")
# So does a generation written as a number and one capital (5G망, a fifth-generation network;
# 6G 상용화 stays apart).
_GENERATION = regex.compile(r"\p{N}{1,2}\p{Lu}")
_DATE_SYLLABLES = 1
# The price, in nats, of a counter read off the start of the Korean word after a number
# (1 + 인가구 -> 1인 + 가구): cheaper than the rest cut apart, dearer than a word the counter
# opens (2030 + 세대 stays apart).
_COUNTER_PRICE = 6.0
# An age has three digits at most: a counter of age after more (2030 + 세대) reads no age.
_AGE_DIGITS = 3
# The price, in nats, as a word, from which a piece of a name before its model or sequel
# number is no common word (오로라 + 닉 + 3; 인구 + 약 + 3만 keeps 약, a common word).
_NAMED_PIECE = 12.5
# The Sino-Korean readings of the digits: 3권분립 is written for the noun 삼권분립.
_DIGIT_READINGS: Final = MappingProxyType(dict(zip("123456789", "일이삼사오육칠팔구", strict=True)))
# Syllables of the run, at least, that a digit's reading makes a word with (3 + 권분립), so
# that a counter alone (3 + 일: 삼일) is left to the counters.
_READ_SYLLABLES = 2


@once
def _joining_facts() -> Rules:
    """Counters, suffixes, numeral units, cross-script names, business nouns and particles of
    every language the splitter models, together."""
    every = [rules(lang) for lang in scripts_with("hashtags").values()]
    return Rules(
        counters=frozenset().union(*(facts.counters for facts in every)),
        suffixes=frozenset().union(*(facts.suffixes for facts in every)),
        numerals=frozenset().union(*(facts.numerals for facts in every)),
        number_prefixes=frozenset().union(*(facts.number_prefixes for facts in every)),
        names=frozenset().union(*(facts.names for facts in every)),
        businesses=frozenset().union(*(facts.businesses for facts in every)),
        particles=frozenset().union(*(facts.particles for facts in every)),
        age_counters=frozenset().union(*(facts.age_counters for facts in every)),
    )


def join_across(words: list[str]) -> list[str]:
    """Join words across a script or digit change where they are one word: a number and
    its counter (52 + 시간), an amount and its counter (3억 + 원, 100 + 만원), a short number
    opening the tag, or after a one-syllable Korean word opening it, and the short Korean word
    after it (3 + 연승, 4 + 강, 주 + 3 + 일제 -> 주 + 3일제), an ordinal prefix
    and the number after it (제 + 5대), names written in two scripts (SK + 하이닉스), and an
    amount and the business noun after it, a company named by its share price (8만 + 전자);
    a suffix of one syllable left alone after a number and its counter stays with them (10년 +
    째 -> 10년째, 1990년 + 생 -> 1990년생), while 거리 after a count is the distance it
    measures (10분 + 거리).

    >>> join_across(["3억", "원", "대출"]), join_across(["100", "만명", "돌파"])
    (['3억원', '대출'], ['100만명', '돌파'])
    >>> join_across(["8만", "전자", "회복"]), join_across(["7", "년", "째"])
    (['8만전자', '회복'], ['7년째'])
    """
    facts = _joining_facts()
    joined: list[str] = []
    count = False  # whether the last word is a number and what it counts, just joined
    for word in words:
        number = _without_prefix(joined[-1], facts.number_prefixes) if joined else ""
        # 10년 + 째; a suffix of two syllables after a count is a noun (10분 + 거리, a distance)
        ended = count and len(word) == 1 and word in facts.suffixes
        count = _is_amount(number, facts.numerals) and _is_count(word, facts)
        count = count and not _is_aged_year(number, word, facts)
        count = count or (is_opening(joined) and _is_counted_word(joined[-1], word, facts))
        counted = count or ended
        counted = counted or _is_share_price(number, word, facts)
        named = (joined[-1] + word).lower() in facts.names if joined else False
        numbered = joined[-1] in facts.number_prefixes and word[0].isdigit() if joined else False
        if counted or named or numbered:
            joined[-1] += word
        else:
            joined.append(word)
    return joined


def is_opening(joined: list[str]) -> bool:
    """Whether the last of the words so far opens the tag, or follows a Korean word of one
    syllable that opens it (주 + 3 + 일제: three days a week; 첫 + 3 + 연승)."""
    return len(joined) == 1 or (len(joined) == 2 and len(joined[0]) == 1 and is_hangul(joined[0]))


def _is_amount(word: str, numerals: frozenset[str]) -> bool:
    """Whether a word is a number, its digits and then numeral units only (5, 3억, 2천만).

    >>> _is_amount("2천만", frozenset("천만")), _is_amount("2년", frozenset("천만"))
    (True, False)
    """
    digits = word.rstrip("".join(numerals))
    return digits.isdigit()


def _is_count(word: str, facts: Rules) -> bool:
    """Whether a word is what a number counts: a counter, after numeral units or none (명,
    시간; 만원, 천만명), or a unit of measure in Latin letters of either case (mm, GB)."""
    word = word.lower()
    return word in facts.counters or word.lstrip("".join(facts.numerals)) in facts.counters


def _is_aged_year(number: str, word: str, facts: Rules) -> bool:
    """Whether a counter of age or of generations (``age_counters``: 세, 살, 세대) follows a
    number of more than three digits, which no age or generation has: 2030 + 세대 is an age band
    and its noun, while 5 + 세대 is a fifth generation and 3천 + 세대 three thousand households.

    >>> facts = Rules(age_counters=frozenset({"세대"}))
    >>> _is_aged_year("2030", "세대", facts), _is_aged_year("5", "세대", facts)
    (True, False)
    """
    return word in facts.age_counters and number.isdigit() and len(number) > _AGE_DIGITS


def _is_share_price(number: str, word: str, facts: Rules) -> bool:
    """Whether a word is a business noun (전자, 바이오) after an amount with a numeral unit
    (8만, 30만): a company named by the price of its share. A bare number before a business
    noun (2024 + 전자) is a year or a code, a word of its own."""
    has_unit = number[-1:] in facts.numerals
    return has_unit and word in facts.businesses and _is_amount(number, facts.numerals)


def _without_prefix(word: str, prefixes: frozenset[str]) -> str:
    """A word without the ordinal prefix that opens it (제5 -> 5), the longest one."""
    prefix = max((prefix for prefix in prefixes if word.startswith(prefix)), key=len, default="")
    return word[len(prefix) :]


def _is_counted_word(number: str, word: str, facts: Rules) -> bool:
    """Whether a word is what a number opening a tag counts: the number has a digit or two
    (a year, an emergency number or a model number is a word of its own: 2030 세대, 112
    신고) and the word is one or two Hangul syllables (3연승, 4강, 5분, 2차), not counting a
    particle that closes it (6연승을, 주 + 2 + 일제는); after a date written with middle dots
    or a generation of a number and a capital, one syllable (3·1절, 5G망을)."""
    word = _without_particle(word, facts.particles)
    if number.isdigit():
        syllables = _COUNTED_SYLLABLES if _is_short_number(number) else 0
    else:
        dated = _DOTTED_DATE.fullmatch(number) or _GENERATION.fullmatch(number)
        syllables = _DATE_SYLLABLES if dated else 0
    return len(word) <= syllables and is_hangul(word)


def _is_short_number(number: str) -> bool:
    """Whether a number has a digit or two, as one that counts a short word does (3연승)."""
    return number.isdigit() and len(number) <= _COUNTED_DIGITS


def opening_counter(run: str, number: str, *, opening: bool = False) -> str:
    """The counter ("" if none) that opens a Korean run glued after a number, where the rest
    of the run reads as words cheaper, by more than a counter's price, than the whole run
    does: 1 + 인가구 is 1인 + 가구, 3 + 번째 is 3번째; 2030 + 세대 and 3 + 차량 keep their word;
    a counter of years (``year_counters``) after a year's four digits only (2031학년도), and a
    counter of age (``age_counters``) after three digits at most (2030 + 세대가). Where
    none does, a particle closing the run is set aside from both prices, as the regrouping
    sets it aside: 1 + 인가구가 is 1인 + 가구가, since 가구 reads cheaper than 인가구 (2 +
    배증가 is 2배 + 증가 before that, the whole run read). After a number of a digit or two
    ``opening`` the tag, a Sino-Korean syllable opening the run is priced as a counter too, the
    short word the number counts: 4 + 강진출 is 4강 + 진출, a quarter-final reached."""
    lang = scripts_with("hashtags").get("Hangul")
    if lang is None or not is_hangul(run):
        return ""
    pieces = rules(lang).counters | _unit_counters(run, lang)
    stem = _without_particle(run, rules(lang).particles)
    # a run that is a counter itself keeps its syllables (2 + 관왕, not 2관 + 왕)
    whole = stem in rules(lang).counters
    if opening and _is_short_number(number) and run[0] in sino_syllables(lang) and not whole:
        pieces = pieces | {run[0]}
    for end in dict.fromkeys((len(run), len(stem))):
        best = min(_counter_prices(run, number, lang, end, pieces), default=None)
        if best is not None and best[0] < price(run[:end], lang):
            return best[2]
    return ""


def _unit_counters(run: str, lang: str) -> frozenset[str]:
    """The numeral units opening a Korean run after a number with the counter after them, an
    amount's one word (1 + 조원투자: 조원, so 1조원 + 투자), where the rest of the run after
    the units, its closing particle set aside, is no word of the lists but the counter and
    opens with no band of amounts: 2 + 억원을 is 2억원을, while 10 + 만원대가 keeps 원대, a
    band, with its particle (10만 + 원대가), and 10 + 억원대아파트 before its noun (10억 +
    원대 + 아파트).

    >>> sorted(_unit_counters("조원투자", "ko")), sorted(_unit_counters("만원대가", "ko"))
    (['조원'], [])
    >>> sorted(_unit_counters("억원대아파트", "ko"))
    []
    """
    facts = rules(lang)
    units = len(run) - len(run.lstrip("".join(facts.numerals)))
    found: set[str] = set()
    for end in range(1, units + 1):
        rest = run[end:]
        stem = _without_particle(rest, facts.particles)
        if (stem not in facts.counters and is_word(stem, lang)) or _opens_band(stem, lang):
            continue
        found.update(run[:end] + counter for counter in facts.counters if rest.startswith(counter))
    return frozenset(found)


def _opens_band(run: str, lang: str) -> bool:
    """Whether a Korean run opens with a band of amounts, a word of the lists made of two
    counters (원 + 대: 원대아파트 reads 원대 + 아파트; 원의행복 opens with no band).

    >>> _opens_band("원대아파트", "ko"), _opens_band("원의행복", "ko"), _opens_band("원투자", "ko")
    (True, False, False)
    """
    counters = rules(lang).counters
    opening = _opening_word(run, lang)
    return any(
        opening.startswith(counter) and opening[len(counter) :] in counters for counter in counters
    )


def _counter_prices(
    run: str, number: str, lang: str, priced: int, pieces: frozenset[str]
) -> list[tuple[float, int, str]]:
    """Each of the counters (``pieces``) that opens a Korean run after a number, with the price
    of the rest of the run up to its first ``priced`` syllables, and a counter's (the longer
    counter first among equals); a counter of years after a year only, one of age after an
    age only (2030 + 세대가 is an age band and its noun, not 2030세 + 대가), and one of decades
    after a tens only (``_is_decade``), the whole run too, as no list holds it (1990 + 년대)."""
    year = len(number) == 4 and number.isdigit()
    age = len(number) <= _AGE_DIGITS
    decades = rules(lang).decade_counters
    return [
        (price(run[len(counter) : priced], lang) + _COUNTER_PRICE, -len(counter), counter)
        for counter in pieces
        if len(counter) <= priced and run.startswith(counter)
        if len(counter) < len(run) or counter in decades  # 1990 + 년대, whole
        if year or counter not in rules(lang).year_counters
        if age or counter not in rules(lang).age_counters
        if counter not in decades or _is_decade(run[len(counter) :], number, lang)
    ]


def _is_decade(rest: str, number: str, lang: str) -> bool:
    """Whether a counter of decades (``decade_counters``: 년대) counts after a number, a tens
    (1990, 80), before the rest of the run: nothing, or a run opening with a word of two
    syllables or more or with a suffix or particle (1990 + 년대, 90 + 년대감성, 80 + 년대생);
    before a run opening with a lone syllable the number is a year opening the word after it
    (2020 + 년대선 is 2020년 + 대선, 2020 + 년대상수상 is 2020년 + 대상 + 수상).

    >>> _is_decade("감성", "90", "ko"), _is_decade("생", "80", "ko"), _is_decade("선", "2020", "ko")
    (True, True, False)
    >>> _is_decade("상수상", "2020", "ko"), _is_decade("구시장", "2020", "ko")
    (False, False)
    """
    if not (number.isdigit() and number.endswith("0")):
        return False
    facts, opening = rules(lang), _opening_word(rest, lang)
    return len(opening) != 1 or opening in facts.suffixes | facts.particles


def _opening_word(run: str, lang: str) -> str:
    """The first word a Korean run reads as ("" for an empty run): 상 of 상수상, 구 of 구시장.

    >>> _opening_word("상수상", "ko"), _opening_word("구시장", "ko"), _opening_word("", "ko")
    ('상', '구', '')
    """
    return next(iter(segment(run, lang)), "")


def _without_particle(word: str, particles: frozenset[str]) -> str:
    """A word without the particle that closes it (the longest one), where something is left.

    >>> _without_particle("가구가", frozenset({"가"})), _without_particle("가", frozenset({"가"}))
    ('가구', '가')
    """
    particle = max((end for end in particles if word.endswith(end)), key=len, default="")
    return word[: len(word) - len(particle)] if len(particle) < len(word) else word


def read_word(run: str, number: str) -> str:
    """The start of a Korean run glued after a digit ("" if none) that the digit, read in
    Sino-Korean, makes a known word with, where that word and the rest of the run cost less
    than the run whole and than the run opened by a counter that does not cut the word: 8 +
    도강산유람 is 8도강산 + 유람, the noun 팔도강산, not 8도 + 강산 + 유람; 3 + 차원프린터 is
    3차원 + 프린터; 1 + 일이벤트 is 1일 + 이벤트, not 1일이 + 벤트."""
    lang = scripts_with("hashtags").get("Hangul")
    reading = _DIGIT_READINGS.get(number)
    if lang is None or reading is None or not is_hangul(run):
        return ""
    counters = _counter_prices(run, number, lang, len(run), rules(lang).counters)
    best, cheapest = "", price(run, lang)
    for end in range(_READ_SYLLABLES, len(run) + 1):
        word = reading + run[:end]
        if not is_word(word, lang):
            continue
        total = price(word, lang) + price(run[end:], lang)
        uncut = (counter_price for counter_price, _, counter in counters if len(counter) >= end)
        if total < min(uncut, default=cheapest) and total < cheapest:
            best, cheapest = run[:end], total
    return best


def join_numbered_name(pieces: list[str]) -> list[str]:
    """The words of a Korean run glued to the number after it, a name and its model or sequel
    number: a lone syllable closing the run that reads a Chinese character and is no counter,
    suffix or particle ends the word of two syllables or more before it, where neither is a
    common word (오로라 + 닉 + 3 -> 오로라닉 + 3); 인구 + 약 + 3만 keeps 약, a common word,
    apart, and a native syllable (첫, 뒤) is a word of its own before a number.

    >>> join_numbered_name(["오로라", "닉"]), join_numbered_name(["인구", "약"])
    (['오로라닉'], ['인구', '약'])
    """
    lang = scripts_with("hashtags").get("Hangul")
    if lang is None or len(pieces) < 2:
        return pieces
    word, last = pieces[-2], pieces[-1]
    facts = rules(lang)
    closed = facts.counters | facts.suffixes | facts.particles | facts.number_prefixes
    named = (
        len(last) == 1
        and last in sino_syllables(lang)
        and len(word) > 1
        and is_hangul(word + last)
        and last not in closed
        and min(price(word, lang), price(last, lang)) >= _NAMED_PIECE
    )
    return [*pieces[:-2], word + last] if named else pieces
