"""The table made through the compiled core against the table of the Python path: the same
rows, column for column (ids, sources, warnings and all), whatever the input's shape.

The Python side is the same call with ``NORMALIZE_PURE_PYTHON=1``. Corpora: every fixture page,
texts as str, bytes (legacy encodings too), nulls and empties, pages the core hands back
(mojibake) among others, frames with id, source, fetched-at and warnings columns, the polars
expressions, ``convert``, and hypothesis-generated pages.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from hypothesis import given, settings
from polars.testing import assert_frame_equal

from normalize import convert
from normalize.core import PURE_PYTHON, CoreMismatch, compiled, stream_rows
from normalize.schema import UTC_INSTANT
from normalize.table import normalize_documents
from tests.test_core import corpus, fixture_pages
from tests.test_core_headline import PAGES

pytestmark = pytest.mark.skipif(compiled() is None, reason="the compiled core is not built")

MOJIBAKE = "CafÃ© au lait\n\nThey met on Thursday."
NOW = datetime(2024, 5, 17, 12, tzinfo=UTC)


def both(monkeypatch: pytest.MonkeyPatch, make: Callable[[], pl.DataFrame]) -> pl.DataFrame:
    """The table ``make`` gives through the core, checked equal to the Python path's."""
    made = make()
    with monkeypatch.context() as python:
        python.setenv(PURE_PYTHON, "1")
        expected = make()
    assert_frame_equal(made, expected)
    return made


@corpus
def test_every_third_fixture_page(monkeypatch: pytest.MonkeyPatch) -> None:
    """The table of every third fixture page (not those of the stream's test) is the Python
    path's; every page's row is compared one by one in test_core_documents."""
    texts = list(fixture_pages())[1::3]
    table = both(monkeypatch, lambda: normalize_documents(texts))
    assert table.height == len(texts)


def test_nulls_empties_bytes_and_a_page_handed_back(monkeypatch: pytest.MonkeyPatch) -> None:
    page = "서울 증시 이틀째 상승\n\n입력 2024.05.17 14:30\n\n코스피가 올랐다."
    texts: list[Any] = [page, None, "", MOJIBAKE, "  \n ", page + " 2"]
    both(monkeypatch, lambda: normalize_documents(texts))
    binary = [
        page.encode("cp949"),
        None,
        b"",
        MOJIBAKE.encode(),
        b"\xef\xbb\xbf",
        b"caf\xc3\xa9 \xff",
    ]
    frame = pl.DataFrame({"text": pl.Series(binary, dtype=pl.Binary)})
    table = both(monkeypatch, lambda: normalize_documents(frame))
    assert table["warnings"][0].to_list()[0].startswith("decoded: cp949")
    assert table["doc_id"][1] == table["doc_id"][2]  # empty, from the same (no) source
    assert table["doc_id"].n_unique() == len(binary) - 1


def test_a_frame_with_every_column_role(monkeypatch: pytest.MonkeyPatch) -> None:
    pages = [f"Leaders meet in Beijing {n}\n\n3 hours ago\n\nThey met." for n in range(4)]
    frame = pl.DataFrame(
        {
            "url": ["a", "b", None, "d"],
            "text": [pages[0], None, pages[2], MOJIBAKE],
            "id": [None, "", "x", "y"],
            "seen": ["2024-05-17T21:00:00+09:00", "yesterday", None, "2024-05-17 12:00"],
            "notes": [["read: ok"], None, [], ["a", "b"]],
        }
    )
    roles = {
        "id_column": "id",
        "source_column": "url",
        "fetched_at_column": "seen",
        "warnings_column": "notes",
    }
    table = both(monkeypatch, lambda: normalize_documents(frame, **roles))
    assert table["doc_id"][2] == "x" and table["published_at"][0] is not None
    both(monkeypatch, lambda: normalize_documents(frame, **roles, now=NOW, default_tz="+09:00"))
    instants = frame.with_columns(pl.col("seen").str.to_datetime(strict=False))
    both(monkeypatch, lambda: normalize_documents(instants, **roles))


def test_lone_surrogates_take_the_python_path(monkeypatch: pytest.MonkeyPatch) -> None:
    table = both(monkeypatch, lambda: normalize_documents(["Seoul \ud800 markets\n\nThey rose."]))
    assert table["warnings"][0][0].startswith("invalid_text")


def test_the_polars_expressions(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [*list(fixture_pages())[:60], None, MOJIBAKE] * 2
    frame = pl.LazyFrame({"text": texts})
    both(monkeypatch, lambda: frame.select(pl.col("text").norm.document()).collect())
    both(
        monkeypatch,
        lambda: frame.select(
            pl.col("text").norm.title(), b=pl.col("text").norm.published_at(now=NOW)
        ).collect(engine="streaming"),
    )


def test_convert(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    for number, text in enumerate([*list(fixture_pages())[:40], MOJIBAKE, ""]):
        (folder / f"{number % 3}").mkdir(parents=True, exist_ok=True)
        (folder / f"{number % 3}" / f"{number:03d}.txt").write_text(text)

    def converted() -> pl.DataFrame:
        out = tmp_path / "out.parquet"
        convert([folder], out, workers=2, batch_rows=7)
        return pl.read_parquet(out)

    assert both(monkeypatch, converted).height == 42


@settings(derandomize=True, max_examples=40, deadline=None, database=None)
@given(texts=PAGES.map(lambda page: [page, page[::-1], None]))
def test_generated_pages(texts: list[str | None]) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        both(monkeypatch, lambda: normalize_documents(texts))


def test_arrow_the_core_cannot_read_is_a_clear_error() -> None:
    core = compiled()
    assert core is not None
    numbers = pl.DataFrame({"text": [1, 2], "now": pl.Series([None, None], dtype=UTC_INSTANT)})
    with pytest.raises(CoreMismatch, match=f"{PURE_PYTHON}=1 to run the Python path"):
        stream_rows(core, numbers, default_tz=None, title_threshold=0.0, threads=1)
