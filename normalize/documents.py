"""One scraped document in, one row of the table out.

The row keeps every document: what cannot be read or found is a null with a warning on the row.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from normalize.ascii_titles import title_ascii
from normalize.decoding import as_text, repair_text, scrub_surrogates
from normalize.headline import Headline, extract_headline
from normalize.languages import Fragment, detect_fragments, detect_language, language_shares
from normalize.markup_files import is_markup_file
from normalize.options import Options
from normalize.page import read_page
from normalize.rest_posts import RestPost, rest_post
from normalize.results_pages import results_label
from normalize.text import clean_text
from normalize.timestamps import Times, choose_times
from normalize.timestamps.choice import NO_PUBLICATION_TIME
from normalize.timestamps.comments import comment_dates
from normalize.timestamps.compact_dates import compact_dateline
from normalize.timestamps.contact_days import contact_days
from normalize.timestamps.dated_echo import dated_echo
from normalize.timestamps.datelines import LABEL_RANK
from normalize.timestamps.elsewhere import body_dates
from normalize.timestamps.embeds import embedded_post_days
from normalize.timestamps.headline_date import (
    echo_dateline,
    headline_dateline,
    trail_dateline,
)
from normalize.timestamps.introductions import introduced_dates, introduced_examples
from normalize.timestamps.issue_date import (
    bylined_day,
    issue_dateline,
    lone_head_day,
    print_page_days,
)
from normalize.timestamps.issue_lines import issue_line_days
from normalize.timestamps.issued import issued_dateline
from normalize.timestamps.other_days import other_day_items
from normalize.timestamps.restated import restated_days
from normalize.timestamps.schedules import schedule_days
from normalize.timestamps.site_clocks import site_clocks
from normalize.timestamps.split_days import split_dateline
from normalize.timestamps.teasers import framed_dates, listing_days, teaser_dates
from normalize.timestamps.widgets import (
    day_in_title,
    place_widget_days,
    today_over_copy,
    today_over_head,
)
from normalize.titles import title_key

# A document longer than this (in characters, 1 to 3 MB of text) is analysed on its first lines
# up to this length; the body keeps the rest, cleaned, and the row warns `truncated`. News pages
# are a hundred times shorter, and analysis is linear but not cheap on worst shapes (a 1 MB
# line of hashtags takes 6-7 s of CPU), so past this a document is a dump, not a page.
MAX_ANALYSED_CHARS = 1_000_000


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
# How sure a REST answer's title field is: the site names it so itself.
REST_TITLE_SCORE = 0.99


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
    timestamps when ``options.now`` is not set (a naive one is read as UTC, as a fetched-at
    column is); ``warnings`` are ones the caller already has about this document (from reading
    it) and lead the row's own. A document longer than ``MAX_ANALYSED_CHARS`` is analysed on
    its beginning; its body keeps all of it.

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
    # a WordPress REST answer for one post: its own fields name its title and times
    post = rest_post(text)
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

    if fetched_at is not None and options.now is None:
        aware = fetched_at if fetched_at.tzinfo is not None else fetched_at.replace(tzinfo=UTC)
        options = replace(options, now=aware)
    page = read_page(cleaned, options)
    # a feed's or a sitemap's raw XML: its titles and times are its items', none the page's
    markup = is_markup_file(page.lines)
    # a related item's head and time over a lead whose agency's dateline names another day:
    # neither is the story's
    other_dates, other_heads = other_day_items(
        page.datelines, page.lines, page.dateline_lines, options
    )
    machinery = page.machinery | dict.fromkeys(other_heads, "teaser")
    headline = (
        _post_headline(post)
        if post is not None
        else Headline.none()
        if markup
        else extract_headline(
            page.lines,
            machinery,
            page.hashtag_lines | page.dateline_lines,
            {item.line for item in page.datelines} | page.bylines,
            threshold=options.title_threshold,
        )
    )
    if headline.title is None:
        notes.append("title_missing: no line of the page reads as its headline")
    # a heading's day deep in the body, a site's clock at the top, a reader's comment: other
    # things' times
    widgets = {index for index, kind in machinery.items() if kind == "widget"}
    apart = (
        body_dates(page.datelines, page.lines, headline.line)
        | site_clocks(page.datelines, page.lines, headline.line, widgets)
        | schedule_days(page.datelines, page.lines, headline.line)
        | comment_dates(page.datelines, page.lines, headline.line)
        | embedded_post_days(page.datelines, page.lines, headline.line)
        | teaser_dates(page.datelines, page.lines, headline.line)
        | listing_days(page.datelines, page.lines, headline.line)
        | framed_dates(page.datelines, page.lines, headline.line)
        | place_widget_days(page.datelines, page.lines, headline.line)
        | today_over_head(page.datelines, page.lines, headline.line)
        | day_in_title(page.datelines, page.lines, headline.line)
        | today_over_copy(page.datelines, page.lines, headline.line)
        | introduced_dates(page.datelines, page.lines)
        | introduced_examples(page.datelines, page.lines)
        | restated_days(page.datelines, page.lines, headline.line)
        | other_dates
    )
    # a print issue's day on its line ("Выпуск 11 от 18.03.2019 г."): the date of last resort
    apart |= issue_line_days(page.datelines, page.lines, apart)
    # an e-paper page's day over its print page's number, the page's only date a few lines over
    # its headline, its byline's date under it, or a release's day over its contact's telephone
    # number above it: the page's own day, as though labelled
    issued = (
        print_page_days(page.datelines, page.lines)
        | lone_head_day(page.datelines, page.lines, headline.line)
        | bylined_day(page.datelines, page.lines, headline.line)
        | contact_days(page.datelines, page.lines, headline.line)
    )
    roles = dict.fromkeys(apart, "elsewhere") | dict.fromkeys(issued, "published")
    apart_lines = {page.datelines[n].line for n in apart if n not in issued}
    datelines = [
        d._replace(role=roles[n]) if n in roles else d for n, d in enumerate(page.datelines)
    ]
    if headline.title is not None and headline.line is not None:
        # the headline's copy opened by its day, on a line beside it: the article's day
        echo = dated_echo(page.lines, headline.line, headline.title, options, lang=headline.lang)
        if echo is not None:
            datelines.append(echo)
    # a release's day over its issuing clock time ("Ends/Wednesday, March 5, 2025" / "Issued at
    # HKT 18:10"): its publication time, as though labelled
    issued_at = issued_dateline(page.lines, page.datelines, options, lang=headline.lang)
    if issued_at is not None:
        datelines.append(issued_at)
    own_line = headline.line if headline.line not in apart_lines else None
    if own_line is not None:
        # the compact day printed alone under it: the article's own, as though labelled (a
        # labelled publication time beside it wins: the digits are then a number of another
        # kind)
        labelled = [d.line for d in datelines if d.role == "published" and d.rank == LABEL_RANK]
        compact = compact_dateline(page.lines, own_line, labelled, options, lang=headline.lang)
        if compact is not None:
            datelines.append(compact)
    headless = headline.title is None
    # a page of results without a headline, or a raw XML file: its times are its items', none
    # the page's own
    results = markup or (
        headless and results_label([line for line in page.lines if line]) is not None
    )
    times = (
        _post_times(post)
        if post is not None
        else choose_times([] if results else datelines, near=headline.line, headless=headless)
    )
    if times.published_at is None and own_line is not None and post is None:
        # no line states the page's time: the date its headline's line prints, if any (not
        # a line whose date is already read as another thing's: a schedule's entry, a body's
        # heading day or a site's clock taken for the headline)
        own = headline_dateline(
            page.lines, own_line, headline.title or "", options, lang=headline.lang
        )
        # nor its line: the day an archive's trail by date prints over it
        own = own or trail_dateline(page.lines, own_line, options, lang=headline.lang)
        # nor the trail: the day closing a line under it that prints the headline again
        own = own or echo_dateline(
            page.lines, own_line, headline.title or "", options, lang=headline.lang
        )
        # nor an echo: the day a date block prints over it, split over its lines
        own = own or split_dateline(page.lines, own_line, options, lang=headline.lang)
        if own is not None:
            times = choose_times([*datelines, own], near=headline.line, headless=headless)
    if times.published_at is None and not results and post is None:
        # nor its headline's: the day an issue's number and date close a line of its head with
        issue = issue_dateline(page.lines, headline.line, options, lang=headline.lang)
        if issue is not None:
            times = choose_times([*datelines, issue], near=headline.line, headless=headless)
    notes.extend(times.warnings)
    drop = machinery.keys() | page.dateline_lines | headline.lines
    lines = page.lines
    body = "\n".join(_without_repeats(line for i, line in enumerate(lines) if i not in drop))

    fragments = detect_fragments(body)
    if rest:
        body = "\n".join([body, *rest] if body else rest)
    # the headline's language read with the page's as prior: a name's letters say little
    title_lang = headline.lang
    if headline.title is not None:
        title_lang = detect_language(headline.title, page_languages=language_shares(fragments))
    heading_fragments = [
        fragment
        for heading in [headline.title or "", *(alt.text for alt in headline.alt_titles)]
        for fragment in detect_fragments(heading)
    ]
    row.update(
        title=headline.title,
        title_score=round(headline.score, 4),
        title_lang=title_lang,
        title_key=title_key(headline.title) if headline.title else None,
        title_ascii=title_ascii(headline.title) if headline.title else None,
        alt_titles=[{"text": alt.text, "lang": alt.lang} for alt in headline.alt_titles],
        languages=language_shares([*heading_fragments, *fragments]),
        fragments=[_fragment_row(fragment) for fragment in fragments],
        hashtags=[{"tag": tag.tag, "words": tag.words, "lang": tag.lang} for tag in page.hashtags],
        hashtag_words=[word for tag in page.hashtags for word in tag.words],
        published_at=times.published_at,
        published_precision=times.precision,
        modified_at=times.modified_at,
        body=body,
    )
    return row


def _post_headline(post: RestPost) -> Headline:
    """A REST answer's title as the headline, read from no line of the page."""
    if post.title is None:
        return Headline.none()
    return Headline(post.title, "und", [], set(), REST_TITLE_SCORE)


def _post_times(post: RestPost) -> Times:
    """A REST answer's times, read to the second from its fields."""
    if post.published_at is None:
        return Times(None, post.modified_at, [], [NO_PUBLICATION_TIME])
    return Times(post.published_at, post.modified_at, [], [], "second")


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
        "hashtag_words": [],
        "published_at": None,
        "published_precision": None,
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
