"""The per-language facts that regroup a segmented run's pieces into words (``segmentation``
in ``data/languages/<code>.json``): suffixes, counters, names, place nouns and their kin."""

from __future__ import annotations

from dataclasses import dataclass

from normalize.cache import once
from normalize.facts import language_info


@dataclass(frozen=True)
class Rules:
    """Per-language facts that regroup segmented pieces into words (see the JSON file)."""

    suffixes: frozenset[str] = frozenset()
    abbreviations: frozenset[str] = frozenset()
    counters: frozenset[str] = frozenset()
    year_counters: frozenset[str] = frozenset()  # counters of years, after a year only
    age_counters: frozenset[str] = frozenset()  # counters of age, after an age only
    decade_counters: frozenset[str] = frozenset()  # counters of decades, after a tens only
    modifier_forms: frozenset[str] = frozenset()  # of 하다 and 되다, on their noun (특별 + 한)
    numerals: frozenset[str] = frozenset()
    number_prefixes: frozenset[str] = frozenset()
    names: frozenset[str] = frozenset()
    one_letter_words: frozenset[str] = frozenset()
    place_nouns: frozenset[str] = frozenset()
    # Close the name of a town, a district or a stream that no list knows (솔뫼 + 동).
    town_nouns: frozenset[str] = frozenset()
    facility_nouns: frozenset[str] = frozenset()
    event_nouns: frozenset[str] = frozenset()
    surnames: frozenset[str] = frozenset()
    # Less common surnames, which open a name glued to its particle only (변정 + 수가).
    other_surnames: frozenset[str] = frozenset()
    compound_surnames: frozenset[str] = frozenset()
    titles: frozenset[str] = frozenset()
    name_heads: frozenset[str] = frozenset()
    combining_forms: frozenset[str] = frozenset()
    agency_suffixes: frozenset[str] = frozenset()
    local_offices: frozenset[str] = frozenset()
    court_offices: frozenset[str] = frozenset()
    party_suffixes: frozenset[str] = frozenset()
    outlet_heads: frozenset[str] = frozenset()
    businesses: frozenset[str] = frozenset()
    founding_prefixes: frozenset[str] = frozenset()
    noun_prefixes: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()  # kept by a word of Latin letters (KBS + 에서)
    noun_suffixes: frozenset[str] = frozenset()  # make a noun of a noun (상승 + 률, 난방 + 비)
    institutions: frozenset[str] = frozenset()
    national_prefixes: frozenset[str] = frozenset()  # open a public body's name (한국)
    public_bodies: frozenset[str] = frozenset()  # the kind of body that closes it (공사, 원)
    place_bodies: frozenset[str] = frozenset()  # a place's own body (경기 + 문화 + 재단)
    committees: frozenset[str] = frozenset()  # name a body after its nouns (징계 + 위원회)


@once
def rules(lang: str) -> Rules:
    """The regrouping facts of a language; empty for a language without any.

    >>> "시간" in rules("ko").counters
    True
    """
    facts = language_info(lang).get("segmentation", {})
    return Rules(
        **{
            field: frozenset(map(str.lower, facts.get(field, ())))
            for field in Rules.__dataclass_fields__
        }
    )
