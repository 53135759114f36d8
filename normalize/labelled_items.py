"""A list's items known by what opens them: one label in capitals over a run of lines, an
author's name printed twice, a link's label glued to a quoted head. An article's headline opens
with none of these.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Final

from normalize.heads import Candidate

# A list's items may open with one label in capitals, this many lines in a row at least; an
# opinion teaser with its author's name of this many words printed twice.
_LABEL_RUN: Final = 3
_DOUBLED_NAME_WORDS: Final = (2, 3)
# A link's label glued to the quoted head it opens ("Подробнее«…»") opens this many lines at least.
_GLUED_LABEL_LINES: Final = 2
_OPENING_QUOTES: Final = '«„“"'


def labelled_items(candidates: list[Candidate], texts: Sequence[str]) -> set[int]:
    """The lines of the candidates that a page prints as a list's items by what opens them: a
    label in capitals that opens this line and the lines around it (``_LABEL_RUN`` in a row,
    each a different item: "STAR <teaser> <lead>"), the author's name printed twice (as a
    link and as text) before an opinion teaser ("Anna Reed Anna Reed Why towns grow"), or a
    link's label glued to the quoted head, as it opens other lines ("More«…»"). An article's
    headline opens with none. ``texts`` are the page's lines with text, in order.

    >>> texts = ["TRAVEL Ten quiet islands for May", "TRAVEL Where to eat in the old port",
    ...          "TRAVEL A week on the night trains", "Anna Reed Anna Reed Why small towns grow"]
    >>> heads = [Candidate(k, k, texts[k], "", {}) for k in range(4)]
    >>> sorted(labelled_items(heads, texts))
    [0, 1, 2, 3]
    >>> sorted(labelled_items(heads[:2], texts[:2]))
    []
    """
    labels = {
        c.order + step: _label(texts, c.order + step)
        for c in candidates
        for step in (-2, -1, 0, 1, 2)
    }
    opening = {c.order: label for c in candidates if (label := _glued_label(texts[c.order]))}
    glued = Counter(label for text in texts if opening and (label := _glued_label(text)))
    repeated = {label for label, lines in glued.items() if lines >= _GLUED_LABEL_LINES}
    items: set[int] = set()
    for candidate in candidates:
        at = candidate.order
        runs = (range(first, first + _LABEL_RUN) for first in range(at - _LABEL_RUN + 1, at + 1))
        linked = opening.get(at) in repeated  # a link over each
        if (
            linked
            or any(_one_label(labels, texts, run) for run in runs)
            or _opens_doubled(texts[at])
        ):
            items.add(candidate.line)
    return items


def _glued_label(text: str) -> str:
    """The letters that open the line, two or more closing with a small one, glued to an
    opening quotation mark ("Подробнее«Итоги конкурса»"); "" if none."""
    text = text.lstrip()
    for k, char in enumerate(text):
        if not char.isalpha():
            glued = k > 1 and text[k - 1].islower() and char in _OPENING_QUOTES
            return text[:k] if glued else ""
    return ""


def _label(texts: Sequence[str], at: int) -> str | None:
    """The word in capitals that opens the line at this place before more words, if any."""
    words = texts[at].split() if 0 <= at < len(texts) else []
    first = words[0] if len(words) > 1 else ""
    return first if len(first) > 1 and first == first.upper() != first.lower() else None


def _one_label(labels: dict[int, str | None], texts: Sequence[str], run: range) -> bool:
    """Whether the lines at these places all open with one label, each a different line."""
    found = {labels.get(at) for at in run}
    return len(found) == 1 and None not in found and len({texts[at] for at in run}) == len(run)


def _opens_doubled(text: str) -> bool:
    """Whether the line opens with two or three words printed twice, then more: a name."""
    words = text.split()
    return any(
        words[:n] == words[n : 2 * n] and len(words) > 2 * n + 1 for n in _DOUBLED_NAME_WORDS
    )
