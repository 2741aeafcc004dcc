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
# folder, which start prints. cluster.env in it lists the ports and the database URL.
# Environment read by start:
#   FLASKR_DIR        a built or published Flaskr (the folder holding Flaskr.dll); by default
#                     start publishes samples/Flaskr into DIR/flaskr
#   MAIL_SERVER, MAIL_PORT   the SMTP server the instances deliver the outbox to
#   CARAFE_SECRET_KEY        the SECRET_KEY every instance shares; random by default
# Needs Debian's postgresql, redis-server and nginx (./test.sh installs them; or apt-get install
# postgresql redis-server nginx) and the .NET SDK. Run as root, PostgreSQL runs as user postgres.
set -euo pipefail

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

# Sets the variable named $1 to a port nothing listens on at 127.0.0.1, not handed out before in this run.
taken_ports=" "
free_port() {
  local candidate
  while true; do
    candidate=$((20000 + RANDOM % 40000))
    if [[ $taken_ports != *" $candidate "* ]] && ! (: <>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
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

# Whether pid is alive and runs program (a reused pid is someone else's). A zombie is not alive.
alive() {
  local pid=$1 program=$2 stat cmdline
  [[ -n $pid && -r /proc/$pid/stat ]] || return 1
  stat=$(cat "/proc/$pid/stat" 2>/dev/null) && cmdline=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
  [[ ${stat##*) } != Z* && $cmdline == *"$program"* ]]
}

pid_of() {
  cat "$dir/pids/$1" 2>/dev/null || true
}

# Stops the process recorded as name: signal (TERM by default), then KILL after stop_bound seconds.
stop_process() {
  local name=$1 program=$2 signal=${3:-TERM} pid waited=0
  pid=$(pid_of "$name")
  if [[ -z $pid ]] || ! alive "$pid" "$program"; then
    echo "$name: not running"
    return 0
  fi
  kill "-$signal" "$pid" 2>/dev/null || true
  while alive "$pid" "$program" && ((waited < stop_bound * 10)); do
    sleep 0.1
    waited=$((waited + 1))
  done
  if alive "$pid" "$program"; then
    kill -KILL "$pid" 2>/dev/null || true
    echo "$name (pid $pid): did not stop within ${stop_bound}s of SIG$signal, killed"
  else
    echo "$name (pid $pid): stopped by SIG$signal"
  fi
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
  "$redis" --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --dir "$dir/redis" \
    --logfile "$dir/redis/redis.log" </dev/null >/dev/null 2>&1 &
  echo $! >"$dir/pids/redis"
  until (exec 3<>"/dev/tcp/127.0.0.1/$redis_port") 2>/dev/null; do
    alive "$(pid_of redis)" redis-server || die "redis-server stopped: $(tail -5 "$dir/redis/redis.log")"
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
        CARAFE_FORWARDED_HEADERS X-Forwarded-For,X-Forwarded-Proto,X-Forwarded-Host \
        CARAFE_SQLALCHEMY_DATABASE_URI "$database" \
        CARAFE_SESSION_TYPE redis \
        CARAFE_SESSION_REDIS "127.0.0.1:$redis_port" \
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
    alive "$pid" Flaskr.dll || die "flaskr-$n (pid $pid) stopped; the end of $dir/flaskr-$n/out.log:
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
  settings=$(grep -E '^\s*(client_max_body_size|proxy_http_version|proxy_set_header) ' "$here/nginx-carafe.conf")
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

    server {
        listen 127.0.0.1:$NGINX_PORT;
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
}

started=no
pg_port=""
redis_port=""
cmd_start() {
  local n
  if [[ -z $dir ]]; then
    dir=$(mktemp -d "${TMPDIR:-/tmp}/carafe-cluster.XXXXXX")
  fi
  mkdir -p "$dir/pids"
  dir=$(cd "$dir" && pwd)
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

stop_all() {
  local n
  stop_process nginx nginx
  for ((n = 1; n <= instances; n++)); do
    stop_process "flaskr-$n" Flaskr.dll
  done
  stop_process redis redis-server
  # SIGINT is PostgreSQL's fast shutdown: it ends sessions instead of waiting for clients to leave.
  stop_process postgres postgres INT
}

cmd_status() {
  local name program pid all=0 n
  for name in postgres redis flaskr-1 flaskr-2 flaskr-3 nginx; do
    case $name in
      postgres) program=postgres ;;
      redis) program="redis-server" ;;
      nginx) program=nginx ;;
      *) program=Flaskr.dll ;;
    esac
    pid=$(pid_of "$name")
    if [[ -n $pid ]] && alive "$pid" "$program"; then
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
  alive "$pid" Flaskr.dll || die "flaskr-$1 is not running"
  kill -KILL "$pid"
  while alive "$pid" Flaskr.dll; do
    sleep 0.05
  done
  echo "flaskr-$1 (pid $pid): killed by SIGKILL"
}

cmd_start_instance() {
  local pid
  pid=$(pid_of "flaskr-$1")
  if [[ -n $pid ]] && alive "$pid" Flaskr.dll; then
    die "flaskr-$1 (pid $pid) is running already"
  fi
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
        stop_process "flaskr-$instance" Flaskr.dll
        cmd_start_instance "$instance"
        ;;
    esac
    ;;
  *) usage ;;
esac
