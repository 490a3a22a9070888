/* 1 GB of output: the harness caps captured stdout (16 MiB) and stops the
 * program when it goes past: OLE, with the harness's memory bounded. */
#include <string.h>
#include <unistd.h>

int main(void) {
    static char buf[1 << 20];
    memset(buf, '7', sizeof buf);
    for (int i = 0; i < 1024; i++)
        if (write(1, buf, sizeof buf) < 0) return 1;
    return 0;
}
