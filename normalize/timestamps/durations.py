"""The lengths a page labels as a clip's or a track's duration ("Duration: 2:07",
"duration":"2:07" in a player's data): the same minutes and seconds printed before a date
("2:07 | 11/09/20") are the clip's length, not a clock time of the day."""

from __future__ import annotations

import regex

from normalize.timestamps.lines import Clock, Context

# A length the page labels as one: the label ("duration", "length", "runtime", "running
# time"), maybe a key's quotes, a colon or an equals sign, then minutes and seconds (hours
# before them at most): "Duration: 2:07", "duration":"2:07", "Length 1:02:07".
_LABELLED = regex.compile(
    r"""(?ix)
    (?<!\p{L})(?:duration|length|runtime|running\x20time)
    ["']?\x20{0,2}[:=]?\x20{0,2}["']?
    ([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?(?![0-9:])
    """
)


def page_durations(text: str) -> frozenset[tuple[int, int, int]]:
    """The lengths the page labels as durations, each as the clock time it would be read as
    (hours, minutes, seconds: "2:07" is (2, 7, 0)).

    >>> sorted(page_durations('Now playing\\n{"duration":"2:07","title":"Levee"}'))
    [(2, 7, 0)]
    >>> sorted(page_durations("Posted 2:07 | 11/09/20"))
    []
    """
    if ":" not in text:
        return frozenset()
    return frozenset(
        (int(found[1]), int(found[2]), int(found[3] or 0)) for found in _LABELLED.finditer(text)
    )


def a_length(clock: Clock | None, ctx: Context) -> bool:
    """Whether a clock time read before a date, in the day's 24 hours, is a length the page
    labels as a duration elsewhere ("2:07 | 11/09/20" over "duration":"2:07"): a clip's
    length beside its day, no time of the day.

    >>> clip = Context(None, None, None, "en", durations=frozenset({(2, 7, 0)}))
    >>> a_length(Clock(2, 7, 0, 0, 0, 4, "minute"), clip)
    True
    """
    return clock is not None and (clock.hour, clock.minute, clock.second) in ctx.durations
