//! Python's view of text where the timestamp rules depend on it: white space (`str.isspace`,
//! `re`'s and `regex`'s `\s`), `str.lower`, `str.split`, `str.isdigit`, `int` and `float` of
//! Unicode digits, `repr`, and code-point offsets over UTF-8 strings.

use crate::per_thread::per_thread;
use crate::segment::chars;
use regex::Regex;

/// `re`'s `\s` (and `str.isspace`), as the body of a character class.
pub const RE_SPACE: &str = r"\t\n\x0B\x0C\r\x1C-\x1F \x{85}\xA0\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}";
/// `regex`'s `\s` (Unicode's White_Space: not the separators U+001C to U+001F).
pub const REGEX_SPACE: &str =
    r"\t\n\x0B\x0C\r \x{85}\xA0\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}";

/// `str.isspace()` for one character.
pub fn is_space(c: char) -> bool {
    matches!(
        c,
        '\t'..='\r'
            | '\x1c'..='\x20'
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

/// `str.split()`: the words between runs of white space.
pub fn split(text: &str) -> impl Iterator<Item = &str> {
    text.split(is_space).filter(|word| !word.is_empty())
}

/// `str.rstrip()`.
pub fn rstrip(text: &str) -> &str {
    text.trim_end_matches(is_space)
}

/// The lookup key of matched words: lower case, single spaces (grammar's `key`).
pub fn key(words: &str) -> String {
    split(&words.to_lowercase()).collect::<Vec<_>>().join(" ")
}

per_thread! {
    fn decimal_class() -> Regex {
        Regex::new(r"^\d$").unwrap_or_else(|e| panic!("{e}"))
    }
}

/// `str.isdecimal()` for one character (`\d`).
#[inline]
pub fn is_decimal(c: char) -> bool {
    c.is_ascii_digit() || (!is_digitless(c) && decimal_class().is_match(c.encode_utf8(&mut [0; 4])))
}

/// Whether a text holds a decimal digit (`\d`). The digits past ASCII's are all from U+0660
/// on, whose first byte is 0xD9 or more, and none is from U+AC00 to U+DFFF (Hangul syllables:
/// first bytes 0xEB to 0xED, or 0xEA then 0xB0 or more): only the characters the other such
/// bytes start are decoded. The text is read in blocks, a block with none of them and no ASCII
/// digit passed over whole (each byte, with the one after it, tested at once, without a branch).
pub fn has_decimal(text: &str) -> bool {
    const BLOCK: usize = 32;
    /// Whether a byte may open a decimal digit, given the byte after it.
    #[inline]
    fn opens(byte: u8, next: u8) -> bool {
        byte.wrapping_sub(b'0') < 10
            || (byte >= 0xd9 && !(0xeb..=0xed).contains(&byte) && !(byte == 0xea && next >= 0xb0))
    }
    let bytes = text.as_bytes();
    let decoded_digit = |at: usize| {
        let byte = bytes[at];
        byte.is_ascii_digit()
            || (opens(byte, bytes.get(at + 1).copied().unwrap_or(0))
                && text
                    .get(at..)
                    .and_then(|rest| rest.chars().next())
                    .is_some_and(is_decimal))
    };
    let mut start = 0;
    while start + BLOCK < bytes.len() {
        let block = &bytes[start..start + BLOCK];
        let after = &bytes[start + 1..start + BLOCK + 1];
        let open = block.iter().zip(after).fold(0u8, |open, (&byte, &next)| {
            open | u8::from(opens(byte, next))
        });
        if open != 0 && (start..start + BLOCK).any(decoded_digit) {
            return true;
        }
        start += BLOCK;
    }
    (start..bytes.len()).any(decoded_digit)
}

/// How many runs of letters and decimal digits a text holds: the matches of `[\p{L}\d]+`,
/// found by the character table the patterns' classes are read from.
pub fn word_count(text: &str) -> usize {
    let mut count = 0;
    let mut inside = false;
    for c in text.chars() {
        let word = chars::is(c, chars::L | chars::ND);
        if word && !inside {
            count += 1;
        }
        inside = word;
    }
    count
}

/// Characters besides ASCII's digits known to be no decimal digit without the pattern: those
/// before U+0660 (the first digits after ASCII's), those from U+1C5A to U+A61F (between the
/// Ol Chiki digits and the Vai ones: punctuation, CJK ideographs among them) and Hangul
/// syllables.
fn is_digitless(c: char) -> bool {
    c < '\u{660}' || matches!(c, '\u{1c5a}'..='\u{a61f}' | '\u{ac00}'..='\u{d7a3}')
}

/// The value of a decimal digit of any script (decimal digits come in runs of ten, 0 to 9).
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return c.to_digit(10);
    }
    if !is_decimal(c) {
        return None;
    }
    let mut steps = 0;
    let mut code = c as u32;
    while let Some(before) = code.checked_sub(1).and_then(char::from_u32) {
        if !is_decimal(before) {
            break;
        }
        steps += 1;
        code -= 1;
    }
    Some(steps % 10)
}

/// Digits that are no decimal digits (superscripts, circled digits): Numeric_Type=Digit.
const OTHER_DIGITS: [(u32, u32); 20] = [
    (0xB2, 0xB3),
    (0xB9, 0xB9),
    (0x1369, 0x1371),
    (0x19DA, 0x19DA),
    (0x2070, 0x2070),
    (0x2074, 0x2079),
    (0x2080, 0x2089),
    (0x2460, 0x2468),
    (0x2474, 0x247C),
    (0x2488, 0x2490),
    (0x24EA, 0x24EA),
    (0x24F5, 0x24FD),
    (0x24FF, 0x24FF),
    (0x2776, 0x277E),
    (0x2780, 0x2788),
    (0x278A, 0x2792),
    (0x10A40, 0x10A43),
    (0x10E60, 0x10E68),
    (0x11052, 0x1105A),
    (0x1F100, 0x1F10A),
];

/// `str.isdigit()` for one character.
pub fn is_digit(c: char) -> bool {
    is_decimal(c) || {
        let code = c as u32;
        OTHER_DIGITS
            .iter()
            .any(|&(low, high)| low <= code && code <= high)
    }
}

/// `int(text)` of a run of decimal digits (as `\d` matched them).
pub fn int(text: &str) -> i64 {
    text.chars().fold(0i64, |value, c| {
        value
            .saturating_mul(10)
            .saturating_add(i64::from(decimal_value(c).unwrap_or(0)))
    })
}

/// `float(text)` of decimal digits with one decimal point.
pub fn float(text: &str) -> f64 {
    let ascii: String = text
        .chars()
        .map(|c| match decimal_value(c) {
            Some(digit) => char::from(b'0' + digit as u8),
            None => c,
        })
        .collect();
    ascii.parse().unwrap_or(0.0)
}

per_thread! {
    fn unprintable_class() -> Regex {
        Regex::new(r"^[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$")
            .unwrap_or_else(|e| panic!("{e}"))
    }
}

/// `str.isprintable()` for one character.
pub fn is_printable(c: char) -> bool {
    c == ' ' || !unprintable_class().is_match(c.encode_utf8(&mut [0; 4]))
}

/// `repr(text)` of a Python string.
pub fn repr(text: &str) -> String {
    let quote = if text.contains('\'') && !text.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(text.len() + 2);
    out.push(quote);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            _ if (c as u32) < 0x7f && c >= ' ' => out.push(c),
            _ if is_printable(c) && (c as u32) >= 0x7f => out.push(c),
            _ if (c as u32) < 0x100 => out.push_str(&format!("\\x{:02x}", c as u32)),
            _ if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            _ => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

/// A string with the byte offset of each of its code points, so that positions are counted
/// as Python counts them.
#[derive(Debug, Clone)]
pub struct Indexed {
    text: String,
    /// Byte offset of each code point and of the end; empty for ASCII text.
    starts: Vec<usize>,
}

impl Indexed {
    pub fn new(text: String) -> Indexed {
        let starts = if text.is_ascii() {
            Vec::new()
        } else {
            text.char_indices()
                .map(|(at, _)| at)
                .chain(std::iter::once(text.len()))
                .collect()
        };
        Indexed { text, starts }
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Length in code points.
    pub fn len(&self) -> usize {
        if self.starts.is_empty() {
            self.text.len()
        } else {
            self.starts.len() - 1
        }
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// The byte offset of a code-point offset (clamped to the end, as slices are).
    pub fn byte(&self, at: usize) -> usize {
        if self.starts.is_empty() {
            at.min(self.text.len())
        } else {
            self.starts[at.min(self.starts.len() - 1)]
        }
    }

    /// The code-point offset of a byte offset on a character boundary.
    pub fn point(&self, byte: usize) -> usize {
        if self.starts.is_empty() {
            byte
        } else {
            self.starts.partition_point(|&start| start < byte)
        }
    }

    /// `text[start:end]` in code points.
    pub fn slice(&self, start: usize, end: usize) -> &str {
        let (start, end) = (self.byte(start), self.byte(end));
        if start >= end {
            ""
        } else {
            &self.text[start..end]
        }
    }

    /// The code point at an offset.
    pub fn at(&self, at: usize) -> Option<char> {
        if at >= self.len() {
            return None;
        }
        self.text[self.byte(at)..].chars().next()
    }
}

/// The text with every span (code points) blanked out, positions kept (lines' `mask_all`).
pub fn mask_all(text: &str, spans: &[(usize, usize)]) -> String {
    let mut sorted = spans.to_vec();
    sorted.sort_unstable();
    let chars: Vec<char> = text.chars().collect();
    let mut masked = vec![false; chars.len()];
    let mut position = 0;
    for (start, end) in sorted {
        if end <= position {
            continue;
        }
        for flag in masked
            .iter_mut()
            .take(end.min(chars.len()))
            .skip(start.max(position))
        {
            *flag = true;
        }
        position = end;
    }
    chars
        .iter()
        .zip(&masked)
        .map(|(&c, &blank)| if blank { ' ' } else { c })
        .collect()
}

/// The text a warning names, shortened to one readable line (lines' `quote`).
pub fn quote(text: &str) -> String {
    // the words are joined only until the quote is too long: its first 57 characters are
    // all a long one keeps
    let mut joined = String::new();
    let mut count = 0;
    for word in split(text) {
        if count > QUOTED {
            break;
        }
        if !joined.is_empty() {
            joined.push(' ');
            count += 1;
        }
        joined.push_str(word);
        count += word.chars().count();
    }
    if count <= QUOTED {
        return repr(&joined);
    }
    let short: String = joined.chars().take(QUOTED - 3).collect();
    repr(&(short + "..."))
}

/// How many characters of a text a quote shows whole.
const QUOTED: usize = 60;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quote_keeps_its_first_sixty_characters() {
        let words = "словом 단어 word ".repeat(12);
        let joined = split(&words).collect::<Vec<_>>().join(" ");
        let cut: String = joined.chars().take(57).collect();
        assert_eq!(quote(&words), repr(&(cut + "...")));
        assert_eq!(quote(&"x".repeat(60)), repr(&"x".repeat(60)));
        assert_eq!(
            quote(&format!("{} y", "x".repeat(59))),
            repr(&format!("{}...", "x".repeat(57)))
        );
        assert_eq!(quote("  a\u{3000}b\n c "), "'a b c'");
    }

    #[test]
    fn python_repr() {
        assert_eq!(repr("Posted on"), "'Posted on'");
        assert_eq!(repr("it's"), "\"it's\"");
        assert_eq!(repr("a\u{200b}\x00é"), "'a\\u200b\\x00é'");
    }

    #[test]
    fn digits_of_any_script() {
        assert_eq!(int("٢٠٢٤"), 2024);
        assert_eq!(float("١.5"), 1.5);
        assert!(is_digit('²') && !is_decimal('²'));
    }

    #[test]
    fn digitless_characters_hold_no_digit() {
        let words = super::super::pattern::Pattern::new(r"[\p{L}\d]+");
        for c in '\0'..=char::MAX {
            let text = format!("a{c}");
            assert_eq!(has_decimal(&text), text.chars().any(is_decimal), "{c:?}");
            // across the end of a block of bytes, and within one
            for before in [30, 31, 40] {
                let text = format!("{}{c}{}", "-".repeat(before), "·".repeat(20));
                assert_eq!(has_decimal(&text), is_decimal(c), "{c:?} after {before}");
            }
            let text = format!("a{c}1 {c} ");
            let found = words.all(&Indexed::new(text.clone())).map(|all| all.len());
            assert_eq!(found.ok(), Some(word_count(&text)), "{c:?}");
        }
        let pattern = decimal_class();
        let mut digitless = ('\0'..='\u{ffff}').filter(|&c| !c.is_ascii_digit() && is_digitless(c));
        assert!(digitless.all(|c| !pattern.is_match(c.encode_utf8(&mut [0; 4]))));
    }

    #[test]
    fn masks_keep_positions() {
        assert_eq!(mask_all("17 May 2024 KST", &[(0, 11)]), "            KST");
        assert_eq!(mask_all("가나다라", &[(1, 2), (1, 3)]), "가  라");
    }

    #[test]
    fn offsets_in_code_points() {
        let text = Indexed::new("가a나".to_string());
        assert_eq!((text.len(), text.byte(2), text.point(4)), (3, 4, 2));
        assert_eq!(text.slice(1, 3), "a나");
    }
}
