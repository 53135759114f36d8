"""The zone a date's month word gives: a page in one language whose dates print another
language's month names is an outlet where that other language is the site's own.

A Russian-language city site in Ukraine runs its stories in Russian but prints their dates in
its software's Ukrainian ("10:52, 17 грудня 2012 р."), and its clock is Kyiv's, not Moscow's.
Only a month name the page's language does not share counts ("грудня", never "листопада" in a
Russian word), and only on a short line that holds the day, the month, the year and a clock:
the site's own date stamp, not a quotation in the body nor a document's date quoted on a line
of its own ("Закон України від 25 квітня 2019 р.", which a Russian outlet may print).
"""

from __future__ import annotations

import regex

from normalize.cache import once
from normalize.facts import language_info, zones
from normalize.timestamps.lines import Context

# A date line is short: the date, its clock, maybe a views counter or the author's name.
DATE_LINE = 80
# The clock a site's date stamp prints beside the day ("10:52"), no digit on either side.
_CLOCK = regex.compile(r"(?:^|[^0-9])[0-2]?[0-9]:[0-5][0-9](?:[^0-9]|$)")


def month_words_zone(text: str, ctx: Context) -> str | None:
    """The zone of the language whose own month name a short line with a clock prints between
    a day's number and a year, the first such line (a site's date stamp, no document's date
    quoted on a line of its own), when that language is one of the ``month_locales``
    of the zone the page's language implies. None when the caller gives the zone or the page's
    language lists none.

    >>> russian = Context(None, None, None, "ru")
    >>> month_words_zone("Сквер откроют весной\\n10:52, 17 грудня 2012 р.\\nВ сквере", russian)
    'Europe/Kyiv'
    >>> month_words_zone("Сквер откроют\\n10:52, 17 декабря 2012\\nВ сквере", russian) is None
    True
    >>> month_words_zone("Закон\\nЗакон України від 17 грудня 2012 р.\\n10:52", russian) is None
    True
    """
    if ctx.zone is not None:
        return None
    patterns = _patterns(ctx.lang or "")
    for line in text.split("\n"):
        if len(line) > DATE_LINE or _CLOCK.search(line) is None:
            continue
        low = line.lower()
        for zone, pattern in patterns:
            if pattern.search(low):
                return zone
    return None


@once
def _patterns(lang: str) -> tuple[tuple[str, regex.Pattern[str]], ...]:
    """For each of ``month_locales`` of the zone ``lang`` implies, its zone and a day's number,
    one of its own month names (not the page language's) and a year of four digits."""
    own = language_info(lang)
    home = own.get("zone")
    if home is None:
        return ()
    shared = set(own.get("timestamps", {}).get("months", {}))
    found: list[tuple[str, regex.Pattern[str]]] = []
    for other in zones().get("month_locales", {}).get(home, ()):
        facts = language_info(other)
        words = sorted(
            (w for w in facts.get("timestamps", {}).get("months", {}) if w not in shared),
            key=lambda w: (-len(w), w),
        )
        if not words or facts.get("zone") in (None, home):
            continue
        alternatives = "|".join(regex.escape(w) for w in words)
        found.append(
            (
                str(facts["zone"]),
                regex.compile(
                    rf"(?<![\p{{L}}\p{{N}}])[0-9]{{1,2}}\s+(?:{alternatives})\s+[0-9]{{4}}(?![\p{{N}}])"
                ),
            )
        )
    return tuple(found)
