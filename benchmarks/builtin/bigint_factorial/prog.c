/* n! as a big integer in base 10^9 limbs (schoolbook multiply by a small factor); prints digit count and digit sum. */
#include <stdio.h>
#include <stdint.h>

#define BASE 1000000000u
#define MAXL 20000

static uint32_t limb[MAXL];

int main(void) {
    int n;
    if (scanf("%d", &n) != 1 || n < 0 || n > 40000) return 0;
    int len = 1;
    limb[0] = 1;
    for (uint32_t f = 2; f <= (uint32_t)n; f++) {
        uint64_t carry = 0;
        for (int i = 0; i < len; i++) {
            uint64_t cur = (uint64_t)limb[i] * f + carry;
            limb[i] = (uint32_t)(cur % BASE);
            carry = cur / BASE;
        }
        while (carry) {
            limb[len++] = (uint32_t)(carry % BASE);
            carry /= BASE;
        }
    }
    long digits = 0, sum = 0;
    for (int i = 0; i < len; i++) {
        uint32_t v = limb[i];
        int d = 0;
        while (v) {
            sum += v % 10;
            v /= 10;
            d++;
        }
        digits = i == len - 1 ? 9L * i + d : digits;
    }
    printf("%ld %ld\n", digits, sum);
    return 0;
}
