"""What the rest of a page says of a line that may be its headline: the text after it (its
lead) repeats its words, the page prints it again (whole, cut short, or as a caption), a
dateline or byline stands near it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final, Protocol

import regex

from normalize.captions import is_caption
from normalize.chrome import TRAIL_ARROWS
from normalize.corners import bracketed_name
from normalize.heads import Candidate
from normalize.page import echo_words
from normalize.text import ends_with_ellipsis
from normalize.titles import title_key

# How far around a candidate its dateline is looked for, in lines with text.
DATELINE_BELOW: Final = 4
_DATELINE_ABOVE: Final = 2
# What parts a breadcrumb trail's crumbs ("Home > News > <headline>").
_TRAIL: Final = regex.compile(f"[{TRAIL_ARROWS}]")
# How much text after a candidate is its lead, in characters.
_LEAD_CHARS: Final = 1200
# A one-word label is no echo: an echo counts this many words more than the candidate has.
ECHO_PRIOR_WORDS: Final = 2
# How much of a headline a copy cut short with "…" keeps, at least, in characters.
_TRUNCATED_COPY: Final = 24
# A copy cut short ends in an ellipsis; this many whole words before it name what it copies.
_CUT_COPY_WORDS: Final = 4
# How many candidates away a line cut short by an ellipsis looks for the longer line it copies.
_CUT_COPY_REACH: Final = 3
# A line whose first characters come again right after one of its stops is printed twice.
_DOUBLED_OPENING: Final = 30
_DOUBLED_AFTER: Final = frozenset(".!?…\"'”)")
# A caption's copy with its credit is printed this many lines around it, at most; a caption
# this many characters long at least is told by its copy.
_CAPTION_COPY_LINES: Final = 2
_CAPTION_COPY_CHARS: Final = 20


class Placed(Protocol):
    """A line's headline and where it is: its line, its rank among the lines with text."""

    @property
    def line(self) -> int: ...
    @property
    def order(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def key(self) -> str: ...


def echo(candidate: Placed, lines: Sequence[str], filled: list[int], own: str = "") -> float:
    """How much of the candidate the text after it (its lead) repeats; for a headline printed
    below its story, the text before it. ``own`` is the part of the candidate's line it was
    read from: what runs on after that part on the line (a lead glued after a dateline) is
    text after it too."""
    words = echo_words(candidate.text)
    if not words:
        return 0.0
    after = f"{glued_after(candidate, lines, own)} {_text_around(candidate, lines, filled, 1)}"
    before = _text_around(candidate, lines, filled, -1)
    shared = max(len(words & echo_words(after)), 0.8 * len(words & echo_words(before)))
    return shared / (len(words) + ECHO_PRIOR_WORDS)


def glued_after(candidate: Placed, lines: Sequence[str], own: str) -> str:
    """What runs on after the part ``own`` of the candidate's line that it was read from (a
    lead glued on after a dateline); empty when it was read from the whole line.

    >>> from normalize.heads import Candidate
    >>> line = "Choir sings at the mill 2015-03-17 19:05 The choir sang at the old mill."
    >>> glued_after(Candidate(0, 0, "Choir sings at the mill", "", {}), [line], line[:23])
    ' 2015-03-17 19:05 The choir sang at the old mill.'
    """
    line = lines[candidate.line]
    return line[len(own) :] if own and own != line and line.startswith(own) else ""


def _text_around(candidate: Placed, lines: Sequence[str], filled: list[int], step: int) -> str:
    """Up to ``_LEAD_CHARS`` of the text after (step 1) or before (step -1) a candidate, its
    own copies left out: a line with its key, or a trail after it that closes with it."""
    pieces: list[str] = []
    size = 0
    position = candidate.order + step
    text = candidate.text
    while 0 <= position < len(filled) and size < _LEAD_CHARS:
        line = lines[filled[position]]
        # a trail after a page's title that closes with it ("Home > Notes > <title>"): a copy
        trail = step > 0 and line.endswith(text) and _TRAIL.search(line[: -len(text)])
        if title_key(line) != candidate.key and not trail:
            pieces.append(line)
            size += len(line)
        position += step
    return " ".join(pieces)


def dateline_nearness(position: int, dated: list[int]) -> float:
    """1.0 for a dateline or byline right below the candidate, less further down, a little
    for one right above; 0.0 for none near.

    >>> dateline_nearness(3, [4]), dateline_nearness(3, [2]), dateline_nearness(3, [20])
    (1.0, 0.6, 0.0)
    """
    best = 0.0
    for line in dated:
        distance = line - position
        if 0 < distance <= DATELINE_BELOW:
            best = max(best, 1.0 - 0.25 * (distance - 1))
        elif 0 < -distance <= _DATELINE_ABOVE:
            best = max(best, 0.6 - 0.2 * (-distance - 1))
    return best


def repetition(candidate: Placed, lines: Sequence[str], filled: list[int]) -> float:
    """1.0 when the page prints the candidate again apart from it (a title copy with the
    outlet's name, a breadcrumb, a share box, a copy cut short with "…"), 0.5 when only on the
    line next to it (a doubled caption is as likely), 0.0 when never."""
    found = 0.0
    stem = candidate.key[:_TRUNCATED_COPY]
    for position, index in enumerate(filled):
        if index == candidate.line:
            continue
        line = lines[index]
        if len(line) > 3 * len(candidate.text) + 40:
            continue
        key = title_key(line) or title_key(bracketed_name(line))  # a corner's copy: its name
        copy = key == candidate.key or (len(candidate.key) >= 12 and candidate.key in key)
        cut_short = len(stem) == _TRUNCATED_COPY and ends_with_ellipsis(line)
        if copy or (cut_short and stem in key):
            if abs(position - candidate.order) > 1:
                return 1.0
            found = 0.5
    return found


# The stops that close a sentence: one followed by a space has another sentence after it.
_STOPS: Final = frozenset(".!?…")


def is_doubled_head(
    candidate: Placed, lines: Sequence[str], filled: list[int], body: list[int]
) -> bool:
    """Whether the page prints the candidate again on the next line with text, both copies above
    its first paragraph (ranks ``body``): a post's title over its heading's copy, a headline even
    when it closes with a full stop ("Harbour ferry returns to the old pier." twice over the post).
    A title is one sentence: two or more are a quotation's (a quotation of the day printed twice
    in a box above the article), as a doubled caption stands in the text, below its first
    paragraph. Both copies close alike: a headline below a copy with a stop glued on is the
    page's own, the copy no title of it."""
    below = candidate.order + 1
    first_paragraph = body[0] if body else len(filled)
    text = candidate.text.strip()
    return (
        below < min(first_paragraph, len(filled))
        and bool(candidate.key)
        and not any(stop in _STOPS and text[at + 1 : at + 2] == " " for at, stop in enumerate(text))
        and title_key(lines[filled[below]]) == candidate.key
        and lines[filled[below]].strip()[-1:] == text[-1:]
    )


# A line printed twice with one of these is a caption's, a lead's or a deck's copy, or a
# listing's item.
_NO_TWICE_HEAD: Final = ("long", "caption", "deck", "feed_item")


def _holds_stop(text: str) -> bool:
    """Whether a stop closes the text or a sentence in it: a caption's, a lead's."""
    return text[-1:] in _STOPS or any(
        stop in _STOPS and text[at + 1 : at + 2] == " " for at, stop in enumerate(text)
    )


# A line right over the first paragraph with one of these is no article's head of its own.
_NO_HEAD_OVER_LEAD: Final = ("deck", "sentence", "machinery", "site", "feed_item")
# An article's head repeats this many of its words at least in its story's paragraphs (a site's
# title over its own sentences, "Latest News" over "… the news item you clicked", one).
_HEAD_WORDS_TOLD: Final = 2


def is_head_over_lead(candidate: Candidate) -> bool:
    """Whether the candidate may be an article's head of its own right over the page's first
    paragraph, its words echoed in the page: no deck, sentence, site's line or listing's item."""
    return (
        candidate.signals.get("before_lead") == 1.0
        and bool(candidate.signals.get("echo"))
        and not any(candidate.signals.get(name) for name in _NO_HEAD_OVER_LEAD)
    )


def tells_story_above(
    head: Candidate, lines: Sequence[str], filled: list[int], body: list[int], below: int
) -> bool:
    """Whether the paragraphs of the page above rank ``below`` (ranks ``body``) repeat
    ``_HEAD_WORDS_TOLD`` words of the head or more: the head's story stands above that rank,
    and a head printed twice there is a teaser's or a video's under the article."""
    story = " ".join(lines[filled[rank]] for rank in body if rank < below)
    return len(echo_words(head.text) & echo_words(story)) >= _HEAD_WORDS_TOLD


def twice_over_lead(
    candidates: Sequence[Candidate], lines: Sequence[str], filled: list[int], body: list[int]
) -> set[int]:
    """The lines of a head printed twice in a row (its copy the next candidate, on the next
    line with text, both closing alike) right over a paragraph of the story (ranks ``body``),
    or a line longer than a headline (a card's lead cut short), that repeats one of its words,
    when the page prints only one such pair: an article's head
    under a site's lines and their own sentences, a post's title with its card's copy above
    the lead. Two or more such pairs are a listing's teasers; a pair below the paragraphs of a
    story whose own head stands right over them (``is_head_over_lead``, ``tells_story_above``)
    is a teaser's or a video's under the article."""
    paragraphs = set(body)
    at = {candidate.order: candidate for candidate in candidates}
    heads = [candidate for candidate in candidates if is_head_over_lead(candidate)]
    pairs = []
    for candidate in candidates:
        copy = at.get(candidate.order + 1)
        lead = candidate.order + 2
        if (
            copy is not None
            and candidate.key
            and copy.key == candidate.key
            and lines[copy.line].strip()[-1:] == lines[candidate.line].strip()[-1:]
            and not any(candidate.signals.get(name) for name in _NO_TWICE_HEAD)
            and not _holds_stop(candidate.text.strip())
            and (lead in paragraphs or (lead in at and at[lead].signals.get("long")))
            and candidate.order - 1 not in paragraphs  # between two paragraphs: a caption
            and echo_words(candidate.text) & echo_words(lines[filled[lead]])
            and not any(  # under a story with its own head: a teaser
                tells_story_above(head, lines, filled, body, candidate.order) for head in heads
            )
        ):
            pairs.append((candidate.line, copy.line))
    return set(pairs[0]) if len(pairs) == 1 else set()


def is_cut(candidate: Placed, others: Sequence[Placed]) -> bool:
    """Whether the candidate is one of the others cut short with an ellipsis (`is_cut_copy`,
    within ``_CUT_COPY_REACH`` of it); a line printed twice, no copy of its own copy, is compared
    with the whole page: a teaser cut short and printed twice in a box still copies the headline
    printed whole far below it.
    """
    if not ends_with_ellipsis(candidate.text):
        return False
    key = title_key(candidate.text)
    twice = any(o.line != candidate.line and title_key(o.text) == key for o in others)
    reach = None if twice else _CUT_COPY_REACH
    return any(is_cut_copy(candidate, other, reach) for other in others)


def is_cut_copy(candidate: Placed, other: Placed, reach: int | None = _CUT_COPY_REACH) -> bool:
    """Whether the candidate is the other one cut short with an ellipsis, most often with a
    breadcrumb or a section glued on before it ("HomeNewsMayor opens the new…"): the words
    before the ellipsis run on in the other one, another line at most ``reach`` candidates
    away (any, given none), which goes on past them. A headline that ends in an ellipsis of its
    own is no copy of itself, nor of its copy printed again on another line (a page's title over
    its heading, "Last bell rings for the class…" twice).

    >>> from normalize.heads import Candidate
    >>> full = Candidate(4, 2, "Mayor opens the new bridge over the river", "", {})
    >>> cut = Candidate(2, 1, "HomeNewsMayor opens the new bridge over...", "", {})
    >>> is_cut_copy(cut, full), is_cut_copy(full, cut), is_cut_copy(cut, cut)
    (True, False, False)
    >>> again = Candidate(5, 3, "HomeNewsMayor opens the new bridge over...", "", {})
    >>> is_cut_copy(cut, again)
    False
    """
    if other.line == candidate.line or not ends_with_ellipsis(candidate.text):
        return False
    if reach is not None and abs(other.order - candidate.order) > reach:
        return False
    key = title_key(candidate.text)
    if title_key(other.text) == key:
        return False
    words = key.split()[-_CUT_COPY_WORDS - 1 : -1]
    tail = " ".join(words)
    return len(words) == _CUT_COPY_WORDS and f" {tail} " in f" {title_key(other.text)} "


def has_caption_copy(candidate: Placed, lines: Sequence[str]) -> bool:
    """Whether a line just around the candidate is a caption that holds it whole: a photo's
    caption printed twice, once with its credit.

    >>> lines = ["Crews clear the pass road", "Crews clear the pass road. Photo by Lee Min"]
    >>> from normalize.heads import Candidate
    >>> has_caption_copy(Candidate(0, 0, lines[0], title_key(lines[0]), {}), lines)
    True
    """
    nearby = lines[
        max(0, candidate.line - _CAPTION_COPY_LINES) : candidate.line + _CAPTION_COPY_LINES + 1
    ]
    return len(candidate.key) >= _CAPTION_COPY_CHARS and any(
        line != lines[candidate.line] and candidate.key in title_key(line) and is_caption(line)
        for line in nearby
    )


def is_doubled(line: str) -> bool:
    """Whether the line is a text printed twice and glued (a caption and its copy), which
    starts no article.

    >>> is_doubled("Crews clear the pass road on Monday.Crews clear the pass road on Monday.")
    True
    >>> is_doubled("Crews clear the pass road. Crews cleared it last year too.")
    False
    """
    opening = line[:_DOUBLED_OPENING]
    again = line.find(opening, len(opening)) if len(opening) == _DOUBLED_OPENING else -1
    return again > 0 and line[again - 1] in _DOUBLED_AFTER
