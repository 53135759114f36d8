//! A form's title field (mirrors `normalize/subjects.py`).
//!
//! A forum, a mail archive or a board prints the label of the field ("Subject", "제목",
//! "Заголовок сообщения") on its own line and the headline on the line below it. The labels
//! are fixed words of each language (`title_labels` in the chrome facts); the line under one is
//! the page's headline, whatever its lead says. A heading that repeats the last crumb of a
//! bulleted trail right above it names the page as its trail does, in the site's own case and
//! length: it is a title field of its own kind.

use crate::chrome::{chrome, line_key};
use crate::echo::LineKeys;
use crate::headline::BULLETS;

/// Whether the line is a title field's label alone (`is_title_label`).
pub fn is_title_label(line: &str) -> bool {
    chrome().title_labels.contains(&line_key(line))
}

/// Whether the line with text of this rank stands right below a title field's label
/// (`is_under_title_label`).
pub fn is_under_title_label<S: AsRef<str>>(
    order: usize,
    lines: &LineKeys<S>,
    filled: &[usize],
) -> bool {
    order
        .checked_sub(1)
        .and_then(|above| filled.get(above))
        .is_some_and(|&above| is_title_label(lines.line(above)))
        || repeats_last_crumb(order, lines, filled)
}

/// Whether the line with text of this rank, no item, repeats the last crumb of a bulleted
/// trail (two items or more) right above it (`_repeats_last_crumb`).
fn repeats_last_crumb<S: AsRef<str>>(order: usize, lines: &LineKeys<S>, filled: &[usize]) -> bool {
    if order < 2 || order >= filled.len() {
        return false;
    }
    let (at, crumb, above) = (filled[order], filled[order - 1], filled[order - 2]);
    !lines.line(at).starts_with(BULLETS)
        && lines.line(crumb).starts_with(BULLETS)
        && lines.line(above).starts_with(BULLETS)
        && !lines.key(at).is_empty()
        && lines.key(crumb) == lines.key(at)
}
