//! A site's search page: a label announcing what a search found, with its count ("검색결과
//! 218건", "Search results (42)"), above the stories it lists (the twin of
//! `normalize/results_pages.py`). Such a page lists stories; none of them is its headline. A
//! pager counting the results a page shows of all it holds ("Results 1-20 of 3104") says the
//! same; and such a page without a headline has no time of its own.

use regex::Regex;
use rustc_hash::FxHashSet;

use crate::headline::Candidate;
use crate::per_thread::PerThread;
use crate::segment::chars;

/// The label of a search's results, in the pages' languages.
const RESULTS: &str = r"(?:search\s+results|результаты\s+поиска|검색\s?결과)";
/// How many results were found: a number, maybe in groups of three ("1,204"), maybe in
/// brackets, maybe with its counter word; none (a count of 0 lists nothing) and no date
/// ("14.05.2024").
const COUNT: &str = r"\(?(?:[1-9]\d{0,2}(?:[,.]\d{3})*|[1-9]\d*)\)?\s*(?:건|개)?";
/// A label with its count is a short line: longer ones are left unread.
const LABEL_CHARS: usize = 40;
/// The first letters a label opens with, in either case: lines opening with none are left
/// unread before the patterns are tried.
const LABEL_INITIALS: [char; 6] = ['s', 'S', 'ſ', 'р', 'Р', '검'];

/// A quoted query: a few characters between quotation marks.
const QUOTED: &str = r#"["'“„«‘][^"'“”„«»‘’]{1,60}["'”»’“]"#;
/// A label naming its query is no longer than this ("Search results for: ferry").
const QUERY_CHARS: usize = 80;
/// The first characters a label naming its query opens with: a label's first letter, in
/// either case, or a quotation mark.
const QUERY_INITIALS: [char; 11] = ['s', 'S', 'ſ', 'р', 'Р', '"', '\'', '“', '„', '«', '‘'];

// Each read through `PerThread` (no thread-local slot of its own: the core's static TLS
// block, which a loaded extension may not outgrow, stays as it is).
/// The label with its count on its line ("검색결과218건", "Результаты поиска: 7").
static LABEL_WITH_COUNT: PerThread<Regex> = PerThread::new(|| {
    Regex::new(&format!(r"(?i)^\s*{RESULTS}\s*:?\s*{COUNT}\s*$")).expect("a valid pattern")
});
/// The label alone, its count alone on the next line with text.
static LABEL_ALONE: PerThread<Regex> = PerThread::new(|| {
    Regex::new(&format!(r"(?i)^\s*{RESULTS}\s*:?\s*$")).expect("a valid pattern")
});
/// The label naming the query the search was made for, quoted or after a colon ("Search
/// results for: ferry", "Результаты поиска по запросу «паром»", "\"여객선\"에 대한 통합검색
/// 결과"): the page's own heading over its results, no story's head. A query after a colon is
/// five words at most, no comma among them; more are a story's headline opening with the label.
static LABEL_WITH_QUERY: PerThread<Regex> = PerThread::new(|| {
    Regex::new(&format!(
        r"(?i)^\s*(?:(?:search\s+results\s+for|результаты\s+поиска\s+(?:по\s+запросу|для))\s*(?::\s*[^\s,]+(?:\s+[^\s,]+){{0,4}}|{QUOTED})|{QUOTED}\s*(?:에\s?대한|의)\s*(?:통합\s?)?검색\s?결과(?:입니다)?)\s*$"
    ))
    .expect("a valid pattern")
});
/// A count alone on its line.
static COUNT_ALONE: PerThread<Regex> =
    PerThread::new(|| Regex::new(&format!(r"^\s*{COUNT}\s*$")).expect("a valid pattern"));
/// How many results a pager shows: the first or the last of them.
const SHOWN: &str = r"([1-9][0-9]{0,8})";
/// How many results the page holds, maybe in groups of three.
const TOTAL: &str = r"([1-9][0-9]{0,2}(?:,[0-9]{3}){1,2}|[1-9][0-9]{0,8})";
/// A pager counting the results a page shows of all it holds, maybe after its label ("Results
/// 1-20 of 3104", "Showing 11–20 of 52", "1–3 (из 3)"): the first shown, the last, the total.
static PAGER: PerThread<Regex> = PerThread::new(|| {
    Regex::new(&format!(
        r"(?i)^\s*(?:(?:results|showing|результаты|показано)\s*:?\s*)?{SHOWN}\s*[-–—]\s*{SHOWN}\s*\(?\s*(?:of|из)\s*{TOTAL}\s*\)?\s*$"
    ))
    .expect("a valid pattern")
});

/// The rank among the page's lines with text (`text` gives each by its rank, `count` of them)
/// of the first search results' label with their count, on its line or alone on the next
/// line: the page lists what a search found below it. A search box's label alone says nothing
/// of a search made (Python's `search_label`).
pub fn search_label<'a>(text: impl Fn(usize) -> &'a str, count: usize) -> Option<usize> {
    for rank in 0..count {
        let line = text(rank);
        if names_its_query(line) {
            return Some(rank);
        }
        let initial = line.trim_start_matches(chars::is_space).chars().next();
        if !initial.is_some_and(|c| LABEL_INITIALS.contains(&c)) {
            continue;
        }
        // a line longer than a label, told by its bytes before its characters are counted
        if line.len() > LABEL_CHARS && line.chars().nth(LABEL_CHARS).is_some() {
            continue;
        }
        if LABEL_WITH_COUNT.get().is_match(line) {
            return Some(rank);
        }
        let below = if rank + 1 < count { text(rank + 1) } else { "" };
        if LABEL_ALONE.get().is_match(line) && COUNT_ALONE.get().is_match(below) {
            return Some(rank);
        }
    }
    None
}

/// Whether a line is a search's results label naming the query it was made for (Python's
/// `_names_its_query`).
fn names_its_query(line: &str) -> bool {
    let initial = line.trim_start_matches(chars::is_space).chars().next();
    if !initial.is_some_and(|c| QUERY_INITIALS.contains(&c)) {
        return false;
    }
    // a line longer than a label, told by its bytes before its characters are counted
    if line.len() > QUERY_CHARS && line.chars().nth(QUERY_CHARS).is_some() {
        return false;
    }
    LABEL_WITH_QUERY.get().is_match(line)
}

/// The rank among the page's lines with text (`text` gives each by its rank, `count` of them)
/// of what says the page lists results: a search's results label with their count (see
/// `search_label`), else the first pager counting the results shown of all the page holds,
/// from the first to the last of them, no more than the total ("Results 1-20 of 3104", "1–3
/// (из 3)") (Python's `results_label`).
pub fn results_label<'a>(text: impl Fn(usize) -> &'a str, count: usize) -> Option<usize> {
    search_label(&text, count).or_else(|| (0..count).find(|&rank| counts_shown(text(rank))))
}

/// Whether a line is a pager counting the results shown of all the page holds: the first no
/// later than the last, the last no more than the total (Python's `_counts_shown`).
fn counts_shown(line: &str) -> bool {
    // a line longer than a label, told by its bytes before its characters are counted
    if line.len() > LABEL_CHARS && line.chars().nth(LABEL_CHARS).is_some() {
        return false;
    }
    // a pager's range holds a dash between its numbers: a line without one is left unread
    if !line.contains(['-', '–', '—']) {
        return false;
    }
    let Some(found) = PAGER.get().captures(line) else {
        return false;
    };
    let number = |group: usize| -> u64 {
        found.get(group).map_or(0, |part| {
            part.as_str()
                .chars()
                .filter(char::is_ascii_digit)
                .fold(0, |sum, digit| sum * 10 + u64::from(digit as u8 - b'0'))
        })
    };
    let (first, last, total) = (number(1), number(2), number(3));
    first <= last && last <= total
}

/// The lines of the candidates on and below a search page's results label (its rank among the
/// lines with text, `label`): the label, the page's own heading, and the stories the search
/// found, each an item of its list; and the line right above the label, the list's own name,
/// which heads no story of it. With no paragraph above the label (`body`, the places of the
/// paragraphs among the lines with text), every line above it is the site's masthead or the
/// list's heading: the page has no headline; unless a paragraph follows the label right below
/// it, a count of one story's pieces (a gallery's photos, a thread's posts) under its headline,
/// which keeps the lines above it (Python's `results_below`).
pub fn results_below(
    candidates: &[Candidate],
    label: Option<usize>,
    body: &[usize],
) -> FxHashSet<usize> {
    let Some(label) = label else {
        return FxHashSet::default();
    };
    let top = if body.iter().any(|&rank| rank < label) {
        label.saturating_sub(1)
    } else if body.contains(&(label + 1)) {
        label
    } else {
        0
    };
    candidates
        .iter()
        .filter(|candidate| candidate.placed.order >= top)
        .map(|candidate| candidate.placed.line)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(lines: &[&str]) -> Option<usize> {
        search_label(|k| lines[k], lines.len())
    }

    #[test]
    fn a_results_label_with_its_count_is_a_search_page() {
        assert_eq!(
            label(&["Home", "검색결과 31건", "공원 산책로 새 단장"]),
            Some(1)
        );
        assert_eq!(
            label(&["Результаты поиска: 7", "Мост откроют в мае"]),
            Some(0)
        );
        assert_eq!(
            label(&["Search results", "12", "Ferry fares rise again"]),
            Some(0)
        );
    }

    #[test]
    fn a_pager_counting_the_results_shown_lists_results() {
        let found = |lines: &[&str]| results_label(|k| lines[k], lines.len());
        assert_eq!(
            found(&["Written statements", "Results 1-20 of 3,104"]),
            Some(1)
        );
        assert_eq!(
            found(&["Иван Петров", "1–3 (из 3)", "Мост откроют в мае"]),
            Some(1)
        );
        assert_eq!(found(&["Ferry fares rise", "Score 3-2 of the final"]), None);
        assert_eq!(found(&["Results 5-2 of 10", "Results 1-20 of 12"]), None);
    }

    #[test]
    fn a_results_label_naming_its_query_is_a_search_page() {
        assert_eq!(
            label(&["\"여객선\"에 대한 통합검색 결과", "섬 여객선 요금 인상"]),
            Some(0)
        );
        assert_eq!(
            label(&["Home", "Search results for: ferry", "Ferry fares rise"]),
            Some(1)
        );
        assert_eq!(
            label(&["Результаты поиска по запросу «паром»", "Мост откроют в мае"]),
            Some(0)
        );
        assert_eq!(
            label(&["Search results for ferries rise as fares climb"]),
            None
        );
    }

    #[test]
    fn a_search_box_label_alone_is_none() {
        assert_eq!(label(&["Search results", "Ferry fares rise again"]), None);
        assert_eq!(label(&["Ferry fares rise again"]), None);
    }

    #[test]
    fn a_date_or_a_count_of_none_is_no_search_s_count() {
        assert_eq!(
            label(&["Search results", "14.05.2024", "Ferry fares rise again"]),
            None
        );
        assert_eq!(label(&["검색결과 0건", "공원 산책로 새 단장"]), None);
        assert_eq!(
            label(&["Search results (1,204)", "Ferry fares rise"]),
            Some(0)
        );
    }
}
