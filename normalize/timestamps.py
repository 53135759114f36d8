"""Find and parse news timestamps (Korean, Russian, English) to aware UTC datetimes.

First version: ISO 8601 strings and labelled datelines; the full grammar follows.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import NamedTuple
from zoneinfo import ZoneInfo

import polars as pl
import regex

_ISO = regex.compile(
    r"""(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})     # calendar date
        (?:[T\s,]+(?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?  # clock time
        \s*(?P<z>Z|[+-]\d{2}:?\d{2}|KST)?           # zone
    """,
    regex.VERBOSE,
)


class Times(NamedTuple):
    """Publication and modification instants found in a document, and where they were."""

    published_at: datetime | None
    modified_at: datetime | None
    spans: list[tuple[int, int]]
    warnings: list[str]


def parse_timestamp(
    text: str, *, default_tz: str | None = None, now: datetime | None = None
) -> datetime | None:
    """One timestamp string to an aware UTC datetime, or None.

    >>> parse_timestamp("2024-05-17 17:03 KST")
    datetime.datetime(2024, 5, 17, 8, 3, tzinfo=datetime.timezone.utc)
    """
    match = _ISO.search(text)
    if match is None:
        return None
    zone = match["z"]
    try:
        local = datetime(
            int(match["y"]),
            int(match["m"]),
            int(match["d"]),
            int(match["H"] or 0),
            int(match["M"] or 0),
            int(match["S"] or 0),
        )
    except ValueError:
        return None
    if zone == "KST":
        aware = local.replace(tzinfo=ZoneInfo("Asia/Seoul"))
    elif zone and zone != "Z":
        aware = datetime.fromisoformat(local.isoformat() + zone)
    else:
        aware = local.replace(tzinfo=ZoneInfo(default_tz) if default_tz else UTC)
    return aware.astimezone(UTC)


def find_times(
    text: str,
    *,
    default_tz: str | None = None,
    now: datetime | None = None,
    lang: str | None = None,
) -> Times:
    """The publication and modification times of a whole document.

    >>> find_times("Title\\n2024-05-17 09:00 KST\\nBody").published_at
    datetime.datetime(2024, 5, 17, 0, 0, tzinfo=datetime.timezone.utc)
    """
    offset = 0
    for line in text.split("\n"):
        value = parse_timestamp(line, default_tz=default_tz, now=now)
        if value is not None:
            return Times(value, None, [(offset, offset + len(line))], [])
        offset += len(line) + 1
    return Times(None, None, [], ["timestamp_missing: no publication time found in the text"])


def timestamps_expr(expr: pl.Expr, *, default_tz: str | None = None) -> pl.Expr:
    """The column version of parse_timestamp.

    >>> pl.select(timestamps_expr(pl.lit("2024-05-17 17:03 KST"))).item()
    datetime.datetime(2024, 5, 17, 8, 3, tzinfo=zoneinfo.ZoneInfo(key='UTC'))
    """
    return expr.map_elements(
        lambda s: parse_timestamp(s, default_tz=default_tz),
        return_dtype=pl.Datetime("us", "UTC"),
    )
