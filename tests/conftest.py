"""Test-wide settings, and the documents the engine tests share (made once per run).

Hypothesis runs derandomized so that every run checks the same cases.
"""

from __future__ import annotations

import polars as pl
import pytest
from hypothesis import HealthCheck, settings

from normalize import normalize_documents
from tests.engines import ENGINE_DOCUMENTS, corpus_documents

settings.register_profile(
    "normalize",
    derandomize=True,
    deadline=None,
    max_examples=200,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile("normalize")


@pytest.fixture(scope="session")
def engine_corpus() -> pl.DataFrame:
    """The documents the Ray and Spark tests normalize: ``id`` and ``text``."""
    return corpus_documents(ENGINE_DOCUMENTS)


@pytest.fixture(scope="session")
def engine_expected(engine_corpus: pl.DataFrame) -> pl.DataFrame:
    """The same documents normalized in this process: ``id`` and ``text``, then the table."""
    return normalize_documents(engine_corpus, id_column="id")
