//! A date in figures whose order the page's own words settle (mirrors
//! `normalize/timestamps/named_days.py`): "05/11/2021" may be the 5th of November or the 11th of
//! May, and a page that names the day in words as well ("Incidents round up - Friday 5 November -
//! 10pm" over "05/11/2021 @ 22:00") says which. A reader takes the reading the page names; a page
//! naming neither reading, or each, leaves the order to its other signs.

use std::sync::OnceLock;

use fancy_regex::Regex;
use rustc_hash::{FxHashMap, FxHashSet};

use crate::facts::language_info;

/// A month's most days, a year's months.
const DAYS: u32 = 31;
const MONTHS: u32 = 12;

/// A date in figures whose day and month may be read either way, a year after them:
/// "05/11/2021", "05.11.21", no figure or separator glued before it (no year-first date's tail,
/// "2021-05-11").
fn figures() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        Regex::new(r"(?<![0-9./-])([0-9]{1,2})([./-])([0-9]{1,2})\2(?:[0-9]{4}|[0-9]{2})(?![0-9])")
            .expect("the figures pattern compiles")
    })
}

/// The day in figures, an ordinal's letters after it or not, then a capitalised word, no letter
/// or figure glued on either side: "5 November", "5th Nov".
fn day_then_word() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        Regex::new(
            r"(?<![\p{L}\p{N}])([0-9]{1,2})(?:st|nd|rd|th)?[ \x{a0}](\p{Lu}\p{Ll}+)(?!\p{L})",
        )
        .expect("the day-then-word pattern compiles")
    })
}

/// A capitalised word, then the day in figures: "November 5", "Nov. 5th".
fn word_then_day() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        Regex::new(
            r"(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+)\.?[ \x{a0}]([0-9]{1,2})(?:st|nd|rd|th)?(?![\p{L}\p{N}])",
        )
        .expect("the word-then-day pattern compiles")
    })
}

/// Whether the page's dates in figures put the day first, as the days it names in words
/// (English month names) say: true when a date in figures that may be read either way
/// ("05/11/2021") is named in words read day first ("5 November") and none read month first,
/// false the other way round, None when the page's words settle no such date's order or give
/// both orders. Python's `named_day_order`.
pub fn named_day_order(text: &str) -> Option<bool> {
    let either_way: Vec<(u32, u32)> = figure_pairs(text)
        .into_iter()
        .filter(|&(first, second)| {
            first != second && (1..=MONTHS).contains(&first) && (1..=MONTHS).contains(&second)
        })
        .collect();
    // the page's named days are read only when a date in figures needs them
    if either_way.is_empty() {
        return None;
    }
    let named = named_days(text);
    let mut orders = FxHashSet::default();
    for (first, second) in either_way {
        let day_first = named.contains(&(first, second));
        let month_first = named.contains(&(second, first));
        if day_first != month_first {
            orders.insert(day_first);
        }
    }
    match orders.into_iter().collect::<Vec<_>>().as_slice() {
        [order] => Some(*order),
        _ => None,
    }
}

/// The days and months that the dates in figures a text prints may be, each as (day, month),
/// both readings of one that may be read either way. Python's `figure_days`.
pub fn figure_days(text: &str) -> FxHashSet<(u32, u32)> {
    let mut days = FxHashSet::default();
    for (first, second) in figure_pairs(text) {
        for (day, month) in [(first, second), (second, first)] {
            if (1..=DAYS).contains(&day) && (1..=MONTHS).contains(&month) {
                days.insert((day, month));
            }
        }
    }
    days
}

/// The first two numbers of each date in figures the text prints, in order.
fn figure_pairs(text: &str) -> Vec<(u32, u32)> {
    figures()
        .captures_iter(text)
        .filter_map(Result::ok)
        .filter_map(|found| {
            Some((
                number(found.get(1)?.as_str()),
                number(found.get(3)?.as_str()),
            ))
        })
        .collect()
}

/// The days and months a text names in words (English month names), each as (day, month).
/// Python's `named_days`.
pub fn named_days(text: &str) -> FxHashSet<(u32, u32)> {
    if !text.bytes().any(|byte| byte.is_ascii_digit()) {
        return FxHashSet::default(); // every named day prints its day in figures
    }
    let months = months();
    let mut pairs: Vec<(String, String)> = Vec::new();
    for (pattern, day, word) in [(day_then_word(), 1, 2), (word_then_day(), 2, 1)] {
        for found in pattern.captures_iter(text).filter_map(Result::ok) {
            if let (Some(day), Some(word)) = (found.get(day), found.get(word)) {
                pairs.push((day.as_str().to_string(), word.as_str().to_lowercase()));
            }
        }
    }
    pairs
        .into_iter()
        .filter_map(|(day, word)| Some((number(&day), *months.get(&word)?)))
        .filter(|(day, _)| (1..=DAYS).contains(day))
        .collect()
}

/// A number of one or two figures.
fn number(figures: &str) -> u32 {
    figures.parse().unwrap_or(0)
}

/// English month names and their abbreviations, by number: "november", "nov" -> 11.
fn months() -> &'static FxHashMap<String, u32> {
    static MONTHS_BY_NAME: OnceLock<FxHashMap<String, u32>> = OnceLock::new();
    MONTHS_BY_NAME.get_or_init(|| {
        language_info("en")["timestamps"]["months"]
            .as_object()
            .into_iter()
            .flatten()
            .filter_map(|(name, month)| Some((name.clone(), u32::try_from(month.as_u64()?).ok()?)))
            .collect()
    })
}
