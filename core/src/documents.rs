//! One document's text in, one row out (mirrors `normalize/documents.py`).
//!
//! The seam the batch entry point calls: the text repaired (HTML entities), cleaned, read as a
//! page, its headline chosen, its times chosen, the body kept without the page's machinery,
//! datelines and headline lines, its fragments and languages read. A document longer than
//! `MAX_ANALYSED_CHARS` is analysed on its beginning; the body keeps all of it, cleaned.
//!
//! What the core cannot do the same way is handed back, never guessed: a text that may hold
//! mojibake (ftfy's repair is Python's) and a room that fails where Python would raise give a
//! row whose `needs_python` says why; the caller runs the Python path for that document.

use pyo3::prelude::*;
use pyo3::types::PyDict;
use rustc_hash::{FxHashMap, FxHashSet};

use crate::decoding::repair_text;
use crate::headline::{default_weights, extract_headline, Headline, TITLE_THRESHOLD};
use crate::languages::fragments::{detect_fragments, detect_language, language_shares, Fragment};
use crate::markup_files::is_markup_file;
use crate::page::read_page;
use crate::rest_posts::{rest_post, RestPost};
use crate::results_pages::results_label;
use crate::row::{AltTitle, FragmentRow, HashtagRow, Options, Row};
use crate::text::clean_text;
use crate::timestamps::choice::NO_PUBLICATION_TIME;
use crate::timestamps::comments::comment_dates;
use crate::timestamps::dated_echo::dated_echo;
use crate::timestamps::datelines::{body_dates, LABEL_RANK};
use crate::timestamps::embeds::embedded_post_days;
use crate::timestamps::headline_date;
use crate::timestamps::introductions::{introduced_dates, introduced_examples};
use crate::timestamps::issue_date;
use crate::timestamps::issue_lines;
use crate::timestamps::issued;
use crate::timestamps::lines::Settings;
use crate::timestamps::other_days::other_day_items;
use crate::timestamps::restated::restated_days;
use crate::timestamps::schedules::schedule_days;
use crate::timestamps::site_clocks::site_clocks;
use crate::timestamps::split_days;
use crate::timestamps::teasers::{framed_dates, listing_days, teaser_dates};
use crate::timestamps::widgets::{
    day_in_title, place_widget_days, today_over_copy, today_over_head,
};
use crate::timestamps::zones;
use crate::timestamps::{choose_times, Times};
use crate::titles::title_key;
use crate::unidecode::title_ascii;

/// A document longer than this (in characters) is analysed on its first lines up to this
/// length; the body keeps the rest, cleaned, and the row warns `truncated`.
pub const MAX_ANALYSED_CHARS: usize = 1_000_000;
/// How sure a REST answer's title field is: the site names it so itself.
const REST_TITLE_SCORE: f64 = 0.99;

/// The row of a document with nothing in it yet: the warnings it has so far.
fn empty_row(warnings: Vec<String>) -> Row {
    Row {
        title_lang: "und".to_string(),
        warnings,
        ..Row::default()
    }
}

/// Normalize one scraped page into one row (`None` is a null text).
///
/// A row whose `needs_python` is set is not the document's row: the caller runs the Python
/// path (`normalize.documents.normalize_document`) for that document.
pub fn normalize_document(text: Option<&str>, options: &Options) -> Row {
    let mut notes = Vec::new();
    let text = text.unwrap_or_else(|| {
        notes.push("missing_text: the document's text is null".to_string());
        ""
    });
    // a WordPress REST answer for one post: its own fields name its title and times
    let post = match rest_post(text) {
        Ok(post) => post,
        Err(signal) => return needs_python(notes, signal.to_string()),
    };
    let repaired = match repair_text(text) {
        Ok(repaired) => repaired,
        Err(signal) => return needs_python(notes, signal.to_string()),
    };
    notes.extend(repaired.warnings);
    match analyse(&repaired.text, post.as_ref(), options, notes.clone()) {
        Ok(row) => row,
        Err(error) => needs_python(notes, error),
    }
}

/// The zone the caller names for times printed without one (`default_tz`), if any.
fn caller_zone(options: &Options) -> Result<Option<zones::Zone>, String> {
    let default_tz = options.default_tz.as_deref();
    let zone = default_tz.map(zones::named_zone).transpose();
    zone.map_err(|error| error.to_string())
}

/// The row that hands a document back to the Python path, with why.
fn needs_python(notes: Vec<String>, reason: String) -> Row {
    Row {
        needs_python: Some(reason),
        ..empty_row(notes)
    }
}

/// A REST answer's title as the headline, read from no line of the page.
fn post_headline(post: &RestPost) -> Headline {
    match &post.title {
        Some(title) => Headline {
            title: Some(title.clone()),
            score: REST_TITLE_SCORE,
            ..Headline::none()
        },
        None => Headline::none(),
    }
}

/// A REST answer's times, read to the second from its fields.
fn post_times(post: &RestPost) -> Times {
    Times {
        published_at: post.published_at,
        modified_at: post.modified_at,
        spans: Vec::new(),
        warnings: match post.published_at {
            Some(_) => Vec::new(),
            None => vec![NO_PUBLICATION_TIME.to_string()],
        },
        precision: post.published_at.map(|_| "second"),
    }
}

fn analyse(
    text: &str,
    post: Option<&RestPost>,
    options: &Options,
    mut notes: Vec<String>,
) -> Result<Row, String> {
    let cut = cut_at(text, 0);
    let cleaned = clean_text(&text[..cut]);
    let mut rest: Vec<String> = Vec::new();
    if cut < text.len() {
        notes.push(format!(
            "truncated: the document has {} characters; the first {} were analysed, and the \
             body keeps the rest, cleaned",
            thousands(text.chars().count()),
            thousands(text[..cut].chars().count()),
        ));
        rest = cleaned_pieces(text, cut);
    }
    if cleaned.is_empty() && rest.is_empty() {
        notes.push("empty_document: the document holds no text".to_string());
        return Ok(empty_row(notes));
    }

    let mut page = read_page(&cleaned, options.default_tz.as_deref(), options.now)?;
    let mut machinery: FxHashMap<usize, String> = page
        .machinery
        .iter()
        .map(|(i, kind)| (*i, kind.name().to_string()))
        .collect();
    // a related item's head and time over a lead whose agency's dateline names another day:
    // neither is the story's
    let caller = caller_zone(options)?;
    let page_settings = Settings {
        zone: caller.as_ref(),
        zone_name: options.default_tz.as_deref(),
        now: options.now,
        lang: None,
    };
    let (other_dates, other_heads) = other_day_items(
        &page.datelines,
        &page.lines,
        &page.dateline_lines,
        page_settings,
    )
    .map_err(|error| error.to_string())?;
    for head in other_heads {
        machinery.insert(head, "teaser".to_string());
    }
    let skip: FxHashSet<usize> = page
        .hashtag_lines
        .iter()
        .chain(&page.dateline_lines)
        .copied()
        .collect();
    let dated: FxHashSet<usize> = page
        .datelines
        .iter()
        .map(|item| item.line)
        .chain(page.bylines.iter().copied())
        .collect();
    // a feed's or a sitemap's raw XML: its titles and times are its items', none the page's
    let markup = is_markup_file(&page.lines);
    let headline = if let Some(post) = post {
        post_headline(post)
    } else if markup {
        Headline::none()
    } else {
        extract_headline(
            &page.lines,
            &machinery,
            &skip,
            &dated,
            options.title_threshold,
            default_weights(),
        )?
    };
    if headline.title.is_none() {
        notes.push("title_missing: no line of the page reads as its headline".to_string());
    }
    // a heading's day deep in the body, a site's clock at the top, a reader's comment: other
    // things' times
    // (Python's `_replace(role=...)`)
    let mut apart = body_dates(&page.datelines, &page.lines, headline.line)
        .map_err(|error| error.to_string())?;
    let widgets: FxHashSet<usize> = machinery
        .iter()
        .filter(|(_, kind)| kind.as_str() == "widget")
        .map(|(&index, _)| index)
        .collect();
    apart.extend(
        site_clocks(&page.datelines, &page.lines, headline.line, &widgets)
            .map_err(|error| error.to_string())?,
    );
    apart.extend(
        schedule_days(&page.datelines, &page.lines, headline.line)
            .map_err(|error| error.to_string())?,
    );
    apart.extend(comment_dates(&page.datelines, &page.lines, headline.line));
    apart.extend(embedded_post_days(
        &page.datelines,
        &page.lines,
        headline.line,
    ));
    apart.extend(teaser_dates(&page.datelines, &page.lines, headline.line));
    apart.extend(listing_days(&page.datelines, &page.lines, headline.line));
    apart.extend(framed_dates(&page.datelines, &page.lines, headline.line));
    apart.extend(place_widget_days(
        &page.datelines,
        &page.lines,
        headline.line,
    ));
    apart.extend(
        today_over_head(&page.datelines, &page.lines, headline.line)
            .map_err(|error| error.to_string())?,
    );
    apart.extend(
        day_in_title(&page.datelines, &page.lines, headline.line)
            .map_err(|error| error.to_string())?,
    );
    apart.extend(
        today_over_copy(&page.datelines, &page.lines, headline.line)
            .map_err(|error| error.to_string())?,
    );
    apart.extend(introduced_dates(&page.datelines, &page.lines));
    apart.extend(
        introduced_examples(&page.datelines, &page.lines).map_err(|error| error.to_string())?,
    );
    apart.extend(restated_days(&page.datelines, &page.lines, headline.line));
    apart.extend(other_dates);
    // a print issue's day on its line ("Выпуск 11 от 18.03.2019 г."): the date of last resort
    let issues = issue_lines::issue_line_days(&page.datelines, &page.lines, &apart)
        .map_err(|error| error.to_string())?;
    apart.extend(issues);
    // an e-paper page's day over its print page's number, the page's only date a few lines over
    // its headline, its byline's date under it, or a release's day over its contact's telephone
    // number above it: the page's own day, as though labelled
    let mut issued = issue_date::print_page_days(&page.datelines, &page.lines);
    issued.extend(
        issue_date::lone_head_day(&page.datelines, &page.lines, headline.line)
            .map_err(|error| error.to_string())?,
    );
    issued.extend(
        issue_date::bylined_day(&page.datelines, &page.lines, headline.line)
            .map_err(|error| error.to_string())?,
    );
    issued.extend(
        crate::timestamps::contact_days::contact_days(&page.datelines, &page.lines, headline.line)
            .map_err(|error| error.to_string())?,
    );
    // the lines of the dates read as another thing's: no fallback reads them back
    let apart_lines: FxHashSet<usize> = apart
        .iter()
        .filter(|order| !issued.contains(order))
        .filter_map(|&order| page.datelines.get(order).map(|item| item.line))
        .collect();
    for order in apart {
        if let Some(item) = page.datelines.get_mut(order) {
            item.role = "elsewhere";
        }
    }
    for order in issued {
        if let Some(item) = page.datelines.get_mut(order) {
            item.role = "published";
        }
    }
    let near = headline.line.map(|line| line as i64);
    let headless = headline.title.is_none();
    // how the fallbacks below read a date: the caller's zone, instant and default_tz, the
    // headline's language
    let zone = caller_zone(options)?;
    let settings = Settings {
        zone: zone.as_ref(),
        zone_name: options.default_tz.as_deref(),
        now: options.now,
        lang: Some(headline.lang.as_str()),
    };
    // a release's day over its issuing clock time ("Ends/Wednesday, March 5, 2025" / "Issued at
    // HKT 18:10"): its publication time, as though labelled (read before the headline's echo
    // joins the datelines, as in Python)
    let issued_at = issued::issued_dateline(&page.lines, &page.datelines, settings)
        .map_err(|error| error.to_string())?;
    if let (Some(title), Some(line)) = (headline.title.as_deref(), headline.line) {
        // the headline's copy opened by its day, on a line beside it: the article's day
        let echo =
            dated_echo(&page.lines, line, title, settings).map_err(|error| error.to_string())?;
        page.datelines.extend(echo);
    }
    page.datelines.extend(issued_at);
    let own_line = headline.line.filter(|line| !apart_lines.contains(line));
    if let Some(line) = own_line {
        // the compact day printed alone under it: the article's own, as though labelled (a
        // labelled publication time beside it wins: the digits are then a number of another
        // kind)
        let labelled: Vec<usize> = page
            .datelines
            .iter()
            .filter(|item| item.role == "published" && item.rank == LABEL_RANK)
            .map(|item| item.line)
            .collect();
        let compact = headline_date::compact_dateline(&page.lines, line, &labelled, settings)
            .map_err(|error| error.to_string())?;
        page.datelines.extend(compact);
    }
    // a page of results without a headline, or a raw XML file: its times are its items', none
    // the page's own
    let results = markup
        || headless && {
            let filled: Vec<&str> = page
                .lines
                .iter()
                .copied()
                .filter(|line| !line.is_empty())
                .collect();
            results_label(|k| filled[k], filled.len()).is_some()
        };
    let chosen: &[_] = if results { &[] } else { &page.datelines };
    let mut times = match post {
        Some(post) => post_times(post),
        None => choose_times(chosen, near, headless).map_err(|error| error.to_string())?,
    };
    if let (None, Some(line), None) = (times.published_at, own_line, post) {
        // no line states the page's time: the date its headline's line prints, if any (not
        // a line whose date is already read as another thing's: a schedule's entry, a body's
        // heading day or a site's clock taken for the headline); nor its line: the day an
        // archive's trail by date prints over it; nor the trail: the day closing a line under
        // it that prints the headline again
        let (lines, title) = (&page.lines, headline.title.as_deref().unwrap_or_default());
        let own = headline_date::headline_dateline(lines, line, title, settings)
            .transpose()
            .or_else(|| headline_date::trail_dateline(lines, line, settings).transpose())
            .or_else(|| headline_date::echo_dateline(lines, line, title, settings).transpose())
            // nor an echo: the day a date block prints over it, split over its lines
            .or_else(|| split_days::split_dateline(lines, line, settings).transpose())
            .transpose()
            .map_err(|error| error.to_string())?;
        if let Some(own) = own {
            page.datelines.push(own);
            times =
                choose_times(&page.datelines, near, headless).map_err(|error| error.to_string())?;
        }
    }
    if times.published_at.is_none() && !results && post.is_none() {
        // nor its headline's: the day an issue's number and date close a line of its head with
        let head = headline.line;
        let issue = issue_date::issue_dateline(&page.lines, head, settings)
            .map_err(|error| error.to_string())?;
        if let Some(issue) = issue {
            page.datelines.push(issue);
            times =
                choose_times(&page.datelines, near, headless).map_err(|error| error.to_string())?;
        }
    }
    notes.extend(times.warnings.iter().cloned());
    // the lines the body leaves out: machinery, datelines, the headline's
    let mut dropped = vec![false; page.lines.len()];
    let machinery_lines = machinery.keys();
    for &i in machinery_lines
        .chain(&page.dateline_lines)
        .chain(&headline.lines)
    {
        if let Some(flag) = dropped.get_mut(i) {
            *flag = true;
        }
    }
    let mut kept: Vec<&str> = Vec::new();
    for (&line, dropped) in page.lines.iter().zip(dropped) {
        // Non-empty lines, a line that repeats the one before it (a doubled caption) once.
        if !dropped && !line.is_empty() && kept.last() != Some(&line) {
            kept.push(line);
        }
    }
    let mut body = kept.join("\n");

    let fragments = detect_fragments(&body, None, None)?;
    if !rest.is_empty() {
        let mut parts = Vec::with_capacity(rest.len() + 1);
        if !body.is_empty() {
            parts.push(std::mem::take(&mut body));
        }
        parts.append(&mut rest);
        body = parts.join("\n");
    }
    // the headline's language read with the page's as prior: a name's letters say little
    let title_lang = match headline.title.as_deref() {
        Some(title) => detect_language(title, None, Some(&language_shares(&fragments)))?,
        None => headline.lang,
    };
    let mut of_headings: Vec<Fragment> = Vec::new();
    let headings = std::iter::once(headline.title.as_deref().unwrap_or(""))
        .chain(headline.alt_titles.iter().map(|alt| alt.text.as_str()));
    for heading in headings {
        of_headings.extend(detect_fragments(heading, None, None)?);
    }
    // the headings' fragments, then the body's
    let shared: Vec<&Fragment> = of_headings.iter().chain(&fragments).collect();
    let languages = language_shares(&shared);
    let ascii = headline.title.as_deref().filter(|title| !title.is_empty());
    Ok(Row {
        title_key: headline.title.as_deref().map(title_key),
        title_ascii: ascii.map(title_ascii).transpose()?,
        title_score: round4(headline.score),
        title_lang,
        title: headline.title,
        alt_titles: headline
            .alt_titles
            .into_iter()
            .map(|alt| AltTitle {
                text: alt.text,
                lang: alt.lang,
            })
            .collect(),
        languages,
        fragments: fragments
            .into_iter()
            .map(|fragment| FragmentRow {
                start: fragment.start as u32,
                end: fragment.end as u32,
                lang: fragment.lang,
                script: fragment.script,
            })
            .collect(),
        hashtags: page
            .hashtags
            .into_iter()
            .map(|tag| HashtagRow {
                tag: tag.tag,
                words: tag.words,
                lang: tag.lang.unwrap_or_else(|| "und".to_string()),
            })
            .collect(),
        published_at: times.published_at,
        published_precision: times.precision.map(str::to_string),
        modified_at: times.modified_at,
        body,
        warnings: notes,
        needs_python: None,
    })
}

/// Python's `round(value, 4)`: the value correctly rounded to four decimals.
fn round4(value: f64) -> f64 {
    // Below 10⁹ the product with 10⁴ is within 10⁻⁷ of the exact one: unless it lies that
    // close to halfway between two whole numbers, its nearest whole number is the exact
    // product's, and dividing it by 10⁴ (both exact) gives the double nearest the rounded
    // decimal, as reading its digits back does.
    let scaled = value * 1e4;
    let nearest = scaled.round_ties_even();
    if scaled.abs() < 1e9 && ((scaled - nearest).abs() - 0.5).abs() > 1e-6 {
        return nearest / 1e4;
    }
    format!("{value:.4}").parse().unwrap_or(value)
}

/// A count as Python's `f"{n:,}"` writes it.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (k, c) in digits.chars().enumerate() {
        if k > 0 && (digits.len() - k).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Where the piece of `text` from byte `start` ends (a byte offset): after the last line break
/// within `MAX_ANALYSED_CHARS` characters (at that many characters if there is none), or at
/// the end.
fn cut_at(text: &str, start: usize) -> usize {
    let tail = &text[start..];
    if tail.len() <= MAX_ANALYSED_CHARS {
        return text.len();
    }
    let Some((end, _)) = tail.char_indices().nth(MAX_ANALYSED_CHARS) else {
        return text.len();
    };
    match tail[..end].rfind('\n') {
        Some(at) => start + at + 1,
        None => start + end,
    }
}

/// `clean_text` of the text from byte `start`, a piece of `MAX_ANALYSED_CHARS` at a time.
fn cleaned_pieces(text: &str, mut start: usize) -> Vec<String> {
    let mut pieces = Vec::new();
    while start < text.len() {
        let end = cut_at(text, start);
        let cleaned = clean_text(&text[start..end]);
        if !cleaned.is_empty() {
            pieces.push(cleaned);
        }
        start = end;
    }
    pieces
}

/// One dict per item of a row's list field, each filled by `fill` (the twin's list columns).
fn dicts_of<'py, T>(
    py: Python<'py>,
    items: Vec<T>,
    fill: impl Fn(&Bound<'py, PyDict>, T) -> PyResult<()>,
) -> PyResult<Vec<Bound<'py, PyDict>>> {
    items
        .into_iter()
        .map(|value| {
            let item = PyDict::new(py);
            fill(&item, value)?;
            Ok(item)
        })
        .collect()
}

/// The row's columns as plain values (instants in microseconds UTC), and `needs_python`.
#[pyfunction]
#[pyo3(
    name = "documents__normalize_document",
    signature = (text, default_tz=None, now_us=None, title_threshold=TITLE_THRESHOLD)
)]
fn twin_normalize_document<'py>(
    py: Python<'py>,
    text: Option<&str>,
    default_tz: Option<String>,
    now_us: Option<i64>,
    title_threshold: f64,
) -> PyResult<Bound<'py, PyDict>> {
    let options = Options {
        default_tz,
        now: now_us,
        title_threshold,
    };
    let row = py.allow_threads(|| normalize_document(text, &options));
    let dict = PyDict::new(py);
    dict.set_item("title", row.title)?;
    dict.set_item("title_score", row.title_score)?;
    dict.set_item("title_lang", row.title_lang)?;
    dict.set_item("title_key", row.title_key)?;
    dict.set_item("title_ascii", row.title_ascii)?;
    let alts = dicts_of(py, row.alt_titles, |item, alt| {
        item.set_item("text", alt.text)?;
        item.set_item("lang", alt.lang)
    })?;
    dict.set_item("alt_titles", alts)?;
    dict.set_item("languages", row.languages)?;
    let fragments = dicts_of(py, row.fragments, |item, fragment| {
        item.set_item("start", fragment.start)?;
        item.set_item("end", fragment.end)?;
        item.set_item("lang", fragment.lang)?;
        item.set_item("script", fragment.script)
    })?;
    dict.set_item("fragments", fragments)?;
    let hashtags = dicts_of(py, row.hashtags, |item, tag| {
        item.set_item("tag", tag.tag)?;
        item.set_item("words", tag.words)?;
        item.set_item("lang", tag.lang)
    })?;
    dict.set_item("hashtags", hashtags)?;
    dict.set_item("published_at", row.published_at)?;
    dict.set_item("published_precision", row.published_precision)?;
    dict.set_item("modified_at", row.modified_at)?;
    dict.set_item("body", row.body)?;
    dict.set_item("warnings", row.warnings)?;
    dict.set_item("needs_python", row.needs_python)?;
    Ok(dict)
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(twin_normalize_document, m)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounded_as_the_digits_of_four_decimals_read_back() {
        let mut value: f64 = 0.0;
        let mut values = vec![
            0.00005,
            0.00015,
            0.03125,
            0.99995,
            1.0,
            -0.0,
            0.5,
            12345.67895,
        ];
        for _ in 0..20_000 {
            // a fixed walk through [0, 1): no randomness
            value = (value + 0.618_034) % 1.0;
            values.push(value);
        }
        for value in values {
            let read: f64 = format!("{value:.4}").parse().unwrap_or(value);
            assert_eq!(round4(value).to_bits(), read.to_bits(), "{value}");
        }
    }
}
