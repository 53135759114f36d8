"""The table's columns and types: the one schema every entry point gives."""

from __future__ import annotations

import polars as pl

SCHEMA_VERSION = "3"
UTC_INSTANT = pl.Datetime("us", "UTC")
SCHEMA = pl.Schema(
    {
        "doc_id": pl.String(),
        "source": pl.String(),
        "title": pl.String(),
        "title_score": pl.Float64(),
        "title_lang": pl.String(),
        "title_key": pl.String(),
        "title_ascii": pl.String(),
        "alt_titles": pl.List(pl.Struct({"text": pl.String(), "lang": pl.String()})),
        "languages": pl.List(pl.String()),
        "fragments": pl.List(
            pl.Struct(
                {
                    "start": pl.Int64(),
                    "end": pl.Int64(),
                    "lang": pl.String(),
                    "script": pl.String(),
                }
            )
        ),
        "hashtags": pl.List(
            pl.Struct({"tag": pl.String(), "words": pl.List(pl.String()), "lang": pl.String()})
        ),
        "hashtag_words": pl.List(pl.String()),
        "published_at": UTC_INSTANT,
        "published_precision": pl.String(),
        "modified_at": UTC_INSTANT,
        "body": pl.String(),
        "warnings": pl.List(pl.String()),
    }
)


def hashtag_words(hashtags: pl.Expr) -> pl.Expr:
    """Every hashtag's words, in order, as one flat list (the ``hashtag_words`` column).

    >>> tags = [{"tag": "XiJinping", "words": ["Xi", "Jinping"], "lang": "en"},
    ...         {"tag": "Busan", "words": ["Busan"], "lang": "en"}]
    >>> frame = pl.DataFrame({"hashtags": [tags]}, schema={"hashtags": SCHEMA["hashtags"]})
    >>> frame.select(hashtag_words(pl.col("hashtags"))).item().to_list()
    ['Xi', 'Jinping', 'Busan']
    """
    return hashtags.list.eval(pl.element().struct.field("words").explode().drop_nulls())
