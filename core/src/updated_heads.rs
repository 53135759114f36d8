//! A headline with a note of its update glued after it in brackets, as a news site prints a
//! story it has rewritten: the bracket opens with a publication or an update label of any
//! language the timestamps grammar knows and its date; the headline is the text before it, and
//! a short headline's line stays a candidate though the note fills most of it. A label that
//! dates what the story is about, a broadcast, a release, a speech, an event, opens no note: its
//! bracket is the headline's own (mirrors `normalize/updated_heads.py`).

use regex::Regex;

use crate::glued_datelines::first_chars;
use crate::per_thread::per_thread;
use crate::segment::chars;
use crate::timestamps::grammar::{alternation, space, words};
use crate::timestamps::labels::dated_after_label;
use crate::title_shapes::is_headline_shaped;
use crate::titles::cut_headline;

/// A date after the bracket's label is read among this many characters after the label.
const DATE_WITHIN: usize = 40;
/// Publication labels that date what the story is about, not the story: a broadcast, a
/// release, a speech, an event's day, in each language the grammar has them.
const SUBJECT_LABELS: [&str; 11] = [
    "released",
    "premiered",
    "premiered on",
    "streamed live on",
    "delivered on",
    "date",
    "эфир от",
    "дата эфира",
    "дата выхода",
    "дата",
    "날짜",
];
/// The note is looked for among a line's first this many characters.
const NOTE_WITHIN: usize = 300;

per_thread! {
    /// An opening bracket with a publication or an update label of any language the
    /// timestamps grammar knows after it, but for a label that dates what the story is about
    /// (`SUBJECT_LABELS`), with what separates the label from its date (Python's
    /// `_bracketed_label`).
    fn bracketed_label() -> Regex {
        let labels = ["published", "modified"].into_iter().flat_map(|role| {
            words()["labels"][role]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|label| label.as_str())
                .filter(move |label| role == "modified" || !SUBJECT_LABELS.contains(label))
        });
        let s = space();
        Regex::new(&format!(
            r"(?i)[(\[（【]{s}?(?:{})(?:{s}|[:：.\-]){{0,6}}",
            alternation(labels)
        ))
        .unwrap_or_else(|e| panic!("{e}"))
    }
}

/// Where a bracket opening with a publication or an update label and its date starts in the
/// text, if one does: a note of the story's update glued after its headline, with or without
/// a space; a label that dates what the story is about opens none (Python's
/// `update_note_start`).
pub fn update_note_start(window: &str) -> Option<usize> {
    bracketed_label().find_iter(window).find_map(|label| {
        let after = first_chars(&window[label.end()..], DATE_WITHIN);
        dated_after_label(after)
            .unwrap_or(false)
            .then_some(label.start())
    })
}

/// Whether the line is a headline with a note of its update glued after it in brackets: a
/// short Korean headline's note may fill most of its line, which is still the headline's, not
/// a dateline (Python's `updated_head`).
pub fn updated_head(line: &str) -> bool {
    update_note_start(first_chars(line, NOTE_WITHIN)).is_some_and(|start| {
        is_headline_shaped(&cut_headline(
            line[..start].trim_end_matches(chars::is_space),
        ))
    })
}
