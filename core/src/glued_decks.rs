//! A headline and its deck printed on one line, glued by a space, or a headline and its lead,
//! the line a paragraph: where a sentence-case headline ends and its deck or lead begins, a
//! capital opens a word that is no name, as the page shows by printing that word in small
//! letters elsewhere; a Hangul headline glued to its deck with no space is cut where the deck
//! opens with words the page prints again (`normalize/glued_decks.py`).

use memchr::memmem;

use crate::segment::chars::{is, CYRILLIC, HANGUL, L, LL, LU, SPACE};
use crate::text::split_words;

/// A headline in title case capitalises this share of its words or more (`_TITLE_CASE_SHARE`).
const TITLE_CASE_SHARE: f64 = 1.0 / 3.0;
/// The headline before the seam and the deck after it have this many words at least.
const HEAD_WORDS: usize = 4;
const DECK_WORDS: usize = 3;
/// A headline glued to its lead has this many words at most (`_HEADLINE_WORDS`).
const HEADLINE_WORDS: usize = 20;
/// A word of small letters glued to a capital's word after it has this many letters at least.
const GLUED_SMALLS: usize = 3;
/// A Hangul headline and its deck glued with no space have this many words at least together,
/// and the deck's glued first word this many letters at least (`_GLUED_HANGUL_WORDS`,
/// `_DECK_SYLLABLES`).
const GLUED_HANGUL_WORDS: usize = 12;
const DECK_SYLLABLES: usize = 2;
/// A Korean line written with no space, Hangul syllables alone and this many or more, holds the
/// words the segmenter spaces it into (`_UNSPACED_HANGUL`).
const UNSPACED_SYLLABLES: usize = 15;

/// How many words a Korean line written with no space holds, Hangul syllables alone and
/// `UNSPACED_SYLLABLES` or more ("승강기정기검사에따른운행중지안내"): those the segmenter
/// spaces it into; None for any other text (Python's `headline_words`).
pub fn unspaced_hangul_words(text: &str) -> Result<Option<usize>, String> {
    if text.len() < UNSPACED_SYLLABLES * 3
        || text.chars().count() < UNSPACED_SYLLABLES
        || !text.chars().all(|char| is(char, HANGUL))
    {
        return Ok(None);
    }
    Ok(Some(crate::segment::segment(text, "ko", None)?.len()))
}

/// The headline without its deck glued after it by a space: the text before its first seam
/// (`seams`) whose capital's word another line of the page (`lines`, the headline's being at
/// `line`) prints in small letters, with `HEAD_WORDS` words before it and `DECK_WORDS` after
/// it; the text as it is when it is in title case; a text with no Cyrillic letter cut where
/// `before_glued_hangul_deck` cuts it, if anywhere (Python's `without_glued_deck`).
pub fn without_glued_deck<S: AsRef<str>>(text: &str, line: usize, lines: &[S]) -> String {
    if !text.chars().any(|c| is(c, CYRILLIC)) {
        return before_glued_hangul_deck(text, line, lines)
            .unwrap_or(text)
            .to_string();
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

/// The Hangul headline before its deck glued on with no space: the text up to the first seam
/// inside a word, the `HEAD_WORDS`-th or a later one with `DECK_WORDS` after it, where a
/// syllable meets the word's rest, `DECK_SYLLABLES` letters or more opening with one, the
/// deck's first two words being printed on another line of the page where a word starts and
/// the glued word on none; None for a text of fewer than `GLUED_HANGUL_WORDS` words, or with
/// no such seam (Python's `before_glued_hangul_deck`).
pub fn before_glued_hangul_deck<'a, S: AsRef<str>>(
    text: &'a str,
    line: usize,
    lines: &[S],
) -> Option<&'a str> {
    if !text.chars().any(|c| is(c, HANGUL)) {
        return None;
    }
    let words: Vec<&str> = split_words(text).collect();
    if words.len() < GLUED_HANGUL_WORDS {
        return None;
    }
    // The other lines, one text: a word or two words with a space between hold no line
    // break, so what is found in it is found in one of them, a line break before it no letter.
    let others: Vec<&str> = lines
        .iter()
        .enumerate()
        .filter(|&(index, _)| index != line)
        .map(|(_, other)| other.as_ref())
        .collect();
    let others = others.join("\n");
    for (at, word) in words[..words.len() - DECK_WORDS].iter().enumerate() {
        // a word of `DECK_SYLLABLES` letters or fewer leaves no deck's opening after a cut
        if at + 1 < HEAD_WORDS
            || word.chars().nth(DECK_SYLLABLES).is_none()
            || memmem::find(others.as_bytes(), word.as_bytes()).is_some()
        {
            continue;
        }
        let start = word.as_ptr() as usize - text.as_ptr() as usize;
        let places: Vec<(usize, char)> = word.char_indices().collect();
        let cuts = 1..places.len() + 1 - DECK_SYLLABLES;
        // each opening ends with the last cut's: where that is printed nowhere, none is
        let last = places.len() - DECK_SYLLABLES;
        let shortest = format!("{} {}", &word[places[last].0..], words[at + 1]);
        if memmem::find(others.as_bytes(), shortest.as_bytes()).is_none() {
            continue;
        }
        for cut in cuts {
            let (place, first) = places[cut];
            if !is(places[cut - 1].1, HANGUL) || !is(first, HANGUL) {
                continue;
            }
            let opening = format!("{} {}", &word[place..], words[at + 1]);
            if opens_a_word(&others, &opening) {
                return Some(&text[..start + place]);
            }
        }
    }
    None
}

/// Whether the text prints these words where a word starts (no letter right before).
fn opens_a_word(text: &str, words: &str) -> bool {
    let mut from = 0;
    while let Some(found) = text[from..].find(words) {
        let at = from + found;
        if !text[..at].chars().next_back().is_some_and(|c| is(c, L)) {
            return true;
        }
        from = at + text[at..].chars().next().map_or(1, char::len_utf8);
    }
    false
}

/// The seams of a text, in order: the byte place of each space between a small letter and a
/// word of a capital and small letters (no letter right after it), with that word (`_SEAM`).
fn seams(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.char_indices().filter_map(move |(at, c)| {
        if c != ' ' || !text[..at].chars().next_back().is_some_and(|p| is(p, LL)) {
            return None;
        }
        let rest = &text[at + 1..];
        let end = capital_word_end(rest, 1)?;
        let after = rest[end..].chars().next();
        (!after.is_some_and(|next| is(next, L))).then(|| (at, &rest[..end]))
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

/// The headline without a name of two capitalised words joined by a hyphen glued before it
/// by a space (a programme's, a channel's), when what is left is a Cyrillic headline in
/// sentence case, its first word alone capitalised, of `HEAD_WORDS` words at least (Python's
/// `without_glued_name`).
pub fn without_glued_name(text: &str) -> String {
    match hyphened_name_end(text) {
        Some(end) if text.chars().any(|c| is(c, CYRILLIC)) => {
            let rest = &text[end..];
            let mut words = split_words(rest);
            let first = words.next();
            let mut count = usize::from(first.is_some());
            let mut capitalised = false;
            for word in words {
                count += 1;
                capitalised |= word.chars().next().is_some_and(|c| is(c, LU));
            }
            if count < HEAD_WORDS || capitalised {
                text.to_string()
            } else {
                rest.to_string()
            }
        }
        _ => text.to_string(),
    }
}

/// Where the headline starts after a hyphened name that opens the text, a capital and small
/// letters on each side of the hyphen, then a space, the headline opening with a capital and
/// a small letter (`_HYPHENED_NAME`); None when the text opens with no such name.
fn hyphened_name_end(text: &str) -> Option<usize> {
    let second = text[capitalised_len(text)?..].strip_prefix('-')?;
    let space = text.len() - second.len() + capitalised_len(second)?;
    let headline = text[space..].strip_prefix(' ')?;
    capitalised_len(headline).map(|_| space + 1)
}

/// The length in bytes of the capitalised word the text opens with, a capital and one small
/// letter or more (`\p{Lu}\p{Ll}+`); None when it opens with none.
fn capitalised_len(text: &str) -> Option<usize> {
    let mut chars = text.char_indices();
    let (_, capital) = chars.next().filter(|&(_, c)| is(c, LU))?;
    let end = chars
        .find(|&(_, c)| !is(c, LL))
        .map_or(text.len(), |(at, _)| at);
    (end > capital.len_utf8()).then_some(end)
}

/// The headline a paragraph opens with, its lead glued after it with no stop between: the
/// text before the line's first seam (`lead_seams`) with `HEAD_WORDS` words before it and no
/// sentence's stop, where the glue is a space, the capital's word being one the line prints in
/// small letters after it or opens with; None for a line with no Cyrillic letter or no such
/// seam (Python's `before_glued_lead`).
pub fn before_glued_lead(line: &str) -> Option<&str> {
    if !line.chars().any(|c| is(c, CYRILLIC)) {
        return None;
    }
    let first = split_words(line).next();
    for seam in lead_seams(line) {
        let head = &line[..seam.start];
        if holds_stop(head) {
            return None;
        }
        let words = split_words(head).count();
        if words < HEAD_WORDS {
            continue;
        }
        if words > HEADLINE_WORDS {
            return None;
        }
        let rest = &line[seam.end..];
        if !seam.spaced || first == Some(seam.word) || holds_word(rest, &seam.word.to_lowercase()) {
            return Some(head);
        }
    }
    None
}

/// A seam between a headline and its glued lead: where the head ends, where the lead starts,
/// the capital's word that opens it, and whether a space glues them.
struct LeadSeam<'a> {
    start: usize,
    end: usize,
    word: &'a str,
    spaced: bool,
}

/// The seams of a line, in order (`_LEAD_SEAM`): a small letter, then a space and a capital's
/// word (of one letter too, but no initial: no dot after it); or a word of `GLUED_SMALLS` small
/// letters or more, then straight a capital and small letters.
fn lead_seams(line: &str) -> impl Iterator<Item = LeadSeam<'_>> {
    line.char_indices().filter_map(move |(at, c)| {
        let before = &line[..at];
        if !before.chars().next_back().is_some_and(|p| is(p, LL)) {
            return None;
        }
        if c == ' ' {
            let rest = &line[at + 1..];
            let end = capital_word_end(rest, 0)?;
            let after = rest[end..].chars().next();
            let word_ends = !after.is_some_and(|next| is(next, L) || next == '.');
            return word_ends.then(|| LeadSeam {
                start: at,
                end: at + 1,
                word: &rest[..end],
                spaced: true,
            });
        }
        let smalls = before.chars().rev().take_while(|&p| is(p, LL)).count();
        let opens_word = !before.chars().rev().nth(smalls).is_some_and(|p| is(p, L));
        if smalls < GLUED_SMALLS || !opens_word {
            return None;
        }
        let rest = &line[at..];
        let end = capital_word_end(rest, 1)?;
        (!rest[end..].chars().next().is_some_and(|next| is(next, L))).then(|| LeadSeam {
            start: at,
            end: at,
            word: &rest[..end],
            spaced: false,
        })
    })
}

/// Where a word of a capital and at least `smalls` small letters opening the text ends (the
/// byte after its last small letter), if the text opens with one.
fn capital_word_end(text: &str, smalls: usize) -> Option<usize> {
    let mut chars = text.char_indices();
    if !chars.next().is_some_and(|(_, first)| is(first, LU)) {
        return None;
    }
    let mut end = text.len();
    let mut count = 0;
    for (place, next) in chars {
        if is(next, LL) {
            count += 1;
        } else {
            end = place;
            break;
        }
    }
    (count >= smalls).then_some(end)
}

/// Whether the text holds a sentence's stop followed by the next: a dot, then a space (`_STOP`).
fn holds_stop(text: &str) -> bool {
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '.' && chars.peek().is_some_and(|&next| is(next, SPACE)) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hyphened_name_before_a_sentence_case_headline_is_cut() {
        let glued = "Курьер-Север Ледокол вывел из порта последние суда навигации";
        assert_eq!(
            without_glued_name(glued),
            "Ледокол вывел из порта последние суда навигации"
        );
        let named = "Курьер-Север Ледокол вывел из порта суда Сергея Рубцова";
        assert_eq!(without_glued_name(named), named);
        assert_eq!(
            without_glued_name("Курьер-Север Ледокол"),
            "Курьер-Север Ледокол"
        );
        assert_eq!(
            without_glued_name("Wrong-Way Driver Caught on Camera"),
            "Wrong-Way Driver Caught on Camera"
        );
    }

    #[test]
    fn a_hyphened_name_is_two_capitalised_words_and_a_space() {
        let end = |text: &str| hyphened_name_end(text);
        assert_eq!(
            end("Курьер-Север Ледокол вывел"),
            Some("Курьер-Север ".len())
        );
        assert_eq!(end("Курьер-север Ледокол"), None);
        assert_eq!(end("К-Север Ледокол"), None);
        assert_eq!(end("Курьер-Север  Ледокол"), None);
        assert_eq!(end("Курьер-Север ЛЕДОКОЛ"), None);
        assert_eq!(end("Курьер-Север"), None);
    }
}
