"""A file replaced in one step: written in a temporary folder beside its target, then renamed.

A reader never sees a half-written file at the target, and no temporary file outlives the
write: a failed or interrupted write removes its folder, and when the writer is killed outright
(SIGKILL, or SIGTERM with no handler), a small watcher process that waits on a pipe from the
writer removes it, since nothing in the writer can run then.

The folder, not only the file, is what goes: a writer may still create its file after it has
reported failure (polars' streaming sink opens the file in a task of its own, which can run
after the query has already failed), and a file created in a folder that is gone is no file.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# The watcher: it blocks until the writer's end of its pipe closes (the writer is done or
# dead), then removes the temporary folder if it is still there (after success, it is not).
_WATCHER = 'read _; rm -rf -- "$1"'


@contextmanager
def replaced_atomically(target: Path) -> Iterator[Path]:
    """A temporary path to write; on success it replaces ``target``, on failure it is removed.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     target = Path(folder, "out.txt")
    ...     with replaced_atomically(target) as temporary:
    ...         _ = temporary.write_text("done")
    ...     sorted(os.listdir(folder)), target.read_text()
    (['out.txt'], 'done')
    """
    # Beside the target (so the rename is atomic) and named for this process and thread; the
    # file in it is created by the writer itself, so that it gets the permissions of any new
    # file, and ends in ".tmp", so that no reader of the folder takes it for an input.
    folder = target.with_name(f".{target.name}.{os.getpid()}-{threading.get_ident()}.tmp")
    temporary = folder / f"{target.name}.tmp"
    watcher = _watch(folder)  # before the folder is made: a kill from here on leaves none
    try:
        folder.mkdir()
        yield temporary
        os.replace(temporary, target)
        folder.rmdir()
    except BaseException:
        _remove(folder)
        raise
    finally:
        if watcher is not None:
            _release(watcher)


def _remove(folder: Path) -> None:
    """Remove the folder and what is in it; a file the writer creates meanwhile (the one
    moment it still can: before the folder itself goes) sends it round once more."""
    for _ in range(3):
        shutil.rmtree(folder, ignore_errors=True)
        if not folder.exists():
            return


def _watch(folder: Path) -> subprocess.Popen[bytes] | None:
    """Start the watcher of a temporary folder; None where there is no POSIX shell."""
    try:
        return subprocess.Popen(
            ["sh", "-c", _WATCHER, "sh", os.fsencode(folder)],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # a Ctrl-C at the terminal is the writer's to handle
        )
    except OSError:
        return None


def _release(watcher: subprocess.Popen[bytes]) -> None:
    """Let the watcher go: it finds the temporary folder gone, and ends."""
    if watcher.stdin is not None:
        watcher.stdin.close()
    watcher.wait()
