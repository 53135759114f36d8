//! What a line's shape says of it: short and lettered as a headline is, long or a finished
//! sentence as the article's body is (mirrors `normalize/title_shapes.py`).

use pyo3::prelude::*;

use crate::figures::{is_figure_line, is_lettered, opens_with_duration};
use crate::segment::chars::{self, is, L, LU, SPACE};
use crate::text::count_words;

pub const MAX_TITLE_WORDS: usize = 30;
pub const MAX_TITLE_CHARS: usize = 250;
/// Lines this long (more words than a title has), or a full sentence of this many words, mean
/// the article body has begun.
pub const BODY_WORDS: usize = MAX_TITLE_WORDS + 1;
pub const BODY_SENTENCE_WORDS: usize = 8;

/// Quotes and brackets that may follow a sentence's stop.
const AFTER_STOP: [char; 6] = ['"', '\'', '”', '’', '»', ')'];

/// Short and lettered, not a line of figures: what a headline looks like on a page.
pub fn is_headline_shaped(text: &str) -> bool {
    // a paragraph is too long: its characters counted first (a character has 4 bytes at most)
    if text.len() > MAX_TITLE_CHARS && text.chars().count() > MAX_TITLE_CHARS {
        return false;
    }
    // its words counted up to one too many
    let words = count_words(text, MAX_TITLE_WORDS + 1);
    (1..=MAX_TITLE_WORDS).contains(&words)
        && is_lettered(text)
        && !(is_figure_line(text) || opens_with_duration(text))
}

/// A line that means the article has begun: a line longer than any title, or a full sentence
/// of some length.
pub fn is_body_shaped(text: &str) -> bool {
    // a sentence needs its first words counted only, any other line all of them
    if ends_sentence(text) {
        count_words(text, BODY_SENTENCE_WORDS) >= BODY_SENTENCE_WORDS
    } else {
        count_words(text, BODY_WORDS) >= BODY_WORDS
    }
}

/// Whether the text is a list of three single words or more set apart by commas, and nothing
/// else: a site's slogan or the list of its sections over a story ("Экология, человек,
/// общество"), which heads no deck (Python's `is_word_list`).
pub fn is_word_list(text: &str) -> bool {
    // three words at least, then each a word
    text.split(", ").nth(2).is_some()
        && text.split(", ").all(|word| {
            !word.is_empty()
                && word
                    .split('-')
                    .all(|part| !part.is_empty() && part.chars().all(|c| is(c, L)))
        })
}

/// Whether the text ends as a finished sentence ends (not with an initial's dot, "U.S.").
pub fn ends_sentence(text: &str) -> bool {
    let stopped = text.trim_end_matches(|c: char| AFTER_STOP.contains(&c) || chars::is_space(c));
    stopped.ends_with(['.', '。', '…']) && sentence_end(text)
}

/// `_SENTENCE_END.search`: a full stop, then only spaces and closing quotes, that is not the
/// dot of an initial ("(?<!\b\p{Lu})") or of an abbreviation ("(?<!\b\p{Lu}\.\p{Lu})"); or
/// an ellipsis closing the text. `$` also matches before a final line break.
fn sentence_end(text: &str) -> bool {
    let letters = sentence_tail(text);
    let body = match letters.split_last() {
        Some((&'\n', body)) => body,
        _ => &letters[..],
    };
    if body.ends_with(&['.', '.', '.']) || body.ends_with(&['…']) {
        return true;
    }
    // The stop: the last character that is no space or quote.
    let Some(stop) = letters
        .iter()
        .rposition(|&c| !(is(c, SPACE) || AFTER_STOP.contains(&c)))
    else {
        return false;
    };
    if !matches!(letters[stop], '.' | '。') {
        return false;
    }
    // After it: spaces, then quotes, then nothing or a line break.
    let tail = &letters[stop + 1..];
    let tail = match tail.split_last() {
        Some((&'\n', rest)) => rest,
        _ => tail,
    };
    let spaces = tail.iter().take_while(|&&c| is(c, SPACE)).count();
    if !tail[spaces..].iter().all(|c| AFTER_STOP.contains(c)) {
        return false;
    }
    let word = |at: Option<usize>| at.is_some_and(|at| is_word(letters[at]));
    let capital = |at: Option<usize>| at.is_some_and(|at| is(letters[at], LU));
    // A capital at `at` that starts a word (`\b\p{Lu}`).
    let initial = |at: Option<usize>| capital(at) && !word(at.and_then(|at| at.checked_sub(1)));
    let back = |by: usize| stop.checked_sub(by);
    let after_initial = initial(back(1));
    let after_abbreviation =
        capital(back(1)) && back(2).is_some_and(|at| letters[at] == '.') && initial(back(3));
    !(after_initial || after_abbreviation)
}

/// How many characters before its stop `sentence_end` reads: an abbreviation's "U.S" and the
/// character before it.
const BEFORE_STOP: usize = 4;

/// The end of a text as `sentence_end` reads it: the characters after the last one that is
/// no space or quote (the stop), the stop, and `BEFORE_STOP` characters before it (the whole
/// text when it is shorter).
fn sentence_tail(text: &str) -> Vec<char> {
    // the stop is most often the last character: it and the few before it are read
    let mut reversed = Vec::with_capacity(BEFORE_STOP + 1);
    // how many characters were read when the stop was
    let mut stop = None;
    for c in text.chars().rev() {
        reversed.push(c);
        if stop.is_none() && !(is(c, SPACE) || AFTER_STOP.contains(&c)) {
            stop = Some(reversed.len());
        }
        if stop.is_some_and(|read| reversed.len() >= read + BEFORE_STOP) {
            break;
        }
    }
    reversed.reverse();
    reversed
}

/// `\w` as Python's `regex` sees it (Rust's, on the characters Python 3.11 knows).
fn is_word(c: char) -> bool {
    regex_syntax::is_word_character(c)
}

// The twins of the differential test.

#[pyfunction]
#[pyo3(name = "title_shapes__is_headline_shaped")]
fn twin_is_headline_shaped(text: &str) -> bool {
    is_headline_shaped(text)
}

#[pyfunction]
#[pyo3(name = "title_shapes__is_body_shaped")]
fn twin_is_body_shaped(text: &str) -> bool {
    is_body_shaped(text)
}

#[pyfunction]
#[pyo3(name = "title_shapes__ends_sentence")]
fn twin_ends_sentence(text: &str) -> bool {
    ends_sentence(text)
}

/// Whether every letter of the text is a capital, one at least: a line set in capitals; a
/// Korean line with a Latin initialism in it is none (Python's `is_shouted`, read by hand: most
/// lines fail at their second letter).
pub fn is_shouted(text: &str) -> bool {
    let mut capitals = false;
    for c in text.chars() {
        if is(c, L) {
            if !is(c, LU) {
                return false;
            }
            capitals = true;
        }
    }
    capitals
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(twin_is_headline_shaped, m)?)?;
    m.add_function(wrap_pyfunction!(twin_is_body_shaped, m)?)?;
    m.add_function(wrap_pyfunction!(twin_ends_sentence, m)?)?;
    Ok(())
}
