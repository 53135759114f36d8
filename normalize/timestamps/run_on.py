"""A stamp atop the page that its line's closing pipe joins to the line right over the
headline ("Tuesday, 14 May 2024 - 8:15am |" over "Harbour District" over the headline): the
article's stamp and its place or section split in two, not a site's clock, which stands
alone."""

from __future__ import annotations

from collections.abc import Sequence


def runs_on_to_head(lines: Sequence[str], line: int, near: int) -> bool:
    """Whether ``lines[line]`` closes with a pipe that its next line of text, the one right
    over the headline (line ``near``), goes on from.

    >>> lines = ["Tue, 9 May 2023 - 10:42am |", "Harbour District", "", "Ferry stalls", "Text."]
    >>> runs_on_to_head(lines, 0, 3), runs_on_to_head([*lines[:1], *lines[2:]], 0, 2)
    (True, False)
    """
    above = [index for index in range(line + 1, near) if lines[index].strip()]
    return lines[line].rstrip().endswith("|") and len(above) == 1
