"""Figures for the central server at scale (DESIGN §8, issue 9).

* ``server_ingest_per_s`` / ``server_p99_ms``: ``schools`` simulated schools (enrolled devices,
  real signed requests from ``benchmarks.server_load`` processes) deliver ``per_school``
  notifications each, in requests of ``batch``, all at once. Measured: notifications stored per
  second from "go" to the last receipt, and the p99 latency of the accepted requests. The
  configuration under test is two server instances (two ports) on one PostgreSQL; ``baseline``
  is the same load on one process on SQLite, in the same run.
* ``outage_recovery_s``: ``outage_notifications`` queued across the schools while the server is
  down for ``outage_s`` (the clients back off and probe as ``sync.engine.run_forever`` does);
  the server comes back; seconds from its first ``/v1/health`` answer until every notification
  holds a verified receipt, then the server's own count must be exactly the number sent.

The PostgreSQL configuration needs ``qorgau-server --database`` (issue 9) and Debian's
``postgresql`` package (``benchmarks.pg_cluster``); without either, the figures report the
SQLite single-process configuration instead and say so in ``configuration``.

Whether the load generator is the bottleneck: every figure reports ``generator_cpu_share``, the
generator processes' CPU over generator + server CPU during the measured phase; and
``python -m benchmarks.server_figures --generators N`` reruns the load with more processes (if
the throughput does not rise with N, the generator was not the limit).

Whether the machine was itself: ``steal_shares`` gives, for each run, the share of the machine's
CPU time that a virtual machine's hypervisor gave to others meanwhile (/proc/stat).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import requests
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

from app.storage import notifications as outbox
from benchmarks import pg_cluster
from benchmarks.core_figures import Result, figure
from benchmarks.sync_figures import make_vault, queue_notifications

REPO_ROOT = Path(__file__).resolve().parents[1]
START_TIMEOUT_S = 60.0
DISTRICT = "bench"
PG_CONFIG = "postgresql-2-instances"
STORM_S = 2.0
SQLITE_CONFIG = "sqlite-1-process"


@dataclass(frozen=True)
class Shape:
    """The size of the load; ``QUICK`` keeps the code exercised in the test suite."""

    schools: int = 1_000
    per_school: int = 20
    batch: int = 10
    generators: int = 4
    runs: int = 3
    outage_notifications: int = 100_000
    outage_s: float = 60.0
    outage_runs: int = 3
    # `serve --max-in-flight` (0: the server's default): raise it to measure the capacity
    # without load shedding.
    max_in_flight: int = 0


FULL = Shape()
QUICK = Shape(
    schools=12,
    per_school=4,
    batch=2,
    generators=2,
    runs=1,
    outage_notifications=120,
    outage_s=1.0,
    outage_runs=1,
)


# -- the server(s) --------------------------------------------------------------------------------


def _env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("QORGAU_SERVER_")}
    env["PYTHONPATH"] = str(REPO_ROOT)
    env.update(extra or {})
    return env


def _free_port() -> int:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def server_has_database_option() -> bool:
    """``qorgau-server --database`` exists (h2's half of issue 9)."""
    done = subprocess.run(
        [sys.executable, "-m", "server.cli", "--help"],
        cwd=REPO_ROOT,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    return "--database" in done.stdout


def machine_steal_share(before: tuple[int, int], after: tuple[int, int]) -> float:
    """The share of this machine's CPU time that its hypervisor gave to other machines between
    two ``machine_cpu_ticks()``: a run with much of it measured a slower machine."""
    steal, total = after[0] - before[0], after[1] - before[1]
    return round(steal / total, 3) if total > 0 else 0.0


def machine_cpu_ticks(stat: str | None = None) -> tuple[int, int]:
    """(steal, total) clock ticks of all CPUs since boot, from the ``cpu`` line of /proc/stat
    (user nice system idle iowait irq softirq steal ...; guest time is already in user)."""
    text = Path("/proc/stat").read_text() if stat is None else stat
    fields = [int(f) for f in text.splitlines()[0].split()[1:9]]
    return fields[7], sum(fields)


def _tree_cpu_s(pid: int) -> float:
    """User + system CPU seconds of ``pid`` and its live descendants (uvicorn workers)."""
    ticks = os.sysconf("SC_CLK_TCK")
    parents: dict[int, int] = {}
    cpu: dict[int, float] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        parents[int(entry)] = int(fields[1])
        cpu[int(entry)] = (int(fields[11]) + int(fields[12])) / ticks
    total, todo = 0.0, [pid]
    while todo:
        current = todo.pop()
        total += cpu.get(current, 0.0)
        todo.extend(child for child, parent in parents.items() if parent == current)
    return total


class Deployment:
    """``instances`` ``qorgau-server serve`` processes on one database (SQLite in the first
    data dir when ``database_url`` is None), each on its own loopback port."""

    def __init__(
        self, work: Path, database_url: str | None, instances: int, serve_args: list[str]
    ) -> None:
        self.work = work
        work.mkdir(parents=True, exist_ok=True)
        self.serve_args = serve_args
        self.database_url = database_url
        self.data_dirs = [work / f"instance-{n}" for n in range(instances)]
        self.ports = [_free_port() for _ in range(instances)]
        self.processes: list[subprocess.Popen[bytes]] = []
        self.extra_env: dict[str, str] = {}
        if database_url is not None:
            # Deployed as in deploy/: one key file that every instance reads, the URL in the env.
            key_path = work / "signing-key.pem"
            key = Ed25519PrivateKey.generate()
            key_path.write_bytes(
                key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
            )
            key_path.chmod(0o600)
            self.extra_env = {
                "QORGAU_SERVER_DATABASE": database_url,
                "QORGAU_SERVER_SIGNING_KEY_FILE": str(key_path),
            }
        self.cli("init")
        self.cli("districts", "add", DISTRICT, "--name", "Bench district")

    @property
    def configuration(self) -> str:
        return PG_CONFIG if self.database_url else SQLITE_CONFIG

    @property
    def urls(self) -> list[str]:
        return [f"http://127.0.0.1:{port}" for port in self.ports]

    def cli(self, *args: str, data_dir: Path | None = None) -> str:
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "server.cli",
                "--data-dir",
                str(data_dir or self.data_dirs[0]),
                *list(args),
            ],
            cwd=REPO_ROOT,
            env=_env(self.extra_env),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        if done.returncode != 0:
            raise RuntimeError(f"qorgau-server {args[0]} failed: {done.stderr.strip()}")
        return done.stdout

    def codes(self, count: int) -> list[str]:
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "benchmarks.server_load",
                "codes",
                str(count),
                "--district",
                DISTRICT,
                "--data-dir",
                str(self.data_dirs[0]),
            ],
            cwd=REPO_ROOT,
            env=_env(self.extra_env),
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        if done.returncode != 0:
            raise RuntimeError(f"issuing enrollment codes failed: {done.stderr.strip()[-2000:]}")
        codes = done.stdout.split()
        assert len(codes) == count, f"{len(codes)} codes for {count} schools"
        return codes

    def start(self) -> float:
        """Start every instance; return the monotonic time all of them answered /v1/health."""
        for data_dir, port in zip(self.data_dirs, self.ports, strict=True):
            data_dir.mkdir(mode=0o700, exist_ok=True)
            log = open(self.work / f"{data_dir.name}.log", "ab")
            args = ["--data-dir", str(data_dir), "serve", "--host", "127.0.0.1"]
            args += ["--port", str(port), "--log-level", "warning", *self.serve_args]
            self.processes.append(
                subprocess.Popen(
                    [sys.executable, "-m", "server.cli", *args],
                    cwd=REPO_ROOT,
                    env=_env(self.extra_env),
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=log,
                )
            )
            log.close()
        return max(
            self._wait_healthy(url, process)
            for url, process in zip(self.urls, self.processes, strict=True)
        )

    def _wait_healthy(self, url: str, process: subprocess.Popen[bytes]) -> float:
        deadline = time.monotonic() + START_TIMEOUT_S
        with requests.Session() as session:
            session.trust_env = False
            while time.monotonic() < deadline:
                if process.poll() is not None:
                    raise RuntimeError(f"the server exited while starting; see {self.work}/*.log")
                try:
                    response = session.get(url + "/v1/health", timeout=1.0)
                    response.close()
                    if response.status_code == 200:
                        return time.monotonic()
                except requests.RequestException:
                    pass
                time.sleep(0.01)
        raise RuntimeError(f"{url} did not answer /v1/health")

    def cpu_s(self) -> float:
        return sum(_tree_cpu_s(p.pid) for p in self.processes if p.poll() is None)

    def stop(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=15)
        self.processes = []

    def stored(self) -> tuple[int, int]:
        """(notifications, distinct ids) in the server's database — the server's own count."""
        sql = "SELECT count(*), count(DISTINCT id) FROM notifications"
        if self.database_url is not None:
            total, distinct = pg_cluster.psql_scalar(self.database_url, sql).split("|")
            return int(total), int(distinct)
        db = sqlite3.connect(f"file:{self.data_dirs[0] / 'server.sqlite3'}?mode=ro", uri=True)
        try:
            total, distinct = db.execute(sql).fetchone()
        finally:
            db.close()
        return int(total), int(distinct)


@contextmanager
def deployment(work: Path, configuration: str, shape: Shape) -> Iterator[Deployment]:
    serve_args = ["--max-in-flight", str(shape.max_in_flight)] if shape.max_in_flight else []
    with ExitStack() as stack:
        if configuration == PG_CONFIG:
            url = stack.enter_context(pg_cluster.throwaway_postgres())
            server = Deployment(work, url, 2, serve_args)
        else:
            server = Deployment(work, None, 1, serve_args)
        stack.callback(server.stop)
        yield server


# -- the load -------------------------------------------------------------------------------------


def payload_template(work: Path) -> dict[str, Any]:
    """One notification payload exactly as a school's vault queues it (transactional outbox)."""
    vault = make_vault(work / "template-vault")
    try:
        queue_notifications(vault, 1)
        template: dict[str, Any] = json.loads(outbox.queued_batch(vault.db, 1)[0].payload)
        return template
    finally:
        vault.close()


class Generators:
    """``count`` load-generator processes sharing out the schools."""

    def __init__(self, count: int) -> None:
        self.processes = [
            subprocess.Popen(
                [sys.executable, "-m", "benchmarks.server_load"],
                cwd=REPO_ROOT,
                env=_env(),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            )
            for _ in range(count)
        ]

    def enroll(self, config: dict[str, Any], codes: list[str]) -> None:
        share = -(-len(codes) // len(self.processes))
        for n, process in enumerate(self.processes):
            mine = codes[n * share : (n + 1) * share]
            assert process.stdin is not None
            process.stdin.write(
                json.dumps({**config, "codes": mine, "first_index": n * share}) + "\n"
            )
            process.stdin.flush()
        for process in self.processes:
            assert process.stdout is not None
            line = process.stdout.readline()
            if not line:
                raise RuntimeError("a load generator exited while enrolling its schools")

    def go(self) -> None:
        for process in self.processes:
            assert process.stdin is not None
            process.stdin.write("go\n")
            process.stdin.flush()

    def results(self) -> list[dict[str, Any]]:
        out = []
        for process in self.processes:
            assert process.stdout is not None
            line = process.stdout.readline()
            process.wait(timeout=60)
            if not line:
                raise RuntimeError("a load generator exited without results")
            result: dict[str, Any] = json.loads(line)
            if result["errors"]:
                raise RuntimeError(f"load generator errors: {result['errors']}")
            out.append(result)
        return out

    def close(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                process.kill()
                process.wait(timeout=10)


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _merged_statuses(results: list[dict[str, Any]]) -> dict[str, int]:
    total: Counter[str] = Counter()
    for result in results:
        total.update(result["statuses"])
    return dict(total)


@dataclass(frozen=True)
class IngestRun:
    per_s: float
    p99_ms: float
    p50_ms: float
    # The same p99 without the requests sent in the first STORM_S seconds, when 1,000 schools
    # connect at once and the generators sign their first requests on the server's own cores.
    p99_after_storm_ms: float
    # The server's own part of each accepted request (Server-Timing: from its headers reaching
    # the app to the answer's headers); the rest is the network, the event loops' queues and the
    # generator, which shares this machine's cores.
    server_side_p99_ms: float
    requests_per_s: float
    generator_cpu_share: float
    cpu_s: dict[str, float]
    statuses: dict[str, int]
    steal_share: float


def ingest_once(
    work: Path, configuration: str, shape: Shape, template: dict[str, Any]
) -> IngestRun:
    expected = shape.schools * shape.per_school
    with deployment(work, configuration, shape) as server:
        codes = server.codes(shape.schools)
        server.start()
        generators = Generators(shape.generators)
        try:
            config: dict[str, Any] = {"mode": "ingest", "urls": server.urls, "template": template}
            config |= {"per_school": shape.per_school, "batch": shape.batch}
            generators.enroll(config, codes)
            server_cpu, ticks = server.cpu_s(), machine_cpu_ticks()
            generators.go()
            results = generators.results()
            server_cpu = server.cpu_s() - server_cpu
            steal_share = machine_steal_share(ticks, machine_cpu_ticks())
        finally:
            generators.close()
        server.stop()
        stored, distinct = server.stored()
    delivered = sum(r["delivered"] for r in results)
    if not delivered == stored == distinct == expected:
        raise RuntimeError(
            f"{expected} sent, {delivered} receipts, {stored} stored ({distinct} ids)"
        )
    start = min(r["went"] for r in results)
    end = max(t for r in results for t in r["last_done"] if t is not None)
    generator_cpu = sum(r["cpu_s"] for r in results)
    return IngestRun(
        per_s=expected / (end - start),
        p99_ms=_percentile([x for r in results for x in r["latencies_ms"]], 0.99),
        p50_ms=_percentile([x for r in results for x in r["latencies_ms"]], 0.50),
        p99_after_storm_ms=_percentile(
            [
                latency
                for r in results
                for latency, sent in zip(r["latencies_ms"], r["sent_at"], strict=True)
                if sent >= STORM_S
            ]
            or [0.0],
            0.99,
        ),
        server_side_p99_ms=_percentile([x for r in results for x in r["server_ms"]], 0.99),
        requests_per_s=sum(r["requests"] for r in results) / (end - start),
        generator_cpu_share=generator_cpu / max(generator_cpu + server_cpu, 1e-9),
        cpu_s={"generators": round(generator_cpu, 1), "server": round(server_cpu, 1)},
        statuses=_merged_statuses(results),
        steal_share=steal_share,
    )


@dataclass(frozen=True)
class OutageRun:
    recovery_s: float
    last_school_back_s: float
    # When the schools were done, from the server's return: p50, p90, p99 over the schools.
    schools_done_s: dict[str, float]
    generator_cpu_share: float
    probes: int
    statuses: dict[str, int]
    steal_share: float


def outage_once(
    work: Path, configuration: str, shape: Shape, template: dict[str, Any]
) -> OutageRun:
    per_school = -(-shape.outage_notifications // shape.schools)
    expected = per_school * shape.schools
    with deployment(work, configuration, shape) as server:
        codes = server.codes(shape.schools)
        server.start()
        generators = Generators(shape.generators)
        try:
            config: dict[str, Any] = {"mode": "outage", "urls": server.urls, "template": template}
            config |= {"per_school": per_school, "batch": 200}
            generators.enroll(config, codes)
            server.stop()  # the outage: every school has its queue and nowhere to send it
            generators.go()
            time.sleep(shape.outage_s)
            back = server.start()
            server_cpu, ticks = server.cpu_s(), machine_cpu_ticks()
            results = generators.results()
            server_cpu = server.cpu_s() - server_cpu
            steal_share = machine_steal_share(ticks, machine_cpu_ticks())
        finally:
            generators.close()
        server.stop()
        stored, distinct = server.stored()
    delivered = sum(r["delivered"] for r in results)
    if not delivered == stored == distinct == expected:
        raise RuntimeError(
            f"{expected} queued, {delivered} receipts, {stored} stored ({distinct} ids)"
        )
    generator_cpu = sum(r["cpu_s"] for r in results)
    done = [t - back for r in results for t in r["last_done"]]
    return OutageRun(
        recovery_s=max(done),
        schools_done_s={f"p{q}": round(_percentile(done, q / 100), 1) for q in (50, 90, 99)},
        last_school_back_s=max(t for r in results for t in r["first_ok"]) - back,
        generator_cpu_share=generator_cpu / max(generator_cpu + server_cpu, 1e-9),
        probes=sum(r["probes"] for r in results),
        statuses=_merged_statuses(results),
        steal_share=steal_share,
    )


# -- figures --------------------------------------------------------------------------------------


def _configuration_under_test() -> tuple[str, str | None]:
    """(configuration, why not PostgreSQL) — PostgreSQL once the server and the host allow it."""
    if not server_has_database_option():
        return SQLITE_CONFIG, "qorgau-server has no --database option yet"
    try:
        pg_cluster.find_bin_dir()
    except pg_cluster.PostgresUnavailable as exc:
        return SQLITE_CONFIG, str(exc)
    return PG_CONFIG, None


def _median(values: list[float], digits: int = 1) -> float:
    return round(statistics.median(values), digits)


def ingest_figures(work: Path, shape: Shape) -> list[Result]:
    configuration, why = _configuration_under_test()
    template = payload_template(work)
    runs: dict[str, list[IngestRun]] = {configuration: [], SQLITE_CONFIG: []}
    for n in range(shape.runs):  # interleaved, so drift in the machine's load hits both
        for name in runs:
            runs[name].append(ingest_once(work / f"{name}-{n}", name, shape, template))
    tested, base = runs[configuration], runs[SQLITE_CONFIG]
    common: dict[str, object] = {
        "configuration": configuration,
        "schools": shape.schools,
        "notifications": shape.schools * shape.per_school,
        "batch": shape.batch,
        "generators": shape.generators,
        "runs": shape.runs,
    }
    if why:
        common["postgresql"] = f"not measured: {why}"
    # The baseline is a different configuration; without PostgreSQL there is nothing to compare.
    has_baseline = configuration != SQLITE_CONFIG
    ingest = figure(
        "server_ingest_per_s",
        statistics.median(r.per_s for r in tested),
        "notifications/s",
        baseline=statistics.median(r.per_s for r in base) if has_baseline else None,
        target=">=2000",
        samples=[round(r.per_s) for r in tested],
        requests_per_s=_median([r.requests_per_s for r in tested]),
        generator_cpu_share=_median([r.generator_cpu_share for r in tested], 2),
        statuses=tested[-1].statuses,
        cpu_s=tested[-1].cpu_s,
        steal_shares=[r.steal_share for r in tested],
        **common,
    )
    p99 = figure(
        "server_p99_ms",
        statistics.median(r.p99_ms for r in tested),
        "ms",
        baseline=statistics.median(r.p99_ms for r in base) if has_baseline else None,
        target="<=250",
        samples=[round(r.p99_ms, 1) for r in tested],
        p50_ms=_median([r.p50_ms for r in tested]),
        p99_after_storm_ms=_median([r.p99_after_storm_ms for r in tested]),
        server_side_p99_ms=_median([r.server_side_p99_ms for r in tested]),
        storm_s=STORM_S,
        **common,
    )
    return [ingest, p99]


def outage_figures(work: Path, shape: Shape) -> list[Result]:
    configuration, why = _configuration_under_test()
    template = payload_template(work)
    runs = [
        outage_once(work / f"outage-{n}", configuration, shape, template)
        for n in range(shape.outage_runs)
    ]
    result = figure(
        "outage_recovery_s",
        statistics.median(r.recovery_s for r in runs),
        "s",
        target="<=60",
        configuration=configuration,
        schools=shape.schools,
        notifications=-(-shape.outage_notifications // shape.schools) * shape.schools,
        outage_s=shape.outage_s,
        samples=[round(r.recovery_s, 1) for r in runs],
        last_school_back_s=_median([r.last_school_back_s for r in runs]),
        schools_done_s=sorted(runs, key=lambda r: r.recovery_s)[len(runs) // 2].schools_done_s,
        probes=runs[-1].probes,
        statuses=runs[-1].statuses,
        generator_cpu_share=_median([r.generator_cpu_share for r in runs], 2),
        steal_shares=[r.steal_share for r in runs],
        runs=shape.outage_runs,
    )
    if why:
        result["postgresql"] = f"not measured: {why}"
    return [result]


def server_ingest_per_s(work: Path, quick: bool) -> list[Result]:
    return ingest_figures(work, QUICK if quick else FULL)


def outage_recovery_s(work: Path, quick: bool) -> list[Result]:
    return outage_figures(work, QUICK if quick else FULL)


FIGURES: dict[str, Callable[[Path, bool], list[Result]]] = {
    "server_ingest_per_s": server_ingest_per_s,
    "outage_recovery_s": outage_recovery_s,
}


def main(argv: list[str] | None = None) -> int:
    """Run with a shape of one's own, e.g. more generator processes to check they are no limit."""
    import tempfile

    parser = argparse.ArgumentParser(prog="python -m benchmarks.server_figures")
    parser.add_argument("figure", choices=sorted(FIGURES))
    parser.add_argument("--quick", action="store_true", help="start from the quick shape")
    for name, value in vars(FULL).items():
        parser.add_argument("--" + name.replace("_", "-"), type=type(value), default=None)
    args = parser.parse_args(argv)
    shape = QUICK if args.quick else FULL
    shape = replace(
        shape, **{k: v for k, v in vars(args).items() if k in vars(FULL) and v is not None}
    )
    run = ingest_figures if args.figure == "server_ingest_per_s" else outage_figures
    with tempfile.TemporaryDirectory(prefix="qorgau-bench-") as tmp:
        for result in run(Path(tmp), shape):
            print(json.dumps(result, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
