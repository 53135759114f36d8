"""A speech's page: the title naming the speech and its speaker is its headline, not the
heading of the speech's own below it, which the first paragraph echoes."""

from __future__ import annotations

from normalize import normalize_document
from normalize.speeches import names_a_speech

# A ministry's newsroom: the speech's title, its day, the speech's own heading, then numbered
# paragraphs whose first repeats the heading's words.
SPEECH_PAGE = "\n".join(
    [
        "Speech by MOS Hana Verdell at the Committee of Supply Debate in Parliament",
        "",
        "Apr 14, 2024",
        "",
        "Cleaner, Safer Water for Every Home",
        "",
        "",
        "1. Mr Chairman, I thank Members for their questions. Keeping water clean and safe for"
        " every household remains a key priority for my Ministry.",
        "",
        "a. We will renew old pipes in the oldest estates.",
        "",
        "2. We will also test water at more taps in schools and clinics.",
    ]
)

# A ministry's page of a debate's speeches: its own title and summary over a list of the
# speeches, each titled by its kind and its speaker.
SPEECHES_LIST_PAGE = "\n".join(
    [
        "Water Budget Debate 2024",
        "",
        "The Minister and the Minister of State set out the ministry's plans for the coming"
        " year at the water budget debate in the assembly on Tuesday, 5 March 2024.",
        "",
        "Here are the full speeches:",
        "",
        'Speech by Minister Hana Verdell on "Clean Water for Every Home"',
        "",
        'Speech by Mr Tomas Oyelaran, Minister of State, on "Pipes That Last"',
    ]
)


def test_a_speech_s_title_over_its_own_heading_is_the_headline() -> None:
    row = normalize_document(SPEECH_PAGE)
    assert row["title"] == (
        "Speech by MOS Hana Verdell at the Committee of Supply Debate in Parliament"
    )


def test_a_list_of_speeches_keeps_its_page_s_title() -> None:
    assert normalize_document(SPEECHES_LIST_PAGE)["title"] == "Water Budget Debate 2024"


def test_a_speech_is_named_by_its_kind_and_the_word_after_it() -> None:
    assert names_a_speech("Remarks at the signing ceremony")
    assert names_a_speech("Обращение главы района к жителям")
    assert names_a_speech("시민의 날 기념식 축사")
    assert not names_a_speech("Speech therapy for toddlers")
    assert not names_a_speech("Residents address the council")
