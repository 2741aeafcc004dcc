-- wrk script of the routing test: each request takes the next path of the file named by
-- the first script argument (one path per line), so the load spreads over every route.
local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(here .. "report.lua")

local paths = {}
local next_index = 1
local threads_set_up = 0

function setup(thread)
  thread:set("id", threads_set_up)
  threads_set_up = threads_set_up + 1
end

function init(args)
  for line in io.lines(args[1]) do
    paths[#paths + 1] = line
  end
  -- Threads start at different offsets so they do not walk the table in lockstep.
  next_index = (id or 0) * 97 % #paths + 1
end

function request()
  local path = paths[next_index]
  next_index = next_index % #paths + 1
  return wrk.format("GET", path)
end
