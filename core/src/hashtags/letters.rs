//! A lone Latin letter glued to a Korean word in a hashtag (mirrors
//! `normalize/hashtags_letters.py`): Korean writes such a letter as part of the word it
//! touches, never as a word of its own. After a Korean word it names a variant or a grade of
//! it (채널A, 플랜B, 비타민C); opening a word it marks a kind or a generation (K리그, X세대,
//! e스포츠, N번방).

use crate::segment::chars::{self, is, HANGUL, LATIN};

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
    use super::join_lone_letters;

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
