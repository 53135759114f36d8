//! The times of a page's comments: a blog prints its readers' replies under a heading that
//! counts them and echoes the headline ("4 Responses to <headline>", "12 thoughts on
//! “<headline>”"), each reply with its own time, not the article's (mirrors
//! `normalize/timestamps/comments.py`).

use rustc_hash::FxHashSet;

use super::datelines::Dateline;
use crate::segment::chars::{self, L};

/// The count of a comments' heading: a number, or the word for one ("One Response to …").
const ONE: [&str; 2] = ["One", "one"];
/// The word that ties the count to the headline it echoes: "Responses to", "thoughts on".
const TIES: [&str; 2] = ["to", "on"];
/// The quotes a heading may set the echoed headline in.
const QUOTES: [char; 8] = ['"', '\'', '“', '”', '‘', '’', '«', '»'];

/// The positions among `datelines` of the unlabelled times below the comments' heading under
/// the headline (line `near`): a line that opens with a count, one word and "to" or "on", and
/// closes with the headline's line as printed, in quotes or not: the readers' replies' times.
/// None on a page without a headline or without such a heading (Python's `comment_dates`).
pub fn comment_dates(
    datelines: &[Dateline],
    lines: &[&str],
    near: Option<usize>,
) -> FxHashSet<usize> {
    let Some(near) = near.filter(|&near| near < lines.len()) else {
        return FxHashSet::default();
    };
    let below: Vec<usize> = datelines
        .iter()
        .enumerate()
        .filter(|(_, item)| item.role.is_empty() && item.line > near)
        .map(|(order, _)| order)
        .collect();
    let own = lines[near].trim_matches(chars::is_space);
    let Some(&last) = below.last() else {
        return FxHashSet::default();
    };
    if own.is_empty() {
        return FxHashSet::default();
    }
    let last = datelines[last].line;
    let Some(heading) =
        (near + 1..last).find(|&index| echoes(lines[index].trim_matches(chars::is_space), own))
    else {
        return FxHashSet::default();
    };
    below
        .into_iter()
        .filter(|&order| datelines[order].line > heading)
        .collect()
}

/// Whether a line is a comments' heading for the headline's line `own`: a count, one word,
/// "to" or "on", then `own`, in quotes or not (Python's `_echoes`).
fn echoes(line: &str, own: &str) -> bool {
    // a cheap test first: the heading's last word closes with the headline, quotes aside
    if !line
        .trim_end_matches(|c| QUOTES.contains(&c))
        .ends_with(own)
    {
        return false;
    }
    let words: Vec<&str> = line.splitn(4, ' ').collect();
    if words.len() < 4 || words[3].trim_matches(|c| QUOTES.contains(&c)) != own {
        return false;
    }
    let (count, noun, tie) = (words[0], words[1], words[2]);
    let counted =
        (!count.is_empty() && count.chars().all(|c| c.is_ascii_digit())) || ONE.contains(&count);
    let worded = !noun.is_empty() && noun.chars().all(|c| chars::is(c, L));
    counted && worded && TIES.contains(&tie)
}
