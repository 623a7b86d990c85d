#!/usr/bin/env bash
# Score the rules on PolNeAR train from cached parses (see scripts/cached_eval.py): the same three scores as
# ../shared/polnear/evaluate.sh, in seconds instead of minutes, for iterating on rules. Final figures: evaluate.sh.
# Usage: scripts/polnear_cached.sh CACHE [WORK_DIR]   (CACHE made by: cached_eval.py parse ../shared/polnear/train.jsonl CACHE)
# The speech-scope filter reads its own parse of the raw texts, cached beside CACHE as CACHE.scope (made on first use).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${POLNEAR_DIR:-$root/../shared/polnear}
cache=$1
work=${2:-${TMPDIR:-/tmp}/polnear-cached}
mkdir -p "$work"
python - "$shared/train.jsonl" "$work" <<'PY'
import json, sys
src, work = sys.argv[1], sys.argv[2]
with open(f"{work}/gold_speech.jsonl", "w") as s:
    for line in open(src):
        d = json.loads(line)
        s.write(json.dumps(dict(d, quotes=[q for q in d["quotes"] if q["speech_scope"]]), ensure_ascii=False) + "\n")
PY
python "$root/scripts/cached_eval.py" predict "$shared/train.jsonl" "$cache" "$work/pred.jsonl"
python "$root/scripts/speech_scope_cached.py" "$work/pred.jsonl" "$work/pred_speech.jsonl" "$cache.scope" --texts "$shared/train.jsonl"
echo "== every attribution PolNeAR annotates"
python "$shared/score.py" "$shared/train.jsonl" "$work/pred.jsonl" --json "$work/score_all.json" | grep -E "^(match|overlap)"
echo "== speech scope"
python "$shared/score.py" "$work/gold_speech.jsonl" "$work/pred_speech.jsonl" --json "$work/score_speech.json" | grep -E "^(match|overlap)"
echo "== canonical speakers (40 annotated documents)"
python "$shared/canonical.py" "$shared/train_canonical.jsonl" "$work/pred.jsonl" 0 | tail -n 1
