//! Units closed by one line (mirrors `normalize/closed_units.py`): a listing that closes each
//! story's unit (its head, its deck, its teaser) with the same link ("Continue reading…", "Read
//! the full story"), the units one size apart. Each unit's head is one item of the list, the
//! first unit's as well: it has a closing link of its own, as an article's headline above the
//! list has not.

use rustc_hash::{FxHashMap, FxHashSet};

use crate::echo::LineKeys;
use crate::headline::{signal, Candidate};

/// A closing line printed this many times at least (the first unit's and two more).
const CLOSINGS: usize = 3;
/// The units' sizes in lines with text differ by this many at most (a teaser wrapped on one
/// more line), the first unit's too.
const SIZE_SLACK: usize = 1;

/// The lines of the heads of units each closed by one machinery line (`machinery` holds the
/// places of such lines among the lines with text, `filled` their places in `lines`): the same
/// line printed `CLOSINGS` times or more, its copies one unit's size apart, give or take one; each
/// copy but the last right above a head (a candidate that is no sentence, caption or
/// machinery), and the first copy closing a unit of about that size that opens with a head too
/// (`closed_unit_heads`).
pub fn closed_unit_heads<S: AsRef<str>>(
    candidates: &[Candidate],
    lines: &LineKeys<S>,
    filled: &[usize],
    machinery: &[usize],
) -> FxHashSet<usize> {
    let mut items = FxHashSet::default();
    if machinery.len() < CLOSINGS {
        return items;
    }
    let mut sorted = machinery.to_vec();
    sorted.sort_unstable();
    let mut copies: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    let mut keys: Vec<&str> = Vec::new();
    for &place in &sorted {
        let key = lines.line(filled[place]);
        let entry = copies.entry(key).or_default();
        if entry.is_empty() {
            keys.push(key);
        }
        entry.push(place);
    }
    // the same closing line printed often enough: most pages have none, and no head is weighed
    if keys.iter().all(|key| copies[key].len() < CLOSINGS) {
        return items;
    }
    let heads: FxHashMap<usize, usize> = candidates
        .iter()
        .filter(|c| is_head(c))
        .map(|c| (c.placed.order, c.placed.line))
        .collect();
    for key in keys {
        let places = &copies[key];
        if places.len() < CLOSINGS {
            continue;
        }
        let sizes: Vec<usize> = places.windows(2).map(|pair| pair[1] - pair[0]).collect();
        let (least, most) = (
            *sizes.iter().min().expect("two copies or more"),
            *sizes.iter().max().expect("two copies or more"),
        );
        // the first unit's head, its unit (the head to the first copy) of about their size
        let top = (places[0] + 1) as isize - least as isize;
        let start = (top - SIZE_SLACK as isize).max(0);
        let end = top + SIZE_SLACK as isize + 1;
        let head = (start..end.max(start)).find(|&order| heads.contains_key(&(order as usize)));
        let Some(head) = head else {
            continue;
        };
        if most - least > SIZE_SLACK {
            continue;
        }
        let below: Vec<usize> = places[..places.len() - 1]
            .iter()
            .map(|place| place + 1)
            .collect();
        if below.iter().all(|order| heads.contains_key(order)) {
            items.insert(heads[&(head as usize)]);
            items.extend(below.iter().map(|order| heads[order]));
        }
    }
    items
}

/// Whether a candidate may head a unit: no sentence, caption, machinery or outlet's name
/// (`_is_head`).
fn is_head(candidate: &Candidate) -> bool {
    let signals = &candidate.signals;
    ["sentence", "caption", "machinery", "site", "long"]
        .iter()
        .all(|name| signal(signals, name) == 0.0)
}
