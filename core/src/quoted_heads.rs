//! An interview's headline split over two lines: the speaker, left open by a colon, over the
//! quotation that is the rest of the headline ("Name, role:" / "«…»").

use crate::segment::chars::is_space;
use crate::text::split_words;

/// The marks that open and close a quotation.
const OPENING: &str = "«“„\"";
const CLOSING: &str = "»”“\"";
/// A headline is at most this many words long, its speaker's and its quotation's together.
const HEADLINE_WORDS: usize = 20;

/// The line `part` (read from the line `order` among the page's lines with text) joined with
/// the quotation right below it, and how many lines below it the quotation took, when the
/// line is left open by a colon and the next line, after a lone opening mark at most, is a
/// quotation opened and closed on it, the two together of a headline's length: the speaker
/// and the words of an interview's headline, split over lines, whose pieces are no headlines
/// of their own. Else `None`; a long quotation below a speaker is the story's (Python's
/// `with_quotation_below`).
pub fn with_quotation_below<'a>(
    text: impl Fn(usize) -> &'a str,
    count: usize,
    order: usize,
    part: &str,
) -> Option<(String, usize)> {
    if !part.ends_with(':') || order + 1 >= count {
        return None;
    }
    let mut below = text(order + 1).trim_matches(is_space).to_string();
    let mut taken = 1;
    let mut marks = below.chars();
    let lone_opening = marks.next().is_some_and(|c| OPENING.contains(c)) && marks.next().is_none();
    if lone_opening && order + 2 < count {
        // a lone opening mark over the quotation's words
        below.push_str(text(order + 2).trim_matches(is_space));
        taken = 2;
    }
    let mut chars = below.chars();
    let quoted = below.chars().count() > 1
        && chars.next().is_some_and(|c| OPENING.contains(c))
        && chars.next_back().is_some_and(|c| CLOSING.contains(c));
    let words = split_words(part).count() + split_words(&below).count();
    (quoted && words <= HEADLINE_WORDS).then(|| (format!("{part} {below}"), taken))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn joined(page: &[&str]) -> Option<(String, usize)> {
        with_quotation_below(|k| page[k], page.len(), 0, page[0])
    }

    #[test]
    fn a_speaker_over_a_short_quotation_is_one_headline() {
        assert_eq!(
            joined(&[
                "Harbour master Ilse Varga:",
                "«",
                "We close the port only for storms»"
            ]),
            Some((
                "Harbour master Ilse Varga: «We close the port only for storms»".to_string(),
                2
            ))
        );
        assert_eq!(joined(&["Ilse Varga:", "The port closed at noon."]), None);
        assert_eq!(joined(&["Ilse Varga:", "«"]), None);
    }
}
