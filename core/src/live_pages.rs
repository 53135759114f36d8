//! A live page: one headline over entries each with its own clock time, newest first (mirrors
//! `normalize/live_pages.py`). A live blog or a results night's page prints its headline and a
//! paragraph that opens the story, then entries that each carry a clock time ("1:42 a.m." above
//! a paragraph, "14:05 9.8.2019" above a head). The entries make a list's shape, as a TV
//! grid's or a day archive's do, but there the first entry follows the section's name at once;
//! here the headline has a paragraph of its own above them, so the page is an article and its
//! headline no listing's.

use rustc_hash::FxHashSet;

use regex::Regex;

use crate::echo::LineKeys;
use crate::headline::{signal, Candidate, CLOCK_OR_HOUR};
use crate::per_thread::per_thread;

/// An entry's clock stands on its line or this many lines with text above or below it.
const CLOCK_STEP: usize = 2;
/// What a headline is not: signals that make a candidate a sentence, a caption or machinery.
const NOT_A_HEAD: [&str; 6] = [
    "sentence",
    "long",
    "caption",
    "machinery",
    "site",
    "lower_case",
];

per_thread! {
    /// A line opening with a clock or an hour, maybe after a bullet: an entry's time, alone or
    /// with its date ("1:42 a.m.", "14:05 9.8.2019", "• 08:51"), or the entry's head after it.
    fn clock_line() -> Regex {
        Regex::new(&format!(r"^\s*(?:[•·*-]\s*)?(?:{CLOCK_OR_HOUR})(?:\s|$)"))
            .expect("a valid pattern")
    }
}

/// Whether the page's items are a live page's entries under one headline: every item has a
/// clock time on its line or next to it, and above the first item stands a head that is no
/// item, that the page echoes, with a paragraph (`body`: ranks among `filled`, the page's lines
/// with text) or a sentence of its own between it and the first item. `items` are the lines of
/// the candidates the page prints as a list's.
pub fn is_live_page<S: AsRef<str>>(
    candidates: &[Candidate],
    items: &FxHashSet<usize>,
    lines: &LineKeys<S>,
    filled: &[usize],
    body: &[usize],
) -> bool {
    let text = |order: usize| lines.filled_line(filled, order);
    let has_clock = |at: usize| {
        let last = (at + CLOCK_STEP).min(filled.len().saturating_sub(1));
        (at.saturating_sub(CLOCK_STEP)..=last).any(|k| clock_line().is_match(text(k)))
    };
    let entries: Vec<&Candidate> = candidates
        .iter()
        .filter(|c| items.contains(&c.placed.line))
        .collect();
    if entries.is_empty() || !entries.iter().all(|c| has_clock(c.placed.order)) {
        return false;
    }
    let first = entries.iter().map(|c| c.placed.order).min().unwrap_or(0);
    // the story's opening lines: its paragraphs, and a sentence too short for one (a colon's
    // lead-in to the entries, "The Latest on primary night (all times CDT):")
    let sentences = candidates
        .iter()
        .filter(|c| signal(&c.signals, "sentence") != 0.0)
        .map(|c| c.placed.order);
    let opening: Vec<usize> = body.iter().copied().chain(sentences).collect();
    candidates.iter().any(|c| {
        c.placed.order < first
            && !items.contains(&c.placed.line)
            && signal(&c.signals, "echo") > 0.0
            && NOT_A_HEAD
                .iter()
                .all(|name| signal(&c.signals, name) == 0.0)
            && opening.iter().any(|&k| c.placed.order < k && k < first)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entry_line_opens_with_its_clock() {
        assert!(clock_line().is_match("1:42 a.m."));
        assert!(clock_line().is_match("14:05 9.8.2019"));
        assert!(clock_line().is_match("• 08:51"));
        assert!(!clock_line().is_match("Update 10:15 p.m. EST"));
        assert!(!clock_line().is_match("12.05.2024 14:05"));
    }
}
