//! Weekdays: which datelines' lines name the day of the week beside their time (mirrors
//! `normalize/timestamps/weekdays.py`).
//!
//! A site's clock prints today as a calendar does, weekday first ("Tue, March 14, 2023 |
//! 18:05", "Среда, 12 март 2025, 08:14"); `choice` reads a date and time printed so right over
//! a headline as that clock, where a blog prints its post's day.

use std::collections::HashSet;

use super::datelines::{line_starts, Dateline};
use super::grammar::Marks;
use super::lines::prepare;
use super::pychars::mask_all;
use super::TimeError;

/// The positions among `datelines` of those whose lines, their own time left out, name a day
/// of the week: "Tue, March 14, 2023 | 18:05"; not "2024년 5월 17일", whose "일" (a day, and
/// Sunday's short name) is the time's own.
pub fn weekdays_named(datelines: &[Dateline], text: &str) -> Result<HashSet<usize>, TimeError> {
    let lines: Vec<&str> = text.split('\n').collect();
    let starts = line_starts(&lines);
    let chars: Vec<char> = text.chars().collect();
    let mut named = HashSet::new();
    for (order, item) in datelines.iter().enumerate() {
        let mut last = item.line;
        while last + 1 < lines.len() && starts.get(last + 1).is_some_and(|at| *at < item.end) {
            last += 1; // a date whose clock time is printed on the next line
        }
        let first = starts
            .get(item.line)
            .copied()
            .unwrap_or(chars.len())
            .min(chars.len());
        let end = starts
            .get(last + 1)
            .map_or(chars.len(), |at| at.saturating_sub(1));
        let around: String = chars[first..end.clamp(first, chars.len())].iter().collect();
        let own = (
            item.start.saturating_sub(first),
            item.end.saturating_sub(first),
        );
        if prepare(&mask_all(&around, &[own]))?
            .marks
            .has(Marks::WEEKDAY)
        {
            named.insert(order);
        }
    }
    Ok(named)
}
