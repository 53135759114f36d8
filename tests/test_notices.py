"""A site's notice above an article is not the article's first paragraph."""

from __future__ import annotations

from normalize import normalize_document
from normalize.headline import extract_headline, weigh_candidates
from normalize.heads import Candidate
from normalize.notices import is_speaker_below, without_notice
from normalize.running_text import holds_sentences, leaves_open
from normalize.text import clean_text
from tests.test_core_headline import assert_page_title, assert_same_headline

HEAD = "Night crossing saved after a full hall pleads for it"
LEAD = (
    "The harbour board voted on Tuesday to keep the night ferry to the islands running through "
    "the winter, after islanders filled the hall to ask for it."
)
PAGE = [
    "Skip to the main content",
    "",
    "The site is being serviced tonight. Sorry for the trouble.",
    "",
    HEAD,
    "",
    "June 3",
    "",
    LEAD,
    "",
    "The last boat will leave the quay at eleven, as it did before the cuts of last spring.",
]


def _head(order: int, text: str) -> Candidate:
    return Candidate(order, order, text, text.lower(), {})


def test_a_short_notice_that_the_lead_shares_no_word_with_is_left_out() -> None:
    texts = ["The site is being serviced tonight.", HEAD, LEAD]
    assert without_notice([0, 2], [_head(1, HEAD)], texts) == [2]


def test_a_paragraph_the_lead_goes_on_from_stays() -> None:
    """A short first paragraph that shares the lead's words is the article's start, under a
    subhead."""
    texts = ["The harbour board met on Tuesday.", HEAD, LEAD]
    assert without_notice([0, 2], [_head(1, HEAD)], texts) == [0, 2]


def test_a_long_paragraph_stays_though_it_shares_no_word() -> None:
    texts = [
        "Our reporters spent a week on the islands this spring to hear what people who live "
        "there think of the plans for a bridge.",
        HEAD,
        LEAD,
    ]
    assert without_notice([0, 2], [_head(1, HEAD)], texts) == [0, 2]


def test_no_head_between_that_the_lead_echoes_keeps_the_notice() -> None:
    texts = ["The site is being serviced tonight.", "Weather and tides", LEAD]
    assert without_notice([0, 2], [_head(1, "Weather and tides")], texts) == [0, 2]


def test_the_headline_under_a_notice_wins_over_a_skip_link() -> None:
    assert extract_headline(PAGE, {}, set(), {6}).title == HEAD
    assert normalize_document(clean_text("\n".join(PAGE)))["title"] == HEAD


def test_the_core_leaves_out_the_notice_as_python_does() -> None:
    assert_same_headline(clean_text("\n".join(PAGE)))


PREVIEW_HEAD = "Three cache strategies, and when to use each"
PREVIEW_LEAD = (
    "Last time we looked at why a browser keeps a copy of a page. This time we compare three "
    "ways a service keeps its cache fresh, with code for each."
)
# a magazine's page: its description (the article's first paragraph) above the sign-up prompts,
# then the headline and the article, which opens with that paragraph again
PREVIEW_PAGE = [
    "Byteyard",
    "Recent searches",
    "Clear all",
    PREVIEW_LEAD,
    "Sign up to underline",
    "the lines you like!",
    "Sign up to keep",
    "the posts that help you at work!",
    "OK",
    PREVIEW_HEAD,
    "Who read this post?",
    "Log in",
    PREVIEW_LEAD,
    "First, the words. A cache hit is when the data asked for is in the cache, and a miss is "
    "when it is not.",
    "A write-through cache writes to the cache and to the store at once, so the two never part.",
]


def test_a_paragraph_printed_again_under_a_head_below_is_a_preview() -> None:
    texts = [PREVIEW_LEAD, "Sign up", PREVIEW_HEAD, PREVIEW_LEAD, "A cache hit is a hit."]
    assert without_notice([0, 3], [_head(2, PREVIEW_HEAD)], texts) == [3]


def test_a_paragraph_the_page_prints_once_is_the_start() -> None:
    texts = [PREVIEW_LEAD, "Sign up", PREVIEW_HEAD, LEAD]
    assert without_notice([0, 3], [_head(2, PREVIEW_HEAD)], texts) == [0, 3]


def test_the_headline_below_a_preview_is_not_after_the_article() -> None:
    found = weigh_candidates(PREVIEW_PAGE, {}, set(), set())
    head = next(candidate for candidate in found if candidate.text == PREVIEW_HEAD)
    assert head.signals["after_body"] == 0.0
    assert normalize_document(clean_text("\n\n".join(PREVIEW_PAGE)))["title"] == PREVIEW_HEAD


def test_the_core_leaves_out_the_preview_as_python_does() -> None:
    assert_same_headline(clean_text("\n\n".join(PREVIEW_PAGE)))


# a regional site's page: a maintenance notice of three sentences on one line, closed by "!",
# above the article's headline and its lead
MAINTENANCE_HEAD = "Council fines two bus firms for missed winter timetables"
MAINTENANCE_PAGE = [
    "Maintenance work is under way on the site tonight. Some pages may open slowly for a while. "
    "We apologise and thank you for your patience!",
    "",
    MAINTENANCE_HEAD,
    "",
    "The county council fined two bus firms on Monday after a winter in which a fifth of the "
    "timetabled buses on rural routes never ran.",
]


def test_a_notice_of_sentences_closed_by_an_exclamation_is_a_sentence() -> None:
    assert holds_sentences(MAINTENANCE_PAGE[0])
    found = weigh_candidates(MAINTENANCE_PAGE, {}, set(), set())
    assert found[0].signals["sentence"] == 1.0
    assert extract_headline(MAINTENANCE_PAGE, {}, set(), set()).title == MAINTENANCE_HEAD


def test_a_headline_of_two_short_sentences_is_no_running_text() -> None:
    assert not holds_sentences("Ferry sinks off the cape. Who pays for the salvage?")
    assert not holds_sentences("Storm closes the pass. Crews clear the road by Friday")


def test_the_core_reads_a_notice_of_sentences_as_python_does() -> None:
    assert_same_headline(clean_text("\n".join(MAINTENANCE_PAGE)))


# a county office's board: a notice of two Korean sentences on one line, closed by "!", above
# the post's title and its first paragraph
BOARD_HEAD = "솔내천 산책로 가로등 교체 공사 다음 주 시작"
BOARD_PAGE = [
    "오늘 밤 열 시부터 홈페이지 점검이 있습니다. 일부 화면이 느리게 열릴 수 있으니 너그러이 "
    "양해 부탁드립니다!",
    "",
    BOARD_HEAD,
    "",
    "솔내군은 솔내천 산책로의 낡은 가로등 백이십 개를 다음 주부터 차례로 바꾼다고 밝혔다.",
]


def test_a_korean_notice_of_two_sentences_is_a_sentence() -> None:
    assert holds_sentences(BOARD_PAGE[0])
    assert not holds_sentences(BOARD_HEAD)
    found = weigh_candidates(BOARD_PAGE, {}, set(), set())
    assert found[0].signals["sentence"] == 1.0
    assert_same_headline(clean_text("\n".join(BOARD_PAGE)))


QUOTE = (
    "— This spring we will plant two hundred lime trees along the pond, and each tree will "
    "carry the name of the family that helped to plant it."
)
QUOTED_PAGE = [
    "Thursday, March 6, 2025, 08:12",
    "Cloudy -2°",
    "",
    "Quote of the day",
    f" {QUOTE}",
    QUOTE,
    "Head of the village council Peter Lugovoy.",
    "",
    "Pond clean-up draws more than two hundred people",
    "",
    "On Saturday more than two hundred people came out to clean up the pond and the lane to the "
    "school, and the village council brought soup and tea for everyone.",
    "",
    "The council will plant the lime trees along the pond in April, once the ground thaws.",
]


def test_a_box_printed_twice_in_a_row_is_left_out() -> None:
    """A quotation of the day printed twice, one copy above the other, is a box of the site,
    not the start of the article below it."""
    texts = [QUOTE, QUOTE, "Pond clean-up draws more than two hundred people", LEAD]
    head = _head(2, texts[2])
    assert without_notice([0, 1, 3], [head], texts) == [3]
    assert without_notice([0, 3], [head], [QUOTE, "Quote of the day", *texts[2:]]) == [0, 3]


def test_the_headline_below_a_box_printed_twice_heads_the_article() -> None:
    assert_page_title("\n".join(QUOTED_PAGE), "Pond clean-up draws more than two hundred people")


# a district paper's page: its day and weather, a quotation of the day printed twice with its
# speaker's name and office below it, long enough to read as a paragraph, then the story
SPEAKER_QUOTE = (
    "— Мы начинали с двух лодок и одного сарая на берегу, а теперь на станции тренируются "
    "шестьдесят ребят. Каждую весну они сами чинят вёсла и красят борта."
)
SPEAKER_PAGE = [
    "Пятница, 14 марта 2025, 09:05",
    "Ясно 4°",
    "",
    "Цитата дня",
    f" {SPEAKER_QUOTE}",
    SPEAKER_QUOTE,
    "Тренер гребной станции «Парус» посёлка Сосновый Яр Григорий Ветлугин.",
    "",
    "У гребцов Соснового Яра появился свой причал",
    "",
    "11 марта на берегу пруда начала работу новая пристань гребной станции. У неё поместятся "
    "двадцать лодок, а рядом построили навес для вёсел и скамейки для зрителей.",
    "",
    "Первые соревнования у нового причала пройдут в мае.",
]


def test_a_quotations_speaker_below_its_two_copies_is_no_paragraph() -> None:
    """The one sentence under a quotation printed twice names its speaker: the box's, not the
    article's first paragraph, so the headline below it is not held for a teaser's head."""
    texts = [line for line in SPEAKER_PAGE if line]
    assert is_speaker_below(texts, 4, 5)
    assert not is_speaker_below([LEAD, LEAD, texts[5]], 1, 2)  # a lead printed twice quotes none
    assert not is_speaker_below(texts, 4, 6)  # not right below the quotation
    assert_page_title("\n".join(SPEAKER_PAGE), "У гребцов Соснового Яра появился свой причал")


# a regional digest's page that lost its headline: a region's label, then a lead of two
# sentences on one line, the second printed with no stop, a byline and the story
DIGEST_PAGE = [
    "ДАЙДЖЕСТ: |",
    "ЗАРЕЧЬЕ.",
    "12 марта глава Заречного района Пётр Ловцов встретился с местными журналистами. Разговор "
    "с редакциями газет шёл почти два часа",
    "Ирина ВЕШНЯКОВА",
    "Встреча Петра Ловцова с журналистами районных газет шла почти два часа: глава района "
    "ответил на три десятка вопросов, от ремонта моста через Сужу до новой школы в Липках.",
    "Открывая встречу, он коротко рассказал об итогах прошлого года:",
    "![]() |",
    "ЛИПКИ. В Липках выбрали подрядчика для ремонта старой водонапорной башни",
    "ВЕРХОВЬЕ. Новый фельдшерский пункт в Верховье примет первых пациентов в мае",
]
# a portal's page that keeps only its story's lead, cut short after the agency's verb
CUT_LEAD = (
    "Forecasters warned that the valley faces a sharp cold snap next week. The regional weather "
    "office chief said so, reports"
)


def test_a_lead_of_two_sentences_cut_short_is_running_text() -> None:
    assert holds_sentences(DIGEST_PAGE[2])
    assert holds_sentences(CUT_LEAD)
    # a kicker before a long sentence, or a tag after one, is a headline's
    assert not holds_sentences("Night of comebacks. Three teams came back from two goals down")
    assert not holds_sentences("A poem of the north read by an actor of the theatre. Part 2")
    # a caption's sentence signed with its photograph's credit is not a lead's second sentence
    assert not holds_sentences(
        "Crews clear the pass road after a night of heavy snow on Monday. "
        "Ana Ruiz / Hill Times News file"
    )


def test_a_page_of_a_cut_lead_has_no_headline() -> None:
    for page in (DIGEST_PAGE, [CUT_LEAD]):
        assert_page_title("\n".join(page), None)


# a daily's page that lost its headline: the lead's end glued to the scraper's date, then a
# sentence broken where a quotation opens, the quotation's rest on a paragraph of its own
QUOTE_BROKEN_PAGE = [
    " date 2025-11-03 일정 결정에 하자가 있다고 반발하고 나섰다.",
    "",
    "솔내시의회 한지후·문서윤 의원은 이날 시청 브리핑룸에서 기자회견을 열고 “",
    "",
    "의장의 일정 결정은 명백한 규칙 위반”이라고 주장했다.",
    "",
    "이어 “의원들에게 미리 알리지도 않고 날짜를 발표한 것은 의회를 무시하는 처사”라며 “같은 일이 "
    "되풀이되지 않도록 규칙을 고쳐야 한다”고 덧붙였다.",
    "",
    "의장 측은 “회의 규칙에 따라 의장 권한으로 일정을 정했다”며 “절차에는 문제가 없다”고 설명했다.",
]


def test_a_line_broken_where_a_quotation_opens_is_no_headline() -> None:
    assert leaves_open(QUOTE_BROKEN_PAGE[2])
    assert leaves_open("Мэр сообщил журналистам на набережной «")
    # a quotation closed by the high mark after the low one opened it is a headline's
    assert not leaves_open("Премьера фильма „Лёд“ прошла в Липках „с аншлагом“")
    assert_page_title("\n".join(QUOTE_BROKEN_PAGE), None)


# a national daily's mirror: the reader's subscription notices (each heading with a sentence or
# two addressed to the reader, one printed twice) above the headline, its two decks, a photo's
# credit and the article
NOTICES_HEAD = "Mapped: the coastal villages left without a bus"
NOTICES_PAGE = [
    "Your card payment was declined",
    "Please check the card saved in Your Profile, or add a new one, so your membership carries on.",
    "Check your card to keep reading",
    "We wrote to you twice after the last charge failed. Please check the card saved in Your "
    "Profile, or add a new one, so your membership carries on.",
    "Your membership is about to end",
    "We wrote to you twice after the last charge failed. Please check the card saved in Your "
    "Profile, or add a new one, or your membership will end.",
    "",
    NOTICES_HEAD,
    "",
    "Operators have cut more than 200 rural routes since 2019, leaving some communities with none",
    "Councils say a shortfall in fares means more cuts are likely next spring",
    "MARTA OKONJO/NORTHERN PHOTO",
    "",
    "Coastal villages across the county have been left without a bus faster than anywhere "
    "else, an analysis of timetables by the Gazette shows.",
    "",
    "In eleven villages the last service stopped running in the past two years.",
]


def test_notices_addressed_to_the_reader_are_no_paragraph() -> None:
    """Notices that speak to the reader and share no word with the article's lead are not its
    first paragraph: the headline below them does not stand after the article."""
    found = weigh_candidates(NOTICES_PAGE, {}, set(), set())
    head = next(candidate for candidate in found if candidate.text == NOTICES_HEAD)
    assert head.signals["after_body"] == 0.0
    assert normalize_document(clean_text("\n".join(NOTICES_PAGE)))["title"] == NOTICES_HEAD


def test_a_lead_that_speaks_to_the_reader_stays() -> None:
    """An article that opens by speaking to its reader, under its headline, keeps its lead."""
    texts = [HEAD, "If you take the night ferry, your crossing is safe for the winter.", LEAD]
    assert without_notice([1, 2], [_head(0, HEAD)], texts) == [1, 2]


def test_the_core_leaves_out_notices_to_the_reader_as_python_does() -> None:
    assert_same_headline(clean_text("\n".join(NOTICES_PAGE)))


# a science magazine's interview: a notifications label, a login prompt and its consent line
# (the prompt opening with a polite imperative, the consent line saying "вы"), then the
# interview's title, a quotation and the guest's name, over its lead
RU_NOTICES_HEAD = "«Мы научили бактерии собирать пластик»: интервью с Верой Ольховской"
RU_NOTICES_PAGE = [
    "Оповещения",
    "Войдите или создайте профиль, чтобы сохранять статьи, ставить оценки и писать отзывы.",
    "Создавая профиль, вы принимаете условия сайта и разрешаете хранить ваши данные.",
    RU_NOTICES_HEAD,
    "Обозреватель журнала «Ясный опыт» поговорил с заведующей лабораторией Верой Ольховской о "
    "том, как микробы из донного ила перерабатывают плёнку и почему до заводских очистных "
    "сооружений им ещё далеко.",
    "— Вера, как вы пришли к пластику?",
    "— Случайно: мы искали в иле совсем другие бактерии, а нашли те, что едят плёнку.",
]
# the same shape, the first line a story's own sentence and no notice: the lead stays
RU_REPORTED_PAGE = [
    "Оповещения",
    "Строители закончили ремонт моста через Ольшанку, движение откроют в пятницу утром.",
    "Подрядчик сдал работы на неделю раньше срока, сообщили в районной администрации.",
    RU_NOTICES_HEAD,
    *RU_NOTICES_PAGE[4:],
]


def test_russian_notices_addressed_to_the_reader_are_no_paragraph() -> None:
    """A login prompt opening with a polite imperative and its consent line saying "вы" speak
    to the reader: they are no lead, and the interview's title below them is the headline."""
    found = weigh_candidates(RU_NOTICES_PAGE, {}, set(), set())
    head = next(candidate for candidate in found if candidate.text == RU_NOTICES_HEAD)
    assert head.signals["after_body"] == 0.0
    assert normalize_document("\n".join(RU_NOTICES_PAGE))["title"] == RU_NOTICES_HEAD


def test_russian_reported_sentences_above_a_title_stay_paragraphs() -> None:
    """Sentences that report a story, no word of them speaking to the reader, stay the page's
    paragraphs: the title below them stands after the body."""
    found = weigh_candidates(RU_REPORTED_PAGE, {}, set(), set())
    head = next(candidate for candidate in found if candidate.text == RU_NOTICES_HEAD)
    assert head.signals["after_body"] == 1.0


def test_a_russian_lead_that_speaks_to_the_reader_stays() -> None:
    """An article that opens by speaking to its reader in Russian, under its headline, keeps
    its lead."""
    head = "Ночной паром через залив будет ходить всю зиму"
    texts = [
        head,
        "Если вы ездите ночным паромом, ваша переправа зимой сохранится.",
        "Портовое управление во вторник решило оставить ночной рейс на острова до весны.",
    ]
    assert without_notice([1, 2], [_head(0, head)], texts) == [1, 2]


GLUED_HEAD = "Фестиваль фонарей вернулся в Заречье"
GLUED_LEAD = (
    "Жители Заречья в субботу снова прошли с фонарями вдоль реки. Праздник не проводили три "
    "года из-за ремонта набережной. В этом году шествие собрало больше тысячи человек, а "
    "завершилось оно салютом у старой пристани."
)
GLUED_HEAD_PAGE = [
    f"{GLUED_HEAD} {GLUED_LEAD} {GLUED_HEAD}",
    GLUED_HEAD,
    "",
    GLUED_HEAD,
    "",
    GLUED_LEAD,
    "",
    "Ольга Светлова",
    "",
    "Поделиться",
]


def test_a_headline_glued_to_its_lead_above_its_copies_is_no_paragraph() -> None:
    """A line that opens with the headline printed alone below it, the lead run on after it,
    is the page's head and description glued together: the copies below it do not stand after
    the article, and the headline is picked."""
    found = weigh_candidates(GLUED_HEAD_PAGE, {}, set(), set())
    heads = [candidate for candidate in found if candidate.text == GLUED_HEAD]
    assert heads and all(head.signals["after_body"] == 0.0 for head in heads)
    assert normalize_document(clean_text("\n".join(GLUED_HEAD_PAGE)))["title"] == GLUED_HEAD


def test_a_paragraph_opening_with_a_short_label_stays() -> None:
    """A paragraph that opens with the words of a two-word line below it keeps its place."""
    texts = ["Night ferry runs again from the quay tonight.", "Night ferry", LEAD]
    assert without_notice([0, 2], [_head(1, "Night ferry")], texts) == [0, 2]


def test_the_core_leaves_out_a_glued_headline_as_python_does() -> None:
    assert_same_headline(clean_text("\n".join(GLUED_HEAD_PAGE)))


# a city portal's events calendar: its name, a prompt to send in an event (a question over a
# call), the section's label and the blurbs of a film and a play with their show times
CALENDAR_UNDER_A_PROMPT = "\n".join(
    [
        "Афиша недели",
        "",
        "",
        "Есть новость для нас?",
        "Пишите нам!",
        "",
        "Кино и театр",
        "",
        "Белые ночи",
        "",
        "Молодой штурман возвращается в родной посёлок на Белом море и узнаёт, что маяк его деда"
        " хотят закрыть,",
        "",
        "",
        "Сказки бабушки Марфы / Кукольный спектакль о том, как лиса и заяц делили огород,"
        " для детей от трёх лет.",
        "5 мая в 11:00 12 мая в 11:00",
        "Лиса хитрит, заяц трудится, а урожай достаётся тому, кто не ленится. Спектакль идёт"
        " сорок минут.",
    ]
)


def test_a_question_over_a_call_to_the_reader_is_a_prompt_and_no_headline() -> None:
    """A short question right above a call closed by an exclamation mark ("Есть новость для
    нас?" / "Пишите нам!") is the site's prompt: no headline, and a calendar of blurbs has
    none."""
    assert normalize_document(CALENDAR_UNDER_A_PROMPT)["title"] is None
    assert_same_headline(CALENDAR_UNDER_A_PROMPT)


# a town paper's story: its headline a question, the story opening with a one-word cry that
# answers it, then the engineers' report
QUESTION_HEADLINE_OVER_A_CRY = "\n".join(
    [
        "Will the old bridge ever reopen?",
        "",
        "Never!",
        "",
        "That is what the engineers told the council on Tuesday. The bridge has been shut since"
        " the flood of 2019, and repairs would cost more than a new one.",
        "",
        "The council will vote on a new bridge in May.",
    ]
)


def test_a_question_over_a_cry_that_a_sentence_follows_is_a_headline_and_no_prompt() -> None:
    """A short question over a call closed by an exclamation mark that a sentence follows is a
    story's headline over the cry that answers it, no prompt of the site's."""
    row = normalize_document(QUESTION_HEADLINE_OVER_A_CRY)
    assert row["title"] == "Will the old bridge ever reopen?"
    assert "Never!" in row["body"]
    assert_same_headline(QUESTION_HEADLINE_OVER_A_CRY)


# a borough's service page: its skip link, a notification under its close button's label, then
# the page's title and its text
SERVICE_PAGE_UNDER_A_NOTIFICATION = "\n".join(
    [
        "Skip to main content",
        "Close notification",
        "Bin collections over the holidays",
        "",
        "How our depots, libraries and leisure centres change their hours in the last week of the"
        " year.",
        "",
        "Asking for a street party licence",
        "",
        "You can ask for a street party licence if you live on the street and your neighbours"
        " agree. We grant it where:",
        "",
        "  • the road can be closed without blocking a bus route.",
        "  • you apply at least six weeks before the party.",
        "",
        "The highways team will write to tell you whether the road can be closed.",
        "",
        "Page last updated:",
        "3 Mar 2023",
    ]
)


def test_a_notification_under_its_close_label_is_no_headline() -> None:
    """The head and sentence under "Close notification" are the site's notice, no story's: the
    page's own title below them is the headline."""
    row = normalize_document(SERVICE_PAGE_UNDER_A_NOTIFICATION)
    assert row["title"] == "Asking for a street party licence"
    assert_same_headline(SERVICE_PAGE_UNDER_A_NOTIFICATION)


# a district office's page: its skip link, a notification under its close button's Korean
# label, then the page's title and its text
DISTRICT_PAGE_UNDER_A_NOTIFICATION = "\n".join(
    [
        "본문 바로가기",
        "알림 닫기",
        "설 연휴 쓰레기 수거 안내",
        "",
        "연휴 기간 구청과 도서관, 체육센터의 운영 시간이 어떻게 바뀌는지 알려 드립니다.",
        "",
        "주민 텃밭 분양 신청 안내",
        "",
        "구에 사는 주민이면서 아래 조건을 갖추면 텃밭을 신청할 수 있습니다.",
        "",
        "  • 신청일 현재 구에 1년 이상 살고 있을 것.",
        "  • 지난해 텃밭을 분양받지 않았을 것.",
    ]
)


def test_a_notification_under_its_korean_close_label_is_no_headline() -> None:
    """A close button's label is a fixed phrase in each language ("알림 닫기"): the notice
    under it is the site's, and the page's own title below it is the headline."""
    row = normalize_document(DISTRICT_PAGE_UNDER_A_NOTIFICATION)
    assert row["title"] == "주민 텃밭 분양 신청 안내"
    assert_same_headline(DISTRICT_PAGE_UNDER_A_NOTIFICATION)


# a ferry operator's news page whose notification the scraper lost: the close button's label,
# then the story's headline over its lead and the rest of its text
STORY_UNDER_A_LOST_NOTIFICATION = "\n".join(
    [
        "Close notification",
        "Harbour ferry returns after three months in dry dock",
        "",
        "The ferry returned to the east pier on Tuesday after its winter overhaul, the operator"
        " said.",
        "",
        "Crews replaced both engines and painted the hull over the winter.",
    ]
)


def test_a_headline_over_its_lead_under_a_close_label_stays_the_headline() -> None:
    """A head over a sentence with more text below it is a story's headline over its lead,
    though a close button's label stands above it: only the label is the site's."""
    row = normalize_document(STORY_UNDER_A_LOST_NOTIFICATION)
    assert row["title"] == "Harbour ferry returns after three months in dry dock"
    assert_same_headline(STORY_UNDER_A_LOST_NOTIFICATION)


def test_a_headline_below_a_closed_cookie_banner_stays_the_headline() -> None:
    """A close label over a banner's one sentence closes that banner: the headline below it,
    over its day and its story, is the page's."""
    banner = ["Close message", "We use cookies to make our site work better.", ""]
    page = "\n".join([*banner, *PAGE[4:]])
    assert normalize_document(page)["title"] == HEAD
    assert_same_headline(page)


def test_a_close_mark_alone_closes_no_box_over_the_headline() -> None:
    """A close mark alone ("X") closes a pop-up the scraper lost: the line below it is the
    headline."""
    page = "\n".join(["X", "", "Depot hours change over the holidays", "", *PAGE[8:]])
    assert normalize_document(page)["title"] == "Depot hours change over the holidays"


# A harbour paper's story: its headline, a pull quote printed twice, then a lead of one
# sentence; the quotation's box leaves the headline its place.
PULL_QUOTE = "“We will not close the pier while I am mayor, whatever the budget says.”"
PULL_QUOTE_OVER_A_ONE_SENTENCE_LEAD = "\n".join(
    [
        "Harbour Daily",
        "Monday, 3 March 2025",
        "",
        "Pier saved for another year",
        "",
        PULL_QUOTE,
        PULL_QUOTE,
        "Gullpoint's old pier will stay open for another year, the council decided.",
        "",
        "Repairs to the deck will cost about 40,000 pounds and start in April, the engineer said.",
        "Fishermen who moor there welcomed the decision on Monday night.",
    ]
)


def test_a_one_sentence_lead_under_a_pull_quote_printed_twice_keeps_its_headline() -> None:
    """A lead of one short sentence right under a pull quote printed twice reads like its
    speaker's line; the headline above the box stays the page's."""
    assert_page_title(PULL_QUOTE_OVER_A_ONE_SENTENCE_LEAD, "Pier saved for another year")
