from __future__ import annotations

import polars as pl

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
