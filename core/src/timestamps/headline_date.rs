//! The headline's own date: the day its line prints set apart from its words, for a page whose
//! other lines state no publication time (mirrors `normalize/timestamps/headline_date.py`).
//!
//! A video mirror's clip title carries its programme's broadcast day, a scraped weekly's
//! title opens with its day, a board's title row closes with it, a clipping's citation ends
//! its line, a TV archive's programme line prints its air time, a page scraped onto one line
//! prints it between its headline and its byline. A date that is one of the headline's words
//! ("… on the roads for 3 June 2024", "Tour 2019 (14-30 June)") is a thing's day, not the
//! page's.
//!
//! A blog's archive by date prints the path to a post over its title, the year, the month and
//! the day each a crumb of the trail ("Главная » 2016»Апрель»9 » …", "Home > 2016 > 04 > 09 >
//! …"), and its clock time alone on the line under the title: the post's day and time.
//!
//! A theme may print the headline again on one of the first lines under it with the day closing
//! it ("Church bulletins and what they tell October 24, 2021"), or opening it, glued to it or
//! not, over a photograph's caption ("14.05.2020Pier reopens. Photo: archive"): that day is the
//! page's, as the echo of the headline sets it apart from the words.
//!
//! A page may print its day compact, year, month and day run together, alone on a line under
//! its headline or its byline ("20230829", "- 230314"): the article's day, as though labelled
//! (a today widget's date over the headline is not), unless the line over the digits closes
//! with a number's sign or label ("Case No." / "- 120314": a case's number).
//!
//! A briefing's page may print its clock time alone on the line over a headline that closes
//! with its place and day ("11:47" over "Briefing by the press secretary, Moscow, March 5,
//! 2025"): the day's time, read in the zone of the city the headline's dateline names; over a
//! headline naming no such city the clock is another thing's (a video's length over its title).

use std::sync::OnceLock;

use super::datelines::{line_starts, Dateline, FALLBACK_RANK, LABEL_RANK};
use super::lines::{lines_under, prepare, Context, PageZones, Reading, Settings};
use super::mastheads::town_zones;
use super::pattern::Pattern;
use super::pychars::{is_space, rstrip, split, Indexed};
use super::reading::read_segment;
use super::TimeError;
use crate::segment::chars::{self, L, LU};

/// What may stand before a date that opens the headline's line, or after one that closes it.
const OPENERS: [char; 3] = [' ', '[', '('];
const CLOSERS: [char; 5] = [' ', '.', '|', ')', ']'];
/// A date's parts with this many words between two of them are the headline's words, not one
/// date: "2021 Spring fair on the green, 4 April" holds a year and a day of its own.
const SCATTERED_WORDS: usize = 3;
/// What sets a closing date apart from the headline's words: "…, 18 March 2021".
const SEPARATORS: [char; 7] = [',', '|', '-', '–', '—', '/', ':'];

/// The date that the headline's line (`lines[index]`) prints set apart from its words, as the
/// page's publication dateline of the lowest rank; `None` when it prints none. Set apart: it
/// opens the line, or closes it after a separator (a date and time, or a machine's year-first
/// day, after a word too), or stands within brackets of its own beside a programme's or an
/// outlet's name, or the headline (`title`) ends right before it, cut there from the words
/// after the date (a byline). `settings.lang` is the headline's language, whose conventions
/// the date follows.
pub fn headline_dateline(
    lines: &[&str],
    index: usize,
    title: &str,
    settings: Settings,
) -> Result<Option<Dateline>, TimeError> {
    let Some(&line) = lines.get(index) else {
        return Ok(None);
    };
    let ctx = settings.context();
    let chars: Vec<char> = line.chars().collect();
    let reading = match after_title(line, title, &ctx)? {
        Some(reading) => reading,
        None => read_segment(&prepare(line)?, 0, chars.len(), &ctx)?,
    };
    if reading.value.is_none() || !matches!(reading.shape, "date" | "full") {
        return Ok(None);
    }
    let first = reading.spans.iter().map(|span| span.0).min().unwrap_or(0);
    let last = reading.spans.iter().map(|span| span.1).max().unwrap_or(0);
    if last > chars.len() || scattered(&chars, &reading.spans) {
        return Ok(None);
    }
    let before: String = chars[..first].iter().collect();
    let cut = !title.is_empty() && rstrip(&before).ends_with(title);
    if !cut && !set_apart(&chars, first, last, reading.shape == "full") {
        return Ok(None);
    }
    let mut reading = reading;
    if reading.shape == "date" {
        if let Some(clock) = clock_over(lines, index)? {
            let date: String = chars[first..last].iter().collect();
            if let Some(timed) = timed(&date, clock, &before, settings)? {
                reading = timed;
            }
        }
    }
    let offset = line_starts(&lines[..index])[index];
    Ok(Some(Dateline::new(
        index,
        "published",
        FALLBACK_RANK,
        reading,
        offset + first,
        offset + last,
    )))
}

/// The date right after the headline (`title`) that opens the line, glued to its last word or
/// after spaces, with its spans placed on the whole line; `None` when the line does not open
/// with the headline or no date follows it at once. Read apart from the headline's words,
/// which may name a day of their own first ("3 June: fair opens on the green14.05.2024").
fn after_title(line: &str, title: &str, ctx: &Context) -> Result<Option<Reading>, TimeError> {
    let Some(rest) = line.strip_prefix(title) else {
        return Ok(None);
    };
    if title.is_empty() || rest.chars().all(is_space) {
        return Ok(None);
    }
    let skip = title.chars().count();
    let opening = rest.chars().take_while(|&c| is_space(c)).count();
    let reading = read_segment(&prepare(line)?, skip, line.chars().count(), ctx)?;
    if reading.value.is_none() || reading.spans.is_empty() {
        return Ok(None);
    }
    if reading.spans.iter().map(|span| span.0).min() != Some(opening) {
        return Ok(None);
    }
    let spans = reading
        .spans
        .iter()
        .map(|&(start, end)| (start + skip, end + skip))
        .collect();
    Ok(Some(Reading { spans, ..reading }))
}

/// The clock time alone on the line with text right over the headline's line
/// (`lines[index]`): a briefing's time over its headline's day; `None` when that line holds
/// anything else.
fn clock_over<'a>(lines: &[&'a str], index: usize) -> Result<Option<&'a str>, TimeError> {
    let above = lines[..index.min(lines.len())]
        .iter()
        .rev()
        .map(|line| line.trim_matches(is_space))
        .find(|line| !line.is_empty())
        .unwrap_or("");
    Ok(lone_clock().is_match(above)?.then_some(above))
}

/// The headline's day (`date`) at a clock time printed apart from it, in the zone of the city
/// its dateline names right before the day (`before`, between commas: "…, Moscow, "), one of
/// the dateline or home cities; `None` when no such city names the day's place (a video's
/// length over its title, "04:12" over "Council meeting, March 5, 2025") or the two read as
/// no date and time.
fn timed(
    date: &str,
    clock: &str,
    before: &str,
    settings: Settings,
) -> Result<Option<Reading>, TimeError> {
    let Some(city) = dateline_city(before).and_then(|city| town_zones().get(&city)) else {
        return Ok(None);
    };
    let ctx = settings.context();
    let zones = PageZones {
        dateline_zone: Some(city.clone()),
        ..PageZones::default()
    };
    let _ = ctx.page_zones.set(zones);
    let text = format!("{date} {clock}");
    let timed = read_segment(&prepare(&text)?, 0, text.chars().count(), &ctx)?;
    Ok((timed.value.is_some() && timed.shape == "full").then_some(timed))
}

/// The city a dateline names closing the headline's words before its day, between commas
/// ("…, Moscow, "), in small letters: a capital, then letters, full stops, apostrophes,
/// spaces and hyphens.
fn dateline_city(before: &str) -> Option<String> {
    let rest = before.trim_end_matches(' ').strip_suffix(',')?;
    let (_, city) = rest.rsplit_once(',')?;
    let city = city.trim_matches(' ');
    let opens = city.chars().next().is_some_and(|c| chars::is(c, LU));
    let named = city
        .chars()
        .all(|c| chars::is(c, L) || matches!(c, '.' | '\'' | ' ' | '-'));
    (opens && named).then(|| chars::lower(city))
}

/// The lines with text under the headline where its echo with a day stands.
const ECHO_BELOW: usize = 3;

/// The date closing one of the first lines with text under the headline's line (`lines[index]`)
/// that prints the headline (`title`) again right before it, word for word, or opening one that
/// prints it right after it (`opening_day`), as the page's publication dateline of the lowest
/// rank; `None` when no line echoes the headline so. `settings.lang` is the headline's
/// language, whose conventions the date follows.
pub fn echo_dateline(
    lines: &[&str],
    index: usize,
    title: &str,
    settings: Settings,
) -> Result<Option<Dateline>, TimeError> {
    if title.is_empty() {
        return Ok(None);
    }
    for at in lines_under(lines, index, ECHO_BELOW) {
        let offset = line_starts(&lines[..at])[at];
        if !lines[at].trim_start_matches(is_space).starts_with(title) {
            if let Some(opening) = opening_day(lines[at], title, &settings.context())? {
                let first = opening.spans.iter().map(|span| span.0).min().unwrap_or(0);
                let last = opening.spans.iter().map(|span| span.1).max().unwrap_or(0);
                return Ok(Some(Dateline::new(
                    at,
                    "published",
                    FALLBACK_RANK,
                    opening,
                    offset + first,
                    offset + last,
                )));
            }
            continue;
        }
        let Some(found) = headline_dateline(lines, at, title, settings)? else {
            continue;
        };
        let before: String = lines[at].chars().take(found.start - offset).collect();
        if before.trim_matches(is_space) == title {
            return Ok(Some(found));
        }
    }
    Ok(None)
}

/// What may stand between a day opening a line and the headline's copy after it: spaces, a dash
/// or a bar ("14.05.2020 | Pier reopens").
const COPY_MARKS: [char; 5] = [' ', '-', '–', '—', '|'];

/// The date that opens the line right before the headline (`title`) printed again after it,
/// glued to it, spaced or set apart by a dash or a bar ("14.05.2020Pier reopens. Photo:
/// archive", a photograph's caption repeating the headline under its day); `None` when the line
/// holds no copy of the headline or anything else stands before it (Python's `_opening_day`).
fn opening_day(line: &str, title: &str, ctx: &Context) -> Result<Option<Reading>, TimeError> {
    let Some(at) = line.find(title).filter(|&at| at > 0) else {
        return Ok(None);
    };
    let head = &line[..at];
    let chars: Vec<char> = head.chars().collect();
    let reading = read_segment(&prepare(head)?, 0, chars.len(), ctx)?;
    if reading.value.is_none() || !matches!(reading.shape, "date" | "full") {
        return Ok(None);
    }
    let (Some(first), Some(last)) = (
        reading.spans.iter().map(|span| span.0).min(),
        reading.spans.iter().map(|span| span.1).max(),
    ) else {
        return Ok(None);
    };
    if last > chars.len() {
        return Ok(None);
    }
    let before = chars[..first].iter().any(|c| !OPENERS.contains(c));
    let after = chars[last..].iter().any(|c| !COPY_MARKS.contains(c));
    Ok((!before && !after).then_some(reading))
}

/// The crumbs of an archive's trail by date: the year, the month's name or number and the day,
/// each between the trail's marks ("» 2016»Апрель»9 »", "> 2016 > 04 > 09 >").
fn dated_trail() -> &'static Pattern {
    static DATED_TRAIL: OnceLock<Pattern> = OnceLock::new();
    DATED_TRAIL.get_or_init(|| {
        Pattern::new(
            r"(?:^|[»>›])[ ]*(?P<y>(?:19|20)[0-9]{2})[ ]*[»>›][ ]*(?P<m>\p{L}+|[0-9]{1,2})[ ]*[»>›][ ]*(?P<d>[0-9]{1,2})[ ]*[»>›]",
        )
    })
}

/// A clock time alone on its line: "06:40".
fn lone_clock() -> &'static Pattern {
    static LONE_CLOCK: OnceLock<Pattern> = OnceLock::new();
    LONE_CLOCK.get_or_init(|| Pattern::new(r"^[0-2]?[0-9]:[0-5][0-9]$"))
}

/// The lines above the headline where its trail stands.
const TRAIL_ABOVE: usize = 2;

/// The day an archive's trail by date prints on one of the two lines over the headline
/// (`lines[index]`), its crumbs the year, the month and the day (see `dated_trail`), with the
/// clock time alone on the line under the headline when there is one, as the page's
/// publication dateline of the lowest rank; `None` when no trail above the headline is dated
/// so. `settings.lang` is the headline's language, whose zone the time is read in.
pub fn trail_dateline(
    lines: &[&str],
    index: usize,
    settings: Settings,
) -> Result<Option<Dateline>, TimeError> {
    let mut trail = None;
    for above in (index.saturating_sub(TRAIL_ABOVE)..index.min(lines.len())).rev() {
        let text = Indexed::new(lines[above].to_string());
        if let Some(found) = dated_trail().search(&text, 0)? {
            let (Some(year), Some(month), Some(day)) =
                (found.group("y"), found.group("m"), found.group("d"))
            else {
                continue;
            };
            let start = found.group_start("y").unwrap_or(0);
            let end = found.group_start("d").unwrap_or(0) + day.chars().count();
            trail = Some((
                above,
                year.to_string(),
                month.to_string(),
                day.to_string(),
                start,
                end,
            ));
            break;
        }
    }
    let Some((above, year, month, day, start, end)) = trail else {
        return Ok(None);
    };
    let mut text = if month.chars().all(|c| c.is_ascii_digit()) {
        format!("{year}-{month}-{day}")
    } else {
        format!("{day} {month} {year}")
    };
    let under = lines
        .get(index + 1)
        .map_or("", |line| line.trim_matches(is_space));
    if lone_clock().is_match(under)? {
        text = format!("{text} {under}");
    }
    let ctx = settings.context();
    let reading = read_segment(&prepare(&text)?, 0, text.chars().count(), &ctx)?;
    if reading.value.is_none() || !matches!(reading.shape, "date" | "full") {
        return Ok(None);
    }
    let offset = line_starts(&lines[..above])[above];
    Ok(Some(Dateline::new(
        above,
        "published",
        FALLBACK_RANK,
        reading,
        offset + start,
        offset + end,
    )))
}

/// A compact date alone on its line, a dash or a bullet at most before it: year, month and day
/// run together in eight digits, or in six with the year's last two ("20230829", "- 230314").
fn compact_day() -> &'static Pattern {
    static COMPACT_DAY: OnceLock<Pattern> = OnceLock::new();
    COMPACT_DAY.get_or_init(|| {
        Pattern::new(
            r"^(?:[-•·*][ ]*)?(?P<y>(?:19|20)[0-9]{2}|[0-9]{2})(?P<m>[0-9]{2})(?P<d>[0-9]{2})$",
        )
    })
}

/// The lines with text under the headline where its compact date stands: a byline's name and
/// its relative time may come first.
const COMPACT_BELOW: usize = 4;
/// A year of two digits is of this century below this (POSIX's %y); from it, six digits are a
/// number of another kind ("691231"): a page printed compact in the last century is rare.
const CENTURY_PIVOT: i64 = 69;
/// The signs a line closes with, and the labels that make up a line alone, when the digits
/// under it are a number of theirs (an order's, a case's: "Case No." or "Case" over
/// "- 120314"), not a day; a headline that closes with a label's word ("… lifts gag order") is
/// no label.
const NUMBER_SIGNS: [char; 2] = ['№', '#'];
const NUMBER_ABBREVIATIONS: [&str; 2] = ["no.", "nr."];
const NUMBER_LABELS: [&str; 6] = ["case", "order", "дело", "приказ", "사건", "번호"];

/// The day a compact date prints alone on one of the first lines with text under the headline
/// (`lines[index]`), year, month and day run together (see `compact_day`), as the page's
/// publication dateline, as though labelled; `None` when none of them is such a date of the
/// calendar or the line above it closes with a number's sign or label (see `numbers`), and
/// when a labelled publication time stands on one of those lines or above them (`labelled`,
/// their lines): the digits are then a number of another kind, a bylaw's; one lower on the page
/// is a teaser's. `settings.lang` is the headline's language.
pub fn compact_dateline(
    lines: &[&str],
    index: usize,
    labelled: &[usize],
    settings: Settings,
) -> Result<Option<Dateline>, TimeError> {
    let under = lines_under(lines, index, COMPACT_BELOW);
    if under
        .last()
        .is_some_and(|&last| labelled.iter().any(|&line| line <= last))
    {
        return Ok(None);
    }
    let ctx = settings.context();
    let mut above = lines[index];
    for at in under {
        let over = std::mem::replace(&mut above, lines[at]);
        let stripped = lines[at].trim_matches(is_space);
        if !stripped.ends_with(|c: char| c.is_ascii_digit()) {
            continue; // the day's digits close the line
        }
        let text = Indexed::new(stripped.to_string());
        let Some(found) = compact_day().search(&text, 0)? else {
            continue;
        };
        if numbers(over) {
            continue;
        }
        let (Some(year), Some(month), Some(day), Some(start)) = (
            found.group("y"),
            found.group("m"),
            found.group("d"),
            found.group_start("y"),
        ) else {
            continue;
        };
        let mut year: i64 = year.parse().unwrap_or(0);
        if (CENTURY_PIVOT..100).contains(&year) {
            continue;
        }
        if year < 100 {
            year += 2000;
        }
        let date = format!("{year}-{month}-{day}");
        let reading = read_segment(&prepare(&date)?, 0, date.chars().count(), &ctx)?;
        if reading.value.is_none() || reading.shape != "date" {
            continue;
        }
        let lead =
            lines[at].chars().count() - lines[at].trim_start_matches(is_space).chars().count();
        let offset = line_starts(&lines[..at])[at] + lead;
        return Ok(Some(Dateline::new(
            at,
            "published",
            LABEL_RANK,
            reading,
            offset + start,
            offset + found.end(),
        )));
    }
    Ok(None)
}

/// Whether the line closes with a number's sign ("Case No.", "Приказ №", "Ref #") or is made of
/// its labels alone ("Case", "사건 번호"), colons after it aside: the digits under it are that
/// number (Python's `_numbers`).
fn numbers(line: &str) -> bool {
    let line = line.trim_end_matches([' ', ':']).to_lowercase();
    let words: Vec<&str> = line.split_whitespace().collect();
    words.last().is_some_and(|last| {
        last.ends_with(NUMBER_SIGNS)
            || NUMBER_ABBREVIATIONS.contains(last)
            || words.iter().all(|word| NUMBER_LABELS.contains(word))
    })
}

/// Whether words of the line (`line`), three or more, stand between two of the parts a date
/// was read from (`spans`, within the line): a year opening the headline and a day among its
/// words later are two things' ("2021 Easter service set for 4 April at the cathedral"), no
/// date set apart (Python's `_scattered`).
fn scattered(line: &[char], spans: &[(usize, usize)]) -> bool {
    let mut placed = spans.to_vec();
    placed.sort_unstable();
    placed.windows(2).any(|pair| {
        let (end, start) = (pair[0].1, pair[1].0);
        let gap: String = line[end.min(start)..start].iter().collect();
        split(&gap)
            .filter(|word| word.chars().any(|c| chars::is(c, L)))
            .count()
            >= SCATTERED_WORDS
    })
}

/// Whether the date at `first`..`last` of the line opens it, closes it (see `SEPARATORS`) or
/// stands in brackets of its own (see `bracketed`).
fn set_apart(chars: &[char], first: usize, last: usize, full: bool) -> bool {
    let before: String = chars[..first].iter().collect();
    let after: String = chars[last..].iter().collect();
    if before.trim_matches(OPENERS).is_empty() {
        return true;
    }
    if after.trim_matches(CLOSERS).is_empty() {
        let separated = rstrip(&before)
            .chars()
            .next_back()
            .is_some_and(|c| SEPARATORS.contains(&c));
        return separated || full || is_iso_day(&chars[first..last]);
    }
    bracketed(&before, &after)
}

/// Whether the text around a date opens a bracket before it and closes it after it, none
/// other in between: "(HBS 2023.10.20. 금 방송)", not "Tour 2019 (14-30 June)".
fn bracketed(before: &str, after: &str) -> bool {
    let (Some(opening), Some(closing)) = (before.rfind('('), after.find(')')) else {
        return false;
    };
    !before[opening..].contains(')') && !after[..closing].contains('(')
}

/// Whether a date is a day as machines print it, year first: 2023-04-12.
fn is_iso_day(date: &[char]) -> bool {
    date.len() == 10
        && date.iter().enumerate().all(|(at, c)| match at {
            4 | 7 => *c == '-',
            _ => c.is_ascii_digit(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apart(line: &str, date: &str, full: bool) -> bool {
        let chars: Vec<char> = line.chars().collect();
        let first = line[..line.find(date).unwrap()].chars().count();
        set_apart(&chars, first, first + date.chars().count(), full)
    }

    #[test]
    fn a_date_opening_closing_or_bracketed_is_set_apart() {
        assert!(apart(
            "5/13/2022 Harbor board delays vote",
            "5/13/2022",
            false
        ));
        assert!(apart(
            "Harbor board delays vote | Ledger, 13 May 2022",
            "13 May 2022",
            false
        ));
        assert!(apart("지역 방송 출연 2022-05-13 |", "2022-05-13", false));
        assert!(apart(
            "아침 방송 (NBS 2022.05.13. 금 방송)",
            "2022.05.13.",
            false
        ));
    }

    #[test]
    fn a_date_among_the_headline_s_words_is_not() {
        assert!(!apart(
            "Fees for 13 May 2022 stay unchanged",
            "13 May 2022",
            false
        ));
        assert!(!apart("Road deaths on 13 May 2022", "13 May 2022", false));
        assert!(!bracketed("Harbor Regatta ", " (13-15 May) at the pier"));
    }
}
