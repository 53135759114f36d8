//! A link back to a part of the site, printed on a line of its own above or below a story:
//! "Return to Edition Index", "Back to top", or the first of a row of menu labels glued after
//! it. It names the page it leads to, no story (mirrors `normalize/back_links.py`).
//!
//! Its words are each language's `chrome` facts: the `back_links` that open it ("back to",
//! "return to") and the `back_link_pages`, the words for a page it leads back to ("index",
//! "home", "top"), one of which it holds after them; a longer line with a word in small letters
//! after them is a headline.

use std::sync::OnceLock;

use rustc_hash::FxHashSet;

use crate::chrome::strings;
use crate::facts::section;
use crate::segment::chars;
use crate::text::split_words;

/// A link's label has this many words at most, a menu's row of labels opened by one this many.
const LABEL_WORDS: usize = 4;
const LINK_WORDS: usize = 12;
/// A headline in title case capitalises its short words ("Are", "In"), a menu's labels are names.
const SHORT_WORD: usize = 3;
/// A headline's stops inside it, which no menu's label closes with.
const STOPS: [char; 5] = ['?', '!', ':', ',', '.'];

struct Tables {
    /// Each with the space after it.
    openers: Vec<String>,
    pages: FxHashSet<String>,
}

/// Every language's `back_links` and `back_link_pages`, merged once.
fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let languages = section("chrome");
        let openers = languages
            .iter()
            .flat_map(|(_, table)| strings(table.get("back_links")))
            .map(|phrase| format!("{} ", chars::lower(phrase)))
            .collect();
        let pages = languages
            .iter()
            .flat_map(|(_, table)| strings(table.get("back_link_pages")))
            .map(chars::lower)
            .collect();
        Tables { openers, pages }
    })
}

/// Whether a line (and its key, `chrome::line_key`: lower case, its edges cut) is a link back
/// to a part of the site: opened by a `back_links` phrase, a `back_link_pages` word among the
/// words after it, `LABEL_WORDS` words at most, or up to `LINK_WORDS` when the words after the
/// phrase are a menu's labels glued on, names: none opens with a small letter, none is a short
/// word in title case, none closes with a stop (Python's `is_back_link`).
pub fn is_back_link(key: &str, line: &str) -> bool {
    let tables = tables();
    let Some(opener) = tables
        .openers
        .iter()
        .find(|opener| key.starts_with(opener.as_str()))
    else {
        return false;
    };
    let words: Vec<&str> = split_words(key).collect();
    if words.len() > LINK_WORDS
        || !words
            .iter()
            .skip(2)
            .any(|word| tables.pages.contains(*word))
    {
        return false;
    }
    let line_words: Vec<&str> = split_words(line).collect();
    let after = words.len().saturating_sub(split_words(opener).count());
    let labels = &line_words[line_words.len().saturating_sub(after)..];
    words.len() <= LABEL_WORDS || !labels.iter().any(|word| is_headline_word(word))
}

/// Whether a word is a headline's, no menu label's: in small letters, a short word in title
/// case ("In", "Are"; no abbreviation in capitals, "FAQ"), or closing with a stop (Python's
/// `_is_headline_word`).
fn is_headline_word(word: &str) -> bool {
    let first = word.chars().next();
    let short = word.chars().count() <= SHORT_WORD
        && first.is_some_and(chars::is_upper)
        && !chars::str_is_upper(word);
    first.is_some_and(chars::is_lower) || short || word.ends_with(STOPS)
}
