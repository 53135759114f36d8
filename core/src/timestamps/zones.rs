//! Zones: the one a text states, the one a reader of the page would assume, and UTC instants
//! (mirrors `normalize/timestamps/zones.py`, `agency_zones.py` and `options.named_zone`).
//!
//! IANA zones are read from the zone files of `tzdata` (see `tzif.rs`), so that a wall-clock
//! time means what it means to Python's `zoneinfo`.

use std::cell::OnceCell;
use std::path::{Component, Path};
use std::sync::{Arc, Mutex, OnceLock};

use regex_automata::meta::Regex as Plain;
use regex_automata::Input;
use rustc_hash::{FxHashMap, FxHashSet};

use super::civil::{checked, fields, seconds, US_PER_SECOND};
use super::country::date_line_zone;
use super::credited_datelines::credited_dateline_zone;
use super::grammar::{grammar, Grammar, Marks};
use super::lines::{conventions, own_conventions, Context, Line, PageZones};
use super::pattern::Found;
use super::pychars::{int, is_space, key, repr, Indexed};
use super::tzif::TzFile;
use super::TimeError;
use crate::data::paths;
use crate::facts::{language_info, zones};
use crate::segment::chars::{self, L};
use crate::text::{split_lines, starts_of_lines};

/// The westmost zone where people live is this many hours behind UTC (Samoa's neighbours).
pub const WESTMOST: i64 = 11;

/// A zone: UTC, a fixed offset (seconds), or an IANA zone.
#[derive(Debug, Clone)]
pub enum Zone {
    Utc,
    Fixed(i64),
    Named(Arc<TzFile>),
}

impl Zone {
    /// The UTC offset (seconds) of a wall-clock time, read with fold 0.
    pub fn utcoffset(&self, local: i64) -> i64 {
        match self {
            Zone::Utc => 0,
            Zone::Fixed(offset) => *offset,
            Zone::Named(file) => file.local_offset(seconds(local), fields(local).year),
        }
    }

    /// The wall-clock time of an instant (`astimezone`), or the overflow Python raises.
    pub fn from_utc(&self, instant: i64) -> Result<i64, TimeError> {
        let offset = match self {
            Zone::Utc => 0,
            Zone::Fixed(offset) => *offset,
            Zone::Named(file) => file.utc_offset(seconds(instant), fields(instant).year),
        };
        checked(i128::from(instant) + i128::from(offset) * i128::from(US_PER_SECOND))
    }

    /// The instant of a wall-clock time in this zone, or the overflow Python raises.
    pub fn to_utc(&self, local: i64) -> Result<i64, TimeError> {
        let offset = self.utcoffset(local);
        checked(i128::from(local) - i128::from(offset) * i128::from(US_PER_SECOND))
    }
}

/// A wall-clock time in a zone as a UTC instant; None outside `datetime`'s range.
pub fn utc(local: i64, zone: &Zone) -> Option<i64> {
    zone.to_utc(local).ok()
}

/// An IANA zone or a fixed "+09:00" offset by name (options' `named_zone`).
pub fn named_zone(name: &str) -> Result<Zone, TimeError> {
    if name == "UTC" {
        return Ok(Zone::Utc);
    }
    let bytes = name.as_bytes();
    if bytes.len() == 6
        && (bytes[0] == b'+' || bytes[0] == b'-')
        && bytes[3] == b':'
        && [1, 2, 4, 5].iter().all(|&i| bytes[i].is_ascii_digit())
    {
        let hours = i64::from(bytes[1] - b'0') * 10 + i64::from(bytes[2] - b'0');
        let minutes = i64::from(bytes[4] - b'0') * 10 + i64::from(bytes[5] - b'0');
        if hours <= 14 && minutes < 60 {
            let sign = if bytes[0] == b'-' { -1 } else { 1 };
            return Ok(Zone::Fixed(sign * (hours * 3600 + minutes * 60)));
        }
    }
    zone_file(name).map(Zone::Named).map_err(|_| {
        TimeError::Zone(format!(
            "Unknown time zone {}; pass an IANA name such as 'Asia/Seoul' or 'UTC'.",
            repr(name)
        ))
    })
}

/// One IANA zone file, read once.
fn zone_file(name: &str) -> Result<Arc<TzFile>, String> {
    static FILES: OnceLock<Mutex<FxHashMap<String, Arc<TzFile>>>> = OnceLock::new();
    let files = FILES.get_or_init(|| Mutex::new(FxHashMap::default()));
    if let Some(file) = files.lock().ok().and_then(|f| f.get(name).cloned()) {
        return Ok(file);
    }
    let relative = Path::new(name);
    let normal = !name.is_empty()
        && !name.contains('\0')
        && !name.ends_with('/')
        && !name.contains("//")
        && relative
            .components()
            .all(|part| matches!(part, Component::Normal(_)));
    if !normal {
        return Err(format!("{name}: not a zone key"));
    }
    let path = paths()?.zoneinfo.join(relative);
    let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let file = Arc::new(TzFile::parse(&bytes)?);
    if let Ok(mut files) = files.lock() {
        files.insert(name.to_string(), file.clone());
    }
    Ok(file)
}

/// The zone the text states after its clock time or date (`anchors`), or in words anywhere,
/// with its span added to `spans`, and what was assumed when that is an ambiguous abbreviation
/// that neither the caller's zone nor the page's places settle (see `resolve_ambiguous`), and
/// whether the abbreviation is of countries that write the day first (see
/// `day_first_abbreviation`). A signed clock time with its half of the day after the clock is
/// the close of a slot ("6:00pm-6:30pm GMT"), not an offset: the zone follows it.
pub fn stated_zone(
    text: &Indexed,
    anchors: &[usize],
    spans: &mut Vec<(usize, usize)>,
    ctx: &Context,
    marks: Marks,
    g: &Grammar,
) -> Result<(Option<Zone>, Option<String>, bool), TimeError> {
    let mut ambiguous: Option<String> = None;
    for &anchor in anchors {
        let after = text.slice(anchor, anchor + 8);
        if after.trim_matches(|c| c == ' ' || c == ',').is_empty() {
            continue; // nothing follows the clock or date
        }
        // "06:00-06:30": a range's closing clock, no offset; a zone may follow it
        let mut position = if closes_range(text, anchor) {
            anchor + RANGE_CLOSE
        } else {
            anchor
        };
        for _ in 0..3 {
            let Some(found) = g.zone_after.match_at(text, position)? else {
                break;
            };
            if overlaps(found.span(), spans) {
                break;
            }
            position = found.end();
            if found.group("sign").is_some() {
                // "5:00pm-5:31pm": a slot's closing clock, no offset
                if let Some(closing) = g.meridiem_after.match_at(text, position)? {
                    position = closing.end();
                    continue;
                }
            }
            if let Some(zone) = zone_of(&found, true)? {
                spans.push(found.span());
                let day_first = found.group("abbr").is_some_and(day_first_abbreviation);
                return Ok((Some(zone), None, day_first));
            }
            if let Some(abbr) = found.group("abbr") {
                spans.push(found.span());
                ambiguous = ambiguous.or_else(|| Some(abbr.to_string()));
            }
        }
    }
    if marks.has(Marks::ZONE) {
        if let Some(anywhere) = g.zone_anywhere.search(text, 0)? {
            spans.push(anywhere.span());
            return Ok((zone_of(&anywhere, false)?, None, false));
        }
    }
    let Some(ambiguous) = ambiguous else {
        return Ok((None, None, false));
    };
    let (zone, usual) = resolve_ambiguous(&ambiguous, ctx)?;
    Ok((zone, usual, day_first_abbreviation(&ambiguous)))
}

/// Whether every zone an abbreviation may name is of a region that writes the day before the
/// month ("IST": India, Ireland and Israel alike; "SGT"), so that a numeric date printed with it
/// reads day first ("08-11-2019 14:05 IST" is 8 November). An abbreviation of a fixed offset
/// ("CET", "AEST") names no region, nor does UTC; one of several regions writing either way
/// ("CST": Chicago or Shanghai) says nothing.
pub fn day_first_abbreviation(abbr: &str) -> bool {
    let g = grammar();
    let name = key(abbr);
    let named: Vec<&String> = match g.ambiguous.get(&name) {
        Some(choices) if !choices.is_empty() => choices.iter().collect(),
        _ => g.zones.get(&name).into_iter().collect(),
    };
    !named.is_empty() && named.iter().all(|zone| day_first_zone(zone))
}

/// How long a range's closing clock is with the sign before it ("-06:30").
const RANGE_CLOSE: usize = 6;

/// Whether a hyphen or an en dash and a clock of two-digit hours and minutes glued at `anchor`
/// after a clock printed without seconds close a range of clock times ("06:00-06:30", a
/// programme's slot) rather than state an offset; after seconds ("08:00:00-05:00") or a date's
/// "T" ("2024-05-17T06:00-06:30", ISO 8601) they are an offset, and so are they when they are no
/// later than the clock before them ("2024-05-03 10:00-05:00") (Python's `_closes_range`).
fn closes_range(text: &Indexed, anchor: usize) -> bool {
    let digit = |at: usize| text.at(at).is_some_and(|c| c.is_ascii_digit());
    let closing = text.at(anchor).is_some_and(|c| c == '-' || c == '–')
        && is_clock(text, anchor + 1, anchor + RANGE_CLOSE)
        && !text
            .at(anchor + RANGE_CLOSE)
            .is_some_and(|c| c.is_ascii_digit() || c == ':');
    if !closing || anchor < 4 || !is_clock(text, anchor - 4, anchor) {
        return false;
    }
    // the first digit of the hours, one or two of them
    let hours = if anchor > 4 && digit(anchor - 5) {
        anchor - 5
    } else {
        anchor - 4
    };
    // a range closes later than it opens
    let opening = format!("{:0>5}", text.slice(hours, anchor));
    if opening.as_str() >= text.slice(anchor + 1, anchor + RANGE_CLOSE) {
        return false;
    }
    hours == 0
        || !text
            .at(hours - 1)
            .is_some_and(|c| c.is_ascii_digit() || matches!(c, ':' | 'T' | 't'))
}

/// Whether the text from `start` to `end` is a digit, a colon and two digits, or two digits
/// before them (Python's `_is_clock`).
fn is_clock(text: &Indexed, start: usize, end: usize) -> bool {
    let chars: Vec<char> = text.slice(start, end).chars().collect();
    let n = chars.len();
    (n == 4 || n == 5)
        && end - start == n
        && chars[n - 3] == ':'
        && chars[..n - 3]
            .iter()
            .chain(&chars[n - 2..])
            .all(char::is_ascii_digit)
}

/// Whether a span shares characters with any already read (a clock is no zone offset).
fn overlaps(span: (usize, usize), spans: &[(usize, usize)]) -> bool {
    spans
        .iter()
        .any(|&(start, end)| span.0 < end && start < span.1)
}

/// The zone one zone match names; None for an ambiguous abbreviation.
fn zone_of(found: &Found<'_>, has_abbr: bool) -> Result<Option<Zone>, TimeError> {
    let g = grammar();
    if let (Some(sign), Some(hours)) = (found.group("sign"), found.group("oh")) {
        let spaced = match (found.group_start("sign"), found.group_start("oh")) {
            (Some(at_sign), Some(at_hours)) => at_hours - at_sign > 1,
            _ => false,
        };
        return Ok(offset(
            sign,
            hours,
            found.group("om"),
            found.group("pfx").is_some(),
            spaced,
        ));
    }
    if has_abbr {
        if let Some(abbr) = found.group("abbr") {
            return match g.zones.get(&key(abbr)) {
                Some(name) => named_zone(name).map(Some),
                None => Ok(None),
            };
        }
    }
    let phrase = found.group("phrase").unwrap_or("");
    match g.zone_phrases.get(&key(phrase)) {
        Some(name) => named_zone(name).map(Some),
        None => Err(TimeError::Zone(format!("no zone for {}", repr(phrase)))),
    }
}

/// A printed UTC offset as a zone: hours up to 14 and minutes of a quarter hour. Without
/// GMT/UTC before it, an offset is its sign touching two-digit hours ("+09", "+0900",
/// "-05:00"); a bare "+9" is a count, and a number after a spaced dash ("20:40 - 412", a view
/// count; "9:00 - 5:00", a range) is no offset, nor are bare hours west of `WESTMOST`
/// ("10:00:00-12": no one lives there, the hours close a range).
fn offset(
    sign: &str,
    hours: &str,
    minutes: Option<&str>,
    prefixed: bool,
    spaced: bool,
) -> Option<Zone> {
    if !prefixed && (hours.chars().count() < 2 || spaced) {
        return None;
    }
    let (oh, om) = (int(hours), minutes.map_or(0, int));
    if oh > 14 || om % 15 != 0 {
        return None;
    }
    if !prefixed && minutes.is_none() && sign != "+" && oh > WESTMOST {
        return None;
    }
    let direction = if sign != "+" { -1 } else { 1 };
    Some(Zone::Fixed(direction * (oh * 3600 + om * 60)))
}

/// An ambiguous abbreviation means the caller's zone when that zone uses it, else the one
/// zone of its choices whose places the page names ("IST" on a page about Delhi), else the
/// first of its choices, the zone its readers overwhelmingly mean in news text, with what was
/// assumed ("Asia/Kolkata (the usual meaning of IST)"); an abbreviation of a standard time is
/// that standard offset in any season (see `standard`).
fn resolve_ambiguous(
    abbr: &str,
    ctx: &Context,
) -> Result<(Option<Zone>, Option<String>), TimeError> {
    let empty = Vec::new();
    let choices = grammar().ambiguous.get(&key(abbr)).unwrap_or(&empty);
    if let (Some(name), Some(zone)) = (&ctx.zone_name, &ctx.zone) {
        if choices.contains(name) {
            return Ok((
                Some(standard(abbr, name).unwrap_or_else(|| zone.clone())),
                None,
            ));
        }
    }
    let named: Vec<&String> = choices
        .iter()
        .filter(|choice| ctx.places.name(choice))
        .collect();
    if let [only] = named.as_slice() {
        let zone = match standard(abbr, only) {
            Some(zone) => zone,
            None => named_zone(only)?,
        };
        return Ok((Some(zone), None));
    }
    let Some(usual) = choices.first() else {
        return Ok((None, None));
    };
    let assumed = format!("{usual} (the usual meaning of {})", abbr.to_uppercase());
    let zone = match standard(abbr, usual) {
        Some(zone) => zone,
        None => named_zone(usual)?,
    };
    Ok((Some(zone), Some(assumed)))
}

/// The offset an abbreviation of a standard time names in a zone that moves its clocks in
/// summer, whatever the season ("CST" in Chicago is UTC-6 in September too, as "EST" is
/// UTC-5); None when it names the zone's own clock (`standard_offsets` of `zones.json`;
/// Python's `_standard`).
fn standard(abbr: &str, zone: &str) -> Option<Zone> {
    let offset = zones()["standard_offsets"][key(abbr).as_str()][zone].as_str()?;
    named_zone(offset).ok()
}

// The zones of the places a text names (`Places`, `region_zones`, `place_zones`); Python
// holds them in normalize/timestamps/places.py.

/// Every zone's places as whole words, in the order of one alternation with a group per zone
/// (`(?<!\p{L})(?:(p1|p2)|(p3|...)...)(?!\p{L})`), and those zones in the groups' order. The
/// places are literal words: a plain search for any of them finds where one may start, and
/// there they are tried in order, no backtracking engine compiled.
struct Places {
    /// Where any place starts.
    starts: Plain,
    /// The places by the character they open with, each with its zone's index, in the order
    /// of the alternation.
    by_first: FxHashMap<char, Vec<(String, usize)>>,
    zones: Vec<String>,
}

impl Places {
    /// The zones whose places the text names: the zones of the alternation's matches, left to
    /// right and none overlapping, each the first place in order that stands at the leftmost
    /// place where one does, no letter before it and none after it.
    fn named(&self, text: &str) -> FxHashSet<&String> {
        self.found(text)
            .into_iter()
            .filter_map(|(_, zone)| self.zones.get(zone))
            .collect()
    }

    /// The alternation's matches in the text, as `named` takes them: each one's offset and
    /// its zone's index.
    fn found(&self, text: &str) -> Vec<(usize, usize)> {
        let letter = |c: char| chars::is(c, L);
        let mut found = Vec::new();
        let mut at = 0;
        while let Some((start, before, rest, first)) = next_start(&self.starts, text, at) {
            let place = (!before.chars().next_back().is_some_and(letter))
                .then(|| self.by_first.get(&first))
                .flatten()
                .and_then(|places| {
                    places.iter().find(|(place, _)| {
                        rest.strip_prefix(place.as_str())
                            .is_some_and(|after| !after.chars().next().is_some_and(letter))
                    })
                });
            match place {
                Some((place, zone)) => {
                    found.push((start, *zone));
                    at = start + place.len();
                }
                None => at = start + first.len_utf8(),
            }
        }
        found
    }

    /// Whether a text is one of the places, whole.
    fn holds(&self, text: &str) -> bool {
        text.chars()
            .next()
            .and_then(|first| self.by_first.get(&first))
            .is_some_and(|places| places.iter().any(|(place, _)| place == text))
    }
}

/// The next place from `at` on where the plain search finds a name may start: its offset,
/// the text before it, the text from it on and that text's first character.
fn next_start<'t>(
    starts: &Plain,
    text: &'t str,
    at: usize,
) -> Option<(usize, &'t str, &'t str, char)> {
    let start = starts.find(Input::new(text).range(at..))?.start();
    let (before, rest) = (text.get(..start)?, text.get(start..)?);
    Some((start, before, rest, rest.chars().next()?))
}

/// Each zone's entries in one table of `zones.json`, spelled by `spell`, in the file's order.
pub fn zone_lists(table: &str, spell: fn(&str) -> String) -> Vec<(String, Vec<String>)> {
    let empty = serde_json::Map::new();
    let lists = zones()[table].as_object().unwrap_or(&empty);
    lists
        .iter()
        .map(|(zone, list)| {
            let entries = list
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|entry| entry.as_str())
                .map(spell)
                .collect();
            (zone.clone(), entries)
        })
        .collect()
}

/// One alternation of every zone's places, a group per zone.
fn places_pattern() -> &'static Places {
    static PLACES: OnceLock<Places> = OnceLock::new();
    PLACES.get_or_init(|| whole_words("places"))
}

/// The zones of the regions a text names: states, provinces and counties of one zone, and
/// the regions of `placed_regions` where the text places something in them ("a yard on
/// Staten Island"; not "born in the Bronx", "the Bronx Bombers", "the Staten Island Ferry").
pub fn region_zones(text: &str) -> FxHashSet<String> {
    let lowered = chars::lower(text);
    let placed = placed_regions_pattern();
    let mut named: FxHashSet<String> = regions_pattern()
        .named(&lowered)
        .into_iter()
        .cloned()
        .collect();
    named.extend(
        placed
            .found(&lowered)
            .into_iter()
            .filter(|&(start, _)| placed_by(&lowered, start, placed_in(), origin()))
            .filter_map(|(_, zone)| placed.zones.get(zone).cloned()),
    );
    named
}

/// One alternation of every zone's regions, a group per zone.
fn regions_pattern() -> &'static Places {
    static REGIONS: OnceLock<Places> = OnceLock::new();
    REGIONS.get_or_init(|| whole_words("regions"))
}

/// One alternation of every zone's regions that count only where something is placed in
/// them, a group per zone.
fn placed_regions_pattern() -> &'static Places {
    static PLACED: OnceLock<Places> = OnceLock::new();
    PLACED.get_or_init(|| whole_words("placed_regions"))
}

/// The word that places something in a region right before its name ("on Staten Island", "in
/// the Bronx"); the text is lowered.
fn placed_in() -> &'static regex::Regex {
    static PLACED_IN: OnceLock<regex::Regex> = OnceLock::new();
    PLACED_IN.get_or_init(|| {
        regex::Regex::new(r"(?:^|[^\p{L}])(?:in|on|across|throughout)\x20$")
            .expect("the words that place something in a region are a pattern")
    })
}

/// Where someone comes from, right before a region's name ("born in the Bronx", "grew up on
/// Staten Island"); the text is lowered.
fn origin() -> &'static regex::Regex {
    static ORIGIN: OnceLock<regex::Regex> = OnceLock::new();
    ORIGIN.get_or_init(|| {
        regex::Regex::new(r"(?:^|[^\p{L}])(?:born|raised|grew\x20up)\x20(?:in|on)\x20$")
            .expect("the words of someone's origin are a pattern")
    })
}

/// The zones of the states of the United States a text names by their names, but those a
/// city, a country or a first name bears too (`shared_state_names`: "New York"), and a
/// state's name that a longer name of capitalised words holds, a lake's, a range's, a
/// person's or a town's ("Lake Michigan", "the Sierra Nevada", "Indiana Jones"); none unless
/// the text places something in one of them, after "in", "across" or "throughout" (a
/// direction's word between: "in western Nebraska") or after a town's name and a comma
/// ("Merrill Falls, Iowa"): a state named only otherwise is someone's past or a title's
/// ("moved from Ohio", "born in Ohio", "the Texas senator"), no story's place.
pub fn state_zones(text: &str) -> FxHashSet<String> {
    let states = states_pattern();
    let unless_a_state = |run: &regex::Captures| {
        if states.holds(&chars::lower(&run[0])) {
            run[0].to_string()
        } else {
            A_NAME.to_string()
        }
    };
    let kept = capitalised_run().replace_all(text, unless_a_state);
    let lowered = chars::lower(&kept);
    let found = states.found(&lowered);
    if !found
        .iter()
        .any(|&(start, _)| placed_by(&lowered, start, placing(), birthplace()))
    {
        return FxHashSet::default();
    }
    found
        .into_iter()
        .filter_map(|(_, zone)| states.zones.get(zone).cloned())
        .collect()
}

/// What a longer name of capitalised words stands as once taken out ("Lake Michigan"): no
/// letter, so that no state's name runs into it, but still a town's name before a comma
/// ("Cedar Rapids, Iowa").
const A_NAME: &str = "_";

/// How far before a place's name its placing words may start, in characters.
const PLACING_REACH: usize = 32;

/// Whether the words right before byte `start` of a lowered text, within `PLACING_REACH`,
/// place something in what opens there (`placing`: "in western Nebraska", "on Staten Island"),
/// not someone's origin (`origin`: "born in Ohio", "grew up on Staten Island"); Python's
/// `_placed_by`.
fn placed_by(lowered: &str, start: usize, placing: &regex::Regex, origin: &regex::Regex) -> bool {
    let Some(before) = lowered.get(..start) else {
        return false;
    };
    let from = before
        .char_indices()
        .rev()
        .nth(PLACING_REACH - 1)
        .map_or(0, |(at, _)| at);
    placing.is_match_at(before, from) && !origin.is_match_at(before, from)
}

/// Where someone comes from, right before a state's name, places no story in it: "born in
/// Ohio", "raised in rural Iowa", "grew up in western Nebraska"; the text is lowered.
fn birthplace() -> &'static regex::Regex {
    static BIRTHPLACE: OnceLock<regex::Regex> = OnceLock::new();
    BIRTHPLACE.get_or_init(|| {
        regex::Regex::new(r"(?:^|[^\p{L}])(?:born|raised|grew\x20up)\x20in\x20(?:\p{L}+\x20)?$")
            .expect("the words of someone's birthplace are a pattern")
    })
}

/// What places something in a state, right before its name: "in", "across" or "throughout"
/// as a word, a direction's word between at most ("in north Arkansas", "across central
/// Iowa"), or a town's name and a comma ("Merrill Falls, Iowa"); the text is lowered.
fn placing() -> &'static regex::Regex {
    static PLACING: OnceLock<regex::Regex> = OnceLock::new();
    PLACING.get_or_init(|| {
        regex::Regex::new(
            r"(?x)
            (?:
                (?:^|[^\p{L}])(?:in|across|throughout)\x20   # the word that places it
                (?:(?:north|south|east|west|central|northern|southern|eastern|western
                    |northeast|northwest|southeast|southwest
                    |northeastern|northwestern|southeastern|southwestern|rural)\x20)?
                | (?:\p{L}\.?|_),\x20                            # a town's name and its comma
            )$
            ",
        )
        .expect("the words that place something in a state are a pattern")
    })
}

/// Two capitalised words or more in a row, a name a state's name may be part of ("Lake
/// Michigan", "Crans-Montana") or a state's own name of two words ("New Mexico").
fn capitalised_run() -> &'static regex::Regex {
    static RUN: OnceLock<regex::Regex> = OnceLock::new();
    RUN.get_or_init(|| {
        regex::Regex::new(r"\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)+")
            .expect("a run of capitalised words is a pattern")
    })
}

/// One alternation of the states' names in `state_zones` (not their postal codes), but the
/// shared ones, a group per zone.
fn states_pattern() -> &'static Places {
    static STATES: OnceLock<Places> = OnceLock::new();
    STATES.get_or_init(|| {
        let shared: FxHashSet<&str> = zones()["shared_state_names"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|name| name.as_str())
            .collect();
        let named = zone_lists("state_zones", str::to_string)
            .into_iter()
            .map(|(zone, names)| {
                let kept = names
                    .iter()
                    .filter(|name| name.chars().count() > 2 && !shared.contains(name.as_str()))
                    .map(|name| chars::lower(name))
                    .collect();
                (zone, kept)
            })
            .collect();
        words_of(named)
    })
}

/// The zone of the agencies a page credits, after a bracket, a slash, a colon or an equals
/// sign ("(Yonhap)", "Photo: Xinhua", "= (Yonhap News)"), when they are of one country only:
/// an English outlet in Seoul or Beijing runs its agency's copy and photos. None when the
/// caller or the page's language gives the zone.
pub fn credit_zone(text: &str, ctx: &Context) -> Option<String> {
    if zone_given(ctx) {
        return None;
    }
    let credits = credit_names();
    // each name's occurrences are taken as `match_indices` takes them, none overlapping the
    // one taken before: where that one ends
    let mut taken_end = vec![0; credits.names.len()];
    let mut named: FxHashSet<&String> = FxHashSet::default();
    let mut at = 0;
    while let Some((start, before, rest, first)) = next_start(&credits.starts, text, at) {
        for &index in credits.by_first.get(&first).into_iter().flatten() {
            let Some((zone, name)) = credits.names.get(index) else {
                continue;
            };
            let Some(after) = rest.strip_prefix(name.as_str()) else {
                continue;
            };
            if start < taken_end[index] {
                continue;
            }
            taken_end[index] = start + name.len();
            if is_credit(before, after) {
                named.insert(zone);
            }
        }
        at = start + first.len_utf8();
    }
    match named.len() {
        1 => named.into_iter().next().cloned(),
        _ => None,
    }
}

/// Every zone's agencies (`agency_credits`): each name with its zone, the names by the
/// character they open with, and a plain search for where any of them starts.
struct CreditNames {
    names: Vec<(String, String)>,
    by_first: FxHashMap<char, Vec<usize>>,
    starts: Plain,
}

/// The agencies' names, read once (a name is never empty).
fn credit_names() -> &'static CreditNames {
    static NAMES: OnceLock<CreditNames> = OnceLock::new();
    NAMES.get_or_init(|| {
        let names: Vec<(String, String)> = agency_credits()
            .iter()
            .flat_map(|(zone, names)| names.iter().map(|name| (zone.clone(), name.clone())))
            .filter(|(_, name)| !name.is_empty())
            .collect();
        let mut by_first: FxHashMap<char, Vec<usize>> = FxHashMap::default();
        for (index, (_, name)) in names.iter().enumerate() {
            if let Some(first) = name.chars().next() {
                by_first.entry(first).or_default().push(index);
            }
        }
        let literals: Vec<String> = names
            .iter()
            .map(|(_, name)| regex_syntax::escape(name))
            .collect();
        CreditNames {
            starts: literal_search(&literals.join("|")),
            names,
            by_first,
        }
    })
}

/// A plain search for literal words of `zones.json`, which always compiles.
fn literal_search(source: &str) -> Plain {
    match Plain::new(source) {
        Ok(search) => search,
        Err(error) => panic!("the words of zones.json do not compile: {error}: {source}"),
    }
}

/// Whether an agency's name between these two texts is a credit: after a bracket, a slash, a
/// colon or an equals sign and a space at most, and not followed by a letter.
fn is_credit(before: &str, after: &str) -> bool {
    let opens = |c: char| matches!(c, '(' | '[' | '/' | ':' | '=');
    let mut back = before.chars().rev();
    let credited = match back.next() {
        Some(' ') => back.next().is_some_and(opens),
        Some(c) => opens(c),
        None => false,
    };
    credited && !after.chars().next().is_some_and(|c| chars::is(c, L))
}

/// Each zone's agencies as credits print them (`agency_credits`), in the file's order.
fn agency_credits() -> &'static Vec<(String, Vec<String>)> {
    static CREDITS: OnceLock<Vec<(String, Vec<String>)>> = OnceLock::new();
    CREDITS.get_or_init(|| zone_lists("agency_credits", str::to_string))
}

/// One alternation of every zone's byline places, a group per zone, whole words.
fn byline_pattern() -> &'static Places {
    static PLACES: OnceLock<Places> = OnceLock::new();
    PLACES.get_or_init(|| whole_words("byline_places"))
}

/// The places of one table of `zones.json` as whole words, a group per zone, the longest
/// place of a zone first.
fn whole_words(table: &str) -> Places {
    words_of(zone_lists(table, str::to_string))
}

/// Each zone's places as whole words, a group per zone, the longest place of a zone first.
fn words_of(lists: Vec<(String, Vec<String>)>) -> Places {
    let mut by_first: FxHashMap<char, Vec<(String, usize)>> = FxHashMap::default();
    let mut literals = Vec::new();
    let mut zones = Vec::new();
    for (index, (zone, mut words)) in lists.into_iter().enumerate() {
        words.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
        for word in words {
            let Some(first) = word.chars().next() else {
                continue; // no pattern of the grammar matches an empty string
            };
            literals.push(regex_syntax::escape(&word));
            by_first.entry(first).or_default().push((word, index));
        }
        zones.push(zone);
    }
    Places {
        starts: literal_search(&literals.join("|")),
        by_first,
        zones,
    }
}

/// The zones whose places a text names (for the zones an ambiguous abbreviation may mean).
pub fn place_zones(text: &str) -> FxHashSet<String> {
    places_pattern()
        .named(&chars::lower(text))
        .into_iter()
        .cloned()
        .collect()
}

/// The zones whose places a page names, for the zones an ambiguous abbreviation may mean
/// (`place_zones`): read from the page when first asked for, as most pages state no such
/// abbreviation; none for a page that prints none (`page` is None).
#[derive(Debug, Clone, Default)]
pub struct PagePlaces {
    page: Option<Arc<str>>,
    zones: OnceCell<FxHashSet<String>>,
}

impl PagePlaces {
    /// The places of a page that may print an ambiguous abbreviation, or none.
    pub fn of(page: Option<&str>) -> PagePlaces {
        PagePlaces {
            page: page.map(Arc::from),
            zones: OnceCell::new(),
        }
    }

    /// Whether the page names a place of the zone.
    pub fn name(&self, zone: &str) -> bool {
        self.zones
            .get_or_init(|| self.page.as_deref().map(place_zones).unwrap_or_default())
            .contains(zone)
    }
}

/// Whether 05.06.2024 is May 6: in English, unless the line's zone abbreviation is of day-first
/// regions (`stated_day_first`: "08-11-2019 14:05 IST"), the caller's zone is a day-first region
/// or, without one, the page's e-mail addresses are of a day-first country's (`day_first`);
/// in Korean, always: Korean writes the month before the day (year, month, day), and a Korean
/// site abroad that moves the year to the end keeps them so ("03.09.2018 04:26 PM" is March 9).
pub fn month_first(line: &Line, ctx: &Context, stated_day_first: bool) -> Result<bool, TimeError> {
    match conventions(line, ctx)?.as_deref() {
        Some("ko") => return Ok(true),
        None | Some("en") => {}
        Some(_) => return Ok(false),
    }
    if stated_day_first {
        return Ok(false);
    }
    match ctx.zone_name.as_deref() {
        None => Ok(!ctx.day_first()),
        Some(name) => Ok(!day_first_zone(name)),
    }
}

/// Whether a zone is of a region that writes the day before the month, and not of a country
/// there that writes the month first (`month_first_zones`: the Philippines).
pub fn day_first_zone(name: &str) -> bool {
    let listed = |key: &str| {
        zones()[key]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|entry| entry.as_str())
    };
    listed("day_first_zone_prefixes").any(|prefix| name.starts_with(prefix))
        && !listed("month_first_zones").any(|zone| zone == name)
}

/// The stated zone (`usual` says what was assumed when it is an ambiguous abbreviation's usual
/// meaning), else the caller's, else the one a reader of the page would assume, with what was
/// assumed (for the row's `timezone_assumed` warning).
pub fn zone_or_default(
    zone: Option<Zone>,
    usual: Option<String>,
    line: &Line,
    ctx: &Context,
) -> Result<(Zone, Option<String>), TimeError> {
    if let Some(zone) = zone {
        return Ok((zone, usual));
    }
    if let Some(zone) = &ctx.zone {
        return Ok((zone.clone(), None));
    }
    let (zone, assumed) = assumed_zone(
        own_conventions(line)?.as_deref(),
        ctx.lang.as_deref(),
        || ctx.page_zones(),
    )?;
    Ok((zone, Some(assumed)))
}

/// The zone a reader assumes from the line's own script, else the zone a forum states for all
/// its times, else the place the page's dateline, byline, footer address or agency credit
/// names (on a page whose language implies a zone, only a place of another zone is given: see
/// `home_zone`), else the page's language, else the one zone the page's other times state; a
/// line in the script of the page's own language, when that language has a zone, is the
/// page's (a Cyrillic line of a Ukrainian page is read in Kyiv's zone, not Moscow's).
/// The page's zones are read only when the line's script does not decide (`page_zones`).
fn assumed_zone<'z>(
    own: Option<&str>,
    page: Option<&str>,
    page_zones: impl FnOnce() -> Result<&'z PageZones, TimeError>,
) -> Result<(Zone, String), TimeError> {
    let describe = |code: &str| -> Option<(String, String)> {
        let facts = language_info(code);
        let zone = facts.get("zone")?.as_str()?.to_string();
        let name = facts
            .get("name")
            .and_then(|n| n.as_str())
            .unwrap_or("")
            .to_string();
        Some((zone, name))
    };
    let page_facts = language_info(page.unwrap_or(""));
    let script = |code: &str| language_info(code).get("script").and_then(|s| s.as_str());
    let mine = |own: &str| {
        page_facts.get("zone").is_some()
            && page_facts.get("script").and_then(|s| s.as_str()) == script(own)
    };
    if let Some(own) = own.filter(|own| Some(*own) != page && !mine(own)) {
        if let Some((zone, name)) = describe(own) {
            return Ok((
                named_zone(&zone)?,
                format!("{zone} ({name} words in the text)"),
            ));
        }
    }
    let zones = page_zones()?;
    if let Some(board) = zones.board_zone.as_deref() {
        return Ok((
            named_zone(board)?,
            format!("{board} (the zone the page states for all its times)"),
        ));
    }
    if let Some(dateline) = zones.dateline_zone.as_deref() {
        return Ok((
            named_zone(dateline)?,
            format!(
                "{dateline} (the place the page's dateline, byline, footer address or agency \
                 credit names)"
            ),
        ));
    }
    if let Some((zone, name)) = describe(page.unwrap_or("")) {
        return Ok((named_zone(&zone)?, format!("{zone} ({name} page)")));
    }
    if let Some(stated) = zones.page_zone.as_deref() {
        return Ok((
            named_zone(stated)?,
            format!("{stated} (stated by another time of the page)"),
        ));
    }
    Ok((Zone::Utc, "UTC (no zone in the text)".to_string()))
}

/// The zone the page's language implies, when the caller gives none: the home of an outlet
/// that may print another zone's local time. None when the caller gives the zone or the
/// language gives none (Python's `language_zone`).
pub fn language_zone(ctx: &Context) -> Option<&'static str> {
    if ctx.zone.is_some() {
        return None;
    }
    language_info(ctx.lang.as_deref().unwrap_or(""))
        .get("zone")?
        .as_str()
}

/// Whether the caller or the page's language gives the zone, so the page need not be read
/// for one.
pub fn zone_given(ctx: &Context) -> bool {
    ctx.zone.is_some()
        || language_info(ctx.lang.as_deref().unwrap_or(""))
            .get("zone")
            .is_some()
}

/// The zone of the city an agency's dateline in capitals opens a line with, the first one;
/// else of the places the first byline naming places of one zone names (see `byline_zone`);
/// else of the city of the first dateline in running case (see `worded_dateline_zone`); else of
/// the country the first date line names after a town (see `date_line_zone`); else of the
/// country the credit in brackets of the first dateline in capitals names (see
/// `credited_dateline_zone`); None when the caller or the page's language gives the zone.
pub fn dateline_zone(text: &str, ctx: &Context) -> Option<String> {
    if zone_given(ctx) {
        return None;
    }
    let starts = starts_of_lines(text);
    for start in starts {
        if let Some(zone) = dateline_places().zone_opening(&text[start..], closes_dateline_city) {
            return Some(zone.clone());
        }
    }
    byline_zone(text)
        .or_else(|| worded_dateline_zone(text))
        .or_else(|| date_line_zone(text))
        .or_else(|| credited_dateline_zone(text))
}

/// The zone of the city (`dateline_places`) the first dateline in running case opens a line
/// with: the city capitalised, a comma and a space, then a month's name and the day, or the
/// day and the month's name ("Lucknow, Nov 12", "Lucknow, 01 March"), as an Indian agency's
/// copy opens its lead; its outlet prints its clock in that city's zone without saying so.
fn worded_dateline_zone(text: &str) -> Option<String> {
    let places = worded_dateline_places();
    starts_of_lines(text)
        .find_map(|start| places.zone_opening(&text[start..], closes_worded_dateline_city))
        .cloned()
}

/// Each zone's dateline cities capitalised (`dateline_places`), in the file's order, by the
/// letter they open with.
fn worded_dateline_places() -> &'static Openings {
    static PLACES: OnceLock<Openings> = OnceLock::new();
    PLACES.get_or_init(|| Openings::new(zone_lists("dateline_places", capitalised)))
}

/// What follows the city of a dateline in running case: a comma and a space, then the month's
/// name (a capital and two to eight small letters, a full stop or not) and a space and the day
/// in one or two digits ("Nov 12", "Sept. 3"), or the day, a space and the month's name ("01
/// March"), no letter after it; then more on the line than a year and a stop ("Lucknow, 12
/// March 2024" alone heads a letter).
fn closes_worded_dateline_city(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(", ") else {
        return false;
    };
    let day = leading_digits(rest);
    if (1..=2).contains(&day) {
        let Some(tail) = rest[day..].strip_prefix(' ') else {
            return false;
        };
        return after_month_word(tail).is_some_and(|end| {
            !end.chars().next().is_some_and(|c| chars::is(c, L)) && goes_on_past_day(end)
        });
    }
    let Some(tail) = after_month_word(rest) else {
        return false;
    };
    let tail = tail.strip_prefix('.').unwrap_or(tail);
    let Some(tail) = tail.strip_prefix(' ') else {
        return false;
    };
    let digits = leading_digits(tail);
    (1..=2).contains(&digits) && goes_on_past_day(&tail[digits..])
}

/// Whether the line a dateline's day closes at the text's start holds more than a year after a
/// space and a comma or a full stop on either side ("Nov 12 (Agency) -", not "Nov 12, 2024.").
fn goes_on_past_day(after: &str) -> bool {
    let line = &after[..after.find('\n').unwrap_or(after.len())];
    let rest = line.strip_prefix([',', '.']).unwrap_or(line);
    let rest = match rest.strip_prefix(' ') {
        Some(year) if leading_digits(year) == 4 => &year[4..],
        _ => rest,
    };
    let rest = rest.strip_prefix([',', '.']).unwrap_or(rest);
    !rest.trim_start_matches([' ', '\t']).is_empty()
}

/// How many ASCII digits open the text.
fn leading_digits(text: &str) -> usize {
    text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len()
}

/// What follows a month's name in words opening the text, a capital and two to eight small
/// letters ("Nov", "March"); None when no such word opens it.
fn after_month_word(text: &str) -> Option<&str> {
    let tail = text.strip_prefix(|c: char| c.is_ascii_uppercase())?;
    let small = tail.len()
        - tail
            .trim_start_matches(|c: char| c.is_ascii_lowercase())
            .len();
    (2..=8).contains(&small).then(|| &tail[small..])
}

/// The zone of the city the page's first agency dateline in the language's own shape names
/// ("Шымкент. 21 марта. AGENCY -", "КИЕВ, 3 фев —"), when the page's language implies a zone
/// (`own`, see `language_zone`) and the city is of another one: a Russian-language agency in
/// Almaty or Kyiv prints its local time. None when `own` is None (the caller gives the zone or
/// the language gives none), or the first such dateline names a city of `own` or credits one
/// of its agencies.
pub fn home_zone(text: &str, own: Option<&str>) -> Option<String> {
    let own = own?;
    let starts = starts_of_lines(text);
    let places = home_dateline_places();
    for start in starts {
        let rest = &text[start..];
        if let Some(zone) = places.zone_opening(rest, closes_home_dateline_city) {
            let line = rest.split('\n').next().unwrap_or(rest);
            return (zone != own && !credits_agency_of(line, own)).then(|| zone.clone());
        }
    }
    None
}

/// Whether a dateline's line credits an agency of `zone` (`agency_credits`), a whole word: a
/// Moscow agency's dateline abroad ("КИЕВ, 3 фев — РИА Новости") keeps Moscow time.
pub fn credits_agency_of(line: &str, zone: &str) -> bool {
    let word = |c: Option<char>| c.is_some_and(|c| chars::is(c, L | chars::N));
    agency_credits()
        .iter()
        .filter(|(named, _)| named == zone)
        .flat_map(|(_, names)| names)
        .any(|name| {
            line.match_indices(name.as_str()).any(|(at, _)| {
                !word(line[..at].chars().next_back())
                    && !word(line[at + name.len()..].chars().next())
            })
        })
}

/// Each zone's cities in their spellings, grouped by the letter they open with: a line that
/// opens with no city's first letter is passed over at once, and one that does is tried only
/// against the cities that open with it.
struct Openings {
    zones: Vec<String>,
    /// For each first letter, the spellings that open with it and their zone's index, in the
    /// file's order of the zones (a city's name is never empty).
    by_first: FxHashMap<char, Vec<(String, usize)>>,
    /// Whether a spelling opens with each byte: most lines are passed over by their first byte.
    first_bytes: [bool; 256],
}

impl Openings {
    fn new(places: Vec<(String, Vec<String>)>) -> Openings {
        let mut by_first: FxHashMap<char, Vec<(String, usize)>> = FxHashMap::default();
        let mut first_bytes = [false; 256];
        let mut zones = Vec::new();
        for (index, (zone, spellings)) in places.into_iter().enumerate() {
            for spelling in spellings {
                if let Some(first) = spelling.chars().next() {
                    first_bytes[usize::from(spelling.as_bytes()[0])] = true;
                    by_first.entry(first).or_default().push((spelling, index));
                }
            }
            zones.push(zone);
        }
        Openings {
            zones,
            by_first,
            first_bytes,
        }
    }

    /// The first zone, in the file's order, one of whose cities opens the text followed by
    /// what `closes` accepts.
    fn zone_opening(&self, text: &str, closes: fn(&str) -> bool) -> Option<&String> {
        if !self.first_bytes[usize::from(*text.as_bytes().first()?)] {
            return None;
        }
        let first = text.chars().next()?;
        let (_, zone) = self
            .by_first
            .get(&first)?
            .iter()
            .find(|(city, _)| text.strip_prefix(city.as_str()).is_some_and(closes))?;
        self.zones.get(*zone)
    }
}

/// Each zone's dateline cities in capitals and capitalised (`dateline_places`), in the file's
/// order, by the letter they open with.
fn home_dateline_places() -> &'static Openings {
    static PLACES: OnceLock<Openings> = OnceLock::new();
    PLACES.get_or_init(|| {
        let places: Vec<(String, Vec<String>)> = zone_lists("dateline_places", str::to_string)
            .into_iter()
            .map(|(zone, cities)| {
                let spellings = cities
                    .iter()
                    .flat_map(|city| [city.to_uppercase(), capitalised(city)])
                    .collect();
                (zone, spellings)
            })
            .collect();
        Openings::new(places)
    })
}

/// A city's name with each of its words' first letter in capitals: "Усть-Каменогорск".
fn capitalised(city: &str) -> String {
    let mut after_letter = false;
    let mut spelled = String::new();
    for c in city.chars() {
        if after_letter {
            spelled.push(c);
        } else {
            spelled.extend(c.to_uppercase());
        }
        after_letter = c.is_alphabetic();
    }
    spelled
}

/// What follows the city of a dateline in the language's own shape: a full stop or a comma, a
/// space, the day in one or two digits, a space and the month's first letter: "Шымкент. 21
/// марта", "КИЕВ, 3 фев".
fn closes_home_dateline_city(after: &str) -> bool {
    let space = |c: char| is_space(c) && !('\x1c'..='\x1f').contains(&c);
    let mut chars = after.chars();
    if !matches!(chars.next(), Some('.' | ',')) || !chars.next().is_some_and(space) {
        return false;
    }
    let rest = chars.as_str();
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let mut tail = rest[digits..].chars();
    (1..=2).contains(&digits)
        && tail.next().is_some_and(space)
        && tail.next().is_some_and(|c| chars::is(c, L))
}

/// A byline is a short line: "By Jane Roe, Seoul Ledger", "By: Metro Desk | New Delhi |".
const BYLINE_LIMIT: usize = 120;

/// The zone of the places a byline names with its outlet or desk, the first byline (a short
/// line opening with "By") that names places of one zone only: an English outlet in Seoul or
/// Delhi prints its times in the city's zone without saying so.
fn byline_zone(text: &str) -> Option<String> {
    let places = byline_pattern();
    for line in split_lines(text) {
        let opens = ["By ", "By:", "BY ", "BY:"]
            .iter()
            .any(|start| line.starts_with(start));
        if !opens || line.chars().count() > BYLINE_LIMIT {
            continue;
        }
        let named = places.named(&chars::lower(line));
        if named.len() == 1 {
            return named.into_iter().next().cloned();
        }
    }
    None
}

/// Each zone's dateline cities in capitals (`dateline_places`), in the file's order, by the
/// letter they open with.
fn dateline_places() -> &'static Openings {
    static PLACES: OnceLock<Openings> = OnceLock::new();
    PLACES.get_or_init(|| Openings::new(zone_lists("dateline_places", str::to_uppercase)))
}

/// What follows a dateline's city: its comma, or its agency in brackets or its dash after
/// white space: "SEOUL, March 8", "BEIJING (Agency) --", "SEOUL -- ".
fn closes_dateline_city(after: &str) -> bool {
    let space = |c: char| is_space(c) && !('\x1c'..='\x1f').contains(&c);
    let mut chars = after.chars();
    match chars.next() {
        Some(',') => return chars.next().is_some_and(space),
        Some(c) if space(c) => {}
        _ => return false,
    }
    let rest = after.trim_start_matches(space);
    if rest.starts_with('(') {
        return true;
    }
    ["--", "—", "–"].iter().any(|dash| {
        rest.strip_prefix(dash)
            .and_then(|tail| tail.chars().next())
            .is_some_and(space)
    })
}
