//! A listing's units printed bare, with no date or line of their own between them (Python's
//! `listing_units.bare_units`).

use rustc_hash::FxHashSet;

use crate::digests::is_echoed_by_paragraph;
use crate::echo::LineKeys;
use crate::feeds::is_unit_head;
use crate::headline::Candidate;
use crate::numbered::list_number;
use crate::page::EchoWords;

/// A listing's units printed bare, each a head right above one paragraph and the next head
/// right below that paragraph: this many units at least in a row below the page's first head,
/// the longest paragraph at most this many times as long as the shortest.
const BARE_UNITS: usize = 3;
const BARE_SPREAD: f64 = 1.5;

/// The lines of the story heads a listing prints bare: heads in a row from the page's top,
/// different, each right above one paragraph of comparable length (`BARE_SPREAD`), the next
/// head right below it, and `BARE_UNITS` heads or more below the first. The first head stands
/// where an article's headline stands over its lead, which may tell the story in other words,
/// so it counts for none of them, and is an item only when its paragraph does not echo it.
/// Heads below a paragraph of the page are an article's subheads or the other stories it
/// prints under its lead, a head that asks a question is an interview's or an explainer's,
/// and a numbered one a list's item: they make no listing. `words` are the candidates' echo
/// words, `filled` the page's lines with text, in order, and `body` the places among them of
/// the lines shaped like a paragraph.
pub fn bare_units<S: AsRef<str>>(
    candidates: &[Candidate],
    words: &[EchoWords],
    lines: &LineKeys<S>,
    filled: &[usize],
    body: &[usize],
) -> FxHashSet<usize> {
    let paragraphs: FxHashSet<usize> = body.iter().copied().collect();
    // the place of a head right above the page's first paragraph
    let top = body.iter().min().and_then(|first| first.checked_sub(1));
    let heads: Vec<(&Candidate, &EchoWords)> = candidates
        .iter()
        .zip(words)
        .filter(|(c, _)| {
            is_unit_head(c)
                && paragraphs.contains(&(c.placed.order + 1))
                && !c.placed.text.ends_with(['?', '？'])
                && list_number(lines.filled_line(filled, c.placed.order)).is_none()
        })
        .collect();
    let mut items = FxHashSet::default();
    for run in heads.chunk_by(|(last, _), (head, _)| head.placed.order == last.placed.order + 2) {
        if Some(run[0].0.placed.order) != top || run.len() <= BARE_UNITS {
            continue;
        }
        let keys: FxHashSet<&str> = run.iter().map(|(c, _)| c.placed.key.as_str()).collect();
        // a first head that its paragraph echoes is an article's headline over its lead
        let (first, first_words) = run[0];
        let units = if is_echoed_by_paragraph(first, first_words, lines, filled, 1) {
            &run[1..]
        } else {
            run
        };
        let told: Vec<usize> = units
            .iter()
            .map(|(c, _)| lines.chars(filled[c.placed.order + 1]))
            .collect();
        let shortest = told.iter().copied().min().unwrap_or(0);
        let longest = told.iter().copied().max().unwrap_or(0);
        if keys.len() == run.len() && longest as f64 <= BARE_SPREAD * shortest as f64 {
            items.extend(units.iter().map(|(c, _)| c.placed.line));
        }
    }
    items
}
