//! Korean verb forms that the segmenter left as words of their own, put back on their noun
//! (mirrors `normalize/segment_verbs.py`).
//!
//! A noun of 하다 or 되다 modifies the noun after it through the verb's modifier form (특별한
//! 선물, a special gift; 예정된 일정, a planned schedule), one word with its noun: the lists hold
//! the noun and the form apart (특별 + 한), since wordfreq's Korean list is cut into morphemes.

use rustc_hash::FxHashSet;

use super::chars;
use super::nouns::is_syllables;

/// Syllables, at least, of the noun that keeps a modifier form, and of the one after it.
const NOUN: usize = 2;

/// Join a lone modifier form (`forms`: 한, 된) to the Korean word of two syllables or more
/// before it, where it closes the run or a word of two syllables or more that is no counter
/// follows, the noun it modifies (특별 + 한 + 선물 -> 특별한 + 선물, 예정 + 된 + 일정 ->
/// 예정된 + 일정); 한 before a counter is a number, one (하루 + 한 + 시간, an hour a day).
pub fn join_modifier_forms(
    words: Vec<String>,
    forms: &FxHashSet<String>,
    counters: &FxHashSet<String>,
) -> Vec<String> {
    let modified: Vec<bool> = (0..words.len())
        .map(|at| {
            words.get(at + 1).is_none_or(|after| {
                after.chars().count() >= NOUN && !counters.contains(&chars::lower(after))
            })
        })
        .collect();
    let mut joined: Vec<String> = Vec::with_capacity(words.len());
    for (word, modifies) in words.into_iter().zip(modified) {
        match joined.last_mut() {
            Some(last)
                if modifies
                    && forms.contains(&word)
                    && last.chars().count() >= NOUN
                    && is_syllables(last) =>
            {
                last.push_str(&word);
            }
            _ => joined.push(word),
        }
    }
    joined
}
