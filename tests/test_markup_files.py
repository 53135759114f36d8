"""A raw XML file a crawl fetched in place of a page (a feed, a sitemap): no headline, no time
of its own; a page that prints such a file below its own headline keeps both."""

from __future__ import annotations

import pytest

from normalize.documents import normalize_document
from normalize.markup_files import is_markup_file

# A cooperative's Atom feed of its notices, two entries; an RSS feed of a village paper with
# one item and a channel date; a sitemap of a county weekly's news pages.
MARKUP_FILES = (
    """<?xml version="1.0" encoding="UTF-8" ?><feed xmlns="http://www.w3.org/2005/Atom">
	<title type="text">조합 소식</title>
	<updated>2024-06-03T09:14:00+09:00</updated>
	<id>https://saemmul-coop.kr/notice/atom</id>
	<link rel="self" type="application/atom+xml" href="https://saemmul-coop.kr/notice/atom"/>
	<entry>
		<title><![CDATA[[알림] 샘물생협 6월 공동구매 품목 안내]]></title>
		<published>2024-06-02T17:40:11+09:00</published>
		<updated>2024-06-02T17:40:11+09:00</updated>
		<content type="html"><![CDATA[&lt;p&gt;햇감자와 매실입니다.&lt;/p&gt;]]></content>
	</entry>
	<entry>
		<title><![CDATA[[공지] 매장 휴무일 변경]]></title>
		<published>2024-05-28T10:05:30+09:00</published>
		<content type="html"><![CDATA[&lt;p&gt;둘째 주 월요일에 쉽니다.&lt;/p&gt;]]></content>
	</entry>
</feed>
""",
    """<rss version="2.0">
<channel>
<title>Millbrook Gazette</title>
<link>https://millbrook-gazette.example/</link>
<lastBuildDate>Tue, 14 May 2024 08:02:00 +0000</lastBuildDate>
<item>
<title>Footbridge over the Wend to reopen on Friday</title>
<pubDate>Mon, 13 May 2024 16:20:00 +0000</pubDate>
<description>The footbridge closed since the March floods will reopen.</description>
</item>
</channel>
</rss>
""",
    """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url>
    <loc>https://kedrovka-vesti.example/news/2023/10/02/most.html</loc>
    <lastmod>2023-10-02T11:30:00+03:00</lastmod>
    <news:title>В Кедровке отремонтируют мост через Сосновку</news:title>
  </url>
</urlset>
""",
)

# A how-to post printing a feed's source under its own headline and date; an XHTML page's
# source, which declares its html root under the XML declaration.
PAGES_PRINTING_MARKUP = (
    """How to start a feed for your parish newsletter
Posted on 4 March 2024

A feed is a small file your website keeps, which readers' apps check for new posts.

<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
<title>St Aldhelm's Newsletter</title>
<pubDate>Sun, 03 Mar 2024 09:00:00 +0000</pubDate>
</channel>
</rss>

Save it beside your pages and link to it from the home page.
""",
    """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
Lantern walk through the old town on Saturday
""",
)


@pytest.mark.parametrize("page", MARKUP_FILES)
def test_a_raw_xml_file_has_no_headline_and_no_time(page: str) -> None:
    """A feed's or a sitemap's source lists items: their titles and times are theirs."""
    row = normalize_document(page)
    assert row["title"] is None
    assert row["title_lang"] == "und"
    assert row["published_at"] is None
    assert row["modified_at"] is None


def test_a_page_printing_a_feed_below_its_headline_keeps_it() -> None:
    """The file's source below a post's own headline and date is a sample, not the page."""
    row = normalize_document(PAGES_PRINTING_MARKUP[0])
    assert row["title"] == "How to start a feed for your parish newsletter"
    assert row["published_at"] is not None


def test_an_xhtml_page_s_source_is_no_markup_file() -> None:
    lines = PAGES_PRINTING_MARKUP[1].split("\n")
    assert not is_markup_file(lines)
    assert is_markup_file(MARKUP_FILES[0].split("\n"))
