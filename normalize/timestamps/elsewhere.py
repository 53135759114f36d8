"""Times a page prints for another thing than its article: an embedded social post's time,
and a today widget's date beside the weather. ``datelines`` marks the datelines they find.
"""

from __future__ import annotations

import re
from typing import Final

# A temperature as a weather widget prints it beside the date: "12°", "-3.1℃", "Сейчас-14°C";
# not an angle's degrees followed by its minutes ("55°45′").
_TEMPERATURE: Final = re.compile(r"[0-9] ?[°℃](?![0-9])")
# How many lines from a date a weather widget may stand to be that date's widget.
_WEATHER_REACH: Final = 2
# A weather widget's line is short ("• Seoul 5.2℃", "Partly cloudy 61 °F"); a lead that
# reports a temperature ("Temperatures reached 35°C on Monday as ...") is not one.
_WEATHER_LINE: Final = 40
_HANDLE_CHARS: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


def weather_lines(text: str) -> frozenset[int]:
    """The lines of a text that are a weather reading: a short line holding a temperature.

    >>> sorted(weather_lines("2023.11.02 (목)\\n• 서울 5.2℃\\nThe square sits at 37°34′N."))
    [1]
    """
    if "°" not in text and "℃" not in text:
        return frozenset()
    return frozenset(
        index
        for index, line in enumerate(text.split("\n"))
        if len(line) <= _WEATHER_LINE and _TEMPERATURE.search(line)
    )


def beside_weather(line: int, warm: frozenset[int]) -> bool:
    """Whether a line stands within reach of a weather reading (one of ``warm``'s lines)."""
    return not warm.isdisjoint(range(line - _WEATHER_REACH, line + _WEATHER_REACH + 1))


def ends_with_handle(text: str) -> bool:
    """Whether a text ends with a social handle in brackets: "Jane Roe (@janeroe)".

    >>> ends_with_handle("— Jane Roe (@janeroe) "), ends_with_handle("Jane Roe (editor)")
    (True, False)
    """
    text = text.rstrip()
    opening = text.rfind("(@")
    handle = text[opening + 2 : -1]
    if opening < 0 or not text.endswith(")") or not 0 < len(handle) <= 15:
        return False
    return all(char in _HANDLE_CHARS for char in handle)
