"""What the engine tests share: the corpus they normalize and the comparison of rows."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import polars as pl
from polars.testing import assert_frame_equal

from normalize import SCHEMA

# The engine tests run over this many documents of benchmarks/corpus.py, made with this seed.
ENGINE_DOCUMENTS = 10_000
CORPUS_SEED = 20240517


def corpus_documents(count: int, seed: int = CORPUS_SEED) -> pl.DataFrame:
    """``count`` documents of benchmarks/corpus.py: an ``id`` column and a ``text`` column."""
    path = Path(__file__).parents[1] / "benchmarks" / "corpus.py"
    spec = importlib.util.spec_from_file_location("corpus", path)
    assert spec is not None and spec.loader is not None
    corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(corpus)
    texts = list(corpus.documents(count, seed))
    return pl.DataFrame({"id": [f"doc{number:07d}" for number in range(count)], "text": texts})


def assert_same_rows(result: pl.DataFrame, expected: pl.DataFrame) -> None:
    """An engine's output holds the rows of ``expected``, in any order: sorted by ``id`` and
    read in the table's polars types, they are equal."""
    assert result.columns == expected.columns
    assert result.height == expected.height
    assert_frame_equal(result.cast(dict(SCHEMA)).sort("id"), expected.sort("id"))
