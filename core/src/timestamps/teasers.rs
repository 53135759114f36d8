//! The dates of the teasers a page without a headline prints under its body: the next item's
//! date over its head and lead, or a "main news" block's teaser with its date under its lead.
//! Neither is the date of the body above them (mirrors `normalize/timestamps/teasers.py`).

use rustc_hash::FxHashSet;

use super::datelines::{is_story_paragraph, Dateline};
use crate::segment::chars;
use crate::text::split_words;

/// A teaser's head: at most this many words, and no stop closing it.
const HEAD_WORDS: usize = 15;
/// A teaser's date line: the date, with at most a count or a label beside it.
const DATE_WORDS: usize = 4;
const STOPS: [char; 3] = ['.', '!', '?'];

/// The position among `datelines` of the only unlabelled date of a page without a headline
/// (`near` is None) when it is a teaser's, not the body's: a short line of its own next to a
/// teaser's head and lead, right over them or right under them, with a paragraph of the body
/// above the teaser; a page of several dates is left to the chooser's listing rules (Python's
/// `teaser_dates`).
pub fn teaser_dates(
    datelines: &[Dateline],
    lines: &[&str],
    near: Option<usize>,
) -> FxHashSet<usize> {
    let mut found = FxHashSet::default();
    let mut unlabelled = (0..datelines.len()).filter(|&order| datelines[order].role.is_empty());
    let (Some(order), None, None) = (unlabelled.next(), unlabelled.next(), near) else {
        return found;
    };
    let line = datelines[order].line;
    let filled: Vec<usize> = (0..lines.len())
        .filter(|&index| !lines[index].trim_matches(chars::is_space).is_empty())
        .collect();
    let Some(place) = filled.iter().position(|&index| index == line) else {
        return found;
    };
    if split_words(lines[line]).count() > DATE_WORDS {
        return found;
    }
    let below = &filled[place + 1..(place + 3).min(filled.len())];
    let above = &filled[place.saturating_sub(2)..place];
    let start = if is_teaser(lines, below) {
        line
    } else if is_teaser(lines, above) {
        above[0]
    } else {
        return found;
    };
    let body = filled
        .iter()
        .take_while(|&&index| index < start)
        .any(|&index| is_story_paragraph(lines[index]));
    if body {
        found.insert(order);
    }
    found
}

/// Whether two lines of text are a teaser: a short head with no stop closing it, then a lead
/// (`is_story_paragraph`) (Python's `_is_teaser`).
fn is_teaser(lines: &[&str], pair: &[usize]) -> bool {
    let [head, lead] = pair else {
        return false;
    };
    let head = lines[*head].trim_matches(chars::is_space);
    split_words(head).count() <= HEAD_WORDS
        && !head.ends_with(STOPS)
        && is_story_paragraph(lines[*lead])
}
