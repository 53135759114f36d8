from __future__ import annotations

from typing import Any

import polars as pl
import pytest

import normalize
from normalize import expressions as nx

PAGES = [
    "Seoul and Tokyo agree to resume talks\n\n#ShuttleDiplomacy #한일정상회담\n\n"
    "2024-06-03, 18:30 (KST)",
    "Markets rally in Seoul\n\nShares rose on Friday.",
    None,
]


def test_expressions_agree_with_the_scalar_functions() -> None:
    frame = pl.DataFrame({"text": PAGES})
    rows = [normalize.normalize_document(text) for text in PAGES[:2]]
    out = frame.select(
        title=pl.col("text").norm.title(),
        published=pl.col("text").norm.published_at(),
        tags=pl.col("text").norm.hashtags(),
        lang=pl.col("text").norm.language(),
    )
    assert out["title"].to_list() == [row["title"] for row in rows] + [None]
    assert out["published"].to_list()[:2] == [row["published_at"] for row in rows]
    assert out["tags"].to_list()[0] == rows[0]["hashtags"]
    assert out["lang"].to_list() == [
        normalize.detect_language(PAGES[0]),
        normalize.detect_language(PAGES[1]),
        None,
    ]


def test_typed_functions_are_the_namespace() -> None:
    frame = pl.DataFrame({"title": ["[속보] 중러 정상 | 연합뉴스", "Ｘｉ  meets Putin"]})
    via_namespace = frame.select(pl.col("title").norm.title_key())
    via_function = frame.select(nx.title_key(pl.col("title")))
    assert via_namespace.equals(via_function)
    assert frame.select(nx.normalize_title(pl.col("title")))["title"].to_list() == [
        "[속보] 중러 정상 | 연합뉴스",
        "Xi meets Putin",
    ]


def test_lazy_streaming_query_gives_the_eager_rows() -> None:
    texts = PAGES * 50
    lazy = pl.LazyFrame({"text": texts})
    out = lazy.select(pl.col("text").norm.fragments(), title=pl.col("text").norm.title()).collect(
        engine="streaming"
    )
    expected = [
        [fragment._asdict() for fragment in normalize.detect_fragments(text)] if text else None
        for text in texts
    ]
    for row in expected:
        for fragment in row or []:
            del fragment["text"]
    assert out["text"].to_list() == expected
    titles = [normalize.normalize_document(text)["title"] if text else None for text in texts]
    assert out["title"].to_list() == titles


def _counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts the document pipeline runs on, from now on."""
    seen: list[str] = []
    run = nx.table_rows

    def counted(frame: pl.DataFrame, **settings: Any) -> pl.DataFrame:
        seen.extend(frame.get_column(settings["columns"]["text"]).to_list())
        return run(frame, **settings)

    monkeypatch.setattr(nx, "table_rows", counted)
    return seen


@pytest.mark.parametrize("engine", ["in-memory", "streaming"])
def test_several_fields_in_one_query_run_the_pipeline_once(
    monkeypatch: pytest.MonkeyPatch, engine: str
) -> None:
    texts = [f"{text} {number}" for number in range(40) for text in PAGES[:2]] + [None]
    seen = _counted(monkeypatch)
    out = (
        pl.LazyFrame({"text": texts})
        .select(
            title=pl.col("text").norm.title(),
            published=pl.col("text").norm.published_at(),
            lang=pl.col("text").norm.document().struct.field("title_lang"),
        )
        .collect(engine=engine)  # type: ignore[call-overload]
    )
    assert sorted(seen) == sorted(text for text in texts if text is not None)
    rows = [normalize.normalize_document(text) if text else None for text in texts]
    assert out["title"].to_list() == [row["title"] if row else None for row in rows]
    assert out["published"].to_list() == [row["published_at"] if row else None for row in rows]
    assert out["lang"].to_list() == [row["title_lang"] if row else None for row in rows]


def test_other_options_or_other_texts_run_the_pipeline_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    frame = pl.DataFrame({"text": PAGES[:2]})
    seen = _counted(monkeypatch)
    frame.select(pl.col("text").norm.title(), b=pl.col("text").norm.published_at())
    frame.select(a=pl.col("text").norm.published_at(default_tz="Asia/Seoul"))
    frame.select(a=pl.col("text").str.to_uppercase().norm.title())
    assert len(seen) == 6
