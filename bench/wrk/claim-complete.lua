-- Claim and complete tasks over the engine REST API: POST /engine-rest/task/{id}/claim, then
-- /complete with the step's form values. Thread n of N takes every N-th id of the file, one
-- task after the other, and stops when its tasks are done (run wrk with -t N -c N). A refused
-- claim skips the task's completion. Each request is one sample: claims and completions mixed.
-- args: <Basic credentials, base64, or -> <user id> <file of task ids> <file holding the complete body> <threads>
package.path = debug.getinfo(1, "S").source:match("^@(.*/)") .. "?.lua;" .. package.path
local bench = require("bench")

setup = bench.setup
done = bench.done

local NO_CONTENT = { [204] = true }

function init(args)
  headers = { ["Content-Type"] = "application/json" }
  if args[1] ~= "-" then
    headers["Authorization"] = "Basic " .. args[1]
  end
  claim_body = string.format('{"userId":"%s"}', args[2])
  local file = io.open(args[4])
  complete_body = file:read("*a")
  file:close()
  local threads = tonumber(args[5])
  tasks = {}
  for index, id in ipairs(bench.lines(args[3])) do
    if (index - 1) % threads == thread_number - 1 then
      table.insert(tasks, id)
    end
  end
  next_task = 0
  claiming = true
  limit = 2 * #tasks
end

function request()
  if claiming then
    next_task = next_task + 1
    if next_task > #tasks then
      -- nothing left: wait for the stop (answers counted reach the limit)
      next_task = #tasks
    end
    return wrk.format("POST", "/engine-rest/task/" .. tasks[next_task] .. "/claim", headers, claim_body)
  end
  return wrk.format("POST", "/engine-rest/task/" .. tasks[next_task] .. "/complete", headers, complete_body)
end

function response(status, headers, body)
  if claiming and status ~= 204 then
    -- refused: its completion is not sent; count it as two answers so the limit still holds
    answers = (answers or 0) + 1
  else
    claiming = not claiming
  end
  bench.answered(status, body, NO_CONTENT)
end
