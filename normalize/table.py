"""The table's entry point: building it from texts, DataFrames and LazyFrames (its columns are
``normalize.schema``'s, its rows ``normalize.rows``').

A frame keeps its own columns: ``normalize_documents`` adds the table's columns after them, as
``with_columns`` would, and a table column whose name the frame already uses is added as
``norm_<name>`` (``PREFIX``).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from functools import partial
from typing import overload

import polars as pl

from normalize.options import TITLE_THRESHOLD, Options
from normalize.rows import table_rows, text_rows
from normalize.schema import SCHEMA

# Before a table column whose name the caller's frame already uses.
PREFIX = "norm_"


def output_names(names: Iterable[str]) -> dict[str, str]:
    """The name each table column takes beside a frame's columns: its own, or ``norm_`` and
    its own where the frame already has it. Misuse: a frame that has both.

    >>> output_names(["url", "title"])["title"], output_names(["url", "title"])["body"]
    ('norm_title', 'body')
    """
    taken = set(names)
    renamed = {name: PREFIX + name if name in taken else name for name in SCHEMA}
    for name, new in renamed.items():
        if new != name and new in taken:
            raise ValueError(
                f"The input has both {name!r} and {new!r}, the names the table's {name!r} "
                "column would take; rename one of them first."
            )
    return renamed


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
    title_threshold: float = ...,
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
    title_threshold: float = ...,
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
    title_threshold: float = TITLE_THRESHOLD,
) -> pl.DataFrame | pl.LazyFrame:
    """Normalize many documents: one row per document, in order, with the columns of ``SCHEMA``.

    ``data`` is an iterable of texts (``str``, ``bytes`` or ``None``: the table comes back), a
    DataFrame, or a LazyFrame (then a LazyFrame comes back, which streams). A frame keeps its
    columns, first and unchanged, and gains the table's after them; a table column whose name
    the frame already has is added as ``norm_<name>``. The text column may be String or
    Binary; ``fetched_at_column`` (Datetime, or ISO 8601 text) is the reference time for
    relative timestamps per row. ``title_threshold`` (log-odds) is how sure the headline
    chooser must be to give a title; below it the row has none and warns ``title_missing``
    (``title_score`` is the probability, for filtering afterwards).

    >>> frame = normalize_documents(["Leaders meet in Beijing\\n\\nThey met on Thursday, May 16."])
    >>> frame.select("title", "title_lang").row(0)
    ('Leaders meet in Beijing', 'en')
    >>> page = "Leaders meet in Beijing\\n\\nThe two leaders met in Beijing on Thursday."
    >>> table = normalize_documents(pl.DataFrame({"title": ["(crawler's title)"], "text": [page]}))
    >>> table.columns[:5]
    ['title', 'text', 'doc_id', 'source', 'norm_title']
    >>> table.select("title", "norm_title").row(0)
    ("(crawler's title)", 'Leaders meet in Beijing')
    """
    options = Options(default_tz=default_tz, now=now, title_threshold=title_threshold)
    columns = {
        "text": text_column,
        "id": id_column,
        "source": source_column,
        "fetched_at": fetched_at_column,
        "warnings": warnings_column,
    }
    if isinstance(data, pl.LazyFrame):
        schema = data.collect_schema()
        check_columns(schema.names(), columns)
        names = output_names(schema.names())
        added = {names[name]: dtype for name, dtype in SCHEMA.items()}
        return data.map_batches(
            partial(_with_rows, columns=columns, options=options, names=names),
            schema=pl.Schema({**schema, **added}),
            streamable=True,
        )
    if isinstance(data, pl.DataFrame):
        check_columns(data.columns, columns)
        names = output_names(data.columns)
        return _with_rows(data, columns=columns, options=options, names=names)
    if isinstance(data, str | bytes):
        raise TypeError(
            "normalize_documents takes many documents; for one, use normalize_document."
        )
    return text_rows(list(data), options=options)


def check_columns(names: list[str], columns: dict[str, str | None]) -> None:
    """Misuse: a named column that the input does not have. The message lists the ones it has."""
    for role, column in columns.items():
        if column is not None and column not in names:
            raise ValueError(
                f"The {role} column {column!r} is not in the input; "
                f"its columns are: {', '.join(names) or '(none)'}."
            )


def _with_rows(
    frame: pl.DataFrame,
    *,
    columns: dict[str, str | None],
    options: Options,
    names: dict[str, str],
) -> pl.DataFrame:
    """The frame, then its rows' columns under ``names``."""
    rows = table_rows(frame, columns=columns, options=options)
    return frame.hstack(rows.rename(names).get_columns())
