//! A corner's name printed alone in square brackets, twice, atop its page of briefs: the page's
//! only title, not the flag of a headline; the one line of a page that opens with a flag in
//! brackets, flagged as a headline is (mirrors `normalize/corners.py`).

use crate::headline::Candidate;
use crate::segment::chars;

/// What opens a flag in brackets on a headline's line: "[포토]", "【단독】" (`_FLAG_OPENINGS`).
const FLAG_OPENINGS: [char; 2] = ['[', '【'];
/// What closes it (`_FLAG_CLOSINGS`).
const FLAG_CLOSINGS: [char; 2] = [']', '】'];

/// A corner's name is printed again within this many lines with text.
const COPY_LINES: usize = 2;
/// A corner's name in brackets is this many characters long, from and to.
const NAME_CHARS: (usize, usize) = (2, 40);
/// A corner's label is short: its word ("코너", "Column") after a name of a word or two.
const LABEL_WORDS: usize = 3;

/// The title after a corner's label and the line's first spaced slash, the label's last word a
/// corner's or a column's (`corner_words`: "코너", "Column", "Колонка") and `LABEL_WORDS`
/// words at most; else "". The label says what the line holds: a title, though it ends as a
/// sentence; a slash after another short name is a trail's or an outlet's, left to the cuts
/// (Python's `corner_title`).
pub fn corner_title(line: &str) -> &str {
    let slash = line.match_indices('/').find(|&(at, _)| {
        line[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_whitespace)
            && line[at + 1..]
                .chars()
                .next()
                .is_some_and(char::is_whitespace)
    });
    let Some((at, _)) = slash else {
        return "";
    };
    let key = crate::chrome::line_key(&line[..at]);
    let words: Vec<&str> = key.split_whitespace().collect();
    let fits = !words.is_empty()
        && words.len() <= LABEL_WORDS
        && words
            .last()
            .is_some_and(|word| crate::chrome::chrome().corner_words.contains(*word));
    if fits {
        line[at + 1..].trim()
    } else {
        ""
    }
}

/// The name a line prints alone in square brackets, or "": a few words, no credit's sign (a
/// photograph's "[Ⓒ …]") (Python's `bracketed_name`).
pub fn bracketed_name(line: &str) -> &str {
    let line = line.trim();
    let Some(inner) = line
        .strip_prefix('[')
        .and_then(|rest| rest.strip_suffix(']'))
    else {
        return "";
    };
    if inner.contains(['[', ']', '©', 'Ⓒ']) {
        return "";
    }
    let chars = inner.chars().count();
    if chars < NAME_CHARS.0 || chars > NAME_CHARS.1 {
        return "";
    }
    inner.trim()
}

/// The name the line `order` of the page's `count` lines with text (`text` gives each)
/// prints alone in square brackets when one of the next two lines prints it again so: a
/// corner's name, the title of its page of briefs; else "" (Python's `corner_name`).
pub fn corner_name<'a>(text: impl Fn(usize) -> &'a str, count: usize, order: usize) -> &'a str {
    let line = text(order);
    let name = bracketed_name(line);
    if name.is_empty() {
        return "";
    }
    let own = line.trim();
    let end = (order + 1 + COPY_LINES).min(count);
    if (order + 1..end).any(|k| text(k).trim() == own) {
        name
    } else {
        ""
    }
}

/// Whether the cut took a flag in square brackets, set off by a space, off the line and left
/// one word of two letters or more (`text`): a column's title after its name, however short
/// ("[기자수첩] 단상", two syllables, fewer letters than a lettered line's). A board's category
/// glued to a label ("[영상관련]공지") is none (Python's `is_flagged_word`).
pub fn is_flagged_word(line: &str, text: &str) -> bool {
    let opened = line.trim_start_matches(chars::is_space);
    if !opened.starts_with(FLAG_OPENINGS) {
        return false;
    }
    let Some(end) = opened.find(FLAG_CLOSINGS) else {
        return false;
    };
    let close = opened[end..].chars().next().map_or(0, char::len_utf8);
    let rest = &opened[end + close..];
    end > 0
        && rest.chars().next().is_some_and(chars::is_space)
        && chars::strip(rest) == text
        && text.chars().count() >= 2
        && text.chars().all(|c| chars::is(c, chars::L))
}

/// Whether the line `order` prints a corner's name alone in brackets that one of the two
/// lines with text before it or after it prints again: it names its own page, no series
/// (Python's `is_corner_copy`).
pub fn is_corner_copy<'a>(text: impl Fn(usize) -> &'a str, count: usize, order: usize) -> bool {
    let line = text(order);
    if bracketed_name(line).is_empty() {
        return false;
    }
    let own = line.trim();
    let end = (order + 1 + COPY_LINES).min(count);
    (order.saturating_sub(COPY_LINES)..end).any(|k| k != order && text(k).trim() == own)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_alone_in_brackets_printed_twice_is_a_corner() {
        let texts = ["[Faith Notes]", "[Faith Notes]", "Posted 2014-05-09 00:00"];
        let text = |k: usize| texts[k];
        assert_eq!(corner_name(text, texts.len(), 0), "Faith Notes");
        assert_eq!(corner_name(text, texts.len(), 1), "");
        assert!(is_corner_copy(text, texts.len(), 1));
        assert_eq!(bracketed_name("[Update] Chapel reopens"), "");
        assert_eq!(bracketed_name("[Ⓒ Harbour Post]"), "");
    }
}

/// The line of the candidate whose flag in brackets the cut took off ("[Photo] <headline>"),
/// when it is the one line of the page (of `filled`, its lines with text) that opens with a
/// bracket: an article's headline flagged; a page whose corners' heads open with one has
/// several. A bracket naming a list of other stories ("[Related] …") is no flag but a link's
/// (Python's `flagged_line`).
pub fn flagged_line<'a>(
    candidates: &[Candidate],
    line: impl Fn(usize) -> &'a str,
    filled: &[usize],
) -> Option<usize> {
    let mut opened = filled.iter().copied().filter(|&index| {
        line(index)
            .trim_start_matches(chars::is_space)
            .starts_with(FLAG_OPENINGS)
    });
    let first = opened.next()?;
    if opened.next().is_some() || names_a_list(line(first)) {
        return None;
    }
    candidates
        .iter()
        .find(|c| c.placed.line == first && !c.placed.text.starts_with(FLAG_OPENINGS))
        .map(|c| c.placed.line)
}

/// Whether the bracket the line opens with names a list of other stories, as a related list's
/// header does ("[Related] …", "[관련기사] …"): the line links another story (Python's
/// `_names_a_list`).
fn names_a_list(line: &str) -> bool {
    let mut opened = line.trim_start_matches(chars::is_space).chars();
    opened.next();
    let inner = opened.as_str();
    inner.find(FLAG_CLOSINGS).is_some_and(|end| {
        crate::chrome::chrome()
            .related
            .contains(&crate::chrome::line_key(&inner[..end]))
    })
}
