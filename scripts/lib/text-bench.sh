# Sourced by the benchmark scripts from the repository root: builds Benchmarks/TextBench
# (release) against this checkout and sets `text_bench` to its binary.
build_text_bench() {
  local root
  root=$(pwd)
  mkdir -p Benchmarks/TextBench/.root && ln -sfn ../../.. Benchmarks/TextBench/.root/khaosan
  (cd Benchmarks/TextBench && swift build -c release >&2)
  local bin
  bin=$(cd Benchmarks/TextBench && swift build -c release --show-bin-path)
  case "$bin" in /*) ;; *) bin="$root/$bin" ;; esac   # newer SwiftPM prints an absolute path
  text_bench="$bin/text-bench"
}
