//! What a page glues onto a headline's line beyond the patterns of `titles`, each a cut of
//! its own (Python's `normalize/cuts.py`): a date printed in front of the headline.

use std::sync::OnceLock;

use regex::Regex;

use crate::text::split_words;

/// What is left is a headline, not a label: "March 12, 2009 Minutes" stays whole.
const HEADLINE_WORDS: usize = 3;

fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|error| panic!("{pattern}: {error}"))
}

/// A date in front of a headline, as an American page or a forum prints it: "3/2/2021 …",
/// "March 12, 2009, 08:30:14 pm …", maybe a possessive glued on ("… pm's Posting …").
fn leading_date() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        compile(concat!(
            r"^(?:\d{1,2}/\d{1,2}/\d{4}",
            r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2}(?:st|nd|rd|th)?,?\s\d{4})",
            r"(?:,?\s\d{1,2}:\d\d(?::\d\d)?(?:\s?[AaPp]\.?[Mm]\.?)?)?",
            r"(?:['’]s)?\s+",
        ))
    })
}

fn letter() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| compile(r"^\p{L}"))
}

/// The headline without a date printed in front of it on its line, when what is left opens
/// with a letter and is a headline's length.
pub fn without_leading_date(text: &str) -> String {
    // the date opens with a digit or a month's capital
    let opens = text.chars().next().is_some_and(|c| {
        c.is_numeric() || matches!(c, 'J' | 'F' | 'M' | 'A' | 'S' | 'O' | 'N' | 'D')
    });
    let Some(found) = opens.then(|| leading_date().find(text)).flatten() else {
        return text.to_string();
    };
    let rest = &text[found.end()..];
    if letter().is_match(rest) && split_words(rest).count() >= HEADLINE_WORDS {
        return rest.to_string();
    }
    text.to_string()
}
