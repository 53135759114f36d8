//! A dateline's place glued before a headline: an archive's or a wire copy's page prints the
//! story's place in capitals on the headline's line, the place its dateline opens the story
//! with below (`normalize/dateline_places.py`).

use regex::Regex;

use crate::per_thread::per_thread;
use crate::segment::chars::{is, strip, LL, LU};
use crate::text::split_words;

/// What is left is a headline of this many words at least (`_HEADLINE_WORDS`).
const HEADLINE_WORDS: usize = 3;

per_thread! {
    /// A place in capitals opening a line and the spaces after it: one to three words of two
    /// capitals or more each, a hyphen, an apostrophe or a dot inside (`_PLACE`, whose
    /// look-ahead for the headline's capital and small letters is `opens_mixed_case`).
    fn place() -> Regex {
        Regex::new(
            r"(?x)
            ^(
              \p{Lu}[\p{Lu}'’.-]*\p{Lu}\.?               # the place's first word
              (?:\s\p{Lu}[\p{Lu}'’.-]*\p{Lu}\.?){0,2}    # two more at most
            )\s+",
        )
        .expect("a valid pattern")
    }
}

per_thread! {
    /// What follows the place on its dateline: a dash or a comma (`_DATELINE_MARK`).
    fn dateline_mark() -> Regex {
        Regex::new(r"^\s*(?:,|--|[-–—])").expect("a valid pattern")
    }
}

/// The headline without the place in capitals glued before it when a line below it (the
/// headline's being at `line`) opens with that place and a dateline's dash or comma: the
/// story's dateline (Python's `without_dateline_place`).
pub fn without_dateline_place<S: AsRef<str>>(text: &str, line: usize, lines: &[S]) -> String {
    let Some(found) = place().captures(text) else {
        return text.to_string();
    };
    let (Some(place), Some(whole)) = (found.get(1), found.get(0)) else {
        return text.to_string();
    };
    let (place, rest) = (place.as_str(), &text[whole.end()..]);
    if !opens_mixed_case(rest) || split_words(rest).count() < HEADLINE_WORDS {
        return text.to_string();
    }
    let dated = lines.iter().skip(line + 1).any(|other| {
        strip(other.as_ref())
            .strip_prefix(place)
            .is_some_and(|after| dateline_mark().is_match(after))
    });
    if dated {
        rest.to_string()
    } else {
        text.to_string()
    }
}

/// Whether a text opens with a capital and a small letter.
fn opens_mixed_case(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(|c| is(c, LU)) && chars.next().is_some_and(|c| is(c, LL))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_place_of_the_dateline_below_is_cut() {
        let page = [
            "BRANTLEY Riverfest crowd pleases organizers",
            "By DALE KOVACS",
            "BRANTLEY -- The festival came back over the weekend.",
        ];
        let cut = without_dateline_place(page[0], 0, &page);
        assert_eq!(cut, "Riverfest crowd pleases organizers");
        assert_eq!(without_dateline_place(page[0], 0, &page[..2]), page[0]);
    }
}
