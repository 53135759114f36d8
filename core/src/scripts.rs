//! Writing systems of text: which script each run of letters is written in (mirrors
//! `normalize/scripts.py`).
//!
//! A run is a letter of one script with the letters and combining marks of that script after
//! it, the scripts tried in the order of Python's pattern; any other letter starts a run of
//! "Other" letters. Offsets are code points.

use pyo3::prelude::*;
use pyo3::types::PyDict;

use crate::segment::chars::{
    self, Classes, ARABIC, ARMENIAN, CYRILLIC, DEVANAGARI, GEORGIAN, GREEK, HAN, HANGUL, HEBREW,
    HIRAGANA, KATAKANA, L, LATIN, M, THAI,
};

/// The scripts the detector routes on, in the order the pattern tries them, and "Other".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Script {
    Hangul,
    Cyrillic,
    Latin,
    Han,
    Hiragana,
    Katakana,
    Greek,
    Arabic,
    Hebrew,
    Thai,
    Devanagari,
    Armenian,
    Georgian,
    Other,
}

/// Each named script with its class, in the pattern's order.
const NAMED: [(Script, u32); 13] = [
    (Script::Hangul, HANGUL),
    (Script::Cyrillic, CYRILLIC),
    (Script::Latin, LATIN),
    (Script::Han, HAN),
    (Script::Hiragana, HIRAGANA),
    (Script::Katakana, KATAKANA),
    (Script::Greek, GREEK),
    (Script::Arabic, ARABIC),
    (Script::Hebrew, HEBREW),
    (Script::Thai, THAI),
    (Script::Devanagari, DEVANAGARI),
    (Script::Armenian, ARMENIAN),
    (Script::Georgian, GEORGIAN),
];

/// The classes of all named scripts.
pub const NAMED_CLASSES: u32 = HANGUL
    | CYRILLIC
    | LATIN
    | HAN
    | HIRAGANA
    | KATAKANA
    | GREEK
    | ARABIC
    | HEBREW
    | THAI
    | DEVANAGARI
    | ARMENIAN
    | GEORGIAN;

impl Script {
    /// The name Python gives the script (its group's name).
    pub fn name(self) -> &'static str {
        match self {
            Script::Hangul => "Hangul",
            Script::Cyrillic => "Cyrillic",
            Script::Latin => "Latin",
            Script::Han => "Han",
            Script::Hiragana => "Hiragana",
            Script::Katakana => "Katakana",
            Script::Greek => "Greek",
            Script::Arabic => "Arabic",
            Script::Hebrew => "Hebrew",
            Script::Thai => "Thai",
            Script::Devanagari => "Devanagari",
            Script::Armenian => "Armenian",
            Script::Georgian => "Georgian",
            Script::Other => "Other",
        }
    }

    /// The script of the run a character starts, if it starts one.
    #[inline]
    fn starting(classes: Classes, c: char) -> Option<Script> {
        if c.is_ascii() {
            // an ASCII letter is Latin; no other ASCII character is in a run
            return c.is_ascii_alphabetic().then_some(Script::Latin);
        }
        let flags = classes.of(c);
        if !flags.any(NAMED_CLASSES | L) {
            return None; // no named script and no letter: a digit, a space, a symbol
        }
        NAMED
            .iter()
            .find(|&&(_, class)| flags.any(class))
            .map(|&(script, _)| script)
            .or_else(|| flags.any(L).then_some(Script::Other))
    }

    /// Whether a character continues a run of this script: its letters and any combining
    /// mark; the prolonged sound and iteration marks (Common in Unicode) join kana runs.
    #[inline]
    fn continues(self, classes: Classes, c: char) -> bool {
        self.continues_in(classes, self.class() | M, c)
    }

    /// `continues`, the classes that continue the run (`class() | M`) given.
    #[inline]
    fn continues_in(self, classes: Classes, continuing: u32, c: char) -> bool {
        classes.of(c).any(continuing) || self.joins_kana(c)
    }

    /// Whether the character is a mark of Common script that a kana run of this script
    /// takes in: the prolonged sound mark and the script's iteration marks.
    fn joins_kana(self, c: char) -> bool {
        match self {
            Script::Hiragana => matches!(c, '\u{30fc}' | '\u{309d}' | '\u{309e}'),
            Script::Katakana => matches!(c, '\u{30fc}' | '\u{30fd}' | '\u{30fe}'),
            _ => false,
        }
    }

    /// The class of a named script's characters (letters for "Other"), as `NAMED` pairs them.
    fn class(self) -> u32 {
        match self {
            Script::Hangul => HANGUL,
            Script::Cyrillic => CYRILLIC,
            Script::Latin => LATIN,
            Script::Han => HAN,
            Script::Hiragana => HIRAGANA,
            Script::Katakana => KATAKANA,
            Script::Greek => GREEK,
            Script::Arabic => ARABIC,
            Script::Hebrew => HEBREW,
            Script::Thai => THAI,
            Script::Devanagari => DEVANAGARI,
            Script::Armenian => ARMENIAN,
            Script::Georgian => GEORGIAN,
            Script::Other => L,
        }
    }
}

/// A maximal run of letters of one script, with code-point offsets (end exclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScriptRun {
    pub start: usize,
    pub end: usize,
    pub script: Script,
}

/// Every run of letters of one script in `text[start:end]` (code points), in order, offsets
/// those of `text`; digits, spaces and symbols are left out.
pub fn raw_runs(text: &str, start: usize, end: usize) -> Vec<ScriptRun> {
    runs_of(
        text.chars()
            .enumerate()
            .skip(start)
            .take_while(|&(i, _)| i < end),
    )
}

/// `raw_runs` of a text already split into its characters: the runs in `letters[start:end]`.
pub fn char_runs(letters: &[char], start: usize, end: usize) -> Vec<ScriptRun> {
    let end = end.min(letters.len());
    let start = start.min(end);
    let within = &letters[start..end];
    let classes = Classes::get();
    // The same runs as `runs_of` gives, read by index over the slice; room made at once for
    // a run in every four characters, about what prose holds, so that the list seldom grows.
    let mut runs: Vec<ScriptRun> = Vec::with_capacity(within.len() / 4 + 1);
    let mut at = 0;
    while let Some(&c) = within.get(at) {
        at += 1;
        let Some(script) = Script::starting(classes, c) else {
            continue;
        };
        let begin = at - 1;
        let continuing = script.class() | M;
        let continues = |next: char| script.continues_in(classes, continuing, next);
        // the letters most runs are made of are told from their code, the others looked up
        at = match script {
            Script::Latin => run_end(within, at, |c| c.is_ascii_alphabetic(), continues),
            Script::Cyrillic => run_end(
                within,
                at,
                |c| ('\u{410}'..='\u{44f}').contains(&c),
                continues,
            ),
            Script::Hangul => run_end(
                within,
                at,
                |c| ('\u{ac00}'..='\u{d7a3}').contains(&c),
                continues,
            ),
            _ => run_end(within, at, |_| false, continues),
        };
        add_run(&mut runs, start + begin, start + at, script);
    }
    runs
}

/// Where the run going on at `at` ends: the first character neither `common` (letters of
/// the run's script known from their code) nor `continues` takes.
#[inline]
fn run_end(
    within: &[char],
    mut at: usize,
    common: impl Fn(char) -> bool,
    continues: impl Fn(char) -> bool,
) -> usize {
    while let Some(&next) = within.get(at) {
        if !(common(next) || continues(next)) {
            break;
        }
        at += 1;
    }
    at
}

/// Adds a run to the runs read so far: it lengthens the last one when it continues it in
/// the same script.
fn add_run(runs: &mut Vec<ScriptRun>, start: usize, end: usize, script: Script) {
    match runs.last_mut() {
        Some(last) if last.end == start && last.script == script => last.end = end,
        _ => runs.push(ScriptRun { start, end, script }),
    }
}

/// The runs of letters of one script among characters given with their offsets, in order.
fn runs_of(mut letters: impl Iterator<Item = (usize, char)>) -> Vec<ScriptRun> {
    let classes = Classes::get();
    let mut runs: Vec<ScriptRun> = Vec::new();
    let mut pending = letters.next();
    while let Some((at, c)) = pending {
        pending = letters.next();
        let Some(script) = Script::starting(classes, c) else {
            continue;
        };
        let mut finish = at + 1;
        while let Some((index, next)) = pending {
            if !script.continues(classes, next) {
                break;
            }
            finish = index + 1;
            pending = letters.next();
        }
        add_run(&mut runs, at, finish, script);
    }
    runs
}

/// Every run of letters of one script in the whole text.
pub fn script_runs(text: &str) -> Vec<ScriptRun> {
    raw_runs(text, 0, usize::MAX)
}

/// How many letters of each script the text holds, the scripts in the order they first
/// appear (Python's `Counter`).
pub fn letter_counts(text: &str) -> Vec<(Script, usize)> {
    // Each character counts for the run it belongs to: the one before it when it continues
    // that run, else the one it starts (if any), as `runs_of` cuts them; no run is kept.
    if text.is_ascii() {
        // each ASCII letter is a Latin one
        let latin = text.bytes().filter(u8::is_ascii_alphabetic).count();
        return if latin > 0 {
            vec![(Script::Latin, latin)]
        } else {
            Vec::new()
        };
    }
    let mut counts: Vec<(Script, usize)> = Vec::new();
    // the script of the current run, its slot in the counts, the classes that continue it
    let mut current: Option<(Script, usize, u32)> = None;
    let classes = Classes::get();
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        // ASCII, U+0400 to U+047F (Cyrillic letters all) and Hangul syllables are told from
        // their bytes, a stretch of them of one kind at a time: letters of one named script
        // and no mark, or ASCII characters that are no letters.
        let ((bytes_read, letters), letter_of) = match byte {
            0..=0x7f if byte.is_ascii_alphabetic() => (
                stretch(at, 1, |k| bytes.get(k).is_some_and(u8::is_ascii_alphabetic)),
                Some(Script::Latin),
            ),
            0..=0x7f => (
                stretch(at, 1, |k| {
                    bytes
                        .get(k)
                        .is_some_and(|b| b.is_ascii() && !b.is_ascii_alphabetic())
                }),
                None,
            ),
            0xd0 | 0xd1 => (
                stretch(at, 2, |k| matches!(bytes.get(k), Some(0xd0 | 0xd1))),
                Some(Script::Cyrillic),
            ),
            0xea..=0xed if chars::hangul_syllable(bytes, at) => (
                stretch(at, 3, |k| chars::hangul_syllable(bytes, k)),
                Some(Script::Hangul),
            ),
            _ => {
                let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else {
                    break;
                };
                current = match current {
                    Some((script, _, continuing))
                        if script.continues_in(classes, continuing, c) =>
                    {
                        current
                    }
                    _ => Script::starting(classes, c).map(|script| open_count(&mut counts, script)),
                };
                count_in(&mut counts, current, 1);
                at += c.len_utf8();
                continue;
            }
        };
        // Such letters continue a run of their script or of "Other" letters, else start one
        // of their script.
        current = match (current, letter_of) {
            (_, None) => None,
            (Some((script, ..)), Some(own)) if script == own || script == Script::Other => current,
            (_, Some(own)) => Some(open_count(&mut counts, own)),
        };
        count_in(&mut counts, current, letters);
        at += bytes_read;
    }
    counts
}

/// The bytes and the characters of the stretch from `at` of characters `width` bytes wide
/// each, the first one included: on while `of_kind` says a character starts at an offset.
fn stretch(at: usize, width: usize, of_kind: impl Fn(usize) -> bool) -> (usize, usize) {
    let mut end = at + width;
    while of_kind(end) {
        end += width;
    }
    (end - at, (end - at) / width)
}

/// The count a run of the script adds to (made when it is the first such run), as
/// `letter_counts` holds its current run.
fn open_count(counts: &mut Vec<(Script, usize)>, script: Script) -> (Script, usize, u32) {
    let slot = match counts.iter().position(|&(known, _)| known == script) {
        Some(slot) => slot,
        None => {
            counts.push((script, 0));
            counts.len() - 1
        }
    };
    (script, slot, script.class() | M)
}

/// More letters for the current run's script, if a run is current.
fn count_in(counts: &mut [(Script, usize)], current: Option<(Script, usize, u32)>, more: usize) {
    if let Some((_, slot, _)) = current {
        if let Some((_, count)) = counts.get_mut(slot) {
            *count += more;
        }
    }
}

/// The script with the most letters ("Common" when the text holds no letter at all); ties go
/// to the script that comes first in the text.
pub fn dominant_script(text: &str) -> &'static str {
    let counts = letter_counts(text);
    let best = counts.iter().map(|&(_, count)| count).max().unwrap_or(0);
    counts
        .iter()
        .find(|&&(_, count)| count == best)
        .map_or("Common", |&(script, _)| script.name())
}

/// A Python slice bound: negative counts from the end; clamped to the text.
fn slice_bound(index: i64, length: usize) -> usize {
    let length = i64::try_from(length).unwrap_or(i64::MAX);
    let index = if index < 0 { index + length } else { index };
    usize::try_from(index.clamp(0, length)).unwrap_or(0)
}

// The twins of the differential test.

type Run = (usize, usize, &'static str);

fn as_tuples(runs: Vec<ScriptRun>) -> Vec<Run> {
    runs.into_iter()
        .map(|run| (run.start, run.end, run.script.name()))
        .collect()
}

fn bounded_runs(text: &str, start: i64, end: Option<i64>) -> Vec<Run> {
    let length = text.chars().count();
    let start = slice_bound(start, length);
    let end = end.map_or(length, |end| slice_bound(end, length));
    as_tuples(raw_runs(text, start, end))
}

#[pyfunction]
#[pyo3(name = "scripts__script_runs", signature = (text, start=0, end=None))]
fn twin_script_runs(text: &str, start: i64, end: Option<i64>) -> Vec<Run> {
    bounded_runs(text, start, end)
}

#[pyfunction]
#[pyo3(name = "scripts__raw_runs")]
fn twin_raw_runs(text: &str, start: i64, end: i64) -> Vec<Run> {
    bounded_runs(text, start, Some(end))
}

/// The counts as a dict, in the order Python's `Counter` holds them.
#[pyfunction]
#[pyo3(name = "scripts__letter_counts")]
fn twin_letter_counts<'py>(py: Python<'py>, text: &str) -> PyResult<Bound<'py, PyDict>> {
    let counts = PyDict::new(py);
    for (script, count) in letter_counts(text) {
        counts.set_item(script.name(), count)?;
    }
    Ok(counts)
}

#[pyfunction]
#[pyo3(name = "scripts__dominant_script")]
fn twin_dominant_script(text: &str) -> &'static str {
    dominant_script(text)
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(twin_script_runs, m)?)?;
    m.add_function(wrap_pyfunction!(twin_raw_runs, m)?)?;
    m.add_function(wrap_pyfunction!(twin_letter_counts, m)?)?;
    m.add_function(wrap_pyfunction!(twin_dominant_script, m)?)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::chars;

    #[test]
    fn ascii_read_without_the_table_as_with_it() {
        for c in '\0'..='\u{7f}' {
            let flags = chars::flags(c);
            let first = NAMED.iter().find(|&&(_, class)| flags.any(class));
            assert_eq!(
                Script::starting(Classes::get(), c),
                first.map(|&(script, _)| script),
                "{c:?}"
            );
            assert!(
                !flags.any(M) && flags.any(L) == flags.any(NAMED_CLASSES),
                "{c:?}"
            );
            for (script, class) in NAMED.iter().copied().chain([(Script::Other, L)]) {
                assert_eq!(
                    script.continues(Classes::get(), c),
                    flags.any(class),
                    "{c:?}"
                );
            }
        }
        assert_eq!(
            letter_counts("Ab1 가a, Я́x"),
            vec![
                (Script::Latin, 4),
                (Script::Hangul, 1),
                (Script::Cyrillic, 2)
            ]
        );
    }

    /// `letter_counts` read character by character through the table.
    fn counted_by_the_table(text: &str) -> Vec<(Script, usize)> {
        let mut counts: Vec<(Script, usize)> = Vec::new();
        let mut current: Option<(Script, usize, u32)> = None;
        let classes = Classes::get();
        for c in text.chars() {
            current = match current {
                Some((script, _, continuing)) if script.continues_in(classes, continuing, c) => {
                    current
                }
                _ => Script::starting(classes, c).map(|script| open_count(&mut counts, script)),
            };
            count_in(&mut counts, current, 1);
        }
        counts
    }

    #[test]
    fn letters_told_from_their_bytes_are_of_one_script() {
        let ranges = [
            ('a'..='z', Script::Latin),
            ('A'..='Z', Script::Latin),
            ('\u{400}'..='\u{47f}', Script::Cyrillic),
            ('\u{ac00}'..='\u{d7a3}', Script::Hangul),
        ];
        for (range, script) in ranges {
            for c in range {
                let flags = chars::flags(c);
                assert!(flags.any(L) && !flags.any(M), "{c:?}");
                for (other, class) in NAMED {
                    assert_eq!(flags.any(class), other == script, "{c:?}");
                }
            }
        }
        for text in [
            "Путин и Xi",
            "Ab1 가a, Я́x",
            "ʼaЯbᄀ가\u{d7a4}\u{d7a3}é\u{301}ѣ\u{483}x",
            "ǂaяǂ가ǂ 漢字가 カタカナーa ひらがなゝ",
            "ŉ가Ωa\u{30fc}ア\u{30fc}",
            "አabc가나ДДд 12 ..ab\u{301}cd ДД\u{301}Д 가가\u{302}가",
        ] {
            assert_eq!(letter_counts(text), counted_by_the_table(text), "{text:?}");
            let letters: Vec<char> = text.chars().collect();
            for start in 0..letters.len() {
                assert_eq!(
                    char_runs(&letters, start, letters.len()),
                    raw_runs(text, start, letters.len()),
                    "{text:?}"
                );
            }
        }
    }

    #[test]
    fn each_script_has_the_class_named_pairs_it_with() {
        for (script, class) in NAMED {
            assert_eq!(script.class(), class, "{script:?}");
            assert_ne!(NAMED_CLASSES & class, 0, "{script:?}");
        }
        assert_eq!(Script::Other.class(), L);
    }

    #[test]
    fn a_character_outside_the_classes_starts_no_run() {
        for c in ('\0'..=char::MAX).filter(|&c| !chars::is(c, NAMED_CLASSES | L)) {
            let slow = NAMED
                .iter()
                .find(|&&(_, class)| chars::is(c, class))
                .map(|&(script, _)| script)
                .or_else(|| chars::is(c, L).then_some(Script::Other));
            assert_eq!(slow, None, "{c:?}");
            assert_eq!(Script::starting(Classes::get(), c), None, "{c:?}");
        }
    }

    #[test]
    fn runs_of_letters_told_from_their_code_are_the_looked_up_runs() {
        for text in [
            "Ёлка\u{301} и café — naïve Straße 2024",
            "서울시 한빛구 ᄀᄂ 가\u{302}나 KBS뉴스",
            "Москваcity ҂ѐѝ ӁӜ ﬁn",
            "ひらがなー カタカナヽ 漢字 Ωμέγα",
        ] {
            let letters: Vec<char> = text.chars().collect();
            for start in [0, 3] {
                let end = letters.len();
                assert_eq!(
                    char_runs(&letters, start, end),
                    raw_runs(text, start, end),
                    "{text:?}"
                );
            }
        }
    }
}
