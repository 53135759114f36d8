//! Korean person names that the segmenter cut apart or left glued (mirrors
//! `normalize/segment_names.py`).
//!
//! No list holds a person's name, so a name is read off its shape: a one-syllable surname, one
//! of the commonest, and a two-syllable given name. Three syllables that open with a surname,
//! cut into a one-syllable piece (최 + 유리), are one name, and so are two pieces of two
//! syllables whose second ends with a particle (박지 + 민이: 박지민 + 이), where a less common
//! surname opens a name too (변정 + 수가: 변정수 + 가, 허 + 윤재 + 가: 허윤재 + 가); six syllables that open with a surname at
//! the first and the fourth, where neither half is a common word, are two names run together
//! (오하준 + 강서진).

use rustc_hash::FxHashSet;

use super::nouns::is_syllables;
use super::{chars, contains_char, Costs};

/// Korean names are a one-syllable surname and a two-syllable given name.
const NAME_SYLLABLES: usize = 3;

/// Whether the pieces of a run are a person's name cut apart: three syllables that open with
/// one of the commonest surnames, cut into a one-syllable piece (최 + 유리, 박태 + 오).
pub fn is_person_name(words: &[String], surnames: &FxHashSet<String>) -> bool {
    words.len() > 1
        && words.iter().map(|word| word.chars().count()).sum::<usize>() == NAME_SYLLABLES
        && words[0]
            .chars()
            .next()
            .is_some_and(|c| contains_char(surnames, c))
        && words.iter().any(|word| word.chars().count() == 1)
}

/// Whether the pieces of a run are a person's name and a particle, the name's last syllable
/// glued to the particle: two pieces of two Hangul syllables, the first opening with a
/// surname of one of the kinds of `surnames` (the commonest, and the less common ones that
/// only a shape this narrow lets open a name), the second closing with a one-syllable
/// particle, neither a common word (priced `rare` or dearer, or unknown): 박지 + 민이 is
/// 박지민 + 이, 황민 + 호의 is 황민호 + 의, 변정 + 수가 is 변정수 + 가, and 장관 + 회의 stays.
pub fn is_name_and_particle(
    words: &[String],
    surnames: &[&FxHashSet<String>],
    particles: &FxHashSet<String>,
    prices: &Costs,
    rare: f64,
) -> bool {
    let [name, glued] = words else {
        return false;
    };
    [name, glued]
        .iter()
        .all(|word| word.chars().count() == 2 && is_syllables(word) && is_rare(prices, word, rare))
        && name
            .chars()
            .next()
            .is_some_and(|c| surnames.iter().any(|kind| contains_char(kind, c)))
        && glued
            .chars()
            .last()
            .is_some_and(|c| contains_char(particles, c))
}

/// Whether the pieces of a run are a person's name cut apart, the name's last syllable glued
/// to the particle that closes the run into a piece that is no common word (priced `rare` or
/// dearer, or unknown): 정 + 다 + 은의 is 정다은 + 의, as 최 + 유리 is 최유리.
pub fn is_glued_name(
    words: &[String],
    surnames: &FxHashSet<String>,
    particles: &FxHashSet<String>,
    prices: &Costs,
    rare: f64,
) -> bool {
    let Some((last, before)) = words.split_last() else {
        return false;
    };
    let mut letters = last.chars();
    let (Some(first), Some(particle), None) = (letters.next(), letters.next(), letters.next())
    else {
        return false;
    };
    let mut name = before.to_vec();
    name.push(first.to_string());
    contains_char(particles, particle)
        && is_rare(prices, last, rare)
        && is_person_name(&name, surnames)
}

/// Whether the pieces of a run are a one-syllable surname and a two-syllable given name that
/// is no common word (priced `rare` or dearer, or unknown), as a run before a particle reads
/// with a less common surname (허 + 윤재 + 가 -> 허윤재가; 현 + 정부 + 의 stays apart).
pub fn is_surname_and_given_name(
    words: &[String],
    surnames: &FxHashSet<String>,
    prices: &Costs,
    rare: f64,
) -> bool {
    let [surname, given] = words else {
        return false;
    };
    surnames.contains(surname)
        && given.chars().count() == 2
        && is_syllables(given)
        && is_rare(prices, given, rare)
}

/// Whether a piece is no common word: priced `rare` or dearer, or unknown.
fn is_rare(prices: &Costs, word: &str, rare: f64) -> bool {
    prices.get(word).is_none_or(|&price| price >= rare)
}

/// Join two neighbouring pieces that are a person's name inside a longer run: three syllables
/// that open with a surname, cut into a one-syllable piece, whose longer piece is no common
/// word (priced `rare` or dearer, or unknown) or which a title follows (이 + 정후 + 안타 ->
/// 이정후 + 안타, 박세 + 리 + 감독 -> 박세리 + 감독, 정하 + 람 + 선수 -> 정하람 + 선수).
pub fn join_given_names(
    words: Vec<String>,
    surnames: &FxHashSet<String>,
    other_surnames: &FxHashSet<String>,
    titles: &FxHashSet<String>,
    prices: &Costs,
    rare: f64,
) -> Vec<String> {
    let titled: Vec<bool> = words
        .iter()
        .skip(1)
        .map(|next| titles.contains(&chars::lower(next)))
        .chain([false])
        .collect();
    let mut joined: Vec<String> = Vec::with_capacity(words.len());
    for (word, titled) in words.into_iter().zip(titled) {
        if let Some(before) = joined.last_mut() {
            let (before_len, word_len) = (before.chars().count(), word.chars().count());
            let longer = if before_len == 1 { &word } else { &*before };
            let opener = before
                .chars()
                .next()
                .map(|c| chars::lower(&c.to_string()))
                .unwrap_or_default();
            // a less common surname opens a name only alone before a given name and a title
            let opens_with_surname = surnames.contains(&opener)
                || (titled && before_len == 1 && other_surnames.contains(&opener));
            if before_len + word_len == NAME_SYLLABLES
                && (before_len == 1 || word_len == 1)
                && opens_with_surname
                && (titled || is_rare(prices, &chars::lower(longer), rare))
            {
                before.push_str(&word);
                continue;
            }
        }
        joined.push(word);
    }
    joined
}

/// Cut two names run together into the two names: pieces, from a word's start to a word's
/// end, none of them a common word (each priced `rare` or dearer, or unknown), of six Hangul
/// syllables that open with a surname at the first and at the fourth, where neither half is
/// a common word either; 안전운전 + 약속 and 박물관 + 장임명 keep their known words.
pub fn split_name_pairs(
    words: Vec<String>,
    surnames: &FxHashSet<String>,
    prices: &Costs,
    rare: f64,
) -> Vec<String> {
    let mut split: Vec<String> = Vec::with_capacity(words.len() + 1);
    let mut start = 0;
    while start < words.len() {
        let (mut end, mut letters) = (start, String::new());
        while end < words.len() && letters.chars().count() < 2 * NAME_SYLLABLES {
            letters.push_str(&words[end]);
            end += 1;
        }
        let rare_pieces = words[start..end]
            .iter()
            .all(|word| is_rare(prices, word, rare));
        if rare_pieces && is_name_pair(&letters, surnames, prices, rare) {
            let (first, second) = letters.split_at(
                letters
                    .char_indices()
                    .nth(NAME_SYLLABLES)
                    .map_or(letters.len(), |(at, _)| at),
            );
            split.push(first.to_string());
            split.push(second.to_string());
            start = end;
        } else {
            split.push(words[start].clone());
            start += 1;
        }
    }
    split
}

/// Whether six Hangul syllables are two names: a surname opens each half, and each half is no
/// common word.
fn is_name_pair(letters: &str, surnames: &FxHashSet<String>, prices: &Costs, rare: f64) -> bool {
    let syllables: Vec<char> = letters.chars().collect();
    syllables.len() == 2 * NAME_SYLLABLES
        && is_syllables(letters)
        && syllables.chunks(NAME_SYLLABLES).all(|half| {
            let half_word: String = half.iter().collect();
            contains_char(surnames, half[0]) && is_rare(prices, &half_word, rare)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        text.split(' ').map(str::to_string).collect()
    }

    fn set(items: &[&str]) -> FxHashSet<String> {
        items.iter().map(|item| item.to_string()).collect()
    }

    #[test]
    fn two_names_run_together_are_cut_apart() {
        let prices: Costs = [("회동", 9.0)].into_iter().collect();
        let split = split_name_pairs(
            words("오하준강서진 회동"),
            &set(&["오", "강"]),
            &prices,
            11.0,
        );
        assert_eq!(split, words("오하준 강서진 회동"));
    }

    #[test]
    fn common_words_keep_their_shape() {
        let prices: Costs = [("안전운전", 9.0), ("약속", 9.0)].into_iter().collect();
        let split = split_name_pairs(words("안전운전 약속"), &set(&["안", "전"]), &prices, 11.0);
        assert_eq!(split, words("안전운전 약속"));
    }

    #[test]
    fn a_given_name_before_a_title_joins_its_surname() {
        let prices: Costs = [("정하", 11.0)].into_iter().collect();
        let joined = join_given_names(
            words("정하 람 선수"),
            &set(&["정"]),
            &set(&[]),
            &set(&["선수"]),
            &prices,
            11.0,
        );
        assert_eq!(joined, words("정하람 선수"));
    }

    #[test]
    fn a_less_common_surname_opens_a_name_before_a_title_only() {
        let prices = Costs::default();
        let joined = join_given_names(
            words("탁 서영 기자"),
            &set(&["정"]),
            &set(&["탁"]),
            &set(&["기자"]),
            &prices,
            11.0,
        );
        assert_eq!(joined, words("탁서영 기자"));
        let apart = join_given_names(
            words("탁 서영 회동"),
            &set(&["정"]),
            &set(&["탁"]),
            &set(&["기자"]),
            &prices,
            11.0,
        );
        assert_eq!(apart, words("탁 서영 회동"));
    }
}
