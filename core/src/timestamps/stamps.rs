//! Stamps: dates as machines print them, apart from the text around them (mirrors
//! `normalize/timestamps/stamps.py`).
//!
//! A scraper sometimes runs a post's metadata into the text around it: a line too long to be
//! a dateline, yet a year-first date with a clock time to the second, glued to the word before
//! it or opening the line, is no sentence's way of writing a time; nor is one with a clock time
//! to the minute glued to the word after it (a post's cells run into one line). And the scraper's own meta
//! date that opens a page (" date 2022-12-03") states a day, whatever the page's text puts
//! after it on its line.

use std::sync::OnceLock;

use super::grammar::grammar;
use super::labels::Segment;
use super::lines::{prepare, Context, Line, Reading};
use super::pattern::Pattern;
use super::pychars::{is_digit, is_space, Indexed};
use super::reading::read_segment;
use super::TimeError;
use crate::segment::chars::{self, L};

/// A year-first date, the same dash, slash or dot between its parts, and a clock time to the
/// second: 2015-03-17 19:05:41, 2023/11/14 18:42:05.
fn stamp() -> &'static Pattern {
    static STAMP: OnceLock<Pattern> = OnceLock::new();
    STAMP.get_or_init(|| {
        Pattern::new(
            r"[12][0-9]{3}(?:-[01]?[0-9]-|/[01]?[0-9]/|\.[01]?[0-9]\.)[0-3]?[0-9],? [0-2]?[0-9]:[0-5][0-9]:[0-5][0-9]",
        )
    })
}

/// A year-first date, the same dash, slash or dot between its parts (a space after a dot, and
/// a dot after the day, as a blog prints it: 2009. 3. 14.), and a clock time to the minute at
/// least: 2009. 3. 14. 21:30, 2015-03-17 19:05:41.
fn minute_stamp() -> &'static Pattern {
    static MINUTE_STAMP: OnceLock<Pattern> = OnceLock::new();
    MINUTE_STAMP.get_or_init(|| {
        Pattern::new(
            r"[12][0-9]{3}(?:-[01]?[0-9]-|/[01]?[0-9]/|\. ?[01]?[0-9]\. ?)[0-3]?[0-9]\.?,? [0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?",
        )
    })
}

/// The times of a line too long to be a dateline, each a fallback with its role, reading and
/// extent: the scraper's meta day that opens it (see `meta_day_opening`), "published", then
/// its first machine stamp (see `machine_stamps`, else `glued_stamps`), unlabelled.
pub fn long_line_stamps(
    line: &str,
    ctx: &Context,
) -> Result<Vec<(&'static str, Reading, usize, usize)>, TimeError> {
    let mut found: Vec<_> = meta_day_opening(line, ctx)?
        .into_iter()
        .map(|(reading, start, end)| ("published", reading, start, end))
        .collect();
    let mut stamps = machine_stamps(line, ctx)?;
    if stamps.is_empty() {
        stamps = glued_stamps(line, ctx)?;
    }
    for (reading, start, end) in stamps {
        found.push(("", reading, start, end));
    }
    Ok(found)
}

/// The day of the scraper's meta date that opens a line too long to be a dateline (a list of
/// one, or none), with its reading and its extent from the label: the scraper glued the page's
/// first sentence to it, and it is still the page's own day.
fn meta_day_opening(line: &str, ctx: &Context) -> Result<Vec<(Reading, usize, usize)>, TimeError> {
    let text = Indexed::new(line.to_string());
    let Some(found) = meta_day().match_at(&text, 0)? else {
        return Ok(Vec::new());
    };
    let (start, end) = found.span();
    if text.at(end).is_some_and(is_digit) {
        return Ok(Vec::new());
    }
    let piece = found.text();
    let reading = read_segment(&prepare(piece)?, 0, end - start, ctx)?;
    if reading.value.is_none() {
        return Ok(Vec::new());
    }
    let label = if text.at(start) == Some(' ') {
        start + 1
    } else {
        start
    };
    Ok(vec![(reading, label, end)])
}

/// The first machine stamp of a line (a list of one, or none), with its reading and its
/// extent, when it opens the line or touches a letter before it (a cell run into the text; a
/// value after "=> " in a data dump is not one), no digit follows it, and it reads as a date
/// and time.
fn machine_stamps(line: &str, ctx: &Context) -> Result<Vec<(Reading, usize, usize)>, TimeError> {
    let text = Indexed::new(line.to_string());
    let Some(found) = stamp().search(&text, 0)? else {
        return Ok(Vec::new());
    };
    let (start, end) = found.span();
    if text.at(end).is_some_and(is_digit) {
        return Ok(Vec::new());
    }
    if start > 0 && !text.at(start - 1).is_some_and(|c| chars::is(c, L)) {
        return Ok(Vec::new());
    }
    let piece = found.text();
    let reading = read_segment(&prepare(piece)?, 0, piece.chars().count(), ctx)?;
    if reading.value.is_none() || reading.shape != "full" {
        return Ok(Vec::new());
    }
    Ok(vec![(reading, start, end)])
}

/// The first year-first date and clock time of a line (a list of one, or none), with its
/// reading and its extent, when a letter follows its clock at once, no half-day word glued on
/// ("21:30pmTags") and none that the time reads as its own: a cell run into the text after it.
fn glued_stamps(line: &str, ctx: &Context) -> Result<Vec<(Reading, usize, usize)>, TimeError> {
    let text = Indexed::new(line.to_string());
    let Some(found) = minute_stamp().search(&text, 0)? else {
        return Ok(Vec::new());
    };
    let (start, end) = found.span();
    if !text.at(end).is_some_and(|c| chars::is(c, L)) {
        return Ok(Vec::new());
    }
    let mut word_end = end;
    while text.at(word_end).is_some_and(|c| !is_space(c)) {
        word_end += 1;
    }
    let tail = text.slice(end, word_end).to_lowercase();
    if grammar()
        .meridiems
        .keys()
        .any(|word| tail.starts_with(word.as_str()))
    {
        return Ok(Vec::new());
    }
    let glued = text.slice(start, word_end);
    let reading = read_segment(&prepare(glued)?, 0, word_end - start, ctx)?;
    if reading.value.is_none() || reading.shape != "full" {
        return Ok(Vec::new());
    }
    if reading
        .spans
        .iter()
        .map(|&(_, last)| last)
        .max()
        .unwrap_or(0)
        > end - start
    {
        return Ok(Vec::new());
    }
    Ok(vec![(reading, start, end)])
}

/// The scraper's meta date that opens a page's text: " date 2022-12-03" (lower case, year
/// first).
fn meta_day() -> &'static Pattern {
    static META_DAY: OnceLock<Pattern> = OnceLock::new();
    META_DAY.get_or_init(|| Pattern::new(r" ?date [0-9]{4}-[0-9]{2}-[0-9]{2}"))
}

/// How far from the meta day's midnight (UTC) the page's own date and time after it may fall,
/// in microseconds: the day before or after it, in any zone.
const META_DAY_REACH: i64 = 2 * 86_400 * 1_000_000;

/// The reading of the scraper's meta date's segment of a line (`start` to `end`), cut at its
/// day (`cut`, see `meta_day_alone`): the page's own date and clock time when the rest of the
/// segment prints one within a day of the meta day (" date 2023-11-24 Fri, 24 Nov, 2023 -
/// 11:52"), or one without its year right after the meta date, which gives the year (" date
/// 2024-02-06 6 февраля, 09:15Общество"), the spans of both read; else the meta day alone (a
/// clock time alone after it, or a year-less update further on, is another thing's; a date
/// and time that a sentence goes on after is the time of what it tells, see `goes_on`).
pub fn meta_day_and_time(
    whole: &Line,
    start: usize,
    cut: usize,
    end: usize,
    ctx: &Context,
) -> Result<Reading, TimeError> {
    let day = read_segment(whole, start, cut, ctx)?;
    let Some(midnight) = day.value else {
        return Ok(day);
    };
    if cut >= end {
        return Ok(day);
    }
    let mut from_day = ctx.clone();
    from_day.now = Some(midnight);
    let own = read_segment(whole, cut, end, &from_day)?;
    let near = own
        .value
        .is_some_and(|value| (value - midnight).abs() < META_DAY_REACH);
    if !near || !matches!(own.shape, "full" | "yearless_clock") {
        return Ok(day);
    }
    let opening = own.spans.iter().map(|&(first, _)| first).min().unwrap_or(0);
    let closing = own.spans.iter().map(|&(_, last)| last).max().unwrap_or(0);
    // a date and time that a sentence goes on after is the time of what it tells
    if goes_on(whole.text.slice(cut + closing, end)) {
        return Ok(day);
    }
    let before = whole.text.slice(cut, cut + opening);
    // a day without its year that names its weekday is the site's today line
    if own.shape == "yearless_clock"
        && (!before.chars().all(is_space)
            || grammar().weekday.is_match(whole.low.slice(cut, end))?)
    {
        return Ok(day);
    }
    let shift = cut - start;
    let mut spans = day.spans;
    spans.extend(
        own.spans
            .iter()
            .map(|&(first, last)| (first + shift, last + shift)),
    );
    Ok(Reading { spans, ..own })
}

/// Whether the text after a date and time goes on with a sentence: its next word, past spaces,
/// commas and semicolons, opens in lower case (", the sheriff's office responded", " на
/// трассе"); a page's own stamp ends its line, or a section's name, a count or a mark follows
/// it.
fn goes_on(rest: &str) -> bool {
    rest.chars()
        .find(|&c| !is_space(c) && c != ',' && c != ';')
        .is_some_and(char::is_lowercase)
}

/// The segments of a line (role, label start, start, end), the one of the scraper's meta date
/// that opens the line ending with its day: a clock time after it is the page's text, another
/// thing's (a live clock, an update's time: " date 2022-12-03 4.27pm GMT").
pub fn meta_day_alone(segments: Vec<Segment>, line: &Indexed) -> Result<Vec<Segment>, TimeError> {
    let Some(found) = meta_day().match_at(line, 0)? else {
        return Ok(segments);
    };
    let cut = found.end();
    if line.at(cut).is_some_and(is_digit) {
        return Ok(segments);
    }
    Ok(segments
        .into_iter()
        .map(|(role, label, start, end)| {
            let end = if start < cut { end.min(cut) } else { end };
            (role, label, start, end)
        })
        .collect())
}

/// The printed day of a date whose clock right after it is empty, seconds and all
/// ("17.06.2004 00:00:00"): a site that keeps a story's day alone fills the clock of its stamp
/// with zeros, which no newsroom's clock ever read to the second; the day is read as a day
/// alone is, its instant midnight UTC and its precision "day", its spans the date's and the
/// clock's. Any other reading, from `start` of the line, is as it is (the caller keeps a
/// labelled midnight: the label states the clock).
pub fn empty_clock_day(
    whole: &Line,
    start: usize,
    reading: Reading,
    ctx: &Context,
) -> Result<Reading, TimeError> {
    if reading.shape != "full" || reading.precision != Some("second") || reading.spans.is_empty() {
        return Ok(reading);
    }
    let date_end = start + reading.spans[0].1;
    if !empty_clock_at(&whole.text, date_end) {
        return Ok(reading);
    }
    let day = read_segment(whole, start, date_end, ctx)?;
    if day.shape != "date" || day.value.is_none() {
        return Ok(reading);
    }
    Ok(Reading {
        spans: reading.spans,
        ..day
    })
}

/// Whether an empty clock, its seconds printed too, stands at `at` past spaces, a "T" or a
/// comma, no digit after it: "17.06.2004 00:00:00".
fn empty_clock_at(text: &Indexed, at: usize) -> bool {
    let mut position = at;
    while text
        .at(position)
        .is_some_and(|c| matches!(c, ' ' | 'T' | ','))
    {
        position += 1;
    }
    text.slice(position, position + 8) == "00:00:00"
        && !text.at(position + 8).is_some_and(|c| c.is_ascii_digit())
}
