//! An act's own day: the date its requisites print right after "от" ("of") opening their line,
//! with the act's number on that line or alone on one of the next ones ("от 17.06.2019" / "г.
//! Приозёрск" / "№ 238", "от 15 апреля 2002 г. N 1432"), as a council's decision, an
//! administration's order or an appendix to one heads its text: the act's adoption, not the
//! page's publication (mirrors `normalize/timestamps/acts.py`).

use regex::Regex;
use rustc_hash::FxHashSet;

use super::datelines::Dateline;
use super::lines::lines_under;
use super::pychars::is_space;
use crate::per_thread::per_thread;

/// The lines with text under the date where its number may stand alone (a town's line
/// between: "от 19.12.2011" / "г. Нижневартовск" / "№ 2311").
const NUMBER_BELOW: usize = 2;
/// What a page must hold for any date of it to be an act's: the number's signs.
const SIGNS: &[&str] = &["№", "N"];

per_thread! {
    /// "от" ("of") opening a line, in any case, before the act's date, maybe in guillemets
    /// ("От 12 марта 2019 года", "от «12» марта 2020 г.").
    fn of() -> Regex {
        Regex::new(r#"^(?i:[ \t]*от[ \t]+[«"]?)$"#).unwrap_or_else(|error| panic!("of: {error}"))
    }
}

per_thread! {
    /// An act's number after its sign: "№ 238", "№95/1", and "N 1432" with a Latin capital, as
    /// legal databases print the sign.
    fn number() -> Regex {
        Regex::new(r"(?:№|\bN)[ \t]?\d").unwrap_or_else(|error| panic!("number: {error}"))
    }
}

/// The positions among `datelines` of the unlabelled dates that "от" alone opens the line of,
/// an act's number after them on the line or opening one of the next two lines with text: an
/// act's requisites, its adoption day, not the page's time (Python's `act_dates`). `page` holds
/// the text's lines and where each starts (`line_starts`).
pub fn act_dates(
    datelines: &[Dateline],
    text: &str,
    (lines, starts): (&[&str], &[usize]),
) -> FxHashSet<usize> {
    let mut found = FxHashSet::default();
    if !SIGNS.iter().any(|sign| text.contains(sign)) {
        return found;
    }
    for (order, item) in datelines.iter().enumerate() {
        if !item.role.is_empty() || item.line >= lines.len() {
            continue;
        }
        let (line, first) = (lines[item.line], starts[item.line]);
        let chars = line.chars().count();
        let (Some(head), Some(tail)) = (item.start.checked_sub(first), item.end.checked_sub(first))
        else {
            continue;
        };
        if head > tail || tail > chars {
            continue; // a date whose time is printed on the next line
        }
        let byte = |at: usize| line.char_indices().nth(at).map_or(line.len(), |(at, _)| at);
        if !of().is_match(&line[..byte(head)]) {
            continue;
        }
        let number = number();
        let numbered = number.find_at(line, byte(tail)).is_some()
            || lines_under(lines, item.line, NUMBER_BELOW)
                .into_iter()
                .any(|at| {
                    let other = lines[at].trim_matches(is_space);
                    number.find(other).is_some_and(|found| found.start() == 0)
                });
        if numbered {
            found.insert(order);
        }
    }
    found
}
