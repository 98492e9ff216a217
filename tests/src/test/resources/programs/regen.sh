#!/usr/bin/env bash
# Regenerates the expected output of every golden program from CPython:
#   <name>.out  the program's stdout
#   <name>.err  the last line of stderr, only when the program exits with 1
# Each program runs with its own directory as the working directory.
# A program whose exit status is neither 0 nor 1 is an error.
set -u
PY=${PYTHON:-python3}
root=$(cd "$(dirname "$0")" && pwd)
status=0
count=0
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
while IFS= read -r -d '' prog; do
    dir=$(dirname "$prog")
    name=$(basename "$prog" .py)
    (cd "$dir" && "$PY" "$name.py" >"$name.out" 2>"$tmp")
    rc=$?
    case $rc in
        0) rm -f "$dir/$name.err"
           if [ -s "$tmp" ]; then
               echo "regen.sh: warning: ${prog#$root/} exited 0 but wrote to stderr" >&2
           fi ;;
        1) tail -n 1 "$tmp" >"$dir/$name.err" ;;
        *) echo "regen.sh: FAIL: ${prog#$root/} exited with status $rc (only 0 or 1 allowed)" >&2
           cat "$tmp" >&2
           status=1 ;;
    esac
    count=$((count + 1))
done < <(find "$root" -name '*.py' -type f -print0 | sort -z)
echo "regen.sh: $count programs regenerated with $("$PY" --version 2>&1)"
exit $status
