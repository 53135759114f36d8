//! The repairs every text goes through (mirrors the per-document part of
//! `normalize/decoding.py`): HTML entities decoded, and the cheap test that says whether the
//! text may hold mojibake.
//!
//! Bytes are decoded before the core (chardet), and mojibake is repaired by ftfy: both are the
//! Python path's. A text the mojibake test flags is not repaired here: `repair_text` says
//! `NeedsPython`, and the document goes to the Python path whole. Lone surrogates never reach
//! the core: a Rust string cannot hold them, and the Python side scrubs them (with their
//! warning) before a text becomes an Arrow string.

use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::fmt;
use std::sync::OnceLock;

use pyo3::prelude::*;
use regex::{Captures, Regex};

use crate::per_thread::per_thread;

/// A text (the text given, when nothing was repaired), and the repairs made to it (empty
/// when none).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded<'a> {
    pub text: Cow<'a, str>,
    pub warnings: Vec<String>,
}

/// The text may hold mojibake: ftfy, in Python, must repair it (the whole document goes to
/// the Python path).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NeedsPython {
    /// Where in the text (code points) the first suspicious pair is.
    pub at: usize,
}

impl fmt::Display for NeedsPython {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the text may hold mojibake (a pair of Latin-1 letters at {}): its repair is \
             ftfy's, on the Python path",
            self.at
        )
    }
}

impl std::error::Error for NeedsPython {}

/// HTML entities decoded, with a warning; where mojibake may be, `NeedsPython` (text without
/// entities or mojibake is returned as it is). Lone surrogates cannot be in a `&str`: the
/// Python side has replaced them (`scrub_surrogates`) before the text reached the core.
pub fn repair_text(text: &str) -> Result<Decoded<'_>, NeedsPython> {
    let mut warnings = Vec::new();
    let mut text = Cow::Borrowed(text);
    if memchr::memchr(b'&', text.as_bytes()).is_some() {
        let (decoded, count) = decode_entities(&text);
        if count > 0 {
            warnings.push(format!("html_entities: {count} decoded"));
        }
        text = Cow::Owned(decoded);
    }
    if let Some(at) = mojibake_hint(&text) {
        return Err(NeedsPython { at });
    }
    Ok(Decoded { text, warnings })
}

/// Windows-1252's punctuation in the C1 range: what a mis-decoded byte 0x80-0x9F shows.
const CP1252_EXTRAS: &str = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

/// Where mojibake leaves a letter of Latin-1's upper half followed by another upper-half
/// character or a Windows-1252 punctuation mark ("Ã©", "Ð¡", "ÀÔ·Â"): the first such pair
/// (`mojibake.MOJIBAKE_HINT.search`), in code points.
pub fn mojibake_hint(text: &str) -> Option<usize> {
    // U+00C0 to U+00FF are the characters whose UTF-8 starts with the byte 0xC3 (no other
    // byte of a text is 0xC3): a text without it holds no such letter
    memchr::memchr(0xc3, text.as_bytes())?;
    let mut previous = '\0';
    for (at, c) in text.chars().enumerate() {
        let upper_half = ('\u{c0}'..='\u{ff}').contains(&previous);
        if upper_half && (('\u{80}'..='\u{ff}').contains(&c) || CP1252_EXTRAS.contains(c)) {
            return Some(at - 1);
        }
        previous = c;
    }
    None
}

per_thread! {
    /// A named or numeric character reference; bounded, so the scan is linear.
    fn entity() -> Regex {
        Regex::new(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
            .unwrap_or_else(|error| panic!("{error}"))
    }
}

/// Pages escape twice ("&amp;quot;"); a third level is text about entities, left as written.
const ENTITY_PASSES: usize = 2;

/// HTML character references decoded (twice-escaped ones too), unknown names kept; and how
/// many were decoded.
pub fn decode_entities(text: &str) -> (String, usize) {
    let mut text = text.to_string();
    let mut total = 0;
    for _ in 0..ENTITY_PASSES {
        let mut count = 0;
        text = entity()
            .replace_all(&text, |found: &Captures<'_>| {
                let reference = &found[0];
                let decoded = unescape(reference);
                count += usize::from(decoded != reference);
                decoded.into_owned()
            })
            .into_owned();
        if total == 0 {
            total = count; // a twice-escaped entity is one entity
        }
        if count == 0 || !text.contains('&') {
            break;
        }
    }
    (text, total)
}

/// The HTML5 named references (Python's `html.entities.html5`), without their "&".
fn html5() -> &'static FxHashMap<&'static str, &'static str> {
    static HTML5: OnceLock<FxHashMap<&'static str, &'static str>> = OnceLock::new();
    HTML5.get_or_init(|| {
        entities::ENTITIES
            .iter()
            .map(|entity| {
                let name = entity.entity.strip_prefix('&').unwrap_or(entity.entity);
                (name, entity.characters)
            })
            .collect()
    })
}

/// What Python's `html.unescape` makes of one reference `&…;` that `entity()` matched.
fn unescape(reference: &str) -> Cow<'_, str> {
    let body = &reference[1..];
    let Some(number) = body.strip_prefix('#') else {
        return named(body);
    };
    let number = number.trim_end_matches(';');
    let code = match number.strip_prefix(['x', 'X']) {
        Some(hex) => u32::from_str_radix(hex, 16),
        None => number.parse::<u32>(),
    };
    match code {
        Ok(code) => Cow::Owned(numeric(code)),
        Err(_) => Cow::Borrowed(reference),
    }
}

/// A named reference (`name;`): its characters, else those of its longest known prefix (the
/// legacy names without ";") and the rest as written, else the reference as written.
fn named(body: &str) -> Cow<'_, str> {
    let table = html5();
    if let Some(&characters) = table.get(body) {
        return Cow::Borrowed(characters);
    }
    for end in (2..body.len()).rev() {
        if let Some(&characters) = body.get(..end).and_then(|prefix| table.get(prefix)) {
            return Cow::Owned(format!("{characters}{}", &body[end..]));
        }
    }
    Cow::Owned(format!("&{body}"))
}

/// What a numeric reference stands for, as HTML5 (and Python's `html`) reads it.
fn numeric(code: u32) -> String {
    if let Some(replaced) = invalid_charref(code) {
        return replaced.to_string();
    }
    if (0xd800..=0xdfff).contains(&code) || code > 0x10ffff {
        return '\u{fffd}'.to_string();
    }
    if is_invalid_codepoint(code) {
        return String::new();
    }
    char::from_u32(code).map_or_else(|| '\u{fffd}'.to_string(), String::from)
}

/// References to C1 controls and NUL that HTML5 reads as another character
/// (`html._invalid_charrefs`): Windows-1252's reading of the byte.
fn invalid_charref(code: u32) -> Option<&'static str> {
    Some(match code {
        0x00 => "\u{fffd}",
        0x0d => "\r",
        0x80 => "\u{20ac}",
        0x81 => "\u{81}",
        0x82 => "\u{201a}",
        0x83 => "\u{192}",
        0x84 => "\u{201e}",
        0x85 => "\u{2026}",
        0x86 => "\u{2020}",
        0x87 => "\u{2021}",
        0x88 => "\u{2c6}",
        0x89 => "\u{2030}",
        0x8a => "\u{160}",
        0x8b => "\u{2039}",
        0x8c => "\u{152}",
        0x8d => "\u{8d}",
        0x8e => "\u{17d}",
        0x8f => "\u{8f}",
        0x90 => "\u{90}",
        0x91 => "\u{2018}",
        0x92 => "\u{2019}",
        0x93 => "\u{201c}",
        0x94 => "\u{201d}",
        0x95 => "\u{2022}",
        0x96 => "\u{2013}",
        0x97 => "\u{2014}",
        0x98 => "\u{2dc}",
        0x99 => "\u{2122}",
        0x9a => "\u{161}",
        0x9b => "\u{203a}",
        0x9c => "\u{153}",
        0x9d => "\u{9d}",
        0x9e => "\u{17e}",
        0x9f => "\u{178}",
        _ => return None,
    })
}

/// Code points a reference may not name; they are dropped (`html._invalid_codepoints`):
/// controls, and the noncharacters.
fn is_invalid_codepoint(code: u32) -> bool {
    matches!(code, 0x1..=0x8 | 0xb | 0xe..=0x1f | 0x7f..=0x9f | 0xfdd0..=0xfdef)
        || (code & 0xfffe == 0xfffe && code <= 0x10ffff)
}

// The twins of the differential test.

mod python {
    pyo3::create_exception!(
        normalize._core,
        NeedsPython,
        pyo3::exceptions::PyException,
        "The text may hold mojibake: its repair is ftfy's, on the Python path."
    );
}

#[pyfunction]
#[pyo3(name = "decoding__decode_entities")]
fn twin_decode_entities(text: &str) -> (String, usize) {
    decode_entities(text)
}

/// `(text, warnings)`, or the `NeedsPython` exception where mojibake may be.
#[pyfunction]
#[pyo3(name = "decoding__repair_text")]
fn twin_repair_text(text: &str) -> PyResult<(String, Vec<String>)> {
    repair_text(text)
        .map(|decoded| (decoded.text.into_owned(), decoded.warnings))
        .map_err(|needs| python::NeedsPython::new_err(needs.to_string()))
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("NeedsPython", m.py().get_type::<python::NeedsPython>())?;
    m.add_function(wrap_pyfunction!(twin_decode_entities, m)?)?;
    m.add_function(wrap_pyfunction!(twin_repair_text, m)?)?;
    Ok(())
}
