"""normalize_batch on a real local Ray cluster (two CPUs), as the README shows it."""

from __future__ import annotations

from collections.abc import Iterator

import polars as pl
import pyarrow as pa
import pytest

from normalize.arrow import normalize_batch, output_schema
from tests.engines import assert_same_rows

ray = pytest.importorskip("ray", reason="the [ray] extra is not installed")

BLOCK_ROWS = 500
pytestmark = [
    # Ray Data's own DataContext sets options it deprecates, when it is first made.
    pytest.mark.filterwarnings("ignore::DeprecationWarning:ray.data.context"),
    # One test process runs the engines' tests, one engine after the other.
    pytest.mark.xdist_group("engines"),
]


@pytest.fixture(scope="module")
def cluster() -> Iterator[None]:
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    ray.data.DataContext.get_current().enable_progress_bars = False
    yield
    ray.shutdown()


def test_map_batches_gives_the_rows_of_one_process(
    cluster: None, engine_corpus: pl.DataFrame, engine_expected: pl.DataFrame
) -> None:
    corpus = engine_corpus.to_arrow()
    blocks = [corpus.slice(start, BLOCK_ROWS) for start in range(0, len(corpus), BLOCK_ROWS)]
    dataset = ray.data.from_arrow(blocks).map_batches(
        normalize_batch, batch_format="pyarrow", fn_kwargs={"id_column": "id"}
    )
    result = pa.concat_tables(ray.get(dataset.to_arrow_refs()))
    assert result.schema.remove_metadata() == output_schema(corpus.schema)
    assert_same_rows(pl.DataFrame(pl.from_arrow(result)), engine_expected)


def test_a_dataset_without_the_text_column_fails_naming_it(cluster: None) -> None:
    dataset = ray.data.from_items([{"body": "Leaders meet"}])
    with pytest.raises(Exception, match="The text column 'text' is not in the input"):
        dataset.map_batches(normalize_batch, batch_format="pyarrow").materialize()
