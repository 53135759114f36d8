"""A ticker of exchange rates or indices beside a date: the quotes a site prints under or
over its clock ("12 марта 2025 09:14" / "USD 89.61 ▲" / "EUR 97.40 ▼"), whose time that date
is, not the article's. ``site_clocks`` asks it of a date atop the page."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import islice, takewhile
from typing import Final

# How many rates in a row, each alone on its line, make a ticker of exchange rates or indices.
_TICKER_RATES: Final = 2
# What may follow a rate: its change, an arrow or a signed figure ("▲", "+0.35", "-1.2%").
_CHANGE_CHARS: Final = frozenset("▲▼△▽↑↓+-−0123456789.,%")


def beside_rates(lines: Sequence[str], line: int) -> bool:
    """Whether the lines right below line ``line``, or right above it, are at least
    ``_TICKER_RATES`` rates (see `_is_rate`): the quotes of a ticker, whose clock that line's
    time is, not the article's ("12 марта 2025 09:14" / "89.61" / "97.40").

    >>> beside_rates(["12.03.2025 09:14", "USD 89.61 ▲", "EUR 97.40 ▼", "Title"], 0)
    True
    >>> beside_rates(["14 марта 2017 в 11:27", "0,0", "Title"], 0)
    False
    """
    below = islice(lines, line + 1, None)
    above = reversed(lines[:line])
    return any(
        sum(1 for _ in takewhile(_is_rate, side)) >= _TICKER_RATES for side in (below, above)
    )


def _is_rate(line: str) -> bool:
    """Whether a line is a rate as a ticker prints it: a figure with decimals, behind a
    currency's or an index's code in capitals or a pair of them, with its change after it.

    >>> [_is_rate(text) for text in ("89.61", "USD/RUB 1,320.5 +0.4%", "Rated 4.5", "2024")]
    [True, True, False, False]
    """
    words = line.split()
    if words and words[0].replace("/", "").isascii() and words[0].replace("/", "").isupper():
        words = words[1:]
    if not 1 <= len(words) <= 2 or not all(char in _CHANGE_CHARS for char in "".join(words[1:])):
        return False
    figure = words[0]
    return (
        figure[:1].isdigit()
        and figure[-1:].isdigit()
        and all(char in "0123456789.," for char in figure)
        and ("." in figure or "," in figure)
    )
