//! A release's day over its contact's telephone number: a press release's header prints the day
//! it was issued, then who answers questions about it and their number ("11 March 2024" /
//! "Press officer Ana Roe 010-2468-1357"), above its title: the release's publication day, as
//! though labelled, though a site's clock prints a day above a headline too (mirrors
//! `normalize/timestamps/contact_days.py`).

use std::sync::OnceLock;

use super::datelines::Dateline;
use super::lines::lines_under;
use super::pattern::Pattern;
use super::TimeError;

/// A telephone number: an area code in brackets or before a dash, dot or space (an
/// international prefix maybe before it), then a group of three or four digits and one of four,
/// no digit or dash on either side ("010-2468-1357", "(02)555-0147", "+44 20 7946 0018"); a
/// date's groups are shorter ("2024-03-11") (`_TELEPHONE`).
fn telephone() -> &'static Pattern {
    static TELEPHONE: OnceLock<Pattern> = OnceLock::new();
    TELEPHONE.get_or_init(|| {
        Pattern::new(
            r"(?<![\d-])(?:\+\d{1,3}[ -]?)?(?:\(\d{2,4}\)[ ]?|\d{2,4}[-. ])\d{3,4}[-. ]\d{4}(?![\d-])",
        )
    })
}

/// The positions among `datelines` of the unlabelled days (no clock time) above the headline
/// (line `near`) whose next line with text holds a telephone number (`telephone`): a release's
/// day over its contact, the page's publication as though labelled (Python's `contact_days`).
pub fn contact_days(
    datelines: &[Dateline],
    lines: &[&str],
    near: Option<usize>,
) -> Result<Vec<usize>, TimeError> {
    let Some(near) = near else {
        return Ok(Vec::new());
    };
    let mut found = Vec::new();
    for (order, item) in datelines.iter().enumerate() {
        if !item.role.is_empty() || item.reading.shape != "date" || item.line >= near {
            continue;
        }
        let Some(&below) = lines_under(lines, item.line, 1).first() else {
            continue;
        };
        if below < near && telephone().is_match(lines[below])? {
            found.push(order);
        }
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn telephone_numbers_and_dates_apart() {
        for number in [
            "한누리 대변인 010-0000-1357",
            "대표전화 (02)555-0147",
            "+44 20 7946 0018",
        ] {
            assert!(telephone().is_match(number).unwrap(), "{number}");
        }
        for other in ["2024-03-11", "2024년 3월 11일(월)", "Call 12-3456"] {
            assert!(!telephone().is_match(other).unwrap(), "{other}");
        }
    }
}
