"""The statistical stage: which candidate language of a shared script a run of words is in.

Words are scored, deterministically, against character n-gram profiles (counted over
wordfreq's lists, blended with the ones shipped inside langdetect) and word frequencies
(wordfreq), for the candidate languages of their script (``data/scripts.json``) with the
facts of each (``detection`` in ``data/languages/<code>.json``).
"""

from __future__ import annotations

import itertools
import json
import math
import operator
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from importlib import resources
from typing import Final, NamedTuple

import regex

from normalize.cache import Memo, once
from normalize.facts import data_text, language_info, script_info, transliteration
from normalize.stored import stored

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
# Weight of the evidence of letters, letter pairs and triples: triples tell languages
# apart best, and counting every order in full would count the same letters three times.
# Single letters add nothing the pairs do not say (and the alphabet check covers them).
_GRAM_WEIGHTS: Final = (0.0, 0.5, 1.0)
# A long run's language is settled, and its remaining words not scored, once this many
# words put one language this far (in log-odds) ahead of every other.
SETTLED_WORDS: Final = 3
_SETTLED_MARGIN: Final = 60.0
# Letters of a word that are scored: longer runs are not words ("aaaa…", glued junk), and
# their first letters say as much as the rest.
_LONGEST_WORD: Final = 40
# How many words, short runs and n-grams the model keeps scores for.
_KEPT_WORDS: Final = 1 << 16
_KEPT_GRAMS: Final = 200_000
# The commonest words of a list whose letters make its n-gram profile: enough for the
# profile to settle, few enough to count in a fraction of a second.
_PROFILE_WORDS: Final = 20_000
# Share of langdetect's profile in a blended profile (the rest counts the word list).
_LANGDETECT_SHARE: Final = 0.3
# Letters for statistics: a run of letters and the marks written on them.
LETTERS: Final = regex.compile(r"[\p{L}\p{M}]+")


class _Model(NamedTuple):
    """What the statistical stage knows of the candidate languages of one script."""

    langs: tuple[str, ...]
    # Weighted log-probabilities of an n-gram in each language, filled in as n-grams are
    # met (most of a profile is never asked for), from each language's probabilities.
    grams: Memo[str, tuple[float, ...]]
    # The same for whole words, as written (most words of a text were met before).
    scores: Memo[str, tuple[float, ...]]
    # The language of a short run of words, with no restriction of the languages, by the
    # favoured language and its weight, then the words.
    runs: Memo[tuple[str | float, ...], str]
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
    lines = data_text(name).splitlines()
    text = " ".join(line for line in lines if not line.startswith("#"))
    return [w.lower() for w in LETTERS.findall(text)]


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


def _spelling(lang: str) -> dict[int, str] | None:
    """How a word of the language is spelled before it is looked up in its list."""
    facts = language_info(lang)["detection"]
    name = facts.get("transliterate")
    return transliteration(name, facts["alphabet"]) if name else None


def _language_tables(lang: str) -> tuple[dict[str, float], dict[str, float], bool]:
    """One language's n-gram probabilities, word probabilities, and whether from a sample."""
    facts = language_info(lang)["detection"]
    if facts.get("sample"):
        sample = _sample_words(facts["sample"])
        words: dict[str, float] = {}
        for word in sample:
            # The sample is short: its words stand for about half of running text.
            words[word] = words.get(word, 0.0) + 0.5 / len(sample)
        return _count_grams(sample), words, True
    import wordfreq  # ~0.1 s to import: only when a model is first built

    words = wordfreq.get_frequency_dict(facts["wordlist"], wordlist="small")
    common = [w for w in itertools.islice(words, _PROFILE_WORDS) if w.isalpha()]
    spelling = _spelling(lang)
    if spelling is not None:
        common = _from_latin(common, spelling)
    grams = _count_grams(common)
    if facts.get("langdetect"):
        other = _langdetect_profile(facts["langdetect"])
        share = _LANGDETECT_SHARE
        grams = {
            g: (1 - share) * grams.get(g, 0.0) + share * other.get(g, 0.0)
            for g in grams.keys() | other.keys()
        }
    return grams, words, False


@once
def has_candidates(script: str) -> bool:
    """Whether the script is shared by languages that statistics tell apart.

    >>> has_candidates("Cyrillic"), has_candidates("Hangul")
    (True, False)
    """
    return "candidates" in script_info(script)


@stored("language-model")
def _model(script: str) -> _Model:
    """Build, once per script, the n-gram and word tables of its candidate languages."""
    langs = tuple(script_info(script)["candidates"])
    tables = [_language_tables(lang) for lang in langs]
    unseen = tuple(
        _UNSEEN_SAMPLE_GRAM if from_sample else _UNSEEN_GRAM for *_, from_sample in tables
    )
    entries = [language_info(lang)["detection"] for lang in langs]
    return _Model(
        langs=langs,
        grams=Memo(_KEPT_GRAMS),
        scores=Memo(_KEPT_WORDS),
        runs=Memo(_KEPT_WORDS),
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
        spellings=tuple(_spelling(lang) for lang in langs),
        foreign=float(script_info(script)["foreign_letter"]),
        margins=tuple(-float(entry.get("margin", 0.0)) for entry in entries),
    )


def _gram_row(model: _Model, gram: str) -> tuple[float, ...]:
    """Weighted log-probabilities of an n-gram in each language."""
    size = len(gram) - 1
    if any(gram in profile for profile in model.profiles):
        row = tuple(
            _GRAM_WEIGHTS[size]
            * (math.log(p) if (p := profile.get(gram, 0.0)) > 0.0 else floor[size])
            for profile, floor in zip(model.profiles, model.profile_unseen, strict=True)
        )
    else:
        row = model.unseen[size]
    return model.grams.keep(gram, row)


def _word_scores(model: _Model, word: str) -> tuple[float, ...]:
    """Log-evidence for each candidate language of the script from one word."""
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
    return model.scores.keep(word, tuple(totals))


def ambiguous_language(
    words: Sequence[str],
    script: str,
    languages: Collection[str] | None,
    favoured: str | None = None,
    weight: float = 0.0,
) -> str:
    """The most likely candidate language of the script for a run of words.

    A language with a margin (ru, en) must win by it: calling Ukrainian text Russian is a
    worse mistake than the reverse, because ru and en are the languages searched for.
    `languages`, when given, restricts the answer to those codes ("und" when the script
    has none of them). `favoured`, the page's language of the script, gains `weight`
    log-odds per word.

    >>> ambiguous_language(["Читать", "полностью"], "Cyrillic", None)
    'ru'
    >>> ambiguous_language(["Lee", "Su", "min"], "Latin", None)
    'es'
    >>> ambiguous_language(["Lee", "Su", "min"], "Latin", None, "en", 15.0)
    'en'
    """
    model = _model(script)
    if languages is not None or len(words) > SETTLED_WORDS:
        return _scored_language(model, words, languages, favoured, weight)
    # Short runs (page chrome, labels, names) come back page after page.
    # The whole question is the key: an answer never depends on the calls made before it.
    key: tuple[str | float, ...] = (favoured or "", weight, *words)
    lang = model.runs.get(key)
    if lang is None:
        lang = model.runs.keep(key, _scored_language(model, words, None, favoured, weight))
    return lang


def _scored_language(
    model: _Model,
    words: Sequence[str],
    languages: Collection[str] | None,
    favoured: str | None,
    weight: float,
) -> str:
    """`ambiguous_language` computed: words scored until one language leads far."""
    candidates = model.langs
    allowed = (
        None if languages is None else [k for k, lang in enumerate(candidates) if lang in languages]
    )
    if allowed is not None and not allowed:
        return "und"
    # Every third word first, so that a settled answer has heard the whole run, not only
    # a label at its start ("Опубликовано в ..." before a Belarusian text). No answer is
    # taken before the first few words are all heard.
    known = model.scores
    totals: Sequence[float] = model.margins
    # The page's prior, counted with each word heard: an answer settled early has heard
    # the prior of the words it heard, not of those it did not.
    prior = candidates.index(favoured) if weight and favoured in candidates else -1
    spread = itertools.chain(words[::3], words[1::3], words[2::3])
    for heard, word in enumerate(spread):
        if heard >= SETTLED_WORDS:
            ranked = sorted(totals if allowed is None else [totals[k] for k in allowed])
            if len(ranked) == 1 or ranked[-1] - ranked[-2] > _SETTLED_MARGIN:
                break
        totals = list(map(operator.add, totals, known.get(word) or _word_scores(model, word)))
        if prior >= 0:
            totals[prior] += weight
    # The first of equally likely languages, as the table lists them.
    if allowed is None:
        return candidates[totals.index(max(totals))]
    return candidates[max(allowed, key=totals.__getitem__)]
