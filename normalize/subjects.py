"""A form's title field: a forum, a mail archive or a board prints the label of the field
("Subject", "제목", "Заголовок сообщения") on its own line and the headline on the line below
it. The labels are fixed words of each language (``title_labels`` in the chrome facts); the
line under one is the page's headline, whatever its lead says.

The headline chooser (``normalize.headline``) reads this as one of a candidate's signals.
"""

from __future__ import annotations

from collections.abc import Sequence

from normalize.chrome import chrome, line_key


def is_title_label(line: str) -> bool:
    """Whether the line is a title field's label alone.

    >>> is_title_label("Subject:"), is_title_label("제목"), is_title_label("Subject to change")
    (True, True, False)
    """
    return line_key(line) in chrome().title_labels


def is_under_title_label(order: int, lines: Sequence[str], filled: list[int]) -> bool:
    """Whether the line with text of this rank stands right below a title field's label.

    >>> page = ["Newsletter Subject", "", "Ferry fares climb again"]
    >>> is_under_title_label(1, page, [0, 2]), is_under_title_label(0, page, [0, 2])
    (True, False)
    """
    return order > 0 and is_title_label(lines[filled[order - 1]])
