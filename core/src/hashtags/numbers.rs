//! Words a hashtag joins across a script or digit change: a number and what it counts
//! (mirrors `normalize/hashtags_numbers.py`).
//!
//! A Korean amount is written as one word, its digits, the numeral units that multiply them
//! and the counter (3억원, 100만명, 2천만원): a person searches for the amount, not for 3억 and
//! 원 apart. A number of a digit or two opening a tag counts the short word after it (3연승,
//! 4강), an ordinal prefix keeps its number (제5대), and a name written in two scripts is one
//! word (SK하이닉스). A business noun glued to an amount names a listed company by its share
//! price (10만 + 전자: an electronics maker whose share trades at 100,000 won), one word.

use std::sync::OnceLock;

use rustc_hash::FxHashSet;

use super::{model_language, models, DATE_DOTS};
use crate::segment::chars::{self, is, HANGUL, LU, N};
use crate::segment::{is_word, price, rules, segment, sino_syllables, Result};

/// The price, in nats, as a word, from which a piece of a name before its model or sequel
/// number is no common word (오로라 + 닉 + 3; 인구 + 약 + 3만 keeps 약, a common word).
const NAMED_PIECE: f64 = 12.5;

/// Counters, numeral units, cross-script names, business nouns and particles of every
/// language the splitter models, together.
struct Joining {
    counters: FxHashSet<String>,
    suffixes: FxHashSet<String>,
    /// The letters of the numeral units (십, 만, 억), each once.
    numerals: Vec<char>,
    number_prefixes: FxHashSet<String>,
    names: FxHashSet<String>,
    businesses: FxHashSet<String>,
    particles: FxHashSet<String>,
    age_counters: FxHashSet<String>,
}

fn joining_facts() -> &'static Joining {
    static JOINING: OnceLock<Joining> = OnceLock::new();
    JOINING.get_or_init(|| {
        let every: Vec<_> = models().iter().map(|(_, lang)| rules(lang)).collect();
        Joining {
            counters: every
                .iter()
                .flat_map(|r| r.counters.iter().cloned())
                .collect(),
            suffixes: every
                .iter()
                .flat_map(|r| r.suffixes.iter().cloned())
                .collect(),
            numerals: every
                .iter()
                .flat_map(|r| r.numerals.iter().flat_map(|unit| unit.chars()))
                .collect::<FxHashSet<char>>()
                .into_iter()
                .collect(),
            number_prefixes: every
                .iter()
                .flat_map(|r| r.number_prefixes.iter().cloned())
                .collect(),
            names: every.iter().flat_map(|r| r.names.iter().cloned()).collect(),
            businesses: every
                .iter()
                .flat_map(|r| r.businesses.iter().cloned())
                .collect(),
            particles: every
                .iter()
                .flat_map(|r| r.particles.iter().cloned())
                .collect(),
            age_counters: every
                .iter()
                .flat_map(|r| r.age_counters.iter().cloned())
                .collect(),
        }
    })
}

/// Join words across a script or digit change where they are one word: a number and its
/// counter (52 + 시간), an amount and its counter (3억 + 원, 100 + 만원), a short number
/// opening the tag, or after a one-syllable Korean word opening it, and the short Korean word
/// after it (3 + 연승, 주 + 3 + 일제 -> 주 + 3일제), an ordinal prefix and the
/// number after it (제 + 5대), names written in two scripts (SK + 하이닉스), and an amount and
/// the business noun after it, a company named by its share price (8만 + 전자); a suffix left
/// alone after a number and its counter stays with them, one of one syllable (10년 + 째 ->
/// 10년째, 1990년 + 생 -> 1990년생), while 거리 after a count is the distance it measures (10분 +
/// 거리).
pub fn join_across(words: Vec<String>) -> Vec<String> {
    let facts = joining_facts();
    let mut joined: Vec<String> = Vec::with_capacity(words.len());
    let mut count = false; // whether the last word is a number and what it counts, just joined
    for word in words {
        let opening = is_opening(&joined);
        // 10년 + 째; a suffix of two syllables after a count is a noun (10분 + 거리, a distance)
        let ended = count && word.chars().count() == 1 && facts.suffixes.contains(&word);
        count = false;
        if let Some(last) = joined.last_mut() {
            let number = without_prefix(last, &facts.number_prefixes);
            count = is_amount(number, &facts.numerals) && is_count(&word, facts);
            count = count && !is_aged_year(number, &word, facts);
            count = count || (opening && is_counted_word(last, &word, &facts.particles));
            let counted = count || ended;
            let counted = counted || is_share_price(number, &word, facts);
            let numbered = facts.number_prefixes.contains(last.as_str())
                && word.chars().next().is_some_and(chars::is_digit);
            if counted
                || numbered
                || facts
                    .names
                    .contains(&chars::lower(&format!("{last}{word}")))
            {
                last.push_str(&word);
                continue;
            }
        }
        joined.push(word);
    }
    joined
}

/// Whether the last of the words so far opens the tag, or follows a Korean word of one
/// syllable that opens it (주 + 3 + 일제: three days a week; 첫 + 3 + 연승).
pub(super) fn is_opening(joined: &[String]) -> bool {
    match joined {
        [_] => true,
        [first, _] => {
            let mut letters = first.chars();
            matches!((letters.next(), letters.next()), (Some(c), None) if is(c, HANGUL))
        }
        _ => false,
    }
}

/// Whether a word is a number, its digits and then numeral units only (5, 3억, 2천만).
fn is_amount(word: &str, numerals: &[char]) -> bool {
    chars::str_is_digit(word.trim_end_matches(|c| numerals.contains(&c)))
}

/// Whether a word is what a number counts: a counter, after numeral units or none (명, 시간;
/// 만원, 천만명), or a unit of measure in Latin letters of either case (mm, GB).
fn is_count(word: &str, facts: &Joining) -> bool {
    let word = word.to_lowercase();
    let word = word.as_str();
    facts.counters.contains(word)
        || facts
            .counters
            .contains(word.trim_start_matches(|c| facts.numerals.contains(&c)))
}

/// Whether a counter of age or of generations (`age_counters`: 세, 살, 세대) follows a number
/// of more than three digits, which no age or generation has: 2030 + 세대 is an age band and
/// its noun, while 5 + 세대 is a fifth generation and 3천 + 세대 three thousand households
/// (Python's `hashtags_numbers._is_aged_year`).
fn is_aged_year(number: &str, word: &str, facts: &Joining) -> bool {
    facts.age_counters.contains(word)
        && chars::str_is_digit(number)
        && number.chars().count() > AGE_DIGITS
}

/// Whether a word is a business noun (전자, 바이오) after an amount with a numeral unit (8만,
/// 30만): a company named by the price of its share. A bare number before a business noun
/// (2024 + 전자) is a year or a code, a word of its own.
fn is_share_price(number: &str, word: &str, facts: &Joining) -> bool {
    let has_unit = number
        .chars()
        .next_back()
        .is_some_and(|c| facts.numerals.contains(&c));
    has_unit && facts.businesses.contains(word) && is_amount(number, &facts.numerals)
}

/// A word without the ordinal prefix that opens it (제5 -> 5), the longest one.
fn without_prefix<'a>(word: &'a str, prefixes: &FxHashSet<String>) -> &'a str {
    prefixes
        .iter()
        .filter(|prefix| word.starts_with(prefix.as_str()))
        .max_by_key(|prefix| prefix.chars().count())
        .map_or(word, |prefix| &word[prefix.len()..])
}

/// A number opening a tag counts the short Korean word glued after it (3연승, 4강).
const COUNTED_DIGITS: usize = 2;
const COUNTED_SYLLABLES: usize = 2;
/// A date written with middle dots keeps one syllable after it (3·1절), not a word (4·3 사건),
/// and so does a generation written as a number and one capital (5G망, a fifth-generation
/// network; 6G 상용화 stays apart).
const DATE_SYLLABLES: usize = 1;

/// Whether a number has a digit or two, as one that counts a short word does (3연승).
fn is_short_number(number: &str) -> bool {
    chars::str_is_digit(number) && number.chars().count() <= COUNTED_DIGITS
}

/// Whether a word is what a number opening a tag counts: a number of a digit or two and a
/// word of one or two Hangul syllables (3연승, 4강; 112 신고 and 2030 세대 stay apart), not
/// counting a particle that closes it (6연승을, 주 + 2 + 일제는); after a date written with
/// middle dots or a generation of a number and a capital, one syllable (3·1절, 5G망을).
fn is_counted_word(number: &str, word: &str, particles: &FxHashSet<String>) -> bool {
    let word = without_particle(word, particles);
    let syllables = if chars::str_is_digit(number) {
        if is_short_number(number) {
            COUNTED_SYLLABLES
        } else {
            0
        }
    } else if is_dotted_date(number) || is_generation(number) {
        DATE_SYLLABLES
    } else {
        0
    };
    !word.is_empty() && word.chars().count() <= syllables && word.chars().all(|c| is(c, HANGUL))
}

/// A word without the particle that closes it (the longest one), where something is left
/// (가구가 -> 가구; 가 stays).
fn without_particle<'a>(word: &'a str, particles: &FxHashSet<String>) -> &'a str {
    let particle = particles
        .iter()
        .filter(|particle| word.ends_with(particle.as_str()))
        .map(String::len)
        .max()
        .unwrap_or(0);
    if particle < word.len() {
        &word[..word.len() - particle]
    } else {
        word
    }
}

/// Whether a word is a generation: a digit or two and one capital (5G, 3D).
fn is_generation(word: &str) -> bool {
    let digits = word.chars().take_while(|&c| is(c, N)).count();
    let mut rest = word.chars().skip(digits);
    (1..=COUNTED_DIGITS).contains(&digits)
        && matches!((rest.next(), rest.next()), (Some(c), None) if is(c, LU))
}

/// Whether a word is numbers joined by middle dots (3·1, 5·18).
fn is_dotted_date(word: &str) -> bool {
    let parts: Vec<&str> = word.split(DATE_DOTS).collect();
    parts.len() > 1
        && parts
            .iter()
            .all(|part| !part.is_empty() && part.chars().all(|c| is(c, N)))
}

/// The price, in nats, of a counter read off the start of the Korean word after a number
/// (1 + 인가구 -> 1인 + 가구): cheaper than the rest cut apart, dearer than a word the counter
/// opens (2030 + 세대 stays apart).
const COUNTER_PRICE: f64 = 6.0;

/// The counter that opens a Korean run glued after a number, where the rest of the run reads
/// as words cheaper, by more than a counter's price, than the whole run does: 1 + 인가구 is
/// 1인 + 가구; 2030 + 세대 keeps its word. A counter of years (`year_counters`: 학년도) counts
/// after a year only, a number of four digits (2031 + 학년도입시, but 2 + 학년 + 도서실), and one
/// of age (`age_counters`: 세) after three digits at most (2030 + 세대가). Where
/// none does, a particle closing the run is set aside from both prices, as the regrouping sets
/// it aside: 1 + 인가구가 is 1인 + 가구가 (2 + 배증가 is 2배 + 증가 before that, the whole run
/// read). After a number of a digit or two `opening` the tag, a Sino-Korean syllable opening
/// the run is priced as a counter too, the short word the number counts: 4 + 강진출 is 4강 +
/// 진출. "" if none (Python's `hashtags_numbers.opening_counter`).
pub(super) fn opening_counter<'a>(run: &'a str, number: &str, opening: bool) -> Result<&'a str> {
    let Some(lang) = model_language("Hangul") else {
        return Ok("");
    };
    let Some(first) = run.chars().next() else {
        return Ok("");
    };
    if !run.chars().all(|c| is(c, HANGUL)) {
        return Ok("");
    }
    let facts = rules(lang);
    let mut pieces: Vec<&str> = facts.counters.iter().map(String::as_str).collect();
    pieces.extend(unit_counters(run, lang)?);
    let lone = &run[..first.len_utf8()];
    let stem = without_particle(run, &facts.particles);
    // a run that is a counter itself keeps its syllables (2 + 관왕, not 2관 + 왕)
    let whole = facts.counters.contains(stem);
    if opening && is_short_number(number) && !whole && sino_syllables(lang)?.contains(lone) {
        pieces.push(lone);
    }
    let ends = if stem.len() < run.len() {
        vec![run.len(), stem.len()]
    } else {
        vec![run.len()]
    };
    for end in ends {
        let mut best: Option<(f64, usize, &str)> = None;
        for (total, size, counter) in counter_prices(run, number, lang, end, &pieces)? {
            let better = best.is_none_or(|(price, longest, word)| {
                total < price
                    || (total == price && (size > longest || (size == longest && counter < word)))
            });
            if better {
                best = Some((total, size, counter));
            }
        }
        if let Some((total, _, counter)) = best {
            if total < price(&run[..end], lang)? {
                return Ok(counter);
            }
        }
    }
    Ok("")
}

/// The numeral units opening a Korean run after a number with the counter after them, an
/// amount's one word (1 + 조원투자: 조원, so 1조원 + 투자), where the rest of the run after
/// the units, its closing particle set aside, is no word of the lists but the counter and opens
/// with no band of amounts: 2 + 억원을 is 2억원을, while 10 + 만원대가 keeps 원대, a band, with its
/// particle, and 10 + 억원대아파트 before its noun (Python's `hashtags_numbers._unit_counters`).
fn unit_counters<'a>(run: &'a str, lang: &str) -> Result<Vec<&'a str>> {
    let facts = rules(lang);
    let mut found = Vec::new();
    let mut end = 0;
    let mut buffer = [0; 4];
    for unit in run.chars() {
        if !facts.numerals.contains(&*unit.encode_utf8(&mut buffer)) {
            break;
        }
        end += unit.len_utf8();
        let rest = &run[end..];
        let stem = without_particle(rest, &facts.particles);
        if (!facts.counters.contains(stem) && is_word(stem, lang)?) || opens_band(stem, lang)? {
            continue;
        }
        for counter in &facts.counters {
            if rest.starts_with(counter.as_str()) {
                found.push(&run[..end + counter.len()]);
            }
        }
    }
    Ok(found)
}

/// Whether a Korean run opens with a band of amounts, a word of the lists made of two counters
/// (원 + 대: 원대아파트 reads 원대 + 아파트; 원의행복 opens with no band; Python's
/// `hashtags_numbers._opens_band`).
fn opens_band(run: &str, lang: &str) -> Result<bool> {
    let counters = &rules(lang).counters;
    let opening = opening_word(run, lang)?;
    Ok(counters.iter().any(|counter| {
        opening
            .strip_prefix(counter.as_str())
            .is_some_and(|rest| counters.contains(rest))
    }))
}

/// An age has three digits at most: a counter of age after more (2030 + 세대) reads no age.
const AGE_DIGITS: usize = 3;

/// Each of the counters (`pieces`) that opens a Korean run after a number, with the price of
/// the rest of the run up to the byte `priced`, and a counter's, and its syllables; the
/// counter as the run's own start. A counter of years counts after a year only, and one of
/// age after an age only (2030 + 세대가 is an age band and its noun, not 2030세 + 대가).
fn counter_prices<'a>(
    run: &'a str,
    number: &str,
    lang: &str,
    priced: usize,
    pieces: &[&str],
) -> Result<Vec<(f64, usize, &'a str)>> {
    let length = run.chars().count();
    let facts = rules(lang);
    let year = number.chars().count() == 4 && number.chars().all(chars::is_digit);
    let age = number.chars().count() <= AGE_DIGITS;
    let mut prices = Vec::new();
    for &counter in pieces {
        let opens = run.starts_with(counter) && counter.len() <= priced;
        let decade = facts.decade_counters.contains(counter);
        if (counter.chars().count() >= length && !decade) || !opens {
            continue;
        }
        if decade && !is_decade(&run[counter.len()..], number, lang)? {
            continue;
        }
        if !year && facts.year_counters.contains(counter) {
            continue;
        }
        if !age && facts.age_counters.contains(counter) {
            continue;
        }
        let total = price(&run[counter.len()..priced], lang)? + COUNTER_PRICE;
        prices.push((total, counter.chars().count(), &run[..counter.len()]));
    }
    Ok(prices)
}

/// Whether a counter of decades (`decade_counters`: 년대) counts after a number, a tens (1990,
/// 80), before the rest of the run: nothing, a word of two syllables or more, or a suffix or
/// particle opening the rest (1990 + 년대, 90 + 년대감성, 80 + 년대생); before a rest opening
/// with a lone syllable the number is a year opening the word after it (2020 + 년대선 is
/// 2020년 + 대선, 2020 + 년대상수상 is 2020년 + 대상 + 수상; Python's
/// `hashtags_numbers._is_decade`).
fn is_decade(rest: &str, number: &str, lang: &str) -> Result<bool> {
    if number.is_empty() || !number.chars().all(chars::is_digit) || !number.ends_with('0') {
        return Ok(false);
    }
    let (facts, opening) = (rules(lang), opening_word(rest, lang)?);
    Ok(opening.chars().count() != 1
        || facts.suffixes.contains(opening.as_str())
        || facts.particles.contains(opening.as_str()))
}

/// The first word a Korean run reads as ("" for an empty run): 상 of 상수상, 구 of 구시장
/// (Python's `hashtags_numbers._opening_word`).
fn opening_word(run: &str, lang: &str) -> Result<String> {
    let words = segment(run, lang, None)?;
    Ok(words.into_iter().next().unwrap_or_default())
}

/// The Sino-Korean readings of the digits 1 to 9: 3권분립 is written for the noun 삼권분립.
const DIGIT_READINGS: [char; 9] = ['일', '이', '삼', '사', '오', '육', '칠', '팔', '구'];
/// Syllables of the run, at least, that a digit's reading makes a word with (3 + 권분립), so
/// that a counter alone (3 + 일: 삼일) is left to the counters.
const READ_SYLLABLES: usize = 2;

/// How many bytes open a Korean run glued after a digit (0 if none) that the digit, read in
/// Sino-Korean, makes a known word with, where that word and the rest of the run cost less
/// than the run whole and than the run opened by a counter that does not cut the word: 8 +
/// 도강산유람 is 8도강산 + 유람, the noun 팔도강산, not 8도 + 강산 + 유람; 1 + 일이벤트 is
/// 1일 + 이벤트, not 1일이 + 벤트 (Python's `hashtags_numbers.read_word`).
pub(super) fn read_word(run: &str, number: &str) -> Result<usize> {
    let Some(lang) = model_language("Hangul") else {
        return Ok(0);
    };
    let mut digits = number.chars();
    let reading = match (digits.next(), digits.next()) {
        (Some(digit @ '1'..='9'), None) => DIGIT_READINGS[digit as usize - '1' as usize],
        _ => return Ok(0),
    };
    if run.chars().count() < READ_SYLLABLES || !run.chars().all(|c| is(c, HANGUL)) {
        return Ok(0);
    }
    let counted: Vec<&str> = rules(lang).counters.iter().map(String::as_str).collect();
    let counters = counter_prices(run, number, lang, run.len(), &counted)?;
    let (mut best, mut cheapest) = (0, price(run, lang)?);
    let ends = run.char_indices().map(|(at, _)| at).skip(READ_SYLLABLES);
    for (syllables, end) in (READ_SYLLABLES..).zip(ends.chain([run.len()])) {
        let word = format!("{reading}{}", &run[..end]);
        if !is_word(&word, lang)? {
            continue;
        }
        let total = price(&word, lang)? + price(&run[end..], lang)?;
        let uncut = counters
            .iter()
            .filter(|(_, size, _)| *size >= syllables)
            .map(|(price, _, _)| *price)
            .fold(cheapest, f64::min);
        if total < uncut && total < cheapest {
            best = end;
            cheapest = total;
        }
    }
    Ok(best)
}

#[cfg(test)]
mod tests {
    use super::is_amount;

    #[test]
    fn an_amount_is_digits_then_numeral_units() {
        let numerals = ['십', '백', '천', '만', '억', '조'];
        assert!(is_amount("3억", &numerals));
        assert!(is_amount("2천만", &numerals));
        assert!(is_amount("100", &numerals));
        assert!(!is_amount("20년", &numerals));
        assert!(!is_amount("만", &numerals));
    }
}

/// The words of a Korean run glued to the number after it, a name and its model or sequel
/// number: a lone syllable closing the run that reads a Chinese character and is no counter,
/// suffix or particle ends the word of two syllables or more before it, where neither is a
/// common word (오로라 + 닉 + 3 -> 오로라닉 + 3); 인구 + 약 + 3만 keeps 약, a common word,
/// apart, and a native syllable (첫, 뒤) is a word of its own before a number.
pub fn join_numbered_name(mut pieces: Vec<String>) -> Result<Vec<String>> {
    let Some(lang) = model_language("Hangul") else {
        return Ok(pieces);
    };
    let [.., word, last] = pieces.as_slice() else {
        return Ok(pieces);
    };
    let facts = rules(lang);
    let closed = facts.counters.contains(last)
        || facts.suffixes.contains(last)
        || facts.particles.contains(last)
        || facts.number_prefixes.contains(last);
    let named = last.chars().count() == 1
        && sino_syllables(lang)?.contains(last.as_str())
        && word.chars().count() > 1
        && word.chars().chain(last.chars()).all(|c| is(c, HANGUL))
        && !closed
        && price(word, lang)?.min(price(last, lang)?) >= NAMED_PIECE;
    if named {
        let last = pieces.pop().unwrap_or_default();
        if let Some(word) = pieces.last_mut() {
            word.push_str(&last);
        }
    }
    Ok(pieces)
}
