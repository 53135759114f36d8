//! The times of a page's comments: a blog prints its readers' replies under a heading that
//! counts them and echoes the headline ("4 Responses to <headline>", "12 thoughts on
//! “<headline>”"), a board under its comment box's label ("Comments", "댓글", "Комментарии"),
//! each reply with its own time, not the article's (mirrors `normalize/timestamps/comments.py`).

use rustc_hash::FxHashSet;

use super::datelines::{Dateline, HEAD_BELOW};
use crate::segment::chars::{self, L};

/// The count of a comments' heading: a number, or the word for one ("One Response to …").
const ONE: [&str; 2] = ["One", "one"];
/// The word that ties the count to the headline it echoes: "Responses to", "thoughts on".
const TIES: [&str; 2] = ["to", "on"];
/// The quotes a heading may set the echoed headline in.
const QUOTES: [char; 8] = ['"', '\'', '“', '”', '‘', '’', '«', '»'];
/// The word a comment box's label opens with, in small letters, a count or a colon glued to it
/// or not ("Comments 댓글 이미지 등록", "댓글(2)", "Комментарии:").
const BOX_WORDS: [&str; 5] = ["comments", "comment", "댓글", "комментарии", "комментарий"];
/// A comment box's label is a short line: this many characters at most.
const BOX_LABEL_CHARS: usize = 40;
/// The replies' times a comment box's label must stand over to be one: its readers' replies.
const BOX_REPLIES: usize = 2;

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
    let Some(heading) = (near + 1..last)
        .find(|&index| echoes(lines[index].trim_matches(chars::is_space), own))
        .or_else(|| comment_box(datelines, &below, lines, near))
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

/// The line of a comment box's label below the article's head (more than `HEAD_BELOW` lines
/// under the headline's line `near`): a short line opening with a word of `BOX_WORDS`, over
/// `BOX_REPLIES` unlabelled times or more (of `below`), its readers' replies each with its
/// stamp; a counter in the head ("댓글 0") is no box (Python's `_comment_box`).
fn comment_box(
    datelines: &[Dateline],
    below: &[usize],
    lines: &[&str],
    near: usize,
) -> Option<usize> {
    let last = datelines[*below.last()?].line;
    (near + HEAD_BELOW + 1..last).find(|&index| {
        let line = lines[index].trim_matches(chars::is_space);
        if line.is_empty() || line.chars().count() > BOX_LABEL_CHARS {
            return false;
        }
        let Some(first) = line.split(chars::is_space).find(|word| !word.is_empty()) else {
            return false;
        };
        let lowered = chars::lower(first);
        let word = lowered.trim_end_matches([':', '：']);
        let word = word.split('(').next().unwrap_or_default();
        if !BOX_WORDS.contains(&word) {
            return false;
        }
        below
            .iter()
            .filter(|&&order| datelines[order].line > index)
            .count()
            >= BOX_REPLIES
    })
}
