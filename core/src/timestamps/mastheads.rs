//! The zone of an outlet's masthead: the site's name with its city on the page's first line
//! (mirrors `normalize/timestamps/mastheads.py`). An overseas paper names its edition by its
//! city ("미주한빛 애틀랜타") and prints its clock in that city's time without saying so, over
//! the zone its language implies.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use super::lines::Context;
use super::pychars::{is_space, split};
use crate::facts::zones;
use crate::segment::chars::{self, L};

/// A masthead is the site's name and its city: at most this many characters.
const MASTHEAD_CHARS: usize = 30;
/// A masthead's words: the site's name and its city, two to four.
const MASTHEAD_WORDS: std::ops::RangeInclusive<usize> = 2..=4;
/// A line of at least this many words is a sentence of the page, a lead that may echo a
/// headline.
const SENTENCE_WORDS: usize = 6;
/// A word of at least this many letters is matched by its stem, its last two letters cut
/// ("футбольная" in "футбольной", "fashion" in "fashions").
const STEMMED_LETTERS: usize = 6;

/// The zone of the city the page's first line with text opens or closes with, the rest of it a
/// name of letters ("미주한빛 애틀랜타": the site's name with its edition's city), the city one
/// of `home_cities` or `dateline_places` in any of their spellings. None when the caller gives
/// the zone, or the line is longer (a headline naming the city), holds a digit or a sign, is
/// the city alone, or a sentence below it repeats a word of the rest (a headline or a
/// section's label naming the city, "뉴욕 증시 하락 마감" over "뉴욕 증시가 … 하락 마감했다": a
/// site's name is no word its stories print).
pub fn masthead_zone(text: &str, ctx: &Context) -> Option<String> {
    if ctx.zone.is_some() {
        return None;
    }
    let first = text
        .split('\n')
        .map(|line| line.trim_matches(is_space))
        .find(|line| !line.is_empty())?;
    let lowered = chars::lower(first);
    let words: Vec<&str> = split(&lowered).collect();
    if first.chars().count() > MASTHEAD_CHARS || !MASTHEAD_WORDS.contains(&words.len()) {
        return None;
    }
    if !first
        .chars()
        .all(|c| chars::is(c, L) || c == ' ' || c == '-')
    {
        return None;
    }
    let cities = town_zones();
    for size in [1, 2] {
        if size >= words.len() {
            continue;
        }
        let cut = words.len() - size;
        let opening = (words[..size].join(" "), &words[size..]);
        let closing = (words[cut..].join(" "), &words[..cut]);
        for (city, name) in [opening, closing] {
            if let Some(zone) = cities.get(&city) {
                if !echoed(name, text) {
                    return Some(zone.clone());
                }
            }
        }
    }
    None
}

/// Whether a line of the page of `SENTENCE_WORDS` words or more holds one of `words` (small
/// letters) of two letters or more, a long word by its stem: a headline's words come back in
/// its lead.
fn echoed(words: &[&str], text: &str) -> bool {
    let stems: Vec<String> = words
        .iter()
        .filter(|word| word.chars().count() > 1)
        .map(|word| {
            let letters = word.chars().count();
            if letters >= STEMMED_LETTERS {
                word.chars().take(letters - 2).collect()
            } else {
                (*word).to_string()
            }
        })
        .collect();
    let lowered = chars::lower(text);
    lowered
        .split('\n')
        .filter(|line| split(line).count() >= SENTENCE_WORDS)
        .any(|line| stems.iter().any(|stem| line.contains(stem.as_str())))
}

/// The zone of each city of `dateline_places` and `home_cities`, by its name in small letters.
pub fn town_zones() -> &'static FxHashMap<String, String> {
    static CITIES: OnceLock<FxHashMap<String, String>> = OnceLock::new();
    CITIES.get_or_init(|| {
        let mut cities = FxHashMap::default();
        for table in ["dateline_places", "home_cities"] {
            let Some(zones_of) = zones()[table].as_object() else {
                continue;
            };
            for (zone, names) in zones_of {
                for city in names.as_array().into_iter().flatten() {
                    if let Some(city) = city.as_str() {
                        cities.insert(city.to_string(), zone.clone());
                    }
                }
            }
        }
        cities
    })
}
