"""How documents are read: one frozen settings type, checked once, the same for every entry point.

``parse_timestamp``, ``normalize_document``, ``normalize_documents``, the polars expressions
and the command line all build an ``Options`` and hand it down unchanged; nothing below them
checks settings again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from normalize.cache import once

# The default of ``Options.title_threshold``: a headline is given when it is more likely right
# than not.
TITLE_THRESHOLD = 0.0

# A fixed offset from UTC, as ISO 8601 writes it.
_OFFSET = re.compile(r"[+-]\d\d:\d\d", re.ASCII)


@dataclass(frozen=True)
class Options:
    """The caller's settings.

    ``default_tz``: the zone of times printed without one, an IANA name ("Asia/Seoul") or a
    fixed offset ("+09:00"); without it the page's language decides (a Korean page is read in
    Asia/Seoul, a Russian one in Europe/Moscow), else UTC. ``now``: the reference instant for
    relative times ("2시간 전"), timezone-aware; never the clock. ``title_threshold``: how sure
    (in log-odds, the row's ``title_score`` is its probability) the headline chooser must be to
    give a title; below it the row has none, with ``title_missing``. Raise it for fewer, surer
    titles; lower it to get a title on more pages.

    >>> Options(default_tz="+09:00").zone
    datetime.timezone(datetime.timedelta(seconds=32400))
    >>> Options(now=datetime(2024, 5, 17))
    Traceback (most recent call last):
    ...
    ValueError: now must be timezone-aware, e.g. datetime(2024, 5, 17, tzinfo=UTC).
    """

    default_tz: str | None = None
    now: datetime | None = None
    title_threshold: float = TITLE_THRESHOLD

    def __post_init__(self) -> None:
        if self.default_tz is not None:
            if not isinstance(self.default_tz, str):
                raise TypeError("default_tz must be an IANA zone name such as 'Asia/Seoul'.")
            named_zone(self.default_tz)
        if not isinstance(self.title_threshold, int | float):
            raise TypeError("title_threshold must be a number (log-odds), e.g. 0.0 or 1.5.")
        if self.now is not None:
            if not isinstance(self.now, datetime):
                raise TypeError("now must be a datetime; pass the time the page was fetched.")
            if self.now.tzinfo is None or self.now.utcoffset() is None:
                raise ValueError(
                    "now must be timezone-aware, e.g. datetime(2024, 5, 17, tzinfo=UTC)."
                )

    @property
    def zone(self) -> tzinfo | None:
        """``default_tz`` as a zone, or None."""
        return None if self.default_tz is None else named_zone(self.default_tz)

    def as_metadata(self) -> dict[str, str | None]:
        """The settings as strings, for a Parquet file's metadata.

        >>> Options(default_tz="Asia/Seoul").as_metadata()
        {'default_tz': 'Asia/Seoul', 'now': None, 'title_threshold': '0.0'}
        """
        return {
            "default_tz": self.default_tz,
            "now": None if self.now is None else self.now.isoformat(),
            "title_threshold": str(self.title_threshold),
        }


@once
def named_zone(name: str) -> tzinfo:
    """An IANA zone or a fixed "+09:00" offset by name; UTC as the standard library's own.

    >>> named_zone("Europe/Moscow")
    zoneinfo.ZoneInfo(key='Europe/Moscow')
    >>> named_zone("Mars/Olympus")
    Traceback (most recent call last):
    ...
    ValueError: Unknown time zone 'Mars/Olympus'; pass an IANA name such as 'Asia/Seoul' or 'UTC'.
    """
    if name == "UTC":
        return UTC
    if _OFFSET.fullmatch(name) and int(name[1:3]) <= 14 and int(name[4:6]) < 60:
        sign = -1 if name[0] == "-" else 1
        return timezone(sign * timedelta(hours=int(name[1:3]), minutes=int(name[4:6])))
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ValueError(
            f"Unknown time zone {name!r}; pass an IANA name such as 'Asia/Seoul' or 'UTC'."
        ) from error
