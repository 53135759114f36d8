//! A blog's category or a site's section printed over a signed post's title (mirrors
//! `normalize/signed_posts.py`).
//!
//! A blog prints the post's category or its own name on top, a town's site the name of its
//! news section, the post's title under it, and right under the title its signature, its
//! writer's name or a note with its day. The line touching the signature is the post's title;
//! the short line above it is the blog's or the site's label, which the post echoes less than
//! its title: its story is about the title's subject, not the category's. A news page's
//! headline over its deck and byline is echoed by its story at least as much as the deck, or
//! half its words at least however much more the deck is, and is left alone.

use crate::headline::{set_signal, signal, Candidate};
use crate::text::split_words;

/// A blog's or a site's label holds this many words at most ("Around the Harbour").
const LABEL_WORDS: usize = 5;

/// A label's story echoes less than this share of its words; a short news headline over its
/// deck and byline is echoed half at least, however much more its deck is (`_LABEL_ECHO`).
const LABEL_ECHO: f64 = 0.5;

/// Marks the page's first candidate a label (`machinery`) and clears the second's `deck` when
/// the second stands right under the first and right above a dateline or a byline (`dated`,
/// places among the lines with text), holds no date itself, is no item, and the page echoes
/// it more than the first, a line of `LABEL_WORDS` at most and no sentence whose words the
/// page echoes less than `LABEL_ECHO` (Python's `mark_post_label`).
pub fn mark_post_label(candidates: &mut [Candidate], dated: &[i64]) {
    let [label, title, ..] = candidates else {
        return;
    };
    let order = title.placed.order as i64;
    let signed = title.placed.order == label.placed.order + 1
        && dated.contains(&(order + 1))
        && !dated.contains(&order)
        && split_words(&label.placed.text).count() <= LABEL_WORDS
        && signal(&label.signals, "sentence") == 0.0
        && signal(&title.signals, "feed_item") == 0.0
        && signal(&label.signals, "echo") < LABEL_ECHO
        && signal(&title.signals, "echo") > signal(&label.signals, "echo");
    if signed {
        set_signal(&mut label.signals, "machinery", 1.0);
        set_signal(&mut title.signals, "deck", 0.0);
    }
}
