/* asmopt measuring shim: runs one program inside the sandbox and reports, on a
 * pipe the program cannot reach, how it ended and what it used.
 *
 *   shim REPORT_FD NS|PG CPU_S AS_BYTES NPROC FSIZE_BYTES NOFILE PROGRAM [ARGS...]
 *
 * It forks; the child closes REPORT_FD, sets the rlimits (a limit of 0 means
 * none; cores are always off) and execs PROGRAM in a process group of its own; the shim times fork-to-exit with CLOCK_MONOTONIC, then kills whatever
 * the program left behind (every process in the pid namespace with NS, the
 * program's process group with PG), reaps it all as a child subreaper, and
 * writes one line:
 *   asmopt-shim status=S wall_ns=W utime_us=U stime_us=T maxrss_kb=M leftovers=L
 * where S is the raw wait status of the program, U/T/M cover every reaped
 * descendant, and L is 1 when processes were still running after the program
 * ended (and were killed). The shim makes itself non-dumpable so the program (same uid)
 * cannot open its descriptors through /proc.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static long long now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

/* Set a resource limit from its decimal text; 0 leaves it unlimited (but for cores).
 * With grace, the hard limit is one more than the soft one: for CPU, SIGXCPU
 * comes first, SIGKILL a second later. */
static void limit(int resource, const char *text, int grace) {
    unsigned long long v = strtoull(text, NULL, 10);
    if (v == 0 && resource != RLIMIT_CORE) return;
    struct rlimit rl = {v, v + (grace && v ? 1 : 0)};
    if (setrlimit(resource, &rl) != 0) {
        perror("shim: setrlimit");
        _exit(125);
    }
}

int main(int argc, char **argv) {
    if (argc < 9) {
        fprintf(stderr, "usage: shim REPORT_FD NS|PG CPU_S AS_BYTES NPROC FSIZE NOFILE PROGRAM [ARGS...]\n");
        return 125;
    }
    int report = atoi(argv[1]);
    int whole_ns = strcmp(argv[2], "NS") == 0;
    prctl(PR_SET_CHILD_SUBREAPER, 1);
    prctl(PR_SET_DUMPABLE, 0);
    long long t0 = now_ns();
    pid_t pid = fork();
    if (pid < 0) {
        perror("shim: fork");
        return 125;
    }
    if (pid == 0) {
        close(report);
        setpgid(0, 0);
        limit(RLIMIT_CORE, "0", 1);
        limit(RLIMIT_CPU, argv[3], 1);
        limit(RLIMIT_AS, argv[4], 0);
        limit(RLIMIT_NPROC, argv[5], 0);
        limit(RLIMIT_FSIZE, argv[6], 0);
        limit(RLIMIT_NOFILE, argv[7], 0);
        execv(argv[8], argv + 8);
        perror("shim: exec");
        _exit(127);
    }
    setpgid(pid, pid);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    long long wall = now_ns() - t0;
    /* Reap what already ended, so that only live processes count as left behind. */
    while (waitpid(-1, NULL, WNOHANG) > 0) {
    }
    /* Nothing the program started may outlive it or keep using the machine.
     * Whether anything was left is reported: its work was never counted. */
    int leftovers = kill(-pid, SIGKILL) == 0;
    if (whole_ns && kill(-1, SIGKILL) == 0) leftovers = 1;
    while (waitpid(-1, NULL, 0) > 0 || errno == EINTR) {
    }
    struct rusage ru;
    getrusage(RUSAGE_CHILDREN, &ru);
    dprintf(report, "asmopt-shim status=%d wall_ns=%lld utime_us=%lld stime_us=%lld maxrss_kb=%ld leftovers=%d\n",
            status, wall,
            (long long)ru.ru_utime.tv_sec * 1000000LL + ru.ru_utime.tv_usec,
            (long long)ru.ru_stime.tv_sec * 1000000LL + ru.ru_stime.tv_usec,
            ru.ru_maxrss, leftovers);
    return 0;
}
