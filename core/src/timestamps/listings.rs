//! Whether a page's dates are a list's, no article's: the teasers' dates of a list of them (a
//! photo strip, a feed, a "more news" box, a section's teasers), and stamps that come at a
//! steady step or run newest first (a feed's items); `choice` sets them aside (mirrors
//! `normalize/timestamps/listings.py`).

use super::datelines::{self, Dateline};

/// The head of an article, in lines from its headline: where its own dateline is printed.
const HEAD_ABOVE: i64 = 3;
const HEAD_BELOW: i64 = datelines::HEAD_BELOW as i64;

/// The lines from one teaser's date to the next in a list of teasers: a head, a line or two of
/// summary, a source or a byline; an article's body puts more between its dates.
const STEP: (i64, i64) = (2, 6);

/// Whether a line stands in the article's head, from `HEAD_ABOVE` lines above the headline's
/// line (`near`) to `HEAD_BELOW` below it; none does when the headline is not known.
pub fn in_head(line: i64, near: Option<i64>) -> bool {
    near.is_some_and(|near| (-HEAD_ABOVE..=HEAD_BELOW).contains(&(line - near)))
}

/// Whether the first unlabelled dateline, the one that would be taken, is a teaser's date
/// in a list of them: none stands in the head of the headline, and the first three, printed
/// the same way, come at the same step of a few lines (a photo strip, a feed, a "more news"
/// box), or, on a page without a headline, the first two, printed the same way, are a few
/// lines apart (a feed of summaries, each with its date under it; a box of recent searches,
/// each with its day) or on one line at different times, or the first three, printed the same
/// way, come at the same step however long (a section's teasers, each summary as long as the
/// next), or two printed the same way run newest first however far apart (see
/// `runs_newest_first`), or the first three stand in a column on lines in a row (see
/// `column`). A dateline in the head of the headline is the article's unless the next teaser's follows it (see `is_next_teaser`), or
/// the first three, printed the same way, come at the same step of a few lines (see
/// `steady_run`); not its stamp line printed again (see `line_echoed`). Two datelines of one shape with other words between their parts (see
/// `form`) are not printed the same way here.
pub fn is_listing(datelines: &[Dateline], near: Option<i64>, headless: bool) -> bool {
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
        .get(2)
        .is_some_and(|third| column(first, second, third))
    {
        return true;
    }
    if items.iter().any(|item| in_head(item.line as i64, near)) {
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

/// Whether the first three datelines stand on three lines in a row, each opening its line,
/// printed the same way (`form`), no two reading the same time: a column of other items' dates
/// whose titles were not scraped ("3 May 2024 11:42 |" / "30 April 2024 17:05 |" / …), as an
/// article prints its own time once, if twice over (Python's `_column`).
fn column(first: &Dateline, second: &Dateline, third: &Dateline) -> bool {
    let items = [first, second, third];
    let in_a_row = second.line + 1 == third.line && first.line + 1 == second.line;
    let alike = form(first) == form(second) && form(second) == form(third);
    let apart = first.reading.value != second.reading.value
        && second.reading.value != third.reading.value
        && first.reading.value != third.reading.value;
    in_a_row && alike && apart && items.iter().all(|item| opens_its_line(item))
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
pub fn steady_run(items: &[&Dateline]) -> bool {
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
pub fn runs_newest_first(items: &[&Dateline]) -> bool {
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
