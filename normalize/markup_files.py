"""A raw markup file a crawl fetched in place of a page: a feed, a sitemap or another XML file,
printed as its source (``<?xml version="1.0"?><feed …>``, ``<rss …>``).

Such a file is no article: its ``<title>`` elements name the feed and each of its items, its
``<published>`` and ``<pubDate>`` elements date the items, and its escaped content holds their
markup. None of its lines is the page's headline and none of its times the page's own. It is
known by its first line: an XML declaration, or the root element of a feed or a sitemap; a page
of XHTML, whose source opens the same way, declares its ``html`` root just below and is left to
the other rules.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import islice

import regex

# The first line of an XML file, its leading spaces off: its declaration, or a feed's or a
# sitemap's root element (RSS, Atom, RDF; a sitemap's list of addresses or of sitemaps).
_OPENING = regex.compile(
    r"<(?:\?xml|rss|feed|rdf:RDF|urlset|sitemapindex)(?:[ \t>/]|$)", regex.IGNORECASE
)
# An XHTML page's source: its doctype or its root element.
_HTML_ROOT = regex.compile(r"<(?:!DOCTYPE[ \t]+html|html)(?:[ \t>]|$)", regex.IGNORECASE)
# How many lines with text after the first may declare an XHTML page's root.
_ROOT_LINES = 3


def is_markup_file(lines: Sequence[str]) -> bool:
    """Whether the page is a raw XML file, a feed's or a sitemap's source: no article.

    >>> is_markup_file(['<?xml version="1.0" encoding="UTF-8"?><feed xmlns="…">',
    ...                 "<title>Notices</title>"])
    True
    >>> is_markup_file(['<?xml version="1.0"?>', '<!DOCTYPE html PUBLIC "…">', "<html>"])
    False
    >>> is_markup_file(["Feeds explained", '<?xml version="1.0"?>', "<rss>"])
    False
    """
    filled = list(islice((line for line in lines if line.strip()), _ROOT_LINES + 1))
    if not filled or not _OPENING.match(filled[0].lstrip()):
        return False
    return not any(_HTML_ROOT.search(line) for line in filled)
