//! Which of a document's datelines are its publication and modification times: the best
//! ranked, then the one in the article's head (near its headline), a day alone refined by a
//! time of that same day printed there (mirrors `normalize/timestamps/choice.py`).

use super::civil::checked;
use super::datelines::{self, find_datelines, Dateline};
use super::listings::{in_head, is_listing, runs_newest_first, steady_run};
use super::zones::Zone;
use super::TimeError;
use rustc_hash::FxHashSet;

/// Publication and modification instants of a document, where they were, and what went wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct Times {
    pub published_at: Option<i64>,
    pub modified_at: Option<i64>,
    pub spans: Vec<(usize, usize)>,
    pub warnings: Vec<String>,
    pub precision: Option<&'static str>,
}

/// The warning of a document none of whose lines states its publication time.
pub const NO_PUBLICATION_TIME: &str = "timestamp_missing: no publication time found in the text";

/// The head of an article below its headline, in lines: where its own dateline is printed.
const HEAD_BELOW: i64 = datelines::HEAD_BELOW as i64;
/// The hours around a day's midnight UTC within which an instant may fall on that local day.
const DAY_SPAN: (i64, i64) = (-14, 36);
/// A date header sits right above its title: at most this many lines apart.
const HEADER_GAP: i64 = 2;
const US_PER_HOUR: i128 = 3_600_000_000;

/// The publication and modification times of a whole document, from its datelines.
pub fn find_times(
    text: &str,
    zone: Option<Zone>,
    zone_name: Option<&str>,
    now: Option<i64>,
    lang: Option<&str>,
) -> Result<Times, TimeError> {
    choose_times(
        &find_datelines(text, zone, zone_name, now, lang)?,
        None,
        false,
    )
}

/// The publication and modification times among the datelines of a document.
///
/// A time labelled as another thing's ("Joined", "Founded") is neither, nor is an unlabelled
/// one on a listing page (see `is_listing`; `headless`: the page is known to have no
/// headline), a labelled publication time whose first three come at a steady step on a
/// headless page (a feed's items, see `steady_run`) or two of which, printed the same way, run
/// newest first there (a list of releases, see `runs_newest_first`), or under a headline dated
/// right under it
/// (answers, see `dated_over`), or one in a list of links (see
/// `is_in_link_list`), nor is a date alone on a day after the article's modification time. The
/// best
/// rank wins, then, when the headline's line is known (`near`), the dateline of the article's
/// head, then the first. A day alone past `datetime`'s range around it is the overflow Python
/// raises.
pub fn choose_times(
    datelines: &[Dateline],
    near: Option<i64>,
    headless: bool,
) -> Result<Times, TimeError> {
    let mut published: Vec<((i64, i64, i64), &Dateline)> = Vec::new();
    let mut modified: Option<((i64, i64, i64), &Dateline)> = None;
    let mut failures: Vec<&Dateline> = Vec::new();
    let listing = is_listing(datelines, near, headless);
    // labelled times at a steady step are a feed's items' own on a page without a headline,
    // and its replies' under a headline dated right under it; on a page without a headline,
    // so are two printed the same way running newest first
    let listed = {
        let stamped: Vec<&Dateline> = datelines
            .iter()
            .filter(|item| item.role == "published" && item.reading.value.is_some())
            .collect();
        let first_three = &stamped[..stamped.len().min(3)];
        (steady_run(first_three)
            && (headless
                || stamped
                    .first()
                    .is_some_and(|first| dated_over(datelines, near, first))))
            || (headless && runs_newest_first(&stamped))
    };
    let head_dated = near.is_some_and(|near| has_own_dateline(datelines, near, HEAD_BELOW));
    let dated_under = near.is_some_and(|near| has_own_dateline(datelines, near, HEADER_GAP));
    let closing_lines: FxHashSet<usize> = datelines
        .iter()
        .filter(|item| closes_a_line(item))
        .map(|item| item.line)
        .collect();
    let labelled_above = labelled_above(datelines, near);
    for (order, item) in datelines.iter().enumerate() {
        if item.role == "elsewhere" {
            continue; // a member's join date, an outlet's founding
        }
        if listing && item.role.is_empty() {
            continue; // a teaser's date in a list of them
        }
        if listed && item.role == "published" {
            continue; // "- PUB DATE: …" under each of a feed's items
        }
        if item.reading.value.is_none() {
            failures.push(item);
            continue;
        }
        let line = item.line as i64;
        if let Some(near) = near {
            if is_widget_above(item, near, head_dated, dated_under) {
                continue;
            }
        }
        if is_in_link_list(item, &closing_lines) {
            continue;
        }
        let rank = (
            placed_rank(item, near, labelled_above),
            -distance(line, near),
            -(order as i64),
        );
        if item.role != "modified" {
            published.push((rank, item));
        } else if modified.as_ref().is_none_or(|(known, _)| *known < rank) {
            modified = Some((rank, item));
        }
    }
    let modified = modified.map(|(_, item)| item);
    let published = published
        .into_iter()
        .filter(|(_, item)| !is_later_day(item, modified, near))
        .max_by_key(|(rank, _)| *rank);
    let published = match published {
        Some((_, day)) => Some(refined(day, datelines, near)?),
        None => None,
    };
    // a reposted story's own edit, made before the page was published
    let modified = modified.filter(|modified| !is_before(modified, published));
    let used: Vec<&Dateline> = published.into_iter().chain(modified).collect();
    let mut warnings: Vec<String> = Vec::new();
    for item in &used {
        if let Some(assumed) = item.reading.assumed.as_deref().filter(|a| !a.is_empty()) {
            warnings.push(format!("timezone_assumed: {assumed}"));
        }
    }
    if published.is_none() {
        warnings.extend(
            failures
                .iter()
                .filter_map(|item| item.reading.problem.clone())
                .filter(|problem| !problem.is_empty()),
        );
        if failures.is_empty() {
            warnings.push(NO_PUBLICATION_TIME.to_string());
        }
    }
    let mut seen = FxHashSet::default();
    warnings.retain(|warning| seen.insert(warning.clone()));
    Ok(Times {
        published_at: published.and_then(|item| item.reading.value),
        modified_at: modified.and_then(|item| item.reading.value),
        spans: used.iter().map(|item| (item.start, item.end)).collect(),
        warnings,
        precision: published.and_then(|item| item.reading.precision),
    })
}

/// A day alone refined by a time of that day near the headline, or near the day's own line on
/// a page without one (a meta "date 2025-03-11", "입력 2025.03.11 23:38"; not a reader's
/// comment far below), or anywhere when a label says it is the publication's (a story's
/// closing "First Published: Mon, October 31 2022. 20:54 IST"): within `DAY_SPAN` hours of
/// the day's midnight UTC.
fn refined<'d>(
    day: &'d Dateline,
    datelines: &'d [Dateline],
    near: Option<i64>,
) -> Result<&'d Dateline, TimeError> {
    let Some(value) = day
        .reading
        .value
        .filter(|_| day.reading.precision == Some("day"))
    else {
        return Ok(day);
    };
    let low = checked(i128::from(value) + i128::from(DAY_SPAN.0) * US_PER_HOUR)?;
    let high = checked(i128::from(value) + i128::from(DAY_SPAN.1) * US_PER_HOUR)?;
    // near the headline, or near the day's own line on a page without one
    let anchor = Some(near.unwrap_or(day.line as i64));
    for item in datelines {
        let far = distance(item.line as i64, anchor) > HEAD_BELOW;
        let precise = matches!(item.reading.precision, Some("minute" | "second"))
            && matches!(item.role, "" | "published");
        let within = item
            .reading
            .value
            .is_some_and(|value| low <= value && value < high);
        if precise && within && (!far || item.role == "published") {
            return Ok(item);
        }
    }
    Ok(day)
}

/// An unlabelled time above the headline: a today widget, an issue date, a site clock. Apart
/// from the headline, a date alone is one always, a date and time when the headline has a
/// dateline of its own below it (`head_dated`, see `has_own_dateline`); right above it, a date
/// alone is a blog's date header over its post's title unless the headline has a dateline of
/// its own right under it too (`dated_under`: a site's today date over a story dated under its
/// title).
fn is_widget_above(item: &Dateline, near: i64, head_dated: bool, dated_under: bool) -> bool {
    let above = near - item.line as i64;
    if !item.role.is_empty() || above <= 0 {
        return false;
    }
    if above <= HEADER_GAP {
        return item.reading.shape == "date" && dated_under;
    }
    item.reading.shape == "date" || (item.reading.shape == "full" && head_dated)
}

/// Whether the headline (line `near`) has an unlabelled dateline of its own right under it
/// (at most `HEADER_GAP` lines), above `first`: a question's or a post's time over the answers
/// each labelled with their own ("posted by nick at 7:20 PM on …") (Python's `_dated_over`).
fn dated_over(datelines: &[Dateline], near: Option<i64>, first: &Dateline) -> bool {
    let Some(near) = near else {
        return false;
    };
    datelines.iter().any(|item| {
        let below = item.line as i64 - near;
        item.role.is_empty()
            && item.reading.value.is_some()
            && 0 < below
            && below <= HEADER_GAP
            && item.line < first.line
    })
}

/// Whether a readable publication dateline stands below the headline, at most `within` lines
/// under it.
fn has_own_dateline(datelines: &[Dateline], near: i64, within: i64) -> bool {
    datelines.iter().any(|item| {
        let below = item.line as i64 - near;
        (item.role.is_empty() || item.role == "published")
            && item.reading.value.is_some()
            && 0 < below
            && below <= within
    })
}

/// Whether a modification time falls before a publication time, both read to the minute or
/// finer: the edit of a story the page reposts, not the page's. A day alone is midnight UTC and
/// may fall before or after a time of that same local day (Python's `choice._is_before`).
fn is_before(modified: &Dateline, published: Option<&Dateline>) -> bool {
    let Some(published) = published else {
        return false;
    };
    if modified.reading.precision == Some("day") || published.reading.precision == Some("day") {
        return false;
    }
    match (modified.reading.value, published.reading.value) {
        (Some(changed), Some(issued)) => changed < issued,
        _ => false,
    }
}

/// A date alone, unlabelled, on a day after the modification time in the article's head (near
/// its headline): a today widget or an issue date printed over an article last updated
/// earlier, not its publication. A related story's update further down says nothing.
fn is_later_day(item: &Dateline, modified: Option<&Dateline>, near: Option<i64>) -> bool {
    if !item.role.is_empty() || item.reading.shape != "date" {
        return false;
    }
    let changed = modified
        .filter(|modified| closeness(modified.line as i64, near) > 0)
        .and_then(|modified| modified.reading.value);
    match (item.reading.value, changed) {
        (Some(value), Some(changed)) => {
            i128::from(value) > i128::from(changed) - i128::from(DAY_SPAN.0) * US_PER_HOUR
        }
        _ => false,
    }
}

/// A date that closes a title's line next to another line closed the same way (the lines of
/// `closing_lines`): a list of links to other stories, each with its date, not the page's
/// own title line.
fn is_in_link_list(item: &Dateline, closing_lines: &FxHashSet<usize>) -> bool {
    closes_a_line(item)
        && (item
            .line
            .checked_sub(1)
            .is_some_and(|above| closing_lines.contains(&above))
            || closing_lines.contains(&(item.line + 1)))
}

/// Whether a date closes a title's line: an unlabelled fallback ("- Harbor board approves fares
/// - March 3, 2025").
fn closes_a_line(item: &Dateline) -> bool {
    item.role.is_empty() && item.rank == datelines::FALLBACK_RANK
}

/// A dateline's rank with what its place adds (see `closeness`); an unlabelled day alone ranks
/// below a labelled time when one stands above the headline (`labelled_above`): a document
/// site's "Post on 17-Jul-2022" over a page copy's "2019. 3. 14." printed beside the headline.
/// A labelled time only below the article's head (a comment's "Posted on", a footer's) still
/// ranks below the day in the head.
fn placed_rank(item: &Dateline, near: Option<i64>, labelled_above: bool) -> i64 {
    let placed = item.rank + closeness(item.line as i64, near);
    if labelled_above && item.role.is_empty() && item.reading.shape == "date" {
        return placed.min(datelines::LABEL_RANK - 1);
    }
    placed
}

/// Whether a labelled publication time stands above the headline's line (`near`).
fn labelled_above(datelines: &[Dateline], near: Option<i64>) -> bool {
    near.is_some_and(|near| {
        datelines.iter().any(|item| {
            item.role == "published" && (item.line as i64) < near && item.reading.value.is_some()
        })
    })
}

/// What the dateline's place adds to its rank: 2 in the article's head (see `in_head`), 0
/// elsewhere, and 0 for every dateline when the headline is not known.
fn closeness(line: i64, near: Option<i64>) -> i64 {
    if in_head(line, near) {
        2
    } else {
        0
    }
}

fn distance(line: i64, near: Option<i64>) -> i64 {
    near.map_or(0, |near| (line - near).abs())
}
