//! The outlet's region: the one a page's stories name where a local outlet prints its readers'
//! time (mirrors `normalize/timestamps/regions.py`): a story placed in a country's state,
//! province or county, all of one zone, is local news; so is one placed in a province of another
//! country that a Russian-language outlet there names by its own adjective ("Гегаркуникская
//! область").

use std::sync::OnceLock;

use regex::Regex;

use super::lines::Context;
use super::zones::{credits_agency_of, region_zones, state_zones, zone_given, zone_lists};
use crate::segment::chars::{self, L, LU};

/// The zone of the regions the page names (a country's states, provinces or counties, see
/// `region_zones`), when they are all of one zone: a story about a shire in Queensland or a
/// village in Co Cork is local news, which a local outlet prints in its readers' time. A
/// country or a city is no such sign (a story about Paris is no Paris clock). A state of the
/// United States (see `state_zones`) is one only on a page that names no other country's
/// region, a local story that names the state someone moved to staying local, and whose lead
/// opens with no dateline (see `carried_copy`): agencies carry their stories to outlets in
/// every zone, and an outlet datelines the stories it prints from outside its own town. None
/// when the caller or the page's language gives the zone, or the page names regions of
/// several zones.
pub fn region_zone(text: &str, ctx: &Context) -> Option<String> {
    if zone_given(ctx) {
        return None;
    }
    let mut named = region_zones(text);
    if named.is_empty() && !carried_copy().is_match(text) {
        named = state_zones(text);
    }
    if named.len() == 1 {
        named.into_iter().next()
    } else {
        None
    }
}

/// The zone of the provinces of another country a page names by their own adjective before
/// the word for a province (`home_regions`: "Гегаркуникская область", "в Северо-Казахстанской
/// области"), when they are all of one zone other than the one the page's language implies: a
/// Russian-language outlet in Almaty or Yerevan prints its local time, and a story placed in a
/// province of its country is its own news. A province's name followed by a capitalised word
/// is no such sign, the country an outsider names after it ("в Котайкской области Армении").
/// `own` is the zone the page's language implies (see `language_zone`). None when it is None
/// (the caller gives the zone or the language gives none), or the page credits an agency of
/// `own` ("ТАСС"): a Moscow agency's story from a province abroad.
pub fn home_region_zone(text: &str, own: Option<&str>) -> Option<String> {
    let own = own?;
    let (words, pattern, zones_of, reach) = home_regions_pattern();
    let mut named: Vec<&String> = Vec::new();
    // a province's name stands right before the word for a province: the full pattern, its word
    // bounds slow to run, is run only over the few characters a name may take before each such
    // word (its spaces, then the longest adjective) and the letters that end the word, which
    // holds every match the pattern finds on the line (no adjective holds the word)
    let mut line_start = 0;
    let mut line_end = 0;
    // where the last match ended, on the line being read
    let mut done = 0;
    for word in words.find_iter(text) {
        if word.start() >= line_end {
            line_start = text[..word.start()].rfind('\n').map_or(0, |at| at + 1);
            line_end = text[word.end()..]
                .find('\n')
                .map_or(text.len(), |at| word.end() + at);
            done = 0;
        }
        let line = &text[line_start..line_end];
        let (start, end) = (word.start() - line_start, word.end() - line_start);
        if start < done {
            continue; // inside the last match's letters
        }
        let spaced = line[..start].trim_end_matches([' ', '\u{a0}']);
        let from = spaced
            .char_indices()
            .rev()
            .nth(reach.saturating_sub(1))
            .map_or(0, |(at, _)| at)
            .max(done);
        let until = line[end..]
            .char_indices()
            .find(|&(_, c)| !chars::is(c, L))
            .map_or(line.len(), |(at, _)| end + at);
        let mut at = from;
        while let Some(found) = pattern.captures_at(&line[..until], at) {
            let whole = found.get(0).map_or(until..until, |m| m.range());
            at = whole.end.max(at + 1);
            done = whole.end;
            let Some(group) = found.iter().skip(1).position(|m| m.is_some()) else {
                continue;
            };
            if capital_after(&line[whole.end..]) {
                continue; // the country an outsider names after the province
            }
            if !named.contains(&&zones_of[group]) {
                named.push(&zones_of[group]);
            }
        }
    }
    // the page's credits are looked for only where a province gives a zone: few pages name one
    match named.as_slice() {
        [zone] if zone.as_str() != own && !credits_agency_of(text, own) => Some((*zone).clone()),
        _ => None,
    }
}

/// Whether a capitalised word follows, after spaces (Python's `_CAPITAL_AFTER`): "… Армении".
fn capital_after(rest: &str) -> bool {
    let word = rest.trim_start_matches([' ', '\u{a0}']);
    word.len() < rest.len() && word.chars().next().is_some_and(|c| chars::is(c, LU))
}

/// The word for a province alone, a cheap sign that the next may match; the provinces of
/// `home_regions`, a group per zone: the adjective's stem, in any case, a case ending, a space
/// and the word for a province ("Ширакской области", "Ширакском марзе"); the zones in the
/// groups' order; and the most characters an adjective takes (`HOME_ENDINGS` after a stem).
fn home_regions_pattern() -> &'static (Regex, Regex, Vec<String>, usize) {
    static HOME_REGIONS: OnceLock<(Regex, Regex, Vec<String>, usize)> = OnceLock::new();
    HOME_REGIONS.get_or_init(|| {
        let regions = zone_lists("home_regions", regex::escape);
        let groups: Vec<String> = regions
            .iter()
            .map(|(_, stems)| format!("({})", stems.join("|")))
            .collect();
        let source = format!(
            r"(?i)\b(?:{})(?:{HOME_ENDINGS})[\x20\u{{a0}}]+(?:област|марз)\p{{L}}*",
            groups.join("|")
        );
        let pattern = Regex::new(&source).expect("the provinces form a pattern");
        let words = Regex::new(r"(?i)област|марз").expect("a province's word is a pattern");
        // the most characters an adjective takes: its stem (escaped, so no shorter) and ending
        let ending = HOME_ENDINGS.split('|').map(|e| e.chars().count()).max();
        let reach = regions
            .iter()
            .flat_map(|(_, stems)| stems.iter().map(|stem| stem.chars().count()))
            .max()
            .unwrap_or(0)
            + ending.unwrap_or(0);
        (
            words,
            pattern,
            regions.into_iter().map(|(zone, _)| zone).collect(),
            reach,
        )
    })
}

/// The case endings of a province's adjective.
const HOME_ENDINGS: &str = "ая|ой|ую|ий|ого|ому|им|ом";

/// A story carried from away: its lead opens with a dateline, the agency's credit or the
/// place's state or country after it ("HAYWOOD, Kan. (AP) — …", "BEIJING (Agency) -- …",
/// "AUSTIN, Texas — …": an outlet datelines the stories it prints from outside its own town).
fn carried_copy() -> &'static Regex {
    static CARRIED: OnceLock<Regex> = OnceLock::new();
    CARRIED.get_or_init(|| {
        Regex::new(
            r"(?mx)
            ^\p{Lu}[\p{Lu}\x20.'’-]*\p{Lu}  # the place in capitals, opening the line: ST. LOUIS,
                                             # two letters at least, no sentence's I, …
            (?:
                ,[^()\n]{1,20}?              # its state, country or day after a comma: , Kan.
                (?:\x20?\([^()\n]{1,30}\))?  # the agency's credit in brackets, if any: (AP)
                | \x20?\([^()\n]{1,30}\)      # or the agency's credit alone
            )
            \x20?[—–-]                        # the dash the lead goes on after
            ",
        )
        .expect("a carried story's dateline is a pattern")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_province_is_read_before_its_word_only() {
        crate::data::configure_for_tests(); // the provinces are the zones' lists
        let ctx = crate::timestamps::lines::context(
            None,
            None,
            None,
            Some("ru"),
            crate::timestamps::zones::PagePlaces::of(None),
        );
        let own = crate::timestamps::zones::language_zone(&ctx);
        for (text, zone) in [
            (
                "Рыбаки Гегаркуникской области недовольны",
                Some("Asia/Yerevan"),
            ),
            ("Авария в Котайкской области Армении", None),
            ("В Ширакской области, передает ТАСС, снег", None),
            (
                "Новообластной центр Ширакском  марзе и Северо-Казахстанской области",
                None,
            ),
            (
                "в Ширакской области и Гегаркуникской областиx Котайкской областиМарз ",
                Some("Asia/Yerevan"),
            ),
            (
                "новости\nв Северо-Казахстанской\u{a0}области рост\nв Ширакской области",
                None,
            ),
            ("большой областной Ширакскоймарзе", None),
            ("В СЕВЕРО-КАЗАХСТАНСКОЙ ОБЛАСТИ", Some("Asia/Almaty")),
        ] {
            assert_eq!(home_region_zone(text, own).as_deref(), zone, "{text:?}");
        }
    }
}
