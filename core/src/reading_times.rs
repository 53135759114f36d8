//! A story's reading time, as a card, a teaser or a byline prints it: "3 mins read", "3 мин
//! чтения", "읽는 시간 3분", each language's fixed label before or after the minutes
//! (`normalize/reading_times.py`).

use regex::Regex;

use crate::per_thread::per_thread;
use crate::segment::chars;

/// A reading time, read case aside and verbose (`READING_TIMES`).
pub const READING_TIMES: &str = r"(?:
      \d{1,3}\s?(?:min|mins|minute|minutes)\s+read            # 2 min read
    | \d{1,3}\s?мин(?:ут[аы]?)?\.?\s+чтения                  # 3 мин чтения
    | время\s+чтения\s?:?\s?\d{1,3}\s?мин(?:ут[аы]?)?\.?     # Время чтения: 4 минуты
    | 읽는\s?시간\s?:?\s?\d{1,3}\s?분                          # 읽는 시간 3분
    | \d{1,3}\s?분\s?읽기                                     # 3분 읽기
    )";

per_thread! {
    /// A reading time alone on a line (`_ALONE`).
    fn alone() -> Regex {
        Regex::new(&format!(r"(?ix)^\s*{READING_TIMES}\s*$")).expect("a valid pattern")
    }
}

per_thread! {
    /// A reading time anywhere in a line (`_ANYWHERE`).
    fn anywhere() -> Regex {
        Regex::new(&format!(r"(?ix){READING_TIMES}")).expect("a valid pattern")
    }
}

per_thread! {
    /// A reading time opening a line (`_OPENING`).
    fn opening() -> Regex {
        Regex::new(&format!(r"(?ix)^\s*{READING_TIMES}")).expect("a valid pattern")
    }
}

/// Whether a line is a reading time alone (Python's `is_reading_time`).
pub fn is_reading_time(line: &str) -> bool {
    alone().is_match(line)
}

/// Whether a reading time stands anywhere in a line (Python's `holds_reading_time`).
pub fn holds_reading_time(line: &str) -> bool {
    anywhere().is_match(line)
}

/// What follows a reading time opening a line, spaces aside, or None when none opens it
/// (Python's `after_reading_time`).
pub fn after_reading_time(line: &str) -> Option<&str> {
    let found = opening().find(line)?;
    Some(chars::strip(&line[found.end()..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reading_time_alone_anywhere_and_opening_a_byline() {
        assert!(is_reading_time(" 3 mins read"));
        assert!(!is_reading_time("3 mins read: the ferry"));
        assert!(holds_reading_time("2 mins readBy: Ana Ruiz"));
        assert_eq!(
            after_reading_time("2 mins readBy: Ana Ruiz"),
            Some("By: Ana Ruiz")
        );
        assert_eq!(after_reading_time("By: Ana Ruiz"), None);
    }
}
