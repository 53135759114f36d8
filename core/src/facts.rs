//! Per-language facts, read once (mirrors `normalize/facts.py`): one JSON file per language
//! under `data/languages/`, and `scripts.json`, `zones.json`, `outlets.json`.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use serde_json::Value;

use crate::data::{data_text, paths};

fn parse(name: &str) -> Value {
    match data_text(name) {
        Ok(text) => serde_json::from_str(&text)
            .unwrap_or_else(|error| panic!("data/{name} is not JSON: {error}")),
        Err(error) => panic!("{error}"),
    }
}

/// Every language with a facts file, in code order.
pub fn language_codes() -> &'static [String] {
    static CODES: OnceLock<Vec<String>> = OnceLock::new();
    CODES.get_or_init(|| {
        let folder = paths()
            .map(|p| p.data.join("languages"))
            .unwrap_or_else(|e| panic!("{e}"));
        let mut codes: Vec<String> = std::fs::read_dir(&folder)
            .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
            .filter_map(|entry| entry.ok())
            .filter_map(|entry| {
                entry
                    .file_name()
                    .to_str()
                    .and_then(|n| n.strip_suffix(".json"))
                    .map(str::to_string)
            })
            .collect();
        codes.sort();
        codes
    })
}

/// The facts of one language (`Value::Null` for a language without a file).
pub fn language_info(code: &str) -> &'static Value {
    static ALL: OnceLock<BTreeMap<String, Value>> = OnceLock::new();
    static NULL: Value = Value::Null;
    let all = ALL.get_or_init(|| {
        language_codes()
            .iter()
            .map(|code| (code.clone(), parse(&format!("languages/{code}.json"))))
            .collect()
    });
    all.get(code).unwrap_or(&NULL)
}

/// A language's month names cut to their first three letters, capitalised, as a page prints
/// them before a day ("Jun 9, 2017"), sorted; empty for a language without them (Python's
/// `month_abbreviations`).
pub fn month_abbreviations(code: &str) -> Vec<String> {
    let months = language_info(code)
        .get("timestamps")
        .and_then(|facts| facts.get("months"))
        .and_then(Value::as_object);
    let cut: BTreeSet<String> = months
        .into_iter()
        .flat_map(|months| months.keys())
        .map(|month| {
            let mut letters = month.chars().take(3);
            let first = letters.next().into_iter().flat_map(char::to_uppercase);
            first.chain(letters.flat_map(char::to_lowercase)).collect()
        })
        .collect();
    cut.into_iter().collect()
}

/// A language's weekday names and their short forms, capitalised, as a page prints them
/// before a date ("Friday, June 9, 2017"), longest first; empty for a language without them
/// (Python's `weekday_names`).
pub fn weekday_names(code: &str) -> Vec<String> {
    let weekdays = language_info(code)
        .get("timestamps")
        .and_then(|facts| facts.get("weekdays"))
        .and_then(Value::as_array);
    let named: BTreeSet<String> = weekdays
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(|day| {
            let mut letters = day.chars();
            let first = letters.next().into_iter().flat_map(char::to_uppercase);
            first.chain(letters.flat_map(char::to_lowercase)).collect()
        })
        .collect();
    let mut names: Vec<String> = named.into_iter().collect();
    names.sort_by_key(|day| std::cmp::Reverse(day.chars().count()));
    names
}

/// One section of every language that has it, by code, in code order.
pub fn section(name: &str) -> Vec<(&'static str, &'static Value)> {
    language_codes()
        .iter()
        .filter_map(|code| {
            let facts = language_info(code);
            facts
                .get(name)
                .map(|value| (language_info_code(code), value))
        })
        .collect()
}

fn language_info_code(code: &str) -> &'static str {
    language_codes()
        .iter()
        .find(|c| c.as_str() == code)
        .map(String::as_str)
        .unwrap_or("")
}

/// `data/scripts.json`.
pub fn scripts() -> &'static Value {
    static SCRIPTS: OnceLock<Value> = OnceLock::new();
    SCRIPTS.get_or_init(|| parse("scripts.json"))
}

/// The facts of one writing system (`Value::Null` for one the detector does not route on).
pub fn script_info(script: &str) -> &'static Value {
    static NULL: Value = Value::Null;
    match scripts().get(script) {
        Some(value) if value.is_object() => value,
        _ => &NULL,
    }
}

/// `data/zones.json`.
pub fn zones() -> &'static Value {
    static ZONES: OnceLock<Value> = OnceLock::new();
    ZONES.get_or_init(|| parse("zones.json"))
}

/// `data/outlets.json`.
pub fn outlets() -> &'static Value {
    static OUTLETS: OnceLock<Value> = OnceLock::new();
    OUTLETS.get_or_init(|| parse("outlets.json"))
}
