"""A memo's or an e-mail's sender field and the address below it, which no headline is."""

from __future__ import annotations

from collections.abc import Sequence

from normalize.chrome import chrome, line_key
from normalize.field_labels import field_colon, split_title_field

# A memo's sender field has its address on this many lines at most right below it.
_ADDRESS_LINES = 3


def is_sender_field(line: str) -> bool:
    """Whether the line is a memo's or an e-mail's sender field: its label (``sender_labels``:
    "From:", "От:", "보낸 사람:") and colon, then the sender's name, which no headline is.

    >>> is_sender_field("From:  Press Office, Harbour Board")
    True
    >>> is_sender_field("From the archive: a ferry's first century"), is_sender_field("From:")
    (False, False)
    """
    end = field_colon(line)
    if end is None or not line[end + 1 :].strip():
        return False
    return line_key(line[:end]) in chrome().sender_labels


def sender_blocks(lines: Sequence[str]) -> set[int]:
    """The lines of each memo's or e-mail's sender field (``is_sender_field``) and those right
    below it, ``_ADDRESS_LINES`` at most, up to a blank line or a title field: the sender's name
    and address, not the message's subject below them ("Subject: …", ``split_title_field``).

    >>> sender_blocks(["From:  Press Office", "4 Quay Street", "Kestrel Bay", "", "Text."])
    {0, 1, 2}
    >>> sender_blocks(["From: Ines Calloway", "To: Newsroom", "Subject: Docks plan", "Text."])
    {0, 1}
    """
    found: set[int] = set()
    for index, line in enumerate(lines):
        if is_sender_field(line):
            end = min(index + 1 + _ADDRESS_LINES, len(lines))
            below = range(index + 1, end)
            stop = next((k for k in below if not lines[k] or split_title_field(lines[k])[0]), end)
            found.update(range(index, stop))
    return found
