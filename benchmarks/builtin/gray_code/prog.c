/* For each n: total number of set bits in the Gray codes g(i) = i ^ (i >> 1) of all i < n, counted bit by bit. */
#include <stdio.h>

int main(void) {
    int t;
    if (scanf("%d", &t) != 1) return 0;
    for (int c = 0; c < t; c++) {
        unsigned long long n;
        if (scanf("%llu", &n) != 1) return 0;
        unsigned long long ones = 0;
        for (unsigned long long i = 0; i < n; i++) {
            unsigned long long g = i ^ (i >> 1);
            while (g != 0) {
                if (g & 1) ones++;
                g >>= 1;
            }
        }
        printf("%llu\n", ones);
    }
    return 0;
}
