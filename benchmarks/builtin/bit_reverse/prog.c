/* Bit reversal of every 32-bit x in ranges [l, r] with a per-bit loop; prints the xor and the sum of the results. */
#include <stdio.h>
#include <stdint.h>

static uint32_t reverse_bits(uint32_t x) {
    uint32_t r = 0;
    for (int i = 0; i < 32; i++) {
        r = (r << 1) | (x & 1);
        x >>= 1;
    }
    return r;
}

int main(void) {
    int q;
    if (scanf("%d", &q) != 1) return 0;
    while (q-- > 0) {
        uint32_t l, r;
        if (scanf("%u %u", &l, &r) != 2) return 0;
        uint32_t x_or = 0;
        uint64_t sum = 0;
        for (uint64_t x = l; x <= r; x++) {
            uint32_t v = reverse_bits((uint32_t)x);
            x_or ^= v;
            sum += v;
        }
        printf("%u %llu\n", x_or, (unsigned long long)sum);
    }
    return 0;
}
