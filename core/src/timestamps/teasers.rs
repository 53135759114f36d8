//! The dates of the teasers a page without a headline prints under its body: the next item's
//! date over its head and lead, or a "main news" block's teaser with its date under its lead.
//! Neither is the date of the body above them (mirrors `normalize/timestamps/teasers.py`).

use rustc_hash::{FxHashMap, FxHashSet};

use super::datelines::{is_story_paragraph, Dateline};
use super::lines::filled_lines;
use crate::segment::chars;
use crate::text::split_words;

/// A teaser's head: at most this many words, and no stop closing it.
const HEAD_WORDS: usize = 15;
/// A teaser's date line: the date, with at most a count or a label beside it.
const DATE_WORDS: usize = 4;
const STOPS: [char; 3] = ['.', '!', '?'];
/// A listing: at least this many teasers in a row, each head a title of this many words.
const LISTED: usize = 3;
const TITLE_WORDS: usize = 3;

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
    let Some((order, filled, place)) = lone_date(datelines, lines, near) else {
        return found;
    };
    let line = filled[place];
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

/// The position among `datelines` of the only unlabelled date of a page without a headline
/// (`near` is None) when `LISTED` teasers or more follow it in a row, each a head and its lead
/// (`is_story_teaser`), right under its line: a day archive's or a writer's page's list of
/// stories, whose day or whose site's today it is, no article's (Python's `listing_days`).
pub fn listing_days(
    datelines: &[Dateline],
    lines: &[&str],
    near: Option<usize>,
) -> FxHashSet<usize> {
    let mut found = FxHashSet::default();
    let Some((order, filled, place)) = lone_date(datelines, lines, near) else {
        return found;
    };
    let under = &filled[place + 1..(place + 1 + 2 * LISTED).min(filled.len())];
    let listed = (0..LISTED).all(|item| match under.get(2 * item..2 * item + 2) {
        Some(pair) => is_story_teaser(lines, pair),
        None => false,
    });
    if listed {
        found.insert(order);
    }
    found
}

/// The position among `datelines` of the only unlabelled date of a page without a headline
/// (`near` is None), the ranks of the page's lines with text, and the date's line's place
/// among them; None on a page with a headline, with several such dates or none (Python's
/// `_lone_date`).
fn lone_date(
    datelines: &[Dateline],
    lines: &[&str],
    near: Option<usize>,
) -> Option<(usize, Vec<usize>, usize)> {
    let mut unlabelled = (0..datelines.len()).filter(|&order| datelines[order].role.is_empty());
    let (Some(order), None, None) = (unlabelled.next(), unlabelled.next(), near) else {
        return None;
    };
    let filled: Vec<usize> = filled_lines(lines, 0..lines.len()).collect();
    let place = filled
        .iter()
        .position(|&index| index == datelines[order].line)?;
    Some((order, filled, place))
}

/// Whether two lines of text are a story's teaser (`is_teaser`) whose head is a title of
/// `TITLE_WORDS` words or more (a digest's item under its word is the post's own) and whose
/// lead opens with no small letter (Python's `_is_story_teaser`).
fn is_story_teaser(lines: &[&str], pair: &[usize]) -> bool {
    let [head, lead] = pair else {
        return false;
    };
    is_teaser(lines, pair)
        && split_words(lines[*head]).count() >= TITLE_WORDS
        && !opens_small(lines[*lead])
}

/// Whether a line's first letter is a small one (Python's `_opens_small`).
fn opens_small(text: &str) -> bool {
    text.chars()
        .find(|&c| chars::is(c, chars::L))
        .is_some_and(chars::is_lower)
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

/// A frame's line with each run of figures as one "0": a count in a list item's frame, which
/// each item prints its own of (Python's `_FIGURES`).
fn without_figures(text: &str) -> String {
    let mut kept = String::with_capacity(text.len());
    let mut in_figures = false;
    for c in text.chars() {
        let figure = chars::is(c, chars::ND);
        if !figure {
            kept.push(c);
        } else if !in_figures {
            kept.push('0');
        }
        in_figures = figure;
    }
    kept
}

/// The positions among `datelines` of the unlabelled times of a page without a headline
/// (`near` is None) that are a list's items: two times whose lines are framed alike, the first
/// line of text under one printing the same words as the first under the other, its figures
/// aside (each item's own count: "1 min" under one, "2 min" under the next), and every
/// unlabelled time from the first of them on, whether each is read or not (Python's
/// `framed_dates`).
pub fn framed_dates(
    datelines: &[Dateline],
    lines: &[&str],
    near: Option<usize>,
) -> FxHashSet<usize> {
    let mut found = FxHashSet::default();
    if near.is_some() {
        return found;
    }
    let filled: Vec<usize> = filled_lines(lines, 0..lines.len()).collect();
    let under: FxHashMap<usize, String> = filled
        .windows(2)
        .map(|pair| {
            let text = lines[pair[1]].trim_matches(chars::is_space);
            (pair[0], without_figures(text))
        })
        .collect();
    let unlabelled: Vec<(usize, usize)> = (0..datelines.len())
        .filter(|&order| datelines[order].role.is_empty())
        .map(|order| (order, datelines[order].line))
        .collect();
    let mut framing: FxHashMap<&str, usize> = FxHashMap::default();
    let distinct: FxHashSet<usize> = unlabelled.iter().map(|&(_, line)| line).collect();
    for line in distinct {
        if let Some(text) = under.get(&line) {
            *framing.entry(text.as_str()).or_default() += 1;
        }
    }
    let first = unlabelled.iter().map(|&(_, line)| line).find(|line| {
        under
            .get(line)
            .is_some_and(|text| framing.get(text.as_str()).is_some_and(|&count| count > 1))
    });
    let Some(first) = first else {
        return found;
    };
    found.extend(
        unlabelled
            .iter()
            .filter(|&&(_, line)| line >= first)
            .map(|&(order, _)| order),
    );
    found
}
