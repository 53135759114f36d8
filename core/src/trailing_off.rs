//! A line trailing off in an ellipsis that leaves a heading open, no sentence cut short: one
//! word or two ("Finally …"), a Korean headline's clause ("…가봤더니…") or a column's
//! capitalised heading ("From the Pastor's Desk…") (mirrors `normalize/trailing_off.py`).

use regex::Regex;

use crate::per_thread::per_thread;
use crate::segment::chars;
use crate::text::count_words;

/// A long word of a title's case: this many Latin letters or more, each such word opening with
/// a capital ("Ferry Fares Rise Again") (`TITLE_CASE_LETTERS`).
pub const TITLE_CASE_LETTERS: usize = 4;
/// The syllables a Korean sentence closes with ("했다", "많아요", "될까"); a line trailing off
/// after any other ("가봤더니…", "논란…") leaves its clause open, as a headline does
/// (`_KOREAN_CLOSINGS`).
const KOREAN_CLOSINGS: [char; 7] = ['다', '요', '까', '죠', '네', '라', '자'];
/// A headline left open so has this many words at most; a longer line is a sentence cut short
/// (`_OPEN_CLAUSE_WORDS`).
const OPEN_CLAUSE_WORDS: usize = 10;
/// A column's heading left open in an ellipsis has this many words at most, this many of them
/// long words each opening with a capital ("From the Pastor's Desk…"), and a short word among
/// them kept in small letters ("the", "of"), as a title's case keeps its articles and
/// prepositions: a button's label capitalises every word ("View All Photos…")
/// (`_CAPITALISED_HEAD_WORDS`, `_CAPITALISED_WORDS`).
const CAPITALISED_HEAD_WORDS: usize = 6;
const CAPITALISED_WORDS: usize = 2;

per_thread! {
    /// One word or two trailing off ("Finally …", "Ice breaks…"): a letter's or a story's
    /// title, no sentence cut short (`_TRAILING_WORDS`).
    fn trailing_words() -> Regex {
        Regex::new(r"^\p{L}+(?:\p{White_Space}+\p{L}+)?\p{White_Space}*(?:…|\.\.\.)\p{White_Space}*$")
            .expect("a valid pattern")
    }
}

/// Whether the line trails off in an ellipsis as a heading left open does, whatever closes it:
/// one word or two, a Korean clause left open or a capitalised column heading (Python's
/// `trails_off`).
pub fn trails_off(text: &str) -> bool {
    trailing_words().is_match(text) || trails_off_in_korean(text) || trails_off_capitalised(text)
}

/// Whether the line, of `CAPITALISED_HEAD_WORDS` words at most, trails off in an ellipsis with
/// every Latin word of `TITLE_CASE_LETTERS` letters or more opening with a capital,
/// `CAPITALISED_WORDS` of them at least, and a shorter word in small letters among them (a
/// title's "the", "of"): a column's heading left open ("From the Pastor's Desk…" over the
/// pastor's letter), no sentence cut short, which runs in small letters, nor a button's label
/// or a digest's headline capitalising every word ("View All Photos…"); two dots trail off as
/// an ellipsis does ("Race Results for May..") and so do four or more (Python's
/// `_trails_off_capitalised`).
fn trails_off_capitalised(text: &str) -> bool {
    let Some(open) = before_ellipsis(text) else {
        return false;
    };
    let words: Vec<&str> = open
        .split(chars::is_space)
        .filter(|word| !word.is_empty())
        .collect();
    if words.len() > CAPITALISED_HEAD_WORDS {
        return false;
    }
    let (mut capitals, mut small) = (0, 0);
    for word in words {
        let letters: Vec<char> = word.chars().filter(|&c| chars::is(c, chars::L)).collect();
        if letters.len() < TITLE_CASE_LETTERS {
            if !letters.is_empty()
                && letters
                    .iter()
                    .all(|&c| chars::is(c, chars::LATIN) && chars::is(c, chars::LL))
            {
                small += 1;
            }
            continue;
        }
        if letters.iter().any(|&c| !chars::is(c, chars::LATIN)) || !chars::is(letters[0], chars::LU)
        {
            return false;
        }
        capitals += 1;
    }
    capitals >= CAPITALISED_WORDS && small > 0
}

/// Whether the line, of a headline's `OPEN_CLAUSE_WORDS` words at most, trails off in an
/// ellipsis (or a run of dots, two as a Korean writer trails off in too: "가을 소풍 후기..", or
/// four or more typed as a longer pause: "…다녀와서....") after a
/// Hangul syllable that closes no Korean sentence: a headline's clause left open ("…가봤더니…"),
/// no sentence cut short (Python's `_trails_off_in_korean`).
fn trails_off_in_korean(text: &str) -> bool {
    let stripped = text.trim_end_matches(chars::is_space);
    if count_words(stripped, OPEN_CLAUSE_WORDS + 1) > OPEN_CLAUSE_WORDS {
        return false;
    }
    let Some(open) = before_ellipsis(stripped) else {
        return false;
    };
    open.chars()
        .next_back()
        .is_some_and(|last| chars::is(last, chars::HANGUL) && !KOREAN_CLOSINGS.contains(&last))
}

/// The line before the ellipsis closing it ("…" or a run of two dots or more), spaces after it
/// dropped; None when no ellipsis closes it (Python's `_before_ellipsis`).
fn before_ellipsis(text: &str) -> Option<&str> {
    let stripped = text.trim_end_matches(chars::is_space);
    if let Some(open) = stripped.strip_suffix('…') {
        return Some(open);
    }
    let open = stripped.trim_end_matches('.');
    (stripped.len() - open.len() >= 2).then_some(open)
}
