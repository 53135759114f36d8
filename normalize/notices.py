"""A site's notice printed above an article: one short sentence that reads as a paragraph
but is not the article's start.

Pages may open with a line addressed to their reader (the site is under repair, the archive
being browsed, how to use a board) above the article's headline. Read as the article's first
paragraph, it makes the headline look as if it stood below the text. Such a notice is short
and shares no word with the paragraph under the headline, which echoes the headline.

A preview is the other such line: the article's own first paragraph printed above it once
more (a page's description, a teaser above the sign-up prompts), which the page prints again
where the article starts, under its headline.

A box of notices addressed to the reader (a payment that failed, a subscription about to end,
alerts to turn on) may stand above the headline too, each notice a sentence or two longer than
a short notice: none shares a word with the article's lead, the paragraph under the headline,
and English speaks to its reader as "you". Russian does not tell such a box so ("вы" is how an
interviewer speaks to the person interviewed, under the headline), nor Korean, which leaves
the reader unnamed.

A prompt box is the site's too: a head, a notice addressed to the reader right below it, and a
button right below that which repeats the head's first word, its verb ("Follow the Harbour
Post on Telegram" / "Get every story on your phone." / "Follow now"). Its head is no headline
and its notice no paragraph of the article.

A notification box is the site's as well: a close button's label naming the box it closes on a
line of its own ("Close notification", "Dismiss alert"), then the notice, a head over its one
sentence or that sentence alone ("Winter opening hours" / "Our offices close early over the
holidays."). A close mark alone ("X") closes a pop-up the scraper lost, above the headline.

A teaser of another story may stand above the article too: a paragraph or two under its own
head, the last one cut short by an ellipsis, then a "read more" link; the article's headline
below the link is echoed by the paragraph under it.

A box the page prints twice in a row (a quotation of the day, a caption and its copy) is not
the article's start either: the article's paragraphs are printed once where it starts; nor is
the one sentence right below a quotation printed so, its speaker's name and office. Nor is
a line that opens with the headline, printed whole on a line of its own below it, and runs on
into the lead: a scraper glued the page's head and its description into one line.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from normalize.chrome import is_close_label
from normalize.heads import Candidate
from normalize.leads import LEAD_LINES
from normalize.page import echo_words
from normalize.running_text import opens_another_sentence, reads_as_sentence
from normalize.titles import title_key

# A headline glued to the lead on the line above its own copy has this many words or more: a
# shorter line opening a paragraph is a label's or a name's as often as a headline's.
_GLUED_HEAD_WORDS: Final = 3
# A teaser's paragraphs above a "read more" link: this many at most, the last one cut short, a
# word broken off by an ellipsis.
_TEASER_PARAGRAPHS: Final = 3
# A "read more" link has this many words at most, and no number (a date, a count).
_LINK_WORDS: Final = 3
_CUT_SHORT: Final = regex.compile(r"\p{L}(?:\.\.\.|…)$")
# A number in a line: a date's or a count's, which no "read more" link has.
_DIGIT: Final = regex.compile(r"\d")
# A notice is one short sentence or two; a lead paragraph is longer.
_NOTICE_WORDS: Final = 10
# A notice addressed to the reader has this many words at most: a sentence or two, not a lead.
_READER_NOTICE_WORDS: Final = 40
# The words with which a notice speaks to its reader: an English or a Russian second person's
# pronoun ("your", "вы", "вашей"), or a Russian polite imperative opening it ("Авторизуйтесь",
# "Войдите"), which no reported sentence opens with.
# A quotation's words are its speaker's, not the notice's: "… «к вам», — сказал …".
_QUOTED: Final = regex.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"")
_READER: Final = regex.compile(
    r"(?<!\p{L})(?:you|your|yours|вы|вас|вам|вами|ваш(?:а|е|и|его|ей|ему|им|ими|их|у)?)(?!\p{L})"
    r"|^\P{L}*\p{Cyrillic}+(?:йте|ите)(?:сь)?(?!\p{L})",
    regex.IGNORECASE,
)
# A prompt's button has this many words at most: "Follow now", "Subscribe".
_BUTTON_WORDS: Final = 2
# A quotation opens with a speech dash or a quotation mark; its speaker's line below it is one
# sentence of this many words at most, a name and an office.
_QUOTATION: Final = regex.compile(r"^\s*(?:[—–«„“\"]|-\s)")
_SPEAKER_WORDS: Final = 15
_WORD: Final = regex.compile(r"\p{L}+")


def without_notice(
    body: list[int], candidates: Sequence[Candidate], texts: Sequence[str]
) -> list[int]:
    """The article's paragraphs (ranks among the lines with text), the first ones left out
    while each is printed twice in a row (``is_printed_twice``), and the quotation's speaker
    right below them when they quote (``is_speaker_below``), then the first left out when
    it is a site's notice: at most ``_NOTICE_WORDS`` words, sharing no word with the next
    paragraph, with a candidate between them whose words that paragraph (at most
    ``LEAD_LINES`` below it) echoes; then the first ones left out when they are notices
    addressed to the reader (``_without_reader_notices``); then the first left out when it is
    a preview (``is_preview``). Otherwise ``body`` as it is.

    >>> texts = ["The site is being repaired tonight.", "Ferry fares rise in spring",
    ...          "Ferry fares will rise by a tenth in spring, the harbour board said."]
    >>> head = Candidate(1, 1, texts[1], "ferry fares rise in spring", {})
    >>> without_notice([0, 2], [head], texts)
    [2]
    >>> without_notice([0, 2], [], texts)
    [0, 2]
    """
    doubled = None
    while body and is_printed_twice(texts, body[0]):
        doubled, body = body[0], body[1:]
    if doubled is not None and body and is_speaker_below(texts, doubled, body[0]):
        body = body[1:]
    body = _without_glued_head(body, candidates, texts)
    body = _without_teaser(body, candidates, texts)
    body = _without_short_notice(body, candidates, texts)
    body = _without_reader_notices(body, candidates, texts)
    return body[1:] if is_preview(body, candidates, texts) else body


def _without_glued_head(
    body: list[int], candidates: Sequence[Candidate], texts: Sequence[str]
) -> list[int]:
    """``body`` without its first paragraph when it opens with a candidate of
    ``_GLUED_HEAD_WORDS`` words or more that stands below it on a line of its own, a space and
    more words after it on the paragraph's line: the headline glued to its lead, printed again
    alone below, no paragraph of the article.

    >>> head, lead = "Lantern walk returns to Millbrook", "The walk is back this autumn."
    >>> texts = [f"{head} {lead}", head, lead]
    >>> head = Candidate(1, 1, head, "lantern walk returns to millbrook", {})
    >>> _without_glued_head([0, 2], [head], texts)
    [2]
    >>> _without_glued_head([0, 2], [head._replace(order=0)], texts)
    [0, 2]
    """
    if body and any(
        candidate.order > body[0]
        and texts[body[0]].startswith(candidate.text + " ")
        and len(candidate.text.split()) >= _GLUED_HEAD_WORDS
        for candidate in candidates
    ):
        return body[1:]
    return body


def _without_teaser(
    body: list[int], candidates: Sequence[Candidate], texts: Sequence[str]
) -> list[int]:
    """``body`` without its first paragraphs when they are another story's teaser: one of the
    first ``_TEASER_PARAGRAPHS`` is cut short (a word broken off by an ellipsis), the next line
    with text is no paragraph and no candidate but a link of ``_LINK_WORDS`` words at most and
    no number ("read more"), the paragraph after it is not cut short, and a candidate between
    the link and that paragraph (``LEAD_LINES`` above it at most) has words it echoes: the
    article, under its own headline, starts there.

    >>> texts = ["Old bikes become clocks", "A repairman turns chains into cl...", "Read more",
    ...          "Ice festival put off by the thaw", "The ice festival was put off by a week."]
    >>> head = Candidate(3, 3, texts[3], "ice festival put off by the thaw", {})
    >>> _without_teaser([1, 4], [head], texts)
    [4]
    >>> texts[2] = "12 comments"
    >>> _without_teaser([1, 4], [head], texts)
    [1, 4]
    """
    orders = {candidate.order for candidate in candidates}
    for k, rank in enumerate(body[:_TEASER_PARAGRAPHS]):
        if k + 1 == len(body) or not _CUT_SHORT.search(texts[rank]):
            continue
        lead, link = body[k + 1], texts[rank + 1]
        if (
            lead == rank + 1
            or rank + 1 in orders
            or _CUT_SHORT.search(texts[lead])
            or len(link.split()) > _LINK_WORDS
            or _DIGIT.search(link)
        ):
            return body
        lead_words = echo_words(texts[lead])
        heads = (
            c for c in candidates if rank + 1 < c.order < lead and lead - c.order <= LEAD_LINES
        )
        return body[k + 1 :] if any(echo_words(c.text) & lead_words for c in heads) else body
    return body


def is_printed_twice(texts: Sequence[str], rank: int) -> bool:
    """Whether the line with text at ``rank`` is printed again on the line with text next to
    it, above or below (the same key): a box shown twice, a caption and its copy.

    >>> texts = ["Quote of the day", "We will plant two hundred limes this spring.",
    ...          "We will plant two hundred limes this spring.", "Volunteers cleared the pond."]
    >>> [is_printed_twice(texts, rank) for rank in range(4)]
    [False, True, True, False]
    """
    key = title_key(texts[rank])
    return bool(key) and any(
        0 <= near < len(texts) and title_key(texts[near]) == key for near in (rank - 1, rank + 1)
    )


def is_speaker_below(texts: Sequence[str], quotation: int, rank: int) -> bool:
    """Whether the line with text at ``rank``, right below the one at ``quotation`` (a speech
    dash or a quotation mark opening it), names its speaker: one sentence of
    ``_SPEAKER_WORDS`` words at most, a name and an office under a box's quotation.

    >>> texts = ["— We will plant two hundred limes this spring.",
    ...          "Mira Tallow, head of the parish council.", "Volunteers cleared the pond."]
    >>> is_speaker_below(texts, 0, 1), is_speaker_below(texts, 1, 2)
    (True, False)
    """
    line = texts[rank]
    return (
        rank == quotation + 1
        and _QUOTATION.match(texts[quotation]) is not None
        and len(line.split()) <= _SPEAKER_WORDS
        and not opens_another_sentence(line)
    )


def is_preview(body: list[int], candidates: Sequence[Candidate], texts: Sequence[str]) -> bool:
    """Whether the first paragraph of ``body`` (ranks among the lines with text) is a preview:
    the page prints it again as a candidate's lead below it (the first paragraph under it).

    >>> texts = ["Tide tables now show the harbour's two new berths.", "New berths on the tables",
    ...          "Tide tables now show the harbour's two new berths.", "The harbour board said so."]
    >>> head = Candidate(1, 1, texts[1], "new berths on the tables", {})
    >>> is_preview([0, 2, 3], [head], texts), is_preview([2, 3], [head], texts)
    (True, False)
    """
    if len(body) < 2:
        return False
    first = body[0]
    leads = (next((p for p in body if p > c.order), None) for c in candidates if c.order > first)
    return any(lead is not None and texts[lead] == texts[first] for lead in leads)


def _without_short_notice(
    body: list[int], candidates: Sequence[Candidate], texts: Sequence[str]
) -> list[int]:
    """``body`` without its first paragraph when that is a short notice (``without_notice``)."""
    short = len(body) >= 2 and len(texts[body[0]].split()) <= _NOTICE_WORDS
    return _without_notices(body, int(short), candidates, texts)


def _without_reader_notices(
    body: list[int], candidates: Sequence[Candidate], texts: Sequence[str]
) -> list[int]:
    """``body`` without its first paragraphs when they are notices addressed to the reader:
    each of ``_READER_NOTICE_WORDS`` words at most, speaking to the reader ("your card",
    "you can"), and dropped as ``_without_notices`` drops them.

    >>> texts = ["Your payment did not go through. Please update your card details.",
    ...          "Ferry fares rise in spring",
    ...          "Ferry fares will rise by a tenth in spring, the harbour board said."]
    >>> head = Candidate(1, 1, texts[1], "ferry fares rise in spring", {})
    >>> _without_reader_notices([0, 2], [head], texts)
    [2]
    >>> texts[0] = "The harbour board met on Monday to set the fares of the next year."
    >>> _without_reader_notices([0, 2], [head], texts)
    [0, 2]
    """
    notices = 0
    while notices < len(body) - 1 and _addresses_reader(texts[body[notices]]):
        notices += 1
    return _without_notices(body, notices, candidates, texts)


def _without_notices(
    body: list[int], notices: int, candidates: Sequence[Candidate], texts: Sequence[str]
) -> list[int]:
    """``body`` without its first ``notices`` paragraphs when none of them shares a word with
    the paragraph after them (the lead) and a candidate between them and the lead
    (``LEAD_LINES`` above it at most) has words the lead echoes; else ``body`` whole."""
    if not 0 < notices < len(body):
        return body
    lead = body[notices]
    lead_words = echo_words(texts[lead])
    if any(echo_words(texts[notice]) & lead_words for notice in body[:notices]):
        return body
    last = body[notices - 1]
    heads = (c for c in candidates if last < c.order < lead and lead - c.order <= LEAD_LINES)
    return body[notices:] if any(echo_words(c.text) & lead_words for c in heads) else body


def _addresses_reader(text: str) -> bool:
    """Whether the paragraph is a notice's length and speaks to its reader (``_READER``).

    >>> _addresses_reader("Войдите, чтобы сохранять статьи в закладки.")
    True
    >>> _addresses_reader("Авторизуясь, вы соглашаетесь с правилами сайта.")
    True
    >>> _addresses_reader("В Вашингтоне прошли переговоры о пошлинах.")
    False
    >>> _addresses_reader("Строители сдали мост через Ольшанку досрочно.")
    False
    >>> _addresses_reader("«Прямо с поезда к вам», — сказал тренер и сел отвечать на вопросы.")
    False
    """
    spoken = _QUOTED.sub(" ", text)  # what the line says in its own voice
    return len(text.split()) <= _READER_NOTICE_WORDS and _READER.search(spoken) is not None


def _is_call(text: str) -> bool:
    """Whether the line is a call to the reader: ``_BUTTON_WORDS`` words at most, closed by an
    exclamation mark ("Tell us!")."""
    return len(text.split()) <= _BUTTON_WORDS and text.rstrip().endswith("!")


def _is_short_question(text: str) -> bool:
    """Whether the line is a question of ``_NOTICE_WORDS`` words at most."""
    return len(text.split()) <= _NOTICE_WORDS and text.rstrip().endswith("?")


def prompt_boxes(texts: Sequence[str]) -> set[int]:
    """The ranks among the page's lines with text (``texts``) of each prompt box's head and
    notice: a line, right below it a notice addressed to the reader (``_addresses_reader``),
    right below that a button of ``_BUTTON_WORDS`` words at most that opens with the head's
    first word. The box is the site's: its head is no headline, its notice no paragraph. So is
    a question of ``_NOTICE_WORDS`` words at most right above a call of ``_BUTTON_WORDS`` words
    at most closed by an exclamation mark, and that call ("Got a story to tell?" / "Tell
    us!"), unless a sentence follows the call: then it answers the question, a story's
    headline over its opening cry ("Will the bridge reopen?" / "Never!" / "So the engineers
    said …").

    >>> texts = ["📣 Follow the Harbour Post on Telegram",
    ...          "Get every story and alert straight to your phone.", "Follow now",
    ...          "Ferry fares rise in spring", "Fares will rise by a tenth, the board said."]
    >>> sorted(prompt_boxes(texts))
    [0, 1]
    >>> sorted(prompt_boxes(texts[:2] + ["Read more", *texts[3:]]))
    []
    >>> sorted(prompt_boxes(["Got a story to tell?", "Tell us!", "Ferry fares rise"]))
    [0, 1]
    >>> sorted(prompt_boxes(["Got a story to tell?", "Tell us!", "The board met today."]))
    []
    """
    boxes = {
        rank - 1
        for rank in range(1, len(texts))
        if _is_call(texts[rank])
        and _is_short_question(texts[rank - 1])
        and not (rank + 1 < len(texts) and reads_as_sentence(texts[rank + 1]))
    }
    boxes |= {rank + 1 for rank in boxes}
    for rank in range(2, len(texts)):
        button = texts[rank]
        if len(button.split()) > _BUTTON_WORDS or (verb := _WORD.search(button)) is None:
            continue
        head = _WORD.search(texts[rank - 2])
        if (
            head is not None
            and head[0].lower() == verb[0].lower()
            and _addresses_reader(texts[rank - 1])
        ):
            boxes |= {rank - 2, rank - 1}
    return boxes


def notification_boxes(texts: Sequence[str]) -> set[int]:
    """The ranks among the page's lines with text (``texts``) of each notification box: a
    close button's label naming the box it closes (``is_close_label``) on a line of its own, and
    the notice right below it, the sentence on the next line or a head over the sentence on the
    line after it, with no sentence right below that one. The box is the site's: its head is no
    headline, its sentence no paragraph. A sentence with more below is a story's lead, and the
    head over it the story's headline, under a label whose notice the scraper lost.

    >>> texts = ["Close notification", "Winter opening hours",
    ...          "Our offices close early over the holidays.", "Speaking at a hearing",
    ...          "You can ask to speak at a hearing if you have objected."]
    >>> sorted(notification_boxes(texts))
    [0, 1, 2]
    >>> sorted(notification_boxes(["Dismiss alert", *texts[2:]]))
    [0, 1]
    >>> sorted(notification_boxes(["X", *texts[1:]]))
    []
    >>> sorted(notification_boxes([*texts[:3], "The offices open again on Monday."]))
    [0]
    """
    boxes: set[int] = set()
    for rank, text in enumerate(texts):
        if not is_close_label(text):
            continue
        boxes.add(rank)
        below = texts[rank + 1 : rank + 4]
        sentence = next((k for k, line in enumerate(below[:2]) if reads_as_sentence(line)), None)
        if sentence is not None and not any(map(reads_as_sentence, below[sentence + 1 :][:1])):
            boxes |= set(range(rank + 1, rank + 2 + sentence))
    return boxes
