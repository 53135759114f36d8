"""Word segmentation of letter runs that carry no boundaries of their own.

A hashtag like ``northkoreanuclear`` or ``중러정상회담`` has no case changes or separators to
split on; the best split is the one whose words are most probable under a unigram model of
the run's language (Viterbi over word costs). Costs come from wordfreq's frequency lists.
"""

from __future__ import annotations

import functools
import math

import wordfreq

# Longest known word tried at each position; longer pieces are unknown words.
_MAX_WORD = 24
# Unknown piece cost: a fixed price plus a price per letter, so unknown text stays in one piece.
_UNKNOWN_BASE = 18.0
_UNKNOWN_PER_CHAR = 2.5


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


def segment(run: str, lang: str) -> list[str]:
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
    best = [0.0] + [math.inf] * n
    back = [0] * (n + 1)
    known = [False] * (n + 1)
    for end in range(1, n + 1):
        for start in range(max(0, end - _MAX_WORD), end):
            piece = key[start:end]
            cost = costs.get(piece)
            is_known = cost is not None
            if cost is None:
                cost = _UNKNOWN_BASE + _UNKNOWN_PER_CHAR * len(piece)
            total = best[start] + cost
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
