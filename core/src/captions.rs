//! Photograph captions and credits (`normalize/captions.py`): a caption names its photograph's
//! source, by a marker or with "=", or closes with a credit in brackets or a signature after a
//! dash; no headline does.

use pyo3::prelude::*;
use regex::Regex;

use crate::chrome::{chrome, has_empty_key};
use crate::per_thread::per_thread;
use crate::segment::chars;
use crate::text::{count_words, Phrases};

per_thread! {
    /// A credit that names a photograph's or a copy's source with "=" (`_CREDIT`).
    fn credit() -> Regex {
        Regex::new(
            r"(?x)
              [(\[][^()\[\]=]{1,20}=[^()\[\]=]{1,40}[)\]]  # in brackets: (출처=SNS)
            | \S\s=\s\S                                   # spaced: Photos = A. Name
            ",
        )
        .expect("a valid pattern")
    }
}

per_thread! {
    /// A photograph's credit in brackets that closes a line, naming its source after "=" or ":":
    /// "<사진제공=Name>", "(Photo: Agency)" (a bare "(사진)" only says the story has photographs)
    /// (`_CLOSING_BRACKETS`).
    fn closing_brackets() -> Regex {
        Regex::new(r"[<(\[][^<>()\[\]=:]{1,20}[=:][^<>()\[\]]{1,40}[>)\]]\s*$")
            .expect("a valid pattern")
    }
}

/// A signature names a photographer, an agency or an outlet: this many words at most
/// (`_SIGNATURE_WORDS`).
const SIGNATURE_WORDS: usize = 5;

per_thread! {
    /// What sets a signature after a caption at the end of its line: a spaced dash, two
    /// hyphens, a dash or a copyright sign, or a slash glued to the name after a space
    /// (`_SIGNATURE`).
    fn signature() -> Regex {
        Regex::new(r"\s[-–—]+\s|--|[–—©ⓒ]|\s/\b").expect("a valid pattern")
    }
}

per_thread! {
    /// A signature's shape: a letter, no figure (`_NAME`).
    fn name_shape() -> Regex {
        Regex::new(r"^[^\p{N}]*\p{L}[^\p{N}]*$").expect("a valid pattern")
    }
}

per_thread! {
    /// A sentence that closes before its signature: a word's last two letters, its full stop,
    /// maybe a bracket's end; not a quotation's, whose speaker is no photographer, nor a cry or
    /// a question, a post's title signed by its writer (`_SIGNED_SENTENCE`).
    fn signed_sentence() -> Regex {
        Regex::new(r"\p{L}{2}\.\)*\s*$").expect("a valid pattern")
    }
}

/// A photo caption or credit: it names the photograph's source, by a marker (one that points at
/// the photograph above opens the line), with "=", by its giver's credit in brackets or by an
/// outlet's initials and a picture's word after its full stop.
pub fn is_caption(line: &str) -> bool {
    per_thread! {
        fn markers() -> Phrases {
            Phrases::new(&chrome().caption_markers)
        }
    }
    let lowered = chars::lower(line);
    let opening = lowered.trim_start_matches(chars::is_space);
    markers().found_in(&lowered)
        || chrome()
            .caption_openers
            .iter()
            .any(|mark| opening.starts_with(mark.as_str()))
        || has_empty_key(line)
        || (line.contains('=') && credit().is_match(line))
        || (line.trim_end().ends_with([']', ')', '>'])
            && line.contains(GIVEN_BY)
            && bracketed_giver().is_match(line))
        || (closes_with_picture_word(line) && initials_credit().is_match(line))
}

/// The words for a picture that `initials_credit` closes with, singular.
const PICTURE_WORDS: [&str; 3] = ["Image", "Photo", "Picture"];

/// Whether the line closes with a picture's word, maybe in the plural, then white space:
/// `initials_credit` matches no other line, told without running it.
fn closes_with_picture_word(line: &str) -> bool {
    let end = line.trim_end();
    let end = end.strip_suffix('s').unwrap_or(end);
    PICTURE_WORDS.iter().any(|word| end.ends_with(word))
}

per_thread! {
    /// A credit after a caption's full stop: an outlet's initials in capitals and its
    /// picture's word ("… lands at a pontoon. HC Image"), which closes no headline
    /// (`_INITIALS_CREDIT`).
    fn initials_credit() -> Regex {
        Regex::new(r"\p{L}{2}\.\s+\p{Lu}{2,5}\s+(?:Image|Photo|Picture)s?\s*$")
            .expect("a valid pattern")
    }
}

per_thread! {
    /// A caption tells in the present tense what its people did on a past day, the day closing
    /// its one sentence: a name of two capitalised words or more, then its verb, the first word
    /// in small letters, then what it does and where, and the day (`_PRESENT_CAPTION`).
    fn present_caption() -> Regex {
        Regex::new(
            r"(?x)
              ^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)+)  # the name: capitalised words
              \s+(\p{Ll}+)\s                                  # its verb, in small letters
              [^.!?]*                                         # what it does, where
              \b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.$  # the day
            ",
        )
        .expect("a valid pattern")
    }
}

/// What opens a sentence's subject before a common noun, no name (`_DETERMINERS`).
const DETERMINERS: [&str; 6] = ["The", "This", "These", "Those", "A", "An"];
/// Verbs ending in "s" that a lead's sentence tells the news with, in the present: an
/// auxiliary, or a report of what was said (`_LEAD_VERBS`).
const LEAD_VERBS: [&str; 5] = ["is", "has", "was", "does", "says"];
/// A caption is one sentence of a headline's length: this many words at most
/// (`_CAPTION_WORDS`).
const CAPTION_WORDS: usize = 20;

/// Whether the line is a photograph's caption that tells in the present tense what a person did
/// on a past day (`present_caption()`): a name, its verb in the present ("-s", not a lead's
/// auxiliary or report) or in "-ing", the weekday closing its one sentence, `CAPTION_WORDS`
/// words at most (`in_present`).
pub fn in_present(line: &str) -> bool {
    if !line.ends_with("day.") || line.split_whitespace().count() > CAPTION_WORDS {
        return false;
    }
    let Some(found) = present_caption().captures(line) else {
        return false;
    };
    let (Some(name), Some(verb)) = (found.get(1), found.get(2)) else {
        return false;
    };
    let (name, verb) = (name.as_str(), verb.as_str());
    let opening = name.split_whitespace().next().unwrap_or_default();
    if DETERMINERS.contains(&opening) || LEAD_VERBS.contains(&verb) {
        return false;
    }
    let present = verb.ends_with('s') && !verb.ends_with("ss") && !verb.ends_with("us");
    present || (verb.ends_with("ing") && verb.chars().count() > "ing".len() + 1)
}

per_thread! {
    /// An image's file name closing a line: a name in ASCII letters with a figure, an
    /// underscore or a hyphen, glued to its extension ("w-story.tif", "IMG_2041.JPG"); a
    /// community post's title closing with a word and ".jpg" says it holds a picture
    /// (`_IMAGE_FILE`).
    fn image_file() -> Regex {
        Regex::new(concat!(
            r"(?:^|\s)[A-Za-z0-9_.-]*[0-9_-][A-Za-z0-9_.-]*",
            r"\.(?:jpe?g|JPE?G|png|PNG|gif|GIF|tiff?|TIFF?|webp|WEBP|bmp|BMP|heic|HEIC)\s*$",
        ))
        .expect("a valid pattern")
    }
}

/// Whether the line closes with an image's file name (`image_file()`): a photograph's file name
/// a scraper printed where the photograph stood, as no headline ends (`names_image_file`).
pub fn names_image_file(line: &str) -> bool {
    // a line that closes with no image's extension is not searched: the extension's dot
    // stands among the last five bytes
    let end = line.trim_end_matches(char::is_whitespace);
    end.as_bytes()[end.len().saturating_sub(5)..].contains(&b'.')
        && IMAGE_EXTENSIONS
            .iter()
            .any(|extension| end.ends_with(extension))
        && image_file().is_match(line)
}

/// The extensions `image_file()` closes a line with, as printed.
const IMAGE_EXTENSIONS: [&str; 18] = [
    ".jpg", ".jpeg", ".JPG", ".JPEG", ".png", ".PNG", ".gif", ".GIF", ".tif", ".tiff", ".TIF",
    ".TIFF", ".webp", ".WEBP", ".bmp", ".BMP", ".heic", ".HEIC",
];

/// A caption printed twice: its copy and its credit are looked for this many lines around it
/// (`_DOUBLED_CREDIT_LINES`).
const DOUBLED_CREDIT_LINES: usize = 3;

/// Whether the line is a photograph's caption printed twice, one copy right under the other,
/// and the photograph's credit on the next line with text (an alt text, the caption, its
/// credit): the line is either copy. Lines with text are looked for `DOUBLED_CREDIT_LINES`
/// lines around it at most.
pub fn is_doubled_caption<S: AsRef<str>>(lines: &[S], line: usize) -> bool {
    let Some(text) = lines.get(line).map(AsRef::as_ref) else {
        return false;
    };
    let end = (line + 1 + DOUBLED_CREDIT_LINES).min(lines.len());
    let mut below = lines[line + 1..end]
        .iter()
        .map(AsRef::as_ref)
        .filter(|other| !other.is_empty());
    let first = below.next();
    if first == Some(text) {
        return below.next().is_some_and(is_caption);
    }
    let above = lines[line.saturating_sub(DOUBLED_CREDIT_LINES)..line]
        .iter()
        .map(AsRef::as_ref)
        .rfind(|other| !other.is_empty());
    above == Some(text) && first.is_some_and(is_caption)
}

per_thread! {
    /// A rights holder's credit after a picture's subject: a copyright sign and a year after
    /// words ("Harbor Lights © 2019 Bay Films, LLC"), which no headline prints; a notice that
    /// opens its line is the boilerplate's. The words after the year name the holder
    /// (`names_holder`) (`_RIGHTS_CREDIT`).
    fn rights_credit() -> Regex {
        Regex::new(r"\S\s*[©ⓒ]\s*(?:19|20)\d\d\b").expect("a valid pattern")
    }
}

/// Whether the line is a caption that closes with its photograph's credit in brackets, or with
/// a signature (`is_signed`), a line closing with the photograph's file name
/// (`names_image_file`), or a picture's subject with its rights holder's credit
/// (`rights_credit()`): a caption printed where a headline was lost, which no headline ends
/// with.
pub fn closes_with_credit(line: &str) -> bool {
    // the credit's closing bracket ends the line, but for white space (`\s`)
    let closed = line
        .trim_end_matches(char::is_whitespace)
        .ends_with(['>', ')', ']']);
    (closed
        && closing_brackets()
            .find(line)
            .is_some_and(|found| found.start() > 0 && is_caption(found.as_str())))
        || is_signed(line)
        || is_given(line)
        || names_image_file(line)
        || ((line.contains('©') || line.contains('ⓒ'))
            && rights_credit()
                .find(line)
                .is_some_and(|notice| names_holder(&line[notice.end()..])))
}

/// Whether the line tells of a copyright notice rather than printing one: a sign and a year
/// after words, and words after them that name no holder (`names_holder`), as a headline about a
/// copyright does (Python's `quotes_a_notice`).
pub fn quotes_a_notice(line: &str) -> bool {
    (line.contains('©') || line.contains('ⓒ'))
        && rights_credit()
            .find(line)
            .is_some_and(|notice| !names_holder(&line[notice.end()..]))
}

/// Whether the words after a copyright notice's year name its holder: as many of them open
/// with a capital letter as with a small one at least ("Bay Films, LLC", "by Ann Lee"); a
/// headline about a copyright goes on in small words ("… © 1928 copyright runs out"). Words of
/// a script without capitals name a holder when they are as few as a signature's ("가온필름");
/// a headline goes on in more (`_names_holder`).
fn names_holder(words: &str) -> bool {
    let (mut capitals, mut smalls, mut count) = (0usize, 0usize, 0usize);
    for first in words
        .split_whitespace()
        .filter_map(|word| word.chars().next())
    {
        capitals += usize::from(first.is_uppercase());
        smalls += usize::from(first.is_lowercase());
        count += 1;
    }
    if capitals > 0 || smalls > 0 {
        return capitals >= smalls;
    }
    count < SIGNATURE_WORDS
}

/// The Korean for "provided by", which closes a giver's credit after a caption's sentence.
const GIVEN_BY: &str = "제공";

per_thread! {
    /// A giver's credit that closes a caption after its sentence's full stop or a spaced
    /// slash: the giver's name, no figure, no stop and no slash, then `GIVEN_BY`
    /// (`_GIVEN_CREDIT`).
    fn given_credit() -> Regex {
        Regex::new(r"(?:\p{L}{2}\.|\s/)\s+([^\p{N}./]+?)\s*제공\s*$").expect("a valid pattern")
    }
}

per_thread! {
    /// A giver's credit in brackets that is the whole line: "[솔내시 제공]", "[한빛엔터 제공.
    /// 재판매 금지]"; not a note closing a headline (`_BRACKETED_GIVER`).
    fn bracketed_giver() -> Regex {
        Regex::new(
            r"(?x)
              ^[\[(<] [^\[\]()<>=]{1,30} \s제공  # the whole line: the giver's name, provided by
              (?:\.[^\[\]()<>]{0,30})?         # the terms of the photograph's use, after a stop
              [\])>] \s*$",
        )
        .expect("a valid pattern")
    }
}

/// Whether the line is a caption's sentence closed by its giver's credit, the name of fewer
/// than `SIGNATURE_WORDS` words (Python's `_is_given`).
fn is_given(line: &str) -> bool {
    if !line
        .trim_end_matches(char::is_whitespace)
        .ends_with(GIVEN_BY)
    {
        return false;
    }
    given_credit()
        .captures(line)
        .and_then(|found| found.get(1))
        .is_some_and(|name| {
            let words = count_words(name.as_str(), SIGNATURE_WORDS);
            words > 0 && words < SIGNATURE_WORDS
        })
}

/// Whether the line closes with a signature set off by a dash or a copyright sign, a few words
/// that are a photograph's credit by its marker (an agency's name may hold a figure), or a
/// name (a letter, no figure) that follows a finished sentence: a caption signed by its
/// photographer or its agency, which no headline is.
pub fn is_signed(line: &str) -> bool {
    if !may_hold_signature(line) {
        return false;
    }
    let Some(last) = signature().find_iter(line).last() else {
        return false;
    };
    if last.start() == 0 {
        return false;
    }
    let name = &line[last.end()..];
    if count_words(name, SIGNATURE_WORDS + 1) > SIGNATURE_WORDS {
        return false;
    }
    if !has_empty_key(name) && is_caption(name) {
        return true; // a credit by its marker, figures or none
    }
    name_shape().is_match(name) && signed_sentence().is_match(&line[..last.start()])
}

/// Whether `signature()` can match in the line, told from its bytes: a matched separator
/// holds an en or em dash, a copyright sign, two hyphens, or a hyphen or a slash after white
/// space.
fn may_hold_signature(line: &str) -> bool {
    let bytes = line.as_bytes();
    let after_space = |at: usize| {
        line[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_whitespace)
    };
    memchr::memchr_iter(b'/', bytes).any(after_space)
        || memchr::memchr3_iter(b'-', 0xC2, 0xE2, bytes).any(|at| match bytes[at] {
            b'-' => bytes.get(at + 1) == Some(&b'-') || after_space(at),
            // ©
            0xC2 => bytes.get(at + 1) == Some(&0xA9),
            // – — ⓒ
            0xE2 => matches!(
                (bytes.get(at + 1), bytes.get(at + 2)),
                (Some(0x80), Some(0x93 | 0x94)) | (Some(0x93), Some(0x92))
            ),
            _ => false,
        })
}

#[pyfunction]
#[pyo3(name = "captions__is_caption")]
fn twin_is_caption(line: &str) -> bool {
    is_caption(line)
}

#[pyfunction]
#[pyo3(name = "captions__in_present")]
fn twin_in_present(line: &str) -> bool {
    in_present(line)
}

#[pyfunction]
#[pyo3(name = "captions__names_image_file")]
fn twin_names_image_file(line: &str) -> bool {
    names_image_file(line)
}

#[pyfunction]
#[pyo3(name = "captions__closes_with_credit")]
fn twin_closes_with_credit(line: &str) -> bool {
    closes_with_credit(line)
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(twin_is_caption, m)?)?;
    m.add_function(wrap_pyfunction!(twin_closes_with_credit, m)?)?;
    m.add_function(wrap_pyfunction!(twin_names_image_file, m)?)?;
    m.add_function(wrap_pyfunction!(twin_in_present, m)?)?;
    Ok(())
}
