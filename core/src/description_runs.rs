//! A line of many short descriptions run together that repeat their words: an icon set's names
//! and descriptions, which a page that lost its markup prints as one line
//! (`normalize/description_runs.py`).

use regex::Regex;
use rustc_hash::{FxHashMap, FxHashSet};

use crate::per_thread::per_thread;
use crate::segment::chars;
use crate::text::split_words;

/// A run of descriptions has this many sentences at least (`_MIN_SENTENCES`).
const MIN_SENTENCES: usize = 8;

per_thread! {
    /// A word: letters and figures (`_WORD`).
    fn word() -> Regex {
        Regex::new(r"[\p{L}\p{N}]+").expect("a valid pattern")
    }
}

/// Whether a line is descriptions run together: eight sentences or more (a sentence closes
/// with a word ending in a full stop, a question or an exclamation mark), more than half of
/// them holding the same run of three words, case aside (Python's `is_description_run`).
pub fn is_description_run(line: &str) -> bool {
    // each sentence but the last closes with a mark of its own: the marks are counted up to
    // as many as the sentences need, found by a byte search
    let marks = memchr::memchr3_iter(b'.', b'!', b'?', line.as_bytes())
        .take(MIN_SENTENCES - 1)
        .count();
    if marks + 1 < MIN_SENTENCES {
        return false;
    }
    let mut sentences: Vec<Vec<&str>> = vec![Vec::new()];
    for token in split_words(line) {
        if let Some(sentence) = sentences.last_mut() {
            sentence.push(token);
        }
        if token.ends_with(['.', '!', '?']) {
            sentences.push(Vec::new());
        }
    }
    if sentences.last().is_some_and(Vec::is_empty) {
        sentences.pop();
    }
    if sentences.len() < MIN_SENTENCES {
        return false;
    }
    let pattern = word();
    let mut runs: FxHashMap<[String; 3], usize> = FxHashMap::default();
    for sentence in &sentences {
        let words: Vec<String> = sentence
            .iter()
            .flat_map(|token| pattern.find_iter(token))
            .map(|found| chars::lower(found.as_str()))
            .collect();
        let own: FxHashSet<[String; 3]> = words
            .windows(3)
            .map(|run| [run[0].clone(), run[1].clone(), run[2].clone()])
            .collect();
        for run in own {
            *runs.entry(run).or_default() += 1;
        }
    }
    runs.values()
        .max()
        .is_some_and(|&most| 2 * most > sentences.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptions_repeating_their_words_are_a_run() {
        let icons: Vec<String> = (0..9)
            .map(|k| format!("Icon{k} An icon of a thing number {k}."))
            .collect();
        assert!(is_description_run(&icons.join(" ")));
        let story = format!(
            "{}{}",
            "The ferry is late. ".repeat(4),
            "The pier is shut. ".repeat(4)
        );
        assert!(!is_description_run(&story));
        let few: Vec<String> = (0..7)
            .map(|k| format!("Icon{k} An icon of a thing number {k}."))
            .collect();
        assert!(!is_description_run(&few.join(" ")));
    }
}
