-- wrk script: sends the method, body and content type given in the environment
-- (LOAD_METHOD, LOAD_BODY), counts every answer that is not 2xx (wrk's own count
-- leaves out 3xx) and prints the totals as one line the driver parses.
local method = os.getenv("LOAD_METHOD") or "GET"
local body = os.getenv("LOAD_BODY")
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  not_2xx = 0
  if body and body ~= "" then
    wrk.method = method
    wrk.body = body
    wrk.headers["Content-Type"] = "application/json"
  else
    wrk.method = method
  end
  wrk.headers["Host"] = "127.0.0.1"
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    not_2xx = not_2xx + 1
    if not_2xx == 1 then
      io.stderr:write(string.format("first non-2xx: %d %s\n", status, string.sub(body, 1, 200)))
    end
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, t in ipairs(threads) do
    total = total + t:get("not_2xx")
  end
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f not_2xx=%d connect=%d read=%d write=%d timeout=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    total, e.connect, e.read, e.write, e.timeout))
end
