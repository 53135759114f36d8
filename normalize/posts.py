"""Social posts a story embeds: the line that signs one ("— Jane Roe (@janeroe) June 9, 2018",
as a post's embed code prints it below the post's text) states the post's time, not the page's:
the line above it is a post's text, not a head over its own dateline.

The headline chooser (``normalize.headline``) leaves these lines out of the datelines that a
head stands above.
"""

from __future__ import annotations

from typing import Final

# What may follow a post's handle on its signature line: its date, at most this long.
_SIGNATURE_TAIL_CHARS: Final = 40
# How far before the handle the dash that opens the signature stands: the author's name.
_SIGNATURE_NAME_CHARS: Final = 40
# The dashes an embed code opens a post's signature with.
_DASHES: Final = ("—", "–", "―")
# A social handle: letters, digits and underscores, this long at most.
_HANDLE_CHARS: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
_HANDLE_LONGEST: Final = 15


def signs_a_post(text: str) -> bool:
    """Whether a line signs an embedded post: a dash, the author's name and handle in
    brackets, at most a date after it, closing the line (a post's text may stand before it).
    An article's byline is not set off by a dash.

    >>> signs_a_post("— Jane Roe (@jane_roe) June 9, 2018")
    True
    >>> signs_a_post("Drains blocked again. pic.twitter.com/x1 — City Desk (@citydesk) May 2, 2019")
    True
    >>> signs_a_post("By Jane Roe (@jane_roe) June 9, 2018"), signs_a_post("— Jane Roe, June 9")
    (False, False)
    """
    opening = text.rfind("(@")
    closing = text.find(")", opening)
    if opening < 0 or closing < 0:
        return False
    handle = text[opening + 2 : closing]
    if not 0 < len(handle) <= _HANDLE_LONGEST or not set(handle) <= _HANDLE_CHARS:
        return False
    tail = text[closing + 1 :]
    name = text[max(0, opening - _SIGNATURE_NAME_CHARS) : opening]
    return (
        len(tail.strip()) <= _SIGNATURE_TAIL_CHARS
        and "(" not in tail
        and ")" not in tail
        and any(dash in name for dash in _DASHES)
    )
