//! Word segmentation of letter runs that carry no boundaries of their own (mirrors
//! `normalize/segment.py`).
//!
//! The best split of a run is the one whose words are most probable under a unigram model of
//! the run's language (Viterbi over word costs). Costs come from wordfreq's "best" list of the
//! language, the package's own word lists and, for Korean, the lists derived from
//! mecab-ko-dic; per-language facts (`segmentation` in `data/languages/<code>.json`) set the
//! prices and regroup pieces into words.

pub mod agencies;
pub mod chars;
pub mod names;
pub mod nouns;
pub mod places;
pub mod verbs;

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::{OnceLock, RwLock};

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyDict;
use rustc_hash::{FxHashMap, FxHashSet};
use serde_json::Value;

use crate::data::{data_text, paths};
use crate::facts::{language_codes, language_info};
use crate::wordfreq::CbPack;

/// What goes wrong is a data file that cannot be read: said in a sentence.
pub type Result<T> = std::result::Result<T, String>;

/// Prices, in nats, that shape a split beyond the word frequencies themselves (the fields of
/// Python's `Settings`, with the same defaults).
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    pub max_word: usize,
    pub word: f64,
    pub short: Vec<f64>,
    pub unknown_base: f64,
    pub unknown_per_char: f64,
    pub lexicon: f64,
    pub dictionary: f64,
    /// Price of a term only the list of encyclopedia terms holds: about that of two common
    /// words, so that a term made of two of them (우리 + 동네) stays a phrase.
    pub term: f64,
    /// Added to a one-syllable word of a list cut into morphemes (Korean) that reads no Chinese
    /// character and that no rule joins to a word: a verb's stem or an ending, seldom a word.
    pub lone_syllable: f64,
    /// Price of three syllables that close with the noun of a town, district or stream
    /// (`town_nouns`: 동, 구, 천) and that no list holds whole: the place's name (솔뫼 + 동,
    /// 한빛 + 구), about that of two common words, so that a known word of three syllables
    /// (군국화 is no 은하 + 군) or two known words (시 + 의회) keep their price below it.
    pub town: f64,
    pub compound_margin: f64,
    pub compound_part: usize,
    pub compound_rarer_than: f64,
    /// Per piece length: the price added to a known word ...
    known_prices: Vec<f64>,
    /// ... and the price of an unknown one.
    unknown_prices: Vec<f64>,
}

/// One price as the facts or a caller give it.
#[derive(Debug, Clone, PartialEq)]
pub enum Price {
    Number(f64),
    Numbers(Vec<f64>),
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            max_word: 24,
            word: 0.0,
            short: vec![3.0, 2.0],
            unknown_base: 7.0,
            unknown_per_char: 2.5,
            lexicon: 9.0,
            dictionary: 11.0,
            term: 21.0,
            lone_syllable: 0.0,
            town: f64::INFINITY,
            compound_margin: 0.0,
            compound_part: 3,
            compound_rarer_than: 12.0,
            known_prices: Vec::new(),
            unknown_prices: Vec::new(),
        }
        .priced()
    }
}

impl Settings {
    /// The defaults but for the given prices.
    pub fn with<'a>(prices: impl IntoIterator<Item = (&'a str, Price)>) -> Result<Settings> {
        let mut settings = Settings::default();
        for (name, price) in prices {
            settings.set(name, price)?;
        }
        if settings.short.len() > settings.max_word {
            return Err("a short word's price is given for a length over max_word.".into());
        }
        Ok(settings.priced())
    }

    /// The same settings with `extra` added to the price of every word.
    pub fn with_word_price(&self, extra: f64) -> Settings {
        Settings {
            word: self.word + extra,
            ..self.clone()
        }
        .priced()
    }

    fn set(&mut self, name: &str, price: Price) -> Result<()> {
        let number = |price: &Price| match price {
            Price::Number(value) => Ok(*value),
            Price::Numbers(_) => Err(format!("the segmentation price {name} is one number.")),
        };
        let count = |price: &Price| match price {
            Price::Number(value) if value.fract() == 0.0 && *value >= 0.0 => Ok(*value as usize),
            _ => Err(format!(
                "the segmentation setting {name} is a whole number."
            )),
        };
        match name {
            "max_word" => self.max_word = count(&price)?,
            "compound_part" => self.compound_part = count(&price)?,
            "word" => self.word = number(&price)?,
            "unknown_base" => self.unknown_base = number(&price)?,
            "unknown_per_char" => self.unknown_per_char = number(&price)?,
            "lexicon" => self.lexicon = number(&price)?,
            "dictionary" => self.dictionary = number(&price)?,
            "term" => self.term = number(&price)?,
            "lone_syllable" => self.lone_syllable = number(&price)?,
            "town" => self.town = number(&price)?,
            "compound_margin" => self.compound_margin = number(&price)?,
            "compound_rarer_than" => self.compound_rarer_than = number(&price)?,
            "short" => match price {
                Price::Numbers(values) => self.short = values,
                Price::Number(_) => return Err("the price short is a list of numbers.".into()),
            },
            _ => return Err(format!("{name} is not a segmentation price.")),
        }
        Ok(())
    }

    /// Work out the per-length prices, as `Settings.__post_init__` does.
    fn priced(mut self) -> Settings {
        let mut known = vec![self.word; self.max_word + 1];
        for (length, price) in self.short.iter().enumerate() {
            if let Some(slot) = known.get_mut(length + 1) {
                *slot += price;
            }
        }
        self.unknown_prices = (0..=self.max_word)
            .map(|length| self.word + self.unknown_base + self.unknown_per_char * length as f64)
            .collect();
        self.known_prices = known;
        self
    }
}

/// One value per language, built on first use and shared by every thread; a code that is no
/// language (no facts, no word list) shares the empty language's value.
pub(crate) struct PerLanguage<T: 'static> {
    built: RwLock<BTreeMap<&'static str, &'static OnceLock<T>>>,
}

impl<T: Send + Sync> PerLanguage<T> {
    pub(crate) const fn new() -> Self {
        PerLanguage {
            built: RwLock::new(BTreeMap::new()),
        }
    }

    pub(crate) fn get(&'static self, lang: &str, build: impl FnOnce(&str) -> T) -> &'static T {
        // A language's value is found by the code it was built for: `known_language` gives
        // each such code back unchanged, so it is asked only for a code not built yet.
        let built = |lang: &str| {
            self.built
                .read()
                .ok()
                .and_then(|built| built.get(lang).copied())
        };
        if let Some(cell) = built(lang) {
            return cell.get_or_init(|| build(lang));
        }
        let lang = known_language(lang);
        let found = built(lang);
        let cell = match found {
            Some(cell) => cell,
            None => match self.built.write() {
                Ok(mut built) => *built
                    .entry(lang)
                    .or_insert_with(|| Box::leak(Box::new(OnceLock::new()))),
                Err(poisoned) => *poisoned
                    .into_inner()
                    .entry(lang)
                    .or_insert_with(|| Box::leak(Box::new(OnceLock::new()))),
            },
        };
        cell.get_or_init(|| build(lang))
    }
}

/// The language's own code if it has facts or a word list, else "" (a language of nothing).
fn known_language(lang: &str) -> &'static str {
    if let Some(code) = language_codes().iter().find(|code| code.as_str() == lang) {
        return code;
    }
    match best_lists() {
        Ok(lists) => lists
            .get_key_value(lang)
            .map(|(code, _)| code.as_str())
            .unwrap_or(""),
        Err(_) => "",
    }
}

/// wordfreq's "best" list of each language (`available_languages(wordlist="best")`): the
/// large list where there is one, else the small one.
fn best_lists() -> Result<&'static BTreeMap<String, PathBuf>> {
    static LISTS: OnceLock<Result<BTreeMap<String, PathBuf>>> = OnceLock::new();
    LISTS
        .get_or_init(|| {
            let folder = &paths()?.wordfreq;
            let entries =
                std::fs::read_dir(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
            let mut small = BTreeMap::new();
            let mut large = BTreeMap::new();
            for entry in entries.filter_map(|entry| entry.ok()) {
                let name = entry.file_name().to_string_lossy().into_owned();
                if !name.ends_with(".msgpack.gz") || name.starts_with('_') {
                    continue;
                }
                let list_name = name.split('.').next().unwrap_or_default();
                let parts: Vec<&str> = list_name.split('_').collect();
                match parts[..] {
                    ["small", lang] => small.insert(lang.to_string(), entry.path()),
                    ["large", lang] => large.insert(lang.to_string(), entry.path()),
                    _ => None,
                };
            }
            small.extend(large);
            Ok(small)
        })
        .as_ref()
        .map_err(Clone::clone)
}

/// The `segmentation` facts of a language (`Null` where it has none).
fn facts(lang: &str) -> &'static Value {
    static NULL: Value = Value::Null;
    language_info(lang).get("segmentation").unwrap_or(&NULL)
}

/// The segmentation prices of a language: the defaults, but for the ones its facts set.
pub fn settings_for(lang: &str) -> Result<&'static Settings> {
    static SETTINGS: PerLanguage<Result<Settings>> = PerLanguage::new();
    SETTINGS
        .get(lang, |lang| {
            let prices = facts(lang).get("prices").and_then(Value::as_object);
            let prices = prices.into_iter().flatten().map(|(name, value)| {
                let price = match value {
                    Value::Array(items) => {
                        Price::Numbers(items.iter().filter_map(Value::as_f64).collect())
                    }
                    other => Price::Number(other.as_f64().unwrap_or(f64::NAN)),
                };
                (name.as_str(), price)
            });
            Settings::with(prices).map_err(|e| format!("data/languages/{lang}.json: {e}"))
        })
        .as_ref()
        .map_err(Clone::clone)
}

// Python holds these facts in normalize/segment_rules.py.

/// Per-language facts that regroup segmented pieces into words, lower case.
#[derive(Debug, Default)]
pub struct Rules {
    pub suffixes: FxHashSet<String>,
    pub abbreviations: FxHashSet<String>,
    pub counters: FxHashSet<String>,
    /// Counters of years, which count after a year only.
    pub year_counters: FxHashSet<String>,
    /// Counters of age, which count after an age only, three digits at most.
    pub age_counters: FxHashSet<String>,
    /// Counters of decades, which count after a tens only (1990 + 년대).
    pub decade_counters: FxHashSet<String>,
    /// Modifier forms of 하다 and 되다, kept by their noun (특별 + 한).
    pub modifier_forms: FxHashSet<String>,
    pub numerals: FxHashSet<String>,
    pub number_prefixes: FxHashSet<String>,
    pub names: FxHashSet<String>,
    pub one_letter_words: FxHashSet<String>,
    pub place_nouns: FxHashSet<String>,
    /// Close the name of a town, a district or a stream that no list knows (솔뫼 + 동).
    pub town_nouns: FxHashSet<String>,
    pub facility_nouns: FxHashSet<String>,
    pub event_nouns: FxHashSet<String>,
    pub surnames: FxHashSet<String>,
    /// Less common surnames, which open a name glued to its particle only (변정 + 수가).
    pub other_surnames: FxHashSet<String>,
    pub compound_surnames: FxHashSet<String>,
    pub titles: FxHashSet<String>,
    pub name_heads: FxHashSet<String>,
    pub combining_forms: FxHashSet<String>,
    pub agency_suffixes: FxHashSet<String>,
    pub local_offices: FxHashSet<String>,
    pub court_offices: FxHashSet<String>,
    pub party_suffixes: FxHashSet<String>,
    pub outlet_heads: FxHashSet<String>,
    pub businesses: FxHashSet<String>,
    pub founding_prefixes: FxHashSet<String>,
    pub noun_prefixes: FxHashSet<String>,
    /// Kept by a word of Latin letters before them (KBS + 에서).
    pub particles: FxHashSet<String>,
    /// Make a noun of a noun (상승 + 률, 난방 + 비).
    pub noun_suffixes: FxHashSet<String>,
    pub institutions: FxHashSet<String>,
    /// Open a public body's name (한국).
    pub national_prefixes: FxHashSet<String>,
    /// The kind of body that closes a public body's name (공사, 원).
    pub public_bodies: FxHashSet<String>,
    /// The kind of body that closes a place's own body's name (재단: 경기 + 문화 + 재단).
    pub place_bodies: FxHashSet<String>,
    /// Nouns that name a body after the nouns before them (위원회: 징계 + 위원회).
    pub committees: FxHashSet<String>,
}

/// The regrouping facts of a language; empty for a language without any.
pub fn rules(lang: &str) -> &'static Rules {
    static RULES: PerLanguage<Rules> = PerLanguage::new();
    RULES.get(lang, |lang| {
        let facts = facts(lang);
        let field = |name: &str| -> FxHashSet<String> {
            facts
                .get(name)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .map(chars::lower)
                .collect()
        };
        Rules {
            suffixes: field("suffixes"),
            abbreviations: field("abbreviations"),
            counters: field("counters"),
            year_counters: field("year_counters"),
            age_counters: field("age_counters"),
            decade_counters: field("decade_counters"),
            modifier_forms: field("modifier_forms"),
            numerals: field("numerals"),
            number_prefixes: field("number_prefixes"),
            names: field("names"),
            one_letter_words: field("one_letter_words"),
            place_nouns: field("place_nouns"),
            town_nouns: field("town_nouns"),
            facility_nouns: field("facility_nouns"),
            event_nouns: field("event_nouns"),
            surnames: field("surnames"),
            other_surnames: field("other_surnames"),
            compound_surnames: field("compound_surnames"),
            titles: field("titles"),
            name_heads: field("name_heads"),
            combining_forms: field("combining_forms"),
            agency_suffixes: field("agency_suffixes"),
            local_offices: field("local_offices"),
            court_offices: field("court_offices"),
            party_suffixes: field("party_suffixes"),
            outlet_heads: field("outlet_heads"),
            businesses: field("businesses"),
            founding_prefixes: field("founding_prefixes"),
            noun_prefixes: field("noun_prefixes"),
            particles: field("particles"),
            noun_suffixes: field("noun_suffixes"),
            institutions: field("institutions"),
            national_prefixes: field("national_prefixes"),
            public_bodies: field("public_bodies"),
            place_bodies: field("place_bodies"),
            committees: field("committees"),
        }
    })
}

/// The words of a list in `data/`: one a line, lower case; "#" starts a comment line.
fn word_list(name: &str) -> Result<Vec<String>> {
    let text = data_text(name)?;
    Ok(words_of(&text).into_iter().map(Cow::into_owned).collect())
}

/// `word_list`, the words kept for the rest of the process (a large list is borrowed from
/// its text rather than copied a word at a time).
fn kept_word_list(name: &str) -> Result<Vec<&'static str>> {
    let text: &'static str = Box::leak(data_text(name)?.into_boxed_str());
    Ok(words_of(text)
        .into_iter()
        .map(|word| match word {
            Cow::Borrowed(word) => word,
            Cow::Owned(word) => Box::leak(word.into_boxed_str()),
        })
        .collect())
}

/// The words of a list's text, borrowed from it where lower case changes nothing.
fn words_of(text: &str) -> Vec<Cow<'_, str>> {
    // A text with no line boundary but "\n" is cut at "\n" (an empty last piece is no word).
    let other_ends = |b: &u8| matches!(b, b'\r' | 0x0b | 0x0c | 0x1c..=0x1e | 0xc2 | 0xe2);
    let lines = if text.as_bytes().iter().any(other_ends) {
        chars::splitlines(text)
    } else {
        let mut lines = Vec::new();
        let mut start = 0;
        for end in memchr::memchr_iter(b'\n', text.as_bytes()) {
            lines.extend(text.get(start..end));
            start = end + 1;
        }
        lines.extend(text.get(start..));
        lines
    };
    lines
        .into_iter()
        .filter(|line| !line.starts_with('#'))
        .map(stripped)
        .filter(|line| !line.is_empty())
        .map(lowered)
        .collect()
}

/// `chars::strip`, the line given back as it is when it neither starts nor ends with space.
fn stripped(line: &str) -> &str {
    // No white space comes after U+3000: Hangul and most letters are no space at a glance.
    let space = |c: char| c <= '\u{3000}' && chars::is_space(c);
    let mut ends = line.chars();
    if ends.next().is_some_and(space) || ends.next_back().is_some_and(space) {
        chars::strip(line)
    } else {
        line
    }
}

/// `chars::lower`, a word of Hangul syllables and lower-case ASCII given back as it is.
fn lowered(word: &str) -> Cow<'_, str> {
    let bytes = word.as_bytes();
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        if byte < 0x80 && !byte.is_ascii_uppercase() {
            at += 1;
        } else if chars::hangul_syllable(bytes, at) {
            at += 3;
        } else {
            return Cow::Owned(chars::lower(word));
        }
    }
    Cow::Borrowed(word)
}

/// The package's own word list of a language (named in its facts), if any.
fn lexicon(lang: &str) -> Result<Vec<String>> {
    match facts(lang).get("lexicon").and_then(Value::as_str) {
        Some(name) => word_list(name),
        None => Ok(Vec::new()),
    }
}

/// The words of the package's own list, phrases run together: each a whole word or name.
fn lexicon_words(lang: &str) -> Result<&'static FxHashSet<String>> {
    static WORDS: PerLanguage<Result<FxHashSet<String>>> = PerLanguage::new();
    WORDS
        .get(lang, |lang| {
            Ok(lexicon(lang)?
                .iter()
                .map(|entry| entry.chars().filter(|&c| c != ' ').collect())
                .collect())
        })
        .as_ref()
        .map_err(Clone::clone)
}

/// The words of a language's dictionary lists (`dictionary` in its facts), if any, kept for
/// the rest of the process.
fn dictionary(lang: &str) -> Result<Vec<&'static str>> {
    let names = facts(lang).get("dictionary").and_then(Value::as_array);
    let mut words = Vec::new();
    for name in names.into_iter().flatten().filter_map(Value::as_str) {
        words.extend(kept_word_list(name)?);
    }
    Ok(words)
}

/// The terms of a language's list of encyclopedia terms (`terms` in its facts), if any, kept
/// for the rest of the process: words written as one (육아휴직).
fn terms(lang: &str) -> Result<Vec<&'static str>> {
    match facts(lang).get("terms").and_then(Value::as_str) {
        Some(name) => kept_word_list(name),
        None => Ok(Vec::new()),
    }
}

/// Place names of a language (`places` in its facts): a place noun after one of them belongs
/// to the name (서울 + 역 is 서울역).
pub fn places(lang: &str) -> Result<&'static FxHashSet<String>> {
    static PLACES: PerLanguage<Result<FxHashSet<String>>> = PerLanguage::new();
    PLACES
        .get(lang, |lang| {
            match facts(lang).get("places").and_then(Value::as_str) {
                Some(name) => Ok(word_list(name)?.into_iter().collect()),
                None => Ok(FxHashSet::default()),
            }
        })
        .as_ref()
        .map_err(Clone::clone)
}

/// Syllables that read a Chinese character (`sino_syllables` in the facts): 정, not 스.
pub fn sino_syllables(lang: &str) -> Result<&'static FxHashSet<String>> {
    static SINO: PerLanguage<Result<FxHashSet<String>>> = PerLanguage::new();
    SINO.get(lang, |lang| {
        match facts(lang).get("sino_syllables").and_then(Value::as_str) {
            Some(name) => Ok(word_list(name)?.into_iter().collect()),
            None => Ok(FxHashSet::default()),
        }
    })
    .as_ref()
    .map_err(Clone::clone)
}

/// Negative log probability of each word of a language, lowercase keys (kept, like the table,
/// for the rest of the process).
pub type Costs = FxHashMap<&'static str, f64>;

/// The word costs of a language, read as `_costs` reads them: wordfreq's best list bucket by
/// bucket (the first bucket a word is in wins; only words of letters and digits), then the
/// dictionary lists, the list of terms, the package's own list, and the refunds of true one-letter words.
pub fn costs(lang: &str) -> Result<&'static Costs> {
    static COSTS: PerLanguage<Result<Costs>> = PerLanguage::new();
    COSTS.get(lang, read_costs).as_ref().map_err(Clone::clone)
}

fn read_costs(lang: &str) -> Result<Costs> {
    let mut costs = Costs::default();
    if let Some(path) = best_lists()?.get(lang) {
        let buckets = CbPack::read(path)?.kept().buckets()?;
        costs.reserve(buckets.iter().map(Vec::len).sum());
        for (index, bucket) in buckets.into_iter().enumerate() {
            // A bucket is a centibel of frequency.
            let price = index as f64 * std::f64::consts::LN_10 / 100.0;
            for word in bucket {
                if is_alnum(word) {
                    costs.entry(word).or_insert(price);
                }
            }
        }
    }
    let settings = settings_for(lang)?;
    // the short names of one letter (a longer one is never a word's letter)
    let short_names: Vec<char> = rules(lang)
        .abbreviations
        .iter()
        .filter_map(|name| {
            let mut letters = name.chars();
            letters.next().filter(|_| letters.next().is_none())
        })
        .collect();
    let is_short_name = |c: Option<char>| c.is_some_and(|c| short_names.contains(&c));
    let listed = dictionary(lang)?
        .into_iter()
        .map(|word| (word, settings.dictionary));
    let termed = terms(lang)?.into_iter().map(|word| (word, settings.term));
    for (word, price) in listed.chain(termed) {
        // 한미정상회담 is two words, 한미 + 정상회담: short names lead a compound, not in it.
        let mut letters = word.chars();
        if word.chars().count() > 3
            && is_short_name(letters.next())
            && is_short_name(letters.next())
        {
            continue;
        }
        lower_to(&mut costs, Cow::Borrowed(word), price);
    }
    for entry in lexicon(lang)? {
        lower_to(
            &mut costs,
            Cow::Owned(entry.replace(' ', "")),
            settings.lexicon,
        );
    }
    // True one-letter words (a, I; в, и, с) are refunded the price of being short.
    if let Some(&refund) = settings.short.first() {
        for word in &rules(lang).one_letter_words {
            if let Some(cost) = costs.get_mut(word.as_str()) {
                *cost -= refund;
            }
        }
    }
    let sino = sino_syllables(lang)?;
    let joined = joined_syllables(rules(lang));
    for word in nouns::lone_syllables(costs.keys().copied(), sino, &joined) {
        if let Some(cost) = costs.get_mut(word) {
            *cost += settings.lone_syllable;
        }
    }
    Ok(costs)
}

/// Pieces a rule joins to a word: suffixes, counters, short names, surnames, agency suffixes,
/// place nouns (`_joined_syllables`).
fn joined_syllables(facts: &Rules) -> FxHashSet<&str> {
    [
        &facts.suffixes,
        &facts.counters,
        &facts.abbreviations,
        &facts.surnames,
        &facts.agency_suffixes,
        &facts.place_nouns,
    ]
    .into_iter()
    .flatten()
    .map(String::as_str)
    .collect()
}

/// `costs[word] = min(costs.get(word, price), price)`.
fn lower_to(costs: &mut Costs, word: Cow<'static, str>, price: f64) {
    match costs.get_mut(&*word) {
        Some(cost) if price < *cost => *cost = price,
        Some(_) => {}
        None => {
            let word = match word {
                Cow::Borrowed(word) => word,
                Cow::Owned(word) => Box::leak(word.into_boxed_str()),
            };
            costs.insert(word, price);
        }
    }
}

/// Python's `str.isalnum()`: letters and numbers only, one at least.
fn is_alnum(word: &str) -> bool {
    !word.is_empty() && word.chars().all(|c| chars::is(c, chars::L | chars::N))
}

/// Whether a set of strings holds this one character.
pub(crate) fn contains_char(set: &FxHashSet<String>, c: char) -> bool {
    let mut buffer = [0u8; 4];
    set.contains(&*c.encode_utf8(&mut buffer))
}

/// Phrases of the package's word list, run together, with the offsets of their spaces.
fn phrases(lang: &str) -> Result<&'static FxHashMap<Box<str>, Vec<usize>>> {
    static PHRASES: PerLanguage<Result<FxHashMap<Box<str>, Vec<usize>>>> = PerLanguage::new();
    PHRASES
        .get(lang, |lang| {
            let mut phrases = FxHashMap::default();
            for entry in lexicon(lang)? {
                let words: Vec<&str> = entry
                    .split(chars::is_space)
                    .filter(|w| !w.is_empty())
                    .collect();
                if words.len() > 1 {
                    let mut cuts = Vec::with_capacity(words.len() - 1);
                    let mut length = 0;
                    for word in &words[..words.len() - 1] {
                        length += word.chars().count();
                        cuts.push(length);
                    }
                    phrases.insert(words.concat().into_boxed_str(), cuts);
                }
            }
            Ok(phrases)
        })
        .as_ref()
        .map_err(Clone::clone)
}

/// The word lists of the cased scripts' words (the Russian list holds the English words too)
/// (Python's `segment.CASED_WORD_LISTS`).
pub const CASED_WORD_LISTS: [&str; 2] = ["en", "ru"];

/// Whether the language's word list knows this word (lowercase).
pub fn is_word(word: &str, lang: &str) -> Result<bool> {
    Ok(costs(lang)?.contains_key(word))
}

/// The best price of each prefix of a key, where its last word starts, whether it is known.
struct Lattice {
    best: Vec<f64>,
    back: Vec<usize>,
    known: Vec<bool>,
}

/// The byte offset of every character boundary of a text (its length last).
fn boundaries(text: &str) -> Vec<usize> {
    text.char_indices()
        .map(|(index, _)| index)
        .chain([text.len()])
        .collect()
}

/// Syllables of a word that a noun suffix makes of a two-syllable noun (상승 + 률).
const DERIVED: usize = 3;
/// Syllables of a town's, district's or stream's name with its noun (솔뫼 + 동).
const TOWN: usize = 3;

/// Best price of each prefix of `key`, where its last word starts, whether it is known. A
/// word the lists lack that is a known word of two syllables and a known noun suffix
/// (`noun_suffixes`: 상승 + 률) is known, one word at the price of its two parts; so are two
/// syllables and the noun of a town, district or stream (`town_nouns`: 솔뫼 + 동), at the
/// price of a town.
fn viterbi(key: &str, costs: &Costs, settings: &Settings, facts: &Rules) -> Lattice {
    let (derived, towns) = (&facts.noun_suffixes, &facts.town_nouns);
    let bounds = boundaries(key);
    let n = bounds.len() - 1;
    let longest = settings.max_word;
    let (known_extra, unknown_cost) = (&settings.known_prices, &settings.unknown_prices);
    let mut lattice = Lattice {
        best: vec![0.0; n + 1],
        back: vec![0; n + 1],
        known: vec![false; n + 1],
    };
    for end in 1..=n {
        let (mut best_total, mut best_start, mut best_known) = (f64::INFINITY, 0, false);
        let first = end.saturating_sub(longest);
        for start in first..end {
            let length = end - start;
            let mut cost = costs.get(&key[bounds[start]..bounds[end]]).copied();
            let suffix = &key[bounds[end - 1]..bounds[end]];
            if cost.is_none() && length == DERIVED && derived.contains(suffix) {
                // a noun the lists lack (상승 + 률): its two parts' price, as one word, unless
                // its last two syllables are a common word (충남 + 도 + 축제, not 도축 + 제)
                let tail = costs.get(&key[bounds[end - 2]..bounds[end]]);
                let common_tail = tail.is_some_and(|&tail| tail < settings.dictionary);
                let stem = costs.get(&key[bounds[start]..bounds[end - 1]]);
                cost = stem
                    .zip(costs.get(suffix))
                    .map(|(stem, suffix)| stem + suffix)
                    .filter(|_| !common_tail);
            }
            if cost.is_none() && length == TOWN && towns.contains(suffix) {
                // a town, district or stream no list knows, of two syllables and its noun
                cost = Some(settings.town);
            }
            match cost {
                None => {
                    let total = lattice.best[start] + unknown_cost[length];
                    if total < best_total {
                        (best_total, best_start, best_known) = (total, start, false);
                    }
                }
                Some(cost) => {
                    let total = lattice.best[start] + cost + known_extra[length];
                    if total < best_total {
                        (best_total, best_start, best_known) = (total, start, true);
                    }
                }
            }
        }
        lattice.best[end] = best_total;
        lattice.back[end] = best_start;
        lattice.known[end] = best_known;
    }
    lattice
}

/// The price, in nats, of the best split of a run: lower is a likelier run of words.
pub fn price(run: &str, lang: &str) -> Result<f64> {
    if run.is_empty() {
        return Ok(0.0);
    }
    let lattice = viterbi(
        &chars::lower(run),
        costs(lang)?,
        settings_for(lang)?,
        rules(lang),
    );
    Ok(lattice.best.last().copied().unwrap_or(0.0))
}

/// Split a run of letters into its most probable words, keeping the run's own letters: the
/// pieces are slices of `run`, looked up lowercase. `settings` are the language's own when
/// none are given.
pub fn segment(run: &str, lang: &str, settings: Option<&Settings>) -> Result<Vec<String>> {
    if run.is_empty() {
        return Ok(Vec::new());
    }
    let costs = costs(lang)?;
    if costs.is_empty() {
        return Ok(vec![run.to_string()]);
    }
    let settings = match settings {
        Some(settings) => settings,
        None => settings_for(lang)?,
    };
    let letters: Vec<char> = run.chars().collect();
    let n = letters.len();
    let mut key = chars::lower(run);
    if key.chars().count() != n {
        // Lowercasing changed the length: slices would not line up.
        key = run.to_string();
    }
    let lattice = viterbi(&key, costs, settings, rules(lang));
    let mut pieces = Vec::new();
    let mut end = n;
    while end > 0 {
        let start = lattice.back[end];
        pieces.push((start, end, lattice.known[end]));
        end = start;
    }
    pieces.reverse();
    // Neighbouring unknown pieces are one unknown word, cut only by the length limit; a
    // phrase of the word list is cut where its spaces were; a known word that is two common
    // words run together is cut between them.
    let phrases = phrases(lang)?;
    let bounds = boundaries(&key);
    let slice = |a: usize, b: usize| -> String { letters[a..b].iter().collect() };
    let mut words: Vec<String> = Vec::new();
    // Where the unknown runs are among the words.
    let mut unknown: Vec<usize> = Vec::new();
    let mut previous_known = true;
    for (start, end, is_known) in pieces {
        let piece = &key[bounds[start]..bounds[end]];
        if !is_known && !previous_known {
            if let Some(last) = words.last_mut() {
                last.push_str(&slice(start, end));
            }
        } else if let Some(cuts) = phrases.get(piece).filter(|_| is_known) {
            let mut from = start;
            for cut in cuts {
                words.push(slice(from, start + cut));
                from = start + cut;
            }
            words.push(slice(from, end));
        } else if let Some(cut) = (is_known && settings.compound_margin > 0.0)
            .then(|| compound_cut(piece, costs, settings))
            .filter(|&cut| cut > 0)
        {
            words.push(slice(start, start + cut));
            words.push(slice(start + cut, end));
        } else {
            if !is_known {
                unknown.push(words.len());
            }
            words.push(slice(start, end));
        }
        previous_known = is_known;
    }
    let price = |word: &str| costs.get(word).copied();
    words = nouns::split_common_ends(words, &unknown, &price, settings.dictionary);
    let facts = rules(lang);
    let empty = FxHashSet::default();
    let named = if facts.place_nouns.is_empty() {
        &empty
    } else {
        places(lang)?
    };
    let known = |word: &str| costs.contains_key(word);
    let common = |word: &str| price(word).is_some_and(|cost| cost < settings.dictionary);
    let sino = sino_syllables(lang)?;
    words = nouns::recut_lone_syllables(
        words,
        &known,
        &common,
        &[&facts.suffixes],
        &[&facts.abbreviations, &facts.surnames],
        (named, &facts.place_nouns),
        &|syllable| contains_char(sino, syllable),
    );
    regroup(words, lang)
}

/// Where a known word is two common words run together ("breakingnews"), else 0.
fn compound_cut(word: &str, costs: &Costs, settings: &Settings) -> usize {
    let part = settings.compound_part;
    let Some(&whole) = costs.get(word) else {
        return 0;
    };
    let bounds = boundaries(word);
    let length = bounds.len() - 1;
    if length < 2 * part || whole < settings.compound_rarer_than {
        return 0; // a common word is a word
    }
    let (mut best, mut best_cut) = (whole + settings.compound_margin, 0);
    for cut in part..=(length - part) {
        let left = costs.get(&word[..bounds[cut]]);
        let right = costs.get(&word[bounds[cut]..]);
        if let (Some(left), Some(right)) = (left, right) {
            let total = left + right + settings.word;
            if total < best {
                (best, best_cut) = (total, cut);
            }
        }
    }
    best_cut
}

/// Join pieces that a language writes as one word: a suffix or particle to the word before
/// it, a person's name (최 + 유리 -> 최유리), two names run together cut apart (오하준강서진 ->
/// 오하준 + 강서진), a short coined word (불 + 멍), a loanword cut apart (팬 + 미팅), a
/// Sino-Korean noun's last syllable (주차 + 난 -> 주차난), a name after the noun it follows
/// (태풍 + 마 + 이삭 -> 태풍 + 마이삭), a prefix to its noun (재 + 확산 -> 재확산), a name under
/// a two-syllable surname (남 + 궁현 -> 남궁현), runs of one-syllable short names (한 + 미 + 일 -> 한미일), a place noun
/// to the place name before it (인천 + 공항 -> 인천공항), a place's facility (동탄 + 호수 + 공원 ->
/// 동탄호수공원), a public institution (국립 + 중앙 + 박물관) or body (한국 + 소비자 + 원), the head or an office of a place's
/// government to the place (도봉구 + 청장, 세종시 + 교육청), a court or prosecutors' office to
/// its place (춘천 + 지검), a party's name (한결 + 국민당), an outlet's name (남녘 + 일보), a
/// town no list knows (해 + 솔 + 시), a word to the combining form before it (электро +
/// грузовик), and an agency's name (질병관리청); a particle closing the run is kept by the word
/// before it, regrouped as if the run ended there (국립 + 중앙 + 박물관 + 에서 ->
/// 국립중앙박물관에서), and so is one that the list glued to a suffix (국세 + 청이 -> 국세청이)
/// or to a name's last syllable (정 + 다 + 은의 -> 정다은의), and a less common surname with
/// the given name before it is one name (허 + 윤재 + 가 -> 허윤재가).
pub fn regroup(words: Vec<String>, lang: &str) -> Result<Vec<String>> {
    let facts = rules(lang);
    let (costs, rare) = (costs(lang)?, settings_for(lang)?.dictionary);
    let mut words =
        nouns::split_suffix_particle(words, &facts.suffixes, &facts.particles, costs, rare);
    let closing = words.last().map(|last| chars::lower(last));
    if words.len() > 1 && closing.is_some_and(|last| facts.particles.contains(&last)) {
        // a particle closing the run (국립 + 중앙 + 박물관 + 에서): the words before it are
        // regrouped as a run of their own, and the last of them keeps it; a less common
        // surname opens a name there (허 + 윤재 + 가)
        let before = &words[..words.len() - 1];
        if names::is_surname_and_given_name(before, &facts.other_surnames, costs, rare) {
            return Ok(vec![words.concat()]);
        }
        let particle = words.pop().unwrap_or_default();
        let mut grouped = regroup(words, lang)?;
        match grouped.last_mut() {
            Some(last) => last.push_str(&particle),
            None => grouped.push(particle),
        }
        return Ok(grouped);
    }
    // the surnames that open a name and particle
    let named = [&facts.surnames, &facts.other_surnames];
    if names::is_person_name(&words, &facts.surnames)
        || names::is_glued_name(&words, &facts.surnames, &facts.particles, costs, rare)
        || names::is_name_and_particle(&words, &named, &facts.particles, costs, rare)
        || nouns::is_coined_word(&words, facts)
        || places::is_town_name(&words, &facts.place_nouns, costs, rare)
    {
        return Ok(vec![words.concat()]);
    }
    // a name of its own cut into syllables before what stands there (달 + 내 + 농협)
    let heads = [
        &facts.institutions,
        &facts.public_bodies,
        &facts.outlet_heads,
        &facts.businesses,
        &facts.local_offices,
        &facts.facility_nouns,
    ];
    let words = places::join_name_syllables(words, &heads);
    let words = if facts.surnames.is_empty() {
        words
    } else {
        let words = names::split_name_pairs(words, &facts.surnames, costs, rare);
        names::join_given_names(
            words,
            &facts.surnames,
            &facts.other_surnames,
            &facts.titles,
            costs,
            rare,
        )
    };
    // pieces of no loanword nor name, and syllables that open no loanword
    let pieces = |word: &str| facts.suffixes.contains(word) || facts.counters.contains(word);
    let words = nouns::join_names_after(words, &facts.name_heads, &pieces);
    // a language without syllables read as Chinese characters, or without two-syllable
    // surnames, has nothing these join: its words are not copied through them
    let sino = sino_syllables(lang)?;
    let words = if sino.is_empty() {
        words
    } else {
        let leads =
            |word: &str| facts.suffixes.contains(word) || facts.abbreviations.contains(word);
        let words =
            nouns::join_loanwords(words, costs, sino, lexicon_words(lang)?, &pieces, &leads);
        let words = nouns::join_sino_endings(
            words,
            &|syllable| contains_char(sino, syllable),
            // a body noun of one syllable (원) is no counter after a noun: 진흥 + 원
            &|word| {
                (facts.counters.contains(word) || facts.abbreviations.contains(word))
                    && !facts.public_bodies.contains(word)
            },
            &facts.suffixes,
        );
        nouns::join_noun_prefixes(words, &facts.noun_prefixes, &facts.suffixes)
    };
    let words = if facts.compound_surnames.is_empty() {
        words
    } else {
        nouns::join_compound_surnames(words, &facts.compound_surnames, &facts.titles)
    };
    let words = verbs::join_modifier_forms(words, &facts.modifier_forms, &facts.counters);
    if facts.suffixes.is_empty()
        && facts.abbreviations.is_empty()
        && facts.place_nouns.is_empty()
        && facts.combining_forms.is_empty()
    {
        return Ok(words);
    }
    let empty = FxHashSet::default();
    let named_places = if facts.place_nouns.is_empty() {
        &empty
    } else {
        places(lang)?
    };
    let mut joined: Vec<String> = Vec::with_capacity(words.len());
    let mut short_names = false; // whether the last word is so far made of short names only
    for word in words {
        let key = chars::lower(&word);
        let is_short_name = key.chars().all(|c| contains_char(&facts.abbreviations, c));
        let before = joined
            .last()
            .map(|last| chars::lower(last))
            .unwrap_or_default();
        let placed = facts.place_nouns.contains(&key) && named_places.contains(&before);
        match joined.last_mut() {
            Some(last) if placed || facts.combining_forms.contains(&before) => {
                last.push_str(&word);
                short_names = false;
            }
            Some(last) if short_names && is_short_name => last.push_str(&word),
            Some(last) if facts.suffixes.contains(&key) => {
                last.push_str(&word);
                short_names = false;
            }
            _ => {
                joined.push(word);
                short_names = is_short_name;
            }
        }
    }
    let joined = places::join_named_places(
        joined,
        named_places,
        &facts.facility_nouns,
        &facts.event_nouns,
    );
    let joined =
        places::join_founded_institutions(joined, &facts.founding_prefixes, &facts.institutions);
    let joined = places::join_public_bodies(
        joined,
        &facts.national_prefixes,
        &facts.public_bodies,
        named_places,
        &facts.place_bodies,
    );
    let joined = places::join_committee_names(joined, &facts.committees);
    let joined = agencies::join_office_heads(joined, named_places, facts);
    let joined = agencies::join_court_offices(joined, named_places, &facts.court_offices);
    let joined = agencies::join_party_names(joined, costs, rare, &facts.party_suffixes);
    let joined = agencies::join_outlet_names(joined, costs, rare, &facts.outlet_heads);
    Ok(agencies::join_agency_names(
        joined,
        &|word| costs.contains_key(word),
        &|syllable| contains_char(sino, syllable),
        &facts.agency_suffixes,
    ))
}

// The twins of the differential test.

fn to_py(error: String) -> PyErr {
    PyValueError::new_err(error)
}

/// Settings from a dict of prices, as `Settings(**prices)`.
fn settings_from(prices: Option<&Bound<'_, PyDict>>) -> PyResult<Option<Settings>> {
    let Some(prices) = prices else {
        return Ok(None);
    };
    let mut given = Vec::new();
    for (name, value) in prices.iter() {
        let name: String = name.extract()?;
        let price = match value.extract::<Vec<f64>>() {
            Ok(values) => Price::Numbers(values),
            Err(_) => Price::Number(value.extract()?),
        };
        given.push((name, price));
    }
    let given = given
        .iter()
        .map(|(name, price)| (name.as_str(), price.clone()));
    Settings::with(given).map(Some).map_err(to_py)
}

#[pyfunction]
#[pyo3(name = "segment__segment", signature = (run, lang, settings=None))]
fn twin_segment(
    py: Python<'_>,
    run: &str,
    lang: &str,
    settings: Option<&Bound<'_, PyDict>>,
) -> PyResult<Vec<String>> {
    let settings = settings_from(settings)?;
    py.allow_threads(|| segment(run, lang, settings.as_ref()))
        .map_err(to_py)
}

#[pyfunction]
#[pyo3(name = "segment__price")]
fn twin_price(py: Python<'_>, run: &str, lang: &str) -> PyResult<f64> {
    py.allow_threads(|| price(run, lang)).map_err(to_py)
}

#[pyfunction]
#[pyo3(name = "segment__is_word")]
fn twin_is_word(py: Python<'_>, word: &str, lang: &str) -> PyResult<bool> {
    py.allow_threads(|| is_word(word, lang)).map_err(to_py)
}

#[pyfunction]
#[pyo3(name = "segment__regroup")]
fn twin_regroup(py: Python<'_>, words: Vec<String>, lang: &str) -> PyResult<Vec<String>> {
    py.allow_threads(|| regroup(words, lang)).map_err(to_py)
}

/// Every word cost of a language, as `_costs` holds them.
#[pyfunction]
#[pyo3(name = "segment__costs")]
fn twin_costs(py: Python<'_>, lang: &str) -> PyResult<Vec<(String, f64)>> {
    let costs = py.allow_threads(|| costs(lang)).map_err(to_py)?;
    Ok(costs
        .iter()
        .map(|(word, cost)| (word.to_string(), *cost))
        .collect())
}

/// The offsets of a text's characters that are in a class as Python sees it: a class of
/// `regex` ("Lu", "Hangul", "s", ...) or a predicate of `str` ("isupper", "isdigit", ...).
#[pyfunction]
#[pyo3(name = "segment__char_class")]
fn twin_char_class(text: &str, name: &str) -> PyResult<Vec<usize>> {
    let test: Box<dyn Fn(char) -> bool> = match name {
        "isupper" => Box::new(chars::is_upper),
        "islower" => Box::new(chars::is_lower),
        "isdigit" => Box::new(chars::is_digit),
        "isspace" => Box::new(chars::is_space),
        "isalnum" => Box::new(|c| is_alnum(c.encode_utf8(&mut [0; 4]))),
        _ => {
            let class = chars::class_named(name)
                .ok_or_else(|| PyValueError::new_err(format!("{name} is not a class.")))?;
            Box::new(move |c| chars::is(c, class))
        }
    };
    Ok(text
        .chars()
        .enumerate()
        .filter(|&(_, c)| test(c))
        .map(|(index, _)| index)
        .collect())
}

/// Each character of a text lowercased ("lower") or case-folded ("casefold"), as Python's
/// `str` does.
#[pyfunction]
#[pyo3(name = "segment__char_case")]
fn twin_char_case(text: &str, name: &str) -> PyResult<Vec<String>> {
    let map = match name {
        "lower" => chars::lower,
        "casefold" => chars::casefold,
        _ => {
            return Err(PyValueError::new_err(format!(
                "{name} is not a case mapping."
            )))
        }
    };
    Ok(text
        .chars()
        .map(|c| map(c.encode_utf8(&mut [0; 4])))
        .collect())
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(twin_segment, m)?)?;
    m.add_function(wrap_pyfunction!(twin_price, m)?)?;
    m.add_function(wrap_pyfunction!(twin_is_word, m)?)?;
    m.add_function(wrap_pyfunction!(twin_regroup, m)?)?;
    m.add_function(wrap_pyfunction!(twin_costs, m)?)?;
    m.add_function(wrap_pyfunction!(twin_char_class, m)?)?;
    m.add_function(wrap_pyfunction!(twin_char_case, m)?)?;
    Ok(())
}
