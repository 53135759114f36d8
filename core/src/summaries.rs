//! A summary under a headline's dateline (mirrors `normalize/summaries.py`).
//!
//! A wire story or a press review may print, between its dateline and its lead, two or more
//! points each shaped as a headline. They sum up the story that the headline above the
//! dateline heads; they are its decks, not its headline, however much of the lead they repeat.
//! A copy of an article's body that lost its head (headline, dateline and byline) may open with
//! such points: they are still decks, and the page has no headline.

use std::collections::{BTreeMap, BTreeSet};

use crate::headline::{signal, Candidate};
use crate::page::EchoWords;
use crate::segment::chars::{is, HANGUL};

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

/// The lines of a summary whose headline the page lost: Korean candidates that open the page,
/// two or more in a row, right above the lead (`body_start`, a rank among the lines with text)
/// with no dateline or byline between. A headline sums up its story, so its lead echoes it more
/// than the decks below it, which each add a point of their own; here the top line shares no
/// word with the lines below it, and the lead echoes it no more than them. Korean pages print
/// their decks as lines of their own, each a clause or a noun phrase shaped as a headline; on
/// pages in other scripts the lines above a headline that are shaped alike are as often a
/// menu's or a category's row the machinery rules let through. `words` holds each candidate's
/// echo words.
pub fn headless_points(
    candidates: &[Candidate],
    words: &[EchoWords],
    body_start: usize,
) -> BTreeSet<usize> {
    let by_rank: BTreeMap<usize, usize> = candidates
        .iter()
        .enumerate()
        .map(|(k, c)| (c.placed.order, k))
        .collect();
    let mut run: Vec<usize> = Vec::new();
    while let Some(&k) = by_rank
        .get(&run.len())
        .filter(|&&k| run.len() < body_start && may_head(&candidates[k]))
    {
        run.push(k);
    }
    let Some((&top, below)) = run.split_first() else {
        return BTreeSet::new();
    };
    if run.len() < POINTS || run.len() != body_start {
        return BTreeSet::new();
    }
    let echo = |k: usize| signal(&candidates[k].signals, "echo");
    if below
        .iter()
        .any(|&k| words[top].shared_with(&words[k]) > 0 || echo(k) < echo(top))
    {
        return BTreeSet::new();
    }
    if !run
        .iter()
        .all(|&k| candidates[k].placed.text.chars().any(|c| is(c, HANGUL)))
    {
        return BTreeSet::new();
    }
    run.iter().map(|&k| candidates[k].placed.line).collect()
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
