"""The compiled core's reader of wordfreq's lists against wordfreq's own ``read_cBpack``: the
same buckets, word for word, in every list file the core may read (each language's small and
large lists)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import wordfreq

from normalize.core import compiled

core: Any = compiled()
pytestmark = pytest.mark.skipif(core is None, reason="the compiled core is not built")

LISTS = sorted(
    path for path in Path(wordfreq.DATA_PATH).glob("*.msgpack.gz") if not path.name.startswith("_")
)


def test_every_language_has_lists() -> None:
    names = {path.name for path in LISTS}
    assert {"large_en.msgpack.gz", "large_ru.msgpack.gz", "small_ko.msgpack.gz"} <= names


@pytest.mark.parametrize("path", LISTS, ids=lambda path: path.name.split(".")[0])
def test_read_cbpack(path: Path) -> None:
    assert core.wordfreq__read_cbpack(path) == wordfreq.read_cBpack(path)


def test_a_file_that_is_not_a_list_is_an_error(tmp_path: Path) -> None:
    import gzip

    path = tmp_path / "small_xx.msgpack.gz"
    path.write_bytes(gzip.compress(b"\xa1x"))
    with pytest.raises(ValueError, match="not a cBpack list"):
        core.wordfreq__read_cbpack(path)
