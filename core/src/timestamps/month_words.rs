//! The zone a date's month word gives (mirrors `normalize/timestamps/month_words.py`): a page
//! in one language whose dates print another language's month names is an outlet where that
//! other language is the site's own. A Russian-language city site in Ukraine prints its dates
//! in its software's Ukrainian ("10:52, 17 грудня 2012 р."), and its clock is Kyiv's.

use std::sync::OnceLock;

use regex::Regex;
use rustc_hash::FxHashMap;

use super::lines::Context;
use crate::facts::{language_info, zones};
use crate::segment::chars::{self, L, N};

/// A date line is short: the date, its clock, maybe a views counter or the author's name.
const DATE_LINE: usize = 80;

/// The clock a site's date stamp prints beside the day ("10:52"), no digit on either side
/// (Python's `_CLOCK`).
fn clock() -> &'static Regex {
    static CLOCK: OnceLock<Regex> = OnceLock::new();
    CLOCK.get_or_init(|| {
        Regex::new(r"(?:^|[^0-9])[0-2]?[0-9]:[0-5][0-9](?:[^0-9]|$)").expect("a clock is a pattern")
    })
}

/// The zone of the language whose own month name a short line with a clock prints between a
/// day's number and a year, the first such line (a site's date stamp, no document's date quoted
/// on a line of its own), when that language is one of the `month_locales` of the
/// zone the page's language implies. None when the caller gives the zone or the page's
/// language lists none.
pub fn month_words_zone(text: &str, ctx: &Context) -> Option<String> {
    if ctx.zone.is_some() {
        return None;
    }
    let patterns = patterns(ctx.lang.as_deref().unwrap_or(""));
    if patterns.is_empty() {
        return None;
    }
    for line in text.split('\n') {
        if line.chars().count() > DATE_LINE || !clock().is_match(line) {
            continue;
        }
        let low = chars::lower(line);
        for (zone, pattern) in patterns {
            if holds_date(pattern, &low) {
                return Some(zone.clone());
            }
        }
    }
    None
}

/// Whether the line holds the pattern's date with no letter or number before it and no number
/// after it, trying every start as the Python pattern's lookarounds do.
fn holds_date(pattern: &Regex, low: &str) -> bool {
    let mut start = 0;
    while let Some(found) = pattern.find_at(low, start) {
        let before = low[..found.start()].chars().next_back();
        let after = low[found.end()..].chars().next();
        if !before.is_some_and(|c| chars::is(c, L | N)) && !after.is_some_and(|c| chars::is(c, N)) {
            return true;
        }
        let step = low[found.start()..]
            .chars()
            .next()
            .map_or(1, char::len_utf8);
        start = found.start() + step;
    }
    false
}

type Patterns = Vec<(String, Regex)>;

/// For each of `month_locales` of the zone `lang` implies, its zone and a day's number, one
/// of its own month names (not the page language's) and a year of four digits.
fn patterns(lang: &str) -> &'static Patterns {
    static ALL: OnceLock<std::sync::Mutex<FxHashMap<String, &'static Patterns>>> = OnceLock::new();
    let all = ALL.get_or_init(Default::default);
    let mut map = all.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(found) = map.get(lang) {
        return found;
    }
    let built: &'static Patterns = Box::leak(Box::new(build(lang)));
    map.insert(lang.to_string(), built);
    built
}

fn build(lang: &str) -> Patterns {
    let own = language_info(lang);
    let Some(home) = own.get("zone").and_then(|z| z.as_str()) else {
        return Vec::new();
    };
    let months_of = |facts: &serde_json::Value| -> Vec<String> {
        facts
            .get("timestamps")
            .and_then(|t| t.get("months"))
            .and_then(|m| m.as_object())
            .map(|m| m.keys().cloned().collect())
            .unwrap_or_default()
    };
    let shared = months_of(own);
    let mut found = Vec::new();
    let others = zones()["month_locales"][home]
        .as_array()
        .cloned()
        .unwrap_or_default();
    for other in others.iter().filter_map(|o| o.as_str()) {
        let facts = language_info(other);
        let Some(zone) = facts.get("zone").and_then(|z| z.as_str()) else {
            continue;
        };
        let mut words: Vec<String> = months_of(facts)
            .into_iter()
            .filter(|w| !shared.contains(w))
            .collect();
        if words.is_empty() || zone == home {
            continue;
        }
        words.sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then(a.cmp(b)));
        let alternatives: Vec<String> = words.iter().map(|w| regex::escape(w)).collect();
        let pattern = format!(
            r"[0-9]{{1,2}}\s+(?:{})\s+[0-9]{{4}}",
            alternatives.join("|")
        );
        found.push((
            zone.to_string(),
            Regex::new(&pattern).expect("a month date is a pattern"),
        ));
    }
    found
}
