"""Timestamps: realistic strings to UTC instants, datelines in documents, bad input, the column."""

from __future__ import annotations

import sys
import zoneinfo
from datetime import UTC, datetime
from importlib import resources
from typing import Any

import polars as pl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from normalize.documents import normalize_document
from normalize.facts import zones
from normalize.options import Options
from normalize.timestamps import (
    Times,
    choose_times,
    find_datelines,
    find_times,
    parse_timestamp,
    timestamps_expr,
)
from normalize.timestamps.country import country_zones
from normalize.timestamps.elsewhere import body_dates
from normalize.timestamps.issue_date import lone_head_day, print_page_days
from normalize.timestamps.site_clocks import site_clocks
from normalize.timestamps.teasers import listing_days, teaser_dates
from normalize.timestamps.widgets import (
    day_in_title,
    place_widget_days,
    today_over_copy,
    today_over_head,
)
from tests.cases import CASES, FIXTURES, rows
from tests.test_documents import DAY_ARCHIVE_OF_TEASERS


def _instant(text: str) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


ROWS = rows(FIXTURES / "timestamps.tsv")
DOCUMENT_CASES = rows(CASES / "timestamps_documents.json")


def test_fixture_file_is_big_and_covers_every_form() -> None:
    forms = {row["form"] for row in ROWS}
    assert len(ROWS) >= 80
    assert {"iso", "rfc2822", "ko-words", "ru-words", "en-words", "relative", "bad"} <= forms


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['form']}:{r['note']}" for r in ROWS])
def test_fixture_strings_parse_to_their_instant(row: dict[str, str]) -> None:
    got = parse_timestamp(
        row["text"], default_tz=row["default_tz"] or None, now=_instant(row["now"])
    )
    assert got == _instant(row["expected"])
    if got is not None:
        assert got.tzinfo is UTC


@pytest.mark.parametrize("case", DOCUMENT_CASES, ids=[c["label"] for c in DOCUMENT_CASES])
def test_documents(case: dict[str, Any]) -> None:
    text = case["text"]
    options = Options(default_tz=case.get("default_tz"), now=_instant(case.get("now") or ""))
    times = find_times(text, options, lang=case["lang"])
    assert times.published_at == _instant(case["published_at"] or "")
    assert times.modified_at == _instant(case["modified_at"] or "")
    assert [text[start:end] for start, end in times.spans] == case["span_texts"]
    assert times.warnings == case["warnings"]


# The real seed pages' datelines, written out again (tests never read the seed files).
@pytest.mark.parametrize(
    ("text", "published", "modified"),
    [
        ("Title\n\nBody.\n\n2024-05-17, 09:00 (KST)\n", "2024-05-17T00:00:00Z", None),
        (
            "Title\n\nPosted on : 2024-05-17 17:03 KST Modified on : 2024-05-17 17:03 KST\nBody",
            "2024-05-17T08:03:00Z",
            "2024-05-17T08:03:00Z",
        ),
    ],
)
def test_seed_datelines(text: str, published: str, modified: str | None) -> None:
    times = find_times(text)
    assert times.published_at == _instant(published)
    assert times.modified_at == _instant(modified or "")
    assert times.warnings == []


def test_a_wiki_revision_line_is_the_modification_time() -> None:
    text = (
        "Harbour Ferry Company\nFrom the Coastwiki\n"
        "Revision as of 09:41, 12 April 2022 by Tidewatcher (talk | contribs) (fix a table)\n"
        "The Harbour Ferry Company runs six boats between the old port and the islands."
    )
    times = find_times(text, lang="en")
    assert times.modified_at == datetime(2022, 4, 12, 9, 41, tzinfo=UTC)
    assert times.published_at is None


# A document's issue stated in a line its date closes: a release's archive note, a court's ruling.
ISSUED_DOCUMENTS = [
    "NOTICE : Harbour dues rise for visiting yachts [May 2025]\n\n"
    "The notice issued by the Gull Island Harbour Board on 12 May 2025.\n\n"
    "Visiting yachts will pay more to moor in the inner basin from the first of July.",
    "THE HIGH COURT\n\nRULING of Judge Amara Finch delivered on the 3rd day of March 2025\n\n"
    "1. The applicants ask the court to quash the council's decision on the quay.",
]


def test_a_document_s_issue_closing_its_line_is_its_publication() -> None:
    notice, ruling = (find_times(text, lang="en") for text in ISSUED_DOCUMENTS)
    assert notice.published_at == datetime(2025, 5, 12, tzinfo=UTC)
    assert ruling.published_at == datetime(2025, 3, 3, tzinfo=UTC)
    # a sentence that goes on after its date says when something else happened
    went_on = ISSUED_DOCUMENTS[0].replace("2025.", "2025 to every berth holder.")
    assert find_times(went_on, lang="en").published_at is None


# A story's sentence on documents issued before a date: that date is no issue of the page's own.
ISSUED_BEFORE = (
    "Border office tightens checks on old permits\n\nBy Lena Marsh\n\n"
    "Travellers arriving at the Gull Island ferry port will face longer queues this summer.\n\n"
    "The new checks apply to all permits issued before 1 January 2020.\n\n"
    "Officials said the change followed a review of forged papers."
)


def test_a_date_documents_were_issued_before_is_no_publication() -> None:
    assert find_times(ISSUED_BEFORE, lang="en").published_at is None
    issued_on = ISSUED_BEFORE.replace("all permits issued before", "the notice issued on")
    assert find_times(issued_on, lang="en").published_at == datetime(2020, 1, 1, tzinfo=UTC)


# A club's match page without a headline: a sentence of its opening says the day the match was
# played, its full stop right after the day.
PLAYED_ON = (
    "Home cup tie played on 9 May 2015.\n"
    "Kicked off at 3:00 PM\n\n"
    "Harbour Rovers needed a draw to reach the final, and the wind off the quay made sure"
    " nobody kept the ball on the ground for long.\n\n"
    "Rovers went behind early but their captain levelled from a corner before the break."
)


def test_a_sentence_closed_by_its_day_states_an_event_s_day() -> None:
    assert find_times(PLAYED_ON, lang="en").published_at is None
    # a byline's few words before its day and a full stop: the page's dateline all the same
    signed = PLAYED_ON.replace("Home cup tie played on 9 May 2015.", "By Tom Hale, 9 May 2015.")
    assert find_times(signed, lang="en").published_at == datetime(2015, 5, 9, tzinfo=UTC)


# A digitised periodical's article: its day only in the library's citation, before the page's
# number ("Periodical, Issue N, D Month YYYY, Page N").
CITED_ISSUE_PAGE = (
    "'Boats Back On The Lake'\n"
    '"The jetty is sound again," said the harbour master, opening the repaired landing.\n'
    "The first crew to tie up at the landing, with their skipper Mrs Ina Hale.\n"
    "Lakes Correspondent\n"
    "Permanent link to this item\n"
    "https://library.example.org/periodicals/LW19620407.2.5\n"
    "Bibliographic details\n"
    "Lakeside Weekly, Issue 118, 7 April 1962, Page 3\n"
    "Word Count\n"
    "96'Boats Back On The Lake' Lakeside Weekly, Issue 118, 7 April 1962, Page 3\n"
)


def test_a_citation_s_day_before_its_page_is_the_article_s() -> None:
    times = find_times(CITED_ISSUE_PAGE, lang="en")
    assert times.published_at == datetime(1962, 4, 7, tzinfo=UTC)
    # a page of a pager or a page of several is no print page cited
    for tail in (", Page 3 of 12", ", Pages"):
        paged = CITED_ISSUE_PAGE.replace(", Page 3\n", f"{tail}\n")
        assert find_times(paged, lang="en").published_at is None


# A forum's thread: a reply's sentence cites the paper a story ran in, its day and page; the
# paper's day is no day of the thread's.
CITING_REPLY_PAGE = (
    "Does anyone remember the old lake ferry?\n"
    "My grandfather worked the lake ferry for years and I am trying to find out when it stopped.\n"
    "Reply\n"
    "I found a piece about its last season in the Lakeside Weekly, 2 October 1964, p. 7\n"
    "Reply\n"
    "Thanks, that helps a lot, I will look for it at the library.\n"
)


def test_a_reader_s_sentence_citing_a_paper_s_page_dates_no_page() -> None:
    assert find_times(CITING_REPLY_PAGE, lang="en").published_at is None
    # the paper's own name before the day is a citation's line still
    cited = CITING_REPLY_PAGE.replace("I found a piece about its last season in the ", "")
    assert find_times(cited, lang="en").published_at == datetime(1964, 10, 2, tzinfo=UTC)


def test_an_agency_credit_gives_way_to_a_zone_the_page_states() -> None:
    credited = (
        "Lanterns light up the old river port\nPosted: 2025-01-28 19:15\n"
        "Volunteers floated paper lanterns down the river. Photo: Xinhua\n"
    )
    times = find_times(credited, lang="en")
    assert times.published_at == datetime(2025, 1, 28, 11, 15, tzinfo=UTC)
    stated = credited + "The show airs again at 22:00 KST.\n"
    assert find_times(stated, lang="en").published_at == datetime(2025, 1, 28, 10, 15, tzinfo=UTC)


def test_a_zone_printed_after_another_clock_of_the_page_is_the_publishers() -> None:
    updated = (
        "March 3, 2024 07:45 pm | Updated 07:52 pm IST - MYSURU\n\n"
        "Growers in the district asked the board for a higher support price for areca."
    )
    times = find_times(updated, lang="en")
    assert times.published_at == datetime(2024, 3, 3, 14, 15, tzinfo=UTC)
    assert times.modified_at == datetime(2024, 3, 3, 14, 22, tzinfo=UTC)  # the same day
    assert times.warnings == [
        "timezone_assumed: Asia/Kolkata (stated by another time of the page)",
        "timezone_assumed: Asia/Kolkata (the usual meaning of IST)",
    ]
    live = (
        "Harbourside by-election: as it happened\n\nPosted on 2 May 2024 at 21:10\n\n"
        "21:15: Polls have closed; the count begins at 23:30 BST in the town hall."
    )
    assert find_times(live, lang="en").published_at == datetime(2024, 5, 2, 20, 10, tzinfo=UTC)


def test_a_footer_address_gives_the_publishers_zone() -> None:
    page = (
        "January 9, 2024 7:20 AM\n\nCity council delays vote on new bus depot\n\n"
        "Council members said they wanted more time to study the site near the river.\n\n"
        "Pine Hollow Ledger, 88 Mill St., Pine Hollow, OR 97301"
    )
    times = find_times(page, lang="en")
    assert times.published_at == datetime(2024, 1, 9, 15, 20, tzinfo=UTC)
    in_body = page.replace(", OR 97301", "") + "\n\nThe depot will serve Salem, OR 97301."
    assert find_times(in_body, lang="en").published_at == datetime(2024, 1, 9, 7, 20, tzinfo=UTC)


def test_a_rate_widget_quoting_a_countrys_money_gives_its_zone() -> None:
    page = (
        "USD/KZT\n\n468.20\n\nEUR/KZT\n\n507.75\n\n"
        "В Караганде открыли новый пункт приёма вторсырья\n\n12 марта 2025, 10:40\n\n"
        "Пункт работает ежедневно с девяти утра."
    )
    times = find_times(page, lang="ru")
    assert times.published_at == datetime(2025, 3, 12, 5, 40, tzinfo=UTC)
    moscow = page.replace("KZT", "RUB")
    assert find_times(moscow, lang="ru").published_at == datetime(2025, 3, 12, 7, 40, tzinfo=UTC)


def test_the_publishers_zones_are_zones_of_the_tzdata_python_reads() -> None:
    tzdata = zoneinfo_of_tzdata()
    states = zones()["state_zones"]
    assert sum(len(names) for names in states.values()) == 2 * 56  # 50 states, DC, 5 territories
    for zone in [*states, *country_zones().values()]:
        assert tzdata(zone).utcoffset(datetime(2024, 7, 1)) is not None, zone
    assert country_zones()["UA"] == "Europe/Kyiv"  # "most of Ukraine", not Crimea
    assert "US" not in country_zones() and "CN" not in country_zones()
    assert country_zones()["ES"] == "Europe/Madrid"  # "Spain (mainland)", not the Canaries


def test_a_footer_telephone_number_gives_the_outlets_zone() -> None:
    page = (
        "Harbour council delays marina vote\n\n4 March 2024 • 9:15\n\n"
        "Councillors put off a decision on the marina until the next meeting.\n\n"
        "Contact the newsroom\nPhone +351 289 555 014 · news@lagoaweekly.example"
    )
    times = find_times(page, lang="en")
    assert times.published_at == datetime(2024, 3, 4, 9, 15, tzinfo=UTC)  # Lisbon: UTC+0 in March
    summer = page.replace("4 March", "4 July")
    assert find_times(summer, lang="en").published_at == datetime(2024, 7, 4, 8, 15, tzinfo=UTC)
    two = summer.replace("Phone +351", "Phone +44 20 5550 1234 or +351")
    assert find_times(two, lang="en").published_at == datetime(2024, 7, 4, 9, 15, tzinfo=UTC)
    # a code that countries on different clocks share shows none: New Zealand's and Pitcairn's
    shared = summer.replace("+351 289 555 014", "+64 9 555 0142")
    assert find_times(shared, lang="en").published_at == datetime(2024, 7, 4, 9, 15, tzinfo=UTC)


def test_amounts_in_one_countrys_money_give_the_outlets_zone() -> None:
    page = (
        "Hawker fined for selling past closing time\n\nMay 3, 2022, 10:20 PM\n\n"
        "The stall owner was fined S$1,500 and told to pay S$300 in costs."
    )
    assert find_times(page, lang="en").published_at == datetime(2022, 5, 3, 14, 20, tzinfo=UTC)
    shared = page.replace("S$300", "US$220")  # a dollar of no one country: no zone shown
    assert find_times(shared, lang="en").published_at == datetime(2022, 5, 3, 22, 20, tzinfo=UTC)
    # the pound sign of sterling, Gibraltar's and Egypt's pounds: no zone shown
    pounds = page.replace("S$1,500", "£900").replace("S$300", "£180")
    assert find_times(pounds, lang="en").published_at == datetime(2022, 5, 3, 22, 20, tzinfo=UTC)


def test_a_day_in_brackets_after_its_word_of_time_gives_sri_lankas_zone() -> None:
    page = (
        "Maradeniya bus depot gets twenty new buses\n\nJune 6, 2024   9:40 am\n\n"
        "The buses were handed over to the depot at a ceremony held this morning (6)."
    )
    assert find_times(page, lang="en").published_at == datetime(2024, 6, 6, 4, 10, tzinfo=UTC)
    # a page number in brackets is no such day: no zone shown
    paged = page.replace("this morning (6)", "this morning (page 6)")
    assert find_times(paged, lang="en").published_at == datetime(2024, 6, 6, 9, 40, tzinfo=UTC)
    # nor is a count in a widget at a line's head
    counted = paged + "\n\nMost read\nToday (5)\nEvents: Tomorrow (3)"
    assert find_times(counted, lang="en").published_at == datetime(2024, 6, 6, 9, 40, tzinfo=UTC)


def test_a_day_in_brackets_on_a_page_counting_in_pounds_gives_no_zone() -> None:
    """A British page dates an event the same way ("held yesterday (13)"); its money in pounds
    or euros is none a Sri Lankan outlet counts in: no zone shown."""
    page = (
        "Village fete raises record sum for church roof\n\nPosted 14 June 2023 09:30\n\n"
        "The fete held yesterday (13) on the green at Ashcombe raised £4,000 for the roof."
    )
    assert find_times(page, lang="en").published_at == datetime(2023, 6, 14, 9, 30, tzinfo=UTC)
    euros = page.replace("£4,000", "€4,500")
    assert find_times(euros, lang="en").published_at == datetime(2023, 6, 14, 9, 30, tzinfo=UTC)
    rupees = page.replace("£4,000", "Rs. 400,000")
    assert find_times(rupees, lang="en").published_at == datetime(2023, 6, 14, 4, 0, tzinfo=UTC)


def test_a_day_in_brackets_on_a_page_counting_in_rupees_beside_euros_gives_sri_lanka_s() -> None:
    """A Sri Lankan page quoting a foreign grant in euros counts it in its readers' rupees too
    ("€2 million, about Rs. 650 million"): the day in brackets still gives Sri Lanka's zone."""
    page = (
        "Cabinet backs rural water schemes\n\nPosted 14 June 2023 09:30\n\n"
        "The Cabinet approved this morning (14) a grant of €2 million, about Rs. 650 million,"
        " for water schemes in three districts."
    )
    assert find_times(page, lang="en").published_at == datetime(2023, 6, 14, 4, 0, tzinfo=UTC)
    euros = page.replace(", about Rs. 650 million,", "")
    assert find_times(euros, lang="en").published_at == datetime(2023, 6, 14, 9, 30, tzinfo=UTC)


def test_rupees_counted_in_lakh_or_crore_give_indias_zone() -> None:
    page = (
        "Second arm of the Ranipur flyover to open before the rains\n\nMay 9, 2023  11:05\n\n"
        "The civic body has cleared Rs 42 crore for the second arm, officials said on Tuesday."
    )
    assert find_times(page, lang="en").published_at == datetime(2023, 5, 9, 5, 35, tzinfo=UTC)
    lakh = page.replace("Rs 42 crore", "Rs.85 lakhs")
    assert find_times(lakh, lang="en").published_at == datetime(2023, 5, 9, 5, 35, tzinfo=UTC)
    # a region of Pakistan's or Nepal's, whose papers count rupees in crore too, wins
    for region, published in (("Sindh", (6, 5)), ("Bagmati", (5, 20))):
        regional = page.replace("The civic body", f"The civic body in {region}")
        assert find_times(regional, lang="en").published_at == datetime(
            2023, 5, 9, *published, tzinfo=UTC
        ), region
    # rupees counted in millions, and the taka counted in crore, show no country
    for other in ("Rs 420 million", "Tk 42 crore", "Rs 42 croreplus"):
        counted = page.replace("Rs 42 crore", other)
        assert find_times(counted, lang="en").published_at == datetime(
            2023, 5, 9, 11, 5, tzinfo=UTC
        ), other


def test_a_countrys_name_over_the_story_gives_the_outlets_zone() -> None:
    page = "Ireland\n\nFerry sailings cancelled as storm nears\n\n12 August 2023 17:05\n\nBody."
    times = find_times(page, lang="en")
    assert times.published_at == datetime(2023, 8, 12, 16, 5, tzinfo=UTC)
    below = "Ferry sailings cancelled\n\n12 August 2023 17:05\n\nBody.\nMore.\nIreland"
    assert find_times(below, lang="en").published_at == datetime(2023, 8, 12, 17, 5, tzinfo=UTC)
    state = page.replace("Ireland", "Georgia")  # an American outlet's state, no Tbilisi clock
    assert find_times(state, lang="en").published_at == datetime(2023, 8, 12, 17, 5, tzinfo=UTC)


def test_a_town_and_country_in_the_footer_give_the_outlets_zone() -> None:
    page = (
        "Morning Round\n\nTaking the ferry to the outer islands\n\n"
        "10:12 am on 9 October 2015\n\nA listener asks why the timetable changed.\n\n"
        "Radio Tūī · Wellington, New Zealand"
    )
    times = find_times(page, lang="en")
    assert times.published_at == datetime(2015, 10, 8, 21, 12, tzinfo=UTC)
    # a record's field glued to its label is the story's subject, not the outlet's place
    field = page.replace("Radio Tūī · Wellington", "HeadquartersWellington")
    assert find_times(field, lang="en").published_at == datetime(2015, 10, 9, 10, 12, tzinfo=UTC)
    # a sentence ending in a town and its country is the story's
    said = page.replace("Radio Tūī · Wellington, New Zealand", "It sails from Nelson, New Zealand.")
    assert find_times(said, lang="en").published_at == datetime(2015, 10, 9, 10, 12, tzinfo=UTC)


def test_a_region_the_story_names_gives_the_outlets_zone() -> None:
    page = (
        "Shire asks for help as stock dams run dry\n\nBy Kerry Vane\nMarch 2 2022 - 6:30am\n\n"
        "Wandilla Shire Council says graziers west of the range have carted water since "
        "Christmas, and has written to the Queensland government for drought relief."
    )
    times = find_times(page, lang="en")
    assert times.published_at == datetime(2022, 3, 1, 20, 30, tzinfo=UTC)  # Brisbane: UTC+10
    # regions of two zones show none: Sydney keeps summer time in March, Brisbane never does
    two = page.replace("the Queensland government", "the Queensland and New South Wales offices")
    assert find_times(two, lang="en").published_at == datetime(2022, 3, 2, 6, 30, tzinfo=UTC)
    # a country or a city is a story's place, not its outlet's
    city = page.replace("the Queensland government", "a minister in Canberra, Australia,")
    assert find_times(city, lang="en").published_at == datetime(2022, 3, 2, 6, 30, tzinfo=UTC)
    county = page.replace("March 2", "October 2").replace("the Queensland government", "Co Mayo")
    assert find_times(county, lang="en").published_at == datetime(2022, 10, 2, 5, 30, tzinfo=UTC)


# A Kyrgyz outlet's Russian item: its story is placed in a province of its own country.
PROVINCE_STORY = "\n".join(
    [
        "Регион",
        "",
        "В Нарынской области открыли ветеринарную станцию",
        "",
        "17.04.2023 11:30",
        "",
        "Ветеринарная станция в селе Ак-Тилек Нарынской области приняла первых посетителей, "
        "сообщили в районной администрации.",
        "",
        "Станция будет обслуживать двенадцать сёл.",
    ]
)


def test_a_province_of_another_country_gives_the_outlets_zone() -> None:
    times = find_times(PROVINCE_STORY, lang="ru")
    assert times.published_at == datetime(2023, 4, 17, 5, 30, tzinfo=UTC)  # Bishkek: UTC+6
    moscow = datetime(2023, 4, 17, 8, 30, tzinfo=UTC)
    # an outsider names the country after the province, or credits a Moscow agency
    abroad = PROVINCE_STORY.replace("Нарынской области", "Нарынской области Киргизии")
    assert find_times(abroad, lang="ru").published_at == moscow
    credited = PROVINCE_STORY.replace("в районной администрации", "ТАСС в администрации")
    assert find_times(credited, lang="ru").published_at == moscow
    # provinces of two zones show none
    two = PROVINCE_STORY.replace("Станция будет", "Такая же есть в Ширакской области. Она будет")
    assert find_times(two, lang="ru").published_at == moscow


def test_a_province_made_in_2022_gives_the_outlets_zone() -> None:
    """Kazakhstan's provinces made in 2022 (Abai, Zhetysu, Ulytau) are its provinces as the
    older ones are; a district of the same adjective ("Абайский район") is no province."""
    moscow = datetime(2023, 4, 17, 8, 30, tzinfo=UTC)
    for province in ("Абайской области", "Жетысуской области", "Улытауской области"):
        story = PROVINCE_STORY.replace("Нарынской области", province)
        assert find_times(story, lang="ru").published_at == datetime(2023, 4, 17, 5, 30, tzinfo=UTC)
        abroad = PROVINCE_STORY.replace("Нарынской области", province + " Казахстана")
        assert find_times(abroad, lang="ru").published_at == moscow
    district = PROVINCE_STORY.replace("Нарынской области", "Абайском районе")
    assert find_times(district, lang="ru").published_at == moscow


# A Kyrgyz aggregator's item: the day and clock over a water cut, a source credit, and the
# aggregator's footer naming the site by its host name under every item.
OWN_DOMAIN_STORY = "\n".join(
    [
        "Фото: suu-zhany.kg",
        "9 октября 2022, 14:05 Источник suu-zhany.kg",
        "Водоканал Каракола предупредил, что в четверг на шести улицах отключат холодную воду.",
        "Бригады заменят задвижки на двух колодцах.",
        "Другие новости",
        "Где в Караколе в выходные пройдут ярмарки",
        "Правила сайта BAZAR-NEWS.kg",
        "Перепечатка материалов BAZAR-NEWS.kg только со ссылкой",
    ]
)


def test_the_sites_own_domain_gives_the_outlets_zone() -> None:
    """A host name with a country's code the footer prints twice, or on its copyright line with
    a year, is the site's own: a Russian-language outlet in Bishkek prints Bishkek time. A
    source credited by its host, even twice, is another outlet's."""
    bishkek = datetime(2022, 10, 9, 8, 5, tzinfo=UTC)  # UTC+6
    moscow = datetime(2022, 10, 9, 11, 5, tzinfo=UTC)
    assert find_times(OWN_DOMAIN_STORY, lang="ru").published_at == bishkek
    copyright = OWN_DOMAIN_STORY.replace(
        "Перепечатка материалов BAZAR-NEWS.kg только со ссылкой", "© 2015–2022 Bazar-News.kg"
    ).replace("Правила сайта BAZAR-NEWS.kg", "Правила сайта")
    assert find_times(copyright, lang="ru").published_at == bishkek
    # a Moscow site's footer names itself; a Kyrgyz source is credited on two lines above it
    credited = "\n".join([*OWN_DOMAIN_STORY.split("\n")[:-2], "© 2022 Ежедневные вести"])
    assert find_times(credited, lang="ru").published_at == moscow


# A statewide paper's own story: its headline names its state, no agency's dateline opens it.
STATEWIDE_STORY = "\n".join(
    [
        " date 2019-04-09 Subscribe Login",
        "",
        "Tuesday, April 9, 2019, 4:12 p.m.",
        "",
        "Nebraska school board delays vote on bus contract after parents object",
        "",
        "By Marla Quint",
        "",
        "A school board in western Nebraska put off a vote on a new bus contract on Tuesday "
        "after parents filled the meeting room to object to longer routes.",
        "",
        "The board will take the contract up again next month, its chair said.",
    ]
)


def test_a_state_a_local_story_names_gives_the_outlets_zone() -> None:
    times = find_times(STATEWIDE_STORY, lang="en")
    assert times.published_at == datetime(2019, 4, 9, 21, 12, tzinfo=UTC)  # Central: UTC-5
    # an agency's story is carried to outlets in every zone: no zone shown
    agency = STATEWIDE_STORY.replace("A school board", "OGALLA, Neb. (Agency) — A school board")
    assert find_times(agency, lang="en").published_at == datetime(2019, 4, 9, 16, 12, tzinfo=UTC)
    # states of two zones show none
    two = STATEWIDE_STORY.replace("western Nebraska", "western Nebraska and eastern Colorado")
    assert find_times(two, lang="en").published_at == datetime(2019, 4, 9, 16, 12, tzinfo=UTC)
    # a state's name a city or a country bears too is none: a story about New York City
    city = STATEWIDE_STORY.replace("Nebraska", "New York")
    assert find_times(city, lang="en").published_at == datetime(2019, 4, 9, 16, 12, tzinfo=UTC)
    # a state's name in capitals is its name too
    capitals = STATEWIDE_STORY.replace("western Nebraska", "MILFORD BEND, NEBRASKA")
    assert find_times(capitals, lang="en").published_at == datetime(2019, 4, 9, 21, 12, tzinfo=UTC)


# A lakefront paper's story: the state's name is a lake's, no state of the story.
LAKE_SHORE_STORY = STATEWIDE_STORY.replace(
    "Nebraska school board", "Lakefront school board"
).replace("in western Nebraska", "on the shore of Lake Michigan")
# An Irish county paper's story that names the state a board member once taught in.
COUNTY_STORY_NAMING_A_STATE = STATEWIDE_STORY.replace(
    "Nebraska school board", "Co Cork school board"
).replace("in western Nebraska", "in west Cork, whose chair once taught in Texas,")


# A national paper's stories that name a state without placing themselves in it: a resident's
# past, a senator's title, a story datelined from away.
STATES_NAMED_FROM_AWAY = (
    STATEWIDE_STORY.replace("Nebraska school board", "School board").replace(
        "A school board in western Nebraska", "A school board whose chair moved from Nebraska"
    ),
    STATEWIDE_STORY.replace("Nebraska school board", "School board").replace(
        "A school board in western Nebraska put off",
        "The Nebraska senator said a school board put off",
    ),
    STATEWIDE_STORY.replace("A school board", "OGALLA, Nebraska — A school board"),
)


def test_a_state_named_but_not_placed_in_gives_no_zone() -> None:
    for page in STATES_NAMED_FROM_AWAY:
        times = find_times(page, lang="en")
        assert times.published_at == datetime(2019, 4, 9, 16, 12, tzinfo=UTC), page
    # placed across the state, or at a town in it, the story is the state's
    for placed in ("across central Nebraska", "at Milford Bend, Nebraska"):
        page = STATEWIDE_STORY.replace("in western Nebraska", placed)
        times = find_times(page, lang="en")
        assert times.published_at == datetime(2019, 4, 9, 21, 12, tzinfo=UTC), page


# A local story whose reader's letter opens a line with "I," and goes on after a dash: no
# dateline's place in capitals.
LETTER_UNDER_A_LOCAL_STORY = STATEWIDE_STORY + (
    "\n\nI, for one, will drive — a parent wrote to the board."
)


def test_a_line_opening_with_i_and_a_comma_is_no_dateline() -> None:
    times = find_times(LETTER_UNDER_A_LOCAL_STORY, lang="en")
    assert times.published_at == datetime(2019, 4, 9, 21, 12, tzinfo=UTC)  # Central: UTC-5


# A national paper's story naming where its subject was born or grew up: no story's place.
BIRTHPLACES_NAMED = tuple(
    STATEWIDE_STORY.replace("Nebraska school board", "School board").replace(
        "A school board in western Nebraska", f"A school board whose chair {past}"
    )
    for past in ("was born in Nebraska,", "grew up in rural Nebraska,")
)


def test_a_state_someone_was_born_or_grew_up_in_gives_no_zone() -> None:
    for page in BIRTHPLACES_NAMED:
        times = find_times(page, lang="en")
        assert times.published_at == datetime(2019, 4, 9, 16, 12, tzinfo=UTC), page


def test_a_state_in_a_longer_name_or_beside_a_region_gives_no_zone() -> None:
    # a lake, a range or a film's hero named after a state is no state of the story
    assert find_times(LAKE_SHORE_STORY, lang="en").published_at == datetime(
        2019, 4, 9, 16, 12, tzinfo=UTC
    )
    for name in ("the Sierra Nevada", "Indiana Jones", "Crans-Montana"):
        page = STATEWIDE_STORY.replace("Nebraska school board", "School board").replace(
            "western Nebraska", name
        )
        assert find_times(page, lang="en").published_at == datetime(2019, 4, 9, 16, 12, tzinfo=UTC)
    # a local story abroad keeps its county's zone (Irish summer time: UTC+1)
    times = find_times(COUNTY_STORY_NAMING_A_STATE, lang="en")
    assert times.published_at == datetime(2019, 4, 9, 15, 12, tzinfo=UTC)
    # a state's own name of two words is its name
    ranches = STATEWIDE_STORY.replace("Nebraska", "New Mexico")
    assert find_times(ranches, lang="en").published_at == datetime(2019, 4, 9, 22, 12, tzinfo=UTC)


# An overseas Korean paper's column page: its weather widget's town and temperature atop it.
WEATHER_WIDGET_PAGE = "\n".join(
    [
        "Los Angeles",
        "",
        "72.5°",
        "",
        "2021.05.08(Sat)",
        "",
        "[동네 산책] 한인타운 공원에 새 놀이터",
        "",
        "[LA새빛신문] 기사입력 2021/05/01 10:15",
        "",
        "한인타운 남쪽 공원에 어린이 놀이터가 새로 문을 열었다. 주민들은 주말마다 아이들과 함께 "
        "공원을 찾는다.",
        "",
        "한서윤 / 객원기자",
    ]
)


def test_a_weather_widgets_town_gives_the_outlets_zone() -> None:
    # Los Angeles in May: UTC-7, over the Korean page's Seoul
    times = find_times(WEATHER_WIDGET_PAGE, lang="ko")
    assert times.published_at == datetime(2021, 5, 1, 17, 15, tzinfo=UTC)
    # a town's name without a temperature under it is no widget's
    plain = WEATHER_WIDGET_PAGE.replace("72.5°", "")
    assert find_times(plain, lang="ko").published_at == datetime(2021, 5, 1, 1, 15, tzinfo=UTC)
    # the caller's zone stands
    seoul = find_times(WEATHER_WIDGET_PAGE, Options(default_tz="Asia/Seoul"), lang="ko")
    assert seoul.published_at == datetime(2021, 5, 1, 1, 15, tzinfo=UTC)
    # an English page reads its times in its widget's town too: Chicago, UTC-5
    english = "Chicago\n48°F\n\nLibrary opens late\n\nPosted 9:30 AM, May 3, 2022\n\nIt opened."
    assert find_times(english, lang="en").published_at == datetime(2022, 5, 3, 14, 30, tzinfo=UTC)


# An overseas Korean daily's article page: its site's name with its edition's city on the first
# line, an advertisers' label, the headline and its section's line with the time.
MASTHEAD_CITY_PAGE = "\n".join(
    [
        "새누리신보 시카고",
        "광고",
        "",
        "한인 식료품점 세 곳 나란히 문 열어",
        "",
        "지역 | | 2022-03-09 08:40:12",
        "",
        "북서부 교외 상가에 한인 식료품점 세 곳이 나란히 문을 열었다. 주민들은 멀리 가지 않아도 "
        "장을 볼 수 있게 됐다며 반겼다.",
        "",
        "<류다온 기자>",
    ]
)


def test_a_mastheads_city_gives_the_outlets_zone() -> None:
    # Chicago in March, before daylight time: UTC-6, over the Korean page's Seoul
    times = find_times(MASTHEAD_CITY_PAGE, lang="ko")
    assert times.published_at == datetime(2022, 3, 9, 14, 40, 12, tzinfo=UTC)
    # the city opening the site's name does so too
    opening = MASTHEAD_CITY_PAGE.replace("새누리신보 시카고", "시카고 새누리신보")
    chicago = datetime(2022, 3, 9, 14, 40, 12, tzinfo=UTC)
    assert find_times(opening, lang="ko").published_at == chicago
    # a headline naming the city on the first line is no masthead: Seoul, UTC+9
    headline = MASTHEAD_CITY_PAGE.replace("새누리신보 시카고", "시카고 한인 식료품점 세 곳 개장")
    seoul_time = datetime(2022, 3, 8, 23, 40, 12, tzinfo=UTC)
    assert find_times(headline, lang="ko").published_at == seoul_time
    # the caller's zone stands
    seoul = find_times(MASTHEAD_CITY_PAGE, Options(default_tz="Asia/Seoul"), lang="ko")
    assert seoul.published_at == seoul_time


# A Seoul paper's market report whose first line is its headline, a city and three words,
# the lead repeating them: no edition's name.
CITY_HEADLINE_FIRST_PAGE = "\n".join(
    [
        "시카고 곡물시장 하락 마감",
        "",
        "입력 2024-03-05 07:10",
        "",
        "시카고 곡물시장에서 밀과 옥수수 선물이 나란히 하락 마감했다. 남미의 작황이 좋다는 "
        "소식이 값을 끌어내렸다.",
        "",
        "권하람 기자",
    ]
)


def test_a_headline_naming_a_city_on_the_first_line_gives_no_zone() -> None:
    # the lead repeats the line's words: a headline, read in Seoul's time, UTC+9
    times = find_times(CITY_HEADLINE_FIRST_PAGE, lang="ko")
    assert times.published_at == datetime(2024, 3, 4, 22, 10, tzinfo=UTC)
    # a Moscow paper's section label over a story its words come back in: Moscow's time
    paris = "\n".join(
        [
            "Париж без туристов",
            "",
            "3 апреля 2020, 11:05",
            "",
            "Улицы Парижа опустели: туристов в городе почти нет, музеи закрыты до конца месяца.",
        ]
    )
    assert find_times(paris, lang="ru").published_at == datetime(2020, 4, 3, 8, 5, tzinfo=UTC)


# A Korean paper's world weather box atop the page: cities of several zones, no home town.
WEATHER_BOX_PAGE = WEATHER_WIDGET_PAGE.replace("72.5°", "72.5°\n\nLondon\n\n14°C")


def test_a_box_of_several_cities_weather_gives_no_zone() -> None:
    # the Korean page's Seoul, UTC+9
    times = find_times(WEATHER_BOX_PAGE, lang="ko")
    assert times.published_at == datetime(2021, 5, 1, 1, 15, tzinfo=UTC)


# A Russian-language city site in Ukraine: its story in Russian, its date line in its
# software's Ukrainian, with a Ukrainian month word and "р." after the year.
MONTH_WORDS_PAGE = "\n".join(
    [
        "• Головна",
        "  • Каток у набережной откроют к праздникам",
        "14:20, 9 грудня 2013 р.",
        "",
        "Каток у набережной откроют к праздникам",
        "",
        "Городской каток у Речной набережной начнет работу 20 декабря, сообщили в управлении "
        "по делам молодежи. Прокат коньков будет работать до десяти вечера.",
        "",
        "Якщо ви помітили помилку, виділіть необхідний текст і натисніть Ctrl + Enter",
    ]
)


def test_a_date_line_in_another_languages_months_gives_its_zone() -> None:
    # Kyiv in December: UTC+2 (Moscow, UTC+4 then, would give 10:20)
    times = find_times(MONTH_WORDS_PAGE, lang="ru")
    assert times.published_at == datetime(2013, 12, 9, 12, 20, tzinfo=UTC)
    # the same line with a Russian month keeps Moscow's time
    russian = MONTH_WORDS_PAGE.replace("9 грудня 2013 р.", "9 декабря 2013 г.")
    assert find_times(russian, lang="ru").published_at == datetime(2013, 12, 9, 10, 20, tzinfo=UTC)
    # a Ukrainian date quoted in a long line of the body is no date line of the site's
    quoted = russian.replace(
        "Прокат коньков",
        "В афише, напечатанной еще 1 грудня 2013 року, прокат был обещан раньше. Прокат коньков",
    )
    assert find_times(quoted, lang="ru").published_at == datetime(2013, 12, 9, 10, 20, tzinfo=UTC)
    # the caller's zone stands
    moscow = find_times(MONTH_WORDS_PAGE, Options(default_tz="Europe/Moscow"), lang="ru")
    assert moscow.published_at == datetime(2013, 12, 9, 10, 20, tzinfo=UTC)


# A Moscow paper's story on a neighbour's law: its own date line in figures, and the law's
# title quoted on a line of its own in the neighbour's language, a Ukrainian month in it.
QUOTED_LAW_PAGE = "\n".join(
    [
        "Депутаты обсудили соседский закон о рыболовстве",
        "14.01.2019 15:30",
        "Комитет по природным ресурсам в понедельник обсудил принятый соседями закон о "
        "рыболовстве в пограничных водах и поручил подготовить отзыв.",
        "Закон про рибальство від 25 грудня 2018 р.",
        "По словам председателя комитета, документ затронет рыбаков обоих берегов.",
    ]
)


def test_a_documents_date_quoted_on_its_own_line_gives_no_zone() -> None:
    # the quoted law's date carries no clock: no date stamp of the site's, Moscow's time stays
    times = find_times(QUOTED_LAW_PAGE, lang="ru")
    assert times.published_at == datetime(2019, 1, 14, 12, 30, tzinfo=UTC)


def test_provinces_villages_and_regions_of_one_zone_give_the_outlets_zone() -> None:
    page = (
        "Ferry crews stay home as the river rises\n\nPublished Aug 3, 2023 07:40 pm\n\n"
        "The council of {place} said ferry crews would stay home until the water fell."
    )
    zoned = {
        "Sindh's river towns": datetime(2023, 8, 3, 14, 40, tzinfo=UTC),  # Pakistan: UTC+5
        "three coastal barangays": datetime(2023, 8, 3, 11, 40, tzinfo=UTC),  # Manila: UTC+8
        "the Otago district": datetime(2023, 8, 3, 7, 40, tzinfo=UTC),  # Auckland: UTC+12
        "the Counties Manukau police district": datetime(2023, 8, 3, 7, 40, tzinfo=UTC),
        "the Waitematā police district": datetime(2023, 8, 3, 7, 40, tzinfo=UTC),
        "the Waitemata police district": datetime(2023, 8, 3, 7, 40, tzinfo=UTC),  # no macron
        "the Waitemata\u0304 police district": datetime(
            2023, 8, 3, 7, 40, tzinfo=UTC
        ),  # decomposed
        "the Punjab district": datetime(2023, 8, 3, 19, 40, tzinfo=UTC),  # Punjab: two countries
        "northern Ontario's lake towns": datetime(2023, 8, 3, 23, 40, tzinfo=UTC),  # Toronto: UTC-4
        "a township in Manitoba": datetime(2023, 8, 4, 0, 40, tzinfo=UTC),  # Winnipeg: UTC-5
        "two hamlets in central Alberta": datetime(2023, 8, 4, 1, 40, tzinfo=UTC),  # Edmonton
        "the Gandaki hill towns": datetime(2023, 8, 3, 13, 55, tzinfo=UTC),  # Kathmandu: UTC+5:45
        "a salvage yard on Staten Island": datetime(2023, 8, 3, 23, 40, tzinfo=UTC),  # New York
        "the river parks in the Bronx": datetime(2023, 8, 3, 23, 40, tzinfo=UTC),  # UTC-4
        # a borough that places nothing in it: someone's origin, a team's or a ferry's name
        "a choir born in the Bronx": datetime(2023, 8, 3, 19, 40, tzinfo=UTC),
        "the Bronx Bombers' farm club": datetime(2023, 8, 3, 19, 40, tzinfo=UTC),
        "the Staten Island Ferry": datetime(2023, 8, 3, 19, 40, tzinfo=UTC),
        # a Kansas town, a first name and a word bear the other boroughs' names: none shown
        "the Manhattan grain elevator": datetime(2023, 8, 3, 19, 40, tzinfo=UTC),
        "Brooklyn Vance's ward": datetime(2023, 8, 3, 19, 40, tzinfo=UTC),
        # New Jersey has a city of that name: no province shown
        "New Brunswick's riverside wards": datetime(2023, 8, 3, 19, 40, tzinfo=UTC),
        # a street, a first name and a dog's breed bear a province's name: none shown
        "the Ontario Street depot": datetime(2023, 8, 3, 19, 40, tzinfo=UTC),
        "Alberta Vance's ward": datetime(2023, 8, 3, 19, 40, tzinfo=UTC),
        "the shelter's old Newfoundland": datetime(2023, 8, 3, 19, 40, tzinfo=UTC),
    }
    for place, published in zoned.items():
        times = find_times(page.format(place=place), lang="en")
        assert times.published_at == published, place


def zoneinfo_of_tzdata() -> Any:
    """A reader of zones from the tzdata package alone, not the system's zone files."""
    folder = resources.files("tzdata").joinpath("zoneinfo")

    def read(name: str) -> zoneinfo.ZoneInfo:
        with folder.joinpath(*name.split("/")).open("rb") as file:
            return zoneinfo.ZoneInfo.from_file(file, key=name)

    return read


def test_labels_are_part_of_the_spans() -> None:
    text = "Posted on : 2024-05-17 17:03 KST Modified on : 2024-05-17 17:03 KST"
    times = find_times(text)
    assert [text[a:b] for a, b in times.spans] == [
        "Posted on : 2024-05-17 17:03 KST",
        "Modified on : 2024-05-17 17:03 KST",
    ]


@pytest.mark.parametrize(
    ("text", "warning"),
    [
        ("2024-13-45", "timestamp_unparsed: '2024-13-45'"),
        ("2024. 5. 17. 오후 5:03", "timezone_assumed: Asia/Seoul (Korean words in the text)"),
        ("17 мая 2024, 12:30", "timezone_assumed: Europe/Moscow (Russian words in the text)"),
        ("May 17, 2024 5:03 PM", "timezone_assumed: UTC (no zone in the text)"),
        ("2024-05-17 09:00 CST", "timezone_assumed: America/Chicago (the usual meaning of CST)"),
        ("2024-05-17 09:00 SST", "timezone_assumed: Asia/Singapore (the usual meaning of SST)"),
        ("2시간 전", "timestamp_relative: '2시간 전' needs a reference time"),
        ("nothing here", "timestamp_missing: no publication time found in the text"),
    ],
)
def test_warning_codes_name_the_text(text: str, warning: str) -> None:
    assert any(found.startswith(warning) for found in find_times(text).warnings)


def test_page_language_decides_the_assumed_zone() -> None:
    text = "Title\n2024-05-17 17:03\nBody"
    assert find_times(text, lang="ko").published_at == datetime(2024, 5, 17, 8, 3, tzinfo=UTC)
    assert find_times(text, lang="ru").published_at == datetime(2024, 5, 17, 14, 3, tzinfo=UTC)
    assert find_times(text, lang="en").published_at == datetime(2024, 5, 17, 17, 3, tzinfo=UTC)
    assert find_times(text, Options(default_tz="Asia/Seoul"), lang="ru").warnings == []


def test_numeric_order_follows_the_language() -> None:
    assert parse_timestamp("05.06.2024 10:00") == datetime(2024, 5, 6, 10, tzinfo=UTC)
    ru = parse_timestamp("05.06.2024 10:00", default_tz="Europe/Moscow")
    assert ru == datetime(2024, 6, 5, 7, tzinfo=UTC)
    assert find_times("x\n05.06.2024 10:00", lang="ru").published_at == ru


def test_never_the_wall_clock() -> None:
    assert parse_timestamp("2 hours ago") is None
    assert parse_timestamp("yesterday") is None
    assert parse_timestamp("10:04") is None


def test_now_must_be_aware_everywhere() -> None:
    """One rule for every entry point: a naive reference time is refused, not guessed."""
    now = datetime(2024, 3, 8, 15, 0)
    with pytest.raises(ValueError, match="timezone-aware"):
        parse_timestamp("2시간 전", default_tz="Asia/Seoul", now=now)
    with pytest.raises(ValueError, match="timezone-aware"):
        Options(default_tz="Asia/Seoul", now=now)


def test_a_fixed_offset_is_a_default_zone_everywhere() -> None:
    """The same zones are accepted by every entry point."""
    assert Options(default_tz="+09:00").zone is not None
    assert parse_timestamp("2024-05-17 17:03", default_tz="+09:00") == datetime(
        2024, 5, 17, 8, 3, tzinfo=UTC
    )
    with pytest.raises(ValueError, match="Unknown time zone"):
        Options(default_tz="+25:00")


@pytest.mark.parametrize(
    "text",
    [
        "2024-13-45",
        "31 февраля",
        "31 февраля 2024",
        "25:61",
        "0000-01-01",
        "99999-01-01",
        "1" * 10_000,
        "9" * 10_000 + " years ago",
        "mixed 스크립트 и текст ½ 12",
        "",
        " ",
        "\x00\ufffd",
        "10000 years ago",
        "in 99999 decades",
    ],
)
def test_bad_input_gives_none(text: str) -> None:
    now = datetime(2024, 5, 17, 12, tzinfo=UTC)
    assert parse_timestamp(text, now=now if "ago" in text or "in " in text else None) is None
    times = find_times(text)
    assert times.published_at is None
    assert times.warnings


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: parse_timestamp("2024-05-17", default_tz="Mars/Base"), "Unknown time zone"),
        (lambda: parse_timestamp(20240517), "takes a str"),  # type: ignore[arg-type]
        (lambda: find_times(b"2024-05-17"), "takes a str"),  # type: ignore[arg-type]
        (lambda: parse_timestamp("x", now="2024-05-17"), "now must be a datetime"),  # type: ignore[arg-type]
    ],
)
def test_misuse_raises_with_a_sentence(call: Any, message: str) -> None:
    with pytest.raises((TypeError, ValueError), match=message):
        call()


# ---- invariants --------------------------------------------------------------------------------

_NEWSY = st.text(
    alphabet=st.sampled_from(
        list("0123456789 .:-/+,()년월일시분오후전입력мая вчера назад МСК KST pm ago May\n")
    ),
    max_size=80,
)


@given(st.one_of(st.text(max_size=200), _NEWSY))
def test_any_string_is_handled(text: str) -> None:
    value = parse_timestamp(text)
    assert value is None or value.tzinfo is UTC
    times = find_times(text, Options(now=datetime(2024, 5, 17, tzinfo=UTC)))
    assert isinstance(times, Times)
    for start, end in times.spans:
        assert 0 <= start < end <= len(text)
    for warning in times.warnings:
        assert ": " in warning


@given(_NEWSY)
def test_a_parsed_instant_reads_back_as_itself(text: str) -> None:
    now = datetime(2024, 5, 17, 12, tzinfo=UTC)
    value = parse_timestamp(text, now=now)
    if value is not None:
        assert parse_timestamp(value.isoformat()) == value


@pytest.mark.parametrize("row", [r for r in ROWS if r["expected"]], ids=lambda r: r["note"])
def test_fixture_instants_read_back_as_themselves(row: dict[str, str]) -> None:
    value = _instant(row["expected"])
    assert value is not None
    assert parse_timestamp(value.isoformat()) == value
    assert parse_timestamp(value.strftime("%a, %d %b %Y %H:%M:%S +0000")) == value.replace(
        microsecond=0
    )


@given(_NEWSY)
def test_parse_is_deterministic(text: str) -> None:
    now = datetime(2024, 5, 17, 12, tzinfo=UTC)
    assert parse_timestamp(text, now=now) == parse_timestamp(text, now=now)


def _work(text: str) -> int:
    """Python lines run by find_times: a measure of work that does not depend on the machine."""
    count = 0

    def tracer(frame: Any, event: str, arg: Any) -> Any:
        nonlocal count
        count += 1
        return tracer

    sys.settrace(tracer)
    try:
        find_times(text)
        parse_timestamp(text)
    finally:
        sys.settrace(None)
    return count


@given(_NEWSY.filter(lambda text: len(text) >= 10))
def test_work_grows_linearly(text: str) -> None:
    small, large = _work(text), _work(text * 8)
    assert large <= 8 * small + 2_000


# ---- the column version agrees with the scalar one -------------------------------------------


def test_column_agrees_with_parse_timestamp() -> None:
    texts: list[str | None] = [row["text"] for row in ROWS if not row["now"]]
    texts += ["2024-05-17T08:03:00Z", "2024-05-17 17:03:00", "2024-05-17T17:03:00.5+09:00", None]
    frame = pl.DataFrame({"t": texts}, schema={"t": pl.String})
    for default_tz in (None, "Asia/Seoul"):
        got = frame.select(timestamps_expr(pl.col("t"), default_tz=default_tz))
        expected = [
            None if text is None else parse_timestamp(text, default_tz=default_tz) for text in texts
        ]
        assert got.schema["t"] == pl.Datetime("us", "UTC")
        assert got.to_series().to_list() == expected


def test_column_runs_lazily_and_keeps_rows() -> None:
    lazy = pl.LazyFrame({"t": ["2024-05-17 17:03 KST", "garbage", "2024-05-17"]})
    out = lazy.select(timestamps_expr(pl.col("t"))).collect()
    assert out.height == 3
    assert out["t"].null_count() == 1


def test_column_reads_relative_forms_against_a_fetched_at_column() -> None:
    rows = [row for row in ROWS if row["now"] and not row["default_tz"]]
    frame = pl.DataFrame(
        {
            "t": [row["text"] for row in rows],
            "fetched_at": [_instant(row["now"]) for row in rows],
        }
    )
    got = frame.select(timestamps_expr(pl.col("t"), now=pl.col("fetched_at")))
    assert got.columns == ["t"]
    assert got["t"].to_list() == [_instant(row["expected"]) for row in rows]


def test_column_rejects_a_string_now() -> None:
    with pytest.raises(TypeError, match="now must be a datetime or a polars expression"):
        timestamps_expr(pl.col("t"), now="2024-05-17")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-05-17 24:00", datetime(2024, 5, 18, tzinfo=UTC)),
        ("2024-05-17 24:30", None),
    ],
)
def test_midnight_as_24_00(text: str, expected: datetime | None) -> None:
    assert parse_timestamp(text, default_tz="UTC") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("полгода спустя", datetime(2024, 11, 17, 12, tzinfo=UTC)),
        ("через полчаса", datetime(2024, 5, 17, 12, 30, tzinfo=UTC)),
        ("3 дня спустя", datetime(2024, 5, 20, 12, tzinfo=UTC)),
        ("2 weeks later", datetime(2024, 5, 31, 12, tzinfo=UTC)),
    ],
)
def test_direction_word_after_the_amount(text: str, expected: datetime) -> None:
    now = datetime(2024, 5, 17, 12, tzinfo=UTC)
    assert parse_timestamp(text, default_tz="UTC", now=now) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ordinal that spells like a unit, its "in" words away: a headline, no time
        ("Second Round in Review", None),
        ("Second Half Surge in Lakeport", None),
        # a unit alone beside its direction word is one of it
        ("час назад", datetime(2024, 5, 17, 11, tzinfo=UTC)),
        ("через неделю", datetime(2024, 5, 24, 12, tzinfo=UTC)),
        ("in a second", datetime(2024, 5, 17, 12, 0, 1, tzinfo=UTC)),
    ],
)
def test_a_unit_alone_needs_its_direction_word_beside_it(
    text: str, expected: datetime | None
) -> None:
    now = datetime(2024, 5, 17, 12, tzinfo=UTC)
    assert parse_timestamp(text, default_tz="UTC", now=now) == expected


def test_a_day_glued_to_its_short_copy_is_read_once_without_a_year() -> None:
    # a card prints a day in full and then short, run together: the copy's day is no year
    assert find_times("Каток открыт\n14 февраля14 фев", lang="ru").published_at is None
    own = find_datelines("Каток открыт\n14 февраля14 фев", lang="ru")
    assert [(item.role, item.start, item.end) for item in own] == [("elsewhere", 13, 29)]


def test_a_date_glued_to_its_copy_is_the_pages_own_among_many_words() -> None:
    # an aggregator's stub run into one line: title, section, the published and updated cells
    # run together, the desk and the link to the story
    line = (
        "Council approves bike lanes on Elm Street Local News June 3, 2023June 3, 2023"
        "Staff Report Read the full story here..."
    )
    times = find_times(line, lang="en")
    assert (times.published_at, times.precision) == (datetime(2023, 6, 3, tzinfo=UTC), "day")
    # printed once, the date among so many words is a sentence's
    once = line.replace("2023June 3, 2023", "2023 ")
    assert find_times(once, lang="en").published_at is None


def test_a_weekday_date_and_time_glued_to_the_lead_is_the_pages_own() -> None:
    # a feed's stamp, its weekday first and its offset last, run into the lead's first word
    lead = (
        "Ср, 4 июн 2025 07:45 +0500Директор музея Ольга Верещагина рассказала, что выставку "
        "старых открыток продлили до конца лета, а вход по субботам сделали бесплатным для "
        "школьников и студентов всех учебных заведений района"
    )
    page = "Выставку открыток продлили\n" + lead
    times = find_times(page, lang="ru")
    assert (times.published_at, times.precision) == (
        datetime(2025, 6, 4, 2, 45, tzinfo=UTC),
        "minute",
    )
    # a word that is no weekday before the stamp makes it a sentence's
    said = page.replace("Ср, 4 июн", "Итоги, 4 июн")
    assert find_times(said, lang="ru").published_at is None


def test_a_stamp_printed_twice_over_its_update_is_no_list() -> None:
    # an agency page prints its time, the same time again for machines, then its update
    page = "\n\n".join(
        [
            "Паводок отрезал три села в Озёрском округе",
            "Вода поднялась за ночь на полтора метра, сообщили в администрации округа.",
            "2025-04-09T07:40",
            "2025-04-09T07:40",
            "2025-04-09T09:15",
            "ОЗЁРСК, 9 апр. Вода в реке поднялась за ночь, три села остались без дороги.",
        ]
    )
    datelines = find_datelines(page, lang="ru")
    times = choose_times(datelines, near=0)
    assert times.published_at == datetime(2025, 4, 9, 4, 40, tzinfo=UTC)
    # three different times at that step are a list's entries
    listed = page.replace("07:40\n\n2025-04-09T09:15", "08:05\n\n2025-04-09T09:15", 1)
    listed = listed.replace("2025-04-09T07:40", "2025-04-09T09:55", 1)
    assert choose_times(find_datelines(listed, lang="ru"), near=0).published_at is None


def test_a_label_far_before_its_date_does_not_open_the_dateline() -> None:
    """A scraper's " date" label run into a teaser and a headline before the page's date
    labels that date, but its extent starts at the date: the headline before it stays text."""
    line = (
        " date 2020-11 Мэрия Озерска обещала отремонтировать мост к зиме "
        "В Каменке открыли сельскую библиотеку с читальным залом под открытым небом "
        "3 марта 2020, 10:15 Текст: Анна Белова"
    )
    [dateline] = find_datelines(line + "\n\nБиблиотеку открыли в субботу.", lang="ru")
    assert dateline.start == line.index("3 марта")
    assert dateline.reading.value == datetime(2020, 3, 3, 7, 15, tzinfo=UTC)


def test_a_label_a_byline_before_its_time_still_opens_the_dateline() -> None:
    line = "Posted by: reader@harbourtalk.example AT 08:40 pm"
    [dateline] = find_datelines(line, lang="en")
    assert dateline.start == 0


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        # clocks in New York sprang forward at 02:00 on 10 March 2024
        (
            "2 hours ago",
            datetime(2024, 3, 10, 7, 30, tzinfo=UTC),
            datetime(2024, 3, 10, 5, 30, tzinfo=UTC),
        ),
        ("yesterday", datetime(2024, 3, 10, 16, tzinfo=UTC), datetime(2024, 3, 9, 17, tzinfo=UTC)),
        (
            "Yesterday at 9:00 AM",
            datetime(2024, 3, 10, 16, tzinfo=UTC),
            datetime(2024, 3, 9, 14, tzinfo=UTC),
        ),
    ],
)
def test_relative_times_across_daylight_saving(
    text: str, now: datetime, expected: datetime
) -> None:
    assert parse_timestamp(text, default_tz="America/New_York", now=now) == expected


# A page without a headline whose first two dates, printed alike a few lines apart, state
# different times is a feed of summaries; with a headline found, or unknown, they are not.
_FEED = (
    "The harbour ferry adds a late sailing on Fridays from next month, the operator said.\n"
    "2019.06.12. 18:40\n"
    "A bakery on the high street has won the county's bread prize for the third year.\n"
    "2019.06.11. 09:15\n"
    "Read more local news"
)


_RANKING_BOX = (
    "Yes, the council voted tonight to keep the river ferry running through the winter.\n"
    "\n"
    "Most read\n"
    "2026-01-20 21:29\n"
    "Harbor bridge to close overnight for repairs\n"
    "2026-01-20 21:06\n"
    "School board delays vote on later start times\n"
    "2026-01-20 20:40\n"
    "Ferry keeps running through the winter, council decides\n"
    "2026-01-20 17:54\n"
    "Library extends its evening hours during exams"
)


@pytest.mark.parametrize("order", ["newest first", "oldest first"])
def test_a_headline_taken_inside_a_steady_list_of_dates_gives_no_time(order: str) -> None:
    text = _RANKING_BOX
    if order == "oldest first":  # a timeline's entries
        text = text.replace("21:29", "16:02").replace("21:06", "16:40").replace("17:54", "22:10")
    datelines = find_datelines(text, lang="en")
    assert [item.line for item in datelines] == [3, 5, 7, 9]
    assert choose_times(datelines, near=8).published_at is None  # a teaser mistaken for it
    # two dates at a step are no run: the headline's own and a related story's
    assert choose_times(datelines[:2], near=4).published_at is not None


# a campus paper's story under its "Popular now" box of teasers, each with its day
TEASER_BOX_PAGE = "\n".join(
    [
        "Popular now",
        "",
        "Canal path to reopen after the spring floods",
        "",
        "May 9, 2025",
        "",
        "Night market returns to the old depot",
        "",
        "May 8, 2025",
        "",
        "Choir wins the regional cup",
        "",
        "May 8, 2025",
        "Facebook Twitter Instagram",
        "• News",
        "• Features",
        "• Sports",
        "Home » News » Volunteers repaint the harbour school",
        "News",
        "",
        "Volunteers repaint the harbour school",
        "",
        "campusdesk By campusdesk March 3, 2024 3 Mins Read",
        "",
        "Forty volunteers spent the weekend repainting the classrooms of the harbour school.",
        "",
        "The head teacher said the new colours had been chosen by the pupils themselves.",
    ]
)


def test_a_teaser_box_over_the_headline_leaves_the_byline_s_day() -> None:
    """Three teasers' days at one step over the headline are a box's, not a list the headline
    belongs to: the byline's day under the headline, off the box's step, dates the story. A
    day at the box's step under the headline is the next teaser's (a headline taken inside a
    list, see the ranking box above)."""
    row = normalize_document(TEASER_BOX_PAGE)
    assert row["title"] == "Volunteers repaint the harbour school"
    assert row["published_at"] == datetime(2024, 3, 3, tzinfo=UTC)
    box = TEASER_BOX_PAGE.split("\nFacebook", 1)[0]
    inside = box + "\n\nLibrary extends its evening hours\n\nMay 7, 2025\n\nMore text."
    assert choose_times(find_datelines(inside, lang="en"), near=14).published_at is None


# a parish newsletter's item: its title, then its day glued to the lead, whose drop cap the page
# lost
LEAD_DAY_PAGE = "\n".join(
    [
        "Harvest Appeal Reaches Its Target",
        "9 October, 2023n his letter Father Tomasz has thanked every family who gave to the"
        " harvest appeal, which closed on Sunday with enough to repair the hall roof.",
        "Work on the roof will start after the Christmas fair, once the scaffolding is free.",
        "The full letter can be read at the back of the church:",
    ]
)


@pytest.mark.parametrize(
    ("glued", "published"),
    [
        ("2023n his letter", datetime(2023, 10, 9, tzinfo=UTC)),  # its drop cap lost
        # a sentence after a space is prose, opening with the day or about it
        ("2023 In his letter", None),
        ("2023 was the day Father Tomasz sent his letter, and in it he", None),
    ],
)
def test_a_day_opening_the_lead_s_line_dates_the_item(glued: str, published: object) -> None:
    """A day opening the lead's line, small letters glued right after it (a drop cap the page
    lost), dates a newsletter's item, as a fallback; a sentence after a space is prose."""
    page = LEAD_DAY_PAGE.replace("2023n his letter", glued)
    assert normalize_document(page)["published_at"] == published


# a district paper's notice: its title, then a lead opening with the event's day, the year's
# mark glued to its figures
YEAR_MARK_PAGE = "\n".join(
    [
        "Ярмарка ремёсел соберёт мастеров области",
        "15 мая 2025г в Заречье пройдёт ярмарка ремёсел, на которую приглашают мастеров со всей"
        " области и их учеников.",
        "Организаторы обещают мастер-классы, концерт и угощение для гостей.",
    ]
)


@pytest.mark.parametrize(
    ("glued", "published"),
    [
        ("2025г в Заречье", None),  # the year's mark: a lead's sentence after it, prose
        ("2025гг в Заречье", None),
        ("2025ще в Заречье", datetime(2025, 5, 15, tzinfo=UTC)),  # a drop cap lost ("Еще")
    ],
)
def test_a_year_s_mark_glued_to_the_lead_s_day_leaves_it_prose(
    glued: str, published: object
) -> None:
    """The year's mark glued after the figures of a day opening the lead ("2025г в …") is no
    lead's letters: the sentence is prose, its day the event's, not the notice's."""
    page = YEAR_MARK_PAGE.replace("2025г в Заречье", glued)
    assert normalize_document(page)["published_at"] == published


# a township's notice page: its title, its day, the department's name, then the notice's
# number giving the same day in digits over the body
RESTATED_DAY_PAGE = "\n".join(
    [
        "Notice - Brush Pickup Resumes on Rural Routes",
        "",
        "Tuesday, May 7, 2019",
        "",
        "Public Works",
        "",
        "Notice 5-7-19",
        "",
        "Now that the gravel roads have dried out, the Hollis Township road crew will again"
        " collect brush piles left at the edge of driveways. Please keep piles under six feet.",
        "",
        "Back to Top",
    ]
)


@pytest.mark.parametrize(
    ("restated", "published"),
    [
        ("Notice 5-7-19", datetime(2019, 5, 7, tzinfo=UTC)),  # the same day in digits
        ("Notice 05/07/2019", datetime(2019, 5, 7, tzinfo=UTC)),
        # the same day printed the same way: the next teaser's, a list of them
        ("Tuesday, May 7, 2019", None),
    ],
)
def test_a_day_restated_in_digits_is_not_a_teaser_s(restated: str, published: object) -> None:
    """The article's day restated a few lines under it in another notation ("Notice 5-7-19"
    under "Tuesday, May 7, 2019") is the same day, not the next teaser's date in a list."""
    page = RESTATED_DAY_PAGE.replace("Notice 5-7-19", restated)
    assert normalize_document(page)["published_at"] == published


def test_headless_feed_of_summaries_has_no_publication_time() -> None:
    datelines = find_datelines(_FEED, lang="en")
    assert choose_times(datelines, headless=True).published_at is None
    assert choose_times(datelines).published_at == datetime(2019, 6, 12, 18, 40, tzinfo=UTC)


def test_headless_feed_of_one_day_has_no_publication_time() -> None:
    feed = (
        "Tram works close two stops on the harbour line until the end of the month.\n"
        "(Tue, 08 Oct 2024 07:12:40 GMT)\n"
        "The county library extends its opening hours during the exam season.\n"
        "(Tue, 08 Oct 2024 11:58:03 GMT)\n"
    )
    assert choose_times(find_datelines(feed, lang="en"), headless=True).published_at is None


# a club blog's post without a headline: its stamp, its tags, then the match's own time
MATCH_POST = "\n".join(
    [
        "9 Марта 2021 10:15",
        "Просмотров: 310",
        "Метки:",
        "шахматы,",
        "8 марта 2021 года, 17:00.",
        "Белозёрск - Кировск 4:2",
        "Хозяева выиграли все партии на первых досках и ни разу не остались в цейтноте.",
    ]
)


def test_a_sentence_s_time_under_a_headless_post_is_no_list() -> None:
    """Under a post's stamp, a date printed otherwise (the year's word and a comma between the
    day and the clock: a sentence's time, the match's) is no second item of a list: the stamp
    dates the post. Two stamps printed alike a few lines apart still list."""
    datelines = find_datelines(MATCH_POST, lang="ru")
    published = choose_times(datelines, headless=True).published_at
    assert published == datetime(2021, 3, 9, 7, 15, tzinfo=UTC)
    listed = MATCH_POST.replace("8 марта 2021 года, 17:00.", "8 Марта 2021 17:00")
    assert choose_times(find_datelines(listed, lang="ru"), headless=True).published_at is None


def test_headless_box_of_recent_searches_of_one_day_has_no_publication_time() -> None:
    """A search page with no headline lists the reader's recent searches, each with the day
    it was made: two of one day a few lines apart are a list's dates, not the page's."""
    box = "Recent searches\n• ferry\n2025-03-04\nDelete\n• night buses\n2025-03-04\nDelete\n"
    datelines = find_datelines(box, lang="en")
    assert choose_times(datelines, headless=True).published_at is None
    assert choose_times(datelines).published_at == datetime(2025, 3, 4, tzinfo=UTC)


def test_headless_archive_of_long_summaries_has_no_publication_time() -> None:
    """An archive without a headline lists its stories newest first, each with a summary of
    many lines: two dates printed alike, the later one older, are a list's however far apart."""
    archive = (
        "Ferry operator adds a late Friday sailing\n"
        "Monday, 14 October 2024 08:20 Written by\n"
        + "A paragraph of the first story's summary.\n"
        * 8
        + "County library opens on Sundays in the exam season\n"
        "Thursday, 10 October 2024 17:45 Written by\n"
        "The second story's summary."
    )
    datelines = find_datelines(archive, lang="en")
    assert choose_times(datelines, headless=True).published_at is None
    assert choose_times(datelines).published_at == datetime(2024, 10, 14, 8, 20, tzinfo=UTC)


def test_headless_section_of_long_teasers_at_a_steady_step_has_no_publication_time() -> None:
    """A section page without a headline: each teaser (a rubric, a title, a summary of a few
    lines) closes with its date and time, the teasers as long as one another: three dates at
    one step, however long, are a list's; the same page with a headline keeps its first."""
    teaser = (
        "Экономика\n"
        "Пекарня на Садовой открыла второй цех\n"
        "Новый цех будет выпускать хлеб для школ района.\n"
        "Владелец пекарни рассказал, что нанял ещё шесть человек.\n"
        "Оборудование привезли из соседней области.\n"
        "Первую партию отправят в понедельник.\n"
        "{day}, 11:05\n"
    )
    section = "".join(teaser.format(day=day) for day in ("17.11.2025",) * 3)
    datelines = find_datelines(section, lang="ru")
    assert choose_times(datelines, headless=True).published_at is None
    assert choose_times(datelines).published_at == datetime(2025, 11, 17, 8, 5, tzinfo=UTC)
    # two dates that far apart, and no third at their step, may be a post's and a comment's
    two = find_datelines(section.rsplit("Экономика", 1)[0], lang="ru")
    assert choose_times(two, headless=True).published_at is not None


def test_headless_post_keeps_its_date_above_a_far_comment() -> None:
    text = "2019.06.12. 18:40\n" + "A line of the post.\n" * 7 + "2019.06.14. 08:00\nThanks!"
    times = choose_times(find_datelines(text, lang="en"), headless=True)
    assert times.published_at == datetime(2019, 6, 12, 18, 40, tzinfo=UTC)


_UPDATED_UNDER_A_LATER_DAY = (
    "{day}\n\n"
    "Council approves tram line to the harbour after a decade of debate\n\n"
    "The vote settles the route through the old market district\n\n"
    "(Updated at 4:10 p.m. on May 2, 2022 with the mayor's statement)\n\n"
    "The city council voted nine to two on Tuesday to build the line."
)


@pytest.mark.parametrize(
    ("day", "published"),
    [
        ("June 3, 2024", None),  # today's date over an article last updated in 2022
        ("May 1, 2022", datetime(2022, 5, 1, tzinfo=UTC)),  # the post's own date header
        ("May 2, 2022", datetime(2022, 5, 2, tzinfo=UTC)),  # published and updated that day
    ],
)
def test_a_date_after_the_update_is_no_publication(day: str, published: datetime | None) -> None:
    datelines = find_datelines(_UPDATED_UNDER_A_LATER_DAY.format(day=day), lang="en")
    times = choose_times(datelines, near=2)  # the headline's line
    assert times.modified_at == datetime(2022, 5, 2, 16, 10, tzinfo=UTC)
    assert times.published_at == published


def test_a_related_story_updated_earlier_leaves_the_date_alone() -> None:
    text = _UPDATED_UNDER_A_LATER_DAY.format(day="June 3, 2024").replace(
        "(Updated", "\n".join(["A paragraph of the story."] * 9) + "\n\nRelated: (Updated"
    )
    times = choose_times(find_datelines(text, lang="en"), near=2)
    assert times.published_at == datetime(2024, 6, 3, tzinfo=UTC)


_STATION_STORY = (
    "Barn fire destroys winter hay near the county line\n\n"
    "By Newsroom Staff\n"
    "Published: Mar. 4, 2023 at 9:40 PM CST\n"
    "{dateline}Firefighters from two departments spent the night at the farm.\n"
)


@pytest.mark.parametrize(
    ("dateline", "published"),
    [
        # an American dateline's state abbreviation: the Central time of the United States
        ("MURRAY, Ky. (WKXX) - ", datetime(2023, 3, 5, 3, 40, tzinfo=UTC)),
        ("NORMAN, Okla. (KXXA) - ", datetime(2023, 3, 5, 3, 40, tzinfo=UTC)),
        # a place of China's zone: China Standard Time
        ("BEIJING, March 4 (Agency) - ", datetime(2023, 3, 4, 13, 40, tzinfo=UTC)),
        # no place named: the American Central time, CST's usual meaning
        ("", datetime(2023, 3, 5, 3, 40, tzinfo=UTC)),
    ],
)
def test_a_dateline_settles_cst(dateline: str, published: datetime | None) -> None:
    times = find_times(_STATION_STORY.format(dateline=dateline), lang="en")
    assert times.published_at == published


SUMMER_CENTRAL_STAMP = (
    "Grain barges wait for the river to rise\n\n"
    "Oct 2, 2023 at 08:15 AM CST\n"
    "{dateline}Elevators along the lower river are loading trucks while the barges sit idle.\n"
)


@pytest.mark.parametrize(
    ("stamp", "dateline", "published"),
    [
        # a standard time printed in summer: its standard offset, UTC-6, not Chicago's daylight
        ("CST", "", datetime(2023, 10, 2, 14, 15, tzinfo=UTC)),
        ("CST", "MOLINE, Ill. (KXXB) - ", datetime(2023, 10, 2, 14, 15, tzinfo=UTC)),
        # the same letters of China's zone, which keeps one clock: UTC+8
        ("CST", "BEIJING, Oct 2 (Agency) - ", datetime(2023, 10, 2, 0, 15, tzinfo=UTC)),
        # the Central time with no season named follows Chicago's clock: daylight, UTC-5
        ("CT", "", datetime(2023, 10, 2, 13, 15, tzinfo=UTC)),
    ],
)
def test_a_standard_time_printed_in_summer_is_its_standard_offset(
    stamp: str, dateline: str, published: datetime
) -> None:
    text = SUMMER_CENTRAL_STAMP.replace("CST", stamp).format(dateline=dateline)
    assert find_times(text, lang="en").published_at == published
    # the caller's zone settles which zone the letters name, not the season
    chicago = Options(default_tz="America/Chicago")
    if stamp == "CST" and not dateline:
        assert find_times(text, chicago, lang="en").published_at == published


_STORY_WITH_LINKS = (
    "Library extends weekend opening hours through the winter\n"
    "The central library will stay open until eight on Saturdays from next month.\n"
    "Staff said evening visits had doubled since the reading room reopened.\n"
    "{links}"
)


@pytest.mark.parametrize(
    ("links", "published"),
    [
        # other stories, each line closed by its date: no date of this page
        (
            "- Harbor board approves new ferry fares - March 3, 2025\n"
            "- County opens two cooling centers - March 1, 2025\n",
            None,
        ),
        # one title line closed by its date stays the page's fallback
        ("Roll Call - Week ending Saturday, March 8, 2025\n", datetime(2025, 3, 8, tzinfo=UTC)),
    ],
)
def test_dates_closing_a_list_of_links_are_not_the_page(
    links: str, published: datetime | None
) -> None:
    times = find_times(_STORY_WITH_LINKS.format(links=links), lang="en")
    assert times.published_at == published


_STORY_WITH_POSTS = (
    "Volunteers clear two tonnes of litter from the river bank\n\n"
    "Residents shared pictures of the clean-up under a common tag.\n\n"
    "{post}\n\n"
    "The council said it would add bins along the path."
)


@pytest.mark.parametrize(
    "post",
    [
        # the embed code's closing line: author, handle, the post's day
        "Two tonnes in one morning! — Dana Reyes (@danareyes_) June 9, 2018",
        # the same with the post's time on a line of its own
        "Two tonnes in one morning!\nDana Reyes (@danareyes_)\n9 June 2018, 14:02",
    ],
)
def test_an_embedded_post_time_is_not_the_article(post: str) -> None:
    text = _STORY_WITH_POSTS.format(post=post)
    (dateline,) = find_datelines(text, lang="en")
    assert dateline.role == "elsewhere"
    assert find_times(text, lang="en").published_at is None


def test_a_handle_elsewhere_leaves_the_dateline_alone() -> None:
    text = "Follow us (@riverdesk)\n\nClean-up draws a crowd\n\nJune 9, 2018\nBody."
    assert find_times(text, lang="en").published_at == datetime(2018, 6, 9, tzinfo=UTC)


BYLINE_HANDLE_PAGE = "\n".join(
    [
        "Nadia Qureshi (@nadiaqpk) Published March 14, 2023 | 06:40 PM",
        "",
        "KARACHI, (Harbour Post / Coast Wire - 14th Mar, 2023 ) :The port trust on Tuesday "
        "opened a third berth for grain ships at the western wharf.",
        "",
        "The berth will take two ships at a time, a spokesman of the trust said.",
    ]
)


def test_a_labelled_time_after_a_byline_s_handle_dates_the_page() -> None:
    """A labelled time right after a handle in brackets is the byline's own field, even as the
    page's first line: it dates the page (in the zone of its dateline's city); the same time
    unlabelled there is an embedded post's and dates nothing but the lead's day."""
    row = normalize_document(BYLINE_HANDLE_PAGE)
    assert row["published_at"] == datetime(2023, 3, 14, 13, 40, tzinfo=UTC)
    unlabelled = BYLINE_HANDLE_PAGE.replace("Published ", "")
    assert normalize_document(unlabelled)["published_at"] == datetime(2023, 3, 14, tzinfo=UTC)


@pytest.mark.parametrize(
    ("widget", "lang"),
    [
        # a regional daily's masthead: today's date, then the weather of a few cities
        ("2023.11.02 (목)\n\n  • 맑음서울 5.2℃\n  • 흐림대구 8.8℃\n기상청 제공", "ko"),
        # a city portal's clock beside the temperature now
        ("Вторник, 10 июня 2025, 00:12\nОблачно 12°", "ru"),
        # the same with the degrees spaced and a scale letter
        ("Tuesday, June 10, 2025\nPartly cloudy 61 °F", "en"),
        # a ring printed for the degree sign, before the scale's letter
        ("Вторник, 10 июня 2025, 00:12\n−4˚C", "ru"),
    ],
)
def test_a_date_beside_the_weather_is_a_today_widget(widget: str, lang: str) -> None:
    text = f"{widget}\n\nHeadline of the story\n\nBody of the story, without a date."
    assert find_times(text, lang=lang).published_at is None


def test_a_dateline_above_a_lead_that_reports_the_weather_stays() -> None:
    text = (
        "Heat wave grips the south\n\nJuly 8, 2024\n"
        "Temperatures reached 41°C in the valley on Monday, the highest in a decade.\n"
        "Officials opened cooling centres."
    )
    assert find_times(text, lang="en").published_at == datetime(2024, 7, 8, tzinfo=UTC)


def test_a_dateline_away_from_the_weather_stays() -> None:
    text = (
        "Seoul 5.2℃\n\nMenu\nNews\nSports\n\nHeadline of the story\n"
        "2023.11.02 14:20\nBody; the square sits at 37°34′N."
    )
    assert find_times(text, lang="ko").published_at == datetime(2023, 11, 2, 5, 20, tzinfo=UTC)


_ROUND_UP = (
    "В субботу сыграли матчи 9-го тура. «Волна» выиграла у «Кедра» 3:1, "
    "«Прибой» и «Заря» разошлись вничью.\n"
    "Следующий тур пройдёт через неделю.\n"
)


@pytest.mark.parametrize(
    "feed",
    [
        # a sports site's sidebar feed: its day, then each item's clock behind a bullet of its own
        "- 9 апреля 2024\n-\n21:15\n-\n20:40\n-\n19:05\n-",
        # the same behind round bullets, the clocks of one digit's hours
        "• 9 апреля 2024\n•\n9:15\n•\n8:40",
    ],
)
def test_a_day_over_a_feeds_clocks_is_no_article_time(feed: str) -> None:
    assert find_times(_ROUND_UP + feed, lang="ru").published_at is None


_RUN_IN_PAGE = (
    "{day} Хор ветеранов выступит в сквере у старой пристани. Фото: пресс-служба района "
    "В субботу в сквере у старой пристани пройдёт концерт хора ветеранов. Коллектив исполнит "
    "песни о реке и рыбаках, а после концерта участники расскажут, как появился хор. Вход "
    "свободный, скамейки поставят вдоль набережной.\nПоделиться"
)


@pytest.mark.parametrize(
    ("day", "published"),
    [
        # a scraper ran the page into one line: its date, its title, the credit, the body
        ("21.03.2025", datetime(2025, 3, 21, tzinfo=UTC)),
        ("21.03.2025 10:40", datetime(2025, 3, 21, 7, 40, tzinfo=UTC)),
        # a sentence that opens with a day names what happens then, not the page's time
        ("21.03.2025 в", None),
    ],
)
def test_a_date_opening_a_page_run_into_one_line_is_its_time(
    day: str, published: datetime | None
) -> None:
    text = _RUN_IN_PAGE.format(day=day)
    assert len(text.split("\n")[0]) > 240  # too long to be a dateline
    assert find_times(text, lang="ru").published_at == published


def test_a_run_of_days_line_after_line_is_no_article_time() -> None:
    """A news site's box of days to browse prints one day a line, newest first: three days
    alone line after line are a list's, not the article's; its own day under the headline
    stays. Two such lines (a day over an updated day) are no run."""
    days = "Архив новостей\n14 февраля 2026\n13 февраля 2026\n12 февраля 2026\n\n"
    article = "Паром вышел в первый рейс после ремонта\n\n{own}Капитан поблагодарил экипаж.\n"
    text = days + article.format(own="")
    assert find_times(text, lang="ru").published_at is None
    dated = days + article.format(own="10 февраля 2026\n")
    assert find_times(dated, lang="ru").published_at == datetime(2026, 2, 10, tzinfo=UTC)
    two = "Архив новостей\n14 февраля 2026\n13 февраля 2026\n\n" + article.format(own="")
    assert find_times(two, lang="ru").published_at is not None


def test_a_day_behind_a_bullet_over_one_clock_stays() -> None:
    text = _ROUND_UP + "- 9 апреля 2024\n-\n21:15\nМатч перенесли на воскресенье."
    assert find_times(text, lang="ru").published_at == datetime(2024, 4, 9, tzinfo=UTC)


_UNDER_A_SITE_CLOCK = (
    "• UPDATE : 2023.02.07 화 11:52\n"
    "HOME 새소식 회원동정\n"
    "\n"
    '<새얼굴> 사진부 기자 "셔터 한 번에 하루를 담고 싶다"\n'
    "{byline}\n"
    "\n"
    "사진기자의 하루는 늘 현장에서 시작된다."
)


@pytest.mark.parametrize(
    ("byline", "published"),
    [
        # the headline's own date below it: the site's clock above is no publication
        ("경인언론인협회 | 2022.06.08", datetime(2022, 6, 8, tzinfo=UTC)),
        # no date under the headline: the clock above is all the page states
        ("경인언론인협회", datetime(2023, 2, 7, 2, 52, tzinfo=UTC)),
    ],
)
def test_a_site_clock_above_the_headline_gives_way_to_its_dateline(
    byline: str, published: datetime
) -> None:
    datelines = find_datelines(_UNDER_A_SITE_CLOCK.format(byline=byline), lang="ko")
    assert choose_times(datelines, near=3).published_at == published  # the headline's line


def test_body_dates_are_dated_headings_below_the_head() -> None:
    lines = ["Harbor board approves new ferry fares", *[""] * 9]
    lines += ["Board Meeting Agenda - May 3, 2025", "May 3, 2025", "Fares Notice - May 3, 2025"]
    datelines = find_datelines("\n".join(lines), lang="en")
    assert [item.line for item in datelines] == [10, 11, 12]
    assert sorted(body_dates(datelines, lines, 0)) == [0, 2]
    assert body_dates(datelines, lines, 5) == frozenset()  # in the head of a headline lower down
    assert body_dates(datelines, lines, None) == frozenset()


def test_body_dates_are_labelled_days_below_the_head_but_not_counters() -> None:
    lines = ["Harbor board approves new ferry fares", *[""] * 9]
    lines += ["Closing prices May 2, 2025", "1,204 views May 2, 2025", "LETTER DATED 2ND MAY 2025"]
    datelines = find_datelines("\n".join(lines), lang="en")
    assert [item.line for item in datelines] == [10, 11, 12]
    # a chart's label and a letter's date are theirs; a counter's line is the page's own
    assert sorted(body_dates(datelines, lines, 0)) == [0, 2]


def test_body_dates_spare_the_day_under_the_article_s_sign_off() -> None:
    lines = ["Harbor board approves new ferry fares", *[""] * 9]
    lines += [
        "(Portside=Coast Wire) Mina Oh = mina.oh@wire.example",
        "",
        "2025.05.02 Read the original",
    ]
    lines += ["Chart of closing prices 2025.05.02"]
    datelines = find_datelines("\n".join(lines), lang="en")
    assert [item.line for item in datelines] == [12, 13]
    # the story's day under its writer's e-mail is the page's; a chart's label is its own
    assert sorted(body_dates(datelines, lines, 0)) == [1]
    # a related story's head after the day under the sign-off keeps the day the story's
    lines[12] = "2020.03.02 Night shifts expand at the port"
    datelines = find_datelines("\n".join(lines), lang="en")
    assert sorted(body_dates(datelines, lines, 0)) == [0, 1]


@pytest.mark.parametrize(
    ("top", "clock"),
    [
        (["Sign in", "Thu, November 6, 2025 | 10:42"], True),  # the site's clock of today
        # the page's very first line over the headline, its weekday spelled out: the article's
        (["Thu, November 6, 2025 | 10:42"], False),
        (["Thu, 06 Nov, 2025 - 10:42"], False),
        (["Search", "Четверг, 6 ноября 2025, 10:42"], True),  # under a search box's label
        # under a channel's name and its city's, the clock first: "HH:MM D месяца YYYY, день"
        (["Пятый канал", "Заречный", "10:42 6 ноября 2025, четверг"], True),
        (["2025년 11월 6일(목) 10:42"], True),
        (["2025년 11월 6일 10:42"], False),  # 일 of a Korean date is no weekday
        (["6 ноября 2025, 10:42"], False),  # no weekday: an article's date and time
        (["Thursday, November 6, 2025"], False),  # a blog's date header: the day alone
        (["2025년 11월 6일(목)"], True),  # the day alone, its weekday in brackets: today's
        (["6 ноября 2025 (чт)"], True),
        (["6 ноября 2025, четверг"], False),  # the weekday spelt out after it, no brackets
        (["UPDATED. 2025-11-06 10:42 (목)"], True),  # the site's last update
        (["UPDATE : 2025.11.6 목 10:42"], True),  # under a line's label, its weekday bare
        (["UPDATE: 2025.11.6 목 10:42"], True),
        (["Updated: Thursday, November 6, 2025 10:42"], False),  # the article's own update
        (["No. 4410", "Author :", "Thu, 11/06/2025 - 10:42"], False),  # a field of metadata
    ],
)
def test_site_clocks_name_their_weekday_at_the_top_of_the_page(top: list[str], clock: bool) -> None:
    lead = "Boats sailed again on Tuesday morning after three days in port, and the operator said "
    lead += "it would add an evening crossing until the backlog of freight is cleared."
    lines = [*top, "Ferry service to Gull Island resumes after storm", "", lead]
    near = len(top)
    datelines = find_datelines("\n".join(lines), lang="en")
    assert [item.line for item in datelines] == [near - 1]
    assert site_clocks(datelines, lines, near, ()) == (frozenset([0]) if clock else frozenset())
    assert site_clocks(datelines, lines, None, ()) == site_clocks(datelines, lines, near, ())
    assert site_clocks(datelines, lines, 0, ()) == frozenset()  # below the headline: the article's


@pytest.mark.parametrize(
    ("rates", "ticker"),
    [
        (["89.61", "97.40"], True),  # a ticker's quotes, the figures alone
        (["USD 1,320.5 ▲", "EUR 1,441.2 ▼"], True),
        (["USD/RUB 89.61 +0.4%", "EUR/RUB 97.40 -0.2%"], True),
        (["0,0"], False),  # one figure: a post's rating
        (["Rated 4.5", "Rated 3.9"], False),  # words before the figures
        (["2024", "2025"], False),  # no decimals
    ],
)
def test_site_clocks_take_a_ticker_s_time_over_its_rates(rates: list[str], ticker: bool) -> None:
    lead = "The contractor will replace the storm drains along three hundred metres of the "
    lead += "embankment by the end of May, the district office said."
    lines = ["Zarechny", "March 21, 2025 10:42", *rates, "", "Embankment drains repaired", lead]
    near = len(rates) + 3
    datelines = find_datelines("\n".join(lines), lang="en")
    assert [item.line for item in datelines] == [1]
    assert site_clocks(datelines, lines, near, ()) == (frozenset([0]) if ticker else frozenset())
    assert site_clocks(datelines, lines, 1, ()) == frozenset()  # under the headline: the article's


@pytest.mark.parametrize(
    ("below", "issued"),
    [
        (["", "Page 1", "", "Board accuses judge"], True),  # an e-paper page's header
        (["PAGE 12", "Board accuses judge"], True),
        (["Page 1 of 38", "Board accuses judge"], False),  # a pager
        (["Page one", "Board accuses judge"], False),
        (["Board accuses judge", "Page 1"], False),  # the page's number under the headline
        (["No. 212", "", "Board accuses judge"], True),  # an issue's number alone: its masthead
        (["No. 212, price 50 cents", "Board accuses judge"], False),
    ],
)
def test_print_page_days_are_the_days_over_a_print_page_number(
    below: list[str], issued: bool
) -> None:
    lines = ["Harbor Standard - 2024 October 3 - Thursday", *below]
    datelines = find_datelines("\n".join(lines), lang="en")
    assert [item.line for item in datelines] == [0]
    assert print_page_days(datelines, lines) == (frozenset([0]) if issued else frozenset())
    labelled = [item._replace(role="published") for item in datelines]
    assert print_page_days(labelled, lines) == frozenset()


@pytest.mark.parametrize(
    ("top", "own"),
    [
        (["12 March 2024", "Town Hall", "News | Notices"], True),  # over a section and a menu
        (["Day: 12.03.2024", "", "Town Hall"], True),  # a label's one word beside it
        (["2024년 3월 12일", "", "", ""], True),  # four lines over the headline
        (["2024년 3월 12일", "", "", "", ""], False),  # five: too far
        (["Tuesday, 12 March 2024", "Town Hall", "News | Notices"], False),  # a today widget
        (["Screenshot 2024-03-12 101533.png", "", "Town Hall"], False),  # a file's name
        (["Readings for 12.03.2024", "", "Town Hall"], False),  # a widget's words
    ],
)
def test_the_page_s_only_day_a_few_lines_over_its_headline_is_its_own(
    top: list[str], own: bool
) -> None:
    lines = [*top, "Ferry service to Gull Island resumes after storm", "", "The ferry sailed."]
    near = len(top)
    datelines = find_datelines("\n".join(lines), lang="en")
    assert [item.line for item in datelines] == [0]
    assert lone_head_day(datelines, lines, near) == (frozenset([0]) if own else frozenset())
    assert lone_head_day(datelines, lines, None) == frozenset()  # no headline: no head
    assert lone_head_day(datelines, lines, 0) == frozenset()  # under the headline
    labelled = [item._replace(role="published") for item in datelines]
    assert lone_head_day(labelled, lines, near) == frozenset()
    later = "Updated 14 March 2024"  # a second date on the page: the rule says nothing
    more = find_datelines("\n".join([*lines, later]), lang="en")
    assert lone_head_day(more, [*lines, later], near) == frozenset()


@pytest.mark.parametrize(
    ("below", "today"),
    [
        (["More", "Home > Topics > Bridges", "", "TOPIC SEARCH: bridges"], True),  # labels
        (["Yearly Archives: 2022", "", "casserole"], True),  # an archive's label, an image's word
        (["- Advertisement -", "", "Bridge closures begin Monday | Valley Post"], True),
        # a digest's day over its first item: a head, then its paragraph
        (
            [
                "",
                "Schools cancel Wednesday classes",
                "Both colleges called off classes because of the ice storm, officials said, "
                "and asked students to stay off the roads until noon.",
            ],
            False,
        ),
    ],
)
def test_site_clocks_take_a_weekday_alone_atop_a_page_without_headline(
    below: list[str], today: bool
) -> None:
    lines = ["Saturday, May 10, 2025", *below]
    datelines = find_datelines("\n".join(lines), lang="en")
    assert [item.line for item in datelines] == [0]
    assert site_clocks(datelines, lines, None, ()) == (frozenset([0]) if today else frozenset())
    # above a headline, the day alone is a blog's date header: the chooser's to weigh
    assert site_clocks(datelines, lines, len(lines) - 1, ()) == frozenset()


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Ref. 518-04-06-2023", False),  # a document's number
        ("тел.: +7 (48213) 2-11-37", False),  # a telephone's exchange and number
        ("Issued 04-06-2023", True),
        ("Ref. 518, 04-06-2023", True),  # a comma sets the number apart
        ("Posted 09:15 22-10-2019", True),  # a clock time before the date is no number
        ("03-06-23-crane-at-the-quay", False),  # a photograph's file name opened by its day
        ("03-06-23-вид с причала", False),
        ("03-06-23 - crane at the quay", True),  # a spaced dash sets the words apart
    ],
)
def test_a_hyphenated_date_ending_a_number_or_opening_a_name_is_no_date(
    text: str, read: bool
) -> None:
    assert (find_times(text, lang="en").published_at is not None) is read


def test_a_korean_article_modification_label_gives_the_modification_time() -> None:
    times = find_times("기사입력 2021.03.09 21:10 / 기사수정 2021.03.09 22:45\n본문", lang="ko")
    assert times.published_at == datetime(2021, 3, 9, 12, 10, tzinfo=UTC)
    assert times.modified_at == datetime(2021, 3, 9, 13, 45, tzinfo=UTC)


def test_a_last_update_label_at_a_page_s_foot_gives_the_modification_time() -> None:
    text = (
        "How do I renew a fishing permit at Corran Bay?\n"
        "Permits are renewed at the harbour office or online before the season opens.\n"
        "Last Update : 4 June 2016 09:05 AM\nReading times :"
    )
    times = find_times(text, lang="en")
    assert times.published_at is None
    assert times.modified_at == datetime(2016, 6, 4, 9, 5, tzinfo=UTC)


# an agency story whose only stamp closes the page under an empty related box's label
STAMP_UNDER_A_RELATED_BOX = "\n".join(
    [
        "Harbour board names two new pilots for the winter season",
        "",
        "The Corran harbour board named two new pilots on Friday to guide ships into the port "
        "through the winter, when fog closes the channel most mornings.",
        "",
        "Both pilots trained on the board's tugs for three years, the board said.",
        "",
        "More From This Section",
        "Get the day's main stories in your inbox every morning",
        "{foot}",
    ]
)


@pytest.mark.parametrize(
    ("foot", "published"),
    [
        ("First Published: Aug 11 2017 | 9:47 PM IST", datetime(2017, 8, 11, 16, 17, tzinfo=UTC)),
        ("Published: 3 May 2021", datetime(2021, 5, 3, tzinfo=UTC)),
        ("Ferry fares rise again, Published: 3 May 2021", None),
        ("3 May 2021", None),
    ],
)
def test_a_publication_stamp_closing_the_page_under_a_related_box_dates_it(
    foot: str, published: datetime | None
) -> None:
    """The page's last line of text, a publication label opening it, is the story's own stamp
    though a related box's label stands above it; a bare date there, or a label after a
    teaser's title, is the box's teaser's."""
    row = normalize_document(STAMP_UNDER_A_RELATED_BOX.format(foot=foot))
    assert row["published_at"] == published


# a case database's record: the day it was filed, then the record's latest update
RECORD_WITH_A_LATEST_UPDATE = "\n".join(
    [
        "Harbour Records Library",
        "",
        "Corran Ferry Company v. Dunmore Harbour Board (1971)",
        "",
        "Court: Harbour Appeals Court Number: 4417 Visitors: 52",
        "Filed: Mar. 3, 1971",
        "Latest Update: Jun. 8, 2019",
        "Summary: The ferry company appealed the board's refusal to renew its berth.",
        "",
        "The ferry company held the berth at the north pier for eleven years.",
    ]
)
# a notice whose headline speaks of an update, a rail of the latest updates under it
LATEST_UPDATES_RAIL = "\n".join(
    [
        "Corran ferry timetable: latest update",
        "",
        "Posted 3 June 2024",
        "",
        "Latest updates",
        "12 May 2024 Pier works begin",
        "",
        "The ferry runs from the south slip meanwhile.",
    ]
)


def test_a_latest_update_label_gives_the_modification_time() -> None:
    """ "Latest Update" labels a modification as "Last update" does; a rail's heading "Latest
    updates" over a teaser's day labels none."""
    row = normalize_document(RECORD_WITH_A_LATEST_UPDATE)
    assert row["published_at"] == datetime(1971, 3, 3, tzinfo=UTC)
    assert row["modified_at"] == datetime(2019, 6, 8, tzinfo=UTC)
    row = normalize_document(LATEST_UPDATES_RAIL)
    assert row["published_at"] == datetime(2024, 6, 3, tzinfo=UTC)
    assert row["modified_at"] is None


# a viral clip's page: its title, the day and place its event took place, the licensor's note
CLIP_WITH_ITS_EVENT_DAY = "\n".join(
    [
        "Crane Tips Over Onto the Harbour Road",
        "",
        "Occurred on June 8, 2022 / Corrydale, Indiana, USA",
        "",
        'Info from Licensor: "I was walking the dog along the quay when the crane started to lean.'
        ' Nobody was hurt, and the road was closed for the rest of the day."',
    ]
)
# a story posted on its day, whose lead says what occurred and who filmed it
STORY_SAYING_WHAT_OCCURRED = "\n".join(
    [
        "Crane tips over onto the harbour road",
        "",
        "Posted on March 10, 2023",
        "",
        "The crane fell as the wind rose on Thursday; what occurred on the quay was filmed by a"
        " walker, the harbour board said.",
    ]
)


def test_the_day_a_clip_s_event_occurred_on_is_no_publication() -> None:
    """ "Occurred on" labels the day of the event a clip shows, as "Event date" does: no
    publication; a lead's "occurred on the quay" labels nothing, and the post's day stands."""
    assert normalize_document(CLIP_WITH_ITS_EVENT_DAY)["published_at"] is None
    row = normalize_document(STORY_SAYING_WHAT_OCCURRED)
    assert row["published_at"] == datetime(2023, 3, 10, tzinfo=UTC)


def test_a_site_last_edit_footer_is_no_article_time() -> None:
    text = (
        "군청 앞 광장에서 지난 토요일 벼룩시장이 열려 주민 300여 명이 다녀갔다.\n"
        "최종편집:2024-09-30 오후 05:12:48\n최신뉴스"
    )
    times = find_times(text, lang="ko")
    assert times.published_at is None and times.modified_at is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Harbour seals return\nPublished on May 9, 2023 - Duration: 01:12s\nSeals are back.",
            "en",
        ),
        (
            "Тюлени вернулись\nОпубликовано 9 мая 2023 г. | Длительность: 01:12\n"
            "Тюлени снова здесь.",
            "ru",
        ),
        ("물범이 돌아왔다\n등록일 2023.05.09 | 재생시간 01:12\n물범이 다시 나타났다.", "ko"),
    ],
)
def test_a_video_length_is_no_clock_time(text: str, lang: str) -> None:
    times = find_times(text, lang=lang)
    assert times.published_at == datetime(2023, 5, 9, tzinfo=UTC)
    assert times.precision == "day"


def test_a_broadcast_slot_is_published_at_its_start_in_its_zone() -> None:
    text = "Evening Report\nKRVB March 9, 2022 6:00pm-6:31pm CST\n>> good evening."
    times = find_times(text, lang="en")
    assert times.published_at == datetime(2022, 3, 10, 0, 0, tzinfo=UTC)


def test_a_law_page_enforcement_and_amendment_days_are_no_article_time() -> None:
    text = (
        "공공도서관 운영에 관한 조례\n시행: 2019.03.01 |\n일부개정: 2018.12.20 |\n"
        "제1조(목적) 이 조례는 도서관 운영에 필요한 사항을 정한다."
    )
    times = find_times(text, lang="ko")
    assert times.published_at is None and times.modified_at is None


def test_an_event_date_and_place_line_is_no_article_time() -> None:
    text = (
        "청년 창업 설명회 열린다\n•일시장소: 2023년 5월 12일 오후 2시, 시청 별관 2층 회의실\n"
        "•대상: 창업 3년 이내 청년"
    )
    times = find_times(text, lang="ko")
    assert times.published_at is None


def test_a_meta_day_glued_to_a_long_first_sentence_is_the_page_day() -> None:
    lead = (
        " date 2022-08-13 The fair's goat show drew a crowd of two hundred on Friday, and "
        "the judges took longer than usual to settle the top three places in the senior class, "
        "which had more entries than in any year since the barn was rebuilt after the fire."
    )
    times = find_times(f"{lead}\n\nResults were posted in the barn.", lang="en")
    assert times.published_at == datetime(2022, 8, 13, tzinfo=UTC)
    assert times.precision == "day" and times.spans == [(1, 16)]


@pytest.mark.parametrize(
    "first_line",
    [
        " date 2023-03-08 PORTVILLE — A pier worker remains in serious condition after a fall.",
        " date 2023-03-08 You value local news. Support the desk that covers the harbour.",
        " date 2023-03-08 Tide Forecast – Coastal Towns (3/8/23)",
    ],
)
def test_a_meta_day_glued_to_a_short_first_line_is_the_page_day(first_line: str) -> None:
    """The scraper's meta date opens the page after its space, run into a line shorter than a
    paragraph (a lead, a banner, a headline): still the page's day, however many words follow."""
    text = f"{first_line}\n\nThe harbour board met on Tuesday to plan the works on the pier."
    times = find_times(text, lang="en")
    assert times.published_at == datetime(2023, 3, 8, tzinfo=UTC)
    assert times.precision == "day" and times.spans == [(1, 16)]


def test_a_view_count_after_a_spaced_dash_is_no_zone_offset() -> None:
    text = "Лыжня готова\n\nДата: 14-03-2019 18:25 - 537Рубрика: ЛыжиИсточник: snow.example"
    times = find_times(text, lang="ru")
    assert times.published_at == datetime(2019, 3, 14, 15, 25, tzinfo=UTC)  # Moscow time


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-05-17 21:05 - 315 views", datetime(2024, 5, 17, 21, 5, tzinfo=UTC)),
        ("May 17, 2024 9:00 - 5:00", datetime(2024, 5, 17, 9, 0, tzinfo=UTC)),  # a range
        ("2024-05-17 21:05 -0300", datetime(2024, 5, 18, 0, 5, tzinfo=UTC)),
        ("2024-05-17 21:05 +05:45", datetime(2024, 5, 17, 15, 20, tzinfo=UTC)),
        ("2024-05-17 21:05 GMT-3", datetime(2024, 5, 18, 0, 5, tzinfo=UTC)),
        ("2024-05-17 21:05 -0412", datetime(2024, 5, 17, 21, 5, tzinfo=UTC)),  # no real offset
    ],
)
def test_an_offset_is_a_sign_touching_two_digit_hours_and_quarter_hours(
    text: str, expected: datetime
) -> None:
    assert parse_timestamp(text) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            " date 2023-06-02 Fri, 2 Jun, 2023 - 16:20\nCouncil backs harbour plan",
            "en",
            datetime(2023, 6, 2, 16, 20, tzinfo=UTC),
        ),
        (
            " date 2023-06-02 By Ana Ruiz • 1 June 2023 • 23:50\nHarbour plan",
            "en",
            datetime(2023, 6, 1, 23, 50, tzinfo=UTC),
        ),
        # a yearless date and clock take the meta day's year
        (
            " date 2024-03-12 12 марта, 14:40Культура\nВ музее открылась выставка",
            "ru",
            datetime(2024, 3, 12, 11, 40, tzinfo=UTC),
        ),
        # a date and time far from the meta day, a year-less one further on or a clock alone
        # is another thing's
        (
            " date 2024-03-12 5 января 2023, 14:40\nВыставка",
            "ru",
            datetime(2024, 3, 12, tzinfo=UTC),
        ),
        (
            " date 2024-03-12 Обзор 11 марта, 23:10\nВыставка",
            "ru",
            datetime(2024, 3, 12, tzinfo=UTC),
        ),
        (
            " date 2022-12-03 4.27pm GMT\nLive: storm updates",
            "en",
            datetime(2022, 12, 3, tzinfo=UTC),
        ),
    ],
)
def test_the_pages_own_date_and_time_after_the_meta_day_is_read(
    text: str, lang: str, expected: datetime
) -> None:
    assert find_times(text, lang=lang).published_at == expected


def test_an_agency_dateline_closed_by_a_colon_is_read() -> None:
    lead = (
        "MULTAN:  9 March 2024: Traders in the old grain market shut their shops on Saturday to "
        "protest against a sudden rise in stall fees, and the market committee said it would "
        "meet their representatives next week to discuss a phased increase instead."
    )
    times = find_times(f"Grain traders strike over stall fees\n\n\n{lead}\n  • Share", lang="en")
    assert times.published_at == datetime(2024, 3, 9, tzinfo=UTC)
    assert times.precision == "day"


@pytest.mark.parametrize(
    "byline",
    [
        "By PETER OTIENO March 4th, 2019 2 min read",
        "By Amina Yusuf Mar 4, 2019 6 mins read",
        "By Carla Mendes March 4, 2019 4-minute read",
    ],
)
def test_a_bylines_reading_time_is_no_word_of_a_sentence(byline: str) -> None:
    text = f"Council delays market rebuild\n\n{byline}\n\nTraders waited for the council's plan."
    assert find_times(text, lang="en").published_at == datetime(2019, 3, 4, tzinfo=UTC)


@pytest.mark.parametrize(
    ("byline", "lang"),
    [
        ("03.17.2011 by Orla Penhallow · → Leave a comment", "en"),
        ("March 17, 2011 by Orla Penhallow | Leave a reply", "en"),
        ("March 17, 2011 by Orla Penhallow · No comments", "en"),
        ("17.03.2011 автор Ольга Пенхаллоу · Оставить комментарий", "ru"),
        ("2011.03.17 글쓴이 오라 펜할로우 · 댓글 달기", "ko"),
    ],
)
def test_a_bylines_comment_link_is_no_word_of_a_sentence(byline: str, lang: str) -> None:
    """A blog's comment link closing its byline ("Leave a comment") is a label, not prose."""
    text = f"Harbour trust buys the old ropewalk\n\n{byline}\n\nThe trust signed on Tuesday."
    assert find_times(text, lang=lang).published_at == datetime(2011, 3, 17, tzinfo=UTC)


def test_a_sentence_about_leaving_a_comment_stays_a_sentence() -> None:
    # the link's words aside, a reader's sentence around a date keeps its other words
    line = "Readers who visited the harbour on March 17, 2011 may leave a comment below with photos"
    text = f"Harbour trust buys the old ropewalk\n\n{line}\n\nThe trust signed on Tuesday."
    assert find_times(text, lang="en").published_at is None


def test_labels_printed_after_their_times_name_those_times() -> None:
    text = (
        "동네 빵집 '새벽 나눔' 300곳으로 늘어\n\n"
        "(해솔=바람통신) 김다온 기자 | 2021-04-08 14:26 송고 | 2021-04-08 15:03 최종수정\n"
        "동네 빵집들이 남은 빵을 새벽마다 나눈다."
    )
    times = find_times(text, lang="ko")
    assert times.published_at == datetime(2021, 4, 8, 5, 26, tzinfo=UTC)
    assert times.modified_at == datetime(2021, 4, 8, 6, 3, tzinfo=UTC)


def test_a_lone_word_after_a_time_is_no_label_of_it() -> None:
    # a board's edit button after the post's time: the time stays the post's own
    times = find_times("텃밭 가꾸기 모임\n\n조회수 2020. 9. 14. 18:05 수정\n본문", lang="ko")
    assert times.published_at == datetime(2020, 9, 14, 9, 5, tzinfo=UTC)
    assert times.modified_at is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Поделиться32019-02-11 08:15:30", datetime(2019, 2, 11, 5, 15, 30, tzinfo=UTC)),
        ("#122019-02-11T08:15:30+03:00", datetime(2019, 2, 11, 5, 15, 30, tzinfo=UTC)),
        ("Артикул 32019-02-11", None),  # a number, no clock time after it: no date
    ],
)
def test_a_post_number_glued_before_a_date_and_time_is_not_the_year(
    line: str, expected: datetime | None
) -> None:
    text = f"Поход к озеру\n\n{line}\nТуристка\nБыли на озере в выходные."
    assert find_times(text, lang="ru").published_at == expected


def test_a_name_repeated_from_the_line_above_leaves_the_date_glued_to_it() -> None:
    text = "질문\n조용한참새482\n조용한참새48223.11.04\n\n도어락 배터리는 언제 바꾸나요?\n본문"
    times = find_times(text, lang="ko")
    assert times.published_at == datetime(2023, 11, 4, tzinfo=UTC)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Паром у причала Лесной. Новость обновлена 3 июля 2022, 09:40",
            datetime(2022, 7, 3, 6, 40, tzinfo=UTC),
        ),
        ("The ferry was updated 3 July 2022, 09:40 by its crew.", None),  # a sentence
    ],
)
def test_a_label_after_the_word_it_dates_heads_a_dateline(
    line: str, expected: datetime | None
) -> None:
    times = find_times(f"Паром снова ходит\n\n{line}\nТекст.", lang="ru")
    assert times.modified_at == expected


@pytest.mark.parametrize(
    ("mail", "expected"),
    [
        ("niamh.doyle@riverbankherald.ie", datetime(2022, 3, 4, tzinfo=UTC)),  # Ireland
        ("desk@fenlandpost.co.uk", datetime(2022, 3, 4, tzinfo=UTC)),  # the United Kingdom
        ("desk@harbourtimes.com", datetime(2022, 4, 3, tzinfo=UTC)),  # no country
        ("desk@riverbankherald.ie, tips@lakeshoreledger.us", datetime(2022, 4, 3, tzinfo=UTC)),
    ],
)
def test_a_page_mailing_from_a_day_first_country_prints_the_day_first(
    mail: str, expected: datetime
) -> None:
    text = f"04/03/2022\n\nCouncil reopens the riverside path\n\nNiamh Doyle\n{mail}\nThe path."
    assert find_times(text, lang="en").published_at == expected
    # the caller's zone says how the page's dates are written
    chicago = Options(default_tz="America/Chicago")
    assert find_times(text, chicago, lang="en").published_at == datetime(2022, 4, 3, tzinfo=UTC)


# A wire copy on a portal: its clock's zone abbreviation is of countries that write the day first.
ZONED_NUMERIC_DATE_PAGE = (
    "Regional Trade Desk\n\n"
    "Millers in Tarlow warn of a short wheat harvest\n\n"
    "Kestrel Wire Tarlow\n"
    "Updated: 09-10-2021 16:20 IST\n"
    "Millers in Tarlow warn of a short wheat harvest\n\n"
    "Millers in the valley said the late rains had cut the crop by a fifth this year.\n"
)


@pytest.mark.parametrize(
    ("zone", "expected"),
    [
        ("IST", datetime(2021, 10, 9, 10, 50, tzinfo=UTC)),  # India, Ireland, Israel: day first
        ("SGT", datetime(2021, 10, 9, 8, 20, tzinfo=UTC)),  # Singapore
        ("BST", datetime(2021, 10, 9, 15, 20, tzinfo=UTC)),  # London or Dhaka, both day first
        ("EDT", datetime(2021, 9, 10, 20, 20, tzinfo=UTC)),  # the United States: month first
        ("CST", datetime(2021, 9, 10, 22, 20, tzinfo=UTC)),  # Chicago (UTC-6) or Shanghai
        ("PHT", datetime(2021, 9, 10, 8, 20, tzinfo=UTC)),  # the Philippines: month first
    ],
)
def test_a_zone_of_day_first_countries_after_the_clock_makes_its_date_day_first(
    zone: str, expected: datetime
) -> None:
    text = ZONED_NUMERIC_DATE_PAGE.replace("IST", zone)
    assert find_times(text, lang="en").modified_at == expected
    # the line's zone outweighs the caller's
    chicago = Options(default_tz="America/Chicago")
    assert find_times(text, chicago, lang="en").modified_at == expected


@pytest.mark.parametrize("now", [None, datetime(2024, 2, 1, 6, tzinfo=UTC)])
def test_a_clock_labelled_after_a_bar_falls_on_the_day_printed_before_it(
    now: datetime | None,
) -> None:
    text = (
        "Farm loans eased for drought-hit growers\n\n"
        "November 10, 2023 08:01 pm | Updated 09:40 pm IST - RAMPUR\n\n"
        "Growers hit by the drought will get cheaper loans, the minister said on Friday."
    )
    times = find_times(text, Options(now=now), lang="en")
    assert times.published_at == datetime(2023, 11, 10, 14, 31, tzinfo=UTC)
    assert times.modified_at == datetime(2023, 11, 10, 16, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("14-Mar-2021", datetime(2021, 3, 14, tzinfo=UTC)),
        ("Posted 3-September-2019", datetime(2019, 9, 3, tzinfo=UTC)),
        ("14-мар-2021", datetime(2021, 3, 14, tzinfo=UTC)),
        ("Ticket 14-Mar-2021-0042", None),  # the date is part of a ticket's number
    ],
)
def test_a_day_month_name_and_year_joined_by_hyphens_is_a_date(
    line: str, expected: datetime | None
) -> None:
    text = f"Ferry timetable changes for spring\n\n{line}\n\nThe morning ferry leaves earlier."
    assert find_times(text, lang="en").published_at == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a forum's subject line: the title twice, the stamp's icon name run into the weekday
        (
            "PostSubject: ☆ Meetup list for March, please read ☆   ☆ Meetup list for March, "
            "please read ☆ Icon_minitimeTue Mar 09, 2021 7:42 pm",
            datetime(2021, 3, 9, 19, 42, tzinfo=UTC),
        ),
        # the weekday a word of its own
        (
            "Re: Which ferry to take from the north pier on a windy day, anyone? by harborgull "
            "Sat Apr 03, 2021 10:05 am",
            datetime(2021, 4, 3, 10, 5, tzinfo=UTC),
        ),
        # a sentence names a day and an hour and ends with its full stop
        (
            "The club will hold its next meetup at the north pier café on Tue Mar 09, 2021 "
            "7:42 pm.",
            None,
        ),
        # no weekday before the date: a line of words and a time, as a match card prints it
        (
            "Spring league Harbor Rovers Lakeside United Lakeside United March 9, 2021 7:42 pm",
            None,
        ),
        # letters merely ending like a weekday: no stamp
        (
            "Topic: the best winter stew recipes of the whole forum so far salmon "
            "Mar 09, 2021 7:42 pm",
            None,
        ),
    ],
)
def test_a_forum_stamp_closing_its_subject_line_dates_the_post(
    line: str, expected: datetime | None
) -> None:
    text = f"Harbor Town Forum\n\n{line}\n\nHi all, the list is below.\nSee you there!"
    assert find_times(text, lang="en").published_at == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the day, then the agency and its reporters; a word in lower case would make it a sentence
        (
            "4 марта 2021 ПортИнфо Седова Ирина, Пахомов Олег",
            datetime(2021, 3, 4, tzinfo=UTC),
        ),
        (
            "March 4, 2021 Harbor Wire Staff Jane Okafor, Tom Lindqvist",
            datetime(2021, 3, 4, tzinfo=UTC),
        ),
        # a sentence opening with its day is no credit line
        ("4 марта 2021 года в порту открыли новый причал для паромов", None),
    ],
)
def test_a_date_opening_a_line_of_credits_dates_the_page(
    line: str, expected: datetime | None
) -> None:
    text = (
        "Паромы пойдут по новому расписанию\n\n"
        "Речной порт меняет расписание с весны.\n\n"
        f"{line}\n\n"
        "Первый рейс будет отправляться в шесть утра, последний — в десять вечера."
    )
    assert find_times(text, lang="ru").published_at == expected


_LONG_LEAD = (
    "Night after night the lamplighter of Oakridge climbs his ladder on the main street, as his "
    "father did, and the town council has now voted to keep the old gas lamps burning for "
    "another ten years, whatever the cost of the repairs. "
)


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # the lead closes with the day in brackets of its own, after its last sentence
        ("Why do people read at night? We asked seven neighbours. (2019. 07. 11)", (2019, 7, 11)),
        ("Ночь за ночью фонарщик выходит на улицу. (22.03.2019)", (2019, 3, 22)),
        # the same in a paragraph too long to be a dateline
        (_LONG_LEAD + "(22.03.2019)", (2019, 3, 22)),
        (_LONG_LEAD + "We went along one evening! (September 22, 2019)  ", (2019, 9, 22)),
        # a title naming its event's day is no paragraph, nor a bracket of other words
        ("Oakridge Rovers vs Lakeside United at Mill Lane, Oakridge (12 May 2017)", None),
        (_LONG_LEAD + "(photo: 22.03.2019, town archive)", None),
        (_LONG_LEAD + "Dates (22.03.2019) (23.03.2019)", None),
    ],
)
def test_a_paragraph_closed_by_its_day_in_brackets_is_dated_by_it(
    lead: str, expected: tuple[int, int, int] | None
) -> None:
    text = f"The last lamplighter\n\n{lead}\n\nHe has lit the lamps for 23 years."
    published = find_times(text, lang="en").published_at
    assert published == (datetime(*expected, tzinfo=UTC) if expected else None)


_BOARD_LINE = (
    "[사설] 동네 도서관 야간 개방을 반긴다(한빛일보) 작성자 정보 {label} 컨텐츠 정보 318 조회 "
    "목록 본문 [사설] 동네 도서관 야간 개방을 반긴다(한빛일보) 동네 도서관이 다음 달부터 밤 "
    "열 시까지 문을 연다. 퇴근길 직장인과 시험을 앞둔 학생들이 반길 일이다. 다만 늘어나는 "
    "인건비를 어떻게 마련할지는 아직 정해지지 않았다. 도서관은 열람실 좌석을 늘리고, 밤에는 "
    "자원봉사자들이 책 찾는 일을 돕는다고 밝혔다. 구청은 석 달 뒤 이용자 수를 보고 운영 시간을 "
    "다시 정한다.{items}"
)
_BOARD_ITEMS = (
    " 관련자료 이전 (한빛일보) 작성일 2016.03.02 10:15 다음 (한빛일보) 작성일 2016.05.20 08:30"
)


@pytest.mark.parametrize(
    ("label", "items", "expected"),
    [
        # a board's post run into one line: its labelled date and time, the first one (the
        # previous and next posts' follow)
        ("작성일 2016.04.12 09:41", _BOARD_ITEMS, datetime(2016, 4, 12, 0, 41, tzinfo=UTC)),
        ("작성일 2016.04.12 09:41", "", datetime(2016, 4, 12, 0, 41, tzinfo=UTC)),
        # a labelled day without its time, or a time far after its label, is no stamp
        ("작성일 2016.04.12", "", None),
        ("작성일 조회 2016.04.12 09:41", "", None),
    ],
)
def test_a_labelled_date_and_time_in_a_page_run_into_one_line_dates_it(
    label: str, items: str, expected: datetime | None
) -> None:
    line = _BOARD_LINE.format(label=label, items=items)
    assert len(line) > 240
    assert find_times(line, lang="ko").published_at == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a fixtures box: the day's heading run into the league's name, then a kick-off
        ("Saturday, 14 June 2025Coastal League15:30 CET – Harbour Rovers vs Mill Town", None),
        ("Saturday, 14 June 2025 Coastal League 15:30 CET", None),
        # a clock time beside its date, or apart only by a comma, a joining word, a bar, the
        # ISO "T", its zone or a line break
        ("Saturday, 14 June 2025, 15:30 CET", datetime(2025, 6, 14, 14, 30, tzinfo=UTC)),
        ("14 June 2025 at 15:30 CET", datetime(2025, 6, 14, 14, 30, tzinfo=UTC)),
        ("15:30 CET, Saturday 14 June 2025", datetime(2025, 6, 14, 14, 30, tzinfo=UTC)),
        ("14 июня 2025 года в 15:30", datetime(2025, 6, 14, 12, 30, tzinfo=UTC)),
        ("June 14, 2025 | 3:30 PM EDT", datetime(2025, 6, 14, 19, 30, tzinfo=UTC)),
        ("2025-06-14T15:30", datetime(2025, 6, 14, 15, 30, tzinfo=UTC)),
        ("June 14, 2025\n3:30 PM", datetime(2025, 6, 14, 15, 30, tzinfo=UTC)),
    ],
)
def test_a_clock_time_tells_the_time_of_a_date_only_beside_it(
    line: str, expected: datetime | None
) -> None:
    text = f"Harbour Rovers sign a new keeper\n\n{line}\n\nThe club said on Friday."
    assert find_times(text, lang="en").published_at == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a programme's hour in its name before the date: the date's own clock time after it
        (
            "Dawn Show 6am  KXYZ  June 14, 2025 6:00am-7:00am EDT",
            datetime(2025, 6, 14, 10, 0, tzinfo=UTC),
        ),
        (
            "Late News 11pm  WXYZ  June 14, 2025 11:02 PM EDT",
            datetime(2025, 6, 15, 3, 2, tzinfo=UTC),
        ),
        # none after the date, or one past other words, leaves the day alone
        ("Dawn Show 6am  KXYZ  June 14, 2025", datetime(2025, 6, 14, tzinfo=UTC)),
        ("Dawn Show 6am KXYZ June 14, 2025 Coastal League 3:30 PM", None),
    ],
)
def test_a_clock_time_before_a_date_that_is_another_things_leaves_the_dates_own(
    line: str, expected: datetime | None
) -> None:
    text = f"Harbour Rovers sign a new keeper\n\n{line}\n\nThe club said on Friday."
    assert find_times(text, lang="en").published_at == expected


def test_a_clock_time_run_into_a_korean_date_after_it_is_read() -> None:
    # a scraper glued the numeric date and time to the same day in words
    times = find_times("입력 2025-06-14 15:302025년 6월 14일 15시 30분\n본문", lang="ko")
    assert times.published_at == datetime(2025, 6, 14, 6, 30, tzinfo=UTC)
    assert times.spans == [(0, 19)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the formal date of deeds, notices and judgments
        ("the 9th day of July 2024", datetime(2024, 7, 9, tzinfo=UTC)),
        ("this 1st day of March, 2020", datetime(2020, 3, 1, tzinfo=UTC)),
        ("the 22nd day of May 2019", datetime(2019, 5, 22, tzinfo=UTC)),
        ("9 day of July 2024", None),  # no ordinal, no formal date
    ],
)
def test_the_nth_day_of_a_month_is_a_date(text: str, expected: datetime | None) -> None:
    assert parse_timestamp(text) == expected


def test_a_notice_dated_the_nth_day_of_a_month_is_dated_by_it() -> None:
    text = "Notice of sale\n\nDated this 9th day of July 2024\n\nThe shop on Mill Lane is for sale."
    assert find_times(text, lang="en").published_at == datetime(2024, 7, 9, tzinfo=UTC)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the thing posted, the label, its date, then its section and credits
        ("Clip posted June 3, 2021 in Campus by Ana Ruiz, Tom Reed, Li Wei and Sam Cole", True),
        ("Photo posted 3 June 2021 in Campus by Ana Ruiz, Tom Reed, Li Wei and Sam Cole", True),
        # a sentence, or a label whose date does not follow it
        ("The club's video posted June 3, 2021 shows the keeper's save and the crowd", False),
        ("Clip posted in Campus by Ana Ruiz, Tom Reed, Li Wei and Sam Cole on June 3, 2021", False),
    ],
)
def test_a_thing_posted_on_a_date_opens_its_dateline(line: str, expected: bool) -> None:
    text = f"Students film the campus garden\n\n{line}\n\nLoading...\n\nThe garden opened in May."
    times = find_times(text, lang="en")
    assert times.published_at == (datetime(2021, 6, 3, tzinfo=UTC) if expected else None)
    assert times.spans == ([(33, 57)] if expected else [])


_FERRY_BODY = (
    "The ferry to Gull Island will not sail on Sundays this winter, the harbour office said, "
    "because two of its four deckhands left in the autumn."
)
_MARKET_LEAD = (
    "Stallholders at the Saturday market in Ashcombe voted to stay open until eight in the "
    "evening through the summer, a trial that starts next month and"
)


@pytest.mark.parametrize(
    ("lines", "teaser"),
    [
        # the next item's date over its head and cut lead
        ([_FERRY_BODY, "03.11.2023 09:20", "Market stays open late", _MARKET_LEAD], True),
        # a "main news" block's teaser with its date under its lead
        ([_FERRY_BODY, "Main news", "Market stays open late", _MARKET_LEAD, "03-11-2023"], True),
        # the body's own date under its last paragraph
        ([_FERRY_BODY, "03.11.2023 09:20", "Share this story"], False),
        ([_FERRY_BODY, "03.11.2023 09:20"], False),
        # no body above the teaser: a feed's first item
        (["03.11.2023 09:20", "Market stays open late", _MARKET_LEAD], False),
        # a head closed by a stop is a sentence of the body, not a teaser's head
        ([_FERRY_BODY, "03.11.2023 09:20", "Crews will return in May.", _MARKET_LEAD], False),
        # a date with more words than a count beside it
        (
            [_FERRY_BODY, "Posted by the harbour office 03.11.2023", "Market stays", _MARKET_LEAD],
            False,
        ),
    ],
)
def test_teaser_dates_under_a_headless_body(lines: list[str], teaser: bool) -> None:
    datelines = find_datelines("\n".join(lines), lang="en")
    assert len(datelines) == 1
    assert teaser_dates(datelines, lines, None) == (frozenset([0]) if teaser else frozenset())
    # under a headline, or beside another date, it is the chooser's to weigh
    assert teaser_dates(datelines, lines, 0) == frozenset()
    twice = ["04.11.2023 10:00", *lines]
    assert teaser_dates(find_datelines("\n".join(twice), lang="en"), twice, None) == frozenset()


def test_listing_days_over_a_headless_list_of_teasers() -> None:
    lines = DAY_ARCHIVE_OF_TEASERS.split("\n")
    datelines = find_datelines(DAY_ARCHIVE_OF_TEASERS, lang="en")
    assert listing_days(datelines, lines, None) == frozenset([0])
    # under a headline it is the chooser's to weigh
    assert listing_days(datelines, lines, 5) == frozenset()
    # two teasers, then a paragraph: no list of stories under the day
    short = [*lines[:9], *lines[10:]]
    assert listing_days(find_datelines("\n".join(short), lang="en"), short, None) == frozenset()
    # leads in small letters are a transcript's captions, each under its minute
    small = [text.lower() if at > 5 and at % 2 == 0 else text for at, text in enumerate(lines)]
    assert listing_days(find_datelines("\n".join(small), lang="en"), small, None) == frozenset()


@pytest.mark.parametrize(
    ("below", "widget"),
    [
        (["Tamale, Ghana", "", "Market Traders", "Business", "Levy on stalls doubles"], True),
        (["Palmerston North, New Zealand", "Council news"], True),
        # a tag's name, a story's head or a sentence naming a place: no site's place
        (["Market Traders", "Tamale, Ghana"], False),
        (["Traders in Tamale, Ghana protest the new levy"], False),
        (["Tamale, Upper Region", "Market Traders"], False),
    ],
)
def test_place_widget_days_atop_a_page_without_headline(below: list[str], widget: bool) -> None:
    lines = ["March 3, 2026", *below]
    datelines = find_datelines("\n".join(lines), lang="en")
    assert [item.line for item in datelines] == [0]
    assert place_widget_days(datelines, lines, None) == (frozenset([0]) if widget else frozenset())
    # under a headline's page, the chooser weighs it
    assert place_widget_days(datelines, lines, 2) == frozenset()
    # a clock beside the day: a story's time, not a widget's day
    timed = ["March 3, 2026 10:15", *below]
    assert (
        place_widget_days(find_datelines("\n".join(timed), lang="en"), timed, None) == frozenset()
    )


# A college paper's story page: the paper's name, the day of today over the headline (its
# weekday on a line of its own), the news service's name and the story's own day under it.
COLLEGE_PAPER_STORY = "\n".join(
    [
        "The Quarry Bell",
        "",
        "Sunday",
        "",
        "March 9, 2025",
        "",
        "Ridgeford students restore the old observatory dome",
        "",
        "Ridgeford News Service",
        "",
        "November 4, 2019",
        "",
        "Four engineering students spent the autumn term rebuilding the rusted dome of the "
        "campus observatory, which had not turned since the winter storm of 2011.",
        "",
        "The telescope will open to visitors on clear Thursday evenings.",
    ]
)


@pytest.mark.parametrize(
    ("under", "published"),
    [
        # the story's own day under the service's name, or right under the headline
        (["Ridgeford News Service", "", "November 4, 2019"], datetime(2019, 11, 4, tzinfo=UTC)),
        (["November 4, 2019", "", "By Tamsin Oakley"], datetime(2019, 11, 4, tzinfo=UTC)),
        (["By Tamsin Oakley", "", "Monday, November 4, 2019"], datetime(2019, 11, 4, tzinfo=UTC)),
        # no day of its own under it: the day above is the post's date header
        (
            ["Ridgeford News Service", "", "Posted by the physics office"],
            datetime(2025, 3, 9, tzinfo=UTC),
        ),
        # a day three lines down is the body's, not the headline's own
        (
            ["Ridgeford News Service", "", "Photo desk", "", "November 4, 2019"],
            datetime(2025, 3, 9, tzinfo=UTC),
        ),
        # a later day under a notice's byline is the day its event falls on, not its own
        (
            ["By the observatory society", "", "Friday, April 18, 2025"],
            datetime(2025, 3, 9, tzinfo=UTC),
        ),
    ],
)
def test_a_day_of_today_over_a_headline_dated_under_it(
    under: list[str], published: datetime
) -> None:
    """A day alone right above a headline is a blog's date header, the post's day, unless the
    headline prints a day alone of its own on one of the two lines with text under it: then the
    day above is the site's date of today."""
    lines = COLLEGE_PAPER_STORY.split("\n")
    page = "\n".join([*lines[:8], *under, *lines[11:]])
    assert normalize_document(page)["published_at"] == published


def test_today_over_head_reads_days_alone_on_their_lines() -> None:
    lines = COLLEGE_PAPER_STORY.split("\n")
    datelines = find_datelines(COLLEGE_PAPER_STORY, lang="en")
    assert [item.line for item in datelines] == [4, 10]
    assert today_over_head(datelines, lines, 6) == frozenset([0])
    assert today_over_head(datelines, lines, None) == frozenset()
    # a day inside a line of words, above or under the headline, is no day alone
    for at, line in ((4, "Issue of March 9, 2025"), (10, "Filed November 4, 2019 from the lab")):
        changed = [*lines[:at], line, *lines[at + 1 :]]
        found = find_datelines("\n".join(changed), lang="en")
        assert today_over_head(found, changed, 6) == frozenset()


# A county consultation site's update page: a blank first line, a title that ends with the day
# its update names, and the page's own day alone under it.
TITLE_DAY_PAGE = "\n".join(
    [
        "",
        "Ferry timetable changes update 9 October 2023",
        "",
        "8 October 2023",
        "",
        "The county has agreed with the ferry operator to bring in the winter timetable over "
        "three weeks rather than on a single day.",
        "",
        "The first sailings to change are the early crossings from Marlow Point.",
    ]
)


@pytest.mark.parametrize(
    ("under", "published"),
    [
        # the page's own day alone under the title: the title's day is its words
        ("8 October 2023", datetime(2023, 10, 8, tzinfo=UTC)),
        ("Sunday, 8 October 2023", datetime(2023, 10, 8, tzinfo=UTC)),
        # no day alone under it: the title's day is the page's only one
        ("By the ferries desk", datetime(2023, 10, 9, tzinfo=UTC)),
        ("Filed on the board 8 October 2023 after the meeting", datetime(2023, 10, 9, tzinfo=UTC)),
    ],
)
def test_a_day_in_the_title_over_the_page_s_own_day(under: str, published: datetime) -> None:
    """A day among the headline's words is the title's when the page prints a day alone of its
    own on one of the two lines with text under it; without one it is the page's only day."""
    page = TITLE_DAY_PAGE.replace("8 October 2023", under, 1)
    assert normalize_document(page)["published_at"] == published


def test_day_in_title_leaves_a_day_alone_on_the_headline_s_line() -> None:
    lines = TITLE_DAY_PAGE.split("\n")
    datelines = find_datelines(TITLE_DAY_PAGE, lang="en")
    assert day_in_title(datelines, lines, 1) == frozenset([0])
    assert day_in_title(datelines, lines, None) == frozenset()
    # the day under the headline is no title's day
    assert day_in_title(datelines, lines, 3) == frozenset()


SPLIT_BYLINE_PAGE = (
    "Harbour Board Meeting Notes - April 4, 2024\n\n"
    "By\n"
    "Harbour Board\n"
    "April 5, 2024\n\n"
    "Members approved the new mooring fees for visiting boats.\n\n"
    "The ferry timetable for the summer was adopted without changes.\n"
)


@pytest.mark.parametrize(
    ("page", "published"),
    [
        # "By" alone and the name under it: one byline, the day under it the article's own
        (SPLIT_BYLINE_PAGE, datetime(2024, 4, 5, tzinfo=UTC)),
        (SPLIT_BYLINE_PAGE.replace("By\n", "By:\n"), datetime(2024, 4, 5, tzinfo=UTC)),
        # no "By" alone: the day is a third line under the headline, no own day of its head
        (SPLIT_BYLINE_PAGE.replace("By\n", "Posted\n"), datetime(2024, 4, 4, tzinfo=UTC)),
        # "By" alone with no day under the name: the headline's day is the page's only one
        (SPLIT_BYLINE_PAGE.replace("April 5, 2024\n", ""), datetime(2024, 4, 4, tzinfo=UTC)),
    ],
)
def test_a_byline_split_over_two_lines_counts_as_one(page: str, published: datetime) -> None:
    assert normalize_document(page)["published_at"] == published


POST_WITH_AN_UPDATE = "\n".join(
    [
        "Saturday, June 7, 2025",
        "",
        "Boathouse roof repairs to start -- June 7, 2025",
        "",
        "The rowing club says the roof of the old boathouse on Mill Lane will be fixed over the "
        "summer, and the boats will stay on their racks by the slipway until then.",
        "",
        "Update 14-Jul-2025",
        "The roofers finished two weeks early and the boats are back inside.",
    ]
)


@pytest.mark.parametrize(
    ("line", "modified"),
    [
        ("Update 14-Jul-2025", datetime(2025, 7, 14, tzinfo=UTC)),
        ("UPDATE July 14, 2025", datetime(2025, 7, 14, tzinfo=UTC)),
        ("Weekly Harbour Update 14-Jul-2025", None),  # a digest's name, not a label
        ("• Update : 14-Jul-2025", None),  # a site's widget behind a bullet
        ("Update: the roofers are back", None),  # no date after it
    ],
)
def test_an_update_line_under_a_post_gives_its_modification_day(
    line: str, modified: datetime | None
) -> None:
    """ "Update" labels a modification only opening its line right before a date: a post's own
    update under its body, not a digest's name or a widget's bullet."""
    text = POST_WITH_AN_UPDATE.replace("Update 14-Jul-2025", line)
    times = find_times(text, lang="en")
    assert times.published_at == datetime(2025, 6, 7, tzinfo=UTC)
    assert times.modified_at == modified


@pytest.mark.parametrize(
    ("stamp", "lang", "published", "precision"),
    [
        ("12.03.2008 00:00:00", "ru", datetime(2008, 3, 12, tzinfo=UTC), "day"),
        ("2008-03-12T00:00:00", "ru", datetime(2008, 3, 12, tzinfo=UTC), "day"),
        ("12.03.2008 00:00:07", "ru", datetime(2008, 3, 11, 21, 0, 7, tzinfo=UTC), "second"),
        ("12.03.2008 00:00", "ru", datetime(2008, 3, 11, 21, 0, tzinfo=UTC), "minute"),
        ("입력 2008-03-12 00:00:00", "ko", datetime(2008, 3, 11, 15, 0, tzinfo=UTC), "second"),
    ],
)
def test_an_empty_clock_after_an_unlabelled_date_is_a_day(
    stamp: str, lang: str, published: datetime, precision: str
) -> None:
    """A date whose clock after it is all zeros, seconds too, is a site's day alone with its
    stamp's empty clock filled in: the printed day at midnight UTC, to the day; a clock of
    minutes, a clock with a second past midnight or a label's midnight stays a time."""
    text = f"Горсовет обсудит тарифы на воду\n\n{stamp}\n\nДепутаты Заречного соберутся в среду."
    times = find_times(text, lang=lang)
    assert (times.published_at, times.precision) == (published, precision)


@pytest.mark.parametrize(
    ("line", "published"),
    [
        (
            '07.10.2021 Телеканал "Озёрный край" 3Смотрите в выпуске:',
            datetime(2021, 10, 7, tzinfo=UTC),
        ),
        ("07.10.2021 Радио Заречье Ольга Минина, Пётр Гусев", datetime(2021, 10, 7, tzinfo=UTC)),
        ("07.10.2021 Мэр открыл мост. Движение пустят в среду и в четверг", None),
        ("07.10.2021 в библиотеке откроют выставку старых карт и фотографий", None),
    ],
)
def test_a_date_opening_a_heading_under_the_headline(line: str, published: datetime | None) -> None:
    """A date that opens a line before a name or a heading, a capital after it and no sentence
    in the line, dates the page when nothing better does; a sentence opening with its day, or a
    line holding a sentence's full stop, is prose."""
    text = "\n".join(["Как делают вечерние новости", line, "- Кто звонит в редакцию ночью"])
    assert find_times(text, lang="ru").published_at == published


@pytest.mark.parametrize(
    "stamp",
    [
        "Updated 10:15 AM EDTFirst published 8:02 AM EDT, Tue May 14, 2024",
        "Updated 10:15 AM EDT First published 8:02 AM EDT, Tue May 14, 2024",
        "Updated 10:15 AM EDT, Tue May 14, 2024First published 8:02 AM EDT, Tue May 14, 2024",
    ],
)
def test_a_label_after_another_time_s_zone_heads_its_own(stamp: str) -> None:
    """A label right after another time's zone, spaced or glued to it, heads a dateline of
    its own; an update's clock time before the line's date falls on that date."""
    text = f"Ferry board raises harbor fares\n{stamp}\nThe board voted 5-2 on Monday."
    times = find_times(text, lang="en")
    assert times.published_at == datetime(2024, 5, 14, 12, 2, tzinfo=UTC)
    assert times.modified_at == datetime(2024, 5, 14, 14, 15, tzinfo=UTC)


# a daily's clip page: a bulleted trail ending in the clip's title, its views and age, the
# title, its day and clock with the zone glued to the source's label, the description
CLIP_WITH_A_GLUED_SOURCE = "\n".join(
    [
        "  • Videos",
        "  • Dunmore",
        "  • Ferry stuck on a sandbank off Dunmore; passengers taken off by lifeboat",
        "  • 2,310 views",
        "  • 1 year ago",
        "",
        "Ferry stuck on a sandbank off Dunmore; passengers taken off by lifeboat",
        "",
        "Mar 3, 2024, 07:15PM ISTSource: Harbour TV",
        "",
        "A ferry with 40 passengers ran onto a sandbank off Dunmore at low tide. The lifeboat"
        " crew took the passengers off in two trips. Nobody was hurt.",
        "",
        "Get the app",
    ]
)


def test_a_clip_s_zone_glued_to_its_source_label_dates_it() -> None:
    times = find_times(CLIP_WITH_A_GLUED_SOURCE, lang="en")
    assert times.published_at == datetime(2024, 3, 3, 13, 45, tzinfo=UTC)


@pytest.mark.parametrize(
    "stamp",
    [
        "Mar 3, 2024, 07:15PM ISTSource: Harbour TV",
        "Mar 3, 2024, 07:15PM IST Source: Harbour TV",
        "Mar 3, 2024, 19:15 ISTPhoto: Harbour TV",
    ],
)
def test_a_zone_glued_to_a_capitalised_word_is_the_time_s_zone(stamp: str) -> None:
    """A zone's abbreviation after a clock time, glued to a capitalised word after it (a
    clip's source), is the time's zone."""
    text = f"Ferry board raises harbour fares\n{stamp}\nThe board voted 5-2 on Monday."
    times = find_times(text, lang="en")
    assert times.published_at == datetime(2024, 3, 3, 13, 45, tzinfo=UTC)


# a line of prose whose place's capitals follow a number: no time's zone before its label word
CAPITALS_AFTER_A_NUMBER = "\n".join(
    [
        "Night service returns to the harbor line",
        "Rail fans of the 4 NYC posted 12/05/2023 videos of the new cars on the bridge",
        "The line reopens on Monday after a winter of repairs.",
    ]
)


def test_a_place_s_capitals_after_a_number_close_no_time() -> None:
    """Capitals after a number close a time only when they are a zone the grammar knows: a
    place's ("the 4 NYC") leave the label word after them a sentence's verb; a zone after a
    half-day word in small letters ("10:15 a.m. EDT") closes one."""
    assert find_times(CAPITALS_AFTER_A_NUMBER, lang="en").published_at is None
    stamped = CAPITALS_AFTER_A_NUMBER.replace(
        CAPITALS_AFTER_A_NUMBER.split("\n")[1],
        "Updated 10:15 a.m. EDT Posted 8:02 a.m. EDT, May 12, 2023",
    )
    times = find_times(stamped, lang="en")
    assert times.published_at == datetime(2023, 5, 12, 12, 2, tzinfo=UTC)
    assert times.modified_at == datetime(2023, 5, 12, 14, 15, tzinfo=UTC)


# a clinic's notice whose update follows its publication's half-day word, no zone after it
HALF_DAY_BEFORE_A_LABEL = "\n".join(
    [
        "Eastfield clinic extends its winter hours",
        "By Corin Abara",
        "Mar. 3, 2025 9:20 AM Updated Mar. 4, 2025 6:45 PM",
        "The clinic on Larch Street will stay open until 8 p.m. on weekdays through April.",
    ]
)


def test_a_label_after_another_time_s_half_day_word_heads_its_own() -> None:
    """A label right after another time's half-day word, with no zone after it ("9:20 AM
    Updated …"), heads a dateline of its own, as after a zone."""
    times = find_times(HALF_DAY_BEFORE_A_LABEL, lang="en")
    assert times.published_at == datetime(2025, 3, 3, 9, 20, tzinfo=UTC)
    assert times.modified_at == datetime(2025, 3, 4, 18, 45, tzinfo=UTC)


# a trust's page with no date of its own: its paragraph, then a teaser under it
TRUST_PAGE = "\n".join(
    [
        "About the Wexmoor Canal Trust",
        "The trust looks after the canal path, its locks and the meadows beside them. Our"
        " volunteers meet every Saturday morning at the boathouse.",
        "23.02.2024 Council approves budget for harbour works and a new ferry landing",
    ]
)


def test_a_date_opening_a_heading_below_a_paragraph_dates_no_page() -> None:
    """A teaser's day under the page's paragraph is another thing's; above the
    paragraph, under the headline, the same line still dates the page."""
    assert find_times(TRUST_PAGE, lang="en").published_at is None
    lines = TRUST_PAGE.split("\n")
    heading_first = "\n".join([lines[0], lines[2], lines[1]])
    assert find_times(heading_first, lang="en").published_at == datetime(2024, 2, 23, tzinfo=UTC)


# a station's story whose stamp line is printed over and under its byline
STAMP_LINE_TWICE = "\n".join(
    [
        "Crews reopen the Millrace footbridge after repairs",
        "",
        "March 3, 2016 Updated Apr 9, 2018 at 4:25 PM EDT",
        "",
        "By Tamsin Orleck",
        "",
        "March 3, 2016 Updated Apr 9, 2018 at 4:25 PM EDT",
        "",
        "Dunmore Falls, Vt. (WDNF) - The footbridge over the millrace opened again on Thursday"
        " after two months of repairs.",
    ]
)


def test_a_stamp_line_printed_twice_dates_the_story() -> None:
    """A stamp line printed again under the byline, its update to the minute, is one stamp
    shown twice, not two teasers' days: its day dates the story."""
    times = choose_times(find_datelines(STAMP_LINE_TWICE, lang="en"), near=0)
    assert times.published_at == datetime(2016, 3, 3, tzinfo=UTC)
    assert times.modified_at == datetime(2018, 4, 9, 20, 25, tzinfo=UTC)
    days = STAMP_LINE_TWICE.replace(" Updated Apr 9, 2018 at 4:25 PM EDT", "")
    assert choose_times(find_datelines(days, lang="en"), near=0).published_at is None


# a document site's page: its upload label far above, a page copy's day beside the headline
UPLOADED_DOCUMENT = "\n".join(
    [
        "bayview pool reopening plan · 2021. 4. 9. · swimmers asked for longer evening hours...",
        "Post on 12-Jun-2023",
        "3 views",
        "Category:",
        "Documents",
        "0 download",
        "TRANSCRIPT",
        "Harriet Vance",
        "Aquatics Coordinator",
        "2/3/2021",
        "Bayview Pool Reopening Plan",
        "Page 1: Bayview Pool Reopening Plan · 2021. 4. 9. · swimmers asked for longer hours",
    ]
)


def test_a_labelled_time_outranks_a_day_alone_beside_the_headline() -> None:
    """An upload label far above the headline ("Post on 12-Jun-2023") outranks an unlabelled
    day printed on a line beside it: a label says which time is the page's, a day alone may be
    any thing's."""
    datelines = find_datelines(UPLOADED_DOCUMENT, lang="en")
    assert choose_times(datelines, near=10).published_at == datetime(2023, 6, 12, tzinfo=UTC)
    unlabelled = [item for item in datelines if not item.role]
    assert choose_times(unlabelled, near=10).published_at == datetime(2021, 4, 9, tzinfo=UTC)


# a town's story dated under its headline, a reader's comment labelled far below it
COMMENTED_STORY = "\n".join(
    [
        "Harbor Town adds two evening ferries to Pine Island",
        "May 3, 2021",
        "By Lena Orwell",
        "The town council voted five to two on Monday to add two evening ferries from June.",
        "Islanders had asked for later crossings for years, councillor Ray Dimas said.",
        "The last boat now leaves at six, too early for anyone working on the mainland.",
        "The new crossings leave at eight and at ten and cost the same as the day ones.",
        "The ferry operator will hire four more deckhands for the summer season.",
        "A review of the schedule is planned for the autumn, the council said.",
        "Two island shops said they would stay open later on ferry nights.",
        "2 Comments",
        "Mark Tolley",
        "Posted on May 5, 2021",
        "About time, the six o'clock boat was a joke.",
    ]
)


def test_a_labelled_time_below_the_head_ranks_below_the_day_under_the_headline() -> None:
    """A reader's comment labelled far below the story ("Posted on May 5, 2021") ranks below
    the story's unlabelled day under its headline: only a labelled time above the headline (a
    document site's upload label) outranks a day alone beside it."""
    datelines = find_datelines(COMMENTED_STORY, lang="en")
    assert choose_times(datelines, near=0).published_at == datetime(2021, 5, 3, tzinfo=UTC)
    footer = COMMENTED_STORY.replace("Posted on May 5, 2021", "Published on January 5, 2015")
    found = choose_times(find_datelines(footer, lang="en"), near=0)
    assert found.published_at == datetime(2021, 5, 3, tzinfo=UTC)


# a station's story: its post time without a zone, its update stamp with the offset after it
OFFSET_ON_THE_UPDATE = "\n".join(
    [
        "Floodgates at Miller Lock stay shut through the weekend",
        "",
        "Posted at 6:05 AM, Apr 12, 2019",
        "and last updated 2019-04-12 06:41:17-04",
        "",
        "BRAMBLE FORK -- Lock keepers kept the gates shut on Friday as the river rose again.",
    ]
)


def test_an_offset_after_another_clock_to_the_second_is_the_publishers() -> None:
    """An offset printed after another time's seconds ("06:41:17-04") is the zone of the page's
    times printed without one; a clock without seconds before a sign is a range's opening."""
    times = find_times(OFFSET_ON_THE_UPDATE, lang="en")
    assert times.published_at == datetime(2019, 4, 12, 10, 5, tzinfo=UTC)
    assert times.warnings == ["timezone_assumed: -04:00 (stated by another time of the page)"]
    ranged = OFFSET_ON_THE_UPDATE.replace("2019-04-12 06:41:17-04", "2019-04-12 06:41-07:00")
    assert find_times(ranged, lang="en").published_at == datetime(2019, 4, 12, 6, 5, tzinfo=UTC)


# a clinic's notice: its post time without a zone, a shift's hours to the second below it
SHIFT_TO_THE_SECOND = "\n".join(
    [
        "Bayside clinic opens on Saturdays from May",
        "Posted at 9:10 AM, Apr 12, 2019",
        "The clinic will open on Saturdays for walk-in patients, its director said.",
        "Saturday shift: 08:00:00-14:00:00",
        "Appointments can still be made by phone on weekdays.",
    ]
)


def test_a_range_closing_to_the_second_states_no_offset() -> None:
    """A sign between two clocks to the second ("08:00:00-14:00:00") opens a range's closing
    clock, no offset: the page states no zone."""
    times = find_times(SHIFT_TO_THE_SECOND, lang="en")
    assert times.published_at == datetime(2019, 4, 12, 9, 10, tzinfo=UTC)
    assert times.warnings == ["timezone_assumed: UTC (no zone in the text)"]


# an island broadcaster's story: its day and clock under the headline, no zone; a district of
# Sri Lanka named in the story and in a sidebar teaser under it
ISLAND_BROADCASTER_STORY = "\n".join(
    [
        "Bus company recalls drivers after holiday timetable mix-up",
        "",
        "Tuesday, 14 March 2023 - 18:20",
        "",
        "",
        "A bus company in Kurunegala called forty drivers back to its depot on Tuesday after a"
        " holiday timetable was printed for an ordinary working day.",
        "",
        "Passengers waited for more than an hour at several stops, the company said.",
        "",
        "Rain to ease over the hill country by Friday",
        "Tuesday, 14 March 2023 - 17:05",
        "",
        "Showers will ease in the Badulla district by Friday, the weather office said... Read More",
    ]
)


# a hosted blog's post run into one line: its title, the category's name, the date and clock
# glued to the ad slot's label, then the whole post
BLOG_POST_ON_ONE_LINE = "\n".join(
    [
        "-",
        "텃밭 상자 하나로 시작한 베란다 농사 이야기Blog 2016. 4. 9. 18:05광고 베란다에 상자 하나를"
        " 놓고 상추와 쑥갓을 심은 지 두 달이 지났다. 처음에는 물을 너무 자주 줘서 잎이 누렇게"
        " 변했지만, 흙이 마른 뒤에 주는 습관을 들이자 금세 다시 살아났다. 이웃들은 해가 잘 드는"
        " 자리로 옮기라고 조언했고, 지금은 아침마다 한 줌씩 따서 먹을 만큼 자랐다. 다음 달에는"
        " 방울토마토 모종을 들여 상자를 하나 더 늘려 볼 생각이다. 베란다 난간에 걸 수 있는 작은"
        " 화분도 몇 개 주문해 두었다.",
    ]
)


def test_a_district_of_sri_lanka_gives_the_island_s_zone() -> None:
    """Sri Lanka's districts and provinces are regions of one zone: a story naming them is read
    in Colombo's time, UTC+5:30; the capital is a city foreign stories name, no region."""
    times = find_times(ISLAND_BROADCASTER_STORY, lang="en")
    assert times.published_at == datetime(2023, 3, 14, 12, 50, tzinfo=UTC)
    capital = ISLAND_BROADCASTER_STORY.replace("Kurunegala", "Colombo").replace("Badulla", "hill")
    assert find_times(capital, lang="en").published_at == datetime(2023, 3, 14, 18, 20, tzinfo=UTC)


# a state media agency's story: its day and clock under the headline, no zone; a dateline of a
# town no table holds, and an about line naming the state's government
STATE_AGENCY_STORY = "\n".join(
    [
        "INFRASTRUCTURE",
        "",
        "Councillor asks for quicker fix to Taman Cempaka footbridge",
        "",
        "12 Jun 2024, 4:40 PM",
        "",
        "By Aida Rahim",
        "",
        "BUKIT RAYA, Jun 12 — A councillor has asked the district office to repair the footbridge"
        " over the canal at Taman Cempaka before the school term starts.",
        "",
        "Residents said the railing had rusted through in two places.",
        "",
        "About Us",
        "Warta Kenanga is the media agency of the Pahang State Government.",
    ]
)


def test_a_state_of_malaysia_gives_the_country_s_zone() -> None:
    """Malaysia's states are regions of Kuala Lumpur's zone, Sarawak's clock the peninsula's:
    a page naming one is read in it. Perak, Sabah and Malacca
    are left out, an Indonesian port's, a Kuwaiti ruler's and a strait's names too."""
    times = find_times(STATE_AGENCY_STORY, lang="en")
    assert times.published_at == datetime(2024, 6, 12, 8, 40, tzinfo=UTC)
    for other in ("the port of Tanjung Perak", "Sheikh Sabah", "the Strait of Malacca"):
        page = STATE_AGENCY_STORY.replace("the Pahang State Government", other)
        assert find_times(page, lang="en").published_at == datetime(2024, 6, 12, 16, 40, tzinfo=UTC)


def test_a_date_and_clock_glued_to_the_word_after_them_date_a_page_run_into_one_line() -> None:
    """A year-first date and a clock time glued to the word after them, in a line too long to
    be a dateline, are a post's cells run into one line: the post's time, in the page's zone."""
    times = find_times(BLOG_POST_ON_ONE_LINE, lang="ko")
    assert times.published_at == datetime(2016, 4, 9, 9, 5, tzinfo=UTC)
    assert times.precision == "minute"


@pytest.mark.parametrize(
    "glued",
    [
        # a half-day word glued on: the clock's own, maybe misread, so no stamp
        "Blog 2016-04-09 6:05pmAds",
        # a space after the clock: a sentence's time
        "Blog 2016-04-09 18:05 Ads",
    ],
)
def test_a_clock_with_its_half_day_or_a_space_after_it_is_no_glued_stamp(glued: str) -> None:
    line = f"Notes from the allotment {glued} " + "We planted lettuce on the balcony. " * 8
    assert find_times(line, lang="en").published_at is None


# a town's paper: a retired teacher whose first name is a Sri Lankan district's, no zone
GARAGE_LIBRARY_STORY = "\n".join(
    [
        "Retired teacher opens a lending library in her garage",
        "",
        "March 14, 2023 6:20 PM",
        "",
        "Kandy Morales, 67, taught third grade in Pine Hollow for thirty years before she retired.",
        "",
        "Now she lends books from shelves her grandson built, the neighbours said.",
    ]
)


def test_a_first_name_or_a_cricket_ground_s_town_gives_no_island_zone() -> None:
    """Kandy is a first name and a Test ground's town that foreign stories name, so a page naming
    it is no Sri Lankan story: its time without a zone stays UTC."""
    times = find_times(GARAGE_LIBRARY_STORY, lang="en")
    assert times.published_at == datetime(2023, 3, 14, 18, 20, tzinfo=UTC)
    cricket = GARAGE_LIBRARY_STORY.replace("Kandy Morales", "The touring side lost in Kandy")
    assert find_times(cricket, lang="en").published_at == datetime(2023, 3, 14, 18, 20, tzinfo=UTC)


def test_a_date_printed_with_an_en_dash_and_a_hyphen_is_read() -> None:
    """An en dash stands for a hyphen between a date's numbers, mixed with one or not."""
    for day in ("14 – 06 - 2002", "14 – 06 – 2002", "14-06-2002"):
        times = find_times(f"Valmer wire {day}\n\nThe ferry left on time.", lang="en")
        assert times.published_at == datetime(2002, 6, 14, tzinfo=UTC)


def test_an_en_dash_in_a_range_a_season_or_a_score_is_no_date() -> None:
    """Read as a hyphen, an en dash joins no day range, season or score into a date."""
    posted = "Posted 2019-05-02 10:15\n\nThe quay fills with stalls."
    for head in ("Harbour festival runs 9–11 May", "Rovers look ahead to 2019–2020 season"):
        times = find_times(f"{head}\n\n{posted}", lang="en")
        assert times.published_at == datetime(2019, 5, 2, 10, 15, tzinfo=UTC), head
    season = find_times("Rovers look ahead to 2019–2020 season\n\nThe squad is named.", lang="en")
    assert season.published_at is None
    score = find_times("Rovers beat Harriers 3–1\n\n2019-03-12\n\nTwo late goals.", lang="en")
    assert score.published_at == datetime(2019, 3, 12, tzinfo=UTC)


# a broadcaster's old world page: navigation lines, the day and the labelled clock in two zones
# on one line, the review's headline and its first item
WORLD_PAGE_PUBLISHED_AT = "\n".join(
    [
        "Front Page",
        "",
        "World",
        "",
        "Tuesday, March 7, 2000 Published at 09:40 GMT 10:40 CET",
        "",
        "Baltic ports: The week in review",
        "",
        "Dockers at the port of Vessa ended a four-day stoppage on Friday after the harbour company"
        " agreed to hire forty more crane drivers, the local radio said.",
    ]
)


def test_a_labelled_clock_after_a_day_alone_on_its_line_falls_on_that_day() -> None:
    """A publication label's clock time printed after a day alone on the same line ("…, 2000
    Published at 09:40 GMT") completes that day, in the clock's own zone."""
    times = find_times(WORLD_PAGE_PUBLISHED_AT, lang="en")
    assert times.published_at == datetime(2000, 3, 7, 9, 40, tzinfo=UTC)
    assert times.precision == "minute"
    # an update's clock falls on that day too: the day alone is the publication's
    updated = WORLD_PAGE_PUBLISHED_AT.replace("Published at", "Updated at")
    times = find_times(updated, lang="en")
    assert times.published_at == datetime(2000, 3, 7, tzinfo=UTC)
    assert times.modified_at == datetime(2000, 3, 7, 9, 40, tzinfo=UTC)


# a council's service page closed by its update label, the day on the next line
SERVICE_PAGE_LAST_UPDATED = "\n".join(
    [
        "Renting a stall at the Saturday market",
        "",
        "Traders can apply for a pitch at the Saturday market on the square from the spring.",
        "",
        "Page last updated:",
        "3 Feb 2021",
        "",
        "Was this page useful?",
    ]
)


def test_a_label_after_the_word_it_dates_times_the_line_below() -> None:
    """A label after the one word it gives the time of, its colon closing the line ("Page last
    updated:"), labels the day on the next line: here the modification's, no publication."""
    times = find_times(SERVICE_PAGE_LAST_UPDATED, lang="en")
    assert times.modified_at == datetime(2021, 2, 3, tzinfo=UTC)
    assert times.published_at is None


# a harbour office's notice: a closing day under its label, the notice's own day below
NOTICE_WITH_A_CLOSING_DATE = "\n".join(
    [
        "Harbour office seeks ferry crew",
        "",
        "Closing date:",
        "28 Feb 2021",
        "",
        "The harbour office is hiring six deckhands for the summer season.",
        "",
        "Posted 1 Feb 2021",
    ]
)


def test_a_word_before_a_publication_label_names_another_day() -> None:
    """A word before a publication's label may name another day ("Closing date:"): the day
    below is no publication's, and the notice's own day stands."""
    times = find_times(NOTICE_WITH_A_CLOSING_DATE, lang="en")
    assert times.published_at == datetime(2021, 2, 1, tzinfo=UTC)


# a county office's board post: its day under the headline, the manager block under the body
BOARD_POST_UNDER_A_MANAGER_BLOCK = "\n".join(
    [
        "누리군 '작은 도서관 순회 문고' 운영(3.4)",
        "- 문화관광과",
        "- 812",
        "- 2017-03-02",
        "누리군은 다음 달부터 면 소재지 작은 도서관 다섯 곳을 도는 순회 문고를 운영한다.",
        "- 담당부서 : 문화관광과",
        "- 연락처 : 063-000-2310",
        "- 최종수정일 : 2024-06-19",
    ]
)
# a public agency's report page: its posting and last edit over its department and telephone
REPORT_WITH_ITS_EDIT_IN_THE_HEAD = "\n".join(
    [
        "갯벌 생태 관찰 기록 2016",
        "  • 작성일2016-09-12",
        "  • 최종수정일2018-01-30",
        "  • 담당부서해양환경과",
        "  • 연락처061-000-0000",
        "",
        "갯벌 생태 관찰 기록은 해마다 가을에 펴내는 보고서이다.",
    ]
)


def test_a_modification_under_a_page_s_manager_block_is_the_menu_s_stamp() -> None:
    """A last edit under a government page's department and telephone is its menu page's
    stamp, not the post's; one over them, beside the post's own day, is the post's edit."""
    times = find_times(BOARD_POST_UNDER_A_MANAGER_BLOCK, lang="ko")
    assert times.published_at == datetime(2017, 3, 2, tzinfo=UTC)
    assert times.modified_at is None
    times = find_times(REPORT_WITH_ITS_EDIT_IN_THE_HEAD, lang="ko")
    assert times.modified_at == datetime(2018, 1, 30, tzinfo=UTC)


# a port authority's news story: its posting, its text, its contact line, then its own edit
STORY_WITH_ITS_EDIT_UNDER_A_CONTACT = "\n".join(
    [
        "누리항 여객선 운항 재개",
        "입력 2024-11-20 09:10",
        "",
        "누리항 여객선이 석 달 만에 운항을 재개했다고 운영사가 밝혔다. 첫 배는 금요일 아침에 뜬다.",
        "",
        "연락처: 누리항만공사 홍보팀 061-000-0000",
        "",
        "수정 2024-11-21 10:00",
    ]
)


def test_a_story_s_edit_under_its_contact_line_alone_is_the_story_s() -> None:
    """A contact line alone over a story's last edit is no manager block: the edit is the
    story's own."""
    times = find_times(STORY_WITH_ITS_EDIT_UNDER_A_CONTACT, lang="ko")
    assert times.modified_at == datetime(2024, 11, 21, 1, tzinfo=UTC)


# a community radio's programme page: the slot's day and its clock range under the title
PROGRAMME_SLOT_PAGE = "\n".join(
    [
        "Tideline Breakfast with Orla Kent",
        "",
        "Friday, 3 May 2024 06:00-06:30",
        "",
        "Orla talks to the lifeboat crew about the new boathouse on the east pier.",
    ]
)


def test_a_clock_glued_after_a_clock_without_seconds_closes_a_range() -> None:
    """A sign and a clock glued after a clock printed without seconds ("06:00-06:30") close a
    range, no offset: the slot opens at six in the page's zone, or in the zone after the range;
    after a date's "T" the same signed clock is the offset ISO 8601 prints."""
    times = find_times(PROGRAMME_SLOT_PAGE, lang="en")
    assert times.published_at == datetime(2024, 5, 3, 6, tzinfo=UTC)
    dashed = PROGRAMME_SLOT_PAGE.replace("06:00-06:30", "06:00–06:30 BST")
    assert find_times(dashed, lang="en").published_at == datetime(2024, 5, 3, 5, tzinfo=UTC)
    iso = PROGRAMME_SLOT_PAGE.replace("Friday, 3 May 2024 06:00-06:30", "2024-05-03T06:00-06:30")
    assert find_times(iso, lang="en").published_at == datetime(2024, 5, 3, 12, 30, tzinfo=UTC)


def test_a_signed_clock_no_later_than_the_clock_before_it_is_an_offset() -> None:
    """A sign and a clock glued after a clock printed without seconds close no range when they
    are no later than it: a feed's stamp with a space for its "T" ("2024-05-03 10:00-05:00")
    states its offset."""
    feed = PROGRAMME_SLOT_PAGE.replace("Friday, 3 May 2024 06:00-06:30", "2024-05-03 10:00-05:00")
    assert find_times(feed, lang="en").published_at == datetime(2024, 5, 3, 15, tzinfo=UTC)
    dated = PROGRAMME_SLOT_PAGE.replace("06:00-06:30", "10:00-03:00")
    assert find_times(dated, lang="en").published_at == datetime(2024, 5, 3, 13, tzinfo=UTC)


# a university's list of news releases, no headline of its own: each release's stamp, its
# title, its school and its summary, newest first
RELEASES_PAGE = "\n".join(
    [
        "Filters close",
        "Released: 4-Mar-2024 9:00 AM EST",
        "Tidal pools cool faster than the bay around them",
        "Marlow Coast University",
        "",
        "Rock pools on the northern shore lose heat twice as fast as open water on clear nights,"
        " a survey of forty pools over two winters has found.",
        "",
        "Released: 27-Feb-2024 2:15 PM EST",
        "Night buses carry more nurses than students",
        "Marlow Coast University",
        "",
        "Riders of the three night routes are mostly hospital staff on their way to early"
        " shifts, a count of fares over a month suggests.",
    ]
)


def test_a_headless_list_of_releases_has_no_publication_time() -> None:
    """Two labelled release times printed alike, the later one older, are a list's items' on a
    page without a headline, however far apart; under a headline the first is still read."""
    datelines = find_datelines(RELEASES_PAGE, lang="en")
    assert choose_times(datelines, headless=True).published_at is None
    assert choose_times(datelines).published_at == datetime(2024, 3, 4, 14, 0, tzinfo=UTC)
    assert normalize_document(RELEASES_PAGE)["published_at"] is None
    # one release alone is the page's
    alone = RELEASES_PAGE.split("\n\nReleased: 27")[0]
    assert choose_times(find_datelines(alone, lang="en"), headless=True).published_at is not None


DIGEST_ACCESSED_PAGE = "\n".join(
    [
        "Top coast news",
        "",
        "",
        "Top Story:  Seagrass beds found to hold more carbon in Wexmoor bay.",
        "",
        "Views expressed in this coast and weather news summary are those of the writers and"
        " reporters.",
        "",
        "Content supplied by “”-the weekly bulletin of the Coastal Science Society of Wexmoor.",
        "",
        "Accessed on 14 March 2021, 0610 UTC.",
        "",
        "Source (email subscription to “”):",
        "",
        "Please click links or scroll down to read your selections.",
        "",
        "",
        "Seagrass beds found to hold more carbon in Wexmoor bay",
        "",
        "Researchers from the Wexmoor Marine Station and the Tidewell Institute have measured the"
        " carbon held in the roots of seagrass beds along the bay.",
        "",
        "Quiet batteries: The sensors of the future may run on salt",
        "",
        "There are limits to how long a field sensor can run on one charge.",
    ]
)


def test_a_day_the_page_was_accessed_on_is_no_publication_time() -> None:
    """A digest's note of when its sources were read ("Accessed on …", "Retrieved on …",
    "Дата обращения: …", "검색일: …") dates the reading, not the page."""
    assert normalize_document(DIGEST_ACCESSED_PAGE)["published_at"] is None
    line = "Accessed on 14 March 2021, 0610 UTC."
    labels = ("Retrieved on 14 March 2021.", "Дата обращения: 14.03.2021", "검색일: 2021.03.14")
    for label in labels:
        page = DIGEST_ACCESSED_PAGE.replace(line, label)
        assert normalize_document(page)["published_at"] is None
    # the same day under a publication label is the page's
    page = DIGEST_ACCESSED_PAGE.replace(line, "Posted on 14 March 2021.")
    assert normalize_document(page)["published_at"] == datetime(2021, 3, 14, tzinfo=UTC)


GALLERY_SHOW_PAGE = "\n".join(
    [
        "Civic Gallery",
        "",
        "The Civic Gallery shows the work of painters and makers from the valley.",
        "",
        "Now showing",
        "",
        "Salt and Thread",
        "Stitched sea charts",
        "by Orla Penhallow",
        "",
        "Open Mar. 4 – Apr. 26, 2024",
        "",
        "Each chart maps a cove the artist sailed as a child, sewn in wool on sailcloth.",
    ]
)
APPLICATIONS_NOTICE = "\n".join(
    [
        "청소년 여름 캠프 참가자 모집",
        "",
        "접수 기간 2024.06.03 ~ 2024.06.21",
        "",
        "한빛군 청소년수련관은 올여름 바닷가 캠프에 참가할 중학생 40명을 모집한다.",
    ]
)


def test_a_span_of_days_dates_nothing() -> None:
    """A day with another right after it past a dash or a tilde is an event's run (a show's,
    an application window's), not the page's date; a day standing alone is still read."""
    assert find_times(GALLERY_SHOW_PAGE, lang="en").published_at is None
    assert normalize_document(GALLERY_SHOW_PAGE)["published_at"] is None
    assert find_times(APPLICATIONS_NOTICE, lang="ko").published_at is None
    alone = GALLERY_SHOW_PAGE.replace("Open Mar. 4 – Apr. 26, 2024", "Posted Mar. 4, 2024")
    assert find_times(alone, lang="en").published_at == datetime(2024, 3, 4, tzinfo=UTC)
    # a range of days within one month keeps its first day, as it did
    assert find_times("Fair\nMar 11-12, 2024\nStalls open at nine.").published_at == datetime(
        2024, 3, 11, tzinfo=UTC
    )


def test_a_stamp_with_its_update_or_clock_after_a_dash_is_no_span() -> None:
    """Only a day right after the dash or the tilde makes a span: a stamp with its update
    labelled after a dash, a clock time after a dash, or a day with its clock before the next
    day's still dates the page."""
    published = "Harbour board\nPublished 3 March 2024 – Updated 4 March 2024\nThe board met."
    assert find_times(published, lang="en").published_at == datetime(2024, 3, 3, tzinfo=UTC)
    clock = "Новости\n12.03.2024 — 14:20\nСовет собрался в полдень."
    assert find_times(clock, lang="ru").published_at == datetime(2024, 3, 12, 11, 20, tzinfo=UTC)
    both = "항만 소식\n2024.06.03 10:12 - 2024.06.04 09:00\n항만청은 새 부두를 열었다고 밝혔다."
    assert find_times(both, lang="ko").published_at == datetime(2024, 6, 3, 1, 12, tzinfo=UTC)


SPACED_STAMPS_PAGE = "\n".join(
    [
        "솔바람동 주민들, 개울가 벚나무 길에 이름표 달아",
        "한누리 기자",
        "입력 2023 04 16 19:42",
        "수정 2023 04 17 08:05",
        "솔바람동 제공",
        "솔바람동 주민 20여 명이 16일 개울가 벚나무 길을 따라 나무마다 이름표를 달았다.",
        "한누리 기자",
    ]
)


def test_a_date_with_spaces_for_separators_before_a_clock_is_read() -> None:
    """Year, month and day of two digits parted by single spaces, a clock time after them,
    are a date; four digits and two numbers without a clock are none ("2023 04 16 people")."""
    times = find_times(SPACED_STAMPS_PAGE, lang="ko")
    assert times.published_at == datetime(2023, 4, 16, 10, 42, tzinfo=UTC)
    assert times.modified_at == datetime(2023, 4, 16, 23, 5, tzinfo=UTC)
    row = normalize_document(SPACED_STAMPS_PAGE)
    assert row["published_at"] == datetime(2023, 4, 16, 10, 42, tzinfo=UTC)
    assert find_times("Harbour count\nIn 2023 12 05 boats left the quay.").published_at is None


# A denomination's paper: its menu, then the headline of a coming service, which opens with the
# year and names its day later among its words, then the story; the page prints no date line.
COMING_SERVICE_PAGE = "\n".join(
    [
        "메뉴",
        "",
        "2025 솔내 부활절 연합예배, 오는 4월 20일 강변교회서 드린다",
        "",
        "솔내 지역 교회들이 함께 드리는 부활절 연합예배가 4월 20일 오후 3시 강변교회에서 열린다.",
        "",
        "준비위원회는 지난달 첫 모임을 갖고 예배 순서와 헌금 사용처를 정했다.",
    ]
)


def test_a_year_opening_the_headline_and_a_day_among_its_words_date_nothing() -> None:
    """The year that opens a headline and the day its words name later ("2025 … 오는 4월 20일
    …") are the story's, three words and more between them: no date the headline prints set
    apart, so a page without a date line has no publication time."""
    row = normalize_document(COMING_SERVICE_PAGE)
    assert row["title"] == "2025 솔내 부활절 연합예배, 오는 4월 20일 강변교회서 드린다"
    assert row["published_at"] is None
    # no month nor day of the calendar; a telephone number's groups
    for line in ("입력 2023 13 45 19:42", "문의 010 1234 5678 19:42"):
        page = f"항만 소식\n{line}\n항만청은 새 부두를 열었다고 밝혔다."
        assert find_times(page, lang="ko").published_at is None


CLIP_LENGTH_PAGE = "\n".join(
    [
        "Ferry crews clear ice from the Ostrava Sound landing",
        "",
        "More",
        "Deckhands on the morning crossing chipped a crust of ice off the ramps at Pellow Quay.",
        "3:41 | 01/02/24",
        "",
        "Comments",
        "Related Extras",
        "",
        '{"duration":"3:41","title":"Ferry crews clear ice from the Ostrava Sound landing"}',
    ]
)


def test_a_length_the_page_labels_a_duration_before_a_date_is_no_clock() -> None:
    """Minutes and seconds before a date ("3:41 | 01/02/24") that the page labels a duration
    elsewhere ("duration":"3:41") are the clip's length: the date is read alone, in its
    month-first order, not as a 24-hour clock's day-first date."""
    row = normalize_document(CLIP_LENGTH_PAGE)
    assert row["published_at"] == datetime(2024, 1, 2, tzinfo=UTC)
    assert row["published_precision"] == "day"
    # without the label the same line is a clock time before a day-first date
    unlabelled = CLIP_LENGTH_PAGE.replace('"duration":"3:41",', "")
    assert normalize_document(unlabelled)["published_at"] == datetime(2024, 2, 1, 3, 41, tzinfo=UTC)


def test_a_length_labelled_in_words_or_another_length_before_a_date() -> None:
    """A length labelled in the page's words ("Duration: 3:41") is the clip's length too; a
    labelled length of other minutes ("duration":"3:42") leaves the clock before the date a
    time of the day, read with its day-first date."""
    worded = CLIP_LENGTH_PAGE.replace('"duration":"3:41",', "").replace(
        "Comments", "Duration: 3:41\n\nComments"
    )
    assert normalize_document(worded)["published_at"] == datetime(2024, 1, 2, tzinfo=UTC)
    other = CLIP_LENGTH_PAGE.replace('"duration":"3:41"', '"duration":"3:42"')
    assert normalize_document(other)["published_at"] == datetime(2024, 2, 1, 3, 41, tzinfo=UTC)


BOROUGH_FIRE_STORY = "\n".join(
    [
        "Tidewell Media Group Aug 3, 2023 7:40 pm",
        "",
        "Tire Pile Fire Sends Smoke Across Staten Island Shore",
        "",
        "Crews spent the evening dousing a pile of old tires at a salvage yard on Gannet Lane, a"
        " fire that sent smoke across the Staten Island shore. No one was hurt, officials said.",
    ]
)


BOROUGH_BORN_OBITUARY = "\n".join(
    [
        "Ballroom singer Edda Quill dies at 81",
        "",
        "21:30, 14 Nov 2023",
        "",
        "Edda Quill, who was born in the Bronx and sang with the Palmgrove Dance Orchestra for"
        " three decades, has died at her home in Dorset, her family said.",
        "",
        "Quill toured with the orchestra from 1964 and recorded eleven albums with it.",
    ]
)


def test_a_borough_named_as_someones_birthplace_gives_no_zone() -> None:
    """A borough a page names only as someone's birthplace ("born in the Bronx", in an
    obituary printed far away) places nothing in it: the time is read as printed, UTC, not in
    New York's zone (which would move it to the next day)."""
    published = normalize_document(BOROUGH_BORN_OBITUARY)["published_at"]
    assert published == datetime(2023, 11, 14, 21, 30, tzinfo=UTC)
    for words in ("sang at the Bronx Bombers' park", "rode the Staten Island Ferry"):
        page = BOROUGH_BORN_OBITUARY.replace("was born in the Bronx and", words + " and")
        assert normalize_document(page)["published_at"] == published, words
    # a story placed in the borough is read in New York's zone (UTC-5 in November)
    placed = BOROUGH_BORN_OBITUARY.replace("was born in the Bronx and", "lived in the Bronx and")
    assert normalize_document(placed)["published_at"] == datetime(2023, 11, 15, 2, 30, tzinfo=UTC)


def test_a_borough_of_one_zone_gives_the_outlets_zone() -> None:
    """A story naming one of New York City's boroughs whose name nothing else bears ("Staten
    Island") is read in New York's zone; one naming a borough a Kansas town shares is not."""
    assert normalize_document(BOROUGH_FIRE_STORY)["published_at"] == datetime(
        2023, 8, 3, 23, 40, tzinfo=UTC
    )
    elsewhere = BOROUGH_FIRE_STORY.replace("Staten Island", "Manhattan")
    assert normalize_document(elsewhere)["published_at"] == datetime(2023, 8, 3, 19, 40, tzinfo=UTC)


SOUTHEAST_DATELINE_STORY = "\n".join(
    [
        "Ferry operators fined over overloaded night crossings",
        "",
        "/ 09:14 AM October 19, 2018",
        "",
        "KOTA KINABALU, Malaysia — A magistrate here on Thursday fined three ferry operators for"
        " carrying more passengers than their licences allowed on crossings to Pulau Serindit.",
    ]
)


def test_a_dateline_of_a_southeast_asian_city_gives_its_zone() -> None:
    """An agency's dateline in capitals opening the lead gives its city's zone on a page whose
    language gives none ("KOTA KINABALU, Malaysia —": UTC+8; "HANOI —", "BANGKOK, Oct 19
    (Agency) -": UTC+7); the city named inside a sentence dates no clock."""
    published = normalize_document(SOUTHEAST_DATELINE_STORY)["published_at"]
    assert published == datetime(2018, 10, 19, 1, 14, tzinfo=UTC)
    for dateline in ("HANOI — ", "BANGKOK, Oct 19 (Agency) - "):
        page = SOUTHEAST_DATELINE_STORY.replace("KOTA KINABALU, Malaysia — ", dateline)
        assert normalize_document(page)["published_at"] == datetime(2018, 10, 19, 2, 14, tzinfo=UTC)
    inside = SOUTHEAST_DATELINE_STORY.replace("KOTA KINABALU, Malaysia — A", "A Kota Kinabalu")
    assert normalize_document(inside)["published_at"] == datetime(2018, 10, 19, 9, 14, tzinfo=UTC)


PAKISTANI_DATELINE_STORY = "\n".join(
    [
        "Canal lining work to finish before the sowing season",
        "",
        "Irrigation officials say the lined channels will carry water to the tail-end villages.",
        "",
        "14 October,2022 09:20 am",
        "",
        "MULTAN (Indus Wire) - The provincial irrigation department has told contractors to finish"
        " lining the Shujabad branch canal before the wheat sowing season begins next month.",
    ]
)


def test_a_dateline_of_a_pakistani_city_gives_its_zone() -> None:
    """A Pakistani site prints its clock in Pakistan time without saying so; its agency's
    dateline in capitals opening the lead ("MULTAN (Agency) - ", "KARACHI, Oct 14 - ") gives
    it (UTC+5); the city named inside a sentence dates no clock."""
    published = normalize_document(PAKISTANI_DATELINE_STORY)["published_at"]
    assert published == datetime(2022, 10, 14, 4, 20, tzinfo=UTC)
    page = PAKISTANI_DATELINE_STORY.replace("MULTAN (Indus Wire) - ", "KARACHI, Oct 14 - ")
    assert normalize_document(page)["published_at"] == datetime(2022, 10, 14, 4, 20, tzinfo=UTC)
    inside = PAKISTANI_DATELINE_STORY.replace("MULTAN (Indus Wire) - The", "In Multan, the")
    assert normalize_document(inside)["published_at"] == datetime(2022, 10, 14, 9, 20, tzinfo=UTC)


INDIAN_WORDED_DATELINE_STORY = "\n".join(
    [
        "River ferry service resumes after monsoon break",
        "",
        "By Eastwire | Published: January 9, 2022 6:40 PM",
        "",
        "Patna, Jan 9 The state's river ferries resumed their runs across the Ganga on Sunday"
        " after a four-month break for the monsoon.",
    ]
)


def test_a_dateline_in_running_case_gives_its_citys_zone() -> None:
    """An Indian agency's copy opens its lead with its city capitalised, a comma and the day in
    words ("Patna, Jan 9", "Patna, 09 January"): its outlet's clock printed without a zone is
    in that city's zone (UTC+5:30); the city capitalised before anything but a day dates no
    clock."""
    published = normalize_document(INDIAN_WORDED_DATELINE_STORY)["published_at"]
    assert published == datetime(2022, 1, 9, 13, 10, tzinfo=UTC)
    day_first = INDIAN_WORDED_DATELINE_STORY.replace("Patna, Jan 9 ", "Patna, 09 January (Agency) ")
    assert normalize_document(day_first)["published_at"] == datetime(2022, 1, 9, 13, 10, tzinfo=UTC)
    for lead in ("Patna, the state capital, saw ", "Patna, Jan 2022: "):
        page = INDIAN_WORDED_DATELINE_STORY.replace("Patna, Jan 9 ", lead)
        assert normalize_document(page)["published_at"] == datetime(2022, 1, 9, 18, 40, tzinfo=UTC)


def test_a_letter_s_address_line_gives_no_zone() -> None:
    """A city capitalised, a comma and a day alone on their line, a year after it or not, head
    a letter or a diary's entry ("Patna, 9 January 2022" over "Dear Editor,"), not a lead: the
    clock printed without a zone keeps the caller's; the same day with the lead going on after
    it on the line is a dateline."""
    letter = INDIAN_WORDED_DATELINE_STORY.replace(
        "Patna, Jan 9 ", "Patna, 9 January 2022\n\nDear Editor,\n\n"
    )
    assert normalize_document(letter)["published_at"] == datetime(2022, 1, 9, 18, 40, tzinfo=UTC)
    diary = INDIAN_WORDED_DATELINE_STORY.replace("Patna, Jan 9 ", "Patna, Jan 9.\n")
    assert normalize_document(diary)["published_at"] == datetime(2022, 1, 9, 18, 40, tzinfo=UTC)
    lead = INDIAN_WORDED_DATELINE_STORY.replace("Patna, Jan 9 ", "Patna, Jan 9, 2022 (Agency) ")
    assert normalize_document(lead)["published_at"] == datetime(2022, 1, 9, 13, 10, tzinfo=UTC)


# A regional site's page that printed its article's stored properties as they are kept: quoted
# keys whose words run together ("lastUpdate"), the update's before the first publication's.
STORED_PROPERTIES_PAGE = "\n".join(
    [
        "Article properties:",
        "{",
        '"id": "40512",',
        '"title": "Ferry timetable changes for the winter months",',
        '"lastUpdate": "2022-03-02 17:45:00",',
        '"firstPublished": "2022-03-01 08:10:00",',
        '"comments": 4,',
        "}",
    ]
)


def test_a_stored_key_whose_words_run_together_labels_its_time() -> None:
    """A key of stored data printed as it is kept, quoted before its colon, its words run
    together ('"lastUpdate":', '"firstPublished":'), is read as the label its words spell: the
    update is the modification, the first publication the publication."""
    times = find_times(STORED_PROPERTIES_PAGE, lang="en")
    assert times.published_at == datetime(2022, 3, 1, 8, 10, tzinfo=UTC)
    assert times.modified_at == datetime(2022, 3, 2, 17, 45, tzinfo=UTC)


# An events calendar's page that printed its stored keys: they name the fair's own days.
STORED_EVENT_PAGE = (
    "Harbour fair opens on the quay\n\n"
    "The harbour fair returns to the quay for three days with stalls, boat trips and music.\n\n"
    '{"startDate": "2022-03-10 09:00:00", "endDate": "2022-03-12 17:00:00"}\n'
)


def test_a_stored_key_of_another_moment_is_no_label() -> None:
    """A stored key that opens with no publication's or modification's label, its last word
    alone a label ('"startDate":', '"endDate":'), names another moment: no publication."""
    times = find_times(STORED_EVENT_PAGE, lang="en")
    assert times.published_at is None
    assert times.modified_at is None


def test_a_quoted_key_in_a_sentence_is_no_label() -> None:
    """A quoted name in a sentence, no colon after it, stays a word of the sentence."""
    page = 'Harbour app\n"lastUpdate" 2 March 2022 showed the old timetable.\nPosted 1 March 2022'
    times = find_times(page, lang="en")
    assert times.published_at == datetime(2022, 3, 1, tzinfo=UTC)
    assert times.modified_at is None


GALLERY_PERIOD_PAGE = "\n".join(
    [
        "물빛시립갤러리",
        "",
        "전시안내",
        "",
        "  • 전시명바닷가 마을 사진 기록전",
        "  • 전시기간2023년 4월 4일(화) ~ 2023년 4월 16일(일)",
        "  • 장 소1전시실",
        "",
        "물빛 바닷가 마을 주민들이 30년 동안 찍은 사진 80여 점을 모아 마을의 변화를 보여준다.",
    ]
)


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("  • 전시기간2023년 4월 4일(화) ~ 2023년 4월 16일(일)", None),
        ("기간: 2023.04.04(화)~2023.04.16(일)", None),
        ("2023. 4. 4.(화) ～ 4. 16.(일)", None),
        ("2023년 4월 4일(화)", datetime(2023, 4, 4, tzinfo=UTC)),
        ("2023년 4월 4일 개막", datetime(2023, 4, 4, tzinfo=UTC)),
        ("2023년 4월 4일(화) ~", datetime(2023, 4, 4, tzinfo=UTC)),
    ],
)
def test_a_period_s_opening_day_dates_nothing(line: str, published: datetime | None) -> None:
    """A day before a range's sign and the digits of its closing day, maybe after its weekday in
    brackets, opens an exhibition's run: it dates the exhibition, not the page. A day alone, or
    one before words or a sign with no closing day after it, is still read."""
    page = GALLERY_PERIOD_PAGE.replace("  • 전시기간2023년 4월 4일(화) ~ 2023년 4월 16일(일)", line)
    assert find_times(page, lang="ko").published_at == published


@pytest.mark.parametrize(
    ("text", "lang", "value", "shape"),
    [
        ("Pier fair\n2023.04.04 ~ 04.16\nStalls open daily.", "en", datetime(2023, 4, 4), "date"),
        (
            "물빛 장터\n2022.10.17(월)~10.18(화)\n장터가 열린다.",
            "ko",
            datetime(2022, 10, 17),
            "date",
        ),
        ("Ярмарка\n04.04.2023 – 16.04\nРяды открыты.", "ru", datetime(2023, 4, 4), "date"),
        # a date and its clock time printed with a dot, nothing between: the clock is read
        ("Pier fair\n2023.04.04 14.30\nStalls open.", "en", datetime(2023, 4, 4, 14, 30), "full"),
        ("Ярмарка\n04.04.2023 – 16.45\nРяды открыты.", "ru", datetime(2023, 4, 4, 13, 45), "full"),
        # after a dash, a date's clock unless its numbers read in the date's order as a later day
        ("Совет\n12.05.2021 - 10.15\nДепутаты за.", "ru", datetime(2021, 5, 12, 7, 15), "full"),
        ("Совет\n12.05.2021 - 10.05\nДепутаты за.", "ru", datetime(2021, 5, 12, 7, 5), "full"),
        ("Pier fair\n2023.04.04 - 04.16\nStalls open.", "en", datetime(2023, 4, 4), "date"),
    ],
)
def test_a_period_s_closing_day_is_no_clock(
    text: str, lang: str, value: datetime, shape: str
) -> None:
    """Two numbers joined by a dot after a date past a range's sign (a tilde, a dash), maybe after
    the date's weekday, are its period's closing day, a month and a day, never the date's clock
    time; numbers that are no day ("16.45") stay a clock, and so do, after a dash, numbers that
    read in the date's own order as no day after it ("12.05.2021 - 10.15", "- 10.05")."""
    (found,) = find_datelines(text, lang=lang)
    assert (found.reading.value, found.reading.shape) == (value.replace(tzinfo=UTC), shape)


FOOTBRIDGE_NOTICE_PAGE = "\n".join(
    [
        "Millbrook Parish Council",
        "",
        "Footbridge over the Weller stays shut",
        "",
        "The footbridge stays shut until March 31, 2025",
        "",
        "Engineers found rot in two oak beams during the winter survey and will replace them.",
    ]
)


@pytest.mark.parametrize(
    ("line", "lang", "published"),
    [
        ("The footbridge stays shut until March 31, 2025", "en", None),
        ("The tender for the new beams closes on Friday 7 March 2025.", "en", None),
        ("Deadline for comments: 7 March 2025", "en", None),
        ("Мостик через Вельку закрыт с 1 марта 2025 года", "ru", None),
        ("- Срок подачи замечаний: 7 марта 2025 г.", "ru", None),
        ("2025년 3월 1일부터 보행 통제", "ko", None),
        ("마감일: 2025.03.07(금)", "ko", None),
        # the day alone, a post's stamp, a copy's origin: the page's
        ("March 31, 2025", "en", datetime(2025, 3, 31, tzinfo=UTC)),
        ("Posted on Monday March 31, 2025", "en", datetime(2025, 3, 31, tzinfo=UTC)),
        ("This article is from March 31, 2025", "en", datetime(2025, 3, 31, tzinfo=UTC)),
        ("Posts from Monday, March 31, 2025", "en", datetime(2025, 3, 31, tzinfo=UTC)),
        ("Мостик закрыт 1 марта 2025 года", "ru", datetime(2025, 3, 1, tzinfo=UTC)),
        ("2025.03.01(토)", "ko", datetime(2025, 3, 1, tzinfo=UTC)),
    ],
)
def test_a_period_s_bound_or_a_deadline_dates_nothing(
    line: str, lang: str, published: datetime | None
) -> None:
    """A day right after a word that opens or closes a period ("until", "с"), after "closes
    on" and its weekday, before a Korean particle that does ("부터"), or on a line a deadline's
    label opens ("Deadline", "Срок", "마감") is the day of what it bounds, a bridge reopening
    or comments closing, not the notice's; the day alone, a post's stamp, a copy's origin
    ("This article is from …") and a list's day ("Posts from …": "from" alone opens no period)
    still date it."""
    page = FOOTBRIDGE_NOTICE_PAGE.replace("The footbridge stays shut until March 31, 2025", line)
    assert find_times(page, lang=lang).published_at == published


EMBEDDED_POST_PAGE = "\n".join(
    [
        "ADVERTISEMENT",
        "",
        "Harbour bakery reopens its doors after winter repairs",
        "",
        "The bakery on Quay Lane reopened this week after repairs to its two brick ovens.",
        "",
        "GULLPORT, Maine (WGPT) - “We missed the smell of bread more than anything,” a baker said.",
        "",
        "The owners spent four months and most of their savings rebuilding the old ovens by hand.",
        "",
        "ADVERTISEMENT",
        "",
        "Doors open at 7!! 🥖🥖 Rye, sourdough and buns all morning 12 Quay Lane come by",
        "",
        "Posted by Quay Lane Bakery on Friday, March 8, 2024",
        "",
        "Neighbours lined up before dawn on the first morning, and the shelves were empty by noon.",
        "",
        "Copyright 2024 WGPT. All rights reserved.",
    ]
)


def test_an_embedded_post_s_day_dates_nothing() -> None:
    """An embedded post's own line deep in a story, "Posted by NAME on DATE" with the story's
    paragraphs above and below it, is the post's day, not the story's; the same line under the
    headline, or closing the story with no paragraph after it, still dates the page."""
    assert normalize_document(EMBEDDED_POST_PAGE)["published_at"] is None
    lines = EMBEDDED_POST_PAGE.split("\n")
    posted = lines[14]
    head = "\n".join([*lines[:3], posted, *lines[3:14], *lines[15:]])
    assert normalize_document(head)["published_at"] == datetime(2024, 3, 8, tzinfo=UTC)
    foot = "\n".join([*lines[:14], *lines[17:], posted])
    assert normalize_document(foot)["published_at"] == datetime(2024, 3, 8, tzinfo=UTC)


BLOG_POST_OVER_A_COMMENT = "\n".join(
    [
        "Gull Point Diary",
        "",
        "A walk along the old pier",
        "",
        "We walked the old pier on Sunday morning while the fog lifted slowly off the harbour.",
        "",
        "The boards are loose near the far end, and the council has fenced off the last few yards.",
        "",
        "A fisherman told us the gulls nest under the pier every spring and nobody disturbs them.",
        "",
        "The works will start in June, and the pier will stay open to walkers all summer long.",
        "",
        "We will be back next week with photographs of the gulls and of the new railings going up.",
        "",
        "Posted by Ann Lee on Friday, March 8, 2024",
        "",
        "Jo Reed said...",
        "",
        "What a lovely walk, thank you for writing about the pier; we fished there as children.",
    ]
)

DEEP_DATELINE_UNDER_A_DECK = "\n".join(
    [
        "Harbour council approves pier repairs",
        "",
        "The council will spend two million on the old pier before summer, ending years of delays.",
        "",
        "Share",
        "Facebook",
        "WhatsApp",
        "Email",
        "Print",
        "",
        "The pier at dawn. Photo: Jo Reed",
        "",
        "Published on Friday, March 8, 2024",
        "",
        "Councillors in Gullhaven voted on Tuesday to repair the old pier before summer.",
        "",
        "The works will start in June and the pier will stay open to walkers, the council said.",
    ]
)


@pytest.mark.parametrize("page", [BLOG_POST_OVER_A_COMMENT, DEEP_DATELINE_UNDER_A_DECK])
def test_a_posted_line_under_a_paragraph_or_a_deck_dates_the_page(page: str) -> None:
    """A "Posted by" line right under the story's last paragraph (a blog's own, over its readers'
    comments) or a dateline deep under a deck, share buttons and a caption, no story above it,
    is the page's day, not an embedded post's."""
    assert normalize_document(page)["published_at"] == datetime(2024, 3, 8, tzinfo=UTC)


WIKI_REVISION_PAGE = "\n".join(
    [
        "검토요청.png",
        "",
        "물빛강 (하천)",
        "",
        "물빛위키",
        "Mina (토론 | 기여)님의 2022년 3월 8일 (화) 14:20 판 (새 문서: '''물빛강'''은 산골 마을을 "
        "지나 바다로 흘러드는 강이다. == 흐름 == 상류의 두 골짜기에서 ...)",
        "(차이) ← 이전 판 | 최신판 (차이) | 다음 판 → (차이)",
        "",
        "물빛강은 산골 마을을 지나 바다로 흘러드는 강이다.",
    ]
)


def test_a_wiki_revision_time_is_the_modification() -> None:
    """A wiki's revision line, its time before the word for a revision ("14:20 판") and the
    edit's summary in brackets after it, gives the page's modification time, and no publication
    time; a clock time before a word that opens with the same syllable ("판매") gives none."""
    row = normalize_document(WIKI_REVISION_PAGE)
    assert (row["published_at"], row["modified_at"]) == (
        None,
        datetime(2022, 3, 8, 5, 20, tzinfo=UTC),
    )
    sale = WIKI_REVISION_PAGE.replace("14:20 판 (새 문서:", "14:20 판매 시작 (새 상품:")
    assert normalize_document(sale)["modified_at"] is None


PARISH_NOTICE_WITH_A_SLASHED_DATE = "\n".join(
    [
        "Notices and Archived Items",
        "",
        "Date 15/Mar/2021",
        "",
        "Harvest Supper Moves to the Old School Hall",
        "",
        "The harvest supper planned for the church hall in Kilbrack will be held in the old school "
        "hall this year while the roofers finish their work on the hall's north side.",
    ]
)


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        ("Date 15/Mar/2021", datetime(2021, 3, 15, tzinfo=UTC)),
        ("Date 15-Mar-2021", datetime(2021, 3, 15, tzinfo=UTC)),
        ("Date 15/Mar", None),  # a day and a month alone: no date
        ("Hymns 15/Mar/21 and 16", None),  # a year of two digits after a slash: no date
    ],
)
def test_a_day_month_name_and_year_joined_by_slashes_is_a_date(
    stamp: str, published: datetime | None
) -> None:
    """A day, a month's name and a year joined by slashes read as when joined by hyphens."""
    text = PARISH_NOTICE_WITH_A_SLASHED_DATE.replace("Date 15/Mar/2021", stamp)
    assert find_times(text, lang="en").published_at == published


WEATHER_NOTE_WITH_A_RECORD_YEAR = "\n".join(
    [
        "Погода на вторник",
        "",
        "Погоду 9 марта определяет область пониженного атмосферного давления, оно будет расти.",
        "Днём облачно с прояснениями, местами небольшой снег. Ветер северный 4-9 м/с. "
        "Температура воздуха в Озёрске -2..0 °С, по району -4..+1 °С.",
        "По архиву метеопоста, 9 марта самая высокая температура в районе была в 1990 году "
        "в Ольховке (+12.1 °С), самая низкая — в 1964 году в Луговом (-21.0 °С).",
        "Озёрский метеопост",
    ]
)


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        ("", None),  # the record's year, three words past its day, dates nothing
        ("вт, 9 марта 10:30 MSK 2021", datetime(2021, 3, 9, 7, 30, tzinfo=UTC)),
        ("Tue Mar 09 10:30:00 MSK 2021", datetime(2021, 3, 9, 7, 30, tzinfo=UTC)),
    ],
)
def test_a_record_s_year_parted_from_its_day_by_a_clause_dates_nothing(
    stamp: str, published: datetime | None
) -> None:
    """A year standing apart from a yearless day joins it past a clock time, a zone and a
    weekday ("Tue Mar 09 10:30:00 MSK 2021"), not past a clause: a weather note's record for
    the day, "9 марта самая высокая температура … была в 1990 году", is the year the warmest
    9 March fell in."""
    page = WEATHER_NOTE_WITH_A_RECORD_YEAR.replace(
        "Погода на вторник", f"Погода на вторник\n{stamp}" if stamp else "Погода на вторник"
    )
    assert normalize_document(page)["published_at"] == published


COUNCIL_DECISION_PAGE = "\n".join(
    [
        "Документы",
        "",
        "О порядке содержания общественных колодцев",
        "",
        "СОВЕТ ДЕПУТАТОВ ЛЕСНОВСКОГО СЕЛЬСОВЕТА",
        "",
        "РЕШЕНИЕ",
        "",
        "от 14.09.2021",
        "",
        "с. Лесное",
        "",
        "                          № 57",
        "",
        "О порядке содержания общественных колодцев",
        "",
        "В соответствии с Уставом сельсовета и по итогам схода жителей Совет депутатов решил:",
        "1. Утвердить порядок содержания общественных колодцев в сёлах поселения.",
    ]
)


@pytest.mark.parametrize(
    ("requisites", "published"),
    [
        ("от 14.09.2021", None),
        ("От 14 сентября 2021 г.", None),
        ("от 14.09.2021 с. Лесное № 57", None),
        ("от 14 сентября 2021 г. N 57", None),
        # no "от" opening the line: the page's day over a town's line
        ("14.09.2021", datetime(2021, 9, 14, tzinfo=UTC)),
        # "от" after a word: a heading naming the issue's day, not an act's requisites
        ("Выпуск от 14.09.2021", datetime(2021, 9, 14, tzinfo=UTC)),
    ],
)
def test_an_act_s_requisites_date_the_act(requisites: str, published: datetime | None) -> None:
    """The day "от" opens a line with, an act's number after it on the line or alone on one of
    the next two lines with text, is the act's adoption, not the page's publication."""
    page = COUNCIL_DECISION_PAGE.replace("от 14.09.2021", requisites)
    if "№" in requisites or " N " in requisites:
        page = page.replace("                          № 57", "")
    assert find_times(page, lang="ru").published_at == published


def test_a_day_after_of_over_no_number_dates_the_page() -> None:
    """A day after "от" over no act's number is no act's requisites: the page's own."""
    page = COUNCIL_DECISION_PAGE.replace("                          № 57", "Принято единогласно")
    assert find_times(page, lang="ru").published_at == datetime(2021, 9, 14, tzinfo=UTC)


@pytest.mark.parametrize(
    ("days", "published"),
    [
        ("May 5, 2024 - May 20, 2024", None),
        ("5 May 2024 – 20 May 2024", None),
        ("03 - 20 May 24", None),
        ("Fri 5th - Mon 20th May 2024", None),
        # one day alone, or a date and its clock after a dash: the page's
        ("May 5, 2024", datetime(2024, 5, 5, tzinfo=UTC)),
        ("05.05.2024 - 10.15", datetime(2024, 5, 5, 10, 15, tzinfo=UTC)),
    ],
)
def test_a_line_of_a_range_of_days_dates_nothing(days: str, published: datetime | None) -> None:
    """A line that is a range of days and nothing else, joined by a dash as by a tilde, dates
    the event it announces, not the page; a day alone, or a date with its clock, stays read."""
    page = f"Harbour maps on show\n{days}\nOld charts of the bay are on show at the library."
    assert find_times(page, lang="en").published_at == published


# A community board's post: its title, then the writer's line with the post's time and the
# board's counters after it, each a label, a colon and a count.
BOARD_COUNTERS_PAGE = """주말 텃밭 모임 사진 올립니다 - 두 번째
하늘 | 2009.11.03 21:14:05 댓글: 0 조회: 412 추천: 7
지난 토요일 텃밭 모임에서 찍은 사진 두 번째 묶음입니다.
배추 모종을 옮겨 심은 날이라 다들 흙투성이가 됐네요.
"""


@pytest.mark.parametrize(
    ("line", "published"),
    [
        # the board's counters after the time: no words of prose, the post's time
        ("하늘 | 2009.11.03 21:14:05 댓글: 0 조회: 412 추천: 7", datetime(2009, 11, 3, 12, 14, 5)),
        ("하늘 | 2009.11.03 21:14:05 댓글 : 0 조회수 : 1,412", datetime(2009, 11, 3, 12, 14, 5)),
        # a row of fields before the time, the writer's with an address in it
        (
            "이름 : 하늘(sky@example.org)   작성일 : 2009.11.03 21:14:05   조회수 : 412",
            datetime(2009, 11, 3, 12, 14, 5),
        ),
        # words of a sentence around the time: a line of prose, no dateline
        ("하늘 님이 2009.11.03 21:14:05 에 남긴 글을 보고 사진을 다시 골라 정리해 봅니다", None),
        # a reader's sentence before the time: the counters are its comment's score, and the
        # line stays too crowded to date the post
        ("배추가 정말 잘 자랐네요 부럽습니다 2009.11.03 21:14:05 추천: 3 답글: 1", None),
        ("Lovely beds, mine never grow 2009.11.03 21:14:05 Score: 3 Replies: 1", None),
    ],
)
def test_a_board_s_counters_after_the_time_are_no_prose(
    line: str, published: datetime | None
) -> None:
    """A line's counters after its time, each a label's word, a colon and a count ("댓글: 0
    조회: 412 추천: 7"), are no words of prose around the time when a writer's name or a label
    at most stands before it: the writer's line dates the post; words of a sentence around the
    time, or before it with counters after it (a reader's comment), still make the line prose."""
    page = BOARD_COUNTERS_PAGE.replace("하늘 | 2009.11.03 21:14:05 댓글: 0 조회: 412 추천: 7", line)
    want = None if published is None else published.replace(tzinfo=UTC)
    assert find_times(page, lang="ko").published_at == want


# A regional site's item: its rubric, the headline, then a meta line holding the region's path,
# the day and time, and the item's views and comments.
COUNTED_META_PAGE = """Новости
На Речной улице откроют сквер с фонтаном
ВЕРХНЕВОЛЖЬЕ ЛУГОВСКОЙ РАЙОН 03-Мар-2024 в 11:20 215 просмотров 2 комментария
Сквер на месте старого рынка откроют к концу лета, рассказали в администрации района.
"""


@pytest.mark.parametrize(
    ("line", "published"),
    [
        # the item's views and comments after its time: no words around it, the item's time
        (
            "ВЕРХНЕВОЛЖЬЕ ЛУГОВСКОЙ РАЙОН 03-Мар-2024 в 11:20 215 просмотров 2 комментария",
            datetime(2024, 3, 3, 8, 20),
        ),
        (
            "Town and Country News 03-Mar-2024 at 11:20 1,215 views 2 comments",
            datetime(2024, 3, 3, 8, 20),
        ),
        # figures of something else after the time: words of the line, which stays crowded
        ("ВЕРХНЕВОЛЖЬЕ ЛУГОВСКОЙ РАЙОН 03-Мар-2024 в 11:20 215 саженцев 2 клумбы", None),
    ],
)
def test_a_page_s_counted_views_after_the_time_are_no_words(
    line: str, published: datetime | None
) -> None:
    """An item's counters after its time, a count and what it counts of the closed class of
    views and comments ("215 просмотров 2 комментария"), are no words of the meta line whatever
    stands before the time (a region's path): the line dates the item; counts of other things
    stay words of the line."""
    page = COUNTED_META_PAGE.replace(
        "ВЕРХНЕВОЛЖЬЕ ЛУГОВСКОЙ РАЙОН 03-Мар-2024 в 11:20 215 просмотров 2 комментария", line
    )
    want = None if published is None else published.replace(tzinfo=UTC)
    assert find_times(page, lang="ru").published_at == want


# a club's board: the post's title, then its writer's name with an e-mail address in brackets,
# the day it was written and the views on one line, then the post
ADDRESSED_BYLINE_POST = "\n".join(
    [
        "봄 정기 모임 안내",
        "이름 : 윤가람(garam.yoon@example.kr)   작성일 : 19/03/07   조회수 : 215",
        "회원 여러분 안녕하세요,",
        "이번 봄 정기 모임은 다음 달 둘째 주 토요일에 열립니다. 장소는 지난번과 같습니다.",
    ]
)


def test_an_address_in_a_byline_is_one_word_of_its_dateline() -> None:
    """A board's byline names its writer with an e-mail address in brackets before the day: the
    address is one word around the date, not the three its "@" and dots cut it into, and the
    line stays a dateline; a line of prose with an address and a day stays prose."""
    row = normalize_document(ADDRESSED_BYLINE_POST)
    assert row["published_at"] == datetime(2019, 3, 7, tzinfo=UTC)
    prose = ADDRESSED_BYLINE_POST.replace(
        "이름 : 윤가람(garam.yoon@example.kr)   작성일 : 19/03/07   조회수 : 215",
        "참가 신청은 garam.yoon@example.kr 로 보내 주시고 회비는 19/03/07 까지 총무에게 내"
        " 주시면 됩니다 늦으면 자리가 없을 수 있습니다",
    )
    assert normalize_document(prose)["published_at"] is None


SELF_DATED_POST = "\n".join(
    [
        "WILLOW CREEK GARDEN CLUB",
        "Spring plant sale moves to the library lawn",
        "The club's spring plant sale will be held on the library lawn this year while the"
        " community hall roof is repaired. Members can drop off seedlings on Friday evening.",
        "This entry was posted on Saturday, March 14th, 2015 at 9:12 am and is filed under Club"
        " News. You can follow any responses to this entry through the RSS 2.0 feed.",
    ]
)
SELF_DATED_LINE = SELF_DATED_POST.split("\n")[-1]


def test_a_post_dated_in_its_own_words_heads_its_time() -> None:
    """A blog theme's sentence about the post itself ("This entry was posted on <weekday>,
    <date> at <time> and is filed under …") dates the post though the sentence goes on past
    its time, as does an old post's note and the Russian theme's sentence; another thing's
    publication told in such a sentence dates nothing."""
    assert normalize_document(SELF_DATED_POST)["published_at"] == datetime(
        2015, 3, 14, 9, 12, tzinfo=UTC
    )
    note = "Note: This entry was originally posted on March 14, 2015: 9:12 am and may be outdated."
    noted = SELF_DATED_POST.replace(SELF_DATED_LINE, note)
    assert normalize_document(noted)["published_at"] == datetime(2015, 3, 14, 9, 12, tzinfo=UTC)
    russian = SELF_DATED_POST.replace(
        SELF_DATED_LINE,
        "Эта запись была опубликована 14 марта 2015 в 09:12 и находится в рубрике Новости клуба.",
    )
    assert normalize_document(russian)["published_at"] == datetime(2015, 3, 14, 6, 12, tzinfo=UTC)
    minutes = SELF_DATED_POST.replace(
        SELF_DATED_LINE,
        "The committee's minutes were posted on Saturday, March 14th, 2015 at 9:12 am and are"
        " filed under Minutes.",
    )
    assert normalize_document(minutes)["published_at"] is None


# A regional news site's item: the site's date of today over the headline on the first line,
# reader-contact links and a rubric, the headline twice again, and the item's own day and clock
# with its views under the last copy.
TODAY_OVER_COPY_STORY = "\n".join(
    [
        "четверг, 12 декабря 2024",
        "В Заречье открыли паромную переправу через Сурь",
        "",
        "Народный корреспондент",
        "",
        "Пишите в редакцию",
        "",
        "Область / ТранспортRSS",
        "",
        "В Заречье открыли паромную переправу через Сурь",
        "",
        "В Заречье открыли паромную переправу через Сурь",
        "",
        "4 ноября 2024 09:40    Просмотров: 812",
        "",
        "Паром будет ходить каждый час с шести утра до десяти вечера, сообщили в администрации"
        " района. Первый рейс перевёз два автобуса и грузовик с хлебом.",
        "",
        "Раньше жителям Заречья приходилось ехать в райцентр в объезд, через мост в сорока"
        " километрах ниже по течению.",
    ]
)


def test_a_day_of_today_over_a_headline_dated_under_its_copy() -> None:
    """A day alone right above a headline the page prints again lower is the site's date of
    today when a time stands right under that copy on the day above or before it; a copy dated
    later, or no copy, leaves the day above the page's own."""
    lines = TODAY_OVER_COPY_STORY.split("\n")
    datelines = find_datelines(TODAY_OVER_COPY_STORY, lang="ru")
    assert today_over_copy(datelines, lines, 1) == frozenset([0])
    assert today_over_copy(datelines, lines, None) == frozenset()
    own = datetime(2024, 11, 4, 6, 40, tzinfo=UTC)
    assert normalize_document(TODAY_OVER_COPY_STORY)["published_at"] == own
    today = datetime(2024, 12, 12, tzinfo=UTC)
    later = TODAY_OVER_COPY_STORY.replace("4 ноября 2024 09:40", "4 января 2025 09:40")
    assert normalize_document(later)["published_at"] == today
    uncopied = [*lines[:9], "Другие новости района", *lines[10:]]
    uncopied[11] = "Подписывайтесь на наш канал"
    found = find_datelines("\n".join(uncopied), lang="ru")
    assert today_over_copy(found, uncopied, 1) == frozenset()


def test_sarawak_and_a_peninsular_state_give_one_zone() -> None:
    """Sarawak keeps the peninsula's clock, so a national story naming a peninsular state and
    Sarawak is read in Malaysian time as one naming either is; a page naming Sarawak and a
    region of another zone stays without one."""
    both = STATE_AGENCY_STORY.replace(
        "the Pahang State Government", "the Pahang State Government, with a desk in Sarawak"
    )
    assert find_times(both, lang="en").published_at == datetime(2024, 6, 12, 8, 40, tzinfo=UTC)
    apart = STATE_AGENCY_STORY.replace(
        "the Pahang State Government", "a Sarawak and Queensland timber board"
    )
    assert find_times(apart, lang="en").published_at == datetime(2024, 6, 12, 16, 40, tzinfo=UTC)


# A weekly column's page: the site's date of the column over its headline, the column's body,
# then a teaser of last week's column under the same headline, dated a week before.
SERIES_TEASER_STORY = "\n".join(
    [
        "четверг, 12 декабря 2024",
        "Рыбный рынок: цены за неделю",
        "",
        "Автор: Зоя Ключникова",
        "",
        "Цены на судака и леща на рынке у пристани за неделю снизились почти на десятую часть.",
        "",
        "Торговцы ждут, что к концу месяца цены останутся на том же уровне.",
        "",
        "Предыдущий выпуск",
        "",
        "Рыбный рынок: цены за неделю",
        "",
        "5 декабря 2024 09:40    Просмотров: 412",
    ]
)


def test_a_day_over_a_headline_whose_copy_is_a_teaser_under_the_body_stays() -> None:
    """A copy of the headline under the article's body is a teaser of another story (last
    week's issue of a column); its day does not make the day above the site's today."""
    lines = SERIES_TEASER_STORY.split("\n")
    datelines = find_datelines(SERIES_TEASER_STORY, lang="ru")
    assert today_over_copy(datelines, lines, 1) == frozenset()
    day = datetime(2024, 12, 12, tzinfo=UTC)
    assert normalize_document(SERIES_TEASER_STORY)["published_at"] == day


HARBOUR_WALK_MEMO = "\n".join(
    [
        "Harbour Walk Reopens After Storm Repairs",
        "",
        "Publish Date: Oct, 14 2021",
        "",
        "Info Memo",
        "",
        "The boardwalk between the ferry steps and the lifeboat station is open again after crews "
        "replaced the planks the September storm lifted.",
    ]
)


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        ("Publish Date: Oct, 14 2021", datetime(2021, 10, 14, tzinfo=UTC)),
        ("Publish Date: Oct, 14th, 2021", datetime(2021, 10, 14, tzinfo=UTC)),
        ("Publish Date: Oct, 14", None),  # no year after the day: no date
        ("In Oct, 14 volunteers painted the rails", None),  # a count after the comma
    ],
)
def test_a_comma_between_a_month_s_name_and_its_day_is_a_date(
    stamp: str, published: datetime | None
) -> None:
    """A month's name set off from its day by a comma reads as one without it, when a year
    follows the day: "Oct, 14 2021" as "Oct 14 2021"."""
    page = HARBOUR_WALK_MEMO.replace("Publish Date: Oct, 14 2021", stamp)
    assert normalize_document(page)["published_at"] == published


FERRY_CREWS_STORY = "\n".join(
    [
        "Page last updated at 15:20 GMT, Thursday, 11 June 2009 16:20 UK",
        "",
        "Ferry crews: stories from the slipway",
        "",
        "Deckhand coiling rope on the Marrow Point ferry. Picture by Tessa Vane",
        "",
        "The last two ferries crossing to Marrow Point will stop running in the autumn, the "
        "island council says.",
        "",
        "Crews told the council they were ready to carry on if the slipway was repaired.",
    ]
)


@pytest.mark.parametrize(
    ("stamp", "modified"),
    [
        (
            "Page last updated at 15:20 GMT, Thursday, 11 June 2009 16:20 UK",
            datetime(2009, 6, 11, 15, 20, tzinfo=UTC),
        ),
        (
            "Page last updated 15:20 GMT, Thursday, 11 June 2009 16:20 UK",
            datetime(2009, 6, 11, 15, 20, tzinfo=UTC),
        ),
        ("Page last updated at the harbour office", None),  # no time after "at"
        ("The timetable was last updated at 15:20 on Thursday, 11 June 2009.", None),  # a sentence
    ],
)
def test_at_between_a_subject_s_label_and_its_time_keeps_the_dateline(
    stamp: str, modified: datetime | None
) -> None:
    """The one word "at" or "on" between a capitalised subject's label and its time leaves the
    line the page's update stamp, as the label right before the time does."""
    page = FERRY_CREWS_STORY.replace(FERRY_CREWS_STORY.split("\n")[0], stamp)
    assert normalize_document(page)["modified_at"] == modified


ISSUE_LINE_STORY = "\n".join(
    [
        "Меню",
        "16+",
        "",
        "«Голос Заречья», общественно-политическая газета Ольховского района",
        "",
        "22.04.2021 10:37 Четверг",
        "Категории (3):",
        "Если Вы нашли ошибку в тексте, выделите нужный фрагмент и нажмите Ctrl Enter. Спасибо "
        "за помощь!",
        "Выпуск 16 от 23.04.2021 г.",
        "",
        "Лучшим пчеловодам района вручили награды",
        "",
        "В районном Доме культуры чествовали пчеловодов и работников пасек. Глава района Игорь "
        "Сомов вручил почётные грамоты и подарки девяти пасечникам, чьи медосборы по итогам "
        "прошлого лета оказались самыми большими.",
        "",
        "Лучший результат у Нины Карповой из села Ольховка: с каждого улья она собрала больше "
        "сорока килограммов мёда. «Пчёлы любят тишину и заботу», — сказала она со сцены.",
    ]
)


@pytest.mark.parametrize(
    ("issue", "clock", "published"),
    [
        ("Выпуск 16 от 23.04.2021 г.", True, datetime(2021, 4, 22, 7, 37, tzinfo=UTC)),
        ("№ 16 от 23.04.2021", True, datetime(2021, 4, 22, 7, 37, tzinfo=UTC)),
        ("Issue 16, April 23, 2021", True, datetime(2021, 4, 22, 7, 37, tzinfo=UTC)),
        # no other time on the page: the issue's day dates it
        ("Выпуск 16 от 23.04.2021 г.", False, datetime(2021, 4, 23, tzinfo=UTC)),
        # a day alone on a line of its own is no issue's
        ("23.04.2021", True, datetime(2021, 4, 23, tzinfo=UTC)),
    ],
)
def test_a_print_issue_s_day_is_the_date_of_last_resort(
    issue: str, clock: bool, published: datetime
) -> None:
    """The day a print issue's line closes with its word and number ("Выпуск 16 от …") is the
    issue's: an item's own date and clock time above it wins, however much nearer the headline
    the issue's line stands."""
    page = ISSUE_LINE_STORY.replace("Выпуск 16 от 23.04.2021 г.", issue)
    if not clock:
        page = page.replace("22.04.2021 10:37 Четверг\n", "")
    assert normalize_document(page)["published_at"] == published


# A headline saying what happened on a day, over its byline's day: the label opens no line, the
# headline stays a headline and the byline's day the page's time.
HEADLINE_SAYING_WHAT_HAPPENED = "\n".join(
    [
        "What happened on May 3, 2024 at the harbour, a week on",
        "By Jo Park",
        "May 10, 2024",
        "",
        "A week after the storm surge, the harbour's owners still argue over who should pay for "
        "the broken wall.",
    ]
)
# A rail's link naming the latest update on another story, its day after the link's words: no
# modification of the page.
RAIL_LINK_S_LATEST_UPDATE = "\n".join(
    [
        "Harbour board cuts ferry fares",
        "By Jo Park | May 4, 2024",
        "",
        "The harbour board will cut ferry fares by a tenth from June, its chair said on Friday, "
        "after a year of rising numbers of passengers.",
        "",
        "Latest update on the port strike: May 6, 2024",
    ]
)


def test_an_event_s_label_inside_a_headline_labels_no_day() -> None:
    """'Happened on' labels an event's day only opening its line right before it."""
    row = normalize_document(HEADLINE_SAYING_WHAT_HAPPENED)
    assert row["title"] == "What happened on May 3, 2024 at the harbour, a week on"
    assert row["published_at"] == datetime(2024, 5, 10, tzinfo=UTC)


def test_latest_update_after_a_link_s_words_labels_no_modification() -> None:
    """'Latest update' labels a modification only opening its line right before its day."""
    row = normalize_document(RAIL_LINK_S_LATEST_UPDATE)
    assert row["published_at"] == datetime(2024, 5, 4, tzinfo=UTC)
    assert row["modified_at"] is None


DATED_LEAD_PAGE = "\n".join(
    [
        "Village News 2016",
        "",
        "Harbour Steps Reopen – Repairs Done at Last",
        "",
        "21.05.16: The steps down to the harbour at Polwenna reopened on Friday after a winter "
        "of repairs, the parish council said.",
        "",
        '"We are glad to have them back," said the council\'s clerk, Jen Tregarthen.',
    ]
)


def test_a_day_in_figures_and_a_colon_opening_the_lead_dates_the_story() -> None:
    """'DD.MM.YY: ' opening the lead is the story's day; a count or a clock before a colon
    is none, and neither is a day run into a sentence without its colon."""
    row = normalize_document(DATED_LEAD_PAGE)
    assert row["published_at"] == datetime(2016, 5, 21, tzinfo=UTC)
    counted = DATED_LEAD_PAGE.replace("21.05.16: The", "12 hurt in 2016 crash: The")
    assert normalize_document(counted)["published_at"] is None
    prose = DATED_LEAD_PAGE.replace("21.05.16: The", "21.05.16 the")
    assert normalize_document(prose)["published_at"] is None


PLACED_DATE_LINE_PAGE = "\n".join(
    [
        "Amara Okello",
        "09:15",
        "",
        "Fishers Ask Council for Cold Room at Landing Site",
        "",
        "3 Mar 2021, 09:15 Comments 40 Views Kisumbi, Uganda Fisheries Local Report",
        "",
        "Fishers at the Kisumbi landing site say they lose a third of each catch for want of a "
        "cold room, and have asked the council to build one before the rains.",
    ]
)


def test_a_town_and_country_on_the_date_line_give_its_zone() -> None:
    """'Town, Country' on the page's first date line places the story's time in that
    country's zone; the same place named only in the story does not."""
    row = normalize_document(PLACED_DATE_LINE_PAGE)
    assert row["published_at"] == datetime(2021, 3, 3, 6, 15, tzinfo=UTC)
    body = PLACED_DATE_LINE_PAGE.replace(" Kisumbi, Uganda Fisheries", " Fisheries").replace(
        "Fishers at the Kisumbi", "Fishers at Kisumbi, Uganda, at the"
    )
    assert normalize_document(body)["published_at"] == datetime(2021, 3, 3, 9, 15, tzinfo=UTC)


CREDITED_DATELINE_PAGE = "\n".join(
    [
        "NaharNews.com",
        "Kotla Miran Council Opens Night Bazaar for Vendors",
        "",
        "Sana Javed (@sanajaved) 5 minutes ago Thu 10th June 2021 | 07:40 PM",
        "",
        "Kotla Miran council opened a night bazaar for street vendors on Thursday",
        "",
        "KOTLA MIRAN, (NaharNews / Pakistan Wire - 10th Jun, 2021 ) :Kotla Miran council opened "
        "a night bazaar for street vendors beside the old grain market.",
        "",
        "The bazaar will run from eight till midnight, a council spokesman said on Thursday.",
    ]
)


def test_a_country_in_a_capital_dateline_s_credit_gives_its_zone() -> None:
    """A dateline in capitals whose agency's credit in brackets names one country of one zone
    places the page's times in that zone; a credit naming two countries, or brackets on the
    next line, place them nowhere."""
    row = normalize_document(CREDITED_DATELINE_PAGE)
    assert row["published_at"] == datetime(2021, 6, 10, 14, 40, tzinfo=UTC)
    two = CREDITED_DATELINE_PAGE.replace("Pakistan Wire", "Pakistan and India Desk")
    assert normalize_document(two)["published_at"] == datetime(2021, 6, 10, 19, 40, tzinfo=UTC)
    below = CREDITED_DATELINE_PAGE.replace("KOTLA MIRAN, (", "KOTLA MIRAN\n(")
    assert normalize_document(below)["published_at"] == datetime(2021, 6, 10, 19, 40, tzinfo=UTC)


ROUND_UP_PAGE = "\n".join(
    [
        "Eastvale Harbour Coastguard",
        "",
        "",
        "Call-outs round up - Saturday 6 March - 9pm",
        "",
        "06/03/2021 @ 21:00",
        "Incident Number: 06032022",
        "",
        "Coastguard teams across Eastvale have answered around 12 calls since noon today.",
        "",
        "Most were walkers cut off by the tide on the sands near Gullrock, all brought back.",
        "",
        "Please keep an eye on the tide tables before setting out across the bay.",
        "",
        "",
        "Site by Brackenfold Design",
    ]
)


def test_a_day_named_in_words_settles_a_date_in_figures() -> None:
    """'06/03/2021' under a headline naming 'Saturday 6 March' is the 6th of March; under one
    naming neither reading the page's other signs (none here: the month first) decide."""
    row = normalize_document(ROUND_UP_PAGE)
    assert row["published_at"] == datetime(2021, 3, 6, 21, 0, tzinfo=UTC)
    other = ROUND_UP_PAGE.replace("Saturday 6 March", "Saturday 9 October")
    assert normalize_document(other)["published_at"] == datetime(2021, 6, 3, 21, 0, tzinfo=UTC)


PLACED_DOTTED_DATELINE_PAGE = "\n".join(
    [
        "Ольховка, 09.11.22. /Приречье-Инфо/. Районный совет Ольховки в среду соберется на "
        "внеочередное заседание, сообщила агентству пресс-секретарь совета Дина Ковальчук.",
        "По ее словам, заседание откроется в 11:00, на нем обсудят ремонт моста через Сушу.",
        "Напомним, мост закрыли для грузовиков еще в сентябре.",
        "Комментарии",
    ]
)


def test_a_place_and_a_dotted_day_opening_the_lead_date_the_story() -> None:
    """'Town, DD.MM.YY. /Agency/. ' opening the lead is an agency's dateline, the story's day;
    a sentence that names a town and a day before its full stop is none."""
    row = normalize_document(PLACED_DOTTED_DATELINE_PAGE)
    assert row["published_at"] == datetime(2022, 11, 9, tzinfo=UTC)
    assert row["published_precision"] == "day"
    sentence = PLACED_DOTTED_DATELINE_PAGE.replace(
        "Ольховка, 09.11.22.", "Совет собрался в Ольховке, 09.11.22."
    )
    assert normalize_document(sentence)["published_at"] is None
    lower = PLACED_DOTTED_DATELINE_PAGE.replace(
        "09.11.22. /Приречье-Инфо/. Районный", "09.11.22. районный"
    )
    assert normalize_document(lower)["published_at"] is None


RELATED_HEAD_OVER_A_DATELINE_PAGE = "\n".join(
    [
        "Зачем в Ольховке меняют расписание электричек: отвечают в депо",
        "3 марта 2024, 11:15",
        "ОЛЬХОВКА, 19 фев — Агентство «Приречье». Плата за вывоз мусора в Ольховке с 1 апреля "
        "вырастет на шесть процентов, следует из решения районного совета.",
        "Льготы для многодетных семей и пенсионеров сохранятся в прежнем размере.",
        "О том, как считают плату за вывоз мусора, читайте в справке Prireche.ru >>",
    ]
)


def test_a_head_and_time_over_a_dateline_of_another_day_are_another_item_s() -> None:
    """A head and its time right over a lead whose agency's dateline names a day weeks away
    from that time are a related item's: no headline, no date. The same time over a dateline
    of its own day dates the story under its headline, and a lead's sentence naming another
    day before a dash is no dateline."""
    row = normalize_document(RELATED_HEAD_OVER_A_DATELINE_PAGE)
    assert row["title"] is None
    assert row["published_at"] is None
    same = RELATED_HEAD_OVER_A_DATELINE_PAGE.replace("19 фев", "3 мар")
    row = normalize_document(same)
    assert row["title"] == "Зачем в Ольховке меняют расписание электричек: отвечают в депо"
    assert row["published_at"] == datetime(2024, 3, 3, 8, 15, tzinfo=UTC)
    sentence = RELATED_HEAD_OVER_A_DATELINE_PAGE.replace(
        "ОЛЬХОВКА, 19 фев — Агентство «Приречье». Плата",
        "Совет решил еще 19 февраля, что плата за вывоз мусора – и это окончательно – Плата",
    )
    assert normalize_document(sentence)["published_at"] == datetime(2024, 3, 3, 8, 15, tzinfo=UTC)


CURRENCY_CODE_PAGE = "\n".join(
    [
        "Ferry crews get new life vests in island towns",
        "",
        "By Lorna Dizon",
        "",
        "March 2, 2023, 4:25 pm",
        "",
        "PUERTO AZUL – The provincial disaster office handed out 900 life vests worth PHP2.4 "
        "million to ferry crews in six island towns on Thursday.",
        "",
        "The vests replace old ones found torn during an inspection last month, the office said.",
    ]
)


def test_a_currency_code_before_a_sum_gives_its_country_s_zone() -> None:
    """A currency of one country named by its ISO code before a sum with its count word dates
    the page's times in that country's zone; the code before a software's version does not."""
    row = normalize_document(CURRENCY_CODE_PAGE)
    assert row["published_at"] == datetime(2023, 3, 2, 8, 25, tzinfo=UTC)
    version = CURRENCY_CODE_PAGE.replace("worth PHP2.4 million", "logged in PHP 8.1")
    assert normalize_document(version)["published_at"] == datetime(2023, 3, 2, 16, 25, tzinfo=UTC)
