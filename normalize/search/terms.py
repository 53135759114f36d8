"""Index-ready terms: the text of a row, and a query, made into the terms a search engine keeps.

Both sides go through the same steps, so that what a reader types meets what a page printed:

- ``fold``: NFC, ``ё`` as ``е``, and Latin look-alike letters inside a Cyrillic word made
  Cyrillic (``Пyтин`` with a Latin ``y`` is ``Путин``), Cyrillic ones inside a Latin word made
  Latin;
- ``split_scripts``: Cyrillic words are analysed as Russian, Hangul words as Korean, the rest
  (Latin letters, digits, other scripts) as English;
- Russian and English words are stemmed by Tantivy's Snowball stemmers (``analyze``);
- Korean words are kept as written, without a trailing particle, and cut into the parts of a
  compound by the project's segmenter (``korean_terms``: ``중러정상회담`` gives ``중러`` and
  ``정상회담``), since Tantivy has no Korean analyzer;
- ``transliterations`` write a non-ASCII word in ASCII letters (unidecode), stem included, so a
  Latin-keyboard query (``putin``) meets ``Путина``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources
from typing import Literal

import regex
import tantivy
from unidecode import unidecode

from normalize.cache import memo, once
from normalize.segment import is_word, segment

__all__ = [
    "Analyzers",
    "Script",
    "ScriptTexts",
    "analyze",
    "analyzers",
    "fold",
    "korean_terms",
    "script_of",
    "split_scripts",
    "strip_particle",
    "transliterations",
    "word_terms",
    "words",
]

Script = Literal["en", "ru", "ko"]

# A token longer than this many bytes is junk (base64, a run of one letter) and is dropped, as
# Tantivy's own `en_stem` drops one of 40 (a Korean syllable or a Cyrillic letter is 2-3 bytes).
LONGEST_TOKEN_BYTES = 160
# A Latin letter next to a Cyrillic one: the sign of a word mixing the alphabets, looked for
# in every text. Plain code points (the Latin and Cyrillic blocks), which the standard
# library's engine scans three times faster than `regex` scans its script classes.
_LATIN_LETTERS = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
_CYRILLIC_LETTERS = "\u0400-\u052f\u1c80-\u1c88\ua640-\ua69f"
_LATIN_NEXT_TO_CYRILLIC = re.compile(
    f"[{_LATIN_LETTERS}][{_CYRILLIC_LETTERS}]|[{_CYRILLIC_LETTERS}][{_LATIN_LETTERS}]"
)
# A word of Latin and Cyrillic letters (the unit whose alphabet decides its look-alikes).
_LATIN_CYRILLIC_WORD = regex.compile(r"[\p{Latin}\p{Cyrillic}\p{M}]+")
_LATIN = regex.compile(r"\p{Latin}")
_CYRILLIC = regex.compile(r"\p{Cyrillic}")
# A word as the query and the Korean analysis see it: letters with their marks, and digits.
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")
# Words of one script, for the per-language fields. Hyphenated Russian words stay whole
# (из-за, что-то), as Tantivy's tokenizer will cut them anyway.
_CYRILLIC_WORDS = regex.compile(r"\p{Cyrillic}[\p{Cyrillic}\p{M}]*")
_HANGUL_WORDS = regex.compile(r"\p{Hangul}+")
_CYRILLIC_OR_HANGUL = regex.compile(r"[\p{Cyrillic}\p{Hangul}]+")
# ASCII letters and digits: what a transliteration keeps (unidecode writes ь as an apostrophe).
_NOT_ASCII_ALNUM = regex.compile(r"[^a-z0-9]+")
# Korean words of one syllable are too ambiguous to be a part of a compound on their own.
_SHORTEST_KOREAN_PART = 2
# A known Korean word this long is a compound worth cutting (4 syllables, 정상회담, stay whole).
_LONG_KOREAN_COMPOUND = 5
# Longer runs of Hangul are not one compound (and cutting them is a search over many cuts).
_LONGEST_KOREAN_COMPOUND = 12
# A translation table folding ё into е: Russian writes both, readers type е.
_YO = str.maketrans({"ё": "е", "Ё": "Е"})


@dataclass(frozen=True)
class _Facts:
    latin_to_cyrillic: dict[int, str]
    cyrillic_to_latin: dict[int, str]
    ko_particles: tuple[str, ...]  # longest first


@once
def _facts() -> _Facts:
    text = resources.files("normalize").joinpath("data/search.json").read_text("utf-8")
    facts = json.loads(text)
    return _Facts(
        latin_to_cyrillic=str.maketrans(facts["latin_to_cyrillic"]),
        cyrillic_to_latin=str.maketrans(facts["cyrillic_to_latin"]),
        ko_particles=tuple(sorted(facts["ko_particles"], key=len, reverse=True)),
    )


def fold(text: str) -> str:
    """The form both documents and queries are searched in: NFC, ``ё`` → ``е``, one alphabet
    per word. Case, spaces and punctuation are left alone (the analyzers lowercase).

    A word mixing Latin and Cyrillic letters is written in the alphabet most of its letters
    belong to: the other alphabet's look-alikes (``a``/``а``, ``o``/``о``, ``p``/``р``, …) are
    mapped to it; letters without a look-alike stay as they are.

    >>> fold("Пyтин и ёжик, Bidеn")  # a Latin y, a Cyrillic е
    'Путин и ежик, Biden'
    """
    text = unicodedata.normalize("NFC", text)
    while "ё" in text or "Ё" in text:  # a second diaeresis may compose a new ё once folded
        text = unicodedata.normalize("NFC", text.translate(_YO))
    if _LATIN_NEXT_TO_CYRILLIC.search(text) is None:
        return text
    folded: str = _LATIN_CYRILLIC_WORD.sub(_one_alphabet, text)
    return folded


def _one_alphabet(match: regex.Match[str]) -> str:
    word: str = match.group()
    latin = len(_LATIN.findall(word))
    cyrillic = len(_CYRILLIC.findall(word))
    if not latin or not cyrillic or latin == cyrillic:
        return word
    facts = _facts()
    table = facts.latin_to_cyrillic if cyrillic > latin else facts.cyrillic_to_latin
    return word.translate(table)


def words(text: str) -> list[str]:
    """The words of a text after ``fold``: runs of letters, marks and digits.

    >>> words("#XiJinping, Пyтин: 정상회담!")
    ['XiJinping', 'Путин', '정상회담']
    """
    found: list[str] = _WORD.findall(fold(text))
    return found


def script_of(word: str) -> Script:
    """Which analysis a word gets: Korean if it has Hangul, Russian if Cyrillic, else English.

    >>> script_of("정상회담"), script_of("Путин"), script_of("G7")
    ('ko', 'ru', 'en')
    """
    if _HANGUL_WORDS.search(word):
        return "ko"
    if _CYRILLIC.search(word):
        return "ru"
    return "en"


@dataclass(frozen=True)
class ScriptTexts:
    """A text cut by script: what the English, Russian and Korean fields of an index take."""

    en: str  # the text with Cyrillic and Hangul letters blanked out
    ru: str  # the Cyrillic words, one space apart
    ko: list[str]  # the Hangul words


def split_scripts(text: str) -> ScriptTexts:
    """Cut a (folded) text into what each language's analysis takes.

    >>> parts = split_scripts("Путин и Си: 중러정상회담 in Beijing")
    >>> parts.en.split(), parts.ru, parts.ko
    ([':', 'in', 'Beijing'], 'Путин и Си', ['중러정상회담'])
    """
    return ScriptTexts(
        en=_CYRILLIC_OR_HANGUL.sub(" ", text),
        ru=" ".join(_CYRILLIC_WORDS.findall(text)),
        ko=_HANGUL_WORDS.findall(text),
    )


def strip_particle(word: str) -> str:
    """A Korean word without the particle glued to its end, when it has one.

    A word the segmenter's word list knows is left whole (김정은 is a name, not 김정 + 은),
    and so is what would leave less than two syllables (아이 stays).

    >>> strip_particle("정상회담을"), strip_particle("서울에서"), strip_particle("김정은")
    ('정상회담', '서울', '김정은')
    """
    if is_word(word, "ko"):
        return word
    for particle in _facts().ko_particles:
        stem = word[: -len(particle)]
        if word.endswith(particle) and len(stem) >= _SHORTEST_KOREAN_PART:
            return stem
    return word


@memo(1 << 16)
def korean_terms(word: str) -> tuple[str, ...]:
    """The terms of a Korean word: as written, without its particle, and the parts of a
    compound (of two syllables or more), each once, in that order.

    >>> korean_terms("중러정상회담을")
    ('중러정상회담을', '중러정상회담', '중러', '정상회담')
    >>> korean_terms("부산국제영화제")
    ('부산국제영화제', '부산', '국제', '영화제')
    """
    stem = strip_particle(word)
    parts = _compound_parts(stem)
    pieces = [strip_particle(part) for part in parts] if len(parts) > 1 else []
    found = [word, stem, *(part for part in pieces if len(part) >= _SHORTEST_KOREAN_PART)]
    return tuple(dict.fromkeys(found))


def _compound_parts(word: str) -> list[str]:
    """The segmenter's split of a Korean word; a long compound that its word list knows whole
    (부산국제영화제, a name) is also cut into known words, as a reader searches for them."""
    parts = segment(word, "ko") if len(word) > _SHORTEST_KOREAN_PART else [word]
    if len(parts) == 1 and _LONG_KOREAN_COMPOUND <= len(word) <= _LONGEST_KOREAN_COMPOUND:
        return _known_words(word) or parts
    return parts


def _known_words(word: str) -> list[str] | None:
    """``word`` cut into words of the segmenter's list, two syllables or more each, the
    leftmost cut first; None when there is no such cut."""
    for cut in range(_SHORTEST_KOREAN_PART, len(word) - _SHORTEST_KOREAN_PART + 1):
        left = word[:cut]
        if is_word(left, "ko"):
            rest = _known_words(word[cut:])
            if rest is not None:
                return [left, *rest]
    return [word] if is_word(word, "ko") else None


@dataclass(frozen=True)
class Analyzers:
    """Tantivy's analyzers for the English, Russian and ASCII fields, by the names an index
    registers them under (``normalize_en``, ``normalize_ru``, ``normalize_ascii``)."""

    en: tantivy.TextAnalyzer
    ru: tantivy.TextAnalyzer
    ascii: tantivy.TextAnalyzer

    def by_name(self) -> dict[str, tantivy.TextAnalyzer]:
        return {"normalize_en": self.en, "normalize_ru": self.ru, "normalize_ascii": self.ascii}


@once
def analyzers() -> Analyzers:
    """Tantivy's simple tokenizer (letters and digits), long words dropped, lowercase; then the
    English Snowball stemmer after folding accents (``café`` is ``cafe``), the Russian one, or
    nothing (ASCII).

    >>> analyzers().ru.analyze("Путина встретили")
    ['путин', 'встрет']
    """

    def build(*filters: tantivy.Filter) -> tantivy.TextAnalyzer:
        builder = tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        builder = builder.filter(tantivy.Filter.remove_long(LONGEST_TOKEN_BYTES))
        for step in (tantivy.Filter.lowercase(), *filters):
            builder = builder.filter(step)
        return builder.build()

    return Analyzers(
        en=build(tantivy.Filter.ascii_fold(), tantivy.Filter.stemmer("english")),
        ru=build(tantivy.Filter.stemmer("russian")),
        ascii=build(),
    )


def analyze(text: str, script: Script) -> list[str]:
    """The terms of a (folded) text of one script, as that script's field indexes them.

    >>> analyze("Summits in Seoul", "en"), analyze("саммиты в Москве", "ru")
    (['summit', 'in', 'seoul'], ['саммит', 'в', 'москв'])
    >>> analyze("정상회담을 열었다", "ko")
    ['정상회담을', '정상회담', '열었다']
    """
    if script == "ko":
        return [term for word in _HANGUL_WORDS.findall(text) for term in korean_terms(word)]
    chosen = analyzers().en if script == "en" else analyzers().ru
    return chosen.analyze(text)


@memo(1 << 16)
def word_terms(word: str) -> tuple[str, ...]:
    """The terms of one (folded) word, analysed by its script: what a hashtag word indexes.

    >>> word_terms("Jinping"), word_terms("Путину"), word_terms("중러정상회담")
    (('jinp',), ('путин',), ('중러정상회담', '중러', '정상회담'))
    """
    return tuple(dict.fromkeys(analyze(word, script_of(word))))


@memo(1 << 16)
def transliterations(word: str) -> tuple[str, ...]:
    """A non-ASCII (folded) word in ASCII letters, lowercase: the word, and for a Russian word
    its stem, for a Korean one its other terms. An ASCII word gives nothing (the English
    fields have it).

    >>> transliterations("Путина"), transliterations("부산에서"), transliterations("Putin")
    (('putina', 'putin'), ('busaneseo', 'busan'), ())
    """
    if word.isascii():
        return ()
    script = script_of(word)
    forms = [word]
    if script == "ru":
        forms += analyzers().ru.analyze(word)
    elif script == "ko":
        forms += korean_terms(word)
    found = (_NOT_ASCII_ALNUM.sub("", unidecode(form).lower()) for form in forms)
    return tuple(dict.fromkeys(form for form in found if form))
