"""Short titles a page sets by their place rather than their shape: a post's title right
between its day and its text, a title of two words the page opens with right over its story,
and one over a letter's greeting.

The headline chooser (``normalize.headline``) reads these, through ``normalize.leads``, before
it holds such a line against a longer candidate.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Final

from normalize.boilerplate import is_about
from normalize.chrome import is_view_label
from normalize.heads import Candidate
from normalize.letters import names_a_letter
from normalize.page import echo_words
from normalize.running_text import holds_sentences

# A standing title the page opens with, a short headline right over its story, has this many
# words (a lone word there is a label: "Photo", "Коротко").
_STANDING_TITLE_WORDS: Final = 2
# A letter's greeting right under its title has this many words at most, closed by an
# exclamation mark or a comma ("Dear parents,", "Уважаемые жители!").
_GREETING_WORDS: Final = 4
_GREETING_CLOSES: Final = ("!", ",")
# A letter's page holds its title, its greeting and its text at least.
_LETTER_LINES: Final = 3

# The marks a title may close with and a name never does: "Storm Warning!!", "Snow Again?".
_CALL_MARKS: Final = ("!", "?")


def is_post_title_under_dateline(
    candidate: Candidate, body: list[int], dated: Collection[int]
) -> bool:
    """Whether a candidate stands right between a dateline and the first paragraph, as a blog's
    post title does under its day. A name there (every word capitalised) that the text below
    never repeats is the writer's or the agency's, no title: "Dana Whitfield", "NURI"; a name
    closes with no exclamation or question mark ("Storm Warning!!" is a title).

    >>> post = Candidate(1, 1, "Snow day", "snow day", {"echo": 0.0})
    >>> is_post_title_under_dateline(post, [2], [0])
    True
    >>> name = Candidate(1, 1, "Dana Whitfield", "dana whitfield", {"echo": 0.0})
    >>> is_post_title_under_dateline(name, [2], [0])
    False
    >>> call = Candidate(1, 1, "Storm Warning!!", "storm warning", {"echo": 0.0})
    >>> is_post_title_under_dateline(call, [2], [0])
    True
    """
    if not (body and body[0] == candidate.order + 1 and candidate.order - 1 in dated):
        return False
    named = all(word[:1].isupper() for word in candidate.text.split())
    named = named and not candidate.text.endswith(_CALL_MARKS)
    return candidate.signals["echo"] > 0.0 or not named


def is_standing_title(
    candidate: Candidate, lines: Sequence[str], filled: list[int], body: list[int]
) -> bool:
    """Whether the candidate is a title of two words that the page opens with, right above the
    article's first paragraph of two sentences or more (``holds_sentences``): a short headline
    over its story. A site's label of what a page is about ("About us") is none, nor is a
    platform's label of the post it shows ("Blogspace View", ``is_view_label``) whose name the
    paragraph does not echo ("Ocean View" over a story of flats above the ocean stays a title).
    ``filled`` are the places of the page's lines with text, ``body`` the ranks among them of
    its paragraphs.

    >>> lines = ["Thaw cancelled", "The frost eases at last. Yet no warmth is due this week."]
    >>> head = Candidate(0, 0, lines[0], "thaw cancelled", {})
    >>> is_standing_title(head, lines, [0, 1], [1])
    True
    >>> about = Candidate(0, 0, "About us", "about us", {})
    >>> is_standing_title(about, ["About us", lines[1]], [0, 1], [1])
    False
    >>> lead = "Twelve flats look over the ocean now. Half of them are sold."
    >>> [is_standing_title(Candidate(0, 0, text, "", {}), [text, lead], [0, 1], [1])
    ...  for text in ("Blogspace View", "Ocean View")]
    [False, True]
    """
    return (
        candidate.order == 0
        and body[:1] == [1]
        and len(candidate.text.split()) == _STANDING_TITLE_WORDS
        and holds_sentences(lines[filled[1]])
        and not is_about(candidate.text)
        and not (
            is_view_label(candidate.text)
            and not echo_words(candidate.text.split()[0]) & echo_words(lines[filled[1]])
        )
    )


def is_letter_title(candidate: Candidate, lines: Sequence[str], filled: list[int]) -> bool:
    """Whether the candidate is a title of two words that the page opens with, one of them a
    letter's name for what it is (``names_a_letter``: "letter", "письмо", "서한"), right above a
    letter's greeting (``_GREETING_WORDS`` words at most, closed by an exclamation mark or a
    comma) with the letter's text below it: a short headline over a letter, whose lines may be
    wrapped mid-sentence so that no paragraph of sentences follows. A site's or a church's name
    over the greeting ("Trinity Parish" over "Dear friends,") names no letter and is none, nor
    is a site's label of what a page is about ("About us"). ``filled`` are the places of the
    page's lines with text.

    >>> lines = ["Head's letter", "Dear parents,", "The new term opens on the third and"]
    >>> is_letter_title(Candidate(0, 0, lines[0], "", {}), lines, [0, 1, 2])
    True
    >>> is_letter_title(Candidate(0, 0, "Trinity Parish", "", {}), lines, [0, 1, 2])
    False
    >>> lines[1] = "Term opens on Monday."
    >>> is_letter_title(Candidate(0, 0, lines[0], "", {}), lines, [0, 1, 2])
    False
    """
    if candidate.order != 0 or len(filled) < _LETTER_LINES:
        return False
    greeting = lines[filled[1]].strip()
    return (
        len(candidate.text.split()) == _STANDING_TITLE_WORDS
        and greeting.endswith(_GREETING_CLOSES)
        and len(greeting.split()) <= _GREETING_WORDS
        and names_a_letter(candidate.text)
        and not is_about(candidate.text)
    )
