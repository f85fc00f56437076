#!/usr/bin/env bash
# tied.sh CMD [ARGS…] — runs CMD with its life tied to whoever started us: when our stdin (a
# pipe from that parent) reaches EOF because the parent is gone — however it died, SIGKILL
# included — CMD and everything in our process group get SIGTERM, then SIGKILL.
# Start it as a process-group leader with a stdin pipe: Node's
# spawn(…, { detached: true, stdio: ['pipe', …] }), which is also how puppeteer launches
# browsers. For launchers that only take an executable path, CMD may come from $TIED_EXEC.
# Used by web-test-runner.config.js for Xvfb, WebKitWebDriver, Chromium and Firefox.
set -u
exec 9<&0
if [[ -n ${TIED_EXEC:-} ]]; then set -- "$TIED_EXEC" "$@"; fi
"$@" </dev/null 9<&- &
child=$!
{
  trap '' TERM
  while read -r _; do :; done
  kill -TERM -- "-$$" 2>/dev/null || kill -TERM "$child" 2>/dev/null
  sleep 1
  kill -KILL -- "-$$" 2>/dev/null || kill -KILL "$child" 2>/dev/null
} <&9 &
watcher=$!
exec 9<&-
trap 'kill -TERM "$child" 2>/dev/null' TERM INT HUP
while true; do
  wait "$child"; code=$?
  kill -0 "$child" 2>/dev/null || break # a trapped signal interrupts wait: wait again
done
kill -KILL "$watcher" 2>/dev/null
exit "$code"
