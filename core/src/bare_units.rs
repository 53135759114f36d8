//! A listing's units printed bare, with no date or line of their own between them (Python's
//! `listing_units.bare_units`).

use rustc_hash::FxHashSet;

use crate::digests::is_echoed_by_paragraph;
use crate::echo::LineKeys;
use crate::feeds::is_unit_head;
use crate::headline::Candidate;
use crate::page::EchoWords;

/// A listing's units printed bare, each a head right above one paragraph and the next head
/// right below that paragraph: this many units at least in a row, the longest paragraph at
/// most this many times as long as the shortest.
const BARE_UNITS: usize = 3;
const BARE_SPREAD: f64 = 1.5;

/// The lines of the story heads a listing prints bare: `BARE_UNITS` heads or more in a row,
/// different, each right above one paragraph of comparable length (`BARE_SPREAD`), the next
/// head right below it, the first one's paragraph repeating too few of its words to echo it
/// (a first head so echoed is an article's headline over its lead). An article's headline
/// stands above a lead of several paragraphs, so its head makes no unit with the teasers of
/// other stories printed below it. `words` are the candidates' echo words, `filled` the
/// page's lines with text, in order, and `body` the places among them of the lines shaped
/// like a paragraph.
pub fn bare_units<S: AsRef<str>>(
    candidates: &[Candidate],
    words: &[EchoWords],
    lines: &LineKeys<S>,
    filled: &[usize],
    body: &[usize],
) -> FxHashSet<usize> {
    let paragraphs: FxHashSet<usize> = body.iter().copied().collect();
    let heads: Vec<(&Candidate, &EchoWords)> = candidates
        .iter()
        .zip(words)
        .filter(|(c, _)| is_unit_head(c) && paragraphs.contains(&(c.placed.order + 1)))
        .collect();
    let mut items = FxHashSet::default();
    for run in heads.chunk_by(|(last, _), (head, _)| head.placed.order == last.placed.order + 2) {
        // a first head that its paragraph echoes is an article's headline over its lead
        let start = run
            .iter()
            .position(|(c, w)| !is_echoed_by_paragraph(c, w, lines, filled, 1))
            .unwrap_or(run.len());
        let run = &run[start..];
        let keys: FxHashSet<&str> = run.iter().map(|(c, _)| c.placed.key.as_str()).collect();
        if keys.len() < BARE_UNITS || keys.len() != run.len() {
            continue;
        }
        let told: Vec<usize> = run
            .iter()
            .map(|(c, _)| lines.chars(filled[c.placed.order + 1]))
            .collect();
        let shortest = told.iter().copied().min().unwrap_or(0);
        let longest = told.iter().copied().max().unwrap_or(0);
        if longest as f64 <= BARE_SPREAD * shortest as f64 {
            items.extend(run.iter().map(|(c, _)| c.placed.line));
        }
    }
    items
}
