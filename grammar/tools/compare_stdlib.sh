#!/bin/bash
# Parses every .py file under DIR (default: CPython's stdlib) with garter and
# with CPython and diffs the canonical dumps. Prints one line per mismatch
# and a summary. Build first:
#   cargo build --release --example dump
# Usage: tools/compare_stdlib.sh [DIR] [--locs]
DIR=${1:-/usr/lib/python3.11}
LOCS=$2
DUMP=${DUMP:-${CARGO_TARGET_DIR:-target}/release/examples/dump}
HERE=$(dirname "$0")
ok=0; skip=0; bad=0
while IFS= read -r f; do
    exp=$(python3 "$HERE/pydump.py" "$f" $LOCS 2>/dev/null); rc=$?
    if [ $rc -ne 0 ]; then skip=$((skip+1)); continue; fi
    got=$("$DUMP" "$f" $LOCS 2>&1)
    if [ "$exp" == "$got" ]; then ok=$((ok+1)); else bad=$((bad+1)); echo "MISMATCH $f"; fi
done < <(find "$DIR" -name '*.py' -not -path '*/lib2to3/tests/*' -not -path '*/site-packages/*' | sort)
echo "ok=$ok mismatched=$bad skipped=$skip"
