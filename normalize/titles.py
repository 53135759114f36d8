"""Headlines: picking the one a person would pick, cleaning it, and keys for search and slugs."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from typing import NamedTuple

import polars as pl
import regex
from unidecode import unidecode

from normalize.cache import memo, once
from normalize.chrome import chrome, is_outlet_name, line_key, split_label
from normalize.languages import detect_language
from normalize.text import INVISIBLE, WHITESPACE, WHITESPACE_CLASS, squeeze_spaces

# Width variants (full-width ASCII, half-width Hangul and katakana, the ideographic space) are
# the only characters that get NFKC: elsewhere compatibility mapping would change letters.
# Plain code points: the standard library's engine scans them faster than `regex`.
_WIDTH_VARIANTS = re.compile(r"[\u3000\uff01-\uffee]")
# Leading flags: "[속보]", "【단독】", "<영상>", "(LEAD)", "(2nd LD)", "Video:", "BIG NEWS!!!".
_BRACKETED_FLAG = regex.compile(
    r"^\s*(?:[\[【<〈《]([^\]】>〉》]{1,16})[\]】>〉》]|\(([^)]{1,16})\))\s*"
)
_WORD_FLAG = regex.compile(r"^\s*([\p{L}\s]{2,20}?)\s*(?:[:：|]|!+)\s*")
_TRAILING_FLAG = regex.compile(r"\s*(?:[\[【<(]([^\]】>)]{1,16})[\]】>)])\s*$")
# Searched for only on a line that ends in one of its closing brackets.
_CLOSING = ("]", "】", ">", ")")
# Separators between a headline and the outlet's name: "… | Site", "… - Yonhap", "… / 연합뉴스".
_SITE_SEPARATOR = regex.compile(r"\s+(?:[|/·•:–—-]|::)\s+")
# Apostrophes and dots inside words join ("U.S." -> "us"); other punctuation separates words.
_JOINING_MARKS = regex.compile(r"[.'’`´]")
_NOT_WORD = regex.compile(r"[^\p{L}\p{M}\p{N}]+")
# A sentence ends in a full stop that is not the dot of an initial or abbreviation ("U.S.").
_SENTENCE_END = regex.compile(
    r"(?<!\b\p{Lu})(?<!\b\p{Lu}\.\p{Lu})[.。]\s*[\"'”’»)]*$|(?:\.\.\.|…)$"
)
# What may follow a sentence's stop.
_AFTER_STOP = "\"'”’»)" + WHITESPACE
_NOT_LETTER = regex.compile(r"\P{L}+")
_ALL_CAPS_FLAG = regex.compile(r"^[\p{Lu}\d\s]+$")

MAX_TITLE_WORDS = 30
MAX_TITLE_CHARS = 250
# Two or three words are more often an outlet's or a channel's name than a headline.
SHORT_TITLE_WORDS = 3
# A variant in another language is a whole headline, not a two-word channel name.
MIN_ALT_TITLE_WORDS = 3
# Lines this long, or a full sentence of this many words, mean the article body has begun.
BODY_WORDS = 40
BODY_SENTENCE_WORDS = 8


class AltTitle(NamedTuple):
    text: str
    lang: str


class Headline(NamedTuple):
    """The headline of a page and the lines it was read from (so they leave the body)."""

    title: str | None
    lang: str
    alt_titles: list[AltTitle]
    lines: set[int]


def normalize_title(text: str) -> str:
    """A headline as displayed: NFC, width variants folded, invisible characters out, one space.

    Letters, quotes and punctuation stay as printed. Normalizing twice changes nothing.

    >>> normalize_title("  Ｘｉ\\u200b and  Putin:\\u00a0“military intimidation”  ")
    'Xi and Putin: “military intimidation”'
    """
    text = _WIDTH_VARIANTS.sub(lambda match: unicodedata.normalize("NFKC", match[0]), text)
    return squeeze_spaces(unicodedata.normalize("NFC", INVISIBLE.sub("", text)))


def normalize_title_expr(expr: pl.Expr) -> pl.Expr:
    """``normalize_title`` on a column, in native polars string operations.

    >>> pl.select(normalize_title_expr(pl.lit("  Ｘｉ\u200b and  Putin "))).item()
    'Xi and Putin'
    """
    return (
        expr.str.replace_many(_width_folds())
        .str.replace_all(INVISIBLE.pattern, "")
        .str.normalize("NFC")
        .str.replace_all(f"{WHITESPACE_CLASS}+", " ")
        .str.strip_chars(WHITESPACE)
    )


@once
def _width_folds() -> dict[str, str]:
    """Every width variant and what NFKC makes of it."""
    variants = map(chr, [0x3000, *range(0xFF01, 0xFFEF)])
    return {
        char: unicodedata.normalize("NFKC", char)
        for char in variants
        if unicodedata.category(char) != "Cn"
    }


@memo(1 << 12)
def strip_decorations(text: str) -> str:
    """Remove what a page adds around a headline: UI labels, flags and the outlet's name.

    >>> strip_decorations("[속보] 중러 정상 공동성명 채택 / 연합뉴스 (Yonhapnews)")
    '중러 정상 공동성명 채택'
    >>> strip_decorations("Video: Leaders meet in Beijing | KBS WORLD")
    'Leaders meet in Beijing'
    """
    # Normalizing twice changes nothing, so only the rest after a cut label needs it again.
    label, text = split_label(normalize_title(text))
    if label:
        text = normalize_title(text)
    tables = chrome()
    while True:
        before = text
        flag = _BRACKETED_FLAG.match(text)
        if flag and _is_flag(flag[1] or flag[2], bracketed=flag[1] is not None):
            text = text[flag.end() :]
        flag = _WORD_FLAG.match(text)
        if flag and line_key(flag[1]) in tables.flags and len(text) > flag.end():
            text = text[flag.end() :]
        flag = _TRAILING_FLAG.search(text) if text.rstrip().endswith(_CLOSING) else None
        if flag and line_key(flag[1]) in tables.flags:
            text = text[: flag.start()]
        separators = list(_SITE_SEPARATOR.finditer(text))
        if separators and is_outlet_name(text[separators[-1].end() :]):
            text = text[: separators[-1].start()]
        elif separators and is_outlet_name(text[: separators[0].start()]):
            text = text[separators[0].end() :]
        if text == before:
            return text.strip()


def _is_flag(inner: str, *, bracketed: bool) -> bool:
    key = line_key(inner)
    if key in chrome().flags:
        return True
    # Square brackets at the front of a headline are always a flag in Korean news; round
    # ones only when they shout ("(LEAD)", "(2nd LD)", "(URGENT)").
    return bracketed or bool(_ALL_CAPS_FLAG.match(inner.replace("nd", "").replace("rd", "")))


@memo(1 << 12)
def title_key(text: str) -> str:
    """A key for search and de-duplication: the same for a headline and any decorated copy.

    Case-folded, width-folded, punctuation out, every script kept. Cached: a site prints the
    same lines (its name, its menus) on every page.

    >>> title_key("[단독] Xi, Putin ‘oppose’ U.S. moves | Yonhap")
    'xi putin oppose us moves'
    """
    text = unicodedata.normalize("NFKC", strip_decorations(text)).casefold()
    return squeeze_spaces(_NOT_WORD.sub(" ", _JOINING_MARKS.sub("", text)))


def title_ascii(text: str) -> str:
    """The headline in ASCII (unidecode), for slugs and ASCII-only systems.

    >>> title_ascii("Путин и Си: «военное давление»")
    'Putin i Si: <<voennoe davlenie>>'
    """
    return squeeze_spaces(unidecode(text))


def is_headline_shaped(text: str) -> bool:
    """Short, lettered and not a finished sentence: what a headline looks like on a page.

    >>> is_headline_shaped("Leaders of Russia, China oppose U.S. moves toward N. Korea")
    True
    >>> is_headline_shaped("He said the talks went well."), is_headline_shaped("News")
    (False, False)
    """
    words = text.split()
    letters = len(_NOT_LETTER.sub("", text))
    return (
        2 <= len(words) <= MAX_TITLE_WORDS
        and len(text) <= MAX_TITLE_CHARS
        and letters >= 4
        and letters >= 0.5 * len("".join(words))
        and not _ends_sentence(text)
    )


def is_body_shaped(text: str) -> bool:
    """A line that means the article has begun: a long line or a full sentence of some length."""
    words = len(text.split())
    return words >= BODY_WORDS or (words >= BODY_SENTENCE_WORDS and _ends_sentence(text))


def extract_headline(lines: list[str], skip: set[int]) -> Headline:
    """Pick the headline from the head of a page, as a reader would.

    The candidates are the headline-shaped lines before the article text begins (``skip``
    holds lines known not to be text: chrome, datelines, hashtag lines). A full-length line
    beats a two- or three-word one (an outlet's or channel's name); a line that the page
    repeats beats one it does not; otherwise the first wins. Candidates that repeat the
    headline are marked as used; those in another language become ``alt_titles``.

    >>> page = ["Connect with us", "News", "Leaders meet in Beijing", "Putin said so."]
    >>> extract_headline(page, {0, 1})
    Headline(title='Leaders meet in Beijing', lang='en', alt_titles=[], lines={2})
    """
    candidates = _candidates(lines, skip)
    if not candidates:
        return Headline(None, "und", [], set())
    # A lone candidate with no outlet's name to cut off is the headline, whatever else the
    # page repeats.
    lone = len(candidates) == 1 and not _SITE_SEPARATOR.search(candidates[0][1])
    repeated = set() if lone else _repeated_keys(lines)
    first, title = max(
        candidates,
        key=lambda item: (
            len(item[1].split()) > SHORT_TITLE_WORDS,
            title_key(item[1]) in repeated or _without_site(item[1]) in repeated,
            -item[0],
        ),
    )
    title = _repeated_head(title, repeated)
    lang = detect_language(title)
    key = title_key(title)
    alt_titles: list[AltTitle] = []
    used = {first}
    for index, text in candidates:
        if index == first:
            continue
        if title_key(text) == key or _without_site(text) == key:
            used.add(index)
            continue
        line_lang = detect_language(text)
        if len(text.split()) >= MIN_ALT_TITLE_WORDS and line_lang not in (lang, "und"):
            alt_titles.append(AltTitle(text, line_lang))
            used.add(index)
    return Headline(title, lang, alt_titles, used)


def _candidates(lines: list[str], skip: set[int]) -> list[tuple[int, str]]:
    """Headline-shaped head lines, decorations removed, up to where the article text begins."""
    found = []
    for index, line in enumerate(lines):
        if index in skip or not line:
            continue
        if is_body_shaped(line):
            break
        text = strip_decorations(line)
        if is_headline_shaped(text):
            found.append((index, text))
    return found


def _repeated_keys(lines: list[str]) -> set[str]:
    """The title keys of the lines a page prints more than once, not counting a line repeated
    right below itself."""
    # A caption printed twice in a row is a scraping artefact; a headline the page repeats
    # further down (a mirror's top line, a share box) is evidence.
    keys = [
        key
        for key, _ in itertools.groupby(
            title_key(line) if _may_repeat_headline(line) else "" for line in lines if line
        )
    ]
    return {key for key, count in Counter(keys).items() if key and count > 1}


def _may_repeat_headline(line: str) -> bool:
    """Only a headline-length line without a full stop can be a copy of a headline."""
    return len(line) <= MAX_TITLE_CHARS * 2 and not _ends_sentence(line)


def _ends_sentence(text: str) -> bool:
    """``_SENTENCE_END``, searched for only when the line ends in a stop."""
    return text.rstrip(_AFTER_STOP).endswith((".", "。", "…")) and bool(_SENTENCE_END.search(text))


def _without_site(text: str) -> str:
    """The key of a headline with whatever follows its last separator cut off."""
    separators = list(_SITE_SEPARATOR.finditer(text))
    return title_key(text[: separators[-1].start()]) if separators else ""


def _repeated_head(title: str, repeated: set[str]) -> str:
    """``"Headline — Unknown Outlet"`` is the headline alone when the page repeats that alone."""
    separators = list(_SITE_SEPARATOR.finditer(title))
    if separators and title_key(title) not in repeated and _without_site(title) in repeated:
        return title[: separators[-1].start()].rstrip()
    return title
