"""Every pattern family is linear on its worst shape: 1 MB takes about 100 times 10 KB.

Each family is a shape (a long run of "(", "#", digits, separators, Hangul without spaces, one
long line) given to the public function that reads it. A quadratic pattern takes 10,000 times
as long on 100 times the input; the bound here, 1,000, leaves room for caches and memory
without letting one through. Each input is new (one unit shorter than the one before), so no
cache answers it; the time is this process's CPU time, which other work on the machine does not
inflate. The whole document on every shape, with figures, is ``benchmarks/linearity.py``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest

import normalize

SMALL, MIDDLE, LARGE = 10_000, 100_000, 1_000_000
# A quadratic family scores ~10,000; linear ones score 70-150 here (benchmarks/linearity.py).
MAX_RATIO = 1_000
# From 10 KB to 100 KB: quadratic is x100, linear x10 to x25.
MIDDLE_RATIO = 60

FAMILIES: list[Any] = [
    pytest.param(normalize.normalize_document, "(", id="outlet-name parentheses: ((((("),
    pytest.param(normalize.normalize_document, "-", id="separators in a document: -----"),
    pytest.param(normalize.normalize_document, "1", id="digits in a document: 11111"),
    pytest.param(normalize.normalize_document, "가", id="Hangul without spaces in a document"),
    pytest.param(normalize.normalize_document, "word ", id="one long line of words"),
    pytest.param(normalize.normalize_document, "&amp;", id="HTML entities"),
    pytest.param(normalize.normalize_document, "Ã©", id="mojibake"),
    pytest.param(normalize.find_hashtags, "#", id="hashtag marks: #####"),
    pytest.param(normalize.find_hashtags, "#ab ", id="a line of hashtags"),
    pytest.param(normalize.parse_timestamp, "2024-05-17 ", id="dates: 2024-05-17 2024-05-17"),
    pytest.param(normalize.parse_timestamp, "1", id="digits as a timestamp"),
    pytest.param(normalize.title_key, "- ", id="separators in a title key"),
    pytest.param(normalize.normalize_title, "((", id="parentheses in a title"),
    pytest.param(normalize.detect_fragments, "가", id="Hangul without spaces: fragments"),
    pytest.param(normalize.detect_fragments, "п#1 ", id="mixed runs: fragments"),
]


def _seconds(function: Callable[[str], object], unit: str, size: int, tries: int) -> float:
    """The fastest of ``tries`` runs, each on a new input of ``size`` characters."""
    best = float("inf")
    for attempt in range(tries):
        text = unit * (size // len(unit) - attempt)  # a unit less each time: a new text
        started = time.process_time()
        function(text)
        best = min(best, time.process_time() - started)
    return best


@pytest.mark.parametrize(("function", "unit"), FAMILIES)
def test_family_is_linear(function: Callable[[str], object], unit: str) -> None:
    small = _seconds(function, unit, SMALL, tries=5)
    # 100 KB first: a quadratic family shows there (x100, where linear is x10 to x25), and
    # fails in a second instead of running for minutes at 1 MB.
    middle = _seconds(function, unit, MIDDLE, tries=3)
    assert middle / max(small, 1e-5) < MIDDLE_RATIO, (small, middle)
    large = _seconds(function, unit, LARGE, tries=1)
    if large / max(small, 1e-5) >= MAX_RATIO:  # a busy machine: once more, the faster counts
        large = min(large, _seconds(function, unit, LARGE, tries=1))
    assert large / max(small, 1e-5) < MAX_RATIO, (small, middle, large)
