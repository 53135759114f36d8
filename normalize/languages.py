"""Language of every fragment of a line: script first, statistics only where script is ambiguous.

Hangul is Korean and kana is Japanese without further thought. Latin and Cyrillic letters are
shared by many languages, so their words are scored, deterministically, against character
n-gram profiles (the ones shipped inside langdetect) and word frequencies (wordfreq), restricted
to the candidate languages of that script.
"""

# Cyrillic and Latin letters that look alike are the subject of this module, not typos.
# ruff: noqa: RUF001

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from functools import cache, lru_cache
from importlib import resources
from typing import Final, NamedTuple

import regex
import wordfreq

from normalize.scripts import script_runs

# Languages a run of a script can be in, before any statistics.
_CANDIDATES: Final[dict[str, tuple[str, ...]]] = {
    "Latin": ("en", "de", "fr", "es", "it", "nl"),
    "Cyrillic": ("ru", "uk", "bg", "be", "sr", "mk"),
}
# Scripts that are one language by themselves.
_SCRIPT_LANGUAGE: Final[dict[str, str]] = {
    "Hangul": "ko",
    "Hiragana": "ja",
    "Katakana": "ja",
    "Greek": "el",
    "Hebrew": "he",
    "Thai": "th",
    "Armenian": "hy",
    "Georgian": "ka",
    "Arabic": "ar",
    "Devanagari": "hi",
}
# wordfreq has no Belarusian list, and files Serbian under Serbo-Croatian in Latin letters.
_WORDFREQ_LIST: Final[dict[str, str | None]] = {"be": None, "sr": "sh"}
# Serbian Cyrillic to the Latin alphabet wordfreq's Serbo-Croatian list is written in.
_SERBIAN_LATIN: Final = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "đ", "е": "e", "ж": "ž",
        "з": "z", "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n",
        "њ": "nj", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "ћ": "ć", "у": "u",
        "ф": "f", "х": "h", "ц": "c", "ч": "č", "џ": "dž", "ш": "š",
    }
)  # fmt: skip
# Letters only one or two candidate languages of a script use: strong, cheap evidence.
_MARKER_LETTERS: Final[dict[str, dict[str, str]]] = {
    "Cyrillic": {
        "ы": "ru be", "э": "ru be", "ё": "ru be", "ъ": "ru bg", "щ": "ru uk bg",
        "і": "uk be", "ї": "uk", "є": "uk", "ґ": "uk", "ў": "be",
        "ј": "sr mk", "љ": "sr mk", "њ": "sr mk", "ћ": "sr", "ђ": "sr", "џ": "sr mk",
        "ѓ": "mk", "ќ": "mk", "ѕ": "mk", "й": "ru uk bg be", "я": "ru uk bg be",
        "ю": "ru uk bg be", "ь": "ru uk bg be",
    },
    "Latin": {
        "ß": "de", "ä": "de", "ö": "de", "ü": "de fr", "ñ": "es", "ç": "fr", "œ": "fr",
        "è": "fr it", "ê": "fr", "â": "fr", "î": "fr", "û": "fr", "ù": "fr it", "ì": "it",
        "ò": "it", "í": "es", "ó": "es", "ú": "es", "á": "es", "é": "fr es it", "ë": "fr nl",
        "ï": "fr nl", "ij": "nl",
    },
}  # fmt: skip
# Log-probability given to an n-gram a profile never saw, and to a letter a language lacks.
_UNSEEN: Final = math.log(1e-6)
_MARKER_PENALTY: Final = -8.0
# Word frequency below which wordfreq's list is silent, as a log probability.
_RARE_WORD: Final = math.log(1e-8)

# A hashtag: "#" then letters, digits and underscores, as social sites link them.
_HASHTAG: Final = regex.compile(r"\#[\p{L}\p{M}\p{N}_]+")
# A gap between two letter runs that marks a boundary a reader would not read across:
# a spaced dash, slash, bar, middle dot or bullet, or the end of a sentence.
_STRONG_BREAK: Final = regex.compile(
    r"""
      \s[-–—/|·•]\s        # "Читать / Read more", "Leaders - 리더"
    | [.!?。]\s            # a sentence ends and another begins
    | :\s                  # a label and its value
    """,
    regex.VERBOSE,
)
# Characters that close what precedes them; they stay with the fragment on their left.
_CLOSING: Final = regex.compile(r"[\p{Pe}\p{Pf}.,;:!?…%'\"»”’)\]]+")


class Fragment(NamedTuple):
    """A maximal run of text in one language, with code-point offsets (end exclusive)."""

    start: int
    end: int
    text: str
    lang: str
    script: str


class _Piece(NamedTuple):
    """A run of letters of one script, or one whole hashtag, before languages are merged."""

    start: int
    end: int
    script: str
    hashtag: bool


@cache
def _profiles(script: str) -> tuple[tuple[str, ...], dict[str, tuple[float, ...]]]:
    """Log-probabilities of each n-gram under every candidate language that has a profile."""
    package = resources.files("langdetect") / "profiles"
    langs: list[str] = []
    tables: list[dict[str, float]] = []
    for lang in _CANDIDATES[script]:
        source = package / lang
        if not source.is_file():
            continue
        profile = json.loads(source.read_text(encoding="utf-8"))
        totals = profile["n_words"]
        counts: dict[str, int] = {}
        for gram, count in profile["freq"].items():
            key = gram.lower()
            counts[key] = counts.get(key, 0) + count
        tables.append({g: math.log(c / totals[len(g) - 1]) for g, c in counts.items()})
        langs.append(lang)
    grams = set().union(*tables)
    return tuple(langs), {g: tuple(t.get(g, _UNSEEN) for t in tables) for g in grams}


@cache
def _frequencies(lang: str) -> dict[str, float]:
    """wordfreq's small list for a language (empty when wordfreq has none)."""
    name = _WORDFREQ_LIST.get(lang, lang)
    if name is None:
        return {}
    return wordfreq.get_frequency_dict(name, wordlist="small")


@lru_cache(maxsize=1 << 16)
def _word_scores(word: str, script: str) -> tuple[float, ...]:
    """Evidence for each candidate language of the script from one lower-case word."""
    candidates = _CANDIDATES[script]
    langs, table = _profiles(script)
    padded = f" {word} "
    gram_scores = [0.0] * len(langs)
    for size in (1, 2, 3):
        for i in range(len(padded) - size + 1):
            row = table.get(padded[i : i + size])
            if row is not None:
                for k, value in enumerate(row):
                    gram_scores[k] += value
    by_lang = dict(zip(langs, gram_scores, strict=True))
    mean = sum(gram_scores) / len(gram_scores) if gram_scores else 0.0
    scores: list[float] = []
    markers = _MARKER_LETTERS[script]
    for lang in candidates:
        score = by_lang.get(lang, mean)
        table_words = _frequencies(lang)
        if table_words:
            key = word.translate(_SERBIAN_LATIN) if lang == "sr" else word
            score += 2.0 * max(math.log(table_words.get(key, 0.0) or 1e-8), _RARE_WORD)
        else:
            score += 2.0 * (_RARE_WORD + 4.0)
        for letter in word:
            owners = markers.get(letter)
            if owners is not None and lang not in owners:
                score += _MARKER_PENALTY
        scores.append(score)
    return tuple(scores)


def _ambiguous_language(words: Sequence[str], script: str) -> str:
    """The most likely candidate language of the script for a run of words."""
    candidates = _CANDIDATES[script]
    totals = [0.0] * len(candidates)
    for word in words:
        for k, value in enumerate(_word_scores(word.lower(), script)):
            totals[k] += value
    best = max(range(len(candidates)), key=lambda k: (totals[k], -k))
    return candidates[best]


def _pieces(text: str) -> list[_Piece]:
    """Hashtags whole, then every other run of letters of one script."""
    pieces: list[_Piece] = []
    position = 0
    for tag in _HASHTAG.finditer(text):
        if not any(c.isalpha() for c in tag.group()):
            continue
        pieces.extend(
            _Piece(r.start + position, r.end + position, r.script, False)
            for r in script_runs(text[position : tag.start()])
        )
        pieces.append(_Piece(tag.start(), tag.end(), "Hashtag", True))
        position = tag.end()
    pieces.extend(
        _Piece(r.start + position, r.end + position, r.script, False)
        for r in script_runs(text[position:])
    )
    return pieces


def _block_language(text: str, block: Sequence[_Piece]) -> tuple[str, str]:
    """Language and script of consecutive pieces of one script (or one hashtag)."""
    if block[0].hashtag:
        tag = text[block[0].start + 1 : block[0].end]
        lang = detect_language(tag.replace("_", " "))
        runs = script_runs(tag)
        script = max(runs, key=lambda r: r.end - r.start).script if runs else "Common"
        return lang, script
    script = block[0].script
    if script in _CANDIDATES:
        return _ambiguous_language([text[p.start : p.end] for p in block], script), script
    if script == "Han":
        return "zh", script
    return _SCRIPT_LANGUAGE.get(script, "und"), script


def _blocks(text: str, pieces: list[_Piece]) -> list[list[_Piece]]:
    """Consecutive pieces of one script, cut at strong breaks; each hashtag is a block."""
    blocks: list[list[_Piece]] = []
    for piece in pieces:
        if blocks and not piece.hashtag and not blocks[-1][-1].hashtag:
            last = blocks[-1][-1]
            same = last.script == piece.script
            if same and not _STRONG_BREAK.search(text, last.end, piece.start):
                blocks[-1].append(piece)
                continue
        blocks.append([piece])
    return blocks


def _letters(text: str, block: Sequence[_Piece]) -> int:
    return sum(p.end - p.start for p in block)


def _resolve_islands(text: str, blocks: list[list[_Piece]], labels: list[str]) -> None:
    """Give a short foreign-script island the language of the sentence around it."""
    for i, block in enumerate(blocks):
        if block[0].hashtag or len(block) > 3 or _letters(text, block) > 24:
            continue
        left = labels[i - 1] if i > 0 and not blocks[i - 1][0].hashtag else None
        right = labels[i + 1] if i + 1 < len(blocks) and not blocks[i + 1][0].hashtag else None
        start, end = block[0].start, block[-1].end
        left_gap = text[blocks[i - 1][-1].end : start] if left else ""
        right_gap = text[end : blocks[i + 1][0].start] if right else ""
        # Written against a word with no space: "NBA에서", "연구원(KIET)", "архив(info.rar)".
        if (
            left
            and left != labels[i]
            and not any(c.isspace() for c in left_gap)
            and _letters(text, blocks[i - 1]) >= _letters(text, block)
        ):
            labels[i] = left
        elif (
            right
            and right != labels[i]
            and not any(c.isspace() for c in right_gap)
            and _letters(text, blocks[i + 1]) >= _letters(text, block)
        ):
            labels[i] = right
        # Inside one sentence of another language, with no break on either side.
        elif (
            left
            and left == right
            and left != labels[i]
            and not _STRONG_BREAK.search(left_gap)
            and not _STRONG_BREAK.search(right_gap)
        ):
            labels[i] = left


def detect_fragments(text: str) -> list[Fragment]:
    """Maximal runs of one language, in order, covering every letter of the text.

    Closing punctuation stays with the words before it, opening brackets and hashtag signs
    with the words after; separators between fragments (" / ", " | ") belong to none.

    >>> [(f.text, f.lang) for f in detect_fragments("Читать полностью / Read more / 더 보기")]
    [('Читать полностью', 'ru'), ('Read more', 'en'), ('더 보기', 'ko')]
    """
    pieces = _pieces(text)
    if not pieces:
        return []
    blocks = _blocks(text, pieces)
    found = [_block_language(text, block) for block in blocks]
    labels = [lang for lang, _ in found]
    _resolve_islands(text, blocks, labels)
    # Merge neighbouring blocks of one language (hashtags stay whole fragments of their own).
    spans: list[tuple[int, int, str, dict[str, int], bool]] = []
    for block, label, (_, script) in zip(blocks, labels, found, strict=True):
        start, end = block[0].start, block[-1].end
        hashtag = block[0].hashtag
        if spans and spans[-1][2] == label and not hashtag and not spans[-1][4]:
            prev = spans[-1]
            weights = prev[3]
            weights[script] = weights.get(script, 0) + _letters(text, block)
            spans[-1] = (prev[0], end, label, weights, False)
        else:
            spans.append((start, end, label, {script: _letters(text, block)}, hashtag))
    return [_fragment(text, spans, i) for i in range(len(spans))]


def _fragment(
    text: str, spans: list[tuple[int, int, str, dict[str, int], bool]], i: int
) -> Fragment:
    """Widen span i over the punctuation and digits that belong to it, then build it."""
    start, end, lang, weights, _ = spans[i]
    limit = spans[i + 1][0] if i + 1 < len(spans) else len(text)
    closing = _CLOSING.match(text, end, limit)
    if closing:
        end = closing.end()
    floor = spans[i - 1][1] if i > 0 else 0
    # Leading digits, quotes, brackets and signs up to the previous white space: "3일", "(클릭".
    while start > floor and not text[start - 1].isspace():
        start -= 1
    if i > 0:
        prev_end = spans[i - 1][1]
        closing_prev = _CLOSING.match(text, prev_end, start)
        if closing_prev and closing_prev.end() > start:
            start = closing_prev.end()
    script = max(sorted(weights), key=lambda s: weights[s])
    return Fragment(start, end, text[start:end], lang, script)


def language_shares(fragments: Sequence[Fragment]) -> list[str]:
    """Languages present, by descending share of letters (ties by code); "und" left out.

    >>> language_shares(detect_fragments("Описание к видео Leaders"))
    ['ru', 'en']
    """
    letters: dict[str, int] = {}
    for fragment in fragments:
        if fragment.lang == "und":
            continue
        count = sum(1 for c in fragment.text if c.isalpha())
        letters[fragment.lang] = letters.get(fragment.lang, 0) + count
    return sorted(letters, key=lambda lang: (-letters[lang], lang))


def detect_language(text: str) -> str:
    """One ISO 639-1 code for the text: the language with most letters, "und" without letters.

    >>> detect_language("Описание к видео")
    'ru'
    >>> detect_language("2024-05-17")
    'und'
    """
    shares = language_shares(detect_fragments(text))
    return shares[0] if shares else "und"
