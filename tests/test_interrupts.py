"""Interrupted and killed conversions: one line and exit 130 on Ctrl-C, workers that end with
their parent, and never a temporary file or a half-written output left behind."""

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

FIXTURES = Path(__file__).parent.parent / "fixtures" / "docs"

pytestmark = pytest.mark.skipif(
    sys.platform != "linux", reason="reads worker processes from /proc and sends POSIX signals"
)


def _inputs(folder: Path, copies: int) -> Path:
    for number in range(copies):
        shutil.copytree(FIXTURES, folder / f"{number:03d}")
    return folder


def _start(inputs: Path, out: Path, *extra: str) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "normalize", "convert", str(inputs), "-o", str(out)]
    return subprocess.Popen(
        [*command, "--no-progress", *extra],
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as a shell gives a job
    )


def _temporaries(folder: Path) -> list[str]:
    return [name for name in os.listdir(folder) if name.endswith(".tmp")]


def _wait_for_temporary(folder: Path, process: subprocess.Popen[str]) -> None:
    """Until the output is being written and the workers are up (with the file's watcher,
    three children at least)."""
    deadline = time.monotonic() + 60
    while not _temporaries(folder) or len(_children(process.pid)) < 3:
        assert process.poll() is None, "the conversion ended before it was interrupted"
        assert time.monotonic() < deadline
        time.sleep(0.02)


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(child) for child in path.read_text().split()] if path.exists() else []


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


def test_ctrl_c_is_one_line_exit_130_and_leaves_nothing(tmp_path: Path) -> None:
    inputs = _inputs(tmp_path / "in", 30)
    out = tmp_path / "out.parquet"
    process = _start(inputs, out, "--workers", "2")
    _wait_for_temporary(tmp_path, process)
    workers = _children(process.pid)
    os.killpg(process.pid, signal.SIGINT)  # what a terminal's Ctrl-C does: the whole group
    _, errors = process.communicate(timeout=60)
    assert process.returncode == 130
    assert errors.strip().splitlines() == ["normalize: interrupted; no output was written"]
    assert not out.exists() and _temporaries(tmp_path) == []
    assert _all_ended(workers)


@pytest.mark.parametrize("sent", [signal.SIGTERM, signal.SIGKILL])
def test_workers_and_temporary_file_end_with_the_parent(tmp_path: Path, sent: int) -> None:
    inputs = _inputs(tmp_path / "in", 30)
    out = tmp_path / "out.parquet"
    process = _start(inputs, out, "--workers", "2")
    _wait_for_temporary(tmp_path, process)
    workers = _children(process.pid)
    assert workers
    process.send_signal(sent)  # the parent alone
    process.communicate(timeout=60)
    assert _all_ended(workers)
    deadline = time.monotonic() + 10
    while _temporaries(tmp_path) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _temporaries(tmp_path) == [] and not out.exists()


def test_killed_at_random_moments_leaves_the_old_file_or_none(tmp_path: Path) -> None:
    inputs = _inputs(tmp_path / "in", 4)
    out = tmp_path / "out.parquet"
    first = _start(inputs, out, "--workers", "1")
    first.communicate(timeout=120)
    assert first.returncode == 0
    previous = out.read_bytes()
    rows = pl.read_parquet(out).height
    moments = random.Random(13)
    for _ in range(5):  # from start-up, through the work, to the rename and after
        process = _start(inputs, out, "--workers", "2")
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
