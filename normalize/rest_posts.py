"""A WordPress REST answer a crawl fetched in place of a page: one post as a JSON object
(``{"id":51207,"date":"…","date_gmt":"…","title":{"rendered":"…"},"content":{…}}``).

Such an answer names its own fields: ``title.rendered`` is the post's title (HTML entities
escaped, as the site prints it), ``date_gmt`` its publication and ``modified_gmt`` its last edit,
both in UTC as their names say (``date`` and ``modified`` are the site's local time, whose zone
the answer does not state). The lines of its escaped markup hold no headline or dateline of
the page's own, so these fields are read instead of them.

It is known by its whole text: a JSON object, read strictly (no ``NaN``, no number out of a
double's range, no lone surrogate, at most ``MAX_DEPTH`` levels of nesting), whose ``title`` is
an object holding a ``rendered`` text and which holds a ``date_gmt`` field. Any other JSON (a
list of posts, another API's fields) is left to the other rules.
"""

from __future__ import annotations

import json
import math
from datetime import UTC, datetime
from typing import Any, NamedTuple

import regex

from normalize.decoding import repair_text
from normalize.text import clean_text

# Deeper than this many levels of arrays and objects, a text is no post (a post is four deep);
# the core's JSON reader stops at 128.
MAX_DEPTH = 64
# A field's time: the date and the clock to the second, no zone (WordPress's own form).
_FIELD_TIME = regex.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})")
# The field that makes an object a WordPress post: its publication time in UTC.
_MARK = '"date_gmt"'
# A lone surrogate, which JSON's escapes can spell ("\\ud800") and the core's reader refuses.
_SURROGATE = regex.compile("[\ud800-\udfff]")


class RestPost(NamedTuple):
    """A post's own fields: its title and its times in UTC (each ``None`` when absent)."""

    title: str | None
    published_at: datetime | None
    modified_at: datetime | None


def rest_post(text: str) -> RestPost | None:
    """The fields of a WordPress REST answer for one post, if the whole text is one.

    >>> post = rest_post('{"id":7,"date":"2024-03-02T09:15:00","date_gmt":"2024-03-02T15:15:00",'
    ...     '"modified_gmt":"2024-03-02T16:00:05","title":{"rendered":"Ferry &#8216;back&#8217;"}}')
    >>> post.title, post.published_at.isoformat(), post.modified_at.isoformat()
    ('Ferry ‘back’', '2024-03-02T15:15:00+00:00', '2024-03-02T16:00:05+00:00')
    >>> rest_post('[{"date_gmt":"2024-03-02T15:15:00","title":{"rendered":"A list"}}]') is None
    True
    >>> rest_post('{"date_gmt":"2024-03-02T15:15:00","title":"Not rendered"}') is None
    True
    """
    if _MARK not in text:  # most pages: no copy of their text is made to learn so
        return None
    stripped = text.strip(" \t\n\r")
    if not (stripped.startswith("{") and stripped.endswith("}")):
        return None
    answer = _strict_json(stripped)
    if not isinstance(answer, dict) or "date_gmt" not in answer:
        return None
    title = answer.get("title")
    if not isinstance(title, dict) or not isinstance(title.get("rendered"), str):
        return None
    published = _field_time(answer["date_gmt"])
    modified = _field_time(answer.get("modified_gmt"))
    if published is not None and modified is not None and modified < published:
        modified = None  # a scheduled post's last edit, made before its publication
    return RestPost(_title(title["rendered"]), published, modified)


def _title(rendered: str) -> str | None:
    """The rendered title as a headline: its entities decoded, cleaned, on one line."""
    words = clean_text(repair_text(rendered).text).split()
    return " ".join(words) or None


def _field_time(value: Any) -> datetime | None:
    """A field's time (``2025-11-04T19:12:40``) as an instant in UTC; none for another value."""
    if not isinstance(value, str):
        return None
    match = _FIELD_TIME.fullmatch(value)
    if match is None:
        return None
    year, month, day, hour, minute, second = (int(part) for part in match.groups())
    try:
        return datetime(year, month, day, hour, minute, second, tzinfo=UTC)
    except ValueError:  # "0000-00-00T00:00:00", a month 13
        return None


def _strict_json(text: str) -> Any:
    """The JSON value of ``text``, or ``None`` when it is no strict JSON (as the core reads
    it: no ``NaN`` or ``Infinity``, no number a double cannot hold, no lone surrogate, no more
    than ``MAX_DEPTH`` levels)."""
    try:
        value = json.loads(text, parse_constant=_refuse, parse_float=_finite, parse_int=_whole)
    except (ValueError, RecursionError):
        return None
    return value if _sound(value) else None


def _refuse(constant: str) -> Any:
    """Never a value: ``NaN``, ``Infinity`` and ``-Infinity`` are no JSON."""
    raise ValueError(f"no JSON: {constant}")


def _finite(digits: str) -> float:
    """The fraction ``digits`` spells, refused when a double cannot hold it."""
    number = float(digits)
    if not math.isfinite(number):
        raise ValueError(f"out of range: {digits}")
    return number


def _whole(digits: str) -> int:
    """The whole number ``digits`` spells, refused when a double cannot hold it."""
    if not math.isfinite(float(digits)):  # past a double's range, as the core reads numbers
        raise ValueError(f"out of range: {digits}")
    return int(digits)


def _sound(value: Any) -> bool:
    """Whether a parsed value nests at most ``MAX_DEPTH`` levels and holds no lone surrogate
    in any of its texts (keys too)."""
    stack = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, str):
            if _SURROGATE.search(item):
                return False
        elif isinstance(item, (dict, list)):
            if depth >= MAX_DEPTH:
                return False
            if isinstance(item, dict):
                stack.extend((key, depth) for key in item)
                stack.extend((child, depth + 1) for child in item.values())
            else:
                stack.extend((child, depth + 1) for child in item)
    return True
