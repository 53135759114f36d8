//! A wiki's revision line: the time of the revision a page shows, printed after its author's
//! name and before the word for a revision ("Mina (토론 | 기여)님의 2022년 3월 8일 (화) 14:20
//! 판"), then the edit's summary in brackets. The time is the page's modification time; the
//! summary's words are the edit's, not the line's (mirrors `normalize/timestamps/revisions.py`).

use super::pychars::is_decimal;

/// The Korean wiki's word for a revision, printed after its time.
const REVISION: char = '판';

/// Where the word for a revision after a clock time ("14:20 판") ends on a wiki's revision
/// line, before the edit's summary in brackets or the line's end, in code points; None on any
/// other line (Python's `revision_end`).
pub fn revision_end(line: &str) -> Option<usize> {
    if !line.contains(REVISION) {
        return None;
    }
    let chars: Vec<char> = line.chars().collect();
    let blank = |c: char| c == ' ' || c == '\t';
    (0..chars.len()).find_map(|at| {
        if chars[at] != REVISION {
            return None;
        }
        let spaces = chars[..at].iter().rev().take_while(|c| blank(**c)).count();
        let clock_end = at.checked_sub(spaces).filter(|_| spaces > 0)?;
        let clock = chars.get(clock_end.checked_sub(4)?..clock_end)?;
        let clocked =
            is_decimal(clock[0]) && clock[1] == ':' && is_decimal(clock[2]) && is_decimal(clock[3]);
        let after = chars[at + 1..].iter().find(|c| !blank(**c));
        (clocked && after.is_none_or(|c| *c == '(')).then_some(at + 1)
    })
}
