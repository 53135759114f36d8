//! The timestamp grammar: patterns for dates, clock times, zones, labels and relative offsets,
//! built once from the `timestamps` facts of every language and `data/zones.json` (mirrors
//! `normalize/timestamps/grammar.py`).
//!
//! Patterns see lower-cased text with brackets and bars read as spaces. Python's `re` and
//! `regex` differ in what `\s` is (U+001C to U+001F), so each pattern spells out the white
//! space of the engine its Python twin runs on.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};
use serde_json::{Map, Value};

use super::pattern::{Lazy, Pattern};
use super::pychars::{is_decimal, is_space, key, split, Indexed, REGEX_SPACE, RE_SPACE};
use crate::facts::{section, zones};
use crate::per_thread::PerThread;
use crate::segment::chars;

/// Compiled patterns and word tables of every language the facts give timestamps for.
pub struct Grammar {
    pub date: Lazy,
    pub numeric_date: Lazy,
    pub korean_date: Lazy,
    pub month_date: Lazy,
    pub time: Lazy,
    pub hour_mark: Lazy,
    pub korean_time: Lazy,
    pub bare_hour: Lazy,
    pub dotted_time: Lazy,
    pub lone_year: Lazy,
    /// Tried where a clock time ends (`match_at`).
    pub meridiem_after: Lazy,
    pub meridiem_before: Lazy,
    pub clock_word: Lazy,
    /// Tried where a clock time or a date ends (`match_at`).
    pub zone_after: Lazy,
    pub zone_anywhere: Lazy,
    pub label: Lazy,
    /// Compiled with the grammar (its largest pattern), ahead of the first page that needs it.
    pub relative: Pattern,
    /// What a relative time needs to move the calendar.
    pub moves: Moves,
    pub noise_word: Lazy,
    /// A day of the week's name, not a Korean date's 일 ("21일").
    pub weekday: Lazy,
    pub months: FxHashMap<String, i64>,
    /// A date the grammar reads at a text's start holds a digit among its first this many
    /// characters (`opens_with_date`).
    pub date_digit_within: usize,
    /// Whether each half-of-day word means the afternoon.
    pub meridiems: FxHashMap<String, bool>,
    pub clock_words: FxHashMap<String, i64>,
    pub zones: FxHashMap<String, String>,
    pub ambiguous: FxHashMap<String, Vec<String>>,
    pub zone_phrases: FxHashMap<String, String>,
    pub published_labels: FxHashSet<String>,
    /// Labels of another thing's time: a forum member's "Joined", an outlet's "Основан".
    pub elsewhere_labels: FxHashSet<String>,
    /// Labels opening a publication window: "published from".
    pub window_labels: FxHashSet<String>,
    pub units: FxHashMap<String, String>,
    pub half_units: FxHashMap<String, (String, f64)>,
    pub numbers: FxHashMap<String, f64>,
    pub day_words: FxHashMap<String, i64>,
    pub period_words: FxHashMap<String, (String, i64)>,
    pub less_than_words: FxHashMap<String, i64>,
    /// The gates each word opens (`Marks`): the words without which a pattern cannot match.
    pub gates: FxHashMap<String, Marks>,
}

/// The gates a line's words open, one bit per family of patterns (Python's `gates`, met when
/// the line's word set meets the gate's).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Marks(u8);

impl Marks {
    pub const MONTH: Marks = Marks(1);
    pub const MERIDIEM: Marks = Marks(2);
    pub const HALF_DAY: Marks = Marks(4);
    pub const CLOCK: Marks = Marks(8);
    pub const ZONE: Marks = Marks(16);
    pub const LABEL: Marks = Marks(32);
    pub const RELATIVE: Marks = Marks(64);

    /// Whether the gate is open.
    pub fn has(self, gate: Marks) -> bool {
        self.0 & gate.0 != 0
    }

    pub fn add(&mut self, more: Marks) {
        self.0 |= more.0;
    }
}

/// `regex`'s white space, one character.
pub fn space() -> String {
    format!("[{REGEX_SPACE}]")
}

/// `re`'s white space, one character.
fn re_space() -> String {
    format!("[{RE_SPACE}]")
}

/// Every language's `timestamps` facts merged, by meaning (`months`, `labels`, ...).
pub fn words() -> &'static Map<String, Value> {
    static WORDS: OnceLock<Map<String, Value>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut merged = Map::new();
        let mut labels = Map::new();
        labels.insert("published".into(), Value::Array(Vec::new()));
        labels.insert("modified".into(), Value::Array(Vec::new()));
        labels.insert("elsewhere".into(), Value::Array(Vec::new()));
        merged.insert("labels".into(), Value::Object(labels));
        for (_, facts) in section("timestamps") {
            let Some(facts) = facts.as_object() else {
                continue;
            };
            for (field, value) in facts {
                if field == "labels" {
                    for (role, phrases) in value.as_object().into_iter().flatten() {
                        if let Some(Value::Array(list)) =
                            merged.get_mut("labels").and_then(|l| l.get_mut(role))
                        {
                            list.extend(phrases.as_array().into_iter().flatten().cloned());
                        }
                    }
                } else if let Value::Object(entries) = value {
                    let slot = merged
                        .entry(field.clone())
                        .or_insert_with(|| Value::Object(Map::new()));
                    if let Value::Object(table) = slot {
                        for (word, meaning) in entries {
                            table.insert(word.clone(), meaning.clone());
                        }
                    }
                } else if let Value::Array(items) = value {
                    let slot = merged
                        .entry(field.clone())
                        .or_insert_with(|| Value::Array(Vec::new()));
                    if let Value::Array(list) = slot {
                        list.extend(items.iter().cloned());
                    }
                }
            }
        }
        merged
    })
}

/// The phrases of a field: a table's keys or a list's items.
fn phrases(field: &Value) -> Vec<String> {
    match field {
        Value::Object(table) => table.keys().cloned().collect(),
        Value::Array(items) => items
            .iter()
            .filter_map(|item| item.as_str().map(str::to_string))
            .collect(),
        _ => Vec::new(),
    }
}

fn field<'a>(data: &'a Map<String, Value>, name: &str) -> &'a Value {
    static NULL: Value = Value::Null;
    data.get(name).unwrap_or(&NULL)
}

fn entries(value: &Value) -> impl Iterator<Item = (&String, &Value)> {
    value.as_object().into_iter().flatten()
}

/// A pattern character as a literal (ASCII punctuation escaped).
fn escape(symbol: char) -> String {
    if symbol.is_ascii() && !symbol.is_ascii_alphanumeric() && symbol != ' ' {
        format!("\\{symbol}")
    } else {
        symbol.to_string()
    }
}

#[derive(Default)]
struct Node {
    children: BTreeMap<char, Node>,
    end: bool,
}

/// An alternation of literal phrases that prefers the longest, laid out as a prefix tree; a
/// space stands for one to three spaces (Python's `alternation`, with `initials`, `LETTERS`
/// and `first_words` below, in `normalize/timestamps/phrases.py`).
pub fn alternation<S: AsRef<str>>(phrases: impl IntoIterator<Item = S>) -> String {
    spaced_alternation(phrases, &format!("{}{{1,3}}", space()))
}

/// `alternation` with a space standing for `space`, a pattern (Python's `alternation` told
/// its `space`).
pub fn spaced_alternation<S: AsRef<str>>(
    phrases: impl IntoIterator<Item = S>,
    space: &str,
) -> String {
    let mut root = Node::default();
    for phrase in phrases {
        let mut node = &mut root;
        for symbol in split(phrase.as_ref()).collect::<Vec<_>>().join(" ").chars() {
            node = node.children.entry(symbol).or_default();
        }
        node.end = true;
    }
    tree_pattern(&root, space)
}

/// One node of the prefix tree as a pattern, a space as `space`.
fn tree_pattern(node: &Node, space: &str) -> String {
    let branches: Vec<String> = node
        .children
        .iter()
        .map(|(&symbol, child)| {
            let head = if symbol == ' ' {
                space.to_string()
            } else {
                escape(symbol)
            };
            head + &tree_pattern(child, space)
        })
        .collect();
    if branches.is_empty() {
        return String::new();
    }
    if node.end {
        return format!("(?:{})?", branches.join("|"));
    }
    if branches.len() == 1 {
        return branches[0].clone();
    }
    format!("(?:{})", branches.join("|"))
}

/// The letters the phrases start with, as the body of a character class.
fn initials(phrases: &[String]) -> String {
    let firsts: std::collections::BTreeSet<String> = phrases
        .iter()
        .filter_map(|phrase| split(phrase).next().and_then(|word| word.chars().next()))
        .map(escape)
        .collect();
    firsts.into_iter().collect()
}

/// Runs of letters (`\p{L}+`).
pub const LETTERS: &str = r"\p{L}+";

/// The first word of each phrase, as `LETTERS` splits it.
fn first_words(phrases: &[String]) -> FxHashSet<String> {
    static LETTER_RUNS: OnceLock<Pattern> = OnceLock::new();
    let letters = LETTER_RUNS.get_or_init(|| Pattern::new(LETTERS));
    phrases
        .iter()
        .filter_map(|phrase| {
            let text = super::pychars::Indexed::new(phrase.clone());
            letters
                .search(&text, 0)
                .ok()
                .flatten()
                .map(|found| found.text().to_string())
        })
        .collect()
}

/// The word tables of the relative pattern, by the group each fills.
const RELATIVE_TABLES: [(&str, &str); 7] = [
    ("less", "less_than_words"),
    ("day", "day_words"),
    ("period", "period_words"),
    ("past", "past_words"),
    ("future", "future_words"),
    ("now", "now_words"),
    ("half", "half_units"),
];

/// Every word a relative time may start with.
fn relative_words(data: &Map<String, Value>) -> Vec<String> {
    RELATIVE_TABLES
        .iter()
        .map(|(_, table)| *table)
        .chain(["numbers", "units"])
        .flat_map(|table| phrases(field(data, table)))
        .collect()
}

fn date_pattern() -> String {
    let s = re_space();
    format!(
        concat!(
            // year first: 2024-05-17, 2024.05.17, 2024. 5. 17., and commas with no space after
            // them, 2020,10,22 (no count: its thousands come in threes), and single spaces
            // between two-digit parts when a clock time follows, 2023 04 16 19:42 (or glued to
            // a post's number before it when a clock time follows: #12024-01-22t16:04)
            r"(?:(?<![\d.])|(?:(?<=[^\d.]\d)|(?<=[^\d.]\d\d)|(?<=[^\d.]\d\d\d))",
            r"(?=\d{{4}}-\d\d-\d\d[t{RE_SPACE}]\d\d?:\d\d))",
            r"(?P<y>\d{{4}}){s}?(?P<sep>[-./]|,(?=\d)|{s}(?=\d\d{s}\d\d{s}\d\d?:\d\d)){s}?(?P<m>\d{{1,2}}){s}?(?P=sep){s}?(?P<d>\d{{1,2}})(?!\d)\.?",
        ),
        s = s,
        RE_SPACE = RE_SPACE,
    )
}

fn numeric_date_pattern() -> String {
    let s = re_space();
    format!(
        concat!(
            // day and month as numbers, year last: 17.05.2024 (or glued to the clock time
            // before it: 7:4012.02.2020); a four-digit year may be glued by a colon to the
            // headline's first letter after it (17.05.2024:Title), no clock time
            r"(?:(?<![\d.:])|(?<=\d[:：]\d\d))",
            r"(?P<a>\d{{1,2}}){s}?(?P<sep>[-./]){s}?(?P<b>\d{{1,2}}){s}?(?P=sep){s}?(?P<y>\d{{4}}|\d{{2}})(?!\d|\.\d|(?<!\d{{4}}):|:(?![^\W\d_]))",
        ),
        s = s,
    )
}

fn korean_date_pattern() -> String {
    let s = re_space();
    format!(
        r"(?:(?P<y>\d{{4}}){s}{{0,3}}[년年]{s}{{0,3}})?(?<!\d)(?P<m>\d{{1,2}}){s}{{0,3}}[월月]{s}{{0,3}}(?P<d>\d{{1,2}}){s}{{0,3}}[일日]"
    )
}

fn month_date_pattern(months: &str, units: &str) -> String {
    let s = space();
    format!(
        concat!(
            // day before a month name: 17 мая 2024, 9th Aug, 2015, 13 авг. 2005г., the formal
            // 9th day of July 2024, hyphens or slashes that join the three, 22-May-2018,
            // 15/Oct/2020, and a year run into the clock time after it, 14 мая201620:40, or
            // into a count and its word after it, 12 June 2023247 Views; two digits before a
            // month's name are no year but the day of the date's copy glued on, 14 февраля14 фев
            r"(?<![\d.:])(?P<d>\d{{1,2}})",
            r"(?:(?:st|nd|rd|th){s}{{1,3}}day{s}{{1,3}}of{s}{{1,3}}",
            r"|(?:st|nd|rd|th|-?го|-е)?\.?{s}{{0,3}}(?:of{s}{{1,3}})?",
            r"|-(?=\p{{L}}{{3,9}}-(?:19|20)\d{{2}}(?!\d|-\d))",
            r"|/(?=\p{{L}}{{3,9}}/(?:19|20)\d{{2}}(?!\d|/\d)))",
            r"(?<!\p{{L}})(?P<mon>{months})(?!\p{{L}})\.?",
            r"(?:(?:{s}{{0,3}},?{s}{{0,3}}(?:в{s}{{1,3}})?|(?<=\p{{L}})[-/](?=(?:19|20)\d{{2}}(?!\d)))",
            r"(?P<y>\d{{4}}(?:(?!\d)|(?=\d{{1,2}}[:：]\d{{2}}(?!\d)))|(?:19|20)\d{{2}}(?=\d{{1,7}}{s}{{0,3}}\p{{L}})|'?\d{{2}}(?!\d|{s}{{0,3}}[:h.]\d|{s}{{0,3}}(?:{units}|{months})(?!\p{{L}}))))?",
            // month name before the day: May 16, 2024, Sep 03 2014, a year run into a count
            // and its word after it, June 12, 2023247 Views, and a forum's year cut to two
            // digits behind an apostrophe, Sep 9th, '12, or behind hyphens that join the
            // three, Mar-11-08 (a range, Mar 11-12, keeps its days), and a comma after the
            // month's name when a year follows the day, Mar, 26 2020
            r"|(?<!\p{{L}})(?P<mon2>{months})(?!\p{{L}})\.?",
            r"(?:{s}{{0,3}}|-(?=\d{{1,2}}-\d{{2}}(?!\d))",
            r"|,{s}{{0,3}}(?=\d{{1,2}}(?:st|nd|rd|th)?{s}{{0,3}},?{s}{{1,3}}(?:19|20)\d{{2}}(?!\d)))(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:])",
            r"(?:(?:{s}{{0,3}},?{s}{{0,3}}|(?:(?<=\p{{L}}-\d)|(?<=\p{{L}}-\d\d))-)",
            r"(?P<y2>(?:\d{{4}}|'\d{{2}}|(?<=-)\d{{2}})(?!\d)|(?:19|20)\d{{2}}(?=\d{{1,7}}{s}{{0,3}}\p{{L}})))?",
        ),
        s = s,
        months = months,
        units = units,
    )
}

fn time_pattern() -> String {
    let s = re_space();
    format!(
        concat!(
            // a scraper that runs a row's cells together glues the clock to the year before it
            // (14 мая201620:40) or to a count after it (2008-05-19 21:074,112: views)
            r"(?:(?<![\d.:])|(?<=[^\d.:][12]\d{{3}}))(?P<H>\d{{1,2}}){s}?[:：]{s}?(?P<M>\d{{2}})(?:{s}?[:：]{s}?(?P<S>\d{{2}})(?:[.,](?P<F>\d{{1,9}}))?)?",
            // no digit after, unless a full date, a Korean date's year or a count with its
            // thousands is glued on: 7:4012.02.2020, 16:252002년 3월 14일, 21:074,112
            r"(?:(?!\d)|(?=\d{{1,2}}[-./]\d{{1,2}}[-./]\d{{4}}(?!\d))|(?=\d{{4}}{s}{{0,3}}[년年])",
            r"|(?=\d{{1,3}}(?:,\d{{3}})+(?![\d,])))",
        ),
        s = s,
    )
}

fn korean_time_pattern() -> String {
    let s = re_space();
    format!(
        r"(?<![\d.:])(?P<H>\d{{1,2}}){s}{{0,3}}시(?!간)(?:{s}{{0,3}}(?P<M>\d{{1,2}}){s}{{0,3}}분)?(?:{s}{{0,3}}(?P<S>\d{{1,2}}){s}{{0,3}}초)?"
    )
}

fn bare_hour_pattern() -> String {
    let s = space();
    format!(
        concat!(
            // a bare hour with its half of the day: 9 pm, 1 a.m, 5 утра
            r"(?<![\d.:])(?P<H>\d{{1,2}}){s}{{0,3}}(?:час(?:а|ов)?{s}{{0,3}})?",
            r"(?=(?:a\.?{s}?m\b|p\.?{s}?m\b|утра|вечера|ночи)(?!\p{{L}}))",
            // "дня" is the afternoon only after "час": 2 часа дня
            r"|(?<![\d.:])(?P<H2>\d{{1,2}}){s}{{0,3}}час(?:а|ов)?{s}{{0,3}}(?=дня(?!\p{{L}}))",
        ),
        s = s
    )
}

fn zone_core(zones: &str, phrases: &str) -> String {
    let s = space();
    format!(
        concat!(
            // numeric offset, optionally after GMT/UTC: +0900, +09:00, GMT+9
            r"(?:(?P<pfx>gmt|utc|ut){s}?)?(?P<sign>[+\-−–]){s}?(?P<oh>\d{{1,2}})(?::?(?P<om>\d{{2}}))?(?!\d)",
            // abbreviation: KST, МСК, ET
            r"|(?<!\p{{L}})(?P<abbr>{zones})(?!\p{{L}})",
            // zone in words: по московскому времени, Eastern Time, 한국시간
            r"|(?<!\p{{L}})(?P<phrase>{phrases})(?!\p{{L}})",
        ),
        s = s,
        zones = zones,
        phrases = phrases,
    )
}

fn relative_pattern(data: &Map<String, Value>, units: &str) -> String {
    let s = space();
    let table = |name: &str| alternation(phrases(field(data, name)));
    format!(
        concat!(
            r"(?=[+\-−\d{initials}])(?<![\p{{Latin}}\p{{Cyrillic}}\d])(?:",
            r"(?<!\p{{L}})(?P<less>{less})(?!\p{{L}})",
            r"|(?<!\p{{L}})(?P<day>{day})(?!\p{{L}})",
            r"|(?<!\p{{L}})(?P<period>{period})(?!\p{{L}})",
            r"|(?<![\p{{Latin}}\p{{Cyrillic}}])(?P<past>{past})(?!\p{{L}})",
            r"|(?<!\p{{L}})(?P<future>{future})(?!\p{{L}})",
            r"|(?<!\p{{L}})(?P<now>{now})(?!\p{{L}})",
            r"|(?<!\p{{L}})(?P<half>{half})(?!\p{{L}})",
            r"|(?:(?P<sign>[+\-−]){s}{{0,3}})?",
            r"(?<!\d)(?<!\d[.,])(?P<num>\d{{1,7}}(?:[.,]\d{{1,6}})?)(?![\d.])",
            r"{s}{{0,3}}(?P<unit>{units})\.?(?![\p{{Latin}}\p{{Cyrillic}}])",
            r"|(?<!\p{{L}})(?P<word>{numbers})(?![\p{{Latin}}\p{{Cyrillic}}])",
            r"{s}{{0,3}}(?P<word_unit>{units})\.?(?![\p{{Latin}}\p{{Cyrillic}}])",
            r"|(?P<lone_unit>{units})\.?(?![\p{{Latin}}\p{{Cyrillic}}])",
            r")",
        ),
        initials = initials(&relative_words(data)),
        less = table("less_than_words"),
        day = table("day_words"),
        period = table("period_words"),
        past = table("past_words"),
        future = table("future_words"),
        now = table("now_words"),
        half = table("half_units"),
        numbers = table("numbers"),
        units = units,
        s = s,
    )
}

/// What a token of `relative_pattern` that moves the calendar needs, tested without running
/// that pattern: a word of its own ("yesterday", "방금"), a unit after a number or a number
/// word ("3 days", "два дня"), or a unit of three letters or more alone beside a word that
/// points back or ahead ("hours ago"; a shorter one alone is not read).
pub struct Moves {
    /// A word of each phrase that moves the calendar by itself (its longest).
    words: Option<PerThread<regex::Regex>>,
    /// The last word of each number phrase ("a couple of": "of").
    number_ends: FxHashSet<String>,
    /// The first letter of each unit.
    unit_initials: FxHashSet<char>,
    /// The units of three letters or more.
    long_units: Option<PerThread<regex::Regex>>,
    /// A word of each phrase that points back or ahead (its longest).
    pointers: Option<PerThread<regex::Regex>>,
}

/// A pattern that finds any of the words, None for none.
fn any_word(words: impl IntoIterator<Item = String>) -> Option<PerThread<regex::Regex>> {
    let mut words: Vec<String> = words.into_iter().map(|word| regex::escape(&word)).collect();
    words.sort();
    words.dedup();
    if words.is_empty() {
        return None;
    }
    regex::Regex::new(&words.join("|")).ok().map(PerThread::of)
}

/// The longest word of a phrase (the first of the longest).
fn longest_word(phrase: &str) -> String {
    split(phrase)
        .fold("", |best, word| {
            if word.chars().count() > best.chars().count() {
                word
            } else {
                best
            }
        })
        .to_string()
}

impl Moves {
    fn new(data: &Map<String, Value>) -> Moves {
        let table = |names: &[&str]| -> Vec<String> {
            names
                .iter()
                .flat_map(|name| phrases(field(data, name)))
                .collect()
        };
        let words = table(&[
            "less_than_words",
            "day_words",
            "period_words",
            "now_words",
            "half_units",
        ]);
        let units = table(&["units"]);
        Moves {
            words: any_word(words.iter().map(|phrase| longest_word(phrase))),
            number_ends: table(&["numbers"])
                .iter()
                .filter_map(|phrase| split(phrase).last().map(str::to_string))
                .collect(),
            unit_initials: units
                .iter()
                .filter_map(|unit| unit.chars().next())
                .collect(),
            long_units: any_word(
                units
                    .iter()
                    .filter(|unit| split(unit).collect::<Vec<_>>().join(" ").chars().count() >= 3)
                    .cloned(),
            ),
            pointers: any_word(
                table(&["past_words", "future_words"])
                    .iter()
                    .map(|phrase| longest_word(phrase)),
            ),
        }
    }

    /// Whether a text may hold a token that moves the calendar; false when it holds none.
    pub fn may_move(&self, text: &str) -> bool {
        let found = |pattern: &Option<PerThread<regex::Regex>>| {
            pattern.as_ref().is_some_and(|p| p.get().is_match(text))
        };
        found(&self.words)
            || self.unit_after(text)
            || (found(&self.long_units) && found(&self.pointers))
    }

    /// Whether a unit's first letter follows a number, or a word (or its start, in a script
    /// other than Latin or Cyrillic) that a number phrase ends with, at most three spaces
    /// after it.
    fn unit_after(&self, text: &str) -> bool {
        let chars: Vec<char> = text.chars().collect();
        let letter = |c: char| chars::is(c, chars::L);
        chars.iter().enumerate().any(|(at, &c)| {
            let rest = &chars[at + 1..];
            let spaces = rest
                .iter()
                .take(4)
                .take_while(|&&next| is_space(next))
                .count();
            if spaces > 3
                || !rest
                    .get(spaces)
                    .is_some_and(|unit| self.unit_initials.contains(unit))
            {
                return false;
            }
            if is_decimal(c) {
                return true;
            }
            // what may not follow a number word: Latin or Cyrillic (here some of them)
            let open = rest.first().is_none_or(|&next| {
                !(next.is_ascii_alphabetic()
                    || matches!(next, '\u{400}'..='\u{484}' | '\u{487}'..='\u{4ff}'))
            });
            if !open || !letter(c) {
                return false;
            }
            let start = chars[..at]
                .iter()
                .rposition(|&before| !letter(before))
                .map_or(0, |before| before + 1);
            self.number_ends
                .contains(&chars[start..=at].iter().collect::<String>())
        })
    }
}

fn int_table(value: &Value, keyed: bool) -> FxHashMap<String, i64> {
    entries(value)
        .map(|(word, number)| {
            let word = if keyed { key(word) } else { word.clone() };
            (word, number.as_i64().unwrap_or(0))
        })
        .collect()
}

fn text_table(value: &Value) -> FxHashMap<String, String> {
    entries(value)
        .map(|(word, meaning)| (word.clone(), meaning.as_str().unwrap_or("").to_string()))
        .collect()
}

/// Each gate's words, as one table from a word to the gates it opens.
fn gate_table<const N: usize>(gates: [(Marks, FxHashSet<String>); N]) -> FxHashMap<String, Marks> {
    let mut table: FxHashMap<String, Marks> = FxHashMap::default();
    for (gate, words) in gates {
        for word in words {
            table.entry(word).or_default().add(gate);
        }
    }
    table
}

/// The grammar, compiled on first use.
pub fn grammar() -> &'static Grammar {
    static GRAMMAR: OnceLock<Grammar> = OnceLock::new();
    GRAMMAR.get_or_init(build)
}

fn build() -> Grammar {
    let data = words();
    let zone_facts = zones();
    let s = space();
    let months = alternation(phrases(field(data, "months")));
    let units = alternation(phrases(field(data, "units")));
    let zone_phrases = alternation(phrases(field(data, "zone_phrases")));
    let zone_names: Vec<String> = phrases(&zone_facts["zones"])
        .into_iter()
        .chain(phrases(&zone_facts["ambiguous_zones"]))
        .collect();
    let core = zone_core(&alternation(&zone_names), &zone_phrases);
    let labels = field(data, "labels");
    let all_labels: Vec<String> = phrases(&labels["published"])
        .into_iter()
        .chain(phrases(&labels["modified"]))
        .chain(phrases(&labels["elsewhere"]))
        .collect();
    let noise: Vec<String> = ["weekdays", "approx_words", "filler_words"]
        .iter()
        .flat_map(|name| phrases(field(data, name)))
        .collect();
    let meridiem = alternation(phrases(field(data, "meridiem")));
    let meridiem_words = phrases(field(data, "meridiem"));
    let mut half_day_words = meridiem_words.clone();
    half_day_words.extend(phrases(field(data, "half_day_hour_words")));
    let mut half_day = first_words(&half_day_words);
    half_day.extend(["a", "p", "m"].map(String::from));
    let mut zone_gate_words = phrases(field(data, "zone_phrases"));
    zone_gate_words.extend(["gmt", "utc"].map(String::from));
    Grammar {
        date: Lazy::new(date_pattern()),
        numeric_date: Lazy::new(numeric_date_pattern()),
        korean_date: Lazy::new(korean_date_pattern()),
        month_date: Lazy::new(month_date_pattern(&months, &units)),
        time: Lazy::new(time_pattern()),
        hour_mark: Lazy::new(r"(?<![\d.:])(?P<H>\d{1,2})h(?P<M>\d{2})(?!\d)"),
        korean_time: Lazy::new(korean_time_pattern()),
        bare_hour: Lazy::new(bare_hour_pattern()),
        // 13.12 or 12.16 pm as a clock time, read only next to a full date
        dotted_time: Lazy::new(r"(?<![\d.:])(?P<H>\d{1,2})\.(?P<M>\d{2})(?![\d.])"),
        // a year standing apart from its date: Wed Aug 05 12:00:00 EDT 2015
        lone_year: Lazy::new(r"(?<![\d.:+\-])(?P<y>\d{4})(?![\d:])"),
        meridiem_after: Lazy::new(format!(
            r"[{REGEX_SPACE},]{{0,4}}(?P<ap>{meridiem})(?!\p{{L}})"
        )),
        meridiem_before: Lazy::new(format!(r"(?P<ap>{meridiem})[{REGEX_SPACE},]{{0,4}}\z")),
        clock_word: Lazy::new(format!(
            r"(?<!\p{{L}})(?P<w>{})(?!\p{{L}})",
            alternation(phrases(field(data, "clock_words")))
        )),
        zone_after: Lazy::new(format!(r"[{REGEX_SPACE},]{{0,4}}(?:{core})")),
        zone_anywhere: Lazy::new(format!(
            concat!(
                r"(?P<pfx>gmt|utc){s}?(?P<sign>[+\-−–]){s}?(?P<oh>\d{{1,2}})(?::?(?P<om>\d{{2}}))?(?!\d)",
                r"|(?<!\p{{L}})(?P<phrase>{phrases})(?!\p{{L}})",
            ),
            s = s,
            phrases = zone_phrases,
        )),
        // a label stands apart from the letters before it, or is glued to a clock time's
        // meridiem or to a zone after one ("9:05 PMUpdated: …", "10:15 AM EDTFirst published
        // …", a scraper's run of two labelled times)
        label: Lazy::new(format!(
            r"(?:(?<!\p{{L}})|(?<=[0-9\x20][ap]m)|(?<=[ap]m\x20[a-z][sd]t))(?P<label>{})(?![\p{{Latin}}\p{{Cyrillic}}])[{REGEX_SPACE}:：.\-]{{0,6}}",
            alternation(&all_labels)
        )),
        relative: Pattern::new(&relative_pattern(data, &units)),
        moves: Moves::new(data),
        noise_word: Lazy::new(format!(
            r"(?<!\p{{L}})(?:{})(?!\p{{L}})\.?",
            alternation(&noise)
        )),
        weekday: Lazy::new(format!(
            r"(?<![\p{{L}}\d])(?:{})(?!\p{{L}})",
            alternation(phrases(field(data, "weekdays")))
        )),
        months: int_table(field(data, "months"), false),
        date_digit_within: date_digit_within(&phrases(field(data, "months"))),
        meridiems: entries(field(data, "meridiem"))
            .map(|(word, half)| (word.clone(), half.as_str() == Some("pm")))
            .collect(),
        clock_words: int_table(field(data, "clock_words"), false),
        zones: text_table(&zone_facts["zones"]),
        ambiguous: entries(&zone_facts["ambiguous_zones"])
            .map(|(abbr, choices)| (abbr.clone(), phrases(choices)))
            .collect(),
        zone_phrases: entries(field(data, "zone_phrases"))
            .map(|(phrase, zone)| (key(phrase), zone.as_str().unwrap_or("").to_string()))
            .collect(),
        published_labels: phrases(&labels["published"])
            .iter()
            .map(|label| key(label))
            .collect(),
        elsewhere_labels: phrases(&labels["elsewhere"])
            .iter()
            .map(|label| key(label))
            .collect(),
        window_labels: phrases(field(data, "window_labels"))
            .iter()
            .map(|label| key(label))
            .collect(),
        units: text_table(field(data, "units")),
        half_units: entries(field(data, "half_units"))
            .map(|(word, half)| {
                let unit = half[0].as_str().unwrap_or("").to_string();
                (word.clone(), (unit, half[1].as_f64().unwrap_or(0.0)))
            })
            .collect(),
        numbers: entries(field(data, "numbers"))
            .map(|(word, number)| (key(word), number.as_f64().unwrap_or(0.0)))
            .collect(),
        day_words: int_table(field(data, "day_words"), true),
        period_words: entries(field(data, "period_words"))
            .map(|(phrase, step)| {
                let unit = step[0].as_str().unwrap_or("").to_string();
                (key(phrase), (unit, step[1].as_i64().unwrap_or(0)))
            })
            .collect(),
        less_than_words: int_table(field(data, "less_than_words"), true),
        gates: gate_table([
            (Marks::MONTH, first_words(&phrases(field(data, "months")))),
            (Marks::MERIDIEM, first_words(&meridiem_words)),
            (Marks::HALF_DAY, half_day),
            (
                Marks::CLOCK,
                first_words(&phrases(field(data, "clock_words"))),
            ),
            (Marks::ZONE, first_words(&zone_gate_words)),
            (Marks::LABEL, first_words(&all_labels)),
            (Marks::RELATIVE, first_words(&relative_words(data))),
        ]),
    }
}

/// How far into a text opening with a date its first digit is, at most, in characters: every
/// date pattern opens with its day or year but `month_date`'s month name first, whose day
/// comes after the name (a space between its words up to three characters), a full stop and
/// up to three spaces or a hyphen; lower case gives a character one or more, never none.
fn date_digit_within(months: &[String]) -> usize {
    let longest = months
        .iter()
        .map(|month| {
            let words: Vec<&str> = split(month).collect();
            let letters: usize = words.iter().map(|word| word.chars().count()).sum();
            letters + 3 * words.len().saturating_sub(1)
        })
        .max()
        .unwrap_or(0);
    longest + 5
}

/// Whether the text opens with a date the grammar reads, with or without its year or a clock
/// time after it, as the patterns see it lower-cased (Python's `opens_with_date`).
pub fn opens_with_date(text: &str) -> bool {
    let g = grammar();
    // most texts hold no digit where a date would: they are not lowered nor matched
    if !text.chars().take(g.date_digit_within).any(char::is_numeric) {
        return false;
    }
    let low = Indexed::new(chars::lower(text));
    [&g.date, &g.numeric_date, &g.korean_date, &g.month_date]
        .into_iter()
        .any(|pattern| matches!(pattern.match_at(&low, 0), Ok(Some(_))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alternation_prefers_the_longest() {
        assert_eq!(alternation(["june", "july", "jun"]), "ju(?:ly|n(?:e)?)");
        assert_eq!(spaced_alternation(["all times"], "[ ]+"), "all[ ]+times");
    }
}
