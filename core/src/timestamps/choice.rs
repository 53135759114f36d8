//! Which of a document's datelines are its publication and modification times: the best
//! ranked, then the one in the article's head (near its headline), a day alone refined by a
//! time of that same day printed there (mirrors `normalize/timestamps/choice.py`).

use super::civil::checked;
use super::datelines::{self, find_datelines, Dateline};
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

/// The head of an article, in lines from its headline: where its own dateline is printed.
const HEAD_ABOVE: i64 = 3;
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
            warnings.push("timestamp_missing: no publication time found in the text".to_string());
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

/// The lines from one teaser's date to the next in a list of teasers: a head, a line or two of
/// summary, a source or a byline; an article's body puts more between its dates.
const STEP: (i64, i64) = (2, 6);

/// Whether the first unlabelled dateline, the one that would be taken, is a teaser's date
/// in a list of them: none stands in the head of the headline, and the first three, printed
/// the same way, come at the same step of a few lines (a photo strip, a feed, a "more news"
/// box), or, on a page without a headline, the first two, printed the same way, are a few
/// lines apart (a feed of summaries, each with its date under it; a box of recent searches,
/// each with its day) or on one line at different times, or the first three, printed the same
/// way, come at the same step however long (a section's teasers, each summary as long as the
/// next), or two printed the same way run newest first however far apart (see
/// `runs_newest_first`). A dateline in the head of the
/// headline is the article's unless the next teaser's follows it (see `is_next_teaser`), or
/// the first three, printed the same way, come at the same step of a few lines (see
/// `steady_run`); not its stamp line printed again (see `line_echoed`). Two datelines of one shape with other words between their parts (see
/// `form`) are not printed the same way here.
fn is_listing(datelines: &[Dateline], near: Option<i64>, headless: bool) -> bool {
    let items: Vec<&Dateline> = datelines
        .iter()
        .filter(|item| item.role.is_empty() && item.reading.value.is_some())
        .collect();
    if items.len() < 2 {
        return false;
    }
    let (first, second) = (items[0], items[1]);
    if steady_run(&items) && !headed_below_run(&items, near) {
        return true;
    }
    if items
        .iter()
        .any(|item| closeness(item.line as i64, near) > 0)
    {
        // the headline's own dateline: an article, whatever lists follow it, or the first teaser's
        return is_next_teaser(first, second, near) && !line_echoed(first, second, datelines);
    }
    if headless && runs_newest_first(&items) {
        return true;
    }
    let step = second.line as i64 - first.line as i64;
    if form(first) != form(second) || (step > STEP.1 && !headless) {
        return false;
    }
    let steady = items
        .get(2)
        .filter(|third| form(third) == form(first) && step >= STEP.0);
    if steady.is_some_and(|third| third.line as i64 - second.line as i64 == step) {
        return true;
    }
    if step > STEP.1 {
        // without a headline, only a steady step says list past a few lines
        return false;
    }
    headless && (step > 0 || first.reading.value != second.reading.value)
}

/// Whether the headline stands below a steady run's first three dates and has a dateline of
/// its own in its head below it, off the run's step from the date before it: a box of teasers
/// ("What's Hot", a menu's dated items) printed above the article, whose byline dates it under
/// its headline; a teaser's date at the run's step under a headline taken inside the run is
/// still the run's (Python's `_headed_below_run`).
fn headed_below_run(items: &[&Dateline], near: Option<i64>) -> bool {
    let (Some(near), Some(third)) = (near, items.get(2)) else {
        return false;
    };
    if third.line as i64 >= near {
        return false;
    }
    let step = items[1].line as i64 - items[0].line as i64;
    items.windows(2).any(|pair| {
        let (before, item) = (pair[0].line as i64, pair[1].line as i64);
        (1..=HEAD_BELOW).contains(&(item - near)) && item - before != step
    })
}

/// Whether the first three datelines, printed the same way, come at the same step of a few
/// lines (see `STEP`): the entries of a list, each a date and its item (a ranking box, a
/// timeline), wherever the headline stands; an article prints its own time once, if twice
/// over (see `echoed`) (Python's `_steady_run`).
fn steady_run(items: &[&Dateline]) -> bool {
    let [first, second, third, ..] = items else {
        return false;
    };
    let alike =
        first.reading.shape == second.reading.shape && second.reading.shape == third.reading.shape;
    let step = second.line as i64 - first.line as i64;
    let steady =
        (STEP.0..=STEP.1).contains(&step) && third.line as i64 - second.line as i64 == step;
    alike && steady && !echoed(first, second)
}

/// Whether two datelines read the same date and clock time: one stamp printed twice (shown,
/// and in a machine-readable copy), not two entries of a list (Python's `_echoed`).
fn echoed(first: &Dateline, second: &Dateline) -> bool {
    first.reading.shape == "full" && first.reading.value == second.reading.value
}

/// Whether a dateline is older than the one printed the same way before it on the page,
/// however many lines apart: a feed or an archive lists its stories newest first, each
/// teaser's summary as long as it likes, where the later dates of an article (a comment's, an
/// update's) are newer than its own.
///
/// Only on a page without a headline: under a headline, a date further down may be a related
/// story's, older than the article's own.
fn runs_newest_first(items: &[&Dateline]) -> bool {
    // the last dateline of each way of printing one, beside that way
    let mut last: Vec<((&str, Vec<i64>), &Dateline)> = Vec::new();
    for &item in items {
        let printed = form(item);
        let before = last.iter().position(|(seen, _)| *seen == printed);
        if let Some(index) = before {
            let earlier = last[index].1;
            let newer = matches!(
                (earlier.reading.value, item.reading.value),
                (Some(newer), Some(older)) if newer > older
            );
            if earlier.line < item.line && newer {
                return true;
            }
            last[index].1 = item;
        } else {
            last.push((printed, item));
        }
    }
    false
}

/// How a dateline is printed: its shape, and how much stands between the parts read of it (a
/// list prints its items' stamps from one pattern: "14 мая 2024, 10:05" and "9 мая 2024, 18:00"
/// alike; "13 февраля 2010 года, 18:00." under a post's "14 Февраля 2010 14:05" is a sentence's
/// time, an event's). Python's `_form`.
fn form(item: &Dateline) -> (&'static str, Vec<i64>) {
    let gaps = item
        .reading
        .spans
        .windows(2)
        .map(|pair| pair[1].0 as i64 - pair[0].1 as i64)
        .collect();
    (item.reading.shape, gaps)
}

/// Whether the dateline under the headline is a teaser's, the headline being the first teaser
/// of a list: the next dateline, printed the same way (the same shape, opening its line or not
/// alike) and no later (a list runs newest first), follows it a teaser's step below (a head, a
/// line of summary, its date; then the next head), where an article puts its body between its
/// dateline and any other date, and an event's day to come is later. A byline with its date
/// ("by desk on June 12, 2023") over a release's own date line is no list.
fn is_next_teaser(first: &Dateline, second: &Dateline, near: Option<i64>) -> bool {
    let step = second.line as i64 - first.line as i64;
    let below = near.is_some_and(|near| first.line as i64 > near);
    let newest_first = matches!(
        (first.reading.value, second.reading.value),
        (Some(newer), Some(older)) if newer >= older
    );
    let same_place = opens_its_line(first) == opens_its_line(second);
    let alike = first.reading.shape == second.reading.shape && same_place && newest_first;
    below && alike && (STEP.0..=STEP.1).contains(&step) && !echoed(first, second)
}

/// Whether the lines of two datelines print the same times, one of them to the minute: a
/// stamp line printed twice ("May 2, 2019 Updated May 3, 2019 at 9:15 AM EDT" over and under
/// a byline), not two teasers' dates, which a minute rarely joins twice (Python's
/// `_line_echoed`).
fn line_echoed(first: &Dateline, second: &Dateline, datelines: &[Dateline]) -> bool {
    let times = |line: usize| {
        datelines
            .iter()
            .filter(move |item| item.line == line)
            .map(|item| (item.role, item.reading.value))
    };
    let precise = datelines.iter().any(|item| {
        item.line == first.line && matches!(item.reading.precision, Some("minute" | "second"))
    });
    precise && times(first.line).eq(times(second.line))
}

/// Whether the time read is the first thing of its line: no byline, label or words before.
fn opens_its_line(item: &Dateline) -> bool {
    item.reading.spans.first().is_some_and(|span| span.0 == 0)
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

/// What the dateline's place adds to its rank: 2 in the article's head, 0 elsewhere, and 0
/// for every dateline when the headline is not known.
fn closeness(line: i64, near: Option<i64>) -> i64 {
    match near {
        Some(near) if (-HEAD_ABOVE..=HEAD_BELOW).contains(&(line - near)) => 2,
        _ => 0,
    }
}

fn distance(line: i64, near: Option<i64>) -> i64 {
    near.map_or(0, |near| (line - near).abs())
}
