"""The headline a person would pick from a scraped page, on sites never seen before.

Every line that is not page machinery is a candidate, once what a page prints around a
headline is cut off (breadcrumbs, a clock time, a bullet, flags, the outlet's name). A
candidate is weighed by signals that hold on any site rather than by one site's phrases:

- the lead echoes the headline's words (a menu label or a widget's sentence echoes nothing);
- a headline sits next to the article's dateline or byline;
- the page prints its headline more than once (a title copy, a breadcrumb, a share box);
- it comes early, has the length of a headline, and is not a finished sentence or a caption;
- on a listing, a feed or a live page, many lines look like headlines and none stands out.

The best candidate is the headline when its score passes a threshold; else none, not a teaser.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Final, NamedTuple

from normalize import cut_teasers, glued_labels, labels, leads, section_names, tag_pages, titles
from normalize.alt_titles import AltTitle, variants
from normalize.boilerplate import line_kind
from normalize.candidate_signals import candidate_signals, context_signals
from normalize.capital_heads import is_joined_below, with_capitals_below
from normalize.caption_tracks import caption_cues, transcript_marks
from normalize.captions import closes_with_credit
from normalize.closed_units import closed_unit_heads
from normalize.confidence import title_probability
from normalize.corners import (
    corner_name,
    corner_title,
    flagged_line,
    framed_kickers,
    is_flagged_word,
)
from normalize.credit_lines import (
    closes_with_labelled_credit,
    closes_with_slashed_credit,
    is_bare_credit,
    is_bracketed_credit,
    is_courtesy_credit,
)
from normalize.date_headers import mark_post_title
from normalize.dated_heads import dated_heads
from normalize.decks import hash_deck_lines
from normalize.description_runs import is_description_run
from normalize.digests import contents_items, digest_items, is_long_digest, question_items
from normalize.echo import (
    is_cut,
    twice_over_lead,
)
from normalize.feeds import feed_shapes
from normalize.field_runs import with_field_run_on
from normalize.fixed_widgets import is_fixed_widget
from normalize.form_labels import form_labels
from normalize.glued_datelines import echoed_after_meta_date, headline_part
from normalize.heads import Candidate, feed_items, is_listing, timed_entries
from normalize.injected_keywords import keyword_lines
from normalize.issue_titles import is_issue_title, is_issue_title_line
from normalize.labelled_items import labelled_items
from normalize.labels import is_widget_text, weather_times
from normalize.languages import detect_language
from normalize.later_stories import later_story_heads
from normalize.listing_units import bare_units, dated_units, restamped_posts
from normalize.live_pages import is_live_page
from normalize.lost_heads import headless_points
from normalize.notices import notification_boxes, prompt_boxes, without_notice
from normalize.numbered import contents_lines, in_numbered_list, numbered_heads
from normalize.options import TITLE_THRESHOLD
from normalize.outlet_lines import is_outlet_line
from normalize.posts import signs_a_post
from normalize.quoted_heads import with_quotation_below
from normalize.reading_times import after_reading_time
from normalize.record_fields import label_values, repeated_fields, table_body
from normalize.results_pages import results_below, results_label
from normalize.roundups import roundup_heads
from normalize.running_text import (
    shouted_sentences,
)
from normalize.runs import run_items
from normalize.section_names import last_crumbs, mark_labels, names_a_series, series_names
from normalize.senders import sender_blocks
from normalize.signal_weights import WEIGHTS
from normalize.signed_posts import mark_post_label
from normalize.split_paragraphs import split_paragraphs
from normalize.stamped_items import stamped_items
from normalize.subjects import fills_title_field, is_field_title, mark_titled_items
from normalize.summary_labels import opens_with_summary_label
from normalize.timed_titles import mark_timed_title
from normalize.timestamps.periods import is_day_range
from normalize.title_shapes import is_body_shaped, is_headline_shaped
from normalize.trims import in_mixed_case, trimmed
from normalize.turns import speaker_turns
from normalize.updated_heads import updated_head
from normalize.wraps import cut_off_copy, split_openings, wrapped_pieces

# The candidates are the first ones of a page, so that the work stays linear in its length;
# a list's middle items, never the headline, count apart, up to a larger bound.
_MAX_CANDIDATES: Final = 40
_MAX_LISTED: Final = 160
# Machinery that may be a headline the rules mistook; other kinds never are.
_SOFT_MACHINERY: Final = frozenset({"widget", "section", "site"})


class Headline(NamedTuple):
    """The headline of a page, how sure the choice is, and the lines it was read from."""

    title: str | None
    lang: str
    alt_titles: list[AltTitle]
    lines: set[int]  # the headline's line, its copies and its variants
    score: float  # the probability the choice is right, 0.0 when there is no headline
    line: int | None = None  # the line the headline was read from

    @classmethod
    def none(cls) -> Headline:
        """No headline: a page without one (the core's ``Headline::none``)."""
        return cls(None, "und", [], set(), 0.0)


def extract_headline(
    lines: Sequence[str],
    machinery: Mapping[int, str],
    skip: Collection[int],
    dated: Collection[int],
    *,
    threshold: float = TITLE_THRESHOLD,
    weights: Mapping[str, float] = WEIGHTS,
) -> Headline:
    """Pick the headline of a page, as a reader would.

    ``machinery`` holds the kinds of the page's machinery lines (a widget, a section label or an
    outlet's name may be a headline the rules mistook; a related story, a byline, a copyright line
    never); ``skip`` lines that are no headline; ``dated`` those of its datelines and bylines.
    Copies of the headline are used; those in another language near it, ``alt_titles``.

    >>> page = ["Connect with us", "News", "Leaders meet in Beijing", "May 17, 2024",
    ...         "The leaders of China and Russia met in Beijing on Thursday."]
    >>> headline = extract_headline(page, {0: "widget", 1: "section"}, set(), {3})
    >>> headline.title, headline.lines, headline.score > 0.9
    ('Leaders meet in Beijing', {2}, True)
    """
    candidates = weigh_candidates(lines, machinery, skip, dated)
    scores = [score(candidate.signals, weights) for candidate in candidates]
    best = max(range(len(candidates)), key=lambda k: (scores[k], -k), default=None)
    if best is None or scores[best] < threshold:
        return Headline.none()
    chosen = in_mixed_case(candidates[best], candidates)
    if not is_joined_below(chosen.text, chosen.line, lines):  # its second piece is no copy
        chosen = chosen._replace(text=trimmed(chosen.text, chosen.line, lines))
    # a title field's value running on to the line below it
    chosen = chosen._replace(text=with_field_run_on(lines, chosen.line, chosen.text))
    lang = detect_language(chosen.text)
    alt_titles, used = variants(chosen, lang, candidates)
    probability = title_probability(scores[best])
    return Headline(chosen.text, lang, alt_titles, used, probability, chosen.line)


def score(signals: Mapping[str, float], weights: Mapping[str, float] = WEIGHTS) -> float:
    """A candidate's log-odds of being the headline: the weighted sum of its signals.

    >>> score({"echo": 0.5, "first": 1.0}, {"bias": -1.0, "echo": 4.0, "first": 1.0})
    2.0
    """
    return weights["bias"] + sum(weights[name] * value for name, value in signals.items())


def weigh_candidates(
    lines: Sequence[str],
    machinery: Mapping[int, str],
    skip: Collection[int],
    dated: Collection[int],
) -> list[Candidate]:
    """Every line with a headline in it, that headline cut out, and the signals it gives."""
    filled = [index for index, line in enumerate(lines) if line]
    order = {index: rank for rank, index in enumerate(filled)}
    texts = [lines[i] for i in filled]
    # a headline glued after a scraper's meta date, which its lead echoes: no dateline's line
    skip = {i for i in skip if i not in order or not echoed_after_meta_date(texts, order[i])}
    # a short headline with its update note glued on in brackets, the note most of its line
    skip = {i for i in skip if i not in order or not updated_head(lines[i])}
    # an issue's title, its name and its day, in the headline's place: no dateline's line
    skip = {i for i in skip if i not in order or not is_issue_title_line(texts, order[i])}
    skip |= {i for i, kind in machinery.items() if kind not in _SOFT_MACHINERY}
    skip |= {i for i, kind in machinery.items() if kind == "widget" and is_fixed_widget(lines[i])}
    skip |= {filled[rank] for rank in prompt_boxes(texts)}  # a prompt box: the site's, no story's
    skip |= {filled[rank] for rank in notification_boxes(texts)}  # a notice under its close label
    skip |= {filled[rank] for rank in contents_lines(texts)}  # a table of contents' lines
    skip |= sender_blocks(lines)  # a memo's sender and address
    skip |= keyword_lines(lines)  # a spam copy's keyword, injected into the story's paragraphs
    skip |= hash_deck_lines(
        lines, filled, dated
    )  # a deck under hash marks: the page opens below a head
    apart = {*skip, *machinery}  # no piece of a headline in capitals over two lines
    dated_ranks = {order[i] for i in dated if i in order}
    found: list[Candidate] = []
    listed = 0  # the candidates on a list's middle item
    joined = -1  # the last line an interview's speaker took its quotation from
    for index, rank in order.items():
        # the text before a dateline glued on, or the line when it is not too long
        if index in skip or not (line := headline_part(texts, rank)) or closes_with_credit(line):
            continue
        if closes_with_labelled_credit(line) or is_bare_credit(line) or is_bracketed_credit(line):
            continue  # a caption's credit
        if closes_with_slashed_credit(line):
            continue  # a caption closed by its credit after a slash
        if opens_with_summary_label(texts[rank]):
            continue  # the story's summary under its label
        if rank <= joined:
            continue
        if len(found) - listed == _MAX_CANDIDATES or listed == _MAX_LISTED:
            break
        line, taken = with_quotation_below(texts, rank, line)  # a speaker over their words
        if not taken and line == texts[rank]:  # a headline in capitals over two lines
            line, taken = with_capitals_below(lines, filled, rank, apart)
        joined = rank + taken
        titled = corner_title(line) or line  # the title after a corner's label and a slash
        text = titles.cut_headline(glued_labels.without_printed_labels(titled, texts, rank))
        if text and text != line and line_kind(text) == "byline":
            continue  # a byline once what was glued to it is cut off ("By Ana Ruiz </p><p>…")
        if (rest := after_reading_time(text)) is not None and line_kind(rest) == "byline":
            continue  # a byline after its story's reading time ("2 mins readBy: Ana Ruiz")
        if text and is_courtesy_credit(text):
            continue  # a work's credit: "Video courtesy of the Harbour Trust"
        text = text or corner_name(texts, rank)  # a corner's name printed alone in brackets
        short = is_flagged_word(texts[rank], text) or is_field_title(line, text)  # a label's word
        short = short or is_issue_title(texts[rank])  # its day's figures no score's
        short = short or section_names.is_board_post_title(texts, rank, dated_ranks)  # its place
        # a range of days alone is an event's run ("3 апреля – 14 апреля"), no headline
        if text and (is_headline_shaped(text) or short) and not is_day_range(text):
            found.append(Candidate(index, rank, text, titles.title_key(text), {}))
            listed += section_names.is_middle_item(texts, rank)
    crumbs = last_crumbs(found, texts) | framed_kickers(found, lines)  # "[ kicker ]" over a head
    series = series_names(texts)  # names printed in brackets on another line: no headline
    crumbs |= {filled[at] for at in section_names.capital_menu(texts)}  # a menu's items in capitals
    crumbs |= section_names.board_names(found, texts, dated_ranks)  # a board's name over its trail
    # a series' name printed in brackets on another line, unless a title field's label says it
    # is the title
    found = [
        c
        for c in found
        if c.line not in crumbs
        and not (names_a_series(c, series) and not fills_title_field(texts[c.order]))
    ]
    # a copy cut short is no paragraph, however long
    cut = {c.line for c in found if is_cut(c, found)}
    body = [
        order[i]
        for i in filled
        if i not in skip
        and i not in machinery
        and i not in cut
        and is_body_shaped(lines[i])
        and not closes_with_labelled_credit(lines[i])  # a caption, no paragraph of the story
        and not labels.is_run_together(lines[i])
        and not is_description_run(lines[i])  # an icon set's descriptions run together
        and not in_numbered_list(texts, order[i])
    ]
    body = without_notice(body, found, texts)  # a site's notice is no paragraph
    dated_order = sorted(order[i] for i in dated if i in order and not signs_a_post(lines[i]))
    widget_times = weather_times(lines, dated)  # a weather widget's time or "now" heading
    flagged = flagged_line(found, lines, filled)  # a headline's flag, the page's only one
    for rank, candidate in enumerate(found):
        candidate.signals.update(
            signals := candidate_signals(candidate, rank, found, lines, filled, dated_order, body),
            flagged=float(candidate.line == flagged),
            machinery=float(
                (
                    machinery.get(candidate.line) in ("widget", "section")
                    and not section_names.ends_a_trail(candidate.text, lines[candidate.line])
                )
                or is_widget_text(lines[candidate.line], candidate.text, signals["echo"])
                or candidate.line in widget_times
            ),
            site=float(is_outlet_line(candidate, lines, filled, body, machinery)),
        )
    # a piece of a wrapped sentence, a line split in two, a sentence of a page in capitals
    cut_off = cut_off_copy(lines)  # the page's text cut short in a paragraph's copy
    pieces = [*wrapped_pieces(found, lines), *split_openings(found, lines)]
    pieces += split_paragraphs(found, lines)  # a paragraph's opening split off its rest
    pieces += [candidate for candidate in found if candidate.line == cut_off]
    openings = cut_teasers.cut_sentence_openings(found)  # a caption's or a lead's opening, cut
    cut_head = cut_teasers.cut_headline(found, openings)  # but the headline cut short over its lead
    for candidate in found:
        if candidate.line == cut_head:  # its ellipsis is a cut, no sentence's close
            candidate.signals["sentence"] = 0.0
        if corner_title(lines[candidate.line]):  # its label says it is a title, however it ends
            candidate.signals["sentence"] = 0.0
    for candidate in pieces + shouted_sentences(found, texts):
        candidate.signals["sentence"] = 1.0
    context_signals(found, lines, filled, body, dated_order)
    leads.silence_first_paragraph_echo(found, body, dated_order)  # its story is no lead of its own
    kept = [order[i] for i in machinery if i in order]  # machinery's places among texts
    # a feed's heads, each at one step from its own date or a line printed by each; heads of
    # units each closed by one line
    items = feed_items(found, dated_order, texts, kept) | closed_unit_heads(found, texts, kept)
    stamped = stamped_items(found, texts)  # heads each with their own time
    items |= timed_entries(found, texts) | feed_shapes(found, texts, body) | stamped
    items |= dated_units(found, texts, set(dated_order), body) | roundup_heads(found, texts)
    items |= bare_units(found, texts, body)  # heads each right above one teaser, no echo
    items |= restamped_posts(found, lines, machinery)  # posts each under the same stamp
    items |= dated_heads(found, set(dated_order))  # a box of heads, each with its own date
    digest = digest_items(found, texts, body)  # its items, though a headline may stand above them
    listed = bool(items) and not is_live_page(found, items, texts, body)  # entries under a head
    searched = results_label(texts)  # a search page lists what it found below its label
    heads = is_listing(found, bulleted := section_names.bullet_items(found, texts))  # no items
    teasers = cut_teasers.cut_teaser_items(found, texts)  # teasers each cut: a listing's heads
    listing = float(
        heads or listed or bool(teasers) or is_long_digest(digest) or searched is not None
    )
    items |= digest | labelled_items(found, texts) | repeated_fields(lines)  # a label opens each
    items |= label_values(lines)  # a report's values, each under its label
    items |= form_labels(found, texts)  # a form's labels, printed empty
    items |= speaker_turns(lines) | caption_cues(lines) | transcript_marks(lines)  # said lines
    items |= run_items(found) | numbered_heads(found, texts) | table_body(lines)
    items -= leads.lone_lead(found, items - stamped, texts)  # a box's headline
    items |= question_items(found, texts)  # questions each over their answer, no box's head
    items |= contents_items(found, body)  # a page's contents under its title: no listing
    items |= results_below(found, searched, body)  # a search's results, none of them a headline
    items |= tag_pages.tag_page_items(found, texts)  # a tag page's stories, none the page's own
    items |= teasers  # none the page's headline
    items |= headless_points(found, lines)  # a summary's points under a lost headline
    items |= cut_teasers.other_story_head(found, texts, body)  # another story's teaser on top
    items |= later_story_heads(found, texts, body)  # a later story's, the first one's lost
    items |= openings - {cut_head}  # a cut opening is no headline, but the page's own
    items |= tag_pages.topic_name(found, items, texts)  # a topic's name over its stories
    for candidate in found:
        candidate.signals.update(listing=listing, feed_item=float(candidate.line in items))
    mark_titled_items(found, texts)  # a digest's items, each under its own title's label
    mark_labels(found, texts, bulleted)  # a section's name above its stories, a list's items
    mark_post_title(found, texts, dated_order)  # a post's title under a blog's date header
    mark_timed_title(found, texts, dated_order)  # a title whose day and clock its dateline prints
    mark_post_label(found, dated_order)  # a blog's category over a signed post's title
    doubled = twice_over_lead(found, lines, filled, body)  # a head printed twice over its lead
    for candidate in found:
        if candidate.line in doubled:  # no sentence's close, no head below the story
            candidate.signals.update(after_body=0.0, sentence=0.0)
        candidate.signals["twice_over_lead"] = float(candidate.line in doubled)
    return found
