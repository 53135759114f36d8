"""The word lists of the segmenter's languages, as their facts name them (``segmentation``
in ``data/languages/<code>.json``): the package's own list and the phrases in it, a
dictionary's lists, place names and the syllables that read a Chinese character. Each list is a
file in ``data/``, one word a line.
"""

from __future__ import annotations

from normalize.cache import once
from normalize.facts import data_text, language_info


def word_list(name: str) -> list[str]:
    """The words of a list in ``data/``: one a line, lower case; "#" starts a comment line."""
    lines = data_text(name).splitlines()
    return [line.strip().lower() for line in lines if line.strip() and not line.startswith("#")]


def lexicon(lang: str) -> list[str]:
    """The package's own word list of a language (named in its facts), if any.

    A line with spaces is a phrase (a name like "kim jong un"): it is looked up run
    together and split where its spaces were."""
    name = language_info(lang).get("segmentation", {}).get("lexicon")
    return [] if name is None else word_list(name)


@once
def lexicon_words(lang: str) -> frozenset[str]:
    """The words of the package's own list, phrases run together: each a whole word or name.

    >>> "뉴진스" in lexicon_words("ko")
    True
    """
    return frozenset(entry.replace(" ", "") for entry in lexicon(lang))


def dictionary(lang: str) -> list[str]:
    """The words of a language's dictionary lists (``dictionary`` in its facts), if any."""
    names = language_info(lang).get("segmentation", {}).get("dictionary", ())
    return [word for name in names for word in word_list(name)]


def terms(lang: str) -> list[str]:
    """The words of a language's list of encyclopedia titles (``terms`` in its facts), if any:
    terms written as one word (육아휴직), priced so that only a pair of rarer words gives way."""
    name = language_info(lang).get("segmentation", {}).get("terms")
    return [] if name is None else word_list(name)


@once
def places(lang: str) -> frozenset[str]:
    """Place names of a language (``places`` in its facts): a place noun after one of them
    belongs to the name (서울 + 역 is 서울역).

    >>> "서울" in places("ko")
    True
    """
    name = language_info(lang).get("segmentation", {}).get("places")
    return frozenset() if name is None else frozenset(word_list(name))


@once
def sino_syllables(lang: str) -> frozenset[str]:
    """Syllables that read a Chinese character (``sino_syllables`` in the facts): 정, not 스."""
    name = language_info(lang).get("segmentation", {}).get("sino_syllables")
    return frozenset() if name is None else frozenset(word_list(name))


@once
def phrases_of(lang: str) -> dict[str, tuple[int, ...]]:
    """Phrases of the package's word list, run together, with the offsets of their spaces."""
    phrases: dict[str, tuple[int, ...]] = {}
    for entry in lexicon(lang):
        words = entry.split()
        if len(words) > 1:
            cuts = [len("".join(words[: index + 1])) for index in range(len(words) - 1)]
            phrases["".join(words)] = tuple(cuts)
    return phrases
