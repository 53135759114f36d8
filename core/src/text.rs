//! Unicode cleanup shared by every part: invisible characters, line breaks, white space
//! (mirrors `normalize/text.py`).
//!
//! Normalization is `unicode-normalization`'s, pinned to Unicode 14.0 (the version of Python
//! 3.11's `unicodedata`); white space is what Python's `str.split()` splits on.

use std::borrow::Cow;

use pyo3::prelude::*;
use unicode_normalization::{is_nfc_quick, is_nfkc_quick, IsNormalized, UnicodeNormalization};

use crate::segment::chars;

/// Format characters a reader never sees (`INVISIBLE`): soft hyphen, Mongolian vowel
/// separator, zero-width space and joiners, directional marks, embeddings and isolates, word
/// joiner, byte-order mark.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{ad}'
            | '\u{180e}'
            | '\u{200b}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{feff}'
    )
}

/// Control characters other than tab and line breaks, and the invisible ones (`_HIDDEN`).
fn is_hidden(c: char) -> bool {
    matches!(c, '\0'..='\u{8}' | '\u{e}'..='\u{1f}' | '\u{7f}'..='\u{84}' | '\u{86}'..='\u{9f}')
        || is_invisible(c)
}

/// A line break other than `\n` (`_NEWLINES`, but for `\r\n`, which is one).
fn is_other_newline(c: char) -> bool {
    matches!(
        c,
        '\r' | '\u{b}' | '\u{c}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// Whether a byte may start a line break other than `\n` or a hidden character: an ASCII
/// control or DEL, or the first byte of U+0080 to U+00BF, U+1800 to U+1FFF, U+2000 to U+2FFF,
/// U+F000 to U+FFFF. The other bytes are passed over without decoding their characters.
const MAY_START_HIDDEN: [bool; 256] = {
    let mut flags = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        flags[byte] = matches!(byte as u8, 0..=0x1f | 0x7f | 0xc2 | 0xe1 | 0xe2 | 0xef);
        byte += 1;
    }
    flags
};

/// Where the text's first characters that are in every normal form and start a combining
/// sequence (ASCII, the Cyrillic letters but its combining marks, Hangul syllables) end,
/// told from its bytes; with `composed`, also of those that are in NFC and start one (below
/// U+0300, general punctuation from U+2002 to U+206F, CJK ideographs). The text's length
/// when all of them are; else the start of a character that may be none, where the quick
/// check goes on.
fn plain_prefix(bytes: &[u8], composed: bool) -> usize {
    let mut at = 0;
    while at < bytes.len() {
        if bytes[at] < 0x80 {
            at += 1;
            // eight ASCII characters at a time
            while let Some(chunk) = bytes[at..].first_chunk::<8>() {
                if u64::from_le_bytes(*chunk) & 0x8080_8080_8080_8080 != 0 {
                    break;
                }
                at += 8;
            }
            continue;
        }
        // the syllables from U+B000 to U+CFFF and the Russian letters, a stretch at a time
        if matches!(bytes[at], 0xeb | 0xec) {
            at += 3;
            while matches!(bytes.get(at), Some(0xeb | 0xec)) {
                at += 3;
            }
            continue;
        }
        if matches!(bytes[at], 0xd0 | 0xd1) {
            at += 2;
            while matches!(bytes.get(at), Some(0xd0 | 0xd1)) {
                at += 2;
            }
            continue;
        }
        let next = |k: usize| bytes.get(at + k).copied().unwrap_or(0);
        at += match bytes[at] {
            // U+0400 to U+047F, U+04C0 to U+04FF
            0xd0 | 0xd1 | 0xd3 => 2,
            // U+0480 to U+04BF but the combining marks U+0483 to U+0489
            0xd2 if !(0x83..=0x89).contains(&next(1)) => 2,
            // U+0500 to U+052F
            0xd4 if next(1) <= 0xaf => 2,
            0xea..=0xed if chars::hangul_syllable(bytes, at) => 3,
            // U+0080 to U+02FF
            0xc2..=0xcb if composed => 2,
            // U+2002 to U+206F
            0xe2 if composed && next(1) == 0x80 && next(2) >= 0x82 => 3,
            0xe2 if composed && next(1) == 0x81 && next(2) < 0xb0 => 3,
            // U+4E00 to U+9FFF
            0xe4 if composed && next(1) >= 0xb8 => 3,
            0xe5..=0xe9 if composed => 3,
            _ => return at,
        };
    }
    bytes.len()
}

/// The text after its plain characters (`plain_prefix`): they are starters the quick check
/// lets through, so that the check of the rest is the check of the whole.
fn past_plain(text: &str, composed: bool) -> &str {
    text.get(plain_prefix(text.as_bytes(), composed)..)
        .unwrap_or(text)
}

/// Unicode NFC (Python's `unicodedata.normalize("NFC", text)`).
pub fn nfc(text: &str) -> Cow<'_, str> {
    if text.is_ascii() || is_nfc_quick(past_plain(text, true).chars()) == IsNormalized::Yes {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.nfc().collect())
    }
}

/// Unicode NFKC (Python's `unicodedata.normalize("NFKC", text)`).
pub fn nfkc(text: &str) -> Cow<'_, str> {
    if text.is_ascii() || is_nfkc_quick(past_plain(text, false).chars()) == IsNormalized::Yes {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.nfkc().collect())
    }
}

/// NFC, one kind of line break, no invisible or control characters, single spaces per line.
///
/// Line structure is kept; trailing spaces and blank-line runs are reduced.
pub fn clean_text(text: &str) -> String {
    // Line breaks as "\n" ("\r\n" is one), then the hidden characters out: in that order, so
    // that "\r" and "\n" with a control between them stay two breaks. What stays is copied a
    // stretch at a time.
    let bytes = text.as_bytes();
    let mut unified = String::new();
    let mut copied = 0; // where the text not yet copied starts
    let mut at = 0;
    let next_flagged = |mut at: usize| {
        // eight bytes at a time while none of them is flagged (tested at once, without a branch)
        while let Some(eight) = bytes.get(at..).and_then(|rest| rest.first_chunk::<8>()) {
            if eight
                .iter()
                .fold(false, |any, &b| any | MAY_START_HIDDEN[usize::from(b)])
            {
                break;
            }
            at += 8;
        }
        let rest = bytes.get(at..)?;
        Some(
            at + rest
                .iter()
                .position(|&b| MAY_START_HIDDEN[usize::from(b)])?,
        )
    };
    while let Some(flagged) = next_flagged(at) {
        at = flagged;
        let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        let after = at + c.len_utf8();
        let crlf = c == '\r' && bytes.get(after) == Some(&b'\n');
        let newline = crlf || is_other_newline(c);
        if newline || is_hidden(c) {
            unified.push_str(&text[copied..at]);
            if newline {
                unified.push('\n');
            }
            copied = if crlf { after + 1 } else { after };
        }
        at = after;
    }
    // the text itself when nothing was taken out
    let unified = if copied == 0 {
        Cow::Borrowed(text)
    } else {
        unified.push_str(&text[copied..]);
        Cow::Owned(unified)
    };
    let normal = nfc(&unified);
    // The lines joined by "\n", a run of three breaks or more as two, none at the ends.
    let mut out = String::with_capacity(normal.len());
    let mut breaks = 0; // since the last line of text
    for line in split_lines(&normal) {
        let squeezed = squeezed(line);
        if !squeezed.is_empty() {
            if !out.is_empty() {
                out.push_str(if breaks >= 2 { "\n\n" } else { "\n" });
            }
            out.push_str(&squeezed);
            breaks = 0;
        }
        breaks += 1;
    }
    out
}

/// All white space, line breaks included, as single spaces; ends stripped (Python's
/// `" ".join(text.split())`).
/// Whether the text, trailing white space aside, closes with an ellipsis: "…" or "...", the mark
/// of a copy or a paragraph cut short (Python's `ends_with_ellipsis`).
pub fn ends_with_ellipsis(text: &str) -> bool {
    let text = text.trim_end_matches(chars::is_space);
    text.ends_with("...") || text.ends_with('…')
}

pub fn squeeze_spaces(text: &str) -> String {
    squeezed(text).into_owned()
}

/// `squeeze_spaces`, the text itself when it is squeezed already.
pub fn squeezed(text: &str) -> Cow<'_, str> {
    if is_squeezed(text) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for word in split_words(text) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    Cow::Owned(out)
}

/// Whether a text is its own `squeeze_spaces`: no white space but single plain spaces between
/// words.
fn is_squeezed(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
        return false;
    }
    // Two spaces in a row, then the bytes other white space starts with, each looked for in
    // one pass without a branch; other white space is then looked for character by character.
    let after = bytes.get(1..).unwrap_or_default();
    let doubled =
        (bytes.iter().zip(after)).fold(false, |any, (&a, &b)| any | ((a == b' ') & (b == b' ')));
    if doubled {
        return false;
    }
    let flagged = bytes.iter().fold(false, |any, &b| any | may_start_space(b));
    !flagged || !text.chars().any(|c| c != ' ' && chars::is_space(c))
}

/// Whether a byte may start a white space character other than " ": an ASCII control (every
/// one, a few more than are white space: three comparisons a byte), or the first byte of
/// U+0085 and U+00A0, U+1680, U+2000 to U+205F, U+3000.
#[inline]
fn may_start_space(b: u8) -> bool {
    (b < 0x20) | (b == 0xc2) | (b.wrapping_sub(0xe1) < 3)
}

/// Phrases looked for inside a text all at once: Python's `any(p in text for p in phrases)`.
#[derive(Clone)]
pub struct Phrases {
    phrases: Vec<String>,
    /// The phrases as one pattern of alternatives; None when there are none (or too many to
    /// compile, when each is looked for in turn).
    any: Option<regex::Regex>,
}

impl Phrases {
    pub fn new(phrases: &[String]) -> Phrases {
        let pattern = phrases
            .iter()
            .map(|phrase| regex::escape(phrase))
            .collect::<Vec<_>>()
            .join("|");
        Phrases {
            phrases: phrases.to_vec(),
            any: (!phrases.is_empty())
                .then(|| regex::Regex::new(&pattern).ok())
                .flatten(),
        }
    }

    /// Whether any of the phrases is in the text.
    pub fn found_in(&self, text: &str) -> bool {
        match &self.any {
            Some(any) => any.is_match(text),
            None => self
                .phrases
                .iter()
                .any(|phrase| text.contains(phrase.as_str())),
        }
    }
}

/// The words of a text as Python's `str.split()` gives them.
pub fn split_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(chars::is_space).filter(|word| !word.is_empty())
}

/// The lines of a text, as `text.split('\n')` gives them: its line breaks found by one
/// search over the whole text rather than one search a line.
pub fn split_lines(text: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    memchr::memchr_iter(b'\n', text.as_bytes())
        .map(Some)
        .chain([None])
        .map(move |found| {
            let end = found.unwrap_or(text.len());
            let line = text.get(start..end).unwrap_or("");
            start = end + 1;
            line
        })
}

/// The offsets at which the lines of a text start (`split_lines`): 0, and each one after a
/// line break.
pub fn starts_of_lines(text: &str) -> impl Iterator<Item = usize> + '_ {
    std::iter::once(0).chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|at| at + 1))
}

/// The last `count` words of a text (`split_words`), in order, read from its end:
/// `text.split()[-count:]`.
pub fn last_words(text: &str, count: usize) -> Vec<&str> {
    let mut words: Vec<&str> = text
        .rsplit(chars::is_space)
        .filter(|word| !word.is_empty())
        .take(count)
        .collect();
    words.reverse();
    words
}

/// What a byte says of white space: 0 none starts with it, 1 it is white space (ASCII), 2 a
/// character beyond ASCII that starts with it may be (`may_start_space`).
const SPACE_BYTES: [u8; 256] = {
    let mut classes = [0; 256];
    let mut byte = 0;
    while byte < 256 {
        classes[byte] = match byte as u8 {
            b'\t'..=b'\r' | 0x1c..=0x20 => 1,
            0xc2 | 0xe1 | 0xe2 | 0xe3 => 2,
            _ => 0,
        };
        byte += 1;
    }
    classes
};

/// Eight bytes none of which may start white space but the space itself: none below 0x20,
/// none 0xC2 nor 0xE0 to 0xE3 (the bytes a character beyond ASCII that is white space starts
/// with, `SPACE_BYTES`). Each test sets a high bit for such a byte, and only for one.
fn only_spaces_plain(eight: &[u8; 8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let bytes = u64::from_le_bytes(*eight);
    let zero = |word: u64| word.wrapping_sub(ONES) & !word & HIGHS;
    let below = bytes.wrapping_sub(0x20 * ONES) & !bytes & HIGHS;
    below | zero(bytes ^ (0xc2 * ONES)) | zero((bytes & (0xfc * ONES)) ^ (0xe0 * ONES)) == 0
}

/// The high bit of each of eight bytes that is a space (" "), no other bit: no carry crosses
/// a byte.
pub fn space_bits(eight: &[u8; 8]) -> u64 {
    const LOW: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let bytes = u64::from_le_bytes(*eight) ^ 0x2020_2020_2020_2020;
    !(((bytes & LOW) + LOW) | bytes | LOW)
}

/// Whether the text holds a colon, ASCII's (":") or the full-width one ("：", whose first byte
/// is 0xEF): both are looked for in one pass over the bytes, a full-width colon's other bytes
/// checked only after a 0xEF.
pub fn holds_colon(text: &str) -> bool {
    const FULL_WIDTH: &[u8] = "：".as_bytes();
    let bytes = text.as_bytes();
    memchr::memchr2_iter(b':', FULL_WIDTH[0], bytes)
        .any(|at| bytes[at] == b':' || bytes[at..].starts_with(FULL_WIDTH))
}

/// How many words `split_words` finds in the text, counted up to `limit`: the smaller of
/// the two. Its opening bytes are read eight at a time while none of them may start white
/// space but the space (there a word starts at a byte other than a space after a space, or at
/// the start: a character's later bytes never follow a space); the rest byte by byte.
pub fn count_words(text: &str, limit: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let bytes = text.as_bytes();
    let mut count = 0;
    let mut at = 0;
    // the high bit of the first byte when the byte before the chunk is a space (or there is none)
    let mut after_space = 0x80;
    while let Some(eight) = bytes.get(at..).and_then(|rest| rest.first_chunk::<8>()) {
        if !only_spaces_plain(eight) {
            break;
        }
        let spaces = space_bits(eight);
        let starts = !spaces & 0x8080_8080_8080_8080 & ((spaces << 8) | after_space);
        count += ((starts >> 7).wrapping_mul(ONES) >> 56) as usize;
        if count >= limit {
            return limit;
        }
        after_space = spaces >> 56;
        at += 8;
    }
    if after_space == 0 {
        // inside a word: on from its last byte read (a character's first or a later one; the
        // white space after the word is looked for from the byte after it)
        count_from(text, at.saturating_sub(1), count, true, limit)
    } else {
        count_from(text, at, count, false, limit)
    }
}

/// `count_words` read byte by byte from `at`, `count` words counted before it; with
/// `in_word`, `at` is a byte of the last of them. Only a character beyond ASCII whose
/// first byte may start white space is decoded, and a word is passed over to the next byte
/// that may start white space.
fn count_from(
    text: &str,
    mut at: usize,
    mut count: usize,
    mut in_word: bool,
    limit: usize,
) -> usize {
    let bytes = text.as_bytes();
    loop {
        if !in_word {
            // past the white space before a word
            loop {
                let Some(&byte) = bytes.get(at) else {
                    return count;
                };
                at += match SPACE_BYTES[usize::from(byte)] {
                    0 => break,
                    1 => 1,
                    _ => match space_width(text, at) {
                        Some(width) => width,
                        None => break,
                    },
                };
            }
            if count == limit {
                return count;
            }
            count += 1;
        }
        in_word = false;
        // past the word: to the next byte that may start white space, and on while the
        // character it starts is none
        loop {
            let Some(found) = next_space_byte(bytes, at + 1) else {
                return count;
            };
            at = found;
            if SPACE_BYTES[usize::from(bytes[at])] == 1 || space_width(text, at).is_some() {
                break;
            }
        }
    }
}

/// The first byte from `at` that may start white space (`SPACE_BYTES` not 0), if any: eight
/// bytes at a time where none of them may (`may_open_space`), then byte by byte.
fn next_space_byte(bytes: &[u8], mut at: usize) -> Option<usize> {
    while let Some(eight) = bytes.get(at..).and_then(|rest| rest.first_chunk::<8>()) {
        if may_open_space(eight) {
            let found = eight
                .iter()
                .position(|&byte| SPACE_BYTES[usize::from(byte)] != 0);
            if let Some(k) = found {
                return Some(at + k);
            }
        }
        at += 8;
    }
    let rest = bytes.get(at..)?;
    let found = rest
        .iter()
        .position(|&byte| SPACE_BYTES[usize::from(byte)] != 0);
    found.map(|k| at + k)
}

/// Whether one of eight bytes may start white space: one below 0x21, 0xC2, or one of 0xE0
/// to 0xE3 (0xE0 starts none: it only sends its eight bytes to be read one by one). Each
/// test makes such a byte zero, found by the borrow that subtracting one leaves in its high
/// bit.
fn may_open_space(eight: &[u8; 8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let bytes = u64::from_le_bytes(*eight);
    let zero = |word: u64| word.wrapping_sub(ONES) & !word & HIGHS;
    let below = bytes.wrapping_sub(0x21 * ONES) & !bytes & HIGHS;
    below | zero(bytes ^ (0xc2 * ONES)) | zero((bytes & (0xfc * ONES)) ^ (0xe0 * ONES)) != 0
}

/// The width of the white space character at byte `at` (where a character starts); None
/// when the character there is no white space.
fn space_width(text: &str, at: usize) -> Option<usize> {
    let c = text.get(at..)?.chars().next()?;
    chars::is_space(c).then(|| c.len_utf8())
}

/// Whether `part` stands in `text` between spaces or at its ends: Python's
/// `f" {part} " in f" {text} "`, without building either text. Only the places where a word
/// may start (the text's start, after a space) are compared.
pub fn holds_words(text: &str, part: &str) -> bool {
    let (bytes, wanted) = (text.as_bytes(), part.as_bytes());
    let fits = |start: usize| {
        bytes[start..].starts_with(wanted)
            && bytes
                .get(start + wanted.len())
                .is_none_or(|&byte| byte == b' ')
    };
    fits(0) || memchr::memchr_iter(b' ', bytes).any(|space| fits(space + 1))
}

/// Whether any of `parts` stands in `text` between spaces or at its ends (`holds_words` of
/// each): the places where a word may start are found once, and every part compared there,
/// its first two bytes before the rest.
pub fn holds_any_words<S: AsRef<str>>(text: &str, parts: &[S]) -> bool {
    let bytes = text.as_bytes();
    let fits = |start: usize, wanted: &[u8]| {
        let rest = &bytes[start..];
        let opens = match (rest, wanted) {
            ([a, b, ..], [x, y, ..]) => a == x && b == y,
            _ => true,
        };
        opens
            && rest.starts_with(wanted)
            && bytes
                .get(start + wanted.len())
                .is_none_or(|&byte| byte == b' ')
    };
    std::iter::once(0)
        .chain(memchr::memchr_iter(b' ', bytes).map(|space| space + 1))
        .any(|start| {
            parts
                .iter()
                .any(|part| fits(start, part.as_ref().as_bytes()))
        })
}

// The twins of the differential test.

#[pyfunction]
#[pyo3(name = "text__clean_text")]
fn twin_clean_text(text: &str) -> String {
    clean_text(text)
}

#[pyfunction]
#[pyo3(name = "text__squeeze_spaces")]
fn twin_squeeze_spaces(text: &str) -> String {
    squeeze_spaces(text)
}

/// A normal form ("NFC" or "NFKC") of a text, for checking the tables against Python's.
#[pyfunction]
#[pyo3(name = "text__normalize")]
fn twin_normalize(form: &str, text: &str) -> PyResult<String> {
    match form {
        "NFC" => Ok(nfc(text).into_owned()),
        "NFKC" => Ok(nfkc(text).into_owned()),
        _ => Err(pyo3::exceptions::PyValueError::new_err(format!(
            "{form} is not a normal form the core uses."
        ))),
    }
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(twin_clean_text, m)?)?;
    m.add_function(wrap_pyfunction!(twin_squeeze_spaces, m)?)?;
    m.add_function(wrap_pyfunction!(twin_normalize, m)?)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn white_space_starts_with_the_bytes_looked_at() {
        for c in ('\0'..=char::MAX).filter(|&c| c != ' ' && chars::is_space(c)) {
            assert!(may_start_space(c.to_string().as_bytes()[0]), "{c:?}");
        }
        for c in ('\0'..=char::MAX).filter(|&c| is_hidden(c) || is_other_newline(c)) {
            assert!(
                MAY_START_HIDDEN[usize::from(c.to_string().as_bytes()[0])],
                "{c:?}"
            );
        }
        // a plain character is a starter that the quick check lets through
        for c in '\0'..=char::MAX {
            let one = c.to_string();
            let starter = unicode_normalization::char::canonical_combining_class(c) == 0;
            let plain = |composed| plain_prefix(one.as_bytes(), composed) == one.len();
            let in_nfc = is_nfc_quick(one.chars()) == IsNormalized::Yes;
            let in_nfkc = is_nfkc_quick(one.chars()) == IsNormalized::Yes;
            assert!(!plain(true) || (starter && in_nfc), "{c:?}");
            assert!(!plain(false) || (starter && in_nfkc), "{c:?}");
        }
        assert!(is_squeezed("가 나") && is_squeezed("") && !is_squeezed("가\u{3000}나"));
    }

    #[test]
    fn words_are_held_as_python_finds_them_between_spaces() {
        let texts = [
            "",
            " ",
            "a",
            "a b",
            "seoul city hall",
            "city hall seoul",
            "a  b",
            " a",
            "서울 시청 앞",
            "cityhall",
        ];
        let parts = [
            "",
            " ",
            "a",
            "b",
            "a b",
            "city hall",
            "hall",
            "city",
            "ity hall",
            "시청",
            "서울 시청",
            " a",
            "a ",
        ];
        for text in texts {
            for part in parts {
                let python = format!(" {text} ").contains(&format!(" {part} "));
                assert_eq!(holds_words(text, part), python, "{text:?} {part:?}");
            }
        }
        for (first, second) in parts.iter().zip(parts.iter().rev()) {
            let pair = [first, second];
            for text in texts {
                let each = holds_words(text, first) || holds_words(text, second);
                assert_eq!(holds_any_words(text, &pair), each, "{text:?} {pair:?}");
            }
        }
        assert!(!holds_any_words::<&str>("a b", &[]));
    }

    #[test]
    fn words_are_counted_as_they_are_split() {
        let texts = [
            "",
            "   ",
            "one",
            " Council approves\tthe  budget\n",
            "Совет\u{a0}утвердил бюджет\u{3000}города\u{2009}сегодня",
            "시의회\u{85}예산안 통과\u{1c}했다 \u{2028} 오늘",
            "a\u{200b}b café — «цитата» 가ㅤ나",
        ];
        for byte in 0..=255u8 {
            let class = SPACE_BYTES[usize::from(byte)];
            assert!(
                class == 0 || byte == b' ' || may_start_space(byte),
                "{byte}"
            );
            assert_eq!(class == 1, byte < 0x80 && class != 0, "{byte}");
        }
        let pieces = [
            "a", " ", "  ", "\t", "\n", "\u{7f}", "\u{a0}", "\u{2009}", "\u{3000}", "Лето", "여름",
            "«", "~",
        ];
        let mut more = Vec::new();
        for one in pieces {
            for two in pieces {
                for three in pieces {
                    more.push(format!("{one}{two}{three}{one}"));
                    more.push(format!(
                        "Council members met{one}on Tuesday {two}and voted{three}to approve it"
                    ));
                    more.push(format!("The  budget{one}{two}passed {three}"));
                }
            }
        }
        for text in texts.iter().copied().chain(more.iter().map(String::as_str)) {
            let all = split_words(text).count();
            for limit in [0, 1, 2, 3, 4, 5, 6, 7, 9, 100] {
                assert_eq!(count_words(text, limit), all.min(limit), "{text:?} {limit}");
            }
        }
        assert!(!is_squeezed(" a") && !is_squeezed("a ") && !is_squeezed("a  b"));
    }

    #[test]
    fn bytes_that_may_open_white_space_are_found_eight_at_a_time_as_one_by_one() {
        for byte in 0..=255u8 {
            for place in 0..12 {
                let mut bytes = [b'a'; 12];
                bytes[place] = byte;
                for at in 0..=bytes.len() {
                    let one_by_one =
                        (at..bytes.len()).find(|&k| SPACE_BYTES[usize::from(bytes[k])] != 0);
                    assert_eq!(
                        next_space_byte(&bytes, at),
                        one_by_one,
                        "{byte} {place} {at}"
                    );
                }
            }
        }
    }
}
