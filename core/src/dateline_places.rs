//! A dateline's place glued to a headline: an archive's or a wire copy's page prints the
//! story's place in capitals on the headline's line, before it or after it, the place its
//! dateline opens the story with below (`normalize/dateline_places.py`).

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
    /// A place in capitals closing a line and the spaces before it, after a word ending in a
    /// small letter: the same one to three words (`_CLOSING_PLACE`, whose look-behind for the
    /// small letter is `place_after_headline`).
    fn closing_place() -> Regex {
        Regex::new(
            r"(?x)
            \s+(
              \p{Lu}[\p{Lu}'’.-]*\p{Lu}\.?
              (?:\s\p{Lu}[\p{Lu}'’.-]*\p{Lu}\.?){0,2}
            )$",
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

/// The headline without the place in capitals glued before it, or after it, when a line
/// below it (the headline's being at `line`) opens with that place and a dateline's dash or
/// comma: the story's dateline (Python's `without_dateline_place`).
pub fn without_dateline_place<S: AsRef<str>>(text: &str, line: usize, lines: &[S]) -> String {
    let Some((place, rest)) = place_before_headline(text).or_else(|| place_after_headline(text))
    else {
        return text.to_string();
    };
    if split_words(rest).count() < HEADLINE_WORDS {
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

/// The place in capitals opening a text and the headline in mixed case after it.
fn place_before_headline(text: &str) -> Option<(&str, &str)> {
    let found = place().captures(text)?;
    let (place, whole) = (found.get(1)?, found.get(0)?);
    let rest = &text[whole.end()..];
    opens_mixed_case(rest).then_some((place.as_str(), rest))
}

/// The place in capitals closing a text and the headline before it, whose last word ends in a
/// small letter.
fn place_after_headline(text: &str) -> Option<(&str, &str)> {
    let found = closing_place().captures(text)?;
    let (place, whole) = (found.get(1)?, found.get(0)?);
    let rest = &text[..whole.start()];
    rest.chars()
        .next_back()
        .is_some_and(|c| is(c, LL))
        .then_some((place.as_str(), rest))
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
        let after = "Riverfest crowd pleases organizers BRANTLEY";
        let cut = without_dateline_place(after, 0, &page);
        assert_eq!(cut, "Riverfest crowd pleases organizers");
    }
}
