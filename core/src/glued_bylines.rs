//! A headline with its writer's byline and e-mail glued after it on one line, closed by a bar,
//! as a newspaper's print view prints its first line: "Ferry fares rise 김하늘 기자
//! sky@example.kr |", or with the outlet's one-word name in the byline's place: "Ferry fares rise
//! 소하일보 desk@example.kr |". The line is no contact's: the headline is read from the text before
//! the byline (mirrors `normalize/glued_bylines.py`).

use regex::Regex;

use crate::chrome::is_outlet_name;
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

per_thread! {
    /// The headline, then one word and the outlet's e-mail and a closing bar: "… 소하일보
    /// desk@x.kr |"; the word is read as the outlet's name (Python's `_GLUED_OUTLET`).
    fn glued_outlet() -> Regex {
        Regex::new(r"^(?P<head>.+?)\s+(?P<name>\S+)\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[|｜]\s*$")
            .unwrap_or_else(|e| panic!("{e}"))
    }
}

/// The headline before a writer's byline, or the outlet's one-word name, and an e-mail glued
/// after it and closed by a bar, or None: a contact line has no headline before its writer's
/// or outlet's name.
pub fn head_before_byline(line: &str) -> Option<&str> {
    if !line.contains('@') {
        return None;
    }
    let head = match glued_byline().captures(line) {
        Some(found) => found.name("head")?.as_str(),
        None => {
            let found = glued_outlet().captures(line)?;
            if !is_outlet_name(found.name("name")?.as_str()) {
                return None;
            }
            found.name("head")?.as_str()
        }
    };
    (head.split_whitespace().count() >= HEAD_WORDS).then_some(head)
}
