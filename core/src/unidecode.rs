//! unidecode's spelling of each character in ASCII, read from the installed package's own
//! tables, and `title_ascii` (mirrors `normalize.ascii_titles.title_ascii`).
//!
//! unidecode keeps one file a block of 256 code points, `xNNN.py` (NNN: the block in hex),
//! whose `data = ( ... )` tuple holds the spelling of each code point of the block as a Python
//! string literal. A character is spelled as `_get_repl_str` spells it: ASCII as itself; a
//! code point above U+EFFFF, one whose block has no file, one past the end of its block's
//! tuple and one whose entry is `None` as nothing. Each block is read on its first use, once
//! per process, and shared by every thread.
//!
//! The reader takes what these files hold and nothing more: single- or double-quoted literals
//! without prefixes, the escapes `\\ \' \" \n \r \t \xHH`, `None`, commas and comments. A
//! file it cannot read is an error that names the file and the line, never a guess.

use std::io::ErrorKind;
use std::path::Path;
use std::sync::OnceLock;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

use crate::data::paths;
use crate::text::squeeze_spaces;

/// The blocks unidecode has data for: code points up to U+EFFFF.
const BLOCKS: usize = 0xF00;

/// The spellings of one block by position; empty when the block has no file.
type Block = Vec<Box<str>>;

/// The headline in ASCII (unidecode), white space squeezed: `title_ascii` of the Python room.
pub fn title_ascii(text: &str) -> Result<String, String> {
    if text.is_ascii() {
        return Ok(squeeze_spaces(text));
    }
    let mut spelled = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            spelled.push(c);
        } else {
            spelled.push_str(spelling(c)?);
        }
    }
    Ok(squeeze_spaces(&spelled))
}

/// unidecode's spelling of a character that is not ASCII (`unidecode(c)`).
pub fn spelling(c: char) -> Result<&'static str, String> {
    let code = c as usize;
    let Some(cell) = TABLES.get(code >> 8) else {
        return Ok("");
    };
    let block = cell.get_or_init(|| read_block(code >> 8)).as_ref()?;
    Ok(block.get(code & 0xFF).map_or("", |spelled| spelled))
}

static TABLES: [OnceLock<Result<Block, String>>; BLOCKS] = [const { OnceLock::new() }; BLOCKS];

/// The block's spellings from its file (`None` as nothing); no spellings when it has none.
fn read_block(block: usize) -> Result<Block, String> {
    let folder = &paths()?.unidecode;
    let path = folder.join(format!("x{block:03x}.py"));
    match std::fs::read_to_string(&path) {
        Ok(source) => Ok(read_table(&source)
            .map_err(|error| format!("{}: {error}", path.display()))?
            .into_iter()
            .map(|entry| entry.unwrap_or_default().into_boxed_str())
            .collect()),
        Err(error) if error.kind() == ErrorKind::NotFound && is_package(folder) => Ok(Vec::new()),
        Err(error) => Err(format!("unidecode's table {}: {error}", path.display())),
    }
}

/// Whether the folder is a Python package (where a missing file means a block without data,
/// not a folder given wrong).
fn is_package(folder: &Path) -> bool {
    folder.join("__init__.py").is_file()
}

/// The entries of a table file's `data = ( ... )` tuple, `None` as None.
pub fn read_table(source: &str) -> Result<Vec<Option<String>>, String> {
    let mut reader = Reader { source, at: 0 };
    reader
        .tuple()
        .map_err(|error| format!("line {}: {error}", reader.line()))
}

/// A reader of a table file's text, at a byte offset.
struct Reader<'a> {
    source: &'a str,
    at: usize,
}

impl Reader<'_> {
    /// `data = ( ... )` with nothing after it but white space and comments.
    fn tuple(&mut self) -> Result<Vec<Option<String>>, String> {
        self.expect_word("data")?;
        self.expect('=')?;
        self.expect('(')?;
        let mut entries = Vec::new();
        let mut commas = 0;
        loop {
            if self.peek() == Some(')') {
                break;
            }
            entries.push(self.entry()?);
            match self.peek() {
                Some(',') => {
                    self.at += 1;
                    commas += 1;
                }
                Some(')') => break,
                other => return Err(format!("expected ',' or ')', found {}", shown(other))),
            }
        }
        self.at += 1;
        if entries.len() == 1 && commas == 0 {
            return Err("one value in parentheses, not a tuple".to_string());
        }
        match self.peek() {
            None => Ok(entries),
            found => Err(format!(
                "expected the end of the file, found {}",
                shown(found)
            )),
        }
    }

    /// A string literal or `None`.
    fn entry(&mut self) -> Result<Option<String>, String> {
        match self.peek() {
            Some(quote @ ('\'' | '"')) => {
                self.at += 1;
                self.literal(quote).map(Some)
            }
            Some(c) if c.is_ascii_alphabetic() => {
                self.expect_word("None")?;
                Ok(None)
            }
            found => Err(format!("expected a string or None, found {}", shown(found))),
        }
    }

    /// The rest of a one-line literal opened by `quote`, its escapes read.
    fn literal(&mut self, quote: char) -> Result<String, String> {
        if self.source[self.at..].chars().take(2).eq([quote, quote]) {
            return Err("triple-quoted strings are not read".to_string());
        }
        let mut value = String::new();
        let mut chars = self.source[self.at..].char_indices();
        while let Some((offset, c)) = chars.next() {
            match c {
                _ if c == quote => {
                    self.at += offset + 1;
                    return Ok(value);
                }
                '\n' => break,
                '\\' => {
                    let escaped = match chars.next().map(|(_, e)| e) {
                        Some('\\') => '\\',
                        Some('\'') => '\'',
                        Some('"') => '"',
                        Some('n') => '\n',
                        Some('r') => '\r',
                        Some('t') => '\t',
                        Some('x') => {
                            let digits: String = chars.by_ref().take(2).map(|(_, d)| d).collect();
                            match u8::from_str_radix(&digits, 16) {
                                Ok(byte) if digits.len() == 2 && !digits.starts_with('+') => {
                                    char::from(byte)
                                }
                                _ => return Err(format!("the escape \\x{digits} is not read")),
                            }
                        }
                        other => return Err(format!("the escape \\{} is not read", shown(other))),
                    };
                    value.push(escaped);
                }
                _ => value.push(c),
            }
        }
        Err("a string not closed on its line".to_string())
    }

    /// Skips a word that must be `word` (after white space and comments).
    fn expect_word(&mut self, word: &str) -> Result<(), String> {
        self.skip_blank();
        let rest = &self.source[self.at..];
        let length = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        if &rest[..length] != word {
            return Err(format!(
                "expected {word}, found {:?}",
                &rest[..length.max(1)]
            ));
        }
        self.at += length;
        Ok(())
    }

    /// Skips the character `c` (after white space and comments).
    fn expect(&mut self, c: char) -> Result<(), String> {
        match self.peek() {
            Some(found) if found == c => {
                self.at += c.len_utf8();
                Ok(())
            }
            found => Err(format!("expected '{c}', found {}", shown(found))),
        }
    }

    /// The next character after white space and comments, not taken.
    fn peek(&mut self) -> Option<char> {
        self.skip_blank();
        self.source[self.at..].chars().next()
    }

    fn skip_blank(&mut self) {
        loop {
            let rest = &self.source[self.at..];
            let trimmed = rest.trim_start_matches([' ', '\t', '\r', '\n', '\x0c']);
            self.at += rest.len() - trimmed.len();
            if !trimmed.starts_with('#') {
                return;
            }
            self.at += trimmed.find('\n').unwrap_or(trimmed.len());
        }
    }

    /// The line the reader is on, from 1.
    fn line(&self) -> usize {
        1 + self.source[..self.at].matches('\n').count()
    }
}

/// A character found, or the end of the file, for an error.
fn shown(found: Option<char>) -> String {
    found.map_or("the end of the file".to_string(), |c| format!("{c:?}"))
}

#[pyfunction]
#[pyo3(name = "titles__title_ascii")]
fn twin_title_ascii(text: &str) -> PyResult<String> {
    title_ascii(text).map_err(PyValueError::new_err)
}

/// The entries of one table file, as unidecode's module holds them (`data`).
#[pyfunction]
#[pyo3(name = "unidecode__read_table")]
fn twin_read_table(path: std::path::PathBuf) -> PyResult<Vec<Option<String>>> {
    let source = std::fs::read_to_string(&path)
        .map_err(|error| PyValueError::new_err(format!("{}: {error}", path.display())))?;
    read_table(&source)
        .map_err(|error| PyValueError::new_err(format!("{}: {error}", path.display())))
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(twin_title_ascii, m)?)?;
    m.add_function(wrap_pyfunction!(twin_read_table, m)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_literals_none_comments_and_escapes() {
        let source = "data = (\n# a comment, with 'quotes'\n'a',    # 0x00\nNone, \"'\", \
                      '\\'', '\\\\', '\\x0a\\x0a', '#', \"\\\"\", '',\n)\n";
        let expected = ["a", "", "'", "'", "\\", "\n\n", "#", "\"", ""];
        let read: Vec<String> = read_table(source)
            .unwrap()
            .into_iter()
            .map(Option::unwrap_or_default)
            .collect();
        assert_eq!(read, expected);
        assert_eq!(read_table("data = (None, 'b')").unwrap()[0], None);
        assert_eq!(
            read_table("data = ()\n").unwrap(),
            Vec::<Option<String>>::new()
        );
    }

    #[test]
    fn refuses_what_it_does_not_read() {
        let refused = [
            ("data = ('a' 'b',)", "line 1: expected ',' or ')'"),
            ("data = (u'a',)", "expected None"),
            ("data = ('\\q',)", "the escape \\'q' is not read"),
            ("data = ('\\x4',)", "the escape \\x4'"),
            ("data = ('''a''',)", "triple-quoted"),
            ("data = ('a,\n)", "line 1: a string not closed"),
            ("data = ('a',)\nmore = 1", "line 2: expected the end"),
            ("data = ('a')", "not a tuple"),
            (
                "data = ('a',",
                "line 1: expected a string or None, found the end",
            ),
            ("table = ('a',)", "expected data"),
        ];
        for (source, message) in refused {
            let error = read_table(source).unwrap_err();
            assert!(error.contains(message), "{source:?}: {error}");
        }
    }
}
