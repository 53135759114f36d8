"""One scraped document in, one row of the table out.

The row keeps every document: what cannot be read or found is a null with a warning on the row.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from itertools import accumulate
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from normalize.boilerplate import machinery_lines
from normalize.decoding import as_text, repair_text, scrub_surrogates
from normalize.hashtags import Hashtag, find_hashtags
from normalize.languages import Fragment, detect_fragments, detect_language, language_shares
from normalize.scripts import dominant_script
from normalize.text import clean_text
from normalize.timestamps import find_times
from normalize.titles import extract_headline, title_ascii, title_key

# A line is a dateline when timestamps and their labels cover this share of its characters.
DATELINE_COVERAGE = 0.6
_OTHER_STORIES = ("related", "teaser")
# How much of the page is read to tell its language (for the zone a reader would assume).
LANGUAGE_SAMPLE_CHARS = 600
# A document longer than this (in characters, 1 to 3 MB of text) is analysed on its first lines
# up to this length; the body keeps the rest, cleaned, and the row warns `truncated`. News pages
# are a hundred times shorter, and analysis is linear but not cheap on worst shapes (a 1 MB
# line of hashtags takes 6-7 s of CPU), so past this a document is a dump, not a page.
MAX_ANALYSED_CHARS = 1_000_000


@dataclass(frozen=True)
class Options:
    """How documents are read. Both settings only matter for timestamps.

    ``default_tz``: IANA zone for times printed without one (else the page's language decides,
    then UTC). ``now``: the reference instant for relative times ("2시간 전"); never the clock.
    """

    default_tz: str | None = None
    now: datetime | None = None

    def __post_init__(self) -> None:
        if self.default_tz is not None:
            try:
                ZoneInfo(self.default_tz)
            except (ZoneInfoNotFoundError, ValueError) as error:
                raise ValueError(
                    f"default_tz {self.default_tz!r} is not an IANA time zone name; "
                    "use a name such as 'Asia/Seoul', 'Europe/Moscow' or 'UTC'."
                ) from error
        if self.now is not None and self.now.tzinfo is None:
            raise ValueError("now must be timezone-aware, e.g. datetime(2024, 5, 17, tzinfo=UTC).")


def content_id(data: str | bytes) -> str:
    """A stable id from the content: 16 hex digits of BLAKE2b.

    >>> content_id("Putin visits Beijing")
    'e53993ddbdc67ba4'
    """
    digest = hashlib.blake2b(digest_size=8)
    if isinstance(data, bytes):
        digest.update(data)
    else:  # a piece at a time: a long text is not copied whole to be hashed
        for start in range(0, max(len(data), 1), _HASHED_CHARS):
            digest.update(data[start : start + _HASHED_CHARS].encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


_HASHED_CHARS = 1 << 20


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

    ``bytes`` are decoded (``normalize.decoding.decode_bytes``); any other value that is not
    text is written as JSON, with a warning. HTML entities, lone surrogates and certain mojibake
    are repaired, each with a warning. ``fetched_at`` is the reference time for relative
    timestamps when ``options.now`` is not set; ``warnings`` are ones the caller already has
    about this document (from reading it) and lead the row's own. A document longer than
    ``MAX_ANALYSED_CHARS`` is analysed on its beginning; its body keeps all of it.

    >>> row = normalize_document("Leaders meet in Beijing\\n\\nThe two leaders met on Thursday.")
    >>> row["title"], row["title_lang"], row["warnings"]
    ('Leaders meet in Beijing', 'en', ['timestamp_missing: no publication time found in the text'])
    """
    notes = list(warnings or [])
    if source is not None:
        source = scrub_surrogates(source).text
    if doc_id is not None:
        doc_id = scrub_surrogates(doc_id).text
    if text is None:
        notes.append("missing_text: the document's text is null")
        text = ""
    if not isinstance(text, str):  # bytes, or a stray value of a text column
        doc_id = doc_id or (content_id(text) if isinstance(text, bytes) and text else None)
        decoded = as_text(text)
        text = decoded.text
        notes.extend(decoded.warnings)
    # Content without text (null, empty, unreadable) is told apart by where it came from.
    doc_id = doc_id or content_id(text or f"\x00{source or ''}")
    repaired = repair_text(text)
    notes.extend(repaired.warnings)
    row = _empty_row(doc_id, source, notes)
    text = repaired.text
    cut = _cut(text, 0)
    cleaned = clean_text(text[:cut] if cut < len(text) else text)
    rest: list[str] = []  # past the cut, cleaned piece by piece, for the body alone
    if cut < len(text):
        notes.append(
            f"truncated: the document has {len(text):,} characters; the first {cut:,} were "
            "analysed, and the body keeps the rest, cleaned"
        )
        rest = _cleaned_pieces(text, cut)
    if not cleaned and not rest:
        notes.append("empty_document: the document holds no text")
        return row

    lines = cleaned.split("\n")
    machinery = machinery_lines(lines)
    kept = [line if index not in machinery else "" for index, line in enumerate(lines)]
    tags_by_line = {i: find_hashtags(line) for i, line in enumerate(kept) if _may_have_tags(line)}
    hashtags = [tag for tags in tags_by_line.values() for tag in tags]
    hashtag_lines = {i for i, tags in tags_by_line.items() if _only_hashtags(kept[i], tags)}

    # Times are looked for on every line but the related blocks: a counter line of a video
    # page ("15 тыс. просмотров 3 июня 2024 г.") carries the date; a teaser carries another's.
    dated = [line if machinery.get(i) not in _OTHER_STORIES else "" for i, line in enumerate(lines)]
    kept_text = "\n".join(kept)
    times = find_times(
        "\n".join(dated),
        default_tz=options.default_tz,
        now=options.now or fetched_at,
        lang=_page_language(kept_text[:LANGUAGE_SAMPLE_CHARS]),
    )
    notes.extend(times.warnings)
    datelines = _covered_lines(dated, times.spans)

    headline = extract_headline(lines, machinery.keys() | hashtag_lines | datelines)
    if headline.title is None:
        notes.append("title_missing: no headline-shaped line before the article text")
    drop = machinery.keys() | datelines | headline.lines
    body = "\n".join(_without_repeats(line for i, line in enumerate(lines) if i not in drop))
    fragments = detect_fragments(body)
    if rest:
        body = "\n".join([body, *rest] if body else rest)

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


def failed_row(
    doc_id: str | None,
    source: str | None,
    error: Exception,
    *,
    warnings: list[str] | None = None,
    text: object = None,
) -> dict[str, Any]:
    """The row of a document whose normalization failed: kept, with the error as a warning.

    The body keeps the document's text, cleaned, when that much can be done.

    >>> failed_row(None, "a.txt", ValueError("no"), text="Some  text")["body"]
    'Some text'
    """
    source = None if source is None else scrub_surrogates(str(source)).text
    doc_id = scrub_surrogates(doc_id).text if doc_id else content_id(f"\x00{source or ''}")
    message = scrub_surrogates(f"internal_error: {type(error).__name__}: {error}").text
    row = _empty_row(doc_id, source, [*(warnings or []), message])
    try:
        row["body"] = clean_text(repair_text(as_text(text).text).text) if text is not None else ""
    except Exception:  # the body is a courtesy; the row and its warning are what count
        row["body"] = ""
    return row


def _page_language(sample: str) -> str | None:
    """The page's language where it decides a time zone: Korean by its script alone, the
    Cyrillic languages told apart by the detector, any other page none (it implies no zone)."""
    script = dominant_script(sample)
    if script == "Hangul":
        return "ko"
    return detect_language(sample) if script == "Cyrillic" else None


def _may_have_tags(line: str) -> bool:
    return "#" in line or "＃" in line


def _only_hashtags(line: str, tags: list[Hashtag]) -> bool:
    """Whether the line holds nothing but these tags and white space (in one pass)."""
    ends = [0, *(tag.end for tag in tags)]
    starts = [*(tag.start for tag in tags), len(line)]
    gaps = zip(ends, starts, strict=True)
    return bool(tags) and all(not line[end:start].strip() for end, start in gaps)


def _cut(text: str, start: int) -> int:
    """Where the piece of ``text`` from ``start`` ends: at the last line break within
    ``MAX_ANALYSED_CHARS`` (at that many characters if there is none), or at the end."""
    end = start + MAX_ANALYSED_CHARS
    if end >= len(text):
        return len(text)
    return text.rfind("\n", start, end) + 1 or end


def _cleaned_pieces(text: str, start: int) -> list[str]:
    """``clean_text`` of the text from ``start``, a piece of ``MAX_ANALYSED_CHARS`` at a time,
    so that a long text needs one piece's worth of memory more, not several times its size.
    A blank run where two pieces meet becomes one line break."""
    pieces = []
    while start < len(text):
        end = _cut(text, start)
        if cleaned := clean_text(text[start:end]):
            pieces.append(cleaned)
        start = end
    return pieces


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
