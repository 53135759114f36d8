//! A print issue's line: the issue's word and number, then its day closing the line ("Выпуск 11
//! от 18.03.2019 г.", "№ 14 от 05.04.2017", "Issue 118, April 7, 1962"). Its day is the
//! issue's, the date of last resort: any other time of the page that may state the item's own
//! publication wins over it, however much nearer the headline the issue's line stands (mirrors
//! `normalize/timestamps/issue_lines.py`).

use std::sync::OnceLock;

use rustc_hash::FxHashSet;

use super::datelines::{line_starts, Dateline};
use super::grammar::space;
use super::pattern::Pattern;
use super::pychars::Indexed;
use super::TimeError;

/// What opens an issue's line before its day, the whole text before it: a capitalised word
/// ("Выпуск", "Issue") or a number's sign, the issue's number, then "от" ("of"), a comma or a
/// dash at most (Python's `_ISSUE_HEAD`).
fn issue_head() -> &'static Pattern {
    static HEAD: OnceLock<Pattern> = OnceLock::new();
    HEAD.get_or_init(|| {
        let s = space();
        Pattern::new(&format!(
            r"\A{s}*(?:\p{{Lu}}\p{{Ll}}+{s}+(?:№{s}?)?|№{s}?|No\.?{s}?)[0-9]{{1,5}}(?:{s}*[,–—-]|{s}+от)?{s}*\z"
        ))
    })
}

/// What may close the line after the day, the whole text after it: a year's mark, a full stop
/// (Python's `_AFTER_DAY`).
fn after_day() -> &'static Pattern {
    static AFTER: OnceLock<Pattern> = OnceLock::new();
    AFTER.get_or_init(|| {
        let s = space();
        Pattern::new(&format!(r"\A{s}*(?:года|г)?\.?{s}*\z"))
    })
}

/// The positions among `datelines` of the unlabelled days alone (no clock time) on a print
/// issue's line when another readable time of the page not set apart (`apart`: another
/// thing's) may date it, a labelled publication time or a date and a clock time: the issue's
/// day is the date of last resort (Python's `issue_line_days`).
pub fn issue_line_days(
    datelines: &[Dateline],
    lines: &[&str],
    apart: &FxHashSet<usize>,
) -> Result<Vec<usize>, TimeError> {
    let mut starts: Option<Vec<usize>> = None;
    let mut issues = Vec::new();
    for (order, item) in datelines.iter().enumerate() {
        if !item.role.is_empty() || item.reading.shape != "date" || item.reading.value.is_none() {
            continue;
        }
        let starts = starts.get_or_insert_with(|| line_starts(lines));
        let (Some(line), Some(&first)) = (lines.get(item.line), starts.get(item.line)) else {
            continue;
        };
        let (start, end) = (item.start.wrapping_sub(first), item.end.wrapping_sub(first));
        if is_issue_line(line, start, end)? {
            issues.push(order);
        }
    }
    let others = datelines.iter().enumerate().any(|(order, item)| {
        !apart.contains(&order)
            && !issues.contains(&order)
            && item.reading.value.is_some()
            && (item.role == "published" || (item.role.is_empty() && item.reading.shape == "full"))
    });
    Ok(if others { issues } else { Vec::new() })
}

/// Whether the day between code points `start` and `end` of the line closes a print issue's
/// line opened by the issue's word or sign and its number (Python's `_is_issue_line`).
fn is_issue_line(line: &str, start: usize, end: usize) -> Result<bool, TimeError> {
    let text = Indexed::new(line.to_string());
    if start > end || end > text.len() {
        return Ok(false);
    }
    Ok(issue_head().is_match(text.slice(0, start))?
        && after_day().is_match(text.slice(end, text.len()))?)
}
