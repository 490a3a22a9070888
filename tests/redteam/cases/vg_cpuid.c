/* Detect valgrind by a CPUID quirk: valgrind emulates CPUID with a fixed CPU
 * model, so the vendor CPUID reports differs from the kernel's /proc/cpuinfo.
 * No environment, no files of valgrind's. Cheap answer when measured: WA. */
#include <cpuid.h>
#include <string.h>
#include "honest.h"

int main(void) {
    unsigned a, b, c, d;
    char vendor[13] = {0};
    __cpuid(0, a, b, c, d);
    memcpy(vendor, &b, 4);
    memcpy(vendor + 4, &d, 4);
    memcpy(vendor + 8, &c, 4);
    FILE *f = fopen("/proc/cpuinfo", "r");
    char line[512];
    int differs = 0;
    while (f && fgets(line, sizeof line, f))
        if (strncmp(line, "vendor_id", 9) == 0) {
            differs = strstr(line, vendor) == NULL;
            break;
        }
    if (differs) {
        puts("0 0");
        return 0;
    }
    return honest();
}
