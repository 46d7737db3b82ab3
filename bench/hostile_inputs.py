"""Hostile-input run: build hostile and good inputs, ingest them into a fresh archive with the
real CLI, and check that nothing was lost, nothing crashed and nothing leaked.

    python bench/hostile_inputs.py [--scale N] [--out DIR] [--seed S] [--json]

What it builds (``--scale`` multiplies the per-kind counts; scale 1 is about 70 files):
empty, blank and binary files (PNG, PDF, ELF, ZIP, random bytes with and without NULs), a file
over the size cap, NULs and control characters before and after the first 8 KB, wrong and
broken encodings (latin-1, cp1251, UTF-16 with and without BOM, damaged UTF-8), malformed and
deeply nested HTML, malformed, XXE and billion-laughs feeds, feeds with impossible dates,
hostile JSONL lines (100,000 ``[``, bad dates, compact dates, unpaired surrogates), symbolic
links out of the folder (/etc/passwd, a secret file, a folder), dangling and looping links,
unreadable files and folders, a named pipe, deep folders and odd file names, feeds whose entries
link to a secret on a server at 127.0.0.1 (directly, by redirect, as localhost, [::1], a decimal
address, the cloud metadata address), plus good reports in every form.

What it checks, from the archive the run leaves:
- the ingest process ends with exit code 0 or 1 (1: some item failed), no traceback;
- every input has as many records (archived article or recorded failure) as it holds items,
  with the outcome the input calls for where one is certain; nothing is lost;
- the printed summary agrees with the archive (added + failed);
- no secret (the server's, the file outside the folder, /etc/passwd) is anywhere in the
  archive's files (articles, raw store, search index, failures);
- no archived text holds a NUL or other control character.
Exit code 0 when every check passes. ``tests/test_hostile_inputs.py`` runs scale 1.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # tests.localserver
FILE_CAP = 1_000_000  # ingest.max_file_bytes for the run: "huge" files stay cheap to build


@dataclass
class Input:
    key: str  # path or URL; a record is this input's when its origin is key, key#..., key/...
    kind: str
    items: int | None = 1  # records the input must give; None: unknown (a broken feed), >= 1
    expect: str = "either"  # "archived", "failed" or "either"
    contains: str = ""  # text an archived record must hold (an encoding read right)
    published: str = ""  # the publication date an archived record must have


@dataclass
class Corpus:
    root: Path
    server: str
    rng: random.Random
    secrets: dict[str, str]
    inputs: list[Input] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)  # given to ingest besides the folder
    serial: int = 0

    def file(
        self,
        rel: str,
        data: bytes,
        kind: str,
        items: int | None = 1,
        expect: str = "either",
        contains: str = "",
    ) -> Path:
        path = self.root / "corpus" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        self.inputs.append(Input(str(path), kind, items, expect, contains))
        return path

    def report(self, words: int = 60) -> str:
        """A unique, plausible English report (every one gets its own number)."""
        self.serial += 1
        sentences = [self.rng.choice(SENTENCES) for _ in range(max(3, words // 12))]
        return f"Report {self.serial} from the field. " + " ".join(sentences)


SENTENCES = (
    "Government artillery shelled the outskirts of Kafr Nabl on Tuesday, residents said.",
    "Two civilians were killed when a mortar round hit a market in Maarat al-Numan.",
    "Opposition fighters attacked an army checkpoint near Saraqib overnight.",
    "The ceasefire announced last week was broken several times, monitors reported.",
    "Aid convoys reached Atarib after days of negotiations between the parties.",
    "Local councils said the water network in the eastern districts had been repaired.",
    "Airstrikes targeted a field hospital on the road to Khan Shaykhun, medics said.",
    "Negotiators met in Astana to discuss the boundaries of the de-escalation zone.",
)


# --- good inputs -------------------------------------------------------------------------------


def html_page(title: str, body: str) -> str:
    paragraphs = "".join(f"<p>{s}.</p>" for s in body.split(". ") if s)
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title></head><body><nav>Home | World"
        f"</nav><article><h1>{title}</h1>{paragraphs}</article><footer>All rights reserved"
        "</footer></body></html>"
    )


def rss(entries: list[str], title: str = "Hostile Monitor") -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{title}'
        f"</title>{''.join(entries)}</channel></rss>"
    ).encode()


def rss_item(
    title: str, body: str, link: str = "", date: str = "Mon, 15 Jul 2019 08:00:00 GMT"
) -> str:
    link_tag = f"<link>{html.escape(link)}</link>" if link else ""
    return (
        f"<item><title>{title}</title>{link_tag}<pubDate>{date}</pubDate>"
        f"<description><![CDATA[{body}]]></description></item>"
    )


def good(c: Corpus, n: int) -> None:
    c.file(f"good/{n}/report.txt", c.report().encode(), "good text", expect="archived")
    c.file(f"good/{n}/report.md", c.report(200).encode(), "good text", expect="archived")
    c.file(
        f"good/{n}/page.html",
        html_page(f"Page {n}", c.report(150)).encode(),
        "good html",
        expect="archived",
    )
    lines = [
        json.dumps({"text": c.report(), "published": "2019-07-15", "title": f"J{n}"})
        for _ in range(5)
    ]
    c.file(f"good/{n}/lines.jsonl", "\n".join(lines).encode(), "good jsonl", 5, "archived")
    entries = [rss_item(f"Entry {n}.{i}", c.report(150)) for i in range(3)]
    c.file(f"good/{n}/feed.rss", rss(entries), "good feed", 3, "archived")
    c.file(
        f"good/{n}/latin1.txt",
        (LATIN + f" Rapport {c.report(12)}").encode("latin-1"),
        "latin-1 text",
        expect="archived",
        contains=LATIN,
    )
    c.file(
        f"good/{n}/cp1251.txt",
        (CYRILLIC + f" {c.report(12)}").encode("cp1251"),
        "cp1251 text",
        expect="archived",
        contains=CYRILLIC,
    )
    c.file(f"good/{n}/utf16.txt", c.report().encode("utf-16"), "UTF-16 with BOM", expect="archived")


LATIN = "Le cessez-le-feu à Idlib a été violé mardi, selon des témoins près du marché."
CYRILLIC = "Перемирие в Идлибе было нарушено во вторник, сообщают наблюдатели."


# --- hostile files -----------------------------------------------------------------------------


def junk(c: Corpus, n: int) -> None:
    rng = c.rng
    fail = "failed"
    c.file(f"junk/{n}/empty.txt", b"", "empty", expect=fail)
    c.file(f"junk/{n}/blank.txt", b" \n\t\n ", "blank", expect=fail)
    c.file(f"junk/{n}/image.txt", b"\x89PNG\r\n\x1a\n" + rng.randbytes(500), "binary", expect=fail)
    c.file(f"junk/{n}/doc.html", b"%PDF-1.7\n" + rng.randbytes(500), "binary", expect=fail)
    c.file(f"junk/{n}/prog.txt", b"\x7fELF" + rng.randbytes(500), "binary", expect=fail)
    c.file(f"junk/{n}/zip.xml", b"PK\x03\x04" + rng.randbytes(500), "binary", expect=fail)
    c.file(f"junk/{n}/noise.txt", rng.randbytes(2000), "random bytes", expect=fail)
    noise = bytes(rng.randint(1, 255) for _ in range(rng.randint(100, 5000)))
    c.file(f"junk/{n}/noise-no-nul.txt", noise, "random bytes, no NUL", expect=fail)
    c.file(f"junk/{n}/nul-head.txt", b"Report\x00" * 50, "NUL in the head", expect=fail)
    tail = c.report(1500).encode() + b"\x00\x00 tail text\x00 after NULs."
    c.file(
        f"junk/{n}/nul-tail.txt",
        tail,
        "NUL after 8 KB",
        expect="archived",
        contains=" tail text after NULs.",
    )
    esc = f"{c.report()} \x1b[31mred\x1b[0m \x07bell\x08 \x0bvt".encode()
    c.file(
        f"junk/{n}/controls.txt",
        esc,
        "control characters",
        expect="archived",
        contains="[31mred[0m bell",
    )
    c.file(
        f"junk/{n}/utf16-nobom.txt", c.report().encode("utf-16-le"), "UTF-16, no BOM", expect=fail
    )
    broken = bytearray(("Ma‘arrat – café “calm”. " * 5 + c.report()).encode())
    for _ in range(3):
        broken.insert(rng.randrange(len(broken)), rng.choice([0x80, 0xC0, 0xFF]))
    c.file(f"junk/{n}/damaged-utf8.txt", bytes(broken), "damaged UTF-8", expect=fail)
    sprinkled = bytearray(c.report().encode())
    sprinkled.insert(rng.randrange(len(sprinkled)), rng.randint(0x80, 0xFF))
    c.file(f"junk/{n}/stray-byte.txt", bytes(sprinkled), "ASCII with a stray high byte")


def html_hostile(c: Corpus, n: int) -> None:
    scripts = (
        "<html><body><script>" + "var a=1;" * 500 + "</script><style>p{}</style></body></html>"
    )
    c.file(f"html/{n}/scripts.html", scripts.encode(), "HTML, scripts only", expect="failed")
    unclosed = "<html><body><div><p>" + c.report(100).replace(". ", ".<p><b><i>") + "<table><tr>"
    c.file(f"html/{n}/unclosed.html", unclosed.encode(), "malformed HTML")
    deep = "<html><body>" + "<div>" * 100_000 + c.report(40) + "</div>" * 10 + "</body></html>"
    c.file(f"html/{n}/deep.html", deep.encode(), "HTML nested 100,000 deep")
    huge_line = "<html><body><p>" + " ".join([c.report(40)] * 300) + "</p></body></html>"
    c.file(f"html/{n}/one-line.html", huge_line.encode(), "HTML, one long line")
    fragment = f"<p>{c.report()}</p><script>alert(1)</script>"
    c.file(f"html/{n}/fragment.html", fragment.encode(), "HTML fragment", expect="archived")


def feeds_hostile(c: Corpus, n: int) -> None:
    whole = rss([rss_item(f"T{n}.{i}", c.report(150)) for i in range(3)]).decode()
    c.file(
        f"feeds/{n}/truncated.rss",
        whole[: len(whole) * 2 // 3].encode(),
        "truncated feed",
        items=None,
    )
    xxe = (
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">'
        f'<!ENTITY s SYSTEM "file://{c.secrets["file_path"]}">]><rss version="2.0"><channel>'
        f"<title>XXE</title>{rss_item('x', '&x; &s; ' + c.report(150))}</channel></rss>"
    )
    c.file(f"feeds/{n}/xxe.rss", xxe.encode(), "XXE feed", items=None)
    lol = rss_item("l", "&e;&e;&e;&e; " + c.report(150))
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;'
        '&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;'
        '&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">]><rss '
        f'version="2.0"><channel><title>L</title>{lol}</channel>'
        "</rss>"
    )
    c.file(f"feeds/{n}/laughs.rss", laughs.encode(), "billion-laughs feed", items=None)
    dates = [
        rss_item(f"D{n}.{i}", c.report(150), date=d)
        for i, d in enumerate(["Mon, 01 Jan 0001 00:00:00 GMT", "Fri, 31 Dec 9999 00:00:00 GMT"])
    ]
    c.file(f"feeds/{n}/dates.rss", rss(dates), "feed with impossible dates", items=2)
    c.file(f"feeds/{n}/empty.rss", rss([]), "feed without entries", expect="failed")


def jsonl_hostile(c: Corpus, n: int) -> None:
    good_text = c.report()
    lines: list[tuple[str, str]] = [
        ("[" * 100_000, "failed"),
        ('{"a":' * 50_000, "failed"),
        ("not json at all", "failed"),
        ("[1, 2, 3]", "failed"),
        ('{"text": ""}', "failed"),
        ('{"text": 5}', "failed"),
        ('{"text": "Shelling hit Idlib \\ud800 on Tuesday, residents said."}', "failed"),
        (json.dumps({"text": c.report(), "published": "0001-01-01"}), "failed"),
        (json.dumps({"text": c.report(), "published": "9999-12-31"}), "failed"),
        (json.dumps({"text": c.report(), "published": "yesterday"}), "failed"),
        (json.dumps({"text": c.report(), "published": "20180111"}), "archived:2018-01-11"),
        (json.dumps({"text": c.report(), "title": "Nul\x00title \ud800"}), "archived"),
        (json.dumps({"text": good_text, "title": 1e999}), "archived"),
        (json.dumps({"text": "<p>" + c.report() + "</p>"}), "archived"),
    ]
    path = c.file(
        f"jsonl/{n}/hostile.jsonl",
        "\n".join(t for t, _ in lines).encode(),
        "hostile JSONL",
        items=0,
    )
    c.inputs.pop()
    for number, (_, expect) in enumerate(lines, start=1):
        outcome, _, day = expect.partition(":")
        c.inputs.append(Input(f"{path}#L{number}", "hostile JSONL line", 1, outcome, published=day))


# --- the file system and the network ----------------------------------------------------------


def links_and_modes(c: Corpus) -> None:
    folder = c.root / "corpus" / "fs"
    folder.mkdir(parents=True)
    (folder / "good.txt").write_text(c.report())
    c.inputs.append(Input(str(folder / "good.txt"), "good text", 1, "archived"))
    for name, target, kind in (
        ("passwd.txt", Path("/etc/passwd"), "symlink to /etc/passwd"),
        ("secret.txt", Path(c.secrets["file_path"]), "symlink to a secret outside"),
        ("escape", Path(c.secrets["file_path"]).parent, "symlink to a folder outside"),
        ("dangling.txt", c.root / "nothing-here", "dangling symlink"),
        ("loop.txt", folder / "loop.txt", "symlink loop"),
    ):
        (folder / name).symlink_to(target)
        c.inputs.append(Input(str(folder / name), kind, 1, "failed"))
    (folder / "alias.txt").symlink_to(folder / "good.txt")  # inside: skipped, target read
    c.inputs.append(Input(str(folder / "alias.txt"), "symlink inside the folder", 0))
    os.mkfifo(folder / "pipe.txt")
    c.inputs.append(Input(str(folder / "pipe.txt"), "named pipe", 1, "failed"))
    locked = folder / "locked"
    locked.mkdir()
    (locked / "inside.txt").write_text(c.report())
    c.inputs.append(Input(str(locked), "unreadable folder", 1))  # root reads it anyway
    (folder / "unreadable.txt").write_text(c.report())
    c.inputs.append(Input(str(folder / "unreadable.txt"), "unreadable file", 1))
    deep = folder.joinpath(*[f"d{i}" for i in range(60)])
    deep.mkdir(parents=True)
    (deep / "deep.txt").write_text(c.report())
    c.inputs.append(Input(str(deep / "deep.txt"), "60 folders deep", 1, "archived"))
    for name in ("spaces in name.txt", "ünïcødé-名前.txt", "semi;colon&amp.txt", "-dash.txt"):
        (folder / name).write_text(c.report())
        c.inputs.append(Input(str(folder / name), "odd file name", 1, "archived"))
    c.file("fs/huge.txt", b"word " * (FILE_CAP // 5 + 1000), "over the size cap", expect="failed")


def lock(c: Corpus) -> None:
    (c.root / "corpus" / "fs" / "locked").chmod(0)
    (c.root / "corpus" / "fs" / "unreadable.txt").chmod(0)


def unlock(c: Corpus) -> None:
    (c.root / "corpus" / "fs" / "locked").chmod(0o755)
    (c.root / "corpus" / "fs" / "unreadable.txt").chmod(0o644)


def ssrf(c: Corpus, n: int) -> None:
    port = c.server.rsplit(":", 1)[1]
    secret = f"{c.server}/secret.txt"
    links = [
        f"{secret}?{n}",
        f"{c.server}/redirect?n={n}&to={secret}",
        f"http://localhost:{port}/secret.txt?{n}",
        f"http://[::1]:{port}/secret.txt?{n}",
        f"http://2130706433:{port}/secret.txt?{n}",  # 127.0.0.1 as one decimal number
        f"http://127.1:{port}/secret.txt?{n}",
        f"http://169.254.169.254/latest/meta-data/?{n}",
        f"http://0.0.0.0:{port}/secret.txt?{n}",
    ]
    entries = [rss_item(f"S{n}.{i}", "teaser", link=link) for i, link in enumerate(links)]
    c.file(f"ssrf/{n}/feed.rss", rss(entries), "feed linking inside", items=0)
    c.inputs.pop()
    for link in links:
        c.inputs.append(Input(link, "link to an address inside", 1, "failed"))


def build(root: Path, server: str, secrets: dict[str, str], scale: int, seed: int) -> Corpus:
    c = Corpus(root=root, server=server, rng=random.Random(seed), secrets=secrets)
    for n in range(scale):
        good(c, n)
        junk(c, n)
        html_hostile(c, n)
        feeds_hostile(c, n)
        jsonl_hostile(c, n)
        ssrf(c, n)
    links_and_modes(c)
    direct = f"{server}/secret.txt?direct"
    c.sources.append(direct)
    c.inputs.append(Input(direct, "URL of an address inside", 1, "failed"))
    return c


def secret_files(root: Path) -> dict[str, str]:
    token = os.urandom(6).hex()
    www, outside = root / "www", root / "outside"
    www.mkdir(parents=True)
    outside.mkdir()
    words = " ".join(SENTENCES)
    (www / "secret.txt").write_text(f"SERVER-SECRET-{token} {words}")
    (outside / "secret.txt").write_text(f"FILE-SECRET-{token} {words}")
    found = {
        "server": f"SERVER-SECRET-{token}",
        "file": f"FILE-SECRET-{token}",
        "file_path": str(outside / "secret.txt"),
    }
    passwd = Path("/etc/passwd")
    if passwd.is_file():
        found["passwd"] = passwd.read_text().splitlines()[0]
    return found


# --- the run and the checks --------------------------------------------------------------------


@dataclass
class Outcome:
    articles: dict[str, str]  # origin -> text
    published: dict[str, str]  # origin -> publication date (ISO), when it has one
    failures: list[tuple[str, str]]  # (origin, reason)
    exit_code: int
    stdout: str
    stderr: str
    seconds: float
    peak_mb: float


def run_ingest(c: Corpus, db: Path) -> Outcome:
    env = {
        **os.environ,
        "CEASEWATCH_NET_ALLOW_PRIVATE_ADDRESSES": "0",
        "CEASEWATCH_INGEST_MAX_FILE_BYTES": str(FILE_CAP),
        "CEASEWATCH_NET_TIMEOUT_SECONDS": "5",
        "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]),
    }
    command = [
        sys.executable,
        "-c",
        "from ceasewatch.cli import main; main()",
        "ingest",
        "-q",
        "--db",
        str(db),
        str(c.root / "corpus"),
        *c.sources,
    ]
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=3600)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    articles, published, failures = read_archive(db)
    return Outcome(
        articles, published, failures, done.returncode, done.stdout, done.stderr, seconds, peak
    )


def read_archive(db: Path) -> tuple[dict[str, str], dict[str, str], list[tuple[str, str]]]:
    from ceasewatch.store import ArticleQuery, open_store

    store = open_store(db)
    try:
        stored = store.articles(ArticleQuery(limit=10**7))
        failures = [(f.origin, f.reason) for f in store.failures(limit=10**7)]
    finally:
        store.close()
    articles = {a.origin: a.text for a in stored}
    published = {a.origin: a.published.isoformat() for a in stored if a.published}
    return articles, published, failures


def owner(origin: str, keys: dict[str, Input]) -> Input | None:
    """The input a record came from: its origin, or the longest key it extends."""
    if origin in keys:
        return keys[origin]
    for cut in _prefixes(origin):
        if cut in keys:
            return keys[cut]
    return None


def _prefixes(origin: str) -> Iterator[str]:
    for sep in ("#", "/"):
        head = origin
        while sep in head:
            head = head.rsplit(sep, 1)[0]
            yield head


def check(c: Corpus, out: Outcome, db: Path) -> dict[str, object]:
    keys = {i.key: i for i in c.inputs}
    records: dict[str, list[str]] = {k: [] for k in keys}
    strays = []
    outcomes = [(o, "archived") for o in out.articles] + [(o, "failed") for o, _ in out.failures]
    for origin, outcome in outcomes:
        source = owner(origin, keys)
        if source is None:
            strays.append(origin)
        else:
            records[source.key].append(outcome)
    lost, extra, wrong = [], [], misread(c, out, keys)
    for key, given in records.items():
        want = keys[key]
        if len(given) < (1 if want.items is None else want.items):
            lost.append(key)
        elif want.items is not None and len(given) > want.items:
            extra.append(key)
        if want.expect != "either" and any(g != want.expect for g in given):
            wrong.append(f"{key} ({want.kind}): {given}, expected {want.expect}")
    return {
        "lost": lost,
        "extra": extra,
        "wrong": wrong,
        "strays": strays,
        "crash": out.exit_code not in (0, 1) or "Traceback" in out.stderr,
        "summary_agrees": summary_agrees(out),
        "leaks": leaks(c, db, out),
        "control_characters": [o for o, t in out.articles.items() if CONTROL.search(t)],
    }


def misread(c: Corpus, out: Outcome, keys: dict[str, Input]) -> list[str]:
    """Archived records whose input says what text they must hold, and that do not hold it."""
    found = []
    for origin, text in out.articles.items():
        source = owner(origin, keys)
        if source is None:
            continue
        if source.contains and source.contains not in text:
            found.append(f"{origin} ({source.kind}): {source.contains!r} not in {text[:80]!r}")
        if source.published and out.published.get(origin) != source.published:
            found.append(f"{origin}: published {out.published.get(origin)}, not {source.published}")
    return found


CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def summary_agrees(out: Outcome) -> bool | None:
    match = re.search(r"(\d+) added, (\d+) already archived, (\d+) failed", out.stdout)
    if match is None:
        return None  # the CLI's summary changed form: not checked
    added, _, failed = (int(g) for g in match.groups())
    return added == len(out.articles) and failed == len(out.failures)


def already_archived(out: Outcome) -> int | None:
    """Items the CLI found archived already: every generated text is unique, so a non-zero
    count here explains a "lost" input (a duplicate has no record of its own)."""
    match = re.search(r"(\d+) already archived", out.stdout)
    return int(match.group(1)) if match else None


def leaks(c: Corpus, db: Path, out: Outcome) -> list[str]:
    """Secrets found in any file the archive left (database, WAL, raw store) or in a record."""
    markers = [c.secrets[k] for k in ("server", "file", "passwd") if k in c.secrets]
    found = []
    for path in sorted(db.parent.iterdir()):
        if path.is_file():
            blob = path.read_bytes()
            found += [f"{m!r} in {path.name}" for m in markers if m.encode() in blob]
    texts = " ".join(out.articles.values()) + " ".join(r for _, r in out.failures)
    found += [f"{m!r} in a record" for m in markers if m in texts]
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=int, default=10)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--out", type=Path, help="keep the inputs and the archive here")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args()
    result = run(args.scale, args.seed, args.out)
    print(json.dumps(result, indent=2) if args.json else describe(result))
    return 0 if result["ok"] else 1


def run(scale: int, seed: int, out: Path | None = None) -> dict[str, object]:
    from tests.localserver import serve

    root = Path(tempfile.mkdtemp(prefix="hostile-")) if out is None else out
    try:
        secrets = secret_files(root)
        with serve(root / "www", allow_private=False) as server:
            c = build(root, server, secrets, scale, seed)
            lock(c)
            try:
                db = root / "archive" / "archive.db"
                db.parent.mkdir()
                outcome = run_ingest(c, db)
            finally:
                unlock(c)
        return tally(c, outcome, check(c, outcome, db))
    finally:
        if out is None:
            shutil.rmtree(root, ignore_errors=True)


def tally(c: Corpus, out: Outcome, found: dict[str, object]) -> dict[str, object]:
    walked = os.walk(c.root / "corpus")  # does not follow symbolic links
    files = sum(
        len(names) + sum(1 for d in dirs if os.path.islink(os.path.join(top, d)))
        for top, dirs, names in walked
    ) + len(c.sources)
    known = sum(i.items or 0 for i in c.inputs)
    bad = [
        k for k in ("lost", "extra", "wrong", "strays", "leaks", "control_characters") if found[k]
    ]
    ok = not bad and not found["crash"] and found["summary_agrees"] is not False
    return {
        "ok": ok,
        "inputs": files,
        "items_expected": known,
        "archived": len(out.articles),
        "failed": len(out.failures),
        "lost": len(found["lost"]),
        "crashes": int(bool(found["crash"])),  # type: ignore[arg-type]
        "exit_code": out.exit_code,
        "seconds": round(out.seconds, 1),
        "peak_mb": round(out.peak_mb),
        "kinds": len({i.kind for i in c.inputs}),
        "problems": {k: found[k] for k in bad},
        "summary_agrees": found["summary_agrees"],
        "already_archived": already_archived(out),
        "stderr_tail": out.stderr[-2000:] if found["crash"] else "",
    }


def describe(r: dict[str, object]) -> str:
    lines = [
        f"inputs tried: {r['inputs']} files and URLs of {r['kinds']} kinds, {r['items_expected']}"
        " items with a known count",
        f"archived {r['archived']}, recorded failures {r['failed']}, lost {r['lost']}, "
        f"crashes {r['crashes']} (exit code {r['exit_code']})",
        f"summary agrees with the archive: {r['summary_agrees']}",
        f"time {r['seconds']} s, peak memory of the ingest process {r['peak_mb']} MB",
        "OK" if r["ok"] else f"PROBLEMS: {json.dumps(r['problems'], indent=2)}",
    ]
    if r["stderr_tail"]:
        lines.append(str(r["stderr_tail"]))
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
