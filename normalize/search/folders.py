"""Output folders written whole or not at all: built beside the target, then renamed into place."""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["check_target", "new_folder"]


def check_target(target: Path, *, overwrite: bool) -> None:
    """Refuse, before any work, a target that exists (unless ``overwrite``) or has no parent.

    >>> check_target(Path("no-such-parent/index"), overwrite=False)
    Traceback (most recent call last):
    ...
    FileNotFoundError: The folder no-such-parent does not exist; create it first.
    """
    if not target.parent.is_dir():
        raise FileNotFoundError(f"The folder {target.parent} does not exist; create it first.")
    if target.is_file() or target.is_symlink():
        raise FileExistsError(f"{target} is a file; give the path of a folder to write.")
    if target.exists() and not overwrite:
        raise FileExistsError(f"{target} already exists; pass --overwrite to replace it.")


@contextmanager
def new_folder(target: Path, *, overwrite: bool) -> Iterator[Path]:
    """A temporary folder beside ``target`` to fill; when the block ends without an error it
    becomes ``target`` (an old one is replaced only with ``overwrite``), else it is removed.

    A reader never sees a half-written folder at ``target``.
    """
    check_target(target, overwrite=overwrite)
    # Named for this process and thread, and made by mkdir so it gets a new folder's permissions.
    partial = target.with_name(f".{target.name}.{os.getpid()}-{threading.get_ident()}.partial")
    if partial.exists():
        shutil.rmtree(partial)  # left by a run of this process that was killed
    partial.mkdir()
    try:
        yield partial
        if target.exists():
            check_target(target, overwrite=overwrite)
            old = Path(
                tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".old", dir=target.parent)
            )
            os.replace(target, old / target.name)
            os.replace(partial, target)
            shutil.rmtree(old)
        else:
            os.replace(partial, target)
    finally:
        if partial.exists():
            shutil.rmtree(partial)
