/* Read the expected output: open the task's .out files by their host paths
 * (absolute, relative, through /proc), look in /work, /root, /home, /etc, /tmp
 * and the directories around the working one. None of it exists inside the
 * sandbox, so the program answers honestly (AC); any hit prints LEAK (WA).
 * @REPO@ is replaced by the repository's absolute path when the suite runs. */
#include <dirent.h>
#include <string.h>
#include "honest.h"

static const char *paths[] = {
    "@REPO@/tests/redteam/task/tests/3.out", "@REPO@/tests/redteam/task/hidden/2.out",
    "@REPO@/tests/redteam/task/tests/3.in", "@REPO@/README.md", "@REPO@", "/work",
    "../tests/3.out", "../../tests/3.out", "../task/tests/3.out", "../../../work/main/README.md",
    "/root", "/root/.bashrc", "/home", "/etc/passwd", "/etc/shadow", "/etc/hostname",
    "/proc/1/root@REPO@/README.md", "/proc/1/cwd/tests/3.out", "/proc/1/environ",
    "/proc/self/root/work", "/box/tests", "/box/expected", "/box/3.out",
};

/* Every name a directory may hold; anything else is something of the host's. */
static void scan(const char *dir, const char *allowed) {
    DIR *d = opendir(dir);
    if (!d) return;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        char key[300];
        snprintf(key, sizeof key, " %s ", e->d_name);
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..") && !strstr(allowed, key)) {
            char full[600];
            snprintf(full, sizeof full, "%s/%s", dir, e->d_name);
            leak("found", full);
        }
    }
    closedir(d);
}

int main(void) {
    for (unsigned i = 0; i < sizeof paths / sizeof *paths; i++) {
        FILE *f = fopen(paths[i], "r");
        if (f) leak("opened", paths[i]);
    }
    scan("/", " usr lib lib64 bin sbin proc dev tmp etc box ");
    scan("/box", " prog shim work ");
    scan("..", " prog shim work ");
    scan("/etc", " ld.so.cache ");
    scan("/tmp", " ");
    scan(".", " ");
    return honest();
}
