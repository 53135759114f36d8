"""Run-together compounds: where a word a frequency list knows whole ("breakingnews") is two
common words, the segmenter cuts it."""

from __future__ import annotations

from typing import Protocol


class CompoundPrices(Protocol):
    """The segmenter's settings that price a compound's cut (see ``segment.Settings``)."""

    @property
    def compound_part(self) -> int: ...
    @property
    def compound_margin(self) -> float: ...
    @property
    def compound_rarer_than(self) -> float: ...
    @property
    def word(self) -> float: ...


def compound_cut(word: str, costs: dict[str, float], settings: CompoundPrices) -> int:
    """Where a known word is two common words run together ("breakingnews"), else 0.

    >>> from normalize.segment import Settings
    >>> costs = {"breakingnews": 20.0, "breaking": 8.0, "news": 6.0}
    >>> prices = Settings(compound_part=3, compound_margin=2.0, compound_rarer_than=15.0)
    >>> compound_cut("breakingnews", costs, prices)
    8
    >>> compound_cut("news", costs, prices)
    0
    """
    part = settings.compound_part
    whole = costs.get(word)  # none for a noun a noun suffix made (상승 + 률)
    if whole is None or len(word) < 2 * part or whole < settings.compound_rarer_than:
        return 0  # a common word is a word
    best, best_cut = whole + settings.compound_margin, 0
    for cut in range(part, len(word) - part + 1):
        left, right = costs.get(word[:cut]), costs.get(word[cut:])
        if left is not None and right is not None and left + right + settings.word < best:
            best, best_cut = left + right + settings.word, cut
    return best_cut
