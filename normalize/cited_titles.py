"""A headline the page cites again, whole and in quotation marks, on a short label's line below
it: a comment box's 'No Comments on "<title>"', a reply form's 'Leave a Reply to "<title>"',
'3 thoughts on "<title>"'. The citation names the line as the post's title, which its writer may
close with a full stop as a sentence is closed ("Standing for the board – a short guide.").

The headline chooser (``normalize.candidate_signals``) reads this to clear a candidate's
``sentence`` signal.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from normalize.heads import Candidate

# The quotation marks a title is cited between, each opening with its closing.
_QUOTE_PAIRS: Final = (('"', '"'), ("“", "”"), ("«", "»"), ("„", "“"), ("‘", "’"))
# A label citing a title holds this many words at most beside the quotation ("Leave a Reply to").
_LABEL_WORDS: Final = 4
# The stops that close a sentence: one followed by a space has another sentence after it.
_STOPS: Final = ".!?…"


def is_cited_below(candidate: Candidate, lines: Sequence[str], filled: list[int]) -> bool:
    """Whether a line with text below the candidate (ranks ``filled``) prints it whole between
    quotation marks, opening its line or after a space, with ``_LABEL_WORDS`` words at most
    beside the quotation: a label citing the page's title. A title is one sentence: two or more
    are a caption's, its copy an image's attribute (``alt="…"``), and a paragraph quoting a
    sentence, a speaker's words printed again, says more around them.

    >>> head = Candidate(0, 0, "Ferry returns.", "", {})
    >>> is_cited_below(head, [head.text, "", 'No Comments on "Ferry returns."'], [0, 2])
    True
    >>> said = 'The skipper said: "Ferry returns." Then the crowd cheered on the pier.'
    >>> is_cited_below(head, [head.text, said], [0, 1])
    False
    >>> is_cited_below(head, [head.text, 'Photo alt="Ferry returns."'], [0, 1])
    False
    """
    text = candidate.text.strip()
    if not text or any(
        stop in _STOPS and text[at + 1 : at + 2] == " " for at, stop in enumerate(text)
    ):
        return False
    for index in filled[candidate.order + 1 :]:
        line = lines[index]
        for opening, closing in _QUOTE_PAIRS:
            quote = f"{opening}{text}{closing}"
            at = line.find(quote)
            if at >= 0 and not line[at - 1 : at].strip() and _label_words(line, at, quote):
                return True
    return False


def _label_words(line: str, at: int, quote: str) -> bool:
    """Whether the line holds ``_LABEL_WORDS`` words at most beside the quotation at ``at``."""
    return len((line[:at] + " " + line[at + len(quote) :]).split()) <= _LABEL_WORDS
