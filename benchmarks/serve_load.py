"""A bounded load test of `quotes serve`, on this machine only (127.0.0.1).

Starts ``python -m quotes serve`` on a free port of 127.0.0.1, then sends REQUESTS requests (default 200)
from CLIENTS concurrent clients (default 8): the seed articles (``../shared/seeds``, else ``examples/``),
one or all per request, and some bad bodies (JSON cut off, the wrong shape, text that is not UTF-8, a
body over ``--max-bytes``, a document without text). Checks that every good request got exactly the
records that `quotes.io.extract_documents` gives in this process, and every bad one its expected status
(or error record); prints p50/p95 latency, requests per second against the same documents extracted in
this process (the baseline), and the server's memory (the server and its workers, RSS) before and after.

Bounded: REQUESTS requests at most, none sent after ``--time-limit`` seconds, each with a timeout.

    python benchmarks/serve_load.py [--requests 200] [--clients 8] [--workers 2] [--time-limit 600]

Exit code 0 when every answer was right, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import queue
import re
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
EXAMPLES = ROOT / "examples"
MAX_BYTES = 1_000_000
#: One request in BAD_EVERY is a bad one.
BAD_EVERY = 7


@dataclass
class Case:
    name: str
    body: bytes
    content_type: str
    status: int
    records: list[dict[str, Any]] | None = None  # the expected records of a good request


@dataclass
class Outcome:
    case: str
    status: int
    seconds: float
    right: bool
    problem: str = ""


def articles() -> dict[str, str]:
    folder = SEEDS if SEEDS.is_dir() and any(SEEDS.glob("*.txt")) else EXAMPLES
    found = {path.stem: path.read_text(encoding="utf8") for path in sorted(folder.glob("*.txt"))}
    found.update({f"example-{p.stem}": p.read_text(encoding="utf8") for p in sorted(EXAMPLES.glob("*.txt"))})
    return found


def expected_records(documents: list[dict[str, str]]) -> tuple[list[dict[str, Any]], float]:
    """The records `quotes extract --format jsonl` gives for ``documents``, and the seconds it took here."""
    import quotes
    from quotes.io import extract_documents, jsonl_record
    from quotes.model import Document

    nlp = quotes.load_model()
    records = [Document(doc_id=d["doc_id"], text=d["text"], source="request") for d in documents]
    start = time.perf_counter()
    out = [jsonl_record(result, text=document.text) for document, result in extract_documents(records, nlp=nlp)]
    return json.loads(json.dumps(out, ensure_ascii=False, default=str)), time.perf_counter() - start


def make_cases(texts: dict[str, str]) -> tuple[list[Case], float, int]:
    """The good and bad requests, and the baseline: seconds to extract every good request's documents here."""
    good: list[Case] = []
    baseline = 0.0
    documents_total = 0
    singles = [[{"doc_id": name, "text": text}] for name, text in texts.items()]
    for documents in [*singles, [{"doc_id": n, "text": t} for n, t in texts.items()]]:
        records, seconds = expected_records(documents)
        body = json.dumps({"documents": documents}).encode()
        name = documents[0]["doc_id"] if len(documents) == 1 else f"all {len(documents)}"
        good.append(Case(name, body, "application/json", 200, records))
        baseline += seconds
        documents_total += len(documents)
    bad = [
        Case("json cut off", b'{"documents": [{"doc_id": "a", "text": "He said', "application/json", 400),
        Case("wrong shape", b'{"documents": "not a list"}', "application/json", 422),
        Case("unknown option", b'{"text": "x", "options": {"speakers": "s.csv"}}', "application/json", 422),
        Case("not utf-8", "caf\xe9 \"au lait,\" she said".encode("latin-1"), "text/plain", 400),
        Case("too large", json.dumps({"text": "x" * (MAX_BYTES + 1000)}).encode(), "application/json", 413),
        Case("document without text", b'{"documents": [{"doc_id": "empty-one"}]}', "application/json", 200, None),
    ]
    # A good request's baseline is counted once per time it is sent: spread evenly, so per case.
    return good + bad, baseline / documents_total, len(good)


def check(case: Case, response: httpx.Response) -> tuple[bool, str]:
    if response.status_code != case.status:
        return False, f"status {response.status_code}, expected {case.status}: {response.text[:200]}"
    try:
        body = response.json()
    except ValueError:
        return False, "the answer is not JSON"
    if case.status != 200:
        ok = body.get("status") == case.status and bool(body.get("error")) and "Traceback" not in response.text
        return ok, "" if ok else f"not a JSON error: {response.text[:200]}"
    if case.records is None:  # the document without text: its own error record
        records = body.get("documents", [])
        ok = len(records) == 1 and records[0]["status"] == "error" and "text" in records[0]["message"]
        return ok, "" if ok else f"no error record: {response.text[:200]}"
    ok = body.get("documents") == case.records
    return ok, "" if ok else "the records differ from quotes extract's"


def server_rss(pid: int) -> int:
    """Resident memory of the server and all its worker processes, in bytes."""
    try:
        import psutil

        process = psutil.Process(pid)
        return sum(p.memory_info().rss for p in [process, *process.children(recursive=True)])
    except ImportError:
        total, stack = 0, [pid]
        while stack:
            current = stack.pop()
            status = Path(f"/proc/{current}/status").read_text()
            total += int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1)) * 1024  # type: ignore[union-attr]
            for task in Path(f"/proc/{current}/task").iterdir():
                stack.extend(int(child) for child in (task / "children").read_text().split())
        return total


def start_server(workers: int) -> tuple[subprocess.Popen[str], str]:
    command = [sys.executable, "-m", "quotes", "serve", "--host", "127.0.0.1", "--port", "0",
               "--workers", str(workers), "--max-bytes", str(MAX_BYTES)]  # fmt: skip
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in process.stderr], daemon=True).start()  # type: ignore[union-attr]
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=5)
        except queue.Empty:
            if process.poll() is not None:
                break
            continue
        found = re.search(r"serving (http://127\.0\.0\.1:\d+/)", line)
        if found:
            return process, found.group(1)
    process.kill()
    raise SystemExit("the server did not start")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2, help="the server's --workers")
    parser.add_argument("--time-limit", type=float, default=600, help="send no request after this many seconds")
    parser.add_argument("--timeout", type=float, default=120, help="seconds one request may take")
    args = parser.parse_args()

    texts = articles()
    print(f"articles: {', '.join(texts)} ({sum(map(len, texts.values())):,} characters)")
    cases, baseline_per_document, n_good = make_cases(texts)
    plan = [cases[n_good + (i // BAD_EVERY) % (len(cases) - n_good)] if i % BAD_EVERY == BAD_EVERY - 1 else cases[i % n_good]
            for i in range(args.requests)]  # fmt: skip

    process, address = start_server(args.workers)
    outcomes: list[Outcome] = []
    lock = threading.Lock()
    try:
        with httpx.Client(base_url=address, timeout=args.timeout) as warm:  # one of each, before measuring
            for case in cases:
                warm.post("/extract", content=case.body, headers={"Content-Type": case.content_type})
        rss_before = server_rss(process.pid)
        started = time.perf_counter()
        local = threading.local()

        def send(case: Case) -> None:
            if time.perf_counter() - started > args.time_limit:
                return
            client = getattr(local, "client", None)
            if client is None:
                client = local.client = httpx.Client(base_url=address, timeout=args.timeout)
            t0 = time.perf_counter()
            try:
                response = client.post("/extract", content=case.body, headers={"Content-Type": case.content_type})
                seconds = time.perf_counter() - t0
                right, problem = check(case, response)
                outcome = Outcome(case.name, response.status_code, seconds, right, problem)
            except httpx.HTTPError as err:
                outcome = Outcome(case.name, 0, time.perf_counter() - t0, False, f"{type(err).__name__}: {err}")
            with lock:
                outcomes.append(outcome)

        with ThreadPoolExecutor(args.clients) as pool:
            list(pool.map(send, plan))
        elapsed = time.perf_counter() - started
        rss_after = server_rss(process.pid)
        health = httpx.get(address + "health", timeout=10).json()
    finally:
        process.terminate()
        process.wait(30)

    good = [o for o in outcomes if o.case not in {c.name for c in cases[n_good:]}]
    bad = [o for o in outcomes if o not in good]
    wrong = [o for o in outcomes if not o.right]
    latencies = [o.seconds for o in outcomes]
    good_documents = sum(len(c.records or []) for c in plan if c.status == 200 and c.records is not None)
    print(f"server: {health['pipeline']}, {args.workers} worker process(es), 127.0.0.1; {args.clients} clients")
    print(f"requests: {len(outcomes)} of {len(plan)} sent in {elapsed:.1f} s ({len(good)} good, {len(bad)} bad bodies)")
    print(f"answered right: {len(outcomes) - len(wrong)} / {len(outcomes)}")
    statuses: dict[int, int] = {}
    for o in outcomes:
        statuses[o.status] = statuses.get(o.status, 0) + 1
    print("statuses: " + ", ".join(f"{status}: {n}" for status, n in sorted(statuses.items())))
    print(f"latency, all: p50 {percentile(latencies, 0.5) * 1000:.0f} ms, p95 {percentile(latencies, 0.95) * 1000:.0f} ms")
    if good:
        g = [o.seconds for o in good]
        print(f"latency, good requests: p50 {percentile(g, 0.5) * 1000:.0f} ms, p95 {percentile(g, 0.95) * 1000:.0f} ms")
    if bad:
        b = [o.seconds for o in bad]
        print(f"latency, bad bodies: p50 {percentile(b, 0.5) * 1000:.0f} ms, p95 {percentile(b, 0.95) * 1000:.0f} ms")
    rate = len(outcomes) / elapsed
    served = good_documents / elapsed
    local_rate = 1 / baseline_per_document
    print(f"throughput: {rate:.1f} requests/s; {served:.2f} documents/s through the server vs {local_rate:.2f} documents/s "
          f"extracted in this process (baseline, one process): {served / local_rate:.2f}x")  # fmt: skip
    print(f"server RSS (server + workers): before {rss_before / 2**20:.0f} MB, after {rss_after / 2**20:.0f} MB "
          f"({rss_after / rss_before:.2f}x)")  # fmt: skip
    for o in wrong[:10]:
        print(f"WRONG: {o.case}: {o.problem}")
    return 1 if wrong or len(outcomes) < len(plan) else 0


if __name__ == "__main__":
    sys.exit(main())
