"""What a page glues onto a headline's line beyond the patterns of ``titles.py``, each a cut
of its own: a date printed in front of the headline.

``titles.cut_headline`` makes these cuts with the others until none changes the line."""

from __future__ import annotations

import regex

# A date in front of a headline, as an American page or a forum prints it: "3/2/2021 …",
# "March 12, 2009, 08:30:14 pm …", maybe a possessive glued on ("… pm's Posting …").
_LEADING_DATE = regex.compile(
    r"""^(?:
      \d{1,2}/\d{1,2}/\d{4}                                              # "3/2/2021"
    | (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2}(?:st|nd|rd|th)?,?\s\d{4}
    )
    (?:,?\s\d{1,2}:\d\d(?::\d\d)?(?:\s?[AaPp]\.?[Mm]\.?)?)?              # a clock time
    (?:['’]s)?\s+""",
    regex.VERBOSE,
)
_LETTER = regex.compile(r"\p{L}")
# What is left is a headline, not a label: "March 12, 2009 Minutes" stays whole.
_HEADLINE_WORDS = 3


def without_leading_date(text: str) -> str:
    """The headline without a date printed in front of it on its line, when what is left
    opens with a letter and is a headline's length.

    >>> without_leading_date("3/2/2021 Trustees delay vote on water rate increase")
    'Trustees delay vote on water rate increase'
    >>> without_leading_date("March 12, 2009 Minutes")
    'March 12, 2009 Minutes'
    """
    found = _LEADING_DATE.match(text)
    if not found:
        return text
    rest = text[found.end() :]
    if _LETTER.match(rest) and len(rest.split()) >= _HEADLINE_WORDS:
        return rest
    return text
