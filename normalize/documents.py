"""One scraped document in, one row of the table out.

The row keeps every document: what cannot be read or found is a null with a warning on the row.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, datetime
from itertools import accumulate
from typing import Any

from normalize.boilerplate import machinery_lines
from normalize.hashtags import Hashtag, distinct_hashtags, find_hashtags, is_listed
from normalize.languages import Fragment, detect_fragments, language_shares, page_language
from normalize.options import Options
from normalize.text import clean_text, decode_bytes
from normalize.timestamps import find_times
from normalize.titles import extract_headline, title_ascii, title_key

# A line is a dateline when timestamps and their labels cover this share of its characters.
DATELINE_COVERAGE = 0.6
_OTHER_STORIES = ("related", "teaser")
# How much of the page is read to tell its language (for the zone a reader would assume).
LANGUAGE_SAMPLE_CHARS = 600


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

    lines = cleaned.split("\n")
    machinery = machinery_lines(lines)
    kept = [line if index not in machinery else "" for index, line in enumerate(lines)]
    tags_by_line = {i: find_hashtags(line) for i, line in enumerate(kept) if _may_have_tags(line)}
    # The page's own tags, each once: not the ones used as words of its sentences.
    hashtags = distinct_hashtags(
        tag for i, tags in tags_by_line.items() for tag in tags if is_listed(kept[i], tag)
    )
    hashtag_lines = {i for i, tags in tags_by_line.items() if _only_hashtags(kept[i], tags)}

    # Times are looked for on every line but the related blocks: a counter line of a video
    # page ("15 тыс. просмотров 3 июня 2024 г.") carries the date; a teaser carries another's.
    dated = [line if machinery.get(i) not in _OTHER_STORIES else "" for i, line in enumerate(lines)]
    kept_text = "\n".join(kept)
    if fetched_at is not None and options.now is None:
        aware = fetched_at if fetched_at.tzinfo is not None else fetched_at.replace(tzinfo=UTC)
        options = replace(options, now=aware)
    times = find_times(
        "\n".join(dated), options, lang=page_language(kept_text[:LANGUAGE_SAMPLE_CHARS])
    )
    notes.extend(times.warnings)
    datelines = _covered_lines(dated, times.spans)

    headline = extract_headline(lines, machinery.keys() | hashtag_lines | datelines)
    if headline.title is None:
        notes.append("title_missing: no headline-shaped line before the article text")
    drop = machinery.keys() | datelines | headline.lines
    body = "\n".join(_without_repeats(line for i, line in enumerate(lines) if i not in drop))

    fragments = detect_fragments(body)
    heading_fragments = [
        fragment
        for heading in [headline.title or "", *(alt.text for alt in headline.alt_titles)]
        for fragment in detect_fragments(heading)
    ]
    row.update(
        title=headline.title,
        title_lang=headline.lang,
        title_key=title_key(headline.title) if headline.title else None,
        title_ascii=title_ascii(headline.title) if headline.title else None,
        alt_titles=[{"text": alt.text, "lang": alt.lang} for alt in headline.alt_titles],
        languages=language_shares([*heading_fragments, *fragments]),
        fragments=[_fragment_row(fragment) for fragment in fragments],
        hashtags=[{"tag": tag.tag, "words": tag.words, "lang": tag.lang} for tag in hashtags],
        published_at=times.published_at,
        modified_at=times.modified_at,
        body=body,
    )
    return row


def _empty_row(doc_id: str, source: str | None, warnings: list[str]) -> dict[str, Any]:
    return {
        "doc_id": doc_id,
        "source": source,
        "title": None,
        "title_lang": "und",
        "title_key": None,
        "title_ascii": None,
        "alt_titles": [],
        "languages": [],
        "fragments": [],
        "hashtags": [],
        "published_at": None,
        "modified_at": None,
        "body": "",
        "warnings": warnings,
    }


def failed_row(doc_id: str, source: str | None, error: Exception) -> dict[str, Any]:
    """The row of a document whose normalization failed: kept, with the error as a warning."""
    return _empty_row(doc_id, source, [f"internal_error: {type(error).__name__}: {error}"])


def _may_have_tags(line: str) -> bool:
    return "#" in line or "＃" in line


def _only_hashtags(line: str, tags: list[Hashtag]) -> bool:
    rest = line
    for tag in reversed(tags):
        rest = rest[: tag.start] + rest[tag.end :]
    return bool(tags) and rest.strip() == ""


def _covered_lines(lines: list[str], spans: list[tuple[int, int]]) -> set[int]:
    """Indexes of lines that are mostly timestamp (datelines), given spans over the joined text."""
    starts = list(accumulate((len(line) + 1 for line in lines), initial=0))
    inside: Counter[int] = Counter()
    for start, stop in spans:
        index = bisect_right(starts, start) - 1
        while index < len(lines) and starts[index] < stop:
            end = starts[index] + len(lines[index])
            inside[index] += max(0, min(end, stop) - max(starts[index], start))
            index += 1
    return {
        index
        for index, count in inside.items()
        if count >= DATELINE_COVERAGE * len(lines[index].replace(" ", "")) and lines[index]
    }


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
