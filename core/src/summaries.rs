//! A summary under a headline's dateline (mirrors `normalize/summaries.py`).
//!
//! A wire story or a press review may print, between its dateline and its lead, two or more
//! points each shaped as a headline. They sum up the story that the headline above the
//! dateline heads; they are its decks, not its headline, however much of the lead they repeat.

use std::collections::{BTreeMap, BTreeSet};

use crate::headline::{signal, Candidate};
use crate::page::echo_words;

/// A summary has this many points at least: one line between a dateline and the lead is as
/// often the headline itself, printed below its date, unless it shares a word with the
/// headline above the dateline (a deck says more of its headline's story).
const POINTS: usize = 2;

/// The lines of a summary's points, each with the line of its headline: candidates that
/// fill, two or more in a row (or one that shares a word with the headline), the lines
/// between a dateline block and the lead (`body_start`, a rank among the lines with text),
/// where a headline-shaped candidate stands right above that block, and no two points are
/// copies of one line. The block opens with a dateline or byline (a name line may stand
/// above it) and may hold tool lines and lines no candidate comes from; a caption may stand
/// between the points and the lead. `dated` holds the ranks of the datelines and bylines.
pub fn summary_points(
    candidates: &[Candidate],
    dated: &[i64],
    body_start: usize,
) -> BTreeMap<usize, usize> {
    let by_rank: BTreeMap<usize, &Candidate> =
        candidates.iter().map(|c| (c.placed.order, c)).collect();
    let is_dated = |rank: usize| i64::try_from(rank).is_ok_and(|rank| dated.contains(&rank));
    let mut points = BTreeMap::new();
    for head in candidates {
        let mut below = head.placed.order + 1;
        // a name line no candidate comes from, above its date
        while below < body_start && !by_rank.contains_key(&below) && !is_dated(below) {
            below += 1;
        }
        if !is_dated(below) || !may_head(head) {
            continue;
        }
        while is_dated(below) || (below < body_start && !by_rank.contains_key(&below)) {
            below += 1;
        }
        below = past_tools(below, &by_rank, &is_dated, body_start);
        let mut run: Vec<&Candidate> = Vec::new();
        while let Some(point) = by_rank
            .get(&below)
            .filter(|point| below < body_start && may_head(point))
        {
            run.push(point);
            below += 1;
        }
        let keys: BTreeSet<&str> = run.iter().map(|point| point.placed.key.as_str()).collect();
        let ahead = past_tools(below, &by_rank, &is_dated, body_start);
        // one point alone is a deck when it shares a word with the headline above the block
        let one = run.len() == 1
            && echo_words(&run[0].placed.text).shared_with(&echo_words(&head.placed.text)) > 0;
        if (run.len() >= POINTS || one) && keys.len() == run.len() && ahead == body_start {
            points.extend(
                run.iter()
                    .map(|point| (point.placed.line, head.placed.line)),
            );
        }
    }
    points
}

/// The rank of the first line from `rank` on, above the lead, that is no tool line of a word
/// or two ("Edit", "Send by mail"), no photograph's caption, nor a line that no candidate comes
/// from and no dateline (`_past_tools`).
fn past_tools(
    mut rank: usize,
    by_rank: &BTreeMap<usize, &Candidate>,
    is_dated: &impl Fn(usize) -> bool,
    body_start: usize,
) -> usize {
    while rank < body_start
        && !is_dated(rank)
        && by_rank
            .get(&rank)
            .is_none_or(|candidate| is_tool(candidate))
    {
        rank += 1;
    }
    rank
}

/// A line shorter than a headline, machinery, or a caption (`_is_tool`).
fn is_tool(candidate: &Candidate) -> bool {
    let signals = &candidate.signals;
    signal(signals, "length") < 0.0
        || signal(signals, "machinery") != 0.0
        || signal(signals, "caption") != 0.0
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
