/* Read devices: disks, memory, kernel log, kvm, tun, msr. bubblewrap's /dev
 * holds only null, zero, full, random, urandom, tty (and pts): none of these
 * open, so the program answers honestly (AC); any that opens prints LEAK (WA). */
#include <fcntl.h>
#include <unistd.h>
#include "honest.h"

static const char *devs[] = {"/dev/mem", "/dev/kmem", "/dev/port", "/dev/kmsg", "/dev/vda", "/dev/sda",
                             "/dev/nvme0n1", "/dev/xvda", "/dev/mapper/control", "/dev/kvm", "/dev/fuse",
                             "/dev/net/tun", "/dev/cpu/0/msr", "/dev/snapshot", "/dev/input/mice",
                             "/dev/loop0", "/dev/dri/card0", "/dev/nvidia0", "/dev/vsock", "/dev/hwrng"};

int main(void) {
    for (unsigned i = 0; i < sizeof devs / sizeof *devs; i++) {
        int fd = open(devs[i], O_RDONLY | O_NONBLOCK);
        if (fd >= 0) leak("opened", devs[i]);
    }
    char buf[64];
    int fd = open("/dev/urandom", O_RDONLY);  /* allowed: harmless */
    if (fd < 0 || read(fd, buf, sizeof buf) != sizeof buf) return 4;
    close(fd);
    return honest();
}
