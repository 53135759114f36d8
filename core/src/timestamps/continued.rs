//! Times printed over several lines: a date alone whose clock time follows on the next line, a
//! label alone whose time follows, and a date stacked in a widget's pieces, its day, its month
//! and its year each on a line of its own ("17" / "НОЯ" / "2018") (mirrors
//! `normalize/timestamps/continued.py`).

use super::datelines::Item;
use super::labels::{label_role, labelled_segments};
use super::lines::Line;
use super::pychars::mask_all;
use super::TimeError;
use crate::segment::chars::{self, L, ND};

/// How many words the characters hold: their runs of letters and digits (the matches of
/// `_WORD`, `[\p{L}\d]+`, told character by character).
fn word_count(text: impl Iterator<Item = char>) -> usize {
    let mut count = 0;
    let mut in_word = false;
    for c in text {
        let letter = chars::is(c, L | ND);
        count += usize::from(letter && !in_word);
        in_word = letter;
    }
    count
}

/// A line whose time may follow on the next line: a date alone, or a label alone.
pub(super) struct Pending {
    pub kind: &'static str,
    pub line: usize,
    pub text: String,
    pub start: usize,
    /// How many datelines were found before it.
    pub kept: usize,
}

/// Whether a line completes the pending line above it: a clock time alone after a date, or
/// an unlabelled time alone after a label.
pub(super) fn completes(pending: &Pending, found: &[Item], leftover: usize) -> bool {
    if found.is_empty() || leftover != 0 {
        return false;
    }
    if pending.kind == "date" {
        return found.iter().all(|item| item.reading.shape == "clock");
    }
    !found.iter().any(|item| !item.role.is_empty())
}

/// A line that is only a dateline label ("입력", "Published:"), or a change's label after the
/// one word it gives the time of, closing the line with its colon ("Page last updated:"); a
/// word before a publication's label may name another day ("Closing date:").
pub(super) fn is_label_alone(line: &Line) -> Result<bool, TimeError> {
    let (labels, _) = labelled_segments(line)?;
    if labels.is_empty() {
        return Ok(false);
    }
    let spans: Vec<(usize, usize)> = labels.iter().map(|l| (l.start, l.end)).collect();
    let rest = mask_all(line.low.as_str(), &spans);
    let words = word_count(rest.chars());
    if words == 0 {
        return Ok(true);
    }
    // the one word it gives the time of opens the line, and the label's colon closes it
    let named = word_count(rest.chars().take(labels[0].start)) == 1;
    let changed = label_role(&labels[0]) == "modified";
    let closes = line.text.as_str().trim_end().ends_with([':', '：']);
    Ok(words == 1 && named && changed && closes)
}

/// A line that may be one piece of a stacked date: its number, its start in the text (code
/// points) and its text.
#[derive(Clone)]
pub(super) struct Piece {
    pub line: usize,
    pub start: usize,
    pub text: String,
}

/// A stacked date has its day, its month and its year.
const PIECES: usize = 3;
/// Its pieces stand on consecutive lines, a blank line between two at most.
const GAP: usize = 2;

/// Whether a line is one short token alone: a day's or a year's number (one to four digits),
/// a month's word (two to nine letters, a full stop may close its abbreviation: "Nov.").
fn is_piece(text: &str) -> bool {
    // a piece has ten characters at most: a longer line (most lines) is read no further
    let mut held = ['\0'; 10];
    let mut count = 0;
    for c in text.chars() {
        let Some(slot) = held.get_mut(count) else {
            return false;
        };
        *slot = c;
        count += 1;
    }
    let letters = &held[..count];
    if (1..=4).contains(&letters.len()) && letters.iter().all(|c| c.is_ascii_digit()) {
        return true;
    }
    let word = letters.strip_suffix(&['.']).unwrap_or(letters);
    (2..=9).contains(&word.len()) && word.iter().all(|&c| chars::is(c, L))
}

/// The last pieces of a stacked date up to a line: a blank line keeps them, a piece joins
/// them (the last `PIECES` kept), any other line ends them. The line is given by its number,
/// its start and its text, copied only when it is a piece.
pub(super) fn piled(pieces: &mut Vec<Piece>, line: usize, start: usize, text: &str) {
    if text.is_empty() {
        return;
    }
    if !is_piece(text) {
        pieces.clear();
        return;
    }
    if pieces.len() >= PIECES {
        pieces.drain(..pieces.len() + 1 - PIECES);
    }
    pieces.push(Piece {
        line,
        start,
        text: text.to_string(),
    });
}

/// The runs of the last pieces that may read as one date, the longest first, each as its first
/// piece and its text, the line breaks between its pieces kept so that positions stay those of
/// the text: runs of two or three pieces on lines at most `GAP` apart, one of them a number.
pub(super) fn stacks(pieces: &[Piece]) -> Vec<(&Piece, String)> {
    let mut runs = Vec::new();
    for count in (2..=pieces.len().min(PIECES)).rev() {
        let run = &pieces[pieces.len() - count..];
        if run.windows(2).any(|pair| pair[1].line - pair[0].line > GAP) {
            continue;
        }
        if !run
            .iter()
            .any(|piece| piece.text.starts_with(|c: char| c.is_ascii_digit()))
        {
            continue;
        }
        let mut text = run[0].text.clone();
        for pair in run.windows(2) {
            text.push_str(&"\n".repeat(pair[1].line - pair[0].line));
            text.push_str(&pair[1].text);
        }
        runs.push((&run[0], text));
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn piece(line: usize, start: usize, text: &str) -> Piece {
        Piece {
            line,
            start,
            text: text.to_string(),
        }
    }

    #[test]
    fn a_stacked_date_reads_with_its_blank_line() {
        let pieces = vec![piece(0, 0, "17"), piece(1, 3, "НОЯ"), piece(3, 8, "2018")];
        let runs = stacks(&pieces);
        assert_eq!(runs[0].1, "17\nНОЯ\n\n2018");
        assert_eq!(runs.len(), 2);
    }

    #[test]
    fn only_short_tokens_are_pieces() {
        assert!(is_piece("2018") && is_piece("Nov.") && is_piece("НОЯ"));
        assert!(!is_piece("12345") && !is_piece("Most read") && !is_piece("N") && !is_piece("."));
        assert!(is_piece("сентября.") && !is_piece("сентябрями") && !is_piece("1 сентября 2024"));
        let mut kept = vec![piece(0, 0, "17")];
        piled(&mut kept, 1, 3, "");
        assert_eq!(kept.len(), 1);
        piled(&mut kept, 2, 4, "Most read");
        assert!(kept.is_empty());
    }

    #[test]
    fn words_are_the_runs_of_letters_and_digits() {
        let pattern = regex::Regex::new(r"[\p{L}\d]+").expect("a valid pattern");
        for text in [
            "Page last updated:",
            "입력 2024.05.17",
            "  — обновлено: ",
            "",
            "a-b_c ٣٤",
            // marks split a word as the pattern does, and only decimal digits join one
            "cafe\u{301} क्षेत्र",
            "x² Ⅻ ½ ２０２４年 Hello—мир",
            "입력:2024.05.17 ㄱㄴ",
        ] {
            assert_eq!(
                word_count(text.chars()),
                pattern.find_iter(text).count(),
                "{text}"
            );
        }
    }
}
