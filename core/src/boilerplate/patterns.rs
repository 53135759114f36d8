//! The shapes of machinery lines, as Python's patterns match them (`normalize/boilerplate.py`),
//! compiled once.
//!
//! Only whether a pattern matches is read, but for links and addresses, which are cut out.
//! Python's IGNORECASE is spelled piece by piece (`chars::caseless`), and its `$` (which also
//! matches before a final line break) is Rust's where a `\s*` before it takes that break.

use crate::per_thread::per_thread;

use regex::Regex;

use crate::chrome::TRAIL_ARROWS;
use crate::segment::chars::{caseless, CASED_LETTER};

/// The social networks a page links to or names in a share bar (Python's `_NETWORK`).
const NETWORK: &str = "(?:facebook|twitter|instagram|youtube|telegram|tiktok|threads|linkedin|\
                       kakaotalk|vk|вконтакте|одноклассники|телеграм|дзен|rutube|\
                       카카오톡|카카오스토리|네이버|밴드|페이스북|트위터|인스타그램|유튜브)";

/// A share bar's button: a network's name, maybe in its label ("Share on Facebook",
/// "Поделиться в ВКонтакте", "페이스북 공유하기"), or a button a bar sets beside them ("Email",
/// "URL 복사") (Python's `_SHARE_ITEM`).
fn share_item() -> String {
    let label_before = r"(?:(?:share(?:\s(?:on|to|via|with))?|поделиться(?:\s(?:в|во))?)\s)?";
    let buttons = r"whatsapp|viber|pinterest|reddit|x|e-?mail|одноклассниках|네이버\s?밴드";
    let copies = r"(?:url|링크)\s?복사(?:하기)?|copy\slink|копировать\sссылку";
    let label_after = r"(?:\s?(?:으?로\s?)?공유(?:하기)?)?";
    format!("{label_before}(?:{NETWORK}|{buttons}|{copies}){label_after}")
}

/// A share bar's label before its buttons: "Share this:", "Поделиться:", "공유하기".
const SHARE_LABEL: &str = r"(?:share(?:\sthis)?|поделиться|공유하기)";

/// A web address, with or without its scheme.
const URL: &str = r"(?:https?://|www\.)\S+|\b[\w.-]+\.(?:com|net|org|kr|ru|co\.kr|io|tv)\b/?\S*";

#[derive(Clone)]
pub struct Patterns {
    pub url: Regex,
    /// `url` at the start of the text.
    pub url_first: Regex,
    pub email: Regex,
    pub social: Regex,
    /// A share bar: two social networks' names or more and nothing else (Python's `_SHARE_BAR`).
    pub share_bar: Regex,
    pub counter: Regex,
    pub counter_lead: Regex,
    /// A poster's name and the post's counters (Python's `_POSTER_COUNTS`).
    pub poster_counts: Regex,
    pub byline: Regex,
    pub byline_from: Regex,
    pub writers: Regex,
    pub writer_and_outlet: Regex,
    pub writer_of_staff: Regex,
    pub meta_date: Regex,
    pub writer_title: Regex,
    pub copyright_year: Regex,
    pub subscribers: Regex,
    pub breadcrumb: Regex,
    pub angle_pair: Regex,
    pub hashtag_line: Regex,
    pub join_mark: Regex,
    pub section_joins: Regex,
    pub relative_time_line: Regex,
    pub control_words: Regex,
    pub sentence_end: Regex,
    pub pager: Regex,
    pub field_key: Regex,
}

fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|error| panic!("{pattern}: {error}"))
}

/// A number, perhaps with a multiplier (K, M, тыс., млн, 천, 만) and a counter word (개, 명).
fn number() -> String {
    format!(
        r"\d{}*\s*{}?(?:개|건|명|회)?",
        caseless(r"[\d.,\s]"),
        caseless(r"[kmb]|тыс\.?|млн\.?|млрд\.?|천|만"),
    )
}

/// What a counter counts: comments, views, likes, subscribers, in every language.
fn counted() -> String {
    format!(
        r"(?:{}|{}\p{{L}}*|댓글|조회수?|공감|좋아요|구독자)",
        caseless("comments?|views?|likes?|shares?|subscribers?|followers?|replies"),
        caseless("комментари|просмотр|лайк|подписчик|репост"),
    )
}

/// A capitalised word of a byline (IGNORECASE: any cased letter starts it).
fn name_word(rest: &str) -> String {
    format!("{CASED_LETTER}{rest}")
}

/// Run `read` with this thread's copy of the patterns (copies share the compiled programs).
pub fn with_patterns<T>(read: impl FnOnce(&Patterns) -> T) -> T {
    per_thread! {
        fn own() -> Patterns {
            compiled()
        }
    }
    read(&own())
}

/// The patterns, compiled once per process.
fn compiled() -> Patterns {
    let (number, counted) = (number(), counted());
    let name_letters = name_word(&format!("{}*", caseless(r"[\p{L}'’.-]")));
    let russian_name = name_word(r"\p{L}+");
    Patterns {
        url: compile(URL),
        url_first: compile(&format!("^(?:{URL})")),
        email: compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
        social: compile(&format!(
            r"^{}*{}\b\s*{}",
            caseless(r"[\p{P}\p{S}\p{Z}]"),
            caseless(&format!(
                "{NETWORK}|x|homepage|website|web|site|сайт|홈페이지"
            )),
            caseless("[:：|/-]"),
        )),
        share_bar: compile(&format!(
            r"^{marks}*(?:{label}{marks}+)?{item}(?:{marks}+{item})+{marks}*$",
            marks = r"[\p{P}\p{S}\p{Z}]",
            label = caseless(SHARE_LABEL),
            item = caseless(&share_item()),
        )),
        // "1,3 тыс.", "0 comments"; "Комментарии: 48", "Comments (3)", "조회수 1,234".
        counter: compile(&format!(
            r"^(?:{number}\s*{counted}?|{counted}\s*{}?\s*{number}\)?)$",
            caseless("[:：(]"),
        )),
        counter_lead: compile(&format!(r"^{number}\s*{counted}\s")),
        // A name of one or two words, then the post's counters closing the line, each what it
        // counts (maybe with its word for a count), a colon and the count: "느린산책 조회
        // 수:3217", "jane roe | views: 3,217".
        poster_counts: compile(&format!(
            r"^(?:[^\s:：|]+\s){{1,2}}(?:\|\s)?(?:{counted}(?:\s?수)?\s?[:：]\s?\d[\d,.]*(?:\s|$))+$"
        )),
        // Bylines (Python's `_BYLINE`), with a site's user and the day after a comma: "by
        // admin, 12 March, 2024", "에 의해 admin, 12 3월, 2024", "Автор: admin, 12 марта 2024";
        // a poem's author and the year of the work, of any century: "Автор: Фетов, 1854"; a
        // credit for the words and the pictures both ("Story and photos by Jane Roe", "글, 사진:
        // 이서준 선임기자", "Текст и фото: Петров"); a student reporter's school and grade before
        // the name ("솔빛중학교 2학년 이서준 기자").
        byline: compile(&format!(
            r"^(?:{by}:?\s+(?:{name_letters}(?:\s+{name_letters}){{0,3}}(?:\s*[,|].*|\s+[–—]\s+{name_letters}(?:\s+{name_letters}){{0,2}}|\s+{on}\s+.*(?:19|20)\d\d.*)?|{on}\s+.*(?:19|20)\d\d.*)|(?:(?:글\s*[,·ㆍ/]\s*사진|사진\s*[,·ㆍ/]\s*글)\s*[:：=]?\s*)?(?:\p{{Hangul}}+(?:\s+\p{{Hangul}}+)?\s+\d{{1,2}}학년\s+)?\p{{Hangul}}{{2,4}}\s?(?:기자|특파원|논설위원|선임기자)(?:\s+\S+|\s*\([^()]{{1,30}}\)?)?|작성자\s*{colon}\s*\p{{Hangul}}{{2,4}}|에\s?의해\s+[^\s,|]+(?:\s*[,|].*)?|{label}\s*{colon}?\s+{russian_name}(?:\s+{russian_name}){{0,2}}(?:\s*,.*(?:1[0-9]|20)\d\d.*)?)$",
            by = caseless(
                r"(?:(?:posted|written|published)\s+|(?:story|text|words)\s+(?:and|&)\s+(?:photos?|pictures)\s+)?by"
            ),
            on = caseless("on"),
            label = caseless(r"автор|текст(?:\s+и\s+фото)?|фото(?:\s+и\s+текст)?|редактор"),
            colon = caseless("[:：]"),
        )),
        // A byline that names where its writer is from, every name capitalised ("By Staff
        // Writer Ana Ruiz from Chile"); Python's `$` also matches before a final line break.
        byline_from: compile(
            r"^By\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,5}from\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\n?$",
        ),
        // A byline of writers' names, each two or three capitalised words, the last joined by
        // "and", "&" or "и": three or more alone ("Ana Ruiz, Tom Rey and Lee Han"), or two or
        // more after "By" ("By Ana Ruiz and Tom Rey"); Python's `$` also matches before a final
        // line break.
        writers: compile(&format!(
            r"^(?:(?:{name},\s+)+|[Bb]y\s+(?:{name},\s+)*){name},?\s+(?:and|&|и)\s+{name}\n?$",
            name = r"\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,2}",
        )),
        // A byline of one writer and the outlet the story is from, a slash between them
        // ("Ana Ruiz / Harbour Weekly"): a name of two or three capitalised words, the
        // outlet's one to four; Python's `$` also matches before a final line break.
        writer_and_outlet: compile(
            r"^\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{L}'’.-]*){1,2} / \p{Lu}[\p{L}&'’.-]*(?:\s\p{Lu}[\p{L}&'’.-]*){0,3}\n?$",
        ),
        // A byline of one writer and the staff of the outlet the story is from, a spaced dash
        // between them ("Ana Ruiz – Harbour Weekly staff"), a scraper's meta date maybe before
        // it; Python's `$` also matches before a final line break.
        writer_of_staff: compile(concat!(
            r"^(?:\s*date\s+\d{4}-\d\d-\d\d\s+)?",
            r"\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{L}'’.-]*){1,2}",
            r" [–—-] \p{Lu}[\p{L}&'’.-]*(?:\s\p{Lu}[\p{L}&'’.-]*){0,3} staff\n?$",
        )),
        // The scraper's meta date glued before a line's text, in a line's key ("date
        // 2022-07-14 by ama ardell, kpa"; Python's `text.META_DATE`).
        meta_date: compile(r"^date\s+\d{4}-\d\d-\d\d\s+"),
        // A writer's title alone on the line under a byline, a few capitalised words before
        // the job ("Staff Writer", "Valley Courier Reporter"), maybe with the outlets they
        // write for after a comma ("Farm Reporter, Bay FM·Harbour Star"); Python's `$` also
        // matches before a final line break.
        writer_title: compile(concat!(
            r"^(?P<who>(?:\p{Lu}[\p{L}'’.-]*\s+){1,3})(?:Reporter|Writer|Correspondent|Editor|Columnist)",
            r"(?:,\s+\p{Lu}.*)?\n?$",
        )),
        // A copyright sign and a year open a copyright notice in any language.
        copyright_year: compile(r"^\s*(?:copyright\s*)?(?:©|ⓒ|\(c\))\s*(?:19|20)\d\d\b"),
        subscribers: compile(&format!(
            "{}|구독자",
            caseless("subscriber|follower|подписчик")
        )),
        breadcrumb: compile(&{
            let arrows = String::from_iter(TRAIL_ARROWS);
            format!(r"^[^{arrows}]{{1,30}}(?:\s*[{arrows}]{{1,2}}\s*[^{arrows}]{{1,30}}){{1,5}}$")
        }),
        // A series' part in angle brackets inside a line, a word of a few letters or digits:
        // "병원평가 <상> 명의들", "<2회>".
        angle_pair: compile(r"<([\p{L}\p{N}]{1,5})>"),
        hashtag_line: compile(r"^\s*(?:[#＃]\S+\s*)+$"),
        join_mark: compile(r"[·/|,\p{So}]"),
        section_joins: compile(r"\s*[·/|,\p{So}]+\s*"),
        relative_time_line: compile(concat!(
            r"^\d+\s*(?:",
            r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago",
            r"|(?:초|분|시간|일|주|개월)\s*전",
            r"|(?:секунд\p{L}*|минут\p{L}*|час\p{L}*|дн\p{L}*|день|недел\p{L}*)\s+назад",
            r")$",
        )),
        control_words: compile(&format!(
            r"\b(?:{}|{}\p{{L}}*)\b|버튼",
            caseless("button"),
            caseless("кнопк")
        )),
        sentence_end: compile(r#"[.!?。…]\s*["'”’»)]*\s*$"#),
        // A blog's pager: the previous post's title, the index and the next post's, framed by
        // spaced arrows and parted by bars, "« Older post | Main | Newer post »".
        pager: compile(r"^\s*[«‹]\s[^«»‹›|]+(?:\|[^«»‹›|]+)+\s[»›]\s*$"),
        // A scraper's data field before its value: a key in small letters joined by
        // underscores and a colon, then a sentence, a capital (or a letter of a script without
        // case, "경매장은 …") opening four words or more that a full stop closes, "alt_text:
        // Crews put out a fire." (no stop: a headline naming a tool's key,
        // "pg_stat_statements: Finding the slow queries").
        field_key: compile(
            r#"^\s*[a-z]+(?:_[a-z]+)+:\s+[\p{Lu}\p{Lo}]\S*(?:\s+\S+){3,}\.["'”’)]*\s*$"#,
        ),
    }
}
