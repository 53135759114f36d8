//! The date of today a site prints atop a page: a day alone on the first line of a page
//! without a headline, over the site's town and country ("Tamale, Ghana"), is the site's
//! widget, not a story's date; so is a day alone right above a headline that prints a day alone
//! of its own under it, below its credit or byline line, and a day among the headline's own
//! words over such a day ("… update 3 June 2022" over "2 June 2022"), and a day alone right
//! above a headline that the page prints again lower, dated under that copy no later (mirrors
//! `normalize/timestamps/widgets.py`).

use std::sync::OnceLock;

use rustc_hash::FxHashSet;

use super::country::names_town_and_country;
use super::datelines::Dateline;
use super::grammar::{grammar, space};
use super::lines::{filled_lines, lines_under, prepare};
use super::pattern::Pattern;
use super::pychars::{is_space, Indexed, REGEX_SPACE};
use super::TimeError;
use crate::segment::chars::strip;
use crate::title_shapes::is_body_shaped;

/// A day alone at most this many lines above the headline (a blank between) stands where a
/// blog's date header stands (see `choice`); the headline's own day stands on one of this many
/// lines with text under it (right under it, or under its credit or byline line).
const ABOVE_HEAD: usize = 2;
const UNDER_HEAD: usize = 2;
/// A site's today falls on the story's day or later: the story's time, less than a day (in
/// microseconds) after its midnight.
const DAY: i64 = 86_400_000_000;
/// What a day alone's line holds beside the day and a weekday: spaces and these marks.
const MARKS: &str = ",.|·()[]–—-";

/// What opens a byline's line before its day: "by" and the writer's name, a word or two, maybe
/// with an alias after a slash ("by Wren Abernathy 2021. 3. 16.", "by 물소리/청솔(靑松) 2019. 5.
/// 10."), read up to the day (Python's `_BY_NAME_BEFORE`, matched whole).
fn by_name_before() -> &'static Pattern {
    static BY_NAME_BEFORE: OnceLock<Pattern> = OnceLock::new();
    BY_NAME_BEFORE.get_or_init(|| {
        let (s, word) = (space(), format!("[^{REGEX_SPACE}]+"));
        Pattern::new(&format!(
            r"\A{s}*(?:by|By|BY)[ ]+{word}(?:[ ]{word})?[ ]+\z"
        ))
    })
}

/// "By" alone on the line under a headline, its byline split over two lines: the writer's name
/// on the next one (Python's `_BY_ALONE`, matched whole).
fn by_alone() -> &'static Pattern {
    static BY_ALONE: OnceLock<Pattern> = OnceLock::new();
    BY_ALONE.get_or_init(|| {
        let s = space();
        Pattern::new(&format!(r"\A{s}*(?:by|By|BY):?{s}*\z"))
    })
}

/// The positions among `datelines` of the unlabelled days alone, with no clock time, on the
/// first line of text of a page without a headline (`near` is None) whose next line of text
/// names a town and its country (`names_town_and_country`): a site's date of today over its
/// place (Python's `place_widget_days`).
pub fn place_widget_days(
    datelines: &[Dateline],
    lines: &[&str],
    near: Option<usize>,
) -> FxHashSet<usize> {
    let mut filled = filled_lines(lines, 0..lines.len());
    let (None, Some(first), Some(second)) = (near, filled.next(), filled.next()) else {
        return FxHashSet::default();
    };
    if !names_town_and_country(lines[second]) {
        return FxHashSet::default();
    }
    datelines
        .iter()
        .enumerate()
        .filter(|(_, item)| {
            item.role.is_empty() && item.line == first && item.reading.shape == "date"
        })
        .map(|(order, _)| order)
        .collect()
}

/// The positions among `datelines` of the unlabelled days alone, with no clock time, each
/// alone on its line (a weekday and marks beside it at most) at most `ABOVE_HEAD` lines above
/// the headline (line `near`), when another such day stands alone on one of the first
/// `UNDER_HEAD` lines with text under the headline: the site's date of today over the title,
/// the article's own day under it, when the day above is none before it (a site's today is
/// never earlier than its stories; a later day under a notice's byline is an event's)
/// (Python's `today_over_head`).
pub fn today_over_head(
    datelines: &[Dateline],
    lines: &[&str],
    near: Option<usize>,
) -> Result<FxHashSet<usize>, TimeError> {
    let Some(near) = near else {
        return Ok(FxHashSet::default());
    };
    let Some(own) = own_days(datelines, lines, near)?.into_iter().min() else {
        return Ok(FxHashSet::default());
    };
    alone_above(datelines, lines, near, |value| value >= own)
}

/// The positions among `datelines` of the unlabelled days, with no clock time, among the words
/// of the headline's own line (line `near`), when a day stands alone on one of the first
/// `UNDER_HEAD` lines with text under it: the title's words, the article's own day under it
/// (Python's `day_in_title`).
pub fn day_in_title(
    datelines: &[Dateline],
    lines: &[&str],
    near: Option<usize>,
) -> Result<FxHashSet<usize>, TimeError> {
    let mut found = FxHashSet::default();
    let Some(near) = near else {
        return Ok(found);
    };
    if own_days(datelines, lines, near)?.is_empty() {
        return Ok(found);
    }
    for (order, item, _) in days(datelines) {
        if item.line == near && !stands_alone(item, lines[item.line])? {
            found.insert(order);
        }
    }
    Ok(found)
}

/// The positions among `datelines` of the unlabelled days alone, with no clock time, each
/// alone on its line at most `ABOVE_HEAD` lines above the headline (line `near`), when the page
/// prints the headline's line again lower and a readable time stands on one of the first
/// `UNDER_HEAD` lines with text under that copy, on the day above or before it: the site's
/// date of today over the title at the top, the article's own time under its copy lower down;
/// not a copy under a line of the body (`is_body_shaped`), a teaser's (Python's
/// `today_over_copy`).
pub fn today_over_copy(
    datelines: &[Dateline],
    lines: &[&str],
    near: Option<usize>,
) -> Result<FxHashSet<usize>, TimeError> {
    let Some(near) = near else {
        return Ok(FxHashSet::default());
    };
    let head = strip(lines[near]);
    if head.is_empty() {
        return Ok(FxHashSet::default());
    }
    let mut under = FxHashSet::default();
    for (copy, &line) in lines.iter().enumerate().skip(near + 1) {
        let line = strip(line);
        if line == head {
            under.extend(lines_under(lines, copy, UNDER_HEAD));
        } else if is_body_shaped(line) {
            break; // the article's body: a copy under it is a teaser's, another story's
        }
    }
    let own = datelines
        .iter()
        .filter(|item| matches!(item.role, "" | "published") && under.contains(&item.line))
        .filter_map(|item| item.reading.value)
        .min();
    let Some(own) = own else {
        return Ok(FxHashSet::default());
    };
    alone_above(datelines, lines, near, |value| {
        value.saturating_add(DAY) > own
    })
}

/// The positions among `datelines` of the unlabelled days alone on their lines
/// (`stands_alone`) at most `ABOVE_HEAD` lines above the headline (line `near`) whose values
/// `dated` accepts: the site's date of today over the title (Python's `_alone_above`).
fn alone_above(
    datelines: &[Dateline],
    lines: &[&str],
    near: usize,
    dated: impl Fn(i64) -> bool,
) -> Result<FxHashSet<usize>, TimeError> {
    let mut found = FxHashSet::default();
    for (order, item, value) in days(datelines) {
        let above = item.line < near && near - item.line <= ABOVE_HEAD;
        if above && dated(value) && stands_alone(item, lines[item.line])? {
            found.insert(order);
        }
    }
    Ok(found)
}

/// The values of the days alone (`stands_alone`), or on a byline's line after "by" and the
/// writer's name (`follows_by_name`), on the first `UNDER_HEAD` lines with text under the
/// headline (line `near`): the article's own day, under its credit or byline line at most; a
/// byline split over two lines, "By" alone and the name under it (`by_alone`), is one line of
/// them (Python's `_own_days`).
fn own_days(datelines: &[Dateline], lines: &[&str], near: usize) -> Result<Vec<i64>, TimeError> {
    let mut under = lines_under(lines, near, UNDER_HEAD + 1);
    let split_byline = match under.first() {
        Some(&first) => by_alone().is_match(lines[first])?,
        None => false,
    };
    if !split_byline {
        under.truncate(UNDER_HEAD);
    }
    let mut own = Vec::new();
    for (_, item, value) in days(datelines) {
        if under.contains(&item.line)
            && (stands_alone(item, lines[item.line])? || follows_by_name(item, lines[item.line])?)
        {
            own.push(value);
        }
    }
    Ok(own)
}

/// The unlabelled days with no clock time among `datelines`: their positions, the datelines
/// and their values (Python's `_days`).
fn days(datelines: &[Dateline]) -> impl Iterator<Item = (usize, &Dateline, i64)> {
    datelines.iter().enumerate().filter_map(|(order, item)| {
        let value = item.reading.value?;
        (item.role.is_empty() && item.reading.shape == "date").then_some((order, item, value))
    })
}

/// Whether the dateline's line holds nothing but its day, a weekday and marks (Python's
/// `_stands_alone`).
fn stands_alone(item: &Dateline, line: &str) -> Result<bool, TimeError> {
    let text = Indexed::new(line.to_string());
    let mut spans = item.reading.spans.clone();
    spans.sort_unstable();
    let mut rest: Vec<&str> = Vec::new();
    let mut at = 0;
    for (start, end) in spans {
        let start = start.clamp(at, text.len());
        rest.push(&line[text.byte(at)..text.byte(start)]);
        at = at.max(end.min(text.len()));
    }
    rest.push(&line[text.byte(at)..]);
    let low = prepare(&rest.join(" "))?.low;
    let left = grammar().weekday.replace_all(low.as_str(), "")?;
    Ok(left
        .chars()
        .all(|char| is_space(char) || MARKS.contains(char)))
}

/// Whether the dateline's day follows "by" and the writer's name, a word or two, opening its
/// line: a byline's day (Python's `_follows_by_name`).
fn follows_by_name(item: &Dateline, line: &str) -> Result<bool, TimeError> {
    let Some(first) = item.reading.spans.iter().map(|span| span.0).min() else {
        return Ok(false);
    };
    let text = Indexed::new(line.to_string());
    if first > text.len() {
        return Ok(false);
    }
    by_name_before().is_match(text.slice(0, first))
}
