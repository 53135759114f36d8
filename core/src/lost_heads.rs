//! Points a page opens with under a headline it lost (mirrors `normalize/lost_heads.py`): a
//! summary's lines, each opened by a dash, set under the headline (`decks::dash_decks` reads
//! them there), left atop the page when the scrape dropped the headline. None of them is the
//! page's headline.

use crate::headline::Candidate;
use crate::titles::DASHES;

/// The lines of the points a page opens with, two or more candidates in a row from its first
/// line with text, each line opening with a dash: a summary's points set under a headline the
/// page was scraped without (`decks::dash_decks`), none of them its headline.
pub fn headless_points<S: AsRef<str>>(candidates: &[Candidate], lines: &[S]) -> Vec<usize> {
    let mut points = Vec::new();
    for candidate in candidates {
        if candidate.placed.order != points.len()
            || !lines[candidate.placed.line].as_ref().starts_with(DASHES)
        {
            break;
        }
        points.push(candidate.placed.line);
    }
    if points.len() > 1 {
        points
    } else {
        Vec::new()
    }
}
