//! A lone Latin letter glued to a Korean word in a hashtag (mirrors
//! `normalize/hashtags_letters.py`): Korean writes such a letter as part of the word it
//! touches, never as a word of its own. After a Korean word it names a variant or a grade of
//! it (채널A, 플랜B, 비타민C); opening a word it marks a kind or a generation (K리그, X세대,
//! e스포츠, N번방). Capital initials glued to the Korean name of a business are one company
//! name: the group's initials and what the company does (IBK + 기업은행, NH + 투자증권).
//! A name in Latin letters keeps the Korean particle glued after it, as a Korean word does
//! (KBS + 에서, NASA + 의).

use std::sync::OnceLock;

use rustc_hash::FxHashSet;

use super::model_language;
use crate::segment::chars::{self, is, HANGUL, LATIN, LU, N};
use crate::segment::rules;

/// "x" between two words is how a collaboration is written (나이키x무신사), not a variant.
const COLLABORATION: [&str; 2] = ["x", "X"];

/// Join each lone Latin letter to the Korean word it is glued to: the word before it, else,
/// where the letter opens the tag or follows a number, the word after it. A letter among
/// words of other scripts, and "x" after a word, stay apart (채널 + A + 뉴스 -> 채널A + 뉴스;
/// 2026 + K + 리그 -> 2026 + K리그).
pub fn join_lone_letters(words: Vec<String>) -> Vec<String> {
    let mut joined: Vec<String> = Vec::with_capacity(words.len());
    for (index, word) in words.iter().enumerate() {
        let previous = index.checked_sub(1).map_or("", |at| words[at].as_str());
        let after_korean =
            is_letter(word) && !COLLABORATION.contains(&word.as_str()) && is_korean(previous);
        let after_letter = is_korean(word)
            && is_letter(previous)
            && index
                .checked_sub(1)
                .is_some_and(|at| opens_word(&words, at));
        match joined.last_mut() {
            Some(last) if after_korean || after_letter => last.push_str(word),
            _ => joined.push(word.clone()),
        }
    }
    joined
}

/// Join a particle to the word of Latin letters before it, or to a number and what it counts,
/// one word as a Korean noun and its particle are (KBS + 에서 -> KBS에서, NASA + 의 -> NASA의,
/// 10대 + 가 -> 10대가).
pub fn join_particles(words: Vec<String>, particles: &FxHashSet<String>) -> Vec<String> {
    let mut joined: Vec<String> = Vec::with_capacity(words.len());
    for word in words {
        match joined.last_mut() {
            Some(last) if particles.contains(&word) && is_named_word(last) => last.push_str(&word),
            _ => joined.push(word),
        }
    }
    joined
}

/// The Korean particles that a word of Latin letters keeps (의, 에서).
pub fn particles() -> &'static FxHashSet<String> {
    static EMPTY: OnceLock<FxHashSet<String>> = OnceLock::new();
    model_language("Hangul").map_or_else(
        || EMPTY.get_or_init(FxHashSet::default),
        |lang| &rules(lang).particles,
    )
}

/// Whether a word is of Latin letters, digits among them (KBS, G20), or a number and what it
/// counts (10대).
fn is_named_word(word: &str) -> bool {
    let latin = word.chars().all(|c| is(c, LATIN | N)) && word.chars().any(|c| is(c, LATIN));
    let counted =
        word.chars().next().is_some_and(|c| is(c, N)) && word.chars().all(|c| is(c, N | HANGUL));
    latin || counted
}

/// Capitals that may be a group's initials, glued to a Korean company name: two to four.
const INITIALS: std::ops::RangeInclusive<usize> = 2..=4;
/// Pieces of a company's Korean name, the business noun last (기업 + 은행).
const COMPANY_PIECES: usize = 3;

/// The Korean nouns of a business that close a company's name after its initials.
pub fn businesses() -> &'static FxHashSet<String> {
    static EMPTY: OnceLock<FxHashSet<String>> = OnceLock::new();
    model_language("Hangul").map_or_else(
        || EMPTY.get_or_init(FxHashSet::default),
        |lang| &rules(lang).businesses,
    )
}

/// Whether a Latin run may be a group's initials: two to four capitals (IBK, NH).
pub fn is_initials(run: &str) -> bool {
    INITIALS.contains(&run.chars().count()) && run.chars().all(|c| is(c, LU))
}

/// Whether a Latin run ends with two to four capitals, a name's acronym (TARO, GoodLuckVELA;
/// not KAPPA).
pub fn closes_with_acronym(run: &[char]) -> bool {
    let capitals = run.iter().rev().take_while(|&&c| is(c, LU)).count();
    INITIALS.contains(&capitals)
}

/// Whether the number at `start..end` of a tag's letters, glued after an acronym, is that
/// name's own (TARO42, VELA9): one to three digits that no Korean word follows (ZEN10주년
/// counts; MIRA2031 is a year).
pub fn is_model_number(letters: &[char], start: usize, end: usize) -> bool {
    let digits = letters[start..].iter().take_while(|&&c| is(c, N)).count();
    (1..=3).contains(&digits)
        && start + digits == end
        && !letters.get(end).is_some_and(|&c| is(c, HANGUL))
}

/// Join initials to the Korean pieces glued after them up to the first that ends with a
/// business noun (은행, 증권), one company name, where it is among the first pieces; else the
/// initials stand apart (IBK + 기업 + 은행 + 적금 -> IBK기업은행 + 적금).
pub fn join_company_name(
    initials: String,
    pieces: Vec<String>,
    businesses: &FxHashSet<String>,
) -> Vec<String> {
    let closing = pieces.iter().take(COMPANY_PIECES).position(|piece| {
        businesses
            .iter()
            .any(|business| piece.ends_with(business.as_str()))
    });
    let mut joined = Vec::with_capacity(pieces.len() + 1);
    match closing {
        Some(last) => {
            let mut name = initials;
            let mut rest = pieces.into_iter();
            for piece in rest.by_ref().take(last + 1) {
                name.push_str(&piece);
            }
            joined.push(name);
            joined.extend(rest);
        }
        None => {
            joined.push(initials);
            joined.extend(pieces);
        }
    }
    joined
}

fn is_letter(word: &str) -> bool {
    let mut letters = word.chars();
    letters.next().is_some_and(|c| is(c, LATIN)) && letters.next().is_none()
}

fn is_korean(word: &str) -> bool {
    !word.is_empty() && word.chars().all(|c| is(c, HANGUL))
}

/// Whether the word at `at` opens the tag or follows a number (2026 + K + 리그).
fn opens_word(words: &[String], at: usize) -> bool {
    at == 0 || chars::str_is_digit(&words[at - 1])
}

#[cfg(test)]
mod tests {
    use super::{join_company_name, join_lone_letters};
    use rustc_hash::FxHashSet;

    #[test]
    fn initials_join_the_korean_company_name_up_to_its_business() {
        let businesses: FxHashSet<String> = ["은행".to_string()].into_iter().collect();
        let pieces = |words: &[&str]| words.iter().map(|w| w.to_string()).collect();
        assert_eq!(
            join_company_name("IBK".into(), pieces(&["기업", "은행", "적금"]), &businesses),
            ["IBK기업은행", "적금"]
        );
        assert_eq!(
            join_company_name("ESG".into(), pieces(&["경영", "공시"]), &businesses),
            ["ESG", "경영", "공시"]
        );
    }

    fn joined(words: &[&str]) -> Vec<String> {
        join_lone_letters(words.iter().map(|w| w.to_string()).collect())
    }

    #[test]
    fn a_letter_joins_the_korean_word_it_touches() {
        assert_eq!(joined(&["채널", "A", "뉴스"]), ["채널A", "뉴스"]);
        assert_eq!(
            joined(&["2026", "K", "리그", "개막"]),
            ["2026", "K리그", "개막"]
        );
        assert_eq!(
            joined(&["나이키", "x", "무신사"]),
            ["나이키", "x", "무신사"]
        );
    }
}
