"""Find hashtags in text and split each into the words a reader would search for.

Explicit boundaries come first (separators, case changes, script changes, letter/digit
changes); runs without any are handed to the statistical segmenter in ``segment``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from types import MappingProxyType
from typing import NamedTuple

import regex

from normalize.cache import memo, once
from normalize.facts import scripts_with
from normalize.hashtags_letters import (
    businesses,
    closes_with_acronym,
    is_initials,
    is_model_number,
    join_company_name,
    join_lone_letters,
    join_particles,
    particles,
)
from normalize.hashtags_numbers import (
    is_opening,
    join_across,
    join_numbered_name,
    opening_counter,
    read_word,
)
from normalize.hashtags_topics import is_topic
from normalize.languages import detect_language
from normalize.segment import Settings, is_word, price, segment, settings_for
from normalize.tag_runs import CLAUSE_END, in_paragraph, in_tag_run
from normalize.text import MARKUP_BREAK

__all__ = ["Hashtag", "distinct_hashtags", "find_hashtags", "is_listed", "split_hashtag"]


class Hashtag(NamedTuple):
    """One hashtag found in a text, with its words, language and code-point span."""

    tag: str
    words: list[str]
    lang: str
    start: int
    end: int


_HASHTAG = regex.compile(
    r"""
    (?:
        (?<= [\p{Hangul}\p{Han}\p{Hiragana}\p{Katakana}] )  # glued to Korean, Chinese or
                                                          # Japanese text: 오늘#속보 is a tag
      | (?<! [\p{L}\p{M}\p{N}_&/#@\uff03] )  # else not inside a word (C#, page#top), an
                                            # entity (&#39;), a URL path (/#top), a
                                            # doubled sign or an @mention
    )
    [#\uff03]                         # the sign, half- or full-width (U+FF03)
    (?P<tag>
        [\p{L}\p{M}\p{N}_\p{Cf}]*      # letters, marks, digits, underscores, joiners ...
        [\p{L}\p{M}\p{N}]              # ... ending on a letter or digit, not on "_"
    )
    """,
    regex.VERBOSE,
)
# A tag glued to the one before it: "#Putin#Xi" is two tags.
_CHAINED = regex.compile(r"[#\uff03](?P<tag>[\p{L}\p{M}\p{N}_\p{Cf}]*[\p{L}\p{M}\p{N}])")

# A letter: a word of a tag that has one is read for its language, a clause that has one is prose.
_HAS_LETTER = regex.compile(r"\p{L}")
# A word of one script's letters (and digits: "G7"), per script that has a segmentation model.
_SCRIPT_WORD = MappingProxyType(
    {
        "Latin": regex.compile(r"[\p{Latin}\p{M}\p{N}]+"),
        "Cyrillic": regex.compile(r"[\p{Cyrillic}\p{M}\p{N}]+"),
        "Hangul": regex.compile(r"[\p{Hangul}\p{N}]+"),
    }
)
# Latin consonants and no vowel: a station's call letters or an abbreviation (kwtz, nyc).
_NO_VOWEL = regex.compile(r"[b-df-hj-np-tv-xzB-DF-HJ-NP-TV-XZ]+")
# Format characters (joiners, directional marks) carry no letters: dropped before splitting.
_FORMAT = regex.compile(r"\p{Cf}")

# Runs of one kind inside a tag: the tag's letters split at script and letter/digit changes.
_CHUNK = regex.compile(
    r"""
    (?P<code> \p{Lu}{1,2} \p{N}{1,3} )           # G7, F1, CR7, A380: capitals glued to a number ...
      (?= \p{N}{4} (?! \p{N} ) | (?! \p{N} ) )   # ... up to three digits, or before a year: F1|2013
  | (?P<number> \p{N}{1,2} \p{Lu} )              # 1D, 3G, 5G: a number glued to one capital ...
      (?= \p{Lu}\p{Ll} | \p{Lo} | \P{L} | \Z )  # ... before a word: 1D|Movies, 5G|요금제
  | (?P<number> \p{N}* 0s (?! \p{Ll} ) )          # 70s, 1990s: decades
  | (?P<number> \p{N}+ (?: st | nd | rd | th ) (?! \p{Ll} ) )  # 1st, 22nd: English ordinals
  | (?P<number> \p{N}{1,2} (?: [·・‧] \p{N}{1,2} )+ (?! \p{N} ) )  # a date written with
                                                # middle dots, one word: 3·1, 5·18, 12·3
  | (?P<number> \p{N}+ )                          # a number on its own: a city, then a year
  | (?P<Latin> [\p{Latin}\p{M}]+ )                # English and other Latin-script words
  | (?P<Cyrillic> [\p{Cyrillic}\p{M}]+ )          # Russian and other Cyrillic-script words
  | (?P<Hangul> [\p{Hangul}\p{M}]+ )              # Korean
  | (?P<other> (?: (?! [\p{Latin}\p{Cyrillic}\p{Hangul}] ) [\p{L}\p{M}] )+ )  # other scripts, whole
    """,
    regex.VERBOSE,
)

# Case boundaries inside one Latin or Cyrillic run.
_CASE_PIECE = regex.compile(
    r"""
    (?: \p{Lu}\p{M}* )+ (?= \p{Lu}\p{M}*\p{Ll} )   # an acronym before a word: UN|Security
  | \p{Lu}\p{M}* (?: \p{Ll}\p{M}* )+               # a capitalised word: Security
  | (?: \p{Lu}\p{M}* )+                            # an all-capitals run: NATO
  | (?: [\p{Ll}\p{Lo}\p{Lm}\p{Lt}]\p{M}* )+        # a lowercase run, to be segmented
  | \p{M}+                                         # stray marks, kept as they are
    """,
    regex.VERBOSE,
)

# The scripts with letter case.
_CASED = frozenset({"Latin", "Cyrillic"})
# Capital runs this short are acronyms (NATO, KBS), never cut.
_ACRONYM_MAX = 4
# Added to each word cut from a capitalised piece (see _capitalised_settings).
_CAPITALISED_WORD_PRICE = 3.0
# CamelCase is the usual reading of "UNSecurity": the other one must be this much cheaper.
_ACRONYM_END_BIAS = 2.0
# Scripts whose CamelCase tags capitalise every word (#ПодземныйПереход): a capitalised piece
# is one word, a name where the word list lacks its end (Речного + рска is Речногорска).
_EVERY_WORD_CAPITALISED = frozenset({"Cyrillic"})


@once
def _capitalised_settings(lang: str) -> Settings:
    """A capitalised piece of CamelCase is mostly one word, often a name (Hanbit, Arirang):
    cutting it costs more than cutting a lowercase run. Neutral on the English dev sets."""
    settings = settings_for(lang)
    return replace(settings, word=settings.word + _CAPITALISED_WORD_PRICE)


def _join_prefixes(pieces: list[str], lang: str) -> list[str]:
    """Glue a lone lowercase letter to the capitalised word after it when the two are one
    word (iPhone, eBay); "aGoodDay" stays apart because "agood" is no word."""
    joined: list[str] = []
    for piece in pieces:
        if (
            joined
            and len(joined[-1]) == 1
            and joined[-1].islower()
            and piece[:1].isupper()
            and is_word(joined[-1] + piece.lower(), lang)
        ):
            joined[-1] += piece
        else:
            joined.append(piece)
    return joined


def _move_acronym_ends(pieces: list[str], lang: str) -> list[str]:
    """Decide where a capital run ends before lowercase letters: "UNSecurity" is UN + Security,
    but "NOTfair" is NOT + fair. The cheaper split of the lowercase side wins."""
    moved = list(pieces)
    for index in range(len(moved) - 1):
        caps, word = moved[index], moved[index + 1]
        if not (caps.isupper() and len(word) > 1 and word[0].isupper() and word[1:].islower()):
            continue
        if price(word[1:], lang) + _ACRONYM_END_BIAS < price(word, lang):
            moved[index], moved[index + 1] = caps + word[0], word[1:]
    return moved


def _split_run(run: str, kind: str) -> list[str]:
    """Words of one single-script run, after case boundaries and segmentation."""
    lang = scripts_with("hashtags").get(kind)
    if lang is None:
        return [run]
    if kind not in _CASED:
        return segment(run, lang)
    pieces = _move_acronym_ends(_join_prefixes(_CASE_PIECE.findall(run), lang), lang)
    words: list[str] = []
    for piece in pieces:
        if piece.isupper() and len(piece) <= _ACRONYM_MAX:
            words.append(piece)
        elif piece[:1].isupper() and piece[1:].islower():
            words.extend(_split_capitalised(piece, kind, lang))
        else:
            words.extend(segment(piece, lang))
    return words


def _split_capitalised(piece: str, kind: str, lang: str) -> list[str]:
    """Words of a capitalised piece of CamelCase; in a script whose tags capitalise every word,
    the piece whole where its split ends in a piece the word list lacks: a name read as a word
    and a rest (Речного + рска)."""
    words = segment(piece, lang, settings=_capitalised_settings(lang))
    if kind in _EVERY_WORD_CAPITALISED and len(words) > 1 and not is_word(words[-1].lower(), lang):
        return [piece]
    return words


def split_hashtag(tag: str) -> list[str]:
    """Split a hashtag into words, keeping its own letters and casing; separators are dropped.

    The leading number sign (half- or full-width) is optional. Nothing is invented:
    joining the words gives back the tag's letters and digits.

    >>> split_hashtag("#XiJinping")
    ['Xi', 'Jinping']
    """
    tag = _FORMAT.sub("", tag.removeprefix("#").removeprefix("\uff03"))
    words: list[str] = []
    number_end = initials_end = acronym_end = -1  # where the last number, initials, acronym end
    hangul_from = hangul_end = -1  # where the last Korean run's words start, where it ended
    for match in _CHUNK.finditer(tag):
        kind = match.lastgroup or "other"
        text = match.group()
        if kind == "number" and match.start() == hangul_end:
            # a name before its model or sequel number (오로라 + 닉 + 3)
            words[hangul_from:] = join_numbered_name(words[hangul_from:])
        before = len(words)
        counted = kind == "Hangul" and match.start() == number_end
        read = read_word(text, words[-1]) if counted else ""
        opening = counted and is_opening(words)
        counter = opening_counter(text, words[-1], opening=opening) if counted and not read else ""
        if match.start() == acronym_end and is_model_number(tag, *match.span()):
            words[-1] += text  # a name's own number (TARO42, VELA9)
        elif kind in ("code", "number"):
            words.append(text)
        elif read:
            words[-1] += read
            words.extend(_split_run(text[len(read) :], kind))
        elif counter:
            words.append(counter)
            words.extend(_split_run(text[len(counter) :], kind))
        elif kind == "Hangul" and match.start() == initials_end:
            words[-1:] = join_company_name(words[-1], _split_run(text, kind), businesses())
        else:
            words.extend(_split_run(text, kind))
        number_end = match.end() if kind == "number" else -1
        hangul_from, hangul_end = (before, match.end()) if kind == "Hangul" else (-1, -1)
        initials_end = match.end() if kind == "Latin" and is_initials(text) else -1
        acronym_end = match.end() if kind == "Latin" and closes_with_acronym(text) else -1
    return join_particles(join_lone_letters(join_across([w for w in words if w])), particles())


def tag_language(words: list[str]) -> str:
    """ISO 639-1 code of a tag's letters, from the shared language detector.

    Statistical detectors misjudge one or two short words ("Xi" looks Italian, "мост"
    Belarusian), so a tag whose words are all in the word list of the model that split
    them (English for Latin letters, Russian for Cyrillic) takes that language. A word of
    Latin consonants only (kwtz, a station's call letters) tells no language: the tag's other
    words decide, where it has any ("kwtz" + "radio" is English)."""
    letters = [word for word in words if _HAS_LETTER.search(word)]
    letters = [word for word in letters if not _NO_VOWEL.fullmatch(word)] or letters
    for script, lang in scripts_with("hashtags").items():
        if letters and all(
            _SCRIPT_WORD[script].fullmatch(word) and is_word(word.lower(), lang) for word in letters
        ):
            return str(lang)
    return detect_language(" ".join(words))


@memo(1 << 14)
def _read_tag(tag: str) -> tuple[tuple[str, ...], str]:
    """A tag's words and language, kept for the tags a site puts on page after page."""
    words = split_hashtag(tag)
    return tuple(words), tag_language(words)


def find_hashtags(text: str) -> list[Hashtag]:
    """Every hashtag in a text, in order, with its words, language and span.

    Not hashtags: numbers ("#2424"), URL fragments ("page#top"), "C#", colour codes. A line
    break printed as markup before a tag ("…<br />#tag") is no link's path.

    >>> [h.tag for h in find_hashtags("#Vladimir_Putin at example.com/page#top, call #2424")]
    ['Vladimir_Putin']
    """
    text = _unmarked(text)
    found: list[Hashtag] = []
    match = _HASHTAG.search(text)
    while match is not None:
        tag = match.group("tag")
        if is_topic(tag, text, match.start()):
            words, lang = _read_tag(tag)
            found.append(Hashtag(tag, list(words), lang, match.start(), match.end()))
        match = _CHAINED.match(text, match.end()) or _HASHTAG.search(text, match.end())
    return found


def _unmarked(text: str) -> str:
    """The text with each line break printed as markup blanked out, space for character, so
    that spans stay the text's.

    >>> _unmarked("#rent<br />#deposit")
    '#rent      #deposit'
    """
    return MARKUP_BREAK.sub(lambda found: " " * len(found.group()), text) if "<" in text else text


def distinct_hashtags(tags: Iterable[Hashtag]) -> list[Hashtag]:
    """Each tag once, at its first appearance: tags that differ only in case (or in joiners
    and other invisible format characters) are the same tag. ``find_hashtags`` keeps every
    occurrence, with its span; a document's row and ``norm.hashtags()`` list distinct tags.

    >>> [h.tag for h in distinct_hashtags(find_hashtags("#Shorts #news #shorts #News"))]
    ['Shorts', 'news']
    """
    seen: set[str] = set()
    kept: list[Hashtag] = []
    for found in tags:
        key = _FORMAT.sub("", found.tag).casefold()
        if key not in seen:
            seen.add(key)
            kept.append(found)
    return kept


# Opening quotes: a tag right after one is quoted in prose ('#태그' 태그를 단 게시물).
_OPENING_QUOTES = frozenset("'\"‘“«„「『‹《〈")
_TAG_OR_SPACE = regex.compile(r"(?:[#\uff03][\p{L}\p{M}\p{N}_\p{Cf}]*|\s+)")


def is_listed(line: str, found: Hashtag) -> bool:
    """Whether a tag found on a line stands as one of the page's tags: alone, in a run of tags
    (whatever follows the run: a flattened page's counters or credit line), or closing its line,
    sentence or quote (a line break printed as markup, "<br />", is white space there). A tag
    quoted in prose, alone followed by more words of its sentence ("Fans trend #Lumina
    worldwide") or named a tag and closing a sentence in a paragraph's middle ("… with the tag
    #AskTheReeve. Good morning, …") is a word of the text, no page's tag.

    >>> line = "Fans trend #Lumina worldwide #kpop #fandom likes 12"
    >>> [h.tag for h in find_hashtags(line) if is_listed(line, h)]
    ['kpop', 'fandom']
    """
    line = _unmarked(line)
    if found.start > 0 and line[found.start - 1] in _OPENING_QUOTES:
        return False
    after = line[found.end :]
    clause = CLAUSE_END.split(after, maxsplit=1)[0]
    in_words = _HAS_LETTER.search(_TAG_OR_SPACE.sub("", clause)) is not None
    in_words = in_words or in_paragraph(line, found.start, found.end)
    return not in_words or in_tag_run(line, found.start, found.end)
