"""Batches of documents on their way to the table: cut at a limit, renamed, looked ahead.

Each takes and gives an iterator of frames in ``inputs.INPUT_SCHEMA``, reading no more of its
input than it gives.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping

import polars as pl


def renamed(batch: pl.DataFrame, names: Mapping[str, str]) -> pl.DataFrame:
    """``source`` with each named path (alone, or before ``:row``) replaced by its name."""
    source = pl.col("source")
    for path, name in names.items():
        source = (
            pl.when(source.str.starts_with(path))
            .then(pl.lit(name) + source.str.slice(len(path)))
            .otherwise(source)
        )
    return batch.with_columns(source.alias("source"))


def limited(batches: Iterator[pl.DataFrame], limit: int) -> Iterator[pl.DataFrame]:
    """The first ``limit`` rows of the batches; nothing more is read."""
    left = limit
    for batch in batches:
        if left <= 0:
            return
        yield batch.head(left)
        left -= batch.height


def peek(batches: Iterator[pl.DataFrame], rows: int) -> tuple[int, Iterator[pl.DataFrame]]:
    """Read batches until ``rows`` rows or the end: how many were read, and all the batches."""
    read: list[pl.DataFrame] = []
    count = 0
    for batch in batches:
        read.append(batch)
        count += batch.height
        if count >= rows:
            break
    return count, itertools.chain(read, batches)
