//! Dateline labels: the words that say what a time of a line is ("입력", "Posted on",
//! "обновлено"), and the segments of the line they cut, each the time of one label (mirrors
//! `normalize/timestamps/labels.py`).

use std::sync::OnceLock;

use rustc_hash::FxHashSet;
use serde_json::Value;

use super::grammar::{grammar, opens_with_date, words, Marks};
use super::lines::Line;
use super::pattern::{Found, Pattern};
use super::pychars::{has_decimal, is_digit, is_space, key, rstrip, Indexed};
use super::TimeError;
use crate::segment::chars;

/// A label of a line: where it is, its words, and the whole match.
pub struct Label {
    pub start: usize,
    pub end: usize,
    /// Where the label opens: its start, or the start of the word before it that it gives the
    /// time of ("Video posted").
    opens: usize,
    words: String,
}

/// A segment of a line: role, label start, start and end.
pub type Segment = (&'static str, usize, usize, usize);

/// What may stand before a label that starts a dateline: a separator, or the closing mark of a
/// quoted name (a forum's section: "Discussion in 'Pets' started by …"); bars and closing
/// brackets, which the patterns read as spaces, are looked for as printed (`BARS`).
const BEFORE_LABEL: &str = "·•/,;–—->:.'\"»”’";
const BARS: &str = "|)]";
/// How many characters before a label are looked at for what stands there: a label after a
/// gap of this many spaces stands apart as at the start of its line.
const LOOK_BEFORE: usize = 12;
/// Labels trailing their times close the line but for a word or two ("| 조회 12" has a digit):
/// a sentence goes on after its label words for this many words or more.
const TRAIL_REST_WORDS: usize = 3;

/// One capitalised word right before a label, the thing whose time it gives: "News updated".
fn subject_before() -> &'static Pattern {
    static SUBJECT_BEFORE: OnceLock<Pattern> = OnceLock::new();
    SUBJECT_BEFORE.get_or_init(|| {
        let s = super::grammar::space();
        Pattern::new(&format!(r"(?:\A|{s})\p{{Lu}}\p{{Ll}}+{s}\z"))
    })
}

/// The page's words for itself: "this" and a page's word, maybe "was" and "originally" or
/// "first" ("This entry was posted on …", "Эта запись была опубликована …"), on the lowered
/// line (Python's `_SELF_WORDS`).
fn self_words() -> String {
    let s = super::grammar::space();
    format!(
        concat!(
            r"(?<![\p{{L}}\d])(?:this|эта|этот|это|данная|данный|данное){s}+",
            r"(?:entry|post|article|story|page|item|video|release|notice|",
            r"запись|статья|новость|публикация|материал|сообщение|страница|видео){s}+",
            r"(?:(?:was|has{s}+been|была|был|было){s}+)?",
            r"(?:(?:originally|first|первоначально|впервые){s}+)?"
        ),
        s = s
    )
}

/// The page speaking of itself right before its label, its words for itself closing the text
/// before the label (Python's `_SELF_SUBJECT`).
fn self_subject() -> &'static Pattern {
    static SELF_SUBJECT: OnceLock<Pattern> = OnceLock::new();
    SELF_SUBJECT.get_or_init(|| Pattern::new(&format!(r"{}\z", self_words())))
}

/// The page's words for itself opening a text (Python's `_SELF_OPENING`).
fn self_opening() -> &'static Pattern {
    static SELF_OPENING: OnceLock<Pattern> = OnceLock::new();
    SELF_OPENING.get_or_init(|| Pattern::new(&self_words()))
}

/// Whether the text opens with the page's words for itself, as a dateline
/// `dateline_label_start` opens at them does ("This entry was posted on …"; Python's
/// `speaks_of_itself`).
pub fn speaks_of_itself(text: &str) -> Result<bool, TimeError> {
    let low = Indexed::new(chars::lower(text));
    Ok(self_opening().match_at(&low, 0)?.is_some())
}

/// The words of a list of the languages' time words (`name`), as the patterns see them.
pub(super) fn listed(name: &str) -> impl Iterator<Item = String> {
    words()
        .get(name)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(key)
}

/// The labels that say a document was issued ("issued", "delivered on") (Python's
/// `_issue_labels`).
fn issue_labels() -> &'static FxHashSet<String> {
    static ISSUE_LABELS: OnceLock<FxHashSet<String>> = OnceLock::new();
    ISSUE_LABELS.get_or_init(|| listed("issue_labels").collect())
}

/// The words that end a line's words between an issue label and the date it was issued on
/// ("on", "on the") (Python's `_issue_date_words`).
fn issue_date_words() -> &'static [String] {
    static ISSUE_DATE_WORDS: OnceLock<Vec<String>> = OnceLock::new();
    ISSUE_DATE_WORDS.get_or_init(|| listed("issue_date_words").collect())
}

/// Whether a date the grammar reads closes the text after an issue label, spaces and a full
/// stop at most after it, as the patterns see it lower-cased, and the words between the label
/// and the date say the document was issued on it (Python's `_issue_date_closes`).
fn issue_date_closes(label: &str, text: &str) -> Result<bool, TimeError> {
    let g = grammar();
    let low = Indexed::new(chars::lower(text).trim_end_matches([' ', '.']).to_string());
    for pattern in [&g.date, &g.numeric_date, &g.korean_date, &g.month_date] {
        for found in pattern.all(&low)? {
            if found.end() == low.len() && says_issue_date(label, low.slice(0, found.start())) {
                return Ok(true);
            }
        }
    }
    Ok(false)
}

/// Whether the words between an issue label and its date (lower-cased) say the document was
/// issued on that date: there are none, or they end on an issue date's word (Python's
/// `_says_issue_date`).
fn says_issue_date(label: &str, between: &str) -> bool {
    if !between.chars().any(char::is_alphanumeric) {
        return true;
    }
    let said = format!(
        " {} {}",
        key(label),
        between.split_whitespace().collect::<Vec<_>>().join(" ")
    );
    issue_date_words()
        .iter()
        .any(|word| said.ends_with(&format!(" {word}")))
}

/// The labels that count only opening their line right before a date ("update") (Python's
/// `_line_labels`).
fn line_labels() -> &'static FxHashSet<String> {
    static LINE_LABELS: OnceLock<FxHashSet<String>> = OnceLock::new();
    LINE_LABELS.get_or_init(|| listed("line_labels").collect())
}

/// What a line's label may have glued after it: "UPDATE:", "UPDATE：", "Update.".
const AFTER_LINE_LABEL: [char; 3] = [':', '：', '.'];

/// Whether a line's first word, a colon or a full stop after it aside, is a line's label (see
/// `dateline_label_start`), as a site's stamp of its last update prints it ("UPDATE :
/// 2021.11.4 목 18:02", "UPDATE: …") (Python's `opens_with_line_label`).
pub fn opens_with_line_label(text: &str) -> bool {
    text.split(is_space)
        .find(|word| !word.is_empty())
        .is_some_and(|first| line_labels().contains(&key(first.trim_end_matches(AFTER_LINE_LABEL))))
}

/// Where a label word that heads a dateline rather than a sentence ("was published on May
/// 16") starts, or None when it heads none.
///
/// A label counts at the start of its line, after a separator, another timestamp or a quoted
/// name, before a colon, when it is Korean (portals run 입력/수정 together with other page
/// chrome), when it opens a publication window wherever it stands (a news flash's archive note,
/// "The original item was published from 11/15/2022 5:45:48 PM to …": the item's own
/// publication, which a sentence about another thing does not state so), when it says a
/// document was issued and its date closes the line ("The notice issued by the Harbour Board on
/// 4 June 2024."), or after the one capitalised word it says a time of, right before its date
/// or a relative time, maybe past the one word "at" or "on" ("Video posted March 28, 2019 in
/// News by …", "Page last updated at 15:20 GMT, Thursday, 11 June 2009", "… in the flooded village
/// News updated 21 June 2023, 17:42": a caption run into the dateline after it; a writer's name,
/// "Vera Grant Published today at 10:14"); that word then opens the label. A line's label, a word that is also
/// a headline's flag or a digest's name ("Update"), counts only opening its line right before
/// a date ("Update 22-May-2018" under a post; not "Weekly Harbour Update 14-Jul-2025").
fn dateline_label_start(whole: &Line, label: &Found<'_>) -> Result<Option<usize>, TimeError> {
    let start = label.start();
    if line_labels().contains(&key(label.group("label").unwrap_or(""))) {
        let opens = whole.low.slice(0, start).chars().all(is_space);
        let after = whole.text.slice(label.end(), whole.text.len());
        return Ok((opens && opens_with_date(after)).then_some(start));
    }
    let opening = start.saturating_sub(LOOK_BEFORE);
    let before = whole.low.slice(opening, start);
    match rstrip(before).chars().last() {
        None => return Ok(Some(start)),
        Some(last) if BEFORE_LABEL.contains(last) || is_digit(last) => return Ok(Some(start)),
        _ => {}
    }
    if closes_a_timestamp(whole.text.slice(opening, start)) {
        return Ok(Some(start));
    }
    let printed = rstrip(whole.text.slice(opening, start)).chars().last();
    if printed.is_some_and(|last| BARS.contains(last)) {
        return Ok(Some(start));
    }
    let words = label.group("label").unwrap_or("");
    let matched = label.text();
    if matched[words.len()..].contains(':') || matched.contains('：') {
        return Ok(Some(start));
    }
    let hangul = words.chars().next().is_some_and(|first| {
        super::lines::has_hangul(first.encode_utf8(&mut [0; 4])).unwrap_or(false)
    });
    if hangul || grammar().window_labels.contains(&key(words)) {
        return Ok(Some(start));
    }
    let after = whole.text.slice(label.end(), whole.text.len());
    if issue_labels().contains(&key(words)) && issue_date_closes(words, after)? {
        return Ok(Some(start));
    }
    if run_into_line(&whole.text, start) && dated_after_label(after)? {
        return Ok(Some(start));
    }
    let low_head = Indexed::new(whole.low.slice(0, start).to_string());
    if let Some(page) = self_subject().search(&low_head, 0)? {
        if dated_after_weekday(after)? {
            return Ok(Some(page.start())); // the page's own time
        }
    }
    if !dated_after_subject_label(after)? {
        return Ok(None);
    }
    let head = Indexed::new(whole.text.slice(0, start).to_string());
    let Some(subject) = subject_before().search(&head, 0)? else {
        return Ok(None);
    };
    let spaces = subject
        .text()
        .chars()
        .take_while(|&c| super::pychars::is_space(c))
        .count();
    Ok(Some(subject.start() + spaces))
}

/// Whether the text after a label opens with its date (`opens_with_date`), maybe after one
/// filler word and the spaces after it ("the 14 August 2019") (Python's `dated_after_label`).
pub fn dated_after_label(text: &str) -> Result<bool, TimeError> {
    if opens_with_date(text) {
        return Ok(true);
    }
    let low = Indexed::new(chars::lower(text));
    let Some(filler) = grammar().noise_word.match_at(&low, 0)? else {
        return Ok(false);
    };
    let rest = low.slice(filler.end(), low.len());
    Ok(opens_with_date(rest.trim_start_matches(is_space)))
}

/// Whether the text after a label opens with its date (`dated_after_label`), maybe past its
/// weekday and a comma ("Tuesday, April 7th, 2020") (Python's `_dated_after_weekday`).
fn dated_after_weekday(text: &str) -> Result<bool, TimeError> {
    let low = Indexed::new(chars::lower(text));
    let Some(weekday) = grammar().weekday.match_at(&low, 0)? else {
        return dated_after_label(low.slice(0, low.len()));
    };
    let rest = low.slice(weekday.end(), low.len());
    dated_after_label(rest.trim_start_matches([' ', ',']))
}

/// The text after the one word "at" or "on" that may stand between a subject's label and its
/// time ("Page last updated at 15:20 GMT"), or the whole text when it does not open with one
/// (Python's `_TIME_PREPOSITION`).
fn past_time_preposition(text: &str) -> &str {
    let rest = text.trim_start_matches(is_space);
    let Some(word) = rest.get(..2) else {
        return text;
    };
    if !matches!(word.to_ascii_lowercase().as_str(), "at" | "on") {
        return text;
    }
    let after = &rest[2..];
    let spaced = after.trim_start_matches(is_space);
    if spaced.len() < after.len() {
        spaced
    } else {
        text
    }
}

/// Whether the text after a subject's label opens with its time: a digit, a date or a
/// relative time, maybe past the one word "at" or "on" ("at 15:20 GMT, Thursday, 11 June
/// 2009") (Python's `_dated_after_subject_label`).
fn dated_after_subject_label(text: &str) -> Result<bool, TimeError> {
    let after = past_time_preposition(text);
    Ok(after.chars().next().is_some_and(is_digit)
        || opens_with_date(after)
        || opens_with_relative(after)?)
}

/// Whether the text after a label opens with a relative time ("сегодня в 10:14", "2 hours
/// ago"), as a date would (Python's `_opens_with_relative`).
fn opens_with_relative(text: &str) -> Result<bool, TimeError> {
    let low = Indexed::new(chars::lower(text));
    Ok(grammar().relative.match_at(&low, 0)?.is_some())
}

/// Whether a label printed with a capital (its other letters small) follows a word in small
/// letters, glued to it or after a space: a cell of metadata run into the line before it ("…
/// grant roundWritten on the 14 August 2019"), which a sentence does not print so (Python's
/// `_run_into_line`).
fn run_into_line(text: &Indexed, start: usize) -> bool {
    let (Some(first), Some(second)) = (text.at(start), text.at(start + 1)) else {
        return false;
    };
    let before = rstrip(text.slice(0, start)).chars().next_back();
    chars::is_upper(first) && chars::is_lower(second) && before.is_some_and(chars::is_lower)
}

/// Whether a text ends with a clock time: its zone, an abbreviation the grammar knows in two to
/// four capital letters, its half-day word before it at most (the grammar's, apart from a letter
/// before it), or that half-day word alone after the time's digit: another timestamp's end,
/// which a label after it, spaced or glued, heads a dateline after ("Updated 10:15 AM EDT First
/// published …", "… 10:15 AM EDTFirst published …", "Published 10:15 AM Updated 11:40 AM"). A
/// place's capitals after a number are no zone ("the 4 NYC"). Python's `_closes_a_timestamp`.
fn closes_a_timestamp(text: &str) -> bool {
    let mut rest = text.trim_end_matches(' ');
    let caps = rest
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_uppercase())
        .count();
    let g = grammar();
    let abbr = rest[rest.len() - caps..].to_ascii_lowercase();
    let zoned =
        (2..=4).contains(&caps) && (g.zones.contains_key(&abbr) || g.ambiguous.contains_key(&abbr));
    if zoned {
        rest = rest[..rest.len() - caps].trim_end_matches(' ');
    }
    if let Some(head) = g
        .meridiems
        .keys()
        .find_map(|meridiem| without_meridiem(rest, meridiem))
    {
        return head
            .trim_end_matches(' ')
            .chars()
            .last()
            .is_some_and(is_digit);
    }
    zoned && rest.chars().last().is_some_and(is_digit)
}

/// The text before the half-day word that closes it in any case, when no letter comes right
/// before the word; None when the text does not close with it. Python's `_without_meridiem`.
fn without_meridiem<'a>(text: &'a str, meridiem: &str) -> Option<&'a str> {
    let count = meridiem.chars().count();
    let cut = text.char_indices().rev().nth(count.checked_sub(1)?)?.0;
    let (head, tail) = text.split_at(cut);
    let letter_before = head
        .chars()
        .next_back()
        .is_some_and(|c| chars::is(c, chars::L));
    (chars::lower(tail) == meridiem && !letter_before).then_some(head)
}

/// What a dateline label of `labelled_segments` says its time is (see `role`).
pub fn label_role(label: &Label) -> &'static str {
    role(&key(&label.words))
}

/// What a label says its time is: "published", "modified", or "elsewhere" when it is the time
/// of another thing (a forum member's "Joined", an outlet's "Founded", "Page generated").
fn role(label: &str) -> &'static str {
    let g = grammar();
    if g.published_labels.contains(label) {
        "published"
    } else if g.elsewhere_labels.contains(label) {
        "elsewhere"
    } else {
        "modified"
    }
}

/// The dateline labels of a line, and its segments: role, label start, start and end.
pub fn labelled_segments(whole: &Line) -> Result<(Vec<Label>, Vec<Segment>), TimeError> {
    let g = grammar();
    let length = whole.text.len();
    if !whole.marks.has(Marks::LABEL) {
        // no label word: one unlabelled segment
        let segments = if length > 0 {
            vec![("", 0, 0, length)]
        } else {
            Vec::new()
        };
        return Ok((Vec::new(), segments));
    }
    let mut labels = Vec::new();
    for found in g.label.all(&whole.low)? {
        if let Some(opens) = dateline_label_start(whole, &found)? {
            labels.push(Label {
                start: found.start(),
                end: found.end(),
                opens,
                words: found.group("label").unwrap_or("").to_string(),
            });
        }
    }
    if labels_trail(&whole.text, &labels) {
        let segments = trailing_segments(&labels);
        return Ok((labels, segments));
    }
    let mut cuts: Vec<(&'static str, usize, usize)> = Vec::new();
    if labels.first().is_none_or(|first| first.opens > 0) {
        cuts.push(("", 0, 0));
    }
    for label in &labels {
        cuts.push((role(&key(&label.words)), label.opens, label.end));
    }
    let mut segments = Vec::new();
    for (index, &(role, label_start, start)) in cuts.iter().enumerate() {
        let end = cuts.get(index + 1).map_or(length, |next| next.1);
        if start < end {
            segments.push((role, label_start, start, end));
        }
    }
    Ok((labels, segments))
}

/// Whether each label of the line follows its time rather than leading it: two labels or
/// more, a number before every label and none after the last ("2019-12-03 09:12 송고 |
/// 2019-12-03 09:47 최종수정"), and fewer than `TRAIL_REST_WORDS` words after it: a sentence
/// goes on after label words it holds ("2021년 3월 4일에 업데이트 파일 v2가 배포되어 기능이
/// 추가된 이후"). A word after a lone time may be a button ("18:05 수정").
fn labels_trail(text: &Indexed, labels: &[Label]) -> bool {
    let Some(last) = labels.last() else {
        return false;
    };
    let rest = text.slice(last.end, text.len());
    if labels.len() < 2 || has_decimal(rest) {
        return false;
    }
    let rest_words = rest.split(is_space).filter(|w| !w.is_empty());
    if rest_words.take(TRAIL_REST_WORDS).count() >= TRAIL_REST_WORDS {
        return false;
    }
    let mut start = 0;
    labels.iter().all(|label| {
        let before = has_decimal(text.slice(start, label.start));
        start = label.end;
        before
    })
}

/// The segments of a line whose labels follow their times: each from the label before it (or
/// the line's start) to its own label, whose start it gives as the label's.
fn trailing_segments(labels: &[Label]) -> Vec<Segment> {
    let mut start = 0;
    labels
        .iter()
        .map(|label| {
            let segment = (role(&key(&label.words)), label.start, start, label.start);
            start = label.end;
            segment
        })
        .collect()
}
