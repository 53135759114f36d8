//! Whether a candidate is the outlet's name rather than a headline (mirrors
//! `normalize/outlet_lines.py`): the page's copyright line prints it ("NWD Britain News"
//! above a story, "© 2025 NWD Britain News" at its top or foot), or it is the site's web
//! address alone, or it credits the story's source, a name with its town in brackets ("Gull Bay
//! FM (Port Ellery)") that the story's dateline opens with. The machinery rules' own site
//! names, and a web address that a paragraph of its lead opens with (a program's name,
//! "Tidewatch.js"), are weighed in `headline.rs`.

use regex::Regex;
use rustc_hash::FxHashMap;

use crate::headline::LEAD_LINES;
use crate::page::echo_words;
use crate::per_thread::per_thread;
use crate::segment::chars::{self, is, L, M, N};
use crate::segment::{price, Result, CASED_WORD_LISTS};

per_thread! {
    /// A site's web address printed bare, as its name: "harborline-news.com" (`_DOMAIN`).
    fn domain() -> Regex {
        Regex::new(r"^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,6}$")
            .expect("a valid pattern")
    }
}

per_thread! {
    /// A source's credit: a capitalised name, then its town (a capitalised word or two) in
    /// brackets, "Gull Bay FM (Port Ellery)" (`_CREDITED_TOWN`).
    fn credited_town() -> Regex {
        Regex::new(r"^(?P<name>\p{Lu}[^()]*?)\s+\((?P<town>\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?)\)$")
            .expect("a valid pattern")
    }
}

per_thread! {
    /// A writer's byline with the town they file from: a capitalised name of two or three
    /// words, a comma, the town (a capitalised word or two), "Tobi Adeyemi, Ibadan"
    /// (`_SIGNED_TOWN`).
    fn signed_town() -> Regex {
        Regex::new(concat!(
            r"^(?P<name>\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2}),\s+",
            r"(?P<town>\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?)$",
        ))
        .expect("a valid pattern")
    }
}

/// What follows a town opening a dateline: a comma before its country, or the dateline's dash.
const DATELINE_MARKS: [char; 4] = [',', '—', '–', '-'];
/// A word that a word list prices below this is a common one ("blue", "hour"): a byline's name
/// holds a word no list prices so, its surname most often ("Adeyemi").
const COMMON_PRICE: f64 = 11.0;

/// Whether the candidate credits the story's source (`credits_a_source`): a name of
/// `NAME_WORDS` words at most with its town in brackets after it, the town that a paragraph of
/// the lead (`LEAD_LINES` below it at most) opens its dateline with, as printed or in
/// capitals, before a comma or a dash; that paragraph repeats none of the name's words.
pub fn credits_a_source<S: AsRef<str>>(
    text: &str,
    order: usize,
    lines: &[S],
    filled: &[usize],
    body: &[usize],
) -> bool {
    if !text.ends_with(')') {
        return false;
    }
    let Some(credit) = credited_town().captures(text) else {
        return false;
    };
    let (Some(name), Some(town)) = (credit.name("name"), credit.name("town")) else {
        return false;
    };
    if name.as_str().split_whitespace().count() > NAME_WORDS {
        return false;
    }
    let (town, shouted) = (town.as_str(), town.as_str().to_uppercase());
    let name = echo_words(name.as_str());
    lead_paragraphs(order, lines, filled, body).any(|paragraph| {
        let Some(rest) = paragraph
            .strip_prefix(town)
            .or_else(|| paragraph.strip_prefix(shouted.as_str()))
        else {
            return false;
        };
        rest.trim_start_matches(' ').starts_with(DATELINE_MARKS)
            && name.shared_with(&echo_words(paragraph)) == 0
    })
}

/// Whether the candidate is a writer's byline with the town they file from (`signs_from_town`):
/// a capitalised name of two or three words, one of them no common word (`COMMON_PRICE`), a
/// comma and the town, which a paragraph of the lead (`LEAD_LINES` below it at most) names
/// while no paragraph of it repeats a word of the name; a feature's title of common words
/// names its town so too ("Blue Hour, Lisbon").
pub fn signs_from_town<S: AsRef<str>>(
    text: &str,
    order: usize,
    lines: &[S],
    filled: &[usize],
    body: &[usize],
) -> Result<bool> {
    let Some(signed) = signed_town().captures(text) else {
        return Ok(false);
    };
    let (Some(name), Some(town)) = (signed.name("name"), signed.name("town")) else {
        return Ok(false);
    };
    let (words, town) = (echo_words(name.as_str()), echo_words(town.as_str()));
    let lead: Vec<_> = lead_paragraphs(order, lines, filled, body)
        .map(echo_words)
        .collect();
    if !(lead
        .iter()
        .any(|paragraph| town.shared_with(paragraph) == town.len())
        && lead
            .iter()
            .all(|paragraph| words.shared_with(paragraph) == 0))
    {
        return Ok(false);
    }
    for word in name.as_str().split([' ', '-']) {
        let mut cheapest = f64::INFINITY;
        for lang in CASED_WORD_LISTS {
            cheapest = cheapest.min(price(word, lang)?);
        }
        if cheapest >= COMMON_PRICE {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Whether the candidate is a site's web address alone, its name ("HARBORLINE-NEWS.com" cut
/// off before " - Ferry news"); a text with a space or with no dot is not read further.
pub fn is_domain_name(text: &str) -> bool {
    !text.contains(char::is_whitespace) && text.contains('.') && domain().is_match(text)
}

/// Whether a paragraph of the lead (`LEAD_LINES` below the candidate at most) opens with the
/// candidate's text word for word, then a space: the subject of its first sentence
/// ("Tidewatch.js is ..."), not a source credited in brackets (`_opens_its_lead`).
pub fn opens_its_lead<S: AsRef<str>>(
    text: &str,
    order: usize,
    lines: &[S],
    filled: &[usize],
    body: &[usize],
) -> bool {
    lead_paragraphs(order, lines, filled, body).any(|paragraph| {
        paragraph
            .strip_prefix(text)
            .is_some_and(|rest| rest.starts_with(' '))
    })
}

/// The paragraphs of `body` (ranks among the lines with text, placed by `filled`) that stand
/// at most `LEAD_LINES` below the candidate's rank `order`, in order: its lead (Python's
/// `leads.lead_paragraphs`).
fn lead_paragraphs<'a, S: AsRef<str>>(
    order: usize,
    lines: &'a [S],
    filled: &'a [usize],
    body: &'a [usize],
) -> impl Iterator<Item = &'a str> {
    body.iter()
        .filter(move |&&p| p > order && p - order <= LEAD_LINES)
        .filter_map(|&p| filled.get(p).and_then(|&i| lines.get(i)))
        .map(AsRef::as_ref)
}

/// An outlet's name is short; a longer candidate a copyright line holds is a headline quoted.
const NAME_WORDS: usize = 5;

/// Whether a candidate of a few words is printed, word for word, in a copyright line of the
/// page: it names the outlet that holds the rights.
pub fn names_rights_holder<S: AsRef<str>>(
    text: &str,
    lines: &[S],
    machinery: &FxHashMap<usize, String>,
) -> bool {
    let mut copyright = machinery
        .iter()
        .filter(|(_, kind)| *kind == "copyright")
        .filter_map(|(&index, _)| lines.get(index))
        .peekable();
    // most pages print no copyright line: the candidate's words are not read then
    if copyright.peek().is_none() {
        return false;
    }
    let words = spaced_words(text);
    if words.trim().is_empty() || words.split_whitespace().count() > NAME_WORDS {
        return false;
    }
    copyright.any(|line| spaced_words(line.as_ref()).contains(&words))
}

/// The text's words, case-folded, one space between them and one at each end (Python's
/// `_NOT_WORD.sub(" ", text.casefold())`, stripped).
fn spaced_words(text: &str) -> String {
    let folded = chars::casefold(text);
    let mut spaced = String::with_capacity(folded.len() + 2);
    spaced.push(' ');
    let mut gap = false;
    for ch in folded.chars() {
        if is(ch, L | M | N) {
            if gap && spaced.len() > 1 {
                spaced.push(' ');
            }
            gap = false;
            spaced.push(ch);
        } else {
            gap = true;
        }
    }
    spaced.push(' ');
    spaced
}
