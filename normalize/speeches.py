"""A speech's page: a ministry, an embassy or a head of state's office prints a speech under
a title that names it, with its speaker or its occasion ("Speech by Minister Ana Ruiz at the
Harbour Forum", "Opening remarks at press conference", "Выступление министра на форуме",
"항만 개항 기념식 축사"), and often a heading of the speech's own under it, which the first
paragraph echoes ("Greener Towns for Every Resident"): that heading is a section of the
speech, the title line the page's headline. A speech's title names its kind in fixed words,
as a form's title field does (``subjects``), in each language: the kind and the word that
joins it to its speaker or occasion in English ("by", "at", "of", "to", "before"), the kind
and the one word after it in Russian, the kind closing the line in Korean.

The headline chooser (``normalize.headline``) reads this as one of a candidate's signals.
"""

from __future__ import annotations

from typing import Final

import regex

# The kind of speech a title names, and how it is joined to its speaker or occasion.
_SPEECH_TITLE: Final = regex.compile(
    r"""^(?:
        (?:(?:opening|closing|welcome|welcoming|keynote|inaugural|budget)\s+)?  # its part
        (?:speech|remarks|address|statement)\s+(?:by|at|of|to|before)\s+\w  # English
      | (?:выступление|речь|обращение|доклад|приветствие)\s+\w  # Russian
      | .*\s(?:축사|기념사|연설문|격려사|환영사|개회사)$  # Korean, closing the line
    )""",
    regex.IGNORECASE | regex.VERBOSE,
)


def names_a_speech(text: str) -> bool:
    """Whether a headline's text names a speech, with its speaker or its occasion.

    >>> names_a_speech("Speech by Minister Ana Ruiz at the Harbour Forum")
    True
    >>> names_a_speech("Opening remarks at press conference")
    True
    >>> names_a_speech("Выступление министра на форуме"), names_a_speech("항만 개항 기념식 축사")
    (True, True)
    >>> names_a_speech("Minister's speech draws protests"), names_a_speech("Address book")
    (False, False)
    """
    return _SPEECH_TITLE.match(text) is not None
