//! A page of teasers (mirrors `normalize/cut_teasers.py`): every paragraph of it is cut short
//! by an ellipsis, as a listing, an archive or a tag's page prints the first lines of each
//! story under its head ("Volunteers are needed to lead the crafts..."), or cut at one count of
//! characters after a word, no mark at all closing it, each right under its head ("… after it
//! was"). An article prints its paragraphs whole, its lead at least. Such a page has no
//! headline of its own: each head on it is one teaser's.

use std::sync::OnceLock;

use regex::Regex;
use rustc_hash::FxHashSet;

use crate::chrome::{chrome, line_key};
use crate::echo::LineKeys;
use crate::headline::{Candidate, LEAD_LINES};
use crate::page::EchoWords;
use crate::per_thread::per_thread;
use crate::reading_times::{holds_reading_time, is_reading_time};
use crate::running_text::{opens_another_sentence, reads_as_sentence};
use crate::segment::chars;
use crate::text::{count_words, split_words};
use crate::title_shapes::{ends_sentence, is_body_shaped};

/// A page of teasers prints this many paragraphs at least, each cut short.
const TEASERS: usize = 2;
/// Teasers cut at one count of characters: this many at least, each of this many characters
/// at least (a line wrapped at a page's width is shorter), none longer than the shortest by
/// more than this many.
const CUT_TEASERS: usize = 3;
const CUT_CHARS: usize = 100;
const CUT_SPREAD: usize = 8;
/// What closes a paragraph cut short: an ellipsis, maybe in square brackets (`_CUT_MARKS`).
const CUT_MARKS: [&str; 4] = ["...", "…", "[...]", "[…]"];
/// A link from a teaser to its story, the story's title maybe beside its label, has this many
/// words at most (`_LINK_WORDS`).
const LINK_WORDS: usize = 15;
/// A sentence's opening cut short keeps this many words at least before its last one, which
/// the cut may have split.
const OPENING_WORDS: usize = 3;
/// A page's first big line, its headline's place, has this many words at least
/// (`_BIG_LINE_WORDS`).
const BIG_LINE_WORDS: usize = 4;

/// The lines of every candidate when every paragraph of the page (a line with text, `filled`
/// holding their places in `lines`, of a paragraph's shape: `is_body_shaped`), two at least,
/// closes with an ellipsis, or its teasers are cut at one count of characters (Python's
/// `cut_teaser_items`).
pub fn cut_teaser_items<S: AsRef<str>>(
    candidates: &[Candidate],
    lines: &LineKeys<S>,
    filled: &[usize],
) -> FxHashSet<usize> {
    if cuts_every_paragraph(filled.iter().map(|&index| lines.line(index)))
        || cut_at_one_length(candidates, lines, filled)
    {
        candidates.iter().map(|c| c.placed.line).collect()
    } else {
        FxHashSet::default()
    }
}

per_thread! {
    /// A teaser cut short: an ellipsis after a word, a space between them or none
    /// (`_CUT_SHORT`).
    fn cut_short() -> Regex {
        Regex::new(r"\p{L} ?(?:\.\.\.|…)$").expect("a valid pattern")
    }
}

/// Whether a line is a teaser cut short: a paragraph's shape (`is_body_shaped`) closed by an
/// ellipsis after a word, a space between them or none (Python's `is_cut_teaser`).
pub fn is_cut_teaser(text: &str) -> bool {
    is_body_shaped(text) && cut_short().is_match(text.trim_end_matches(chars::is_space))
}

/// The line of the first candidate when the line with text right under it is a teaser, a
/// paragraph (`is_body_shaped`) cut short by an ellipsis after a word, and the paragraphs below
/// it (ranks among the lines with text in `body`) up to `LEAD_LINES` lines with text below the
/// head, where an article's lead stands, `TEASERS` at least, share no word with the head (its
/// words, `words`, by rank) or its teaser: another story's teaser atop an article that prints
/// no headline of its own (Python's `other_story_head`).
pub fn other_story_head<S: AsRef<str>>(
    candidates: &[Candidate],
    words: &[EchoWords],
    lines: &LineKeys<S>,
    filled: &[usize],
    body: &[usize],
) -> Option<usize> {
    let (head, head_words) = (candidates.first()?, words.first()?);
    let order = head.placed.order;
    let teaser_line = *filled.get(order + 1)?;
    let teaser = lines.line(teaser_line);
    let below: Vec<usize> = body
        .iter()
        .copied()
        .filter(|&rank| order + 1 < rank && rank <= order + LEAD_LINES)
        .collect();
    if below.len() < TEASERS {
        return None;
    }
    let cut = is_cut_teaser(teaser);
    let between = (order + 2..below[0]).map(|rank| lines.line(filled[rank]));
    if !cut && !times_another_story(teaser, between) {
        return None;
    }
    let teaser_words = lines.words(teaser_line);
    let echoed = below.iter().any(|&rank| {
        let paragraph = lines.words(filled[rank]);
        head_words.shared_with(paragraph) > 0 || (cut && teaser_words.shared_with(paragraph) > 0)
    });
    (!echoed).then_some(head.placed.line)
}

/// Whether a line is a story's reading time alone and one of the lines `between` it and the
/// article's first paragraph prints another reading time (the article's own): the first is a
/// teaser's card's (Python's `_times_another_story`).
fn times_another_story<'a>(stamp: &str, mut between: impl Iterator<Item = &'a str>) -> bool {
    is_reading_time(stamp) && between.any(holds_reading_time)
}

/// The lines of candidates cut short by an ellipsis after a word whose words before their last
/// one, `OPENING_WORDS` at least, open another candidate that goes on past them and reads as a
/// sentence (`reads_as_sentence`): a caption's or a lead's opening printed as a teaser or as a
/// page's cut title, over that caption or lead printed whole, no headline; the page's headline
/// cut short over its lead (`cut_headline`) among them (Python's `cut_sentence_openings`).
pub fn cut_sentence_openings(candidates: &[Candidate]) -> FxHashSet<usize> {
    // the words of the candidates that read as sentences, read once a candidate is cut short
    // (few are)
    let mut wholes: Option<Vec<Vec<&str>>> = None;
    candidates
        .iter()
        .filter(|c| {
            if !cut_short().is_match(c.placed.text.trim_end_matches(chars::is_space)) {
                return false;
            }
            let mut opening: Vec<&str> = split_words(&c.placed.key).collect();
            opening.pop();
            if opening.len() < OPENING_WORDS {
                return false;
            }
            let wholes = wholes.get_or_insert_with(|| {
                candidates
                    .iter()
                    .filter(|c| reads_as_sentence(&c.placed.text))
                    .map(|c| split_words(&c.placed.key).collect())
                    .collect()
            });
            wholes
                .iter()
                .any(|words| words.len() > opening.len() + 1 && words.starts_with(&opening))
        })
        .map(|c| c.placed.line)
        .collect()
}

/// The line of the page's headline cut short over the lead that tells it whole, one of the
/// `openings` (`cut_sentence_openings`) and the only one: the page's first big line
/// (`BIG_LINE_WORDS` words or more), printed once and holding no sentence closed before the
/// cut; its ellipsis closes no sentence. Two such openings are teasers, neither the page's
/// (Python's `cut_headline`).
pub fn cut_headline(candidates: &[Candidate], openings: &FxHashSet<usize>) -> Option<usize> {
    let (k, big) = candidates
        .iter()
        .enumerate()
        .find(|(_, c)| count_words(&c.placed.text, BIG_LINE_WORDS) >= BIG_LINE_WORDS)?;
    let once = candidates
        .iter()
        .enumerate()
        .all(|(j, other)| j == k || other.placed.key != big.placed.key);
    (openings.len() == 1
        && openings.contains(&big.placed.line)
        && !opens_another_sentence(&big.placed.text)
        && once)
        .then_some(big.placed.line)
}

/// Whether every paragraph of the page, two at least, closes with an ellipsis (`ends_cut`) or
/// is cut short before a link to the story glued after it (`before_more_link`: an ellipsis or
/// no sentence's end before it); or the one paragraph of the page is, closed by such a link
/// glued on or on the next line with text (`is_more_link`): a listing's one teaser. The first
/// paragraph printed whole ends the search (Python's `_cuts_every_paragraph`).
fn cuts_every_paragraph<'a>(texts: impl Iterator<Item = &'a str>) -> bool {
    let mut cut = 0;
    let mut linked = false;
    let mut after_last: Option<&str> = None;
    let mut last_seen = false;
    for text in texts {
        if last_seen {
            // the line with text right after the last paragraph cut short
            after_last = Some(text);
            last_seen = false;
        }
        if !is_body_shaped(text) {
            continue;
        }
        // a link glued on, after a cut or no sentence's end
        let glued = before_more_link(text);
        let cut_short = ends_cut(glued.as_deref().unwrap_or(text));
        if !(cut_short
            || glued
                .as_deref()
                .is_some_and(|before| !ends_sentence(before)))
        {
            return false;
        }
        linked |= glued.is_some();
        cut += 1;
        after_last = None;
        last_seen = true;
    }
    if cut >= TEASERS {
        return true;
    }
    cut == 1 && (linked || after_last.is_some_and(is_more_link))
}

/// Whether a paragraph closes with an ellipsis, maybe in square brackets ("[…]") (Python's
/// `_ends_cut`).
fn ends_cut(text: &str) -> bool {
    let text = text.trim_end_matches(chars::is_space);
    CUT_MARKS.iter().any(|mark| text.ends_with(mark))
}

/// What a paragraph says before a link to the story glued after it, the link's label
/// capitalised as a link's is ("… you can … Continue reading"), else None (Python's
/// `_before_more_link`).
fn before_more_link(text: &str) -> Option<String> {
    let labels = more_links();
    let most = labels.iter().map(|&(_, size)| size).max()?;
    // the paragraph's last words, last first: one more than the longest label has, which tells
    // whether any words go before a label; all of them only for a paragraph that closes with one
    let last: Vec<&str> = text.split_whitespace().rev().take(most + 1).collect();
    labels.iter().find_map(|&(label, size)| {
        if size == 0 || last.len() <= size {
            return None;
        }
        // the label's first word opens with a capital, as a link's does
        let capital = last[size - 1]
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        if !capital {
            return None;
        }
        let tail: Vec<&str> = last[..size].iter().rev().copied().collect();
        (line_key(&tail.join(" ")) == label).then(|| {
            let words: Vec<&str> = text.split_whitespace().collect();
            words[..words.len() - size].join(" ")
        })
    })
}

/// The links' labels (`more_links` in the chrome facts), each with its number of words,
/// counted once.
fn more_links() -> &'static [(&'static str, usize)] {
    static LABELS: OnceLock<Vec<(&'static str, usize)>> = OnceLock::new();
    LABELS.get_or_init(|| {
        chrome()
            .more_links
            .iter()
            .map(|label| (label.as_str(), label.split_whitespace().count()))
            .collect()
    })
}

/// Whether the line is a link from a teaser to its story: a short line (`LINK_WORDS` words at
/// most) opening or closing with a link's label (`more_links` in the chrome facts), the
/// story's title maybe beside it (Python's `is_more_link`).
pub fn is_more_link(line: &str) -> bool {
    let key = line_key(line);
    if key.split_whitespace().count() > LINK_WORDS {
        return false;
    }
    chrome().more_links.iter().any(|label| {
        key == *label
            || key
                .strip_prefix(label.as_str())
                .is_some_and(|rest| rest.starts_with(' '))
            || key
                .strip_suffix(label.as_str())
                .is_some_and(|rest| rest.ends_with(' '))
    })
}

/// Whether the page's teasers are cut at one count of characters: lines with text of
/// `CUT_CHARS` characters or more that close with a letter (a word cut off, no mark after it),
/// each right under a shorter candidate's line (its head), `CUT_TEASERS` of them at least,
/// their lengths `CUT_SPREAD` characters apart at most, and no paragraph printed whole
/// (`is_body_shaped`) above the last of them (Python's `_cut_at_one_length`).
fn cut_at_one_length<S: AsRef<str>>(
    candidates: &[Candidate],
    lines: &LineKeys<S>,
    filled: &[usize],
) -> bool {
    let text_of = |order: usize| lines.line(filled[order]).trim_end_matches(chars::is_space);
    let mut lengths: Vec<usize> = Vec::new();
    let mut last = 0;
    // the line right under each head
    for order in candidates.iter().map(|c| c.placed.order + 1) {
        // a teaser is long: its bytes, at least as many as its characters, tell first
        if order >= filled.len() || text_of(order).len() < CUT_CHARS {
            continue;
        }
        let text = text_of(order);
        let length = text.chars().count();
        let cut = length >= CUT_CHARS
            && text
                .chars()
                .next_back()
                .is_some_and(|c| chars::is(c, chars::L));
        if cut && text_of(order - 1).chars().count() < length {
            lengths.push(length);
            last = last.max(order);
        }
    }
    let (Some(&most), Some(&least)) = (lengths.iter().max(), lengths.iter().min()) else {
        return false;
    };
    lengths.len() >= CUT_TEASERS
        && most - least <= CUT_SPREAD
        && !filled[..last]
            .iter()
            .any(|&index| is_body_shaped(lines.line(index)))
}
