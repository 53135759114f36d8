//! A paragraph's opening split off its rest by a line break the scraper kept: the opening
//! stands on a line of its own, as wide as a paragraph's line, and the rest goes on right below
//! it in small letters, where a sentence closes. That opening is a piece of a sentence, no
//! headline (mirrors `normalize/split_paragraphs.py`).

use crate::headline::Candidate;
use crate::segment::chars;
use crate::text::count_words;
use crate::wraps::{
    closes_sentence, glued_address, holds_stop, opens_in_lower_case, SPLIT_REST_WORDS,
};

/// A paragraph's opening split off its rest is as wide as a paragraph's line: this many words
/// at least (a headline over a lead that lost its first letter, a drop cap, is shorter).
const SPLIT_OPENING_WORDS: usize = 12;

/// Whether the candidate's line is a paragraph's opening split off the rest of it, a line break
/// the scraper kept: it has `SPLIT_OPENING_WORDS` words or more and closes no sentence, and the
/// line right below opens with a word all in small letters, has `SPLIT_REST_WORDS` words or
/// more and closes a sentence inside it (a byline or a handle in small letters closes none)
/// (Python's `splits_a_paragraph`).
pub fn splits_a_paragraph<S: AsRef<str>>(candidate: &Candidate, lines: &[S]) -> bool {
    let below = lines
        .get(candidate.placed.line + 1)
        .map_or("", |line| line.as_ref().trim_matches(chars::is_space));
    candidate.words(SPLIT_OPENING_WORDS) >= SPLIT_OPENING_WORDS
        && count_words(below, SPLIT_REST_WORDS) >= SPLIT_REST_WORDS
        && opens_in_lower_case(below, below)
        && !glued_address(below)
        && !closes_sentence(&candidate.placed.text)
        && holds_stop(below, true)
}
