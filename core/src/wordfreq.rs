//! wordfreq's word lists, read from its own data files (the "cBpack" format: a gzipped
//! msgpack list whose first item is a header and whose n-th list holds the words of
//! frequency -n centibels).
//!
//! The lists are large (Russian's holds 700,000 words), so the msgpack is read by a small
//! reader made for this one shape, a list of lists of strings: each word is borrowed from
//! the decompressed bytes, and only the words a table keeps are copied.

use std::path::{Path, PathBuf};

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

use crate::data::paths;

/// The file of one wordfreq list (`small`, `large`) of one language.
pub fn list_path(wordlist: &str, lang: &str) -> Result<PathBuf, String> {
    Ok(paths()?
        .wordfreq
        .join(format!("{wordlist}_{lang}.msgpack.gz")))
}

/// A cBpack file, decompressed: its buckets are read from these bytes.
pub struct CbPack {
    bytes: Vec<u8>,
    path: PathBuf,
}

impl CbPack {
    /// The file, decompressed (one gzip member, as wordfreq writes them).
    pub fn read(path: &Path) -> Result<Self, String> {
        let packed = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
        // A gzip file ends with its unpacked size (modulo 2^32).
        let size = match packed.len().checked_sub(4).and_then(|at| packed.get(at..)) {
            Some(&[a, b, c, d]) => u32::from_le_bytes([a, b, c, d]) as usize,
            _ => 0,
        };
        let mut bytes = vec![0; size];
        let unpacked = libdeflater::Decompressor::new()
            .gzip_decompress(&packed, &mut bytes)
            .map_err(|e| {
                format!(
                    "{}: not a gzip file of its stated size ({e})",
                    path.display()
                )
            })?;
        bytes.truncate(unpacked);
        Ok(CbPack {
            bytes,
            path: path.to_path_buf(),
        })
    }

    /// The file kept for the rest of the process, for a table built once whose words are
    /// borrowed from it.
    pub fn kept(self) -> &'static CbPack {
        Box::leak(Box::new(self))
    }

    /// The buckets: bucket n holds the words of frequency -n centibels, in the order wordfreq
    /// wrote them (an item of a bucket that is not a string is passed over).
    pub fn buckets(&self) -> Result<Vec<Vec<&str>>, String> {
        self.read_buckets()
            .map_err(|error| format!("{}: {error}", self.path.display()))
    }

    fn read_buckets(&self) -> Result<Vec<Vec<&str>>, String> {
        let mut reader = Reader {
            bytes: &self.bytes,
            at: 0,
        };
        let items = reader
            .array()?
            .ok_or_else(|| "not a cBpack list".to_string())?;
        if items == 0 {
            return Ok(Vec::new());
        }
        reader.skip()?; // the header
        let mut buckets = Vec::with_capacity(items - 1);
        for _ in 1..items {
            let count = reader
                .array()?
                .ok_or_else(|| "a bucket is not a list".to_string())?;
            let mut words = Vec::with_capacity(count);
            for _ in 0..count {
                match reader.string()? {
                    Some(word) => words.push(word),
                    None => reader.skip()?,
                }
            }
            buckets.push(words);
        }
        Ok(buckets)
    }
}

/// A msgpack reader over bytes, for the few kinds a cBpack file holds.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

const TRUNCATED: &str = "the msgpack data ends early";

impl<'a> Reader<'a> {
    fn peek(&self) -> Result<u8, String> {
        self.bytes
            .get(self.at)
            .copied()
            .ok_or_else(|| TRUNCATED.to_string())
    }

    fn take(&mut self, count: usize) -> Result<&'a [u8], String> {
        let end = self.at.checked_add(count).ok_or(TRUNCATED)?;
        let taken = self.bytes.get(self.at..end).ok_or(TRUNCATED)?;
        self.at = end;
        Ok(taken)
    }

    /// A big-endian length of 1, 2 or 4 bytes.
    fn length(&mut self, width: usize) -> Result<usize, String> {
        Ok(self
            .take(width)?
            .iter()
            .fold(0usize, |n, &byte| (n << 8) | byte as usize))
    }

    /// The length of the array that starts here (consumed), or None (nothing consumed) if
    /// something else does.
    fn array(&mut self) -> Result<Option<usize>, String> {
        let marker = self.peek()?;
        let width = match marker {
            0x90..=0x9f => 0,
            0xdc => 2,
            0xdd => 4,
            _ => return Ok(None),
        };
        self.at += 1;
        match width {
            0 => Ok(Some((marker & 0x0f) as usize)),
            _ => self.length(width).map(Some),
        }
    }

    /// The string that starts here (consumed), or None (nothing consumed) if something else
    /// does.
    fn string(&mut self) -> Result<Option<&'a str>, String> {
        let marker = self.peek()?;
        let width = match marker {
            0xa0..=0xbf => 0,
            0xd9 => 1,
            0xda => 2,
            0xdb => 4,
            _ => return Ok(None),
        };
        self.at += 1;
        let length = match width {
            0 => (marker & 0x1f) as usize,
            _ => self.length(width)?,
        };
        let text = self.take(length)?;
        std::str::from_utf8(text)
            .map(Some)
            .map_err(|e| format!("a word is not UTF-8 ({e})"))
    }

    /// Past the value that starts here, whatever it is.
    fn skip(&mut self) -> Result<(), String> {
        let marker = self.peek()?;
        self.at += 1;
        // (bytes of a length to read, bytes of data that follow, items that follow)
        let (width, data, items) = match marker {
            0x00..=0x7f | 0xc0..=0xc3 | 0xe0..=0xff => (0, 0, 0),
            0x80..=0x8f => (0, 0, 2 * (marker & 0x0f) as usize),
            0x90..=0x9f => (0, 0, (marker & 0x0f) as usize),
            0xa0..=0xbf => (0, (marker & 0x1f) as usize, 0),
            0xc4 | 0xd9 => (1, 0, 0),
            0xc5 | 0xda => (2, 0, 0),
            0xc6 | 0xdb => (4, 0, 0),
            // ext 8, 16, 32: a length, a type byte, the data
            0xc7 => (1, 1, 0),
            0xc8 => (2, 1, 0),
            0xc9 => (4, 1, 0),
            0xca => (0, 4, 0),
            0xcb => (0, 8, 0),
            0xcc | 0xd0 => (0, 1, 0),
            0xcd | 0xd1 => (0, 2, 0),
            0xce | 0xd2 => (0, 4, 0),
            0xcf | 0xd3 => (0, 8, 0),
            // fixext 1, 2, 4, 8, 16: a type byte, the data
            0xd4 => (0, 2, 0),
            0xd5 => (0, 3, 0),
            0xd6 => (0, 5, 0),
            0xd7 => (0, 9, 0),
            0xd8 => (0, 17, 0),
            0xdc => return self.skip_items(2, 1),
            0xdd => return self.skip_items(4, 1),
            0xde => return self.skip_items(2, 2),
            0xdf => return self.skip_items(4, 2),
        };
        let length = if width > 0 { self.length(width)? } else { 0 };
        self.take(data + length)?;
        for _ in 0..items {
            self.skip()?;
        }
        Ok(())
    }

    /// Past an array (`per` 1) or a map (`per` 2) whose length is `width` bytes.
    fn skip_items(&mut self, width: usize, per: usize) -> Result<(), String> {
        let count = self.length(width)?;
        for _ in 0..count.saturating_mul(per) {
            self.skip()?;
        }
        Ok(())
    }
}

/// A frequency in centibels as a probability, as wordfreq's `cB_to_freq` computes it.
pub fn cb_to_freq(centibels: i64) -> f64 {
    10f64.powf(centibels as f64 / 100.0)
}

/// The buckets of a cBpack file, as wordfreq's `read_cBpack` gives them (the header left out).
#[pyfunction]
#[pyo3(name = "wordfreq__read_cbpack")]
fn twin_read_cbpack(path: PathBuf) -> PyResult<Vec<Vec<String>>> {
    let pack = CbPack::read(&path).map_err(PyValueError::new_err)?;
    let buckets = pack.buckets().map_err(PyValueError::new_err)?;
    Ok(buckets
        .into_iter()
        .map(|bucket| bucket.into_iter().map(str::to_string).collect())
        .collect())
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(twin_read_cbpack, m)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn buckets(bytes: &[u8]) -> Result<Vec<Vec<String>>, String> {
        let pack = CbPack {
            bytes: bytes.to_vec(),
            path: PathBuf::from("test"),
        };
        Ok(pack
            .buckets()?
            .into_iter()
            .map(|bucket| bucket.into_iter().map(str::to_string).collect())
            .collect())
    }

    #[test]
    fn reads_the_buckets_after_the_header() {
        // [{"format": "cB", "version": 1}, [], ["a", "bc"], ["д"]]
        let mut bytes = vec![0x94, 0x82, 0xa6];
        bytes.extend(b"format");
        bytes.push(0xa2);
        bytes.extend(b"cB");
        bytes.push(0xa7);
        bytes.extend(b"version");
        bytes.extend([
            0x01, 0x90, 0x92, 0xa1, b'a', 0xd9, 0x02, b'b', b'c', 0x91, 0xa2,
        ]);
        bytes.extend("д".as_bytes());
        assert_eq!(
            buckets(&bytes).unwrap(),
            vec![
                vec![],
                vec!["a".to_string(), "bc".to_string()],
                vec!["д".to_string()]
            ]
        );
    }

    #[test]
    fn long_lengths_and_other_items() {
        // [nil, array16 of [str16 "x", 7, float64 0.0]]
        let mut bytes = vec![
            0x92, 0xc0, 0xdc, 0x00, 0x03, 0xda, 0x00, 0x01, b'x', 0x07, 0xcb,
        ];
        bytes.extend([0; 8]);
        assert_eq!(buckets(&bytes).unwrap(), vec![vec!["x".to_string()]]);
    }

    #[test]
    fn reads_a_gzip_file_and_refuses_a_cut_one() {
        // [nil, ["a"]], gzipped as wordfreq ships its lists
        let plain = [0x92, 0xc0, 0x91, 0xa1, b'a'];
        let mut packed = vec![0; 64];
        let size = libdeflater::Compressor::new(libdeflater::CompressionLvl::default())
            .gzip_compress(&plain, &mut packed)
            .unwrap();
        packed.truncate(size);
        let folder = std::env::temp_dir().join(format!("normalize-cbpack-{}", std::process::id()));
        std::fs::create_dir_all(&folder).unwrap();
        let whole = folder.join("whole.msgpack.gz");
        let cut = folder.join("cut.msgpack.gz");
        std::fs::write(&whole, &packed).unwrap();
        std::fs::write(&cut, &packed[..packed.len() - 6]).unwrap();
        let pack = CbPack::read(&whole).unwrap();
        assert_eq!(pack.buckets().unwrap(), vec![vec!["a"]]);
        assert!(CbPack::read(&cut).is_err());
        std::fs::remove_dir_all(&folder).unwrap();
    }

    #[test]
    fn truncated_or_wrong_data_is_an_error() {
        assert!(buckets(&[0x92, 0xc0, 0x91, 0xa3, b'a']).is_err());
        assert!(buckets(&[0x92, 0xc0, 0xa1, b'a']).is_err());
        assert!(buckets(&[0xa1, b'a']).is_err());
        assert!(buckets(&[0x92, 0xc0, 0x91, 0xa1, 0xff]).is_err());
    }
}
