"""An OpenAI-compatible fake model server for fault-injection tests (not a test module).

It listens on 127.0.0.1 on a free port and serves ``POST /v1/chat/completions`` and
``GET /v1/models``. A healthy answer is valid for the response schema the request carries
(instructor's JSON_SCHEMA mode sends it as ``response_format.json_schema``) and is made from
the request's own text by an answer function, so extractions produce real records. Every
response with a completion carries ``usage``.

Each request gets a fault from a ``FaultPlan``: an explicit script (in arrival order), then a
seeded random mix. The mix is drawn from a hash of (seed, the call's first two messages and
schema, how often that exact body was seen), so the faults a given call meets do not depend
on which thread got there first: a run is reproducible under concurrency.

Every request is recorded (arrival and answer times, fault, status, usage handed out, the
Authorization header) for assertions. ``go_down``/``come_back`` close and reopen the listening
socket on the same port (connections are refused meanwhile); ``FaultPlan.outage_after`` does
it from inside the run, after a given number of requests.
"""

from __future__ import annotations

import hashlib
import json
import math
import random
import re
import threading
import time
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

HOST = "127.0.0.1"


class Fault(str, Enum):
    OK = "ok"
    RATE_LIMIT = "429_retry_after"
    SERVER_ERROR = "500"
    UNAVAILABLE = "503"
    HANG = "hang"
    DROP = "dropped_connection"
    MALFORMED = "malformed_json"
    TRUNCATED = "truncated_length"
    UNGROUNDED = "ungrounded_answer"
    EMPTY_CHOICES = "empty_choices"
    UNAUTHORIZED = "401_wrong_key"
    NOT_FOUND = "404_no_such_model"
    BAD_REQUEST = "400_bad_request"
    TRICKLE = "trickle"
    HTML_PAGE = "200_html_page"


TRANSIENT = frozenset(
    {
        Fault.RATE_LIMIT,
        Fault.SERVER_ERROR,
        Fault.UNAVAILABLE,
        Fault.HANG,
        Fault.DROP,
        Fault.EMPTY_CHOICES,
        Fault.TRICKLE,
    }
)
"""Faults the client retries as transport failures (same request again after backoff)."""

REFUSALS = frozenset({Fault.UNAUTHORIZED, Fault.NOT_FOUND, Fault.BAD_REQUEST, Fault.HTML_PAGE})
"""Faults no retry can mend: the client must not retry them, nor call them an empty answer."""

ALL_FAULTS = tuple(f for f in Fault if f is not Fault.OK)


@dataclass(frozen=True)
class FaultPlan:
    mix: Mapping[Fault, float] = field(default_factory=dict)
    """Probability of each fault per request; whatever is left answers healthily."""
    seed: int = 0
    script: Sequence[Fault] = ()
    """Faults for the first requests in arrival order, before the mix applies."""
    retry_after_s: float = 0.2
    """Sent as ``Retry-After`` with a 429 (fractional seconds keep tests fast)."""
    trickle_s: float = 0.1
    """A trickling answer sends one byte per this many seconds (each within the read
    timeout, so only a total deadline ends it)."""
    hang_s: float = 3.0
    """How long a hanging request holds its connection (longer than the client timeout)."""
    outage_after: int | None = None
    """Go down when this many requests have arrived (that request is dropped) ..."""
    outage_s: float = 0.5
    """... and come back this many seconds later."""
    rules: Sequence[tuple[str, Fault]] = ()
    """(text, fault): a request whose body contains the text always gets the fault (an
    article that is doomed whatever the retries), before the script and the mix."""

    def __post_init__(self) -> None:
        if sum(self.mix.values()) > 1:
            raise ValueError("fault probabilities add up to more than 1")

    def choose(self, call_key: str, occurrence: int) -> Fault:
        """The fault for the ``occurrence``-th time this exact request body arrives."""
        draw = random.Random(f"{self.seed}:{call_key}:{occurrence}").random()
        total = 0.0
        for fault, probability in sorted(self.mix.items(), key=lambda kv: kv[0].value):
            total += probability
            if draw < total:
                return fault
        return Fault.OK


@dataclass(frozen=True)
class ChatRequest:
    """What an answer function gets to read."""

    schema_name: str
    schema: dict[str, Any]
    messages: list[dict[str, Any]]

    @property
    def user_text(self) -> str:
        """The task's own user message (re-asks append more; the task stays the first)."""
        return next((m["content"] for m in self.messages if m.get("role") == "user"), "")

    @property
    def sentence(self) -> str:
        """The sentence asked about: "[2] …" of a meeting window, "Sentence: …" otherwise."""
        match = re.search(r"^\[2\] (.*)$", self.user_text, re.M) or re.search(
            r"^Sentence: (.*)$", self.user_text, re.M
        )
        return match.group(1) if match else ""

    @property
    def article(self) -> str:
        match = re.search(r'Article:\n"""\n(.*)\n"""', self.user_text, re.S)
        return match.group(1) if match else ""


AnswerFunction = Callable[[ChatRequest], dict[str, Any]]


@dataclass
class RecordedRequest:
    index: int
    received_at: float
    call_key: str
    body_sha: str
    occurrence: int
    schema_name: str
    messages: int
    body_chars: int
    authorization: str | None
    user_text: str
    """The task's user message (the sentence or article the model is asked about)."""
    fault: Fault = Fault.OK
    source: str = "mix"
    """Why this fault: ``mix`` (seeded draw), ``script``, ``rule`` or ``outage``."""
    status: int | None = None
    """HTTP status sent; None when nothing was sent (hang, dropped connection)."""
    answered_at: float | None = None
    prompt_tokens: int = 0
    completion_tokens: int = 0
    """Usage handed out in a response that was written in full (0 otherwise)."""


# --------------------------------------------------------------------------------------------
# Healthy (and unhealthy) answers
# --------------------------------------------------------------------------------------------

_TITLES = (
    "Prime Minister|President|Foreign Minister|Defence Minister|Trade Minister|"
    "Foreign Secretary|Vice Minister|Minister|Ambassador|Chancellor"
)
_WORD = r"[A-Z][^\W\d_]+"  # a capitalised word, accents included ("René", "Jürgen")
_PERSON = re.compile(rf"\b({_TITLES}) ((?:{_WORD} ){{1,2}}{_WORD})(?: of ({_WORD}))?")
_COUNTRIES = (
    "India|Japan|France|Germany|Brazil|Kenya|Vietnam|Australia|Canada|Egypt|Mexico|Norway|"
    "Chile|Ghana|Peru|Spain|Italy|Greece|Poland|Sweden|Finland|Indonesia|Singapore|Nigeria"
)
_COUNTRY = re.compile(rf"\b({_COUNTRIES})\b")
_CITY = re.compile(r"\bin (New Delhi|Tokyo|Paris|Berlin|Nairobi|Hanoi|Canberra|Oslo|Geneva)\b")
_DATE = re.compile(r"\b(on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b")
_MEETING_WORDS = re.compile(r"\b(met|held talks|will meet|will visit|called on)\b")
_MILESTONE = re.compile(r"\b([A-Z][a-z]+ (?:Strategic )?Partnership) in ((?:19|20)\d\d)\b")


def meetings_in(text: str) -> list[dict[str, Any]]:
    """The meeting a sentence of a synthetic article reports: two titled people and a
    meeting word (what a good model would answer)."""
    people = _PERSON.findall(text)
    if len(people) < 2 or not _MEETING_WORDS.search(text):
        return []
    countries = list(dict.fromkeys(_COUNTRY.findall(text)))[:2]
    city, date = _CITY.search(text), _DATE.search(text)
    return [
        {
            "status": "planned" if re.search(r"\bwill\b", text) else "held",
            "countries": countries,
            "participants": [
                {"name": name, "title": title, "country": country or None}
                for title, name, country in people[:4]
            ],
            "mechanism": None,
            "date": date.group(1) if date else None,
            "location": city.group(1) if city else None,
            "topics": ["trade"] if "trade" in text else [],
        }
    ]


def milestones_in(text: str) -> list[dict[str, Any]]:
    match = _MILESTONE.search(text)
    if not match:
        return []
    return [
        {
            "name": match.group(1),
            "kind": "partnership_upgrade",
            "year": int(match.group(2)),
            "countries": list(dict.fromkeys(_COUNTRY.findall(text)))[:2],
        }
    ]


def grounded_answer(request: ChatRequest) -> dict[str, Any]:
    """A schema-valid answer read from the request's own text."""
    name = request.schema_name
    if "SentenceMeetings" in name:  # the sentence task has no country pair: code reads it
        found = meetings_in(request.sentence)[:3]
        return {"meetings": [{k: v for k, v in m.items() if k != "countries"} for m in found]}
    if "SentenceMilestones" in name:
        return {"milestones": milestones_in(request.sentence)[:4]}
    if name.endswith("Answer"):  # the whole-article task
        sentences = re.split(r"(?<=[.!?])\s+|\n+", request.article)
        meetings = [{"quote": s, **m} for s in sentences for m in meetings_in(s) if s.strip()]
        return {"meetings": meetings[:8], "milestones": []}
    return minimal_instance(request.schema, request.schema)


def ungrounded_answer(request: ChatRequest) -> dict[str, Any]:
    """Schema-valid but invented: people, quotes and years that are not in the text."""
    invented = {
        "status": "held",
        "countries": ["India", "Japan"],
        "participants": [
            {"name": "Zorvath Quenlimb", "title": "Grand Vizier", "country": "India"},
            {"name": "Melisande Ourbrook", "title": "High Envoy", "country": "Japan"},
        ],
        "mechanism": None,
        "date": "on Saturday",
        "location": "Atlantis",
        "topics": [],
    }
    name = request.schema_name
    if "SentenceMeetings" in name:
        return {"meetings": [{k: v for k, v in invented.items() if k != "countries"}]}
    if "SentenceMilestones" in name:
        milestone = {"name": "Eternal Partnership", "kind": "partnership_upgrade"}
        return {"milestones": [{**milestone, "year": 1899, "countries": ["India", "Japan"]}]}
    quote = "Zorvath Quenlimb met Melisande Ourbrook in Atlantis to sign the Eternal Pact."
    return {"meetings": [{"quote": quote, **invented}], "milestones": []}


def minimal_instance(schema: dict[str, Any], root: dict[str, Any]) -> Any:
    """The smallest value a JSON schema accepts (empty lists, nulls, first enum value)."""
    if "$ref" in schema:
        return minimal_instance(root["$defs"][schema["$ref"].split("/")[-1]], root)
    for union in ("anyOf", "oneOf"):
        if union in schema:
            options = schema[union]
            null = next((o for o in options if o.get("type") == "null"), None)
            return None if null is not None else minimal_instance(options[0], root)
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "object":
        props = schema.get("properties", {})
        return {k: minimal_instance(props[k], root) for k in schema.get("required", props)}
    return {"array": [], "string": "", "integer": 0, "number": 0, "boolean": False}.get(str(kind))


# --------------------------------------------------------------------------------------------
# The server
# --------------------------------------------------------------------------------------------


def _tokens(chars: int) -> int:
    return max(1, math.ceil(chars / 4))


class FakeModelServer:
    """``with FakeModelServer(plan) as server: settings.with_base_url(server.base_url)``"""

    def __init__(
        self,
        plan: FaultPlan | None = None,
        answer: AnswerFunction = grounded_answer,
        *,
        context_tokens: int | None = None,
        model: str = "fake-model",
    ) -> None:
        self.plan = plan or FaultPlan()
        self.answer = answer
        self.context_tokens = context_tokens
        """When set, a prompt longer than this is answered 400 (as llama.cpp does)."""
        self.model = model
        self.port = 0
        self.outages: list[tuple[float, float | None]] = []
        self._lock = threading.Lock()
        self._requests: list[RecordedRequest] = []
        self._seen: Counter[str] = Counter()
        self._stopping = threading.Event()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.files: dict[str, bytes] = {}
        self.batches: dict[str, dict[str, Any]] = {}
        self.batch_errors: tuple[str, ...] = ()
        """Markers: a batch request whose body contains one is answered with an error."""
        self.batch_delay_s = 0.3

    # -- life cycle ---------------------------------------------------------------------------

    def __enter__(self) -> FakeModelServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.port}/v1"

    def start(self) -> FakeModelServer:
        self._listen()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._close()

    @property
    def is_up(self) -> bool:
        return self._httpd is not None

    def go_down(self) -> None:
        """Close the listening socket: new connections are refused until ``come_back``."""
        with self._lock:
            self.outages.append((time.monotonic(), None))
        self._close()

    def come_back(self) -> None:
        if self._stopping.is_set():
            return
        self._listen()
        with self._lock:
            started, _ = self.outages[-1]
            self.outages[-1] = (started, time.monotonic())

    def _listen(self) -> None:
        server = self

        class Handler(_Handler):
            owner = server

        httpd = _Server((HOST, self.port), Handler)
        self.port = httpd.server_address[1]
        self._httpd = httpd
        self._thread = threading.Thread(
            target=httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()

    def _close(self) -> None:
        httpd, self._httpd = self._httpd, None
        if httpd is not None:
            httpd.shutdown()
            httpd.server_close()

    def _outage(self) -> None:
        self.go_down()
        self._stopping.wait(self.plan.outage_s)
        self.come_back()

    # -- what happened ------------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._requests)

    def fault_counts(self) -> Counter[Fault]:
        return Counter(r.fault for r in self.requests)

    def usage_handed_out(self) -> tuple[int, int]:
        records = self.requests
        return (
            sum(r.prompt_tokens for r in records),
            sum(r.completion_tokens for r in records),
        )

    # -- answers ------------------------------------------------------------------------------

    def completion(
        self, payload: dict[str, Any], fault: Fault, index: int, prompt_tokens: int
    ) -> dict[str, Any]:
        """The chat completion body for one request (a healthy or a content fault)."""
        messages = payload.get("messages") or []
        fmt = (payload.get("response_format") or {}).get("json_schema", {})
        request = ChatRequest(fmt.get("name", ""), fmt.get("schema", {}), messages)
        content, finish = _content(self.answer, fault, request)
        completion_tokens = _tokens(len(content))
        choices = [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": finish,
            }
        ]
        return {
            "id": f"chatcmpl-fake-{index}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": self.model,
            "choices": [] if fault is Fault.EMPTY_CHOICES else choices,
            "usage": {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + completion_tokens,
            },
        }

    # -- the Files and Batches API (OpenAI's shape), run at once in a thread ------------------

    def _store_file(self, content: bytes, purpose: str, name: str) -> dict[str, Any]:
        with self._lock:
            file_id = f"file-fake-{len(self.files)}"
            self.files[file_id] = content
        return {
            "id": file_id,
            "object": "file",
            "bytes": len(content),
            "created_at": int(time.time()),
            "filename": name,
            "purpose": purpose,
            "status": "processed",
        }

    def _create_batch(self, payload: dict[str, Any]) -> dict[str, Any]:
        with self._lock:
            batch_id = f"batch-fake-{len(self.batches)}"
            batch = {
                "id": batch_id,
                "object": "batch",
                "endpoint": payload.get("endpoint", "/v1/chat/completions"),
                "input_file_id": payload["input_file_id"],
                "completion_window": payload.get("completion_window", "24h"),
                "status": "in_progress",
                "created_at": int(time.time()),
                "output_file_id": None,
                "error_file_id": None,
                "request_counts": {"total": 0, "completed": 0, "failed": 0},
            }
            self.batches[batch_id] = batch
        threading.Thread(target=self._run_batch, args=(batch_id,), daemon=True).start()
        return dict(batch)

    def _run_batch(self, batch_id: str) -> None:
        """Answer every request of the input file; a request whose body contains one of
        ``batch_errors`` gets an error line (as a provider reports a request it refused)."""
        self._stopping.wait(self.batch_delay_s)  # long enough for a poll to see in_progress
        with self._lock:
            batch = self.batches[batch_id]
            lines = self.files[batch["input_file_id"]].decode("utf-8").splitlines()
        outputs, errors = [], []
        for n, line in enumerate(lines):
            if not line.strip():
                continue
            request = json.loads(line)
            body = request["body"]
            text = json.dumps(body)
            if any(marker in text for marker in self.batch_errors):
                error = {"code": "invalid_request", "message": "refused by the fake provider"}
                errors.append(
                    {
                        "id": f"br-{n}",
                        "custom_id": request["custom_id"],
                        "response": {"status_code": 400, "body": {"error": error}},
                        "error": None,
                    }
                )
                continue
            prompt_tokens = _tokens(sum(len(str(m.get("content", ""))) for m in body["messages"]))
            completion = self.completion(body, Fault.OK, 10_000 + n, prompt_tokens)
            outputs.append(
                {
                    "id": f"br-{n}",
                    "custom_id": request["custom_id"],
                    "response": {"status_code": 200, "request_id": f"req-{n}", "body": completion},
                    "error": None,
                }
            )
        out = self._store_file(
            "".join(json.dumps(o) + "\n" for o in outputs).encode(),
            "batch_output",
            f"{batch_id}_output.jsonl",
        )
        err = (
            self._store_file(
                "".join(json.dumps(e) + "\n" for e in errors).encode(),
                "batch_output",
                f"{batch_id}_errors.jsonl",
            )
            if errors
            else None
        )
        with self._lock:
            batch.update(
                status="completed",
                output_file_id=out["id"],
                error_file_id=err["id"] if err else None,
                request_counts={
                    "total": len(outputs) + len(errors),
                    "completed": len(outputs),
                    "failed": len(errors),
                },
            )

    # -- one request --------------------------------------------------------------------------

    def _admit(self, body: bytes, payload: dict[str, Any], auth: str | None) -> RecordedRequest:
        messages = payload.get("messages") or []
        schema_name = (payload.get("response_format") or {}).get("json_schema", {}).get("name", "")
        call = json.dumps([schema_name, messages[:2]], sort_keys=True).encode()
        call_key = hashlib.sha256(call).hexdigest()[:16]
        body_sha = hashlib.sha256(body).hexdigest()[:16]
        with self._lock:
            occurrence = self._seen[body_sha]
            self._seen[body_sha] += 1
            index = len(self._requests)
            record = RecordedRequest(
                index=index,
                received_at=time.monotonic(),
                call_key=call_key,
                body_sha=body_sha,
                occurrence=occurrence,
                schema_name=schema_name,
                messages=len(messages),
                body_chars=len(body),
                authorization=auth,
                user_text=next(
                    (str(m.get("content")) for m in messages if m.get("role") == "user"), ""
                ),
            )
            text = body.decode("utf-8", errors="replace")
            ruled = next((fault for marker, fault in self.plan.rules if marker in text), None)
            if ruled is not None:
                record.fault, record.source = ruled, "rule"
            elif index < len(self.plan.script):
                record.fault, record.source = self.plan.script[index], "script"
            else:
                record.fault = self.plan.choose(f"{call_key}:{body_sha}", occurrence)
            outage = self.plan.outage_after is not None and index + 1 == self.plan.outage_after
            if outage:
                record.fault, record.source = Fault.DROP, "outage"
            self._requests.append(record)
        if outage:
            threading.Thread(target=self._outage, daemon=True).start()
        return record


def _content(answer: AnswerFunction, fault: Fault, request: ChatRequest) -> tuple[str, str]:
    if fault is Fault.UNGROUNDED:
        return json.dumps(ungrounded_answer(request)), "stop"
    healthy = json.dumps(answer(request))
    if fault is Fault.MALFORMED:
        return "{'meetings': [ {status: held, " + healthy[2:40], "stop"
    if fault is Fault.TRUNCATED:
        return healthy[: max(1, len(healthy) // 2)], "length"
    return healthy, "stop"


def _multipart(content_type: str, body: bytes) -> dict[str, tuple[bytes, str]]:
    """Form fields of a multipart upload: name -> (content, file name)."""
    from email.parser import BytesParser
    from email.policy import HTTP

    message = BytesParser(policy=HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + body
    )
    fields: dict[str, tuple[bytes, str]] = {}
    for part in message.iter_parts():  # type: ignore[attr-defined]
        name = part.get_param("name", header="content-disposition")
        filename = part.get_param("filename", header="content-disposition") or ""
        payload = part.get_payload(decode=True)
        fields[str(name)] = (payload if isinstance(payload, bytes) else b"", str(filename))
    return fields


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # the default 5 drops connections under a concurrent batch


class _Handler(BaseHTTPRequestHandler):
    owner: FakeModelServer
    protocol_version = "HTTP/1.0"  # one request per connection: a dropped one is clean

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        path, owner = self.path.split("?")[0].rstrip("/"), self.owner
        parts = path.split("/")
        if path.endswith("/models"):
            self._json(200, {"object": "list", "data": [{"id": owner.model, "object": "model"}]})
        elif "/files/" in path and path.endswith("/content") and parts[-2] in owner.files:
            data = owner.files[parts[-2]]
            self.send_response(200)
            self.send_header("Content-Type", "application/octet-stream")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        elif "/batches/" in path and parts[-1] in owner.batches:
            with owner._lock:
                batch = dict(owner.batches[parts[-1]])
            self._json(200, batch)
        else:
            self._json(404, {"error": {"message": "not found"}})

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        path = self.path.split("?")[0].rstrip("/")
        if path.endswith("/files"):
            fields = _multipart(self.headers.get("Content-Type", ""), body)
            content, name = fields.get("file", (b"", "upload.jsonl"))
            purpose = fields.get("purpose", (b"batch", ""))[0].decode()
            self._json(200, self.owner._store_file(content, purpose, name))
            return
        if path.endswith("/batches"):
            payload = json.loads(body or b"{}")
            if payload.get("input_file_id") not in self.owner.files:
                self._json(404, {"error": {"message": "no such file"}})
                return
            self._json(200, self.owner._create_batch(payload))
            return
        if not path.endswith("/chat/completions"):
            self._json(404, {"error": {"message": "not found"}})
            return
        payload = json.loads(body or b"{}")
        owner = self.owner
        record = owner._admit(body, payload, self.headers.get("Authorization"))
        try:
            self._serve(record, payload)
        except (BrokenPipeError, ConnectionResetError):
            # The client gave up (a hang past its timeout): nothing was delivered.
            record.prompt_tokens = record.completion_tokens = 0

    def _serve(self, record: RecordedRequest, payload: dict[str, Any]) -> None:
        owner, plan, fault = self.owner, self.owner.plan, record.fault
        if fault is Fault.DROP:
            record.answered_at = time.monotonic()
            self.close_connection = True
            return  # the socket closes with nothing written
        if fault is Fault.HANG:
            owner._stopping.wait(plan.hang_s)
            record.answered_at = time.monotonic()
            self.close_connection = True
            return
        if fault is Fault.RATE_LIMIT:
            headers = {"Retry-After": f"{plan.retry_after_s:g}"}
            self._error(record, 429, "rate limit reached, retry later", headers)
            return
        if fault in (Fault.SERVER_ERROR, Fault.UNAVAILABLE):
            status = 500 if fault is Fault.SERVER_ERROR else 503
            self._error(record, status, "internal error" if status == 500 else "loading model")
            return
        if fault is Fault.UNAUTHORIZED:
            self._error(record, 401, "Incorrect API key provided: sk-fake-0123456789abcdef")
            return
        if fault is Fault.NOT_FOUND:
            self._error(record, 404, "The model `fake-model` does not exist")
            return
        if fault is Fault.BAD_REQUEST:
            self._error(record, 400, "invalid request: 'messages' is malformed")
            return
        if fault is Fault.HTML_PAGE:  # a proxy's or web server's page, answered 200
            page = b"<!doctype html><html><body><h1>Welcome to nginx!</h1></body></html>"
            record.status, record.answered_at = 200, time.monotonic()
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)
            return
        messages = payload.get("messages") or []
        prompt_chars = sum(len(str(m.get("content", ""))) for m in messages)
        prompt_tokens = _tokens(prompt_chars)
        if owner.context_tokens is not None and prompt_tokens > owner.context_tokens:
            message = (
                f"the request exceeds the available context size ({prompt_tokens} > "
                f"{owner.context_tokens} tokens)"
            )
            self._error(record, 400, message)
            return
        response = owner.completion(payload, fault, record.index, prompt_tokens)
        completion_tokens = response["usage"]["completion_tokens"]
        # Recorded before writing: the client may act on the answer before this thread
        # runs again. A failed write resets it (see do_POST).
        record.prompt_tokens, record.completion_tokens = prompt_tokens, completion_tokens
        self._json(200, response, record=record)

    def _error(
        self,
        record: RecordedRequest,
        status: int,
        message: str,
        headers: dict[str, str] | None = None,
    ) -> None:
        body = {"error": {"message": message, "type": "fake_error", "code": status}}
        self._json(status, body, headers, record=record)

    def _json(
        self,
        status: int,
        body: dict[str, Any],
        headers: dict[str, str] | None = None,
        *,
        record: RecordedRequest | None = None,
    ) -> None:
        data = json.dumps(body).encode()
        if record is not None:
            record.status, record.answered_at = status, time.monotonic()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if record is not None and record.fault is Fault.TRICKLE:
            # Tokens count as handed out only once the whole answer is through.
            tokens = record.prompt_tokens, record.completion_tokens
            record.prompt_tokens = record.completion_tokens = 0
            for byte in data:  # until the client gives up (or, slowly, the whole answer)
                if self.owner._stopping.wait(self.owner.plan.trickle_s):
                    return
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
            record.prompt_tokens, record.completion_tokens = tokens
            return
        self.wfile.write(data)
        self.wfile.flush()
