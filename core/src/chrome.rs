//! The fixed phrases of pages: the chrome tables of every language, and the lookups built on
//! them, a line's key, an outlet's name, a UI label glued to a title (mirrors
//! `normalize/chrome.py`).
//!
//! The phrases are the `chrome` facts of each language (`data/languages/<code>.json`) and the
//! outlets' names of `data/outlets.json`, merged once.

use rustc_hash::{FxHashMap, FxHashSet};
use std::borrow::Cow;
use std::sync::OnceLock;

use pyo3::prelude::*;
use pyo3::types::PyDict;
use serde_json::Value;

use crate::back_links::is_back_link;
use crate::facts::{outlets, section};
use crate::segment::chars::{self, is, CYRILLIC, HANGUL, L, LATIN, ND, P, S, Z};
use crate::text::{count_words, split_words, squeezed};

/// Outlet names are short: "The Hanul Daily", "연합뉴스 (Yonhapnews)".
pub const MAX_OUTLET_WORDS: usize = 4;
/// The arrows that lead from a trail's crumb to the next: "Home › World", "Главная » Новости",
/// "뉴스 > 사회", "News ❯ Local". A slash and a bar part a trail only between known labels, for
/// they part a headline's own words too.
pub const TRAIL_ARROWS: [char; 4] = ['›', '»', '>', '❯'];

/// The signs a hashtag opens with, the ASCII one and the full-width one.
pub const HASH_SIGNS: [char; 2] = ['#', '\u{ff03}'];

/// An outlet word shorter than this ("ру", "tv") counts only on its own or after a dot; a
/// Hangul syllable holds more, so two of them ("뉴스", "일보") are enough.
const GLUED_OUTLET_WORD: usize = 4;
const GLUED_HANGUL_WORD: usize = 2;
/// The syllables of a name glued after a Hangul outlet word ("뉴스" + "한마당"); a longer tail
/// makes a compound noun (`_GLUED_HANGUL_NAME`).
const GLUED_HANGUL_NAME: usize = 3;

/// The endings of a domain's name.
const DOMAIN_ENDS: [&str; 8] = ["com", "net", "org", "ru", "kr", "info", "tv", "media"];

/// What glues a UI label to the line after it.
const GLUE: [char; 7] = [' ', ':', '：', '-', '–', '—', '|'];
/// A title field's label before its colon is this many characters at most ("Newsletter
/// subject").
const FIELD_LABEL_CHARS: usize = 24;
/// A memo's sender field has its address on this many lines at most right below it.
const ADDRESS_LINES: usize = 3;
/// A salutation's most words: a word of address and whom it addresses ("Уважаемые жители
/// села!").
const SALUTATION_WORDS: usize = 5;

/// The chrome phrases of every language, merged, as lookup sets.
#[derive(Debug)]
pub struct Chrome {
    pub widgets: FxHashSet<String>,
    pub related: FxHashSet<String>,
    pub related_phrases: Vec<String>,
    pub related_suffixes: Vec<String>,
    pub sections: FxHashSet<String>,
    /// Sections and widgets together: what menus and breadcrumbs are made of.
    pub menu_items: FxHashSet<String>,
    /// Longest first, so "описание к видео" wins over "описание".
    pub labels: Vec<String>,
    /// The labels of a form's title field, as line keys ("subject", "제목").
    pub title_labels: FxHashSet<String>,
    /// The labels of a memo's or an e-mail's sender field, as line keys ("from", "от").
    pub sender_labels: FxHashSet<String>,
    /// The labels a page sets before its story's summary, as line keys ("요약", "article
    /// summary").
    pub summary_labels: FxHashSet<String>,
    /// The first characters of the summary labels' keys.
    pub summary_label_firsts: FxHashSet<char>,
    /// The words of address that open a letter's salutation, as line keys ("уважаемые", "존경하는").
    pub salutations: FxHashSet<String>,
    /// The labels a tag's page names its tag with, as line keys ("tag", "тег").
    pub tag_labels: FxHashSet<String>,
    /// The phrases a tag's page names its tag with ("posts tagged").
    pub tag_phrases: Vec<String>,
    /// The labels an archive's page names what it gathers with, as line keys ("tag archives").
    pub archive_labels: FxHashSet<String>,
    /// The labels a post's line of its rubrics or tags opens with, as line keys
    /// ("categories", "рубрики").
    pub filing_labels: FxHashSet<String>,
    /// The places in `labels` of the labels that start with each character, in order; all
    /// of them when one label is empty (it starts every line).
    labels_by_first: FxHashMap<char, Vec<usize>>,
    every_label: Option<Vec<usize>>,
    pub prefixes: Vec<String>,
    pub suffixes: Vec<String>,
    pub about: Vec<String>,
    /// A page's word for its view, closing a platform's or a column's label ("view", "뷰").
    pub view_words: FxHashSet<String>,
    /// The word closing a corner's or a column's label before its title ("코너", "Column").
    pub corner_words: FxHashSet<String>,
    /// A letter's name for what it is, in a letter's title ("letter", "письмо", "서한").
    pub letter_words: FxHashSet<String>,
    /// A close button's labels naming the box they close ("close notification", "알림 닫기").
    pub close_labels: FxHashSet<String>,
    /// A poll box's labels over its question ("Poll", "Опрос", "설문조사").
    pub poll_labels: FxHashSet<String>,
    /// The most characters other than edge ones (`is_edge`) that a close label holds.
    close_label_chars: usize,
    /// The first characters of the close labels.
    close_label_firsts: FxHashSet<char>,
    /// A link's labels that lead from a story's teaser to the story ("continue reading",
    /// "далее").
    pub more_links: Vec<String>,
    pub flags: FxHashSet<String>,
    /// Flags of a story's status ("breaking", "update"): its headline keeps one that opens it
    /// before a colon ("BREAKING: …"); in brackets or glued by a hyphen it is the page's.
    pub status_flags: FxHashSet<String>,
    /// The flags a headline drops when one opens it before a colon, a bar or "!" ("Video: …").
    pub word_flags: FxHashSet<String>,
    /// The badges of a story's status a site glues after its headline ("featured", "важно").
    pub badges: FxHashSet<String>,
    pub sites: FxHashSet<String>,
    pub outlet_words: Vec<String>,
    pub copyright: Vec<String>,
    pub caption_markers: Vec<String>,
    /// Marks that open a caption pointing at the photograph above it ("↑↑ …"); inside a line
    /// they are a headline's own ("금리 ↑↑ 대출 ↓").
    pub caption_openers: Vec<String>,
    /// The prepositions (three letters or more) a brand's name goes before, ahead of a colon:
    /// no rubric's label opens its small words with one ("СтройДом для бизнеса: …").
    pub label_prepositions: FxHashSet<String>,
    /// The outlet words long enough to count glued to another word.
    glued_outlet_words: Vec<String>,
}

/// The strings of a fact's list (none when the fact is missing or no list).
pub(crate) fn strings(value: Option<&Value>) -> impl Iterator<Item = &str> {
    value
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
}

/// The `chrome` facts of every language, and the outlets' names, merged once.
pub fn chrome() -> &'static Chrome {
    static CHROME: OnceLock<Chrome> = OnceLock::new();
    CHROME.get_or_init(|| {
        let languages = section("chrome");
        let merged = |field: &str| -> Vec<String> {
            languages
                .iter()
                .flat_map(|(_, table)| strings(table.get(field)))
                .map(chars::lower)
                .collect()
        };
        let keys = |field: &str| -> FxHashSet<String> {
            merged(field)
                .iter()
                .map(|phrase| line_key(phrase))
                .collect()
        };
        let widgets = keys("widgets");
        let summary_labels = keys("summary_labels");
        let sections = keys("sections");
        let (flags, status_flags) = (keys("flags"), keys("status_flags"));
        let mut labels = merged("labels");
        labels.sort_by_key(|label| std::cmp::Reverse(label.chars().count()));
        let mut labels_by_first: FxHashMap<char, Vec<usize>> = FxHashMap::default();
        for (place, label) in labels.iter().enumerate() {
            if let Some(first) = label.chars().next() {
                labels_by_first.entry(first).or_default().push(place);
            }
        }
        let every_label = labels
            .iter()
            .any(String::is_empty)
            .then(|| (0..labels.len()).collect());
        let outlet_words: Vec<String> = strings(outlets().get("outlet_words"))
            .map(str::to_string)
            .collect();
        let glued_outlet_words = outlet_words
            .iter()
            .filter(|word| {
                let hangul = word.chars().next().is_some_and(|c| is(c, HANGUL));
                let least = if hangul {
                    GLUED_HANGUL_WORD
                } else {
                    GLUED_OUTLET_WORD
                };
                word.chars().count() >= least
            })
            .cloned()
            .collect();
        let close_labels = keys("close_labels");
        Chrome {
            menu_items: widgets.union(&sections).cloned().collect(),
            widgets,
            related: keys("related"),
            related_phrases: merged("related_phrases"),
            related_suffixes: merged("related_suffixes"),
            sections,
            labels,
            title_labels: keys("title_labels"),
            sender_labels: keys("sender_labels"),
            summary_label_firsts: firsts(&summary_labels),
            summary_labels,
            salutations: keys("salutations"),
            tag_labels: keys("tag_labels"),
            tag_phrases: merged("tag_phrases"),
            archive_labels: keys("archive_labels"),
            filing_labels: keys("filing_labels"),
            labels_by_first,
            every_label,
            prefixes: merged("prefixes"),
            suffixes: merged("suffixes"),
            about: merged("about"),
            view_words: keys("view_words"),
            corner_words: keys("corner_words"),
            letter_words: keys("letter_words"),
            close_label_chars: most_kept_chars(&close_labels),
            close_label_firsts: firsts(&close_labels),
            close_labels,
            poll_labels: keys("poll_labels"),
            more_links: merged("more_links"),
            word_flags: flags.difference(&status_flags).cloned().collect(),
            badges: merged("badges").into_iter().collect(),
            flags,
            status_flags,
            sites: strings(outlets().get("sites")).map(line_key).collect(),
            outlet_words,
            copyright: merged("copyright"),
            caption_markers: merged("caption_markers"),
            caption_openers: merged("caption_openers"),
            label_prepositions: merged("label_prepositions").into_iter().collect(),
            glued_outlet_words,
        }
    })
}

/// Punctuation, symbols and separators: what may stand around a line without changing what
/// it says ("📣 ", "• ", "» ", "[Comments]").
fn is_edge(c: char) -> bool {
    is(c, P | S | Z)
}

/// Whether what closes a headline, a text in brackets or a word in capitals after it, is the
/// page's and not the headline's: flags ("… (영상)", "… (2 фото + 1 видео)", "…. ВИДЕО") or the
/// outlet's one-word name in brackets ("… (한빛일보)").
pub fn is_trailing_flag(bracketed: Option<&str>, capitals: Option<&str>) -> bool {
    names_flags(bracketed.or(capitals).unwrap_or("")) || bracketed.is_some_and(is_one_word_outlet)
}

/// Whether a text is one of the headline flags, or a few of them joined by "+", "," or "&",
/// each maybe after its count, as a format's note after a headline prints them ("2 фото + 1
/// видео"); a flag of a series' part closes with its number in a circle ("인터뷰②"); a Korean
/// report's count in its run of updates is one whatever its number, the roundup's word maybe
/// before it ("4보", "종합2보").
fn names_flags(text: &str) -> bool {
    let flags = &chrome().flags;
    text.split(['+', ',', '&']).all(|part| {
        let key = line_key(part);
        let key = without_part(without_count(&key));
        flags.contains(key) || is_report_count(key)
    })
}

/// Whether a key is a Korean report's count in its run of updates: one or two digits and "보",
/// maybe after the roundup's word and a space ("2보", "종합3보", "종합 3보").
fn is_report_count(key: &str) -> bool {
    let count = key
        .strip_prefix("종합")
        .map_or(key, |rest| rest.strip_prefix(' ').unwrap_or(rest));
    count.strip_suffix('보').is_some_and(|digits| {
        (1..=2).contains(&digits.len()) && digits.bytes().all(|byte| byte.is_ascii_digit())
    })
}

/// A key without the series' part number that closes it, a circled digit from ① to ⑳, and
/// the one space before it: "인터뷰①" is "인터뷰".
fn without_part(key: &str) -> &str {
    match key.strip_suffix(|c: char| ('\u{2460}'..='\u{2473}').contains(&c)) {
        Some(rest) => rest.strip_suffix(' ').unwrap_or(rest),
        None => key,
    }
}

/// A key without the count of one to four digits and the space that open it: "2 фото" is
/// "фото".
fn without_count(key: &str) -> &str {
    let digits = key.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &key[digits..];
    let spaced = rest.trim_start_matches(chars::is_space);
    if (1..=4).contains(&digits) && spaced.len() < rest.len() {
        spaced
    } else {
        key
    }
}

/// A label in angle brackets opening a line ("<Travel/Food> …") holds this many characters at
/// most.
const ANGLE_LABEL_CHARS: usize = 24;

/// Whether the line opens with a category label in angle brackets, whose ">" (which `line_key`
/// keeps once the "<" is cut) is a bracket and no breadcrumb's mark (Python's `angle_label`).
pub fn angle_label(line: &str) -> bool {
    let Some(rest) = line.trim_start_matches(chars::is_space).strip_prefix('<') else {
        return false;
    };
    for (count, c) in rest.chars().enumerate() {
        match c {
            '>' => return count > 0,
            '<' => return false,
            _ if count == ANGLE_LABEL_CHARS => return false,
            _ => {}
        }
    }
    false
}

/// A line as the chrome tables spell it: lower case, single spaces, no edge punctuation.
pub fn line_key(line: &str) -> String {
    let lowered = chars::lower(line);
    // None when the key is the whole lowered line
    let key = match key_of_lower(&lowered) {
        Cow::Borrowed(key) if key.len() == lowered.len() => None,
        key => Some(key.into_owned()),
    };
    key.unwrap_or(lowered)
}

/// `line_key` of a line already in lower case (`chars::lower`), the line itself when it is
/// its key. Lower case keeps white space as it is and makes none, so spaces squeezed after
/// lowering are the spaces squeezed before.
pub fn key_of_lower(lowered: &str) -> Cow<'_, str> {
    match squeezed(lowered) {
        Cow::Borrowed(squeezed) => Cow::Borrowed(trim_edges(squeezed)),
        Cow::Owned(squeezed) => Cow::Owned(trim_edges(&squeezed).to_string()),
    }
}

/// The text without the edge punctuation at its ends.
fn trim_edges(text: &str) -> &str {
    text.trim_start_matches(is_edge).trim_end_matches(is_edge)
}

/// Whether a line's key (`line_key`) may open with a character that `opens` takes, told
/// without building the key from the line's first character that is neither white space nor
/// an edge one (lower case keeps a character white space, an edge or neither, and lowers one
/// character alone as in a text, but a capital sigma): true when the key is empty.
pub fn key_may_open(line: &str, opens: impl Fn(char) -> bool) -> bool {
    match line.chars().find(|&c| !chars::is_space(c) && !is_edge(c)) {
        None | Some('Σ') => true,
        Some(c) if c.is_ascii() => opens(c.to_ascii_lowercase()),
        Some(c) => c.to_lowercase().next().is_none_or(opens),
    }
}

/// Whether a line's key is empty (`line_key(line) == ""`): the line holds nothing but white
/// space and edge punctuation (lower case keeps a character an edge or no edge). Read
/// without building the key.
pub fn has_empty_key(line: &str) -> bool {
    line.chars().all(|c| chars::is_space(c) || is_edge(c))
}

/// Whether the text starts with any of the phrases (Python's `str.startswith(tuple)`).
pub fn starts_with_any(text: &str, phrases: &[String]) -> bool {
    phrases
        .iter()
        .any(|phrase| text.starts_with(phrase.as_str()))
}

/// Whether the text ends with any of the phrases (Python's `str.endswith(tuple)`).
pub fn ends_with_any(text: &str, phrases: &[String]) -> bool {
    phrases.iter().any(|phrase| text.ends_with(phrase.as_str()))
}

/// Whether the text is an outlet's name of one word, which a page prints in brackets after a
/// headline ("… (한빛일보)"), not a bare outlet word or a section, which a wiki's qualifier in
/// brackets may be ("(경제)", "(News)").
pub fn is_one_word_outlet(text: &str) -> bool {
    if split_words(text).count() != 1 {
        return false;
    }
    let key = line_key(text);
    let tables = chrome();
    !tables.sections.contains(&key) && !tables.outlet_words.contains(&key) && is_outlet_name(text)
}

/// Whether a line is one of the chrome tables' widget labels word for word, a link to a part
/// of the page ("Skip to main content", "Back to top"), a post's line of what it is filed under
/// (`is_filing_line`) or a link back to a part of the site (`is_back_link`): never a headline
/// that the machinery rules mistook, as a line they call a widget by its shape may be; Python's
/// `is_fixed_widget`.
pub fn is_fixed_widget(line: &str) -> bool {
    let key = line_key(line);
    chrome().widgets.contains(&key)
        || is_filing_line(&key) // "Рубрики: Воскресная школа, Новости": what the post is filed under
        || is_back_link(&key, line) // "Return to Edition Index" too
}

/// Whether a line's key (`line_key`) says what its post is filed under: a filing label
/// (`filing_labels`: "Categories", "Рубрики", "카테고리"), a colon, then the rubrics or tags,
/// two or more parted by commas, the post's metadata and never its headline; one rubric after
/// its label may name the column a post without a headline is printed under, and entries after
/// a hash sign ("태그: #합창단, #겨울") are the page's hashtags, its content (Python's
/// `is_filing_line`).
pub fn is_filing_line(key: &str) -> bool {
    key.split_once(':').is_some_and(|(label, rest)| {
        rest.trim_matches([' ', ',']).contains(',')
            && !opens_with_hashtag(rest)
            && chrome()
                .filing_labels
                .contains(label.trim_matches(chars::is_space))
    })
}

/// Whether a line's key (`line_key`) is a tag label (`filing_labels` or `tag_labels`: "Tags",
/// "Tagged", "Теги", "Метки", "태그"), a colon, then entries after a hash sign ("Tags:
/// #HarbourFair, #Marlow"): the page's hashtags, its content, though the label is among the
/// chrome's prefixes; the same entries with no sign are the post's metadata (Python's
/// `is_tag_line`).
pub fn is_tag_line(key: &str) -> bool {
    let (label, rest) = key.split_once(':').unwrap_or((key, ""));
    let label = label.trim_matches(chars::is_space);
    let tables = chrome();
    opens_with_hashtag(rest)
        && (tables.filing_labels.contains(label) || tables.tag_labels.contains(label))
}

/// Whether a label's entries, after its colon, open with a hash sign: the page's hashtags
/// (Python's `_opens_with_hashtag`).
fn opens_with_hashtag(entries: &str) -> bool {
    entries.trim_start_matches(' ').starts_with(HASH_SIGNS)
}

/// Whether a line closes with a page's word for its view: a blog platform's label of the post
/// it shows or a column's label ("Blogspace View", "블로그온 뷰"), no headline's last word
/// (Python's `is_view_label`).
pub fn is_view_label(text: &str) -> bool {
    line_key(text)
        .split_whitespace()
        .next_back()
        .is_some_and(|word| chrome().view_words.contains(word))
}

/// Whether one of a line's words is a letter's name for what it is (`letter_words`): a
/// letter's title ("Head's letter", "Письмо директора", "원장 편지"), no site's name (Python's
/// `names_a_letter`).
pub fn names_a_letter(text: &str) -> bool {
    let words = &chrome().letter_words;
    line_key(text)
        .split_whitespace()
        .any(|word| words.contains(word))
}

/// Whether the line is a letter's salutation: a word used only to address someone first
/// (`salutations`: "Уважаемые", "존경하는"), `SALUTATION_WORDS` words at most, closed by an
/// exclamation mark ("Уважаемые коллеги!"; one closed by a comma is left open anyway); not
/// "Дорогие квартиры подешевели!" (Python's `is_salutation`).
pub fn is_salutation(text: &str) -> bool {
    let stripped = text.trim_end_matches(chars::is_space);
    if !stripped.ends_with('!') {
        return false;
    }
    let mut words = split_words(stripped);
    let Some(first) = words.next() else {
        return false;
    };
    words.nth(SALUTATION_WORDS - 1).is_none() && chrome().salutations.contains(&line_key(first))
}

/// Whether a line is a poll box's label, a site's fixed word over the poll's question ("Poll",
/// "Опрос", "설문조사"); Python's `is_poll_label`.
pub fn is_poll_label(text: &str) -> bool {
    chrome().poll_labels.contains(&line_key(text))
}

/// Whether a line is a close button's label naming the box it closes, a site's fixed words
/// ("Close notification", "Закрыть уведомление", "알림 닫기"), no headline; Python's
/// `is_close_label`.
pub fn is_close_label(text: &str) -> bool {
    let tables = chrome();
    // The key's first character, which most lines' tell apart from every label's, is asked
    // first; a line holding more characters than edge ones than any label is none (its key
    // keeps them all), known without lowering the whole line.
    key_may_open(text, |first| tables.close_label_firsts.contains(&first))
        && text
            .chars()
            .filter(|&c| !is_edge(c))
            .nth(tables.close_label_chars)
            .is_none()
        && tables.close_labels.contains(&line_key(text))
}

/// The first characters of the labels.
fn firsts(labels: &FxHashSet<String>) -> FxHashSet<char> {
    labels
        .iter()
        .filter_map(|label| label.chars().next())
        .collect()
}

/// The most characters other than edge ones (`is_edge`) in any of the labels.
fn most_kept_chars(labels: &FxHashSet<String>) -> usize {
    labels
        .iter()
        .map(|label| label.chars().filter(|&c| !is_edge(c)).count())
        .max()
        .unwrap_or(0)
}

/// An outlet's name: a known site, a domain, or a short capitalised name ending like one.
/// An outlet word printed alone after a lower-case word is a common noun closing a phrase, not
/// a name: "Second Round in Review" is a headline; "Gazette on Newsly" still ends in a name.
pub fn is_outlet_name(text: &str) -> bool {
    let key = line_key(text);
    let sites = &chrome().sites;
    if sites.contains(&key)
        || sites.contains(&line_key(&without_parentheticals(text)))
        || is_domain(&key)
    {
        return true;
    }
    let words: Vec<&str> = split_words(&key).collect();
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    words.len() <= MAX_OUTLET_WORDS
        && !text.chars().next().is_some_and(chars::is_lower)
        && (ends_like_an_outlet(first)
            || (ends_like_an_outlet(last)
                && !(chrome().outlet_words.iter().any(|w| w == last) && lower_before_last(text))))
}

/// Whether the word before a text's last word starts in lower case ("in" of "Year in Review").
fn lower_before_last(text: &str) -> bool {
    let words: Vec<&str> = split_words(text).collect();
    words.len() > 1
        && words[words.len() - 2]
            .chars()
            .next()
            .is_some_and(chars::is_lower)
}

/// The text with each innermost parenthesis as a space (`_PARENTHETICAL.sub(" ", text)`).
fn without_parentheticals(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut open: Option<usize> = None; // where the last "(" was written in `out`
    for c in text.chars() {
        match c {
            '(' => {
                open = Some(out.len());
                out.push(c);
            }
            ')' if open.is_some() => {
                if let Some(at) = open.take() {
                    out.truncate(at);
                }
                out.push(' ');
            }
            _ => out.push(c),
        }
    }
    out
}

/// A domain's name: dotted labels of letters, digits and hyphens, with a known ending
/// (`_DOMAIN`).
fn is_domain(key: &str) -> bool {
    let labels: Vec<&str> = key.split('.').collect();
    labels.len() >= 2
        && labels
            .iter()
            .all(|label| !label.is_empty() && label.chars().all(|c| c == '-' || is(c, L | ND)))
        && labels.last().is_some_and(|end| DOMAIN_ENDS.contains(end))
}

/// A word of an outlet's name: an outlet word itself, glued to another word ("TechWire",
/// "한빛뉴스") when it is long enough to be no syllable of a common word, or a domain's end;
/// its channel's number may follow it ("뉴스24", "tv12"). A Hangul outlet word opens a name only
/// before a short one ("뉴스한빛"): before a longer tail it opens a compound noun, a body's or a
/// topic's name ("경제복지위원회", "방송미디어진흥원").
fn ends_like_an_outlet(word: &str) -> bool {
    let bare = word.trim_end_matches(|c: char| c.is_ascii_digit());
    let word = if bare.is_empty() { word } else { bare };
    let tables = chrome();
    let is_outlet_word = |piece: &str| tables.outlet_words.iter().any(|w| w == piece);
    let pieces = script_pieces(word); // "한빛경제tv": the name and its "tv"
    is_outlet_word(word)
        || tables
            .glued_outlet_words
            .iter()
            .any(|outlet| opens_a_name(word, outlet))
        || ends_with_any(word, &tables.glued_outlet_words)
        || is_outlet_word(word.rsplit('.').next().unwrap_or(word))
        || (pieces.len() > 1 && pieces.last().is_some_and(|piece| is_outlet_word(piece)))
}

/// Whether the outlet word opens the word as an outlet's name glued after it: any tail after a
/// Latin or Cyrillic one ("NewsNation"), at most `GLUED_HANGUL_NAME` syllables after a Hangul
/// one (Python's `_opens_a_name`).
fn opens_a_name(word: &str, outlet: &str) -> bool {
    word.strip_prefix(outlet).is_some_and(|tail| {
        !outlet.chars().next().is_some_and(|c| is(c, HANGUL))
            || tail.chars().count() <= GLUED_HANGUL_NAME
    })
}

/// Runs of Hangul, Latin or Cyrillic letters (`_SCRIPT_PIECE.findall`).
fn script_pieces(word: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut rest = word;
    while let Some(c) = rest.chars().next() {
        let class = [HANGUL, LATIN, CYRILLIC]
            .into_iter()
            .find(|&class| is(c, class));
        match class {
            Some(class) => {
                let end = rest
                    .char_indices()
                    .find(|&(_, c)| !is(c, class))
                    .map_or(rest.len(), |(at, _)| at);
                pieces.push(&rest[..end]);
                rest = &rest[end..];
            }
            None => rest = &rest[c.len_utf8()..],
        }
    }
    pieces
}

/// Split a UI label glued to the front of a line ("Описание к видео Leaders of …"), or a form's
/// title field's label closed by a colon ("Title: Ferry fares climb again"): the label ("" when
/// the line starts with none) and the rest.
pub fn split_label(line: &str) -> (&str, &str) {
    match split_ui_label(line) {
        ("", _) => split_title_field(line),
        found => found,
    }
}

/// Where the colon closing a form field's label stands, among the label's characters at most
/// (`FIELD_LABEL_CHARS`), and where the field's value begins past it; None when the line opens
/// with no such label (Python's `field_colon`).
pub fn field_colon(line: &str) -> Option<(usize, usize)> {
    // a colon among the label's bytes at most, or the first byte of a full-width one: most
    // lines have neither
    let window = &line.as_bytes()[..line.len().min(4 * FIELD_LABEL_CHARS)];
    memchr::memchr2(b':', 0xef, window)?;
    let (end, colon) = line
        .char_indices()
        .take(FIELD_LABEL_CHARS)
        .find(|&(_, c)| c == ':' || c == '：')?;
    Some((end, end + colon.len_utf8()))
}

/// The label of a form's title field and its colon, printed before the headline on its line as
/// a mail archive's or a document's header prints it (`title_labels`: "Title:", "Subject:",
/// "제목:", "Тема:"), and the headline; ("", line) when the line opens with none. A colon after
/// other words is the headline's own ("Police: …").
fn split_title_field(line: &str) -> (&str, &str) {
    if let Some((end, cut)) = field_colon(line) {
        let rest = line[cut..].trim_start();
        if !rest.is_empty() && is_title_label(&line[..end]) {
            return (&line[..cut], rest);
        }
    }
    split_hangul_title_field(line)
}

/// The header of a thread row's author column, printed before the topic's: "Author Topic:".
const AUTHOR_COLUMNS: [&str; 2] = ["author", "автор"];

/// Whether the words before a field's colon are a title field's label, alone or after the
/// capitalised header of the author's column before it (`AUTHOR_COLUMNS`), as a thread's header
/// row prints its columns' names ("Author Topic:", "Автор Тема:"); another word there is the
/// headline's own ("World Title: …") (Python's `field_labels._is_title_label`).
fn is_title_label(label: &str) -> bool {
    let labels = &chrome().title_labels;
    if labels.contains(&line_key(label)) {
        return true;
    }
    let (column, rest) = chars::strip(label)
        .split_once(' ')
        .unwrap_or((chars::strip(label), ""));
    column.chars().next().is_some_and(chars::is_upper)
        && AUTHOR_COLUMNS.contains(&column.to_lowercase().as_str())
        && !rest.contains(' ')
        && labels.contains(&line_key(rest))
}

/// Whether the line is a memo's or an e-mail's sender field: its label (`sender_labels`:
/// "From:", "От:", "보낸 사람:") and colon, then the sender's name, which no headline is
/// (Python's `senders.is_sender_field`).
pub fn is_sender_field(line: &str) -> bool {
    field_colon(line).is_some_and(|(end, cut)| {
        !line[cut..].trim().is_empty() && chrome().sender_labels.contains(&line_key(&line[..end]))
    })
}

/// The lines of each memo's or e-mail's sender field (`is_sender_field`) and those right below
/// it, `ADDRESS_LINES` at most, up to a blank line or a title field: the sender's name and
/// address, not the message's subject below them (Python's `senders.sender_blocks`).
pub fn sender_blocks<S: AsRef<str>>(lines: &[S]) -> FxHashSet<usize> {
    let mut found = FxHashSet::default();
    for (index, line) in lines.iter().enumerate() {
        if !is_sender_field(line.as_ref()) {
            continue;
        }
        let end = (index + 1 + ADDRESS_LINES).min(lines.len());
        let stop = (index + 1..end)
            .find(|&k| {
                let below = lines[k].as_ref();
                below.is_empty() || !split_title_field(below).0.is_empty()
            })
            .unwrap_or(end);
        found.extend(index..stop);
    }
    found
}

/// A Hangul title label before a headline of this many words at least (not "제목 없음").
const HANGUL_FIELD_WORDS: usize = 2;
/// The endings of a predicate's modifier ("없는", "있던"): a word before one is its subject.
const MODIFIER_ENDINGS: [char; 2] = ['는', '던'];

/// The label of a form's title field in Hangul and the headline after it with a space only, as
/// a board's title cell is scraped after its header ("제목 솔내 도서관 …"); ("", line) when the
/// line opens with none, with one before a word alone ("제목 없음"), or with one before a
/// predicate's modifier, whose subject the word is in a headline of its own ("제목 없는 그림 …").
fn split_hangul_title_field(line: &str) -> (&str, &str) {
    // the first characters of the Hangul labels: a line opening with none of them opens with
    // no label (most Hangul lines)
    static FIRSTS: OnceLock<Vec<char>> = OnceLock::new();
    let firsts = FIRSTS.get_or_init(|| {
        let labels = chrome().title_labels.iter();
        labels
            .filter_map(|label| label.chars().next().filter(|&c| is(c, HANGUL)))
            .collect()
    });
    if !line.chars().next().is_some_and(|c| firsts.contains(&c)) {
        return ("", line);
    }
    let hangul = |text: &str| text.chars().next().is_some_and(|c| is(c, HANGUL));
    for label in &chrome().title_labels {
        let Some(after) = line.strip_prefix(label.as_str()) else {
            continue;
        };
        if !after.starts_with(' ') || !hangul(label) {
            continue;
        }
        let rest = after.trim_start();
        let first = rest.split_whitespace().next().unwrap_or("");
        if count_words(rest, HANGUL_FIELD_WORDS) >= HANGUL_FIELD_WORDS
            && !first.ends_with(MODIFIER_ENDINGS)
        {
            return (&line[..label.len()], rest);
        }
    }
    ("", line)
}

/// `split_label`'s UI label glued to the front of a line.
fn split_ui_label(line: &str) -> (&str, &str) {
    if !may_open_with_label(line) {
        return ("", line);
    }
    // The lower case of the line's first letters, as many as the longest label has: a
    // capital sigma among them takes its context from the whole line.
    let longest = chrome()
        .labels
        .first()
        .map_or(0, |label| label.chars().count());
    let head = line
        .char_indices()
        .nth(longest)
        .map_or(line, |(at, _)| &line[..at]);
    let lowered = if head.contains('Σ') {
        chars::lower(line)
    } else {
        chars::lower(head)
    };
    let tables = chrome();
    // only the labels that start as the line does can match it
    let places = match &tables.every_label {
        Some(every) => every.as_slice(),
        None => lowered
            .chars()
            .next()
            .and_then(|first| tables.labels_by_first.get(&first))
            .map_or(&[][..], Vec::as_slice),
    };
    for label in places.iter().filter_map(|&place| tables.labels.get(place)) {
        if !lowered.starts_with(label.as_str()) {
            continue;
        }
        let size = label.chars().count();
        let Some((cut, after)) = line.char_indices().nth(size) else {
            continue;
        };
        if !GLUE.contains(&after) {
            continue;
        }
        let rest = line[cut..].trim_start_matches(GLUE);
        // One word of the page's own script may be the headline's first word ("Описание
        // событий …"); a multi-word label, or a switch of script, is the page's UI.
        if !rest.is_empty() && (label.contains(' ') || first_script(rest) != first_script(label)) {
            return (&line[..cut], rest);
        }
    }
    ("", line)
}

/// Whether a label may open the line: one starts with the lower case of its first character
/// (the lower case of a line's first character is that of the character alone: no letter
/// stands before it to change it), or one is empty.
fn may_open_with_label(line: &str) -> bool {
    let tables = chrome();
    let Some(first) = line.chars().next() else {
        return tables.every_label.is_some();
    };
    let lowered = if first.is_ascii() {
        Some(first.to_ascii_lowercase())
    } else {
        chars::lower(first.encode_utf8(&mut [0; 4])).chars().next()
    };
    tables.every_label.is_some()
        || lowered.is_some_and(|first| tables.labels_by_first.contains_key(&first))
}

/// The script of the first letter of a text ("" when it has none).
fn first_script(text: &str) -> &'static str {
    text.chars()
        .find_map(|c| {
            if is(c, LATIN) {
                Some("Latin")
            } else if is(c, CYRILLIC) {
                Some("Cyrillic")
            } else if is(c, HANGUL) {
                Some("Hangul")
            } else if is(c, L) {
                Some("Other")
            } else {
                None
            }
        })
        .unwrap_or("")
}

// The twins of the differential test.

#[pyfunction]
#[pyo3(name = "chrome__line_key")]
fn twin_line_key(line: &str) -> String {
    line_key(line)
}

#[pyfunction]
#[pyo3(name = "chrome__is_outlet_name")]
fn twin_is_outlet_name(text: &str) -> bool {
    is_outlet_name(text)
}

#[pyfunction]
#[pyo3(name = "chrome__split_label")]
fn twin_split_label(line: &str) -> (String, String) {
    let (label, rest) = split_label(line);
    (label.to_string(), rest.to_string())
}

/// The merged tables, each field a list: sets sorted, sequences in order.
#[pyfunction]
#[pyo3(name = "chrome__chrome")]
fn twin_chrome(py: Python<'_>) -> PyResult<Bound<'_, PyDict>> {
    let tables = chrome();
    let sorted = |set: &FxHashSet<String>| {
        let mut items: Vec<String> = set.iter().cloned().collect();
        items.sort();
        items
    };
    let fields = PyDict::new(py);
    fields.set_item("widgets", sorted(&tables.widgets))?;
    fields.set_item("related", sorted(&tables.related))?;
    fields.set_item("related_phrases", &tables.related_phrases)?;
    fields.set_item("related_suffixes", &tables.related_suffixes)?;
    fields.set_item("sections", sorted(&tables.sections))?;
    fields.set_item("menu_items", sorted(&tables.menu_items))?;
    fields.set_item("labels", &tables.labels)?;
    fields.set_item("title_labels", sorted(&tables.title_labels))?;
    fields.set_item("sender_labels", sorted(&tables.sender_labels))?;
    fields.set_item("summary_labels", sorted(&tables.summary_labels))?;
    fields.set_item("salutations", sorted(&tables.salutations))?;
    fields.set_item("prefixes", &tables.prefixes)?;
    fields.set_item("suffixes", &tables.suffixes)?;
    fields.set_item("about", &tables.about)?;
    fields.set_item("view_words", sorted(&tables.view_words))?;
    fields.set_item("corner_words", sorted(&tables.corner_words))?;
    fields.set_item("letter_words", sorted(&tables.letter_words))?;
    fields.set_item("badges", sorted(&tables.badges))?;
    fields.set_item("close_labels", sorted(&tables.close_labels))?;
    fields.set_item("poll_labels", sorted(&tables.poll_labels))?;
    fields.set_item("more_links", &tables.more_links)?;
    fields.set_item("flags", sorted(&tables.flags))?;
    fields.set_item("status_flags", sorted(&tables.status_flags))?;
    fields.set_item("word_flags", sorted(&tables.word_flags))?;
    fields.set_item("sites", sorted(&tables.sites))?;
    fields.set_item("outlet_words", &tables.outlet_words)?;
    fields.set_item("copyright", &tables.copyright)?;
    fields.set_item("caption_markers", &tables.caption_markers)?;
    fields.set_item("caption_openers", &tables.caption_openers)?;
    fields.set_item("label_prepositions", sorted(&tables.label_prepositions))?;
    fields.set_item("tag_labels", sorted(&tables.tag_labels))?;
    fields.set_item("tag_phrases", &tables.tag_phrases)?;
    fields.set_item("archive_labels", sorted(&tables.archive_labels))?;
    fields.set_item("filing_labels", sorted(&tables.filing_labels))?;
    Ok(fields)
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(twin_line_key, m)?)?;
    m.add_function(wrap_pyfunction!(twin_is_outlet_name, m)?)?;
    m.add_function(wrap_pyfunction!(twin_split_label, m)?)?;
    m.add_function(wrap_pyfunction!(twin_chrome, m)?)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_is_empty_when_its_line_is_all_edge() {
        for c in '\0'..=char::MAX {
            let line = format!(" {c}{c} ");
            assert_eq!(has_empty_key(&line), line_key(&line).is_empty(), "{c:?}");
        }
        for line in ["", "  ", "• » —", "[Фото]", "📣 ", "가", " ΣΑΣ "] {
            assert_eq!(has_empty_key(line), line_key(line).is_empty(), "{line:?}");
        }
    }

    #[test]
    fn a_key_opens_with_the_character_its_line_says() {
        for c in '\0'..=char::MAX {
            for line in [format!(" «{c}x"), format!("{c}{c} a"), format!("• {c}")] {
                let key = line_key(&line);
                let first = key.chars().next();
                assert!(key_may_open(&line, |c| Some(c) == first), "{line:?}");
            }
        }
        for line in ["", "— ΣΑΣ", "İstanbul", "[Фото] Ёлка"] {
            let first = line_key(line).chars().next();
            assert!(key_may_open(line, |c| Some(c) == first), "{line:?}");
        }
    }

    #[test]
    fn a_part_number_in_a_circle_closes_a_flag() {
        assert_eq!(without_part("인터뷰①"), "인터뷰");
        assert_eq!(without_part("인터뷰 ⑳"), "인터뷰");
        assert_eq!(without_part("인터뷰"), "인터뷰");
        assert_eq!(without_part("①"), "");
    }

    #[test]
    fn a_report_s_count_in_its_run_of_updates_is_a_flag() {
        for key in ["2보", "12보", "종합2보", "종합 3보"] {
            assert!(is_report_count(key), "{key}");
        }
        for key in ["보", "정보", "123보", "종합보", "2보다", "２보"] {
            assert!(!is_report_count(key), "{key}");
        }
    }
}
