# Usage errors exit 2 with a message; help works.
source "$(dirname "$0")/lib.sh"
expect_exit 2 "$STEMMA"
expect_exit 2 "$STEMMA" frobnicate
expect_exit 2 "$STEMMA" ingest
expect_stderr "paths is required"
expect_exit 2 "$STEMMA" export --format xml
expect_stderr "xml not in {json,jsonl,csv,graphml}"
expect_exit 2 "$STEMMA" extract --field bogus=x "$WORK"
expect_stderr "--field bogus=x: expected KEY=NAME"
expect_exit 0 "$STEMMA" --help
expect_stdout "ingest"
expect_exit 1 "$STEMMA" ingest --db /nonexistent-dir/x.db "$WORK"
expect_stderr "stemma: error: /nonexistent-dir/x.db: cannot open store"
echo ok
