"""A line of many short descriptions run together that repeat their words: an icon set's names
and descriptions, which a page that lost its markup prints as one line ("Calendar An icon
showing a wall calendar page. Cancel An icon of a ring … Previous An icon of an arrow facing
left."). A paragraph's sentences each say something new; these repeat one run of three words
in most of them. Such a line is no paragraph of the story, and a headline under it stands
before the story, not after it.

The headline chooser (``normalize.headline``) leaves such lines out of the story's body.
"""

from __future__ import annotations

from collections import Counter
from typing import Final

import regex

# A run of descriptions has this many sentences at least; a paragraph may repeat a phrase in a
# few of its sentences.
_MIN_SENTENCES: Final = 8
# A word: letters and figures.
_WORD: Final = regex.compile(r"[\p{L}\p{N}]+")
# What closes a sentence: its last word ends in one of these.
_STOPS: Final = ".!?"


def is_description_run(line: str) -> bool:
    """Whether a line is descriptions run together: eight sentences or more (a sentence closes
    with a word ending in a full stop, a question or an exclamation mark), more than half of
    them holding the same run of three words, case aside.

    >>> is_description_run(" ".join(f"Icon{k} An icon of a thing number {k}." for k in range(9)))
    True
    >>> is_description_run("The ferry is late. " * 4 + "The pier is shut. " * 4)
    False
    >>> is_description_run("The ferry is late again. " * 9)
    True
    """
    sentences: list[list[str]] = [[]]
    for token in line.split():
        sentences[-1].append(token)
        if token[-1] in _STOPS:
            sentences.append([])
    if not sentences[-1]:
        sentences.pop()
    if len(sentences) < _MIN_SENTENCES:
        return False
    runs: Counter[tuple[str, str, str]] = Counter()
    for sentence in sentences:
        words = [word.lower() for word in _WORD.findall(" ".join(sentence))]
        runs.update(set(zip(words, words[1:], words[2:], strict=False)))
    return bool(runs) and 2 * max(runs.values()) > len(sentences)
