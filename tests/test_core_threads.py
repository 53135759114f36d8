"""The compiled core's kept threads (``core/src/chunks.rs``): a batch's documents made in small
chunks on a pool kept for the process give the rows of the calling thread alone, in order,
whatever the number of threads, however many callers hand batches over at once, and in a
forked child too; by default, even on one thread, the documents are made on the core's own."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from normalize.core import compiled, stream_rows
from normalize.schema import UTC_INSTANT
from tests.test_core import fixture_pages
from tests.test_core_warm import run

core: Any = compiled()
pytestmark = pytest.mark.skipif(core is None, reason="the compiled core is not built")

# A reference instant for every other document, none for the rest: each row keeps its own.
NOW = datetime(2024, 5, 17, 12, tzinfo=UTC)


def documents(texts: list[str | None]) -> pl.DataFrame:
    nows = [NOW if place % 2 else None for place in range(len(texts))]
    return pl.DataFrame([pl.Series("text", texts), pl.Series("now", nows, dtype=UTC_INSTANT)])


def rows(frame: pl.DataFrame, threads: int | None) -> pl.DataFrame:
    return stream_rows(core, frame, default_tz=None, title_threshold=0.0, threads=threads)


# Not a whole number of chunks (16 documents each), with nulls and empty texts among them.
TEXTS: list[str | None] = [*list(fixture_pages())[:45], None, "", "Short note\n\n#tag"]


@pytest.mark.parametrize("threads", [2, 3, None])
def test_rows_on_kept_threads_are_the_calling_threads_rows(threads: int | None) -> None:
    frame = documents(TEXTS)
    assert_frame_equal(rows(frame, threads), rows(frame, 1))


def test_batches_handed_over_at_once_each_get_their_own_rows() -> None:
    batches = [documents(TEXTS[start:] + TEXTS[:start]) for start in range(0, 48, 6)]
    alone = [rows(batch, 1) for batch in batches]
    with ThreadPoolExecutor(max_workers=4) as callers:
        together = list(callers.map(lambda batch: rows(batch, 2), batches))
    for made, expected in zip(together, alone, strict=True):
        assert_frame_equal(made, expected)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
def test_a_forked_child_makes_its_own_threads() -> None:
    code = """
import os
import polars as pl
from normalize.core import compiled
core = compiled()
frame = pl.DataFrame({"text": ["Council votes on the bridge\\n\\nMay 17, 2024\\n\\n#bridge"] * 40})
core.normalize_stream(frame, threads=2)
pid = os.fork()
if pid == 0:
    core.normalize_stream(frame, threads=2)
    os._exit(0)
_, status = os.waitpid(pid, 0)
print(os.waitstatus_to_exitcode(status))
"""
    assert run(code).stdout.strip() == "0"


@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="threads are listed in /proc")
def test_one_thread_by_default_is_the_core_s_own_from_every_caller() -> None:
    code = """
import os
from concurrent.futures import ThreadPoolExecutor
import polars as pl
from normalize.core import compiled
os.environ["RAYON_NUM_THREADS"] = "1"
core = compiled()
frame = pl.DataFrame({"text": ["Council votes on the bridge\\n\\nMay 17, 2024\\n\\n#bridge"] * 40})
with ThreadPoolExecutor(max_workers=3) as callers:
    list(callers.map(lambda _: core.normalize_stream(frame), range(6)))
def thread_name(task):
    try:
        with open(f"/proc/self/task/{task}/comm") as comm:
            return comm.read()
    except OSError:  # a thread that ended while the list was read (a warm-up's)
        return ""
names = [thread_name(task) for task in os.listdir("/proc/self/task")]
print(sum(name.startswith("normalize-core") for name in names))
"""
    assert run(code).stdout.strip() == "1"
