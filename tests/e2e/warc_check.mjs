#!/usr/bin/env node
// warc_check.mjs FILE.warc.gz - read a WARC with an independent reader (npm
// warcio) and check it the way `warcio check` does, plus linksnap's own
// promises (issue 2, "What one capture stores", item 4):
//   - every record parses; WARC/1.1; one gzip member per record;
//   - the first record is warcinfo; every request/response has
//     WARC-Record-ID, WARC-Date, WARC-Type, WARC-Target-URI, Content-Type,
//     Content-Length, WARC-Block-Digest, WARC-Payload-Digest;
//   - block digest = digest of the whole record block, payload digest =
//     digest of the HTTP body (what follows the HTTP head), compared in any
//     RFC 3548 encoding (base32, hex, base64) like warcio's digest verifier;
//   - record ids unique; WARC-Warcinfo-ID and WARC-Concurrent-To point at
//     records in the file; every response has a request for the same URI;
//   - no stored response head claims Transfer-Encoding (bodies are stored
//     de-chunked).
// Prints one JSON object {ok, problems, records:[...]} and exits 1 on any
// problem, 2 when the file cannot be read.
import { createReadStream, statSync } from "node:fs";
import { createHash } from "node:crypto";
import { WARCParser } from "warcio";

const ALGOS = { sha256: "sha256", "sha-256": "sha256", sha1: "sha1", "sha-1": "sha1", md5: "md5" };
const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

function base32(buf) {
  let bits = 0, value = 0, out = "";
  for (const byte of buf) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += B32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += B32[(value << (5 - bits)) & 31];
  while (out.length % 8) out += "=";
  return out;
}

// null when the header is absent, else true/false (or a string problem).
function checkDigest(header, bytes) {
  if (!header) return null;
  const colon = header.indexOf(":");
  if (colon < 0) return `unparsable digest ${header}`;
  const algo = ALGOS[header.slice(0, colon).toLowerCase()];
  const value = header.slice(colon + 1).trim();
  if (!algo) return `unknown digest algorithm ${header}`;
  const raw = createHash(algo).update(bytes).digest();
  const b32 = base32(raw);
  if (value.toUpperCase() === b32 || value.toUpperCase() === b32.replace(/=+$/, "")) return true;
  if (value.toLowerCase() === raw.toString("hex")) return true;
  if (value === raw.toString("base64") || value === raw.toString("base64url")) return true;
  return false;
}

function indexOfCrlfCrlf(buf) {
  for (let i = 0; i + 3 < buf.length; i++)
    if (buf[i] === 13 && buf[i + 1] === 10 && buf[i + 2] === 13 && buf[i + 3] === 10) return i;
  return -1;
}

function httpInfo(type, block) {
  const end = indexOfCrlfCrlf(block);
  if (end < 0) return { error: "no end of HTTP head in block" };
  const head = block.subarray(0, end).toString("latin1");
  const lines = head.split("\r\n");
  const headers = {};
  for (const line of lines.slice(1)) {
    const c = line.indexOf(":");
    if (c > 0) headers[line.slice(0, c).trim().toLowerCase()] = line.slice(c + 1).trim();
  }
  const info = { first_line: lines[0], headers, payload: block.subarray(end + 4) };
  if (type === "response") {
    const m = /^HTTP\/\d(?:\.\d)? (\d{3})/.exec(lines[0]);
    info.status = m ? Number(m[1]) : null;
    if (!m) info.error = `bad status line: ${lines[0]}`;
  } else {
    const m = /^([A-Z]+) (\S+) HTTP\/\d(?:\.\d)?$/.exec(lines[0]);
    if (!m) info.error = `bad request line: ${lines[0]}`;
  }
  return info;
}

const REQUIRED = ["WARC-Record-ID", "WARC-Date", "WARC-Type", "Content-Type", "Content-Length"];
const REQUIRED_HTTP = ["WARC-Target-URI", "WARC-Block-Digest", "WARC-Payload-Digest"];

async function readRecords(path, problems) {
  const parser = new WARCParser(createReadStream(path), { parseHttp: false, keepHeadersCase: true });
  const out = [];
  for await (const record of parser) {
    const h = (name) => record.warcHeader(name);
    const block = Buffer.from(await record.readFully(false));
    out.push({ record, h, block, offset: parser.offset, version: record.warcHeaders.protocol });
  }
  return out;
}

function checkRecord(i, r, problems) {
  const { h, block } = r;
  const type = h("WARC-Type");
  const where = `record ${i} (${type} ${h("WARC-Target-URI") || ""})`;
  const bad = (msg) => problems.push(`${where}: ${msg}`);
  const summary = {
    type, id: h("WARC-Record-ID"), uri: h("WARC-Target-URI") || null, date: h("WARC-Date"),
    content_type: h("Content-Type"), length: block.length, offset: r.offset,
    truncated: h("WARC-Truncated") || null, ip: h("WARC-IP-Address") || null,
    concurrent_to: h("WARC-Concurrent-To") || null, warcinfo_id: h("WARC-Warcinfo-ID") || null,
  };
  if (r.version && r.version !== "WARC/1.1") bad(`version ${r.version}, expected WARC/1.1`);
  for (const name of REQUIRED) if (!h(name)) bad(`missing ${name}`);
  if (Number(h("Content-Length")) !== block.length)
    bad(`Content-Length ${h("Content-Length")} but block has ${block.length} bytes`);
  if (h("WARC-Date") && !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(h("WARC-Date")))
    bad(`WARC-Date not UTC ISO 8601: ${h("WARC-Date")}`);
  if (h("WARC-Record-ID") && !/^<urn:uuid:[0-9a-f-]{36}>$/i.test(h("WARC-Record-ID")))
    bad(`WARC-Record-ID not <urn:uuid:...>: ${h("WARC-Record-ID")}`);
  const bd = checkDigest(h("WARC-Block-Digest"), block);
  summary.block_digest_ok = bd;
  if (bd === false) bad(`block digest mismatch ${h("WARC-Block-Digest")}`);
  else if (typeof bd === "string") bad(bd);
  if (type === "request" || type === "response") {
    for (const name of REQUIRED_HTTP) if (!h(name)) bad(`missing ${name}`);
    const info = httpInfo(type, block);
    if (info.error) bad(info.error);
    if (info.payload) {
      const pd = checkDigest(h("WARC-Payload-Digest"), info.payload);
      summary.payload_digest_ok = pd;
      if (pd === false) bad(`payload digest mismatch ${h("WARC-Payload-Digest")}`);
      else if (typeof pd === "string") bad(pd);
      summary.payload_length = info.payload.length;
      summary.payload_sha256 = createHash("sha256").update(info.payload).digest("hex");
      summary.payload_prefix_hex = info.payload.subarray(0, 16).toString("hex");
    }
    if (type === "response") {
      summary.status = info.status ?? null;
      summary.http_content_type = info.headers?.["content-type"] ?? null;
      summary.http_content_encoding = info.headers?.["content-encoding"] ?? null;
      summary.location = info.headers?.["location"] ?? null;
      if (info.headers && "transfer-encoding" in info.headers)
        bad(`stored head claims Transfer-Encoding: ${info.headers["transfer-encoding"]}`);
    } else if (info.first_line) {
      summary.request_line = info.first_line;
      summary.request_headers = info.headers;
    }
  }
  if (summary.truncated && !["length", "time", "disconnect", "unspecified"].includes(summary.truncated))
    bad(`bad WARC-Truncated value ${summary.truncated}`);
  return summary;
}

function checkLinks(summaries, problems, compressed) {
  if (!summaries.length) problems.push("no records");
  else if (summaries[0].type !== "warcinfo") problems.push(`first record is ${summaries[0].type}, expected warcinfo`);
  const ids = new Map();
  for (const s of summaries) {
    if (ids.has(s.id)) problems.push(`duplicate record id ${s.id}`);
    ids.set(s.id, s);
  }
  const requested = new Set(summaries.filter((s) => s.type === "request").map((s) => s.uri));
  for (const s of summaries) {
    if (s.warcinfo_id && ids.get(s.warcinfo_id)?.type !== "warcinfo")
      problems.push(`${s.type} ${s.uri}: WARC-Warcinfo-ID ${s.warcinfo_id} names no warcinfo record`);
    if (s.concurrent_to) {
      const other = ids.get(s.concurrent_to);
      if (!other) problems.push(`${s.type} ${s.uri}: WARC-Concurrent-To names no record`);
      else if (other.uri !== s.uri) problems.push(`${s.type} ${s.uri}: concurrent record is for ${other.uri}`);
    }
    if (s.type === "response" && !requested.has(s.uri)) problems.push(`response ${s.uri} has no request record`);
  }
  if (compressed) {
    const offsets = summaries.map((s) => s.offset);
    for (let i = 1; i < offsets.length; i++)
      if (!(offsets[i] > offsets[i - 1])) {
        problems.push(`records ${i - 1} and ${i} share a gzip member (offsets ${offsets[i - 1]}, ${offsets[i]})`);
        break;
      }
  }
}

async function main() {
  const path = process.argv[2];
  if (!path) {
    process.stderr.write("usage: warc_check.mjs FILE.warc[.gz]\n");
    process.exit(2);
  }
  let size;
  try {
    size = statSync(path).size;
  } catch (e) {
    process.stderr.write(`warc_check: ${e.message}\n`);
    process.exit(2);
  }
  const problems = [];
  let records = [];
  try {
    records = await readRecords(path, problems);
  } catch (e) {
    problems.push(`unreadable: ${e.message}`);
  }
  const summaries = records.map((r, i) => checkRecord(i, r, problems));
  const fd = await import("node:fs").then((fs) => fs.readFileSync(path).subarray(0, 2));
  const compressed = fd.length === 2 && fd[0] === 0x1f && fd[1] === 0x8b;
  checkLinks(summaries, problems, compressed);
  const result = { ok: problems.length === 0, file: path, bytes: size, compressed,
                   count: summaries.length, problems, records: summaries };
  process.stdout.write(JSON.stringify(result, null, 1) + "\n");
  process.exit(result.ok ? 0 : 1);
}

main();
