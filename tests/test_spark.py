"""normalize_batches in a local Spark session (two cores), as the README shows it."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from functools import partial
from typing import Any

import polars as pl
import pytest

from normalize.arrow import normalize_batches, output_schema, spark_ddl
from tests.engines import assert_same_rows

pytest.importorskip("pyspark", reason="the [spark] extra is not installed")
if shutil.which("java") is None and "JAVA_HOME" not in os.environ:
    pytest.skip("Spark needs Java (17 or later) on the PATH", allow_module_level=True)

from pyspark.sql import SparkSession

# One test process runs the engines' tests, one engine after the other.
pytestmark = pytest.mark.xdist_group("engines")


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    with pytest.MonkeyPatch.context() as patch:
        # Spark starts its Python workers with this interpreter: the one normalize is in.
        patch.setenv("PYSPARK_PYTHON", sys.executable)
        session = (
            SparkSession.builder.master("local[2]")
            .appName("normalize-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.session.timeZone", "UTC")
            .getOrCreate()
        )
        session.sparkContext.setLogLevel("ERROR")
        yield session
        session.stop()


def test_map_in_arrow_gives_the_rows_of_one_process(
    spark: Any, engine_corpus: pl.DataFrame, engine_expected: pl.DataFrame
) -> None:
    corpus = engine_corpus.to_arrow()
    frame = spark.createDataFrame(corpus)
    ddl = spark_ddl(output_schema(corpus.schema))
    result = frame.mapInArrow(partial(normalize_batches, id_column="id"), ddl).toArrow()
    assert_same_rows(pl.DataFrame(pl.from_arrow(result)), engine_expected)


def test_a_frame_without_the_text_column_fails_naming_it(spark: Any) -> None:
    frame = spark.createDataFrame([("Leaders meet",)], "body STRING")
    with pytest.raises(Exception, match="The text column 'text' is not in the input"):
        frame.mapInArrow(normalize_batches, "body STRING").collect()
