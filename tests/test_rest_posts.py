"""A WordPress REST answer a crawl fetched in place of a page: its title and times are its own
fields (``title.rendered``, ``date_gmt``, ``modified_gmt``); other JSON is left to the other
rules."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from normalize.documents import normalize_document
from normalize.rest_posts import rest_post

# A township paper's post as its REST answer, on one line: local "date" six hours behind
# "date_gmt", the title with escaped quotes and an ampersand, the content's escaped markup with
# a caption and a day in its text.
REST_POST_PAGE = (
    '{"id":4471,"date":"2024-09-17T08:05:12","date_gmt":"2024-09-17T14:05:12",'
    '"guid":{"rendered":"https:\\/\\/ferndale-ledger.example\\/?p=4471"},'
    '"modified":"2024-09-17T09:40:00","modified_gmt":"2024-09-17T15:40:00",'
    '"slug":"grain-elevator-fire","status":"publish","type":"post",'
    '"link":"https:\\/\\/ferndale-ledger.example\\/grain-elevator-fire\\/",'
    '"title":{"rendered":"Crews &#8220;lucky&#8221; to save grain elevator &#038; rail spur"},'
    '"content":{"rendered":"<div class=\\"wp-caption\\"><p class=\\"wp-caption-text\\">Smoke over '
    "the elevator on Monday. Photo by Ada Brisk<\\/p><\\/div>\\n<p>Volunteer firefighters from "
    "three towns kept a fire at the Ferndale grain elevator from reaching the rail spur on "
    'September 16, 2024.<\\/p>\\n","protected":false},"author":12,"featured_media":0,'
    '"categories":[3],"tags":[]}\n'
)

# Other JSON: a list of posts (a listing, no page of one post), another API's article whose
# title is a plain field, and a post whose answer is cut short (no JSON at all).
OTHER_JSON_PAGES = (
    '[{"id":1,"date_gmt":"2024-09-17T14:05:12","title":{"rendered":"Grain elevator fire"}},'
    '{"id":2,"date_gmt":"2024-09-16T10:00:00","title":{"rendered":"Council meets"}}]',
    '{"headline":"Grain elevator fire","publishedAt":"2024-09-17T14:05:12Z",'
    '"title":"Grain elevator fire","date_gmt":"2024-09-17T14:05:12"}',
    '{"id":4471,"date_gmt":"2024-09-17T14:05:12","title":{"rendered":"Grain elevator fire"},'
    '"content":{"rendered":"<p>Volunteer firefighters',
)


def test_a_rest_answer_s_own_fields_are_its_title_and_times() -> None:
    row = normalize_document(REST_POST_PAGE)
    assert row["title"] == "Crews “lucky” to save grain elevator & rail spur"
    assert row["title_lang"] == "en"
    assert row["published_at"] == datetime(2024, 9, 17, 14, 5, 12, tzinfo=UTC)
    assert row["published_precision"] == "second"
    assert row["modified_at"] == datetime(2024, 9, 17, 15, 40, tzinfo=UTC)


def test_a_post_without_its_utc_time_has_none() -> None:
    """A draft's answer prints "date_gmt": null; its local "date" states no zone."""
    page = REST_POST_PAGE.replace('"date_gmt":"2024-09-17T14:05:12"', '"date_gmt":null')
    row = normalize_document(page)
    assert row["title"] == "Crews “lucky” to save grain elevator & rail spur"
    assert row["published_at"] is None
    assert row["modified_at"] == datetime(2024, 9, 17, 15, 40, tzinfo=UTC)


def test_a_scheduled_post_s_earlier_edit_is_no_modification() -> None:
    page = REST_POST_PAGE.replace("2024-09-17T15:40:00", "2024-09-15T20:00:00")
    assert normalize_document(page)["modified_at"] is None


@pytest.mark.parametrize("page", OTHER_JSON_PAGES)
def test_other_json_is_no_rest_post(page: str) -> None:
    assert rest_post(page) is None


@pytest.mark.parametrize(
    "text",
    [
        '{"date_gmt":"2024-09-17T14:05:12","title":{"rendered":"x"},"n":NaN}',
        '{"date_gmt":"2024-09-17T14:05:12","title":{"rendered":"x"},"n":1e400}',
        '{"date_gmt":"2024-09-17T14:05:12","title":{"rendered":"\\ud800"}}',
        '{"date_gmt":"2024-09-17T14:05:12","title":{"rendered":"x"},"n":'
        + "[" * 70
        + "]" * 70
        + "}",
    ],
)
def test_json_the_core_would_refuse_is_no_rest_post(text: str) -> None:
    assert rest_post(text) is None
