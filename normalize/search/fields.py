"""The fields of a search index: how each is analysed, its weight in a query, its schema."""

from __future__ import annotations

from types import MappingProxyType
from typing import Final, Literal

import regex
import tantivy

from normalize.cache import once
from normalize.search.terms import Script, analyzers

# The file that marks a folder as an index of this package, with what built it.
MARKER = "normalize-index.json"
INDEX_FORMAT = 1
# The writer's memory before it writes a segment to disk.
WRITER_HEAP_BYTES = 256_000_000
# Field -> (how its text is analysed, its weight in a query).
Analysis = Literal["normalize_en", "normalize_ru", "normalize_ascii", "whitespace"]
FIELDS: Final = MappingProxyType[str, tuple[Analysis, float]](
    {
        "title_en": ("normalize_en", 2.0),
        "title_ru": ("normalize_ru", 2.0),
        "title_ko": ("whitespace", 2.0),
        "hashtags": ("whitespace", 1.5),
        "body_en": ("normalize_en", 1.0),
        "body_ru": ("normalize_ru", 1.0),
        "body_ko": ("whitespace", 1.0),
        "ascii": ("normalize_ascii", 0.5),
    }
)
# Fields that keep word positions: a query's words next to each other there rank higher.
PHRASE_FIELDS: Final = MappingProxyType[Script, tuple[str, ...]](
    {
        "en": ("title_en", "body_en"),
        "ru": ("title_ru", "body_ru"),
    }
)
# How many other words may stand between a query's words, in its order, for them to count as
# together ("cut interest rates" for "cut rates").
PHRASE_SLOP = 2
# Where a query word of each script is looked for (and in the hashtags; ASCII ones in ascii).
SCRIPT_FIELDS: Final = MappingProxyType[Script, tuple[str, ...]](
    {
        "en": ("title_en", "body_en"),
        "ru": ("title_ru", "body_ru"),
        "ko": ("title_ko", "body_ko"),
    }
)
# A word with a non-ASCII letter (in the Latin part of a text), for the ASCII field.
NON_ASCII_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]*[^\x00-\x7f][\p{L}\p{M}\p{N}]*")
LANGUAGE_CODE = regex.compile(r"[a-z]{2,3}")


@once
def schema() -> tantivy.Schema:
    """The fields of an index (built once)."""
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("doc_id", stored=True, tokenizer_name="raw")
    builder.add_text_field("title", stored=True, tokenizer_name="raw", index_option="basic")
    with_positions = {name for names in PHRASE_FIELDS.values() for name in names}
    for name, (analysis, _weight) in FIELDS.items():
        option = "position" if name in with_positions else "freq"
        builder.add_text_field(name, tokenizer_name=analysis, index_option=option)
    builder.add_date_field("published_at", stored=True, indexed=True, fast=True)
    builder.add_facet_field("languages")
    return builder.build()


def register(index: tantivy.Index) -> None:
    """Give an index the analyzers its fields name."""
    for name, analyzer in analyzers().by_name().items():
        index.register_tokenizer(name, analyzer)
