//! A title that names its own day and clock, right over the dateline that prints them: a
//! bulletin's, a round-up's, an update's ("Incidents round up - Friday 5 November - 10pm" over
//! "05/11/2021 @ 22:00") (mirrors `normalize/timed_titles.py`). The dateline below restates the
//! title's day and time in figures, so the title is that dated item's headline, however many
//! words of the lead a line above it echoes, and no deck of such a line: a deck tells the story
//! on, it does not stamp it with its dateline's time.

use std::sync::OnceLock;

use fancy_regex::Regex;
use rustc_hash::FxHashSet;

use crate::echo::LineKeys;
use crate::headline::{flag, set_signal, Candidate};
use crate::timestamps::named_days::{figure_days, named_days};

/// The hours of a clock with its half of the day.
const HALF_DAY: u32 = 12;

/// A clock time: the hour and minutes after a colon or a dot, an "am" or "pm" after them or
/// not, or the hour alone with its "am" or "pm" ("22:00", "10.30pm", "10pm", "10 p.m."); no
/// figure, colon or dot glued before it, no figure after it, nor a separator and a figure (a
/// date's "05.11.2021" holds no clock).
fn clock() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        Regex::new(
            r"(?i)(?<![0-9:.])([0-9]{1,2})(?:[:.]([0-5][0-9]))?(?:[ \x{a0}]?([ap])\.?m\b\.?)?(?![0-9]|[.:/][0-9])",
        )
        .expect("the clock pattern compiles")
    })
}

/// Gives every candidate its `timed_title` signal: 1.0 for one whose words name a day in words
/// and a clock time (see `clock_minutes`) that the dateline on the next line with text prints
/// too, its day in figures or in words (`dated`: the places among the lines with text, whose
/// indexes `filled` holds, of the page's datelines); such a title is no deck (Python's
/// `mark_timed_title`).
pub fn mark_timed_title<S: AsRef<str>>(
    candidates: &mut [Candidate],
    lines: &LineKeys<S>,
    filled: &[usize],
    dated: &[i64],
) {
    for candidate in candidates.iter_mut() {
        let below = candidate.placed.order + 1;
        let timed = dated.contains(&(below as i64))
            && below < filled.len()
            && restates(&candidate.placed.text, lines.line(filled[below]));
        candidate.signals.push(("timed_title", flag(timed)));
        if timed {
            set_signal(&mut candidate.signals, "deck", 0.0);
        }
    }
}

/// Whether a dateline prints a day the title names in words, and the title's clock time.
fn restates(title: &str, dateline: &str) -> bool {
    let days = named_days(title);
    if days.is_empty() {
        return false; // its clock is not read
    }
    let clocks = clock_minutes(title);
    if clocks.is_empty() {
        return false;
    }
    let mut printed = named_days(dateline);
    printed.extend(figure_days(dateline));
    !days.is_disjoint(&printed) && !clocks.is_disjoint(&clock_minutes(dateline))
}

/// The minutes since midnight of the clock times a text prints with a colon or a dot between
/// hour and minutes, or with "am" or "pm" (a figure alone is no clock). Python's
/// `clock_minutes`.
pub fn clock_minutes(text: &str) -> FxHashSet<u32> {
    let mut minutes = FxHashSet::default();
    if !text.bytes().any(|byte| byte.is_ascii_digit()) {
        return minutes; // every clock prints its hour in figures
    }
    for found in clock().captures_iter(text).filter_map(Result::ok) {
        let Some(hour) = found
            .get(1)
            .and_then(|hour| hour.as_str().parse::<u32>().ok())
        else {
            continue;
        };
        let minute = found.get(2).map(|minute| minute.as_str());
        let half = found.get(3).map(|half| half.as_str());
        if minute.is_none() && half.is_none() {
            continue;
        }
        let hour = match half {
            Some(_) if !(1..=HALF_DAY).contains(&hour) => continue,
            Some(half) => {
                hour % HALF_DAY
                    + if half.eq_ignore_ascii_case("p") {
                        HALF_DAY
                    } else {
                        0
                    }
            }
            None => hour,
        };
        if hour < 2 * HALF_DAY {
            minutes.insert(hour * 60 + minute.map_or(0, |minute| minute.parse().unwrap_or(0)));
        }
    }
    minutes
}

#[cfg(test)]
mod tests {
    use super::clock_minutes;

    #[test]
    fn clocks_with_minutes_or_a_half_of_the_day() {
        assert_eq!(
            clock_minutes("Round up - 10pm"),
            [1320].into_iter().collect()
        );
        assert_eq!(clock_minutes("at 22:00"), [1320].into_iter().collect());
        assert!(clock_minutes("35 incidents").is_empty());
        assert!(clock_minutes("05.11.2021").is_empty());
        assert_eq!(clock_minutes("12am"), [0].into_iter().collect());
        assert_eq!(clock_minutes("12.30pm"), [750].into_iter().collect());
    }
}
