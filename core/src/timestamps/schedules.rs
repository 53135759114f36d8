//! The days of a schedule: dates a page prints each beside the name of the thing it dates (a
//! call for papers' deadlines, a timeline's steps), line after line, not the article's time
//! (mirrors `normalize/timestamps/schedules.py`).

use regex::Regex;
use rustc_hash::{FxHashMap, FxHashSet};

use super::datelines::Dateline;
use super::grammar::grammar;
use super::lines::{prepare, unmarked};
use super::pychars::word_count;
use super::reading::date_span;
use super::TimeError;
use crate::page::echo_words;
use crate::per_thread::per_thread;
use crate::segment::chars::{self, L};

/// How far from a day, in lines of its block, another entry of its schedule is looked for.
const REACH: usize = 6;
/// At most this many words make an entry of a schedule: a date and the name of what falls on
/// it; a paragraph's sentence is none.
const ENTRY_WORDS: usize = 16;
/// How many other entries of a longer schedule run on from a day's line, when its entries stand
/// a blank line apart or its line names its thing with a label's word ("Workshop date: 7 May").
const LONG_SCHEDULE: usize = 2;

per_thread! {
    /// A word of a label, or before it, saying it dates the first issue of what the page
    /// prints, no step of a schedule: "First published", "Article first published online", "впервые
    /// опубликовано", "최초 등록" (Python's `_FIRST_ISSUE`).
    fn first_issue() -> Regex {
        Regex::new(r"\b(?:first|originally|initially|впервые|первоначально)\b|최초")
            .unwrap_or_else(|error| panic!("first issue: {error}"))
    }
}

/// The positions among `datelines` of the days (no clock time) that share their line with the
/// words naming what falls on them, when another line of their block (the lines around them,
/// none blank between, at most `REACH` away) prints a date beside its own words the same way,
/// both dates opening their lines or both following words, each line a few words (at most
/// `ENTRY_WORDS`): the entries of a schedule, each the day of the thing it names. A day alone
/// on its line is no entry, nor a line with a dateline label; where two other entries printing
/// their dates the same way run on from the day's line (see `run`), its line may also hold a
/// label's word after the words that name its thing, and its day be read as labelled. The
/// headline's line (`near`) is no other entry of a day's schedule, though its own day may be
/// one: under a headline naming the day of what it announces, a byline's day is the article's
/// (Python's `schedule_days`).
pub fn schedule_days(
    datelines: &[Dateline],
    lines: &[&str],
    near: Option<usize>,
) -> Result<FxHashSet<usize>, TimeError> {
    let mut entries: FxHashMap<usize, Option<bool>> = FxHashMap::default();
    let mut found = FxHashSet::default();
    for (order, item) in datelines.iter().enumerate() {
        if !matches!(item.role, "" | "published") || item.reading.shape != "date" {
            continue;
        }
        if item.line >= lines.len() {
            continue;
        }
        let opens = if item.role.is_empty() {
            entry(lines, item.line, &mut entries, false)?
        } else {
            None
        };
        let apart = headline_apart(lines, item.line, near);
        if let Some(opens) = opens {
            let mut in_block = false;
            for other in block(lines, item.line) {
                if Some(other) == apart {
                    continue;
                }
                if entry(lines, other, &mut entries, false)? == Some(opens) {
                    in_block = true;
                    break;
                }
            }
            if in_block {
                found.insert(order);
                continue;
            }
        }
        let Some(opens) = entry(lines, item.line, &mut FxHashMap::default(), true)? else {
            continue;
        };
        if run(lines, item.line, opens, &mut entries, apart)? >= LONG_SCHEDULE {
            found.insert(order);
        }
    }
    Ok(found)
}

/// Whether line `index` is a dated entry whose date opens it (true) or follows its words
/// (false); None when it prints no date, nothing but its date (weekdays and fillers aside), a
/// dateline label (`named`: a label opening the line, no words before it, or one saying,
/// itself or with the words before it, that it dates a first issue, see `first_issue`), or
/// more than `ENTRY_WORDS` words. `seen` keeps each line's answer (Python's `_entry`).
fn entry(
    lines: &[&str],
    index: usize,
    seen: &mut FxHashMap<usize, Option<bool>>,
    named: bool,
) -> Result<Option<bool>, TimeError> {
    if let Some(&answer) = seen.get(&index) {
        return Ok(answer);
    }
    let line = prepare(lines[index])?;
    let g = grammar();
    let mut answer = None;
    let short = word_count(line.text.as_str()) <= ENTRY_WORDS;
    if let Some((start, end)) = if short { date_span(&line)? } else { None } {
        let mut labelled = false;
        if let Some(label) = g.label.search(&line.low, 0)? {
            let before = g
                .noise_word
                .replace_all(line.low.slice(0, label.start()), " ")?;
            labelled = !named
                || !has_letter(&before)
                || first_issue().is_match(line.low.slice(0, label.end()));
        }
        if !labelled {
            let before = g.noise_word.replace_all(line.low.slice(0, start), " ")?;
            let after = unmarked(
                g.noise_word
                    .replace_all(line.low.slice(end, line.low.len()), " ")?,
            );
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

/// The headline's line (`near`) when line `index` shares no word with it (`echo_words`, numbers
/// left out, as a year both dates print): then no entry of that line's schedule. A line naming
/// the headline's thing may be its next entry (`None`) (Python's `_headline_apart`).
fn headline_apart(lines: &[&str], index: usize, near: Option<usize>) -> Option<usize> {
    let head = near.filter(|&head| head < lines.len())?;
    let words = echo_words(lines[head]).to_strings();
    let shared = echo_words(lines[index])
        .to_strings()
        .into_iter()
        .any(|word| words.contains(&word) && !word.starts_with(|c: char| c.is_ascii_digit()));
    (!shared).then_some(head)
}

/// How many entries whose dates stand as line `index`'s (`opens`), with no clock time, run on
/// from it (the headline's line, `near`, counted as none), each the next line with text, a single blank line at most between two, at most
/// `REACH` lines on each side: the run goes on past a dated line of another kind (a post
/// stamped with its clock time) and stops at a line with text and no date (Python's `_run`).
fn run(
    lines: &[&str],
    index: usize,
    opens: bool,
    seen: &mut FxHashMap<usize, Option<bool>>,
    near: Option<usize>,
) -> Result<usize, TimeError> {
    let mut count = 0;
    for step in [-1isize, 1] {
        let (mut other, mut blanks, mut taken) = (index as isize + step, 0, 0);
        while other >= 0 && (other as usize) < lines.len() && taken < REACH {
            let text = lines[other as usize];
            if !text.trim_matches(chars::is_space).is_empty() {
                let line = prepare(text)?;
                let found = entry(lines, other as usize, seen, false)?;
                if found != Some(opens) && date_span(&line)?.is_none() {
                    break;
                }
                let stamped = grammar().time.search(&line.low, 0)?.is_some();
                let headline = Some(other as usize) == near;
                count += usize::from(found == Some(opens) && !stamped && !headline);
                taken += 1;
                blanks = 0;
            } else if blanks > 0 {
                break;
            } else {
                blanks = 1;
            }
            other += step;
        }
    }
    Ok(count)
}
