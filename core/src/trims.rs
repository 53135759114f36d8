//! The chosen headline as printed (`normalize/trims.py`): its copy in mixed case when it was
//! chosen in capitals (`in_mixed_case`), then its trims, in the order the chooser makes them: a
//! site's tail after it (`echo::without_site_tail`), a label glued before it that another
//! line leaves out (`echo::without_glued_label`), a breadcrumb's crumbs glued before it with no
//! space that another line leaves out (`without_glued_crumbs`), an outlet's crumb before it and
//! a spaced slash that another line names (`without_outlet_crumb`), a wiki's edit link glued after
//! it that other lines print too (`without_edit_link`), a feature's label glued before
//! it by a hyphen that the page's other lines leave out (`without_hyphen_label`), a deck glued
//! after it
//! (`glued_decks::without_glued_deck`), the place of the dateline below glued before it
//! (`dateline_places`), a programme's hyphened name glued before it
//! (`glued_decks::without_glued_name`), the next field's label of a form glued after it
//! (`subjects::without_next_field`), a date glued after it that the headline's copy on another
//! line leaves out (`without_glued_date`), a date in brackets of its own closing it that the
//! lead retells the headline without (`without_bracketed_date`), a status badge glued after it
//! (`without_status_badge`), a writer's name in brackets closing it that another line opens
//! with (`bracketed_writers::without_bracketed_writer`).

use regex::Regex;
use rustc_hash::FxHashSet;

use crate::bracketed_writers::without_bracketed_writer;
use crate::chrome::chrome;
use crate::dateline_places::without_dateline_place;
use crate::echo::{
    without_glued_label, without_glued_label_keyed, without_site_tail, LineKeys, Placed,
};
use crate::facts::month_abbreviations;
use crate::glued_decks::{without_glued_deck, without_glued_name};
use crate::glued_title_labels::without_glued_title_label;
use crate::headline::Candidate;
use crate::per_thread::PerThread;
use crate::segment::chars::{self, is_lower, strip, L, LOWERCASE_LETTER, N};
use crate::subjects::without_next_field;
use crate::text::{count_words, split_words};
use crate::titles::title_key;

/// A headline's copy is a headline's length: this many words at least.
const COPY_WORDS: usize = 3;
/// A wiki's edit link glued after a heading's last word in small letters ("… Ferry
/// CompanyEdit").
static GLUED_EDIT: PerThread<Regex> =
    PerThread::new(|| Regex::new(&format!("{LOWERCASE_LETTER}Edit$")).expect("a valid pattern"));
/// A feature's label glued by a hyphen: words of letters and digits, apart by a space or an
/// apostrophe.
static HYPHEN_LABEL: PerThread<Regex> = PerThread::new(|| {
    Regex::new(r"^[\p{L}\p{N}]+(?:[ '’][\p{L}\p{N}]+)*$").expect("a valid pattern")
});
/// A whole date closing a line after a space: the day, an English month's name (its first
/// three letters one of the facts' abbreviations) and the year in either order, or numbers
/// ("10 April 2019", "April 10, 2019", "10.04.2019", "2019-04-10").
static CLOSING_DATE: PerThread<Regex> = PerThread::new(|| {
    let month = format!("(?:{})[a-z]*\\.?", month_abbreviations("en").join("|"));
    Regex::new(&format!(
        concat!(
            r"\s(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{month},?\s+\d{{4}}",
            r"|{month}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}",
            r"|\d{{1,2}}[-./]\d{{1,2}}[-./]\d{{4}}|\d{{4}}[-./]\d{{1,2}}[-./]\d{{1,2}})\s*$",
        ),
        month = month
    ))
    .expect("a valid pattern")
});
/// A whole date of numbers in brackets of its own, the day or the month first: "(03/14/2021)",
/// "(14.03.2021)" (the year first is a broadcast's, cut with its programme).
const DAY_IN_BRACKETS: &str = r"\s*\(\d{1,2}[-./]\d{1,2}[-./]\d{4}\)";
/// Such a date closing a headline: "… (03/14/2021)".
static BRACKETED_DATE: PerThread<Regex> =
    PerThread::new(|| Regex::new(&format!(r"{DAY_IN_BRACKETS}\s*$")).expect("a valid pattern"));
/// Such a date right after the headline's words on another line: its copy (the same day), or an
/// item of the same series named by its own day.
static BRACKETED_DATE_AFTER: PerThread<Regex> =
    PerThread::new(|| Regex::new(&format!("^{DAY_IN_BRACKETS}")).expect("a valid pattern"));
/// An outlet's crumb before a spaced slash: "Outlet / <headline>"; in a script without
/// capitals, one word glued to its slash, a source's credit: "한빛신문/ <headline>".
static OUTLET_CRUMB: PerThread<Regex> = PerThread::new(|| {
    Regex::new(r"^(?:(\p{Lu}[^/]*?)\s+|(\p{Lo}[^\s/]*))/\s+([^/]+)$").expect("a valid pattern")
});
/// The outlet's crumb is a name of this many words at most.
const CRUMB_WORDS: usize = 3;
/// A slash inside the headline: the words after it open in small letters, or a name of a few
/// words closed by a colon pairs with the one before it ("Ferries / trains: …", "Север / Юг:
/// …").
static SLASH_PAIR: PerThread<Regex> = PerThread::new(|| {
    Regex::new(r"^(?:\p{Ll}|\S+(?:\s+\S+){0,2}:(?:\s|$))").expect("a valid pattern")
});
/// The words a story joins two names with where its headline pairs them by a slash ("Office and
/// Jail" under "Office / Jail …").
const PAIR_JOINS: [&str; 6] = ["and", "&", "or", "и", "или", "및"];
/// The headline after such a label: this many words at least.
const HEADLINE_WORDS: usize = 4;
/// A word of this many letters or more is one the page's other lines may print (no "of",
/// "the").
const TOLD_CHARS: usize = 4;
/// A word of this many letters or more tells a headline's case (no "of", "in", "the").
const CASED_CHARS: usize = 4;

/// The headline read from `text`, whose title key is `key`, cut from the page's line `line`
/// of `lines`, without what the page glues around it.
pub fn trimmed<S: AsRef<str>>(text: &str, key: &str, line: usize, lines: &LineKeys<S>) -> String {
    let untailed = without_site_tail(text, line, lines.lines());
    let untailed = without_glued_title_label(&untailed, line, lines.lines());
    // a text neither the tail nor a glued title label was cut from keeps its key
    let text = if untailed == text {
        without_glued_label_keyed(text, key, line, lines)
    } else {
        without_glued_label(untailed, line, lines)
    };
    let text = without_glued_crumbs(&text, line, lines.lines());
    let text = without_outlet_crumb(text, line, lines.lines());
    let text = without_edit_link(text, line, lines.lines());
    let text = without_hyphen_label(text, line, lines);
    let text = without_glued_deck(text, line, lines.lines());
    let text = without_dateline_place(&text, line, lines.lines());
    let text = without_next_field(&without_glued_name(&text), line, lines.lines());
    let text = without_bracketed_date(
        without_glued_date(&text, line, lines.lines()),
        line,
        lines.lines(),
    );
    without_bracketed_writer(without_status_badge(text), line, lines.lines()).to_string()
}

/// The headline without a status badge a site's story page glues after it by a space ("…
/// harbour deal Featured", "… к зиме Важно"): a word of the facts' `badges` opening with a
/// capital after a word in small letters, the headline before it `HEADLINE_WORDS` words at
/// least and in sentence case (more of its words of `CASED_CHARS` letters or more after the
/// first in small letters than with a capital). A capital there breaks the headline's own
/// case: in title case, or after a name, the word is the headline's ("Record Breaking", "Smith
/// Exclusive") (Python's `without_status_badge`).
fn without_status_badge(text: &str) -> &str {
    let Some((head, last)) = text.trim_end_matches(chars::is_space).rsplit_once(' ') else {
        return text;
    };
    let words: Vec<&str> = split_words(head).collect();
    let mut letters = last.chars();
    let capitalised = letters
        .next()
        .is_some_and(|c| chars::str_is_upper(c.encode_utf8(&mut [0; 4])))
        && chars::str_is_lower(letters.as_str());
    let opens_small = |word: &str| word.chars().next().is_some_and(is_lower);
    if words.len() < HEADLINE_WORDS
        || !chrome().badges.contains(&chars::lower(last))
        || !capitalised
        || !words.last().is_some_and(|&word| opens_small(word))
    {
        return text;
    }
    let cased: Vec<&str> = words[1..]
        .iter()
        .copied()
        .filter(|word| {
            word.chars().count() >= CASED_CHARS
                && word.chars().next().is_some_and(|c| chars::is(c, L))
        })
        .collect();
    let smalls = cased.iter().filter(|&&word| opens_small(word)).count();
    if smalls > cased.len() - smalls {
        head.trim_end_matches(chars::is_space)
    } else {
        text
    }
}

/// The headline without a whole date glued after it by a space ("… the 2019 harvest. 10 April
/// 2019") when another line of `lines` prints the rest alone, a headline's length: that line is
/// the headline's copy, and the date its post's day, no part of it (Python's
/// `without_glued_date`).
fn without_glued_date<'t, S: AsRef<str>>(text: &'t str, line: usize, lines: &[S]) -> &'t str {
    let head = CLOSING_DATE
        .get()
        .find(text)
        .map_or("", |found| &text[..found.start()]);
    if count_words(head, COPY_WORDS) < COPY_WORDS {
        return text;
    }
    let copied = lines
        .iter()
        .enumerate()
        .any(|(at, other)| at != line && strip(other.as_ref()) == head);
    if copied {
        head
    } else {
        text
    }
}

/// The headline without a date in brackets of its own closing it ("… (03/14/2021)") when
/// another line of `lines` holds the rest, a headline's length, inside its sentence in any case
/// (the lead retelling the headline): the date is the post's day, no part of it. A headline no
/// line retells keeps its date, a digest's title naming its edition by its day; a copy of the
/// whole headline, its day too, retells nothing; and a line printing its words with another day
/// in brackets after them is another item of a series named by its day, so the day is the
/// headline's name's and stays (Python's `without_bracketed_date`).
fn without_bracketed_date<'t, S: AsRef<str>>(text: &'t str, line: usize, lines: &[S]) -> &'t str {
    let head = BRACKETED_DATE
        .get()
        .find(text)
        .map_or("", |found| &text[..found.start()]);
    if count_words(head, COPY_WORDS) < COPY_WORDS {
        return text;
    }
    let folded = head.to_lowercase();
    let day = text[head.len()..].trim_matches(chars::is_space);
    let mut retold = false;
    for (at, other) in lines.iter().enumerate() {
        if at == line {
            continue;
        }
        let lowered = other.as_ref().to_lowercase();
        let Some(start) = lowered.find(folded.as_str()) else {
            continue;
        };
        match BRACKETED_DATE_AFTER
            .get()
            .find(&lowered[start + folded.len()..])
        {
            None => retold = true,
            // another item of its series, named by its day
            Some(after) if after.as_str().trim_matches(chars::is_space) != day => return text,
            Some(_) => {}
        }
    }
    if retold {
        head
    } else {
        text
    }
}

/// The headline without what the page glued before it with no space between (a breadcrumb's
/// crumbs run together, "HomeWire<headline>") when another line of `lines` prints the rest
/// alone, a headline's length that does not open in small letters (no word cut apart), right
/// after a letter or a digit (a crumb's word; after a mark, such as a quotation's "…" or a
/// colon, the rest is part of the headline): that line is the headline's copy (Python's
/// `without_glued_crumbs`).
fn without_glued_crumbs<'t, S: AsRef<str>>(text: &'t str, line: usize, lines: &'t [S]) -> &'t str {
    for (index, other) in lines.iter().enumerate() {
        let copy = strip(other.as_ref());
        if index == line || copy.is_empty() || copy.len() >= text.len() || !text.ends_with(copy) {
            continue;
        }
        let seam = text[..text.len() - copy.len()].chars().next_back();
        let opens_small = copy.chars().next().is_some_and(is_lower);
        // the crumbs' last word runs into the headline
        if seam.is_some_and(|c| chars::is(c, L | N))
            && !opens_small
            && count_words(copy, COPY_WORDS) >= COPY_WORDS
        {
            return copy;
        }
    }
    text
}

/// The headline without a crumb of a few capitalised words before it and a spaced slash (a
/// trail of two, "Outlet / <headline>") when another line of `lines` names the crumb apart from
/// the headline (a logo's line, a footer, a pointer "on the Harbor Post portal"): the crumb is
/// the page's own name; not a crumb the slash pairs with the words after it (`SLASH_PAIR`,
/// `paired_below`). In a script without capitals the crumb is one word glued to its slash, a
/// reposted story's credit to its source, when the line naming it is no sentence retelling
/// the headline's words, as a lead naming its subject is (Python's `without_outlet_crumb`).
fn without_outlet_crumb<'t, S: AsRef<str>>(text: &'t str, line: usize, lines: &[S]) -> &'t str {
    let Some(found) = OUTLET_CRUMB.get().captures(text) else {
        return text;
    };
    let (Some(crumb), Some(rest)) = (found.get(1).or_else(|| found.get(2)), found.get(3)) else {
        return text;
    };
    let (crumb, rest) = (crumb.as_str(), rest.as_str());
    if count_words(crumb, CRUMB_WORDS + 1) > CRUMB_WORDS
        || count_words(rest, HEADLINE_WORDS) < HEADLINE_WORDS
    {
        return text;
    }
    if SLASH_PAIR.get().is_match(rest) || paired_below(crumb, rest, line, lines) {
        return text;
    }
    // a credit's line names its source; a lead naming the story's subject retells the story
    let credit = found.get(2).is_some();
    let retold = credit.then(|| crate::page::echo_words(rest));
    let named = lines.iter().enumerate().any(|(index, other)| {
        let other = other.as_ref();
        index != line
            && !other.contains(rest)
            && names(other, crumb)
            && match &retold {
                Some(words) => {
                    words.is_empty()
                        || !crate::title_shapes::ends_sentence(other)
                        || words.shared_with(&crate::page::echo_words(other)) == 0
                }
                None => true,
            }
    });
    if named {
        rest
    } else {
        text
    }
}

/// Whether another line of `lines` prints the crumb joined by one of `PAIR_JOINS` to the first
/// word after the slash, as a story prints the two names its headline pairs: the slash stands
/// for that word (Python's `_paired_below`).
fn paired_below<S: AsRef<str>>(crumb: &str, rest: &str, line: usize, lines: &[S]) -> bool {
    let names: Vec<String> = split_words(crumb).map(bare).collect();
    let Some(first) = split_words(rest).next().map(bare) else {
        return false;
    };
    lines.iter().enumerate().any(|(index, other)| {
        if index == line {
            return false;
        }
        let words: Vec<&str> = split_words(other.as_ref()).collect();
        // the joining word first: a line without one is read with no word bared
        (names.len()..words.len().saturating_sub(1)).any(|end| {
            PAIR_JOINS.contains(&words[end].to_lowercase().as_str())
                && bare(words[end + 1]) == first
                && words[end - names.len()..end]
                    .iter()
                    .map(|word| bare(word))
                    .eq(names.iter().cloned())
        })
    })
}

/// The word in small letters without the marks around it (Python's `_bare`).
fn bare(word: &str) -> String {
    word.trim_matches(|c: char| !chars::is(c, L | N))
        .to_lowercase()
}

/// Whether `line` prints `name` as whole words (no letter or digit right before or after it).
fn names(line: &str, name: &str) -> bool {
    let word = |c: Option<char>| c.is_some_and(|c| chars::is(c, L | N));
    let mut from = 0;
    while let Some(found) = line[from..].find(name) {
        let at = from + found;
        let end = at + name.len();
        if !word(line[..at].chars().next_back()) && !word(line[end..].chars().next()) {
            return true;
        }
        from = at + line[at..].chars().next().map_or(1, char::len_utf8);
    }
    false
}

/// The headline without a wiki's edit link glued after its last word in small letters ("Port
/// Alder Ferry CompanyEdit") when another line of `lines` closes with one too, as a wiki's page
/// scraped without its markup prints each heading ("HistoryEdit"); a name closing so on its
/// line alone is the headline's own ("Lumen Labs launches MagicEdit") (Python's
/// `without_edit_link`).
fn without_edit_link<'t, S: AsRef<str>>(text: &'t str, line: usize, lines: &[S]) -> &'t str {
    let Some(cut) = glued_edit(text) else {
        return text;
    };
    let elsewhere = lines
        .iter()
        .enumerate()
        .any(|(at, other)| at != line && glued_edit(other.as_ref()).is_some());
    if elsewhere {
        &text[..cut]
    } else {
        text
    }
}

/// Where a wiki's edit link glued after a line's last word in small letters starts, if one is.
fn glued_edit(text: &str) -> Option<usize> {
    if !text.ends_with("Edit") {
        return None;
    }
    GLUED_EDIT
        .get()
        .find(text)
        .map(|found| found.end() - "Edit".len())
}

/// The headline without a feature's label of a few words glued before it by a hyphen with no
/// space ("Photo Story of the Month-<headline>"): the label two words at least, closed by a
/// letter, a word after its first in small letters as a feature's title prints its "of the" (a
/// name that modifies the headline's first word is capitalised throughout: "New York-Based
/// Startup …", "Harry Potter-Themed Cafe …"), the headline `HEADLINE_WORDS` words at least,
/// opening with a capital and a small letter, when no other line of `lines` prints a word of
/// the label of `TOLD_CHARS` letters or more (there is one) and another prints such a word of
/// the headline: a compound's hyphen ("Week-Long Search") joins words the story tells of
/// (Python's `without_hyphen_label`).
fn without_hyphen_label<'t, S: AsRef<str>>(
    text: &'t str,
    line: usize,
    lines: &LineKeys<S>,
) -> &'t str {
    let Some((label, rest)) = text.split_once('-') else {
        return text;
    };
    let mut opening = rest.chars();
    let opens = opening.next().is_some_and(chars::is_upper) && opening.next().is_some_and(is_lower);
    if !label.contains(' ')
        || !label.chars().next_back().is_some_and(|c| chars::is(c, L))
        || !HYPHEN_LABEL.get().is_match(label)
        || !label
            .split_whitespace()
            .skip(1)
            .any(|word| word.chars().next().is_some_and(is_lower))
        || !opens
        || count_words(rest, HEADLINE_WORDS) < HEADLINE_WORDS
    {
        return text;
    }
    let printed: FxHashSet<&str> = (0..lines.lines().len())
        .filter(|&at| at != line)
        .flat_map(|at| lines.key(at).split_whitespace())
        .collect();
    let long = |word: &&str| word.chars().count() >= TOLD_CHARS;
    let label_key = title_key(label);
    let rest_key = title_key(rest);
    let mut own = label_key.split_whitespace().filter(long).peekable();
    let told = rest_key
        .split_whitespace()
        .filter(long)
        .any(|word| printed.contains(word));
    let unprinted = own.peek().is_some() && !own.any(|word| printed.contains(word));
    if unprinted && told {
        rest
    } else {
        text
    }
}

/// The headline as its copy in mixed case prints it when the chosen copy is in capitals.
pub(crate) fn in_mixed_case(chosen: &Candidate, candidates: &[Candidate]) -> Placed {
    let mut placed = chosen.placed.clone();
    if !chars::str_is_upper(&placed.text) {
        return placed;
    }
    if let Some(copy) = candidates
        .iter()
        .find(|c| c.placed.key == placed.key && !chars::str_is_upper(&c.placed.text))
    {
        placed.text = copy.placed.text.clone();
    }
    placed
}
