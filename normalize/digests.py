"""A digest: story heads printed one after another, each right above a paragraph of its own (a
roundup, a newsletter's clippings, a reporter's list of stories, a day's archive, a search's
results). Its heads are no page's headline; a long one makes the page a listing.

A teaser paraphrases its head as often as it repeats it, so the chain is known by its shape
(head, paragraph, head, paragraph) and enough of its heads echoed by their paragraphs, not by
every one of them.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Sequence
from itertools import pairwise
from typing import Final

from normalize.echo import ECHO_PRIOR_WORDS
from normalize.heads import Candidate
from normalize.numbered import list_number
from normalize.page import echo_words
from normalize.turns import is_dashed_turn

# A digest's item: a head of this many words at least, right above a paragraph of its own this
# many characters long at least; the head is echoed when the paragraph repeats this share of
# its words (with ``ECHO_PRIOR_WORDS``); the next item's head follows within this many lines
# with text. A digest with a head shorter than a whole headline (a name, a label: an article's
# subheads are as short) has three heads, three of them echoed; else two.
_DIGEST_HEAD_WORDS: Final = 3
_DIGEST_WHOLE_HEAD: Final = 5
_DIGEST_SHORT_HEADS: Final = 3
_DIGEST_PARAGRAPH: Final = 60
_DIGEST_ECHO: Final = 0.2
_DIGEST_STEP: Final = 4
# A head with a dateline or byline this near below it (two lines) is an article's headline.
_DIGEST_DATELINE: Final = 0.75
# A chain's last head is an article's headline when this many paragraphs at least stand
# within this many lines with text below the line right under it (its deck or first paragraph).
_LEAD_PARAGRAPHS: Final = 2
_LEAD_LINES: Final = 2 * _DIGEST_STEP
# A chain of two heads whose first stands above this many paragraphs before the second is an
# article's headline, its lead, then a subhead: a digest's item has a teaser, not a lead.
_ARTICLE_LEAD: Final = 3
# A digest of more heads than this is a listing's body: each head has a teaser of its own, so
# fewer of them make one than of the story heads ``normalize.heads.is_listing`` counts.
_LISTING_DIGEST: Final = 2
# A digest whose heads each stand above their photograph's caption, their paragraph this many
# lines below them, has this many heads at least.
_PICTURED_PLACE: Final = 2
_PICTURED_HEADS: Final = 3
# Questions each above their answer are the body's subheads when this many at least.
_QUESTIONS: Final = 3
# A page's contents: this many heads at least on lines in a row, this many of them printed again
# below, each over its own story.
_CONTENTS_HEADS: Final = 3
_CONTENTS_COPIES: Final = 2


def digest_items(
    candidates: list[Candidate], texts: Sequence[str], body: Collection[int]
) -> set[int]:
    """The lines of the story heads that a digest prints one after another: two heads or more
    (three when one is short), each right above a paragraph of its own, as many of them echoed
    by their paragraphs, the next head a few lines below with nothing between but that
    paragraph and machinery. An article's headline stands above a lead of several paragraphs,
    or its subheads are no heads of a story (short and few, or echoed by none).
    ``texts`` are the page's lines with text, in order, ``body`` the places among them of the
    lines shaped like a paragraph.

    >>> shape = ("caption", "machinery", "site", "sentence", "long", "repeated", "near_dateline")
    >>> signals = dict.fromkeys(shape, 0.0)
    >>> texts = ["Ferry fares rise on island routes",
    ...          "Fares on the island ferry routes rise by a tenth from May, the operator said.",
    ...          "Night buses return to the old town",
    ...          "The old town gets its night buses back after a year, the city said on Monday."]
    >>> heads = [Candidate(k, k, texts[k], texts[k].lower(), signals) for k in (0, 2)]
    >>> sorted(digest_items(heads, texts, [1, 3]))
    [0, 2]
    >>> sorted(digest_items(heads, texts[:2] + ["Night buses return to the old town", "Oh."], [1]))
    []
    """
    heads = [c for c in candidates if _heads_a_paragraph(c, texts)]
    echoed = {c.line for c in heads if is_echoed_by_paragraph(c, texts)}
    items: set[int] = set()
    for run in _runs(heads, lambda last, head: _follows(last, head, candidates, texts)):
        chain = _without_article_head(_without_lead_head(run, body), texts)
        short = any(len(c.text.split()) < _DIGEST_WHOLE_HEAD for c in chain)
        least = _DIGEST_SHORT_HEADS if short else 2
        heard = sum(1 for c in chain if c.line in echoed)
        if len({c.key for c in chain}) >= least and heard >= least:
            items.update(c.line for c in chain)
    return items | _pictured_items(candidates, texts)


def question_items(candidates: list[Candidate], texts: Sequence[str]) -> set[int]:
    """The lines of the questions a page asks one after another, each right above the
    paragraph that answers it (a notice's or a guide's questions and answers): three
    different ones at least, in a row as a digest's heads are. An answer need not repeat its
    question's words, so none is asked to; they are the body's subheads, no headline. The
    page's first candidate is none of them when a dateline stands next to it: an article
    whose headline asks a question, its interview's questions below.

    >>> texts = ["When do the pools open?",
    ...          "The outdoor pools open on the first Saturday of June, at ten.",
    ...          "Do I need a ticket?",
    ...          "A day ticket is sold at the gate, and season passes are online.",
    ...          "Can I bring food?",
    ...          "Picnics are welcome on the lawn, but not on the deck by the pool."]
    >>> signals = dict.fromkeys(("caption", "machinery", "site", "sentence", "long"), 0.0)
    >>> signals |= {"repeated": 0.0, "near_dateline": 0.0}
    >>> heads = [Candidate(k, k, texts[k], texts[k].lower(), signals) for k in (0, 2, 4)]
    >>> sorted(question_items(heads, texts)), question_items(heads[:2], texts)
    ([0, 2, 4], set())
    >>> heads[0] = Candidate(0, 0, texts[0], texts[0].lower(), signals | {"near_dateline": 0.6})
    >>> sorted(question_items(heads, texts))
    [2, 4]
    """
    heads = [c for c in candidates if _heads_a_paragraph(c, texts) and c.text.endswith("?")]
    items = _distinct_runs(
        heads, lambda last, head: _follows(last, head, candidates, texts), _QUESTIONS
    )
    # the page opens with its first question, dated: an article's headline asking, no subhead
    if candidates and candidates[0].signals["near_dateline"] > 0.0:
        items.discard(candidates[0].line)
    return items


def contents_items(candidates: list[Candidate], body: Collection[int]) -> set[int]:
    """The lines of the heads a page lists as its contents and of their copies below: heads
    on lines in a row, ``_CONTENTS_HEADS`` at least from the first one printed again, none a
    sentence, ``_CONTENTS_COPIES`` or more of them printed again below the list in the list's
    order, a paragraph (at a place in ``body``) between each copy and the next, as each heads
    its own story (a newsreel or a newsletter printing its day's stories' heads above them).
    The line above the list is the page's own title, none of its items.

    >>> signals = {"sentence": 0.0}
    >>> texts = ["Harbour Newsreel 3 March", "Ferry fares rise", "Night buses return",
    ...          "Pool opens early", "Ferry fares rise", "Fares rise by a tenth.",
    ...          "Night buses return", "The buses are back."]
    >>> heads = [Candidate(k, k, t, t.lower(), signals) for k, t in enumerate(texts)]
    >>> heads = [c for c in heads if c.line not in (5, 7)]
    >>> sorted(contents_items(heads, [5, 7]))
    [1, 2, 3, 4, 6]
    >>> sorted(contents_items(heads, [7]))
    []
    """
    items: set[int] = set()
    for run in _lists(candidates):
        keys = {c.key for c in run}
        copies = [c for c in candidates if c.order > run[-1].order and c.key in keys]
        places = [next(k for k, c in enumerate(run) if c.key == copy.key) for copy in copies]
        if len(copies) < _CONTENTS_COPIES or places != sorted(set(places)):
            continue
        listed = run[places[0] :]
        told = all(
            any(first.order < place < second.order for place in body)
            for first, second in pairwise(copies)
        )
        plain = not any(c.signals["sentence"] for c in listed)
        if told and plain and len(listed) >= _CONTENTS_HEADS:
            items.update(c.line for c in [*listed, *copies])
    return items


def _lists(candidates: list[Candidate]) -> Iterator[list[Candidate]]:
    """The candidates in runs on lines in a row, each run's heads all different (a head
    printed again opens the next run).

    >>> heads = [Candidate(k, k, "", t, {}) for k, t in enumerate(["a", "b", "a", "c"])]
    >>> heads.append(Candidate(5, 5, "", "d", {}))
    >>> [[c.key for c in run] for run in _lists(heads)]
    [['a', 'b'], ['a', 'c'], ['d']]
    """
    run: list[Candidate] = []
    for head in candidates:
        if run and (head.order != run[-1].order + 1 or any(c.key == head.key for c in run)):
            yield run
            run = []
        run.append(head)
    if run:
        yield run


def _pictured_items(candidates: list[Candidate], texts: Sequence[str]) -> set[int]:
    """The lines of the story heads a digest prints each above a short line (its photograph's
    caption) and a paragraph of its own that echoes it: three heads at least in a row, each
    a unit of those three lines below the one before. The short line may be the head's copy
    without what is glued to it (a clip's duration, "…in minutes1m12s" over "…in minutes"):
    an item too.

    >>> signals = dict.fromkeys(("caption", "machinery", "site", "sentence", "long"), 0.0)
    >>> signals |= {"repeated": 0.0, "near_dateline": 0.0}
    >>> units = [("Ferry fares rise on island routes", "The harbour at dawn",
    ...           "Fares on the island ferry routes rise by a tenth from May, the operator said."),
    ...          ("Night buses return to the old town", "A night bus at the depot",
    ...           "The old town gets its night buses back after a year, the city said on Monday."),
    ...          ("Library opens a reading room for children", "The new reading room",
    ...           "The city library opened a reading room for children on its ground floor.")]
    >>> texts = [line for unit in units for line in unit]
    >>> heads = [Candidate(k, k, texts[k], texts[k].lower(), signals) for k in (0, 3, 6)]
    >>> sorted(_pictured_items(heads, texts)), _pictured_items(heads[:2], texts)
    ([0, 3, 6], set())
    >>> copy = Candidate(4, 4, "Night buses return", "night buses return", signals)
    >>> sorted(_pictured_items([*heads, copy], texts))
    [0, 3, 4, 6]
    """
    heads = [
        c
        for c in candidates
        if _heads_a_paragraph(c, texts, _PICTURED_PLACE)
        and is_echoed_by_paragraph(c, texts, _PICTURED_PLACE)
    ]
    unit = _PICTURED_PLACE + 1  # a head, its short line and its paragraph
    items = _distinct_runs(
        heads, lambda last, head: head.order - last.order == unit, _PICTURED_HEADS
    )
    above = {c.order + 1: c.key for c in heads if c.line in items}
    return items | {c.line for c in candidates if _is_copy_below(c, above.get(c.order))}


def _is_copy_below(candidate: Candidate, head: str | None) -> bool:
    """Whether the candidate is the copy of the head right above it (its key), without what
    the head has glued to it.

    >>> copy = Candidate(1, 1, "Ice jam hits road", "ice jam hits road", {})
    >>> _is_copy_below(copy, "ice jam hits road1m12s"), _is_copy_below(copy, None)
    (True, False)
    """
    return head is not None and bool(candidate.key) and head.startswith(candidate.key)


def _distinct_runs(
    heads: list[Candidate], follows: Callable[[Candidate, Candidate], bool], least: int
) -> set[int]:
    """The lines of the heads' runs (``_runs``) that hold ``least`` different heads or more."""
    return {
        c.line for run in _runs(heads, follows) if len({c.key for c in run}) >= least for c in run
    }


def _runs(
    heads: list[Candidate], follows: Callable[[Candidate, Candidate], bool]
) -> Iterator[list[Candidate]]:
    """The heads in runs, each head of a run following the one before it (Rust's
    ``chunk_by``).

    >>> heads = [Candidate(k, k, "", "", {}) for k in (0, 3, 6, 10)]
    >>> [[c.line for c in run] for run in _runs(heads, lambda a, b: b.order - a.order == 3)]
    [[0, 3, 6], [10]]
    """
    run: list[Candidate] = []
    for head in heads:
        if run and not follows(run[-1], head):
            yield run
            run = []
        run.append(head)
    if run:
        yield run


def is_long_digest(items: Collection[int]) -> bool:
    """Whether a digest's heads are as many as a listing's (an archive's day, a search's
    results): the page is a listing, whatever stands above them.

    >>> is_long_digest({3, 5, 7}), is_long_digest({3, 5})
    (True, False)
    """
    return len(items) > _LISTING_DIGEST


def _heads_a_paragraph(candidate: Candidate, texts: Sequence[str], place: int = 1) -> bool:
    """Whether the candidate is a story head above a paragraph of its own (right above it, or
    at ``place`` lines above it with nothing but short lines between), not printed again apart
    from it, with no dateline of its own just below (an article's headline has its copies and
    its dateline)."""
    signals = candidate.signals
    if (
        len(candidate.text.split()) < _DIGEST_HEAD_WORDS
        or signals["repeated"] >= 1.0
        or signals["near_dateline"] >= _DIGEST_DATELINE
        or any(signals[name] for name in ("sentence", "caption", "machinery", "site", "long"))
    ):
        return False
    lines = [*texts[candidate.order + 1 : candidate.order + place + 1]]
    if len(lines) < place or any(len(line) >= _DIGEST_PARAGRAPH for line in lines[:-1]):
        return False
    if is_dashed_turn(texts[candidate.order]) and is_dashed_turn(lines[-1]):
        return False  # an interview's question over its answer, each a dialogue's dashed turn
    return len(lines[-1]) >= _DIGEST_PARAGRAPH and bool(echo_words(candidate.text))


def _without_lead_head(chain: list[Candidate], body: Collection[int]) -> list[Candidate]:
    """The chain without its last head when that one stands above a lead of several
    paragraphs: the article's headline below a box of other stories' heads, not its last item."""
    if not chain:
        return chain
    below = chain[-1].order + 1
    paragraphs = sum(1 for place in body if below < place < below + _LEAD_LINES)
    return chain[:-1] if paragraphs >= _LEAD_PARAGRAPHS else chain


def is_echoed_by_paragraph(candidate: Candidate, texts: Sequence[str], place: int = 1) -> bool:
    """Whether the paragraph ``place`` lines below the candidate repeats enough of its words."""
    words = echo_words(candidate.text)
    at = candidate.order + place
    below = texts[at] if at < len(texts) else ""
    if not words:
        return False
    return len(words & echo_words(below)) / (len(words) + ECHO_PRIOR_WORDS) >= _DIGEST_ECHO


def _without_article_head(chain: list[Candidate], texts: Sequence[str]) -> list[Candidate]:
    """The chain without its first head when that one is an article's headline above its
    subheads, whose paragraphs run on as its lead: it has no list number and every head after
    it has one (an intro, then numbered sections "1. …", "2. …"), it is a whole headline and
    every head after it is short (a transcript's speakers, an interview's names), or it is one
    of two heads and stands above three paragraphs before the other (a lead, then a subhead).

    >>> signals = {}
    >>> texts = ["Six bookshops of the old quarter", "An intro.", "1. Stairs up", "Text.",
    ...          "2. By the laundry", "Text."]
    >>> heads = [Candidate(k, k, texts[k], texts[k].lower(), signals) for k in (0, 2, 4)]
    >>> [c.line for c in _without_article_head(heads, texts)]
    [2, 4]
    """
    if len(chain) < 2:
        return chain
    first, rest = chain[0], chain[1:]
    numbered = list_number(texts[first.order]) is None and all(
        list_number(texts[c.order]) is not None for c in rest
    )
    whole_over_short = len(first.text.split()) >= _DIGEST_WHOLE_HEAD and all(
        len(c.text.split()) < _DIGEST_WHOLE_HEAD for c in rest
    )
    between = texts[first.order + 1 : rest[0].order]
    over_lead = len(rest) == 1 and (
        sum(1 for line in between if len(line) >= _DIGEST_PARAGRAPH) >= _ARTICLE_LEAD
    )
    return rest if numbered or whole_over_short or over_lead else chain


def _follows(
    head: Candidate, other: Candidate, candidates: list[Candidate], texts: Sequence[str]
) -> bool:
    """Whether the other head is the next item after the head: a few lines below it, with no
    candidate between them but the head's paragraph, machinery, and a line the page prints
    again at the same place in the other head's item (a "Read more" link closing each).

    >>> texts = ["Ferry fares rise on island routes", "Fares rise by a tenth.", "Read more",
    ...          "Night buses return to the old town", "The buses are back.", "Read more"]
    >>> signals = dict.fromkeys(("machinery", "site", "caption"), 0.0)
    >>> lines = [Candidate(k, k, texts[k], texts[k].lower(), signals) for k in (0, 2, 3, 5)]
    >>> _follows(lines[0], lines[2], lines, texts), _follows(lines[0], lines[2], lines, texts[:5])
    (True, False)
    """
    if not 2 <= other.order - head.order <= _DIGEST_STEP:
        return False
    return not any(
        head.order + 1 < c.order < other.order
        and not (c.signals["machinery"] or c.signals["site"] or c.signals["caption"])
        and not _printed_in_item(c, other.order - head.order, texts)
        for c in candidates
    )


def _printed_in_item(candidate: Candidate, step: int, texts: Sequence[str]) -> bool:
    """Whether the page prints the candidate's line again ``step`` lines below it: the same
    link in the next item, at the same place."""
    at = candidate.order + step
    return at < len(texts) and texts[at] == texts[candidate.order]
