//! Relative times: offsets from now ("2시간 전", "вчера в 14:05", "in 3 days") and lone clock
//! times, resolved only against the caller's `now` (mirrors `normalize/timestamps/relative.py`).

use super::civil::{self, checked, fields, is_date, timedelta, whole_days, Fields};
use super::grammar::{grammar, Marks};
use super::lines::{Clock, Context, Line, Reading};
use super::pychars::{float, is_digit, key, quote, rstrip, Indexed};
use super::zones::{zone_or_default, Zone};
use super::TimeError;

/// The warning of a relative time read without a reference time.
pub fn needs_now(segment: &str) -> String {
    format!(
        "timestamp_relative: {} needs a reference time (now= or a fetched-at column)",
        quote(segment)
    )
}

/// The calendar units a relative time moves, in the order Python's dict keeps them.
#[derive(Default)]
struct Calendar(Vec<(String, f64)>);

impl Calendar {
    fn get(&self, unit: &str) -> f64 {
        self.0
            .iter()
            .find(|(name, _)| name == unit)
            .map_or(0.0, |(_, value)| *value)
    }

    fn has(&self, unit: &str) -> Option<f64> {
        self.0
            .iter()
            .find(|(name, _)| name == unit)
            .map(|(_, value)| *value)
    }

    fn set(&mut self, unit: &str, value: f64) {
        match self.0.iter_mut().find(|(name, _)| name == unit) {
            Some(slot) => slot.1 = value,
            None => self.0.push((unit.to_string(), value)),
        }
    }

    fn add(&mut self, unit: &str, value: f64) {
        let sum = self.get(unit) + value;
        self.set(unit, sum);
    }

    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Whether a direction word stands next to the unit from `start` to `end`, only spaces
/// between: "час назад", "через неделю"; not "Second Round in Review", where "in" points at
/// nothing the ordinal "Second" counts.
fn beside_direction(
    masked: &Indexed,
    start: usize,
    end: usize,
    pointers: &[(usize, usize)],
) -> bool {
    pointers.iter().any(|&(left, right)| {
        if left >= end {
            rstrip(masked.slice(end, left)).is_empty()
        } else {
            rstrip(masked.slice(right, start)).is_empty()
        }
    })
}

/// Which group closed a relative token (Python's `lastgroup`).
const UNIT_GROUPS: [&str; 3] = ["unit", "word_unit", "lone_unit"];
const WORD_GROUPS: [&str; 7] = ["less", "day", "period", "past", "future", "now", "half"];

/// Offsets from now (2시간 전, вчера в 14:05, in 3 days) and lone clock times, in the stated
/// zone (`usual`: what was assumed when it is an ambiguous abbreviation's usual meaning), else
/// the one `zone_or_default` gives.
#[allow(clippy::too_many_arguments)]
pub fn read_relative(
    segment: &str,
    masked: &Indexed,
    clock: Option<&Clock>,
    zone: Option<Zone>,
    usual: Option<String>,
    mut spans: Vec<(usize, usize)>,
    ctx: &Context,
    line: &Line,
) -> Result<Reading, TimeError> {
    let g = grammar();
    // Korean glues units and direction to numbers (2시간전): no word gate for Hangul.
    let wanted = line.marks.has(Marks::RELATIVE) || line.hangul;
    if clock.is_none() && !(wanted && g.moves.may_move(masked.as_str())) {
        // without a clock time only a token that moves the calendar makes a reading, and the
        // text holds none: its tokens are not read
        return Ok(Reading::nothing());
    }
    let mut calendar = Calendar::default();
    let mut days = 0i64;
    let mut found_any = false;
    let mut direction = 0i64;
    let mut pairs = Vec::new();
    let mut halves: Vec<(String, f64)> = Vec::new();
    let mut pointers: Vec<(usize, usize)> = Vec::new(); // where the direction words stand
    let tokens = if wanted {
        g.relative.all(masked)?
    } else {
        Vec::new()
    };
    for token in tokens {
        if let Some(group) = UNIT_GROUPS.iter().find(|g| token.group(g).is_some()) {
            pairs.push((token, *group));
            continue;
        }
        spans.push(token.span());
        let Some(kind) = WORD_GROUPS.iter().find(|g| token.group(g).is_some()) else {
            continue;
        };
        match *kind {
            "past" => {
                if direction == 0 {
                    direction = -1;
                }
                pointers.push(token.span());
                continue;
            }
            "future" => {
                if direction == 0 {
                    direction = 1;
                }
                pointers.push(token.span());
                continue;
            }
            _ => {}
        }
        found_any = true;
        let word = key(token.text());
        match *kind {
            "less" => {
                let seconds = g.less_than_words.get(&word).copied().unwrap_or(0);
                calendar.set("seconds", -(seconds as f64));
            }
            "day" => days = g.day_words.get(&word).copied().unwrap_or(0),
            "period" => {
                if let Some((unit, step)) = g.period_words.get(&word) {
                    calendar.set(unit, *step as f64);
                }
            }
            "half" => {
                if let Some(half) = g.half_units.get(&word) {
                    halves.push(half.clone());
                }
            }
            _ => {}
        }
    }
    // A unit alone counts only with a direction word: "час назад", not "a third day".
    if direction == 0 {
        direction = -1;
    }
    for (unit, size) in &halves {
        calendar.add(unit, size * direction as f64);
    }
    let mut sign = 0i64;
    for (pair, group) in &pairs {
        let unit_words = pair.group(group).unwrap_or("");
        if *group == "lone_unit" {
            // A unit alone, and not after a number too long to read.
            let at = pair.group_start(group).unwrap_or(0);
            let window = masked.slice(at.saturating_sub(8), at);
            let before_digit = rstrip(window).chars().last().is_some_and(is_digit);
            if unit_words.chars().count() < 3 || before_digit {
                continue;
            }
            if !beside_direction(masked, at, pair.end(), &pointers) {
                continue;
            }
        }
        let amount = match *group {
            "unit" => {
                if let Some(printed) = pair.group("sign").filter(|s| !s.is_empty()) {
                    sign = if printed == "+" { 1 } else { -1 };
                }
                float(&pair.group("num").unwrap_or("0").replace(',', "."))
            }
            "word_unit" => g
                .numbers
                .get(&key(pair.group("word").unwrap_or("")))
                .copied()
                .unwrap_or(0.0),
            _ => 1.0,
        };
        let unit_key = key(unit_words);
        let Some(unit) = g.units.get(unit_key.trim_end_matches('.')) else {
            continue;
        };
        let factor = if sign != 0 { sign } else { direction };
        calendar.add(unit, amount * factor as f64);
        spans.push(pair.span());
        found_any = true;
    }
    if !found_any && clock.is_none() {
        return Ok(Reading::nothing());
    }
    let shape = if found_any { "relative" } else { "clock" };
    let unparsed = || format!("timestamp_unparsed: {}", quote(segment));
    if let Some(clock) = clock {
        if clock.hour > 24 || clock.minute > 59 || clock.second > 60 {
            return Ok(Reading::failed(unparsed(), spans, shape));
        }
    }
    let Some(now) = ctx.now else {
        return Ok(Reading::failed(needs_now(segment), spans, shape));
    };
    let (zone_used, assumed) = zone_or_default(zone, usual, line, ctx)?;
    let Ok(value) = shift(now, &zone_used, &calendar, days, clock) else {
        return Ok(Reading::failed(unparsed(), spans, shape));
    };
    Ok(Reading {
        value: Some(value),
        problem: None,
        assumed,
        spans,
        shape,
        precision: Some(precision(&calendar, days, clock)),
    })
}

/// Now moved: months, years and days on the zone's wall clock, hours and less exactly.
fn shift(
    now: i64,
    zone: &Zone,
    calendar: &Calendar,
    days: i64,
    clock: Option<&Clock>,
) -> Result<i64, TimeError> {
    let get = |unit: &str| calendar.get(unit);
    let months = get("months") + 12.0 * get("years") + 120.0 * get("decades");
    let whole_months = months.trunc() as i64;
    let day_count =
        days as f64 + get("days") + 7.0 * get("weeks") + 30.0 * (months - whole_months as f64);
    let seconds = 3600.0 * get("hours") + 60.0 * get("minutes") + get("seconds");
    let floor_days = day_count.floor();
    if !floor_days.is_finite() || floor_days.abs() > 1e15 {
        return Err(TimeError::Overflow);
    }
    let floor_days = floor_days as i64;
    if whole_months == 0 && floor_days == 0 && clock.is_none() {
        // nothing moves on the wall clock (2 hours ago, just now): the instant moves exactly
        return checked(i128::from(now) + timedelta(day_count, seconds)?);
    }
    let mut local = zone.from_utc(now)?;
    if whole_months != 0 {
        local = add_months(local, whole_months)?;
    }
    if floor_days != 0 {
        local = checked(i128::from(local) + whole_days(floor_days)?)?;
    }
    if let Some(clock) = clock.filter(|_| seconds == 0.0) {
        if clock.hour > 23 || clock.minute > 59 || clock.second > 59 {
            return Err(TimeError::Overflow);
        }
        let day = fields(local);
        let at = civil::at(
            day.year,
            day.month,
            day.day,
            clock.hour,
            clock.minute,
            clock.second,
            clock.micro,
        );
        return zone.to_utc(at);
    }
    let exact = timedelta(day_count - floor_days as f64, seconds)?;
    checked(i128::from(zone.to_utc(local)?) + exact)
}

/// Calendar months added, the day clamped to the month's length (Jan 31 + 1 month: Feb 29).
fn add_months(moment: i64, months: i64) -> Result<i64, TimeError> {
    let Fields {
        year,
        month,
        day,
        hour,
        minute,
        second,
        micro,
    } = fields(moment);
    let index = year * 12 + month - 1 + months;
    let (year, month) = (index.div_euclid(12), index.rem_euclid(12) + 1);
    let mut day = day;
    while day > 28 && !is_date(year, month, day) {
        day -= 1;
    }
    if !is_date(year, month, day) {
        return Err(TimeError::Overflow);
    }
    Ok(civil::at(year, month, day, hour, minute, second, micro))
}

/// What a relative time states: the time of day when it prints a clock or counts hours,
/// minutes or seconds; else only the day.
fn precision(calendar: &Calendar, days: i64, clock: Option<&Clock>) -> &'static str {
    if let Some(clock) = clock {
        return clock.precision;
    }
    let nonzero = |unit: &str| calendar.has(unit).is_some_and(|v| v != 0.0);
    if nonzero("seconds") {
        return "second";
    }
    if nonzero("minutes") || nonzero("hours") {
        return "minute";
    }
    if days != 0 || !calendar.is_empty() {
        "day"
    } else {
        "minute"
    }
}
