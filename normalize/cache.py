"""The one place that keeps state between calls: tables loaded once, and bounded memos.

Nothing else in the package holds module-level mutable state. Three kinds of keeping:

- ``once``: a loader or a builder whose result never changes (a data file, a compiled
  grammar, a language model): computed on first use, kept for the life of the process.
- ``memo(size)``: a pure function of a text whose arguments come back (a site prints the same
  menu on every page): the last ``size`` distinct calls are kept.
- ``Memo(size)``: the same for a hot loop that looks values up itself (a dict ``get`` costs
  less than a call): a table that starts afresh when it holds ``size`` entries, so that memory
  stays bounded and the values of the texts read now are the ones kept.
- ``Recent(size)``: the last ``size`` values put in, by key, for work that comes back at
  once (several expressions of one query asking for the rows of the same batch).
- ``python_lock()``: the one lock that polars threads take to run the Python pipeline.

What is kept never changes a result: every memo holds values of pure functions.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from functools import cache, lru_cache
from typing import TypeVar

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


class Recent(OrderedDict[Hashable, V]):
    """The last ``size`` values kept, by key: a new one pushes out the oldest.

    >>> recent: Recent[int] = Recent(2)
    >>> recent.keep("a", 1), recent.keep("b", 2), recent.keep("c", 3), list(recent)
    (1, 2, 3, ['b', 'c'])
    """

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size

    def keep(self, key: Hashable, value: V) -> V:
        """Store a value (the oldest goes when ``size`` are kept) and return it."""
        self[key] = value
        self.move_to_end(key)
        while len(self) > self.size:
            self.popitem(last=False)
        return value


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
