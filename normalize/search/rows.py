"""The table's rows as search reads them: the columns it needs, checked, in batches.

A table is the output of ``normalize convert`` (a Parquet file) or ``normalize_documents`` (a
DataFrame or LazyFrame). Search needs ``doc_id``, ``title`` and ``body``; it uses
``alt_titles``, ``title_ascii``, ``title_lang``, ``hashtags`` (or a flat ``hashtag_words``),
``languages``, ``published_at``, ``modified_at`` and ``source`` when they are there, and
ignores every other column.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any

import polars as pl

from normalize.schema import SCHEMA

__all__ = ["OPTIONAL", "REQUIRED", "Row", "TableLike", "read_rows"]

TableLike = pl.DataFrame | pl.LazyFrame | str | os.PathLike[str]

REQUIRED = ("doc_id", "title", "body")
OPTIONAL = (
    "source",
    "title_lang",
    "title_ascii",
    "alt_titles",
    "languages",
    "hashtags",
    "hashtag_words",
    "published_at",
    "modified_at",
)
_INSTANTS = ("published_at", "modified_at")
# Columns read as text whatever their type (an integer id is an id).
_ANY_TYPE = frozenset({"doc_id", "source"})
# Types of columns that the table's schema does not have yet (other work adds them).
_EXTRA_TYPES = MappingProxyType({"hashtag_words": pl.List(pl.String())})
# Rows turned into Python objects at a time.
BATCH_ROWS = 2_000


@dataclass(frozen=True)
class Row:
    """One document as search reads it; what the table lacks is empty or ``None``."""

    doc_id: str
    title: str | None
    body: str
    source: str | None = None
    title_lang: str | None = None
    title_ascii: str | None = None
    alt_titles: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    hashtags: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (tag, its words)
    published_at: datetime | None = None
    modified_at: datetime | None = None


def read_rows(table: TableLike) -> tuple[int, Iterator[Row]]:
    """The number of rows of a table, and its rows. Misuse raises ``ValueError`` (a missing
    column, a column of the wrong type, no rows) or ``FileNotFoundError``, before any row is
    read.

    >>> frame = pl.DataFrame({"doc_id": ["a"], "title": ["Hi"], "body": ["x"], "n": [1]})
    >>> count, rows = read_rows(frame)
    >>> count, next(rows).title
    (1, 'Hi')
    """
    lazy = _lazy(table)
    schema = lazy.collect_schema()
    missing = [name for name in REQUIRED if name not in schema]
    if missing:
        raise ValueError(
            f"The table has no {', '.join(map(repr, missing))} column; search needs "
            f"{', '.join(REQUIRED)} (the columns of `normalize convert`'s output). "
            f"Its columns are: {', '.join(schema.names()) or '(none)'}."
        )
    present = [name for name in (*REQUIRED, *OPTIONAL) if name in schema]
    for name in _INSTANTS:
        if name in schema and not isinstance(schema[name], pl.Datetime | pl.Null):
            raise ValueError(
                f"The table's {name!r} column is {schema[name]}, not a Datetime; "
                "convert it with polars' str.to_datetime first."
            )
    for name in present:
        if name in _ANY_TYPE:
            continue
        expected = SCHEMA.get(name, _EXTRA_TYPES.get(name))
        if expected is not None and not _fits(schema[name], expected):
            raise ValueError(
                f"The table's {name!r} column is {schema[name]}; search reads it as {expected}, "
                "as `normalize convert` writes it."
            )
    collected = lazy.select(present).collect()
    if collected.height == 0:
        raise ValueError("The table has no rows: there is nothing to index or export.")
    nameless = collected.get_column("doc_id").null_count()
    if nameless:
        raise ValueError(
            f"{nameless} row(s) of the table have no doc_id; every document needs one "
            "to be found again."
        )
    return collected.height, _rows(collected)


def _fits(found: pl.DataType, expected: pl.DataType) -> bool:
    """Whether a column's type reads as the table's: the same, a null column, or a string
    column where a string is expected (Categorical, say)."""
    if found == expected or isinstance(found, pl.Null):
        return True
    if isinstance(expected, pl.Datetime):
        return isinstance(found, pl.Datetime)
    return isinstance(expected, pl.String) and isinstance(found, pl.Categorical | pl.Enum)


def _lazy(table: TableLike) -> pl.LazyFrame:
    if isinstance(table, pl.LazyFrame):
        return table
    if isinstance(table, pl.DataFrame):
        return table.lazy()
    if not isinstance(table, str | os.PathLike):
        raise TypeError(
            "Give a polars DataFrame or LazyFrame, or the path of a Parquet file "
            f"written by `normalize convert`, not a {type(table).__name__}."
        )
    path = Path(table)
    if not path.is_file():
        raise FileNotFoundError(f"Table not found: {path}")
    return pl.scan_parquet(path)


def _rows(frame: pl.DataFrame) -> Iterator[Row]:
    for batch in frame.iter_slices(BATCH_ROWS):
        for values in batch.iter_rows(named=True):
            yield _row(values)


def _row(values: dict[str, Any]) -> Row:
    hashtags: list[tuple[str, tuple[str, ...]]] = []
    for tag in values.get("hashtags") or ():
        if tag and tag.get("tag"):
            hashtags.append((tag["tag"], tuple(word for word in tag.get("words") or () if word)))
    if not hashtags:
        flat = tuple(word for word in values.get("hashtag_words") or () if word)
        if flat:
            hashtags.append(("", flat))
    return Row(
        doc_id=str(values["doc_id"]),
        title=values["title"],
        body=values["body"] or "",
        source=values.get("source"),
        title_lang=values.get("title_lang"),
        title_ascii=values.get("title_ascii"),
        alt_titles=tuple(
            alt["text"] for alt in values.get("alt_titles") or () if alt and alt.get("text")
        ),
        languages=tuple(lang for lang in values.get("languages") or () if lang),
        hashtags=tuple(hashtags),
        published_at=_utc(values.get("published_at")),
        modified_at=_utc(values.get("modified_at")),
    )


def _utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
