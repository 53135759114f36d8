//! The headline's own date: the day its line prints set apart from its words, for a page whose
//! other lines state no publication time (mirrors `normalize/timestamps/headline_date.py`).
//!
//! A video mirror's clip title carries its programme's broadcast day, a scraped weekly's
//! title opens with its day, a board's title row closes with it, a clipping's citation ends
//! its line, a TV archive's programme line prints its air time. A date that is one of the
//! headline's words ("… on the roads for 3 June 2024", "Tour 2019 (14-30 June)") is a thing's
//! day, not the page's.

use super::datelines::{line_starts, Dateline, FALLBACK_RANK};
use super::lines::{context, prepare};
use super::pychars::rstrip;
use super::reading::read_segment;
use super::zones::{PagePlaces, Zone};
use super::TimeError;

/// What may stand before a date that opens the headline's line, or after one that closes it.
const OPENERS: [char; 3] = [' ', '[', '('];
const CLOSERS: [char; 5] = [' ', '.', '|', ')', ']'];
/// What sets a closing date apart from the headline's words: "…, 18 March 2021".
const SEPARATORS: [char; 7] = [',', '|', '-', '–', '—', '/', ':'];

/// The date that the headline's line (`lines[index]`) prints set apart from its words, as the
/// page's publication dateline of the lowest rank; `None` when it prints none. Set apart: it
/// opens the line, or closes it after a separator (a date and time, or a machine's year-first
/// day, after a word too), or stands within brackets of its own beside a programme's or an
/// outlet's name. `lang` is the headline's language, whose conventions the date follows.
pub fn headline_dateline(
    lines: &[&str],
    index: usize,
    zone: Option<Zone>,
    zone_name: Option<&str>,
    now: Option<i64>,
    lang: Option<&str>,
) -> Result<Option<Dateline>, TimeError> {
    let Some(&line) = lines.get(index) else {
        return Ok(None);
    };
    let ctx = context(zone, zone_name, now, lang, PagePlaces::of(None));
    let chars: Vec<char> = line.chars().collect();
    let reading = read_segment(&prepare(line)?, 0, chars.len(), &ctx)?;
    if reading.value.is_none() || !matches!(reading.shape, "date" | "full") {
        return Ok(None);
    }
    let first = reading.spans.iter().map(|span| span.0).min().unwrap_or(0);
    let last = reading.spans.iter().map(|span| span.1).max().unwrap_or(0);
    if last > chars.len() || !set_apart(&chars, first, last, reading.shape == "full") {
        return Ok(None);
    }
    let offset = line_starts(&lines[..index])[index];
    Ok(Some(Dateline {
        line: index,
        role: "published",
        rank: FALLBACK_RANK,
        reading,
        start: offset + first,
        end: offset + last,
    }))
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
