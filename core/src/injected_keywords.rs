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
const MARKS_BEFORE: [u8; 4] = *b".,!?";

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
    // Where an injected phrase may start: right after a mark and before no white space, in
    // any line with text (a phrase opens with no space). Most marks close a sentence or a
    // clause before a space, so each phrase is compared at a few places and nowhere else.
    let after_marks: Vec<(usize, usize)> = filled
        .iter()
        .flat_map(|&other| {
            let bytes = lines[other].as_ref().as_bytes();
            let [first, second, third, fourth] = MARKS_BEFORE;
            memchr::memchr3_iter(first, second, third, bytes)
                .chain(memchr::memchr_iter(fourth, bytes))
                .map(|at| at + 1)
                .filter(move |&start| {
                    bytes
                        .get(start)
                        .is_some_and(|&next| !next.is_ascii() || !chars::is_space(next.into()))
                })
                .map(move |start| (other, start))
        })
        .collect();
    let mut found = FxHashSet::default();
    if after_marks.is_empty() {
        return found;
    }
    for &index in filled.iter().take(HEAD_LINES) {
        let line = lines[index].as_ref();
        // a line holding no dash and no colon is one part (the wider ones found by their first
        // bytes, not by decoding the line)
        let parted = memchr::memchr2(b'-', b':', line.as_bytes()).is_some()
            || chars::holds_any(line, &['–', '—', '：']);
        let whole = (!parted).then_some(line);
        let split = parted.then(|| parts().split(line)).into_iter().flatten();
        let injected = whole.into_iter().chain(split).any(|part| {
            let phrase = strip(part);
            after_marks.iter().any(|&(other, start)| {
                other != index && is_injected_at(phrase, lines[other].as_ref(), start)
            }) && phrase
                .split(chars::is_space)
                .filter(|word| !word.is_empty())
                .count()
                >= KEYWORD_WORDS
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
