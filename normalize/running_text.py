"""Running text told from a headline: a finished sentence, a clause left open, several sentences
on one line, or a long cry opening a report.

A notice of several sentences on one line that closes with "!" or "?" ("Maintenance is under
way. Pages may load slowly. Thank you for your patience!") is no headline either, though no
full stop ends it: it is running text, as a reader's post or a lead of several sentences is.

A page printed in capitals throughout (a radio station's copy) marks no headline by its
capitals: a line in capitals closed by a stop beside another sentence in capitals is its lead's
sentence. On a page in mixed case a headline and its deck may both be in capitals and closed by
a stop: they stay headlines.

A page that runs its Korean words together with no space (a blog service that dropped them)
tells no headline's length by its spaces: its title is one word as its sentences are.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from normalize.heads import Candidate
from normalize.letters import is_salutation
from normalize.text import WHITESPACE
from normalize.title_shapes import BODY_SENTENCE_WORDS, ends_sentence, is_shouted
from normalize.titles import DASHES
from normalize.trailing_off import TITLE_CASE_LETTERS, trails_off

# One sentence closed and another opened on a line: a word ending in three small letters (no
# initial, no "U.S.") or in a Hangul syllable, its stop, a space, a capital or a syllable.
_INNER_STOP: Final = regex.compile(
    r"(?:\p{Ll}{3}|\p{Hangul})[.!?]\p{White_Space}+(?:\p{Lu}|\p{Hangul})"
)
# A line's last sentence closed by a mark, maybe inside a quotation or a bracket.
_CLOSED: Final = regex.compile(r"[.!?…][\"'”’»)]*\p{White_Space}*$")
# A headline of two short sentences ("Ferry sinks. Who pays?") has this many words at most.
_TWO_SENTENCE_HEAD_WORDS: Final = 10
# A lead's first sentence, closed by a full stop inside the line, has this many words at least,
# and its next one, unclosed (cut short, or printed with no stop), this many: a headline's
# first part is a kicker of a few words ("Night of comebacks. Three teams ...") or its second
# a tag ("... at the theatre. Part 2").
_LEAD_SENTENCE_WORDS: Final = 8
_LEAD_REST_WORDS: Final = 6
# A word of running text: it opens with a small letter or a letter of a script with no case
# (a photograph's credit after a caption's sentence is names in capitals: "... Name / Outlet").
_RUNNING_WORD: Final = regex.compile(r"(?:^|\p{White_Space})[\p{Ll}\p{Lo}]")
# A lead's next sentence has this many words of running text at least.
_LEAD_RUNNING_WORDS: Final = 3
# Marks that open a quotation: a line that ends with one was broken where a quotation starts
# ("... the councillors said: «"), which no headline is.
_OPENING_QUOTES: Final = ("“", "«", "「", "『")
# A low mark that opens a quotation the high one closes („…“), as Russian and German print it.
_LOW_QUOTE: Final = "„"
# A sentence closed by a full stop and another opened on a line (as ``_INNER_STOP``).
_INNER_FULL_STOP: Final = regex.compile(
    r"(?:\p{Ll}{3}|\p{Hangul})\.\p{White_Space}+(?:\p{Lu}|\p{Hangul})"
)
# A line in title case: every long word of Latin letters (``TITLE_CASE_LETTERS`` letters or
# more) opens with a capital, this many such words at least ("Ferry Fares Rise Again. Here Is
# Why."), as no English sentence is printed; fewer are a sentence of names ("Ana Ruiz won.").
_TITLE_CASE_WORDS: Final = 5
_NOT_LETTERS: Final = regex.compile(r"\P{L}+")
_NOT_LATIN: Final = regex.compile(r"\P{Latin}")
_CAPITAL: Final = regex.compile(r"\p{Lu}")
# A cry this long, a comma inside it, is a post's first sentence; a headline's cry is shorter.
_LONG_CRY_WORDS: Final = 15
_AFTER_CRY: Final = "\"'”’»)" + WHITESPACE  # what may follow a cry's mark
# A sentence's closing mark after a word in small letters, a capitalised name of three words at
# most glued right after it, closing the line: an aggregator's summary with its source's name
# run into it ("… в центре города.Вечерний Зареченск").
_GLUED_SOURCE: Final = regex.compile(r"\p{Ll}{2}[.!?]\p{Lu}[^\s.!?]*(?:\s+[^\s.!?]+){0,2}$")

# A Korean line run together with no space: one word of this many Hangul syllables at least,
# as no Korean word is; a page prints this many such lines at least when it drops its spaces.
_RUN_TOGETHER_SYLLABLES: Final = 15
_RUN_TOGETHER_LINES: Final = 3

# A wire story's dateline opening its lead: a place in capitals, its state, country or day after
# a comma, the agency's name in brackets, a colon or a dash, then the lead's words ("TAMALE,
# May 3 (Nordwire): The minister …", "PINE HOLLOW, Ore. (Nordwire) — A …"); no headline opens
# so, though a flag before a bracket does ("WATCH (VIDEO): …").
_WIRE_DATELINE: Final = regex.compile(
    r"""
    ^\p{Lu}{2,}[\p{Lu}\p{White_Space}.'’-]*  # the place, in capitals
    ,[^()]{1,30}  # its state, its country or its day after a comma
    \p{White_Space}\(\p{Lu}[\p{L}-]*(?:\p{White_Space}\p{Lu}[\p{L}-]*){0,2}\)  # the agency
    \p{White_Space}*[:—–-]+\p{White_Space}*\p{L}  # a colon or a dash before the lead's words
    """,
    regex.VERBOSE,
)


def opens_another_sentence(text: str) -> bool:
    """Whether a sentence closes inside the line and another opens after it (``_INNER_STOP``)."""
    return _INNER_STOP.search(text) is not None


def holds_sentences(text: str) -> bool:
    """Whether the line is running text of two sentences or more, its last one closed by a
    mark: a site's notice, a reader's post, a lead. A headline of two short sentences
    (``_TWO_SENTENCE_HEAD_WORDS`` words at most) may be so; a longer one is not. A lead whose
    last sentence is cut short or unclosed is running text too (``_is_long_pair``).

    >>> holds_sentences("Maintenance is under way tonight. Some pages may load slowly. "
    ...                 "Thank you for your patience!")
    True
    >>> holds_sentences("Ferry sinks off the cape. Who pays?")
    False
    >>> holds_sentences("오늘 밤 사이트 점검이 있습니다. 일부 화면이 느리게 열릴 수 있으니 "
    ...                 "양해 부탁드립니다!")
    True
    >>> holds_sentences("Ferry sinks off the cape as winds reach ninety knots. Crews search on")
    False
    """
    return (
        len(text.split()) > _TWO_SENTENCE_HEAD_WORDS
        and (_CLOSED.search(text) is not None or _is_long_pair(text))
        and _INNER_STOP.search(text) is not None
    )


def _is_long_pair(text: str) -> bool:
    """Whether the line opens with a sentence of ``_LEAD_SENTENCE_WORDS`` words or more closed
    by a full stop, and ``_LEAD_REST_WORDS`` words or more follow it, ``_LEAD_RUNNING_WORDS`` of
    them running text: a lead's two sentences, the last one cut short, which no headline is.

    >>> _is_long_pair("On Monday the harbour board met in the old customs house at last. "
    ...              "The members voted to keep the night ferry running through")
    True
    >>> _is_long_pair("Night of comebacks. Three teams came back from two goals down on one night")
    False
    >>> _is_long_pair("A poem of the north read by an actor of the regional theatre. Part 2")
    False
    >>> _is_long_pair("Crews clear the pass road after a night of heavy snow on Monday. "
    ...               "Ana Ruiz / Hill Times News file")
    False
    """
    stop = _INNER_FULL_STOP.search(text)
    if stop is None:
        return False
    end = stop.start() + text[stop.start() :].index(".") + 1
    rest = text[end:]
    return (
        len(text[:end].split()) >= _LEAD_SENTENCE_WORDS
        and len(rest.split()) >= _LEAD_REST_WORDS
        and len(_RUNNING_WORD.findall(rest)) >= _LEAD_RUNNING_WORDS
    )


def reads_as_sentence(text: str) -> bool:
    """Whether the line reads as running text rather than a headline: a finished sentence, a
    clause left open (``leaves_open``), several sentences (``holds_sentences``), one long
    cry (``_is_long_cry``) or a lead opened by a wire story's dateline (``_WIRE_DATELINE``). Text in
    capitals is not running text, however it closes: a shouted headline keeps its stops; nor
    is one word or two trailing off ("Finally …", "Ice breaks…").

    >>> reads_as_sentence("The ferry will not sail today. Buses replace it.")
    True
    >>> reads_as_sentence("FERRY WILL NOT SAIL TODAY. BUSES REPLACE IT.")
    False
    >>> reads_as_sentence("항만청은 새 SNS 계정을 열었다고 밝혔다.")  # not all its letters capitals
    True
    >>> reads_as_sentence("OSLO, May 3 (Nordwire): The harbour board said on Monday it would")
    True
    >>> reads_as_sentence("Ice breaks…"), reads_as_sentence("The ice broke on the river…")
    (False, True)
    >>> reads_as_sentence("Уважаемые жители села!")  # a letter's salutation
    True
    """
    closes = _closes(text) and not is_shouted(text) and not _is_titled_pair(text)
    return (
        leaves_open(text) or closes or _WIRE_DATELINE.match(text) is not None or is_salutation(text)
    )


def _is_titled_pair(text: str) -> bool:
    """Whether the line is two sentences or more in title case (``in_title_case``): an English
    headline and the short tag after its stop, as no lead is set. One sentence in title case
    closed by its stop stays a sentence (a newsletter's item written as one).

    >>> _is_titled_pair("Ferry Fares Rise Again. Here Is Why.")
    True
    >>> _is_titled_pair("The ferry fares rise again. Here is why.")
    False
    >>> _is_titled_pair("Ferry Fares Rise Again in the Harbour Towns.")
    False
    """
    return _INNER_STOP.search(text) is not None and in_title_case(text)


def in_title_case(text: str) -> bool:
    """Whether the line is in title case: all its letters Latin, every word of
    ``TITLE_CASE_LETTERS`` letters or more opening with a capital, ``_TITLE_CASE_WORDS`` such
    words at least (fewer are a sentence of names, "Ana Ruiz Won.")."""
    capitals = 0
    for word in text.split():
        letters = _NOT_LETTERS.sub("", word)
        if not letters:
            continue
        if _NOT_LATIN.search(letters) is not None:
            return False
        if _CAPITAL.match(letters) is not None:
            capitals += len(letters) >= TITLE_CASE_LETTERS
        elif len(letters) >= TITLE_CASE_LETTERS:
            return False
    return capitals >= _TITLE_CASE_WORDS


def _closes(text: str) -> bool:
    """Whether the line closes as a sentence does, holds sentences or is one long cry, whatever
    its case."""
    return (
        (ends_sentence(text) and not trails_off(text))
        or holds_sentences(text)
        or _is_long_cry(text)
        or _closes_before_source(text)
    )


def _closes_before_source(text: str) -> bool:
    """Whether the line is a sentence of ``BODY_SENTENCE_WORDS`` words or more closed by its
    mark, a source's capitalised name of three words at most glued right after it: a summary
    an aggregator credits to the outlet it came from, which no headline is.

    >>> _closes_before_source("Жители пожаловались на нерасчищенные после снегопада тротуары "
    ...                       "и остановки.Вечерний Зареченск")
    True
    >>> _closes_before_source("Ferry fares rise.Harbour Post")
    False
    >>> _closes_before_source("Harbour board meets in the old customs house on Monday "
    ...                       "evening, says Harbour Post")
    False
    """
    glued = _GLUED_SOURCE.search(text)
    return glued is not None and len(text[: glued.start()].split()) >= BODY_SENTENCE_WORDS


def shouted_sentences(candidates: Sequence[Candidate], texts: Sequence[str]) -> list[Candidate]:
    """The candidates in capitals that close as a sentence does (``_closes``) right above or
    below a sentence in capitals of ``BODY_SENTENCE_WORDS`` words or more, closed or left open,
    on a page printed in capitals (``_printed_in_capitals``), whose capitals mark no headline:
    such a line is its lead's sentence.

    >>> page = ["RIVER CRESTS AT NINE METRES IN MILLBROOK THIS MORNING.",
    ...         "THAT BEATS THE OLD MARK BY A METRE, THE TOWN'S FLOOD WARDEN SAID:"]
    >>> [c.text for c in shouted_sentences([Candidate(0, 0, page[0], "", {})], page)]
    ['RIVER CRESTS AT NINE METRES IN MILLBROOK THIS MORNING.']
    >>> mixed = [*page, "The warden said the quay would stay shut until the water fell again."]
    >>> shouted_sentences([Candidate(0, 0, page[0], "", {})], [*mixed, *mixed[2:]])
    []
    """
    found = [
        candidate
        for candidate in candidates
        if is_shouted(candidate.text)
        and _closes(candidate.text)
        and any(
            is_shouted(texts[rank]) and _is_body_sentence(texts[rank])
            for rank in (candidate.order - 1, candidate.order + 1)
            if 0 <= rank < len(texts)
        )
    ]
    return found if found and _printed_in_capitals(texts) else []


def _printed_in_capitals(texts: Sequence[str]) -> bool:
    """Whether more of the page's sentences (lines of ``texts`` of ``BODY_SENTENCE_WORDS``
    words or more, closed or left open) are in capitals than not: the page is printed in
    capitals, whatever its list of other stories' heads in mixed case.

    >>> _printed_in_capitals(["THE PORT SAID ON MONDAY FARES WOULD RISE AGAIN.",
    ...                       "The port said on Monday that fares would rise again in May.",
    ...                       "Commuters said they would take the bus across the bridge."])
    False
    >>> _printed_in_capitals(["THE PORT SAID ON MONDAY FARES WOULD RISE AGAIN.",
    ...                       "Council opens a new salt barn for the highway crews in Ashgrove"])
    True
    """
    shouted = spoken = 0
    for text in filter(_is_body_sentence, texts):
        if is_shouted(text):
            shouted += 1
        else:
            spoken += 1
    return shouted > spoken


def _is_body_sentence(text: str) -> bool:
    """Whether the line is a sentence of a story's body: ``BODY_SENTENCE_WORDS`` words or
    more, closed as a sentence is (``_closes``) or left open (``leaves_open``)."""
    return len(text.split()) >= BODY_SENTENCE_WORDS and (_closes(text) or leaves_open(text))


def _is_long_cry(text: str) -> bool:
    """Whether the line is one long sentence closed by an exclamation mark, a comma inside it:
    a report's opening words ("Much like our last match, and for reasons that will become
    clear, this report shall be short!"), not a headline's cry ("Book club nights are back!").
    """
    closed = text.rstrip(_AFTER_CRY).endswith(("!", "！"))
    return closed and len(text.split()) >= _LONG_CRY_WORDS and ", " in text


def leaves_open(text: str) -> bool:
    """Whether the line stops where its clause goes on: after a colon or a comma, after a
    quotation's opening mark (a sentence broken where the quotation starts), or after a dash
    set off by a space (a dateline whose story starts on the next line: "PINE HOLLOW, Ore. -").

    >>> leaves_open("The mayor told the reporters at the quay “"), leaves_open("Warned:")
    (True, True)
    >>> leaves_open("Премьера фильма „Лёд“"), leaves_open("Ferry fares rise «again»")
    (False, False)
    >>> leaves_open("MILLBROOK, Ore. -"), leaves_open("Ferry fares rise -- again")
    (True, False)
    """
    stripped = text.rstrip()
    opened = stripped.endswith(_OPENING_QUOTES) and not (
        stripped.endswith("“") and _LOW_QUOTE in stripped
    )
    dangling = stripped.endswith(DASHES) and stripped.rstrip("".join(DASHES))[-1:].isspace()
    return opened or dangling or stripped.endswith((":", "：", ","))


def is_run_together(text: str, syllables: int = 1) -> bool:
    """Whether a text is Korean printed with no space: one word holding ``syllables`` Hangul
    syllables at least.

    >>> is_run_together("처서지나고"), is_run_together("처서 지나고"), is_run_together("Logo")
    (True, False, False)
    """
    if len(text.split()) != 1:
        return False
    return sum(1 for char in text if "가" <= char <= "힣") >= syllables


def runs_words_together(texts: Sequence[str]) -> bool:
    """Whether a page runs its Korean words together with no space: ``_RUN_TOGETHER_LINES``
    of its lines at least are each one word of ``_RUN_TOGETHER_SYLLABLES`` Hangul syllables
    or more ("새벽에창문을여니풀벌레소리가방안까지들어옵니다.").

    >>> runs_words_together(["새벽에창문을여니풀벌레소리가방안까지들어옵니다."] * 3)
    True
    >>> runs_words_together(["새벽에 창문을 여니 풀벌레 소리가 방안까지 들어옵니다."] * 3)
    False
    """
    found = 0
    for text in texts:
        found += is_run_together(text, _RUN_TOGETHER_SYLLABLES)
        if found == _RUN_TOGETHER_LINES:
            return True
    return False
