//! Find and parse news timestamps (Korean, Russian, English) to UTC instants (mirrors the
//! Python package `normalize/timestamps/`, one module per Python module).
//!
//! Instants are microseconds since 1970-01-01T00:00:00Z; offsets are code points. Nothing here
//! reads the wall clock: relative forms need `now`.

use pyo3::exceptions::{PyOverflowError, PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyTuple;

mod acts;
pub mod boards;
mod bounds;
pub mod choice;
pub mod civil;
pub mod comments;
pub mod contact_days;
mod continued;
pub mod country;
mod credited_datelines;
pub mod dated_echo;
pub mod datelines;
pub mod domains;
mod durations;
pub mod embeds;
pub mod grammar;
pub mod headline_date;
pub mod introductions;
pub mod issue_date;
pub mod issue_lines;
pub mod issued;
pub mod labels;
pub mod lines;
mod listings;
mod mastheads;
pub mod month_words;
pub mod named_days;
pub mod other_days;
mod parse;
mod pattern;
pub mod periods;
pub mod publisher;
mod pychars;
mod reading;
mod regions;
mod relative;
pub mod restated;
mod revisions;
mod run_in_datelines;
mod run_on;
pub mod schedules;
pub mod site_clocks;
pub mod split_days;
mod stamps;
pub mod teasers;
mod tickers;
mod tzif;
pub mod widgets;
pub mod zones;

pub use choice::{choose_times, find_times, Times};
pub use datelines::{find_datelines, Dateline};
pub use lines::Reading;
pub use parse::parse_timestamp;
pub use pychars::has_decimal;

/// Why a timestamp function gives no answer at all (Python raises in these cases).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TimeError {
    /// A date beyond `datetime`'s years 1 to 9999 where Python does not catch it.
    Overflow,
    /// An unknown zone name (the caller's `default_tz`).
    Zone(String),
    /// A pattern could not run.
    Regex(String),
}

impl std::fmt::Display for TimeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TimeError::Overflow => write!(f, "date value out of range"),
            TimeError::Zone(message) | TimeError::Regex(message) => write!(f, "{message}"),
        }
    }
}

impl std::error::Error for TimeError {}

impl From<TimeError> for PyErr {
    fn from(error: TimeError) -> PyErr {
        match error {
            TimeError::Overflow => PyOverflowError::new_err(error.to_string()),
            TimeError::Zone(message) => PyValueError::new_err(message),
            TimeError::Regex(message) => PyRuntimeError::new_err(message),
        }
    }
}

/// The caller's zone by name, when given.
fn caller_zone(default_tz: Option<&str>) -> Result<Option<zones::Zone>, TimeError> {
    default_tz.map(zones::named_zone).transpose()
}

/// A dateline as the differential test sees it: (line, role, rank, value, precision, shape,
/// problem, assumed, spans, start, end).
pub(crate) type DatelineTuple = (
    usize,
    String,
    i64,
    Option<i64>,
    Option<String>,
    String,
    Option<String>,
    Option<String>,
    Vec<(usize, usize)>,
    usize,
    usize,
);

pub(crate) fn dateline_tuple(item: &Dateline) -> DatelineTuple {
    let reading = &item.reading;
    (
        item.line,
        item.role.to_string(),
        item.rank,
        reading.value,
        reading.precision.map(str::to_string),
        reading.shape.to_string(),
        reading.problem.clone(),
        reading.assumed.clone(),
        reading.spans.clone(),
        item.start,
        item.end,
    )
}

fn known(value: &str, choices: &[&'static str], what: &str) -> PyResult<&'static str> {
    choices
        .iter()
        .copied()
        .find(|choice| *choice == value)
        .ok_or_else(|| PyValueError::new_err(format!("{value:?} is no {what}.")))
}

fn dateline_from(tuple: DatelineTuple) -> PyResult<Dateline> {
    let (line, role, rank, value, precision, shape, problem, assumed, spans, start, end) = tuple;
    let precision = match precision {
        Some(p) => Some(known(&p, &["day", "minute", "second"], "precision")?),
        None => None,
    };
    Ok(Dateline::new(
        line,
        known(&role, &["published", "modified", "elsewhere", ""], "role")?,
        rank,
        Reading {
            value,
            problem,
            assumed,
            spans,
            shape: known(
                &shape,
                &[
                    "full",
                    "date",
                    "yearless",
                    "yearless_clock",
                    "clock",
                    "relative",
                    "",
                ],
                "shape",
            )?,
            precision,
        },
        start,
        end,
    ))
}

type TimesTuple = (
    Option<i64>,
    Option<i64>,
    Vec<(usize, usize)>,
    Vec<String>,
    Option<String>,
);

fn times_tuple(times: Times) -> TimesTuple {
    (
        times.published_at,
        times.modified_at,
        times.spans,
        times.warnings,
        times.precision.map(str::to_string),
    )
}

#[pyfunction]
#[pyo3(name = "timestamps__parse_timestamp", signature = (text, default_tz=None, now_us=None))]
fn parse_timestamp_twin(
    py: Python<'_>,
    text: &str,
    default_tz: Option<&str>,
    now_us: Option<i64>,
) -> PyResult<Option<i64>> {
    Ok(py.allow_threads(|| parse_timestamp(text, default_tz, now_us))?)
}

#[pyfunction]
#[pyo3(
    name = "timestamps__find_datelines",
    signature = (text, default_tz=None, now_us=None, lang=None)
)]
fn find_datelines_twin(
    py: Python<'_>,
    text: &str,
    default_tz: Option<&str>,
    now_us: Option<i64>,
    lang: Option<&str>,
) -> PyResult<Vec<DatelineTuple>> {
    let found = py.allow_threads(|| {
        find_datelines(text, caller_zone(default_tz)?, default_tz, now_us, lang)
    })?;
    Ok(found.iter().map(dateline_tuple).collect())
}

#[pyfunction]
#[pyo3(name = "timestamps__choose_times", signature = (datelines, near=None, headless=false))]
fn choose_times_twin(
    datelines: Vec<Bound<'_, PyTuple>>,
    near: Option<i64>,
    headless: bool,
) -> PyResult<TimesTuple> {
    let items = datelines
        .into_iter()
        .map(|tuple| dateline_from(tuple.extract()?))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(times_tuple(choose_times(&items, near, headless)?))
}

#[pyfunction]
#[pyo3(
    name = "timestamps__find_times",
    signature = (text, default_tz=None, now_us=None, lang=None, near=None)
)]
fn find_times_twin(
    py: Python<'_>,
    text: &str,
    default_tz: Option<&str>,
    now_us: Option<i64>,
    lang: Option<&str>,
    near: Option<i64>,
) -> PyResult<TimesTuple> {
    let times = py.allow_threads(|| -> Result<Times, TimeError> {
        let found = find_datelines(text, caller_zone(default_tz)?, default_tz, now_us, lang)?;
        choose_times(&found, near, false)
    })?;
    Ok(times_tuple(times))
}

#[pyfunction]
#[pyo3(
    name = "timestamps__in_own_cell",
    signature = (line, start, end, *, labelled=false)
)]
fn in_own_cell_twin(line: &str, start: usize, end: usize, labelled: bool) -> PyResult<bool> {
    Ok(lines::in_own_cell(line, start, end, labelled)?)
}

/// The reading context of a page in `lang`, with the caller's zone if any, as the zone
/// twins take it.
fn twin_context(default_tz: Option<&str>, lang: Option<&str>) -> PyResult<lines::Context<'static>> {
    let zone = caller_zone(default_tz)?;
    Ok(lines::context(
        zone,
        default_tz,
        None,
        lang,
        Default::default(),
    ))
}

/// Twins of Python's zone functions, each `$name(text, default_tz=None, lang=None)`: the zone
/// `$zone` reads in the text with the page's context (`twin_context`).
macro_rules! zone_twins {
    ($($twin:ident, $name:tt, $zone:path;)*) => {$(
        #[pyfunction]
        #[pyo3(name = $name, signature = (text, default_tz=None, lang=None))]
        fn $twin(
            text: &str,
            default_tz: Option<&str>,
            lang: Option<&str>,
        ) -> PyResult<Option<String>> {
            Ok($zone(text, &twin_context(default_tz, lang)?))
        }
    )*};
}

zone_twins! {
    dateline_zone_twin, "timestamps__dateline_zone", zones::dateline_zone;
    address_zone_twin, "timestamps__address_zone", publisher::address_zone;
    country_zone_twin, "timestamps__country_zone", country::country_zone;
    region_zone_twin, "timestamps__region_zone", regions::region_zone;
    currency_zone_twin, "timestamps__currency_zone", publisher::currency_zone;
    credit_zone_twin, "timestamps__credit_zone", zones::credit_zone;
}

#[pyfunction]
#[pyo3(name = "timestamps__home_zone", signature = (text, default_tz=None, lang=None))]
fn home_zone_twin(
    text: &str,
    default_tz: Option<&str>,
    lang: Option<&str>,
) -> PyResult<Option<String>> {
    let ctx = twin_context(default_tz, lang)?;
    Ok(zones::home_zone(text, zones::language_zone(&ctx)))
}

#[pyfunction]
#[pyo3(name = "timestamps__page_zone", signature = (text, default_tz=None, lang=None))]
fn page_zone_twin(
    text: &str,
    default_tz: Option<&str>,
    lang: Option<&str>,
) -> PyResult<Option<String>> {
    Ok(publisher::page_zone(
        text,
        &twin_context(default_tz, lang)?,
    )?)
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(in_own_cell_twin, m)?)?;
    m.add_function(wrap_pyfunction!(dateline_zone_twin, m)?)?;
    m.add_function(wrap_pyfunction!(page_zone_twin, m)?)?;
    m.add_function(wrap_pyfunction!(address_zone_twin, m)?)?;
    m.add_function(wrap_pyfunction!(country_zone_twin, m)?)?;
    m.add_function(wrap_pyfunction!(region_zone_twin, m)?)?;
    m.add_function(wrap_pyfunction!(currency_zone_twin, m)?)?;
    m.add_function(wrap_pyfunction!(credit_zone_twin, m)?)?;
    m.add_function(wrap_pyfunction!(home_zone_twin, m)?)?;
    m.add_function(wrap_pyfunction!(parse_timestamp_twin, m)?)?;
    m.add_function(wrap_pyfunction!(find_datelines_twin, m)?)?;
    m.add_function(wrap_pyfunction!(choose_times_twin, m)?)?;
    m.add_function(wrap_pyfunction!(find_times_twin, m)?)
}
