"""Word segmentation of letter runs that carry no boundaries of their own.

A hashtag like ``northkoreanuclear`` or ``중러정상회담`` has no case changes or separators to
split on; the best split is the one whose words are most probable under a unigram model of
the run's language (Viterbi over word costs). Costs come from wordfreq's frequency lists.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import wordfreq


@dataclass(frozen=True)
class Settings:
    """Prices, in nats, that shape a split beyond the word frequencies themselves."""

    max_word: int = 24  # longest known word tried at each position
    word: float = 0.0  # added to every word: > 0 prefers fewer, longer words
    short: tuple[float, ...] = (3.0, 2.0)  # extra price of 1- and 2-letter words
    unknown_base: float = 7.0  # an unknown piece: a fixed price ...
    unknown_per_char: float = 2.5  # ... plus a price per letter, so it stays in one piece


# Letters of an alphabet carry little each, so 1- and 2-letter words are rare and cost more;
# a Hangul syllable is a whole syllable, and 2-syllable Korean words are the commonest.
SETTINGS = {
    "en": Settings(),
    "ru": Settings(),
    "ko": Settings(short=(), unknown_per_char=4.5),
}
_DEFAULT_SETTINGS = Settings()


@functools.cache
def _costs(lang: str) -> dict[str, float]:
    """Negative log probability of each word of a language, lowercase keys."""
    try:
        freqs = wordfreq.get_frequency_dict(lang, wordlist="best")
    except LookupError:
        return {}
    costs: dict[str, float] = {}
    for word, freq in freqs.items():
        if freq > 0 and word.isalnum():
            costs[word] = -math.log(freq)
    return costs


def is_word(word: str, lang: str) -> bool:
    """Whether the language's word list knows this word (lowercase).

    >>> is_word("iphone", "en")
    True
    """
    return word in _costs(lang)


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
    key = run.lower()
    if len(key) != len(run):  # lowercasing changed the length: slices would not line up
        key = run
    n = len(key)
    if settings is None:
        settings = SETTINGS.get(lang, _DEFAULT_SETTINGS)
    short = settings.short
    best = [0.0] + [math.inf] * n
    back = [0] * (n + 1)
    known = [False] * (n + 1)
    for end in range(1, n + 1):
        for start in range(max(0, end - settings.max_word), end):
            piece = key[start:end]
            cost = costs.get(piece)
            is_known = cost is not None
            if cost is None:
                cost = settings.unknown_base + settings.unknown_per_char * len(piece)
            elif len(piece) <= len(short):
                cost += short[len(piece) - 1]
            total = best[start] + cost + settings.word
            if total < best[end]:
                best[end], back[end], known[end] = total, start, is_known
    pieces: list[tuple[int, int, bool]] = []
    end = n
    while end > 0:
        start = back[end]
        pieces.append((start, end, known[end]))
        end = start
    pieces.reverse()
    # Neighbouring unknown pieces are one unknown word, cut only by the length limit.
    words: list[str] = []
    previous_known = True
    for start, end, is_known in pieces:
        if not is_known and not previous_known:
            words[-1] += run[start:end]
        else:
            words.append(run[start:end])
        previous_known = is_known
    return words
