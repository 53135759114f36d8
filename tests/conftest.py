"""Test-wide settings, the documents the engine tests share (made once per run), and the
headline weighing the fixture-corpus twins share (done once per page and test process).

Hypothesis runs derandomized so that every run checks the same cases. The models are stored
in a folder of the run's own (``NORMALIZE_CACHE_DIR``), removed at its end, so that a test
run neither reads nor fills the user's cache.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Collection, Mapping, Sequence

import polars as pl
import pytest
from hypothesis import HealthCheck, settings

from normalize import headline, normalize_documents
from normalize.heads import Candidate
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


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under ``--dist loadgroup``, each test marked ``xdist_group`` has its group's name after
    an ``@`` at the end of its id, which is how pytest-xdist sends a group to one worker.

    pytest-xdist (3.8) writes the suffixed id into ``item._nodeid``, which pytest 9.2 no longer
    reads (an item's id is its ``_id``, a ``NodeId``): the groups were then split over the
    workers, each worker starting its own engine sessions and weighing the fixture corpus
    again. Where the id lacks the suffix, it is given here the way pytest-xdist gives it."""
    if not getattr(config.option, "loadgroup", False):
        return
    for item in items:
        names = {
            str(mark.args[0] if mark.args else mark.kwargs.get("name", "default"))
            for mark in item.iter_markers("xdist_group")
        }
        suffix = "@" + "_".join(sorted(names))
        if names and not item.nodeid.endswith(suffix):
            item._id = type(item._id).parse(item.nodeid + suffix)


@pytest.fixture(scope="session")
def engine_corpus() -> pl.DataFrame:
    """The documents the Ray and Spark tests normalize: ``id`` and ``text``."""
    return corpus_documents(ENGINE_DOCUMENTS)


@pytest.fixture(scope="session")
def engine_expected(engine_corpus: pl.DataFrame) -> pl.DataFrame:
    """The same documents normalized in this process: ``id`` and ``text``, then the table."""
    return normalize_documents(engine_corpus, id_column="id")


# A page's weighing inputs as a key: its lines, its machinery in order, its skipped and dated
# lines in the order they are handed over.
_Weighing = tuple[tuple[str, ...], tuple[tuple[int, str], ...], tuple[int, ...], tuple[int, ...]]


@pytest.fixture(scope="session")
def weighed_pages() -> dict[_Weighing, tuple[Candidate, ...]]:
    """The candidates Python weighed, by the exact inputs they were weighed from: one store
    per test process, filled by the tests that ask for `weighing_once`."""
    return {}


@pytest.fixture
def weighing_once(
    weighed_pages: dict[_Weighing, tuple[Candidate, ...]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Python's `weigh_candidates` (most of the time of a row, and of `extract_headline`) runs
    once for given inputs in this process while the test runs: the fixture-corpus twins (the
    headline rooms', the rows' under each setting, the stream's and the table's) weigh the same
    pages again and again, and run in one xdist group (``tests.test_core.corpus``) to share it.

    A page's inputs are its key, so a setting that changes a page's datelines, bylines or
    machinery weighs it anew; each caller gets its own copy of the candidates' signals, so that
    none sees another's changes. Every result is the one `weigh_candidates` gives."""
    weigh = headline.weigh_candidates

    def weigh_once(
        lines: Sequence[str],
        machinery: Mapping[int, str],
        skip: Collection[int],
        dated: Collection[int],
    ) -> list[Candidate]:
        key = (tuple(lines), tuple(machinery.items()), tuple(skip), tuple(dated))
        weighed = weighed_pages.get(key)
        if weighed is None:
            weighed = weighed_pages[key] = tuple(weigh(lines, machinery, skip, dated))
        return [candidate._replace(signals=dict(candidate.signals)) for candidate in weighed]

    monkeypatch.setattr(headline, "weigh_candidates", weigh_once)
