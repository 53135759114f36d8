//! A stamp atop the page that its line's closing pipe joins to the line right over the
//! headline ("Tuesday, 14 May 2024 - 8:15am |" over "Harbour District" over the headline): the
//! article's stamp and its place or section split in two, not a site's clock, which stands
//! alone or runs on to a widget of its bar (mirrors `normalize/timestamps/run_on.py`).

use rustc_hash::FxHashSet;

use super::lines::filled_lines;
use crate::segment::chars;

/// Whether line `line` closes with a pipe that its next line of text, the one right over the
/// headline (line `near`), goes on from, no widget of the page's (`widgets`, their lines): the
/// article's stamp and its place or section split in two ("Thursday, 9 March 2023 - 10:42am |"
/// over "Harbour District"), where a site's clock stands alone or runs on to a widget of its
/// bar ("Subscribe") (Python's `runs_on_to_head`).
pub fn runs_on_to_head(
    lines: &[&str],
    line: usize,
    near: usize,
    widgets: &FxHashSet<usize>,
) -> bool {
    if !lines
        .get(line)
        .is_some_and(|text| text.trim_end_matches(chars::is_space).ends_with('|'))
    {
        return false; // the lines between are counted only under a pipe (few lines close so)
    }
    let mut above = filled_lines(lines, line + 1..near);
    matches!((above.next(), above.next()), (Some(only), None) if !widgets.contains(&only))
}
