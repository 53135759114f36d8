//! The page's own languages, the prior for its short runs of a shared script (mirrors
//! `normalize/languages/prior.py`).

use std::borrow::Cow;
use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};
use serde_json::Value;

use crate::facts::{script_info, scripts};
use crate::languages::blocks::{block_language, Block};
use crate::languages::model::{ambiguous_language, has_candidates};
use crate::languages::rules::is_acronym;
use crate::segment::chars;

/// Words of a script a page is read by, at most.
const POOLED_WORDS: usize = 64;

/// A name of capitalised words is a word or two ("Informburo", "RIA Novosti"); a romanized
/// Korean name is a surname and a given name whose syllables are a hyphen apart, the second
/// written lowercase ("Kang Da-eun"), each syllable a few letters long.
const NAME_WORDS: usize = 2;
const KOREAN_NAME_WORDS: usize = 3;
const SYLLABLE_LETTERS: usize = 5;

/// A Korean or Chinese syllable written in Cyrillic or Latin letters ("Чжэ", "Джун") is at
/// most this long.
const TRANSCRIBED_SYLLABLE: usize = 4;

/// How many times the page's prior a name gains on a line that mixes scripts (see the
/// Python).
const NAME_PRIOR: f64 = 2.0;

/// Whether a block is a name rather than words of a sentence (see the Python).
pub fn reads_as_name(block: &Block) -> bool {
    let words = &block.words;
    if block.hashtag || words.is_empty() || (words.len() == 1 && is_acronym(&words[0])) {
        return false; // a lone acronym ("KST") is no evidence of any language
    }
    let capitalised = |word: &Cow<str>| word.chars().next().is_some_and(chars::is_upper);
    if words.len() <= NAME_WORDS {
        return words.iter().all(capitalised);
    }
    if words.len() != KOREAN_NAME_WORDS {
        return false;
    }
    let (surname, first, second) = (&words[0], &words[1], &words[2]);
    capitalised(surname)
        && capitalised(first)
        && chars::str_is_lower(second)
        && first.chars().count() <= SYLLABLE_LETTERS
        && second.chars().count() <= SYLLABLE_LETTERS
}

/// The runs whose words tell the page's language: those that are not transcribed syllable
/// names, when there are any, else all (see the Python).
fn sentence_runs(blocks: &[Block], runs: Vec<usize>) -> Vec<usize> {
    let sentences: Vec<usize> = runs
        .iter()
        .copied()
        .filter(|&k| !syllable_name(&blocks[k]))
        .collect();
    if sentences.is_empty() {
        runs
    } else {
        sentences
    }
}

/// Whether a block is a name of two or three capitalised syllables, as a Korean or Chinese
/// name is transcribed ("Чон Ха Ын", "Ким Да Ми"), each a few letters long.
fn syllable_name(block: &Block) -> bool {
    let words = &block.words;
    (NAME_WORDS..=KOREAN_NAME_WORDS).contains(&words.len())
        && words.iter().all(|word| {
            let mut letters = word.chars();
            word.chars().count() <= TRANSCRIBED_SYLLABLE
                && letters.next().is_some_and(chars::is_upper)
                && chars::str_is_lower(letters.as_str())
        })
}

/// Whether the text's runs of a script (hashtags aside) are all names.
fn names_only(blocks: &[Block], script: &str) -> bool {
    let mut runs = blocks
        .iter()
        .filter(|block| block.script == script && !block.hashtag)
        .peekable();
    runs.peek().is_some() && runs.all(reads_as_name)
}

type Allows<'a> = Option<&'a dyn Fn(&str) -> bool>;

/// `scripts_with(field)`: each writing system's value of one field, in the file's order.
fn scripts_with(field: &str) -> Vec<(&'static str, &'static Value)> {
    scripts()
        .as_object()
        .map(|all| {
            all.iter()
                .filter(|(_, facts)| facts.is_object())
                .filter_map(|(script, facts)| facts.get(field).map(|v| (script.as_str(), v)))
                .collect()
        })
        .unwrap_or_default()
}

/// Each shared script's language on a page that mixes scripts (read once).
fn defaults() -> &'static [(&'static str, &'static str)] {
    static DEFAULTS: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    DEFAULTS.get_or_init(|| {
        scripts_with("page_default")
            .into_iter()
            .filter_map(|(script, lang)| lang.as_str().map(|lang| (script, lang)))
            .collect()
    })
}

fn default_of(script: &str) -> Option<&'static str> {
    defaults()
        .iter()
        .find(|&&(name, _)| name == script)
        .map(|&(_, lang)| lang)
}

/// Log-odds per word the page's favoured language of the script gains.
pub fn prior_weight(script: &str) -> f64 {
    script_info(script)
        .get("page_prior")
        .and_then(Value::as_f64)
        .unwrap_or(0.0)
}

/// The script of each language the detector answers with (read once).
fn script_of_language() -> &'static FxHashMap<&'static str, &'static str> {
    static TABLE: OnceLock<FxHashMap<&'static str, &'static str>> = OnceLock::new();
    TABLE.get_or_init(read_script_of_language)
}

fn read_script_of_language() -> FxHashMap<&'static str, &'static str> {
    let mut table = FxHashMap::default();
    for (script, candidates) in scripts_with("candidates") {
        for lang in candidates.as_array().into_iter().flatten() {
            if let Some(lang) = lang.as_str() {
                table.insert(lang, script);
            }
        }
    }
    for (script, lang) in scripts_with("language") {
        if let Some(lang) = lang.as_str() {
            table.entry(lang).or_insert(script);
        }
    }
    table
}

/// The favoured language of each shared script (script, language).
pub type Favoured<'s> = Vec<(&'s str, &'static str)>;

fn favourite(favoured: &Favoured<'_>, script: &str) -> Option<&'static str> {
    favoured
        .iter()
        .find(|(name, _)| *name == script)
        .map(|&(_, lang)| lang)
}

/// Each block's language read with the page's prior (see the Python).
pub fn with_prior(
    blocks: &[Block],
    own: Vec<&'static str>,
    languages: Allows<'_>,
    page: Option<&[String]>,
) -> Result<Vec<&'static str>, String> {
    let favoured = match page {
        Some(page) => given_languages(page),
        None => favoured_languages(blocks, &own, languages)?,
    };
    // (a script or two: a list is searched faster than a table)
    let settled: Vec<&str> = favoured.iter().map(|&(_, lang)| lang).collect();
    // each block's own language is read again in its place
    let mut read = own;
    // Whether the text writes several scripts, found when a name asks.
    let mut several: Option<bool> = None;
    for (k, lang) in read.iter_mut().enumerate() {
        if settled.contains(lang) {
            continue;
        }
        let block = &blocks[k];
        if let Some(favourite) = favourite(&favoured, block.script) {
            if !block.words.is_empty() {
                let mut weight = prior_weight(block.script);
                if reads_as_name(block) {
                    let mixed = *several.get_or_insert_with(|| writes_several_scripts(blocks));
                    weight *= if mixed { NAME_PRIOR } else { 1.0 };
                }
                *lang = block_language(block, languages, Some(favourite), weight)?;
            }
        }
    }
    Ok(read)
}

/// Whether the blocks with words are in more than one script.
fn writes_several_scripts(blocks: &[Block]) -> bool {
    let mut scripts = blocks
        .iter()
        .filter(|block| !block.words.is_empty())
        .map(|block| block.script);
    let first = scripts.next();
    scripts.any(|script| Some(script) != first)
}

/// The favoured language of each shared script, read from a text's own blocks.
pub fn favoured_languages<'s>(
    blocks: &[Block<'s>],
    own: &[&'static str],
    languages: Allows<'_>,
) -> Result<Favoured<'s>, String> {
    let script_of = script_of_language();
    // Scripts in the order first met (the order of Python's dict does not change a value);
    // a text holds a few languages, searched in a list.
    let mut found_langs: Vec<&'static str> = Vec::new();
    for &lang in own {
        if lang != "und" && !found_langs.contains(&lang) {
            found_langs.push(lang);
        }
    }
    // each script with the languages said in it, each once (a few: searched in a list)
    let mut said_langs: Vec<(&'s str, Vec<&'static str>)> = Vec::new();
    let mut add = |script: &'s str, lang: Option<&'static str>| {
        let index = match said_langs.iter().position(|(name, _)| *name == script) {
            Some(index) => index,
            None => {
                said_langs.push((script, Vec::new()));
                said_langs.len() - 1
            }
        };
        if let Some(lang) = lang {
            if !said_langs[index].1.contains(&lang) {
                said_langs[index].1.push(lang);
            }
        }
    };
    for lang in found_langs {
        add(script_of.get(lang).copied().unwrap_or(""), Some(lang));
    }
    for (k, &lang) in own.iter().enumerate() {
        if lang == "und" && !blocks[k].words.is_empty() {
            add(blocks[k].script, None);
        }
    }
    said_langs.retain(|(script, _)| !script.is_empty());
    let mixed = said_langs.len() > 1;
    let mut favoured: Favoured<'s> = Vec::new();
    for &(script, ref found) in &said_langs {
        if !has_candidates(script) {
            continue;
        }
        let default = if mixed || names_only(blocks, script) {
            default_of(script)
        } else {
            None
        };
        if found.len() == 1 && default.is_none_or(|d| found.contains(&d)) {
            favoured.push((script, found[0]));
            continue;
        }
        // Not hashtags, and on a page of several scripts not a transcribed syllable name
        // ("Чон Ха Ын" looks Serbian) while the script also writes other words there.
        let mut runs: Vec<usize> = (0..own.len())
            .filter(|&k| found.contains(&own[k]) && !blocks[k].hashtag)
            .collect();
        if default.is_some() {
            runs = sentence_runs(blocks, runs);
        }
        let told: FxHashSet<&str> = runs.iter().map(|&k| own[k]).collect();
        if runs.is_empty() {
            if let Some(default) = default {
                favoured.push((script, default));
            }
        } else if told.len() == 1 && default.is_none_or(|d| told.contains(d)) {
            favoured.push((script, own[runs[0]]));
        } else {
            let words = runs.iter().map(|&k| &blocks[k].words);
            let lang = read_together(words, script, languages, default)?;
            if lang != "und" {
                favoured.push((script, lang));
            }
        }
    }
    Ok(favoured)
}

/// The language of a page's runs of one script read as one run.
fn read_together<'a>(
    runs: impl Iterator<Item = &'a Vec<Cow<'a, str>>>,
    script: &str,
    languages: Allows<'_>,
    default: Option<&str>,
) -> Result<&'static str, String> {
    let mut pooled: Vec<&str> = Vec::new();
    for words in runs {
        pooled.extend(words.iter().map(|word| word.as_ref()));
        if pooled.len() >= POOLED_WORDS {
            break;
        }
    }
    let mut weight = if default.is_some() {
        prior_weight(script)
    } else {
        0.0
    };
    if let Some(cap) = script_info(script)
        .get("page_default_words")
        .and_then(Value::as_f64)
    {
        if pooled.len() as f64 > cap {
            weight *= cap / pooled.len() as f64;
        }
    }
    ambiguous_language(&pooled, script, languages, default, weight)
}

/// The favoured language of each shared script, from the languages a page is known to be in.
pub fn given_languages(page: &[String]) -> Favoured<'static> {
    if page.is_empty() {
        return Vec::new();
    }
    defaults()
        .iter()
        .map(|&(script, default)| {
            let candidates = script_info(script)
                .get("candidates")
                .and_then(Value::as_array);
            // the first of the page's languages the script writes, as the facts spell it
            let written = |lang: &String| {
                let mut codes = candidates.into_iter().flatten().filter_map(Value::as_str);
                codes.find(|&code| code == lang)
            };
            (script, page.iter().find_map(written).unwrap_or(default))
        })
        .collect()
}
