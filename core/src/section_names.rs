//! Lines that name what a page gathers rather than head a story (mirrors
//! `normalize/section_names.py`): a section's or a topic's name of a word or two printed above
//! the story heads it gathers, a series' name printed again in brackets on its article's
//! headline line, the items of a bulleted list, a list's name above the numbered heads it
//! gathers, and a bulleted trail's last crumb above the headline it paraphrases. A trail's
//! last part of a headline's length after a guillemet is no section's name but the page's
//! title, though its line is machinery.

use regex::Regex;
use rustc_hash::{FxHashMap, FxHashSet};

use crate::corners::is_corner_copy;
use crate::echo::{LineKeys, Placed};
use crate::headline::{
    is_story_head, set_signal, signal, Candidate, BULLETS, HEAD_ECHO, HEAD_WORDS,
};
use crate::page::{echo_words, EchoWords};
use crate::per_thread::per_thread;
use crate::segment::chars::{is, strip, L};
use crate::text::{count_words, holds_words};
use crate::titles::{cut_headline, title_key};

per_thread! {
    /// A label in square brackets, maybe with its number in the series: "[Walks of the Town
    /// 12]" (`_BRACKETED`).
    fn bracketed() -> Regex {
        Regex::new(r"\[([^\[\]]{1,40}?)(?:\s*\d{1,4})?\]").expect("a valid pattern")
    }
}

per_thread! {
    /// A numbered item's number and the space after it, its words maybe opening with a
    /// quotation mark: "2. «…»" (`_ITEM_NUMBER`).
    fn item_number_pattern() -> Regex {
        Regex::new(r"^([0-9]{1,2})[.)]\s").expect("a valid pattern")
    }
}

per_thread! {
    /// What joins a trail's parts on one line: "Farming » <headline>" (`_GUILLEMET`).
    fn guillemet() -> Regex {
        Regex::new(r"\s*[»›]\s*").expect("a valid pattern")
    }
}

/// A trail's crumbs are short; a last part of this many words or more is a headline.
const TRAIL_HEAD_WORDS: usize = 4;

/// Whether the candidate's text is the last part of a trail joined by guillemets on its line,
/// as long as a headline: the trail is machinery, its last part the page's title
/// (`ends_a_trail`).
pub fn ends_a_trail(text: &str, line: &str) -> bool {
    if !line.contains(['»', '›']) {
        return false;
    }
    let pattern = guillemet();
    let mut parts = pattern.split(strip(line));
    let first = parts.next();
    let last = parts.last();
    first.is_some()
        && last.is_some_and(|last| last == text)
        && count_words(text, TRAIL_HEAD_WORDS) >= TRAIL_HEAD_WORDS
}

/// The series' names the page's lines with text print in square brackets, maybe with a number
/// after each (`filled` its lines with text, `line` their text): each name's key with the
/// place of its line among `filled`, read once for all the candidates of the page (Python's
/// `series_names`).
pub fn series_names<'a>(
    filled: &[usize],
    line: &impl Fn(usize) -> &'a str,
) -> Vec<(usize, String)> {
    let mut names = Vec::new();
    for (order, &index) in filled.iter().enumerate() {
        let text = line(index);
        // a corner's name printed twice alone in brackets names its own page
        if memchr::memchr(b'[', text.as_bytes()).is_none()
            || is_corner_copy(|k| line(filled[k]), filled.len(), order)
        {
            continue;
        }
        for found in bracketed().captures_iter(text) {
            if let (Some(whole), Some(label)) = (found.get(0), found.get(1)) {
                if !titles_a_photo(text, whole.start(), whole.end(), label.as_str()) {
                    names.push((order, title_key(label.as_str())));
                }
            }
        }
    }
    names
}

/// A photograph's label after its title in brackets has this many words at most: "뉴스 이미지"
/// (`_PHOTO_LABEL_WORDS`).
const PHOTO_LABEL_WORDS: usize = 2;

/// A photograph's title in brackets, the headline's, has this many words at least; a series'
/// name has fewer ("[Notes from the Harbour] Ferry timetable") (`_PHOTO_TITLE_WORDS`).
const PHOTO_TITLE_WORDS: usize = 5;

/// Whether the bracket found (`start`..`end` of the line's `text`, holding `name`) opens its
/// line, holds a headline's words, five or more, and a label of a word or two closes it: a
/// photograph's alt text, the page's title in brackets and what the picture is ("[Ferry fares
/// rise on island routes] news image"), no series named beside a head (Python's
/// `_titles_a_photo`).
fn titles_a_photo(text: &str, start: usize, end: usize, name: &str) -> bool {
    let label = text[end..].split_whitespace().count();
    text[..start].trim().is_empty()
        && (1..=PHOTO_LABEL_WORDS).contains(&label)
        && name.split_whitespace().count() >= PHOTO_TITLE_WORDS
}

/// Whether another line of the page prints the candidate in square brackets, maybe with a
/// number after it (`names`: the page's `series_names`): the name of the series that line's
/// article belongs to (Python's `names_a_series`).
pub fn names_a_series(candidate: &Placed, names: &[(usize, String)]) -> bool {
    names
        .iter()
        .any(|(order, key)| *order != candidate.order && *key == candidate.key)
}

/// A section's name has this many words at most, and a story head stands this many lines with
/// text below it at most.
const NAME_WORDS: usize = 2;
const HEAD_BELOW: usize = 2;
/// A bullet that opens this many lines of the page besides a candidate's opens a list's items.
const LIST_ITEMS: usize = 3;

/// The lines of the candidates of `NAME_WORDS` words or fewer with a story head just below
/// them, not in small letters (a photograph's alt text heads no story), that the text echoes at
/// least as much, and that does not hold all their words (`words` are the candidates' echo
/// words): the name of the section or topic whose stories follow.
pub fn section_names(candidates: &[Candidate], words: &[EchoWords]) -> FxHashSet<usize> {
    let mut names = FxHashSet::default();
    for (k, candidate) in candidates.iter().enumerate() {
        let own = &words[k];
        if own.is_empty() || candidate.words(NAME_WORDS + 1) > NAME_WORDS {
            continue;
        }
        let echo = signal(&candidate.signals, "echo");
        let below = candidates.iter().enumerate().any(|(h, head)| {
            head.placed.order > candidate.placed.order
                && head.placed.order - candidate.placed.order <= HEAD_BELOW
                && is_story_head(head, HEAD_ECHO, HEAD_WORDS)
                && signal(&head.signals, "lower_case") == 0.0
                && signal(&head.signals, "echo") >= echo
                && own.shared_with(&words[h]) < own.len()
        });
        if below {
            names.insert(candidate.placed.line);
        }
    }
    names
}

/// Whether the line with text at `at` and the lines with text right above and right below it
/// each open with a bullet: a list's item between two others, never a page's headline (`text`
/// gives the page's lines with text by rank, `count` of them; Python's `is_middle_item`).
pub fn is_middle_item<'a>(text: impl Fn(usize) -> &'a str, count: usize, at: usize) -> bool {
    at > 0
        && at + 1 < count
        && (at - 1..=at + 1).all(|r| text(r).chars().next().is_some_and(|c| BULLETS.contains(&c)))
}

/// The lines of the candidates that are a bulleted list's items: their line and the lines with
/// text right above and right below it each open with a bullet, or their line and a
/// candidate's right above or right below it do (two items: a trail's crumbs over a headline;
/// a bare bullet or a bulleted dateline is no item), or their bullet opens `LIST_ITEMS` other
/// lines of the page at least (`filled` in order).
pub fn bullet_items<S: AsRef<str>>(
    candidates: &[Candidate],
    lines: &LineKeys<S>,
    filled: &[usize],
) -> FxHashSet<usize> {
    let bullet = |rank: usize| {
        filled
            .get(rank)
            .and_then(|&i| lines.line(i).chars().next())
            .filter(|first| BULLETS.contains(first))
    };
    let mut opening = [0usize; BULLETS.len()];
    for rank in 0..filled.len() {
        if let Some(at) = bullet(rank).and_then(|b| BULLETS.iter().position(|&c| c == b)) {
            opening[at] += 1;
        }
    }
    let listed = |rank: usize| {
        bullet(rank)
            .and_then(|b| BULLETS.iter().position(|&c| c == b))
            .is_some_and(|at| opening[at] > LIST_ITEMS)
    };
    let heads: FxHashSet<usize> = candidates.iter().map(|c| c.placed.order).collect();
    candidates
        .iter()
        .filter(|c| {
            let at = c.placed.order;
            is_middle_item(|r| lines.line(filled[r]), filled.len(), at)
                || (bullet(at).is_some()
                    && [at.checked_sub(1), Some(at + 1)]
                        .into_iter()
                        .flatten()
                        .any(|r| heads.contains(&r) && bullet(r).is_some()))
                || listed(at)
        })
        .map(|c| c.placed.line)
        .collect()
}

/// The lines of the candidates right above a numbered list of heads, each shorter than a
/// headline (no `length` signal: three words at most): the lines with text below them open with
/// the numbers 1, 2, 3, … and a space (`LIST_ITEMS` of them at least), each a candidate's line
/// and none a sentence: the name of what the list gathers, no story's headline, which is as
/// long as a headline ("Top 5 trails near Marlow Bay" over its trails) (`filled` the page's
/// lines with text, in order; Python's `numbered_list_names`).
pub fn numbered_list_names<S: AsRef<str>>(
    candidates: &[Candidate],
    lines: &LineKeys<S>,
    filled: &[usize],
) -> FxHashSet<usize> {
    let short = |c: &&Candidate| signal(&c.signals, "length") < 1.0;
    // most pages have no list: no short candidate stands right above a line numbered 1
    let opens_list = |c: &Candidate| {
        filled
            .get(c.placed.order + 1)
            .is_some_and(|&i| item_number(lines.line(i)) == Some(1))
    };
    if !candidates.iter().filter(short).any(opens_list) {
        return FxHashSet::default();
    }
    let heads: FxHashSet<usize> = candidates
        .iter()
        .filter(|c| signal(&c.signals, "sentence") == 0.0)
        .map(|c| c.placed.order)
        .collect();
    candidates
        .iter()
        .filter(short)
        .filter(|c| {
            let (mut count, mut at) = (0u32, c.placed.order + 1);
            while heads.contains(&at) && item_number(lines.line(filled[at])) == Some(count + 1) {
                count += 1;
                at += 1;
            }
            count as usize >= LIST_ITEMS
        })
        .map(|c| c.placed.line)
        .collect()
}

/// The number that opens a numbered item's line before a space, if one does (Python's
/// `_item_number`).
fn item_number(text: &str) -> Option<u32> {
    if !text.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    item_number_pattern()
        .captures(text)
        .and_then(|found| found.get(1)?.as_str().parse().ok())
}

/// Marks as machinery (a section's label) the candidates that name a section above its stories,
/// are a bulleted list's items (`bulleted`, as `bullet_items` gives them) or name a numbered
/// list of heads, once every other signal is known.
pub fn mark_labels<S: AsRef<str>>(
    candidates: &mut [Candidate],
    words: &[EchoWords],
    lines: &LineKeys<S>,
    filled: &[usize],
    bulleted: FxHashSet<usize>,
) {
    let mut labels = section_names(candidates, words);
    labels.extend(bulleted);
    labels.extend(numbered_list_names(candidates, lines, filled));
    for candidate in candidates.iter_mut() {
        if labels.contains(&candidate.placed.line) {
            set_signal(&mut candidate.signals, "machinery", 1.0);
        }
    }
}

/// Whether the line at this rank ends a bulleted trail (it and the line above open with a
/// bullet) right above a heading, no item, whose key holds its key and more: the trail's crumb
/// for the page (`is_last_crumb` in `normalize/section_names.py`).
pub fn is_last_crumb<'a>(
    filled: &[usize],
    line: &impl Fn(usize) -> &'a str,
    at: usize,
    key: &str,
    key_below: &str,
) -> bool {
    let bulleted = |rank: usize| {
        filled
            .get(rank)
            .is_some_and(|&i| line(i).starts_with(BULLETS))
    };
    0 < at
        && at + 1 < filled.len()
        && bulleted(at - 1)
        && bulleted(at)
        && !bulleted(at + 1)
        && key_below != key
        && holds_words(key_below, key)
}

per_thread! {
    /// A trail's crumbs joined by spaced angle brackets: "HOME > 목회자코너 > 칼럼"
    /// (`_ANGLE_CRUMB`).
    fn angle_crumb() -> Regex {
        Regex::new(r"\s+>\s+").expect("a valid pattern")
    }
}

/// A board's trail holds this many crumbs at least: its home, a section, the board.
const BOARD_CRUMBS: usize = 3;
/// A post's title stands this many lines below the board's name at least: the trail between.
const BOARD_TITLE_AT: usize = 2;

/// The lines of a board's name printed over its trail, the trail ending with it, and of the
/// trail: the post's headline is the candidate right below the trail, over the post's dated
/// line, and the post below the dated line echoes it more than the name; a news page's
/// headline over a trail ending with it, its deck below, stays (`board_names` in
/// `normalize/section_names.py`).
pub fn board_names<'a>(
    found: &[&Placed],
    filled: &[usize],
    line: &impl Fn(usize) -> &'a str,
    dated: &FxHashSet<usize>,
) -> FxHashSet<usize> {
    let at: FxHashMap<usize, &Placed> = found.iter().map(|c| (c.order, *c)).collect();
    let mut names = FxHashSet::default();
    for c in found {
        let (Some(trail), Some(below)) = (at.get(&(c.order + 1)), at.get(&(c.order + 2))) else {
            continue;
        };
        let over_dated = filled.get(c.order + 3).is_some_and(|i| dated.contains(i));
        if below.key == c.key || !over_dated {
            continue;
        }
        let crumbs: Vec<&str> = angle_crumb()
            .split(strip(line(filled[c.order + 1])))
            .collect();
        let named = crumbs
            .last()
            .is_some_and(|last| title_key(&cut_headline(last)) == c.key);
        if crumbs.len() < BOARD_CRUMBS || !named {
            continue;
        }
        let post: Vec<&str> = filled[c.order + 4..].iter().map(|&i| line(i)).collect();
        if echoed_more(&below.text, &c.text, &echo_words(&post.join(" "))) {
            names.insert(c.line);
            names.insert(trail.line);
        }
    }
    names
}

/// Whether the line at `at` among the filled lines stands where a board prints its post's
/// title, however short the title: right below a trail of angle crumbs (`BOARD_CRUMBS` at
/// least) whose last crumb the line over the trail prints, and right over a dated line
/// (`dated` holds the dated lines), the post's writer and time; the line holds two letters in
/// a row at least (`is_board_post_title` in `normalize/section_names.py`).
pub fn is_board_post_title<'a>(
    filled: &[usize],
    line: &impl Fn(usize) -> &'a str,
    at: usize,
    dated: &FxHashSet<usize>,
) -> bool {
    let over_dated = filled.get(at + 1).is_some_and(|i| dated.contains(i));
    if at < BOARD_TITLE_AT || !over_dated || !holds_two_letters(line(filled[at])) {
        return false;
    }
    let crumbs: Vec<&str> = angle_crumb().split(strip(line(filled[at - 1]))).collect();
    let Some(last) = crumbs.last().filter(|_| crumbs.len() >= BOARD_CRUMBS) else {
        return false;
    };
    let name = title_key(&cut_headline(line(filled[at - 2])));
    !name.is_empty() && title_key(&cut_headline(last)) == name
}

/// Whether the text holds two letters in a row (`_TWO_LETTERS`).
fn holds_two_letters(text: &str) -> bool {
    let mut after_letter = false;
    text.chars().any(|c| {
        let letter = is(c, L);
        let pair = after_letter && letter;
        after_letter = letter;
        pair
    })
}

/// Whether `words` hold a larger share of the text's echo words than of the other's
/// (`echoed_more` in `normalize/section_names.py`).
fn echoed_more(text: &str, other: &str, words: &EchoWords) -> bool {
    let (mine, theirs) = (echo_words(text), echo_words(other));
    mine.shared_with(words) * theirs.len() > theirs.shared_with(words) * mine.len()
}

per_thread! {
    /// A menu's item in capitals: a word or two, letters alone, none small (`_CAPITAL_ITEM`).
    fn capital_item() -> Regex {
        Regex::new(r"^\p{Lu}[\p{Lu}-]+(?:\s\p{Lu}[\p{Lu}-]+)?$").expect("a valid pattern")
    }
}

/// A menu holds this many items in capitals, one a line, at least: a story's head in capitals
/// holds three short lines at most, its rubric, its headline and its place (`_MENU_ITEMS`).
const MENU_ITEMS: usize = 4;

/// The lines of a menu printed one item a line in capitals, `MENU_ITEMS` items or more in a
/// row among the lines with text (`filled`, `line` their text), each a word or two: a site's
/// sections, never a headline (Python's `capital_menu`, which gives their places among the
/// lines with text).
pub fn capital_menu<'a>(filled: &[usize], line: &impl Fn(usize) -> &'a str) -> FxHashSet<usize> {
    let pattern = capital_item();
    let mut menu = FxHashSet::default();
    let mut run: Vec<usize> = Vec::new();
    for &index in filled {
        let text = line(index);
        if text.chars().next().is_some_and(char::is_uppercase) && pattern.is_match(text) {
            run.push(index);
            continue;
        }
        if run.len() >= MENU_ITEMS {
            menu.extend(run.iter().copied());
        }
        run.clear();
    }
    if run.len() >= MENU_ITEMS {
        menu.extend(run);
    }
    menu
}
