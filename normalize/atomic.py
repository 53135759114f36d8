"""A file replaced in one step: written beside its target under a temporary name, then renamed.

A reader never sees a half-written file at the target, and no temporary file outlives the
write: a failed or interrupted write removes it, and when the writer is killed outright
(SIGKILL, or SIGTERM with no handler), a small watcher process that waits on a pipe from the
writer removes it, since nothing in the writer can run then.
"""

from __future__ import annotations

import os
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# The watcher: it blocks until the writer's end of its pipe closes (the writer is done or
# dead), then removes the temporary file if it is still there (after a rename, it is not).
_WATCHER = 'read _; rm -f -- "$1"'


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
    # Beside the target (so the rename is atomic), named for this process and thread, and
    # created by the writer itself so that it gets the permissions of any new file.
    temporary = target.with_name(f".{target.name}.{os.getpid()}-{threading.get_ident()}.tmp")
    watcher = _watch(temporary)
    try:
        yield temporary
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    finally:
        if watcher is not None:
            _release(watcher)


def _watch(temporary: Path) -> subprocess.Popen[bytes] | None:
    """Start the watcher of a temporary file; None where there is no POSIX shell."""
    try:
        return subprocess.Popen(
            ["sh", "-c", _WATCHER, "sh", os.fsencode(temporary)],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # a Ctrl-C at the terminal is the writer's to handle
        )
    except OSError:
        return None


def _release(watcher: subprocess.Popen[bytes]) -> None:
    """Let the watcher go: it finds the temporary file renamed or removed, and ends."""
    if watcher.stdin is not None:
        watcher.stdin.close()
    watcher.wait()
