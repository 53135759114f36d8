//! A story's summary under its label ("요약 …", "Article summary: …"): the page's deck, which no
//! headline is, however much of the lead it repeats (mirrors `normalize/summary_labels.py`).

use crate::chrome::{chrome, key_may_open, line_key};
use crate::segment::chars;

/// A summary's label has this many words at most ("краткое содержание статьи")
/// (`_LABEL_WORDS`).
const LABEL_WORDS: usize = 3;

/// Whether the line opens with a summary's label (`summary_labels`: "요약", "내용요약",
/// "article summary"), its first words up to a colon or a space, and goes on after it: the
/// story's summary set off by its label, no headline (Python's `opens_with_summary_label`).
pub fn opens_with_summary_label(line: &str) -> bool {
    let tables = chrome();
    // Each label's key opens as the line's key does (or is empty, and no label): a line whose
    // key opens with no label's first character is told apart without keying its words.
    if !key_may_open(line, |first| tables.summary_label_firsts.contains(&first)) {
        return false;
    }
    let labels = &tables.summary_labels;
    let words: Vec<&str> = line
        .split(chars::is_space)
        .filter(|word| !word.is_empty())
        .take(LABEL_WORDS + 1)
        .collect();
    (1..=LABEL_WORDS.min(words.len().saturating_sub(1))).any(|count| {
        let joined = words[..count].join(" ");
        let label = joined.trim_end_matches([':', '：']);
        !label.is_empty() && labels.contains(&line_key(label))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_labelled_summary_opens_so() {
        assert!(opens_with_summary_label(
            "내용요약 장터·공연 등 30여 개 프로그램 마련"
        ));
        assert!(opens_with_summary_label("Article summary: fares rise"));
    }

    #[test]
    fn a_label_in_capitals_or_after_a_quotation_mark_opens_so() {
        assert!(opens_with_summary_label(
            "Краткое содержание статьи: тарифы растут"
        ));
        assert!(opens_with_summary_label("«TL;DR: fares rise"));
        assert!(!opens_with_summary_label("Summary of the day: fares rise"));
    }

    #[test]
    fn a_label_alone_or_a_word_opening_with_it_is_none() {
        assert!(!opens_with_summary_label("요약"));
        assert!(!opens_with_summary_label("요약본 공개한 솔내군 예산"));
    }
}
