//! Lines made of figures: a game's score, a player's line, a count, a clip's length. They
//! stand where a headline would (a roundup's first subhead, a live page's scoreboard, a video
//! catalogue's entry) but are none.

use regex::Regex;

use crate::per_thread::per_thread;
use crate::segment::chars::{is, is_space, L, LL, LU, N, ND};
use crate::text::split_words;

/// Two figures side by side at a line's end are a date ("March 6, 2022"), which a headline
/// may close with; a figure line has this many figures, or two with a name between them.
const MANY_FIGURES: usize = 3;

per_thread! {
    /// A game's score: each side's capitalised name and its points, the sides joined by a
    /// comma; read only before a game's status, a title-case headline having the same shape.
    fn score() -> Regex {
        let side = r"(?:\p{Lu}[\p{L}.'’-]*\s+)+\p{N}{1,3}";
        Regex::new(&format!(r"^\s*{side},\s*{side}\s*$"))
            .unwrap_or_else(|error| panic!("score: {error}"))
    }
}

per_thread! {
    /// A game's score under its label: one to three capitalised words and a colon, then the
    /// two sides, each a capitalised name and its points, closing the line (`_LABELLED_SCORE`).
    fn labelled_score() -> Regex {
        let side = r"(?:\p{Lu}[\p{L}.'’-]*\s+)+\p{N}{1,3}";
        let label = r"(?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*\s?:";
        Regex::new(&format!(r"^\s*{label}\s+{side},?\s+{side}\s*$"))
            .unwrap_or_else(|error| panic!("labelled_score: {error}"))
    }
}

per_thread! {
    /// A numeric date of three parts closing a line, joined by slashes or dots, or by dashes,
    /// maybe spaced: a day and a month before a year of two or four figures, or after one of
    /// four ("3/14/17", "14.03.2017", "2017/3/14", "14 – 06 - 2002", "2002-06-14"): the line
    /// closes with the day it tells of, as a dated headline does; no score or count is printed
    /// so (a bowler's "3.2 - 0 - 31 - 1" is none), and a version's or a section's number has no
    /// such year ("1.1.2").
    fn closing_date() -> Regex {
        Regex::new(concat!(
            r"(?:^|\s)(?:\p{N}{4}/\p{N}{1,2}/\p{N}{1,2}|\p{N}{1,2}/\p{N}{1,2}/(?:\p{N}{4}|\p{N}{2})",
            r"|\p{N}{4}\.\p{N}{1,2}\.\p{N}{1,2}|\p{N}{1,2}\.\p{N}{1,2}\.(?:\p{N}{4}|\p{N}{2})",
            r"|\p{N}{1,2}\s?[-–]\s?\p{N}{1,2}\s?[-–]\s?\p{N}{4}|\p{N}{4}-\p{N}{1,2}-\p{N}{1,2})\s*$"
        ))
        .unwrap_or_else(|error| panic!("closing_date: {error}"))
    }
}

/// The text without a game's status after its score and a comma, one or two capitals or a
/// period's ordinal: "Oak Vale 21, Elmton 14, F" (final), "…, HT" (half time), "…, 3rd" (the
/// third quarter).
fn without_status(text: &str) -> &str {
    let Some(comma) = text.rfind(',') else {
        return text;
    };
    if !text[..comma].chars().next_back().is_some_and(|c| is(c, N)) {
        return text;
    }
    let status: Vec<char> = text[comma + 1..].trim().chars().collect();
    let capitals = (1..=2).contains(&status.len()) && status.iter().all(|&c| is(c, LU));
    let ordinal = status.len() == 3
        && is(status[0], N)
        && ["st", "nd", "rd", "th"].contains(&status[1..].iter().collect::<String>().as_str());
    if capitals || ordinal {
        &text[..comma]
    } else {
        text
    }
}

/// Whether a word is a figure: it holds no letter, a cricket line's "x" between two figures
/// ("3x4", three fours) being none.
fn is_figure(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    !chars.iter().enumerate().any(|(at, &c)| {
        let between_figures = c == 'x'
            && at > 0
            && is(chars[at - 1], N)
            && chars.get(at + 1).is_some_and(|&next| is(next, N));
        is(c, L) && !between_figures
    })
}

/// Whether the text is figures with the names they belong to: more than a third of its
/// words are figures, the last word is one, no word opens in lower case (a headline's verbs
/// and small words do), and there are three figures or two with a name between them (two
/// side by side close a dated headline); or a game's score closed by the game's status, each
/// side's name and its points ("Bay Point 49, Trinity Lutheran 6, F"), or a game's score under
/// a label of one to three capitalised words and a colon ("Result : Bay Point 49 Trinity
/// Lutheran 6"). The status is no word of it; without one or a label, a headline in title case
/// reads the same ("Ferry Crash Kills 4, Injures 27"), so the figures and names alone must tell.
/// A line closing with a numeric date ("… Elm Park, OH 3/14/17", "Daily Digest 14 – 06 - 2002")
/// closes with the day it tells of and is none; a release's version numbers close with none
/// ("1.0.2 1.1.0 1.1.1").
pub fn is_figure_line(text: &str) -> bool {
    let whole = text;
    let text = without_status(text);
    // the last word with a letter or a number is read first: most lines end in none
    let last = text
        .rsplit(is_space)
        .find(|word| word.chars().any(|c| is(c, L | N)));
    if !last.is_some_and(is_figure) || closing_date().is_match(text) {
        return false;
    }
    let closed = text.len() < whole.len();
    if (closed && score().is_match(text)) || labelled_score().is_match(text) {
        return true;
    }
    let mut words = 0;
    // the places of the figures among the words
    let mut figures: Vec<usize> = Vec::new();
    let mut last_is_figure = false;
    for word in split_words(text) {
        if !word.chars().any(|c| is(c, L | N)) {
            continue;
        }
        last_is_figure = is_figure(word);
        if last_is_figure {
            figures.push(words);
        } else if word.chars().find(|&c| is(c, L)).is_some_and(|c| is(c, LL)) {
            // a name's first letter, an "x" between figures included, is no small letter
            return false;
        }
        words += 1;
    }
    3 * figures.len() > words
        && last_is_figure
        && (figures.len() >= MANY_FIGURES || (figures.len() == 2 && figures[1] > figures[0] + 1))
}

per_thread! {
    /// A clip's length in minutes and seconds, as a video catalogue prints it before the
    /// clip's category and description: "7 мин. 05 сек.", "3 min 05 sec", "4분 30초".
    fn duration() -> Regex {
        Regex::new(concat!(
            r"^\d{1,3}\s?(?:мин(?:ут[аы]?)?|min(?:utes?)?|분)\.?\s?",
            r"\d{1,2}\s?(?:сек(?:унд[аы]?)?|sec(?:onds?)?|초)",
            // glued to what follows by its dot, or alone: "2분 10초 남기고 …" opens a headline
            r"(?:\.[^\s.]|\.?\s*$)",
        ))
        .unwrap_or_else(|error| panic!("duration: {error}"))
    }
}

/// Whether the text opens with a clip's length in minutes and seconds, glued by its dot to
/// what follows or alone: a video catalogue's entry, and no headline. A headline may open
/// with a time it tells of, set apart by a space.
pub fn opens_with_duration(text: &str) -> bool {
    // the length opens with a figure
    text.chars().next().is_some_and(|c| c.is_numeric()) && duration().is_match(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_is_lettered_as_char_class_reads_it() {
        for byte in 0..128u8 {
            let c = char::from(byte);
            let (space, letter) = char_class(c);
            for (text, others) in [(format!("abcd{c}{c}{c}{c}"), 4), (format!("ab{c}"), 1)] {
                let letters = text.len() - others + if letter { others } else { 0 };
                let printed = if space {
                    text.len() - others
                } else {
                    text.len()
                };
                let expected = letters >= 4 && 2 * letters >= printed;
                assert_eq!(is_lettered(&text), expected, "{text:?}");
            }
        }
    }

    #[test]
    fn scores_and_players_lines_are_figure_lines_dated_headlines_are_not() {
        assert!(is_figure_line("PINE HOLLOW 17, RIVERBEND 14"));
        assert!(is_figure_line("Ana Ruiz 41*(27) 3x4, 2x6"));
        assert!(!is_figure_line("Shares fall 300 points to 32,100"));
        assert!(!is_figure_line("Fares Rise – May 6, 2022"));
        assert!(is_figure_line("Oak Vale 21, Elmton 14, F"));
        assert!(is_figure_line("St. Ives Grammar 7, Elm 3, OT"));
        assert!(is_figure_line("Bay Point 49, Trinity Lutheran 6, 4th"));
        assert!(!is_figure_line("Ferry fares rise 20, bus fares 10"));
        assert!(!is_figure_line("Ferry Crash Kills 4, Injures 27"));
        assert!(!is_figure_line("Harbour Bulletin Elm Bay 2018/9/21"));
        assert!(is_figure_line("1.0.2 1.1.0 1.1.1"));
        assert!(is_figure_line(
            "Match Result : Bay Point 49 Trinity Lutheran 6"
        ));
        assert!(!is_figure_line(
            "Update: Ferry Crash Kills 4 And Injures 27 On Lake"
        ));
    }

    #[test]
    fn a_clip_length_opens_a_catalogue_entry_not_a_headline() {
        assert!(opens_with_duration("3 min 05 sec.Local news, weather"));
        assert!(opens_with_duration("7 мин. 05 сек.Погода"));
        assert!(opens_with_duration("4분 30초"));
        assert!(!opens_with_duration("2분 10초 남기고 역전골"));
        assert!(!opens_with_duration("12 минут 40 секунд длился полёт"));
        assert!(!opens_with_duration("5 минут"));
        assert!(!opens_with_duration("Ferry fares rise"));
    }
}

/// Whether letters make half of a text's printed characters or more, four at least; a
/// reference in round brackets closing it, figures in it, is set aside when words stand
/// before it (a sermon's "빛을 나르는 자는? (요 15:12-17)", its figures a verse's, not a score's).
pub fn is_lettered(text: &str) -> bool {
    let head = before_closing_reference(text).unwrap_or(text);
    let (mut letters, mut printed) = (0, 0);
    if head.is_ascii() {
        // read byte by byte, as `char_class` reads ASCII
        for &byte in head.as_bytes() {
            printed += usize::from(!matches!(byte, b'\t'..=b'\r' | b' ' | 0x1c..=0x1f));
            letters += usize::from(byte.is_ascii_alphabetic());
        }
    } else {
        for (space, letter) in head.chars().map(char_class) {
            printed += usize::from(!space);
            letters += usize::from(letter);
        }
    }
    letters >= 4 && 2 * letters >= printed
}

/// Whether a character is a space, and whether it is a letter.
fn char_class(c: char) -> (bool, bool) {
    if c.is_ascii() {
        // ASCII read without the tables: its spaces are \t to \r, " " and \x1c to \x1f
        (
            matches!(c, '\t'..='\r' | ' ' | '\x1c'..='\x1f'),
            c.is_ascii_alphabetic(),
        )
    } else if ('\u{ac00}'..='\u{d7a3}').contains(&c) {
        (false, true) // a Hangul syllable
    } else if ('\u{400}'..='\u{4ff}').contains(&c) {
        // Cyrillic: letters but the thousands sign and the combining marks after it
        (false, !('\u{482}'..='\u{489}').contains(&c))
    } else {
        (is_space(c), is(c, L))
    }
}

/// The text before a reference in round brackets closing it, figures in it ("(ст. 12.8)"),
/// when words stand before it.
fn before_closing_reference(text: &str) -> Option<&str> {
    let inner = text.strip_suffix(')')?;
    let open = inner.rfind(['(', ')'])?;
    let (head, reference) = (&inner[..open], &inner[open + 1..]);
    let worded = head.chars().any(|c| !char_class(c).0);
    (inner[open..].starts_with('(') && worded && reference.chars().any(|c| is(c, ND)))
        .then_some(head)
}
