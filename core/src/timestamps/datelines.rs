//! Datelines: which lines of a document state its publication and modification times
//! (mirrors `normalize/timestamps/datelines.py`).
//!
//! Like Python, each thread keeps the lines found to state no time (`SILENT`): it only saves
//! work.

use memchr::memmem;
use rustc_hash::{FxHashMap, FxHashSet};
use std::cell::RefCell;
use std::sync::OnceLock;

use crate::per_thread::per_thread;

use super::acts::act_dates;
use super::bounds::bound_days;
use super::continued::{completes, is_label_alone, piled, stacks, Pending, Piece};
use super::grammar::{grammar, Marks};
use super::labels::{labelled_segments, listed};
use super::lines::{
    context, heads_entry, in_own_cell, prepare, unechoed, unmarked, Context, Line, Reading,
};
use super::pattern::{Found, Pattern};
use super::periods::{day_range_dates, period_opens};
use super::publisher::with_page_zones;
use super::pychars::{has_decimal, is_digit, is_space, key, mask_all, rstrip, word_count, Indexed};
use super::reading::read_segment;
use super::revisions::revision_end;
use super::run_in_datelines::run_in_datelines;
use super::stamps::{empty_clock_day, long_line_stamps, meta_day_alone, meta_day_and_time};
use super::zones::{PagePlaces, Zone};
use super::TimeError;
use crate::kept::Kept;
use crate::segment::chars::{self, L, LL, LU, N};
use crate::text::{holds_colon, split_lines, split_words};

/// A timestamp that may be the document's publication or modification time.
#[derive(Debug, Clone, PartialEq)]
pub struct Dateline {
    pub line: usize,
    /// "published", "modified", "elsewhere" (another thing's time) or "" when unlabelled.
    pub role: &'static str,
    pub rank: i64,
    pub reading: Reading,
    /// Code points of the whole text.
    pub start: usize,
    pub end: usize,
}

impl Dateline {
    /// A dateline from its fields in Python's order: line, role, rank, reading, start, end.
    pub fn new(
        line: usize,
        role: &'static str,
        rank: i64,
        reading: Reading,
        start: usize,
        end: usize,
    ) -> Dateline {
        Dateline {
            line,
            role,
            rank,
            reading,
            start,
            end,
        }
    }
}

/// One timestamp in a line: its role from the label, its reading, and its extent.
pub(super) struct Item {
    pub role: &'static str,
    pub reading: Reading,
    pub start: usize,
    pub end: usize,
}

struct Patterns {
    closing_date: Pattern,
    agency_opening: Pattern,
    agency_opening_colon: Pattern,
    agency_opening_bracket: Pattern,
    agency_opening_placed: Pattern,
    dated_lead: Pattern,
    upper: Pattern,
    clock_range: Pattern,
    counter: Pattern,
    counted: Pattern,
    field: Pattern,
    cited_page: Pattern,
}

fn patterns() -> &'static Patterns {
    static PATTERNS: OnceLock<Patterns> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        let s = super::grammar::space();
        Patterns {
            // A title line closed by its outlet and date: "… / 한빛방송 2023.02.14."
            closing_date: Pattern::new(&format!(r"{s}[/|·–—-]{s}[^/|·–—-]{{0,40}}(?=\n?\z)")),
            // An agency's dateline opens a lead: "PORTLAND, Ore., Mar 3, 2022 (Newswire) — …"
            // (after an upper-case letter: `agency_opening` looks at it first)
            agency_opening: Pattern::new(&format!(
                r"\A(?P<opening>[^\n—–]{{6,120}}?\d[^\n—–]{{0,60}}?){s}(?:—|–|--|-){s}"
            )),
            // Or its date closed by a colon, a space or the lead's capital after it:
            // "FAISALABAD:  14 January 2024: …", "Dec. 8, 2006:The university …".
            agency_opening_colon: Pattern::new(&format!(
                r"\A(?P<opening>[^\n—–]{{6,120}}?\d):(?:{s}|(?=\p{{Lu}}))"
            )),
            // Or the bracket its date closes, then a colon glued to the lead: "TARNOW, (Agency -
            // 3rd Feb, 2019 ) :The …".
            agency_opening_bracket: Pattern::new(
                r"\A(?P<opening>[^\n—–]{6,120}?\d[^\n—–():]{0,40}?\)) ?:",
            ),
            // Or, its place a word or three and a comma before it, the full stop closing its
            // date before the agency's credit or the lead: "Talas, 14.03.21. /Agency/. The …".
            agency_opening_placed: Pattern::new(concat!(
                r"\A(?P<opening>\p{Lu}[\p{L}'’-]+(?:\x20[\p{L}'’-]+){0,2},\x20\d[^\n—–,:;]{3,24}?\d)",
                r#"\.\x20(?=[/(«"\p{Lu}])"#,
            )),
            // A lead opening with its day in figures, a colon, a space and the lead's first
            // capital: "19.03.14: Work on the path …".
            dated_lead: Pattern::new(r"\A(?P<opening>\d[^\n:]{5,24}?\d): (?=\p{Lu})"),
            upper: Pattern::new(r"\A\p{Lu}"),
            // A clock range, a broadcast's slot: the start's last digit or its meridiem, a
            // dash (a space either side at most) and the end's hour and minutes ("5:00pm-5:31pm")
            clock_range: Pattern::new(r"(?i)(?:[0-9]|[ap]\.?m\.?) ?[-–] ?[0-9]{1,2}:[0-9]{2}"),
            // A counter a line prints after its time, its label's word, a colon and its count
            // ("댓글: 0", "Views: 591", "Просмотры: 12"): a board's figures, no word of prose
            // (a label's count before the time, "DATELINE: 22, 21 MARCH 2019", stays words)
            counter: Pattern::new(r"(?<![\p{L}\d])\p{L}+ ?: ?\d[\d,.]*(?![\p{L}\d])"),
            // A page's own counters after its time, a count and what it counts, the closed
            // class of views and comments ("417 просмотров 0 комментариев", "조회 591"): the
            // meta line's figures, whatever stands before its time
            counted: Pattern::new(concat!(
                r"(?<![\p{L}\d])(?:\d[\d,.]*\s?(?:views?|comments?|просмотр\p{L}*|комментари\p{L}*)",
                r"|(?:조회수?|댓글)\s?\d[\d,.]*)(?![\p{L}\d])",
            )),
            // A field's label before a line's time, its word and a colon ("이름 : 조영갑"): a
            // row of fields, no reader's sentence, before a board's counters
            field: Pattern::new(r"(?<![\p{L}\d])\p{L}+ ?:"),
            // A print page's number after a comma or a spaced dash closing a citation's line:
            // ", Page 9", " - Page 2", ", p. 9", ", С. 9", ", стр. 9", ", 9면"
            cited_page: Pattern::new(&format!(
                concat!(
                    r"\A(?:,{s}?|{s}[-–—]{s})",
                    r"(?:(?:Page|page|PAGE|p\.|P\.|стр\.|[Сс]\.){s}?[0-9]{{1,4}}|[0-9]{{1,4}}{s}?면)",
                    r"{s}*\z"
                ),
                s = s
            )),
        }
    })
}

/// Brackets around a timestamp belong to it: "(KST)", "[2024-05-17]".
const OPENING: &str = "([{";
const CLOSING: &str = ")]}.";
/// Lines longer than this are prose, not datelines.
const LINE_LIMIT: usize = 240;
/// Lines without a digit are read only if this short.
const WORDLESS_LIMIT: usize = 40;
const LEFTOVER_LIMIT: usize = 5;
const LEFTOVER_LIMIT_RELATIVE: usize = 2;
const LEFTOVER_LIMIT_LABELLED: usize = 12;
const LEFTOVER_LIMIT_DATE: usize = 4;
/// The words of a writer's name before a line's first time at most ("하늘 |"), for its
/// counters after the time to be a board's figures, as they are after a row of fields
/// (Python's `_WRITER_WORDS`): after a reader's sentence they are its comment's score.
const WRITER_WORDS: usize = 2;
/// A date waits for the clock time of a later line when its own line has at most a byline's
/// or a section's words beside it ("By Jane Doe March 8, 2024" / "10:31 AM"), not when a
/// heading's sentence names it ("Other stories of the issue of 14 August 2021" / "00:02:41",
/// a video's length).
const LEFTOVER_PENDING: usize = 2;
/// How far a label before its time may stand from it and still open its extent: across a
/// weekday or a byline ("Posted by: jane@example.com AT 09:12 am"), not across the headline
/// and teaser a scraper ran between its " date" label and the page's date.
const LABEL_REACH: usize = 40;
/// The marks that close a sentence: a line holding one is prose, no heading (`_SENTENCE_MARKS`).
const SENTENCE_MARKS: [char; 4] = ['.', '!', '?', '…'];
/// How many lines found to state no time each thread keeps (Python's `_silent_lines`): the
/// pages of one site repeat their chrome ("Subscribe", "0 Comments"), and whether a line
/// states a time depends on its text alone, the caller's settings only on what the time
/// means. A line that gave an agency's dateline, or a label alone, is not kept.
const SILENT_LINES_KEPT: usize = 4096;

thread_local! {
    static SILENT: RefCell<Kept<()>> = RefCell::new(Kept::new(SILENT_LINES_KEPT));
}

/// The lowest rank, a fallback's: a date its place alone sets apart from the words around it
/// (Python's `FALLBACK_RANK`).
pub const FALLBACK_RANK: i64 = 1;
/// A labelled dateline's rank, the highest: its label says which time it states (Python's
/// `LABEL_RANK`).
pub const LABEL_RANK: i64 = 4;

/// How much a shape says "published then", for unlabelled lines.
fn shape_rank(shape: &str) -> i64 {
    match shape {
        "full" | "relative" | "yearless_clock" => 3,
        "date" => 2,
        _ => 0,
    }
}

/// Every timestamp of a document that may be its publication or modification time, in order.
pub fn find_datelines(
    text: &str,
    zone: Option<Zone>,
    zone_name: Option<&str>,
    now: Option<i64>,
    lang: Option<&str>,
) -> Result<Vec<Dateline>, TimeError> {
    let places = PagePlaces::of(may_be_ambiguous(text).then_some(text));
    let ctx = with_page_zones(text, context(zone, zone_name, now, lang, places));
    // the page's lines and where each starts in characters, made once for the loop and for
    // the marks after it
    let lines: Vec<&str> = split_lines(text).collect();
    let starts = line_starts(&lines);
    let mut found_lines: Vec<Dateline> = Vec::new();
    let mut pending: Option<Pending> = None;
    let mut pieces: Vec<Piece> = Vec::new(); // the last lines that may be pieces of a stacked date
    let mut above = "";
    for (index, &raw_line) in lines.iter().enumerate() {
        let mut index = index;
        let mut start = starts[index];
        let length = starts[index + 1] - start - 1;
        let unechoed_line = unechoed(raw_line, above);
        above = raw_line;
        let raw_line: &str = &unechoed_line;
        piled(&mut pieces, index, start, raw_line);
        let stacked = if pieces.len() > 1 {
            stacked_date(&pieces, &ctx)?
        } else {
            Vec::new()
        };
        if !stacked.is_empty() {
            found_lines.extend(stacked);
            pieces.clear();
            pending = None;
            continue;
        }
        if raw_line.is_empty() {
            continue; // the lines of page chrome the caller blanked out
        }
        // a long line is read for its digits at once, a short one only past the lines known
        // silent
        let long = length > WORDLESS_LIMIT;
        if long && !has_decimal(raw_line) {
            pending = None;
            continue;
        }
        if length > LINE_LIMIT {
            // prose, but for an agency's dateline that opens it, a paragraph's closing day, the
            // date opening a page run into one line, a labelled date and time or an agency's
            // dateline run in after a release's headline
            pending = None;
            found_lines.extend(agency_datelines(
                raw_line,
                &ctx,
                index,
                start,
                &found_lines,
            )?);
            found_lines.extend(dated_lead(raw_line, &ctx, index, start)?);
            found_lines.extend(paragraph_dates(raw_line, &ctx, index, start)?);
            found_lines.extend(run_in_opening(raw_line, &ctx, index, start)?);
            found_lines.extend(labelled_in_prose(raw_line, &ctx, index, start)?);
            // an agency's dateline run in after a release's headline: see `run_in_datelines`
            for (reading, first, last) in run_in_datelines(raw_line, &ctx)? {
                found_lines.push(Dateline {
                    line: index,
                    role: "",
                    rank: FALLBACK_RANK,
                    reading,
                    start: first + start,
                    end: last + start,
                });
            }
            // fallbacks: see `stamps`
            for (role, reading, first, last) in long_line_stamps(raw_line, &ctx)? {
                found_lines.push(Dateline::new(
                    index,
                    role,
                    FALLBACK_RANK,
                    reading,
                    first + start,
                    last + start,
                ));
            }
            continue;
        }
        if SILENT.with(|silent| silent.borrow().get(raw_line).is_some()) {
            pending = None;
            continue;
        }
        let revised = revision_end(raw_line);
        let cut: String;
        let raw_line: &str = match revised {
            // a wiki's revision line, its edit's summary aside
            Some(end) => {
                cut = raw_line.chars().take(end).collect();
                &cut
            }
            None => raw_line,
        };
        let prepared = prepare(raw_line)?;
        if !(long || has_decimal(&unechoed_line) || may_state_time(&prepared)) {
            // no number and no word a time is read from: no time, no label, no agency's
            // dateline (which holds a number); a page's chrome repeats on the site's next page
            SILENT.with(|silent| silent.borrow_mut().keep(raw_line, ()));
            pending = None;
            continue;
        }
        let (mut found, mut leftover) = scan(&prepared, &ctx)?;
        if revised.is_some() {
            // the revision's time: the page's modification
            for item in &mut found {
                if item.role.is_empty() {
                    item.role = "modified";
                }
            }
        }
        let mut line = raw_line.to_string();
        if let Some(waiting) = pending.take() {
            if completes(&waiting, &found, leftover) {
                // read as one line, the line breaks kept so that positions stay those of the text
                line = waiting.text.clone() + &"\n".repeat(index - waiting.line) + raw_line;
                (found, leftover) = scan(&prepare(&line)?, &ctx)?;
                found_lines.truncate(waiting.kept);
                start = waiting.start;
                index = waiting.line;
            }
        }
        let agency = if found.is_empty() || leftover > LEFTOVER_LIMIT_LABELLED {
            let mut agency = agency_datelines(&line, &ctx, index, start, &found_lines)?;
            agency.extend(dated_lead(&line, &ctx, index, start)?);
            agency
        } else {
            Vec::new()
        };
        let by_agency = !agency.is_empty();
        found_lines.extend(agency);
        if found.is_empty() {
            // most lines of a page
            if is_label_alone(&prepared)? {
                pending = Some(Pending {
                    kind: "label",
                    line: index,
                    text: line,
                    start,
                    kept: found_lines.len(),
                });
            } else if !by_agency && line == raw_line {
                SILENT.with(|silent| silent.borrow_mut().keep(raw_line, ()));
            }
            continue;
        }
        if found.iter().all(|item| item.reading.shape == "date") && leftover <= LEFTOVER_PENDING {
            pending = Some(Pending {
                kind: "date",
                line: index,
                text: line.clone(),
                start,
                kept: found_lines.len(),
            });
        }
        found_lines.extend(placed(&found, leftover, index, start, &line, text)?);
    }
    let page = (lines.as_slice(), starts.as_slice());
    let marked = weather_widgets_apart(embedded_posts_apart(found_lines, text, page), text);
    let mut listed = list_dates_apart(manager_stamps_apart(marked, &lines), page);
    let acts = act_dates(&listed, text, page); // an act's requisites: its adoption day
    let ranges = day_range_dates(&listed, text, &lines); // a line of an event's days
    for order in period_opens(&listed, text)
        .into_iter()
        .chain(acts)
        .chain(ranges)
    {
        listed[order].role = "elsewhere";
    }
    // a period's bound, a call's deadline
    for order in bound_days(&listed, page)? {
        listed[order].role = "elsewhere";
    }
    Ok(listed)
}

/// The date the last pieces of a stacked date read as together, the longest run first: one
/// date read to the day from all of their text, placed on the line of its last piece, the one
/// nearest the headline the widget stands over.
fn stacked_date(pieces: &[Piece], ctx: &Context) -> Result<Vec<Dateline>, TimeError> {
    let last = pieces.last().map_or(0, |piece| piece.line);
    for (first, text) in stacks(pieces) {
        let (found, leftover) = scan(&prepare(&text)?, ctx)?;
        if found.len() != 1 || leftover != 0 || found[0].reading.shape != "date" {
            continue;
        }
        if (found[0].start, found[0].end) == (0, text.chars().count()) {
            return placed(&found, 0, last, first.start, &text, "");
        }
    }
    Ok(Vec::new())
}

/// Whether a line without a digit may still state a time or a dateline's label: a word that
/// opens a label, a relative time or a clock word ("noon"), or, in a line of Hangul (which
/// glues words to their particles, so that no word gate opens for them), a token that moves
/// the calendar by itself ("어제") or a zone's name. Without any, reading it finds nothing:
/// every date and clock pattern reads a number.
fn may_state_time(line: &Line) -> bool {
    line.marks.has(Marks::LABEL)
        || line.marks.has(Marks::RELATIVE)
        || line.marks.has(Marks::CLOCK)
        || (line.hangul
            && (line.marks.has(Marks::ZONE) || grammar().moves.may_move(line.low.as_str())))
}

/// Where each of the lines a text was split into at its newlines starts in it, in characters,
/// and one past the last line's end (Python's `lines.line_starts`).
pub fn line_starts(lines: &[&str]) -> Vec<usize> {
    let mut starts = Vec::with_capacity(lines.len() + 1);
    starts.push(0);
    for line in lines {
        starts.push(starts[starts.len() - 1] + line.chars().count() + 1);
    }
    starts
}

/// The datelines, an embedded social post's time marked as another thing's: an unlabelled time
/// right after its author's handle, on the handle's line or opening the next one ("— Jane Roe
/// (@janeroe) June 9, 2018", as the embed code of a post prints it); a labelled one there is the
/// byline's own field ("Jane Roe (@janeroe) Published June 9, 2018"). `page` holds the text's
/// lines and where each starts (`line_starts`).
fn embedded_posts_apart(
    mut datelines: Vec<Dateline>,
    text: &str,
    (lines, starts): (&[&str], &[usize]),
) -> Vec<Dateline> {
    static HANDLE: OnceLock<memmem::Finder<'static>> = OnceLock::new();
    let handle = HANDLE.get_or_init(|| memmem::Finder::new("(@"));
    if datelines.is_empty() || handle.find(text.as_bytes()).is_none() {
        return datelines;
    }
    for item in &mut datelines {
        if !item.role.is_empty() {
            continue;
        }
        let (Some(line), Some(start)) = (lines.get(item.line), starts.get(item.line)) else {
            continue;
        };
        let local = item.start.saturating_sub(*start);
        let cut = line
            .char_indices()
            .nth(local)
            .map_or(line.len(), |(at, _)| at);
        let before = &line[..cut];
        let above = match item.line.checked_sub(1) {
            Some(previous) if rstrip(before).is_empty() => lines[previous],
            _ => "",
        };
        if ends_with_handle(before) || ends_with_handle(above) {
            item.role = "elsewhere";
        }
    }
    datelines
}

/// How many lines from a date a weather widget may stand to be that date's widget.
const WEATHER_REACH: usize = 2;
/// A weather widget's line is short ("• Seoul 5.2℃", "Partly cloudy 61 °F"); a lead that
/// reports a temperature ("Temperatures reached 35°C on Monday as ...") is not one.
const WEATHER_LINE: usize = 40;

/// The datelines, an unlabelled time beside a weather reading (a short line holding a
/// temperature) marked as another thing's: a today widget ("2023.11.02 (목)" / "• 맑음서울
/// 5.2℃"), never an article's time.
fn weather_widgets_apart(mut datelines: Vec<Dateline>, text: &str) -> Vec<Dateline> {
    // both looked for as their bytes together: alone, their last bytes are common ones of
    // Cyrillic and Hangul letters; only an unlabelled time is marked
    static SIGNS: OnceLock<[memmem::Finder<'static>; 4]> = OnceLock::new();
    let signs = SIGNS.get_or_init(|| ["°", "℃", "˚", "º"].map(memmem::Finder::new));
    let bytes = text.as_bytes();
    if !datelines.iter().any(|item| item.role.is_empty())
        || signs.iter().all(|sign| sign.find(bytes).is_none())
    {
        return datelines;
    }
    let warm: Vec<usize> = text
        .split('\n')
        .enumerate()
        .filter(|(_, line)| is_weather_line(line))
        .map(|(index, _)| index)
        .collect();
    for item in &mut datelines {
        // `warm` is in line order: the first warm line from WEATHER_REACH above the date
        let nearest = warm.partition_point(|&line| line + WEATHER_REACH < item.line);
        if item.role.is_empty()
            && warm
                .get(nearest)
                .is_some_and(|&line| line <= item.line + WEATHER_REACH)
        {
            item.role = "elsewhere";
        }
    }
    datelines
}

/// How many lines with text above a modification its page's manager block may open.
const MANAGER_REACH: usize = 2;
/// What a manager block's line may open with before its label: "- 담당부서 : …", "• 연락처 …".
const LINE_MARKS: &[char] = &[' ', '\t', '-', '•', '·', '*', '–', '—', '▪'];

/// The labels of a government page's manager block, its department ("담당부서") (Python's
/// `managers._manager_labels`).
fn manager_labels() -> &'static [String] {
    static LABELS: OnceLock<Vec<String>> = OnceLock::new();
    LABELS.get_or_init(|| listed("manager_labels").collect())
}

/// Whether one of the `MANAGER_REACH` lines with text above `line` opens with the label of a
/// page's manager block, its department ("- 담당부서 : 시민소통과" / "- 연락처 : …" / "- 최종수정일 :
/// 2024-11-28"): the modification under it is the menu page's stamp, which a government site
/// prints under every post it keeps, not the post's; a story's contact line alone over its edit
/// names no department (Python's `managers.under_manager`).
fn under_manager(lines: &[&str], line: usize) -> bool {
    let labels = manager_labels();
    lines[..line.min(lines.len())]
        .iter()
        .rev()
        .filter(|text| !text.chars().all(is_space))
        .take(MANAGER_REACH)
        .any(|text| {
            let opening = key(text.trim_start_matches(LINE_MARKS));
            labels
                .iter()
                .any(|label| opening.starts_with(label.as_str()))
        })
}

/// The datelines, a modification under a page's manager block (see `under_manager`) marked as
/// another thing's (Python's `elsewhere.apart_times`, in part); `lines` the text's lines.
fn manager_stamps_apart(mut datelines: Vec<Dateline>, lines: &[&str]) -> Vec<Dateline> {
    if manager_labels().is_empty() || !datelines.iter().any(|item| item.role == "modified") {
        return datelines;
    }
    for item in &mut datelines {
        if item.role == "modified" && under_manager(lines, item.line) {
            item.role = "elsewhere";
        }
    }
    datelines
}

/// How many dates printed behind the same bullet make a list of dates.
const LIST_DATES: usize = 3;
const BULLETS: &[char] = &['-', '•', '·', '*', '–', '—', '▪'];
/// How many clock times alone under a day behind a bullet make that day a feed's.
const FEED_CLOCKS: usize = 2;

/// The datelines, an unlabelled date that is a bullet's only words ("- 3 октября 2022",
/// "• 03/05/2024") marked as another thing's when at least `LIST_DATES` dates are printed
/// behind that same bullet, or when the lines under the date are a feed's clock times (see
/// `heads_clocks`): the days of a list of teasers, of an index or of a feed, not the
/// article's; and the days alone on their lines in a run of them (see `runs_of_days`)
/// (Python's `elsewhere.listed_dates`, applied). `page` holds the text's lines and where each
/// starts (`line_starts`).
fn list_dates_apart(
    mut datelines: Vec<Dateline>,
    (lines, starts): (&[&str], &[usize]),
) -> Vec<Dateline> {
    let is_candidate = |item: &Dateline| item.role.is_empty() && item.reading.value.is_some();
    if !datelines.iter().any(is_candidate) {
        return datelines;
    }
    let blank = |c: char| c == ' ' || c == '\t';
    // for each dateline, whether it is its line's only words: behind a bullet (Some) or not
    let alone: Vec<Option<Option<char>>> = datelines
        .iter()
        .map(|item| {
            if !is_candidate(item) {
                return None;
            }
            let (line, first) = (lines.get(item.line)?, *starts.get(item.line)?);
            let head_len = item.start.checked_sub(first)?;
            let tail_at = item.end.checked_sub(first)?;
            let chars: Vec<char> = line.chars().collect();
            if head_len > tail_at || tail_at > chars.len() {
                return None; // a date whose time is printed on the next line
            }
            let head: String = chars[..head_len].iter().collect();
            let tail: String = chars[tail_at..].iter().collect();
            if !tail.trim_matches(blank).is_empty() {
                return None;
            }
            let mut head_chars = head.trim_matches(blank).chars();
            match (head_chars.next(), head_chars.next()) {
                (None, _) => Some(None),
                (Some(bullet), None) if BULLETS.contains(&bullet) => Some(Some(bullet)),
                _ => None,
            }
        })
        .collect();
    let mut counts: FxHashMap<char, usize> = FxHashMap::default();
    for bullet in alone.iter().flatten().flatten() {
        *counts.entry(*bullet).or_insert(0) += 1;
    }
    let in_runs = runs_of_days(&datelines, &alone);
    for (order, (item, bullet)) in datelines.iter_mut().zip(&alone).enumerate() {
        let listed = match bullet {
            Some(Some(bullet)) => {
                counts.get(bullet).copied().unwrap_or(0) >= LIST_DATES
                    || heads_clocks(lines, item.line)
            }
            _ => false,
        };
        if listed || in_runs.contains(&order) {
            item.role = "elsewhere";
        }
    }
    datelines
}

/// The positions among the datelines that are their line's only words (`alone`, see
/// `list_dates_apart`) of the days without a clock time printed line after line, at least
/// `LIST_DATES` in a run: a list of days to browse ("14 февраля 2026" / "13 февраля 2026" /
/// "12 февраля 2026"), where an article prints its own day once (Python's
/// `elsewhere._runs_of_days`).
fn runs_of_days(datelines: &[Dateline], alone: &[Option<Option<char>>]) -> FxHashSet<usize> {
    let mut found = FxHashSet::default();
    let mut run: Vec<usize> = Vec::new();
    for (order, item) in datelines.iter().enumerate() {
        if alone[order].is_none() || item.reading.shape != "date" {
            continue;
        }
        if run
            .last()
            .is_some_and(|&last| datelines[last].line + 1 != item.line)
        {
            run.clear();
        }
        run.push(order);
        if run.len() >= LIST_DATES {
            found.extend(run.iter().copied());
        }
    }
    found
}

/// Whether the lines right under line `line` are at least `FEED_CLOCKS` clock times alone,
/// each behind a bullet or after a bullet's line of its own ("-", "09:10", "-", "08:52"), up
/// to the first other line: a feed's items under their day, the titles gone (Python's
/// `elsewhere._heads_clocks`).
fn heads_clocks(lines: &[&str], line: usize) -> bool {
    let blank = |c: char| c == ' ' || c == '\t';
    let mut clocks = 0;
    for below in lines.iter().skip(line + 1) {
        let filled = below.trim_matches(blank);
        let rest = match filled.chars().next() {
            Some(first) if BULLETS.contains(&first) => {
                filled[first.len_utf8()..].trim_matches(blank)
            }
            _ => filled,
        };
        if rest.is_empty() && !filled.is_empty() {
            continue; // a bullet alone
        }
        if !is_clock_alone(rest) {
            break;
        }
        clocks += 1;
    }
    clocks >= FEED_CLOCKS
}

/// Whether a text is a clock time alone: one or two digits, a colon and two digits ("9:05").
fn is_clock_alone(text: &str) -> bool {
    let Some((hours, minutes)) = text.split_once(':') else {
        return false;
    };
    let digits = |part: &str| part.bytes().all(|byte| byte.is_ascii_digit());
    (1..=2).contains(&hours.len()) && minutes.len() == 2 && digits(hours) && digits(minutes)
}

/// The lines below the headline that its article's own dateline may take: its head (`choice`
/// weighs the datelines within it as the article's).
pub const HEAD_BELOW: usize = 8;
/// What sets a heading's words apart from its day: "Agenda - May 3, 2025", "2025-04-22 – Notes".
const HEADING_DASHES: [&str; 3] = [" - ", " – ", " — "];

/// The positions among `datelines` of the unlabelled days (no clock time) that share their line
/// with other words, further below the headline (line `near`) than its head: what names a
/// thing's day deep in the body, not the article's time. A heading naming the day of what it
/// heads, set apart by a dash ("Council Meeting Agenda - Wednesday, January 20, 2021"); without
/// a dash, words and no other number: a chart's label ("장 마감 2024.05.02"), a letter's date
/// ("NOTICE OF APPEAL DATED 3RD MAY 2022"). A day alone on its line is not one, nor a day beside
/// a counter ("48,201 views Premiered Jun 5, 2024"), nor a day opening the line right under the
/// article's sign-off (`signs_off`) with at most a link's label beside it: the page's (a related
/// story's head after the day keeps it the story's; Python's `elsewhere.body_dates`).
pub fn body_dates(
    datelines: &[Dateline],
    lines: &[&str],
    near: Option<usize>,
) -> Result<FxHashSet<usize>, TimeError> {
    let mut found = FxHashSet::default();
    let Some(near) = near else {
        return Ok(found);
    };
    // where the lines start, counted when a day deep in the body first asks
    let mut starts: Option<Vec<usize>> = None;
    for (order, item) in datelines.iter().enumerate() {
        if !item.role.is_empty() || item.reading.shape != "date" || item.line <= near + HEAD_BELOW {
            continue;
        }
        let starts = starts.get_or_insert_with(|| line_starts(lines));
        let (Some(line), Some(&first)) = (lines.get(item.line), starts.get(item.line)) else {
            continue;
        };
        if item.start < first {
            continue;
        }
        let prepared = prepare(line)?;
        let masked = mask_all(
            prepared.low.as_str(),
            &[(item.start - first, item.end.saturating_sub(first))],
        );
        let words = unmarked(grammar().noise_word.replace_all(&masked, " ")?);
        let heading = HEADING_DASHES.iter().any(|dash| line.contains(dash));
        let above = lines[..item.line]
            .iter()
            .rev()
            .find(|line| !line.trim().is_empty());
        let signed = item.start == first
            && word_count(&words) <= LINK_LABEL_WORDS
            && above.is_some_and(|line| signs_off(line));
        if word_count(&words) > 0 && (heading || !has_decimal(&words)) && !signed {
            found.insert(order);
        }
    }
    Ok(found)
}

/// A link's label beside a day under the article's sign-off ("원문 보기", "Read the original"): at
/// most this many words; more is a related story's head.
const LINK_LABEL_WORDS: usize = 3;

/// Whether a line closes with an e-mail address as its last word: an article's sign-off, its
/// writer's address after the byline ("Jane Roe, staff reporter jane@news.example"), Python's
/// `_signs_off`.
fn signs_off(line: &str) -> bool {
    let Some(word) = line.split_whitespace().last() else {
        return false;
    };
    let Some((local, domain)) = word.rsplit_once('@') else {
        return false;
    };
    !local.is_empty() && domain.trim_matches('.').contains('.')
}

/// A story's paragraph (a digest item's, a teaser's lead): at least this many words, or a
/// sentence of at least `SENTENCE_WORDS` closed by a stop.
const STORY_WORDS: usize = 20;
const SENTENCE_WORDS: usize = 12;

/// Whether a line is a story's paragraph: at least `STORY_WORDS` words, or a sentence of at
/// least `SENTENCE_WORDS` closed by a stop; a digest item's lead, a teaser's (Python's
/// `elsewhere.is_story_paragraph`).
pub fn is_story_paragraph(text: &str) -> bool {
    let words = split_words(text).count();
    words >= STORY_WORDS
        || (words >= SENTENCE_WORDS
            && text
                .trim_end_matches(chars::is_space)
                .ends_with(['.', '!', '?']))
}

/// Whether a line is a weather widget's reading: a short line holding a temperature ("Облачно
/// 12°", "• 맑음서울 5.2℃"), Python's `weather_lines` on one line.
pub fn is_weather_line(line: &str) -> bool {
    line.chars().count() <= WEATHER_LINE && has_temperature(line)
}

/// Whether a line holds a temperature as a weather widget prints it: "12°", "-3.1℃",
/// "Сейчас-14°C", or with a look-alike of the degree sign before the scale's letter ("−4˚C",
/// "12ºF"); not an angle's degrees followed by its minutes ("55°45′").
fn has_temperature(line: &str) -> bool {
    let chars: Vec<char> = line.chars().collect();
    chars.iter().enumerate().any(|(at, &char)| {
        let before = match at.checked_sub(1).map(|previous| chars[previous]) {
            Some(' ') => at.checked_sub(2).map(|previous| chars[previous]),
            other => other,
        };
        let after = chars.get(at + 1);
        let degrees = match char {
            '°' | '℃' => !after.is_some_and(|digit| digit.is_ascii_digit()),
            '˚' | 'º' => after.is_some_and(|scale| *scale == 'C' || *scale == 'F'),
            _ => false,
        };
        degrees && before.is_some_and(|digit| digit.is_ascii_digit())
    })
}

/// Whether a text ends with a social handle in brackets: "Jane Roe (@janeroe)".
fn ends_with_handle(text: &str) -> bool {
    let Some(body) = rstrip(text).strip_suffix(')') else {
        return false;
    };
    let Some(opening) = body.rfind("(@") else {
        return false;
    };
    let handle = &body[opening + 2..];
    (1..=15).contains(&handle.len())
        && handle
            .bytes()
            .all(|byte| byte.is_ascii_alphanumeric() || byte == b'_')
}

/// Whether a date and time opens its line glued to the words after it, the clock's last digit
/// touching a letter ("17 апреля 2024, 18:05IR-релизыДивиденды…", "2022-03-14 16:22:07Sino
/// Wire Editor", its weekday before it: "Ср, 3 сен 2025 02:10 +0600Глава …"): a scraper ran
/// the page's metadata cells together; not a Korean hour's unit ("[2009-03-13]시카고").
fn glued_open(text: &Indexed, item: &Item) -> Result<bool, TimeError> {
    Ok(item.reading.shape == "full"
        && item.end > 0
        && text.at(item.end - 1).is_some_and(is_digit)
        && text.at(item.end).is_some_and(|c| chars::is(c, L))
        && weekday_at_most(text.slice(0, item.start))?)
}

/// Whether a text is empty, or a weekday's name alone with the comma or spaces after it: what
/// may open a line before its date (Python's `_weekday_at_most`, `placement.py`).
fn weekday_at_most(text: &str) -> Result<bool, TimeError> {
    if text.is_empty() {
        return Ok(true);
    }
    let word = text.trim_end_matches([' ', ',']);
    if word.is_empty() || !word.chars().all(|c| chars::is(c, L)) {
        return Ok(false);
    }
    // the pattern takes no letter after its match, so one opening a word of letters is all of it
    let lowered = Indexed::new(chars::lower(word));
    Ok(grammar().weekday.match_at(&lowered, 0)?.is_some())
}

/// Whether a date, or a date and time, is printed twice, its copy glued right after it
/// ("May 14, 2024May 14, 2024News Desk"): a scraper ran the page's published and updated
/// cells together, the page's own times, however many words share the line.
fn doubled(text: &Indexed, item: &Item) -> bool {
    let size = item.end.saturating_sub(item.start);
    matches!(item.reading.shape, "date" | "full")
        && item.end + size <= text.len()
        && text.slice(item.start, item.end) == text.slice(item.end, item.end + size)
}

/// Whether a labelled time closes its line, its label right before it (within the label's
/// reach, so that it opens the time's extent): a forum thread's "Discussion in 'Pets' started
/// by nick, Mar 12, 2010.", not a form's field whose label stands far from its date.
fn closes_labelled(text: &Indexed, item: &Item) -> Result<bool, TimeError> {
    if item.role.is_empty() || !rstrip(text.slice(item.end, text.len())).is_empty() {
        return Ok(false);
    }
    let prepared = prepare(text.slice(0, text.len()))?;
    Ok(grammar()
        .label
        .match_at(&prepared.low, item.start)?
        .is_some())
}

/// Whether a date and time stands in brackets of its own, as a post's stamp does
/// ("+12 [03.03.2013 21:47] nick Rating 812"): a cell of its own in a line of chrome.
fn bracketed(text: &Indexed, item: &Item) -> bool {
    if item.reading.shape != "full" || item.end <= item.start {
        return false;
    }
    let opening = text.slice(item.start, item.start + 1);
    let closing = text.slice(item.end - 1, item.end);
    matches!((opening, closing), ("(", ")") | ("[", "]") | ("{", "}"))
}

/// The marks that open a list's item: a box of related posts, each closed by its day ("-
/// Harbor board approves new ferry fares - March 3, 2025"), is no title's line.
const LIST_MARKS: [&str; 4] = ["- ", "• ", "* ", "· "];

/// Whether a time closes its line after a separator and a few words: "… / Outlet
/// 2023.02.14.", "Roll Call - Week ending Saturday, March 9, 2019"; or a machine's date,
/// year first, or a machine's date and clock time, digits and their separators alone, closes
/// it after a space: "… 개표율 42% 2018-06-14", "… 하나TV 2024.08.17 19:48" (prose, which
/// writes a date otherwise, does not). A line a list's mark opens is a list's item, a related
/// post's title and day, whatever closes it.
fn closes_title(line: &str, text: &Indexed, item: &Item) -> Result<bool, TimeError> {
    if LIST_MARKS
        .iter()
        .any(|mark| line.trim_start_matches(is_space).starts_with(mark))
    {
        return Ok(false);
    }
    let head = Indexed::new(text.slice(0, item.start).to_string());
    if patterns().closing_date.search(&head, 0)?.is_some()
        && item.end >= line.trim_end_matches([' ', '.']).chars().count()
    {
        return Ok(true);
    }
    let spaced = item.start > 0
        && text.at(item.start - 1) == Some(' ')
        && item.end == rstrip(line).chars().count();
    let stamp = text.slice(item.start, item.end);
    let machine = is_iso_day(stamp) || (item.reading.shape == "full" && is_machine_stamp(stamp));
    Ok(spaced && machine)
}

/// How far after its label a date and time in a line too long to be a dateline is read: a date
/// and a clock time with its seconds and zone ("2016.04.12 09:41", "12 March 2024, 09:41:07
/// GMT+03:00").
const LABELLED_REACH: usize = 40;

/// The first publication label of a line too long to be a dateline that its date and a clock
/// time follow at once ("… 작성자 정보 작성일 2016.04.12 09:41 컨텐츠 정보 …": a page run into
/// one line), as a fallback: Python's `_labelled_in_prose`.
fn labelled_in_prose(
    line: &str,
    ctx: &Context,
    index: usize,
    start: usize,
) -> Result<Vec<Dateline>, TimeError> {
    if !holds_colon(line) {
        return Ok(Vec::new()); // no clock time of hours and minutes
    }
    let whole = prepare(line)?;
    let (_, segments) = labelled_segments(&whole)?;
    for (role, label_start, first, last) in segments {
        if role != "published" {
            continue;
        }
        let reading = read_segment(&whole, first, last.min(first + LABELLED_REACH), ctx)?;
        let opens = reading.spans.iter().map(|span| span.0).min() == Some(0);
        if reading.shape == "full" && reading.value.is_some() && opens {
            let end = first + reading.spans.iter().map(|span| span.1).max().unwrap_or(0);
            return Ok(vec![Dateline::new(
                index,
                role,
                FALLBACK_RANK,
                reading,
                label_start + start,
                end + start,
            )]);
        }
    }
    Ok(Vec::new())
}

/// Whether a date and a clock range close their line: a broadcast's slot after its programme's
/// and channel's names ("Evening News  KXTV  March 2, 2017 5:00pm-5:31pm CST"), published at
/// its start; a sentence naming an hour's span ends with its full stop. Python's `closes_slot`
/// (`placement.py`).
fn closes_slot(line: &str, text: &Indexed, item: &Item) -> Result<bool, TimeError> {
    if item.reading.shape != "full" || item.end != rstrip(line).chars().count() {
        return Ok(false);
    }
    patterns()
        .clock_range
        .is_match(text.slice(item.start, item.end))
}

/// How many words opening in a small letter, four letters or more, before a citation's day
/// say a reader's sentence cites the paper ("found", "about"), not a citation's line (a
/// periodical's "of", "the"; "Озёрная газета" holds one).
const CITING_SENTENCE_WORDS: usize = 3;

/// Whether a day closes a citation's line before its print page's number alone, after a comma
/// or a spaced dash: a digitised paper's article cited by its periodical, issue, day and page
/// ("Harbour Weekly, Issue 31, 1 March 1987, Page 9"); the issue's day is the article's. A
/// reader's sentence citing the paper, `CITING_SENTENCE_WORDS` words in small letters or more
/// before the day, is no citation's line. Python's `cites_page` (`placement.py`).
fn cites_page(text: &Indexed, item: &Item) -> Result<bool, TimeError> {
    if item.reading.shape != "date"
        || !patterns()
            .cited_page
            .is_match(text.slice(item.end, text.len()))?
    {
        return Ok(false);
    }
    Ok(small_words(text.slice(0, item.start)) < CITING_SENTENCE_WORDS)
}

/// How many of `text`'s words (runs of letters) open in a small letter and hold four letters
/// or more, Python's `_SMALL_WORD` matches.
fn small_words(text: &str) -> usize {
    let mut count = 0;
    let mut run = 0;
    let mut small = false;
    for c in text.chars().chain(std::iter::once(' ')) {
        if chars::is(c, L) {
            if run == 0 {
                small = chars::is(c, LL);
            }
            run += 1;
        } else {
            count += usize::from(small && run >= 4);
            run = 0;
        }
    }
    count
}

/// The end of a sentence, before a paragraph's closing date.
const SENTENCE_END: &str = ".!?…\"'»”";
/// How long a date alone in brackets is: "(2019. 7. 1)", "(22.03.2019)", "(September 22, 2019)".
const BRACKETED_DATE_LENGTH: (usize, usize) = (6, 20);

/// Whether a date stands in brackets of its own at the very end of its line, right after a
/// sentence's end: a paragraph's day ("… 무엇인가요? (2019. 07. 11)"), not a title naming its
/// event's day ("Jaipur vs Chennai (12 May 2017)"), Python's `closes_paragraph` (`placement.py`).
fn closes_paragraph(line: &str, text: &Indexed, item: &Item) -> bool {
    matches!(item.reading.shape, "date" | "full")
        && item.end > item.start
        && text.at(item.start) == Some('(')
        && text.at(item.end - 1) == Some(')')
        && item.end == rstrip(line).chars().count()
        && rstrip(text.slice(0, item.start))
            .chars()
            .next_back()
            .is_some_and(|c| SENTENCE_END.contains(c))
}

/// Whether a date closes its line as the end of a sentence: the line opens with a capital and
/// its full stop comes right after the date ("Away cup tie played on 9 May 2015."), its words
/// saying what happened that day, Python's `closes_sentence` (`closings.py`).
fn closes_sentence(line: &str, text: &Indexed, item: &Item) -> bool {
    let body = rstrip(line);
    let rest = text.slice(item.end, body.chars().count());
    body.chars()
        .next()
        .is_some_and(|c| chars::str_is_upper(c.encode_utf8(&mut [0; 4])))
        && body.ends_with('.')
        && (rest.is_empty() || rest == ".")
}

/// The span, in characters, of an index code in square brackets, digits in it and no space,
/// that closes a line after its times (from `after` on), Python's `closing_tag`
/// (`placement.py`).
fn closing_tag(line: &str, after: usize) -> Option<(usize, usize)> {
    let body = rstrip(line).strip_suffix(']')?;
    let opening = body.rfind('[')?;
    let inside = &body[opening + 1..];
    let code = !inside.contains(']')
        && !inside.chars().any(is_space)
        && inside.chars().any(|c| c.is_ascii_digit());
    let start = body[..opening].chars().count();
    (code && start >= after).then(|| (start, body.chars().count() + 1))
}

/// Where a bracket short enough to hold a date alone opens (6 to 20 characters inside), in
/// characters, when it closes the line, Python's `closing_bracket` (`placement.py`).
fn closing_bracket(line: &str) -> Option<usize> {
    let body = rstrip(line).strip_suffix(')')?;
    let opening = body.rfind('(')?;
    let inside = &body[opening + 1..];
    let (shortest, longest) = BRACKETED_DATE_LENGTH;
    let fits = (shortest..=longest).contains(&inside.chars().count()) && !inside.contains(')');
    fits.then(|| body[..opening].chars().count())
}

/// The date in brackets of its own that closes a paragraph too long to be a dateline, after
/// its last sentence (see `closes_paragraph`), as a fallback: Python's `_paragraph_dates`.
fn paragraph_dates(
    line: &str,
    ctx: &Context,
    index: usize,
    start: usize,
) -> Result<Vec<Dateline>, TimeError> {
    let Some(opening) = closing_bracket(line) else {
        return Ok(Vec::new());
    };
    let text = Indexed::new(line.to_string());
    let (items, _) = scan_counted(&prepare(text.slice(opening, text.len()))?, ctx, false)?;
    let mut found = Vec::new();
    for mut item in items {
        item.start += opening;
        item.end += opening;
        if item.role.is_empty() && closes_paragraph(line, &text, &item) {
            found.push(fallback(item, index, start));
        }
    }
    Ok(found)
}

/// The date that opens a line too long to be a dateline, a capital after it: a page run into
/// one line, its date before its title ("21.03.2025 Акварели …"), as a fallback (see
/// `opens_run_in_page`): Python's `_run_in_opening`.
fn run_in_opening(
    line: &str,
    ctx: &Context,
    index: usize,
    start: usize,
) -> Result<Vec<Dateline>, TimeError> {
    let text = Indexed::new(line.to_string());
    let head = text.slice(0, text.len().min(LABELLED_REACH));
    let (items, _) = scan_counted(&prepare(head)?, ctx, false)?;
    let mut found = Vec::new();
    for item in items.into_iter().take(1) {
        if opens_run_in_page(&text, &item)? {
            found.push(fallback(item, index, start));
        }
    }
    Ok(found)
}

/// The day in figures that opens a lead before a colon, a space and the lead's first capital
/// ("19.03.14: Work on the path …"), ranked as a date alone on its line: the opening must read
/// as one date and nothing else (Python's `_dated_lead`).
fn dated_lead(
    line: &str,
    ctx: &Context,
    index: usize,
    start: usize,
) -> Result<Vec<Dateline>, TimeError> {
    let text = Indexed::new(line.to_string());
    let Some(found) = patterns().dated_lead.search(&text, 0)? else {
        return Ok(Vec::new());
    };
    let opening = found.group("opening").unwrap_or("");
    let (items, leftover) = scan(&prepare(opening)?, ctx)?;
    let [item] = items.as_slice() else {
        return Ok(Vec::new());
    };
    let whole = item.start == 0 && item.end == opening.chars().count();
    let rank = match item.reading.shape {
        "full" => 3,
        "date" => 2,
        _ => 0,
    };
    if leftover > 0 || !item.role.is_empty() || !whole || rank == 0 {
        return Ok(Vec::new());
    }
    Ok(vec![Dateline::new(
        index,
        item.role,
        rank,
        item.reading.clone(),
        item.start + start,
        item.end + start,
    )])
}

/// A fallback's dateline (`FALLBACK_RANK`) from a date read on line `index`, which starts `start`
/// characters into the text.
fn fallback(item: Item, index: usize, start: usize) -> Dateline {
    Dateline::new(
        index,
        item.role,
        FALLBACK_RANK,
        item.reading,
        item.start + start,
        item.end + start,
    )
}

/// Whether an unlabelled date (with its clock time or not) opens its line, a space and a
/// capital after it: the start of a page run into one line, its date before its title
/// ("21.03.2025 Акварели 17 художников …"), not a sentence that opens with a day ("21.03.2025
/// в библиотеке …"); its weekday may stand before a date holding its clock time ("Friday,
/// March 13, 2009 at 9:05AM Choir …"), not before a day alone (a fixtures box's heading):
/// Python's `opens_run_in_page` (`placement.py`).
fn opens_run_in_page(text: &Indexed, item: &Item) -> Result<bool, TimeError> {
    let dated = item.reading.shape == "date" || item.reading.shape == "full";
    Ok(item.role.is_empty()
        && dated
        && text.at(item.end) == Some(' ')
        && text.at(item.end + 1).is_some_and(|c| chars::is(c, LU))
        && (item.start == 0
            || item.reading.shape == "full"
                && (weekday_at_most(text.slice(0, item.start))?
                    || masthead_word(text.slice(0, item.start)))))
}

/// Whether the text before a date and its clock time is the outlet's name, one capitalised
/// word of letters and digits, and the spaces after it: the masthead of a page's meta row run
/// into one line ("Kolo 09:47 14/06/2024 Society …") (Python's `_MASTHEAD_WORD`,
/// `placement.py`).
fn masthead_word(text: &str) -> bool {
    let name = text.trim_end_matches(char::is_whitespace);
    let mut letters = name.chars();
    name.len() < text.len()
        && letters.next().is_some_and(|c| chars::is(c, LU))
        && letters.all(|c| chars::is(c, L | N))
}

/// Whether an unlabelled day opens its line glued to a lead's sentence that lost its drop cap:
/// small letters right after the day, a space and a word in small letters ("6 February,
/// 2024n her message …"); a sentence after a space is prose, and so is one after the year's
/// mark glued to its figures ("15 мая 2025г в Заречье …") (Python's `opens_lead`,
/// `placement.py`).
fn opens_lead(text: &Indexed, item: &Item) -> bool {
    if !item.role.is_empty() || item.start != 0 || item.reading.shape != "date" {
        return false;
    }
    let small = |at: usize| text.at(at).is_some_and(|c| chars::is(c, LL));
    let mut at = item.end;
    if !small(at) {
        return false;
    }
    while small(at) {
        at += 1;
    }
    let glued: String = (item.end..at).filter_map(|i| text.at(i)).collect();
    text.at(at) == Some(' ') && small(at + 1) && !YEAR_MARKS.contains(&glued.as_str())
}

/// A year's mark glued after its figures, no lead's letters: "15 мая 2025г в Заречье пройдёт …".
const YEAR_MARKS: [&str; 2] = ["г", "гг"];

/// Whether an unlabelled date and time stands right before an update's labelled one, a space
/// apart: the pair's first, the publication whose label was lost ("… 2019.12.16 18:37 수정 :
/// 2019.12.16 18:37 …", "… May 2, 2024 9:10 am Updated: May 2, 2024 11:05 am …"), Python's
/// `opens_update_pair` (`placement.py`).
fn opens_update_pair(item: &Item, after: Option<&Item>) -> bool {
    after.is_some_and(|after| {
        item.role.is_empty()
            && after.role == "modified"
            && item.reading.shape == "full"
            && after.start <= item.end + 1
    })
}

/// Whether a date opens its line and only capitalised words follow it: a source and its
/// authors ("16 сентября 2015 Финмаркет Орлов Денис, Кузина Алла"), not a sentence, Python's
/// `opens_credit` (`placement.py`).
fn opens_credit(text: &Indexed, item: &Item) -> bool {
    if item.start != 0 {
        return false;
    }
    let mut words = 0;
    let mut after_letter = false;
    for c in text.slice(item.end, text.len()).chars() {
        let letter = chars::is(c, L);
        if letter && !after_letter {
            if !chars::is(c, LU) {
                return false;
            }
            words += 1;
        }
        after_letter = letter;
    }
    words > 0
}

/// Whether a date opens its line before a source's credits (see `opens_credit`) or before a
/// name or a heading, a capital after it and no sentence's mark in the rest of the line: a
/// programme's day over its channel's name and its contents ("18.11.2022 Телеканал «Заречье»
/// Смотрите в программе:"), not a letter or a lead opening with its day ("May 4, 2021 Dear
/// friends, As you know, … again. We …"), Python's `opens_heading` (`placement.py`).
fn opens_heading(text: &Indexed, item: &Item) -> Result<bool, TimeError> {
    let plain = !text.slice(item.end, text.len()).contains(SENTENCE_MARKS);
    Ok(opens_credit(text, item) || (plain && opens_run_in_page(text, item)?))
}

/// Whether a line of the text ends two sentences or more, a letter and a sentence's mark before
/// a space or the line's end each: a paragraph, not a heading or a name ("Dr. Who
/// returns"), Python's `holds_prose` (`placement.py`).
fn holds_prose(text: impl Iterator<Item = char>) -> bool {
    let mut ends = 0;
    let mut before = '\n';
    let mut text = text.peekable();
    while let Some(c) = text.next() {
        if c == '\n' {
            ends = 0;
        } else if SENTENCE_MARKS.contains(&c)
            && chars::is(before, L)
            && text.peek().is_none_or(|&after| chars::is_space(after))
        {
            ends += 1;
            if ends == 2 {
                return true;
            }
        }
        before = c;
    }
    false
}

/// Whether a weekday, a date and a clock time close their line with no full stop after them:
/// a forum post's stamp at the end of its subject line ("… Icon_minitimeSun Mar 07, 2010 8:15
/// pm", the weekday run into an icon's name before it), Python's `closes_post` (`placement.py`).
fn closes_post(line: &str, text: &Indexed, item: &Item) -> Result<bool, TimeError> {
    if item.reading.shape != "full"
        || item.end == 0
        || item.end != rstrip(line).chars().count()
        || text.at(item.end - 1) == Some('.')
    {
        return Ok(false);
    }
    ends_with_weekday(text.slice(0, item.start).trim_end_matches([' ', ',']))
}

/// Whether a text ends with a weekday's name as a word of its own, or run into the word before
/// it at a capital ("minitimeSun"), Python's `_ends_with_weekday`.
fn ends_with_weekday(text: &str) -> Result<bool, TimeError> {
    let letters: Vec<char> = text
        .chars()
        .rev()
        .take_while(|&c| chars::is(c, L))
        .collect();
    if letters.is_empty() {
        return Ok(false);
    }
    let word: String = letters.iter().rev().collect();
    let is_weekday = |word: &str| grammar().weekday.is_match(&word.to_lowercase());
    if is_weekday(&word)? {
        return Ok(true);
    }
    // the capital that opens the last run of lower-case letters, right after a lower-case one
    let lower = letters.iter().take_while(|&&c| chars::is(c, LL)).count();
    let glued = letters.get(lower).is_some_and(|&c| chars::is(c, LU))
        && letters.get(lower + 1).is_some_and(|&c| chars::is(c, LL));
    if !glued {
        return Ok(false);
    }
    let tail: String = letters[..=lower].iter().rev().collect();
    is_weekday(&tail)
}

/// Whether a text is a day as machines print it, year first: 2018-06-14.
fn is_iso_day(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 10
        && bytes.iter().enumerate().all(|(at, byte)| match at {
            4 | 7 => *byte == b'-',
            _ => byte.is_ascii_digit(),
        })
}

/// Whether a text is a date and clock time as machines print them, digits and their
/// separators alone: "2024.08.17 19:48", "17.08.2024 19:48:05" (Python's `_MACHINE_STAMP`).
fn is_machine_stamp(text: &str) -> bool {
    let bytes = text.as_bytes();
    let separator = |byte: &u8| matches!(byte, b' ' | b'.' | b':' | b'/' | b'-');
    bytes.len() >= 2
        && bytes[0].is_ascii_digit()
        && bytes[bytes.len() - 1].is_ascii_digit()
        && bytes
            .iter()
            .all(|byte| byte.is_ascii_digit() || separator(byte))
}

/// The date of an agency's dateline that opens a lead, ranked as a line of its own.
/// Whether a text holds an abbreviation that may name several zones (IST, CST, ...): an
/// upper-case letter, then S, M or C, then T, as a word of its own (`\b[A-Z][SMC]T\b`).
fn may_be_ambiguous(text: &str) -> bool {
    let bytes = text.as_bytes();
    let word = |c: Option<char>| {
        c.is_some_and(|c| regex_syntax::try_is_word_character(c).unwrap_or(false))
    };
    // each one ends with a T: the places of the T's are looked for first
    memchr::memchr_iter(b'T', bytes).any(|t| {
        let Some(at) = t.checked_sub(2) else {
            return false;
        };
        bytes[at].is_ascii_uppercase()
            && matches!(bytes[at + 1], b'S' | b'M' | b'C')
            && !word(text[..at].chars().next_back())
            && !word(text[at + 3..].chars().next())
    })
}

/// The opening of a lead that is an agency's dateline, up to its dash, else up to a colon
/// right after its date's last digit, else up to the bracket its date closes before a colon,
/// else a place and its comma up to the full stop closing its date, if the line starts with one.
fn agency_opening(text: &Indexed) -> Result<Option<Found<'_>>, TimeError> {
    let p = patterns();
    if p.upper.search(text, 0)?.is_none() {
        return Ok(None);
    }
    // the opening ends at a dash, a colon or a full stop, which it must hold to be read at all
    if text.as_str().contains(['—', '–', '-']) {
        if let Some(found) = p.agency_opening.search(text, 0)? {
            return Ok(Some(found));
        }
    }
    if text.as_str().contains(':') {
        if let Some(found) = p.agency_opening_colon.search(text, 0)? {
            return Ok(Some(found));
        }
        if let Some(found) = p.agency_opening_bracket.search(text, 0)? {
            return Ok(Some(found));
        }
    }
    if !text.as_str().contains(". ") {
        return Ok(None);
    }
    p.agency_opening_placed.search(text, 0)
}

/// The opening of a lead that is an agency's dateline, up to its dash, its colon or the full
/// stop closing its date, if the line starts with one (Python's `agency_opening`).
pub fn agency_opening_text(line: &str) -> Result<Option<String>, TimeError> {
    let text = Indexed::new(line.to_string());
    Ok(agency_opening(&text)?.map(|found| found.group("opening").unwrap_or("").to_string()))
}

/// The timestamps of a text and how many of its words were not read (Python's
/// `scan(prepare(text), ctx)`).
pub(super) fn scan_text(text: &str, ctx: &Context) -> Result<(Vec<Item>, usize), TimeError> {
    scan(&prepare(text)?, ctx)
}

/// The date of an agency's dateline opening a lead, ranked as a line of its own; a yearless one
/// when it echoes the last date alone above it, the page's own day: Python's `_agency_dateline`.
fn agency_datelines(
    line: &str,
    ctx: &Context,
    index: usize,
    start: usize,
    above: &[Dateline],
) -> Result<Vec<Dateline>, TimeError> {
    let text = Indexed::new(line.to_string());
    let Some(found) = agency_opening(&text)? else {
        return Ok(Vec::new());
    };
    let opening = found.group("opening").unwrap_or("");
    // a yearless dateline is read in the year of the last date alone above it, which it echoes
    let echo = above
        .iter()
        .rev()
        .find(|item| item.reading.shape == "date")
        .and_then(|item| item.reading.value);
    let from_day;
    let ctx = match echo {
        Some(day) => {
            from_day = Context {
                now: Some(day),
                ..ctx.clone()
            };
            &from_day
        }
        None => ctx,
    };
    let (items, _) = scan_counted(&prepare(opening)?, ctx, false)?;
    Ok(items
        .into_iter()
        .filter(|item| match item.reading.shape {
            "full" | "date" => true,
            "yearless" => echo.is_some() && item.reading.value == echo,
            _ => false,
        })
        .map(|item| {
            let rank = if item.reading.shape == "full" { 3 } else { 2 };
            Dateline::new(
                index,
                item.role,
                rank,
                item.reading,
                item.start + start,
                item.end + start,
            )
        })
        .collect())
}

/// A labelled clock time (`reading`, read from the `clock` segment of the line) after a day
/// printed alone before its label (`day`, its extent), read as that day's time in the clock's
/// own zone ("Tuesday, March 7, 2000 Published at 09:40 GMT"); the reading as it is when
/// the two read as no date and time (Python's `_on_day`, in `normalize/timestamps/scan.py`).
fn on_day(
    whole: &Line,
    day: (usize, usize),
    clock: (usize, usize),
    reading: Reading,
    ctx: &Context,
) -> Result<Reading, TimeError> {
    let text = format!(
        "{} {}",
        whole.text.slice(day.0, day.1),
        whole.text.slice(clock.0, clock.1)
    );
    let joined = read_segment(&prepare(&text)?, 0, text.chars().count(), ctx)?;
    if joined.shape != "full" || joined.value.is_none() {
        return Ok(reading);
    }
    Ok(Reading {
        value: joined.value,
        problem: None,
        assumed: joined.assumed,
        shape: "full",
        precision: joined.precision,
        ..reading
    })
}

per_thread! {
    /// An e-mail address: one word of a line's leftover, a writer's address beside the name
    /// (Python's `_EMAIL` in `normalize/timestamps/scan.py`).
    fn email() -> regex::Regex {
        regex::Regex::new(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+").expect("a valid pattern")
    }
}

/// The timestamps of one line, split at labels; and how many words were not read, an e-mail
/// address one word (Python's `scan`, in `normalize/timestamps/scan.py`).
fn scan(whole: &Line, ctx: &Context) -> Result<(Vec<Item>, usize), TimeError> {
    scan_counted(whole, ctx, true)
}

fn scan_counted(
    whole: &Line,
    ctx: &Context,
    count_leftover: bool,
) -> Result<(Vec<Item>, usize), TimeError> {
    let g = grammar();
    let line = &whole.text;
    let (labels, segments) = labelled_segments(whole)?;
    // the scraper's meta date: a day, or the page's own date and time after it, see `stamps`
    let cuts: Vec<usize> = meta_day_alone(segments.clone(), line)?
        .iter()
        .map(|&(_, _, _, cut)| cut)
        .collect();
    let mut found = Vec::new();
    let mut read_spans: Vec<(usize, usize)> = labels.iter().map(|l| (l.start, l.end)).collect();
    // the line's last date and time read
    let mut dated: Option<i64> = None;
    // the extent of the line's last day printed alone
    let mut day_alone: Option<(usize, usize)> = None;
    // labelled clock times before any date and time: found index, start and end
    let mut waiting: Vec<(usize, usize, usize)> = Vec::new();
    for ((role, label_start, start, end), cut) in segments.into_iter().zip(cuts) {
        let mut reading = if cut < end {
            meta_day_and_time(whole, start, cut, end, ctx)?
        } else {
            read_segment(whole, start, end, ctx)?
        };
        if role.is_empty() {
            // a day's empty clock, see `empty_clock_day`
            reading = empty_clock_day(whole, start, reading, ctx)?;
        }
        if let Some(day) = dated.filter(|_| !role.is_empty() && reading.shape == "clock") {
            // a labelled clock time after a date and time falls on that day ("November 10,
            // 2023 08:01 pm | Updated 08:01 pm IST"), not on the reference time's
            let mut from_day = ctx.clone();
            from_day.now = Some(day);
            reading = read_segment(whole, start, end, &from_day)?;
        } else if let Some(extent) =
            day_alone.filter(|_| !role.is_empty() && reading.shape == "clock")
        {
            // a day on a line above is not alone on the clock's line
            if !line.slice(extent.1, start).contains('\n') {
                reading = on_day(whole, extent, (start, end), reading, ctx)?;
            }
        }
        if reading.spans.is_empty() {
            continue;
        }
        if reading.shape == "full" && reading.value.is_some() {
            dated = reading.value;
        }
        let shifted: Vec<(usize, usize)> = reading
            .spans
            .iter()
            .map(|&(a, b)| (start + a, start + b))
            .collect();
        read_spans.extend(&shifted);
        let mut first = shifted.iter().map(|s| s.0).min().unwrap_or(0);
        let mut last = shifted.iter().map(|s| s.1).max().unwrap_or(0);
        while first > 0 && line.at(first - 1).is_some_and(|c| OPENING.contains(c)) {
            first -= 1;
        }
        while last < line.len() && line.at(last).is_some_and(|c| CLOSING.contains(c)) {
            last += 1;
        }
        // a label before its time opens the found time; one after it (see `labels_trail`) not,
        // nor one too far before it to be its label's extent (see `LABEL_REACH`)
        let leading = !role.is_empty() && label_start < start && first <= start + LABEL_REACH;
        let waits = !role.is_empty() && reading.shape == "clock" && dated.is_none();
        if role.is_empty() && reading.shape == "date" && reading.value.is_some() {
            day_alone = Some((first, last));
        }
        found.push(Item {
            role,
            reading,
            start: if leading { label_start } else { first },
            end: last,
        });
        if waits {
            waiting.push((found.len() - 1, start, end));
        }
    }
    if let Some(day) = dated {
        // a labelled clock time before the line's date and time falls on its day too
        // ("Updated 10:15 AM EDT First published 8:02 AM EDT, Tue May 14, 2024")
        let mut from_day = ctx.clone();
        from_day.now = Some(day);
        for (index, start, end) in waiting {
            found[index].reading = read_segment(whole, start, end, &from_day)?;
        }
    }
    if !count_leftover || found.is_empty() {
        return Ok((found, 0));
    }
    // an index code is no word around the time
    let after = found.last().map_or(0, |item| item.end);
    read_spans.extend(closing_tag(line.as_str(), after));
    let last = read_spans.iter().map(|span| span.1).max().unwrap_or(0);
    // an e-mail address is one word, not the three or more its "@" and dots cut it into
    let text = line.as_str();
    if text.contains('@') {
        for address in email().find_iter(text) {
            let start = text[..address.start()].chars().count();
            read_spans.push((start + 1, start + address.as_str().chars().count()));
        }
    }
    let mut masked = mask_all(whole.low.as_str(), &read_spans);
    // a board's counters after the line's last time on a writer's line ("하늘 | 2009.11.03
    // 21:14:05 조회: 591 추천: 10"), not after a reader's sentence
    let byte_at = |text: &str, at: usize| {
        text.char_indices()
            .nth(at)
            .map_or(text.len(), |(byte, _)| byte)
    };
    let cut = byte_at(&masked, last);
    let counted = patterns().counted.replace_all(&masked[cut..], " ")?;
    masked = format!("{}{counted}", &masked[..cut]);
    if patterns().counter.is_match(&masked[cut..])? {
        let first = found.iter().map(|item| item.start).min().unwrap_or(0);
        let before = &masked[..byte_at(&masked, first)];
        let writer = word_count(&g.noise_word.replace_all(before, " ")?) <= WRITER_WORDS;
        if writer || patterns().field.is_match(before)? {
            let counted = patterns().counter.replace_all(&masked[cut..], " ")?;
            masked = format!("{}{counted}", &masked[..cut]);
        }
    }
    let leftover = g.noise_word.replace_all(&masked, " ")?;
    let words = word_count(&leftover);
    Ok((found, words))
}

/// The timestamps of one line that may be a document's times, with their ranks; a date
/// opening a heading (`opens_heading`) counts above the page's first paragraph only (the
/// `page` before `start`, in characters, holds no prose), Python's `_placed`.
fn placed(
    found: &[Item],
    leftover: usize,
    index: usize,
    start: usize,
    line: &str,
    page: &str,
) -> Result<Vec<Dateline>, TimeError> {
    // a heading's or a lead's opening day counts above the page's first paragraph only
    let heading = |text: &Indexed, item: &Item| -> Result<bool, TimeError> {
        Ok((opens_heading(text, item)? || opens_lead(text, item))
            && !holds_prose(page.chars().take(start)))
    };
    let labelled = found
        .iter()
        .any(|item| !item.role.is_empty() && item.reading.shape == "full");
    let text = Indexed::new(line.to_string());
    let mut placed = Vec::new();
    for (position, item) in found.iter().enumerate() {
        let after = found.get(position + 1);
        let shape = item.reading.shape;
        let mut rank = if item.role.is_empty() {
            shape_rank(shape)
        } else {
            LABEL_RANK
        };
        let loose = matches!(shape, "relative" | "yearless_clock");
        // a cell of its own in a row of metadata ("Name | No. 12 | 2019.08.22 09:47 | Views 9")
        let own = in_own_cell(line, item.start, item.end, !item.role.is_empty())?
            || bracketed(&text, item);
        let crowded = if own { 0 } else { leftover };
        // a date heading an entry on its line ("14 февраля 2015: …"), or glued to its copy
        let entry = item.role.is_empty()
            && (heads_entry(line, item.start, item.end)? || doubled(&text, item));
        let limit = if labelled {
            LEFTOVER_LIMIT_LABELLED
        } else {
            LEFTOVER_LIMIT
        };
        let too_many = crowded > limit;
        let labelled_item = !item.role.is_empty() && labelled;
        if too_many || (crowded > LEFTOVER_LIMIT && !labelled_item) {
            // in a line of chrome or text only a labelled date and time, a labelled date that
            // opens the line or closes it (a forum thread's "… started by nick, Mar 12, 2010."),
            // a date that closes a title line after a separator, a date and time glued to the
            // cells after it, a date heading an entry or glued to its copy or an update pair's
            // first, only as a fallback;
            // spaces before it still leave it opening the line (the scraper's " date
            // 2023-03-08" run into the page's first sentence)
            let opens_line =
                text.slice(0, item.start).chars().all(|c| c == ' ') && shape != "relative";
            let closes = item.role.is_empty()
                && (closes_title(line, &text, item)?
                    || closes_post(line, &text, item)?
                    || closes_paragraph(line, &text, item)
                    || closes_slot(line, &text, item)?
                    || cites_page(&text, item)?);
            let glued = (item.role.is_empty()
                && (glued_open(&text, item)? || heading(&text, item)?))
                || entry
                || opens_update_pair(item, after);
            let apart = opens_line || closes_labelled(&text, item)? || shape == "full";
            let fallback = (!item.role.is_empty() && apart) || closes || glued;
            rank = if fallback { FALLBACK_RANK } else { 0 };
        } else if item.role.is_empty()
            && shape == "date"
            && crowded + usize::from(closes_sentence(line, &text, item)) > LEFTOVER_LIMIT_DATE
        {
            // a sentence ending in a date is a photo caption (or an event's day when its full
            // stop closes it, its words one fewer); a title closed by its issue's
            // date after a separator ("Roll Call - Week ending Saturday, March 9, 2019") or an
            // entry headed by its date or glued to its copy is a fallback
            // a citation's day before its page's number
            let fallback = closes_title(line, &text, item)?
                || closes_paragraph(line, &text, item)
                || entry
                || cites_page(&text, item)?;
            rank = if fallback || heading(&text, item)? {
                FALLBACK_RANK
            } else {
                0
            };
        }
        // a day without its year alone on its line stands where a dateline does, dating
        // nothing: marked as another thing's
        let yearless = shape == "yearless" && item.role.is_empty() && crowded == 0;
        if (rank == 0 && !yearless) || (loose && crowded > LEFTOVER_LIMIT_RELATIVE) {
            continue;
        }
        placed.push(Dateline::new(
            index,
            if yearless { "elsewhere" } else { item.role },
            rank,
            item.reading.clone(),
            item.start + start,
            item.end + start,
        ));
    }
    Ok(placed)
}
