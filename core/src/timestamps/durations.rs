//! The lengths a page labels as a clip's or a track's duration ("Duration: 2:07",
//! "duration":"2:07" in a player's data): the same minutes and seconds printed before a date
//! ("2:07 | 11/09/20") are the clip's length, not a clock time of the day (mirrors
//! `normalize/timestamps/durations.py`).

use std::sync::OnceLock;

use fancy_regex::Regex;
use rustc_hash::FxHashSet;

use super::lines::{Clock, Context};

/// The lengths the page labels as durations, each as the clock time it would be read as
/// (hours, minutes, seconds: "2:07" is (2, 7, 0)); Python's `page_durations`.
pub fn page_durations(text: &str) -> FxHashSet<(i64, i64, i64)> {
    // A length the page labels as one: the label ("duration", "length", "runtime", "running
    // time"), maybe a key's quotes, a colon or an equals sign, then minutes and seconds
    // (hours before them at most): "Duration: 2:07", "duration":"2:07", "Length 1:02:07".
    static LABELLED: OnceLock<Regex> = OnceLock::new();
    if !text.contains(':') {
        return FxHashSet::default();
    }
    let labelled = LABELLED.get_or_init(|| {
        Regex::new(
            r#"(?i)(?<!\p{L})(?:duration|length|runtime|running time)["']? {0,2}[:=]? {0,2}["']?([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?(?![0-9:])"#,
        )
        .expect("the duration pattern compiles")
    });
    let number = |found: &fancy_regex::Captures<'_>, group: usize| {
        found
            .get(group)
            .map_or(0, |digits| digits.as_str().parse::<i64>().unwrap_or(0))
    };
    labelled
        .captures_iter(text)
        .filter_map(Result::ok)
        .map(|found| (number(&found, 1), number(&found, 2), number(&found, 3)))
        .collect()
}

/// Whether a clock time read before a date, in the day's 24 hours, is a length the page
/// labels as a duration elsewhere ("2:07 | 11/09/20" over "duration":"2:07"): a clip's length
/// beside its day, no time of the day (Python's `a_length`).
pub fn a_length(clock: Option<&Clock>, ctx: &Context) -> bool {
    clock.is_some_and(|clock| {
        ctx.durations()
            .contains(&(clock.hour, clock.minute, clock.second))
    })
}
