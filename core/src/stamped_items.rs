//! A list's heads that each carry their own date glued to their last word, as a tag or
//! section page scraped without its markup prints its items ("<head>11.02.23" over its
//! teaser) (mirrors `normalize/stamped_items.py`). An article's headline carries no date glued
//! so, and a page printing two such heads is a list: none of them is its headline.

use rustc_hash::FxHashSet;

use regex::Regex;

use crate::echo::LineKeys;
use crate::headline::Candidate;
use crate::per_thread::per_thread;

per_thread! {
    /// A numeric date glued to the word it closes (a letter, maybe a closing mark, then the
    /// date, no space), closing the line: "гриппа11.02.23", "vote.2023-03-15".
    fn glued_date() -> Regex {
        Regex::new(concat!(
            r#"\p{L}[.!?"'”’»)]?(?:\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})"#,
            r"|\d{4}[./-]\d{1,2}[./-]\d{1,2})\s*$"
        ))
        .expect("a valid pattern")
    }
}

/// The lines of the candidates whose lines each close with a date glued to their last word,
/// when two different ones or more do: a list's items. `filled` are the page's lines with
/// text, in order.
pub fn stamped_items<S: AsRef<str>>(
    candidates: &[Candidate],
    lines: &LineKeys<S>,
    filled: &[usize],
) -> FxHashSet<usize> {
    let glued: Vec<&Candidate> = candidates
        .iter()
        .filter(|c| glued_date().is_match(lines.line(filled[c.placed.order])))
        .collect();
    let keys: FxHashSet<&str> = glued.iter().map(|c| c.placed.key.as_str()).collect();
    if keys.len() > 1 {
        glued.iter().map(|c| c.placed.line).collect()
    } else {
        FxHashSet::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_glued_to_a_word_closes_the_line() {
        assert!(glued_date().is_match("Пустые трибуны на матчах гриппа11.02.23"));
        assert!(glued_date().is_match("Council passes the budget.2023-03-15 "));
        assert!(!glued_date().is_match("Fares rise on 11.02.23"));
        assert!(!glued_date().is_match("Fares rise11.02.23 on the island"));
    }
}
