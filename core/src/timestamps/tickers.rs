//! A ticker of exchange rates or indices beside a date: the quotes a site prints under or over
//! its clock, whose time that date is, not the article's (mirrors
//! `normalize/timestamps/tickers.py`).

use crate::segment::chars;

/// How many rates in a row, each alone on its line, make a ticker of exchange rates or indices.
const TICKER_RATES: usize = 2;
/// What may follow a rate: its change, an arrow or a signed figure ("▲", "+0.35", "-1.2%").
const CHANGE_CHARS: &str = "▲▼△▽↑↓+-−0123456789.,%";

/// Whether the lines right below line `line`, or right above it, are at least `TICKER_RATES`
/// rates (`is_rate`): the quotes of a ticker, whose clock that line's time is, not the
/// article's ("12 марта 2025 09:14" / "89.61" / "97.40") (Python's `tickers.beside_rates`).
pub fn beside_rates(lines: &[&str], line: usize) -> bool {
    let below = lines
        .iter()
        .skip(line + 1)
        .take_while(|text| is_rate(text))
        .count();
    let above = lines
        .iter()
        .take(line)
        .rev()
        .take_while(|text| is_rate(text))
        .count();
    below >= TICKER_RATES || above >= TICKER_RATES
}

/// Whether a line is a rate as a ticker prints it: a figure with decimals, behind a currency's
/// or an index's code in capitals or a pair of them, with its change after it ("89.61",
/// "USD/RUB 1,320.5 +0.4%") (Python's `tickers._is_rate`).
fn is_rate(line: &str) -> bool {
    let mut words: Vec<&str> = line
        .split(chars::is_space)
        .filter(|w| !w.is_empty())
        .collect();
    if let Some(first) = words.first() {
        let code: String = first.chars().filter(|&c| c != '/').collect();
        let upper = code.chars().any(|c| c.is_ascii_uppercase())
            && !code.chars().any(|c| c.is_ascii_lowercase());
        if code.is_ascii() && upper {
            words.remove(0);
        }
    }
    if !(1..=2).contains(&words.len()) {
        return false;
    }
    if !words[1..]
        .iter()
        .all(|word| word.chars().all(|c| CHANGE_CHARS.contains(c)))
    {
        return false;
    }
    let figure = words[0];
    figure.starts_with(|c: char| c.is_ascii_digit())
        && figure.ends_with(|c: char| c.is_ascii_digit())
        && figure
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        && (figure.contains('.') || figure.contains(','))
}
