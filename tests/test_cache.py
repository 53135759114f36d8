from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from normalize.cache import Recent


def test_recent_makes_a_key_once_while_threads_wait_for_it() -> None:
    recent: Recent[int] = Recent(4)
    started = threading.Event()
    release = threading.Event()
    calls: list[str] = []

    def slow() -> int:
        calls.append("slow")
        started.set()
        release.wait(5)
        return 1

    with ThreadPoolExecutor(3) as pool:
        first = pool.submit(recent.made, "batch", slow)
        started.wait(5)
        second = pool.submit(recent.made, "batch", lambda: calls.append("again") or 2)
        other = pool.submit(recent.made, "other batch", lambda: 3)
        assert other.result(5) == 3  # another key is made meanwhile, not after
        release.set()
        assert (first.result(5), second.result(5)) == (1, 1)
    assert calls == ["slow"]


def test_a_failure_reaches_every_caller_and_is_not_kept() -> None:
    recent: Recent[int] = Recent(4)

    def failing() -> int:
        raise ValueError("no rows")

    with pytest.raises(ValueError, match="no rows"):
        recent.made("batch", failing)
    assert recent.made("batch", lambda: 7) == 7
