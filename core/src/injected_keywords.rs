//! A spam copy's keyword line: a phrase a doorway page sets over a copied story and injects into
//! its paragraphs, glued between a mark and the next word, which no headline is (mirrors
//! `normalize/injected_keywords.py`).

use std::sync::OnceLock;

use regex::Regex;
use rustc_hash::FxHashSet;

use crate::segment::chars::{self, strip, L};
use crate::timestamps::grammar::space;

/// The lines near the top a keyword's line may be, as the headline's candidates are.
const HEAD_LINES: usize = 40;
/// A keyword is a phrase of two words or more.
const KEYWORD_WORDS: usize = 2;
/// Where an injected keyword stands in a paragraph: right after a full stop or a comma, no
/// space between, and right before a letter, no space between.
const MARKS_BEFORE: &str = ".,!?";

/// What parts a keyword's line: a spaced dash or a label's colon (Python's `_PARTS`).
fn parts() -> &'static Regex {
    static PARTS: OnceLock<Regex> = OnceLock::new();
    PARTS.get_or_init(|| {
        let s = space();
        Regex::new(&format!(r"{s}[-–—]{s}|[:：]{s}")).expect("a valid pattern")
    })
}

/// The places of the lines near the top holding a part (the text between a spaced dash or a
/// label's colon and the line's ends) of two words or more that another line of the page
/// holds glued between a mark and a letter: a spam copy's keyword, injected into the story it
/// copies, over that story's headline (Python's `keyword_lines`).
pub fn keyword_lines<S: AsRef<str>>(lines: &[S]) -> FxHashSet<usize> {
    let filled: Vec<usize> = (0..lines.len())
        .filter(|&index| !lines[index].as_ref().is_empty())
        .collect();
    // Where an injected phrase may start: right after a mark, in any line with text. Most
    // pages hold a few hundred marks, so each phrase is compared there and nowhere else.
    let after_marks: Vec<(usize, usize)> = filled
        .iter()
        .flat_map(|&other| {
            lines[other]
                .as_ref()
                .char_indices()
                .filter(|&(_, mark)| MARKS_BEFORE.contains(mark))
                .map(move |(at, mark)| (other, at + mark.len_utf8()))
        })
        .collect();
    let mut found = FxHashSet::default();
    for &index in filled.iter().take(HEAD_LINES) {
        let injected = parts().split(lines[index].as_ref()).any(|part| {
            let phrase = strip(part);
            phrase
                .split(chars::is_space)
                .filter(|word| !word.is_empty())
                .count()
                >= KEYWORD_WORDS
                && after_marks.iter().any(|&(other, start)| {
                    other != index && is_injected_at(phrase, lines[other].as_ref(), start)
                })
        });
        if injected {
            found.insert(index);
        }
    }
    found
}

/// Whether the line holds the phrase at `start`, right after a mark (`MARKS_BEFORE`), and
/// glued to a letter after it (Python's `_is_injected`, at one of its places).
fn is_injected_at(phrase: &str, line: &str, start: usize) -> bool {
    line[start..].strip_prefix(phrase).is_some_and(|rest| {
        rest.chars()
            .next()
            .is_some_and(|letter| chars::is(letter, L))
    })
}
