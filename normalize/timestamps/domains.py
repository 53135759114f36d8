"""The outlet's own domain: the host name a site prints as its own name, whose country code
gives the outlet's country.

A Russian-language outlet in Bishkek or Almaty names itself by its host name, its country's
code closing it ("KG-LENTA.kg", "© 2008–2024 Stepnoy-Vestnik.kz"), in its footer: the
disclaimer lines under every item repeat it, the copyright line carries it with a year. A
story's source credit names another outlet's host once, wherever it stands ("Источник:
sputnik.kg"), and is no sign of where the page's own outlet is.
"""

from __future__ import annotations

import regex

from normalize.timestamps.country import country_zones, footer_lines

# The country codes of the domains outlets of the former Soviet Union and Israel name
# themselves by: codes a site takes for its country, not for the word they spell (".tv",
# ".fm", ".me" are bought for that).
OUTLET_DOMAINS = (
    "am", "az", "by", "ee", "ge", "il", "kg", "kz", "lt", "lv", "md", "tj", "tm", "ua", "uz",
)  # fmt: skip

# A run of the characters a host name is spelled in; a host is one standing apart from words
# ("kg-lenta.kg", "vesti.com.ua"; not the tail of "файл.kg" or "site.kg_2").
_HOST_RUN = regex.compile(r"[A-Za-z0-9.-]+")
# A character a host name glued to it would be part of a longer word with.
_GLUED = regex.compile(r"[\p{L}\p{N}_]")
# A copyright line's mark and a year on its line: "© 2021", "(c) 2008–2024", "Copyright 2019".
_COPYRIGHT = regex.compile(r"(?i)©|\(c\)|copyright")
_YEAR = regex.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")
# The footer's lowest lines, where a site's disclaimers stand at the page's foot.
_BOTTOM_LINES = 3


def domain_zone(text: str, own: str | None) -> str | None:
    """The zone of the country whose code closes the page's own host name (see `own_hosts`),
    when the page's language implies another zone than that one (``own``, see
    `language_zone`): a Russian-language outlet in Bishkek prints its local time. None when
    ``own`` is None (the caller gives the zone or the language gives none), the page prints no
    host of its own, or its own hosts are of several zones.

    >>> domain_zone("Текст\\nСайт osh-info.kg\\nПравила сайта osh-info.kg", "Europe/Moscow")
    'Asia/Bishkek'
    >>> domain_zone("Текст\\nИсточник: osh-info.kg\\n© Вестник", "Europe/Moscow") is None
    True
    """
    if own is None:
        return None
    countries = country_zones()
    named = {countries.get(host.rpartition(".")[2].upper(), "") for host in own_hosts(text)}
    named.discard("")
    if len(named) != 1 or own in named:
        return None
    return named.pop()


def own_hosts(text: str) -> set[str]:
    """The host names a page prints as its own, in small letters and without "www.": one on
    two or more of its footer's lines (see `footer_lines`), one of them among the footer's
    ``_BOTTOM_LINES`` lowest, as a site's disclaimers at the page's foot repeat its name, or
    on a footer line with a copyright mark and a year ("© 2021 osh-info.kg"). A host printed
    once, a source's credit, is none, nor one credited twice over the story's end (a photo's
    and the text's source), which the page's last lines do not name again.

    >>> sorted(own_hosts("Источник: tazabak.kg\\nО сайте www.Osh-Info.kg\\nOSH-INFO.kg 18+"))
    ['osh-info.kg']
    >>> own_hosts("Текст\\n© 2008–2024 stepnoy-vestnik.kz")
    {'stepnoy-vestnik.kz'}
    >>> own_hosts("Фото: tazabak.kg\\nИсточник: tazabak.kg\\nЕщё\\nНовости\\nО нас\\nКонтакты")
    set()
    """
    lines: dict[str, int] = {}
    bottom: set[str] = set()
    own: set[str] = set()
    for at, line in enumerate(footer_lines(text)):
        hosts = set(hosts_on(line))
        for host in hosts:
            lines[host] = lines.get(host, 0) + 1
        if at < _BOTTOM_LINES:
            bottom |= hosts
        if hosts and _COPYRIGHT.search(line) and _YEAR.search(line):
            own |= hosts
    return own | {host for host, count in lines.items() if count >= 2 and host in bottom}


def hosts_on(line: str) -> list[str]:
    """The host names a line prints whose last label is a country code of ``OUTLET_DOMAINS``,
    in small letters, without "www." or a sentence's closing full stop: labels of Latin
    letters, digits and inner dashes parted by dots, glued to no letter, digit or "_".

    >>> hosts_on("Источник: www.Osh-Info.kg. Фото: https://sputnik.kg/a-1.html, файл.kg")
    ['osh-info.kg', 'sputnik.kg']
    """
    hosts = []
    for found in _HOST_RUN.finditer(line):
        before, after = line[found.start() - 1 : found.start()], line[found.end() : found.end() + 1]
        if _GLUED.fullmatch(before) or _GLUED.fullmatch(after):
            continue
        host = found[0].rstrip(".").lower()
        labels = host.split(".")
        if len(labels) < 2 or labels[-1] not in OUTLET_DOMAINS:
            continue
        if all(label and label[0] != "-" and label[-1] != "-" for label in labels):
            hosts.append(host[4:] if host.startswith("www.") else host)
    return hosts
