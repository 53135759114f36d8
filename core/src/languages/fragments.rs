//! Language of every fragment of a text (mirrors `normalize/languages/fragments.py`): script
//! first, statistics only where script is ambiguous; neighbouring blocks of one language make
//! a fragment.

use std::borrow::Borrow;

use pyo3::prelude::*;
use serde_json::Value;

use crate::facts::script_info;
use crate::languages::blocks::{block_language, letter_single_block, Block};
use crate::languages::letters::Letters;
use crate::languages::model::has_candidates;
use crate::languages::prior::{reads_as_name, with_prior};
use crate::languages::rules::{read_letter_blocks, sentence_labels};
use crate::per_thread::per_thread;
use crate::scripts::dominant_script;
use crate::segment::chars::{self, L, SPACE};

type Allows<'a> = Option<&'a dyn Fn(&str) -> bool>;

/// A token between fragments that separates them and belongs to neither.
const SEPARATOR: &str = "-–—/|·•:;,>→=+*~";

/// A maximal run of text in one language, with code-point offsets (end exclusive).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fragment {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub lang: String,
    pub script: String,
}

/// `\p{Pe}` or `\p{Pf}`: a closing bracket or quote.
fn is_closing_mark(c: char) -> bool {
    per_thread! {
        fn closing() -> Option<regex::Regex> {
            regex::Regex::new(r"^[\p{Pe}\p{Pf}]$").ok()
        }
    }
    closing()
        .iter()
        .any(|pattern| pattern.is_match(c.encode_utf8(&mut [0; 4])))
}

/// `str.isalpha()` for one character.
fn is_alpha(c: char) -> bool {
    chars::is(c, L)
}

/// White space as `_TOKEN` sees it: `\s` and the information separators.
fn is_token_space(c: char) -> bool {
    chars::is(c, SPACE) || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// Maximal runs of one language, in order, covering every letter of the text.
pub fn detect_fragments(
    text: &str,
    languages: Allows<'_>,
    page_languages: Option<&[String]>,
) -> Result<Vec<Fragment>, String> {
    let split = Letters::new(text);
    let letters = split.chars();
    let (blocks, labels, own) = read_letter_blocks(&split, languages, page_languages)?;
    // Lists of at most one entry a block, made at that length: the spans, their labels, and
    // the letters of each script in them, a span's from where `weights_from` says.
    let mut spans: Vec<[usize; 2]> = Vec::with_capacity(blocks.len());
    let mut merged_labels: Vec<&str> = Vec::with_capacity(blocks.len());
    let mut weights: Vec<(&str, usize)> = Vec::with_capacity(blocks.len());
    let mut weights_from: Vec<usize> = Vec::with_capacity(blocks.len() + 1);
    for (k, (block, label)) in blocks.iter().zip(&labels).enumerate() {
        let joinable = k > 0 && !block.hashtag && !blocks[k - 1].hashtag;
        match spans.last_mut() {
            Some(span) if joinable && merged_labels.last() == Some(label) => {
                span[1] = block.end;
            }
            _ => {
                spans.push([block.start, block.end]);
                merged_labels.push(label);
                weights_from.push(weights.len());
            }
        }
        // An island's letters do not make the script of the sentence it sits in.
        let weight = if own[k] == *label { block.letters } else { 0 };
        let from = weights_from.last().copied().unwrap_or(0);
        match weights[from..]
            .iter_mut()
            .find(|(name, _)| *name == block.script)
        {
            Some(entry) => entry.1 += weight,
            None => weights.push((block.script, weight)),
        }
    }
    weights_from.push(weights.len());
    widen(letters, &mut spans);
    let mut fragments = Vec::with_capacity(spans.len());
    for (k, (span, label)) in spans.iter().zip(merged_labels).enumerate() {
        let counts = weights
            .get_mut(weights_from[k]..weights_from[k + 1])
            .unwrap_or_default();
        counts.sort_by(|a, b| a.0.cmp(b.0));
        let mut best: Option<(&str, usize)> = None;
        for &(name, count) in counts.iter() {
            if best.is_none_or(|(_, top)| count > top) {
                best = Some((name, count));
            }
        }
        let [start, end] = *span;
        fragments.push(Fragment {
            start,
            end,
            text: split.slice(start, end).to_string(),
            lang: label.to_string(),
            script: best.map_or("", |(name, _)| name).to_string(),
        });
    }
    Ok(fragments)
}

/// Languages present, by descending share of letters (ties by code); "und" left out.
///
/// The language written at most length is counted last, and only until it has more letters
/// than any other: from there on it comes first whatever its full count, and the others'
/// order is theirs.
pub fn language_shares<F: Borrow<Fragment>>(fragments: &[F]) -> Vec<String> {
    let fragments = || {
        fragments
            .iter()
            .map(|fragment| -> &Fragment { fragment.borrow() })
    };
    // each language in the order it first appears, with the bytes of its fragments
    let mut lengths: Vec<(&str, usize)> = Vec::new();
    for fragment in fragments().filter(|fragment| fragment.lang != "und") {
        let length = fragment.text.len();
        match lengths.iter_mut().find(|(lang, _)| *lang == fragment.lang) {
            Some(entry) => entry.1 += length,
            None => lengths.push((&fragment.lang, length)),
        }
    }
    if lengths.len() < 2 {
        return lengths
            .into_iter()
            .map(|(lang, _)| lang.to_string())
            .collect();
    }
    let longest = lengths
        .iter()
        .enumerate()
        .max_by(|a, b| a.1 .1.cmp(&b.1 .1).then_with(|| b.0.cmp(&a.0)))
        .map_or("", |(_, &(lang, _))| lang);
    let mut letters: Vec<(&str, usize)> = lengths.iter().map(|&(lang, _)| (lang, 0)).collect();
    for fragment in fragments() {
        if fragment.lang != "und" && fragment.lang != longest {
            if let Some(entry) = letters.iter_mut().find(|(lang, _)| *lang == fragment.lang) {
                entry.1 += alphabetic_count(&fragment.text, usize::MAX);
            }
        }
    }
    let most_of_others = letters.iter().map(|&(_, count)| count).max().unwrap_or(0);
    let mut counted = 0;
    for fragment in fragments().filter(|fragment| fragment.lang == longest) {
        if counted > most_of_others {
            break;
        }
        counted += alphabetic_count(&fragment.text, most_of_others - counted);
    }
    if let Some(entry) = letters.iter_mut().find(|(lang, _)| *lang == longest) {
        entry.1 = counted;
    }
    letters.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    letters
        .into_iter()
        .map(|(lang, _)| lang.to_string())
        .collect()
}

/// One ISO 639-1 code for the text: the language with most letters, "und" without letters.
pub fn detect_language(
    text: &str,
    languages: Allows<'_>,
    page_languages: Option<&[String]>,
) -> Result<String, String> {
    let split = Letters::new(text);
    if let Some(single) = letter_single_block(&split) {
        let own = vec![block_language(&single, languages, None, 0.0)?];
        if page_languages.is_none() && !reads_as_name(&single) {
            return Ok(own[0].to_string());
        }
        let read = with_prior(&[single], own, languages, page_languages)?;
        return Ok(read
            .first()
            .map_or_else(String::new, |lang| lang.to_string()));
    }
    let letters = split.chars();
    let (blocks, labels, _) = read_letter_blocks(&split, languages, page_languages)?;
    let labels = sentence_labels(letters, &blocks, &labels);
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for (block, label) in blocks.iter().zip(labels) {
        if label == "und" {
            continue;
        }
        let count = alphabetic(&split, block);
        match counts.iter_mut().find(|(lang, _)| *lang == label) {
            Some(entry) => entry.1 += count,
            None => counts.push((label, count)),
        }
    }
    let best = counts
        .into_iter()
        .min_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    Ok(best.map_or("und", |(lang, _)| lang).to_string())
}

/// Spans of the white-space separated tokens of text[start:end].
fn tokens(text: &[char], start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    let mut i = start;
    while i < end {
        if is_token_space(text[i]) {
            i += 1;
            continue;
        }
        let begin = i;
        while i < end && !is_token_space(text[i]) {
            i += 1;
        }
        found.push((begin, i));
    }
    found
}

fn is_separator(text: &[char], (start, end): (usize, usize)) -> bool {
    start < end && text[start..end].iter().all(|&c| SEPARATOR.contains(c))
}

/// The end of `_CLOSING.match(text, start, end)`: closing brackets and quotes, then a colon
/// (after a space or not) or an equals sign.
fn closing_end(text: &[char], start: usize, end: usize) -> usize {
    let mut i = start;
    while i < end && is_closing_mark(text[i]) {
        i += 1;
    }
    let colon = |at: usize| at < end && matches!(text[at], ':' | '：');
    if i < end && text[i] == ' ' && colon(i + 1) {
        i + 2
    } else if colon(i) || (i < end && text[i] == '=') {
        i + 1
    } else {
        i
    }
}

fn find_break(text: &[char], start: usize, end: usize) -> Option<usize> {
    (start..end).find(|&i| text[i] == '\n')
}

fn rfind_break(text: &[char], start: usize, end: usize) -> Option<usize> {
    (start..end).rev().find(|&i| text[i] == '\n')
}

/// Give the digits and punctuation between fragments to the fragment they belong to.
fn widen(text: &[char], spans: &mut [[usize; 2]]) {
    let count = spans.len();
    for i in 0..=count {
        let mut floor = if i > 0 { spans[i - 1][1] } else { 0 };
        let ceiling = if i < count { spans[i][0] } else { text.len() };
        let first_break = find_break(text, floor, ceiling);
        let last_break = rfind_break(text, floor, ceiling);
        if i > 0
            && floor < ceiling
            && (text[floor] != ' ' || text.get(floor + 1).is_none_or(|&c| c == ':' || c == '：'))
        {
            floor = closing_end(text, floor, ceiling);
            spans[i - 1][1] = floor;
        }
        let (closing, opening) = match (first_break, last_break) {
            (Some(first), Some(last)) => {
                let closing = until_separator(text, tokens(text, floor, first));
                let mut after = tokens(text, last + 1, ceiling);
                after.reverse();
                let mut opening = until_separator(text, after);
                opening.reverse();
                (closing, opening)
            }
            _ => {
                let mut found = tokens(text, floor, ceiling);
                // A separator written against both fragments ("Telegram-канал",
                // "AP/한빛통신") belongs to neither, as one between spaces does.
                let between = found == [(floor, ceiling)] && 0 < i && i < count;
                let attached = match found.last() {
                    Some(&(_, end))
                        if end == ceiling
                            && i < count
                            && !(between && is_separator(text, (floor, ceiling))) =>
                    {
                        found.pop()
                    }
                    _ => None,
                };
                let cuts: Vec<usize> = (0..found.len())
                    .filter(|&k| is_separator(text, found[k]))
                    .collect();
                let (closing, mut opening) = match (cuts.first(), cuts.last()) {
                    (Some(&first), Some(&last)) => {
                        (found[..first].to_vec(), found[last + 1..].to_vec())
                    }
                    _ if i > 0 => (found, Vec::new()),
                    _ => (Vec::new(), found),
                };
                opening.extend(attached);
                (closing, opening)
            }
        };
        if let (Some(&(_, end)), true) = (closing.last(), i > 0) {
            spans[i - 1][1] = end;
        }
        if let (Some(&(start, _)), true) = (opening.first(), i < count) {
            spans[i][0] = start;
        }
    }
}

/// The tokens before the first separator among them.
fn until_separator(text: &[char], tokens: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    match tokens.iter().position(|&token| is_separator(text, token)) {
        Some(k) => tokens[..k].to_vec(),
        None => tokens,
    }
}

/// How many characters of the text are letters (`str.isalpha`), or, once more than
/// `enough` are, a count past `enough` (not the whole text's).
fn alphabetic_count(text: &str, enough: usize) -> usize {
    // Long texts are read in pieces, with a look at the count after each.
    const PIECE: usize = 256;
    let bytes = text.as_bytes();
    let mut count = 0;
    let mut at = 0;
    while at < bytes.len() && count <= enough {
        let mut stop = (at + PIECE).min(bytes.len());
        while !text.is_char_boundary(stop) {
            stop += 1;
        }
        count += piece_alphabetic_count(&text[at..stop]);
        at = stop;
    }
    count
}

/// How many characters of a piece of text are letters (`str.isalpha`).
fn piece_alphabetic_count(text: &str) -> usize {
    if text.is_ascii() {
        return text.bytes().filter(u8::is_ascii_alphabetic).count();
    }
    // ASCII, U+0400 to U+047F (Cyrillic letters all) and Hangul syllables (letters all) are
    // told from their bytes; any other character is decoded and looked up.
    let bytes = text.as_bytes();
    let mut count = 0;
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        let (letter, width) = match byte {
            0..=0x7f => (byte.is_ascii_alphabetic(), 1),
            0xd0 | 0xd1 => (true, 2),
            0xea..=0xed if chars::hangul_syllable(bytes, at) => (true, 3),
            _ => match text.get(at..).and_then(|rest| rest.chars().next()) {
                Some(c) => (is_alpha(c), c.len_utf8()),
                None => break,
            },
        };
        count += usize::from(letter);
        at += width;
    }
    count
}

/// How many of the block's characters are letters.
fn alphabetic(text: &Letters<'_>, block: &Block) -> usize {
    let words = || block.words.iter().flat_map(|word| word.chars());
    if words().next().is_some() && words().all(is_alpha) {
        return words().count();
    }
    alphabetic_count(text.slice(block.start, block.end), usize::MAX)
}

/// The language whose conventions (time zone, order of day and month) a page follows.
pub fn page_language(text: &str) -> Result<Option<String>, String> {
    let script = dominant_script(text);
    let conventions = match script_info(script).get("conventions") {
        None | Some(Value::Null) => return Ok(None),
        Some(value) => value,
    };
    if has_candidates(script) {
        return detect_language(text, None, None).map(Some);
    }
    Ok(Some(match conventions {
        Value::String(lang) => lang.clone(),
        other => other.to_string(),
    }))
}

// The twins of the differential test.

type FragmentTuple = (usize, usize, String, String, String);

fn allows(languages: &Option<Vec<String>>) -> Option<impl Fn(&str) -> bool + '_> {
    languages
        .as_ref()
        .map(|codes| move |lang: &str| codes.iter().any(|c| c == lang))
}

fn value_error(error: String) -> PyErr {
    pyo3::exceptions::PyValueError::new_err(error)
}

#[pyfunction]
#[pyo3(
    name = "languages__detect_fragments",
    signature = (text, languages=None, page_languages=None)
)]
fn twin_detect_fragments(
    text: &str,
    languages: Option<Vec<String>>,
    page_languages: Option<Vec<String>>,
) -> PyResult<Vec<FragmentTuple>> {
    let allowed = allows(&languages);
    let allowed = allowed.as_ref().map(|f| f as &dyn Fn(&str) -> bool);
    let fragments =
        detect_fragments(text, allowed, page_languages.as_deref()).map_err(value_error)?;
    Ok(fragments
        .into_iter()
        .map(|f| (f.start, f.end, f.text, f.lang, f.script))
        .collect())
}

#[pyfunction]
#[pyo3(name = "languages__language_shares")]
fn twin_language_shares(fragments: Vec<FragmentTuple>) -> Vec<String> {
    let fragments: Vec<Fragment> = fragments
        .into_iter()
        .map(|(start, end, text, lang, script)| Fragment {
            start,
            end,
            text,
            lang,
            script,
        })
        .collect();
    language_shares(&fragments)
}

#[pyfunction]
#[pyo3(
    name = "languages__detect_language",
    signature = (text, languages=None, page_languages=None)
)]
fn twin_detect_language(
    text: &str,
    languages: Option<Vec<String>>,
    page_languages: Option<Vec<String>>,
) -> PyResult<String> {
    let allowed = allows(&languages);
    let allowed = allowed.as_ref().map(|f| f as &dyn Fn(&str) -> bool);
    detect_language(text, allowed, page_languages.as_deref()).map_err(value_error)
}

#[pyfunction]
#[pyo3(name = "languages__page_language")]
fn twin_page_language(text: &str) -> PyResult<Option<String>> {
    page_language(text).map_err(value_error)
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(twin_detect_fragments, m)?)?;
    m.add_function(wrap_pyfunction!(twin_language_shares, m)?)?;
    m.add_function(wrap_pyfunction!(twin_detect_language, m)?)?;
    m.add_function(wrap_pyfunction!(twin_page_language, m)?)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_in_the_order_of_the_full_counts() {
        let fragment = |text: &str, lang: &str| Fragment {
            start: 0,
            end: 0,
            text: text.to_string(),
            lang: lang.to_string(),
            script: String::new(),
        };
        let long = "Слово за словом, ".repeat(40);
        let cases = [
            vec![fragment(&long, "ru"), fragment("KBS news", "en")],
            vec![fragment("12 345 678 90", "ru"), fragment("abc", "en")],
            vec![
                fragment("ab", "en"),
                fragment("아", "ko"),
                fragment("ab", "fr"),
            ],
            vec![
                fragment(&long, "uk"),
                fragment(&long, "ru"),
                fragment("x", "und"),
            ],
            vec![
                fragment("가나다 ", "ko"),
                fragment("- -", "en"),
                fragment("라", "ko"),
            ],
        ];
        for fragments in cases {
            let mut full: Vec<(String, usize)> = Vec::new();
            for f in fragments.iter().filter(|f| f.lang != "und") {
                let count = f.text.chars().filter(|&c| is_alpha(c)).count();
                match full.iter_mut().find(|(lang, _)| *lang == f.lang) {
                    Some(entry) => entry.1 += count,
                    None => full.push((f.lang.clone(), count)),
                }
            }
            full.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            let expected: Vec<String> = full.into_iter().map(|(lang, _)| lang).collect();
            assert_eq!(language_shares(&fragments), expected);
        }
    }

    #[test]
    fn letters_counted_as_str_isalpha_counts_them() {
        for text in [
            "서울 2024년, 'NBA'!",
            "Ёлка — 3 шт.",
            "abc 12",
            "가\u{301}ㄱ",
            "ѣѿ҂\u{483} 힣\u{d7fb}",
        ] {
            let expected = text.chars().filter(|&c| is_alpha(c)).count();
            assert_eq!(alphabetic_count(text, usize::MAX), expected, "{text:?}");
        }
    }
}
