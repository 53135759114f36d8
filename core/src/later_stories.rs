//! A second story's head (the twin of `normalize/later_stories.py`): a page that prints a story
//! without its headline, then another story under its own head. That head stands below the
//! first story's paragraphs, none of which shares a word with it, and heads its own lead: the
//! page's headline was lost, and it is no substitute.

use rustc_hash::FxHashSet;

use crate::echo::LineKeys;
use crate::headline::Candidate;
use crate::page::EchoWords;

/// The story above is this many paragraphs at least: a notice or a teaser above a headline is
/// fewer.
const STORY_PARAGRAPHS: usize = 3;

/// The lines of candidates that head a later story (`words` their echo words, `body` the ranks
/// of the page's paragraphs among its lines with text, `filled` their places in `lines`):
/// `STORY_PARAGRAPHS` paragraphs at least above it, none sharing a word with it, and a
/// paragraph right under it that does, its own lead (`later_story_heads`).
pub fn later_story_heads<S: AsRef<str>>(
    candidates: &[Candidate],
    words: &[EchoWords],
    lines: &LineKeys<S>,
    filled: &[usize],
    body: &[usize],
) -> FxHashSet<usize> {
    let mut found = FxHashSet::default();
    for (candidate, head_words) in candidates.iter().zip(words) {
        let order = candidate.placed.order;
        let above: Vec<usize> = body.iter().copied().filter(|&rank| rank < order).collect();
        if above.len() < STORY_PARAGRAPHS || !body.contains(&(order + 1)) {
            continue;
        }
        let shares = |rank: usize| head_words.shared_with(lines.words(filled[rank])) > 0;
        if shares(order + 1) && !above.iter().any(|&rank| shares(rank)) {
            found.insert(candidate.placed.line);
        }
    }
    found
}
