"""The rows of many documents, one per document, in order: made by the compiled core when it is
built (on every core, the GIL released), else by the Python rooms, its specification.

The core makes every column but ``source`` and ``hashtag_words``, which are added here, and
gives each text's content id for the rows whose caller gave no ``doc_id``.
What the core cannot take goes the Python way: a text column that is not text (numbers,
records: written as JSON), a list of texts with lone surrogates, and each document the core
hands back (``needs_python``: text that may hold mojibake, a date past ``datetime``'s range).
Bytes are decoded here first, as ``normalize_document`` decodes them. Either way a document's
row is the same (``tests/test_rows.py``, ``tests/test_core*.py``).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from types import ModuleType
from typing import Any

import polars as pl

from normalize.cache import python_lock
from normalize.core import compiled, stream_rows
from normalize.decoding import decode_bytes
from normalize.documents import content_id, failed_row, normalize_document
from normalize.options import Options
from normalize.schema import SCHEMA, UTC_INSTANT, hashtag_words

# A document as the Python path takes it: text, id, source, fetched-at time, warnings so far.
Document = tuple[Any, str | None, str | None, datetime | None, list[str] | None]
# The columns a row is made of; ``hashtag_words`` is derived from ``hashtags`` afterwards.
_ROW_SCHEMA = pl.Schema({name: dtype for name, dtype in SCHEMA.items() if name != "hashtag_words"})
_WARNINGS = pl.List(pl.String())
# The text column's types the core takes (Binary is decoded here first).
_CORE_TEXT = (pl.String(), pl.Binary(), pl.Null())


def table_rows(
    frame: pl.DataFrame,
    *,
    columns: Mapping[str, str | None],
    options: Options,
    threads: int | None = None,
) -> pl.DataFrame:
    """The table (``SCHEMA``) of a frame's documents; ``columns`` names the frame's columns by
    role: ``text``, ``id``, ``source``, ``fetched_at``, ``warnings`` (None: the frame has none).
    ``threads`` is how many the compiled core runs on (None: one per CPU)."""
    documents = documents_frame(frame, columns)
    core = compiled()
    if core is None or documents.schema["text"] not in _CORE_TEXT:
        return python_rows(list(documents.iter_rows()), options=options)
    if documents.schema["text"] == pl.Binary():
        documents = _decoded(documents)
    return _core_rows(core, documents, options=options, threads=threads)


def text_rows(texts: list[str | bytes | None], *, options: Options) -> pl.DataFrame:
    """The table of a list of texts (``str``, ``bytes`` or None)."""
    try:
        column = pl.Series("text", texts, dtype=pl.String)
    except (TypeError, UnicodeEncodeError):  # bytes, lone surrogates, other values
        return python_rows([(text, None, None, None, None) for text in texts], options=options)
    return table_rows(column.to_frame(), columns={"text": "text"}, options=options)


def documents_frame(frame: pl.DataFrame, columns: Mapping[str, str | None]) -> pl.DataFrame:
    """The documents of a frame as the columns ``text`` (its own type), ``doc_id`` and
    ``source`` (text, as ``str`` writes a value), ``fetched_at`` (a UTC instant) and
    ``warnings``. A fetched-at text that is not an ISO 8601 time is dropped with a
    ``fetched_at_unreadable`` warning."""

    def given(role: str) -> pl.Series | None:
        name = columns.get(role)
        return None if name is None else frame.get_column(name)

    text = given("text")
    if text is None:
        raise ValueError("The documents need a text column.")
    fetched, unreadable = _instants(given("fetched_at"), frame.height)
    warnings = given("warnings")
    return pl.DataFrame(
        [
            text.alias("text"),
            _strings(given("id"), frame.height).alias("doc_id"),
            _strings(given("source"), frame.height).alias("source"),
            fetched.alias("fetched_at"),
            (_nulls(frame.height, _WARNINGS) if warnings is None else warnings).alias("warnings"),
        ]
    ).with_columns(warnings=_joined(pl.col("warnings"), unreadable))


def python_rows(documents: list[Document], *, options: Options) -> pl.DataFrame:
    """The table of documents, made by the Python rooms.

    One thread at a time (``python_lock``): polars calls this from several threads, which
    would otherwise hand the GIL to each other every few milliseconds."""
    with python_lock():
        rows = [
            _safe_row(text, doc_id, source, fetched_at, warnings, options=options)
            for text, doc_id, source, fetched_at, warnings in documents
        ]
    return _in_schema(pl.DataFrame(rows, schema=_ROW_SCHEMA))


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


def _core_rows(
    core: ModuleType, documents: pl.DataFrame, *, options: Options, threads: int | None
) -> pl.DataFrame:
    """The table of documents with String (or null) texts, made by the compiled core; the
    documents it hands back are made by the Python rooms, in their places."""
    if options.now is None:
        now = documents.get_column("fetched_at")
    else:
        now = pl.repeat(
            options.now.astimezone(UTC), documents.height, dtype=UTC_INSTANT, eager=True
        )
    stream = pl.DataFrame([documents.get_column("text").cast(pl.String), now.alias("now")])
    made = stream_rows(
        core,
        stream,
        default_tz=options.default_tz,
        title_threshold=float(options.title_threshold),
        threads=threads,
    )
    given_id = documents.get_column("doc_id")
    table = _in_schema(
        made.with_columns(
            doc_id=pl.when(given_id.str.len_bytes() > 0).then(given_id).otherwise("content_id"),
            source=documents.get_column("source"),
            warnings=_joined(documents.get_column("warnings"), pl.col("warnings")),
        )
    )
    table = _with_empty_ids(table)
    handed_back = made.get_column("needs_python").is_not_null()
    if not handed_back.any():
        return table
    where = handed_back.arg_true()
    redone = python_rows(list(documents[where].iter_rows()), options=options)
    places = pl.concat([(~handed_back).arg_true(), where]).alias("place")
    return (
        pl.concat([table.filter(~handed_back), redone])
        .with_columns(places)
        .sort("place")
        .drop("place")
    )


def _in_schema(rows: pl.DataFrame) -> pl.DataFrame:
    """Rows with every column but ``hashtag_words`` as the table: the table (``SCHEMA``)."""
    return rows.with_columns(hashtag_words=hashtag_words(pl.col("hashtags"))).select(SCHEMA.names())


def _decoded(documents: pl.DataFrame) -> pl.DataFrame:
    """Documents whose Binary texts are decoded (``decode_bytes``), each with its warnings,
    and the id of its bytes where the caller gave none, as ``normalize_document`` has them."""
    texts: list[str | None] = []
    ids: list[str | None] = []
    notes: list[list[str]] = []
    pairs = zip(documents.get_column("text"), documents.get_column("doc_id"), strict=True)
    for data, given in pairs:
        if data is None:
            texts.append(None)
            ids.append(given)
            notes.append([])
            continue
        decoded = decode_bytes(data)
        texts.append(decoded.text)
        ids.append(given or (content_id(data) if data else None))
        notes.append(decoded.warnings)
    return documents.with_columns(
        text=pl.Series(texts, dtype=pl.String),
        doc_id=pl.Series(ids, dtype=pl.String),
        warnings=_joined(pl.col("warnings"), pl.Series(notes, dtype=_WARNINGS)),
    )


def _with_empty_ids(table: pl.DataFrame) -> pl.DataFrame:
    """The ids of empty documents whose caller gave none: told apart by where they came from,
    as ``normalize_document`` gives them."""
    missing = table.get_column("doc_id").is_null()
    if not missing.any():
        return table
    where = missing.arg_true()
    sources = table.get_column("source").gather(where).to_list()
    ids = [content_id(f"\x00{source or ''}") for source in sources]
    return table.with_columns(table.get_column("doc_id").scatter(where, ids))


def _strings(values: pl.Series | None, height: int) -> pl.Series:
    """A column of ids or sources as text, as ``str`` writes each value (all null when None)."""
    if values is None:
        return _nulls(height, pl.String())
    if values.dtype == pl.String():
        return values
    return pl.Series([None if value is None else str(value) for value in values], dtype=pl.String)


def _instants(values: pl.Series | None, height: int) -> tuple[pl.Series, pl.Series]:
    """Fetched-at values as UTC instants (a naive Datetime is read as UTC), and each row's
    ``fetched_at_unreadable`` warnings for text that is not an ISO 8601 time."""
    none = _nulls(height, _WARNINGS)
    if values is None:
        return _nulls(height, UTC_INSTANT), none
    if isinstance(values.dtype, pl.Datetime):
        if values.dtype.time_zone is None:
            return values.dt.replace_time_zone("UTC").cast(UTC_INSTANT), none
        return values.dt.convert_time_zone("UTC").cast(UTC_INSTANT), none
    instants = []
    problems = []
    for value in values:
        instant = None if value is None else fetched_instant(value)
        instants.append(instant)
        unreadable = value is not None and instant is None
        problems.append(
            [f"fetched_at_unreadable: {str(value)[:80]!r} is not an ISO 8601 time; it was not used"]
            if unreadable
            else []
        )
    return pl.Series(instants, dtype=UTC_INSTANT), pl.Series(problems, dtype=_WARNINGS)


def _nulls(height: int, dtype: pl.DataType) -> pl.Series:
    """A column of ``height`` nulls (a Series built from a list of them costs a call per row)."""
    return pl.repeat(None, height, dtype=dtype, eager=True)


def _joined(first: pl.Expr | pl.Series, then: pl.Expr | pl.Series) -> pl.Expr:
    """Two list columns of warnings, one after the other per row (a null list is empty)."""
    empty = pl.lit([], dtype=_WARNINGS)
    columns = [
        pl.lit(column) if isinstance(column, pl.Series) else column for column in (first, then)
    ]
    return pl.concat_list([column.fill_null(empty) for column in columns])


def _safe_row(
    text: Any,
    doc_id: str | None,
    source: str | None,
    fetched_at: datetime | None,
    warnings: list[str] | None,
    *,
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
