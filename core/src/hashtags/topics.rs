//! Whether a matched hashtag names a topic: not a number, a colour code, a counter glued to a
//! widget's label, a post's number after its stamp's clock, a reference code, a list's mark or
//! the fragment of a link (mirrors `normalize/hashtags_topics.py`).

use crate::segment::chars::{self, is, L, LL, LU, M, N, SPACE};

/// How far back a link before a sign is looked for (a longer word is not a link anyway).
const URL_LOOKBACK: usize = 256;
/// A sign after one of these, before a number first, names a reference code: "(#12AB)".
const OPENING_BRACKETS: [char; 4] = ['(', '[', '［', '（'];

/// Whether a matched tag names a topic, not a number, a colour code, a counter glued to a
/// widget's label, a post's number after its stamp's clock with the poster's name and role
/// glued on, a reference code, one letter of a cased alphabet (a list's mark) or the
/// fragment of a link whose path ends in Korean or Chinese letters (…/wiki/서울#역사).
pub(super) fn is_topic(tag: &[char], text: &[char], start: usize) -> bool {
    // one letter of a cased alphabet ("#N" under a keyword label) is a list's mark
    let one_letter = matches!(tag, [c] if is(*c, LU | LL));
    if !tag.iter().any(|&c| is(c, L)) || is_numbered_label(tag) || one_letter {
        return false;
    }
    if tag.first().is_some_and(|&c| chars::is_digit(c))
        && tag
            .windows(2)
            .any(|pair| is(pair[0], LL) && is(pair[1], LU))
        && clock_before(text, start)
    {
        return false; // a post's number after its stamp's clock, name and role glued on
    }
    if tag.iter().all(|&c| is(c, LU | N))
        && (code_changes(tag) >= 2
            || (start > 0
                && OPENING_BRACKETS.contains(&text[start - 1])
                && tag.first().is_some_and(|&c| chars::is_digit(c))))
    {
        return false;
    }
    let glued = &text[start.saturating_sub(URL_LOOKBACK)..start];
    if let Some(&last) = glued.last() {
        if !chars::is_space(last) {
            let word_start = glued
                .iter()
                .rposition(|&c| chars::is_space(c))
                .map_or(0, |index| index + 1);
            if glued[word_start..].contains(&'/') {
                return false;
            }
        }
    }
    if is_colour(tag) {
        return !(tag.iter().any(|c| c.is_ascii_digit()) || markup_before(text, start));
    }
    true
}

/// A post's number after the clock of its stamp, the poster's name and role glued on by the
/// scrape: "12.02.2020 в 09:40 #517ivanМодератор": a clock of one or two digits, a colon, two
/// digits and one space right before the sign (Python's `_CLOCK_BEFORE`); the caller asks for
/// the role's capital after a small letter too, which a day's tag ("10:00 #9мая") lacks.
fn clock_before(text: &[char], start: usize) -> bool {
    let ascii = |index: usize| text[index].is_ascii_digit();
    if start < 5 || !chars::is_space(text[start - 1]) {
        return false;
    }
    let end = start - 1; // the clock ends here
    if !(ascii(end - 1) && ascii(end - 2) && text[end - 3] == ':' && ascii(end - 4)) {
        return false;
    }
    let hour_start = if end >= 5 && ascii(end - 5) {
        end - 5
    } else {
        end - 4
    };
    hour_start == 0 || !ascii(hour_start - 1)
}

/// A counter glued to the label of the widget after it: "#3Читать", "#12Comments" (a number,
/// then one capitalised word and nothing more; "#2024총선", "#5G", "#100DaysOfCode" stay tags).
fn is_numbered_label(tag: &[char]) -> bool {
    let digits = tag.iter().take_while(|&&c| is(c, N)).count();
    let rest = &tag[digits..];
    let (Some(&capital), true) = (rest.first(), digits > 0) else {
        return false;
    };
    if !is(capital, LU) {
        return false;
    }
    let mut index = 1 + rest[1..].iter().take_while(|&&c| is(c, M)).count();
    let mut lower = 0;
    while index < rest.len() && is(rest[index], LL) {
        lower += 1;
        index += 1;
        index += rest[index..].iter().take_while(|&&c| is(c, M)).count();
    }
    lower > 0 && index == rest.len()
}

/// How many times capitals and digits change kind, pairwise and without overlap ("12AB3"
/// twice, "G20" once).
fn code_changes(tag: &[char]) -> usize {
    let (mut count, mut index) = (0, 0);
    while index + 1 < tag.len() {
        let (a, b) = (tag[index], tag[index + 1]);
        if (is(a, N) && is(b, LU)) || (is(a, LU) && is(b, N)) {
            count += 1;
            index += 2;
        } else {
            index += 1;
        }
    }
    count
}

/// Colour codes in markup and CSS: 3, 4, 6 or 8 hexadecimal digits.
fn is_colour(tag: &[char]) -> bool {
    matches!(tag.len(), 3 | 4 | 6 | 8) && tag.iter().all(char::is_ascii_hexdigit)
}

/// Markup and style sheets put a colour after a colon, an equals sign, a quote or a paren
/// (within the 8 characters before the sign).
fn markup_before(text: &[char], start: usize) -> bool {
    let window = &text[start.saturating_sub(8)..start];
    let end = window.len() - window.iter().rev().take_while(|&&c| is(c, SPACE)).count();
    end > 0 && matches!(window[end - 1], ':' | '=' | '"' | '\'' | '(' | ',')
}
