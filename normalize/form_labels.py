"""A form's field labels: a record's form printed empty, its labels short lines one under
another that open with the same word ("Incident Report", "Incident Number", "Incident Type").
None of them is a headline, the first one either: it names the form, not a story."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Final

import regex

from normalize.heads import Candidate

# A form prints this many labels at least, each at most this many lines with text below the
# one before it (a field's value may stand between two labels), two of them right one under the
# other.
_FORM_LABELS: Final = 3
_LABEL_STEP: Final = 2
# A field's value between two labels is this many words at most ("Dana Ruiz"): a headline's lead
# says more.
_VALUE_WORDS: Final = 4
# A field's label: two or three words of letters and digits (a hyphen or an apostrophe inside),
# a letter opening it, one space between them; nothing closes it.
_LABEL: Final = regex.compile(r"\p{L}[\p{L}\p{N}'’-]*(?: [\p{L}\p{N}][\p{L}\p{N}'’-]*){1,2}")


def form_labels(candidates: Sequence[Candidate], texts: Sequence[str]) -> set[int]:
    """The lines of candidates that are a form's field labels: ``_FORM_LABELS`` short lines at
    least, each a label's words alone on its line (``_LABEL``), that open with the same word,
    one at most ``_LABEL_STEP`` lines with text below the other, a field's short value at most
    between them, and two of them right one under the other; a headline over its story's
    subheads has its lead between them.

    >>> from normalize.heads import Candidate
    >>> page = ["Incident Report", "Dana Ruiz", "Incident Number", "Incident Type",
    ...         "Incident Narrative", "Crews were sent to a feed store at dawn."]
    >>> found = [Candidate(k, k, text, text.lower(), {}) for k, text in enumerate(page[:5])]
    >>> sorted(form_labels(found, page))
    [0, 2, 3, 4]
    >>> page = ["Harbour Fares Rise", "Fares on the ferry rise in May.", "Harbour Works",
    ...         "Harbour Tides"]
    >>> found = [Candidate(k, k, page[k], page[k].lower(), {}) for k in (0, 2, 3)]
    >>> form_labels(found, page)
    set()
    """
    labels = [c for c in candidates if c.text == texts[c.order] and _LABEL.fullmatch(c.text)]
    by_opening: dict[str, list[Candidate]] = {}
    for label in labels:
        by_opening.setdefault(label.text.split()[0].lower(), []).append(label)
    found: set[int] = set()
    for group in by_opening.values():
        run: list[Candidate] = []
        for label in sorted(group, key=lambda c: c.order):
            between = texts[run[-1].order + 1 : label.order] if run else []
            if run and (
                label.order - run[-1].order > _LABEL_STEP
                or any(len(text.split()) > _VALUE_WORDS for text in between)
            ):
                found |= _form(run)
                run = []
            run.append(label)
        found |= _form(run)
    return found


def _form(run: Sequence[Candidate]) -> set[int]:
    """The lines of a run of labels sharing their first word, when it is a form's."""
    adjacent = any(below.order - above.order == 1 for above, below in pairwise(run))
    return {c.line for c in run} if len(run) >= _FORM_LABELS and adjacent else set()
