"""One scraped document in, one row of the table out.

The row keeps every document: what cannot be read or found is a null with a warning on the row.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from normalize.headline import extract_headline
from normalize.languages import Fragment, detect_fragments, language_shares
from normalize.options import Options
from normalize.page import read_page
from normalize.text import clean_text, decode_bytes
from normalize.timestamps import choose_times
from normalize.titles import title_ascii, title_key


def content_id(data: str | bytes) -> str:
    """A stable id from the content: 16 hex digits of BLAKE2b.

    >>> content_id("Putin visits Beijing")
    'e53993ddbdc67ba4'
    """
    raw = data if isinstance(data, bytes) else data.encode("utf-8", errors="surrogatepass")
    return hashlib.blake2b(raw, digest_size=8).hexdigest()


def normalize_document(
    text: str | bytes | None,
    *,
    doc_id: str | None = None,
    source: str | None = None,
    fetched_at: datetime | None = None,
    options: Options = Options(),
    warnings: list[str] | None = None,
) -> dict[str, Any]:
    """Normalize one scraped page into one row (a dict with the columns of ``SCHEMA``).

    ``bytes`` are decoded as UTF-8 with replacement; ``fetched_at`` is the reference time for
    relative timestamps when ``options.now`` is not set (a naive one is read as UTC, as a
    fetched-at column is); ``warnings`` are ones the caller
    already has about this document (from reading it) and lead the row's own.

    >>> row = normalize_document("Leaders meet in Beijing\\n\\nThe two leaders met on Thursday.")
    >>> row["title"], row["title_lang"], row["warnings"]
    ('Leaders meet in Beijing', 'en', ['timestamp_missing: no publication time found in the text'])
    """
    notes = list(warnings or [])
    if text is None:
        notes.append("missing_text: the document's text is null")
        text = ""
    if isinstance(text, bytes):
        doc_id = doc_id or content_id(text)
        decoded = decode_bytes(text)
        text = decoded.text
        notes.extend(decoded.warnings)
    row = _empty_row(doc_id or content_id(text), source, notes)
    cleaned = clean_text(text)
    if not cleaned:
        notes.append("empty_document: the document holds no text")
        return row

    if fetched_at is not None and options.now is None:
        aware = fetched_at if fetched_at.tzinfo is not None else fetched_at.replace(tzinfo=UTC)
        options = replace(options, now=aware)
    page = read_page(cleaned, options)
    headline = extract_headline(
        page.lines,
        page.machinery,
        page.hashtag_lines | page.dateline_lines,
        {item.line for item in page.datelines} | page.bylines,
        threshold=options.title_threshold,
    )
    if headline.title is None:
        notes.append("title_missing: no line of the page reads as its headline")
    times = choose_times(page.datelines, near=headline.line)
    notes.extend(times.warnings)
    drop = page.machinery.keys() | page.dateline_lines | headline.lines
    lines = page.lines
    body = "\n".join(_without_repeats(line for i, line in enumerate(lines) if i not in drop))

    fragments = detect_fragments(body)
    heading_fragments = [
        fragment
        for heading in [headline.title or "", *(alt.text for alt in headline.alt_titles)]
        for fragment in detect_fragments(heading)
    ]
    row.update(
        title=headline.title,
        title_score=round(headline.score, 4),
        title_lang=headline.lang,
        title_key=title_key(headline.title) if headline.title else None,
        title_ascii=title_ascii(headline.title) if headline.title else None,
        alt_titles=[{"text": alt.text, "lang": alt.lang} for alt in headline.alt_titles],
        languages=language_shares([*heading_fragments, *fragments]),
        fragments=[_fragment_row(fragment) for fragment in fragments],
        hashtags=[{"tag": tag.tag, "words": tag.words, "lang": tag.lang} for tag in page.hashtags],
        published_at=times.published_at,
        published_precision=times.precision,
        modified_at=times.modified_at,
        body=body,
    )
    return row


def _empty_row(doc_id: str, source: str | None, warnings: list[str]) -> dict[str, Any]:
    return {
        "doc_id": doc_id,
        "source": source,
        "title": None,
        "title_score": 0.0,
        "title_lang": "und",
        "title_key": None,
        "title_ascii": None,
        "alt_titles": [],
        "languages": [],
        "fragments": [],
        "hashtags": [],
        "published_at": None,
        "published_precision": None,
        "modified_at": None,
        "body": "",
        "warnings": warnings,
    }


def failed_row(doc_id: str, source: str | None, error: Exception) -> dict[str, Any]:
    """The row of a document whose normalization failed: kept, with the error as a warning."""
    return _empty_row(doc_id, source, [f"internal_error: {type(error).__name__}: {error}"])


def _without_repeats(lines: Iterable[str]) -> list[str]:
    """Non-empty lines, a line that repeats the one before it (a doubled caption) once."""
    kept: list[str] = []
    for line in lines:
        if line and (not kept or kept[-1] != line):
            kept.append(line)
    return kept


def _fragment_row(fragment: Fragment) -> dict[str, Any]:
    return {
        "start": fragment.start,
        "end": fragment.end,
        "lang": fragment.lang,
        "script": fragment.script,
    }
