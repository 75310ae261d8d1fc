#!/usr/bin/env python3
"""Run `khaosan extract` on Apache Spark (local mode): RDD.pipe over JSONL lines.

Usage: extract_merge.py INPUT.jsonl KHAOSAN_BINARY OUTPUT_DIR [PARTITIONS]

Each partition's lines go to one `khaosan extract -` process (stdin → one JSON
line per document on stdout); the result lines of each partition are written
to OUTPUT_DIR/part-NNNNN.jsonl, ready for `khaosan merge OUTPUT_DIR/part-*.jsonl`.
"""
import os
import shlex
import sys

from pyspark import SparkConf, SparkContext


def main():
    source, binary, output = sys.argv[1], os.path.abspath(sys.argv[2]), sys.argv[3]
    partitions = int(sys.argv[4]) if len(sys.argv) > 4 else 4
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")  # stay on loopback
    conf = (SparkConf().setMaster("local[2]").setAppName("khaosan-extract")
            .set("spark.ui.enabled", "false").set("spark.ui.showConsoleProgress", "false")
            .set("spark.driver.memory", "1g")
            .set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1"))
    sc = SparkContext(conf=conf)
    sc.setLogLevel("WARN")
    try:
        lines = sc.textFile(os.path.abspath(source), minPartitions=partitions)
        command = [binary, "extract", "--no-cache", "--quiet", "--jobs", "1", "-"]
        results = lines.pipe(shlex.join(command)).glom().collect()
    finally:
        sc.stop()
    os.makedirs(output, exist_ok=True)
    total = 0
    for index, part in enumerate(results):
        with open(os.path.join(output, f"part-{index:05d}.jsonl"), "w", encoding="utf-8") as f:
            for line in part:
                f.write(line + "\n")
        total += len(part)
    print(f"spark: {lines.getNumPartitions()} partitions, {total} extract lines -> {output}", file=sys.stderr)


if __name__ == "__main__":
    main()
