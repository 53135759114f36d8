//! An issue's title: a bulletin's or a newsletter's name and the day of its issue after a
//! dash, "Parish Bulletin - 4 September 2021". A reader takes the whole line as the title; in
//! the headline's place it stays a candidate, and its own day is no dateline's. The name is
//! words: a dateline's label, a section's or a menu's item is no publication's name (mirrors
//! `normalize/issue_titles.py`).

use std::sync::OnceLock;

use regex::Regex;
use rustc_hash::FxHashSet;

use crate::chrome::{chrome, line_key};
use crate::per_thread::per_thread;
use crate::segment::chars::{self, is, L};
use crate::timestamps::grammar::words;
use crate::title_shapes::is_body_shaped;

per_thread! {
    /// A dash set off by spaces, between the name and the issue's day (Python's `_DASH`).
    fn dash() -> Regex {
        Regex::new(r"\s+[-–—]\s+").unwrap_or_else(|e| panic!("{e}"))
    }
}

per_thread! {
    /// A word of a date: letters or figures (Python's `_DATE_TOKEN`).
    fn date_token() -> Regex {
        Regex::new(r"[\p{L}\p{N}]+").unwrap_or_else(|e| panic!("{e}"))
    }
}

per_thread! {
    /// A number with a day's or a year's ending ("6th", "2026년") (Python's `_NUMBER`).
    fn number() -> Regex {
        Regex::new(r"^(?:\d{1,4}(?:st|nd|rd|th|년|월|일|г)?)$").unwrap_or_else(|e| panic!("{e}"))
    }
}

per_thread! {
    /// A month's number in Korean ("3월") (Python's `_MONTH_NUMBER`).
    fn month_number() -> Regex {
        Regex::new(r"^(?:\d{1,2}월)$").unwrap_or_else(|e| panic!("{e}"))
    }
}

per_thread! {
    /// A day in figures alone ("2021-09-04", "04.09.2021") (Python's `_NUMERIC_DATE`).
    fn numeric_date() -> Regex {
        Regex::new(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}").unwrap_or_else(|e| panic!("{e}"))
    }
}

/// The marks that part a breadcrumb's or a corner's trail, none in a publication's name
/// (Python's `_TRAIL_MARKS`).
const TRAIL_MARKS: &str = "|/>»<«·•";

/// A year's Russian abbreviation and word beside a date (Python's `_YEAR_WORDS`).
const YEAR_WORDS: [&str; 3] = ["г", "года", "год"];

/// The month names and weekdays of every language the timestamps grammar knows.
fn day_words() -> &'static FxHashSet<String> {
    static WORDS: OnceLock<FxHashSet<String>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut found: FxHashSet<String> = YEAR_WORDS.iter().map(|w| w.to_string()).collect();
        for field in ["months", "weekdays"] {
            match &words()[field] {
                serde_json::Value::Object(table) => found.extend(table.keys().cloned()),
                serde_json::Value::Array(list) => {
                    found.extend(list.iter().filter_map(|w| w.as_str()).map(str::to_string))
                }
                _ => {}
            }
        }
        found
    })
}

/// The publication, update and other dates' labels of every language, as line keys.
fn date_labels() -> &'static FxHashSet<String> {
    static LABELS: OnceLock<FxHashSet<String>> = OnceLock::new();
    LABELS.get_or_init(|| {
        words()["labels"]
            .as_object()
            .into_iter()
            .flat_map(|roles| roles.values())
            .filter_map(|role| role.as_array())
            .flatten()
            .filter_map(|label| label.as_str())
            .map(line_key)
            .collect()
    })
}

/// Whether the text is a date and nothing else: numbers, month names, weekdays; a month
/// among them, named or in figures (Python's `is_date_alone`).
pub fn is_date_alone(text: &str) -> bool {
    if !text.chars().any(chars::is_digit) {
        return false;
    }
    let lowered = chars::lower(text);
    let number = number();
    let tokens: Vec<&str> = date_token()
        .find_iter(&lowered)
        .map(|token| token.as_str())
        .collect();
    let months = words()["months"].as_object();
    let month_number = month_number();
    !tokens.is_empty()
        && tokens
            .iter()
            .all(|token| day_words().contains(*token) || number.is_match(token))
        && (tokens.iter().any(|token| {
            months.is_some_and(|table| table.contains_key(*token)) || month_number.is_match(token)
        }) || numeric_date().is_match(text))
}

/// Whether the line is a publication's name and its issue's day after a dash (Python's
/// `is_issue_title`).
pub fn is_issue_title(line: &str) -> bool {
    if !holds_spaced_dash(line) {
        return false;
    }
    let Some(found) = dash().find(line) else {
        return false;
    };
    let name = chars::strip(&line[..found.start()]);
    let day = chars::strip(&line[found.end()..]);
    let key = line_key(name);
    let first = name.chars().next();
    !key.is_empty()
        && first.is_some_and(|c| is(c, L) && !chars::is_lower(c))
        && !name.ends_with([':', '：'])
        && !name.chars().any(|c| TRAIL_MARKS.contains(c)) // a trail's parts: "Corner | Corner"
        && !date_labels().contains(&key)
        && !chrome().menu_items.contains(&key)
        && is_date_alone(day)
}

/// Whether the line holds a dash with white space right before and after it, as every match
/// of `dash` does: most lines hold none, told by their bytes without the pattern.
fn holds_spaced_dash(line: &str) -> bool {
    let bytes = line.as_bytes();
    memchr::memchr2_iter(b'-', 0xe2, bytes).any(|at| {
        // '-' is one byte; '–' and '—' are three, opening with 0xe2
        let width = match bytes.get(at + 1..at + 3) {
            _ if bytes[at] == b'-' => 1,
            Some([0x80, 0x93 | 0x94]) => 3,
            _ => return false,
        };
        let spaced_before = line[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_whitespace);
        spaced_before
            && line[at + width..]
                .chars()
                .next()
                .is_some_and(char::is_whitespace)
    })
}

/// Whether the line of that rank among the lines with text is an issue's title in the
/// headline's place: no paragraph of the page above it (Python's `is_issue_title_line`).
pub fn is_issue_title_line<'a>(text: impl Fn(usize) -> &'a str, rank: usize) -> bool {
    is_issue_title(text(rank)) && !(0..rank).any(|k| is_body_shaped(text(k)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_spaced_dash_is_held_where_the_pattern_finds_one() {
        let lines = [
            "Parish Bulletin - 4 September 2021",
            "Harbour Notes\u{a0}–\u{2003}May 2024",
            "Weekly Letter — 12 March",
            "well-known “quoted” words",
            "a dash -at the start of a word",
            "a dash at the end- of one",
            "-",
            " - ",
            "ends with a dash —",
            "— opens with one",
            "тире\u{3000}—\u{3000}между",
            "",
        ];
        for line in lines {
            assert_eq!(holds_spaced_dash(line), dash().is_match(line), "{line:?}");
        }
    }
}
