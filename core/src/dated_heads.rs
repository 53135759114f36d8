//! A box of other stories' heads, each with its own date right above or right below it and
//! nothing else in its unit (mirrors `normalize/dated_heads.py`), as a "most read" or "latest"
//! box prints them under an article: its heads are a list's items, whether or not the
//! article's words happen to echo one of them. An article's headline stands in a larger unit
//! (its lead, its decks), so it makes no such box with the heads around it.

use rustc_hash::FxHashSet;

use crate::headline::{is_story_head, signal, Candidate};

/// A box is this many different heads at least, each this many words long at least.
const BOX_HEADS: usize = 3;
const BOX_HEAD_WORDS: usize = 3;
/// A unit is a head and its date: the next head stands two lines with text below.
const UNIT: usize = 2;

/// The lines of the heads of a box of them, each at the same step, one line, from a dated line
/// of its own (`dated`: the places of the page's datelines among its lines with text), when
/// `BOX_HEADS` different heads or more follow each other in such units of two lines: a date
/// and a head, then the next date and head.
pub fn dated_heads(candidates: &[Candidate], dated: &[i64]) -> FxHashSet<usize> {
    // each head of a box has a dated line of its own: a page with fewer has no box
    if dated.len() < BOX_HEADS {
        return FxHashSet::default();
    }
    let heads: Vec<&Candidate> = candidates
        .iter()
        .filter(|candidate| {
            is_story_head(candidate, 0.0, BOX_HEAD_WORDS)
                && signal(&candidate.signals, "repeated") == 0.0
                && signal(&candidate.signals, "lower_case") == 0.0
        })
        .collect();
    let mut items = FxHashSet::default();
    for step in [-1_i64, 1] {
        let mut boxes: Vec<Vec<&Candidate>> = Vec::new();
        for &head in &heads {
            if !dated.contains(&(head.placed.order as i64 + step)) {
                continue;
            }
            match boxes.last_mut() {
                Some(last) if last[last.len() - 1].placed.order + UNIT == head.placed.order => {
                    last.push(head);
                }
                _ => boxes.push(vec![head]),
            }
        }
        for found in &boxes {
            let keys: FxHashSet<&str> = found.iter().map(|h| h.placed.key.as_str()).collect();
            if found.len() >= BOX_HEADS && keys.len() == found.len() {
                items.extend(found.iter().map(|head| head.placed.line));
            }
        }
    }
    items
}
