# Sourced by the benchmark scripts: `timed LOG OUT COMMAND…` runs COMMAND under /usr/bin/time -v
# with stdout to OUT and stderr (the command's, then time's) to LOG, and prints one line:
# wall=…s cpu=…s (user … + sys …) peak_rss=…MB. The command's exit status is returned.
timed() {
  local log=$1 out=$2 status=0; shift 2
  /usr/bin/time -v "$@" > "$out" 2> "$log" || status=$?
  awk -F': ' '/Maximum resident set size/{rss=$2} /Elapsed \(wall clock\)/{w=$2}
    /User time \(seconds\)/{u=$2} /System time \(seconds\)/{y=$2}
    END{n=split(w,p,":"); s=(n==3)?p[1]*3600+p[2]*60+p[3]:p[1]*60+p[2];
        printf "wall=%.2fs cpu=%.2fs (user %.2f + sys %.2f) peak_rss=%.0fMB\n", s, u+y, u, y, rss/1024}' "$log"
  return $status
}
