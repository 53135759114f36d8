"""A story's reading time, as a card, a teaser or a byline prints it: "3 mins read", "3 мин
чтения", "읽는 시간 3분". Each language prints it with its own fixed label, before or after
the minutes. A reading time belongs to one story: a teaser's card under its head, the article's
own on its byline's line ("2 mins readBy: Ana Ruiz").
"""

from __future__ import annotations

from typing import Final

import regex

# A reading time, read case aside and verbose.
READING_TIMES: Final = r"""(?:
          \d{1,3}\s?(?:min|mins|minute|minutes)\s+read            # "2 min read"
        | \d{1,3}\s?мин(?:ут[аы]?)?\.?\s+чтения                  # "3 мин чтения"
        | время\s+чтения\s?:?\s?\d{1,3}\s?мин(?:ут[аы]?)?\.?     # "Время чтения: 4 минуты"
        | 읽는\s?시간\s?:?\s?\d{1,3}\s?분                          # "읽는 시간 3분"
        | \d{1,3}\s?분\s?읽기                                     # "3분 읽기"
        )"""
_FLAGS: Final = regex.IGNORECASE | regex.VERBOSE
_ALONE: Final = regex.compile(r"\s*" + READING_TIMES + r"\s*", _FLAGS)
_ANYWHERE: Final = regex.compile(READING_TIMES, _FLAGS)
_OPENING: Final = regex.compile(r"\s*" + READING_TIMES, _FLAGS)


def is_reading_time(line: str) -> bool:
    """Whether a line is a reading time alone.

    >>> is_reading_time(" 3 mins read"), is_reading_time("3 mins read: the ferry")
    (True, False)
    """
    return _ALONE.fullmatch(line) is not None


def holds_reading_time(line: str) -> bool:
    """Whether a reading time stands anywhere in a line.

    >>> holds_reading_time("2 mins readBy: Ana Ruiz"), holds_reading_time("Read the report")
    (True, False)
    """
    return _ANYWHERE.search(line) is not None


def after_reading_time(line: str) -> str | None:
    """What follows a reading time opening a line, spaces aside, or None when none opens it.

    >>> after_reading_time("2 mins readBy: Ana Ruiz"), after_reading_time("By: Ana Ruiz")
    ('By: Ana Ruiz', None)
    """
    found = _OPENING.match(line)
    return None if found is None else line[found.end() :].strip()
