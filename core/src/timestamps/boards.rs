//! A forum's board's zone: the board states the zone of all the times it prints on a line of
//! its own, which a reading takes before any zone the page shows elsewhere (mirrors
//! `normalize/timestamps/boards.py`).

use regex::Regex;
use serde_json::Value;

use super::country::SHORT_LINE;
use super::grammar::{spaced_alternation, words};
use super::lines::Context;
use crate::per_thread::per_thread;
use crate::text::split_lines;

/// The zone a forum's board states for all the times it prints, on a line that opens with the
/// statement ("All times are UTC - 8 hours [ DST ]", "All times are GMT -5. The time now is
/// 09:16 PM.", "Часовой пояс: UTC + 3 часа"): the offset it names from UTC, an hour further
/// east when the daylight-saving flag in brackets follows; "+HH:MM", or "UTC" for none. The
/// board states it on a page in any language (a Kyiv forum's "UTC + 2" is no Moscow time).
/// None when the caller gives the zone, when the page states none or several, or when the
/// offset is no zone's.
pub fn board_zone(text: &str, ctx: &Context) -> Option<String> {
    if ctx.zone.is_some() || !names_utc_or_gmt(text) {
        return None;
    }
    let pattern = statement();
    let mut stated: Vec<Option<String>> = Vec::new();
    for line in split_lines(text) {
        if line.chars().count() > SHORT_LINE {
            continue;
        }
        if let Some(found) = pattern.captures(line) {
            let zone = offset_name(&found);
            if !stated.contains(&zone) {
                stated.push(zone);
            }
        }
    }
    match stated.as_slice() {
        [one] => one.clone(),
        _ => None,
    }
}

/// Whether a line is a board's statement of its times' zone ("All times are UTC+03:00",
/// "Часовой пояс: UTC + 3 часа"), which `board_zone` reads: the board's, no post's words.
pub fn is_zone_statement(line: &str) -> bool {
    // every statement names UTC or GMT: a line naming neither is not searched
    names_utc_or_gmt(line) && line.chars().count() <= SHORT_LINE && statement().is_match(line)
}

/// Whether the text holds "UTC" or "GMT" in any case, which every zone statement holds (no
/// character but an ASCII one folds to their letters): each "t" is looked at with the letters
/// around it.
fn names_utc_or_gmt(text: &str) -> bool {
    let bytes = text.as_bytes();
    let lower = |at: Option<usize>| at.and_then(|at| bytes.get(at)).map(u8::to_ascii_lowercase);
    memchr::memchr2_iter(b't', b'T', bytes).any(|t| {
        let (before, after) = (lower(t.checked_sub(1)), lower(Some(t + 1)));
        (before == Some(b'u') && after == Some(b'c'))
            || (before == Some(b'm') && lower(t.checked_sub(2)) == Some(b'g'))
    })
}

/// The zone a statement names: its offset (hours and minutes, or hours and a decimal fraction
/// of one), an hour more under the daylight-saving flag, as "+HH:MM" ("UTC" for none); None
/// beyond the offsets zones have (fourteen hours).
fn offset_name(found: &regex::Captures) -> Option<String> {
    let number = |name: &str| -> i64 {
        found
            .name(name)
            .and_then(|digits| digits.as_str().parse().ok())
            .unwrap_or(0)
    };
    // of an hour: "5.5", "5.75"
    let fraction = found.name("fraction").map_or("0", |digits| digits.as_str());
    let scale = 10_i64.pow(u32::try_from(fraction.len()).unwrap_or(0));
    let mut minutes = number("hours") * 60 + number("minutes") + number("fraction") * 60 / scale;
    if found
        .name("sign")
        .is_some_and(|sign| matches!(sign.as_str(), "-" | "\u{2212}"))
    {
        minutes = -minutes;
    }
    if found.name("flag").is_some() {
        minutes += 60;
    }
    if minutes.abs() > 14 * 60 {
        return None;
    }
    if minutes == 0 {
        return Some("UTC".to_string());
    }
    let sign = if minutes < 0 { '-' } else { '+' };
    Some(format!(
        "{sign}{:02}:{:02}",
        minutes.abs() / 60,
        minutes.abs() % 60
    ))
}

per_thread! {
    /// A board's statement of its times' zone opening a line, in any language's words: a
    /// table cell's bar or a bullet before it, the board's words ("all times are", "часовой
    /// пояс" and its colon), UTC or GMT, the offset ("- 8", "+05:30", "+5.5"), the hours'
    /// word ("hours", "часа"), the daylight-saving flag in brackets ("[ DST ]"), and a word's
    /// end (not "UTC+3h" or "GMTx").
    fn statement() -> Regex {
        let phrases_of = |field: &str| -> Vec<&'static str> {
            words()
                .get(field)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect()
        };
        let (phrases, flags) = (phrases_of("zone_statements"), phrases_of("daylight_saving_flags"));
        let space = r"[\x20\t\u{a0}]";
        let source = format!(
            "(?i)^[\\x20\\t\\u{{a0}}|•·*]*(?:{phrases}){space}*:?{space}*(?:utc|gmt)\
             (?:{space}*(?P<sign>[+\\-\\u{{2212}}]){space}*(?P<hours>[0-9]{{1,2}})\
             (?::(?P<minutes>[0-9]{{2}})|\\.(?P<fraction>[0-9]{{1,2}}))?)?\
             (?:{space}+\\p{{L}}+)?\
             (?:{space}*\\[{space}*(?P<flag>{flags}){space}*\\])?\
             (?:$|[\\x20\\t\\u{{a0}}.,;|)])",
            phrases = spaced_alternation(&phrases, &format!("{space}+")),
            flags = spaced_alternation(&flags, &format!("{space}+")),
        );
        Regex::new(&source).expect("the statement's words form a pattern")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utc_or_gmt_found_in_any_case() {
        for (text, named) in [
            ("All times are Utc - 8 hours", true),
            ("Часовой пояс: GMT + 3", true),
            ("the gMt", true),
            ("utc", true),
            ("mt tc ut gm utx gmx", false),
            ("Время UТС (Cyrillic Т and С)", false),
            ("", false),
        ] {
            assert_eq!(names_utc_or_gmt(text), named, "{text}");
        }
    }
}
