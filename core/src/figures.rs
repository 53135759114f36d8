//! Lines made of figures: a game's score, a player's line, a count. They stand where a
//! headline would (a roundup's first subhead, a live page's scoreboard) but are none.

use crate::segment::chars::{is, L, LL, N};
use crate::text::split_words;

/// Two figures side by side at a line's end are a date ("March 6, 2022"), which a headline
/// may close with; a figure line has this many figures, or two with a name between them.
const MANY_FIGURES: usize = 3;

/// A word's first letter, a cricket line's "x" between two figures ("3x4") being none.
fn first_letter(word: &str) -> Option<char> {
    let chars: Vec<char> = word.chars().collect();
    chars.iter().enumerate().find_map(|(at, &c)| {
        let between_figures = c == 'x'
            && at > 0
            && is(chars[at - 1], N)
            && chars.get(at + 1).is_some_and(|&next| is(next, N));
        (is(c, L) && !between_figures).then_some(c)
    })
}

/// Whether the text is figures with the names they belong to: more than a third of its
/// words are figures, the last word is one, no word opens in lower case (a headline's verbs
/// and small words do), and there are three figures or two with a name between them (two
/// side by side close a dated headline).
pub fn is_figure_line(text: &str) -> bool {
    let mut words = 0;
    let mut figures: Vec<usize> = Vec::new();
    let mut last_is_figure = false;
    for word in split_words(text) {
        if !word.chars().any(|c| is(c, L | N)) {
            continue;
        }
        match first_letter(word) {
            None => figures.push(words),
            Some(_) => {
                // its first letter, an "x" between figures included, opens it
                if word.chars().find(|&c| is(c, L)).is_some_and(|c| is(c, LL)) {
                    return false;
                }
            }
        }
        last_is_figure = figures.last() == Some(&words);
        words += 1;
    }
    3 * figures.len() > words
        && last_is_figure
        && (figures.len() >= MANY_FIGURES || (figures.len() == 2 && figures[1] > figures[0] + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_and_players_lines_are_figure_lines_dated_headlines_are_not() {
        assert!(is_figure_line("PINE HOLLOW 17, RIVERBEND 14"));
        assert!(is_figure_line("Ana Ruiz 41*(27) 3x4, 2x6"));
        assert!(!is_figure_line("Shares fall 300 points to 32,100"));
        assert!(!is_figure_line("Fares Rise – May 6, 2022"));
    }
}
