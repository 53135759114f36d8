//! A numbered list on a page ("1. …" / "2. …": a site's box of sayings, a list of rules, the
//! steps of a notice; mirrors `normalize/numbered.py`): its items are neither a headline,
//! though the cuts of `titles` take the number off and leave a headline-long line, nor the
//! article's paragraphs. A table of contents numbers its lines at their end, each with its
//! page's ("Введение. 1" / "Агрегация. 3"): its lines are no headline either.

use regex::Regex;
use rustc_hash::FxHashSet;

use crate::headline::Candidate;
use crate::per_thread::per_thread;

per_thread! {
    /// A list number opening a line, then the item's words: "2. Batting is temporary …", or
    /// with no space after it, as a broadcast script numbers its screen captions, or the
    /// opening mark of a quotation the item opens with ("3. «Never again», the keeper says").
    fn list_number_pattern() -> Regex {
        Regex::new(r#"^\s*([0-9]{1,2})[.)]\s*(?:\p{L}|\p{Pi}|["'„])"#)
            .expect("the list number's pattern compiles")
    }
}

per_thread! {
    /// A page's number closing a line of a table of contents, after the entry's last word, a
    /// stop and a leader's dots maybe: "Агрегация. 3", "Harbour charges .... 12".
    fn page_number_pattern() -> Regex {
        Regex::new(r"\p{L}\p{P}?[ .]*[ ]([0-9]{1,3})\s*$")
            .expect("the page number's pattern compiles")
    }
}

/// How many lines in a row closing with page numbers make a table of contents.
const CONTENTS_RUN: usize = 3;

/// The ranks among the page's lines with text (`text` gives each by its rank, `count` of them)
/// of a table of contents' lines: three or more in a row, each closing with its page's number,
/// none lower than the one above, each entry's words other than the one's above (the same
/// words before each number are a series' parts, "Round 1" / "Round 2", no table's entries).
pub fn contents_lines<'a>(text: impl Fn(usize) -> &'a str, count: usize) -> Vec<usize> {
    let mut found = Vec::new();
    let mut run: Vec<usize> = Vec::new();
    let (mut last, mut entry): (i64, &str) = (-1, "");
    for rank in 0..count {
        let line = text(rank);
        // the page's last digit closes the line, white space aside: told without the pattern
        let closes = line
            .trim_end_matches(char::is_whitespace)
            .ends_with(|c: char| c.is_ascii_digit());
        let page = closes
            .then(|| page_number_pattern().captures(line))
            .flatten()
            .and_then(|found| found.get(1));
        let number: i64 = page
            .and_then(|digits| digits.as_str().parse().ok())
            .unwrap_or(-1);
        let named = page.map_or("", |digits| {
            line[..digits.start()].trim_end_matches([' ', '.'])
        });
        if number < 0 || number < last || named == entry {
            if run.len() >= CONTENTS_RUN {
                found.append(&mut run);
            }
            run.clear();
        }
        if number >= 0 {
            run.push(rank);
        }
        (last, entry) = (number, named);
    }
    if run.len() >= CONTENTS_RUN {
        found.append(&mut run);
    }
    found
}

/// The list number that opens a line, if one does.
pub fn list_number(text: &str) -> Option<u32> {
    // the number's first digit opens the line after its white space (`\s`): a line that opens
    // otherwise is no item, told without the pattern
    let opening = text.trim_start_matches(char::is_whitespace);
    if !opening.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let found = list_number_pattern().captures(text)?;
    found.get(1)?.as_str().parse().ok()
}

/// Whether the line of rank `at` among the page's lines with text (`text` gives each by its
/// rank, `count` of them) opens with a list number and the line right above it opens with the
/// number before, or the one right below with the number after.
pub fn in_numbered_list<'a>(text: impl Fn(usize) -> &'a str, count: usize, at: usize) -> bool {
    let Some(number) = list_number(text(at)) else {
        return false;
    };
    let above = at.checked_sub(1).and_then(|k| list_number(text(k)));
    let below = (at + 1 < count)
        .then(|| list_number(text(at + 1)))
        .flatten();
    number
        .checked_sub(1)
        .is_some_and(|before| above == Some(before))
        || below == Some(number + 1)
}

/// The lines of the candidates that are items of a numbered list (`in_numbered_list`) or a
/// document's numbered subheads: the next candidate with a list number below it opens with the
/// number after its own (however many lines between them), or the one above with the number
/// before.
/// `text` gives each of the page's lines with text by its rank, `count` of them.
pub fn numbered_heads<'a>(
    candidates: &[Candidate],
    text: impl Fn(usize) -> &'a str + Copy,
    count: usize,
) -> FxHashSet<usize> {
    let mut heads: FxHashSet<usize> = candidates
        .iter()
        .filter(|c| in_numbered_list(text, count, c.placed.order))
        .map(|c| c.placed.line)
        .collect();
    let numbered: Vec<(usize, u32)> = candidates
        .iter()
        .filter_map(|c| list_number(text(c.placed.order)).map(|n| (c.placed.line, n)))
        .collect();
    for pair in numbered.windows(2) {
        let ((above, number), (below, next_number)) = (pair[0], pair[1]);
        if next_number == number + 1 {
            heads.insert(above);
            heads.insert(below);
        }
    }
    heads
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_of_a_numbered_list_are_found_by_their_neighbours() {
        let texts = [
            "1. Rain stops play more often than rain falls",
            "2. Tea is never cancelled",
            "Rained Off Again at the Oval",
            "3. Not a list's item, alone",
        ];
        let found: Vec<bool> = (0..texts.len())
            .map(|at| in_numbered_list(|k| texts[k], texts.len(), at))
            .collect();
        assert_eq!(found, [true, true, false, false]);
    }

    #[test]
    fn a_list_number_opens_its_line_after_white_space_only() {
        let cases = [
            ("12) Keep the gate shut", Some(12)),
            ("\u{3000} 3. Тихо в читальном зале", Some(3)),
            ("\u{a0}4.\u{a0}Wait", Some(4)),
            ("(1) Keep the gate shut", None),
            ("7.Gate shut at dusk", Some(7)),
            ("7.5 metres of fence", None),
            ("No. 5 is the last", None),
            ("１. Full-width digits are no list number", None),
            ("", None),
        ];
        for (text, number) in cases {
            assert_eq!(list_number(text), number, "{text:?}");
        }
    }
}
