"""A page of teasers: every paragraph of it is cut short by an ellipsis, as a listing, an
archive or a tag's page prints the first lines of each story under its head ("Volunteers are
needed to lead the crafts..."), or cut at one count of characters after a word, no mark at all
closing it, each right under its head ("… after it was"). An article prints its paragraphs
whole, its lead at least. Such a page has no headline of its own: each head on it is one
teaser's.

The headline chooser (``normalize.headline``) reads this as the page's items.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from normalize.chrome import chrome, line_key
from normalize.heads import Candidate
from normalize.leads import LEAD_LINES
from normalize.page import echo_words
from normalize.reading_times import holds_reading_time, is_reading_time
from normalize.running_text import opens_another_sentence, reads_as_sentence
from normalize.title_shapes import ends_sentence, is_body_shaped
from normalize.titles import title_key

# A page of teasers prints this many paragraphs at least, each cut short.
_TEASERS: Final = 2
# Teasers cut at one count of characters: this many at least, each of this many characters at
# least (a line wrapped at a page's width is shorter), none longer than the shortest by more
# than this many.
_CUT_TEASERS: Final = 3
_CUT_CHARS: Final = 100
_CUT_SPREAD: Final = 8
# What closes a paragraph cut short: an ellipsis, maybe in square brackets.
_CUT_MARKS: Final = ("...", "…", "[...]", "[…]")
# A link from a teaser to its story, the story's title maybe beside its label, has this many
# words at most.
_LINK_WORDS: Final = 15
# A teaser cut short: an ellipsis after a word, a space between them or none.
_CUT_SHORT: Final = regex.compile(r"\p{L} ?(?:\.\.\.|…)$")
# A sentence's opening cut short keeps this many words at least before its last one, which the
# cut may have split.
_OPENING_WORDS: Final = 3
# A page's first big line, its headline's place, has this many words at least.
_BIG_LINE_WORDS: Final = 4


def cut_teaser_items(candidates: Sequence[Candidate], texts: Sequence[str]) -> set[int]:
    """The lines of every candidate when every paragraph of the page (a line of ``texts``, its
    lines with text, of a paragraph's shape: ``is_body_shaped``), two at least, closes with an
    ellipsis.

    >>> texts = ["Camp returns in July",
    ...          "Our summer camp returns this July for children who have finished school...",
    ...          "Choir needs new voices",
    ...          "The parish choir is looking for new voices for the autumn and the carols..."]
    >>> heads = [Candidate(order, order, texts[order], "", {}) for order in (0, 2)]
    >>> sorted(cut_teaser_items(heads, texts))
    [0, 2]
    >>> cut_teaser_items(heads, [*texts[:3], "The parish choir needs new voices this autumn."])
    set()
    """
    teasers = _cuts_every_paragraph(texts) or _cut_at_one_length(candidates, texts)
    return {candidate.line for candidate in candidates} if teasers else set()


def other_story_head(
    candidates: Sequence[Candidate], texts: Sequence[str], body: Sequence[int]
) -> set[int]:
    """The line of the first candidate when the line with text right under it is a teaser, a
    paragraph (``is_body_shaped``) cut short by an ellipsis after a word, and the paragraphs
    below it (ranks among ``texts`` in ``body``) up to ``LEAD_LINES`` lines with text below the
    head, where an article's lead stands, ``_TEASERS`` at least, share no word (``echo_words``)
    with the head or its teaser: another story's teaser atop an article that prints no headline
    of its own.

    >>> texts = ["Mira Holt: Should the ferry run all winter?",
    ...          "Mira Holt says the island's winter timetable leaves riders stranded on the ...",
    ...          "A barn fire on Quarry Road destroyed two tractors on Sunday night.",
    ...          "Firefighters from Eastvale kept the flames from the farmhouse."]
    >>> head = Candidate(0, 0, texts[0], "", {})
    >>> other_story_head([head], texts, [2, 3])
    {0}
    >>> texts[3] = "The barn held hay for the ferry's winter run."
    >>> other_story_head([head], texts, [2, 3])
    set()

    A teaser's card may print the story's reading time under its head in the teaser's place,
    when the article's own reading time stands below it, over the article's paragraphs:

    >>> texts = ["Should the ferry run all winter?", "3 min read", "2 min read By Ana Ruiz",
    ...          "A barn fire on Quarry Road destroyed two tractors on Sunday night.",
    ...          "Firefighters from Eastvale kept the flames from the farmhouse."]
    >>> other_story_head([head._replace(text=texts[0])], texts, [3, 4])
    {0}
    >>> other_story_head([head._replace(text=texts[0])], texts[:1] + texts[2:], [2, 3])
    set()
    """
    if not candidates:
        return set()
    head = candidates[0]
    teaser = texts[head.order + 1] if head.order + 1 < len(texts) else ""
    below = [rank for rank in body if head.order + 1 < rank <= head.order + LEAD_LINES]
    if len(below) < _TEASERS:
        return set()
    cut = is_cut_teaser(teaser)
    if not (cut or _times_another_story(teaser, texts[head.order + 2 : below[0]])):
        return set()
    words = echo_words(head.text) | (echo_words(teaser) if cut else set())
    return set() if any(echo_words(texts[rank]) & words for rank in below) else {head.line}


def _times_another_story(stamp: str, between: Sequence[str]) -> bool:
    """Whether a line is a story's reading time alone ("3 mins read") and one of the lines
    ``between`` it and the article's first paragraph prints another reading time (the article's
    own, on its byline's line): the first is a teaser's card's, the story it times not the
    article below."""
    return is_reading_time(stamp) and any(holds_reading_time(line) for line in between)


def is_cut_teaser(text: str) -> bool:
    """Whether a line is a teaser cut short: a paragraph's shape (``is_body_shaped``) closed by
    an ellipsis after a word, a space between them or none.

    >>> is_cut_teaser("Two people were hurt when a van overturned near the toll plaza on the …")
    True
    >>> is_cut_teaser("Two people were hurt when a van overturned near the toll plaza on Sunday.")
    False
    """
    return is_body_shaped(text) and _CUT_SHORT.search(text.rstrip()) is not None


def cut_sentence_openings(candidates: Sequence[Candidate]) -> set[int]:
    """The lines of candidates cut short by an ellipsis after a word whose words before their
    last one, ``_OPENING_WORDS`` at least, open another candidate that goes on past them and
    reads as a sentence (``reads_as_sentence``): a caption's or a lead's opening printed as a
    teaser or as a page's cut title, over that caption or lead printed whole, no headline;
    the page's headline cut short over its lead (``cut_headline``) among them.

    >>> whole = "Crews cleared the pass road on Monday after two days of snow."
    >>> texts = ["Snow closes the pass road", "Crews cleared the pass road on...", whole]
    >>> heads = [Candidate(k, k, text, title_key(text), {}) for k, text in enumerate(texts)]
    >>> cut_sentence_openings(heads)
    {1}
    >>> heads[2] = Candidate(2, 2, "Crews cleared the pass road on Monday", "", {})
    >>> cut_sentence_openings(heads)
    set()
    """
    wholes = [
        title_key(candidate.text).split()
        for candidate in candidates
        if reads_as_sentence(candidate.text)
    ]
    cut = set()
    for candidate in candidates:
        if _CUT_SHORT.search(candidate.text.rstrip()) is None:
            continue
        opening = title_key(candidate.text).split()[:-1]
        if len(opening) >= _OPENING_WORDS and any(
            len(words) > len(opening) + 1 and words[: len(opening)] == opening for words in wholes
        ):
            cut.add(candidate.line)
    return cut


def cut_headline(candidates: Sequence[Candidate], openings: set[int]) -> int | None:
    """The line of the page's headline cut short over the lead that tells it whole, one of the
    ``openings`` (``cut_sentence_openings``) and the only one: the page's first big line
    (``_BIG_LINE_WORDS`` words or more), printed once and holding no sentence closed before the
    cut; its ellipsis closes no sentence. Two such openings are teasers, neither the page's.
    None when the page has no such line.

    >>> whole = "Crews cleared the pass road on Monday after two days of snow."
    >>> texts = ["Pass road", "Crews cleared the pass road on...", whole]
    >>> heads = [Candidate(k, k, text, title_key(text), {}) for k, text in enumerate(texts)]
    >>> cut_headline(heads, cut_sentence_openings(heads))
    1
    >>> cut_headline([heads[2], *heads[:2]], {1}) is None  # not the page's first big line
    True
    >>> cut_headline(heads, {1, 4}) is None  # a teaser's over another teaser
    True
    """
    big = next((c for c in candidates if len(c.text.split()) >= _BIG_LINE_WORDS), None)
    if (
        big is None
        or openings != {big.line}
        or opens_another_sentence(big.text)
        or any(other.key == big.key for other in candidates if other is not big)
    ):
        return None
    return big.line


def _cuts_every_paragraph(texts: Sequence[str]) -> bool:
    """Whether every paragraph of the page, two at least, closes with an ellipsis (``_ends_cut``)
    or is cut short before a link to the story glued after it (``_before_more_link``: an
    ellipsis or no sentence's end before it); or the one paragraph of the page is, closed by
    such a link glued on or on the next line with text (``is_more_link``): a listing's one
    teaser. The first paragraph printed whole ends the search."""
    cut = 0
    linked = False
    last = -1
    for rank, text in enumerate(texts):
        if not is_body_shaped(text):
            continue
        glued = _before_more_link(text)  # a link glued on, after a cut or no sentence's end
        cut_short = _ends_cut(text if glued is None else glued)
        if not (cut_short or (glued is not None and not ends_sentence(glued))):
            return False
        linked |= glued is not None
        cut += 1
        last = rank
    if cut >= _TEASERS:
        return True
    below = texts[last + 1] if cut and last + 1 < len(texts) else ""
    return cut == 1 and (linked or is_more_link(below))


def _ends_cut(text: str) -> bool:
    """Whether a paragraph closes with an ellipsis, maybe in square brackets ("[…]").

    >>> _ends_cut("The crane lands on [...]"), _ends_cut("The crane lands on Monday.")
    (True, False)
    """
    return text.rstrip().endswith(_CUT_MARKS)


def _before_more_link(text: str) -> str | None:
    """What a paragraph says before a link to the story glued after it, the link's label
    capitalised as a link's is ("… you can … Continue reading"), else None: "… и так далее."
    closes a sentence with the label's word in small letters.

    >>> _before_more_link("The barge lands on Monday and … Continue reading")
    'The barge lands on Monday and …'
    >>> _before_more_link("Работы продлятся до осени и так далее.") is None
    True
    """
    words = text.split()
    for label in chrome().more_links:
        size = len(label.split())
        tail = words[-size:]
        if len(words) > size and tail[0][:1].isupper() and line_key(" ".join(tail)) == label:
            return " ".join(words[:-size])
    return None


def is_more_link(line: str) -> bool:
    """Whether the line is a link from a teaser to its story: a short line (``_LINK_WORDS``
    words at most) opening or closing with a link's label (``more_links`` in the chrome
    facts), the story's title maybe beside it ("Continue reading "…"", "… Read More »").

    >>> is_more_link("Далее"), is_more_link("Ferry fares rise Read More »")
    (True, True)
    >>> is_more_link("Readers asked us to read more of the letters aloud")
    False
    """
    key = line_key(line)
    if len(key.split()) > _LINK_WORDS:
        return False
    return any(
        key == label or key.startswith(f"{label} ") or key.endswith(f" {label}")
        for label in chrome().more_links
    )


def _cut_at_one_length(candidates: Sequence[Candidate], texts: Sequence[str]) -> bool:
    """Whether the page's teasers are cut at one count of characters: lines of ``texts`` of
    ``_CUT_CHARS`` characters or more that close with a letter (a word cut off, no mark after
    it), each right under a shorter candidate's line (its head), ``_CUT_TEASERS`` of them at
    least, their lengths ``_CUT_SPREAD`` characters apart at most, and no paragraph printed
    whole (``is_body_shaped``) above the last of them.

    >>> texts = ["Quota ruling delayed", "The harbour board has again delayed its ruling on the "
    ...          "winter quota for the fishing boats, and the skippers", "Pier cafe to reopen",
    ...          "The cafe at the end of the pier will reopen in May under new owners, the council "
    ...          "said, and its terrace", "Ferry fares rise", "Fares on the island ferry will "
    ...          "rise by five per cent from April, the operator said on Monday, blaming the"]
    >>> heads = [Candidate(order, order, texts[order], "", {}) for order in (0, 2, 4)]
    >>> _cut_at_one_length(heads, texts), _cut_at_one_length(heads[:2], texts)
    (True, False)
    >>> whole = "The harbour board met on Monday. It delayed its ruling on the quota again."
    >>> _cut_at_one_length([head._replace(order=head.order + 1) for head in heads], [whole, *texts])
    False
    """
    lengths = []
    last = 0
    for order in (candidate.order + 1 for candidate in candidates):  # the line under each head
        text = texts[order].rstrip() if order < len(texts) else ""
        cut = len(text) >= _CUT_CHARS and text[-1:].isalpha()
        if cut and len(texts[order - 1].rstrip()) < len(text):
            lengths.append(len(text))
            last = max(last, order)
    if len(lengths) < _CUT_TEASERS or max(lengths) - min(lengths) > _CUT_SPREAD:
        return False
    return not any(is_body_shaped(text) for text in texts[:last])
