"""Find and parse news timestamps (Korean, Russian, English) to aware UTC datetimes.

Outlets print times in many shapes: ISO 8601, RFC 2822, ``2024년 5월 17일 오후 5:03``,
``17 мая 2024, 12:30``, ``May 16, 2024 at 9:00 p.m. ET``, behind labels such as ``입력``,
``Posted on :`` or ``обновлено:``, and relative forms (``2시간 전``, ``вчера в 14:05``). Nothing
here reads the wall clock: relative forms need ``now``.

The rooms, each using the ones before it: ``grammar`` (the patterns, built once from the
``timestamps`` facts of each language), ``lines`` (a line as the patterns see it, the reading
context and what a reading gives), ``zones`` (stated, assumed and ambiguous zones),
``relative`` (offsets from now), ``reading`` (one segment: date, clock, zone), ``elsewhere``
(times printed for another thing: an embedded post's, a weather widget's), ``schedules``
(a schedule's days, each beside the name of what falls on it), ``periods`` (a period's
opening day, before a tilde and its closing day), ``datelines``
(which lines of a document state its times), ``choice`` (which of them are its publication and
modification times), ``parse`` (one string, one column).
"""

from normalize.timestamps.choice import Times, choose_times, find_times
from normalize.timestamps.datelines import Dateline, find_datelines
from normalize.timestamps.parse import parse_timestamp, timestamps_expr

__all__ = [
    "Dateline",
    "Times",
    "choose_times",
    "find_datelines",
    "find_times",
    "parse_timestamp",
    "timestamps_expr",
]
