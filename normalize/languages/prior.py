"""The page's own languages, the prior for its short runs of a shared script.

A romanized name on a Korean page ("기자: Kim Ji-hoon") or an agency's Latin name on a Russian
one ("Источник: Kyodo News Service") has too few letters to tell English from Spanish: its
page says which. Each script shared by many languages gets one favoured language: the one
its words on the whole page are most likely in, read as one run. On a page that also writes
other scripts, that reading starts from the script's ``page_default`` (``data/scripts.json``:
English for Latin, Russian for Cyrillic), the language such runs are in on the pages this
package reads, so the page's Latin words must clearly be in another language to move it.

The favoured language gains ``page_prior`` log-odds per word of a run: a little more than a
romanized name's words give another language, much less than a real sentence's words do,
so a run whose letters clearly say otherwise (diacritics of another alphabet, a German
quote) keeps its own language. On a text that mixes scripts a name gains twice that: its
letters may spell a word of another language ("Bella"), but it is named in the page's,
unless they are clearly of another (the diacritics of "Müller"). Transcribed
syllable names ("Чон Ха Ын") do not vote for the page's language. A lone word or phrase has no
page around it and no prior; a caller that knows the page's languages passes them
(``page_languages``).
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from types import MappingProxyType
from typing import Final

from normalize.cache import once
from normalize.facts import script_info, scripts_with
from normalize.languages.blocks import ACRONYM, Block, block_language
from normalize.languages.model import ambiguous_language

_NONE: Final[Mapping[str, str]] = MappingProxyType({})

# Words of a script a page is read by, at most: its first paragraphs say its language.
_POOLED_WORDS: Final = 64

# A name of capitalised words is a word or two ("Informburo", "RIA Novosti"); a romanized
# Korean name is a surname and a given name whose syllables are a hyphen apart, the second
# written lowercase ("Kang Da-eun"), each syllable a few letters long.
_NAME_WORDS: Final = 2
_KOREAN_NAME_WORDS: Final = 3
_SYLLABLE_LETTERS: Final = 5

# How many times the page's prior a name gains on a line that mixes scripts: a name there
# ("кафе Bella", "기자 Kim Ji-hoon") is named in the page's language of its script, even
# when its letters spell a common word of another ("bella" is Italian for "beautiful").
_NAME_PRIOR: Final = 2.0

# A Korean or Chinese syllable written in Cyrillic or Latin letters ("Чжэ", "Джун") is at
# most this long.
_TRANSCRIBED_SYLLABLE: Final = 4


def reads_as_name(block: Block) -> bool:
    """Whether a block is a name rather than words of a sentence: a word or two, each
    capitalised ("RIA Novosti"), or a romanized Korean name ("Kang Da-eun"). A name's
    letters say little of its language: "Informburo" looks Spanish, "Sputnik Korea" German.

    >>> from normalize.languages.blocks import text_blocks
    >>> [reads_as_name(block) for block in text_blocks("Kang Da-eun / Bureau des Elections")]
    [True, False]
    """
    words = block.words
    if block.hashtag or not words or (len(words) == 1 and ACRONYM.fullmatch(words[0])):
        return False  # a lone acronym ("KST") is no evidence of any language
    if len(words) <= _NAME_WORDS:
        return all(word[0].isupper() for word in words)
    if len(words) != _KOREAN_NAME_WORDS:
        return False
    surname, first, second = words
    return (
        surname[0].isupper()
        and first[0].isupper()
        and second.islower()
        and len(first) <= _SYLLABLE_LETTERS
        and len(second) <= _SYLLABLE_LETTERS
    )


@once
def _defaults() -> Mapping[str, str]:
    """Each shared script's language on a page that mixes scripts."""
    return scripts_with("page_default")


@once
def _shared_scripts() -> frozenset[str]:
    """The scripts shared by languages that statistics tell apart."""
    return frozenset(scripts_with("candidates"))


@once
def prior_weight(script: str) -> float:
    """Log-odds per word the page's favoured language of the script gains.

    >>> prior_weight("Latin") > 0.0, prior_weight("Hangul")
    (True, 0.0)
    """
    return float(script_info(script).get("page_prior", 0.0))


def with_prior(
    blocks: Sequence[Block],
    own: list[str],
    languages: Collection[str] | None,
    page: Sequence[str] | None = None,
) -> list[str]:
    """Each block's language read with the page's prior: `own` (the languages the blocks'
    own letters say), with the runs of a shared script that disagree with the page's
    favoured language of that script read again with its prior.

    The prior comes from `page` (the page's languages by share) when given, else from the
    text's own blocks. `languages` restricts the answers as it restricts the blocks'.

    >>> from normalize.languages.blocks import text_blocks
    >>> with_prior(text_blocks("기자: Kim Ji-hoon"), ["ko", "es"], None)
    ['ko', 'en']
    """
    favoured = (
        given_languages(page) if page is not None else favoured_languages(blocks, own, languages)
    )
    # Languages are not shared between scripts: a block whose language is the favoured
    # one of some script is of that script, and already reads as the page does. (The
    # blocks are picked in C: a page has hundreds, and most agree.)
    settled = set(favoured.values())
    read = own
    several: bool | None = None  # whether the text writes several scripts, when a name asks
    for k in _where(own, settled.__contains__, False):
        block = blocks[k]
        favourite = favoured.get(block.script)
        if favourite is not None and block.words:
            if read is own:
                read = list(own)
            weight = prior_weight(block.script)
            if reads_as_name(block):
                several = _writes_several_scripts(blocks) if several is None else several
                weight *= _NAME_PRIOR if several else 1.0
            read[k] = block_language(block, languages, favourite, weight)
    return read


def _writes_several_scripts(blocks: Sequence[Block]) -> bool:
    """Whether the blocks with words are in more than one script."""
    scripts = {block.script for block in blocks if block.words}
    return len(scripts) > 1


def favoured_languages(
    blocks: Sequence[Block], own: Sequence[str], languages: Collection[str] | None
) -> Mapping[str, str]:
    """The favoured language of each shared script, read from a text's own blocks.

    `own` is each block's language read from its own letters: a script whose runs all
    say one language (the script's default, on a page of several scripts) keeps it; a
    script with none but lone acronyms takes its default; the runs of any other script
    are read together, with the default's prior on a page of several scripts.

    >>> from normalize.languages.blocks import text_blocks
    >>> dict(favoured_languages(text_blocks("기자: Kim Ji-hoon"), ["ko", "es"], None))
    {'Latin': 'en'}
    """
    # Which languages each script's blocks say, from the labels alone (languages are not
    # shared between scripts); a block without one (a lone acronym) still puts its script
    # on the page, an address does not.
    script_of = _script_of_language()
    said: dict[str, set[str]] = {}
    for lang in set(own):
        if lang != "und":
            said.setdefault(script_of.get(lang, ""), set()).add(lang)
    if "und" in own:
        for k in _where(own, "und".__eq__):
            if blocks[k].words:
                said.setdefault(blocks[k].script, set())
    said.pop("", None)
    mixed = len(said) > 1
    defaults = _defaults()
    shared = _shared_scripts()
    favoured: dict[str, str] = {}
    for script, found in said.items():
        if script not in shared:
            continue
        default = defaults.get(script) if mixed or _names_only(blocks, script) else None
        if len(found) == 1 and (default is None or default in found):
            # Every run says one language, and the default agrees (the commonest page).
            favoured[script] = next(iter(found))
            continue
        # The runs that say a language: not hashtags (a lone acronym says none), and on a
        # page of several scripts not a transcribed syllable name ("Чон Ха Ын" looks Serbian)
        # while the script also writes other words there.
        runs = [k for k in _where(own, found.__contains__) if not blocks[k].hashtag]
        if default is not None:
            runs = _sentence_runs(blocks, runs)
        told = {own[k] for k in runs}
        if not runs:
            if default is not None:
                favoured[script] = default
        elif len(told) == 1 and (default is None or default in told):
            favoured[script] = next(iter(told))
        else:
            words = (blocks[k].words for k in runs)
            lang = _read_together(words, script, languages, default)
            if lang != "und":
                favoured[script] = lang
    return favoured


def _sentence_runs(blocks: Sequence[Block], runs: Sequence[int]) -> list[int]:
    """The runs whose words tell the page's language: those that are not transcribed
    syllable names, when there are any, else all. A Korean or Chinese name written in
    another alphabet ("Чон Ха Ын", "Ким Да Ми") says nothing of the page's language: its
    syllables read Serbian or Bulgarian as easily as Russian.

    >>> from normalize.languages.blocks import text_blocks
    >>> _sentence_runs(text_blocks("Чон Ха Ын – певица из Сеула"), [0, 1])
    [1]
    """
    sentences = [k for k in runs if not _syllable_name(blocks[k])]
    return sentences or list(runs)


def _syllable_name(block: Block) -> bool:
    """Whether a block is a name of two or three capitalised syllables, as a Korean or
    Chinese name is transcribed ("Чон Ха Ын", "Ким Да Ми"), each a few letters long.

    >>> from normalize.languages.blocks import text_blocks
    >>> [_syllable_name(block) for block in text_blocks("Ким Да Ми / Сергей Петров")]
    [True, False]
    """
    words = block.words
    return _NAME_WORDS <= len(words) <= _KOREAN_NAME_WORDS and all(
        len(word) <= _TRANSCRIBED_SYLLABLE and word[0].isupper() and word[1:].islower()
        for word in words
    )


def _names_only(blocks: Sequence[Block], script: str) -> bool:
    """Whether the text's runs of a script (hashtags aside) are all names."""
    runs = [block for block in blocks if block.script == script and not block.hashtag]
    return bool(runs) and all(map(reads_as_name, runs))


def _read_together(
    runs: Iterable[Sequence[str]],
    script: str,
    languages: Collection[str] | None,
    default: str | None,
) -> str:
    """The language of a page's runs of one script read as one run: its first
    `_POOLED_WORDS` words, with the default's prior (spread over at most
    ``page_default_words`` words) when there is one."""
    pooled: list[str] = []
    for words in runs:
        pooled.extend(words)
        if len(pooled) >= _POOLED_WORDS:
            break
    weight = prior_weight(script) if default else 0.0
    cap = script_info(script).get("page_default_words")
    if cap is not None and len(pooled) > cap:
        weight *= cap / len(pooled)
    return ambiguous_language(pooled, script, languages, default, weight)


def _where(
    values: Sequence[str], test: Callable[[str], bool], passing: bool = True
) -> Iterator[int]:
    """The positions of the values that pass the test (or fail it), found in C."""
    tests = map(test, values)
    return itertools.compress(itertools.count(), tests if passing else map(operator.not_, tests))


@once
def _script_of_language() -> Mapping[str, str]:
    """The script of each language the detector answers with."""
    table = {}
    for script, facts in scripts_with("candidates").items():
        table.update(dict.fromkeys(facts, script))
    for script, lang in scripts_with("language").items():
        table.setdefault(lang, script)
    return MappingProxyType(table)


def given_languages(page: Sequence[str]) -> Mapping[str, str]:
    """The favoured language of each shared script, from the languages a page is known to
    be in (its ``languages`` column, by share): the first that the script writes, else
    the script's default. No languages, no favoured language.

    >>> dict(given_languages(["ko", "de", "en"]))
    {'Cyrillic': 'ru', 'Latin': 'de'}
    """
    if not page:
        return _NONE
    favoured = {}
    for script, default in _defaults().items():
        candidates = script_info(script).get("candidates", ())
        favoured[script] = next((lang for lang in page if lang in candidates), default)
    return MappingProxyType(favoured)
