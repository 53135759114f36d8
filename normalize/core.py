"""The compiled core: the whole document pipeline in Rust (``core/``), the Python rooms being
its specification.

``pip install .`` builds it (see the README). Each room and the whole row are held to their
Python twins by differential tests (``tests/test_core_*.py``, ``tests/test_rows.py``); the
table's rows are made through it (``normalize.rows``). Set ``NORMALIZE_PURE_PYTHON=1`` and
``compiled()`` gives None, as when the core is not built: the Python rooms make every row. It
reads the same data files as the Python rooms, configured here once per process.
"""

from __future__ import annotations

import os
from importlib import resources, util
from pathlib import Path
from types import ModuleType

import polars as pl

from normalize.cache import once
from normalize.workers import available_cpus

# The environment variable that forces the Python rooms.
PURE_PYTHON = "NORMALIZE_PURE_PYTHON"


def compiled() -> ModuleType | None:
    """The compiled core, configured; None when it is not built or ``NORMALIZE_PURE_PYTHON``
    is set.

    >>> compiled() is None or compiled().__name__ == "normalize._core"
    True
    """
    if os.environ.get(PURE_PYTHON, "") not in ("", "0"):
        return None
    return _configured()


# The core's allocator (mimalloc) commits each arena it reserves at once by default; committed
# as it is used, a conversion of 100,000 documents peaks at 490 MB instead of 553, as fast.
# Read from the environment when the core is loaded; a caller's own setting wins.
_ALLOCATOR_SETTINGS = (("MIMALLOC_ARENA_EAGER_COMMIT", "0"),)


@once
def _configured() -> ModuleType | None:
    for name, value in _ALLOCATOR_SETTINGS:
        os.environ.setdefault(name, value)
    try:
        from normalize import _core  # type: ignore[attr-defined]
    except ImportError:
        return None
    _core.configure(*data_folders())
    # The tables every page needs are built in the background from here on, when another CPU
    # is there to build them; a fork waits for them, so that a child is never left with a
    # table half-built. On one CPU the background threads would only take turns with the
    # pages, which build each table as they first need it: more work (a tenth of a second,
    # 80 MB more pages touched) and the first rows later.
    if available_cpus() > 1:
        _core.warm_up()
    if hasattr(os, "register_at_fork"):  # not on Windows, which does not fork
        os.register_at_fork(before=_core.wait_warm)
    module: ModuleType = _core
    return module


class CoreMismatch(RuntimeError):
    """The compiled core and the installed polars do not exchange Arrow data."""


def stream_rows(
    core: ModuleType,
    documents: pl.DataFrame,
    *,
    default_tz: str | None,
    title_threshold: float,
    threads: int | None,
) -> pl.DataFrame:
    """The core's rows (``normalize_stream``) of a frame of ``text`` (String) and ``now``
    (UTC instants) columns. A polars whose Arrow data the core cannot read, or that cannot
    read the core's, is a ``CoreMismatch`` that says how to go on, never a crash."""
    try:
        return pl.DataFrame(
            core.normalize_stream(
                documents,
                default_tz=default_tz,
                title_threshold=title_threshold,
                threads=threads,
            )
        )
    except (TypeError, ValueError, AttributeError) as error:
        raise CoreMismatch(
            f"The compiled core could not exchange Arrow data with polars {pl.__version__} "
            f"({error}). Install a polars version within the package's requirement, or set "
            f"{PURE_PYTHON}=1 to run the Python path."
        ) from error


def data_folders() -> tuple[Path, Path, Path, Path, Path]:
    """The folders the core reads: the package's data, wordfreq's lists, langdetect's
    profiles, tzdata's zone files and unidecode's tables (the same files the Python rooms
    read)."""
    return (
        Path(str(resources.files("normalize").joinpath("data"))),
        package_folder("wordfreq", "data"),
        package_folder("langdetect", "profiles"),
        package_folder("tzdata", "zoneinfo"),
        package_folder("unidecode"),
    )


def package_folder(package: str, folder: str = "") -> Path:
    """A folder of an installed package (the package's own without ``folder``), found without
    importing the package (importing wordfreq takes a tenth of a second)."""
    spec = util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(
            f"The package {package} is not installed; install normalize's requirements."
        )
    return Path(next(iter(spec.submodule_search_locations)), folder)
