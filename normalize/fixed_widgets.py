"""Widget lines read word for word: the chrome tables' fixed labels of a page's parts, a link
back to a part of the site, and a post's line of what it is filed under. No headline the
machinery rules mistook is one of these, as a line they call a widget by its shape may be.
"""

from __future__ import annotations

from normalize.back_links import is_back_link
from normalize.chrome import chrome, line_key


def is_fixed_widget(line: str) -> bool:
    """Whether a line is one of the chrome tables' widget labels word for word, a link to a
    part of the page ("Skip to main content", "Back to top"), a post's line of what it is filed
    under (``is_filing_line``) or a link back to a part of the site (``is_back_link``): never a
    headline that the machinery rules mistook, as a line they call a widget by its shape may be.

    >>> is_fixed_widget("Skip to main content"), is_fixed_widget("Skip day for the council")
    (True, False)
    """
    key = line_key(line)
    return (
        key in chrome().widgets
        or is_filing_line(key)  # "Рубрики: Воскресная школа, Новости": what it is filed under
        or is_back_link(key, line)  # "Return to Edition Index"
    )


def is_filing_line(key: str) -> bool:
    """Whether a line's key (``line_key``) says what its post is filed under: a filing label
    (``filing_labels``: "Categories", "Рубрики", "카테고리"), a colon, then the rubrics or tags,
    two or more parted by commas ("Рубрики: Воскресная школа, Новости"), the post's metadata
    and never its headline. One rubric after its label may name the column a post without a
    headline of its own is printed under; entries after a hash sign ("태그: #합창단, #겨울")
    are the page's hashtags, its content, which the hashtags are read from.

    >>> is_filing_line("рубрики: воскресная школа, новости"), is_filing_line("categories:")
    (True, False)
    >>> is_filing_line("рубрика: городская трибуна"), is_filing_line("category five, six")
    (False, False)
    >>> is_filing_line("태그: 합창단, 겨울"), is_filing_line("태그: #합창단, #겨울")
    (True, False)
    """
    label, _, rest = key.partition(":")
    return (
        "," in rest.strip(" ,")
        and not _opens_with_hashtag(rest)  # "Метки: #хор, #зима": content
        and label.strip() in chrome().filing_labels
    )


def is_tag_line(key: str) -> bool:
    """Whether a line's key (``line_key``) is a tag label (``filing_labels`` or ``tag_labels``:
    "Tags", "Tagged", "Теги", "Метки", "태그"), a colon, then entries after a hash sign ("Tags:
    #HarbourFair, #Marlow"): the page's hashtags, its content, as the same line with no label
    is, though the label is among the chrome's prefixes; the same entries with no sign are the
    post's metadata, as a filing line's are.

    >>> is_tag_line("tags: #harbourfair, #marlow"), is_tag_line("теги: #ярмарка #марлоу")
    (True, True)
    >>> is_tag_line("tags: harbour, fair"), is_tag_line("source: #harbourfair")
    (False, False)
    """
    label, _, rest = key.partition(":")
    tables = chrome()
    label = label.strip()
    return _opens_with_hashtag(rest) and (
        label in tables.filing_labels or label in tables.tag_labels
    )


def _opens_with_hashtag(entries: str) -> bool:
    """Whether a label's entries, after its colon, open with a hash sign: the page's hashtags.

    >>> _opens_with_hashtag(" #хор, #зима"), _opens_with_hashtag(" хор, зима")
    (True, False)
    """
    return entries.lstrip(" ").startswith(("#", "\uff03"))
