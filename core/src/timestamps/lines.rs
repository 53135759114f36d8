//! A line as the timestamp patterns see it, the settings a reading needs, and what it gives
//! (mirrors `normalize/timestamps/lines.py`).

use rustc_hash::FxHashSet;
use std::borrow::Cow;
use std::cell::OnceCell;
use std::ops::Range;
use std::sync::OnceLock;

use super::grammar::{grammar, space, words, Marks};
use super::pattern::Pattern;
use super::pychars::{has_decimal, is_digit, is_space, Indexed, REGEX_SPACE};
use super::zones::{PagePlaces, Zone};
use super::TimeError;
use crate::facts::{scripts, section};
use crate::segment::chars;

/// One line as the patterns see it: lower case, brackets as spaces, the gates its words open.
pub struct Line {
    pub text: Indexed,
    pub low: Indexed,
    pub marks: Marks,
    pub hangul: bool,
}

struct Classes {
    hangul: Pattern,
    cyrillic: Pattern,
    glued_word: Pattern,
    glued_zone: Pattern,
    data_key: Pattern,
}

fn classes() -> &'static Classes {
    static CLASSES: OnceLock<Classes> = OnceLock::new();
    CLASSES.get_or_init(|| Classes {
        hangul: Pattern::new(r"\p{Hangul}"),
        cyrillic: Pattern::new(r"\p{Cyrillic}"),
        // A capitalised word glued to the word before it and followed by a number, maybe after
        // two short words in small letters: "readMar 4", "roundWritten on the 14 August 2019"
        // (Python looks for the place between the two words; here the match starts one
        // letter before it. U+0295 is a lower-case letter to Rust's tables, not to `regex`'s.)
        glued_word: Pattern::new(&format!(
            r"[\p{{Ll}}--\x{{295}}]\p{{Lu}}\p{{Ll}}{{2,8}}(?:{s}\p{{Ll}}{{2,3}}){{0,2}}\.?{s}?\d",
            s = space()
        )),
        // A clock time's last digit, maybe its half of the day, and a zone's abbreviation in
        // capitals glued to a capitalised word after it: "09:10AM ISTSource: City Now".
        glued_zone: Pattern::new(&format!(
            r"\d(?:{s}?[AaPp]\.?[Mm]\.?)?{s}?(?P<zone>\p{{Lu}}{{2,5}})(?=\p{{Lu}}\p{{Ll}})",
            s = space()
        )),
        // A key of stored data a page printed as it is kept, in quotes before its colon, its
        // words run together with each one after the first capitalised: '"firstPublished":'.
        data_key: Pattern::new(r#""(?P<key>[a-z]+(?:[A-Z][a-z]+){1,2})"[ \t]*:"#),
    })
}

/// Whether a text holds a Hangul letter.
pub fn has_hangul(text: &str) -> Result<bool, TimeError> {
    Ok(!text.is_ascii() && classes().hangul.is_match(text)?)
}

/// The runs of letters of a text, as `LETTERS` (`\p{L}+`) finds them: `chars::is` reads the
/// Unicode tables the patterns are compiled from.
fn letter_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !chars::is(c, chars::L))
        .filter(|word| !word.is_empty())
}

/// Brackets and bars as spaces, one for one, and an en dash as a hyphen ("14 – 06 - 2002").
fn decorated_as_space(c: char) -> char {
    match c {
        '(' | ')' | '[' | ']' | '{' | '}' | '|' | '@' => ' ',
        '，' => ',',
        '–' => '-',
        _ => c,
    }
}

/// A text with its decorations as spaces (`decorated_as_space`): the ASCII ones replaced in
/// place, byte for byte, in a text without a full-width comma or an en dash (which become
/// one byte).
fn decorated_as_spaces(text: String) -> String {
    if chars::holds_any(&text, &['，', '–']) {
        return text.chars().map(decorated_as_space).collect();
    }
    let mut bytes = text.into_bytes();
    for byte in &mut bytes {
        if matches!(byte, b'(' | b')' | b'[' | b']' | b'{' | b'}' | b'|' | b'@') {
            *byte = b' ';
        }
    }
    // one ASCII character for another keeps the text valid UTF-8
    String::from_utf8(bytes)
        .unwrap_or_else(|error| String::from_utf8_lossy(error.as_bytes()).into_owned())
}

/// The line lower-cased with positions kept, its decorations as spaces, and its words.
pub fn prepare(text: &str) -> Result<Line, TimeError> {
    let lowered = chars::lower(text);
    let low: String = if text.is_ascii() || lowered.chars().count() == text.chars().count() {
        decorated_as_spaces(lowered)
    } else {
        // "İ" lower-cases to two code points; keep positions
        text.chars()
            .map(|c| decorated_as_space(c.to_lowercase().next().unwrap_or(c)))
            .collect()
    };
    let original = Indexed::new(text.to_string());
    let low = if text.contains('"') {
        spelled_data_keys(&original, low)?
    } else {
        low
    };
    let may_glue = !text.is_ascii() || text.bytes().any(|b| b.is_ascii_uppercase());
    // "3 min readMar 4, 2021": the letter before a glued capitalised word is read as a
    // space, so that the word starts where the patterns look for a word (a number follows
    // it: a line without a digit has none)
    let glued = if may_glue && has_decimal(text) {
        classes().glued_word.all(&original)?
    } else {
        Vec::new()
    };
    let low = if glued.is_empty() {
        low
    } else {
        let mut low: Vec<char> = low.chars().collect();
        for glued in glued {
            if let Some(letter) = low.get_mut(glued.start()) {
                *letter = ' ';
            }
        }
        low.into_iter().collect()
    };
    let low = Indexed::new(low);
    let low = if may_glue && has_decimal(text) {
        unglued_zones(&original, low)?
    } else {
        low
    };
    let hangul = has_hangul(low.as_str())?;
    let g = grammar();
    let mut marks = Marks::default();
    for word in letter_words(low.as_str()) {
        if let Some(gates) = g.gates.get(word) {
            marks.add(*gates);
        }
    }
    Ok(Line {
        text: original,
        low,
        marks,
        hangul,
    })
}

/// Whether a spelled key opens with a publication's or a modification's label ("last update",
/// "date modified", "created at"): a key of another moment, whose last word alone is a label
/// ('"startDate":', an event's; '"birthDate":'), is none (Python's `_opens_with_label`).
fn opens_with_label(spelled: &str) -> bool {
    let split: Vec<&str> = spelled.split(' ').collect();
    (1..=split.len()).any(|count| key_labels().contains(split[..count].join(" ").as_str()))
}

/// The labels of a publication and of a modification, in every language.
fn key_labels() -> &'static FxHashSet<String> {
    static LABELS: OnceLock<FxHashSet<String>> = OnceLock::new();
    LABELS.get_or_init(|| {
        let labels = &words()["labels"];
        ["published", "modified"]
            .iter()
            .flat_map(|role| labels[*role].as_array().into_iter().flatten())
            .filter_map(|label| label.as_str().map(str::to_string))
            .collect()
    })
}

/// The lowered line with each key of stored data (see `Classes::data_key`) that opens with a
/// label (`opens_with_label`) spelled as its words, quotes and all, so that the labels read it:
/// '"lastUpdate":' as 'last update :' (mirrors `spelled_data_keys`).
fn spelled_data_keys(original: &Indexed, low: String) -> Result<String, TimeError> {
    let keys = classes().data_key.all(original)?;
    if keys.is_empty() {
        return Ok(low);
    }
    let mut chars: Vec<char> = low.chars().collect();
    for found in keys {
        let key = found.group("key").unwrap_or("");
        let mut spelled: Vec<char> = Vec::with_capacity(key.len() + 2);
        for (index, letter) in key.chars().enumerate() {
            if index > 0 && letter.is_ascii_uppercase() {
                spelled.push(' ');
            }
            spelled.push(letter.to_ascii_lowercase());
        }
        let (start, end) = (found.start(), found.start() + key.chars().count() + 2);
        if !opens_with_label(&spelled.iter().collect::<String>()) {
            continue;
        }
        spelled.resize(end - start, ' ');
        if end <= chars.len() {
            chars.splice(start..end, spelled);
        }
    }
    Ok(chars.into_iter().collect())
}

/// The lowered line with the capital of each word glued after a zone's abbreviation read as a
/// space, so that the zone ends where the patterns look for its end; a label glued so is read
/// as one ("EDTFirst published").
fn unglued_zones(original: &Indexed, low: Indexed) -> Result<Indexed, TimeError> {
    let zoned = classes().glued_zone.all(original)?;
    if zoned.is_empty() {
        return Ok(low);
    }
    let g = grammar();
    let mut ats = Vec::new();
    for found in zoned {
        let zone = found.group("zone").unwrap_or("").to_lowercase();
        let known = g.zones.contains_key(&zone) || g.ambiguous.contains_key(&zone);
        if known && g.label.match_at(&low, found.end())?.is_none() {
            ats.push(found.end());
        }
    }
    if ats.is_empty() {
        return Ok(low);
    }
    let mut chars: Vec<char> = low.as_str().chars().collect();
    for at in ats {
        if let Some(letter) = chars.get_mut(at) {
            *letter = ' ';
        }
    }
    Ok(Indexed::new(chars.into_iter().collect()))
}

/// A clock time read in a text, and where it was.
#[derive(Debug, Clone, PartialEq)]
pub struct Clock {
    pub hour: i64,
    pub minute: i64,
    pub second: i64,
    pub micro: i64,
    pub start: usize,
    pub end: usize,
    /// "minute", or "second" when seconds were printed.
    pub precision: &'static str,
}

/// What one segment of a line says: the instant, or why there is none.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    /// Microseconds since the epoch, UTC.
    pub value: Option<i64>,
    /// A warning when value is None.
    pub problem: Option<String>,
    /// "Asia/Seoul (Korean page)" when the zone was not in the text.
    pub assumed: Option<String>,
    /// The parts that were read (code points of the segment).
    pub spans: Vec<(usize, usize)>,
    /// "full", "date", "yearless", "yearless_clock", "clock", "relative" or "".
    pub shape: &'static str,
    /// "day", "minute" or "second": what the text states.
    pub precision: Option<&'static str>,
}

impl Reading {
    pub fn nothing() -> Reading {
        Reading {
            value: None,
            problem: None,
            assumed: None,
            spans: Vec::new(),
            shape: "",
            precision: None,
        }
    }

    /// A reading that gives no instant, and says why.
    pub fn failed(problem: String, spans: Vec<(usize, usize)>, shape: &'static str) -> Reading {
        Reading {
            value: None,
            problem: Some(problem),
            assumed: None,
            spans,
            shape,
            precision: None,
        }
    }
}

/// The caller's settings as a reading uses them, and what the page says of itself.
#[derive(Debug, Clone)]
pub struct Context<'p> {
    /// The caller's default_tz.
    pub zone: Option<Zone>,
    pub zone_name: Option<String>,
    /// The reference instant, microseconds since the epoch.
    pub now: Option<i64>,
    /// The page's language, when the facts know its conventions.
    pub lang: Option<String>,
    /// Zones whose places the page names.
    pub places: PagePlaces,
    /// The page whose zones a time printed without one may be read in (`page_zones`).
    pub page: Option<&'p str>,
    /// Those zones, read from the page when a reading first needs them: most pages state
    /// their times' zone, or have their language give it, or print no clock time.
    pub page_zones: OnceCell<PageZones>,
    /// Whether the page writes the day before the month, read from it when a date that may
    /// be read either way first asks: most pages print none (see `day_first`).
    pub day_first: OnceCell<bool>,
    /// The lengths the page labels as durations (`durations::page_durations`; none without a
    /// page), read when a clock time before a date first asks.
    pub durations: OnceCell<FxHashSet<(i64, i64, i64)>>,
}

/// The zones a page shows for its times printed without one (see `publisher::page_zones`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PageZones {
    /// The zone a forum states for all its times.
    pub board_zone: Option<String>,
    /// The zone of the city an agency's dateline names (or its byline, footer address, rate
    /// widget or credited agencies).
    pub dateline_zone: Option<String>,
    /// The one zone the page's other times state.
    pub page_zone: Option<String>,
}

impl Context<'_> {
    /// The page's zones (none without a page), read on the first call.
    pub fn page_zones(&self) -> Result<&PageZones, TimeError> {
        if let Some(zones) = self.page_zones.get() {
            return Ok(zones);
        }
        let zones = match self.page {
            Some(text) => super::publisher::page_zones(text, self)?,
            None => PageZones::default(),
        };
        Ok(self.page_zones.get_or_init(|| zones))
    }

    /// Whether the page's e-mail addresses are of a day-first country's
    /// (`publisher::writes_day_first`; false without a page), read on the first call.
    pub fn day_first(&self) -> bool {
        *self.day_first.get_or_init(|| {
            self.page
                .is_some_and(|text| super::publisher::writes_day_first(text, self))
        })
    }

    /// The lengths the page labels as durations (`durations::page_durations`; none without a
    /// page), read on the first call.
    pub fn durations(&self) -> &FxHashSet<(i64, i64, i64)> {
        self.durations.get_or_init(|| {
            self.page
                .map(super::durations::page_durations)
                .unwrap_or_default()
        })
    }
}

/// The caller's settings a date beside the headline is read with, the page's places aside:
/// its zone (and that zone's name), its reference instant and the headline's language (Python
/// passes its `Options` and `lang`).
#[derive(Debug, Clone, Copy)]
pub struct Settings<'a> {
    pub zone: Option<&'a Zone>,
    pub zone_name: Option<&'a str>,
    pub now: Option<i64>,
    pub lang: Option<&'a str>,
}

impl Settings<'_> {
    /// The reading context of these settings, for a page whose places are not read.
    pub fn context(&self) -> Context<'static> {
        let zone = self.zone.cloned();
        context(
            zone,
            self.zone_name,
            self.now,
            self.lang,
            PagePlaces::of(None),
        )
    }
}

/// The reading context of a document: only the languages whose timestamp conventions the
/// facts know decide anything.
pub fn context(
    zone: Option<Zone>,
    zone_name: Option<&str>,
    now: Option<i64>,
    lang: Option<&str>,
    places: PagePlaces,
) -> Context<'static> {
    static KNOWN: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    let known_languages = KNOWN.get_or_init(|| {
        section("timestamps")
            .into_iter()
            .map(|(code, _)| code)
            .collect()
    });
    let known = lang.filter(|code| known_languages.contains(code));
    Context {
        zone,
        zone_name: zone_name.map(str::to_string),
        now,
        lang: known.map(str::to_string),
        places,
        page: None,
        page_zones: OnceCell::new(),
        day_first: OnceCell::new(),
        durations: OnceCell::new(),
    }
}

/// The language of a script's conventions (`scripts.json`), if it has one.
fn script_conventions(script: &str) -> Option<String> {
    scripts()
        .get(script)
        .and_then(|facts| facts.get("conventions"))
        .and_then(|value| value.as_str())
        .map(str::to_string)
}

/// The language whose conventions the line's own letters follow, if they say.
pub fn own_conventions(line: &Line) -> Result<Option<String>, TimeError> {
    if line.hangul {
        return Ok(script_conventions("Hangul"));
    }
    if line.low.as_str().is_ascii() || !classes().cyrillic.is_match(line.low.as_str())? {
        return Ok(None);
    }
    Ok(script_conventions("Cyrillic"))
}

/// The language whose conventions the line follows: its own letters first, then the page's.
pub fn conventions(line: &Line, ctx: &Context) -> Result<Option<String>, TimeError> {
    Ok(own_conventions(line)?.or_else(|| ctx.lang.clone()))
}

struct Cells {
    before: Pattern,
    after: Pattern,
    mark: Pattern,
    labelled_before: Pattern,
    labelled_after: Pattern,
    field_start: Pattern,
    field_before: Pattern,
    next_field: Pattern,
    row_opening: Pattern,
}

/// A cell of a row of metadata ("Name | No. 1012 | 2019.08.22 09:47 | Views 984"): bars, dots
/// or two spaces on each side (or the line's end), a short label ("дата:") before it allowed,
/// a lenticular bracket opening the next part after it ("재생 12회 | 등록 2024.03.05【 앵커 】");
/// or a labelled field between commas ("Views: 942, date: 14.02.2020, author: …"), or one
/// followed by another, white space between ("시간:2011-3-9 08:41:12 작성자:… 출처:…"), or one
/// in a row of fields the line opens with a field of its own, white space before the time's
/// label and another field after the time ("제목 : TITLE 등록일 : 2021-10-21    조회: 612"). Python's
/// `$` also matches before a final line break, which the white space before it takes here.
fn cells() -> &'static Cells {
    static CELLS: OnceLock<Cells> = OnceLock::new();
    CELLS.get_or_init(|| {
        let s = space();
        let not_s = format!("[^{REGEX_SPACE}]");
        Cells {
            before: Pattern::new(&format!(
                r"(?:\A|[|·•]|{s}{{2}}){s}*(?:\p{{L}}{{1,12}}{s}?[:：]{s}*)?\z"
            )),
            after: Pattern::new(&format!(r"\A{s}*(?:[|·•【]|{s}{s}|\z)")),
            mark: Pattern::new(&format!(r"[|·•]|{not_s}{s}{s}+{not_s}")),
            labelled_before: Pattern::new(&format!(r"(?:\A|,){s}*\p{{L}}{{1,12}}{s}?[:：]{s}*\z")),
            labelled_after: Pattern::new(&format!(r"\A{s}*(?:,|\z)")),
            field_start: Pattern::new(&format!(r"(?:\A|,){s}*\z")),
            // a short word glued to its colon on each side of the time
            field_before: Pattern::new(&format!(r"(?:\A|{s})\p{{L}}{{1,12}}[:：]{s}*\z")),
            next_field: Pattern::new(&format!(r"\A{s}+\p{{L}}{{1,12}}[:：]")),
            // a board's header run into one line, its title the first field's value
            row_opening: Pattern::new(&format!(r"\A{s}*\p{{L}}{{1,12}}{s}?[:：]{s}.*{s}\z")),
        }
    })
}

/// Whether the text between start and end (code points) fills a cell of a row of metadata
/// of its own; `labelled` when that text starts with its label.
pub fn in_own_cell(
    line: &str,
    start: usize,
    end: usize,
    labelled: bool,
) -> Result<bool, TimeError> {
    let c = cells();
    let text = Indexed::new(line.to_string());
    let (before, after) = (text.slice(0, start), text.slice(end, text.len()));
    let field =
        c.labelled_before.is_match(before)? || (labelled && c.field_start.is_match(before)?);
    if field && c.labelled_after.is_match(after)? {
        return Ok(before.contains(',') || after.contains(','));
    }
    if (field || c.field_before.is_match(before)?) && c.next_field.is_match(after)? {
        return Ok(true); // "시간:2011-3-9 08:41:12 작성자:探索者 출처:연예"
    }
    if labelled && c.row_opening.is_match(before)? && c.next_field.is_match(after)? {
        return Ok(true); // "제목 : TITLE 등록일 : 2021-10-21    조회: 612"
    }
    if !(c.before.is_match(before)? && c.after.is_match(after)?) {
        return Ok(false);
    }
    c.mark.is_match(&format!("{before} {after}"))
}

/// Whether the text between start and end (code points) opens its line before a colon and
/// the words of an entry: a dated entry's heading ("14 февраля 2015: «Звонки в студию» - 3"),
/// the date of the thing the line names.
pub fn heads_entry(line: &str, start: usize, end: usize) -> Result<bool, TimeError> {
    static ENTRY_AFTER: OnceLock<Pattern> = OnceLock::new();
    if start != 0 {
        return Ok(false);
    }
    let entry_after = ENTRY_AFTER.get_or_init(|| {
        let s = space();
        Pattern::new(&format!(r"\A[:：]{s}+[^{REGEX_SPACE}]"))
    });
    let text = Indexed::new(line.to_string());
    entry_after.is_match(text.slice(end, text.len()))
}

/// A name a line repeats from the line above before the date glued to it: at most this long.
const ECHO_LIMIT: usize = 40;

/// The line with the text it repeats from the line above blanked out, when that text ends in
/// a digit and a number is glued to it: a board prints its poster's name, then the name again
/// with the post's date run into its last digits ("Nick305" / "Nick30524.05.17"), and only the
/// line above tells where the date starts. Positions (code points) stay those of the text.
pub fn unechoed<'a>(line: &'a str, above: &str) -> Cow<'a, str> {
    let Some(rest) = line.strip_prefix(above) else {
        return Cow::Borrowed(line);
    };
    let length = above.chars().count();
    let glued =
        above.chars().last().is_some_and(is_digit) && rest.chars().next().is_some_and(is_digit);
    if length > ECHO_LIMIT || !glued {
        return Cow::Borrowed(line);
    }
    Cow::Owned(" ".repeat(length) + rest)
}

/// The positions of the lines with text among lines `within` (cut at the page's end), blank
/// lines passed over: the page's lines as a reader counts them (Python's `filled_lines`).
pub fn filled_lines<'a>(
    lines: &'a [&str],
    within: Range<usize>,
) -> impl Iterator<Item = usize> + 'a {
    (within.start..within.end.min(lines.len()))
        .filter(|&at| !lines[at].trim_matches(is_space).is_empty())
}

/// The positions of the first `count` lines with text under line `index`, blank lines passed
/// over: where a headline's credit, byline or own day stands (Python's `lines_under`).
pub fn lines_under(lines: &[&str], index: usize, count: usize) -> Vec<usize> {
    filled_lines(lines, index + 1..lines.len())
        .take(count)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letter_words_are_the_pattern_s() {
        let pattern = Pattern::new(super::super::grammar::LETTERS);
        for c in '\0'..=char::MAX {
            let text = format!("a{c}b {c}");
            let found: Vec<&str> = letter_words(&text).collect();
            assert_eq!(pattern.texts(&text).ok(), Some(found), "{c:?}");
        }
    }
}

/// The mark a clipping's day closes with: "字", that day's.
const DATED: char = '字';

/// The words beside a day (the day masked, its weekday and fillers blanked) with the mark that
/// closes a clipping's day blanked when nothing else is beside it ("2023년10월2일(월)字": a
/// repost's source paper's day), so that such a day alone on its line is a day alone; the mark
/// after a word stays one (Python's `unmarked`).
pub fn unmarked(masked: String) -> String {
    let trimmed = masked.trim_end_matches(is_space);
    match trimmed.strip_suffix(DATED) {
        Some(rest) if rest.trim_matches(is_space).is_empty() => " ".repeat(masked.chars().count()),
        _ => masked,
    }
}
