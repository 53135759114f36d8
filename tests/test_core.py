"""The compiled core against the Python rooms it implements: the same results, room by room.

Each room of the core registers its twins as ``<room>__<function>``; the corpora are the
project's fixtures (every page of fixtures/docs, fixtures/pages and fixtures/real) and
hypothesis-generated text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

import polars as pl
import pytest

from normalize.core import PURE_PYTHON, compiled
from normalize.table import normalize_documents
from tests.cases import FIXTURES

T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., Any])

core = compiled()
pytestmark = pytest.mark.skipif(core is None, reason="the compiled core is not built")


def corpus(test: F) -> F:
    """A twin that compares Python's rows or headlines with the core's on the fixture corpus:
    one test process runs all of them, and they share Python's weighing of each page
    (the `weighing_once` fixture)."""
    return pytest.mark.usefixtures("weighing_once")(pytest.mark.xdist_group("fixture corpus")(test))


def fixture_pages() -> Iterator[str]:
    """Every fixture page's text, in path order."""
    for path in sorted(FIXTURES.rglob("*.txt")):
        yield path.read_text("utf-8", errors="replace")


def fixture_lines() -> list[str]:
    """Every distinct line of every fixture page."""
    return sorted({line for page in fixture_pages() for line in page.split("\n")})


def share(items: Sequence[T], setting: int, settings: int) -> Sequence[T]:
    """The items a corpus-wide test reads under the `setting`-th of its `settings` options:
    all of them under the first (the defaults), every (settings - 1)-th one under each other in
    turn. Every item is read under the defaults and one other setting, every setting reads a
    share of the corpus, and the corpus costs two passes however many settings there are."""
    if setting == 0:
        return items
    return items[setting - 1 :: settings - 1]


def test_the_core_reads_and_writes_arrow() -> None:
    frame = pl.DataFrame(
        {
            "text": ["Leaders meet in Beijing\n\nThey met.", ""],
            "now": pl.Series([None, None], dtype=pl.Datetime("us", "UTC")),
        }
    )
    assert core is not None
    rows = pl.DataFrame(core.normalize_stream(frame))
    assert rows.height == 2
    assert rows.columns[0] == "title" and rows.columns[-3:] == [
        "warnings",
        "needs_python",
        "content_id",
    ]


def test_fixture_pages_are_read(tmp_path: Path) -> None:
    assert len(list(fixture_pages())) > 500


@corpus
def test_the_stream_makes_the_rows_of_normalize_documents(monkeypatch: pytest.MonkeyPatch) -> None:
    """The stream's table, on every third fixture page and a null and an empty text, is the
    Python path's table in the columns the core makes, and its content ids are the ids Python
    gives (null for an empty text); a row the core hands back (needs_python) is not compared.
    Every page's row is compared one by one in test_core_documents."""
    texts: list[str | None] = [*list(fixture_pages())[::3], None, ""]
    frame = pl.DataFrame(
        {"text": texts, "now": pl.Series([None] * len(texts), dtype=pl.Datetime("us", "UTC"))}
    )
    assert core is not None
    made = pl.DataFrame(core.normalize_stream(frame))
    monkeypatch.setenv(PURE_PYTHON, "1")
    expected = normalize_documents(texts)
    ids = [doc_id if text else None for doc_id, text in zip(expected["doc_id"], texts, strict=True)]
    assert made["content_id"].to_list() == ids
    columns = [name for name in made.columns if name not in ("needs_python", "content_id")]
    kept = made["needs_python"].is_null()
    assert kept.sum() >= len(texts) - 5
    assert made.filter(kept).select(columns).to_dicts() == (
        expected.filter(kept).select(columns).to_dicts()
    )


def test_a_panic_in_the_core_is_a_row_handed_back() -> None:
    assert core is not None
    warnings, reason = core.batch__row_of_panic("index out of bounds")
    assert warnings == ["internal_error: core panic: index out of bounds"]
    assert reason == warnings[0]
