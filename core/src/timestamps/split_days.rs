//! A day a date block prints over the lines right above the headline: its number alone on a
//! line, its month and year on the next, maybe its weekday alone on the one after ("14" /
//! "November 2023" / "Tuesday"), only blank lines between the block and the headline. The
//! lines read as one date: the article's day, for a page whose other lines state no
//! publication time (mirrors `normalize/timestamps/split_days.py`).

use regex::Regex;

use super::datelines::{line_starts, Dateline, FALLBACK_RANK};
use super::grammar::grammar;
use super::lines::{prepare, Settings};
use super::pychars::{is_space, Indexed};
use super::reading::read_segment;
use super::TimeError;
use crate::per_thread::PerThread;
use crate::segment::chars;

/// A day's number alone on its line: one or two digits.
static DAY_NUMBER: PerThread<Regex> =
    PerThread::new(|| Regex::new(r"^[0-9]{1,2}$").expect("a valid pattern"));
/// A month's word and a year alone on their line: "ноября 2023", "Nov. 2023".
static MONTH_YEAR: PerThread<Regex> =
    PerThread::new(|| Regex::new(r"^\p{L}+\.?[ ]+(?:19|20)[0-9]{2}$").expect("a valid pattern"));

/// The day a date block prints over the headline's line (`lines[index]`): a day's number alone
/// on a line, a month's word and a year alone on the next, maybe a weekday alone on the line
/// after, the block's last line the line with text right over the headline; read as one date,
/// a publication dateline of the lowest rank. `None` when the lines over the headline are not
/// so. `settings.lang` is the headline's language, whose conventions the date follows (Python's
/// `split_dateline`).
pub fn split_dateline(
    lines: &[&str],
    index: usize,
    settings: Settings,
) -> Result<Option<Dateline>, TimeError> {
    let blank = |line: &str| line.chars().all(is_space);
    let mut above = index.min(lines.len());
    while above > 0 && blank(lines[above - 1]) {
        above -= 1;
    }
    // `above` is one past the block's last line
    if above >= 2 && is_weekday(lines[above - 1].trim_matches(is_space))? {
        above -= 1; // the weekday under the month and year
    }
    if above < 2 {
        return Ok(None);
    }
    let (day_line, month_line) = (above - 2, above - 1);
    let day = lines[day_line].trim_matches(is_space);
    let month_year = lines[month_line].trim_matches(is_space);
    if !DAY_NUMBER.get().is_match(day) || !MONTH_YEAR.get().is_match(month_year) {
        return Ok(None);
    }
    let text = format!("{day} {month_year}");
    let ctx = settings.context();
    let reading = read_segment(&prepare(&text)?, 0, text.chars().count(), &ctx)?;
    if reading.value.is_none() || reading.shape != "date" {
        return Ok(None);
    }
    let starts = line_starts(lines);
    let leading = |line: &str| line.chars().take_while(|&c| is_space(c)).count();
    let start = starts[day_line] + leading(lines[day_line]);
    let end = starts[month_line] + leading(lines[month_line]) + month_year.chars().count();
    Ok(Some(Dateline::new(
        day_line,
        "published",
        FALLBACK_RANK,
        reading,
        start,
        end,
    )))
}

/// Whether the text is a weekday's name and nothing else ("вторник", "Tuesday").
fn is_weekday(text: &str) -> Result<bool, TimeError> {
    let low = Indexed::new(chars::lower(text));
    let found = grammar().weekday.match_at(&low, 0)?;
    Ok(found.is_some_and(|found| found.end() == low.len()))
}
