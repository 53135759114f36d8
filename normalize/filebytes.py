"""The bytes of input files: whether a path can be read as a document, and its first bytes."""

from __future__ import annotations

import os
import stat
from pathlib import Path

# A .txt file is read up to this many bytes (the rest is left, with a `truncated` warning), and
# a CSV field may hold as many: a larger file is a dump, and reading it whole risks the memory
# of every worker.
MAX_FILE_BYTES = 256 * 1024 * 1024


def not_a_regular_file(path: Path) -> str | None:
    """Why a path cannot be read as a document (a FIFO would block, a device never ends)."""
    try:
        mode = path.stat().st_mode
    except OSError as error:
        return f"unreadable: {error.strerror or error}"
    if stat.S_ISREG(mode):
        return None
    what = "a FIFO" if stat.S_ISFIFO(mode) else "a device" if stat.S_ISCHR(mode) else "a socket"
    return f"unreadable: not a regular file ({what if not stat.S_ISDIR(mode) else 'a folder'})"


def read_head(path: Path, limit: int) -> bytes:
    """The first ``limit`` bytes of a file, all of it when it is shorter.

    The buffer is the file's size, not ``limit``: a buffer of the largest size read for every
    small file costs more than reading it. A short read is the end of the file; a file that
    grew since its size was taken is read on to ``limit``.

    >>> read_head(Path("fixtures/docs/07_empty.txt"), 10)
    b''
    """
    with path.open("rb", buffering=0) as handle:
        want = min(os.fstat(handle.fileno()).st_size + 1, limit)
        data = handle.read(want)
        if len(data) < want or len(data) >= limit:
            return data
        return data + handle.read(limit - len(data))
