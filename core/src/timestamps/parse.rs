//! Timestamp strings: one string to one UTC instant (mirrors `normalize/timestamps/parse.py`;
//! its polars column version stays in Python).

use super::civil::{self, checked, is_date, US_PER_SECOND};
use super::grammar::Marks;
use super::labels::labelled_segments;
use super::lines::{context, prepare};
use super::reading::read_segment;
use super::zones::{named_zone, utc, Zone};
use super::TimeError;

/// What `datetime.fromisoformat` makes of an ISO 8601 / RFC 3339 string.
enum Iso {
    /// A day alone: its midnight in UTC.
    Day(i64),
    /// A wall-clock time and its printed offset (seconds), if any.
    Clock(i64, Option<i64>),
}

fn two(bytes: &[u8], at: usize) -> Option<i64> {
    let pair = bytes.get(at..at + 2)?;
    pair.iter()
        .all(u8::is_ascii_digit)
        .then(|| i64::from(pair[0] - b'0') * 10 + i64::from(pair[1] - b'0'))
}

/// The string read as the ISO fast path reads it: `_ISO_STRICT` matched in full, then
/// `fromisoformat`; None when either refuses (the grammar decides then).
fn iso(text: &str) -> Option<Iso> {
    let b = text.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let year = two(b, 0)? * 100 + two(b, 2)?;
    let (month, day) = (two(b, 5)?, two(b, 8)?);
    let valid_day = is_date(year, month, day);
    if b.len() == 10 {
        return valid_day.then(|| Iso::Day(civil::at(year, month, day, 0, 0, 0, 0)));
    }
    if !matches!(b[10], b'T' | b' ') || b.get(13) != Some(&b':') {
        return None;
    }
    let (hour, minute) = (two(b, 11)?, two(b, 14)?);
    let mut at = 16;
    let (mut second, mut micro) = (0, 0);
    if b.get(at) == Some(&b':') {
        second = two(b, at + 1)?;
        at += 3;
        if b.get(at) == Some(&b'.') {
            let digits = b[at + 1..]
                .iter()
                .take(6)
                .take_while(|c| c.is_ascii_digit())
                .count();
            if digits == 0 {
                return None;
            }
            let fraction = &b[at + 1..at + 1 + digits];
            micro = fraction
                .iter()
                .fold(0, |value, c| value * 10 + i64::from(c - b'0'));
            micro *= 10i64.pow(6 - digits as u32);
            at += 1 + digits;
        }
    }
    let offset = match b.get(at) {
        None => None,
        Some(b'Z') if at + 1 == b.len() => Some(0),
        Some(&sign @ (b'+' | b'-')) => {
            let hours = two(b, at + 1)?;
            let colon = usize::from(b.get(at + 3) == Some(&b':'));
            let minutes = two(b, at + 3 + colon)?;
            if at + 5 + colon != b.len() {
                return None;
            }
            let seconds = hours * 3600 + minutes * 60;
            Some(if sign == b'-' { -seconds } else { seconds })
        }
        Some(_) => return None,
    };
    // the string is ISO in form; now what datetime accepts
    if !valid_day || hour > 23 || minute > 59 || second > 59 {
        return None;
    }
    if offset.is_some_and(|seconds| seconds.abs() >= 86_400) {
        return None;
    }
    let local = civil::at(year, month, day, hour, minute, second, micro);
    Some(Iso::Clock(local, offset))
}

/// One timestamp string to a UTC instant (microseconds); None when it states no usable time.
///
/// Labels are read and dropped (the published time wins over the modified one); relative
/// forms need `now`; an ambiguous zone abbreviation is read in `default_tz` when that is one
/// of its zones, else in its usual one (IST is India's).
pub fn parse_timestamp(
    text: &str,
    default_tz: Option<&str>,
    now: Option<i64>,
) -> Result<Option<i64>, TimeError> {
    let zone = default_tz.map(named_zone).transpose()?;
    if let Some(read) = iso(text) {
        return Ok(match read {
            Iso::Day(midnight) => Some(midnight),
            Iso::Clock(local, Some(offset)) => {
                checked(i128::from(local) - i128::from(offset) * i128::from(US_PER_SECOND)).ok()
            }
            Iso::Clock(local, None) => utc(local, zone.as_ref().unwrap_or(&Zone::Utc)),
        });
    }
    let ctx = context(zone, default_tz, now, None, Default::default());
    let whole = prepare(text)?;
    let length = whole.text.len();
    if !whole.marks.has(Marks::LABEL) {
        return Ok(read_segment(&whole, 0, length, &ctx)?.value);
    }
    // The published time wins, then an unlabelled one, a modified one, another thing's (a string
    // of a column is a time, whatever its label): segments are read only until one gives it.
    let (_, segments) = labelled_segments(&whole)?;
    for wanted in ["published", "", "modified", "elsewhere"] {
        for &(role, _, start, end) in &segments {
            if role == wanted {
                if let Some(stated) = read_segment(&whole, start, end, &ctx)?.value {
                    return Ok(Some(stated));
                }
            }
        }
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_as_fromisoformat_reads_it() {
        assert!(matches!(iso("2024-05-17"), Some(Iso::Day(_))));
        assert!(matches!(
            iso("2024-05-17T10:00+0560"),
            Some(Iso::Clock(_, Some(21600)))
        ));
        assert!(iso("2024-05-17T24:00").is_none());
        assert!(iso("2024-05-17T10:00+24:00").is_none());
        assert!(iso("2024-05-17T10:00:00.1234567").is_none());
        assert!(iso("0000-01-01").is_none());
    }
}
