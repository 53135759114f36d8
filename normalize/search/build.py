"""Building a search index from the table: one document a row, into a new folder."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from itertools import chain
from pathlib import Path

import tantivy

from normalize.search.fields import (
    INDEX_FORMAT,
    LANGUAGE_CODE,
    MARKER,
    NON_ASCII_WORD,
    WRITER_HEAP_BYTES,
    register,
    schema,
)
from normalize.search.folders import new_folder
from normalize.search.rows import Row, TableLike, read_rows
from normalize.search.terms import (
    fold,
    korean_terms,
    split_scripts,
    transliterations,
    word_terms,
    words,
)


def build_index(
    table: TableLike, directory: str | os.PathLike[str], *, overwrite: bool = False
) -> int:
    """Index a table (a DataFrame, a LazyFrame or a Parquet file of ``normalize convert``) into
    a new folder; returns the number of documents.

    The folder is built beside ``directory`` and renamed into place when complete: an error
    leaves nothing behind. An existing ``directory`` is refused unless ``overwrite``.

    >>> import polars as pl, tempfile
    >>> frame = pl.DataFrame({"doc_id": ["a"], "title": ["Путин в Пекине"], "body": ["…"]})
    >>> folder = tempfile.mkdtemp() + "/index"
    >>> build_index(frame, folder)
    1
    >>> from normalize.search import search
    >>> [hit.doc_id for hit in search(folder, "putin")]
    ['a']
    """
    from normalize import __version__

    target = Path(directory)
    with new_folder(target, overwrite=overwrite) as partial:
        count, rows = read_rows(table)
        index = tantivy.Index(schema(), path=str(partial), reuse=False)
        register(index)
        # One indexing thread: the analysis in Python is the slow part, and documents keep
        # their order, so that equal scores rank the same on every build.
        writer = index.writer(heap_size=WRITER_HEAP_BYTES, num_threads=1)
        for row in rows:
            writer.add_document(_document(row))
        writer.commit()
        writer.wait_merging_threads()
        marker = {"format": INDEX_FORMAT, "normalize_version": __version__, "documents": count}
        (partial / MARKER).write_text(json.dumps(marker, indent=2) + "\n", encoding="utf-8")
    return count


# The instants a date field holds (nanoseconds in 64 bits): a document published outside them
# (a misread year) is indexed all the same, without its date.
_DATES = (datetime(1678, 1, 1, tzinfo=UTC), datetime(2262, 1, 1, tzinfo=UTC))


def _document(row: Row) -> tantivy.Document:
    document = tantivy.Document()
    document.add_text("doc_id", row.doc_id)
    if row.title:
        document.add_text("title", row.title)
    titles = fold("\n".join(text for text in (row.title, *row.alt_titles) if text))
    # Every non-ASCII word once, for the ASCII field: Cyrillic, Hangul, accented Latin.
    non_ascii: dict[str, None] = {}
    for part, text in (("title", titles), ("body", fold(row.body))):
        scripts = split_scripts(text)
        document.add_text(f"{part}_en", scripts.en)
        document.add_text(f"{part}_ru", scripts.ru)
        document.add_text(
            f"{part}_ko", " ".join(chain.from_iterable(map(korean_terms, scripts.ko)))
        )
        non_ascii.update(dict.fromkeys(scripts.ru.split()))
        non_ascii.update(dict.fromkeys(scripts.ko))
        if not scripts.en.isascii():
            non_ascii.update(dict.fromkeys(NON_ASCII_WORD.findall(scripts.en)))
    tag_terms: list[str] = []
    for tag, parts in row.hashtags:
        joined = "".join(words(tag))
        folded = [fold(part) for part in parts]
        non_ascii.update(dict.fromkeys(word for word in folded if not word.isascii()))
        for word in (joined, *folded) if joined else folded:
            tag_terms += word_terms(word)
    document.add_text("hashtags", " ".join(tag_terms))
    transliterated = chain.from_iterable(map(transliterations, non_ascii))
    document.add_text("ascii", " ".join(chain([row.title_ascii or ""], transliterated)))
    if row.published_at is not None and _DATES[0] <= row.published_at < _DATES[1]:
        document.add_date("published_at", row.published_at)
    for lang in row.languages:
        if LANGUAGE_CODE.fullmatch(lang):  # a code, not a path of facets
            document.add_facet("languages", tantivy.Facet.from_string(f"/{lang}"))
    return document
