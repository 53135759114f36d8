"""Text into blocks: letters of one script not cut by a strong break, hashtags and addresses
whole, each with the language of its own letters.

A block is what the rules of ``rules.py`` read in its line: a sentence, a name, an acronym, a
hashtag. Its own language comes from its script alone (Hangul is Korean, kana Japanese) or,
for a script shared by many languages, from the statistical model of ``model.py``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from types import MappingProxyType
from typing import Final, NamedTuple

import regex

from normalize.cache import once
from normalize.facts import script_info
from normalize.languages.model import LETTERS, ambiguous_language, has_candidates
from normalize.scripts import NOT_IN_RUN, OTHER_SCRIPT_RUNS, letter_counts, raw_runs, script_runs

# Latin letters that look like Cyrillic ones, and the Cyrillic letters they stand for
# when typed inside a Cyrillic word.
_LOOKALIKES: Final = frozenset("aceiopxyABCEHIKMOPTX")

_TO_CYRILLIC: Final = str.maketrans("aceiopxyABCEHIKMOPTX", "асеіорхуАВСЕНІКМОРТХ")

# Spans read whole before letters are: web and e-mail addresses, and hashtags.
_SPECIAL: Final = regex.compile(
    r"""
      (?P<address>
          (?:https?://|www\.)[^\s<>"'«»]+          # a web address
        | (?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)+  # an e-mail address, tried once a word
      )
    | \#[\p{L}\p{M}\p{N}_]+                       # a hashtag: "#" then letters, digits, "_"
    """,
    regex.VERBOSE,
)

# The same without e-mail addresses, for lines with no "@": the e-mail branch is tried at
# every word, while the others start with a mark the search skips ahead to.
_WEB_OR_TAG: Final = regex.compile(
    r"""
      (?P<address>(?:https?://|www\.)[^\s<>"'«»]+)  # a web address
    | \#[\p{L}\p{M}\p{N}_]+                       # a hashtag: "#" then letters, digits, "_"
    """,
    regex.VERBOSE,
)

# Punctuation that ends the sentence an address stands at the end of, not the address.
_ADDRESS_TAIL: Final = frozenset(".,;:!?)]}>»\"'")

# Where a hashtag's words meet: an underscore, or a lower-case letter before a capital.
_TAG_WORDS: Final = regex.compile(
    r"""
      _+                         # "#Putin_Xi_summit"
    | (?<=\p{Ll})(?=\p{Lu})      # "#XiJinping"
    """,
    regex.VERBOSE,
)

# A gap between two letter runs that marks a boundary a reader would not read across.
STRONG_BREAK_PATTERN: Final = r"""
      \s[-–—/|·•]+\s       # a spaced dash, slash, bar or bullet: "Читать / Read more"
    | [.!?。]\s            # a sentence ends and another begins
    | :\s                  # a label and its value: "QUESTION: What ..."
    | \n                   # a new line: headline, paragraph, list item
"""

STRONG_BREAK: Final = regex.compile(STRONG_BREAK_PATTERN, regex.VERBOSE)

# Between two words of one stretch: one space (the commonest gap, tried first), or
# characters that start no run of any script with no strong break among them.
_GAP: Final = r"(?:\x20|(?:(?!" + STRONG_BREAK_PATTERN + ")" + NOT_IN_RUN + r")++)"

# The group a stretch's words are captured in, by script.
_WORD_GROUP: Final = MappingProxyType(
    {"Hangul": "hangul_word", "Cyrillic": "cyrillic_word", "Latin": "latin_word"}
)


def _stretch_of(script: str) -> str:
    """Pattern of words of one script with gaps and no strong break between them."""
    word = "(?P<" + _WORD_GROUP[script] + r">\p{" + script + r"}[\p{" + script + r"}\p{M}]*)"
    return "(?P<" + script + ">" + word + "(?:" + _GAP + word + ")*)"


# Words of one script with no strong break between them, found in one pass of C code so
# that a sentence costs one match, not one per word. Other scripts, and letters no script
# claims, are single runs as scripts.py finds them.
@once
def _stretch_pattern() -> regex.Pattern[str]:
    """Words of one script with no strong break, captured (compiled on first use)."""
    return regex.compile(
        _stretch_of("Hangul")  # Korean words
        + "|"
        + _stretch_of("Cyrillic")  # Russian, Ukrainian, ... words
        + "|"
        + _stretch_of("Latin")  # English, German, ... words
        + OTHER_SCRIPT_RUNS,
        regex.VERBOSE,
    )


# Latin and Cyrillic letters written together ("хоpоший" with a Latin p): maybe look-alikes.
_TOUCHING: Final = frozenset({("Latin", "Cyrillic"), ("Cyrillic", "Latin")})

# An acronym: a short all-capital word ("KT", "NBA", "KIET") that reads in any language.
ACRONYM: Final = regex.compile(r"\p{Lu}{1,5}")

# For a text in one script: its first and last letters, which script the first is in, and
# a letter of any other script (whose presence means the text needs reading block by block).
_ANY_LETTER: Final = regex.compile(r"\p{L}")

_LAST_LETTER: Final = regex.compile(r"(?r)\p{L}[\p{M}]*")

_RUNS_HEAD: Final = regex.compile(
    r"(?P<Latin>\p{Latin})|(?P<Cyrillic>\p{Cyrillic})|(?P<Hangul>\p{Hangul})"
)

_OTHER_SCRIPT: Final = MappingProxyType(
    {
        "Latin": regex.compile(r"[\p{L}--\p{Latin}]", regex.VERSION1),
        "Cyrillic": regex.compile(r"[\p{L}--\p{Cyrillic}]", regex.VERSION1),
        "Hangul": regex.compile(r"[\p{L}--\p{Hangul}]", regex.VERSION1),
    }
)


class Block(NamedTuple):
    """Letters of one script not broken by a strong break, or one hashtag; span and words."""

    start: int
    end: int
    script: str
    words: tuple[str, ...]
    hashtag: bool
    letters: int


def _unmasked_runs(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Script runs, with Latin look-alike letters written against Cyrillic ones counted as
    Cyrillic: scraped and OCR-ed text types "хоpоший", "iнвалiдам" with Latin p and i."""
    runs = raw_runs(text, start, end)
    for k, (run_start, run_end, script) in enumerate(runs):
        if script != "Latin":
            continue
        before = k > 0 and runs[k - 1][2] == "Cyrillic" and runs[k - 1][1] == run_start
        after = k + 1 < len(runs) and runs[k + 1][2] == "Cyrillic" and runs[k + 1][0] == run_end
        if (before or after) and _LOOKALIKES.issuperset(text[run_start:run_end]):
            runs[k] = (run_start, run_end, "Cyrillic")
    return runs


def _may_hold_special(text: str) -> bool:
    """Whether the text has the marks of a hashtag or an address (a cheap test first)."""
    return "#" in text or "@" in text or "://" in text or "www." in text


def _stretches(text: str, start: int, end: int) -> list[tuple[int, int, str, list[str]]]:
    """Stretches of words of one script in text[start:end] with no strong break inside,
    with their words; run by run, with look-alike letters, where Latin touches Cyrillic."""
    stretches = []
    last_end, last_script = -1, ""
    for match in _stretch_pattern().finditer(text, start, end):
        script = match.lastgroup or "Other"
        begin, finish = match.span()
        if begin == last_end and (last_script, script) in _TOUCHING:
            return _look_alike_runs(text, start, end)
        group = _WORD_GROUP.get(script)
        stretches.append((begin, finish, script, match.captures(group) if group else [match[0]]))
        last_end, last_script = finish, script
    return stretches


def _look_alike_runs(text: str, start: int, end: int) -> list[tuple[int, int, str, list[str]]]:
    """Runs of one script, one word each, with Latin look-alike letters written against
    Cyrillic ones read as Cyrillic."""
    runs = []
    for run_start, run_end, script in _unmasked_runs(text, start, end):
        piece = text[run_start:run_end]
        if script == "Cyrillic" and piece.isascii():
            piece = piece.translate(_TO_CYRILLIC)
        runs.append((run_start, run_end, script, [piece]))
    return runs


def _specials(text: str) -> list[regex.Match[str]]:
    """Addresses and hashtags, in order. None spans a line, so the lines from the first
    "@" to the last are searched for e-mail addresses too, the rest only for the others."""
    first, last = text.find("@"), text.rfind("@")
    if first < 0:
        return list(_WEB_OR_TAG.finditer(text))
    begin = text.rfind("\n", 0, first) + 1
    finish = text.find("\n", last)
    finish = len(text) if finish < 0 else finish
    return [
        *_WEB_OR_TAG.finditer(text, 0, begin),
        *_SPECIAL.finditer(text, begin, finish),
        *_WEB_OR_TAG.finditer(text, finish),
    ]


def text_blocks(text: str) -> list[Block]:
    """Hashtags and addresses whole; other letters in runs of one script, cut at strong
    breaks."""
    blocks: list[Block] = []
    # The block being extended: start, end, script, words.
    start, end, script, words = -1, -1, "", list[str]()

    def close() -> None:
        if words:
            # _make: a page makes hundreds of blocks, and it skips the keyword handling.
            blocks.append(
                Block._make((start, end, script, tuple(words), False, sum(map(len, words))))
            )

    position = 0
    specials = _specials(text) if _may_hold_special(text) else []
    for tag in [*specials, None]:
        stop = tag.start() if tag is not None else len(text)
        for run_start, run_end, run_script, pieces in _stretches(text, position, stop):
            if words and run_script == script and run_start == end:
                # Letters of one script written together rejoin their word: look-alike
                # letters read as Cyrillic ("хоpоший").
                end = run_end
                words[-1] += pieces[0]
                words.extend(pieces[1:])
            elif (
                words
                and run_script == script
                # One space, the commonest gap, is never a break: no need to search it.
                and (
                    (run_start - end == 1 and text[end] == " ")
                    or not STRONG_BREAK.search(text, end, run_start)
                )
            ):
                end = run_end
                words.extend(pieces)
            else:
                close()
                start, end, script = run_start, run_end, run_script
                words = pieces
        if tag is None:
            break
        if tag.lastgroup == "address":
            # A web or e-mail address is no evidence of a language: it reads with its text.
            close()
            words = []
            finish = tag.end()
            while text[finish - 1] in _ADDRESS_TAIL:
                finish -= 1
            blocks.append(Block(tag.start(), finish, "Latin", (), False, 0))
            position = finish
            continue
        tag_words = tuple(w for w in _TAG_WORDS.split(tag.group()[1:]) if LETTERS.search(w))
        # Marks with no letter under them ("#\u0301") are no words.
        counts = letter_counts(tag.group()) if tag_words else Counter[str]()
        if counts:
            close()
            words = []
            tag_script = max(counts, key=lambda name: counts[name])
            letters = sum(counts.values())
            blocks.append(Block(tag.start(), tag.end(), tag_script, tag_words, True, letters))
            position = tag.end()
        else:
            position = stop
    close()
    return blocks


def block_language(
    block: Block,
    languages: Collection[str] | None,
    favoured: str | None = None,
    weight: float = 0.0,
) -> str:
    """The language of one block, from its script, then statistics where that is ambiguous.

    `favoured`, the page's language of the block's script, gains `weight` log-odds per
    word; a lone acronym ("KST", "TASS") is that language when there is one, else "und".
    """
    if not block.words:
        return "und"  # an address: no words to tell a language by
    words: Sequence[str] = block.words
    if block.hashtag:
        # A hashtag's words may mix scripts ("#BTS_콘서트"): the script with most letters.
        words = [
            word[run.start : run.end]
            for word in block.words
            for run in script_runs(word)
            if run.script == block.script
        ]
    if has_candidates(block.script):
        if not block.hashtag and len(words) == 1 and ACRONYM.fullmatch(words[0]):
            # A lone acronym ("KST", "NATO") is no evidence of any language: it is the
            # page's, if the page has one.
            if favoured is None or (languages is not None and favoured not in languages):
                return "und"
            return favoured
        return ambiguous_language(words, block.script, languages, favoured, weight)
    lang = _script_language(block.script)
    if languages is not None and lang not in languages:
        return "und"
    return lang


def single_block(text: str) -> Block | None:
    """The text as one block, when it is one: letters of a single script with no break,
    no hashtag and no address between them (most sentences); None otherwise.

    Such a text has no neighbours to read it by, so its block's own language is the
    answer, and building and reading blocks can be skipped.
    """
    first = _ANY_LETTER.search(text)
    if first is None:
        return None
    head = _RUNS_HEAD.match(text, first.start())
    script = head.lastgroup if head is not None else None
    other = _OTHER_SCRIPT.get(script or "")
    if other is None or other.search(text) or (_may_hold_special(text) and _SPECIAL.search(text)):
        return None
    last = _LAST_LETTER.search(text)
    end = last.end() if last is not None else len(text)
    if STRONG_BREAK.search(text, first.start(), end):
        return None
    words = tuple(LETTERS.findall(text, first.start(), end))
    return Block(first.start(), end, script or "", words, False, sum(map(len, words)))


@once
def _script_language(script: str) -> str:
    """The one language a script means by itself ("und" for a shared or unknown one)."""
    return str(script_info(script).get("language", "und"))
