//! A page of teasers (mirrors `normalize/cut_teasers.py`): every paragraph of it is cut short
//! by an ellipsis, as a listing, an archive or a tag's page prints the first lines of each
//! story under its head ("Volunteers are needed to lead the crafts..."). An article prints its
//! paragraphs whole, its lead at least. Such a page has no headline of its own: each head on it
//! is one teaser's.

use rustc_hash::FxHashSet;

use crate::echo::LineKeys;
use crate::headline::Candidate;
use crate::segment::chars;
use crate::titles::is_body_shaped;

/// A page of teasers prints this many paragraphs at least, each cut short.
const TEASERS: usize = 2;
/// What cuts a teaser short: an ellipsis closing its paragraph.
const ELLIPSES: [&str; 2] = ["...", "…"];

/// The lines of every candidate when every paragraph of the page (a line with text, `filled`
/// holding their places in `lines`, of a paragraph's shape: `is_body_shaped`), two at least,
/// closes with an ellipsis (Python's `cut_teaser_items`).
pub fn cut_teaser_items<S: AsRef<str>>(
    candidates: &[Candidate],
    lines: &LineKeys<S>,
    filled: &[usize],
) -> FxHashSet<usize> {
    if cuts_every_paragraph(filled.iter().map(|&index| lines.line(index))) {
        candidates.iter().map(|c| c.placed.line).collect()
    } else {
        FxHashSet::default()
    }
}

/// Whether every paragraph of the page, two at least, closes with an ellipsis; the first
/// paragraph printed whole ends the search (Python's `_cuts_every_paragraph`).
fn cuts_every_paragraph<'a>(texts: impl Iterator<Item = &'a str>) -> bool {
    let mut cut = 0;
    for text in texts {
        if !is_body_shaped(text) {
            continue;
        }
        let stripped = text.trim_end_matches(chars::is_space);
        if !ELLIPSES.iter().any(|ellipsis| stripped.ends_with(ellipsis)) {
            return false;
        }
        cut += 1;
    }
    cut >= TEASERS
}
