//! Python's `datetime` arithmetic, as the timestamp rooms use it: wall-clock times and instants
//! as microseconds since 1970-01-01T00:00, the years 1 to 9999 only, and `timedelta`'s rounding
//! of float days and seconds to microseconds.

use super::TimeError;

pub const US_PER_SECOND: i64 = 1_000_000;
pub const US_PER_DAY: i64 = 86_400 * US_PER_SECOND;

/// Days from 1970-01-01 to a day of the proleptic Gregorian calendar.
pub fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The day (year, month, day) of a count of days from 1970-01-01.
pub fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

pub fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

pub fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Whether `datetime.date(year, month, day)` exists.
pub fn is_date(year: i64, month: i64, day: i64) -> bool {
    (1..=9999).contains(&year) && (1..=12).contains(&month) && day >= 1 && {
        day <= days_in_month(year, month)
    }
}

/// The first and the last microsecond `datetime` holds.
fn bounds() -> (i64, i64) {
    (
        days_from_civil(1, 1, 1) * US_PER_DAY,
        (days_from_civil(9999, 12, 31) + 1) * US_PER_DAY - 1,
    )
}

/// A moment as `datetime` holds it, or the `OverflowError` Python raises.
pub fn checked(micros: i128) -> Result<i64, TimeError> {
    let (low, high) = bounds();
    if micros < i128::from(low) || micros > i128::from(high) {
        return Err(TimeError::Overflow);
    }
    Ok(micros as i64)
}

/// A wall-clock time or an instant from its fields (checked by the caller).
pub fn at(year: i64, month: i64, day: i64, hour: i64, minute: i64, second: i64, micro: i64) -> i64 {
    days_from_civil(year, month, day) * US_PER_DAY
        + ((hour * 60 + minute) * 60 + second) * US_PER_SECOND
        + micro
}

/// The fields of a moment: year, month, day, hour, minute, second, microsecond.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fields {
    pub year: i64,
    pub month: i64,
    pub day: i64,
    pub hour: i64,
    pub minute: i64,
    pub second: i64,
    pub micro: i64,
}

pub fn fields(micros: i64) -> Fields {
    let days = micros.div_euclid(US_PER_DAY);
    let rest = micros.rem_euclid(US_PER_DAY);
    let (year, month, day) = civil_from_days(days);
    let seconds = rest / US_PER_SECOND;
    Fields {
        year,
        month,
        day,
        hour: seconds / 3600,
        minute: seconds / 60 % 60,
        second: seconds % 60,
        micro: rest % US_PER_SECOND,
    }
}

/// Whole seconds of a moment, as zoneinfo's `_get_local_timestamp` counts them.
pub fn seconds(micros: i64) -> i64 {
    micros.div_euclid(US_PER_SECOND)
}

/// `timedelta(days=days, seconds=seconds)` in microseconds, as CPython builds it from floats:
/// whole parts exactly, fractions summed, rounded half to even; an error beyond its range.
pub fn timedelta(days: f64, seconds: f64) -> Result<i128, TimeError> {
    let mut whole: i128 = 0;
    let mut leftover = 0.0f64;
    if seconds != 0.0 {
        accumulate(&mut whole, seconds, US_PER_SECOND, &mut leftover)?;
    }
    if days != 0.0 {
        accumulate(&mut whole, days, US_PER_DAY, &mut leftover)?;
    }
    if leftover != 0.0 {
        let mut rounded = leftover.round();
        if (rounded - leftover).abs() == 0.5 {
            let odd = (whole & 1) as f64;
            rounded = 2.0 * ((leftover + odd) * 0.5).round() - odd;
        }
        whole += rounded as i128;
    }
    let days = whole.div_euclid(i128::from(US_PER_DAY));
    if days.abs() > 999_999_999 {
        return Err(TimeError::Overflow);
    }
    Ok(whole)
}

/// One term of `timedelta`'s sum (CPython's `accum`).
fn accumulate(
    whole: &mut i128,
    number: f64,
    factor: i64,
    leftover: &mut f64,
) -> Result<(), TimeError> {
    if !number.is_finite() {
        return Err(TimeError::Overflow);
    }
    let integral = number.trunc();
    let fraction = number - integral;
    *whole += integral as i128 * i128::from(factor);
    if fraction == 0.0 {
        return Ok(());
    }
    let scaled = factor as f64 * fraction;
    let integral = scaled.trunc();
    *whole += integral as i128;
    *leftover += scaled - integral;
    Ok(())
}

/// Whole days as a `timedelta`: an error beyond its range.
pub fn whole_days(days: i64) -> Result<i128, TimeError> {
    if days.abs() > 999_999_999 {
        return Err(TimeError::Overflow);
    }
    Ok(i128::from(days) * i128::from(US_PER_DAY))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_round_trip() {
        for days in [-719_162, -1, 0, 1, 19_860, 2_932_896] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(days_from_civil(1, 1, 1), -719_162);
    }

    #[test]
    fn bounds_are_those_of_datetime() {
        assert!(checked(i128::from(at(9999, 12, 31, 23, 59, 59, 999_999))).is_ok());
        assert!(checked(i128::from(at(9999, 12, 31, 23, 59, 59, 999_999)) + 1).is_err());
        assert!(checked(i128::from(at(1, 1, 1, 0, 0, 0, 0)) - 1).is_err());
    }

    #[test]
    fn timedelta_rounds_half_to_even() {
        assert_eq!(timedelta(0.0, 1.25).ok(), Some(1_250_000));
        assert_eq!(timedelta(1.5, 0.0).ok(), Some(129_600_000_000));
        assert!(timedelta(1e9, 0.0).is_err());
    }
}
