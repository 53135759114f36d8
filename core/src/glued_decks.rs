//! A headline and its deck printed on one line, glued by a space: where a sentence-case
//! headline ends and its deck begins, a capital opens a word that is no name, as the page
//! shows by printing that word in small letters elsewhere (`normalize/glued_decks.py`).

use crate::segment::chars::{is, CYRILLIC, L, LL, LU};
use crate::text::split_words;

/// A headline in title case capitalises this share of its words or more (`_TITLE_CASE_SHARE`).
const TITLE_CASE_SHARE: f64 = 1.0 / 3.0;
/// The headline before the seam and the deck after it have this many words at least.
const HEAD_WORDS: usize = 4;
const DECK_WORDS: usize = 3;

/// The headline without its deck glued after it by a space: the text before its first seam
/// (`seams`) whose capital's word another line of the page (`lines`, the headline's being at
/// `line`) prints in small letters, with `HEAD_WORDS` words before it and `DECK_WORDS` after
/// it; the text as it is when it holds no Cyrillic letter or is in title case (Python's
/// `without_glued_deck`).
pub fn without_glued_deck<S: AsRef<str>>(text: &str, line: usize, lines: &[S]) -> String {
    if !text.chars().any(|c| is(c, CYRILLIC)) {
        return text.to_string();
    }
    let words = split_words(text).count();
    let capitals = split_words(text)
        .filter(|word| word.chars().next().is_some_and(|c| is(c, LU)))
        .count();
    if capitals as f64 >= TITLE_CASE_SHARE * words as f64 {
        return text.to_string();
    }
    for (at, word) in seams(text) {
        let (head, deck) = (&text[..at], &text[at + 1..]);
        if split_words(head).count() < HEAD_WORDS || split_words(deck).count() < DECK_WORDS {
            continue;
        }
        let small = word.to_lowercase();
        let printed_small = lines
            .iter()
            .enumerate()
            .any(|(index, other)| index != line && holds_word(other.as_ref(), &small));
        if printed_small {
            return head.to_string();
        }
    }
    text.to_string()
}

/// The seams of a text, in order: the byte place of each space between a small letter and a
/// word of a capital and small letters (no letter right after it), with that word (`_SEAM`).
fn seams(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.char_indices().filter_map(move |(at, c)| {
        if c != ' ' || !text[..at].chars().next_back().is_some_and(|p| is(p, LL)) {
            return None;
        }
        let rest = &text[at + 1..];
        let mut chars = rest.char_indices();
        if !chars.next().is_some_and(|(_, first)| is(first, LU)) {
            return None;
        }
        let mut end = rest.len();
        let mut smalls = 0;
        for (place, next) in chars {
            if is(next, LL) {
                smalls += 1;
            } else {
                end = place;
                break;
            }
        }
        let after = rest[end..].chars().next();
        (smalls > 0 && !after.is_some_and(|next| is(next, L))).then(|| (at, &rest[..end]))
    })
}

/// Whether the line holds the word with no letter right before or after it.
fn holds_word(line: &str, word: &str) -> bool {
    line.match_indices(word).any(|(at, found)| {
        let before = line[..at].chars().next_back();
        let after = line[at + found.len()..].chars().next();
        !before.is_some_and(|c| is(c, L)) && !after.is_some_and(|c| is(c, L))
    })
}
