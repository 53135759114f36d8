"""Work on worker processes that end with their parent, or on threads beside the caller's,
results in input order.

Workers ignore Ctrl-C (the parent handles it, once) and end when the parent does, however it
ends (SIGTERM, SIGKILL): a thread in each waits on the parent's sentinel, which the system
closes when the parent dies. When the parent stops taking results (an error, an interrupt),
the workers are stopped at once, not after their current batch.
"""

from __future__ import annotations

import itertools
import math
import multiprocessing
import multiprocessing.connection
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import contextmanager
from multiprocessing import get_context
from pathlib import Path
from typing import TypeVar

# How long the main thread waits at a time, so that Ctrl-C is handled within this many seconds.
POLL_SECONDS = 0.1
Item = TypeVar("Item")
Result = TypeVar("Result")


def available_cpus(cgroup: Path = Path("/sys/fs/cgroup")) -> int:
    """The CPUs this process may use: those of its affinity mask, fewer when a cgroup (v2)
    quota allows less (a container given 1.5 CPUs gets 2 workers, rounded up); at least 1.

    ``os.cpu_count()`` counts the machine's CPUs, whatever the process is allowed.

    >>> 1 <= available_cpus() <= (os.cpu_count() or 1)
    True
    """
    try:
        count = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        count = os.cpu_count() or 1
    try:
        quota, period = (cgroup / "cpu.max").read_text().split()[:2]
        if quota != "max" and int(period) > 0:
            count = min(count, math.ceil(int(quota) / int(period)))
    except (OSError, ValueError):
        pass  # no cgroup v2 quota readable here
    return max(1, count)


def map_in_order(
    work: Callable[[Item], Result], items: Iterable[Item], workers: int
) -> Iterator[Result]:
    """``work`` applied to each item on ``workers`` processes, results in input order.

    At most two items per worker are in flight, so memory stays bounded however long the
    input is. One worker means no process at all.

    >>> list(map_in_order(abs, [-1, 2, -3], workers=1))
    [1, 2, 3]
    """
    if workers <= 1:
        yield from map(work, items)
        return
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=get_context("spawn"),
        initializer=_bind_to_parent,
    )
    submitted = itertools.count()

    def submit(item: Item) -> Future[Result]:
        if next(submitted) < workers:  # each of the first submissions starts a worker
            with interrupts_deferred():
                return pool.submit(work, item)
        return pool.submit(work, item)

    done = False
    try:
        yield from _in_order(submit, items, in_flight=2 * workers)
        done = True
    finally:
        if not done:
            _stop_workers(pool)
        pool.shutdown(wait=True, cancel_futures=True)


def map_alongside(
    work: Callable[[Item], Result], items: Iterable[Item], threads: int = 1
) -> Iterator[Result]:
    """``work`` applied to each item on ``threads`` threads beside this one, results in input
    order: this thread takes the next item while the others work on the ones before, so that
    work which releases the GIL (the compiled core) runs on every thread and overlaps the
    reading of its input.

    >>> list(map_alongside(abs, [-1, 2, -3], threads=2))
    [1, 2, 3]
    """
    pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="normalize-work")

    def submit(item: Item) -> Future[Result]:
        return pool.submit(work, item)

    try:
        yield from _in_order(submit, items, in_flight=threads + 1)
    finally:  # an error or interrupt: the items being worked on end, the next are not begun
        pool.shutdown(wait=True, cancel_futures=True)


def read_ahead(items: Iterator[Item]) -> Iterator[Item]:
    """The items, each next one taken on a thread beside this one while this one works on the
    one before: reading that holds the GIL (files read and decoded in Python) overlaps work
    that releases it (the compiled core), though the caller asks for items one at a time.
    An error in the reading is raised here, at its item; when the caller stops, the item
    being read is finished and no other is begun.

    >>> list(read_ahead(iter([1, 2, 3])))
    [1, 2, 3]
    """
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="normalize-read")

    def take() -> list[Item]:  # the next item, none at the end
        return list(itertools.islice(items, 1))

    try:
        coming = pool.submit(take)
        while taken := _result(coming):
            coming = pool.submit(take)
            yield taken[0]
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _in_order(
    submit: Callable[[Item], Future[Result]], items: Iterable[Item], *, in_flight: int
) -> Iterator[Result]:
    """The results of the submitted items, in input order, with at most ``in_flight`` of them
    submitted and not yet taken (so memory stays bounded however long the input is)."""
    pending: deque[Future[Result]] = deque()
    for item in items:
        pending.append(submit(item))
        if len(pending) >= in_flight:
            yield _result(pending.popleft())
    while pending:
        yield _result(pending.popleft())


_DEFERRED = (signal.SIGINT, signal.SIGTERM)


@contextmanager
def interrupts_deferred() -> Iterator[None]:
    """Ctrl-C and SIGTERM held back while a worker process or thread starts, then delivered.

    An interrupt in the middle of a start leaves a half-started worker: a process that dies
    with a traceback, or a thread that its starter never learns of and never stops. A process
    inherits the blocked signals, so it cannot die of them before its initializer ignores
    Ctrl-C; here they are recorded (any thread of the process may receive them) and raised
    again once the worker is started.
    """
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may set handlers; it is the one a Ctrl-C interrupts
        return
    caught: list[int] = []
    handlers = {
        number: signal.signal(number, lambda n, _: caught.append(n)) for number in _DEFERRED
    }
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, _DEFERRED)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
        for number, handler in handlers.items():
            signal.signal(number, handler)
        if caught:
            signal.raise_signal(caught[0])


def _result(future: Future[Result]) -> Result:
    """The future's result, waited for in short spells: a signal may reach another thread of
    the process, and the main thread handles it (Ctrl-C) only once its wait returns."""
    while True:
        try:
            return future.result(timeout=POLL_SECONDS)
        except TimeoutError:
            continue


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """End the workers now. Python 3.14 has ``kill_workers``; before it, the executor keeps
    its processes in ``_processes`` and offers no public way to stop running work.

    The thread that feeds the workers may be blocked writing a batch that no worker will read
    now; its queue is told not to wait for it (``cancel_join_thread``), or the shutdown would
    wait for ever. What it was writing is lost with the workers."""
    call_queue = getattr(pool, "_call_queue", None)
    if call_queue is not None:
        call_queue.cancel_join_thread()
    kill = getattr(pool, "kill_workers", None)
    if kill is not None:
        kill()
        return
    for process in list(getattr(pool, "_processes", {}).values()):
        process.kill()


def _bind_to_parent() -> None:
    """In a new worker: leave Ctrl-C to the parent, and end when the parent ends."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _DEFERRED)  # as it was started with them blocked
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_end_with, args=(parent.sentinel,), daemon=True).start()


def _end_with(sentinel: int) -> None:
    multiprocessing.connection.wait([sentinel])
    os._exit(1)
