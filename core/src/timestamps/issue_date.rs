//! An issue's date: the day a numbered issue or clipping prints beside its number, for a page
//! whose other lines state no publication time (mirrors `normalize/timestamps/issue_date.py`).
//!
//! A weekly's question page closes its source line with the issue's number and day, a paper's
//! page its paragraphs with them, a press digest its breadcrumb with the clipping's day and
//! number. Number and day close the line together: a day cited in the middle of a sentence
//! beside a decree's number is another document's.
//!
//! An issue without a number names its day in a heading that opens a line: one word, "от"
//! ("of") and the day, closed by a full stop or the line's end ("Выпуск от 3 февраля 2022г.
//! Переправа. …", a broadcast's clip page).
//!
//! An e-paper's page prints the issue's day over the print page's number ("Tuesday, March 12,
//! 2002" / "Page 1"), however far above the headline: the page's own day, no today widget.
//!
//! A page whose only date is a day alone a few lines over its headline, with no weekday and at
//! most a label's word beside it ("2023년 12월 17일" over a section's name, a menu and the
//! title; "День: 05.11.2019"), prints the article's day there: a today widget names the
//! weekday, and a file name or a widget's sentence carries more words.
//!
//! A date on one of the two lines with text under the headline, its writer's name after "by"
//! right after it ("Tuesday, March 16, 2021 by Wren Abernathy"), is the byline's: the article's
//! day, as though labelled, however many dated items the story lists below it.

use std::sync::OnceLock;

use super::datelines::{line_starts, Dateline, FALLBACK_RANK, HEAD_BELOW};
use super::grammar::grammar;
use super::lines::{lines_under, prepare, Context, Line, Reading, Settings};
use super::pattern::Pattern;
use super::pychars::{is_space, split, Indexed};
use super::reading::read_segment;
use super::TimeError;
use crate::segment::chars::{self, L};

/// An issue's number: "№ 14", "No. 212", "no.47" (in small letters only with its dot),
/// "제318호" (the Korean "issue no. …").
fn number() -> &'static Pattern {
    static NUMBER: OnceLock<Pattern> = OnceLock::new();
    NUMBER.get_or_init(|| Pattern::new(r"(?:№|\bNo\.?|\bno\.) ?[0-9]+\b|제 ?[0-9]+ ?호"))
}

/// A heading that names its issue's day: one capitalised word and "от" opening the line.
fn dated_heading() -> &'static Pattern {
    static HEADING: OnceLock<Pattern> = OnceLock::new();
    HEADING.get_or_init(|| Pattern::new(r"\p{Lu}\p{Ll}+ от (?=\d)"))
}

/// What closes that day: a year's mark, then a full stop before a capital or the line's end.
fn year_mark() -> &'static Pattern {
    static MARK: OnceLock<Pattern> = OnceLock::new();
    MARK.get_or_init(|| {
        let s = super::grammar::space();
        Pattern::new(&format!(r"{s}?(?:года|г)(?!\p{{L}})"))
    })
}

fn stop_before_capital() -> &'static Pattern {
    static STOP: OnceLock<Pattern> = OnceLock::new();
    STOP.get_or_init(|| {
        let s = super::grammar::space();
        Pattern::new(&format!(r"\.(?={s}*(?:\p{{Lu}}|\z))"))
    })
}

/// What may stand between the number and its day, or close the line after them; a capital I
/// among them is a bar a masthead types as a letter ("no.47 I 2022.03.24").
const BETWEEN: [char; 11] = [' ', '<', '>', '|', '/', ',', '·', '–', '—', '-', 'I'];
const CLOSERS: [char; 6] = [' ', '.', ')', ']', '>', '|'];
/// The word "of" a Russian issue's number may take before its day ("№418 от 9 сентября 2016").
const OF: [char; 3] = ['о', 'т', ' '];
/// The lines above the headline that its head takes (see `choice`); a page without a headline
/// is read whole.
const HEAD_ABOVE: usize = 3;
/// A print page's number, as an e-paper's page header prints it: "Page 1", at most four digits.
const PAGE_WORD: &str = "page";
const PAGE_DIGITS: usize = 4;
/// The page's only date is its article's this many lines over the headline at most (a
/// section's name and a menu between), with at most this many words beside it (a label's).
const LONE_REACH: usize = 4;
const LONE_WORDS: usize = 1;

/// A word of a line: letters and digits.
fn word() -> &'static Pattern {
    static WORD: OnceLock<Pattern> = OnceLock::new();
    WORD.get_or_init(|| Pattern::new(r"[\p{L}\d]+"))
}

/// A digit: a word with one ("2023년", "180949") is the date's or a number, not a word beside it.
fn digit() -> &'static Pattern {
    static DIGIT: OnceLock<Pattern> = OnceLock::new();
    DIGIT.get_or_init(|| Pattern::new(r"\d"))
}

/// A day's reading and where it is in its line.
type Day = (Reading, usize, usize);

/// The day an issue's number and date close a line with, as the page's publication dateline of
/// the lowest rank: the first such line of the article's head (a few lines above the headline,
/// line `near`, to a few below it), or of the whole page when it has no headline; `None` when
/// none does. `settings.lang` is the headline's language, whose conventions a line without its
/// own follows.
pub fn issue_dateline(
    lines: &[&str],
    near: Option<usize>,
    settings: Settings,
) -> Result<Option<Dateline>, TimeError> {
    let ctx = settings.context();
    let (first, last) = match near {
        None => (0, lines.len()),
        Some(near) => (near.saturating_sub(HEAD_ABOVE), near + HEAD_BELOW + 1),
    };
    for index in first..last.min(lines.len()) {
        let mut found = issue_day(lines[index], &ctx)?;
        if found.is_none() {
            found = heading_day(lines[index], &ctx)?;
        }
        let Some((reading, start, end)) = found else {
            continue;
        };
        let offset = line_starts(&lines[..index])[index];
        return Ok(Some(Dateline::new(
            index,
            "published",
            FALLBACK_RANK,
            reading,
            offset + start,
            offset + end,
        )));
    }
    Ok(None)
}

/// The reading of the day that closes the line together with the issue's number, the day after
/// the number or the number after the day, and where the day is; `None` when the line does not
/// close so.
fn issue_day(line: &str, ctx: &Context) -> Result<Option<Day>, TimeError> {
    let text = Indexed::new(line.to_string());
    let Some(number) = number().all(&text)?.pop() else {
        return Ok(None);
    };
    let (number_start, number_end) = number.span();
    let chars: Vec<char> = line.chars().collect();
    let prepared = prepare(line)?;
    let after: String = chars[number_end..].iter().collect();
    if !after.trim_matches(CLOSERS).is_empty() {
        // the day after the number: "№ 14 05/04/2017"
        let between = chars[number_end..]
            .iter()
            .take_while(|c| BETWEEN.contains(c))
            .count();
        let mut start = number_end + between;
        if chars[start..].starts_with(&OF) {
            start += OF.len();
        }
        let found = day(&prepared, start, chars.len(), ctx)?;
        return Ok(found.filter(|(_, first, last)| {
            let rest: String = chars[*last..].iter().collect();
            *first == start && rest.trim_matches(CLOSERS).is_empty()
        }));
    }
    // the number after the day: "…, 2 марта 2022 > № 4012345"
    let before: String = chars[..number_start].iter().collect();
    let end = before.trim_end_matches(BETWEEN).chars().count();
    let found = day(&prepared, 0, end, ctx)?;
    Ok(found.filter(|(_, first, last)| *last == end && !cites(&chars[..*first])))
}

/// Whether the words before a day end as a sentence citing a document by its day and number
/// do: "of" ("от") after a word in small letters ("… постановлением от 11.12.2012 № 31"), not
/// after a paper's name ("Газета «Заречье» от 3 марта 2022 № 14"). Python's `_cites`.
fn cites(before: &[char]) -> bool {
    let before: String = before.iter().collect();
    let of: String = OF.iter().collect();
    let words: Vec<&str> = split(&before).collect();
    match words.as_slice() {
        [.., word, last] if *last == of.trim_end() => word
            .chars()
            .find(|&c| chars::is(c, L))
            .is_some_and(chars::is_lower),
        _ => false,
    }
}

/// The reading of the day a heading opening the line names ("Выпуск от 3 февраля 2022г.
/// Переправа. …"), right after its "от" and closing its sentence or line, and where the day
/// is; `None` when words go on ("Приказ от 12.05.2017 № 45 о сроках"). Python's `_heading_day`.
fn heading_day(line: &str, ctx: &Context) -> Result<Option<Day>, TimeError> {
    let text = Indexed::new(line.to_string());
    let Some(heading) = dated_heading().match_at(&text, 0)? else {
        return Ok(None);
    };
    let start = heading.end();
    let Some(found) = day(&prepare(line)?, start, text.len(), ctx)? else {
        return Ok(None);
    };
    if found.1 != start {
        return Ok(None);
    }
    let end = year_mark()
        .match_at(&text, found.2)?
        .map_or(found.2, |mark| mark.end());
    let rest = text.slice(end, text.len());
    let closed = rest.trim_matches(is_space).is_empty()
        || stop_before_capital().match_at(&text, end)?.is_some();
    Ok(closed.then_some(found))
}

/// The day read between `start` and `end` of the line, and where it is in the line: a date
/// alone, as an issue prints it (a match's number beside its day and kick-off time is an
/// event's).
fn day(line: &Line, start: usize, end: usize, ctx: &Context) -> Result<Option<Day>, TimeError> {
    let reading = read_segment(line, start, end, ctx)?;
    if reading.value.is_none() || reading.shape != "date" {
        // an issue's day has no clock time
        return Ok(None);
    }
    let first = start + reading.spans.iter().map(|span| span.0).min().unwrap_or(0);
    let last = start + reading.spans.iter().map(|span| span.1).max().unwrap_or(0);
    Ok(Some((reading, first, last)))
}

/// The positions among `datelines` of the unlabelled days (no clock time) over a print page's
/// number, the next line of text ("Harbor Standard - 2024 October 3 - Thursday" / "Page 1"), or
/// over an issue's number alone ("14 марта 2006 г." / "№ 21", a paper's masthead, the only day
/// of the page over one: a list of issues prints each issue's day over its number): an e-paper
/// page's header, the issue's day, the page's publication as though labelled. A pager's "Page 1
/// of 38" is no print page (Python's `print_page_days`).
pub fn print_page_days(datelines: &[Dateline], lines: &[&str]) -> Vec<usize> {
    let mut found = Vec::new();
    let mut issues = Vec::new();
    for (order, item) in datelines.iter().enumerate() {
        if !item.role.is_empty() || item.reading.shape != "date" {
            continue;
        }
        let Some(&below) = lines_under(lines, item.line, 1).first() else {
            continue;
        };
        let below = lines[below];
        if is_print_page(below) {
            found.push(order);
        } else if is_issue_number(below) {
            issues.push(order);
        }
    }
    if issues.len() == 1 {
        found.extend(issues);
        found.sort_unstable();
    }
    found
}

/// The position among `datelines` of the page's only readable one when it is a day alone (no
/// clock time, unlabelled) at most `LONE_REACH` lines above the headline (line `near`), its
/// line naming no weekday and holding at most `LONE_WORDS` words beside it (a month's name is
/// the date's): the article's day over its title, as though labelled (Python's
/// `lone_head_day`).
pub fn lone_head_day(
    datelines: &[Dateline],
    lines: &[&str],
    near: Option<usize>,
) -> Result<Vec<usize>, TimeError> {
    let readable: Vec<usize> = (0..datelines.len())
        .filter(|&order| datelines[order].reading.value.is_some())
        .collect();
    let (Some(near), [order]) = (near, readable.as_slice()) else {
        return Ok(Vec::new());
    };
    let item = &datelines[*order];
    let above = near.saturating_sub(item.line);
    if !item.role.is_empty() || item.reading.shape != "date" || !(1..=LONE_REACH).contains(&above) {
        return Ok(Vec::new());
    }
    let Some(line) = lines.get(item.line) else {
        return Ok(Vec::new());
    };
    let low = prepare(line)?.low;
    if grammar().weekday.is_match(low.as_str())? {
        return Ok(Vec::new());
    }
    let months = &grammar().months;
    let mut words = 0;
    for found in word().texts(low.as_str())? {
        if !digit().is_match(found)? && !months.contains_key(found) {
            words += 1;
        }
    }
    Ok(if words <= LONE_WORDS {
        vec![*order]
    } else {
        Vec::new()
    })
}

/// The lines with text under the headline where its byline stands.
const BYLINE_BELOW: usize = 2;

/// What follows a byline's date: "by" and the writer's name, a capital ("… 2021 by Wren …").
fn by_name() -> &'static Pattern {
    static BY_NAME: OnceLock<Pattern> = OnceLock::new();
    BY_NAME.get_or_init(|| Pattern::new(r"[ ,]*(?:by|By|BY)[ ]+\p{Lu}"))
}

/// The positions among `datelines` of the unlabelled ones on one of the first `BYLINE_BELOW`
/// lines with text under the headline (line `near`) that a writer's name follows after "by"
/// (see `by_name`): the byline's date, the article's, as though labelled (Python's
/// `bylined_day`).
pub fn bylined_day(
    datelines: &[Dateline],
    lines: &[&str],
    near: Option<usize>,
) -> Result<Vec<usize>, TimeError> {
    let Some(near) = near else {
        return Ok(Vec::new());
    };
    let under = lines_under(lines, near, BYLINE_BELOW);
    let mut found = Vec::new();
    for (order, item) in datelines.iter().enumerate() {
        if !item.role.is_empty() || !under.contains(&item.line) {
            continue;
        }
        let Some(last) = item.reading.spans.iter().map(|span| span.1).max() else {
            continue;
        };
        let text = Indexed::new(lines[item.line].to_string());
        if last <= text.len() && by_name().match_at(&text, last)?.is_some() {
            found.push(order);
        }
    }
    Ok(found)
}

/// Whether a line is a print page's number alone: "Page 1", "PAGE 12" (Python's
/// `_is_print_page`).
fn is_print_page(line: &str) -> bool {
    let trimmed = line.trim_matches(is_space);
    let (word, number) = trimmed.split_once(' ').unwrap_or((trimmed, ""));
    let digits = !number.is_empty()
        && number.len() <= PAGE_DIGITS
        && number.bytes().all(|byte| byte.is_ascii_digit());
    word.to_lowercase() == PAGE_WORD && digits
}

/// Whether a line is an issue's number alone, as `number()` reads one: "№ 21", "No. 212",
/// "no.47", "제318호" (Python's `_NUMBER.fullmatch`).
fn is_issue_number(line: &str) -> bool {
    let trimmed = line.trim_matches(is_space);
    let digits =
        |text: &str| text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if let Some(rest) = trimmed.strip_prefix('제') {
        let rest = rest.strip_prefix(' ').unwrap_or(rest);
        let after = &rest[digits(rest)..];
        return digits(rest) > 0 && matches!(after, "호" | " 호");
    }
    let rest = if let Some(rest) = trimmed.strip_prefix('№') {
        rest
    } else if let Some(rest) = trimmed.strip_prefix("No") {
        rest.strip_prefix('.').unwrap_or(rest)
    } else if let Some(rest) = trimmed.strip_prefix("no.") {
        rest
    } else {
        return false;
    };
    let rest = rest.strip_prefix(' ').unwrap_or(rest);
    !rest.is_empty() && digits(rest) == rest.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbers(line: &str) -> Vec<String> {
        let text = Indexed::new(line.to_string());
        let found = number().all(&text).unwrap();
        found.iter().map(|one| one.text().to_string()).collect()
    }

    #[test]
    fn an_issue_s_number_is_a_sign_and_digits() {
        assert_eq!(numbers("Еженедельник «Вести» № 14 05/04/2017"), ["№ 14"]);
        assert_eq!(numbers("Bayside Ledger No. 212, May 3"), ["No. 212"]);
        assert_eq!(numbers("…읽는다.<제741호> 19-03-07"), ["제741호"]);
        assert_eq!(numbers("weekly letter no.47 I 2022.03.24"), ["no.47"]);
    }

    #[test]
    fn other_letters_and_digits_are_not() {
        assert!(numbers("Nov 3, 2022 Nobody 12 N 431").is_empty());
        assert!(numbers("Room No12b").is_empty());
        assert!(numbers("there were no 12 boats").is_empty());
    }

    #[test]
    fn an_issue_s_number_alone_fills_its_line() {
        assert!(is_issue_number("№ 21") && is_issue_number(" No. 212 "));
        assert!(is_issue_number("no.47") && is_issue_number("제318호"));
        assert!(!is_issue_number("№ 21, 3 марта") && !is_issue_number("Nov 3"));
        assert!(!is_issue_number("no 12") && !is_issue_number("№"));
    }
}
