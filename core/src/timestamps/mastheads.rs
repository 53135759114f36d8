//! The zone of an outlet's masthead: the site's name with its city on the page's first line
//! (mirrors `normalize/timestamps/mastheads.py`). An overseas paper names its edition by its
//! city ("미주한빛 애틀랜타") and prints its clock in that city's time without saying so, over
//! the zone its language implies.

use super::lines::Context;
use super::publisher::town_zones;
use super::pychars::{is_space, split};
use crate::segment::chars::{self, L};

/// A masthead is the site's name and its city: at most this many characters.
const MASTHEAD_CHARS: usize = 30;
/// A masthead's words: the site's name and its city, two to four.
const MASTHEAD_WORDS: std::ops::RangeInclusive<usize> = 2..=4;

/// The zone of the city the page's first line with text opens or closes with, the rest of it a
/// name of letters ("미주한빛 애틀랜타": the site's name with its edition's city), the city one
/// of `home_cities` or `dateline_places` in any of their spellings. None when the caller gives
/// the zone, or the line is longer (a headline naming the city), holds a digit or a sign, or
/// is the city alone.
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
        let opening = words[..size].join(" ");
        let closing = words[words.len() - size..].join(" ");
        for city in [opening, closing] {
            if let Some(zone) = cities.get(&city) {
                return Some(zone.clone());
            }
        }
    }
    None
}
