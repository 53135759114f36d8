//! The opening day of a period: a date a page prints before a range's sign and its closing day
//! ("2021년 10월 12일(화) ~ 10월 17일(일)", "2024.03.01 ~ 2024.05.31"), an exhibition's, a
//! festival's or a call's run, not the article's time (mirrors
//! `normalize/timestamps/periods.py`). A line that is such a range and nothing else ("3 апреля –
//! 14 апреля", "4th October 2024 - 2nd November 2024") dates the thing, whatever its sign, and
//! is no headline either.

use regex::Regex;
use rustc_hash::FxHashSet;

use super::datelines::Dateline;
use super::grammar::grammar;
use super::pychars::{int, is_decimal, Indexed};
use super::TimeError;
use crate::per_thread::per_thread;
use crate::segment::chars::{self, is, L};

/// The signs a range of days is printed with between its opening and closing day (a tilde and
/// its wave-dash look-alikes); a hyphen or a dash also joins a date to its clock time.
const RANGE_SIGNS: &[char] = &['~', '∼', '〜', '～'];
/// A weekday in brackets after a date is at most this many characters ("(화)", "(Tue)").
const WEEKDAY_CHARS: usize = 4;

/// The signs of a line that is a range of days and nothing else: a range's, a dash's too.
const DAY_RANGE_SIGNS: &[char] = &['-', '–', '—', '~', '∼', '〜', '～'];

per_thread! {
    /// What a line that is a range of days holds besides its dates and weekdays: the range's
    /// signs (a dash too), a day's number before the month its closing date names ("3–14
    /// апреля", "June 1-5"), with its ordinal's letters ("Fri 5th - Sat 6th July"), commas,
    /// stops and brackets.
    fn days_range_rest() -> Regex {
        Regex::new(r"^[\s,.()]*(?:(?:[-–—~∼〜～]|\d{1,2}(?:st|nd|rd|th)?)[\s,.()]*)+$")
            .unwrap_or_else(|error| panic!("days_range_rest: {error}"))
    }
}

per_thread! {
    /// Figures left that are no day: a clock time's ("12.05.2021 - 10.15"), a year's or a
    /// count's.
    fn no_day() -> Regex {
        Regex::new(r"\d[.:]\d|\d{3}").unwrap_or_else(|error| panic!("no_day: {error}"))
    }
}

per_thread! {
    /// A run of figures.
    fn digits() -> Regex {
        Regex::new(r"\d+").unwrap_or_else(|error| panic!("digits: {error}"))
    }
}

/// Whether the text is a range of days and nothing else: two days or more, each a date the
/// grammar reads (with or without its year) or a day's number before one, joined by a range's
/// sign, a tilde or a dash, their weekdays aside ("3 апреля – 14 апреля", "June 1-5"): an
/// event's run, no headline and no day of the page's (Python's `is_day_range`).
pub fn is_day_range(text: &str) -> bool {
    if !holds_a_day_range_sign(text) || !digits().is_match(text) {
        return false;
    }
    read_day_range(text).unwrap_or(false)
}

/// `is_day_range` past its gate: the dates and weekdays read off the lowered text, what is
/// left read as a range's signs and days.
fn read_day_range(text: &str) -> Result<bool, TimeError> {
    let g = grammar();
    let mut low = g.weekday.replace_all(&chars::lower(text), " ")?;
    let mut dates = 0;
    for pattern in [&g.date, &g.numeric_date, &g.korean_date, &g.month_date] {
        dates += pattern.all(&Indexed::new(low.clone()))?.len();
        low = pattern.replace_all(&low, " ")?;
    }
    if dates == 0 || !days_range_rest().is_match(&low) || no_day().is_match(&low) {
        return Ok(false);
    }
    Ok(holds_a_day_range_sign(&low) && dates + digits().find_iter(&low).count() >= 2)
}

/// Whether the text holds one of `DAY_RANGE_SIGNS` (see `holds_a_sign`).
fn holds_a_day_range_sign(text: &str) -> bool {
    holds_a_sign(text, DAY_RANGE_SIGNS)
}

/// Whether the text holds one of `signs`, ASCII's or three bytes long opening with 0xE2, 0xE3
/// or 0xEF (the dashes and tildes of `RANGE_SIGNS` and `DAY_RANGE_SIGNS`): an ASCII sign found
/// by its byte, the others by their first byte, the three found at once (`memchr3`), then their
/// other two; not the text searched once for each sign by its last byte, which Hangul's and
/// Cyrillic's bytes often hold.
fn holds_a_sign(text: &str, signs: &[char]) -> bool {
    let bytes = text.as_bytes();
    let ascii = signs.iter().filter(|c| c.is_ascii());
    if ascii
        .map(|&c| c as u8)
        .any(|byte| memchr::memchr(byte, bytes).is_some())
    {
        return true;
    }
    memchr::memchr3_iter(0xe2, 0xe3, 0xef, bytes).any(|at| {
        bytes.get(at..at + 3).is_some_and(|found| {
            signs
                .iter()
                .any(|&c| c.len_utf8() == 3 && c.encode_utf8(&mut [0; 4]).as_bytes() == found)
        })
    })
}

/// The positions among `datelines` of the unlabelled times on a line that is a range of days
/// and nothing else (see `is_day_range`): an event's run, not the page's day (Python's
/// `day_range_dates`); `lines` the text's lines.
pub fn day_range_dates(datelines: &[Dateline], text: &str, lines: &[&str]) -> FxHashSet<usize> {
    if !holds_a_day_range_sign(text) {
        return FxHashSet::default();
    }
    datelines
        .iter()
        .enumerate()
        .filter(|(_, item)| {
            item.role.is_empty() && item.line < lines.len() && is_day_range(lines[item.line])
        })
        .map(|(order, _)| order)
        .collect()
}

/// The signs between a date and its period's closing day, as a line reads with an en dash as a
/// hyphen: a dash, which also joins a date to its clock time ("12.05.2021 - 10.15").
const DASHES: &[char] = &['-', '—'];

/// Whether two numbers joined by a dot (`pair`, their span in `text`) after the date at `date`
/// (its span) are the closing day of the date's period, not its clock time: the gap between
/// them holds the date's weekday at most (its brackets read as spaces), a range's sign and
/// blanks; after a tilde the numbers are a month and a day in either order ("2023.04.04 ~
/// 04.16", "2022.10.17(월)~10.18(화)"), after a dash only a day read in the date's own order
/// that falls after the date's ("04.04.2023 – 16.04"; "12.05.2021 - 10.15" is a quarter past
/// ten) (Python's `closes_a_period`).
pub fn closes_a_period(text: &Indexed, date: (usize, usize), pair: (usize, usize)) -> bool {
    let [first, second] = numbers(text.slice(pair.0, pair.1))[..] else {
        return false;
    };
    let (first, second) = (int(first), int(second));
    let gap = text.slice(date.1, pair.0);
    let chars: Vec<char> = gap.chars().collect();
    let mut at = chars.iter().take_while(|c| is_blank(c)).count();
    let letters = chars[at..].iter().take_while(|c| is(**c, L)).count();
    if (1..=WEEKDAY_CHARS).contains(&letters) {
        at += letters;
        at += chars[at..].iter().take_while(|c| is_blank(c)).count();
    }
    let Some(&sign) = chars.get(at) else {
        return false;
    };
    if !chars[at + 1..].iter().all(is_blank) {
        return false;
    }
    if RANGE_SIGNS.contains(&sign) {
        return (1..=12).contains(&first.min(second)) && first.max(second) <= 31;
    }
    if !DASHES.contains(&sign) {
        return false;
    }
    let [one, two, three] = numbers(text.slice(date.0, date.1))[..] else {
        return false;
    };
    let (opening, closing) = if one.chars().count() == 4 {
        ((int(two), int(three)), (first, second)) // year first: a month and a day
    } else {
        ((int(two), int(one)), (second, first)) // day first: a day and a month
    };
    (1..=12).contains(&closing.0) && (1..=31).contains(&closing.1) && closing > opening
}

/// The runs of decimal digits of `text`.
fn numbers(text: &str) -> Vec<&str> {
    text.split(|c: char| !is_decimal(c))
        .filter(|part| !part.is_empty())
        .collect()
}

/// The positions among `datelines` of the unlabelled times followed by a range's sign and the
/// digits of its closing day, maybe after their weekday in brackets: the opening day of a
/// period an event page, a notice or a list of festivals prints, which dates the thing, not
/// the page. A labelled time keeps its label's word (Python's `period_opens`).
pub fn period_opens(datelines: &[Dateline], text: &str) -> FxHashSet<usize> {
    // the signs found by their bytes (`holds_a_sign`), not the page read a character at a time
    let signed = holds_a_sign(text, RANGE_SIGNS);
    if !signed || !datelines.iter().any(|item| item.role.is_empty()) {
        return FxHashSet::default();
    }
    let chars: Vec<char> = text.chars().collect();
    datelines
        .iter()
        .enumerate()
        .filter(|(_, item)| item.role.is_empty() && range_after(&chars, item.end))
        .map(|(order, _)| order)
        .collect()
}

/// How many of the characters are blanks, a weekday in brackets at most ("(금)", "(Tue)") and
/// blanks: what may stand between a date and what follows it on its line.
pub(super) fn past_a_weekday(rest: &[char]) -> usize {
    let mut at = rest.iter().take_while(|c| is_blank(c)).count();
    if rest.get(at) == Some(&'(') {
        let inside = rest[at + 1..]
            .iter()
            .take_while(|c| !matches!(c, '(' | ')' | '\n'))
            .count();
        if (1..=WEEKDAY_CHARS).contains(&inside) && rest.get(at + 1 + inside) == Some(&')') {
            at += inside + 2;
            at += rest[at..].iter().take_while(|c| is_blank(c)).count();
        }
    }
    at
}

/// A space or a tab: what stands between a date and its weekday or its range's sign.
fn is_blank(c: &char) -> bool {
    *c == ' ' || *c == '\t'
}

/// Whether the characters from `at` on are a weekday in brackets at most, a range's sign and
/// the closing day's first digit, blanks between.
fn range_after(chars: &[char], at: usize) -> bool {
    let rest = chars.get(at..).unwrap_or_default();
    let mut at = past_a_weekday(rest);
    if !rest.get(at).is_some_and(|c| RANGE_SIGNS.contains(c)) {
        return false;
    }
    at += 1;
    at += rest[at..].iter().take_while(|c| is_blank(c)).count();
    rest.get(at).is_some_and(|c| is_decimal(*c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sign_is_found_as_a_search_for_each_finds_it() {
        for text in [
            "3 апреля – 14 апреля",
            "2021년 10월 12일(화) ∼ 10월 17일(일)",
            "4월 1일〜4월 3일",
            "4월 1일～4월 3일",
            "June 1—5",
            "«Новости» … “quoted” · 한국어 기사",
            "May 1-5",
            "2024.03.01 ~ 2024.05.31",
            "",
            "가나다 라마바",
        ] {
            for signs in [DAY_RANGE_SIGNS, RANGE_SIGNS] {
                // the signs past ASCII are the three bytes long that `holds_a_sign` reads
                let first = |c: char| c.encode_utf8(&mut [0; 4]).as_bytes()[0];
                assert!(signs.iter().all(|&c| c.is_ascii()
                    || (c.len_utf8() == 3 && [0xe2, 0xe3, 0xef].contains(&first(c)))));
                let searched = signs.iter().any(|&sign| text.contains(sign));
                assert_eq!(holds_a_sign(text, signs), searched, "{text}");
            }
        }
    }
}
