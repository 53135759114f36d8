//! The outlet's country: the one a page names where its readers look for the outlet itself
//! (mirrors `normalize/timestamps/country.py`): its footer's telephone numbers in
//! international form call it ("+34 951 00 47 12"), or its head names it alone on a line
//! ("New Zealand"), or its footer names its town and country ("Wellington, New Zealand"), or it
//! counts in the country's money ("fined S$2,800"). A country's zone is
//! the one tzdata's `zone.tab` gives it.

use std::sync::OnceLock;

use regex::Regex;
use rustc_hash::FxHashMap;

use super::lines::{prepare, Context};
use super::pychars::{is_space, split};
use super::reading::date_span;
use super::zones::{region_zones, zone_given};
use crate::data::paths;
use crate::facts::zones;
use crate::segment::chars::{self, L, N};
use crate::text::split_lines;

/// Lines longer than this are prose: a number or a zone there may be a story's, not the
/// outlet's.
pub const SHORT_LINE: usize = 240;
/// A footer: the page's last lines that hold text.
const FOOTER_LINES: usize = 15;
/// The page's head: its first lines that hold text, where an edition or section label stands.
const HEAD_LINES: usize = 3;
/// A number's characters after its first digit, the last one a digit: 7 to 23.
const PHONE_TAIL: (usize, usize) = (7, 23);
/// E.164: a number holds its country code and the subscriber's at most fifteen digits; fewer
/// than eight is a count or a temperature ("+14", "+2 410").
const PHONE_DIGITS: (usize, usize) = (8, 15);

/// The zone of the country the page's footer telephone numbers call (see `phone_zone`), else
/// of the country its head names alone on a line (see `label_zone`), else of the one its
/// footer names after a town (see `place_zone`), else of the one whose money its amounts are
/// in (see `money_zone`). None when the caller or the page's language
/// gives the zone.
pub fn country_zone(text: &str, ctx: &Context) -> Option<String> {
    if zone_given(ctx) {
        return None;
    }
    phone_zone(text)
        .or_else(|| label_zone(text))
        .or_else(|| place_zone(text))
        .or_else(|| money_zone(text))
        .or_else(|| bracketed_day_zone(text))
}

/// Sri Lanka's zone when the page dates an event by a day of the month in brackets right
/// after the word that places it in time in the middle of a sentence ("held this morning
/// (14)", "on Monday (13)"; not a widget's "Today (5)"), as Sri Lankan English does, unless the
/// page names a region of another zone or counts in pounds or euros, money no Sri Lankan outlet
/// counts its readers' in, and not in rupees too (a British page's "held yesterday (14)" beside
/// "£4,000"; not a Sri Lankan one's "€2 million, about Rs. 650 million"; Python's
/// `bracketed_day_zone`).
pub fn bracketed_day_zone(text: &str) -> Option<String> {
    static BRACKETED_DAY: OnceLock<Regex> = OnceLock::new();
    let bracketed = BRACKETED_DAY.get_or_init(|| {
        Regex::new(
            r"(?ix)\b(?-i:[a-z]+),?\x20(?:
              today | yesterday | tomorrow | tonight | last\snight  # a day told from the story's day
            | this\s(?:morning|afternoon|evening)                 # a part of the day
            | (?:on\s)?(?:mon|tues|wednes|thurs|fri|satur|sun)day  # a weekday
            )\s\((?:[1-9]|[12][0-9]|3[01])\)",
        )
        .expect("the bracketed day pattern compiles")
    });
    static POUNDS_OR_EUROS: OnceLock<Regex> = OnceLock::new();
    let pounds_or_euros = POUNDS_OR_EUROS.get_or_init(|| {
        Regex::new(r"[£€][ \u{a0}]?[0-9]").expect("the pounds or euros pattern compiles")
    });
    // an amount in rupees, a letter or digit not before its sign ("Rs. 650 million", "LKR 400")
    static RUPEES: OnceLock<Regex> = OnceLock::new();
    let rupees = RUPEES.get_or_init(|| {
        Regex::new(r"(?:^|[^\p{L}\p{N}])(?:Rs\.?|LKR)[ \u{a0}]?[0-9]")
            .expect("the rupees pattern compiles")
    });
    let sri_lanka = country_zones().get("LK")?;
    (bracketed.is_match(text)
        && region_zones(text).iter().all(|zone| zone == sri_lanka)
        && (!pounds_or_euros.is_match(text) || rupees.is_match(text)))
    .then(|| sri_lanka.clone())
}

/// The lines of a text that hold more than white space.
fn is_filled(line: &&str) -> bool {
    !line.chars().all(is_space)
}

/// The page's footer: the lines of at most `SHORT_LINE` characters among its last
/// `FOOTER_LINES` lines with text, from the last one up (Python's `footer_lines`).
pub fn footer_lines(text: &str) -> impl Iterator<Item = &str> {
    lines_from_end(text)
        .filter(is_filled)
        .take(FOOTER_LINES)
        .filter(|line| line.chars().count() <= SHORT_LINE)
}

/// The lines of a text (`split_lines`), from the last one up.
fn lines_from_end(text: &str) -> impl Iterator<Item = &str> {
    let mut end = text.len();
    memchr::memrchr_iter(b'\n', text.as_bytes())
        .map(Some)
        .chain([None])
        .map(move |newline| {
            let start = newline.map_or(0, |at| at + 1);
            let line = text.get(start..end).unwrap_or("");
            end = newline.unwrap_or(0);
            line
        })
}

/// The zone of the one country the telephone numbers in international form on the page's last
/// lines call, by their country calling code (ITU-T E.164, `calling_codes`); None when they
/// call countries of several zones, or of none that tzdata gives one.
pub fn phone_zone(text: &str) -> Option<String> {
    let mut called: Vec<String> = Vec::new();
    for line in footer_lines(text) {
        for digits in phone_numbers(line) {
            let zone = calling_zone(&digits);
            if !zone.is_empty() && !called.contains(&zone) {
                called.push(zone);
            }
        }
    }
    match called.as_slice() {
        [one] => Some(one.clone()),
        _ => None,
    }
}

/// The digits of each telephone number in international form on a line: a plus not inside a
/// word or after another plus, a space at most, then digits in groups that spaces, dots,
/// dashes or brackets part, closing on a digit that no digit follows, the longest such.
fn phone_numbers(line: &str) -> Vec<String> {
    let chars: Vec<char> = line.chars().collect();
    let grouping =
        |c: char| c.is_ascii_digit() || matches!(c, ' ' | '\u{a0}' | '(' | ')' | '.' | '-');
    let mut numbers = Vec::new();
    let mut at = 0;
    while at < chars.len() {
        let plus = chars[at] == '+'
            && (at == 0
                || !(regex_syntax::is_word_character(chars[at - 1]) || chars[at - 1] == '+'));
        if !plus {
            at += 1;
            continue;
        }
        let mut start = at + 1;
        if matches!(chars.get(start), Some(' ' | '\u{a0}')) {
            start += 1;
        }
        if !chars.get(start).is_some_and(char::is_ascii_digit) {
            at += 1;
            continue;
        }
        let (fewest, most) = PHONE_TAIL;
        let run = chars[start + 1..]
            .iter()
            .take(most)
            .take_while(|&&c| grouping(c))
            .count();
        let end = (fewest..=run)
            .rev()
            .map(|tail| start + 1 + tail)
            .find(|&end| {
                chars[end - 1].is_ascii_digit() && !chars.get(end).is_some_and(char::is_ascii_digit)
            });
        match end {
            Some(end) => {
                numbers.push(
                    chars[start..end]
                        .iter()
                        .filter(|c| c.is_ascii_digit())
                        .collect(),
                );
                at = end;
            }
            None => at += 1,
        }
    }
    numbers
}

/// The zone of the country a number's digits open with the calling code of; "" when its
/// digits are too few or too many for a telephone number, or its code is of no country that
/// tzdata gives one zone. The codes are prefix-free, so at most one opens the number.
fn calling_zone(digits: &str) -> String {
    let (low, high) = PHONE_DIGITS;
    if !(low..=high).contains(&digits.len()) {
        return String::new();
    }
    let codes = &zones()["calling_codes"];
    for size in 1..=3 {
        if let Some(country) = codes.get(&digits[..size]).and_then(|code| code.as_str()) {
            return country_zones().get(country).cloned().unwrap_or_default();
        }
    }
    String::new()
}

/// The zone of the country whose English name (tzdata's `iso3166.tab`) one of the page's first
/// lines is, alone: an edition or section label above the story ("New Zealand"). None when
/// the head names none, or a country of several zones.
pub fn label_zone(text: &str) -> Option<String> {
    let mut named: Vec<&String> = Vec::new();
    for line in split_lines(text).filter(is_filled).take(HEAD_LINES) {
        let zone = country_names()
            .get(line.trim_matches(is_space))
            .and_then(|code| country_zones().get(code));
        if let Some(zone) = zone {
            if !named.contains(&zone) {
                named.push(zone);
            }
        }
    }
    match named.as_slice() {
        [one] => Some((*one).clone()),
        _ => None,
    }
}

/// What sets a footer's cells apart: "Radio Kōwhai · Wellington, New Zealand".
const CELL_MARKS: [char; 6] = ['·', '|', '•', '/', '–', '—'];
/// A town's name is a few capitalised words: "Palmerston North".
const TOWN_WORDS: usize = 3;

/// The zone of the country whose English name (see `label_zone`) closes one of the page's
/// footer lines after a comma and a town's name in a cell of its own (the line's start or a
/// separator before it), no full stop after it: the outlet's town and country under its name
/// ("Radio Kōwhai · Wellington, New Zealand"), the last such line. None when no footer line
/// names one, or the country has several zones. Python's `place_zone`.
pub fn place_zone(text: &str) -> Option<String> {
    for line in footer_lines(text) {
        let Some(comma) = line.rfind(',') else {
            continue;
        };
        let (town, country) = (&line[..comma], &line[comma + 1..]);
        let cell = match town.rfind(CELL_MARKS) {
            Some(at) => &town[at + town[at..].chars().next().map_or(1, char::len_utf8)..],
            None => town,
        };
        let words: Vec<&str> = split(cell).collect();
        if words.is_empty() || words.len() > TOWN_WORDS || !words.iter().all(|w| names_a_place(w)) {
            continue;
        }
        let zone = country_names()
            .get(country.trim_matches(is_space))
            .and_then(|code| country_zones().get(code));
        if let Some(zone) = zone {
            return Some(zone.clone());
        }
    }
    None
}

/// Whether a line is a town's name and its country's English name alone, after a comma: the
/// place a site prints beside its date of today ("Tamale, Ghana"). Python's
/// `names_town_and_country`.
pub fn names_town_and_country(line: &str) -> bool {
    let Some((town, country)) = line.trim_matches(is_space).rsplit_once(',') else {
        return false;
    };
    let words: Vec<&str> = split(town).collect();
    let placed = !words.is_empty()
        && words.len() <= TOWN_WORDS
        && words.iter().all(|word| names_a_place(word));
    placed && country_names().contains_key(country.trim_matches(is_space))
}

/// How many words a country's English name holds at most ("Bosnia and Herzegovina").
const COUNTRY_WORDS: usize = 4;
/// What a cell of a date line ends or opens with around a town or a country's name.
const CELL_ENDS: [char; 3] = ['|', '·', '•'];

/// The zone of the country that the page's first line holding a date names after a comma and
/// a town's name (see `town_and_country`): the place a story's date line files it from ("14
/// Aug 2020, 16:32 Comments 212 Views Mbirizi, Uganda Business"), whose clock the date's time
/// is in. None when that line is prose (longer than `SHORT_LINE`), names no country or one of
/// several zones. Python's `date_line_zone`.
pub fn date_line_zone(text: &str) -> Option<String> {
    for line in text.split('\n') {
        if !line.bytes().any(|b| b.is_ascii_digit()) {
            continue;
        }
        let dated = prepare(line)
            .and_then(|prepared| date_span(&prepared))
            .ok()
            .flatten();
        if dated.is_none() {
            continue;
        }
        if line.chars().count() > SHORT_LINE {
            return None;
        }
        return town_and_country(line);
    }
    None
}

/// The zone of the first country whose English name (see `label_zone`) follows a comma, a
/// space and a town's capitalised name in the line, closed by a non-letter: "Mbirizi, Uganda".
/// Python's `_town_and_country`.
fn town_and_country(line: &str) -> Option<String> {
    let mut trimmed_ends = CELL_ENDS.to_vec();
    trimmed_ends.extend(['.', ',', ';']);
    for (at, _) in line.match_indices(", ") {
        if !line[..at]
            .chars()
            .next_back()
            .is_some_and(|c| chars::is(c, L))
        {
            continue;
        }
        let town = split(&line[..at]).last().map(|w| w.trim_matches(CELL_ENDS));
        if !town.is_some_and(names_a_place) {
            continue;
        }
        let words: Vec<&str> = split(&line[at + 2..]).collect();
        for size in (1..=COUNTRY_WORDS.min(words.len())).rev() {
            let name = words[..size].join(" ");
            let name = name.trim_end_matches(trimmed_ends.as_slice());
            let zone = country_names()
                .get(name)
                .and_then(|code| country_zones().get(code));
            if let Some(zone) = zone {
                return Some(zone.clone());
            }
        }
    }
    None
}

/// Whether a word may be a place's: capitalised, and no label glued before it at a change of
/// case (a record's "HeadquartersRotterdam"). Python's `_names_a_place`.
fn names_a_place(word: &str) -> bool {
    word.chars().next().is_some_and(chars::is_upper)
        && !word
            .chars()
            .zip(word.chars().skip(1))
            .any(|(a, b)| chars::is_lower(a) && chars::is_upper(b))
}

/// The zone of the country whose currency every amount the page prints is in, by its sign
/// ("S$2,800", "₹40") or its code before a sum ("PHP8.7 million") or, for rupees, by the units
/// it counts them in ("Rs 1,200 crore": India's, see `counts_rupees`, unless the page names a
/// region of another zone, "Sindh", "Bagmati"): an outlet counts in its readers' money. None
/// when an amount's sign is shared by several countries ("$", "€", "£") or the signs are of
/// several zones.
pub fn money_zone(text: &str) -> Option<String> {
    static MONEY: OnceLock<Regex> = OnceLock::new();
    // An amount's sign glued before its number: "S$2,800", "£5", "RM 40", "US$3"; or the ISO
    // 4217 code of a currency of one country before a sum with its thousands or its count word:
    // "PHP8.7 million", "SGD 2,800" (not a software's version, "PHP 8.1"); no letter or digit
    // before it (checked apart: the pattern cannot look behind).
    let money = MONEY.get_or_init(|| {
        Regex::new(concat!(
            r"(\p{Lu}{0,3}\$|[€£₹₱]|RM)[ \u{a0}]?[0-9]",
            r"|(PHP|SGD|HKD|NZD|INR)[ \u{a0}]?[0-9][0-9.]*(?:,[0-9]{3}|[ \u{a0}]?(?:million|billion))",
        ))
        .expect("the amount pattern compiles")
    });
    let signs = &zones()["currency_signs"];
    let mut counted: Vec<String> = Vec::new();
    let mut at = 0;
    while let Some(found) = money.captures_at(text, at) {
        let (Some(whole), Some(sign)) = (found.get(0), found.get(1).or_else(|| found.get(2)))
        else {
            break;
        };
        let glued = text[..whole.start()]
            .chars()
            .next_back()
            .is_some_and(|c| chars::is(c, L | N));
        if glued {
            at = whole.start()
                + text[whole.start()..]
                    .chars()
                    .next()
                    .map_or(1, char::len_utf8);
            continue;
        }
        let zone = signs
            .get(sign.as_str())
            .and_then(|country| country.as_str())
            .and_then(|country| country_zones().get(country))
            .cloned()
            .unwrap_or_default();
        if !counted.contains(&zone) {
            counted.push(zone);
        }
        at = whole.end();
    }
    let india = country_zones().get("IN").cloned().unwrap_or_default();
    if counts_rupees(text)
        && region_zones(text).iter().all(|zone| *zone == india)
        && !counted.contains(&india)
    {
        counted.push(india);
    }
    match counted.as_slice() {
        [one] if !one.is_empty() => Some(one.clone()),
        _ => None,
    }
}

/// Whether the page counts rupees in lakh (a hundred thousand) or crore (ten million),
/// India's own units: "Rs 1,200 crore", "Rs.4 lakh"; no letter or digit before the sign, no
/// letter after the unit. The sign alone is Pakistan's, Nepal's and Sri Lanka's too, and their
/// papers count in lakh and crore as well (see `money_zone`).
fn counts_rupees(text: &str) -> bool {
    static RUPEES: OnceLock<Regex> = OnceLock::new();
    let rupees = RUPEES.get_or_init(|| {
        Regex::new(r"(?:Rs\.?|INR)[ \u{a0}]?[0-9][0-9,.]*[ \u{a0}]?(?:lakh|crore)s?")
            .expect("the rupee count pattern compiles")
    });
    let mut at = 0;
    while let Some(found) = rupees.find_at(text, at) {
        let glued = text[..found.start()]
            .chars()
            .next_back()
            .is_some_and(|c| chars::is(c, L | N));
        let run_on = text[found.end()..]
            .chars()
            .next()
            .is_some_and(|c| chars::is(c, L));
        if !glued && !run_on {
            return true;
        }
        at = found.start()
            + text[found.start()..]
                .chars()
                .next()
                .map_or(1, char::len_utf8);
    }
    false
}

/// A table of tzdata's beside the zone files, "" when it cannot be read.
fn tzdata_table(name: &str) -> String {
    paths()
        .ok()
        .and_then(|paths| std::fs::read_to_string(paths.zoneinfo.join(name)).ok())
        .unwrap_or_default()
}

/// The ISO 3166 code of each country by its English name, as tzdata's `iso3166.tab` spells it
/// ("New Zealand": "NZ"), but for the names of states and territories of the United States
/// (`state_zones`): an American outlet's "Georgia" label is no Tbilisi clock.
pub fn country_names() -> &'static FxHashMap<String, String> {
    static NAMES: OnceLock<FxHashMap<String, String>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let states: Vec<&str> = zones()["state_zones"]
            .as_object()
            .into_iter()
            .flat_map(|states| states.values())
            .filter_map(|names| names.as_array())
            .flatten()
            .filter_map(|name| name.as_str())
            .collect();
        tzdata_table("iso3166.tab")
            .lines()
            .filter(|line| !line.starts_with('#'))
            .filter_map(|line| line.split_once('\t'))
            .map(|(code, name)| (name.trim_matches(is_space), code))
            .filter(|(name, _)| !states.contains(name))
            .map(|(name, code)| (name.to_string(), code.to_string()))
            .collect()
    })
}

/// The zone of each country that tzdata's `zone.tab` gives one zone, or one zone of several
/// that it says covers "most of" the country or its mainland (Ukraine's Kyiv, not Crimea's
/// Simferopol; Spain's Madrid, not the Canaries'), by the country's ISO 3166 code: the file
/// beside the zone files `named_zone` reads.
pub fn country_zones() -> &'static FxHashMap<String, String> {
    static COUNTRIES: OnceLock<FxHashMap<String, String>> = OnceLock::new();
    COUNTRIES.get_or_init(|| {
        let table = tzdata_table("zone.tab");
        let mut rows: Vec<(String, Vec<(String, bool)>)> = Vec::new();
        for line in table.lines() {
            if line.starts_with('#') || line.chars().all(is_space) {
                continue;
            }
            let fields: Vec<&str> = line.split('\t').collect();
            let (Some(country), Some(zone)) = (fields.first(), fields.get(2)) else {
                continue;
            };
            let most = fields.get(3).is_some_and(|comment| covers_most(comment));
            match rows.iter_mut().find(|(known, _)| known == country) {
                Some((_, zones)) => zones.push((zone.to_string(), most)),
                None => rows.push((country.to_string(), vec![(zone.to_string(), most)])),
            }
        }
        let mut chosen = FxHashMap::default();
        for (country, zones) in rows {
            let most: Vec<&String> = zones.iter().filter(|z| z.1).map(|z| &z.0).collect();
            let zone = match (zones.as_slice(), most.as_slice()) {
                ([(only, _)], _) => Some(only.clone()),
                (_, [most]) => Some((*most).clone()),
                _ => None,
            };
            chosen.extend(zone.map(|zone| (country, zone)));
        }
        chosen
    })
}

/// Whether `zone.tab`'s comment on a zone says it covers most of its country: "most of
/// Ukraine", "Spain (mainland)".
fn covers_most(comment: &str) -> bool {
    comment.starts_with("most of") || comment.ends_with("(mainland)")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_read_from_the_end_are_the_text_s_lines() {
        for text in ["", "\n", "a:b\nc\n\nd:e:f\n:", "시:각\n\n", "x\n:y"] {
            let mut lines: Vec<&str> = split_lines(text).collect();
            lines.reverse();
            assert_eq!(lines_from_end(text).collect::<Vec<_>>(), lines, "{text:?}");
        }
    }
}
