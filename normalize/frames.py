"""The quotation marks or the square brackets a page sets around a headline as a frame, a
space inside each ("« … »", "[ … ]"): a cut of ``titles.cut_headline`` like those of ``cuts``,
which a quotation's marks, touching the words they quote, are not.
"""

from __future__ import annotations

from normalize.cuts import HEADLINE_WORDS

# Quotation marks a page sets around a headline as a frame, a space inside each: "« … »". A
# quotation's marks touch the words they quote ("«Мы вернёмся»"), and a quoted headline keeps
# them; arrows around links split by bars are a pager ("« March 2008 | Main | May 2008 »").
# Square brackets spaced so are a site's markup around its headline ("[ … ]"), not a flag.
_FRAMES = (("« ", " »"), ("“ ", " ”"), ('" ', ' "'), ("[ ", " ]"))


def is_bracket_framed(line: str) -> bool:
    """Whether square brackets, a space inside each, frame the whole line and give a headline
    (``without_frame``): "[ Harbour diary notes ]", not "[Diary]".

    >>> is_bracket_framed(" [ Harbour diary notes ] "), is_bracket_framed("[Harbour diary notes]")
    (True, False)
    """
    text = line.strip()
    return text.startswith("[ ") and without_frame(text) != text


def without_frame(text: str) -> str:
    """The headline without the quotation marks a page sets around it as a frame, a space
    inside each, when no other mark of the pair and no bar is inside and a headline's length
    is left.

    >>> without_frame("« Ferry service to Gull Island resumes on Monday »")
    'Ferry service to Gull Island resumes on Monday'
    >>> without_frame("«Мы вернёмся на этот берег»")
    '«Мы вернёмся на этот берег»'
    >>> without_frame("« Город » и « деревня »")
    '« Город » и « деревня »'
    >>> without_frame("« March 2008 | Main | May 2008 »")
    '« March 2008 | Main | May 2008 »'
    """
    for opening, closing in _FRAMES:
        if text.startswith(opening) and text.endswith(closing):
            inner = text[len(opening) : -len(closing)]
            marks = opening.strip() + closing.strip() + "|"
            if not any(mark in inner for mark in marks) and len(inner.split()) >= HEADLINE_WORDS:
                return inner.strip()
    return text
