//! A blog's date header over its post's title (mirrors `normalize/date_headers.py`).
//!
//! Blogger and its kind print the day of a day's posts as a header of its own, the weekday
//! spelled out ("Saturday, August 18, 2012", "четверг, 26 августа 2010 г.", "2012년 8월 18일
//! 토요일"), and the post's title on the next line. That line is the title however the blogger
//! ended it: a full stop, a colon, an ellipsis, small letters, which elsewhere would read as a
//! sentence or a label's lead-in. The header opens the page (no candidate above it) and is its
//! only one: a blog's front page prints a header over each day's posts, whose titles are items,
//! and an article's weekday date under its headline stands over a lead, no title. A header
//! gives the day alone: a site's clock of today prints its time or its weekday in brackets, and
//! what stands under it is the site's menu or its name. A longer line under the header is the
//! post's first paragraph, and a listing's or a digest's first head (`listing`, `feed_item`) is
//! one of its items, no post's title.

use std::sync::OnceLock;

use regex::Regex;

use crate::echo::LineKeys;
use crate::headline::{flag, set_signal, Candidate};
use crate::text::split_words;
use crate::timestamps::grammar::grammar;
use crate::timestamps::lines::prepare;

/// A date header holds this many words at most ("четверг, 26 августа 2010 г.").
const HEADER_WORDS: usize = 6;
/// A post's title under it holds this many words at most; a longer line is its first paragraph.
const TITLE_WORDS: usize = 12;
/// A candidate giving one of these signals is no post's title: machinery, an item, a listing's.
const NO_TITLE: [&str; 4] = ["machinery", "site", "listing", "feed_item"];

/// A clock time or a bracket: a site's clock of today, no date header.
fn clock_or_bracket() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| Regex::new(r"\d[:.]\d\d|[(\[]").expect("a valid pattern"))
}

/// Gives every candidate its `dated_post` signal: 1.0 for the post's title right under the
/// page's one date header, 0.0 for the others. The title reads as no sentence and no line in
/// small letters; one held short (`length`) is left to its length, and gets no `dated_post`.
/// `filled` are the indexes of the page's lines with text, `dated` the places among them of its
/// datelines (Python's `mark_post_title`).
pub fn mark_post_title<S: AsRef<str>>(
    candidates: &mut [Candidate],
    lines: &LineKeys<S>,
    filled: &[usize],
    dated: &[i64],
) -> Result<(), String> {
    let text = |rank: usize| lines.line(filled[rank]);
    let mut headers = Vec::new();
    for &rank in dated {
        let Ok(rank) = usize::try_from(rank) else {
            continue;
        };
        if rank < filled.len() && is_header(text(rank))? {
            headers.push(rank);
        }
    }
    let title = match headers.as_slice() {
        [header] => Some(header + 1),
        _ => None,
    };
    let opens = title.is_some_and(|title| {
        candidates
            .iter()
            .all(|candidate| candidate.placed.order >= title)
    });
    for candidate in candidates.iter_mut() {
        let order = candidate.placed.order;
        let posted = opens
            && Some(order) == title
            && split_words(text(order)).count() <= TITLE_WORDS
            && !candidate
                .signals
                .iter()
                .any(|(name, value)| NO_TITLE.contains(name) && *value != 0.0);
        if posted {
            set_signal(&mut candidate.signals, "sentence", 0.0);
            set_signal(&mut candidate.signals, "lower_case", 0.0);
        }
        // a title held short (two words, no post right below) is left to its length
        let short = candidate
            .signals
            .iter()
            .any(|&(name, value)| name == "length" && value < 0.0);
        candidate
            .signals
            .push(("dated_post", flag(posted && !short)));
    }
    Ok(())
}

/// Whether a dateline's line is a date header: a few words, the weekday among them, no clock
/// time and no bracket (Python's `_is_header`).
fn is_header(text: &str) -> Result<bool, String> {
    if split_words(text).count() > HEADER_WORDS || clock_or_bracket().is_match(text) {
        return Ok(false);
    }
    let low = prepare(text).map_err(|error| error.to_string())?.low;
    grammar()
        .weekday
        .is_match(low.as_str())
        .map_err(|error| error.to_string())
}
