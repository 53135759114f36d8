//! IANA zone files (TZif v1 to v3) read as CPython's `zoneinfo` reads them: the transitions of
//! the table, the zone before the first one, and the POSIX TZ rule for instants past the table.
//! A wall-clock time is read with fold 0 (the earlier reading of a repeated hour; a skipped hour
//! takes the offset before the gap), as `ZoneInfo.utcoffset` does.

use super::civil::{days_from_civil, days_in_month, is_leap};

/// One zone file, ready for `utcoffset` and `fromutc`.
#[derive(Debug, Clone)]
pub struct TzFile {
    /// Transition instants, seconds since the epoch (UTC).
    trans_utc: Vec<i64>,
    /// The same transitions on the wall clock, as fold 0 sees them.
    trans_local: Vec<i64>,
    /// The UTC offset (seconds) from each transition on.
    offsets: Vec<i64>,
    /// The offset before the first transition (the first standard-time type).
    before: i64,
    /// The offsets past the table.
    after: After,
}

#[derive(Debug, Clone)]
enum After {
    Fixed(i64),
    Rule(Rule),
}

/// A POSIX TZ rule with daylight saving time.
#[derive(Debug, Clone)]
struct Rule {
    std: i64,
    dst: i64,
    dst_diff: i64,
    start: When,
    end: When,
}

/// When a rule's change happens in a year, on the local clock.
#[derive(Debug, Clone)]
enum When {
    /// `Jn` (julian, 1-365, February 29 never counted) or `n` (0-365).
    Day { day: i64, julian: bool, time: i64 },
    /// `Mm.w.d`: the w-th day d (0 Sunday) of month m, 5 the last.
    Calendar {
        month: i64,
        week: i64,
        weekday: i64,
        time: i64,
    },
}

const EPOCH_ORDINAL: i64 = 719_163;

/// Days between 1970-01-01 and YEAR-01-01, as zoneinfo computes it (one day short).
fn post_epoch_days_before_year(year: i64) -> i64 {
    let y = year - 1;
    y * 365 + y.div_euclid(4) - y.div_euclid(100) + y.div_euclid(400) - EPOCH_ORDINAL
}

impl When {
    fn year_to_epoch(&self, year: i64) -> i64 {
        match *self {
            When::Day { day, julian, time } => {
                let mut d = day;
                if julian && d >= 59 && is_leap(year) {
                    d += 1;
                }
                (post_epoch_days_before_year(year) + d) * 86_400 + time
            }
            When::Calendar {
                month,
                week,
                weekday,
                time,
            } => {
                // weekday of the month's first day, Monday 0 (Python's calendar)
                let first = (days_from_civil(year, month, 1) + 3).rem_euclid(7);
                let length = days_in_month(year, month);
                let mut day = (weekday - (first + 1)).rem_euclid(7) + 1;
                day += (week - 1) * 7;
                if day > length {
                    day -= 7;
                }
                const BEFORE_MONTH: [i64; 13] =
                    [-1, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
                let ordinal = post_epoch_days_before_year(year)
                    + BEFORE_MONTH[month as usize]
                    + i64::from(month > 2 && is_leap(year))
                    + day;
                ordinal * 86_400 + time
            }
        }
    }
}

impl Rule {
    fn transitions(&self, year: i64) -> (i64, i64) {
        (self.start.year_to_epoch(year), self.end.year_to_epoch(year))
    }

    /// The offset of a wall-clock time (fold 0).
    fn local_offset(&self, ts: i64, year: i64) -> i64 {
        let (mut start, mut end) = self.transitions(year);
        if self.dst_diff < 0 {
            end -= self.dst_diff;
        } else {
            start += self.dst_diff;
        }
        self.offset_between(start, end, ts)
    }

    /// The offset at an instant (seconds since the epoch, its UTC year).
    fn utc_offset(&self, ts: i64, year: i64) -> i64 {
        let (mut start, mut end) = self.transitions(year);
        start -= self.std;
        end -= self.dst;
        self.offset_between(start, end, ts)
    }

    /// DST's offset when `ts` falls in [start, end) (a span that may wrap the year's end),
    /// else standard time's.
    fn offset_between(&self, start: i64, end: i64, ts: i64) -> i64 {
        let is_dst = if start < end {
            start <= ts && ts < end
        } else {
            !(end <= ts && ts < start)
        };
        if is_dst {
            self.dst
        } else {
            self.std
        }
    }
}

impl After {
    fn local_offset(&self, ts: i64, year: i64) -> i64 {
        match self {
            After::Fixed(offset) => *offset,
            After::Rule(rule) => rule.local_offset(ts, year),
        }
    }

    fn utc_offset(&self, ts: i64, year: i64) -> i64 {
        match self {
            After::Fixed(offset) => *offset,
            After::Rule(rule) => rule.utc_offset(ts, year),
        }
    }
}

impl TzFile {
    /// The UTC offset (seconds) of a wall-clock time, given as whole seconds since
    /// 1970-01-01T00:00 on that clock and its year.
    pub fn local_offset(&self, ts: i64, year: i64) -> i64 {
        let local = &self.trans_local;
        match (local.first(), local.last()) {
            (Some(&first), _) if ts < first => self.before,
            (Some(_), Some(&last)) if ts <= last => {
                let index = local.partition_point(|&t| t <= ts);
                self.offsets[index - 1]
            }
            _ => self.after.local_offset(ts, year),
        }
    }

    /// The UTC offset (seconds) at an instant, given as whole seconds since the epoch and its
    /// UTC year (zoneinfo's `fromutc`).
    pub fn utc_offset(&self, ts: i64, year: i64) -> i64 {
        let utc = &self.trans_utc;
        match (utc.first(), utc.last()) {
            (Some(&first), _) if ts < first => self.before,
            (Some(_), Some(&last)) if ts <= last => {
                let index = utc.partition_point(|&t| t <= ts);
                self.offsets[index - 1]
            }
            _ => self.after.utc_offset(ts, year),
        }
    }

    /// Read a zone file.
    pub fn parse(bytes: &[u8]) -> Result<TzFile, String> {
        let mut reader = Reader { bytes, at: 0 };
        let mut header = reader.header()?;
        let mut time_size = 4;
        if header.version >= 2 {
            time_size = 8;
            let skip = header.timecnt * 5
                + header.typecnt * 6
                + header.charcnt
                + header.leapcnt * 8
                + header.isstdcnt
                + header.isutcnt;
            reader.skip(skip)?;
            header = reader.header()?;
        }
        let mut trans_utc = Vec::with_capacity(header.timecnt);
        for _ in 0..header.timecnt {
            trans_utc.push(if time_size == 8 {
                reader.i64()?
            } else {
                i64::from(reader.i32()?)
            });
        }
        let mut indexes = Vec::with_capacity(header.timecnt);
        for _ in 0..header.timecnt {
            indexes.push(usize::from(reader.u8()?));
        }
        let mut utcoff = Vec::with_capacity(header.typecnt);
        let mut isdst = Vec::with_capacity(header.typecnt);
        for _ in 0..header.typecnt {
            utcoff.push(i64::from(reader.i32()?));
            isdst.push(reader.u8()? != 0);
            reader.u8()?;
        }
        reader.skip(header.charcnt)?;
        let mut footer = None;
        if header.version >= 2 {
            reader.skip(header.isutcnt + header.isstdcnt + header.leapcnt * 12)?;
            if reader.u8()? != b'\n' {
                return Err("the TZ string does not follow a new line".to_string());
            }
            let mut text = Vec::new();
            loop {
                let byte = reader.u8()?;
                if byte == b'\n' {
                    break;
                }
                text.push(byte);
            }
            footer = Some(String::from_utf8(text).map_err(|e| e.to_string())?);
        }
        if indexes.iter().any(|&i| i >= utcoff.len()) {
            return Err("a transition names a type the file lacks".to_string());
        }
        let offsets: Vec<i64> = indexes.iter().map(|&i| utcoff[i]).collect();
        let trans_local = to_local(&indexes, &trans_utc, &utcoff);
        // the first standard-time type, else the first type (CPython's C `zoneinfo`)
        let before = match isdst.iter().position(|dst| !dst) {
            Some(i) => utcoff[i],
            None => utcoff.first().copied().unwrap_or(0),
        };
        let after = match footer.as_deref() {
            Some(text) if !text.is_empty() => parse_tz_string(text)?,
            _ => match offsets.last().or(utcoff.last()) {
                Some(&offset) => After::Fixed(offset),
                None => return Err("No time zone information found.".to_string()),
            },
        };
        Ok(TzFile {
            trans_utc,
            trans_local,
            offsets,
            before,
            after,
        })
    }
}

/// The transitions on the wall clock, fold 0: each at the later of the two offsets around it.
fn to_local(indexes: &[usize], trans_utc: &[i64], utcoff: &[i64]) -> Vec<i64> {
    if trans_utc.is_empty() {
        return Vec::new();
    }
    let mut local = trans_utc.to_vec();
    let first = if utcoff.len() > 1 {
        utcoff[0].max(utcoff[indexes[0]])
    } else {
        utcoff[0]
    };
    local[0] += first;
    for i in 1..indexes.len() {
        local[i] += utcoff[indexes[i - 1]].max(utcoff[indexes[i]]);
    }
    local
}

struct Header {
    version: u8,
    isutcnt: usize,
    isstdcnt: usize,
    leapcnt: usize,
    timecnt: usize,
    typecnt: usize,
    charcnt: usize,
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8], String> {
        let end = self
            .at
            .checked_add(n)
            .filter(|&end| end <= self.bytes.len())
            .ok_or_else(|| "the zone file is cut short".to_string())?;
        let slice = &self.bytes[self.at..end];
        self.at = end;
        Ok(slice)
    }

    fn skip(&mut self, n: usize) -> Result<(), String> {
        self.take(n).map(|_| ())
    }

    fn u8(&mut self) -> Result<u8, String> {
        Ok(self.take(1)?[0])
    }

    fn i32(&mut self) -> Result<i32, String> {
        let b = self.take(4)?;
        Ok(i32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn i64(&mut self) -> Result<i64, String> {
        let b = self.take(8)?;
        let mut array = [0u8; 8];
        array.copy_from_slice(b);
        Ok(i64::from_be_bytes(array))
    }

    fn count(&mut self) -> Result<usize, String> {
        usize::try_from(self.i32()?).map_err(|_| "a negative count".to_string())
    }

    fn header(&mut self) -> Result<Header, String> {
        if self.take(4)? != b"TZif" {
            return Err("Invalid TZif file: magic not found".to_string());
        }
        let version = match self.u8()? {
            0 => 1,
            digit @ b'1'..=b'9' => digit - b'0',
            _ => return Err("Invalid TZif file: unknown version".to_string()),
        };
        self.skip(15)?;
        Ok(Header {
            version,
            isutcnt: self.count()?,
            isstdcnt: self.count()?,
            leapcnt: self.count()?,
            timecnt: self.count()?,
            typecnt: self.count()?,
            charcnt: self.count()?,
        })
    }
}

/// A POSIX TZ string: `std offset [dst [offset] , start[/time] , end[/time]]`.
fn parse_tz_string(text: &str) -> Result<After, String> {
    let invalid = || format!("{text} is not a valid TZ string");
    let (head, rules) = match text.split_once(',') {
        Some((head, rules)) => (head, Some(rules)),
        None => (text, None),
    };
    let mut at = 0;
    let bytes = head.as_bytes();
    abbreviation(bytes, &mut at).ok_or_else(invalid)?;
    if at == bytes.len() {
        return match rules {
            None => Ok(After::Fixed(0)),
            Some(_) => Err(invalid()),
        };
    }
    let std = -delta(bytes, &mut at, 24).ok_or_else(invalid)?;
    if at == bytes.len() {
        return match rules {
            None => Ok(After::Fixed(std)),
            Some(_) => Err(invalid()),
        };
    }
    abbreviation(bytes, &mut at).ok_or_else(invalid)?;
    let dst = if at == bytes.len() {
        std + 3600
    } else {
        -delta(bytes, &mut at, 24).ok_or_else(invalid)?
    };
    if at != bytes.len() {
        return Err(invalid());
    }
    let rules = rules.ok_or_else(invalid)?;
    let (start, end) = rules.split_once(',').ok_or_else(invalid)?;
    Ok(After::Rule(Rule {
        std,
        dst,
        dst_diff: dst - std,
        start: when(start).ok_or_else(invalid)?,
        end: when(end).ok_or_else(invalid)?,
    }))
}

/// A zone abbreviation: letters, or anything in angle brackets.
fn abbreviation(bytes: &[u8], at: &mut usize) -> Option<()> {
    let start = *at;
    if bytes.get(start) == Some(&b'<') {
        let close = bytes[start..].iter().position(|&b| b == b'>')? + start;
        let inner = &bytes[start + 1..close];
        if inner.is_empty()
            || !inner
                .iter()
                .all(|b| b.is_ascii_alphanumeric() || *b == b'+' || *b == b'-')
        {
            return None;
        }
        *at = close + 1;
        return Some(());
    }
    while *at < bytes.len() && !matches!(bytes[*at], b'0'..=b'9' | b':' | b'.' | b'+' | b'-' | b'<')
    {
        *at += 1;
    }
    (*at > start).then_some(())
}

/// `[+-]h[h[h]][:mm[:ss]]` in seconds, the hours at most `max_hours`.
fn delta(bytes: &[u8], at: &mut usize, max_hours: i64) -> Option<i64> {
    let mut sign = 1;
    if let Some(&b @ (b'+' | b'-')) = bytes.get(*at) {
        sign = if b == b'-' { -1 } else { 1 };
        *at += 1;
    }
    let hours = digits(bytes, at, 1, 3)?;
    let mut total = hours * 3600;
    if bytes.get(*at) == Some(&b':') {
        *at += 1;
        total += digits(bytes, at, 2, 2)? * 60;
        if bytes.get(*at) == Some(&b':') {
            *at += 1;
            total += digits(bytes, at, 2, 2)?;
        }
    }
    if hours > max_hours {
        return None;
    }
    Some(sign * total)
}

fn digits(bytes: &[u8], at: &mut usize, least: usize, most: usize) -> Option<i64> {
    let start = *at;
    let mut value = 0i64;
    while *at < bytes.len() && *at - start < most && bytes[*at].is_ascii_digit() {
        value = value * 10 + i64::from(bytes[*at] - b'0');
        *at += 1;
    }
    (*at - start >= least).then_some(value)
}

/// One change of a rule: `Mm.w.d`, `Jn` or `n`, then `/time` (2:00 when absent).
fn when(text: &str) -> Option<When> {
    let (date, time) = match text.split_once('/') {
        Some((date, time)) => (date, Some(time)),
        None => (text, None),
    };
    let time = match time {
        Some(time) => {
            let bytes = time.as_bytes();
            let mut at = 0;
            let seconds = delta(bytes, &mut at, 167)?;
            (at == bytes.len()).then_some(seconds)?
        }
        None => 7200,
    };
    if let Some(rest) = date.strip_prefix('M') {
        let mut parts = rest.split('.');
        let month: i64 = small_number(parts.next()?, 2)?;
        let week: i64 = small_number(parts.next()?, 1)?;
        let weekday: i64 = small_number(parts.next()?, 1)?;
        if parts.next().is_some()
            || !(1..=12).contains(&month)
            || !(1..=5).contains(&week)
            || !(0..=6).contains(&weekday)
        {
            return None;
        }
        return Some(When::Calendar {
            month,
            week,
            weekday,
            time,
        });
    }
    let (number, julian) = match date.strip_prefix('J') {
        Some(number) => (number, true),
        None => (date, false),
    };
    let day: i64 = small_number(number, 3)?;
    if !(i64::from(julian)..=365).contains(&day) {
        return None;
    }
    Some(When::Day { day, julian, time })
}

fn small_number(text: &str, most: usize) -> Option<i64> {
    if text.is_empty() || text.len() > most || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tz_strings() {
        assert!(matches!(parse_tz_string("KST-9"), Ok(After::Fixed(32400))));
        assert!(matches!(
            parse_tz_string("<+03>-3"),
            Ok(After::Fixed(10800))
        ));
        let Ok(After::Rule(rule)) = parse_tz_string("EST5EDT,M3.2.0,M11.1.0") else {
            panic!("a rule");
        };
        assert_eq!((rule.std, rule.dst, rule.dst_diff), (-18000, -14400, 3600));
    }
}
