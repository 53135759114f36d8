"""The table: its schema, and building it from texts, DataFrames and LazyFrames."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from functools import partial
from typing import Any, overload

import polars as pl

from normalize.documents import failed_row, normalize_document
from normalize.options import Options

SCHEMA_VERSION = "2"
UTC_INSTANT = pl.Datetime("us", "UTC")
SCHEMA = pl.Schema(
    {
        "doc_id": pl.String(),
        "source": pl.String(),
        "title": pl.String(),
        "title_score": pl.Float64(),
        "title_lang": pl.String(),
        "title_key": pl.String(),
        "title_ascii": pl.String(),
        "alt_titles": pl.List(pl.Struct({"text": pl.String(), "lang": pl.String()})),
        "languages": pl.List(pl.String()),
        "fragments": pl.List(
            pl.Struct(
                {
                    "start": pl.UInt32(),
                    "end": pl.UInt32(),
                    "lang": pl.String(),
                    "script": pl.String(),
                }
            )
        ),
        "hashtags": pl.List(
            pl.Struct({"tag": pl.String(), "words": pl.List(pl.String()), "lang": pl.String()})
        ),
        "published_at": UTC_INSTANT,
        "published_precision": pl.String(),
        "modified_at": UTC_INSTANT,
        "body": pl.String(),
        "warnings": pl.List(pl.String()),
    }
)


@overload
def normalize_documents(
    data: pl.LazyFrame,
    *,
    text_column: str = ...,
    id_column: str | None = ...,
    source_column: str | None = ...,
    fetched_at_column: str | None = ...,
    warnings_column: str | None = ...,
    default_tz: str | None = ...,
    now: datetime | None = ...,
) -> pl.LazyFrame: ...
@overload
def normalize_documents(
    data: pl.DataFrame | Iterable[str | bytes | None],
    *,
    text_column: str = ...,
    id_column: str | None = ...,
    source_column: str | None = ...,
    fetched_at_column: str | None = ...,
    warnings_column: str | None = ...,
    default_tz: str | None = ...,
    now: datetime | None = ...,
) -> pl.DataFrame: ...
def normalize_documents(
    data: pl.LazyFrame | pl.DataFrame | Iterable[str | bytes | None],
    *,
    text_column: str = "text",
    id_column: str | None = None,
    source_column: str | None = None,
    fetched_at_column: str | None = None,
    warnings_column: str | None = None,
    default_tz: str | None = None,
    now: datetime | None = None,
) -> pl.DataFrame | pl.LazyFrame:
    """Normalize many documents into the table of ``SCHEMA``: one row per document, in order.

    ``data`` is an iterable of texts (``str``, ``bytes`` or ``None``), a DataFrame, or a
    LazyFrame (then a LazyFrame comes back). The text column may be String or Binary;
    ``fetched_at_column`` (Datetime) is the reference time for relative timestamps per row.

    >>> frame = normalize_documents(["Leaders meet in Beijing\\n\\nThey met on Thursday, May 16."])
    >>> frame.select("title", "title_lang").row(0)
    ('Leaders meet in Beijing', 'en')
    """
    options = Options(default_tz=default_tz, now=now)
    columns = {
        "text": text_column,
        "id": id_column,
        "source": source_column,
        "fetched_at": fetched_at_column,
        "warnings": warnings_column,
    }
    if isinstance(data, pl.LazyFrame):
        check_columns(data.collect_schema().names(), columns)
        return data.map_batches(
            partial(_normalize_frame, columns=columns, options=options),
            schema=SCHEMA,
            streamable=True,
        )
    if isinstance(data, pl.DataFrame):
        check_columns(data.columns, columns)
        return _normalize_frame(data, columns=columns, options=options)
    if isinstance(data, str | bytes):
        raise TypeError(
            "normalize_documents takes many documents; for one, use normalize_document."
        )
    rows = (_safe_row(text, options=options) for text in data)
    return pl.DataFrame(list(rows), schema=SCHEMA)


def check_columns(names: list[str], columns: dict[str, str | None]) -> None:
    """Misuse: a named column that the input does not have. The message lists the ones it has."""
    for role, column in columns.items():
        if column is not None and column not in names:
            raise ValueError(
                f"The {role} column {column!r} is not in the input; "
                f"its columns are: {', '.join(names) or '(none)'}."
            )


def _normalize_frame(
    frame: pl.DataFrame, *, columns: dict[str, str | None], options: Options
) -> pl.DataFrame:
    def column(role: str) -> Iterable[Any]:
        name = columns[role]
        return frame.get_column(name).to_list() if name is not None else [None] * frame.height

    fetched = columns["fetched_at"]
    if fetched is not None:
        frame = frame.with_columns(_as_instant(pl.col(fetched), frame.schema[fetched]))
    rows = [
        _safe_row(
            text,
            doc_id=None if doc_id is None else str(doc_id),
            source=None if source is None else str(source),
            fetched_at=fetched_at,
            warnings=warnings,
            options=options,
        )
        for text, doc_id, source, fetched_at, warnings in zip(
            column("text"),
            column("id"),
            column("source"),
            column("fetched_at"),
            column("warnings"),
            strict=True,
        )
    ]
    return pl.DataFrame(rows, schema=SCHEMA)


def _as_instant(expr: pl.Expr, dtype: pl.DataType) -> pl.Expr:
    """A fetched-at column as UTC instants: naive values are read as UTC, strings parsed."""
    if isinstance(dtype, pl.Datetime):
        if dtype.time_zone is None:
            return expr.dt.replace_time_zone("UTC")
        return expr.dt.convert_time_zone("UTC")
    return expr.cast(pl.String()).str.to_datetime(time_zone="UTC", strict=False, time_unit="us")


def _safe_row(
    text: str | bytes | None,
    *,
    doc_id: str | None = None,
    source: str | None = None,
    fetched_at: datetime | None = None,
    warnings: list[str] | None = None,
    options: Options,
) -> dict[str, Any]:
    """One row, whatever happens: a failure inside becomes the row's warning, not a stopped run."""
    try:
        return normalize_document(
            text,
            doc_id=doc_id,
            source=source,
            fetched_at=fetched_at,
            warnings=warnings,
            options=options,
        )
    except Exception as error:  # one bad document must never stop a run of millions
        return failed_row(doc_id, source, error, warnings=warnings, text=text)
