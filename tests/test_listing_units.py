"""A listing's heads, printed in units of one shape, are none of them the page's headline."""

from __future__ import annotations

from normalize import normalize_document
from tests.test_core_headline import assert_same_headline

# A party's term page of briefings: the term's name, then each post under the same stamp with
# its own day, its title, the briefing's time and place, its statement's title and paragraphs.
RESTAMPED_POSTS_PAGE = "\n".join(
    [
        "논평/브리핑",
        "",
        "에 의해 admin, 8 5월, 2024",
        "",
        "하서진 수석대변인 브리핑",
        "",
        "□ 일시 : 2024년 5월 8일(수) 오전 10시 30분",
        "",
        "□ 장소 : 국회 소통관 기자회견장",
        "",
        "■ 농어촌 버스 요금 인상, 주민 부담부터 살펴야 합니다",
        "",
        "군 단위 버스 요금이 한 해 두 번이나 올랐습니다."
        " 병원과 장터를 오가는 어르신들의 부담이 커지고 있습니다.",
        "",
        "정부는 운송 업체 지원 방안을 서둘러 내놓아야 합니다."
        " 이번 회기에서 반드시 논의해야 합니다.",
        "",
        "에 의해 admin, 7 5월, 2024",
        "",
        "윤다온 대변인 서면브리핑",
        "",
        "■ 하천 정비 예산, 장마 전에 집행해야 합니다",
        "",
        "지난해 범람한 하천 가운데 절반이 아직 정비되지 않았습니다."
        " 장마가 오기 전에 예산을 풀어야 합니다.",
    ]
)


def test_posts_each_under_the_same_stamp_with_its_own_day_are_a_listing() -> None:
    """A term's page prints its posts each under the same stamp, its day changed: none of
    their titles, nor the first post's statement, is the page's headline."""
    assert normalize_document(RESTAMPED_POSTS_PAGE)["title"] is None
    assert_same_headline(RESTAMPED_POSTS_PAGE)


def test_an_articles_byline_printed_again_at_its_foot_makes_no_listing() -> None:
    """An article prints its byline over the story and again at its foot, with the same day:
    one post, whose headline stays."""
    page = (
        RESTAMPED_POSTS_PAGE.split("에 의해 admin, 7 5월, 2024")[0] + "에 의해 admin, 8 5월, 2024"
    )
    assert normalize_document(page)["title"] == "농어촌 버스 요금 인상, 주민 부담부터 살펴야 합니다"
    assert_same_headline(page)


# A blog's post with its byline over the headline, and at its foot a reader's letter the same
# writer posted a day later under the same stamp, its text right below it.
LETTER_UNDER_A_POST_PAGE = "\n".join(
    [
        "by admin, 8 May, 2024",
        "",
        "Harbour market opens on the old quay",
        "",
        "The new market opened on the old quay on Saturday morning, with forty stalls selling"
        " fish, bread and flowers to the first visitors.",
        "",
        "Stallholders said the council had promised the space for three years before the works"
        " finally began last autumn.",
        "",
        "Letters",
        "",
        "by admin, 9 May, 2024",
        "",
        "A reader wrote to say the stalls closed too early on Sunday afternoon, before the last"
        " ferry came in.",
    ]
)


def test_a_dated_letter_at_an_article_s_foot_under_the_same_stamp_makes_no_listing() -> None:
    """A stamp with another day over a paragraph heads a letter or an update, no post of a
    listing: the article's headline under the first stamp stays."""
    row = normalize_document(LETTER_UNDER_A_POST_PAGE)
    assert row["title"] == "Harbour market opens on the old quay"
    assert_same_headline(LETTER_UNDER_A_POST_PAGE)


# A university's press releases page, each release under a dash printed alone above its head,
# then its day in the university's own language and its teaser; the page ends in a cut head.
DASHED_RELEASES_PAGE = "\n".join(
    [
        "Press releases",
        "-",
        "Harbour institute maps the winter routes of eider ducks",
        "12 augusti 2023",
        "Researchers at the Northfield Harbour Institute tracked forty eider ducks for two"
        " winters and found that most of them crossed the strait twice, far more often than"
        " the older surveys had assumed.",
        "-",
        "Peat bogs hold more carbon than the maps showed",
        "3 augusti 2023",
        "A new survey of the upland bogs above Eastmoor shows that their peat is on average a"
        " third deeper than the maps of the 1970s had it, and so stores more carbon.",
        "-",
        "Old ferry logs reveal a century of harbour ice",
        "27 juli 2023",
        "Historians and climate scientists read the logbooks of the island ferries from 1890 to"
        " 1990 and dated every winter in which the harbour froze over.",
        "-",
        "New dat",
    ]
)


def test_releases_each_under_a_dash_printed_alone_are_a_listing() -> None:
    """A dash alone on its line above each head marks the units of a listing, as a date or a
    source's name printed by each head does: a head, its day and one teaser each, so the page
    has no headline of its own, though the days are in a language the page is not read in."""
    assert normalize_document(DASHED_RELEASES_PAGE)["title"] is None
    assert_same_headline(DASHED_RELEASES_PAGE)


# A board's story: its headline, its day, its lead, then its subheads each under a dash printed
# alone as a separator, each with its paragraph.
DASHED_SUBHEADS_STORY = "\n".join(
    [
        "Harbour board keeps the night ferries",
        "March 14, 2024",
        "",
        "The harbour board voted on Thursday to keep the night ferries running through the"
        " winter, after two hundred riders wrote to ask for them.",
        "",
        "—",
        "Who rides at night",
        "Most riders are shift workers from the hospital and the fish market.",
        "—",
        "What it costs",
        "The crossings cost the board about forty thousand a month in fuel and wages.",
        "—",
        "What comes next",
        "The board will look at the numbers again in the spring.",
    ]
)


def test_an_article_s_subheads_under_dashes_are_no_listing() -> None:
    """A dash printed alone above each subhead of an article, however it is drawn, marks no
    listing's units: the subheads have no teasers of their own, and the headline stays."""
    for dash in ("—", "–", "- -", "-"):
        page = DASHED_SUBHEADS_STORY.replace("—", dash)
        assert normalize_document(page)["title"] == "Harbour board keeps the night ferries"
        assert_same_headline(page)


# A trade magazine's section page: the section's name over each unit, a story's head, its day
# and its teaser; the page left one teaser without its closing stop.
UNSTOPPED_TEASER_PAGE = "\n".join(
    [
        "Plant News",
        "",
        "Plant News",
        "",
        "Harlow Pumps adds a second casting line at its Dunmore works",
        "",
        "Apr. 9, 2025",
        "The new line doubles the works' output of pump housings and brings forty jobs to Dunmore.",
        "Plant News",
        "",
        "Fenwick Glass fined after a furnace worker was burned on a night shift",
        "",
        "Apr. 8, 2025",
        "Inspectors found the furnace guard had been left open for three weeks before the burn",
        "Plant News",
        "",
        "Corrie Valves opens a repair shop for old ship valves in Portmoor",
        "",
        "Apr. 7, 2025",
        "The shop will take in valves from the harbour's older ferries and tugs from the summer.",
        "Plant News",
        "",
        "Ashby Mills moves its flour packing to a new hall on the canal",
        "",
        "Apr. 4, 2025",
        "The move frees the old hall for a bakery school the mill runs with the county college.",
    ]
)


def test_a_listing_s_teaser_left_without_its_stop_is_still_its_teaser() -> None:
    """A section page's units each hold a head, its day and one teaser; a teaser printed without
    its closing stop, longer than its head, is still that unit's one paragraph: the page is a
    listing, none of its heads the headline."""
    assert normalize_document(UNSTOPPED_TEASER_PAGE)["title"] is None
    assert_same_headline(UNSTOPPED_TEASER_PAGE)


# A works' story: its headline, its day, a deck printed without a stop, two paragraphs, then a
# related story's unit at the same distance below it: a head, its day and its teaser.
UNSTOPPED_DECK_STORY = "\n".join(
    [
        "Harlow Pumps adds a second casting line at its Dunmore works",
        "Apr. 9, 2025",
        "The line doubles the output of pump housings and brings forty new jobs to the town",
        "Harlow Pumps said on Wednesday the second line would start casting in the autumn.",
        "The works' managers said most of the new posts would go to apprentices from Dunmore.",
        "Plant News",
        "Fenwick Glass fined after a furnace worker was burned on a night shift",
        "Apr. 8, 2025",
        "Inspectors found the furnace guard had been left open for three weeks before the burn.",
    ]
)


def test_an_article_s_deck_without_a_stop_makes_no_listing() -> None:
    """A line without a stop longer than the head counts as a unit's teaser only where the unit
    holds no paragraph: an article's headline over such a deck and its paragraphs stays the
    headline, though a related story's unit stands below it."""
    title = normalize_document(UNSTOPPED_DECK_STORY)["title"]
    assert title == "Harlow Pumps adds a second casting line at its Dunmore works"
    assert_same_headline(UNSTOPPED_DECK_STORY)


# A section page printing its stories bare: the section's name, then each story's head right
# above its teaser, which tells the story in other words, no date, byline or link between.
BARE_UNITS_PAGE = "\n".join(
    [
        "Community",
        "",
        "Council agrees to repair the old footbridge over the Lenn",
        "",
        "Engineers will rebuild two supports undermined by the winter floods before the deck"
        " goes back.",
        "",
        "School canteen wins a prize for its vegetable dishes",
        "",
        "Pupils at Ashby Road primary voted for a menu built on produce from nearby farms.",
        "",
        "Night market returns to the station square",
        "",
        "Stallholders will sell food and crafts every Friday evening from April onwards.",
        "",
        "Library extends its opening hours on Saturdays",
        "",
        "Visitors can now stay until six in the evening after a popular trial last autumn.",
    ]
)
# An article whose lead runs over several paragraphs, other stories' heads and teasers printed
# bare below it.
BARE_TEASERS_UNDER_A_STORY = "\n".join(
    [
        "Council agrees to repair the old footbridge over the Lenn",
        "",
        "The footbridge over the Lenn, closed since the floods of last winter, will reopen by"
        " the end of the summer after councillors approved the repairs on Tuesday night.",
        "",
        "Engineers found that two of the supports had been undermined by the water, and the"
        " deck will be lifted off while they are rebuilt.",
        "",
        "The repairs will cost about a quarter of a million pounds, most of it from the"
        " county's flood fund.",
        "",
        "More from Community",
        "",
        *BARE_UNITS_PAGE.split("\n")[6:],
    ]
)


def test_heads_each_bare_over_one_teaser_are_a_listing() -> None:
    """A section page prints its stories bare, each head right above one teaser of about the
    others' length that does not echo it, three or more in a row: a listing, the first
    story's head no headline of the page."""
    assert normalize_document(BARE_UNITS_PAGE)["title"] is None
    russian = "\n".join(
        [
            "Культура",
            "",
            "В музее на Соборной открылась выставка старых вывесок",
            "Экспозиция займёт два зала, часть экспонатов горожане принесли сами из чердаков.",
            "",
            "Городской хор выступит на площади в день города",
            "Концерт начнётся в семь вечера, в программе песни композиторов нашего края.",
            "",
            "Библиотека собирает воспоминания жителей о старом порте",
            "Записи и фотографии войдут в сборник, который выпустят к юбилею причала.",
            "",
            "Школьники высадили липы вдоль набережной реки",
            "Саженцы подарил питомник, а поливать их весь год будут сами ученики.",
        ]
    )
    assert normalize_document(russian)["title"] is None
    assert_same_headline(BARE_UNITS_PAGE)


def test_bare_teasers_under_an_article_leave_its_headline() -> None:
    """An article's headline stands above a lead of several paragraphs: the other stories
    printed bare below it make no unit with it, and it stays the page's headline; so does a
    headline whose one paragraph echoes it, as a lead does."""
    head = "Council agrees to repair the old footbridge over the Lenn"
    assert normalize_document(BARE_TEASERS_UNDER_A_STORY)["title"] == head
    echoed = BARE_UNITS_PAGE.replace(
        "Engineers will rebuild two supports",
        "The council agrees to repair the old footbridge: engineers will rebuild two supports",
    )
    assert normalize_document(echoed.replace("Community\n\n", ""))["title"] == head
    assert_same_headline(BARE_TEASERS_UNDER_A_STORY)


# An article whose headline stands over one lead that tells its story in other words, two other
# stories printed bare below it: the headline's unit looks like a listing's first, so it counts
# for none, and two units make no listing.
RELATED_UNDER_A_BRIEF = "\n".join(
    [
        "Harbour board approves a new ferry pier at Keswold",
        "",
        "Work begins in the spring and should let larger boats dock at low tide, its chair said.",
        "",
        "Fishermen protest the closure of the northern quay",
        "",
        "Boat owners say the detour adds an hour to each trip and costs them a day's catch.",
        "",
        "Old lighthouse keeper's cottage to open as a museum",
        "",
        "Volunteers have restored the rooms and will show the lamps and logbooks next summer.",
    ]
)
# An interview: its headline over a short introduction, then questions each over one answer.
QUESTIONS_OVER_ANSWERS = "\n".join(
    [
        "Mira Talvik on running the last bookshop in Orrin",
        "",
        "The owner of the Lantern bookshop has kept it open for thirty years through two floods.",
        "",
        "How did you come to own the Lantern?",
        "",
        "I worked there as a student and bought it from the owner when he retired to the coast.",
        "",
        "What keeps people coming back to your shop?",
        "",
        "They like to talk about books with someone who has read them, and the coffee is free.",
        "",
        "Are you worried about the future of the shop?",
        "",
        "Not really, because the town has grown and young families come in every weekend now.",
    ]
)
# An explainer: its headline over a lead of two paragraphs, then subheads each over one.
SUBHEADS_BELOW_A_LEAD = "\n".join(
    [
        "Why the Keswold ferry fares are going up this spring",
        "",
        "Passengers on the island routes will pay about a tenth more from April, and season"
        " tickets rise too.",
        "",
        "The operator announced the change on Monday after a year of talks with the council,"
        " which had hoped to keep the fares where they were until the new boats arrive.",
        "",
        "What exactly is changing for passengers",
        "",
        "Single tickets go up by forty pence and the family pass by two pounds on every route.",
        "",
        "Why the operator says it needs more money",
        "",
        "Fuel has doubled in price over two winters and the old boats burn more of it than before.",
        "",
        "When the new fares will take effect",
        "",
        "The first sailings at the new prices leave on the first Monday of April from both piers.",
    ]
)
# A list article: its headline over one lead, then numbered heads each over one paragraph.
NUMBERED_ITEMS_UNDER_A_LEAD = "\n".join(
    [
        "새해부터 이렇게 바뀐다, 생활 제도 네 가지",
        "",
        "새해가 밝았다. 올해 달라지는 제도 가운데 살림에 보탬이 되는 것들을 골라 정리했다.",
        "",
        "1. 동네 도서관 주말 야간 개방",
        "솔내시 공공도서관 열두 곳이 토요일과 일요일 밤 열 시까지 문을 열고 자료실을 운영한다.",
        "",
        "2. 시내버스 환승 시간 한 시간으로",
        "버스에서 내린 뒤 한 시간 안에 다른 버스를 타면 요금을 다시 내지 않고 갈아탈 수 있다.",
        "",
        "3. 어린이 치과 검진 무료로 확대",
        "만 열두 살까지 어린이는 가까운 보건소에서 일 년에 두 번 치과 검진을 무료로 받는다.",
        "",
        "4. 음식물 쓰레기 봉투 값 동결",
        "시는 물가 부담을 덜기 위해 음식물 쓰레기 봉투 값을 올해도 지난해와 같게 받기로 했다.",
    ]
)


def test_an_article_s_heads_over_one_paragraph_each_keep_its_headline() -> None:
    """An article's headline over one lead that does not echo it, then two stories printed bare,
    stands where a listing's first head would: it counts for none, and two make no listing. A
    head that asks a question is an interview's, and heads below the page's first paragraph
    are an article's subheads, and numbered ones a list's items: none makes the page a
    listing."""
    assert normalize_document(RELATED_UNDER_A_BRIEF)["title"] == (
        "Harbour board approves a new ferry pier at Keswold"
    )
    assert normalize_document(QUESTIONS_OVER_ANSWERS)["title"] == (
        "Mira Talvik on running the last bookshop in Orrin"
    )
    assert normalize_document(SUBHEADS_BELOW_A_LEAD)["title"] == (
        "Why the Keswold ferry fares are going up this spring"
    )
    assert normalize_document(NUMBERED_ITEMS_UNDER_A_LEAD)["title"] == (
        "새해부터 이렇게 바뀐다, 생활 제도 네 가지"
    )
    pages = (QUESTIONS_OVER_ANSWERS, SUBHEADS_BELOW_A_LEAD, NUMBERED_ITEMS_UNDER_A_LEAD)
    for page in (RELATED_UNDER_A_BRIEF, *pages):
        assert_same_headline(page)
