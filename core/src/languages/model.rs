//! The statistical stage (mirrors `normalize/languages/model.py`): which candidate language of
//! a shared script a run of words is in.
//!
//! Words are scored, deterministically, against character n-gram profiles (counted over
//! wordfreq's lists, blended with the ones shipped inside langdetect) and word frequencies
//! (wordfreq), for the candidate languages of their script (`data/scripts.json`) with the
//! facts of each (`detection` in `data/languages/<code>.json`). Sums are made in Python's
//! order, so that scores and ties come out the same.

use std::hash::{Hash, Hasher};
use std::sync::{Mutex, MutexGuard, OnceLock};

use pyo3::exceptions::{PyKeyError, PyValueError};
use pyo3::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet, FxHasher};
use serde_json::Value;
use std::collections::hash_map::Entry;

use crate::data::{data_text, paths};
use crate::facts::{language_info, script_info, scripts};
use crate::segment::chars::{self, L, M};
use crate::wordfreq::{cb_to_freq, list_path, CbPack};

type Result<T> = std::result::Result<T, String>;
/// Probabilities by word (the words kept for the rest of the process).
type Table = FxHashMap<&'static str, f64>;
/// Probabilities by n-gram, each n-gram by its `gram_key`.
type Grams = FxHashMap<u64, f64>;

/// How much one word's frequency counts against its letters' n-grams.
const WORD_WEIGHT: f64 = 6.0;
/// Weight of the evidence of letters, letter pairs and triples.
const GRAM_WEIGHTS: [f64; 3] = [0.0, 0.5, 1.0];
/// A long run's language is settled once this many words put one language this far (in
/// log-odds) ahead of every other.
pub const SETTLED_WORDS: usize = 3;
const SETTLED_MARGIN: f64 = 60.0;
/// Letters of a word that are scored.
const LONGEST_WORD: usize = 40;
/// The commonest words of a list whose letters make its n-gram profile.
const PROFILE_WORDS: usize = 20_000;
/// How many words the model keeps scores for.
const KEPT_WORDS: usize = 1 << 16;
/// Share of langdetect's profile in a blended profile (the rest counts the word list).
const LANGDETECT_SHARE: f64 = 0.3;
/// The wordfreq tables a transliteration name stands for (`facts._WORDFREQ_TABLES`).
const WORDFREQ_TABLES: [(&str, &str); 1] = [("sr-Latn", "SR_LATN_TABLE")];

/// Probability of an n-gram (by length) that a profile counted over a word list leaves out.
fn unseen_gram() -> [f64; 3] {
    [1e-5f64.ln(), 1e-6f64.ln(), 1e-7f64.ln()]
}

/// The same for a profile counted over a short sample text.
fn unseen_sample_gram() -> [f64; 3] {
    [1e-5f64.ln(), 1e-6f64.ln(), 1e-6f64.ln()]
}

/// Probability of a word a language's frequency list lacks.
fn unlisted_word() -> f64 {
    1.5e-7f64.ln()
}

/// Probability of any word of a language without a list.
fn no_list_word() -> f64 {
    2e-6f64.ln()
}

/// Letters for statistics (`LETTERS`): a run of letters and the marks written on them.
fn is_letter(c: char) -> bool {
    chars::is(c, L | M)
}

/// `LETTERS.findall(text)`.
pub fn letter_runs(text: &str) -> Vec<&str> {
    let mut runs = Vec::new();
    let mut start = None;
    for (index, c) in text.char_indices() {
        match (is_letter(c), start) {
            (true, None) => start = Some(index),
            (false, Some(begin)) => {
                runs.push(&text[begin..index]);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(begin) = start {
        runs.push(&text[begin..]);
    }
    runs
}

/// How a word of a language is spelled before it is looked up in its list: each letter of
/// its alphabet that the table has, with its spelling, in the alphabet's order.
#[derive(Debug, Clone, Default)]
pub struct Spelling {
    pairs: Vec<(char, String)>,
    table: FxHashMap<char, String>,
}

impl Spelling {
    fn new(pairs: Vec<(char, String)>) -> Self {
        let table = pairs.iter().cloned().collect();
        Spelling { pairs, table }
    }

    /// `text.translate(spelling)`.
    fn translate(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            match self.table.get(&c) {
                Some(latin) => out.push_str(latin),
                None => out.push(c),
            }
        }
        out
    }
}

/// What the statistical stage knows of the candidate languages of one script.
#[derive(Debug)]
pub struct Model {
    pub langs: Vec<String>,
    /// What `_gram_row` gives for each n-gram of a profile (by its `gram_key`): where its row
    /// of weighted log-probabilities, one per language, starts in `row_values`.
    rows: FxHashMap<u64, usize>,
    row_values: Vec<f64>,
    /// Per n-gram length, each language's weighted log-probability of an unseen n-gram.
    unseen: [Vec<f64>; 3],
    /// Each listed word's row of weighted log-frequencies, one per language (a language that
    /// does not list it, or spells words its own way, has its `unlisted` value there): where
    /// the row starts in `word_values`. One look-up gives a word's frequency in every list.
    word_rows: FxHashMap<&'static str, usize>,
    word_values: Vec<f64>,
    /// The weighted log-frequencies of the words of each language that spells words its own
    /// way (`spellings`); empty for the others.
    spelled_words: Vec<Table>,
    /// Weighted log-frequency of a word the list lacks.
    unlisted: Vec<f64>,
    alphabets: Vec<FxHashSet<char>>,
    /// Letters of every candidate's alphabet: foreign to none.
    shared: FxHashSet<char>,
    spellings: Vec<Option<Spelling>>,
    foreign: f64,
    margins: Vec<f64>,
    /// The scores of words met before (`_Model.scores`): speed only.
    scores: Memo,
}

/// Each word's scores, one per language, by the word's hash (with the word, to tell apart
/// two words of one hash).
type Kept = FxHashMap<u64, (Box<str>, Box<[f64]>)>;

/// A table of computed values that starts afresh when full (Python's `Memo`), in shards so
/// that threads seldom wait for one another. It keeps speed only: a value is what computing
/// it again gives. Each key is hashed once, for both its shard and its place in the shard.
#[derive(Debug)]
struct Memo {
    shards: Vec<Mutex<Kept>>,
    size: usize,
}

impl Memo {
    const SHARDS: usize = 16;

    fn new(size: usize) -> Self {
        Memo {
            shards: (0..Self::SHARDS).map(|_| Mutex::default()).collect(),
            size: size / Self::SHARDS,
        }
    }

    /// The key's hash, which picks its shard and its place in the shard.
    fn hash(key: &str) -> u64 {
        let mut hasher = FxHasher::default();
        key.hash(&mut hasher);
        hasher.finish()
    }

    fn shard(&self, hash: u64) -> Option<MutexGuard<'_, Kept>> {
        let index = hash as usize % Self::SHARDS;
        self.shards.get(index).and_then(|shard| shard.lock().ok())
    }

    /// Adds the values kept for the key (of this hash) to the totals, one by one; false when
    /// none are kept.
    fn add_kept(&self, hash: u64, key: &str, totals: &mut [f64]) -> bool {
        let Some(shard) = self.shard(hash) else {
            return false;
        };
        let Some((_, kept)) = shard.get(&hash).filter(|(word, _)| &**word == key) else {
            return false;
        };
        for (total, value) in totals.iter_mut().zip(kept.iter()) {
            *total += value;
        }
        true
    }

    fn keep(&self, hash: u64, key: &str, value: Box<[f64]>) {
        if let Some(mut shard) = self.shard(hash) {
            if shard.len() >= self.size {
                shard.clear();
            }
            shard.insert(hash, (key.into(), value));
        }
    }
}

/// How many places an array of counts may have; more are counted in a hash table.
const DENSE_COUNTS: usize = 1 << 22;

/// Counts of n-grams, each by its number.
enum Tally {
    Dense(Vec<u32>),
    Sparse(FxHashMap<u64, u32>),
}

impl Tally {
    /// A tally for numbers below `size`.
    fn new(size: usize) -> Tally {
        if size <= DENSE_COUNTS {
            Tally::Dense(vec![0; size])
        } else {
            Tally::Sparse(FxHashMap::default())
        }
    }

    fn add(&mut self, number: usize) {
        match self {
            Tally::Dense(counts) => {
                if let Some(count) = counts.get_mut(number) {
                    *count += 1;
                }
            }
            Tally::Sparse(counts) => *counts.entry(number as u64).or_insert(0) += 1,
        }
    }

    /// Each number counted, with its count.
    fn counted(self) -> Vec<(usize, u32)> {
        match self {
            Tally::Dense(counts) => counts
                .into_iter()
                .enumerate()
                .filter(|&(_, count)| count > 0)
                .collect(),
            Tally::Sparse(counts) => counts
                .into_iter()
                .map(|(number, count)| (number as usize, count))
                .collect(),
        }
    }
}

/// n-gram probabilities, by length, over words each counted once (`_count_grams`), each
/// n-gram by its `gram_key`.
fn count_grams<S: AsRef<str>>(words: &[S]) -> Grams {
    let mut text: Vec<char> = vec![' '];
    for (index, word) in words.iter().enumerate() {
        if index > 0 {
            text.extend([' ', ' ']);
        }
        text.extend(word.as_ref().chars());
    }
    text.push(' ');
    // Each letter by its place among the text's distinct letters, so that an n-gram is a
    // number below a power of their count, counted in an array rather than a hash table.
    // (the letters of the alphabets before U+0800 found in an array, the others hashed)
    let mut low: Vec<usize> = vec![usize::MAX; 0x800];
    let mut high: FxHashMap<char, usize> = FxHashMap::default();
    let mut letters: Vec<char> = Vec::new();
    let mut number = |c: char| {
        let slot = match low.get_mut(c as usize) {
            Some(slot) => slot,
            None => high.entry(c).or_insert(usize::MAX),
        };
        if *slot == usize::MAX {
            letters.push(c);
            *slot = letters.len() - 1;
        }
        *slot
    };
    let space = number(' ');
    let numbers: Vec<usize> = text.iter().map(|&c| number(c)).collect();
    let k = letters.len();
    let mut pairs = Tally::new(k.saturating_mul(k));
    let mut pair_total = 0u64;
    for window in numbers.windows(2) {
        if window != [space, space] {
            pairs.add(window[0] * k + window[1]);
            pair_total += 1;
        }
    }
    let mut triples = Tally::new(k.saturating_mul(k).saturating_mul(k));
    let mut triple_total = 0u64;
    for window in numbers.windows(3) {
        triple_total += 1;
        if window[1] != space {
            triples.add((window[0] * k + window[1]) * k + window[2]);
        }
    }
    let pairs = pairs.counted();
    let triples = triples.counted();
    let mut out = Grams::default();
    out.reserve(pairs.len() + triples.len());
    let total = pair_total as f64;
    for (number, count) in pairs {
        let key = pair_key(letters[number / k], letters[number % k]);
        out.insert(key, count as f64 / total);
    }
    let total = triple_total as f64;
    for (number, count) in triples {
        let (a, b, c) = (number / (k * k), number / k % k, number % k);
        out.insert(
            triple_key(letters[a], letters[b], letters[c]),
            count as f64 / total,
        );
    }
    out
}

/// Probabilities of the lower-cased n-grams of one of langdetect's profiles (an n-gram
/// that lower case makes longer than three letters is left out: no word asks for it).
fn langdetect_profile(code: &str) -> Result<Grams> {
    let path = paths()?.langdetect.join(code);
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let profile: Value =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let bad = || format!("{}: not a langdetect profile", path.display());
    let totals = profile
        .get("n_words")
        .and_then(Value::as_array)
        .ok_or_else(bad)?;
    let freq = profile
        .get("freq")
        .and_then(Value::as_object)
        .ok_or_else(bad)?;
    let mut probabilities = Grams::default();
    for (gram, count) in freq {
        let length = gram.chars().count();
        if length < 2 {
            continue;
        }
        let total = totals
            .get(length - 1)
            .and_then(Value::as_f64)
            .ok_or_else(bad)?;
        let count = count.as_f64().ok_or_else(bad)?;
        let letters: Vec<char> = chars::lower(gram).chars().collect();
        if let Some(key) = gram_key(&letters) {
            *probabilities.entry(key).or_insert(0.0) += count / total;
        }
    }
    Ok(probabilities)
}

/// Lower-case words of a sample text in the package's data (comment lines left out).
fn sample_words(name: &str) -> Result<Vec<String>> {
    let text = data_text(name)?;
    let kept: Vec<&str> = chars::splitlines(&text)
        .into_iter()
        .filter(|line| !line.starts_with('#'))
        .collect();
    let text = kept.join(" ");
    Ok(letter_runs(&text).into_iter().map(chars::lower).collect())
}

/// Words of a Latin-letter list in the alphabet `spelling` maps from; a word with a letter
/// the alphabet has no match for is left out (`_from_latin`).
fn from_latin(words: &[&str], spelling: &Spelling) -> Vec<String> {
    // `back`: each spelling to the last letter spelled so, in the order first met.
    let mut back: Vec<(&str, char)> = Vec::new();
    for (letter, latin) in &spelling.pairs {
        match back.iter_mut().find(|(known, _)| *known == latin.as_str()) {
            Some(entry) => entry.1 = *letter,
            None => back.push((latin.as_str(), *letter)),
        }
    }
    let mut text = words.join("\n");
    let mut longest_first = back.clone();
    longest_first.sort_by_key(|(latin, _)| std::cmp::Reverse(latin.chars().count()));
    for (latin, letter) in &longest_first {
        if latin.chars().count() > 1 {
            text = text.replace(latin, &letter.to_string());
        }
    }
    let singles: FxHashMap<char, char> = back
        .iter()
        .filter_map(|(latin, letter)| {
            let mut chars = latin.chars();
            match (chars.next(), chars.next()) {
                (Some(single), None) => Some((single, *letter)),
                _ => None,
            }
        })
        .collect();
    let text: String = text
        .chars()
        .map(|c| singles.get(&c).copied().unwrap_or(c))
        .collect();
    let native: FxHashSet<char> = back.iter().map(|&(_, letter)| letter).collect();
    text.split('\n')
        .filter(|word| !word.is_empty() && word.chars().all(|c| native.contains(&c)))
        .map(str::to_string)
        .collect()
}

/// A wordfreq transliteration table, read from wordfreq's own module, as `ord("Љ"): "Lj"`
/// lines of the named dict.
fn wordfreq_table(table: &str) -> Result<Vec<(char, String)>> {
    let folder = &paths()?.wordfreq;
    let path = folder
        .parent()
        .map(|parent| parent.join("transliterate.py"))
        .ok_or_else(|| format!("{}: no wordfreq module beside it", folder.display()))?;
    let source = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let opening = format!("{table} = {{");
    let mut lines = source.lines().skip_while(|line| line.trim_end() != opening);
    if lines.next().is_none() {
        return Err(format!("{}: no {table}", path.display()));
    }
    let mut pairs = Vec::new();
    for line in lines {
        let line = line.trim();
        if line == "}" {
            return Ok(pairs);
        }
        let Some(rest) = line.strip_prefix("ord(\"") else {
            continue;
        };
        let mut parts = rest.splitn(2, "\"): \"");
        let (Some(letter), Some(value)) = (parts.next(), parts.next()) else {
            return Err(format!("{}: cannot read {line}", path.display()));
        };
        let mut letters = letter.chars();
        let (Some(letter), None) = (letters.next(), letters.next()) else {
            return Err(format!("{}: cannot read {line}", path.display()));
        };
        let Some(value) = value.strip_suffix("\",") else {
            return Err(format!("{}: cannot read {line}", path.display()));
        };
        pairs.push((letter, value.to_string()));
    }
    Err(format!("{}: {table} is not closed", path.display()))
}

/// `facts.transliteration(name, alphabet)`: the table's spelling of each letter of the
/// alphabet it has (a later line of the table overrides an earlier one, as in a dict).
fn transliteration(name: &str, alphabet: &str) -> Result<Spelling> {
    static TABLES: OnceLock<FxHashMap<&'static str, Result<FxHashMap<char, String>>>> =
        OnceLock::new();
    let tables = TABLES.get_or_init(|| {
        WORDFREQ_TABLES
            .iter()
            .map(|&(name, table)| (name, wordfreq_table(table).map(|p| p.into_iter().collect())))
            .collect()
    });
    let table = match tables.get(name) {
        Some(Ok(table)) => table,
        Some(Err(error)) => return Err(error.clone()),
        None => return Err(format!("no transliteration named {name}")),
    };
    let mut pairs: Vec<(char, String)> = Vec::new();
    for letter in alphabet.chars() {
        if let Some(latin) = table.get(&letter) {
            if !pairs.iter().any(|(known, _)| *known == letter) {
                pairs.push((letter, latin.clone()));
            }
        }
    }
    Ok(Spelling::new(pairs))
}

fn detection(lang: &str) -> Result<&'static Value> {
    language_info(lang)
        .get("detection")
        .ok_or_else(|| format!("language {lang:?} has no detection facts"))
}

fn alphabet(facts: &Value) -> Result<&str> {
    facts
        .get("alphabet")
        .and_then(Value::as_str)
        .ok_or_else(|| "detection facts without an alphabet".to_string())
}

/// How a word of the language is spelled before it is looked up in its list.
fn spelling(lang: &str) -> Result<Option<Spelling>> {
    let facts = detection(lang)?;
    match facts.get("transliterate").and_then(Value::as_str) {
        Some(name) if !name.is_empty() => transliteration(name, alphabet(facts)?).map(Some),
        _ => Ok(None),
    }
}

/// A wordfreq list as `get_frequency_dict` gives it: each word with the frequency of the
/// last bucket that holds it; and the first `PROFILE_WORDS` words in the order first met.
/// The words are borrowed from the list's bytes, kept for the rest of the process.
fn frequency_dict(code: &str) -> Result<(Vec<&'static str>, Table)> {
    let buckets = CbPack::read(&list_path("small", code)?)?.kept().buckets()?;
    let mut order = Vec::with_capacity(PROFILE_WORDS);
    let mut freqs = Table::default();
    freqs.reserve(buckets.iter().map(Vec::len).sum());
    for (index, bucket) in buckets.into_iter().enumerate() {
        let freq = cb_to_freq(-(index as i64));
        for word in bucket {
            match freqs.entry(word) {
                Entry::Occupied(mut known) => {
                    known.insert(freq);
                }
                Entry::Vacant(new) => {
                    new.insert(freq);
                    if order.len() < PROFILE_WORDS {
                        order.push(word);
                    }
                }
            }
        }
    }
    Ok((order, freqs))
}

/// `str.isalpha()`.
fn is_alpha(word: &str) -> bool {
    !word.is_empty() && word.chars().all(|c| chars::is(c, L))
}

type Tables = (Grams, Table, bool);

/// One language's n-gram probabilities, word probabilities, and whether from a sample.
fn language_tables(lang: &str) -> Result<Tables> {
    let facts = detection(lang)?;
    if let Some(sample) = facts.get("sample").and_then(Value::as_str) {
        if !sample.is_empty() {
            let sample = sample_words(sample)?;
            let mut words = Table::default();
            let share = 0.5 / sample.len() as f64;
            for word in &sample {
                match words.get_mut(word.as_str()) {
                    Some(known) => *known += share,
                    None => {
                        words.insert(Box::leak(word.clone().into_boxed_str()), share);
                    }
                }
            }
            return Ok((count_grams(&sample), words, true));
        }
    }
    let code = facts
        .get("wordlist")
        .and_then(Value::as_str)
        .ok_or_else(|| format!("language {lang:?} has neither a sample nor a word list"))?;
    let (order, words) = frequency_dict(code)?;
    let common: Vec<&str> = order.into_iter().filter(|w| is_alpha(w)).collect();
    let mut grams = match spelling(lang)? {
        Some(spelling) => count_grams(&from_latin(&common, &spelling)),
        None => count_grams(&common),
    };
    if let Some(other) = facts.get("langdetect").and_then(Value::as_str) {
        if !other.is_empty() {
            let other = langdetect_profile(other)?;
            let share = LANGDETECT_SHARE;
            let keys: FxHashSet<u64> = grams.keys().chain(other.keys()).copied().collect();
            grams = keys
                .into_iter()
                .map(|g| {
                    let value = (1.0 - share) * grams.get(&g).copied().unwrap_or(0.0)
                        + share * other.get(&g).copied().unwrap_or(0.0);
                    (g, value)
                })
                .collect();
        }
    }
    Ok((grams, words, false))
}

/// Whether the script is shared by languages that statistics tell apart.
pub fn has_candidates(script: &str) -> bool {
    static SHARED: OnceLock<Vec<&'static str>> = OnceLock::new();
    SHARED
        .get_or_init(|| {
            let all = scripts().as_object().into_iter().flatten();
            // `script_info` gives facts that are an object, or nothing
            all.filter(|(_, facts)| facts.is_object() && facts.get("candidates").is_some())
                .map(|(name, _)| name.as_str())
                .collect()
        })
        .contains(&script)
}

fn build_model(script: &str) -> Result<Model> {
    let info = script_info(script);
    let langs: Vec<String> = info
        .get("candidates")
        .and_then(Value::as_array)
        .ok_or_else(|| format!("script {script:?} has no candidates"))?
        .iter()
        .map(|lang| lang.as_str().map(str::to_string))
        .collect::<Option<_>>()
        .ok_or_else(|| format!("script {script:?} has a candidate that is not a code"))?;
    let tables = langs
        .iter()
        .map(|lang| language_tables(lang))
        .collect::<Result<Vec<_>>>()?;
    let profile_unseen: Vec<[f64; 3]> = tables
        .iter()
        .map(|(_, _, sample)| {
            if *sample {
                unseen_sample_gram()
            } else {
                unseen_gram()
            }
        })
        .collect();
    let unseen = [0, 1, 2].map(|size| {
        profile_unseen
            .iter()
            .map(|row| GRAM_WEIGHTS[size] * row[size])
            .collect()
    });
    let entries = langs
        .iter()
        .map(|lang| detection(lang))
        .collect::<Result<Vec<_>>>()?;
    let alphabets = entries
        .iter()
        .map(|entry| alphabet(entry).map(|a| a.chars().collect::<FxHashSet<char>>()))
        .collect::<Result<Vec<_>>>()?;
    let shared = alphabets
        .iter()
        .skip(1)
        .fold(alphabets.first().cloned().unwrap_or_default(), |acc, a| {
            acc.intersection(a).copied().collect()
        });
    let foreign = info
        .get("foreign_letter")
        .and_then(Value::as_f64)
        .ok_or_else(|| format!("script {script:?} has no foreign_letter"))?;
    let mut profiles = Vec::new();
    let mut words = Vec::new();
    let mut unlisted = Vec::new();
    for (grams, list, sample) in tables {
        profiles.push(grams);
        words.push(list);
        unlisted.push(
            WORD_WEIGHT
                * if sample {
                    no_list_word()
                } else {
                    unlisted_word()
                },
        );
    }
    let (rows, row_values) = gram_rows(&profiles, &profile_unseen);
    let spellings = langs
        .iter()
        .map(|lang| spelling(lang))
        .collect::<Result<Vec<_>>>()?;
    let (word_rows, word_values, spelled_words) = word_tables(words, &spellings, &unlisted);
    Ok(Model {
        spellings,
        langs,
        rows,
        row_values,
        unseen,
        word_rows,
        word_values,
        spelled_words,
        unlisted,
        alphabets,
        shared,
        foreign,
        scores: Memo::new(KEPT_WORDS),
        margins: entries
            .iter()
            .map(|entry| -entry.get("margin").and_then(Value::as_f64).unwrap_or(0.0))
            .collect(),
    })
}

/// Each language's word list as weighted log-frequencies (a frequency of 0 counts as a word
/// the list lacks): the lists of languages that spell words as written merged into rows, one
/// value per language, by word; the others kept apart (see `Model`).
fn word_tables(
    lists: Vec<Table>,
    spellings: &[Option<Spelling>],
    unlisted: &[f64],
) -> (FxHashMap<&'static str, usize>, Vec<f64>, Vec<Table>) {
    let count = lists.len();
    let weighted = |frequency: f64, k: usize| {
        if frequency != 0.0 {
            WORD_WEIGHT * frequency.ln()
        } else {
            unlisted[k]
        }
    };
    let mut rows: FxHashMap<&'static str, usize> = FxHashMap::default();
    let mut values: Vec<f64> = Vec::new();
    let mut spelled = Vec::with_capacity(count);
    for (k, (list, spelling)) in lists.into_iter().zip(spellings).enumerate() {
        if spelling.is_some() {
            spelled.push(list.into_iter().map(|(w, f)| (w, weighted(f, k))).collect());
            continue;
        }
        spelled.push(Table::default());
        for (word, frequency) in list {
            let start = *rows.entry(word).or_insert_with(|| {
                values.extend_from_slice(unlisted);
                values.len() - count
            });
            values[start + k] = weighted(frequency, k);
        }
    }
    (rows, values, spelled)
}

/// The value in a pair's third place of its `gram_key`: no letter has it.
const NO_LETTER: u64 = 0x1f_ffff;

/// A pair of letters as one number, 21 bits a letter (its third place `NO_LETTER`).
fn pair_key(a: char, b: char) -> u64 {
    (a as u64) << 42 | (b as u64) << 21 | NO_LETTER
}

/// Three letters as one number, 21 bits a letter.
fn triple_key(a: char, b: char, c: char) -> u64 {
    (a as u64) << 42 | (b as u64) << 21 | c as u64
}

/// An n-gram of two or three letters as one number; None for other lengths, which are
/// never asked for.
fn gram_key(gram: &[char]) -> Option<u64> {
    match *gram {
        [a, b] => Some(pair_key(a, b)),
        [a, b, c] => Some(triple_key(a, b, c)),
        _ => None,
    }
}

/// `_gram_row` of every n-gram some profile has, computed once: each language's weighted
/// log-probability of the n-gram (its floor where its profile lacks it), rows laid end to
/// end.
fn gram_rows(profiles: &[Grams], floors: &[[f64; 3]]) -> (FxHashMap<u64, usize>, Vec<f64>) {
    let mut rows: FxHashMap<u64, usize> = FxHashMap::default();
    let mut values = Vec::new();
    for &key in profiles.iter().flat_map(|profile| profile.keys()) {
        if rows.contains_key(&key) {
            continue;
        }
        // a pair's weight and floor are the second of their lists, a triple's the third
        let size = if key & NO_LETTER == NO_LETTER { 1 } else { 2 };
        rows.insert(key, values.len());
        for (profile, floor) in profiles.iter().zip(floors) {
            let p = profile.get(&key).copied().unwrap_or(0.0);
            values.push(GRAM_WEIGHTS[size] * if p > 0.0 { p.ln() } else { floor[size] });
        }
    }
    (rows, values)
}

/// The model of a script, built once: an error for a script without candidates.
pub fn model(script: &str) -> Result<&'static Model> {
    type Slot = OnceLock<Result<Model>>;
    static MODELS: OnceLock<Vec<(String, Slot)>> = OnceLock::new();
    let models = MODELS.get_or_init(|| {
        scripts()
            .as_object()
            .map(|all| {
                all.keys()
                    .filter(|name| has_candidates(name))
                    .map(|name| (name.clone(), OnceLock::new()))
                    .collect()
            })
            .unwrap_or_default()
    });
    let (_, slot) = models
        .iter()
        .find(|(name, _)| name == script)
        .ok_or_else(|| format!("script {script:?} has no candidates"))?;
    slot.get_or_init(|| build_model(script))
        .as_ref()
        .map_err(Clone::clone)
}

impl Model {
    /// Adds `_word_scores` to the totals, one per language, from the scores kept when the
    /// word was met before.
    pub fn add_word_scores(&self, word: &str, totals: &mut [f64]) {
        let hash = Memo::hash(word);
        if self.scores.add_kept(hash, word, totals) {
            return;
        }
        let scores = self.word_scores(word);
        for (total, score) in totals.iter_mut().zip(&scores) {
            *total += score;
        }
        self.scores.keep(hash, word, scores.into_boxed_slice());
    }

    /// Log-evidence for each candidate language of the script from one word.
    pub fn word_scores(&self, word: &str) -> Vec<f64> {
        let head = match word.char_indices().nth(LONGEST_WORD) {
            Some((at, _)) => &word[..at],
            None => word,
        };
        let lower = chars::lower(head);
        let mut padded: Vec<char> = Vec::with_capacity(lower.len() + 2);
        padded.push(' ');
        padded.extend(lower.chars());
        padded.push(' ');
        let count = self.langs.len();
        let mut totals = vec![0.0; count];
        for size in [1, 2] {
            for window in padded.windows(size + 1) {
                let row = match gram_key(window).and_then(|key| self.rows.get(&key)) {
                    Some(&start) => &self.row_values[start..start + count],
                    None => &self.unseen[size][..],
                };
                for (total, value) in totals.iter_mut().zip(row) {
                    *total += value;
                }
            }
        }
        let within = |alphabet: &FxHashSet<char>| lower.chars().all(|c| alphabet.contains(&c));
        let native = within(&self.shared);
        let listed = self
            .word_rows
            .get(lower.as_str())
            .and_then(|&start| self.word_values.get(start..start + count));
        for (k, total) in totals.iter_mut().enumerate() {
            *total += match &self.spellings[k] {
                None => listed.map_or(self.unlisted[k], |row| row[k]),
                Some(spelling) => self.spelled_words[k]
                    .get(spelling.translate(&lower).as_str())
                    .copied()
                    .unwrap_or(self.unlisted[k]),
            };
            if !native && !within(&self.alphabets[k]) {
                *total += self.foreign;
            }
        }
        totals
    }
}

/// The index of the first largest value, as Python's `max` finds it.
fn first_max(indices: impl Iterator<Item = usize>, totals: &[f64]) -> Option<usize> {
    let mut best: Option<usize> = None;
    for k in indices {
        let larger = best.is_none_or(|b| totals[k] > totals[b]);
        if larger {
            best = Some(k);
        }
    }
    best
}

/// How far the largest total is ahead of the next largest; None for a single total (the
/// difference of the last two of the sorted totals).
fn lead(totals: impl Iterator<Item = f64>) -> Option<f64> {
    let (mut first, mut second) = (f64::NEG_INFINITY, f64::NEG_INFINITY);
    let mut count = 0;
    for total in totals {
        count += 1;
        if total > first {
            second = first;
            first = total;
        } else if total > second {
            second = total;
        }
    }
    (count > 1).then_some(first - second)
}

/// How many candidates a script has at most for their totals to be kept on the stack.
const FEW_CANDIDATES: usize = 8;

/// The most likely candidate language of the script for a run of words (see the Python).
pub fn ambiguous_language<S: AsRef<str>>(
    words: &[S],
    script: &str,
    languages: Option<&dyn Fn(&str) -> bool>,
    favoured: Option<&str>,
    weight: f64,
) -> Result<&'static str> {
    let model = model(script)?;
    Ok(scored_language(model, words, languages, favoured, weight))
}

/// `ambiguous_language` computed: words scored until one language leads far.
pub fn scored_language<'m, S: AsRef<str>>(
    model: &'m Model,
    words: &[S],
    languages: Option<&dyn Fn(&str) -> bool>,
    favoured: Option<&str>,
    weight: f64,
) -> &'m str {
    let candidates = &model.langs;
    let allowed: Option<Vec<usize>> = languages.map(|allows| {
        (0..candidates.len())
            .filter(|&k| allows(&candidates[k]))
            .collect()
    });
    if allowed.as_ref().is_some_and(Vec::is_empty) {
        return "und";
    }
    // the totals of a script's few candidates on the stack, not in a list made for each run
    let (mut few, mut many) = ([0.0; FEW_CANDIDATES], Vec::new());
    let totals: &mut [f64] = match few.get_mut(..model.margins.len()) {
        Some(totals) => {
            totals.copy_from_slice(&model.margins);
            totals
        }
        None => {
            many.extend_from_slice(&model.margins);
            &mut many
        }
    };
    let prior = if weight != 0.0 {
        favoured.and_then(|f| candidates.iter().position(|lang| lang == f))
    } else {
        None
    };
    let spread = (0..3).flat_map(|offset| words.iter().skip(offset).step_by(3));
    for (heard, word) in spread.enumerate() {
        if heard >= SETTLED_WORDS {
            let ahead = match &allowed {
                None => lead(totals.iter().copied()),
                Some(allowed) => lead(allowed.iter().map(|&k| totals[k])),
            };
            if ahead.is_none_or(|ahead| ahead > SETTLED_MARGIN) {
                break;
            }
        }
        model.add_word_scores(word.as_ref(), totals);
        if let Some(prior) = prior {
            totals[prior] += weight;
        }
    }
    let best = match &allowed {
        None => first_max(0..totals.len(), totals),
        Some(allowed) => first_max(allowed.iter().copied(), totals),
    };
    best.map_or("und", |k| candidates[k].as_str())
}

// The twins of the differential test.

/// The languages a caller allows, as a list, tuple, set or frozenset of codes.
fn allowed_codes(languages: &Bound<'_, PyAny>) -> PyResult<FxHashSet<String>> {
    if let Ok(codes) = languages.extract::<Vec<String>>() {
        return Ok(codes.into_iter().collect());
    }
    languages.extract::<FxHashSet<String>>()
}

fn model_or_key_error(script: &str) -> PyResult<&'static Model> {
    if !has_candidates(script) {
        return Err(PyKeyError::new_err("candidates"));
    }
    model(script).map_err(PyValueError::new_err)
}

#[pyfunction]
#[pyo3(
    name = "languages__ambiguous_language",
    signature = (words, script, languages, favoured=None, weight=0.0)
)]
fn twin_ambiguous_language(
    words: Vec<String>,
    script: &str,
    languages: Option<Bound<'_, PyAny>>,
    favoured: Option<&str>,
    weight: f64,
) -> PyResult<String> {
    let model = model_or_key_error(script)?;
    let allowed = languages.as_ref().map(allowed_codes).transpose()?;
    let allows = allowed
        .as_ref()
        .map(|codes| move |lang: &str| codes.contains(lang));
    let allows_ref = allows.as_ref().map(|f| f as &dyn Fn(&str) -> bool);
    Ok(scored_language(model, &words, allows_ref, favoured, weight).to_string())
}

#[pyfunction]
#[pyo3(name = "languages__has_candidates")]
fn twin_has_candidates(script: &str) -> bool {
    has_candidates(script)
}

/// `_word_scores(_model(script), word)`.
#[pyfunction]
#[pyo3(name = "languages__word_scores")]
fn twin_word_scores(word: &str, script: &str) -> PyResult<Vec<f64>> {
    Ok(model_or_key_error(script)?.word_scores(word))
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(twin_ambiguous_language, m)?)?;
    m.add_function(wrap_pyfunction!(twin_has_candidates, m)?)?;
    m.add_function(wrap_pyfunction!(twin_word_scores, m)?)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `_count_grams` as Python writes it: n-grams of the joined text, in tables by n-gram.
    fn reference(words: &[String]) -> Grams {
        let text: Vec<char> = format!(" {} ", words.join("  ")).chars().collect();
        let mut pairs: FxHashMap<u64, u64> = FxHashMap::default();
        for w in text.windows(2).filter(|w| *w != [' ', ' ']) {
            *pairs.entry(pair_key(w[0], w[1])).or_insert(0) += 1;
        }
        let mut triples: FxHashMap<u64, u64> = FxHashMap::default();
        for w in text.windows(3).filter(|w| w[1] != ' ') {
            *triples.entry(triple_key(w[0], w[1], w[2])).or_insert(0) += 1;
        }
        let pair_total = pairs.values().sum::<u64>() as f64;
        let triple_total = text.len().saturating_sub(2) as f64;
        let mut out: Grams = pairs
            .into_iter()
            .map(|(key, count)| (key, count as f64 / pair_total))
            .collect();
        out.extend(
            triples
                .into_iter()
                .map(|(key, count)| (key, count as f64 / triple_total)),
        );
        out
    }

    #[test]
    fn counts_the_grams_of_a_small_and_of_a_large_alphabet() {
        let small: Vec<String> = ["мама", "мыла", "раму", "a"].map(String::from).to_vec();
        // 240 letters: the triples are too many places for an array
        let large: Vec<String> = (0..40u32)
            .map(|i| {
                (0..6u32)
                    .filter_map(|j| char::from_u32(0x4e00 + i * 6 + j))
                    .collect()
            })
            .collect();
        for words in [small, large] {
            assert_eq!(count_grams(&words), reference(&words));
        }
    }
}
