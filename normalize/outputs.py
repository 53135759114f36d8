"""Where and how the table is written: Parquet, JSON Lines or CSV, to a file or a stream.

The format is the one asked for, else the output's suffix says it (``.parquet``, ``.jsonl``
or ``.ndjson``, ``.csv``); a stream (``-`` on the command line) is JSON Lines unless asked
otherwise. JSON Lines keeps the table's types as JSON (times in ISO 8601, lists and records
as JSON); CSV, which has no nested values, holds each list or record column as JSON text.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, Literal

import polars as pl

from normalize import readers

Format = Literal["parquet", "jsonl", "csv"]
FORMATS: tuple[Format, ...] = ("parquet", "jsonl", "csv")
_SUFFIXES: tuple[tuple[str, Format], ...] = (
    (".parquet", "parquet"),
    (".pq", "parquet"),
    (".jsonl", "jsonl"),
    (".ndjson", "jsonl"),
    (".csv", "csv"),
)


def output_format(output: str | Path | None, chosen: str | None = None) -> Format:
    """The format to write: ``chosen`` when given, else the one the path's suffix names;
    JSON Lines for a stream (``None``).

    >>> output_format("out.csv"), output_format(None), output_format("x.bin", "parquet")
    ('csv', 'jsonl', 'parquet')
    >>> output_format("table.out")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: The output table.out has no known suffix (...); name the format with --format ...
    """
    if chosen is not None:
        if chosen not in FORMATS:
            raise ValueError(f"Unknown output format {chosen!r}; use parquet, jsonl or csv.")
        return chosen
    if output is None:
        return "jsonl"
    found = dict(_SUFFIXES).get(Path(output).suffix.lower())
    if found is None:
        raise ValueError(
            f"The output {output} has no known suffix (.parquet, .jsonl, .ndjson, .csv); "
            "name the format with --format parquet, jsonl or csv."
        )
    return found


def write_frames(
    frames: Iterator[pl.DataFrame], stream: BinaryIO, form: Format, schema: pl.Schema
) -> None:
    """Write frames one after another as JSON Lines or CSV (one header, even with no rows),
    flushing each.

    >>> import io
    >>> out = io.BytesIO()
    >>> frames = iter([pl.DataFrame({"a": [[1, 2]]})])
    >>> write_frames(frames, out, "csv", pl.Schema({"a": pl.List(pl.Int64)}))
    >>> out.getvalue().decode()
    'a\\n"[1,2]"\\n'
    """
    if form == "parquet":
        raise ValueError("Parquet is written with files.write_parquet, not as a stream.")
    header = True
    for frame in frames:
        if form == "jsonl":
            frame.write_ndjson(stream)
        else:
            flat_frame(frame).write_csv(stream, include_header=header)
            header = False
        stream.flush()
    if header and form == "csv":  # no frame at all: the header still names the columns
        flat_frame(pl.DataFrame(schema=schema)).write_csv(stream)


def flat_frame(frame: pl.DataFrame) -> pl.DataFrame:
    """Each list or record column as JSON text, the others as they are (for CSV).

    >>> flat_frame(pl.DataFrame({"tags": [["a"], None]}))["tags"].to_list()
    ['["a"]', None]
    """
    nested = [name for name, dtype in frame.schema.items() if dtype.is_nested()]
    return frame.with_columns(
        pl.when(pl.col(name).is_not_null())
        .then(
            pl.struct(name)
            .struct.json_encode()
            .str.strip_prefix(f'{{"{name}":')
            .str.strip_suffix("}")
        )
        .alias(name)
        for name in nested
    )


def overwrites_a_document(inputs: list[Path], target: Path) -> bool:
    """Whether the output is an existing file that an input folder holds as a document (a
    table this package wrote there before is not one: it is skipped, and replaced)."""
    if not target.is_file() or readers.kind(target) is None:
        return False
    folders = [path.absolute() for path in inputs if path.is_dir()]
    if not any(folder in target.parents for folder in folders):
        return False
    if readers.kind(target) == "parquet":
        try:
            metadata = pl.read_parquet_metadata(target)
        except (OSError, pl.exceptions.PolarsError):
            return True
        return "normalize_version" not in metadata
    return True
