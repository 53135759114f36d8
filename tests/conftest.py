"""Test-wide settings, and the documents the engine tests share (made once per run).

Hypothesis runs derandomized so that every run checks the same cases. The models are stored
in a folder of the run's own (``NORMALIZE_CACHE_DIR``), removed at its end, so that a test
run neither reads nor fills the user's cache.
"""

from __future__ import annotations

import os
import shutil
import tempfile

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

_CACHE = "NORMALIZE_CACHE_DIR"


def pytest_configure(config: pytest.Config) -> None:
    if _CACHE not in os.environ:
        os.environ[_CACHE] = tempfile.mkdtemp(prefix="normalize-test-cache-")
        config.stash[_owned_cache] = os.environ[_CACHE]


def pytest_unconfigure(config: pytest.Config) -> None:
    folder = config.stash.get(_owned_cache, None)
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)


_owned_cache = pytest.StashKey[str]()


@pytest.fixture(scope="session")
def engine_corpus() -> pl.DataFrame:
    """The documents the Ray and Spark tests normalize: ``id`` and ``text``."""
    return corpus_documents(ENGINE_DOCUMENTS)


@pytest.fixture(scope="session")
def engine_expected(engine_corpus: pl.DataFrame) -> pl.DataFrame:
    """The same documents normalized in this process: ``id`` and ``text``, then the table."""
    return normalize_documents(engine_corpus, id_column="id")
