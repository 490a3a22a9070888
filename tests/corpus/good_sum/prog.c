#include <stdio.h>

int main(void) {
    unsigned long long n, x = 1, acc = 0;
    if (scanf("%llu", &n) != 1) return 0;
    for (unsigned long long i = 0; i < n; i++) {
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
        acc ^= x >> 33;
    }
    printf("%llu\n", acc);
    return 0;
}
