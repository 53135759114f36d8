//! A line of tags some of which hold spaces, "#Погода #Старый Бор #Министерство образования"
//! (mirrors `normalize/spaced_tags.py`): a site that lets a tag be a few words prints each from
//! its sign to the next one. A list of tags, one a line, each after a bullet and its sign set
//! off from it by a space ("- # 정원"), as a scraper prints a site's tag links. The page reads
//! such a line's tags here; any other line's, `find_hashtags`.

use regex::Regex;
use rustc_hash::FxHashMap;

use crate::hashtags::{tag_language, Hashtag};
use crate::per_thread::PerThread;
use crate::segment::Result;
use crate::timestamps::grammar::grammar;

/// A word of such a tag: letters, a hyphen or an apostrophe inside.
const WORD: &str = r"\p{L}+(?:[-'’]\p{L}+)*";
/// A tag of such a line: the sign, then up to three words one space apart.
static TAG: PerThread<Regex> = PerThread::new(|| {
    Regex::new(&format!(r"#({WORD}(?: {WORD}){{0,2}})")).expect("a valid pattern")
});
/// The whole line: its tags, spaces or tabs between, and nothing else.
static LINE: PerThread<Regex> = PerThread::new(|| {
    let tag = format!(r"#({WORD}(?: {WORD}){{0,2}})");
    Regex::new(&format!(r"^[ \t]*{tag}(?:[ \t]+{tag})*[ \t]*$")).expect("a valid pattern")
});
/// A line of fewer tags is no site's tag line; fewer bulleted tags in a row are no tag list.
const LEAST_TAGS: usize = 3;
/// A tag alone after a bullet, its sign set off by a space: "- # Harbour works".
static BULLETED_TAG: PerThread<Regex> = PerThread::new(|| {
    Regex::new(&format!(
        r"^[ \t]*[-*•][ \t]+(#)[ \t]+({WORD}(?: {WORD}){{0,2}})[ \t]*$"
    ))
    .expect("a valid pattern")
});

/// The tags of a line of `LEAST_TAGS` tags or more, one of which before the last holds a space,
/// each running from its sign to the next (up to three words of letters): its words are the
/// ones printed, none split further (a site that writes a tag's words apart runs none
/// together). Any other line gives none: words after the last tag alone are a sentence or a
/// post's text going on after its tags ("#Погода #Дороги #Транспорт Идёт снег"). A tag's
/// language is left open where the word lists do not decide it (Python's `spaced_tags`).
pub fn spaced_tags(line: &str) -> Result<Vec<Hashtag>> {
    // a word not opening with a sign, before the last sign, is a tag's second or third
    let head = &line[..line.rfind('#').unwrap_or(0)];
    let spaced = head.split_whitespace().any(|word| !word.starts_with('#'));
    let signs = line.bytes().filter(|&b| b == b'#').count();
    if signs < LEAST_TAGS || !spaced || !LINE.get().is_match(line) {
        return Ok(Vec::new());
    }
    let found: Vec<(usize, usize, &str)> = TAG
        .get()
        .captures_iter(line)
        .filter_map(|found| {
            let whole = found.get(0)?;
            Some((whole.start(), whole.end(), found.get(1)?.as_str()))
        })
        .collect();
    let mut tags = Vec::with_capacity(found.len());
    // code points before each match, counted on from the last one
    let (mut byte, mut point) = (0, 0);
    for (start, end, tag) in found {
        point += line[byte..start].chars().count();
        let first = point;
        point += line[start..end].chars().count();
        byte = end;
        let words: Vec<String> = tag.split(' ').map(str::to_owned).collect();
        let lang = tag_language(&words)?;
        tags.push(Hashtag {
            tag: tag.to_owned(),
            words,
            lang,
            start: first,
            end: point,
        });
    }
    Ok(tags)
}

/// The tags of a list of tags, one a line (`lines` a page's), `LEAST_TAGS` lines in a row or
/// more, each line a bullet, a sign and a tag of up to three words set off from it by a space:
/// each line's tag, from its sign, keyed by the line. Fewer such lines in a row are no list (a
/// heading printed in a list's item), and neither are items of more than one word that all
/// open with the same word: a sequence's headings ("- # Step one", "- # Step two", …)
/// (Python's `bulleted_tags`).
pub fn bulleted_tags(lines: &[&str]) -> Result<FxHashMap<usize, Vec<Hashtag>>> {
    let pattern = BULLETED_TAG.get();
    let mut found = FxHashMap::default();
    let mut run: Vec<(usize, Hashtag)> = Vec::new();
    for (index, line) in lines.iter().copied().chain(std::iter::once("")).enumerate() {
        if line.contains('#') {
            if let Some(tag) = pattern.captures(line) {
                if let (Some(sign), Some(words)) = (tag.get(1), tag.get(2)) {
                    let start = line[..sign.start()].chars().count();
                    let end = start + line[sign.start()..words.end()].chars().count();
                    let split: Vec<String> = words.as_str().split(' ').map(str::to_owned).collect();
                    let lang = tag_language(&split)?;
                    let hashtag = Hashtag {
                        tag: words.as_str().to_owned(),
                        words: split,
                        lang,
                        start,
                        end,
                    };
                    run.push((index, hashtag));
                    continue;
                }
            }
        }
        if run.len() >= LEAST_TAGS && !is_sequence(&run) {
            for (at, hashtag) in run.drain(..) {
                found.insert(at, vec![hashtag]);
            }
        }
        run.clear();
    }
    Ok(found)
}

/// Whether a run of bulleted items, each of two words, all open with one word and count with
/// the second, a number word: a sequence's headings ("Step one", "Step two"), no tags
/// (Python's `_is_sequence`).
fn is_sequence(run: &[(usize, Hashtag)]) -> bool {
    let first = run.first().and_then(|(_, tag)| tag.words.first());
    let numbers = &grammar().numbers;
    run.iter().all(|(_, tag)| {
        tag.words.len() == 2
            && tag.words.first() == first
            && numbers.contains_key(&tag.words[1].to_lowercase())
    })
}
