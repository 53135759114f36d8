"""Language of every fragment of a line: script first, statistics only where script is ambiguous.

Hangul is Korean and kana is Japanese without further thought. Latin and Cyrillic letters are
shared by many languages, so their words are scored, deterministically, against character
n-gram profiles (counted over wordfreq's lists, blended with the ones shipped inside
langdetect) and word frequencies (wordfreq), restricted to the candidate languages of that
script. Then a line is read as a reader would: a short name or acronym inside a sentence
keeps the sentence's language, and a lone word next to a longer run of its script takes
that run's language.
"""

from __future__ import annotations

import itertools
import json
import math
import operator
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from functools import cache
from importlib import resources
from typing import Any, Final, NamedTuple

import regex

from normalize.scripts import NOT_IN_RUN, OTHER_SCRIPT_RUNS, letter_counts, raw_runs, script_runs

# Scripts that are one language by themselves.
_SCRIPT_LANGUAGE: Final[dict[str, str]] = {
    "Hangul": "ko",
    "Hiragana": "ja",
    "Katakana": "ja",
    "Greek": "el",
    "Hebrew": "he",
    "Thai": "th",
    "Armenian": "hy",
    "Georgian": "ka",
    "Arabic": "ar",
    "Devanagari": "hi",
}
# Serbian Cyrillic to the Latin alphabet wordfreq's Serbo-Croatian list is written in.
_TRANSLITERATIONS: Final[dict[str, dict[int, str]]] = {
    "sr-Latn": str.maketrans(
        {
            "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "đ", "е": "e", "ж": "ž",
            "з": "z", "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n",
            "њ": "nj", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "ћ": "ć", "у": "u",
            "ф": "f", "х": "h", "ц": "c", "ч": "č", "џ": "dž", "ш": "š",
        }
    ),
}  # fmt: skip
# Probability of an n-gram (by length) that a profile leaves out, for a profile counted
# over a word list, and over a short sample text (which misses many ordinary n-grams).
_UNSEEN_GRAM: Final = (math.log(1e-5), math.log(1e-6), math.log(1e-7))
_UNSEEN_SAMPLE_GRAM: Final = (math.log(1e-5), math.log(1e-6), math.log(1e-6))
# Probability of a word that a language's frequency list lacks, and of any word of a
# language without a list: a list of the commonest words misses a few rare words, while
# a language without a list gives every word the probability of a rare word.
_UNLISTED_WORD: Final = math.log(1.5e-7)
_NO_LIST_WORD: Final = math.log(2e-6)
# How much one word's frequency counts against its letters' n-grams.
_WORD_WEIGHT: Final = 6.0
# A word with a letter its language does not write, e.g. Russian "ы" in Ukrainian.
_FOREIGN_LETTER: Final = {"Cyrillic": -15.0, "Latin": -6.0}
# Weight of the evidence of letters, letter pairs and triples: triples tell languages
# apart best, and counting every order in full would count the same letters three times.
# Single letters add nothing the pairs do not say (and the alphabet check covers them).
_GRAM_WEIGHTS: Final = (0.0, 0.5, 1.0)
# A long run's language is settled, and its remaining words not scored, once this many
# words put one language this far (in log-odds) ahead of every other.
_SETTLED_WORDS: Final = 3
_SETTLED_MARGIN: Final = 60.0
# Letters of a word that are scored: longer runs are not words ("aaaa…", glued junk), and
# their first letters say as much as the rest.
_LONGEST_WORD: Final = 40
# How many words the model keeps scores for.
_KEPT_WORDS: Final = 1 << 16
# How many n-grams the model keeps scores for, beyond those its profiles know.
_KEPT_GRAMS: Final = 200_000
# The commonest words of a list whose letters make its n-gram profile: enough for the
# profile to settle, few enough to count in a fraction of a second.
_PROFILE_WORDS: Final = 20_000
# Share of langdetect's profile in a blended profile (the rest counts the word list).
_LANGDETECT_SHARE: Final = 0.3


class _Model(NamedTuple):
    """What the statistical stage knows of the candidate languages of one script."""

    langs: tuple[str, ...]
    # Weighted log-probabilities of an n-gram in each language, filled in as n-grams are
    # met (most of a profile is never asked for), from each language's probabilities.
    grams: dict[str, tuple[float, ...]]
    # The same for whole words, as written (most words of a text were met before).
    scores: dict[str, tuple[float, ...]]
    # The language of a short run of words, with no restriction of the languages.
    runs: dict[tuple[str, ...], str]
    profiles: tuple[dict[str, float], ...]
    profile_unseen: tuple[tuple[float, ...], ...]
    unseen: tuple[tuple[float, ...], ...]
    words: tuple[dict[str, float], ...]
    unlisted: tuple[float, ...]  # weighted log-frequency of a word the list lacks
    alphabets: tuple[frozenset[str], ...]
    shared: frozenset[str]  # letters of every candidate's alphabet: foreign to none
    spellings: tuple[dict[int, str] | None, ...]
    foreign: float
    margins: tuple[float, ...]


def _padded_grams(word: str) -> list[str]:
    """The 2- and 3-letter n-grams of the word between spaces, as langdetect counts them:
    the pairs, then each pair with the letter after it."""
    padded = f" {word} "
    pairs = [*map(operator.add, padded, padded[1:])]
    return [*pairs, *map(operator.add, pairs, padded[2:])]


def _count_grams(words: Iterable[str]) -> dict[str, float]:
    """n-gram probabilities, by length, over words each counted once."""
    text = " " + "  ".join(words) + " "
    pairs = Counter(itertools.pairwise(text))
    pairs.pop((" ", " "), None)
    triples = Counter(zip(text, text[1:], text[2:], strict=False))
    out: dict[str, float] = {}
    for table in (pairs, triples):
        total = sum(table.values())
        for gram, count in table.items():
            if gram[1] != " " or len(gram) == 2:
                out["".join(gram)] = count / total
    return out


def _langdetect_profile(code: str) -> dict[str, float]:
    """Probabilities of the lower-cased n-grams of one of langdetect's profiles."""
    source = resources.files("langdetect") / "profiles" / code
    profile = json.loads(source.read_text(encoding="utf-8"))
    totals = profile["n_words"]
    probabilities: dict[str, float] = {}
    for gram, count in profile["freq"].items():
        if len(gram) < 2:
            continue
        key = gram.lower()
        probabilities[key] = probabilities.get(key, 0.0) + count / totals[len(gram) - 1]
    return probabilities


def _sample_words(name: str) -> list[str]:
    """Lower-case words of a sample text in normalize/data (comment lines left out)."""
    source = resources.files("normalize") / "data" / name
    lines = source.read_text(encoding="utf-8").splitlines()
    text = " ".join(line for line in lines if not line.startswith("#"))
    return [w.lower() for w in _LETTERS.findall(text)]


def _from_latin(words: Iterable[str], spelling: dict[int, str]) -> list[str]:
    """Words of a Latin-letter list in the alphabet `spelling` maps from; a word with a
    letter the alphabet has no match for is left out."""
    back = {latin: chr(code) for code, latin in spelling.items()}
    text = "\n".join(words)
    # Letter pairs first ("lj" is one letter), then single letters, all in C loops.
    for latin in sorted(back, key=len, reverse=True):
        if len(latin) > 1:
            text = text.replace(latin, back[latin])
    singles: dict[int, str | int | None] = {ord(k): v for k, v in back.items() if len(k) == 1}
    text = text.translate(singles)
    native = frozenset(back.values())
    return [word for word in text.split("\n") if word and native.issuperset(word)]


@cache
def _facts() -> dict[str, Any]:
    """The per-language table in normalize/data/languages.json."""
    source = resources.files("normalize") / "data" / "languages.json"
    facts: dict[str, Any] = json.loads(source.read_text(encoding="utf-8"))
    return facts


def _language_tables(lang: str) -> tuple[dict[str, float], dict[str, float], bool]:
    """One language's n-gram probabilities, word probabilities, and whether from a sample."""
    entry = _facts()["languages"][lang]
    if entry.get("sample"):
        sample = _sample_words(entry["sample"])
        words: dict[str, float] = {}
        for word in sample:
            # The sample is short: its words stand for about half of running text.
            words[word] = words.get(word, 0.0) + 0.5 / len(sample)
        return _count_grams(sample), words, True
    import wordfreq  # ~0.1 s to import: only when a model is first built

    words = wordfreq.get_frequency_dict(entry["wordlist"], wordlist="small")
    common = [w for w in itertools.islice(words, _PROFILE_WORDS) if w.isalpha()]
    spelling = entry.get("transliterate")
    if spelling:
        common = _from_latin(common, _TRANSLITERATIONS[spelling])
    grams = _count_grams(common)
    if entry.get("langdetect"):
        other = _langdetect_profile(entry["langdetect"])
        share = _LANGDETECT_SHARE
        grams = {
            g: (1 - share) * grams.get(g, 0.0) + share * other.get(g, 0.0)
            for g in grams.keys() | other.keys()
        }
    return grams, words, False


@cache
def _model(script: str) -> _Model:
    """Build, once per script, the n-gram and word tables of its candidate languages."""
    facts = _facts()
    langs = tuple(facts["scripts"][script])
    tables = [_language_tables(lang) for lang in langs]
    unseen = tuple(
        _UNSEEN_SAMPLE_GRAM if from_sample else _UNSEEN_GRAM for *_, from_sample in tables
    )
    entries = [facts["languages"][lang] for lang in langs]
    return _Model(
        langs=langs,
        grams={},
        scores={},
        runs={},
        profiles=tuple(grams for grams, _, _ in tables),
        profile_unseen=unseen,
        unseen=tuple(
            tuple(weight * value for value in row)
            for weight, row in zip(_GRAM_WEIGHTS, zip(*unseen, strict=True), strict=True)
        ),
        words=tuple(words for _, words, _ in tables),
        unlisted=tuple(
            _WORD_WEIGHT * (_NO_LIST_WORD if sample else _UNLISTED_WORD) for *_, sample in tables
        ),
        alphabets=tuple(frozenset(entry["alphabet"]) for entry in entries),
        shared=frozenset.intersection(*(frozenset(entry["alphabet"]) for entry in entries)),
        spellings=tuple(_TRANSLITERATIONS.get(entry.get("transliterate", "")) for entry in entries),
        foreign=_FOREIGN_LETTER[script],
        margins=tuple(-float(entry.get("margin", 0.0)) for entry in entries),
    )


def _gram_row(model: _Model, gram: str) -> tuple[float, ...]:
    """Weighted log-probabilities of an n-gram in each language, kept once computed."""
    size = len(gram) - 1
    if any(gram in profile for profile in model.profiles):
        row = tuple(
            _GRAM_WEIGHTS[size]
            * (math.log(p) if (p := profile.get(gram, 0.0)) > 0.0 else floor[size])
            for profile, floor in zip(model.profiles, model.profile_unseen, strict=True)
        )
    else:
        row = model.unseen[size]
    # Kept whichever thread computes it first (the same row); n-grams no profile knows are
    # kept too, up to a bound, so that junk text cannot grow the table without end.
    if len(model.grams) < _KEPT_GRAMS or row is not model.unseen[size]:
        model.grams[gram] = row
    return row


def _word_scores(model: _Model, word: str) -> tuple[float, ...]:
    """Log-evidence for each candidate language of the script from one word, kept once
    computed (up to a bound, then the table starts afresh, so that memory stays bounded
    and the words of the texts read now are the ones kept)."""
    scores = model.scores.get(word)
    if scores is not None:
        return scores
    lower = word[:_LONGEST_WORD].lower()
    grams = model.grams
    rows = [grams.get(gram) or _gram_row(model, gram) for gram in _padded_grams(lower)]
    letters = set(lower)
    native = letters <= model.shared  # the commonest case: no alphabet to check
    totals: list[float] = []
    total: float
    for total, words, unlisted, alphabet, spelling in zip(
        map(sum, zip(*rows, strict=True)),
        model.words,
        model.unlisted,
        model.alphabets,
        model.spellings,
        strict=True,
    ):
        frequency = words.get(lower if spelling is None else lower.translate(spelling))
        total += _WORD_WEIGHT * math.log(frequency) if frequency else unlisted
        if not native and not letters <= alphabet:
            total += model.foreign
        totals.append(total)
    scores = tuple(totals)
    if len(model.scores) >= _KEPT_WORDS:
        model.scores.clear()  # start afresh: the words of the texts read now come back
    model.scores[word] = scores
    return scores


def _ambiguous_language(
    words: Sequence[str], script: str, languages: Collection[str] | None
) -> str:
    """The most likely candidate language of the script for a run of words.

    A language with a margin (ru, en) must win by it: calling Ukrainian text Russian is a
    worse mistake than the reverse, because ru and en are the languages searched for.
    """
    model = _model(script)
    if languages is not None or len(words) > _SETTLED_WORDS:
        return _scored_language(model, words, languages)
    # Short runs (page chrome, labels, names) come back page after page.
    key = tuple(words)
    lang = model.runs.get(key)
    if lang is None:
        lang = _scored_language(model, words, None)
        if len(model.runs) >= _KEPT_WORDS:
            model.runs.clear()
        model.runs[key] = lang
    return lang


def _scored_language(model: _Model, words: Sequence[str], languages: Collection[str] | None) -> str:
    """`_ambiguous_language` computed: words scored until one language leads far."""
    candidates = model.langs
    allowed = (
        None if languages is None else [k for k, lang in enumerate(candidates) if lang in languages]
    )
    if allowed is not None and not allowed:
        return "und"
    # Every third word first, so that a settled answer has heard the whole run, not only
    # a label at its start ("Опубликовано в ..." before a Belarusian text). The first
    # words at once: the answer is not looked at before they are all heard.
    known = model.scores
    totals: Sequence[float] = model.margins
    spread = itertools.chain(words[::3], words[1::3], words[2::3])
    for heard, word in enumerate(spread):
        if heard >= _SETTLED_WORDS:
            ranked = sorted(totals if allowed is None else [totals[k] for k in allowed])
            if len(ranked) == 1 or ranked[-1] - ranked[-2] > _SETTLED_MARGIN:
                break
        totals = list(map(operator.add, totals, known.get(word) or _word_scores(model, word)))
    # The first of equally likely languages, as the table lists them.
    if allowed is None:
        return candidates[totals.index(max(totals))]
    return candidates[max(allowed, key=totals.__getitem__)]


# Latin letters that look like Cyrillic ones, and the Cyrillic letters they stand for
# when typed inside a Cyrillic word.
_LOOKALIKES: Final = frozenset("aceiopxyABCEHIKMOPTX")
_TO_CYRILLIC: Final = str.maketrans("aceiopxyABCEHIKMOPTX", "асеіорхуАВСЕНІКМОРТХ")
# Letters for statistics: a run of letters and the marks written on them.
_LETTERS: Final = regex.compile(r"[\p{L}\p{M}]+")
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
_STRONG_BREAK_PATTERN: Final = r"""
      \s[-–—/|·•]+\s       # a spaced dash, slash, bar or bullet: "Читать / Read more"
    | [.!?。]\s            # a sentence ends and another begins
    | :\s                  # a label and its value: "QUESTION: What ..."
    | \n                   # a new line: headline, paragraph, list item
"""
_STRONG_BREAK: Final = regex.compile(_STRONG_BREAK_PATTERN, regex.VERBOSE)
# A character that starts no run of any script.
_RUN_FREE: Final = NOT_IN_RUN
# Between two words of one stretch: one space (the commonest gap, tried first), or
# characters that start no run of any script with no strong break among them.
_GAP: Final = r"(?:\x20|(?:(?!" + _STRONG_BREAK_PATTERN + ")" + _RUN_FREE + r")++)"


# The group a stretch's words are captured in, by script.
_WORD_GROUP: Final = {"Hangul": "hangul_word", "Cyrillic": "cyrillic_word", "Latin": "latin_word"}


def _stretch_of(script: str) -> str:
    """Pattern of words of one script with gaps and no strong break between them."""
    word = "(?P<" + _WORD_GROUP[script] + r">\p{" + script + r"}[\p{" + script + r"}\p{M}]*)"
    return "(?P<" + script + ">" + word + "(?:" + _GAP + word + ")*)"


# Words of one script with no strong break between them, found in one pass of C code so
# that a sentence costs one match, not one per word. Other scripts, and letters no script
# claims, are single runs as scripts.py finds them.
@cache
def _stretch_pattern() -> regex.Pattern[str]:
    """Compiled when first used: a few milliseconds kept off `import normalize`."""
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
# A token between fragments: anything between white space (with the information
# separators U+001C-U+001F, which Python's str.isspace also counts as space).
_TOKEN: Final = regex.compile(r"[^\s\x1c-\x1f]+")
# A token between fragments that separates them and belongs to neither.
_SEPARATOR: Final = regex.compile(r"[-–—/|·•:;,>→=+*~]+")
# An acronym: a short all-capital word ("KT", "NBA", "KIET") that reads in any language.
_ACRONYM: Final = regex.compile(r"\p{Lu}{1,5}")
# A word written as a name: capitalised ("Samsung"), or with an inner capital ("iPhone").
_NAME: Final = regex.compile(r"(?:\p{Lu}|\p{Ll}+\p{Lu}).*")
# An island longer than this is a fragment in its own right, not a name in a sentence.
_ISLAND_LETTERS: Final = 24
_ISLAND_WORDS: Final = 3
# For a text in one script: its first and last letters, which script the first is in, and
# a letter of any other script (whose presence means the text needs reading block by block).
_ANY_LETTER: Final = regex.compile(r"\p{L}")
_LAST_LETTER: Final = regex.compile(r"(?r)\p{L}[\p{M}]*")
_RUNS_HEAD: Final = regex.compile(
    r"(?P<Latin>\p{Latin})|(?P<Cyrillic>\p{Cyrillic})|(?P<Hangul>\p{Hangul})"
)
_OTHER_SCRIPT: Final = {
    "Latin": regex.compile(r"[\p{L}--\p{Latin}]", regex.VERSION1),
    "Cyrillic": regex.compile(r"[\p{L}--\p{Cyrillic}]", regex.VERSION1),
    "Hangul": regex.compile(r"[\p{L}--\p{Hangul}]", regex.VERSION1),
}
# How many blocks an island looks past for a sentence of its own script on its line.
_SCAN_BLOCKS: Final = 8
# Scripts whose short runs borrow the language around them: Latin names and acronyms,
# Cyrillic names, Hanja inside Korean.
_ISLAND_SCRIPTS: Final = frozenset({"Latin", "Cyrillic", "Han", "Greek"})
# Scripts written together with Chinese characters, which then read in their language.
_HAN_READERS: Final = frozenset({"Hangul", "Hiragana", "Katakana"})


class Fragment(NamedTuple):
    """A maximal run of text in one language, with code-point offsets (end exclusive)."""

    start: int
    end: int
    text: str
    lang: str
    script: str


class _Block(NamedTuple):
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


def _blocks(text: str) -> list[_Block]:
    """Hashtags and addresses whole; other letters in runs of one script, cut at strong
    breaks."""
    blocks: list[_Block] = []
    # The block being extended: start, end, script, words.
    start, end, script, words = -1, -1, "", list[str]()

    def close() -> None:
        if words:
            blocks.append(_Block(start, end, script, tuple(words), False, sum(map(len, words))))

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
                    or not _STRONG_BREAK.search(text, end, run_start)
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
            blocks.append(_Block(tag.start(), finish, "Latin", (), False, 0))
            position = finish
            continue
        tag_words = tuple(w for w in _TAG_WORDS.split(tag.group()[1:]) if _LETTERS.search(w))
        # Marks with no letter under them ("#\u0301") are no words.
        counts = letter_counts(tag.group()) if tag_words else Counter[str]()
        if counts:
            close()
            words = []
            tag_script = max(counts, key=lambda name: counts[name])
            letters = sum(counts.values())
            blocks.append(_Block(tag.start(), tag.end(), tag_script, tag_words, True, letters))
            position = tag.end()
        else:
            position = stop
    close()
    return blocks


def _block_language(block: _Block, languages: Collection[str] | None) -> str:
    """The language of one block, from its script, then statistics where that is ambiguous."""
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
    if block.script in _facts()["scripts"]:
        if not block.hashtag and len(words) == 1 and _ACRONYM.fullmatch(words[0]):
            # A lone acronym ("KST", "NATO") is no evidence of any language.
            return "und"
        return _ambiguous_language(words, block.script, languages)
    lang = "zh" if block.script == "Han" else _SCRIPT_LANGUAGE.get(block.script, "und")
    if languages is not None and lang not in languages:
        return "und"
    return lang


class _Line(NamedTuple):
    """A text's blocks with what the rules that read a line need to know about them."""

    text: str
    blocks: list[_Block]
    own: list[str]  # the language of each block's own letters
    labels: list[str]  # the language each block is read in, as the rules decide
    islands: list[bool]  # short runs that may borrow the language around them
    lines: list[int]  # the line of the text each block is on

    def gap(self, i: int, j: int) -> str:
        """The text between blocks i and j."""
        first, second = (i, j) if i < j else (j, i)
        return self.text[self.blocks[first].end : self.blocks[second].start]

    def outweighs(self, j: int, i: int) -> bool:
        """Whether block j is the sentence island i sits in, rather than another island.

        Latin is the script written into others (brands, acronyms, file names), not the
        reverse: a Cyrillic word never borrows from a Latin island ("Telegram-канал").
        """
        if not self.islands[j]:
            return True
        latin_host = self.blocks[j].script == "Latin" and self.blocks[i].script != "Latin"
        return not latin_host and self.blocks[j].letters >= self.blocks[i].letters

    def settled(self, i: int) -> bool:
        """Whether an earlier rule already read block i with its surroundings."""
        return self.labels[i] != self.own[i]


def _line(text: str, languages: Collection[str] | None) -> _Line:
    """Blocks, their own languages, which of them are islands, and their lines.

    An island is short: a name, an acronym, a word or three.
    """
    blocks = _blocks(text)
    own = [_block_language(block, languages) for block in blocks]
    lines: list[int] = []
    line = 0
    for k, block in enumerate(blocks):
        if k and text.find("\n", blocks[k - 1].end, block.start) >= 0:
            line += 1
        lines.append(line)
    islands = [
        not block.hashtag
        and block.script in _ISLAND_SCRIPTS
        and block.letters <= _ISLAND_LETTERS
        and len(text[block.start : block.end].split()) <= _ISLAND_WORDS
        for block in blocks
    ]
    return _Line(text, blocks, own, list(own), islands, lines)


def _read_acronyms(line: _Line) -> None:
    """An acronym reads with the sentence of another script it touches or follows.

    "NBA에서", "사진제공 GM - new models", "사진: AP 연합뉴스": asked before a same-script
    neighbour, which is often across a separator, in another item.
    """
    _borrow_for_latin_islands(line, _ACRONYM)


def _borrow_for_latin_islands(line: _Line, word: regex.Pattern[str]) -> None:
    """Unsettled Latin islands whose every word is of the given shape borrow across."""
    for i, block in enumerate(line.blocks):
        if not line.islands[i] or line.settled(i) or block.script != "Latin":
            continue
        if all(word.fullmatch(text) for text in block.words):
            _borrow_across(line, i)


def _borrow_across(line: _Line, i: int) -> None:
    """Take the language of a neighbour in another script, if no break parts them."""
    for j in (i - 1, i + 1):
        if not 0 <= j < len(line.blocks) or line.blocks[j].hashtag:
            continue
        gap = line.gap(i, j)
        # A label's colon introduces a name ("Фото: Reuters"), whatever their sizes.
        introduced = j < i and ":" in gap and not _STRONG_BREAK.search(gap.replace(":", ""))
        if line.blocks[j].script != line.blocks[i].script and (
            introduced or (not _STRONG_BREAK.search(gap) and line.outweighs(j, i))
        ):
            line.labels[i] = line.labels[j]
            return


def _smooth_scripts(line: _Line) -> None:
    """An island takes the language of the nearest longer run of its script on its line.

    A colon, dash or sentence end cuts a run of one script ("QUESTION: What do ...",
    "Romans 6:23 - The Second Chance"), and a name in another script may stand between
    ("Подписывайтесь на наш Telegram-канал"), but a lone word says little about its
    language: "QUESTION" is English because the sentence is. A line of a word or two on
    its own ("Комментарии") takes the language of the text's longest run of its script.
    """
    blocks = line.blocks
    # The longest sentence of each script in the whole text, for islands alone on a line
    # ("Комментарии" above Russian paragraphs): a document keeps to one language per script.
    longest: dict[str, int] = {}
    for j, other in enumerate(blocks):
        if not line.islands[j] and not other.hashtag and line.labels[j] != "und":
            best = longest.get(other.script)
            if best is None or other.letters > blocks[best].letters:
                longest[other.script] = j
    for i, block in enumerate(blocks):
        if not line.islands[i] or line.settled(i) or block.script not in _facts()["scripts"]:
            continue
        found: list[tuple[int, int]] = []  # (distance, block) of the sentences on each side
        for step in (-1, 1):
            j = i + step
            # Past a few islands of other scripts, but not across a line or a sentence.
            while abs(j - i) <= _SCAN_BLOCKS and 0 <= j < len(blocks):
                other = blocks[j]
                if line.lines[j] != line.lines[i]:
                    break
                if other.script == block.script and not other.hashtag:
                    if line.labels[j] != "und" and other.letters > block.letters:
                        found.append((abs(j - i), j))
                    break
                if not line.islands[j] and not other.hashtag:
                    break  # a sentence in another script: the island belongs to it, if any
                j += step
        if found:
            line.labels[i] = line.labels[min(found)[1]]
        elif block.script in longest and _alone_on_line(line, i):
            line.labels[i] = line.labels[longest[block.script]]


def _alone_on_line(line: _Line, i: int) -> bool:
    """Whether block i is the only block on its line."""
    before = i == 0 or line.lines[i - 1] != line.lines[i]
    after = i + 1 == len(line.blocks) or line.lines[i + 1] != line.lines[i]
    return before and after


def _resolve_islands(line: _Line) -> None:
    """Give a short foreign-script island the language of the sentence around it."""
    blocks, labels = line.blocks, line.labels
    for i, block in enumerate(blocks):
        if block.script == "Han" and not block.hashtag:
            _read_hanja(line, i)
        if not line.islands[i] or line.settled(i):
            continue
        left = i - 1 if i > 0 and not blocks[i - 1].hashtag else None
        right = i + 1 if i + 1 < len(blocks) and not blocks[i + 1].hashtag else None
        left_gap = line.gap(left, i) if left is not None else ""
        right_gap = line.gap(i, right) if right is not None else ""
        left_lang = labels[left] if left is not None else None
        right_lang = labels[right] if right is not None else None
        # Written against a word with no space: "NBA에서", "연구원(KIET)", "архив(info.rar)".
        if left is not None and not _has_space(left_gap) and line.outweighs(left, i):
            labels[i] = labels[left]
        elif right is not None and not _has_space(right_gap) and line.outweighs(right, i):
            labels[i] = labels[right]
        # Inside one sentence of another language, with no break on either side.
        elif (
            left_lang is not None
            and left_lang == right_lang
            and not _STRONG_BREAK.search(left_gap)
            and not _STRONG_BREAK.search(right_gap)
        ):
            labels[i] = left_lang


def _read_names(line: _Line) -> None:
    """A Latin name at the edge of a sentence in another script reads with it.

    "Компания представила новый iPhone", "Samsung 신제품 출시", "Источник: Reuters": names
    are capitalised; a lower-case phrase ("Read more 더 보기") is a fragment of its own.
    """
    _borrow_for_latin_islands(line, _NAME)


def _read_hanja(line: _Line, i: int) -> None:
    """Chinese characters in a Korean sentence are Hanja ("中 정부는"), in Japanese kanji."""
    for j in (i - 1, i + 1):
        if (
            0 <= j < len(line.blocks)
            and not line.blocks[j].hashtag
            and line.blocks[j].script in _HAN_READERS
            and not _STRONG_BREAK.search(line.gap(i, j))
        ):
            line.labels[i] = line.labels[j]
            return


def _has_space(gap: str) -> bool:
    return any(map(str.isspace, gap))


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the white-space separated tokens of text[start:end]."""
    return [m.span() for m in _TOKEN.finditer(text, start, end)]


def _widen(text: str, spans: list[list[int]]) -> None:
    """Give the digits and punctuation between fragments to the fragment they belong to.

    A token written against a fragment's first letter ("(클릭시", "3일") opens it; other
    tokens close the fragment before them ("2007-07-31 10:30", "(20", "9m") up to a
    separator (" - ", " | ") or line break; what follows the last separator or line break
    opens the next fragment. Separators belong to neither.
    """
    for i in range(len(spans) + 1):
        floor = spans[i - 1][1] if i > 0 else 0
        ceiling = spans[i][0] if i < len(spans) else len(text)
        first_break = text.find("\n", floor, ceiling)
        last_break = text.rfind("\n", floor, ceiling)
        if first_break < 0:
            tokens = _tokens(text, floor, ceiling)
            attached = (
                tokens.pop() if tokens and tokens[-1][1] == ceiling and i < len(spans) else None
            )
            cuts = [k for k, token in enumerate(tokens) if _SEPARATOR.fullmatch(text, *token)]
            if not cuts:
                # No separator: the tokens close the fragment before, if there is one.
                closing, opening = (tokens, []) if i > 0 else ([], tokens)
            else:
                closing, opening = tokens[: cuts[0]], tokens[cuts[-1] + 1 :]
            if attached is not None:
                opening = [*opening, attached]
        else:
            closing = _until_separator(text, _tokens(text, floor, first_break))
            opening = _until_separator(text, _tokens(text, last_break + 1, ceiling)[::-1])[::-1]
        if closing and i > 0:
            spans[i - 1][1] = closing[-1][1]
        if opening and i < len(spans):
            spans[i][0] = opening[0][0]


def _until_separator(text: str, tokens: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The tokens before the first separator among them."""
    for k, token in enumerate(tokens):
        if _SEPARATOR.fullmatch(text, *token):
            return tokens[:k]
    return tokens


def _read_line(
    text: str, languages: Collection[str] | None
) -> tuple[list[_Block], list[str], list[str]]:
    """The blocks of a text, the language each is read in, and the language of its own
    letters before islands and neighbours were taken into account."""
    line = _line(text, languages)
    # Each rule reads only the islands earlier rules left as they were: the words an island
    # is written against or sits between; an acronym, the sentence it touches ("사진제공
    # GM - new models"); a longer run of its own script ("... in Ottawa. Carleton
    # University"); last, a name at the edge of a sentence in another script.
    _resolve_islands(line)
    _read_acronyms(line)
    _smooth_scripts(line)
    _read_names(line)
    return line.blocks, line.labels, line.own


def detect_fragments(text: str, *, languages: Collection[str] | None = None) -> list[Fragment]:
    """Maximal runs of one language, in order, covering every letter of the text.

    Digits and closing punctuation stay with the words before them, opening brackets and
    hashtag signs with the words after; separators between fragments (" / ", " | ")
    belong to none. A short name or acronym inside a sentence ("NBA에서") keeps the
    sentence's language; each hashtag is a fragment of its own. `languages`, when given,
    restricts the labels to those codes (others become "und").

    >>> [(f.text, f.lang) for f in detect_fragments("Читать полностью / Read more / 더 보기")]
    [('Читать полностью', 'ru'), ('Read more', 'en'), ('더 보기', 'ko')]
    """
    blocks, labels, own = _read_line(text, languages)
    # Neighbouring blocks of one language merge; each hashtag stays a fragment of its own.
    spans: list[list[int]] = []
    merged_labels: list[str] = []
    weights: list[dict[str, int]] = []
    for k, (block, label) in enumerate(zip(blocks, labels, strict=True)):
        joinable = k > 0 and not block.hashtag and not blocks[k - 1].hashtag
        if joinable and merged_labels[-1] == label:
            spans[-1][1] = block.end
        else:
            spans.append([block.start, block.end])
            merged_labels.append(label)
            weights.append({})
        # An island's letters do not make the script of the sentence it sits in.
        weight = block.letters if own[k] == label else 0
        weights[-1][block.script] = weights[-1].get(block.script, 0) + weight
    _widen(text, spans)
    fragments = []
    for (start, end), label, counts in zip(spans, merged_labels, weights, strict=True):
        script = max(sorted(counts), key=lambda name: counts[name])
        fragments.append(Fragment(start, end, text[start:end], label, script))
    return fragments


def language_shares(fragments: Sequence[Fragment]) -> list[str]:
    """Languages present, by descending share of letters (ties by code); "und" left out.

    >>> language_shares(detect_fragments("Описание к видео / Read more"))
    ['ru', 'en']
    """
    letters: dict[str, int] = {}
    for fragment in fragments:
        if fragment.lang == "und":
            continue
        letters[fragment.lang] = letters.get(fragment.lang, 0) + _alphabetic_count(fragment.text)
    return sorted(letters, key=lambda lang: (-letters[lang], lang))


def _alphabetic_count(text: str) -> int:
    """How many characters of the text are letters (str.isalpha): most of its words are
    letters alone, counted by their length without a look at every character."""
    count = 0
    for word in text.split():
        count += len(word) if word.isalpha() else sum(map(str.isalpha, word))
    return count


def _single_block(text: str) -> _Block | None:
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
    if _STRONG_BREAK.search(text, first.start(), end):
        return None
    words = tuple(_LETTERS.findall(text, first.start(), end))
    return _Block(first.start(), end, script or "", words, False, sum(map(len, words)))


def _alphabetic(text: str, block: _Block) -> int:
    """How many of the block's characters are letters (str.isalpha). Only its words hold
    letters, so when they are letters alone the count is their length, without a look
    at every character."""
    words = "".join(block.words)
    if words.isalpha():
        return len(words)
    return _alphabetic_count(text[block.start : block.end])


def detect_language(text: str, *, languages: Collection[str] | None = None) -> str:
    """One ISO 639-1 code for the text: the language with most letters, "und" without letters.

    >>> detect_language("Описание к видео")
    'ru'
    >>> detect_language("2024-05-17")
    'und'
    """
    single = _single_block(text)
    if single is not None:
        return _block_language(single, languages)
    # The letters of language_shares(detect_fragments(text)), without building fragments:
    # the digits and punctuation fragments take in between blocks hold no letters.
    blocks, labels, _ = _read_line(text, languages)
    letters: dict[str, int] = {}
    for block, label in zip(blocks, labels, strict=True):
        if label != "und":
            letters[label] = letters.get(label, 0) + _alphabetic(text, block)
    return min(letters, key=lambda lang: (-letters[lang], lang)) if letters else "und"
