//! Reading a text's blocks as a reader would (mirrors `normalize/languages/rules.py`): each
//! block in its own language, with the page's prior for short runs of a shared script, and
//! short islands read with what they belong to.

use pyo3::prelude::*;
use pyo3::types::PyTuple;
use serde_json::Value;

use crate::facts::language_info;
use crate::languages::blocks::{block_language, letter_blocks, strong_break, Block};
use crate::languages::letters::Letters;
use crate::languages::model::has_candidates;
use crate::languages::prior::with_prior;
use crate::segment::chars::{self, LU, ND};

/// An island longer than this is a fragment in its own right, not a name in a sentence.
const ISLAND_LETTERS: usize = 24;
const ISLAND_WORDS: usize = 3;
/// How many blocks an island looks past for a sentence of its own script on its line.
const SCAN_BLOCKS: usize = 8;
/// Scripts whose short runs borrow the language around them.
const ISLAND_SCRIPTS: [&str; 4] = ["Latin", "Cyrillic", "Han", "Greek"];
/// What may stand between a word's letters of two scripts: nothing, or a hyphen.
const JOINERS: [&str; 4] = ["", "-", "\u{2010}", "\u{2011}"];
/// The hyphens among them, after which a Latin name is a word of its own ("Telegram-канал").
const HYPHENS: [&str; 3] = ["-", "\u{2010}", "\u{2011}"];
/// The longest acronym said as a word of the sentence around it ("TV", "LA").
const COMMON_ACRONYM_LETTERS: usize = 2;
/// Scripts written together with Chinese characters, which then read in their language.
const HAN_READERS: [&str; 3] = ["Hangul", "Hiragana", "Katakana"];

type Allows<'a> = Option<&'a dyn Fn(&str) -> bool>;

/// The blocks, the language each is read in, and the language of its own letters.
pub type Reading<'t> = (Vec<Block<'t>>, Vec<&'static str>, Vec<&'static str>);

/// A text's blocks with what the rules that read a line need to know about them.
struct BlockReading<'a, 't> {
    text: &'a [char],
    blocks: Vec<Block<'t>>,
    own: Vec<&'static str>,
    labels: Vec<&'static str>,
    islands: Vec<bool>,
    lines: Vec<usize>,
}

impl BlockReading<'_, '_> {
    /// Where the text between blocks i and j is.
    fn gap_span(&self, i: usize, j: usize) -> (usize, usize) {
        let (first, second) = if i < j { (i, j) } else { (j, i) };
        let start = self.blocks[first].end;
        (start, self.blocks[second].start.max(start))
    }

    /// The text between blocks i and j.
    fn gap(&self, i: usize, j: usize) -> String {
        let (start, end) = self.gap_span(i, j);
        self.text[start..end].iter().collect()
    }

    /// Whether block j is the sentence island i sits in, rather than another island.
    fn outweighs(&self, j: usize, i: usize) -> bool {
        if !self.islands[j] {
            return true;
        }
        let latin_host = self.blocks[j].script == "Latin" && self.blocks[i].script != "Latin";
        !latin_host && self.blocks[j].letters >= self.blocks[i].letters
    }

    /// Whether an earlier rule already read block i with its surroundings.
    fn settled(&self, i: usize) -> bool {
        self.labels[i] != self.own[i]
    }

    fn has_space(&self, i: usize) -> bool {
        let block = &self.blocks[i];
        self.text[block.start..block.end.max(block.start)].contains(&' ')
    }
}

/// `len(text.split())`: how many runs of characters other than white space.
fn split_count(text: &[char]) -> usize {
    let mut count = 0;
    let mut inside = false;
    for &c in text {
        let space = chars::is_space(c);
        if !space && !inside {
            count += 1;
        }
        inside = !space;
    }
    count
}

fn is_island(text: &[char], block: &Block) -> bool {
    !block.hashtag
        && ISLAND_SCRIPTS.contains(&block.script)
        && block.letters <= ISLAND_LETTERS
        && split_count(&text[block.start..block.end.max(block.start)]) <= ISLAND_WORDS
}

/// The language each block counts for in the language of the whole text: a Latin name
/// beside a sentence of another script counts for it.
pub fn sentence_labels(
    text: &[char],
    blocks: &[Block],
    labels: &[&'static str],
) -> Vec<&'static str> {
    let mut counted = labels.to_vec();
    for (i, block) in blocks.iter().enumerate() {
        if block.script != "Latin" || !is_island(text, block) {
            continue;
        }
        let hosts = [i.wrapping_sub(1), i + 1].into_iter().filter(|&j| {
            j < blocks.len() && {
                let other = &blocks[j];
                let (from, to) = (block.end.min(other.end), block.start.max(other.start));
                other.script != "Latin"
                    && !other.words.is_empty()
                    && !other.hashtag
                    && labels[j] != "und"
                    && (!is_island(text, other) || other.letters >= block.letters)
                    && !(from < to && text[from..to].contains(&'\n'))
            }
        });
        let mut best: Option<usize> = None;
        for j in hosts {
            if best.is_none_or(|b| blocks[j].letters > blocks[b].letters) {
                best = Some(j);
            }
        }
        if let Some(j) = best {
            counted[i] = labels[j];
        }
    }
    counted
}

fn start_reading<'a, 't>(
    text: &'a Letters<'t>,
    languages: Allows<'_>,
    page: Option<&[String]>,
) -> Result<BlockReading<'a, 't>, String> {
    let letters = text.chars();
    let blocks = letter_blocks(text);
    let own = blocks
        .iter()
        .map(|block| block_language(block, languages, None, 0.0))
        .collect::<Result<Vec<_>, _>>()?;
    let own = with_prior(&blocks, own, languages, page)?;
    let mut lines = Vec::with_capacity(blocks.len());
    let mut line = 0;
    for (k, block) in blocks.iter().enumerate() {
        if k > 0 {
            let from = blocks[k - 1].end;
            if from < block.start && letters[from..block.start].contains(&'\n') {
                line += 1;
            }
        }
        lines.push(line);
    }
    let islands = blocks
        .iter()
        .map(|block| is_island(letters, block))
        .collect();
    Ok(BlockReading {
        text: letters,
        labels: own.clone(),
        blocks,
        own,
        islands,
        lines,
    })
}

/// The blocks of a text, the language each is read in, and the language of its own letters
/// before islands and neighbours were taken into account.
pub fn read_blocks<'t>(
    text: &'t str,
    languages: Allows<'_>,
    page: Option<&[String]>,
) -> Result<Reading<'t>, String> {
    read_letter_blocks(&Letters::new(text), languages, page)
}

/// `read_blocks` of a text already split into its characters.
pub fn read_letter_blocks<'t>(
    text: &Letters<'t>,
    languages: Allows<'_>,
    page: Option<&[String]>,
) -> Result<Reading<'t>, String> {
    let mut line = start_reading(text, languages, page)?;
    resolve_islands(&mut line);
    smooth_scripts(&mut line);
    Ok((line.blocks, line.labels, line.own))
}

/// A word glued into a word of another script reads in that word's language.
fn resolve_islands(line: &mut BlockReading) {
    let count = line.blocks.len();
    let read: Vec<usize> = (0..count)
        .filter(|&k| line.islands[k] || line.blocks[k].script == "Han")
        .collect();
    for i in read {
        if line.blocks[i].script == "Han" && !line.blocks[i].hashtag {
            read_hanja(line, i);
        }
        if line.blocks[i].words.is_empty() {
            read_address(line, i);
        }
        if !line.islands[i] || line.settled(i) || line.has_space(i) {
            continue;
        }
        let mut joined = false;
        for j in [i.wrapping_sub(1), i + 1] {
            if j < count
                && !line.blocks[j].hashtag
                && line.blocks[j].script != line.blocks[i].script
                && joins_word(line, i, j)
                && !names_before_noun(line, i, j)
            {
                line.labels[i] = line.labels[j];
                joined = true;
                break;
            }
        }
        if !joined {
            read_common_acronym(line, i);
        }
    }
}

/// Whether island i is written into the word of block j, with nothing or a hyphen between:
/// Latin into any word ("NBA에서"), other scripts into a word that outweighs them; across a
/// hyphen a Latin name keeps its own language ("Telegram-канал"), a lone letter does not
/// ("K-팝", "e-스포츠").
fn joins_word(line: &BlockReading, i: usize, j: usize) -> bool {
    let gap = line.gap(i, j);
    if !JOINERS.contains(&gap.as_str()) {
        return false;
    }
    let hyphen = HYPHENS.contains(&gap.as_str());
    if hyphen && line.blocks[i].letters == 1 {
        return true;
    }
    if line.blocks[i].script == "Latin" {
        return !hyphen;
    }
    line.outweighs(j, i)
}

/// Whether an acronym written against the start of the word after it names something of its
/// own ("AP통신"), unlike "NBA에서", where a particle of that word's language follows it.
fn names_before_noun(line: &BlockReading, i: usize, j: usize) -> bool {
    let words = &line.blocks[i].words;
    if j != i + 1 || words.len() != 1 || words[0].chars().count() < 2 || !is_acronym(&words[0]) {
        return false;
    }
    let Some(particles) = language_info(line.labels[j])
        .get("particles")
        .and_then(Value::as_array)
    else {
        return false;
    };
    let after = line.blocks[j]
        .words
        .first()
        .map_or("", |word| word.as_ref());
    !particles.is_empty()
        && !particles
            .iter()
            .filter_map(Value::as_str)
            .any(|particle| after.starts_with(particle))
}

/// `_IN_SENTENCE.fullmatch(gap)`: spaces, commas and digits with a space, or digits, or a
/// quotation closed or trailed off.
fn in_sentence(gap: &str) -> bool {
    let digit = |c: char| chars::is(c, ND);
    let spaced = gap.contains(' ') && gap.chars().all(|c| c == ' ' || c == ',' || digit(c));
    spaced || (!gap.is_empty() && gap.chars().all(digit)) || closes_quotation(gap)
}

/// `["”’»]+…?\x20?|…\x20?`: closing quotes, an ellipsis or both (quotes first), then at most
/// a space: the quotation an acronym ends, the sentence going on ("주인공은 TV"…라고).
fn closes_quotation(gap: &str) -> bool {
    let unspaced = gap.strip_suffix(' ').unwrap_or(gap);
    let after_quotes = unspaced.trim_start_matches(['"', '\u{201D}', '\u{2019}', '\u{BB}']);
    (after_quotes.is_empty() && after_quotes.len() < unspaced.len()) || after_quotes == "\u{2026}"
}

/// `ACRONYM.fullmatch(word)`: one to five capitals.
pub(crate) fn is_acronym(word: &str) -> bool {
    let count = word.chars().count();
    (1..=5).contains(&count) && word.chars().all(|c| chars::is(c, LU))
}

/// A two-letter acronym or a letter inside a sentence of another language is one of its
/// words ("TV 토론까지"); one of three letters or more names something of its own
/// ("KBS 뉴스에서").
fn read_common_acronym(line: &mut BlockReading, i: usize) {
    let blocks = &line.blocks;
    let block = &blocks[i];
    if !(0 < i && i + 1 < blocks.len()) || block.script != "Latin" {
        return;
    }
    if !block.words.iter().all(|word| {
        let count = word.chars().count();
        count <= COMMON_ACRONYM_LETTERS && (is_acronym(word) || count == 1)
    }) {
        return;
    }
    let (left, right) = (&blocks[i - 1], &blocks[i + 1]);
    if left.script == right.script
        && right.script != "Latin"
        && !left.hashtag
        && !right.hashtag
        && line.labels[i - 1] == line.labels[i + 1]
        && line.labels[i + 1] != "und"
        && in_sentence(&line.gap(i - 1, i))
        && in_sentence(&line.gap(i, i + 1))
    {
        line.labels[i] = line.labels[i - 1];
    }
}

/// An address takes the language of the words before it on its line, else after it.
fn read_address(line: &mut BlockReading, i: usize) {
    for j in [i.wrapping_sub(1), i + 1] {
        if j < line.blocks.len()
            && line.lines[j] == line.lines[i]
            && !line.blocks[j].words.is_empty()
            && !line.blocks[j].hashtag
        {
            line.labels[i] = line.labels[j];
            return;
        }
    }
}

/// An island takes the language of the nearest longer run of its script on its line.
fn smooth_scripts(line: &mut BlockReading) {
    let count = line.blocks.len();
    let mut longest: Option<Vec<(&str, usize)>> = None;
    for i in 0..count {
        if !line.islands[i] || line.settled(i) || !has_candidates(line.blocks[i].script) {
            continue;
        }
        let mut found: Vec<(usize, usize)> = Vec::new();
        for step in [-1i64, 1] {
            let mut j = i as i64 + step;
            while (j - i as i64).unsigned_abs() as usize <= SCAN_BLOCKS
                && 0 <= j
                && j < count as i64
            {
                let k = j as usize;
                let other = &line.blocks[k];
                if line.lines[k] != line.lines[i] {
                    break;
                }
                if other.script == line.blocks[i].script && !other.hashtag {
                    if line.labels[k] != "und" && !line.islands[k] {
                        found.push((k.abs_diff(i), k));
                    }
                    break;
                }
                if !line.islands[k] && !other.hashtag {
                    break;
                }
                j += step;
            }
        }
        if let Some(&(_, k)) = found.iter().min() {
            line.labels[i] = line.labels[k];
        } else if alone_on_line(line, i) {
            let runs = longest.get_or_insert_with(|| longest_runs(line));
            let script = line.blocks[i].script;
            if let Some(&(_, k)) = runs.iter().find(|(name, _)| *name == script) {
                line.labels[i] = line.labels[k];
            }
        }
    }
}

/// The longest sentence of each script in the whole text.
fn longest_runs<'t>(line: &BlockReading<'_, 't>) -> Vec<(&'t str, usize)> {
    let mut longest: Vec<(&'t str, usize)> = Vec::new();
    for (j, other) in line.blocks.iter().enumerate() {
        if !line.islands[j] && !other.hashtag && line.labels[j] != "und" {
            match longest.iter_mut().find(|(name, _)| *name == other.script) {
                Some(entry) => {
                    if other.letters > line.blocks[entry.1].letters {
                        entry.1 = j;
                    }
                }
                None => longest.push((other.script, j)),
            }
        }
    }
    longest
}

/// Whether block i is the only block on its line.
fn alone_on_line(line: &BlockReading, i: usize) -> bool {
    let before = i == 0 || line.lines[i - 1] != line.lines[i];
    let after = i + 1 == line.blocks.len() || line.lines[i + 1] != line.lines[i];
    before && after
}

/// Chinese characters in a Korean sentence are Hanja, in Japanese kanji.
fn read_hanja(line: &mut BlockReading, i: usize) {
    for j in [i.wrapping_sub(1), i + 1] {
        if j < line.blocks.len()
            && !line.blocks[j].hashtag
            && HAN_READERS.contains(&line.blocks[j].script)
        {
            let (start, end) = line.gap_span(i, j);
            if !strong_break(line.text, start, end) {
                line.labels[i] = line.labels[j];
                return;
            }
        }
    }
}

// The twins of the differential test.

#[pyfunction]
#[pyo3(name = "languages__read_blocks", signature = (text, languages, page=None))]
fn twin_read_blocks<'py>(
    py: Python<'py>,
    text: &str,
    languages: Option<Vec<String>>,
    page: Option<Vec<String>>,
) -> PyResult<Bound<'py, PyTuple>> {
    let allows = languages
        .as_ref()
        .map(|codes| move |lang: &str| codes.iter().any(|c| c == lang));
    let allows_ref = allows.as_ref().map(|f| f as &dyn Fn(&str) -> bool);
    let (blocks, labels, own) = read_blocks(text, allows_ref, page.as_deref())
        .map_err(pyo3::exceptions::PyValueError::new_err)?;
    let blocks = blocks
        .into_iter()
        .map(|block| crate::languages::blocks::as_tuple(py, block))
        .collect::<PyResult<Vec<_>>>()?;
    (blocks, labels, own).into_pyobject(py)
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(twin_read_blocks, m)?)
}
