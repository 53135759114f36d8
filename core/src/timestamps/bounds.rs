//! A period's bound or a call's deadline: a date right after a word that opens or closes a period
//! ("until 1 April 2024", "с 1 марта 2024 года", "closes on Thursday 31 October 2024", "до 28
//! февраля 2025 года"), right before a Korean particle that does ("2024년 3월 1일부터",
//! "2024.03.31(일)까지"), or on a line a deadline's label opens ("Deadline: 7 June 2024", "Срок
//! подачи заявок: 1 марта 2024 г.", "마감: 2024.03.31"): the day of the thing it bounds, not the
//! page's (mirrors `normalize/timestamps/bounds.py`).

use rustc_hash::FxHashSet;

use super::datelines::Dateline;
use super::grammar::grammar;
use super::periods::past_a_weekday;
use super::TimeError;
use crate::segment::chars::{is, L};

/// The words that open or close a period, right before its day (a weekday and "on" may stand
/// between: "closes on Thursday 31 October 2024"), the same in the three languages.
const BOUND_WORDS: &[&str] = &[
    "since", "until", "till", "through", "closes", "с", "со", "до", "по",
];
/// The word "on" before a weekday, between a bound's word and its day.
const ON: &str = "on";
/// The Korean particles that make a day a period's opening or closing one, right after it.
const BOUND_PARTICLES: &[&str] = &["부터", "까지"];
/// The labels that open a line holding a call's deadline, lower-cased.
const DEADLINE_LABELS: &[&str] = &["deadline", "closing date", "срок", "крайний срок", "마감"];
/// What may open a line before its label: a bullet and blanks.
const LINE_OPENING: &[char] = &[' ', '\t', '-', '•', '·', '*'];
/// How far back before a day its bound's words are read, in characters.
const BEFORE_CHARS: usize = 40;

/// The positions among `datelines` of the unlabelled times that bound a period or close a
/// call: after a bound's word, before a Korean bound's particle, or on a line a deadline's
/// label opens. A labelled time keeps its label's word (Python's `bound_days`). `page` holds the
/// text's lines and where each starts (`line_starts`).
pub fn bound_days(
    datelines: &[Dateline],
    (lines, starts): (&[&str], &[usize]),
) -> Result<FxHashSet<usize>, TimeError> {
    let mut found = FxHashSet::default();
    if !datelines.iter().any(|item| item.role.is_empty()) {
        return Ok(found);
    }
    // the offset of each line's first character, so that only a dateline's own lines are read
    // a character at a time
    let openings = &starts[..lines.len()];
    // the characters of the line holding the offset `at`, and where `at` falls among them
    let line_at = |at: usize| {
        let k = openings.partition_point(|&opening| opening <= at) - 1;
        let chars: Vec<char> = lines[k].chars().collect();
        let within = (at - openings[k]).min(chars.len());
        (chars, within)
    };
    for (order, item) in datelines.iter().enumerate() {
        if !item.role.is_empty() {
            continue;
        }
        let (chars, start) = line_at(item.start);
        let before: String = chars[..start].iter().collect();
        let (after, end) = line_at(item.end);
        if bound_word_before(&chars[..start])?
            || particle_after(&after, end)
            || deadline_line(&before)
        {
            found.insert(order);
        }
    }
    Ok(found)
}

/// Whether the text before a day on its line closes with a bound's word, "on" and a weekday
/// at most after it (Python's `_bound_word_before`).
fn bound_word_before(before: &[char]) -> Result<bool, TimeError> {
    let tail = &before[before.len().saturating_sub(BEFORE_CHARS)..];
    let mut words: Vec<String> = Vec::new();
    let mut word = String::new();
    for &c in tail {
        if is(c, L) {
            word.push(c);
        } else if !word.is_empty() {
            words.push(std::mem::take(&mut word).to_lowercase());
        }
    }
    if !word.is_empty() {
        words.push(word.to_lowercase());
    }
    if let Some(last) = words.last() {
        if grammar().weekday.is_match(last)? {
            words.pop();
        }
    }
    if words.last().is_some_and(|last| last == ON) {
        words.pop();
    }
    Ok(words
        .last()
        .is_some_and(|last| BOUND_WORDS.contains(&last.as_str())))
}

/// Whether the characters from `at` on are blanks, a weekday in brackets at most, blanks, and a
/// Korean bound's particle.
fn particle_after(chars: &[char], at: usize) -> bool {
    let rest = chars.get(at..).unwrap_or_default();
    let at = past_a_weekday(rest);
    BOUND_PARTICLES.iter().any(|particle| {
        let wanted: Vec<char> = particle.chars().collect();
        rest[at..].starts_with(&wanted)
    })
}

/// Whether the text before a day on its line opens with a deadline's label and holds the
/// label's colon (Python's `_deadline_line`).
fn deadline_line(before: &str) -> bool {
    if !before.contains(':') {
        return false;
    }
    let lowered = before.trim_start_matches(LINE_OPENING).to_lowercase();
    DEADLINE_LABELS
        .iter()
        .any(|label| lowered.starts_with(label))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_before_a_day() {
        let chars = |text: &str| text.chars().collect::<Vec<char>>();
        assert!(bound_word_before(&chars("The round closes on Thursday ")).unwrap());
        assert!(bound_word_before(&chars("Применяется с ")).unwrap());
        assert!(!bound_word_before(&chars("Posted on ")).unwrap());
        assert!(!bound_word_before(&chars("Posts from ")).unwrap());
        assert!(particle_after(&chars("2024.03.01(금)부터"), 10));
        assert!(!particle_after(&chars("2024.03.01 신청"), 10));
        assert!(deadline_line("Deadline for receipt of applications: "));
    }
}
