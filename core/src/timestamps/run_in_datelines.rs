//! An agency's dateline inside a page run into one line (mirrors
//! `normalize/timestamps/run_in_datelines.py`).
//!
//! A press release copied as plain text loses its line breaks: its exhibit number, contact
//! lines and headline in capitals run straight into the dateline that opens its lead. The
//! dateline no longer opens a line, yet it is the release's day: the place in capitals, its
//! state or country after a comma at most, then the day after a comma, after a wire's credit
//! between dashes or in brackets of its own, and a dash or a full stop before the lead's
//! first capital.

use std::sync::OnceLock;

use super::lines::{prepare, Context, Reading};
use super::pattern::Pattern;
use super::pychars::Indexed;
use super::reading::read_segment;
use super::TimeError;

/// How far into the line the dateline may stand: a release's head is short; a day further on
/// is the body's.
const RUN_IN_REACH: usize = 640;

/// The dateline after a space: the place in capitals, its state, what stands before the day,
/// the day closed by its year, then the dash the lead goes on after and its capital.
fn run_in_dateline() -> &'static Pattern {
    static RUN_IN_DATELINE: OnceLock<Pattern> = OnceLock::new();
    RUN_IN_DATELINE.get_or_init(|| {
        Pattern::new(concat!(
            r"(?<=[\x20\]])",
            r"\(?\p{Lu}[\p{Lu}.'’-]*\p{Lu}\.?",
            r"(?:\x20\p{Lu}[\p{Lu}.'’-]*\p{Lu}\.?){0,2}",
            r"(?:,\x20\p{Lu}[\p{L}.]{1,12}(?:\x20\p{Lu}[\p{L}.]{1,12})?)?",
            r"\)?",
            r"(?:,\x20|\x20?-{1,2}\x20?\([^()\n]{2,30}\)\x20?-{0,2}\x20?|\x20[-–—]{1,2}\x20|\x20\()",
            r"(?P<date>[^()\n\-–—]{5,24}?[0-9]{4})",
            r"\)?\x20?(?:-{1,2}|[–—]|\.(?=\x20))\x20?\p{Lu}",
        ))
    })
}

/// The day of the first agency's dateline inside a line too long to be a dateline, within
/// `RUN_IN_REACH` characters of its start (a list of one, or none), with its reading and its
/// extent; the day must read as a date with its year: Python's `run_in_datelines`.
pub fn run_in_datelines(
    line: &str,
    ctx: &Context,
) -> Result<Vec<(Reading, usize, usize)>, TimeError> {
    let whole = Indexed::new(line.to_string());
    let head = Indexed::new(whole.slice(0, whole.len().min(RUN_IN_REACH)).to_string());
    let Some(found) = run_in_dateline().search(&head, 0)? else {
        return Ok(Vec::new());
    };
    let (Some(day), Some(start)) = (found.group("date"), found.group_start("date")) else {
        return Ok(Vec::new());
    };
    let length = day.chars().count();
    let reading = read_segment(&prepare(day)?, 0, length, ctx)?;
    if reading.value.is_none() || reading.shape != "date" {
        return Ok(Vec::new());
    }
    Ok(vec![(reading, start, start + length)])
}
