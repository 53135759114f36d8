"""What the command line needs around the library: inputs as a shell user names them
(``-`` for stdin, quoted globs), a progress bar on stderr, and rows as ``show`` prints them.

Nothing here normalizes; ``normalize.cli`` parses the options and calls these and the library.
"""

from __future__ import annotations

import glob
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO, TextIO

import polars as pl

from normalize import readers

STDIN = "-"
# The formats stdin may hold (``--input-format``), by the suffix their reader takes.
INPUT_FORMATS = ("txt", "jsonl", "csv", "parquet")
_GLOB_CHARACTERS = frozenset("*?[")


def expand_inputs(names: list[str]) -> list[str]:
    """Inputs as named, a quoted glob (``'crawl/**/*.jsonl'``) replaced by the paths it
    matches, sorted; ``-`` (stdin) and existing paths as they are.

    >>> expand_inputs(["fixtures/docs/0[12]_*.txt"])  # doctest: +ELLIPSIS
    ['fixtures/docs/01_video_ru_chrome_ko_variant.txt', 'fixtures/docs/02_...']
    >>> expand_inputs(["nowhere/*.txt"])
    Traceback (most recent call last):
    ...
    FileNotFoundError: No input matches the pattern nowhere/*.txt.
    """
    expanded: list[str] = []
    for name in names:
        if name == STDIN or Path(name).exists() or not _GLOB_CHARACTERS & set(name):
            expanded.append(name)
            continue
        matches = sorted(glob.glob(name, recursive=True))
        if not matches:
            raise FileNotFoundError(f"No input matches the pattern {name}.")
        expanded.extend(matches)
    if expanded.count(STDIN) > 1:
        raise ValueError("stdin (-) may be named once among the inputs.")
    return expanded


@contextmanager
def stdin_as_file(stream: BinaryIO, form: str) -> Iterator[Path]:
    """Stdin copied to a temporary file of ``form`` (``INPUT_FORMATS``), removed afterwards:
    the readers take paths, and a Parquet file is read from its end."""
    if form not in INPUT_FORMATS:
        raise ValueError(f"Unknown input format {form!r}; use txt, jsonl, csv or parquet.")
    with tempfile.TemporaryDirectory(prefix="normalize-stdin-") as folder:
        path = Path(folder) / f"stdin.{form}"
        with path.open("wb") as handle:
            shutil.copyfileobj(stream, handle)
        yield path


def document_total(paths: list[Path]) -> int | None:
    """How many documents the inputs hold, when that is cheap to know (``.txt`` files are one
    each, Parquet files say it in their footer); None when a JSON Lines or CSV file is among
    them (counting would read it twice).

    >>> document_total([Path("fixtures/docs")]) == len(list(Path("fixtures/docs").glob("*.txt")))
    True
    """
    total = 0
    for path in paths:
        files = readers.walk(path) if path.is_dir() else iter([path])
        for file in files:
            reader = readers.kind(file)
            if reader == "text":
                total += 1
            elif reader == "parquet":
                try:
                    total += pl.scan_parquet(file).select(pl.len()).collect().item()
                except (OSError, pl.exceptions.PolarsError):
                    return None
            else:
                return None
    return total


class Progress:
    """A tqdm bar on ``stream``, drawn only when it is a terminal and the run lasts over half
    a second: documents done, their rate, and with a known total the share done and the time
    left."""

    def __init__(
        self, stream: TextIO, *, total: int | None, enabled: bool, delay: float = 0.5
    ) -> None:
        from tqdm import tqdm  # only the command line draws bars

        self.bar: Any = tqdm(
            total=total,
            unit=" docs",
            file=stream,
            disable=not (enabled and stream.isatty()),
            delay=delay,
            dynamic_ncols=True,
            leave=False,
        )

    def advance(self, count: int) -> None:
        """Count documents done."""
        self.bar.update(count)

    def close(self) -> None:
        """Take the bar off the terminal (the summary line follows)."""
        self.bar.close()


def stdout_binary() -> BinaryIO:
    """Stdout for bytes."""
    return sys.stdout.buffer


def format_row(row: dict[str, Any], *, full: bool = False) -> str:
    """One row as a two-column text table, lists one item per line; a value over 200
    characters is cut unless ``full``.

    >>> print(format_row({"title": "Seoul", "languages": ["ko", "en"], "body": "ab" * 150}))
    ... # doctest: +ELLIPSIS
    title      Seoul
    languages  ko
               en
    body       ababab...abab …
    """
    width = max(map(len, row))
    lines = []
    for name, value in row.items():
        items = value if isinstance(value, list) and value else [value]
        for number, item in enumerate(items):
            label = name if number == 0 else ""
            lines.append(f"{label:<{width}}  {format_value(item, full=full)}")
    return "\n".join(lines)


def format_value(value: Any, *, full: bool = False) -> str:
    """One value as ``show`` prints it: None as a dash, instants in ISO 8601 with Z."""
    if value is None:
        return "—"
    if isinstance(value, datetime):
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, dict):
        return "  ".join(f"{key}={format_value(item)}" for key, item in value.items())
    if isinstance(value, list):
        return "[" + ", ".join(map(str, value)) + "]"
    text = str(value)
    return text if full or len(text) <= 200 else text[:200].replace("\n", " ⏎ ") + " …"
