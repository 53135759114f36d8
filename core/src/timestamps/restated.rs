//! A day printed again a few lines under the article's own, in another notation ("Tuesday,
//! May 7, 2019" under a notice's title, "Notice 5-7-19" over its body): the same
//! day restated, not the next teaser's date, which a list prints from one pattern (mirrors
//! `normalize/timestamps/restated.py`).

use rustc_hash::FxHashSet;

use super::datelines::{line_starts, Dateline};
use crate::segment::chars::{self, L};

/// How many lines under the article's day its restatement stands, at most (Python's `_WITHIN`).
const WITHIN: usize = 6;

/// The positions among `datelines` of the unlabelled days under the headline (at line `near`)
/// that read the same day as an unlabelled date a few lines above them, one of the two
/// spelling its month in letters and the other in digits alone (Python's `restated_days`).
pub fn restated_days(
    datelines: &[Dateline],
    lines: &[&str],
    near: Option<usize>,
) -> FxHashSet<usize> {
    let mut found = FxHashSet::default();
    let Some(near) = near else {
        return found;
    };
    let day = |item: &Dateline| {
        item.role.is_empty()
            && item.line > near
            && item.reading.value.is_some()
            && item.reading.precision == Some("day")
    };
    if datelines.iter().filter(|item| day(item)).count() < 2 {
        return found;
    }
    let starts = line_starts(lines);
    let spelled = |item: &Dateline| {
        let start = starts[item.line];
        lines.get(item.line).is_some_and(|line| {
            line.chars()
                .skip(item.start.saturating_sub(start))
                .take(item.end.saturating_sub(item.start))
                .any(|c| chars::is(c, L))
        })
    };
    for (order, item) in datelines.iter().enumerate() {
        if !day(item) {
            continue;
        }
        let restated = datelines[..order].iter().any(|earlier| {
            day(earlier)
                && earlier.line < item.line
                && item.line - earlier.line <= WITHIN
                && earlier.reading.value == item.reading.value
                && spelled(earlier) != spelled(item)
        });
        if restated {
            found.insert(order);
        }
    }
    found
}
