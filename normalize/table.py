"""The table: its schema, and building it from texts, DataFrames and LazyFrames.

A frame keeps its own columns: ``normalize_documents`` adds the table's columns after them, as
``with_columns`` would, and a table column whose name the frame already uses is added as
``norm_<name>`` (``PREFIX``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from functools import partial
from typing import Any, overload

import polars as pl

from normalize.cache import python_lock
from normalize.documents import failed_row, normalize_document
from normalize.options import Options

SCHEMA_VERSION = "3"
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
                    "start": pl.Int64(),
                    "end": pl.Int64(),
                    "lang": pl.String(),
                    "script": pl.String(),
                }
            )
        ),
        "hashtags": pl.List(
            pl.Struct({"tag": pl.String(), "words": pl.List(pl.String()), "lang": pl.String()})
        ),
        "hashtag_words": pl.List(pl.String()),
        "published_at": UTC_INSTANT,
        "published_precision": pl.String(),
        "modified_at": UTC_INSTANT,
        "body": pl.String(),
        "warnings": pl.List(pl.String()),
    }
)


# Before a table column whose name the caller's frame already uses.
PREFIX = "norm_"
# The columns a row is made of; ``hashtag_words`` is derived from ``hashtags`` afterwards.
_ROW_SCHEMA = pl.Schema({name: dtype for name, dtype in SCHEMA.items() if name != "hashtag_words"})


def hashtag_words(hashtags: pl.Expr) -> pl.Expr:
    """Every hashtag's words, in order, as one flat list (the ``hashtag_words`` column).

    >>> tags = [{"tag": "XiJinping", "words": ["Xi", "Jinping"], "lang": "en"},
    ...         {"tag": "Busan", "words": ["Busan"], "lang": "en"}]
    >>> frame = pl.DataFrame({"hashtags": [tags]}, schema={"hashtags": SCHEMA["hashtags"]})
    >>> frame.select(hashtag_words(pl.col("hashtags"))).item().to_list()
    ['Xi', 'Jinping', 'Busan']
    """
    return hashtags.list.eval(pl.element().struct.field("words").explode().drop_nulls())


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
    """Normalize many documents: one row per document, in order, with the columns of ``SCHEMA``.

    ``data`` is an iterable of texts (``str``, ``bytes`` or ``None``: the table comes back), a
    DataFrame, or a LazyFrame (then a LazyFrame comes back, which streams). A frame keeps its
    columns, first and unchanged, and gains the table's after them; a table column whose name
    the frame already has is added as ``norm_<name>``. The text column may be String or
    Binary; ``fetched_at_column`` (Datetime, or ISO 8601 text) is the reference time for
    relative timestamps per row.

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
    options = Options(default_tz=default_tz, now=now)
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
    return _table(_safe_rows([(text, None, None, None, None) for text in data], options=options))


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


def table_rows(
    frame: pl.DataFrame, *, columns: Mapping[str, str | None], options: Options
) -> pl.DataFrame:
    """The table (``SCHEMA``) of a frame's documents; ``columns`` names the frame's columns by
    role: ``text``, ``id``, ``source``, ``fetched_at``, ``warnings`` (None: the frame has none).
    """

    def column(role: str) -> list[Any]:
        name = columns.get(role)
        return frame.get_column(name).to_list() if name is not None else [None] * frame.height

    fetched = columns.get("fetched_at")
    fetched_type = None if fetched is None else frame.schema[fetched]
    read_as_text = fetched_type is not None and not isinstance(fetched_type, pl.Datetime)
    if fetched is not None and isinstance(fetched_type, pl.Datetime):
        frame = frame.with_columns(_as_utc(pl.col(fetched), fetched_type))
    given: list[_Given] = list(
        zip(
            column("text"),
            column("id"),
            column("source"),
            column("fetched_at"),
            column("warnings"),
            strict=True,
        )
    )
    documents: list[_Document] = [_with_instant(row) for row in given] if read_as_text else given
    return _table(_safe_rows(documents, options=options))


# A document with what is known of it: text, id, source, fetched-at time, warnings so far.
_Document = tuple[Any, Any, Any, datetime | None, list[str] | None]
# The same as the frame gives it: the fetched-at time may still be text.
_Given = tuple[Any, Any, Any, Any, list[str] | None]


def _safe_rows(documents: list[_Document], *, options: Options) -> list[dict[str, Any]]:
    """The rows of documents.

    Pure Python, one thread at a time (``python_lock``): polars calls this from several
    threads, which would otherwise hand the GIL to each other every few milliseconds."""
    with python_lock():
        return [
            _safe_row(
                text,
                doc_id=None if doc_id is None else str(doc_id),
                source=None if source is None else str(source),
                fetched_at=fetched_at,
                warnings=warnings,
                options=options,
            )
            for text, doc_id, source, fetched_at, warnings in documents
        ]


def _table(rows: list[dict[str, Any]]) -> pl.DataFrame:
    """Rows as the table: the row's columns, then ``hashtag_words`` from ``hashtags``."""
    frame = pl.DataFrame(rows, schema=_ROW_SCHEMA)
    return frame.with_columns(hashtag_words=hashtag_words(pl.col("hashtags"))).select(
        SCHEMA.names()
    )


def _as_utc(expr: pl.Expr, dtype: pl.Datetime) -> pl.Expr:
    """A Datetime fetched-at column in UTC: naive values are read as UTC."""
    if dtype.time_zone is None:
        return expr.dt.replace_time_zone("UTC")
    return expr.dt.convert_time_zone("UTC")


def _with_instant(document: _Given) -> _Document:
    """A document whose fetched-at value (ISO 8601 text) is read as a UTC instant; a value
    that is not one is dropped with a ``fetched_at_unreadable`` warning."""
    text, doc_id, source, fetched, warnings = document
    if fetched is None:
        return document
    instant = fetched_instant(fetched)
    if instant is None:
        shown = str(fetched)[:80]
        problem = f"fetched_at_unreadable: {shown!r} is not an ISO 8601 time; it was not used"
        return text, doc_id, source, None, [*(warnings or []), problem]
    return text, doc_id, source, instant, warnings


def fetched_instant(value: object) -> datetime | None:
    """An ISO 8601 time as a UTC instant (a time without an offset is read as UTC), else None.

    >>> print(fetched_instant("2024-05-17T21:00:00+09:00"), fetched_instant("2024-05-17 12:00"))
    2024-05-17 12:00:00+00:00 2024-05-17 12:00:00+00:00
    >>> fetched_instant("yesterday") is None
    True
    """
    if isinstance(value, datetime):
        instant = value
    else:
        try:
            instant = datetime.fromisoformat(str(value).strip())
        except ValueError:
            return None
    if instant.tzinfo is None:
        return instant.replace(tzinfo=UTC)
    return instant.astimezone(UTC)


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
