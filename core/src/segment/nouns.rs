//! Korean nouns that the segmenter cut apart where no list holds them whole, and the shape of
//! a loanword's syllables (mirrors `normalize/segment_nouns.py`).
//!
//! A Sino-Korean compound often ends in a one-syllable Sino-Korean noun (교통 + 난 -> 교통난, 특별 + 전 ->
//! 특별전): in a tag, such a lone syllable after a two-syllable Sino-Korean noun ends that noun, and
//! so does one closing the tag after a loanword (올스타 + 전). A name under a two-syllable surname (남궁,
//! 황보) is cut where no list holds it (황 + 보민). A lone syllable takes the syllable of
//! a neighbour that it makes a word with, where the rest of the neighbour is a word too (공장화 + 재 ->
//! 공장 + 화재). A Sino-Korean prefix is written with its noun (재 + 확산 -> 재확산), and a loanword
//! cut into short known words is put back together up to its head (캠핑 + 브이 + 로그 -> 캠핑 +
//! 브이로그). A name follows some nouns (태풍 + 마이삭): a lone syllable after such a noun opens
//! the name. A loanword is spelt with the seven finals of the
//! loanword orthography and no tense initial, which native words such as 걷기 or 날씨 are not.

use rustc_hash::FxHashSet;

use super::{chars, contains_char, Costs, Rules};

/// Syllables of the Sino-Korean noun that a lone syllable ends.
const STEM: usize = 2;
/// Syllables of a clipped coinage (혼밥, 집콕).
const COINED: usize = 2;
/// A test of a word: whether it is of a closed kind (suffixes, counters, short names).
pub type WordTest<'a> = &'a dyn Fn(&str) -> bool;
/// A loanword the lists lack is cut into short known words.
const LOAN_PIECE: usize = 3;
/// A head this common (뉴스) is a word of its own (price, nats).
const COMMON_HEAD: f64 = 9.5;
/// Syllables of a name under a two-syllable surname.
const NAME: [usize; 2] = [3, 4];
const FIRST_SYLLABLE: u32 = 0xAC00;
const LAST_SYLLABLE: u32 = 0xD7A3;
/// A syllable's code is initial * 588 + vowel * 28 + final.
const FINALS: u32 = 28;
const VOWELS_AND_FINALS: u32 = 588;
/// Finals of the loanword orthography: none, ㄱ, ㄴ, ㄹ, ㅁ, ㅂ, ㅅ, ㅇ.
const LOANWORD_FINALS: [u32; 8] = [0, 1, 4, 8, 16, 17, 19, 21];
/// ㄲ, ㄸ, ㅃ, ㅆ, ㅉ.
const TENSE_INITIALS: [u32; 5] = [1, 4, 8, 10, 13];

/// Join a lone Sino-Korean syllable to the two-syllable Sino-Korean word before it where it
/// closes the run or a word of two syllables or more follows (a noun, not a verb's ending),
/// and, closing the run, to a loanword of three syllables or more before it (올스타 + 전 ->
/// 올스타전, a match); `standalone` holds the one-syllable words that stand apart (counters,
/// short names), and `endings` the pieces that are no noun.
pub fn join_sino_endings(
    words: Vec<String>,
    sino: &dyn Fn(char) -> bool,
    standalone: &dyn Fn(&str) -> bool,
    endings: &FxHashSet<String>,
) -> Vec<String> {
    let lengths: Vec<usize> = words.iter().map(|word| word.chars().count()).collect();
    let mut joined: Vec<String> = Vec::with_capacity(words.len());
    for (index, word) in words.iter().enumerate() {
        let last = index + 1 == words.len();
        let closes = match words.get(index + 1) {
            None => true,
            Some(after) => lengths[index + 1] >= STEM && !endings.contains(after),
        };
        let lone = lengths[index] == 1 && word.chars().all(sino) && !standalone(word) && closes;
        match joined.last_mut() {
            Some(before)
                if lone && (is_sino_stem(before, sino) || (last && is_loanword(before, sino))) =>
            {
                before.push_str(word);
            }
            _ => joined.push(word.clone()),
        }
    }
    joined
}

/// Join a lone Hangul syllable after a noun that a name follows (`heads`: 태풍, a typhoon's
/// name) to the word after it, up to a name's four syllables: a name no list holds, cut apart
/// (태풍 + 마 + 이삭 -> 태풍 + 마이삭), not a syllable that ends the noun. A suffix or a counter
/// (`closed`: 태풍 + 권, the typhoon's zone) stays apart.
pub fn join_names_after(
    words: Vec<String>,
    heads: &FxHashSet<String>,
    closed: WordTest<'_>,
) -> Vec<String> {
    if heads.is_empty() {
        return words;
    }
    let mut joined: Vec<String> = Vec::with_capacity(words.len());
    for word in words {
        let named = match joined.as_slice() {
            [.., head, lone] => {
                let mut letters = lone.chars();
                let syllable = letters.next().filter(|_| letters.next().is_none());
                syllable.is_some_and(is_syllable)
                    && heads.contains(head)
                    && !closed(lone)
                    && word.chars().all(is_syllable)
                    && word.chars().count() < NAME[1]
            }
            _ => false,
        };
        match joined.last_mut() {
            Some(lone) if named => lone.push_str(&word),
            _ => joined.push(word),
        }
    }
    joined
}

/// Whether a word is a two-syllable Sino-Korean noun, which a lone syllable may end.
fn is_sino_stem(word: &str, sino: &dyn Fn(char) -> bool) -> bool {
    word.chars().count() == STEM && word.chars().all(sino)
}

/// Whether a word is a loanword of three syllables or more: spelt as a loanword, with a
/// syllable that reads no Chinese character (올스타; not 손흥민).
fn is_loanword(word: &str, sino: &dyn Fn(char) -> bool) -> bool {
    word.chars().count() > STEM && is_loan_shaped(word, sino)
}

/// Whether a word is spelt as a loanword and has a syllable that reads no Chinese character
/// (미팅, 올스타; not 회담, 손흥민).
fn is_loan_shaped(word: &str, sino: &dyn Fn(char) -> bool) -> bool {
    !word.chars().all(sino) && is_loanword_spelt(word)
}

/// Cut the last of the words into a one-syllable suffix and a one-syllable particle where the
/// list glued the two into a word that is no common one (priced `rare` or dearer), so that the
/// suffix ends the word before it and the particle closes the run (국세 + 청이 -> 국세 + 청 +
/// 이: 국세청 with 이, not a noun 청이); a word alone, and a common word, stay.
pub fn split_suffix_particle(
    mut words: Vec<String>,
    suffixes: &FxHashSet<String>,
    particles: &FxHashSet<String>,
    prices: &Costs,
    rare: f64,
) -> Vec<String> {
    let Some(last) = words.last().filter(|_| words.len() > 1) else {
        return words;
    };
    let mut letters = last.chars();
    let (Some(suffix), Some(particle), None) = (letters.next(), letters.next(), letters.next())
    else {
        return words;
    };
    let glued = is_syllables(last)
        && contains_char(suffixes, suffix)
        && !contains_char(particles, suffix)
        && contains_char(particles, particle)
        && prices.get(last.as_str()).is_none_or(|&cost| cost >= rare);
    if glued {
        words.pop();
        words.extend([suffix.to_string(), particle.to_string()]);
    }
    words
}

/// Join a Sino-Korean prefix that stands as a word of its own (재 re-, 신 new, 탈 de-, 친 pro-)
/// to the Hangul noun of two syllables or more after it, as Korean writes a prefix (재 + 확산 ->
/// 재확산, 신 + 메뉴 -> 신메뉴); a prefix closing the run, or before a verb's ending (`endings`),
/// stays apart.
pub fn join_noun_prefixes(
    words: Vec<String>,
    prefixes: &FxHashSet<String>,
    endings: &FxHashSet<String>,
) -> Vec<String> {
    if prefixes.is_empty() {
        return words;
    }
    join_runs(words, |words, start| {
        start + 1 + usize::from(prefixes_noun(words, start, prefixes, endings))
    })
}

/// Whether the word at `start` is a prefix of the noun after it.
fn prefixes_noun(
    words: &[String],
    start: usize,
    prefixes: &FxHashSet<String>,
    endings: &FxHashSet<String>,
) -> bool {
    let after = words.get(start + 1).map_or("", String::as_str);
    let noun =
        after.chars().count() >= STEM && !endings.contains(after) && after.chars().all(is_syllable);
    noun && prefixes.contains(&words[start])
}

/// Join loanword-shaped neighbours, a foreign word cut apart (팬 + 미팅; not 정상 + 회담), from
/// the right, where a compound has its head (캠핑 + 브이 + 로그 -> 캠핑 + 브이로그; 챔피언 + 스리 +
/// 그 -> 챔피언스리그: a head of one syllable that reads no Chinese character is a verb's stem or
/// an ending as a word, no word of its own), and a lone syllable to the loanword after it, whose
/// first syllable it is (유 + 튜버 -> 유튜버, 인 + 스타그램 -> 인스타그램), but for a Sino-Korean
/// syllable that ends the two-syllable Sino-Korean noun before it (주차 + 난 + 캠페인) and for a
/// loanword the lists know whole (귤 + 케이크); a word of
/// the package's own list (`whole`) is a name or a word of its own (뉴진스 + 컴백). `pieces`
/// are the pieces of no loanword (suffixes, counters), and `leads` the syllables that open none
/// (suffixes, short names). None where no syllable is known to read a Chinese character.
pub fn join_loanwords(
    words: Vec<String>,
    prices: &Costs,
    sino: &FxHashSet<String>,
    whole: &FxHashSet<String>,
    pieces: WordTest<'_>,
    leads: WordTest<'_>,
) -> Vec<String> {
    if sino.is_empty() {
        return words;
    }
    let mut joined: Vec<String> = Vec::with_capacity(words.len());
    // whether a lone syllable opened the word: it is whole
    let mut opened: Vec<bool> = Vec::with_capacity(words.len());
    for index in (0..words.len()).rev() {
        let word = &words[index];
        let joinable = |head: &str| {
            is_rare_head(head, prices, sino)
                // An unknown run is a word of its own (혼밥 + 맛집).
                && prices.contains_key(word.as_str())
                && !whole.contains(word)
                && !whole.contains(head)
        };
        match (joined.last_mut(), opened.last_mut()) {
            (Some(head), Some(sealed)) if !*sealed && joinable(head) => {
                if is_loanlike(word, sino, pieces) && is_loanlike(head, sino, pieces) {
                    head.insert_str(0, word);
                } else if opens_loanword(&words, index, head, sino, leads, prices) {
                    head.insert_str(0, word);
                    *sealed = true;
                } else {
                    joined.push(word.clone());
                    opened.push(false);
                }
            }
            _ => {
                joined.push(word.clone());
                opened.push(false);
            }
        }
    }
    joined.reverse();
    joined
}

/// Whether the lone syllable at `index` opens the loanword after it (`head`, of two syllables
/// or more): it is spelt as a loanword, it is no suffix or short name (`leads`), and it ends no
/// two-syllable Sino-Korean noun before it. A loanword of three syllables or more that the
/// lists know whole (`prices`) is complete: the syllable before it is a word of its own (귤 +
/// 케이크, not 귤케이크).
fn opens_loanword(
    words: &[String],
    index: usize,
    head: &str,
    sino: &FxHashSet<String>,
    leads: &dyn Fn(&str) -> bool,
    prices: &Costs,
) -> bool {
    let word = &words[index];
    let is_sino = |c: char| contains_char(sino, c);
    let ends = index > 0 && word.chars().all(is_sino) && is_sino_stem(&words[index - 1], &is_sino);
    let lead = word.chars().count() == 1 && !leads(word) && is_loanword_spelt(word) && !ends;
    let length = head.chars().count();
    let whole = length > STEM && prices.contains_key(head);
    lead && !whole && length >= STEM && is_loan_shaped(head, &is_sino)
}

/// Whether a head is no word of its own: dearer than a common word, or one syllable that reads
/// no Chinese character.
fn is_rare_head(head: &str, prices: &Costs, sino: &FxHashSet<String>) -> bool {
    let mut letters = head.chars();
    let lone =
        matches!((letters.next(), letters.next()), (Some(c), None) if !contains_char(sino, c));
    lone || prices.get(head).is_none_or(|&cost| cost >= COMMON_HEAD)
}

/// Whether a piece is short, no suffix or counter (`pieces`), spelt as a loanword, and has a
/// syllable that reads no Chinese character.
fn is_loanlike(word: &str, sino: &FxHashSet<String>, pieces: WordTest<'_>) -> bool {
    let is_sino = |c: char| contains_char(sino, c);
    word.chars().count() <= LOAN_PIECE && is_loan_shaped(word, &is_sino) && !pieces(word)
}

/// Join the pieces of a name under a two-syllable surname: three or four syllables cut apart
/// that open with the surname and close the run or stand before a title (Python's
/// `segment_names.join_compound_surnames`).
pub fn join_compound_surnames(
    words: Vec<String>,
    surnames: &FxHashSet<String>,
    titles: &FxHashSet<String>,
) -> Vec<String> {
    join_runs(words, |words, start| {
        name_end(words, start, surnames, titles)
    })
}

/// Where a name under a two-syllable surname that opens at `start` ends, else start + 1.
fn name_end(
    words: &[String],
    start: usize,
    surnames: &FxHashSet<String>,
    titles: &FxHashSet<String>,
) -> usize {
    let mut letters = words[start].clone();
    for end in start + 2..=words.len() {
        letters.push_str(&words[end - 1]);
        let length = letters.chars().count();
        if length > NAME[1] {
            break;
        }
        let closes = end == words.len() || titles.contains(&chars::lower(&words[end]));
        let surname: String = letters.chars().take(2).collect();
        if NAME.contains(&length) && surnames.contains(&surname) && closes {
            return end;
        }
    }
    start + 1
}

/// Join the words of each run, one word, from where it opens to where `run_end` of that place
/// says it ends (the place after it where no run opens there).
pub(crate) fn join_runs(
    words: Vec<String>,
    run_end: impl Fn(&[String], usize) -> usize,
) -> Vec<String> {
    let mut joined: Vec<String> = Vec::with_capacity(words.len());
    let mut index = 0;
    while index < words.len() {
        let end = run_end(&words, index);
        joined.push(words[index..end].concat());
        index = end;
    }
    joined
}

/// The one-syllable Hangul words that read no Chinese character and that no rule joins to a
/// word (`joined`): in a list cut into morphemes, most are a verb's stem or an ending (먹, 있),
/// seldom a word of a tag. None where no syllable is known to read a Chinese character.
pub fn lone_syllables<'a>(
    words: impl Iterator<Item = &'a str>,
    sino: &FxHashSet<String>,
    joined: &FxHashSet<&str>,
) -> Vec<&'a str> {
    if sino.is_empty() {
        return Vec::new();
    }
    words
        .filter(|word| {
            let mut letters = word.chars();
            let one = letters.next();
            letters.next().is_none()
                && one.is_some_and(is_syllable)
                && !sino.contains(*word)
                && !joined.contains(word)
        })
        .collect()
}

/// Cut an unknown Hangul run after its first two syllables where the rest, two syllables or
/// more, is a common word (priced below `common`: a word of the frequency list): a clipped
/// coinage, most often two syllables, and the noun it modifies (혼밥 + 맛집, 집콕 + 놀이). A
/// word only the dictionary holds stays in the run (빵지순례), and so does a longer coinage
/// (댕스타그램). So where the first two syllables are a common word and the rest no word: a
/// common noun and the name after it (태풍 + 힌남노). `unknown` holds the runs' indexes among
/// the words.
pub fn split_common_ends(
    mut words: Vec<String>,
    unknown: &[usize],
    price: &dyn Fn(&str) -> Option<f64>,
    common: f64,
) -> Vec<String> {
    let mut indexes = unknown.to_vec();
    indexes.sort_unstable_by(|a, b| b.cmp(a));
    for index in indexes {
        let run = &words[index];
        let letters: Vec<char> = run.chars().collect();
        let shaped = letters.len() >= 2 * COINED && letters.iter().copied().all(is_syllable);
        if !shaped {
            continue;
        }
        let head: String = letters[..COINED].iter().collect();
        let rest: String = letters[COINED..].iter().collect();
        if [&head, &rest]
            .iter()
            .any(|part| price(part).is_some_and(|known| known < common))
        {
            words.splice(index..=index, [head, rest]);
        }
    }
    words
}

/// Give a lone Hangul syllable the syllable of its neighbour that it makes a word with, where
/// the neighbour, a known word of three syllables or more, leaves a known word too (공장화 +
/// 재 -> 공장 + 화재, 대출금 + 리 -> 대출 + 금리): the frequency list prices a syllable that
/// most often ends or opens a longer word as if it stood alone (금융인 + 원 -> 금융 + 인원: a
/// counter counts a number, not a word). A syllable that a rule joins to the word before it
/// keeps its place: one of `ends` (suffixes) or, after a place name, a place noun (`placed`:
/// the place names and the place nouns), or a Sino-Korean syllable (`sino`) after a
/// two-syllable Sino-Korean noun, which it ends (업종 + 별 + 지원금, not 별지 + 원금); so does
/// one of `opens` (short names, surnames), which open a word. Only a syllable that reads a
/// Chinese character moves: one that reads none is priced as a word of its own only where it
/// is one, a native noun (초록색 + 옷, not 초록 + 색옷). A compound of four syllables or more
/// whose last syllable gives the lone syllable no word gives it its last two (태양전지 + 판 ->
/// 태양 + 전지판, 모음동화 + 책 -> 모음 + 동화책). A neighbour that the frequency list holds
/// (`common`: priced below a dictionary's word) keeps its syllables (비행기 + 표, not 비행 +
/// 기표).
pub fn recut_lone_syllables(
    mut words: Vec<String>,
    known: &dyn Fn(&str) -> bool,
    common: &dyn Fn(&str) -> bool,
    ends: &[&FxHashSet<String>],
    opens: &[&FxHashSet<String>],
    placed: (&FxHashSet<String>, &FxHashSet<String>),
    sino: &dyn Fn(char) -> bool,
) -> Vec<String> {
    let (places, place_nouns) = placed;
    for index in 0..words.len().saturating_sub(1) {
        let (left_word, right_word) = (&words[index], &words[index + 1]);
        let left: Vec<char> = left_word.chars().collect();
        let right: Vec<char> = right_word.chars().collect();
        if !left.iter().chain(&right).all(|&letter| is_syllable(letter)) {
            continue;
        }
        let ending = ends.iter().any(|kind| kind.contains(right_word))
            || (place_nouns.contains(right_word) && places.contains(left_word));
        let pieces: (String, String) =
            if right.len() == 1 && left.len() > STEM && !ending && sino(right[0]) {
                let one: (String, String) = (
                    left[..left.len() - 1].iter().collect(),
                    left[left.len() - 1..].iter().chain(&right).collect(),
                );
                if left.len() >= 2 * STEM && !(known(&one.0) && known(&one.1)) {
                    // a compound of two nouns: its second and the syllable make a word
                    (
                        left[..left.len() - STEM].iter().collect(),
                        left[left.len() - STEM..].iter().chain(&right).collect(),
                    )
                } else {
                    one
                }
            } else if left.len() == 1
                && right.len() > STEM
                && sino(left[0])
                && !opens.iter().any(|kind| kind.contains(left_word))
                && !(index > 0 && is_sino_stem(&words[index - 1], sino))
            {
                (
                    left.iter().chain(&right[..1]).collect(),
                    right[1..].iter().collect(),
                )
            } else {
                continue;
            };
        let giver = if right.len() == 1 {
            left_word
        } else {
            right_word
        };
        if !common(giver)
            && known(left_word)
            && known(right_word)
            && known(&pieces.0)
            && known(&pieces.1)
        {
            words[index] = pieces.0;
            words[index + 1] = pieces.1;
        }
    }
    words
}

/// Whether the letter is a Hangul syllable (Python's `_is_syllable`).
fn is_syllable(letter: char) -> bool {
    (FIRST_SYLLABLE..=LAST_SYLLABLE).contains(&u32::from(letter))
}

/// Whether every letter of the word is a Hangul syllable, 가 to 힣 (Python's `is_syllables`).
pub fn is_syllables(word: &str) -> bool {
    word.chars().all(is_syllable)
}

/// Whether each Hangul syllable of a word is spelt as a loanword can be: a final of the
/// loanword orthography or none, and no tense initial (미팅, 보이스; not 걷기, 날씨).
pub fn is_loanword_spelt(word: &str) -> bool {
    word.chars().all(|letter| {
        let code = u32::from(letter);
        if !(FIRST_SYLLABLE..=LAST_SYLLABLE).contains(&code) {
            return true;
        }
        let code = code - FIRST_SYLLABLE;
        LOANWORD_FINALS.contains(&(code % FINALS))
            && !TENSE_INITIALS.contains(&(code / VOWELS_AND_FINALS))
    })
}

/// A Korean run this short, cut before a lone last syllable, is one word.
const COINED_SYLLABLES: usize = 3;

/// Whether a run of two or three Hangul syllables is cut before a lone last syllable that is
/// no suffix, counter or short name (불 + 멍, 인생 + 샷): a coined word or a compound.
pub fn is_coined_word(words: &[String], facts: &Rules) -> bool {
    let Some(last) = words.last() else {
        return false;
    };
    let syllables = words.iter().map(|word| word.chars().count()).sum::<usize>();
    words.len() > 1
        && syllables <= COINED_SYLLABLES
        && last.chars().count() == 1
        && words.iter().all(|word| is_syllables(word))
        && !facts.suffixes.contains(last)
        && !facts.counters.contains(last)
        && !facts.abbreviations.contains(last)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        text.split(' ').map(String::from).collect()
    }

    #[test]
    fn a_lone_sino_syllable_ends_the_noun_before_it() {
        let sino = |c: char| "교통난완화가게열".contains(c);
        let endings: FxHashSet<String> = ["었다".to_string()].into_iter().collect();
        let joined = join_sino_endings(words("교통 난 완화"), &sino, &|_| false, &endings);
        assert_eq!(joined, words("교통난 완화"));
        let kept = join_sino_endings(words("가게 열 었다"), &sino, &|_| false, &endings);
        assert_eq!(kept, words("가게 열 었다"));
    }

    #[test]
    fn a_lone_syllable_takes_back_the_syllable_it_makes_a_word_with() {
        let known = |word: &str| {
            [
                "공장화",
                "공장",
                "화재",
                "재",
                "산",
                "불조심",
                "산불",
                "조심",
            ]
            .contains(&word)
        };
        let none = FxHashSet::default();
        let suffixes: FxHashSet<String> = ["재".to_string()].into_iter().collect();
        let sino = |c: char| "재산".contains(c);
        let recut = |text: &str, ends: &[&FxHashSet<String>]| {
            recut_lone_syllables(
                words(text),
                &known,
                &|_| false,
                ends,
                &[],
                (&none, &none),
                &sino,
            )
        };
        assert_eq!(recut("공장화 재", &[]), words("공장 화재"));
        assert_eq!(recut("산 불조심", &[]), words("산불 조심"));
        assert_eq!(recut("공장화 재", &[&suffixes]), words("공장화 재"));
    }

    /// `recut_lone_syllables` of `text` with no noun's ending or opening and no place known.
    fn recut_alone(
        text: &str,
        known: &dyn Fn(&str) -> bool,
        common: &dyn Fn(&str) -> bool,
        sino: &dyn Fn(char) -> bool,
    ) -> Vec<String> {
        let none = FxHashSet::default();
        recut_lone_syllables(words(text), known, common, &[], &[], (&none, &none), sino)
    }

    #[test]
    fn a_lone_sino_syllable_ending_the_noun_before_it_keeps_its_place() {
        let known = |word: &str| ["업종", "별", "지원금", "별지", "원금"].contains(&word);
        let sino = |c: char| "업종별지원금".contains(c);
        let recut =
            |text: &str, sino: &dyn Fn(char) -> bool| recut_alone(text, &known, &|_| false, sino);
        assert_eq!(recut("업종 별 지원금", &sino), words("업종 별 지원금"));
        let sino_but_the_stem = |c: char| "별지원금".contains(c);
        assert_eq!(
            recut("업종 별 지원금", &sino_but_the_stem),
            words("업종 별지 원금")
        );
    }

    #[test]
    fn a_lone_syllable_that_reads_no_chinese_character_keeps_its_place() {
        let known = |word: &str| ["초록색", "초록", "색옷", "옷"].contains(&word);
        let sino = |c: char| "초록색".contains(c);
        let recut = recut_alone("초록색 옷", &known, &|_| false, &sino);
        assert_eq!(recut, words("초록색 옷"));
    }

    #[test]
    fn a_lone_syllable_after_a_compound_takes_the_compound_s_second_noun() {
        let known = |word: &str| ["태양전지", "판", "태양", "전지판"].contains(&word);
        let sino = |c: char| "판".contains(c);
        let recut = recut_alone("태양전지 판", &known, &|_| false, &sino);
        assert_eq!(recut, words("태양 전지판"));
    }

    #[test]
    fn a_common_word_keeps_its_syllables() {
        let known = |word: &str| ["비행기", "표", "비행", "기표"].contains(&word);
        let common = |word: &str| word == "비행기";
        let sino = |c: char| "표".contains(c);
        let recut = recut_alone("비행기 표", &known, &common, &sino);
        assert_eq!(recut, words("비행기 표"));
    }

    #[test]
    fn a_lone_sino_syllable_closing_the_run_ends_a_loanword() {
        let sino = |c: char| "야구전손흥민골".contains(c);
        let none = FxHashSet::default();
        let joined = join_sino_endings(words("프로 야구 올스타 전"), &sino, &|_| false, &none);
        assert_eq!(joined, words("프로 야구 올스타전"));
        let kept = join_sino_endings(words("손흥민 골"), &sino, &|_| false, &none);
        assert_eq!(kept, words("손흥민 골"));
        let inside = join_sino_endings(words("올스타 전 개막"), &sino, &|_| false, &none);
        assert_eq!(inside, words("올스타 전 개막"));
    }

    #[test]
    fn a_prefix_standing_alone_joins_the_noun_after_it() {
        let prefixes: FxHashSet<String> = ["재".to_string()].into_iter().collect();
        let endings: FxHashSet<String> = ["했다".to_string()].into_iter().collect();
        let join = |text: &str| join_noun_prefixes(words(text), &prefixes, &endings);
        assert_eq!(join("코로나 재 확산"), words("코로나 재확산"));
        assert_eq!(join("확산 재"), words("확산 재"));
        assert_eq!(join("재 했다"), words("재 했다"));
    }

    #[test]
    fn a_loanword_cut_apart_is_joined_up_to_its_head() {
        let prices: Costs = [
            ("캠핑", 9.0),
            ("브이", 11.0),
            ("로그", 11.0),
            ("챔피언", 10.0),
        ]
        .into_iter()
        .chain([
            ("스리", 11.0),
            ("그", 7.6),
            ("결승", 11.0),
            ("유", 9.0),
            ("튜버", 12.0),
        ])
        .chain([("주차", 11.0), ("난", 9.0), ("캠페인", 10.0)])
        .collect();
        let sino: FxHashSet<String> = ["결", "승", "유", "주", "차", "난"]
            .into_iter()
            .map(String::from)
            .collect();
        let none = FxHashSet::default();
        let join =
            |text: &str| join_loanwords(words(text), &prices, &sino, &none, &|_| false, &|_| false);
        assert_eq!(join("캠핑 브이 로그"), words("캠핑 브이로그"));
        assert_eq!(join("챔피언 스리 그 결승"), words("챔피언스리그 결승"));
        assert_eq!(join("캠핑 유 튜버"), words("캠핑 유튜버"));
        assert_eq!(join("주차 난 캠페인"), words("주차 난 캠페인"));
    }

    #[test]
    fn a_lone_syllable_opens_no_loanword_the_lists_know_whole() {
        let prices: Costs = [("귤", 11.0), ("케이크", 10.9), ("인", 5.7)]
            .into_iter()
            .collect();
        let sino: FxHashSet<String> = ["귤", "인"].into_iter().map(String::from).collect();
        let none = FxHashSet::default();
        let join =
            |text: &str| join_loanwords(words(text), &prices, &sino, &none, &|_| false, &|_| false);
        assert_eq!(join("귤 케이크"), words("귤 케이크"));
        assert_eq!(join("인 스타그램"), words("인스타그램"));
    }

    #[test]
    fn a_rare_sino_piece_stays_apart_from_a_transcribed_loanword() {
        let prices: Costs = [
            ("소형", 11.0),
            ("드론", 11.0),
            ("성수", 11.0),
            ("브런치", 11.0),
        ]
        .into_iter()
        .collect();
        let sino: FxHashSet<String> = ["소", "형", "성", "수"]
            .into_iter()
            .map(String::from)
            .collect();
        let none = FxHashSet::default();
        let join =
            |text: &str| join_loanwords(words(text), &prices, &sino, &none, &|_| false, &|_| false);
        assert_eq!(join("소형 드론"), words("소형 드론"));
        assert_eq!(join("성수 브런치"), words("성수 브런치"));
    }

    #[test]
    fn a_lone_syllable_after_a_name_head_opens_the_name() {
        let heads: FxHashSet<String> = ["태풍".to_string()].into_iter().collect();
        let closed: WordTest<'_> = &|word| word == "권";
        let join = |text: &str| join_names_after(words(text), &heads, closed);
        assert_eq!(join("태풍 나 비아 북상"), words("태풍 나비아 북상"));
        assert_eq!(join("태풍 권 진입"), words("태풍 권 진입"));
        assert_eq!(join("교통 난 완화"), words("교통 난 완화"));
    }

    #[test]
    fn a_name_under_a_two_syllable_surname_is_joined() {
        let surnames: FxHashSet<String> = ["황보".to_string()].into_iter().collect();
        let titles: FxHashSet<String> = ["교육감".to_string()].into_iter().collect();
        let joined = join_compound_surnames(words("황 보민 교육감"), &surnames, &titles);
        assert_eq!(joined, words("황보민 교육감"));
    }

    #[test]
    fn a_native_syllable_no_rule_joins_is_lone() {
        let sino: FxHashSet<String> = ["정", "시"].map(String::from).into_iter().collect();
        let joined: FxHashSet<&str> = ["시"].into_iter().collect();
        let words = ["먹", "정", "시", "먹방"];
        assert_eq!(lone_syllables(words.into_iter(), &sino, &joined), ["먹"]);
    }

    #[test]
    fn loanwords_are_spelt_with_seven_finals() {
        assert!(is_loanword_spelt("보이스"));
        assert!(!is_loanword_spelt("걷기"));
        assert!(!is_loanword_spelt("날씨"));
    }
}
