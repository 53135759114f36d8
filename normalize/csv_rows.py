"""CSV files read record by record with the standard library's reader, never given up on.

A record is its fields by the header's column names, as the file holds them (bytes that were
not UTF-8 kept as surrogate escapes, for ``field_text`` to decode), with a warning for a record
whose fields do not match the header and for a quote that is never closed.
"""

from __future__ import annotations

import csv
import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from normalize.decoding import decode_bytes
from normalize.filebytes import MAX_FILE_BYTES


def header(path: Path) -> list[str] | None:
    """The column names of a CSV file, None when it has no line."""
    _allow_large_fields()
    with _open_csv(path) as handle:
        for row in csv.reader(handle, strict=False):
            return [field_text(name)[0] for name in row]
    return None


def field_text(value: str) -> tuple[str, list[str]]:
    """A CSV field as text: bytes that were not UTF-8 are decoded as their own encoding."""
    if value.isascii():
        return value, []
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return decode_bytes(value.encode("utf-8", errors="surrogateescape"))
    return value, []


def rows(path: Path) -> Iterator[tuple[dict[str, str], list[str]]]:
    """The records of a CSV file after its header, each its fields by column with its warnings.

    A record with more or fewer fields than the header keeps the fields it has, with a warning;
    a quote that is never closed makes its line a record of its own (read without quoting) and
    the reading goes on at the next line.
    """
    _allow_large_fields()
    with _open_csv(path) as handle:
        yield from _rows(enumerate(handle, start=1))


def _open_csv(path: Path) -> IO[str]:
    """The file as text; bytes that are not UTF-8 are kept as surrogate escapes, to be decoded
    field by field."""
    return path.open(encoding="utf-8", errors="surrogateescape", newline="")


def _allow_large_fields() -> None:
    # The csv module's limit is process-wide; a field may be a whole page, so it is raised
    # (never lowered) to what a text file may hold.
    if csv.field_size_limit() < MAX_FILE_BYTES:
        csv.field_size_limit(MAX_FILE_BYTES)


def _rows(lines: Iterator[tuple[int, str]]) -> Iterator[tuple[dict[str, str], list[str]]]:
    names: list[str] | None = None
    taken: list[tuple[int, str]] = []  # the lines of the record being read

    def tracked(source_lines: Iterator[tuple[int, str]]) -> Iterator[str]:
        for number, line in source_lines:
            taken.append((number, line))
            yield line

    while True:
        reader = csv.reader(tracked(lines), strict=False)
        restart: list[tuple[int, str]] = []
        for row in reader:
            record_lines, taken[:] = list(taken), []
            first = record_lines[0][0]
            if len(record_lines) > 1 and _unclosed([line for _, line in record_lines]):
                row = next(csv.reader([record_lines[0][1]], quoting=csv.QUOTE_NONE))
                restart = record_lines[1:]
                problem = f"unclosed_quote: line {first} opens a quoted field that never closes"
            else:
                problem = None
            if names is None:
                names = [field_text(name)[0] for name in row]
                if restart:
                    break
                continue
            yield _record(names, row, problem)
            if restart:
                break
        if not restart:
            return
        lines = itertools.chain(restart, lines)


def _unclosed(lines: list[str]) -> bool:
    """Whether a record's lines end inside a quoted field (the reader ran to the end of file)."""
    if sum(line.count('"') for line in lines) % 2 == 0:
        return False
    try:
        for _ in csv.reader(lines, strict=True):
            pass
    except csv.Error as error:
        return "unexpected end of data" in str(error)
    return False


def _record(
    names: list[str], row: list[str], problem: str | None
) -> tuple[dict[str, str], list[str]]:
    warnings = [problem] if problem else []
    if len(row) != len(names):
        warnings.append(f"ragged_row: {len(row)} field(s) where the header has {len(names)}")
    return dict(zip(names, row, strict=False)), warnings
