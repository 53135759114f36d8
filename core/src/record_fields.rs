//! A record's fields: a line that is a label, a colon and one value ("Views: 842"), the lines a
//! page opens with the same labels block after block, and the rows of a table's body (the twin
//! of `normalize/record_fields.py`). They are page machinery or a list's items, none the
//! headline.

use regex::Regex;
use rustc_hash::{FxHashMap, FxHashSet};

use crate::per_thread::per_thread;
use crate::segment::chars;
use crate::title_shapes::is_body_shaped;

/// A field's label: one to five words (its last with a letter), a colon and a space; a clock
/// or a score prints no space after its colon (`_FIELD_LABEL`).
macro_rules! field_label {
    () => {
        r"(?:[^\s:：.!?]+\s+){0,4}[^\s:：.!?]*\p{L}[^\s:：.!?]*\s*[:：]\s+"
    };
}

per_thread! {
    /// A record's field: a label, then one value: a number with its unit or none ("842",
    /// "2 мин"), or a single word ("Kumasi", "633회").
    fn field() -> Regex {
        Regex::new(concat!(
            "^",
            field_label!(),
            r"(?:\p{N}[\p{N}.,]*(?:\s\p{L}{1,6}\.?)?|[\p{L}\p{N}][\p{L}\p{N}-]*)[.,]?$",
        ))
        .expect("a valid pattern")
    }
}

per_thread! {
    /// A field's value that is a whole date, day, month and year ("03-14-2023", "14.03.2023"):
    /// a programme's title closing with its episode's day, as a field is not; a date's own
    /// label makes its line a dateline, which the time reader takes (`_DATE_VALUE`).
    fn date_value() -> Regex {
        Regex::new(r"[:：]\s+\d{1,4}(?:-\d{1,2}-|\.\d{1,2}\.|/\d{1,2}/)\d{1,4}\.?$")
            .expect("a valid pattern")
    }
}

per_thread! {
    /// Fields run together on one line, each a label and a colon, then a number or a date
    /// after a space: a forum poster's card ("Posts: 88 Joined: 04.05.09"), two at least
    /// (`_NUMBER_FIELDS`).
    fn number_fields() -> Regex {
        Regex::new(concat!(
            "^(?:",
            field_label!(),
            r"\p{N}[\p{N}.,/]*\s*){2,}$",
        ))
        .expect("a valid pattern")
    }
}

per_thread! {
    /// A field's label opening its line: a word or up to three, a colon, then its value after
    /// a space ("Records: Season opener for both teams", "Last Week: No games").
    fn opening_label() -> Regex {
        Regex::new(r"^\s*(\p{L}+(?:[ '’]\p{L}+){0,2})\s?[:：]\s+\S").expect("a valid pattern")
    }
}

/// A record printed once per block: its labels each open this many lines at least, and it has
/// this many different labels at least (a form, not a series' one label).
const FIELD_LINES: usize = 3;
const FIELD_LABELS: usize = 2;

/// The lines that are a record's fields, by repetition: the page prints one record per block
/// (a game's "Teams:", "When:", "Where:"), each line opening with a label that opens
/// `FIELD_LINES` lines or more, with `FIELD_LABELS` such labels at least (`repeated_fields`).
pub fn repeated_fields<S: AsRef<str>>(lines: &[S]) -> FxHashSet<usize> {
    // a label's line holds its colon, the line's first, with white space after it: a page with
    // fewer such lines than a record's fields take has no record, told without the pattern
    let colons: Vec<(usize, &str)> = lines
        .iter()
        .map(AsRef::as_ref)
        .enumerate()
        .filter(|(_, line)| spaced_colon(line))
        .collect();
    if colons.len() < FIELD_LINES * FIELD_LABELS {
        return FxHashSet::default();
    }
    let labels: Vec<(usize, String)> = colons
        .into_iter()
        .filter_map(|(index, line)| Some((index, line_label(line)?)))
        .collect();
    let mut counts: FxHashMap<&str, usize> = FxHashMap::default();
    for (_, label) in &labels {
        *counts.entry(label.as_str()).or_default() += 1;
    }
    let repeated: FxHashSet<&str> = counts
        .into_iter()
        .filter(|&(_, count)| count >= FIELD_LINES)
        .map(|(label, _)| label)
        .collect();
    if repeated.len() < FIELD_LABELS {
        return FxHashSet::default();
    }
    labels
        .iter()
        .filter(|(_, label)| repeated.contains(label.as_str()))
        .map(|&(index, _)| index)
        .collect()
}

per_thread! {
    /// A label alone on its line: one to four words and a colon, its value on the lines below
    /// ("Water Level:", "Tip of the Week:") (`_BARE_LABEL`).
    fn bare_label() -> Regex {
        Regex::new(r"^\s*\p{L}+(?:[ '’]\p{L}+){0,3}\s?[:：]\s*$").expect("a valid pattern")
    }
}

/// A report of fields prints this many labels alone on their lines at least (one is a
/// kicker's or a lead-in's).
const BARE_LABELS: usize = 2;

/// The lines that are a report's values under their labels: the lines with text between two
/// labels alone on their lines, none of them a paragraph; what stands under the last label, or
/// over a paragraph under a label, may be the page's own. A title field's label is left to
/// that field's rule (`label_values`).
pub fn label_values<S: AsRef<str>>(lines: &[S]) -> FxHashSet<usize> {
    let labels: Vec<usize> = (0..lines.len())
        .filter(|&index| {
            let line = lines[index].as_ref();
            // a label closes its line with its colon, white space after it at most: most
            // lines are told apart by their last character before the pattern runs
            line.trim_end().ends_with([':', '：'])
                && bare_label().is_match(line)
                && !crate::subjects::is_title_label(line)
        })
        .collect();
    let mut values = FxHashSet::default();
    if labels.len() < BARE_LABELS {
        return values;
    }
    for pair in labels.windows(2) {
        let between: Vec<usize> = (pair[0] + 1..pair[1])
            .filter(|&index| !chars::strip(lines[index].as_ref()).is_empty())
            .collect();
        if !between
            .iter()
            .any(|&index| is_body_shaped(lines[index].as_ref()))
        {
            values.extend(between);
        }
    }
    values
}

/// What a table's separator row under its header is made of ("---|---|", "| :--- | ---: |").
fn is_separator_char(c: char) -> bool {
    matches!(c, '|' | ':' | '-' | ' ' | '\t')
}

/// The lines of a table's body: those with a bar below a separator row ("---|---|"), up to a
/// line with text and no bar, or past a blank line one with other bars than the separator's
/// (the page's own "Fair opens | Marsh Gazette" under a list). They hold a record's fields or a
/// list's rows, none the headline; a title printed as a table is its header row (`table_body`).
pub fn table_body<S: AsRef<str>>(lines: &[S]) -> FxHashSet<usize> {
    let mut body = FxHashSet::default();
    let (mut bars, mut blank) = (0, false); // the separator row's bars inside a table, none outside
    for (index, line) in lines.iter().enumerate() {
        let text = line.as_ref().trim();
        if text.contains('|') && text.contains("---") && text.chars().all(is_separator_char) {
            bars = text.matches('|').count();
        } else if bars > 0 && text.contains('|') && (!blank || text.matches('|').count() == bars) {
            body.insert(index);
        } else if !text.is_empty() {
            bars = 0;
        }
        blank = text.is_empty();
    }
    body
}

/// The label opening a line before its colon, in small letters (`opening_label()`).
pub fn line_label(line: &str) -> Option<String> {
    if !spaced_colon(line) {
        return None;
    }
    let found = opening_label().captures(line)?;
    Some(found.get(1)?.as_str().to_lowercase())
}

/// Whether the line's first colon, ASCII or full-width, is followed by white space (`\s`), as
/// in what `opening_label()` matches: its label's words hold no colon.
fn spaced_colon(line: &str) -> bool {
    let bytes = line.as_bytes();
    for at in memchr::memchr2_iter(b':', 0xEF, bytes) {
        let rest = if bytes[at] == b':' {
            &line[at + 1..]
        } else if let Some(rest) = line[at..].strip_prefix('：') {
            rest
        } else {
            continue;
        };
        return rest.chars().next().is_some_and(char::is_whitespace);
    }
    false
}

/// Whether the line is a record's field, read out: a label of a few words, a colon, and one
/// value, a number (with its unit) or a word ("Views: 842", "조회수 : 633회"); a headline
/// after a colon says more than one word, and a whole date after it makes a title with its
/// day (`date_value()`); or several fields of numbers on one line (`number_fields()`)
/// (`is_field`).
pub fn is_field(text: &str) -> bool {
    let text = text.trim_matches(chars::is_space);
    if field().is_match(text) {
        return !date_value().is_match(text);
    }
    let colons = text.matches([':', '：']).count();
    colons >= 2 && number_fields().is_match(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_s_line_has_white_space_after_its_first_colon() {
        let lines = [
            "Teams: Riverside at Hillcrest",
            "  Last Week： No games",
            "Kickoff 19:30: Riverside at Hillcrest",
            "Ends at 19:30",
            "Note:no space",
            "No colon at all",
            "",
        ];
        for line in lines {
            let possible = spaced_colon(line);
            assert!(possible || !opening_label().is_match(line), "{line:?}");
        }
        assert!(spaced_colon("Teams: Riverside"));
        assert!(spaced_colon("Last Week：\u{a0}No games"));
        assert!(!spaced_colon("Ends at 19:30"));
        assert!(!spaced_colon("Kickoff 19:30: Riverside"));
    }
}
