//! A channel's header: the name, counters and description that a messenger channel's or a
//! profile's page prints above its posts (mirrors `normalize/channels.py`). Such a page is a
//! feed of posts with no headline of its own, and no line of its header is one.

use std::collections::HashSet;
use std::sync::OnceLock;

use regex::Regex;

use crate::echo::LineKeys;
use crate::headline::Candidate;
use crate::text::split_words;

/// A header prints this many counters in a row at least, each counting a different thing.
const COUNTERS: usize = 3;

/// A counter: a number, maybe shortened to thousands or millions, and one word for what it
/// counts ("842K subscribers", "312 photos", "3.11K videos", "18 видео").
fn counter() -> &'static Regex {
    static COUNTER: OnceLock<Regex> = OnceLock::new();
    COUNTER.get_or_init(|| {
        Regex::new(r"^\s*\d[\d.,]*\s?[KkMmКкМм]?\s+\p{L}+\s*$").expect("a valid pattern")
    })
}

/// The lines of the candidates that a channel's header prints: its name on the line above a
/// run of `COUNTERS` counters or more, and what stands below the counters before the first
/// post's paragraph, with the name's copies elsewhere on the page. `filled` are the page's
/// lines with text, in order, and `body` the places among them of the lines shaped like a
/// paragraph.
pub fn channel_header<S: AsRef<str>>(
    candidates: &[Candidate],
    lines: &LineKeys<S>,
    filled: &[usize],
    body: &[usize],
) -> HashSet<usize> {
    let Some(last) = candidates.last() else {
        return HashSet::new();
    };
    let text = |order: usize| filled.get(order).map_or("", |&i| lines.line(i));
    let mut run: Vec<usize> = Vec::new();
    let mut counted: HashSet<String> = HashSet::new();
    for at in 0..(last.placed.order + 1).min(filled.len()) {
        let counts = counter().is_match(text(at));
        let what = if counts {
            split_words(text(at)).last().unwrap_or("").to_lowercase()
        } else {
            String::new()
        };
        if counts && !counted.contains(&what) {
            run.push(at);
            counted.insert(what);
            continue;
        }
        if run.len() >= COUNTERS {
            break;
        }
        run.clear();
        counted.clear();
        if counts {
            run.push(at);
            counted.insert(what);
        }
    }
    let (Some(&first), Some(&end_of_run)) = (run.first(), run.last()) else {
        return HashSet::new();
    };
    if run.len() < COUNTERS {
        return HashSet::new();
    }
    let end = body
        .iter()
        .copied()
        .find(|&p| p > end_of_run)
        .unwrap_or(filled.len());
    let header: HashSet<&str> = candidates
        .iter()
        .filter(|c| first <= c.placed.order + 1 && c.placed.order < end)
        .map(|c| c.placed.key.as_str())
        .collect();
    candidates
        .iter()
        .filter(|c| header.contains(c.placed.key.as_str()))
        .map(|c| c.placed.line)
        .collect()
}
