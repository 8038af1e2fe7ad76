-- GET requests, optionally with HTTP Basic; the path is one line of a file, picked at random
-- for each request (e.g. a case's timeline), or the same path every time.
-- args: <Basic credentials, base64, or -> <path, or @file of paths>
package.path = debug.getinfo(1, "S").source:match("^@(.*/)") .. "?.lua;" .. package.path
local bench = require("bench")

setup = bench.setup
done = bench.done

local OK = { [200] = true }

function init(args)
  headers = { ["Accept"] = "application/json" }
  if args[1] ~= "-" then
    headers["Authorization"] = "Basic " .. args[1]
  end
  if string.sub(args[2], 1, 1) == "@" then
    paths = bench.lines(string.sub(args[2], 2))
  else
    paths = { args[2] }
  end
  math.randomseed(os.time() + thread_number)
end

function request()
  return wrk.format("GET", paths[math.random(#paths)], headers)
end

function response(status, headers, body)
  bench.answered(status, body, OK)
end
