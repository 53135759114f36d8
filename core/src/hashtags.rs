//! Find hashtags in text and split each into the words a reader would search for (mirrors
//! `normalize/hashtags.py`).
//!
//! Explicit boundaries come first (separators, case changes, script changes, letter/digit
//! changes); runs without any are handed to the statistical segmenter in `segment`. Offsets
//! are code points. Python's patterns are written here as code, alternative by alternative,
//! with the same results.

use rustc_hash::FxHashSet;
use std::cell::RefCell;
use std::sync::OnceLock;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

use crate::facts::scripts;
use crate::kept::{kept_made, Kept};
use crate::segment::chars::{
    self, is, CF, CYRILLIC, HAN, HANGUL, HIRAGANA, KATAKANA, L, LATIN, LL, LM, LO, LT, LU, M, N,
};
use crate::segment::{is_word, price, segment, settings_for, PerLanguage, Result, Settings};

mod letters;
mod numbers;
mod tag_runs;
mod topics;
use letters::{
    businesses, closes_with_acronym, is_initials, is_model_number, join_company_name,
    join_lone_letters, join_particles, particles,
};
use numbers::{is_opening, join_across, join_numbered_name, opening_counter, read_word};
use tag_runs::{in_paragraph, in_tag_run, CLAUSE_END};
use topics::is_topic;

/// One hashtag found in a text, with its words, language and code-point span (the sign
/// included). `lang` is None where the word lists do not decide it and the shared language
/// detector must (see `tag_language`).
#[derive(Debug, Clone, PartialEq)]
pub struct Hashtag {
    pub tag: String,
    pub words: Vec<String>,
    pub lang: Option<String>,
    pub start: usize,
    pub end: usize,
}

/// The sign, half- or full-width (U+FF03).
fn is_sign(c: char) -> bool {
    c == '#' || c == '\u{ff03}'
}

/// Letters, marks, digits, underscores and joiners: what a tag is made of.
fn is_tag_char(c: char) -> bool {
    c == '_' || is(c, L | M | N | CF)
}

/// Where a tag that starts at `from` ends: after its last letter, mark or digit (never on
/// "_" or a joiner); None when it has none.
fn tag_end(text: &[char], from: usize) -> Option<usize> {
    let mut end = None;
    for (index, &c) in text.iter().enumerate().skip(from) {
        if is(c, L | M | N) {
            end = Some(index + 1);
        } else if !is_tag_char(c) {
            break;
        }
    }
    end
}

/// Whether a sign at `at` may open a tag: glued to Korean, Chinese or Japanese text
/// (오늘#속보), else not inside a word (C#, page#top), an entity (&#39;), a URL path (/#top),
/// a doubled sign or an @mention.
fn opens_tag(text: &[char], at: usize) -> bool {
    match at.checked_sub(1).and_then(|before| text.get(before)) {
        None => true,
        Some(&before) => {
            is(before, HANGUL | HAN | HIRAGANA | KATAKANA)
                || !(is(before, L | M | N)
                    || matches!(before, '_' | '&' | '/' | '#' | '@' | '\u{ff03}'))
        }
    }
}

/// The next sign and tag from `from` on (`_HASHTAG.search`): the sign's offset and the
/// tag's end.
fn search(text: &[char], from: usize) -> Option<(usize, usize)> {
    (from..text.len())
        .filter(|&at| is_sign(text[at]) && opens_tag(text, at))
        .find_map(|at| tag_end(text, at + 1).map(|end| (at, end)))
}

/// A tag glued to the one before it: "#Putin#Xi" is two tags (`_CHAINED.match`).
fn chained(text: &[char], at: usize) -> Option<(usize, usize)> {
    match text.get(at) {
        Some(&c) if is_sign(c) => tag_end(text, at + 1).map(|end| (at, end)),
        _ => None,
    }
}

/// Every hashtag in a text, in order, with its words, language and span. Not hashtags:
/// numbers ("#2424"), URL fragments ("page#top"), "C#", colour codes.
pub fn find_hashtags(text: &str) -> Result<Vec<Hashtag>> {
    let text = unmarked(text.chars().collect());
    let mut found = Vec::new();
    let mut next = search(&text, 0);
    while let Some((start, end)) = next {
        let tag = &text[start + 1..end];
        if is_topic(tag, &text, start) {
            let tag: String = tag.iter().collect();
            let (words, lang) = read_tag(&tag)?;
            found.push(Hashtag {
                tag,
                words,
                lang,
                start,
                end,
            });
        }
        next = chained(&text, end).or_else(|| search(&text, end));
    }
    Ok(found)
}

/// The text with each line break printed as markup ("<br>", "<br />", any case) blanked out,
/// space for character, so that spans stay the text's (Python's `_unmarked`): a copied
/// description's tags stand after it as after a line break, no link's path.
fn unmarked(mut text: Vec<char>) -> Vec<char> {
    let mut at = 0;
    while at < text.len() {
        match break_tag_end(&text, at) {
            Some(end) => {
                text[at..end].fill(' ');
                at = end;
            }
            None => at += 1,
        }
    }
    text
}

/// Where a line break printed as markup that opens at `at` ends (`<br\s*/?>`, any case).
fn break_tag_end(text: &[char], at: usize) -> Option<usize> {
    let opening = text.get(at..at + 3)?;
    if opening[0] != '<'
        || !opening[1].eq_ignore_ascii_case(&'b')
        || !opening[2].eq_ignore_ascii_case(&'r')
    {
        return None;
    }
    let mut end = at + 3;
    while text.get(end).is_some_and(|&c| c.is_whitespace()) {
        end += 1;
    }
    if text.get(end) == Some(&'/') {
        end += 1;
    }
    (text.get(end) == Some(&'>')).then_some(end + 1)
}

/// How many tags each thread keeps the words and language of (Python's `_read_tag` memo).
const KEPT_TAGS: usize = 1 << 14;

/// A tag's words and language, kept for the tags a site puts on page after page.
fn read_tag(tag: &str) -> Result<(Vec<String>, Option<String>)> {
    thread_local! {
        static READ: RefCell<Kept<(Vec<String>, Option<String>)>> =
            RefCell::new(Kept::new(KEPT_TAGS));
    }
    kept_made(&READ, tag, |tag| {
        let words = split_hashtag(tag)?;
        let lang = tag_language(&words)?;
        Ok((words, lang))
    })
}

/// The dots between the numbers of a date (3·1, 5·18).
const DATE_DOTS: [char; 3] = ['·', '・', '‧'];

/// The kinds of runs inside a tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Chunk {
    Code,
    Number,
    Latin,
    Cyrillic,
    Hangul,
    Other,
}

impl Chunk {
    /// The writing system of a run, as `data/scripts.json` names it.
    fn script(self) -> &'static str {
        match self {
            Chunk::Latin => "Latin",
            Chunk::Cyrillic => "Cyrillic",
            Chunk::Hangul => "Hangul",
            _ => "other",
        }
    }
}

/// The run of one kind at `at` and where it ends (`_CHUNK`, alternative by alternative).
fn chunk(letters: &[char], at: usize) -> Option<(usize, Chunk)> {
    let has = |index: usize, classes: u32| letters.get(index).is_some_and(|&c| is(c, classes));
    let char_at = |index: usize| letters.get(index).copied();
    let digits_from = |from: usize| letters.iter().skip(from).take_while(|&&c| is(c, N)).count();
    let run_of =
        |test: &dyn Fn(char) -> bool| at + letters[at..].iter().take_while(|&&c| test(c)).count();
    // G7, G20, F1, CR7, A380: capitals glued to a number, up to three digits, or before a year
    // (F1|2013).
    if has(at, LU) {
        let capitals = if has(at + 1, LU) { 2 } else { 1 };
        let taken = match digits_from(at + capitals) {
            1 | 5 => 1,
            2 | 6 => 2,
            3 | 7 => 3,
            _ => 0,
        };
        if taken > 0 {
            return Some((at + capitals + taken, Chunk::Code));
        }
    }
    let digits = digits_from(at);
    if digits > 0 {
        // 1D, 3G, 5G: a number glued to one capital, before a word (1D|Movies, 5G|요금제).
        let after = at + digits + 1;
        if digits <= 2
            && has(at + digits, LU)
            && (has(after, LO) || !has(after, L) || (has(after, LU) && has(after + 1, LL)))
        {
            return Some((after, Chunk::Number));
        }
        let end = at + digits;
        // 70s, 1990s: decades.
        if char_at(end - 1) == Some('0') && char_at(end) == Some('s') && !has(end + 1, LL) {
            return Some((end + 1, Chunk::Number));
        }
        // 1st, 22nd: English ordinals.
        let ordinal = matches!(
            (char_at(end), char_at(end + 1)),
            (Some('s'), Some('t'))
                | (Some('n'), Some('d'))
                | (Some('r'), Some('d'))
                | (Some('t'), Some('h'))
        );
        if ordinal && !has(end + 2, LL) {
            return Some((end + 2, Chunk::Number));
        }
        // A date written with middle dots, one word: 3·1, 5·18, 12·3.
        if digits <= 2 {
            let mut dotted = end;
            while char_at(dotted).is_some_and(|c| DATE_DOTS.contains(&c))
                && (1..=2).contains(&digits_from(dotted + 1))
            {
                dotted += 1 + digits_from(dotted + 1);
            }
            if dotted > end {
                return Some((dotted, Chunk::Number));
            }
        }
        // A number on its own: a city, then a year.
        return Some((end, Chunk::Number));
    }
    if has(at, LATIN | M) {
        return Some((run_of(&|c| is(c, LATIN | M)), Chunk::Latin));
    }
    if has(at, CYRILLIC) {
        return Some((run_of(&|c| is(c, CYRILLIC | M)), Chunk::Cyrillic));
    }
    if has(at, HANGUL) {
        return Some((run_of(&|c| is(c, HANGUL | M)), Chunk::Hangul));
    }
    let other = |c: char| is(c, L | M) && !is(c, LATIN | CYRILLIC | HANGUL);
    if letters.get(at).is_some_and(|&c| other(c)) {
        return Some((run_of(&other), Chunk::Other));
    }
    None
}

/// Each writing system with a segmentation model and its language (`hashtags` in
/// `data/scripts.json`), in the file's order.
fn models() -> &'static [(String, String)] {
    static MODELS: OnceLock<Vec<(String, String)>> = OnceLock::new();
    MODELS.get_or_init(|| {
        scripts()
            .as_object()
            .into_iter()
            .flatten()
            .filter_map(|(script, facts)| {
                let lang = facts.as_object()?.get("hashtags")?.as_str()?;
                Some((script.clone(), lang.to_string()))
            })
            .collect()
    })
}

fn model_language(script: &str) -> Option<&'static str> {
    models()
        .iter()
        .find(|(name, _)| name == script)
        .map(|(_, lang)| lang.as_str())
}

/// Capital runs this short are acronyms (NATO, KBS), never cut.
const ACRONYM_MAX: usize = 4;
/// Added to each word cut from a capitalised piece: it is mostly one word, often a name.
const CAPITALISED_WORD_PRICE: f64 = 3.0;
/// CamelCase is the usual reading of "UNSecurity": the other one must be this much cheaper.
const ACRONYM_END_BIAS: f64 = 2.0;

/// The prices of a capitalised piece of CamelCase: it is mostly one word, often a name
/// (Hanbit, Arirang), so cutting it costs more than cutting a lowercase run.
fn capitalised_settings(lang: &str) -> Result<&'static Settings> {
    static SETTINGS: PerLanguage<Result<Settings>> = PerLanguage::new();
    SETTINGS
        .get(lang, |lang| {
            settings_for(lang).map(|settings| settings.with_word_price(CAPITALISED_WORD_PRICE))
        })
        .as_ref()
        .map_err(Clone::clone)
}

/// Split a hashtag into words, keeping its own letters and casing; separators are dropped.
/// The leading number sign (half- or full-width) is optional.
pub fn split_hashtag(tag: &str) -> Result<Vec<String>> {
    let tag = tag.strip_prefix('#').unwrap_or(tag);
    let tag = tag.strip_prefix('\u{ff03}').unwrap_or(tag);
    // Format characters (joiners, directional marks) carry no letters.
    let letters: Vec<char> = tag.chars().filter(|&c| !is(c, CF)).collect();
    let mut words = Vec::new();
    let mut at = 0;
    let mut number_end = None; // where the last number ended
    let mut initials_end = None; // where the last capital initials ended
    let mut acronym_end = None; // where the last Latin run closing with capitals ended
    let mut hangul: Option<(usize, usize)> = None; // the last Korean run's first word, its end
    while at < letters.len() {
        let Some((end, kind)) = chunk(&letters, at) else {
            at += 1;
            continue;
        };
        let text: String = letters[at..end].iter().collect();
        if let Some((from, hangul_end)) = hangul {
            if kind == Chunk::Number && hangul_end == at {
                // a name before its model or sequel number (오로라 + 닉 + 3)
                let named = join_numbered_name(words.split_off(from.min(words.len())))?;
                words.extend(named);
            }
        }
        let before = words.len();
        let initials = kind == Chunk::Latin && is_initials(&text);
        let counted = kind == Chunk::Hangul && number_end == Some(at);
        let number = words.last().map_or("", String::as_str);
        let read = if counted {
            read_word(&text, number)?
        } else {
            0
        };
        let opening = counted && is_opening(&words);
        let counter = if counted && read == 0 {
            opening_counter(&text, number, opening)?
        } else {
            ""
        };
        match kind {
            // a name's own number (TARO42, VELA9)
            _ if acronym_end == Some(at) && is_model_number(&letters, at, end) => {
                if let Some(last) = words.last_mut() {
                    last.push_str(&text);
                }
            }
            Chunk::Code | Chunk::Number => words.push(text),
            _ if read > 0 => {
                if let Some(last) = words.last_mut() {
                    last.push_str(&text[..read]);
                }
                words.extend(split_run(&text[read..], kind)?);
            }
            _ if !counter.is_empty() => {
                words.push(counter.to_string());
                words.extend(split_run(&text[counter.len()..], kind)?);
            }
            Chunk::Hangul if initials_end == Some(at) => {
                let initials = words.pop().unwrap_or_default();
                let pieces = split_run(&text, kind)?;
                words.extend(join_company_name(initials, pieces, businesses()));
            }
            _ => words.extend(split_run(&text, kind)?),
        }
        number_end = (kind == Chunk::Number).then_some(end);
        initials_end = initials.then_some(end);
        acronym_end =
            (kind == Chunk::Latin && closes_with_acronym(&letters[at..end])).then_some(end);
        hangul = (kind == Chunk::Hangul).then_some((before, end));
        at = end;
    }
    words.retain(|word| !word.is_empty());
    Ok(join_particles(
        join_lone_letters(join_across(words)),
        particles(),
    ))
}

/// Words of one single-script run, after case boundaries and segmentation.
fn split_run(run: &str, kind: Chunk) -> Result<Vec<String>> {
    let Some(lang) = model_language(kind.script()) else {
        return Ok(vec![run.to_string()]);
    };
    if !matches!(kind, Chunk::Latin | Chunk::Cyrillic) {
        return segment(run, lang, None);
    }
    let pieces = move_acronym_ends(join_prefixes(case_pieces(run), lang)?, lang)?;
    let mut words = Vec::new();
    for piece in pieces {
        let (first, rest) = split_first(&piece);
        if chars::str_is_upper(&piece) && piece.chars().count() <= ACRONYM_MAX {
            words.push(piece);
        } else if first.is_some_and(chars::is_upper) && chars::str_is_lower(rest) {
            words.extend(split_capitalised(&piece, kind, lang)?);
        } else {
            words.extend(segment(&piece, lang, None)?);
        }
    }
    Ok(words)
}

/// Words of a capitalised piece of CamelCase; in a script whose tags capitalise every word
/// (Cyrillic: #ПодземныйПереход), the piece whole where its split ends in a piece the word
/// list lacks: a name read as a word and a rest (Речного + рска is Речногорска).
fn split_capitalised(piece: &str, kind: Chunk, lang: &str) -> Result<Vec<String>> {
    let words = segment(piece, lang, Some(capitalised_settings(lang)?))?;
    if let [_, .., rest] = words.as_slice() {
        if kind == Chunk::Cyrillic && !is_word(&chars::lower(rest), lang)? {
            return Ok(vec![piece.to_string()]);
        }
    }
    Ok(words)
}

/// The first character of a text and the rest.
fn split_first(text: &str) -> (Option<char>, &str) {
    let mut letters = text.chars();
    (letters.next(), letters.as_str())
}

/// Case boundaries inside one Latin or Cyrillic run (`_CASE_PIECE.findall`): an acronym
/// before a word (UN|Security), a capitalised word, an all-capitals run, a lowercase run, or
/// stray marks; other characters are left out.
fn case_pieces(run: &str) -> Vec<String> {
    let letters: Vec<char> = run.chars().collect();
    let has = |index: usize, classes: u32| letters.get(index).is_some_and(|&c| is(c, classes));
    let marks_from =
        |from: usize| from + letters.iter().skip(from).take_while(|&&c| is(c, M)).count();
    // A run of letters of a class, each with its marks.
    let units = |from: usize, classes: u32| {
        let mut ends = Vec::new();
        let mut end = from;
        while has(end, classes) {
            end = marks_from(end + 1);
            ends.push(end);
        }
        ends
    };
    let mut pieces = Vec::new();
    let mut at = 0;
    while at < letters.len() {
        let end = if has(at, LU) {
            let capitals = units(at, LU);
            let count = capitals.len();
            let last = capitals[count - 1];
            if count >= 2 && has(last, LL) {
                capitals[count - 2] // an acronym before a word: UN|Security
            } else if has(capitals[0], LL) {
                *units(capitals[0], LL).last().unwrap_or(&capitals[0]) // Security
            } else {
                last // NATO
            }
        } else if has(at, LL | LO | LM | LT) {
            *units(at, LL | LO | LM | LT).last().unwrap_or(&(at + 1))
        } else if has(at, M) {
            at + letters[at..].iter().take_while(|&&c| is(c, M)).count()
        } else {
            at += 1;
            continue;
        };
        pieces.push(letters[at..end].iter().collect());
        at = end;
    }
    pieces
}

/// Glue a lone lowercase letter to the capitalised word after it when the two are one word
/// (iPhone, eBay); "aGoodDay" stays apart because "agood" is no word.
fn join_prefixes(pieces: Vec<String>, lang: &str) -> Result<Vec<String>> {
    let mut joined: Vec<String> = Vec::with_capacity(pieces.len());
    for piece in pieces {
        if let Some(last) = joined.last_mut() {
            let mut prefix = last.chars();
            let lone_lower =
                matches!((prefix.next(), prefix.next()), (Some(c), None) if chars::is_lower(c));
            if lone_lower
                && piece.chars().next().is_some_and(chars::is_upper)
                && is_word(&format!("{last}{}", chars::lower(&piece)), lang)?
            {
                last.push_str(&piece);
                continue;
            }
        }
        joined.push(piece);
    }
    Ok(joined)
}

/// Decide where a capital run ends before lowercase letters: "UNSecurity" is UN + Security,
/// but "NOTfair" is NOT + fair. The cheaper split of the lowercase side wins.
fn move_acronym_ends(mut pieces: Vec<String>, lang: &str) -> Result<Vec<String>> {
    for index in 0..pieces.len().saturating_sub(1) {
        let (caps, word) = (&pieces[index], &pieces[index + 1]);
        let (first, rest) = split_first(word);
        let Some(first) = first else { continue };
        if !(chars::str_is_upper(caps)
            && word.chars().count() > 1
            && chars::is_upper(first)
            && chars::str_is_lower(rest))
        {
            continue;
        }
        if price(rest, lang)? + ACRONYM_END_BIAS < price(word, lang)? {
            let rest = rest.to_string();
            pieces[index].push(first);
            pieces[index + 1] = rest;
        }
    }
    Ok(pieces)
}

/// Whether a word is made of one script's letters (and digits: "G7").
fn is_script_word(script: &str, word: &str) -> bool {
    let classes = match script {
        "Latin" => LATIN | M | N,
        "Cyrillic" => CYRILLIC | M | N,
        "Hangul" => HANGUL | N,
        _ => return false,
    };
    !word.is_empty() && word.chars().all(|c| is(c, classes))
}

/// The language of a tag's letters where the word lists decide it: a tag whose words are all
/// in the word list of the model that split them (English for Latin letters, Russian for
/// Cyrillic, Korean for Hangul) takes that language. None otherwise: the Python room then
/// asks the shared language detector (`detect_language`), which is the languages room's. A
/// word of Latin consonants only (kwtz, a station's call letters) tells no language: the tag's
/// other words decide, where it has any ("kwtz" + "radio" is English).
pub fn tag_language(words: &[String]) -> Result<Option<String>> {
    let letters: Vec<&String> = words
        .iter()
        .filter(|word| word.chars().any(|c| is(c, L)))
        .collect();
    let spoken: Vec<&String> = letters
        .iter()
        .copied()
        .filter(|word| !has_no_vowel(word))
        .collect();
    let letters = if spoken.is_empty() { letters } else { spoken };
    if letters.is_empty() {
        return Ok(None);
    }
    for (script, lang) in models() {
        let mut all = true;
        for word in &letters {
            if !(is_script_word(script, word) && is_word(&chars::lower(word), lang)?) {
                all = false;
                break;
            }
        }
        if all {
            return Ok(Some(lang.clone()));
        }
    }
    Ok(None)
}

/// Whether a word is Latin consonants and no vowel: a station's call letters or an
/// abbreviation (kwtz, nyc).
fn has_no_vowel(word: &str) -> bool {
    !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_alphabetic() && !"aeiouyAEIOUY".contains(c))
}

/// The key under which tags are the same tag: without format characters, case-folded.
fn distinct_key(tag: &str) -> String {
    let visible: String = tag.chars().filter(|&c| !is(c, CF)).collect();
    chars::casefold(&visible)
}

/// Each tag once, at its first appearance: tags that differ only in case (or in joiners and
/// other invisible format characters) are the same tag.
pub fn distinct_hashtags<T: AsRef<str>>(tags: impl IntoIterator<Item = T>) -> Vec<usize> {
    let mut seen = FxHashSet::default();
    tags.into_iter()
        .enumerate()
        .filter(|(_, tag)| seen.insert(distinct_key(tag.as_ref())))
        .map(|(index, _)| index)
        .collect()
}

/// Opening quotes: a tag right after one is quoted in prose ('#태그' 태그를 단 게시물).
const OPENING_QUOTES: [char; 11] = ['\'', '"', '‘', '“', '«', '„', '「', '『', '‹', '《', '〈'];

/// Whether a tag found on a line (its sign at `start`, its end at `end`, in code points)
/// stands as one of the page's tags: alone, in a run of tags (whatever follows the run: a
/// flattened page's counters or credit line), or closing its line, sentence or quote (a line
/// break printed as markup, "<br />", is white space there). A tag
/// quoted in prose, alone followed by more words of its sentence or named a tag and closing a
/// sentence in the middle of a paragraph is a word of the text, no page's tag.
pub fn is_listed(line: &str, start: usize, end: usize) -> bool {
    let line = unmarked(line.chars().collect());
    if start > 0
        && line
            .get(start - 1)
            .is_some_and(|c| OPENING_QUOTES.contains(c))
    {
        return false;
    }
    let after = line.get(end..).unwrap_or(&[]);
    let clause_end = after
        .iter()
        .position(|c| CLAUSE_END.contains(c))
        .unwrap_or(after.len());
    let clause = &after[..clause_end];
    // Left when tags and spaces are taken out: a letter is a word of the sentence.
    let mut index = 0;
    while index < clause.len() {
        let c = clause[index];
        index += 1;
        if is_sign(c) {
            index += clause[index..]
                .iter()
                .take_while(|&&c| is_tag_char(c))
                .count();
        } else if is(c, L) {
            return in_tag_run(&line, start, end);
        }
    }
    !in_paragraph(&line, start, end) || in_tag_run(&line, start, end)
}

// The twins of the differential test.

fn to_py(error: String) -> PyErr {
    PyValueError::new_err(error)
}

#[pyfunction]
#[pyo3(name = "hashtags__split_hashtag")]
fn twin_split_hashtag(py: Python<'_>, tag: &str) -> PyResult<Vec<String>> {
    py.allow_threads(|| split_hashtag(tag)).map_err(to_py)
}

type Found = (String, Vec<String>, Option<String>, usize, usize);

#[pyfunction]
#[pyo3(name = "hashtags__find_hashtags")]
fn twin_find_hashtags(py: Python<'_>, text: &str) -> PyResult<Vec<Found>> {
    let found = py.allow_threads(|| find_hashtags(text)).map_err(to_py)?;
    Ok(found
        .into_iter()
        .map(|h| (h.tag, h.words, h.lang, h.start, h.end))
        .collect())
}

#[pyfunction]
#[pyo3(name = "hashtags__is_listed")]
fn twin_is_listed(line: &str, start: usize, end: usize) -> bool {
    is_listed(line, start, end)
}

/// The positions of the tags `distinct_hashtags` keeps.
#[pyfunction]
#[pyo3(name = "hashtags__distinct")]
fn twin_distinct(tags: Vec<String>) -> Vec<usize> {
    distinct_hashtags(tags)
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(twin_split_hashtag, m)?)?;
    m.add_function(wrap_pyfunction!(twin_find_hashtags, m)?)?;
    m.add_function(wrap_pyfunction!(twin_is_listed, m)?)?;
    m.add_function(wrap_pyfunction!(twin_distinct, m)?)?;
    Ok(())
}
