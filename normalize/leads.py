"""What the paragraph right below a line says of it where the line's own shape says little:
it opens with the line's term (a glossary's or a wiki's headword above its entry), or it
repeats the words of a line shaped like an outlet's name (a short headline that ends like one,
"Election online", above the article it heads); or the line is the first paragraph itself,
with no lead of its own below it; or a feed's first item alone has a lead (the article's
headline above a box of other stories' heads).

The headline chooser (``normalize.headline``) reads these before it holds a short line, or
one the machinery rules call the outlet's name, against a candidate.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from typing import Final

from normalize.echo import DATELINE_BELOW, echo, glued_after
from normalize.glued_datelines import headline_part_among
from normalize.heads import Candidate, opens
from normalize.page import echo_words
from normalize.title_shapes import BODY_SENTENCE_WORDS

# How far below a candidate a paragraph that opens with its term, or a notice's or a roundup's
# story, may start, in lines with text.
LEAD_LINES: Final = 6
# A candidate's lead is the first paragraph below it with fewer than this many candidates
# between them (its decks, a caption, its copy); datelines, tool lines and other lines no
# candidate comes from do not count.
LEAD_HEADS: Final = 6
# A subhead of a page that opens with its first paragraph stands this many lines with text
# below that paragraph, at most.
OPENING_SUBHEAD_LINES: Final = 2
# The paragraph below a feed's first item repeats this share of its words at least, and the
# paragraphs below its other items less than this: that item alone has a lead, the article's.
LONE_LEAD_ECHO: Final = 0.3
OTHER_LEAD_ECHO: Final = 0.1


def echo_apart(
    candidate: Candidate, lines: Sequence[str], filled: list[int], own: str, dated: Collection[int]
) -> float:
    """``echo`` of a line that states a time, the page's datelines and bylines (ranks ``dated``
    among the lines with text) left out of the text around it: they repeat its date, not its
    story ("Archive for Tuesday, May 4, 2010" above a headline and "May 4, 2010" below it).
    With no ranks in ``dated``, ``echo`` itself.

    >>> lines = ["Archive for Tuesday, May 4, 2010", "Bells ring again", "May 4, 2010",
    ...          "The old bells of the church rang again on Tuesday."]
    >>> head = Candidate(0, 0, lines[0], "", {})
    >>> echo_apart(head, lines, [0, 1, 2, 3], lines[0], {2}), echo(head, lines, [0, 1, 2, 3])
    (0.2, 0.4)
    """
    if not dated:
        return echo(candidate, lines, filled, own)
    kept = [i for rank, i in enumerate(filled) if rank == candidate.order or rank not in dated]
    placed = candidate._replace(order=kept.index(filled[candidate.order]))
    return echo(placed, lines, kept, own)


def lead_below(candidate: Candidate, candidates: list[Candidate], body: list[int]) -> int | None:
    """The rank of the candidate's lead: the first paragraph of ``body`` (ranks among the lines
    with text) below it, unless ``LEAD_HEADS`` candidates or more stand between them.

    >>> head, deck = Candidate(0, 0, "Ferry fares rise", "", {}), Candidate(4, 4, "Deck", "", {})
    >>> lead_below(head, [head, deck], [9, 12]), lead_below(deck, [head, deck], [2])
    (9, None)
    """
    below = next((p for p in body if p > candidate.order), None)
    if below is None:
        return None
    between = sum(1 for other in candidates if candidate.order < other.order < below)
    return below if between < LEAD_HEADS else None


def glued_lead(
    candidate: Candidate, lines: Sequence[str], filled: list[int], body: list[int]
) -> str:
    """The candidate's lead when it runs on the candidate's own line after a dateline glued on
    (the line counts as a paragraph of ``body``): what follows the part it was read from; else
    empty, and its lead is a paragraph below it (``lead_below``).

    >>> line = "Choir sings at the mill 2015-03-17 19:05 The choir sang carols at the mill."
    >>> head = Candidate(0, 0, "Choir sings at the mill", "choir sings at the mill", {})
    >>> glued_lead(head, [line], [0], [0])
    ' 2015-03-17 19:05 The choir sang carols at the mill.'
    >>> glued_lead(head, [line], [0], [])
    ''
    """
    if candidate.order not in body:
        return ""
    return glued_after(candidate, lines, headline_part_among(lines, filled, candidate.order))


def lead_nearness(
    candidate: Candidate, candidates: list[Candidate], body: list[int], *, own_line: bool
) -> float:
    """How near the candidate stands above the article's first paragraph (``body[0]``): 1 over
    one more than the candidates between them; 1.0 when its own line is that paragraph, its
    lead running on after it there (``own_line``, see ``glued_lead``); 0.0 when it stands
    lower or the page has no paragraph.

    >>> head, deck = Candidate(0, 0, "Ferry fares rise", "", {}), Candidate(1, 1, "Deck", "", {})
    >>> [lead_nearness(c, [head, deck], [2], own_line=False) for c in (head, deck)]
    [0.5, 1.0]
    >>> [lead_nearness(head, [head], [0], own_line=glued) for glued in (True, False)]
    [1.0, 0.0]
    """
    if not body or candidate.order >= body[0] + own_line:
        return 0.0
    between = sum(1 for other in candidates if candidate.order < other.order < body[0])
    return 1 / (1 + between)


def opens_a_paragraph(
    candidate: Candidate, lines: Sequence[str], filled: list[int], body: list[int]
) -> bool:
    """Whether a paragraph of the lead (``LEAD_LINES`` below the candidate at most) opens
    with the candidate's term: an entry's term, above a revision note or an infobox.
    ``filled`` are the places of the page's lines with text, ``body`` the ranks among them of
    its paragraphs.

    >>> lines = ["Deferred revenue", "Revision as of 12 May", "Deferred revenue is money owed."]
    >>> term = Candidate(0, 0, lines[0], "deferred revenue", {})
    >>> opens_a_paragraph(term, lines, [0, 1, 2], [2])
    True
    """
    return any(
        opens(candidate, paragraph) for paragraph in lead_paragraphs(candidate, lines, filled, body)
    )


def lead_paragraphs(
    candidate: Candidate, lines: Sequence[str], filled: list[int], body: list[int]
) -> Iterator[str]:
    """The paragraphs of ``body`` (ranks among the lines with text, placed by ``filled``) that
    stand at most ``LEAD_LINES`` below the candidate, in order: its lead."""
    return (lines[filled[p]] for p in body if 0 < p - candidate.order <= LEAD_LINES)


def heads_its_paragraph(
    candidate: Candidate, lines: Sequence[str], filled: list[int], body: list[int]
) -> bool:
    """Whether the article's paragraph stands right below the candidate and repeats one of its
    words. An outlet's name stands above a menu, a dateline or a story head, and its words
    seldom come back at once; a short headline that the machinery rules mistook for a name
    (it ends in a word outlets end in) heads the paragraph that tells its story.

    >>> lines = ["Election online", "", "For the first time the district election is held online."]
    >>> head = Candidate(0, 0, lines[0], "election online", {})
    >>> heads_its_paragraph(head, lines, [0, 2], [1])
    True
    >>> heads_its_paragraph(head, lines[:1] + ["", "The polls open at eight."], [0, 2], [1])
    False
    """
    below = candidate.order + 1
    if below not in body:
        return False
    return bool(echo_words(candidate.text) & echo_words(lines[filled[below]]))


def silence_first_paragraph_echo(
    candidates: Sequence[Candidate], body: list[int], dated: Collection[int]
) -> None:
    """Give no echo to a candidate that is the article's first paragraph itself (``body``
    holds the ranks of its paragraphs), a finished sentence with no dateline or byline (a rank
    in ``dated``) within ``DATELINE_BELOW`` lines below it: the text after it is the rest of
    its own story, not a lead below a headline, and a story repeats its first sentence's words
    as any story does. A page that lost its headline opens so; a headline that ends with a full
    stop has its dateline below it.

    >>> lines = ["Crews cleared the pass road on Monday after a week of snow.",
    ...          "The pass road reopened to cars with chains on Monday, crews said."]
    >>> lead = Candidate(0, 0, lines[0], "", {"echo": 0.4, "sentence": 1.0})
    >>> silence_first_paragraph_echo([lead], [0, 1], [])
    >>> lead.signals["echo"]
    0.0
    >>> dated = lead._replace(signals={"echo": 0.4, "sentence": 1.0})
    >>> silence_first_paragraph_echo([dated], [0, 2], [1])
    >>> dated.signals["echo"]
    0.4
    """
    for candidate in candidates:
        if not body or candidate.order != body[0] or not candidate.signals["sentence"]:
            continue
        if not any(0 < line - candidate.order <= DATELINE_BELOW for line in dated):
            candidate.signals["echo"] = 0.0


def mark_opening_subheads(
    candidates: Sequence[Candidate], lines: Sequence[str], filled: list[int], body: list[int]
) -> None:
    """Sets each candidate's ``opened``: the page opens with its first paragraph (``body``
    holds the ranks of its paragraphs; no candidate stands above the first), and the candidate,
    below it (``after_body``) within ``OPENING_SUBHEAD_LINES`` lines with text, shares a word
    with it: the story has begun above, and the line is one of its subheads, not a headline
    that lost its place (that shares no word with the site's blurb or notice above it).

    >>> lines = ["Pilots guide ships into the port through the narrow channel.", "Pilot training"]
    >>> head = Candidate(1, 1, lines[1], "pilot training", {"after_body": 1.0})
    >>> mark_opening_subheads([head], lines, [0, 1], [0])
    >>> head.signals["opened"]
    1.0
    """
    opens = bool(body) and not any(c.order < body[0] for c in candidates)
    opening = echo_words(lines[filled[body[0]]]) if opens else set()
    for candidate in candidates:
        candidate.signals["opened"] = float(
            opens
            and candidate.signals["after_body"] > 0
            and candidate.order <= body[0] + OPENING_SUBHEAD_LINES
            and bool(echo_words(candidate.text) & opening)
        )


def lone_lead(
    candidates: list[Candidate], items: Collection[int], texts: Sequence[str]
) -> set[int]:
    """The line of the first of a feed's items (``items``, lines of ``candidates``) when it
    alone has a lead below it (``has_own_lead``): the article's headline above a box of other
    stories' heads ("Other News", "Recommendations"), which have no lead there. An item on the
    page's last line with text (of ``texts``) has nothing below it, so it shows no want of a
    lead: a listing cut after its second head keeps its first teaser's head an item. A line
    the page prints right below each of the items alike ("Posted by", a source's name) is the
    units' label, no lead: an item's lead may stand under it.

    >>> def head(order, lead_echo):
    ...     return Candidate(order, order, "", "", {"lead_echo": lead_echo})
    >>> heads, texts = [head(2, 0.6), head(7, 0.0), head(9, 0.05)], [""] * 12
    >>> lone_lead(heads, {2, 7, 9}, texts), lone_lead(heads[1:], {7, 9}, texts)
    ({2}, set())
    >>> lone_lead([head(2, 0.6), head(7, 0.3)], {2, 7}, texts)
    set()
    >>> lone_lead([head(2, 0.6), head(7, 0.0)], {2, 7}, texts[:8])
    set()
    """
    heads = [candidate for candidate in candidates if candidate.line in items]
    if len(heads) < 2 or heads[0].signals["lead_echo"] < LONE_LEAD_ECHO:
        return set()
    others = [other for other in heads[1:] if other.order < len(texts) - 1]
    label = unit_label(heads, texts)
    if not others or any(has_own_lead(other, texts, label) for other in others):
        return set()
    return {heads[0].line}


def unit_label(heads: list[Candidate], texts: Sequence[str]) -> str | None:
    """The line the page prints right below each of a feed's heads (of ``texts``, the lines
    with text), when it is one line for all of them: the units' label ("Posted by", a
    source's name), none of them a lead.

    >>> heads = [Candidate(k, k, "", "", {}) for k in (0, 3)]
    >>> unit_label(heads, ["Ferry fares rise", "Posted by", "Fares rise.", "Rail", "Posted by"])
    'Posted by'
    >>> unit_label(heads, ["Ferry fares rise", "Posted by", "Fares rise.", "Rail", "By Ann"])
    """
    below = {texts[head.order + 1] for head in heads if head.order + 1 < len(texts)}
    return below.pop() if len(heads) > 1 and len(below) == 1 else None


def has_own_lead(head: Candidate, texts: Sequence[str], label: str | None = None) -> bool:
    """Whether a feed's item has a lead of its own: the paragraph below it repeats its words
    (``lead_echo``), or the line right below it (of ``texts``, the lines with text; below the
    units' ``label`` when that stands there), a sentence's words long at least, shares one of
    them: its teaser, even one cut before its end.

    >>> head = Candidate(0, 0, "Ferry fares rise", "ferry fares rise", {"lead_echo": 0.0})
    >>> has_own_lead(head, ["", "Ferry fares on the island route rise for the third time"])
    True
    >>> has_own_lead(head, ["", "Posted on March 3"])
    False
    """
    if head.signals["lead_echo"] >= OTHER_LEAD_ECHO:
        return True
    at = head.order + 1
    if texts[at] == label and at + 1 < len(texts):  # the units' label, its teaser under it
        at += 1
    below = texts[at]
    return len(below.split()) >= BODY_SENTENCE_WORDS and bool(
        echo_words(head.text) & echo_words(below)
    )
