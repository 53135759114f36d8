//! A list's heads that each carry their own time where an article's headline carries none
//! (mirrors `normalize/stamped_items.py`): a date glued to the head's last word, as a tag or
//! section page scraped without its markup prints its items ("<head>11.02.23" over its
//! teaser), or to its first word, as a press office's list of releases prints them ("Jun 9,
//! 2017<head>"), or a numeric date closing each head after a space, as an archive of daily updates
//! titles them ("Local News 7-13-21"), or a summary right below the head opening with its clock
//! and a dash, as a day's list of releases prints it ("9:14 a.m. - <summary>"), or with a label
//! and its clock before a colon, as a page of updates prints them ("Update 8:52 p.m.:"). A page
//! printing two such heads is a list: none of them is its headline, the first no more than the
//! others (each has its own summary, so the first is no article's headline with the only lead).

use rustc_hash::FxHashSet;

use regex::Regex;

use crate::echo::LineKeys;
use crate::facts::month_abbreviations;
use crate::headline::{Candidate, CLOCK_OR_HOUR};
use crate::per_thread::per_thread;
use crate::text::split_words;

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

per_thread! {
    /// A numeric date closing the head after a space, as an archive of daily updates titles
    /// each: "Local News 7-13-21", "News Headlines 3-2-2021".
    fn closing_date() -> Regex {
        Regex::new(r"\s\d{1,2}[-./]\d{1,2}[-./](?:\d{4}|\d{2})\s*$").expect("a valid pattern")
    }
}

per_thread! {
    /// A date glued to the head's first word, a capital (no space), the date captured: "Jun 12,
    /// 2017Mayor names …", "15.02.2025В Мурманске …", "2024-11-17…"; the month's name English,
    /// from its first three letters (the facts' month names).
    fn opening_date() -> Regex {
        let months = month_abbreviations("en").join("|");
        Regex::new(&format!(
            concat!(
                r"^\s*((?:{months})[a-z]*\.?\s\d{{1,2}},?\s\d{{4}}",
                r"|\d{{1,2}}[./]\d{{1,2}}[./](?:\d{{4}}|\d{{2}})",
                r"|\d{{4}}[./-]\d{{1,2}}[./-]\d{{1,2}})\p{{Lu}}",
            ),
            months = months
        ))
        .expect("a valid pattern")
    }
}

/// The head after such a date has this many words at least: an aggregator's rows glue a date
/// to their source's name ("2024-11-17The Harbour Ledger"), which is no head.
const OPENED_HEAD_WORDS: usize = 5;

/// Whether the line opens with a date glued to a head of a headline's length.
fn opens_with_glued_date(line: &str) -> bool {
    opening_date()
        .captures(line)
        .and_then(|found| found.get(1))
        .is_some_and(|date| split_words(&line[date.end()..]).count() >= OPENED_HEAD_WORDS)
}

per_thread! {
    /// What opens a summary with its time, before its words: a clock or an hour and a dash
    /// ("9:14 a.m. - Crews expect", "10:52 – The leader holds"), or a label, its clock, maybe a
    /// zone and a day, and a colon ("Update 8:52 p.m. EST Nov. 14: Voters").
    fn timed_summary() -> Regex {
        Regex::new(&format!(
            r"^\s*(?:(?:{CLOCK_OR_HOUR})\s*[-–—]|\p{{L}}+\s+(?:{CLOCK_OR_HOUR})[^:]{{0,20}}:)\s*\p{{L}}"
        ))
        .expect("a valid pattern")
    }
}

/// The lines of the candidates that a list prints each with its own time, when two different
/// ones or more have the same shape: each line closing with a date glued to its last word, or
/// with a numeric date after a space, or each above a line opening with its time before its
/// summary; and a head's copy printed alone right above such a line. `filled` are the page's
/// lines with text, in order.
pub fn stamped_items<S: AsRef<str>>(
    candidates: &[Candidate],
    lines: &LineKeys<S>,
    filled: &[usize],
) -> FxHashSet<usize> {
    let text = |order: usize| lines.filled_line(filled, order);
    // both dates close their line with a digit: the patterns read only a line that does
    let dated: Vec<(&Candidate, &str)> = candidates
        .iter()
        .map(|c| (c, text(c.placed.order)))
        .filter(|(_, line)| closes_with_digit(line))
        .collect();
    let glued: Vec<&Candidate> = dated
        .iter()
        .filter(|(_, line)| glued_date().is_match(line))
        .map(|&(c, _)| c)
        .collect();
    let closed: Vec<&Candidate> = dated
        .iter()
        .filter(|(_, line)| closing_date().is_match(line))
        .map(|&(c, _)| c)
        .collect();
    let opened: Vec<&Candidate> = candidates
        .iter()
        .filter(|c| opens_with_glued_date(text(c.placed.order)))
        .collect();
    let timed: Vec<&Candidate> = candidates
        .iter()
        .filter(|c| timed_summary().is_match(text(c.placed.order + 1)))
        .collect();
    let mut items = FxHashSet::default();
    for shape in [glued, closed, opened, timed] {
        let keys: FxHashSet<&str> = shape.iter().map(|c| c.placed.key.as_str()).collect();
        if keys.len() > 1 {
            items.extend(shape.iter().map(|c| c.placed.line));
        }
    }
    // a head's copy printed alone on the line right above it (a tag page printing each head
    // over its copy with the date glued on) is the same item
    let above: FxHashSet<(usize, &str)> = candidates
        .iter()
        .filter(|c| items.contains(&c.placed.line))
        .filter_map(|c| Some((c.placed.order.checked_sub(1)?, c.placed.key.as_str())))
        .flat_map(|(order, key)| [(order, key), (order, key.trim_end_matches(KEY_DIGITS))])
        .collect();
    let copies: Vec<usize> = candidates
        .iter()
        .filter(|c| above.contains(&(c.placed.order, c.placed.key.as_str())))
        .map(|c| c.placed.line)
        .collect();
    items.extend(copies);
    items
}

/// What a date glued to a head's last word leaves at the end of its key: "…бельгией100718".
const KEY_DIGITS: &[char] = &['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ' '];

/// Whether the line's last character before its closing white space (`\s`) is a digit (`\d`,
/// any script's; `is_numeric` holds them all).
fn closes_with_digit(line: &str) -> bool {
    line.trim_end_matches(char::is_whitespace)
        .chars()
        .next_back()
        .is_some_and(char::is_numeric)
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
        assert!(closing_date().is_match("Local News 7-13-21"));
        assert!(!closing_date().is_match("Local News 7-13-21 on air"));
    }

    #[test]
    fn a_date_glued_to_a_head_of_a_headline_s_length_opens_the_line() {
        crate::data::configure_for_tests(); // the months' names are the language facts'
        assert!(opens_with_glued_date(
            "Jun 9, 2017City Begins Replacing Lead Service Lines"
        ));
        assert!(opens_with_glued_date(
            "15.02.2025В Мурманске закрыли последний кинотеатр"
        ));
        assert!(!opens_with_glued_date("2024-11-17The Harbour Ledger"));
        assert!(!opens_with_glued_date(
            "Jun 9, 2017 City Begins Replacing Lead Service Lines"
        ));
    }

    #[test]
    fn a_summary_opens_with_its_clock_and_a_dash() {
        assert!(timed_summary().is_match("9:14 a.m. - Signals at three crossings"));
        assert!(timed_summary().is_match("10:52 – The leader holds"));
        assert!(timed_summary().is_match("9pm — Crews reopen the lanes"));
        assert!(!timed_summary().is_match("9:14 a.m. Signals at three crossings"));
        assert!(!timed_summary().is_match("At 9:14 a.m. - signals"));
        assert!(timed_summary().is_match("Update 8:52 p.m. EST Nov. 14: Voters"));
        assert!(!timed_summary().is_match("Update 8:52 p.m. EST Nov. 14 Voters"));
    }
}
