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
    let mut found = FxHashSet::default();
    for &index in filled.iter().take(HEAD_LINES) {
        let injected = parts().split(lines[index].as_ref()).any(|part| {
            let phrase = strip(part);
            phrase
                .split(chars::is_space)
                .filter(|word| !word.is_empty())
                .count()
                >= KEYWORD_WORDS
                && filled
                    .iter()
                    .any(|&other| other != index && is_injected(phrase, lines[other].as_ref()))
        });
        if injected {
            found.insert(index);
        }
    }
    found
}

/// Whether the line holds the phrase glued between a mark (`MARKS_BEFORE`) and a letter
/// (Python's `_is_injected`).
fn is_injected(phrase: &str, line: &str) -> bool {
    let mut from = 0;
    while let Some(found) = line[from..].find(phrase) {
        let at = from + found;
        let before = line[..at].chars().next_back();
        let after = line[at + phrase.len()..].chars().next();
        if before.is_some_and(|mark| MARKS_BEFORE.contains(mark))
            && after.is_some_and(|letter| chars::is(letter, L))
        {
            return true;
        }
        // the next occurrence may overlap this one, as Python's `find` from the next point
        from = at + line[at..].chars().next().map_or(1, char::len_utf8);
    }
    false
}
