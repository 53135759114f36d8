//! A release's issue time printed over two lines: its day alone (a release's sign-off,
//! "Ends/Wednesday, March 5, 2025"), then, at most two lines below, its clock time under an
//! issuing or publication label, without a day ("Issued at HKT 18:10", "Published: 5:56 AM").
//! The two read as one labelled publication time, wherever the release closes (mirrors
//! `normalize/timestamps/issued.py`).

use regex::Regex;
use rustc_hash::FxHashMap;

use super::datelines::{line_starts, Dateline, LABEL_RANK};
use super::lines::{prepare, Settings};
use super::reading::read_segment;
use super::TimeError;
use crate::per_thread::PerThread;

/// An issuing or publication label, then a clock time, its zone before or after it in capitals:
/// "Issued at HKT 18:10", "Published: 5:56 AM", "Опубликовано в 10:27", "입력 10:27".
static CLOCK_LINE: PerThread<Regex> = PerThread::new(|| {
    Regex::new(concat!(
        r"(?i)^\s*(?:issued|published|posted|опубликовано|размещено|입력|등록)",
        r"(?:\s+(?:at|on|в))?\s*:?\s*(?:(?-i:(?P<before>[A-Z]{2,5}))\s+)?",
        r"(?P<clock>[0-9]{1,2}[:.][0-9]{2}(?:\s?[ap]\.?\s?m\.?)?)(?:\s+(?-i:(?P<after>[A-Z]{2,5})))?\s*$",
    ))
    .expect("a valid pattern")
});
/// The day stands on one of the lines right above the clock's: the next, or the one before it.
const ABOVE: usize = 2;

/// The first labelled clock time without a day (see `CLOCK_LINE`) whose line stands at most two
/// lines below a day printed alone (a dateline of `datelines` read as a date without a time),
/// read with that day as one publication time of a label's rank; `None` when the page prints
/// no such pair, or pairs of two times or more: a list's teasers, each its day over its "Posted
/// at 9:15 AM". `settings.lang` is the page's language, whose conventions the time follows (Python's
/// `issued_dateline`).
pub fn issued_dateline(
    lines: &[&str],
    datelines: &[Dateline],
    settings: Settings,
) -> Result<Option<Dateline>, TimeError> {
    let mut days: FxHashMap<usize, &Dateline> = FxHashMap::default();
    for item in datelines {
        if item.reading.shape == "date" && item.reading.value.is_some() {
            days.insert(item.line, item);
        }
    }
    if days.is_empty() {
        return Ok(None);
    }
    // the lines' starts and the reading's context, made once a clock time is found
    let mut starts: Vec<usize> = Vec::new();
    let mut ctx = None;
    // only the lines right under a day may complete it
    let mut under: Vec<usize> = days
        .keys()
        .flat_map(|&n| (1..=ABOVE).map(move |step| n + step))
        .filter(|&index| index < lines.len())
        .collect();
    under.sort_unstable();
    under.dedup();
    let mut found: Option<Dateline> = None;
    for index in under {
        let line = lines[index];
        // a clock time holds a colon or a full stop: a line without either is left unread
        if !line.contains([':', '.']) {
            continue;
        }
        let Some(clock) = CLOCK_LINE.get().captures(line) else {
            continue;
        };
        let above = (1..=ABOVE).filter_map(|step| index.checked_sub(step));
        let Some(day) = above.filter_map(|n| days.get(&n)).next() else {
            continue;
        };
        if starts.is_empty() {
            starts = line_starts(lines);
        }
        let offset = starts[day.line];
        let day_chars: Vec<char> = lines[day.line].chars().collect();
        let from = day.start.saturating_sub(offset).min(day_chars.len());
        let to = day.end.saturating_sub(offset).min(day_chars.len());
        let printed: String = if from < to {
            day_chars[from..to].iter().collect()
        } else {
            String::new()
        };
        let zone_word = clock.name("before").or_else(|| clock.name("after"));
        let mut text = format!("{printed} {}", &clock["clock"]);
        if let Some(word) = zone_word {
            text.push(' ');
            text.push_str(word.as_str());
        }
        let ctx = ctx.get_or_insert_with(|| settings.context());
        let reading = read_segment(&prepare(&text)?, 0, text.chars().count(), ctx)?;
        if reading.value.is_none() || reading.shape != "full" {
            continue;
        }
        let end = starts[index] + line.chars().count();
        match &found {
            None => {
                found = Some(Dateline::new(
                    day.line,
                    "published",
                    LABEL_RANK,
                    reading,
                    day.start,
                    end,
                ));
            }
            // another time so printed: the pairs are a list's teasers
            Some(first) if first.reading.value != reading.value => return Ok(None),
            Some(_) => {}
        }
    }
    Ok(found)
}
