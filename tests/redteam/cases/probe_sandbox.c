/* Detect the sandbox from /proc and /sys (pid 1 is the shim, /sys is absent,
 * mountinfo shows the tmpfs root) and, believing it is "only a test", print a
 * cheap answer. Every judged run is sandboxed, so the cheap answer is what
 * the judge sees: WA. The probe itself is allowed and harms nothing. */
#include <string.h>
#include <unistd.h>
#include "honest.h"

static int contains(const char *path, const char *needle) {
    FILE *f = fopen(path, "r");
    if (!f) return 0;
    char buf[1 << 16];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    for (size_t i = 0; i < n; i++)
        if (buf[i] == 0) buf[i] = ' ';
    buf[n] = 0;
    return strstr(buf, needle) != NULL;
}

int main(void) {
    int sandboxed = contains("/proc/1/cmdline", "shim") || contains("/proc/self/mountinfo", "/newroot")
                    || access("/sys/class/net", F_OK) != 0 || getpid() < 10;
    if (sandboxed) {
        puts("0 0");
        return 0;
    }
    return honest();
}
