"""The date of today a site prints atop a page without a headline beside its place: a day
alone on the page's first line, over the site's town and country ("Tamale, Ghana"), is the
site's widget, not a story's date. The caller that knows the page has no headline marks it
as another thing's."""

from __future__ import annotations

from collections.abc import Sequence

from normalize.timestamps.country import names_town_and_country
from normalize.timestamps.datelines import Dateline


def place_widget_days(
    datelines: Sequence[Dateline], lines: Sequence[str], near: int | None
) -> frozenset[int]:
    """The positions among ``datelines`` of the unlabelled days alone, with no clock time, on
    the first line of text of a page without a headline (``near`` is None) whose next line of
    text names a town and its country (see `names_town_and_country`): a site's date of today
    over its place, as a tag page or a section's front prints it ("March 3, 2026" /
    "Tamale, Ghana" / a tag's name / teasers). A story's day heads its text instead.

    >>> from normalize.timestamps import find_datelines
    >>> lines = ["March 3, 2026", "Tamale, Ghana", "", "Market Traders", "Business"]
    >>> sorted(place_widget_days(find_datelines("\\n".join(lines), lang="en"), lines, None))
    [0]
    """
    filled = [index for index, line in enumerate(lines) if line.strip()]
    if near is not None or len(filled) < 2 or not names_town_and_country(lines[filled[1]]):
        return frozenset()
    return frozenset(
        order
        for order, item in enumerate(datelines)
        if not item.role and item.line == filled[0] and item.reading.shape == "date"
    )
