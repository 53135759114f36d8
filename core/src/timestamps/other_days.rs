//! A head and its time over a lead whose agency's dateline names another day: a related item's
//! title and time, printed over a story whose own headline the scraper lost. A story's own time
//! and its dateline name the same day (or the next), so a time that disagrees with the dateline
//! right under it is another item's, and so is the head over it (mirrors
//! `normalize/timestamps/other_days.py`).

use std::collections::BTreeSet;

use rustc_hash::{FxHashMap, FxHashSet};

use super::datelines::{agency_opening_text, scan_text, Dateline};
use super::lines::{filled_lines, Settings};
use super::TimeError;
use crate::text::split_words;

/// A dateline's day and the time over it agree within this (microseconds): a story filed
/// before midnight and put out after it, or a day read in another zone.
const SAME_DAY: i64 = 2 * 86_400 * 1_000_000;
/// A dateline's place before its day and its credit after it are this many words at most.
const PLACE_WORDS: usize = 4;

/// The positions among `datelines` of the unlabelled times alone on their lines (in
/// `dateline_lines`) right over a lead an agency's dateline opens whose day is more than
/// `SAME_DAY` away from theirs, and the lines of the heads right over those times (Python's
/// `other_day_items`).
pub fn other_day_items(
    datelines: &[Dateline],
    lines: &[&str],
    dateline_lines: &BTreeSet<usize>,
    settings: Settings,
) -> Result<(FxHashSet<usize>, FxHashSet<usize>), TimeError> {
    let filled: Vec<usize> = filled_lines(lines, 0..lines.len()).collect();
    let places: FxHashMap<usize, usize> = filled
        .iter()
        .enumerate()
        .map(|(place, &line)| (line, place))
        .collect();
    let mut dates = FxHashSet::default();
    let mut heads = FxHashSet::default();
    for (order, item) in datelines.iter().enumerate() {
        let Some(value) = item.reading.value else {
            continue;
        };
        let Some(&place) = places.get(&item.line) else {
            continue;
        };
        if !item.role.is_empty()
            || !matches!(item.reading.shape, "date" | "full")
            || !dateline_lines.contains(&item.line)
            || place + 1 >= filled.len()
        {
            continue;
        }
        if !names_another_day(lines[filled[place + 1]], value, settings)? {
            continue;
        }
        dates.insert(order);
        if place > 0 && !dateline_lines.contains(&filled[place - 1]) {
            heads.insert(filled[place - 1]);
        }
    }
    Ok((dates, heads))
}

/// Whether `lead` opens with an agency's dateline, a place and a comma before its day and a
/// credit at most after it, whose day, read in the year of the time `value` when it prints
/// none, is more than `SAME_DAY` away from that time.
fn names_another_day(lead: &str, value: i64, settings: Settings) -> Result<bool, TimeError> {
    let Some(opening) = agency_opening_text(lead)? else {
        return Ok(false);
    };
    let ctx = Settings {
        now: Some(value + SAME_DAY),
        lang: None,
        ..settings
    }
    .context();
    let (found, _) = scan_text(&opening, &ctx)?;
    let days: Vec<_> = found
        .iter()
        .filter(|day| {
            day.reading.value.is_some() && matches!(day.reading.shape, "date" | "full" | "yearless")
        })
        .collect();
    let [day] = days.as_slice() else {
        return Ok(false);
    };
    let Some(day_value) = day.reading.value else {
        return Ok(false);
    };
    let chars: Vec<char> = opening.chars().collect();
    let place: String = chars[..day.start.min(chars.len())].iter().collect();
    let credit: String = chars[day.end.min(chars.len())..].iter().collect();
    let placed = place.ends_with(", ") && split_words(&place).count() <= PLACE_WORDS;
    let credited = split_words(&credit).count() <= PLACE_WORDS;
    Ok(placed && credited && (day_value - value).abs() > SAME_DAY)
}
