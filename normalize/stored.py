"""Models built once per installation: kept in a folder on disk, loaded by later processes.

Building the language and segmentation models from their word lists takes seconds of CPU in
every new process (a ``normalize show``, each worker of ``normalize convert``); loading what
was built takes a tenth of that. ``stored(name)`` wraps a builder: the first process builds
the value and writes it, every later one reads it.

Where: ``$NORMALIZE_CACHE_DIR`` when set, else ``$XDG_CACHE_HOME/normalize``, else
``~/.cache/normalize``; inside it, one folder per fingerprint of what the models are made
from (this package's code and data files, wordfreq's and langdetect's data files, the Python
version), so that an upgrade or an edit never reads a model built by other code.

Trust: a file is written atomically (a temporary file, then a rename) in a folder only its
owner may write. A file is read only when it is owned by this user and writable by no one
else, when its keyed digest (BLAKE2b keyed with the fingerprint) matches its content, and
then with an unpickler that makes no object but the package's own classes and plain data;
anything else (corrupt, foreign, from other code) is built again and written anew. A folder
that cannot be written leaves the models built in memory, as without this module.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import io
import os
import pickle
import re
import stat
import sys
import tempfile
from collections.abc import Callable
from functools import wraps
from importlib.util import find_spec
from pathlib import Path
from typing import Any, TypeVar

from normalize.cache import once

V = TypeVar("V")

# Folders of other fingerprints kept (two installed versions taking turns do not rebuild).
_OTHERS_KEPT = 2
# The environment variable that names the folder.
CACHE_DIR = "NORMALIZE_CACHE_DIR"
_MAGIC = b"normalize stored model 1\n"
_DIGEST_BYTES = 32
# The builtins a stored model may hold beside its plain data (lists, dicts, tuples, numbers,
# strings, which pickle makes without naming a class).
_BUILTINS = frozenset({"frozenset", "set", "complex"})
_SAFE_NAME = re.compile(r"[A-Za-z0-9_-]{1,64}")


def stored(name: str) -> Callable[[Callable[[str], V]], Callable[[str], V]]:
    """Keep a builder's values on disk, by its argument, and in the process as ``once`` does.

    The builder must be a pure function of its argument and the files it reads (those of the
    fingerprint), and its value made of plain data and the package's own classes.

    >>> @stored("doctest-squares")
    ... def squares(text: str) -> dict[str, int]:
    ...     return {letter: ord(letter) ** 2 for letter in text}
    >>> squares("ab")
    {'a': 9409, 'b': 9604}
    """

    def decorate(build: Callable[[str], V]) -> Callable[[str], V]:
        @once
        @wraps(build)
        def kept(argument: str) -> V:
            path = _path(name, argument)
            if path is not None:
                found = _load(path)
                if found is not _MISSING:
                    return found  # type: ignore[no-any-return]
            value = build(argument)
            if path is not None:
                _save(path, value)
            return value

        return kept

    return decorate


_MISSING = object()


def cache_root() -> Path:
    """The folder of stored models (the environment decides; see the module's docstring).

    >>> cache_root().is_absolute()
    True
    """
    chosen = os.environ.get(CACHE_DIR)
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "normalize"


def _path(name: str, argument: str) -> Path | None:
    """The file of one value, or None when the cache folder cannot be used."""
    folder = _folder(str(cache_root()))
    if folder is None:
        return None
    if not _SAFE_NAME.fullmatch(argument):
        argument = hashlib.blake2b(argument.encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return folder / f"{name}-{argument}.pickle"


@once
def _folder(root: str) -> Path | None:
    """This fingerprint's folder below ``root``, made private; None when it cannot be."""
    folder = Path(root) / fingerprint()[:24]
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _private(folder.stat()):
            return None
    except OSError:
        return None
    _prune(Path(root), keep=folder.name)
    return folder


def _private(status: os.stat_result) -> bool:
    """Owned by this user and writable by no one else."""
    return status.st_uid == os.geteuid() and not status.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _prune(root: Path, *, keep: str) -> None:
    """Remove the stored models of other fingerprints but the ``_OTHERS_KEPT`` last written
    (another installed version's, which may run again), this user's own only."""
    try:
        entries = list(os.scandir(root))
    except OSError:
        return
    others = []
    for entry in entries:
        if entry.name == keep or not re.fullmatch(r"[0-9a-f]{24}", entry.name):
            continue
        with contextlib.suppress(OSError):
            status = entry.stat(follow_symlinks=False)
            if stat.S_ISDIR(status.st_mode) and _private(status):
                others.append((status.st_mtime_ns, entry.name, entry.path))
    for *_, path in sorted(others, reverse=True)[_OTHERS_KEPT:]:
        try:
            for file in os.scandir(path):
                if file.name.endswith(".pickle"):
                    os.unlink(file.path)
            os.rmdir(path)
        except OSError:
            continue  # another process is using it, or it holds files of another kind


@once
def fingerprint() -> str:
    """A digest of what the stored models are made from: the Python version and the size and
    modification time of every file of this package and of wordfreq's and langdetect's data.

    >>> len(fingerprint())  # hex digits of 64 bytes, the key of the files' digests
    128
    """
    digest = hashlib.blake2b(_MAGIC + sys.version.encode())
    folders = [Path(__file__).parent]
    for module, data in (("wordfreq", "data"), ("langdetect", "profiles")):
        spec = find_spec(module)
        if spec is not None and spec.origin is not None:
            folders.append(Path(spec.origin).parent / data)
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if "__pycache__" in path.parts or not path.is_file():
                continue
            status = path.stat()
            line = f"{path.relative_to(folder)}\0{status.st_size}\0{status.st_mtime_ns}\n"
            digest.update(line.encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def _digest(payload: bytes) -> bytes:
    key = bytes.fromhex(fingerprint())
    return hashlib.blake2b(payload, key=key, digest_size=_DIGEST_BYTES).digest()


def _load(path: Path) -> Any:
    """The value stored at ``path``, or ``_MISSING`` when there is none to trust."""
    try:
        with path.open("rb") as handle:
            if not _private(os.fstat(handle.fileno())):
                return _MISSING
            data = handle.read()
    except OSError:
        return _MISSING
    header = len(_MAGIC) + _DIGEST_BYTES
    if not data.startswith(_MAGIC) or len(data) < header:
        return _MISSING
    payload = data[header:]
    if data[len(_MAGIC) : header] != _digest(payload):
        return _MISSING
    # The cyclic collector would run every few hundred thousand objects made, and walk them
    # all each time: a model of plain data holds no cycle, so it is made without it (3-10
    # times faster).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _Unpickler(io.BytesIO(payload)).load()
    except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
        return _MISSING
    finally:
        if collecting:
            gc.enable()


def _save(path: Path, value: object) -> None:
    """Write a value atomically; a folder that cannot be written is no error."""
    try:
        payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError):
        return
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(_MAGIC + _digest(payload) + payload)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)


class _Unpickler(pickle.Unpickler):
    """Makes plain data and the package's own classes, nothing else (no function is called
    but a class of ``normalize`` being made)."""

    def find_class(self, module: str, name: str) -> Any:
        if module == "builtins" and name in _BUILTINS:
            return super().find_class(module, name)
        if module == "normalize" or module.startswith("normalize."):
            found = super().find_class(module, name)
            if isinstance(found, type):
                return found
        raise pickle.UnpicklingError(f"a stored model may not hold {module}.{name}")
