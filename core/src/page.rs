//! A page's lines and what each of them is: machinery, hashtags, datelines (mirrors
//! `normalize/page.py`).
//!
//! The headline chooser and the time chooser both read these facts. Offsets are code points.

use std::collections::{BTreeMap, BTreeSet};

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use regex::Regex;
use rustc_hash::FxHashSet;

use crate::boilerplate::{machinery_lines, LineKind};
use crate::chrome::{is_tag_line, line_key, HASH_SIGNS};
use crate::hashtags::{distinct_hashtags, find_hashtags, is_listed, Hashtag};
use crate::languages::fragments::{detect_language, page_language};
use crate::per_thread::per_thread;
use crate::segment::chars::{self, HANGUL, L, M, ND};
use crate::spaced_tags::{bulleted_tags, spaced_tags};
use crate::text::split_lines;
use crate::timestamps::grammar::words;
use crate::timestamps::{dateline_tuple, find_datelines, zones, Dateline, DatelineTuple};

/// A line is a dateline when timestamps and their labels cover this share of its characters.
const DATELINE_COVERAGE: f64 = 0.6;
/// How much of the page is read to tell its language (for the zone a reader would assume).
const LANGUAGE_SAMPLE_CHARS: usize = 600;
/// Words are compared by their first letters: a crude stem (endings and particles attach last).
const STEM: usize = 5;
/// Hangul words by their first syllables: a particle or ending is one syllable or two.
const HANGUL_STEM: usize = 3;
/// The particles of one syllable that close a noun ("개표가", "주민에"): a word of three
/// syllables ending in one is its noun of two (`_PARTICLES`).
const PARTICLES: [char; 13] = [
    '이', '가', '은', '는', '을', '를', '의', '에', '도', '와', '과', '로', '만',
];
/// Stress marks (an encyclopedia's "Вече́рний") are no part of a word.
const STRESS_MARKS: [char; 2] = ['\u{300}', '\u{301}'];

/// The words of a line's echo (`echo_words`), each once: a word of up to 15 bytes packed in
/// a number with its length (no string of its own), in the order the text gives them and
/// found by a table of their places; a longer one as text, sorted.
#[derive(Debug, Clone, Default)]
pub struct EchoWords {
    short: Vec<u128>,
    long: Vec<Box<str>>,
    /// One bit of 512 for each packed word (`sign`): a packed word whose bit is not set is
    /// none of these, told without searching them.
    signs: [u64; 8],
    /// An open-addressed table of the packed words' places in `short` (place + 1, 0 for an
    /// empty slot), its size a power of two at least twice their number; empty for none.
    slots: Vec<u32>,
}

/// Which of the 512 bits of `EchoWords::signs` stands for a packed word.
#[inline]
fn sign(packed: u128) -> usize {
    (mixed(packed) >> 55) as usize
}

/// A packed word's bits mixed into 64.
#[inline]
fn mixed(packed: u128) -> u64 {
    let folded = (packed as u64) ^ ((packed >> 64) as u64);
    folded.wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// The first slot of a packed word in a table of `mask + 1` slots.
#[inline]
fn first_slot(packed: u128, mask: usize) -> usize {
    // the bits below those of its sign
    ((mixed(packed) >> 23) as usize) & mask
}

/// A word of up to 15 bytes as one number: its bytes, then its length in the last byte.
fn pack(word: &str) -> Option<u128> {
    let bytes = word.as_bytes();
    (bytes.len() < 16).then(|| {
        let mut packed = [0u8; 16];
        packed[..bytes.len()].copy_from_slice(bytes);
        packed[15] = bytes.len() as u8;
        u128::from_le_bytes(packed)
    })
}

/// The word a number packs (`pack` undone).
fn unpack(packed: u128) -> String {
    let bytes = packed.to_le_bytes();
    let length = usize::from(bytes[15]).min(15);
    String::from_utf8_lossy(&bytes[..length]).into_owned()
}

impl EchoWords {
    /// Room for the words of a text `bytes` long: a word of four letters or two digits and
    /// the space after it take three bytes at least, and most take more.
    fn for_text(bytes: usize) -> Self {
        EchoWords {
            short: Vec::with_capacity(bytes / 6),
            long: Vec::new(),
            signs: [0; 8],
            slots: Vec::new(),
        }
    }

    /// Adds a word (`sorted` makes the words distinct after).
    fn add(&mut self, word: &str) {
        match pack(word) {
            Some(packed) => self.short.push(packed),
            None => self.long.push(word.into()),
        }
    }

    /// The words each once, the first of each kept in its place, and their table.
    fn sorted(mut self) -> Self {
        self.long.sort_unstable();
        self.long.dedup();
        if self.short.is_empty() {
            return self;
        }
        let size = (2 * self.short.len()).next_power_of_two();
        let mask = size - 1;
        let mut slots = vec![0u32; size];
        let mut kept = 0;
        for read in 0..self.short.len() {
            let packed = self.short[read];
            let mut slot = first_slot(packed, mask);
            loop {
                let place = slots[slot] as usize;
                if place == 0 {
                    self.short[kept] = packed;
                    kept += 1;
                    slots[slot] = kept as u32;
                    let bit = sign(packed);
                    self.signs[bit >> 6] |= 1 << (bit & 63);
                    break;
                }
                if self.short[place - 1] == packed {
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
        self.short.truncate(kept);
        self.slots = slots;
        self
    }

    /// Whether a packed word is one of these.
    #[inline]
    fn holds(&self, packed: u128) -> bool {
        let bit = sign(packed);
        if self.signs[bit >> 6] & (1 << (bit & 63)) == 0 {
            return false;
        }
        let mask = self.slots.len() - 1;
        let mut slot = first_slot(packed, mask);
        loop {
            match self.slots[slot] as usize {
                0 => return false,
                place if self.short[place - 1] == packed => return true,
                _ => slot = (slot + 1) & mask,
            }
        }
    }

    /// How many distinct words.
    pub fn len(&self) -> usize {
        self.short.len() + self.long.len()
    }

    pub fn is_empty(&self) -> bool {
        self.short.is_empty() && self.long.is_empty()
    }

    /// How many of these words `other` holds too.
    pub fn shared_with(&self, other: &EchoWords) -> usize {
        // the fewer packed words looked for among the more
        let (few, many) = if self.short.len() <= other.short.len() {
            (self, other)
        } else {
            (other, self)
        };
        let short = few.short.iter().filter(|&&word| many.holds(word)).count();
        short + sorted_shared(&self.long, &other.long)
    }

    /// Marks in `found` (one flag a word, `len` of them) the words `other` holds too; how
    /// many flags are set after.
    pub fn mark_held(&self, other: &EchoWords, found: &mut [bool]) -> usize {
        let (short, long) = found.split_at_mut(self.short.len().min(found.len()));
        for (&word, held) in self.short.iter().zip(short.iter_mut()) {
            if !*held && other.holds(word) {
                *held = true;
            }
        }
        mark_sorted(&self.long, &other.long, long);
        found.iter().filter(|&&held| held).count()
    }

    /// The words as strings.
    pub fn to_strings(&self) -> FxHashSet<String> {
        let short = self.short.iter().map(|&packed| unpack(packed));
        short
            .chain(self.long.iter().map(|word| word.to_string()))
            .collect()
    }
}

/// The same words, in whatever order.
impl PartialEq for EchoWords {
    fn eq(&self, other: &Self) -> bool {
        self.long == other.long
            && self.short.len() == other.short.len()
            && self.short.iter().all(|&word| other.holds(word))
    }
}

/// How many items two sorted lists of distinct items share.
fn sorted_shared<T: Ord>(one: &[T], other: &[T]) -> usize {
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < one.len() && j < other.len() {
        match one[i].cmp(&other[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    shared
}

/// Sets `found[k]` when `other` (sorted) holds `one[k]`.
fn mark_sorted<T: Ord>(one: &[T], other: &[T], found: &mut [bool]) {
    for (word, held) in one.iter().zip(found.iter_mut()) {
        if !*held && other.binary_search(word).is_ok() {
            *held = true;
        }
    }
}

/// What the lines of a page are.
#[derive(Debug, Clone)]
pub struct Page<'a> {
    /// The lines of the cleaned page.
    pub lines: Vec<&'a str>,
    /// The machinery lines and their kinds, in the order Python's dict holds them.
    pub machinery: Vec<(usize, LineKind)>,
    /// The page's own tags, each once.
    pub hashtags: Vec<Hashtag>,
    /// Lines of hashtags alone.
    pub hashtag_lines: BTreeSet<usize>,
    /// Every time that may be the page's own.
    pub datelines: Vec<Dateline>,
    /// Lines that are mostly a timestamp.
    pub dateline_lines: BTreeSet<usize>,
    pub bylines: BTreeSet<usize>,
}

/// Whether a machinery line is a tag label's line of hashtags (`is_tag_line`; Python's
/// `_tag_line`).
fn tag_line(line: &str) -> bool {
    chars::holds_any(line, &HASH_SIGNS) && is_tag_line(&line_key(line))
}

/// The facts of a cleaned page's lines, read in the caller's zone (`default_tz`) and at the
/// caller's instant (`now`, microseconds), as `Options` gives them.
pub fn read_page<'a>(
    cleaned: &'a str,
    default_tz: Option<&str>,
    now: Option<i64>,
) -> Result<Page<'a>, String> {
    let lines: Vec<&str> = split_lines(cleaned).collect();
    let machinery = machinery_lines(&lines);
    // each line's kind, when it is machinery
    let mut kinds: Vec<Option<LineKind>> = vec![None; lines.len()];
    for &(i, kind) in &machinery {
        if let Some(slot) = kinds.get_mut(i) {
            *slot = Some(kind);
        }
    }
    let kept: Vec<&str> = lines
        .iter()
        .zip(&kinds)
        .map(|(&line, kind)| if kind.is_some() { "" } else { line })
        .collect();
    // a tag label's line of hashtags ("Tags: #HarbourFair, #Marlow") is machinery, no headline
    // and no text, but its hashtags are the page's
    let tagged: Vec<&str> = lines
        .iter()
        .zip(&kept)
        .zip(&kinds)
        .map(|((&line, &kept), kind)| {
            if kind.is_some() && tag_line(line) {
                line
            } else {
                kept
            }
        })
        .collect();
    let mut tags_by_line: Vec<(usize, Vec<Hashtag>)> = Vec::new();
    // the lines of tags holding spaces
    let mut spaced: FxHashSet<usize> = FxHashSet::default();
    // a page without a hash sign has no line with one: its lines are not searched one by one
    let signed = chars::holds_any(cleaned, &HASH_SIGNS);
    // a list of tags, one a line: "- # 정원"
    let mut bulleted = if signed {
        bulleted_tags(&tagged)?
    } else {
        Default::default()
    };
    for (i, line) in tagged.iter().enumerate().filter(|_| signed) {
        if chars::holds_any(line, &HASH_SIGNS) {
            let mut tags = spaced_tags(line)?;
            if let Some(listed) = bulleted.remove(&i) {
                tags = listed;
                spaced.insert(i);
            } else if tags.is_empty() {
                tags = find_hashtags(line)?;
            } else {
                spaced.insert(i);
            }
            tags_by_line.push((i, with_language(tags)?));
        }
    }
    // The page's own tags, each once: not the ones used as words of its sentences, nor a
    // menu's anchor.
    let listed: Vec<&Hashtag> = tags_by_line
        .iter()
        .filter(|(i, tags)| !heads_list(&lines, *i, tags))
        .flat_map(|(i, tags)| {
            tags.iter()
                .filter(|tag| spaced.contains(i) || is_listed(tagged[*i], tag.start, tag.end))
        })
        .collect();
    let hashtags = distinct_hashtags(listed.iter().map(|tag| tag.tag.as_str()))
        .into_iter()
        .filter_map(|k| listed.get(k).map(|tag| (*tag).clone()))
        .collect();
    let hashtag_lines = tags_by_line
        .iter()
        .filter(|(i, tags)| only_hashtags(tagged[*i], tags))
        .map(|(i, _)| *i)
        .collect();
    // Times are looked for on every line but the related blocks and the images' captions.
    let mut others = other_stories(&lines, &kinds);
    for (other, line) in others.iter_mut().zip(&lines) {
        // a markdown image's mark opens its caption: a bracketed date there is the photograph's
        *other |= dates_a_photograph(line);
    }
    // the page's last line of text, taken into a block of other stories, may be its own stamp
    let foot = boxed_foot(&lines, &others);
    let mut dated: Vec<&str> = lines
        .iter()
        .zip(&others)
        .enumerate()
        .map(|(i, (&line, &other))| if other && Some(i) != foot { "" } else { line })
        .collect();
    let sample = joined_head(&kept, LANGUAGE_SAMPLE_CHARS);
    let lang = page_language(&sample)?;
    let zone = default_tz
        .map(zones::named_zone)
        .transpose()
        .map_err(|error| error.to_string())?;
    let mut datelines = find_datelines(&dated.join("\n"), zone, default_tz, now, lang.as_deref())
        .map_err(|error| error.to_string())?;
    if let Some(foot) = foot.filter(|&foot| !opens_with_publication(&datelines, &dated, foot)) {
        datelines.retain(|item| item.line != foot);
        dated[foot] = "";
    }
    // a fallback's line, its time crowded by other words, may still be the headline's: a
    // programme's name before its broadcast slot
    let spans: Vec<(usize, usize)> = datelines
        .iter()
        .filter(|d| d.rank != 1)
        .map(|d| (d.start, d.end))
        .collect();
    let dateline_lines = covered_lines(&dated, &spans);
    let bylines = machinery
        .iter()
        .filter(|(_, kind)| *kind == LineKind::Byline)
        .map(|(i, _)| *i)
        .collect();
    Ok(Page {
        lines,
        machinery,
        hashtags,
        hashtag_lines,
        datelines,
        dateline_lines,
        bylines,
    })
}

/// The first `count` characters of the lines joined with line breaks (Python's
/// `"\n".join(lines)[:count]`), only the lines it takes joined.
fn joined_head(lines: &[&str], count: usize) -> String {
    let mut head = String::new();
    let mut left = count;
    for (k, line) in lines.iter().enumerate() {
        if k > 0 {
            if left == 0 {
                break;
            }
            head.push('\n');
            left -= 1;
        }
        // a line that fits whole is counted, not decoded (counting is cheaper)
        let count = line.chars().count();
        if count <= left {
            head.push_str(line);
            left -= count;
            continue;
        }
        let end = line
            .char_indices()
            .nth(left)
            .map_or(line.len(), |(at, _)| at);
        head.push_str(&line[..end]);
        left = 0;
    }
    head
}

/// Tags as Python's `find_hashtags` gives them: a language the word lists leave open is the
/// shared detector's reading of the tag's words.
fn with_language(tags: Vec<Hashtag>) -> Result<Vec<Hashtag>, String> {
    tags.into_iter()
        .map(|mut tag| {
            if tag.lang.is_none() {
                tag.lang = Some(detect_language(&tag.words.join(" "), None, None)?);
            }
            Ok(tag)
        })
        .collect()
}

/// Whether a line is one tag alone right above a bulleted list's item: a menu's or a tab's
/// anchor (#all above the search form's fields), not a tag of the page.
fn heads_list(lines: &[&str], at: usize, tags: &[Hashtag]) -> bool {
    let after = lines.get(at + 1).copied().unwrap_or("");
    let alone = tags.len() == 1 && only_hashtags(lines[at], tags);
    alone
        && after
            .trim_start_matches(chars::is_space)
            .starts_with(crate::headline::BULLETS)
}

/// Whether a line holds nothing but its hashtags (and white space between them).
fn only_hashtags(line: &str, tags: &[Hashtag]) -> bool {
    if tags.is_empty() {
        return false;
    }
    let mut tag = 0;
    line.chars().enumerate().all(|(at, c)| {
        while tag < tags.len() && tags[tag].end <= at {
            tag += 1;
        }
        let inside = tags.get(tag).is_some_and(|t| t.start <= at);
        inside || chars::is_space(c)
    })
}

/// Indexes of lines that are mostly timestamp (datelines), given spans over the joined text;
/// a line whose words outside its timestamps are only a weekday's or a year's abbreviation is
/// one however long the weekday (Python's `_covered_lines`).
fn covered_lines(lines: &[&str], spans: &[(usize, usize)]) -> BTreeSet<usize> {
    let lengths: Vec<usize> = lines.iter().map(|line| line.chars().count()).collect();
    let mut starts = vec![0usize];
    for length in &lengths {
        starts.push(starts[starts.len() - 1] + length + 1);
    }
    let mut inside: BTreeMap<usize, usize> = BTreeMap::new();
    // each line's stretches under its timestamps, in characters from its start
    let mut stretches: BTreeMap<usize, Vec<(usize, usize)>> = BTreeMap::new();
    for &(start, stop) in spans {
        // bisect_right(starts, start) - 1; start >= 0 = starts[0], so it is never negative.
        let mut index = starts.partition_point(|&s| s <= start).saturating_sub(1);
        while index < lines.len() && starts[index] < stop {
            let end = starts[index] + lengths[index];
            let (low, high) = (starts[index].max(start), end.min(stop));
            *inside.entry(index).or_insert(0) += high.saturating_sub(low);
            if high > low {
                stretches
                    .entry(index)
                    .or_default()
                    .push((low - starts[index], high - starts[index]));
            }
            index += 1;
        }
    }
    inside
        .into_iter()
        .filter(|&(index, count)| {
            let visible = lines[index].chars().filter(|&c| c != ' ').count();
            !lines[index].is_empty()
                && (count as f64 >= DATELINE_COVERAGE * visible as f64
                    || only_day_words(&outside(
                        lines[index],
                        stretches.get(&index).map_or(&[], Vec::as_slice),
                    )))
        })
        .map(|(index, _)| index)
        .collect()
}

/// The line with the stretches under its timestamps blanked out.
fn outside(line: &str, stretches: &[(usize, usize)]) -> String {
    line.chars()
        .enumerate()
        .map(|(at, c)| {
            if stretches.iter().any(|&(low, high)| low <= at && at < high) {
                ' '
            } else {
                c
            }
        })
        .collect()
}

per_thread! {
    /// A word of a line outside its timestamps (Python's `_WORD`).
    fn word() -> Regex {
        Regex::new(r"[\p{L}\p{M}]+").unwrap_or_else(|e| panic!("{e}"))
    }
}

/// The words printed after a year's figures beside a date ("15 марта 2026 г.", "… 2026 года")
/// (Python's `_YEAR_WORDS`).
const YEAR_WORDS: [&str; 3] = ["г", "года", "гг"];

/// Whether the text holds words and all of them are weekdays (the timestamps grammar's) or a
/// year's abbreviation: what a dateline prints beside its date (Python's `_only_day_words`).
fn only_day_words(text: &str) -> bool {
    let lowered = chars::lower(text);
    let weekdays = words()["weekdays"].as_array();
    let is_day = |found: &str| {
        YEAR_WORDS.contains(&found)
            || weekdays.is_some_and(|days| days.iter().any(|day| day.as_str() == Some(found)))
    };
    let word = word();
    let mut found = word.find_iter(&lowered).peekable();
    found.peek().is_some() && found.all(|each| is_day(each.as_str()))
}

/// The words a line's echo is measured in: numbers whole, other words by their stems
/// (Hangul words of two syllables or more, other words of four letters or more, numbers of
/// two digits or more), stress marks left out.
pub fn echo_words(text: &str) -> EchoWords {
    if text.is_ascii() {
        return ascii_words(text);
    }
    if let Some(words) = words_in_one_pass(text) {
        return words;
    }
    if let Some(words) = words_lowered_by_char(text) {
        return words;
    }
    let mut lowered = chars::lower(text);
    if chars::holds_any(&lowered, &STRESS_MARKS) {
        lowered.retain(|c| !STRESS_MARKS.contains(&c));
    }
    // Each character's byte offset, and the end of the text.
    let mut offsets = Vec::with_capacity(lowered.len() + 1);
    let mut classes = Vec::with_capacity(lowered.len());
    for (at, c) in lowered.char_indices() {
        offsets.push(at);
        classes.push(echo_class(c));
    }
    offsets.push(lowered.len());
    stems(&lowered, &classes, |k| offsets[k])
}

/// What each ASCII byte is to `echo_words`: 2 a letter, 4 a digit, 0 anything else.
const ASCII_CLASSES: [u8; 128] = {
    let mut classes = [0u8; 128];
    let mut byte = 0;
    while byte < 128 {
        classes[byte] = match byte as u8 {
            b'a'..=b'z' | b'A'..=b'Z' => 2,
            b'0'..=b'9' => 4,
            _ => 0,
        };
        byte += 1;
    }
    classes
};

/// `echo_words` of an ASCII text: its runs of four letters or more by their stems, lower
/// case, and its runs of two digits or more whole (its words are its letters' and digits'
/// longest runs: none of them starts inside another).
fn ascii_words(text: &str) -> EchoWords {
    let bytes = text.as_bytes();
    let class_of = |byte: u8| ASCII_CLASSES[usize::from(byte & 0x7f)];
    let mut words = EchoWords::for_text(bytes.len());
    let mut at = 0;
    while at < bytes.len() {
        let class = class_of(bytes[at]);
        if class == 0 {
            at += 1;
            continue;
        }
        let start = at;
        at += 1;
        while at < bytes.len() && class_of(bytes[at]) == class {
            at += 1;
        }
        let length = at - start;
        if class == 2 && length >= 4 {
            // the stem in lower case (a letter's bit 0x20 set), packed as `pack` packs it
            let keep = STEM.min(length);
            let mut packed = [0u8; 16];
            for (to, from) in packed.iter_mut().zip(&bytes[start..start + keep]) {
                *to = from | 0x20;
            }
            packed[15] = keep as u8;
            words.short.push(u128::from_le_bytes(packed));
        } else if class == 4 && length >= 2 {
            words.add(&text[start..at]);
        }
    }
    words.sorted()
}

/// A word being read character by character, packed as `pack` packs it while it fits in 15
/// bytes, as text past that.
struct WordBeingRead {
    packed: [u8; 16],
    length: usize,
    spilled: String,
}

impl WordBeingRead {
    fn new() -> Self {
        WordBeingRead {
            packed: [0; 16],
            length: 0,
            spilled: String::new(),
        }
    }

    /// Appends `c`: an ASCII, Cyrillic or Hangul character (one, two or three bytes in
    /// UTF-8) is written straight into the packed bytes while it fits; any other goes the
    /// general way (`push_other`).
    #[inline]
    fn push(&mut self, c: char) {
        let (code, at) = (c as u32, self.length);
        if self.spilled.is_empty() {
            if code < 0x80 && at < 15 {
                self.packed[at] = code as u8;
                self.length = at + 1;
                return;
            }
            if (0x80..0x800).contains(&code) && at < 14 {
                self.packed[at] = 0xc0 | (code >> 6) as u8;
                self.packed[at + 1] = 0x80 | (code & 0x3f) as u8;
                self.length = at + 2;
                return;
            }
            if (0x800..0x10000).contains(&code) && at < 13 {
                self.packed[at] = 0xe0 | (code >> 12) as u8;
                self.packed[at + 1] = 0x80 | ((code >> 6) & 0x3f) as u8;
                self.packed[at + 2] = 0x80 | (code & 0x3f) as u8;
                self.length = at + 3;
                return;
            }
        }
        self.push_other(c);
    }

    /// Appends `c` when `push` does not write it straight: packed when it still fits,
    /// otherwise the word goes to text.
    #[cold]
    #[inline(never)]
    fn push_other(&mut self, c: char) {
        let width = c.len_utf8();
        if self.spilled.is_empty() && self.length + width < 16 {
            c.encode_utf8(&mut self.packed[self.length..]);
            self.length += width;
            return;
        }
        if self.spilled.is_empty() {
            let known = std::str::from_utf8(&self.packed[..self.length]).unwrap_or_default();
            self.spilled.push_str(known);
        }
        self.spilled.push(c);
    }

    #[inline]
    fn clear(&mut self) {
        self.packed = [0; 16];
        self.length = 0;
        self.spilled.clear();
    }

    /// Drops the word's last character `c` (a word short enough to be packed).
    fn drop_last(&mut self, c: char) {
        self.length -= c.len_utf8();
        self.packed[self.length..].fill(0);
    }

    /// Ends the run of `class` that the word was read from, `length` characters long, ending
    /// with `last`: its word goes to `words` when it is long enough to be one.
    #[inline(always)]
    fn close(&mut self, class: u8, length: usize, last: char, words: &mut EchoWords) {
        if class == 3 && is_noun_and_particle(length, last) {
            self.drop_last(last);
        }
        if (class == 2 && length >= 4) || (class & 5 != 0 && length >= 2) {
            self.add_to(words);
        }
    }

    /// Adds the word to `words`, as `EchoWords::add` adds its text.
    fn add_to(&self, words: &mut EchoWords) {
        if self.spilled.is_empty() {
            let mut packed = self.packed;
            packed[15] = self.length as u8;
            words.short.push(u128::from_le_bytes(packed));
        } else {
            words.long.push(self.spilled.as_str().into());
        }
    }
}

/// `echo_words` of a text in one pass, each character lowered as it is read: its words are
/// its letters' and digits' longest runs, as in `ascii_words`, a run of Hangul syllables one
/// of its own (of two syllables or more, by its `hangul_stem`). None when a run of
/// syllables touches a run of other letters (`stems` reads a word across both), when the text
/// holds Hangul other than syllables, or a character whose lower case is not one character of
/// its own (`lower_char`).
fn words_in_one_pass(text: &str) -> Option<EchoWords> {
    let mut words = EchoWords::for_text(text.len());
    // the run being read: its class (3 for syllables), its length in characters, and its
    // word (a letter run's stem, a digit run whole) in lower case
    let (mut class, mut length, mut word) = (0, 0, WordBeingRead::new());
    // how many characters of the run its word keeps, and the run's last character
    let (mut stem, mut last) = (0, ' ');
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let (lowered, next, width) = match plain_lowered(bytes, at) {
            Some(plain) => plain,
            None => {
                let c = text.get(at..).and_then(|rest| rest.chars().next())?;
                let lowered = lower_char(c)?;
                let next = echo_class(lowered);
                if next & 1 != 0 {
                    return None; // Hangul, not a syllable (the syllables are plain)
                }
                if STRESS_MARKS.contains(&lowered) {
                    at += c.len_utf8();
                    continue;
                }
                (lowered, next, c.len_utf8())
            }
        };
        at += width;
        if next != class {
            if next | class == 3 && next & class == 2 {
                return None; // syllables glued to other letters
            }
            word.close(class, length, last, &mut words);
            (class, length) = (next, 0);
            // a run of white space or marks makes no word: none of it is kept
            stem = match class {
                0 => 0,
                2 => STEM,
                3 => HANGUL_STEM,
                _ => usize::MAX,
            };
            word.clear();
        }
        length += 1;
        last = lowered;
        if length <= stem {
            word.push(lowered);
        } else if class == 2 {
            // past a letter run's stem its plain letters only make it longer (its last
            // character is read for a run of syllables alone)
            let (end, letters) = past_plain_letters(bytes, at);
            (at, length) = (end, length + letters);
        }
    }
    word.close(class, length, last, &mut words);
    Some(words.sorted())
}

/// Where the run of plain letters (ASCII's and the basic Cyrillic ones, U+0400 to U+045F,
/// as `plain_lowered` tells them) from byte `at` ends, and how many letters it holds.
#[inline(always)]
fn past_plain_letters(bytes: &[u8], mut at: usize) -> (usize, usize) {
    let mut letters = 0;
    loop {
        at += match bytes.get(at..) {
            Some([first, ..]) if first.is_ascii_alphabetic() => 1,
            Some([0xd0, _, ..]) => 2,
            Some([0xd1, second, ..]) if *second < 0xa0 => 2,
            _ => return (at, letters),
        };
        letters += 1;
    }
}

/// `echo_words` of a text each of whose characters `lower_char` lowers: the text lowered,
/// stress marks out, each character's class and byte offset, in one pass, then the stems.
/// None when a character's lower case is not one character of its own.
fn words_lowered_by_char(text: &str) -> Option<EchoWords> {
    let mut lowered = String::with_capacity(text.len());
    // each character's byte offset, and the end of the text
    let mut offsets = Vec::with_capacity(text.len() + 1);
    let mut classes = Vec::with_capacity(text.len());
    for c in text.chars() {
        let lower = lower_char(c)?;
        if STRESS_MARKS.contains(&lower) {
            continue;
        }
        offsets.push(lowered.len());
        classes.push(echo_class(lower));
        lowered.push(lower);
    }
    offsets.push(lowered.len());
    Some(stems(&lowered, &classes, |k| offsets[k]))
}

/// The lower case of the character at byte `at`, its `echo_class` and its width in bytes, told
/// from its bytes for ASCII, the basic Cyrillic letters (U+0400 to U+045F) and the Hangul
/// syllables, as `lower_char` lowers them; None for any other character.
#[inline(always)]
fn plain_lowered(bytes: &[u8], at: usize) -> Option<(char, u8, usize)> {
    let first = *bytes.get(at)?;
    if first < 0x80 {
        let lowered = first.to_ascii_lowercase();
        let class = match lowered {
            b'a'..=b'z' => 2,
            b'0'..=b'9' => 4,
            _ => 0,
        };
        return Some((char::from(lowered), class, 1));
    }
    let low = u32::from(*bytes.get(at + 1)? & 0x3f);
    let (code, class, width) = match first {
        0xd0 => (0x400 + low, 2, 2),
        0xd1 if low < 0x20 => (0x440 + low, 2, 2),
        0xea..=0xed => {
            let last = u32::from(*bytes.get(at + 2)? & 0x3f);
            ((u32::from(first & 0x0f) << 12) | (low << 6) | last, 3, 3)
        }
        _ => return None,
    };
    // Ѐ-Џ to ѐ-џ, А-Я to а-я; the small letters and the syllables as they are
    let lowered = match code {
        0x400..=0x40f => code + 0x50,
        0x410..=0x42f => code + 0x20,
        0x430..=0x45f | 0xac00..=0xd7a3 => code,
        _ => return None,
    };
    Some((char::from_u32(lowered)?, class, width))
}

/// The lower case of a character, as `chars::lower` makes it, when it is one character and
/// depends on no other: None for a capital sigma (its lower case depends on its neighbours)
/// and for a character lowered to more than one.
#[inline]
fn lower_char(c: char) -> Option<char> {
    match c {
        'A'..='Z' => Some(c.to_ascii_lowercase()),
        '\0'..='\u{7f}' | '\u{430}'..='\u{45f}' => Some(c),
        // Cyrillic capitals: А-Я to а-я, Ѐ-Џ to ѐ-џ
        '\u{410}'..='\u{42f}' => char::from_u32(c as u32 + 0x20),
        '\u{400}'..='\u{40f}' => char::from_u32(c as u32 + 0x50),
        'Σ' => None,
        '\u{ac00}'..='\u{d7a3}' => Some(c),
        _ => {
            let mut lower = c.to_lowercase();
            let first = lower.next();
            lower.next().is_none().then_some(first).flatten()
        }
    }
}

/// What a character is to `echo_words`: 1 Hangul, 2 a letter or mark, 4 a digit (bits).
/// ASCII, Cyrillic and the Hangul syllables are known without the tables: every Cyrillic
/// character is a letter or a mark but the thousands sign (U+0482), every syllable a Hangul
/// letter.
#[inline]
fn echo_class(c: char) -> u8 {
    match c {
        'a'..='z' | 'A'..='Z' | '\u{400}'..='\u{481}' | '\u{483}'..='\u{4ff}' => 2,
        '0'..='9' => 4,
        '\u{ac00}'..='\u{d7a3}' => 3,
        '\0'..='\u{7f}' => 0,
        _ => class_by_flags(c),
    }
}

/// `echo_class` by the character tables.
fn class_by_flags(c: char) -> u8 {
    let flags = chars::flags(c);
    u8::from(flags.any(HANGUL)) | (u8::from(flags.any(L | M)) << 1) | (u8::from(flags.any(ND)) << 2)
}

/// The echo words of a lower-case text whose characters have the classes `classes`, the
/// character at index `k` starting at byte `offset(k)` (`offset(classes.len())` is its end).
fn stems(lowered: &str, classes: &[u8], offset: impl Fn(usize) -> usize) -> EchoWords {
    let count = classes.len();
    let run = |at: usize, bit: u8| {
        classes[at..]
            .iter()
            .take_while(|&&class| class & bit != 0)
            .count()
    };
    let mut words = EchoWords::for_text(lowered.len());
    let mut at = 0;
    while at < count {
        let hangul = run(at, 1);
        let (length, stem) = if hangul >= 2 {
            (hangul, true)
        } else {
            let letters = run(at, 2);
            if letters >= 4 {
                (letters, true)
            } else {
                let digits = run(at, 4);
                if digits >= 2 {
                    (digits, false)
                } else {
                    at += 1;
                    continue;
                }
            }
        };
        let first = lowered[offset(at)..].chars().next();
        let keep = match first {
            Some(_) if !stem => length,
            // a Hangul syllable is no digit
            Some(c) if ('\u{ac00}'..='\u{d7a3}').contains(&c) => {
                hangul_stem(&lowered[offset(at)..offset(at + length)], length)
            }
            Some(c) if chars::is_digit(c) => length,
            _ => STEM.min(length),
        };
        words.add(&lowered[offset(at)..offset(at + keep)]);
        at += length;
    }
    words.sorted()
}

/// How many syllables of a Hangul word (`length` of them) are its stem (`_hangul_stem`): a
/// word of three syllables that ends in a particle is its noun of two.
fn hangul_stem(word: &str, length: usize) -> usize {
    let ends_in_particle = word
        .chars()
        .next_back()
        .is_some_and(|last| is_noun_and_particle(length, last));
    if ends_in_particle {
        HANGUL_STEM - 1
    } else {
        HANGUL_STEM.min(length)
    }
}

/// Whether a Hangul word of `length` syllables ending in `last` is a noun of two syllables
/// and its particle.
fn is_noun_and_particle(length: usize, last: char) -> bool {
    length == HANGUL_STEM && PARTICLES.contains(&last)
}

// The twins of the differential test.

fn to_py(error: String) -> PyErr {
    PyValueError::new_err(error)
}

type HashtagTuple = (String, Vec<String>, Option<String>, usize, usize);
type PageTuple = (
    Vec<String>,
    Vec<(usize, String)>,
    Vec<HashtagTuple>,
    Vec<usize>,
    Vec<DatelineTuple>,
    Vec<usize>,
    Vec<usize>,
);

#[pyfunction]
#[pyo3(name = "page__echo_words")]
fn twin_echo_words(text: &str) -> FxHashSet<String> {
    echo_words(text).to_strings()
}

/// The page's fields as plain values: lines, machinery as (index, kind) pairs in order,
/// hashtags, sorted hashtag lines, datelines, sorted dateline lines, sorted bylines.
#[pyfunction]
#[pyo3(name = "page__read_page", signature = (cleaned, default_tz=None, now_us=None))]
fn twin_read_page(
    py: Python<'_>,
    cleaned: &str,
    default_tz: Option<&str>,
    now_us: Option<i64>,
) -> PyResult<PageTuple> {
    let page = py
        .allow_threads(|| read_page(cleaned, default_tz, now_us))
        .map_err(to_py)?;
    Ok((
        page.lines.iter().map(|line| line.to_string()).collect(),
        page.machinery
            .iter()
            .map(|(i, kind)| (*i, kind.name().to_string()))
            .collect(),
        page.hashtags
            .into_iter()
            .map(|h| (h.tag, h.words, h.lang, h.start, h.end))
            .collect(),
        page.hashtag_lines.into_iter().collect(),
        page.datelines.iter().map(dateline_tuple).collect(),
        page.dateline_lines.into_iter().collect(),
        page.bylines.into_iter().collect(),
    ))
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(twin_echo_words, m)?)?;
    m.add_function(wrap_pyfunction!(twin_read_page, m)?)?;
    Ok(())
}

/// The page's last line of text when it is taken into a block of other stories (`others`): a
/// story's own stamp may close the page under a related box ("First Published: …"), see
/// `opens_with_publication`.
fn boxed_foot(lines: &[&str], others: &[bool]) -> Option<usize> {
    let foot = lines.iter().rposition(|line| !line.is_empty())?;
    others[foot].then_some(foot)
}

/// Whether the line `foot` opens with a publication label's time ("First Published: Aug 11
/// 2017 | 9:47 PM IST", "Published: May 3, 2021"): the page's own stamp printed at its foot,
/// which a related box above it does not take; a teaser under a box's title prints its date
/// bare, or after its title.
fn opens_with_publication(datelines: &[Dateline], lines: &[&str], foot: usize) -> bool {
    let start: usize = lines[..foot]
        .iter()
        .map(|line| line.chars().count() + 1)
        .sum();
    datelines
        .iter()
        .find(|item| item.line == foot)
        .is_some_and(|first| {
            first.role == "published"
                && lines[foot]
                    .chars()
                    .take(first.start.saturating_sub(start))
                    .all(char::is_whitespace)
        })
}

/// Whether the line opens with a markdown image's mark and its caption holds a bracketed part
/// with a figure, as a photograph's date is printed ("The pier after the storm (3 March
/// 2019)"). A byline or a dateline beside an image, an author's avatar or an outlet's logo,
/// prints its date bare ("![](a.png) By Ana Ruiz, May 3, 2021") and stays the page's.
fn dates_a_photograph(line: &str) -> bool {
    let text = line.trim_start();
    let Some(rest) = text.strip_prefix("![") else {
        return false;
    };
    let Some(link) = rest.find("](") else {
        return false;
    };
    let Some(end) = rest[link + 2..].find(')') else {
        return false;
    };
    bracketed_figure(&rest[link + 2 + end + 1..])
}

/// Whether the text holds a bracketed part with a figure ("(3 May 2019)").
fn bracketed_figure(text: &str) -> bool {
    let (mut open, mut figure) = (false, false);
    for c in text.chars() {
        match c {
            '(' => (open, figure) = (true, false),
            ')' if open && figure => return true,
            ')' => open = false,
            _ => figure |= open && c.is_numeric(),
        }
    }
    false
}

/// Which lines belong to the blocks of other stories: the related and teaser lines, and a
/// line between two of them, blank lines apart (a teaser's date under its summary, the next
/// teaser's title after it), which is theirs too.
fn other_stories(lines: &[&str], kinds: &[Option<LineKind>]) -> Vec<bool> {
    let listed = |i: usize| matches!(kinds[i], Some(LineKind::Related | LineKind::Teaser));
    let mut others: Vec<bool> = (0..lines.len()).map(listed).collect();
    let filled: Vec<usize> = (0..lines.len()).filter(|&i| !lines[i].is_empty()).collect();
    for window in filled.windows(3) {
        if listed(window[0]) && listed(window[2]) {
            others[window[1]] = true;
        }
    }
    others
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_known_without_the_tables_are_the_tables_classes() {
        let known = ('\0'..='\u{7f}').chain('\u{400}'..='\u{4ff}');
        for c in known.chain('\u{ac00}'..='\u{d7a3}') {
            assert_eq!(echo_class(c), class_by_flags(c), "{c:?}");
        }
    }

    #[test]
    fn words_told_apart_by_their_signs_are_counted_as_by_their_text() {
        let texts = [
            "Flood barriers along the river were raised in 2024 before the storm",
            "The river flooded twice before barriers were raised, in 2019 and 2024",
            "Паводок на реке: барьеры подняли в 2024 году",
            "서울 시청 앞 광장에서 2024년 행사가 열렸다",
            "",
        ];
        for one in texts {
            for other in texts {
                let (a, b) = (echo_words(one), echo_words(other));
                let (a_text, b_text) = (a.to_strings(), b.to_strings());
                let shared = a_text.intersection(&b_text).count();
                assert_eq!(a.shared_with(&b), shared, "{one} / {other}");
                let mut found = vec![false; a.len()];
                assert_eq!(a.mark_held(&b, &mut found), shared, "{one} / {other}");
            }
        }
    }

    /// `echo_words` of a text beyond ASCII by the general path: lowered whole, stress marks
    /// out, each character's class, then the stems.
    fn general_words(text: &str) -> EchoWords {
        let mut lowered = chars::lower(text);
        lowered.retain(|c| !STRESS_MARKS.contains(&c));
        let offsets: Vec<usize> = lowered
            .char_indices()
            .map(|(at, _)| at)
            .chain([lowered.len()])
            .collect();
        let classes: Vec<u8> = lowered.chars().map(echo_class).collect();
        stems(&lowered, &classes, |k| offsets[k])
    }

    #[test]
    fn words_read_in_one_pass_are_the_words_of_the_lowered_text() {
        let texts = [
            "Паводок на реке Вече\u{301}рний: БАРЬЕРЫ подняли в 2024 году",
            "ЁЛКА И ЗВЕЗДА: Ѐ Ђ Џ Ѝ ЀЁЂЃЄЅІЇЈЉЊЋЌЍЎЏ Ӏ҂ӀӀӀ",
            "Café ÉTÉ straße 123456789012345678901234567890 ١٢٣٤",
            "İSTANBUL İzmir ΣΟΦΙΑ σοφια ǅemal Ⓐⓑⓒⓓ",
            "ФЛАГ\u{300}ШТОК — «Город» · 2019–2024",
            "서울 시청 앞 광장에서 2024년 행사가 열렸다",
            "Совет утвердил бюджет: 서울 시청",
            "가a나 ab가나다 12345678901234567890 서울시 ＡＢＣＤＥ Ⓐⓑⓒⓓ 가\u{301}나다",
            // runs of letters long past their stems, read on to their ends
            "Половодьеabcdefghij Вечерни\u{301}йсвет ПРОСПЕКТѐѐѐѐѐѐЁЁ Strassenbahnштраße х",
            "Наводнение 2024 Водохранилище가 자리",
        ];
        for text in texts {
            assert_eq!(echo_words(text), general_words(text), "{text}");
        }
        // syllables read in the one pass, beside digits, other letters and marks
        for text in [
            "서울 시청 앞 광장에서 2024년 행사가 열렸다",
            "[속보] 시의회, 예산안 통과… “한빛일보” KBS 뉴스 가\u{301}나다 한 두 세 네",
            "Совет утвердил бюджет: 서울 시청 1호선",
            "개표가 시작되자 주민에 알렸다 주민들에게",
        ] {
            let words = words_in_one_pass(text);
            assert!(words.is_some(), "{text}");
            assert_eq!(words, Some(general_words(text)), "{text}");
        }
        for text in ["KBS뉴스", "삼성SDI 주가", "ㅎㅎ 좋다", "가a나"] {
            assert_eq!(words_in_one_pass(text), None, "{text}");
        }
    }

    #[test]
    fn hangul_syllables_are_their_own_lower_case() {
        for c in '\u{ac00}'..='\u{d7a3}' {
            assert_eq!(
                lower_char(c).map(String::from),
                Some(chars::lower(&c.to_string()))
            );
        }
    }

    #[test]
    fn characters_lowered_from_their_bytes_are_lowered_as_one_by_one() {
        for c in ('\0'..='\u{7ff}').chain('\u{a000}'..='\u{d7ff}') {
            let text = c.to_string();
            if let Some((lowered, class, width)) = plain_lowered(text.as_bytes(), 0) {
                assert_eq!(Some(lowered), lower_char(c), "{c:?}");
                assert_eq!(class, echo_class(lowered), "{c:?}");
                assert_eq!(width, text.len(), "{c:?}");
            }
        }
    }

    #[test]
    fn the_head_of_joined_lines_is_cut_as_python_cuts_it() {
        let lines = ["Новости", "", "서울 시청 앞 광장", "City hall"];
        let joined = lines.join("\n");
        for count in 0..=joined.chars().count() + 2 {
            let python: String = joined.chars().take(count).collect();
            assert_eq!(joined_head(&lines, count), python, "{count}");
        }
        assert_eq!(joined_head(&[], 5), "");
    }
}
