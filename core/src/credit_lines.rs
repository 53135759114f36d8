//! A photograph's caption closed by its credit after its sentence's full stop, the credit named
//! by a caption's fixed label ("… beside the main road. Photograph credit: A. Name."): a
//! caption, which no headline is, and no paragraph of the story either; and a credit on a line
//! of its own without the label's colon ("Фото пресс-службы района."), or in round brackets of
//! its own, its source and the photograph's owner joined by a slash ("(Wirephoto/Harbour
//! Trust)") (mirrors `normalize/credit_lines.py`).

use regex::Regex;

use crate::chrome::chrome;
use crate::per_thread::per_thread;
use crate::segment::chars;
use crate::text::{count_words, holds_colon};

/// A credit names a photographer, an agency or a source: this many words at most
/// (`_CREDIT_WORDS`).
const CREDIT_WORDS: usize = 5;

per_thread! {
    /// A sentence's full stop after a word's last two letters, the credit's label of a few
    /// words closed by a colon, and the credit, a name with no figure, closing the line
    /// (`_LABELLED_CREDIT`).
    fn labelled_credit() -> Regex {
        Regex::new(
            r"\p{L}{2}\.\s+(?P<label>[\p{L}][\p{L} ]{0,24}:)\s*(?P<credit>[^\p{N}.:!?]{1,60})\.?\s*$",
        )
        .expect("a valid pattern")
    }
}

per_thread! {
    /// A credit without its label's colon, after the label's word: a name opening with a
    /// letter, no figure, no colon, no cry or question, closed by a word's last letter and a
    /// full stop (`_BARE_CREDIT`).
    fn bare_credit() -> Regex {
        Regex::new(r"^\p{L}[^\p{N}:!?]{0,58}\p{L}\.$").expect("a valid pattern")
    }
}

per_thread! {
    /// A credit naming its source as the giver of a work printed with the story: the work's
    /// word maybe, then "courtesy of", or its Russian and Korean givings (`_COURTESY_CREDIT`).
    fn courtesy_credit() -> Regex {
        Regex::new(concat!(
            r"(?i)^(?:(?:(?:photo|video|image|picture|graphic|footage|audio)s?\s+)?courtesy\s+of\s+\S",
            r"|(?:фото|видео|изображение)\s+предоставлен[оаы]?\s+\S",
            r"|(?:사진|영상|자료)\s?제공\s?[:=])"
        ))
        .expect("a valid pattern")
    }
}

per_thread! {
    /// A credit in round brackets of its own: the source, a word or two glued to a slash, and
    /// the photograph's owner right after it, a name opening with a letter and closed by a
    /// letter or a name's full stop, no figure, colon, cry, question, slash or bracket in it
    /// (`_BRACKETED_CREDIT`).
    fn bracketed_credit() -> Regex {
        Regex::new(
            r"^\(\p{L}[\p{L}-]*(?:\s\p{L}[\p{L}-]*)?/(?P<credit>\p{L}[^\p{N}:!?/()]{0,58}[\p{L}.])\)$",
        )
        .expect("a valid pattern")
    }
}

per_thread! {
    /// A caption's credit after its sentence's full stop, a slash glued on before the source's
    /// name of a word or a few, no figure or stop in it (`_SLASHED_CREDIT`).
    fn slashed_credit() -> Regex {
        Regex::new(r"\p{L}\.\s?/\s?(?P<credit>\p{L}[^\p{N}./:!?()]{0,40})$")
            .expect("a valid pattern")
    }
}

/// The most words a courtesy credit names its giver in: more are a headline's that opens with
/// the phrase ("Photos courtesy of a keeper show the old harbour in 1920").
const GIVER_WORDS: usize = 7;

/// Whether the text is a credit naming the giver of a work printed with the story ("Video
/// courtesy of the Harbour Trust") in `GIVER_WORDS` words at most, which no headline is
/// (Python's `is_courtesy_credit`).
pub fn is_courtesy_credit(text: &str) -> bool {
    let credit = chars::strip(text);
    courtesy_credit().find(credit).is_some_and(|found| {
        let giver = &credit[found.end()
            - credit[..found.end()]
                .chars()
                .last()
                .map_or(0, char::len_utf8)..];
        giver.split_whitespace().count() <= GIVER_WORDS
    })
}

/// Whether the line is a caption's sentence closed by its photograph's credit after a label the
/// caption markers end (one closed by a colon: "photo:", "credit:", "фото:", "사진:") (Python's
/// `closes_with_labelled_credit`).
pub fn closes_with_labelled_credit(line: &str) -> bool {
    if !holds_colon(line) {
        return false; // every label closes with a colon
    }
    let Some(found) = labelled_credit().captures(line) else {
        return false;
    };
    let (Some(label), Some(credit)) = (found.name("label"), found.name("credit")) else {
        return false;
    };
    if count_words(credit.as_str(), CREDIT_WORDS + 1) > CREDIT_WORDS {
        return false;
    }
    let label = chars::lower(label.as_str());
    chrome()
        .caption_markers
        .iter()
        .filter(|marker| marker.ends_with(':'))
        .any(|marker| {
            label
                .strip_suffix(marker.as_str())
                .is_some_and(|before| before.is_empty() || before.ends_with(' '))
        })
}

/// Whether the line is a photograph's credit alone, printed without its label's colon: a
/// caption marker's word closed by a colon in the lists ("фото", "photo", "사진"), then the
/// source's name, `CREDIT_WORDS` words at most, closed by a full stop (Python's
/// `is_bare_credit`).
pub fn is_bare_credit(line: &str) -> bool {
    let text = chars::strip(line);
    if !text.ends_with('.') {
        // the credit's own full stop, looked at before anything is lowered
        return false;
    }
    let markers = &chrome().caption_markers;
    // Only the text's opening is compared with a label and its space: as many characters
    // as the longest marker has bytes, and one, are lowered (a capital sigma's lower case
    // depends on what follows it, and the whole text is lowered then).
    let compared = markers.iter().map(String::len).max().unwrap_or(0) + 1;
    let opening = text
        .char_indices()
        .nth(compared)
        .map_or(text, |(at, _)| &text[..at]);
    let lowered = if opening.contains('Σ') {
        chars::lower(text)
    } else {
        chars::lower(opening)
    };
    markers.iter().any(|marker| {
        let Some(label) = marker.strip_suffix(':') else {
            return false;
        };
        if !lowered
            .strip_prefix(label)
            .is_some_and(|rest| rest.starts_with(' '))
        {
            return false;
        }
        // the line's own characters after as many as the label has
        let skipped = text.char_indices().nth(label.chars().count());
        let credit = chars::strip(skipped.map_or("", |(at, _)| &text[at..]));
        bare_credit().is_match(credit) && count_words(credit, CREDIT_WORDS + 1) <= CREDIT_WORDS
    })
}

/// Whether the line is a photograph's credit alone in round brackets of its own, its source and
/// the photograph's owner joined by a slash with no space, the owner `CREDIT_WORDS` words at
/// most: what a page prints under a photograph it lost, which no headline is (Python's
/// `is_bracketed_credit`).
pub fn is_bracketed_credit(line: &str) -> bool {
    let text = chars::strip(line);
    if !text.starts_with('(') {
        return false;
    }
    bracketed_credit()
        .captures(text)
        .and_then(|found| found.name("credit"))
        .is_some_and(|credit| count_words(credit.as_str(), CREDIT_WORDS + 1) <= CREDIT_WORDS)
}

/// Whether the line is a caption closed by its photograph's credit after its full stop and a
/// slash, the source `CREDIT_WORDS` words at most: "새솔군청 전경./새솔군", printed under a
/// photograph, which no headline is (Python's `closes_with_slashed_credit`).
pub fn closes_with_slashed_credit(line: &str) -> bool {
    let text = line.trim_end_matches(chars::is_space);
    if !text.contains('/') {
        return false;
    }
    slashed_credit()
        .captures(text)
        .and_then(|found| found.name("credit"))
        .is_some_and(|credit| count_words(credit.as_str(), CREDIT_WORDS + 1) <= CREDIT_WORDS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_courtesy_credit_is_told() {
        assert!(is_courtesy_credit("Video courtesy of the Harbour Trust"));
        assert!(is_courtesy_credit("Фото предоставлено пресс-службой"));
        assert!(is_courtesy_credit("사진 제공: 솔내시"));
        assert!(!is_courtesy_credit(
            "Ferry rides courtesy of the council end in May"
        ));
    }

    #[test]
    fn a_credit_in_brackets_of_its_own_is_told() {
        assert!(is_bracketed_credit(
            "(Wirephoto/Harbour Trust & Ferry Lines)"
        ));
        assert!(!is_bracketed_credit(
            "(Ferry fares rise on the north/south line after the vote)"
        ));
        assert!(!is_bracketed_credit(
            "(Wirephoto/Harbour Trust) The ferry left at dawn."
        ));
    }

    #[test]
    fn a_caption_closed_by_its_labelled_credit_is_told() {
        crate::data::configure_for_tests(); // the caption markers are the word lists'
        assert!(closes_with_labelled_credit(
            "The gate of the old quay. Photograph credit: Harbour Trust."
        ));
        assert!(!closes_with_labelled_credit(
            "Ferry fares rise. Update: timetable changes from May"
        ));
        assert!(!closes_with_labelled_credit(
            "The quay at dusk. Photo: 2 of 14"
        ));
    }

    #[test]
    fn a_credit_without_its_colon_is_told() {
        crate::data::configure_for_tests(); // the caption markers are the word lists'
        assert!(is_bare_credit("Фото Федерации парусного спорта Озёрска."));
        assert!(is_bare_credit("Photo Harbour Trust."));
        assert!(!is_bare_credit(
            "Фото Марса с нового зонда опубликовали в агентстве"
        ));
        assert!(!is_bare_credit("Photo: Harbour Trust."));
    }
}
