"""A listing printed in units of one shape, as a section, tag or author page prints its
stories: a head, its own date (or a line printed by each head), one teaser. Such a page has
no headline of its own, and none of these heads is one.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Final

import regex

from normalize.digests import is_echoed_by_paragraph
from normalize.heads import Candidate
from normalize.numbered import list_number
from normalize.title_shapes import is_body_shaped
from normalize.titles import title_key

# A listing's unit: a head of this many words at least, its own date (or a line printed by
# each head) this many lines with text above or below it at most, the next unit's head this
# many lines below it (at least, at most).
UNIT_HEAD_WORDS: Final = 4
_UNIT_DATE_STEP: Final = 3
_UNIT_PERIOD: Final = (2, 6)
# A unit's teaser cut at a count of characters, no mark closing it, is longer than a headline:
# this many words at least.
_CUT_TEASER_WORDS: Final = 21
# A unit's teaser the page printed without its closing stop: more words than its head, and
# this many at least.
_UNSTOPPED_TEASER_WORDS: Final = 12


def dated_units(
    candidates: list[Candidate], texts: Sequence[str], dated: Collection[int], body: Sequence[int]
) -> set[int]:
    """The lines of the story heads that a listing prints in units of one shape (a section, tag
    or author page): two heads or more, different, each at the same step from a date of its own
    (``dated``, places among the lines with text) or from a line the page prints by each (a
    source's name, a section's label), each the same number of lines below the one before,
    each unit holding one paragraph (its teaser, maybe cut short with no mark closing it,
    ``_is_cut_teaser``, or left without its stop, ``_held``; the last unit may be cut off by
    the page's end). An article's headline
    stands above several paragraphs, so a teaser of the next story below it makes no run with
    it. ``texts`` are the page's lines with text, in order, and ``body`` the places among them
    of the lines shaped like a paragraph.

    >>> texts = ["Ferry fares rise on island routes", "May 2, 2024",
    ...          "Fares on the island routes rise by a tenth from May, the operator said.",
    ...          "Night buses return to the old town", "May 1, 2024",
    ...          "The old town gets its night buses back after a year, the city said."]
    >>> shape = ("sentence", "caption", "machinery", "site", "long", "lower_case", "repeated")
    >>> heads = [Candidate(k, k, texts[k], title_key(texts[k]), dict.fromkeys(shape, 0.0))
    ...          for k in (0, 3)]
    >>> sorted(dated_units(heads, texts, {1, 4}, [2, 5]))
    [0, 3]
    >>> sorted(dated_units(heads, texts + [texts[5]], {1, 4}, [2, 5, 6]))
    [0, 3]
    >>> more = "Ticket offices open longer in summer, the operator added."
    >>> article = [*texts[:3], more, *texts[3:]]
    >>> heads = [Candidate(k, k, article[k], title_key(article[k]), dict.fromkeys(shape, 0.0))
    ...          for k in (0, 4)]
    >>> sorted(dated_units(heads, article, {1, 5}, [2, 3, 6]))
    []
    """
    heads = [c for c in candidates if _is_unit_head(c)]
    paragraphs = {*body, *(order for order, text in enumerate(texts) if _is_cut_teaser(text))}
    runs: list[tuple[int, list[Candidate]]] = []  # each with its step, a date's or none (0)
    for step in (s for s in range(-_UNIT_DATE_STEP, _UNIT_DATE_STEP + 1) if s):
        marks = {c.order: _mark(texts, dated, c.order + step) for c in heads}
        at = {c.order: c for c in heads if marks[c.order] is not None}
        for period in range(_UNIT_PERIOD[0], _UNIT_PERIOD[1] + 1):
            for first in (o for o in at if marks.get(o - period) != marks[o]):
                run = [at[first]]
                while marks.get(run[-1].order + period) == marks[first]:
                    run.append(at[run[-1].order + period])
                if len(run) > 1 and _one_teaser_each(run, period, paragraphs, texts, dated):
                    runs.append((0 if marks[first] else step, run))
    orders = {c.order for c in candidates}
    return {c.line for step, run in runs if not _dates_taken(step, run, runs, orders) for c in run}


def _is_cut_teaser(text: str) -> bool:
    """Whether a line is a teaser cut at a count of characters: longer than a headline, its
    last word cut off or left open, no mark closing it ("… потому что \"Сок").

    >>> _is_cut_teaser("The harbour board has again delayed its ruling on the winter quota "
    ...                "for the fishing boats, and the skippers say they cannot wait for")
    True
    """
    return len(text.split()) >= _CUT_TEASER_WORDS and text.rstrip()[-1:].isalpha()


def _dates_taken(
    step: int, run: list[Candidate], runs: list[tuple[int, list[Candidate]]], orders: set[int]
) -> bool:
    """Whether a run's dates are another run's, nearer to its heads: each date belongs to the
    head it is nearest to (a timeline's date right above each entry is no date below the
    timeline's own title, two lines up), when each of the run's dates has a line that may be a
    head (``orders``, the places of the candidates) at that nearer step; a date with none there
    closes the run's last item (a listing's units each end with their date). ``step`` is 0 for
    a run marked by no date."""
    dates = {c.order + step for c in run}
    return bool(step) and any(
        0 < abs(other) < abs(step)
        and dates & {c.order + other for c in heads}
        and all(date - other in orders for date in dates)
        for other, heads in runs
    )


def _mark(texts: Sequence[str], dated: Collection[int], at: int) -> str | None:
    """What marks a unit at this place: "" for a date, else the line's key, or the line itself
    when it is a mark alone with no key (a dash printed above each head), if any."""
    if at in dated:
        return ""
    return (title_key(texts[at]) or texts[at].strip() or None) if 0 <= at < len(texts) else None


def _one_teaser_each(
    run: list[Candidate],
    period: int,
    paragraphs: set[int],
    texts: Sequence[str],
    dated: Collection[int],
) -> bool:
    """Whether each unit of the run (a head and the lines below it before the next head) holds
    one paragraph, the last unit none when the page ends before it is whole; the heads all
    different."""
    held = [_held(c, period, paragraphs, texts, dated) for c in run]
    cut = run[-1].order + period > len(texts)
    return (
        len(run) == len({c.key for c in run})
        and all(k == 1 for k in held[:-1])
        and (held[-1] == 1 or (cut and held[-1] == 0))
    )


def _held(
    head: Candidate,
    period: int,
    paragraphs: set[int],
    texts: Sequence[str],
    dated: Collection[int],
) -> int:
    """How many paragraphs a unit holds: its lines shaped like one, else one when a line of the
    unit other than a date (``dated``) is longer than its head (``_UNSTOPPED_TEASER_WORDS``
    words at least), a teaser the page printed without its stop, as a listing may leave one of
    its teasers.

    >>> head = Candidate(0, 0, "Ferry fares rise on island routes", "", {})
    >>> texts = [head.text, "May 2, 2024",
    ...          "Fares on the island routes rise by a tenth from May, the operator said on Friday"]
    >>> _held(head, 3, set(), texts, {1}), _held(head, 3, set(), texts[:2] + ["Fares rise"], {1})
    (1, 0)
    """
    unit = range(head.order + 1, min(head.order + period, len(texts)))
    held = sum(1 for o in unit if o in paragraphs)
    least = max(len(head.text.split()) + 1, _UNSTOPPED_TEASER_WORDS)
    return held or int(any(len(texts[o].split()) >= least for o in unit if o not in dated))


def _is_unit_head(candidate: Candidate) -> bool:
    """A story head of a whole headline's length, printed once: no caption, widget, sentence,
    outlet's name or lower-case slug."""
    signals = candidate.signals
    return (
        len(candidate.text.split()) >= UNIT_HEAD_WORDS
        and signals["repeated"] < 1.0
        and not any(
            signals[name]
            for name in ("sentence", "caption", "machinery", "site", "long", "lower_case")
        )
    )


# A listing's units printed bare, each a head right above one paragraph and the next head right
# below that paragraph: this many units at least in a row below the page's first head, the
# longest paragraph at most this many times as long as the shortest.
_BARE_UNITS: Final = 3
_BARE_SPREAD: Final = 1.5


def bare_units(candidates: list[Candidate], texts: Sequence[str], body: Sequence[int]) -> set[int]:
    """The lines of the story heads a listing prints bare, with no date or line of its own
    between them: heads in a row from the page's top, different, each right above one
    paragraph of comparable length (``_BARE_SPREAD``), the next head right below it, and
    ``_BARE_UNITS`` heads or more below the first. The first head stands where an article's
    headline stands over its lead, which may tell the story in other words, so it counts for
    none of them, and is an item only when its paragraph does not echo it (a lead that repeats
    its head's words is the article's own). Heads below a paragraph of the page are an
    article's subheads or the other stories it prints under its lead, a head that asks a
    question is an interview's or an explainer's, and a numbered one a list's item: they make
    no listing. ``texts`` are the page's lines with text, in order, and ``body`` the places
    among them of the lines shaped like a paragraph.

    >>> texts = ["Ferry fares rise on island routes",
    ...          "The operator blames the cost of fuel, which doubled over the winter.",
    ...          "Night buses return to the old town",
    ...          "Drivers were found at last, and the first bus leaves at midnight.",
    ...          "Library opens a reading room for children",
    ...          "Volunteers painted the walls and the council paid for new shelves.",
    ...          "Council votes to keep the swimming pool open",
    ...          "The pool will stay open all winter after a petition by its swimmers."]
    >>> shape = ("sentence", "caption", "machinery", "site", "long", "lower_case", "repeated")
    >>> heads = [Candidate(k, k, texts[k], title_key(texts[k]), dict.fromkeys(shape, 0.0))
    ...          for k in (0, 2, 4, 6)]
    >>> sorted(bare_units(heads, texts, [1, 3, 5, 7])), bare_units(heads[:3], texts, [1, 3, 5])
    ([0, 2, 4, 6], set())
    >>> bare_units(heads[1:], texts, [1, 3, 5, 7])  # below the page's first paragraph
    set()
    >>> long = texts[3] + " Fares on the longest routes rise by a fifth from the first of May."
    >>> bare_units(heads, [*texts[:3], long, *texts[4:]], [1, 3, 5, 7])
    set()
    """
    paragraphs = set(body)
    top = min(paragraphs, default=-1) - 1  # the place of a head right above the first paragraph
    heads = [
        c
        for c in candidates
        if _is_unit_head(c)
        and c.order + 1 in paragraphs
        and not c.text.endswith(("?", "？"))
        and list_number(texts[c.order]) is None
    ]
    items: set[int] = set()
    run: list[Candidate] = []
    for head in [*heads, None]:
        if head is not None and run and head.order == run[-1].order + 2:
            run.append(head)
            continue
        if run and run[0].order == top and len(run) > _BARE_UNITS:
            # a first head that its paragraph echoes is an article's headline over its lead
            units = run[1:] if is_echoed_by_paragraph(run[0], texts) else run
            told = [len(texts[c.order + 1]) for c in units]
            if len({c.key for c in run}) == len(run) and max(told) <= _BARE_SPREAD * min(told):
                items.update(c.line for c in units)
        run = [head] if head is not None else []
    return items


# A run of figures: what a post's stamp changes from one post to the next (its day).
_FIGURES: Final = regex.compile(r"[0-9]+")


def restamped_posts(
    candidates: list[Candidate], lines: Sequence[str], machinery: Mapping[int, str]
) -> set[int]:
    """The lines of the candidates below the first of the page's bylines that it prints again
    with other figures: a listing of posts, each under the same stamp with its own day ("by
    admin, 12 March, 2024" … "by admin, 11 March, 2024"), as a term's or an author's page
    prints them, a post's own head under a stamp with another day. An article's byline printed
    again at its foot keeps its day, and a dated letter or update under it opens with its text.

    >>> lines = ["Briefings", "by admin, 12 March, 2024", "Rail fares to rise in May",
    ...          "by admin, 11 March, 2024", "Ferry timetable changes"]
    >>> heads = [Candidate(k, k, lines[k], "", {}) for k in (0, 2, 4)]
    >>> sorted(restamped_posts(heads, lines, {1: "byline", 3: "byline"}))
    [2, 4]
    """
    first: dict[str, int] = {}  # each shape's first stamp
    opened: int | None = None
    for index in sorted(i for i, kind in machinery.items() if kind == "byline"):
        start = first.setdefault(_FIGURES.sub("0", lines[index]), index)
        if lines[index] != lines[start] and _heads_a_post(lines, index):
            opened = start if opened is None else min(opened, start)
    if opened is None:
        return set()
    return {candidate.line for candidate in candidates if candidate.line > opened}


def _heads_a_post(lines: Sequence[str], stamp: int) -> bool:
    """Whether the next line with text below a stamp is a post's head, no paragraph."""
    below = next((line for line in lines[stamp + 1 :] if line), None)
    return below is not None and not is_body_shaped(below)
