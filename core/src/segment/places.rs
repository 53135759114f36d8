//! Korean names of places and institutions that the segmenter cut apart where no list holds
//! them whole (mirrors `normalize/segment_places.py`).
//!
//! A place's facility is named by the place, a noun and the facility (송도 + 호수 + 공원 ->
//! 송도호수공원, 부산 + 시민 + 공원), and a public institution by how it was founded, a noun or
//! two and what it is (국립 + 중앙 + 박물관 -> 국립중앙박물관, 시립 + 도서관), and a public body
//! by the country's name, a noun or two and the kind of body (한국 + 소비자 + 원 ->
//! 한국소비자원); an event held at a place by the place and its name (한강 + 불꽃축제). A town no list
//! knows is read off its shape: a tag of three syllables that closes with a place noun, cut
//! after its first syllable (해 + 솔 + 시, 해 + 솔군), is the place's name.

use rustc_hash::FxHashSet;

use super::chars;
use super::nouns::{is_syllables, join_runs};
use super::{contains_char, Costs};

/// Syllables of the noun between a place and its facility.
const NOUN: usize = 2;
/// Nouns between a founding prefix and the institution it names, at most.
const FOUNDED_NOUNS: usize = 2;
/// Syllables of a town's name with its place noun (해솔 + 시).
const TOWN: usize = 3;
/// Syllables of a place's or a body's own name cut apart (해 + 솔 + 농협).
const NAME_SYLLABLES: usize = 2;

/// Join a place name, a two-syllable noun that names no place, and a facility noun after them
/// into the one name of a place (송도 + 호수 + 공원 -> 송도호수공원, 부산 + 시민 + 공원 ->
/// 부산시민공원); a facility noun right after a place name already joined it (인천공항). An
/// event held at a place (`events`: 축제) keeps the noun of one or two syllables that names it,
/// and the place stays a word of its own (한강 + 불꽃 + 축제 -> 한강 + 불꽃축제).
pub fn join_named_places(
    words: Vec<String>,
    places: &FxHashSet<String>,
    facilities: &FxHashSet<String>,
    events: &FxHashSet<String>,
) -> Vec<String> {
    let mut joined: Vec<String> = Vec::with_capacity(words.len());
    for word in words {
        let key = chars::lower(&word);
        let count = joined.len();
        let placed = count > 1
            && !places.contains(&chars::lower(&joined[count - 1]))
            && places.contains(&chars::lower(&joined[count - 2]));
        if placed && facilities.contains(&key) && joined[count - 1].chars().count() == NOUN {
            let noun = joined.pop().unwrap_or_default();
            if let Some(place) = joined.last_mut() {
                place.push_str(&noun);
                place.push_str(&word);
            }
        } else if placed && events.contains(&key) && is_noun(&joined[count - 1]) {
            joined[count - 1].push_str(&word);
        } else {
            joined.push(word);
        }
    }
    joined
}

/// Whether a word is of one or two Hangul syllables: the noun that names an event.
fn is_noun(word: &str) -> bool {
    word.chars().count() <= NOUN && is_syllables(word)
}

/// Join a founding prefix (국립, 시립) and the words after it up to the first that ends with an
/// institution noun, one name, where at most two nouns stand between them (국립 + 중앙 + 박물관
/// -> 국립중앙박물관, 시립 + 도서관 -> 시립도서관); else the prefix stays apart.
pub fn join_founded_institutions(
    words: Vec<String>,
    prefixes: &FxHashSet<String>,
    institutions: &FxHashSet<String>,
) -> Vec<String> {
    join_runs(words, |words, start| {
        institution_end(words, start, prefixes, institutions)
    })
}

/// Where an institution's name that a founding prefix opens at `start` ends, else start + 1.
fn institution_end(
    words: &[String],
    start: usize,
    prefixes: &FxHashSet<String>,
    institutions: &FxHashSet<String>,
) -> usize {
    if prefixes.contains(&chars::lower(&words[start])) {
        let last = words.len().min(start + 2 + FOUNDED_NOUNS);
        let closes = |close: &usize| {
            let key = chars::lower(&words[*close]);
            institutions.iter().any(|noun| key.ends_with(noun.as_str()))
        };
        if let Some(close) = (start + 1..last).find(closes) {
            return close + 1;
        }
    }
    start + 1
}

/// Join the country's name that opens a public body's name (`prefixes`: 한국) and the words
/// after it up to the first that says what body it is (`bodies`: 원, 공사, 위원회), one name,
/// where one or two nouns stand between them (한국 + 소비자 + 원 -> 한국소비자원, 한국 + 수자원 +
/// 공사 -> 한국수자원공사); a word closes the name where it is a body noun or ends with one
/// after a noun of two syllables or more (토지 + 주택공사, 갯벌 + 관리원), so that a word such as
/// 응원 closes none (한국 + 축구 + 응원 stays apart); right after the country's name, only a
/// word ending with a body noun of two syllables or more does (국민 + 건강보험공단; 한국 + 공사
/// and 한국 + 공무원 stay apart); a word that opens with the country's name, a noun of two
/// syllables or more after it, names the body of two syllables or more right after it (국민연금 +
/// 위원회 -> 국민연금위원회; 국민연금 + 조합원 stays apart). A place name (`places`) opens a
/// body's name as the country's does, where the body is one of `place_bodies`: a city's or a
/// province's own body (경기 + 문화 + 재단 -> 경기문화재단, 광주 + 청년 + 위원회); after a place,
/// 공사 is as often the works done there (서울 + 아파트 + 공사 stays apart).
pub fn join_public_bodies(
    words: Vec<String>,
    prefixes: &FxHashSet<String>,
    bodies: &FxHashSet<String>,
    places: &FxHashSet<String>,
    place_bodies: &FxHashSet<String>,
) -> Vec<String> {
    join_runs(words, |words, start| {
        body_end(words, start, prefixes, bodies, (places, place_bodies))
    })
}

/// Where a public body's name that the country's name or a place opens at `start` ends, else
/// start + 1.
fn body_end(
    words: &[String],
    start: usize,
    prefixes: &FxHashSet<String>,
    bodies: &FxHashSet<String>,
    (places, place_bodies): (&FxHashSet<String>, &FxHashSet<String>),
) -> usize {
    let opening = chars::lower(&words[start]);
    if start + 1 < words.len()
        && prefixes.iter().any(|prefix| {
            opening.starts_with(prefix.as_str())
                && opening.chars().count() - prefix.chars().count() >= NOUN
        })
    {
        let body = chars::lower(&words[start + 1]);
        if bodies.contains(&body) && body.chars().count() > 1 {
            // 국민연금 + 위원회
            return start + 2;
        }
    }
    let placed = places.contains(&opening) && !prefixes.contains(&opening);
    let bodies = if placed { place_bodies } else { bodies };
    if prefixes.contains(&opening) || places.contains(&opening) {
        let last = words.len().min(start + 2 + FOUNDED_NOUNS);
        let closes = |close: &usize| {
            let key: Vec<char> = chars::lower(&words[*close]).chars().collect();
            // a noun stands between them
            let apart = *close > start + 1;
            let named = (NOUN..key.len()).any(|cut| {
                bodies.contains(&key[cut..].iter().collect::<String>())
                    && (apart || key.len() - cut > 1)
            });
            named || (apart && bodies.contains(&key.iter().collect::<String>()))
        };
        if let Some(close) = (start + 1..last).find(closes) {
            return close + 1;
        }
    }
    start + 1
}

/// Syllables of a noun that names what a committee does, at most (원자력 + 안전 + 위원회).
const COMMITTEE_NOUN: usize = 3;
/// Nouns before a committee noun that its name holds, at most.
const COMMITTEE_NOUNS: usize = 2;

/// Join a committee noun standing as a word of its own (`committees`: 위원회, 협의회) and the
/// one or two nouns of two or three Hangul syllables right before it, the committee's one name
/// (원자력 + 안전 + 위원회 -> 원자력안전위원회, 징계 + 위원회 -> 징계위원회): such a noun always
/// names a body, and the nouns before it say what the body does. A longer word before them is
/// a name of its own (부산국제영화제 + 집행 + 위원회 -> 부산국제영화제 + 집행위원회), and a word
/// of other letters or a count stays apart (AI + 위원회; Python's
/// `segment_places.join_committee_names`).
pub fn join_committee_names(words: Vec<String>, committees: &FxHashSet<String>) -> Vec<String> {
    let mut joined: Vec<String> = Vec::with_capacity(words.len());
    for word in words {
        let mut nouns = 0;
        if committees.contains(&chars::lower(&word)) {
            while nouns < COMMITTEE_NOUNS && nouns < joined.len() {
                let noun = &joined[joined.len() - 1 - nouns];
                let syllables = noun.chars().count();
                if !((NOUN..=COMMITTEE_NOUN).contains(&syllables) && is_syllables(noun)) {
                    break;
                }
                nouns += 1;
            }
        }
        if nouns > 0 {
            let mut name: String = joined.drain(joined.len() - nouns..).collect();
            name.push_str(&word);
            joined.push(name);
        } else {
            joined.push(word);
        }
    }
    joined
}

/// Whether the pieces of a run are the name of a town no list knows, cut apart: three Hangul
/// syllables that close with a one-syllable place noun, cut after the first syllable, where
/// the last piece is the place noun alone or a word that is no common one (priced `rare` or
/// dearer, or unknown): 해 + 솔 + 시 and 해 + 솔군 are 해솔시 and 해솔군; 새 + 도시 keeps its
/// common word.
pub fn is_town_name(
    words: &[String],
    place_nouns: &FxHashSet<String>,
    prices: &Costs,
    rare: f64,
) -> bool {
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    words.len() > 1
        && words.iter().map(|word| word.chars().count()).sum::<usize>() == TOWN
        && first.chars().count() == 1
        && words.iter().all(|word| is_syllables(word))
        && last
            .chars()
            .last()
            .is_some_and(|c| contains_char(place_nouns, c))
        && (last.chars().count() == 1
            || prices.get(last.as_str()).is_none_or(|&price| price >= rare))
}

/// Join the two lone Hangul syllables a run opens with into one word where the word right
/// after them is in one of `heads`, the words that say what stands at a place (an
/// institution, a body, an outlet, a business, a local office, a facility): the place's or the
/// body's own name, which no list holds, cut into its syllables (달 + 내 + 농협 -> 달내 + 농협,
/// 솔 + 내 + 병원 -> 솔내 + 병원), as a town's before its place noun. Before any other word the
/// syllables stay words of their own (내 + 집 + 마련) (Python's `join_name_syllables`).
pub fn join_name_syllables(words: Vec<String>, heads: &[&FxHashSet<String>]) -> Vec<String> {
    let joins = words.len() > NAME_SYLLABLES
        && words[..NAME_SYLLABLES]
            .iter()
            .all(|word| word.chars().count() == 1)
        && heads
            .iter()
            .any(|kind| kind.contains(words[NAME_SYLLABLES].as_str()))
        && words[..=NAME_SYLLABLES]
            .iter()
            .all(|word| is_syllables(word));
    if !joins {
        return words;
    }
    let mut joined = vec![words[..NAME_SYLLABLES].concat()];
    joined.extend(words.into_iter().skip(NAME_SYLLABLES));
    joined
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        text.split(' ').map(String::from).collect()
    }

    #[test]
    fn a_name_cut_into_its_syllables_is_one_word() {
        let coops: FxHashSet<String> = ["농협".to_string()].into_iter().collect();
        assert_eq!(
            join_name_syllables(words("달 내 농협 간담회"), &[&coops]),
            words("달내 농협 간담회")
        );
        assert_eq!(
            join_name_syllables(words("내 집 마련"), &[&coops]),
            words("내 집 마련")
        );
    }

    #[test]
    fn a_place_its_noun_and_a_facility_are_one_name() {
        let places: FxHashSet<String> = ["송도".to_string()].into_iter().collect();
        let facilities: FxHashSet<String> = ["공원".to_string()].into_iter().collect();
        let none = FxHashSet::default();
        let joined = join_named_places(words("송도 호수 공원 산책"), &places, &facilities, &none);
        assert_eq!(joined, words("송도호수공원 산책"));
        let events: FxHashSet<String> = ["축제".to_string()].into_iter().collect();
        let held = join_named_places(words("송도 은어 축제"), &places, &none, &events);
        assert_eq!(held, words("송도 은어축제"));
    }

    #[test]
    fn a_founding_prefix_joins_the_institution_it_names() {
        let prefixes: FxHashSet<String> = ["국립".to_string()].into_iter().collect();
        let nouns: FxHashSet<String> = ["박물관".to_string()].into_iter().collect();
        let joined = join_founded_institutions(words("국립 중앙 박물관 특별전"), &prefixes, &nouns);
        assert_eq!(joined, words("국립중앙박물관 특별전"));
        let kept = join_founded_institutions(words("국립 대학 등록금 동결"), &prefixes, &nouns);
        assert_eq!(kept, words("국립 대학 등록금 동결"));
    }

    #[test]
    fn the_country_s_name_joins_the_public_body_it_names() {
        let prefixes: FxHashSet<String> = ["한국".to_string()].into_iter().collect();
        let bodies: FxHashSet<String> =
            ["원".to_string(), "공사".to_string()].into_iter().collect();
        let none = FxHashSet::default();
        let joined = join_public_bodies(
            words("한국 소비자 원 발표"),
            &prefixes,
            &bodies,
            &none,
            &none,
        );
        assert_eq!(joined, words("한국소비자원 발표"));
        let housing = join_public_bodies(
            words("한국 토지 주택공사"),
            &prefixes,
            &bodies,
            &none,
            &none,
        );
        assert_eq!(housing, words("한국토지주택공사"));
        let kept = join_public_bodies(words("한국 축구 응원"), &prefixes, &bodies, &none, &none);
        assert_eq!(kept, words("한국 축구 응원"));
        let bare = join_public_bodies(words("한국 공사"), &prefixes, &bodies, &none, &none);
        assert_eq!(bare, words("한국 공사"));
        let clerk = join_public_bodies(words("한국 공무원"), &prefixes, &bodies, &none, &none);
        assert_eq!(clerk, words("한국 공무원"));
        let staff = join_public_bodies(words("한국 갯벌 관리원"), &prefixes, &bodies, &none, &none);
        assert_eq!(staff, words("한국갯벌관리원"));
        let opened = join_public_bodies(
            words("한국수로 공사 입찰"),
            &prefixes,
            &bodies,
            &none,
            &none,
        );
        assert_eq!(opened, words("한국수로공사 입찰"));
        let short = join_public_bodies(words("한국수로 원"), &prefixes, &bodies, &none, &none);
        assert_eq!(short, words("한국수로 원"));
        let places: FxHashSet<String> = ["경기".to_string()].into_iter().collect();
        let kinds: FxHashSet<String> = ["재단".to_string()].into_iter().collect();
        let placed =
            join_public_bodies(words("경기 문화 재단"), &prefixes, &bodies, &places, &kinds);
        assert_eq!(placed, words("경기문화재단"));
        let works =
            join_public_bodies(words("경기 도로 공사"), &prefixes, &bodies, &places, &kinds);
        assert_eq!(works, words("경기 도로 공사"));
    }

    #[test]
    fn three_syllables_cut_after_the_first_before_a_place_noun_are_a_town() {
        let nouns: FxHashSet<String> = ["시".to_string(), "군".to_string()].into_iter().collect();
        let mut prices = Costs::default();
        prices.insert("도시", 8.0);
        assert!(is_town_name(&words("달 빛 시"), &nouns, &prices, 11.0));
        assert!(is_town_name(&words("달 빛군"), &nouns, &prices, 11.0));
        assert!(!is_town_name(&words("새 도시"), &nouns, &prices, 11.0));
    }
}
