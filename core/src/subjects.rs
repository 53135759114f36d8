//! A form's title field (mirrors `normalize/subjects.py`).
//!
//! A forum, a mail archive or a board prints the label of the field ("Subject", "제목",
//! "Заголовок сообщения") on its own line and the headline on the line below it. The labels
//! are fixed words of each language (`title_labels` in the chrome facts); the line under one is
//! the page's headline, whatever its lead says. A heading that repeats the last crumb of a
//! bulleted trail right above it names the page as its trail does, in the site's own case and
//! length: it is a title field of its own kind; so is the line under a trail left open, its
//! mark after a section's name closing the line above ("Home »"), whose last crumb, the page's
//! own name, is that line. A board that prints the label before the headline on its line
//! ("Subject [일반] …", "Subject: …", "제목 …") fills the field as well. A page that fills it on
//! three lines or more, each with another title, is a digest of items, each under its own
//! label, and prints no headline of its own; a thread's replies repeat their post's title.

use std::sync::OnceLock;

use pyo3::prelude::*;

use crate::chrome::{chrome, line_key, split_label, TRAIL_ARROWS};
use crate::echo::LineKeys;
use crate::figures::is_figure_line;
use crate::headline::{set_signal, Candidate, BULLETS};
use crate::segment::chars::{self, L, N};
use crate::text::split_words;
use crate::title_shapes::{MAX_TITLE_CHARS, MAX_TITLE_WORDS};
use crate::titles::title_key;

/// A digest fills a title field on this many lines at least, one for each of its items
/// (`_ITEM_TITLES`).
const ITEM_TITLES: usize = 3;
/// A line quoted from an earlier message opens with this mark ("> Subject: …"): that
/// message's (`_QUOTE_MARK`).
const QUOTE_MARK: char = '>';
/// A title field's headline holds this many words of letters at least, whatever its figures.
const FIELD_TITLE_WORDS: usize = 2;

/// Whether the line is a title field's label alone (`is_title_label`). A line with more
/// letters and digits than the longest label has characters is none, told without its key:
/// its key keeps each of them as one character or more (lower case makes a letter of a
/// letter, a digit of a digit, and neither is white space or edge punctuation).
pub fn is_title_label(line: &str) -> bool {
    static LONGEST: OnceLock<usize> = OnceLock::new();
    let longest = *LONGEST.get_or_init(|| {
        let labels = chrome().title_labels.iter();
        labels.map(|label| label.chars().count()).max().unwrap_or(0)
    });
    let solid = line
        .chars()
        .filter(|&c| {
            if c.is_ascii() {
                c.is_ascii_alphanumeric()
            } else {
                chars::is(c, L | N)
            }
        })
        .take(longest + 1)
        .count();
    solid <= longest && chrome().title_labels.contains(&line_key(line))
}

/// Whether the line opens with a title field's label glued before the headline, after a colon
/// or a space: a board's header and its value scraped onto one line (`fills_title_field`).
pub fn fills_title_field(line: &str) -> bool {
    let (label, rest) = split_label(line);
    // no label, most lines: the empty label is no title field's, told without its key
    !label.is_empty() && !rest.is_empty() && is_title_label(label)
}

/// Whether `text`, the headline cut from a line filling a title field (`fills_title_field`), is
/// that field's title however many figures it holds, as a ruling's case number: a headline's
/// length and `FIELD_TITLE_WORDS` words of letters suffice (`is_field_title`).
pub fn is_field_title(line: &str, text: &str) -> bool {
    if !fills_title_field(line) {
        return false;
    }
    let words: Vec<&str> = split_words(text).collect();
    words.len() <= MAX_TITLE_WORDS
        && text.chars().count() <= MAX_TITLE_CHARS
        && words
            .iter()
            .filter(|word| word.chars().any(|c| chars::is(c, L)))
            .count()
            >= FIELD_TITLE_WORDS
        && !is_figure_line(text)
}

/// Marks as a digest's items (`feed_item`, no `title_field`) the candidates on lines filling a
/// title field, when `ITEM_TITLES` lines or more with text (`filled`) do, none's title holding
/// another's: each label is its item's; a line quoted from an earlier message (`QUOTE_MARK`)
/// is that message's field, no item of the page (`mark_titled_items`).
pub fn mark_titled_items<S: AsRef<str>>(
    candidates: &mut [Candidate],
    lines: &LineKeys<S>,
    filled: &[usize],
) {
    let titles: Vec<String> = filled
        .iter()
        .map(|&index| lines.line(index))
        .filter(|line| titles_an_item(line))
        .map(|line| title_key(split_label(line).1))
        .collect();
    let nested = titles.iter().enumerate().any(|(k, one)| {
        titles[k + 1..]
            .iter()
            .any(|other| other.contains(one.as_str()) || one.contains(other.as_str()))
    });
    if titles.len() < ITEM_TITLES || nested {
        return;
    }
    for candidate in candidates.iter_mut() {
        if titles_an_item(lines.line(candidate.placed.line)) {
            set_signal(&mut candidate.signals, "title_field", 0.0);
            set_signal(&mut candidate.signals, "feed_item", 1.0);
        }
    }
}

/// Whether the line fills a title field (`fills_title_field`) and is quoted from no earlier
/// message (`QUOTE_MARK`; Python's `_titles_an_item`).
fn titles_an_item(line: &str) -> bool {
    fills_title_field(line)
        && !line
            .trim_start_matches(chars::is_space)
            .starts_with(QUOTE_MARK)
}

/// A post's header fields under its title: this many lines with text at least, each a label
/// of a word or two and its value after a colon ("작성자 : …", "등록일 : …", "조회수 : …").
const POST_FIELDS: usize = 3;
const POST_LABEL_WORDS: usize = 2;
/// A field's label closes with its colon among this many characters at most.
const POST_LABEL_CHARS: usize = 24;

/// Whether the line with text of this rank, itself no field, stands right over a post's header
/// fields: `POST_FIELDS` lines with text at least, each a label of a word or two and its value
/// after a colon, one of them a dateline (a rank in `dated`): a board prints the post's title
/// there (Python's `is_over_post_fields`).
pub fn is_over_post_fields<S: AsRef<str>>(
    order: usize,
    lines: &LineKeys<S>,
    filled: &[usize],
    dated: &[i64],
) -> bool {
    let last = order + POST_FIELDS;
    if last >= filled.len() || is_post_field(lines.line(filled[order])) {
        return false;
    }
    let below = order + 1..=last;
    below.clone().all(|k| is_post_field(lines.line(filled[k])))
        && below.into_iter().any(|k| dated.contains(&(k as i64)))
}

/// Whether the line is a field: a label of a word or two, no figure in it, opening the line
/// with a letter (no list's bullet), closed by a colon among its first characters, and a value
/// after it (Python's `_is_post_field`).
fn is_post_field(line: &str) -> bool {
    let Some((at, colon)) = line
        .char_indices()
        .take(POST_LABEL_CHARS)
        .find(|&(_, c)| c == ':' || c == '：')
    else {
        return false;
    };
    let opens_with_letter = line
        .trim_start()
        .chars()
        .next()
        .is_some_and(|c| chars::is(c, L));
    if !opens_with_letter {
        return false;
    }
    let label: Vec<&str> = line[..at].split_whitespace().collect();
    (1..=POST_LABEL_WORDS).contains(&label.len())
        && !label
            .iter()
            .any(|word| word.chars().any(|c| chars::is(c, chars::ND)))
        && !line[at + colon.len_utf8()..].trim().is_empty()
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
        .is_some_and(|&above| {
            let line = lines.line(above);
            is_title_label(line) || leaves_a_trail_open(line)
        })
        || repeats_last_crumb(order, lines, filled)
}

/// Whether the line closes with a trail's mark set off by a space after a section's name, no
/// crumb after it: the trail's last crumb, the page's own name, is the line below
/// (`_leaves_a_trail_open`).
fn leaves_a_trail_open(line: &str) -> bool {
    let stripped = line.trim_end_matches(chars::is_space);
    let Some(before) = stripped.strip_suffix(TRAIL_ARROWS) else {
        return false;
    };
    before.ends_with(chars::is_space)
        && before
            .split(chars::is_space)
            .rfind(|word| !word.is_empty())
            .is_some_and(|word| chrome().sections.contains(&line_key(word)))
}

/// The headline without the next field's label glued after it with no space, when the line
/// with text above it is a title field's label of two words or more, the form's name and the
/// field's ("Post title" over "<headline>Post body"): the form's name, then one word, close it,
/// glued to a mark that is no letter (`without_next_field`).
pub fn without_next_field<S: AsRef<str>>(text: &str, line: usize, lines: &[S]) -> String {
    let above = lines[..line.min(lines.len())]
        .iter()
        .map(AsRef::as_ref)
        .rfind(|other| !other.is_empty())
        .unwrap_or("");
    let words: Vec<&str> = above
        .split(chars::is_space)
        .filter(|word| !word.is_empty())
        .collect();
    if words.len() < 2 || !is_title_label(above) {
        return text.to_string();
    }
    let form = words[..words.len() - 1].join(" ");
    let Some(cut) = text.rfind(&form) else {
        return text.to_string();
    };
    let field = &text[cut + form.len()..];
    let glued = text[..cut]
        .chars()
        .next_back()
        .is_some_and(|c| !chars::is_space(c) && !chars::is(c, L));
    let field_words = field
        .split(chars::is_space)
        .filter(|word| !word.is_empty())
        .count();
    if glued && field.starts_with(chars::is_space) && field_words == 1 {
        text[..cut].to_string()
    } else {
        text.to_string()
    }
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

// The twins of the differential test.

#[pyfunction]
#[pyo3(name = "subjects__is_title_label")]
fn twin_is_title_label(line: &str) -> bool {
    is_title_label(line)
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(twin_is_title_label, m)?)?;
    Ok(())
}
