//! A headline with its writer's byline and e-mail glued after it on one line, closed by a bar,
//! as a newspaper's print view prints its first line: "Ferry fares rise 김하늘 기자
//! sky@example.kr |". The line is no contact's: the headline is read from the text before the
//! byline (mirrors `normalize/glued_bylines.py`).

use regex::Regex;

use crate::per_thread::per_thread;

/// A headline has this many words at least; fewer before a byline are an outlet or a desk's
/// name.
const HEAD_WORDS: usize = 3;

per_thread! {
    /// The headline, then a Korean writer's name of two to four syllables and the reporter's
    /// title (a space between them or none), the writer's e-mail and a closing bar (Python's
    /// `_GLUED_BYLINE`).
    fn glued_byline() -> Regex {
        Regex::new(
            r"^(?P<head>.+?)\s+\p{Hangul}{2,4}\s?(?:기자|특파원)\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[|｜]\s*$",
        )
        .unwrap_or_else(|e| panic!("{e}"))
    }
}

/// The headline before a writer's byline and e-mail glued after it and closed by a bar, or
/// None: a contact line has no headline before its writer's name.
pub fn head_before_byline(line: &str) -> Option<&str> {
    if !line.contains('@') {
        return None;
    }
    let head = glued_byline().captures(line)?.name("head")?.as_str();
    (head.split_whitespace().count() >= HEAD_WORDS).then_some(head)
}
