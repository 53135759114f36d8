//! Reading one segment of a line (the text after a label, or a whole short string): its date,
//! its clock time, its zone, and from them one instant (mirrors
//! `normalize/timestamps/reading.py`).

use std::sync::OnceLock;

use super::civil::{self, checked, days_from_civil, is_date, US_PER_DAY, US_PER_SECOND};
use super::durations::a_length;
use super::grammar::{grammar, Grammar, Marks};
use super::lines::{conventions, Clock, Context, Line, Reading};
use super::pattern::{Found, Pattern};
use super::periods::closes_a_period;
use super::pychars::{
    has_decimal, int, is_decimal, is_space, key, mask_all, quote, word_count, Indexed, RE_SPACE,
};
use super::relative::{needs_now, read_relative};
use super::zones::{month_first, stated_zone, utc, zone_or_default};
use super::TimeError;
use crate::segment::chars::{is, L};

/// Which pattern a date or a clock time came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Date,
    NumericDate,
    KoreanDate,
    MonthDate,
    Time,
    HourMark,
    KoreanTime,
    BareHour,
    DottedTime,
}

/// What a numeric date needs: digits on both sides of a separator (2024-05-17, 17.05.2024), a
/// year's four digits before a comma (2020,10,22) or spaced parts before a clock time
/// (2023 04 16 19:42).
fn separated_digits() -> &'static Pattern {
    static SEPARATED: OnceLock<Pattern> = OnceLock::new();
    SEPARATED.get_or_init(|| {
        Pattern::new(&format!(
            r"\d[{RE_SPACE}]?[-./][{RE_SPACE}]?\d|\d{{4}},\d|\d{{4}}[{RE_SPACE}]\d\d[{RE_SPACE}]\d\d[{RE_SPACE}]\d\d?:"
        ))
    })
}

/// The instant one segment of a line states, or the reason it states none.
///
/// The whole line's words (a Korean label) hint at the zone; its word set gates the patterns.
pub fn read_segment(
    line: &Line,
    start: usize,
    end: usize,
    ctx: &Context,
) -> Result<Reading, TimeError> {
    let g = grammar();
    let segment = line.text.slice(start, end);
    let text = Indexed::new(line.low.slice(start, end).to_string());
    let marks = line.marks;
    let relative = marks.has(Marks::RELATIVE) || line.hangul;
    // every date and clock pattern reads a number: without one, none is tried
    let digits = has_decimal(text.as_str());
    if !relative && !digits && !marks.has(Marks::CLOCK) {
        return Ok(Reading::nothing()); // no number, no relative word, no noon: no time
    }
    let mut spans = Vec::new();
    let found_date = date_match(&text, marks, digits, g)?;
    if let Some((_, found)) = &found_date {
        if opens_a_span(&text, found.end(), marks, g)? {
            // an event's run of days, "Jan. 10 – Feb. 29, 2020", dates nothing
            return Ok(Reading::nothing());
        }
    }
    if let Some((kind, found)) = &found_date {
        spans.push(found.span());
        spans.extend(glued_copy(&text, *kind, found, g)?);
    }
    let date_span = found_date.as_ref().map(|(_, found)| found.span());
    let mut clock_spans = Vec::new();
    let mut clock = clock(&text, date_span, &mut clock_spans, marks, digits, g)?;
    if let Some((_, found)) = &found_date {
        if clock_first(&text, clock.as_ref(), found.start()) && a_length(clock.as_ref(), ctx) {
            // a clip's length before its day ("2:07 | 11/09/20")
            clock = None;
            clock_spans.clear();
        }
    }
    if let Some(date) = date_span {
        if let Some(told) = clock.take() {
            clock = date_clock(&text, date, told, &mut clock_spans, marks, digits, g)?;
        }
    }
    if clock.is_some() {
        spans.extend(clock_spans);
    }
    let mut anchors = Vec::new();
    if let Some(clock) = &clock {
        anchors.push(clock.end);
    }
    if let Some((_, found)) = &found_date {
        anchors.push(found.end());
    }
    let (zone, usual, zone_day_first) = stated_zone(&text, &anchors, &mut spans, ctx, marks, g)?;
    let Some((kind, found_date)) = found_date else {
        let masked = Indexed::new(mask_all(text.as_str(), &spans));
        return read_relative(
            segment,
            &masked,
            clock.as_ref(),
            zone,
            usual,
            spans,
            ctx,
            line,
        );
    };
    let parts = date_parts(kind, &found_date, g);
    let mut year = parts.year;
    if year.is_none() {
        // a year standing apart from its date: Wed Aug 05 12:00:00 EDT 2015
        if let Some(lone) = g.lone_year.search(&text, 0)? {
            if year_joins(&text, (found_date.start(), found_date.end()), &lone, g)? {
                year = Some(int(lone.group("y").unwrap_or("")));
                spans.push(lone.span());
            }
        }
    }
    let shape = match (year.is_some(), clock.is_some()) {
        (false, true) => "yearless_clock",
        (false, false) => "yearless",
        (true, true) => "full",
        (true, false) => "date",
    };
    let (mut month, mut day) = (parts.month, parts.day);
    if let Some((first, second)) = parts.order_free {
        let short_year = found_date.group("y").unwrap_or("");
        if conventions(line, ctx)?.as_deref() == Some("ko") && short_year.chars().count() == 2 {
            // Korean sites shorten the year in front: 24.05.17 is 2024-05-17
            year = Some(printed_year(found_date.group("a").unwrap_or("")));
            month = Some(second);
            day = Some(int(short_year));
        } else {
            let in_order = month_first(line, ctx, zone_day_first)?
                && !clock_first(&text, clock.as_ref(), found_date.start());
            let first_is_month = (in_order && first <= 12) || second > 12;
            (month, day) = if first_is_month {
                (Some(first), Some(second))
            } else {
                (Some(second), Some(first))
            };
        }
    }
    let unparsed = || format!("timestamp_unparsed: {}", quote(segment));
    let (Some(month), Some(day)) = (month, day) else {
        return Ok(Reading::failed(unparsed(), spans, shape));
    };
    let (hour, minute, second, micro) = match &clock {
        Some(clock) => (clock.hour, clock.minute, clock.second, clock.micro),
        None => (0, 0, 0, 0),
    };
    let year = match year {
        Some(year) => year,
        None => {
            let Some(now) = ctx.now else {
                return Ok(Reading::failed(needs_now(segment), spans, shape));
            };
            let (zone_used, _) = zone_or_default(zone.clone(), None, line, ctx)?;
            let today = zone_used.from_utc(now)?.div_euclid(US_PER_DAY);
            let (this_year, _, _) = civil::civil_from_days(today);
            let mut year = this_year;
            if is_date(year, month, day) {
                let tomorrow = checked(i128::from(today + 1) * i128::from(US_PER_DAY))?;
                if days_from_civil(year, month, day) * US_PER_DAY > tomorrow {
                    year -= 1;
                }
            }
            year
        }
    };
    if !is_date(year, month, day) || minute > 59 || second > 60 || hour * 60 + minute > 1440 {
        return Ok(Reading::failed(unparsed(), spans, shape));
    }
    let Some(clock) = clock else {
        // A day with no time of day falls on the printed day in UTC: its instant is that day's
        // midnight in UTC, whatever the zone, and its precision says so.
        return Ok(Reading {
            value: Some(days_from_civil(year, month, day) * US_PER_DAY),
            problem: None,
            assumed: None,
            spans,
            shape,
            precision: Some("day"),
        });
    };
    let (zone_used, assumed) = zone_or_default(zone, usual, line, ctx)?;
    let local = if hour < 24 {
        // built in its zone at once: the earlier reading of a repeated hour (fold 0)
        civil::at(year, month, day, hour, minute, second.min(59), micro)
    } else {
        // 24:00 is the next midnight, which 9999-12-31 lacks
        let midnight = days_from_civil(year, month, day) * US_PER_DAY;
        let later = ((hour * 60 + minute) * 60 + second.min(59)) * US_PER_SECOND + micro;
        match checked(i128::from(midnight) + i128::from(later)) {
            Ok(local) => local,
            Err(_) => return Ok(Reading::failed(unparsed(), spans, shape)),
        }
    };
    let Some(value) = utc(local, &zone_used) else {
        return Ok(Reading::failed(unparsed(), spans, shape));
    };
    Ok(Reading {
        value: Some(value),
        problem: None,
        assumed,
        spans,
        shape,
        precision: Some(clock.precision),
    })
}

/// The clock time that tells the date's time of day (the date's span): the text's first one,
/// or, when that one stands before the date and is another thing's (a programme's hour in its
/// name: "Dawn Show 6am  KXYZ  March 8, 2023 6:00am-7:00am EST"), the first one after the date;
/// `spans` holds the span of the one kept, if any. Python's `_date_clock`.
fn date_clock(
    text: &Indexed,
    date: (usize, usize),
    told: Clock,
    spans: &mut Vec<(usize, usize)>,
    marks: Marks,
    digits: bool,
    g: &Grammar,
) -> Result<Option<Clock>, TimeError> {
    if tells_time_of(text, date, &told, g)? {
        return Ok(Some(told));
    }
    spans.clear();
    if told.start > date.0 {
        return Ok(None);
    }
    let after = Indexed::new(mask_all(text.as_str(), &[(0, date.1)]));
    match clock(&after, Some(date), spans, marks, digits, g)? {
        Some(later) if tells_time_of(text, date, &later, g)? => Ok(Some(later)),
        _ => {
            spans.clear();
            Ok(None)
        }
    }
}

/// How many words of letters part a record's year from its day (see `year_joins`).
const CLAUSE_WORDS: usize = 3;

/// Whether a year standing apart from a yearless date (its span) is that date's: past a clock
/// time, a zone, a weekday or a joining word ("Wed Aug 05 12:00:00 EDT 2015"), not past a
/// clause of three words or more, a record's year in a sentence ("9 марта самая высокая
/// температура была в 1990 году": the year the warmest 9 March fell in, no day the page
/// prints). Python's
/// `_year_joins`.
fn year_joins(
    text: &Indexed,
    date: (usize, usize),
    lone: &Found,
    g: &Grammar,
) -> Result<bool, TimeError> {
    let gap = if date.0 < lone.start() {
        text.slice(date.1, lone.start())
    } else {
        text.slice(lone.end(), date.0)
    };
    let rest = g.noise_word.replace_all(gap, " ")?;
    let mut words = 0;
    let mut inside = false;
    for c in rest.chars() {
        let letter = is(c, L);
        words += usize::from(letter && !inside);
        inside = letter;
    }
    Ok(words < CLAUSE_WORDS)
}

/// Whether a clock time tells the time of day of the segment's date (its span): next to it,
/// or apart from it only by punctuation, a bar or a dash, a weekday, a joining word ("at",
/// "в", "года"), the zone of the clock before the date ("16:00 CET, 8 November 2025") or a
/// line break (a date's line completed by a clock time alone). A clock time past other words
/// is another thing's: a fixture's kick-off under the day's heading. Python's `_tells_time_of`.
fn tells_time_of(
    text: &Indexed,
    date: (usize, usize),
    clock: &Clock,
    g: &Grammar,
) -> Result<bool, TimeError> {
    let (gap_start, gap_end) = if date.0 < clock.start {
        (date.1, clock.start)
    } else {
        (clock.end, date.0)
    };
    let gap = text.slice(gap_start, gap_end);
    if gap.contains('\n') || gap.trim_matches(is_space) == "t" {
        return Ok(true);
    }
    let mut rest = gap;
    if let Some(zone) = g.zone_after.match_at(text, gap_start)? {
        if zone.end() <= gap_end {
            rest = text.slice(zone.end(), gap_end);
        }
    }
    Ok(word_count(&g.noise_word.replace_all(rest, " ")?) == 0)
}

/// What a date match says: year, month and day where known, or two numbers whose order the
/// language decides (05.06.2024).
struct DateParts {
    year: Option<i64>,
    month: Option<i64>,
    day: Option<i64>,
    order_free: Option<(i64, i64)>,
}

/// Whether the date ending at `end` opens a span of days: another date right after it past a
/// dash or a tilde, at most three spaces on each side ("jan. 10 - feb. 29, 2020";
/// "2024.03.04 ~ 2024.03.29"), an exhibition's or an application's run, not a stamp. Python's
/// `_opens_a_span`.
fn opens_a_span(text: &Indexed, end: usize, marks: Marks, g: &Grammar) -> Result<bool, TimeError> {
    let chars: Vec<char> = text.slice(end, text.len()).chars().collect();
    // past at most three spaces from `at`
    let past_spaces = |at: usize| {
        at + chars[at..]
            .iter()
            .take(3)
            .take_while(|&&c| is_space(c))
            .count()
    };
    let at = past_spaces(0);
    if at >= chars.len() || !matches!(chars[at], '-' | '~' | '〜') {
        return Ok(false);
    }
    let at = past_spaces(at + 1);
    let rest = Indexed::new(chars[at..].iter().collect());
    Ok(date_match(&rest, marks, has_decimal(rest.as_str()), g)?
        .is_some_and(|(_, following)| following.start() == 0))
}

/// The span of the date's short copy glued right after it, of the same day, read with it once:
/// "14 февраля14 фев", a card's long and short forms run together; none otherwise. Python's
/// `_glued_copy`.
fn glued_copy(
    text: &Indexed,
    kind: Kind,
    found: &Found<'_>,
    g: &Grammar,
) -> Result<Option<(usize, usize)>, TimeError> {
    let Some(day) = found.group("d").filter(|_| kind == Kind::MonthDate) else {
        return Ok(None);
    };
    let copy = g.month_date.match_at(text, found.end())?;
    Ok(copy
        .filter(|copy| copy.group("d") == Some(day))
        .map(|copy| copy.span()))
}

/// Where the leftmost date the grammar reads in a prepared line stands, or None (Python's
/// `date_span`).
pub fn date_span(line: &Line) -> Result<Option<(usize, usize)>, TimeError> {
    let digits = has_decimal(line.low.as_str());
    if !digits {
        return Ok(None);
    }
    Ok(date_match(&line.low, line.marks, digits, grammar())?.map(|(_, found)| found.span()))
}

/// The leftmost date of the text, trying only the patterns whose marks it holds (and none
/// without `digits`, a number in the text).
fn date_match<'t>(
    text: &'t Indexed,
    marks: Marks,
    digits: bool,
    g: &Grammar,
) -> Result<Option<(Kind, Found<'t>)>, TimeError> {
    let raw = text.as_str();
    let separated = digits
        && (raw.contains('-')
            || raw.contains('.')
            || raw.contains('/')
            || raw.contains(',')
            || raw.contains(':'))
        && separated_digits().is_match(raw)?; // not the dots of "p.m." alone
    let korean = digits && (after_number(raw, '월', 3) || after_number(raw, '月', 3));
    let month = digits && marks.has(Marks::MONTH);
    leftmost(
        text,
        [
            (Kind::Date, &g.date, separated),
            (Kind::NumericDate, &g.numeric_date, separated),
            (Kind::KoreanDate, &g.korean_date, korean),
            (Kind::MonthDate, &g.month_date, month),
        ],
    )
}

/// Year, month and day of a date match, or its two numbers of open order.
fn date_parts(kind: Kind, found: &Found<'_>, g: &Grammar) -> DateParts {
    let mut year_digits = found.group("y");
    let (mut month, mut day, mut order_free) = (None, None, None);
    match kind {
        Kind::MonthDate => match found.group("mon") {
            None => {
                let name = key(found.group("mon2").unwrap_or(""));
                month = g.months.get(name.trim_end_matches('.')).copied();
                day = Some(int(found.group("d2").unwrap_or("")));
                year_digits = found.group("y2");
            }
            Some(name) => {
                let name = key(name);
                month = g.months.get(name.trim_end_matches('.')).copied();
                day = Some(int(found.group("d").unwrap_or("")));
            }
        },
        Kind::NumericDate => {
            order_free = Some((
                int(found.group("a").unwrap_or("")),
                int(found.group("b").unwrap_or("")),
            ));
        }
        _ => {
            month = Some(int(found.group("m").unwrap_or("")));
            day = Some(int(found.group("d").unwrap_or("")));
        }
    }
    DateParts {
        year: year_digits.map(printed_year),
        month,
        day,
        order_free,
    }
}

/// The earliest (then longest) match of several patterns; a pattern not wanted is skipped.
/// Once one is found, the patterns after it are tried only where a match would start as
/// early: one starting later cannot win.
fn leftmost<'t, const N: usize>(
    text: &'t Indexed,
    patterns: [(Kind, &Pattern, bool); N],
) -> Result<Option<(Kind, Found<'t>)>, TimeError> {
    let mut best: Option<(Kind, Found<'t>)> = None;
    for (kind, pattern, wanted) in patterns {
        if !wanted {
            continue;
        }
        let last = best.as_ref().map_or(usize::MAX, |(_, best)| best.start());
        let mut next = pattern.search_starting_by(text, 0, last)?;
        while let Some(found) = next
            .as_ref()
            .filter(|found| ends_a_number(text, kind, found) || opens_a_name(text, kind, found))
        {
            next = pattern.search_starting_by(text, found.end(), last)?;
        }
        let Some(found) = next else {
            continue;
        };
        let better = match &best {
            None => true,
            Some((_, best)) => {
                found.start() < best.start()
                    || (found.start() == best.start() && found.end() > best.end())
            }
        };
        if better {
            best = Some((kind, found));
        }
    }
    Ok(best)
}

/// Whether a date printed with hyphens, day and month as numbers, is the end of a longer
/// number: digits run on before it, across at most a few spaces, brackets or hyphens (a
/// document's number "412-05-03-2025", a telephone's "(83150) 2-11-37"), but for a clock
/// time's ("09:15 22-10-2019"). Python's `hyphened.ends_a_number`.
fn ends_a_number(text: &Indexed, kind: Kind, found: &Found<'_>) -> bool {
    if kind != Kind::NumericDate || found.group("sep") != Some("-") {
        return false;
    }
    let mut at = found.start();
    let mut skipped = 0;
    while let Some(before) = at.checked_sub(1).and_then(|previous| text.at(previous)) {
        if is_decimal(before) {
            return !ends_a_clock(text, at - 1);
        }
        if skipped == NUMBER_GAP || !(is_space(before) || "()+-".contains(before)) {
            return false;
        }
        skipped += 1;
        at -= 1;
    }
    false
}

/// Whether a date printed with hyphens, day and month as numbers, opens a longer name: a
/// hyphen and a word run on after it (an image file's "14-08-21-view-of-the-pier"). A date
/// stands apart from the words after it; what it opens is no date. Python's `hyphened.opens_a_name`.
fn opens_a_name(text: &Indexed, kind: Kind, found: &Found<'_>) -> bool {
    if kind != Kind::NumericDate || found.group("sep") != Some("-") {
        return false;
    }
    text.at(found.end()) == Some('-') && text.at(found.end() + 1).is_some_and(|c| is(c, L))
}

/// Whether the digit at `last` is a clock time's last: a digit and a colon before it ("09:15").
fn ends_a_clock(text: &Indexed, last: usize) -> bool {
    last >= 2 && text.at(last - 1).is_some_and(is_decimal) && text.at(last - 2) == Some(':')
}

/// How many spaces, brackets or hyphens may stand between a number and the date it would end.
const NUMBER_GAP: usize = 3;

/// Whether a clock time of the day's 24 hours, no half-day word, stands before the date
/// (`_clock_first`): the day-first order's way of printing both ("14:22 12/02/2014"), not
/// the month-first's ("12/02/2014 2:22 PM").
fn clock_first(text: &Indexed, clock: Option<&Clock>, date_start: usize) -> bool {
    clock.is_some_and(|clock| {
        clock.end <= date_start && !text.slice(clock.start, clock.end).chars().any(|c| is(c, L))
    })
}

/// A printed year; two digits mean 1970-2069, as newspapers of either century used them.
fn printed_year(digits: &str) -> i64 {
    let digits = digits.trim_start_matches('\'');
    let value = int(digits);
    if digits.chars().count() == 2 {
        return value + if value < 70 { 2000 } else { 1900 };
    }
    value
}

/// Whether a mark follows a decimal digit with at most `spaces` white-space characters
/// between ("3 시", "7월", "10h30", "12:"), as the patterns of a Korean date, a clock time
/// and an hour mark need.
fn after_number(raw: &str, mark: char, spaces: usize) -> bool {
    raw.match_indices(mark).any(|(at, _)| {
        let mut before = raw[..at].chars().rev();
        let mut skipped = 0;
        loop {
            match before.next() {
                Some(c) if skipped < spaces && is_space(c) => skipped += 1,
                Some(c) => return is_decimal(c),
                None => return false,
            }
        }
    })
}

/// Whether a bare hour may be in the text: a digit, then within four characters a letter a
/// half-of-day word or "час" starts with (a looser test than the pattern's own).
fn may_hold_bare_hour(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars.iter().enumerate().any(|(i, &c)| {
        is_decimal(c)
            && chars[i + 1..]
                .iter()
                .take(4)
                .any(|c| matches!(c, 'a' | 'p' | 'у' | 'в' | 'н' | 'ч'))
    })
}

/// The clock time of the text (its half of the day read), with its span added to `spans`;
/// without `digits` (a number in the text) only a clock word ("noon") is looked for.
fn clock(
    text: &Indexed,
    date_span: Option<(usize, usize)>,
    spans: &mut Vec<(usize, usize)>,
    marks: Marks,
    digits: bool,
    g: &Grammar,
) -> Result<Option<Clock>, TimeError> {
    let raw = text.as_str();
    let found = leftmost(
        text,
        [
            (
                Kind::Time,
                &g.time,
                digits && (after_number(raw, ':', 1) || after_number(raw, '：', 1)),
            ),
            (
                Kind::HourMark,
                &g.hour_mark,
                digits && after_number(raw, 'h', 0),
            ),
            (
                Kind::KoreanTime,
                &g.korean_time,
                digits && after_number(raw, '시', 3),
            ),
            (
                Kind::BareHour,
                &g.bare_hour,
                marks.has(Marks::HALF_DAY) && may_hold_bare_hour(raw),
            ),
        ],
    )?;
    let masked;
    let found = match (found, date_span) {
        (Some(found), _) => Some(found),
        (None, Some(date)) => {
            masked = Indexed::new(mask_all(raw, &[date]));
            g.dotted_time
                .search(&masked, 0)?
                // the date's period's closing day (see `periods`), no clock time
                .filter(|found| !closes_a_period(text, date, found.span()))
                .map(|found| (Kind::DottedTime, found))
        }
        (None, None) => None,
    };
    let Some((kind, found)) = found else {
        if !marks.has(Marks::CLOCK) {
            return Ok(None);
        }
        let Some(word) = g.clock_word.search(text, 0)? else {
            return Ok(None);
        };
        spans.push(word.span());
        let hour = g
            .clock_words
            .get(&key(word.group("w").unwrap_or("")))
            .copied()
            .unwrap_or(0);
        return Ok(Some(Clock {
            hour,
            minute: 0,
            second: 0,
            micro: 0,
            start: word.start(),
            end: word.end(),
            precision: "minute",
        }));
    };
    let mut hour = int(found.group("H").or(found.group("H2")).unwrap_or(""));
    let minute = found.group("M").map_or(0, int);
    let printed_seconds = match kind {
        Kind::Time | Kind::KoreanTime => found.group("S"),
        _ => None,
    };
    let second = printed_seconds.map_or(0, int);
    let micro = match found.group("F") {
        Some(fraction) if !fraction.is_empty() => {
            let digits: String = fraction.chars().chain("000000".chars()).take(6).collect();
            int(&digits)
        }
        _ => 0,
    };
    let (mut start, mut end) = found.span();
    let mut afternoon: Option<bool> = None;
    if marks.has(Marks::MERIDIEM) {
        if let Some(after) = g.meridiem_after.match_at(text, end)? {
            afternoon = g
                .meridiems
                .get(&key(after.group("ap").unwrap_or("")))
                .copied();
            end = after.end();
        } else {
            let head = Indexed::new(text.slice(0, start).to_string());
            if let Some(before) = g.meridiem_before.search(&head, start.saturating_sub(12))? {
                afternoon = g
                    .meridiems
                    .get(&key(before.group("ap").unwrap_or("")))
                    .copied();
                start = before.start();
            }
        }
    }
    if let Some(pm) = afternoon {
        if (1..=12).contains(&hour) {
            hour = hour % 12 + if pm { 12 } else { 0 };
        }
    }
    spans.push((start, end));
    Ok(Some(Clock {
        hour,
        minute,
        second,
        micro,
        start,
        end,
        precision: if printed_seconds.is_some() {
            "second"
        } else {
            "minute"
        },
    }))
}
