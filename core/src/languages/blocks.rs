//! Text into blocks (mirrors `normalize/languages/blocks.py`): letters of one script not cut
//! by a strong break, hashtags and addresses whole, each with the language of its own letters.
//!
//! Python finds a stretch of words of one script with one regex, then joins stretches into
//! blocks; here the script runs of `scripts.rs` are joined into blocks directly. Two runs a
//! stretch would join (one script, a gap of characters that start no run, no strong break)
//! are joined by the block's rule too, so the blocks come out the same.

use pyo3::prelude::*;
use pyo3::types::PyTuple;

use std::borrow::Cow;
use std::sync::OnceLock;

use memchr::memmem;

use crate::facts::{script_info, scripts};
use crate::languages::letters::Letters;
use crate::languages::model::{self, has_candidates, letter_runs};
use crate::scripts::{char_runs, letter_counts, script_runs, Script, ScriptRun};
use crate::segment::chars::{self, CYRILLIC, HANGUL, L, LATIN, LL, LU, M, N, SPACE};

/// Latin letters that look like Cyrillic ones, and the Cyrillic letters they stand for.
const LOOKALIKES: &str = "aceiopxyABCEHIKMOPTX";
const TO_CYRILLIC: &str = "асеіорхуАВСЕНІКМОРТХ";
/// Punctuation that ends the sentence an address stands at the end of, not the address.
const ADDRESS_TAIL: &str = ".,;:!?)]}>»\"'";
/// Characters a web address does not hold (besides white space).
const NOT_IN_ADDRESS: &str = "<>\"'«»";

/// Letters of one script not broken by a strong break, or one hashtag; span and words (each
/// word borrowed from the text where it is spelled as written there).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block<'a> {
    pub start: usize,
    pub end: usize,
    pub script: &'a str,
    pub words: Vec<Cow<'a, str>>,
    pub hashtag: bool,
    pub letters: usize,
}

/// `\s`: ASCII's white space told from its code, the Cyrillic letters and the Hangul
/// syllables known to be none, any other character looked up.
#[inline]
fn is_space(c: char) -> bool {
    match c {
        '\0'..='\x7f' => matches!(c, '\t'..='\r' | ' '),
        '\u{400}'..='\u{4ff}' | '\u{ac00}'..='\u{d7a3}' => false,
        _ => chars::is(c, SPACE),
    }
}

/// A mark that makes a strong break between spaces: a dash, a slash, a bar or a bullet
/// ("Читать / Read more").
#[inline]
fn is_spaced_mark(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '/' | '|' | '·' | '•')
}

/// `STRONG_BREAK.search(text, start, end)`: a spaced dash, slash, bar or bullet, a sentence's
/// or a label's end before white space, or a new line.
pub fn strong_break(text: &[char], start: usize, end: usize) -> bool {
    let end = end.min(text.len());
    let space_at = |i: usize| i < end && is_space(text[i]);
    (start..end).any(|i| match text[i] {
        '\n' => true,
        '.' | '!' | '?' | '。' | ':' => space_at(i + 1),
        c if is_space(c) => {
            let mut j = i + 1;
            while j < end && is_spaced_mark(text[j]) {
                j += 1;
            }
            j > i + 1 && space_at(j)
        }
        _ => false,
    })
}

fn touching(a: Script, b: Script) -> bool {
    matches!(
        (a, b),
        (Script::Latin, Script::Cyrillic) | (Script::Cyrillic, Script::Latin)
    )
}

/// The script runs of text[start:end], and whether a Latin run touches a Cyrillic one; then
/// Latin runs of look-alike letters written against Cyrillic ones count as Cyrillic (Python's
/// `_stretches` reads such a text run by run, `_look_alike_runs`).
fn block_runs(letters: &[char], start: usize, end: usize) -> (Vec<ScriptRun>, bool) {
    let mut runs = char_runs(letters, start, end);
    let look_alike = runs
        .windows(2)
        .any(|pair| pair[0].end == pair[1].start && touching(pair[0].script, pair[1].script));
    if look_alike {
        unmask(letters, &mut runs);
    }
    (runs, look_alike)
}

/// Latin runs of look-alike letters written against Cyrillic ones counted as Cyrillic.
fn unmask(letters: &[char], runs: &mut [ScriptRun]) {
    for k in 0..runs.len() {
        let ScriptRun { start, end, script } = runs[k];
        if script != Script::Latin {
            continue;
        }
        let cyrillic = |other: Option<&ScriptRun>, at: fn(&ScriptRun) -> usize, edge: usize| {
            other.is_some_and(|run| run.script == Script::Cyrillic && at(run) == edge)
        };
        let before = cyrillic(k.checked_sub(1).and_then(|j| runs.get(j)), |r| r.end, start);
        let after = cyrillic(runs.get(k + 1), |r| r.start, end);
        if (before || after) && letters[start..end].iter().all(|&c| LOOKALIKES.contains(c)) {
            runs[k].script = Script::Cyrillic;
        }
    }
}

/// The word a run spells: its letters, with Latin look-alike letters read as Cyrillic in a
/// run counted as Cyrillic.
fn run_word<'a>(text: &Letters<'a>, run: &ScriptRun, look_alike: bool) -> Cow<'a, str> {
    let word = text.slice(run.start, run.end);
    if !(look_alike && run.script == Script::Cyrillic && word.is_ascii()) {
        return Cow::Borrowed(word);
    }
    Cow::Owned(
        word.chars()
            .map(|c| {
                LOOKALIKES
                    .chars()
                    .position(|l| l == c)
                    .and_then(|k| TO_CYRILLIC.chars().nth(k))
                    .unwrap_or(c)
            })
            .collect(),
    )
}

/// Whether the text has the marks of a hashtag or an address (a cheap test first).
fn may_hold_special(text: &str) -> bool {
    static MARKS: OnceLock<[memmem::Finder<'static>; 2]> = OnceLock::new();
    let bytes = text.as_bytes();
    memchr::memchr2(b'#', b'@', bytes).is_some()
        || MARKS
            .get_or_init(|| [memmem::Finder::new("://"), memmem::Finder::new("www.")])
            .iter()
            .any(|mark| mark.find(bytes).is_some())
}

/// An address or a hashtag found in the text.
#[derive(Debug, Clone, Copy)]
struct Special {
    start: usize,
    end: usize,
    address: bool,
}

fn is_word(c: char) -> bool {
    regex_syntax::is_word_character(c)
}

fn starts_with(text: &[char], at: usize, prefix: &str) -> bool {
    (at..)
        .zip(prefix.chars())
        .all(|(i, c)| text.get(i) == Some(&c))
}

/// The end of the run from `at` of characters that pass.
fn run_end(text: &[char], at: usize, pass: impl Fn(char) -> bool) -> usize {
    let mut i = at;
    while i < text.len() && pass(text[i]) {
        i += 1;
    }
    i
}

/// A web address at `at`: `(?:https?://|www\.)[^\s<>"'«»]+`.
fn web_address(text: &[char], at: usize) -> Option<usize> {
    let body = ["https://", "http://", "www."]
        .iter()
        .find(|prefix| starts_with(text, at, prefix))
        .map(|prefix| at + prefix.chars().count())?;
    let end = run_end(text, body, |c| !is_space(c) && !NOT_IN_ADDRESS.contains(c));
    (end > body).then_some(end)
}

/// An e-mail address at `at`: `(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)+`.
fn email_address(text: &[char], at: usize) -> Option<usize> {
    let local = |c: char| is_word(c) || matches!(c, '.' | '+' | '-');
    let label = |c: char| is_word(c) || c == '-';
    if at > 0 && local(text[at - 1]) {
        return None;
    }
    let at_sign = run_end(text, at, local);
    if at_sign == at || text.get(at_sign) != Some(&'@') {
        return None;
    }
    let mut end = run_end(text, at_sign + 1, label);
    if end == at_sign + 1 {
        return None;
    }
    let mut parts = 0;
    while text.get(end) == Some(&'.') {
        let next = run_end(text, end + 1, label);
        if next == end + 1 {
            break;
        }
        end = next;
        parts += 1;
    }
    (parts > 0).then_some(end)
}

/// A hashtag at `at`: `\#[\p{L}\p{M}\p{N}_]+`.
fn hashtag(text: &[char], at: usize) -> Option<usize> {
    if text.get(at) != Some(&'#') {
        return None;
    }
    let end = run_end(text, at + 1, |c| c == '_' || chars::is(c, L | M | N));
    (end > at + 1).then_some(end)
}

/// Where a web address or a hashtag may start: at "http", "www." or "#" (character indices,
/// in order), found in the text's bytes.
fn openings(split: &Letters<'_>) -> Vec<usize> {
    static PREFIXES: OnceLock<[memmem::Finder<'static>; 2]> = OnceLock::new();
    let bytes = split.text().as_bytes();
    let prefixes =
        PREFIXES.get_or_init(|| [memmem::Finder::new("http"), memmem::Finder::new("www.")]);
    let mut found: Vec<usize> = memchr::memchr_iter(b'#', bytes).collect();
    for prefix in prefixes {
        found.extend(prefix.find_iter(bytes));
    }
    // no two of them start at one byte: their first bytes differ
    found.sort_unstable();
    found
        .into_iter()
        .map(|at| split.index_of_byte(at))
        .collect()
}

/// Addresses and hashtags, in order; e-mail addresses only on the lines from the first "@"
/// to the last.
fn specials(split: &Letters<'_>) -> Vec<Special> {
    let text = split.chars();
    let at_sign = memchr::memchr(b'@', split.text().as_bytes()).is_some();
    let first = at_sign
        .then(|| text.iter().position(|&c| c == '@'))
        .flatten();
    let last = at_sign
        .then(|| text.iter().rposition(|&c| c == '@'))
        .flatten();
    let (begin, finish) = match (first, last) {
        (Some(first), Some(last)) => (
            text[..first]
                .iter()
                .rposition(|&c| c == '\n')
                .map_or(0, |i| i + 1),
            text[last..]
                .iter()
                .position(|&c| c == '\n')
                .map_or(text.len(), |i| last + i),
        ),
        _ => (0, 0),
    };
    let openings = openings(split);
    // the first of the openings not passed yet
    let mut opening = 0;
    let mut found = Vec::new();
    let mut i = 0;
    while i < text.len() {
        // Only an address or a hashtag starts here: "http", "www." or "#" (the openings), or
        // an e-mail address on the lines between the first "@" and the last.
        let e_mail = begin <= i && i < finish;
        if !e_mail {
            while openings.get(opening).is_some_and(|&at| at < i) {
                opening += 1;
            }
            let next = openings.get(opening).copied().unwrap_or(text.len());
            if next != i {
                // on to the next opening, or to the lines of e-mail addresses
                i = if i < begin { next.min(begin) } else { next };
                continue;
            }
        }
        let address =
            web_address(text, i).or_else(|| e_mail.then(|| email_address(text, i)).flatten());
        if let Some(end) = address {
            found.push(Special {
                start: i,
                end,
                address: true,
            });
            i = end;
        } else if let Some(end) = hashtag(text, i) {
            found.push(Special {
                start: i,
                end,
                address: false,
            });
            i = end;
        } else {
            i += 1;
        }
    }
    found
}

/// `_TAG_WORDS.split(tag)`: cut at runs of "_" and where a capital follows a lower-case
/// letter.
fn tag_words(tag: &[char]) -> Vec<String> {
    let mut words = vec![String::new()];
    let mut i = 0;
    while i < tag.len() {
        let c = tag[i];
        if c == '_' {
            i = run_end(tag, i, |c| c == '_');
            words.push(String::new());
            continue;
        }
        if i > 0 && chars::is(tag[i - 1], LL) && chars::is(c, LU) {
            words.push(String::new());
        }
        if let Some(word) = words.last_mut() {
            word.push(c);
        }
        i += 1;
    }
    words
}

/// Hashtags and addresses whole; other letters in runs of one script, cut at strong breaks.
pub fn text_blocks(text: &str) -> Vec<Block<'_>> {
    letter_blocks(&Letters::new(text))
}

/// `text_blocks` of a text already split into its characters.
pub fn letter_blocks<'a>(split: &Letters<'a>) -> Vec<Block<'a>> {
    let text = split.text();
    let letters = split.chars();
    let mut blocks: Vec<Block> = Vec::new();
    // The block being extended: start, end, script, words, their letters.
    let (mut start, mut end, mut script, mut words, mut count) =
        (0, 0, Script::Other, Vec::<Cow<'a, str>>::new(), 0);
    // The block being extended is closed: its words move into it, a list of their own size
    // (the list they were gathered in is kept for the next block's).
    let close = |blocks: &mut Vec<Block<'a>>,
                 start: usize,
                 end: usize,
                 script: Script,
                 words: &mut Vec<Cow<'a, str>>,
                 letters: usize| {
        if !words.is_empty() {
            let mut own = Vec::with_capacity(words.len());
            own.append(words);
            blocks.push(Block {
                start,
                end,
                script: script.name(),
                words: own,
                hashtag: false,
                letters,
            });
        }
    };
    let mut position = 0;
    let tags = if may_hold_special(text) {
        specials(split)
    } else {
        Vec::new()
    };
    for tag in tags.into_iter().map(Some).chain([None]) {
        let stop = tag.map_or(letters.len(), |tag| tag.start);
        let (runs, look_alike) = block_runs(letters, position, stop);
        for run in &runs {
            let (run_start, run_end, run_script) = (run.start, run.end, run.script);
            let word = run_word(split, run, look_alike);
            let run_letters = run_end - run_start;
            if !words.is_empty() && run_script == script && run_start == end {
                // Letters of one script written together rejoin their word: look-alike
                // letters read as Cyrillic.
                end = run_end;
                count += run_letters;
                if let Some(last) = words.last_mut() {
                    last.to_mut().push_str(&word);
                }
            } else if !words.is_empty()
                && run_script == script
                && ((run_start.checked_sub(end) == Some(1) && letters[end] == ' ')
                    || !strong_break(letters, end, run_start))
            {
                end = run_end;
                count += run_letters;
                words.push(word);
            } else {
                close(&mut blocks, start, end, script, &mut words, count);
                (start, end, script, count) = (run_start, run_end, run_script, run_letters);
                words.push(word);
            }
        }
        let Some(tag) = tag else {
            break;
        };
        if tag.address {
            close(&mut blocks, start, end, script, &mut words, count);
            let mut finish = tag.end;
            while finish > tag.start && ADDRESS_TAIL.contains(letters[finish - 1]) {
                finish -= 1;
            }
            blocks.push(Block {
                start: tag.start,
                end: finish,
                script: "Latin",
                words: Vec::new(),
                hashtag: false,
                letters: 0,
            });
            position = finish;
            continue;
        }
        let found: Vec<Cow<'a, str>> = tag_words(&letters[tag.start + 1..tag.end])
            .into_iter()
            .filter(|w| w.chars().any(|c| chars::is(c, L | M)))
            .map(Cow::Owned)
            .collect();
        let counts = if found.is_empty() {
            Vec::new()
        } else {
            letter_counts(split.slice(tag.start, tag.end))
        };
        if counts.is_empty() {
            position = stop;
            continue;
        }
        close(&mut blocks, start, end, script, &mut words, count);
        let best = counts.iter().map(|&(_, count)| count).max().unwrap_or(0);
        let tag_script = counts
            .iter()
            .find(|&&(_, count)| count == best)
            .map_or("Other", |&(script, _)| script.name());
        blocks.push(Block {
            start: tag.start,
            end: tag.end,
            script: tag_script,
            words: found,
            hashtag: true,
            letters: counts.iter().map(|&(_, count)| count).sum(),
        });
        position = tag.end;
    }
    close(&mut blocks, start, end, script, &mut words, count);
    blocks
}

/// `ACRONYM.fullmatch(word)`: one to five capitals.
fn is_acronym(word: &str) -> bool {
    let count = word.chars().count();
    (1..=5).contains(&count) && word.chars().all(|c| chars::is(c, LU))
}

/// The one language a script means by itself ("und" for a shared or unknown one).
fn script_language(script: &str) -> &'static str {
    static LANGUAGES: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    let languages = LANGUAGES.get_or_init(|| {
        let all = scripts().as_object().into_iter().flatten();
        all.filter_map(|(name, _)| {
            let lang = script_info(name).get("language")?.as_str()?;
            Some((name.as_str(), lang))
        })
        .collect()
    });
    languages
        .iter()
        .find(|&&(name, _)| name == script)
        .map_or("und", |&(_, lang)| lang)
}

/// The language of one block, from its script, then statistics where that is ambiguous (a
/// code of the facts, or the favoured language itself).
pub fn block_language<'f>(
    block: &Block,
    languages: Option<&dyn Fn(&str) -> bool>,
    favoured: Option<&'f str>,
    weight: f64,
) -> Result<&'f str, String> {
    if block.words.is_empty() {
        return Ok("und");
    }
    if !has_candidates(block.script) {
        let lang = script_language(block.script);
        if languages.is_some_and(|allows| !allows(lang)) {
            return Ok("und");
        }
        return Ok(lang);
    }
    if block.hashtag {
        let own_letters: Vec<&str> = block
            .words
            .iter()
            .flat_map(|word| {
                let letters = Letters::new(word);
                script_runs(word)
                    .into_iter()
                    .filter(|run| run.script.name() == block.script)
                    .map(move |run| letters.slice(run.start, run.end))
                    .collect::<Vec<_>>()
            })
            .collect();
        return model::ambiguous_language(&own_letters, block.script, languages, favoured, weight);
    }
    if block.words.len() == 1 && is_acronym(&block.words[0]) {
        return Ok(match favoured {
            Some(f) if languages.is_none_or(|allows| allows(f)) => f,
            _ => "und",
        });
    }
    model::ambiguous_language(&block.words, block.script, languages, favoured, weight)
}

/// The text as one block, when it is one: letters of a single script with no break, no
/// hashtag and no address between them; None otherwise.
pub fn single_block(text: &str) -> Option<Block<'_>> {
    letter_single_block(&Letters::new(text))
}

/// `single_block` of a text already split into its characters.
pub fn letter_single_block<'a>(split: &Letters<'a>) -> Option<Block<'a>> {
    let text = split.text();
    let letters = split.chars();
    let first = letters.iter().position(|&c| chars::is(c, L))?;
    let head = letters[first];
    let (script, class) = if chars::is(head, LATIN) {
        ("Latin", LATIN)
    } else if chars::is(head, CYRILLIC) {
        ("Cyrillic", CYRILLIC)
    } else if chars::is(head, HANGUL) {
        ("Hangul", HANGUL)
    } else {
        return None;
    };
    // A break between the letters first: it stops at the first break, where the tests after
    // it read every character.
    let last = letters.iter().rposition(|&c| chars::is(c, L))?;
    let end = run_end(letters, last + 1, |c| chars::is(c, M));
    if strong_break(letters, first, end) {
        return None;
    }
    let foreign = |c: char| {
        let flags = chars::flags(c);
        flags.any(L) && !flags.any(class)
    };
    if letters.iter().any(|&c| foreign(c)) {
        return None;
    }
    if may_hold_special(text) && !specials_anywhere(letters).is_empty() {
        return None;
    }
    let words: Vec<Cow<'a, str>> = letter_runs(split.slice(first, end))
        .into_iter()
        .map(Cow::Borrowed)
        .collect();
    let count = words.iter().map(|w| w.chars().count()).sum();
    Some(Block {
        start: first,
        end,
        script,
        words,
        hashtag: false,
        letters: count,
    })
}

/// `_SPECIAL.search(text)`: addresses (e-mail ones anywhere) and hashtags.
fn specials_anywhere(text: &[char]) -> Vec<usize> {
    (0..text.len())
        .filter(|&i| {
            web_address(text, i).is_some()
                || email_address(text, i).is_some()
                || hashtag(text, i).is_some()
        })
        .take(1)
        .collect()
}

// The twins of the differential test.

type BlockTuple = (usize, usize, String, Vec<String>, bool, usize);

/// A block as Python's `Block` tuple (its words a tuple).
pub(crate) fn as_tuple<'py>(py: Python<'py>, block: Block<'_>) -> PyResult<Bound<'py, PyTuple>> {
    let words = PyTuple::new(py, block.words.iter().map(|word| word.as_ref()))?;
    (
        block.start,
        block.end,
        block.script,
        words,
        block.hashtag,
        block.letters,
    )
        .into_pyobject(py)
}

#[pyfunction]
#[pyo3(name = "languages__text_blocks")]
fn twin_text_blocks<'py>(py: Python<'py>, text: &str) -> PyResult<Vec<Bound<'py, PyTuple>>> {
    text_blocks(text)
        .into_iter()
        .map(|block| as_tuple(py, block))
        .collect()
}

#[pyfunction]
#[pyo3(name = "languages__single_block")]
fn twin_single_block<'py>(py: Python<'py>, text: &str) -> PyResult<Option<Bound<'py, PyTuple>>> {
    single_block(text)
        .map(|block| as_tuple(py, block))
        .transpose()
}

#[pyfunction]
#[pyo3(
    name = "languages__block_language",
    signature = (block, languages, favoured=None, weight=0.0)
)]
fn twin_block_language(
    block: BlockTuple,
    languages: Option<Vec<String>>,
    favoured: Option<&str>,
    weight: f64,
) -> PyResult<String> {
    let (start, end, script, words, hashtag, letters) = block;
    let block = Block {
        start,
        end,
        script: &script,
        words: words
            .iter()
            .map(|word| Cow::Borrowed(word.as_str()))
            .collect(),
        hashtag,
        letters,
    };
    let allows = languages
        .as_ref()
        .map(|codes| move |lang: &str| codes.iter().any(|c| c == lang));
    let allows_ref = allows.as_ref().map(|f| f as &dyn Fn(&str) -> bool);
    block_language(&block, allows_ref, favoured, weight)
        .map(str::to_string)
        .map_err(pyo3::exceptions::PyValueError::new_err)
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(twin_text_blocks, m)?)?;
    m.add_function(wrap_pyfunction!(twin_single_block, m)?)?;
    m.add_function(wrap_pyfunction!(twin_block_language, m)?)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn white_space_told_without_the_tables_is_the_tables_white_space() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            assert_eq!(is_space(c), chars::is(c, SPACE), "{c:?}");
        }
    }

    /// `specials` tried at every character: an e-mail address on the lines from the first
    /// "@" to the last, a web address or a hashtag anywhere.
    fn tried_everywhere(text: &str) -> Vec<(usize, usize, bool)> {
        let chars: Vec<char> = text.chars().collect();
        let lines: Vec<usize> = (0..chars.len())
            .map(|i| chars[..i].iter().filter(|&&c| c == '\n').count())
            .collect();
        let signed: Vec<usize> = (0..chars.len()).filter(|&i| chars[i] == '@').collect();
        let zone = |i: usize| {
            signed
                .first()
                .zip(signed.last())
                .is_some_and(|(&first, &last)| lines[first] <= lines[i] && lines[i] <= lines[last])
        };
        let mut found = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            let e_mail = zone(i).then(|| email_address(&chars, i)).flatten();
            if let Some(end) = web_address(&chars, i).or(e_mail) {
                found.push((i, end, true));
                i = end;
            } else if let Some(end) = hashtag(&chars, i) {
                found.push((i, end, false));
                i = end;
            } else {
                i += 1;
            }
        }
        found
    }

    #[test]
    fn addresses_and_hashtags_are_found_from_their_openings() {
        let texts = [
            "Подробнее на https://vesti.example/news?id=7 и www.vesti.example #новости",
            "when the whale watchers went http:/ nowhere, then #Harbor_Days http://a.b/c",
            "서울 시청 앞 #서울축제 행사 안내: www.seoul.example/행사 문의 help@seoul.example",
            "Редакция: desk@news.example\nтел. 123\nhttps://news.example «ссылка» #тег #",
            "no mark here at all, just words with h and w",
            "#start and end#",
            "",
        ];
        for text in texts {
            let split = Letters::new(text);
            let found: Vec<(usize, usize, bool)> = specials(&split)
                .into_iter()
                .map(|special| (special.start, special.end, special.address))
                .collect();
            assert_eq!(found, tried_everywhere(text), "{text}");
        }
    }
}
