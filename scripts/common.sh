# Shared provisioning for ./run, ./test and ./signpost. Sourced, not executed.
# Installs what is missing on a Debian machine and starts the private PostgreSQL cluster
# (the embedded default) when SIGNPOST_DB is not set.
set -euo pipefail

SIGNPOST_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

say() { printf '%s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    say "Signpost needs to install packages but is not running as root and sudo is missing: $*"; return 1; fi
}

apt_updated=0
apt_install() {
  if [ "$apt_updated" -eq 0 ]; then as_root apt-get update -qq >/dev/null; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

ensure_dotnet() {
  command -v dotnet >/dev/null || { say "The .NET 10 SDK is required (dotnet was not found on PATH)."; exit 1; }
}

ensure_node() {
  command -v npm >/dev/null || { say "Installing Node.js and npm from Debian…"; apt_install nodejs npm; }
}

pg_bindir() {
  local d
  for d in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    [ -x "$d/initdb" ] && { echo "$d"; return 0; }
  done
  return 1
}

ensure_postgres_installed() {
  if ! pg_bindir >/dev/null; then
    say "Installing PostgreSQL 15 from Debian…"
    apt_install postgresql-15 postgresql-contrib
  fi
}

# The data directory for the private cluster. Under the checkout when the server's user can reach it;
# otherwise (a checkout under /root, say) a directory keyed to the checkout under /var/tmp.
cluster_dir() {
  local name="$1"
  local dir="$SIGNPOST_ROOT/.data/$name"
  if [ "$(id -u)" -eq 0 ] && ! runuser -u postgres -- test -x "$SIGNPOST_ROOT" 2>/dev/null; then
    local key; key=$(printf '%s' "$SIGNPOST_ROOT" | cksum | cut -d' ' -f1)
    dir="/var/tmp/signpost-$key/$name"
    say "Note: the postgres user cannot enter $SIGNPOST_ROOT, so the private cluster lives in $dir."
  fi
  echo "$dir"
}

# A port of the checkout's own, so that two checkouts on one machine do not collide.
cluster_port() {
  local key; key=$(printf '%s' "$SIGNPOST_ROOT" | cksum | cut -d' ' -f1)
  echo $(( 20000 + key % 20000 ))
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# The cluster's port: the one it runs on, else the one it used last (kept in .data/postgres.port), else one
# derived from the checkout's path; moved on to the next free port when another program holds it.
choose_port() {
  local dir="$1" bindir="$2" portfile="$1/../postgres.port" port
  if [ -n "${SIGNPOST_PG_PORT:-}" ]; then echo "$SIGNPOST_PG_PORT"; return; fi
  port=$(cat "$portfile" 2>/dev/null || cluster_port)
  if run_pg "$bindir/pg_ctl" -D "$dir" status >/dev/null 2>&1; then echo "$port"; return; fi
  while port_in_use "$port"; do port=$((port + 1)); done
  echo "$port" > "$portfile"
  echo "$port"
}

run_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# Starts (creating on first use) the private cluster and exports SIGNPOST_DB for database $1.
start_private_cluster() {
  local database="$1" bindir dir port pwfile
  ensure_postgres_installed
  bindir=$(pg_bindir)
  dir=$(cluster_dir postgres)
  pwfile="$dir/../postgres.password"
  mkdir -p "$dir"
  if [ ! -s "$pwfile" ]; then
    head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$pwfile"
    chmod 600 "$pwfile"
  fi
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir"; chmod 700 "$dir"; fi
  if [ ! -f "$dir/PG_VERSION" ]; then
    say "Creating the private PostgreSQL cluster in $dir…"
    local tmp_pw; tmp_pw=$(mktemp); cp "$pwfile" "$tmp_pw"; chmod 644 "$tmp_pw"
    run_pg "$bindir/initdb" -D "$dir" -U signpost --pwfile="$tmp_pw" --auth=scram-sha-256 \
      --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    rm -f "$tmp_pw"
    cat >> "$dir/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
max_connections = 300
shared_buffers = 512MB
fsync = on
synchronous_commit = off
CONF
    # Per-statement counters for profiling (docs/benchmarks.md, booking surge): after
    # "create extension pg_stat_statements", select … from pg_stat_statements order by total_exec_time desc.
    if [ -f "$bindir/../lib/pg_stat_statements.so" ]; then
      printf "shared_preload_libraries = 'pg_stat_statements'\n" >> "$dir/postgresql.conf"
    fi
  fi
  port=$(choose_port "$dir" "$bindir")
  if ! run_pg "$bindir/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
    run_pg "$bindir/pg_ctl" -D "$dir" -o "-p $port" -l "$dir/postgres.log" -w -t 60 start >/dev/null \
      || { say "PostgreSQL did not start; see $dir/postgres.log"; exit 1; }
  fi
  local password; password=$(cat "$pwfile")
  export PGPASSWORD="$password"
  if ! psql -h 127.0.0.1 -p "$port" -U signpost -d postgres -tAc "select 1 from pg_database where datname='$database'" | grep -q 1; then
    psql -h 127.0.0.1 -p "$port" -U signpost -d postgres -qc "create database \"$database\"" >/dev/null
  fi
  export SIGNPOST_DB="Host=127.0.0.1;Port=$port;Username=signpost;Password=$password;Database=$database"
  export SIGNPOST_PG_ADMIN="Host=127.0.0.1;Port=$port;Username=signpost;Password=$password;Database=postgres"
}

ensure_database() {
  local database="$1"
  if [ -n "${SIGNPOST_DB:-}" ]; then return 0; fi
  start_private_cluster "$database"
}

# Builds the solution, or the one project given (a path under the checkout).
build_solution() {
  ensure_dotnet
  ensure_node
  say "Building Signpost…"
  dotnet build "$SIGNPOST_ROOT/${1:-Signpost.slnx}" -c Release --nologo -v q -clp:NoSummary -clp:ErrorsOnly
}

cli_dll() { echo "$SIGNPOST_ROOT/src/Signpost.Cli/bin/Release/net10.0/Signpost.Cli.dll"; }
web_dll() { echo "$SIGNPOST_ROOT/src/Signpost.Web/bin/Release/net10.0/Signpost.Web.dll"; }

# True when a build output is missing or older than any source file.
needs_build() {
  local dll="$1"
  [ -f "$dll" ] || return 0
  [ -n "$(find "$SIGNPOST_ROOT/src" "$SIGNPOST_ROOT/Directory.Build.props" "$SIGNPOST_ROOT/Directory.Packages.props" \
      \( -path '*/bin' -o -path '*/obj' -o -path '*/node_modules' -o -path '*/wwwroot/lib' \) -prune -o \
      -type f -newer "$dll" -print -quit)" ]
}

# --- Machine translation for tests (language module) ------------------------------------------------------
# Installs Debian's Apertium APy with the English–Spanish pair when missing, starts it on a free loopback port
# and exports SIGNPOST_APY_URL for the integration tests; the server is stopped when the calling script exits.
# If it cannot be started the tests that need it are skipped and say why (the reason is printed here too).
start_apertium_apy() {
  if [ -n "${SIGNPOST_APY_URL:-}" ]; then return 0; fi
  if ! command -v apertium-apy >/dev/null || [ ! -f /usr/share/apertium/modes/eng-spa.mode ]; then
    say "Installing Apertium APy and apertium-eng-spa from Debian for the machine translation tests…"
    apt_install apertium-apy apertium-eng-spa || { say "Could not install Apertium; its integration tests will be skipped."; return 0; }
  fi
  command -v curl >/dev/null || apt_install curl
  local port log
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo 27370)
  log="$SIGNPOST_ROOT/.data/apertium-apy.log"
  mkdir -p "$SIGNPOST_ROOT/.data"
  apertium-apy -p "$port" /usr/share/apertium/modes >"$log" 2>&1 &
  APY_PID=$!
  trap 'kill "$APY_PID" 2>/dev/null || true' EXIT
  local i
  for i in $(seq 1 60); do
    if curl -fsS "http://127.0.0.1:$port/listPairs" >/dev/null 2>&1; then
      export SIGNPOST_APY_URL="http://127.0.0.1:$port"
      say "Apertium APy is answering on $SIGNPOST_APY_URL"
      return 0
    fi
    kill -0 "$APY_PID" 2>/dev/null || break
    sleep 1
  done
  say "Apertium APy did not start (see $log); its integration tests will be skipped."
  kill "$APY_PID" 2>/dev/null || true
}
