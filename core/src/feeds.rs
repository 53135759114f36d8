//! Feeds known by the shape of their items rather than by their story heads alone: a
//! channel's page, whose header (name, counters, description) stands above its posts or whose
//! posts are each signed with its handle, and a list of teasers that prints each head twice
//! above its own paragraph, or that prints its stories in units of one shape (a head, its
//! own date, one teaser), or that ends each teaser with one tail (a link's label, its time)
//! (mirrors `normalize/feeds.py`). Such a page has no headline of its own, and none of these
//! lines is one.

use rustc_hash::{FxHashMap, FxHashSet};

use regex::Regex;

use crate::echo::LineKeys;
use crate::headline::{signal, Candidate, BULLETS};
use crate::per_thread::per_thread;
use crate::segment::chars::{self, is_space};
use crate::text::{count_words, holds_words, last_words, split_words};
use crate::timestamps::has_decimal;
use crate::title_shapes::is_body_shaped;
use crate::titles::title_key;

/// A header prints this many counters in a row at least, each counting a different thing.
const COUNTERS: usize = 3;
/// A teaser's head is this many words long at least; the next teaser's head follows its
/// paragraph within this many lines with text.
const TEASER_WORDS: usize = 3;
const TEASER_STEP: [usize; 2] = [3, 4];
/// A listing's unit: a head of this many words at least, its own date this many lines with
/// text above or below it at most, the next unit's head this many lines below it (at least,
/// at most).
const UNIT_HEAD_WORDS: usize = 4;
const UNIT_DATE_STEP: i64 = 3;
const UNIT_PERIOD: (usize, usize) = (2, 6);
/// A unit's teaser cut at a count of characters, no mark closing it, is longer than a headline:
/// this many words at least.
const CUT_TEASER_WORDS: usize = 21;
/// A unit's teaser the page printed without its closing stop: more words than its head, and
/// this many at least.
const UNSTOPPED_TEASER_WORDS: usize = 12;
/// A teaser's tail: the last words of its line ("далее »", "2024-02-12 11:00"), this many, the
/// same (digits aside) on this many lines at least, each telling a different story; of the
/// lines sharing a tail, this many first are compared.
const TAIL_WORDS: usize = 2;
const TAILED_LINES: usize = 3;
const TAIL_GROUP: usize = 8;
/// What ends a sentence, which a paragraph's last words end with, not a teaser's tail.
const SENTENCE_END: [char; 3] = ['.', '!', '?'];

/// The lines of the candidates that a feed prints by its shape: a channel's header, teasers
/// each printed twice, a channel's signed posts, teasers with one tail each
/// (`channel_header`, `doubled_teasers`, `signed_posts`, `tailed_teasers`); heads each with
/// their own time are `stamped_items`.
pub fn feed_shapes<S: AsRef<str>>(
    candidates: &[Candidate],
    lines: &LineKeys<S>,
    filled: &[usize],
    body: &[usize],
) -> FxHashSet<usize> {
    let mut items = channel_header(candidates, lines, filled, body);
    items.extend(doubled_teasers(candidates, lines, filled, body));
    items.extend(signed_posts(candidates, lines, filled));
    items.extend(tailed_teasers(candidates, lines, filled));
    items
}

/// The lines of the candidates that a list prints with one tail after each teaser (a link's
/// label, "more »"; its time, whose digits differ): `TAILED_LINES` lines or more end with the
/// same last words, each telling a different story (none holds another's words before the
/// tail), and a candidate is one of these lines or the words before its tail; not the
/// article's headline with the site's name glued on as on every head, the first of these
/// stories and the only one a paragraph that echoes it follows. `filled` are the page's lines
/// with text, in order; those below the last candidate are not read.
pub fn tailed_teasers<S: AsRef<str>>(
    candidates: &[Candidate],
    lines: &LineKeys<S>,
    filled: &[usize],
) -> FxHashSet<usize> {
    let Some(last) = candidates.last() else {
        return FxHashSet::default();
    };
    let read = &filled[..filled.len().min(last.placed.order + 1)];
    let mut tailed: FxHashMap<String, Vec<&str>> = FxHashMap::default();
    for &i in read {
        if let Some(tail) = tail(lines.line(i)) {
            tailed.entry(tail).or_default().push(lines.line(i));
        }
    }
    let mut teasers: FxHashSet<String> = FxHashSet::default();
    // only lines whose tail three lines share are keyed: the other lines are no list's
    for group in tailed.values().filter(|group| group.len() >= TAILED_LINES) {
        let headed: Vec<(&str, String)> = group
            .iter()
            .filter_map(|&line| head_key(line).map(|key| (line, key)))
            .collect();
        let mut keys: Vec<&str> = Vec::new();
        for (_, key) in &headed {
            if !keys.contains(&key.as_str()) {
                keys.push(key);
            }
        }
        if different_stories(&keys) < TAILED_LINES {
            continue;
        }
        let group: Vec<Vec<&str>> = headed
            .iter()
            .map(|(line, _)| split_words(line).collect())
            .collect();
        let cut = common_tail(&group);
        for words in &group {
            let (line, head) = teaser_keys(words, cut);
            teasers.insert(line);
            teasers.insert(head);
        }
    }
    let found: Vec<&Candidate> = candidates
        .iter()
        .filter(|c| teasers.contains(&c.placed.key))
        .collect();
    // the first story alone followed by a paragraph that echoes it: the article's headline
    // with the site's tail, above a list of teasers that have none
    let echoed: FxHashSet<&str> = found
        .iter()
        .filter(|c| signal(&c.signals, "lead_echo") != 0.0)
        .map(|c| c.placed.key.as_str())
        .collect();
    let headline = found
        .first()
        .map(|c| c.placed.key.as_str())
        .filter(|key| echoed.len() == 1 && echoed.contains(key));
    found
        .iter()
        .filter(|c| Some(c.placed.key.as_str()) != headline)
        .map(|c| c.placed.line)
        .collect()
}

/// How many last words the lines (as words) share, digits aside, short of a whole line.
fn common_tail(group: &[Vec<&str>]) -> usize {
    let shapes: Vec<Vec<String>> = group
        .iter()
        .map(|words| {
            words
                .iter()
                .map(|word| digit().replace_all(word, "0").into_owned())
                .collect()
        })
        .collect();
    let most = shapes
        .iter()
        .map(Vec::len)
        .min()
        .unwrap_or(0)
        .saturating_sub(1);
    (0..most)
        .find(|&n| {
            let ends: FxHashSet<&[String]> = shapes
                .iter()
                .map(|words| &words[words.len() - n - 1..])
                .collect();
            ends.len() > 1
        })
        .unwrap_or(most)
}

/// The key of a teaser's line and of its words before its tail of `cut` words.
fn teaser_keys(words: &[&str], cut: usize) -> (String, String) {
    let head = &words[..words.len().saturating_sub(cut)];
    (title_key(&words.join(" ")), title_key(&head.join(" ")))
}

/// A line's last `TAIL_WORDS` words, its digits zeros, when words enough for a teaser's head
/// (`UNIT_HEAD_WORDS`) stand before them and the line ends no sentence.
fn tail(text: &str) -> Option<String> {
    // the words are counted only as far as a teaser needs them, the tail read from the end
    let wanted = UNIT_HEAD_WORDS + TAIL_WORDS;
    let row = row_text(text);
    if text.ends_with(SENTENCE_END) || count_words(row, wanted) < wanted {
        return None;
    }
    let tail = last_words(row, TAIL_WORDS).join(" ");
    // most tails print no digit: they are told without the pattern
    if !has_decimal(&tail) {
        return Some(tail);
    }
    Some(digit().replace_all(&tail, "0").into_owned())
}

/// A line without the bar that closes a table's row (`_row_words`): the last cell's words are
/// its tail, the bar every row of the table closes with is none.
fn row_text(text: &str) -> &str {
    let trimmed = text.trim_end_matches(is_space);
    match trimmed.strip_suffix('|') {
        Some(rest) if rest.is_empty() || rest.ends_with(is_space) => rest,
        _ => text,
    }
}

/// The key of a line's words before its tail, when it keeps a teaser's head
/// (`UNIT_HEAD_WORDS` words at least).
fn head_key(text: &str) -> Option<String> {
    let words: Vec<&str> = split_words(row_text(text)).collect();
    let head = title_key(&words[..words.len().saturating_sub(TAIL_WORDS)].join(" "));
    (split_words(&head).count() >= UNIT_HEAD_WORDS).then_some(head)
}

/// How many of the first `TAIL_GROUP` keys neither hold another one's words nor are held by
/// another one's.
fn different_stories(keys: &[&str]) -> usize {
    let group = &keys[..keys.len().min(TAIL_GROUP)];
    group
        .iter()
        .filter(|&&key| {
            !group
                .iter()
                .any(|&other| other != key && (holds_words(other, key) || holds_words(key, other)))
        })
        .count()
}

per_thread! {
    /// A digit, which a teaser's tail may print differently on each line (its time).
    fn digit() -> Regex {
        Regex::new(r"\d").expect("a valid pattern")
    }
}

per_thread! {
    /// A channel's handle, alone on the line that signs each of its posts: "@harbourwatch".
    fn handle() -> Regex {
        Regex::new(r"^@[A-Za-z0-9_]{3,32}$").expect("a valid pattern")
    }
}

/// The lines of the candidates that a channel's page prints above the last of its posts
/// signed with its handle (a line holding the handle alone, printed after each post): a page
/// that signs two posts or more with one handle is the channel's feed. `filled` are the page's
/// lines with text, in order.
pub fn signed_posts<S: AsRef<str>>(
    candidates: &[Candidate],
    lines: &LineKeys<S>,
    filled: &[usize],
) -> FxHashSet<usize> {
    let mut signed: FxHashSet<&str> = FxHashSet::default();
    let mut last: Option<usize> = None;
    for (at, &index) in filled.iter().enumerate() {
        let mut words = split_words(lines.line(index));
        let (Some(word), None) = (words.next(), words.next()) else {
            continue;
        };
        // a handle opens with "@": a word without it is not searched
        if word.starts_with('@') && handle().is_match(word) {
            if signed.contains(word) {
                last = Some(at);
            }
            signed.insert(word);
        }
    }
    let Some(last) = last else {
        return FxHashSet::default();
    };
    candidates
        .iter()
        .filter(|c| c.placed.order < last)
        .map(|c| c.placed.line)
        .collect()
}

/// The lines of the teasers' heads on a list that prints each head twice, its copy on the next
/// line and its own paragraph below the copy: two such heads or more, different, the next one
/// right after the paragraph (`TEASER_STEP` from the one before), or a head whose first copy
/// is a list's item (`is_list_item`), with all their copies. `filled` are the page's lines with text, in order, and `body` the places among them of the
/// lines shaped like a paragraph.
pub fn doubled_teasers<S: AsRef<str>>(
    candidates: &[Candidate],
    lines: &LineKeys<S>,
    filled: &[usize],
    body: &[usize],
) -> FxHashSet<usize> {
    let paragraphs: FxHashSet<usize> = body.iter().copied().collect();
    let doubled: FxHashMap<usize, &str> = candidates
        .iter()
        .filter(|c| {
            let order = c.placed.order;
            // the paragraph two lines below asked for first: most heads have none there
            paragraphs.contains(&(order + 2))
                && count_words(&c.placed.text, TEASER_WORDS) >= TEASER_WORDS
                && filled
                    .get(order + 1)
                    .is_some_and(|&i| lines.key(i) == c.placed.key)
        })
        .map(|c| (c.placed.order, c.placed.key.as_str()))
        .collect();
    let other = |at: Option<usize>, key: &str| {
        at.and_then(|at| doubled.get(&at))
            .is_some_and(|&found| found != key)
    };
    let chained: FxHashSet<&str> = doubled
        .iter()
        .filter(|&(&at, &key)| {
            TEASER_STEP
                .iter()
                .any(|&step| other(at.checked_add(step), key) || other(at.checked_sub(step), key))
                || is_list_item(lines, filled, at)
        })
        .map(|(_, &key)| key)
        .collect();
    candidates
        .iter()
        .filter(|c| chained.contains(c.placed.key.as_str()))
        .map(|c| c.placed.line)
        .collect()
}

/// Whether the line at this place among the lines with text is a list's item that opens with
/// a bullet, below no other item (a trail's crumbs each open with one, the page's headline
/// often the last).
pub fn is_list_item<S: AsRef<str>>(lines: &LineKeys<S>, filled: &[usize], at: usize) -> bool {
    let bulleted = |rank: Option<usize>| {
        rank.and_then(|rank| filled.get(rank))
            .is_some_and(|&i| lines.line(i).starts_with(BULLETS))
    };
    bulleted(Some(at)) && !bulleted(at.checked_sub(1))
}

per_thread! {
    /// A counter: a number, maybe shortened to thousands or millions, and one word for what it
    /// counts ("842K subscribers", "312 photos", "3.11K videos", "18 видео").
    fn counter() -> Regex {
        Regex::new(r"^\s*\d[\d.,]*\s?[KkMmКкМм]?\s+\p{L}+\s*$").expect("a valid pattern")
    }
}

/// Whether the text may be a `counter`: its first character after white space (`\s`) is a
/// digit (`\d`), or one beyond ASCII, which the pattern reads.
fn may_count(text: &str) -> bool {
    let first = text.trim_start_matches(char::is_whitespace).chars().next();
    first.is_some_and(|c| c.is_ascii_digit() || !c.is_ascii())
}

/// The lines of the candidates that a channel's header prints: its name on the line above a
/// run of `COUNTERS` counters or more, and what stands below the counters before the first
/// post's paragraph (not the line right above it when it echoes that line and no post with
/// a head of its own follows: the post's own head), with the name's copies elsewhere on the
/// page. `filled` are the page's
/// lines with text, in order, and `body` the places among them of the lines shaped like a
/// paragraph.
pub fn channel_header<S: AsRef<str>>(
    candidates: &[Candidate],
    lines: &LineKeys<S>,
    filled: &[usize],
    body: &[usize],
) -> FxHashSet<usize> {
    let Some(last) = candidates.last() else {
        return FxHashSet::default();
    };
    let text = |order: usize| lines.filled_line(filled, order);
    let mut run: Vec<usize> = Vec::new();
    let mut counted: FxHashSet<String> = FxHashSet::default();
    for at in 0..(last.placed.order + 1).min(filled.len()) {
        let counts = may_count(text(at)) && counter().is_match(text(at));
        let what = if counts {
            split_words(text(at)).last().unwrap_or("").to_lowercase()
        } else {
            String::new()
        };
        if counts && !counted.contains(&what) {
            run.push(at);
            counted.insert(what);
            continue;
        }
        if run.len() >= COUNTERS {
            break;
        }
        run.clear();
        counted.clear();
        if counts {
            run.push(at);
            counted.insert(what);
        }
    }
    let (Some(&first), Some(&end_of_run)) = (run.first(), run.last()) else {
        return FxHashSet::default();
    };
    if run.len() < COUNTERS {
        return FxHashSet::default();
    }
    let end = body
        .iter()
        .copied()
        .find(|&p| p > end_of_run)
        .unwrap_or(filled.len());
    let echoed = |c: &Candidate| signal(&c.signals, "lead_echo") != 0.0;
    // the line right above the first post's paragraph, which echoes it, is the post's own head
    // when no other post stands below with a head of its own: the page's one article
    let alone = !candidates.iter().any(|c| c.placed.order > end && echoed(c));
    let header: FxHashSet<&str> = candidates
        .iter()
        .filter(|c| first <= c.placed.order + 1 && c.placed.order < end)
        .filter(|c| !(alone && c.placed.order + 1 == end && echoed(c)))
        .map(|c| c.placed.key.as_str())
        .collect();
    candidates
        .iter()
        .filter(|c| header.contains(c.placed.key.as_str()))
        .map(|c| c.placed.line)
        .collect()
}

/// Whether a line is a teaser cut at a count of characters: longer than a headline, its last
/// word cut off or left open, no mark closing it (`_is_cut_teaser`).
fn is_cut_teaser(text: &str) -> bool {
    count_words(text, CUT_TEASER_WORDS) >= CUT_TEASER_WORDS
        && text
            .trim_end_matches(is_space)
            .chars()
            .next_back()
            .is_some_and(|c| chars::is(c, chars::L))
}

/// The lines of the story heads that a listing prints in units of one shape (a section, tag
/// or author page): two heads or more, different, each at the same step from a date of its
/// own (`dated`, places among the lines with text) or from a line the page prints by each (a
/// source's name, a section's label), each the same number of lines below the one before,
/// each unit holding one paragraph (its teaser, maybe cut short with no mark: `is_cut_teaser`,
/// or left without its stop: `held`; the last unit may be cut off by the page's end). `filled` are the page's lines with text, in
/// order, and `body` the places among them of the lines shaped like a paragraph.
pub fn dated_units<S: AsRef<str>>(
    candidates: &[Candidate],
    lines: &LineKeys<S>,
    filled: &[usize],
    dated: &[i64],
    body: &[usize],
) -> FxHashSet<usize> {
    let heads: Vec<&Candidate> = candidates.iter().filter(|c| is_unit_head(c)).collect();
    // a head with no other at a unit's period from it makes no run: its marks are not read
    let orders: FxHashSet<usize> = heads.iter().map(|c| c.placed.order).collect();
    let paired = |order: usize| {
        (UNIT_PERIOD.0..=UNIT_PERIOD.1).any(|period| {
            orders.contains(&(order + period))
                || order
                    .checked_sub(period)
                    .is_some_and(|o| orders.contains(&o))
        })
    };
    let heads: Vec<&Candidate> = heads
        .into_iter()
        .filter(|c| paired(c.placed.order))
        .collect();
    if heads.len() < 2 {
        return FxHashSet::default();
    }
    let dated: FxHashSet<i64> = dated.iter().copied().collect();
    let mut paragraphs: FxHashSet<usize> = body.iter().copied().collect();
    paragraphs.extend(
        filled
            .iter()
            .enumerate()
            .filter(|&(_, &index)| is_cut_teaser(lines.line(index)))
            .map(|(order, _)| order),
    );
    // each run with its step, a date's, or 0 for a run marked by no date
    let mut runs: Vec<(i64, Vec<&Candidate>)> = Vec::new();
    for step in (-UNIT_DATE_STEP..=UNIT_DATE_STEP).filter(|&s| s != 0) {
        // what marks each head's unit: a date (""), else the key of the line at the step, or
        // the line itself when it is a mark alone with no key (a dash printed above each head)
        let marks: FxHashMap<usize, Option<&str>> = heads
            .iter()
            .map(|c| {
                let at = c.placed.order as i64 + step;
                let mark = if dated.contains(&at) {
                    Some("")
                } else {
                    usize::try_from(at)
                        .ok()
                        .and_then(|at| filled.get(at))
                        .map(|&index| match lines.key(index) {
                            "" => lines.line(index).trim(),
                            key => key,
                        })
                        .filter(|mark| !mark.is_empty())
                };
                (c.placed.order, mark)
            })
            .collect();
        let at: FxHashMap<usize, &Candidate> = heads
            .iter()
            .filter(|c| marks.get(&c.placed.order).is_some_and(Option::is_some))
            .map(|c| (c.placed.order, *c))
            .collect();
        let mark_at = |order: Option<usize>| order.and_then(|o| marks.get(&o).copied().flatten());
        for period in UNIT_PERIOD.0..=UNIT_PERIOD.1 {
            for (&first, &head) in &at {
                let mark = mark_at(Some(first));
                if mark_at(first.checked_sub(period)) == mark {
                    continue;
                }
                let mut run = vec![head];
                let mut last = head;
                while mark_at(Some(last.placed.order + period)) == mark {
                    let Some(&next) = at.get(&(last.placed.order + period)) else {
                        break;
                    };
                    run.push(next);
                    last = next;
                }
                if run.len() > 1
                    && one_teaser_each(&run, period, &paragraphs, &dated, lines, filled)
                {
                    runs.push((if mark == Some("") { step } else { 0 }, run));
                }
            }
        }
    }
    let places: FxHashSet<i64> = candidates.iter().map(|c| c.placed.order as i64).collect();
    runs.iter()
        .filter(|(step, run)| !dates_taken(*step, run, &runs, &places))
        .flat_map(|(_, run)| run.iter().map(|c| c.placed.line))
        .collect()
}

/// Whether a run's dates are another run's, nearer to its heads: each date belongs to the
/// head it is nearest to (a timeline's date right above each entry is no date below the
/// timeline's own title, two lines up), when each of the run's dates has a line that may be a
/// head (`orders`, the places of the candidates) at that nearer step; a date with none there
/// closes the run's last item. `step` is 0 for a run marked by no date.
fn dates_taken(
    step: i64,
    run: &[&Candidate],
    runs: &[(i64, Vec<&Candidate>)],
    orders: &FxHashSet<i64>,
) -> bool {
    if step == 0 {
        return false;
    }
    let dates: FxHashSet<i64> = run.iter().map(|c| c.placed.order as i64 + step).collect();
    runs.iter().any(|(other, heads)| {
        *other != 0
            && other.abs() < step.abs()
            && heads
                .iter()
                .any(|c| dates.contains(&(c.placed.order as i64 + other)))
            && dates.iter().all(|date| orders.contains(&(date - other)))
    })
}

/// Whether each unit of the run (a head and the lines below it before the next head) holds
/// one paragraph, the last unit none when the page ends before it is whole; the heads all
/// different.
fn one_teaser_each<S: AsRef<str>>(
    run: &[&Candidate],
    period: usize,
    paragraphs: &FxHashSet<usize>,
    dated: &FxHashSet<i64>,
    lines: &LineKeys<S>,
    filled: &[usize],
) -> bool {
    let keys: FxHashSet<&str> = run.iter().map(|c| c.placed.key.as_str()).collect();
    let held = |c: &Candidate| held(c, period, paragraphs, dated, lines, filled);
    let Some((last, whole)) = run.split_last() else {
        return false;
    };
    let cut = last.placed.order + period > filled.len();
    keys.len() == run.len()
        && whole.iter().all(|c| held(c) == 1)
        && (held(last) == 1 || (cut && held(last) == 0))
}

/// How many paragraphs a unit holds: its lines shaped like one, else one when a line of the
/// unit other than a date (`dated`) is longer than its head (`UNSTOPPED_TEASER_WORDS` words at
/// least), a teaser the page printed without its stop, as a listing may leave one of its
/// teasers (`_held`).
fn held<S: AsRef<str>>(
    head: &Candidate,
    period: usize,
    paragraphs: &FxHashSet<usize>,
    dated: &FxHashSet<i64>,
    lines: &LineKeys<S>,
    filled: &[usize],
) -> usize {
    let unit = head.placed.order + 1..(head.placed.order + period).min(filled.len());
    let count = unit.clone().filter(|o| paragraphs.contains(o)).count();
    if count > 0 {
        return count;
    }
    let least = (count_words(&head.placed.text, usize::MAX) + 1).max(UNSTOPPED_TEASER_WORDS);
    usize::from(unit.into_iter().any(|o| {
        !dated.contains(&(o as i64)) && count_words(lines.line(filled[o]), least) >= least
    }))
}

/// A story head of a whole headline's length, printed once: no caption, widget, sentence,
/// outlet's name or lower-case slug.
pub(crate) fn is_unit_head(candidate: &Candidate) -> bool {
    let signals = &candidate.signals;
    candidate.words(UNIT_HEAD_WORDS) >= UNIT_HEAD_WORDS
        && signal(signals, "repeated") < 1.0
        && ![
            "sentence",
            "caption",
            "machinery",
            "site",
            "long",
            "lower_case",
        ]
        .iter()
        .any(|name| signal(signals, name) != 0.0)
}

/// The line with each run of figures made one "0": the shape a post's stamp keeps from one
/// post to the next, its day changed (`_FIGURES`).
fn stamp_shape(text: &str) -> String {
    let mut shape = String::with_capacity(text.len());
    let mut in_figures = false;
    for c in text.chars() {
        if c.is_ascii_digit() {
            if !in_figures {
                shape.push('0');
            }
            in_figures = true;
        } else {
            shape.push(c);
            in_figures = false;
        }
    }
    shape
}

/// The lines of the candidates below the first of the page's bylines that it prints again
/// with other figures: a listing of posts, each under the same stamp with its own day, as a
/// term's or an author's page prints them, a post's own head under a stamp with another day
/// (the next of the lines with text, `filled`, below it is no paragraph); an article's byline
/// printed again at its foot keeps its day, and a dated letter under it opens with its text
/// (Python's `listing_units.restamped_posts`).
pub fn restamped_posts<'a>(
    candidates: &[Candidate],
    line: impl Fn(usize) -> &'a str,
    filled: &[usize],
    machinery: &FxHashMap<usize, String>,
) -> FxHashSet<usize> {
    let mut bylines: Vec<usize> = machinery
        .iter()
        .filter(|(_, kind)| kind.as_str() == "byline")
        .map(|(&index, _)| index)
        .collect();
    if bylines.len() < 2 {
        return FxHashSet::default();
    }
    bylines.sort_unstable();
    // each shape's first line, and whether the page prints it with other figures over a post
    let heads_a_post = |stamp: usize| {
        filled
            .iter()
            .find(|&&index| index > stamp)
            .is_some_and(|&below| !is_body_shaped(line(below)))
    };
    let mut stamps: Vec<(String, usize, &str, bool)> = Vec::new();
    for index in bylines {
        let text = line(index);
        let shape = stamp_shape(text);
        match stamps.iter_mut().find(|stamp| stamp.0 == shape) {
            Some(stamp) => stamp.3 |= stamp.2 != text && heads_a_post(index),
            None => stamps.push((shape, index, text, false)),
        }
    }
    let Some(opened) = stamps
        .iter()
        .filter(|stamp| stamp.3)
        .map(|stamp| stamp.1)
        .min()
    else {
        return FxHashSet::default();
    };
    candidates
        .iter()
        .map(|candidate| candidate.placed.line)
        .filter(|&index| index > opened)
        .collect()
}
