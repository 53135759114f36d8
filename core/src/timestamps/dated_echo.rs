//! The headline's copy opened by its day: a line next to the headline that prints the story's
//! day, a dash and the headline again ("18.09.2017 г. - <headline>", a mobile page's teaser for
//! its own story over the headline). That day is the article's, as though labelled: it
//! outranks a today widget above (mirrors `normalize/timestamps/dated_echo.py`).

use super::datelines::{line_starts, Dateline, LABEL_RANK};
use super::lines::{prepare, Settings};
use super::pychars::is_space;
use super::reading::read_segment;
use super::TimeError;

/// The copy stands at most this many lines above or below the headline.
const REACH: usize = 2;
/// The dashes and the bar that set the headline's copy apart from its day, between spaces.
const SEPARATORS: [char; 4] = ['-', '–', '—', '|'];
/// What may close the day: a Russian year's mark.
const YEAR_MARKS: [&str; 4] = ["года", "года.", "г", "г."];
const OPENERS: [char; 3] = [' ', '[', '('];

/// The day that opens a copy of the headline (`title`, on line `near`) on another line at
/// most `REACH` lines from it, set apart from the copy by a dash or a bar, as the page's
/// publication dateline of a label's rank; `None` when no line is such a copy. `settings.lang`
/// is the headline's language, whose conventions the day follows.
pub fn dated_echo(
    lines: &[&str],
    near: usize,
    title: &str,
    settings: Settings,
) -> Result<Option<Dateline>, TimeError> {
    let ctx = settings.context();
    let first_line = near.saturating_sub(REACH);
    let last_line = (near + REACH + 1).min(lines.len());
    for index in first_line..last_line {
        if index == near {
            continue;
        }
        let chars: Vec<char> = lines[index].chars().collect();
        let Some(at) = separator(&chars) else {
            continue;
        };
        let copy: String = chars[at + 3..].iter().collect();
        if !copy.trim_start_matches(is_space).starts_with(title) {
            continue;
        }
        let head: String = chars[..at].iter().collect();
        let reading = read_segment(&prepare(&head)?, 0, at, &ctx)?;
        if reading.value.is_none() || !matches!(reading.shape, "date" | "full") {
            continue;
        }
        let first = reading.spans.iter().map(|span| span.0).min().unwrap_or(0);
        let last = reading.spans.iter().map(|span| span.1).max().unwrap_or(0);
        if last > at || first > last {
            continue;
        }
        let before: String = chars[..first].iter().collect();
        let after: String = chars[last..at].iter().collect();
        let after = after.trim_matches(is_space);
        if !before.trim_matches(OPENERS).is_empty()
            || (!after.is_empty() && !YEAR_MARKS.contains(&after))
        {
            continue;
        }
        let offset = line_starts(&lines[..index])[index];
        return Ok(Some(Dateline::new(
            index,
            "published",
            LABEL_RANK,
            reading,
            offset + first,
            offset + last,
        )));
    }
    Ok(None)
}

/// Where the first dash or bar between two spaces stands in the line (the first space's
/// place), if any.
fn separator(chars: &[char]) -> Option<usize> {
    chars.windows(3).position(|window| {
        is_space(window[0]) && SEPARATORS.contains(&window[1]) && is_space(window[2])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dash_between_spaces_is_found() {
        let chars: Vec<char> = "03.04.2024 г. - Мост".chars().collect();
        assert_eq!(separator(&chars), Some(13));
        let chars: Vec<char> = "Мост-2024".chars().collect();
        assert_eq!(separator(&chars), None);
    }
}
