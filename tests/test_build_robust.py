"""A build never hangs, never loses what it built, never lets bad input stop it (issue 12):
bad files and dying workers are reported by name, builds into one folder do not race,
interrupted builds leave nothing behind, long lines cost linear time."""

from __future__ import annotations

import os
import pickle
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import BUNDLED_CORPUS
from kg import build as build_module
from kg.errors import AmbiguousName, BuildLocked, EndpointError, InputError, InputWarning, Interrupted, NodeNotFound, QueryError

GOOD = sorted(BUNDLED_CORPUS.glob("*.txt"))[0]  # one bundled newsletter: a build of it takes a second or two
ROOT = Path(__file__).parents[1]


@pytest.fixture
def no_hang():
    """Fail a test that hangs (the bug this file is about) instead of hanging the suite."""

    def hung(number, frame):
        raise TimeoutError("the build hung")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(300)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def _damaged(text: str) -> bytes:
    """UTF-8 with one invalid byte put in the third line, after its second character."""
    lines = text.split("\n")
    assert len(lines[2]) > 2
    before = "\n".join(lines[:2]) + "\n" + lines[2][:2]
    return before.encode() + b"\xff" + text[len(before) :].encode()


@pytest.fixture
def mixed(tmp_path) -> Path:
    """A folder of one good newsletter and bad files of every kind."""
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.txt").write_bytes(GOOD.read_bytes())
    (folder / "damaged.txt").write_bytes(_damaged(GOOD.read_text(encoding="utf-8")))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "table.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    return folder


def _problems(errors) -> dict[str, str]:
    return {Path(e.path).name: e.problem for e in errors}


def _check_mixed(result) -> None:
    assert sorted(f.name for f in result.files) == ["damaged.txt", "good.txt"]
    errors = _problems(result.errors)
    assert errors.keys() == {"empty.txt", "binary.txt", "table.xls"}
    assert errors["empty.txt"] == "empty file"
    assert "binary" in errors["binary.txt"]
    assert "unsupported file type .xls" in errors["table.xls"]
    assert _problems(result.warnings) == {"damaged.txt": "1 invalid UTF-8 byte sequence replaced with U+FFFD at line:column 3:3"}


# ---------------------------------------------------------------- errors across processes


@pytest.mark.parametrize("error", [
    InputError("a.txt", "empty file"), NodeNotFound("深圳", ["深圳市"]), AmbiguousName("朝阳区", ["110105", "220104"]),
    EndpointError("http://127.0.0.1:1/sparql", "refused", 503), QueryError("bad"), BuildLocked("out", 42),
    Interrupted("stopped"), InputWarning("b.txt", "replaced"),
], ids=lambda e: type(e).__name__)
def test_errors_survive_pickling(error):
    """What a worker process returns or raises comes back to the build as it was."""
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error) and str(copy) == str(error) and copy.__dict__ == error.__dict__


# ---------------------------------------------------------------- mixed folders, dying workers


def test_a_mixed_folder_builds_in_parallel_and_names_each_bad_file(tmp_path, mixed, no_hang):
    result = build_module.build([mixed], out=tmp_path / "out", jobs=2, cache=False)
    _check_mixed(result)
    summary = (tmp_path / "out" / "summary.txt").read_text(encoding="utf-8")
    assert "files read with problems:\n  damaged.txt: 1 invalid UTF-8 byte sequence replaced" in summary
    assert "files not read:\n" in summary and "  empty.txt: empty file" in summary


def test_a_mixed_folder_builds_on_a_dask_cluster(tmp_path, mixed, no_hang):
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        result = build_module.build([mixed], out=tmp_path / "out", scheduler=cluster.scheduler_address)
    _check_mixed(result)


def test_a_worker_that_dies_or_raises_is_reported_and_the_others_go_on(tmp_path, monkeypatch, no_hang):
    """The OOM killer or a crash in a C library kills a worker: the pool breaks with every file
    in it; the file that killed it is named, every other file is built."""
    folder = tmp_path / "in"
    folder.mkdir()
    names = ["a.txt", "b.txt", "crash.txt", "d.txt", "e.txt", "oops.txt", "g.txt"]
    for name in names:
        (folder / name).write_bytes(GOOD.read_bytes())
    real = build_module.extract_source

    def extract(source, *rest):
        if source.path.name == "crash.txt":
            os.kill(os.getpid(), signal.SIGKILL)
        if source.path.name == "oops.txt":
            raise RuntimeError("a bug")
        return real(source, *rest)

    monkeypatch.setattr(build_module, "extract_source", extract)  # inherited by the forked workers
    result = build_module.build([folder], out=tmp_path / "out", jobs=2, cache=False)
    assert [f.name for f in result.files] == [n for n in names if n not in ("crash.txt", "oops.txt")]
    errors = _problems(result.errors)
    assert errors["crash.txt"] == "its worker process died (killed by SIGKILL: out of memory?); skipped"
    assert errors["oops.txt"].startswith("extraction failed (RuntimeError: a bug)")


def test_workers_die_with_the_build(tmp_path):
    """A build killed with SIGKILL takes its worker processes with it (PR_SET_PDEATHSIG)."""
    script = (
        "import os, sys, time\n"
        "from pathlib import Path\n"
        "from kg.build import _in_processes\n"
        "def work(path):\n"
        "    Path(sys.argv[1], str(os.getpid())).touch()\n"
        "    time.sleep(600)\n"
        "list(_in_processes([Path('a'), Path('b')], 2, work))\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    parent = subprocess.Popen([sys.executable, "-c", script, str(tmp_path)], env=env)
    try:
        deadline = time.monotonic() + 60
        while len(list(tmp_path.iterdir())) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        workers = [int(p.name) for p in tmp_path.iterdir()]
        assert len(workers) == 2
    finally:
        parent.kill()
        parent.wait()
    deadline = time.monotonic() + 30
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(pid) for pid in workers)


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"  # a zombie has ended; only its exit status waits to be collected


# ---------------------------------------------------------------- one build at a time, no litter


def test_a_second_build_into_the_same_folder_is_refused_naming_the_first(tmp_path):
    out = tmp_path / "out"
    with build_module._locked(out):
        with pytest.raises(BuildLocked, match=rf"{out} is being built by process {os.getpid()}"):
            build_module.build([GOOD], out=out)
    assert not (out / "articles.jsonl").exists()


def test_a_build_takes_over_a_stale_lock_and_clears_what_a_killed_build_left(tmp_path):
    out = tmp_path / "out"
    (out / ".cache").mkdir(parents=True)
    (out / build_module.LOCK).write_text("999999999\n")  # its holder is long gone: the kernel released the flock
    litter = [".graph.json.k2j3.tmp", ".articles.jsonl.x8.tmp", ".lookup.sqlite.ab.tmp-journal", ".cache/.1f-2.pickle.q.tmp"]
    for name in litter:
        (out / name).write_text("half")
    for name in (".store.tmp", ".views.tmp", ".views.old"):
        (out / name).mkdir()
        (out / name / "x").write_text("half")
    result = build_module.build([GOOD], out=out)
    assert result.files and not result.errors
    left = sorted(p.name for p in out.iterdir())
    assert left == sorted([".cache", "lookup.sqlite", "store", "views", *(p.name for p in result.outputs)])
    assert not [p for p in (out / ".cache").iterdir() if p.name.endswith(".tmp")]


def test_an_interrupted_build_leaves_the_previous_exports_and_no_litter(tmp_path, monkeypatch):
    out = tmp_path / "out"
    first = build_module.build([GOOD], out=out)
    before = {p.name: p.read_bytes() for p in first.outputs}
    real = build_module.write_views

    def interrupted(graph, directory, *rest):
        real(graph, directory, *rest)  # the new pages are staged …
        raise KeyboardInterrupt  # … and Ctrl-C comes

    monkeypatch.setattr(build_module, "write_views", interrupted)
    with pytest.raises(KeyboardInterrupt):
        build_module.build([GOOD], out=out, cache=False)
    assert {p.name: p.read_bytes() for p in first.outputs} == before
    assert sorted(p.name for p in out.iterdir()) == sorted([".cache", "lookup.sqlite", "store", "views", *before])


def test_sigterm_raises_interrupted_during_a_build():
    with build_module._stop_signals_raise():
        with pytest.raises(Interrupted, match="stopped by SIGTERM"):
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(5)  # the handler runs at once; this only bounds a failure


def test_a_second_sigterm_does_not_break_off_the_cleaning_up_after_the_first():
    handler = signal.getsignal(signal.SIGTERM)
    with build_module._stop_signals_raise():
        with pytest.raises(Interrupted, match="stopped by SIGTERM"):
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(5)  # the handler runs at once; this only bounds a failure
        os.kill(os.getpid(), signal.SIGTERM)  # a worker passing the same stop on while the build cleans up: nothing raised
        time.sleep(0.1)
    assert signal.getsignal(signal.SIGTERM) == handler


@pytest.mark.parametrize("jobs", [1, 2])
def test_sigterm_while_a_file_is_extracted_stops_the_build(tmp_path, monkeypatch, no_hang, jobs):
    """Not reported as a failure of the file being waited for, the build going on regardless."""
    build = os.getpid()

    def stopped_while_extracting(source, budget=None):  # in the build (jobs=1) or in a worker it forked
        os.kill(build, signal.SIGTERM)
        time.sleep(60)

    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_bytes(GOOD.read_bytes())
    monkeypatch.setattr(build_module, "extract_source", stopped_while_extracting)
    with pytest.raises(Interrupted, match="stopped by SIGTERM"):
        build_module.build([tmp_path / "a.txt", tmp_path / "b.txt"], out=tmp_path / "out", jobs=jobs, cache=False)


def test_a_late_signal_waits_until_the_exports_are_in_place():
    # Python's own Ctrl-C handler for the test, even where the shell that started it ignores SIGINT (a background job)
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    done = []
    try:
        with pytest.raises(KeyboardInterrupt):
            with build_module._signals_deferred():
                os.kill(os.getpid(), signal.SIGINT)
                time.sleep(0.1)
                done.append("renamed")
    finally:
        signal.signal(signal.SIGINT, previous)
    assert done == ["renamed"]


# ---------------------------------------------------------------- bad arguments, damaged bytes, time


def test_an_unreadable_argument_is_skipped_like_a_file_in_a_folder(tmp_path, monkeypatch):
    from kg.cli import main

    locked = tmp_path / "locked.txt"
    locked.write_bytes(GOOD.read_bytes())
    real_access, real_read = os.access, Path.read_bytes
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: Path(path) != locked and real_access(path, mode, **kw))

    def read_bytes(self):
        if self == locked:
            raise PermissionError(13, "Permission denied")
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)  # root reads any file: pretend it cannot
    runner = CliRunner()
    ok = runner.invoke(main, ["build", str(locked), str(GOOD), "--out", str(tmp_path / "out"), "--jobs", "1"])
    assert ok.exit_code == 0, ok.output
    assert f"error: {locked}: cannot read: Permission denied" in ok.output
    nothing = runner.invoke(main, ["build", str(locked), "--out", str(tmp_path / "out2"), "--jobs", "1"])
    assert nothing.exit_code == 1 and "no file could be read" in nothing.output


def test_damaged_utf8_is_replaced_and_located_or_refused_when_strict(tmp_path):
    from kg.cli import main

    damaged = tmp_path / "damaged.txt"
    damaged.write_bytes(_damaged(GOOD.read_text(encoding="utf-8")))
    runner = CliRunner()
    lenient = runner.invoke(main, ["build", str(damaged), "--out", str(tmp_path / "a"), "--jobs", "1"])
    assert lenient.exit_code == 0, lenient.output
    assert f"warning: {damaged}: 1 invalid UTF-8 byte sequence replaced with U+FFFD at line:column 3:3" in lenient.output
    strict = runner.invoke(main, ["build", str(damaged), "--out", str(tmp_path / "b"), "--jobs", "1", "--strict-encoding"])
    assert strict.exit_code == 1
    assert f"error: {damaged}: invalid UTF-8 at line:column 3:3 (--strict-encoding refuses it" in strict.output


def test_decoding_tells_damaged_utf8_from_another_encoding():
    from kg.ingest import decode_text

    text = "深圳市支持低空经济发展。\n广州市发布若干措施。\n"
    assert decode_text(text.encode("gb18030"), "g.txt")[1:] == ("gb18030", ())
    damaged = text.encode()[:3] + b"\xff" + text.encode()[6:]  # 圳 lost, one bad byte in its place
    decoded, encoding, problems = decode_text(damaged, "u.txt")
    assert (decoded, encoding) == (text.replace("圳", "\ufffd"), "utf-8")
    assert problems == ("1 invalid UTF-8 byte sequence replaced with U+FFFD at line:column 1:2",)


def test_a_file_over_its_time_budget_is_reported_and_the_build_goes_on(tmp_path, monkeypatch, no_hang):
    from kg import budget

    slow = tmp_path / "slow.txt"
    slow.write_text(GOOD.read_text(encoding="utf-8") * 2, encoding="utf-8")
    real = budget.seconds_for
    monkeypatch.setattr(budget, "seconds_for", lambda chars, given=None: 1e-9 if chars > len(GOOD.read_text(encoding="utf-8")) else real(chars, given))
    result = build_module.build([slow, GOOD], out=tmp_path / "out", jobs=2, cache=False)
    assert [f.name for f in result.files] == [GOOD.name]
    assert _problems(result.errors)["slow.txt"].startswith("took longer than its time budget of 0 s; skipped (see --time-budget)")


def test_the_default_time_budget_grows_with_the_file():
    from kg.budget import seconds_for

    assert seconds_for(0) == 60.0 and seconds_for(5_000_000) == 560.0
    assert seconds_for(5_000_000, 30) == 30 and seconds_for(5_000_000, 0) is None


# ---------------------------------------------------------------- long sentences


def test_a_sentence_without_punctuation_is_cut_for_the_rules_never_inside_a_mention():
    from kg.link import Linker, Unit
    from kg.relations import MAX_SENTENCE, sentences

    text = "深圳市支持低空经济发展广州市打造人工智能产业集群" * 400
    units = [Unit(text)]
    located = Linker().locate_units(units)
    cut = sentences(units, located)
    assert len(cut) > len(text) // MAX_SENTENCE
    assert all(len(s.text) <= MAX_SENTENCE for s in cut)
    assert "".join(s.text for s in cut) == text
    assert sum(len(s.mentions) for s in cut) == len(located)  # every mention in one piece, none cut


def test_a_file_stuck_where_the_budget_is_not_checked_is_killed_and_reported(tmp_path, monkeypatch, no_hang):
    """Stuck in a C library (a regular expression backtracking for ever), a worker cannot check
    its budget: the kernel stops it (a CPU-time limit of twice the budget and 5 s)."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "stuck.txt"):
        (folder / name).write_bytes(GOOD.read_bytes())
    real = build_module.extract_source

    def extract(source, *rest):
        while source.path.name == "stuck.txt":
            pass  # never calls kg.budget.check
        return real(source, *rest)

    monkeypatch.setattr(build_module, "extract_source", extract)
    result = build_module.build([folder], out=tmp_path / "out", jobs=2, cache=False, time_budget=2)
    assert [f.name for f in result.files] == ["a.txt"]
    assert _problems(result.errors) == {"stuck.txt": "its worker process died (killed by SIGXCPU: over its time budget, stuck); skipped"}


def test_a_running_build_refuses_a_second_and_cleans_up_on_sigterm(tmp_path, no_hang):
    """End to end, as a user sees it: `kg build` in a process of its own holds the folder (a
    second build is refused, naming it), and SIGTERM stops it with its workers, its staged
    files removed, the exit status non-zero and a one-line message."""
    from kg.cli import main

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / GOOD.name).write_bytes(GOOD.read_bytes())
    (folder / "long.txt").write_text("深圳市支持低空经济发展" * 150_000, encoding="utf-8")  # many seconds of extraction, even on a fast machine
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    first = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(folder), "--out", str(out), "--jobs", "2"],
                             env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while not list(out.glob(".articles.jsonl.*.tmp")) and time.monotonic() < deadline:
            time.sleep(0.01)
        assert list(out.glob(".articles.jsonl.*.tmp")), "the build never started writing"
        second = CliRunner().invoke(main, ["build", str(GOOD), "--out", str(out)])
        assert second.exit_code == 1 and f"is being built by process {first.pid} (kg build)" in second.output
        children: list[int] = []
        while not children and time.monotonic() < deadline:  # the extraction workers, once started
            children = [int(pid) for pid in Path(f"/proc/{first.pid}/task/{first.pid}/children").read_text().split()]
        assert children
        first.send_signal(signal.SIGTERM)
        stderr = first.communicate(timeout=60)[1]
    finally:
        first.kill()
    assert first.returncode == 1 and "Error: kg build stopped by SIGTERM; the previous exports are kept" in stderr, (first.returncode, stderr)
    assert "Traceback" not in stderr
    assert [p.name for p in out.iterdir() if p.name != ".cache"] == []  # nothing staged is left, no lock
    assert not list(out.glob(".cache/.*.tmp"))
    deadline = time.monotonic() + 30
    while any(_alive(pid) for pid in children) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(pid) for pid in children)


def test_a_pipe_or_a_link_to_nothing_in_a_folder_is_named_as_on_the_command_line(tmp_path):
    # Entries of a folder that are no file nor folder were skipped without a word; named on the command line they
    # were reported. A link loop among the folders is walked once, the empty folder gives nothing.
    folder = tmp_path / "folder"
    (folder / "empty").mkdir(parents=True)
    (folder / "loop").mkdir()
    (folder / "loop" / "self").symlink_to("../loop")
    (folder / "good.txt").write_bytes(GOOD.read_bytes())
    (folder / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    (folder / "itself.txt").symlink_to(folder / "itself.txt")
    os.mkfifo(folder / "pipe.txt")
    from kg.ingest import discover

    files, errors = discover([folder])
    assert [f.name for f in files] == ["good.txt"]
    assert _problems(errors) == {"dangling.txt": "a symbolic link to nothing (its target is missing, or links back to itself)",
                                 "itself.txt": "a symbolic link to nothing (its target is missing, or links back to itself)",
                                 "pipe.txt": "not a regular file or folder (a device, a pipe or a socket)"}


def test_a_docx_whose_parts_unpack_past_the_limit_is_refused_before_it_is_unpacked(tmp_path, monkeypatch):
    # A zip bomb renamed .docx: a small file whose part unpacks to far more than any document holds is refused by
    # name from the sizes its parts declare, not unpacked into memory first (limit lowered so the test stays small).
    import zipfile

    from kg import readers
    from kg.ingest import read_source

    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b" " * 3 * 2**20)
    monkeypatch.setattr(readers, "DOCX_MAX_UNPACKED", 2**20)
    with pytest.raises(InputError, match=r"its parts unpack to 3 MB, more than the 1 MB a document holds \(a zip bomb\?\)"):
        read_source(bomb)


def test_a_few_nul_bytes_before_line_breaks_hide_no_headline():
    # A damaged copy with a NUL before some line breaks: read as spaces (offsets kept), so the headline above each is
    # still one, not glued to the item above by the control character at its end.
    from kg.ingest import decode_text, source_from_bytes
    from kg.segment import segment

    items = [(f"某某市第{i}批重点项目集中开工", f"记者从某某市获悉，第{i}批重点项目总投资{i + 30}亿元，涉及先进制造、现代服务等领域。")
             for i in range(1, 21)]
    text = "".join(f"{head}\n{body}\n" for head, body in items)
    damaged = text.replace("\n", "\0\n", 3).encode()
    decoded, encoding, _ = decode_text(damaged, "nul.txt")
    assert decoded == text.replace("\n", " \n", 3) and encoding == "utf-8"
    doc = segment(source_from_bytes("nul.txt", damaged))
    assert [a.title for a in doc.articles] == [head for head, _ in items]
