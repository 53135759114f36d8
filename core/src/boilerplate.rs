//! Page machinery: which lines of a scraped page are chrome and boilerplate, not news text
//! (mirrors `normalize/boilerplate.py`, and `normalize/page_machinery.py` for a page's blocks:
//! `machinery_lines`).
//!
//! Lines are classed by shape (counters, bylines, breadcrumbs, links, menus) and by the chrome
//! phrases of `chrome`. When a line is not clearly machinery it is kept.

mod patterns;

use std::borrow::Cow;
use std::cell::RefCell;
use std::sync::OnceLock;

use pyo3::prelude::*;
use pyo3::types::PyDict;
use rustc_hash::{FxHashMap, FxHashSet};

use crate::ad_slots::is_ad_slot_label;
use crate::back_links::is_back_link;
use crate::captions::quotes_a_notice;
use crate::chrome::{
    angle_label, chrome, ends_with_any, is_filing_line, is_one_word_outlet, is_outlet_name,
    is_poll_label, key_may_open, key_of_lower, line_key, starts_with_any, MAX_OUTLET_WORDS,
    TRAIL_ARROWS,
};
use crate::glued_bylines::head_before_byline;
use crate::kept::{kept, Kept};
use crate::per_thread::per_thread;
use crate::segment::chars;
use crate::text::{count_words, ends_with_ellipsis, space_bits, Phrases};
use crate::timestamps::boards::is_zone_statement;
use patterns::with_patterns;

/// What a line of a page is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LineKind {
    Text,
    Widget,
    Related,
    Teaser,
    Section,
    Site,
    Social,
    Copyright,
    Contact,
    Byline,
    About,
}

impl LineKind {
    /// The kind as Python names it.
    pub fn name(self) -> &'static str {
        match self {
            LineKind::Text => "text",
            LineKind::Widget => "widget",
            LineKind::Related => "related",
            LineKind::Teaser => "teaser",
            LineKind::Section => "section",
            LineKind::Site => "site",
            LineKind::Social => "social",
            LineKind::Copyright => "copyright",
            LineKind::Contact => "contact",
            LineKind::Byline => "byline",
            LineKind::About => "about",
        }
    }
}

/// How many parts of a line joined by separators make a breadcrumb.
const BREADCRUMB_PARTS: usize = 3;
/// A prompt or header recognised by its last words is a short line.
const SHORT_LINE_WORDS: usize = 6;
/// A share bar is read up to this many words: a button's label is three words at most
/// (Python's `_SHARE_BAR_WORDS`).
const SHARE_BAR_WORDS: usize = 16;
/// No widget, banner or notice runs longer than this many words; a longer line is text.
const MAX_MACHINERY_WORDS: usize = 30;
/// A menu is at least this many consecutive lines of at most this many words.
const MENU_LINES: usize = 4;
const MENU_ITEM_WORDS: usize = 3;
/// A menu printed on one line: this many labels at least, joined by bars.
const BAR_MENU_ITEMS: usize = 4;

/// The marks closing a credit's label among the chrome's prefixes ("source:", "사진=").
const LABEL_MARKS: [char; 2] = [':', '='];

/// The chrome's lists of phrases looked for inside a line, and the prefixes a line's key may
/// start with.
#[derive(Clone)]
struct LinePhrases {
    /// The related boxes' phrases and the copyright notices' words and signs as one: a line
    /// holding none of them (most lines) is searched once for them all.
    any: Phrases,
    related: Phrases,
    /// A copyright notice's words; the signs alone ("ⓒ") apart.
    copyright: Phrases,
    copyright_signs: Phrases,
    about: Phrases,
    prefixes: Openings,
    /// The prefixes closed by a mark, a credit's label ("source:", "사진=").
    credit_labels: Openings,
    /// The prefixes of more than one word or closed by a mark, which may follow an outlet's name
    /// (Python's `chrome.prefix_after_outlet`).
    outlet_prefixes: Openings,
}

/// Phrases a text may start with, by their first character: a text is compared only with
/// those that start as it does.
#[derive(Clone)]
struct Openings {
    by_first: FxHashMap<char, Vec<String>>,
    /// Whether one of them is empty (it starts every text).
    empty: bool,
}

impl Openings {
    fn new(phrases: &[String]) -> Openings {
        let mut by_first: FxHashMap<char, Vec<String>> = FxHashMap::default();
        for phrase in phrases {
            if let Some(first) = phrase.chars().next() {
                by_first.entry(first).or_default().push(phrase.clone());
            }
        }
        Openings {
            by_first,
            empty: phrases.iter().any(String::is_empty),
        }
    }

    /// Whether the key of a line (`line_key`) may start with one of the phrases, told without
    /// building it.
    fn may_open_key_of(&self, line: &str) -> bool {
        self.empty || key_may_open(line, |first| self.by_first.contains_key(&first))
    }

    /// Whether the text starts with one of the phrases (`starts_with_any`).
    fn open(&self, text: &str) -> bool {
        self.empty
            || text
                .chars()
                .next()
                .and_then(|first| self.by_first.get(&first))
                .is_some_and(|phrases| starts_with_any(text, phrases))
    }
}

per_thread! {
    fn phrases() -> LinePhrases {
        let tables = chrome();
        // a sign alone ("ⓒ") is looked for apart from a notice's words (`is_copyright`)
        let (signs, notices): (Vec<String>, Vec<String>) = tables
            .copyright
            .iter()
            .cloned()
            .partition(|phrase| phrase.chars().count() == 1);
        let credit_labels: Vec<String> = tables
            .prefixes
            .iter()
            .filter(|prefix| prefix.ends_with(LABEL_MARKS))
            .cloned()
            .collect();
        let outlet_prefixes: Vec<String> = tables
            .prefixes
            .iter()
            .filter(|prefix| prefix.contains(' ') || prefix.ends_with(LABEL_MARKS))
            .cloned()
            .collect();
        let every: Vec<String> = tables
            .related_phrases
            .iter()
            .chain(&tables.copyright)
            .cloned()
            .collect();
        LinePhrases {
            any: Phrases::new(&every),
            related: Phrases::new(&tables.related_phrases),
            copyright: Phrases::new(&notices),
            copyright_signs: Phrases::new(&signs),
            about: Phrases::new(&tables.about),
            prefixes: Openings::new(&tables.prefixes),
            credit_labels: Openings::new(&credit_labels),
            outlet_prefixes: Openings::new(&outlet_prefixes),
        }
    }
}

/// Whether a line opens with one of the chrome tables' fixed credit labels, a prefix closed by a
/// colon or an equals sign ("Source: …", "Источник: …", "사진=…"); a prompt's words with no mark
/// may open a headline too ("More from less: …") (Python's `opens_with_credit_label`).
pub fn opens_with_credit_label(line: &str) -> bool {
    let labels = &phrases().credit_labels;
    labels.may_open_key_of(line) && labels.open(&line_key(line))
}

/// Whether a prompt's fixed prefix follows the outlet's name, one word before it: the site's
/// tip line or credit under its name ("한빛TV 기사문의 및 제보 : 카톡 hanbit"), no title. `key`
/// is the line's key. The name is no bare outlet word, which opens a headline ("Daily Photo:
/// …"), and the prefix is a phrase or a label closed by its mark: a single word of one opens a
/// story about the outlet ("한빛TV 그래픽 자막 오류 사과").
fn prefix_after_outlet(line: &str, key: &str) -> bool {
    let rest = key.split_once(' ').map_or("", |(_, rest)| rest);
    phrases().outlet_prefixes.open(rest)
        && line
            .split_whitespace()
            .next()
            .is_some_and(is_one_word_outlet)
}

/// What a single line of a page is; `Text` unless it is clearly machinery.
pub fn line_kind(line: &str) -> LineKind {
    if holds_spaces(line, MAX_MACHINERY_WORDS) {
        return LineKind::Text; // a paragraph: content
    }
    short_line_kind(line)
}

/// Whether a line holds `count` spaces (" ") or more, counted eight bytes at a time (no
/// other character's bytes hold a space's) and no further than the chunk that makes the
/// count.
fn holds_spaces(line: &str, count: usize) -> bool {
    let mut chunks = line.as_bytes().chunks_exact(8);
    let mut found = 0;
    for chunk in &mut chunks {
        let Ok(eight) = <[u8; 8]>::try_from(chunk) else {
            continue;
        };
        // one bit a space, summed by the multiplication into the top byte
        let spaces = space_bits(&eight) >> 7;
        found += (spaces.wrapping_mul(0x0101_0101_0101_0101) >> 56) as usize;
        if found >= count {
            return true;
        }
    }
    found + chunks.remainder().iter().filter(|&&b| b == b' ').count() >= count
}

/// How many short lines each thread keeps the kind of (Python's `_short_line_kind` memo).
const KEPT_LINES: usize = 1 << 14;

/// The words of a writer's title that are a job's own, right before the job ("Staff Writer").
const JOB_WORDS: [&str; 6] = [
    "Staff",
    "Senior",
    "Chief",
    "Contributing",
    "Special",
    "Associate",
];

/// Whether the line is a writer's title: its words before the job end with a job's own, the
/// outlet's short name maybe before it ("Mail Staff Writer"), or are the outlet's name the page
/// prints on another line ("Courier Reporter"), not a headline's (`is_writer_title`, in
/// normalize/bylines.py).
fn is_writer_title<S: AsRef<str>>(lines: &[S], index: usize) -> bool {
    let Some(who) = with_patterns(|found| {
        let who = found.writer_title.captures(lines[index].as_ref())?;
        Some(who["who"].to_string())
    }) else {
        return false;
    };
    let who: Vec<&str> = who
        .split(chars::is_space)
        .filter(|word| !word.is_empty())
        .collect();
    let name = who.join(" ");
    !who.is_empty()
        && (who.last().is_some_and(|word| JOB_WORDS.contains(word))
            || lines
                .iter()
                .enumerate()
                .any(|(at, line)| at != index && line.as_ref().contains(&name)))
}

/// `line_kind` of a line shorter than a paragraph, kept: a site repeats its chrome.
fn short_line_kind(line: &str) -> LineKind {
    thread_local! {
        static KINDS: RefCell<Kept<LineKind>> = RefCell::new(Kept::new(KEPT_LINES));
    }
    kept(&KINDS, line, |line| {
        with_patterns(|found| kind_of_short(line, found))
    })
}

/// `short_line_kind` with the thread's patterns.
fn kind_of_short(line: &str, found: &patterns::Patterns) -> LineKind {
    if is_hashtag_line(line, found) {
        return LineKind::Text; // hashtags: content, however short the line
    }
    // the white space the patterns open with read past: a pager opens with its arrow, a
    // data field with its key's small letter and holds an underscore (asked before the patterns)
    let opening = line.trim_start();
    if opening.starts_with(['«', '‹']) && found.pager.is_match(line) {
        return LineKind::Related; // other posts' titles, no story's
    }
    if opening.starts_with(|c: char| c.is_ascii_lowercase())
        && memchr::memchr(b'_', line.as_bytes()).is_some()
        && found.field_key.is_match(line)
    {
        return LineKind::Widget; // a data field's key and value, no line of the page
    }
    let lowered = chars::lower(line);
    let key = key_of_lower(&lowered);
    let key = key.as_ref();
    let tables = chrome();
    // whether the line holds a related box's phrase or a copyright notice's words or sign
    let phrased = phrases().any.found_in(&lowered);
    // counted as far as the tests below read them: 25 words at most
    let words = count_words(key, 26);
    if words <= SHARE_BAR_WORDS && found.share_bar.is_match(line) {
        return LineKind::Social; // a share bar, its buttons' labels too: never a headline
    }
    // an ASCII key is joined by its ASCII marks only (no ASCII character is \p{So})
    let joined = if key.is_ascii() {
        memchr::memchr3(b'/', b'|', b',', key.as_bytes()).is_some()
    } else {
        found.join_mark.is_match(key)
    };
    let parts: Vec<&str> = if joined {
        found.section_joins.split(key).collect()
    } else {
        vec![key]
    };
    if tables.related.contains(key)
        || (phrased && phrases().related.found_in(&lowered))
        || (words <= SHORT_LINE_WORDS && ends_with_any(key, &tables.related_suffixes))
    {
        return LineKind::Related;
    }
    if tables.sections.contains(key) || all_known(&parts, &tables.sections) {
        return LineKind::Section;
    }
    if all_known(&parts, &tables.menu_items) {
        return LineKind::Widget; // "Terms of Service | Privacy Policy"
    }
    // a scraper's meta date glued before a fixed label (" date 2021-01-19 Connect with us"),
    // or before a byline, is read past
    let unstamped = if key.starts_with("date ") {
        found
            .meta_date
            .find(key)
            .map_or(key, |date| &key[date.end()..])
    } else {
        key
    };
    if tables.widgets.contains(key)
        || tables.widgets.contains(unstamped)
        || (may_hold_digit(key) && found.counter.is_match(key))
    {
        return LineKind::Widget;
    }
    if is_back_link(key, line) {
        return LineKind::Widget; // "Return to Edition Index": a link back to a part of the site
    }
    let digit_first = key.chars().next().is_some_and(may_be_digit);
    if words <= 12 && digit_first && found.counter_lead.is_match(key) {
        return LineKind::Widget; // "9,8 тыс. просмотров Премьера состоялась 12 июн. 2024 г."
    }
    if phrases().prefixes.open(key)
        || prefix_after_outlet(line, key)
        || (words <= SHORT_LINE_WORDS && ends_with_any(key, &tables.suffixes))
    {
        return LineKind::Widget;
    }
    if is_filing_line(key) {
        return LineKind::Widget; // "Categories: Harbour, News": what the post is filed under
    }
    if is_zone_statement(line) {
        return LineKind::Widget; // a forum's "All times are UTC+03:00": the board's, no title
    }
    if is_ad_slot_label(line) {
        return LineKind::Widget; // "Рекламный баннер 990x90px ban1": an ad slot's label
    }
    if digit_first && found.relative_time_line.is_match(key) {
        return LineKind::Widget; // "2 hours ago" under a teaser
    }
    if (is_breadcrumb(key, &parts, line) && !angle_label(line)) || is_bar_menu(line) {
        return LineKind::Widget;
    }
    if words <= 10 && byline_of(unstamped, line, found) {
        return LineKind::Byline;
    }
    if words <= 10 && may_hold_digit(key) && found.poster_counts.is_match(key) {
        return LineKind::Byline; // a poster's name and the post's counters: "느린산책 조회 수:3217"
    }
    if words <= 25 && is_copyright(line, &lowered, phrased, found) {
        return LineKind::Copyright;
    }
    if words <= 8 && is_social(line, found) {
        return LineKind::Social;
    }
    if !key.is_empty() && is_bare_link(key, found) {
        return LineKind::Social; // a bare link or address
    }
    if words <= 20
        && line.contains('@')
        && found.email.is_match(line)
        && head_before_byline(line).is_none()
    {
        return LineKind::Contact; // an e-mail, no headline before a byline glued on (print views)
    }
    if words <= MAX_OUTLET_WORDS && !line.contains(',') && is_outlet_name(line) {
        return LineKind::Site; // the outlet's name on a line of its own
    }
    if words <= 15 && is_control(line, &lowered, found) && !found.sentence_end.is_match(line) {
        return LineKind::Widget;
    }
    LineKind::Text
}

/// Whether a character may be a digit to the patterns (`\d`, Unicode's decimal digits): an
/// ASCII digit, or any character outside the ranges known to hold none (Latin, Greek and
/// Cyrillic; punctuation and symbols; CJK; Hangul syllables). Counters, counts of views and
/// relative times open with or hold one.
fn may_be_digit(c: char) -> bool {
    c.is_ascii_digit()
        || !matches!(
            c,
            '\0'..='\u{52f}' | '\u{2000}'..='\u{2bff}' | '\u{3000}'..='\u{9fff}' | '\u{ac00}'..='\u{d7a3}'
        )
}

/// Whether a text may hold a digit (`may_be_digit`), told from the bytes each character
/// starts with (and the byte after them where a range ends inside the characters they start);
/// eight ASCII bytes without a digit are passed over at once.
fn may_hold_digit(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        let next = || bytes.get(at + 1).copied().unwrap_or(0);
        let eight = || bytes.get(at..).and_then(|rest| rest.first_chunk::<8>());
        at += match byte {
            b'0'..=b'9' => return true,
            0..=0x7f if eight().is_some_and(ascii_without_digit) => 8,
            0..=0x7f => 1,
            // U+0080 to U+04FF, then to U+052F
            0xc2..=0xd3 => 2,
            0xd4 if next() <= 0xaf => 2,
            // U+2000 to U+2BFF, U+3000 to U+9FFF, the Hangul syllables
            0xe2 if next() <= 0xaf => 3,
            0xe3..=0xe9 => 3,
            0xea..=0xed if chars::hangul_syllable(bytes, at) => 3,
            _ => return true,
        };
    }
    false
}

/// Whether eight bytes are all ASCII and none is a digit, tested at once: a byte is a digit
/// when its high nibble is 3 (xor 0x30 leaves 0) and its low nibble below 10 (adding 6 does
/// not reach 16); no carry crosses a byte.
fn ascii_without_digit(eight: &[u8; 8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let bytes = u64::from_le_bytes(*eight);
    let shifted = bytes ^ (0x30 * ONES);
    let low = shifted & (0x0f * ONES);
    // zero in each byte that is a digit, not zero in any other
    let apart = (shifted & (0xf0 * ONES)) | ((low + 0x06 * ONES) & (0x10 * ONES));
    let has_zero = apart.wrapping_sub(ONES) & !apart & (0x80 * ONES);
    bytes & (0x80 * ONES) == 0 && has_zero == 0
}

// A byline's patterns and its writer's title: Python holds them in normalize/bylines.py.

/// Whether the line (`key` its key, past a scraper's meta date glued before it) is a byline
/// (Python's `is_byline`): "By Jane Roe, staff reporter", "이서준 기자", its writers' names,
/// three or more alone or two after "By", or a writer and an outlet or its staff.
pub fn is_byline(key: &str, line: &str) -> bool {
    with_patterns(|found| byline_of(key, line, found))
}

/// `is_byline` with the thread's patterns.
fn byline_of(key: &str, line: &str, found: &patterns::Patterns) -> bool {
    // Python's byline_from opens with "By"
    let by_from = || line.starts_with("By") && found.byline_from.is_match(line);
    let byline = || may_open_byline(key) && found.byline.is_match(key);
    // the names of three writers or more alone, the last joined by "and", "&" or "и" (the
    // names before it by commas), or of two or more after "By"
    let writers = || {
        (line.contains(',') || line.starts_with("By") || line.starts_with("by"))
            && found.writers.is_match(line)
    };
    // a writer and the outlet the story is from: "Ana Ruiz / Harbour Weekly"
    let writer_and_outlet = || line.contains(" / ") && found.writer_and_outlet.is_match(line);
    // a writer and the staff of that outlet: "Ana Ruiz – Harbour Weekly staff"
    let writer_of_staff = || line.ends_with(" staff") && found.writer_of_staff.is_match(line);
    byline() || by_from() || writers() || writer_and_outlet() || writer_of_staff()
}

/// Whether a key may open a byline: "by", "posted by", "written by" and a credit for the
/// words and the pictures ("story and photos by", "text and photos by") open the only ones
/// whose first letter is ASCII.
fn may_open_byline(key: &str) -> bool {
    key.bytes().next().is_some_and(|byte| {
        !byte.is_ascii() || matches!(byte.to_ascii_lowercase(), b'b' | b'p' | b'w' | b's' | b't')
    })
}

/// Hashtags alone (`hashtag_line`): only a line with a "#" may be one.
fn is_hashtag_line(line: &str, found: &patterns::Patterns) -> bool {
    chars::holds_any(line, &['#', '＃']) && found.hashtag_line.is_match(line)
}

/// Whether the line (`lowered` in small letters) is a copyright notice: it opens with a sign
/// and a year, holds a notice's words, or holds a sign of the notices' table ("ⓒ") and does not
/// tell of a notice, as a headline quoting one does (`quotes_a_notice`) (Python's
/// `captions.is_copyright_notice`); `phrased` says whether the line holds any of the
/// phrases at all (`LinePhrases::any`).
fn is_copyright(line: &str, lowered: &str, phrased: bool, found: &patterns::Patterns) -> bool {
    let phrases = phrases();
    is_copyright_year(lowered, found)
        || (phrased
            && (phrases.copyright.found_in(lowered)
                || (phrases.copyright_signs.found_in(lowered) && !quotes_a_notice(line))))
}

/// A copyright sign and a year opening a lower-case line, "copyright" maybe before them
/// (`copyright_year`): the sign or the word's first letter is the first character after white
/// space (Python's white space holds the pattern's).
fn is_copyright_year(lowered: &str, found: &patterns::Patterns) -> bool {
    let first = lowered.trim_start_matches(chars::is_space).chars().next();
    matches!(first, Some('©' | 'ⓒ' | '(' | 'c')) && found.copyright_year.is_match(lowered)
}

/// A social network's name and a separator (`social`): only a line with one of the
/// separators may be one.
fn is_social(line: &str, found: &patterns::Patterns) -> bool {
    let bytes = line.as_bytes();
    let separated = memchr::memchr3(b':', b'|', b'/', bytes).is_some()
        || memchr::memchr(b'-', bytes).is_some()
        || chars::holds_any(line, &['：']);
    separated && found.social.is_match(line)
}

/// A button named on the line (`control_words`), told first from the lower-case line
/// (`lowered`): "button" in any case is "button" lowered, and "кнопк" in any case holds "кн"
/// lowered (no other letter is either's capital or small letter).
fn is_control(line: &str, lowered: &str, found: &patterns::Patterns) -> bool {
    let named = lowered.contains("button") || lowered.contains("кн") || line.contains("버튼");
    named && found.control_words.is_match(line)
}

/// "Home › World › Asia", or "Главная / Новости / Общество / <headline>": known labels, then
/// the page's own title; the ">" closing a series' part in angle brackets is no crumb's mark
/// ("하천 정비 <하> 마을이 바뀌었다"). `parts` is the key split at section joins, `line` the
/// line the key was made from (its edges kept).
fn is_breadcrumb(key: &str, parts: &[&str], line: &str) -> bool {
    // A "»" closes a quotation opened with "«", as Russian quotes: no mark; so does the one
    // closing a quoted name a headline opens with, its words going on after it.
    let key = if key.contains('«') || opens_with_quoted_name(line) {
        Cow::Owned(key.replace('»', "\""))
    } else {
        Cow::Borrowed(key)
    };
    // The ">" of a series' part in angle brackets is a bracket: "병원평가 <상> 명의들".
    let key = if key.contains('<') {
        Cow::Owned(with_patterns(|found| {
            found.angle_pair.replace_all(&key, "$1").into_owned()
        }))
    } else {
        key
    };
    let crumbs = chars::holds_any(&key, &TRAIL_ARROWS)
        && with_patterns(|found| found.breadcrumb.is_match(&key));
    if crumbs {
        return true;
    }
    let known = &chrome().menu_items;
    parts.len() >= BREADCRUMB_PARTS
        && parts[..parts.len() - 1]
            .iter()
            .all(|part| known.contains(*part))
}

/// A quoted name opening a line, a word after it: "«Вести» отпраздновали …" (Python's
/// `_OPENING_QUOTED_NAME`; a masthead's "«Name.ru» – сетевое издание" is set off by a dash).
fn opens_with_quoted_name(line: &str) -> bool {
    let Some(rest) = line
        .trim_start_matches(char::is_whitespace)
        .strip_prefix('«')
    else {
        return false;
    };
    let Some(close) = rest.find(['«', '»']) else {
        return false;
    };
    let Some(after) = rest[close..].strip_prefix('»') else {
        return false;
    };
    let word = after.trim_start_matches(char::is_whitespace);
    close > 0
        && word.len() < after.len()
        && word.chars().next().is_some_and(|c| chars::is(c, chars::L))
}

/// Nothing but links and addresses, and the glue between them.
fn is_bare_link(key: &str, found: &patterns::Patterns) -> bool {
    // A key does not start with glue, so without an address a link must cover its start:
    // a scheme, "www.", or a domain's dot in the first word.
    let first_word = key.split(' ').next().unwrap_or_default();
    let may_link = key.starts_with("http") || key.starts_with("www.") || first_word.contains('.');
    let link_first = may_link && found.url_first.is_match(key);
    let email = key.contains('@') && found.email.is_match(key);
    if !(link_first || email) {
        return false;
    }
    let without_addresses = found.email.replace_all(key, "");
    let rest = found.url.replace_all(&without_addresses, "");
    rest.trim_matches([' ', ':', '|', '/', '-']).is_empty()
}

/// A menu on one line: `BAR_MENU_ITEMS` labels or more joined by bars, each of a few words
/// with a letter and no colon (a metadata row's "Updated: …" is no label, nor a table's
/// figures); a link's note in brackets after a label, "Council (YouTube)", counts no word.
fn is_bar_menu(line: &str) -> bool {
    let is_bar = |c: char| c == '|' || c == '｜';
    // the bars counted in the bytes: '|' is one byte; '｜' (U+FF5C) is the bytes EF BD 9C
    let bytes = line.as_bytes();
    static WIDE: OnceLock<memchr::memmem::Finder<'static>> = OnceLock::new();
    let wide = || {
        let finder = WIDE.get_or_init(|| memchr::memmem::Finder::new("｜"));
        finder.find_iter(bytes).count()
    };
    let bars = memchr::memchr_iter(b'|', bytes).count();
    if bars < BAR_MENU_ITEMS - 1 && bars + wide() < BAR_MENU_ITEMS - 1 {
        return false;
    }
    let labels: Vec<&str> = line
        .split(is_bar)
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .collect();
    labels.len() >= BAR_MENU_ITEMS
        && labels.iter().all(|label| {
            !label.contains(':')
                && label.chars().any(|c| chars::is(c, chars::L))
                && !more_words(without_link_note(label), MENU_ITEM_WORDS)
        })
}

/// A label without a link's note in brackets closing it (Python's `_LINK_NOTE`).
fn without_link_note(label: &str) -> &str {
    if !label.ends_with(')') {
        return label;
    }
    let inner = &label[..label.len() - 1];
    match inner.rfind(['(', ')']) {
        Some(at) if inner[at..].starts_with('(') => label[..at].trim_end(),
        _ => label,
    }
}

/// A line of several labels joined by separators (`parts`), each of them known.
fn all_known(parts: &[&str], labels: &FxHashSet<String>) -> bool {
    parts.len() > 1 && parts.iter().all(|part| labels.contains(*part))
}

/// Whether the first line of text below the line at `index` is another story's head, a box's
/// first item: a teaser cut short by an ellipsis, or three words or more that close no
/// sentence (Python's `_over_a_head`).
fn over_a_head<S: AsRef<str>>(lines: &[S], index: usize) -> bool {
    for line in &lines[index + 1..] {
        let line = line.as_ref();
        if line.is_empty() || line_kind(line) != LineKind::Text {
            continue;
        }
        let words = line
            .split_whitespace()
            .filter(|word| word.chars().any(char::is_alphabetic))
            .count();
        return ends_with_ellipsis(line)
            || (words >= 3 && !with_patterns(|found| found.sentence_end.is_match(line)));
    }
    false
}

/// More than `limit` words (Python's `len(text.split(maxsplit=limit)) > limit`).
fn more_words(text: &str, limit: usize) -> bool {
    count_words(text, limit + 1) > limit
}

/// A line of a "related" list: a section label, a short headline or a cut-off teaser.
pub fn is_teaser(line: &str) -> bool {
    line_kind(line) != LineKind::Text || is_teaser_text(line)
}

/// `is_teaser` of a line whose kind is `Text`: a short headline or a cut-off teaser.
fn is_teaser_text(line: &str) -> bool {
    ends_with_ellipsis(line) || !more_words(line, 20)
}

/// The kinds of a page's lines, by index, in the order they were decided (Python's dict).
#[derive(Debug, Default)]
struct Kinds {
    by_line: Vec<Option<LineKind>>,
    order: Vec<usize>,
}

impl Kinds {
    fn new(lines: usize) -> Kinds {
        Kinds {
            by_line: vec![None; lines],
            order: Vec::new(),
        }
    }

    fn get(&self, index: usize) -> Option<LineKind> {
        self.by_line.get(index).copied().flatten()
    }

    fn has(&self, index: Option<usize>) -> bool {
        index.is_some_and(|index| self.get(index).is_some())
    }

    /// Set a line's kind unless it has one (`dict.setdefault`).
    fn set_default(&mut self, index: usize, kind: LineKind) {
        if let Some(slot @ None) = self.by_line.get_mut(index) {
            *slot = Some(kind);
            self.order.push(index);
        }
    }

    fn into_vec(self) -> Vec<(usize, LineKind)> {
        let by_line = self.by_line;
        self.order
            .into_iter()
            .filter_map(|index| by_line[index].map(|kind| (index, kind)))
            .collect()
    }
}

/// The lines that are page machinery, by index, with their kind, in the order Python's dict
/// holds them.
///
/// A related-block header below some text takes the lines under it while they look like
/// teasers (kind `Teaser`) and stops at the first full paragraph. Above any text or sentence
/// and over no other story's head (`over_a_head`), the same label is the page's own, no machinery: a
/// roundup's title ("오늘의 주요뉴스" over the day's items); a blog's pager there still names
/// other posts. An outlet's self-description goes when machinery stands next to it.
pub fn machinery_lines<S: AsRef<str>>(lines: &[S]) -> Vec<(usize, LineKind)> {
    let mut kinds = Kinds::new(lines.len());
    let (mut in_related, mut seen_text, mut seen_sentence) = (false, false, false);
    for (index, line) in lines.iter().enumerate() {
        let line = line.as_ref();
        if line.is_empty() {
            continue;
        }
        let mut kind = line_kind(line);
        if kind == LineKind::Related {
            // Above the story, "Top stories" labels the page; over the page's own text, no
            // other story's head and no sentence above it, it is no machinery: a roundup's own
            // title ("오늘의 주요뉴스" over the day's items), though a pager names other posts
            // there too; below the story, a block of teasers, and below a post of short
            // sentences it still heads one ("'…' 카테고리의 다른 글" over a table of posts).
            in_related = seen_text;
            if !seen_text
                && !seen_sentence
                && !with_patterns(|found| found.pager.is_match(line))
                && !over_a_head(lines, index)
            {
                kind = LineKind::Text;
            }
        } else if in_related && kind == LineKind::Text && is_teaser_text(line) {
            kind = LineKind::Teaser;
        } else if kind == LineKind::Text {
            in_related = false;
            seen_text = seen_text || more_words(line, SHORT_LINE_WORDS);
            seen_sentence =
                seen_sentence || with_patterns(|found| found.sentence_end.is_match(line));
        }
        if kind != LineKind::Text {
            kinds.set_default(index, kind);
        }
    }
    let filled: Vec<usize> = (0..lines.len())
        .filter(|&index| !lines[index].as_ref().is_empty())
        .collect();
    take_menus(lines, &filled, &mut kinds);
    for (at, &index) in filled.iter().enumerate() {
        if kinds.has(Some(index)) {
            continue;
        }
        let before = at.checked_sub(1).map(|at| filled[at]);
        let after = filled.get(at + 1).copied();
        let line = lines[index].as_ref();
        let under_byline = before.is_some_and(|before| kinds.get(before) == Some(LineKind::Byline));
        if (kinds.has(before) || kinds.has(after)) && is_about(line) {
            kinds.set_default(index, LineKind::About);
        } else if under_byline && is_writer_title(lines, index) {
            // the writer's title under the name: "Courier Reporter"
            kinds.set_default(index, LineKind::Byline);
        } else if after.is_some_and(|after| is_channel(line, lines[after].as_ref())) {
            kinds.set_default(index, LineKind::Widget);
        } else if let Some(after) =
            // the question, at its end, is told before the label's key is built
            after.filter(|&after| asks(lines[after].as_ref()) && is_poll_label(line))
        {
            // a poll's box: its label and its question, another thing than the story
            kinds.set_default(index, LineKind::Related);
            kinds.set_default(after, LineKind::Teaser);
        }
    }
    kinds.into_vec()
}

/// Whether a line is a question, closed by its mark: a poll's under its label (Python's
/// `_asks` in `page_machinery`).
fn asks(line: &str) -> bool {
    line.trim_matches(chars::is_space).ends_with('?')
}

/// Navigation menus: runs of short lines, mostly known labels, go whole (the outlet's name
/// above them and the labels we do not know included).
fn take_menus<S: AsRef<str>>(lines: &[S], filled: &[usize], kinds: &mut Kinds) {
    with_patterns(|found| take_menus_with(lines, filled, kinds, found));
}

/// `take_menus` with the thread's patterns.
fn take_menus_with<S: AsRef<str>>(
    lines: &[S],
    filled: &[usize],
    kinds: &mut Kinds,
    found: &patterns::Patterns,
) {
    let mut run: Vec<usize> = Vec::new();
    for index in filled.iter().copied().map(Some).chain([None]) {
        if let Some(index) = index {
            let line = lines[index].as_ref();
            if !more_words(line, MENU_ITEM_WORDS)
                && !found.sentence_end.is_match(line)
                && !is_hashtag_line(line, found)
            {
                run.push(index);
                continue;
            }
        }
        if run.len() >= MENU_LINES {
            let known = run
                .iter()
                .filter(|&&item| {
                    matches!(
                        kinds.get(item),
                        Some(LineKind::Section) | Some(LineKind::Widget)
                    )
                })
                .count();
            if known * 2 >= run.len() {
                for &item in &run {
                    kinds.set_default(item, LineKind::Widget);
                }
            }
        }
        run.clear();
    }
}

/// A video page's channel name: a few words right above its subscriber count.
fn is_channel(line: &str, next_line: &str) -> bool {
    !more_words(line, 4)
        && with_patterns(|found| {
            // the subscribers first: the key is made only for a line that names them
            found.subscribers.is_match(next_line) && found.counter.is_match(&line_key(next_line))
        })
}

/// Whether the line holds a site's label of what it is about ("About us", "О проекте")
/// (Python's `is_about`).
pub fn is_about(line: &str) -> bool {
    phrases().about.found_in(&chars::lower(line))
}

// The twins of the differential test.

#[pyfunction]
#[pyo3(name = "boilerplate__line_kind")]
fn twin_line_kind(line: &str) -> &'static str {
    line_kind(line).name()
}

#[pyfunction]
#[pyo3(name = "boilerplate__is_teaser")]
fn twin_is_teaser(line: &str) -> bool {
    is_teaser(line)
}

/// The kinds as a dict, in the order Python's holds them.
#[pyfunction]
#[pyo3(name = "boilerplate__machinery_lines")]
fn twin_machinery_lines(py: Python<'_>, lines: Vec<String>) -> PyResult<Bound<'_, PyDict>> {
    let found = py.allow_threads(|| machinery_lines(&lines));
    let kinds = PyDict::new(py);
    for (index, kind) in found {
        kinds.set_item(index, kind.name())?;
    }
    Ok(kinds)
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(twin_line_kind, m)?)?;
    m.add_function(wrap_pyfunction!(twin_is_teaser, m)?)?;
    m.add_function(wrap_pyfunction!(twin_machinery_lines, m)?)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_character_outside_may_be_digit_is_a_digit_to_the_patterns() {
        let digit = regex::Regex::new(r"^\d$").unwrap();
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            if !may_be_digit(c) {
                assert!(!digit.is_match(c.encode_utf8(&mut [0; 4])), "{c:?}");
            }
        }
    }

    #[test]
    fn a_text_may_hold_a_digit_where_one_of_its_characters_may_be_one() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let text = format!("a{c}б");
            assert_eq!(may_hold_digit(&text), may_be_digit(c), "{c:?}");
        }
        for text in [
            "",
            "Новости дня",
            "서울 시청 앞",
            "views 12",
            "조회수 ٣",
            "a\u{2c00}",
        ] {
            assert_eq!(
                may_hold_digit(text),
                text.chars().any(may_be_digit),
                "{text}"
            );
        }
    }

    #[test]
    fn eight_bytes_are_told_without_a_digit_as_one_by_one() {
        for byte in 0..=u8::MAX {
            for place in 0..8 {
                let mut eight = *b"news day";
                eight[place] = byte;
                let expected = eight.iter().all(|b| b.is_ascii() && !b.is_ascii_digit());
                assert_eq!(ascii_without_digit(&eight), expected, "{eight:?}");
            }
        }
        assert!(!ascii_without_digit(b"09090909"));
        assert!(ascii_without_digit(b"////::::"));
    }

    #[test]
    fn spaces_are_counted_in_chunks_as_one_by_one() {
        let line = "a b  c\u{a0}d \u{3000}e\t f  g h ";
        for end in 0..=line.len() {
            let Some(part) = line.get(..end) else {
                continue;
            };
            let spaces = part.bytes().filter(|&b| b == b' ').count();
            for count in 0..=spaces + 1 {
                assert_eq!(
                    holds_spaces(part, count),
                    spaces >= count,
                    "{part:?} {count}"
                );
            }
        }
    }
}
