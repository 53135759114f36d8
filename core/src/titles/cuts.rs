//! What a page glues onto a headline's line beyond the patterns of `titles`, each a cut of
//! its own (Python's `normalize/cuts.py`): a date printed in front of the headline, a run of
//! Cyrillic labels glued to it, a column's label in capitals, a field label glued to it, a
//! clip's programme and broadcast date after it, a writer's name glued after it, a site's
//! domain glued to its last word by the word's full stop, a markdown image's marks around it as
//! its alt text, a second copy of it glued after it; the quotation marks set around it as a
//! frame are cut in `frames`.

use std::sync::OnceLock;

use regex::Regex;

use crate::boilerplate::is_byline;
use crate::chrome::{chrome, line_key};
use crate::facts::{month_abbreviations, weekday_names};
use crate::per_thread::per_thread;
use crate::segment::chars::{is, is_space, HANGUL, LOWERCASE_LETTER, ND};
use crate::text::{count_words, split_words};

/// What is left is a headline, not a label: "March 12, 2009 Minutes" stays whole.
pub(super) const HEADLINE_WORDS: usize = 3;

fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|error| panic!("{pattern}: {error}"))
}

per_thread! {
    /// A date in front of a headline, as an American page or a forum prints it: "3/2/2021 …",
    /// "March 12, 2009, 08:30:14 pm …", maybe its weekday before it and "at" before its clock
    /// time ("Friday, March 13, 2009 at 9:05AM …", a blog's post head), maybe a possessive
    /// glued on ("… pm's Posting …"); a
    /// blog's day badge, the day glued to its month: "14Mar …"; a dated entry's heading, the
    /// day, a month's name in any language and the year before a colon: "14 февраля 2015: …";
    /// a dotted date, the year first: "2019.08.21. …"; maybe a bar between it and the headline:
    /// "March 12, 2009 | …"; a dotted date, the day first, glued to the headline by a colon:
    /// "12.06.2021:…". An English month's name opens with the first three letters of one of
    /// the facts' month names.
    fn leading_date() -> Regex {
        let month = format!("(?:{})", month_abbreviations("en").join("|"));
        let weekday = format!("(?:{})", weekday_names("en").join("|"));
        compile(&format!(
            concat!(
                r"^(?:(?:(?:\d{{1,2}}/\d{{1,2}}/\d{{4}}",
                r"|(?:{weekday}\.?,?\s)?",
                r"{month}[a-z]*\.?\s\d{{1,2}}(?:st|nd|rd|th)?,?\s\d{{4}})",
                r"(?:(?:,?\s|\sat\s)\d{{1,2}}:\d\d(?::\d\d)?(?:\s?[AaPp]\.?[Mm]\.?)?)?",
                r"(?:['’]s)?",
                r"|\d{{1,2}}{month}",
                r"|\d{{1,2}}\s\p{{L}}{{3,12}}\.?\s\d{{4}}:",
                r"|\d{{4}}\.\d{{1,2}}\.\d{{1,2}}\.?",
                r")(?:\s+[|·•])?\s+",
                r"|\d{{1,2}}\.\d{{1,2}}\.\d{{4}}:\s*)",
            ),
            month = month,
            weekday = weekday
        ))
    }
}

per_thread! {
    /// What is left opens a headline: a letter, or a quote opening a quoted name ("«Звонки …» - 3").
    fn headline_opening() -> Regex {
        compile(r#"^[\p{L}«„“"]"#)
    }
}

/// The headline without a date printed in front of it on its line, when what is left opens
/// with a letter or an opening quote and is a headline's length; a headline in brackets of
/// its own after the date without them.
pub fn without_leading_date(text: &str) -> &str {
    // the date opens with a digit, a month's capital or a weekday's
    let opens = text.chars().next().is_some_and(|c| {
        c.is_numeric() || matches!(c, 'J' | 'F' | 'M' | 'A' | 'S' | 'O' | 'N' | 'D' | 'T' | 'W')
    });
    let Some(found) = opens.then(|| leading_date().find(text)).flatten() else {
        return text;
    };
    let mut rest = &text[found.end()..];
    // a headline printed in brackets of its own after the date: "2019.08.21. [<headline>]"
    if let Some(inner) = rest.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
        if !inner.contains(']') {
            rest = inner;
        }
    }
    if headline_opening().is_match(rest) && split_words(rest).count() >= HEADLINE_WORDS {
        return rest;
    }
    text
}

per_thread! {
    /// A column's label in capitals (captured) before a colon, with a headline of four words
    /// or more in mixed case after it (captured): "EDITORIAL: Hold the line …"; four capitals
    /// or fewer may be a name's initials ("NASA: …"), which the headline keeps. Only a
    /// section's name is a column's label; an alert's or a kind's label is the headline's own
    /// ("FROST ALERT: …", "GUIDE: …").
    fn column_label() -> Regex {
        compile(&format!(
            r"^(\p{{Lu}}{{5,}}|\p{{Lu}}{{2,}}\s\p{{Lu}}{{2,}})\s?:\s+(\p{{Lu}}{LOWERCASE_LETTER}+(?:\s+\S+){{3}})"
        ))
    }
}

/// Labels glued without a space: this many seams (a Cyrillic lowercase letter, then a
/// capital) at least, and a headline of this many words after the last.
const GLUED_SEAMS: usize = 2;
const GLUED_TAIL_WORDS: usize = 4;

/// The headline after a run of Cyrillic labels glued to each other and to it, or after a
/// rubric's word glued to a programme's label before a colon (`after_glued_labels`).
pub fn after_glued_labels(text: &str) -> &str {
    // A seam is a capital (А-Я d0 90-af, Ё d0 81) right after a lowercase letter (а-п d0
    // b0-bf, р-я d1 80-8f, ё d1 91): every capital starts with d0, which no character but
    // these two-byte ones holds, so the seams are found by that byte. A text without it is
    // passed over at once; in one with it (Russian, where half the small letters open with
    // it too) the bytes from the first are read in one loop.
    let bytes = text.as_bytes();
    let Some(first) = memchr::memchr(0xd0, bytes) else {
        return text;
    };
    let (mut seams, mut last) = (0, 0);
    for at in (first..bytes.len()).filter(|&at| bytes[at] == 0xd0) {
        let upper = matches!(bytes.get(at + 1), Some(0x81 | 0x90..=0xaf));
        let after_lower = at >= 2
            && matches!(
                (bytes[at - 2], bytes[at - 1]),
                (0xd0, 0xb0..=0xbf) | (0xd1, 0x80..=0x8f | 0x91)
            );
        if upper && after_lower {
            seams += 1;
            last = at;
        }
    }
    let tail = if seams >= GLUED_SEAMS {
        &text[last..]
    } else if seams == 1 {
        // one seam: a rubric's word glued to a programme's label before a colon
        programme_label()
            .captures(text)
            .filter(|label| {
                !label
                    .name("small")
                    .is_some_and(|small| chrome().label_prepositions.contains(small.as_str()))
            })
            .and_then(|label| label.get(0))
            .map_or("", |label| &text[label.end()..])
    } else {
        return text;
    };
    if count_words(tail, GLUED_TAIL_WORDS) >= GLUED_TAIL_WORDS {
        return tail;
    }
    text
}

per_thread! {
    /// A rubric's word glued to a programme's label before a colon, the label a capitalised
    /// word and one or two small ones: "ПроисшествияВести округов: …"; the rubric's word of
    /// five letters or more (a brand's seam, "МегаФон", has a shorter part before it), the
    /// small words of three letters or more, the first (`small`) none of chrome's
    /// `label_prepositions` (one follows a brand's name: "ВолгаТранс в декабре: …", "СтройДом
    /// для бизнеса: …").
    fn programme_label() -> Regex {
        compile(r"^[А-ЯЁ][а-яё]{4,}[А-ЯЁ][а-яё]+\s(?P<small>[а-яё]{3,})(?:\s[а-яё]{3,})?:\s+")
    }
}

per_thread! {
    /// A section's code, Latin capitals and a number, glued by a dot before a headline in
    /// another script (its first letter captured): "SR3.동네 가게의 …".
    fn section_code() -> Regex {
        compile(r"^[A-Z]{1,4}[0-9]{1,3}\.\s?([\p{Hangul}\p{Cyrillic}])")
    }
}

per_thread! {
    /// A rubric's word glued to the opening quote of a headline that opens with a quoted
    /// name (the quotation captured): 'Город"Районы": …', "Подробнее«Итоги …»"; the word
    /// capitalised, of a cased script, the quotation opening with a capital and closed on the
    /// line.
    fn glued_rubric() -> Regex {
        compile(concat!(
            r"^\p{Lu}\p{Ll}+(",
            r#""\p{Lu}[^"]*""#,  // straight quotes
            r"|«\p{Lu}[^«»]*»", // guillemets
            r"|“\p{Lu}[^“”]*”", // curly quotes
            r"|„\p{Lu}[^„“]*“", // low and high quotes
            r")",
        ))
    }
}

/// The headline without a column's label in capitals (a section's name) before a colon, or
/// a section's code glued before it by a dot, or a rubric's word glued to its opening quote
/// when what is left is a headline's length.
pub fn without_caps_label(text: &str) -> &str {
    let found = may_open_with_column_label(text)
        .then(|| column_label().captures(text))
        .flatten()
        .filter(|found| {
            // a story's status stays, though sites name a section after it: "BREAKING NEWS: "
            let label = line_key(&found[1]);
            chrome().sections.contains(&label) && !chrome().status_flags.contains(&label)
        })
        .and_then(|found| found.get(2))
        .or_else(|| {
            may_open_with_section_code(text)
                .then(|| section_code().captures(text))
                .flatten()
                .and_then(|found| found.get(1))
        });
    if let Some(found) = found {
        return &text[found.start()..];
    }
    let rubric = may_open_with_glued_rubric(text)
        .then(|| glued_rubric().captures(text))
        .flatten()
        .and_then(|found| found.get(1));
    match rubric {
        Some(found) if split_words(&text[found.start()..]).count() >= HEADLINE_WORDS => {
            &text[found.start()..]
        }
        _ => text,
    }
}

/// Whether `column_label()` can match, told from the text's first characters: its label opens
/// with two capitals (a character of Unicode's category Lu is an upper-case one).
fn may_open_with_column_label(text: &str) -> bool {
    let mut opening = text.chars();
    opening.next().is_some_and(char::is_uppercase) && opening.next().is_some_and(char::is_uppercase)
}

/// Whether `section_code()` can match, told from the text's first bytes: one to four Latin
/// capitals, then a digit.
fn may_open_with_section_code(text: &str) -> bool {
    let bytes = text.as_bytes();
    let capitals = bytes
        .iter()
        .take(5)
        .take_while(|b| b.is_ascii_uppercase())
        .count();
    (1..=4).contains(&capitals) && bytes.get(capitals).is_some_and(u8::is_ascii_digit)
}

/// Whether `glued_rubric()` can match, told from the text's first word: a capital, then small
/// letters (no white space among them) and the opening quote.
fn may_open_with_glued_rubric(text: &str) -> bool {
    let end = memchr::memchr3(b' ', b'\t', b'\n', text.as_bytes()).unwrap_or(text.len());
    text.chars().next().is_some_and(char::is_uppercase)
        && text[..end].contains(['"', '«', '“', '„'])
}

per_thread! {
    /// What a broadcaster prints after a clip's headline: its programme's name glued on by a
    /// bar ("…|<programme>"), the name captured after the character before it.
    fn glued_programme() -> Regex {
        compile(r"\S([|｜]\p{L}[^\s|｜]{1,15})$")
    }
}

per_thread! {
    /// A run of days in brackets holding nothing else, an event's dates: a range's mark between
    /// a full day and a day of a month in figures ("(2026.03.03~04.30)"), no broadcast's day; a
    /// run of hours, or words with the days, are the broadcast's (Python's `_DAY_RUN`).
    fn day_run() -> Regex {
        compile(concat!(
            r"^\(\s*\d{4}[./-]\d{1,2}[./-]\d{1,2}\.?\s*[~〜∼–—]\s*",
            r"(?:\d{4}[./-])?\d{1,2}[./-]\d{1,2}\.?\s*\)$"
        ))
    }
}

per_thread! {
    /// The last bracket of `broadcast_date`, alone: a cheap test before the whole pattern.
    fn bracketed_date() -> Regex {
        compile(r"^\([^()]{0,12}\d{4}[./-]\d{1,2}[./-]\d{1,2}\.?[^()]{0,16}\)$")
    }
}

per_thread! {
    /// The broadcast's date in brackets, maybe after a bar and the programme's name ("… |
    /// <programme> (<broadcaster> 2023.10.20.)", "… (2023.01.25/<programme>/<broadcaster>)").
    fn broadcast_date() -> Regex {
        compile(concat!(
            r"(?:\s+[|ㅣ]\s+[^|ㅣ()]{1,30})?\s*",
            r"\([^()]{0,12}\d{4}[./-]\d{1,2}[./-]\d{1,2}\.?[^()]{0,16}\)$",
        ))
    }
}

per_thread! {
    /// An episode's season and number in brackets closing a series episode's title ("…
    /// (1x12)", "… (S02E05)"), the episode's of two digits or more ("(2x05)"; a drive's
    /// "(4x4)" is none).
    fn episode_number() -> Regex {
        compile(r"\s*\((?:\d{1,2}x\d{2,4}|[Ss]\d{1,2}\s?[Ee]\d{1,4})\)$")
    }
}

/// Whether the text closes with a record's day after a spaced dash, " - 2012-02-19"
/// (Python's `_CLOSING_DAY`).
fn closes_with_day(text: &str) -> bool {
    let mut back = text.chars().rev();
    for shape in "dd-dd-dddd".chars() {
        match back.next() {
            Some(c) if shape == 'd' && is(c, ND) => {}
            Some('-') if shape == '-' => {}
            _ => return false,
        }
    }
    let mut before = back.next();
    let mut spaces = 0;
    while before.is_some_and(char::is_whitespace) {
        spaces += 1;
        before = back.next();
    }
    spaces > 0
        && matches!(before, Some('-' | '–' | '—'))
        && back.next().is_some_and(char::is_whitespace)
}

/// Where each spaced dash between a record's fields starts, as Python's `_SPACED_DASH` finds
/// them one after another: white space, a dash, white space.
fn spaced_dashes(text: &str) -> Vec<usize> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let space = |at: usize| chars.get(at).is_some_and(|&(_, c)| c.is_whitespace());
    let mut starts = Vec::new();
    let mut at = 0;
    while at < chars.len() {
        if !space(at) {
            at += 1;
            continue;
        }
        let mut end = at;
        while space(end) {
            end += 1;
        }
        let dash = chars
            .get(end)
            .is_some_and(|&(_, c)| matches!(c, '-' | '–' | '—'));
        if dash && space(end + 1) {
            starts.push(chars[at].0);
            end += 1;
            while space(end) {
                end += 1;
            }
        }
        at = end;
    }
    starts
}

/// An archive's record holds its guest, programme and day after the episode's title: this many
/// spaced dashes at least.
const RECORD_DASHES: usize = 3;

/// The headline of a clip without its programme and the broadcast's date after it, of an
/// archive's episode without its guest, programme and day, of a series' episode without its
/// season and number, or of a reposted story without its source glued on by a hyphen
/// (`glued_source`).
pub fn without_broadcast_tail(text: &str) -> &str {
    // What each pattern matches after its bar (its opening bracket) holds no other: the
    // programme can only follow the last bar, the date only fill the last bracket.
    let ascii_bar = memchr::memrchr(b'|', text.as_bytes());
    // the wide bar looked for forwards first, by its first byte in one fast scan: most texts
    // hold none
    let wide_bar = crate::segment::chars::holds_any(text, &['｜'])
        .then(|| text.rfind('｜'))
        .flatten();
    let glued = ascii_bar.max(wide_bar).and_then(|bar| {
        let from = text[..bar]
            .char_indices()
            .next_back()
            .map_or(bar, |(at, _)| at);
        let found = glued_programme().captures(&text[from..])?.get(1)?;
        Some(from + found.start())
    });
    let dated = text
        .ends_with(')')
        .then(|| text.rfind('('))
        .flatten()
        .filter(|&open| bracketed_date().is_match(&text[open..]))
        .and_then(|_| broadcast_date().find(text))
        .map(|found| found.start());
    let episode = text
        .ends_with(')')
        .then(|| episode_number().find(text))
        .flatten()
        .map(|found| found.start());
    // an event's run of days closing the headline is its own: "… (2026.03.03~04.30)"
    let day_run = text.ends_with(')')
        && text
            .rfind('(')
            .is_some_and(|open| day_run().is_match(&text[open..]));
    if let Some(cut) = glued.into_iter().chain(dated).chain(episode).min() {
        if !day_run {
            return &text[..cut];
        }
    }
    if closes_with_day(text) {
        let dashes = spaced_dashes(text);
        if dashes.len() >= RECORD_DASHES {
            return &text[..dashes[dashes.len() - RECORD_DASHES]];
        }
    }
    glued_source(text).map_or(text, |cut| &text[..cut])
}

per_thread! {
    /// A site's domain glued to the headline's last word by the word's full stop, that word in
    /// another script than the domain's labels, which are Latin and two or more: "… в
    /// Рязани.RZN.info" (an outlet's name of one label and its ending, "Газета.ru", is printed
    /// whole); the domain captured after the word's last letter.
    fn stop_glued_domain() -> Regex {
        let ends = GLUED_DOMAIN_ENDS.join("|");
        compile(&format!(r"[^\P{{L}}\p{{Latin}}](\.(?:[\p{{Latin}}\d-]+\.)+(?:{ends}))$"))
    }
}

per_thread! {
    /// A markdown image, its alt text captured: "![<alt>](url)" (Python's `_MARKDOWN_IMAGE`).
    fn markdown_image() -> Regex {
        compile(r"^\s*!\[\s*((?:[^\[\]]|\[[^\[\]]*\])*?)\s*\]\([^()\s]+\)\s*$")
    }
}

/// The alt text of a markdown image that is the whole text, where a page may print its
/// headline ("![<headline>](url)"); any other text as it is: a link's brackets and address
/// are no image's.
pub fn image_alt(text: &str) -> &str {
    // an image opens with "![" and closes with its address's bracket
    let trimmed = text.trim_matches(is_space);
    if !trimmed.starts_with("![") || !trimmed.ends_with(')') {
        return text;
    }
    match markdown_image()
        .captures(text)
        .and_then(|found| found.get(1))
    {
        Some(alt) => &text[alt.range()],
        None => text,
    }
}

/// The endings a domain glued by a full stop has (`stop_glued_domain`), also a cheap test
/// before the pattern.
const GLUED_DOMAIN_ENDS: [&str; 9] = ["com", "net", "org", "ru", "kr", "io", "tv", "info", "media"];

/// The text without a site's domain glued to its last word by the word's full stop, the word
/// in another script than the domain's Latin labels: the word is the headline's last, which a
/// domain's name cut whole from the space before it would take.
pub fn without_stop_glued_domain(text: &str) -> &str {
    if !GLUED_DOMAIN_ENDS.iter().any(|end| text.ends_with(end)) {
        return text;
    }
    match stop_glued_domain()
        .captures(text)
        .and_then(|found| found.get(1))
    {
        Some(domain) => &text[..domain.start()],
        None => text,
    }
}

per_thread! {
    /// A writer's name closing a headline's line, two or three capitalised words: glued on by a
    /// dash with a space before it and none after ("… Wind -Dana Whitfield"; a site's name
    /// after a separator has a space on both sides of it), or by a byline's "By" glued to the
    /// headline's last character, the markup between them lost ("… 1st EPBy Dana Whitfield";
    /// captured: that character, where the headline ends).
    fn glued_signature() -> Regex {
        let word = format!(r"\p{{Lu}}[\p{{L}}'’-]*{LOWERCASE_LETTER}");
        compile(&format!(r"(?:\s+[-–—]|(\S)By\s){word}(?:\s{word}){{1,2}}$"))
    }
}

/// The searcher for a byline's opening "By", built once.
fn by_search() -> &'static memchr::memmem::Finder<'static> {
    static BY: OnceLock<memchr::memmem::Finder<'static>> = OnceLock::new();
    BY.get_or_init(|| memchr::memmem::Finder::new("By"))
}

/// Whether the text holds a dash (a hyphen, or an en or em dash: their first byte in UTF-8 is
/// 0xE2) with white space before it and, right after it, a letter that may be a capital: where
/// a signature glued on by a dash starts (`glued_signature`).
fn has_glued_dash(text: &str) -> bool {
    memchr::memchr2_iter(b'-', 0xe2, text.as_bytes()).any(|at| {
        let Some(dash) = text[at..].chars().next() else {
            return false;
        };
        matches!(dash, '-' | '–' | '—')
            && text[..at].chars().next_back().is_some_and(is_space)
            && may_open_capital(&text[at + dash.len_utf8()..])
    })
}

/// Whether the text holds a byline's "By" after some character, white space after it and then
/// a letter that may be a capital: where a signature glued on by "By" starts
/// (`glued_signature`).
fn has_glued_by(text: &str) -> bool {
    by_search().find_iter(text.as_bytes()).any(|at| {
        let after = &text[at + 2..];
        at > 0
            && after.chars().next().is_some_and(|space| {
                is_space(space) && may_open_capital(&after[space.len_utf8()..])
            })
    })
}

/// Whether the text opens with a character that may be a capital letter: any but an ASCII
/// character other than `A` to `Z`.
fn may_open_capital(text: &str) -> bool {
    text.bytes()
        .next()
        .is_some_and(|first| !first.is_ascii() || first.is_ascii_uppercase())
}

/// The headline without its writer's name glued after it by a dash (a space before the dash,
/// none after it) or by a byline's "By" glued to its last character, when a headline's length
/// is left (`without_glued_signature`).
pub fn without_glued_signature(text: &str) -> &str {
    let signed = has_glued_dash(text) || has_glued_by(text);
    let Some(found) = signed.then(|| glued_signature().captures(text)).flatten() else {
        return text;
    };
    let end = found
        .get(1)
        .map_or_else(|| found.get(0).map_or(0, |m| m.start()), |m| m.end());
    if split_words(&text[..end]).count() >= HEADLINE_WORDS {
        &text[..end]
    } else {
        text
    }
}

/// A byline holds this many words at most (as a line of its own does, `line_kind`).
const BYLINE_WORDS: usize = 10;

/// The headline without its writer's byline glued after it by an underscore, as a board's
/// title field joins them ("<headline>_<name> 기자"), when a headline's length is left: the
/// words after the last underscore are a byline of their own. Words after an underscore that
/// are no byline are the headline's own part ("진로 탐색_기상 예보관";
/// `without_underscored_byline`).
pub fn without_underscored_byline(text: &str) -> &str {
    let Some(at) = memchr::memrchr(b'_', text.as_bytes()) else {
        return text;
    };
    let (head, tail) = (&text[..at], text[at + 1..].trim());
    if split_words(head).count() >= HEADLINE_WORDS
        && count_words(tail, BYLINE_WORDS + 1) <= BYLINE_WORDS
        && is_byline(&line_key(tail), tail)
    {
        head.trim_end()
    } else {
        text
    }
}

/// Where a reposted story's source starts, one word of two to eight Hangul syllables glued on
/// by a hyphen to a headline's last word or its question mark ("…예산 삭감 논란-한빛시사", a
/// board's copy of a weekly's story), the headline of `HEADLINE_WORDS` or more: the hyphen.
/// A pair's hyphen, "한-미", joins syllables of its own.
fn glued_source(text: &str) -> Option<usize> {
    let hyphen = memchr::memrchr(b'-', text.as_bytes())?;
    let tail = &text[hyphen + 1..];
    let syllables = tail.chars().count();
    if !(2..=8).contains(&syllables) || !tail.chars().all(|c| is(c, HANGUL)) {
        return None;
    }
    let mut before = text[..hyphen].chars().rev();
    let closed = match before.next()? {
        '?' | '!' => true,
        last => is(last, HANGUL) && before.next().is_some_and(|c| is(c, HANGUL)),
    };
    (closed && split_words(text).count() >= HEADLINE_WORDS).then_some(hyphen)
}

per_thread! {
    /// A field label glued to the headline, seen at the case change where they meet, in Latin
    /// letters: a capital word, maybe one more lowercase word, then a lowercase word of three
    /// letters or more glued to a capital opening a lowercase word ("Topic subjectAnybody …");
    /// or a category's lowercase word of four letters or more alone glued to a capital opening
    /// a word of four letters or more ("cabinetDecisions taken …"); the capital is group 1 or 2.
    fn glued_label() -> Regex {
        compile(concat!(
            r"^(?:[\p{Lu}&&\p{Latin}][\p{Ll}&&\p{Latin}]*(?:\s[\p{Ll}&&\p{Latin}]+)?",
            r"\s[\p{Ll}&&\p{Latin}]{3,}([\p{Lu}&&\p{Latin}][\p{Ll}&&\p{Latin}])",
            r"|[\p{Ll}&&\p{Latin}]{4,}([\p{Lu}&&\p{Latin}][\p{Ll}&&\p{Latin}]{3,}\s))",
        ))
    }
}

/// The headline without a field label glued to its first word, when what is left is a
/// headline's length.
pub fn without_case_glued_label(text: &str) -> &str {
    let opens_letter = text.chars().next().is_some_and(char::is_alphabetic);
    let Some(found) = opens_letter
        .then(|| glued_label().captures(text))
        .flatten()
        .and_then(|found| found.get(1).or_else(|| found.get(2)))
    else {
        return text;
    };
    let rest = &text[found.start()..];
    // links of one menu glued to each other open alike: "Skip to playerSkip to main content"
    let opens_alike = split_words(rest).next() == split_words(text).next();
    if split_words(rest).count() >= HEADLINE_WORDS && !opens_alike {
        return rest;
    }
    text
}

/// What may end a headline's second copy on its line: a stop, a comma, a bar, a dash, a quote.
const COPY_ENDS: &[char] = &[
    '.', ',', ';', ':', '!', '?', '|', '-', '–', '—', '"', '\'', '”', '’', ')',
];

/// The headline a line prints twice, one copy right after the other, whatever follows the
/// second copy (a byline glued to it, a citation): the first copy, a headline's length.
pub fn first_of_doubled(text: &str) -> &str {
    let mut words = split_words(text);
    let (Some(first), Some(_)) = (words.next(), words.next()) else {
        return text;
    };
    // The second copy starts after a space, with the first word: only a space at most halfway
    // leaves room after it for a copy of all the text before it.
    let bytes = text.as_bytes();
    let halfway = (bytes.len() - 1) / 2;
    for at in memchr::memchr_iter(b' ', &bytes[..=halfway]) {
        let copy = at + 1;
        if bytes.get(copy) != first.as_bytes().first() || !text[copy..].starts_with(first) {
            continue;
        }
        if at == 0 {
            break;
        }
        let head = &text[..at];
        if text[copy..].starts_with(head) {
            let ends = text[copy + head.len()..]
                .chars()
                .next()
                .is_none_or(|c| is_space(c) || COPY_ENDS.contains(&c));
            if ends && split_words(head).count() >= HEADLINE_WORDS {
                return head;
            }
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_told_without_an_opening_label_by_their_first_characters_have_none() {
        let texts = [
            "EDITORIAL: Hold the line on the budget now",
            "CITY DESK: Council approves the new budget",
            "NASA: Probe lands",
            "Council approves the new budget",
            "SR3.동네 가게의 마지막 날",
            "AB12. Совет утвердил бюджет",
            "ABCDE1.동네 가게",
            "Город\"Районы\": совет утвердил бюджет",
            "Подробнее«Итоги года» в совете",
            "Report“Budget” approved",
            "Report„Budget“ approved",
            "Report \"Budget\" approved",
            "시의회 예산안 통과",
            "",
        ];
        for text in texts {
            let column = column_label().is_match(text);
            assert!(!column || may_open_with_column_label(text), "{text:?}");
            let code = section_code().is_match(text);
            assert!(!code || may_open_with_section_code(text), "{text:?}");
            let rubric = glued_rubric().is_match(text);
            assert!(!rubric || may_open_with_glued_rubric(text), "{text:?}");
        }
        assert!(may_open_with_section_code("SR3.동네"));
        assert!(!may_open_with_section_code("ABCDE1.동네"));
        assert!(may_open_with_glued_rubric("Город\"Районы\": совет"));
        assert!(!may_open_with_glued_rubric("Report \"Budget\" approved"));
        assert!(!may_open_with_column_label("Council approves"));
    }

    #[test]
    fn a_glued_signature_is_found_after_en_and_em_dashes() {
        let signed = "Storm floods the old harbour -Dana Whitfield";
        assert_eq!(
            without_glued_signature(signed),
            "Storm floods the old harbour"
        );
        let dashed = "Storm floods the old harbour —Dana Whitfield";
        assert_eq!(
            without_glued_signature(dashed),
            "Storm floods the old harbour"
        );
        let plain = "Storm floods the old harbour Dana Whitfield";
        assert_eq!(without_glued_signature(plain), plain);
    }

    #[test]
    fn a_headline_printed_twice_keeps_its_first_copy() {
        assert_eq!(
            first_of_doubled(
                "Ferry fares rise again Ferry fares rise again.By Staff. Harbour Post"
            ),
            "Ferry fares rise again"
        );
        let whole = [
            "Bye bye bye to the old pier",
            "Ferry fares rise again Ferry fares rise",
            " Ferry fares rise Ferry fares rise",
            "Ferry fares Ferry fares",
        ];
        for text in whole {
            assert_eq!(first_of_doubled(text), text);
        }
    }

    #[test]
    fn a_signature_s_places_are_told_before_its_pattern_is_read() {
        assert!(has_glued_dash("Storm floods the harbour -Dana Whitfield"));
        assert!(has_glued_dash("Шторм в гавани —Дана Уитфилд"));
        assert!(!has_glued_dash("A well-known harbour - Coast Weather Desk"));
        assert!(has_glued_by("Storm floods the harbourBy Dana Whitfield"));
        assert!(has_glued_by(
            "Storm floods the harbourBy\u{a0}Dana Whitfield"
        ));
        assert!(!has_glued_by("By Dana Whitfield"));
        assert!(!has_glued_by("Storm floods the harbour By the sea"));
        let spaced = "Storm floods the old harbourBy\u{a0}Dana Whitfield";
        assert_eq!(
            without_glued_signature(spaced),
            "Storm floods the old harbour"
        );
    }
}
