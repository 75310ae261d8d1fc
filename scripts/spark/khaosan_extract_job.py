#!/usr/bin/env python3
"""`khaosan extract` as a Spark job: JSON Lines in, `khaosan merge`-able part files out.

    spark-submit --master <yarn|k8s://…|local[N]> \\
        --archives khaosan-<version>-<commit>-linux-<arch>.tar.gz#khaosan \\
        scripts/spark/khaosan_extract_job.py INPUT OUTPUT [--partitions N] [--unsorted] \\
        [-- EXTRACT-OPTIONS…]

INPUT and OUTPUT are Hadoop filesystem paths (file://, hdfs://, s3a://, or a path of the
default filesystem), passed to Spark unchanged; OUTPUT must not exist. The master, memory
and every other Spark setting come from the spark-submit command line only.

Every executor runs the packaged binary from its working directory (the `--archives … #khaosan`
folder: ./khaosan/khaosan-…/khaosan), one `khaosan extract --jobs 1` per partition.
Input with fewer partitions than --partitions (a .gz file is one partition: gzip cannot be
split) is repartitioned to --partitions before extraction.

Order and identity: `khaosan merge` unites extractions by document id and writes them sorted
by id (duplicate ids resolve by content), so the graph does not depend on the order of lines
or parts. The one thing that depends on a line's position is the default id of a record
without an "id" (`build` names it `<file name>:<line>`) and its default "source"
(`<input>:<line>`): the job keeps each line's 1-based position (zipWithIndex) and writes
these two fields into such records before extraction, so they get the names `build` gives
them (for one input file; for a directory or glob the position counts lines across the
files in Spark's order). By default the output is sorted by input position (part-00000 holds
the first lines of the archive; the same input gives the same part files); --unsorted skips
that shuffle (the merged graph is the same).

Bad input never stops the job: a rejected document (malformed JSON, no text, over the
budget) is an error line {"error":…,"location":"<INPUT>:<line>"} in the output, counted and
listed by `khaosan merge --errors FILE`. The job fails, naming the partition, when the binary
cannot be found or run, exits with a failure that is not "every document of the partition
was rejected", or writes output that does not add up to its trailer. Each part file ends
with its own trailer (line count and checksum, `khaosan merge` checks it).
"""
import argparse
import glob
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile

from pyspark import SparkContext, SparkFiles

TRAILER_PREFIX = '{"trailer":'
ERROR_PREFIX = '{"error":'
ARCHIVE_FOLDER = "khaosan"   # the name after '#' in --archives


def line_checksum(line):
    """The checksum `khaosan extract` sums for a line: first 8 bytes of its SHA-256, big-endian."""
    return int.from_bytes(hashlib.sha256(line.encode("utf-8")).digest()[:8], "big")


def trailer_line(lines, checksum):
    return '{"trailer":{"checksum":"%016x","lines":%d}}' % (checksum % 2**64, lines)


def is_blank(line):
    """Blank as `khaosan` reads JSON Lines: only spaces, tabs and carriage returns."""
    return line.strip(" \t\r") == ""


def with_position(line, index, input_path):
    """The record on `line` (0-based `index` in the input) with the default id and source
    `build` gives it when it has none; any other line unchanged."""
    if index == 0 and line.startswith("\ufeff"):
        line = line[1:]   # a UTF-8 byte-order mark, which `build` skips on the first line
    try:
        record = json.loads(line)
    except (ValueError, RecursionError):   # RecursionError: nesting too deep for Python
        return line   # `extract` rejects it, naming the reason
    if not isinstance(record, dict) or not record:
        return line
    number = index + 1
    added = {}
    identifier = record.get("id")
    if not ((isinstance(identifier, str) and identifier)
            or (isinstance(identifier, (int, float)) and not isinstance(identifier, bool))):
        added["id"] = "%s:%d" % (input_path.rstrip("/").rsplit("/", 1)[-1], number)
    if not isinstance(record.get("source"), str):
        added["source"] = "%s:%d" % (input_path, number)
    if not added:
        return line
    body = line.rstrip(" \t\r")
    if not body.endswith("}"):
        return line
    # Appended last: of repeated keys the last one counts, for `khaosan` as for json.loads.
    return body[:-1] + "," + json.dumps(added, ensure_ascii=False, separators=(",", ":"))[1:]


def find_binary(given):
    """The khaosan executable: `given`, else ./khaosan/*/khaosan (the --archives folder) in the
    working directory or in Spark's files directory (local mode)."""
    roots = [os.getcwd(), SparkFiles.getRootDirectory()]
    if given:
        candidates = [given] if os.path.isabs(given) else [os.path.join(root, given) for root in roots]
    else:
        candidates = [path for root in roots
                      for path in sorted(glob.glob(os.path.join(root, ARCHIVE_FOLDER, "*", "khaosan")))]
    for path in candidates:
        if os.path.isfile(path) and os.access(path, os.X_OK):
            return path
    raise RuntimeError("khaosan binary not found (looked for %s); ship the package with "
                       "--archives khaosan-….tar.gz#%s" % (", ".join(candidates) or
                       os.path.join(roots[0], ARCHIVE_FOLDER, "*", "khaosan"), ARCHIVE_FOLDER))


class PartitionFailure(RuntimeError):
    pass


def extract_partition(partition, rows, input_path, binary, extract_options):
    """Runs `khaosan extract` over one partition's (line, index) rows; yields (index, line)
    for each output line, error lines naming `<input_path>:<line>`."""
    work = tempfile.mkdtemp(prefix="khaosan-part-%05d-" % partition)
    process = None
    try:
        fed = "%s/part-%05d.jsonl" % (work, partition)
        indexes = []
        with open(fed, "w", encoding="utf-8", newline="\n") as f:
            f.write("\n")   # line 1 blank: no document is read as a file's first line
            for line, index in rows:
                if is_blank(line):
                    continue
                f.write(with_position(line, index, input_path) + "\n")
                indexes.append(index)
        if not indexes:
            return
        try:
            executable = find_binary(binary)
        except RuntimeError as error:
            raise PartitionFailure("partition %d (%d lines of %s): %s" % (partition, len(indexes), input_path, error))
        command = [executable, "extract", "--no-cache", "--quiet", "--jobs", "1"] + extract_options + [fed]

        def fail(reason):
            stderr.seek(0)
            log = stderr.read().decode("utf-8", "replace").strip().splitlines()[-15:]
            return PartitionFailure("khaosan extract failed on partition %d (%d lines of %s): %s; command: %s; "
                                    "stderr:\n%s" % (partition, len(indexes), input_path, reason,
                                                     " ".join(command), "\n".join(log)))

        # Lines are passed on as they come (a partition's output is never held whole); a
        # failure found at the end fails the task, and Spark keeps no output of a failed task.
        with open(os.path.join(work, "stderr"), "w+b") as stderr:
            try:
                process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=stderr, cwd=work)
            except OSError as error:
                raise fail("cannot run it: %s" % error)
            lines, errors, checksum, trailer = 0, 0, 0, None
            for raw in process.stdout:
                line = raw.decode("utf-8").rstrip("\n")
                if trailer is not None:
                    process.kill()
                    raise fail("a line after the trailer")
                if line.startswith(TRAILER_PREFIX):
                    trailer = json.loads(line)["trailer"]
                    continue
                if lines == len(indexes):
                    process.kill()
                    raise fail("more output lines than the %d input lines" % len(indexes))
                index = indexes[lines]
                lines += 1
                checksum += line_checksum(line)
                if line.startswith(ERROR_PREFIX):
                    errors += 1
                    error = json.loads(line)
                    error["location"] = "%s:%d" % (input_path, index + 1)
                    line = json.dumps(error, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
                yield index, line
            status = process.wait()
            if trailer is None:
                raise fail("exit status %d, no trailer: the output is incomplete" % status)
            if (trailer["lines"], int(trailer["checksum"], 16)) != (lines, checksum % 2**64):
                raise fail("%d line(s) do not add up to the trailer (%d)" % (lines, trailer["lines"]))
            if lines != len(indexes):
                raise fail("%d output line(s) for %d input line(s)" % (lines, len(indexes)))
            if status != 0 and not (status == 1 and errors == lines):
                raise fail("exit status %d" % status)
    finally:
        if process is not None and process.poll() is None:
            process.kill()   # the task stopped early
            process.wait()
        shutil.rmtree(work, ignore_errors=True)


def sealed(lines):
    """The lines of one part file, then its trailer (what `khaosan merge` checks)."""
    count, checksum = 0, 0
    for line in lines:
        count += 1
        checksum += line_checksum(line)
        yield line
    yield trailer_line(count, checksum)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="JSON Lines (.jsonl or .jsonl.gz), any Hadoop filesystem path")
    parser.add_argument("output", help="output directory (Hadoop path, must not exist)")
    parser.add_argument("--partitions", type=int, default=0,
                        help="partitions to extract in (default: spark.default.parallelism)")
    parser.add_argument("--binary", help="khaosan executable (default: ./khaosan/*/khaosan from --archives)")
    parser.add_argument("--unsorted", action="store_true",
                        help="do not sort the output by input position (one shuffle less; same merged graph)")
    parser.epilog = "Options after '--' go to `khaosan extract` (e.g. -- --max-document-seconds 60)."
    given = sys.argv[1:]
    split = given.index("--") if "--" in given else len(given)
    arguments = parser.parse_args(given[:split])
    extract_options = given[split + 1:]

    sc = SparkContext(appName="khaosan-extract")
    # Lines end at \n only, as `khaosan` reads them (Hadoop's default also splits at a lone \r).
    sc._jsc.hadoopConfiguration().set("textinputformat.record.delimiter", "\n")
    partitions = arguments.partitions or sc.defaultParallelism
    lines = sc.textFile(arguments.input, minPartitions=partitions)
    rows = lines.zipWithIndex()
    read_partitions = rows.getNumPartitions()
    if read_partitions < partitions:
        rows = rows.repartition(partitions)
    input_path, binary = arguments.input, arguments.binary
    extracted = rows.mapPartitionsWithIndex(
        lambda partition, part_rows: extract_partition(partition, part_rows, input_path, binary, extract_options))
    if not arguments.unsorted:
        # Part k holds the k-th run of input lines, sorted: ranges by position, not by sampling
        # (sortByKey would sample, running the extraction twice). Costs one pass counting lines.
        total = max(lines.count(), 1)
        extracted = extracted.repartitionAndSortWithinPartitions(
            partitions, partitionFunc=lambda index: index * partitions // total)
    extracted.values().mapPartitions(sealed).saveAsTextFile(arguments.output)
    print("khaosan-extract: %s (%d partition(s) read, extracted in %d) -> %s"
          % (arguments.input, read_partitions, rows.getNumPartitions(), arguments.output))
    sc.stop()


if __name__ == "__main__":
    main()
