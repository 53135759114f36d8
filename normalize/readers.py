"""Records from files: one per document, whatever the file holds.

A record is ``(text, doc_id, source, fetched_at, warnings)``. Each reader keeps one record per
document it finds (a line of JSON Lines, a row of CSV or Parquet, a ``.txt`` file), with a
warning for each bad one, and never gives up on a whole file for one bad record. Texts and
ids come out as valid Unicode (lone surrogates and undecodable bytes replaced, with a warning)
or None. A table file's ``Fields`` name the columns that hold each part; ``source`` is the
source column's value, else where the record was read (``path:row``); ``fetched_at`` is the
fetched-at column's value as text (ISO 8601, read by the table).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

import polars as pl

from normalize import csv_rows
from normalize.csv_rows import field_text
from normalize.decoding import as_text, decode_bytes, scrub_surrogates, utf8_as_they_are
from normalize.filebytes import MAX_FILE_BYTES, not_a_regular_file, read_head

Record = tuple[str | bytes | None, str | None, str, str | None, list[str]]


class Fields(NamedTuple):
    """The columns of a table file that hold a document's parts (None: the file has none).

    >>> Fields(id="id").wanted()
    ['text', 'id']
    """

    text: str = "text"
    id: str | None = None
    source: str | None = None
    fetched_at: str | None = None

    def wanted(self) -> list[str]:
        """The columns to read, each once, text first."""
        return list(dict.fromkeys(name for name in self if name))


TEXT_SUFFIXES = frozenset({".txt"})
JSON_SUFFIXES = frozenset({".jsonl", ".ndjson"})
TABLE_SUFFIXES = frozenset({*JSON_SUFFIXES, ".csv", ".parquet"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | TABLE_SUFFIXES
# Rows of a Parquet file decoded at a time.
_PARQUET_BATCH_ROWS = 1_000


def kind(path: Path) -> str | None:
    """The reader for a file by its suffix: 'text', 'json', 'csv', 'parquet', or None.

    >>> [kind(Path(name)) for name in ["a.TXT", "b.ndjson", "c.parquet", "d.html"]]
    ['text', 'json', 'parquet', None]
    """
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in JSON_SUFFIXES:
        return "json"
    return suffix[1:] if suffix in TABLE_SUFFIXES else None


def walk(folder: Path, *, skip: frozenset[Path] = frozenset()) -> Iterator[Path]:
    """Every file of a supported format below a folder, in path order, lazily.

    Links to folders are not followed (a link may loop); ``skip`` holds absolute paths never to
    read (the output being written). A folder that cannot be listed is passed over.

    >>> list(walk(Path("fixtures/docs")))[0].name
    '01_video_ru_chrome_ko_variant.txt'
    """
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError:
        return
    names = {path.name for path in skip}  # only a file of these names is made absolute
    for entry in entries:
        path = Path(entry.path)
        if entry.is_dir(follow_symlinks=False):
            yield from walk(path, skip=skip)
        elif kind(path) is not None and (entry.name not in names or path.absolute() not in skip):
            yield path


def records(
    path: Path, fields: Fields | None = None, *, utf8_bytes: bool = False
) -> Iterator[Record]:
    """The records of one file; a file that fails part-way ends with a warned record.

    With ``utf8_bytes``, a ``.txt`` file's bytes that are text if they are UTF-8
    (``utf8_as_they_are``) come as they are, for the caller to check (``decoded`` if not).

    >>> next(records(Path("fixtures/docs/07_empty.txt")))
    ('', None, 'fixtures/docs/07_empty.txt', None, [])
    """
    fields = fields or Fields()
    source, warnings = source_name(path)
    reader = kind(path)
    if reader == "text":
        yield _text_record(path, source, warnings, utf8_bytes=utf8_bytes)
        return
    problem = not_a_regular_file(path)
    if problem is not None:
        yield None, None, source, None, [*warnings, problem]
        return
    read = {"json": _json_records, "csv": _csv_records, "parquet": _parquet_records}[reader or ""]
    count = 0
    try:
        for record in read(path, source, fields):
            count += 1
            yield record
    except (OSError, pl.exceptions.PolarsError) as error:
        message = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        reason = f"unreadable: the file could not be read past record {count}: {message}"
        where = f"{source}:{count + 1}"
        yield None, None, where, None, [*warnings, scrub_surrogates(reason).text]


def source_name(path: Path) -> tuple[str, list[str]]:
    """The path as text for the source column; a name that is not UTF-8 gets U+FFFD and a
    warning."""
    raw = os.fsencode(path)
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError:
        name = raw.decode("utf-8", errors="replace")
        return name, ["source_name: the file name is not UTF-8; U+FFFD stands for its bad bytes"]


def columns(path: Path, wanted: Iterable[str]) -> list[str] | None:
    """The columns of a table file that are among ``wanted``, or None when the file has no
    records (nothing to check). JSON Lines are read until each wanted column is seen."""
    wanted = set(wanted)
    reader = kind(path)
    if not_a_regular_file(path) is not None:
        return None
    if reader == "json":
        seen: set[str] = set()
        any_record = False
        with path.open("rb") as handle:
            for raw in handle:
                record = _json_object(raw)[0]
                if isinstance(record, dict):
                    any_record = True
                    seen.update(wanted.intersection(record))
                    if seen == wanted:
                        break
        return sorted(seen) if any_record else None
    if reader == "csv":
        return csv_rows.header(path)
    try:
        return pl.scan_parquet(path).collect_schema().names()
    except (OSError, pl.exceptions.PolarsError):
        return None  # an unreadable file gets its warned record when it is read


def all_columns(path: Path) -> list[str]:
    """Every column name a table file shows (for error messages)."""
    if kind(path) == "json":
        with path.open("rb") as handle:
            for raw in handle:
                record = _json_object(raw)[0]
                if isinstance(record, dict):
                    return list(record)
        return []
    return columns(path, ()) or []


def decoded(record: Record) -> Record:
    """A record whose text came as bytes, decoded (``decode_bytes``), the warnings of the
    decoding after its own; any other record as it is."""
    data, doc_id, source, fetched_at, warnings = record
    if not isinstance(data, bytes):
        return record
    text, notes = decode_bytes(data)
    return text, doc_id, source, fetched_at, [*warnings, *notes]


def _text_record(path: Path, source: str, warnings: list[str], *, utf8_bytes: bool) -> Record:
    problem = not_a_regular_file(path)
    if problem is not None:
        return None, None, source, None, [*warnings, problem]
    try:
        data = read_head(path, MAX_FILE_BYTES + 1)
    except OSError as error:
        return None, None, source, None, [*warnings, f"unreadable: {error.strerror or error}"]
    notes = list(warnings)
    if len(data) > MAX_FILE_BYTES:
        cut = data.rfind(b"\n", 0, MAX_FILE_BYTES) + 1 or MAX_FILE_BYTES
        data = data[:cut]
        notes.append(
            f"truncated: the file is larger than {MAX_FILE_BYTES:,} bytes; the first "
            f"{cut:,} were read"
        )
    record = data, None, source, None, notes
    return record if utf8_bytes and utf8_as_they_are(data) else decoded(record)


def _text_value(value: Any) -> tuple[str | None, list[str]]:
    """A text column's value as valid text (None stays None), with what was done to it."""
    if value is None:
        return None, []
    text, warnings = as_text(value)
    scrubbed, more = scrub_surrogates(text)
    return scrubbed, [*warnings, *more]


def _id_value(value: Any) -> str | None:
    if value is None:
        return None
    return scrub_surrogates(value if isinstance(value, str) else as_text(value).text).text


def _other_parts(
    value: Callable[[str], Any], fields: Fields, where: str
) -> tuple[str | None, str, str | None]:
    """A record's id, source (its column's value, else where it was read) and fetched-at text,
    from ``value``, which gives a column's value by name (None when the record lacks it)."""
    doc_id = _id_value(value(fields.id)) if fields.id else None
    source = _id_value(value(fields.source)) if fields.source else None
    fetched = value(fields.fetched_at) if fields.fetched_at else None
    if isinstance(fetched, datetime):
        fetched = fetched.isoformat()
    return doc_id, source or where, _id_value(fetched)


def _json_object(raw: bytes) -> tuple[Any, list[str]]:
    """One line of JSON Lines, decoded (legacy bytes included) and parsed; None when broken."""
    try:
        line = raw.decode("utf-8")
        warnings: list[str] = []
    except UnicodeDecodeError:
        line, warnings = decode_bytes(raw)
    try:
        return json.loads(line), warnings
    except (ValueError, RecursionError):  # RecursionError: "[[[[…" nested past the stack
        return None, warnings


def _json_records(path: Path, source: str, fields: Fields) -> Iterator[Record]:
    """JSON Lines read line by line: a line that is not a JSON object becomes a warned record."""
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            record, warnings = _json_object(raw)
            where = f"{source}:{number}"
            if not isinstance(record, dict):
                problem = f"unreadable: line {number} is not a JSON object"
                yield None, None, where, None, [*warnings, problem]
                continue
            text, more = _text_value(record.get(fields.text))
            yield (text, *_other_parts(record.get, fields, where), [*warnings, *more])


def _csv_records(path: Path, source: str, fields: Fields) -> Iterator[Record]:
    """CSV read record by record (``csv_rows``), each field decoded as text."""
    for number, (values, warnings) in enumerate(csv_rows.rows(path), start=1):
        yield _csv_record(values, warnings, f"{source}:{number}", fields)


def _csv_record(values: dict[str, str], warnings: list[str], where: str, fields: Fields) -> Record:
    text, more = (None, []) if fields.text not in values else field_text(values[fields.text])

    def value(name: str) -> str | None:
        return field_text(values[name])[0] if name in values else None

    return (text, *_other_parts(value, fields, where), [*warnings, *more])


def _parquet_records(path: Path, source: str, fields: Fields) -> Iterator[Record]:
    """Parquet read in batches; a text column that is Binary is decoded value by value, one of
    another type is written as JSON text, with a warning on each row."""
    frame = pl.scan_parquet(path)
    schema = frame.collect_schema()
    text_type = schema[fields.text]
    number = 0
    for batch in frame.select(fields.wanted()).collect_batches(chunk_size=_PARQUET_BATCH_ROWS):
        for values in batch.iter_rows(named=True):
            number += 1
            text = values[fields.text]
            warnings: list[str] = []
            if text_type == pl.String or text is None:
                value = text
            else:
                value, warnings = _text_value(text)
                if text_type != pl.Binary:
                    warnings = [
                        f"text_not_string: the text column is {text_type}; its value was "
                        "written as JSON text"
                    ]
            where = f"{source}:{number}"
            yield (value, *_other_parts(values.get, fields, where), warnings)
