"""The one place that keeps state between calls: tables loaded once, and bounded memos.

Nothing else in the package holds module-level mutable state. The kinds of keeping:

- ``once``: a loader or a builder whose result never changes (a data file, a compiled
  grammar, a language model): computed on first use, kept for the life of the process.
- ``memo(size)``: a pure function of a text whose arguments come back (a site prints the same
  menu on every page): the last ``size`` distinct calls are kept.
- ``Memo(size)``: the same for a hot loop that looks values up itself (a dict ``get`` costs
  less than a call): a table that starts afresh when it holds ``size`` entries, so that memory
  stays bounded and the values of the texts read now are the ones kept.
- ``Filled(function)``: a table of a function's values over a small set of keys (characters),
  filled in as they are looked up, for lookups made in C (``str.translate``).
- ``Recent(size)``: values made once by key while several threads ask for them (several
  expressions of one query asking for the rows of the same batch); the last ``size`` kept.
- ``python_lock()``: the one lock that polars threads take to run the Python pipeline.

What is kept never changes a result: every memo holds values of pure functions.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from concurrent.futures import Future
from functools import cache, lru_cache
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")

once = cache


def memo(size: int) -> Callable[[Callable[..., V]], Callable[..., V]]:
    """Keep the results of the last ``size`` distinct calls of a pure function.

    >>> @memo(2)
    ... def shout(text: str) -> str:
    ...     return text.upper()
    >>> shout("kst")
    'KST'
    """
    keep: Callable[[Callable[..., V]], Callable[..., V]] = lru_cache(maxsize=size)
    return keep


class Memo(dict[K, V]):
    """A table of computed values that starts afresh when it holds ``size`` entries.

    >>> table: Memo[str, int] = Memo(2)
    >>> table.keep("a", 1), table.keep("b", 2), table.keep("c", 3), sorted(table)
    (1, 2, 3, ['c'])
    """

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size

    def keep(self, key: K, value: V) -> V:
        """Store a value (emptying the table first when it is full) and return it."""
        if len(self) >= self.size:
            self.clear()
        self[key] = value
        return value


class Filled(dict[K, V]):
    """The values of a pure function, each computed on the first lookup of its key: a table for
    lookups made in C (``str.translate`` looks up every character of a text), over a small set
    of keys (characters), so it needs no bound.

    >>> squares: Filled[int, int] = Filled(lambda number: number * number)
    >>> squares[12], len(squares)
    (144, 1)
    """

    def __init__(self, function: Callable[[K], V]) -> None:
        super().__init__()
        self.function = function

    def __missing__(self, key: K) -> V:
        value = self[key] = self.function(key)
        return value


class Recent(Generic[V]):
    """Values made once by key, for callers on several threads: the first caller of a key
    makes its value, and those who ask for it meanwhile wait (asleep) and take the same one;
    callers of other keys make theirs at the same time. The last ``size`` keys are kept.

    >>> recent: Recent[str] = Recent(1)
    >>> [recent.made(key, make) for key, make in [("a", "1".strip), ("a", "2".strip),
    ...                                           ("b", "3".strip), ("a", "4".strip)]]
    ['1', '1', '3', '4']
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self._kept: OrderedDict[Hashable, Future[V]] = OrderedDict()
        self._lock = threading.Lock()

    def made(self, key: Hashable, make: Callable[[], V]) -> V:
        """The value of ``key``: kept, being made by another thread, or made now by ``make``.
        A failure is raised to every caller waiting for it, and nothing is kept."""
        with self._lock:
            future = self._kept.get(key)
            mine = future is None
            if future is None:
                future = self._kept[key] = Future()
                while len(self._kept) > self.size:
                    self._kept.popitem(last=False)
            else:
                self._kept.move_to_end(key)
        if mine:
            try:
                future.set_result(make())
            except BaseException as error:
                with self._lock:
                    if self._kept.get(key) is future:
                        del self._kept[key]
                future.set_exception(error)
                raise
        return future.result()


@once
def python_lock() -> threading.RLock:
    """The lock held while the pure Python pipeline runs on a batch that polars handed over.

    Polars' streaming engine calls a Python function from several threads at once (one per
    morsel). Holding the GIL in turns, they would hand it to each other every few milliseconds
    (``sys.getswitchinterval``), and each hand-off costs: a fifth of the work, measured. A
    thread that waits for this lock waits asleep, without asking for the GIL, so the thread
    that holds it runs its batch through. Take it around Python work only: never around a
    polars call, which may need the threads that wait.

    >>> with python_lock():
    ...     pass
    """
    return threading.RLock()
