//! The opening day of a period: a date a page prints before a range's sign and its closing day
//! ("2021년 10월 12일(화) ~ 10월 17일(일)", "2024.03.01 ~ 2024.05.31"), an exhibition's, a
//! festival's or a call's run, not the article's time (mirrors
//! `normalize/timestamps/periods.py`).

use rustc_hash::FxHashSet;

use super::datelines::Dateline;
use super::pychars::is_decimal;

/// The signs a range of days is printed with between its opening and closing day (a tilde and
/// its wave-dash look-alikes); a hyphen or a dash also joins a date to its clock time.
const RANGE_SIGNS: &[char] = &['~', '∼', '〜', '～'];
/// A weekday in brackets after a date is at most this many characters ("(화)", "(Tue)").
const WEEKDAY_CHARS: usize = 4;

/// The positions among `datelines` of the unlabelled times followed by a range's sign and the
/// digits of its closing day, maybe after their weekday in brackets: the opening day of a
/// period an event page, a notice or a list of festivals prints, which dates the thing, not
/// the page. A labelled time keeps its label's word (Python's `period_opens`).
pub fn period_opens(datelines: &[Dateline], text: &str) -> FxHashSet<usize> {
    // each sign looked for by its last byte (`memchr`), not the page read a character at a time
    let signed = RANGE_SIGNS.iter().any(|&sign| text.contains(sign));
    if !signed || !datelines.iter().any(|item| item.role.is_empty()) {
        return FxHashSet::default();
    }
    let chars: Vec<char> = text.chars().collect();
    datelines
        .iter()
        .enumerate()
        .filter(|(_, item)| item.role.is_empty() && range_after(&chars, item.end))
        .map(|(order, _)| order)
        .collect()
}

/// Whether the characters from `at` on are a weekday in brackets at most, a range's sign and
/// the closing day's first digit, blanks between.
fn range_after(chars: &[char], at: usize) -> bool {
    let blank = |c: &char| *c == ' ' || *c == '\t';
    let rest = chars.get(at..).unwrap_or_default();
    let mut at = rest.iter().take_while(|c| blank(c)).count();
    if rest.get(at) == Some(&'(') {
        let inside = rest[at + 1..]
            .iter()
            .take_while(|c| !matches!(c, '(' | ')' | '\n'))
            .count();
        if (1..=WEEKDAY_CHARS).contains(&inside) && rest.get(at + 1 + inside) == Some(&')') {
            at += inside + 2;
            at += rest[at..].iter().take_while(|c| blank(c)).count();
        }
    }
    if !rest.get(at).is_some_and(|c| RANGE_SIGNS.contains(c)) {
        return false;
    }
    at += 1;
    at += rest[at..].iter().take_while(|c| blank(c)).count();
    rest.get(at).is_some_and(|c| is_decimal(*c))
}
