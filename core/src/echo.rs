//! What the rest of a page says of a line that may be its headline: the text after it (its
//! lead) repeats its words, the page prints it again (whole, cut short, or as a caption), a
//! dateline or byline stands near it (mirrors `normalize/echo.py`).

use std::borrow::Cow;
use std::cell::OnceCell;
use std::rc::Rc;
use std::sync::OnceLock;

use memchr::memmem::Finder;

use pyo3::prelude::*;

use crate::captions::is_caption;
use crate::chrome::TRAIL_ARROWS;
use crate::corners::bracketed_name;
use crate::headline::{signal, Candidate};
use crate::page::{echo_words, EchoWords};
use crate::running_text::in_title_case;
use crate::segment::chars;
use crate::text::{count_words, ends_with_ellipsis, holds_words};
use crate::title_shapes::is_body_shaped;
use crate::titles::{is_simply_keyed, key_of_stripped, title_key, Cut};

/// How far around a candidate its dateline is looked for, in lines with text.
pub const DATELINE_BELOW: usize = 4;
const DATELINE_ABOVE: i64 = 2;
/// How much text after a candidate is its lead, in characters.
const LEAD_CHARS: usize = 1200;
/// An echo counts this many words more than the candidate has.
pub const ECHO_PRIOR_WORDS: usize = 2;
/// How much of a headline a copy cut short with "…" keeps, at least, in characters.
const TRUNCATED_COPY: usize = 24;
/// A copy cut short ends in an ellipsis; this many whole words before it name what it copies.
const CUT_COPY_WORDS: usize = 4;
/// How many candidates away a line cut short by an ellipsis looks for the longer line it copies
/// (`_CUT_COPY_REACH`).
const CUT_COPY_REACH: usize = 3;
/// A caption's copy is printed this many lines around it, at most; a caption this many
/// characters long at least is told by its copy.
const CAPTION_COPY_LINES: usize = 2;
const CAPTION_COPY_CHARS: usize = 20;
/// A headline split over two lines stands this many lines from its whole copy at most.
const SPLIT_COPY_LINES: usize = 3;
/// A label glued before a headline has this many words at most; the copy printed without it
/// opens with this many of the headline's words at least, and with half of its own words.
const LABEL_WORDS: usize = 4;
const LABEL_COPY_WORDS: usize = 4;
/// A headline's first paragraph stands this many lines with text below it at most; when it
/// opens with the words after a label, this many of them at least, and the page prints the
/// label's words nowhere else, the label is a category glued on.
const LEAD_LINES: usize = 6;
const LEAD_OPENING_WORDS: usize = 2;
/// A paragraph may open with a short word a headline drops (an article, "A CREW from Tillbury …"
/// under "Crew from Tillbury …"): this many letters at most, then this many of the words after
/// the label.
const DROPPED_LETTERS: usize = 3;
const AFTER_DROPPED_WORDS: usize = 3;
/// The label glued on there has this many words at least: one word is as often the headline's
/// own, its article dropped ("Old Mill Reopens as Museum" over "The mill reopens …").
const DROPPED_LABEL_WORDS: usize = 2;
/// A name the page repeats (an outlet's, a channel's) is printed on this many other lines.
const NAME_LINES: usize = 2;
/// A quotation mark that opens what follows, and the mark that closes it (`_QUOTE_PAIRS`).
const QUOTE_PAIRS: [(char, char); 6] = [
    ('\'', '\''),
    ('"', '"'),
    ('«', '»'),
    ('“', '”'),
    ('‘', '’'),
    ('„', '“'),
];

/// What sets a site's name after a headline, or a board's name after a browser title's angle
/// bracket (`_SITE_TAILS` in `normalize/glued_labels.py`).
const SITE_TAILS: [&str; 5] = [" - ", " | ", " – ", " — ", BOARD_TAIL];
/// What sets a board's name after a browser title (`_BOARD_TAIL`).
const BOARD_TAIL: &str = " > ";
/// A title split in two prints its second part this many lines below its first, at most.
const SPLIT_LINES: usize = 4;
/// A copy names what it copies with this many words at least (`_CUT_COPY_WORDS`).
const TAIL_HEAD_WORDS: usize = 4;

/// The headline without the tail after its last spaced dash, bar or angle bracket when the page
/// prints the part before it elsewhere without that tail; a heading whose next line prints the
/// tail is the title split in two, and the tail stays; a board's name after an angle bracket
/// goes only when a line prints the part before it alone (`without_site_tail` in
/// `normalize/glued_labels.py`).
pub fn without_site_tail<S: AsRef<str>>(text: &str, line: usize, lines: &[S]) -> String {
    let Some((cut, width)) = SITE_TAILS
        .iter()
        .filter_map(|sep| text.rfind(sep).map(|at| (at, sep.len())))
        .max()
    else {
        return text.to_string();
    };
    let head = &text[..cut];
    if count_words(head, TAIL_HEAD_WORDS) < TAIL_HEAD_WORDS {
        return text.to_string();
    }
    let tail = &text[cut + width..];
    // a board's name: its post's heading alone
    let angle = text[cut..].starts_with(BOARD_TAIL);
    for (index, other) in lines.iter().enumerate() {
        let other = other.as_ref();
        if index == line {
            continue;
        }
        let Some(rest) = other.strip_prefix(head) else {
            continue;
        };
        if rest.starts_with(' ') && !angle && !SITE_TAILS.iter().any(|sep| rest.starts_with(sep)) {
            return head.to_string();
        }
        let below = lines
            .iter()
            .skip(index + 1)
            .take(SPLIT_LINES - 1)
            .map(|later| later.as_ref())
            .find(|later| !later.is_empty())
            .unwrap_or("");
        if rest.is_empty() && !below.ends_with(tail) {
            return head.to_string();
        }
    }
    text.to_string()
}

/// A line's headline and where it is: its line, its rank among the lines with text.
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    pub line: usize,
    pub order: usize,
    pub text: String,
    pub key: String,
}

fn rstrip(text: &str) -> &str {
    text.trim_end_matches(chars::is_space)
}

fn char_count(text: &str) -> usize {
    text.chars().count()
}

/// The lines of a page with their title keys, each key computed once, when first asked for
/// (a page's lines are compared with every candidate).
pub struct LineKeys<'a, S> {
    lines: &'a [S],
    keys: Vec<OnceCell<String>>,
    /// The cuts of some lines that know their `strip_decorations`, known before their keys
    /// are asked for.
    stripped: Vec<Option<Rc<Cut>>>,
    /// Whether each line is `is_simply_keyed`, when first asked for.
    simple: Vec<OnceCell<bool>>,
    words: Vec<OnceCell<EchoWords>>,
    lengths: Vec<usize>,
}

impl<'a, S: AsRef<str>> LineKeys<'a, S> {
    pub fn new(lines: &'a [S]) -> Self {
        LineKeys {
            lines,
            keys: lines.iter().map(|_| OnceCell::new()).collect(),
            stripped: Vec::new(),
            simple: lines.iter().map(|_| OnceCell::new()).collect(),
            words: lines.iter().map(|_| OnceCell::new()).collect(),
            lengths: lines.iter().map(|line| char_count(line.as_ref())).collect(),
        }
    }

    /// The page's lines.
    pub fn lines(&self) -> &'a [S] {
        self.lines
    }

    /// The line at `index`, "" past the end.
    pub fn line(&self, index: usize) -> &'a str {
        self.lines.get(index).map_or("", |line| line.as_ref())
    }

    /// The `order`-th of the lines with text, whose indexes are `filled`, "" past the end.
    pub fn filled_line(&self, filled: &[usize], order: usize) -> &'a str {
        filled.get(order).map_or("", |&index| self.line(index))
    }

    /// `title_key` of the line at `index`.
    pub fn key(&self, index: usize) -> &str {
        match self.keys.get(index) {
            Some(cell) => cell.get_or_init(|| {
                let cut = self.stripped.get(index).and_then(Option::as_ref);
                match cut.and_then(|cut| cut.line_stripped()) {
                    Some(stripped) => key_of_stripped(stripped),
                    None => title_key(self.line(index)),
                }
            }),
            None => "",
        }
    }

    /// Whether the key of the line at `index` may be `size` bytes long or longer, told
    /// without it: a line no longer, all of whose characters keep their size in a key
    /// (`is_simply_keyed`), has a shorter key.
    pub fn key_may_reach(&self, index: usize, size: usize) -> bool {
        let line = self.line(index);
        if line.len() >= size {
            return true;
        }
        match self.simple.get(index) {
            Some(cell) => !*cell.get_or_init(|| is_simply_keyed(line)),
            None => true,
        }
    }

    /// Gives the line at `index` its cut, `cut`, which knows the line's `strip_decorations`:
    /// its key, when asked for, is made from it.
    pub fn know_stripped(&mut self, index: usize, cut: Rc<Cut>) {
        if index >= self.lines.len() {
            return;
        }
        if self.stripped.is_empty() {
            self.stripped = vec![None; self.lines.len()];
        }
        if let Some(slot) = self.stripped.get_mut(index) {
            *slot = Some(cut);
        }
    }

    /// Gives the line at `index` the key `key`, its `title_key` known already.
    pub fn know_key(&self, index: usize, key: String) {
        if let Some(cell) = self.keys.get(index) {
            // a key already there is the same
            let _ = cell.set(key);
        }
    }

    /// The length of the line at `index` in characters, 0 past the end.
    pub fn chars(&self, index: usize) -> usize {
        self.lengths.get(index).copied().unwrap_or(0)
    }

    /// `echo_words` of the line at `index` (empty past the end).
    pub fn words(&self, index: usize) -> &EchoWords {
        static NONE: OnceLock<EchoWords> = OnceLock::new();
        match self.words.get(index) {
            Some(cell) => cell.get_or_init(|| echo_words(self.line(index))),
            None => NONE.get_or_init(EchoWords::default),
        }
    }

    pub fn len(&self) -> usize {
        self.lines.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }
}

/// How much of the candidate the text after it (its lead) repeats; for a headline printed
/// below its story, the text before it. `own` is the part of the candidate's line it was read
/// from: what runs on after that part on the line (a lead glued after a dateline) is text
/// after it too.
pub fn echo<S: AsRef<str>>(candidate: &Placed, lines: &[S], filled: &[usize], own: &str) -> f64 {
    let line = lines.get(candidate.line).map_or("", AsRef::as_ref);
    let glued = glued_after(line, own).map(echo_words);
    let words = echo_words(&candidate.text);
    echo_worded(
        &words,
        candidate,
        &LineKeys::new(lines),
        filled,
        glued.as_ref(),
    )
}

/// `echo` of a candidate whose echo words are `words`, the lines' keys kept from one candidate
/// to the next; `glued` the echo words of what runs on after the part of its line it was read
/// from (`glued_after`), which is text after it too.
pub fn echo_worded<S: AsRef<str>>(
    words: &EchoWords,
    candidate: &Placed,
    lines: &LineKeys<S>,
    filled: &[usize],
    glued: Option<&EchoWords>,
) -> f64 {
    if words.is_empty() {
        return 0.0;
    }
    let mut found = vec![false; words.len()];
    if let Some(glued) = glued {
        words.mark_held(glued, &mut found);
    }
    let shared_after = shared_around(words, candidate, lines, filled, 1, found) as f64;
    // the text before weighs 0.8 of the text after: it cannot win when all of it would not
    let before_best = 0.8 * words.len() as f64;
    let shared_before = if before_best > shared_after {
        0.8 * shared_around(
            words,
            candidate,
            lines,
            filled,
            -1,
            vec![false; words.len()],
        ) as f64
    } else {
        0.0
    };
    // max(int, float) keeps the first on a tie: the same value either way
    let shared = if shared_before > shared_after {
        shared_before
    } else {
        shared_after
    };
    shared / (words.len() + ECHO_PRIOR_WORDS) as f64
}

/// What runs on after the part `own` of a candidate's line that it was read from (a lead glued
/// on after a dateline); `None` when it was read from the whole line (Python's `glued_after`).
pub fn glued_after<'a>(line: &'a str, own: &str) -> Option<&'a str> {
    line.strip_prefix(own)
        .filter(|rest| !own.is_empty() && !rest.is_empty())
}

/// How many of `words` the text around a candidate holds: up to `LEAD_CHARS` of the text
/// after (step 1) or before (step -1) it, its own copies left out (a trail after it that closes
/// with it too). The lines are joined with spaces, which no echo word spans, so the words of the
/// text are those of its lines; the lines past the point where all of `words` are found are not
/// read. `found` flags the words already found elsewhere (one a word).
fn shared_around<S: AsRef<str>>(
    words: &EchoWords,
    candidate: &Placed,
    lines: &LineKeys<S>,
    filled: &[usize],
    step: i64,
    mut found: Vec<bool>,
) -> usize {
    let mut shared = found.iter().filter(|&&held| held).count();
    if shared == found.len() {
        return shared;
    }
    let mut size = 0;
    let mut position = candidate.order as i64 + step;
    while 0 <= position && (position as usize) < filled.len() && size < LEAD_CHARS {
        let index = filled[position as usize];
        // a key too short for the candidate's is no copy of it, and is not made
        let copy =
            lines.key_may_reach(index, candidate.key.len()) && lines.key(index) == candidate.key;
        // a page title over its breadcrumb trail: the trail is its copy, no lead
        let trail = step > 0 && ends_a_trail(lines.line(index), &candidate.text);
        if !copy && !trail {
            shared = words.mark_held(lines.words(index), &mut found);
            if shared == found.len() {
                break;
            }
            size += lines.chars(index);
        }
        position += step;
    }
    shared
}

/// Whether the line is a breadcrumb trail whose last crumb closes with the text (Python's
/// `_text_around` asks it inline).
fn ends_a_trail(line: &str, text: &str) -> bool {
    line.strip_suffix(text)
        .is_some_and(|trail| trail.contains(TRAIL_ARROWS))
}

/// 1.0 for a dateline or byline right below the candidate, less further down, a little for
/// one right above; 0.0 for none near.
pub fn dateline_nearness(position: i64, dated: &[i64]) -> f64 {
    let mut best: f64 = 0.0;
    for &line in dated {
        let distance = line - position;
        if 0 < distance && distance <= DATELINE_BELOW as i64 {
            best = py_max(best, 1.0 - 0.25 * (distance - 1) as f64);
        } else if 0 < -distance && -distance <= DATELINE_ABOVE {
            best = py_max(best, 0.6 - 0.2 * (-distance - 1) as f64);
        }
    }
    best
}

/// Python's `max(a, b)`: `a` unless `b` is greater.
fn py_max(a: f64, b: f64) -> f64 {
    if b > a {
        b
    } else {
        a
    }
}

/// 1.0 when the page prints the candidate again apart from it, 0.5 when only on the line
/// next to it, 0.0 when never.
pub fn repetition<S: AsRef<str>>(candidate: &Placed, lines: &[S], filled: &[usize]) -> f64 {
    repetition_keyed(candidate, &LineKeys::new(lines), filled)
}

/// `repetition`, the keys of the lines kept from one candidate to the next.
pub fn repetition_keyed<S: AsRef<str>>(
    candidate: &Placed,
    lines: &LineKeys<S>,
    filled: &[usize],
) -> f64 {
    let mut found = 0.0;
    // the key's first `TRUNCATED_COPY` characters, a slice of it
    let stem_end = candidate
        .key
        .char_indices()
        .nth(TRUNCATED_COPY)
        .map_or(candidate.key.len(), |(at, _)| at);
    let stem = &candidate.key[..stem_end];
    let stem_full = char_count(stem) == TRUNCATED_COPY;
    let key_chars = char_count(&candidate.key);
    let text_chars = char_count(&candidate.text);
    // Looked for in every line's key: each searcher is built once, when first needed.
    let (whole, cut) = (Searcher::new(&candidate.key), Searcher::new(stem));
    for (position, &index) in filled.iter().enumerate() {
        if index == candidate.line {
            continue;
        }
        let line = lines.line(index);
        if lines.chars(index) > 3 * text_chars + 40 {
            continue;
        }
        // a copy's key holds the candidate's key, or its stem (cut short): a line whose key
        // is too short for either is none, and its key is not made
        if !lines.key_may_reach(index, stem.len()) {
            continue;
        }
        let mut key = lines.key(index);
        // a corner's copy alone in brackets, whose key is empty: its name's
        let corner;
        if key.is_empty() {
            corner = title_key(bracketed_name(line));
            key = &corner;
        }
        let copy = key == candidate.key || (key_chars >= 12 && whole.is_in(key));
        if copy || (stem_full && ends_with_ellipsis(line) && cut.is_in(key)) {
            if position.abs_diff(candidate.order) > 1 {
                return 1.0;
            }
            found = 0.5;
        }
    }
    found
}

/// The stops that close a sentence: one followed by a space has another sentence after it.
const STOPS: [char; 4] = ['.', '!', '?', '…'];

/// Whether the page prints the candidate again on the next line with text, both copies above
/// its first paragraph (ranks `body`): a post's title over its heading's copy, a headline even
/// when it closes with a full stop (`is_doubled_head`). A title is one sentence: two or more are
/// a quotation's, as a doubled caption stands in the text, below its first paragraph. Both
/// copies close alike: a headline below a copy with a stop glued on is the page's own.
pub fn is_doubled_head<S: AsRef<str>>(
    candidate: &Placed,
    lines: &LineKeys<S>,
    filled: &[usize],
    body: &[usize],
) -> bool {
    let below = candidate.order + 1;
    let first_paragraph = body.first().copied().unwrap_or(filled.len());
    let text = candidate.text.trim_matches(chars::is_space);
    let mut pairs = text.chars().zip(text.chars().skip(1));
    below < first_paragraph.min(filled.len())
        && !candidate.key.is_empty()
        && !pairs.any(|(stop, next)| STOPS.contains(&stop) && next == ' ')
        && lines.key(filled[below]) == candidate.key
        && lines
            .line(filled[below])
            .trim_matches(chars::is_space)
            .chars()
            .last()
            == text.chars().last()
}

/// A line printed twice with one of these is a caption's, a lead's or a deck's copy, or a
/// listing's item.
const NO_TWICE_HEAD: [&str; 4] = ["long", "caption", "deck", "feed_item"];

/// Whether a stop closes the text or a sentence in it: a caption's, a lead's.
fn holds_stop(text: &str) -> bool {
    text.chars()
        .last()
        .is_some_and(|last| STOPS.contains(&last))
        || text
            .chars()
            .zip(text.chars().skip(1))
            .any(|(stop, next)| STOPS.contains(&stop) && next == ' ')
}

/// A line right over the first paragraph with one of these is no article's head of its own.
const NO_HEAD_OVER_LEAD: [&str; 5] = ["deck", "sentence", "machinery", "site", "feed_item"];
/// An article's head repeats this many of its words at least in its story's paragraphs (a
/// site's title over its own sentences, "Latest News" over "… the news item you clicked", one).
const HEAD_WORDS_TOLD: usize = 2;

/// Whether the candidate may be an article's head of its own right over the page's first
/// paragraph, its words echoed in the page: no deck, sentence, site's line or listing's item.
/// Python's `is_head_over_lead`.
pub fn is_head_over_lead(candidate: &Candidate) -> bool {
    signal(&candidate.signals, "before_lead") == 1.0
        && signal(&candidate.signals, "echo") != 0.0
        && !NO_HEAD_OVER_LEAD
            .iter()
            .any(|name| signal(&candidate.signals, name) != 0.0)
}

/// Whether the paragraphs of the page above rank `below` (ranks `body`) repeat
/// `HEAD_WORDS_TOLD` words of the head (its echo words `head`) or more: the head's story stands
/// above that rank, and a head printed twice there is a teaser's or a video's under the
/// article. Python's `tells_story_above`.
fn tells_story_above<S: AsRef<str>>(
    head: &EchoWords,
    lines: &LineKeys<S>,
    filled: &[usize],
    body: &[usize],
    below: usize,
) -> bool {
    let story = body
        .iter()
        .filter(|&&rank| rank < below)
        .map(|&rank| lines.line(filled[rank]))
        .collect::<Vec<_>>()
        .join(" ");
    head.shared_with(&echo_words(&story)) >= HEAD_WORDS_TOLD
}

/// The lines of a head printed twice in a row (its copy the next candidate, on the next line
/// with text, both closing alike) right over a paragraph of the story (ranks `body`), or a
/// line longer than a headline (a card's lead cut short), that repeats one of its words (the
/// candidates' echo words `words`), when the page prints only one such pair; a pair between
/// two paragraphs is a caption's, one below the paragraphs of a story whose own head stands
/// right over them (`is_head_over_lead`, `tells_story_above`) a teaser's or a video's.
/// Python's `twice_over_lead`.
pub fn twice_over_lead<S: AsRef<str>>(
    candidates: &[Candidate],
    words: &[EchoWords],
    lines: &LineKeys<S>,
    filled: &[usize],
    body: &[usize],
) -> Vec<usize> {
    let at = |order: usize| {
        candidates
            .iter()
            .position(|candidate| candidate.placed.order == order)
    };
    let closing = |line: usize| {
        lines
            .line(line)
            .trim_matches(chars::is_space)
            .chars()
            .last()
    };
    let heads: Vec<usize> = (0..candidates.len())
        .filter(|&k| is_head_over_lead(&candidates[k]))
        .collect();
    let mut pairs = Vec::new();
    for (rank, candidate) in candidates.iter().enumerate() {
        let placed = &candidate.placed;
        let Some(copy) = at(placed.order + 1).map(|k| &candidates[k].placed) else {
            continue;
        };
        let lead = placed.order + 2;
        let long_below = at(lead).is_some_and(|k| signal(&candidates[k].signals, "long") != 0.0);
        if !placed.key.is_empty()
            && copy.key == placed.key
            && closing(copy.line) == closing(placed.line)
            && !NO_TWICE_HEAD
                .iter()
                .any(|name| signal(&candidate.signals, name) != 0.0)
            && !holds_stop(placed.text.trim_matches(chars::is_space))
            && (body.contains(&lead) || long_below)
            && !(placed.order > 0 && body.contains(&(placed.order - 1)))
            && words[rank].shared_with(lines.words(filled[lead])) > 0
            // under a story with its own head: a teaser
            && !heads
                .iter()
                .any(|&k| tells_story_above(&words[k], lines, filled, body, placed.order))
        {
            pairs.push([placed.line, copy.line]);
        }
    }
    match pairs.as_slice() {
        [pair] => pair.to_vec(),
        _ => Vec::new(),
    }
}

/// Whether the candidate is the other one cut short with an ellipsis, most often with a
/// breadcrumb or a section glued on before it; the other is another line at most
/// `CUT_COPY_REACH` candidates away (a headline that ends in an ellipsis of its own is no copy
/// of itself, nor of its copy printed again).
pub fn is_cut_copy(candidate: &Placed, other: &Placed) -> bool {
    cut_copy(
        candidate,
        other,
        |placed| title_key(&placed.text),
        Some(CUT_COPY_REACH),
    )
}

/// Whether the candidate is one of the others cut short with an ellipsis, their keys the title
/// keys of their texts: within `CUT_COPY_REACH` of it; a line printed twice, no copy of its own
/// copy, is compared with the whole page (a teaser cut short and printed twice in a box still
/// copies the headline printed whole far below it). Python's `is_cut`.
pub fn is_cut_keyed<'a>(
    candidate: &Placed,
    others: impl Iterator<Item = &'a Placed> + Clone,
) -> bool {
    if !ends_with_ellipsis(&candidate.text) {
        return false;
    }
    let twice = others
        .clone()
        .any(|o| o.line != candidate.line && o.key == candidate.key);
    let reach = if twice { None } else { Some(CUT_COPY_REACH) };
    others
        .into_iter()
        .any(|other| cut_copy(candidate, other, |placed| placed.key.clone(), reach))
}

fn cut_copy(
    candidate: &Placed,
    other: &Placed,
    key_of: impl Fn(&Placed) -> String,
    reach: Option<usize>,
) -> bool {
    if other.line == candidate.line
        || reach.is_some_and(|reach| other.order.abs_diff(candidate.order) > reach)
        || !ends_with_ellipsis(&candidate.text)
    {
        return false;
    }
    let key = key_of(candidate);
    let other_key = key_of(other);
    if other_key == key {
        return false; // the headline printed again, not a longer line
    }
    let words: Vec<&str> = crate::text::split_words(&key).collect();
    if words.len() < CUT_COPY_WORDS + 1 {
        return false;
    }
    let tail = words[words.len() - CUT_COPY_WORDS - 1..words.len() - 1].join(" ");
    holds_words(&other_key, &tail)
}

// A copy with something glued on (here and `joins_its_pieces`); Python holds it in
// normalize/glued_copies.py.

/// Whether the text is the copy with a breadcrumb or a section glued on before it with no space:
/// the text ends with the copy, and where they meet a lowercase letter runs into the copy's
/// capital ("HomeNewsMarketsAsian stocks slide…"; Python's `opens_with_glued_crumbs`).
pub fn opens_with_glued_crumbs(text: &str, copy: &str) -> bool {
    let (text, copy) = (chars::strip(text), chars::strip(copy));
    let Some(before) = text.strip_suffix(copy) else {
        return false;
    };
    let last = before.chars().next_back();
    let first = copy.chars().next();
    last.is_some_and(chars::is_lower) && first.is_some_and(chars::is_upper)
}

/// Whether the candidate is a headline that the page prints again split over two lines near
/// it: it is two candidates on lines in a row joined. What it holds of either copy is its own
/// other half, not machinery glued on (Python's `joins_its_pieces`).
pub fn joins_its_pieces(candidate: &Placed, candidates: &[Placed]) -> bool {
    candidates.windows(2).any(|pair| {
        let (first, second) = (&pair[0], &pair[1]);
        second.order == first.order + 1
            && first.order.abs_diff(candidate.order) <= SPLIT_COPY_LINES
            && candidate.key.len() == first.key.len() + 1 + second.key.len()
            && candidate.key.starts_with(first.key.as_str())
            && candidate.key[first.key.len()..].starts_with(' ')
            && candidate.key.ends_with(second.key.as_str())
    })
}

/// Whether a line just around the candidate is a caption that holds it whole.
pub fn has_caption_copy<S: AsRef<str>>(candidate: &Placed, lines: &[S]) -> bool {
    has_caption_copy_keyed(candidate, &LineKeys::new(lines))
}

/// `has_caption_copy`, the keys of the lines kept from one candidate to the next.
pub fn has_caption_copy_keyed<S: AsRef<str>>(candidate: &Placed, lines: &LineKeys<S>) -> bool {
    if char_count(&candidate.key) < CAPTION_COPY_CHARS || candidate.line >= lines.len() {
        return false;
    }
    let own = lines.line(candidate.line);
    let start = candidate.line.saturating_sub(CAPTION_COPY_LINES);
    let end = (candidate.line + CAPTION_COPY_LINES + 1).min(lines.len());
    let whole = Searcher::new(&candidate.key);
    (start..end).any(|index| {
        let line = lines.line(index);
        line != own
            && lines.key_may_reach(index, candidate.key.len())
            && whole.is_in(lines.key(index))
            && is_caption(line)
    })
}

/// A text looked for in many others: compared at the places where the last byte of its first
/// character stands (in a multi-byte letter, that byte varies more than the first); its
/// searcher built only for a text where that byte stands `FEW_TRIES` times without it
/// (building one costs more than the few comparisons most texts need).
pub struct Searcher<'n> {
    needle: &'n str,
    /// Where that byte is in the needle.
    anchor: usize,
    finder: OnceCell<Finder<'n>>,
}

/// How many places a needle is compared at before its searcher takes over.
const FEW_TRIES: usize = 48;

impl<'n> Searcher<'n> {
    pub fn new(needle: &'n str) -> Self {
        Searcher {
            needle,
            anchor: needle
                .chars()
                .next()
                .map_or(0, |first| first.len_utf8() - 1),
            finder: OnceCell::new(),
        }
    }

    /// Whether `text` holds the needle.
    fn is_in(&self, text: &str) -> bool {
        self.find(text.as_bytes()).is_some()
    }

    /// Where the needle's first copy in `text` starts.
    pub fn find(&self, text: &[u8]) -> Option<usize> {
        let needle = self.needle.as_bytes();
        let Some(&mark) = needle.get(self.anchor) else {
            return Some(0); // the empty needle
        };
        if text.len() < needle.len() {
            return None;
        }
        // where the anchor stands when the needle starts at 0 ..= len - needle's
        let places = &text[self.anchor..=text.len() - needle.len() + self.anchor];
        for (tries, start) in memchr::memchr_iter(mark, places).enumerate() {
            if text[start..].starts_with(needle) {
                return Some(start);
            }
            if tries + 1 == FEW_TRIES {
                let finder = self.finder.get_or_init(|| Finder::new(needle));
                return finder.find(&text[start + 1..]).map(|at| start + 1 + at);
            }
        }
        None
    }
}

/// The headline without a label of a few words glued before it by a space or an opening
/// quotation mark, when another line of the page (a heading, an address's slug) prints the
/// words after the label and nothing else in their place (`without_glued_label` in
/// `normalize/glued_labels.py`).
pub fn without_glued_label<S: AsRef<str>>(text: &str, line: usize, lines: &LineKeys<S>) -> String {
    without_glued_label_keyed(text, &title_key(text), line, lines)
}

/// `without_glued_label` of a text whose title key is `key`.
pub fn without_glued_label_keyed<S: AsRef<str>>(
    text: &str,
    key: &str,
    line: usize,
    lines: &LineKeys<S>,
) -> String {
    let words: Vec<&str> = key.split_whitespace().collect();
    let last = LABEL_WORDS.min(words.len().saturating_sub(LABEL_COPY_WORDS));
    if last == 0 {
        return text.to_string();
    }
    let size = char_count(text);
    let mut glued: Option<usize> = None;
    // the headline printed whole again: a line going on past its words after a label is no copy
    let whole = OnceCell::new();
    let printed_whole =
        || *whole.get_or_init(|| (0..lines.len()).any(|at| at != line && lines.key(at) == key));
    for index in 0..lines.len() {
        if index == line {
            continue;
        }
        let Some(copy_key) = copy_key(lines, index, size, words.len()) else {
            continue;
        };
        // a copy opens with the word after a label: most lines open with none of them
        let opening = copy_key.split_whitespace().next();
        if !opening.is_some_and(|opening| words[1..=last].contains(&opening)) {
            continue;
        }
        let copy: Vec<&str> = copy_key.split_whitespace().collect();
        let copy_of = |label: usize| {
            is_copy(&copy, &words[label..])
                && !(copy.len() > words.len() - label && printed_whole())
        };
        if let Some(label) = (1..=last).find(|&label| copy_of(label)) {
            glued = Some(glued.map_or(label, |known| known.min(label)));
        }
    }
    match glued {
        Some(label) => after_label(text, &words[label..]),
        None => without_lead_label(text, &words, last, line, lines),
    }
}

/// The headline without a label of a few words (up to `last`) glued before it by a space
/// that its first paragraph leaves out: the paragraph opens with the words after it (maybe
/// after a short word a headline drops, an article, when the label has two words at least)
/// and no other line prints a word of it (a board's category; not before a headline in title
/// case, whose first word opens with a capital as every other does), or it holds the first words after it in a row, not after it, and other
/// lines print each of its words (a channel's name; a lone letter is none, but a preposition;
/// a year of figures alone is none either)
/// (`_without_lead_label` in
/// `normalize/glued_labels.py`).
fn without_lead_label<S: AsRef<str>>(
    text: &str,
    words: &[&str],
    last: usize,
    line: usize,
    lines: &LineKeys<S>,
) -> String {
    let Some(lead) = lead_below(line, lines) else {
        return text.to_string();
    };
    let opening: Vec<&str> = lines.key(lead).split_whitespace().collect();
    for label in 1..=last {
        let (glued, rest) = words.split_at(label);
        let opens = (opening.len() >= LEAD_OPENING_WORDS
            && opening[..LEAD_OPENING_WORDS] == rest[..LEAD_OPENING_WORDS])
            || (label >= DROPPED_LABEL_WORDS
                && opening.len() > AFTER_DROPPED_WORDS
                && opening[0].chars().count() <= DROPPED_LETTERS
                && opening[1..=AFTER_DROPPED_WORDS] == rest[..AFTER_DROPPED_WORDS]);
        let held: Vec<usize> = (0..opening.len())
            .filter(|&at| {
                let end = (at + LABEL_COPY_WORDS).min(opening.len());
                opening[at..end] == rest[..LABEL_COPY_WORDS.min(rest.len())]
            })
            .collect();
        if !opens && held.is_empty() {
            continue;
        }
        let after = after_label(text, rest);
        if after == text || !text.ends_with(after.as_str()) {
            continue;
        }
        let glue = &text[..text.len() - after.len()];
        if !glue.chars().next_back().is_some_and(chars::is_space)
            || after.chars().next().is_some_and(chars::is_lower)
        {
            continue;
        }
        let counts: Vec<usize> = glued
            .iter()
            .map(|word| {
                (0..lines.len())
                    .filter(|&index| index != line && index != lead)
                    .filter(|&index| holds_words(lines.key(index), word))
                    .count()
            })
            .collect();
        let category = opens
            && counts.iter().all(|&count| count == 0)
            && !glued.iter().any(|word| opening.contains(word))
            && !in_title_case(text);
        let name = !held.is_empty()
            && counts.iter().all(|&count| count >= NAME_LINES)
            // a lone letter is a preposition, no name ("В …")
            && glued.iter().any(|word| word.chars().count() > 1)
            // a year the page's dates repeat is no name ("2024 Lantern Parade Live Blog")
            && !glued.iter().all(|word| word.chars().all(char::is_numeric))
            && held
                .iter()
                .all(|&at| at == 0 || opening[at - 1] != glued[label - 1]);
        if category || name {
            return after;
        }
    }
    text.to_string()
}

/// The first paragraph among the `LEAD_LINES` lines with text below a line, or none.
fn lead_below<S: AsRef<str>>(line: usize, lines: &LineKeys<S>) -> Option<usize> {
    (line + 1..lines.len())
        .filter(|&index| !lines.line(index).trim_matches(chars::is_space).is_empty())
        .take(LEAD_LINES)
        .find(|&index| is_body_shaped(lines.line(index)))
}

/// The key of a line that may be a headline's copy (of `size` characters and `words`
/// words): of a web address alone on its line, its last part's (a slug's); none for a list's
/// item, a line of fewer words than a copy has, or one far longer than the headline.
fn copy_key<'k, S: AsRef<str>>(
    lines: &'k LineKeys<S>,
    index: usize,
    size: usize,
    words: usize,
) -> Option<Cow<'k, str>> {
    let line = lines.line(index);
    if lines.chars(index) > 3 * size + 40
        || line
            .trim_start_matches(chars::is_space)
            .starts_with(&crate::headline::BULLETS[..])
    {
        return None;
    }
    // counted as far as the test below reads them
    let tokens = count_words(line, 2 * words + 1);
    if tokens == 1 && line.contains("://") {
        let trimmed = line.trim_end_matches('/');
        Some(Cow::Owned(title_key(
            trimmed.rsplit('/').next().unwrap_or(trimmed),
        )))
    } else if (LABEL_COPY_WORDS..=2 * words).contains(&tokens) {
        Some(Cow::Borrowed(lines.key(index)))
    } else {
        None
    }
}

/// Whether a line's words are the headline's words after its label, all of them or their
/// first ones, before anything else.
fn is_copy(copy: &[&str], rest: &[&str]) -> bool {
    let shared = copy.len().min(rest.len());
    shared >= LABEL_COPY_WORDS
        && copy.iter().zip(rest).all(|(theirs, mine)| theirs == mine)
        && 2 * shared >= copy.len()
}

/// The end of the text whose key is these words, when a space or an opening quotation mark
/// glues it to what is before (without that quotation mark's closing one at its end); else
/// the text itself, as when a colon sets the quotation off.
fn after_label(text: &str, rest: &[&str]) -> String {
    let key = rest.join(" ");
    let word = chars::L | chars::M | chars::N;
    let mut previous: Option<char> = None;
    for (at, c) in text.char_indices() {
        let starts =
            previous.is_some_and(|p| !chars::is(p, word)) && chars::is(c, chars::L | chars::N);
        previous = Some(c);
        if !starts || title_key(&text[at..]) != key {
            continue;
        }
        let head = rstrip(&text[..at]);
        let before = head.chars().next_back();
        let after = rstrip(&text[at..]);
        let closing = before.and_then(|b| QUOTE_PAIRS.iter().find(|(open, _)| *open == b));
        let mut opened = head.chars();
        opened.next_back();
        if closing.is_some() && rstrip(opened.as_str()).ends_with(':') {
            // a speaker's words quoted after the name: "Name: «…»"
            return text.to_string();
        }
        if let Some(inner) = closing.and_then(|&(_, close)| after.strip_suffix(close)) {
            return rstrip(inner).to_string();
        }
        return if before.is_some_and(|b| chars::is(b, word)) {
            after.to_string()
        } else {
            text.to_string()
        };
    }
    text.to_string()
}

// The twins of the differential test: a candidate is (line, order, text, key).

type PlacedTuple = (usize, usize, String, String);

fn placed((line, order, text, key): PlacedTuple) -> Placed {
    Placed {
        line,
        order,
        text,
        key,
    }
}

#[pyfunction]
#[pyo3(name = "echo__echo")]
fn twin_echo(candidate: PlacedTuple, lines: Vec<String>, filled: Vec<usize>, own: &str) -> f64 {
    echo(&placed(candidate), &lines, &filled, own)
}

#[pyfunction]
#[pyo3(name = "echo__dateline_nearness")]
fn twin_dateline_nearness(position: i64, dated: Vec<i64>) -> f64 {
    dateline_nearness(position, &dated)
}

#[pyfunction]
#[pyo3(name = "echo__repetition")]
fn twin_repetition(candidate: PlacedTuple, lines: Vec<String>, filled: Vec<usize>) -> f64 {
    repetition(&placed(candidate), &lines, &filled)
}

#[pyfunction]
#[pyo3(name = "echo__is_cut_copy")]
fn twin_is_cut_copy(candidate: PlacedTuple, other: PlacedTuple) -> bool {
    is_cut_copy(&placed(candidate), &placed(other))
}

#[pyfunction]
#[pyo3(name = "echo__has_caption_copy")]
fn twin_has_caption_copy(candidate: PlacedTuple, lines: Vec<String>) -> bool {
    has_caption_copy(&placed(candidate), &lines)
}

#[pyfunction]
#[pyo3(name = "echo__without_glued_label")]
fn twin_without_glued_label(text: &str, line: usize, lines: Vec<String>) -> String {
    without_glued_label(text, line, &LineKeys::new(&lines))
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(twin_without_glued_label, m)?)?;
    m.add_function(wrap_pyfunction!(twin_echo, m)?)?;
    m.add_function(wrap_pyfunction!(twin_dateline_nearness, m)?)?;
    m.add_function(wrap_pyfunction!(twin_repetition, m)?)?;
    m.add_function(wrap_pyfunction!(twin_is_cut_copy, m)?)?;
    m.add_function(wrap_pyfunction!(twin_has_caption_copy, m)?)?;
    Ok(())
}
