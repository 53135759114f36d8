//! The days of a schedule: dates a page prints each beside the name of the thing it dates (a
//! call for papers' deadlines, a timeline's steps), line after line, not the article's time
//! (mirrors `normalize/timestamps/schedules.py`).

use rustc_hash::{FxHashMap, FxHashSet};

use super::datelines::Dateline;
use super::grammar::grammar;
use super::lines::prepare;
use super::pychars::word_count;
use super::reading::date_span;
use super::TimeError;
use crate::segment::chars::{self, L};

/// How far from a day, in lines of its block, another entry of its schedule is looked for.
const REACH: usize = 6;
/// At most this many words make an entry of a schedule: a date and the name of what falls on
/// it; a paragraph's sentence is none.
const ENTRY_WORDS: usize = 16;

/// The positions among `datelines` of the unlabelled days (no clock time) that share their line
/// with the words naming what falls on them, when another line of their block (the lines
/// around them, none blank between, at most `REACH` away) prints a date beside its own words
/// the same way, both dates opening their lines or both following words, each line a few words
/// (at most `ENTRY_WORDS`): the entries of a schedule, each the day of the thing it names. A
/// day alone on its line is no entry, nor a line with a dateline label (Python's
/// `schedule_days`).
pub fn schedule_days(
    datelines: &[Dateline],
    lines: &[&str],
) -> Result<FxHashSet<usize>, TimeError> {
    let mut entries: FxHashMap<usize, Option<bool>> = FxHashMap::default();
    let mut found = FxHashSet::default();
    for (order, item) in datelines.iter().enumerate() {
        if !item.role.is_empty() || item.reading.shape != "date" || item.line >= lines.len() {
            continue;
        }
        let Some(opens) = entry(lines, item.line, &mut entries)? else {
            continue;
        };
        for other in block(lines, item.line) {
            if entry(lines, other, &mut entries)? == Some(opens) {
                found.insert(order);
                break;
            }
        }
    }
    Ok(found)
}

/// Whether line `index` is a dated entry whose date opens it (true) or follows its words
/// (false); None when it prints no date, nothing but its date (weekdays and fillers aside), a
/// dateline label, or more than `ENTRY_WORDS` words. `seen` keeps each line's answer
/// (Python's `_entry`).
fn entry(
    lines: &[&str],
    index: usize,
    seen: &mut FxHashMap<usize, Option<bool>>,
) -> Result<Option<bool>, TimeError> {
    if let Some(&answer) = seen.get(&index) {
        return Ok(answer);
    }
    let line = prepare(lines[index])?;
    let g = grammar();
    let mut answer = None;
    let short = word_count(line.text.as_str()) <= ENTRY_WORDS;
    if let Some((start, end)) = if short { date_span(&line)? } else { None } {
        if !g.label.is_match(line.low.as_str())? {
            let before = g.noise_word.replace_all(line.low.slice(0, start), " ")?;
            let after = g
                .noise_word
                .replace_all(line.low.slice(end, line.low.len()), " ")?;
            let (words_before, words_after) = (has_letter(&before), has_letter(&after));
            if words_before || words_after {
                answer = Some(!words_before);
            }
        }
    }
    seen.insert(index, answer);
    Ok(answer)
}

fn has_letter(text: &str) -> bool {
    text.chars().any(|c| chars::is(c, L))
}

/// The other lines of line `index`'s block: the lines around it with text, none blank
/// between, at most `REACH` away on each side (Python's `_block`).
fn block(lines: &[&str], index: usize) -> Vec<usize> {
    let mut around = Vec::new();
    let mut other = index;
    while other > 0
        && index - (other - 1) <= REACH
        && !lines[other - 1].trim_matches(chars::is_space).is_empty()
    {
        other -= 1;
        around.push(other);
    }
    let mut other = index + 1;
    while other < lines.len()
        && other - index <= REACH
        && !lines[other].trim_matches(chars::is_space).is_empty()
    {
        around.push(other);
        other += 1;
    }
    around
}
