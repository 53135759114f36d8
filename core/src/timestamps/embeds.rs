//! The day of a post embedded inside a story: the embed code of a social post prints its
//! text, then a line that names its author and its day ("Posted by Harbour Bakery on Thursday,
//! May 2, 2024"), deep in the story's body with the story's paragraphs around it (mirrors
//! `normalize/timestamps/embeds.py`).

use rustc_hash::FxHashSet;

use super::datelines::{is_story_paragraph, Dateline, HEAD_BELOW};
use super::lines::lines_under;
use crate::segment::chars;

/// How many lines of text after the post's line are looked at for the story going on.
const STORY_AFTER: usize = 2;
/// How many of the story's paragraphs stand above the post's text at least: a story under way,
/// not a deck over its photograph.
const STORY_BEFORE: usize = 2;

/// The positions among `datelines` of the days labelled as published (no clock time) further
/// below the headline (line `near`) than its head, right under a line of text that is no
/// story's paragraph (the post's own text), with two of the story's paragraphs above that and
/// one in the two lines of text after them: an embedded post's own line inside the story, not
/// a blog's line under its post's last paragraph nor a dateline under a deck and a caption
/// (Python's `embedded_post_days`).
pub fn embedded_post_days(
    datelines: &[Dateline],
    lines: &[&str],
    near: Option<usize>,
) -> FxHashSet<usize> {
    let Some(near) = near else {
        return FxHashSet::default();
    };
    datelines
        .iter()
        .enumerate()
        .filter(|(_, item)| {
            if item.role != "published" || item.reading.shape != "date" {
                return false;
            }
            if item.line <= near + HEAD_BELOW || item.line >= lines.len() {
                return false;
            }
            if !lines[item.line]
                .split_whitespace()
                .any(|word| word.eq_ignore_ascii_case("by"))
            {
                return false; // no poster named: a video's counters
            }
            let above: Vec<&str> = lines[near + 1..item.line]
                .iter()
                .copied()
                .filter(|line| !line.trim_matches(chars::is_space).is_empty())
                .collect();
            let Some((post, story)) = above.split_last() else {
                return false;
            };
            if is_story_paragraph(post) {
                return false; // a blog's post closing on its line
            }
            let before =
                story.iter().filter(|line| is_story_paragraph(line)).count() >= STORY_BEFORE;
            let after = lines_under(lines, item.line, STORY_AFTER)
                .into_iter()
                .any(|at| is_story_paragraph(lines[at]));
            before && after
        })
        .map(|(order, _)| order)
        .collect()
}
