"""Roundups: pages of several stories, each under its own head, that no headline of the page's
own stands above (a live page's front, a digest of the day's items, a sports roundup of
scores, a district-by-district list of plans). A story's head is echoed by its own paragraphs
and by none of the stories after it; an article's headline is echoed past its subheads too,
for the article tells one story throughout.

The headline chooser (``normalize.headline``) reads these heads as a listing's items.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from normalize.cut_teasers import is_cut_teaser
from normalize.heads import Candidate
from normalize.leads import LEAD_LINES
from normalize.page import echo_words
from normalize.titles import title_key

# A head's own story echoes this share of its words at least (the words all the heads share,
# the roundup's own label such as "district", left out).
_OWN_ECHO: Final = 2 / 3
# The next story's head is echoed by its own paragraph, this share of its words at least.
_NEXT_HEAD_ECHO: Final = 0.1
# A roundup with a head shorter than a whole headline (a name, a label: an article's subheads
# are as short) has this many heads at least.
_WHOLE_HEAD: Final = 5
_SHORT_HEADS: Final = 3
# A roundup's own title above its heads has this many words at least.
_TITLE_WORDS: Final = 3
# What no story's head is: a sentence, a caption, a widget, an outlet's name, a lead's copy, a
# line with a web address.
_NO_HEAD: Final = ("sentence", "caption", "machinery", "site", "long", "address")
# A head whose dateline or byline stands this near is an article's headline.
_HEAD_DATELINE: Final = 0.75
# A brief's head opened by a bullet, a symbol set off by a space: "● Health talks for residents".
_BULLETED_HEAD: Final = regex.compile(r"\s*([\p{So}•▪◦])\s")
# A bullet run in after a sentence's stop, the next brief's head glued onto the paragraph before
# it: "… the doctor said. ● New signs at the clinics".
_RUN_IN_MARK: Final = regex.compile(r"[.!?…][\"'”’)]*\s+([\p{So}•▪◦])\s+\S")


def roundup_heads(candidates: list[Candidate], texts: Sequence[str]) -> set[int]:
    """The lines of a roundup's story heads: a head above a paragraph that echoes it, with
    other heads below it (two at least when one is short), each above a paragraph of its own
    with no dateline or byline near (an article below teasers has its own) and not cut short by
    an ellipsis (a related box's teaser under an article, ``_over_cut_teaser``), when its own
    story (the lines down to the next head) echoes most of its words and the stories below
    echo none of them. A roundup under a title of its own (see ``_may_title``) is left to the
    other rules. ``texts`` are the page's lines with text, in order. Briefs' bulleted heads,
    one run in after a paragraph, are a roundup's too (``run_in_heads``).

    >>> shape = ("sentence", "caption", "machinery", "site", "long", "address", "repeated", "dated")
    >>> signals = dict.fromkeys(shape, 0.0) | {"lead_echo": 0.5, "near_dateline": 0.0}
    >>> texts = ["Ferry fares rise on island routes",
    ...          "Island ferry fares rise by a tenth from May, the operator said.",
    ...          "Night buses return to the old town",
    ...          "The old town gets its night buses back after a year."]
    >>> heads = [Candidate(k, k, texts[k], texts[k].lower(), dict(signals)) for k in (0, 2)]
    >>> sorted(roundup_heads(heads, texts))
    [0, 2]
    >>> sorted(roundup_heads(heads, texts[:3] + ["Night bus fares rise on the same day."]))
    []
    """
    heads = [c for c in candidates if _heads_a_paragraph(c)]
    items: set[int] = set()
    for head in heads:
        below = [
            other
            for other in heads
            if other.order > head.order + 1
            and other.key != head.key
            and other.signals["lead_echo"] >= _NEXT_HEAD_ECHO
            and not other.signals["near_dateline"]
            and not _over_cut_teaser(other, texts)
        ]
        titled = any(c.order < head.order and _may_title(c) for c in candidates)
        short = any(len(c.text.split()) < _WHOLE_HEAD for c in (head, *below))
        enough = len(below) + 1 >= (_SHORT_HEADS if short else 2)
        if enough and not titled and _tells_its_own_story(head, below, texts):
            items.update(c.line for c in (head, *below))
    return items | run_in_heads(candidates, texts)


def run_in_heads(candidates: list[Candidate], texts: Sequence[str]) -> set[int]:
    """The lines of briefs' heads, each opened by a bullet (a symbol set off by a space) that
    another line of the page (``texts``, its lines with text) prints run in after a sentence's
    stop: a briefs column whose next head the page glued onto the paragraph before it ("… he
    said. ● New signs at the clinics"). Each bulleted head is one brief's of several, none the
    page's headline; an article's subheads under its headline open with no bullet the text
    runs in, and its headline with none.

    >>> texts = ["Dr Lee wrote a book on night shifts, he said. ● New signs at the clinics",
    ...          "Clinics change their signs next month.", "● Health talks for residents",
    ...          "The hospital holds talks on joints on the 3rd."]
    >>> head = Candidate(2, 2, "Health talks for residents", "health talks for residents", {})
    >>> run_in_heads([head], texts), run_in_heads([head], ["Dr Lee wrote a book.", *texts[1:]])
    ({2}, set())
    """
    found: set[int] = set()
    run_in: list[tuple[int, str]] | None = None  # each line's run-in bullets, read once if needed
    for candidate in candidates:
        opened = _BULLETED_HEAD.match(texts[candidate.order])
        if opened is None:
            continue
        if run_in is None:
            run_in = [
                (k, mark)
                for k, text in enumerate(texts)
                for mark in _RUN_IN_MARK.findall(text, overlapped=True)
            ]
        if any(k != candidate.order and mark == opened[1] for k, mark in run_in):
            found.add(candidate.line)
    return found


def _over_cut_teaser(candidate: Candidate, texts: Sequence[str]) -> bool:
    """Whether the line with text right under a head is a teaser cut short (``is_cut_teaser``):
    a related box's teaser under an article ("See Also" / a title / its first words cut with
    "…"), whose story the page does not tell, no roundup's story told whole."""
    return candidate.order + 1 < len(texts) and is_cut_teaser(texts[candidate.order + 1])


def _may_title(candidate: Candidate) -> bool:
    """Whether the candidate may be a roundup's own title: a line the machinery rules take
    for the outlet's name (a page's own name), or one of a head's length that is no widget,
    sentence, caption or date."""
    signals = candidate.signals
    return bool(signals["site"]) or (
        len(candidate.text.split()) >= _TITLE_WORDS
        and not any(signals[name] for name in ("machinery", "sentence", "caption", "dated"))
    )


def _heads_a_paragraph(candidate: Candidate) -> bool:
    """Whether the candidate is a story's head whose lead echoes it, and no sentence,
    caption, widget, web address (a link to the site's front page) or lead's copy, nor an
    article's headline (printed again, or with its dateline or byline by it).

    >>> names = ("repeated", "near_dateline", *_NO_HEAD)
    >>> signals = dict.fromkeys(names, 0.0) | {"lead_echo": 0.4}
    >>> head = Candidate(0, 0, "Night buses return to the old town", "", signals)
    >>> link = Candidate(2, 2, "More news at https://example.com/", "", signals | {"address": 1.0})
    >>> _heads_a_paragraph(head), _heads_a_paragraph(link)
    (True, False)
    """
    signals = candidate.signals
    return (
        signals["lead_echo"] > 0.0
        and signals["repeated"] < 1.0
        and signals["near_dateline"] < _HEAD_DATELINE
        and not any(signals[name] for name in _NO_HEAD)
    )


def _tells_its_own_story(head: Candidate, below: list[Candidate], texts: Sequence[str]) -> bool:
    """Whether the lines between the head and the next head echo ``_OWN_ECHO`` of its words,
    and the stories of the heads below (to ``LEAD_LINES`` past the last head) none of them;
    the words every head shares are left out, and a copy of the head (a page's title printed
    again over its story) echoes nothing."""
    shared = set().union(*(echo_words(other.text) for other in below))
    head_words = echo_words(head.text)
    words = head_words - shared
    if not words:
        return False
    count = len(head_words)
    own = set().union(
        *(
            held
            for k in range(head.order + 1, below[0].order)
            # the head's copy tells no story (a line of another count of words is none)
            if len(held := echo_words(texts[k])) != count or title_key(texts[k]) != head.key
        )
    )
    last = min(below[-1].order + LEAD_LINES + 1, len(texts))
    later = set().union(*(echo_words(texts[k]) for k in range(below[0].order + 1, last)))
    return not words & later and len(words & own) >= _OWN_ECHO * len(words)
