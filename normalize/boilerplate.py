"""Page machinery: which lines of a scraped page are chrome and boilerplate, not news text.

The phrases live in ``data/chrome.json`` (one table per language). When a line is not clearly
machinery it is kept: dropping news text is worse than keeping a button label.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

import regex

from normalize.text import squeeze_spaces

LineKind = Literal[
    "text", "widget", "related", "teaser", "section", "social", "copyright", "contact", "byline", "about"
]

# Punctuation, bullets, emoji and spaces around a line that do not change what it says
# ("📣 ", "• ", "» ", "Share »", "[Comments]").
_EDGES = regex.compile(r"^[\p{P}\p{S}\p{Z}]+|[\p{P}\p{S}\p{Z}]+$")
_URL = regex.compile(r"(?:https?://|www\.)\S+|\b[\w.-]+\.(?:com|net|org|kr|ru|co\.kr|io|tv)\b/?\S*")
_EMAIL = regex.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_SOCIAL = regex.compile(
    r"""^[\p{P}\p{S}\p{Z}]*
    (?:facebook|twitter|x|instagram|youtube|telegram|tiktok|threads|linkedin|kakaotalk|
       vk|вконтакте|одноклассники|телеграм|дзен|rutube|
       카카오톡|카카오스토리|네이버|밴드|페이스북|트위터|인스타그램|유튜브|
       homepage|website|web|site|сайт|홈페이지)
    \b\s*[:：|/-]""",
    regex.IGNORECASE | regex.VERBOSE,
)
# Counters: "0 Comments", "1.2K views", "48,2 тыс. подписчиков", "1,3 тыс.", "Просмотров: 1 234",
# "조회수 1,234", "댓글 0". A number may carry a multiplier (K, M, тыс., млн, 천, 만).
_NUMBER = r"\d[\d.,\s]*\s*(?:[kmb]|тыс\.?|млн\.?|млрд\.?|천|만)?"
_COUNTED = r"""(?:comments?|views?|likes?|shares?|subscribers?|followers?|replies|
    комментари\p{L}*|просмотр\p{L}*|лайк\p{L}*|подписчик\p{L}*|репост\p{L}*|
    댓글|조회수?|공감|좋아요|구독자)"""
_COUNTER = regex.compile(
    rf"""^(?:
        {_NUMBER}\s*{_COUNTED}?      # "1,3 тыс.", "0 comments"
      | {_COUNTED}\s*[:：]?\s*{_NUMBER} # "Комментарии: 48", "조회수 1,234"
    )$""",
    regex.IGNORECASE | regex.VERBOSE,
)
# Bylines kept apart from the text: "By Jane Roe, staff reporter", "이서준 기자", "Автор: Иван Петров".
_BYLINE = regex.compile(
    r"""^(?:
        by\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:\s*,.*)?  # English
      | \p{Hangul}{2,4}\s?(?:기자|특파원|논설위원|선임기자)(?:\s+\S+)?        # Korean
      | (?:автор|текст|фото|редактор)\s*[:：]?\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+){0,2}  # Russian
    )$""",
    regex.IGNORECASE | regex.VERBOSE,
)
_SUBSCRIBERS = regex.compile(r"subscriber|follower|подписчик|구독자", regex.IGNORECASE)
# Section labels may come joined: "IT·과학", "Politics / World".
_SECTION_JOINS = regex.compile(r"\s*[·/|,]\s*")
# Lines that describe a control rather than say something ("button that move to original …").
_CONTROL_WORDS = regex.compile(r"\b(?:button|кнопк\p{L}*)\b|버튼", regex.IGNORECASE)
_GLUE = " :：-–—|"
_FIRST_LETTER_SCRIPT = regex.compile(
    r"(?P<Latin>\p{Latin})|(?P<Cyrillic>\p{Cyrillic})|(?P<Hangul>\p{Hangul})|(?P<Other>\p{L})"
)
_ELLIPSIS_END = regex.compile(r"(?:\.\.\.|…)\s*$")
_SENTENCE_END = regex.compile(r"[.!?。…]\s*[\"'”’»)]*\s*$")


@dataclass(frozen=True)
class Chrome:
    """The chrome phrases of every language, merged, as lookup sets."""

    widgets: frozenset[str]
    related: frozenset[str]
    sections: frozenset[str]
    labels: tuple[str, ...]
    prefixes: tuple[str, ...]
    about: tuple[str, ...]
    flags: frozenset[str]
    sites: frozenset[str]
    copyright: tuple[str, ...]


@cache
def chrome() -> Chrome:
    """Load ``data/chrome.json`` once."""
    data = json.loads(resources.files("normalize").joinpath("data/chrome.json").read_text("utf-8"))
    languages = [table for key, table in data.items() if not key.startswith("_") and key != "sites"]

    def merged(field: str) -> list[str]:
        return [phrase.lower() for table in languages for phrase in table.get(field, [])]

    def keys(field: str) -> frozenset[str]:
        return frozenset(line_key(phrase) for phrase in merged(field))

    return Chrome(
        widgets=keys("widgets"),
        related=keys("related"),
        sections=keys("sections"),
        # Longest first, so "описание к видео" wins over "описание".
        labels=tuple(sorted(merged("labels"), key=len, reverse=True)),
        prefixes=tuple(merged("prefixes")),
        about=tuple(merged("about")),
        flags=keys("flags"),
        sites=frozenset(line_key(site) for site in data["sites"]),
        copyright=tuple(merged("copyright")),
    )


def line_key(line: str) -> str:
    """A line as the chrome tables spell it: lower case, single spaces, no edge punctuation.

    >>> line_key("📣 Click to Comment »")
    'click to comment'
    """
    return _EDGES.sub("", squeeze_spaces(line).lower())


def line_kind(line: str) -> LineKind:
    """What a single line of a page is; ``"text"`` unless it is clearly machinery.

    >>> line_kind("You May Also Like"), line_kind("Комментарии"), line_kind("무단 전재 및 재배포 금지")
    ('related', 'widget', 'copyright')
    >>> line_kind("Putin visited Beijing on Thursday.")
    'text'
    """
    key = line_key(line)
    tables = chrome()
    lowered = line.lower()
    words = len(key.split())
    if key in tables.related:
        return "related"
    if key in tables.sections or _all_sections(key):
        return "section"
    if key in tables.widgets or _COUNTER.match(key):
        return "widget"
    if words <= 15 and key.startswith(tables.prefixes):
        return "widget"
    if words <= 10 and _BYLINE.match(key):
        return "byline"
    if any(phrase in lowered for phrase in tables.copyright) and words <= 25:
        return "copyright"
    if _SOCIAL.match(line) and words <= 8:
        return "social"
    if key and not _URL.sub("", _EMAIL.sub("", key)).strip(" :|/-"):
        return "social"  # a bare link or address
    if _EMAIL.search(line) and words <= 20:
        return "contact"
    if _CONTROL_WORDS.search(line) and words <= 15 and not _SENTENCE_END.search(line):
        return "widget"
    return "text"


def _all_sections(key: str) -> bool:
    parts = _SECTION_JOINS.split(key)
    return len(parts) > 1 and all(part in chrome().sections for part in parts)


def is_teaser(line: str) -> bool:
    """A line of a "related" list: a section label, a short headline or a cut-off teaser.

    >>> is_teaser("Entertainment"), is_teaser("The star began her career at sixteen and...")
    (True, True)
    """
    return (
        line_kind(line) != "text"
        or _ELLIPSIS_END.search(line) is not None
        or len(line.split()) <= 20
    )


def machinery_lines(lines: list[str]) -> dict[int, LineKind]:
    """The lines that are page machinery, by index, with their kind.

    A related-block header takes the lines under it while they look like teasers (kind
    ``"teaser"``) and stops at the first full paragraph, so an inline "Related" box does not
    swallow the article after it. An outlet's self-description goes when machinery stands
    next to it.

    >>> machinery_lines(["Title", "Body text.", "Related stories", "Teaser one", "Share"])
    {2: 'related', 3: 'teaser', 4: 'widget'}
    """
    kinds: dict[int, LineKind] = {}
    in_related = False
    for index, line in enumerate(lines):
        if not line:
            continue
        kind = line_kind(line)
        if kind == "related":
            in_related = True
        elif in_related and kind == "text" and is_teaser(line):
            kind = "teaser"
        elif kind == "text":
            in_related = False
        if kind != "text":
            kinds[index] = kind
    filled = [index for index, line in enumerate(lines) if line]
    for before, index, after in zip([None, *filled], filled, [*filled[1:], None]):
        if index in kinds:
            continue
        if _is_about(lines[index]) and (before in kinds or after in kinds):
            kinds[index] = "about"
        elif after is not None and _is_channel(lines[index], lines[after]):
            kinds[index] = "widget"
    return kinds


def _is_channel(line: str, next_line: str) -> bool:
    """A video page's channel name: a few words right above its subscriber count."""
    return len(line.split()) <= 4 and bool(_COUNTER.match(line_key(next_line))) and bool(
        _SUBSCRIBERS.search(next_line)
    )


def _is_about(line: str) -> bool:
    lowered = line.lower()
    return any(phrase in lowered for phrase in chrome().about)


def split_label(line: str) -> tuple[str, str]:
    """Split a UI label glued to the front of a line (``"Описание к видео Leaders of …"``).

    Returns ``(label, rest)``; the label is ``""`` when the line starts with none.

    >>> split_label("Описание к видео Leaders of Russia meet")
    ('Описание к видео', 'Leaders of Russia meet')
    """
    lowered = line.lower()
    for label in chrome().labels:
        if lowered.startswith(label) and len(line) > len(label) and line[len(label)] in _GLUE:
            rest = line[len(label) :].lstrip(_GLUE)
            # One word of the page's own script may be the headline's first word ("Описание
            # событий …"); a multi-word label, or a switch of script, is the page's UI.
            if rest and (" " in label or _script(rest) != _script(label)):
                return line[: len(label)], rest
    return "", line


def _script(text: str) -> str:
    match = _FIRST_LETTER_SCRIPT.search(text)
    return match.lastgroup or "" if match else ""
