//! A writer's name in round brackets closing a headline, as a broadcaster's transcript prints
//! its reporter after the story's title ("… 첫 운항 (문하늘)"): a byline cut off the headline
//! when another line of the page opens with the same name, the reporter named again where the
//! story hands over to them ("문하늘 기자가 전합니다.") (`normalize/bracketed_writers.py`).

use crate::segment::chars::{self, is, L};
use crate::text::split_words;

/// The headline before the name holds this many words at least.
const HEAD_WORDS: usize = 3;

/// The headline without the writer's name in round brackets closing it, when another line of
/// `lines` (not the headline's line `line`, nor a copy holding the brackets) opens with that
/// name followed by a space: the page names its writer there. A name the page does not open a
/// line with stays, a person the headline speaks of (Python's `without_bracketed_writer`).
pub fn without_bracketed_writer<'a, S: AsRef<str>>(
    text: &'a str,
    line: usize,
    lines: &[S],
) -> &'a str {
    let Some((head, name)) = bracketed_name(text.trim_matches(chars::is_space)) else {
        return text;
    };
    if split_words(head).count() < HEAD_WORDS {
        return text;
    }
    let bracketed = format!("({name})");
    let opening = format!("{name} ");
    let named = lines.iter().enumerate().any(|(index, other)| {
        let other = other.as_ref().trim_matches(chars::is_space);
        index != line && !other.contains(&bracketed) && other.starts_with(&opening)
    });
    if named {
        head
    } else {
        text
    }
}

/// The headline and the name of a word or two of letters (the first of two letters at least)
/// in round brackets closing the line after a space (Python's `_BRACKETED_NAME`).
fn bracketed_name(text: &str) -> Option<(&str, &str)> {
    let inside = text.strip_suffix(')')?;
    let open = inside.rfind('(')?;
    let name = &inside[open + 1..];
    let before = &inside[..open];
    let head = before.trim_end_matches(chars::is_space);
    if head.is_empty() || head.len() == before.len() {
        return None;
    }
    let letters = |word: &str| !word.is_empty() && word.chars().all(|c| is(c, L));
    let (first, second) = match name.split_once(' ') {
        Some((first, second)) => (first, Some(second)),
        None => (name, None),
    };
    let named = letters(first) && first.chars().count() >= 2 && second.is_none_or(letters);
    named.then_some((head, name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_a_name_another_line_opens_with() {
        let page = [
            "항구 새 여객선 오늘 첫 운항 (문하늘)",
            "여객선이 오늘 처음 떠났습니다.",
            "문하늘 기자가 전합니다.",
        ];
        assert_eq!(
            without_bracketed_writer(page[0], 0, &page),
            "항구 새 여객선 오늘 첫 운항"
        );
        assert_eq!(
            without_bracketed_writer(page[0], 0, &page[..2]),
            "항구 새 여객선 오늘 첫 운항 (문하늘)"
        );
    }
}
