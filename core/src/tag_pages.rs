//! A tag's page (mirrors `normalize/tag_pages.py`): the list of the stories a site filed under
//! one tag (or a blog's label), which names its tag right above its first story head: the
//! label alone ("TAG" over the tag's name), the label and the name after a colon ("Tag: Harbour
//! works"; a bar, a spaced dash or a slash mark it as well: "Tag - Harbour works"), or a short
//! line holding a tag page's fixed phrase ("Latest stories tagged #FerryStrike"), or by the
//! count of the stories it holds alone on a line ("16 Stories"). The labels and phrases are fixed words of each language (`tag_labels` and
//! `tag_phrases` in the chrome facts). Such a page has no headline of its own: its first story
//! is one item of the list like the others, and the tag's name is no story's head. A tag's page
//! that shows one post, one story head under the line naming the tag and no other, is that
//! post's page: the post's head is its headline, and only the lines down to the one naming the
//! tag are the list's. An archive's page names what it gathers after a fixed label and a colon,
//! a bar, a spaced dash or a slash ("Category Archives: Harbour news", "Tag Archives | Ferries";
//! `archive_labels` in the chrome facts): that line heads the posts the archive shows and is none of them; when it shows
//! one post, that post's head is the page's headline. A topic's page prints the topic's name
//! alone right above its first story, and the stories filed under it name the topic inside
//! their lines: the name is no story's head, and the page has no headline.

use regex::Regex;
use rustc_hash::FxHashSet;

use crate::chrome::{chrome, line_key};
use crate::echo::LineKeys;
use crate::headline::{signal, Candidate};
use crate::per_thread::per_thread;
use crate::text::{count_words, holds_any_words};
use crate::titles::title_key;

/// A story head has this many words at least; the tag's name above the list stands above
/// every one of them.
const HEAD_WORDS: usize = 3;
/// The line naming the tag is the first story head's or stands this many lines with text above
/// it, at most (the label over the tag's name); a label alone may stand one line higher, a view
/// switch between the tag's name and the list ("Тег" / name / "Просмотр").
const ABOVE: usize = 2;
/// A line naming a tag has this many words at most (a phrase, the tag's name and a link to all
/// posts); a longer one is a sentence that happens to hold a label's words.
const TAG_LINE_WORDS: usize = 10;
/// What closes a tag's or an archive's label before the name of what the page gathers: a
/// colon, a bar, or a dash or a slash set off by spaces (a dash glued to its words joins a
/// compound).
const LABEL_MARKS: [&str; 6] = [":", "|", " - ", " – ", " — ", " / "];
/// The marks of `LABEL_MARKS` set off by spaces, which a headline also sets between its parts.
const SPACED_MARKS: [&str; 4] = [" - ", " – ", " — ", " / "];
per_thread! {
    /// A count of the stories a list holds, alone on its line: "16 Stories", "24 posts",
    /// "Статей: 16", "기사 16건" (`_STORY_COUNT`).
    fn story_count() -> Regex {
        Regex::new(concat!(
            r"(?i)^(?:\d[\d,.\s]*\s(?:stories|articles|posts|results|entries|items|статей|статьи",
            r"|новост\p{L}*|материал\p{L}*|публикаци\p{L}*|записей|записи|результат\p{L}*)",
            r"|(?:stories|articles|posts|results|статей|материалов|публикаций|записей)\s?:\s?\d[\d,.\s]*",
            r"|(?:기사|게시물|게시글|글|검색결과)\s?:?\s?(?:총\s?)?\d[\d,]*\s?(?:건|개))$"
        ))
        .expect("a valid pattern")
    }
}

/// A topic's page lists this many items at least, and the lines from its first item on hold
/// the topic's name inside them this many times at least.
const TOPIC_ITEMS: usize = 2;
const TOPIC_MENTIONS: usize = 2;

/// The lines of every candidate when the page is a tag's page: a line with text (`filled`
/// holds their places in `lines`) names the list (`names_a_list`): the first candidate that may be
/// a story head (`is_head`), or a line right above it, or a tag's label alone one line higher
/// (`is_tag_label`). When one story head alone (`story_heads`) stands
/// below that line, the page shows one post: the lines down to the one naming the tag, no
/// others. On another page, the lines of the candidates that name an archive
/// (`names_an_archive`), which head its posts (`tag_page_items`).
pub fn tag_page_items<S: AsRef<str>>(
    candidates: &[Candidate],
    lines: &LineKeys<S>,
    filled: &[usize],
) -> FxHashSet<usize> {
    let top = candidates
        .iter()
        .filter(|c| is_head(c))
        .map(|c| c.placed.order)
        .min();
    let naming = top.and_then(|top| {
        (top.saturating_sub(ABOVE)..(top + 1).min(filled.len()))
            .find(|&rank| names_a_list(lines.line(filled[rank])))
            // the label alone, over the tag's name and a view switch
            .or_else(|| {
                let label = top.checked_sub(ABOVE + 1)?;
                is_tag_label(lines.line(filled[label])).then_some(label)
            })
    });
    let Some(naming) = naming else {
        return candidates
            .iter()
            .filter(|c| {
                let line = lines.line(c.placed.line);
                names_an_archive(line)
                    && (story_heads(candidates, c.placed.order) > 0 || !spaced_label(line))
            })
            .map(|c| c.placed.line)
            .collect();
    };
    let heads = story_heads(candidates, naming);
    if heads == 0 && spaced_label(lines.line(filled[naming])) {
        // a headline's own dash: no list under it
        return FxHashSet::default();
    }
    if heads == 1 {
        // one post shown: its head is the page's
        return candidates
            .iter()
            .filter(|c| c.placed.order <= naming)
            .map(|c| c.placed.line)
            .collect();
    }
    candidates.iter().map(|c| c.placed.line).collect()
}

/// The line of a topic page's name: the candidate right above the first of the page's items
/// (`items`, two or more), itself no item, whose key two or more of the lines with text from
/// that item on (`filled` holds their places in `lines`) hold inside theirs, no copy of it. A
/// headline stands above its own lead, not right above another story's head (`topic_name`).
pub fn topic_name<S: AsRef<str>>(
    candidates: &[Candidate],
    items: &FxHashSet<usize>,
    lines: &LineKeys<S>,
    filled: &[usize],
) -> Option<usize> {
    if items.len() < TOPIC_ITEMS {
        return None;
    }
    let first = candidates.iter().find(|c| items.contains(&c.placed.line))?;
    let above = first.placed.order.checked_sub(1)?;
    let name = candidates.iter().find(|c| c.placed.order == above)?;
    if items.contains(&name.placed.line) || name.placed.key.is_empty() {
        return None;
    }
    let spaced = format!(" {} ", name.placed.key);
    let mentions = filled
        .get(first.placed.order..)?
        .iter()
        .filter(|&&index| {
            let key = title_key(lines.line(index));
            key != name.placed.key && format!(" {key} ").contains(&spaced)
        })
        .take(TOPIC_MENTIONS)
        .count();
    (mentions == TOPIC_MENTIONS).then_some(name.placed.line)
}

/// A line that may be a story head: of a head's length, and no machinery (a breadcrumb's trail
/// of three words is none) (`_is_head`).
fn is_head(candidate: &Candidate) -> bool {
    candidate.words(HEAD_WORDS) >= HEAD_WORDS && signal(&candidate.signals, "machinery") == 0.0
}

/// How many candidates below the line naming the tag (`naming`, its place among the lines with
/// text) are story heads: of a head's length, neither a sentence nor longer than a headline (a
/// post's paragraphs are no heads) (`_story_heads`).
fn story_heads(candidates: &[Candidate], naming: usize) -> usize {
    candidates
        .iter()
        .filter(|c| {
            c.placed.order > naming
                && c.words(HEAD_WORDS) >= HEAD_WORDS
                && signal(&c.signals, "sentence") == 0.0
                && signal(&c.signals, "long") == 0.0
        })
        .count()
}

/// Whether the line names the tag a page lists: a tag's label alone or before a colon and
/// the name, or a short line holding a tag page's phrase, maybe before a colon and the name
/// (`names_a_tag`).
pub fn names_a_tag(line: &str) -> bool {
    if count_words(line, TAG_LINE_WORDS + 1) > TAG_LINE_WORDS {
        return false;
    }
    let facts = chrome();
    let key = line_key(line);
    if is_tag_label(line) {
        return true;
    }
    if let Some((label, name)) = label_and_name(&key) {
        let label = line_key(label);
        if !name.trim().is_empty() && facts.tag_labels.contains(&label) {
            return true;
        }
        // the phrase before a colon and the tag
        if holds_any_words(&label, &facts.tag_phrases) {
            return true;
        }
    }
    holds_any_words(&key, &facts.tag_phrases)
}

/// Whether the line over a list's first story head names the list: its tag (`names_a_tag`),
/// or the count of the stories it holds alone ("16 Stories", "기사 16건") (`names_a_list`).
pub fn names_a_list(line: &str) -> bool {
    names_a_tag(line) || story_count().is_match(&line_key(line))
}

/// Whether the line is a tag's label alone, a fixed word of its language ("TAG", "Тег"),
/// printed over the tag's name (`is_tag_label`).
pub fn is_tag_label(line: &str) -> bool {
    chrome().tag_labels.contains(&line_key(line))
}

/// Whether the line names what an archive's page gathers: an archive's label (one of the
/// chrome facts' `archive_labels`), a colon, a bar, a spaced dash or a slash, then a name
/// (`names_an_archive`).
pub fn names_an_archive(line: &str) -> bool {
    let Some((label, name)) = label_and_name(line) else {
        return false;
    };
    !name.trim().is_empty() && chrome().archive_labels.contains(&line_key(label))
}

/// The line cut at the first mark that closes a label (`LABEL_MARKS`): what stands before it
/// and what follows it; none when it holds no mark (`label_and_name`).
fn label_and_name(line: &str) -> Option<(&str, &str)> {
    let (at, mark) = label_mark(line)?;
    Some((&line[..at], &line[at + mark.len()..]))
}

/// The first mark in the line that may close a label (`LABEL_MARKS`) and where it stands; none
/// when it holds no mark (`_label_mark`).
fn label_mark(line: &str) -> Option<(usize, &'static str)> {
    // a colon or a bar is a mark of its own; a spaced mark is a space and a hyphen, a slash or
    // a dash (whose first byte is 0xE2): the bytes after the spaces are searched for, and only
    // before the first colon or bar
    let bytes = line.as_bytes();
    let barred = memchr::memchr2(b':', b'|', bytes);
    let before = &bytes[..barred.unwrap_or(bytes.len())];
    let spaced = memchr::memchr3_iter(b'-', b'/', 0xe2, before).find_map(|after| {
        let at = after.checked_sub(1).filter(|&at| bytes[at] == b' ')?;
        SPACED_MARKS
            .iter()
            .find(|mark| line[at..].starts_with(**mark))
            .map(|mark| (at, *mark))
    });
    spaced.or_else(|| barred.map(|at| (at, LABEL_MARKS[usize::from(bytes[at] == b'|')])))
}

/// Whether a spaced dash or a slash closes the line's label (`SPACED_MARKS`): a mark a headline
/// also sets between its parts, so the line names a tag or an archive only over a list of story
/// heads (`_spaced_label`).
fn spaced_label(line: &str) -> bool {
    label_mark(line).is_some_and(|(_, mark)| SPACED_MARKS.contains(&mark))
}
