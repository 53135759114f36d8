//! Korean names of public bodies that the segmenter cut apart: an agency's name, the head or
//! office of a place's government, a court or prosecutors' office, a party's and an outlet's
//! name (mirrors `normalize/segment_agencies.py`).

use rustc_hash::FxHashSet;

use super::{chars, contains_char, nouns, Costs, Rules};

/// Join the head or the office of a place's government to the place, one name: a title that
/// opens with a place noun after the place (강남 + 구청장 -> 강남구청장), also where the place
/// noun took the title's first syllable (도봉구 + 청장 -> 도봉구청장, 양평군 + 수 -> 양평군수),
/// and a local office after a place with its place noun (세종시 + 교육청 -> 세종시교육청, 연수구
/// + 보건소 -> 연수구보건소); an office after a bare place name (서울 + 교육청) stays apart.
pub fn join_office_heads(
    words: Vec<String>,
    named_places: &FxHashSet<String>,
    facts: &Rules,
) -> Vec<String> {
    let mut joined: Vec<String> = Vec::with_capacity(words.len());
    for word in words {
        if let Some(before) = joined.last_mut() {
            let key = chars::lower(before);
            let word_key = chars::lower(&word);
            if let Some((stem_end, noun)) = key.char_indices().last() {
                let stem = &key[..stem_end];
                let placed = !stem.is_empty()
                    && (named_places.contains(&key) || named_places.contains(stem));
                let noun_closes = placed && contains_char(&facts.place_nouns, noun);
                let opens_with_place_noun = word_key
                    .chars()
                    .next()
                    .is_some_and(|first| contains_char(&facts.place_nouns, first));
                let titled = placed
                    && ((noun_closes
                        && facts
                            .titles
                            .contains(&format!("{}{}", &key[stem_end..], word_key)))
                        || (named_places.contains(&key)
                            && opens_with_place_noun
                            && facts.titles.contains(&word_key)));
                let office = noun_closes
                    && named_places.contains(stem)
                    && facts.local_offices.contains(&word_key);
                if titled || office {
                    before.push_str(&word);
                    continue;
                }
            }
        }
        joined.push(word);
    }
    joined
}

/// Join the clipped name of a court or a prosecutors' office to the place before it, one name
/// even after a bare place name (춘천 + 지검 -> 춘천지검, 대구 + 고법 -> 대구고법): the clipped
/// word (지방검찰청 -> 지검) is written only glued to its place, and so is the city before a
/// place that names the part of it the office serves (서울 + 중앙 + 지법 -> 서울중앙지법).
pub fn join_court_offices(
    words: Vec<String>,
    named_places: &FxHashSet<String>,
    courts: &FxHashSet<String>,
) -> Vec<String> {
    let mut joined: Vec<String> = Vec::with_capacity(words.len());
    for word in words {
        let key = chars::lower(&word);
        let bare = courts.contains(&key);
        let part = courts.iter().any(|court| {
            key.strip_suffix(court.as_str())
                .is_some_and(|rest| named_places.contains(rest))
        });
        match joined.last_mut() {
            Some(before) if named_places.contains(&chars::lower(before)) && (bare || part) => {
                before.push_str(&word);
                let count = joined.len();
                if bare && count > 1 && named_places.contains(&chars::lower(&joined[count - 2])) {
                    let office = joined.pop().unwrap_or_default();
                    if let Some(city) = joined.last_mut() {
                        city.push_str(&office);
                    }
                }
            }
            _ => joined.push(word),
        }
    }
    joined
}

/// Syllables of the rare word that opens a party's name (한결 + 국민당).
const PARTY_MODIFIER: usize = 2;
/// A party's word is this long at least (국민당; not 식당, 정당).
const PARTY_HEAD: usize = 3;

/// Join a two-syllable word that is no common one (priced `rare` or dearer, or unknown) to a
/// party's word after it, one name (한결 + 국민당 -> 한결국민당); a common word before the
/// party's word is a word of the tag (진보 + 정당, 여당 + 압승 stay apart).
pub fn join_party_names(
    words: Vec<String>,
    prices: &Costs,
    rare: f64,
    suffixes: &FxHashSet<String>,
) -> Vec<String> {
    let mut joined: Vec<String> = Vec::with_capacity(words.len());
    for word in words {
        match joined.last_mut() {
            Some(before)
                if before.chars().count() == PARTY_MODIFIER
                    && word.chars().count() >= PARTY_HEAD
                    && word
                        .chars()
                        .last()
                        .is_some_and(|last| contains_char(suffixes, last))
                    && prices
                        .get(chars::lower(before).as_str())
                        .is_none_or(|&price| price >= rare) =>
            {
                before.push_str(&word);
            }
            _ => joined.push(word),
        }
    }
    joined
}

/// Syllables of the word of its own that opens an outlet's name (남녘 + 일보).
const OUTLET_MODIFIER: usize = 2;

/// Join a two-syllable Hangul word that is no common one (priced `rare` or dearer, or unknown)
/// to an outlet's head after it (`heads`: 일보, 방송), one name (남녘 + 일보 -> 남녘일보, 한빛 +
/// 방송 -> 한빛방송): an outlet is named by a word of its own; a common word before the head is
/// a word of the tag (지역 + 방송 stays apart), and so is a longer word (라이브커머스 + 방송).
pub fn join_outlet_names(
    words: Vec<String>,
    prices: &Costs,
    rare: f64,
    heads: &FxHashSet<String>,
) -> Vec<String> {
    let mut joined: Vec<String> = Vec::with_capacity(words.len());
    for word in words {
        match joined.last_mut() {
            Some(before)
                if heads.contains(&chars::lower(&word))
                    && before.chars().count() == OUTLET_MODIFIER
                    && nouns::is_syllables(before)
                    && prices
                        .get(before.as_str())
                        .is_none_or(|&price| price >= rare) =>
            {
                before.push_str(&word);
            }
            _ => joined.push(word),
        }
    }
    joined
}

/// Syllables of each of the two nouns of an agency's name (질병 + 관리 + 청).
const AGENCY_STEM: usize = 2;

/// Join a two-syllable Sino-Korean word to the word after it, a two-syllable Sino-Korean
/// word with an agency suffix that the word lists lack whole; both nouns must be known: 질병
/// + 관리청 -> 질병관리청, 방위 + 사업청 -> 방위사업청; 서울 + 경찰청 keeps its known word.
pub fn join_agency_names(
    words: Vec<String>,
    known: &dyn Fn(&str) -> bool,
    sino: &dyn Fn(char) -> bool,
    suffixes: &FxHashSet<String>,
) -> Vec<String> {
    let mut joined: Vec<String> = Vec::with_capacity(words.len());
    for word in words {
        // the word without its last letter, read only for a word with an agency's suffix
        let stem = match word.char_indices().last() {
            Some((at, last)) if contains_char(suffixes, last) => Some(&word[..at]),
            _ => None,
        };
        match (joined.last_mut(), stem) {
            (Some(before), Some(stem))
                if !known(&word)
                    && before.chars().count() == AGENCY_STEM
                    && stem.chars().count() == AGENCY_STEM
                    && known(before)
                    && known(stem)
                    && before.chars().chain(stem.chars()).all(sino) =>
            {
                before.push_str(&word);
            }
            _ => joined.push(word),
        }
    }
    joined
}
