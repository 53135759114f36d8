"""Per-language facts: one file per language under ``data/languages/``, read once.

Every table that differs by language lives in ``data/languages/<code>.json`` (ISO 639-1 code),
in one shape, like wordfreq's ``language_info``. A section is present only for the languages
it concerns:

- ``name``: the English name, for warnings ("Asia/Seoul (Korean page)").
- ``script``: the writing system the language is written in.
- ``zone``: the IANA zone a reader of a page in this language assumes for a time printed
  without one (Korean pages Asia/Seoul, Russian pages Europe/Moscow).
- ``detection``: the statistical language detector's facts. ``alphabet``: the lower-case
  letters the language writes natively; ``wordlist``: the wordfreq list of its words (whose
  commonest words also give its letter n-grams); ``langdetect``: the langdetect profile blended
  into those n-grams; ``sample``: a text file in ``data/`` standing in for both where wordfreq
  has no list; ``transliterate``: the wordfreq table (``sr-Latn``) that spells a word the way
  its list does; ``margin``: log-odds by which the language must beat the others (the
  languages searched for yield near ties to their confusers).
- ``timestamps``: the words outlets print around times, lower case, by meaning (``months``,
  ``weekdays``, ``meridiem``, ``labels`` of the published and modified times,
  ``window_labels`` (those of them that open a publication window, "published from"),
  ``issue_labels`` (those that say a document was issued, counting inside a line its date
  closes, "issued"), ``issue_date_words`` (those that may end the words between such a label
  and its date, "on"),
  ``line_labels`` (those that count only opening their line before a date, "update"),
  ``manager_labels`` (those of a government page's manager block, its department, under which
  a last edit is the menu page's stamp, "담당부서"), ``units``,
  ``numbers``, relative words, ``zone_phrases``, the ``zone_statements`` a forum prints before
  the zone of all its times and the ``daylight_saving_flags`` after it, ...); the parser merges
  every language's.
- ``chrome``: page machinery as lower-case phrases (``widgets``, ``related`` headers,
  ``sections``, UI ``labels`` glued to a title, ``title_labels`` of a form's title field,
  ``sender_labels`` of a memo's sender field, the ``summary_labels`` a story's summary opens
  with, "내용요약", the words of address that open a letter's
  ``salutations`` ("уважаемые", "존경하는"),
  the ``tag_labels`` and ``tag_phrases`` a tag's page names its tag with, the
  ``archive_labels`` an archive's page names what it gathers with, the ``filing_labels`` a
  post's line of its rubrics or tags opens with before a colon, headline ``flags``
  (the ``status_flags`` among them a headline keeps before a colon, "BREAKING: …"), the
  ``badges`` of a story's status a site glues after its headline, "… Featured",
  ``copyright`` phrases, prompt ``prefixes`` and ``suffixes``, ``about`` phrases of an
  outlet's self-description, ``caption_markers`` that name a photograph's source or place its
  people, "(from left)", the ``label_prepositions`` a brand's name goes before ahead of a colon,
  which open no rubric's label, "для"), the ``close_labels`` of a close button naming the box
  it closes, "close notification", the ``poll_labels`` of a poll's box over its question,
  "опрос", the ``more_links`` that lead from a teaser to its story,
  "continue reading", the ``back_links`` that open a link back to a part of the
  site and the ``back_link_pages`` it names, "back to" … "index", and the ``caption_openers``,
  marks that open a caption pointing at the photograph above, "↑↑").
- ``segmentation``: the hashtag splitter's facts. ``lexicon``: a word list in ``data/`` of
  words the frequency list lacks whole; ``dictionary``: word lists derived from a dictionary
  (priced as rarer words); ``places``: the list of place names after which a word of
  ``place_nouns`` joins the name (서울 + 역); ``surnames``: the commonest ones, which open
  a three-syllable name; ``other_surnames``: the less common ones, which open a name before a
  particle closing the tag only (곽 + 민재 + 는); ``titles``: the roles written after a
  person's name (선수, 감독), before which three syllables that open with a surname are a
  name; ``prices``: the
  segmentation prices that differ from the defaults; ``suffixes``, ``abbreviations``,
  ``counters``, ``year_counters`` (counters of years, which count after a year of four digits
  only: 2031 + 학년도), ``age_counters`` (counters of age, which count after a number of three
  digits at most: 20 + 세, but 2030 + 세대), ``decade_counters`` (counters of decades, which
  count after a tens only: 1990 + 년대), ``modifier_forms`` (the modifier forms of 하다
  and 되다, kept by the noun before them: 특별 + 한), ``numerals`` (the units that multiply a
  number: 5천만, 3억), ``names``, ``one_letter_words``, ``combining_forms`` (joined to the
  word after them), ``noun_prefixes`` (Sino-Korean prefixes written with the noun after them
  when left alone: 재 + 확산),
  ``noun_suffixes`` (suffixes that make a word of the two-syllable noun before them: 상승 +
  률), ``particles`` (kept by a word of Latin letters before them: KBS + 에서),
  ``agency_suffixes`` (two nouns before one name an agency: 질병 + 관리 + 청),
  ``local_offices`` (offices named by the place with its place noun: 세종시 + 교육청),
  ``court_offices`` (clipped names of courts and prosecutors' offices, glued to a bare place
  name: 춘천 + 지검), ``party_suffixes`` (the last syllable of a party's word, before which a
  rare word opens the party's name: 한결 + 국민당), ``outlet_heads`` (the words that close an
  outlet's name, before which a rare word opens it: 남녘 + 일보), ``event_nouns`` (events held
  at a place, which keep the noun naming them: 한강 + 불꽃축제): how pieces regroup into words.
- ``particles``: the endings the language glues to a word (Korean 에서, 는): an acronym
  followed by one is part of that word ("NBA에서"), by any other word a fragment of its own.

Facts of writing systems are in ``data/scripts.json``, of time zones in ``data/zones.json``,
of outlets' names in ``data/outlets.json`` (each file says what its fields mean).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType
from typing import Any

from normalize.cache import once

# Transliteration tables a language's facts may name, from wordfreq.
_WORDFREQ_TABLES = MappingProxyType({"sr-Latn": "SR_LATN_TABLE"})


def data_text(name: str) -> str:
    """The text of a file in ``normalize/data``.

    >>> data_text("scripts.json").startswith("{")
    True
    """
    return resources.files("normalize").joinpath("data", name).read_text("utf-8")


@once
def _json(name: str) -> Mapping[str, Any]:
    facts: dict[str, Any] = json.loads(data_text(name))
    return MappingProxyType(facts)


@once
def language_codes() -> tuple[str, ...]:
    """Every language with a facts file, in code order.

    >>> language_codes()[:3]
    ('be', 'bg', 'de')
    """
    folder = resources.files("normalize").joinpath("data", "languages")
    return tuple(sorted(entry.name.removesuffix(".json") for entry in folder.iterdir()))


def language_info(code: str) -> Mapping[str, Any]:
    """The facts of one language; empty for a language without a file.

    >>> language_info("ko")["zone"]
    'Asia/Seoul'
    """
    if code not in language_codes():
        return MappingProxyType({})
    return _json(f"languages/{code}.json")


def section(name: str) -> dict[str, Mapping[str, Any]]:
    """One section of every language that has it, by code, in code order.

    >>> sorted(section("timestamps"))
    ['en', 'ko', 'ru', 'uk']
    """
    return {
        code: language_info(code)[name] for code in language_codes() if name in language_info(code)
    }


@once
def month_abbreviations(code: str) -> tuple[str, ...]:
    """A language's month names cut to their first three letters, capitalised, as a page
    prints them before a day ("Jun 9, 2017"), sorted; empty for a language without them.

    >>> month_abbreviations("en")[:4]
    ('Apr', 'Aug', 'Dec', 'Feb')
    """
    months = language_info(code).get("timestamps", {}).get("months", {})
    return tuple(sorted({month[:3].capitalize() for month in months}))


@once
def weekday_names(code: str) -> tuple[str, ...]:
    """A language's weekday names and their short forms, capitalised, as a page prints them
    before a date ("Friday, June 9, 2017"), longest first; empty for a language without them.

    >>> weekday_names("en")[:2]
    ('Wednesday', 'Saturday')
    """
    weekdays = language_info(code).get("timestamps", {}).get("weekdays", [])
    return tuple(sorted({day.capitalize() for day in weekdays}, key=lambda day: (-len(day), day)))


def script_info(script: str) -> Mapping[str, Any]:
    """The facts of one writing system; empty for one the detector does not route on.

    >>> script_info("Cyrillic")["candidates"][0]
    'ru'
    """
    facts = _json("scripts.json").get(script)
    return MappingProxyType(facts) if isinstance(facts, dict) else MappingProxyType({})


@once
def scripts_with(field: str) -> Mapping[str, Any]:
    """Each writing system's value of one field, for those that have it.

    >>> dict(scripts_with("hashtags"))
    {'Hangul': 'ko', 'Cyrillic': 'ru', 'Latin': 'en'}
    """
    return MappingProxyType(
        {
            script: facts[field]
            for script, facts in _json("scripts.json").items()
            if isinstance(facts, dict) and field in facts
        }
    )


def zones() -> Mapping[str, Any]:
    """Time-zone abbreviations, the ambiguous ones, and the regions that write the day first."""
    return _json("zones.json")


def outlets() -> Mapping[str, Any]:
    """Outlets' names that pages append to headlines, and the words outlet names end in."""
    return _json("outlets.json")


@once
def transliteration(name: str, alphabet: str) -> dict[int, str]:
    """A wordfreq transliteration table, for the letters of one alphabet.

    >>> "abc".translate(transliteration("sr-Latn", "абвгдђежзијклљмнњопрстћуфхцчџш")) == "abc"
    True
    >>> "љубав".translate(transliteration("sr-Latn", "абвгдђежзијклљмнњопрстћуфхцчџш"))
    'ljubav'
    """
    from wordfreq import transliterate  # ~0.1 s to import: only when a model is first built

    table: dict[int, str] = getattr(transliterate, _WORDFREQ_TABLES[name])
    return {ord(letter): table[ord(letter)] for letter in alphabet if ord(letter) in table}
