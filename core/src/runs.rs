//! A list of story heads printed one under another (mirrors `normalize/runs.py`): a run of
//! headline-long lines with no paragraph, dateline or short label between them. The last of a
//! run may be the page's headline; the others are the list's items.

use rustc_hash::FxHashSet;

use crate::headline::{signal, Candidate};
use crate::segment::chars::{is, LU};

/// A run is this many heads at least, each this many words long at least, all different.
const RUN_HEADS: usize = 5;
const RUN_HEAD_WORDS: usize = 4;
/// A Korean line closing with a polite verb ending ("다녀왔습니다", "많아요") speaks to its
/// reader: a post's sentence without its full stop, no story's head; a head may close with a
/// noun that ends as that ending does ("대책 마련 필요").
const POLITE_ENDS: [&str; 2] = ["니다", "요"];
const NOUNS_ENDING_IN_YO: [&str; 5] = ["필요", "중요", "주요", "수요", "개요"];
/// A trail's home crumb glued to the next crumb, a capital after it ("HomeCommunity News"):
/// the page's breadcrumb, no head of a list (Korean has no capital to show the glue).
const HOME_CRUMBS: [&str; 2] = ["Home", "Главная"];

/// The lines of the heads of every run of `RUN_HEADS` or more different headline-long
/// candidates on consecutive lines with text (no finished sentence, no deck's length, no dated
/// line among them), all but the last of each run.
pub fn run_items(candidates: &[Candidate]) -> FxHashSet<usize> {
    let mut items = FxHashSet::default();
    let mut run: Vec<&Candidate> = Vec::new();
    for candidate in candidates.iter().map(Some).chain([None]) {
        let head = candidate.filter(|c| is_run_head(c));
        if let (Some(c), Some(last)) = (head, run.last()) {
            if c.placed.order == last.placed.order + 1 {
                run.push(c);
                continue;
            }
        }
        let keys: FxHashSet<&str> = run.iter().map(|c| c.placed.key.as_str()).collect();
        if run.len() >= RUN_HEADS && keys.len() == run.len() {
            items.extend(run[..run.len() - 1].iter().map(|c| c.placed.line));
        }
        run.clear();
        run.extend(head);
    }
    items
}

/// Whether the candidate may be a list's head: headline-long, no sentence, no deck, no
/// photo's caption (a headline, its decks and the caption below them make no list), no dated
/// line (an article's dateline ends the run of teasers above its headline), no machinery (a
/// toolbar's line between the teasers above a headline and its decks ends the teasers' run), no
/// polite Korean verb ending (a post's lines without full stops), no breadcrumb opening with
/// its home crumb glued to the next.
fn is_run_head(candidate: &Candidate) -> bool {
    candidate.words(RUN_HEAD_WORDS) >= RUN_HEAD_WORDS
        && signal(&candidate.signals, "sentence") == 0.0
        && signal(&candidate.signals, "long") == 0.0
        && signal(&candidate.signals, "caption") == 0.0
        && signal(&candidate.signals, "dated") == 0.0
        && signal(&candidate.signals, "machinery") == 0.0
        && !closes_politely(&candidate.placed.text)
        && !opens_with_home_crumb(&candidate.placed.text)
}

/// Whether a line opens with a trail's home crumb glued to the next crumb (Python's
/// `_HOME_CRUMB`).
fn opens_with_home_crumb(text: &str) -> bool {
    HOME_CRUMBS.iter().any(|home| {
        text.strip_prefix(home)
            .and_then(|rest| rest.chars().next())
            .is_some_and(|c| is(c, LU))
    })
}

/// Whether a line closes with a polite Korean verb ending, not a noun that ends as one does
/// (Python's `_closes_politely`).
fn closes_politely(text: &str) -> bool {
    POLITE_ENDS.iter().any(|end| text.ends_with(end))
        && !NOUNS_ENDING_IN_YO.iter().any(|noun| text.ends_with(noun))
}
