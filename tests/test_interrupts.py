"""Interrupted and killed conversions: one line and exit 130 on Ctrl-C, workers that end with
their parent, and never a temporary file or a half-written output left behind.

Each runs on both paths: the compiled core's threads and the Python path's worker processes
(``NORMALIZE_PURE_PYTHON=1``; the core's run has no workers, only the file's watcher).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import polars as pl
import pytest

from normalize.core import PURE_PYTHON, compiled

FIXTURES = Path(__file__).parent.parent / "fixtures" / "docs"

pytestmark = pytest.mark.skipif(
    sys.platform != "linux", reason="reads worker processes from /proc and sends POSIX signals"
)


def _inputs(folder: Path, copies: int) -> Path:
    for number in range(copies):
        shutil.copytree(FIXTURES, folder / f"{number:03d}")
    return folder


# The two paths, as environments: the compiled core's (when built) and the Python path's.
PATHS = {"core": {}, "python": {PURE_PYTHON: "1"}}
# Copies of the fixture documents that take each path a few seconds to convert.
COPIES = {"core": 300, "python": 30}


@pytest.fixture(params=sorted(PATHS))
def path(request: pytest.FixtureRequest) -> str:
    if request.param == "core" and compiled() is None:
        pytest.skip("the compiled core is not built")
    name: str = request.param
    return name


def _start(inputs: Path, out: Path, *extra: str, path: str) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "normalize", "convert", str(inputs), "-o", str(out)]
    return subprocess.Popen(
        [*command, "--no-progress", *extra],
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as a shell gives a job
        env={**os.environ, **PATHS[path]},
    )


def _temporaries(folder: Path) -> list[str]:
    return [name for name in os.listdir(folder) if name.endswith(".tmp")]


def _wait_for_temporary(folder: Path, process: subprocess.Popen[str], path: str) -> None:
    """Until the output is being written and the workers are up: the file's watcher, and on
    the Python path multiprocessing's resource tracker and both workers."""
    children = 1 if path == "core" else 4
    deadline = time.monotonic() + 60
    while not _temporaries(folder) or len(_children(process.pid)) < children:
        assert process.poll() is None, "the conversion ended before it was interrupted"
        assert time.monotonic() < deadline
        time.sleep(0.02)


def _children(pid: int) -> list[int]:
    """The child processes of every thread of a process."""
    children = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            children += [int(child) for child in (task / "children").read_text().split()]
        except OSError:  # the thread has ended
            continue
    return children


def _ended(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return True
    return state in ("Z", "X")  # a zombie has ended; only its parent's wait is missing


def _all_ended(pids: list[int], seconds: float = 10) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if all(map(_ended, pids)):
            return True
        time.sleep(0.05)
    return False


def test_ctrl_c_is_one_line_exit_130_and_leaves_nothing(tmp_path: Path, path: str) -> None:
    inputs = _inputs(tmp_path / "in", COPIES[path])
    out = tmp_path / "out.parquet"
    process = _start(inputs, out, "--workers", "2", path=path)
    _wait_for_temporary(tmp_path, process, path)
    workers = _children(process.pid)
    os.killpg(process.pid, signal.SIGINT)  # what a terminal's Ctrl-C does: the whole group
    _, errors = process.communicate(timeout=60)
    assert process.returncode == 130
    assert errors.strip().splitlines() == ["normalize: interrupted; no output was written"]
    assert not out.exists() and _temporaries(tmp_path) == []
    assert _all_ended(workers)


@pytest.mark.parametrize("sent", [signal.SIGTERM, signal.SIGKILL])
def test_workers_and_temporary_file_end_with_the_parent(
    tmp_path: Path, sent: int, path: str
) -> None:
    inputs = _inputs(tmp_path / "in", COPIES[path])
    out = tmp_path / "out.parquet"
    process = _start(inputs, out, "--workers", "2", path=path)
    _wait_for_temporary(tmp_path, process, path)
    workers = _children(process.pid)
    process.send_signal(sent)  # the parent alone
    process.communicate(timeout=60)
    assert _all_ended(workers)
    deadline = time.monotonic() + 10
    while _temporaries(tmp_path) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _temporaries(tmp_path) == [] and not out.exists()


def test_killed_at_random_moments_leaves_the_old_file_or_none(tmp_path: Path, path: str) -> None:
    inputs = _inputs(tmp_path / "in", 4)
    out = tmp_path / "out.parquet"
    first = _start(inputs, out, "--workers", "1", path=path)
    first.communicate(timeout=120)
    assert first.returncode == 0
    previous = out.read_bytes()
    rows = pl.read_parquet(out).height
    moments = random.Random(13)
    for _ in range(5):  # from start-up, through the work, to the rename and after
        process = _start(inputs, out, "--workers", "2", path=path)
        time.sleep(moments.uniform(0.0, 2.5))
        process.kill()
        process.communicate(timeout=60)
        deadline = time.monotonic() + 10
        while _temporaries(tmp_path) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _temporaries(tmp_path) == []
        assert out.exists()  # a previous complete file is never removed
        if out.read_bytes() != previous:  # the kill came after the rename: a complete new file
            assert pl.read_parquet(out).height == rows
