//! A date inside a line that introduces what follows, words before the date, the name of the
//! thing it dates right after it and a colon closing the line ("From the August 12, 1983
//! Prairie Ledger:" over an old edition's item): the day of the thing the line names, not the
//! page's. A page's sentence naming itself right under a line a colon closes ("The output
//! looks like this:" over "This entry was posted on …") is an example the page quotes, not its
//! own time (mirrors `normalize/timestamps/introductions.py`).

use std::cell::OnceCell;

use rustc_hash::FxHashSet;

use super::datelines::{line_starts, Dateline};
use super::labels::speaks_of_itself;
use super::pychars::is_space;
use super::TimeError;
use crate::segment::chars::{self, L};

/// The positions among `datelines` of the unlabelled dates inside a line closed by a colon, a
/// word before the date and a word right after it: a heading that introduces an excerpt or a
/// list by the day of the thing it names (Python's `introduced_dates`).
pub fn introduced_dates(datelines: &[Dateline], lines: &[&str]) -> FxHashSet<usize> {
    // where each line starts, counted once a date's line closes with a colon (few do)
    let starts = OnceCell::new();
    let mut found = FxHashSet::default();
    for (order, item) in datelines.iter().enumerate() {
        let Some(text) = lines.get(item.line) else {
            continue;
        };
        let trimmed = text.trim_end_matches(is_space);
        if !item.role.is_empty() || !trimmed.ends_with(':') {
            continue;
        }
        let line: Vec<char> = trimmed.chars().collect();
        let start = starts.get_or_init(|| line_starts(lines))[item.line];
        let colon = line.len() - 1;
        let before = &line[..item.start.saturating_sub(start).min(colon)];
        let after = &line[item.end.saturating_sub(start).min(colon)..colon];
        if has_word(before) && names(after) {
            found.insert(order);
        }
    }
    found
}

/// The positions among `datelines` of the page's sentences naming themselves
/// (`speaks_of_itself`: "This entry was posted on …") on the first line with text under a line
/// a colon closes: an example the page introduces and quotes, a blog theme's footer shown in a
/// lesson ("The output result looks like this:"), not the page's own time (Python's
/// `introduced_examples`).
pub fn introduced_examples(
    datelines: &[Dateline],
    lines: &[&str],
) -> Result<FxHashSet<usize>, TimeError> {
    let starts = OnceCell::new();
    let mut found = FxHashSet::default();
    for (order, item) in datelines.iter().enumerate() {
        if item.role.is_empty() {
            continue;
        }
        let Some(text) = lines.get(item.line) else {
            continue;
        };
        let start = starts.get_or_init(|| line_starts(lines))[item.line];
        let from: String = text
            .chars()
            .skip(item.start.saturating_sub(start))
            .collect();
        if !speaks_of_itself(&from)? {
            continue;
        }
        let above = lines[..item.line]
            .iter()
            .rev()
            .find(|line| !line.trim_matches(is_space).is_empty());
        if above.is_some_and(|line| line.trim_end_matches(is_space).ends_with(':')) {
            found.insert(order);
        }
    }
    Ok(found)
}

/// Whether the characters hold a word of two letters in a row at least (Python's `_WORD`).
fn has_word(text: &[char]) -> bool {
    text.windows(2)
        .any(|pair| chars::is(pair[0], L) && chars::is(pair[1], L))
}

/// Whether the characters open with spaces, then a word of two letters at least: the name of
/// the thing the date is the day of ("… 1983 Prairie Ledger"; not a credit in brackets nor a
/// comma's next field; Python's `_NAMED`).
fn names(text: &[char]) -> bool {
    let spaces = text.iter().take_while(|&&c| is_space(c)).count();
    spaces > 0 && has_word(&text[spaces..text.len().min(spaces + 2)])
}
