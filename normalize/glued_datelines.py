"""A headline with its own dateline glued after it on one line, as a board, a blog's feed or a
page scraped without its markup prints it: "<headline> 작성일 03-14 <views> <body>",
"<headline>2015-03-17 19:05:41 (read the original)<body>", "<headline> 19.12.2016 12:29",
"<headline> 2021-01-13 <name> 기자 <caption>", "<headline> Posted on March 4, 2024 By <site>
<body>", "<headline>1 min read 14 Sep 2023, 08:45 PM IST", "<headline> RESTON, Va., May 9
/<wire>/ -- <body>", "<headline> <section> May 14, 2024May 14, 2024<desk>",
"<headline>Wednesday, March 16, 2022", "<headline> (PHOTOS)08.12.2019 <body>". The headline is
read from the text before the dateline, however long the line runs on; after a scraper's meta
date, from the text after it when the line below echoes it whole ("date 2019-11-05
<headline>")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from normalize.cache import once
from normalize.chrome import chrome
from normalize.glued_bylines import head_before_byline
from normalize.glued_decks import before_glued_lead
from normalize.page import echo_words
from normalize.reading_times import READING_TIMES
from normalize.text import MARKUP_BREAK, META_DATE
from normalize.timestamps.grammar import opens_with_date, words
from normalize.timestamps.labels import dated_after_label
from normalize.timestamps.phrases import alternation
from normalize.title_shapes import is_body_shaped, is_headline_shaped
from normalize.titles import cut_headline
from normalize.updated_heads import update_note_start

# A headline glued after it has this many words at least: one alone is a section's ("Sports").
_META_HEAD_WORDS: Final = 2
# Lines longer than this hold no headline but one before its glued dateline (a headline and
# what else is glued to it are shorter).
LONGEST_LINE: Final = 500
# A glued dateline is looked for among a line's first this many characters: a headline's
# longest, and the dateline itself.
_DATELINE_WITHIN: Final = 300
# A numeric date and a clock time ("2015-03-17 19:05:41", "19.12.2016 12:29", a Korean blog's
# spaced "2011. 5. 2. 08:15"), maybe glued to the word before it; a machine's year-first day
# and a Korean reporter's byline after it ("2021-01-13 민태오 기자"); or a Korean date label and
# a date ("작성일 03-14", "입력 2023.02.14"), maybe after the header of a board's author cell
# ("작성자 정보 작성일 2016.04.12").
_GLUED_DATELINE: Final = regex.compile(
    r"""(?<!\d)(?:\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{4}\.\s\d{1,2}\.\s\d{1,2}
          |\d{1,2}[./]\d{1,2}[./]\d{2,4})\.?,?\s+
          \d{1,2}:\d\d(?::\d\d)?
      | (?<!\d)\d{4}[./-]\d{1,2}[./-]\d{1,2}\.?\s+
          \p{Hangul}{2,4}\s?(?:기자|특파원|논설위원|선임기자)(?!\p{Hangul})
      | \s(?:작성자\s?정보\s)?
          (?:기사)?(?:작성|등록|입력|수정|게재|송고)(?:일시|일자|시간|일)?\s*[:：]?\s*
          \d{2,4}[./-]\d{1,2}""",
    regex.VERBOSE,
)
# A numeric day with its year glued with no space to the letter, closing bracket or closing
# quote before it: a headline's day run into its last word when the page lost its markup
# ("…at the old mill (PHOTOS)08.12.2019 <body>"); a sentence spaces the dates it prints.
_GLUED_DAY: Final = regex.compile(
    r"(?<=[\p{L})\]»”\"])(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{1,2}-\d{1,2})(?!\d)"
)
# A page's meta row run into one line: the outlet's name, one capitalised word, then a clock time
# and a numeric date (either first), then its rubric and tags ("Kolo 09:47 14/06/2024 Society …");
# no headline, none printed before its time.
_MASTHEAD_ROW: Final = regex.compile(
    r"""\p{Lu}[\p{L}\p{N}]*\s+
        (?:\d{1,2}:\d\d\s+\d{1,2}[./]\d{1,2}[./]\d{4}|\d{1,2}[./]\d{1,2}[./]\d{4},?\s+\d{1,2}:\d\d)
        \s+\S""",
    regex.VERBOSE,
)
# A wire release's dateline glued after the headline: a place in capitals, its state or country
# and the day after a comma, the wire's name between slashes, then a dash ("… Results RESTON,
# Va., May 9 /Harbourwire/ -- …"), as a release's lead opens; no headline goes on so.
_WIRE_RELEASE: Final = regex.compile(
    r"""\s\p{Lu}{2,}[\p{Lu}\s.'’-]*  # the place, in capitals
        ,[^/\d]{1,40}\d{1,2}(?:,\s?\d{4})?\s*  # its state or country, and the day
        /\p{L}[\p{L}-]*/\s*(?:--|—|–)  # the wire's name between slashes, then a dash
    """,
    regex.VERBOSE,
)
# A byline's reading time after the headline, glued to its last word or after a space, with the
# spaces before the byline's date after it: "…at the old mill1 min read 14 Sep 2023, 08:45 PM".
# Each language prints it with its own fixed label, before or after the minutes.
_READING_TIME: Final = regex.compile(
    r"(?<=\S)\s?" + READING_TIMES + r"\s+", regex.IGNORECASE | regex.VERBOSE
)
# A category's Latin name glued with no space after a Hangul headline, before the dateline glued
# on after it: a blog's post head flattened onto one line ("…새로 여는 책방Blog 2011. 5. 2. 08:15").
_GLUED_CATEGORY: Final = regex.compile(r"(?<=\p{Hangul})\p{Latin}+$")
# A date with its month in words and its year ("May 14, 2024", "14 May 2024"): one a scraper
# prints twice in a row, the page's published and modified days run together, is a dateline.
_WORDED_DATE: Final = regex.compile(r"\p{L}+\.?\s\d{1,2},?\s\d{4}|\d{1,2}\.?\s\p{L}+\.?,?\s\d{4}")
# A year's four figures: a doubled date holds two, a line with fewer holds none (a cheap look
# before the dates in words are sought).
_YEAR_FIGURES: Final = regex.compile(r"\d{4}")
# A section's name of one capitalised word printed after a word of four small letters or more,
# before the doubled date: "…new livestock barn Community May 14, 2024May 14, 2024"; after a
# shorter word it is the headline's own ("…wins the cup in Harbour May 14, 2024May 14, 2024").
_SECTION_BEFORE: Final = regex.compile(r"(?<=\p{Ll}{4}\s)\p{Lu}\p{Ll}+\s?$")
# What parts the cells of a row of metadata ("Source: The Ledger | Published: March 21"): a
# label after one opens a cell, not a dateline glued after a headline.
_CELL_SEPARATORS: Final = frozenset("|/·•-–—")
# A date after a publication label is read among this many characters after the label: the
# longest date, and what its pattern looks at after it.
_DATE_WITHIN: Final = 40
# What may stand between a weekday glued after a headline and its date: "Wednesday, March 16".
_AFTER_WEEKDAY: Final = " ,."
# A weekday's short form is this many letters at most: "Sat", "Thur", "Вт", "срд".
_SHORT_WEEKDAY: Final = 4
# A full stop after a word's last two letters (not an abbreviated month's, "Feb. 21"), and the
# spaces after it: where a sentence closes.
_FULL_STOP: Final = regex.compile(r"(?<=\p{L}\p{L})\.\s+")
# An opening bracket a dateline is printed in ("<headline> (17.08.2022 16:45)"): the dateline's
# own, cut off with it.
_OPENING_BRACKETS: Final = ("(", "[", "（", "【")


@once
def _publication_label() -> regex.Pattern[str]:
    """A publication label of any language the timestamps grammar knows ("Posted on",
    "опубликовано", "작성일"), after a space or, printed with a capital, glued to a letter in
    small letters ("roundWritten on"), with what separates it from its date."""
    labels = alternation(words()["labels"]["published"])
    glued = r"(?-i:(?<=\p{Ll})(?=\p{Lu}))"
    return regex.compile(rf"(?i)(?:\s|{glued})(?:{labels})[\s:：.\-]{{0,6}}")


def headline_part(texts: Sequence[str], at: int) -> str:
    """The part of the line at this place among the page's lines with text (``texts``) that a
    headline may be read from: the text before a dateline glued after it, when that text has a
    headline's shape and the lines next to it have no such dateline (a list prints each of its
    rows with its time, an article its headline's alone); on the page's first line, a paragraph
    with nothing above it, the headline before its lead glued on (``before_glued_lead``); else
    the whole line, or when it is longer than ``LONGEST_LINE`` the text before its first line
    break printed as markup (``_before_markup_break``), or nothing.

    >>> page = ["Parish news", "Choir sings at the old mill 19.12.2016 12:29",
    ...         "The choir sang carols at the old mill on Sunday, the parish said."]
    >>> headline_part(page, 1)
    'Choir sings at the old mill'
    >>> rows = ["Choir sings at the old mill 19.12.2016 12:29", "Ferry fares rise 19.12.2016 11:02"]
    >>> headline_part(rows, 0)
    'Choir sings at the old mill 19.12.2016 12:29'
    >>> board = "‘밤의 서재’ 7년 지킨 한솔, 작별 인사 작성일 03-14 5 목록 " + "본문 " * 200
    >>> headline_part([board], 0)
    '‘밤의 서재’ 7년 지킨 한솔, 작별 인사'
    >>> headline_part(["2015-03-17 19:05 Choir sings at the old mill"], 0)
    '2015-03-17 19:05 Choir sings at the old mill'
    >>> headline_part(["본문 " * 300], 0)
    ''
    >>> credited = "21.02.2025 Choir sings at the old mill. Photo: Parish Post " + "Body. " * 90
    >>> headline_part([credited], 0)
    '21.02.2025 Choir sings at the old mill'
    """
    line = texts[at]
    if _MASTHEAD_ROW.match(line):
        return ""  # a page run into its meta row: the outlet's name, its time, rubric and tags
    if (head := head_before_byline(line)) is not None:
        return head  # a print view's first line: the headline, its writer and e-mail
    if (credited := _before_glued_credit(line)) is not None:
        return credited
    before = _before_glued_dateline(line)
    neighbours = (texts[k] for k in (at - 1, at + 1) if 0 <= k < len(texts))
    if before is not None and not any(_before_glued_dateline(other) for other in neighbours):
        return before
    if at == 0 and is_body_shaped(line) and (head := before_glued_lead(line)) is not None:
        return head
    if len(line) <= LONGEST_LINE:
        return line
    return _before_markup_break(line)


def _before_markup_break(line: str) -> str:
    """The text before a line's first line break printed as markup among its first
    ``_DATELINE_WITHIN`` characters, a description copied with its markup onto one line
    ("<headline><br /><br /><body>"); "" when it has none there.

    >>> _before_markup_break("Frost on the ferry docks<br /><br />" + "Body. " * 100)
    'Frost on the ferry docks'
    >>> _before_markup_break("Body. " * 100)
    ''
    """
    found = MARKUP_BREAK.search(line[:_DATELINE_WITHIN])
    return line[: found.start()] if found else ""


def headline_part_among(lines: Sequence[str], filled: Sequence[int], at: int) -> str:
    """``headline_part`` of the line at this place among the page's lines with text, which
    ``filled`` gives as indexes among all its ``lines``: a candidate read before a dateline
    glued on its line is that part alone, not what runs on after the dateline.

    >>> headline_part_among(["Choir sings 19.12.2016 12:29 Photo: Parish Post", ""], [0], 0)
    'Choir sings'
    """
    first = max(at - 1, 0)
    near = [lines[filled[k]] for k in range(first, min(at + 2, len(filled)))]
    return headline_part(near, at - first)


def _before_glued_credit(line: str) -> str | None:
    """The date a paragraph opens with and the headline after it, when a photograph's credit
    (a caption marker) follows the headline's full stop: a page scraped onto one line, "<date>
    <headline>. Photo: <source> <body>"; the full stop left off. None for any other line.

    >>> _before_glued_credit("21.02.2025 Choir sings at the old mill. Photo: Parish Post "
    ...                      "The parish choir sang carols at the old mill on Sunday evening, "
    ...                      "and the hall was full an hour before the first song.")
    '21.02.2025 Choir sings at the old mill'
    >>> _before_glued_credit("Choir sings at the old mill. Photo: Parish Post The parish "
    ...                      "choir sang carols at the old mill on Sunday, the parish said.")

    """
    if not is_body_shaped(line) or not opens_with_date(line):
        return None
    stop = _FULL_STOP.search(line, 0, _DATELINE_WITHIN)
    if stop is None or not line[stop.end() :].lower().startswith(chrome().caption_markers):
        return None
    head = line[: stop.start()]
    return head if is_headline_shaped(cut_headline(head)) else None


def _before_glued_dateline(line: str) -> str | None:
    """The text before a dateline glued on the line, without a category's Latin name glued on
    its Hangul, or the opening bracket it is printed in, when it has a headline's shape.

    >>> _before_glued_dateline("책방 지도 다시 그리기Diary 2011. 5. 2. 08:15반응형 석 달 전에")
    '책방 지도 다시 그리기'
    >>> _before_glued_dateline("Quayline Reports First Quarter Results LANTERN BAY, Ore., "
    ...                        "May 9 /Harbourwire/ -- Quayline Corp. today announced …")
    'Quayline Reports First Quarter Results'
    >>> _before_glued_dateline("Choir sings at the old mill (19.12.2016 12:29)")
    'Choir sings at the old mill'
    >>> _before_glued_dateline("Choir sings at the old mill (PHOTOS)08.12.2019 ![]() The choir")
    'Choir sings at the old mill (PHOTOS)'
    >>> _before_glued_dateline("Choir sings at the old mill on 08.12.2019 for the parish") is None
    True
    """
    window = line[:_DATELINE_WITHIN]
    glued = _GLUED_DATELINE.search(window)
    day = _GLUED_DAY.search(window)
    labelled = _labelled_date_start(window)
    timed = _reading_time_start(window)
    wire = _WIRE_RELEASE.search(window)
    doubled = _doubled_date_start(window)
    weekday = _glued_weekday_start(window)
    noted = update_note_start(window)  # "<headline> (Updated: Mar 3, 2026 10:12)"
    found = (glued and glued.start(), day and day.start(), labelled, timed, wire and wire.start())
    starts = [start for start in (*found, doubled, weekday, noted) if start is not None]
    if not starts:
        return None
    before = line[: min(starts)].rstrip()
    if before.endswith(_OPENING_BRACKETS):
        before = before[:-1].rstrip()  # the dateline's bracket: "<headline> (17.08.2022 16:45)"
    before = _GLUED_CATEGORY.sub("", before)
    return before if is_headline_shaped(cut_headline(before)) else None


def _doubled_date_start(window: str) -> int | None:
    """Where a date in words printed twice in a row starts in the text, if one does (at a
    section's one capitalised word after a word in small letters before it): a scraper's
    published and modified days run together after the headline.

    >>> _doubled_date_start("Fair opens with new barn Community May 14, 2024May 14, 2024News")
    25
    >>> _doubled_date_start("Fair opens May 14, 2024 and closes May 20, 2024") is None
    True
    """
    if len(_YEAR_FIGURES.findall(window)) < 2:
        return None
    for found in _WORDED_DATE.finditer(window):
        after = window[found.end() :].removeprefix(" ")
        if after.startswith(found.group()):
            section = _SECTION_BEFORE.search(window, 0, found.start())
            start: int = section.start() if section else found.start()
            return start
    return None


def _glued_weekday_start(window: str) -> int | None:
    """Where a weekday printed with a capital, glued to a word in small letters, starts in the
    text, if one does with a date after it: the page's day glued to its headline's last word,
    its markup lost ("…in the hillsWednesday, March 16, 2022"); a headline does not run on so.
    A weekday's short form glued to a word that prints a capital of its own is the last part of
    a name, a "CubeSat" or an "iPadMon", not the headline's day.

    >>> _glued_weekday_start("Pier reopens in the harbourWednesday, March 16, 2022")
    27
    >>> _glued_weekday_start("Pier reopens on Wednesday, March 16, 2022") is None
    True
    >>> _glued_weekday_start("Pier reopens in the harbourWednesday night") is None
    True
    >>> _glued_weekday_start("Pupils build a CubeSat, 12 May 2024 launch planned") is None
    True
    """
    if not any(char.isdigit() for char in window):
        return None  # a date prints a day's or a year's digits
    small_word = True  # the word's letters up to here print no capital
    for at in range(1, len(window)):
        before = window[at - 1]
        small_word = not before.isalpha() or (small_word and not before.isupper())
        if not (window[at].isupper() and before.islower()):
            continue
        rest = window[at:].lower()
        for weekday in words()["weekdays"]:
            after = rest[len(weekday) :]
            glued = rest.startswith(weekday) and not after[:1].isalpha()
            named = len(weekday) <= _SHORT_WEEKDAY and not small_word  # a name's last part
            if glued and not named and opens_with_date(after.lstrip(_AFTER_WEEKDAY)):
                return at
    return None


def _reading_time_start(window: str) -> int | None:
    """Where a byline's reading time followed by its date starts in the text, if one does: the
    byline run into the headline's line.

    >>> _reading_time_start("Choir sings at the old mill1 min read 14 Sep 2023, 08:45 PM IST")
    27
    >>> _reading_time_start("Choir sings at the old mill 3 min read") is None
    True
    """
    for found in _READING_TIME.finditer(window):
        if dated_after_label(window[found.end() : found.end() + _DATE_WITHIN]):
            start: int = found.start()
            return start
    return None


def _labelled_date_start(window: str) -> int | None:
    """Where the first publication label followed by a date the timestamps grammar reads
    (with or without a clock time or a year) starts in the text, if one does; a label that
    opens a cell of a row of metadata, after a separator, is no dateline glued on, nor one in
    small letters after a word in small letters, a sentence's own words ("a letter written on
    3 May 1945").

    >>> _labelled_date_start("Choir sings Posted on March 4, 2024 By Parish Post")
    11
    >>> _labelled_date_start("Choir singsWritten on the 4 March 2024")
    11
    >>> _labelled_date_start("Choir sings, the post says; posted on the parish board") is None
    True
    >>> _labelled_date_start("Parish Post | Published: March 4, 2024") is None
    True
    >>> _labelled_date_start("Choir hymn written on March 4, 1890 sung again") is None
    True
    >>> _labelled_date_start("Video posted March 4, 2024 in News by Parish Post")
    5
    """
    for label in _publication_label().finditer(window):
        before = window[: label.start()].rstrip()
        opens_cell = before[-1:] in _CELL_SEPARATORS
        word = before.split()[-1] if before else ""
        prose = word.islower() and window[label.start() :].lstrip()[:1].islower()
        after = window[label.end() : label.end() + _DATE_WITHIN]
        if not (opens_cell or prose) and dated_after_label(after):
            start: int = label.start()
            return start
    return None


def echoed_after_meta_date(texts: Sequence[str], at: int) -> bool:
    """Whether the line at this place among the page's lines with text (``texts``) is a
    scraper's meta date glued before a headline the line below echoes whole: every word after
    the date is one of the next line's ("date 2019-11-05 Barn Fire" over "… a burning barn …
    the fire …"). A widget's or a promo's label glued there ("Coat Drive" over another story's
    head) names nothing the line below says; a section's one word ("Sports") is no headline.

    >>> page = ["date 2019-11-05 Barn Fire", "Crews were sent to a burning barn; the fire …"]
    >>> echoed_after_meta_date(page, 0), echoed_after_meta_date(["date 2019-11-05 Coat Drive",
    ...     "Coroner: 1 dead after house fire"], 0)
    (True, False)
    """
    opening = META_DATE.match(texts[at])
    if opening is None or at + 1 >= len(texts):
        return False
    rest = texts[at][opening.end() :]
    words = echo_words(rest)
    return (
        len(words) >= _META_HEAD_WORDS
        and is_headline_shaped(rest)
        and words <= echo_words(texts[at + 1])
    )
