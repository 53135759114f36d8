//! A Hangul title label glued before a headline with no space ("제목솔내 …") on a board whose
//! form glues every label to its value ("작성일2026-03-02", "조회수41") (mirrors
//! `without_glued_title_label` in `normalize/field_labels.py`).

use regex::Regex;

use crate::chrome::chrome;
use crate::per_thread::PerThread;
use crate::segment::chars::{self, is, HANGUL, L, N};
use crate::text::count_words;

/// A form's field with its Hangul label glued to its figures, a bullet maybe before it
/// ("작성일2026-03-02", "- 조회수41").
static GLUED_FIELD: PerThread<Regex> =
    PerThread::new(|| Regex::new(r"^(?:[-•·*]\s*)?\p{Hangul}{2,4}\p{N}").expect("a valid pattern"));
/// Such a field's line holds this many words at most.
const GLUED_FIELD_WORDS: usize = 3;
/// The lines with text read on either side of a title's line for such fields.
const FIELD_LINES: usize = 4;
/// This many of them say that the page glues its labels to their values.
const GLUED_FIELDS: usize = 2;
/// A headline glued to its label opens with this many letters or digits: one syllable alone is
/// a particle or a word's ending glued to the label's word, the headline's own ("타이틀곡 …").
const OPENING_CHARS: usize = 2;
/// The label goes before a headline of this many words at least.
const HEADLINE_WORDS: usize = 2;

/// The headline without a Hangul title label glued before it with no space, when two lines at
/// least of the `FIELD_LINES` with text on either side of its line `line` of `lines` are fields
/// gluing their labels to their figures as well: the page ran each label into its value. The
/// headline left holds two words at least and opens with two letters or digits (Python's
/// `without_glued_title_label`).
pub fn without_glued_title_label<'t, S: AsRef<str>>(
    text: &'t str,
    line: usize,
    lines: &[S],
) -> &'t str {
    let hangul = |label: &str| label.chars().next().is_some_and(|c| is(c, HANGUL));
    let label = chrome()
        .title_labels
        .iter()
        .filter(|label| {
            text.strip_prefix(label.as_str()).is_some_and(|rest| {
                let opening = rest.chars().take(OPENING_CHARS);
                hangul(label) && opening.filter(|&c| is(c, L | N)).count() == OPENING_CHARS
            })
        })
        .map(String::len)
        .max();
    let Some(rest) = label.map(|label| &text[label..]) else {
        return text;
    };
    if count_words(rest, HEADLINE_WORDS) < HEADLINE_WORDS
        || is_echoed_word(text, line, lines)
        || glued_fields_around(line, lines) < GLUED_FIELDS
    {
        return text;
    }
    rest
}

/// Whether the word opening `text`, the label's letters with those glued to them, is printed on
/// another line of `lines` than `line`: a word of the story ("타이틀매치"), no label glued to a
/// title (Python's `_is_echoed_word`).
fn is_echoed_word<S: AsRef<str>>(text: &str, line: usize, lines: &[S]) -> bool {
    let end = text
        .char_indices()
        .find(|&(_, c)| !is(c, L | N))
        .map_or(text.len(), |(at, _)| at);
    let word = &text[..end];
    !word.is_empty()
        && lines
            .iter()
            .enumerate()
            .any(|(k, other)| k != line && other.as_ref().contains(word))
}

/// How many of the `FIELD_LINES` lines with text on either side of the line `line` of `lines`
/// are short fields gluing a Hangul label to its figures (Python's `_glued_fields_around`).
fn glued_fields_around<S: AsRef<str>>(line: usize, lines: &[S]) -> usize {
    let filled = |k: &usize| !chars::strip(lines[*k].as_ref()).is_empty();
    let above = (0..line).rev().filter(filled).take(FIELD_LINES);
    let below = (line + 1..lines.len()).filter(filled).take(FIELD_LINES);
    let pattern = GLUED_FIELD.get();
    above
        .chain(below)
        .map(|k| chars::strip(lines[k].as_ref()))
        .filter(|field| {
            pattern.is_match(field)
                && count_words(field, GLUED_FIELD_WORDS + 1) <= GLUED_FIELD_WORDS
        })
        .count()
}
