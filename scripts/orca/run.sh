#!/bin/bash
# A real screen reader on this machine: Orca with Chromium under Xvfb (docs/ACCESSIBILITY.md,
# "Screenreader"). Needs `apt-get install -y orca xvfb at-spi2-core speech-dispatcher espeak-ng
# xdotool dbus-x11` and a built dist/ (npm run build). Speech goes to a null ALSA device; what
# Orca says is read from its debug log. Prints each step and what Orca said; stops what it started.
set -u
dir=$(mktemp -d)
root=$(cd "$(dirname "$0")/../.." && pwd)
export DISPLAY=:${ORCA_DISPLAY:-21} HOME="$dir/home"
mkdir -p "$HOME/.config" && cp -r /etc/speech-dispatcher "$HOME/.config/"
sed -i 's|^# AudioOutputMethod "pulse"|AudioOutputMethod "alsa"|' "$HOME/.config/speech-dispatcher/speechd.conf"
printf 'pcm.!default { type null }\n' > "$HOME/.asoundrc"
pids=()
Xvfb "$DISPLAY" -screen 0 1280x900x24 >/dev/null 2>&1 & pids+=($!)
sleep 2
eval "$(dbus-launch --sh-syntax)"; pids+=("$DBUS_SESSION_BUS_PID")
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 & pids+=($!)
sleep 2
GTK_MODULES=gail:atk-bridge orca --replace --debug-file="$dir/orca.log" >/dev/null 2>&1 & pids+=($!)
(cd "$root" && PORT=8021 HOST=127.0.0.1 node scripts/serve.mjs >/dev/null 2>&1) & pids+=($!)
sleep 3
/usr/bin/chromium --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update \
  --disable-sync --no-first-run --disable-features=Translate --force-renderer-accessibility --remote-debugging-port=9221 \
  --user-data-dir="$dir/profile" --window-size=1280,900 http://127.0.0.1:8021/ >/dev/null 2>&1 & pids+=($!)
sleep 10
ORCA_LOG="$dir/orca.log" node "$root/scripts/orca/drive.mjs"
kill "${pids[@]}" 2>/dev/null
# Orca starts its own speech-dispatcher; it ends when its session bus does.
