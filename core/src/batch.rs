//! The batch seam: Arrow in (a stream of record batches with a `text` column and a `now`
//! column of reference instants), every row normalized on every core with the GIL released,
//! Arrow out (a stream of record batches with the row's columns).

use std::ffi::CStr;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Arc;

use arrow_array::ffi_stream::{ArrowArrayStreamReader, FFI_ArrowArrayStream};
use arrow_array::{
    Array, ArrayRef, Float64Array, Int64Array, LargeStringArray, ListArray, RecordBatch,
    RecordBatchIterator, StringArray, StringViewArray, StructArray, TimestampMicrosecondArray,
};
use arrow_buffer::{NullBuffer, OffsetBuffer};
use arrow_schema::{ArrowError, DataType, Field, Fields, Schema, TimeUnit};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyCapsule;

use crate::chunks::{default_threads, in_chunks, kept_pool};
use crate::documents::normalize_document;
use crate::row::{Options, Row};

const STREAM: &CStr = c"arrow_array_stream";

/// A stream of record batches the Python side reads with `pl.DataFrame(stream)`.
#[pyclass(module = "normalize._core")]
pub struct ArrowStream {
    batches: Option<Vec<RecordBatch>>,
    schema: Arc<Schema>,
}

#[pymethods]
impl ArrowStream {
    #[pyo3(signature = (requested_schema=None))]
    fn __arrow_c_stream__<'py>(
        &mut self,
        py: Python<'py>,
        requested_schema: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyCapsule>> {
        let _ = requested_schema;
        let batches = self
            .batches
            .take()
            .ok_or_else(|| PyValueError::new_err("the stream was read already"))?;
        let reader = RecordBatchIterator::new(batches.into_iter().map(Ok), self.schema.clone());
        let stream = FFI_ArrowArrayStream::new(Box::new(reader));
        PyCapsule::new(py, stream, Some(STREAM.to_owned()))
    }
}

/// Read the record batches of an object that has `__arrow_c_stream__`.
fn read_stream(source: &Bound<'_, PyAny>) -> PyResult<Vec<RecordBatch>> {
    let capsule = source.call_method0("__arrow_c_stream__")?;
    let capsule = capsule.downcast::<PyCapsule>()?;
    if capsule.name()? != Some(STREAM) {
        return Err(PyTypeError::new_err("expected an Arrow stream capsule"));
    }
    // Safety: the capsule holds an FFI_ArrowArrayStream that the producer gave up; it is
    // moved out here and released by the reader.
    let stream =
        unsafe { FFI_ArrowArrayStream::from_raw(capsule.pointer() as *mut FFI_ArrowArrayStream) };
    let reader = ArrowArrayStreamReader::try_new(stream).map_err(to_py)?;
    reader
        .collect::<Result<Vec<_>, ArrowError>>()
        .map_err(to_py)
}

fn to_py(error: ArrowError) -> PyErr {
    PyValueError::new_err(error.to_string())
}

/// The texts of a column of any of Arrow's string layouts (null stays null).
fn strings(column: &ArrayRef) -> PyResult<Vec<Option<&str>>> {
    let any = column.as_any();
    if let Some(array) = any.downcast_ref::<StringArray>() {
        return Ok(array.iter().collect());
    }
    if let Some(array) = any.downcast_ref::<LargeStringArray>() {
        return Ok(array.iter().collect());
    }
    if let Some(array) = any.downcast_ref::<StringViewArray>() {
        return Ok(array.iter().collect());
    }
    Err(PyTypeError::new_err(format!(
        "the text column holds {}, not strings",
        column.data_type()
    )))
}

/// Normalize every text of a stream of batches (`text`, and `now`: microseconds, UTC), on
/// `threads` threads (1: the calling thread; more: the kept pool of that many, shared by the
/// calls of every thread, see `chunks`; None: the kept pool of `default_threads`, even of one,
/// so that the documents are made on the core's own threads whichever threads hand them over:
/// polars hands its batches over from several, and each thread that makes documents keeps
/// its own copies of the patterns and their match caches).
#[pyfunction]
#[pyo3(signature = (source, *, default_tz=None, title_threshold=0.0, threads=None))]
fn normalize_stream(
    py: Python<'_>,
    source: &Bound<'_, PyAny>,
    default_tz: Option<String>,
    title_threshold: f64,
    threads: Option<usize>,
) -> PyResult<ArrowStream> {
    let batches = read_stream(source)?;
    let schema = Arc::new(row_schema());
    // One thread named by the caller is the calling one, which keeps its regex caches from
    // call to call.
    let pool = match threads {
        Some(0 | 1) => None,
        Some(count) => Some(kept_pool(count).map_err(PyValueError::new_err)?),
        None => Some(kept_pool(default_threads()).map_err(PyValueError::new_err)?),
    };
    let mut out = Vec::with_capacity(batches.len());
    for batch in &batches {
        let texts = batch
            .column_by_name("text")
            .ok_or_else(|| PyValueError::new_err("the stream has no text column"))?;
        let texts = strings(texts)?;
        let nows: Vec<Option<i64>> = match batch.column_by_name("now") {
            Some(column) => column
                .as_any()
                .downcast_ref::<TimestampMicrosecondArray>()
                .ok_or_else(|| PyTypeError::new_err("now must be Datetime(us, UTC)"))?
                .iter()
                .collect(),
            None => vec![None; texts.len()],
        };
        let documents: Vec<(Option<&str>, Option<i64>)> = texts.into_iter().zip(nows).collect();
        // A document's row and its text's id.
        let made = |&(text, now): &(Option<&str>, Option<i64>)| -> (Row, Option<String>) {
            let options = Options {
                default_tz: default_tz.clone(),
                now,
                title_threshold,
            };
            let row = safe_row(|| normalize_document(text, &options));
            (row, text.and_then(content_id))
        };
        // The rows, their texts' ids and the Arrow batch are all made without the GIL, so
        // that other Python threads (another batch's steps, the reading) run meanwhile.
        let batch = py.allow_threads(|| {
            let (rows, ids): (Vec<Row>, Vec<Option<String>>) = match &pool {
                None => documents.iter().map(made).unzip(),
                Some(pool) => in_chunks(pool, &documents, made).into_iter().unzip(),
            };
            to_batch(&rows, Arc::new(StringArray::from(ids)), schema.clone())
        });
        out.push(batch.map_err(to_py)?);
    }
    Ok(ArrowStream {
        batches: Some(out),
        schema,
    })
}

/// A stable id from a text's content: 16 hex digits of BLAKE2b-64 of its UTF-8 bytes, as
/// `normalize.documents.content_id` gives it; None for an empty text (Python's id of an empty
/// document depends on its source).
fn content_id(text: &str) -> Option<String> {
    if text.is_empty() {
        return None;
    }
    let digest = blake2b_simd::Params::new()
        .hash_length(8)
        .hash(text.as_bytes());
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut id = String::with_capacity(2 * digest.as_bytes().len());
    for &byte in digest.as_bytes() {
        id.push(char::from(HEX[usize::from(byte >> 4)]));
        id.push(char::from(HEX[usize::from(byte & 0xf)]));
    }
    Some(id)
}

/// A row whatever happens: a panic inside `make` becomes the row's warning, never a crash, and
/// the row is handed back to the Python path (`needs_python`), which makes the document's row.
fn safe_row(make: impl FnOnce() -> Row) -> Row {
    match catch_unwind(AssertUnwindSafe(make)) {
        Ok(row) => row,
        Err(cause) => {
            let detail = cause
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| cause.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_else(|| "unknown".to_string());
            let warning = format!("internal_error: core panic: {detail}");
            Row {
                title_lang: "und".to_string(),
                warnings: vec![warning.clone()],
                needs_python: Some(warning),
                ..Row::default()
            }
        }
    }
}

fn utc() -> DataType {
    DataType::Timestamp(TimeUnit::Microsecond, Some("UTC".into()))
}

fn list_of(fields: Fields) -> DataType {
    DataType::List(Arc::new(Field::new("item", DataType::Struct(fields), true)))
}

fn alt_fields() -> Fields {
    Fields::from(vec![
        Field::new("text", DataType::Utf8, true),
        Field::new("lang", DataType::Utf8, true),
    ])
}

fn fragment_fields() -> Fields {
    Fields::from(vec![
        Field::new("start", DataType::Int64, true),
        Field::new("end", DataType::Int64, true),
        Field::new("lang", DataType::Utf8, true),
        Field::new("script", DataType::Utf8, true),
    ])
}

fn hashtag_fields() -> Fields {
    let words = DataType::List(Arc::new(Field::new("item", DataType::Utf8, true)));
    Fields::from(vec![
        Field::new("tag", DataType::Utf8, true),
        Field::new("words", words, true),
        Field::new("lang", DataType::Utf8, true),
    ])
}

/// The schema of the rows the core makes (the table's, but doc_id, source and hashtag_words), `needs_python`: why a row must be made by the Python path instead, and
/// `content_id`: the id `doc_id` takes when the caller gives none (null for an empty text).
pub fn row_schema() -> Schema {
    let strings = DataType::List(Arc::new(Field::new("item", DataType::Utf8, true)));
    Schema::new(vec![
        Field::new("title", DataType::Utf8, true),
        Field::new("title_score", DataType::Float64, true),
        Field::new("title_lang", DataType::Utf8, true),
        Field::new("title_key", DataType::Utf8, true),
        Field::new("title_ascii", DataType::Utf8, true),
        Field::new("alt_titles", list_of(alt_fields()), true),
        Field::new("languages", strings.clone(), true),
        Field::new("fragments", list_of(fragment_fields()), true),
        Field::new("hashtags", list_of(hashtag_fields()), true),
        Field::new("published_at", utc(), true),
        Field::new("published_precision", DataType::Utf8, true),
        Field::new("modified_at", utc(), true),
        Field::new("body", DataType::Utf8, true),
        Field::new("warnings", strings, true),
        Field::new("needs_python", DataType::Utf8, true),
        Field::new("content_id", DataType::Utf8, true),
    ])
}

fn text_array<'a>(values: impl Iterator<Item = Option<&'a str>>) -> ArrayRef {
    Arc::new(values.collect::<StringArray>())
}

/// A list column from the lengths of each row's list and the flat values.
fn list_array(
    item: Arc<Field>,
    lengths: Vec<usize>,
    values: ArrayRef,
) -> Result<ArrayRef, ArrowError> {
    Ok(Arc::new(ListArray::try_new(
        item,
        OffsetBuffer::from_lengths(lengths),
        values,
        None::<NullBuffer>,
    )?))
}

fn to_batch(rows: &[Row], ids: ArrayRef, schema: Arc<Schema>) -> Result<RecordBatch, ArrowError> {
    let strings_item = Arc::new(Field::new("item", DataType::Utf8, true));
    let alt_values = StructArray::try_new(
        alt_fields(),
        vec![
            text_array(
                rows.iter()
                    .flat_map(|r| r.alt_titles.iter().map(|a| Some(a.text.as_str()))),
            ),
            text_array(
                rows.iter()
                    .flat_map(|r| r.alt_titles.iter().map(|a| Some(a.lang.as_str()))),
            ),
        ],
        None,
    )?;
    let fragment_values = StructArray::try_new(
        fragment_fields(),
        vec![
            Arc::new(
                rows.iter()
                    .flat_map(|r| r.fragments.iter().map(|f| i64::from(f.start)))
                    .collect::<Int64Array>(),
            ),
            Arc::new(
                rows.iter()
                    .flat_map(|r| r.fragments.iter().map(|f| i64::from(f.end)))
                    .collect::<Int64Array>(),
            ),
            text_array(
                rows.iter()
                    .flat_map(|r| r.fragments.iter().map(|f| Some(f.lang.as_str()))),
            ),
            text_array(
                rows.iter()
                    .flat_map(|r| r.fragments.iter().map(|f| Some(f.script.as_str()))),
            ),
        ],
        None,
    )?;
    let words = list_array(
        strings_item.clone(),
        rows.iter()
            .flat_map(|r| r.hashtags.iter().map(|h| h.words.len()))
            .collect(),
        text_array(rows.iter().flat_map(|r| {
            r.hashtags
                .iter()
                .flat_map(|h| h.words.iter().map(|w| Some(w.as_str())))
        })),
    )?;
    let hashtag_values = StructArray::try_new(
        hashtag_fields(),
        vec![
            text_array(
                rows.iter()
                    .flat_map(|r| r.hashtags.iter().map(|h| Some(h.tag.as_str()))),
            ),
            words,
            text_array(
                rows.iter()
                    .flat_map(|r| r.hashtags.iter().map(|h| Some(h.lang.as_str()))),
            ),
        ],
        None,
    )?;
    let field = |name: &str| {
        schema.field_with_name(name).map(|f| match f.data_type() {
            DataType::List(item) => item.clone(),
            _ => strings_item.clone(),
        })
    };
    let columns: Vec<ArrayRef> = vec![
        text_array(rows.iter().map(|r| r.title.as_deref())),
        Arc::new(
            rows.iter()
                .map(|r| Some(r.title_score))
                .collect::<Float64Array>(),
        ),
        text_array(rows.iter().map(|r| Some(r.title_lang.as_str()))),
        text_array(rows.iter().map(|r| r.title_key.as_deref())),
        text_array(rows.iter().map(|r| r.title_ascii.as_deref())),
        list_array(
            field("alt_titles")?,
            rows.iter().map(|r| r.alt_titles.len()).collect(),
            Arc::new(alt_values),
        )?,
        list_array(
            strings_item.clone(),
            rows.iter().map(|r| r.languages.len()).collect(),
            text_array(
                rows.iter()
                    .flat_map(|r| r.languages.iter().map(|l| Some(l.as_str()))),
            ),
        )?,
        list_array(
            field("fragments")?,
            rows.iter().map(|r| r.fragments.len()).collect(),
            Arc::new(fragment_values),
        )?,
        list_array(
            field("hashtags")?,
            rows.iter().map(|r| r.hashtags.len()).collect(),
            Arc::new(hashtag_values),
        )?,
        Arc::new(
            rows.iter()
                .map(|r| r.published_at)
                .collect::<TimestampMicrosecondArray>()
                .with_timezone("UTC"),
        ),
        text_array(rows.iter().map(|r| r.published_precision.as_deref())),
        Arc::new(
            rows.iter()
                .map(|r| r.modified_at)
                .collect::<TimestampMicrosecondArray>()
                .with_timezone("UTC"),
        ),
        text_array(rows.iter().map(|r| Some(r.body.as_str()))),
        list_array(
            strings_item,
            rows.iter().map(|r| r.warnings.len()).collect(),
            text_array(
                rows.iter()
                    .flat_map(|r| r.warnings.iter().map(|w| Some(w.as_str()))),
            ),
        )?,
        text_array(rows.iter().map(|r| r.needs_python.as_deref())),
        ids,
    ];
    RecordBatch::try_new(schema, columns)
}

/// The row a panic with this message becomes: its warnings and why it is handed back.
#[pyfunction]
#[pyo3(name = "batch__row_of_panic")]
fn twin_row_of_panic(message: String) -> (Vec<String>, Option<String>) {
    let row = safe_row(|| panic!("{message}"));
    (row.warnings, row.needs_python)
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<ArrowStream>()?;
    m.add_function(wrap_pyfunction!(twin_row_of_panic, m)?)?;
    m.add_function(wrap_pyfunction!(normalize_stream, m)?)
}
