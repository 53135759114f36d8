"""Timestamp strings: one string to one UTC instant, and the same for a polars column."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import polars as pl

from normalize.cache import memo
from normalize.options import Options
from normalize.timestamps.grammar import grammar
from normalize.timestamps.labels import labelled_segments
from normalize.timestamps.lines import Context, context, prepare
from normalize.timestamps.reading import read_segment
from normalize.timestamps.zones import utc


def _context(default_tz: str | None, now: datetime | None) -> Context:
    """The reading context of the caller's settings, checked once for each distinct pair (a
    column repeats them); unhashable settings are checked by ``Options``, which says why."""
    try:
        return _checked_context(default_tz, now)
    except TypeError:
        return context(Options(default_tz=default_tz, now=now), None)


@memo(256)
def _checked_context(default_tz: str | None, now: datetime | None) -> Context:
    return context(Options(default_tz=default_tz, now=now), None)


# ISO 8601 / RFC 3339 exactly, which the standard library reads faster than the grammar.
_ISO_STRICT = re.compile(
    r"\d{4}-\d\d-\d\d(?:[T\x20]\d\d:\d\d(?::\d\d(?:\.\d{1,6})?)?(?:Z|[+-]\d\d:?\d\d)?)?",
    re.ASCII,
)


def parse_timestamp(
    text: str, *, default_tz: str | None = None, now: datetime | None = None
) -> datetime | None:
    """One timestamp string to an aware UTC datetime; None when it states no usable time.

    Labels are read and dropped (the published time wins over the modified one); relative forms
    need `now`; an ambiguous zone abbreviation is read in `default_tz` when that is one of its
    zones, else in its usual one (IST is India's).

    >>> parse_timestamp("입력 2024.05.17 오후 5:03")
    datetime.datetime(2024, 5, 17, 8, 3, tzinfo=datetime.timezone.utc)
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_timestamp takes a str, not {type(text).__name__}.")
    ctx = _context(default_tz, now)
    if _ISO_STRICT.fullmatch(text):
        try:
            value = datetime.fromisoformat(text)
        except ValueError:  # 24:00 or a day the month lacks: the grammar decides
            pass
        else:
            if len(text) == len("2024-05-17"):  # a day alone falls on that day in UTC
                return value.replace(tzinfo=UTC)
            return utc(value, value.tzinfo or ctx.zone or UTC)
    whole = prepare(text)
    if not whole.words & grammar().gates["label"]:
        return read_segment(whole, 0, len(text), ctx).value
    # The published time wins, then an unlabelled one, a modified one, another thing's (a string
    # of a column is a time, whatever its label): segments are read only until one gives it.
    _, segments = labelled_segments(whole)
    for wanted in ("published", "", "modified", "elsewhere"):
        for role, _, start, end in segments:
            if role == wanted:
                stated = read_segment(whole, start, end, ctx).value
                if stated is not None:
                    return stated
    return None


# ISO 8601 / RFC 3339 exactly as the scalar fast path reads it (`_ISO_STRICT`), split by whether
# the string carries its offset; polars parses both natively. Common regex subset, no look-around.
_ISO_YEAR = "([1-9][0-9]{3}|0[1-9][0-9]{2}|00[1-9][0-9]|000[1-9])"  # 0001-9999, as datetime

_ISO_CLOCK = r"[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?"

_ISO_AWARE = rf"^{_ISO_YEAR}-[0-9]{{2}}-[0-9]{{2}}{_ISO_CLOCK}(Z|[+-][0-9]{{2}}:?[0-9]{{2}})$"

_ISO_NAIVE = rf"^{_ISO_YEAR}-[0-9]{{2}}-[0-9]{{2}}{_ISO_CLOCK}$"
_ISO_DAY = rf"^{_ISO_YEAR}-[0-9]{{2}}-[0-9]{{2}}$"

_UTC_TYPE = pl.Datetime("us", "UTC")


def timestamps_expr(
    expr: pl.Expr, *, default_tz: str | None = None, now: datetime | pl.Expr | None = None
) -> pl.Expr:
    """The column version of parse_timestamp: Datetime("us", "UTC"), null where it gives None.

    ISO strings are parsed by polars itself; the rest (and any ISO string polars leaves null) by
    parse_timestamp, once per distinct value. `now` (one datetime, or a column such as the time
    each page was fetched) is the reference for relative forms; without it they give null.

    >>> frame = pl.DataFrame({"t": ["2024-05-17T17:03:00+09:00", "17 мая 2024, 12:30 МСК"]})
    >>> frame.select(timestamps_expr(pl.col("t"))).to_series().to_list()[1]
    datetime.datetime(2024, 5, 17, 9, 30, tzinfo=zoneinfo.ZoneInfo(key='UTC'))
    """
    Options(default_tz=default_tz)  # checked now, not when the query runs
    if isinstance(now, pl.Expr):

        def parse_rows(rows: pl.Series) -> pl.Series:
            texts = rows.struct.field("text").cast(pl.String)
            return _parse_column(texts, default_tz, rows.struct.field("now"), None)

        both = pl.struct(expr.cast(pl.String).alias("text"), now.alias("now"))
        return both.map_batches(parse_rows, return_dtype=_UTC_TYPE).alias(_output_name(expr))
    if now is not None and not isinstance(now, datetime):
        raise TypeError(
            "now must be a datetime or a polars expression such as pl.col('fetched_at')."
        )

    def parse_batch(series: pl.Series) -> pl.Series:
        return _parse_column(series.cast(pl.String), default_tz, None, now).alias(series.name)

    return expr.map_batches(parse_batch, return_dtype=_UTC_TYPE)


def _output_name(expr: pl.Expr) -> str:
    """The name the column keeps (a struct of text and now would otherwise be named "text")."""
    return expr.meta.output_name(raise_if_undetermined=False) or "literal"


def _parse_column(
    values: pl.Series, default_tz: str | None, nows: pl.Series | None, now: datetime | None
) -> pl.Series:
    """Native polars for ISO strings, then parse_timestamp over the distinct rest."""
    result = pl.Series(values.name, [None], dtype=_UTC_TYPE).extend_constant(None, len(values) - 1)
    if len(values) == 0:
        return result.clear()
    aware = values.str.contains(_ISO_AWARE)
    if aware.any():
        picked = values.filter(aware)
        parsed = picked.str.to_datetime(time_zone="UTC", strict=False, time_unit="us")
        result = result.scatter(aware.arg_true(), parsed.cast(_UTC_TYPE))
    naive = values.str.contains(_ISO_NAIVE)
    if naive.any():
        parsed = values.filter(naive).str.to_datetime(strict=False, time_unit="us")
        local = parsed.dt.replace_time_zone(
            default_tz or "UTC", ambiguous="earliest", non_existent="null"
        )
        result = result.scatter(naive.arg_true(), local.dt.convert_time_zone("UTC"))
    day = values.str.contains(_ISO_DAY)
    if day.any():  # a day alone falls on that day in UTC, whatever the zone
        parsed = values.filter(day).str.to_date("%Y-%m-%d", strict=False).cast(pl.Datetime("us"))
        result = result.scatter(day.arg_true(), parsed.dt.replace_time_zone("UTC"))
    missing = result.is_null() & values.is_not_null()
    if not missing.any():
        return result
    rest = pl.DataFrame({"key": values.filter(missing)})
    if nows is not None:
        rest = rest.with_columns(now=nows.filter(missing))
    unique = rest.unique(maintain_order=True)
    keys = unique["key"].to_list()
    references = unique["now"].to_list() if nows is not None else [now] * len(keys)
    parsed_values = [
        parse_timestamp(text, default_tz=default_tz, now=reference)
        for text, reference in zip(keys, references, strict=True)
    ]
    table = unique.with_columns(value=pl.Series(parsed_values, dtype=_UTC_TYPE))
    filled = rest.join(table, on=rest.columns, how="left", maintain_order="left", nulls_equal=True)
    return result.scatter(missing.arg_true(), filled["value"])
