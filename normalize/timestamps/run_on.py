"""A stamp atop the page that its line's closing pipe joins to the line right over the
headline ("Tuesday, 14 May 2024 - 8:15am |" over "Harbour District" over the headline): the
article's stamp and its place or section split in two, not a site's clock, which stands
alone or runs on to a widget of its bar ("Subscribe", "Log in | Register")."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from normalize.timestamps.lines import filled_lines


def runs_on_to_head(lines: Sequence[str], line: int, near: int, widgets: Collection[int]) -> bool:
    """Whether ``lines[line]`` closes with a pipe that its next line of text, the one right
    over the headline (line ``near``), goes on from, no widget of the page's (``widgets``,
    their lines).

    >>> lines = ["Tue, 9 May 2023 - 10:42am |", "Harbour District", "", "Ferry stalls", "Text."]
    >>> runs_on_to_head(lines, 0, 3, ()), runs_on_to_head([*lines[:1], *lines[2:]], 0, 2, ())
    (True, False)
    >>> runs_on_to_head(lines, 0, 3, {1})
    False
    """
    above = filled_lines(lines, line + 1, near)
    return lines[line].rstrip().endswith("|") and len(above) == 1 and above[0] not in widgets
