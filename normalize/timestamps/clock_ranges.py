"""A range of clock times printed as a programme's slot ("06:00-06:30"), told from a clock and
the offset of its zone glued after it ("2024-05-03T06:00-06:30", ISO 8601)."""

from __future__ import annotations

# The digits a clock is printed with here, and how long a range's closing clock is with the
# sign before it ("-06:30").
_DIGITS = "0123456789"
RANGE_CLOSE = 6


def closes_range(text: str, anchor: int) -> bool:
    """Whether a hyphen or an en dash and a clock of two-digit hours and minutes glued at
    ``anchor`` after a clock printed without seconds close a range of clock times ("06:00-06:30",
    a programme's slot) rather than state an offset; after seconds ("08:00:00-05:00") or a
    date's "T" ("2024-05-17T06:00-06:30", ISO 8601) they are an offset, and so are they when
    they are no later than the clock before them ("2024-05-03 10:00-05:00", a feed's stamp).

    >>> closes_range("May 3, 2024 06:00-06:30", 17), closes_range("2024-05-03T06:00-06:30", 16)
    (True, False)
    >>> closes_range("2024-05-03 10:00-05:00", 16)
    False
    """
    closing = text[anchor : anchor + RANGE_CLOSE + 1]
    if not (
        len(closing) >= RANGE_CLOSE
        and closing[0] in "-–"
        and _is_clock(closing[1:RANGE_CLOSE])
        and closing[RANGE_CLOSE:] not in tuple(_DIGITS + ":")
    ):
        return False
    colon = anchor - 3
    if colon < 1 or not _is_clock(text[colon - 1 : anchor]):
        return False
    hours = colon - 1  # the first digit of the hours, one or two of them
    if hours > 0 and text[hours - 1] in _DIGITS:
        hours -= 1
    if text[hours:anchor].zfill(RANGE_CLOSE - 1) >= closing[1:RANGE_CLOSE]:
        return False  # a range closes later than it opens
    return hours == 0 or text[hours - 1] not in _DIGITS + ":Tt"


def _is_clock(text: str) -> bool:
    """Whether ``text`` is a digit, a colon and two digits, or two digits before them."""
    return (
        len(text) in (4, 5)
        and text[-3] == ":"
        and all(char in _DIGITS for char in text[:-3] + text[-2:])
    )
