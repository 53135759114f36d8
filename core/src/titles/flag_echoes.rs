//! A post's category printed after its title, the very words of the flag its writer set in
//! brackets before it: "[Harbour League] Round 9 results Harbour League ™" holds the title
//! "[Harbour League] Round 9 results", as a blog's template glues the category on after it
//! (mirrors `normalize/flag_echoes.py`).

use crate::segment::chars;

/// The flag in square brackets opening the line has this many characters at most (`titles`'
/// flags, `_OPENING_FLAG`).
const FLAG_CHARS: usize = 24;
/// A category's name after the title has this many words at least: one word closing a
/// headline may be its own ("[Review] The new harbour film reviewed" / "… 리뷰")
/// (`_ECHO_WORDS`).
const ECHO_WORDS: usize = 2;
/// The title before the category keeps this many words at least (`_TITLE_WORDS`).
const TITLE_WORDS: usize = 2;

/// The line without a category's name after the title repeating the flag opening the line
/// (letters compared without spaces and case, `ECHO_WORDS` words at least, signs after it
/// going with it), the title keeping `TITLE_WORDS` words at least (Python's
/// `without_flag_echo`).
pub fn without_flag_echo(text: &str) -> &str {
    let Some(inside) = text.strip_prefix('[') else {
        return text;
    };
    let Some(close) = inside.find(['[', ']']) else {
        return text;
    };
    let flag = &inside[..close];
    let length = flag.chars().count();
    if !inside[close..].starts_with(']') || length == 0 || length > FLAG_CHARS {
        return text;
    }
    let start = close + 2; // past both brackets
    let spaceless: String = flag.chars().filter(|&c| !is_space(c)).collect();
    let key = chars::casefold(&spaceless);
    let key_chars = key.chars().count();
    let body = text[start..].trim_end_matches(|c: char| is_space(c) || chars::is(c, chars::S));
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut at = None;
    for (offset, c) in body.char_indices() {
        match (is_space(c), at) {
            (true, Some(from)) => {
                words.push((from, &body[from..offset]));
                at = None;
            }
            (false, None) => at = Some(offset),
            _ => {}
        }
    }
    if let Some(from) = at {
        words.push((from, &body[from..]));
    }
    for count in ECHO_WORDS..(words.len() + 1).saturating_sub(TITLE_WORDS) {
        let tail = &words[words.len() - count..];
        let joined: String = tail.iter().map(|&(_, word)| word).collect();
        let letters = chars::casefold(&joined);
        if letters == key {
            return text[..start + tail[0].0].trim_end_matches(chars::is_space);
        }
        if letters.chars().count() >= key_chars {
            break;
        }
    }
    text
}

/// Whether the character is a space as the patterns' `\s` reads it.
fn is_space(c: char) -> bool {
    chars::is(c, chars::SPACE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_category_repeating_the_flag_goes() {
        assert_eq!(
            without_flag_echo("[풋살 소식] 9라운드 경기 결과 정리 풋살 소식 ™"),
            "[풋살 소식] 9라운드 경기 결과 정리"
        );
        assert_eq!(
            without_flag_echo("[Harbourleague] Round 9 results Harbour League"),
            "[Harbourleague] Round 9 results"
        );
    }

    #[test]
    fn a_headline_s_own_last_word_stays() {
        for line in [
            "[리뷰] 영화 '바다' 리뷰",
            "[풋살 소식] 경기 풋살 소식",
            "[] a b c",
        ] {
            assert_eq!(without_flag_echo(line), line);
        }
    }
}
