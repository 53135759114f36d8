"""The table as an OpenSearch (or Elasticsearch) index: a mapping, and bulk NDJSON for ``_bulk``.

The texts are cut by script and folded as for the embedded index (``terms``); the engine's own
analyzers do the rest: ``english``, a ``russian`` analyzer that also reads ``ё`` as ``е``, and
``nori`` (the analysis-nori plugin) for Korean, which splits compounds itself.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

import regex

from normalize.facts import data_text
from normalize.search.folders import new_folder
from normalize.search.rows import Row, TableLike, read_rows
from normalize.search.terms import fold, split_scripts, transliterations, words

__all__ = ["Export", "bulk_lines", "export_opensearch", "mapping"]

# A bulk file stays under this size (OpenSearch takes 100 MB in one request by default).
BULK_FILE_BYTES = 50_000_000
MAPPING_FILE = "mapping.json"
_WORDY = regex.compile(r"[\p{L}\p{N}]")
# What OpenSearch takes as an index name (lowercase, no separators), kept to a plain subset.
_INDEX_NAME = regex.compile(r"[a-z0-9][a-z0-9_.-]{0,254}")


def mapping() -> dict[str, Any]:
    """The index's settings and mappings: the body of ``PUT /<index>`` (a fresh copy).

    >>> mapping()["mappings"]["properties"]["published_at"]["type"]
    'date'
    """
    copied: dict[str, Any] = json.loads(data_text("opensearch.json"))
    return copied


def document(row: Row) -> dict[str, Any]:
    """One row as an OpenSearch document: fields of the mapping only, empty ones left out.

    >>> from normalize.search.rows import Row
    >>> tags = (("XiJinping", ("Xi", "Jinping")),)
    >>> fields = document(Row(doc_id="a", title="Путин и Си", body="", hashtags=tags))
    >>> fields["title_ru"], fields["hashtag_words"], fields["ascii"]
    ('Путин и Си', ['Xi', 'Jinping', 'XiJinping'], 'putin i si')
    """
    titles = fold("\n".join(text for text in (row.title, *row.alt_titles) if text))
    body = fold(row.body)
    title_parts, body_parts = split_scripts(titles), split_scripts(body)
    tag_words = [fold(word) for _tag, parts in row.hashtags for word in parts]
    tag_words += ("".join(words(tag)) for tag, parts in row.hashtags if tag and len(parts) > 1)
    non_ascii = dict.fromkeys(
        word for text in (titles, *tag_words, body) for word in words(text) if not word.isascii()
    )
    fields: dict[str, Any] = {
        "doc_id": row.doc_id,
        "source": row.source,
        "title": row.title,
        "title_lang": row.title_lang,
        "title_ascii": row.title_ascii,
        "title_en": _lines(title_parts.en, sep=" "),
        "title_ru": title_parts.ru,
        "title_ko": " ".join(title_parts.ko),
        "body_en": _lines(body_parts.en),
        "body_ru": body_parts.ru,
        "body_ko": " ".join(body_parts.ko),
        "hashtags": [tag for tag, _parts in row.hashtags if tag],
        "hashtag_words": list(dict.fromkeys(tag_words)),
        "ascii": " ".join(form for word in non_ascii for form in transliterations(word)),
        "languages": list(row.languages),
        "published_at": _iso(row.published_at),
        "modified_at": _iso(row.modified_at),
    }
    return {name: value for name, value in fields.items() if value not in (None, "", [])}


def _lines(text: str, sep: str = "\n") -> str:
    """The lines with a letter or digit, each with single spaces."""
    return sep.join(" ".join(line.split()) for line in text.splitlines() if _WORDY.search(line))


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat().replace("+00:00", "Z")


def bulk_lines(rows: Iterable[Row], *, index_name: str) -> Iterable[str]:
    """The ``_bulk`` body, two lines per row (an ``index`` action, then the document).

    >>> from normalize.search.rows import Row
    >>> list(bulk_lines([Row(doc_id="a", title=None, body="x")], index_name="news"))
    ['{"index":{"_index":"news","_id":"a"}}\\n', '{"doc_id":"a","body_en":"x"}\\n']
    """
    for row in rows:
        action = {"index": {"_index": index_name, "_id": row.doc_id}}
        yield _json(action) + "\n"
        yield _json(document(row)) + "\n"


def _json(value: dict[str, Any]) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True)
class Export:
    """What an export wrote: the documents, and the bulk files in the order to send them."""

    documents: int
    bulk_files: tuple[str, ...]


def export_opensearch(
    table: TableLike,
    directory: str | os.PathLike[str],
    *,
    index_name: str = "normalize",
    overwrite: bool = False,
    bulk_file_bytes: int = BULK_FILE_BYTES,
) -> Export:
    """Write ``mapping.json`` (the body of ``PUT /<index_name>``) and ``bulk-00001.ndjson``, …
    (each the body of one ``POST /_bulk``, under ``bulk_file_bytes``) into a new folder.

    The folder is written beside ``directory`` and renamed into place when complete; an
    existing one is refused unless ``overwrite``.
    """
    if not _INDEX_NAME.fullmatch(index_name):
        raise ValueError(
            f"{index_name!r} is not an OpenSearch index name: use lowercase letters, digits, "
            "- and _."
        )
    with new_folder(Path(directory), overwrite=overwrite) as partial:
        count, rows = read_rows(table)
        (partial / MAPPING_FILE).write_text(
            json.dumps(mapping(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        files = _write_bulk(partial, bulk_lines(rows, index_name=index_name), bulk_file_bytes)
    return Export(documents=count, bulk_files=files)


def _write_bulk(folder: Path, lines: Iterable[str], limit: int) -> tuple[str, ...]:
    names: list[str] = []
    handle: TextIO | None = None
    size = 0
    pending: str | None = None
    try:
        for line in lines:
            if pending is None:  # an action: its document follows
                pending = line
                continue
            pair, pending = pending + line, None
            pair_bytes = len(pair.encode("utf-8"))
            if handle is None or (size and size + pair_bytes > limit):
                if handle is not None:
                    handle.close()
                names.append(f"bulk-{len(names) + 1:05d}.ndjson")
                handle = (folder / names[-1]).open("w", encoding="utf-8", newline="\n")
                size = 0
            handle.write(pair)
            size += pair_bytes
    finally:
        if handle is not None:
            handle.close()
    return tuple(names)
