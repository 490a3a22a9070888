/* n-th Fibonacci number by repeated big-integer addition in base 10^9; prints its last 20 digits and its digit count. */
#include <stdio.h>
#include <stdint.h>

#define BASE 1000000000u
#define MAXL 40000

static uint32_t A[MAXL], B[MAXL];

int main(void) {
    long n;
    if (scanf("%ld", &n) != 1 || n < 0 || n > 1500000) return 0;
    uint32_t *a = A, *b = B; /* a = F(i), b = F(i+1) */
    int len = 1;
    a[0] = 0;
    b[0] = 1;
    for (long i = 0; i < n; i++) {
        uint32_t carry = 0; /* a = a + b, then swap: (F(i), F(i+1)) -> (F(i+1), F(i+2)) */
        for (int j = 0; j < len; j++) {
            uint32_t s = a[j] + b[j] + carry;
            carry = s >= BASE;
            if (carry) s -= BASE;
            a[j] = s;
        }
        if (carry) {
            a[len] = 1;
            b[len] = 0;
            len++;
        }
        uint32_t *t = a;
        a = b;
        b = t;
    }
    int top = len - 1;
    while (top > 0 && a[top] == 0) top--;
    int digits = 9 * top;
    for (uint32_t v = a[top]; v; v /= 10) digits++;
    if (digits == 0) digits = 1;
    char low[21];
    uint32_t parts[3] = {a[0], top >= 1 ? a[1] : 0, top >= 2 ? a[2] : 0};
    snprintf(low, sizeof low, "%02u%09u%09u", parts[2] % 100, parts[1], parts[0]);
    const char *p = low;
    if (digits < 20) p = low + 20 - digits;
    printf("%s %d\n", p, digits);
    return 0;
}
