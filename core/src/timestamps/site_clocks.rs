//! A site's clock at the very top of a page: its date and time of today over the headline
//! (with the day of the week), or over a page without one, is the site's, not the article's
//! time (mirrors `normalize/timestamps/site_clocks.py`).

use rustc_hash::FxHashSet;

use super::datelines::{is_story_paragraph, Dateline};
use super::grammar::grammar;
use super::labels::opens_with_line_label;
use super::lines::{lines_under, prepare};
use super::pychars::Indexed;
use super::run_on::runs_on_to_head;
use super::tickers::beside_rates;
use super::TimeError;
use crate::record_fields::is_field;
use crate::segment::chars::{self, L};

/// A site's clock stands at the very top of its page: at most this many lines of text above it
/// (a search box's label, a city's name), each of at most this many words; a line of a
/// headline's length above a date is the article's head, the date its own. Two lines of names
/// (letters alone: a channel's and its city's) may stand there, no field of metadata ("ID :").
const CLOCK_TOP: usize = 1;
const CLOCK_LABEL_WORDS: usize = 3;
const NAMES_TOP: usize = 2;

/// Whether a line is a name alone: letters and spaces, one at least (Python's `_NAME_LINE`).
fn is_name_line(line: &str) -> bool {
    !line.is_empty() && line.chars().all(|c| c == ' ' || chars::is(c, L))
}

/// The positions among `datelines` of the unlabelled dates with a clock time whose line names
/// the day of the week, at the very top of the page (at most `CLOCK_TOP` lines of text above
/// them, or `NAMES_TOP` lines of names, a label's few words each) and above the headline
/// (line `near`) or on a page without one: the site's clock of today ("Tue, March 14, 2023 |
/// 18:05", "Среда, 12 март 2025, 08:14"), not the article's time; on a page without a
/// headline, a day alone with its weekday there too, unless it heads a story (`heads_story`),
/// and above a headline a day alone with its weekday in brackets after it
/// (`weekday_in_brackets`); a date and clock time there beside a ticker's rates
/// (`beside_rates`) is the ticker's, and a modification time there with its weekday in
/// brackets, or under a line's label, the site's last update (`site_update`); an unlabelled
/// date and clock time opening the page right over the headline or a story's paragraph, its
/// weekday spelled out, is the article's (`opens_page_over_head`); a stamp whose
/// closing pipe runs on to the line right over the headline is the article's, unless that line
/// is one of the page's widgets (`widgets`, their lines; `runs_on_to_head`) (Python's
/// `site_clocks`).
pub fn site_clocks(
    datelines: &[Dateline],
    lines: &[&str],
    near: Option<usize>,
    widgets: &FxHashSet<usize>,
) -> Result<FxHashSet<usize>, TimeError> {
    let filled: Vec<usize> = (0..lines.len())
        .filter(|&index| !lines[index].is_empty())
        .collect();
    let names = filled.len() > NAMES_TOP
        && filled[..NAMES_TOP]
            .iter()
            .all(|&index| is_name_line(lines[index]));
    let reach = if names { NAMES_TOP } else { CLOCK_TOP };
    let top = filled.get(reach).copied().unwrap_or(lines.len());
    let headed: Vec<usize> = filled
        .iter()
        .copied()
        .take(reach)
        .filter(|&index| {
            let words = lines[index]
                .split(chars::is_space)
                .filter(|word| !word.is_empty());
            words.count() > CLOCK_LABEL_WORDS
        })
        .collect();
    let mut found = FxHashSet::default();
    for (order, item) in datelines.iter().enumerate() {
        if item.line > top {
            continue;
        }
        let Some(line) = lines.get(item.line) else {
            continue;
        };
        if !item.role.is_empty() && !site_update(item.role, line)? {
            continue;
        }
        let today = item.reading.shape == "date"
            && ((near.is_none() && !heads_story(lines, item.line)) || weekday_in_brackets(line)?);
        if item.reading.shape != "full" && !today {
            continue;
        }
        if headed.iter().any(|&index| index < item.line) || under_named_field(lines, item.line) {
            continue;
        }
        if near.is_some_and(|near| {
            item.line >= near || runs_on_to_head(lines, item.line, near, widgets)
        }) {
            continue;
        }
        let quoted = item.reading.shape == "full" && beside_rates(lines, item.line);
        if !quoted && opens_page_over_head(item, lines, &filled, near)? {
            continue;
        }
        if quoted || grammar().weekday.is_match(prepare(line)?.low.as_str())? {
            found.insert(order);
        }
    }
    Ok(found)
}

/// Whether an unlabelled date and clock time is the page's very first line of text, right over
/// its headline (line `near`, the next line with text) or, on a page without one, over a
/// story's paragraph (`heads_story`), its weekday spelled out rather than in brackets after the
/// day ("Tue, 07 Mar, 2023 - 12:30" opening the page, then the title): the article's own
/// stamp. A site's clock stands in its bar, under a line of the site's (a search box's label, a
/// city's name) or over more of it (a menu, a sign-in link), prints the weekday in brackets
/// ("2025-03-11 20:14 (화)") or spells the month as a program does, its name alone
/// (`month_as_a_name`) (Python's `site_clocks._opens_page_over_head`).
fn opens_page_over_head(
    item: &Dateline,
    lines: &[&str],
    filled: &[usize],
    near: Option<usize>,
) -> Result<bool, TimeError> {
    let over = match near {
        Some(near) => lines_under(lines, item.line, 1) == [near],
        None => heads_story(lines, item.line),
    };
    if !over
        || !item.role.is_empty()
        || item.reading.shape != "full"
        || filled.first() != Some(&item.line)
    {
        return Ok(false);
    }
    Ok(!weekday_in_brackets(lines[item.line])? && !month_as_a_name(lines[item.line]))
}

/// Whether a line spells a month in Cyrillic other than in the genitive a date puts it in after
/// its day, whose every Russian month ends in "а" or "я" ("12 марта 2025"): the month's name
/// alone ("Среда, 12 март 2025, 08:14"), or cut short, as a program fills in its widget
/// (Python's `site_clocks._month_as_a_name`).
fn month_as_a_name(line: &str) -> bool {
    let months = &grammar().months;
    chars::lower(line)
        .split(|c: char| !chars::is(c, L))
        .filter(|word| !word.is_empty())
        .any(|word| {
            months.contains_key(word)
                && word.chars().all(|c| chars::is(c, chars::CYRILLIC))
                && !word.ends_with(['а', 'я'])
        })
}

/// Whether a labelled time is the site's last update, as its clock prints it: a modification
/// time with its weekday in brackets ("UPDATED. 2021-06-02 07:05 (수)") or under a line's
/// label ("UPDATE : 2021.11.4 목 18:02") (Python's `site_clocks.site_clocks`).
fn site_update(role: &str, line: &str) -> Result<bool, TimeError> {
    Ok(role == "modified" && (weekday_in_brackets(line)? || opens_with_line_label(line)))
}

/// Whether the line of text right above a date is a field of the post's metadata naming
/// someone or something in words, a label, a colon and a value with no figure ("이름: 대종회"):
/// the date is the next field of that post, its own day, not the site's clock; a counter's
/// number there ("Visitors: 1,204") is the site's (Python's `site_clocks._under_named_field`).
fn under_named_field(lines: &[&str], line: usize) -> bool {
    let above = lines[..line.min(lines.len())]
        .iter()
        .rev()
        .find(|text| !text.trim_matches(chars::is_space).is_empty())
        .copied()
        .unwrap_or("");
    is_field(above) && !above.chars().any(|char| chars::is(char, chars::ND))
}

/// Whether a line names a day of the week in brackets of its own, as a site's date of today
/// prints it after the day ("2024년 11월 8일(금)", "4 мая 2023 (чт)"), where a blog's date
/// header spells it out before the day (Python's `site_clocks._weekday_in_brackets`).
fn weekday_in_brackets(line: &str) -> Result<bool, TimeError> {
    let low = Indexed::new(chars::lower(line));
    for found in grammar().weekday.all(&low)? {
        let before = low
            .slice(0, found.start())
            .trim_end_matches(chars::is_space);
        let after = low
            .slice(found.end(), low.len())
            .trim_start_matches(chars::is_space);
        if before.ends_with('(') && after.starts_with(')') {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Whether a line heads a story: the next line of text, or the one after it (an item's head
/// between), is a story's paragraph (`is_story_paragraph`), blank lines skipped (Python's
/// `site_clocks._heads_story`).
fn heads_story(lines: &[&str], line: usize) -> bool {
    lines_under(lines, line, 2)
        .into_iter()
        .any(|at| is_story_paragraph(lines[at]))
}
