//! Characters as the Python rooms see them: the `regex` module's classes (`\p{L}`, `\p{Lu}`,
//! `\p{Hangul}`, `\s`, ...) and the predicates of Python 3.11's `str` (`isupper`, `islower`,
//! `isdigit`, `isspace`, `lower`, `casefold`, `splitlines`, `strip`), on Unicode 14.0 text.
//!
//! The classes come from `regex-syntax`'s tables (a bare script name is the Script property,
//! as in Python's `regex`); the few characters whose properties changed after Unicode 14.0
//! are set back to what Python says of them.

use std::sync::OnceLock;

use regex_syntax::hir::{Class, HirKind};

/// A set of the classes below, one bit each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Flags(u32);

pub const L: u32 = 1 << 0;
pub const M: u32 = 1 << 1;
pub const N: u32 = 1 << 2;
pub const CF: u32 = 1 << 3;
pub const LU: u32 = 1 << 4;
pub const LL: u32 = 1 << 5;
pub const LO: u32 = 1 << 6;
pub const LM: u32 = 1 << 7;
pub const LT: u32 = 1 << 8;
pub const ND: u32 = 1 << 9;
pub const HANGUL: u32 = 1 << 10;
pub const HAN: u32 = 1 << 11;
pub const HIRAGANA: u32 = 1 << 12;
pub const KATAKANA: u32 = 1 << 13;
pub const LATIN: u32 = 1 << 14;
pub const CYRILLIC: u32 = 1 << 15;
/// `regex`'s `\s`: the White_Space property.
pub const SPACE: u32 = 1 << 16;
pub const P: u32 = 1 << 17;
pub const S: u32 = 1 << 18;
pub const Z: u32 = 1 << 19;
pub const GREEK: u32 = 1 << 20;
pub const ARABIC: u32 = 1 << 21;
pub const HEBREW: u32 = 1 << 22;
pub const THAI: u32 = 1 << 23;
pub const DEVANAGARI: u32 = 1 << 24;
pub const ARMENIAN: u32 = 1 << 25;
pub const GEORGIAN: u32 = 1 << 26;

/// Each class as `regex` writes it, with its bit.
const CLASSES: [(&str, u32); 27] = [
    (r"\p{L}", L),
    (r"\p{M}", M),
    (r"\p{N}", N),
    (r"\p{Cf}", CF),
    (r"\p{Lu}", LU),
    (r"\p{Ll}", LL),
    (r"\p{Lo}", LO),
    (r"\p{Lm}", LM),
    (r"\p{Lt}", LT),
    (r"\p{Nd}", ND),
    (r"\p{Hangul}", HANGUL),
    (r"\p{Han}", HAN),
    (r"\p{Hiragana}", HIRAGANA),
    (r"\p{Katakana}", KATAKANA),
    (r"\p{Latin}", LATIN),
    (r"\p{Cyrillic}", CYRILLIC),
    (r"\s", SPACE),
    (r"\p{P}", P),
    (r"\p{S}", S),
    (r"\p{Z}", Z),
    (r"\p{Greek}", GREEK),
    (r"\p{Arabic}", ARABIC),
    (r"\p{Hebrew}", HEBREW),
    (r"\p{Thai}", THAI),
    (r"\p{Devanagari}", DEVANAGARI),
    (r"\p{Armenian}", ARMENIAN),
    (r"\p{Georgian}", GEORGIAN),
];

/// The bit of a class named as `regex` names it without `\\p{}` ("Lu", "Hangul"; "s" for `\\s`).
pub fn class_named(name: &str) -> Option<u32> {
    CLASSES
        .iter()
        .find(|(pattern, _)| {
            pattern
                .strip_prefix(r"\p{")
                .and_then(|rest| rest.strip_suffix('}'))
                == Some(name)
                || (name == "s" && *pattern == r"\s")
        })
        .map(|&(_, bit)| bit)
}

/// U+0295 LATIN LETTER PHARYNGEAL VOICED FRICATIVE is Lo to Python's `regex` (Ll later).
const PHARYNGEAL: char = '\u{295}';

/// `\p{Ll}` as Python's `regex` sees it, written for a pattern of Rust's `regex` (whose
/// other classes agree with Python's on the characters Python 3.11 knows).
pub const LOWERCASE_LETTER: &str = r"[\p{Ll}--\x{295}]";

/// `\p{Lu}` (or `\p{Ll}`, `\p{Lt}`) in a pattern Python's `regex` compiles with IGNORECASE:
/// any cased letter, as it sees them.
pub const CASED_LETTER: &str = r"[\p{Lu}\p{Ll}\p{Lt}--\x{295}]";

/// A piece of a pattern (words, classes of literal characters, `?` and `|`) matched as
/// Python's `regex` matches it with IGNORECASE: Rust's `(?i)`, which closes words and classes
/// under simple case folding as `regex` does, but for "i", which also matches "İ" (whose lower
/// case is "i"). Property classes such as `\p{L}` go outside it: `regex` does not close them
/// (Rust's `(?i)\p{L}` would take U+0345, which folds to "ι").
pub fn caseless(piece: &str) -> String {
    format!("(?i:{})", piece.replace('i', "[iİ]"))
}

/// Letters whose Lowercase property changed after Unicode 14.0: modifier letters that
/// Python 3.11's `islower` does not count, and U+0295, which it does.
const NOT_LOWER: [char; 5] = ['\u{10fc}', '\u{a7f2}', '\u{a7f3}', '\u{a7f4}', '\u{ab69}'];

/// Digits outside Nd (Numeric_Type=Digit: superscripts, circled digits, ...), which
/// `str.isdigit` counts.
const OTHER_DIGITS: [(char, char); 20] = [
    ('\u{b2}', '\u{b3}'),
    ('\u{b9}', '\u{b9}'),
    ('\u{1369}', '\u{1371}'),
    ('\u{19da}', '\u{19da}'),
    ('\u{2070}', '\u{2070}'),
    ('\u{2074}', '\u{2079}'),
    ('\u{2080}', '\u{2089}'),
    ('\u{2460}', '\u{2468}'),
    ('\u{2474}', '\u{247c}'),
    ('\u{2488}', '\u{2490}'),
    ('\u{24ea}', '\u{24ea}'),
    ('\u{24f5}', '\u{24fd}'),
    ('\u{24ff}', '\u{24ff}'),
    ('\u{2776}', '\u{277e}'),
    ('\u{2780}', '\u{2788}'),
    ('\u{278a}', '\u{2792}'),
    ('\u{10a40}', '\u{10a43}'),
    ('\u{10e60}', '\u{10e68}'),
    ('\u{11052}', '\u{1105a}'),
    ('\u{1f100}', '\u{1f10a}'),
];

/// The classes of every character: a table for the Basic Multilingual Plane, ranges above.
struct Table {
    bmp: Vec<u32>,
    astral: Vec<(Vec<(char, char)>, u32)>,
}

fn ranges(pattern: &str) -> Vec<(char, char)> {
    let parsed = regex_syntax::Parser::new().parse(pattern);
    match parsed.as_ref().map(|hir| hir.kind()) {
        Ok(HirKind::Class(Class::Unicode(class))) => class
            .ranges()
            .iter()
            .map(|range| (range.start(), range.end()))
            .collect(),
        _ => panic!("{pattern} is not a Unicode class"),
    }
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut bmp = vec![0u32; 0x10000];
        let mut astral = Vec::new();
        for (pattern, bit) in CLASSES {
            let ranges = ranges(pattern);
            for &(start, end) in &ranges {
                for code in (start as u32)..=(end as u32).min(0xffff) {
                    bmp[code as usize] |= bit;
                }
            }
            let above: Vec<(char, char)> = ranges
                .into_iter()
                .filter(|&(_, end)| end as u32 > 0xffff)
                .collect();
            astral.push((above, bit));
        }
        bmp[PHARYNGEAL as usize] = (bmp[PHARYNGEAL as usize] & !LL) | LO;
        Table { bmp, astral }
    })
}

/// The classes of one character.
#[inline]
pub fn flags(c: char) -> Flags {
    Classes::get().of(c)
}

/// The table of classes, found once for a loop that reads the classes of many characters.
#[derive(Clone, Copy)]
pub struct Classes(&'static Table);

impl Classes {
    #[inline]
    pub fn get() -> Classes {
        Classes(table())
    }

    /// The classes of one character.
    #[inline]
    pub fn of(self, c: char) -> Flags {
        match self.0.bmp.get(c as usize) {
            Some(&bits) => Flags(bits),
            None => astral_flags(c),
        }
    }
}

/// The classes of a character above the Basic Multilingual Plane.
#[inline(never)]
fn astral_flags(c: char) -> Flags {
    let mut bits = 0;
    for (ranges, bit) in &table().astral {
        if in_ranges(ranges, c) {
            bits |= bit;
        }
    }
    Flags(bits)
}

fn in_ranges(ranges: &[(char, char)], c: char) -> bool {
    ranges
        .binary_search_by(|&(start, end)| {
            if end < c {
                std::cmp::Ordering::Less
            } else if start > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

impl Flags {
    /// Whether the character is in any of the classes.
    #[inline]
    pub fn any(self, classes: u32) -> bool {
        self.0 & classes != 0
    }
}

/// Whether a character is in any of the classes (`L | M | N`, ...).
#[inline]
pub fn is(c: char, classes: u32) -> bool {
    flags(c).any(classes)
}

/// Python's `c.isupper()` for one character.
pub fn is_upper(c: char) -> bool {
    c.is_uppercase()
}

/// Python's `c.islower()` for one character.
pub fn is_lower(c: char) -> bool {
    (c.is_lowercase() && !NOT_LOWER.contains(&c)) || c == PHARYNGEAL
}

/// Python's `c.isdigit()` for one character.
pub fn is_digit(c: char) -> bool {
    is(c, ND) || OTHER_DIGITS.iter().any(|&(a, b)| a <= c && c <= b)
}

/// Python's `c.isspace()` (White_Space and the separators U+001C to U+001F).
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// Python's `s.isupper()`: no lowercase or titlecase letter, and one uppercase at least.
pub fn str_is_upper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_lower(c) || is(c, LT) {
            return false;
        }
        cased |= is_upper(c);
    }
    cased
}

/// Python's `s.islower()`: no uppercase or titlecase letter, and one lowercase at least.
pub fn str_is_lower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_upper(c) || is(c, LT) {
            return false;
        }
        cased |= is_lower(c);
    }
    cased
}

/// Python's `s.isdigit()`.
pub fn str_is_digit(s: &str) -> bool {
    !s.is_empty() && s.chars().all(is_digit)
}

/// Python's `s.lower()` (full lowercase mapping, final sigma in context).
///
/// `str::to_lowercase`, with the letters of the pages' main scripts mapped without a table
/// search; a capital sigma, the one letter whose lower case depends on its neighbours, leaves
/// the whole text to `str::to_lowercase`.
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    // What lower case keeps is copied a stretch at a time, from `kept` on.
    let mut kept = 0;
    for (at, c) in open_to_lower(s) {
        out.push_str(&s[kept..at]);
        kept = at + c.len_utf8();
        match c {
            'A'..='Z' => out.push(c.to_ascii_lowercase()),
            // Cyrillic capitals: А-Я to а-я, Ѐ-Џ to ѐ-џ
            '\u{410}'..='\u{42f}' => out.extend(char::from_u32(c as u32 + 0x20)),
            '\u{400}'..='\u{40f}' => out.extend(char::from_u32(c as u32 + 0x50)),
            'Σ' => return s.to_lowercase(),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out.push_str(&s[kept..]);
    out
}

/// The characters of the text whose case its bytes leave open, with their byte offsets: the
/// bytes are read one by one, and what lower case keeps as it is (a run of lower-case ASCII, a
/// character whose case its bytes settle) is stepped over without decoding it.
fn open_to_lower(s: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    let bytes = s.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        at = past_kept(bytes, at);
        let c = s.get(at..)?.chars().next()?;
        let found = at;
        at += c.len_utf8();
        Some((found, c))
    })
}

/// Past the characters from `at` that lower case keeps as they are (`kept_as_is`), read in
/// one loop: a run of lower-case ASCII eight bytes at a time, where one follows.
#[inline]
fn past_kept(bytes: &[u8], mut at: usize) -> usize {
    while let Some(&byte) = bytes.get(at) {
        let kept = if byte < 0x80 && !byte.is_ascii_uppercase() {
            // a lone space between words of another script is one byte
            match bytes.get(at + 1) {
                Some(next) if next.is_ascii() => past_lower_ascii(bytes, at + 1) - at,
                _ => 1,
            }
        } else {
            kept_as_is(bytes, at)
        };
        if kept == 0 {
            break;
        }
        at += kept;
    }
    at
}

/// Whether lower case leaves the text as it is (`lower(s) == s`), told without making it:
/// lower case maps each character on its own (a capital sigma, whose lower case depends on
/// its place, is never kept either way).
pub fn is_own_lower(s: &str) -> bool {
    open_to_lower(s).all(|(_, c)| {
        let mut lowered = c.to_lowercase();
        lowered.next() == Some(c) && lowered.next().is_none()
    })
}

/// Whether upper case leaves the text as it is (`s.to_uppercase() == s`), told without
/// making it: upper case maps each character on its own.
pub fn is_own_upper(s: &str) -> bool {
    s.chars().all(|c| {
        let mut upper = c.to_uppercase();
        upper.next() == Some(c) && upper.next().is_none()
    })
}

/// Past the bytes from `at` that are ASCII and no capital, eight at a time (a shorter tail is
/// left to the caller).
fn past_lower_ascii(bytes: &[u8], mut at: usize) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = bytes.get(at..).and_then(|rest| rest.first_chunk::<8>()) {
        let word = u64::from_le_bytes(*chunk);
        // each byte's high bit: from "A" on, from past "Z" on (no carry between ASCII bytes;
        // a chunk with a byte past ASCII may wrap, and is left below)
        let from_a = word.wrapping_add(0x3f3f_3f3f_3f3f_3f3f);
        let past_z = word.wrapping_add(0x2525_2525_2525_2525);
        if word & HIGH != 0 || from_a & !past_z & HIGH != 0 {
            break;
        }
        at += 8;
    }
    at
}

/// How many bytes from `at` (the start of a character) make one character that lower case
/// leaves as it is, found from its bytes alone: ASCII but capitals, Cyrillic small letters
/// (U+0430 to U+045F), general punctuation (U+2000 to U+206F), U+3000 to U+9FFF (CJK
/// symbols, kana, ideographs) and Hangul syllables; 0 for any other character.
#[inline(always)]
fn kept_as_is(bytes: &[u8], at: usize) -> usize {
    let next = |k: usize| bytes.get(at + k).copied().unwrap_or(0);
    match bytes[at] {
        b'A'..=b'Z' => 0,
        0..=0x7f => 1,
        0xd0 if next(1) >= 0xb0 => 2,
        0xd1 if next(1) < 0xa0 => 2,
        0xe2 if next(1) == 0x80 || (next(1) == 0x81 && next(2) < 0xb0) => 3,
        0xe3..=0xe9 => 3,
        0xea..=0xed if hangul_syllable(bytes, at) => 3,
        _ => 0,
    }
}

/// Python's `s.casefold()` (full case folding).
///
/// A text of the pages' main scripts only is folded as `lower` maps it, without a table
/// search: their letters fold to their lower case.
pub fn casefold(s: &str) -> String {
    if folds_as_lowered(s.as_bytes()) || s.chars().all(folds_to_lower) {
        return lower(s);
    }
    unicase::UniCase::new(s).to_folded_case()
}

/// Whether every character of the text is one `folds_to_lower` names, told from its bytes;
/// false for some texts that are.
fn folds_as_lowered(bytes: &[u8]) -> bool {
    let mut at = 0;
    while at < bytes.len() {
        let next = |k: usize| bytes.get(at + k).copied().unwrap_or(0);
        at += match bytes[at] {
            0..=0x7f => 1,
            // U+0400 to U+045F
            0xd0 => 2,
            0xd1 if next(1) < 0xa0 => 2,
            // U+2000 to U+206F
            0xe2 if next(1) == 0x80 || (next(1) == 0x81 && next(2) < 0xb0) => 3,
            // U+4E00 to U+9FFF
            0xe4 if next(1) >= 0xb8 => 3,
            0xe5..=0xe9 => 3,
            0xea..=0xed if hangul_syllable(bytes, at) => 3,
            _ => return false,
        };
    }
    true
}

/// Whether the three bytes from `at` (a first byte from 0xEA to 0xED) are a Hangul syllable:
/// U+AC00 (EA B0 80) to U+D7A3 (ED 9E A3).
#[inline]
pub fn hangul_syllable(bytes: &[u8], at: usize) -> bool {
    let byte = |k: usize| bytes.get(at + k).copied().unwrap_or(0);
    match byte(0) {
        0xeb | 0xec => true,
        0xea => byte(1) >= 0xb0,
        0xed => byte(1) < 0x9e || (byte(1) == 0x9e && byte(2) <= 0xa3),
        _ => false,
    }
}

/// A character whose case folding is its lower case: ASCII, Russian's Cyrillic letters,
/// general punctuation, CJK ideographs and Hangul syllables.
fn folds_to_lower(c: char) -> bool {
    matches!(
        c,
        '\0'..='\u{7f}'
            | '\u{400}'..='\u{45f}'
            | '\u{2000}'..='\u{206f}'
            | '\u{4e00}'..='\u{9fff}'
            | '\u{ac00}'..='\u{d7a3}'
    )
}

/// Whether the text holds any of the characters (`str::contains` of a list of them), looked
/// for by their first bytes: one fast scan of the text for up to three distinct first bytes,
/// where `contains` decodes the text a character at a time and compares each with the list.
pub fn holds_any(text: &str, wanted: &[char]) -> bool {
    let bytes = text.as_bytes();
    // a character's first byte is no other character's inner byte: a wanted character is
    // where one of the first bytes is and its bytes follow
    let found_at = |at: usize| {
        wanted.iter().any(|&c| {
            let mut buffer = [0; 4];
            bytes[at..].starts_with(c.encode_utf8(&mut buffer).as_bytes())
        })
    };
    let scan = |firsts: &[u8]| match *firsts {
        [a] => memchr::memchr_iter(a, bytes).any(found_at),
        [a, b] => memchr::memchr2_iter(a, b, bytes).any(found_at),
        [a, b, c] => memchr::memchr3_iter(a, b, c, bytes).any(found_at),
        _ => false,
    };
    let mut seen = [false; 256];
    let mut firsts = [0u8; 3];
    let mut count = 0;
    for &c in wanted {
        let mut buffer = [0; 4];
        let first = c.encode_utf8(&mut buffer).as_bytes()[0];
        if std::mem::replace(&mut seen[usize::from(first)], true) {
            continue;
        }
        firsts[count] = first;
        count += 1;
        if count == firsts.len() {
            if scan(&firsts) {
                return true;
            }
            count = 0;
        }
    }
    scan(&firsts[..count])
}

/// Python's `s.strip()`.
pub fn strip(s: &str) -> &str {
    s.trim_matches(is_space)
}

/// Python's `s.splitlines()`: lines without their ends, split at every line boundary Python
/// knows (`\r\n` counting as one).
pub fn splitlines(s: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((index, c)) = chars.next() {
        if matches!(
            c,
            '\n' | '\r'
                | '\u{b}'
                | '\u{c}'
                | '\u{1c}'
                | '\u{1d}'
                | '\u{1e}'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        ) {
            lines.push(&s[start..index]);
            let mut next = index + c.len_utf8();
            if c == '\r' {
                if let Some(&(_, '\n')) = chars.peek() {
                    chars.next();
                    next += 1;
                }
            }
            start = next;
        }
    }
    if start < s.len() {
        lines.push(&s[start..]);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn held_characters_are_found_by_their_bytes() {
        let texts = [
            "",
            "Home › World",
            "Новости » Общество",
            "가>나",
            "a|b",
            "«цитата»",
            "ab",
            "서울 – 부산 ㅣ 뉴스",
            "тире — да",
            "a · b",
        ];
        let lists: [&[char]; 7] = [
            &['›', '»', '>'],
            &['|', '/'],
            &['»'],
            &[],
            &['·', '•', '–', '—', 'ㅣ'],
            &['»', '›', '>', '<', '‹', '/', '|'],
            &['‹', '—', '·', '•'],
        ];
        for text in texts {
            for wanted in lists {
                assert_eq!(holds_any(text, wanted), text.contains(wanted), "{text:?}");
            }
        }
    }

    #[test]
    fn lower_as_python() {
        let text = "Ёлка ПОД Окном, 가나 ΣΑΣ İx Ⅻ Straße";
        assert_eq!(lower(text), "ёлка под окном, 가나 σας i̇x ⅻ straße");
        assert_eq!(lower("ÀB가"), "àb가");
    }

    #[test]
    fn ascii_passed_over_is_lower_case() {
        for c in '\0'..='\u{7f}' {
            let text = format!("abcdefg{c}hijklmnopq");
            let past = past_lower_ascii(text.as_bytes(), 0);
            assert_eq!(past, if c.is_ascii_uppercase() { 0 } else { 16 }, "{c:?}");
            assert_eq!(
                lower(&format!("{text}é")),
                format!("{text}é").to_lowercase()
            );
        }
        assert_eq!(past_lower_ascii("abcdefgéabc".as_bytes(), 0), 0);
        for c in '\u{a000}'..='\u{d7ff}' {
            let hangul = ('\u{ac00}'..='\u{d7a3}').contains(&c);
            assert_eq!(
                hangul_syllable(c.to_string().as_bytes(), 0),
                hangul,
                "{c:?}"
            );
        }
    }

    #[test]
    fn kept_as_is_only_what_lower_case_keeps() {
        for c in '\0'..=char::MAX {
            let text = c.to_string();
            let skip = kept_as_is(text.as_bytes(), 0);
            assert!(skip == 0 || skip == text.len(), "{c:?}");
            if skip > 0 {
                assert_eq!(c.to_lowercase().collect::<String>(), text, "{c:?}");
            }
            assert_eq!(lower(&format!("é{c}Я")), format!("é{c}Я").to_lowercase());
        }
    }

    #[test]
    fn folded_as_lowered() {
        for c in '\0'..=char::MAX {
            let by_bytes = folds_as_lowered(c.to_string().as_bytes());
            assert!(!by_bytes || folds_to_lower(c), "{c:?}");
        }
        for c in ('\0'..=char::MAX).filter(|&c| folds_to_lower(c)) {
            let text = c.to_string();
            assert_eq!(
                lower(&text),
                unicase::UniCase::new(&text).to_folded_case(),
                "{c:?}"
            );
        }
    }
}
