//! The publisher's zone: where a page without a zone of its own shows its outlet to be
//! (mirrors `normalize/timestamps/publisher.py`): another time of the page states the zone,
//! the footer gives the outlet's postal address, or its rate widget quotes its readers' money.
//! A forum's board states the zone of all its times on a line of its own (`boards`).

use std::sync::OnceLock;

use regex::Regex;

use super::boards::board_zone;
use super::country::{country_zone, country_zones, footer_lines, SHORT_LINE};
use super::domains::domain_zone;
use super::grammar::grammar;
use super::lines::{prepare, Context, PageZones};
use super::mastheads::{masthead_zone, town_zones};
use super::month_words::month_words_zone;
use super::named_days::named_day_order;
use super::pattern::Found;
use super::pychars::{is_decimal, is_space, key, Indexed};
use super::regions::{home_region_zone, region_zone};
use super::zones::{
    credit_zone, dateline_zone, day_first_zone, home_zone, language_zone, place_zones, zone_given,
    WESTMOST,
};
use super::TimeError;
use crate::facts::{language_info, zones};
use crate::per_thread::per_thread;
use crate::segment::chars;
use crate::text::split_lines;

/// The reading context of a page: the zones it shows for its times printed without one are
/// read from it when a reading first needs them (`Context::page_zones`).
pub fn with_page_zones<'p>(text: &'p str, mut ctx: Context<'p>) -> Context<'p> {
    ctx.page = Some(text);
    ctx
}

/// The zones a page shows for its times printed without one: the city of its dateline or
/// byline (see `dateline_zone`, `home_zone`), of its weather widget (see `widget_zone`), of its
/// masthead (see `masthead_zone`) or of the language its dates' month names are in (see
/// `month_words_zone`), else the zone its
/// other times state, else, weaker, its footer's address, the country its footer's telephone
/// numbers call, its head names or its amounts count in (see `country_zone`), its rate
/// widget's currency, its own host name's country (see `domain_zone`), the agencies it
/// credits (see `credit_zone`) or another country's provinces (see `home_region_zone`); and
/// the zone a forum states for all its times (see `board_zone`), which a reading takes before
/// any of them. `ctx` is the caller's settings and the page's language.
pub fn page_zones(text: &str, ctx: &Context) -> Result<PageZones, TimeError> {
    let own = language_zone(ctx);
    let mut zones = PageZones {
        board_zone: board_zone(text, ctx),
        dateline_zone: dateline_zone(text, ctx)
            .or_else(|| home_zone(text, own))
            .or_else(|| widget_zone(text, ctx))
            .or_else(|| masthead_zone(text, ctx))
            .or_else(|| month_words_zone(text, ctx)),
        page_zone: None,
    };
    if zones.dateline_zone.is_none() {
        zones.page_zone = page_zone(text, ctx)?;
    }
    if zones.dateline_zone.is_none() && zones.page_zone.is_none() {
        // weaker than a stated zone
        let publisher = address_zone(text, ctx)
            .or_else(|| country_zone(text, ctx))
            .or_else(|| currency_zone(text, ctx))
            .or_else(|| domain_zone(text, own));
        zones.dateline_zone = publisher
            .or_else(|| credit_zone(text, ctx))
            .or_else(|| region_zone(text, ctx))
            .or_else(|| home_region_zone(text, own));
    }
    Ok(zones)
}

/// The zone of the town a weather widget names atop the page: a city's name alone on one of
/// its first `WIDGET_LINES` lines with text, a temperature alone on the next one ("Los
/// Angeles" over "61.0°"). A site shows its readers' own weather, so the town is the outlet's,
/// and its times are that town's, over the zone the page's language implies (a Korean paper
/// in Los Angeles). The city's zone is the one `home_cities` or `dateline_places` gives it.
/// None when the caller gives the zone, the widget's town is in neither table, or another
/// city over its temperature stands beside it: a box of the weather in several cities ("New
/// York" / "-3°C" / "London" / "8°C") names no home.
pub fn widget_zone(text: &str, ctx: &Context) -> Option<String> {
    if ctx.zone.is_some() {
        return None;
    }
    // the widget's lines, and the two below them where a second city's weather would go on
    let head: Vec<&str> = text
        .split('\n')
        .map(|line| line.trim_matches(is_space))
        .filter(|line| !line.is_empty())
        .take(WIDGET_LINES + 2)
        .collect();
    if !head.iter().any(|line| line.contains('°')) {
        return None; // no temperature: no widget
    }
    let cities = town_zones();
    let towns: Vec<(usize, &String)> = head
        .windows(2)
        .enumerate()
        .filter_map(|(at, pair)| {
            let zone = cities.get(&chars::lower(pair[0]))?;
            temperature().is_match(pair[1]).then_some((at, zone))
        })
        .collect();
    match towns.as_slice() {
        [(at, zone)] if at + 1 < WIDGET_LINES => Some(zone.to_string()),
        _ => None,
    }
}

/// The lines at the top of a page where a weather widget stands.
const WIDGET_LINES: usize = 5;

/// A temperature alone on its line: "61.0°", "-3 °C", "21°F".
fn temperature() -> &'static Regex {
    static TEMPERATURE: OnceLock<Regex> = OnceLock::new();
    TEMPERATURE.get_or_init(|| {
        Regex::new(r"^(?:[-+\x{2212}]?[0-9]{1,3}(?:[.,][0-9])?\x20?°\x20?[CF]?)$")
            .expect("a temperature is a pattern")
    })
}

/// Whether the page writes its dates in figures day first: as the days it names in words say
/// (see `named_day_order`), else as its e-mail addresses' countries do (see `mails_day_first`).
/// False when the caller gives the zone. Python's `writes_day_first`.
pub fn writes_day_first(text: &str, ctx: &Context) -> bool {
    if ctx.zone.is_some() {
        return false;
    }
    named_day_order(text).unwrap_or_else(|| mails_day_first(text, ctx))
}

/// Whether the page's e-mail addresses are of countries that write the day before the month,
/// each address's country domain a country of one zone in a day-first region (see
/// `day_first_zone`): an outlet's staff write from its country ("news@valleyherald.ie"), and
/// the outlet prints its dates as that country does ("04/03/2022" is the 4th of March). False
/// when the caller gives the zone, or an address is of another country.
fn mails_day_first(text: &str, ctx: &Context) -> bool {
    static MAIL_COUNTRY: OnceLock<Regex> = OnceLock::new();
    if ctx.zone.is_some() || !text.contains('@') {
        return false;
    }
    // The country code that closes an e-mail address's domain: "desk@valleyherald.ie".
    let mail_country = MAIL_COUNTRY.get_or_init(|| {
        Regex::new(r"[A-Za-z0-9._%+-]@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.([A-Za-z]{2})\b")
            .expect("the e-mail pattern compiles")
    });
    let countries = country_zones();
    let mut codes = mail_country
        .captures_iter(text)
        .filter_map(|found| found.get(1))
        .map(|code| code.as_str().to_ascii_uppercase())
        .peekable();
    // the United Kingdom's domain is the one not spelled as its country's ISO 3166 code (GB)
    codes.peek().is_some()
        && codes.all(|code| {
            let country = if code == "UK" { "GB" } else { code.as_str() };
            countries
                .get(country)
                .is_some_and(|zone| day_first_zone(zone))
        })
}

/// The one zone other than UTC that the page's short lines state after a clock time
/// ("(aired on 12 May 2017 - 22:00 KST)", "Updated 08:01 pm IST"), by abbreviation or by an
/// offset after a clock to the second ("last updated 2015-05-21 07:52:59-04", see
/// `offset_after_seconds`); an ambiguous abbreviation is the zone of its choices whose places
/// the page names, else its usual meaning (see `meant`). None when the caller or the page's
/// language gives the zone, or when the page states none or several.
pub fn page_zone(text: &str, ctx: &Context) -> Result<Option<String>, TimeError> {
    if zone_given(ctx) {
        return Ok(None);
    }
    let g = grammar();
    let mut named: Vec<String> = Vec::new();
    let mut ambiguous: Vec<String> = Vec::new();
    for line in lines_holding(text, b':') {
        if !may_hold_clock(line) || line.chars().count() > SHORT_LINE {
            continue;
        }
        let low = prepare(line)?.low;
        for clock in g.time.all(&low)? {
            // "08:01 pm IST"
            let end = match g.meridiem_after.match_at(&low, clock.end())? {
                Some(meridiem) => meridiem.end(),
                None => clock.end(),
            };
            let Some(found) = g.zone_after.match_at(&low, end)? else {
                continue;
            };
            if let Some(offset) = offset_after_seconds(&low, &clock, &found) {
                if !named.contains(&offset) {
                    named.push(offset);
                }
            }
            let Some(abbr) = found.group("abbr") else {
                continue;
            };
            let abbr = key(abbr);
            match g.zones.get(&abbr) {
                Some(name) if name != "UTC" && !named.contains(name) => named.push(name.clone()),
                None if g.ambiguous.contains_key(&abbr) && !ambiguous.contains(&abbr) => {
                    ambiguous.push(abbr)
                }
                _ => {}
            }
        }
    }
    if !ambiguous.is_empty() {
        for zone in meant(&ambiguous, text)? {
            if !named.contains(&zone) {
                named.push(zone);
            }
        }
    }
    Ok(match named.as_slice() {
        [one] => Some(one.clone()),
        _ => None,
    })
}

/// The UTC offset a clock time printed to the second states right after it, touching it or a
/// space apart, its sign touching two-digit hours ("07:52:59-04", "07:52:59 -0400"), as
/// "+HH:MM"; None for UTC, for none, after a clock without seconds, whose sign may open a
/// range's closing clock ("09:00-10:00"), and before a colon, a range's closing clock to the
/// second ("08:00:00-14:00:00").
fn offset_after_seconds(low: &Indexed, clock: &Found, found: &Found) -> Option<String> {
    let sign = found.group("sign")?;
    if found.group("pfx").is_some() || clock.text().matches(':').count() != 2 {
        return None;
    }
    if low
        .slice(found.end(), found.end() + 1)
        .starts_with([':', '\u{ff1a}'])
    {
        return None;
    }
    let sign_start = found.group_start("sign")?;
    let gap = low.slice(clock.end(), sign_start);
    let hours = found.group("oh")?;
    if !(gap.is_empty() || gap == " ") || hours.chars().count() != 2 {
        return None;
    }
    if found.group_start("oh")? != sign_start + 1 {
        return None;
    }
    let hours: u32 = hours.parse().ok()?;
    let minutes: u32 = found.group("om").map_or(Some(0), |om| om.parse().ok())?;
    if hours > 14 || !minutes.is_multiple_of(15) || (hours == 0 && minutes == 0) {
        return None;
    }
    // "10:00:00-12": no one lives there, the hours close a range
    if found.group("om").is_none() && sign != "+" && i64::from(hours) > WESTMOST {
        return None;
    }
    let sign = if sign == "+" { '+' } else { '-' };
    Some(format!("{sign}{hours:02}:{minutes:02}"))
}

/// The zones ambiguous abbreviations mean on a page: each the one of its choices whose places
/// the page names ("IST" on a page about Delhi), else the first of its choices, the zone its
/// readers overwhelmingly mean in news text.
fn meant(abbreviations: &[String], text: &str) -> Result<Vec<String>, TimeError> {
    let g = grammar();
    let places = place_zones(text);
    let mut meant = Vec::new();
    for abbr in abbreviations {
        let Some(choices) = g.ambiguous.get(abbr) else {
            continue;
        };
        let named: Vec<&String> = choices.iter().filter(|c| places.contains(*c)).collect();
        let zone = match named.as_slice() {
            [only] => Some(*only),
            _ => choices.first(),
        };
        meant.extend(zone.filter(|zone| !meant.contains(*zone)).cloned());
    }
    Ok(meant)
}

/// The lines of a text (`split_lines`) that hold a byte (ASCII), in order, each once: the
/// lines without it are passed over unread.
fn lines_holding(text: &str, byte: u8) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    // where the line after the last one given starts
    let mut unread = 0;
    memchr::memchr_iter(byte, bytes).filter_map(move |at| {
        if at < unread {
            return None; // a line given already
        }
        let start = memchr::memrchr(b'\n', &bytes[..at]).map_or(0, |newline| newline + 1);
        let end = memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |newline| at + newline);
        unread = end + 1;
        text.get(start..end)
    })
}

/// Whether a line may hold a clock time (`time`): a colon with a decimal digit at most two
/// characters before it and one at most two after it. Preparing a line keeps its digits and
/// colons where they are, so a line without one holds no clock time once prepared either.
fn may_hold_clock(line: &str) -> bool {
    line.match_indices([':', '：']).any(|(at, colon)| {
        line[..at].chars().rev().take(2).any(is_decimal)
            && line[at + colon.len()..].chars().take(2).any(is_decimal)
    })
}

/// The zone of the state the postal address in the page's footer names, the last one: a
/// city, a comma, the state's name or postal code and the ZIP code closing the line or its
/// item ("Fort Wyatt, TX 76102", "…, NH 03087 | Phone …"). None when the caller or the page's
/// language gives the zone, or the footer gives none.
pub fn address_zone(text: &str, ctx: &Context) -> Option<String> {
    if zone_given(ctx) {
        return None;
    }
    let found = address_pattern();
    let (pattern, zones) = &*found;
    for line in footer_lines(text) {
        let last = pattern
            .captures_iter(line)
            .filter(|found| {
                let end = found.get(0).map_or(line.len(), |whole| whole.end());
                closes(&line[end..])
            })
            .last();
        if let Some(found) = last {
            let group = (1..found.len()).find(|&index| found.get(index).is_some())?;
            return zones.get(group - 1).cloned();
        }
    }
    None
}

/// Whether what follows a ZIP code closes an address line: nothing, or a separator before the
/// next item ("| Phone ..."); a sentence's full stop is prose, no address line.
fn closes(rest: &str) -> bool {
    let rest = rest.trim_start_matches(is_space);
    rest.is_empty() || rest.starts_with(SEPARATORS)
}

/// What may follow an address in a footer's line: the next item after a separator.
const SEPARATORS: [char; 3] = ['|', '·', '•'];

per_thread! {
    /// A comma, a state's name or postal code (a group per zone), a space and a ZIP code of five
    /// digits, and the zones in the groups' order.
    fn address_pattern() -> (Regex, Vec<String>) {
        let empty = serde_json::Map::new();
        let states = zones()["state_zones"].as_object().unwrap_or(&empty);
        let mut groups = Vec::new();
        for names in states.values() {
            let mut names: Vec<&str> = names
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|name| name.as_str())
                .collect();
            names.sort_by_key(|name| std::cmp::Reverse(name.chars().count()));
            let escaped: Vec<String> = names.iter().map(|name| regex::escape(name)).collect();
            groups.push(format!("({})", escaped.join("|")));
        }
        let source = format!(r",[ \u{{a0}}](?:{})[ \u{{a0}}][0-9]{{5}}", groups.join("|"));
        let pattern = Regex::new(&source).expect("the states' names form a pattern");
        (pattern, states.keys().cloned().collect())
    }
}

/// The zone of the country whose currency the page's exchange-rate widget quotes, a pair of
/// currency codes alone on a line ("USD/UAH", "EUR/UAH"): an outlet shows its readers' money.
/// A currency's code opens with its country's code (ISO 4217), and the country's zone is the
/// one tzdata's `zone.tab` gives it (see `country_zones`). None when the caller gives the
/// zone, when the quoted currencies are of no such country or of several zones, or when the
/// zone is the one the page's language implies (a Moscow outlet's "USD/RUB").
pub fn currency_zone(text: &str, ctx: &Context) -> Option<String> {
    if ctx.zone.is_some() {
        return None;
    }
    let countries = country_zones();
    let mut quoted: Vec<&String> = Vec::new();
    for line in split_lines(text) {
        if !is_currency_pair(line) {
            continue;
        }
        if let Some(zone) = countries.get(&line[4..6]) {
            if !quoted.contains(&zone) {
                quoted.push(zone);
            }
        }
    }
    let [zone] = quoted.as_slice() else {
        return None;
    };
    let own = language_info(ctx.lang.as_deref().unwrap_or(""))
        .get("zone")
        .and_then(|zone| zone.as_str());
    (own != Some(zone.as_str())).then(|| (*zone).clone())
}

/// Whether a line is a pair of currency codes alone, a rate widget's label: "USD/UAH".
fn is_currency_pair(line: &str) -> bool {
    // seven ASCII bytes are seven characters
    let bytes = line.as_bytes();
    bytes.len() == 7
        && bytes[3] == b'/'
        && bytes[..3]
            .iter()
            .chain(&bytes[4..])
            .all(u8::is_ascii_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_read_apart_are_the_text_s_lines() {
        for text in ["", "\n", "a:b\nc\n\nd:e:f\n:", "시:각\n\n", "x\n:y"] {
            let lines: Vec<&str> = split_lines(text).collect();
            let holding: Vec<&str> = lines.iter().copied().filter(|l| l.contains(':')).collect();
            assert_eq!(
                lines_holding(text, b':').collect::<Vec<_>>(),
                holding,
                "{text:?}"
            );
        }
    }
}
