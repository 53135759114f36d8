"""What a headline candidate's own line and its neighbours say: the signals the headline chooser
(``normalize.headline``) weighs, each read from the page's lines around the candidate."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from normalize import leads
from normalize.captions import in_present, is_caption
from normalize.cited_titles import is_cited_below
from normalize.decks import mark_decks
from normalize.echo import (
    ECHO_PRIOR_WORDS,
    dateline_nearness,
    has_caption_copy,
    is_cut,
    is_doubled_head,
    repetition,
)
from normalize.foot_heads import is_after_body
from normalize.glued_copies import is_glued_to, joins_its_pieces
from normalize.glued_datelines import headline_part_among
from normalize.glued_decks import headline_words
from normalize.heads import Candidate
from normalize.issue_titles import is_issue_title
from normalize.outlet_lines import holds_address
from normalize.page import echo_words
from normalize.running_text import is_run_together, reads_as_sentence, runs_words_together
from normalize.speeches import names_a_speech
from normalize.standing_titles import (
    is_letter_title,
    is_post_title_under_dateline,
    is_standing_title,
)
from normalize.subjects import in_title_field
from normalize.timestamps import parse_timestamp
from normalize.wire_heads import mark_unechoed_wire_heads
from normalize.wraps import is_in_small_letters

_HEADLINE_WORDS: Final = 20  # a headline's most words (decks and a lead's copies are longer)
# A counter's line sits this many lines with text below the headline it counts, at most.
_ABOVE_ORDERS: Final = 3


def context_signals(
    candidates: list[Candidate],
    lines: Sequence[str],
    filled: list[int],
    body: list[int],
    dated: list[int],
) -> None:
    """What a candidate's neighbours say: its lead (below it, or run on its line: ``glued_lead``)
    repeats its words; it repeats a candidate just above (a deck, a subhead, a headline's second
    copy, the phrase a finished sentence just above cites; not its own copy with machinery glued
    on); how many headline-shaped lines stand between it and the first paragraph; whether it is
    a deck or a headline with one (``mark_decks``). A term of a word or two that its lead opens
    with (a glossary's or a wiki's entry), a blog's post title between a dateline and the first
    paragraph, a title of two words the page opens with right above its story
    (``is_standing_title``) or a letter's greeting (``is_letter_title``, which stands right
    above the letter's text however its greeting reads), or a Korean line on a page that runs
    its words together (``runs_words_together``), is not held short."""
    words = [echo_words(candidate.text) for candidate in candidates]
    run_together = runs_words_together([lines[i] for i in filled])  # no length by spaces
    # a finished sentence holding a candidate whole cites it: it is no copy with machinery on
    cites = [bool(candidate.signals["sentence"]) for candidate in candidates]
    for rank, candidate in enumerate(candidates):
        lead = leads.lead_below(candidate, candidates, body)
        glued = leads.glued_lead(candidate, lines, filled, body)  # its paragraph on its own line
        lead_line = glued or (lines[filled[lead]] if lead is not None else "")
        shared = len(words[rank] & echo_words(lead_line))
        restates = (
            len(words[rank] & words[k]) / min(len(words[rank]), len(words[k]))
            for k, other in enumerate(candidates)
            if 0 < candidate.order - other.order <= 2
            and other.key != candidate.key
            and (cites[k] or not is_glued_to(other, candidate))
            and words[rank]
            and words[k]
        )
        candidate.signals.update(
            lead_echo=shared / (len(words[rank]) + ECHO_PRIOR_WORDS),
            restates_above=max(restates, default=0.0),
            before_lead=leads.lead_nearness(candidate, candidates, body, own_line=bool(glued)),
            address=float(holds_address(candidate.text)),
        )
        under_dateline = is_post_title_under_dateline(candidate, body, dated)
        opens_lead = leads.opens_a_paragraph(candidate, lines, filled, body)
        unspaced = run_together and is_run_together(candidate.text)
        standing = is_standing_title(candidate, lines, filled, body)  # the page opens with it
        letter = is_letter_title(candidate, lines, filled)  # over a letter's greeting
        if letter:  # the greeting opens the letter's text: no head stands between them
            candidate.signals["before_lead"] = 1.0
        standing |= letter
        if candidate.signals["length"] < 0.0 and (
            opens_lead or under_dateline or unspaced or standing
        ):
            candidate.signals["length"] = 0.0
        if (
            candidate.signals["sentence"]
            and not candidate.signals["long"]  # a lead printed twice runs past a headline's words
            and (
                is_doubled_head(candidate, lines, filled, body)
                or is_cited_below(candidate, lines, filled)
            )
        ):
            candidate.signals["sentence"] = 0.0  # a post's title over its copy, or cited
    mark_decks(candidates, set(dated), body[0] if body else len(filled), lines)
    leads.mark_opening_subheads(candidates, lines, filled, body)  # the story began above them
    mark_unechoed_wire_heads(candidates, lines, filled)  # no head of the wire's story


def candidate_signals(
    candidate: Candidate,
    rank: int,
    candidates: list[Candidate],
    lines: Sequence[str],
    filled: list[int],
    dated: list[int],
    body: list[int],
) -> dict[str, float]:
    """What a candidate's place, shape and echo say, each from 0 to 1 (length from -1)."""
    text = candidate.text
    words = headline_words(text, candidate.line, lines, _HEADLINE_WORDS)
    own = headline_part_among(lines, filled, candidate.order)  # not what runs on after a dateline
    states_time = candidate.order in dated and parse_timestamp(text) is not None
    above = [o.text for o in candidates if 0 < candidate.order - o.order <= _ABOVE_ORDERS]
    return {
        "echo": leads.echo_apart(candidate, lines, filled, own, dated if states_time else ()),
        "near_dateline": dateline_nearness(candidate.order, dated),
        "repeated": repetition(candidate, lines, filled),
        "glued": float(
            (
                any(is_glued_to(candidate, other) for other in candidates)
                or is_cut(candidate, candidates)
            )
            and not joins_its_pieces(candidate, candidates)
        ),
        "first": 1 / (1 + rank),
        "length": 1.0 if words >= 4 else -1.0 if words <= 2 else 0.0,
        "long": float(words > _HEADLINE_WORDS),
        "sentence": float(reads_as_sentence(text)),
        "caption": float(is_caption(own) or has_caption_copy(candidate, lines) or in_present(own)),
        "after_body": float(is_after_body(candidate, lines, filled, body, dated)),
        "dated": float(states_time and not is_issue_title(lines[candidate.line])),  # its own day
        "lower_case": float(is_in_small_letters(text, lines[candidate.line], above)),
        "title_field": float(in_title_field(candidate.order, lines, filled, dated)),
        "speech": float(names_a_speech(text)),
    }
