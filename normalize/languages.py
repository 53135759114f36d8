"""Language of every fragment of a line: script first, statistics only where script is ambiguous.

Hangul is Korean and kana is Japanese without further thought. Latin and Cyrillic letters are
shared by many languages, so their words are scored, deterministically, against character
n-gram profiles (the ones shipped inside langdetect) and word frequencies (wordfreq), restricted
to the candidate languages of that script.
"""

# Cyrillic and Latin letters that look alike are the subject of this module, not typos.
# ruff: noqa: RUF001

from __future__ import annotations

import itertools
import json
import math
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from functools import cache, lru_cache
from importlib import resources
from typing import Any, Final, NamedTuple

import regex
import wordfreq

from normalize.scripts import script_runs

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
# Serbian Cyrillic to the Latin alphabet wordfreq's Serbo-Croatian list is written in.
_TRANSLITERATIONS: Final[dict[str, dict[int, str]]] = {
    "sr-Latn": str.maketrans(
        {
            "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "đ", "е": "e", "ж": "ž",
            "з": "z", "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n",
            "њ": "nj", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "ћ": "ć", "у": "u",
            "ф": "f", "х": "h", "ц": "c", "ч": "č", "џ": "dž", "ш": "š",
        }
    ),
}  # fmt: skip
# Probability of an n-gram (by length) that a profile leaves out, for a profile counted
# over a word list, and over a short sample text (which misses many ordinary n-grams).
_UNSEEN_GRAM: Final = (math.log(1e-5), math.log(1e-6), math.log(1e-7))
_UNSEEN_SAMPLE_GRAM: Final = (math.log(1e-5), math.log(1e-6), math.log(1e-6))
# Probability of a word that a language's frequency list lacks, and of any word of a
# language without a list: a list of the commonest words misses a few rare words, while
# a language without a list gives every word the probability of a rare word.
_UNLISTED_WORD: Final = math.log(1.5e-7)
_NO_LIST_WORD: Final = math.log(2e-6)
# How much one word's frequency counts against its letters' n-grams.
_WORD_WEIGHT: Final = 6.0
# A word with a letter its language does not write, e.g. Russian "ы" in Ukrainian.
_FOREIGN_LETTER: Final = {"Cyrillic": -15.0, "Latin": -6.0}
# The commonest words of a list whose letters make its n-gram profile: enough for the
# profile to settle, few enough to count in a fraction of a second.
_PROFILE_WORDS: Final = 20_000
# Share of langdetect's profile in a blended profile (the rest counts the word list).
_LANGDETECT_SHARE: Final = 0.3


class _Model(NamedTuple):
    """What the statistical stage knows of the candidate languages of one script."""

    langs: tuple[str, ...]
    grams: dict[str, tuple[float, ...]]
    unseen: tuple[tuple[float, ...], ...]
    words: tuple[dict[str, float], ...]
    unlisted: tuple[float, ...]
    alphabets: tuple[frozenset[str], ...]
    spellings: tuple[dict[int, str] | None, ...]
    foreign: float
    margins: tuple[float, ...]


def _padded_grams(word: str) -> list[str]:
    """Letters, then 2- and 3-letter n-grams of the word between spaces, as langdetect counts."""
    padded = f" {word} "
    grams = list(word)
    grams += [padded[i : i + n] for n in (2, 3) for i in range(len(padded) - n + 1)]
    return grams


def _count_grams(words: Iterable[str]) -> dict[str, float]:
    """n-gram probabilities, by length, over words each counted once."""
    text = " " + "  ".join(words) + " "
    counts: Counter[str] = Counter(text)
    counts.pop(" ", None)
    pairs = Counter(itertools.pairwise(text))
    pairs.pop((" ", " "), None)
    triples = Counter(zip(text, text[1:], text[2:], strict=False))
    out: dict[str, float] = {}
    for table in (counts, pairs, triples):
        total = sum(table.values())
        for gram, count in table.items():
            key = gram if isinstance(gram, str) else "".join(gram)
            if " " not in key[1:-1]:
                out[key] = count / total
    return out


def _langdetect_profile(code: str) -> dict[str, float]:
    """Probabilities of the lower-cased n-grams of one of langdetect's profiles."""
    source = resources.files("langdetect") / "profiles" / code
    profile = json.loads(source.read_text(encoding="utf-8"))
    totals = profile["n_words"]
    probabilities: dict[str, float] = {}
    for gram, count in profile["freq"].items():
        key = gram.lower()
        probabilities[key] = probabilities.get(key, 0.0) + count / totals[len(gram) - 1]
    return probabilities


def _sample_words(name: str) -> list[str]:
    """Lower-case words of a sample text in normalize/data (comment lines left out)."""
    source = resources.files("normalize") / "data" / name
    lines = source.read_text(encoding="utf-8").splitlines()
    text = " ".join(line for line in lines if not line.startswith("#"))
    return [w.lower() for w in _LETTERS.findall(text)]


def _from_latin(word: str, letters: dict[str, str]) -> str | None:
    """A word of a Latin-letter list in another alphabet; None if a letter has no match."""
    out: list[str] = []
    i = 0
    while i < len(word):
        pair = word[i : i + 2]
        if pair in letters:
            out.append(letters[pair])
            i += 2
        elif word[i] in letters:
            out.append(letters[word[i]])
            i += 1
        else:
            return None
    return "".join(out)


@cache
def _facts() -> dict[str, Any]:
    """The per-language table in normalize/data/languages.json."""
    source = resources.files("normalize") / "data" / "languages.json"
    facts: dict[str, Any] = json.loads(source.read_text(encoding="utf-8"))
    return facts


def _language_tables(lang: str) -> tuple[dict[str, float], dict[str, float], bool]:
    """One language's n-gram probabilities, word probabilities, and whether from a sample."""
    entry = _facts()["languages"][lang]
    if entry.get("sample"):
        sample = _sample_words(entry["sample"])
        words: dict[str, float] = {}
        for word in sample:
            # The sample is short: its words stand for about half of running text.
            words[word] = words.get(word, 0.0) + 0.5 / len(sample)
        return _count_grams(sample), words, True
    words = wordfreq.get_frequency_dict(entry["wordlist"], wordlist="small")
    common = [w for w in itertools.islice(words, _PROFILE_WORDS) if w.isalpha()]
    spelling = entry.get("transliterate")
    if spelling:
        back = {latin: chr(code) for code, latin in _TRANSLITERATIONS[spelling].items()}
        common = [w for w in (_from_latin(w, back) for w in common) if w]
    grams = _count_grams(common)
    if entry.get("langdetect"):
        other = _langdetect_profile(entry["langdetect"])
        share = _LANGDETECT_SHARE
        grams = {
            g: (1 - share) * grams.get(g, 0.0) + share * other.get(g, 0.0)
            for g in grams.keys() | other.keys()
        }
    return grams, words, False


@cache
def _model(script: str) -> _Model:
    """Build, once per script, the n-gram and word tables of its candidate languages."""
    facts = _facts()
    langs = tuple(facts["scripts"][script])
    tables = [_language_tables(lang) for lang in langs]
    unseen = tuple(
        _UNSEEN_SAMPLE_GRAM if from_sample else _UNSEEN_GRAM for *_, from_sample in tables
    )
    every_gram = set().union(*(grams for grams, _, _ in tables))
    log_grams = {
        g: tuple(
            math.log(p) if (p := grams.get(g, 0.0)) > 0.0 else unseen[k][len(g) - 1]
            for k, (grams, _, _) in enumerate(tables)
        )
        for g in every_gram
    }
    entries = [facts["languages"][lang] for lang in langs]
    return _Model(
        langs=langs,
        grams=log_grams,
        unseen=tuple(zip(*unseen, strict=True)),
        words=tuple(
            {w: math.log(f) for w, f in words.items() if f > 0.0} for _, words, _ in tables
        ),
        unlisted=tuple(_NO_LIST_WORD if sample else _UNLISTED_WORD for *_, sample in tables),
        alphabets=tuple(frozenset(entry["alphabet"]) for entry in entries),
        spellings=tuple(_TRANSLITERATIONS.get(entry.get("transliterate", "")) for entry in entries),
        foreign=_FOREIGN_LETTER[script],
        margins=tuple(-float(entry.get("margin", 0.0)) for entry in entries),
    )


@lru_cache(maxsize=1 << 16)
def _word_scores(word: str, script: str) -> tuple[float, ...]:
    """Log-evidence for each candidate language of the script from one lower-case word."""
    model = _model(script)
    size = len(model.langs)
    scores = [0.0] * size
    grams = model.grams
    for gram in _padded_grams(word):
        row = grams.get(gram) or model.unseen[len(gram) - 1]
        for k in range(size):
            scores[k] += row[k]
    letters = set(word)
    for k in range(size):
        spelling = model.spellings[k]
        key = word.translate(spelling) if spelling is not None else word
        scores[k] += _WORD_WEIGHT * model.words[k].get(key, model.unlisted[k])
        if not letters <= model.alphabets[k]:
            scores[k] += model.foreign
    return tuple(scores)


def _ambiguous_language(
    words: Sequence[str], script: str, languages: Collection[str] | None
) -> str:
    """The most likely candidate language of the script for a run of words.

    A language with a margin (ru, en) must win by it: calling Ukrainian text Russian is a
    worse mistake than the reverse, because ru and en are the languages searched for.
    """
    model = _model(script)
    candidates = model.langs
    allowed = [k for k, lang in enumerate(candidates) if languages is None or lang in languages]
    if not allowed:
        return "und"
    totals = list(model.margins)
    for word in words:
        for k, value in enumerate(_word_scores(word.lower(), script)):
            totals[k] += value
    best = max(allowed, key=lambda k: (totals[k], -k))
    return candidates[best]


# Letters for statistics: a run of letters and the marks written on them.
_LETTERS: Final = regex.compile(r"[\p{L}\p{M}]+")
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


def _block_language(
    text: str, block: Sequence[_Piece], languages: Collection[str] | None
) -> tuple[str, str]:
    """Language and script of consecutive pieces of one script (or one hashtag)."""
    if block[0].hashtag:
        tag = text[block[0].start + 1 : block[0].end]
        lang = detect_language(tag.replace("_", " "), languages=languages)
        runs = script_runs(tag)
        script = max(runs, key=lambda r: r.end - r.start).script if runs else "Common"
        return lang, script
    script = block[0].script
    if script in _facts()["scripts"]:
        words = [text[p.start : p.end] for p in block]
        return _ambiguous_language(words, script, languages), script
    lang = "zh" if script == "Han" else _SCRIPT_LANGUAGE.get(script, "und")
    if languages is not None and lang not in languages:
        lang = "und"
    return lang, script


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


def detect_fragments(text: str, *, languages: Collection[str] | None = None) -> list[Fragment]:
    """Maximal runs of one language, in order, covering every letter of the text.

    Closing punctuation stays with the words before it, opening brackets and hashtag signs
    with the words after; separators between fragments (" / ", " | ") belong to none.
    `languages`, when given, restricts the labels to those codes (others become "und").

    >>> [(f.text, f.lang) for f in detect_fragments("Читать полностью / Read more / 더 보기")]
    [('Читать полностью', 'ru'), ('Read more', 'en'), ('더 보기', 'ko')]
    """
    pieces = _pieces(text)
    if not pieces:
        return []
    blocks = _blocks(text, pieces)
    found = [_block_language(text, block, languages) for block in blocks]
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


def detect_language(text: str, *, languages: Collection[str] | None = None) -> str:
    """One ISO 639-1 code for the text: the language with most letters, "und" without letters.

    >>> detect_language("Описание к видео")
    'ru'
    >>> detect_language("2024-05-17")
    'und'
    """
    shares = language_shares(detect_fragments(text, languages=languages))
    return shares[0] if shares else "und"
