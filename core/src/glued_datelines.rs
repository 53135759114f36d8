//! A headline with its own dateline glued after it on one line, as a board, a blog's feed or a
//! page scraped without its markup prints it; the headline is read from the text before the
//! dateline, however long the line runs on; after a scraper's meta date, from the text after it
//! when the line below echoes it whole (mirrors `normalize/glued_datelines.py`).

use std::sync::OnceLock;

use regex::Regex;

use crate::chrome::chrome;
use crate::glued_bylines::head_before_byline;
use crate::glued_decks::before_glued_lead;
use crate::per_thread::per_thread;
use crate::reading_times::READING_TIMES;
use crate::segment::chars;
use crate::timestamps::grammar::{alternation, opens_with_date, space, words};
use crate::timestamps::labels::dated_after_label;
use crate::title_shapes::{is_body_shaped, is_headline_shaped};
use crate::titles::cut_headline;
use crate::updated_heads::update_note_start;

/// Lines longer than this (in characters) hold no headline but one before its glued dateline.
pub const LONGEST_LINE: usize = 500;
/// A glued dateline is looked for among a line's first this many characters.
const DATELINE_WITHIN: usize = 300;

/// What parts the cells of a row of metadata: a label after one opens a cell, not a dateline
/// glued after a headline.
const CELL_SEPARATORS: [char; 7] = ['|', '/', '·', '•', '-', '–', '—'];
/// A date after a publication label is read among this many characters after the label.
const DATE_WITHIN: usize = 40;
/// What may stand between a weekday glued after a headline and its date (Python's
/// `_AFTER_WEEKDAY`).
const AFTER_WEEKDAY: [char; 3] = [' ', ',', '.'];
/// A weekday's short form is this many letters at most: "Sat", "Вт" (Python's `_SHORT_WEEKDAY`).
const SHORT_WEEKDAY: usize = 4;
/// A caption marker after a headline's full stop is looked for among this many characters,
/// more than any marker holds.
const MARKER_WITHIN: usize = 40;

per_thread! {
    /// A scraper's meta date opening a line, the page's day in a machine's form: "date
    /// 2019-11-05 " (Python's `text.META_DATE`).
    fn meta_date() -> Regex {
        Regex::new(r"^date\s+\d{4}-\d\d-\d\d\s+").unwrap_or_else(|e| panic!("{e}"))
    }
}

per_thread! {
    /// A line break printed as markup: a description copied with its markup (Python's
    /// `text.MARKUP_BREAK`).
    fn markup_break() -> Regex {
        Regex::new(r"(?i)<br\s*/?>").unwrap_or_else(|e| panic!("{e}"))
    }
}

per_thread! {
    /// A full stop after a word's last two letters (not an abbreviated month's, "Feb. 21"), and
    /// the spaces after it: where a sentence closes (Python's `_FULL_STOP`, its look-behind
    /// matched as the two letters before the capture `stop`).
    fn full_stop() -> Regex {
        Regex::new(r"\p{L}\p{L}(?P<stop>\.\s+)").unwrap_or_else(|e| panic!("{e}"))
    }
}

per_thread! {
    /// A numeric date and a clock time (a Korean blog's spaced "2011. 5. 2. 08:15" too), maybe
    /// glued to the word before it, or a machine's year-first day and a Korean reporter's byline
    /// after it (Python's look-behind `(?<!\d)` matched as `^` or a non-digit before the capture
    /// `at`, its look-ahead `(?!\p{Hangul})` as the end or a character of another script after
    /// it); or a Korean date label and a date, maybe after the header of a board's author cell
    /// ("작성자 정보 작성일 …") (`_GLUED_DATELINE`).
    fn glued_dateline() -> Regex {
        Regex::new(
            r"(?x)
              (?:^|\D)(?P<at>(?:\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{4}\.\s\d{1,2}\.\s\d{1,2}
                  |\d{1,2}[./]\d{1,2}[./]\d{2,4})
                \.?,?\s+\d{1,2}:\d\d(?::\d\d)?
                | \d{4}[./-]\d{1,2}[./-]\d{1,2}\.?\s+
                  \p{Hangul}{2,4}\s?(?:기자|특파원|논설위원|선임기자)(?:$|\P{Hangul}))
            | (?P<label>\s(?:작성자\s?정보\s)?(?:기사)?(?:작성|등록|입력|수정|게재|송고)(?:일시|일자|시간|일)?\s*[:：]?\s*
                \d{2,4}[./-]\d{1,2})",
        )
        .unwrap_or_else(|e| panic!("{e}"))
    }
}

per_thread! {
    /// A numeric day with its year glued with no space to the letter, closing bracket or
    /// closing quote before it: a headline's day run into its last word when the page lost its
    /// markup ("…at the old mill (PHOTOS)08.12.2019 <body>") (Python's `_GLUED_DAY`, its
    /// look-behind matched as the character before the capture `at`, its look-ahead `(?!\d)` as
    /// the end or a non-digit after it).
    fn glued_day() -> Regex {
        Regex::new(
            r#"[\p{L})\]»”"](?P<at>\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{1,2}-\d{1,2})(?:$|\D)"#,
        )
        .unwrap_or_else(|e| panic!("{e}"))
    }
}

per_thread! {
    /// A page's meta row run into one line: the outlet's name, one capitalised word, then a
    /// clock time and a numeric date (either first), then its rubric and tags ("Kolo 09:47
    /// 14/06/2024 Society …"); no headline, none printed before its time (`_MASTHEAD_ROW`).
    fn masthead_row() -> Regex {
        Regex::new(
            r"(?x)
              ^\p{Lu}[\p{L}\p{N}]*\s+
              (?:\d{1,2}:\d\d\s+\d{1,2}[./]\d{1,2}[./]\d{4}|\d{1,2}[./]\d{1,2}[./]\d{4},?\s+\d{1,2}:\d\d)
              \s+\S",
        )
        .unwrap_or_else(|e| panic!("{e}"))
    }
}

per_thread! {
    /// A wire release's dateline glued after the headline: a place in capitals, its state or
    /// country and the day after a comma, the wire's name between slashes, then a dash
    /// (`_WIRE_RELEASE`).
    fn wire_release() -> Regex {
        Regex::new(
            r"(?x)
              \s\p{Lu}{2,}[\p{Lu}\s.'’-]*  # the place, in capitals
              ,[^/\d]{1,40}\d{1,2}(?:,\s?\d{4})?\s*  # its state or country, and the day
              /\p{L}[\p{L}-]*/\s*(?:--|—|–)  # the wire's name between slashes, then a dash",
        )
        .unwrap_or_else(|e| panic!("{e}"))
    }
}

per_thread! {
    /// A byline's reading time after the headline, glued to its last word or after a space,
    /// with the spaces before the byline's date after it: "…at the old mill1 min read 14 Sep
    /// 2023", each language's fixed label before or after the minutes (Python's
    /// `_READING_TIME`, its look-behind matched as the character before the capture `at`).
    fn reading_time() -> Regex {
        Regex::new(&format!(r"(?ix)\S(?P<at>\s?{READING_TIMES}\s+)"))
            .unwrap_or_else(|e| panic!("{e}"))
    }
}

per_thread! {
    /// A category's Latin name glued with no space after a Hangul headline, before the dateline
    /// glued on after it (Python's `_GLUED_CATEGORY`, its look-behind matched as the Hangul
    /// syllable before the capture `category`).
    fn glued_category() -> Regex {
        Regex::new(r"\p{Hangul}(?P<category>\p{Latin}+)$").unwrap_or_else(|e| panic!("{e}"))
    }
}

per_thread! {
    /// A date with its month in words and its year ("May 14, 2024", "14 May 2024"): one a
    /// scraper prints twice in a row is a dateline (Python's `_WORDED_DATE`).
    fn worded_date() -> Regex {
        Regex::new(r"\p{L}+\.?\s\d{1,2},?\s\d{4}|\d{1,2}\.?\s\p{L}+\.?,?\s\d{4}")
            .unwrap_or_else(|e| panic!("{e}"))
    }
}

per_thread! {
    /// A year's four figures: a doubled date holds two, a line with fewer holds none, a cheap
    /// look before the dates in words are sought (Python's `_YEAR_FIGURES`).
    fn year_figures() -> Regex {
        Regex::new(r"\d{4}").unwrap_or_else(|e| panic!("{e}"))
    }
}

per_thread! {
    /// A section's name of one capitalised word printed after a word of four small letters or
    /// more, before the doubled date (Python's `_SECTION_BEFORE`, its look-behind matched as the letter and
    /// the space before the capture `section`).
    fn section_before() -> Regex {
        Regex::new(r"\p{Ll}{4}\s(?P<section>\p{Lu}\p{Ll}+\s?)$").unwrap_or_else(|e| panic!("{e}"))
    }
}

per_thread! {
    /// A publication label of any language the timestamps grammar knows, after a space or glued
    /// to a letter in small letters (the capture `glued`; the label then opens with a capital,
    /// which `labelled_date_start` checks), with what separates it from its date (Python's
    /// `_publication_label`, its look-around matched so).
    fn publication_label() -> Regex {
        let labels = words()["labels"]["published"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|label| label.as_str());
        let s = space();
        Regex::new(&format!(
            r"(?i)(?:{s}|(?-i:(?P<glued>\p{{Ll}})))(?P<label>{})(?:{s}|[:：.\-]){{0,6}}",
            alternation(labels)
        ))
        .unwrap_or_else(|e| panic!("{e}"))
    }
}

/// The part of the line at this place among the page's lines with text that a headline may be
/// read from: the text before a dateline glued after it, when that text has a headline's shape
/// and the lines next to it have no such dateline (a list prints each of its rows with its
/// time); on the page's first line, a paragraph with nothing above it, the headline before its
/// lead glued on (`before_glued_lead`); else the whole line, or nothing when the line is longer
/// than `LONGEST_LINE` (Python's `headline_part`).
pub fn headline_part<'a>(text: impl Fn(usize) -> &'a str, count: usize, at: usize) -> &'a str {
    let line = text(at);
    if masthead_row().is_match(line) {
        return ""; // a page run into its meta row: the outlet's name, its time, rubric and tags
    }
    if let Some(head) = head_before_byline(line) {
        return head; // a print view's first line: the headline, its writer and e-mail
    }
    if let Some(credited) = before_glued_credit(line) {
        return credited;
    }
    if let Some(before) = before_glued_dateline(line) {
        let mut neighbours = [at.checked_sub(1), Some(at + 1)]
            .into_iter()
            .flatten()
            .filter(|&k| k < count);
        if !neighbours.any(|k| before_glued_dateline(text(k)).is_some()) {
            return before;
        }
    }
    if at == 0 && is_body_shaped(line) {
        if let Some(head) = before_glued_lead(line) {
            return head;
        }
    }
    // a line no longer in bytes has no more characters: only a longer one is counted
    if line.len() <= LONGEST_LINE || line.chars().count() <= LONGEST_LINE {
        line
    } else {
        before_markup_break(line)
    }
}

/// The text before a line's first line break printed as markup among its first
/// `DATELINE_WITHIN` characters, a description copied with its markup onto one line
/// ("<headline><br /><br /><body>"); "" when it has none there (Python's `_before_markup_break`).
fn before_markup_break(line: &str) -> &str {
    markup_break()
        .find(first_chars(line, DATELINE_WITHIN))
        .map_or("", |found| &line[..found.start()])
}

/// The date a paragraph opens with and the headline after it, when a photograph's credit (a
/// caption marker) follows the headline's full stop: a page scraped onto one line, "<date>
/// <headline>. Photo: <source> <body>"; the full stop left off (Python's `_before_glued_credit`).
fn before_glued_credit(line: &str) -> Option<&str> {
    // whether it opens with a date is told first: most lines hold no digit there
    if !opens_with_date(line) || !is_body_shaped(line) {
        return None;
    }
    let stop = full_stop()
        .captures(first_chars(line, DATELINE_WITHIN))?
        .name("stop")?;
    let after = chars::lower(first_chars(&line[stop.end()..], MARKER_WITHIN));
    let credited = chrome()
        .caption_markers
        .iter()
        .any(|marker| after.starts_with(marker.as_str()));
    let head = &line[..stop.start()];
    (credited && is_headline_shaped(&cut_headline(head))).then_some(head)
}

/// An opening bracket a dateline is printed in ("<headline> (17.08.2022 16:45)"): the
/// dateline's own, cut off with it (Python's `_OPENING_BRACKETS`).
const OPENING_BRACKETS: [char; 4] = ['(', '[', '（', '【'];

/// The text before a dateline glued on the line, without a category's Latin name glued on its
/// Hangul, or the opening bracket it is printed in, when it has a headline's shape.
fn before_glued_dateline(line: &str) -> Option<&str> {
    let before = line[..glued_dateline_start(line)?].trim_end_matches(chars::is_space);
    let before = before
        .strip_suffix(OPENING_BRACKETS)
        .map_or(before, |bracketed| {
            bracketed.trim_end_matches(chars::is_space)
        });
    let before = glued_category()
        .captures(before)
        .and_then(|found| found.name("category"))
        .map_or(before, |category| &before[..category.start()]);
    is_headline_shaped(&cut_headline(before)).then_some(before)
}

/// Where a dateline glued on the line starts, among its first `DATELINE_WITHIN` characters:
/// a date and a clock time, a numeric day glued to the word before it, a Korean date label and
/// a date, a publication label and a date, a wire release's dateline, or a date in words
/// printed twice in a row.
fn glued_dateline_start(line: &str) -> Option<usize> {
    let window = first_chars(line, DATELINE_WITHIN);
    if !holds_digit(window) {
        return None; // every dateline prints a day's or a year's digits
    }
    let labelled = labelled_date_start(window);
    let timed = reading_time_start(window);
    // a wire's name stands between slashes: a window without one is not searched
    let wire = memchr::memchr(b'/', window.as_bytes())
        .and_then(|_| wire_release().find(window))
        .map(|found| found.start());
    let doubled = doubled_date_start(window);
    let weekday = glued_weekday_start(window);
    let noted = update_note_start(window); // "<headline> (Updated: Mar 3, 2026 10:12)"
    clocked_dateline_start(window)
        .into_iter()
        .chain(glued_day_start(window))
        .chain(labelled)
        .chain(timed)
        .chain(wire)
        .chain(doubled)
        .chain(weekday)
        .chain(noted)
        .min()
}

per_thread! {
    /// A letter opening a text (what Python's `str.isalpha` says of its first character).
    fn letter() -> Regex {
        Regex::new(r"^\p{L}").unwrap_or_else(|e| panic!("{e}"))
    }
}

/// The timestamps grammar's weekday names, in its order, read from it once: most windows
/// glue no capital to a small letter and never ask for them.
fn weekday_names() -> &'static [&'static str] {
    static NAMES: OnceLock<Vec<&'static str>> = OnceLock::new();
    NAMES.get_or_init(|| {
        words()["weekdays"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|weekday| weekday.as_str())
            .collect()
    })
}

/// Where a weekday printed with a capital, glued to a word in small letters, starts in the
/// text, if one does with a date after it: the page's day glued to its headline's last word,
/// its markup lost; a weekday's short form glued to a word with a capital of its own is the
/// last part of a name, "CubeSat" (Python's `_glued_weekday_start`).
fn glued_weekday_start(window: &str) -> Option<usize> {
    let mut before = None;
    // the word's letters up to `before` print no capital
    let mut small_word = true;
    for (at, char) in window.char_indices() {
        if let Some(before) = before {
            small_word = !chars::is(before, chars::L) || (small_word && !chars::is_upper(before));
        }
        let glued = before.is_some_and(chars::is_lower) && chars::is_upper(char);
        before = Some(char);
        if !glued {
            continue;
        }
        let rest = chars::lower(&window[at..]);
        for weekday in weekday_names() {
            let Some(after) = rest.strip_prefix(weekday) else {
                continue;
            };
            if letter().is_match(after) {
                continue; // a longer word than the weekday: "Sundays"
            }
            if weekday.chars().count() <= SHORT_WEEKDAY && !small_word {
                continue; // a name's last part: "CubeSat"
            }
            if opens_with_date(after.trim_start_matches(AFTER_WEEKDAY)) {
                return Some(at);
            }
        }
    }
    None
}

/// Where a date in words printed twice in a row starts in the text, if one does (at a
/// section's one capitalised word after a word in small letters before it): a scraper's
/// published and modified days run together after the headline (Python's
/// `_doubled_date_start`).
fn doubled_date_start(window: &str) -> Option<usize> {
    year_figures().find_iter(window).nth(1)?;
    worded_date().find_iter(window).find_map(|found| {
        let rest = &window[found.end()..];
        let after = rest.strip_prefix(' ').unwrap_or(rest);
        after.starts_with(found.as_str()).then(|| {
            section_before()
                .captures(&window[..found.start()])
                .and_then(|before| before.name("section"))
                .map_or(found.start(), |section| section.start())
        })
    })
}

/// Where a byline's reading time followed by its date starts in the text, if one does: the
/// byline run into the headline's line (Python's `_reading_time_start`).
fn reading_time_start(window: &str) -> Option<usize> {
    reading_time().captures_iter(window).find_map(|found| {
        let at = found.name("at")?;
        let after = first_chars(&window[at.end()..], DATE_WITHIN);
        dated_after_label(after)
            .unwrap_or(false)
            .then_some(at.start())
    })
}

/// Where a numeric day with its year glued to the letter or closing mark before it starts in
/// the text, if one does.
fn glued_day_start(window: &str) -> Option<usize> {
    let found = glued_day().captures(window)?;
    Some(found.name("at")?.start())
}

/// Where a date and a clock time, or a Korean date label and a date, starts in the text.
fn clocked_dateline_start(window: &str) -> Option<usize> {
    // the match alone is found fastest; its parts only where there is one
    if !may_hold_glued_dateline(window) || !glued_dateline().is_match(window) {
        return None;
    }
    let found = glued_dateline().captures(window)?;
    Some(found.name("at").or_else(|| found.name("label"))?.start())
}

/// Whether `glued_dateline()` can match in the text, told from its bytes: a clock time holds
/// a colon, and a reporter's byline or a Korean date label holds Hangul syllables (U+AC00 to
/// U+D7A3, whose first byte in UTF-8 is 0xEA to 0xED).
fn may_hold_glued_dateline(window: &str) -> bool {
    window
        .bytes()
        .any(|byte| byte == b':' || (0xea..=0xed).contains(&byte))
}

/// Where the first publication label followed by a date the timestamps grammar reads (with or
/// without a clock time or a year) starts in the text, if one does; a label that opens a cell
/// of a row of metadata, after a separator, is no dateline glued on, nor one in small letters
/// after a word in small letters, a sentence's own words ("a letter written on 3 May 1945").
fn labelled_date_start(window: &str) -> Option<usize> {
    publication_label().captures_iter(window).find_map(|found| {
        let whole = found.get(0)?;
        let label = found.name("label")?;
        let start = match found.name("glued") {
            Some(_) if !label.as_str().chars().next().is_some_and(chars::is_upper) => {
                return None;
            }
            Some(glued) => glued.end(),
            None => whole.start(),
        };
        let before = window[..start].trim_end_matches(chars::is_space);
        let opens_cell = before.ends_with(CELL_SEPARATORS);
        let word = before.rsplit(chars::is_space).next().unwrap_or("");
        let prose =
            chars::str_is_lower(word) && label.as_str().chars().next().is_some_and(chars::is_lower);
        let after = first_chars(&window[whole.end()..], DATE_WITHIN);
        let dated = dated_after_label(after).unwrap_or(false);
        (!(opens_cell || prose) && dated).then_some(start)
    })
}

/// Whether the text holds a digit of any script (what `\d` matches).
fn holds_digit(text: &str) -> bool {
    per_thread! {
        fn digit() -> Regex {
            Regex::new(r"\d").unwrap_or_else(|e| panic!("{e}"))
        }
    }
    holds_ascii_digit(text.as_bytes()) || (!text.is_ascii() && digit().is_match(text))
}

/// Whether the bytes hold an ASCII digit, read eight at a time: a byte below 0x80 (its high
/// bit clear) that is above 0x2f and below 0x3a sets the high bit of both sums below
/// (`hasbetween` of Bit Twiddling Hacks), which no carry or borrow crosses.
pub(crate) fn holds_ascii_digit(bytes: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(chunk);
        let word = u64::from_le_bytes(eight);
        let low = word & (0x7f * ONES);
        let below_colon = (0x7f + 0x3a) * ONES - low;
        let above_slash = low + (0x7f - 0x2f) * ONES;
        if below_colon & !word & above_slash & (0x80 * ONES) != 0 {
            return true;
        }
    }
    chunks.remainder().iter().any(u8::is_ascii_digit)
}

/// The text's first characters, at most this many. Its bytes are read eight at a time while
/// the characters they start (the bytes but the continuations, 0b10xxxxxx) are not too many.
pub(crate) fn first_chars(text: &str, count: usize) -> &str {
    if text.len() <= count {
        return text; // no more characters than bytes
    }
    let bytes = text.as_bytes();
    let mut started = 0;
    let mut at = 0;
    while let Some(eight) = bytes.get(at..).and_then(|rest| rest.first_chunk::<8>()) {
        let chunk = u64::from_le_bytes(*eight);
        // a byte's high bit set, the bit below it clear: a continuation
        let continuations = chunk & !(chunk << 1) & 0x8080_8080_8080_8080;
        let starts = 8 - continuations.count_ones() as usize;
        if started + starts > count {
            break;
        }
        started += starts;
        at += 8;
    }
    // on from a character's start, or from inside one: the next start is the first counted
    for (offset, &byte) in bytes[at..].iter().enumerate() {
        if !is_continuation(byte) {
            if started == count {
                return &text[..at + offset];
            }
            started += 1;
        }
    }
    text
}

/// Whether a byte of UTF-8 continues a character (0b10xxxxxx).
fn is_continuation(byte: u8) -> bool {
    byte & 0xc0 == 0x80
}

#[cfg(test)]
mod tests {
    use super::*;

    // (a publication label's dateline needs the languages' facts: tests/test_glued_datelines.py)
    #[test]
    fn ascii_digits_are_found_eight_bytes_at_a_time_as_one_by_one() {
        for byte in 0..=255u8 {
            for at in 0..11 {
                let mut bytes = vec![b'a'; 11];
                bytes[at] = byte;
                let one_by_one = bytes.iter().any(u8::is_ascii_digit);
                assert_eq!(holds_ascii_digit(&bytes), one_by_one, "{byte} at {at}");
            }
        }
        assert!(!holds_ascii_digit("가나다라마바사 /:".as_bytes()));
        assert!(holds_ascii_digit("가나다라마바사 0".as_bytes()));
    }

    #[test]
    fn a_dateline_glued_after_a_headline_is_found_where_it_starts() {
        let cases = [
            ("Choir sings at the old mill 19.12.2016 12:29", Some(28)),
            (
                "Choir sings at the mill2015-03-17 19:05:41 (read on)",
                Some(23),
            ),
            ("‘밤의 서재’ 작별 인사 작성일 03-14 5 목록", Some(33)),
            ("2015-03-17 19:05 Choir sings at the old mill", Some(0)),
            ("Choir sings 12019-03-17 19:05", None),
            ("개헌안 수정 3차례 거쳐", None),
            ("Choir sings at the old mill on 19.12.2016", None),
        ];
        for (line, start) in cases {
            assert_eq!(clocked_dateline_start(line), start, "{line:?}");
        }
        let far = format!("{} 19.12.2016 12:29", "a".repeat(DATELINE_WITHIN));
        for text in [
            far.as_str(),
            "가나다라 마바사 아자차카 타파하",
            "Ёж и ёлка: 12 — «да»",
        ] {
            for count in 0..40 {
                let naive = text
                    .char_indices()
                    .nth(count)
                    .map_or(text, |(end, _)| &text[..end]);
                assert_eq!(first_chars(text, count), naive, "{text:?} {count}");
            }
        }
        assert_eq!(
            clocked_dateline_start(first_chars(&far, DATELINE_WITHIN)),
            None
        );
    }

    #[test]
    fn a_numeric_day_glued_to_the_word_before_it_starts_a_dateline() {
        let cases = [
            (
                "Choir sings at the mill (PHOTOS)08.12.2019 ![]() The",
                Some(32),
            ),
            ("Хор поёт у мельницы»2019-12-08 Хор", Some(37)),
            ("Choir sings at the old mill on 08.12.2019 at noon", None),
            ("Choir sings at the old mill (08.12.20191)", None),
            ("Choir sings at the old mill08.12.19", None),
        ];
        for (line, start) in cases {
            assert_eq!(glued_day_start(line), start, "{line:?}");
        }
    }

    #[test]
    fn a_date_in_words_printed_twice_in_a_row_starts_a_dateline() {
        let doubled = "Fair opens with new barn Community May 14, 2024May 14, 2024News";
        assert_eq!(doubled_date_start(doubled), Some(25));
        assert_eq!(
            doubled_date_start("Fair opens 14 May 2024 14 May 2024"),
            Some(11)
        );
        assert_eq!(
            doubled_date_start("Fair opens May 14, 2024 and closes May 20, 2024"),
            None
        );
    }

    #[test]
    fn a_text_told_without_a_glued_dateline_by_its_bytes_has_none() {
        let texts = [
            "Choir sings at the old mill 19.12.2016 12:29",
            "2015-03-17 김철수 기자 Choir sings",
            "‘밤의 서재’ 작별 인사 작성일 03-14 5 목록",
            "Choir sings at the old mill on 19.12.2016",
            "Хор поёт у мельницы 19.12.2016 в 12.29",
            "개헌안 수정 3차례 거쳐",
        ];
        for text in texts {
            let possible = may_hold_glued_dateline(text);
            assert!(possible || !glued_dateline().is_match(text), "{text:?}");
        }
        assert!(!may_hold_glued_dateline("Хор поёт у мельницы 19.12.2016"));
        assert!(may_hold_glued_dateline("Хор поёт в 12:29"));
    }
}

/// A headline glued after a scraper's meta date has this many words at least: one alone is a
/// section's ("Sports").
const META_HEAD_WORDS: usize = 2;

/// Whether the line at `at` among the page's lines with text (`text` gives them by rank,
/// `count` of them) is a scraper's meta date glued before a headline the line below echoes
/// whole: every word after the date is one of the next line's ("date 2019-11-05 Barn Fire"
/// over "… a burning barn … the fire …"); a widget's or a promo's label glued there names
/// nothing the line below says, and a section's one word ("Sports") is no headline
/// (`echoed_after_meta_date`).
pub fn echoed_after_meta_date<'a>(
    text: impl Fn(usize) -> &'a str,
    count: usize,
    at: usize,
) -> bool {
    if at + 1 >= count {
        return false;
    }
    let line = text(at);
    let Some(opening) = meta_date().find(line) else {
        return false;
    };
    let rest = &line[opening.end()..];
    let words = crate::page::echo_words(rest);
    words.len() >= META_HEAD_WORDS
        && is_headline_shaped(rest)
        && words.shared_with(&crate::page::echo_words(text(at + 1))) == words.len()
}
