#!/usr/bin/env bash
# A Flaskr cluster on one machine (docs/deployment.md, "A cluster on one machine"):
# PostgreSQL, redis-server, three Flaskr instances and nginx in front of them, all on
# 127.0.0.1 at free ports, every file in one state folder, every process stopped by its id.
#
#   deploy/cluster.sh start [DIR]                start everything, wait until each instance is healthy
#   deploy/cluster.sh status [DIR]               each process, its id, each /healthz; exit 3 if one is down
#   deploy/cluster.sh stop [DIR]                 stop everything by process id (TERM, then KILL)
#   deploy/cluster.sh kill-instance N [DIR]      SIGKILL instance N (1-3): a crash
#   deploy/cluster.sh start-instance N [DIR]     start instance N again and wait until it is healthy
#   deploy/cluster.sh restart-instance N [DIR]   stop instance N gracefully, then start it again
#
# DIR is the state folder: the argument, else $CLUSTER_DIR, else (start only) a new temporary
# folder, which start prints. cluster.env in it lists the ports and the database URL. DIR may hold
# no whitespace and must be short (PostgreSQL's socket goes in it; a socket path has 107 bytes).
# For a single-user machine: PostgreSQL trusts every local connection (any local user is its
# superuser); Redis asks for a password that only flaskr.env (mode 0600) holds.
# Environment read by start:
#   FLASKR_DIR        a built or published Flaskr (the folder holding Flaskr.dll); by default
#                     start publishes samples/Flaskr into DIR/flaskr
#   MAIL_SERVER, MAIL_PORT   the SMTP server the instances deliver the outbox to
#   CARAFE_SECRET_KEY        the SECRET_KEY every instance shares; random by default
#   CARAFE_MAIL_OUTBOX_LEASE, CARAFE_MAIL_TIMEOUT   passed to the instances when set (the fault
#                     test shortens them, so a killed instance's leased mail is sent again sooner)
# Needs Debian's postgresql, redis-server and nginx (./test.sh installs them; or apt-get install
# postgresql redis-server nginx) and the .NET SDK. Run as root, PostgreSQL runs as user postgres.
set -euo pipefail
shopt -s extglob

readonly instances=3
readonly stop_bound=15        # seconds a process gets to stop after TERM before KILL
readonly health_bound=120     # seconds an instance gets to answer /healthz 200
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
readonly here

die() {
  echo "cluster.sh: $*" >&2
  exit 1
}

usage() {
  echo "usage:" >&2
  grep '^#   deploy/cluster.sh' "${BASH_SOURCE[0]}" | sed 's/^#//' >&2
  exit 2
}

# Sets the variable named $1 to a port nothing listens on at 127.0.0.1, not handed out before in
# this run, and below the ephemeral range: the kernel never gives such a port to an outgoing
# connection (a database pool's, a health probe's) between this choice and the server's bind.
taken_ports=" "
free_port() {
  local candidate ephemeral_low lowest=10000
  read -r ephemeral_low _ </proc/sys/net/ipv4/ip_local_port_range
  if ((ephemeral_low - lowest < 1000)); then
    lowest=1024
  fi
  ((ephemeral_low - lowest >= 100)) || die "the ephemeral port range starts at $ephemeral_low: no room below it for the cluster's ports (see /proc/sys/net/ipv4/ip_local_port_range)"
  while true; do
    candidate=$((lowest + RANDOM % (ephemeral_low - lowest)))
    if [[ $taken_ports != *" $candidate "* ]] && ! listening "$candidate"; then
      taken_ports+="$candidate "
      printf -v "$1" '%s' "$candidate"
      return 0
    fi
  done
}

# The status code of GET path at 127.0.0.1:port, or 000 when nothing answers (no curl needed).
http_status() {
  local port=$1 path=$2 status
  status=$( (exec 3<>"/dev/tcp/127.0.0.1/$port" \
    && printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' "$path" >&3 \
    && read -r -t 10 _ code _ <&3 && echo "$code") 2>/dev/null) || true
  echo "${status:-000}"
}

# Whether pid is alive and is this cluster's process name (a reused pid is someone else's: its
# command line lacks what only this cluster's process has). A zombie is not alive.
alive() {
  local pid=$1 name=$2 stat cmdline
  [[ -n $pid && -r /proc/$pid/stat ]] || return 1
  stat=$(cat "/proc/$pid/stat" 2>/dev/null) && cmdline=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
  # shellcheck disable=SC2053 # the signature is a glob pattern
  [[ ${stat##*) } != Z* && $cmdline == $(signature "$name") ]]
}

# The command-line pattern only this cluster's process name has: its folder, config or port.
signature() {
  case $1 in
    postgres) echo "*/postgres -D $dir/postgres/data *" ;;
    # Its command line until it renames itself, then its name and address.
    redis) echo "*redis-server @($dir/redis/redis.conf|127.0.0.1:$redis_port)*" ;;
    nginx) echo "*nginx -c $dir/nginx/nginx.conf *" ;;
    flaskr-*) echo "*dotnet $flaskr_dir/Flaskr.dll --host 127.0.0.1 --port $(instance_port "${1#flaskr-}") " ;;
    *) die "no process '$1'" ;;
  esac
}

# Whether something accepts connections at 127.0.0.1:port.
listening() {
  (: <>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

pid_of() {
  cat "$dir/pids/$1" 2>/dev/null || true
}

# Stops the process recorded as name: signal (TERM by default), then KILL after stop_bound seconds;
# returns once it is gone.
stop_process() {
  local name=$1 signal=${2:-TERM} pid waited=0
  pid=$(pid_of "$name")
  if [[ -z $pid ]] || ! alive "$pid" "$name"; then
    echo "$name: not running"
    return 0
  fi
  kill "-$signal" "$pid" 2>/dev/null || true
  while alive "$pid" "$name" && ((waited < stop_bound * 10)); do
    sleep 0.1
    waited=$((waited + 1))
  done
  if alive "$pid" "$name"; then
    kill_and_wait "$name" "$pid"
    echo "$name (pid $pid): did not stop within ${stop_bound}s of SIG$signal, killed"
  else
    echo "$name (pid $pid): stopped by SIG$signal"
  fi
}

# SIGKILLs pid, recorded as name, and waits until it is gone (a killed process can take a moment to
# be reaped and to let go of its port).
kill_and_wait() {
  local name=$1 pid=$2 waited=0
  kill -KILL "$pid" 2>/dev/null || true
  while alive "$pid" "$name"; do
    ((waited++ < stop_bound * 20)) || die "$name (pid $pid) is still there ${stop_bound}s after SIGKILL"
    sleep 0.05
  done
}

# PostgreSQL refuses to run as root: as root, its commands run as the postgres user.
as_postgres() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

start_postgres() {
  local bin
  bin=$(find /usr/lib/postgresql -path '*/bin/initdb' 2>/dev/null | sort -V | tail -1 | xargs -r dirname)
  [[ -n $bin ]] || die "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): run ./test.sh, or apt-get install postgresql"
  mkdir -p "$dir/postgres"
  if [[ $(id -u) -eq 0 ]]; then
    chown -R postgres:postgres "$dir/postgres"
  fi
  as_postgres "$bin/initdb" -D "$dir/postgres/data" -U postgres --auth=trust --no-sync -E UTF8 --locale=C >"$dir/postgres/initdb.log"
  # A throwaway cluster: fsync off spares the disk; the fault test kills app instances, never PostgreSQL.
  as_postgres "$bin/pg_ctl" start -D "$dir/postgres/data" -w -t 60 -l "$dir/postgres/server.log" \
    -o "-p $pg_port -k $dir/postgres -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" >/dev/null
  head -1 "$dir/postgres/data/postmaster.pid" >"$dir/pids/postgres"
  as_postgres "$bin/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres flaskr
  echo "postgres (pid $(pid_of postgres)): 127.0.0.1:$pg_port, database flaskr"
}

start_redis() {
  local redis waited=0
  redis=$(command -v redis-server || echo /usr/bin/redis-server)
  [[ -x $redis ]] || die "redis-server is not installed: run ./test.sh, or apt-get install redis-server"
  mkdir -p "$dir/redis"
  # The password goes in a file of the owner's, not on the command line every local user can read.
  (
    umask 077
    printf '%s\n' "port $redis_port" "bind 127.0.0.1" 'save ""' "appendonly no" "dir $dir/redis" \
      "logfile $dir/redis/redis.log" "requirepass $redis_password" >"$dir/redis/redis.conf"
  )
  "$redis" "$dir/redis/redis.conf" </dev/null >/dev/null 2>&1 &
  echo $! >"$dir/pids/redis"
  until listening "$redis_port"; do
    alive "$(pid_of redis)" redis || die "redis-server stopped: $(tail -5 "$dir/redis/redis.log")"
    ((waited++ < 200)) || die "redis-server does not listen on 127.0.0.1:$redis_port"
    sleep 0.1
  done
  echo "redis (pid $(pid_of redis)): 127.0.0.1:$redis_port"
}

# What every instance is told: the shared secret, database, sessions and outbox, and the proxy to trust.
write_instance_environment() {
  local secret=${CARAFE_SECRET_KEY:-$(od -An -tx1 -N32 /dev/urandom | tr -d ' \n')}
  local database="postgresql://postgres@127.0.0.1:$pg_port/flaskr"
  (
    umask 077
    {
      printf 'export %s=%q\n' \
        CARAFE_SECRET_KEY "$secret" \
        CARAFE_DEBUG false \
        CARAFE_TRUSTED_PROXIES 127.0.0.1 \
        CARAFE_TRUSTED_HOSTS 127.0.0.1,localhost \
        CARAFE_FORWARDED_HEADERS X-Forwarded-For,X-Forwarded-Proto,X-Forwarded-Host \
        CARAFE_SQLALCHEMY_DATABASE_URI "$database" \
        CARAFE_SESSION_TYPE redis \
        CARAFE_SESSION_REDIS "127.0.0.1:$redis_port,password=$redis_password" \
        CARAFE_MAIL_OUTBOX "$database" \
        DOTNET_NOLOGO 1
      if [[ -n ${MAIL_SERVER:-} ]]; then
        printf 'export %s=%q\n' CARAFE_MAIL_SERVER "$MAIL_SERVER" CARAFE_MAIL_PORT "${MAIL_PORT:-25}"
      fi
      for name in CARAFE_MAIL_OUTBOX_LEASE CARAFE_MAIL_TIMEOUT; do [[ -z ${!name:-} ]] || printf 'export %s=%q\n' "$name" "${!name}"; done
    } >"$dir/flaskr.env"
  )
}

launch_instance() {
  local n=$1 port
  port=$(instance_port "$n")
  mkdir -p "$dir/flaskr-$n"
  (
    cd "$dir/flaskr-$n"
    # shellcheck source=/dev/null
    source "$dir/flaskr.env"
    exec dotnet "$flaskr_dir/Flaskr.dll" --host 127.0.0.1 --port "$port"
  ) </dev/null >>"$dir/flaskr-$n/out.log" 2>&1 &
  echo $! >"$dir/pids/flaskr-$n"
}

wait_healthy() {
  local n=$1 port pid waited=0
  port=$(instance_port "$n")
  pid=$(pid_of "flaskr-$n")
  until [[ $(http_status "$port" /healthz) == 200 ]]; do
    alive "$pid" "flaskr-$n" || die "flaskr-$n (pid $pid) stopped; the end of $dir/flaskr-$n/out.log:
$(tail -20 "$dir/flaskr-$n/out.log")"
    ((waited++ < health_bound * 5)) || die "flaskr-$n (pid $pid) did not answer /healthz 200 within ${health_bound}s: see $dir/flaskr-$n/out.log"
    sleep 0.2
  done
  echo "flaskr-$n (pid $pid): http://127.0.0.1:$port healthy"
}

instance_port() {
  local ports
  read -r -a ports <<<"$FLASKR_PORTS"
  echo "${ports[$(($1 - 1))]}"
}

# nginx with the settings of the shipped site (deploy/nginx-carafe.conf), plain HTTP on loopback,
# balancing over the instances; an instance that refuses connections is skipped for a while.
start_nginx() {
  local nginx n settings upstream="" waited=0
  nginx=$(command -v nginx || echo /usr/sbin/nginx)
  [[ -x $nginx ]] || die "nginx is not installed: run ./test.sh, or apt-get install nginx"
  mkdir -p "$dir/nginx"
  # X-Forwarded-Host is the matched name and the port, as clients here write it (not 443's none).
  # shellcheck disable=SC2016 # nginx variables, for nginx to expand
  settings=$(grep -E '^\s*(client_max_body_size|proxy_http_version|proxy_set_header) ' "$here/nginx-carafe.conf" \
    | sed -E 's/^(\s*proxy_set_header X-Forwarded-Host) \$host;$/\1 $host:$server_port;/')
  # shellcheck disable=SC2016
  [[ $settings == *'X-Forwarded-Host $host:$server_port;'* ]] || die "deploy/nginx-carafe.conf no longer sets 'proxy_set_header X-Forwarded-Host \$host;': update start_nginx"
  for ((n = 1; n <= instances; n++)); do
    upstream+="        server 127.0.0.1:$(instance_port "$n") max_fails=1 fail_timeout=2s;"$'\n'
  done
  cat >"$dir/nginx/nginx.conf" <<EOF
daemon off;
master_process off;
pid $dir/nginx/nginx.pid;
error_log $dir/nginx/error.log;
events { worker_connections 512; }
http {
    # Which instance served each request, and what it answered.
    log_format upstreams '\$remote_addr [\$time_local] "\$request" \$status upstream=\$upstream_addr upstream_status=\$upstream_status';
    access_log $dir/nginx/access.log upstreams;
    client_body_temp_path $dir/nginx/client_body;
    proxy_temp_path $dir/nginx/proxy;
    fastcgi_temp_path $dir/nginx/fastcgi;
    uwsgi_temp_path $dir/nginx/uwsgi;
    scgi_temp_path $dir/nginx/scgi;

    upstream flaskr {
$upstream        keepalive 16;
    }

    # Any Host but the names below (reset links are built from it): closed unanswered.
    server {
        listen 127.0.0.1:$NGINX_PORT default_server;
        return 444;
    }

    server {
        listen 127.0.0.1:$NGINX_PORT;
        server_name 127.0.0.1 localhost;
$settings
        # Passive failover: a request that could not reach an instance goes to the next one.
        proxy_next_upstream error timeout;
        proxy_connect_timeout 2s;

        location = /healthz {
            allow 127.0.0.1;
            deny all;
            proxy_pass http://flaskr;
        }

        location / {
            proxy_pass http://flaskr;
        }
    }
}
EOF
  "$nginx" -c "$dir/nginx/nginx.conf" -p "$dir/nginx" -e "$dir/nginx/error.log" </dev/null >>"$dir/nginx/out.log" 2>&1 &
  echo $! >"$dir/pids/nginx"
  until [[ $(http_status "$NGINX_PORT" /healthz) == 200 ]]; do
    alive "$(pid_of nginx)" nginx || die "nginx stopped: $(tail -5 "$dir/nginx/error.log" "$dir/nginx/out.log")"
    ((waited++ < 200)) || die "nginx does not answer on 127.0.0.1:$NGINX_PORT"
    sleep 0.1
  done
  echo "nginx (pid $(pid_of nginx)): http://127.0.0.1:$NGINX_PORT -> the $instances instances"
}

load_state() {
  [[ -f $dir/cluster.env ]] || die "$dir holds no cluster (no cluster.env): give the folder 'start' printed, or set CLUSTER_DIR"
  # shellcheck source=/dev/null
  source "$dir/cluster.env"
  flaskr_dir=${FLASKR_DIR:?}
  redis_port=${REDIS_PORT:?}
}

started=no
pg_port=""
redis_port=""
redis_password=""
flaskr_dir=""
FLASKR_PORTS=""
cmd_start() {
  local n
  if [[ -z $dir ]]; then
    dir=$(mktemp -d "${TMPDIR:-/tmp}/carafe-cluster.XXXXXX")
  fi
  [[ $dir != *[[:space:]]* ]] || die "'$dir': the state folder's path may hold no whitespace"
  mkdir -p "$dir/pids"
  dir=$(cd "$dir" && pwd)
  # PostgreSQL's socket, $dir/postgres/.s.PGSQL.PORT, must fit in a Unix socket path (107 bytes).
  ((${#dir} <= 80)) || die "'$dir' is too long for PostgreSQL's socket in it: give a state folder of at most 80 characters"
  [[ ! -f $dir/cluster.env ]] || die "$dir holds a cluster already: stop it, or give another folder"
  # PostgreSQL's user must reach its folder inside this one.
  chmod 755 "$dir"
  echo "state folder: $dir"
  trap 'if [[ $started != yes ]]; then set +e; echo "cluster.sh: start failed, stopping what started" >&2; stop_all >&2; fi' EXIT

  flaskr_dir=${FLASKR_DIR:-}
  if [[ -z $flaskr_dir ]]; then
    echo "publishing samples/Flaskr into $dir/flaskr ..."
    dotnet publish "$here/../samples/Flaskr" -c Release -o "$dir/flaskr" --nologo -v q >"$dir/publish.log" 2>&1 \
      || die "dotnet publish samples/Flaskr failed: see $dir/publish.log"
    flaskr_dir=$dir/flaskr
  fi
  flaskr_dir=$(cd "$flaskr_dir" && pwd)
  [[ -f $flaskr_dir/Flaskr.dll ]] || die "no Flaskr.dll in $flaskr_dir: set FLASKR_DIR to Flaskr's build or publish output"

  local port
  free_port pg_port
  free_port redis_port
  free_port NGINX_PORT
  FLASKR_PORTS=""
  for ((n = 1; n <= instances; n++)); do
    free_port port
    FLASKR_PORTS+="$port "
  done
  FLASKR_PORTS=${FLASKR_PORTS% }
  redis_password=$(od -An -tx1 -N24 /dev/urandom | tr -d ' \n')
  printf '%s=%q\n' \
    FLASKR_DIR "$flaskr_dir" \
    NGINX_PORT "$NGINX_PORT" \
    FLASKR_PORTS "$FLASKR_PORTS" \
    POSTGRES_PORT "$pg_port" \
    REDIS_PORT "$redis_port" \
    DATABASE_URL "postgresql://postgres@127.0.0.1:$pg_port/flaskr" >"$dir/cluster.env"

  start_postgres
  start_redis
  write_instance_environment
  for ((n = 1; n <= instances; n++)); do
    launch_instance "$n"
  done
  for ((n = 1; n <= instances; n++)); do
    wait_healthy "$n"
  done
  start_nginx
  started=yes
  echo "cluster running: http://127.0.0.1:$NGINX_PORT (stop it with: $0 stop $dir)"
}

instance_names() {
  local n
  for ((n = 1; n <= instances; n++)); do
    echo "flaskr-$n"
  done
}

stop_all() {
  local name
  stop_process nginx
  for name in $(instance_names); do
    stop_process "$name"
  done
  stop_process redis
  # SIGINT is PostgreSQL's fast shutdown: it ends sessions instead of waiting for clients to leave.
  stop_process postgres INT
}

cmd_status() {
  local name pid all=0 n
  for name in postgres redis $(instance_names) nginx; do
    pid=$(pid_of "$name")
    if [[ -n $pid ]] && alive "$pid" "$name"; then
      echo "$name (pid $pid): running"
    else
      echo "$name: not running"
      all=3
    fi
  done
  for ((n = 1; n <= instances; n++)); do
    echo "flaskr-$n http://127.0.0.1:$(instance_port "$n")/healthz: $(http_status "$(instance_port "$n")" /healthz)"
  done
  echo "nginx http://127.0.0.1:$NGINX_PORT/healthz: $(http_status "$NGINX_PORT" /healthz)"
  return "$all"
}

instance_number() {
  if ! [[ $1 =~ ^[0-9]+$ ]] || (($1 < 1 || $1 > instances)); then
    die "no instance '$1': instances are 1 to $instances"
  fi
}

cmd_kill_instance() {
  local pid
  pid=$(pid_of "flaskr-$1")
  alive "$pid" "flaskr-$1" || die "flaskr-$1 is not running"
  kill_and_wait "flaskr-$1" "$pid"
  echo "flaskr-$1 (pid $pid): killed by SIGKILL"
}

# Starts instance N once its port is free again: the old process's socket may outlive it briefly.
cmd_start_instance() {
  local pid port waited=0
  pid=$(pid_of "flaskr-$1")
  if [[ -n $pid ]] && alive "$pid" "flaskr-$1"; then
    die "flaskr-$1 (pid $pid) is running already"
  fi
  port=$(instance_port "$1")
  while listening "$port"; do
    ((waited++ < stop_bound * 10)) || die "something else listens on flaskr-$1's port 127.0.0.1:$port"
    sleep 0.1
  done
  launch_instance "$1"
  wait_healthy "$1"
}

command=${1:-}
[[ -n $command ]] || usage
shift
case $command in
  kill-instance | start-instance | restart-instance)
    [[ $# -ge 1 ]] || usage
    instance=$1
    shift
    ;;
esac
dir=${1:-${CLUSTER_DIR:-}}
case $command in
  start) cmd_start ;;
  stop | status | kill-instance | start-instance | restart-instance)
    [[ -n $dir ]] || die "which cluster? give its state folder, or set CLUSTER_DIR"
    dir=$(cd "$dir" && pwd)
    load_state
    case $command in
      stop) stop_all ;;
      status) cmd_status ;;
      kill-instance) instance_number "$instance" && cmd_kill_instance "$instance" ;;
      start-instance) instance_number "$instance" && cmd_start_instance "$instance" ;;
      restart-instance)
        instance_number "$instance"
        stop_process "flaskr-$instance"
        cmd_start_instance "$instance"
        ;;
    esac
    ;;
  *) usage ;;
esac
