//! A summary under a headline's dateline (mirrors `normalize/summaries.py`).
//!
//! A wire story or a press review may print, between its dateline and its lead, two or more
//! points each shaped as a headline. They sum up the story that the headline above the
//! dateline heads; they are its decks, not its headline, however much of the lead they repeat.

use std::collections::{BTreeMap, BTreeSet};

use crate::headline::{signal, Candidate};

/// A summary has this many points at least: one line between a dateline and the lead is as
/// often the headline itself, printed below its date.
const POINTS: usize = 2;

/// The lines of a summary's points: candidates that fill, two or more in a row, the lines
/// between a dateline block and the lead (`body_start`, a rank among the lines with text),
/// where a headline-shaped candidate stands right above that block. `dated` holds the ranks
/// of the datelines and bylines.
pub fn summary_points(
    candidates: &[Candidate],
    dated: &[i64],
    body_start: usize,
) -> BTreeSet<usize> {
    let by_rank: BTreeMap<usize, &Candidate> =
        candidates.iter().map(|c| (c.placed.order, c)).collect();
    let is_dated = |rank: usize| i64::try_from(rank).is_ok_and(|rank| dated.contains(&rank));
    let mut points = BTreeSet::new();
    for head in candidates {
        let mut below = head.placed.order + 1;
        if !is_dated(below) || !may_head(head) {
            continue;
        }
        while is_dated(below) {
            below += 1;
        }
        let mut run = Vec::new();
        while let Some(point) = by_rank
            .get(&below)
            .filter(|point| below < body_start && may_head(point))
        {
            run.push(point.placed.line);
            below += 1;
        }
        if run.len() >= POINTS && below == body_start {
            points.extend(run);
        }
    }
    points
}

/// A line of a whole headline's length that is no machinery, sentence, caption or time
/// (`_may_head`).
fn may_head(candidate: &Candidate) -> bool {
    const SHAPE: [&str; 7] = [
        "machinery",
        "site",
        "sentence",
        "caption",
        "dated",
        "after_body",
        "lower_case",
    ];
    signal(&candidate.signals, "length") > 0.0
        && SHAPE
            .iter()
            .all(|name| signal(&candidate.signals, name) == 0.0)
}
