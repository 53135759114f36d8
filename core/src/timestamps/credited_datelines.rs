//! A dateline in capitals whose agency's credit in brackets names the agency's country:
//! "TOWN, (Portal / Country News - 16th Mar, 2022 ) :" (mirrors
//! `normalize/timestamps/credited_datelines.py`). A town the zone facts do not know still files
//! the story from the country its credit names; an outlet there prints its clock in that
//! country's zone without saying so.

use std::sync::OnceLock;

use regex::Regex;
use rustc_hash::FxHashSet;

use super::country::{country_names, country_zones};
use crate::segment::chars::{self, L};

/// A dateline in capitals opening a line (one to three words of three capitals at least, a
/// space or a dash between them), a comma or not and spaces, then its credit in brackets on the
/// same line: "DARYABAD, (Portal / Country News - 16th Mar, 2022 )".
fn credited_dateline() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        Regex::new(r"(?m)^\p{Lu}{3,}(?:[ -]\p{Lu}{3,}){0,2},?[ \x{a0}]+\(([^()\n]{3,80})\)")
            .expect("the credited dateline pattern compiles")
    })
}

/// The zone of the one country whose English name (tzdata's `iso3166.tab`, whole words) the
/// credit in brackets of the page's first dateline in capitals names, when tzdata gives it one
/// zone. None when the page has no such dateline, or its credit names no country, or countries
/// of several zones. Python's `credited_dateline_zone`.
pub fn credited_dateline_zone(text: &str) -> Option<String> {
    let credit = credited_dateline().captures(text)?.get(1)?.as_str();
    let named: FxHashSet<&str> = country_names()
        .iter()
        .filter(|(name, _)| names_whole(credit, name))
        .map(|(_, code)| country_zones().get(code).map_or("", String::as_str))
        .collect();
    match named.into_iter().collect::<Vec<_>>().as_slice() {
        [zone] if !zone.is_empty() => Some(zone.to_string()),
        _ => None,
    }
}

/// Whether a credit holds a name, no letter on either side of it.
fn names_whole(credit: &str, name: &str) -> bool {
    credit.match_indices(name).any(|(start, _)| {
        let end = start + name.len();
        let before = credit[..start].chars().next_back();
        let after = credit[end..].chars().next();
        !before.is_some_and(|c| chars::is(c, L)) && !after.is_some_and(|c| chars::is(c, L))
    })
}
